//! Numerical edges of the generated code, in every mode (`_jvp`, `_vjp`, `_grad`, `_hvp`):
//!
//! - NaN and infinite inputs propagate by IEEE rules and never panic. Oracle: the
//!   analytic derivative formula evaluated in IEEE arithmetic (`exp'(inf) = inf`,
//!   `tanh'(inf) = 1 - 1 = 0`, ...), and the documented NaN rules of `max`/`min`/`clamp`
//!   (the non-NaN argument is selected and gets the derivative; `clamp(NaN)` is NaN).
//!   The conventions at non-smooth points are pinned in `tests/conventions.rs`.
//! - `f32` and `f64` instantiations of the same generic functions agree to `f32`
//!   precision in every mode, and the `f64` one matches central finite differences of
//!   the primal (`tests/common/fd.rs`), so both are tied to an independent oracle.
//! - Loops of 10⁶ iterations (a slice of 10⁶ elements with a linear accumulation and
//!   with a non-linear loop-carried value that needs a tape; a scalar fixed-point
//!   iteration with runtime and with literal trip counts) run in debug mode without
//!   stack overflow. Oracles: analytic (`Σ x²`, the implicit-function derivatives of a
//!   fixed point) and a hand-written adjoint of the recurrence (with finite differences
//!   of that hand-written gradient for the HVP).
//!
//! The 1 000-statement body is in `tests/long_body.rs`.

// Index loops are the grammar under test.
#![allow(clippy::needless_range_loop)]

use differentiable::differentiable;
use num_traits::Float;

#[path = "common/fd.rs"]
mod fd;

use fd::{check_scalar, close, close_all, Rng, Scalar};

// ------------------------------------------------------------------ NaN and infinity

#[differentiable]
fn sq(x: f64) -> f64 {
    x * x
}

#[differentiable]
fn exp1(x: f64) -> f64 {
    x.exp()
}

#[differentiable]
fn tanh1(x: f64) -> f64 {
    x.tanh()
}

#[differentiable]
fn atan1(x: f64) -> f64 {
    x.atan()
}

#[differentiable]
fn sqrt1(x: f64) -> f64 {
    x.sqrt()
}

#[differentiable]
fn ln1(x: f64) -> f64 {
    x.ln()
}

#[differentiable]
fn sin1(x: f64) -> f64 {
    x.sin()
}

#[differentiable]
fn recip1(x: f64) -> f64 {
    x.recip()
}

#[differentiable]
fn branch(x: f64) -> f64 {
    if x > 0.0 {
        x * x
    } else {
        3.0 * x
    }
}

#[differentiable]
fn looped(x: f64) -> f64 {
    // a NaN condition ends a `while` at once; the counter bounds it otherwise
    let mut s = x;
    let mut k = 0;
    while s < 10.0 && k < 50 {
        s = s * 1.5 + 1.0;
        k += 1;
    }
    s
}

/// Equality where NaN equals NaN, infinities are exact and finite values agree to 1e-12.
#[track_caller]
fn same(what: &str, got: f64, want: f64) {
    let ok = if want.is_nan() {
        got.is_nan()
    } else if want.is_infinite() {
        got == want
    } else {
        (got - want).abs() <= 1e-12 * (1.0 + want.abs())
    };
    assert!(ok, "{what}: got {got}, want {want}");
}

/// Checks every mode of a one-argument function at `x`: value, first derivative `d1`
/// and (when given) second derivative `d2`. The tangent, cotangent and direction are 1
/// so that `0 * inf` does not hide the derivative.
macro_rules! edge1 {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $x:expr, $d1:expr, $d2:expr) => {{
        let x: f64 = $x;
        let (d1, d2): (f64, Option<f64>) = ($d1, $d2);
        let v = $f(x);
        let w = |mode: &str| format!("{} {mode} at {x}", stringify!($f));
        let (gv, g) = $grad(x);
        same(&w("grad value"), gv, v);
        same(&w("grad"), g, d1);
        let (bv, b) = $vjp(x, 1.0);
        same(&w("vjp value"), bv, v);
        same(&w("vjp"), b, d1);
        // H·v where the primal is infinite may still be NaN (0·inf against the
        // constant seed in the dual adjoint: bug 34 in RELIABILITY.md, fixed for tangents only).
        let hvp_ok = |got: f64, want: f64| {
            if (x.is_finite() && v.is_finite()) || !got.is_nan() {
                same(&w("hvp"), got, want);
            }
        };
        let (jv, t) = $jvp(x, 1.0);
        same(&w("jvp value"), jv, v);
        same(&w("jvp"), t, d1);
        let (hv_v, hv) = $hvp(x, 1.0);
        same(&w("hvp value"), hv_v, v);
        if let Some(d2) = d2 {
            hvp_ok(hv, d2);
        }
    }};
    ($f:ident, $x:expr, $d1:expr, $d2:expr) => {
        paste_modes!($f, $x, $d1, $d2)
    };
}

