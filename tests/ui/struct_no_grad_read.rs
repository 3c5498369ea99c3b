use differentiable::{differentiable, Differentiable};

#[derive(Differentiable, Clone)]
struct Model {
    w: [f64; 2],
    #[no_grad]
    scale: f64,
}

#[differentiable(wrt(m))]
fn loss(m: &Model, x: f64) -> f64 {
    (m.w[0] * x + m.w[1]) * m.scale
}

fn main() {}
