//! Regression tests: programs whose derivatives were once wrong or whose generated code
//! did not compile. Each program below is small and exercises one shape of code:
//!
//! - a loop whose last iterations overwrite a loop-carried value (`for`, `while`, an
//!   inner loop doing the overwrite, an epilogue after the loop);
//! - inactive compound assignments (`n += 2`) as the tail of a block, without `;`;
//! - `match` on inactive values, as a statement (with `return`, `break`, `continue` in
//!   its arms) and as an expression whose arms are active values;
//! - `break` / `continue` as the value of an `if` or `match` that initialises a local;
//! - a reversed range whose bound is mutated inside the loop;
//! - names shadowed by closure parameters and `match` bindings;
//! - struct field shorthand (`Cfg { k }`);
//! - side effects (a random number generator behind `&mut`) that must run exactly once
//!   per generated call;
//! - `%` differentiated with respect to its divisor at an exact-integer quotient;
//! - a `const` item after an `if` whose branch returns from inside a loop;
//! - the negation of a block binding a float literal, or of an `if` of float constants,
//!   as a call's argument;
//! - constructs that must compile and work: `assert!` with inline format arguments, a
//!   block as a `while` condition, `if`/`else` arms that are inactive compound
//!   assignments, `println!` of an active value.
//!
//! Every generated mode that exists for a function (`_jvp`, `_vjp`, `_grad`, `_hvp`) is
//! checked against oracles independent of the generated code: central first differences
//! of the original function for `_jvp` / `_vjp` / `_grad`, central second differences of
//! the original function for `_hvp` (both from `common/fd.rs`), and, where the program is
//! small enough, values, derivatives and second derivatives worked out by hand. Points
//! are chosen away from branch boundaries. Where a finite difference would straddle a
//! discontinuity (`%` at an exact-integer quotient) a one-sided difference on the side
//! the primal takes is used instead, with the hand value.
// The functions under test are written the way users write them (index loops, `s = s * x`,
// single-arm `match`, a `match` that is `unwrap_or`, a counter beside a range, a block
// binding a value it returns), which clippy would restyle.
#![allow(
    clippy::needless_range_loop,
    clippy::assign_op_pattern,
    clippy::single_match,
    clippy::explicit_counter_loop,
    clippy::manual_unwrap_or,
    clippy::let_and_return
)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::close;

const TOL: f64 = 1e-6;
const HTOL: f64 = 1e-4;
/// Tolerance for comparisons with hand-worked values (exact up to rounding).
const EXACT: f64 = 1e-12;

// ---------------------------------------------------------------- harness

/// The four generated modes of a function of one active `f64` (any further arguments
/// are inactive and fixed by the closures).
struct One<'a> {
    f: &'a dyn Fn(f64) -> f64,
    jvp: &'a dyn Fn(f64, f64) -> (f64, f64),
    vjp: &'a dyn Fn(f64, f64) -> (f64, f64),
    grad: &'a dyn Fn(f64) -> (f64, f64),
    hvp: &'a dyn Fn(f64, f64) -> (f64, f64),
}

/// `one!(f, f_jvp, f_vjp, f_grad, f_hvp, extra args..)` for `fn f(x: f64, extra..) -> f64`.
/// The extra arguments are re-evaluated at every call (so `&mut Lcg(42)` is a freshly
/// seeded generator each time).
macro_rules! one {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident $(, $e:expr)* $(,)?) => {
        One {
            f: &|x| $f(x $(, $e)*),
            jvp: &|x, v| $jvp(x, v $(, $e)*),
            vjp: &|x, s| $vjp(x $(, $e)*, s),
            grad: &|x| $grad(x $(, $e)*),
            hvp: &|x, v| $hvp(x, v $(, $e)*),
        }
    };
}

/// Checks all modes of `m` at `x` against finite differences of `m.f`, and, when given,
/// against the hand-worked `(value, f'(x), f''(x))`.
#[track_caller]
fn check_one(name: &str, m: &One, x: f64, truth: Option<(f64, f64, f64)>) {
    let f = |z: &[f64]| (m.f)(z[0]);
    let jvp = |z: &[f64], v: &[f64]| (m.jvp)(z[0], v[0]);
    let vjp = |z: &[f64], s: f64| {
        let (v, d) = (m.vjp)(z[0], s);
        (v, vec![d])
    };
    let grad = |z: &[f64]| {
        let (v, d) = (m.grad)(z[0]);
        (v, vec![d])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, h) = (m.hvp)(z[0], d[0]);
        (v, vec![h])
    };
    let s = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    fd::check_scalar(name, &s, &[x], TOL, HTOL);
    if let Some((value, d1, d2)) = truth {
        close(&format!("{name} value at {x}"), (m.f)(x), value, EXACT);
        let (v, t) = (m.jvp)(x, -0.5);
        close(&format!("{name}_jvp value at {x}"), v, value, EXACT);
        close(
            &format!("{name}_jvp along -0.5 at {x}"),
            t,
            -0.5 * d1,
            EXACT,
        );
        let (v, b) = (m.vjp)(x, -1.75);
        close(&format!("{name}_vjp value at {x}"), v, value, EXACT);
        close(
            &format!("{name}_vjp seed -1.75 at {x}"),
            b,
            -1.75 * d1,
            EXACT,
        );
        let (v, g) = (m.grad)(x);
        close(&format!("{name}_grad value at {x}"), v, value, EXACT);
        close(&format!("{name}_grad at {x}"), g, d1, EXACT);
        let (v, h) = (m.hvp)(x, 1.0);
        close(&format!("{name}_hvp value at {x}"), v, value, EXACT);
        close(&format!("{name}_hvp along 1 at {x}"), h, d2, EXACT);
        let (_, h) = (m.hvp)(x, 0.5);
        close(&format!("{name}_hvp along 0.5 at {x}"), h, 0.5 * d2, EXACT);
    }
}

/// `(x, v) -> (value, J v)` of a slice function.
type SliceJvp<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, f64);
/// `(x, x_bar, seed) -> value`, adding `seed * grad` to `x_bar`.
type SliceVjp<'a> = &'a dyn Fn(&[f64], &mut [f64], f64) -> f64;
/// `(x, v, hv) -> value`, writing `H v` into `hv`.
type SliceHvp<'a> = &'a dyn Fn(&[f64], &[f64], &mut [f64]) -> f64;

/// The four generated modes of `fn f(x: &[f64], extra..) -> f64`.
struct Slice<'a> {
    f: &'a dyn Fn(&[f64]) -> f64,
    jvp: SliceJvp<'a>,
    vjp: SliceVjp<'a>,
    grad: &'a dyn Fn(&[f64], &mut [f64]) -> f64,
    hvp: SliceHvp<'a>,
}

macro_rules! slice {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident $(, $e:expr)* $(,)?) => {
        Slice {
            f: &|x| $f(x $(, $e)*),
            jvp: &|x, v| $jvp(x, v $(, $e)*),
            vjp: &|x, b, s| $vjp(x, b $(, $e)*, s),
            grad: &|x, g| $grad(x, g $(, $e)*),
            hvp: &|x, v, h| $hvp(x, v, h $(, $e)*),
        }
    };
}

/// Hand-worked truth for a slice function: value, gradient, and `H v` for some `v`.
struct SliceTruth<'a> {
    value: f64,
    grad: &'a [f64],
    hvps: &'a [(&'a [f64], &'a [f64])],
}

/// Checks all modes of `m` at `x` against finite differences of `m.f` (also that `_vjp`
/// adds to its shadow while `_grad` and `_hvp` overwrite theirs), and, when given,
/// against hand-worked values.
#[track_caller]
fn check_slice_fn(name: &str, m: &Slice, x: &[f64], truth: Option<SliceTruth>) {
    let n = x.len();
    let vjp = |z: &[f64], s: f64| {
        let mut b = vec![0.25; z.len()];
        let v = (m.vjp)(z, &mut b, s);
        (v, b.iter().map(|x| x - 0.25).collect::<Vec<f64>>())
    };
    let grad = |z: &[f64]| {
        let mut g = vec![9.0; z.len()];
        let v = (m.grad)(z, &mut g);
        (v, g)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut hv = vec![7.0; z.len()];
        let v = (m.hvp)(z, d, &mut hv);
        (v, hv)
    };
    let s = fd::Scalar {
        f: m.f,
        jvp: Some(m.jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    fd::check_scalar(name, &s, x, TOL, HTOL);
    if let Some(t) = truth {
        assert_eq!(t.grad.len(), n, "{name}: truth has the wrong length");
        close(&format!("{name} value at {x:?}"), (m.f)(x), t.value, EXACT);
        for i in 0..n {
            let mut e = vec![0.0; n];
            e[i] = 1.0;
            let (v, d) = (m.jvp)(x, &e);
            close(&format!("{name}_jvp value at {x:?}"), v, t.value, EXACT);
            close(&format!("{name}_jvp e{i} at {x:?}"), d, t.grad[i], EXACT);
        }
        let (v, b) = vjp(x, -1.75);
        close(&format!("{name}_vjp value at {x:?}"), v, t.value, EXACT);
        let want: Vec<f64> = t.grad.iter().map(|g| -1.75 * g).collect();
        fd::close_all(&format!("{name}_vjp seed -1.75 at {x:?}"), &b, &want, EXACT);
        let (v, g) = grad(x);
        close(&format!("{name}_grad value at {x:?}"), v, t.value, EXACT);
        fd::close_all(&format!("{name}_grad at {x:?}"), &g, t.grad, EXACT);
        for (dir, want) in t.hvps {
            let (v, hv) = hvp(x, dir);
            close(&format!("{name}_hvp value at {x:?}"), v, t.value, EXACT);
            fd::close_all(
                &format!("{name}_hvp along {dir:?} at {x:?}"),
                &hv,
                want,
                EXACT,
            );
        }
    }
}

/// Runs `body` on another thread and fails if it has not finished within 60 s (for
/// loops whose generated code once did not terminate); panics inside `body` propagate.
fn terminates(name: &str, body: fn()) {
    use std::sync::mpsc::{channel, RecvTimeoutError};
    let (tx, rx) = channel();
    let handle = std::thread::spawn(move || {
        body();
        let _ = tx.send(());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(60)) {
        Ok(()) => {}
        Err(RecvTimeoutError::Timeout) => panic!("{name}: did not terminate within 60 s"),
        Err(RecvTimeoutError::Disconnected) => {
            if let Err(e) = handle.join() {
                std::panic::resume_unwind(e);
            }
        }
    }
}

// ------------------------------------- A. a trailing loop overwriting a carried value

#[differentiable]
fn a_overwrite_for(x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..2 {
        s = x * (i as f64);
    }
    s
}

#[test]
fn a_loop_overwrites_carried_value() {
    // The last iteration (i = 1) decides: s = x.
    let m = one!(
        a_overwrite_for,
        a_overwrite_for_jvp,
        a_overwrite_for_vjp,
        a_overwrite_for_grad,
        a_overwrite_for_hvp
    );
    check_one("a_overwrite_for", &m, 1.5, Some((1.5, 1.0, 0.0)));
    check_one("a_overwrite_for", &m, -0.7, Some((-0.7, 1.0, 0.0)));
}

#[differentiable]
fn a_reset_mid_loop(x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        if i == 2 {
            s = 0.0;
        }
        s += x * (i as f64);
    }
    s
}

#[test]
fn a_loop_resets_accumulator_mid_way() {
    // Reset at i = 2, then 2x + 3x = 5x.
    let m = one!(
        a_reset_mid_loop,
        a_reset_mid_loop_jvp,
        a_reset_mid_loop_vjp,
        a_reset_mid_loop_grad,
        a_reset_mid_loop_hvp
    );
    check_one("a_reset_mid_loop", &m, 1.5, Some((7.5, 5.0, 0.0)));
}

#[differentiable]
fn a_overwrite_slice(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s = x[i] * x[i];
    }
    s
}

#[test]
fn a_loop_overwrites_carried_value_over_slice() {
    // s = x[1]^2 at [3, 5]: grad [0, 10]; H = diag(0, 2).
    let m = slice!(
        a_overwrite_slice,
        a_overwrite_slice_jvp,
        a_overwrite_slice_vjp,
        a_overwrite_slice_grad,
        a_overwrite_slice_hvp
    );
    check_slice_fn(
        "a_overwrite_slice",
        &m,
        &[3.0, 5.0],
        Some(SliceTruth {
            value: 25.0,
            grad: &[0.0, 10.0],
            hvps: &[
                (&[1.0, 0.0], &[0.0, 0.0]),
                (&[0.0, 1.0], &[0.0, 2.0]),
                (&[0.5, -2.0], &[0.0, -4.0]),
            ],
        }),
    );
    check_slice_fn("a_overwrite_slice", &m, &[0.3, -1.2, 2.5, 0.8], None);
}

#[differentiable]
fn a_overwrite_while(x: f64) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    while i < 3 {
        s = x * x * (i as f64);
        i += 1;
    }
    s
}

