use differentiable::{differentiable, Differentiable};

#[derive(Differentiable, Clone)]
struct Model {
    w: f64,
}

#[differentiable(wrt(m))]
fn loss(m: Model, x: f64) -> f64 {
    m.w * x
}

fn main() {}
