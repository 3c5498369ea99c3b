//! Heap allocations of the generated code, counted by a `#[global_allocator]` that counts
//! the calls to `alloc`/`realloc` (oracle: the count itself).
//! `_grad`, `_vjp`, `_jvp` and `_hvp` of functions on fixed-size arrays, and of slice
//! functions that overwrite nothing non-linearly (`s += ...` only), must not allocate at
//! all, except that an accumulation loop differentiated in forward order keeps the
//! values of its transcendentals for its adjoint's pass (one buffer per call), and a
//! call passing a slice keeps its callee's gradient for the adjoint sweep (one buffer per
//! call site and call, so the callee runs once); a slice loop with a non-linear
//! loop-carried value (`p *= ...`) needs a tape, which holds its first 8 records inline:
//! it allocates nothing up to 8 iterations, and past them a bounded number of times per
//! call, independent of the slice length. A recursion with such a loop per level that
//! passes no slice on (a determinant by minors over a bitmask of used columns)
//! allocates nothing per level.
//! Every call's result is also checked against finite differences so that a function
//! cannot pass by doing nothing.

// Index loops over fixed ranges are the point here (a constant trip count), as users write them.
#![allow(clippy::needless_range_loop)]

// A hand-written `GlobalAlloc` needs `unsafe impl`, and the workspace *forbids* unsafe code
// (`forbid` cannot be lowered by `#![allow(unsafe_code)]` in this file), so the counting
// allocator is `stats_alloc`'s (a dev-dependency already used by the optimizer tests). It
// counts process-wide, so the checks run from a plain `main` (`harness = false`): no test
// harness thread allocates while a region is open.

use differentiable::differentiable;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Runs `f` and returns its result with the number of allocations and reallocations made meanwhile.
fn count<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let region = Region::new(GLOBAL);
    let r = std::hint::black_box(f());
    let c = region.change();
    (r, c.allocations + c.reallocations)
}

// ---------------------------------------------------------------- functions under test

#[differentiable]
fn rosen_arr(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

/// A nest of literal trip counts, each level's result read non-linearly by the level
/// around it, with a call: the nested loops keep their records, results and the call's
/// value and partials in stack records.
#[differentiable]
fn nest_arr(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        let mut q = 0.0;
        for j in 0..4 {
            let mut p = 1.0;
            for k in 0..4 {
                p *= (x[j] * x[i] + x[k]).sin();
            }
            q = q * x[j] + smooth_abs(p);
        }
        s = s * x[i] + q;
    }
    s
}

/// A non-linear loop-carried value over a fixed trip count: its tape lives on the stack.
#[differentiable]
fn prod_arr(x: [f64; 4]) -> f64 {
    let mut p = 1.0;
    for i in 0..4 {
        p *= 1.0 + 0.5 * x[i].sin();
    }
    p
}

#[differentiable]
fn softmax_ish(x: &[f64; 3], t: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        s += (x[i] * t).exp();
    }
    s.ln()
}

#[differentiable]
fn smooth_abs(t: f64) -> f64 {
    (t * t + 0.01).sqrt()
}

/// Calls with scalar arguments, in a fixed-size loop.
#[differentiable]
fn sum_smooth_abs(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        s += smooth_abs(x[i] - 0.2 * i as f64);
    }
    s.tanh()
}

#[differentiable]
fn polar(r: f64, t: f64) -> [f64; 2] {
    [r * t.cos(), r * t.sin()]
}

#[differentiable]
fn ext_rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

#[differentiable(wrt(x))]
fn weighted_sq(x: &[f64], w: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let d = x[i] - w[i];
        s += d * d * (1.0 + x[i].cos());
    }
    s.sqrt()
}

/// A `while` loop: its integer counter is restored by undoing `i += 1`, not taped.
#[differentiable]
fn while_sq(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    while i < x.len() {
        let d = x[i] - 0.5;
        s += d * d * x[i].sin();
        i += 1;
    }
    s
}

#[differentiable]
fn composed(x: &[f64]) -> f64 {
    let r = ext_rosenbrock(x);
    r.ln_1p()
}

#[differentiable]
fn product_chain(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for &xi in x.iter() {
        p *= 1.0 + 0.5 * xi.sin();
    }
    p
}

