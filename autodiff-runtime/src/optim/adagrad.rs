//! Adagrad: torch.optim.Adagrad.

use num_traits::Float;

use super::builder::optimizer_api;
use super::error::{non_negative, OptimError};
use super::params::Params;
use super::state::{check_lengths, DefaultState, StateBuffer, StepState};

/// The hyper-parameters of [`Adagrad`], with torch.optim.Adagrad's defaults.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Adagrad, AdagradConfig};
///
/// let cfg = AdagradConfig { lr: 0.5, eps: -1.0, ..AdagradConfig::default() };
/// assert!(Adagrad::try_new(cfg).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdagradConfig<T = f64> {
    /// Learning rate γ (default `1e-2`).
    pub lr: T,
    /// Learning-rate decay η: step t uses `γ / (1 + (t - 1) η)` (default 0).
    pub lr_decay: T,
    /// L2 penalty λ added to the gradient (default 0).
    pub weight_decay: T,
    /// Starting value of the sum of squared gradients (default 0).
    pub initial_accumulator_value: T,
    /// Added to the square root of the sum, for stability (default `1e-10`).
    pub eps: T,
    /// Ascend instead of descend (default false).
    pub maximize: bool,
}

impl<T: Float> Default for AdagradConfig<T> {
    fn default() -> Self {
        AdagradConfig {
            lr: T::from(1e-2).unwrap_or_else(T::epsilon),
            lr_decay: T::zero(),
            weight_decay: T::zero(),
            initial_accumulator_value: T::zero(),
            eps: T::from(1e-10).unwrap_or_else(T::min_positive_value),
            maximize: false,
        }
    }
}

impl<T: Float> AdagradConfig<T> {
    /// Checks that every value is finite and `>= 0`.
    pub fn validate(&self) -> Result<(), OptimError> {
        non_negative("lr", self.lr)?;
        non_negative("lr_decay", self.lr_decay)?;
        non_negative("weight_decay", self.weight_decay)?;
        non_negative("initial_accumulator_value", self.initial_accumulator_value)?;
        non_negative("eps", self.eps)
    }
}

/// Adagrad, torch.optim.Adagrad.
///
/// Per parameter θ with gradient g, at step t (s the running sum of squared
/// gradients, starting at `initial_accumulator_value`):
///
/// ```text
/// g ← -g                          if maximize
/// g ← g + λ θ                     if λ ≠ 0
/// γ̃ ← γ / (1 + (t - 1) η)
/// s ← s + g²
/// θ ← θ - γ̃ g / (√s + ε)
/// ```
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Adagrad, Optimizer};
///
/// let mut opt = Adagrad::new(0.5);
/// let mut x = [1.0_f64];
/// opt.step(&mut x, &[4.0]); // s = 16: x = 1 - 0.5 * 4 / (4 + 1e-10)
/// assert!((x[0] - 0.5).abs() < 1e-10);
/// ```
#[derive(Debug, Clone)]
pub struct Adagrad<T = f64, S = DefaultState<T>> {
    cfg: AdagradConfig<T>,
    /// The sum of squared gradients.
    state: StepState<S, 1>,
}

optimizer_api! {
    Adagrad, AdagradConfig, slots = 1;

    /// Adagrad with learning rate `lr` and torch's defaults for everything else;
    /// the state is a `Vec` sized on the first step.
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn new;

    /// Adagrad over explicit storage: `[sum]` holds the sum of squared gradients.
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn with_state;

    /// Learning-rate decay η (default 0).
    ///
    /// # Panics
    /// When `lr_decay` is negative or not finite.
    fn lr_decay(lr_decay: T) => lr_decay = lr_decay;

    /// L2 penalty λ (default 0).
    ///
    /// # Panics
    /// When `weight_decay` is negative or not finite.
    fn weight_decay(weight_decay: T) => weight_decay = weight_decay;

    /// Starting value of the sum of squared gradients (default 0).
    ///
    /// # Panics
    /// When `initial_accumulator_value` is negative or not finite.
    fn initial_accumulator_value(initial_accumulator_value: T) =>
        initial_accumulator_value = initial_accumulator_value;

    /// Stability term ε (default `1e-10`).
    ///
    /// # Panics
    /// When `eps` is negative or not finite.
    fn eps(eps: T) => eps = eps;

    /// Maximize the objective instead of minimizing it (default false).
    fn maximize(maximize: bool) => maximize = maximize;
}

