//! Grammar coverage, parameters and returns: `f32`, `f64`, generic `T: Float` (at `f32`
//! and `f64`), `[F; N]` by value, `&[F]`, `&[F; N]`, inactive parameters (`usize`,
//! `bool`, a struct, `&[usize]`), `wrt(..)`, scalar and `[F; M]` returns.
//!
//! Oracle: central finite differences of the primal (first derivatives) and central
//! second differences of the primal (Hessian-vector products), from `common/fd.rs`;
//! `f32` code is checked against the same formula written by hand in `f64`.
// The functions under test are written the way users write them (index loops, late
// initialisation, `return` as the last statement), which clippy would restyle.
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{check_scalar, check_vector, close, close_all, Rng, Scalar, Vector};
use num_traits::Float;

const TOL: f64 = 1e-6;
const HTOL: f64 = 1e-4;

fn points(seed: u64, n: usize, lo: f64, hi: f64) -> Vec<Vec<f64>> {
    let mut rng = Rng::new(seed);
    (0..4).map(|_| rng.vec(n, lo, hi)).collect()
}

// ---------------------------------------------------------------- f64 scalars

#[differentiable]
fn two_f64(x: f64, y: f64) -> f64 {
    x * y.sin() + x * x * y - y / (1.0 + x * x)
}

#[test]
fn f64_scalar_params_all_modes() {
    let f = |z: &[f64]| two_f64(z[0], z[1]);
    let jvp = |z: &[f64], v: &[f64]| two_f64_jvp(z[0], v[0], z[1], v[1]);
    let vjp = |z: &[f64], s: f64| {
        let (v, a, b) = two_f64_vjp(z[0], z[1], s);
        (v, vec![a, b])
    };
    let grad = |z: &[f64]| {
        let (v, a, b) = two_f64_grad(z[0], z[1]);
        (v, vec![a, b])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a, b) = two_f64_hvp(z[0], d[0], z[1], d[1]);
        (v, vec![a, b])
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(1, 2, -2.0, 2.0) {
        check_scalar("two_f64", &m, &x, TOL, HTOL);
    }
}

// ---------------------------------------------------------------- f32 scalars

#[differentiable]
fn two_f32(x: f32, y: f32) -> f32 {
    x * y.exp() - y * y + 0.5 * x.cos()
}

/// The same formula in `f64`, with its hand-derived gradient and Hessian.
fn two_f32_oracle(x: f64, y: f64) -> (f64, [f64; 2], [[f64; 2]; 2]) {
    let v = x * y.exp() - y * y + 0.5 * x.cos();
    let g = [y.exp() - 0.5 * x.sin(), x * y.exp() - 2.0 * y];
    let h = [[-0.5 * x.cos(), y.exp()], [y.exp(), x * y.exp() - 2.0]];
    (v, g, h)
}

#[test]
fn f32_scalar_params_all_modes() {
    // the hand-derived oracle itself agrees with finite differences
    let f64f = |z: &[f64]| two_f32_oracle(z[0], z[1]).0;
    let z = [0.4, -0.3];
    close_all(
        "oracle grad",
        &two_f32_oracle(z[0], z[1]).1,
        &fd::grad(&f64f, &z),
        1e-7,
    );
    for z in points(2, 2, -1.5, 1.5) {
        let (x, y) = (z[0] as f32, z[1] as f32);
        let (v, g, h) = two_f32_oracle(f64::from(x), f64::from(y));
        let tol = 1e-4;
        let (pv, t) = two_f32_jvp(x, 0.5, y, -1.0);
        close("f32 value", f64::from(two_f32(x, y)), v, tol);
        close("f32 jvp value", f64::from(pv), v, tol);
        close("f32 jvp", f64::from(t), 0.5 * g[0] - g[1], tol);
        let (pv, a, b) = two_f32_vjp(x, y, 2.0);
        close("f32 vjp value", f64::from(pv), v, tol);
        close_all(
            "f32 vjp",
            &[f64::from(a), f64::from(b)],
            &[2.0 * g[0], 2.0 * g[1]],
            tol,
        );
        let (_, a, b) = two_f32_grad(x, y);
        close_all("f32 grad", &[f64::from(a), f64::from(b)], &g, tol);
        let (pv, a, b) = two_f32_hvp(x, 0.5, y, -1.0);
        close("f32 hvp value", f64::from(pv), v, tol);
        let hv = [0.5 * h[0][0] - h[0][1], 0.5 * h[1][0] - h[1][1]];
        close_all("f32 hvp", &[f64::from(a), f64::from(b)], &hv, tol);
    }
}

// ---------------------------------------------------------------- generic T: Float

#[differentiable]
fn gen_bound<T: Float>(x: T, y: T) -> T {
    let two = T::from(2.0).unwrap();
    x.sin() * y + x * x * y / two + (y * y + T::one()).ln()
}

#[differentiable]
fn gen_where<T>(x: T, y: T) -> T
where
    T: Float,
{
    (x * y).exp() - x.powi(3) + y.sqrt()
}

#[differentiable]
fn gen_facade<F: differentiable::Float>(x: F, y: F) -> F {
    x.atan2(y) * x.hypot(y)
}