/// The determinant of the minor of rows `row..ell` and the columns not in `used`, by
/// expansion along the row: a loop over the columns per level of the recursion, whose
/// reverse sweep records the sign and keeps the call's result per iteration.
#[differentiable(wrt(a))]
fn det_minor(a: &[f64], ell: usize, row: usize, used: u64) -> f64 {
    if row + 1 == ell {
        let mut c = 0;
        while used & (1u64 << c) != 0 {
            c += 1;
        }
        return a[row * ell + c];
    }
    let mut d = 0.0;
    let mut sign = 1.0;
    for c in 0..ell {
        if used & (1u64 << c) == 0 {
            d += sign * a[row * ell + c] * det_minor(a, ell, row + 1, used | (1u64 << c));
            sign = -sign;
        }
    }
    d
}

/// The same recursion on a scalar: a product of `k` factors per level, for `k` down to
/// 1, the call below passing no slice.
#[differentiable(wrt(x))]
fn nested_products_of_a_scalar(x: f64, k: usize) -> f64 {
    if k == 0 {
        return 1.0;
    }
    let mut p = 1.0;
    for i in 0..k {
        p *= 1.0 + 0.3 * (x + 0.1 * i as f64).sin();
    }
    p + 0.5 * nested_products_of_a_scalar(x, k - 1)
}

/// A product over the first `k` elements per level, for `k` down to 1.
#[differentiable(wrt(x))]
fn nested_products(x: &[f64], k: usize) -> f64 {
    if k == 0 {
        return 1.0;
    }
    let mut p = 1.0;
    for i in 0..k {
        p *= 1.0 + 0.3 * x[i].sin();
    }
    p + 0.5 * nested_products(x, k - 1)
}

// the finite-difference oracle: `fd::grad`, `fd::hvp` (central differences of the primal)
#[path = "common/fd.rs"]
mod fd;

use fd::{close_all, dot};

/// Iterator chains on a fixed-size array: a running maximum (a non-linear fold, taped on
/// the stack), a log-sum-exp, a zip with constant weights and a reversed fold.
#[differentiable]
fn chains_arr(x: [f64; 4]) -> f64 {
    let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let lse = m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
    let w: f64 = x.iter().zip(WEIGHTS.iter()).map(|(a, b)| a * b).sum();
    let h = x.iter().rev().fold(0.0, |p, v| p * 0.5 + v.sin());
    lse * w + h
}

const WEIGHTS: [f64; 4] = [0.5, -1.0, 2.0, 0.25];

/// Iterator chains over a slice that only accumulate: no tape at all.
#[differentiable]
fn chains_slice(x: &[f64]) -> f64 {
    let d: f64 = x.windows(2).map(|w| (w[1] - w[0]) * (w[1] - w[0])).sum();
    let s: f64 = x.iter().enumerate().map(|(i, v)| v.sin() * i as f64).sum();
    d + s
}

/// A weighted sum over runtime-length data, linear in its weights: no tape.
#[differentiable]
fn weighted_powers(w: &[f64], x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * x * x * (i as f64 + 1.0);
    }
    s
}

const W4: [f64; 4] = [0.5, -1.0, 2.0, 0.25];

/// Fixed-size data the macro sees only as `&W4` (a constant outside the function) and
/// `&r.k` (an array field of an inactive parameter): zeros on the stack.
struct Fixed {
    k: [f64; 2],
}

#[differentiable(wrt(x))]
fn hidden_fixed_data(r: &Fixed, x: f64) -> f64 {
    weighted_powers(&W4, x) * x + weighted_powers(&r.k, x)
}

const X4: [f64; 4] = [0.3, -0.4, 1.1, 0.8];
const V4: [f64; 4] = [1.0, -0.5, 0.25, 2.0];

// ---------------------------------------------------------------- fixed-size arrays

fn fixed_size_array_rosenbrock_does_not_allocate() {
    let f = |z: &[f64]| rosen_arr([z[0], z[1], z[2], z[3]]);
    let g: [f64; 4] = fd::grad(&f, &X4).try_into().unwrap();
    let hv = fd::hvp(&f, &X4, &V4);

    let ((_, grad), n) = count(|| rosen_arr_grad(X4));
    assert_eq!(n, 0, "rosen_arr_grad allocated");
    close_all("grad", &grad, &g, 1e-6);
    let ((_, bar), n) = count(|| rosen_arr_vjp(X4, 0.5));
    assert_eq!(n, 0, "rosen_arr_vjp allocated");
    close_all("vjp", &bar, &g.map(|d| 0.5 * d), 1e-6);
    let ((_, t), n) = count(|| rosen_arr_jvp(X4, V4));
    assert_eq!(n, 0, "rosen_arr_jvp allocated");
    close_all("jvp", &[t], &[dot(&g, &V4)], 1e-6);
    let ((_, h), n) = count(|| rosen_arr_hvp(X4, V4));
    assert_eq!(n, 0, "rosen_arr_hvp allocated");
    close_all("hvp", &h, &hv, 1e-4);
}