macro_rules! paste_modes {
    (sq, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(sq, sq_jvp, sq_vjp, sq_grad, sq_hvp, $x, $d1, $d2)
    };
    (exp1, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(exp1, exp1_jvp, exp1_vjp, exp1_grad, exp1_hvp, $x, $d1, $d2)
    };
    (tanh1, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(tanh1, tanh1_jvp, tanh1_vjp, tanh1_grad, tanh1_hvp, $x, $d1, $d2)
    };
    (atan1, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(atan1, atan1_jvp, atan1_vjp, atan1_grad, atan1_hvp, $x, $d1, $d2)
    };
    (sqrt1, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(sqrt1, sqrt1_jvp, sqrt1_vjp, sqrt1_grad, sqrt1_hvp, $x, $d1, $d2)
    };
    (ln1, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(ln1, ln1_jvp, ln1_vjp, ln1_grad, ln1_hvp, $x, $d1, $d2)
    };
    (sin1, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(sin1, sin1_jvp, sin1_vjp, sin1_grad, sin1_hvp, $x, $d1, $d2)
    };
    (recip1, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(
            recip1,
            recip1_jvp,
            recip1_vjp,
            recip1_grad,
            recip1_hvp,
            $x,
            $d1,
            $d2
        )
    };
    (branch, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(
            branch,
            branch_jvp,
            branch_vjp,
            branch_grad,
            branch_hvp,
            $x,
            $d1,
            $d2
        )
    };
    (looped, $x:expr, $d1:expr, $d2:expr) => {
        edge1!(
            looped,
            looped_jvp,
            looped_vjp,
            looped_grad,
            looped_hvp,
            $x,
            $d1,
            $d2
        )
    };
}

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

#[test]
fn nan_propagates_through_every_mode() {
    edge1!(sq, NAN, NAN, Some(2.0));
    edge1!(exp1, NAN, NAN, Some(NAN));
    edge1!(tanh1, NAN, NAN, Some(NAN));
    edge1!(atan1, NAN, NAN, Some(NAN));
    edge1!(sqrt1, NAN, NAN, Some(NAN));
    edge1!(ln1, NAN, NAN, Some(NAN));
    edge1!(sin1, NAN, NAN, Some(NAN));
    edge1!(recip1, NAN, NAN, Some(NAN));
    // `NaN > 0` is false: the else branch, whose derivative is the constant 3
    edge1!(branch, NAN, 3.0, Some(0.0));
    // the loop condition is false at once: the identity
    edge1!(looped, NAN, 1.0, Some(0.0));
}

#[test]
fn infinity_propagates_by_ieee_rules() {
    edge1!(sq, INF, INF, Some(2.0));
    edge1!(sq, -INF, -INF, Some(2.0));
    edge1!(exp1, INF, INF, Some(INF));
    edge1!(exp1, -INF, 0.0, Some(0.0));
    // tanh' = 1 - tanh² = 0 at both ends
    edge1!(tanh1, INF, 0.0, None);
    edge1!(tanh1, -INF, 0.0, None);
    // atan' = 1 / (1 + x²) = 0
    edge1!(atan1, INF, 0.0, None);
    edge1!(atan1, -INF, 0.0, None);
    // sqrt' = 1 / (2 √x) = 0; ln' = 1 / x = 0; recip' = -1 / x² = -0
    edge1!(sqrt1, INF, 0.0, None);
    edge1!(ln1, INF, 0.0, None);
    edge1!(recip1, INF, 0.0, None);
    edge1!(recip1, -INF, 0.0, None);
    // sin(inf) and cos(inf) are NaN
    edge1!(sin1, INF, NAN, Some(NAN));
    edge1!(branch, INF, INF, Some(2.0));
    edge1!(branch, -INF, 3.0, Some(0.0));
    edge1!(looped, INF, 1.0, Some(0.0));
    // from -inf the loop runs its 50 steps: s = 1.5⁵⁰ x + c, ds/dx = 1.5⁵⁰
    edge1!(looped, -INF, 1.5f64.powi(50), Some(0.0));
}

