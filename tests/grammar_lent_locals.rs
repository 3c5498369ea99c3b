//! Locals lent through `&mut` to a call without derivatives (`fill(&mut h)`,
//! `bump(&mut k)`, `fill(&mut m[1])`), then read in active expressions: the local holds
//! data that the call writes, and the call runs exactly as often as in the original
//! function in every mode (never again in the replays of the reverse sweep: calls with
//! side effects are not re-run). Shapes: a local array, a row of a `[[f64; N]; M]`, an
//! integer and a float scalar, a lent local a loop carries, a call inside a branch, a
//! generic `T: Float` function. (A lent active local and a lent `vec!` buffer are spanned
//! errors: `tests/ui/lent_active_local.rs`.)
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`) for `_jvp`, `_vjp`, `_grad` and `_hvp`; the number of calls is
//! counted.
// Written the way users write numeric loops.
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;
use num_traits::Float;
use std::cell::Cell;

thread_local! {
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

/// How many times the helpers below ran during `f`.
fn calls(f: impl FnOnce()) -> usize {
    CALLS.with(|c| c.set(0));
    f();
    CALLS.with(Cell::get)
}

/// Adds `0.5 + i` to element `i` (so it reads what it writes) and returns the length.
fn fill(h: &mut [f64]) -> usize {
    CALLS.with(|c| c.set(c.get() + 1));
    for (i, v) in h.iter_mut().enumerate() {
        *v += 0.5 + i as f64;
    }
    h.len()
}

/// Writes every row of a matrix.
fn fill_rows(m: &mut [[f64; 3]; 2]) {
    for row in m.iter_mut() {
        fill(row);
    }
}

fn bump(k: &mut usize) {
    CALLS.with(|c| c.set(c.get() + 1));
    *k += 1;
}

fn halve(c: &mut f64) {
    CALLS.with(|c| c.set(c.get() + 1));
    *c *= 0.5;
}

fn fill_t<T: Float>(h: &mut [T]) {
    CALLS.with(|c| c.set(c.get() + 1));
    for (i, v) in h.iter_mut().enumerate() {
        *v = *v + T::from(0.25 * i as f64 + 1.0).unwrap();
    }
}

#[differentiable]
fn lent_array(x: f64, y: f64) -> f64 {
    let mut h = [0.0; 3];
    let r = fill(&mut h);
    let mut s = h[1] * x * y + (r as f64) * x.sin();
    fill(&mut h);
    s += h[2] * y * y;
    s
}

fn lent_array_ref(x: f64, y: f64) -> f64 {
    1.5 * x * y + 3.0 * x.sin() + 5.0 * y * y
}

#[differentiable]
fn lent_matrix(x: f64, y: f64) -> f64 {
    let mut m = [[0.0; 3]; 2];
    fill(&mut m[1]);
    let a = m[1][2] * x * y;
    fill_rows(&mut m);
    a + m[0][1] * x.cos() + m[1][0] * y
}

fn lent_matrix_ref(x: f64, y: f64) -> f64 {
    2.5 * x * y + 1.5 * x.cos() + 1.0 * y
}

#[differentiable]
fn lent_scalars(x: f64, y: f64) -> f64 {
    let mut k = 1usize;
    bump(&mut k);
    let mut c = 3.0;
    halve(&mut c);
    (k as f64) * x * y + c * y.exp()
}

fn lent_scalars_ref(x: f64, y: f64) -> f64 {
    2.0 * x * y + 1.5 * y.exp()
}

/// A lent array the loops carry, written by the call in each iteration (reading its
/// previous values), and a call inside a branch.
#[differentiable]
fn lent_in_loops(x: f64, y: f64) -> f64 {
    let mut h = [0.0; 3];
    let mut s = 0.0;
    for i in 0..3 {
        fill(&mut h);
        s += h[i] * x * y;
        if x > 0.0 {
            let mut g = [1.0; 3];
            fill(&mut g);
            s += g[i] * x.sin();
        }
    }
    let mut j = 0;
    while j < 2 {
        let n = fill(&mut h);
        s += h[j] * y.cos() + (n as f64) * x * x;
        j += 1;
    }
    s
}

fn lent_in_loops_ref(x: f64, y: f64) -> f64 {
    let mut h = [0.0; 3];
    let mut s = 0.0;
    for i in 0..3 {
        for (k, v) in h.iter_mut().enumerate() {
            *v += 0.5 + k as f64;
        }
        s += h[i] * x * y;
        if x > 0.0 {
            s += (1.5 + i as f64) * x.sin();
        }
    }
    for j in 0..2 {
        for (k, v) in h.iter_mut().enumerate() {
            *v += 0.5 + k as f64;
        }
        s += h[j] * y.cos() + 3.0 * x * x;
    }
    s
}

/// The call in a condition, and in a `let` typed as an integer.
#[differentiable]
fn lent_in_condition(x: f64, y: f64) -> f64 {
    let mut h = [0.0; 2];
    let mut s = x * y;
    if fill(&mut h) > 1 {
        s += h[1] * x.sin();
    }
    let n: usize = fill(&mut h);
    s + h[0] * y * (n as f64)
}

fn lent_in_condition_ref(x: f64, y: f64) -> f64 {
    x * y + 1.5 * x.sin() + 2.0 * y
}

#[differentiable]
fn lent_generic<T: Float>(x: T, y: T) -> T {
    let mut h = [T::zero(); 2];
    fill_t(&mut h);
    let mut s = T::zero();
    for i in 0..2 {
        fill_t(&mut h);
        s = s + h[i] * x * y;
    }
    s
}

fn lent_generic_ref(x: f64, y: f64) -> f64 {
    (2.0 + 3.75) * x * y
}

#[test]
fn a_lent_local_array_every_mode_against_differences() {
    let ps = points(81, 4, 2, -1.2, 1.2);
    for p in &ps {
        fd::close(
            "lent_array",
            lent_array(p[0], p[1]),
            lent_array_ref(p[0], p[1]),
            1e-12,
        );
    }
    check_scalars!(
        lent_array,
        lent_array_jvp,
        lent_array_vjp,
        lent_array_grad,
        lent_array_hvp,
        [0, 1],
        ps
    );
}

#[test]
fn a_lent_row_and_matrix_every_mode_against_differences() {
    let ps = points(82, 4, 2, -1.2, 1.2);
    for p in &ps {
        fd::close(
            "lent_matrix",
            lent_matrix(p[0], p[1]),
            lent_matrix_ref(p[0], p[1]),
            1e-12,
        );
    }
    check_scalars!(
        lent_matrix,
        lent_matrix_jvp,
        lent_matrix_vjp,
        lent_matrix_grad,
        lent_matrix_hvp,
        [0, 1],
        ps
    );
}

#[test]
fn lent_scalars_every_mode_against_differences() {
    let ps = points(83, 4, 2, -1.2, 1.2);
    for p in &ps {
        fd::close(
            "lent_scalars",
            lent_scalars(p[0], p[1]),
            lent_scalars_ref(p[0], p[1]),
            1e-12,
        );
    }
    check_scalars!(
        lent_scalars,
        lent_scalars_jvp,
        lent_scalars_vjp,
        lent_scalars_grad,
        lent_scalars_hvp,
        [0, 1],
        ps
    );
}

#[test]
fn lent_arrays_in_loops_and_branches_every_mode_against_differences() {
    // both signs of `x`: the branch taken and not
    let ps = points(84, 6, 2, -1.2, 1.2);
    for p in &ps {
        fd::close(
            "lent_in_loops",
            lent_in_loops(p[0], p[1]),
            lent_in_loops_ref(p[0], p[1]),
            1e-12,
        );
    }
    check_scalars!(
        lent_in_loops,
        lent_in_loops_jvp,
        lent_in_loops_vjp,
        lent_in_loops_grad,
        lent_in_loops_hvp,
        [0, 1],
        ps
    );
}

#[test]
fn a_lent_array_in_a_generic_function_every_mode_against_differences() {
    let ps = points(85, 4, 2, -1.2, 1.2);
    for p in &ps {
        fd::close(
            "lent_generic",
            lent_generic(p[0], p[1]),
            lent_generic_ref(p[0], p[1]),
            1e-12,
        );
    }
    check_scalars!(
        lent_generic,
        lent_generic_jvp,
        lent_generic_vjp,
        lent_generic_grad,
        lent_generic_hvp,
        [0, 1],
        ps
    );
}

#[test]
fn a_lent_array_in_a_condition_every_mode_against_differences() {
    let ps = points(87, 4, 2, -1.2, 1.2);
    for p in &ps {
        fd::close(
            "lent_in_condition",
            lent_in_condition(p[0], p[1]),
            lent_in_condition_ref(p[0], p[1]),
            1e-12,
        );
    }
    check_scalars!(
        lent_in_condition,
        lent_in_condition_jvp,
        lent_in_condition_vjp,
        lent_in_condition_grad,
        lent_in_condition_hvp,
        [0, 1],
        ps
    );
}

#[test]
fn lent_calls_run_as_often_as_in_the_original_function() {
    let (x, y) = (0.7, -0.4);
    let n = calls(|| {
        lent_in_loops(x, y);
    });
    assert_eq!(n, 8);
    assert_eq!(
        calls(|| {
            let _ = lent_in_loops_jvp(x, 1.0, y, 0.5);
        }),
        n
    );
    assert_eq!(
        calls(|| {
            let _ = lent_in_loops_vjp(x, y, 0.5);
        }),
        n
    );
    assert_eq!(
        calls(|| {
            let _ = lent_in_loops_grad(x, y);
        }),
        n
    );
    assert_eq!(
        calls(|| {
            let _ = lent_in_loops_hvp(x, 1.0, y, 0.5);
        }),
        n
    );
    let n = calls(|| {
        lent_generic(x, y);
    });
    assert_eq!(n, 3);
    assert_eq!(
        calls(|| {
            let _ = lent_generic_grad(x, y);
        }),
        n
    );
    assert_eq!(
        calls(|| {
            let _ = lent_generic_hvp(x, 1.0, y, 0.5);
        }),
        n
    );
}
