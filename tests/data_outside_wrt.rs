//! Float data the caller does not differentiate (a slice parameter outside its
//! `wrt(..)`, a part of one, a `const` array declared in the body or outside the
//! function, a field of an inactive receiver or struct parameter) passed to a callee
//! that differentiates that parameter: the callee gets a zero tangent, and the adjoint
//! it returns for the data is dropped. The same references passed to parameters the
//! callee does not differentiate go as they are.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`.

// Index loops over `0..w.len()` are the grammar under test, as users write them.
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{check_scalar, close, points, Scalar};

/// Differentiates both of its slices.
#[differentiable]
fn weighted(w: &[f64], x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * x[i].sin() + x[i] * x[i];
    }
    s
}

/// Differentiates its one slice.
#[differentiable]
fn pair(x: &[f64]) -> f64 {
    x[0] * x[1] + x[0].sin()
}

/// The shape of the report: `x` outside `wrt(..)`, a part of it passed on.
#[differentiable(wrt(y))]
fn head(y: f64, x: &[f64]) -> f64 {
    y * pair(&x[..2])
}

#[differentiable(wrt(y))]
fn parts(y: &[f64], x: &[f64], k: usize) -> f64 {
    weighted(&x[1..], &y[1..]) + weighted(&y[..2], &x[k..k + 2]) + weighted(x, y) + pair(&x[1..])
}

#[differentiable]
fn body_constant(y: &[f64]) -> f64 {
    const W: [f64; 3] = [0.5, -1.0, 2.0];
    weighted(&W, y) + weighted(&W[1..], &y[..2])
}

#[differentiable(wrt(y))]
fn fixed(y: &[f64], x: &[f64; 3]) -> f64 {
    weighted(x, y) + pair(&x[1..]) * y[0]
}

#[test]
fn part_of_a_slice_outside_wrt() {
    let x = [0.7, -1.3, 2.0];
    for p in points(1, 6, 1, -1.5, 1.5) {
        let y = p[0];
        let h = 1e-5;
        let f = |t: f64| head(t, &x);
        let d = (f(y + h) - f(y - h)) / (2.0 * h);
        close("jvp", head_jvp(y, 1.0, &x).1, d, 1e-6);
        close("vjp", head_vjp(y, &x, 0.5).1, 0.5 * d, 1e-6);
        close("grad", head_grad(y, &x).1, d, 1e-6);
        // `head` is linear in `y`
        close("hvp", head_hvp(y, 1.0, &x).1, 0.0, 1e-12);
    }
}

#[test]
fn parts_and_whole_of_data() {
    let x = [0.3, -0.8, 1.1, 0.4];
    check_slice!(
        parts,
        parts_jvp,
        parts_vjp,
        parts_grad,
        parts_hvp,
        points(2, 4, 4, -1.5, 1.5),
        [&x, 1]
    );
}

#[test]
fn constant_array_of_the_body() {
    check_slice!(
        body_constant,
        body_constant_jvp,
        body_constant_vjp,
        body_constant_grad,
        body_constant_hvp,
        points(3, 4, 3, -1.5, 1.5)
    );
}

#[test]
fn fixed_size_data() {
    let x = [0.3, -0.8, 1.1];
    check_slice!(
        fixed,
        fixed_jvp,
        fixed_vjp,
        fixed_grad,
        fixed_hvp,
        points(4, 4, 3, -1.5, 1.5),
        [&x]
    );
}

/// Differentiates its slice and its scalar.
#[differentiable]
fn blend(w: &[f64], x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * (x * (i as f64 + 1.0)).sin() + w[i] * w[i] * x * x;
    }
    s
}

/// Differentiates `x` only: its data parameters are an array of its own type, a slice
/// of integers and a float slice outside `wrt(..)`.
#[differentiable(wrt(x))]
fn offsets(w: &[f64; 3], k: &[usize], c: &[f64], x: f64) -> f64 {
    w[k[0]] * x * x + c[0] * x.sin() + c[c.len() - 1] * x
}

const W3: [f64; 3] = [0.5, -1.0, 2.0];
const IDX: [usize; 2] = [2, 0];
static SCALES: [f64; 2] = [1.5, -0.5];

