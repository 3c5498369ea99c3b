use differentiable::{differentiable, no_grad};

#[differentiable(wrt(y))]
fn g(x: f64, y: f64) -> f64 {
    x * x * y * y
}

// `no_grad` on `y`, which `g` differentiates, and `a` active for `x`, which it does not
#[differentiable(no_hvp)]
fn f(a: f64) -> f64 {
    let (_, d) = g_grad(a, no_grad(0.5));
    d
}

fn main() {}
