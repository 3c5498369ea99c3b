use differentiable::differentiable;

#[differentiable]
fn accumulate(x: &[f64], out: &mut [f64]) {
    for i in 0..x.len() {
        out[i % 2] += x[i] * x[i];
    }
}

fn main() {}
