//! Grammar coverage, calls: to other `#[differentiable]` functions (scalar arguments,
//! slice arguments, inactive arguments, generic callees, calls inside loops and
//! branches, chains of calls), and calls with no active argument, which stay as
//! written (plain helpers, `usize -> f64` weights, constructors).
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`.
// The functions under test are written the way users write them (index loops, late
// initialisation, `return` as the last statement), which clippy would restyle.
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{close, points};
use num_traits::Float;

// ---------------------------------------------------------------- callees

#[differentiable]
fn inner(u: f64, w: f64) -> f64 {
    (u * w).sin() + u * u
}

#[differentiable]
fn sq_norm(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &v in x {
        s += v * v;
    }
    s
}

#[differentiable]
fn weighted(x: &[f64], k: usize, c: f64) -> f64 {
    x[k] * c * c + x[0].exp()
}

#[differentiable]
fn gen_inner<T: Float>(u: T, w: T) -> T {
    u.exp() * w - w.powi(3)
}

#[differentiable]
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..a.len() {
        s += a[i] * b[i];
    }
    s
}

/// Not differentiable, only ever called with inactive arguments.
fn weight(i: usize) -> f64 {
    1.0 / (1.0 + i as f64)
}

fn offset(a: f64, b: f64) -> f64 {
    a * b - 0.5
}

// ---------------------------------------------------------------- callers

#[differentiable]
fn call_scalars(x: f64, y: f64) -> f64 {
    let a = inner(x, y);
    let b = inner(x * y, x.sin());
    a * b + inner(b, 0.5 * y)
}

#[test]
fn calls_with_scalar_arguments() {
    check_scalars!(
        call_scalars,
        call_scalars_jvp,
        call_scalars_vjp,
        call_scalars_grad,
        call_scalars_hvp,
        [0, 1],
        points(1, 4, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn call_slices(x: &[f64], y: &[f64], a: f64) -> f64 {
    let n = sq_norm(x);
    let d = dot(x, y);
    n * a + d * d + sq_norm(y).sqrt() + dot(y, x) * a
}

#[test]
fn calls_with_slice_arguments() {
    let k = 3;
    let f = |z: &[f64]| call_slices(&z[..k], &z[k..2 * k], z[2 * k]);
    let jvp = |z: &[f64], v: &[f64]| {
        call_slices_jvp(
            &z[..k],
            &v[..k],
            &z[k..2 * k],
            &v[k..2 * k],
            z[2 * k],
            v[2 * k],
        )
    };
    let vjp = |z: &[f64], s: f64| {
        let (mut xb, mut yb) = (vec![0.0; k], vec![0.0; k]);
        let (v, ab) = call_slices_vjp(&z[..k], &mut xb, &z[k..2 * k], &mut yb, z[2 * k], s);
        (v, [xb, yb, vec![ab]].concat())
    };
    let grad = |z: &[f64]| {
        let (mut xb, mut yb) = (vec![0.0; k], vec![0.0; k]);
        let (v, ab) = call_slices_grad(&z[..k], &mut xb, &z[k..2 * k], &mut yb, z[2 * k]);
        (v, [xb, yb, vec![ab]].concat())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (mut xb, mut yb) = (vec![0.0; k], vec![0.0; k]);
        let (v, ab) = call_slices_hvp(
            &z[..k],
            &d[..k],
            &mut xb,
            &z[k..2 * k],
            &d[k..2 * k],
            &mut yb,
            z[2 * k],
            d[2 * k],
        );
        (v, [xb, yb, vec![ab]].concat())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(2, 3, 2 * k + 1, -1.5, 1.5) {
        fd::check_scalar("call_slices", &m, &x, 1e-6, 1e-4);
    }
}

#[differentiable]
fn call_mixed(x: &[f64], c: f64) -> f64 {
    let mut s = 0.0;
    for k in 0..x.len() {
        s += weighted(x, k, c * x[k]);
    }
    s
}

#[test]
fn calls_with_inactive_arguments_in_a_loop() {
    let f = |z: &[f64]| call_mixed(&z[1..], z[0]);
    let jvp = |z: &[f64], v: &[f64]| call_mixed_jvp(&z[1..], &v[1..], z[0], v[0]);
    let vjp = |z: &[f64], s: f64| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = call_mixed_vjp(&z[1..], &mut xb, z[0], s);
        (v, [vec![cb], xb].concat())
    };
    let grad = |z: &[f64]| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = call_mixed_grad(&z[1..], &mut xb, z[0]);
        (v, [vec![cb], xb].concat())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = call_mixed_hvp(&z[1..], &d[1..], &mut xb, z[0], d[0]);
        (v, [vec![cb], xb].concat())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(3, 3, 4, -1.5, 1.5) {
        fd::check_scalar("call_mixed", &m, &x, 1e-6, 1e-4);
    }
}

#[differentiable]
fn call_generic<T: Float>(x: T, y: T) -> T {
    let a = gen_inner(x, y);
    gen_inner(a, x) * y
}

#[test]
fn generic_caller_of_generic_callee() {
    check_scalars!(
        call_generic,
        call_generic_jvp,
        call_generic_vjp,
        call_generic_grad,
        call_generic_hvp,
        [0, 1],
        points(4, 4, 2, -1.0, 1.0)
    );
    let (_, gx, gy) = call_generic_grad(0.3f32, -0.4f32);
    let want = fd::grad(
        &|z: &[f64]| call_generic(z[0], z[1]),
        &[f64::from(0.3f32), f64::from(-0.4f32)],
    );
    fd::close_all(
        "call_generic f32",
        &[f64::from(gx), f64::from(gy)],
        &want,
        1e-4,
    );
}

#[differentiable]
fn call_generic_at_f64(x: f64) -> f64 {
    gen_inner(x, x * x) + gen_inner::<f64>(0.5 * x, 2.0)
}

#[test]
fn concrete_caller_of_generic_callee() {
    check_scalars!(
        call_generic_at_f64,
        call_generic_at_f64_jvp,
        call_generic_at_f64_vjp,
        call_generic_at_f64_grad,
        call_generic_at_f64_hvp,
        [0],
        points(5, 4, 1, -1.5, 1.5)
    );
}

#[differentiable]
fn call_in_branches(x: f64, y: f64) -> f64 {
    if x > 0.0 {
        inner(x, y) * 2.0
    } else {
        let t = inner(y, x);
        t * t
    }
}

#[test]
fn calls_inside_branches() {
    check_scalars!(
        call_in_branches,
        call_in_branches_jvp,
        call_in_branches_vjp,
        call_in_branches_grad,
        call_in_branches_hvp,
        [0, 1],
        [
            vec![0.7, -0.3],
            vec![1.2, 0.8],
            vec![-0.6, 0.4],
            vec![-1.3, -0.9]
        ]
    );
}

#[differentiable]
fn chain_level1(x: f64, y: f64) -> f64 {
    inner(x, y) * y
}

#[differentiable]
fn chain_level2(x: f64, y: f64) -> f64 {
    chain_level1(x * x, y) + chain_level1(y, x)
}

#[differentiable]
fn chain_level3(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        s += chain_level2(x[i], x[i + 1]);
    }
    s
}

#[test]
fn chains_of_calls() {
    check_slice!(
        chain_level3,
        chain_level3_jvp,
        chain_level3_vjp,
        chain_level3_grad,
        chain_level3_hvp,
        points(6, 3, 4, -1.0, 1.0)
    );
}

#[differentiable]
fn call_with_constants(y: f64) -> f64 {
    inner(0.7, y) + inner(y, std::f64::consts::PI) + gen_inner(y, 1.5)
}

#[test]
fn calls_with_constant_arguments() {
    check_scalars!(
        call_with_constants,
        call_with_constants_jvp,
        call_with_constants_vjp,
        call_with_constants_grad,
        call_with_constants_hvp,
        [0],
        points(7, 4, 1, -1.5, 1.5)
    );
    // analytic: d/dy inner(0.7, y) = 0.7 cos(0.7 y)
    let y = 0.3;
    let want = 0.7 * (0.7 * y).cos()
        + (std::f64::consts::PI * y).cos() * std::f64::consts::PI
        + 2.0 * y
        + y.exp() * 1.5;
    close("analytic", call_with_constants_grad(y).1, want, 1e-12);
}

#[differentiable]
fn inactive_calls(x: &[f64], scale: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += weight(i) * x[i] * x[i];
    }
    let c = offset(2.0, 3.0);
    let len = x.len();
    let n = len as f64;
    let v = Vec::from([1.0, 2.0]);
    let w = f64::max(weight(0), weight(1)) + v[1];
    s * c * scale / n + w * scale
}

#[test]
fn calls_with_no_active_argument_stay_as_written() {
    let f = |z: &[f64]| inactive_calls(&z[1..], z[0]);
    let jvp = |z: &[f64], v: &[f64]| inactive_calls_jvp(&z[1..], &v[1..], z[0], v[0]);
    let vjp = |z: &[f64], s: f64| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = inactive_calls_vjp(&z[1..], &mut xb, z[0], s);
        (v, [vec![cb], xb].concat())
    };
    let grad = |z: &[f64]| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = inactive_calls_grad(&z[1..], &mut xb, z[0]);
        (v, [vec![cb], xb].concat())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = inactive_calls_hvp(&z[1..], &d[1..], &mut xb, z[0], d[0]);
        (v, [vec![cb], xb].concat())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(8, 3, 4, -1.5, 1.5) {
        fd::check_scalar("inactive_calls", &m, &x, 1e-6, 1e-4);
    }
    // analytic: d/dx_i = 2 w_i x_i c scale / n with c = 5.5, n = 3
    let x = [0.5, -1.0, 2.0];
    let mut g = [0.0; 3];
    let (_, gs) = inactive_calls_grad(&x, &mut g, 2.0);
    for i in 0..3 {
        close(
            "analytic x",
            g[i],
            2.0 * weight(i) * x[i] * 5.5 * 2.0 / 3.0,
            1e-12,
        );
    }
    let s: f64 = (0..3).map(|i| weight(i) * x[i] * x[i]).sum();
    close("analytic scale", gs, s * 5.5 / 3.0 + 3.0, 1e-12);
}

#[differentiable]
fn self_dot(y: &[f64], a: f64) -> f64 {
    dot(y, y) * a + dot(y, y).sqrt()
}

#[test]
fn the_same_slice_passed_twice() {
    let f = |z: &[f64]| self_dot(&z[1..], z[0]);
    let jvp = |z: &[f64], v: &[f64]| self_dot_jvp(&z[1..], &v[1..], z[0], v[0]);
    let vjp = |z: &[f64], s: f64| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = self_dot_vjp(&z[1..], &mut xb, z[0], s);
        (v, [vec![cb], xb].concat())
    };
    let grad = |z: &[f64]| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = self_dot_grad(&z[1..], &mut xb, z[0]);
        (v, [vec![cb], xb].concat())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut xb = vec![0.0; z.len() - 1];
        let (v, cb) = self_dot_hvp(&z[1..], &d[1..], &mut xb, z[0], d[0]);
        (v, [vec![cb], xb].concat())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(9, 3, 4, -1.5, 1.5) {
        fd::check_scalar("self_dot", &m, &x, 1e-6, 1e-4);
    }
    // analytic: grad_y = 2 a y + y / |y|
    let y = [0.6, -0.8];
    let mut g = [0.0; 2];
    self_dot_grad(&y, &mut g, 1.5);
    fd::close_all(
        "self_dot analytic",
        &g,
        &[2.0 * 1.5 * 0.6 + 0.6, 2.0 * 1.5 * -0.8 - 0.8],
        1e-12,
    );
}

#[differentiable]
fn mean(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    let n = x.len().max(1) as f64;
    s / n + sq_norm(x) / x.len() as f64 + f64::max(x.len() as f64, 1.0) * x[0]
}

#[test]
fn integer_methods_and_casts_of_a_slice_length() {
    check_slice!(
        mean,
        mean_jvp,
        mean_vjp,
        mean_grad,
        mean_hvp,
        points(10, 3, 4, -1.5, 1.5)
    );
    // analytic: d/dx_i = 4 x_i / n (+ n for i = 0)
    let x = [0.5, -1.0, 2.0];
    let mut g = [0.0; 3];
    mean_grad(&x, &mut g);
    fd::close_all(
        "mean analytic",
        &g,
        &[4.0 * 0.5 / 3.0 + 3.0, -4.0 / 3.0, 8.0 / 3.0],
        1e-12,
    );
}

#[differentiable]
fn cube(x: f64) -> f64 {
    x * x * x
}

#[differentiable]
fn nested_call_arguments(x: f64, y: f64) -> f64 {
    cube(cube(x) + inner(y, cube(y))) + inner(inner(x, y), x).sin()
}

#[test]
fn calls_nested_in_call_arguments() {
    check_scalars!(
        nested_call_arguments,
        nested_call_arguments_jvp,
        nested_call_arguments_vjp,
        nested_call_arguments_grad,
        nested_call_arguments_hvp,
        [0, 1],
        points(11, 4, 2, -0.8, 0.8)
    );
}

#[differentiable]
fn ref_array_to_slice_callee(x: &[f64; 3], c: f64) -> f64 {
    sq_norm(x) * c + dot(x, x) * x[0]
}

#[test]
fn ref_array_passed_to_a_slice_callee() {
    let f = |z: &[f64]| ref_array_to_slice_callee(z[..3].try_into().unwrap(), z[3]);
    let jvp = |z: &[f64], v: &[f64]| {
        ref_array_to_slice_callee_jvp(
            z[..3].try_into().unwrap(),
            v[..3].try_into().unwrap(),
            z[3],
            v[3],
        )
    };
    let grad = |z: &[f64]| {
        let mut b = [0.0; 3];
        let (v, c) = ref_array_to_slice_callee_grad(z[..3].try_into().unwrap(), &mut b, z[3]);
        (v, vec![b[0], b[1], b[2], c])
    };
    let vjp = |z: &[f64], s: f64| {
        let mut b = [0.0; 3];
        let (v, c) = ref_array_to_slice_callee_vjp(z[..3].try_into().unwrap(), &mut b, z[3], s);
        (v, vec![b[0], b[1], b[2], c])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = [0.0; 3];
        let (v, c) = ref_array_to_slice_callee_hvp(
            z[..3].try_into().unwrap(),
            d[..3].try_into().unwrap(),
            &mut b,
            z[3],
            d[3],
        );
        (v, vec![b[0], b[1], b[2], c])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(12, 3, 4, -1.5, 1.5) {
        fd::check_scalar("ref_array_to_slice_callee", &m, &x, 1e-6, 1e-4);
    }
}

mod util {
    use differentiable::differentiable;

    #[differentiable]
    pub fn inner2(u: f64, w: f64) -> f64 {
        (u * w).sin() + u * u
    }

    pub mod deep {
        use differentiable::differentiable;

        #[differentiable]
        pub fn sq0(u: &[f64]) -> f64 {
            u[0] * u[0] * u[1]
        }
    }
}

#[differentiable]
fn path_calls(x: f64, y: f64) -> f64 {
    util::inner2(x, y) + crate::util::inner2(y, x) * self::util::inner2(x, 0.5)
}

#[differentiable]
fn path_calls_slice(x: &[f64]) -> f64 {
    util::deep::sq0(x) * self::util::deep::sq0(x) + x[1]
}

#[test]
fn calls_through_module_paths() {
    check_scalars!(
        path_calls,
        path_calls_jvp,
        path_calls_vjp,
        path_calls_grad,
        path_calls_hvp,
        [0, 1],
        points(13, 3, 2, -1.5, 1.5)
    );
    check_slice!(
        path_calls_slice,
        path_calls_slice_jvp,
        path_calls_slice_vjp,
        path_calls_slice_grad,
        path_calls_slice_hvp,
        points(14, 3, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn generic_mean<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for &v in x {
        s = s + v * v;
    }
    s / T::from(x.len()).unwrap() + x[0] * T::from(x.len() as f64).unwrap()
}

#[differentiable]
fn from_len(x: &[f64]) -> f64 {
    x[0] * f64::from(x.len() as u32) + x[x.len() / 2]
}

#[test]
fn from_of_a_slice_length() {
    check_slice!(
        generic_mean,
        generic_mean_jvp,
        generic_mean_vjp,
        generic_mean_grad,
        generic_mean_hvp,
        points(15, 3, 3, -1.5, 1.5)
    );
    // analytic: d/dx_i = 2 x_i / n (+ n for i = 0)
    let mut g = [0.0; 3];
    generic_mean_grad(&[0.5, -1.0, 2.0], &mut g);
    fd::close_all(
        "generic_mean analytic",
        &g,
        &[1.0 / 3.0 + 3.0, -2.0 / 3.0, 4.0 / 3.0],
        1e-12,
    );
    let mut g32 = [0.0f32; 2];
    generic_mean_grad(&[0.5f32, -1.0], &mut g32);
    assert_eq!(g32, [0.5 + 2.0, -1.0]);
    assert_eq!(from_len(&[0.5, -1.0, 2.0]), 0.5);
    from_len_grad(&[0.5, -1.0, 2.0], &mut g);
    assert_eq!(g, [3.0, 1.0, 0.0]);
}

// ---------------------------------------------------------------- inactive float values passed to differentiable callees

#[differentiable(wrt(x))]
fn callee_gets_data(x: &[f64], data: &[f64], c: f64) -> f64 {
    dot(x, data) * x[0] + dot(data, x) * c + inner(x[1], c) + weighted(data, 0, x[0])
}

#[differentiable]
fn callee_gets_local(x: f64, k: usize) -> f64 {
    let c = 2.0 * k as f64;
    let d = c.sqrt() + 1.0;
    inner(x, c) + inner(d, x) * gen_inner(x, d)
}

#[test]
fn inactive_variables_and_slices_as_call_arguments() {
    let data = [0.5, -1.5, 2.0];
    let c = 0.75;
    let f = |z: &[f64]| callee_gets_data(z, &data, c);
    let jvp = |z: &[f64], v: &[f64]| callee_gets_data_jvp(z, v, &data, c);
    let vjp = |z: &[f64], s: f64| {
        let mut b = vec![0.0; 3];
        let v = callee_gets_data_vjp(z, &mut b, &data, c, s);
        (v, b)
    };
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 3];
        let v = callee_gets_data_grad(z, &mut b, &data, c);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; 3];
        let v = callee_gets_data_hvp(z, d, &mut b, &data, c);
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(16, 3, 3, -1.5, 1.5) {
        fd::check_scalar("callee_gets_data", &m, &x, 1e-6, 1e-4);
    }
    for k in [1usize, 3] {
        let f = |z: &[f64]| callee_gets_local(z[0], k);
        let jvp = |z: &[f64], v: &[f64]| callee_gets_local_jvp(z[0], v[0], k);
        let vjp = |z: &[f64], s: f64| {
            let (v, g) = callee_gets_local_vjp(z[0], k, s);
            (v, vec![g])
        };
        let grad = |z: &[f64]| {
            let (v, g) = callee_gets_local_grad(z[0], k);
            (v, vec![g])
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let (v, g) = callee_gets_local_hvp(z[0], d[0], k);
            (v, vec![g])
        };
        let m = fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in points(17, 3, 1, -1.5, 1.5) {
            fd::check_scalar("callee_gets_local", &m, &x, 1e-6, 1e-4);
        }
    }
}

const DATA: [f64; 2] = [1.0, 2.0];

#[differentiable]
fn differentiable_callee_with_no_active_argument(x: f64, k: usize) -> f64 {
    let c = inner(2.0, 3.0);
    let d = inner(k as f64, 0.5);
    let e = dot(&DATA, &DATA);
    c * x + d * x * x + e
}

#[test]
fn differentiable_callees_called_with_constants_only_stay_plain_calls() {
    // analytic: c and d are constants
    let (c, d) = (inner(2.0, 3.0), inner(2.0, 0.5));
    let (v, g) = differentiable_callee_with_no_active_argument_grad(1.5, 2);
    close("value", v, c * 1.5 + d * 2.25 + 5.0, 1e-14);
    close("grad", g, c + 3.0 * d, 1e-14);
    let (_, t) = differentiable_callee_with_no_active_argument_jvp(1.5, 2.0, 2);
    close("jvp", t, 2.0 * (c + 3.0 * d), 1e-14);
    let (_, h) = differentiable_callee_with_no_active_argument_hvp(1.5, 1.0, 2);
    close("hvp", h, 2.0 * d, 1e-14);
    assert_eq!(differentiable_callee_with_no_active_argument(1.5, 2), v);
}
