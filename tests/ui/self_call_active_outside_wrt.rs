use differentiable::differentiable;

// A recursion passing an active slice to its own parameter outside `wrt(..)`: the
// function has no derivative for `w`, so the call is refused at the call.
#[differentiable(wrt(a))]
fn minors(a: &[f64], w: &[f64], k: usize) -> f64 {
    if k == 0 {
        a[0] * w[0]
    } else {
        a[k] * minors(a, a, k - 1)
    }
}

// The same with a scalar.
#[differentiable(wrt(a))]
fn chain(a: f64, w: f64, k: usize) -> f64 {
    if k == 0 {
        a * w
    } else {
        a * chain(a, a * 2.0, k - 1)
    }
}

// Data for `w` is fine: the recursion passes its inactive slice on.
#[differentiable(wrt(a))]
fn weighted(a: &[f64], w: &[f64], k: usize) -> f64 {
    if k == 0 {
        a[0] * w[0]
    } else {
        a[k] * weighted(a, w, k - 1)
    }
}

fn main() {}
