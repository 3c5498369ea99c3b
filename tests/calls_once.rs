//! Calls and rules in reverse mode are evaluated by the forward run, and the reverse
//! sweep's replays of branches and loop iterations read what that run kept instead of
//! evaluating them again. A call whose active arguments are all scalars runs its
//! callee once per gradient (the callee's `_vjp`, seeded with one, gives its value and
//! partials together); so does a call taking a slice (its `_vjp` also gives the gradient
//! along the slice, kept for the adjoint sweep), up to a budget of kept floats per call
//! site past which a call runs its callee twice (once for its value, once in its `_vjp`);
//! inside a loop of literal trip count, what a call keeps goes to stack records (no heap
//! buffer), so it runs once there too.
//!
//! A custom rule that counts its evaluations, in every mode, sits in each callee's body,
//! so every run of the body is visible. Oracle for the derivatives: central first and
//! second differences of the original function (`common/fd.rs`), for `_jvp`, `_vjp`,
//! `_grad` and `_hvp`.
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
    static BY_MODE: Cell<[usize; 3]> = const { Cell::new([0; 3]) };
}

fn tick() {
    RUNS.with(|c| c.set(c.get() + 1));
}

/// The rule's `_jvp` (0), `_vjp` (1) or `_hvp` (2) ran.
fn tick_mode(mode: usize) {
    tick();
    BY_MODE.with(|c| {
        let mut m = c.get();
        m[mode] += 1;
        c.set(m);
    });
}

/// `sin x`, counting its evaluations in every mode: a custom rule.
fn counted(x: f64) -> f64 {
    tick();
    x.sin()
}

fn counted_jvp(x: f64, dx: f64) -> (f64, f64) {
    tick_mode(0);
    (x.sin(), x.cos() * dx)
}

fn counted_vjp(x: f64, seed: f64) -> (f64, f64) {
    tick_mode(1);
    (x.sin(), x.cos() * seed)
}

fn counted_hvp(x: f64, v: f64) -> (f64, f64) {
    tick_mode(2);
    (x.sin(), -x.sin() * v)
}

/// How many times the counted rule runs while `f` runs.
fn runs(f: impl FnOnce() -> f64) -> usize {
    RUNS.with(|c| c.set(0));
    std::hint::black_box(f());
    RUNS.with(Cell::get)
}

/// How many times the counted rule's `_jvp`, `_vjp` and `_hvp` run while `f_hvp`
/// runs at `x` along a fixed direction.
///
/// In `f_hvp` a call runs its callee's `_vjp` and `_hvp` once each, in the forward
/// sweep, and no `_jvp`; the adjoint sweep runs none. A callee whose body evaluates
/// the counted rule once therefore shows `[0, 2, 1]` per evaluation of the call: its
/// `_vjp` runs the rule's `_vjp`, its `_hvp` runs the rule's `_vjp` and `_hvp`.
fn hvp_runs(x: &[f64], hvp: impl Fn(&[f64], &[f64], &mut [f64]) -> f64) -> [usize; 3] {
    let v: Vec<f64> = (0..x.len()).map(|i| 0.3 + 0.1 * i as f64).collect();
    let mut hv = vec![0.0; x.len()];
    BY_MODE.with(|c| c.set([0; 3]));
    std::hint::black_box(hvp(x, &v, &mut hv));
    BY_MODE.with(Cell::get)
}

