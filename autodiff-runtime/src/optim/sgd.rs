//! Stochastic gradient descent with momentum, dampening, Nesterov momentum and
//! weight decay: torch.optim.SGD.

use num_traits::Float;

use super::builder::optimizer_api;
use super::error::{non_negative, unit_closed, OptimError};
use super::params::Params;
use super::state::{check_lengths, DefaultState, StateBuffer, StepState};

/// The hyper-parameters of [`Sgd`], with torch.optim.SGD's defaults.
///
/// Fill it from user input and call [`Sgd::try_new`] (or [`Sgd::try_with_state`]) to
/// get an error instead of a panic for invalid values.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{OptimError, Sgd, SgdConfig};
///
/// let cfg = SgdConfig { lr: 0.1, nesterov: true, ..SgdConfig::default() };
/// assert_eq!(Sgd::try_new(cfg).unwrap_err(), OptimError::NesterovRequiresMomentum);
/// let opt = Sgd::try_new(SgdConfig { momentum: 0.9, ..cfg }).unwrap();
/// assert_eq!(opt.config().momentum, 0.9);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SgdConfig<T = f64> {
    /// Learning rate γ (torch's default `1e-3`).
    pub lr: T,
    /// Momentum factor μ (default 0: no momentum buffer is kept).
    pub momentum: T,
    /// Dampening τ of the gradient entering the momentum buffer, in `[0, 1]` (default 0).
    pub dampening: T,
    /// Nesterov momentum; needs `momentum > 0` and `dampening == 0` (default false).
    pub nesterov: bool,
    /// L2 penalty λ added to the gradient as `λ θ` (default 0).
    pub weight_decay: T,
    /// Ascend instead of descend (default false).
    pub maximize: bool,
}

impl<T: Float> Default for SgdConfig<T> {
    fn default() -> Self {
        SgdConfig {
            lr: T::from(1e-3).unwrap_or_else(T::epsilon),
            momentum: T::zero(),
            dampening: T::zero(),
            nesterov: false,
            weight_decay: T::zero(),
            maximize: false,
        }
    }
}

impl<T: Float> SgdConfig<T> {
    /// Checks every value: `lr`, `momentum`, `weight_decay` finite and `>= 0`,
    /// `dampening` in `[0, 1]`, and `nesterov` only with `momentum > 0` and
    /// `dampening == 0`.
    pub fn validate(&self) -> Result<(), OptimError> {
        non_negative("lr", self.lr)?;
        non_negative("momentum", self.momentum)?;
        unit_closed("dampening", self.dampening)?;
        non_negative("weight_decay", self.weight_decay)?;
        if self.nesterov && (self.momentum <= T::zero() || self.dampening != T::zero()) {
            return Err(OptimError::NesterovRequiresMomentum);
        }
        Ok(())
    }
}

/// Stochastic gradient descent, torch.optim.SGD.
///
/// Per parameter θ with gradient g, at step t (μ momentum, τ dampening, λ weight
/// decay, γ learning rate; b is the momentum buffer):
///
/// ```text
/// g ← -g                              if maximize
/// g ← g + λ θ                         if λ ≠ 0
/// if μ ≠ 0:
///     b ← g                           at t = 1
///     b ← μ b + (1 - τ) g             at t > 1
///     g ← g + μ b  if nesterov,  else  g ← b
/// θ ← θ - γ g
/// ```
///
/// `maximize` negates the gradient first, as torch's implementation does (its
/// documentation pseudo-code flips the sign of the final update instead, which
/// differs only when combined with weight decay).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Optimizer, Sgd};
///
/// let mut opt = Sgd::new(0.1).momentum(0.9).nesterov(true);
/// let mut x = [1.0_f64];
/// opt.step(&mut x, &[1.0]); // b = 1, g = 1 + 0.9 * 1
/// assert!((x[0] - (1.0 - 0.1 * 1.9)).abs() < 1e-15);
/// ```
#[derive(Debug, Clone)]
pub struct Sgd<T = f64, S = DefaultState<T>> {
    cfg: SgdConfig<T>,
    /// The momentum buffer (used only when `momentum != 0`).
    state: StepState<S, 1>,
}

