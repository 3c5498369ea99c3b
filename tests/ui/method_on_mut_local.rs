use differentiable::differentiable;

#[differentiable]
fn f(x: &[f64]) -> f64 {
    let mut idx: Vec<usize> = Vec::new();
    let mut s = 0.0;
    for i in 0..x.len() {
        if x[i] > 0.0 {
            idx.push(i);
        }
        s += x[i] * x[i];
    }
    s
}

fn main() {}
