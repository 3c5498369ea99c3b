use differentiable::differentiable;

#[differentiable(checkpoint = 8)]
fn settle(x0: f64) -> f64 {
    let mut x = x0;
    let mut k = 0;
    while k < 100 {
        x = x * x.cos();
        k += 1;
    }
    x
}

fn main() {}
