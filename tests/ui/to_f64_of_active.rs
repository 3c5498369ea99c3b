use differentiable::differentiable;
use num_traits::Float;

#[differentiable]
fn f<T: Float>(x: T) -> f64 {
    x.to_f64().unwrap() * 2.0
}

fn main() {}
