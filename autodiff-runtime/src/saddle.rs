//! Second-order analysis from Hessian-vector products: extreme eigenpairs of the
//! Hessian, critical-point classification, and the escape direction from a saddle.
//!
//! Everything here needs only an [`Objective`]: a value, a gradient and exact
//! Hessian-vector products, which `#[differentiable]` generates for a function of a
//! slice (`f`, `f_grad`, `f_hvp`) and [`FnObjective`] bundles.
//!
//! - [`eigenpairs`] / [`eigenpairs_from`]: the `k` smallest (most negative first) or
//!   largest eigenpairs. Small problems (dimension up to
//!   [`EigenSolver::dense_threshold`], 32 by default) take a dense path, `n` HVPs
//!   and a Jacobi eigen-solver, which is exact and handles repeated eigenvalues.
//!   Larger ones never form the Hessian: Lanczos with full reorthogonalisation on
//!   HVPs, thick-restarted when the basis would exceed its memory budget. Every
//!   pair reports its true residual `‖Hv − λv‖`.
//! - [`classify`]: minimum, maximum, saddle, degenerate or not critical, with the
//!   Morse index, gradient norm and extreme eigenvalues; tolerances via
//!   [`Classifier`].
//! - [`escape_direction`]: the unit direction of most negative curvature, signed to
//!   decrease `f`: the first step off a saddle, and what Ridge Rider rides along.
//!
//! - [`SaddleSearch`]: eigenvector-following to a critical point of a requested
//!   index from a nearby point ([`find`](SaddleSearch::find)) or by climbing out of
//!   a minimum along a direction ([`find_along`](SaddleSearch::find_along)), with
//!   trust-region steps that stay bounded and a report of how it ended; and
//!   [`connect`](SaddleSearch::connect), the two minima an index-1 saddle joins.
//! - Known symmetries: an objective invariant along some directions (rigid motions
//!   of a molecule, a global phase) has Hessian eigenvalues that are zero only up to
//!   rounding. [`Symmetric`] (with [`RigidBody`] for points in 3-D, or any vectors
//!   or function of the point) declares them through [`Objective::zero_modes`];
//!   every tool here then works on the Hessian of their orthogonal complement. Without
//!   it, [`classify`] reports how many eigenvalues it took as zero
//!   ([`CriticalPoint::zero_eigenvalues`]), and
//!   [`Classifier::expected_zero_eigenvalues`] says how many of them are symmetries.
//!   [`cluster_distance`] compares clusters of identical atoms up to rigid motions
//!   and renumbering.
//!
//! Misuse (dimension 0, a point of the wrong length or with NaN, `k = 0` or
//! `k > n`) is reported by the `try_` methods of [`EigenSolver`] and [`Classifier`]
//! as a [`SaddleError`]; the free functions panic with the same message.
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use differentiable::saddle::{classify, eigenpairs, FnObjective, PointKind, Which};
//!
//! // f(x, y) = x² − y², with derivatives written out (what `#[differentiable]` generates).
//! fn f(x: &[f64]) -> f64 { x[0] * x[0] - x[1] * x[1] }
//! fn f_grad(x: &[f64], g: &mut [f64]) -> f64 { g[0] = 2.0 * x[0]; g[1] = -2.0 * x[1]; f(x) }
//! fn f_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 { hv[0] = 2.0 * v[0]; hv[1] = -2.0 * v[1]; f(x) }
//!
//! let obj = FnObjective::new(2, f, f_grad, f_hvp);
//! let c = classify(&obj, &[0.0, 0.0]);
//! assert_eq!(c.kind, PointKind::Saddle);
//! assert_eq!(c.index, 1);
//! let lowest = &eigenpairs(&obj, &[0.0, 0.0], 1, Which::Smallest)[0];
//! assert!((lowest.value + 2.0).abs() < 1e-12 && lowest.vector[1].abs() > 0.999);
//! ```

mod classify;
mod search;
mod solver;
mod steps;

pub use crate::eigenpair::{Eigenpair, SaddleError, Which};
pub use crate::objective::{FnObjective, Objective};
pub use crate::point_cloud::{cluster_distance, distance_spectrum, rigid_body_modes, RigidBody};
pub use crate::symmetry::{Symmetric, Symmetry};
pub use classify::{classify, escape_direction, Classifier, CriticalPoint, PointKind};
pub use search::{Connection, Endpoint, SaddleEnd, SaddlePoint, SaddleSearch};
pub use solver::{eigenpairs, eigenpairs_from, EigenSolver};

use crate::linalg::all_finite;

/// Unwraps a result of a `try_` method, panicking with the error's message.
fn unwrap_or_panic<T>(r: Result<T, SaddleError>) -> T {
    match r {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    }
}

/// Checks what every entry point needs: nonzero dimension, matching length, finite
/// point.
fn check_point<O: Objective + ?Sized>(obj: &O, x: &[f64]) -> Result<usize, SaddleError> {
    let n = obj.dim();
    if n == 0 {
        return Err(SaddleError::ZeroDimension);
    }
    if x.len() != n {
        return Err(SaddleError::PointLength {
            expected: n,
            found: x.len(),
        });
    }
    if !all_finite(x) {
        return Err(SaddleError::NonFinitePoint);
    }
    Ok(n)
}
