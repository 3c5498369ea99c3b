//! `#[differentiable(checkpoint = s)]`: time-stepping loops reversed from at most `s`
//! snapshots instead of a tape per step.
//!
//! The shapes: a scalar state (a logistic map and a damped oscillator with several
//! carried values), a local array state (an explicit Euler step of a small linear
//! system with a non-linear term), a step holding nested loops (one with a non-linear
//! carried value, one accumulating), an inclusive range, a runtime number of snapshots
//! from a constant, more snapshots than steps, one snapshot, zero and one step, a
//! nested loop leaving an iteration from the branch of a `let`. Loops whose step count
//! is known only when they end: a `for` left by `break` at the first, the last or no
//! step; a `while` on a clock run zero, one or many times, and left by `break` when
//! the state settles; `continue`, a `break` in a branch of a branch, nested loops and
//! a call in the step, fewer steps than snapshots; `loop` with `break`, `continue` and
//! `return`; a `vec!` state in a `while`.
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`) for `_jvp`, `_vjp`, `_grad` and `_hvp`; and the unchecked function
//! (same body, no option) agreeing to rounding. A custom rule with a call counter pins
//! how many times the step body runs for given (steps, snapshots), against the least
//! recomputation found by exhaustive search (the numbers in the table), and one sweep
//! more for the same loop written as a `while`.
// Written the way users write numeric loops (index loops, `s = s * x`).
#![allow(
    clippy::needless_range_loop,
    clippy::assign_op_pattern,
    clippy::manual_memcpy
)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;
use std::cell::Cell;

// ------------------------------------------------------------ scalar state

/// A logistic-like map: the state is overwritten non-linearly every step (a tape per
/// step without checkpointing).
#[differentiable(checkpoint = 3)]
fn logistic(r: f64, x0: f64, steps: usize) -> f64 {
    let mut x = x0;
    for _k in 0..steps {
        x = r * x * (1.0 - x) + 0.1 * x.sin();
    }
    x * x
}

#[differentiable]
fn logistic_taped(r: f64, x0: f64, steps: usize) -> f64 {
    let mut x = x0;
    for _k in 0..steps {
        x = r * x * (1.0 - x) + 0.1 * x.sin();
    }
    x * x
}

#[test]
fn a_scalar_state_in_every_mode() {
    for steps in [0, 1, 2, 3, 7, 40] {
        let f = |z: &[f64]| logistic(z[0], z[1], steps);
        let jvp = |z: &[f64], v: &[f64]| logistic_jvp(z[0], v[0], z[1], v[1], steps);
        let vjp = |z: &[f64], s: f64| {
            let (v, a, b) = logistic_vjp(z[0], z[1], steps, s);
            (v, vec![a, b])
        };
        let grad = |z: &[f64]| {
            let (v, a, b) = logistic_grad(z[0], z[1], steps);
            (v, vec![a, b])
        };
        let hvp = |z: &[f64], v: &[f64]| {
            let (val, a, b) = logistic_hvp(z[0], v[0], z[1], v[1], steps);
            (val, vec![a, b])
        };
        let m = fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in points(1, 4, 2, 0.2, 0.7) {
            let x = [2.0 + x[0], x[1]];
            fd::check_scalar("logistic", &m, &x, 1e-6, 1e-4);
            let (v, a, b) = logistic_grad(x[0], x[1], steps);
            let (vt, at, bt) = logistic_taped_grad(x[0], x[1], steps);
            assert_eq!(v, vt);
            assert_eq!(v, logistic_taped(x[0], x[1], steps));
            fd::close("checkpointed vs taped d/dr", a, at, 1e-12);
            fd::close("checkpointed vs taped d/dx0", b, bt, 1e-12);
        }
    }
}

const SNAPSHOTS: usize = 2;

/// A damped non-linear oscillator, semi-implicit Euler: two carried floats, an
/// integer counter and an inclusive range; the snapshot count is a constant.
#[differentiable(checkpoint = SNAPSHOTS)]
fn oscillator(q0: f64, p0: f64, damping: f64) -> f64 {
    let dt = 0.05;
    let mut q = q0;
    let mut p = p0;
    let mut n = 0usize;
    for _k in 1..=25 {
        p = p - dt * (q.sin() + damping * p);
        q = q + dt * p;
        n += 1;
    }
    q * q + 0.5 * p * p + (n as f64) * 1e-3
}

#[test]
fn several_carried_values_with_a_constant_snapshot_count() {
    check_scalars!(
        oscillator,
        oscillator_jvp,
        oscillator_vjp,
        oscillator_grad,
        oscillator_hvp,
        [0, 1, 2],
        points(2, 5, 3, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ local array state

/// Explicit Euler on `y' = A y + 0.2 sin(y)`, the state a local array, the matrix a
/// slice parameter, `steps` at run time.
#[differentiable(checkpoint = 4)]
fn euler(a: &[f64], y0: &[f64], steps: usize) -> f64 {
    let h = 0.02;
    let mut y = [y0[0], y0[1], y0[2]];
    for _s in 0..steps {
        let mut d = [0.0; 3];
        for i in 0..3 {
            let mut acc = 0.2 * y[i].sin();
            for j in 0..3 {
                acc += a[3 * i + j] * y[j];
            }
            d[i] = acc;
        }
        for i in 0..3 {
            y[i] = y[i] + h * d[i];
        }
    }
    y[0] * y[0] + y[1] * y[2]
}

