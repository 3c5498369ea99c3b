use differentiable::differentiable;

#[differentiable(checkpoint = 0)]
fn none(x0: f64, steps: usize) -> f64 {
    let mut x = x0;
    for _k in 0..steps {
        x = x * x.cos();
    }
    x
}

#[differentiable(checkpoint = 2 * 8)]
fn computed(x0: f64, steps: usize) -> f64 {
    let mut x = x0;
    for _k in 0..steps {
        x = x * x.cos();
    }
    x
}

fn main() {}
