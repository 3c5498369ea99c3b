use differentiable::differentiable;

fn pair(a: f64) -> (f64, f64) {
    (a, a * a)
}

#[differentiable]
fn f(x: f64) -> f64 {
    let (a, b) = pair(x);
    a * b
}

fn main() {}
