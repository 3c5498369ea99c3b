use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let mut v = vec![x[0], x[1]];
    v[0] = x[0] * x[1];
    v[0]
}

fn main() {}
