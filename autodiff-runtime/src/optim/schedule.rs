//! Learning-rate schedules, composable with any [`Optimizer`].
//!
//! A [`Schedule`] maps the base learning rate and the index of the step (counted
//! from 0) to the learning rate of that step, in closed form. [`Scheduled`] wraps an
//! optimizer and sets its learning rate from the schedule before every step, so the
//! result is again an `Optimizer` that works anywhere one is expected (including
//! [`minimize`](fn@super::minimize) and `&mut dyn Optimizer`).
//!
//! | schedule | torch.optim.lr_scheduler | lr at step t |
//! |---|---|---|
//! | [`StepLr`] | `StepLR` | `γ₀ · gamma^⌊t / step_size⌋` |
//! | [`ExponentialLr`] | `ExponentialLR` | `γ₀ · gamma^t` |
//! | [`CosineAnnealingLr`] | `CosineAnnealingLR` | `η + (γ₀ - η)(1 + cos(π t / t_max)) / 2` |
//! | [`LinearLr`] (linear warm-up) | `LinearLR` | `γ₀ · (s + (e - s) · min(t, n) / n)` |
//! | [`Schedule::then`] | `SequentialLR` | the first schedule before the milestone, the second after it (restarted at 0) |
//! | [`Schedule::chain`] | `ChainedScheduler` | the second applied to the first's output |
//!
//! Unlike torch, where `scheduler.step()` is called by hand (usually once per
//! epoch), `t` here counts optimizer steps: to change the rate once per epoch of
//! `k` steps, scale the step counts (`StepLr::new(10 * k, 0.5)`) or write a closure
//! that looks at `t / k`.
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use differentiable::optim::schedule::{CosineAnnealingLr, LinearLr, Schedule, Scheduled};
//! use differentiable::optim::{Optimizer, Sgd};
//!
//! // 5 warm-up steps from 0.2·lr to lr, then cosine annealing to 0 over 100 steps.
//! let schedule = LinearLr::new(0.2, 1.0, 5).then(5, CosineAnnealingLr::new(100, 0.0));
//! let mut opt = Scheduled::new(Sgd::new(0.1_f64), schedule);
//! assert!((opt.lr() - 0.02).abs() < 1e-15);
//! let mut x = [1.0];
//! for _ in 0..5 {
//!     opt.step(&mut x, &[0.0]);
//! }
//! assert!((opt.lr() - 0.1).abs() < 1e-15); // warm-up done, cosine starts at its top
//! ```

use num_traits::Float;

use super::error::{non_negative, or_panic};
use super::{Optimizer, Params, ParamsOptimizer};

/// A learning-rate schedule: the learning rate of step `t` (from 0) as a function of
/// the base learning rate.
///
/// Closures `Fn(T, u64) -> T` are schedules too:
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::schedule::Schedule;
///
/// let inverse_time = |lr: f64, t: u64| lr / (1.0 + 0.1 * t as f64);
/// assert_eq!(inverse_time.lr(1.0, 10), 0.5);
/// ```
pub trait Schedule<T> {
    /// The learning rate of step `t` (counted from 0) for base learning rate `base_lr`.
    /// Must be finite and `>= 0` for valid inputs.
    fn lr(&self, base_lr: T, t: u64) -> T;

    /// Runs `self` for the first `milestone` steps and `next` afterwards, with
    /// `next`'s step count restarted at 0 (torch's `SequentialLR`).
    fn then<N: Schedule<T>>(self, milestone: u64, next: N) -> Then<Self, N>
    where
        Self: Sized,
    {
        Then {
            first: self,
            milestone,
            next,
        }
    }

    /// Feeds the learning rate `self` gives into `next`, so multiplicative
    /// schedules multiply (torch's `ChainedScheduler`).
    fn chain<N: Schedule<T>>(self, next: N) -> Chain<Self, N>
    where
        Self: Sized,
    {
        Chain { first: self, next }
    }
}

impl<T, F: Fn(T, u64) -> T> Schedule<T> for F {
    fn lr(&self, base_lr: T, t: u64) -> T {
        self(base_lr, t)
    }
}

