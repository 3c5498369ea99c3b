//! `kmeans`: the k-means cost and the Newton direction `J H⁻¹` from its gradient and
//! its (diagonal) Hessian.

use crate::protocol::{field, matrix_of, rows_json, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// `Σᵢ minⱼ ‖cⱼ - pᵢ‖²` over the points `p` and centroids `c` (rows of `d`).
#[differentiable(wrt(c))]
pub fn cost(p: &[f64], c: &[f64], d: usize) -> f64 {
    let k = c.len() / d;
    let mut total = 0.0;
    for pi in p.chunks_exact(d) {
        let mut closest = f64::INFINITY;
        for j in 0..k {
            let mut dist = 0.0;
            for l in 0..d {
                let diff = pi[l] - c[j * d + l];
                dist += diff * diff;
            }
            closest = closest.min(dist);
        }
        total += closest;
    }
    total
}

/// The Newton direction `J H⁻¹` of [`cost`] into `dir`. The Hessian is diagonal, so
/// one Hessian-vector product with the all-ones vector gives its diagonal.
pub fn dir(p: &[f64], c: &[f64], d: usize, dir: &mut [f64], hess: &mut [f64], ones: &[f64]) {
    cost_grad(p, c, dir, d);
    cost_hvp(p, c, ones, hess, d);
    for (g, h) in dir.iter_mut().zip(hess.iter()) {
        *g /= *h;
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
            let mut hess = vec![0.0; c.len()];
            let ones = vec![1.0; c.len()];
            let ((), t) = runs.measure(|| dir(&p, &c, d, &mut out, &mut hess, &ones));
            (rows_json(&out, c.len() / d), t)
        }
        other => return Err(super::unknown_function("kmeans", other)),
    };
    Ok(Evaluated { output, timings })
}