/// `&W3`, `&SCALES`: constants declared outside the function, whose types the macro
/// does not see, to parameters the callee differentiates and to ones it does not.
#[differentiable]
fn module_constants(y: &[f64]) -> f64 {
    weighted(&W3, y) + blend(&SCALES, y[1]) + offsets(&W3, &IDX, &SCALES, y[2])
}

/// Data a model holds and never differentiates.
struct Samples {
    xs: Vec<f64>,
    k: [f64; 2],
    idx: Vec<usize>,
}

impl Samples {
    /// `&self.xs` (a `Vec` field) and `&self.k` (an array field) to a callee that
    /// differentiates them, and `&self.idx`, `&self.xs` to one that does not.
    #[differentiable(wrt(x))]
    fn fit(&self, x: f64) -> f64 {
        blend(&self.xs, x) + blend(&self.k, x) * 0.5 + offsets(&W3, &self.idx, &self.xs, x)
    }
}

/// `&m.xs`, `&m.k` of a struct parameter outside `wrt(..)`, with a float constant
/// in the same call.
#[differentiable(wrt(x))]
fn with_model(m: &Samples, x: f64) -> f64 {
    blend(&m.xs, x) * x + blend(&m.k, 0.5 * x) + blend(&m.k, 0.75) * x
}

fn samples() -> Samples {
    Samples {
        xs: vec![0.4, -0.9, 1.3, 0.2],
        k: [0.7, -1.1],
        idx: vec![1, 2],
    }
}

/// Checks the four modes of a function of one float `x` (`jvp(x, dx)`, `vjp(x, seed)`,
/// `grad(x)`, `hvp(x, v)`) against central differences of `f`.
fn check_one_float(
    name: &str,
    f: &dyn Fn(f64) -> f64,
    jvp: &dyn Fn(f64, f64) -> (f64, f64),
    vjp: &dyn Fn(f64, f64) -> (f64, f64),
    grad: &dyn Fn(f64) -> (f64, f64),
    hvp: &dyn Fn(f64, f64) -> (f64, f64),
) {
    let flat = |r: (f64, f64)| (r.0, vec![r.1]);
    let fz = |z: &[f64]| f(z[0]);
    let jz = |z: &[f64], v: &[f64]| jvp(z[0], v[0]);
    let vz = |z: &[f64], s: f64| flat(vjp(z[0], s));
    let gz = |z: &[f64]| flat(grad(z[0]));
    let hz = |z: &[f64], v: &[f64]| flat(hvp(z[0], v[0]));
    let m = Scalar {
        f: &fz,
        jvp: Some(&jz),
        vjp: Some(&vz),
        grad: Some(&gz),
        hvp: Some(&hz),
    };
    for x in points(5, 6, 1, -1.5, 1.5) {
        check_scalar(name, &m, &x, 1e-6, 1e-4);
    }
}

#[test]
fn constants_declared_outside_the_function() {
    check_slice!(
        module_constants,
        module_constants_jvp,
        module_constants_vjp,
        module_constants_grad,
        module_constants_hvp,
        points(6, 4, 3, -1.5, 1.5)
    );
}

#[test]
fn fields_of_the_receiver_in_a_wrt_x_method() {
    let s = samples();
    check_one_float(
        "fit",
        &|x| s.fit(x),
        &|x, dx| s.fit_jvp(x, dx),
        &|x, seed| s.fit_vjp(x, seed),
        &|x| s.fit_grad(x),
        &|x, v| s.fit_hvp(x, v),
    );
}

#[test]
fn fields_of_an_inactive_struct_parameter() {
    let s = samples();
    check_one_float(
        "with_model",
        &|x| with_model(&s, x),
        &|x, dx| with_model_jvp(&s, x, dx),
        &|x, seed| with_model_vjp(&s, x, seed),
        &|x| with_model_grad(&s, x),
        &|x, v| with_model_hvp(&s, x, v),
    );
}

/// Returns an array: bound with its type at the call.
#[differentiable]
fn moments(w: &[f64], x: f64) -> [f64; 2] {
    [w[0] * x.sin(), w[1] * x * x]
}

