//! The covariance of fitted parameters, `(JᵀJ)⁻¹ s²`.

use super::cholesky;
use super::workspace::{half_squared_norm, Workspace};
use super::Residuals;
use num_traits::Float;

/// Why [`covariance`] could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CovarianceError {
    /// There are no more residuals than parameters (`m ≤ n`), so the residual variance
    /// `s² = Σ rᵢ² / (m − n)` is undefined.
    TooFewResiduals,
    /// `JᵀJ` is singular to working precision: some combination of the parameters is not
    /// determined by the data.
    Singular,
}

impl core::fmt::Display for CovarianceError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            CovarianceError::TooFewResiduals => "covariance needs more residuals than parameters",
            CovarianceError::Singular => {
                "JᵀJ is singular: the parameters are not all determined by the data"
            }
        })
    }
}

/// The covariance of least-squares parameters at `params` (normally the result of
/// [`LevenbergMarquardt::minimize`]): `(JᵀJ)⁻¹ s²` with `s² = Σ rᵢ² / (m − n)` the
/// residual variance, written row-major into `cov` (`n × n`). Returns `s²`. The standard
/// error of parameter `i` is `cov[i * n + i].sqrt()`.
///
/// This is the usual estimate under independent residuals of equal variance, linearised
/// at `params`. `workspace` is as for [`LevenbergMarquardt::minimize`] (the same one can
/// be reused); the Jacobian is evaluated afresh, with `n` JVPs. See the [module
/// documentation](super) for an example.
///
/// [`LevenbergMarquardt::minimize`]: super::LevenbergMarquardt::minimize
///
/// # Errors
/// [`CovarianceError::TooFewResiduals`] if `m ≤ n`, [`CovarianceError::Singular`] if
/// `JᵀJ` is not positive definite to working precision.
///
/// # Panics
/// If `workspace` is shorter than `workspace_len(n, m)` or `cov` shorter than `n²`.
pub fn covariance<T: Float, P: Residuals<T>>(
    problem: &mut P,
    params: &[T],
    workspace: &mut [T],
    cov: &mut [T],
) -> Result<T, CovarianceError> {
    let (n, m) = (params.len(), problem.residual_len());
    assert!(
        cov.len() >= n * n,
        "covariance: `cov` needs {} entries, got {}",
        n * n,
        cov.len()
    );
    if m <= n {
        return Err(CovarianceError::TooFewResiduals);
    }
    let mut ws = Workspace::split(workspace, n, m);
    ws.linearise(problem, params);
    ws.l.copy_from_slice(ws.a);
    if !cholesky::factor(ws.l, n) {
        return Err(CovarianceError::Singular);
    }
    let dof = T::from(m - n).expect("a float type represents the residual count");
    let s2 = (half_squared_norm(ws.r) + half_squared_norm(ws.r)) / dof;
    for j in 0..n {
        ws.h.fill(T::zero());
        ws.h[j] = T::one();
        cholesky::solve(ws.l, n, ws.h);
        for i in 0..n {
            cov[i * n + j] = ws.h[i] * s2;
        }
    }
    // The inverse of a symmetric matrix is symmetric; average away the rounding.
    let half = T::one() / (T::one() + T::one());
    for i in 0..n {
        for j in i + 1..n {
            let c = half * (cov[i * n + j] + cov[j * n + i]);
            cov[i * n + j] = c;
            cov[j * n + i] = c;
        }
    }
    Ok(s2)
}
