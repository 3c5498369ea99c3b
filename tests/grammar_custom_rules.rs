//! Grammar coverage, custom derivative rules: functions that are not
//! `#[differentiable]` but come with hand-written `h_jvp` / `h_vjp` / `h_hvp` (API.md,
//! "Calls and custom derivatives"), called with active scalar arguments, with inactive
//! arguments beside them, inside loops and branches.
//!
//! The caller's `_hvp` goes through the callee's `_vjp` and `_hvp`, so a rule written
//! with only `h_jvp` and `h_vjp` serves a caller only without an `_hvp`
//! (`#[differentiable(no_hvp)]`); rules used by the other callers here supply all
//! three, with scalar and with slice (`&[f64]`) arguments; first-order-only rules serve
//! an array-output caller marked `no_hvp`.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`; the
//! hand-written rules themselves are checked against the same finite differences.

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{close, points};

// ---------------------------------------------------------------- softplus: a numerically careful rule

/// `ln(1 + e^x)`, written so it does not overflow.
fn softplus(x: f64) -> f64 {
    if x > 0.0 {
        x + (-x).exp().ln_1p()
    } else {
        x.exp().ln_1p()
    }
}

fn sigmoid(x: f64) -> f64 {
    if x > 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

fn softplus_jvp(x: f64, dx: f64) -> (f64, f64) {
    (softplus(x), sigmoid(x) * dx)
}

fn softplus_vjp(x: f64, seed: f64) -> (f64, f64) {
    (softplus(x), sigmoid(x) * seed)
}

fn softplus_hvp(x: f64, v: f64) -> (f64, f64) {
    let s = sigmoid(x);
    (softplus(x), s * (1.0 - s) * v)
}

#[test]
fn the_hand_written_softplus_rule_is_right() {
    for x in [-3.0, -0.2, 0.4, 2.5] {
        let f = |z: &[f64]| softplus(z[0]);
        let g = fd::grad(&f, &[x])[0];
        close("softplus jvp", softplus_jvp(x, 1.0).1, g, 1e-8);
        close("softplus vjp", softplus_vjp(x, 1.0).1, g, 1e-8);
        close(
            "softplus hvp",
            softplus_hvp(x, 1.0).1,
            fd::hvp(&f, &[x], &[1.0])[0],
            1e-5,
        );
    }
}

#[differentiable]
fn logistic_loss(w: f64, b: f64) -> f64 {
    let mut s = softplus(w * 0.5 + b);
    s += softplus(-(w * -1.5 + b));
    s + softplus(w) * b
}

#[test]
fn custom_scalar_rule_in_all_modes() {
    check_scalars!(
        logistic_loss,
        logistic_loss_jvp,
        logistic_loss_vjp,
        logistic_loss_grad,
        logistic_loss_hvp,
        [0, 1],
        points(1, 4, 2, -2.0, 2.0)
    );
}

#[test]
fn custom_rule_stays_finite_where_the_naive_formula_overflows() {
    // ln(1 + e^800) overflows in the naive formula; the custom rule gives 800 and slope 1
    let (v, t) = logistic_loss_jvp(0.0, 0.0, 800.0, 1.0);
    assert!(v.is_finite() && t.is_finite(), "{v} {t}");
    // d/db [softplus(b) + softplus(-b) + softplus(0) b] = s(b) - s(-b) + ln 2
    close("overflow-safe slope", t, 1.0 + 2.0f64.ln(), 1e-12);
}

// ---------------------------------------------------------------- two active arguments and an inactive one

/// An "opaque" routine: `a^2 b + k b^3`.
fn opaque(a: f64, k: usize, b: f64) -> f64 {
    a * a * b + k as f64 * b * b * b
}

fn opaque_jvp(a: f64, da: f64, k: usize, b: f64, db: f64) -> (f64, f64) {
    let kf = k as f64;
    (
        opaque(a, k, b),
        2.0 * a * b * da + (a * a + 3.0 * kf * b * b) * db,
    )
}

fn opaque_vjp(a: f64, k: usize, b: f64, seed: f64) -> (f64, f64, f64) {
    let kf = k as f64;
    (
        opaque(a, k, b),
        2.0 * a * b * seed,
        (a * a + 3.0 * kf * b * b) * seed,
    )
}

fn opaque_hvp(a: f64, va: f64, k: usize, b: f64, vb: f64) -> (f64, f64, f64) {
    let kf = k as f64;
    // H = [[2b, 2a], [2a, 6kb]]
    (
        opaque(a, k, b),
        2.0 * b * va + 2.0 * a * vb,
        2.0 * a * va + 6.0 * kf * b * vb,
    )
}

#[differentiable]
fn uses_opaque(x: &[f64], k: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        if i % 2 == 0 {
            s += opaque(x[i], k, x[i + 1]);
        } else {
            s += opaque(x[i + 1].sin(), k + 1, x[i]) * 0.5;
        }
    }
    s
}

