use differentiable::differentiable;

fn start() -> f64 {
    1.0
}

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let z = start();
    x.iter().fold(z, |acc, v| acc * v)
}

fn main() {}
