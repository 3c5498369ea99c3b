use differentiable::differentiable;

#[differentiable(checkpoint = 8)]
fn diffuse(u0: &[f64], steps: usize) -> f64 {
    let n = u0.len();
    let mut u = vec![0.0; n];
    for i in 0..n {
        u[i] = u0[i];
    }
    for _k in 0..steps {
        for i in 1..n - 1 {
            u[i] = u[i] + 0.1 * (u[i - 1] - 2.0 * u[i] + u[i + 1]).sin();
        }
    }
    u[n / 2]
}

fn main() {}