/// What [`hvp_runs`] shows for `calls` evaluations of a call whose callee evaluates
/// the counted rule once.
fn per_call(calls: usize) -> [usize; 3] {
    [0, 2 * calls, calls]
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

// ------------------------------------------------------------ scalar arguments

/// A callee of two scalars: its body runs the counted rule once.
#[differentiable]
fn bump(x: f64, y: f64) -> f64 {
    counted(x * y) + 0.5 * x
}

/// The call in both branches of an `if`, its result read non-linearly after it.
#[differentiable]
fn in_branch(x: &[f64]) -> f64 {
    let mut s = x[0] * x[1];
    if x[0] > 0.0 {
        s = s + bump(x[0], x[1]);
    } else {
        s = s * bump(x[1], x[0]);
    }
    s * s
}

#[test]
fn a_scalar_call_in_a_branch_runs_its_callee_once() {
    for x in [[0.4, -0.7], [-0.3, 0.9]] {
        assert_eq!(runs(|| in_branch(&x)), 1);
        assert_eq!(reverse_runs(&x, in_branch_grad, in_branch_vjp), (1, 1));
        assert_eq!(hvp_runs(&x, in_branch_hvp), per_call(1));
    }
    let mut pts = points(1, 3, 2, -1.0, 1.0);
    pts.push(vec![-0.5, 0.3]);
    pts.push(vec![0.5, 0.3]);
    check_slice!(
        in_branch,
        in_branch_jvp,
        in_branch_vjp,
        in_branch_grad,
        in_branch_hvp,
        pts
    );
}

/// The call in a reversed loop of runtime trip count, its argument the carried value.
#[differentiable]
fn in_loop(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        p = p * (1.0 + 0.2 * bump(x[i], p));
    }
    p
}

#[test]
fn a_scalar_call_in_a_loop_runs_its_callee_once_per_iteration() {
    let x = [0.3, -0.4, 0.8, 0.1];
    assert_eq!(runs(|| in_loop(&x)), x.len());
    assert_eq!(
        reverse_runs(&x, in_loop_grad, in_loop_vjp),
        (x.len(), x.len())
    );
    assert_eq!(hvp_runs(&x, in_loop_hvp), per_call(x.len()));
    check_slice!(
        in_loop,
        in_loop_jvp,
        in_loop_vjp,
        in_loop_grad,
        in_loop_hvp,
        points(2, 3, 4, -1.0, 1.0)
    );
}

/// The call in both branches of an `if` inside a loop, on the loop's carried value.
#[differentiable]
fn in_loop_branch(x: &[f64]) -> f64 {
    let mut s = 0.1;
    for i in 0..x.len() {
        if x[i] > 0.0 {
            s = s + bump(x[i], s).exp();
        } else {
            s = s * 0.5 + bump(s, x[i]);
        }
    }
    s * s
}

#[test]
fn a_scalar_call_in_a_branch_of_a_loop_runs_its_callee_once_per_iteration() {
    let x = [0.3, -0.4, 0.8, -0.1, 0.5];
    assert_eq!(runs(|| in_loop_branch(&x)), x.len());
    assert_eq!(
        reverse_runs(&x, in_loop_branch_grad, in_loop_branch_vjp),
        (x.len(), x.len())
    );
    assert_eq!(hvp_runs(&x, in_loop_branch_hvp), per_call(x.len()));
    check_slice!(
        in_loop_branch,
        in_loop_branch_jvp,
        in_loop_branch_vjp,
        in_loop_branch_grad,
        in_loop_branch_hvp,
        points(3, 4, 5, -1.0, 1.0)
    );
}

/// The call in a loop of literal trip count: its value and partials are kept in a
/// stack record, and the replay of each iteration reads them.
#[differentiable]
fn in_fixed_loop(x: &[f64; 3]) -> f64 {
    let mut p = 1.0;
    for i in 0..3 {
        p = p * (1.0 + 0.2 * bump(x[i], p));
    }
    p
}

