use differentiable::differentiable;

fn helper(a: f64) -> f64 {
    a * a
}

#[differentiable]
fn f(x: f64) -> f64 {
    helper(x) + x
}

fn main() {}
