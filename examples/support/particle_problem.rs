//! GradBench's `particle` problem: a charged particle starts at (0, 8) with velocity
//! (0.75, 0) in the field of two unit charges at (10, 10 - w) and (10, 0); the control
//! `w` is chosen by gradient descent so that the particle crosses the x axis at the
//! origin (the squared miss distance is minimised). Each Euler step of the trajectory
//! takes the force as the potential's gradient; the descent takes the miss distance's
//! derivative in `w`, which `#[differentiable]` generates through those gradients
//! (nested differentiation). Each of the two derivatives can be forward or reverse
//! mode.
//!
//! One file for the example `particle` and the GradBench tool's eval, each of which
//! includes it as a module (`#[path]`) inside a module that provides the descent
//! `argmin` (`gd.rs`) and `Mode` (`variant.rs`).

use super::{argmin, Mode};
use differentiable::differentiable;

/// The potential at `(x1, x2)` of the unit charges at (10, 10 - w) and (10, 0).
#[differentiable]
pub fn potential(x1: f64, x2: f64, w: f64) -> f64 {
    let a1 = 10.0 - x1;
    let a2 = (10.0 - w) - x2;
    let b1 = 10.0 - x1;
    let b2 = 0.0 - x2;
    1.0 / (a1 * a1 + a2 * a2).sqrt() + 1.0 / (b1 * b1 + b2 * b2).sqrt()
}

/// The squared distance from the origin at which the particle crosses the x axis, by
/// Euler steps of 0.1, the force from reverse mode (`potential_grad`).
#[differentiable(no_hvp)]
pub fn miss_inner_rev(w: f64) -> f64 {
    let dt = 0.1;
    let mut x1 = 0.0;
    let mut x2 = 8.0;
    let mut v1 = 0.75;
    let mut v2 = 0.0;
    loop {
        let (_, p1, p2, _) = potential_grad(x1, x2, w);
        x1 += dt * v1;
        x2 += dt * v2;
        if x2 <= 0.0 {
            // where the last step crosses the axis, by linear interpolation
            let t = -x2 / v2;
            let at = x1 + t * v1;
            return at * at;
        }
        v1 += dt * -p1;
        v2 += dt * -p2;
    }
}

/// The same, the force from forward mode (`potential_jvp`, one direction per
/// coordinate).
#[differentiable(no_hvp)]
pub fn miss_inner_fwd(w: f64) -> f64 {
    let dt = 0.1;
    let mut x1 = 0.0;
    let mut x2 = 8.0;
    let mut v1 = 0.75;
    let mut v2 = 0.0;
    loop {
        let (_, p1) = potential_jvp(x1, 1.0, x2, 0.0, w, 0.0);
        let (_, p2) = potential_jvp(x1, 0.0, x2, 1.0, w, 0.0);
        x1 += dt * v1;
        x2 += dt * v2;
        if x2 <= 0.0 {
            let t = -x2 / v2;
            let at = x1 + t * v1;
            return at * at;
        }
        v1 += dt * -p1;
        v2 += dt * -p2;
    }
}

/// The squared miss distance, the force in `inner` mode.
pub fn miss(w: f64, inner: Mode) -> f64 {
    match inner {
        Mode::Reverse => miss_inner_rev(w),
        Mode::Forward => miss_inner_fwd(w),
    }
}

/// The derivative of the squared miss distance in `w`, by `outer` mode over `inner`
/// mode.
pub fn miss_derivative(w: f64, outer: Mode, inner: Mode) -> f64 {
    match (outer, inner) {
        (Mode::Reverse, Mode::Reverse) => miss_inner_rev_grad(w).1,
        (Mode::Reverse, Mode::Forward) => miss_inner_fwd_grad(w).1,
        (Mode::Forward, Mode::Reverse) => miss_inner_rev_jvp(w, 1.0).1,
        (Mode::Forward, Mode::Forward) => miss_inner_fwd_jvp(w, 1.0).1,
    }
}

/// GradBench's `particle` function: the control `w` found by gradient descent from
/// `w0`; `outer` and `inner` name the variant (`rf`: reverse over forward).
pub fn particle(w0: f64, outer: Mode, inner: Mode) -> f64 {
    let [w] = argmin(
        |w| miss(w[0], inner),
        |w| [miss_derivative(w[0], outer, inner)],
        [w0],
    );
    w
}
