//! `hello`: the square of a number, and its derivative.

use crate::protocol::{f64_of, EvalError, Evaluated};
use differentiable::differentiable;
use serde_json::json;
use serde_json::Value;

/// `x²`.
#[differentiable]
pub fn square(x: f64) -> f64 {
    x * x
}

/// The derivative of [`square`], `2x`.
pub fn double(x: f64) -> f64 {
    square_grad(x).1
}

/// Answers `square` or `double`; the input is a bare number and there are no runs to
/// repeat, so each is timed once.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let x = f64_of(input, "input")?;
    let f = match function {
        "square" => square,
        "double" => double,
        other => return Err(super::unknown_function("hello", other)),
    };
    let (y, timings) = crate::protocol::Runs::ONCE.measure(|| f(std::hint::black_box(x)));
    Ok(Evaluated {
        output: json!(y),
        timings,
    })
}
