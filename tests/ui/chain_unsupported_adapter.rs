use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    x.iter().skip_while(|v| **v < 0.0).map(|v| v * v).sum()
}

fn main() {}