#[differentiable]
fn euler_taped(a: &[f64], y0: &[f64], steps: usize) -> f64 {
    let h = 0.02;
    let mut y = [y0[0], y0[1], y0[2]];
    for _s in 0..steps {
        let mut d = [0.0; 3];
        for i in 0..3 {
            let mut acc = 0.2 * y[i].sin();
            for j in 0..3 {
                acc += a[3 * i + j] * y[j];
            }
            d[i] = acc;
        }
        for i in 0..3 {
            y[i] = y[i] + h * d[i];
        }
    }
    y[0] * y[0] + y[1] * y[2]
}

/// `euler` over one flat vector `[a (9), y0 (3)]`.
fn split(z: &[f64]) -> (&[f64], &[f64]) {
    z.split_at(9)
}

#[test]
fn a_local_array_state_with_nested_loops_in_every_mode() {
    for steps in [0, 1, 5, 33] {
        let f = |z: &[f64]| {
            let (a, y) = split(z);
            euler(a, y, steps)
        };
        let jvp = |z: &[f64], v: &[f64]| {
            let ((a, y), (da, dy)) = (split(z), split(v));
            euler_jvp(a, da, y, dy, steps)
        };
        let vjp = |z: &[f64], s: f64| {
            let (a, y) = split(z);
            let (mut ga, mut gy) = (vec![0.0; 9], vec![0.0; 3]);
            let v = euler_vjp(a, &mut ga, y, &mut gy, steps, s);
            ga.extend(gy);
            (v, ga)
        };
        let grad = |z: &[f64]| {
            let (a, y) = split(z);
            let (mut ga, mut gy) = (vec![1.0; 9], vec![1.0; 3]);
            let v = euler_grad(a, &mut ga, y, &mut gy, steps);
            ga.extend(gy);
            (v, ga)
        };
        let hvp = |z: &[f64], v: &[f64]| {
            let ((a, y), (va, vy)) = (split(z), split(v));
            let (mut ha, mut hy) = (vec![1.0; 9], vec![1.0; 3]);
            let val = euler_hvp(a, va, &mut ha, y, vy, &mut hy, steps);
            ha.extend(hy);
            (val, ha)
        };
        let m = fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for z in points(3, 3, 12, -1.0, 1.0) {
            fd::check_scalar("euler", &m, &z, 1e-6, 1e-4);
            let (a, y) = split(&z);
            let (mut g, mut gy) = (vec![0.0; 9], vec![0.0; 3]);
            let (mut gt, mut gyt) = (vec![0.0; 9], vec![0.0; 3]);
            let v = euler_grad(a, &mut g, y, &mut gy, steps);
            let vt = euler_taped_grad(a, &mut gt, y, &mut gyt, steps);
            assert_eq!(v, vt);
            assert_eq!(v, euler_taped(a, y, steps));
            g.extend(gy);
            gt.extend(gyt);
            fd::close_all("checkpointed vs taped", &g, &gt, 1e-12);
        }
    }
}

