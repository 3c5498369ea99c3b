//! The property test of `#[differentiable]`: seeded random programs from the supported
//! grammar, generated at build time by `build.rs` and checked against num-dual and
//! against each other (see README.md).
//!
//! This library is the generator: the test targets use it only to print the source of a
//! failing program, and `src/main.rs` (`cargo run -p random-programs -- ...`) prints
//! programs, statistics and the frozen corpus.

#![forbid(unsafe_code)]

pub mod gen;

pub use gen::{programs, source_of, Config};
