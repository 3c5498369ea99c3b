//! The gradient descent of GradBench's `saddle` and `particle` evals (the solver the
//! examples of the same problems use, one copy), and their four variants.

/// A derivative mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Forward mode (`_jvp`).
    Forward,
    /// Reverse mode (`_grad`).
    Reverse,
}

/// The outer and inner modes of a variant, by its GradBench function name (`"rf"`:
/// reverse over forward), or `None` for another name.
pub fn variant(function: &str) -> Option<(Mode, Mode)> {
    use Mode::{Forward, Reverse};
    match function {
        "ff" => Some((Forward, Forward)),
        "fr" => Some((Forward, Reverse)),
        "rf" => Some((Reverse, Forward)),
        "rr" => Some((Reverse, Reverse)),
        _ => None,
    }
}

// the solver, step for step as GradBench's (its step-size rule decides the results
// those evals expect)
#[path = "../../../examples/support/gd.rs"]
mod gd;

pub use gd::{argmax, argmin};
