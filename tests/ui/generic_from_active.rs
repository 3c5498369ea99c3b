use differentiable::differentiable;
use num_traits::Float;

// `T::from` of an active `f32` would convert its value and drop its derivative.
#[differentiable]
fn f<T: Float>(x: T, y: f32) -> T {
    x * T::from(y).unwrap()
}

fn main() {}
