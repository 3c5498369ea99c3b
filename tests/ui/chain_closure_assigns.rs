use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let mut seen = 0.0;
    let s: f64 = x
        .iter()
        .map(|v| {
            seen += v;
            v * seen
        })
        .sum();
    s + seen
}

fn main() {}