#[differentiable]
fn a_overwrite_while_slice(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    while i < x.len() {
        s = x[i] * x[i];
        i += 1;
    }
    s
}

#[test]
fn a_while_loop_overwrites_carried_value() {
    terminates("a_overwrite_while", || {
        // The last iteration (i = 2): s = 2x^2.
        let m = one!(
            a_overwrite_while,
            a_overwrite_while_jvp,
            a_overwrite_while_vjp,
            a_overwrite_while_grad,
            a_overwrite_while_hvp
        );
        check_one("a_overwrite_while", &m, 1.5, Some((4.5, 6.0, 4.0)));
        let m = slice!(
            a_overwrite_while_slice,
            a_overwrite_while_slice_jvp,
            a_overwrite_while_slice_vjp,
            a_overwrite_while_slice_grad,
            a_overwrite_while_slice_hvp
        );
        check_slice_fn(
            "a_overwrite_while_slice",
            &m,
            &[3.0, 5.0],
            Some(SliceTruth {
                value: 25.0,
                grad: &[0.0, 10.0],
                hvps: &[(&[1.0, 0.0], &[0.0, 0.0]), (&[0.0, 1.0], &[0.0, 2.0])],
            }),
        );
    });
}

#[differentiable]
fn a_overwrite_inner(x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        for j in 0..2 {
            s = x * x * ((i + j) as f64);
        }
    }
    s
}

#[differentiable]
fn a_overwrite_inner_slice(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        for j in 0..x.len() {
            s = x[i] * x[j];
        }
    }
    s
}

#[differentiable]
fn a_overwrite_inner_carried(x: f64) -> f64 {
    let mut s = 1.0;
    for i in 0..3 {
        let mut t = 0.0;
        for j in 0..3 {
            t = s * x + (j as f64);
        }
        s = t * (i as f64 + 1.0);
    }
    s
}

#[test]
fn a_inner_loop_overwrites_carried_value() {
    // Last overwrite at i = 2, j = 1: s = 3x^2.
    let m = one!(
        a_overwrite_inner,
        a_overwrite_inner_jvp,
        a_overwrite_inner_vjp,
        a_overwrite_inner_grad,
        a_overwrite_inner_hvp
    );
    check_one("a_overwrite_inner", &m, 1.5, Some((6.75, 9.0, 6.0)));
    // Last overwrite at i = j = n - 1: s = x[n-1]^2.
    let m = slice!(
        a_overwrite_inner_slice,
        a_overwrite_inner_slice_jvp,
        a_overwrite_inner_slice_vjp,
        a_overwrite_inner_slice_grad,
        a_overwrite_inner_slice_hvp
    );
    check_slice_fn(
        "a_overwrite_inner_slice",
        &m,
        &[3.0, 5.0],
        Some(SliceTruth {
            value: 25.0,
            grad: &[0.0, 10.0],
            hvps: &[(&[1.0, 0.0], &[0.0, 0.0]), (&[0.0, 1.0], &[0.0, 2.0])],
        }),
    );
    // The inner loop overwrites t; the outer loop carries s non-linearly:
    // s1 = x + 2, s2 = 2(s1 x + 2), s3 = 3(s2 x + 2)
    //    = 6x^3 + 12x^2 + 12x + 6.
    let m = one!(
        a_overwrite_inner_carried,
        a_overwrite_inner_carried_jvp,
        a_overwrite_inner_carried_vjp,
        a_overwrite_inner_carried_grad,
        a_overwrite_inner_carried_hvp
    );
    let x: f64 = 1.5;
    check_one(
        "a_overwrite_inner_carried",
        &m,
        x,
        Some((
            6.0 * x.powi(3) + 12.0 * x * x + 12.0 * x + 6.0,
            18.0 * x * x + 24.0 * x + 12.0,
            36.0 * x + 24.0,
        )),
    );
}

#[differentiable]
fn a_overwrite_epilogue(x: f64) -> f64 {
    let mut s = 0.0;
    let mut last = 0.0;
    for i in 0..3 {
        last = x * x * (i as f64);
        s += last;
    }
    s + last
}

#[differentiable]
fn a_overwrite_epilogue_slice(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut last = 0.0;
    for i in 0..x.len() {
        last = x[i] * x[i];
        s += last * x[i];
    }
    s + last
}

#[test]
fn a_loop_overwrite_read_after_the_loop() {
    // s = (0 + 1 + 2) x^2, last = 2x^2: 5x^2.
    let m = one!(
        a_overwrite_epilogue,
        a_overwrite_epilogue_jvp,
        a_overwrite_epilogue_vjp,
        a_overwrite_epilogue_grad,
        a_overwrite_epilogue_hvp
    );
    check_one("a_overwrite_epilogue", &m, 1.5, Some((11.25, 15.0, 10.0)));
    // sum x_i^3 + x_{n-1}^2 at [3, 5]: 27 + 125 + 25; grad [27, 75 + 10];
    // H = diag(18, 30 + 2).
    let m = slice!(
        a_overwrite_epilogue_slice,
        a_overwrite_epilogue_slice_jvp,
        a_overwrite_epilogue_slice_vjp,
        a_overwrite_epilogue_slice_grad,
        a_overwrite_epilogue_slice_hvp
    );
    check_slice_fn(
        "a_overwrite_epilogue_slice",
        &m,
        &[3.0, 5.0],
        Some(SliceTruth {
            value: 177.0,
            grad: &[27.0, 85.0],
            hvps: &[(&[1.0, 0.0], &[18.0, 0.0]), (&[0.0, 1.0], &[0.0, 32.0])],
        }),
    );
}

// --------------------- B. inactive compound assignment as a block tail without `;`

#[differentiable]
fn b_tail_add_for(x: f64) -> f64 {
    let mut n = 0;
    for _i in 0..3 {
        n += 2
    }
    x * (n as f64)
}

#[test]
fn b_inactive_compound_assignment_as_for_body_tail() {
    let m = one!(
        b_tail_add_for,
        b_tail_add_for_jvp,
        b_tail_add_for_vjp,
        b_tail_add_for_grad,
        b_tail_add_for_hvp
    );
    check_one("b_tail_add_for", &m, 1.5, Some((9.0, 6.0, 0.0)));
}

#[differentiable]
fn b_tail_add_while(x: f64) -> f64 {
    let mut s = x;
    let mut i = 0;
    while i < 3 {
        s = s * x;
        i += 1
    }
    s
}

#[test]
fn b_inactive_counter_as_while_body_tail_terminates() {
    terminates("b_tail_add_while", || {
        // x^4: 4x^3, 12x^2.
        let m = one!(
            b_tail_add_while,
            b_tail_add_while_jvp,
            b_tail_add_while_vjp,
            b_tail_add_while_grad,
            b_tail_add_while_hvp
        );
        check_one("b_tail_add_while", &m, 1.5, Some((5.0625, 13.5, 27.0)));
    });
}

#[differentiable]
fn b_tail_add_in_if(x: &[f64]) -> f64 {
    let mut k = 0;
    for i in 0..x.len() {
        if x[i] > 0.0 {
            k += 1
        }
    }
    x[0] * (k as f64)
}

#[test]
fn b_inactive_compound_assignment_as_if_body_tail() {
    // Two positive entries: 2 x[0].
    let m = slice!(
        b_tail_add_in_if,
        b_tail_add_in_if_jvp,
        b_tail_add_in_if_vjp,
        b_tail_add_in_if_grad,
        b_tail_add_in_if_hvp
    );
    check_slice_fn(
        "b_tail_add_in_if",
        &m,
        &[1.5, -2.0, 3.0],
        Some(SliceTruth {
            value: 3.0,
            grad: &[2.0, 0.0, 0.0],
            hvps: &[(&[1.0, -0.5, 2.0], &[0.0, 0.0, 0.0])],
        }),
    );
    check_slice_fn("b_tail_add_in_if", &m, &[-0.5, 0.7, 1.1, 2.0], None);
}

