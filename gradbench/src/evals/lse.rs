//! `lse`: log-sum-exp with the max trick, and its gradient.

use crate::protocol::{field, vec_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// `a + log Σ exp(xᵢ - a)`, which is `log Σ exp(xᵢ)` whatever the shift `a`; the
/// shift is a constant here (outside `wrt`), as JAX's `logsumexp` stops the gradient
/// of its maximum: the gradient with respect to `x` is the same for every `a`.
#[differentiable(wrt(x))]
pub fn shifted_logsumexp(x: &[f64], a: f64) -> f64 {
    a + x.iter().map(|v| (v - a).exp()).sum::<f64>().ln()
}

/// `log Σ exp(xᵢ)`, computed with the shift `a = max x` so that no exponential
/// overflows.
pub fn logsumexp(x: &[f64]) -> f64 {
    shifted_logsumexp(x, max(x))
}

/// The largest element (`-∞` for none).
pub fn max(x: &[f64]) -> f64 {
    x.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

/// The gradient of [`logsumexp`] into `g`.
pub fn gradient(x: &[f64], g: &mut [f64]) {
    shifted_logsumexp_grad(x, g, max(x));
}

/// Answers `primal` or `gradient`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let x = vec_of(field(input, "x")?, "x")?;
    let runs = Runs::of(input);
    let (output, timings) = match function {
        "primal" => {
            let (y, t) = runs.measure(|| logsumexp(&x));
            (json!(y), t)
        }
        "gradient" => {
            let mut g = vec![0.0; x.len()];
            let ((), t) = runs.measure(|| gradient(&x, &mut g));
            (json!(g), t)
        }
        other => return Err(super::unknown_function("lse", other)),
    };
    Ok(Evaluated { output, timings })
}
