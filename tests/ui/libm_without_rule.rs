use differentiable::differentiable;

#[differentiable]
fn f(x: f64) -> f64 {
    libm::erf(x) * x
}

fn main() {}
