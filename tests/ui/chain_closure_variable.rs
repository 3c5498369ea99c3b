use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let square = |v: &f64| v * v;
    x.iter().map(square).sum()
}

fn main() {}