// ----------------------------------------------- C. `match` on inactive values

#[differentiable]
fn c_match_stmt_in_loop(x: f64) -> f64 {
    let mut k = 1;
    for i in 0..3 {
        match i {
            1 => k += 1,
            _ => {}
        }
    }
    x * (k as f64)
}

#[test]
fn c_match_statement_on_loop_index() {
    let m = one!(
        c_match_stmt_in_loop,
        c_match_stmt_in_loop_jvp,
        c_match_stmt_in_loop_vjp,
        c_match_stmt_in_loop_grad,
        c_match_stmt_in_loop_hvp
    );
    check_one("c_match_stmt_in_loop", &m, 1.5, Some((3.0, 2.0, 0.0)));
}

#[differentiable]
fn c_match_return(x: f64, k: usize) -> f64 {
    match k {
        0 => return 1.0,
        _ => {}
    }
    x * x
}

#[test]
fn c_match_arm_with_early_return() {
    let m = one!(
        c_match_return,
        c_match_return_jvp,
        c_match_return_vjp,
        c_match_return_grad,
        c_match_return_hvp,
        0
    );
    check_one("c_match_return(k = 0)", &m, 1.5, Some((1.0, 0.0, 0.0)));
    let m = one!(
        c_match_return,
        c_match_return_jvp,
        c_match_return_vjp,
        c_match_return_grad,
        c_match_return_hvp,
        2
    );
    check_one("c_match_return(k = 2)", &m, 1.5, Some((2.25, 3.0, 2.0)));
}

#[differentiable]
fn c_match_break_continue(x: f64) -> f64 {
    let mut s = x;
    for i in 0..6 {
        match i {
            2 => continue,
            4 => break,
            _ => {}
        }
        s = s * x;
    }
    s
}

#[differentiable]
fn c_match_break_continue_slice(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        match i {
            1 => continue,
            3 => break,
            _ => {}
        }
        s += x[i] * x[i] * (i as f64 + 1.0);
    }
    s
}

#[test]
fn c_match_arms_with_break_and_continue() {
    // Multiplies at i = 0, 1, 3: x^4.
    let m = one!(
        c_match_break_continue,
        c_match_break_continue_jvp,
        c_match_break_continue_vjp,
        c_match_break_continue_grad,
        c_match_break_continue_hvp
    );
    check_one(
        "c_match_break_continue",
        &m,
        1.5,
        Some((5.0625, 13.5, 27.0)),
    );
    // x0^2 + 3 x2^2 at [1, 2, 3, 4, 5]: 28; grad [2, 0, 18, 0, 0]; H = diag(2, 0, 6, 0, 0).
    let m = slice!(
        c_match_break_continue_slice,
        c_match_break_continue_slice_jvp,
        c_match_break_continue_slice_vjp,
        c_match_break_continue_slice_grad,
        c_match_break_continue_slice_hvp
    );
    check_slice_fn(
        "c_match_break_continue_slice",
        &m,
        &[1.0, 2.0, 3.0, 4.0, 5.0],
        Some(SliceTruth {
            value: 28.0,
            grad: &[2.0, 0.0, 18.0, 0.0, 0.0],
            hvps: &[(&[1.0, 1.0, 1.0, 1.0, 1.0], &[2.0, 0.0, 6.0, 0.0, 0.0])],
        }),
    );
}

#[differentiable]
fn c_match_active_arms(x: f64, k: usize) -> f64 {
    let y = match k {
        0 => x,
        1 => x * x,
        _ => 2.0 * x,
    };
    y * x + y
}

#[test]
fn c_match_expression_with_active_arm_values() {
    // k = 0: x^2 + x; k = 1: x^3 + x^2; otherwise 2x^2 + 2x.
    let x: f64 = 1.5;
    let truth = [
        (0usize, (x * x + x, 2.0 * x + 1.0, 2.0)),
        (1, (x.powi(3) + x * x, 3.0 * x * x + 2.0 * x, 6.0 * x + 2.0)),
        (5, (2.0 * x * x + 2.0 * x, 4.0 * x + 2.0, 4.0)),
    ];
    for (k, t) in truth {
        let m = one!(
            c_match_active_arms,
            c_match_active_arms_jvp,
            c_match_active_arms_vjp,
            c_match_active_arms_grad,
            c_match_active_arms_hvp,
            k
        );
        check_one(&format!("c_match_active_arms(k = {k})"), &m, x, Some(t));
    }
}

// --------------------------- D. `break` / `continue` as the value of an `if` / `match`

#[differentiable]
fn d_break_in_let(x: f64) -> f64 {
    let mut s = x;
    for i in 0..10 {
        let k = if i > 1 { break } else { i };
        s = s * x + (k as f64);
    }
    s
}

#[test]
fn d_break_inside_inactive_let_value() {
    // i = 0: x^2; i = 1: x^3 + 1; then break.
    let m = one!(
        d_break_in_let,
        d_break_in_let_jvp,
        d_break_in_let_vjp,
        d_break_in_let_grad,
        d_break_in_let_hvp
    );
    check_one("d_break_in_let", &m, 1.5, Some((4.375, 6.75, 9.0)));
    check_one("d_break_in_let", &m, -0.8, Some((0.488, 1.92, -4.8)));
}

#[differentiable]
fn d_continue_in_let(x: f64) -> f64 {
    let mut s = x;
    for i in 0..10 {
        let k = if i > 1 { continue } else { i };
        s = s * x + (k as f64);
    }
    s
}

#[differentiable]
fn d_continue_in_let_middle(x: f64) -> f64 {
    let mut s = x;
    for i in 0..3 {
        let k = if i == 1 { continue } else { i };
        s = s * x + (k as f64);
    }
    s
}

#[test]
fn d_continue_inside_inactive_let_value() {
    // Only i = 0, 1 update: x^3 + 1.
    let m = one!(
        d_continue_in_let,
        d_continue_in_let_jvp,
        d_continue_in_let_vjp,
        d_continue_in_let_grad,
        d_continue_in_let_hvp
    );
    check_one("d_continue_in_let", &m, 1.5, Some((4.375, 6.75, 9.0)));
    // i = 0: x^2; i = 1 skipped; i = 2: x^3 + 2.
    let m = one!(
        d_continue_in_let_middle,
        d_continue_in_let_middle_jvp,
        d_continue_in_let_middle_vjp,
        d_continue_in_let_middle_grad,
        d_continue_in_let_middle_hvp
    );
    check_one(
        "d_continue_in_let_middle",
        &m,
        1.5,
        Some((5.375, 6.75, 9.0)),
    );
}

#[differentiable]
fn d_break_in_match_let(x: f64) -> f64 {
    let mut s = x;
    for i in 0..10 {
        let k = match i {
            3 => break,
            _ => i,
        };
        s = s * x + (k as f64);
    }
    s
}

#[test]
fn d_break_inside_match_let_value() {
    // i = 0: x^2; i = 1: x^3 + 1; i = 2: x^4 + x + 2; break at i = 3.
    let m = one!(
        d_break_in_match_let,
        d_break_in_match_let_jvp,
        d_break_in_match_let_vjp,
        d_break_in_match_let_grad,
        d_break_in_match_let_hvp
    );
    check_one("d_break_in_match_let", &m, 1.5, Some((8.5625, 14.5, 27.0)));
}

#[differentiable]
fn d_break_in_active_let(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let y = if x[i] > 2.0 { break } else { x[i] * 2.0 };
        s += y * x[i];
    }
    s
}

#[test]
fn d_break_inside_active_let_value() {
    // Stops at x[2] = 3: 2 (1 + 1.5^2); grad [4, 6, 0, 0]; H = diag(4, 4, 0, 0).
    let m = slice!(
        d_break_in_active_let,
        d_break_in_active_let_jvp,
        d_break_in_active_let_vjp,
        d_break_in_active_let_grad,
        d_break_in_active_let_hvp
    );
    check_slice_fn(
        "d_break_in_active_let",
        &m,
        &[1.0, 1.5, 3.0, 0.5],
        Some(SliceTruth {
            value: 6.5,
            grad: &[4.0, 6.0, 0.0, 0.0],
            hvps: &[(&[1.0, -1.0, 0.5, 2.0], &[4.0, -4.0, 0.0, 0.0])],
        }),
    );
    // No break at all.
    check_slice_fn(
        "d_break_in_active_let",
        &m,
        &[0.5, -1.0, 1.5],
        Some(SliceTruth {
            value: 2.0 * (0.25 + 1.0 + 2.25),
            grad: &[2.0, -4.0, 6.0],
            hvps: &[(&[1.0, 1.0, 1.0], &[4.0, 4.0, 4.0])],
        }),
    );
    // Break at the first element: 0 and no derivative.
    check_slice_fn(
        "d_break_in_active_let",
        &m,
        &[2.5, 1.0],
        Some(SliceTruth {
            value: 0.0,
            grad: &[0.0, 0.0],
            hvps: &[(&[1.0, 1.0], &[0.0, 0.0])],
        }),
    );
}

// ------------------------------------- E. reversed range with a mutated bound

// `n += 1` is never read: the range is evaluated once, which is the point.
#[differentiable]
#[allow(unused_assignments)]
fn e_rev_mutated_bound(x: f64) -> f64 {
    let mut s = 0.0;
    let mut n = 2;
    for i in (0..n).rev() {
        s = s + x * (i as f64);
        n += 1;
    }
    s
}

#[differentiable]
fn e_rev_mutated_bound_nonlinear(x: f64) -> f64 {
    let mut s = 1.0;
    let mut n = 3;
    for i in (1..n).rev() {
        s = s * x + (i as f64);
        n += 2;
    }
    s * (n as f64)
}

#[test]
fn e_reversed_range_with_bound_mutated_in_the_body() {
    terminates("e_rev_mutated_bound", || {
        // The range is evaluated once (i = 1, 0): s = x.
        let m = one!(
            e_rev_mutated_bound,
            e_rev_mutated_bound_jvp,
            e_rev_mutated_bound_vjp,
            e_rev_mutated_bound_grad,
            e_rev_mutated_bound_hvp
        );
        check_one("e_rev_mutated_bound", &m, 1.5, Some((1.5, 1.0, 0.0)));
        // i = 2: x + 2; i = 1: x^2 + 2x + 1; n = 3 + 2 + 2 = 7: 7 (x + 1)^2.
        let m = one!(
            e_rev_mutated_bound_nonlinear,
            e_rev_mutated_bound_nonlinear_jvp,
            e_rev_mutated_bound_nonlinear_vjp,
            e_rev_mutated_bound_nonlinear_grad,
            e_rev_mutated_bound_nonlinear_hvp
        );
        check_one(
            "e_rev_mutated_bound_nonlinear",
            &m,
            1.5,
            Some((7.0 * 6.25, 14.0 * 2.5, 14.0)),
        );
    });
}

