//! GradBench's `saddle` problem with nested derivatives: the saddle point of
//! `f(p, q) = (p₁² + p₂²) - (q₁² + q₂²)`, as `min over p of max over q of f(p, q)`,
//! both by gradient descent. The objective of the outer descent, `max over q of
//! f(p, q)`, runs the inner descent with derivatives of `f`; the outer descent needs
//! its derivative, which differentiates the inner descent's derivatives (nested
//! differentiation). Each of the two can be forward or reverse mode: the variants
//! `ff`, `fr`, `rf` and `rr` (outer mode first).
//!
//! The problem's functions are in `support/saddle_problem.rs` (the GradBench tool in
//! `gradbench/` answers the eval with the same file): `saddle_f` is the
//! `#[differentiable]` function `f`; `max_over_q_inner_rev` / `_fwd` are the inner
//! descent, written out in a differentiable body that calls `saddle_f_grad` /
//! `saddle_f_jvp`; `outer_gradient` differentiates those in turn (`_grad` or `_jvp`);
//! `saddle` runs the outer descent of `support/gd.rs` with it.
//!
//! Run with `cargo run --release --example saddle`.

// the descent, step for step as GradBench's
#[path = "support/gd.rs"]
mod gd;
// `Mode` and the four variants
#[path = "support/variant.rs"]
mod variant;
// the problem, from `saddle_f` to `saddle`
#[path = "support/saddle_problem.rs"]
mod problem;

use gd::{argmax, argmin};
pub use problem::*;
pub use variant::Mode;

#[allow(dead_code)]
fn main() {
    for name in variant::VARIANT_NAMES {
        let (outer, inner) = variant::variant(name).expect("a variant's name");
        println!("{name}: {:?}", saddle([1.0, 1.0], outer, inner));
    }
}
