use differentiable::differentiable;

#[differentiable]
fn f(x: f64) -> f64 {
    let mut s = x;
    for i in 0..10 {
        let c = i > 2;
        s = s * x + if c { break } else { 1.0 };
    }
    s
}

fn main() {}
