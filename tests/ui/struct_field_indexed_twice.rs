use differentiable::{differentiable, Differentiable};

#[derive(Differentiable, Clone)]
struct Model {
    w: [[f64; 2]; 2],
}

#[differentiable(wrt(m))]
fn loss(m: &Model, x: &[f64]) -> f64 {
    m.w[0][1] * x[0]
}

fn main() {}