fn fixed_size_array_chains_do_not_allocate() {
    let f = |z: &[f64]| chains_arr([z[0], z[1], z[2], z[3]]);
    let g = fd::grad(&f, &X4);
    let hv = fd::hvp(&f, &X4, &V4);

    let ((_, grad), n) = count(|| chains_arr_grad(X4));
    assert_eq!(n, 0, "chains_arr_grad allocated");
    close_all("grad", &grad, &g, 1e-6);
    let ((_, bar), n) = count(|| chains_arr_vjp(X4, 0.5));
    assert_eq!(n, 0, "chains_arr_vjp allocated");
    close_all(
        "vjp",
        &bar,
        &g.iter().map(|d| 0.5 * d).collect::<Vec<_>>(),
        1e-6,
    );
    let ((_, t), n) = count(|| chains_arr_jvp(X4, V4));
    assert_eq!(n, 0, "chains_arr_jvp allocated");
    close_all("jvp", &[t], &[dot(&g, &V4)], 1e-6);
    let ((_, h), n) = count(|| chains_arr_hvp(X4, V4));
    assert_eq!(n, 0, "chains_arr_hvp allocated");
    close_all("hvp", &h, &hv, 1e-4);
}

fn slice_accumulating_chains_do_not_allocate() {
    let x = [0.3, -0.4, 1.1, 0.8, -0.2];
    let v = [1.0, -0.5, 0.25, 2.0, 0.5];
    let g = fd::grad(&chains_slice, &x);
    let hv = fd::hvp(&chains_slice, &x, &v);

    let mut grad = [0.0; 5];
    let (_, n) = count(|| chains_slice_grad(&x, &mut grad));
    assert_eq!(n, 0, "chains_slice_grad allocated");
    close_all("grad", &grad, &g, 1e-6);
    let (t, n) = count(|| chains_slice_jvp(&x, &v).1);
    assert_eq!(n, 0, "chains_slice_jvp allocated");
    close_all("jvp", &[t], &[dot(&g, &v)], 1e-6);
    let mut h = [0.0; 5];
    let (_, n) = count(|| chains_slice_hvp(&x, &v, &mut h));
    assert_eq!(n, 0, "chains_slice_hvp allocated");
    close_all("hvp", &h, &hv, 1e-4);
}

fn fixed_size_array_product_tape_does_not_allocate() {
    let f = |z: &[f64]| prod_arr([z[0], z[1], z[2], z[3]]);
    let g = fd::grad(&f, &X4);
    let hv = fd::hvp(&f, &X4, &V4);

    let ((_, grad), n) = count(|| prod_arr_grad(X4));
    assert_eq!(n, 0, "prod_arr_grad allocated");
    close_all("grad", &grad, &g, 1e-6);
    let ((_, bar), n) = count(|| prod_arr_vjp(X4, -2.0));
    assert_eq!(n, 0, "prod_arr_vjp allocated");
    close_all(
        "vjp",
        &bar,
        &g.iter().map(|d| -2.0 * d).collect::<Vec<_>>(),
        1e-6,
    );
    let ((_, t), n) = count(|| prod_arr_jvp(X4, V4));
    assert_eq!(n, 0, "prod_arr_jvp allocated");
    close_all("jvp", &[t], &[dot(&g, &V4)], 1e-6);
    let ((_, h), n) = count(|| prod_arr_hvp(X4, V4));
    assert_eq!(n, 0, "prod_arr_hvp allocated");
    close_all("hvp", &h, &hv, 1e-4);
}

