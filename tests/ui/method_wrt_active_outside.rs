use differentiable::differentiable;

struct Model {
    k: f64,
}

impl Model {
    #[differentiable(wrt(x))]
    fn scaled(&self, x: f64, c: f64) -> f64 {
        self.k * c * x * x
    }

    // An active value passed to a method's parameter outside its `wrt(..)`: the
    // message at the call says to add the parameter to `wrt(..)` or to pass
    // `no_grad(y)`, as for a function. (A constant there needs neither.)
    #[differentiable]
    fn f(&self, x: f64, y: f64) -> f64 {
        self.scaled(x, 0.5) + self.scaled(x, y)
    }
}

fn main() {}
