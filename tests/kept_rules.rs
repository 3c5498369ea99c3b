//! Loops that keep the values and partials of their transcendentals for the second
//! evaluation of their body, instead of evaluating each one twice:
//!
//! - accumulation loops differentiated in forward order (`s += ..` followed by a
//!   non-linear use of `s`, so the loop's adjoint is a second pass over the iterations
//!   once the sum is complete): the first pass keeps them in a record, the second reads
//!   them back in the same order (without the `alloc` feature it evaluates them again);
//! - reversed loops of constant trip count (whose records are stack arrays): one stack
//!   array slot per iteration, read by the iteration's replay.
//!
//! The shapes that could put the kept values out of order: a rule in only one branch of
//! an `if` inside the loop, two rules per iteration, a `while` loop, the loop inside a
//! reversed loop (its two passes run in each reverse iteration, the record reused), the
//! loop inside a top-level branch, sibling loops of the same kind, a constant nest inside
//! a fused loop (a small MLP), and a constant loop with a nested loop and branches.
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`), for `_jvp`, `_vjp`, `_grad` and `_hvp`.
// Written the way users write numeric loops (index loops).
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;

/// Log-sum-exp with the running maximum differentiated too.
#[differentiable]
fn lse(x: &[f64]) -> f64 {
    let mut mx = x[0];
    for i in 1..x.len() {
        mx = mx.max(x[i]);
    }
    let mut s = 0.0;
    for i in 0..x.len() {
        s += (x[i] - mx).exp();
    }
    s.ln() + mx
}

#[test]
fn log_sum_exp() {
    check_slice!(
        lse,
        lse_jvp,
        lse_vjp,
        lse_grad,
        lse_hvp,
        points(1, 4, 6, -1.5, 1.5)
    );
}

/// A rule in one branch only, and two rules in the other: the iterations keep different
/// numbers of values.
#[differentiable]
fn branchy(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        if x[i] > 0.0 {
            s += x[i].sin() * x[i];
        } else {
            s += (0.5 * x[i]).exp() + x[i].cos();
        }
    }
    s * s
}

#[test]
fn rules_in_branches() {
    check_slice!(
        branchy,
        branchy_jvp,
        branchy_vjp,
        branchy_grad,
        branchy_hvp,
        points(2, 4, 7, -1.0, 1.0)
    );
}

/// A `while` loop with two rules per iteration.
#[differentiable]
fn while_two_rules(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    while i < x.len() {
        s += x[i].tanh() * (0.3 * x[i]).sin();
        i += 1;
    }
    s.sqrt()
}

#[test]
fn while_loop() {
    check_slice!(
        while_two_rules,
        while_two_rules_jvp,
        while_two_rules_vjp,
        while_two_rules_grad,
        while_two_rules_hvp,
        points(3, 4, 5, 0.2, 1.2)
    );
}

/// The accumulation loop inside a reversed loop: its two passes run in every reverse
/// iteration, reusing one record.
#[differentiable]
fn inside_reversed(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for k in 0..x.len() {
        let mut s = 0.0;
        for i in 0..x.len() {
            s += (x[i] * x[k]).exp();
        }
        p *= 0.5 + s.ln();
    }
    p
}

#[test]
fn nested_in_a_reversed_loop() {
    check_slice!(
        inside_reversed,
        inside_reversed_jvp,
        inside_reversed_vjp,
        inside_reversed_grad,
        inside_reversed_hvp,
        points(4, 3, 4, 0.1, 0.8)
    );
}

/// The loop in a branch at the top of the body, and the same kind of loop twice.
#[differentiable]
fn in_branch_and_twice(x: &[f64]) -> f64 {
    let mut a = 0.0;
    if x[0] > 0.0 {
        for i in 0..x.len() {
            a += x[i].sin();
        }
        a = a * a;
    }
    let mut b = 0.0;
    for i in 0..x.len() {
        b += (x[i] * 0.7).cos();
    }
    let mut c = 0.0;
    for i in 1..x.len() {
        c += (x[i] - x[i - 1]).exp();
    }
    a + b * c + c.ln()
}

#[test]
fn in_a_branch_and_siblings() {
    for sign in [1.0, -1.0] {
        let pts: Vec<Vec<f64>> = points(5, 3, 5, 0.1, 0.9)
            .into_iter()
            .map(|mut p| {
                p[0] *= sign;
                p
            })
            .collect();
        check_slice!(
            in_branch_and_twice,
            in_branch_and_twice_jvp,
            in_branch_and_twice_vjp,
            in_branch_and_twice_grad,
            in_branch_and_twice_hvp,
            pts
        );
    }
}

/// A reversed loop of constant trip count, with a nested constant loop and a rule in
/// each branch: the rules are kept in stack arrays, one slot per iteration.
#[differentiable]
fn const_reversed(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..4 {
        let mut z = 0.1;
        for k in 0..4 {
            z += x[k] * (i + k) as f64 * 0.1;
        }
        if z > 0.3 {
            p *= z.tanh();
        } else {
            p *= 1.0 + (0.5 * z).exp();
        }
        p += x[i].sin();
    }
    p
}

#[test]
fn constant_trip_count_with_branches() {
    check_slice!(
        const_reversed,
        const_reversed_jvp,
        const_reversed_vjp,
        const_reversed_grad,
        const_reversed_hvp,
        points(6, 4, 4, -0.5, 1.5)
    );
}

/// A small MLP: a loop of constant trip count (the hidden units) inside a fused batch
/// loop, its `tanh` kept per unit.
#[differentiable(wrt(w))]
fn tiny_mlp(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() {
        let mut out = w[6];
        for h in 0..3 {
            let z = w[3 + h] + w[h] * xs[b];
            out += w[h] * z.tanh();
        }
        loss += (out - 0.5) * (out - 0.5);
    }
    loss / 2.0
}

#[test]
fn constant_loop_in_a_fused_loop() {
    let xs = [0.3, -0.8, 1.1];
    check_slice!(
        tiny_mlp,
        tiny_mlp_jvp,
        tiny_mlp_vjp,
        tiny_mlp_grad,
        tiny_mlp_hvp,
        points(7, 3, 7, -1.0, 1.0),
        [&xs[..]]
    );
}

/// A running minimum in a `while` loop and a running maximum inside a reversed loop:
/// each records which operand its comparison selected (a byte per iteration), not its
/// value, and the reverse sweep takes the selection's partials from that.
#[differentiable]
fn running_selections(x: &[f64]) -> f64 {
    let mut lo = x[0];
    let mut i = 1;
    while i < x.len() {
        lo = x[i].min(lo);
        i += 1;
    }
    let mut p = 1.0;
    for k in 0..x.len() {
        let mut hi = x[0] * x[k];
        for j in 1..x.len() {
            hi = hi.max(x[j] * x[k] + 0.1 * j as f64);
        }
        p *= 1.0 + 0.3 * hi.sin();
    }
    lo * p
}

#[test]
fn running_minimum_and_maximum() {
    check_slice!(
        running_selections,
        running_selections_jvp,
        running_selections_vjp,
        running_selections_grad,
        running_selections_hvp,
        points(8, 4, 5, -1.0, 1.0)
    );
}

/// The running maximum itself.
#[differentiable]
fn running_max(x: &[f64]) -> f64 {
    let mut m = x[0];
    for i in 1..x.len() {
        m = m.max(x[i]);
    }
    m
}

/// A tie selects both operands with weight ½ (the convention of `max`): the recorded
/// outcome carries it, through the updates after the tie.
#[test]
fn running_maximum_with_a_tie() {
    let x = [0.5, 0.9, 0.9, 0.2];
    let mut g = [0.0; 4];
    let v = running_max_grad(&x, &mut g);
    assert_eq!((v, running_max(&x)), (0.9, 0.9));
    assert_eq!(g, [0.0, 0.5, 0.5, 0.0]);
    let x = [0.1, 0.4, -0.3, 0.8, 0.7];
    let mut g = [0.0; 5];
    running_max_grad(&x, &mut g);
    assert_eq!(g, [0.0, 0.0, 0.0, 1.0, 0.0]);
}
