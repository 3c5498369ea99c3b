use differentiable::differentiable;

#[differentiable]
fn horner(c: &[f64], t: f64) -> f64 {
    let mut p = 0.0;
    for &ci in c.iter().rev() {
        p = p * t + ci;
    }
    p
}

fn main() {}
