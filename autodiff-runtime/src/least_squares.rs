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

use num_traits::Float;

/// A residual function `r: ℝⁿ → ℝᵐ` and its forward-mode derivative, the problem
/// [`LevenbergMarquardt`] solves. [`FnResiduals`] implements it for the functions
/// `#[differentiable]` generates.
pub trait Residuals<T> {
    /// The number of residuals `m`.
    fn residual_len(&self) -> usize;

    /// Writes `r(params)` into `out` (length `m`).
    fn residuals(&mut self, params: &[T], out: &mut [T]);

    /// Writes `r(params)` into `out` and `J · params_tangent` into `out_tangent`: the
    /// signature of a generated `r_jvp`.
    fn jvp(&mut self, params: &[T], params_tangent: &[T], out: &mut [T], out_tangent: &mut [T]);
}

/// A [`Residuals`] from two closures: `residuals(p, out)` and its generated
/// `jvp(p, p_tangent, out, out_tangent)`, usually capturing the data the residuals are
/// measured against.
#[derive(Clone)]
pub struct FnResiduals<R, J> {
    len: usize,
    residuals: R,
    jvp: J,
}

impl<R, J> FnResiduals<R, J> {
    /// `len` residuals computed by `residuals`, with the forward-mode derivative `jvp`.
    pub fn new(len: usize, residuals: R, jvp: J) -> Self {
        FnResiduals {
            len,
            residuals,
            jvp,
        }
    }
}

impl<R, J> core::fmt::Debug for FnResiduals<R, J> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FnResiduals")
            .field("len", &self.len)
            .finish_non_exhaustive()
    }
}

impl<T, R, J> Residuals<T> for FnResiduals<R, J>
where
    R: FnMut(&[T], &mut [T]),
    J: FnMut(&[T], &[T], &mut [T], &mut [T]),
{
    fn residual_len(&self) -> usize {
        self.len
    }

    fn residuals(&mut self, params: &[T], out: &mut [T]) {
        (self.residuals)(params, out);
    }

    fn jvp(&mut self, params: &[T], params_tangent: &[T], out: &mut [T], out_tangent: &mut [T]) {
        (self.jvp)(params, params_tangent, out, out_tangent);
    }
}

/// A [`Residuals`] of a fixed count `M`, from closures over arrays: `residuals(p, out)`
/// and `jvp(p, p_tangent, out, out_tangent)` with `out, out_tangent: &mut [T; M]`, the
/// shapes generated for `fn r(p: &[T], .., out: &mut [T; M])`. A fixed-size out-parameter
/// is what firmware wants: its generated derivatives need no heap.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::least_squares::{workspace_len, ArrayResiduals, LevenbergMarquardt};
///
/// // y = g·(raw − o) at three points; the residuals and their JVP written out.
/// const RAW: [f32; 3] = [0.1, 0.5, 0.9];
/// const REF: [f32; 3] = [0.2, 1.8, 3.4]; // g = 4, o = 0.05
/// fn r_jvp(p: &[f32], dp: &[f32], out: &mut [f32; 3], dout: &mut [f32; 3]) {
///     for i in 0..3 {
///         out[i] = p[0] * (RAW[i] - p[1]) - REF[i];
///         dout[i] = dp[0] * (RAW[i] - p[1]) - p[0] * dp[1];
///     }
/// }
/// let mut problem = ArrayResiduals::new(
///     |p: &[f32], out: &mut [f32; 3]| r_jvp(p, &[0.0, 0.0], out, &mut [0.0; 3]),
///     r_jvp,
/// );
/// let mut p = [1.0f32, 0.0];
/// let mut ws = [0.0f32; workspace_len(2, 3)];
/// let fit = LevenbergMarquardt::new().minimize(&mut problem, &mut p, &mut ws);
/// assert!(fit.stop.converged());
/// assert!((p[0] - 4.0).abs() < 1e-4 && (p[1] - 0.05).abs() < 1e-4, "{p:?}");
/// ```
#[derive(Clone)]
pub struct ArrayResiduals<const M: usize, R, J> {
    residuals: R,
    jvp: J,
}

impl<const M: usize, R, J> ArrayResiduals<M, R, J> {
    /// `M` residuals computed by `residuals`, with the forward-mode derivative `jvp`.
    pub fn new(residuals: R, jvp: J) -> Self {
        ArrayResiduals { residuals, jvp }
    }
}

