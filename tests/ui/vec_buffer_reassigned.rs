use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let mut v = vec![0.0; x.len()];
    v[0] = x[0] * x[1];
    v = vec![1.0; 2];
    v[0]
}

fn main() {}