fn fixed_size_array_nest_does_not_allocate() {
    let f = |z: &[f64]| nest_arr([z[0], z[1], z[2], z[3]]);
    let g = fd::grad(&f, &X4);
    let hv = fd::hvp(&f, &X4, &V4);

    let ((_, grad), n) = count(|| nest_arr_grad(X4));
    assert_eq!(n, 0, "nest_arr_grad allocated");
    close_all("grad", &grad, &g, 1e-6);
    let ((_, bar), n) = count(|| nest_arr_vjp(X4, -2.0));
    assert_eq!(n, 0, "nest_arr_vjp allocated");
    close_all(
        "vjp",
        &bar,
        &g.iter().map(|d| -2.0 * d).collect::<Vec<_>>(),
        1e-6,
    );
    let ((_, t), n) = count(|| nest_arr_jvp(X4, V4));
    assert_eq!(n, 0, "nest_arr_jvp allocated");
    close_all("jvp", &[t], &[dot(&g, &V4)], 1e-6);
    let ((_, h), n) = count(|| nest_arr_hvp(X4, V4));
    assert_eq!(n, 0, "nest_arr_hvp allocated");
    close_all("hvp", &h, &hv, 1e-4);
}

fn fixed_size_array_scalar_calls_do_not_allocate() {
    let f = |z: &[f64]| sum_smooth_abs([z[0], z[1], z[2], z[3]]);
    let g = fd::grad(&f, &X4);
    let hv = fd::hvp(&f, &X4, &V4);

    let ((_, grad), n) = count(|| sum_smooth_abs_grad(X4));
    assert_eq!(n, 0, "sum_smooth_abs_grad allocated");
    close_all("grad", &grad, &g, 1e-6);
    let ((_, bar), n) = count(|| sum_smooth_abs_vjp(X4, 1.5));
    assert_eq!(n, 0, "sum_smooth_abs_vjp allocated");
    close_all(
        "vjp",
        &bar,
        &g.iter().map(|d| 1.5 * d).collect::<Vec<_>>(),
        1e-6,
    );
    let ((_, t), n) = count(|| sum_smooth_abs_jvp(X4, V4));
    assert_eq!(n, 0, "sum_smooth_abs_jvp allocated");
    close_all("jvp", &[t], &[dot(&g, &V4)], 1e-6);
    let ((_, h), n) = count(|| sum_smooth_abs_hvp(X4, V4));
    assert_eq!(n, 0, "sum_smooth_abs_hvp allocated");
    close_all("hvp", &h, &hv, 1e-4);
}

fn array_reference_and_scalar_do_not_allocate() {
    let x = [0.2, -0.7, 0.5];
    let t = 1.3;
    let f = |z: &[f64]| softmax_ish(&[z[0], z[1], z[2]], z[3]);
    let p = [x[0], x[1], x[2], t];
    let g = fd::grad(&f, &p);
    let hv = fd::hvp(&f, &p, &V4);

    let mut gx = [0.0; 3];
    let ((_, gt), n) = count(|| softmax_ish_grad(&x, &mut gx, t));
    assert_eq!(n, 0, "softmax_ish_grad allocated");
    close_all("grad", &[gx[0], gx[1], gx[2], gt], &g, 1e-6);
    let mut bx = [1.0; 3];
    let ((_, bt), n) = count(|| softmax_ish_vjp(&x, &mut bx, t, 3.0));
    assert_eq!(n, 0, "softmax_ish_vjp allocated");
    let want: Vec<f64> = (0..3)
        .map(|i| 1.0 + 3.0 * g[i])
        .chain([3.0 * g[3]])
        .collect();
    close_all("vjp", &[bx[0], bx[1], bx[2], bt], &want, 1e-6);
    let ((_, jv), n) = count(|| softmax_ish_jvp(&x, &[V4[0], V4[1], V4[2]], t, V4[3]));
    assert_eq!(n, 0, "softmax_ish_jvp allocated");
    close_all("jvp", &[jv], &[dot(&g, &V4)], 1e-6);
    let mut hx = [0.0; 3];
    let ((_, ht), n) = count(|| softmax_ish_hvp(&x, &[V4[0], V4[1], V4[2]], &mut hx, t, V4[3]));
    assert_eq!(n, 0, "softmax_ish_hvp allocated");
    close_all("hvp", &[hx[0], hx[1], hx[2], ht], &hv, 1e-4);
}

