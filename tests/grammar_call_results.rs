//! Grammar coverage, what calls return: a plain helper returning an integer from
//! active arguments (inactive: its result has no derivative), and `#[differentiable]`
//! helpers returning tuples of floats bound by a tuple pattern.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`.
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;

/// The index of the row of `d` values in `c` nearest to `point`: not differentiable,
/// an integer result of float arguments.
fn nearest(point: &[f64], c: &[f64], d: usize) -> usize {
    let mut best = 0;
    let mut closest = f64::INFINITY;
    for (j, cj) in c.chunks_exact(d).enumerate() {
        let mut dist = 0.0;
        for (a, b) in point.iter().zip(cj) {
            dist += (a - b) * (a - b);
        }
        if dist < closest {
            closest = dist;
            best = j;
        }
    }
    best
}

/// The k-means cost `Σᵢ minⱼ ‖cⱼ - pᵢ‖²` through the assignment step.
#[differentiable(wrt(c))]
fn kmeans_cost(c: &[f64], p: &[f64], d: usize) -> f64 {
    let mut total = 0.0;
    for i in 0..p.len() / d {
        let pi = &p[i * d..(i + 1) * d];
        let j: usize = nearest(pi, c, d);
        for l in 0..d {
            let diff = p[i * d + l] - c[j * d + l];
            total += diff * diff;
        }
    }
    total
}

/// The same through a method of a struct of data and a `bool` helper.
struct Grid {
    cell: f64,
}

impl Grid {
    fn cell_of(&self, x: f64) -> i64 {
        (x / self.cell).floor() as i64
    }
}

fn beyond(x: f64, limit: f64) -> bool {
    x > limit
}

#[differentiable(wrt(x))]
fn snapped(x: f64, grid: &Grid) -> f64 {
    let k: i64 = grid.cell_of(x * x);
    let far: bool = beyond(x, 1.5);
    let y = if far { 2.0 * x } else { x * x * x };
    y + (k as f64) * x
}

#[test]
fn kmeans_cost_through_its_assignment_step() {
    let d = 2;
    let p = [0.1, 0.3, 2.0, 1.9, -1.0, 0.4, 1.7, 2.4, 0.2, -0.6];
    let points = fd::points(11, 6, 4, -1.0, 3.0);
    check_slice!(
        kmeans_cost,
        kmeans_cost_jvp,
        kmeans_cost_vjp,
        kmeans_cost_grad,
        kmeans_cost_hvp,
        points,
        [&p, d]
    );
}

#[test]
fn integer_and_bool_results_of_methods_and_helpers() {
    let grid = Grid { cell: 0.7 };
    let f = |z: &[f64]| snapped(z[0], &grid);
    let jvp = |z: &[f64], v: &[f64]| snapped_jvp(z[0], v[0], &grid);
    let vjp = |z: &[f64], s: f64| {
        let (v, b) = snapped_vjp(z[0], &grid, s);
        (v, vec![b])
    };
    let grad = |z: &[f64]| {
        let (v, g) = snapped_grad(z[0], &grid);
        (v, vec![g])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, h) = snapped_hvp(z[0], d[0], &grid);
        (v, vec![h])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    // away from the cell boundaries and the branch point (the value jumps there)
    for x in [0.3, 0.95, 1.3, 1.8, 2.2, -0.4] {
        fd::check_scalar("snapped", &m, &[x], 1e-6, 1e-4);
    }
}
