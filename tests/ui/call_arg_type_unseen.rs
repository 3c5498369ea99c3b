use differentiable::differentiable;

#[differentiable]
fn h(x: f64, c: f64) -> f64 {
    x * c
}

struct Model {
    c: f64,
}

impl Model {
    #[differentiable]
    fn loss(&self, x: f64) -> f64 {
        h(x, self.c)
    }
}

fn main() {}