fn vector_output_does_not_allocate() {
    let (r, t) = (1.5, 0.4);
    let ((v, j), n) = count(|| polar_jvp(r, 0.5, t, -1.0));
    assert_eq!(n, 0, "polar_jvp allocated");
    assert_eq!(v, polar(r, t));
    let want = [0.5 * t.cos() + r * t.sin(), 0.5 * t.sin() - r * t.cos()];
    close_all("jvp", &j, &want, 1e-12);
    let ((_, br, bt), n) = count(|| polar_vjp(r, t, [2.0, -1.0]));
    assert_eq!(n, 0, "polar_vjp allocated");
    let want = [2.0 * t.cos() - t.sin(), -2.0 * r * t.sin() - r * t.cos()];
    close_all("vjp", &[br, bt], &want, 1e-12);
}

// ---------------------------------------------------------------- local buffers

/// Local fixed-size arrays: a state array updated over 50 steps (its records are stack
/// arrays), a hidden-layer buffer, a 2x2 matrix.
#[differentiable]
fn buffers(p: &[f64; 4]) -> f64 {
    let mut s = [p[0], p[1]];
    for _k in 0..50 {
        let mut d = [0.0; 2];
        d[0] = s[1];
        d[1] = -p[2] * s[0].sin();
        for i in 0..2 {
            s[i] += 0.05 * d[i];
        }
    }
    let mut h = [0.0; 3];
    for j in 0..3 {
        h[j] = (p[3] * (j as f64) + s[0]).tanh();
    }
    let mut m = [[0.0; 2]; 2];
    m[0][0] = h[0];
    m[1][1] = h[1] * h[2];
    m[0][1] = s[1];
    m[0][0] * m[1][1] - m[0][1] * m[1][0]
}

fn local_buffers_do_not_allocate() {
    let x = [0.4, -0.3, 1.2, 0.7];
    let f = |z: &[f64]| buffers(&[z[0], z[1], z[2], z[3]]);
    let g = fd::grad(&f, &x);
    let hv = fd::hvp(&f, &x, &V4);
    let mut gx = [0.0; 4];
    let (_, n) = count(|| buffers_grad(&x, &mut gx));
    assert_eq!(n, 0, "buffers_grad allocated");
    close_all("buffers grad", &gx, &g, 1e-6);
    let mut bx = [0.0; 4];
    let (_, n) = count(|| buffers_vjp(&x, &mut bx, 1.0));
    assert_eq!(n, 0, "buffers_vjp allocated");
    let ((_, t), n) = count(|| buffers_jvp(&x, &V4));
    assert_eq!(n, 0, "buffers_jvp allocated");
    close_all("buffers jvp", &[t], &[dot(&g, &V4)], 1e-6);
    let mut hx = [0.0; 4];
    let (_, n) = count(|| buffers_hvp(&x, &V4, &mut hx));
    assert_eq!(n, 0, "buffers_hvp allocated");
    close_all("buffers hvp", &hx, &hv, 1e-4);
}

// ---------------------------------------------------------------- slices, no tape needed

type GradFn<'a> = &'a dyn Fn(&[f64], &mut [f64]) -> f64;
type VjpFn<'a> = &'a dyn Fn(&[f64], &mut [f64], f64) -> f64;
type JvpFn<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, f64);
type HvpFn<'a> = &'a dyn Fn(&[f64], &[f64], &mut [f64]) -> f64;

fn check_slice_fn_does_not_allocate(
    name: &str,
    f: &dyn Fn(&[f64]) -> f64,
    grad: GradFn,
    vjp: VjpFn,
    jvp: JvpFn,
    hvp: HvpFn,
) {
    check_slice_fn_allocations(name, f, grad, vjp, jvp, hvp, Allocs { reverse: 0, hvp: 0 });
}

/// The most allocations allowed per call: of `_grad` and `_vjp`, and of `_hvp`.
struct Allocs {
    reverse: usize,
    hvp: usize,
}

