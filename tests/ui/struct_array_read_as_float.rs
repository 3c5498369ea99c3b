use differentiable::{differentiable, Differentiable};

#[derive(Differentiable, Clone)]
struct Model {
    w: [f64; 2],
}

#[differentiable(wrt(m))]
fn loss(m: &Model, x: f64) -> f64 {
    let w = m.w;
    w[0] * x
}

fn main() {}
