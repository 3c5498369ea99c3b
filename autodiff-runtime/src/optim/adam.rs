//! Adam and AMSGrad: torch.optim.Adam. The update rule here also serves
//! [`AdamW`](super::AdamW), which differs only in how weight decay enters.

use num_traits::Float;

use super::builder::optimizer_api;
use super::error::{non_negative, unit_open, OptimError};
use super::params::Params;
use super::state::{check_lengths, DefaultState, StateBuffer, StepState};

/// The hyper-parameters of [`Adam`], with torch.optim.Adam's defaults.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Adam, AdamConfig};
///
/// let cfg = AdamConfig { lr: 0.01, betas: (0.9, 0.99), amsgrad: true, ..AdamConfig::default() };
/// let opt = Adam::try_new(cfg).unwrap();
/// assert_eq!(opt.config().eps, 1e-8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdamConfig<T = f64> {
    /// Learning rate γ (default `1e-3`).
    pub lr: T,
    /// Decay rates (β₁, β₂) of the first and second moment estimates, each in
    /// `[0, 1)` (default `(0.9, 0.999)`).
    pub betas: (T, T),
    /// Added to the denominator, for stability (default `1e-8`).
    pub eps: T,
    /// L2 penalty λ added to the gradient (default 0). For decoupled weight decay
    /// use [`AdamW`](super::AdamW).
    pub weight_decay: T,
    /// Use the maximum of past second moments (AMSGrad; default false).
    pub amsgrad: bool,
    /// Ascend instead of descend (default false).
    pub maximize: bool,
}

impl<T: Float> Default for AdamConfig<T> {
    fn default() -> Self {
        AdamConfig {
            lr: T::from(1e-3).unwrap_or_else(T::epsilon),
            betas: default_betas(),
            eps: T::from(1e-8).unwrap_or_else(T::epsilon),
            weight_decay: T::zero(),
            amsgrad: false,
            maximize: false,
        }
    }
}

pub(crate) fn default_betas<T: Float>() -> (T, T) {
    (
        T::from(0.9).unwrap_or_else(T::zero),
        T::from(0.999).unwrap_or_else(T::zero),
    )
}

/// The checks shared by Adam and AdamW.
pub(crate) fn validate_adam<T: Float>(
    lr: T,
    betas: (T, T),
    eps: T,
    weight_decay: T,
) -> Result<(), OptimError> {
    non_negative("lr", lr)?;
    unit_open("betas.0", betas.0)?;
    unit_open("betas.1", betas.1)?;
    non_negative("eps", eps)?;
    non_negative("weight_decay", weight_decay)
}

impl<T: Float> AdamConfig<T> {
    /// Checks `lr`, `eps`, `weight_decay` finite and `>= 0`, and both betas in `[0, 1)`.
    pub fn validate(&self) -> Result<(), OptimError> {
        validate_adam(self.lr, self.betas, self.eps, self.weight_decay)
    }
}

/// One Adam update, shared by [`Adam`] (`l2 = λ`, `decoupled = 0`) and
/// [`AdamW`](super::AdamW) (`l2 = 0`, `decoupled = λ`).
#[derive(Clone, Copy)]
pub(crate) struct AdamRule<T> {
    pub(crate) lr: T,
    pub(crate) betas: (T, T),
    pub(crate) eps: T,
    pub(crate) l2: T,
    pub(crate) decoupled: T,
    pub(crate) amsgrad: bool,
    pub(crate) maximize: bool,
}

impl<T: Float> AdamRule<T> {
    /// One update of `params` with the state `[exp_avg, exp_avg_sq, max_exp_avg_sq]`
    /// (the last only with `amsgrad`).
    pub(crate) fn apply<S: StateBuffer<T>, P: ?Sized + Params<T>>(
        self,
        st: &mut StepState<S, 3>,
        params: &mut P,
        grads: &P,
    ) {
        let n = params.param_count();
        check_lengths(n, grads.param_count(), st.len);
        let [m, v, vmax] = &mut st.buffers;
        if st.len.is_none() {
            m.init(n, T::zero());
            v.init(n, T::zero());
            if self.amsgrad {
                vmax.init(n, T::zero());
            }
            st.len = Some(n);
        }
        let (m, v) = (m.slots(n), v.slots(n));
        let mut vmax = self.amsgrad.then(|| vmax.slots(n));
        st.t += 1;
        let t = T::from(st.t).unwrap_or_else(T::max_value);
        let (b1, b2) = self.betas;
        // torch: step_size = lr / (1 - β₁ᵗ), denom = √v / √(1 - β₂ᵗ) + ε.
        let step_size = self.lr / (T::one() - b1.powf(t));
        let bc2_sqrt = (T::one() - b2.powf(t)).sqrt();
        let shrink = T::one() - self.lr * self.decoupled;
        let mut i = 0;
        params.zip_params_mut(grads, &mut |p: &mut T, g: T| {
            let mut g = if self.maximize { -g } else { g };
            if self.decoupled != T::zero() {
                *p = *p * shrink;
            }
            if self.l2 != T::zero() {
                g = g + self.l2 * *p;
            }
            m[i] = b1 * m[i] + (T::one() - b1) * g;
            v[i] = b2 * v[i] + (T::one() - b2) * g * g;
            let second = match vmax.as_deref_mut() {
                Some(vm) => {
                    vm[i] = vm[i].max(v[i]);
                    vm[i]
                }
                None => v[i],
            };
            let denom = second.sqrt() / bc2_sqrt + self.eps;
            *p = *p - step_size * m[i] / denom;
            i += 1;
        });
    }
}