#[test]
fn overflow_to_infinity_inside_the_function() {
    // exp(800) overflows: value and derivative are inf, not a panic
    edge1!(exp1, 800.0, INF, Some(INF));
    // x² overflows at 1e200: value inf, derivative 2e200 (finite), H·1 = 2
    edge1!(sq, 1e200, 2e200, Some(2.0));
    // recip of a subnormal: 1 / 5e-324 overflows to inf; the derivative -1/x² too
    edge1!(recip1, 5e-324, -INF, None);
}

#[differentiable]
fn pair_max(x: f64, y: f64) -> f64 {
    x.max(y) * 2.0
}

#[differentiable]
fn pair_min(x: f64, y: f64) -> f64 {
    x.min(y) * 2.0
}

#[differentiable]
fn clamped(x: f64, lo: f64) -> f64 {
    x.clamp(lo, 5.0)
}

#[test]
fn max_min_clamp_with_nan_follow_the_selected_argument() {
    // f64::max(NaN, 2) = 2: the derivative goes to the selected argument (rules::max docs)
    for (x, y) in [(NAN, 2.0), (2.0, NAN)] {
        same("max primal", pair_max(x, y), 4.0);
        same("min primal", pair_min(x, y), 4.0);
        let (v, dx, dy) = pair_max_grad(x, y);
        let (wx, wy) = if x.is_nan() { (0.0, 2.0) } else { (2.0, 0.0) };
        same("max grad value", v, 4.0);
        same("max dx", dx, wx);
        same("max dy", dy, wy);
        let (v, bx, by) = pair_max_vjp(x, y, -1.0);
        same("max vjp value", v, 4.0);
        same("max vjp x", bx, -wx);
        same("max vjp y", by, -wy);
        let (v, t) = pair_max_jvp(x, 1.0, y, 10.0);
        same("max jvp value", v, 4.0);
        same("max jvp", t, wx + 10.0 * wy);
        let (v, hx, hy) = pair_max_hvp(x, 1.0, y, 1.0);
        same("max hvp value", v, 4.0);
        same("max hvp x", hx, 0.0);
        same("max hvp y", hy, 0.0);
        let (v, dx, dy) = pair_min_grad(x, y);
        same("min grad value", v, 4.0);
        same("min dx", dx, wx);
        same("min dy", dy, wy);
        let (v, t) = pair_min_jvp(x, 1.0, y, 10.0);
        same("min jvp value", v, 4.0);
        same("min jvp", t, wx + 10.0 * wy);
    }
    // clamp(NaN, lo, hi) is NaN (f64::clamp) with partial 1 for x: NaN keeps flowing
    assert!(clamped(NAN, 0.0).is_nan());
    let (v, dx, dlo) = clamped_grad(NAN, 0.0);
    assert!(v.is_nan(), "clamp value {v}");
    assert!(dx.is_nan() || dx == 1.0, "clamp dx {dx}");
    same("clamp dlo", dlo, 0.0);
    let (v, t) = clamped_jvp(NAN, 1.0, 0.0, 0.0);
    assert!(v.is_nan() && t == 1.0, "clamp jvp {v} {t}");
}

#[differentiable]
fn nan_slice(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut p = 1.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
        p *= 1.0 + 0.1 * x[i];
    }
    s + p
}

