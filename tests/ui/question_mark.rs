use differentiable::differentiable;

fn checked(a: f64) -> Result<f64, ()> {
    if a > 0.0 { Ok(a) } else { Err(()) }
}

#[differentiable]
fn f(x: f64) -> f64 {
    let y = checked(x)?;
    y * x
}

fn main() {}
