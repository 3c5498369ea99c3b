use differentiable::differentiable;

#[differentiable]
fn norm(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x {
        s += v * v;
    }
    s.sqrt()
}

#[differentiable]
fn f(x: &[f64]) -> f64 {
    norm(&x[1..])
}

fn main() {}