optimizer_api! {
    Sgd, SgdConfig, slots = 1;

    /// Plain SGD with learning rate `lr` and torch's defaults for everything else;
    /// the momentum buffer (if any) is a `Vec` sized on the first step.
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn new;

    /// Plain SGD over explicit state storage: `[buffer]` holds the momentum buffer,
    /// which is used only when `momentum != 0` (so it may be empty otherwise).
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::optim::{Optimizer, Sgd};
    ///
    /// let mut buf = [0.0f32; 3]; // caller-owned, e.g. a static in firmware
    /// let mut opt = Sgd::with_state(0.5, [&mut buf[..]]).momentum(0.5);
    /// let mut x = [0.0f32; 3];
    /// opt.step(&mut x, &[1.0, 2.0, 4.0]);
    /// opt.step(&mut x, &[1.0, 2.0, 4.0]);
    /// assert_eq!(x, [-1.25, -2.5, -5.0]); // -0.5 * (1 + 1.5) * g
    /// ```
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn with_state;

    /// Momentum factor μ (default 0).
    ///
    /// # Panics
    /// When `momentum` is negative or not finite, or is 0 while `nesterov` is on.
    fn momentum(momentum: T) => momentum = momentum;

    /// Dampening τ of the momentum buffer's input (default 0).
    ///
    /// # Panics
    /// When `dampening` is outside `[0, 1]`, or non-zero while `nesterov` is on.
    fn dampening(dampening: T) => dampening = dampening;

    /// Nesterov momentum (default false). Set `momentum` first.
    ///
    /// # Panics
    /// When enabled without `momentum > 0` and `dampening == 0`.
    fn nesterov(nesterov: bool) => nesterov = nesterov;

    /// L2 penalty λ (default 0).
    ///
    /// # Panics
    /// When `weight_decay` is negative or not finite.
    fn weight_decay(weight_decay: T) => weight_decay = weight_decay;

    /// Maximize the objective instead of minimizing it (default false).
    fn maximize(maximize: bool) => maximize = maximize;
}