/// Returns a tuple: bound with a tuple pattern at the call.
#[differentiable]
fn halves(w: &[f64], x: f64) -> (f64, f64) {
    (w[0] * x.cos(), w[1] * x * x * x)
}

/// References of hidden type to callees returning an array and a tuple.
#[differentiable(wrt(x))]
fn shaped_results(m: &Samples, x: f64) -> f64 {
    let p: [f64; 2] = moments(&m.xs, x);
    let (a, b) = halves(&m.k, x);
    let q: [f64; 2] = moments(&W3, a);
    p[0] * p[1] + a * b + q[1]
}

#[test]
fn callees_returning_arrays_and_tuples() {
    let s = samples();
    check_one_float(
        "shaped_results",
        &|x| shaped_results(&s, x),
        &|x, dx| shaped_results_jvp(&s, x, dx),
        &|x, seed| shaped_results_vjp(&s, x, seed),
        &|x| shaped_results_grad(&s, x),
        &|x, v| shaped_results_hvp(&s, x, v),
    );
}

/// Differentiates a fixed-size array parameter.
#[differentiable]
fn first_of_three(w: &[f64; 3], x: f64) -> f64 {
    w[0] * x * x + w[2] * x.sin()
}

/// `&W3` and an array field to a callee differentiating `&[f64; 3]`.
#[differentiable(wrt(x))]
fn array_parameter(m: &Triple, x: f64) -> f64 {
    first_of_three(&W3, x) * first_of_three(&m.w, 0.5 * x)
}

/// An array field.
struct Triple {
    w: [f64; 3],
}

#[test]
fn data_of_hidden_type_to_an_array_parameter() {
    let m = Triple {
        w: [0.9, -0.3, 1.7],
    };
    check_one_float(
        "array_parameter",
        &|x| array_parameter(&m, x),
        &|x, dx| array_parameter_jvp(&m, x, dx),
        &|x, seed| array_parameter_vjp(&m, x, seed),
        &|x| array_parameter_grad(&m, x),
        &|x, v| array_parameter_hvp(&m, x, v),
    );
}

/// Differentiates an array reference `&[F; N]` (not a slice).
#[differentiable]
fn on_array(w: &[f64; 3], x: f64) -> f64 {
    w[0] * x + w[2] * x * x + w[1].sin()
}

const W3_ARRAY: [f64; 3] = [0.5, -1.0, 2.0];

/// Fixed-size data outside `wrt(..)` given to a callee taking `&[F; N]`: a parameter, a
/// local declared `&[F; N]`, and a `const` array of the body; the zeros keep the array
/// type.
#[differentiable(wrt(x))]
fn arrays_to_an_array_callee(x: f64, w: &[f64; 3]) -> f64 {
    let v: &[f64; 3] = &W3_ARRAY;
    const LOCAL: [f64; 3] = [0.25, 1.5, -0.5];
    on_array(w, x) + on_array(v, x * x) + on_array(&LOCAL, x)
}

#[test]
fn fixed_size_data_to_an_array_parameter() {
    let w = [0.75, 0.3, -1.25];
    check_one_float(
        "arrays_to_an_array_callee",
        &|x| arrays_to_an_array_callee(x, &w),
        &|x, dx| arrays_to_an_array_callee_jvp(x, dx, &w),
        &|x, s| arrays_to_an_array_callee_vjp(x, &w, s),
        &|x| arrays_to_an_array_callee_grad(x, &w),
        &|x, v| arrays_to_an_array_callee_hvp(x, v, &w),
    );
}

/// `&W3` of hidden type beside an active slice, in a loop the reverse sweep runs
/// backwards: the slice's shadow goes to the callee once per iteration.
#[differentiable]
fn data_and_slice_in_a_loop(x: &[f64], n: usize) -> f64 {
    let mut s: f64 = 0.0;
    for i in 0..n {
        s += weighted(&W3, x) * (1.0 + i as f64) + x[i % 3] * s.sin();
    }
    s
}

#[test]
fn hidden_data_and_an_active_slice_in_a_loop() {
    check_slice!(
        data_and_slice_in_a_loop,
        data_and_slice_in_a_loop_jvp,
        data_and_slice_in_a_loop_vjp,
        data_and_slice_in_a_loop_grad,
        data_and_slice_in_a_loop_hvp,
        points(12, 4, 3, -1.5, 1.5),
        [4]
    );
}

