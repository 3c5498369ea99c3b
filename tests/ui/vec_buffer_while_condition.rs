use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let mut v = vec![0.0; x.len()];
    for i in 0..v.len() {
        v[i] = x[i] * x[i];
    }
    let mut i = 0;
    let mut s = 0.0;
    while v[i] < 0.5 {
        s += v[i];
        i += 1;
    }
    s
}

fn main() {}