impl<const M: usize, R, J> core::fmt::Debug for ArrayResiduals<M, R, J> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ArrayResiduals")
            .field("len", &M)
            .finish_non_exhaustive()
    }
}

impl<T, const M: usize, R, J> Residuals<T> for ArrayResiduals<M, R, J>
where
    R: FnMut(&[T], &mut [T; M]),
    J: FnMut(&[T], &[T], &mut [T; M], &mut [T; M]),
{
    fn residual_len(&self) -> usize {
        M
    }

    fn residuals(&mut self, params: &[T], out: &mut [T]) {
        (self.residuals)(params, as_array(out));
    }

    fn jvp(&mut self, params: &[T], params_tangent: &[T], out: &mut [T], out_tangent: &mut [T]) {
        (self.jvp)(params, params_tangent, as_array(out), as_array(out_tangent));
    }
}

/// The driver passes slices of exactly `residual_len()` entries.
fn as_array<T, const M: usize>(out: &mut [T]) -> &mut [T; M] {
    let len = out.len();
    out.try_into()
        .unwrap_or_else(|_| panic!("residual buffer of length {len}, expected {M}"))
}

/// The length of the workspace [`LevenbergMarquardt::minimize`] and [`covariance`] need
/// for `params` parameters and `residuals` residuals: `m·n + 2m + 2n² + 5n` scalars (the
/// Jacobian, two residual vectors, the normal matrix and its factor, five vectors of
/// length `n`). A `const fn`, so a fixed-size fit can keep it on the stack:
/// `[0.0f32; workspace_len(3, 12)]`.
pub const fn workspace_len(params: usize, residuals: usize) -> usize {
    params * residuals + 2 * residuals + 2 * params * params + 5 * params
}

/// Why [`LevenbergMarquardt::minimize`] stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StopReason {
    /// Every residual is exactly zero.
    ExactFit,
    /// The largest component of the gradient `Jᵀr` fell to
    /// [`grad_tol`](LevenbergMarquardt::grad_tol) or below.
    GradientTolerance,
    /// The last step was shorter than [`step_tol`](LevenbergMarquardt::step_tol)
    /// relative to the parameters (it was taken if it lowered the cost).
    StepTolerance,
    /// An accepted step reduced the cost, and was predicted to reduce it, by less than
    /// [`cost_tol`](LevenbergMarquardt::cost_tol) relative to the cost.
    CostTolerance,
    /// [`max_iters`](LevenbergMarquardt::max_iters) iterations were taken.
    MaxIterations,
    /// The damping grew past `1/ε²` without finding a step that lowers the cost: the
    /// parameters are as good as working precision allows, or the Jacobian is wrong.
    NoImprovement,
    /// The residuals at the starting point were `NaN` or infinite; nothing was done.
    NonFiniteResiduals,
}

impl StopReason {
    /// Whether a convergence test passed (exact fit, gradient, step or cost
    /// tolerance), as opposed to a budget or a failure.
    pub fn converged(self) -> bool {
        matches!(
            self,
            StopReason::ExactFit
                | StopReason::GradientTolerance
                | StopReason::StepTolerance
                | StopReason::CostTolerance
        )
    }
}

/// The outcome of [`LevenbergMarquardt::minimize`]; the parameters themselves are left in
/// the slice that was passed in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit<T = f64> {
    /// `½ Σ rᵢ²` at the final parameters.
    pub cost: T,
    /// Iterations taken (each solves for one step, accepted or not).
    pub iterations: usize,
    /// Residual evaluations (one per trial step).
    pub residual_evals: usize,
    /// Jacobian evaluations (`n` JVPs each; one at the start and one per accepted step).
    pub jacobian_evals: usize,
    /// Why the iteration stopped.
    pub stop: StopReason,
}

/// What the observer of [`LevenbergMarquardt::minimize_with`] is shown: once at the start
/// (iteration 0) and after every iteration.
#[derive(Debug, Clone)]
pub struct Iteration<'a, T = f64> {
    /// Iterations taken so far.
    pub iteration: usize,
    /// `½ Σ rᵢ²` at [`params`](Self::params).
    pub cost: T,
    /// The Euclidean norm of the gradient `Jᵀr` at `params`.
    pub grad_norm: T,
    /// The damping `μ` the next step will use (relative to the diagonal of `JᵀJ`).
    pub damping: T,
    /// Whether this iteration's step was taken (false: the cost did not drop, so the
    /// step was refused and the damping raised).
    pub accepted: bool,
    /// The current parameters.
    pub params: &'a [T],
}