/// Differentiates two data parameters (a slice and an array), not the third.
#[differentiable(wrt(a, b, x))]
fn mix(a: &[f64], b: &[f64; 3], c: &[f64], x: f64) -> f64 {
    a[1] * (x * b[0]).tanh() + b[2] * (c[0] * x).sin() + a[0] * b[1]
}

const V4: [f64; 4] = [0.5, 0.25, -1.0, 2.0];

/// References of hidden type beside a slice outside `wrt(..)`, bound with their types,
/// the data `mix` does not differentiate in `no_grad(..)`: a form that needs no choice
/// of shapes for the references.
#[differentiable(wrt(y))]
fn mixed_data(x: &[f64], y: f64) -> f64 {
    let w3: &[f64; 3] = &W3;
    let v: &[f64] = &V4;
    mix(x, w3, differentiable::no_grad(v), y) * y
}

#[test]
fn hidden_references_bound_with_their_types_beside_other_data() {
    let x = [0.4, -0.3, 0.9];
    for p in points(1, 7, 1, -1.5, 1.5) {
        let y = p[0];
        let h = 1e-5;
        let f = |t: f64| mixed_data(&x, t);
        let d = (f(y + h) - f(y - h)) / (2.0 * h);
        let d2 = (f(y + 1e-4) - 2.0 * f(y) + f(y - 1e-4)) / 1e-8;
        close("jvp", mixed_data_jvp(&x, y, 1.0).1, d, 1e-6);
        close("vjp", mixed_data_vjp(&x, y, 0.5).1, 0.5 * d, 1e-6);
        close("grad", mixed_data_grad(&x, y).1, d, 1e-6);
        close("hvp", mixed_data_hvp(&x, y, 1.0).1, d2, 1e-3);
    }
}

/// Differentiates `y` only: its slice is data it does not differentiate.
#[differentiable(wrt(y))]
fn outside(w: &[f64], y: f64) -> f64 {
    w[0] * y.sin() + w[1] * y * y
}

/// The same, generic over its float type.
#[differentiable(wrt(y))]
fn outside_generic<T: differentiable::Float>(w: &[T], y: T) -> T {
    w[0] * y.cos() + w[w.len() - 1] * y
}

/// Differentiates `y` only: its array is data.
#[differentiable(wrt(y))]
fn outside_array(w: &[f64; 3], y: f64) -> f64 {
    w[0] * y + w[2] * (w[1] * y).tanh()
}

/// Data whose type the syntax shows, to parameters outside the callees' `wrt(..)`: a
/// slice outside the caller's `wrt(..)`, a part of one, a `const` array of the body.
#[differentiable(wrt(y))]
fn visible_data_outside(x: &[f64], y: f64) -> f64 {
    const C: [f64; 3] = [0.5, -1.0, 2.0];
    outside(x, y)
        + outside(&x[1..], y * y)
        + outside(&C, 0.5) * outside_generic(x, y)
        + outside_array(&C, y)
}

#[test]
fn visible_data_to_parameters_outside_the_callees_wrt() {
    let x = [0.4, -0.3, 0.9];
    check_one_float(
        "visible_data_outside",
        &|y| visible_data_outside(&x, y),
        &|y, dy| visible_data_outside_jvp(&x, y, dy),
        &|y, seed| visible_data_outside_vjp(&x, y, seed),
        &|y| visible_data_outside_grad(&x, y),
        &|y, v| visible_data_outside_hvp(&x, y, v),
    );
}

/// Differentiates `a` and `x`; `b` and `c` are data it does not differentiate.
#[differentiable(wrt(a, x))]
fn dh_mix(a: &[f64], b: &[f64], c: &[f64], x: f64) -> f64 {
    a[0] * (b[1] * x).sin() + a[a.len() - 1] * c[0] * x * x + b[2] * x
}

const V3: [f64; 3] = [0.3, -0.6, 1.2];