#[test]
fn custom_rule_with_two_active_and_one_inactive_argument() {
    let f0 = |z: &[f64]| opaque(z[0], 2, z[1]);
    for z in points(2, 3, 2, -1.5, 1.5) {
        let g = fd::grad(&f0, &z);
        close(
            "opaque jvp",
            opaque_jvp(z[0], 0.3, 2, z[1], -0.7).1,
            0.3 * g[0] - 0.7 * g[1],
            1e-8,
        );
        let (_, ga, gb) = opaque_vjp(z[0], 2, z[1], 1.0);
        fd::close_all("opaque vjp", &[ga, gb], &g, 1e-8);
        let (_, ha, hb) = opaque_hvp(z[0], 0.3, 2, z[1], -0.7);
        fd::close_all(
            "opaque hvp",
            &[ha, hb],
            &fd::hvp(&f0, &z, &[0.3, -0.7]),
            1e-5,
        );
    }
    for k in [0usize, 2] {
        let f = |z: &[f64]| uses_opaque(z, k);
        let jvp = |z: &[f64], v: &[f64]| uses_opaque_jvp(z, v, k);
        let vjp = |z: &[f64], s: f64| {
            let mut b = vec![0.0; z.len()];
            let v = uses_opaque_vjp(z, &mut b, k, s);
            (v, b)
        };
        let grad = |z: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = uses_opaque_grad(z, &mut b, k);
            (v, b)
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = uses_opaque_hvp(z, d, &mut b, k);
            (v, b)
        };
        let m = fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in points(3, 3, 4, -1.5, 1.5) {
            fd::check_scalar("uses_opaque", &m, &x, 1e-6, 1e-4);
        }
    }
}

// ---------------------------------------------------------------- a custom rule next to a differentiable callee

#[differentiable]
fn smooth(u: f64) -> f64 {
    u.tanh() * u
}

#[differentiable]
fn mixes_rules(x: f64, y: f64) -> f64 {
    let a = smooth(x * y);
    let b = softplus(a - y);
    if b > 1.0 {
        b * smooth(b)
    } else {
        b + a
    }
}

#[test]
fn custom_rule_composed_with_a_differentiable_callee() {
    let pts = points(4, 30, 2, -2.0, 2.0).into_iter().filter(|z| {
        let a = smooth(z[0] * z[1]);
        (softplus(a - z[1]) - 1.0).abs() > 0.05
    });
    check_scalars!(
        mixes_rules,
        mixes_rules_jvp,
        mixes_rules_vjp,
        mixes_rules_grad,
        mixes_rules_hvp,
        [0, 1],
        pts
    );
}

// ---------------------------------------------------------------- only `h_jvp` + `h_vjp`: vector outputs

/// `x / (1 + |x|)`, with only the two first-order rules written.
fn soft_sign(x: f64) -> f64 {
    x / (1.0 + x.abs())
}

fn soft_sign_jvp(x: f64, dx: f64) -> (f64, f64) {
    let d = 1.0 + x.abs();
    (soft_sign(x), dx / (d * d))
}

fn soft_sign_vjp(x: f64, seed: f64) -> (f64, f64) {
    let d = 1.0 + x.abs();
    (soft_sign(x), seed / (d * d))
}

/// Euclidean norm of a slice, with only the two first-order rules written.
fn norm(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>().sqrt()
}

fn norm_jvp(x: &[f64], dx: &[f64]) -> (f64, f64) {
    let n = norm(x);
    (n, x.iter().zip(dx).map(|(a, b)| a * b).sum::<f64>() / n)
}

fn norm_vjp(x: &[f64], x_bar: &mut [f64], seed: f64) -> f64 {
    let n = norm(x);
    for (b, v) in x_bar.iter_mut().zip(x) {
        *b += seed * v / n;
    }
    n
}

#[differentiable(no_hvp)]
fn features(x: &[f64], c: f64) -> [f64; 3] {
    let n = norm(x);
    [soft_sign(c * x[0]), n * c, soft_sign(n - c) + x[1]]
}

#[test]
fn first_order_custom_rules_serve_vector_outputs() {
    let k = 3;
    let f = |z: &[f64]| features(&z[..k], z[k]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = features_jvp(&z[..k], &v[..k], z[k], v[k]);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let mut xb = vec![0.0; k];
        let (a, cb) = features_vjp(&z[..k], &mut xb, z[k], [s[0], s[1], s[2]]);
        xb.push(cb);
        (a.to_vec(), xb)
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    // keep the arguments of |.| away from 0
    for x in [
        vec![0.5, -1.2, 0.8, 1.3],
        vec![-0.7, 0.4, 1.1, -0.6],
        vec![1.4, 0.3, -0.2, 0.45],
    ] {
        fd::check_vector("features", &m, &x, 1e-6);
    }
}

// ---------------------------------------------------------------- a slice-argument rule in a scalar caller

/// `sum(x)^2 / 2` behind hand-written rules only (so only `norm`-like `&[f64]` rules are
/// exercised: jvp, vjp with an accumulated shadow, hvp with an overwritten output).
fn half_sq_sum(x: &[f64]) -> f64 {
    let s: f64 = x.iter().sum();
    0.5 * s * s
}

fn half_sq_sum_jvp(x: &[f64], dx: &[f64]) -> (f64, f64) {
    let s: f64 = x.iter().sum();
    (half_sq_sum(x), s * dx.iter().sum::<f64>())
}

fn half_sq_sum_vjp(x: &[f64], x_bar: &mut [f64], seed: f64) -> f64 {
    let s: f64 = x.iter().sum();
    for b in x_bar.iter_mut() {
        *b += seed * s;
    }
    half_sq_sum(x)
}

fn half_sq_sum_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
    // H = ones * ones^T
    let sv: f64 = v.iter().sum();
    for h in hv.iter_mut() {
        *h = sv;
    }
    half_sq_sum(x)
}

