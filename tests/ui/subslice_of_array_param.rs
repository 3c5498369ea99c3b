use differentiable::differentiable;

#[differentiable]
fn norm(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &v in x {
        s += v * v;
    }
    s
}

#[differentiable]
fn f(q: [f64; 3]) -> f64 {
    norm(&q[1..])
}

fn main() {}
