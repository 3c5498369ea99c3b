//! Calls passing active data by reference (a slice parameter, a part of one, a local
//! array, a `vec!` buffer) in reverse mode: the forward sweep runs the callee's `_vjp`
//! once and keeps the gradient for the adjoint sweep, wherever the call sits (straight
//! line, branches, reversed loops of runtime and constant trip count, a loop in a
//! branch, `break`/`continue` iterations, a recursion).
//!
//! Oracles: central first and second differences of the original function
//! (`common/fd.rs`) for `_jvp`, `_vjp`, `_grad` and `_hvp`; for the determinant by
//! minors, the closed-form gradient of a determinant (the cofactor matrix), from
//! determinants computed by Gaussian elimination. The callees run a custom rule that
//! counts its evaluations, so each test also counts the runs of the callee's body.
// Written the way users write numeric loops (index loops, `s = s * x`).
#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;
use std::cell::Cell;

thread_local! {
    static RUNS: Cell<usize> = const { Cell::new(0) };
}

fn tick() {
    RUNS.with(|c| c.set(c.get() + 1));
}

/// `sin x`, counting its evaluations in every mode: a custom rule.
fn counted(x: f64) -> f64 {
    tick();
    x.sin()
}

fn counted_jvp(x: f64, dx: f64) -> (f64, f64) {
    tick();
    (x.sin(), x.cos() * dx)
}

fn counted_vjp(x: f64, seed: f64) -> (f64, f64) {
    tick();
    (x.sin(), x.cos() * seed)
}

fn counted_hvp(x: f64, v: f64) -> (f64, f64) {
    tick();
    (x.sin(), -x.sin() * v)
}

/// How many times the counted rule runs while `f` runs.
fn runs(f: impl FnOnce() -> f64) -> usize {
    RUNS.with(|c| c.set(0));
    std::hint::black_box(f());
    RUNS.with(Cell::get)
}

/// How many times the counted rule runs while `f_hvp` runs at `x`. A call there runs
/// its callee's `_vjp` and `_hvp` once each, in the forward sweep; with the rule once
/// in the callee's body, that is three runs of the rule per call (its `_vjp` inside the
/// callee's `_vjp`, its `_vjp` and `_hvp` inside the callee's `_hvp`).
fn hvp_runs(x: &[f64], hvp: impl Fn(&[f64], &[f64], &mut [f64]) -> f64) -> usize {
    let v: Vec<f64> = (0..x.len()).map(|i| 0.3 - 0.1 * i as f64).collect();
    let mut hv = vec![0.0; x.len()];
    runs(|| hvp(x, &v, &mut hv))
}

/// The runs of `f_grad` and of `f_vjp` at `x`.
fn reverse_runs(
    x: &[f64],
    grad: impl Fn(&[f64], &mut [f64]) -> f64,
    vjp: impl Fn(&[f64], &mut [f64], f64) -> f64,
) -> (usize, usize) {
    let mut g = vec![0.0; x.len()];
    let mut b = vec![0.0; x.len()];
    (runs(|| grad(x, &mut g)), runs(|| vjp(x, &mut b, 0.5)))
}

/// The callee: reads every element (so its gradient is dense) and runs the counted
/// rule once.
#[differentiable(wrt(x))]
fn weigh(x: &[f64], i: usize) -> f64 {
    let mut s = 0.0;
    for j in 0..x.len() {
        s += x[j] * x[j] * (0.1 + 0.05 * j as f64);
    }
    counted(x[i % x.len()]) * s
}

// ------------------------------------------------------------ where the call sits

/// Two calls at top level, their results read non-linearly.
#[differentiable]
fn top_level(x: &[f64]) -> f64 {
    let a = weigh(x, 0);
    let b = weigh(x, 2);
    a * b + a.sin()
}

#[test]
fn at_top_level() {
    let x = [0.3, -0.4, 0.8, -0.1];
    assert_eq!(reverse_runs(&x, top_level_grad, top_level_vjp), (2, 2));
    check_slice!(
        top_level,
        top_level_jvp,
        top_level_vjp,
        top_level_grad,
        top_level_hvp,
        points(1, 4, 4, -1.0, 1.0)
    );
}

