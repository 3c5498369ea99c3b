use differentiable::differentiable;

#[derive(Clone)]
struct Model {
    w: [f64; 2],
}

#[differentiable(wrt(m))]
fn loss(m: &Model, x: f64) -> f64 {
    m.w[0] * x
}

fn main() {}
