use differentiable::differentiable;

#[differentiable]
fn g(x: &[f64]) -> f64 {
    x[0] * x[1]
}

// Only `g_grad(x, &mut gx)` of a function of a slice is differentiated.
#[differentiable(no_hvp)]
fn f(x: &[f64; 2]) -> f64 {
    let mut xb = [0.0; 2];
    let v = g_vjp(x, &mut xb, 1.0);
    v + xb[0]
}

fn main() {}