/// A call in each branch of an `if`, and one after it.
#[differentiable]
fn in_branch(x: &[f64]) -> f64 {
    let mut s = x[0] * x[1];
    if x[0] > 0.0 {
        s = s + weigh(x, 1);
    } else {
        s = s * weigh(x, 2);
    }
    s * weigh(x, 3)
}

#[test]
fn in_a_branch() {
    for x in [[0.3, -0.4, 0.8, -0.1], [-0.3, -0.4, 0.8, -0.1]] {
        assert_eq!(reverse_runs(&x, in_branch_grad, in_branch_vjp), (2, 2));
    }
    let mut pts = points(2, 4, 4, -1.0, 1.0);
    pts.push(vec![0.5, 0.2, -0.3, 0.9]);
    pts.push(vec![-0.5, 0.2, -0.3, 0.9]);
    check_slice!(
        in_branch,
        in_branch_jvp,
        in_branch_vjp,
        in_branch_grad,
        in_branch_hvp,
        pts
    );
}

/// A call in a reversed loop of runtime trip count, on the carried value's path.
#[differentiable]
fn in_loop(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        p = p * (1.0 + 0.2 * weigh(x, i));
    }
    p
}

#[test]
fn in_a_reversed_loop() {
    let x = [0.3, -0.4, 0.8, -0.1, 0.5];
    assert_eq!(
        reverse_runs(&x, in_loop_grad, in_loop_vjp),
        (x.len(), x.len())
    );
    check_slice!(
        in_loop,
        in_loop_jvp,
        in_loop_vjp,
        in_loop_grad,
        in_loop_hvp,
        points(3, 4, 5, -1.0, 1.0)
    );
}

/// A call in a loop of literal trip count over an array parameter: the loop keeps each
/// call's value and gradient in stack records, so the replay of each iteration reads
/// them and the callee runs once per iteration.
#[differentiable]
fn in_fixed_loop(x: &[f64; 4]) -> f64 {
    let mut p = 1.0;
    for i in 0..4 {
        p = p * (1.0 + 0.2 * weigh(x, i));
    }
    p
}

#[test]
fn in_a_loop_of_constant_trip_count() {
    let x = [0.3, -0.4, 0.8, -0.1];
    assert_eq!(runs(|| in_fixed_loop(&x)), 4);
    let mut g = [0.0; 4];
    assert_eq!(runs(|| in_fixed_loop_grad(&x, &mut g)), 4);
    for z in points(4, 4, 4, -1.0, 1.0) {
        let z4 = [z[0], z[1], z[2], z[3]];
        let f = |w: &[f64]| in_fixed_loop(&[w[0], w[1], w[2], w[3]]);
        let mut g = [9.0; 4];
        let v = in_fixed_loop_grad(&z4, &mut g);
        fd::close("in_fixed_loop value", v, f(&z), 1e-12);
        fd::close_all("in_fixed_loop_grad", &g, &fd::grad(&f, &z), 1e-6);
        let mut b = [0.25; 4];
        in_fixed_loop_vjp(&z4, &mut b, 0.5);
        let want: Vec<f64> = fd::grad(&f, &z).iter().map(|d| 0.25 + 0.5 * d).collect();
        fd::close_all("in_fixed_loop_vjp", &b, &want, 1e-6);
    }
}

/// A loop in a branch at the top of the body, calling in each iteration.
#[differentiable]
fn loop_in_branch(x: &[f64]) -> f64 {
    let mut p = 0.5;
    if x[0] > 0.0 {
        for i in 1..x.len() {
            p = p * (1.0 + 0.3 * weigh(x, i));
        }
    } else {
        p = p + weigh(x, 0);
    }
    p * p
}

#[test]
fn in_a_loop_in_a_branch() {
    let x = [0.3, -0.4, 0.8, -0.1, 0.5];
    assert_eq!(
        reverse_runs(&x, loop_in_branch_grad, loop_in_branch_vjp),
        (x.len() - 1, x.len() - 1)
    );
    let y = [-0.3, -0.4, 0.8, -0.1, 0.5];
    assert_eq!(
        reverse_runs(&y, loop_in_branch_grad, loop_in_branch_vjp),
        (1, 1)
    );
    let mut pts = points(5, 4, 5, -1.0, 1.0);
    pts.push(x.to_vec());
    pts.push(y.to_vec());
    check_slice!(
        loop_in_branch,
        loop_in_branch_jvp,
        loop_in_branch_vjp,
        loop_in_branch_grad,
        loop_in_branch_hvp,
        pts
    );
}

