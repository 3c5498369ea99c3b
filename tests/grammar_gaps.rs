//! Grammar coverage, the idioms of ordinary numerical Rust that sit between the bigger
//! constructs: float-to-float `as` casts (identity, `f32 -> f64` widening and
//! `f64 -> f32` narrowing of active values), `to_radians` / `to_degrees` / `sin_cos`,
//! `libm` functions, float type aliases (`float = Real`), `match` on integers and enums
//! with active arm values, destructuring `let`s (arrays of an active parameter, tuples
//! from an `if` or `match`, inactive structs, tuples and arrays), compound assignments
//! and nested blocks as the tail of a block, `mut` parameters, long chains of variables
//! shifted through one another in a loop, and calls passing subslices, `no_grad(..)`
//! arguments and typed float data.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`. A function
//! that computes partly in `f32` is checked against the finite differences of its `f64`
//! twin (the same formula with every cast removed), to `f32` precision.
// The functions under test are written the way users write them (index loops, late
// initialisation, casts that may look redundant), which clippy would restyle.
#![allow(
    clippy::needless_range_loop,
    clippy::unnecessary_cast,
    clippy::cast_possible_truncation,
    clippy::let_and_return,
    clippy::no_effect_underscore_binding,
    clippy::redundant_slicing,
    clippy::single_match
)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::{differentiable, no_grad};
use fd::{close, close_all, points};
use num_traits::Float;

/// The generated modes of a function computing partly in `f32`, adapted to `f64`
/// inputs and outputs, checked against finite differences of its `f64` twin; their
/// values against the function's own, to `vtol`.
fn check_twin_to(
    name: &str,
    twin: &dyn Fn(&[f64]) -> f64,
    m: &fd::Scalar,
    x: &[f64],
    tol: f64,
    vtol: f64,
) {
    let n = x.len();
    let g = fd::grad(twin, x);
    let v: Vec<f64> = (0..n).map(|i| 0.5 - 0.3 * i as f64).collect();
    let value = (m.f)(x);
    close(
        &format!("{name} primal vs twin at {x:?}"),
        value,
        twin(x),
        tol,
    );
    if let Some(jvp) = m.jvp {
        let (val, t) = jvp(x, &v);
        close(&format!("{name}_jvp value at {x:?}"), val, value, vtol);
        close(&format!("{name}_jvp at {x:?}"), t, fd::dot(&g, &v), tol);
    }
    if let Some(vjp) = m.vjp {
        let (val, b) = vjp(x, -1.5);
        close(&format!("{name}_vjp value at {x:?}"), val, value, vtol);
        let want: Vec<f64> = g.iter().map(|gi| -1.5 * gi).collect();
        close_all(&format!("{name}_vjp at {x:?}"), &b, &want, tol);
    }
    if let Some(gr) = m.grad {
        let (val, b) = gr(x);
        close(&format!("{name}_grad value at {x:?}"), val, value, vtol);
        close_all(&format!("{name}_grad at {x:?}"), &b, &g, tol);
    }
    if let Some(h) = m.hvp {
        let (val, hv) = h(x, &v);
        close(&format!("{name}_hvp value at {x:?}"), val, value, vtol);
        close_all(
            &format!("{name}_hvp at {x:?}"),
            &hv,
            &fd::hvp(twin, x, &v),
            50.0 * tol,
        );
    }
}

/// [`check_twin_to`], the values exactly those of the function.
fn check_twin(name: &str, twin: &dyn Fn(&[f64]) -> f64, m: &fd::Scalar, x: &[f64], tol: f64) {
    check_twin_to(name, twin, m, x, tol, 1e-12);
}

fn f32s(x: &[f64]) -> Vec<f32> {
    x.iter().map(|&v| v as f32).collect()
}

fn f64s(x: &[f32]) -> Vec<f64> {
    x.iter().map(|&v| f64::from(v)).collect()
}

// ---------------------------------------------------------------- float casts

#[differentiable]
fn cast_identity(x: f64, y: f64) -> f64 {
    let a = x as f64;
    (a * y).sin() + (y as f64) * (x as f64)
}

#[differentiable]
fn cast_identity_f32(x: f32, y: f32) -> f32 {
    let a = x as f32;
    (a * y).sin() + (y as f32) * x
}

#[test]
fn cast_to_the_same_float_type_is_the_value() {
    check_scalars!(
        cast_identity,
        cast_identity_jvp,
        cast_identity_vjp,
        cast_identity_grad,
        cast_identity_hvp,
        [0, 1],
        points(101, 4, 2, -1.5, 1.5)
    );
    let twin = |z: &[f64]| cast_identity(z[0], z[1]);
    let f = |z: &[f64]| f64::from(cast_identity_f32(z[0] as f32, z[1] as f32));
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = cast_identity_f32_jvp(z[0] as f32, v[0] as f32, z[1] as f32, v[1] as f32);
        (f64::from(a), f64::from(b))
    };
    let grad = |z: &[f64]| {
        let (a, b, c) = cast_identity_f32_grad(z[0] as f32, z[1] as f32);
        (f64::from(a), f64s(&[b, c]))
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let (a, b, c) = cast_identity_f32_hvp(z[0] as f32, v[0] as f32, z[1] as f32, v[1] as f32);
        (f64::from(a), f64s(&[b, c]))
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(102, 3, 2, -1.5, 1.5) {
        let x = f64s(&f32s(&x));
        check_twin("cast_identity_f32", &twin, &m, &x, 1e-4);
    }
}

/// An `f32` parameter widened into `f64` arithmetic, by `as` and by `f64::from`.
#[differentiable]
fn widen(x: f32, y: f64) -> f64 {
    let a = x as f64;
    (a * y).sin() + a * f64::from(x)
}

fn widen_twin(z: &[f64]) -> f64 {
    (z[0] * z[1]).sin() + z[0] * z[0]
}

/// An `f64` computation narrowed into an `f32` result.
#[differentiable]
fn narrow(x: f64, y: f32) -> f32 {
    let a = x.exp() as f32;
    a * y + (x * x) as f32
}

fn narrow_twin(z: &[f64]) -> f64 {
    z[0].exp() * z[1] + z[0] * z[0]
}

/// Back and forth: an `f64` value computed with in `f32` and widened again.
#[differentiable]
fn round_trip(x: f64, y: f32) -> f64 {
    let half = (x as f32) * y;
    let back = half.exp() as f64;
    back * x + (y as f64)
}

