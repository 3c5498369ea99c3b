//! `kmeans`: the k-means cost and the Newton direction `J H⁻¹` from its gradient and
//! its (diagonal) Hessian.

use crate::protocol::{field, matrix_of, rows_json, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// The index of the centroid (rows of `d` in `c`) nearest to `point` (the first on a
/// tie).
pub fn nearest(point: &[f64], c: &[f64], d: usize) -> usize {
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

/// `Σᵢ ‖c_{aᵢ} - pᵢ‖²`: the cost of the points `p` (rows of `d`) when point `i` belongs
/// to the centroid `assignment[i]`.
#[differentiable(wrt(c))]
pub fn assigned_cost(p: &[f64], c: &[f64], d: usize, assignment: &[usize]) -> f64 {
    let mut total = 0.0;
    for (i, &j) in assignment.iter().enumerate() {
        for l in 0..d {
            let diff = p[i * d + l] - c[j * d + l];
            total += diff * diff;
        }
    }
    total
}

/// The nearest centroid of every point, into `assignment`.
pub fn assign(p: &[f64], c: &[f64], d: usize, assignment: &mut [usize]) {
    for (a, point) in assignment.iter_mut().zip(p.chunks_exact(d)) {
        *a = nearest(point, c, d);
    }
}

/// The k-means cost `Σᵢ minⱼ ‖cⱼ - pᵢ‖²`.
pub fn cost(p: &[f64], c: &[f64], d: usize) -> f64 {
    let mut total = 0.0;
    for point in p.chunks_exact(d) {
        let mut closest = f64::INFINITY;
        for cj in c.chunks_exact(d) {
            let mut dist = 0.0;
            for (a, b) in point.iter().zip(cj) {
                dist += (a - b) * (a - b);
            }
            closest = closest.min(dist);
        }
        total += closest;
    }
    total
}

/// The Newton direction `J H⁻¹` of [`cost`] into `dir`.
///
/// Where each point's nearest centroid is unique, the cost equals
/// [`assigned_cost`] at that assignment in a neighbourhood of `c`, so both have the
/// same gradient and Hessian; differentiating the assigned cost keeps the search
/// for the nearest centroids out of the derivative passes. The Hessian is diagonal,
/// so one Hessian-vector product with the all-ones vector gives its diagonal.
pub fn dir(p: &[f64], c: &[f64], d: usize, w: &mut DirScratch, dir: &mut [f64]) {
    assign(p, c, d, &mut w.assignment);
    assigned_cost_grad(p, c, dir, d, &w.assignment);
    assigned_cost_hvp(p, c, &w.ones, &mut w.hess, d, &w.assignment);
    for (g, h) in dir.iter_mut().zip(&w.hess) {
        *g /= *h;
    }
}

/// Buffers of [`dir`].
pub struct DirScratch {
    assignment: Vec<usize>,
    ones: Vec<f64>,
    hess: Vec<f64>,
}

impl DirScratch {
    /// Buffers for `n` points and `kd` centroid coordinates.
    pub fn new(n: usize, kd: usize) -> DirScratch {
        DirScratch {
            assignment: vec![0; n],
            ones: vec![1.0; kd],
            hess: vec![0.0; kd],
        }
    }
}

/// Answers `cost` or `dir`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let (p, d) = matrix_of(field(input, "points")?, "points")?;
    let (c, dc) = matrix_of(field(input, "centroids")?, "centroids")?;
    if d == 0 || dc != d {
        return Err("points and centroids must have the same positive dimension".into());
    }
    let runs = Runs::of(input);
    let (output, timings) = match function {
        "cost" => {
            let (y, t) = runs.measure(|| cost(&p, &c, d));
            (json!(y), t)
        }
        "dir" => {
            let mut out = vec![0.0; c.len()];
            let mut w = DirScratch::new(p.len() / d, c.len());
            let ((), t) = runs.measure(|| dir(&p, &c, d, &mut w, &mut out));
            (rows_json(&out, c.len() / d), t)
        }
        other => return Err(super::unknown_function("kmeans", other)),
    };
    Ok(Evaluated { output, timings })
}