/// Levenberg–Marquardt with Marquardt's scaling and Nielsen's damping update; a builder
/// of its stopping rules.
///
/// Each iteration solves `(JᵀJ + μ D) h = −Jᵀr`, with `D` the largest diagonal of `JᵀJ`
/// seen so far (which makes the method invariant to the scale of each parameter), and
/// takes the step when the cost drops; `μ` shrinks after good steps and doubles (then
/// quadruples, ...) after refused ones (Madsen, Nielsen & Tingleff, *Methods for
/// non-linear least squares problems*, 2004, algorithm 3.16). See the [module
/// documentation](self) for an example.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LevenbergMarquardt<T = f64> {
    /// Most iterations (default 100).
    pub max_iters: usize,
    /// Stop when `max |(Jᵀr)ᵢ| ≤ grad_tol` (default `ε`).
    pub grad_tol: T,
    /// Stop when `‖h‖ ≤ step_tol · (‖p‖ + step_tol)` (default `√ε`).
    pub step_tol: T,
    /// Stop when an accepted step's actual and predicted cost reductions are both at most
    /// `cost_tol` times the cost (default `√ε`).
    pub cost_tol: T,
    /// The damping `μ` of the first step, relative to the diagonal of `JᵀJ` (default `10⁻³`).
    pub initial_damping: T,
}

impl<T: Float> Default for LevenbergMarquardt<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Float> LevenbergMarquardt<T> {
    /// The default stopping rules (see the fields).
    pub fn new() -> Self {
        let eps = T::epsilon();
        LevenbergMarquardt {
            max_iters: 100,
            grad_tol: eps,
            step_tol: eps.sqrt(),
            cost_tol: eps.sqrt(),
            initial_damping: T::from(1e-3).expect("a float type represents 1e-3"),
        }
    }

    /// Sets [`max_iters`](Self::max_iters).
    pub fn max_iters(mut self, max_iters: usize) -> Self {
        self.max_iters = max_iters;
        self
    }

    /// Sets [`grad_tol`](Self::grad_tol).
    ///
    /// # Panics
    /// If `tol` is negative or `NaN`.
    pub fn grad_tol(mut self, tol: T) -> Self {
        self.grad_tol = checked("grad_tol", tol);
        self
    }

    /// Sets [`step_tol`](Self::step_tol).
    ///
    /// # Panics
    /// If `tol` is negative or `NaN`.
    pub fn step_tol(mut self, tol: T) -> Self {
        self.step_tol = checked("step_tol", tol);
        self
    }

    /// Sets [`cost_tol`](Self::cost_tol).
    ///
    /// # Panics
    /// If `tol` is negative or `NaN`.
    pub fn cost_tol(mut self, tol: T) -> Self {
        self.cost_tol = checked("cost_tol", tol);
        self
    }

    /// Sets [`initial_damping`](Self::initial_damping).
    ///
    /// # Panics
    /// If `mu` is not positive and finite.
    pub fn initial_damping(mut self, mu: T) -> Self {
        assert!(
            mu > T::zero() && mu.is_finite(),
            "initial_damping must be positive and finite"
        );
        self.initial_damping = mu;
        self
    }

    /// Minimises `½ Σ rᵢ(p)²` from the starting point in `params`, leaving the result
    /// there. `workspace` is all the memory used: at least
    /// [`workspace_len`]`(n, m)` scalars, whatever they hold on entry.
    ///
    /// # Panics
    /// If `workspace` is shorter than `workspace_len(params.len(), problem.residual_len())`.
    pub fn minimize<P: Residuals<T>>(
        &self,
        problem: &mut P,
        params: &mut [T],
        workspace: &mut [T],
    ) -> Fit<T> {
        self.minimize_with(problem, params, workspace, |_| {})
    }

