//! `lse`: log-sum-exp with the max trick, and its gradient.

use crate::protocol::{field, vec_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// `log Σ exp(xᵢ)`, computed as `a + log Σ exp(xᵢ - a)` with `a = max x`.
#[differentiable]
pub fn logsumexp(x: &[f64]) -> f64 {
    let a = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    a + x.iter().map(|v| (v - a).exp()).sum::<f64>().ln()
}

/// The gradient of [`logsumexp`] into `g`.
pub fn gradient(x: &[f64], g: &mut [f64]) {
    logsumexp_grad(x, g);
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
