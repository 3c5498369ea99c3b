use differentiable::differentiable;

#[differentiable(checkpoint = 4)]
fn trajectory(x0: &[f64], out: &mut [f64]) {
    let mut x = x0[0];
    for k in 0..out.len() {
        x = x * x.cos();
        out[k] = x;
    }
}

fn main() {}
