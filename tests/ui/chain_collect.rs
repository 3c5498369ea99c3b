use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let doubled: Vec<f64> = x.iter().map(|v| v * 2.0).collect();
    doubled[0]
}

fn main() {}