fn round_trip_twin(z: &[f64]) -> f64 {
    (z[0] * z[1]).exp() * z[0] + z[1]
}

#[test]
fn widening_cast_keeps_the_derivative() {
    let f = |z: &[f64]| widen(z[0] as f32, z[1]);
    let jvp = |z: &[f64], v: &[f64]| widen_jvp(z[0] as f32, v[0] as f32, z[1], v[1]);
    let vjp = |z: &[f64], s: f64| {
        let (a, b, c) = widen_vjp(z[0] as f32, z[1], s);
        (a, vec![f64::from(b), c])
    };
    let grad = |z: &[f64]| {
        let (a, b, c) = widen_grad(z[0] as f32, z[1]);
        (a, vec![f64::from(b), c])
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let (a, b, c) = widen_hvp(z[0] as f32, v[0] as f32, z[1], v[1]);
        (a, vec![f64::from(b), c])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(103, 4, 2, -1.5, 1.5) {
        let x = [f64::from(x[0] as f32), x[1]];
        check_twin("widen", &widen_twin, &m, &x, 1e-6);
    }
}

#[test]
fn narrowing_cast_keeps_the_derivative() {
    let f = |z: &[f64]| f64::from(narrow(z[0], z[1] as f32));
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = narrow_jvp(z[0], v[0], z[1] as f32, v[1] as f32);
        (f64::from(a), f64::from(b))
    };
    let vjp = |z: &[f64], s: f64| {
        let (a, b, c) = narrow_vjp(z[0], z[1] as f32, s as f32);
        (f64::from(a), vec![b, f64::from(c)])
    };
    let grad = |z: &[f64]| {
        let (a, b, c) = narrow_grad(z[0], z[1] as f32);
        (f64::from(a), vec![b, f64::from(c)])
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let (a, b, c) = narrow_hvp(z[0], v[0], z[1] as f32, v[1] as f32);
        (f64::from(a), vec![b, f64::from(c)])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(104, 4, 2, -1.5, 1.5) {
        let x = [x[0], f64::from(x[1] as f32)];
        check_twin("narrow", &narrow_twin, &m, &x, 1e-5);
    }
}

#[test]
fn casts_back_and_forth_keep_the_derivative() {
    let f = |z: &[f64]| round_trip(z[0], z[1] as f32);
    let jvp = |z: &[f64], v: &[f64]| round_trip_jvp(z[0], v[0], z[1] as f32, v[1] as f32);
    let vjp = |z: &[f64], s: f64| {
        let (a, b, c) = round_trip_vjp(z[0], z[1] as f32, s);
        (a, vec![b, f64::from(c)])
    };
    let grad = |z: &[f64]| {
        let (a, b, c) = round_trip_grad(z[0], z[1] as f32);
        (a, vec![b, f64::from(c)])
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let (a, b, c) = round_trip_hvp(z[0], v[0], z[1] as f32, v[1] as f32);
        (a, vec![b, f64::from(c)])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(105, 4, 2, -1.0, 1.0) {
        let x = [f64::from(x[0] as f32), f64::from(x[1] as f32)];
        check_twin("round_trip", &round_trip_twin, &m, &x, 1e-5);
    }
}

/// `f32` data widened element by element into an `f64` loop, and an `f32` array
/// parameter (its adjoint array keeps its own type).
#[differentiable]
fn widen_slice(x: &[f32], w: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let xi = x[i] as f64;
        s += (xi * w).tanh() * xi;
    }
    s
}

fn widen_slice_twin(z: &[f64]) -> f64 {
    let (x, w) = z.split_at(z.len() - 1);
    x.iter().map(|&xi| (xi * w[0]).tanh() * xi).sum()
}

#[differentiable]
fn widen_array(x: [f32; 2], w: f64) -> f64 {
    (x[0] as f64) * w * w + (x[1] * x[0]) as f64
}

#[test]
fn widening_slices_and_arrays() {
    let f = |z: &[f64]| widen_slice(&f32s(&z[..3]), z[3]);
    let jvp = |z: &[f64], v: &[f64]| widen_slice_jvp(&f32s(&z[..3]), &f32s(&v[..3]), z[3], v[3]);
    let vjp = |z: &[f64], s: f64| {
        let mut b = [0.5_f32; 3];
        let (val, bw) = widen_slice_vjp(&f32s(&z[..3]), &mut b, z[3], s);
        let mut out: Vec<f64> = b.iter().map(|&v| f64::from(v) - 0.5).collect();
        out.push(bw);
        (val, out)
    };
    let grad = |z: &[f64]| {
        let mut g = [9.0_f32; 3];
        let (val, gw) = widen_slice_grad(&f32s(&z[..3]), &mut g, z[3]);
        let mut out = f64s(&g);
        out.push(gw);
        (val, out)
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let mut hv = [7.0_f32; 3];
        let (val, hw) = widen_slice_hvp(&f32s(&z[..3]), &f32s(&v[..3]), &mut hv, z[3], v[3]);
        let mut out = f64s(&hv);
        out.push(hw);
        (val, out)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(106, 3, 4, -1.2, 1.2) {
        let mut x = f64s(&f32s(&x));
        x[3] = 0.75;
        check_twin("widen_slice", &widen_slice_twin, &m, &x, 1e-5);
    }

    let twin = |z: &[f64]| z[0] * z[2] * z[2] + z[1] * z[0];
    let f = |z: &[f64]| widen_array([z[0] as f32, z[1] as f32], z[2]);
    let vjp = |z: &[f64], s: f64| {
        let (val, b, w) = widen_array_vjp([z[0] as f32, z[1] as f32], z[2], s);
        (val, vec![f64::from(b[0]), f64::from(b[1]), w])
    };
    let grad = |z: &[f64]| {
        let (val, b, w) = widen_array_grad([z[0] as f32, z[1] as f32], z[2]);
        (val, vec![f64::from(b[0]), f64::from(b[1]), w])
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let (val, b, w) = widen_array_hvp(
            [z[0] as f32, z[1] as f32],
            [v[0] as f32, v[1] as f32],
            z[2],
            v[2],
        );
        (val, vec![f64::from(b[0]), f64::from(b[1]), w])
    };
    let jvp = |z: &[f64], v: &[f64]| {
        widen_array_jvp(
            [z[0] as f32, z[1] as f32],
            [v[0] as f32, v[1] as f32],
            z[2],
            v[2],
        )
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(107, 3, 3, -1.2, 1.2) {
        let x = [f64::from(x[0] as f32), f64::from(x[1] as f32), x[2]];
        check_twin("widen_array", &twin, &m, &x, 1e-5);
    }
}

// ---------------------------------------------------------------- angles and sin_cos

#[differentiable]
fn angles(x: f64, y: f64) -> f64 {
    x.to_radians().sin() * y + f64::to_degrees(x * y) + Float::to_radians(y) * x
}

#[differentiable]
fn angles_generic<T: Float>(x: T, y: T) -> T {
    x.to_radians().sin() * y + T::to_degrees(x * y) + Float::to_radians(y) * x
}

#[differentiable]
fn sin_cos_forms(x: f64, y: f64) -> f64 {
    let (s, c) = x.sin_cos();
    let (sy, cy) = f64::sin_cos(x * y);
    let (ls, lc) = libm::sincos(y);
    s * c * y + sy * cy + ls * x - lc + (x - y).sin_cos().1 * (2.0 * x).sin_cos().0
}

#[differentiable]
fn sin_cos_generic<T: Float>(x: T, y: T) -> T {
    let (s, c) = x.sin_cos();
    let (sy, cy) = T::sin_cos(x * y);
    let (_, only_cos) = Float::sin_cos(y);
    s * c * y + sy * cy + only_cos * x + (x - y).sin_cos().1
}

/// `f32` checks of a generic function of two variables through its `f64` instantiation.
fn check_generic_f32(
    name: &str,
    f32f: &dyn Fn(f32, f32) -> f32,
    f64f: &dyn Fn(&[f64]) -> f64,
    jvp32: &dyn Fn(f32, f32, f32, f32) -> (f32, f32),
    grad32: &dyn Fn(f32, f32) -> (f32, f32, f32),
    hvp32: &dyn Fn(f32, f32, f32, f32) -> (f32, f32, f32),
    pts: &[Vec<f64>],
) {
    let f = |z: &[f64]| f64::from(f32f(z[0] as f32, z[1] as f32));
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = jvp32(z[0] as f32, v[0] as f32, z[1] as f32, v[1] as f32);
        (f64::from(a), f64::from(b))
    };
    let grad = |z: &[f64]| {
        let (a, b, c) = grad32(z[0] as f32, z[1] as f32);
        (f64::from(a), f64s(&[b, c]))
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let (a, b, c) = hvp32(z[0] as f32, v[0] as f32, z[1] as f32, v[1] as f32);
        (f64::from(a), f64s(&[b, c]))
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in pts {
        let x = f64s(&f32s(x));
        check_twin(name, f64f, &m, &x, 2e-4);
    }
}

#[test]
fn to_radians_and_to_degrees() {
    check_scalars!(
        angles,
        angles_jvp,
        angles_vjp,
        angles_grad,
        angles_hvp,
        [0, 1],
        points(111, 4, 2, -2.0, 2.0)
    );
    check_scalars!(
        angles_generic,
        angles_generic_jvp,
        angles_generic_vjp,
        angles_generic_grad,
        angles_generic_hvp,
        [0, 1],
        points(112, 4, 2, -2.0, 2.0)
    );
    check_generic_f32(
        "angles_generic",
        &angles_generic::<f32>,
        &|z: &[f64]| angles_generic(z[0], z[1]),
        &angles_generic_jvp::<f32>,
        &angles_generic_grad::<f32>,
        &angles_generic_hvp::<f32>,
        &points(113, 3, 2, -1.0, 1.0),
    );
}

#[test]
fn sin_cos_binds_both_parts() {
    check_scalars!(
        sin_cos_forms,
        sin_cos_forms_jvp,
        sin_cos_forms_vjp,
        sin_cos_forms_grad,
        sin_cos_forms_hvp,
        [0, 1],
        points(114, 4, 2, -2.0, 2.0)
    );
    check_scalars!(
        sin_cos_generic,
        sin_cos_generic_jvp,
        sin_cos_generic_vjp,
        sin_cos_generic_grad,
        sin_cos_generic_hvp,
        [0, 1],
        points(115, 4, 2, -2.0, 2.0)
    );
    check_generic_f32(
        "sin_cos_generic",
        &sin_cos_generic::<f32>,
        &|z: &[f64]| sin_cos_generic(z[0], z[1]),
        &sin_cos_generic_jvp::<f32>,
        &sin_cos_generic_grad::<f32>,
        &sin_cos_generic_hvp::<f32>,
        &points(116, 3, 2, -1.0, 1.0),
    );
}

// ---------------------------------------------------------------- libm

#[differentiable]
fn libm_f64(x: f64, y: f64) -> f64 {
    let a = libm::sin(x) * libm::cos(y) + libm::tan(0.3 * x) + libm::atan2(y, x);
    let b = libm::exp(0.5 * x) + libm::expm1(y) + libm::exp2(x) + libm::log(x * x + 1.0);
    let c =
        libm::log1p(y * y) + libm::log2(2.0 + x) + libm::log10(3.0 + y) + libm::sqrt(x * x + y * y);
    let d = libm::pow(x * x + 1.0, y) + libm::hypot(x, y) + libm::cbrt(2.0 + x) + libm::tanh(y);
    let e = libm::fma(x, y, 1.0) + libm::fmax(x, y) + libm::fabs(x - 2.0) + libm::asinh(x);
    a + b + c + d + e + libm::sinh(y) * libm::cosh(x) + libm::atan(x) + libm::asin(0.3 * y)
}

#[differentiable]
fn libm_f32(x: f32, y: f32) -> f32 {
    let a = libm::sinf(x) * libm::cosf(y) + libm::expf(0.5 * x) + libm::sqrtf(x * x + y * y);
    let b = libm::powf(x * x + 1.0, y) + libm::logf(x * x + 1.0) + libm::atan2f(y, x);
    a + b + libm::tanhf(y) * libm::fabsf(x - 2.0) + libm::fminf(x, y)
}

fn libm_f32_twin(z: &[f64]) -> f64 {
    let (x, y) = (z[0], z[1]);
    let a = x.sin() * y.cos() + (0.5 * x).exp() + (x * x + y * y).sqrt();
    let b = (x * x + 1.0).powf(y) + (x * x + 1.0).ln() + y.atan2(x);
    a + b + y.tanh() * (x - 2.0).abs() + x.min(y)
}

#[test]
fn libm_functions_use_the_rules() {
    // points away from the kinks of fmax, fmin and fabs
    let pts = [
        vec![0.7, -0.4],
        vec![-0.9, 0.35],
        vec![1.3, 0.8],
        vec![-0.2, -1.1],
    ];
    check_scalars!(
        libm_f64,
        libm_f64_jvp,
        libm_f64_vjp,
        libm_f64_grad,
        libm_f64_hvp,
        [0, 1],
        pts.clone()
    );
    let f = |z: &[f64]| f64::from(libm_f32(z[0] as f32, z[1] as f32));
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = libm_f32_jvp(z[0] as f32, v[0] as f32, z[1] as f32, v[1] as f32);
        (f64::from(a), f64::from(b))
    };
    let vjp = |z: &[f64], s: f64| {
        let (a, b, c) = libm_f32_vjp(z[0] as f32, z[1] as f32, s as f32);
        (f64::from(a), f64s(&[b, c]))
    };
    let grad = |z: &[f64]| {
        let (a, b, c) = libm_f32_grad(z[0] as f32, z[1] as f32);
        (f64::from(a), f64s(&[b, c]))
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let (a, b, c) = libm_f32_hvp(z[0] as f32, v[0] as f32, z[1] as f32, v[1] as f32);
        (f64::from(a), f64s(&[b, c]))
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in &pts {
        let x = f64s(&f32s(x));
        // the generated functions compute values with the float methods, which may
        // differ from libm's in the last bit
        check_twin_to("libm_f32", &libm_f32_twin, &m, &x, 2e-4, 1e-6);
    }
}

// ---------------------------------------------------------------- float type alias

type Real = f64;

#[differentiable(float = Real)]
fn alias(x: Real, y: Real) -> Real {
    let a: Real = x * y;
    (a as Real).sin() + x * x / (1.0 + y * y)
}

#[differentiable(float = Real, wrt(x))]
fn alias_slice(x: &[Real], w: Real) -> Real {
    let mut s = 0.0;
    for &v in x {
        s += (v * w).exp();
    }
    s
}

#[test]
fn float_alias_named_in_the_attribute() {
    check_scalars!(
        alias,
        alias_jvp,
        alias_vjp,
        alias_grad,
        alias_hvp,
        [0, 1],
        points(117, 4, 2, -1.5, 1.5)
    );
    check_slice!(
        alias_slice,
        alias_slice_jvp,
        alias_slice_vjp,
        alias_slice_grad,
        alias_slice_hvp,
        points(118, 3, 3, -1.0, 1.0),
        [0.7]
    );
}

// ---------------------------------------------------------------- match

#[differentiable]
fn match_int_value(x: f64, y: f64, k: usize) -> f64 {
    let w = match k % 4 {
        0 => x * y,
        1 | 2 => x.sin() + y,
        n if n > 10 => 0.0,
        _ => (x - y).exp(),
    };
    w * x
}

#[differentiable]
fn match_int_statement(x: f64, y: f64, k: i32) -> f64 {
    let mut s = x;
    match k {
        0 => s *= y,
        1 => {
            s = s * s + y;
        }
        -3..=-1 => s -= y * y,
        _ => {}
    }
    s + y
}

#[derive(Clone, Copy)]
enum Shape {
    Square,
    Scaled(f64),
    Power { n: i32, c: f64 },
}

#[differentiable]
fn match_enum<T: Float>(x: T, shape: Shape) -> T {
    let v = match shape {
        Shape::Square => x * x,
        Shape::Scaled(w) => x.sin() * T::from(w).unwrap(),
        Shape::Power { n, c } => x.powi(n) + T::from(c).unwrap() * x,
    };
    v + x
}

#[test]
fn match_on_integers_and_enums() {
    for k in 0..5usize {
        let f = |a: f64, b: f64| match_int_value(a, b, k);
        let jvp = |a: f64, da: f64, b: f64, db: f64| match_int_value_jvp(a, da, b, db, k);
        let vjp = |a: f64, b: f64, s: f64| match_int_value_vjp(a, b, k, s);
        let grad = |a: f64, b: f64| match_int_value_grad(a, b, k);
        let hvp = |a: f64, va: f64, b: f64, vb: f64| match_int_value_hvp(a, va, b, vb, k);
        check_scalars!(
            f,
            jvp,
            vjp,
            grad,
            hvp,
            [0, 1],
            points(121 + k as u64, 3, 2, -1.5, 1.5)
        );
    }
    for k in [-2, 0, 1, 5] {
        let f = |a: f64, b: f64| match_int_statement(a, b, k);
        let jvp = |a: f64, da: f64, b: f64, db: f64| match_int_statement_jvp(a, da, b, db, k);
        let vjp = |a: f64, b: f64, s: f64| match_int_statement_vjp(a, b, k, s);
        let grad = |a: f64, b: f64| match_int_statement_grad(a, b, k);
        let hvp = |a: f64, va: f64, b: f64, vb: f64| match_int_statement_hvp(a, va, b, vb, k);
        check_scalars!(f, jvp, vjp, grad, hvp, [0, 1], points(131, 3, 2, -1.5, 1.5));
    }
    for shape in [
        Shape::Square,
        Shape::Scaled(1.5),
        Shape::Power { n: 3, c: -0.5 },
    ] {
        let f = |a: f64| match_enum(a, shape);
        let jvp = |a: f64, da: f64| match_enum_jvp(a, da, shape);
        let vjp = |a: f64, s: f64| match_enum_vjp(a, shape, s);
        let grad = |a: f64| match_enum_grad(a, shape);
        let hvp = |a: f64, va: f64| match_enum_hvp(a, va, shape);
        check_scalars!(f, jvp, vjp, grad, hvp, [0], points(132, 3, 1, -1.5, 1.5));
        let f32f = |a: f32, _: f32| match_enum(a, shape);
        let twin = |z: &[f64]| match_enum(z[0], shape);
        let jvp32 = |a: f32, da: f32, _: f32, _: f32| match_enum_jvp(a, da, shape);
        let grad32 = |a: f32, _: f32| {
            let (v, g) = match_enum_grad(a, shape);
            (v, g, 0.0)
        };
        let hvp32 = |a: f32, va: f32, _: f32, _: f32| {
            let (v, h) = match_enum_hvp(a, va, shape);
            (v, h, 0.0)
        };
        check_generic_f32(
            "match_enum",
            &f32f,
            &twin,
            &jvp32,
            &grad32,
            &hvp32,
            &points(133, 3, 2, -1.2, 1.2),
        );
    }
}

// ---------------------------------------------------------------- destructuring

#[differentiable]
fn array_pattern(q: [f64; 2], y: f64) -> f64 {
    let [a, b] = q;
    a * b * y + a.sin()
}

#[differentiable]
fn array_pattern_ref(q: &[f64; 3]) -> f64 {
    let [first, .., last] = q;
    let [_, mid, _] = *q;
    first * last + mid * mid * *first
}

#[differentiable]
fn tuple_from_branches(x: f64, y: f64, swap: bool, k: u8) -> f64 {
    let (a, b) = if swap { (y, x) } else { (x, y) };
    let (mut c, d): (f64, f64) = match k {
        0 => (a * b, b),
        1 => {
            let t = a.exp();
            (t, a)
        }
        _ => (b, a * a),
    };
    c += d;
    a * b * b + c * d
}

/// An inactive float from a destructured `if`, passed to a differentiable call: its
/// type shows (`0.5 * k as f64`), so it gets a zero tangent.
#[differentiable]
fn tuple_from_branches_into_call(x: f64, k: usize) -> f64 {
    let (a, w) = if k % 2 == 0 {
        (x, 0.5 * k as f64)
    } else {
        (x * x, 1.5)
    };
    inner_product(a, w) + w
}

#[differentiable]
fn inner_product(a: f64, w: f64) -> f64 {
    a * w + a.sin()
}

/// The branches of a destructured `if` read the names the `let` rebinds: they mean
/// what they meant before it.
#[differentiable]
fn tuple_from_branches_shadowing(x: f64, y: f64, swap: bool) -> f64 {
    let (x, y) = if swap { (y, x * 2.0) } else { (x, y) };
    x * y * y
}

struct Params {
    k: usize,
    w: f64,
    scale: [f64; 2],
}

struct Pair(f64, u32);

#[differentiable(wrt(x))]
fn inactive_patterns(x: f64, p: &Params, pair: Pair, t: &(f64, usize), data: &[f64; 2]) -> f64 {
    let Params {
        k,
        w,
        scale: [s0, s1],
    } = p;
    let Pair(c, n) = pair;
    let (tw, tk) = t;
    let &[d0, d1] = data;
    let mut s = 0.0;
    for i in 0..*k + n as usize + *tk {
        s += x * (*w + i as f64 * c) + *s0 * x * x - *s1 + *tw * d0 * d1;
    }
    s
}

#[test]
fn destructuring_lets() {
    let f = |a: f64, b: f64, c: f64| array_pattern([a, b], c);
    let jvp = |a: f64, da: f64, b: f64, db: f64, c: f64, dc: f64| {
        array_pattern_jvp([a, b], [da, db], c, dc)
    };
    let vjp = |a: f64, b: f64, c: f64, s: f64| {
        let (v, q, y) = array_pattern_vjp([a, b], c, s);
        (v, q[0], q[1], y)
    };
    let grad = |a: f64, b: f64, c: f64| {
        let (v, q, y) = array_pattern_grad([a, b], c);
        (v, q[0], q[1], y)
    };
    let hvp = |a: f64, va: f64, b: f64, vb: f64, c: f64, vc: f64| {
        let (v, q, y) = array_pattern_hvp([a, b], [va, vb], c, vc);
        (v, q[0], q[1], y)
    };
    check_scalars!(
        f,
        jvp,
        vjp,
        grad,
        hvp,
        [0, 1, 2],
        points(141, 3, 3, -1.5, 1.5)
    );

    let arr = |z: &[f64]| [z[0], z[1], z[2]];
    let f = |z: &[f64]| array_pattern_ref(&arr(z));
    let jvp = |z: &[f64], v: &[f64]| array_pattern_ref_jvp(&arr(z), &arr(v));
    let vjp = |z: &[f64], s: f64| {
        let mut b = [0.25; 3];
        let v = array_pattern_ref_vjp(&arr(z), &mut b, s);
        (v, b.iter().map(|x| x - 0.25).collect())
    };
    let grad = |z: &[f64]| {
        let mut g = [9.0; 3];
        let v = array_pattern_ref_grad(&arr(z), &mut g);
        (v, g.to_vec())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut hv = [7.0; 3];
        let v = array_pattern_ref_hvp(&arr(z), &arr(d), &mut hv);
        (v, hv.to_vec())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(142, 3, 3, -1.5, 1.5) {
        fd::check_scalar("array_pattern_ref", &m, &x, 1e-6, 1e-4);
    }

    for (swap, k) in [(false, 0), (true, 0), (false, 1), (true, 1), (true, 7)] {
        let f = |a: f64, b: f64| tuple_from_branches(a, b, swap, k);
        let jvp = |a: f64, da: f64, b: f64, db: f64| tuple_from_branches_jvp(a, da, b, db, swap, k);
        let vjp = |a: f64, b: f64, s: f64| tuple_from_branches_vjp(a, b, swap, k, s);
        let grad = |a: f64, b: f64| tuple_from_branches_grad(a, b, swap, k);
        let hvp = |a: f64, va: f64, b: f64, vb: f64| tuple_from_branches_hvp(a, va, b, vb, swap, k);
        check_scalars!(f, jvp, vjp, grad, hvp, [0, 1], points(143, 3, 2, -1.5, 1.5));
        let f = |a: f64, b: f64| tuple_from_branches_shadowing(a, b, swap);
        let jvp = |a: f64, da: f64, b: f64, db: f64| {
            tuple_from_branches_shadowing_jvp(a, da, b, db, swap)
        };
        let vjp = |a: f64, b: f64, s: f64| tuple_from_branches_shadowing_vjp(a, b, swap, s);
        let grad = |a: f64, b: f64| tuple_from_branches_shadowing_grad(a, b, swap);
        let hvp = |a: f64, va: f64, b: f64, vb: f64| {
            tuple_from_branches_shadowing_hvp(a, va, b, vb, swap)
        };
        check_scalars!(f, jvp, vjp, grad, hvp, [0, 1], points(144, 3, 2, -1.5, 1.5));
    }

    for k in [0, 1, 2] {
        let f = |a: f64| tuple_from_branches_into_call(a, k);
        let jvp = |a: f64, da: f64| tuple_from_branches_into_call_jvp(a, da, k);
        let vjp = |a: f64, s: f64| tuple_from_branches_into_call_vjp(a, k, s);
        let grad = |a: f64| tuple_from_branches_into_call_grad(a, k);
        let hvp = |a: f64, va: f64| tuple_from_branches_into_call_hvp(a, va, k);
        check_scalars!(f, jvp, vjp, grad, hvp, [0], points(146, 3, 1, -1.5, 1.5));
    }

    let p = Params {
        k: 2,
        w: 0.5,
        scale: [1.5, -0.25],
    };
    let t = (0.75, 1);
    let data = [0.5, -2.0];
    let f = |a: f64| inactive_patterns(a, &p, Pair(0.3, 1), &t, &data);
    let jvp = |a: f64, da: f64| inactive_patterns_jvp(a, da, &p, Pair(0.3, 1), &t, &data);
    let vjp = |a: f64, s: f64| inactive_patterns_vjp(a, &p, Pair(0.3, 1), &t, &data, s);
    let grad = |a: f64| inactive_patterns_grad(a, &p, Pair(0.3, 1), &t, &data);
    let hvp = |a: f64, va: f64| inactive_patterns_hvp(a, va, &p, Pair(0.3, 1), &t, &data);
    check_scalars!(f, jvp, vjp, grad, hvp, [0], points(145, 3, 1, -1.5, 1.5));
}

// ---------------------------------------------------------------- tails, blocks, mut params

#[differentiable]
fn compound_tails(x: f64, y: f64, k: usize) -> f64 {
    let mut s = x;
    for i in 0..k {
        if i % 2 == 0 {
            s *= y
        } else {
            s += x * y
        }
    }
    let mut t = y;
    {
        t -= x
    }
    for _ in 0..2 {
        t /= 1.0 + x * x
    }
    s + t
}

#[differentiable]
fn block_loop_tails(x: f64, n: usize) -> f64 {
    let mut s = x;
    for i in 0..n {
        {
            let w = 1.0 + i as f64;
            s = s * x / w + 1.0;
        }
    }
    let mut k = 0;
    while k < n {
        k += 1;
        {
            s = (s * 0.5).sin() + x;
        }
        // a block whose last statement is an `if` without `else`: a statement, no value
        {
            if s > 0.9 {
                break;
            }
        }
    }
    s
}

#[differentiable]
fn mut_params(mut x: f64, y: f64, mut n: usize) -> f64 {
    x *= y;
    let mut s = 0.0;
    while n > 0 {
        n -= 1;
        s += x.sin();
        x = x * 0.5 + y;
    }
    s + x
}

#[differentiable]
fn mut_params_generic<T: Float>(mut x: T, mut y: T) -> T {
    x = x * y;
    y = y.exp() - x;
    x * y
}

#[test]
fn statement_tails_nested_blocks_and_mut_params() {
    for k in [0, 1, 4] {
        let f = |a: f64, b: f64| compound_tails(a, b, k);
        let jvp = |a: f64, da: f64, b: f64, db: f64| compound_tails_jvp(a, da, b, db, k);
        let vjp = |a: f64, b: f64, s: f64| compound_tails_vjp(a, b, k, s);
        let grad = |a: f64, b: f64| compound_tails_grad(a, b, k);
        let hvp = |a: f64, va: f64, b: f64, vb: f64| compound_tails_hvp(a, va, b, vb, k);
        check_scalars!(f, jvp, vjp, grad, hvp, [0, 1], points(151, 3, 2, -1.2, 1.2));
    }
    for n in [0, 1, 3] {
        let f = |a: f64| block_loop_tails(a, n);
        let jvp = |a: f64, da: f64| block_loop_tails_jvp(a, da, n);
        let vjp = |a: f64, s: f64| block_loop_tails_vjp(a, n, s);
        let grad = |a: f64| block_loop_tails_grad(a, n);
        let hvp = |a: f64, va: f64| block_loop_tails_hvp(a, va, n);
        check_scalars!(f, jvp, vjp, grad, hvp, [0], points(152, 3, 1, -1.2, 1.2));
        let f = |a: f64, b: f64| mut_params(a, b, n);
        let jvp = |a: f64, da: f64, b: f64, db: f64| mut_params_jvp(a, da, b, db, n);
        let vjp = |a: f64, b: f64, s: f64| mut_params_vjp(a, b, n, s);
        let grad = |a: f64, b: f64| mut_params_grad(a, b, n);
        let hvp = |a: f64, va: f64, b: f64, vb: f64| mut_params_hvp(a, va, b, vb, n);
        check_scalars!(f, jvp, vjp, grad, hvp, [0, 1], points(153, 3, 2, -1.2, 1.2));
    }
    check_scalars!(
        mut_params_generic,
        mut_params_generic_jvp,
        mut_params_generic_vjp,
        mut_params_generic_grad,
        mut_params_generic_hvp,
        [0, 1],
        points(154, 3, 2, -1.2, 1.2)
    );
    check_generic_f32(
        "mut_params_generic",
        &mut_params_generic::<f32>,
        &|z: &[f64]| mut_params_generic(z[0], z[1]),
        &mut_params_generic_jvp::<f32>,
        &mut_params_generic_grad::<f32>,
        &mut_params_generic_hvp::<f32>,
        &points(155, 3, 2, -1.0, 1.0),
    );
}

// ---------------------------------------------------------------- long shift chains

/// Each value moves one place down a chain of 24 variables per iteration: activity
/// reaches the last one only after 24 lowering passes.
#[differentiable]
fn shift_chain(x: f64, n: usize) -> f64 {
    let (mut a0, mut a1, mut a2, mut a3, mut a4, mut a5) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    let (mut a6, mut a7, mut a8, mut a9, mut a10, mut a11) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    let (mut a12, mut a13, mut a14, mut a15, mut a16, mut a17) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    let (mut a18, mut a19, mut a20, mut a21, mut a22, mut a23) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    for _ in 0..n {
        a23 = a22 * 1.5;
        a22 = a21;
        a21 = a20;
        a20 = a19;
        a19 = a18;
        a18 = a17;
        a17 = a16;
        a16 = a15;
        a15 = a14;
        a14 = a13;
        a13 = a12;
        a12 = a11;
        a11 = a10;
        a10 = a9;
        a9 = a8;
        a8 = a7;
        a7 = a6;
        a6 = a5;
        a5 = a4;
        a4 = a3;
        a3 = a2;
        a2 = a1;
        a1 = a0.sin();
        a0 = x * x;
    }
    a23 + a12 + 1.0
}

#[test]
fn activity_through_a_long_shift_chain() {
    for n in [10, 24, 30] {
        let f = |a: f64| shift_chain(a, n);
        let jvp = |a: f64, da: f64| shift_chain_jvp(a, da, n);
        let vjp = |a: f64, s: f64| shift_chain_vjp(a, n, s);
        let grad = |a: f64| shift_chain_grad(a, n);
        let hvp = |a: f64, va: f64| shift_chain_hvp(a, va, n);
        check_scalars!(f, jvp, vjp, grad, hvp, [0], points(161, 3, 1, -1.2, 1.2));
    }
    // after 30 iterations the last variable depends on x
    assert!(shift_chain_grad(0.7, 30).1.abs() > 0.1);
}

// ---------------------------------------------------------------- calls

#[differentiable]
fn norm_sq(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &v in x {
        s += v * v;
    }
    s
}

#[differentiable]
fn weighted_dot(w: &[f64], x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * x[i].sin();
    }
    s
}

/// Parts of one slice passed to differentiable callees: each gets the same part of
/// the tangent or shadow; two parts of the same slice in one call use a scratch shadow.
#[differentiable]
fn subslices(x: &[f64], k: usize) -> f64 {
    let n = x.len();
    let tail = norm_sq(&x[1..]);
    let mid = norm_sq(&x[k..n - 1]);
    let head = weighted_dot(&x[..2], &x[n - 2..]);
    let all = norm_sq(&x[..]);
    tail * x[0] + mid + head * head + all.sqrt()
}

#[differentiable]
fn subslices_generic<T: Float>(x: &[T]) -> T {
    let a = norm_sq_generic(&x[1..3]);
    a * x[0] + norm_sq_generic(&x[..=1])
}

#[differentiable]
fn norm_sq_generic<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for &v in x {
        s = s + v * v;
    }
    s
}

#[test]
fn subslices_passed_to_differentiable_calls() {
    for k in [0, 1, 2] {
        check_slice!(
            subslices,
            subslices_jvp,
            subslices_vjp,
            subslices_grad,
            subslices_hvp,
            points(171 + k as u64, 3, 5, -1.2, 1.2),
            [k]
        );
    }
    check_slice!(
        subslices_generic,
        subslices_generic_jvp,
        subslices_generic_vjp,
        subslices_generic_grad,
        subslices_generic_hvp,
        points(175, 3, 4, -1.2, 1.2)
    );
    // f32, against the f64 instantiation's finite differences
    for x in points(176, 3, 4, -1.0, 1.0) {
        let x32 = f32s(&x);
        let xd = f64s(&x32);
        let mut g = [0.0_f32; 4];
        let v = subslices_generic_grad(&x32, &mut g);
        close(
            "subslices_generic f32 value",
            f64::from(v),
            subslices_generic(&xd),
            1e-5,
        );
        close_all(
            "subslices_generic f32 grad",
            &f64s(&g),
            &fd::grad(&|z| subslices_generic(z), &xd),
            1e-4,
        );
        let d = [0.5_f32, -1.0, 0.25, 1.0];
        let mut hv = [0.0_f32; 4];
        subslices_generic_hvp(&x32, &d, &mut hv);
        close_all(
            "subslices_generic f32 hvp",
            &f64s(&hv),
            &fd::hvp(&|z| subslices_generic(z), &xd, &f64s(&d)),
            1e-3,
        );
    }
}

/// Differentiated with respect to `x` only: `c` and `scale` take no derivative.
#[differentiable(wrt(x))]
fn partial(x: f64, c: f64, scale: &[f64]) -> f64 {
    (x * c).sin() * scale[0] + x * x * scale[1]
}

const WEIGHTS: [f64; 2] = [0.5, -1.5];

struct Data {
    xs: Vec<f64>,
    c: f64,
}

/// A callee outside the caller's activity: `no_grad(..)` passes values alone to the
/// parameters `partial` does not differentiate; float data whose type shows (a typed
/// local, a `const` declared in the body) gets a zero derivative where the callee
/// differentiates it (`norm_sq`, `weighted_dot`).
#[differentiable]
fn calls_with_inactive_arguments(x: f64, y: f64, data: &Data) -> f64 {
    const LOCAL: [f64; 3] = [1.0, 2.0, -0.5];
    let xs: &[f64] = &data.xs;
    let a = partial(x, no_grad(0.5), no_grad(&WEIGHTS));
    let b = partial(y, no_grad(data.c), no_grad(&data.xs));
    let c = norm_sq(xs) * x + norm_sq(&LOCAL) * y;
    let d = weighted_dot(&LOCAL, &LOCAL) * x * y;
    a * b + c + d
}

#[test]
fn no_grad_and_typed_data_arguments() {
    let data = Data {
        xs: vec![0.3, -0.7, 1.1],
        c: 1.25,
    };
    let f = |a: f64, b: f64| calls_with_inactive_arguments(a, b, &data);
    let jvp =
        |a: f64, da: f64, b: f64, db: f64| calls_with_inactive_arguments_jvp(a, da, b, db, &data);
    let vjp = |a: f64, b: f64, s: f64| calls_with_inactive_arguments_vjp(a, b, &data, s);
    let grad = |a: f64, b: f64| calls_with_inactive_arguments_grad(a, b, &data);
    let hvp =
        |a: f64, va: f64, b: f64, vb: f64| calls_with_inactive_arguments_hvp(a, va, b, vb, &data);
    check_scalars!(f, jvp, vjp, grad, hvp, [0, 1], points(181, 4, 2, -1.2, 1.2));
    assert_eq!(no_grad(2.5), 2.5);
}

// ---------------------------------------------------------------- return inside loops

/// An early exit from a search loop.
#[differentiable(wrt(x))]
fn first_large(x: &[f64], limit: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
        if s > limit {
            return s.sqrt() * x[i];
        }
    }
    s
}

/// `return` from a nested loop, from a `match` arm and from a `while`, and a function
/// whose only exit is a `return` inside `loop`.
#[differentiable]
fn nested_returns<T: Float>(x: T, y: T, n: usize) -> T {
    let mut p = x;
    for i in 0..n {
        for j in 0..3 {
            p = p * T::from(0.5).unwrap() + y.sin();
            match (i + j) % 4 {
                3 => return p * x,
                _ => {}
            }
        }
        let mut k = 0;
        while k < 2 {
            k += 1;
            if p > T::from(10.0).unwrap() {
                return p;
            }
        }
    }
    let mut q = y;
    loop {
        q = q * x + T::one();
        if q.abs() > T::from(2.0).unwrap() || q.abs() < T::from(0.01).unwrap() {
            return q + p;
        }
        if p > T::from(20.0).unwrap() {
            break;
        }
        p = p + T::one();
    }
    p * q
}

/// A function whose only exit is a `return` inside a `loop` at its end.
#[differentiable]
fn halve_until_small(x: f64) -> f64 {
    let mut s = x * x;
    loop {
        s = s * 0.5 + 0.01 * x;
        if s < 0.1 {
            return s * x.sin();
        }
    }
}

#[test]
fn return_inside_loops() {
    check_scalars!(
        halve_until_small,
        halve_until_small_jvp,
        halve_until_small_vjp,
        halve_until_small_grad,
        halve_until_small_hvp,
        [0],
        points(194, 4, 1, 0.2, 1.5)
    );
    for limit in [0.5, 2.0, 100.0] {
        check_slice!(
            first_large,
            first_large_jvp,
            first_large_vjp,
            first_large_grad,
            first_large_hvp,
            points(191, 4, 4, -1.2, 1.2),
            [limit]
        );
    }
    for n in [0, 1, 2] {
        let f = |a: f64, b: f64| nested_returns(a, b, n);
        let jvp = |a: f64, da: f64, b: f64, db: f64| nested_returns_jvp(a, da, b, db, n);
        let vjp = |a: f64, b: f64, s: f64| nested_returns_vjp(a, b, n, s);
        let grad = |a: f64, b: f64| nested_returns_grad(a, b, n);
        let hvp = |a: f64, va: f64, b: f64, vb: f64| nested_returns_hvp(a, va, b, vb, n);
        check_scalars!(f, jvp, vjp, grad, hvp, [0, 1], points(192, 4, 2, 0.3, 0.9));
        let f32f = |a: f32, b: f32| nested_returns(a, b, n);
        let twin = |z: &[f64]| nested_returns(z[0], z[1], n);
        let jvp32 = |a: f32, da: f32, b: f32, db: f32| nested_returns_jvp(a, da, b, db, n);
        let grad32 = |a: f32, b: f32| nested_returns_grad(a, b, n);
        let hvp32 = |a: f32, va: f32, b: f32, vb: f32| nested_returns_hvp(a, va, b, vb, n);
        check_generic_f32(
            "nested_returns",
            &f32f,
            &twin,
            &jvp32,
            &grad32,
            &hvp32,
            &points(193, 3, 2, 0.3, 0.9),
        );
    }
}

// ---------------------------------------------------------------- generic and method forms

#[differentiable]
fn destructuring_generic<T: Float>(q: [T; 2], y: T, swap: bool) -> T {
    let [a, b] = q;
    let (c, d) = if swap { (b, a * y) } else { (a, b + y) };
    let (s, co) = (c * d).sin_cos();
    s * co + c * d * d
}

struct Model {
    xs: Vec<f64>,
    c: f64,
}

impl Model {
    /// `self`'s data passed to differentiable calls: typed (a zero derivative where the
    /// callee differentiates it) or `no_grad(..)` (where it does not).
    #[differentiable]
    fn loss(&self, w: f64) -> f64 {
        let xs: &[f64] = &self.xs;
        norm_sq(xs) * w * w + partial(w, no_grad(self.c), no_grad(&self.xs))
    }
}

#[test]
fn generic_destructuring_and_method_data() {
    for swap in [false, true] {
        let f = |a: f64, b: f64, c: f64| destructuring_generic([a, b], c, swap);
        let jvp = |a: f64, da: f64, b: f64, db: f64, c: f64, dc: f64| {
            destructuring_generic_jvp([a, b], [da, db], c, dc, swap)
        };
        let vjp = |a: f64, b: f64, c: f64, s: f64| {
            let (v, q, y) = destructuring_generic_vjp([a, b], c, swap, s);
            (v, q[0], q[1], y)
        };
        let grad = |a: f64, b: f64, c: f64| {
            let (v, q, y) = destructuring_generic_grad([a, b], c, swap);
            (v, q[0], q[1], y)
        };
        let hvp = |a: f64, va: f64, b: f64, vb: f64, c: f64, vc: f64| {
            let (v, q, y) = destructuring_generic_hvp([a, b], [va, vb], c, vc, swap);
            (v, q[0], q[1], y)
        };
        check_scalars!(
            f,
            jvp,
            vjp,
            grad,
            hvp,
            [0, 1, 2],
            points(201, 3, 3, -1.2, 1.2)
        );
        // f32, against the f64 instantiation's finite differences
        for x in points(202, 3, 3, -1.0, 1.0) {
            let x32 = f32s(&x);
            let xd = f64s(&x32);
            let twin = |z: &[f64]| destructuring_generic([z[0], z[1]], z[2], swap);
            let (v, q, y) = destructuring_generic_grad([x32[0], x32[1]], x32[2], swap);
            close(
                "destructuring_generic f32 value",
                f64::from(v),
                twin(&xd),
                1e-5,
            );
            close_all(
                "destructuring_generic f32 grad",
                &f64s(&[q[0], q[1], y]),
                &fd::grad(&twin, &xd),
                1e-4,
            );
            let (_, hq, hy) =
                destructuring_generic_hvp([x32[0], x32[1]], [0.5, -1.0], x32[2], 0.25, swap);
            close_all(
                "destructuring_generic f32 hvp",
                &f64s(&[hq[0], hq[1], hy]),
                &fd::hvp(&twin, &xd, &[0.5, -1.0, 0.25]),
                1e-3,
            );
        }
    }

    let m = Model {
        xs: vec![0.5, -1.0, 2.0],
        c: 0.75,
    };
    let f = |w: f64| m.loss(w);
    let jvp = |w: f64, dw: f64| m.loss_jvp(w, dw);
    let vjp = |w: f64, s: f64| m.loss_vjp(w, s);
    let grad = |w: f64| m.loss_grad(w);
    let hvp = |w: f64, vw: f64| m.loss_hvp(w, vw);
    check_scalars!(f, jvp, vjp, grad, hvp, [0], points(203, 4, 1, -1.5, 1.5));
}