#[test]
fn a_scalar_call_in_a_loop_of_literal_trip_count_runs_once_per_iteration() {
    let x = [0.3, -0.4, 0.8];
    assert_eq!(runs(|| in_fixed_loop(&x)), 3);
    let mut g = [0.0; 3];
    assert_eq!(runs(|| in_fixed_loop_grad(&x, &mut g)), 3);
    let mut b = [0.0; 3];
    assert_eq!(runs(|| in_fixed_loop_vjp(&x, &mut b, 0.5)), 3);
    let hvp_fixed = |z: &[f64], d: &[f64], hv: &mut [f64]| {
        let mut h = [0.0; 3];
        let v = in_fixed_loop_hvp(&[z[0], z[1], z[2]], &[d[0], d[1], d[2]], &mut h);
        hv.copy_from_slice(&h);
        v
    };
    assert_eq!(hvp_runs(&x, hvp_fixed), per_call(3));
    let f = |z: &[f64]| in_fixed_loop(&[z[0], z[1], z[2]]);
    let grad = |z: &[f64]| {
        let mut g = [0.0; 3];
        let v = in_fixed_loop_grad(&[z[0], z[1], z[2]], &mut g);
        (v, g.to_vec())
    };
    let vjp = |z: &[f64], s: f64| {
        let mut b = [0.0; 3];
        let v = in_fixed_loop_vjp(&[z[0], z[1], z[2]], &mut b, s);
        (v, b.to_vec())
    };
    let jvp = |z: &[f64], d: &[f64]| in_fixed_loop_jvp(&[z[0], z[1], z[2]], &[d[0], d[1], d[2]]);
    let hvp = |z: &[f64], d: &[f64]| {
        let mut hv = [0.0; 3];
        let v = in_fixed_loop_hvp(&[z[0], z[1], z[2]], &[d[0], d[1], d[2]], &mut hv);
        (v, hv.to_vec())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(4, 3, 3, -1.0, 1.0) {
        fd::check_scalar("in_fixed_loop", &m, &x, 1e-6, 1e-4);
    }
}

/// A recursion on a scalar: each level calls the next through its `_vjp`.
#[differentiable(wrt(x))]
fn tower(x: f64, k: usize) -> f64 {
    if k == 0 {
        return counted(x);
    }
    counted(x) * tower(0.9 * x + 0.1, k - 1)
}

#[test]
fn a_scalar_recursion_runs_each_level_once() {
    let k = 5;
    assert_eq!(runs(|| tower(0.7, k)), k + 1);
    assert_eq!(runs(|| tower_grad(0.7, k).0), k + 1);
    assert_eq!(runs(|| tower_vjp(0.7, k, 0.5).0), k + 1);
    // level j of `tower_hvp` runs its rule (`_vjp` and `_hvp`), then `tower_vjp` of
    // level j - 1 (j levels, one rule `_vjp` each) and `tower_hvp` of level j - 1
    let hvp = |z: &[f64], d: &[f64], hv: &mut [f64]| {
        let (v, h) = tower_hvp(z[0], d[0], k);
        hv[0] = h;
        v
    };
    assert_eq!(hvp_runs(&[0.7], hvp), [0, (k + 1) + k * (k + 1) / 2, k + 1]);
    check_scalars!(
        tower_at_4,
        tower_at_4_jvp,
        tower_at_4_vjp,
        tower_at_4_grad,
        tower_at_4_hvp,
        [0],
        points(5, 4, 1, -1.0, 1.0)
    );
}

/// `tower` at a fixed depth, in the shape `check_scalars!` takes.
#[differentiable]
fn tower_at_4(x: f64) -> f64 {
    tower(x, 4)
}

// ------------------------------------------------------------ slice arguments

/// A callee of a slice: its body runs the counted rule once.
#[differentiable(wrt(x))]
fn weigh(x: &[f64], i: usize) -> f64 {
    counted(x[i]) * x[(i + 1) % x.len()]
}

/// Calls taking the slice in both branches of an `if` inside a loop.
#[differentiable]
fn slices_in_loop_branch(x: &[f64]) -> f64 {
    let mut s: f64 = 0.2;
    for i in 0..x.len() {
        if x[i] > 0.0 {
            s = s + weigh(x, i) * s.cos();
        } else {
            s = s * weigh(x, i);
        }
    }
    s
}

#[test]
fn a_slice_call_in_a_branch_of_a_loop_runs_its_callee_once_per_iteration() {
    let x = [0.3, -0.4, 0.8, -0.1];
    assert_eq!(runs(|| slices_in_loop_branch(&x)), x.len());
    let n = x.len();
    assert_eq!(
        reverse_runs(&x, slices_in_loop_branch_grad, slices_in_loop_branch_vjp),
        (n, n)
    );
    assert_eq!(hvp_runs(&x, slices_in_loop_branch_hvp), per_call(n));
    check_slice!(
        slices_in_loop_branch,
        slices_in_loop_branch_jvp,
        slices_in_loop_branch_vjp,
        slices_in_loop_branch_grad,
        slices_in_loop_branch_hvp,
        points(6, 4, 4, -1.0, 1.0)
    );
}

/// A recursion on a slice (the shape of a determinant by minors): level `k` calls
/// level `k - 1` in a branch.
#[differentiable(wrt(x))]
fn chain(x: &[f64], k: usize) -> f64 {
    if k == 0 {
        return counted(x[0]);
    }
    let mut s = x[k] * 0.5;
    if x[k] > -2.0 {
        s = s + counted(x[k]) * chain(x, k - 1);
    }
    s
}

#[test]
fn a_slice_recursion_runs_each_level_once() {
    let x = [0.3, -0.4, 0.8, -0.1, 0.6];
    let k = x.len() - 1;
    assert_eq!(runs(|| chain(&x, k)), k + 1);
    // level j's `_vjp` runs its own rule once and the `_vjp` of level j - 1 once, in its
    // forward sweep: k + 1 in all, as the primal
    let mut g = [0.0; 5];
    assert_eq!(runs(|| chain_grad(&x, &mut g, k)), k + 1);
    let mut b = [0.0; 5];
    assert_eq!(runs(|| chain_vjp(&x, &mut b, k, 0.5)), k + 1);
    // level j runs its rule (`_vjp` and `_hvp`) and the hidden variant of `chain_hvp`
    // of level j - 1, which gives its value, gradient and H·v in one run: each level
    // once, as in the primal
    let hvp = |z: &[f64], d: &[f64], hv: &mut [f64]| chain_hvp(z, d, hv, k);
    assert_eq!(hvp_runs(&x, hvp), [0, k + 1, k + 1]);
    check_slice!(
        chain,
        chain_jvp,
        chain_vjp,
        chain_grad,
        chain_hvp,
        points(7, 3, 5, -1.0, 1.0),
        [4]
    );
}

/// A call in a loop over the whole slice, reading one element: `n` floats of gradient
/// per call, `n²` in all, past the budget of kept floats for a long slice.
#[differentiable]
fn each_weighed(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        p = p * (1.0 + 0.1 * weigh(x, i));
    }
    p
}

