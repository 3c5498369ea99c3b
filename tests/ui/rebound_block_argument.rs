use differentiable::differentiable;

#[differentiable]
fn shifted(e: f64, n: i32) -> f64 {
    e.sin() * f64::from(n)
}

// The block's tail names what a tuple pattern rebinds (an integer) after a `let` bound
// it to a float literal: its type is not seen, so the call asks for a typed local rather
// than guessing a float.
#[differentiable]
fn rebound(x: &[f64]) -> f64 {
    let a = shifted(
        x[0],
        -({
            let t = 0.5_f64;
            let (t, _u) = (2_i32, t);
            t
        }),
    );
    a + x[1] * x[1]
}

fn main() {}