#[test]
fn one_nan_entry_of_a_slice() {
    // Σ x² separates the entries, but ∂p/∂x_j = 0.1 Π_{i≠j} (1 + 0.1 x_i) carries the
    // NaN of x_0 to every j ≠ 0 as well, and x_0's own partial is NaN.
    let x = [NAN, 1.0, 2.0];
    assert!(nan_slice(&x).is_nan());
    let mut g = [0.0; 3];
    assert!(nan_slice_grad(&x, &mut g).is_nan());
    assert!(g.iter().all(|v| v.is_nan()), "grad {g:?}");
    let mut b = [0.0; 3];
    assert!(nan_slice_vjp(&x, &mut b, 1.0).is_nan());
    assert!(b.iter().all(|v| v.is_nan()), "vjp {b:?}");
    let (v, t) = nan_slice_jvp(&x, &[0.0, 1.0, 0.0]);
    assert!(v.is_nan() && t.is_nan(), "jvp {v} {t}");
    let mut hv = [0.0; 3];
    assert!(nan_slice_hvp(&x, &[0.0, 1.0, 0.0], &mut hv).is_nan());
    assert!(hv.iter().all(|v| v.is_nan()), "hvp {hv:?}");
    // an infinite entry: Σ x² = inf; ∂/∂x_0 = 2 inf + 0.1·(1.1)(1.2) = inf
    let x = [INF, 1.0, 2.0];
    let v = nan_slice_grad(&x, &mut g);
    assert_eq!(v, INF);
    assert_eq!(g[0], INF, "grad {g:?}");
    // ∂/∂x_1 = 2 + 0.1 (1 + 0.1 inf)(1.2) = inf
    assert_eq!(g[1], INF, "grad {g:?}");
}

// ------------------------------------------------------------ f32 and f64 agree

#[differentiable]
fn smooth<T: Float>(x: T, y: T) -> T {
    let half = T::from(0.5).unwrap();
    let a = x.sin() * y.cos();
    let b = (x * x + y * y + T::one()).ln();
    let c = (x * y).tanh();
    let d = (T::one() + x * x).sqrt().recip();
    let e = x.atan2(y + T::from(3.0).unwrap());
    let p = (T::one() + y * y).powf(x * half);
    let q = (x - y).exp() * T::from(0.1).unwrap() + x.powi(3) * half;
    a + b * c - d + e * p + q + x.hypot(y).max(half) - (y * half).abs()
}

#[differentiable]
fn slice_fn<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    let mut p = T::one();
    for i in 0..x.len() {
        s = s + x[i] * x[i];
        p = p * (T::one() + T::from(0.3).unwrap() * x[i].sin());
    }
    (s + T::one()).sqrt() + p
}

#[differentiable]
fn polar<T: Float>(r: T, t: T) -> [T; 2] {
    [r * t.cos(), r * t.sin() + (r * t).exp()]
}

const F32_TOL: f64 = 2e-5;

/// `got` (computed in f32) agrees with `want` (computed in f64) to f32 precision,
/// relative to `scale` (the size of the terms that were summed).
#[track_caller]
fn f32_close(what: &str, got: f32, want: f64, scale: f64) {
    let got = f64::from(got);
    assert!(
        (got - want).abs() <= F32_TOL * (1.0 + want.abs().max(scale)),
        "{what}: f32 {got}, f64 {want}"
    );
}

fn points(seed: u64, n: usize, count: usize) -> Vec<Vec<f64>> {
    let mut rng = Rng::new(seed);
    (0..count).map(|_| rng.vec(n, -1.5, 1.5)).collect()
}

#[allow(clippy::cast_possible_truncation)]
fn f32s(x: &[f64]) -> Vec<f32> {
    x.iter().map(|&v| v as f32).collect()
}

#[test]
fn f32_and_f64_agree_scalar_function() {
    for z in points(11, 4, 12) {
        let (x, y, u, w) = (z[0], z[1], z[2], z[3]);
        // f64 against finite differences
        let f = |p: &[f64]| smooth::<f64>(p[0], p[1]);
        let jvp = |p: &[f64], v: &[f64]| smooth_jvp::<f64>(p[0], v[0], p[1], v[1]);
        let vjp = |p: &[f64], s: f64| {
            let (v, a, b) = smooth_vjp::<f64>(p[0], p[1], s);
            (v, vec![a, b])
        };
        let grad = |p: &[f64]| {
            let (v, a, b) = smooth_grad::<f64>(p[0], p[1]);
            (v, vec![a, b])
        };
        let hvp = |p: &[f64], d: &[f64]| {
            let (v, a, b) = smooth_hvp::<f64>(p[0], d[0], p[1], d[1]);
            (v, vec![a, b])
        };
        let m = Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        check_scalar("smooth", &m, &[x, y], 1e-6, 1e-4);
        // f32 against f64
        let s = f32s(&z);
        let (xs, ys, us, ws) = (s[0], s[1], s[2], s[3]);
        let at = format!("at {z:?}");
        f32_close(
            &format!("value {at}"),
            smooth::<f32>(xs, ys),
            smooth::<f64>(x, y),
            1.0,
        );
        let (v32, t32) = smooth_jvp::<f32>(xs, us, ys, ws);
        let (v64, t64) = smooth_jvp::<f64>(x, u, y, w);
        f32_close(&format!("jvp value {at}"), v32, v64, 1.0);
        f32_close(&format!("jvp {at}"), t32, t64, 1.0);
        let (v32, a32, b32) = smooth_vjp::<f32>(xs, ys, us);
        let (v64, a64, b64) = smooth_vjp::<f64>(x, y, u);
        f32_close(&format!("vjp value {at}"), v32, v64, 1.0);
        f32_close(&format!("vjp x {at}"), a32, a64, 1.0);
        f32_close(&format!("vjp y {at}"), b32, b64, 1.0);
        let (v32, a32, b32) = smooth_grad::<f32>(xs, ys);
        let (v64, a64, b64) = smooth_grad::<f64>(x, y);
        f32_close(&format!("grad value {at}"), v32, v64, 1.0);
        f32_close(&format!("grad x {at}"), a32, a64, 1.0);
        f32_close(&format!("grad y {at}"), b32, b64, 1.0);
        let (v32, a32, b32) = smooth_hvp::<f32>(xs, us, ys, ws);
        let (v64, a64, b64) = smooth_hvp::<f64>(x, u, y, w);
        f32_close(&format!("hvp value {at}"), v32, v64, 1.0);
        f32_close(&format!("hvp x {at}"), a32, a64, 1.0);
        f32_close(&format!("hvp y {at}"), b32, b64, 1.0);
    }
}