/// Written only for [`uses_slice_rules`]: `H v = v / |x| - x <x, v> / |x|^3`.
fn norm_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
    let n = norm(x);
    let xv: f64 = x.iter().zip(v).map(|(a, b)| a * b).sum();
    for i in 0..x.len() {
        hv[i] = v[i] / n - x[i] * xv / (n * n * n);
    }
    n
}

#[differentiable]
fn uses_slice_rules(x: &[f64], c: f64) -> f64 {
    let a = norm(x);
    let b = half_sq_sum(x);
    a * c + b * x[0] + (c * a).sin()
}

#[test]
fn slice_argument_rules_in_a_scalar_caller() {
    let k = 3;
    let f0 = |z: &[f64]| half_sq_sum(z);
    let z0 = [0.4, -0.3, 1.1];
    let mut hv = [0.0; 3];
    half_sq_sum_hvp(&z0, &[1.0, 0.5, -0.2], &mut hv);
    fd::close_all(
        "half_sq_sum hvp",
        &hv,
        &fd::hvp(&f0, &z0, &[1.0, 0.5, -0.2]),
        1e-5,
    );
    norm_hvp(&z0, &[1.0, 0.5, -0.2], &mut hv);
    fd::close_all(
        "norm hvp",
        &hv,
        &fd::hvp(&|z: &[f64]| norm(z), &z0, &[1.0, 0.5, -0.2]),
        1e-5,
    );
    let f = |z: &[f64]| uses_slice_rules(&z[..k], z[k]);
    let jvp = |z: &[f64], v: &[f64]| uses_slice_rules_jvp(&z[..k], &v[..k], z[k], v[k]);
    let vjp = |z: &[f64], s: f64| {
        let mut xb = vec![0.0; k];
        let (v, cb) = uses_slice_rules_vjp(&z[..k], &mut xb, z[k], s);
        xb.push(cb);
        (v, xb)
    };
    let grad = |z: &[f64]| {
        let mut xb = vec![0.0; k];
        let (v, cb) = uses_slice_rules_grad(&z[..k], &mut xb, z[k]);
        xb.push(cb);
        (v, xb)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut xb = vec![0.0; k];
        let (v, cb) = uses_slice_rules_hvp(&z[..k], &d[..k], &mut xb, z[k], d[k]);
        xb.push(cb);
        (v, xb)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(5, 3, k + 1, -1.5, 1.5) {
        fd::check_scalar("uses_slice_rules", &m, &x, 1e-6, 1e-4);
    }
}

// ---------------------------------------------------------------- generic custom rules in generic code

fn gsoftplus<T: num_traits::Float>(x: T) -> T {
    x.exp().ln_1p()
}

fn gsoftplus_jvp<T: num_traits::Float>(x: T, dx: T) -> (T, T) {
    (gsoftplus(x), dx / (T::one() + (-x).exp()))
}

fn gsoftplus_vjp<T: num_traits::Float>(x: T, seed: T) -> (T, T) {
    (gsoftplus(x), seed / (T::one() + (-x).exp()))
}

fn gsoftplus_hvp<T: num_traits::Float>(x: T, v: T) -> (T, T) {
    let s = T::one() / (T::one() + (-x).exp());
    (gsoftplus(x), s * (T::one() - s) * v)
}

#[differentiable]
fn generic_uses_rule<T: num_traits::Float>(x: T, y: T) -> T {
    gsoftplus(x * y) + gsoftplus(x) * y
}

#[test]
fn generic_custom_rule_at_f64_and_f32() {
    check_scalars!(
        generic_uses_rule,
        generic_uses_rule_jvp,
        generic_uses_rule_vjp,
        generic_uses_rule_grad,
        generic_uses_rule_hvp,
        [0, 1],
        points(6, 4, 2, -2.0, 2.0)
    );
    let (a, b) = (0.4f32, 0.7f32);
    let (_, gx, gy) = generic_uses_rule_grad(a, b);
    let z = [f64::from(a), f64::from(b)];
    let want = fd::grad(&|w: &[f64]| generic_uses_rule(w[0], w[1]), &z);
    fd::close_all(
        "generic rule f32",
        &[f64::from(gx), f64::from(gy)],
        &want,
        1e-5,
    );
}
