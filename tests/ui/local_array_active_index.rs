use differentiable::differentiable;

#[differentiable]
fn f(x: f64) -> f64 {
    let mut h = [0.0; 2];
    h[x as usize] = x;
    h[0]
}

fn main() {}
