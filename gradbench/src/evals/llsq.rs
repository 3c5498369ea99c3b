//! `llsq`: a linear least-squares objective (cmpad's `llsq_obj`) and its gradient.

use crate::protocol::{field, usize_of, vec_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// `½ Σᵢ (sᵢ - Σⱼ xⱼ tᵢʲ)²` with `tᵢ = -1 + 2i/(n-1)` and `sᵢ = sign(tᵢ)`.
#[differentiable(wrt(x))]
pub fn objective(x: &[f64], n: usize) -> f64 {
    let mut sum = 0.0;
    for i in 0..n {
        let ti = -1.0 + (i as f64) * 2.0 / ((n as f64) - 1.0);
        let si = if ti > 0.0 {
            1.0
        } else if ti < 0.0 {
            -1.0
        } else {
            0.0
        };
        let mut inner = si;
        let mut mul = 1.0;
        for &xj in x.iter() {
            inner -= xj * mul;
            mul *= ti;
        }
        sum += inner * inner;
    }
    sum / 2.0
}

/// Answers `primal` or `gradient`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let x = vec_of(field(input, "x")?, "x")?;
    let n = usize_of(field(input, "n")?, "n")?;
    let runs = Runs::of(input);
    let (output, timings) = match function {
        "primal" => {
            let (y, t) = runs.measure(|| objective(&x, n));
            (json!(y), t)
        }
        "gradient" => {
            let mut g = vec![0.0; x.len()];
            let (_, t) = runs.measure(|| objective_grad(&x, &mut g, n));
            (json!(g), t)
        }
        other => return Err(super::unknown_function("llsq", other)),
    };
    Ok(Evaluated { output, timings })
}
