use differentiable::differentiable;

#[differentiable(wrt(x))]
fn scaled(x: f64, c: f64) -> f64 {
    c * x * x
}

// An active value passed to a parameter outside the callee's `wrt(..)`: its
// derivative would be lost, so the call is an error saying to add the parameter to
// `wrt(..)` or to pass `no_grad(y)`. (A constant there needs neither.)
#[differentiable]
fn f(x: f64, y: f64) -> f64 {
    scaled(x, y)
}

fn main() {}