impl<T: Float, S: StateBuffer<T>> Adagrad<T, S> {
    /// One step of torch.optim.Adagrad's update (see the type's documentation).
    fn update<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P) {
        let st = &mut self.state;
        let n = params.param_count();
        check_lengths(n, grads.param_count(), st.len);
        let c = self.cfg;
        let [sum] = &mut st.buffers;
        if st.len.is_none() {
            sum.init(n, c.initial_accumulator_value);
            st.len = Some(n);
        }
        let sum = sum.slots(n);
        st.t += 1;
        let steps_before = T::from(st.t - 1).unwrap_or_else(T::max_value);
        let clr = c.lr / (T::one() + steps_before * c.lr_decay);
        let mut i = 0;
        params.zip_params_mut(grads, &mut |p: &mut T, g: T| {
            let s = &mut sum[i];
            let mut g = if c.maximize { -g } else { g };
            if c.weight_decay != T::zero() {
                g = g + c.weight_decay * *p;
            }
            *s = *s + g * g;
            *p = *p - clr * g / (s.sqrt() + c.eps);
            i += 1;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optim::Optimizer;

    #[test]
    fn lr_decay_and_initial_accumulator_by_hand() {
        // γ = 1, η = 0.5, s0 = 1, ε = 0; gradients 3 then 4:
        // t=1: s = 1 + 9 = 10,  θ = 0 - 1/(1+0)   * 3 / √10
        // t=2: s = 10 + 16 = 26, θ -= 1/(1+0.5) * 4 / √26
        let mut opt = Adagrad::with_state(1.0, [[0.0; 1]])
            .lr_decay(0.5)
            .initial_accumulator_value(1.0)
            .eps(0.0);
        let mut x = [0.0];
        opt.step(&mut x, &[3.0]);
        let x1 = -3.0 / 10f64.sqrt();
        assert!((x[0] - x1).abs() < 1e-15);
        opt.step(&mut x, &[4.0]);
        let x2 = x1 - (1.0 / 1.5) * 4.0 / 26f64.sqrt();
        assert!((x[0] - x2).abs() < 1e-15);
    }

    #[test]
    fn weight_decay_and_maximize() {
        // g' = -g + λθ = -2 + 0.5 * 4 = 0 at the first step: θ stays; s stays 0 + 0.
        // second step g = 1: g' = -1 + 2 = 1, s = 1, θ = 4 - 0.1 * 1 / (1 + 1e-10).
        let mut opt = Adagrad::with_state(0.1, [[0.0; 1]])
            .weight_decay(0.5)
            .maximize(true);
        let mut x = [4.0];
        opt.step(&mut x, &[2.0]);
        assert_eq!(x[0], 4.0);
        opt.step(&mut x, &[1.0]);
        assert!((x[0] - (4.0 - 0.1 / (1.0 + 1e-10))).abs() < 1e-15);
    }

    #[test]
    fn reset_restarts_step_count_and_accumulator() {
        let mut a = Adagrad::with_state(1.0, [[0.0; 1]]).lr_decay(1.0);
        let mut x = [0.0];
        a.step(&mut x, &[5.0]);
        a.step(&mut x, &[5.0]);
        a.reset();
        let mut y = [0.0];
        a.step(&mut y, &[2.0]);
        // Fresh state: s = 4, undecayed lr: y = -2 / (2 + eps).
        assert!((y[0] + 1.0).abs() < 1e-9);
    }

    #[test]
    #[should_panic(expected = "invalid `lr_decay`")]
    fn negative_lr_decay_panics() {
        let _ = Adagrad::with_state(0.1, [[0.0f32; 1]]).lr_decay(-1.0);
    }
}
