//! Loop nests in reverse mode: each nested loop runs forward once in the forward sweep,
//! keeps what its own reverse sweep needs, and is not run again when the reverse sweep
//! replays the iteration around it (its results are restored); a nested loop that only
//! accumulates is differentiated in forward order, recomputing its inactive state
//! (`mul *= t`) instead of recording it. Nests of literal trip counts keep the same
//! records on the stack, so fixed-size functions stay free of heap buffers (more in
//! `tests/const_nests.rs`).
//!
//! The shapes: two and three levels, runtime and constant trip counts and both mixed,
//! `for` and `while`, `break` in a nested loop, a nested loop whose carried value is
//! overwritten, an inactive float recurrence, a loop inside a branch inside a loop (also
//! one whose results only the code after the branch reads),
//! several nested loops in one body, a log-sum-exp over a nest (the shape of a mixture
//! model's objective).
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`), for `_jvp`, `_vjp`, `_grad` and `_hvp`. A custom rule with a call
//! counter pins how often the innermost body runs per generated call (once: the
//! forward run keeps the rule's value and partials for the replay).
// Written the way users write numeric loops (index loops, `s = s * x`).
#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;
use std::cell::Cell;

// ------------------------------------------------------------ two and three levels

/// A product over an inner runtime loop (its carried value needs a tape per
/// iteration), read non-linearly after the inner loop.
#[differentiable]
fn nest_product(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut p = 1.0;
        for j in 0..n {
            p = p * (1.0 + 0.3 * (x[j] * x[i]).sin());
        }
        s += (p + x[i]).ln();
    }
    s
}

#[test]
fn two_level_nest_with_a_product_inner_loop() {
    check_slice!(
        nest_product,
        nest_product_jvp,
        nest_product_vjp,
        nest_product_grad,
        nest_product_hvp,
        points(1, 3, 4, 0.2, 1.3)
    );
}

/// Three levels, each carrying a value the next level reads.
#[differentiable]
fn nest_three(x: &[f64]) -> f64 {
    let n = x.len();
    let mut total = 0.0;
    for i in 0..n {
        let mut a = x[i];
        for _j in 0..n {
            let mut b = 0.5 * a;
            for k in 0..n {
                b = b * 0.9 + (x[k] * a).tanh();
            }
            a = a + 0.1 * b.cos();
        }
        total = total + a * a;
    }
    total
}

#[test]
fn three_level_nest() {
    check_slice!(
        nest_three,
        nest_three_jvp,
        nest_three_vjp,
        nest_three_grad,
        nest_three_hvp,
        points(2, 3, 3, -1.0, 1.0)
    );
}

/// The least-squares shape: an inactive running power `mul *= t` in an inner loop that
/// only accumulates; the outer loop squares its result.
#[differentiable(wrt(x))]
fn poly_residuals(x: &[f64], m: usize) -> f64 {
    let n = x.len();
    let mut sum = 0.0;
    for i in 0..m {
        let t = -1.0 + 2.0 * (i as f64) / ((m - 1) as f64);
        let mut mul = 1.0;
        let mut fit = 0.0;
        for j in 0..n {
            fit += x[j] * mul;
            mul *= t;
        }
        let r = t.sin() - fit;
        sum += r * r;
    }
    sum / 2.0
}

#[test]
fn inner_accumulation_with_an_inactive_recurrence() {
    check_slice!(
        poly_residuals,
        poly_residuals_jvp,
        poly_residuals_vjp,
        poly_residuals_grad,
        poly_residuals_hvp,
        points(3, 3, 5, -1.0, 1.0),
        [7]
    );
}

// ------------------------------------------------------------ exits and while loops

/// A nested `while` with a counter and a nested `for` with `break`.
#[differentiable]
fn nest_exits(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut k = 0;
        let mut q = x[i];
        while k < i + 1 {
            q = q * 0.8 + x[k].sin();
            k += 1;
        }
        let mut r = q;
        for j in 0..n {
            if j > i {
                break;
            }
            r = r * (0.5 + x[j] * x[j]);
        }
        s += r * q;
    }
    s
}

#[test]
fn nested_while_and_break() {
    check_slice!(
        nest_exits,
        nest_exits_jvp,
        nest_exits_vjp,
        nest_exits_grad,
        nest_exits_hvp,
        points(4, 3, 4, -1.0, 1.0)
    );
}

/// An outer `while` around an inner `for` that overwrites its carried value.
#[differentiable]
fn while_around_overwrite(x: &[f64]) -> f64 {
    let n = x.len();
    let mut i = 0;
    let mut acc = 1.0;
    while i < n {
        let mut last = 0.0;
        for j in 0..n {
            last = x[j] * acc + x[i];
        }
        acc = acc * 0.5 + last.exp() * 0.1;
        i += 1;
    }
    acc
}

#[test]
fn while_around_an_overwriting_for() {
    check_slice!(
        while_around_overwrite,
        while_around_overwrite_jvp,
        while_around_overwrite_vjp,
        while_around_overwrite_grad,
        while_around_overwrite_hvp,
        points(5, 3, 3, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ constant and mixed nests

/// Constant trip counts at every level (the nest's records are on the stack).
#[differentiable]
fn const_nest(x: [f64; 3]) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let mut p = 1.0;
        for j in 0..3 {
            p = p * (x[j] + 0.5 * x[i]).cos();
        }
        s = s + p * x[i];
    }
    s
}

#[test]
fn constant_nest() {
    let f = |z: &[f64]| const_nest([z[0], z[1], z[2]]);
    let jvp = |z: &[f64], v: &[f64]| const_nest_jvp([z[0], z[1], z[2]], [v[0], v[1], v[2]]);
    let vjp = |z: &[f64], s: f64| {
        let (v, g) = const_nest_vjp([z[0], z[1], z[2]], s);
        (v, g.to_vec())
    };
    let grad = |z: &[f64]| {
        let (v, g) = const_nest_grad([z[0], z[1], z[2]]);
        (v, g.to_vec())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, h) = const_nest_hvp([z[0], z[1], z[2]], [d[0], d[1], d[2]]);
        (v, h.to_vec())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(6, 3, 3, -1.0, 1.0) {
        fd::check_scalar("const_nest", &m, &x, 1e-6, 1e-4);
    }
}

/// A constant outer loop around a runtime inner loop, and a runtime outer loop around a
/// constant inner loop.
#[differentiable]
fn mixed_nests(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..2 {
        let mut p = 1.0;
        for j in 0..n {
            p = p * (1.0 + 0.2 * (x[j] + (i as f64)).sin());
        }
        s = s + p * p;
    }
    for i in 0..n {
        let mut q = x[i];
        for _k in 0..3 {
            q = q * q * 0.5 + 0.3;
        }
        s = s + q * x[i];
    }
    s
}

#[test]
fn mixed_constant_and_runtime_nests() {
    check_slice!(
        mixed_nests,
        mixed_nests_jvp,
        mixed_nests_vjp,
        mixed_nests_grad,
        mixed_nests_hvp,
        points(7, 3, 4, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ branches and siblings

/// A loop inside a branch inside a loop, and two sibling nested loops in one body.
#[differentiable]
fn branch_and_siblings(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut a = 0.0;
        let mut b = 1.0;
        if i % 2 == 0 {
            for j in 0..n {
                b = b * (0.7 + 0.2 * x[j] * x[i]);
            }
        } else {
            b = x[i].exp();
        }
        for j in 0..n {
            a += x[j] * b;
        }
        for j in 0..i {
            b = b * 0.9 + x[j];
        }
        s += a.sin() + b * b;
    }
    s
}

#[test]
fn loop_in_branch_and_sibling_loops() {
    check_slice!(
        branch_and_siblings,
        branch_and_siblings_jvp,
        branch_and_siblings_vjp,
        branch_and_siblings_grad,
        branch_and_siblings_hvp,
        points(8, 3, 4, -1.0, 1.0)
    );
}

/// The shape of a mixture model's objective: per point, per component, a quadratic form
/// over rows and columns, then a log-sum-exp over components with a running maximum.
#[differentiable(wrt(means))]
fn mixture_like(means: &[f64], data: &[f64], k: usize, d: usize) -> f64 {
    let n = data.len() / d;
    let mut total = 0.0;
    for p in 0..n {
        let mut best = f64::NEG_INFINITY;
        let mut sum = 0.0;
        for c in 0..k {
            let mut q = 0.0;
            for r in 0..d {
                let mut row = 0.0;
                for col in 0..r + 1 {
                    row += (data[p * d + col] - means[c * d + col]) * (1.0 + 0.1 * (col as f64));
                }
                q += row * row;
            }
            let e = -0.5 * q;
            if e > best {
                sum = sum * (best - e).exp() + 1.0;
                best = e;
            } else {
                sum += (e - best).exp();
            }
        }
        total += best + sum.ln();
    }
    total
}

#[test]
fn mixture_shaped_nest() {
    let data = [0.3, -0.2, 1.1, 0.4, -0.7, 0.9];
    check_slice!(
        mixture_like,
        mixture_like_jvp,
        mixture_like_vjp,
        mixture_like_grad,
        mixture_like_hvp,
        points(9, 3, 4, -1.0, 1.0),
        [&data, 2, 2]
    );
}

/// A branch inside a loop holding a nest whose results only reach the code after the
/// branch: the branch's adjoint replays the nest without a forward run of its own.
#[differentiable]
fn nest_in_branch(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut last = x[i];
        if i % 2 == 1 {
            for j in 0..n {
                let mut p = 1.0;
                for k in 0..n {
                    p = p * (0.5 + x[k] * x[j]);
                }
                last = p.sin() * x[j];
            }
        }
        s = s * 0.9 + last * last;
    }
    s
}

#[test]
fn nest_inside_a_branch_inside_a_loop() {
    check_slice!(
        nest_in_branch,
        nest_in_branch_jvp,
        nest_in_branch_vjp,
        nest_in_branch_grad,
        nest_in_branch_hvp,
        points(11, 3, 4, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ how often a body runs

thread_local! {
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

/// `x²`, counting its evaluations in the primal and in `_vjp` (which the reverse sweep
/// evaluates for the value and partials at once): a custom rule, so every run of the
/// loop body that holds it is visible.
fn counted_sq(x: f64) -> f64 {
    CALLS.with(|c| c.set(c.get() + 1));
    x * x
}

fn counted_sq_jvp(x: f64, dx: f64) -> (f64, f64) {
    (x * x, 2.0 * x * dx)
}

fn counted_sq_vjp(x: f64, seed: f64) -> (f64, f64) {
    CALLS.with(|c| c.set(c.get() + 1));
    (x * x, 2.0 * x * seed)
}

fn counted_sq_hvp(x: f64, v: f64) -> (f64, f64) {
    (x * x, 2.0 * v)
}

/// Three levels of runtime loops, each level's result read non-linearly.
#[differentiable]
fn counted_nest(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut a = 1.0;
        for j in 0..n {
            let mut b = 0.0;
            for k in 0..n {
                b = b * 0.5 + counted_sq(x[k] * a + x[j]);
            }
            a = a * (1.0 + 0.1 * b.sin());
        }
        s = s + a * x[i];
    }
    s
}

fn calls(f: impl FnOnce() -> f64) -> usize {
    CALLS.with(|c| c.set(0));
    std::hint::black_box(f());
    CALLS.with(Cell::get)
}

#[test]
fn the_innermost_body_runs_once_per_gradient() {
    let x = [0.3, -0.4, 0.8];
    let inner = x.len().pow(3);
    assert_eq!(calls(|| counted_nest(&x)), inner);
    let mut g = [0.0; 3];
    // the forward sweep evaluates the rule's value and partials and keeps them; the
    // replay of each innermost iteration for its adjoint reads them, and no enclosing
    // level runs the nest again
    assert_eq!(calls(|| counted_nest_grad(&x, &mut g)), inner);
    let mut b = [0.0; 3];
    assert_eq!(calls(|| counted_nest_vjp(&x, &mut b, 1.0)), inner);
    check_slice!(
        counted_nest,
        counted_nest_jvp,
        counted_nest_vjp,
        counted_nest_grad,
        counted_nest_hvp,
        points(10, 3, 3, -1.0, 1.0)
    );
}
