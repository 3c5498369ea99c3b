use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    x.windows(2)
        .map(|w| {
            let w = w[1] - w[0];
            w * w
        })
        .sum()
}

fn main() {}