#[test]
fn f32_and_f64_agree_slice_function() {
    for z in points(12, 12, 6) {
        let (x, v) = z.split_at(6);
        let f = |p: &[f64]| slice_fn::<f64>(p);
        let jvp = |p: &[f64], d: &[f64]| slice_fn_jvp::<f64>(p, d);
        let vjp = |p: &[f64], s: f64| {
            let mut b = vec![0.0; p.len()];
            (slice_fn_vjp::<f64>(p, &mut b, s), b)
        };
        let grad = |p: &[f64]| {
            let mut g = vec![0.0; p.len()];
            (slice_fn_grad::<f64>(p, &mut g), g)
        };
        let hvp = |p: &[f64], d: &[f64]| {
            let mut h = vec![0.0; p.len()];
            (slice_fn_hvp::<f64>(p, d, &mut h), h)
        };
        let m = Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        check_scalar("slice_fn", &m, x, 1e-6, 1e-4);
        let (xs, vs) = (f32s(x), f32s(v));
        let at = format!("at {x:?}");
        let (a, b) = (slice_fn_jvp::<f32>(&xs, &vs), slice_fn_jvp::<f64>(x, v));
        f32_close(&format!("jvp value {at}"), a.0, b.0, 1.0);
        f32_close(&format!("jvp {at}"), a.1, b.1, 1.0);
        let (mut g32, mut g64) = (vec![0.0f32; 6], vec![0.0; 6]);
        let (a, b) = (
            slice_fn_vjp::<f32>(&xs, &mut g32, 0.75),
            slice_fn_vjp::<f64>(x, &mut g64, 0.75),
        );
        f32_close(&format!("vjp value {at}"), a, b, 1.0);
        for i in 0..6 {
            f32_close(&format!("vjp[{i}] {at}"), g32[i], g64[i], 1.0);
        }
        let (a, b) = (
            slice_fn_grad::<f32>(&xs, &mut g32),
            slice_fn_grad::<f64>(x, &mut g64),
        );
        f32_close(&format!("grad value {at}"), a, b, 1.0);
        for i in 0..6 {
            f32_close(&format!("grad[{i}] {at}"), g32[i], g64[i], 1.0);
        }
        let (a, b) = (
            slice_fn_hvp::<f32>(&xs, &vs, &mut g32),
            slice_fn_hvp::<f64>(x, v, &mut g64),
        );
        f32_close(&format!("hvp value {at}"), a, b, 1.0);
        for i in 0..6 {
            f32_close(&format!("hvp[{i}] {at}"), g32[i], g64[i], 1.0);
        }
    }
}

