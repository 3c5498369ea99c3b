//! The gradient descent of GradBench's `saddle` and `particle` evals and their four
//! variants: the files the examples of the same problems use, one copy.

// the solver, step for step as GradBench's (its step-size rule decides the results
// those evals expect)
#[path = "../../../examples/support/gd.rs"]
mod gd;
// the derivative modes of a variant
#[path = "../../../examples/support/variant.rs"]
mod variant;

pub use gd::{argmax, argmin};
pub use variant::{variant, Mode};
