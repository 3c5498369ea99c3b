//! What an eigen-analysis of a Hessian returns, and why it can fail: the end of the
//! spectrum asked for ([`Which`]), the [`Eigenpair`]s found, and [`SaddleError`].
//!
//! These types are shared by the dense and Lanczos solvers and by the saddle analysis
//! above them, so they live below all three.

use alloc::vec::Vec;
use core::fmt;

/// Which end of the spectrum [`eigenpairs`](crate::saddle::eigenpairs) returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Which {
    /// The algebraically smallest eigenvalues (the most negative first), ascending.
    Smallest,
    /// The algebraically largest eigenvalues, descending.
    Largest,
}

/// An approximate eigenpair `H v ≈ λ v` of a Hessian.
#[derive(Debug, Clone, PartialEq)]
pub struct Eigenpair {
    /// The eigenvalue `λ` (a Ritz value when computed by Lanczos).
    pub value: f64,
    /// The eigenvector, of unit Euclidean length. Its sign is deterministic: with a
    /// warm start it points along the start vector (nonnegative inner product),
    /// otherwise its largest-magnitude component is positive.
    pub vector: Vec<f64>,
    /// The residual `‖H v − λ v‖`, recomputed for the returned vector (one more
    /// HVP on the Lanczos path, the assembled Hessian on the dense path) rather
    /// than the Lanczos estimate, so it is an honest error bar: some eigenvalue lies
    /// within `residual` of `value`.
    pub residual: f64,
}

/// Why an eigen-analysis could not run. The panicking entry points
/// ([`eigenpairs`](crate::saddle::eigenpairs), [`classify`](crate::saddle::classify),
/// ...) panic with this error's message; the `try_` methods of
/// [`EigenSolver`](crate::saddle::EigenSolver) and
/// [`Classifier`](crate::saddle::Classifier) return it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SaddleError {
    /// The objective has dimension 0.
    ZeroDimension,
    /// The point's length differs from the objective's dimension.
    PointLength {
        /// `obj.dim()`.
        expected: usize,
        /// `x.len()`.
        found: usize,
    },
    /// The warm-start vector's length differs from the objective's dimension.
    StartLength {
        /// `obj.dim()`.
        expected: usize,
        /// `start.len()`.
        found: usize,
    },
    /// The warm-start vector is zero or has a non-finite entry.
    InvalidStart,
    /// The number of requested eigenpairs is 0 or exceeds the dimension.
    InvalidCount {
        /// Requested number of eigenpairs.
        k: usize,
        /// The objective's dimension.
        n: usize,
    },
    /// The point has a NaN or infinite coordinate.
    NonFinitePoint,
    /// The gradient or a Hessian-vector product came out NaN or infinite.
    NonFiniteDerivative,
}

impl fmt::Display for SaddleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SaddleError::ZeroDimension => write!(f, "the objective has dimension 0"),
            SaddleError::PointLength { expected, found } => write!(
                f,
                "point has length {found} but the objective has dimension {expected}"
            ),
            SaddleError::StartLength { expected, found } => write!(
                f,
                "start vector has length {found} but the objective has dimension {expected}"
            ),
            SaddleError::InvalidStart => {
                write!(f, "start vector is zero or has a non-finite entry")
            }
            SaddleError::InvalidCount { k, n } => write!(
                f,
                "asked for {k} eigenpairs of a {n}-dimensional Hessian (need 1 <= k <= {n})"
            ),
            SaddleError::NonFinitePoint => write!(f, "point has a NaN or infinite coordinate"),
            SaddleError::NonFiniteDerivative => write!(
                f,
                "the gradient or a Hessian-vector product is NaN or infinite at this point"
            ),
        }
    }
}

impl core::error::Error for SaddleError {}
