use differentiable::{differentiable, no_grad};

#[differentiable(wrt(x))]
fn scaled(x: f64, c: f64) -> f64 {
    c * x * x
}

// `y` is active in the caller, but `scaled` does not differentiate `c`: the derivative
// with respect to `y` would be lost.
#[differentiable]
fn f(x: f64, y: f64) -> f64 {
    scaled(x, no_grad(y))
}

fn main() {}
