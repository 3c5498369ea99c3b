use differentiable::differentiable;

#[differentiable]
fn g(x: f64) -> f64 {
    x * x * x
}

// The derivative of a Hessian-vector product is a third derivative.
#[differentiable(no_hvp)]
fn f(a: f64) -> f64 {
    let (_, h) = g_hvp(a, 1.0);
    h * a
}

fn main() {}
