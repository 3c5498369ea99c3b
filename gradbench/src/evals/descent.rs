//! The gradient descent of GradBench's `saddle` and `particle` evals, step for step
//! (its step-size rule decides the results those evals expect), and their four
//! variants. From `start`, step against the gradient; after ten accepted steps double
//! the step size, after a rejected one (the value did not decrease) halve it; stop when
//! the gradient or the step is shorter than 1e-5.

/// A derivative mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Forward mode (`_jvp`).
    Forward,
    /// Reverse mode (`_grad`).
    Reverse,
}

/// The outer and inner modes of a variant, by its GradBench function name (`"rf"`:
/// reverse over forward), or `None` for another name.
pub fn variant(function: &str) -> Option<(Mode, Mode)> {
    use Mode::{Forward, Reverse};
    match function {
        "ff" => Some((Forward, Forward)),
        "fr" => Some((Forward, Reverse)),
        "rf" => Some((Reverse, Forward)),
        "rr" => Some((Reverse, Reverse)),
        _ => None,
    }
}

/// The Euclidean length of `v`.
fn magnitude(v: &[f64]) -> f64 {
    v.iter().map(|x| x * x).sum::<f64>().sqrt()
}

/// The Euclidean distance between `u` and `v`.
fn distance(u: &[f64], v: &[f64]) -> f64 {
    u.iter()
        .zip(v)
        .map(|(a, b)| (a - b) * (a - b))
        .sum::<f64>()
        .sqrt()
}

/// A minimiser of `f`, whose gradient is `grad`, by gradient descent from `start`.
pub fn argmin<const N: usize>(
    f: impl Fn(&[f64; N]) -> f64,
    grad: impl Fn(&[f64; N]) -> [f64; N],
    start: [f64; N],
) -> [f64; N] {
    let mut x = start;
    let mut fx = f(&x);
    let mut gx = grad(&x);
    let mut i = 0;
    let mut eta = 1e-5;
    loop {
        if magnitude(&gx) <= 1e-5 {
            return x;
        } else if i == 10 {
            eta *= 2.0;
            i = 0;
        } else {
            let next: [f64; N] = core::array::from_fn(|j| x[j] - eta * gx[j]);
            if distance(&x, &next) <= 1e-5 {
                return x;
            }
            let f_next = f(&next);
            if f_next < fx {
                x = next;
                fx = f_next;
                gx = grad(&x);
                i += 1;
            } else {
                eta /= 2.0;
                i = 0;
            }
        }
    }
}

/// A maximiser of `f`, whose gradient is `grad`: the minimiser of `-f`.
pub fn argmax<const N: usize>(
    f: impl Fn(&[f64; N]) -> f64,
    grad: impl Fn(&[f64; N]) -> [f64; N],
    start: [f64; N],
) -> [f64; N] {
    argmin(|x| -f(x), |x| grad(x).map(|g| -g), start)
}