// ------------------------------- F. shadowing by closure parameters and match bindings

#[differentiable(wrt(x))]
fn f_closure_param_shadows(x: f64, w: &[f64]) -> f64 {
    let k = 0;
    let c: f64 = (0..w.len()).map(|k| w[k]).sum();
    x * c + (k as f64)
}

#[test]
fn f_closure_parameter_shadows_a_local() {
    let w = [1.0, 2.0, 3.0];
    let m = one!(
        f_closure_param_shadows,
        f_closure_param_shadows_jvp,
        f_closure_param_shadows_vjp,
        f_closure_param_shadows_grad,
        f_closure_param_shadows_hvp,
        &w
    );
    check_one("f_closure_param_shadows", &m, 1.5, Some((9.0, 6.0, 0.0)));
}

#[differentiable]
fn f_match_binding_shadows(x: f64, o: Option<f64>) -> f64 {
    let v = 10.0;
    let c = match o {
        Some(v) => v,
        None => 0.0,
    };
    x * c + v
}

#[test]
fn f_match_binding_shadows_a_local() {
    let m = one!(
        f_match_binding_shadows,
        f_match_binding_shadows_jvp,
        f_match_binding_shadows_vjp,
        f_match_binding_shadows_grad,
        f_match_binding_shadows_hvp,
        Some(2.0)
    );
    check_one(
        "f_match_binding_shadows(Some(2))",
        &m,
        1.5,
        Some((13.0, 2.0, 0.0)),
    );
    let m = one!(
        f_match_binding_shadows,
        f_match_binding_shadows_jvp,
        f_match_binding_shadows_vjp,
        f_match_binding_shadows_grad,
        f_match_binding_shadows_hvp,
        None
    );
    check_one(
        "f_match_binding_shadows(None)",
        &m,
        1.5,
        Some((10.0, 0.0, 0.0)),
    );
}

// ----------------------------------------------------- G. struct field shorthand

struct Cfg {
    k: usize,
}

fn weight(c: Cfg) -> f64 {
    c.k as f64
}

#[differentiable(wrt(x))]
fn g_struct_shorthand(x: f64, k: usize) -> f64 {
    let k = k * 2;
    x * weight(Cfg { k })
}

#[test]
fn g_struct_field_shorthand_uses_the_shadowing_local() {
    let m = one!(
        g_struct_shorthand,
        g_struct_shorthand_jvp,
        g_struct_shorthand_vjp,
        g_struct_shorthand_grad,
        g_struct_shorthand_hvp,
        3
    );
    check_one("g_struct_shorthand", &m, 1.5, Some((9.0, 6.0, 0.0)));
}

// ------------------------- H. side effects run exactly once per generated call

/// A linear congruential generator: `uniform` has a side effect on `self`.
struct Lcg(u64);