/// References of hidden type (`&W3`, `&V3`) beside data of visible type that `dh_mix`
/// differentiates: a slice outside `wrt(..)`, a part of one, a `const` of the body.
#[differentiable(wrt(y))]
fn hidden_beside_visible(x: &[f64], y: f64) -> f64 {
    const C: [f64; 3] = [0.5, -1.0, 2.0];
    dh_mix(x, &W3, &V3, y) + dh_mix(&x[1..], &W3, &V3, y * y) + dh_mix(&C, &W3, &V3, y) * y
}

#[test]
fn references_of_hidden_type_beside_data_of_visible_type() {
    let x = [0.4, -0.3, 0.9];
    check_one_float(
        "hidden_beside_visible",
        &|y| hidden_beside_visible(&x, y),
        &|y, dy| hidden_beside_visible_jvp(&x, y, dy),
        &|y, seed| hidden_beside_visible_vjp(&x, y, seed),
        &|y| hidden_beside_visible_grad(&x, y),
        &|y, v| hidden_beside_visible_hvp(&x, y, v),
    );
}

/// An active `&[F; N]` array beside references of hidden type, to a slice parameter
/// the callee differentiates; `no_grad(&V3)` beside two of them.
#[differentiable]
fn active_array_beside_hidden(x: &[f64; 3]) -> f64 {
    dh_mix(x, &W3, &V3, x[0]) + dh_mix(&W3, &W3, differentiable::no_grad(&V3), x[1]) * x[2]
}

