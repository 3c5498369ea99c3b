use differentiable::Differentiable;

#[derive(Differentiable, Clone)]
struct Model {
    w: [f64; 2],
    label: String,
}

fn main() {}