    /// [`minimize`](Self::minimize) with an observer, called at the start and after each
    /// iteration with an [`Iteration`] (to print progress, record a trace or plot).
    ///
    /// # Panics
    /// As [`minimize`](Self::minimize).
    pub fn minimize_with<P, O>(
        &self,
        problem: &mut P,
        params: &mut [T],
        workspace: &mut [T],
        mut observer: O,
    ) -> Fit<T>
    where
        P: Residuals<T>,
        O: FnMut(&Iteration<'_, T>),
    {
        let (n, m) = (params.len(), problem.residual_len());
        let mut ws = Workspace::split(workspace, n, m);
        problem.residuals(params, ws.r);
        let mut fit = Fit {
            cost: half_squared_norm(ws.r),
            iterations: 0,
            residual_evals: 1,
            jacobian_evals: 0,
            stop: StopReason::NonFiniteResiduals,
        };
        if !fit.cost.is_finite() {
            return fit;
        }
        ws.linearise(problem, params);
        fit.jacobian_evals += 1;
        ws.d.fill(T::zero());
        ws.update_scaling();
        let one = T::one();
        let two = one + one;
        let third = one / (two + one);
        let max_damping = one / (T::epsilon() * T::epsilon());
        let mut mu = self.initial_damping;
        let mut nu = two;
        let mut report =
            |fit: &Fit<T>, ws: &Workspace<'_, T>, mu: T, accepted: bool, params: &[T]| {
                observer(&Iteration {
                    iteration: fit.iterations,
                    cost: fit.cost,
                    grad_norm: norm(ws.g),
                    damping: mu,
                    accepted,
                    params,
                });
            };
        report(&fit, &ws, mu, true, params);
        fit.stop = loop {
            if fit.cost == T::zero() {
                break StopReason::ExactFit;
            }
            if ws.g.iter().all(|g| g.abs() <= self.grad_tol) {
                break StopReason::GradientTolerance;
            }
            if fit.iterations == self.max_iters {
                break StopReason::MaxIterations;
            }
            fit.iterations += 1;
            if !ws.solve_step(mu) {
                // JᵀJ + μD is not positive definite to working precision: damp more.
                mu = mu * nu;
                nu = nu * two;
                report(&fit, &ws, mu, false, params);
                if mu > max_damping {
                    break StopReason::NoImprovement;
                }
                continue;
            }
            // Tested after the step is tried, as MINPACK does: a small step that lowers
            // the cost is still taken.
            let small_step = norm(ws.h) <= self.step_tol * (norm(params) + self.step_tol);
            for ((q, p), h) in ws.p_new.iter_mut().zip(params.iter()).zip(ws.h.iter()) {
                *q = *p + *h;
            }
            problem.residuals(ws.p_new, ws.r_new);
            fit.residual_evals += 1;
            let cost_new = half_squared_norm(ws.r_new);
            let predicted = ws.predicted_reduction(mu);
            let actual = fit.cost - cost_new;
            let rho = if cost_new.is_finite() && predicted > T::zero() {
                actual / predicted
            } else {
                -one
            };
            if rho > T::zero() {
                let cost_old = fit.cost;
                params.copy_from_slice(ws.p_new);
                ws.r.copy_from_slice(ws.r_new);
                fit.cost = cost_new;
                ws.linearise(problem, params);
                fit.jacobian_evals += 1;
                ws.update_scaling();
                let t = two * rho - one;
                mu = mu * third.max(one - t * t * t);
                nu = two;
                report(&fit, &ws, mu, true, params);
                if actual <= self.cost_tol * cost_old && predicted <= self.cost_tol * cost_old {
                    break StopReason::CostTolerance;
                }
                if small_step {
                    break StopReason::StepTolerance;
                }
            } else {
                mu = mu * nu;
                nu = nu * two;
                report(&fit, &ws, mu, false, params);
                if small_step {
                    break StopReason::StepTolerance;
                }
                if mu > max_damping {
                    break StopReason::NoImprovement;
                }
            }
        };
        fit
    }
}

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
/// documentation](self) for an example.
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

fn checked<T: Float>(name: &str, tol: T) -> T {
    assert!(
        tol >= T::zero(),
        "{name} must be non-negative, got a negative or NaN value"
    );
    tol
}

fn half_squared_norm<T: Float>(r: &[T]) -> T {
    let s = r.iter().fold(T::zero(), |s, v| s + *v * *v);
    s / (T::one() + T::one())
}

fn norm<T: Float>(v: &[T]) -> T {
    v.iter().fold(T::zero(), |s, x| s + *x * *x).sqrt()
}

/// The workspace split into the pieces of one fit.
struct Workspace<'a, T> {
    n: usize,
    m: usize,
    /// `Jᵀ`, row-major `n × m`: row `j` is the JVP along unit vector `j`, written in place.
    jt: &'a mut [T],
    /// The residuals at the current parameters.
    r: &'a mut [T],
    /// The residuals at the trial parameters.
    r_new: &'a mut [T],
    /// `JᵀJ`, row-major `n × n`.
    a: &'a mut [T],
    /// The Cholesky factor of the damped normal matrix.
    l: &'a mut [T],
    /// The gradient `Jᵀr`.
    g: &'a mut [T],
    /// The step.
    h: &'a mut [T],
    /// The trial parameters.
    p_new: &'a mut [T],
    /// A unit vector, the JVP direction.
    e: &'a mut [T],
    /// Marquardt's scaling: the largest diagonal of `JᵀJ` seen so far.
    d: &'a mut [T],
}