/// Calls in a loop whose iterations may `continue` before the call or `break` after it.
#[differentiable]
fn with_break_continue(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        if x[i] < -0.5 {
            continue;
        }
        p = p * (1.0 + 0.2 * weigh(x, i));
        if p > 1.5 {
            break;
        }
    }
    p
}

/// The calls [`with_break_continue`] makes at `x`, counted on the primal.
fn calls_made(x: &[f64]) -> usize {
    runs(|| with_break_continue(x))
}

#[test]
fn with_break_and_continue() {
    let mut pts = points(6, 6, 6, -1.0, 1.0);
    pts.push(vec![0.9, -0.7, 0.9, 0.9, 0.9, 0.9]);
    pts.push(vec![-0.9, -0.7, 0.2, 0.1, -0.8, 0.3]);
    for x in &pts {
        let n = calls_made(x);
        assert_eq!(
            reverse_runs(x, with_break_continue_grad, with_break_continue_vjp),
            (n, n)
        );
        assert_eq!(hvp_runs(x, with_break_continue_hvp), 3 * n);
    }
    check_slice!(
        with_break_continue,
        with_break_continue_jvp,
        with_break_continue_vjp,
        with_break_continue_grad,
        with_break_continue_hvp,
        pts
    );
}

/// A call in a checkpointed loop: the steps run again from snapshots in the reverse
/// sweep (as often as the schedule of two snapshots says), and each run of a step
/// keeps its own gradient, which the adjoint right after it reads.
#[differentiable(checkpoint = 2)]
fn checkpointed(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        p = p * (1.0 + 0.2 * weigh(x, i));
    }
    p
}