impl<T: Float, S: StateBuffer<T>> Sgd<T, S> {
    /// One step of torch.optim.SGD's update (see the type's documentation).
    fn update<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P) {
        let st = &mut self.state;
        let n = params.param_count();
        check_lengths(n, grads.param_count(), st.len);
        let c = self.cfg;
        let first = st.len.is_none();
        let [buf] = &mut st.buffers;
        let mut buf = if c.momentum != T::zero() {
            if first {
                buf.init(n, T::zero());
            }
            Some(buf.slots(n))
        } else {
            None
        };
        st.len = Some(n);
        let mut i = 0;
        params.zip_params_mut(grads, &mut |p: &mut T, g: T| {
            let mut g = if c.maximize { -g } else { g };
            if c.weight_decay != T::zero() {
                g = g + c.weight_decay * *p;
            }
            if let Some(b) = buf.as_deref_mut() {
                b[i] = if first {
                    g
                } else {
                    c.momentum * b[i] + (T::one() - c.dampening) * g
                };
                g = if c.nesterov {
                    g + c.momentum * b[i]
                } else {
                    b[i]
                };
            }
            *p = *p - c.lr * g;
            i += 1;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optim::Optimizer;

    /// Runs `steps` steps of a 1-parameter optimizer on a fixed gradient sequence.
    fn run(opt: &mut dyn Optimizer<f64>, x0: f64, grads: &[f64]) -> f64 {
        let mut x = [x0];
        for &g in grads {
            opt.step(&mut x, &[g]);
        }
        x[0]
    }

    #[test]
    fn dampening_skips_the_first_step_and_scales_later_ones() {
        // torch: b1 = g1 (no dampening on the first step), b2 = μ b1 + (1 - τ) g2.
        let (mu, tau, lr) = (0.9, 0.5, 0.1);
        let mut opt = Sgd::with_state(lr, [[0.0; 1]]).momentum(mu).dampening(tau);
        let g = [2.0, -1.0, 4.0];
        let b1 = g[0];
        let b2 = mu * b1 + (1.0 - tau) * g[1];
        let b3 = mu * b2 + (1.0 - tau) * g[2];
        let want = 1.0 - lr * b1 - lr * b2 - lr * b3;
        assert!((run(&mut opt, 1.0, &g) - want).abs() < 1e-15);
    }

    #[test]
    fn weight_decay_and_maximize_follow_torch_implementation_order() {
        // g ← -g, then g ← g + λθ, then θ ← θ - γ g.
        let (lr, wd) = (0.1, 0.2);
        let mut opt = Sgd::with_state(lr, [[0.0; 0]])
            .weight_decay(wd)
            .maximize(true);
        let x1 = 2.0 - lr * (-3.0 + wd * 2.0); // 2.26
        let x2 = x1 - lr * (-1.0 + wd * x1);
        assert!((run(&mut opt, 2.0, &[3.0, 1.0]) - x2).abs() < 1e-15);
        assert!((x1 - 2.26f64).abs() < 1e-15);
    }

    #[test]
    fn reset_restarts_the_momentum_buffer() {
        let mut opt = Sgd::with_state(1.0, [[0.0; 1]]).momentum(0.5);
        run(&mut opt, 0.0, &[1.0, 1.0]);
        opt.reset();
        // After reset the buffer is re-seeded with g: a single step moves by lr * g.
        assert_eq!(run(&mut opt, 0.0, &[3.0]), -3.0);
    }

    #[test]
    #[should_panic(expected = "invalid `lr`: -0.1")]
    fn negative_lr_panics_at_construction() {
        let _ = Sgd::with_state(-0.1, [[0.0f64; 0]]);
    }

    #[test]
    #[should_panic(expected = "`nesterov` requires `momentum` > 0")]
    fn nesterov_without_momentum_panics_where_set() {
        let _ = Sgd::with_state(0.1, [[0.0f64; 1]]).nesterov(true);
    }

    #[test]
    #[should_panic(expected = "`nesterov` requires")]
    fn dampening_after_nesterov_panics() {
        let _ = Sgd::with_state(0.1, [[0.0f64; 1]])
            .momentum(0.9)
            .nesterov(true)
            .dampening(0.1);
    }

    #[test]
    fn try_with_state_reports_instead_of_panicking() {
        let bad = SgdConfig {
            weight_decay: f64::NAN,
            ..SgdConfig::default()
        };
        match Sgd::try_with_state(bad, [[0.0; 0]]) {
            Err(OptimError::InvalidValue { name, .. }) => assert_eq!(name, "weight_decay"),
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    #[should_panic(expected = "`params` has 2 elements but `grads` has 1")]
    fn mismatched_lengths_panic() {
        Sgd::with_state(0.1, [[0.0f64; 0]]).step(&mut [1.0, 2.0][..], &[1.0][..]);
    }

    #[test]
    #[should_panic(expected = "sized for 1 parameters")]
    fn changing_the_parameter_count_panics() {
        let mut opt = Sgd::with_state(0.1, [[0.0f64; 0]]);
        opt.step(&mut [1.0], &[1.0]);
        opt.step(&mut [1.0, 2.0], &[1.0, 1.0]);
    }

    #[test]
    fn default_config_matches_torch() {
        let c = SgdConfig::<f64>::default();
        assert_eq!(
            (c.lr, c.momentum, c.dampening, c.weight_decay),
            (1e-3, 0.0, 0.0, 0.0)
        );
        assert!(!c.nesterov && !c.maximize);
    }
}
