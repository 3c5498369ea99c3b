use differentiable::differentiable;

#[differentiable]
fn h(x: f64, c: f64) -> f64 {
    x * c
}

fn lookup(k: usize) -> Option<f64> {
    (k > 0).then_some(0.5)
}

// `v` comes from a `match` on the result of a call: its type is not visible to the
// macro, which must know whether `h` takes a derivative for it. (On a local or a
// parameter declared `Option<f64>`, `v` is a float.)
#[differentiable(wrt(x))]
fn f(x: f64, k: usize) -> f64 {
    match lookup(k) {
        Some(v) => h(x, v),
        None => x,
    }
}

fn main() {}
