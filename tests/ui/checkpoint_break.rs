use differentiable::differentiable;

#[differentiable(checkpoint = 8)]
fn settle(x0: f64, steps: usize) -> f64 {
    let mut x = x0;
    for _k in 0..steps {
        x = x * x.cos();
        if x.abs() < 1e-3 {
            break;
        }
    }
    x
}

fn main() {}