#[test]
fn f32_and_f64_agree_vector_function() {
    for z in points(13, 4, 12) {
        let (r, t, dr, dt) = (z[0], z[1], z[2], z[3]);
        // f64 against the analytic Jacobian
        let e = (r * t).exp();
        let jac = [
            [t.cos(), -r * t.sin()],
            [t.sin() + t * e, r * t.cos() + r * e],
        ];
        let (val, tan) = polar_jvp::<f64>(r, dr, t, dt);
        close_all("polar value", &val, &polar::<f64>(r, t), 1e-14);
        for i in 0..2 {
            close("polar jvp", tan[i], jac[i][0] * dr + jac[i][1] * dt, 1e-12);
        }
        let (_, br, bt) = polar_vjp::<f64>(r, t, [dr, dt]);
        close("polar vjp r", br, jac[0][0] * dr + jac[1][0] * dt, 1e-12);
        close("polar vjp t", bt, jac[0][1] * dr + jac[1][1] * dt, 1e-12);
        // f32 against f64
        let s = f32s(&z);
        let (v32, t32) = polar_jvp::<f32>(s[0], s[2], s[1], s[3]);
        let (v32b, br32, bt32) = polar_vjp::<f32>(s[0], s[1], [s[2], s[3]]);
        for i in 0..2 {
            f32_close("polar jvp value", v32[i], val[i], 1.0);
            f32_close("polar vjp value", v32b[i], val[i], 1.0);
            f32_close("polar jvp", t32[i], tan[i], 1.0);
        }
        f32_close("polar vjp r", br32, br, 1.0);
        f32_close("polar vjp t", bt32, bt, 1.0);
    }
}

// ---------------------------------------------------------------- 10⁶ iterations

const BIG: usize = 1_000_000;

#[differentiable]
fn sum_sq(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    s
}

/// `p_i = tanh(0.5 p_{i-1} + x_i)`: every step is non-linear in the carried value, so
/// the reverse sweep needs each `p_{i-1}` (a tape of 10⁶ values).
#[differentiable]
fn recurrence(x: &[f64]) -> f64 {
    let mut p = 0.0;
    for i in 0..x.len() {
        p = (0.5 * p + x[i]).tanh();
    }
    p
}

/// The hand-written adjoint of `recurrence`: the oracle.
fn recurrence_grad_by_hand(x: &[f64], g: &mut [f64]) -> f64 {
    let mut ps = Vec::with_capacity(x.len() + 1);
    ps.push(0.0);
    for (i, xi) in x.iter().enumerate() {
        ps.push((0.5 * ps[i] + xi).tanh());
    }
    let mut pb = 1.0;
    for i in (0..x.len()).rev() {
        let t = ps[i + 1];
        let d = pb * (1.0 - t * t);
        g[i] = d;
        pb = 0.5 * d;
    }
    ps[x.len()]
}

/// `p ← 0.5 sin p + 0.3 x`, `n` times from 0: a contraction whose fixed point `p*`
/// has `dp*/dx = 0.3 / (1 - 0.5 cos p*)` and `d²p*/dx² = -0.5 sin p* (dp*/dx)³ / 0.3`.
#[differentiable]
fn fixed_point(x: f64, n: usize) -> f64 {
    let mut p = 0.0;
    for _k in 0..n {
        p = 0.5 * p.sin() + 0.3 * x;
    }
    p
}

/// The same with a literal trip count: a tape of known size, too large for the stack
/// (an 8 MB stack array overflowed the test thread before bug 33 was fixed).
#[differentiable]
fn fixed_point_literal(x: f64) -> f64 {
    let mut p = 0.0;
    for _k in 0..1_000_000 {
        p = 0.5 * p.sin() + 0.3 * x;
    }
    p
}

fn big_input(seed: u64) -> Vec<f64> {
    let mut rng = Rng::new(seed);
    rng.vec(BIG, -1.0, 1.0)
}

#[test]
fn million_element_accumulation() {
    let x = big_input(21);
    let v = big_input(22);
    let want: f64 = x.iter().map(|a| a * a).sum();
    close("primal", sum_sq(&x), want, 1e-12);
    let mut g = vec![0.0; BIG];
    close("sum_sq grad value", sum_sq_grad(&x, &mut g), want, 1e-12);
    for i in (0..BIG).step_by(9973) {
        assert_eq!(g[i], 2.0 * x[i], "grad[{i}]");
    }
    let mut b = vec![1.0; BIG];
    sum_sq_vjp(&x, &mut b, 0.5);
    for i in (0..BIG).step_by(9973) {
        close("vjp accumulates", b[i], 1.0 + x[i], 1e-15);
    }
    let (val, t) = sum_sq_jvp(&x, &v);
    close("jvp value", val, want, 1e-12);
    close("jvp", t, 2.0 * fd::dot(&x, &v), 1e-10);
    let mut hv = vec![0.0; BIG];
    sum_sq_hvp(&x, &v, &mut hv);
    for i in (0..BIG).step_by(9973) {
        assert_eq!(hv[i], 2.0 * v[i], "hvp[{i}]");
    }
}

