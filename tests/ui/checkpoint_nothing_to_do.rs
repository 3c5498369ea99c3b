use differentiable::differentiable;

#[differentiable(checkpoint = 8)]
fn total(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i].sin();
    }
    s
}

fn main() {}