macro_rules! generic_f64_check {
    ($name:literal, $f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $seed:expr, $lo:expr, $hi:expr) => {{
        let f = |z: &[f64]| $f::<f64>(z[0], z[1]);
        let jvp = |z: &[f64], v: &[f64]| $jvp::<f64>(z[0], v[0], z[1], v[1]);
        let vjp = |z: &[f64], s: f64| {
            let (v, a, b) = $vjp::<f64>(z[0], z[1], s);
            (v, vec![a, b])
        };
        let grad = |z: &[f64]| {
            let (v, a, b) = $grad::<f64>(z[0], z[1]);
            (v, vec![a, b])
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let (v, a, b) = $hvp::<f64>(z[0], d[0], z[1], d[1]);
            (v, vec![a, b])
        };
        let m = Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in points($seed, 2, $lo, $hi) {
            check_scalar($name, &m, &x, TOL, HTOL);
        }
        // the f32 instantiation agrees with the f64 one to f32 precision
        for x in points($seed + 100, 2, $lo, $hi) {
            let (a, b) = (x[0] as f32, x[1] as f32);
            let (_, g0, g1) = $grad::<f64>(f64::from(a), f64::from(b));
            let (v32, h0, h1) = $grad::<f32>(a, b);
            close(
                concat!($name, " f32 value"),
                f64::from(v32),
                $f::<f64>(f64::from(a), f64::from(b)),
                1e-4,
            );
            close_all(
                concat!($name, " f32 grad"),
                &[f64::from(h0), f64::from(h1)],
                &[g0, g1],
                1e-4,
            );
            let want = fd::grad(&f, &[f64::from(a), f64::from(b)]);
            close_all(
                concat!($name, " f32 grad vs fd"),
                &[f64::from(h0), f64::from(h1)],
                &want,
                1e-4,
            );
            let (_, t) = $jvp::<f32>(a, 1.0, b, 0.25);
            close(
                concat!($name, " f32 jvp"),
                f64::from(t),
                want[0] + 0.25 * want[1],
                1e-4,
            );
            let hv = fd::hvp(&f, &[f64::from(a), f64::from(b)], &[0.5, 1.0]);
            let (_, h0, h1) = $hvp::<f32>(a, 0.5, b, 1.0);
            close_all(
                concat!($name, " f32 hvp"),
                &[f64::from(h0), f64::from(h1)],
                &hv,
                1e-3,
            );
        }
    }};
}

#[test]
fn generic_float_bound_in_angle_brackets() {
    generic_f64_check!(
        "gen_bound",
        gen_bound,
        gen_bound_jvp,
        gen_bound_vjp,
        gen_bound_grad,
        gen_bound_hvp,
        3,
        -1.5,
        1.5
    );
}

#[test]
fn generic_float_bound_in_where_clause() {
    generic_f64_check!(
        "gen_where",
        gen_where,
        gen_where_jvp,
        gen_where_vjp,
        gen_where_grad,
        gen_where_hvp,
        4,
        0.2,
        1.2
    );
}

#[test]
fn generic_facade_float_bound() {
    generic_f64_check!(
        "gen_facade",
        gen_facade,
        gen_facade_jvp,
        gen_facade_vjp,
        gen_facade_grad,
        gen_facade_hvp,
        5,
        0.3,
        1.5
    );
}

// ---------------------------------------------------------------- [F; N] by value

#[differentiable]
fn arr_by_value(x: [f64; 3]) -> f64 {
    x[0] * x[1] + x[2].sin() * x[0] - x[1] * x[1] * x[2]
}

#[test]
fn array_by_value_returns_adjoints() {
    let f = |z: &[f64]| arr_by_value([z[0], z[1], z[2]]);
    let jvp = |z: &[f64], v: &[f64]| arr_by_value_jvp([z[0], z[1], z[2]], [v[0], v[1], v[2]]);
    let vjp = |z: &[f64], s: f64| {
        let (v, a): (f64, [f64; 3]) = arr_by_value_vjp([z[0], z[1], z[2]], s);
        (v, a.to_vec())
    };
    let grad = |z: &[f64]| {
        let (v, a): (f64, [f64; 3]) = arr_by_value_grad([z[0], z[1], z[2]]);
        (v, a.to_vec())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a): (f64, [f64; 3]) = arr_by_value_hvp([z[0], z[1], z[2]], [d[0], d[1], d[2]]);
        (v, a.to_vec())
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(6, 3, -2.0, 2.0) {
        check_scalar("arr_by_value", &m, &x, TOL, HTOL);
    }
}

#[differentiable]
fn arr_and_scalar(a: f64, x: [f64; 2], b: f64) -> f64 {
    a * x[0] * x[0] + b * x[1] + (a * b).cos()
}

