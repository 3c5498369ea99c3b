//! Calls of a callee with a restricted `wrt(..)` that pass a float constant or an
//! inactive float for a parameter outside it, without `no_grad(..)`: the literal, an
//! inactive local, a parameter outside the caller's own `wrt(..)`, a constant item;
//! scalar and slice callees, generic callees, hand-written rules; and the same
//! arguments to callees that do differentiate them (where their zero tangent is
//! passed).
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`.

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::{differentiable, no_grad};
use fd::{close, points};
use num_traits::Float;

// ---------------------------------------------------------------- callees

#[differentiable(wrt(x))]
fn scaled(x: f64, c: f64) -> f64 {
    c * x * x + c.sin() * x
}

/// Differentiates both parameters: a constant passed to it takes a zero tangent.
#[differentiable]
fn both(x: f64, c: f64) -> f64 {
    c * x * x.sin() + c * c
}

#[differentiable(wrt(x, y))]
fn two_outside(a: f64, x: f64, b: f64, y: f64) -> f64 {
    a * x * y + b * x.exp() + (a - b) * y * y
}

#[differentiable(wrt(x))]
fn slice_scaled(x: &[f64], c: f64) -> f64 {
    let mut s = 0.0;
    for &v in x {
        s += c * v * v;
    }
    s
}

#[differentiable(wrt(x))]
fn gen_scaled<T: Float>(x: T, c: T) -> T {
    c * x.exp() + x * x
}

/// Only `c` is differentiated: the active value goes to it, the constant to `x`.
#[differentiable(wrt(c))]
fn only_c(x: f64, c: f64) -> f64 {
    x * c.cos()
}

const SCALE: f64 = 1.25;

#[differentiable(wrt(r))]
fn polar_c(r: f64, t: f64) -> (f64, f64) {
    (r * t.cos(), r * r * t.sin())
}

#[differentiable(wrt(r))]
fn pair_c(r: f64, t: f64) -> [f64; 2] {
    [r.exp() * t, r * t * t]
}

#[differentiable(wrt(x))]
fn scaled32(x: f32, c: f32) -> f32 {
    c * x * x + x.sin()
}

struct Model {
    c: f64,
}

impl Model {
    #[differentiable]
    fn energy(&self, x: f64, y: f64) -> f64 {
        let c: f64 = self.c;
        scaled(x, c) + scaled(y, 0.25) * x
    }
}

// ---------------------------------------------------------------- callers

#[differentiable]
fn literal(x: f64, y: f64) -> f64 {
    scaled(x, 0.5) * y
}

#[differentiable]
fn inactive_local(x: f64, y: f64) -> f64 {
    let c = 1.5;
    let d: f64 = c * 2.0;
    scaled(x * y, c) + scaled(y, d)
}

#[differentiable(wrt(x))]
fn outside_param(x: f64, c: f64) -> f64 {
    scaled(x, c) + scaled(x, c * c + 1.0)
}

#[differentiable]
fn constant_item(x: f64, y: f64) -> f64 {
    let c: f64 = SCALE;
    scaled(x + y, c)
}

#[differentiable]
fn constant_to_both(x: f64, y: f64) -> f64 {
    both(x, 0.75) + both(y, 2.0) * x
}

#[differentiable]
fn two_constants(x: f64, y: f64) -> f64 {
    two_outside(0.5, x, -1.5, y)
}

#[differentiable]
fn with_no_grad(x: f64, y: f64) -> f64 {
    scaled(x, no_grad(0.5)) + scaled(y, 3.0)
}

#[differentiable]
fn in_branch_and_loop(x: f64, y: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let c = i as f64 * 0.5;
        if x > y {
            s += scaled(x, c);
        } else {
            s += scaled(y, c) * x;
        }
    }
    s
}

#[differentiable]
fn slice_caller(x: &[f64]) -> f64 {
    slice_scaled(x, 2.5) + slice_scaled(x, x.len() as f64)
}

#[differentiable]
fn generic_caller<T: Float>(x: T, y: T) -> T {
    let c = T::from(0.5).unwrap();
    gen_scaled(x, c) * y
}

#[differentiable]
fn constant_to_only_c(x: f64, y: f64) -> f64 {
    only_c(2.0, x * y)
}

#[differentiable]
fn tuple_and_array_results(x: f64, y: f64) -> f64 {
    let (a, b) = polar_c(x * y, 0.3);
    let p: [f64; 2] = pair_c(y, 1.5);
    a * b + p[0] * p[1] + x
}

#[differentiable]
fn in_runtime_loop(x: f64, y: f64, n: usize) -> f64 {
    let mut p = 1.0;
    for i in 0..n {
        let c = 0.25 * i as f64;
        p *= 1.0 + 0.1 * scaled(x, c) * y;
    }
    p
}

#[differentiable]
fn in_f32(x: f32, y: f32) -> f32 {
    scaled32(x, 0.5) * y + scaled32(y, 2.0)
}

// ---------------------------------------------------------------- hand-written rules

/// `rule(x, c) = c x³`, with rules differentiating `x` only.
fn rule(x: f64, c: f64) -> f64 {
    c * x * x * x
}
fn rule_jvp(x: f64, dx: f64, c: f64) -> (f64, f64) {
    (rule(x, c), 3.0 * c * x * x * dx)
}
fn rule_vjp(x: f64, c: f64, seed: f64) -> (f64, f64) {
    (rule(x, c), seed * 3.0 * c * x * x)
}
fn rule_hvp(x: f64, v: f64, c: f64) -> (f64, f64) {
    (rule(x, c), 6.0 * c * x * v)
}

/// `full(x, c) = c x³`, with rules differentiating both parameters.
fn full(x: f64, c: f64) -> f64 {
    c * x * x * x
}
fn full_jvp(x: f64, dx: f64, c: f64, dc: f64) -> (f64, f64) {
    (full(x, c), 3.0 * c * x * x * dx + x * x * x * dc)
}
fn full_vjp(x: f64, c: f64, seed: f64) -> (f64, f64, f64) {
    (full(x, c), seed * 3.0 * c * x * x, seed * x * x * x)
}
fn full_hvp(x: f64, v: f64, c: f64, w: f64) -> (f64, f64, f64) {
    (
        full(x, c),
        6.0 * c * x * v + 3.0 * x * x * w,
        3.0 * x * x * v,
    )
}

#[differentiable]
fn hand_written(x: f64, y: f64) -> f64 {
    rule(x, 0.5) + full(y, 1.5) * x
}

// ---------------------------------------------------------------- tests

#[test]
fn literal_constant_without_no_grad() {
    check_scalars!(
        literal,
        literal_jvp,
        literal_vjp,
        literal_grad,
        literal_hvp,
        [0, 1],
        points(1, 6, 2, -1.5, 1.5)
    );
}

#[test]
fn inactive_local_without_no_grad() {
    check_scalars!(
        inactive_local,
        inactive_local_jvp,
        inactive_local_vjp,
        inactive_local_grad,
        inactive_local_hvp,
        [0, 1],
        points(2, 6, 2, -1.5, 1.5)
    );
}

#[test]
fn constant_item_without_no_grad() {
    check_scalars!(
        constant_item,
        constant_item_jvp,
        constant_item_vjp,
        constant_item_grad,
        constant_item_hvp,
        [0, 1],
        points(3, 6, 2, -1.5, 1.5)
    );
}

#[test]
fn parameter_outside_the_callers_wrt() {
    for p in points(4, 6, 2, -1.5, 1.5) {
        let (x, c) = (p[0], p[1]);
        let f = |z: f64| outside_param(z, c);
        let h = 1e-5;
        let d = (f(x + h) - f(x - h)) / (2.0 * h);
        let d2 = (f(x + h) - 2.0 * f(x) + f(x - h)) / (h * h);
        close("jvp", outside_param_jvp(x, 0.75, c).1, 0.75 * d, 1e-6);
        close("vjp", outside_param_vjp(x, c, -2.0).1, -2.0 * d, 1e-6);
        close("grad", outside_param_grad(x, c).1, d, 1e-6);
        close("hvp", outside_param_hvp(x, 0.5, c).1, 0.5 * d2, 1e-3);
    }
}

#[test]
fn constants_to_a_callee_that_differentiates_them() {
    check_scalars!(
        constant_to_both,
        constant_to_both_jvp,
        constant_to_both_vjp,
        constant_to_both_grad,
        constant_to_both_hvp,
        [0, 1],
        points(5, 6, 2, -1.5, 1.5)
    );
}

#[test]
fn two_constants_outside_the_callees_wrt() {
    check_scalars!(
        two_constants,
        two_constants_jvp,
        two_constants_vjp,
        two_constants_grad,
        two_constants_hvp,
        [0, 1],
        points(6, 6, 2, -1.5, 1.5)
    );
}

#[test]
fn no_grad_keeps_working() {
    check_scalars!(
        with_no_grad,
        with_no_grad_jvp,
        with_no_grad_vjp,
        with_no_grad_grad,
        with_no_grad_hvp,
        [0, 1],
        points(7, 6, 2, -1.5, 1.5)
    );
}

#[test]
fn constants_in_branches_and_loops() {
    check_scalars!(
        in_branch_and_loop,
        in_branch_and_loop_jvp,
        in_branch_and_loop_vjp,
        in_branch_and_loop_grad,
        in_branch_and_loop_hvp,
        [0, 1],
        points(8, 8, 2, -1.5, 1.5)
    );
}

#[test]
fn constant_to_a_slice_callee() {
    check_slice!(
        slice_caller,
        slice_caller_jvp,
        slice_caller_vjp,
        slice_caller_grad,
        slice_caller_hvp,
        points(9, 4, 3, -1.5, 1.5)
    );
}

#[test]
fn constant_to_a_generic_callee() {
    let f = |z: &[f64]| generic_caller(z[0], z[1]);
    let jvp = |z: &[f64], v: &[f64]| generic_caller_jvp(z[0], v[0], z[1], v[1]);
    let vjp = |z: &[f64], s: f64| {
        let (v, a, b) = generic_caller_vjp(z[0], z[1], s);
        (v, vec![a, b])
    };
    let grad = |z: &[f64]| {
        let (v, a, b) = generic_caller_grad(z[0], z[1]);
        (v, vec![a, b])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a, b) = generic_caller_hvp(z[0], d[0], z[1], d[1]);
        (v, vec![a, b])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(10, 6, 2, -1.5, 1.5) {
        fd::check_scalar("generic_caller", &m, &x, 1e-6, 1e-4);
    }
    // and at `f32`
    let (v, t) = generic_caller_jvp(0.5f32, 1.0, 1.5, 0.0);
    close("f32 value", f64::from(v), generic_caller(0.5, 1.5), 1e-6);
    close(
        "f32 tangent",
        f64::from(t),
        generic_caller_jvp(0.5, 1.0, 1.5, 0.0).1,
        1e-5,
    );
}

#[test]
fn constant_to_the_parameter_outside_and_active_value_inside() {
    check_scalars!(
        constant_to_only_c,
        constant_to_only_c_jvp,
        constant_to_only_c_vjp,
        constant_to_only_c_grad,
        constant_to_only_c_hvp,
        [0, 1],
        points(11, 6, 2, -1.5, 1.5)
    );
}

#[test]
fn constants_to_hand_written_rules() {
    check_scalars!(
        hand_written,
        hand_written_jvp,
        hand_written_vjp,
        hand_written_grad,
        hand_written_hvp,
        [0, 1],
        points(12, 6, 2, -1.5, 1.5)
    );
}

#[test]
fn constants_to_callees_returning_tuples_and_arrays() {
    check_scalars!(
        tuple_and_array_results,
        tuple_and_array_results_jvp,
        tuple_and_array_results_vjp,
        tuple_and_array_results_grad,
        tuple_and_array_results_hvp,
        [0, 1],
        points(13, 6, 2, -1.2, 1.2)
    );
}

#[test]
fn constants_in_a_loop_of_runtime_length() {
    let f = |z: &[f64]| in_runtime_loop(z[0], z[1], 4);
    let jvp = |z: &[f64], v: &[f64]| in_runtime_loop_jvp(z[0], v[0], z[1], v[1], 4);
    let vjp = |z: &[f64], s: f64| {
        let (v, a, b) = in_runtime_loop_vjp(z[0], z[1], 4, s);
        (v, vec![a, b])
    };
    let grad = |z: &[f64]| {
        let (v, a, b) = in_runtime_loop_grad(z[0], z[1], 4);
        (v, vec![a, b])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a, b) = in_runtime_loop_hvp(z[0], d[0], z[1], d[1], 4);
        (v, vec![a, b])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(14, 6, 2, -1.0, 1.0) {
        fd::check_scalar("in_runtime_loop", &m, &x, 1e-6, 1e-4);
    }
}

#[test]
fn constants_in_f32_code() {
    for p in points(15, 6, 2, -1.2, 1.2) {
        let (x, y) = (p[0] as f32, p[1] as f32);
        let h = 1e-2f32;
        let dx = (in_f32(x + h, y) - in_f32(x - h, y)) / (2.0 * h);
        let dy = (in_f32(x, y + h) - in_f32(x, y - h)) / (2.0 * h);
        let (_, gx, gy) = in_f32_grad(x, y);
        close("f32 grad x", f64::from(gx), f64::from(dx), 1e-2);
        close("f32 grad y", f64::from(gy), f64::from(dy), 1e-2);
        close(
            "f32 jvp",
            f64::from(in_f32_jvp(x, 1.0, y, 0.0).1),
            f64::from(dx),
            1e-2,
        );
    }
}

#[test]
fn constants_from_a_method() {
    let m = Model { c: 0.8 };
    let f = |z: &[f64]| m.energy(z[0], z[1]);
    let jvp = |z: &[f64], v: &[f64]| m.energy_jvp(z[0], v[0], z[1], v[1]);
    let vjp = |z: &[f64], s: f64| {
        let (v, a, b) = m.energy_vjp(z[0], z[1], s);
        (v, vec![a, b])
    };
    let grad = |z: &[f64]| {
        let (v, a, b) = m.energy_grad(z[0], z[1]);
        (v, vec![a, b])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a, b) = m.energy_hvp(z[0], d[0], z[1], d[1]);
        (v, vec![a, b])
    };
    let sm = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(16, 6, 2, -1.2, 1.2) {
        fd::check_scalar("energy", &sm, &x, 1e-6, 1e-4);
    }
}