#[test]
fn past_the_budget_a_slice_call_runs_its_callee_for_its_value_and_in_its_vjp() {
    let n = 200;
    let x: Vec<f64> = (0..n).map(|i| (i as f64 * 0.37).sin()).collect();
    assert_eq!(runs(|| each_weighed(&x)), n);
    // the first calls keep their gradients until the site's buffer holds the budget;
    // each later call runs its callee once more, in the adjoint sweep
    let kept = (differentiable::CALL_GRADIENT_BUDGET / n).min(n);
    assert!(kept < n, "the slice is long enough to pass the budget");
    let want = n + (n - kept);
    assert_eq!(
        reverse_runs(&x, each_weighed_grad, each_weighed_vjp),
        (want, want)
    );
    // a short slice stays within it
    let short = &x[..8];
    assert_eq!(
        reverse_runs(short, each_weighed_grad, each_weighed_vjp),
        (8, 8)
    );
    // `f_hvp` keeps a gradient and an H·v per call, twice the floats; a call past the
    // budget runs `_jvp` for its value, `_vjp` and `_hvp` in the adjoint sweep
    let kept = (differentiable::CALL_GRADIENT_BUDGET / (2 * n)).clamp(1, n);
    let [j, v, h] = per_call(n);
    assert_eq!(hvp_runs(&x, each_weighed_hvp), [j + (n - kept), v, h]);
    assert_eq!(hvp_runs(short, each_weighed_hvp), per_call(8));
    check_slice!(
        each_weighed,
        each_weighed_jvp,
        each_weighed_vjp,
        each_weighed_grad,
        each_weighed_hvp,
        points(9, 2, n, -1.0, 1.0)
    );
}

/// One call on the whole slice.
#[differentiable]
fn weighed_once(x: &[f64]) -> f64 {
    let a = weigh(x, 1);
    a * a
}

