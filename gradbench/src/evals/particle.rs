//! `particle`: a charged particle starts at (0, 8) with velocity (0.75, 0) in the field
//! of two unit charges at (10, 10 - w) and (10, 0); the control `w` is chosen by
//! gradient descent so that the particle crosses the x axis at the origin (the squared
//! miss distance is minimised). Each Euler step of the trajectory takes the force as
//! the potential's gradient; the descent takes the miss distance's derivative in `w`,
//! which `#[differentiable]` generates through those gradients (nested
//! differentiation). The variants `ff`, `fr`, `rf`, `rr` name the mode of the descent's
//! derivative, then the mode of the force.

use super::descent::{argmin, variant, Mode};
use crate::protocol::{f64_of, field, EvalError, Evaluated, Runs};
use serde_json::{json, Value};

// the problem's functions, from `potential` to `particle`: one file with the example
// `particle`
#[path = "../../../examples/support/particle_problem.rs"]
mod problem;

pub use problem::*;

/// Answers `ff`, `fr`, `rf` or `rr`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let (outer, inner) =
        variant(function).ok_or_else(|| super::unknown_function("particle", function))?;
    let w0 = f64_of(field(input, "w")?, "w")?;
    let (w, timings) = Runs::of(input).measure(|| particle(w0, outer, inner));
    Ok(Evaluated {
        output: json!(w),
        timings,
    })
}
