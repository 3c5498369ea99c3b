//! First-order optimizers with torch.optim's update rules and defaults, learning-rate
//! schedules, and a [`minimize`](fn@minimize) driver.
//!
//! | optimizer | torch.optim | state slots |
//! |---|---|---|
//! | [`Sgd`] (momentum, Nesterov, dampening) | `SGD` | 1 |
//! | [`Adagrad`] | `Adagrad` | 1 |
//! | [`RmsProp`] (centered, momentum) | `RMSprop` | 3 |
//! | [`Adam`] (AMSGrad) | `Adam` | 3 |
//! | [`AdamW`] (AMSGrad) | `AdamW` | 3 |
//!
//! A user reading the PyTorch documentation gets the same numbers: each type's docs
//! spell out its update, and the tests compare 40-step trajectories with an
//! independent implementation (optax configured to torch's rules) to 1e-9.
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use differentiable::optim::{Adam, Optimizer};
//!
//! // f(x) = (x0 - 3)^2 + (x1 + 1)^2
//! let grad = |x: &[f64], g: &mut [f64]| {
//!     g[0] = 2.0 * (x[0] - 3.0);
//!     g[1] = 2.0 * (x[1] + 1.0);
//! };
//! let mut opt = Adam::new(0.1);
//! let (mut x, mut g) = ([0.0, 0.0], [0.0; 2]);
//! for _ in 0..500 {
//!     grad(&x, &mut g);
//!     opt.step(&mut x, &g);
//! }
//! assert!((x[0] - 3.0).abs() < 1e-3 && (x[1] + 1.0).abs() < 1e-3);
//! ```
//!
//! # Hyper-parameters
//! Builders mirror torch's keyword arguments: `Sgd::new(lr).momentum(0.9).nesterov(true)`.
//! A setter given an invalid value panics at once with a message naming the argument,
//! like torch's `ValueError`; nothing is checked later inside `step`. For values that
//! come from user input, fill the public config struct (`SgdConfig`, ...) and call
//! `try_new`, which returns an [`OptimError`] instead.
//!
//! # State and allocation
//! State (momentum buffers, moment estimates) lives in a [`StateBuffer`]: a `Vec`
//! sized on the first step (`new`, needs `alloc`), or fixed arrays / caller-owned
//! slices (`with_state`), with which `step` never allocates and which work without
//! `alloc`. See [`StateBuffer`].
//!
//! # Learning-rate schedules
//! [`Scheduled`] wraps any optimizer and sets its learning rate from a
//! [`Schedule`] before every step; see the [`schedule`] module.

mod adagrad;
mod adam;
mod adamw;
mod builder;
mod error;
#[cfg(feature = "alloc")]
mod minimize;
mod params;
mod rmsprop;
pub mod schedule;
mod sgd;
mod state;

pub use adagrad::{Adagrad, AdagradConfig};
pub use adam::{Adam, AdamConfig};
pub use adamw::{AdamW, AdamWConfig};
pub use error::OptimError;
#[cfg(feature = "alloc")]
pub use minimize::{
    minimize, minimize_struct, minimize_with, MinimizeOptions, Minimized, Progress, StopReason,
};
pub use params::Params;
pub use rmsprop::{RmsProp, RmsPropConfig};
pub use schedule::{Schedule, Scheduled};
pub use sgd::{Sgd, SgdConfig};
pub use state::{DefaultState, StateBuffer};

