use differentiable::differentiable;

// A call with an active argument bound by a tuple pattern is a call of a
// differentiable function returning a tuple: a helper without the attribute is the
// compiler's error at the call, naming the missing derivative.
fn pair(a: f64) -> (f64, f64) {
    (a, a * a)
}

#[differentiable]
fn f(x: f64) -> f64 {
    let (a, b) = pair(x);
    a * b
}

fn main() {}
