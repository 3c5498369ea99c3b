use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let squares = x.iter().map(|v| v * v);
    let mut s = 0.0;
    for q in squares {
        s += q;
    }
    s
}

fn main() {}
