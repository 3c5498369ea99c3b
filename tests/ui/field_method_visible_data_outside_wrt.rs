use differentiable::differentiable;

struct Inner {
    k: f64,
}

impl Inner {
    #[differentiable(wrt(w))]
    fn loss(&self, d: &[f64], w: f64) -> f64 {
        self.k * d[0] * w * w
    }
}

struct Outer {
    model: Inner,
}

impl Outer {
    // A method of a field, whose type the macro cannot see, is called directly: data of
    // visible type (a slice outside `wrt(..)`) goes with a zero tangent, as for a
    // parameter the method differentiates; for one outside its `wrt(..)` the compiler
    // reports the extra argument at the call (write `Inner::loss(&self.model, d, w)` or
    // `no_grad(d)`).
    #[differentiable(wrt(w))]
    fn f(&self, d: &[f64], w: f64) -> f64 {
        self.model.loss(d, w)
    }

    // Called through its type, or with `no_grad(..)`, the method follows the rule of
    // calls.
    #[differentiable(wrt(w))]
    fn g(&self, d: &[f64], w: f64) -> f64 {
        Inner::loss(&self.model, d, w) + self.model.loss(differentiable::no_grad(d), w)
    }
}

fn main() {}
