use differentiable::differentiable;

#[differentiable]
trait Loss {
    fn loss(&self, x: f64) -> f64;
}

fn main() {}
