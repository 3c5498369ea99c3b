use differentiable::differentiable;

#[differentiable(wrt(x, a))]
fn affine(x: f64, a: f64, b: f64) -> f64 {
    a * x + b
}

// Two constants, of which the callee differentiates one: the macro cannot tell
// which, so the one outside the callee's `wrt(..)` must be marked `no_grad(..)`.
#[differentiable]
fn f(x: f64) -> f64 {
    affine(x, 2.0, 0.5)
}

fn main() {}
