use differentiable::differentiable;

#[differentiable]
fn f(x: f64) -> f64 {
    let sc = x.sin_cos();
    sc.0 * sc.1
}

fn main() {}