#[test]
fn a_single_call_on_a_slice_longer_than_the_budget_runs_its_callee_once() {
    let n = differentiable::CALL_GRADIENT_BUDGET + 100;
    let x: Vec<f64> = (0..n).map(|i| (i as f64 * 0.37).sin()).collect();
    assert_eq!(
        reverse_runs(&x, weighed_once_grad, weighed_once_vjp),
        (1, 1)
    );
    assert_eq!(hvp_runs(&x, weighed_once_hvp), per_call(1));
    // closed form: a = sin(x1) x2, d(a²) = 2a (cos(x1) x2 dx1 + sin(x1) dx2)
    let a = x[1].sin() * x[2];
    let mut want = vec![0.0; n];
    want[1] = 2.0 * a * x[1].cos() * x[2];
    want[2] = 2.0 * a * x[1].sin();
    let mut g = vec![9.0; n];
    let v = weighed_once_grad(&x, &mut g);
    fd::close("weighed_once", v, a * a, 1e-14);
    fd::close_all("weighed_once_grad", &g, &want, 1e-14);
    check_slice!(
        weighed_once,
        weighed_once_jvp,
        weighed_once_vjp,
        weighed_once_grad,
        weighed_once_hvp,
        points(10, 3, 4, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ values only compared

/// A rule with a forward derivative only: a call whose result is only compared takes
/// no adjoint, so no `_vjp` or `_hvp` is needed for it.
fn level(x: f64) -> f64 {
    tick();
    x.cos()
}

fn level_jvp(x: f64, dx: f64) -> (f64, f64) {
    tick();
    (x.cos(), -x.sin() * dx)
}

/// The result of a call and of a rule only compared, inside a reversed loop.
#[differentiable]
fn compared_only(x: &[f64]) -> f64 {
    let mut s = 0.1;
    for i in 0..x.len() {
        let r = level(x[i]);
        let q = (x[i] * s).exp();
        if r > 0.9 || q > 1.2 {
            s = s * x[i] + 0.5;
        } else {
            s = s * 0.5 + x[i] * x[i];
        }
    }
    s
}

#[test]
fn a_value_only_compared_is_kept_and_has_no_adjoint() {
    let x = [0.3, -0.4, 0.8, -0.1];
    // the forward run evaluates each call once and keeps its value for the replay
    assert_eq!(
        reverse_runs(&x, compared_only_grad, compared_only_vjp),
        (x.len(), x.len())
    );
    check_slice!(
        compared_only,
        compared_only_jvp,
        compared_only_vjp,
        compared_only_grad,
        compared_only_hvp,
        points(8, 4, 4, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ inactive data beside a slice

/// A callee of a data slice and an active one: its body runs the counted rule once.
#[differentiable]
fn weigh_by(w: &[f64], x: &[f64], i: usize) -> f64 {
    counted(x[i] * w[i % w.len()]) * x[(i + 1) % x.len()]
}

const WEIGHTS: [f64; 3] = [0.5, -1.5, 2.0];

/// Data of hidden type (`&WEIGHTS`) and of visible type (`&d[1..]`, of a slice outside
/// `wrt(..)`) beside the active slice, in a loop: the callee differentiates the data,
/// which gets zeros for its shadow.
#[differentiable(wrt(x))]
fn data_beside_a_slice_in_a_loop(x: &[f64], d: &[f64]) -> f64 {
    let mut s: f64 = 0.2;
    for i in 0..x.len() {
        s = s * weigh_by(&WEIGHTS, x, i) + weigh_by(&d[1..], x, i) * s.cos();
    }
    s
}

#[test]
fn a_slice_call_with_inactive_data_runs_its_callee_once_per_iteration() {
    let x = [0.3, -0.4, 0.8, -0.1];
    let d = [0.9, 0.4, -0.7, 1.2];
    let n = 2 * x.len();
    assert_eq!(runs(|| data_beside_a_slice_in_a_loop(&x, &d)), n);
    let mut g = vec![0.0; x.len()];
    let mut b = vec![0.0; x.len()];
    assert_eq!(
        (
            runs(|| data_beside_a_slice_in_a_loop_grad(&x, &mut g, &d)),
            runs(|| data_beside_a_slice_in_a_loop_vjp(&x, &mut b, &d, 0.5)),
        ),
        (n, n)
    );
    check_slice!(
        data_beside_a_slice_in_a_loop,
        data_beside_a_slice_in_a_loop_jvp,
        data_beside_a_slice_in_a_loop_vjp,
        data_beside_a_slice_in_a_loop_grad,
        data_beside_a_slice_in_a_loop_hvp,
        points(13, 4, 4, -1.0, 1.0),
        [&d]
    );
}