/// A step holding a nested loop whose carried value is overwritten non-linearly (its
/// own tape holds one step's records), and more snapshots than steps.
#[differentiable(checkpoint = 64)]
fn nested_products(x: &[f64]) -> f64 {
    let mut u = 0.5;
    for _t in 0..6 {
        let mut p = 1.0;
        for j in 0..x.len() {
            p = p * (1.0 + 0.3 * (u * x[j]).sin());
        }
        u = 0.7 * u + 0.2 * p;
    }
    u
}

/// The same with a single snapshot: every step recomputed from the start.
#[differentiable(checkpoint = 1)]
fn nested_products_one(x: &[f64]) -> f64 {
    let mut u = 0.5;
    for _t in 0..6 {
        let mut p = 1.0;
        for j in 0..x.len() {
            p = p * (1.0 + 0.3 * (u * x[j]).sin());
        }
        u = 0.7 * u + 0.2 * p;
    }
    u
}

#[test]
fn a_step_holding_a_nest_with_many_and_with_one_snapshot() {
    check_slice!(
        nested_products,
        nested_products_jvp,
        nested_products_vjp,
        nested_products_grad,
        nested_products_hvp,
        points(4, 4, 4, -1.0, 1.0)
    );
    check_slice!(
        nested_products_one,
        nested_products_one_jvp,
        nested_products_one_vjp,
        nested_products_one_grad,
        nested_products_one_hvp,
        points(5, 4, 4, -1.0, 1.0)
    );
}

/// A nested loop leaving an iteration from the branch of a `let`
/// (`let a: f64 = if c { continue } else { e };`): the reversed step starts from the
/// loop's entry, not from the names of the steps run before it (their `a` exists only
/// on the path that did not leave).
#[differentiable(checkpoint = 1)]
fn skipped(x: &[f64]) -> f64 {
    let mut s = 1.0;
    for _k in 0..3 {
        let mut t: f64 = 0.5;
        for i in 0..=4 {
            let a: f64 = if i > 3 { continue } else { 1.8 - t };
            s = 0.5 * s + 0.3 * (x[0] * s + x[1] * a).sin();
            t = t + 0.1 * a;
        }
    }
    s
}

/// The same without the option.
#[differentiable]
fn skipped_taped(x: &[f64]) -> f64 {
    let mut s = 1.0;
    for _k in 0..3 {
        let mut t: f64 = 0.5;
        for i in 0..=4 {
            let a: f64 = if i > 3 { continue } else { 1.8 - t };
            s = 0.5 * s + 0.3 * (x[0] * s + x[1] * a).sin();
            t = t + 0.1 * a;
        }
    }
    s
}

#[test]
fn a_nested_loop_continuing_from_a_let() {
    for x in points(7, 3, 2, -1.0, 1.0) {
        let (mut g, mut gt) = ([0.0; 2], [0.0; 2]);
        let (mut hv, mut hvt) = ([0.0; 2], [0.0; 2]);
        let v = skipped_grad(&x, &mut g);
        assert_eq!(v, skipped_taped_grad(&x, &mut gt));
        assert_eq!(v, skipped_taped(&x));
        skipped_hvp(&x, &[0.3, -0.7], &mut hv);
        skipped_taped_hvp(&x, &[0.3, -0.7], &mut hvt);
        fd::close_all("checkpointed vs taped gradient", &g, &gt, 1e-12);
        fd::close_all("checkpointed vs taped hvp", &hv, &hvt, 1e-12);
    }
    check_slice!(
        skipped,
        skipped_jvp,
        skipped_vjp,
        skipped_grad,
        skipped_hvp,
        points(6, 4, 2, -1.0, 1.0)
    );
}

// ------------------------------------------------------------ how often the step runs

