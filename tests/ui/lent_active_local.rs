use differentiable::differentiable;

fn fill(h: &mut [f64]) {
    for v in h.iter_mut() {
        *v += 1.0;
    }
}

// `h` holds an active value when the call writes it: what `fill` computes from it would
// have no derivative.
#[differentiable]
fn array_then_call(x: f64) -> f64 {
    let mut h = [0.0; 3];
    h[0] = x;
    fill(&mut h);
    h[0] * x
}

// A `vec!` buffer is tracked element by element: a call cannot write it whole.
#[differentiable]
fn buffer_call(x: f64, n: usize) -> f64 {
    let mut h = vec![0.0; n];
    fill(&mut h);
    h[0] * x
}

fn main() {}
