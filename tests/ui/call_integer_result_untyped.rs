use differentiable::differentiable;

/// A plain helper returning an integer from floats.
fn nearest(point: f64, c: &[f64]) -> usize {
    let mut best = 0;
    for j in 1..c.len() {
        if (c[j] - point).abs() < (c[best] - point).abs() {
            best = j;
        }
    }
    best
}

// Without its type, the macro cannot tell the call's integer result from a float:
// the call is taken for a differentiable one, and the compiler's error at the call
// says to declare the type (`let j: usize = nearest(p, c);`).
#[differentiable(wrt(c))]
fn f(c: &[f64], p: f64) -> f64 {
    let j = nearest(p, c);
    (c[j] - p) * (c[j] - p)
}

fn main() {}