thread_local! {
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

/// `x²`, counting its evaluations: a custom rule, so every run of the step is visible.
fn counted_sq(x: f64) -> f64 {
    CALLS.with(|c| c.set(c.get() + 1));
    x * x
}

fn counted_sq_jvp(x: f64, dx: f64) -> (f64, f64) {
    (x * x, 2.0 * x * dx)
}

fn counted_sq_vjp(x: f64, seed: f64) -> (f64, f64) {
    (x * x, 2.0 * x * seed)
}

fn counted_sq_hvp(x: f64, v: f64) -> (f64, f64) {
    (x * x, 2.0 * v)
}

macro_rules! counted {
    ($name:ident, $s:literal) => {
        #[differentiable(checkpoint = $s)]
        fn $name(x0: f64, steps: usize) -> f64 {
            let mut x = x0;
            for _k in 0..steps {
                x = 0.5 * x + 0.1 * counted_sq(x);
            }
            x
        }
    };
}
counted!(counted_1, 1);
counted!(counted_2, 2);
counted!(counted_3, 3);
counted!(counted_4, 4);
counted!(counted_5, 5);

macro_rules! counted_while {
    ($name:ident, $s:literal) => {
        #[differentiable(checkpoint = $s)]
        fn $name(x0: f64, steps: usize) -> f64 {
            let mut x = x0;
            let mut k = 0;
            while k < steps {
                x = 0.5 * x + 0.1 * counted_sq(x);
                k += 1;
            }
            x
        }
    };
}
counted_while!(counted_while_1, 1);
counted_while!(counted_while_2, 2);
counted_while!(counted_while_3, 3);
counted_while!(counted_while_4, 4);
counted_while!(counted_while_5, 5);

/// The same step reversed with a tape per step (no option).
#[differentiable]
fn counted_taped(x0: f64, steps: usize) -> f64 {
    let mut x = x0;
    for _k in 0..steps {
        x = 0.5 * x + 0.1 * counted_sq(x);
    }
    x
}

fn calls<R>(f: impl FnOnce() -> R) -> usize {
    CALLS.with(|c| c.set(0));
    std::hint::black_box(f());
    CALLS.with(Cell::get)
}

#[test]
fn the_step_runs_the_least_number_of_times_for_its_snapshots() {
    // (steps, snapshots, least steps run forward without recording): found by
    // exhaustive search over every split of the reversal (Griewank's recursion)
    let table: [(usize, usize, usize); 7] = [
        (1, 3, 0),
        (7, 1, 21),
        (10, 2, 20),
        (10, 3, 15),
        (100, 4, 374),
        (1000, 5, 6284),
        (40, 2, 200),
    ];
    for (steps, s, least) in table {
        let grad = |x: f64| match s {
            1 => counted_1_grad(x, steps),
            2 => counted_2_grad(x, steps),
            3 => counted_3_grad(x, steps),
            4 => counted_4_grad(x, steps),
            _ => counted_5_grad(x, steps),
        };
        // a reversed step calls the rule's `_vjp` (value and partial at once), which
        // does not count; the primal `counted_sq` runs only where a step runs without
        // its adjoint: the taped reversal never (its forward sweep takes the `_vjp`),
        // the checkpointed one in its forward sweep and its reruns, `least + 1` times
        // (the least count includes the forward sweep's first `steps - 1` runs)
        let taped = calls(|| counted_taped_grad(0.3, steps));
        let runs = calls(|| grad(0.3));
        assert_eq!(taped, 0, "steps {steps}: the taped reversal reruns nothing");
        assert_eq!(runs, least + 1, "steps {steps}, snapshots {s}");
        assert_eq!(calls(|| counted_taped(0.3, steps)), steps);
        let (v, g) = grad(0.3);
        let f = |x: f64| match s {
            1 => counted_1(x, steps),
            2 => counted_2(x, steps),
            3 => counted_3(x, steps),
            4 => counted_4(x, steps),
            _ => counted_5(x, steps),
        };
        fd::close("value", v, f(0.3), 1e-14);
        fd::close("gradient", g, (f(0.3 + 1e-6) - f(0.3 - 1e-6)) / 2e-6, 1e-6);
        let (vj, t) = counted_1_jvp(0.3, 1.0, steps);
        fd::close("jvp", t, g, 1e-12);
        fd::close("jvp value", vj, v, 1e-14);
        let (vh, _) = counted_2_hvp(0.3, 1.0, steps);
        fd::close("hvp value", vh, v, 1e-14);
        // a `while` loop: its forward sweep runs the `steps` steps keeping only the
        // state before the first, and the reverse sweep runs the schedule from there:
        // one sweep more, `steps + least` runs, the same gradient
        let grad_while = |x: f64| match s {
            1 => counted_while_1_grad(x, steps),
            2 => counted_while_2_grad(x, steps),
            3 => counted_while_3_grad(x, steps),
            4 => counted_while_4_grad(x, steps),
            _ => counted_while_5_grad(x, steps),
        };
        let runs_while = calls(|| grad_while(0.3));
        assert_eq!(
            runs_while,
            steps + least,
            "while: steps {steps}, snapshots {s}"
        );
        let (vw, gw) = grad_while(0.3);
        assert_eq!(vw, v);
        let f_while = match s {
            1 => counted_while_1(0.3, steps),
            2 => counted_while_2(0.3, steps),
            3 => counted_while_3(0.3, steps),
            4 => counted_while_4(0.3, steps),
            _ => counted_while_5(0.3, steps),
        };
        assert_eq!(f_while, v);
        fd::close("while gradient", gw, g, 1e-12);
    }
}

// ------------------------------------------------------------ loops that stop early

// A loop whose trip count is known only when it ends (`while`, `break`) keeps the
// state before its first step and counts its steps; the reverse sweep runs the
// binomial schedule of that count from there.

/// Defines the function with `checkpoint = $s` and its twin without the option (same
/// body), so that each is checked against central differences and against the other.
/// Both differentiate the first two parameters.
macro_rules! with_taped_twin {
    ($s:literal, $name:ident, $taped:ident, ($a:ident, $b:ident $(, $p:ident: $t:ty)*), $($body:tt)*) => {
        #[differentiable(wrt($a, $b), checkpoint = $s)]
        fn $name($a: f64, $b: f64 $(, $p: $t)*) -> f64 { $($body)* }

        #[differentiable(wrt($a, $b))]
        fn $taped($a: f64, $b: f64 $(, $p: $t)*) -> f64 { $($body)* }
    };
}

/// Checks every mode of `$f(a, b, $e..)` (two floats, then inactive arguments)
/// against central differences at each point, and its gradient against its twin's.
macro_rules! check_two {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $taped:ident, $taped_grad:ident,
     ($($e:expr),*), $points:expr) => {{
        use crate::fd::Flat as _;
        let f = |z: &[f64]| $f(z[0], z[1] $(, $e)*);
        let jvp = |z: &[f64], v: &[f64]| $jvp(z[0], v[0], z[1], v[1] $(, $e)*);
        let vjp = |z: &[f64], s: f64| $vjp(z[0], z[1] $(, $e)*, s).flat();
        let grad = |z: &[f64]| $grad(z[0], z[1] $(, $e)*).flat();
        let hvp = |z: &[f64], v: &[f64]| $hvp(z[0], v[0], z[1], v[1] $(, $e)*).flat();
        let m = fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in $points {
            fd::check_scalar(stringify!($f), &m, &x, 1e-6, 1e-4);
            let (v, g) = grad(&x);
            let (vt, gt) = $taped_grad(x[0], x[1] $(, $e)*).flat();
            assert_eq!(v, vt, "{}: value", stringify!($f));
            assert_eq!(v, $taped(x[0], x[1] $(, $e)*));
            fd::close_all("checkpointed vs taped", &g, &gt, 1e-12);
        }
    }};
}

