//! The `minimize` driver: runs an optimizer on a gradient function until a stopping
//! rule fires.

use alloc::vec::Vec;

use num_traits::Float;

use super::Optimizer;
use crate::differentiable::Differentiable;

/// Why [`minimize`] stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StopReason {
    /// The gradient norm fell to [`MinimizeOptions::grad_tol`] or below: converged.
    GradientTolerance,
    /// The loss stopped improving (see [`MinimizeOptions::stall`]).
    Stalled,
    /// [`MinimizeOptions::max_iters`] optimizer steps were taken.
    MaxIterations,
    /// The loss at the latest point was `NaN` or infinite; the result holds the
    /// point before it.
    NonFiniteLoss,
    /// The gradient at the latest point had a `NaN` or infinite entry; the result
    /// holds that point (its loss is finite).
    NonFiniteGradient,
    /// An optimizer step produced a `NaN` or infinite parameter; the result holds
    /// the point before the step.
    NonFiniteParameters,
}

impl StopReason {
    /// Whether the run ended because a convergence test passed (gradient
    /// tolerance), as opposed to a budget, a stall or a numerical failure.
    pub fn converged(self) -> bool {
        self == StopReason::GradientTolerance
    }

    /// Whether the run ended on a non-finite value.
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            StopReason::NonFiniteLoss
                | StopReason::NonFiniteGradient
                | StopReason::NonFiniteParameters
        )
    }
}

/// Stopping rules and reporting for [`minimize`]; a builder.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::MinimizeOptions;
///
/// let opts = MinimizeOptions::new().max_iters(5000).grad_tol(1e-10).stall(100, 1e-12);
/// assert_eq!(opts.max_iters, 5000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinimizeOptions<T = f64> {
    /// Most optimizer steps to take (default 1000).
    pub max_iters: usize,
    /// Stop when the Euclidean norm of the gradient is at most this (default `1e-8`).
    pub grad_tol: T,
    /// Stall window: stop when the best loss of the last `stall_window` steps is
    /// not below the loss `stall_window` steps ago by more than `stall_rel_tol`
    /// times its magnitude (default 0: never).
    pub stall_window: usize,
    /// Relative improvement that counts as progress in the stall test (default 0).
    pub stall_rel_tol: T,
    /// Call the observer of [`minimize_with`] every this many steps (default 1).
    pub report_every: usize,
}

impl<T: Float> Default for MinimizeOptions<T> {
    fn default() -> Self {
        MinimizeOptions {
            max_iters: 1000,
            grad_tol: T::from(1e-8).unwrap_or_else(T::epsilon),
            stall_window: 0,
            stall_rel_tol: T::zero(),
            report_every: 1,
        }
    }
}

impl<T: Float> MinimizeOptions<T> {
    /// The defaults: 1000 steps, gradient tolerance `1e-8`, no stall test, observer
    /// every step.
    pub fn new() -> Self {
        Self::default()
    }

    /// Most optimizer steps to take.
    pub fn max_iters(mut self, max_iters: usize) -> Self {
        self.max_iters = max_iters;
        self
    }

    /// Stop when the gradient norm is at most `grad_tol` (0 disables the test
    /// except at an exactly stationary point).
    pub fn grad_tol(mut self, grad_tol: T) -> Self {
        self.grad_tol = grad_tol;
        self
    }

    /// Stop when `window` steps bring no relative improvement above `rel_tol`:
    /// with `L` the loss `window` steps ago and `B` the best loss since, stop when
    /// `L - B <= rel_tol * |L|`. `window = 0` disables the test.
    pub fn stall(mut self, window: usize, rel_tol: T) -> Self {
        self.stall_window = window;
        self.stall_rel_tol = rel_tol;
        self
    }

    /// Call the observer every `k` steps (and at the start and the end); `k = 0`
    /// means only at the start and the end.
    pub fn report_every(mut self, k: usize) -> Self {
        self.report_every = k;
        self
    }
}