fn to_float<T: Float>(n: u64) -> T {
    // u64 -> f32/f64 cannot fail; saturate for exotic float types.
    T::from(n).unwrap_or_else(T::max_value)
}

/// `gamma^k` with an integer exponent, exact for the small powers schedules use.
fn powu<T: Float>(gamma: T, k: u64) -> T {
    match i32::try_from(k) {
        Ok(k) => gamma.powi(k),
        Err(_) => gamma.powf(to_float(k)),
    }
}

#[track_caller]
fn check_factor<T: Float>(name: &'static str, value: T) {
    or_panic(non_negative(name, value));
}

/// Multiplies the learning rate by `gamma` every `step_size` steps (torch's `StepLR`).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::schedule::{Schedule, StepLr};
///
/// let s = StepLr::new(10, 0.5);
/// assert_eq!((s.lr(1.0, 9), s.lr(1.0, 10), s.lr(1.0, 25)), (1.0, 0.5, 0.25));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StepLr<T = f64> {
    step_size: u64,
    gamma: T,
}

impl<T: Float> StepLr<T> {
    /// Decay by `gamma` every `step_size` steps.
    ///
    /// # Panics
    /// When `step_size` is 0 or `gamma` is negative or not finite.
    #[track_caller]
    pub fn new(step_size: u64, gamma: T) -> Self {
        assert!(step_size > 0, "invalid `step_size`: 0 (must be >= 1)");
        check_factor("gamma", gamma);
        StepLr { step_size, gamma }
    }
}

impl<T: Float> Schedule<T> for StepLr<T> {
    fn lr(&self, base_lr: T, t: u64) -> T {
        base_lr * powu(self.gamma, t / self.step_size)
    }
}

/// Multiplies the learning rate by `gamma` every step (torch's `ExponentialLR`).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::schedule::{ExponentialLr, Schedule};
///
/// assert_eq!(ExponentialLr::new(0.5).lr(8.0, 3), 1.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExponentialLr<T = f64> {
    gamma: T,
}

impl<T: Float> ExponentialLr<T> {
    /// Decay by `gamma` per step.
    ///
    /// # Panics
    /// When `gamma` is negative or not finite.
    #[track_caller]
    pub fn new(gamma: T) -> Self {
        check_factor("gamma", gamma);
        ExponentialLr { gamma }
    }
}

impl<T: Float> Schedule<T> for ExponentialLr<T> {
    fn lr(&self, base_lr: T, t: u64) -> T {
        base_lr * powu(self.gamma, t)
    }
}

/// Cosine annealing from the base learning rate down to `eta_min` over `t_max`
/// steps (torch's `CosineAnnealingLR`, closed form, without restarts: past `t_max`
/// the cosine continues, rising again, as torch's does).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::schedule::{CosineAnnealingLr, Schedule};
///
/// let s: CosineAnnealingLr = CosineAnnealingLr::new(10, 0.1);
/// assert_eq!(s.lr(1.0, 0), 1.0);
/// assert!((s.lr(1.0, 5) - 0.55).abs() < 1e-15);
/// assert!((s.lr(1.0, 10) - 0.1).abs() < 1e-15);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CosineAnnealingLr<T = f64> {
    t_max: u64,
    eta_min: T,
}

impl<T: Float> CosineAnnealingLr<T> {
    /// Anneal over `t_max` steps to `eta_min`.
    ///
    /// # Panics
    /// When `t_max` is 0 or `eta_min` is negative or not finite.
    #[track_caller]
    pub fn new(t_max: u64, eta_min: T) -> Self {
        assert!(t_max > 0, "invalid `t_max`: 0 (must be >= 1)");
        check_factor("eta_min", eta_min);
        CosineAnnealingLr { t_max, eta_min }
    }
}

