use differentiable::differentiable;

#[differentiable]
fn g(x: f64, y: f64) -> f64 {
    x * x * y
}

// Its `_hvp` would need third derivatives of `g`.
#[differentiable]
fn f(a: f64) -> f64 {
    let (_, dx, _) = g_grad(a, 2.0);
    dx * a
}

fn main() {}
