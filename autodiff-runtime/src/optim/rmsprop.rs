//! RMSprop, plain or centered, with optional momentum: torch.optim.RMSprop.

use num_traits::Float;

use super::builder::optimizer_api;
use super::error::{non_negative, unit_closed, OptimError};
use super::params::Params;
use super::state::{check_lengths, DefaultState, StateBuffer, StepState};

/// The hyper-parameters of [`RmsProp`], with torch.optim.RMSprop's defaults.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{RmsProp, RmsPropConfig};
///
/// let cfg = RmsPropConfig { lr: 0.01, centered: true, momentum: 0.9, ..RmsPropConfig::default() };
/// let opt = RmsProp::try_new(cfg).unwrap();
/// assert_eq!(opt.config().alpha, 0.99);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RmsPropConfig<T = f64> {
    /// Learning rate γ (default `1e-2`).
    pub lr: T,
    /// Smoothing constant α of the squared-gradient average, in `[0, 1]` (default 0.99).
    pub alpha: T,
    /// Added to the root-mean-square, for stability (default `1e-8`).
    pub eps: T,
    /// L2 penalty λ added to the gradient (default 0).
    pub weight_decay: T,
    /// Momentum factor μ (default 0).
    pub momentum: T,
    /// Normalise by the estimated variance instead of the second moment (default false).
    pub centered: bool,
    /// Ascend instead of descend (default false).
    pub maximize: bool,
}

impl<T: Float> Default for RmsPropConfig<T> {
    fn default() -> Self {
        RmsPropConfig {
            lr: T::from(1e-2).unwrap_or_else(T::epsilon),
            alpha: T::from(0.99).unwrap_or_else(T::one),
            eps: T::from(1e-8).unwrap_or_else(T::epsilon),
            weight_decay: T::zero(),
            momentum: T::zero(),
            centered: false,
            maximize: false,
        }
    }
}

impl<T: Float> RmsPropConfig<T> {
    /// Checks `lr`, `eps`, `weight_decay`, `momentum` finite and `>= 0`, and
    /// `alpha` in `[0, 1]` (torch only asks `alpha >= 0`; above 1 the average is
    /// not an average).
    pub fn validate(&self) -> Result<(), OptimError> {
        non_negative("lr", self.lr)?;
        unit_closed("alpha", self.alpha)?;
        non_negative("eps", self.eps)?;
        non_negative("weight_decay", self.weight_decay)?;
        non_negative("momentum", self.momentum)
    }
}

/// RMSprop, torch.optim.RMSprop.
///
/// Per parameter θ with gradient g (v the squared-gradient average, ḡ the gradient
/// average, b the momentum buffer, all starting at 0):
///
/// ```text
/// g ← -g                              if maximize
/// g ← g + λ θ                         if λ ≠ 0
/// v ← α v + (1 - α) g²
/// ḡ ← α ḡ + (1 - α) g                 if centered
/// d ← √(v - ḡ²) + ε  if centered,  else  d ← √v + ε
/// if μ > 0:  b ← μ b + g / d;  θ ← θ - γ b
/// else:      θ ← θ - γ g / d
/// ```
///
/// In the centered form `v - ḡ²` is a variance, non-negative in exact arithmetic;
/// it is clamped at 0 so that rounding cannot produce `NaN` where torch would.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Optimizer, RmsProp};
///
/// let mut opt = RmsProp::new(0.01).alpha(0.75);
/// let mut x = [1.0_f64];
/// opt.step(&mut x, &[2.0]); // v = 0.25 * 4 = 1: x = 1 - 0.01 * 2 / (1 + 1e-8)
/// assert!((x[0] - 0.98).abs() < 1e-9);
/// ```
#[derive(Debug, Clone)]
pub struct RmsProp<T = f64, S = DefaultState<T>> {
    cfg: RmsPropConfig<T>,
    /// `[square_avg, momentum_buffer, grad_avg]`; the last two only when used.
    state: StepState<S, 3>,
}

optimizer_api! {
    RmsProp, RmsPropConfig, slots = 3;

    /// RMSprop with learning rate `lr` and torch's defaults for everything else;
    /// the state is in `Vec`s sized on the first step.
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn new;

    /// RMSprop over explicit storage: `[square_avg, momentum_buffer, grad_avg]`.
    /// The momentum buffer is used only when `momentum > 0` and the gradient
    /// average only when `centered`; unused slots may be empty.
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn with_state;

    /// Smoothing constant α (default 0.99).
    ///
    /// # Panics
    /// When `alpha` is outside `[0, 1]`.
    fn alpha(alpha: T) => alpha = alpha;

    /// Stability term ε (default `1e-8`).
    ///
    /// # Panics
    /// When `eps` is negative or not finite.
    fn eps(eps: T) => eps = eps;

    /// L2 penalty λ (default 0).
    ///
    /// # Panics
    /// When `weight_decay` is negative or not finite.
    fn weight_decay(weight_decay: T) => weight_decay = weight_decay;

    /// Momentum factor μ (default 0).
    ///
    /// # Panics
    /// When `momentum` is negative or not finite.
    fn momentum(momentum: T) => momentum = momentum;

    /// Centered RMSprop (default false).
    fn centered(centered: bool) => centered = centered;

    /// Maximize the objective instead of minimizing it (default false).
    fn maximize(maximize: bool) => maximize = maximize;
}

