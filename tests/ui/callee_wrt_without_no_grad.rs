use differentiable::differentiable;

#[differentiable(wrt(x))]
fn scaled(x: f64, c: f64) -> f64 {
    c * x * x
}

// A float passed to a parameter outside the callee's `wrt(..)` must be marked
// `no_grad(0.5)`: the macro cannot see the callee's attribute, and passes a zero
// tangent for an unmarked float, which `scaled_jvp` does not take.
#[differentiable]
fn f(x: f64) -> f64 {
    scaled(x, 0.5)
}

fn main() {}
