//! Float data the caller does not differentiate (a slice parameter outside its
//! `wrt(..)`, a part of one, a `const` array declared in the body) passed to a callee
//! that differentiates that parameter: the callee gets a zero tangent, and the adjoint
//! it returns for the data is dropped.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`.

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{close, points};

/// Differentiates both of its slices.
#[differentiable]
fn weighted(w: &[f64], x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * x[i].sin() + x[i] * x[i];
    }
    s
}

/// Differentiates its one slice.
#[differentiable]
fn pair(x: &[f64]) -> f64 {
    x[0] * x[1] + x[0].sin()
}

/// The shape of the report: `x` outside `wrt(..)`, a part of it passed on.
#[differentiable(wrt(y))]
fn head(y: f64, x: &[f64]) -> f64 {
    y * pair(&x[..2])
}

#[differentiable(wrt(y))]
fn parts(y: &[f64], x: &[f64], k: usize) -> f64 {
    weighted(&x[1..], &y[1..]) + weighted(&y[..2], &x[k..k + 2]) + weighted(x, y) + pair(&x[1..])
}

#[differentiable]
fn body_constant(y: &[f64]) -> f64 {
    const W: [f64; 3] = [0.5, -1.0, 2.0];
    weighted(&W, y) + weighted(&W[1..], &y[..2])
}

#[differentiable(wrt(y))]
fn fixed(y: &[f64], x: &[f64; 3]) -> f64 {
    weighted(x, y) + pair(&x[1..]) * y[0]
}

#[test]
fn part_of_a_slice_outside_wrt() {
    let x = [0.7, -1.3, 2.0];
    for p in points(1, 6, 1, -1.5, 1.5) {
        let y = p[0];
        let h = 1e-5;
        let f = |t: f64| head(t, &x);
        let d = (f(y + h) - f(y - h)) / (2.0 * h);
        close("jvp", head_jvp(y, 1.0, &x).1, d, 1e-6);
        close("vjp", head_vjp(y, &x, 0.5).1, 0.5 * d, 1e-6);
        close("grad", head_grad(y, &x).1, d, 1e-6);
        // `head` is linear in `y`
        close("hvp", head_hvp(y, 1.0, &x).1, 0.0, 1e-12);
    }
}

#[test]
fn parts_and_whole_of_data() {
    let x = [0.3, -0.8, 1.1, 0.4];
    check_slice!(
        parts,
        parts_jvp,
        parts_vjp,
        parts_grad,
        parts_hvp,
        points(2, 4, 4, -1.5, 1.5),
        [&x, 1]
    );
}

#[test]
fn constant_array_of_the_body() {
    check_slice!(
        body_constant,
        body_constant_jvp,
        body_constant_vjp,
        body_constant_grad,
        body_constant_hvp,
        points(3, 4, 3, -1.5, 1.5)
    );
}

#[test]
fn fixed_size_data() {
    let x = [0.3, -0.8, 1.1];
    check_slice!(
        fixed,
        fixed_jvp,
        fixed_vjp,
        fixed_grad,
        fixed_hvp,
        points(4, 4, 3, -1.5, 1.5),
        [&x]
    );
}
