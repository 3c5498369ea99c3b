use differentiable::differentiable;

#[differentiable]
fn g(x: &[f64]) -> f64 {
    x[0] * x[1]
}

// A gradient buffer of const generic length.
#[differentiable(no_hvp)]
fn f<const N: usize>(x: &[f64; N]) -> f64 {
    let mut gx = [0.0; N];
    let v = g_grad(x, &mut gx);
    v * gx[0]
}

fn main() {}