/// Checks the four generated functions at several lengths: values against finite differences,
/// no allocation in `_jvp`, at most `allowed.reverse` in `_grad` and `_vjp` and
/// `allowed.hvp` in `_hvp`.
fn check_slice_fn_allocations(
    name: &str,
    f: &dyn Fn(&[f64]) -> f64,
    grad: GradFn,
    vjp: VjpFn,
    jvp: JvpFn,
    hvp: HvpFn,
    allowed: Allocs,
) {
    for len in [2usize, 7, 50] {
        let x: Vec<f64> = (0..len)
            .map(|i| 0.3 + 0.1 * (i as f64 * 1.7).sin())
            .collect();
        let v: Vec<f64> = (0..len).map(|i| (i as f64 * 0.9).cos()).collect();
        let g = fd::grad(f, &x);
        let hv_fd = fd::hvp(f, &x, &v);
        let mut out = vec![9.0; len];

        let (_, n) = count(|| grad(&x, &mut out));
        assert!(
            n <= allowed.reverse,
            "{name}_grad: {n} allocations (len {len})"
        );
        close_all(name, &out, &g, 1e-6);
        out.fill(1.0);
        let (_, n) = count(|| vjp(&x, &mut out, 0.5));
        assert!(
            n <= allowed.reverse,
            "{name}_vjp: {n} allocations (len {len})"
        );
        close_all(
            name,
            &out,
            &g.iter().map(|d| 1.0 + 0.5 * d).collect::<Vec<_>>(),
            1e-6,
        );
        let ((_, t), n) = count(|| jvp(&x, &v));
        assert_eq!(n, 0, "{name}_jvp allocated (len {len})");
        close_all(name, &[t], &[dot(&g, &v)], 1e-6);
        let (_, n) = count(|| hvp(&x, &v, &mut out));
        assert!(n <= allowed.hvp, "{name}_hvp: {n} allocations (len {len})");
        close_all(name, &out, &hv_fd, 1e-4);
    }
}

fn slice_rosenbrock_does_not_allocate() {
    check_slice_fn_does_not_allocate(
        "ext_rosenbrock",
        &ext_rosenbrock,
        &ext_rosenbrock_grad,
        &ext_rosenbrock_vjp,
        &ext_rosenbrock_jvp,
        &ext_rosenbrock_hvp,
    );
}

/// The sum is complete before its adjoint (`sqrt`'s) is known, so the loop's adjoint is a
/// second pass in forward order: the first keeps each `cos` (value and derivative) in one
/// buffer, allocated once per call whatever the length, which the second reads.
fn slice_accumulation_keeps_its_transcendentals_in_one_buffer() {
    let w: Vec<f64> = (0..50).map(|i| 0.05 * i as f64 - 0.4).collect();
    let w = &w;
    check_slice_fn_allocations(
        "weighted_sq",
        &|x| weighted_sq(x, &w[..x.len()]),
        &|x, g| weighted_sq_grad(x, g, &w[..x.len()]),
        &|x, b, s| weighted_sq_vjp(x, b, &w[..x.len()], s),
        &|x, d| weighted_sq_jvp(x, d, &w[..x.len()]),
        &|x, v, hv| weighted_sq_hvp(x, v, hv, &w[..x.len()]),
        Allocs { reverse: 1, hvp: 1 },
    );
}

fn slice_while_loop_does_not_allocate() {
    check_slice_fn_does_not_allocate(
        "while_sq",
        &while_sq,
        &while_sq_grad,
        &while_sq_vjp,
        &while_sq_jvp,
        &while_sq_hvp,
    );
}

/// `composed_grad` and `composed_vjp` keep the gradient of their call to `ext_rosenbrock`
/// (run once, in the forward sweep) in one buffer for the adjoint sweep: one allocation
/// per call, whatever the length.
const SLICE_CALL_REVERSE_ALLOCS: usize = 1;

/// Allocations of `composed_hvp` per call: should be 0, is 2 scratch buffers since the
/// macro differentiates slice calls in `_hvp` through the callee's `_vjp` and `_hvp`
/// (bug 18 in RELIABILITY.md); set to 0 once fixed.
const SLICE_CALL_HVP_ALLOCS: usize = 2;

fn slice_composition_keeps_one_gradient_buffer() {
    check_slice_fn_allocations(
        "composed",
        &composed,
        &composed_grad,
        &composed_vjp,
        &composed_jvp,
        &composed_hvp,
        Allocs {
            reverse: SLICE_CALL_REVERSE_ALLOCS,
            hvp: SLICE_CALL_HVP_ALLOCS,
        },
    );
}

// ---------------------------------------------------------------- slices with a tape

