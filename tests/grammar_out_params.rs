//! Out-parameters: functions writing their results into `out: &mut [F]` or
//! `out: &mut [F; M]`. `_jvp` fills `out` and its tangent output; `_vjp` fills `out`
//! and adds `Jᵀ out_seed` into the shadows. Writes in loops (runtime and constant
//! trip counts, nested, with `break`), in branches, overwrites of an element (the last
//! write counts), writes of constants, a scalar result beside the out-parameter, by-value
//! scalar parameters, `f32`; the Jacobian through `dense::jacobian` and
//! `dense::jacobian_of_len`.
//!
//! Oracle: finite-difference Jacobians of the original function (`common/fd.rs`).
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::dense::{jacobian, jacobian_of_len};
use differentiable::differentiable;
use fd::points;

/// Residuals of a sensor model `y = a·exp(-b·t)·cos(w·t) + c` against samples.
#[differentiable(wrt(p))]
fn residuals(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64]) {
    for i in 0..t.len() {
        let model = p[0] * (-p[1] * t[i]).exp() * (p[2] * t[i]).cos() + p[3];
        out[i] = model - y[i];
    }
}

const T: [f64; 6] = [0.0, 0.3, 0.7, 1.1, 1.6, 2.2];
const Y: [f64; 6] = [2.9, 2.1, 0.9, 0.1, -0.2, 0.3];

/// Checks `jvp` and `vjp` of `f: ℝⁿ → ℝᵐ` (flattened to slices) at `x` against the
/// finite-difference Jacobian, the values too.
#[track_caller]
fn check_out(name: &str, f: &dyn Fn(&[f64]) -> Vec<f64>, m: usize, x: &[f64], jac: &[f64]) {
    let want = fd::jacobian(f, x);
    assert_eq!(want.len(), m);
    let n = x.len();
    for i in 0..m {
        fd::close_all(
            &format!("{name} row {i}"),
            &jac[i * n..(i + 1) * n],
            &want[i],
            1e-6,
        );
    }
}

#[test]
fn residuals_of_runtime_length() {
    for p in points(1, 3, 4, 0.3, 1.5) {
        let f = |q: &[f64]| {
            let mut r = vec![0.0; 6];
            residuals(q, &T, &Y, &mut r);
            r
        };
        // forward: fills out and out_tangent
        let jac = jacobian_of_len(
            &p,
            6,
            |q, dq, out, dout| residuals_jvp(q, dq, &T, &Y, out, dout),
            |q, qb, out, s| residuals_vjp(q, qb, &T, &Y, out, s),
        );
        check_out("residuals (jvp)", &f, 6, &p, &jac);
        // reverse: rows from unit seeds, added into the shadow
        let mut out = vec![0.0; 6];
        for i in 0..6 {
            let mut seed = [0.0; 6];
            seed[i] = 1.0;
            let mut pb = vec![0.5; 4];
            residuals_vjp(&p, &mut pb, &T, &Y, &mut out, &seed);
            fd::close_all("residuals_vjp fills out", &out, &f(&p), 1e-12);
            let row: Vec<f64> = pb.iter().map(|b| b - 0.5).collect();
            fd::close_all(
                &format!("residuals_vjp row {i}"),
                &row,
                &jac[i * 4..(i + 1) * 4],
                1e-9,
            );
        }
        // fewer outputs than parameters: the reverse path of jacobian_of_len
        let jac3 = jacobian_of_len(
            &p,
            3,
            |q, dq, out, dout| residuals_jvp(q, dq, &T[..3], &Y[..3], out, dout),
            |q, qb, out, s| residuals_vjp(q, qb, &T[..3], &Y[..3], out, s),
        );
        fd::close_all("jacobian_of_len reverse", &jac3, &jac[..12], 1e-9);
    }
}

/// Overwrites (the last write of an element counts), a write in a branch, a constant
/// written, a scalar result beside the out-parameter.
#[differentiable]
fn overwrite(x: &[f64], out: &mut [f64; 3]) -> f64 {
    out[0] = x[0] * x[1];
    out[1] = 2.0;
    out[0] = x[0].sin() * x[2];
    let mut s = 0.0;
    for i in 0..3 {
        s += x[i] * x[i];
        if i == 1 {
            out[2] = s;
        }
    }
    out[1] = x[1] * 3.0;
    if x[2] > 0.5 {
        out[2] = 1.0;
    }
    s
}

