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

const W: [f64; 3] = [0.5, -1.0, 2.0];

#[differentiable]
fn weighted(x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        s += h(x, W[i]);
    }
    s
}

fn main() {}