impl<'a, T: Float> Workspace<'a, T> {
    fn split(workspace: &'a mut [T], n: usize, m: usize) -> Self {
        let need = workspace_len(n, m);
        assert!(
            workspace.len() >= need,
            "least squares: the workspace needs workspace_len({n}, {m}) = {need} entries, got {}",
            workspace.len()
        );
        let (jt, rest) = workspace.split_at_mut(n * m);
        let (r, rest) = rest.split_at_mut(m);
        let (r_new, rest) = rest.split_at_mut(m);
        let (a, rest) = rest.split_at_mut(n * n);
        let (l, rest) = rest.split_at_mut(n * n);
        let (g, rest) = rest.split_at_mut(n);
        let (h, rest) = rest.split_at_mut(n);
        let (p_new, rest) = rest.split_at_mut(n);
        let (e, rest) = rest.split_at_mut(n);
        let (d, _) = rest.split_at_mut(n);
        Workspace {
            n,
            m,
            jt,
            r,
            r_new,
            a,
            l,
            g,
            h,
            p_new,
            e,
            d,
        }
    }

    /// Evaluates `r`, `Jᵀ` (`n` JVPs), `JᵀJ` and `Jᵀr` at `params`.
    fn linearise<P: Residuals<T>>(&mut self, problem: &mut P, params: &[T]) {
        let (n, m) = (self.n, self.m);
        self.e.fill(T::zero());
        for j in 0..n {
            self.e[j] = T::one();
            problem.jvp(params, self.e, self.r, &mut self.jt[j * m..(j + 1) * m]);
            self.e[j] = T::zero();
        }
        if n == 0 {
            problem.residuals(params, self.r);
        }
        for i in 0..n {
            let ji = &self.jt[i * m..(i + 1) * m];
            self.g[i] = dot(ji, self.r);
            for k in 0..=i {
                let v = dot(ji, &self.jt[k * m..(k + 1) * m]);
                self.a[i * n + k] = v;
                self.a[k * n + i] = v;
            }
        }
    }

    fn update_scaling(&mut self) {
        let n = self.n;
        for i in 0..n {
            self.d[i] = self.d[i].max(self.a[i * n + i]);
        }
    }

    /// Solves `(JᵀJ + μ D) h = −Jᵀr`; false when the matrix is not positive definite.
    fn solve_step(&mut self, mu: T) -> bool {
        let n = self.n;
        self.l.copy_from_slice(self.a);
        for i in 0..n {
            // A parameter the residuals do not depend on (a zero column of J) still gets
            // a positive diagonal, so the step in it is zero instead of undefined.
            let d = if self.d[i] > T::zero() {
                self.d[i]
            } else {
                T::one()
            };
            self.l[i * n + i] = self.l[i * n + i] + mu * d;
        }
        if !cholesky::factor(self.l, n) {
            return false;
        }
        for (h, g) in self.h.iter_mut().zip(self.g.iter()) {
            *h = -*g;
        }
        cholesky::solve(self.l, n, self.h);
        self.h.iter().all(|h| h.is_finite())
    }

    /// The reduction of the cost the linear model predicts for the step `h`:
    /// `½ hᵀ(μ D h − Jᵀr)` (positive for a solution of the damped normal equations).
    fn predicted_reduction(&self, mu: T) -> T {
        let mut s = T::zero();
        for i in 0..self.n {
            let d = if self.d[i] > T::zero() {
                self.d[i]
            } else {
                T::one()
            };
            s = s + self.h[i] * (mu * d * self.h[i] - self.g[i]);
        }
        s / (T::one() + T::one())
    }
}

fn dot<T: Float>(a: &[T], b: &[T]) -> T {
    a.iter().zip(b).fold(T::zero(), |s, (x, y)| s + *x * *y)
}

#[cfg(test)]
#[allow(clippy::needless_range_loop)]
mod tests {
    use super::*;

    /// Residuals of y = a·exp(-b t) + c against exact data from (2, 0.7, 0.5).
    struct Decay {
        t: [f64; 8],
        y: [f64; 8],
    }