#[test]
fn array_between_scalars_keeps_parameter_order() {
    let f = |z: &[f64]| arr_and_scalar(z[0], [z[1], z[2]], z[3]);
    let jvp = |z: &[f64], v: &[f64]| {
        arr_and_scalar_jvp(z[0], v[0], [z[1], z[2]], [v[1], v[2]], z[3], v[3])
    };
    let vjp = |z: &[f64], s: f64| {
        let (v, a, x, b) = arr_and_scalar_vjp(z[0], [z[1], z[2]], z[3], s);
        (v, vec![a, x[0], x[1], b])
    };
    let grad = |z: &[f64]| {
        let (v, a, x, b) = arr_and_scalar_grad(z[0], [z[1], z[2]], z[3]);
        (v, vec![a, x[0], x[1], b])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a, x, b) = arr_and_scalar_hvp(z[0], d[0], [z[1], z[2]], [d[1], d[2]], z[3], d[3]);
        (v, vec![a, x[0], x[1], b])
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(7, 4, -2.0, 2.0) {
        check_scalar("arr_and_scalar", &m, &x, TOL, HTOL);
    }
}

// ---------------------------------------------------------------- slices

#[differentiable]
fn slice_param(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i] * (i as f64 + 1.0) + x[i].sin();
    }
    s * x[0]
}

#[differentiable]
fn slice_array_param(x: &[f64; 4]) -> f64 {
    x[0] * x[1].exp() + x[2] * x[3] * x[3] - x[3] / (1.0 + x[0] * x[0])
}

macro_rules! slice_check {
    ($name:literal, $f:expr, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $n:expr, $seed:expr) => {{
        let f = |z: &[f64]| $f(z);
        let jvp = |z: &[f64], v: &[f64]| $jvp(z.try_into().unwrap(), v.try_into().unwrap());
        let vjp = |z: &[f64], s: f64| {
            let mut b = vec![0.5; z.len()];
            let v = $vjp(z.try_into().unwrap(), (&mut b[..]).try_into().unwrap(), s);
            // vjp accumulates into the shadow
            (v, b.iter().map(|x| x - 0.5).collect::<Vec<f64>>())
        };
        let grad = |z: &[f64]| {
            let mut g = vec![9.0; z.len()];
            // grad overwrites the shadow
            let v = $grad(z.try_into().unwrap(), (&mut g[..]).try_into().unwrap());
            (v, g)
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let mut hv = vec![7.0; z.len()];
            let v = $hvp(
                z.try_into().unwrap(),
                d.try_into().unwrap(),
                (&mut hv[..]).try_into().unwrap(),
            );
            (v, hv)
        };
        let m = Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in points($seed, $n, -1.5, 1.5) {
            check_scalar($name, &m, &x, TOL, HTOL);
        }
    }};
}

#[test]
fn slice_param_shadows() {
    slice_check!(
        "slice_param",
        slice_param,
        slice_param_jvp,
        slice_param_vjp,
        slice_param_grad,
        slice_param_hvp,
        5,
        8
    );
}

#[test]
fn slice_param_of_length_one() {
    let x = [0.7];
    let mut g = [0.0];
    let v = slice_param_grad(&x, &mut g);
    close("value", v, slice_param(&x), 1e-15);
    // f = x (x^2 + sin x) => f' = 3x^2 + sin x + x cos x
    close(
        "grad",
        g[0],
        3.0 * 0.49 + 0.7f64.sin() + 0.7 * 0.7f64.cos(),
        1e-12,
    );
}

#[test]
fn ref_array_param_shadows() {
    slice_check!(
        "slice_array_param",
        |z: &[f64]| slice_array_param(z.try_into().unwrap()),
        slice_array_param_jvp,
        slice_array_param_vjp,
        slice_array_param_grad,
        slice_array_param_hvp,
        4,
        9
    );
}

#[differentiable]
fn slice_f32(x: &[f32]) -> f32 {
    let mut s = 0.0f32;
    for i in 0..x.len() {
        s += x[i].tanh() * (i as f32 + 1.0);
    }
    s
}

#[test]
fn f32_slice() {
    let x = [0.3f32, -0.8, 1.1];
    let mut g = [0.0f32; 3];
    let v = slice_f32_grad(&x, &mut g);
    let want: f64 = x
        .iter()
        .enumerate()
        .map(|(i, v)| f64::from(*v).tanh() * (i as f64 + 1.0))
        .sum();
    close("f32 slice value", f64::from(v), want, 1e-5);
    close("f32 slice primal", f64::from(slice_f32(&x)), want, 1e-5);
    for i in 0..3 {
        let t = f64::from(x[i]).tanh();
        close(
            "f32 slice grad",
            f64::from(g[i]),
            (1.0 - t * t) * (i as f64 + 1.0),
            1e-5,
        );
    }
    let (_, t) = slice_f32_jvp(&x, &[1.0, 1.0, 1.0]);
    close(
        "f32 slice jvp",
        f64::from(t),
        g.iter().map(|v| f64::from(*v)).sum(),
        1e-5,
    );
}

// ---------------------------------------------------------------- mixed slices and scalars

#[differentiable]
fn slice_and_scalars(a: f64, x: &[f64], b: f64, y: &[f64]) -> f64 {
    let mut s = a * b;
    for i in 0..x.len() {
        s += (a * x[i] - y[i]).powi(2) + b * x[i] * y[i];
    }
    s
}