impl Lcg {
    fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[differentiable(wrt(x))]
fn h_rng_once(x: f64, rng: &mut Lcg) -> f64 {
    let mut s = x * x;
    if x > 0.0 {
        let u = rng.uniform();
        s = s * (x + u);
    }
    s
}

/// The state of `Lcg(seed)` after `n` draws.
fn lcg_after(seed: u64, n: usize) -> u64 {
    let mut r = Lcg(seed);
    for _ in 0..n {
        r.uniform();
    }
    r.0
}

#[test]
fn h_side_effect_runs_once() {
    let x = 0.8;
    let u = Lcg(42).uniform();
    // x^2 (x + u): 3x^2 + 2xu, 6x + 2u.
    let truth = (
        x * x * (x + u),
        3.0 * x * x + 2.0 * x * u,
        6.0 * x + 2.0 * u,
    );
    let m = one!(
        h_rng_once,
        h_rng_once_jvp,
        h_rng_once_vjp,
        h_rng_once_grad,
        h_rng_once_hvp,
        &mut Lcg(42)
    );
    check_one("h_rng_once", &m, x, Some(truth));

    let once = lcg_after(42, 1);
    let mut r = Lcg(42);
    let (v, d) = h_rng_once_jvp(x, 1.0, &mut r);
    assert_eq!(
        r.0, once,
        "h_rng_once_jvp: generator must advance exactly once"
    );
    close("h_rng_once_jvp", v, truth.0, EXACT);
    close("h_rng_once_jvp", d, truth.1, EXACT);
    let mut r = Lcg(42);
    let (v, d) = h_rng_once_vjp(x, &mut r, 1.0);
    assert_eq!(
        r.0, once,
        "h_rng_once_vjp: generator must advance exactly once"
    );
    close("h_rng_once_vjp", v, truth.0, EXACT);
    close("h_rng_once_vjp", d, truth.1, EXACT);
    let mut r = Lcg(42);
    let (v, d) = h_rng_once_grad(x, &mut r);
    assert_eq!(
        r.0, once,
        "h_rng_once_grad: generator must advance exactly once"
    );
    close("h_rng_once_grad", v, truth.0, EXACT);
    close("h_rng_once_grad", d, truth.1, EXACT);
    let mut r = Lcg(42);
    let (v, h) = h_rng_once_hvp(x, 1.0, &mut r);
    assert_eq!(
        r.0, once,
        "h_rng_once_hvp: generator must advance exactly once"
    );
    close("h_rng_once_hvp", v, truth.0, EXACT);
    close("h_rng_once_hvp", h, truth.2, EXACT);
    // The branch not taken draws nothing: x^2 at x < 0.
    let mut r = Lcg(42);
    let (v, d) = h_rng_once_grad(-0.8, &mut r);
    assert_eq!(
        r.0, 42,
        "h_rng_once_grad at x < 0: generator must not advance"
    );
    close("h_rng_once_grad at -0.8", v, 0.64, EXACT);
    close("h_rng_once_grad at -0.8", d, -1.6, EXACT);
}

#[differentiable(wrt(x))]
fn h_rng_loop(x: f64, n: usize, rng: &mut Lcg) -> f64 {
    let mut s = x;
    for i in 0..n {
        let u = rng.uniform();
        s = s * (x + u) + (i as f64) * x;
    }
    s
}

#[test]
fn h_side_effect_in_a_loop_runs_once_per_iteration() {
    let n = 4;
    let x = 0.8;
    // Hand-derived recurrences with the draws of a fresh Lcg(42):
    // s' = s (x + u) + i x, ds' = ds (x + u) + s + i, dds' = dds (x + u) + 2 ds.
    let mut r = Lcg(42);
    let (mut s, mut ds, mut dds) = (x, 1.0, 0.0);
    for i in 0..n {
        let u = r.uniform();
        let fi = i as f64;
        let (s1, ds1, dds1) = (
            s * (x + u) + fi * x,
            ds * (x + u) + s + fi,
            dds * (x + u) + 2.0 * ds,
        );
        (s, ds, dds) = (s1, ds1, dds1);
    }
    let m = one!(
        h_rng_loop,
        h_rng_loop_jvp,
        h_rng_loop_vjp,
        h_rng_loop_grad,
        h_rng_loop_hvp,
        n,
        &mut Lcg(42)
    );
    check_one("h_rng_loop", &m, x, Some((s, ds, dds)));

    let after = lcg_after(42, n);
    let mut r = Lcg(42);
    h_rng_loop_jvp(x, 1.0, n, &mut r);
    assert_eq!(
        r.0, after,
        "h_rng_loop_jvp: generator must advance exactly n times"
    );
    let mut r = Lcg(42);
    h_rng_loop_vjp(x, n, &mut r, 1.0);
    assert_eq!(
        r.0, after,
        "h_rng_loop_vjp: generator must advance exactly n times"
    );
    let mut r = Lcg(42);
    h_rng_loop_grad(x, n, &mut r);
    assert_eq!(
        r.0, after,
        "h_rng_loop_grad: generator must advance exactly n times"
    );
    let mut r = Lcg(42);
    h_rng_loop_hvp(x, 1.0, n, &mut r);
    assert_eq!(
        r.0, after,
        "h_rng_loop_hvp: generator must advance exactly n times"
    );
}

/// Draws as operands of active arithmetic, in conditions, in nested loops and in a
/// branch, all in one function: each runs once per generated call.
#[differentiable(wrt(x))]
fn h_rng_everywhere(x: f64, rng: &mut Lcg) -> f64 {
    let mut s = x * (x + rng.uniform());
    for _i in 0..3 {
        s = s * (0.5 * x + rng.uniform());
        if rng.uniform() > 0.5 {
            s = s * x;
        }
        for _j in 0..2 {
            let w = rng.uniform();
            s = s + w * x * x;
        }
    }
    s
}

#[test]
fn h_side_effects_in_operands_conditions_and_nested_loops() {
    let m = one!(
        h_rng_everywhere,
        h_rng_everywhere_jvp,
        h_rng_everywhere_vjp,
        h_rng_everywhere_grad,
        h_rng_everywhere_hvp,
        &mut Lcg(7)
    );
    for x in [0.8, -0.6, 1.3] {
        check_one("h_rng_everywhere", &m, x, None);
    }
    let mut r = Lcg(7);
    h_rng_everywhere(0.8, &mut r);
    let after = r.0;
    let mut r = Lcg(7);
    h_rng_everywhere_grad(0.8, &mut r);
    assert_eq!(r.0, after, "h_rng_everywhere_grad: one draw per site");
    let mut r = Lcg(7);
    h_rng_everywhere_hvp(0.8, 1.0, &mut r);
    assert_eq!(r.0, after, "h_rng_everywhere_hvp: one draw per site");
    let mut r = Lcg(7);
    h_rng_everywhere_jvp(0.8, 1.0, &mut r);
    assert_eq!(r.0, after, "h_rng_everywhere_jvp: one draw per site");
}

// ------------------------------ I. `%` w.r.t. the divisor at an exact-integer quotient

#[differentiable]
fn i_rem(t: f64, p: f64) -> f64 {
    t % p
}

#[test]
fn i_rem_wrt_divisor_at_integer_quotient() {
    let (t, p) = (7.0, 0.1);
    let r = i_rem(t, p);
    // Rust's 7.0 % 0.1 is 0.0999..96: the truncated quotient is 69, not 70.
    assert!(r > 0.09 && r < 0.1, "7.0 % 0.1 = {r}");
    let q = ((t - r) / p).round();
    assert_eq!(q, 69.0);
    // t % p = t - 69 p on the side of (7, 0.1) the primal takes (p slightly larger, or t
    // slightly smaller; the quotient jumps to 70 just the other way): one-sided
    // differences on that side agree; central ones would straddle the jump.
    let h = 1e-7;
    let fd_p = (i_rem(t, p + h) - r) / h;
    close("forward difference in p", fd_p, -69.0, 1e-6);
    let fd_t = (r - i_rem(t - h, p)) / h;
    close("backward difference in t", fd_t, 1.0, 1e-6);
    let (dt, dp) = (1.0, -69.0);

    let (v, d) = i_rem_jvp(t, 1.0, p, 0.0);
    close("i_rem_jvp value", v, r, 0.0);
    close("i_rem_jvp along t", d, dt, EXACT);
    let (_, d) = i_rem_jvp(t, 0.0, p, 1.0);
    close("i_rem_jvp along p", d, dp, EXACT);
    let (_, d) = i_rem_jvp(t, 0.5, p, -2.0);
    close("i_rem_jvp along (0.5, -2)", d, 0.5 * dt - 2.0 * dp, EXACT);
    let (v, a, b) = i_rem_vjp(t, p, -1.75);
    close("i_rem_vjp value", v, r, 0.0);
    close("i_rem_vjp t", a, -1.75 * dt, EXACT);
    close("i_rem_vjp p", b, -1.75 * dp, EXACT);
    let (v, a, b) = i_rem_grad(t, p);
    close("i_rem_grad value", v, r, 0.0);
    close("i_rem_grad t", a, dt, EXACT);
    close("i_rem_grad p", b, dp, EXACT);
    for (vt, vp) in [(1.0, 0.0), (0.0, 1.0), (0.5, -2.0)] {
        let (v, a, b) = i_rem_hvp(t, vt, p, vp);
        close("i_rem_hvp value", v, r, 0.0);
        close(&format!("i_rem_hvp t along ({vt}, {vp})"), a, 0.0, EXACT);
        close(&format!("i_rem_hvp p along ({vt}, {vp})"), b, 0.0, EXACT);
    }
    // Away from the jump, against central differences.
    check_scalars!(
        i_rem,
        i_rem_jvp,
        i_rem_vjp,
        i_rem_grad,
        i_rem_hvp,
        [0, 1],
        [vec![7.05, 0.1], vec![5.3, 1.7], vec![-4.2, 0.9]]
    );
}

// ------------------------------------------------- constructs that must compile

#[differentiable]
fn k_assert_inline_args(x: f64, n: usize) -> f64 {
    let m = n + 1;
    assert!(m > 0, "got {m}");
    assert!(m < 100, "got {m:?}");
    assert!(m != 7, "got {m:.3}");
    x * x * (m as f64)
}

#[test]
fn k_assert_with_inline_format_arguments() {
    // m = 3: 3x^2.
    let m = one!(
        k_assert_inline_args,
        k_assert_inline_args_jvp,
        k_assert_inline_args_vjp,
        k_assert_inline_args_grad,
        k_assert_inline_args_hvp,
        2
    );
    check_one("k_assert_inline_args", &m, 1.5, Some((6.75, 9.0, 6.0)));
}

#[differentiable]
fn k_block_while_condition(x: f64) -> f64 {
    let mut s = x;
    let mut k = 0;
    while {
        k += 1;
        k < 4
    } {
        s = s * x;
    }
    s
}

#[test]
fn k_block_as_while_condition() {
    terminates("k_block_while_condition", || {
        // The body runs for k = 1, 2, 3: x^4.
        let m = one!(
            k_block_while_condition,
            k_block_while_condition_jvp,
            k_block_while_condition_vjp,
            k_block_while_condition_grad,
            k_block_while_condition_hvp
        );
        check_one(
            "k_block_while_condition",
            &m,
            1.5,
            Some((5.0625, 13.5, 27.0)),
        );
    });
}

#[differentiable]
fn k_if_else_compound_tails(x: f64, c: bool) -> f64 {
    let mut k = 0;
    if c {
        k += 1
    } else {
        k += 2
    }
    for i in 0..3 {
        if i == 1 {
            k += 1
        } else {
            k += 2
        }
    }
    x * x * (k as f64)
}

#[test]
fn k_if_else_with_inactive_compound_assignment_tails() {
    // The loop adds 2 + 1 + 2 = 5; c adds 1, !c adds 2.
    let m = one!(
        k_if_else_compound_tails,
        k_if_else_compound_tails_jvp,
        k_if_else_compound_tails_vjp,
        k_if_else_compound_tails_grad,
        k_if_else_compound_tails_hvp,
        true
    );
    check_one(
        "k_if_else_compound_tails(true)",
        &m,
        1.5,
        Some((13.5, 18.0, 12.0)),
    );
    let m = one!(
        k_if_else_compound_tails,
        k_if_else_compound_tails_jvp,
        k_if_else_compound_tails_vjp,
        k_if_else_compound_tails_grad,
        k_if_else_compound_tails_hvp,
        false
    );
    check_one(
        "k_if_else_compound_tails(false)",
        &m,
        1.5,
        Some((15.75, 21.0, 14.0)),
    );
}

// `let y = if x[i] > 2.0 { break } else { x[i] * 2.0 };` is `d_break_in_active_let` above.

#[differentiable]
fn k_println_active(x: f64) -> f64 {
    let y = x * x;
    println!("y = {y}");
    y * x
}

#[test]
fn k_println_of_an_active_value() {
    // x^3: prints the primal, derivatives unchanged.
    let m = one!(
        k_println_active,
        k_println_active_jvp,
        k_println_active_vjp,
        k_println_active_grad,
        k_println_active_hvp
    );
    check_one("k_println_active", &m, 1.5, Some((3.375, 6.75, 9.0)));
}

// ------------------------------- L. shapes the random generator found after the fixes

/// The rest of the function after a returning `if` must not see a variable declared
/// in a branch (here `x`, which shadows the parameter inside the `else` only).
#[differentiable(wrt(x))]
fn l_branch_local_does_not_leak(x: f64, y: f64) -> f64 {
    if y < 0.0 {
        return y;
    } else {
        #[allow(unused_variables)]
        let x = 3.0;
    }
    x * y
}

#[test]
fn l_variables_of_a_returning_branch_stay_in_it() {
    // x * y for y >= 0: d/dx = y, d2/dx2 = 0.
    let y = 1.7;
    let m = one!(
        l_branch_local_does_not_leak,
        l_branch_local_does_not_leak_jvp,
        l_branch_local_does_not_leak_vjp,
        l_branch_local_does_not_leak_grad,
        l_branch_local_does_not_leak_hvp,
        y
    );
    check_one("l_branch_local", &m, 1.5, Some((1.5 * y, y, 0.0)));
}

/// A `match` binding named like a parameter, beside an arm that returns.
#[differentiable(wrt(x0))]
#[allow(unused_variables)]
fn l_match_binding_beside_return(x0: f64, x1: f64) -> f64 {
    let j = 1;
    let mut n = 0;
    match j {
        2 => return x1.sinh(),
        x0 => n += 1,
    }
    x0 * x1 * (n as f64)
}

#[test]
fn l_match_binding_stays_in_its_arm() {
    let x1 = 0.7;
    let m = one!(
        l_match_binding_beside_return,
        l_match_binding_beside_return_jvp,
        l_match_binding_beside_return_vjp,
        l_match_binding_beside_return_grad,
        l_match_binding_beside_return_hvp,
        x1
    );
    check_one("l_match_binding", &m, 1.5, Some((1.5 * x1, x1, 0.0)));
}

/// `let k = if k != 2 { break } else { .. };`: the condition reads the outer `k`.
#[differentiable]
fn l_let_shadowing_in_its_condition(x: f64) -> f64 {
    let k = 2;
    let mut s = 0.0;
    for i in 0..3 {
        let k = if k != 2 { break } else { i + 1 };
        s += x * (k as f64);
    }
    s
}

#[test]
fn l_let_condition_reads_the_outer_name() {
    // 1 + 2 + 3 = 6 x.
    let m = one!(
        l_let_shadowing_in_its_condition,
        l_let_shadowing_in_its_condition_jvp,
        l_let_shadowing_in_its_condition_vjp,
        l_let_shadowing_in_its_condition_grad,
        l_let_shadowing_in_its_condition_hvp
    );
    check_one("l_let_shadowing", &m, 1.5, Some((9.0, 6.0, 0.0)));
}

/// A typed `Option` built by an `if` with `None` in one branch.
#[differentiable]
fn l_typed_option_from_if(x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let o: Option<f64> = if i % 2 == 0 {
            Some(0.5 + i as f64)
        } else {
            None
        };
        let c = match o {
            Some(v) => v,
            None => 0.25,
        };
        s += c * x * x;
    }
    s
}

#[test]
fn l_typed_option_from_an_if() {
    // (0.5 + 0.25 + 2.5) x^2 = 3.25 x^2.
    let m = one!(
        l_typed_option_from_if,
        l_typed_option_from_if_jvp,
        l_typed_option_from_if_vjp,
        l_typed_option_from_if_grad,
        l_typed_option_from_if_hvp
    );
    check_one(
        "l_typed_option",
        &m,
        1.5,
        Some((3.25 * 2.25, 6.5 * 1.5, 6.5)),
    );
}

// --------------------------------------------- M. a cast to the function's own float

/// `x as f64` in an `f64` function is the value itself (its derivative included).
#[differentiable]
#[allow(clippy::unnecessary_cast)]
fn m_identity_cast(x: f64) -> f64 {
    let y = (x * x) as f64;
    y * x as f64
}

#[test]
fn m_identity_cast_keeps_the_derivative() {
    let m = one!(
        m_identity_cast,
        m_identity_cast_jvp,
        m_identity_cast_vjp,
        m_identity_cast_grad,
        m_identity_cast_hvp
    );
    check_one("m_identity_cast", &m, 1.5, Some((3.375, 6.75, 9.0)));
}

// ------------------------- N. variables of a desugared `match` and the activity passes

struct Cfg2 {
    k: usize,
}

fn weight2(c: Cfg2) -> f64 {
    0.5 + 0.25 * c.k as f64
}