fn slice_product_tape_allocates_a_bounded_number_of_times() {
    let mut counts = Vec::new();
    for len in [1usize, 4, 8, 9, 16, 64, 256, 1024] {
        let x: Vec<f64> = (0..len).map(|i| 0.2 + 0.05 * (i as f64).cos()).collect();
        let v: Vec<f64> = (0..len).map(|i| (i as f64 * 0.3).sin()).collect();
        let mut out = vec![0.0; len];

        // jvp needs no tape at all.
        let ((_, t), n) = count(|| product_chain_jvp(&x, &v));
        assert_eq!(n, 0, "product_chain_jvp allocated (len {len})");

        let (_, n_grad) = count(|| product_chain_grad(&x, &mut out));
        let (_, n_vjp) = count(|| product_chain_vjp(&x, &mut out, 1.0));
        let mut hv = vec![0.0; len];
        let (_, n_hvp) = count(|| product_chain_hvp(&x, &v, &mut hv));
        counts.push((len, n_grad, n_vjp, n_hvp));
        // two tapes per reverse sweep, whatever the length: the product before each
        // update, and the sine's value and derivative (kept, not evaluated again); hvp
        // runs one sweep over dual numbers. Their first 8 records are inline: no
        // allocation up to 8 elements, one per tape past them
        if len <= 8 {
            assert_eq!(
                (n_grad, n_vjp, n_hvp),
                (0, 0, 0),
                "product_chain allocated with its records inline (len {len})"
            );
        }
        assert!(
            n_grad <= 2,
            "product_chain_grad: {n_grad} allocations (len {len})"
        );
        assert!(
            n_vjp <= 2,
            "product_chain_vjp: {n_vjp} allocations (len {len})"
        );
        assert!(
            n_hvp <= 2,
            "product_chain_hvp: {n_hvp} allocations (len {len})"
        );

        if len <= 16 {
            let g = fd::grad(&product_chain, &x);
            out.fill(0.0);
            product_chain_grad(&x, &mut out);
            close_all("product_chain_grad", &out, &g, 1e-6);
            close_all("product_chain_jvp", &[t], &[dot(&g, &v)], 1e-6);
            close_all(
                "product_chain_hvp",
                &hv,
                &fd::hvp(&product_chain, &x, &v),
                1e-4,
            );
        }
    }
    println!("allocations per call (len, grad, vjp, hvp): {counts:?}");
}

/// A recursion with a reversed loop per level: up to 8 iterations per level every record
/// stays in the frames, so neither the gradient nor the vector-Jacobian product
/// allocates, at any depth.
fn recursion_with_a_loop_per_level_does_not_allocate() {
    // the loops' records stay inline at every level; a call passing the slice on keeps
    // its callee's gradient (so the level below runs once) in a buffer that a call of
    // the function itself takes from a pool shared by the whole recursion: one buffer
    // per depth, reused by every call at that depth. Det by minors allocates per depth,
    // not per call: each depth's buffer once (it first holds four calls' gradients) and
    // once more where a minor has more columns, plus the pool's list of buffers; at most
    // 2 ell times, where one buffer per expanding call was ell!/(ell - r)! per row r
    for ell in [2usize, 3, 4, 5, 6] {
        let a: Vec<f64> = (0..ell * ell)
            .map(|i| 0.5 + 0.4 * (i as f64 * 1.3).sin())
            .collect();
        // calls that expand a minor: ell!/(ell - r)! at rows r = 0 .. ell - 2
        let expanding: usize = (0..ell - 1)
            .map(|r| (ell - r + 1..=ell).product::<usize>())
            .sum();
        let mut g = vec![0.0; ell * ell];
        let (d, n) = count(|| det_minor_grad(&a, &mut g, ell, 0, 0));
        assert!(
            n <= 2 * ell && (ell < 4 || n < expanding),
            "det_minor_grad allocated {n} times for {expanding} expanding calls (ell {ell})"
        );
        fd::close("det value", d, det_minor(&a, ell, 0, 0), 1e-12);
        if ell <= 4 {
            let f = |z: &[f64]| det_minor(z, ell, 0, 0);
            close_all("det grad", &g, &fd::grad(&f, &a), 1e-6);
        }
        let mut b = vec![0.0; ell * ell];
        let (_, n) = count(|| det_minor_vjp(&a, &mut b, ell, 0, 0, 2.0));
        assert!(
            n <= 2 * ell,
            "det_minor_vjp allocated {n} times (ell {ell})"
        );
        close_all(
            "det vjp",
            &b,
            &g.iter().map(|d| 2.0 * d).collect::<Vec<_>>(),
            1e-12,
        );
        // `_hvp` keeps a gradient and an H·v per call, in buffers of the same pool: per
        // depth too, not per call
        let v: Vec<f64> = (0..ell * ell).map(|i| 0.3 - 0.05 * i as f64).collect();
        let mut hv = vec![0.0; ell * ell];
        let (_, n) = count(|| det_minor_hvp(&a, &v, &mut hv, ell, 0, 0));
        assert!(
            n <= 2 * ell && (ell < 4 || n < expanding),
            "det_minor_hvp allocated {n} times for {expanding} expanding calls (ell {ell})"
        );
        if ell <= 4 {
            let f = |z: &[f64]| det_minor(z, ell, 0, 0);
            close_all("det hvp", &hv, &fd::hvp(&f, &a, &v), 1e-4);
        }
    }
    for k in [1usize, 4, 8] {
        let x = 0.4;
        let ((_, g), n) = count(|| nested_products_of_a_scalar_grad(x, k));
        assert_eq!(n, 0, "nested_products_of_a_scalar_grad allocated (k {k})");
        let f = |z: &[f64]| nested_products_of_a_scalar(z[0], k);
        close_all(
            "nested products of a scalar",
            &[g],
            &fd::grad(&f, &[x]),
            1e-6,
        );

        let x: Vec<f64> = (0..k).map(|i| 0.3 - 0.2 * i as f64).collect();
        let mut g = vec![0.0; k];
        let (_, n) = count(|| nested_products_grad(&x, &mut g, k));
        // a linear recursion visits each depth once: one buffer per calling level, and
        // the pool's list of them
        assert!(
            n >= k && n <= k + 2,
            "nested_products_grad allocated {n} times: one gradient buffer per calling level (k {k})"
        );
        let f = |z: &[f64]| nested_products(z, k);
        close_all("nested_products grad", &g, &fd::grad(&f, &x), 1e-6);
        let v: Vec<f64> = (0..k).map(|i| 0.5 - 0.1 * i as f64).collect();
        let mut hv = vec![0.0; k];
        let (_, n) = count(|| nested_products_hvp(&x, &v, &mut hv, k));
        assert!(
            n >= k && n <= k + 2,
            "nested_products_hvp allocated {n} times: one buffer per calling level (k {k})"
        );
        close_all("nested_products hvp", &hv, &fd::hvp(&f, &x, &v), 1e-4);
    }
}

