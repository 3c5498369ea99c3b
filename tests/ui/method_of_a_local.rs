use differentiable::differentiable;

struct Inner {
    k: f64,
}

impl Inner {
    #[differentiable]
    fn loss(&self, w: f64) -> f64 {
        self.k * w * w
    }
}

struct Outer {
    model: Inner,
}

impl Outer {
    // A method of a local, whose type the macro does not follow: the error says to
    // call it through its type (here `Inner::loss(&self.model, w)`).
    #[differentiable]
    fn f(&self, w: f64) -> f64 {
        let inner = &self.model;
        inner.loss(w)
    }
}

fn main() {}
