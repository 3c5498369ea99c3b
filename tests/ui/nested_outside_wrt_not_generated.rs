use differentiable::differentiable;

fn scale(x: f64) -> f64 {
    2.0 * x
}

// `h` calls another function, so it does not generate the cross derivatives in `x`
#[differentiable(wrt(y))]
fn h(x: f64, y: f64) -> f64 {
    scale(x) * y * y
}

// `a` is active, and `h` does not differentiate its `x`
#[differentiable(no_hvp)]
fn f(a: f64) -> f64 {
    let (_, d) = h_grad(a, 1.0);
    a * d
}

fn main() {}