impl<T: Float> Schedule<T> for CosineAnnealingLr<T> {
    fn lr(&self, base_lr: T, t: u64) -> T {
        let two = T::one() + T::one();
        // Reduce t modulo the period 2·t_max first, so huge t keeps full precision.
        let phase = to_float::<T>(t % (2 * self.t_max)) / to_float(self.t_max);
        let cos = (T::from(core::f64::consts::PI).unwrap_or_else(T::zero) * phase).cos();
        (self.eta_min + (base_lr - self.eta_min) * (T::one() + cos) / two).max(T::zero())
    }
}

/// Scales the learning rate by a factor moving linearly from `start_factor` to
/// `end_factor` over `total_iters` steps, then constant (torch's `LinearLR`): the
/// usual linear warm-up, often followed by another schedule via [`Schedule::then`].
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::schedule::{LinearLr, Schedule};
///
/// let warmup = LinearLr::new(0.25, 1.0, 3);
/// let lrs: Vec<f64> = (0..5).map(|t| warmup.lr(1.0, t)).collect();
/// assert_eq!(lrs, [0.25, 0.5, 0.75, 1.0, 1.0]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearLr<T = f64> {
    start_factor: T,
    end_factor: T,
    total_iters: u64,
}

impl<T: Float> LinearLr<T> {
    /// Factor `start_factor` at step 0, `end_factor` from step `total_iters` on.
    ///
    /// # Panics
    /// When a factor is negative or not finite, or `total_iters` is 0.
    #[track_caller]
    pub fn new(start_factor: T, end_factor: T, total_iters: u64) -> Self {
        check_factor("start_factor", start_factor);
        check_factor("end_factor", end_factor);
        assert!(total_iters > 0, "invalid `total_iters`: 0 (must be >= 1)");
        LinearLr {
            start_factor,
            end_factor,
            total_iters,
        }
    }
}

impl<T: Float> Schedule<T> for LinearLr<T> {
    fn lr(&self, base_lr: T, t: u64) -> T {
        let done = to_float::<T>(t.min(self.total_iters)) / to_float(self.total_iters);
        base_lr * (self.start_factor + (self.end_factor - self.start_factor) * done)
    }
}

/// `first` before `milestone`, then `next` restarted at 0. Built by [`Schedule::then`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Then<A, B> {
    first: A,
    milestone: u64,
    next: B,
}

impl<T, A: Schedule<T>, B: Schedule<T>> Schedule<T> for Then<A, B> {
    fn lr(&self, base_lr: T, t: u64) -> T {
        if t < self.milestone {
            self.first.lr(base_lr, t)
        } else {
            self.next.lr(base_lr, t - self.milestone)
        }
    }
}

/// `next` applied to the output of `first`. Built by [`Schedule::chain`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chain<A, B> {
    first: A,
    next: B,
}

impl<T, A: Schedule<T>, B: Schedule<T>> Schedule<T> for Chain<A, B> {
    fn lr(&self, base_lr: T, t: u64) -> T {
        self.next.lr(self.first.lr(base_lr, t), t)
    }
}

/// An optimizer whose learning rate follows a [`Schedule`]: before step `t` it sets
/// the inner optimizer's learning rate to `schedule.lr(base_lr, t)`.
///
/// `base_lr` is the inner optimizer's learning rate when wrapped; [`set_lr`]
/// changes the base, [`lr`] reports the rate the next step will use, and
/// [`reset`] restarts both the inner optimizer and the step count.
///
/// [`set_lr`]: Optimizer::set_lr
/// [`lr`]: Optimizer::lr
/// [`reset`]: Optimizer::reset
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::schedule::{Scheduled, StepLr};
/// use differentiable::optim::{Optimizer, Sgd};
///
/// let mut opt = Scheduled::new(Sgd::new(1.0), StepLr::new(1, 0.5));
/// let mut x = [0.0];
/// for _ in 0..3 {
///     opt.step(&mut x, &[1.0]); // steps of 1, 0.5, 0.25
/// }
/// assert_eq!(x[0], -1.75);
/// ```
#[derive(Debug, Clone)]
pub struct Scheduled<T, O, S> {
    inner: O,
    schedule: S,
    base_lr: T,
    t: u64,
}

