use differentiable::Differentiable;

#[derive(Differentiable, Clone)]
struct Model([f64; 2], f64);

fn main() {}