with_taped_twin!(3, stop_at, stop_at_taped, (x0, r, steps: usize, last: usize),
    // leaves after step `last` (counted from 0; the index decides), an inclusive range
    let mut x = x0;
    let mut n = 0usize;
    for k in 1..=steps {
        x = r * x * (1.0 - 0.3 * x) + 0.1 * (x * r).sin();
        n += 1;
        if k == last + 1 {
            break;
        }
    }
    x * x + (n as f64) * 0.01
);

#[test]
fn a_for_loop_left_by_break_at_the_first_the_last_or_no_step() {
    // `last` 0: the first step; 9: the last of 10; 20: never; a loop of 0 and 1 steps
    for (steps, last) in [
        (10, 0),
        (10, 9),
        (10, 20),
        (10, 4),
        (0, 0),
        (1, 0),
        (1, 5),
        (2, 0),
    ] {
        check_two!(
            stop_at,
            stop_at_jvp,
            stop_at_vjp,
            stop_at_grad,
            stop_at_hvp,
            stop_at_taped,
            stop_at_taped_grad,
            (steps, last),
            points(11, 3, 2, 0.2, 0.9)
        );
    }
}

with_taped_twin!(4, settle, settle_taped, (x0, r, t_end: f64, tol: f64),
    // adaptive time stepping: the step size follows the state, the loop ends on the
    // clock (an inactive counter the condition reads) or when the state settles
    let mut x = x0;
    let mut t = 0.0;
    let mut steps = 0usize;
    while t < t_end {
        let dt = 0.05 + 0.01 * (steps % 3) as f64;
        let next = x + dt * (r * x.cos() - x);
        let change = (next - x).abs();
        x = next;
        t += dt;
        steps += 1;
        if change < tol {
            break;
        }
    }
    x * x + 0.001 * steps as f64 + t * x
);

