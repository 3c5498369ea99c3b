use differentiable::differentiable;

struct Model {
    scale: f64,
}

#[differentiable]
impl Model {
    fn loss(&self, x: f64) -> f64 {
        self.scale * x * x
    }
}

fn main() {}
