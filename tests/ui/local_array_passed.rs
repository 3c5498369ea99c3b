use differentiable::differentiable;

#[differentiable]
fn norm2(v: &[f64]) -> f64 {
    v[0] * v[0] + v[1] * v[1]
}

#[differentiable]
fn f(x: f64) -> f64 {
    let mut h = [0.0; 2];
    h[0] = x;
    norm2(&h)
}

fn main() {}