#[test]
fn a_while_loop_on_a_clock_run_zero_one_or_many_times() {
    // t_end -1: zero steps; 0.01: one; 1.5 and 4.0: many, the condition stopping it
    for t_end in [-1.0, 0.01, 1.5, 4.0] {
        check_two!(
            settle,
            settle_jvp,
            settle_vjp,
            settle_grad,
            settle_hvp,
            settle_taped,
            settle_taped_grad,
            (t_end, 0.0),
            points(12, 3, 2, 0.2, 0.9)
        );
    }
}

#[test]
fn a_while_loop_left_by_break_when_the_state_settles() {
    // a tolerance the change crosses after some steps: `break` decides, deterministic in
    // the state, so every rerun from a snapshot follows the same path
    // the derivative exists where the step `break` fires at is the same nearby: the
    // points are kept where it is for a displacement of 1e-3 (the loop replicated)
    let steps_run = |x0: f64, r: f64| {
        let (mut x, mut t, mut steps) = (x0, 0.0, 0usize);
        while t < 100.0 {
            let dt = 0.05 + 0.01 * (steps % 3) as f64;
            let next = x + dt * (r * x.cos() - x);
            let change = (next - x).abs();
            (x, t, steps) = (next, t + dt, steps + 1);
            if change < 1e-3 {
                break;
            }
        }
        steps
    };
    let pts: Vec<Vec<f64>> = points(13, 12, 2, 0.2, 0.9)
        .into_iter()
        .filter(|x| {
            let n = steps_run(x[0], x[1]);
            [(1e-3, 0.0), (-1e-3, 0.0), (0.0, 1e-3), (0.0, -1e-3)]
                .iter()
                .all(|(a, b)| steps_run(x[0] + a, x[1] + b) == n)
                && n > 3
        })
        .collect();
    assert!(pts.len() >= 3, "{} points", pts.len());
    check_two!(
        settle,
        settle_jvp,
        settle_vjp,
        settle_grad,
        settle_hvp,
        settle_taped,
        settle_taped_grad,
        (100.0, 1e-3),
        pts
    );
}

/// A callee differentiated on its own: the checkpointed step calls it.
#[differentiable]
fn damp(x: f64, r: f64) -> f64 {
    x - 0.1 * (x * r).tanh()
}

with_taped_twin!(16, branchy, branchy_taped, (x0, r, steps: usize, limit: f64),
    // more snapshots than steps; `continue` skips a step's update, a `break` sits in a
    // branch of a branch; a nest of loops and a call in the step
    let mut x = x0;
    let mut y = r;
    let mut skipped = 0usize;
    for k in 0..steps {
        if k % 4 == 1 {
            skipped += 1;
            continue;
        }
        let mut p = 1.0;
        for j in 0..3 {
            let mut q = x;
            for _i in 0..j {
                q = q * (0.9 + 0.1 * (q + y).sin());
            }
            p = p * (1.0 + 0.2 * q);
        }
        x = damp(0.6 * x + 0.3 * p.ln(), r);
        y = y * (1.0 + 0.05 * x.cos());
        if k > 2 {
            if x * y > limit {
                break;
            } else if y > limit {
                x = x * (1.0 - 0.1 * y.sin());
                break;
            }
        }
    }
    x * y + 0.01 * skipped as f64
);

#[test]
fn continue_a_break_in_a_nested_branch_nested_loops_and_a_call() {
    // never leaves (limit 100), leaves on the nested branch (limit 1), a loop of
    // fewer steps than snapshots
    assert_ne!(branchy(0.5, 0.5, 30, 1.0), branchy(0.5, 0.5, 30, 100.0));
    for (steps, limit) in [(0, 100.0), (3, 100.0), (12, 100.0), (30, 100.0), (30, 1.0)] {
        check_two!(
            branchy,
            branchy_jvp,
            branchy_vjp,
            branchy_grad,
            branchy_hvp,
            branchy_taped,
            branchy_taped_grad,
            (steps, limit),
            points(14, 3, 2, 0.3, 0.8)
        );
    }
}

