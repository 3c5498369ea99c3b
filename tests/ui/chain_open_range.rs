use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    (1..).zip(x.iter()).map(|(k, v)| v / k as f64).sum()
}

fn main() {}
