use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64], y: f32) -> f64 {
    let mut v = vec![0.0f32; 2];
    v[0] = y * y;
    x[0] * (v[0] as f64)
}

fn main() {}
