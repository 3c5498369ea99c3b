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
use num_traits::Float;

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

// ---------------------------------------------------------------- tuple results

/// Polar to Cartesian coordinates, a tuple of two floats.
#[differentiable]
fn polar(r: f64, t: f64) -> (f64, f64) {
    (r * t.cos(), r * t.sin())
}

#[test]
fn tuple_callee_modes_follow_the_array_convention() {
    let f = |z: &[f64]| {
        let (a, b) = polar(z[0], z[1]);
        vec![a, b]
    };
    let jvp = |z: &[f64], v: &[f64]| {
        let ((a, b), (da, db)) = polar_jvp(z[0], v[0], z[1], v[1]);
        (vec![a, b], vec![da, db])
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let ((a, b), dr, dt) = polar_vjp(z[0], z[1], (s[0], s[1]));
        (vec![a, b], vec![dr, dt])
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in fd::points(3, 5, 2, -2.0, 2.0) {
        fd::check_vector("polar", &m, &x, 1e-6);
        // `polar_hvp` is the Hessian-vector product of `seed · polar`
        let (s, v) = ([0.7, -1.3], [0.4, -0.9]);
        let weighted = |z: &[f64]| {
            let (a, b) = polar(z[0], z[1]);
            s[0] * a + s[1] * b
        };
        let ((a, b), hr, ht) = polar_hvp(x[0], v[0], x[1], v[1], (s[0], s[1]));
        assert_eq!((a, b), polar(x[0], x[1]));
        fd::close_all("polar_hvp", &[hr, ht], &fd::hvp(&weighted, &x, &v), 1e-4);
    }
}

/// Three values of one generic type, with a branch and an early `return`.
#[differentiable]
fn spread<T: Float>(x: T, y: T) -> (T, T, T) {
    if x > y {
        return (x * y, x - y, x.exp());
    }
    let s = x + y;
    (s * s, y.sin(), x * y * y)
}

/// Calls binding tuples, in a loop and beside a scalar call.
#[differentiable]
fn through_polar(r: f64, t: f64) -> f64 {
    let (a, b) = polar(r, t);
    let mut s = a * b;
    for k in 0..3 {
        let (u, _, w) = spread(s, b + k as f64);
        s += 0.1 * u * w;
    }
    let (c, d) = polar(s.tanh(), 0.5);
    s + c * d + a.powi(2)
}

#[differentiable]
fn slice_to_pair(x: &[f64]) -> (f64, f64) {
    let mut s = 0.0;
    let mut p = 1.0;
    for &v in x {
        s += v * v;
        p *= 1.0 + 0.1 * v;
    }
    (s, p)
}

#[differentiable]
fn through_slice_pair(x: &[f64]) -> f64 {
    let (s, p) = slice_to_pair(x);
    s * p + x[0]
}

#[test]
fn tuple_calls_in_every_mode() {
    let points = fd::points(5, 6, 2, -1.5, 1.5);
    check_scalars!(
        through_polar,
        through_polar_jvp,
        through_polar_vjp,
        through_polar_grad,
        through_polar_hvp,
        [0, 1],
        points
    );
    let points = fd::points(7, 6, 4, -1.0, 1.0);
    check_slice!(
        through_slice_pair,
        through_slice_pair_jvp,
        through_slice_pair_vjp,
        through_slice_pair_grad,
        through_slice_pair_hvp,
        points
    );
}

#[test]
fn generic_tuple_callee_with_a_return() {
    let f = |z: &[f64]| {
        let (a, b, c) = spread(z[0], z[1]);
        vec![a, b, c]
    };
    let jvp = |z: &[f64], v: &[f64]| {
        let ((a, b, c), (da, db, dc)) = spread_jvp(z[0], v[0], z[1], v[1]);
        (vec![a, b, c], vec![da, db, dc])
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let ((a, b, c), dx, dy) = spread_vjp(z[0], z[1], (s[0], s[1], s[2]));
        (vec![a, b, c], vec![dx, dy])
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in fd::points(9, 8, 2, -2.0, 2.0) {
        fd::check_vector("spread", &m, &x, 1e-6);
    }
}

#[differentiable]
fn weighted_sum(u: f64, w: f64) -> f64 {
    u * w + u.sin()
}

/// A tuple call of constants is an inactive value: its parts' types come from the
/// pattern's type, which a differentiable call taking them needs.
#[differentiable]
fn constant_tuple_call(x: f64) -> f64 {
    let (a, b): (f64, f64) = polar(0.5, 1.2);
    weighted_sum(x, a) + b * x * x
}

#[test]
fn typed_tuple_of_an_inactive_call() {
    let points = fd::points(13, 5, 1, -2.0, 2.0);
    check_scalars!(
        constant_tuple_call,
        constant_tuple_call_jvp,
        constant_tuple_call_vjp,
        constant_tuple_call_grad,
        constant_tuple_call_hvp,
        [0],
        points
    );
}

/// An integer from an iterator chain over an active slice, declared with its type.
#[differentiable]
fn count_positive(x: &[f64]) -> f64 {
    let positive: usize = x.iter().map(|v| usize::from(*v > 0.0)).sum();
    x[0] * x[1] * positive as f64
}

#[test]
fn typed_integer_of_a_chain() {
    let points = fd::points(17, 5, 3, -2.0, 2.0);
    check_slice!(
        count_positive,
        count_positive_jvp,
        count_positive_vjp,
        count_positive_grad,
        count_positive_hvp,
        points
    );
}