with_taped_twin!(2, looped, looped_taped, (x0, r, cap: usize),
    // `loop` with a `break` on an inactive counter, `continue` on another; the value
    // returned from inside the loop
    let mut x = x0;
    let mut k = 0usize;
    loop {
        k += 1;
        if k % 3 == 0 {
            continue;
        }
        x = x + 0.1 * (r * x).sin() * x;
        if k >= cap {
            break;
        }
        if k == 40 {
            return x * r;
        }
    }
    x * x
);

#[test]
fn a_loop_with_continue_break_and_return_inside() {
    // cap 1: leaves at the first step; 20: by `break`; 60: by `return` at step 40
    assert_ne!(looped(0.5, 0.5, 20), looped(0.5, 0.5, 60));
    for cap in [1, 2, 20, 60] {
        check_two!(
            looped,
            looped_jvp,
            looped_vjp,
            looped_grad,
            looped_hvp,
            looped_taped,
            looped_taped_grad,
            (cap),
            points(15, 3, 2, 0.2, 0.7)
        );
    }
}

/// Non-linear diffusion on a line while the clock runs: the state a `vec!` buffer
/// written in place (each snapshot copies it), the clock an inactive counter.
#[differentiable(checkpoint = 3)]
fn diffuse_until(u0: &[f64], t_end: usize) -> f64 {
    let n = u0.len();
    let mut u = vec![0.0; n];
    for i in 0..n {
        u[i] = u0[i];
    }
    let mut t = 0;
    while t < t_end {
        let mut left = u[0];
        for i in 1..n - 1 {
            let here = u[i];
            u[i] = here + 0.2 * (left - 2.0 * here + u[i + 1]).sin();
            left = here;
        }
        t += 1;
    }
    let mut e = 0.0;
    for i in 0..n {
        e += u[i] * u[i] * (i as f64 + 1.0);
    }
    e
}

#[test]
fn a_while_loop_with_a_buffer_state() {
    for t_end in [0, 1, 2, 9] {
        check_slice!(
            diffuse_until,
            diffuse_until_jvp,
            diffuse_until_vjp,
            diffuse_until_grad,
            diffuse_until_hvp,
            points(16, 3, 5, -1.0, 1.0),
            [t_end]
        );
    }
}

with_taped_twin!(2, decay_to, decay_to_taped, (x0, rate, floor: f64),
    // the condition reads the active state itself
    let mut x = x0;
    let mut e = 0.0;
    while x > floor {
        e = e + x * x.sin();
        x = x * (1.0 - 0.1 * rate) - 0.01 * x.cos();
    }
    e + x
);

/// The steps `decay_to` runs (the loop replicated).
fn decay_steps(x0: f64, rate: f64, floor: f64) -> usize {
    let (mut x, mut n) = (x0, 0);
    while x > floor {
        x = x * (1.0 - 0.1 * rate) - 0.01 * x.cos();
        n += 1;
    }
    n
}

#[test]
fn a_while_condition_reading_the_active_state() {
    // the points where the count is the same for a displacement of 1e-3 (the
    // derivative exists there); floor 2: no step for these starts
    for floor in [2.0, 0.3] {
        let pts: Vec<Vec<f64>> = points(17, 12, 2, 0.5, 1.5)
            .into_iter()
            .filter(|x| {
                let n = decay_steps(x[0], x[1], floor);
                [(1e-3, 0.0), (-1e-3, 0.0), (0.0, 1e-3), (0.0, -1e-3)]
                    .iter()
                    .all(|(a, b)| decay_steps(x[0] + a, x[1] + b, floor) == n)
            })
            .collect();
        assert!(pts.len() >= 3, "{} points", pts.len());
        check_two!(
            decay_to,
            decay_to_jvp,
            decay_to_vjp,
            decay_to_grad,
            decay_to_hvp,
            decay_to_taped,
            decay_to_taped_grad,
            (floor),
            pts
        );
    }
    assert!(decay_steps(1.0, 1.0, 0.3) > 5);
}