impl<T: Float, O: Optimizer<T>, S: Schedule<T>> Scheduled<T, O, S> {
    /// Wraps `inner`; its current learning rate becomes the base learning rate.
    pub fn new(inner: O, schedule: S) -> Self {
        Scheduled {
            base_lr: inner.lr(),
            inner,
            schedule,
            t: 0,
        }
    }

    /// The wrapped optimizer.
    pub fn inner(&self) -> &O {
        &self.inner
    }

    /// Unwraps the optimizer (with the learning rate of the last step).
    pub fn into_inner(self) -> O {
        self.inner
    }

    /// Steps taken since construction or reset.
    pub fn steps(&self) -> u64 {
        self.t
    }

    /// The base learning rate the schedule scales.
    pub fn base_lr(&self) -> T {
        self.base_lr
    }

    /// Sets the scheduled learning rate, then steps the inner optimizer on `params`
    /// given `grads`: a slice, an array, a `Vec`, or any value of a
    /// `#[derive(Differentiable)]` struct with its gradient (the same type), as the
    /// other optimizers' `step`. The trajectory is the one stepping the flat view gives.
    ///
    /// Needs an inner optimizer that steps structs ([`ParamsOptimizer`]: every optimizer of
    /// this crate); around a `&mut dyn Optimizer<T>`, [`Optimizer::step`] on slices is
    /// what a call to `step` resolves to.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::optim::schedule::{Scheduled, StepLr};
    /// use differentiable::optim::Sgd;
    ///
    /// // nested arrays are `Differentiable`, like derived structs
    /// let mut opt = Scheduled::new(Sgd::new(1.0), StepLr::new(1, 0.5));
    /// let mut m = [[0.0, 0.0], [0.0, 0.0]];
    /// let g = [[1.0, 2.0], [4.0, 0.0]];
    /// for _ in 0..2 {
    ///     opt.step(&mut m, &g); // steps of 1, then 0.5
    /// }
    /// assert_eq!(m, [[-1.5, -3.0], [-6.0, 0.0]]);
    /// ```
    ///
    /// With a `#[derive(Differentiable)]` model, `opt.step(&mut model, &grad)`.
    ///
    /// # Panics
    /// As [`Optimizer::step`] of this type.
    #[track_caller]
    pub fn step<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P)
    where
        O: ParamsOptimizer<T>,
    {
        self.step_params(params, grads);
    }
}

impl<T: Float, O: ParamsOptimizer<T>, S: Schedule<T>> ParamsOptimizer<T> for Scheduled<T, O, S> {
    fn step_params<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P) {
        let lr = self.schedule.lr(self.base_lr, self.t);
        self.inner.set_lr(lr);
        self.inner.step_params(params, grads);
        self.t += 1;
    }
}

impl<T: Float, O: Optimizer<T>, S: Schedule<T>> Optimizer<T> for Scheduled<T, O, S> {
    /// Sets the scheduled learning rate, then steps the inner optimizer.
    ///
    /// # Panics
    /// As the inner optimizer's `step`; and when a user-written schedule returns a
    /// negative or non-finite learning rate (the built-in schedules never do for a
    /// valid base learning rate).
    fn step(&mut self, params: &mut [T], grads: &[T]) {
        let lr = self.schedule.lr(self.base_lr, self.t);
        self.inner.set_lr(lr);
        self.inner.step(params, grads);
        self.t += 1;
    }

    fn reset(&mut self) {
        self.inner.reset();
        self.t = 0;
    }

    fn lr(&self) -> T {
        self.schedule.lr(self.base_lr, self.t)
    }