#[test]
fn in_a_checkpointed_loop() {
    check_slice!(
        checkpointed,
        checkpointed_jvp,
        checkpointed_vjp,
        checkpointed_grad,
        checkpointed_hvp,
        points(12, 4, 6, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ what the call passes

/// Two slices and two scalars, one of them a constant.
#[differentiable(wrt(a, b, s, t))]
fn mix(a: &[f64], b: &[f64], s: f64, t: f64) -> f64 {
    let mut acc = 0.0;
    for i in 0..a.len() {
        acc += a[i] * b[i % b.len()] * s;
    }
    counted(acc) + t * s * s
}

/// Two parts of the slice and the whole slice.
#[differentiable]
fn two_slices(x: &[f64]) -> f64 {
    let u = mix(&x[0..2], &x[2..], x[0] * x[1], 0.5);
    let v = mix(x, &x[1..3], u, x[3]);
    u * v
}

#[test]
fn two_slices_and_scalars() {
    let x = [0.3, -0.4, 0.8, -0.1, 0.6];
    assert_eq!(reverse_runs(&x, two_slices_grad, two_slices_vjp), (2, 2));
    check_slice!(
        two_slices,
        two_slices_jvp,
        two_slices_vjp,
        two_slices_grad,
        two_slices_hvp,
        points(7, 4, 5, -1.0, 1.0)
    );
}

/// A part `&x[i..j]` chosen per iteration of a reversed loop.
#[differentiable]
fn windows(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() - 2 {
        p = p * (1.0 + 0.3 * weigh(&x[i..i + 3], i));
    }
    p
}

#[test]
fn a_subslice() {
    let x = [0.3, -0.4, 0.8, -0.1, 0.6, 0.2];
    assert_eq!(
        reverse_runs(&x, windows_grad, windows_vjp),
        (x.len() - 2, x.len() - 2)
    );
    check_slice!(
        windows,
        windows_jvp,
        windows_vjp,
        windows_grad,
        windows_hvp,
        points(8, 4, 6, -1.0, 1.0)
    );
}

/// A local `vec!` buffer, passed in a loop that rewrites it.
#[differentiable]
fn local_buffer(x: &[f64]) -> f64 {
    let n = x.len();
    let mut b = vec![0.0; n];
    let mut s: f64 = 0.2;
    for k in 0..n / 2 {
        for i in 0..n {
            b[i] = x[i] * x[(i + k) % n] + 0.1;
        }
        s = s + weigh(&b, k) * s.cos();
    }
    s + weigh(&b, 0)
}

#[test]
fn a_local_buffer() {
    let x = [0.3, -0.4, 0.8, -0.1];
    assert_eq!(
        reverse_runs(&x, local_buffer_grad, local_buffer_vjp),
        (3, 3)
    );
    check_slice!(
        local_buffer,
        local_buffer_jvp,
        local_buffer_vjp,
        local_buffer_grad,
        local_buffer_hvp,
        points(9, 4, 4, -1.0, 1.0)
    );
}

/// A callee taking an array by reference.
#[differentiable(wrt(a))]
fn weigh3(a: &[f64; 3], k: usize) -> f64 {
    counted(a[k]) * (a[0] * a[1] + a[2] * a[2])
}

/// A local array passed by reference, to a callee of a slice and one of an array.
#[differentiable]
fn local_array(x: &[f64]) -> f64 {
    let mut a = [0.0; 3];
    for i in 0..3 {
        a[i] = x[i] * x[i + 1];
    }
    let u = weigh(&a, 1);
    a[0] = u * x[0];
    u * weigh3(&a, 2)
}

#[test]
fn a_local_array() {
    let x = [0.3, -0.4, 0.8, -0.1];
    assert_eq!(reverse_runs(&x, local_array_grad, local_array_vjp), (2, 2));
    check_slice!(
        local_array,
        local_array_jvp,
        local_array_vjp,
        local_array_grad,
        local_array_hvp,
        points(10, 4, 4, -1.0, 1.0)
    );
}

/// A local array and a slice in one call: their gradients would be buffers of two
/// kinds, so the call keeps its value only and runs its callee again in the adjoint
/// sweep (twice per gradient).
#[differentiable]
fn array_and_slice(x: &[f64]) -> f64 {
    let mut a = [0.0; 2];
    for i in 0..2 {
        a[i] = x[i] * x[i + 1];
    }
    let u = mix(&a, x, x[0], 0.5);
    u * u
}

#[test]
fn a_local_array_and_a_slice_in_one_call() {
    let x = [0.3, -0.4, 0.8, -0.1];
    assert_eq!(
        reverse_runs(&x, array_and_slice_grad, array_and_slice_vjp),
        (2, 2)
    );
    check_slice!(
        array_and_slice,
        array_and_slice_jvp,
        array_and_slice_vjp,
        array_and_slice_grad,
        array_and_slice_hvp,
        points(13, 4, 4, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ recursion

/// The determinant of the minor made of rows `row..ell` and the columns not in `used`,
/// by expansion along the first row (GradBench's `det`), counting its calls.
#[differentiable(wrt(a))]
fn det_minor(a: &[f64], ell: usize, row: usize, used: u64) -> f64 {
    tick();
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

/// The determinant of an `ell × ell` matrix (row-major).
#[differentiable(wrt(a))]
fn det(a: &[f64], ell: usize) -> f64 {
    det_minor(a, ell, 0, 0)
}

/// A determinant by Gaussian elimination with partial pivoting (the oracle's).
fn det_by_elimination(mut m: Vec<f64>, n: usize) -> f64 {
    let mut d = 1.0;
    for c in 0..n {
        let p = (c..n)
            .max_by(|&i, &j| m[i * n + c].abs().total_cmp(&m[j * n + c].abs()))
            .unwrap_or(c);
        if p != c {
            for k in 0..n {
                m.swap(p * n + k, c * n + k);
            }
            d = -d;
        }
        let piv = m[c * n + c];
        if piv == 0.0 {
            return 0.0;
        }
        d *= piv;
        for i in c + 1..n {
            let f = m[i * n + c] / piv;
            for k in c..n {
                m[i * n + k] -= f * m[c * n + k];
            }
        }
    }
    d
}

/// How many times `det_minor`'s body runs in `det_hvp` of an `ell × ell` matrix: `det`
/// calls the whole matrix's `_vjp` (as many runs as its primal) and `_hvp`; the `_hvp`
/// of a minor of row `r` runs the body once, then per each of its `ell - r` sub-minors
/// the hidden variant of `_hvp` (value, gradient and H·v in one run), whose levels
/// again run once each: as many runs as the primal.
fn det_hvp_runs(ell: usize) -> usize {
    // primal runs of a minor of the last row, then of each row above
    let mut primal = 1;
    for r in (0..ell - 1).rev() {
        primal = 1 + (ell - r) * primal;
    }
    2 * primal
}

/// H·v of the determinant at `a` along `dir`: central differences of the cofactor
/// matrix (the gradient) along `dir`, both by Gaussian elimination.
fn det_hv_by_cofactors(a: &[f64], dir: &[f64], n: usize) -> Vec<f64> {
    let h = 1e-5;
    let at = |s: f64| -> Vec<f64> {
        let p: Vec<f64> = a.iter().zip(dir).map(|(x, d)| x + s * d).collect();
        cofactors(&p, n)
    };
    let (up, down) = (at(h), at(-h));
    up.iter()
        .zip(&down)
        .map(|(u, d)| (u - d) / (2.0 * h))
        .collect()
}

/// The gradient of `det` at `a`: the cofactor matrix, `C[i][j] = (-1)^(i+j) det(M_ij)`.
fn cofactors(a: &[f64], n: usize) -> Vec<f64> {
    let mut out = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..n {
            let minor: Vec<f64> = (0..n)
                .filter(|&r| r != i)
                .flat_map(|r| (0..n).filter(move |&c| c != j).map(move |c| a[r * n + c]))
                .collect();
            let sign = if (i + j) % 2 == 0 { 1.0 } else { -1.0 };
            out[i * n + j] = sign * det_by_elimination(minor, n - 1);
        }
    }
    out
}

#[test]
fn a_determinant_by_minors_against_its_cofactors() {
    for ell in 2..=6 {
        for a in points(11 + ell as u64, 3, ell * ell, -1.0, 1.0) {
            let calls = runs(|| det(&a, ell));
            let mut g = vec![9.0; ell * ell];
            let (v, n) = {
                RUNS.with(|c| c.set(0));
                let v = det_grad(&a, &mut g, ell);
                (v, RUNS.with(Cell::get))
            };
            // every level runs once per gradient, as in the primal
            assert_eq!(n, calls, "runs of det_minor in det_grad (ell {ell})");
            fd::close("det", v, det_by_elimination(a.clone(), ell), 1e-12);
            fd::close_all("det_grad", &g, &cofactors(&a, ell), 1e-10);
            let mut b = vec![0.5; ell * ell];
            det_vjp(&a, &mut b, ell, 2.0);
            let want: Vec<f64> = cofactors(&a, ell).iter().map(|c| 0.5 + 2.0 * c).collect();
            fd::close_all("det_vjp", &b, &want, 1e-10);
            // `det_minor_hvp` of a minor runs its body once and, per sub-minor, the
            // variant of `_hvp` once: every level once, as in the primal
            let mut hv = vec![0.0; ell * ell];
            let dir: Vec<f64> = (0..ell * ell).map(|i| 0.1 * i as f64 - 0.4).collect();
            let (v, n) = {
                RUNS.with(|c| c.set(0));
                let v = det_hvp(&a, &dir, &mut hv, ell);
                (v, RUNS.with(Cell::get))
            };
            assert_eq!(
                n,
                det_hvp_runs(ell),
                "runs of det_minor in det_hvp (ell {ell})"
            );
            assert_eq!(
                n,
                2 * calls,
                "det_hvp runs the primal's calls twice (ell {ell})"
            );
            fd::close(
                "det_hvp value",
                v,
                det_by_elimination(a.clone(), ell),
                1e-12,
            );
            fd::close_all("det_hvp", &hv, &det_hv_by_cofactors(&a, &dir, ell), 1e-6);
        }
    }
    check_slice!(
        det,
        det_jvp,
        det_vjp,
        det_grad,
        det_hvp,
        points(20, 3, 9, -1.0, 1.0),
        [3]
    );
}

/// `det_minor` over any float type: the recursion's pooled variant is named with the
/// function's generics.
#[differentiable(wrt(a))]
fn det_minor_generic<T: num_traits::Float>(a: &[T], ell: usize, row: usize, used: u64) -> T {
    if row + 1 == ell {
        let mut c = 0;
        while used & (1u64 << c) != 0 {
            c += 1;
        }
        return a[row * ell + c];
    }
    let mut d = T::zero();
    let mut sign = T::one();
    for c in 0..ell {
        if used & (1u64 << c) == 0 {
            d = d + sign
                * a[row * ell + c]
                * det_minor_generic(a, ell, row + 1, used | (1u64 << c));
            sign = -sign;
        }
    }
    d
}

#[test]
fn a_generic_determinant_by_minors_against_its_cofactors() {
    for ell in 2..=4 {
        for a in points(30 + ell as u64, 2, ell * ell, -1.0, 1.0) {
            let mut g = vec![9.0; ell * ell];
            let v = det_minor_generic_grad(&a, &mut g, ell, 0, 0);
            fd::close("det", v, det_by_elimination(a.clone(), ell), 1e-12);
            fd::close_all("det_grad", &g, &cofactors(&a, ell), 1e-10);
            let mut b = vec![0.5; ell * ell];
            det_minor_generic_vjp(&a, &mut b, ell, 0, 0, 2.0);
            let want: Vec<f64> = cofactors(&a, ell).iter().map(|c| 0.5 + 2.0 * c).collect();
            fd::close_all("det_vjp", &b, &want, 1e-10);
            // the same in `f32`
            let a32: Vec<f32> = a.iter().map(|&x| x as f32).collect();
            let mut g32 = vec![0.0f32; ell * ell];
            det_minor_generic_grad(&a32, &mut g32, ell, 0, 0);
            let g32: Vec<f64> = g32.iter().map(|&x| f64::from(x)).collect();
            fd::close_all("det_grad f32", &g32, &cofactors(&a, ell), 1e-4);
            // H·v through the recursion's variant of `_hvp`, in both types
            let dir: Vec<f64> = (0..ell * ell).map(|i| 0.3 - 0.07 * i as f64).collect();
            let want = det_hv_by_cofactors(&a, &dir, ell);
            let mut hv = vec![9.0; ell * ell];
            let v = det_minor_generic_hvp(&a, &dir, &mut hv, ell, 0, 0);
            fd::close("det_hvp", v, det_by_elimination(a.clone(), ell), 1e-12);
            fd::close_all("det_hvp", &hv, &want, 1e-6);
            let dir32: Vec<f32> = dir.iter().map(|&x| x as f32).collect();
            let mut hv32 = vec![9.0f32; ell * ell];
            det_minor_generic_hvp(&a32, &dir32, &mut hv32, ell, 0, 0);
            let hv32: Vec<f64> = hv32.iter().map(|&x| f64::from(x)).collect();
            fd::close_all("det_hvp f32", &hv32, &want, 1e-4);
        }
    }
}

/// A recursion whose levels call the next one over a slice too long for every call's
/// gradient to be kept: past the budget a self-call keeps its value only, and its
/// adjoint runs the public `_vjp`.
#[differentiable(wrt(x))]
fn spread(x: &[f64], k: usize) -> f64 {
    if k == 0 {
        return counted(x[0]) * x[1];
    }
    let mut s = 0.0;
    for i in 0..x.len().min(SPREAD) {
        s += (0.3 * x[i + k]).cos() * spread(x, k - 1);
    }
    s
}

/// The calls per level of [`spread`].
const SPREAD: usize = 16;

#[test]
fn a_recursion_past_the_budget() {
    let n = 300;
    let x: Vec<f64> = (0..n)
        .map(|i| 0.2 + 0.5 * (i as f64 * 0.37).sin())
        .collect();
    // per level, the calls whose gradient fits the budget keep it; the others run
    // their callee once more
    let kept = differentiable::CALL_GRADIENT_BUDGET / n;
    assert!(kept < SPREAD, "the budget is passed at each level");
    let again = SPREAD - kept;
    assert_eq!(runs(|| spread(&x, 2)), SPREAD * SPREAD);
    // a level-1 call's `_vjp`: its calls once, and those past the budget once more
    let level1 = SPREAD + again;
    let mut g = vec![0.0; n];
    assert_eq!(
        runs(|| spread_grad(&x, &mut g, 2)),
        kept * level1 + again * (SPREAD + level1)
    );
    // closed form of the gradient: with c_i = cos(0.3 x_{i+k}), spread(x, 2) is
    // (Σ c_i at k = 2) (Σ c_i at k = 1) sin(x0) x1
    let closed = |x: &[f64]| -> (f64, Vec<f64>) {
        let c = |k: usize| (0..SPREAD).map(|i| (0.3 * x[i + k]).cos()).sum::<f64>();
        let (c1, c2, leaf) = (c(1), c(2), x[0].sin() * x[1]);
        let mut want = vec![0.0; x.len()];
        want[0] = c2 * c1 * x[0].cos() * x[1];
        want[1] = c2 * c1 * x[0].sin();
        for i in 0..SPREAD {
            want[i + 1] += -0.3 * (0.3 * x[i + 1]).sin() * c2 * leaf;
            want[i + 2] += -0.3 * (0.3 * x[i + 2]).sin() * c1 * leaf;
        }
        (c2 * c1 * leaf, want)
    };
    let (value, want) = closed(&x);
    let v = spread_grad(&x, &mut g, 2);
    fd::close("spread", v, value, 1e-12);
    fd::close_all("spread_grad", &g, &want, 1e-10);
    let mut b = vec![1.0; n];
    spread_vjp(&x, &mut b, 2, -0.5);
    let want_vjp: Vec<f64> = want.iter().map(|w| 1.0 - 0.5 * w).collect();
    fd::close_all("spread_vjp", &b, &want_vjp, 1e-10);
    // H·v past the budget (the calls that keep nothing run the public `_vjp` and
    // `_hvp` in the adjoint sweep): central differences of the closed-form gradient
    let dir: Vec<f64> = (0..n).map(|i| (i as f64 * 0.71).cos()).collect();
    let mut hv = vec![7.0; n];
    let v = spread_hvp(&x, &dir, &mut hv, 2);
    fd::close("spread_hvp value", v, value, 1e-12);
    let h = 1e-5;
    let along = |s: f64| -> Vec<f64> {
        let p: Vec<f64> = x.iter().zip(&dir).map(|(a, d)| a + s * d).collect();
        closed(&p).1
    };
    let (up, down) = (along(h), along(-h));
    let want_hv: Vec<f64> = up
        .iter()
        .zip(&down)
        .map(|(u, d)| (u - d) / (2.0 * h))
        .collect();
    fd::close_all("spread_hvp", &hv, &want_hv, 1e-6);
}

/// A recursion on the tail of its slice: each level passes a part of its own slice to
/// the next, whose gradient is that part's.
#[differentiable]
fn tail_product(x: &[f64]) -> f64 {
    if x.len() == 1 {
        return counted(x[0]);
    }
    let n = x.len();
    x[0] * (1.0 + 0.5 * tail_product(&x[1..n]))
}

#[test]
fn a_recursion_on_the_tail_of_its_slice() {
    let x = [0.3, -0.4, 0.8, -0.1, 0.6];
    assert_eq!(runs(|| tail_product(&x)), 1);
    assert_eq!(
        reverse_runs(&x, tail_product_grad, tail_product_vjp),
        (1, 1)
    );
    // each level calls the hidden variant of `_hvp` once: the leaf's rule runs its
    // `_vjp` and `_hvp` once each
    assert_eq!(hvp_runs(&x, tail_product_hvp), 2);
    check_slice!(
        tail_product,
        tail_product_jvp,
        tail_product_vjp,
        tail_product_grad,
        tail_product_hvp,
        points(40, 3, 5, -1.0, 1.0)
    );
}

/// A recursion passing a scalar on with its slice: `P_k = y (x_k + P_{k-1})`,
/// `P_0 = y x_0`, that is `Σ_i y^(k-i+1) x_i`.
#[differentiable(wrt(x, y))]
fn powers(x: &[f64], y: f64, k: usize) -> f64 {
    if k == 0 {
        return y * x[0];
    }
    y * (x[k] + powers(x, y, k - 1))
}

#[test]
fn a_recursion_passing_a_scalar_on() {
    let k = 4;
    let x = [0.3, -0.4, 0.8, -0.1, 0.6];
    let (dx, dy) = ([0.2, -0.5, 0.1, 0.7, -0.3], 0.9);
    for y in [0.7f64, -1.3] {
        // closed forms: with m_i = k - i + 1, ∂x_i = y^m_i, ∂y = Σ m_i y^(m_i-1) x_i
        let m = |i: usize| (k - i + 1) as i32;
        let value: f64 = (0..=k).map(|i| y.powi(m(i)) * x[i]).sum();
        let want_x: Vec<f64> = (0..=k)
            .map(|i| f64::from(m(i)) * y.powi(m(i) - 1) * dy)
            .collect();
        let want_y: f64 = (0..=k)
            .map(|i| {
                let mi = f64::from(m(i));
                mi * y.powi(m(i) - 1) * dx[i] + mi * (mi - 1.0) * y.powi(m(i) - 2) * x[i] * dy
            })
            .sum();
        let mut hv = [9.0; 5];
        let (v, hv_y) = powers_hvp(&x, &dx, &mut hv, y, dy, k);
        fd::close("powers_hvp value", v, value, 1e-12);
        fd::close_all("powers_hvp x", &hv, &want_x, 1e-12);
        fd::close("powers_hvp y", hv_y, want_y, 1e-12);
    }
}

/// A recursion on two slices that swaps them at each level (each level's gradient
/// slices are the other parameter's), and passes the first one twice at the bottom.
#[differentiable]
fn braid(a: &[f64], b: &[f64], k: usize) -> f64 {
    tick();
    if k == 0 {
        return a[0].sin() * b[1] + twice(a, a);
    }
    a[k] * b[k - 1] + 0.5 * braid(b, a, k - 1) * a[0].cos()
}

#[differentiable]
fn twice(x: &[f64], y: &[f64]) -> f64 {
    x[0] * y[1] * y[2]
}

#[test]
fn a_recursion_swapping_its_slices() {
    let n = 4;
    let k = 3;
    let f = |z: &[f64]| braid(&z[..n], &z[n..], k);
    for z in points(50, 3, 2 * n, -1.0, 1.0) {
        let v: Vec<f64> = (0..2 * n).map(|i| 0.4 - 0.15 * i as f64).collect();
        let (mut ha, mut hb) = (vec![9.0; n], vec![9.0; n]);
        // each level once: the self-calls run the variant of `braid_hvp`
        let (value, runs) = {
            RUNS.with(|c| c.set(0));
            let value = braid_hvp(&z[..n], &v[..n], &mut ha, &z[n..], &v[n..], &mut hb, k);
            (value, RUNS.with(Cell::get))
        };
        assert_eq!(runs, k + 1, "runs of braid's body in braid_hvp");
        fd::close("braid_hvp value", value, f(&z), 1e-12);
        let got: Vec<f64> = ha.iter().chain(&hb).copied().collect();
        fd::close_all("braid_hvp", &got, &fd::hvp(&f, &z, &v), 1e-4);
    }
}

/// A recursion calling itself twice per level from a loop with a product carried
/// through it (a reversed loop, replayed in the adjoint sweep): its sites keep nothing,
/// and have no buffer to take from the pool or give back.
#[differentiable]
fn product_tree(x: &[f64], k: usize) -> f64 {
    tick();
    if k == 0 {
        return x[0].sin();
    }
    let mut p = 1.0;
    for i in 0..2 {
        p *= 1.0 + 0.3 * x[i + k] * product_tree(x, k - 1);
    }
    p
}

#[test]
fn a_recursion_called_from_a_reversed_loop() {
    let k = 3;
    for x in points(60, 3, k + 2, -1.0, 1.0) {
        let v: Vec<f64> = (0..k + 2).map(|i| 0.2 + 0.1 * i as f64).collect();
        let primal = runs(|| product_tree(&x, k));
        let f = |z: &[f64]| product_tree(z, k);
        let want = fd::hvp(&f, &x, &v);
        let mut hv = vec![9.0; k + 2];
        let n = runs(|| product_tree_hvp(&x, &v, &mut hv, k));
        let mut g = vec![0.0; k + 2];
        let ng = runs(|| product_tree_grad(&x, &mut g, k));
        // the loop's calls keep nothing and run again in its replay, in `_grad` as in
        // `_hvp`, whose self-calls run the variant: as many runs in both
        assert!(
            ng > primal,
            "the replayed calls run again in product_tree_grad"
        );
        assert_eq!(
            n, ng,
            "runs of product_tree's body in its _hvp and its _grad"
        );
        fd::close_all("product_tree_grad", &g, &fd::grad(&f, &x), 1e-6);
        fd::close_all("product_tree_hvp", &hv, &want, 1e-4);
    }
}