/// The `match` reads `s`, which only becomes active further down the loop: it is
/// desugared in the second activity pass but not in the first, and the variables it
/// introduces must not shift the user's (here `k` stays an integer).
#[differentiable]
fn n_match_desugared_in_a_later_pass(x: f64) -> f64 {
    let mut s = 1.0_f64;
    for i in 0..3 {
        let a = match i {
            2 => 0.5 * s.cos(),
            _ => 0.25,
        };
        s = s * x + a;
    }
    let k = 2;
    let r = s * weight2(Cfg2 { k });
    r * x
}

#[test]
fn n_desugared_match_keeps_the_user_variables_apart() {
    let m = one!(
        n_match_desugared_in_a_later_pass,
        n_match_desugared_in_a_later_pass_jvp,
        n_match_desugared_in_a_later_pass_vjp,
        n_match_desugared_in_a_later_pass_grad,
        n_match_desugared_in_a_later_pass_hvp
    );
    for x in [0.7, 1.3] {
        check_one("n_match_desugared", &m, x, None);
    }
}

/// An `if` statement whose `then` branch ends in an `if` without `else` and whose `else`
/// branch ends in an `if`/`else` of statements is a statement, not a value (it was taken
/// for a value whose `then` branch had none: a spanned error on valid code).
#[differentiable]
fn o_if_of_ifs_as_statement(x: &[f64], flag: bool) -> f64 {
    let mut s = x[0];
    if flag {
        if x[1] < 0.5 {
            s /= x[1].cosh();
        }
    } else {
        if x[0] < 3.0 {
            s = 2.0 * s * x[1];
        } else {
            s *= x[1];
        }
    }
    s * x[0] + x[1]
}

#[test]
fn o_an_if_ending_in_ifs_is_a_statement() {
    for flag in [true, false] {
        let m = slice!(
            o_if_of_ifs_as_statement,
            o_if_of_ifs_as_statement_jvp,
            o_if_of_ifs_as_statement_vjp,
            o_if_of_ifs_as_statement_grad,
            o_if_of_ifs_as_statement_hvp,
            flag
        );
        // both inner branches of each side
        for x in [[0.7, 0.3], [1.2, 0.9], [3.5, 0.2], [-0.4, -1.1]] {
            check_slice_fn("o_if_of_ifs", &m, &x, None);
        }
    }
    // by hand at flag = false, x = [0.7, 0.3]: s = 2 * 0.7 * 0.3 = 0.42, value 0.42 * 0.7 + 0.3
    assert!((o_if_of_ifs_as_statement(&[0.7, 0.3], false) - (0.42 * 0.7 + 0.3)).abs() < 1e-15);
}

// ------------------------------------------------- p: generic values of diverging lets

const PW: [f64; 5] = [0.5, -0.25, 1.5, 0.75, -1.0];

/// A constant of a generic float type, through a call: its type is hidden from the macro.
fn pc<T: num_traits::Float>(v: f64) -> T {
    T::from(v).unwrap()
}

/// In a generic `T: Float` function, a value of a type the syntax hides, bound by a `let`
/// whose `match` has a `continue` arm inside a loop, got `Default::default()` on the path
/// that leaves the iteration (generated code that did not compile: `T: Default`).
// (the value of a block binding `t`, as the random programs write it)
#[allow(clippy::let_and_return)]
#[differentiable]
fn p_match_continue<T: num_traits::Float>(x: T, y: T) -> T {
    let mut s = x * y;
    let mut i = 0;
    while i < 4 {
        i += 1;
        let a = match i {
            2 => continue,
            _ => ({
                let t = pc::<T>(PW[i]);
                t
            })
            .clamp(pc::<T>(-0.6), pc::<T>(0.6)),
        };
        s = s + a * x * y.sin();
    }
    s
}

fn p_match_continue_ref(x: f64, y: f64) -> f64 {
    let a: f64 = [-0.25, 0.6, -0.6].iter().sum();
    x * y + a * x * y.sin()
}

/// Leading branches that leave, several producing the value; and an `if` whose `else`
/// leaves with `break`.
#[differentiable]
fn p_exits_then_values<T: num_traits::Float>(x: T, y: T) -> T {
    let mut s = x;
    for i in 0..5 {
        let a = match i {
            0 => continue,
            1 => pc::<T>(0.5),
            _ => pc::<T>(PW[i]).abs(),
        };
        let b = if i < 4 { pc::<T>(PW[i]) * a } else { break };
        s = s + a * x * y + b * y * y;
    }
    s
}

fn p_exits_then_values_ref(x: f64, y: f64) -> f64 {
    let mut s = x;
    for i in 1..4 {
        let a = if i == 1 { 0.5 } else { PW[i].abs() };
        s += a * x * y + PW[i] * a * y * y;
    }
    s
}

#[test]
fn p_generic_values_of_lets_leaving_the_iteration() {
    let pts = fd::points(91, 4, 2, -1.2, 1.2);
    for p in &pts {
        close(
            "p_match_continue",
            p_match_continue(p[0], p[1]),
            p_match_continue_ref(p[0], p[1]),
            EXACT,
        );
        close(
            "p_exits_then_values",
            p_exits_then_values(p[0], p[1]),
            p_exits_then_values_ref(p[0], p[1]),
            EXACT,
        );
    }
    let (f, j, v, g, h) = (
        p_match_continue::<f64>,
        p_match_continue_jvp::<f64>,
        p_match_continue_vjp::<f64>,
        p_match_continue_grad::<f64>,
        p_match_continue_hvp::<f64>,
    );
    check_scalars!(f, j, v, g, h, [0, 1], pts.clone());
    let (f, j, v, g, h) = (
        p_exits_then_values::<f64>,
        p_exits_then_values_jvp::<f64>,
        p_exits_then_values_vjp::<f64>,
        p_exits_then_values_grad::<f64>,
        p_exits_then_values_hvp::<f64>,
    );
    check_scalars!(f, j, v, g, h, [0, 1], pts);
}

/// A branch leaving the iteration between two branches producing a value of a type the
/// syntax hides (generated code that did not compile: `T: Default`, as above).
#[differentiable]
fn p_mixed_continue<T: num_traits::Float>(x: T, y: T) -> T {
    let mut s = x * y;
    for i in 0..5 {
        let a = match i {
            0 => pc::<T>(1.0),
            1 | 3 => continue,
            _ => pc::<T>(PW[i]),
        };
        s = s + a * x * y.sin();
    }
    s
}

fn p_mixed_continue_ref(x: f64, y: f64) -> f64 {
    x * y + (1.0 + 1.5 - 1.0) * x * y.sin()
}

/// `break` between values, and a final `else` that leaves after them: the conditions
/// still run in their order, each only when the ones before it failed.
#[differentiable]
fn p_mixed_break<T: num_traits::Float>(x: T, y: T) -> T {
    let mut s = x;
    let mut n = 0;
    for i in 0..6 {
        let b = if i == 0 {
            pc::<T>(0.5)
        } else if next(&mut n) == 4 {
            break;
        } else if i % 2 == 1 {
            pc::<T>(PW[i]).abs()
        } else {
            continue;
        };
        s = s * pc::<T>(0.9) + b * x * x * y;
    }
    s + pc::<T>(n as f64) * y
}

/// Counts its calls: a condition with an effect.
fn next(n: &mut i32) -> i32 {
    *n += 1;
    *n
}

fn p_mixed_break_ref(x: f64, y: f64) -> f64 {
    // i = 0: 0.5 (no call); i = 1..3: calls 1, 2, 3 (0.25, continue, 0.75); i = 4: call 4
    let mut s = x;
    for b in [0.5, 0.25, 0.75] {
        s = s * 0.9 + b * x * x * y;
    }
    s + 4.0 * y
}

/// Active values on both sides of a `continue`, in a concrete function.
#[differentiable]
fn p_mixed_active(x: f64, y: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..6 {
        let a = match i % 3 {
            0 => x * y,
            1 => continue,
            _ => (x + PW[i % 5]).sin() * y,
        };
        s += a * a + 0.1 * s;
    }
    s
}

fn p_mixed_active_ref(x: f64, y: f64) -> f64 {
    let mut s = 0.0;
    for i in [0, 2, 3, 5] {
        let a = if i % 3 == 0 {
            x * y
        } else {
            (x + PW[i % 5]).sin() * y
        };
        s += a * a + 0.1 * s;
    }
    s
}

/// Active values around a `break`, in a generic function's `loop`.
#[differentiable]
fn p_mixed_active_break<T: num_traits::Float>(x: T, y: T) -> T {
    let mut s = x;
    let mut i = 0;
    loop {
        i += 1;
        let a = if i < 3 {
            x * y
        } else if i == 5 {
            break;
        } else {
            (x - y).cos()
        };
        s = s + a * s * pc::<T>(0.3);
    }
    s
}

fn p_mixed_active_break_ref(x: f64, y: f64) -> f64 {
    let mut s = x;
    for a in [x * y, x * y, (x - y).cos(), (x - y).cos()] {
        s += a * s * 0.3;
    }
    s
}

/// A `break` of an inner loop between hidden-type values, with a guard.
#[differentiable]
fn p_mixed_nested<T: num_traits::Float>(x: T, y: T) -> T {
    let mut s = x;
    for i in 0..3 {
        for j in 0..3 {
            let a = match j {
                0 => pc::<T>(PW[i + j]),
                1 if i == 1 => break,
                _ => pc::<T>(0.5),
            };
            s = s + a * y * x;
        }
    }
    s
}

fn p_mixed_nested_ref(x: f64, y: f64) -> f64 {
    let mut s = x;
    for i in 0..3 {
        for j in 0..3 {
            let a = if j == 0 {
                PW[i + j]
            } else if j == 1 && i == 1 {
                break;
            } else {
                0.5
            };
            s += a * y * x;
        }
    }
    s
}

/// A struct without `Default`: no placeholder exists for it.
#[derive(Clone, Copy)]
struct PNoDefault {
    k: f64,
}

/// Values of a type without `Default` (a struct, a reference) on both sides of a
/// `continue`, a `return` between values, and a tuple of one after a `continue`, in a
/// concrete function (generated code that did not compile: `PNoDefault: Default`,
/// `&f64: Default`).
#[differentiable]
fn p_mixed_without_default(x: f64, y: f64) -> f64 {
    let mut s = x * y;
    for i in 0..5 {
        let a = match i {
            0 => PNoDefault { k: 1.0 },
            1 => continue,
            _ => PNoDefault { k: PW[i] },
        };
        let r = if i == 2 {
            &PW[0]
        } else if i == 4 {
            return s * x + a.k;
        } else {
            &PW[i]
        };
        let (c, _) = match i {
            3 => continue,
            _ => (PNoDefault { k: 0.25 * a.k }, 0),
        };
        s = s + a.k * x * y.sin() + *r * s + c.k * y;
    }
    s
}