#[test]
fn slices_and_scalars_mixed() {
    let n = 3;
    let split = |z: &[f64]| (z[0], z[1..1 + n].to_vec(), z[1 + n], z[2 + n..].to_vec());
    let f = |z: &[f64]| {
        let (a, x, b, y) = split(z);
        slice_and_scalars(a, &x, b, &y)
    };
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, x, b, y) = split(z);
        let (da, dx, db, dy) = split(v);
        slice_and_scalars_jvp(a, da, &x, &dx, b, db, &y, &dy)
    };
    let vjp = |z: &[f64], s: f64| {
        let (a, x, b, y) = split(z);
        let mut xb = vec![0.0; n];
        let mut yb = vec![0.0; n];
        let (v, ab, bb) = slice_and_scalars_vjp(a, &x, &mut xb, b, &y, &mut yb, s);
        let mut out = vec![ab];
        out.extend(xb);
        out.push(bb);
        out.extend(yb);
        (v, out)
    };
    let grad = |z: &[f64]| {
        let (a, x, b, y) = split(z);
        let mut xg = vec![0.0; n];
        let mut yg = vec![0.0; n];
        let (v, ag, bg) = slice_and_scalars_grad(a, &x, &mut xg, b, &y, &mut yg);
        let mut out = vec![ag];
        out.extend(xg);
        out.push(bg);
        out.extend(yg);
        (v, out)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (a, x, b, y) = split(z);
        let (da, dx, db, dy) = split(d);
        let mut xh = vec![0.0; n];
        let mut yh = vec![0.0; n];
        let (v, ah, bh) = slice_and_scalars_hvp(a, da, &x, &dx, &mut xh, b, db, &y, &dy, &mut yh);
        let mut out = vec![ah];
        out.extend(xh);
        out.push(bh);
        out.extend(yh);
        (v, out)
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(10, 2 + 2 * n, -1.5, 1.5) {
        check_scalar("slice_and_scalars", &m, &x, TOL, HTOL);
    }
}

// ---------------------------------------------------------------- inactive parameters

/// A plain struct passed by reference: inactive.
pub struct Settings {
    pub scale: f64,
    pub power: i32,
}

#[derive(Clone, Copy)]
pub struct Pair {
    pub lo: f64,
    pub hi: f64,
}

#[differentiable]
#[allow(clippy::too_many_arguments)]
fn with_inactive(
    x: &[f64],
    n: usize,
    flag: bool,
    idx: &[usize],
    cfg: &Settings,
    pair: Pair,
    k: i32,
    a: f64,
) -> f64 {
    let mut s = 0.0;
    for j in 0..n {
        let v = x[idx[j]];
        if flag {
            s += cfg.scale * v.powi(cfg.power) * a;
        } else {
            s += v.clamp(pair.lo, pair.hi) * a * a;
        }
    }
    s + a.powi(k)
}

#[test]
fn inactive_parameters_pass_through() {
    let idx = [2usize, 0, 3, 2];
    let cfg = Settings {
        scale: 1.5,
        power: 3,
    };
    let pair = Pair { lo: -0.5, hi: 0.5 };
    for flag in [true, false] {
        let f = |z: &[f64]| with_inactive(&z[..4], 3, flag, &idx, &cfg, pair, 2, z[4]);
        let jvp = |z: &[f64], v: &[f64]| {
            with_inactive_jvp(&z[..4], &v[..4], 3, flag, &idx, &cfg, pair, 2, z[4], v[4])
        };
        let vjp = |z: &[f64], s: f64| {
            let mut xb = vec![0.0; 4];
            let (v, ab) =
                with_inactive_vjp(&z[..4], &mut xb, 3, flag, &idx, &cfg, pair, 2, z[4], s);
            xb.push(ab);
            (v, xb)
        };
        let grad = |z: &[f64]| {
            let mut xg = vec![0.0; 4];
            let (v, ag) = with_inactive_grad(&z[..4], &mut xg, 3, flag, &idx, &cfg, pair, 2, z[4]);
            xg.push(ag);
            (v, xg)
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let mut xh = vec![0.0; 4];
            let (v, ah) = with_inactive_hvp(
                &z[..4],
                &d[..4],
                &mut xh,
                3,
                flag,
                &idx,
                &cfg,
                pair,
                2,
                z[4],
                d[4],
            );
            xh.push(ah);
            (v, xh)
        };
        let m = Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        // keep the clamped values away from the clamp bounds
        for x in [
            vec![0.1, 1.3, -0.2, 0.9, 0.7],
            vec![-1.1, 0.2, 0.35, -0.1, -1.3],
        ] {
            check_scalar("with_inactive", &m, &x, TOL, HTOL);
        }
    }
}

// ---------------------------------------------------------------- wrt(..)

#[differentiable(wrt(a, b))]
fn wrt_two(a: f64, c: f64, b: &[f64], d: &[f64]) -> f64 {
    let mut s = a * c;
    for i in 0..b.len() {
        s += (b[i] * d[i] + a).sin() * c;
    }
    s
}

