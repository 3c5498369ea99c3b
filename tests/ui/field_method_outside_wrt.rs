use differentiable::differentiable;

struct Inner {
    k: f64,
}

impl Inner {
    #[differentiable(wrt(w))]
    fn loss(&self, w: f64, c: f64) -> f64 {
        self.k * c * w * w
    }
}

struct Outer {
    model: Inner,
}

impl Outer {
    // A method of a field, whose type the macro cannot see, is called directly: a
    // constant for a parameter outside its `wrt(..)` is the compiler's error at the
    // call (write `Inner::loss(&self.model, w, 0.5)` or `no_grad(0.5)`).
    #[differentiable]
    fn f(&self, w: f64) -> f64 {
        self.model.loss(w, 0.5)
    }

    // Called through its type, the method follows the rule of calls.
    #[differentiable]
    fn g(&self, w: f64) -> f64 {
        Inner::loss(&self.model, w, 0.5)
    }
}

fn main() {}
