use differentiable::differentiable;

#[differentiable]
fn f(x: [f64; 2]) -> f64 {
    let mut y = [0.0; 2];
    y[0] = x[0] * x[1];
    y[0] + x[1]
}

fn main() {}