#[test]
fn wrt_selects_parameters() {
    let c = 0.8;
    let d = [0.5, -1.2, 2.0];
    let f = |z: &[f64]| wrt_two(z[0], c, &z[1..], &d);
    let jvp = |z: &[f64], v: &[f64]| wrt_two_jvp(z[0], v[0], c, &z[1..], &v[1..], &d);
    let vjp = |z: &[f64], s: f64| {
        let mut bb = vec![0.0; 3];
        let (v, ab) = wrt_two_vjp(z[0], c, &z[1..], &mut bb, &d, s);
        let mut out = vec![ab];
        out.extend(bb);
        (v, out)
    };
    let grad = |z: &[f64]| {
        let mut bg = vec![0.0; 3];
        let (v, ag) = wrt_two_grad(z[0], c, &z[1..], &mut bg, &d);
        let mut out = vec![ag];
        out.extend(bg);
        (v, out)
    };
    let hvp = |z: &[f64], dir: &[f64]| {
        let mut bh = vec![0.0; 3];
        let (v, ah) = wrt_two_hvp(z[0], dir[0], c, &z[1..], &dir[1..], &mut bh, &d);
        let mut out = vec![ah];
        out.extend(bh);
        (v, out)
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(11, 4, -1.5, 1.5) {
        check_scalar("wrt_two", &m, &x, TOL, HTOL);
    }
}

#[differentiable(wrt(x))]
fn wrt_scalar_only(x: f64, k: usize, c: f64) -> f64 {
    x.powi(k as i32) * c + c * c * x
}

#[test]
fn wrt_leaves_float_scalar_inactive() {
    for &(x, k, c) in &[(0.7, 3usize, 1.3), (-1.2, 2, 0.4)] {
        let v = wrt_scalar_only(x, k, c);
        let d = (k as f64) * x.powi(k as i32 - 1) * c + c * c;
        let dd = (k as f64) * (k as f64 - 1.0) * x.powi(k as i32 - 2) * c;
        let (pv, t) = wrt_scalar_only_jvp(x, 2.0, k, c);
        close("wrt jvp value", pv, v, 1e-15);
        close("wrt jvp", t, 2.0 * d, 1e-12);
        let (pv, g) = wrt_scalar_only_grad(x, k, c);
        close("wrt grad value", pv, v, 1e-15);
        close("wrt grad", g, d, 1e-12);
        close(
            "wrt grad vs fd",
            g,
            fd::grad(&|z: &[f64]| wrt_scalar_only(z[0], k, c), &[x])[0],
            TOL,
        );
        let (_, b) = wrt_scalar_only_vjp(x, k, c, -3.0);
        close("wrt vjp", b, -3.0 * d, 1e-12);
        let (_, h) = wrt_scalar_only_hvp(x, 0.5, k, c);
        close("wrt hvp", h, 0.5 * dd, 1e-12);
    }
}

// ---------------------------------------------------------------- [F; M] returns

#[differentiable]
fn polar(r: f64, t: f64) -> [f64; 3] {
    [r * t.cos(), r * t.sin(), r * r * t]
}

#[test]
fn array_return_from_scalars() {
    let f = |z: &[f64]| polar(z[0], z[1]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = polar_jvp(z[0], v[0], z[1], v[1]);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let (a, dr, dt) = polar_vjp(z[0], z[1], [s[0], s[1], s[2]]);
        (a.to_vec(), vec![dr, dt])
    };
    let m = Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in points(12, 2, -2.0, 2.0) {
        check_vector("polar", &m, &x, TOL);
    }
}

#[differentiable]
fn softmax2(x: &[f64]) -> [f64; 2] {
    let a = x[0].exp();
    let b = x[1].exp();
    let mut extra = 0.0;
    for i in 2..x.len() {
        extra += x[i] * x[i];
    }
    [a / (a + b) + extra, b / (a + b) - extra]
}

#[test]
fn array_return_from_slice() {
    let f = |z: &[f64]| softmax2(z).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = softmax2_jvp(z, v);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let mut xb = vec![0.0; z.len()];
        let a = softmax2_vjp(z, &mut xb, [s[0], s[1]]);
        (a.to_vec(), xb)
    };
    let m = Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in points(13, 4, -2.0, 2.0) {
        check_vector("softmax2", &m, &x, TOL);
    }
}

#[differentiable]
fn rotate<T: Float>(x: [T; 2], angle: T) -> [T; 2] {
    let (s, c) = (angle.sin(), angle.cos());
    [c * x[0] - s * x[1], s * x[0] + c * x[1]]
}

#[test]
fn generic_array_return_from_array() {
    let f = |z: &[f64]| rotate([z[0], z[1]], z[2]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = rotate_jvp([z[0], z[1]], [v[0], v[1]], z[2], v[2]);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let (a, xb, ab) = rotate_vjp([z[0], z[1]], z[2], [s[0], s[1]]);
        (a.to_vec(), vec![xb[0], xb[1], ab])
    };
    let m = Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in points(14, 3, -2.0, 2.0) {
        check_vector("rotate", &m, &x, TOL);
    }
    // f32 instantiation
    let (v, t) = rotate_jvp([1.0f32, 0.0], [0.0, 0.0], 0.5f32, 1.0);
    close_all(
        "rotate f32",
        &[f64::from(v[0]), f64::from(v[1])],
        &[0.5f64.cos(), 0.5f64.sin()],
        1e-6,
    );
    close_all(
        "rotate f32 jvp",
        &[f64::from(t[0]), f64::from(t[1])],
        &[-(0.5f64.sin()), 0.5f64.cos()],
        1e-6,
    );
}

