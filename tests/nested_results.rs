//! The results of a loop nested in a reversed iteration, when the code after it reads
//! them only as arguments of kept rules (`z` after `for k in .. { z += .. }` read only
//! by `z.tanh()`, the hidden unit of an MLP): the forward run keeps the rule's value
//! and partials, the iteration's replay reads the value and the adjoint the partials,
//! so nothing needs the loop's results in the replay and the forward run does not
//! store them. Anything else that reads them (arithmetic, a condition, a later loop, a
//! reassignment) keeps them stored and restored.
//!
//! The shapes: the MLP's hidden layer (trip counts given by `const` items), the result
//! read by a rule and directly, overwritten after the loop, read by rules in both
//! branches of an `if` and by a condition, a nested loop with `break`, a `continue`
//! before and after the nested loop, a nested `while`, two sibling loops carrying the
//! same value (the first one's result read by the second, the second's only by a
//! rule), three levels, a result carried by the outer loop and read after it, a result
//! read only by a call to a custom rule (kept like a rule in the gradient; over dual
//! numbers, in `_hvp`, the call's adjoint reads its argument, so it stays stored).
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`), for `_jvp`, `_vjp`, `_grad` and `_hvp`. A custom rule with a call
//! counter pins that the nested loop still runs once per gradient (its iterations
//! are not run again for the results it no longer stores).
// Written the way users write numeric loops (index loops).
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;
use std::cell::Cell;

const D: usize = 2;
const H: usize = 3;
/// Parameters: `W1` (H × D), `b1` (H), `w2` (H), `b2`.
const P: usize = H * D + H + H + 1;
const OFF_B1: usize = H * D;
const OFF_W2: usize = OFF_B1 + H;
const OFF_B2: usize = OFF_W2 + H;

/// Four samples of `D` inputs each.
const XS: [f64; 8] = [0.3, -0.8, 1.1, 0.4, -0.2, 0.9, 0.7, -1.3];

/// The MLP's hidden layer: the pre-activation `z` is read only by `tanh`.
#[differentiable(wrt(w))]
fn mlp_rule_only(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            out += w[OFF_W2 + h] * z.tanh();
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}

#[test]
fn result_read_only_by_a_rule() {
    check_slice!(
        mlp_rule_only,
        mlp_rule_only_jvp,
        mlp_rule_only_vjp,
        mlp_rule_only_grad,
        mlp_rule_only_hvp,
        points(1, 4, P, -1.0, 1.0),
        [&XS[..]]
    );
}

/// `z` read by `tanh` and by a product: the product's adjoint needs `z`.
#[differentiable(wrt(w))]
fn mlp_rule_and_direct(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            out += w[OFF_W2 + h] * z.tanh() + 0.5 * z * z;
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}

#[test]
fn result_read_by_a_rule_and_directly() {
    check_slice!(
        mlp_rule_and_direct,
        mlp_rule_and_direct_jvp,
        mlp_rule_and_direct_vjp,
        mlp_rule_and_direct_grad,
        mlp_rule_and_direct_hvp,
        points(2, 4, P, -1.0, 1.0),
        [&XS[..]]
    );
}

/// `z` overwritten by its own `tanh` after the loop, then read twice.
#[differentiable(wrt(w))]
fn mlp_overwritten(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            z = z.tanh();
            out += w[OFF_W2 + h] * z * z;
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}

#[test]
fn result_overwritten_after_the_loop() {
    check_slice!(
        mlp_overwritten,
        mlp_overwritten_jvp,
        mlp_overwritten_vjp,
        mlp_overwritten_grad,
        mlp_overwritten_hvp,
        points(3, 4, P, -1.0, 1.0),
        [&XS[..]]
    );
}

/// Rules in both branches (the condition does not read `z`), then a condition on `z`.
#[differentiable(wrt(w))]
fn mlp_branches(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            if (b + h) % 2 == 0 {
                out += w[OFF_W2 + h] * z.tanh();
            } else {
                out += w[OFF_W2 + h] * z.sin().exp();
            }
            let mut y = w[OFF_W2 + h];
            for k in 0..D {
                y += w[h * D + k] * xs[b * D + k] * xs[b * D + k];
            }
            if y > 0.0 {
                out += y.exp();
            } else {
                out += y.cos();
            }
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}

#[test]
fn result_read_by_rules_in_branches_and_by_a_condition() {
    check_slice!(
        mlp_branches,
        mlp_branches_jvp,
        mlp_branches_vjp,
        mlp_branches_grad,
        mlp_branches_hvp,
        points(4, 4, P, -1.0, 1.0),
        [&XS[..]]
    );
}

/// A nested loop that may `break`, and `continue` before and after it.
#[differentiable(wrt(w))]
fn mlp_exits(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            if xs[b * D] > 1.0 && h == 0 {
                continue;
            }
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
                if xs[b * D + k] < -0.5 {
                    break;
                }
            }
            if h == 2 && b == 1 {
                continue;
            }
            out += w[OFF_W2 + h] * z.tanh();
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}

#[test]
fn nested_break_and_continue() {
    check_slice!(
        mlp_exits,
        mlp_exits_jvp,
        mlp_exits_vjp,
        mlp_exits_grad,
        mlp_exits_hvp,
        points(5, 4, P, -1.0, 1.0),
        [&XS[..]]
    );
}

/// A nested `while` whose result only `exp` reads, in a loop over a runtime length
/// (its counter, undone by the `while`'s own adjoint, stays stored).
#[differentiable]
fn while_inside(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut q = x[i];
        let mut k = 0;
        while k < i + 1 {
            q = q * 0.8 + x[k] * x[i];
            k += 1;
        }
        s = s * 0.5 + q.exp();
    }
    s
}

#[test]
fn nested_while_loop() {
    check_slice!(
        while_inside,
        while_inside_jvp,
        while_inside_vjp,
        while_inside_grad,
        while_inside_hvp,
        points(6, 4, 4, -1.0, 1.0)
    );
}

/// Two sibling loops carrying `z`: the first one's result is read by the second (so
/// it is stored), the second one's only by rules.
#[differentiable]
fn siblings(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut z = x[i];
        for j in 0..n {
            z = z * 0.9 + x[j];
        }
        let a = z.sin();
        for j in 0..i {
            z = z * 0.5 + a * x[j];
        }
        s = s + a * z.exp() + z.tanh();
    }
    s
}

#[test]
fn sibling_loops_carrying_the_same_value() {
    check_slice!(
        siblings,
        siblings_jvp,
        siblings_vjp,
        siblings_grad,
        siblings_hvp,
        points(7, 4, 4, -1.0, 1.0)
    );
}

/// Three levels: the innermost result read by `tanh` only, the middle one by `ln` only.
#[differentiable]
fn three_levels(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut a = 1.0;
        for j in 0..n {
            let mut b = x[j];
            for k in 0..n {
                b = b * 0.5 + x[k] * x[i];
            }
            a += b.tanh() * b.tanh();
        }
        s = s * 0.9 + a.ln();
    }
    s
}

#[test]
fn three_level_nest() {
    check_slice!(
        three_levels,
        three_levels_jvp,
        three_levels_vjp,
        three_levels_grad,
        three_levels_hvp,
        points(8, 4, 3, -1.0, 1.0)
    );
}

/// `z` carried by the outer loop: read by a rule before the nested loop (its value
/// from the previous iteration), by rules after it, and after the outer loop by a
/// product (the forward sweep's final value).
#[differentiable]
fn carried_outside(x: &[f64]) -> f64 {
    let n = x.len();
    let mut z = 0.5f64;
    let mut s = 0.0;
    for i in 0..n {
        let a = z.sin();
        for k in 0..n {
            z = z * 0.9 + x[k] * a * x[i];
        }
        s += z.exp();
    }
    s + z * z
}

#[test]
fn result_carried_by_the_outer_loop_and_read_after_it() {
    check_slice!(
        carried_outside,
        carried_outside_jvp,
        carried_outside_vjp,
        carried_outside_grad,
        carried_outside_hvp,
        points(10, 4, 4, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ how often a body runs

thread_local! {
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

/// `x²`, counting its evaluations in the primal and in `_vjp`: a custom rule, so every
/// run of the loop body that holds it is visible.
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

/// The hidden layer with a counted inner body; `z` is read only by `tanh`.
#[differentiable(wrt(w))]
fn mlp_counted(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += counted_sq(w[h * D + k] * xs[b * D + k]);
            }
            out += w[OFF_W2 + h] * z.tanh();
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}

/// `tanh` as a custom rule, counting its evaluations in the primal and in `_vjp`.
fn counted_act(x: f64) -> f64 {
    CALLS.with(|c| c.set(c.get() + 1));
    x.tanh()
}

fn counted_act_jvp(x: f64, dx: f64) -> (f64, f64) {
    let t = x.tanh();
    (t, (1.0 - t * t) * dx)
}

fn counted_act_vjp(x: f64, seed: f64) -> (f64, f64) {
    CALLS.with(|c| c.set(c.get() + 1));
    let t = x.tanh();
    (t, (1.0 - t * t) * seed)
}

fn counted_act_hvp(x: f64, v: f64) -> (f64, f64) {
    let t = x.tanh();
    (t, -2.0 * t * (1.0 - t * t) * v)
}

/// The hidden layer with a custom activation: `z` is read only by a call whose
/// value and partial the forward run keeps.
#[differentiable(wrt(w))]
fn mlp_custom_activation(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            out += w[OFF_W2 + h] * counted_act(z);
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}

fn calls(f: impl FnOnce() -> f64) -> usize {
    CALLS.with(|c| c.set(0));
    std::hint::black_box(f());
    CALLS.with(Cell::get)
}

#[test]
fn the_inner_body_runs_once_per_gradient() {
    let w: Vec<f64> = (0..P).map(|i| 0.1 * i as f64 - 0.5).collect();
    let inner = XS.len() / D * H * D;
    assert_eq!(calls(|| mlp_counted(&w, &XS)), inner);
    let mut g = vec![0.0; P];
    assert_eq!(calls(|| mlp_counted_grad(&w, &mut g, &XS)), inner);
    let mut b = vec![0.0; P];
    assert_eq!(calls(|| mlp_counted_vjp(&w, &mut b, &XS, 1.0)), inner);
    check_slice!(
        mlp_counted,
        mlp_counted_jvp,
        mlp_counted_vjp,
        mlp_counted_grad,
        mlp_counted_hvp,
        points(9, 3, P, -1.0, 1.0),
        [&XS[..]]
    );
}

#[test]
fn result_read_only_by_a_kept_call() {
    let w: Vec<f64> = (0..P).map(|i| 0.1 * i as f64 - 0.5).collect();
    let units = XS.len() / D * H;
    assert_eq!(calls(|| mlp_custom_activation(&w, &XS)), units);
    let mut g = vec![0.0; P];
    // one run of `counted_act_vjp` per unit: the replay reads its value and partial
    assert_eq!(calls(|| mlp_custom_activation_grad(&w, &mut g, &XS)), units);
    check_slice!(
        mlp_custom_activation,
        mlp_custom_activation_jvp,
        mlp_custom_activation_vjp,
        mlp_custom_activation_grad,
        mlp_custom_activation_hvp,
        points(11, 3, P, -1.0, 1.0),
        [&XS[..]]
    );
}
