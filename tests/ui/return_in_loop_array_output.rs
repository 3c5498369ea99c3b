use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> [f64; 2] {
    let mut s = 0.0;
    for i in 0..x.len() {
        if x[i] < 0.0 {
            return [s, x[i]];
        }
        s += x[i] * x[i];
    }
    [s, 0.0]
}

fn main() {}
