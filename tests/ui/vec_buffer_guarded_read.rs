use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64], k: usize) -> f64 {
    let mut v = vec![0.0; x.len()];
    for i in 0..v.len() {
        v[i] = x[i] * x[i];
    }
    if k < v.len() && v[k] > 0.5 {
        x[0]
    } else {
        x[1]
    }
}

fn main() {}