    impl Decay {
        fn new() -> Self {
            let t = core::array::from_fn(|i| i as f64 * 0.5);
            let y = t.map(|t: f64| 2.0 * (-0.7 * t).exp() + 0.5);
            Decay { t, y }
        }
    }

    impl Residuals<f64> for Decay {
        fn residual_len(&self) -> usize {
            8
        }
        fn residuals(&mut self, p: &[f64], out: &mut [f64]) {
            for i in 0..8 {
                out[i] = p[0] * (-p[1] * self.t[i]).exp() + p[2] - self.y[i];
            }
        }
        fn jvp(&mut self, p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]) {
            self.residuals(p, out);
            for i in 0..8 {
                let e = (-p[1] * self.t[i]).exp();
                dout[i] = dp[0] * e - p[0] * self.t[i] * e * dp[1] + dp[2];
            }
        }
    }

    #[test]
    fn recovers_exact_parameters() {
        let mut p = [1.0, 0.1, 0.0];
        let mut ws = [0.0; workspace_len(3, 8)];
        let fit = LevenbergMarquardt::new().minimize(&mut Decay::new(), &mut p, &mut ws);
        assert!(fit.stop.converged(), "{fit:?}");
        for (got, want) in p.iter().zip([2.0, 0.7, 0.5]) {
            assert!((got - want).abs() < 1e-7, "{p:?}");
        }
        assert!(fit.cost < 1e-15);
    }

    #[test]
    fn observer_sees_a_decreasing_cost_and_every_iteration() {
        let mut p = [1.0, 0.1, 0.0];
        let mut ws = [0.0; workspace_len(3, 8)];
        let (mut seen, mut last) = (0, f64::INFINITY);
        let fit =
            LevenbergMarquardt::new().minimize_with(&mut Decay::new(), &mut p, &mut ws, |it| {
                assert_eq!(it.iteration, seen);
                assert!(
                    it.cost <= last,
                    "the cost never rises: {} after {last}",
                    it.cost
                );
                last = it.cost;
                seen += 1;
            });
        assert_eq!(seen, fit.iterations + 1);
        assert_eq!(last, fit.cost);
    }

    #[test]
    fn stops_at_the_iteration_budget() {
        let mut p = [1.0, 0.1, 0.0];
        let mut ws = [0.0; workspace_len(3, 8)];
        let fit =
            LevenbergMarquardt::new()
                .max_iters(2)
                .minimize(&mut Decay::new(), &mut p, &mut ws);
        assert_eq!((fit.stop, fit.iterations), (StopReason::MaxIterations, 2));
    }

    #[test]
    fn non_finite_start_is_reported() {
        let mut p = [f64::NAN, 0.1, 0.0];
        let mut ws = [0.0; workspace_len(3, 8)];
        let fit = LevenbergMarquardt::new().minimize(&mut Decay::new(), &mut p, &mut ws);
        assert_eq!(fit.stop, StopReason::NonFiniteResiduals);
        assert!(!fit.stop.converged());
    }

    #[test]
    fn covariance_errors() {
        let mut ws = [0.0; workspace_len(3, 8)];
        let mut cov = [0.0; 9];
        let mut decay = Decay::new();
        // b = 0 makes the a and c columns of J equal: JᵀJ is singular.
        assert_eq!(
            covariance(&mut decay, &[1.0, 0.0, 0.0], &mut ws, &mut cov),
            Err(CovarianceError::Singular)
        );
        let mut three = FnResiduals::new(
            3,
            |p: &[f64], out: &mut [f64]| out.iter_mut().for_each(|o| *o = p[0]),
            |p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]| {
                out.iter_mut().for_each(|o| *o = p[0]);
                dout.iter_mut().for_each(|o| *o = dp[0]);
            },
        );
        let mut ws3 = [0.0; workspace_len(3, 3)];
        assert_eq!(
            covariance(&mut three, &[1.0, 2.0, 3.0], &mut ws3, &mut cov),
            Err(CovarianceError::TooFewResiduals)
        );
    }

    #[test]
    #[should_panic(expected = "workspace needs workspace_len(3, 8) = 73 entries, got 10")]
    fn short_workspace_panics() {
        let mut ws = [0.0; 10];
        LevenbergMarquardt::new().minimize(&mut Decay::new(), &mut [1.0, 0.1, 0.0], &mut ws);
    }
}
