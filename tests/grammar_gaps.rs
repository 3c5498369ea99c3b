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
    clippy::no_effect_underscore_binding
)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::{differentiable, no_grad};
use fd::{close, close_all, points};
use num_traits::Float;

/// The generated modes of a function computing partly in `f32`, adapted to `f64`
/// inputs and outputs, checked against finite differences of its `f64` twin.
fn check_twin(name: &str, twin: &dyn Fn(&[f64]) -> f64, m: &fd::Scalar, x: &[f64], tol: f64) {
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
        close(&format!("{name}_jvp value at {x:?}"), val, value, 1e-12);
        close(&format!("{name}_jvp at {x:?}"), t, fd::dot(&g, &v), tol);
    }
    if let Some(vjp) = m.vjp {
        let (val, b) = vjp(x, -1.5);
        close(&format!("{name}_vjp value at {x:?}"), val, value, 1e-12);
        let want: Vec<f64> = g.iter().map(|gi| -1.5 * gi).collect();
        close_all(&format!("{name}_vjp at {x:?}"), &b, &want, tol);
    }
    if let Some(gr) = m.grad {
        let (val, b) = gr(x);
        close(&format!("{name}_grad value at {x:?}"), val, value, 1e-12);
        close_all(&format!("{name}_grad at {x:?}"), &b, &g, tol);
    }
    if let Some(h) = m.hvp {
        let (val, hv) = h(x, &v);
        close(&format!("{name}_hvp value at {x:?}"), val, value, 1e-12);
        close_all(
            &format!("{name}_hvp at {x:?}"),
            &hv,
            &fd::hvp(twin, x, &v),
            50.0 * tol,
        );
    }
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

/// An `f32` parameter widened into `f64` arithmetic.
#[differentiable]
fn widen(x: f32, y: f64) -> f64 {
    let a = x as f64;
    (a * y).sin() + a * a
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
