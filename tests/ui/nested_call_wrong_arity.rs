use differentiable::differentiable;

#[differentiable]
fn g(x: f64, y: f64) -> f64 {
    x * y
}

// `g_grad` of two floats returns three values.
#[differentiable(no_hvp)]
fn f(a: f64) -> f64 {
    let (v, d) = g_grad(a, 1.0);
    v * d
}

fn main() {}
