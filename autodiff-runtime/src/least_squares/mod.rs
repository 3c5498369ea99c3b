//! Non-linear least squares: Levenberg–Marquardt on a residual function and its
//! generated forward-mode derivative, and the covariance of the fitted parameters.
//!
//! A residual function writes its residuals into an out-parameter,
//! `#[differentiable(wrt(p))] fn residuals(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64])`,
//! and the macro generates `residuals_jvp(p, p_tangent, t, y, out, out_tangent)`.
//! [`FnResiduals`] pairs the two (data bound by closures); [`LevenbergMarquardt`] minimises
//! `½ Σ rᵢ(p)²` with the exact Jacobian, built column by column from `n` JVPs (a fit has
//! more residuals than parameters, so forward mode is the cheaper way to the Jacobian);
//! [`covariance`] gives `(JᵀJ)⁻¹ s²`, whose diagonal holds the squared standard errors.
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use differentiable::least_squares::{covariance, workspace_len, FnResiduals, LevenbergMarquardt};
//!
//! // y = a·exp(b·t): the residuals and their JVP, as `#[differentiable]` generates them
//! // for `fn r(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64])`.
//! fn r(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64]) {
//!     for i in 0..t.len() {
//!         out[i] = p[0] * (p[1] * t[i]).exp() - y[i];
//!     }
//! }
//! fn r_jvp(p: &[f64], dp: &[f64], t: &[f64], y: &[f64], out: &mut [f64], dout: &mut [f64]) {
//!     for i in 0..t.len() {
//!         let e = (p[1] * t[i]).exp();
//!         out[i] = p[0] * e - y[i];
//!         dout[i] = dp[0] * e + p[0] * t[i] * e * dp[1];
//!     }
//! }
//! let t = [0.0, 0.5, 1.0, 1.5, 2.0];
//! let y = [2.01, 1.21, 0.74, 0.44, 0.27]; // about 2·exp(-t), with noise
//! let mut problem = FnResiduals::new(
//!     t.len(),
//!     |p: &[f64], out: &mut [f64]| r(p, &t, &y, out),
//!     |p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]| r_jvp(p, dp, &t, &y, out, dout),
//! );
//! let mut p = [1.0, 0.0];
//! let mut ws = [0.0; workspace_len(2, 5)]; // all the memory the fit uses
//! let fit = LevenbergMarquardt::new().minimize(&mut problem, &mut p, &mut ws);
//! assert!(fit.stop.converged(), "{fit:?}");
//! assert!((p[0] - 2.0).abs() < 0.02 && (p[1] + 1.0).abs() < 0.02, "{p:?}");
//!
//! let mut cov = [0.0; 4];
//! let s2 = covariance(&mut problem, &p, &mut ws, &mut cov).unwrap();
//! let sigma = [cov[0].sqrt(), cov[3].sqrt()]; // standard errors of a and b
//! assert!(s2 > 0.0 && sigma[0] < 0.05 && sigma[1] < 0.05);
//! ```
//!
//! # Why a driver of its own
//!
//! The [`levenberg-marquardt`](https://docs.rs/levenberg-marquardt) crate is a careful port
//! of MINPACK's `lmder` (QR-based steps, which stay accurate when `JᵀJ` is badly
//! conditioned), built on nalgebra: a problem implements its `LeastSquaresProblem` trait,
//! returning the residuals and the Jacobian as nalgebra matrices. This module serves the
//! functions the macro generates more directly: it works on the slices they take, on `f32`
//! as well as `f64`, needs no dependency and no heap (all memory is one workspace slice the
//! caller owns, a stack array for fixed sizes), so the same fit runs in `#![no_std]`
//! firmware; and it computes the covariance. It forms the normal equations
//! `(JᵀJ + μ D) h = −Jᵀr` and solves them by Cholesky, which is accurate while the
//! condition number of `J` is well below `1/√ε` (about 10⁸ in `f64`, 3·10³ in `f32`); for
//! worse-conditioned problems, rescale the parameters or use the `levenberg-marquardt`
//! crate, whose Jacobian [`dense::jacobian_of_len`](crate::dense) builds from the same
//! generated functions.

mod cholesky;
mod covariance;
mod levenberg_marquardt;
mod residuals;
mod workspace;

pub use covariance::{covariance, CovarianceError};
pub use levenberg_marquardt::{Fit, Iteration, LevenbergMarquardt, StopReason};
pub use residuals::{ArrayResiduals, FnResiduals, Residuals};
pub use workspace::workspace_len;

#[cfg(test)]
mod tests;
