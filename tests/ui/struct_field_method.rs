use differentiable::{differentiable, Differentiable};

#[derive(Differentiable, Clone)]
struct Layer {
    w: [f64; 2],
}

impl Layer {
    #[differentiable(wrt(self))]
    fn forward(&self, x: f64) -> f64 {
        self.w[0] * x + self.w[1]
    }
}

#[derive(Differentiable, Clone)]
struct Net {
    layer: Layer,
}

impl Net {
    #[differentiable(wrt(self))]
    fn loss(&self, x: f64) -> f64 {
        self.layer.forward(x)
    }
}

fn main() {}
