use differentiable::differentiable;

#[differentiable]
fn f(x: f64) -> f64 {
    f64::fract(x) * x
}

fn main() {}
