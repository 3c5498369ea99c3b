use differentiable::differentiable;

#[differentiable(wrt(x))]
fn blend(x: f64, c: f64, d: f64) -> f64 {
    c * x + d
}

// A constant outside the callee's `wrt(..)` is fine; the active `y` beside it is not.
#[differentiable]
fn f(x: f64, y: f64) -> f64 {
    blend(x, 0.5, y)
}

fn main() {}
