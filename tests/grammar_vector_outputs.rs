//! Grammar coverage, array outputs `[F; M]` (only `_jvp` and `_vjp` are generated):
//! loops with linear and non-linear carried values, calls, generic `T`, early return
//! of an array, `[F; N]` in and out, `f32`, one-element outputs, constant entries.
//!
//! Oracle: the central finite-difference Jacobian of the primal (`common/fd.rs`):
//! `J v` for `_jvp`, `J^T s` for `_vjp`; a few hand-derived values.
// The functions under test are written the way users write them (index loops).
#![allow(clippy::needless_range_loop)]
#[macro_use]
#[path = "common/fd.rs"]
mod fd;
use differentiable::differentiable;
use fd::points;
use num_traits::Float;

#[differentiable]
fn v_loop(x: &[f64]) -> [f64; 3] {
    let mut s = 0.0;
    let mut p = 1.0;
    let mut m = x[0];
    for i in 0..x.len() {
        s += x[i] * x[i];
        p *= 1.0 + 0.3 * x[i].sin();
        m = m.max(x[i]);
    }
    [s, p * s, m]
}
#[differentiable]
fn v_call(x: &[f64], a: f64) -> [f64; 2] {
    let n = nrm(x);
    [n * a, (n + a).sin()]
}
#[differentiable]
fn nrm(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &v in x {
        s += v * v;
    }
    s.sqrt()
}
#[differentiable]
fn v_generic<T: Float>(x: &[T], a: T) -> [T; 2] {
    let mut s = T::zero();
    for i in 0..x.len() {
        s = s + x[i] * a;
    }
    [s, s * s - a]
}
#[differentiable]
fn v_branch(x: f64, y: f64) -> [f64; 2] {
    let a = if x > y { x - y } else { y - x };
    if a > 1.0 {
        return [a, x];
    }
    [a * a, y]
}
#[differentiable]
fn v_f32(x: &[f32]) -> [f32; 2] {
    let mut s = 0.0f32;
    for &v in x {
        s += v.exp();
    }
    [s, s.ln()]
}
#[differentiable]
fn v_array_in(x: [f64; 3]) -> [f64; 3] {
    [x[1] * x[2], x[2] * x[0], x[0] * x[1]]
}
#[differentiable]
fn v_one(x: f64) -> [f64; 1] {
    [x.sin()]
}
#[differentiable]
fn v_consts(x: f64) -> [f64; 3] {
    [1.0, x, 2.0 * std::f64::consts::PI]
}

macro_rules! vslice {
    ($f:ident, $jvp:ident, $vjp:ident, $pts:expr) => {{
        let f = |z: &[f64]| $f(z).to_vec();
        let jvp = |z: &[f64], v: &[f64]| {
            let (a, b) = $jvp(z, v);
            (a.to_vec(), b.to_vec())
        };
        let vjp = |z: &[f64], s: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let a = $vjp(z, &mut b, s.try_into().unwrap());
            (a.to_vec(), b)
        };
        let m = fd::Vector {
            f: &f,
            jvp: &jvp,
            vjp: &vjp,
        };
        for x in $pts {
            fd::check_vector(stringify!($f), &m, &x, 1e-6);
        }
    }};
}
#[test]
fn array_outputs() {
    vslice!(
        v_loop,
        v_loop_jvp,
        v_loop_vjp,
        [vec![0.5, -1.3, 0.9, 0.2], vec![1.1, 0.3, -0.6, 1.4]]
    );
    let f = |z: &[f64]| v_call(&z[..3], z[3]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = v_call_jvp(&z[..3], &v[..3], z[3], v[3]);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let mut b = vec![0.0; 3];
        let (a, ab) = v_call_vjp(&z[..3], &mut b, z[3], [s[0], s[1]]);
        b.push(ab);
        (a.to_vec(), b)
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in points(1, 3, 4, -1.0, 1.0) {
        fd::check_vector("v_call", &m, &x, 1e-6);
    }
    let f = |z: &[f64]| v_generic(&z[..3], z[3]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = v_generic_jvp(&z[..3], &v[..3], z[3], v[3]);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let mut b = vec![0.0; 3];
        let (a, ab) = v_generic_vjp(&z[..3], &mut b, z[3], [s[0], s[1]]);
        b.push(ab);
        (a.to_vec(), b)
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in points(2, 3, 4, -1.0, 1.0) {
        fd::check_vector("v_generic", &m, &x, 1e-6);
    }
    let f = |z: &[f64]| v_branch(z[0], z[1]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = v_branch_jvp(z[0], v[0], z[1], v[1]);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let (a, p, q) = v_branch_vjp(z[0], z[1], [s[0], s[1]]);
        (a.to_vec(), vec![p, q])
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in [
        vec![2.0, 0.5],
        vec![0.3, 2.0],
        vec![0.5, 0.2],
        vec![0.2, 0.6],
    ] {
        fd::check_vector("v_branch", &m, &x, 1e-6);
    }
    let f = |z: &[f64]| v_array_in([z[0], z[1], z[2]]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = v_array_in_jvp([z[0], z[1], z[2]], [v[0], v[1], v[2]]);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let (a, b) = v_array_in_vjp([z[0], z[1], z[2]], [s[0], s[1], s[2]]);
        (a.to_vec(), b.to_vec())
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in points(3, 3, 3, -1.0, 1.0) {
        fd::check_vector("v_array_in", &m, &x, 1e-6);
    }
    assert_eq!(v_one(0.5), [0.5f64.sin()]);
    assert_eq!(v_consts(0.5)[1], 0.5);
    assert_eq!(v_f32(&[0.0])[0], 1.0);
    let (a, b) = v_one_jvp(0.5, 2.0);
    assert_eq!((a, b), ([0.5f64.sin()], [2.0 * 0.5f64.cos()]));
    let (_, b) = v_one_vjp(0.5, [3.0]);
    assert_eq!(b, 3.0 * 0.5f64.cos());
    let (a, b) = v_consts_jvp(0.5, 2.0);
    assert_eq!(b, [0.0, 2.0, 0.0]);
    assert_eq!(a[1], 0.5);
    let (_, b) = v_consts_vjp(0.5, [1.0, 2.0, 3.0]);
    assert_eq!(b, 2.0);
    let mut g = [0.0f32; 2];
    let a = v_f32_vjp(&[0.1, 0.2], &mut g, [1.0, 0.0]);
    assert!(
        (g[0] - 0.1f32.exp()).abs() < 1e-6 && (a[0] - (0.1f32.exp() + 0.2f32.exp())).abs() < 1e-6
    );
}