impl<T: Float, S: StateBuffer<T>> RmsProp<T, S> {
    /// One step of torch.optim.RMSprop's update (see the type's documentation).
    fn update<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P) {
        let st = &mut self.state;
        let n = params.param_count();
        check_lengths(n, grads.param_count(), st.len);
        let c = self.cfg;
        let use_momentum = c.momentum > T::zero();
        let [sq, mom, avg] = &mut st.buffers;
        if st.len.is_none() {
            sq.init(n, T::zero());
            if use_momentum {
                mom.init(n, T::zero());
            }
            if c.centered {
                avg.init(n, T::zero());
            }
            st.len = Some(n);
        }
        let sq = sq.slots(n);
        let mut mom = use_momentum.then(|| mom.slots(n));
        let mut avg = c.centered.then(|| avg.slots(n));
        let decay = T::one() - c.alpha;
        let mut i = 0;
        params.zip_params_mut(grads, &mut |p: &mut T, g: T| {
            let mut g = if c.maximize { -g } else { g };
            if c.weight_decay != T::zero() {
                g = g + c.weight_decay * *p;
            }
            sq[i] = c.alpha * sq[i] + decay * g * g;
            let rms = match avg.as_deref_mut() {
                Some(a) => {
                    a[i] = c.alpha * a[i] + decay * g;
                    (sq[i] - a[i] * a[i]).max(T::zero()).sqrt()
                }
                None => sq[i].sqrt(),
            };
            let denom = rms + c.eps;
            match mom.as_deref_mut() {
                Some(b) => {
                    b[i] = c.momentum * b[i] + g / denom;
                    *p = *p - c.lr * b[i];
                }
                None => *p = *p - c.lr * g / denom,
            }
            i += 1;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centered_with_momentum_by_hand() {
        // α = 0.5, ε = 0, μ = 0.9, γ = 0.1; gradients 2 then -2.
        // t=1: v = 0.5*4 = 2, ḡ = 0.5*2 = 1, d = √(2 - 1) = 1, b = 2/1 = 2, θ = -0.2
        // t=2: v = 0.5*2 + 0.5*4 = 3, ḡ = 0.5*1 + 0.5*(-2) = -0.5, d = √(3 - 0.25) = √2.75,
        //      b = 0.9*2 + (-2)/√2.75, θ = -0.2 - 0.1 b
        let mut opt = RmsProp::with_state(0.1, [[0.0; 1]; 3])
            .alpha(0.5)
            .eps(0.0)
            .momentum(0.9)
            .centered(true);
        let mut x = [0.0];
        opt.step(&mut x, &[2.0]);
        assert!((x[0] + 0.2).abs() < 1e-15);
        opt.step(&mut x, &[-2.0]);
        let b2 = 1.8 - 2.0 / 2.75f64.sqrt();
        assert!((x[0] - (-0.2 - 0.1 * b2)).abs() < 1e-15);
    }

    #[test]
    fn unused_slots_may_be_empty_caller_buffers() {
        let mut sq = [0.0f32; 2];
        let mut opt = RmsProp::with_state(0.1, [&mut sq[..], &mut [][..], &mut [][..]]);
        let mut x = [1.0f32, 1.0];
        opt.step(&mut x, &[1.0, -1.0]);
        // v = 0.01 g²: |step| = 0.1 * 1 / (0.1 + 1e-8)
        assert!((x[0] - 0.0).abs() < 1e-6 && (x[1] - 2.0).abs() < 1e-6);
    }

    #[test]
    fn weight_decay_and_maximize() {
        // g' = -1 + 0.5 * 2 = 0: nothing moves, v stays 0.
        let mut opt = RmsProp::with_state(0.1, [[0.0; 1]; 3])
            .weight_decay(0.5)
            .maximize(true);
        let mut x = [2.0];
        opt.step(&mut x, &[1.0]);
        assert_eq!(x[0], 2.0);
    }

    #[test]
    #[should_panic(expected = "invalid `alpha`: 1.5")]
    fn alpha_above_one_panics() {
        let _ = RmsProp::with_state(0.1, [[0.0f64; 1]; 3]).alpha(1.5);
    }
}
