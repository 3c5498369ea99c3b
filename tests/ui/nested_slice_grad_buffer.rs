use differentiable::differentiable;

#[differentiable]
fn g(x: &[f64]) -> f64 {
    x[0] * x[1]
}

// The gradient's buffer must have a length known to the macro.
#[differentiable]
fn f(x: &[f64], out: &mut [f64]) {
    let _ = g_grad(x, out);
}

fn main() {}
