//! Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)², with its gradient and
//! Hessian written by hand: nine critical points (four minima, four saddles, one
//! maximum).
// (each test uses only some of these)
#![allow(dead_code)]

use autodiff_runtime::saddle::{FnObjective, Objective};

pub fn himmelblau(x: &[f64]) -> f64 {
    let (a, b) = (x[0] * x[0] + x[1] - 11.0, x[0] + x[1] * x[1] - 7.0);
    a * a + b * b
}

pub fn himmelblau_grad(x: &[f64], g: &mut [f64]) -> f64 {
    let (a, b) = (x[0] * x[0] + x[1] - 11.0, x[0] + x[1] * x[1] - 7.0);
    g[0] = 4.0 * x[0] * a + 2.0 * b;
    g[1] = 2.0 * a + 4.0 * x[1] * b;
    a * a + b * b
}

/// The analytic Hessian [[12x² + 4y − 42, 4x + 4y], [4x + 4y, 12y² + 4x − 26]].
pub fn analytic_hessian(x: &[f64]) -> [[f64; 2]; 2] {
    let (p, q) = (x[0], x[1]);
    let off = 4.0 * p + 4.0 * q;
    [
        [12.0 * p * p + 4.0 * q - 42.0, off],
        [off, 12.0 * q * q + 4.0 * p - 26.0],
    ]
}

pub fn himmelblau_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
    let h = analytic_hessian(x);
    hv[0] = h[0][0] * v[0] + h[0][1] * v[1];
    hv[1] = h[1][0] * v[0] + h[1][1] * v[1];
    himmelblau(x)
}

/// The function as an [`Objective`].
pub fn objective() -> impl Objective {
    FnObjective::new(2, himmelblau, himmelblau_grad, himmelblau_hvp)
}
