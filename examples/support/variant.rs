//! The four variants of GradBench's nested problems `saddle` and `particle`: the outer
//! derivative (the descent's) and the inner one (inside the function the descent
//! differentiates) are each forward or reverse mode.
// (each includer uses only some of these)
#![allow(dead_code)]

/// A derivative mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Forward mode (`_jvp`).
    Forward,
    /// Reverse mode (`_grad`).
    Reverse,
}

/// GradBench's names of the variants, outer mode first (`"rf"`: reverse over forward).
pub const VARIANT_NAMES: [&str; 4] = ["ff", "fr", "rf", "rr"];

/// The outer and inner modes of a variant, by its GradBench name (`"rf"`: reverse over
/// forward), or `None` for another name.
pub fn variant(name: &str) -> Option<(Mode, Mode)> {
    use Mode::{Forward, Reverse};
    match name {
        "ff" => Some((Forward, Forward)),
        "fr" => Some((Forward, Reverse)),
        "rf" => Some((Reverse, Forward)),
        "rr" => Some((Reverse, Reverse)),
        _ => None,
    }
}