fn p_mixed_without_default_ref(x: f64, y: f64) -> f64 {
    let mut s = x * y;
    for (k, r) in [(1.0, 0.5), (1.5, 0.5)] {
        s = s + k * x * y.sin() + r * s + 0.25 * k * y;
    }
    s * x - 1.0
}

/// Conditions reading active values, held in flags before the branches.
#[differentiable]
fn p_mixed_active_conditions(x: f64, y: f64) -> f64 {
    let mut s = x;
    for i in 0..4 {
        let a = if x * (i as f64) > 1.0 {
            x * y
        } else if y < 0.3 * (i as f64) - 0.5 {
            continue;
        } else {
            y.sin() * s
        };
        s = s + 0.5 * a;
    }
    s
}

fn p_mixed_active_conditions_ref(x: f64, y: f64) -> f64 {
    let mut s = x;
    for i in 0..4 {
        let a = if x * (i as f64) > 1.0 {
            x * y
        } else if y < 0.3 * (i as f64) - 0.5 {
            continue;
        } else {
            y.sin() * s
        };
        s += 0.5 * a;
    }
    s
}

#[test]
fn p_lets_leaving_the_iteration_between_values() {
    let pts = fd::points(93, 4, 2, -1.2, 1.2);
    type Pair = (fn(f64, f64) -> f64, fn(f64, f64) -> f64);
    let cases: [(&str, Pair); 7] = [
        (
            "p_mixed_active_conditions",
            (p_mixed_active_conditions, p_mixed_active_conditions_ref),
        ),
        (
            "p_mixed_without_default",
            (p_mixed_without_default, p_mixed_without_default_ref),
        ),
        (
            "p_mixed_continue",
            (p_mixed_continue::<f64>, p_mixed_continue_ref),
        ),
        ("p_mixed_break", (p_mixed_break::<f64>, p_mixed_break_ref)),
        ("p_mixed_active", (p_mixed_active, p_mixed_active_ref)),
        (
            "p_mixed_active_break",
            (p_mixed_active_break::<f64>, p_mixed_active_break_ref),
        ),
        (
            "p_mixed_nested",
            (p_mixed_nested::<f64>, p_mixed_nested_ref),
        ),
    ];
    for p in &pts {
        for (name, (f, r)) in cases {
            close(name, f(p[0], p[1]), r(p[0], p[1]), EXACT);
        }
    }
    let (f, j, v, g, h) = (
        p_mixed_continue::<f64>,
        p_mixed_continue_jvp::<f64>,
        p_mixed_continue_vjp::<f64>,
        p_mixed_continue_grad::<f64>,
        p_mixed_continue_hvp::<f64>,
    );
    check_scalars!(f, j, v, g, h, [0, 1], pts.clone());
    let (f, j, v, g, h) = (
        p_mixed_break::<f64>,
        p_mixed_break_jvp::<f64>,
        p_mixed_break_vjp::<f64>,
        p_mixed_break_grad::<f64>,
        p_mixed_break_hvp::<f64>,
    );
    check_scalars!(f, j, v, g, h, [0, 1], pts.clone());
    check_scalars!(
        p_mixed_without_default,
        p_mixed_without_default_jvp,
        p_mixed_without_default_vjp,
        p_mixed_without_default_grad,
        p_mixed_without_default_hvp,
        [0, 1],
        pts.clone()
    );
    check_scalars!(
        p_mixed_active_conditions,
        p_mixed_active_conditions_jvp,
        p_mixed_active_conditions_vjp,
        p_mixed_active_conditions_grad,
        p_mixed_active_conditions_hvp,
        [0, 1],
        pts.clone()
    );
    check_scalars!(
        p_mixed_active,
        p_mixed_active_jvp,
        p_mixed_active_vjp,
        p_mixed_active_grad,
        p_mixed_active_hvp,
        [0, 1],
        pts.clone()
    );
    let (f, j, v, g, h) = (
        p_mixed_active_break::<f64>,
        p_mixed_active_break_jvp::<f64>,
        p_mixed_active_break_vjp::<f64>,
        p_mixed_active_break_grad::<f64>,
        p_mixed_active_break_hvp::<f64>,
    );
    check_scalars!(f, j, v, g, h, [0, 1], pts.clone());
    let (f, j, v, g, h) = (
        p_mixed_nested::<f64>,
        p_mixed_nested_jvp::<f64>,
        p_mixed_nested_vjp::<f64>,
        p_mixed_nested_grad::<f64>,
        p_mixed_nested_hvp::<f64>,
    );
    check_scalars!(f, j, v, g, h, [0, 1], pts);
}

// ------------------- q: a cast of a block declaring a variable, and the activity passes

#[derive(Clone, Debug, differentiable::Differentiable)]
struct Q {
    w: f64,
}

impl Q {
    /// The cast's operand declares `t3` and becomes active (through `s1`) only in the
    /// second activity pass: it was lowered in that pass only, so `t3` shifted the
    /// user's later variables and the integer `k` took another's activity (a spanned
    /// error, "unsupported expression `Cfg2 { k }` involving an active value").
    // (the cast of a value that is already `f64` is the shape under test)
    #[allow(clippy::unnecessary_cast)]
    #[differentiable(wrt(self, x))]
    fn q_cast_of_a_block(&self, x: &[f64]) -> f64 {
        let c = self.w * 1.1;
        let mut s1 = 0.0_f64;
        for i2 in 0..x.len() {
            let a4 = (({
                let _t3 = s1;
                PW[i2]
            })
            .abs()) as f64
                + f64::max(x[i2], c);
            s1 = 0.5 * s1 + (x[i2] * c).cos() + 0.1 * a4;
        }
        let k = 1;
        let k = k * 2;
        let a5 = c.cos() * weight2(Cfg2 { k });
        s1 * a5
    }
}

#[test]
fn q_a_cast_of_a_block_keeps_the_integers_after_it_inactive() {
    // flat inputs: [w, x0, x1, x2]
    let f = |z: &[f64]| Q { w: z[0] }.q_cast_of_a_block(&z[1..]);
    let jvp = |z: &[f64], v: &[f64]| {
        Q { w: z[0] }.q_cast_of_a_block_jvp(&Q { w: v[0] }, &z[1..], &v[1..])
    };
    let vjp = |z: &[f64], s: f64| {
        let (mut qb, mut xb) = (Q { w: 0.25 }, vec![0.25; 3]);
        let v = Q { w: z[0] }.q_cast_of_a_block_vjp(&mut qb, &z[1..], &mut xb, s);
        let mut g = vec![qb.w - 0.25];
        g.extend(xb.iter().map(|b| b - 0.25));
        (v, g)
    };
    let grad = |z: &[f64]| {
        let (mut qg, mut xg) = (Q { w: 9.0 }, vec![9.0; 3]);
        let v = Q { w: z[0] }.q_cast_of_a_block_grad(&mut qg, &z[1..], &mut xg);
        let mut g = vec![qg.w];
        g.extend(xg);
        (v, g)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (mut qh, mut xh) = (Q { w: 7.0 }, vec![7.0; 3]);
        let v =
            Q { w: z[0] }.q_cast_of_a_block_hvp(&Q { w: d[0] }, &mut qh, &z[1..], &d[1..], &mut xh);
        let mut h = vec![qh.w];
        h.extend(xh);
        (v, h)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for z in fd::points(93, 4, 4, -1.2, 1.2) {
        fd::check_scalar("q_cast_of_a_block", &m, &z, TOL, HTOL);
    }
}

// ---------------------- r: floats shown by a `match` on an `Option<F>`, passed to calls

#[differentiable]
fn r_callee(a: f64, b: f64) -> f64 {
    a * b.sin() + b * b
}

fn r_callee_ref(a: f64, b: f64) -> f64 {
    a * b.sin() + b * b
}

/// The binding `v` of `Some(v)` on an `Option<f64>`, passed to a differentiable call: its
/// type is the scrutinee's (it was a spanned error asking for the type).
#[differentiable]
fn r_binding_passed(x: f64, y: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let o: Option<f64> = if i != 1 { Some(PW[i]) } else { None };
        s += match o {
            Some(v) => r_callee(v, x * y),
            None => x,
        };
    }
    s
}

fn r_binding_passed_ref(x: f64, y: f64) -> f64 {
    r_callee_ref(PW[0], x * y) + x + r_callee_ref(PW[2], x * y)
}

/// The same on a parameter declared `Option<f64>`.
#[differentiable(wrt(x, y))]
fn r_parameter_binding_passed(x: f64, y: f64, o: Option<f64>) -> f64 {
    match o {
        Some(v) => r_callee(v, x) * y,
        None => x * y,
    }
}

/// The value of such a `match`, then passed on.
#[differentiable]
fn r_match_value_passed(x: f64, y: f64) -> f64 {
    let o: Option<f64> = if x > 0.0 { Some(0.75) } else { None };
    let q = match o {
        Some(v) => v,
        None => 0.5,
    };
    r_callee(q, x) * y
}

fn r_match_value_passed_ref(x: f64, y: f64) -> f64 {
    r_callee_ref(if x > 0.0 { 0.75 } else { 0.5 }, x) * y
}

#[test]
fn r_floats_bound_by_option_patterns_pass_to_calls() {
    let pts = fd::points(94, 6, 2, -1.2, 1.2);
    for p in &pts {
        close(
            "r_binding_passed",
            r_binding_passed(p[0], p[1]),
            r_binding_passed_ref(p[0], p[1]),
            EXACT,
        );
        close(
            "r_match_value_passed",
            r_match_value_passed(p[0], p[1]),
            r_match_value_passed_ref(p[0], p[1]),
            EXACT,
        );
    }
    check_scalars!(
        r_binding_passed,
        r_binding_passed_jvp,
        r_binding_passed_vjp,
        r_binding_passed_grad,
        r_binding_passed_hvp,
        [0, 1],
        pts.clone()
    );
    for o in [Some(0.3), None] {
        let f = |a: f64, b: f64| r_parameter_binding_passed(a, b, o);
        let j = |a: f64, da: f64, b: f64, db: f64| r_parameter_binding_passed_jvp(a, da, b, db, o);
        let v = |a: f64, b: f64, s: f64| r_parameter_binding_passed_vjp(a, b, o, s);
        let g = |a: f64, b: f64| r_parameter_binding_passed_grad(a, b, o);
        let h = |a: f64, da: f64, b: f64, db: f64| r_parameter_binding_passed_hvp(a, da, b, db, o);
        for p in &pts {
            let want = match o {
                Some(c) => r_callee_ref(c, p[0]) * p[1],
                None => p[0] * p[1],
            };
            close("r_parameter_binding_passed", f(p[0], p[1]), want, EXACT);
        }
        check_scalars!(f, j, v, g, h, [0, 1], pts.clone());
    }
    check_scalars!(
        r_match_value_passed,
        r_match_value_passed_jvp,
        r_match_value_passed_vjp,
        r_match_value_passed_grad,
        r_match_value_passed_hvp,
        [0, 1],
        pts
    );
}

