use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let mut v = vec![0.0; x.len()];
    for i in 0..v.len() {
        v[i] = x[i] * x[i];
    }
    g(&v[1..])
}

#[differentiable]
fn g(v: &[f64]) -> f64 {
    v[0] * v[1]
}

fn main() {}
