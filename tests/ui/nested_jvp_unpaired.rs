use differentiable::differentiable;

#[differentiable(wrt(x))]
fn g(x: f64, k: i32) -> f64 {
    x.powi(k)
}

// In `g_jvp(..)` each float argument is followed by its tangent.
#[differentiable(no_hvp)]
fn f(a: f64) -> f64 {
    let (_, t) = g_jvp(a, 3, 1.0);
    t
}

fn main() {}
