use differentiable::differentiable;

// a loop left by `break` is checkpointed; an out-parameter written in it is refused
// as in any checkpointed loop
#[differentiable(checkpoint = 8)]
fn settle(x0: f64, out: &mut [f64]) -> f64 {
    let mut x = x0;
    let mut k = 0;
    loop {
        x = x * x.cos();
        out[k] = x;
        k += 1;
        if x.abs() < 1e-3 || k == out.len() {
            break;
        }
    }
    x
}

fn main() {}