/// The checks, one after the other, with nothing else in this process allocating while a
/// region is open.
fn hidden_fixed_size_data_does_not_allocate() {
    let r = Fixed { k: [0.7, -1.1] };
    let x = 0.8;
    let f = |z: &[f64]| hidden_fixed_data(&r, z[0]);
    let g = fd::grad(&f, &[x]);
    let hv = fd::hvp(&f, &[x], &[1.5]);

    let ((_, grad), n) = count(|| hidden_fixed_data_grad(&r, x));
    assert_eq!(n, 0, "hidden_fixed_data_grad allocated");
    close_all("grad", &[grad], &g, 1e-6);
    let ((_, bar), n) = count(|| hidden_fixed_data_vjp(&r, x, 0.5));
    assert_eq!(n, 0, "hidden_fixed_data_vjp allocated");
    close_all("vjp", &[bar], &[0.5 * g[0]], 1e-6);
    let ((_, t), n) = count(|| hidden_fixed_data_jvp(&r, x, 1.5));
    assert_eq!(n, 0, "hidden_fixed_data_jvp allocated");
    close_all("jvp", &[t], &[1.5 * g[0]], 1e-6);
    let ((_, h), n) = count(|| hidden_fixed_data_hvp(&r, x, 1.5));
    assert_eq!(n, 0, "hidden_fixed_data_hvp allocated");
    close_all("hvp", &[h], &hv, 1e-4);
}

fn main() {
    hidden_fixed_size_data_does_not_allocate();
    fixed_size_array_rosenbrock_does_not_allocate();
    fixed_size_array_product_tape_does_not_allocate();
    fixed_size_array_nest_does_not_allocate();
    fixed_size_array_chains_do_not_allocate();
    fixed_size_array_scalar_calls_do_not_allocate();
    array_reference_and_scalar_do_not_allocate();
    vector_output_does_not_allocate();
    local_buffers_do_not_allocate();
    slice_rosenbrock_does_not_allocate();
    slice_accumulation_keeps_its_transcendentals_in_one_buffer();
    slice_while_loop_does_not_allocate();
    slice_accumulating_chains_do_not_allocate();
    slice_composition_keeps_one_gradient_buffer();
    slice_product_tape_allocates_a_bounded_number_of_times();
    recursion_with_a_loop_per_level_does_not_allocate();
}