/// What the observer of [`minimize_with`] is shown.
#[derive(Debug, Clone)]
pub struct Progress<'a, T = f64> {
    /// Optimizer steps taken so far.
    pub iteration: usize,
    /// The loss at [`x`](Self::x).
    pub loss: T,
    /// The Euclidean norm of the gradient at `x`.
    pub grad_norm: T,
    /// The current point.
    pub x: &'a [T],
}

/// The outcome of [`minimize`].
#[derive(Debug, Clone, PartialEq)]
pub struct Minimized<T = f64> {
    /// The final point: the last point whose loss was finite.
    pub x: Vec<T>,
    /// The loss at [`x`](Self::x) (`NaN` only when the start point's loss was not finite).
    pub loss: T,
    /// The gradient norm at `x` (`NaN` when never evaluated there).
    pub grad_norm: T,
    /// The loss at the start point and after every step; its last entry is `loss`.
    pub history: Vec<T>,
    /// Optimizer steps taken to reach `x`.
    pub iterations: usize,
    /// Why the run stopped.
    pub reason: StopReason,
}

/// Minimizes a function given by its gradient function with an optimizer.
///
/// `grad_fn(x, g)` must write the gradient at `x` into `g` and return the loss: the
/// shape of the `f_grad` functions `#[differentiable]` generates for a slice
/// function. Starting at `x0`, each iteration evaluates it, checks the stopping
/// rules of `options`, and steps `opt`. The run ends with a [`StopReason`]; a
/// non-finite loss, gradient or parameter ends it too, returning the last point whose
/// loss was finite, so nothing already gained is lost. The optimizer is used as it
/// is (not reset), so a run can continue where another stopped.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{minimize, Adam, MinimizeOptions, StopReason};
///
/// // Booth's function, minimum 0 at (1, 3).
/// let booth = |x: &[f64], g: &mut [f64]| {
///     let (a, b) = (x[0] + 2.0 * x[1] - 7.0, 2.0 * x[0] + x[1] - 5.0);
///     g[0] = 2.0 * a + 4.0 * b;
///     g[1] = 4.0 * a + 2.0 * b;
///     a * a + b * b
/// };
/// let opts = MinimizeOptions::new().max_iters(10_000).grad_tol(1e-9);
/// let r = minimize(booth, &[0.0, 0.0], &mut Adam::new(0.1), &opts);
/// assert_eq!(r.reason, StopReason::GradientTolerance);
/// assert!((r.x[0] - 1.0).abs() < 1e-8 && (r.x[1] - 3.0).abs() < 1e-8);
/// assert_eq!(r.history.len(), r.iterations + 1);
/// ```
///
/// # Panics
/// When `opt` panics, that is when its state was sized for a different number of
/// parameters than `x0.len()` (see [`Optimizer::step`]).
pub fn minimize<T, F>(
    grad_fn: F,
    x0: &[T],
    opt: &mut dyn Optimizer<T>,
    options: &MinimizeOptions<T>,
) -> Minimized<T>
where
    T: Float,
    F: FnMut(&[T], &mut [T]) -> T,
{
    minimize_with(grad_fn, x0, opt, options, |_: &Progress<'_, T>| {})
}

/// [`minimize`] for parameters held in a [`Differentiable`] value (a
/// `#[derive(Differentiable)]` model struct): `grad_fn(model, grad)` writes the
/// gradient into `grad` (a value of the same type, the shape of the `f_grad` functions
/// generated for a struct parameter) and returns the loss. The run works on the
/// model's flat view (leaves in their fixed order, so the numbers are those of
/// [`minimize`] on that view); the result holds the final model, built from `x0`
/// (whose `#[no_grad]` fields it keeps), beside the flat [`Minimized`] record. After
/// the first evaluation, an iteration allocates nothing.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{minimize_struct, Adam, MinimizeOptions};
///
/// // a model with two leaves: f(m) = (m00 - 1)^2 + (m10 + 2)^2
/// let grad = |m: &[[f64; 1]; 2], g: &mut [[f64; 1]; 2]| {
///     g[0][0] = 2.0 * (m[0][0] - 1.0);
///     g[1][0] = 2.0 * (m[1][0] + 2.0);
///     (m[0][0] - 1.0).powi(2) + (m[1][0] + 2.0).powi(2)
/// };
/// let opts = MinimizeOptions::new().max_iters(5_000).grad_tol(1e-10);
/// let (model, r) = minimize_struct(grad, &[[0.0], [0.0]], &mut Adam::new(0.05), &opts);
/// assert!((model[0][0] - 1.0).abs() < 1e-8 && (model[1][0] + 2.0).abs() < 1e-8);
/// assert_eq!(r.x, [model[0][0], model[1][0]]);
/// ```
///
/// # Panics
/// As [`minimize`]; also when `grad_fn` changes the shape of `grad` (the lengths of
/// its `Vec` fields).
pub fn minimize_struct<D, F>(
    mut grad_fn: F,
    x0: &D,
    opt: &mut dyn Optimizer<D::Scalar>,
    options: &MinimizeOptions<D::Scalar>,
) -> (D, Minimized<D::Scalar>)
where
    D: Differentiable,
    F: FnMut(&D, &mut D) -> D::Scalar,
{
    let mut flat0 = alloc::vec![<D::Scalar as num_traits::Zero>::zero(); x0.leaf_count()];
    x0.write_flat(&mut flat0);
    let mut model = x0.clone();
    let mut grad = x0.zeros_like();
    let r = minimize(
        |x: &[D::Scalar], g: &mut [D::Scalar]| {
            model.read_flat(x);
            let loss = grad_fn(&model, &mut grad);
            grad.write_flat(g);
            loss
        },
        &flat0,
        opt,
        options,
    );
    let mut out = x0.clone();
    out.read_flat(&r.x);
    (out, r)
}

/// [`minimize`] with an observer, called with the [`Progress`] at the start point,
/// every [`report_every`](MinimizeOptions::report_every) steps, and at the final
/// point: for a progress bar, a log, or recording a loss curve.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{minimize_with, MinimizeOptions, Sgd};
///
/// let mut seen = Vec::new();
/// let opts = MinimizeOptions::new().max_iters(30).report_every(10);
/// minimize_with(
///     |x: &[f64], g: &mut [f64]| { g[0] = 2.0 * x[0]; x[0] * x[0] },
///     &[1.0],
///     &mut Sgd::new(0.01),
///     &opts,
///     |p| seen.push(p.iteration),
/// );
/// assert_eq!(seen, [0, 10, 20, 30]);
/// ```
///
/// # Panics
/// As [`minimize`].
pub fn minimize_with<T, F, O>(
    mut grad_fn: F,
    x0: &[T],
    opt: &mut dyn Optimizer<T>,
    options: &MinimizeOptions<T>,
    mut observer: O,
) -> Minimized<T>
where
    T: Float,
    F: FnMut(&[T], &mut [T]) -> T,
    O: FnMut(&Progress<'_, T>),
{
    let n = x0.len();
    let mut x = x0.to_vec();
    let mut prev = x0.to_vec();
    let mut g = alloc::vec![T::zero(); n];
    let mut history = Vec::new();
    let mut grad_norm = T::nan();
    let mut iteration = 0;
    let report = |k: usize| options.report_every != 0 && k % options.report_every == 0;
    let reason = loop {
        let loss = grad_fn(&x, &mut g);
        if !loss.is_finite() {
            if iteration > 0 {
                // Step back to the point whose (finite) loss ends the history.
                x.copy_from_slice(&prev);
                iteration -= 1;
            }
            break StopReason::NonFiniteLoss;
        }
        let norm = norm2(&g);
        history.push(loss);
        grad_norm = norm;
        if !norm.is_finite() {
            break StopReason::NonFiniteGradient;
        }
        if norm <= options.grad_tol {
            break StopReason::GradientTolerance;
        }
        if stalled(&history, options) {
            break StopReason::Stalled;
        }
        if iteration >= options.max_iters {
            break StopReason::MaxIterations;
        }
        if iteration == 0 || report(iteration) {
            observer(&Progress {
                iteration,
                loss,
                grad_norm: norm,
                x: &x,
            });
        }
        prev.copy_from_slice(&x);
        opt.step(&mut x, &g);
        iteration += 1;
        if x.iter().any(|xi| !xi.is_finite()) {
            x.copy_from_slice(&prev);
            iteration -= 1;
            break StopReason::NonFiniteParameters;
        }
    };
    let loss = history.last().copied().unwrap_or_else(T::nan);
    // After a step back (non-finite loss or parameters) `grad_norm` still holds the
    // norm computed at the restored point, so it needs no re-evaluation.
    observer(&Progress {
        iteration,
        loss,
        grad_norm,
        x: &x,
    });
    Minimized {
        x,
        loss,
        grad_norm,
        history,
        iterations: iteration,
        reason,
    }
}

/// Euclidean norm, scaled by the largest entry so that large finite gradients
/// (above 1e154 in f64) do not overflow to a spurious "non-finite gradient".
fn norm2<T: Float>(g: &[T]) -> T {
    if g.iter().any(|gi| gi.is_nan()) {
        return T::nan();
    }
    let big = g.iter().fold(T::zero(), |m, &gi| m.max(gi.abs()));
    if big == T::zero() || big.is_infinite() {
        return big;
    }
    big * g
        .iter()
        .fold(T::zero(), |s, &gi| s + (gi / big) * (gi / big))
        .sqrt()
}

fn stalled<T: Float>(history: &[T], options: &MinimizeOptions<T>) -> bool {
    let w = options.stall_window;
    if w == 0 || history.len() <= w {
        return false;
    }
    let recent = &history[history.len() - w..];
    let before = history[history.len() - w - 1];
    let best = recent.iter().copied().fold(T::infinity(), T::min);
    before - best <= options.stall_rel_tol * before.abs()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optim::Sgd;
    use alloc::vec;

    /// f(x) = -x (gradient -1) while x <= 2, NaN beyond: SGD climbs into the NaN region.
    fn nan_beyond_two(x: &[f64], g: &mut [f64]) -> f64 {
        g[0] = -1.0;
        if x[0] <= 2.0 {
            -x[0]
        } else {
            f64::NAN
        }
    }

    #[test]
    fn non_finite_loss_keeps_the_last_finite_point() {
        let opts = MinimizeOptions::new().max_iters(100);
        let r = minimize(nan_beyond_two, &[0.0], &mut Sgd::new(1.5), &opts);
        // 0 -> 1.5 -> 3.0 (NaN): the result is 1.5, the last point with a finite loss.
        assert_eq!(r.reason, StopReason::NonFiniteLoss);
        assert_eq!(
            (r.x.as_slice(), r.loss, r.iterations),
            (&[1.5][..], -1.5, 1)
        );
        assert_eq!(r.history, vec![0.0, -1.5]);
        assert_eq!(r.grad_norm, 1.0);
        assert!(r.reason.is_failure() && !r.reason.converged());
    }

    #[test]
    fn non_finite_start_returns_the_start() {
        let r = minimize(
            nan_beyond_two,
            &[5.0],
            &mut Sgd::new(1.0),
            &MinimizeOptions::new(),
        );
        assert_eq!(r.reason, StopReason::NonFiniteLoss);
        assert_eq!((r.x, r.iterations), (vec![5.0], 0));
        assert!(r.history.is_empty() && r.loss.is_nan());
    }

    #[test]
    fn non_finite_gradient_keeps_that_point_and_its_loss() {
        // Loss x², but the gradient "blows up" past x = 1.
        let f = |x: &[f64], g: &mut [f64]| {
            g[0] = if x[0] > 1.0 { f64::INFINITY } else { -1.0 };
            x[0] * x[0]
        };
        let r = minimize(f, &[0.5], &mut Sgd::new(0.4), &MinimizeOptions::new());
        // 0.5 -> 0.9 -> 1.3 (gradient inf): that point is kept, its loss is finite.
        assert_eq!(r.reason, StopReason::NonFiniteGradient);
        assert!((r.x[0] - 1.3).abs() < 1e-15 && (r.loss - 1.69).abs() < 1e-14);
        assert_eq!(r.history.len(), 3);
    }

    #[test]
    fn norm_neither_overflows_nor_hides_nan() {
        assert_eq!(norm2(&[3e300, 4e300]), 5e300);
        assert_eq!(norm2(&[3.0, 4.0]), 5.0);
        assert_eq!(norm2(&[0.0, 0.0]), 0.0);
        assert!(norm2(&[1.0, f64::NAN]).is_nan());
        assert_eq!(norm2(&[1.0, f64::NEG_INFINITY]), f64::INFINITY);
    }

    #[test]
    fn non_finite_step_is_undone() {
        let f = |_: &[f64], g: &mut [f64]| {
            g[0] = 1e300;
            0.0
        };
        let r = minimize(f, &[1.0], &mut Sgd::new(1e10), &MinimizeOptions::new());
        assert_eq!(r.reason, StopReason::NonFiniteParameters);
        assert_eq!((r.x, r.iterations, r.history), (vec![1.0], 0, vec![0.0]));
    }

    #[test]
    fn stall_stops_after_the_window_without_progress() {
        // A loss that never decreases although the gradient is not small.
        let f = |_: &[f64], g: &mut [f64]| {
            g[0] = 1.0;
            3.0
        };
        let opts = MinimizeOptions::new().stall(5, 0.0);
        let r = minimize(f, &[0.0], &mut Sgd::new(0.1), &opts);
        assert_eq!(
            (r.reason, r.iterations, r.history.len()),
            (StopReason::Stalled, 5, 6)
        );
        // Enough relative progress keeps it going: halving the loss every step.
        let halving = |x: &[f64], g: &mut [f64]| {
            g[0] = 1.0;
            0.5f64.powf(-x[0])
        };
        let opts = MinimizeOptions::new().stall(5, 0.4).max_iters(50);
        let r = minimize(halving, &[0.0], &mut Sgd::new(1.0), &opts);
        assert_eq!(r.reason, StopReason::MaxIterations);
    }

    #[test]
    fn max_iterations_and_history_length() {
        let f = |x: &[f64], g: &mut [f64]| {
            g[0] = 2.0 * x[0];
            x[0] * x[0]
        };
        let opts = MinimizeOptions::new().max_iters(7);
        let r = minimize(f, &[1.0], &mut Sgd::new(0.25), &opts);
        // x halves each step: history is 1, 1/4, 1/16, ... (8 entries).
        assert_eq!((r.reason, r.iterations), (StopReason::MaxIterations, 7));
        let want: Vec<f64> = (0..8).map(|k| 0.25f64.powi(k)).collect();
        assert_eq!(r.history, want);
        assert_eq!(r.x, vec![0.5f64.powi(7)]);
    }

    #[test]
    fn observer_with_report_every_zero_sees_start_and_end() {
        let mut seen = Vec::new();
        let f = |x: &[f64], g: &mut [f64]| {
            g[0] = 2.0 * x[0];
            x[0] * x[0]
        };
        let opts = MinimizeOptions::new().max_iters(20).report_every(0);
        minimize_with(f, &[1.0], &mut Sgd::new(0.1), &opts, |p| {
            seen.push((p.iteration, p.x[0]));
        });
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0], (0, 1.0));
        assert_eq!(seen[1].0, 20);
        assert!((seen[1].1 - 0.8f64.powi(20)).abs() < 1e-15);
    }
}
