//! Iterator chains over active data: reductions written as expressions
//! (`x.iter().map(|v| v * v).sum::<f64>()`, `.product()`, `.fold(..)`, `.count()`) and
//! `for` loops over adapted iterators, over `&[F]` slices, `[F; N]` arrays and inactive
//! data (`Vec`, arrays, slices), in generic `T: Float` and `f32` code too.
//!
//! The adapters: `iter`, `copied`, `enumerate`, `zip`, `rev`, `skip`, `take`, `step_by`,
//! `windows`, `chunks`, `chunks_exact`, subslices (`x[1..]`, `x[a..b]`, `x[..n]`),
//! ranges, `map` (closures and function paths) and `filter`; the closures shadowing
//! outer names; chains inside loops, branches, conditions, `break` and `return`.
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`) for `_jvp`, `_vjp`, `_grad` and `_hvp`; values also against the
//! iterators themselves.
// Written the way users write iterator code; the identity `map` pins how a reference to
// inactive data passes through a closure.
#![allow(clippy::needless_range_loop, clippy::map_identity)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{close, points};
use num_traits::Float;
use std::iter::{Product, Sum};

/// Checks all four modes of `f(x: [f64; N], ..) -> f64` (the array by value) at `points`.
macro_rules! check_array {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $n:literal, $points:expr) => {{
        let arr = |z: &[f64]| -> [f64; $n] { z.try_into().expect("a point of the array's length") };
        let f = |z: &[f64]| $f(arr(z));
        let jvp = |z: &[f64], v: &[f64]| $jvp(arr(z), arr(v));
        let vjp = |z: &[f64], s: f64| {
            let (v, a): (f64, [f64; $n]) = $vjp(arr(z), s);
            (v, a.to_vec())
        };
        let grad = |z: &[f64]| {
            let (v, a): (f64, [f64; $n]) = $grad(arr(z));
            (v, a.to_vec())
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let (v, a): (f64, [f64; $n]) = $hvp(arr(z), arr(d));
            (v, a.to_vec())
        };
        let m = fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in $points {
            fd::check_scalar(stringify!($f), &m, &x, 1e-6, 1e-4);
        }
    }};
}

// ---------------------------------------------------------------- reductions as expressions

#[differentiable]
fn sum_turbofish(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>()
}

/// `.sum()` typed by the `let`, and `.sum()` typed by the function's result.
#[differentiable]
fn sum_from_context(x: &[f64]) -> f64 {
    let s: f64 = x.iter().map(|&v| v.sin() * v).sum();
    x.iter().map(|v| v.exp() * s).sum()
}

/// `map(f64::exp)` on copied elements, and `.map(|v| v.exp())` on references.
#[differentiable]
fn copied_function_path(x: &[f64]) -> f64 {
    x.iter().copied().map(f64::exp).sum::<f64>().ln() + x.iter().map(|v| v.exp()).sum::<f64>()
}

#[differentiable]
fn enumerate_weights(x: &[f64]) -> f64 {
    x.iter()
        .enumerate()
        .map(|(i, v)| (i as f64 + 1.0) * v * v)
        .sum::<f64>()
}

#[differentiable]
fn product_of_factors(x: &[f64]) -> f64 {
    x.iter().map(|v| 1.0 + 0.5 * v.sin()).product::<f64>()
}

/// A running maximum (`fold` with a function path) and a weighted sum (`fold` with a
/// closure capturing an active local).
#[differentiable]
fn folds(x: &[f64]) -> f64 {
    let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let w = x[0].cos();
    let s = x.iter().fold(0.0, |acc, v| acc + v * w);
    m * s
}

/// Horner's rule: `fold` is order-sensitive, so this pins `rev` and `skip`.
#[differentiable]
fn horner_rev(x: &[f64]) -> f64 {
    let t = x[0];
    x.iter().skip(1).rev().fold(0.0, |p, &c| p * t + c)
}

#[test]
fn reductions_in_every_mode() {
    let pts = || points(1, 3, 5, -1.2, 1.2);
    check_slice!(
        sum_turbofish,
        sum_turbofish_jvp,
        sum_turbofish_vjp,
        sum_turbofish_grad,
        sum_turbofish_hvp,
        pts()
    );
    check_slice!(
        sum_from_context,
        sum_from_context_jvp,
        sum_from_context_vjp,
        sum_from_context_grad,
        sum_from_context_hvp,
        pts()
    );
    check_slice!(
        copied_function_path,
        copied_function_path_jvp,
        copied_function_path_vjp,
        copied_function_path_grad,
        copied_function_path_hvp,
        pts()
    );
    check_slice!(
        enumerate_weights,
        enumerate_weights_jvp,
        enumerate_weights_vjp,
        enumerate_weights_grad,
        enumerate_weights_hvp,
        pts()
    );
    check_slice!(
        product_of_factors,
        product_of_factors_jvp,
        product_of_factors_vjp,
        product_of_factors_grad,
        product_of_factors_hvp,
        pts()
    );
    check_slice!(folds, folds_jvp, folds_vjp, folds_grad, folds_hvp, pts());
    check_slice!(
        horner_rev,
        horner_rev_jvp,
        horner_rev_vjp,
        horner_rev_grad,
        horner_rev_hvp,
        pts()
    );
    // the values themselves, against the iterators they replace
    let x = [0.3, -0.7, 1.1, 0.2];
    let want = (0.2 * 0.3 + 1.1) * 0.3 - 0.7;
    close("horner", horner_rev(&x), want, 1e-15);
    let mut g = [0.0; 4];
    close(
        "horner grad value",
        horner_rev_grad(&x, &mut g),
        want,
        1e-15,
    );
    close("horner d/dx1", g[1], 1.0, 1e-15);
    close("horner d/dx3", g[3], 0.3 * 0.3, 1e-15);
}

// ---------------------------------------------------------------- zip, subslices, ranges

/// The squared distance between the two halves of `x` (both active).
#[differentiable]
fn halves_distance(x: &[f64]) -> f64 {
    let n = x.len() / 2;
    x[..n]
        .iter()
        .zip(&x[n..])
        .map(|(a, b)| (a - b) * (a - b))
        .sum()
}

/// `zip` with inactive data, a subslice with both ends, a range of indices.
#[differentiable(wrt(x))]
fn zip_with_data(x: &[f64], y: &[f64], a: usize, b: usize) -> f64 {
    let d: f64 = x.iter().zip(y).map(|(p, q)| (p - q) * (p - q)).sum();
    let mid: f64 = x[a..b].iter().map(|v| v.sin()).sum();
    let idx = (0..x.len()).map(|i| x[i] * y[i]).sum::<f64>();
    d * mid + idx.tanh()
}

/// Two arrays by value, zipped.
#[differentiable]
fn zip_arrays(x: [f64; 3], y: [f64; 3]) -> f64 {
    x.iter()
        .zip(y.iter())
        .map(|(a, b)| a * b.sin() + a * a * b)
        .sum::<f64>()
}

#[test]
fn zip_subslices_and_ranges() {
    check_slice!(
        halves_distance,
        halves_distance_jvp,
        halves_distance_vjp,
        halves_distance_grad,
        halves_distance_hvp,
        points(2, 3, 6, -1.0, 1.0)
    );
    let y = [0.4, -0.3, 0.9, 1.2, -0.5];
    check_slice!(
        zip_with_data,
        zip_with_data_jvp,
        zip_with_data_vjp,
        zip_with_data_grad,
        zip_with_data_hvp,
        points(3, 3, 5, -1.0, 1.0),
        [&y, 1, 4]
    );
    let f = |z: &[f64]| zip_arrays([z[0], z[1], z[2]], [z[3], z[4], z[5]]);
    let jvp = |z: &[f64], v: &[f64]| {
        zip_arrays_jvp(
            [z[0], z[1], z[2]],
            [v[0], v[1], v[2]],
            [z[3], z[4], z[5]],
            [v[3], v[4], v[5]],
        )
    };
    let vjp = |z: &[f64], s: f64| {
        let (v, a, b) = zip_arrays_vjp([z[0], z[1], z[2]], [z[3], z[4], z[5]], s);
        (v, [a, b].concat())
    };
    let grad = |z: &[f64]| {
        let (v, a, b) = zip_arrays_grad([z[0], z[1], z[2]], [z[3], z[4], z[5]]);
        (v, [a, b].concat())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a, b) = zip_arrays_hvp(
            [z[0], z[1], z[2]],
            [d[0], d[1], d[2]],
            [z[3], z[4], z[5]],
            [d[3], d[4], d[5]],
        );
        (v, [a, b].concat())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(4, 3, 6, -1.0, 1.0) {
        fd::check_scalar("zip_arrays", &m, &x, 1e-6, 1e-4);
    }
}

// ---------------------------------------------------------------- windows, chunks, step_by, take

#[differentiable]
fn window_differences(x: &[f64]) -> f64 {
    x.windows(2).map(|w| (w[1] - w[0]).powi(2)).sum()
}

/// Windows of a subslice, and a window's elements through a loop and `len()`.
#[differentiable]
fn window_sums(x: &[f64]) -> f64 {
    x[1..]
        .windows(3)
        .map(|w| {
            let total = w.iter().map(|v| v.sin()).sum::<f64>();
            total / w.len() as f64
        })
        .sum::<f64>()
}

/// `chunks` with a shorter last chunk (its length through `c.len()`), nested chains.
#[differentiable]
fn chunk_norms(x: &[f64]) -> f64 {
    x.chunks(2)
        .map(|c| c.iter().map(|v| v * v).sum::<f64>().sqrt() * c.len() as f64)
        .sum()
}

#[differentiable]
fn strided(x: &[f64]) -> f64 {
    let even: f64 = x.iter().step_by(2).map(|v| v * v).sum();
    let some: f64 = x.iter().skip(1).take(3).map(|v| v.cos()).sum();
    let back: f64 = x
        .iter()
        .rev()
        .step_by(3)
        .enumerate()
        .map(|(i, v)| v * i as f64)
        .sum();
    even * some + back
}

/// Views through `filter`, `enumerate` and `zip`; inactive references through an
/// identity `map` and a `filter`.
#[differentiable(wrt(x))]
fn views_through_adapters(x: &[f64], data: &[f64]) -> f64 {
    let rising: f64 = x
        .windows(2)
        .filter(|w| w[1] > w[0])
        .map(|w| (w[1] - w[0]).sqrt())
        .sum();
    let weighted: f64 = x
        .chunks(2)
        .enumerate()
        .map(|(i, c)| c[0] * (i + 1) as f64 + c.len() as f64)
        .sum();
    let paired: f64 = x
        .windows(2)
        .zip(data.windows(2))
        .map(|(a, b)| a[0] * b[1] - a[1] * b[0])
        .sum();
    let kept = data.iter().map(|d| d).filter(|d| **d > 0.0).count();
    rising + weighted * paired + kept as f64 * x[0]
}

#[test]
fn windows_chunks_and_strides() {
    let data = [0.3, -0.8, 1.4, 0.6, -0.2, 0.9];
    check_slice!(
        views_through_adapters,
        views_through_adapters_jvp,
        views_through_adapters_vjp,
        views_through_adapters_grad,
        views_through_adapters_hvp,
        points(22, 4, 5, -1.0, 1.0),
        [&data]
    );
    let pts = |seed, n| points(seed, 3, n, -1.0, 1.0);
    check_slice!(
        window_differences,
        window_differences_jvp,
        window_differences_vjp,
        window_differences_grad,
        window_differences_hvp,
        pts(5, 5)
    );
    check_slice!(
        window_sums,
        window_sums_jvp,
        window_sums_vjp,
        window_sums_grad,
        window_sums_hvp,
        pts(6, 6)
    );
    check_slice!(
        chunk_norms,
        chunk_norms_jvp,
        chunk_norms_vjp,
        chunk_norms_grad,
        chunk_norms_hvp,
        pts(7, 7)
    );
    check_slice!(
        strided,
        strided_jvp,
        strided_vjp,
        strided_grad,
        strided_hvp,
        pts(8, 7)
    );
    // the values, against the iterators themselves
    let x = [0.5, -0.25, 0.75, 1.5, -1.0, 0.125, 2.0];
    let want: f64 = x
        .chunks(2)
        .map(|c| c.iter().map(|v| v * v).sum::<f64>().sqrt() * c.len() as f64)
        .sum();
    close("chunk_norms", chunk_norms(&x), want, 1e-15);
    let mut g = [0.0; 7];
    close(
        "chunk_norms grad value",
        chunk_norms_grad(&x, &mut g),
        want,
        1e-15,
    );
    let even: f64 = x.iter().step_by(2).map(|v| v * v).sum();
    let some: f64 = x.iter().skip(1).take(3).map(|v| v.cos()).sum();
    let back: f64 = x
        .iter()
        .rev()
        .step_by(3)
        .enumerate()
        .map(|(i, v)| v * i as f64)
        .sum();
    close(
        "strided",
        strided_jvp(&x, &[0.0; 7]).0,
        even * some + back,
        1e-15,
    );
}

// ---------------------------------------------------------------- for loops over adapters

#[differentiable]
fn loops_over_adapters(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for c in x.chunks_exact(3) {
        s += c[0] * c[1] + c[2].sin();
    }
    for (i, v) in x.iter().enumerate().skip(1).step_by(2) {
        s += v * v * i as f64;
    }
    for w in x.windows(3).rev() {
        s = s * 0.5 + w[2] * w[0] - w[1];
    }
    for &v in x[1..x.len() - 1].iter().rev() {
        s *= v.cos();
    }
    for (a, b) in x.iter().zip(x.iter().skip(2)) {
        s += a * b;
    }
    for i in (0..x.len()).step_by(2) {
        s += x[i].exp();
    }
    for c in x.chunks(2) {
        for (j, v) in c.iter().enumerate() {
            s += v * (j + c.len()) as f64;
        }
    }
    s
}

/// `filter` in a loop and in reductions; `count`.
#[differentiable]
fn filters(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &v in x.iter().filter(|v| **v > 0.0) {
        s += v * v;
    }
    let pos: f64 = x.iter().filter(|&&v| v > 0.0).map(|v| v.sin()).sum();
    let n = x.iter().filter(|v| v.abs() > 0.5).count()
        + x.iter().map(|v| usize::from(*v > 0.9)).sum::<usize>();
    let rev_neg = x
        .iter()
        .map(|v| v * 2.0)
        .filter(|v| *v < 0.0)
        .rev()
        .fold(1.0, |p, v| p * 0.5 + v);
    s + pos * n as f64 + rev_neg
}

#[test]
fn for_loops_and_filters() {
    check_slice!(
        loops_over_adapters,
        loops_over_adapters_jvp,
        loops_over_adapters_vjp,
        loops_over_adapters_grad,
        loops_over_adapters_hvp,
        points(9, 3, 7, -1.0, 1.0)
    );
    check_slice!(
        filters,
        filters_jvp,
        filters_vjp,
        filters_grad,
        filters_hvp,
        points(10, 4, 6, -1.0, 1.0)
    );
    let x = [0.5, -0.25, 0.75, -1.5, 1.0, 0.125];
    let want = {
        let s: f64 = x.iter().filter(|v| **v > 0.0).map(|v| v * v).sum();
        let pos: f64 = x.iter().filter(|&&v| v > 0.0).map(|v| v.sin()).sum();
        let n = x.iter().filter(|v| v.abs() > 0.5).count()
            + x.iter().map(|v| usize::from(*v > 0.9)).sum::<usize>();
        let rev_neg = x
            .iter()
            .map(|v| v * 2.0)
            .filter(|v| *v < 0.0)
            .rev()
            .fold(1.0, |p, v| p * 0.5 + v);
        s + pos * n as f64 + rev_neg
    };
    close("filters", filters(&x), want, 1e-15);
    let mut g = [0.0; 6];
    close("filters grad value", filters_grad(&x, &mut g), want, 1e-15);
}

// ---------------------------------------------------------------- softmax cross-entropy

/// Cross-entropy of the softmax of `z` at class `label`, with a stable log-sum-exp.
#[differentiable(wrt(z))]
fn softmax_xent(z: &[f64], label: usize) -> f64 {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let lse = m + z.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
    lse - z[label]
}

/// A linear layer's logits (`rows` of `w`) fed to the cross-entropy, all in chains.
#[differentiable(wrt(w))]
fn linear_xent(w: &[f64], x: &[f64], label: usize) -> f64 {
    let d = x.len();
    let m = w
        .chunks_exact(d)
        .map(|row| row.iter().zip(x).map(|(a, b)| a * b).sum::<f64>())
        .fold(f64::NEG_INFINITY, f64::max);
    let lse = m + w
        .chunks_exact(d)
        .map(|row| (row.iter().zip(x).map(|(a, b)| a * b).sum::<f64>() - m).exp())
        .sum::<f64>()
        .ln();
    lse - w[label * d..(label + 1) * d]
        .iter()
        .zip(x)
        .map(|(a, b)| a * b)
        .sum::<f64>()
}

#[test]
fn softmax_cross_entropy() {
    check_slice!(
        softmax_xent,
        softmax_xent_jvp,
        softmax_xent_vjp,
        softmax_xent_grad,
        softmax_xent_hvp,
        points(11, 3, 5, -2.0, 2.0),
        [2]
    );
    // the gradient of the cross-entropy is softmax(z) - onehot(label)
    let z = [0.3, -1.2, 2.0, 0.5];
    let mut g = [0.0; 4];
    softmax_xent_grad(&z, &mut g, 1);
    let e: Vec<f64> = z.iter().map(|v| v.exp()).collect();
    let total: f64 = e.iter().sum();
    for i in 0..4 {
        close(
            "softmax",
            g[i],
            e[i] / total - f64::from(u8::from(i == 1)),
            1e-14,
        );
    }
    let x = [0.7, -0.4, 1.1];
    check_slice!(
        linear_xent,
        linear_xent_jvp,
        linear_xent_vjp,
        linear_xent_grad,
        linear_xent_hvp,
        points(12, 3, 9, -1.0, 1.0),
        [&x, 0]
    );
}

// ---------------------------------------------------------------- f32 and generic code

#[differentiable]
fn generic_energy<T: Float + Sum + Product>(x: &[T]) -> T {
    let half = T::from(0.5).unwrap();
    let m = x.iter().copied().fold(T::neg_infinity(), T::max);
    let s = x
        .windows(2)
        .map(|w| (w[1] - w[0]) * (w[1] - w[0]))
        .sum::<T>();
    let p: T = x.iter().map(|&v| T::one() + half * v.sin()).product();
    s * half + m * p + x.iter().zip(x.iter().rev()).map(|(a, b)| *a * *b).sum()
}

#[differentiable]
fn energy_f32(x: &[f32]) -> f32 {
    let m = x.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let s = x
        .windows(2)
        .map(|w| (w[1] - w[0]) * (w[1] - w[0]))
        .sum::<f32>();
    let p: f32 = x.iter().map(|&v| 1.0 + 0.5 * v.sin()).product();
    s * 0.5
        + m * p
        + x.iter()
            .zip(x.iter().rev())
            .map(|(a, b)| *a * *b)
            .sum::<f32>()
}

#[test]
fn generic_and_f32() {
    check_slice!(
        generic_energy,
        generic_energy_jvp,
        generic_energy_vjp,
        generic_energy_grad,
        generic_energy_hvp,
        points(13, 3, 5, -1.0, 1.0)
    );
    // f32: against the finite differences of the same function in f64
    for x in points(14, 3, 5, -1.0, 1.0) {
        let want = fd::grad(&|z| generic_energy(z), &x);
        let x32: Vec<f32> = x.iter().map(|&v| v as f32).collect();
        let mut g = vec![0.0f32; 5];
        let v = energy_f32_grad(&x32, &mut g);
        assert_eq!(v, energy_f32(&x32));
        close("energy_f32 value", f64::from(v), generic_energy(&x), 1e-5);
        for i in 0..5 {
            close("energy_f32 grad", f64::from(g[i]), want[i], 1e-4);
        }
        let dir = [0.5f32, -0.25, 1.0, 0.75, -1.0];
        let (_, t) = energy_f32_jvp(&x32, &dir);
        let want_t: f64 = (0..5).map(|i| want[i] * f64::from(dir[i])).sum();
        close("energy_f32 jvp", f64::from(t), want_t, 1e-4);
        let mut hv = vec![0.0f32; 5];
        energy_f32_hvp(&x32, &dir, &mut hv);
        let d64: Vec<f64> = dir.iter().map(|&v| f64::from(v)).collect();
        let want_hv = fd::hvp(&|z| generic_energy(z), &x, &d64);
        for i in 0..5 {
            close("energy_f32 hvp", f64::from(hv[i]), want_hv[i], 2e-3);
        }
    }
}

// ---------------------------------------------------------------- arrays and inactive data

const WEIGHTS: [f64; 4] = [0.5, -1.0, 2.0, 0.25];

#[differentiable]
fn array_chains(x: [f64; 4]) -> f64 {
    let w: f64 = x.iter().zip(WEIGHTS.iter()).map(|(a, b)| a * b).sum();
    let q: f64 = x.into_iter().map(|v| v * v).sum();
    let e = x
        .iter()
        .rev()
        .skip(1)
        .fold(0.0, |acc, v| acc * 0.5 + v.exp());
    w * q + e
}

/// Chains over a local `Vec`, a slice parameter and a constant array, each reading
/// active values through the closure.
#[differentiable(wrt(x))]
fn inactive_sources(x: &[f64], data: &[f64]) -> f64 {
    let scale: Vec<f64> = vec![1.0, 0.5, 0.25];
    let a = x[0];
    let b = x[1];
    let s1: f64 = scale.iter().map(|c| c * a * a).sum();
    let s2: f64 = data
        .iter()
        .enumerate()
        .map(|(i, d)| d * x[i % x.len()].sin())
        .sum();
    let s3: f64 = WEIGHTS.iter().zip(data).map(|(w, d)| w * d * b).sum();
    let s4 = data
        .windows(2)
        .map(|w| (w[1] - w[0]) * a)
        .fold(0.0, |m, v| m + v * b);
    s1 + s2 * s3 + s4
}

#[test]
fn arrays_and_inactive_data() {
    check_array!(
        array_chains,
        array_chains_jvp,
        array_chains_vjp,
        array_chains_grad,
        array_chains_hvp,
        4,
        points(16, 3, 4, -1.0, 1.0)
    );
    let data = [0.3, -0.8, 1.4, 0.6, -0.2];
    check_slice!(
        inactive_sources,
        inactive_sources_jvp,
        inactive_sources_vjp,
        inactive_sources_grad,
        inactive_sources_hvp,
        points(17, 3, 3, -1.0, 1.0),
        [&data]
    );
}

// ---------------------------------------------------------------- shadowing

/// Closure parameters shadowing a local, a parameter and each other; the outer names
/// mean their own values again after the chain.
#[differentiable]
fn shadowing(x: &[f64]) -> f64 {
    let v = x[0] * 3.0;
    let s = x.iter().map(|v| v * v).sum::<f64>();
    let t = x.iter().map(|x| x.sin()).sum::<f64>();
    let u = x.windows(2).map(|x| x[1] * x[0]).sum::<f64>();
    let w = x
        .iter()
        .map(|v| {
            let v = v * 2.0;
            v * v
        })
        .sum::<f64>();
    let nested = x
        .iter()
        .map(|v| x.iter().map(|v| v * 0.5).sum::<f64>() * v)
        .sum::<f64>();
    s * v + t * u + w + nested + x[1]
}

#[test]
fn closure_parameters_shadow_without_leaking() {
    check_slice!(
        shadowing,
        shadowing_jvp,
        shadowing_vjp,
        shadowing_grad,
        shadowing_hvp,
        points(18, 3, 4, -1.0, 1.0)
    );
}

// ---------------------------------------------------------------- chains in control flow

/// A chain inside a loop body (over a subslice that depends on the loop index), in both
/// branches of an `if`, in an `if` condition, and as the value `break` leaves with.
#[differentiable]
fn chains_in_control_flow(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        s += x[i] * x[i..].iter().map(|v| v.sin()).sum::<f64>();
    }
    let b = if x[0] > 0.0 {
        x.iter().map(|v| v * v).sum::<f64>()
    } else {
        x.iter().rev().fold(1.0, |p, v| p * 0.5 + v)
    };
    if x.iter().map(|v| v * v).sum::<f64>() > 1.0 && x[1] < 5.0 {
        s += 1.0;
    }
    // a comparison reads the primal value of a chain that captures nothing active
    let big = x.iter().map(|v| v * v).sum::<f64>() > 0.5;
    if big {
        s *= 1.5;
    }
    let mut first = 0.0;
    let mut k = 1;
    loop {
        let part: f64 = x[..k].iter().map(|v| v.exp()).sum();
        if part > 2.5 || k == n {
            first = first * 0.5 + part;
            break;
        }
        k += 1;
    }
    s + b + first
}

/// `return` of a chain, early and at the end.
#[differentiable]
fn chains_returned(x: &[f64]) -> f64 {
    if x[0] > 0.5 {
        return x.iter().map(|v| v.cosh()).sum();
    }
    let v = if x[1] > 0.0 {
        x[2]
    } else {
        x.iter().skip(1).map(|v| v * v).sum::<f64>()
    };
    v + x.iter().product::<f64>()
}

#[test]
fn chains_in_loops_branches_and_exits() {
    check_slice!(
        chains_in_control_flow,
        chains_in_control_flow_jvp,
        chains_in_control_flow_vjp,
        chains_in_control_flow_grad,
        chains_in_control_flow_hvp,
        points(19, 6, 4, -1.0, 1.0)
    );
    check_slice!(
        chains_returned,
        chains_returned_jvp,
        chains_returned_vjp,
        chains_returned_grad,
        chains_returned_hvp,
        points(20, 6, 4, -1.0, 1.0)
    );
}

// ---------------------------------------------------------------- differentiable functions in chains

#[differentiable]
fn softplus(v: f64) -> f64 {
    v.exp().ln_1p()
}

/// A #[differentiable] function as `map`'s function, and called inside a closure.
#[differentiable]
fn calls_in_chains(x: &[f64]) -> f64 {
    x.iter().copied().map(softplus).sum::<f64>()
        * x.iter().map(|v| softplus(v * 2.0)).product::<f64>()
}

#[test]
fn differentiable_functions_in_chains() {
    check_slice!(
        calls_in_chains,
        calls_in_chains_jvp,
        calls_in_chains_vjp,
        calls_in_chains_grad,
        calls_in_chains_hvp,
        points(21, 3, 4, -1.0, 1.0)
    );
}

// ---------------------------------------------------------------- what the iterator would do

/// A chain panics where the iterator it replaces panics: out of range, zero steps and
/// window sizes, a window read past its end.
#[differentiable]
fn window_at(x: &[f64], k: usize, j: usize) -> f64 {
    x.windows(k).map(|w| w[j] * w[0]).sum()
}

#[differentiable]
fn stepped(x: &[f64], k: usize) -> f64 {
    x.iter().step_by(k).map(|v| v * v).sum()
}

#[differentiable]
fn sliced(x: &[f64], a: usize) -> f64 {
    x[a..].iter().map(|v| v * v).sum()
}

#[test]
fn panics_as_the_iterator_does() {
    let x = [0.5, 1.0, 1.5];
    let mut g = [0.0; 3];
    // in range: the iterator's value
    assert_eq!(window_at(&x, 2, 1), 1.0 * 0.5 + 1.5 * 1.0);
    close(
        "window",
        window_at_grad(&x, &mut g, 2, 1),
        window_at(&x, 2, 1),
        0.0,
    );
    assert_eq!(stepped_grad(&x, &mut g, 2), stepped(&x, 2));
    assert_eq!(g, [1.0, 0.0, 3.0]);
    let panics = |f: &dyn Fn()| std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err();
    assert!(panics(&|| {
        window_at_grad(&x, &mut [0.0; 3], 2, 2);
    }));
    assert!(panics(&|| {
        window_at_jvp(&x, &[1.0; 3], 0, 0);
    }));
    assert!(panics(&|| {
        stepped_grad(&x, &mut [0.0; 3], 0);
    }));
    assert!(panics(&|| {
        sliced_hvp(&x, &[1.0; 3], &mut [0.0; 3], 4);
    }));
    // the empty cases are no panics
    close(
        "empty slice",
        sliced_grad(&x, &mut g, 3),
        sliced(&x, 3),
        0.0,
    );
    assert_eq!(g, [0.0; 3]);
    close(
        "window larger than x",
        window_at_grad(&x, &mut g, 4, 0),
        0.0,
        0.0,
    );
}

// ---------------------------------------------------------------- assorted shapes

/// Closure bodies with `let`, branches and `match`; a fold that branches; nested pairs
/// from two `zip`s; a reversed inclusive range; `continue` in a loop over windows.
#[differentiable]
fn assorted(x: &[f64]) -> f64 {
    let n = x.len();
    let a: f64 = x
        .iter()
        .map(|v| {
            let t = v * v;
            t * 2.0 + t.sin()
        })
        .sum();
    let b = x
        .iter()
        .fold(0.0, |acc, v| if *v > 0.0 { acc + v } else { acc * 0.5 });
    let c: f64 = x
        .iter()
        .enumerate()
        .map(|(i, v)| match i % 3 {
            0 => v * 2.0,
            1 => v.exp(),
            _ => *v,
        })
        .sum();
    let d: f64 = x
        .iter()
        .zip(x.iter().skip(1))
        .zip(x.iter().skip(2))
        .map(|((p, q), r)| p * q - r)
        .sum();
    let e = (1..=n).rev().map(|k| x[k - 1] * k as f64).sum::<f64>();
    let mut s = 0.0;
    for (i, w) in x.windows(2).enumerate() {
        if i % 2 == 1 {
            continue;
        }
        s += w[0] * w[1];
    }
    let norm = x.iter().map(|v| v.powi(2)).sum::<f64>().sqrt();
    a + b * c + d * e + s + norm
}

/// A local that becomes active only in a later iteration of a loop, read by a chain
/// over inactive data before that: the activity is settled over the whole loop.
#[differentiable(wrt(x))]
fn late_activity(x: &[f64], data: &[f64]) -> f64 {
    let mut w = 1.0;
    let mut s = 0.0;
    for i in 0..x.len() {
        s += data.iter().map(|d| d * w).sum::<f64>();
        w = w * 0.5 + x[i];
    }
    s
}

/// A generic function over a by-value array.
#[differentiable]
fn generic_array<T: Float + Sum>(x: [T; 3]) -> T {
    let half = T::from(0.5).unwrap();
    x.iter().map(|&v| v * v * half).sum::<T>()
        + x.iter().rev().fold(T::zero(), |p, &v| p * half + v.sin())
}

#[test]
fn assorted_shapes() {
    check_slice!(
        assorted,
        assorted_jvp,
        assorted_vjp,
        assorted_grad,
        assorted_hvp,
        points(23, 4, 5, -1.0, 1.0)
    );
    let data = [0.3, -0.8, 1.4];
    check_slice!(
        late_activity,
        late_activity_jvp,
        late_activity_vjp,
        late_activity_grad,
        late_activity_hvp,
        points(24, 3, 4, -1.0, 1.0),
        [&data]
    );
    check_array!(
        generic_array,
        generic_array_jvp,
        generic_array_vjp,
        generic_array_grad,
        generic_array_hvp,
        3,
        points(25, 3, 3, -1.0, 1.0)
    );
}

/// Inactive data of rows, and a model's own weights, read through chains in a method.
struct Model {
    rows: Vec<Vec<f64>>,
    bias: [f64; 3],
}

impl Model {
    #[differentiable(wrt(w))]
    fn loss(&self, w: &[f64]) -> f64 {
        self.rows
            .iter()
            .zip(self.bias.iter())
            .map(|(row, b)| {
                let z: f64 = row.iter().zip(w).map(|(r, wi)| r * wi).sum();
                (z + b).tanh().powi(2)
            })
            .sum::<f64>()
            + w.iter().map(|v| v * v).sum::<f64>() * 0.1
    }
}

#[test]
fn chains_over_rows_in_a_method() {
    let m = Model {
        rows: vec![vec![0.5, -1.0], vec![1.5, 0.25], vec![-0.75, 2.0]],
        bias: [0.1, -0.2, 0.3],
    };
    let f = |z: &[f64]| m.loss(z);
    let grad = |z: &[f64]| {
        let mut g = vec![0.0; z.len()];
        let v = m.loss_grad(z, &mut g);
        (v, g)
    };
    let jvp = |z: &[f64], v: &[f64]| m.loss_jvp(z, v);
    let vjp = |z: &[f64], s: f64| {
        let mut b = vec![0.0; z.len()];
        let v = m.loss_vjp(z, &mut b, s);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut hv = vec![0.0; z.len()];
        let v = m.loss_hvp(z, d, &mut hv);
        (v, hv)
    };
    let s = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(26, 3, 2, -1.0, 1.0) {
        fd::check_scalar("Model::loss", &s, &x, 1e-6, 1e-4);
    }
}

/// Ranges of other integer types (and literals typed by their use) count in their own
/// type; `usize` ranges of an unannotated local too; open ranges zipped with a slice.
#[differentiable(wrt(x))]
fn integer_ranges(x: &[f64], n: i32) -> f64 {
    let len = x.len();
    let a: f64 = (0..n).map(|i| x[i as usize] * f64::from(i)).sum();
    let b: f64 = (1..=3).rev().map(|i| f64::from(i) * x[0]).product();
    let c: f64 = (0..len).step_by(2).map(|i| x[i].sin()).sum();
    let mut d = 0.0;
    for (k, i) in (-2i64..n as i64).enumerate().skip(1) {
        d += x[k % len] * i as f64;
    }
    // open ranges, as long as what they are zipped with
    let e: f64 = x.iter().zip(1..).map(|(v, k)| v * f64::from(k)).sum();
    for (k, v) in (0..).zip(x) {
        d += v.sin() * k as f64;
    }
    a + b + c + d + e
}

#[test]
fn ranges_of_any_integer_type() {
    check_slice!(
        integer_ranges,
        integer_ranges_jvp,
        integer_ranges_vjp,
        integer_ranges_grad,
        integer_ranges_hvp,
        points(27, 3, 4, -1.0, 1.0),
        [3]
    );
}