#[test]
fn an_active_array_and_no_grad_data_beside_references_of_hidden_type() {
    let arr = |z: &[f64]| [z[0], z[1], z[2]];
    let f = |z: &[f64]| active_array_beside_hidden(&arr(z));
    let jvp = |z: &[f64], v: &[f64]| active_array_beside_hidden_jvp(&arr(z), &arr(v));
    let vjp = |z: &[f64], s: f64| {
        let mut b = [0.0; 3];
        let v = active_array_beside_hidden_vjp(&arr(z), &mut b, s);
        (v, b.to_vec())
    };
    let grad = |z: &[f64]| {
        let mut g = [9.0; 3];
        let v = active_array_beside_hidden_grad(&arr(z), &mut g);
        (v, g.to_vec())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut hv = [0.0; 3];
        let v = active_array_beside_hidden_hvp(&arr(z), &arr(d), &mut hv);
        (v, hv.to_vec())
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(8, 4, 3, -1.5, 1.5) {
        check_scalar("active_array_beside_hidden", &m, &x, 1e-6, 1e-4);
    }
}

/// Data of visible and hidden type beside an active slice, in a loop the reverse sweep
/// runs backwards and in a branch of it.
#[differentiable(wrt(y))]
fn visible_data_in_a_loop(y: &[f64], x: &[f64], n: usize) -> f64 {
    let mut s: f64 = 0.0;
    for i in 0..n {
        s += dh_mix(y, x, &V3, y[i % 3]) * 0.25 + dh_mix(x, &W3, &x[1..], s) * y[1];
        if s > 0.5 {
            s = s * 0.5 + outside(&x[1..], y[0]);
        } else {
            s = s + outside(x, s) * y[2];
        }
    }
    s
}

#[test]
fn visible_data_in_loops_and_branches() {
    let x = [0.4, -0.3, 0.9];
    check_slice!(
        visible_data_in_a_loop,
        visible_data_in_a_loop_jvp,
        visible_data_in_a_loop_vjp,
        visible_data_in_a_loop_grad,
        visible_data_in_a_loop_hvp,
        points(9, 5, 3, -1.5, 1.5),
        [&x, 4]
    );
}

/// A model whose method differentiates `y` only.
struct Scales {
    w: Vec<f64>,
}

impl Scales {
    #[differentiable(wrt(y))]
    fn apply(&self, d: &[f64], y: f64) -> f64 {
        let w0: f64 = self.w[0];
        w0 * y * y + d[0] * y.sin() + d[1] * y
    }

    /// Its own method with data of visible type, and `&self.w` beside them.
    #[differentiable(wrt(y))]
    fn twice(&self, x: &[f64], y: f64) -> f64 {
        self.apply(x, y) * dh_mix(x, &self.w, &x[1..], y) + self.pair_of(x, &x[1..], y)
    }

    /// Differentiates its first data slice, not its second (two data arguments of one
    /// element type, whose shapes `h_jvp` alone would not tell apart).
    #[differentiable(wrt(a, y))]
    fn pair_of(&self, a: &[f64], b: &[f64], y: f64) -> f64 {
        let w1: f64 = self.w[1];
        a[0] * (b[0] * y).sin() + w1 * a[1] * y
    }
}

/// Methods of a parameter with data of visible type.
#[differentiable(wrt(y))]
fn visible_data_to_methods(m: &Scales, x: &[f64], y: f64) -> f64 {
    const C: [f64; 3] = [0.5, -1.0, 2.0];
    m.apply(x, y)
        + m.apply(&x[1..], y * y)
        + m.apply(&C, y) * m.twice(&C, y)
        + m.pair_of(&W3, &C, y)
        + m.pair_of(&x[1..], &V3, y * y)
        + dh_mix(&W3, &W3, differentiable::no_grad(&m.w), y)
}

#[test]
fn visible_data_to_methods_outside_their_wrt() {
    let m = Scales {
        w: vec![0.7, -0.4, 1.1],
    };
    let x = [0.4, -0.3, 0.9];
    check_one_float(
        "visible_data_to_methods",
        &|y| visible_data_to_methods(&m, &x, y),
        &|y, dy| visible_data_to_methods_jvp(&m, &x, y, dy),
        &|y, seed| visible_data_to_methods_vjp(&m, &x, y, seed),
        &|y| visible_data_to_methods_grad(&m, &x, y),
        &|y, v| visible_data_to_methods_hvp(&m, &x, y, v),
    );
}

/// A model differentiated as a whole.
#[derive(differentiable::Differentiable, Clone, Debug, PartialEq)]
struct Affine {
    w: [f64; 2],
    b: f64,
}

/// Row 82's reproducer: a slice outside `wrt(m)` to a parameter outside the callee's.
#[differentiable(wrt(m))]
fn affine_outside(m: &Affine, x: &[f64]) -> f64 {
    outside_generic(x, m.b) * m.w[0] + outside(&x[1..], m.w[1] * m.b)
}

#[test]
fn visible_data_beside_a_struct_parameter() {
    let x = [0.4, -0.3, 0.9];
    for p in points(10, 5, 3, -1.5, 1.5) {
        let m = Affine {
            w: [p[0], p[1]],
            b: p[2],
        };
        let f = |q: &[f64]| {
            affine_outside(
                &Affine {
                    w: [q[0], q[1]],
                    b: q[2],
                },
                &x,
            )
        };
        let mut g = Affine {
            w: [9.0, 9.0],
            b: 9.0,
        };
        let v = affine_outside_grad(&m, &mut g, &x);
        close("value", v, affine_outside(&m, &x), 1e-12);
        let h = 1e-5;
        for (k, got) in [g.w[0], g.w[1], g.b].into_iter().enumerate() {
            let (mut a, mut b) = (p.clone(), p.clone());
            a[k] += h;
            b[k] -= h;
            close("grad", got, (f(&a) - f(&b)) / (2.0 * h), 1e-6);
        }
    }
}

/// A nested derivative passed a slice outside the caller's `wrt(..)` for a parameter
/// outside the callee's: passed as it is, like `&W3`.
#[differentiable(wrt(y), no_hvp)]
fn nested_with_visible_data(x: &[f64], y: f64) -> f64 {
    let (v, d) = outside_grad(x, y);
    let (u, e) = outside_grad(&W3, y * y);
    v * d * y + u * e
}

#[test]
fn visible_data_in_a_nested_derivative() {
    let x = [0.4, -0.3, 0.9];
    for p in points(11, 7, 1, -1.5, 1.5) {
        let y = p[0];
        let h = 1e-5;
        let f = |t: f64| nested_with_visible_data(&x, t);
        let d = (f(y + h) - f(y - h)) / (2.0 * h);
        close("jvp", nested_with_visible_data_jvp(&x, y, 1.0).1, d, 1e-6);
        close(
            "vjp",
            nested_with_visible_data_vjp(&x, y, 0.5).1,
            0.5 * d,
            1e-6,
        );
        close("grad", nested_with_visible_data_grad(&x, y).1, d, 1e-6);
    }
}
