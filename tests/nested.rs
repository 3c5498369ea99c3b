//! Nested derivatives: differentiable functions whose bodies call the generated
//! derivatives of others (`g_grad`, `g_jvp`, `g_vjp`).
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::close;

#[differentiable]
fn g(x: f64, y: f64) -> f64 {
    x * x * y + (x * y).sin()
}

#[differentiable(no_hvp)]
fn uses_grad(a: f64, b: f64) -> f64 {
    let (v, dx, dy) = g_grad(a, b * b);
    v * dx + dy * a
}

fn uses_grad_plain(a: f64, b: f64) -> f64 {
    let (v, dx, dy) = g_grad(a, b * b);
    v * dx + dy * a
}

#[test]
fn grad_call_forward_and_reverse() {
    let (a, b) = (0.7, -0.4);
    let h = 1e-5;
    let fa = (uses_grad_plain(a + h, b) - uses_grad_plain(a - h, b)) / (2.0 * h);
    let fb = (uses_grad_plain(a, b + h) - uses_grad_plain(a, b - h)) / (2.0 * h);
    let (_, t) = uses_grad_jvp(a, 1.0, b, 0.0);
    close("jvp a", t, fa, 1e-7);
    let (_, t) = uses_grad_jvp(a, 0.0, b, 1.0);
    close("jvp b", t, fb, 1e-7);
    let (_, ga, gb) = uses_grad_grad(a, b);
    close("grad a", ga, fa, 1e-7);
    close("grad b", gb, fb, 1e-7);
}
