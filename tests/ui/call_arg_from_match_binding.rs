use differentiable::differentiable;

#[differentiable]
fn h(x: f64, c: f64) -> f64 {
    x * c
}

// `v` comes from a `match` on an `Option<f64>`: its type is not visible to the macro,
// which must know whether `h` takes a derivative for it.
#[differentiable(wrt(x))]
fn f(x: f64, o: Option<f64>) -> f64 {
    match o {
        Some(v) => h(x, v),
        None => x,
    }
}

fn main() {}
