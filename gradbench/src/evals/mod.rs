//! One module per GradBench eval. Each exposes the eval's functions as plain Rust
//! (for tests) and an `evaluate` that parses the input, times the function and
//! formats its output.

use crate::protocol::{EvalError, Evaluated};
use serde_json::Value;

pub mod ba;
pub mod descent;
pub mod det;
pub mod gmm;
pub mod hello;
pub mod ht;
pub mod kmeans;
pub mod llsq;
pub mod lse;
pub mod lstm;
pub mod ode;
pub mod particle;
pub mod saddle;

/// Whether a module is implemented: `Ok` for those this tool answers, an error naming
/// the others.
pub fn defined(module: &str) -> Result<(), EvalError> {
    match module {
        "hello" | "lse" | "llsq" | "det" | "kmeans" | "gmm" | "ode" | "lstm" | "ba" | "ht"
        | "saddle" | "particle" => Ok(()),
        other => Err(format!("unknown module `{other}`")),
    }
}

/// Runs `function` of `module` on `input`.
pub fn evaluate(module: &str, function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    defined(module)?;
    match module {
        "hello" => hello::evaluate(function, input),
        "lse" => lse::evaluate(function, input),
        "llsq" => llsq::evaluate(function, input),
        "det" => det::evaluate(function, input),
        "kmeans" => kmeans::evaluate(function, input),
        "gmm" => gmm::evaluate(function, input),
        "ode" => ode::evaluate(function, input),
        "lstm" => lstm::evaluate(function, input),
        "ba" => ba::evaluate(function, input),
        "ht" => ht::evaluate(function, input),
        "saddle" => saddle::evaluate(function, input),
        "particle" => particle::evaluate(function, input),
        _ => unreachable!("checked by `defined`"),
    }
}

/// The error for a function an eval does not have.
pub(crate) fn unknown_function(module: &str, function: &str) -> EvalError {
    format!("module `{module}` has no function `{function}`")
}
