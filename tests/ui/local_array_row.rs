use differentiable::differentiable;

#[differentiable]
fn row_sum(x: f64) -> f64 {
    let mut m = [[0.0; 2]; 2];
    m[0][1] = x;
    let r = m[0];
    r[1]
}

fn main() {}
