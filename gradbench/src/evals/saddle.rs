//! `saddle`: the saddle point of `f(p, q) = (p₁² + p₂²) - (q₁² + q₂²)` as
//! `min over p of max over q of f(p, q)`, both by gradient descent from the same start.
//! The outer descent's objective, `max over q of f(p, q)`, runs the inner descent with
//! `f`'s gradient in `q`; the outer descent needs the objective's gradient in `p`,
//! which `#[differentiable]` generates through the inner descent and its derivative
//! calls (nested differentiation). The variants `ff`, `fr`, `rf`, `rr` name the outer
//! mode, then the inner one.

use super::descent::{argmax, argmin, variant, Mode};
use crate::protocol::{field, vec_of, EvalError, Evaluated, Runs};
use serde_json::{json, Value};

// the problem's functions, from `saddle_f` to `saddle`: one file with the example
// `saddle`
#[path = "../../../examples/support/saddle_problem.rs"]
mod problem;

pub use problem::*;

/// Answers `ff`, `fr`, `rf` or `rr`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let (outer, inner) =
        variant(function).ok_or_else(|| super::unknown_function("saddle", function))?;
    let start: [f64; 2] = vec_of(field(input, "start")?, "start")?
        .try_into()
        .map_err(|_| "`start` does not have 2 elements".to_string())?;
    let (point, timings) = Runs::of(input).measure(|| saddle(start, outer, inner));
    Ok(Evaluated {
        output: json!(point),
        timings,
    })
}
