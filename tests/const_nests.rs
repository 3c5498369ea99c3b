//! Loop nests in which every loop has a literal trip count (fixed-size linear algebra:
//! rotations, small matrix products): each nested loop runs forward once, keeps its
//! records and results in stack records sized by the product of the trip counts, and
//! the reverse sweep's replay of the iteration around it restores them instead of
//! running it again, as in nests of runtime trip counts. A nest past the bound on
//! those records, or with a const generic trip count, replays its nested loops.
//!
//! The shapes: two and three levels with transcendentals and running products,
//! `break` and `continue` at each level, a branch, a local array carried through the
//! nest, a call to a differentiable function, a running maximum, a loop in a branch, an
//! accumulating loop around a nest, a nested result read only by a rule, a `while` loop
//! in the nest, a checkpointed loop whose steps hold a nest, an 8 × 8 × 8 nest within
//! the bound, a nest past it, a const generic nest.
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`), for `_jvp`, `_vjp`, `_grad` and `_hvp`. A custom rule that counts
//! its evaluations pins how often the innermost body runs per gradient.
// Written the way users write numeric loops (index loops, `s = s * x`).
#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;
use std::cell::Cell;

/// Checks the four modes of `f(x: [f64; N]) -> f64` at each point of `points`.
macro_rules! check_arr {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $n:literal, $points:expr) => {{
        let arr = |z: &[f64]| -> [f64; $n] { core::array::from_fn(|i| z[i]) };
        let f = |z: &[f64]| $f(arr(z));
        let jvp = |z: &[f64], v: &[f64]| $jvp(arr(z), arr(v));
        let vjp = |z: &[f64], s: f64| {
            let (v, g) = $vjp(arr(z), s);
            (v, g.to_vec())
        };
        let grad = |z: &[f64]| {
            let (v, g) = $grad(arr(z));
            (v, g.to_vec())
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let (v, h) = $hvp(arr(z), arr(d));
            (v, h.to_vec())
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

thread_local! {
    static RUNS: Cell<usize> = const { Cell::new(0) };
}

fn tick() {
    RUNS.with(|c| c.set(c.get() + 1));
}

/// `sin x`, counting its evaluations in every mode: a custom rule, so every run of the
/// loop body that holds it is visible.
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
fn runs<R>(f: impl FnOnce() -> R) -> usize {
    RUNS.with(|c| c.set(0));
    std::hint::black_box(f());
    RUNS.with(Cell::get)
}

/// The counted rule's runs in `_grad` and `_vjp` at `x`.
fn reverse_runs<const N: usize, A, B>(
    x: [f64; N],
    grad: impl Fn([f64; N]) -> A,
    vjp: impl Fn([f64; N], f64) -> B,
) -> (usize, usize) {
    (runs(|| grad(x)), runs(|| vjp(x, 0.5)))
}

// ------------------------------------------------------------ depth 2 and 3

/// Three levels of four iterations, each level's result read non-linearly by the
/// level around it; the innermost body holds a transcendental.
#[differentiable]
fn nest3(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        let mut q = 0.0;
        for j in 0..4 {
            let mut p = 1.0;
            for k in 0..4 {
                p *= (x[j] * x[i] + x[k]).sin();
            }
            q = q * x[j] + p;
        }
        s = s * x[i] + q;
    }
    s
}

#[test]
fn three_levels_of_literal_trip_counts() {
    check_arr!(
        nest3,
        nest3_jvp,
        nest3_vjp,
        nest3_grad,
        nest3_hvp,
        4,
        points(1, 3, 4, -1.0, 1.0)
    );
}

/// The same nest with the counted rule in the innermost body.
#[differentiable]
fn counted_nest3(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        let mut q = 0.0;
        for j in 0..4 {
            let mut p = 1.0;
            for k in 0..4 {
                p *= 0.5 + counted(x[j] * x[i] + x[k]);
            }
            q = q * x[j] + p;
        }
        s = s * x[i] + q;
    }
    s
}

#[test]
fn the_innermost_body_of_a_literal_nest_runs_once_per_gradient() {
    let x = [0.3, -0.4, 0.8, 0.1];
    assert_eq!(runs(|| counted_nest3(x)), 64);
    // the forward sweep evaluates the rule's value and partials and keeps them; no
    // replay runs a nested loop again
    assert_eq!(
        reverse_runs(x, counted_nest3_grad, counted_nest3_vjp),
        (64, 64)
    );
    check_arr!(
        counted_nest3,
        counted_nest3_jvp,
        counted_nest3_vjp,
        counted_nest3_grad,
        counted_nest3_hvp,
        4,
        points(2, 3, 4, -1.0, 1.0)
    );
}

/// Two levels: a 3 × 3 rotation of a point (cosines and sines of the angles) and a
/// running product over its rows.
#[differentiable]
fn rotate_product(x: [f64; 6]) -> f64 {
    let mut prod = 1.0;
    for r in 0..3 {
        let mut row = 0.0;
        for c in 0..3 {
            let a = x[3 + c] * (r as f64 + 1.0);
            row = row + x[c] * a.cos() - x[(c + 1) % 3] * a.sin();
        }
        prod = prod * (1.0 + row * row).ln();
    }
    prod
}

#[test]
fn two_levels_with_a_running_product() {
    check_arr!(
        rotate_product,
        rotate_product_jvp,
        rotate_product_vjp,
        rotate_product_grad,
        rotate_product_hvp,
        6,
        points(3, 3, 6, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ control flow

/// `break` and `continue` at each level of a three-level nest: the nested loops run a
/// number of iterations that depends on the iteration around them.
#[differentiable]
fn nest_break_continue(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        if i == 1 {
            continue;
        }
        let mut q = 1.0;
        for j in 0..4 {
            if j > i + 1 {
                break;
            }
            let mut p = 0.5;
            for k in 0..4 {
                if k == j {
                    continue;
                }
                p = p * (1.0 + 0.3 * (x[k] + x[i]).tanh());
                if k + i > 4 {
                    break;
                }
            }
            if j == 2 {
                continue;
            }
            q = q * p.exp() * 0.5;
        }
        s = s * x[i] + q;
        if i == 2 {
            break;
        }
    }
    s
}

#[test]
fn break_and_continue_at_each_level() {
    check_arr!(
        nest_break_continue,
        nest_break_continue_jvp,
        nest_break_continue_vjp,
        nest_break_continue_grad,
        nest_break_continue_hvp,
        4,
        points(4, 12, 4, -1.0, 1.0)
    );
}

/// A branch in the nested loop, with a transcendental in each side, and a running
/// maximum (which records which operand it selected).
#[differentiable]
fn nest_branch(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        let mut p = 1.0;
        let mut m: f64 = -10.0;
        for j in 0..3 {
            let t = x[j] * x[i] + 0.2;
            if t > 0.0 {
                p = p * (1.0 + t.sqrt());
            } else {
                p = p * t.exp();
            }
            m = m.max(p * x[j + 1]);
        }
        s = s * x[i] + p.ln() + m;
    }
    s
}

#[test]
fn a_branch_and_a_running_maximum_in_the_nest() {
    check_arr!(
        nest_branch,
        nest_branch_jvp,
        nest_branch_vjp,
        nest_branch_grad,
        nest_branch_hvp,
        4,
        points(5, 6, 4, -1.0, 1.0)
    );
}

/// A local array carried through the nest: each outer iteration transforms it by an
/// inner loop that reads and writes it.
#[differentiable]
fn nest_local_array(x: [f64; 3]) -> f64 {
    let mut v = [1.0; 3];
    for i in 0..3 {
        let mut w = [0.0; 3];
        for j in 0..3 {
            let mut acc = 0.0;
            for k in 0..3 {
                acc = acc + v[k] * (x[k] * x[j] + i as f64).cos();
            }
            w[j] = acc.tanh() + x[j];
        }
        v = w;
    }
    v[0] * v[1] + v[2]
}

#[test]
fn a_local_array_carried_through_the_nest() {
    check_arr!(
        nest_local_array,
        nest_local_array_jvp,
        nest_local_array_vjp,
        nest_local_array_grad,
        nest_local_array_hvp,
        3,
        points(6, 3, 3, -1.0, 1.0)
    );
}

/// A nested loop beside a branch that holds a loop of its own (a nest of its own,
/// replayed with the branch), with a rule in the branch.
#[differentiable]
fn nest_loop_in_branch(x: [f64; 3]) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let mut p = 1.0;
        for j in 0..3 {
            p = p * (1.0 + 0.5 * (x[j] - x[i]).sin());
        }
        if x[i] > 0.0 {
            let mut r = x[i].exp();
            for k in 0..2 {
                r = r * (x[k] + p).cos();
            }
            p = p + r;
        } else {
            p = p * x[i].cosh();
        }
        s = s * x[i] + p;
    }
    s
}

#[test]
fn a_loop_in_a_branch_beside_a_nested_loop() {
    check_arr!(
        nest_loop_in_branch,
        nest_loop_in_branch_jvp,
        nest_loop_in_branch_vjp,
        nest_loop_in_branch_grad,
        nest_loop_in_branch_hvp,
        3,
        points(10, 6, 3, -1.0, 1.0)
    );
}

/// An accumulating outer loop (differentiated with its adjoint, iteration by iteration)
/// around a literal nest of two levels, whose innermost result only a rule reads.
#[differentiable]
fn accumulated_nest(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        let mut q = 1.0;
        for j in 0..4 {
            let mut z = 0.0;
            for k in 0..4 {
                z += x[k] * x[j] + 0.1 * x[i];
            }
            q = q * (1.0 + 0.2 * z.tanh());
        }
        s += q.ln();
    }
    s
}

#[test]
fn an_accumulating_loop_around_a_literal_nest() {
    check_arr!(
        accumulated_nest,
        accumulated_nest_jvp,
        accumulated_nest_vjp,
        accumulated_nest_grad,
        accumulated_nest_hvp,
        4,
        points(11, 3, 4, -1.0, 1.0)
    );
}

/// A nested loop whose result the rest of the iteration reads only through a rule
/// (`z.tanh()`: the replay reads the rule's kept value, not the result), and a `while`
/// loop (a runtime trip count: its records are on the heap) in the same nest.
#[differentiable]
fn nest_result_read_by_a_rule(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        let mut z = 0.0;
        for k in 0..4 {
            z += x[k] * x[i];
        }
        let mut w = x[i];
        let mut n = 0;
        while n < i {
            w = w * (0.5 + 0.1 * w).sin();
            n += 1;
        }
        s = s * x[i] + z.tanh() + w;
    }
    s
}

#[test]
fn a_nested_result_read_only_by_a_rule_and_a_while_loop() {
    check_arr!(
        nest_result_read_by_a_rule,
        nest_result_read_by_a_rule_jvp,
        nest_result_read_by_a_rule_vjp,
        nest_result_read_by_a_rule_grad,
        nest_result_read_by_a_rule_hvp,
        4,
        points(12, 3, 4, -1.0, 1.0)
    );
}

/// A checkpointed loop of literal trip count whose steps hold a literal nest: the steps
/// are run again from snapshots, each step's nest stored on the stack for its reverse.
#[differentiable(checkpoint = 2)]
fn checkpointed_nest(x: [f64; 3]) -> f64 {
    let mut y = [x[0], x[1], x[2]];
    for _t in 0..5 {
        let mut d = [0.0; 3];
        for i in 0..3 {
            let mut acc = 1.0;
            for j in 0..3 {
                acc = acc * (1.0 + 0.2 * (y[j] * x[i]).sin());
            }
            d[i] = acc;
        }
        for i in 0..3 {
            y[i] = y[i] + 0.1 * d[i] * y[(i + 1) % 3];
        }
    }
    y[0] * y[1] + y[2]
}

#[test]
fn a_checkpointed_loop_whose_steps_hold_a_literal_nest() {
    check_arr!(
        checkpointed_nest,
        checkpointed_nest_jvp,
        checkpointed_nest_vjp,
        checkpointed_nest_grad,
        checkpointed_nest_hvp,
        3,
        points(14, 3, 3, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ calls

/// A differentiable callee whose body runs the counted rule once.
#[differentiable]
fn bump(a: f64, b: f64) -> f64 {
    counted(a * b) + 0.5 * a
}

/// The callee in the innermost loop of a two-level nest.
#[differentiable]
fn nest_call(x: [f64; 3]) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let mut p = 1.0;
        for j in 0..3 {
            p = p * (1.0 + 0.2 * bump(x[j], p + x[i]));
        }
        s = s * x[i] + p * p;
    }
    s
}

#[test]
fn a_call_in_the_nest_runs_once_per_gradient() {
    let x = [0.3, -0.4, 0.8];
    assert_eq!(runs(|| nest_call(x)), 9);
    // one run of the callee's `_vjp` gives its value and partials; the replays read them
    assert_eq!(reverse_runs(x, nest_call_grad, nest_call_vjp), (9, 9));
    check_arr!(
        nest_call,
        nest_call_jvp,
        nest_call_vjp,
        nest_call_grad,
        nest_call_hvp,
        3,
        points(7, 3, 3, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ past the bound

/// 8 × 8 × 8 iterations: within the bound, so stored on the stack like the 4 × 4 × 4
/// nest (the innermost body runs forward once per gradient).
#[differentiable]
fn deep_nest(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..8 {
        let mut q = 0.0;
        for j in 0..8 {
            let mut p = 1.0;
            for k in 0..8 {
                p = p * (1.0 + 0.01 * counted(x[k % 4] + x[j % 4] * x[i % 4]));
            }
            q = q * 0.5 + p;
        }
        s = s * x[i % 4] + q.ln();
    }
    s
}

#[test]
fn an_eight_cubed_nest_is_stored() {
    let x = [0.3, -0.4, 0.8, 0.1];
    assert_eq!(runs(|| deep_nest(x)), 512);
    assert_eq!(reverse_runs(x, deep_nest_grad, deep_nest_vjp), (512, 512));
    check_arr!(
        deep_nest,
        deep_nest_jvp,
        deep_nest_vjp,
        deep_nest_grad,
        deep_nest_hvp,
        4,
        points(13, 2, 4, -1.0, 1.0)
    );
}

/// 16 × 16 × 20 iterations: more records than the stack keeps (over 4096), so the
/// nested loops are replayed (the innermost body runs forward again in the replays).
#[differentiable]
fn wide_nest(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..16 {
        let mut q = 0.0;
        for j in 0..16 {
            let mut p = 1.0;
            for k in 0..20 {
                p = p * (1.0 + 0.01 * counted(x[k % 4] + x[j % 4] * x[i % 4]));
            }
            q = q * 0.5 + p;
        }
        s = s * x[i % 4] + q.ln();
    }
    s
}

#[test]
fn a_nest_past_the_bound_replays_its_nested_loops() {
    let x = [0.3, -0.4, 0.8, 0.1];
    let inner = 16 * 16 * 20;
    assert_eq!(runs(|| wide_nest(x)), inner);
    let (g, v) = reverse_runs(x, wide_nest_grad, wide_nest_vjp);
    assert!(
        g > inner && v > inner,
        "replayed: {g}, {v} runs for {inner}"
    );
    check_arr!(
        wide_nest,
        wide_nest_jvp,
        wide_nest_vjp,
        wide_nest_grad,
        wide_nest_hvp,
        4,
        points(8, 2, 4, -1.0, 1.0)
    );
}

/// A const generic trip count: the room of a record would be a product of const
/// generics, which a stable array length cannot be, so the nested loop is replayed.
#[differentiable]
fn generic_nest<const N: usize>(x: [f64; N]) -> f64 {
    let mut s = 0.0;
    for i in 0..N {
        let mut p = 1.0;
        for j in 0..N {
            p = p * (x[j] * x[i]).cos();
        }
        s = s + p * x[i];
    }
    s
}

#[test]
fn a_const_generic_nest_replays_its_nested_loop() {
    check_arr!(
        generic_nest,
        generic_nest_jvp,
        generic_nest_vjp,
        generic_nest_grad,
        generic_nest_hvp,
        3,
        points(9, 3, 3, -1.0, 1.0)
    );
}
