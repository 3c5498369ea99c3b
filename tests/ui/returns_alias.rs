use differentiable::differentiable;

type Real = f64;

#[differentiable]
fn f(x: Real) -> Real {
    x * x
}

fn main() {}