/// A first-order optimizer: updates parameters in place from their gradient.
///
/// Object safe, so a driver can take `&mut dyn Optimizer<f64>` and be handed any of
/// the optimizers in this module (or a user's own).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Adam, Optimizer, Sgd};
///
/// fn descend(opt: &mut dyn Optimizer<f64>, x: &mut [f64]) {
///     for _ in 0..100 {
///         let g: [f64; 1] = [2.0 * x[0]]; // gradient of x^2
///         opt.step(x, &g);
///     }
/// }
/// let (mut a, mut b) = ([1.0], [1.0]);
/// descend(&mut Sgd::new(0.1), &mut a);
/// descend(&mut Adam::new(0.05), &mut b);
/// assert!(a[0].abs() < 1e-6 && b[0].abs() < 0.05);
/// ```
pub trait Optimizer<T> {
    /// Performs one update of `params` given `grads`, the gradient of the loss at
    /// `params` (torch's `optimizer.step()` after `loss.backward()`).
    ///
    /// The first call after construction or [`reset`](Self::reset) fixes the number
    /// of parameters the state is sized for.
    ///
    /// # Panics
    /// When `params` and `grads` differ in length, when the length differs from the
    /// first step's, or when fixed-size state holds fewer slots than there are
    /// parameters. Nothing else panics: hyper-parameters were checked when set.
    fn step(&mut self, params: &mut [T], grads: &[T]);

    /// Forgets all state (momentum, moment estimates, the step count), as if the
    /// optimizer were newly built with the same hyper-parameters. Growable state
    /// keeps its capacity.
    fn reset(&mut self);

    /// The learning rate the next step will use.
    fn lr(&self) -> T;

    /// Sets the learning rate for the following steps (what schedules call).
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn set_lr(&mut self, lr: T);
}

/// An [`Optimizer`] that also steps structured parameters: any [`Params`] (a slice,
/// an array, a `Vec`, a `#[derive(Differentiable)]` struct) with its gradient of the
/// same type, leaf by leaf in their fixed order, with exactly the numbers stepping the
/// flat view would give.
///
/// Implemented by every optimizer of this module and by [`Scheduled`] around one of
/// them; generic code over "an optimizer that can step a struct" takes `O:
/// ParamsOptimizer<T>`. (Not object safe: `&mut dyn Optimizer<T>` steps slices only.)
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Adam, ParamsOptimizer, Sgd};
///
/// fn descend<O: ParamsOptimizer<f64>>(opt: &mut O, x: &mut [f64; 2]) {
///     for _ in 0..200 {
///         let g = [2.0 * x[0], 2.0 * x[1]]; // gradient of |x|^2
///         opt.step_params(x, &g);
///     }
/// }
/// let (mut a, mut b) = ([1.0, -1.0], [1.0, -1.0]);
/// descend(&mut Sgd::new(0.1), &mut a);
/// descend(&mut Adam::new(0.05), &mut b);
/// assert!(a[0].abs() < 1e-6 && b[0].abs() < 0.05);
/// ```
pub trait ParamsOptimizer<T>: Optimizer<T> {
    /// One update of `params` given `grads`, as [`Optimizer::step`] on their flat
    /// views.
    ///
    /// # Panics
    /// As [`Optimizer::step`]: when the two differ in shape, or the number of leaves
    /// differs from the first step's.
    fn step_params<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P);
}

impl<T, O: ParamsOptimizer<T> + ?Sized> ParamsOptimizer<T> for &mut O {
    fn step_params<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P) {
        (**self).step_params(params, grads);
    }
}

impl<T, O: Optimizer<T> + ?Sized> Optimizer<T> for &mut O {
    fn step(&mut self, params: &mut [T], grads: &[T]) {
        (**self).step(params, grads);
    }
    fn reset(&mut self) {
        (**self).reset();
    }
    fn lr(&self) -> T {
        (**self).lr()
    }
    fn set_lr(&mut self, lr: T) {
        (**self).set_lr(lr);
    }
}

#[cfg(feature = "alloc")]
impl<T, O: Optimizer<T> + ?Sized> Optimizer<T> for alloc::boxed::Box<O> {
    fn step(&mut self, params: &mut [T], grads: &[T]) {
        (**self).step(params, grads);
    }
    fn reset(&mut self) {
        (**self).reset();
    }
    fn lr(&self) -> T {
        (**self).lr()
    }
    fn set_lr(&mut self, lr: T) {
        (**self).set_lr(lr);
    }
}