// ---------------------------------------------------------------- const generics, lifetimes, names, attributes

#[differentiable]
fn const_generic<const N: usize>(x: [f64; N]) -> f64 {
    let mut s = 0.0;
    for i in 0..N {
        s += x[i] * x[i] * (i as f64 + 1.0);
    }
    s * x[0]
}

#[differentiable]
fn const_generic_ref<const N: usize>(x: &[f64; N], a: f64) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        p *= 1.0 + a * x[i];
    }
    p
}

#[differentiable]
fn with_lifetime<'a>(x: &'a [f64], y: &'a [f64]) -> f64 {
    x[0] * y[1] - x[1] * y[0]
}

#[test]
fn const_generic_arrays_and_lifetimes() {
    let x = [0.5, -1.0, 2.0];
    let s: f64 = x
        .iter()
        .enumerate()
        .map(|(i, v)| v * v * (i as f64 + 1.0))
        .sum();
    let (v, g) = const_generic_grad(x);
    close("const generic value", v, s * x[0], 1e-14);
    close("const generic primal", const_generic(x), s * x[0], 1e-14);
    let want = [s + 2.0 * x[0] * x[0], 4.0 * x[1] * x[0], 6.0 * x[2] * x[0]];
    close_all("const generic grad", &g, &want, 1e-12);
    let (_, t) = const_generic_jvp(x, [0.0, 1.0, 0.0]);
    close("const generic jvp", t, want[1], 1e-12);
    // Hessian column 0: d/dx0 of the gradient = [4 x0 + 2 x0, 4 x1, 6 x2]
    let (_, h) = const_generic_hvp(x, [1.0, 0.0, 0.0]);
    close_all(
        "const generic hvp",
        &h,
        &[6.0 * x[0], 4.0 * x[1], 6.0 * x[2]],
        1e-12,
    );

    let f = |z: &[f64]| const_generic_ref::<3>(z[..3].try_into().unwrap(), z[3]);
    let jvp = |z: &[f64], v: &[f64]| {
        const_generic_ref_jvp::<3>(
            z[..3].try_into().unwrap(),
            v[..3].try_into().unwrap(),
            z[3],
            v[3],
        )
    };
    let grad = |z: &[f64]| {
        let mut b = [0.0; 3];
        let (v, ab) = const_generic_ref_grad::<3>(z[..3].try_into().unwrap(), &mut b, z[3]);
        (v, vec![b[0], b[1], b[2], ab])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = [0.0; 3];
        let (v, ab) = const_generic_ref_hvp::<3>(
            z[..3].try_into().unwrap(),
            d[..3].try_into().unwrap(),
            &mut b,
            z[3],
            d[3],
        );
        (v, vec![b[0], b[1], b[2], ab])
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(15, 4, -1.0, 1.0) {
        check_scalar("const_generic_ref", &m, &x, TOL, HTOL);
    }

    let mut gx = [0.0; 2];
    let mut gy = [0.0; 2];
    let v = with_lifetime_grad(&[1.0, 2.0], &mut gx, &[3.0, 4.0], &mut gy);
    close("lifetime value", v, 1.0 * 4.0 - 2.0 * 3.0, 1e-15);
    close(
        "lifetime primal",
        with_lifetime(&[1.0, 2.0], &[3.0, 4.0]),
        v,
        1e-15,
    );
    close_all(
        "lifetime grad",
        &[gx[0], gx[1], gy[0], gy[1]],
        &[4.0, -3.0, -2.0, 1.0],
        1e-15,
    );
}

/// Parameters named like the generated ones (`seed`, `x_tangent`, `x_bar`, `x_dir`,
/// `x_grad`, `x_hv`, `dx`): hygiene must keep them apart.
#[differentiable]
fn clashing_names(x: f64, seed: f64, x_tangent: f64, dx: f64) -> f64 {
    x * seed + x_tangent * dx * x + seed.sin() * dx
}

#[differentiable]
fn clashing_slice_names(
    x: &[f64],
    x_bar: &[f64],
    x_dir: &[f64],
    x_grad: &[f64],
    x_hv: &[f64],
) -> f64 {
    x[0] * x_bar[0] + x_dir[0] * x_grad[0] * x_hv[0] * x[0]
}

#[test]
fn parameter_names_that_look_generated() {
    check_scalars!(
        clashing_names,
        clashing_names_jvp,
        clashing_names_vjp,
        clashing_names_grad,
        clashing_names_hvp,
        [0, 1, 2, 3],
        fd::points(16, 3, 4, -1.5, 1.5)
    );
    let z = [0.5, 1.5, -2.0, 3.0, 0.25];
    let mut g: Vec<[f64; 1]> = vec![[0.0]; 5];
    let [g0, g1, g2, g3, g4] = &mut g[..] else {
        unreachable!()
    };
    let v = clashing_slice_names_grad(
        &[z[0]],
        g0,
        &[z[1]],
        g1,
        &[z[2]],
        g2,
        &[z[3]],
        g3,
        &[z[4]],
        g4,
    );
    let f = |w: &[f64]| w[0] * w[1] + w[2] * w[3] * w[4] * w[0];
    close("clashing slice value", v, f(&z), 1e-15);
    close(
        "clashing slice primal",
        clashing_slice_names(&[z[0]], &[z[1]], &[z[2]], &[z[3]], &[z[4]]),
        v,
        1e-15,
    );
    let got: Vec<f64> = g.iter().map(|a| a[0]).collect();
    close_all("clashing slice grad", &got, &fd::grad(&f, &z), TOL);
}

mod visibility {
    use differentiable::differentiable;

    /// A documented, attributed, `pub(crate)` function: the generated functions share
    /// its visibility and the attributes do not get in the way.
    #[differentiable]
    #[inline]
    #[must_use]
    pub(crate) fn documented(x: f64) -> f64 {
        x * x * x
    }

    #[differentiable]
    pub fn public<T: num_traits::Float + num_traits::FloatConst + core::fmt::Debug + 'static>(
        x: T,
    ) -> T {
        x * T::PI() + T::E() * x * x
    }
}

