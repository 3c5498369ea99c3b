use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let mut k = vec![0usize; x.len()];
    k[0] = 1;
    x[k[0]]
}

fn main() {}
