use differentiable::differentiable;

#[differentiable]
fn f(x: f64) -> [f64; 3] {
    [x * 2.0; 3]
}

fn main() {}
