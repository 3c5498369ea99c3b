use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let positive: usize = x.iter().map(|v| usize::from(*v > 0.0)).sum();
    x[0] * positive as f64
}

fn main() {}
