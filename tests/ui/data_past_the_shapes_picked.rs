// A call lets the compiler pick the shapes of its data arguments (differentiated by the
// callee or not) among at most 64 combinations: three references of hidden type or
// arrays. A fourth goes as it is, to a parameter outside the callee's `wrt(..)`: for a
// callee that differentiates it, the error at the call says so.
use differentiable::differentiable;

#[differentiable(wrt(d, x))]
fn four(a: &[f64], b: &[f64], c: &[f64], d: &[f64], x: f64) -> f64 {
    a[0] * b[0] * c[0] * d[0] * x
}

const A: [f64; 2] = [1.0, 2.0];
const B: [f64; 2] = [0.5, 1.5];
const C: [f64; 2] = [2.0, 0.5];
const D: [f64; 2] = [1.5, 1.0];

#[differentiable]
fn f(x: f64) -> f64 {
    four(&A, &B, &C, &D, x)
}

fn main() {}
