use differentiable::Differentiable;

#[derive(Differentiable, Clone)]
enum Model {
    A { w: f64 },
    B { v: f64 },
}

fn main() {}
