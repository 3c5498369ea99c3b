//! The adjoint of a reciprocal `1.0 / b` multiplies by the reciprocal's value
//! (`d(1/b)/db = -(1/b)²`) instead of dividing a second time, as a hand-written
//! Lennard-Jones gradient does. Oracle: the exact derivatives, and central first and
//! second differences (`common/fd.rs`) for every generated function.
// Index loops, as users write them.
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;

/// Reciprocals with a literal `1.0` and `1f64` numerator, and a general quotient beside
/// them (which keeps its division).
#[differentiable]
fn reciprocals(x: &[f64]) -> f64 {
    let mut e = 0.0;
    for i in 0..x.len() {
        let inv = 1.0 / (x[i] * x[i] + 0.5);
        let inv3 = inv * inv * inv;
        e += inv3 * inv3 - inv3;
    }
    e + 1f64 / x[0] + x[1] / (x[0] + 2.0)
}

#[test]
fn reciprocal_derivatives() {
    check_slice!(
        reciprocals,
        reciprocals_jvp,
        reciprocals_vjp,
        reciprocals_grad,
        reciprocals_hvp,
        points(9, 4, 3, 0.4, 1.6)
    );
}

/// `1/b` alone: the gradient is exactly `-1/b²` up to rounding.
#[differentiable]
fn recip(b: f64) -> f64 {
    1.0 / b
}

#[test]
fn reciprocal_exact() {
    for b in [0.3, -2.5, 7.0, 1e-3] {
        let (v, d) = recip_grad(b);
        assert_eq!(v, recip(b));
        let want = -1.0 / (b * b);
        assert!(
            (d - want).abs() <= 4.0 * f64::EPSILON * want.abs(),
            "{b}: {d} vs {want}"
        );
        let (_, h) = recip_hvp(b, 1.0);
        let want = 2.0 / (b * b * b);
        assert!(
            (h - want).abs() <= 8.0 * f64::EPSILON * want.abs(),
            "{b}: {h} vs {want}"
        );
    }
}