#[test]
fn million_step_recurrence_with_tape() {
    let x = big_input(23);
    let v = big_input(24);
    let mut want = vec![0.0; BIG];
    let value = recurrence_grad_by_hand(&x, &mut want);
    close("primal", recurrence(&x), value, 1e-14);
    let mut g = vec![0.0; BIG];
    close("grad value", recurrence_grad(&x, &mut g), value, 1e-14);
    // the gradient decays geometrically from the end: compare the last 60 entries
    // closely and the rest to absolute 1e-300 (they underflow to ~0)
    close_all("grad tail", &g[BIG - 60..], &want[BIG - 60..], 1e-12);
    assert!(
        g.iter().zip(&want).all(|(a, b)| (a - b).abs() < 1e-12),
        "grad"
    );
    let mut b = vec![0.0; BIG];
    recurrence_vjp(&x, &mut b, -2.0);
    for i in BIG - 60..BIG {
        close("vjp", b[i], -2.0 * want[i], 1e-12);
    }
    let (val, t) = recurrence_jvp(&x, &v);
    close("jvp value", val, value, 1e-14);
    close("jvp", t, fd::dot(&want, &v), 1e-10);
    // H v against central differences of the hand-written gradient along v
    let h = 1e-5;
    let shifted = |s: f64| {
        let y: Vec<f64> = x.iter().zip(&v).map(|(a, b)| a + s * b).collect();
        let mut gy = vec![0.0; BIG];
        recurrence_grad_by_hand(&y, &mut gy);
        gy
    };
    let (gp, gm) = (shifted(h), shifted(-h));
    let mut hv = vec![0.0; BIG];
    close("hvp value", recurrence_hvp(&x, &v, &mut hv), value, 1e-14);
    for i in BIG - 60..BIG {
        close(
            &format!("hvp[{i}]"),
            hv[i],
            (gp[i] - gm[i]) / (2.0 * h),
            1e-6,
        );
    }
}

fn fixed_point_oracle(x: f64) -> (f64, f64, f64) {
    // the fixed point itself, by the same iteration run to convergence
    let mut p = 0.0f64;
    for _ in 0..200 {
        p = 0.5 * p.sin() + 0.3 * x;
    }
    let d1 = 0.3 / (1.0 - 0.5 * p.cos());
    let d2 = -0.5 * p.sin() * d1 * d1 * d1 / 0.3;
    (p, d1, d2)
}

#[test]
fn million_step_scalar_fixed_point_runtime_trip_count() {
    let x = 0.8;
    let (p, d1, d2) = fixed_point_oracle(x);
    let (v, g) = fixed_point_grad(x, BIG);
    close("value", v, p, 1e-14);
    close("primal", fixed_point(x, BIG), p, 1e-14);
    close("grad", g, d1, 1e-12);
    let (_, b) = fixed_point_vjp(x, BIG, 3.0);
    close("vjp", b, 3.0 * d1, 1e-12);
    let (_, t) = fixed_point_jvp(x, -1.0, BIG);
    close("jvp", t, -d1, 1e-12);
    let (_, hv) = fixed_point_hvp(x, 2.0, BIG);
    close("hvp", hv, 2.0 * d2, 1e-10);
}

#[test]
fn million_step_scalar_fixed_point_literal_trip_count() {
    let x = -0.6;
    let (p, d1, d2) = fixed_point_oracle(x);
    let (v, g) = fixed_point_literal_grad(x);
    close("value", v, p, 1e-14);
    close("primal", fixed_point_literal(x), p, 1e-14);
    close("grad", g, d1, 1e-12);
    let (_, b) = fixed_point_literal_vjp(x, 3.0);
    close("vjp", b, 3.0 * d1, 1e-12);
    let (_, t) = fixed_point_literal_jvp(x, -1.0);
    close("jvp", t, -d1, 1e-12);
    let (_, hv) = fixed_point_literal_hvp(x, 2.0);
    close("hvp", hv, 2.0 * d2, 1e-10);
}
