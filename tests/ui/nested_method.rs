use differentiable::differentiable;

struct Model {
    c: f64,
}

impl Model {
    #[differentiable]
    fn loss(&self, w: f64) -> f64 {
        self.c * w * w
    }

    // A nested derivative of a method is not supported.
    #[differentiable(no_hvp)]
    fn outer(&self, w: f64) -> f64 {
        let (_, d) = self.loss_grad(w);
        d * w
    }
}

fn main() {}
