//! AdamW, Adam with decoupled weight decay: torch.optim.AdamW.

use num_traits::Float;

use super::adam::{default_betas, validate_adam, AdamRule};
use super::builder::optimizer_api;
use super::error::OptimError;
use super::params::Params;
use super::state::{DefaultState, StateBuffer, StepState};

/// The hyper-parameters of [`AdamW`], with torch.optim.AdamW's defaults (those of
/// Adam, except `weight_decay = 1e-2`).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::AdamWConfig;
///
/// assert_eq!(AdamWConfig::<f64>::default().weight_decay, 1e-2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdamWConfig<T = f64> {
    /// Learning rate γ (default `1e-3`).
    pub lr: T,
    /// Decay rates (β₁, β₂), each in `[0, 1)` (default `(0.9, 0.999)`).
    pub betas: (T, T),
    /// Added to the denominator, for stability (default `1e-8`).
    pub eps: T,
    /// Decoupled weight decay λ: every step first scales θ by `1 - γ λ` (default `1e-2`).
    pub weight_decay: T,
    /// Use the maximum of past second moments (AMSGrad; default false).
    pub amsgrad: bool,
    /// Ascend instead of descend (default false).
    pub maximize: bool,
}

impl<T: Float> Default for AdamWConfig<T> {
    fn default() -> Self {
        AdamWConfig {
            lr: T::from(1e-3).unwrap_or_else(T::epsilon),
            betas: default_betas(),
            eps: T::from(1e-8).unwrap_or_else(T::epsilon),
            weight_decay: T::from(1e-2).unwrap_or_else(T::epsilon),
            amsgrad: false,
            maximize: false,
        }
    }
}

impl<T: Float> AdamWConfig<T> {
    /// Checks `lr`, `eps`, `weight_decay` finite and `>= 0`, and both betas in `[0, 1)`.
    pub fn validate(&self) -> Result<(), OptimError> {
        validate_adam(self.lr, self.betas, self.eps, self.weight_decay)
    }
}

/// AdamW, torch.optim.AdamW: Adam whose weight decay shrinks the parameters
/// directly instead of entering the gradient.
///
/// Per parameter θ with gradient g, at step t:
///
/// ```text
/// g ← -g                              if maximize
/// θ ← θ (1 - γ λ)
/// m ← β₁ m + (1 - β₁) g
/// v ← β₂ v + (1 - β₂) g²
/// v̂ₘₐₓ ← max(v̂ₘₐₓ, v);  v ← v̂ₘₐₓ in the next line   if amsgrad
/// θ ← θ - γ/(1 - β₁ᵗ) · m / (√v / √(1 - β₂ᵗ) + ε)
/// ```
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{AdamW, Optimizer};
///
/// let mut opt = AdamW::new(0.1).weight_decay(0.5);
/// let mut x = [2.0_f64];
/// opt.step(&mut x, &[0.0]); // zero gradient: only the decay acts
/// assert!((x[0] - 2.0 * (1.0 - 0.1 * 0.5)).abs() < 1e-15);
/// ```
#[derive(Debug, Clone)]
pub struct AdamW<T = f64, S = DefaultState<T>> {
    cfg: AdamWConfig<T>,
    /// `[exp_avg, exp_avg_sq, max_exp_avg_sq]`; the last only with `amsgrad`.
    state: StepState<S, 3>,
}

optimizer_api! {
    AdamW, AdamWConfig, slots = 3;

    /// AdamW with learning rate `lr` and torch's defaults for everything else
    /// (`weight_decay = 1e-2`); the state is in `Vec`s sized on the first step.
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn new;

    /// AdamW over explicit storage: `[exp_avg, exp_avg_sq, max_exp_avg_sq]`. The
    /// last is used only with `amsgrad` and may be empty otherwise.
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn with_state;

    /// Decay rates (β₁, β₂) of the moment estimates (default `(0.9, 0.999)`).
    ///
    /// # Panics
    /// When either is outside `[0, 1)`.
    fn betas(beta1: T, beta2: T) => betas = (beta1, beta2);

    /// Stability term ε (default `1e-8`).
    ///
    /// # Panics
    /// When `eps` is negative or not finite.
    fn eps(eps: T) => eps = eps;

    /// Decoupled weight decay λ (default `1e-2`).
    ///
    /// # Panics
    /// When `weight_decay` is negative or not finite.
    fn weight_decay(weight_decay: T) => weight_decay = weight_decay;

    /// AMSGrad (default false).
    fn amsgrad(amsgrad: bool) => amsgrad = amsgrad;

    /// Maximize the objective instead of minimizing it (default false).
    fn maximize(maximize: bool) => maximize = maximize;
}

impl<T: Float, S: StateBuffer<T>> AdamW<T, S> {
    /// One step of torch.optim.AdamW's update: weight decay shrinks the parameters.
    fn update<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P) {
        let c = &self.cfg;
        let rule = AdamRule {
            lr: c.lr,
            betas: c.betas,
            eps: c.eps,
            l2: T::zero(),
            decoupled: c.weight_decay,
            amsgrad: c.amsgrad,
            maximize: c.maximize,
        };
        rule.apply(&mut self.state, params, grads);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decay_is_applied_before_the_adam_step_by_hand() {
        // γ = 0.1, λ = 0.5, β = (0.5, 0.5), ε = 0, gradient 2 twice, θ0 = 1.
        // t=1: θ = 1 * 0.95 = 0.95; m = 1, v = 2; m̂ = 2, v̂ = 4 → θ = 0.95 - 0.1 = 0.85
        // t=2: θ = 0.85 * 0.95; m = 1.5, v = 3; m̂ = 2, v̂ = 4 → θ -= 0.1
        let mut opt = AdamW::with_state(0.1, [[0.0; 1]; 3])
            .weight_decay(0.5)
            .betas(0.5, 0.5)
            .eps(0.0);
        let mut x = [1.0];
        opt.step(&mut x, &[2.0]);
        assert!((x[0] - 0.85).abs() < 1e-15);
        opt.step(&mut x, &[2.0]);
        assert!((x[0] - (0.85 * 0.95 - 0.1)).abs() < 1e-15);
    }

    #[test]
    fn amsgrad_and_maximize() {
        // maximize: g' = -4 then 0; with amsgrad the second step divides by the
        // first step's second moment (as in Adam's hand-worked test).
        let mut opt = AdamW::with_state(1.0, [[0.0; 1]; 3])
            .weight_decay(0.0)
            .betas(0.5, 0.5)
            .eps(0.0)
            .amsgrad(true)
            .maximize(true);
        let mut x = [0.0];
        opt.step(&mut x, &[4.0]);
        assert!((x[0] - 1.0).abs() < 1e-15);
        opt.step(&mut x, &[0.0]);
        let want = 1.0 + (1.0 / 0.75) / (8f64.sqrt() / 0.75f64.sqrt());
        assert!((x[0] - want).abs() < 1e-15);
    }
}
