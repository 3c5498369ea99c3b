use differentiable::differentiable;

struct Model {
    k: f64,
}

impl Model {
    // no #[differentiable]: no `plain_jvp`, `plain_vjp`, `plain_hvp`
    fn plain(&self, x: f64, c: f64) -> f64 {
        self.k * c * x * x
    }

    // A method without derivatives called with an active argument (and a constant):
    // the compiler's error for each missing derivative, at the call.
    #[differentiable]
    fn f(&self, x: f64) -> f64 {
        self.plain(x, 0.5)
    }
}

fn main() {}
