// A reference whose type the macro cannot see (`&self.xs`, `&m.xs`, `&W` of a
// constant outside the function) is float data for a parameter the callee
// differentiates: data of another float type fits no shape of the callee, reported at
// the call with a note on such references.
use differentiable::differentiable;

#[differentiable]
fn weigh(w: &[f64], x: f64) -> f64 {
    w[0] * x * x
}

struct Samples {
    xs: Vec<f32>,
}

#[differentiable(wrt(x))]
fn f(m: &Samples, x: f64) -> f64 {
    weigh(&m.xs, x)
}

fn main() {}
