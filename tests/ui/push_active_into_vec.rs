use differentiable::differentiable;

#[differentiable(wrt(x))]
fn f(x: f64, log: &mut Vec<f64>) -> f64 {
    log.push(x * x);
    x
}

fn main() {}
