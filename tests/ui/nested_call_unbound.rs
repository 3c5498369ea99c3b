use differentiable::differentiable;

#[differentiable]
fn g(x: f64) -> f64 {
    x * x * x
}

// A nested derivative is differentiated where a tuple pattern binds it.
#[differentiable(no_hvp)]
fn f(a: f64) -> f64 {
    g_grad(a).1 * a
}

fn main() {}
