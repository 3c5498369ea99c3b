use differentiable::differentiable;

#[differentiable(wrt(x, k))]
fn f(x: f64, k: usize) -> f64 {
    x * k as f64
}

fn main() {}