    #[track_caller]
    fn set_lr(&mut self, lr: T) {
        or_panic(non_negative("lr", lr));
        self.base_lr = lr;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optim::Sgd;

    #[test]
    fn cosine_is_periodic_and_symmetric() {
        let s = CosineAnnealingLr::new(4, 0.0);
        // Half-way between top and bottom at t = 2: (1 + cos(π/2))/2 = 0.5.
        assert!((s.lr(2.0, 2) - 1.0).abs() < 1e-15);
        // Past t_max the curve rises again: t = 6 mirrors t = 2, t = 8 is the top.
        assert!((s.lr(2.0, 6) - s.lr(2.0, 2)).abs() < 1e-15);
        assert!((s.lr(2.0, 8) - 2.0).abs() < 1e-15);
        assert!(s.lr(2.0, 4) >= 0.0);
    }

    #[test]
    fn cosine_closed_form_matches_torchs_recursive_update() {
        // torch's CosineAnnealingLR.get_lr, iterated from lr = base:
        //   at the bottom of a period: lr + (base - η)(1 - cos(π/T)) / 2
        //   otherwise: (1 + cos(π t/T)) / (1 + cos(π (t-1)/T)) · (lr - η) + η
        let (base, eta, t_max) = (0.3, 0.01, 7u64);
        let s = CosineAnnealingLr::new(t_max, eta);
        let tf = t_max as f64;
        let pi = core::f64::consts::PI;
        let mut lr = base;
        for t in 1..=(3 * t_max) {
            lr = if (t - 1 + t_max) % (2 * t_max) == 0 {
                lr + (base - eta) * (1.0 - (pi / tf).cos()) / 2.0
            } else {
                let tt = t as f64;
                (1.0 + (pi * tt / tf).cos()) / (1.0 + (pi * (tt - 1.0) / tf).cos()) * (lr - eta)
                    + eta
            };
            assert!(
                (s.lr(base, t) - lr).abs() < 1e-12,
                "t = {t}: {} vs {lr}",
                s.lr(base, t)
            );
        }
    }

    #[test]
    fn step_and_linear_match_torch_by_hand() {
        // StepLR(step_size=3, gamma=0.1): 1, 1, 1, 0.1, 0.1, 0.1, 0.01
        let s = StepLr::new(3, 0.1);
        let got: [f64; 7] = core::array::from_fn(|t| s.lr(1.0, t as u64));
        let want = [1.0, 1.0, 1.0, 0.1, 0.1, 0.1, 0.1 * 0.1];
        assert!(got.iter().zip(want).all(|(g, w)| (g - w).abs() < 1e-16));
        // LinearLR(start_factor=1/3, end_factor=1, total_iters=4) with lr 0.9:
        // factors 1/3, 1/2, 2/3, 5/6, 1, 1.
        let l = LinearLr::new(1.0 / 3.0, 1.0, 4);
        for (t, f) in [1.0 / 3.0, 0.5, 2.0 / 3.0, 5.0 / 6.0, 1.0, 1.0]
            .iter()
            .enumerate()
        {
            assert!((l.lr(0.9, t as u64) - 0.9 * f).abs() < 1e-15);
        }
    }

    #[test]
    fn chain_multiplies_multiplicative_schedules() {
        let s = ExponentialLr::new(0.5).chain(StepLr::new(2, 0.1));
        // t = 3: 0.5^3 from the first, 0.1^1 from the second.
        assert!((s.lr(1.0, 3) - 0.125 * 0.1).abs() < 1e-17);
    }

    #[test]
    fn then_restarts_the_second_schedule() {
        let s = LinearLr::new(0.5, 1.0, 2).then(2, ExponentialLr::new(0.5));
        let lrs: [f64; 5] = core::array::from_fn(|t| s.lr(4.0, t as u64));
        assert_eq!(lrs, [2.0, 3.0, 4.0, 2.0, 1.0]);
    }

    #[test]
    fn scheduled_sets_the_rate_before_each_step_and_resets() {
        let mut opt = Scheduled::new(Sgd::with_state(1.0, [[0.0; 0]]), ExponentialLr::new(0.5));
        let mut x = [0.0];
        opt.step(&mut x, &[1.0]);
        opt.step(&mut x, &[1.0]);
        assert_eq!((x[0], opt.steps(), opt.lr()), (-1.5, 2, 0.25));
        opt.set_lr(2.0);
        assert_eq!(opt.lr(), 0.5);
        opt.reset();
        assert_eq!(opt.lr(), 2.0);
    }

    #[test]
    #[should_panic(expected = "invalid `gamma`: -1")]
    fn negative_gamma_panics() {
        let _ = ExponentialLr::new(-1.0);
    }
}