/// Adam, torch.optim.Adam (with `amsgrad`, AMSGrad).
///
/// Per parameter θ with gradient g, at step t (m, v, v̂ₘₐₓ start at 0):
///
/// ```text
/// g ← -g                              if maximize
/// g ← g + λ θ                         if λ ≠ 0
/// m ← β₁ m + (1 - β₁) g
/// v ← β₂ v + (1 - β₂) g²
/// v̂ₘₐₓ ← max(v̂ₘₐₓ, v);  v ← v̂ₘₐₓ in the next line   if amsgrad
/// θ ← θ - γ/(1 - β₁ᵗ) · m / (√v / √(1 - β₂ᵗ) + ε)
/// ```
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Adam, Optimizer};
///
/// let mut opt = Adam::new(0.01); // no annotation needed: f64
/// let mut x = [1.0_f64]; // parameters usually come typed from elsewhere
/// opt.step(&mut x, &[123.0]); // the first Adam step moves by lr (up to eps)
/// assert!((x[0] - 0.99).abs() < 1e-9);
/// ```
#[derive(Debug, Clone)]
pub struct Adam<T = f64, S = DefaultState<T>> {
    cfg: AdamConfig<T>,
    /// `[exp_avg, exp_avg_sq, max_exp_avg_sq]`; the last only with `amsgrad`.
    state: StepState<S, 3>,
}

optimizer_api! {
    Adam, AdamConfig, slots = 3;

    /// Adam with learning rate `lr` and torch's defaults for everything else; the
    /// state is in `Vec`s sized on the first step.
    ///
    /// # Panics
    /// When `lr` is negative or not finite.
    fn new;

    /// Adam over explicit storage: `[exp_avg, exp_avg_sq, max_exp_avg_sq]`. The
    /// last is used only with `amsgrad` and may be empty otherwise.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::optim::{Adam, Optimizer};
    ///
    /// // Two parameters, state held inside the optimizer: no heap at all.
    /// let mut opt: Adam<f32, [f32; 2]> = Adam::with_state(0.1, [[0.0; 2]; 3]);
    /// let mut x = [1.0f32, 1.0];
    /// opt.step(&mut x, &[1.0, -1.0]);
    /// assert!((x[0] - 0.9).abs() < 1e-6 && (x[1] - 1.1).abs() < 1e-6);
    /// ```
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

    /// L2 penalty λ added to the gradient (default 0).
    ///
    /// # Panics
    /// When `weight_decay` is negative or not finite.
    fn weight_decay(weight_decay: T) => weight_decay = weight_decay;

    /// AMSGrad (default false).
    fn amsgrad(amsgrad: bool) => amsgrad = amsgrad;

    /// Maximize the objective instead of minimizing it (default false).
    fn maximize(maximize: bool) => maximize = maximize;
}

impl<T: Float, S: StateBuffer<T>> Adam<T, S> {
    /// One step of torch.optim.Adam's update: weight decay enters the gradient.
    fn update<P: ?Sized + Params<T>>(&mut self, params: &mut P, grads: &P) {
        let c = &self.cfg;
        let rule = AdamRule {
            lr: c.lr,
            betas: c.betas,
            eps: c.eps,
            l2: c.weight_decay,
            decoupled: T::zero(),
            amsgrad: c.amsgrad,
            maximize: c.maximize,
        };
        rule.apply(&mut self.state, params, grads);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optim::Optimizer;

    #[test]
    fn amsgrad_uses_the_largest_second_moment_by_hand() {
        // β = (0.5, 0.5), ε = 0, γ = 1; gradients 4 then 0.
        // t=1: m = 2, v = 8, v̂ = 8; θ = -(1/0.5) * 2 / (√8/√0.5) = -4/4 = -1
        // t=2: m = 1, v = 4, v̂ = max(8, 4) = 8;
        //      θ = -1 - (1/0.75) * 1 / (√8/√0.75)
        // Without amsgrad the second step divides by √4/√0.75 instead.
        let run = |amsgrad| {
            let mut opt = Adam::with_state(1.0, [[0.0; 1]; 3])
                .betas(0.5, 0.5)
                .eps(0.0)
                .amsgrad(amsgrad);
            let mut x = [0.0];
            opt.step(&mut x, &[4.0]);
            assert!((x[0] + 1.0).abs() < 1e-15);
            opt.step(&mut x, &[0.0]);
            x[0]
        };
        let with = -1.0 - (1.0 / 0.75) / (8f64.sqrt() / 0.75f64.sqrt());
        let without = -1.0 - (1.0 / 0.75) / (4f64.sqrt() / 0.75f64.sqrt());
        assert!((run(true) - with).abs() < 1e-15);
        assert!((run(false) - without).abs() < 1e-15);
    }

    #[test]
    fn coupled_weight_decay_and_maximize() {
        // g' = -g + λθ = -1 + 0.5*4 = 1 → the first step moves θ down by γ (m̂/√v̂ = 1).
        let mut opt = Adam::with_state(0.1, [[0.0; 1]; 3])
            .weight_decay(0.5)
            .eps(0.0)
            .maximize(true);
        let mut x = [4.0];
        opt.step(&mut x, &[1.0]);
        assert!((x[0] - 3.9).abs() < 1e-15);
    }

    #[test]
    #[should_panic(expected = "invalid `betas.0`: 1")]
    fn beta_of_one_panics() {
        let _ = Adam::with_state(0.1, [[0.0f64; 1]; 3]).betas(1.0, 0.9);
    }

    #[test]
    fn set_lr_changes_the_step_size() {
        let mut opt = Adam::with_state(0.1, [[0.0; 1]; 3]);
        opt.set_lr(0.5);
        assert_eq!(opt.lr(), 0.5);
        let mut x = [0.0];
        opt.step(&mut x, &[3.0]);
        assert!((x[0] + 0.5).abs() < 1e-8);
    }
}