// ---- s. Blocks ending in a float literal, passed to calls ----

#[differentiable]
fn s_polar(r: f64, t: f64) -> (f64, f64) {
    (r * t.cos(), r * t.sin())
}

/// A block ending in a float literal, whose `let` reads an active value, is a float a
/// differentiable call takes with a zero tangent (not a value of hidden type); a call
/// returning a tuple whose only arguments are such blocks is an inactive tuple.
#[differentiable]
fn s_block_literal_args(x: f64, y: f64) -> f64 {
    let mut s = x;
    for _ in 0..2 {
        s = s * y
            + r_callee(
                -({
                    let _t = s;
                    0.25
                }),
                x,
            );
        let (a, b): (f64, f64) = s_polar(
            -({
                let _t = s;
                0.5
            }),
            1.2,
        );
        s += a * x + b * y;
    }
    s
}

fn s_block_literal_args_ref(x: f64, y: f64) -> f64 {
    let mut s = x;
    for _ in 0..2 {
        s = s * y + r_callee_ref(-0.25, x);
        let (a, b) = (-0.5 * 1.2f64.cos(), -0.5 * 1.2f64.sin());
        s += a * x + b * y;
    }
    s
}

#[test]
fn s_blocks_ending_in_a_literal_pass_to_calls() {
    let pts = fd::points(95, 6, 2, -1.2, 1.2);
    for p in &pts {
        close(
            "s_block_literal_args",
            s_block_literal_args(p[0], p[1]),
            s_block_literal_args_ref(p[0], p[1]),
            1e-12,
        );
    }
    check_scalars!(
        s_block_literal_args,
        s_block_literal_args_jvp,
        s_block_literal_args_vjp,
        s_block_literal_args_grad,
        s_block_literal_args_hvp,
        [0, 1],
        pts
    );
}

/// A nested derivative of a callee differentiated in its last parameter only (only
/// its derivatives are called).
#[differentiable(wrt(c))]
#[allow(dead_code)]
fn s_last(a: f64, b: f64, c: f64) -> f64 {
    c * c * (a + b)
}

fn s_last_partial_ref(a: f64, b: f64, c: f64) -> f64 {
    2.0 * c * (a + b)
}

/// A tuple call whose argument declares a variable reading a value that becomes active
/// only later in the loop (`s3`): its block is declared in every activity pass, so the
/// names after it keep their own activity (the index `j` below stays an integer).
#[differentiable(no_hvp)]
fn s_tuple_call_before_activity(x: f64, y: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i = 0;
    while i < 2 {
        i += 1;
        let mut s3 = 1.0;
        let mut k = 0;
        while k < 3 {
            let (a, _b): (f64, f64) = s_polar(
                -({
                    let _t = s3;
                    0.23
                }),
                1.69,
            );
            s1 += a;
            k += 1;
        }
        s3 -= (y * x + s3).sin();
        s1 += s3;
    }
    let h = [[-y, 0.4_f64], [x, y]];
    let mut s = 0.5;
    let mut j = 0;
    while j < 2 {
        s -= ({
            let (_, g) = s_last_grad(h[j][(j + 1) % 2].atan(), (j as f64).tanh(), -1.8);
            g
        }) * x;
        j += 1
    }
    s + s1
}

fn s_tuple_call_before_activity_ref(x: f64, y: f64) -> f64 {
    let mut s1 = 0.0;
    for _ in 0..2 {
        s1 += 3.0 * (-0.23 * 1.69f64.cos());
        let s3 = 1.0 - (y * x + 1.0).sin();
        s1 += s3;
    }
    let h = [[-y, 0.4_f64], [x, y]];
    let mut s = 0.5;
    for j in 0..2 {
        s -= s_last_partial_ref(h[j][(j + 1) % 2].atan(), (j as f64).tanh(), -1.8) * x;
    }
    s + s1
}

#[test]
fn s_tuple_calls_declaring_variables_before_activity() {
    let pts = fd::points(96, 6, 2, -1.2, 1.2);
    for p in &pts {
        close(
            "s_tuple_call_before_activity",
            s_tuple_call_before_activity(p[0], p[1]),
            s_tuple_call_before_activity_ref(p[0], p[1]),
            1e-12,
        );
    }
    let f = |z: &[f64]| s_tuple_call_before_activity(z[0], z[1]);
    let jvp = |z: &[f64], v: &[f64]| s_tuple_call_before_activity_jvp(z[0], v[0], z[1], v[1]);
    let vjp = |z: &[f64], s: f64| {
        let (v, a, b) = s_tuple_call_before_activity_vjp(z[0], z[1], s);
        (v, vec![a, b])
    };
    let grad = |z: &[f64]| {
        let (v, a, b) = s_tuple_call_before_activity_grad(z[0], z[1]);
        (v, vec![a, b])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: None,
    };
    for x in &pts {
        fd::check_scalar("s_tuple_call_before_activity", &m, x, 1e-6, 1e-4);
    }
}

/// A `const` item after an `if` whose branch returns from inside a loop: the statements
/// after the `if` are lowered in both branches, and the item was declared twice.
#[differentiable]
fn t_item_after_returning_branch(x: &[f64]) -> f64 {
    if x[1] > 0.0 {
        for _ in 0..2 {
            if x[0] > 0.5 {
                return x[2] * x[1];
            }
        }
    }
    const C: [f64; 3] = [-0.33, -0.16, 0.54];
    C[0] * x[0] * x[0] + C[2] * x[1]
}

fn t_item_after_returning_branch_ref(x: &[f64]) -> f64 {
    if x[1] > 0.0 && x[0] > 0.5 {
        x[2] * x[1]
    } else {
        -0.33 * x[0] * x[0] + 0.54 * x[1]
    }
}

#[test]
fn t_items_after_a_returning_branch_are_declared_once() {
    // each path: the return, the rest after the loop, the rest without the loop
    let pts = vec![
        vec![0.9, 0.7, -1.1],
        vec![0.2, 0.7, -1.1],
        vec![0.9, -0.6, 1.3],
    ];
    for p in &pts {
        close(
            "t_item_after_returning_branch",
            t_item_after_returning_branch(p),
            t_item_after_returning_branch_ref(p),
            EXACT,
        );
    }
    check_slice!(
        t_item_after_returning_branch,
        t_item_after_returning_branch_jvp,
        t_item_after_returning_branch_vjp,
        t_item_after_returning_branch_grad,
        t_item_after_returning_branch_hvp,
        pts
    );
}

/// A callee of a fixed-size data parameter and a float.
#[differentiable]
fn t_scaled<T: num_traits::Float>(w: &[T; 3], e: T) -> T {
    w[0] * e.tanh() + w[1] * (w[2] * e).sin()
}

const T_W3: [f64; 3] = [0.8, -0.45, 1.2];

/// The negation of a block whose tail is a name it binds to a float literal is a float
/// a differentiable call takes with a zero tangent (not a value of hidden type).
#[differentiable]
fn t_negated_block_args(x: &[f64]) -> f64 {
    let a: f64 = t_scaled(
        &T_W3,
        -({
            let t2 = -0.54_f64;
            t2
        }),
    );
    let b = t_scaled(&T_W3, -{
        let t3: f64 = 0.3;
        t3
    });
    a * x[0] + b * x[1] * x[1] + t_scaled(&T_W3, x[0])
}

fn t_negated_block_args_ref(x: &[f64]) -> f64 {
    let g = |e: f64| 0.8 * e.tanh() - 0.45 * (1.2 * e).sin();
    g(0.54) * x[0] + g(-0.3) * x[1] * x[1] + g(x[0])
}

#[test]
fn t_negated_blocks_of_float_literals_pass_to_calls() {
    let pts = fd::points(97, 4, 2, -1.2, 1.2);
    for p in &pts {
        close(
            "t_negated_block_args",
            t_negated_block_args(p),
            t_negated_block_args_ref(p),
            EXACT,
        );
    }
    check_slice!(
        t_negated_block_args,
        t_negated_block_args_jvp,
        t_negated_block_args_vjp,
        t_negated_block_args_grad,
        t_negated_block_args_hvp,
        pts
    );
}

/// A generic callee of two floats.
#[differentiable]
fn t_mix<T: num_traits::Float>(a: T, e: T) -> T {
    a * e.sin() + e * e
}

/// The negation of an `if` whose branches are float constants (`c::<T>(..)` in a generic
/// function, literals) is a float a differentiable call takes with a zero tangent.
#[differentiable]
fn t_negated_if_args<T: num_traits::Float>(x: &[T]) -> T {
    let half = T::from(0.5).unwrap();
    let a: T = t_mix(
        -(if x[0] < T::from(0.2).unwrap() {
            T::from(1.439).unwrap()
        } else {
            T::from(-0.22).unwrap()
        }),
        x[1],
    );
    a + half * x[0]
}

fn t_negated_if_args_ref(x: &[f64]) -> f64 {
    let k = if x[0] < 0.2 { -1.439 } else { 0.22 };
    k * x[1].sin() + x[1] * x[1] + 0.5 * x[0]
}

#[test]
fn t_negated_ifs_of_float_constants_pass_to_calls() {
    // both branches, away from the condition's boundary
    let pts = vec![vec![-0.7, 0.9], vec![0.8, -1.1], vec![-1.0, 0.3]];
    for p in &pts {
        close(
            "t_negated_if_args",
            t_negated_if_args(p),
            t_negated_if_args_ref(p),
            EXACT,
        );
    }
    check_slice!(
        t_negated_if_args,
        t_negated_if_args_jvp,
        t_negated_if_args_vjp,
        t_negated_if_args_grad,
        t_negated_if_args_hvp,
        pts
    );
}