#[test]
fn visibility_attributes_and_extra_bounds() {
    let (v, g) = visibility::documented_grad(2.0);
    close("documented", v, 8.0, 1e-15);
    close("documented primal", visibility::documented(2.0), 8.0, 1e-15);
    close("documented grad", g, 12.0, 1e-15);
    let (_, h) = visibility::documented_hvp(2.0, 1.0);
    close("documented hvp", h, 12.0, 1e-15);
    let (v, g) = visibility::public_grad(0.5f64);
    close("FloatConst primal", visibility::public(0.5f64), v, 1e-15);
    close(
        "FloatConst grad",
        g,
        std::f64::consts::PI + std::f64::consts::E,
        1e-14,
    );
    let (_, h) = visibility::public_hvp(0.5f32, 1.0);
    close(
        "FloatConst hvp f32",
        f64::from(h),
        2.0 * std::f64::consts::E,
        1e-6,
    );
}

// ---------------------------------------------------------------- wrt(..) with arrays, inactive float slices and Vec

#[differentiable(wrt(x))]
fn wrt_array(x: [f64; 2], y: [f64; 2]) -> f64 {
    x[0] * y[0] + x[1] * y[1] * x[0]
}

#[differentiable(wrt(x))]
fn wrt_slice_iterated(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for &v in y {
        s += v * x[0];
    }
    for (a, b) in x.iter().zip(y) {
        s += a * b * a;
    }
    for v in y.iter() {
        s += x[1] * v;
    }
    s
}

#[differentiable]
#[allow(clippy::ptr_arg)]
fn vec_data(x: &[f64], data: &Vec<f64>) -> f64 {
    let mut s = 0.0;
    for &d in data.iter() {
        s += d * x[0];
    }
    for i in 0..data.len() {
        s += data[i] * x[i % x.len()] * x[0];
    }
    s
}

#[test]
fn inactive_arrays_slices_and_vecs() {
    // analytic gradients of the three functions above
    assert_eq!(wrt_array([1.0, 2.0], [3.0, 4.0]), 11.0);
    assert_eq!(
        wrt_array_grad([1.0, 2.0], [3.0, 4.0]),
        (11.0, [3.0 + 8.0, 4.0])
    );
    assert_eq!(
        wrt_array_hvp([1.0, 2.0], [1.0, 0.0], [3.0, 4.0]),
        (11.0, [0.0, 4.0])
    );
    assert_eq!(
        wrt_array_jvp([1.0, 2.0], [0.0, 1.0], [3.0, 4.0]),
        (11.0, 4.0)
    );
    let mut g = [0.0; 2];
    let v = wrt_slice_iterated_grad(&[1.0, 2.0], &mut g, &[3.0, 4.0]);
    assert_eq!(v, wrt_slice_iterated(&[1.0, 2.0], &[3.0, 4.0]));
    assert_eq!(g, [7.0 + 2.0 * 1.0 * 3.0, 7.0 + 2.0 * 2.0 * 4.0]);
    let mut h = [0.0; 2];
    wrt_slice_iterated_hvp(&[1.0, 2.0], &[1.0, 0.0], &mut h, &[3.0, 4.0]);
    assert_eq!(h, [6.0, 0.0]);
    let data = vec![1.0, 2.0, 3.0];
    // s = 6 x0 + x0 (x0 + 2 x1 + 3 x0) = 6 x0 + 4 x0^2 + 2 x0 x1
    let v = vec_data_grad(&[1.0, 2.0], &mut g, &data);
    assert_eq!(v, vec_data(&[1.0, 2.0], &data));
    assert_eq!(g, [6.0 + 8.0 + 4.0, 2.0]);
    vec_data_hvp(&[1.0, 2.0], &[1.0, 0.0], &mut h, &data);
    assert_eq!(h, [8.0, 2.0]);
}

// ---------------------------------------------------------------- many parameters, wrt over arrays and scalars, fn items in bodies

#[differentiable]
#[allow(clippy::too_many_arguments)]
fn eight(a: f64, b: f64, c: f64, d: f64, e: f64, f: f64, g: f64, h: f64) -> f64 {
    a * b + c * d + e * f + g * h + a * h * (b - c).sin()
}

