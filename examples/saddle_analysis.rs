//! Find and classify every critical point of Himmelblau's function.
//!
//! ```text
//! cargo run --example saddle_analysis
//! ```
//!
//! `f(x, y) = (x² + y − 11)² + (x + y² − 7)²` has nine critical points: four global
//! minima (value 0), four saddles and one local maximum. `#[differentiable]` writes
//! the gradient and the exact Hessian-vector product. Newton's method on `∇f = 0`
//! (the Hessian assembled from two HVPs by `dense::hessian`) is started from a grid
//! of points; it converges to minima, saddles and maxima alike, since it looks for
//! zeros of the gradient, not for low values. The distinct limits are classified
//! from the Hessian spectrum, and for each saddle the escape direction (the
//! negative-curvature eigenvector signed to decrease `f`) is shown.

use differentiable::dense::hessian;
use differentiable::differentiable;
use differentiable::saddle::{classify, escape_direction, FnObjective, Objective, PointKind};

/// Himmelblau's function.
#[differentiable]
fn himmelblau(x: &[f64]) -> f64 {
    let a = x[0] * x[0] + x[1] - 11.0;
    let b = x[0] + x[1] * x[1] - 7.0;
    a * a + b * b
}

/// Solves `a · s = b` for a small dense `a` (row-major) by Gaussian elimination
/// with partial pivoting; `None` if `a` is singular to working precision.
fn solve(mut a: Vec<f64>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let pivot =
            (col..n).max_by(|&i, &j| a[i * n + col].abs().total_cmp(&a[j * n + col].abs()))?;
        if a[pivot * n + col].abs() < 1e-12 {
            return None;
        }
        for k in 0..n {
            a.swap(col * n + k, pivot * n + k);
        }
        b.swap(col, pivot);
        for row in col + 1..n {
            let m = a[row * n + col] / a[col * n + col];
            for k in col..n {
                a[row * n + k] -= m * a[col * n + k];
            }
            b[row] -= m * b[col];
        }
    }
    let mut s = vec![0.0; n];
    for row in (0..n).rev() {
        let tail: f64 = (row + 1..n).map(|k| a[row * n + k] * s[k]).sum();
        s[row] = (b[row] - tail) / a[row * n + row];
    }
    Some(s)
}

/// Newton's method on `∇f = 0`: a critical point if it converges.
fn newton(obj: &impl Objective, mut x: Vec<f64>) -> Option<Vec<f64>> {
    let mut g = vec![0.0; x.len()];
    for _ in 0..100 {
        obj.grad(&x, &mut g);
        let step = solve(hessian(obj, &x), g.clone())?;
        for (xi, si) in x.iter_mut().zip(&step) {
            *xi -= si;
        }
        if x.iter().any(|v| !v.is_finite() || v.abs() > 1e3) {
            return None;
        }
        // Converged when the Newton step is at rounding level (a gradient
        // threshold would depend on the scale of f).
        let step_norm = step.iter().map(|v| v * v).sum::<f64>().sqrt();
        let x_norm = x.iter().map(|v| v * v).sum::<f64>().sqrt();
        if step_norm <= 1e-13 * (1.0 + x_norm) {
            return Some(x);
        }
    }
    None
}

fn main() {
    let obj = FnObjective::new(2, himmelblau, himmelblau_grad, himmelblau_hvp);

    // Newton from a 13 × 13 grid over [-6, 6]², keeping distinct limits.
    let mut points: Vec<Vec<f64>> = Vec::new();
    for i in 0..13 {
        for j in 0..13 {
            let start = vec![-6.0 + i as f64, -6.0 + j as f64];
            if let Some(p) = newton(&obj, start) {
                let new = points
                    .iter()
                    .all(|q| (q[0] - p[0]).abs() + (q[1] - p[1]).abs() > 1e-6);
                if new {
                    points.push(p);
                }
            }
        }
    }
    points.sort_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])));

    println!(
        "Critical points of Himmelblau's function ({} found)\n",
        points.len()
    );
    println!(
        "{:>22}  {:>12}  {:>8}  {:>5}  {:>22}  {:>18}",
        "point (x, y)", "f", "kind", "index", "Hessian eigenvalues", "escape direction"
    );
    let (mut minima, mut maxima, mut saddles, mut other) = (0, 0, 0, 0);
    for p in &points {
        let c = classify(&obj, p);
        match c.kind {
            PointKind::Minimum => minima += 1,
            PointKind::Maximum => maxima += 1,
            PointKind::Saddle => saddles += 1,
            _ => other += 1,
        }
        let escape = match c.kind {
            PointKind::Saddle => escape_direction(&obj, p)
                .map(|d| format!("({:+.3}, {:+.3})", d.vector[0], d.vector[1]))
                .unwrap_or_default(),
            _ => String::new(),
        };
        println!(
            "({:>9.5}, {:>9.5})  {:>12.5e}  {:>8}  {:>5}  {:>10.4}  {:>10.4}  {:>18}",
            p[0],
            p[1],
            c.value,
            format!("{:?}", c.kind),
            c.index,
            c.eigenvalues[0],
            c.eigenvalues[1],
            escape
        );
    }
    println!("\n{minima} minima, {maxima} maximum, {saddles} saddles, {other} other");
}
