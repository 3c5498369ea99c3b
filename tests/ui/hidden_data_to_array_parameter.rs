// A reference whose type the macro cannot see (`&W` of a constant declared outside the
// function, `&self.xs`) goes to a parameter the callee differentiates as a slice: a
// callee differentiating a `&[F; N]` parameter fits no shape, reported at the call with
// the fix (bind the data with its type first).
use differentiable::differentiable;

#[differentiable]
fn first(w: &[f64; 3], x: f64) -> f64 {
    w[0] * x * x
}

const W: [f64; 3] = [1.0, 2.0, 3.0];

#[differentiable]
fn f(x: f64) -> f64 {
    first(&W, x)
}

fn main() {}