#[differentiable(wrt(b, x))]
fn wrt_mixed(a: [f64; 2], b: [f64; 2], c: f64, x: f64) -> f64 {
    a[0] * b[0] + b[1] * x * c + a[1] * b[0] * b[1]
}

#[test]
fn eight_scalars_and_wrt_over_arrays() {
    let f = |z: &[f64]| eight(z[0], z[1], z[2], z[3], z[4], z[5], z[6], z[7]);
    let grad = |z: &[f64]| {
        let (v, a, b, c, d, e, f, g, h) =
            eight_grad(z[0], z[1], z[2], z[3], z[4], z[5], z[6], z[7]);
        (v, vec![a, b, c, d, e, f, g, h])
    };
    let hvp = |z: &[f64], w: &[f64]| {
        let (v, a, b, c, d, e, f, g, h) = eight_hvp(
            z[0], w[0], z[1], w[1], z[2], w[2], z[3], w[3], z[4], w[4], z[5], w[5], z[6], w[6],
            z[7], w[7],
        );
        (v, vec![a, b, c, d, e, f, g, h])
    };
    let jvp = |z: &[f64], w: &[f64]| {
        eight_jvp(
            z[0], w[0], z[1], w[1], z[2], w[2], z[3], w[3], z[4], w[4], z[5], w[5], z[6], w[6],
            z[7], w[7],
        )
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(17, 8, -1.0, 1.0) {
        check_scalar("eight", &m, &x, TOL, HTOL);
    }
    let a = [1.0, 2.0];
    let c = 5.0;
    let f = |z: &[f64]| wrt_mixed(a, [z[0], z[1]], c, z[2]);
    let grad = |z: &[f64]| {
        let (v, b, x) = wrt_mixed_grad(a, [z[0], z[1]], c, z[2]);
        (v, vec![b[0], b[1], x])
    };
    let vjp = |z: &[f64], s: f64| {
        let (v, b, x) = wrt_mixed_vjp(a, [z[0], z[1]], c, z[2], s);
        (v, vec![b[0], b[1], x])
    };
    let hvp = |z: &[f64], w: &[f64]| {
        let (v, b, x) = wrt_mixed_hvp(a, [z[0], z[1]], [w[0], w[1]], c, z[2], w[2]);
        (v, vec![b[0], b[1], x])
    };
    let jvp = |z: &[f64], w: &[f64]| wrt_mixed_jvp(a, [z[0], z[1]], [w[0], w[1]], c, z[2], w[2]);
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(18, 3, -1.0, 1.0) {
        check_scalar("wrt_mixed", &m, &x, TOL, HTOL);
    }
}

#[test]
fn differentiable_fn_item_inside_a_body() {
    #[differentiable]
    fn local(x: f64) -> f64 {
        x * x * x
    }
    assert_eq!(local(2.0), 8.0);
    assert_eq!(local_grad(2.0), (8.0, 12.0));
    assert_eq!(local_hvp(2.0, 1.0), (8.0, 12.0));
}

// ---------------------------------------------------------------- lifetimes, float generics and const generics together

#[differentiable]
#[allow(clippy::multiple_bound_locations, clippy::needless_lifetimes)]
fn combined_generics<'a, T: Float, const L: usize>(x: &'a [T; L], y: [T; L], k: usize) -> T
where
    T: Copy + core::fmt::Debug,
{
    let mut s = T::zero();
    for i in 0..L {
        s = s + x[i] * y[(i + k) % L] * x[i];
    }
    s
}

#[differentiable]
fn combined_generics_out<T: Float, const L: usize>(x: [T; L]) -> [T; 2] {
    let mut s = T::zero();
    for i in 0..L {
        s = s + x[i] * x[i];
    }
    [s, x[0]]
}

#[test]
fn lifetimes_float_and_const_generics_together() {
    let f = |z: &[f64]| combined_generics(&[z[0], z[1], z[2]], [z[3], z[4], z[5]], 1);
    let grad = |z: &[f64]| {
        let mut g = [0.0; 3];
        let (v, gy) = combined_generics_grad(&[z[0], z[1], z[2]], &mut g, [z[3], z[4], z[5]], 1);
        (v, [g, gy].concat())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut h = [0.0; 3];
        let (v, hy) = combined_generics_hvp(
            &[z[0], z[1], z[2]],
            &[d[0], d[1], d[2]],
            &mut h,
            [z[3], z[4], z[5]],
            [d[3], d[4], d[5]],
            1,
        );
        (v, [h, hy].concat())
    };
    let m = Scalar {
        f: &f,
        jvp: None,
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(19, 6, -1.0, 1.0) {
        check_scalar("combined_generics", &m, &x, TOL, HTOL);
    }
    let (a, t) = combined_generics_out_jvp([1.0f32, 2.0], [1.0, 1.0]);
    assert_eq!((a, t), ([5.0, 1.0], [6.0, 1.0]));
    assert_eq!(combined_generics_out([1.0f64, 2.0]), [5.0, 1.0]);
    let (_, b) = combined_generics_out_vjp([1.0f64, 2.0], [1.0, 1.0]);
    assert_eq!(b, [3.0, 4.0]);
}
