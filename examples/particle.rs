//! GradBench's `particle` problem with nested derivatives: a charged particle starts
//! at (0, 8) with velocity (0.75, 0) in the field of two fixed charges at (10, 0) and
//! (10, 10 - w); the control `w` is chosen so that the particle crosses the x axis at
//! the origin, by gradient descent on the squared miss distance. Each Euler step of
//! the trajectory takes the gradient of the potential (the force); the descent takes
//! the derivative of the miss distance in `w`, which differentiates those gradients
//! (nested differentiation). Each of the two can be forward or reverse mode: the
//! variants `ff`, `fr`, `rf` and `rr` (outer mode first).
//!
//! The problem's functions are in `support/particle_problem.rs` (the GradBench tool in
//! `gradbench/` answers the eval with the same file): `potential` is the
//! `#[differentiable]` potential; `miss_inner_rev` / `_fwd` run the Euler steps in a
//! differentiable body that calls `potential_grad` / `potential_jvp` for the force;
//! `miss_derivative` differentiates those in turn (`_grad` or `_jvp`); `particle` runs
//! the descent of `support/gd.rs` with it.
//!
//! Run with `cargo run --release --example particle`.

// the descent, step for step as GradBench's
#[path = "support/gd.rs"]
mod gd;
// `Mode` and the four variants
#[path = "support/variant.rs"]
mod variant;
// the problem, from `potential` to `particle`
#[path = "support/particle_problem.rs"]
mod problem;

use gd::argmin;
pub use problem::*;
pub use variant::Mode;

#[allow(dead_code)]
fn main() {
    for name in variant::VARIANT_NAMES {
        let (outer, inner) = variant::variant(name).expect("a variant's name");
        println!("{name}: w = {}", particle(0.0, outer, inner));
    }
}
