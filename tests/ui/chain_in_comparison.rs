use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let w = x[0].exp();
    let big = x.iter().map(|v| v * w).sum::<f64>() > 1.0;
    if big {
        x[0]
    } else {
        x[1]
    }
}

fn main() {}
