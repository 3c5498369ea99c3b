//! The Levenberg–Marquardt driver: its stopping rules, what it reports, and the
//! iteration.

use super::workspace::{half_squared_norm, norm, Workspace};
use super::Residuals;
use num_traits::Float;

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
/// documentation](super) for an example.
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
    /// [`workspace_len`](super::workspace_len)`(n, m)` scalars, whatever they hold on
    /// entry.
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

fn checked<T: Float>(name: &str, tol: T) -> T {
    assert!(
        tol >= T::zero(),
        "{name} must be non-negative, got a negative or NaN value"
    );
    tol
}