#[test]
fn overwrites_branches_and_a_scalar_result() {
    for x in points(2, 4, 3, 0.1, 0.9) {
        let f = |z: &[f64]| {
            let mut o = [0.0; 3];
            let s = overwrite(z, &mut o);
            vec![o[0], o[1], o[2], s]
        };
        let n = 3;
        let mut jac = vec![0.0; 4 * n];
        for j in 0..n {
            let mut e = [0.0; 3];
            e[j] = 1.0;
            let (mut o, mut ot) = ([0.0; 3], [0.0; 3]);
            let (v, vt) = overwrite_jvp(&x, &e, &mut o, &mut ot);
            fd::close_all("overwrite_jvp value", &[o[0], o[1], o[2], v], &f(&x), 1e-12);
            for i in 0..3 {
                jac[i * n + j] = ot[i];
            }
            jac[3 * n + j] = vt;
        }
        check_out("overwrite", &f, 4, &x, &jac);
        let seeds = [[1.0, -0.5, 0.25], [0.0, 0.0, 0.0]];
        for (k, s) in seeds.iter().enumerate() {
            let scalar_seed = 1.5 * k as f64 - 0.5;
            let mut xb = [0.0; 3];
            let mut o = [0.0; 3];
            let v = overwrite_vjp(&x, &mut xb, &mut o, s, scalar_seed);
            fd::close("overwrite_vjp value", v, f(&x)[3], 1e-12);
            let want: Vec<f64> = (0..n)
                .map(|j| {
                    (0..3).map(|i| s[i] * jac[i * n + j]).sum::<f64>()
                        + scalar_seed * jac[3 * n + j]
                })
                .collect();
            fd::close_all("overwrite_vjp", &xb, &want, 1e-6);
        }
    }
}

/// A fixed-size out-parameter filled by a runtime nest with `break`, passed straight
/// to `dense::jacobian`.
#[differentiable]
fn moments(x: &[f64], out: &mut [f64; 2]) {
    let n = x.len();
    for k in 0..2 {
        let mut s = 0.0;
        for i in 0..n {
            let mut p = 1.0;
            for _j in 0..k + 1 {
                p *= x[i];
            }
            s += p.sin();
            if s > 10.0 {
                break;
            }
        }
        out[k] = s / n as f64;
    }
}

#[test]
fn fixed_size_outputs_through_dense_jacobian() {
    for x in points(3, 3, 5, -1.0, 1.0) {
        let f = |z: &[f64]| {
            let mut o = [0.0; 2];
            moments(z, &mut o);
            o.to_vec()
        };
        // two outputs, five inputs: reverse mode
        let j = jacobian(&x, moments_jvp, moments_vjp);
        check_out("moments (vjp)", &f, 2, &x, &j);
        // the forward path: as many inputs as outputs
        let j2 = jacobian(&x[..2], moments_jvp, moments_vjp);
        check_out("moments (jvp)", &f, 2, &x[..2], &j2);
    }
}

/// By-value scalar parameters beside an out-parameter: `_vjp` returns their adjoints.
#[differentiable]
fn polar_into(r: f64, t: f64, out: &mut [f64; 2]) {
    out[0] = r * t.cos();
    out[1] = r * t.sin();
}

#[test]
fn scalar_parameters_with_an_output() {
    let (r, t) = (1.5, 0.4);
    let (mut o, mut ot) = ([0.0; 2], [0.0; 2]);
    polar_into_jvp(r, 0.5, t, -1.0, &mut o, &mut ot);
    fd::close_all("polar_into value", &o, &[r * t.cos(), r * t.sin()], 1e-15);
    let want = [0.5 * t.cos() + r * t.sin(), 0.5 * t.sin() - r * t.cos()];
    fd::close_all("polar_into_jvp", &ot, &want, 1e-12);
    let mut o2 = [0.0; 2];
    let (dr, dt) = polar_into_vjp(r, t, &mut o2, &[2.0, -1.0]);
    let want = [2.0 * t.cos() - t.sin(), -2.0 * r * t.sin() - r * t.cos()];
    fd::close_all("polar_into_vjp", &[dr, dt], &want, 1e-12);
    assert_eq!(o2, o);
    let mut o3 = [0.0; 2];
    polar_into(r, t, &mut o3);
    assert_eq!(o3, o);
}

#[differentiable]
fn scale32(x: &[f32], out: &mut [f32]) {
    for i in 0..x.len() {
        out[i] = x[i] * x[i] * 0.5;
    }
}

#[test]
fn f32_outputs() {
    let x = [1.0f32, -2.0, 0.5];
    let (mut o, mut ot) = ([0.0f32; 3], [0.0f32; 3]);
    scale32_jvp(&x, &[1.0, 1.0, 1.0], &mut o, &mut ot);
    assert_eq!(o, [0.5, 2.0, 0.125]);
    assert_eq!(ot, x);
    let mut xb = [0.0f32; 3];
    scale32_vjp(&x, &mut xb, &mut o, &[1.0, 0.0, 2.0]);
    assert_eq!(xb, [1.0, 0.0, 1.0]);
    let mut o2 = [0.0f32; 3];
    scale32(&x, &mut o2);
    assert_eq!(o2, o);
}
