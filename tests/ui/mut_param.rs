use differentiable::differentiable;

#[differentiable]
fn f(mut x: f64, y: f64) -> f64 {
    x *= y;
    x.sin()
}

fn main() {}
