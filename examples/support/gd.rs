//! The gradient-descent solver of GradBench's `saddle` and `particle` problems, step
//! for step (its step-size rule decides the results those problems expect): from
//! `start`, step against the gradient; after ten accepted steps double the step size,
//! after a rejected one (the value did not decrease) halve it; stop when the gradient
//! or the step is shorter than 1e-5.
// (each example uses only some of these)
#![allow(dead_code)]

/// The Euclidean length of `v`.
pub fn magnitude(v: &[f64]) -> f64 {
    v.iter().map(|x| x * x).sum::<f64>().sqrt()
}

/// The Euclidean distance between `u` and `v`.
pub fn distance(u: &[f64], v: &[f64]) -> f64 {
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
