//! Records of reversed loops kept inline first: the first 8 records of each kind live in
//! the generated function's frame, the rest on the heap. The derivatives must not depend
//! on where a record lives, so every shape here runs at trip counts on both sides of
//! that capacity (7, 8, 9 and 17): a carried product, a running maximum (its recorded
//! selections), kept transcendentals and call results, a nest whose inner records of
//! all outer iterations share one tape (the inline part fills in the first outer
//! iterations and the rest spills), loops inside branches, a `break` (the recorded
//! exit), values drawn in a loop (read back by position), an accumulation loop
//! differentiated in forward order (its kept rules), and recursions with a loop per
//! level (a determinant by minors; a product per level with more levels than the
//! capacity).
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

/// Trip counts around the inline capacity (8): below, at, just past, and past twice.
const LENGTHS: [usize; 4] = [7, 8, 9, 17];

// ------------------------------------------------------------ one loop

/// A carried product (a record per iteration) with a kept `sin` (its value and partial
/// per iteration).
#[differentiable]
fn product_chain(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for &xi in x.iter() {
        p *= 1.0 + 0.4 * xi.sin();
    }
    p
}

#[test]
fn a_carried_product_on_both_sides_of_the_capacity() {
    for n in LENGTHS {
        check_slice!(
            product_chain,
            product_chain_jvp,
            product_chain_vjp,
            product_chain_grad,
            product_chain_hvp,
            points(n as u64, 2, n, -1.0, 1.0)
        );
    }
}

/// A running maximum (one byte per iteration records which operand it selected) beside
/// a carried value overwritten non-linearly, and a call's result kept per iteration.
#[differentiable]
fn soft_scale(t: f64) -> f64 {
    (1.0 + t * t).sqrt()
}

#[differentiable]
fn max_and_recurrence(x: &[f64]) -> f64 {
    let mut m = f64::NEG_INFINITY;
    let mut r = 0.5;
    for i in 0..x.len() {
        m = m.max(x[i] * x[i]);
        r = r * soft_scale(x[i]) - 0.1 * r * r;
    }
    m + r
}

#[test]
fn selections_and_kept_calls_on_both_sides_of_the_capacity() {
    for n in LENGTHS {
        check_slice!(
            max_and_recurrence,
            max_and_recurrence_jvp,
            max_and_recurrence_vjp,
            max_and_recurrence_grad,
            max_and_recurrence_hvp,
            points(10 + n as u64, 2, n, -1.0, 1.0)
        );
    }
}

/// An accumulation loop followed by a non-linear use of its sum: differentiated in
/// forward order, its `exp` kept by the first pass for the second.
#[differentiable]
fn log_sum_exp(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += (x[i] * 0.7).exp();
    }
    s.ln()
}

#[test]
fn kept_rules_of_an_accumulation_loop_on_both_sides_of_the_capacity() {
    for n in LENGTHS {
        check_slice!(
            log_sum_exp,
            log_sum_exp_jvp,
            log_sum_exp_vjp,
            log_sum_exp_grad,
            log_sum_exp_hvp,
            points(20 + n as u64, 2, n, -1.0, 1.0)
        );
    }
}

// ------------------------------------------------------------ nests, branches, exits

/// Rows of `cols` elements: the inner loop's records of every row go to one tape, so
/// with 3 or more rows of 3 the inline part fills during the third row.
#[differentiable(wrt(x))]
fn row_products(x: &[f64], cols: usize) -> f64 {
    let rows = x.len() / cols;
    let mut s = 0.0;
    for i in 0..rows {
        let mut p = 1.0;
        for j in 0..cols {
            p *= 1.0 + 0.3 * (x[i * cols + j] * x[i]).cos();
        }
        s = s * 0.9 + p.ln();
    }
    s
}

#[test]
fn a_nest_whose_inner_records_spill_in_a_later_outer_iteration() {
    // rows x cols: 3 x 3 (9 inner records), 2 x 4 (8), 4 x 2 (8), 3 x 6 (18), 9 x 1
    for (rows, cols) in [(3, 3), (2, 4), (4, 2), (3, 6), (9, 1)] {
        let n = rows * cols;
        check_slice!(
            row_products,
            row_products_jvp,
            row_products_vjp,
            row_products_grad,
            row_products_hvp,
            points(30 + n as u64, 2, n, -1.0, 1.0),
            [cols]
        );
    }
}

/// A reversed loop in each branch, chosen by the data.
#[differentiable]
fn loops_in_branches(x: &[f64]) -> f64 {
    let mut r = 0.0;
    if x[0] > 0.0 {
        let mut p = 1.0;
        for i in 0..x.len() {
            p *= 1.0 + 0.2 * x[i].tanh();
        }
        r += p;
    } else {
        let mut q = 0.3;
        for i in 0..x.len() {
            q = (q * x[i]).sin() + q;
        }
        r += q * q;
    }
    r
}

#[test]
fn loops_in_branches_on_both_sides_of_the_capacity() {
    for n in LENGTHS {
        for first in [0.6, -0.6] {
            let mut pts = points(40 + n as u64, 2, n, -1.0, 1.0);
            for p in &mut pts {
                p[0] = first;
            }
            check_slice!(
                loops_in_branches,
                loops_in_branches_jvp,
                loops_in_branches_vjp,
                loops_in_branches_grad,
                loops_in_branches_hvp,
                pts
            );
        }
    }
}

/// A nested loop left by `break` after a data-dependent number of iterations (5 to
/// 17 here), inside a reversed loop: its exit and results are recorded per outer
/// iteration, its own records per inner one.
#[differentiable]
fn nest_with_break(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut p = 1.0;
        for j in 0..n {
            if p > 2.0 {
                break;
            }
            p *= 1.0 + 0.15 * (x[j] + x[i]).sin().abs();
        }
        s = (s + p * x[i]).tanh();
    }
    s
}

#[test]
fn recorded_exits_on_both_sides_of_the_capacity() {
    for n in LENGTHS {
        check_slice!(
            nest_with_break,
            nest_with_break_jvp,
            nest_with_break_vjp,
            nest_with_break_grad,
            nest_with_break_hvp,
            points(50 + n as u64, 2, n, 0.2, 1.0)
        );
    }
}

/// A generator of draws (a side effect the reverse sweep must not repeat).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1);
        ((self.0 >> 11) as f64) / ((1u64 << 53) as f64)
    }
}

/// A value drawn per iteration of a reversed loop, recorded and read back by position.
#[differentiable(wrt(x))]
fn noisy_product(x: &[f64], rng: &mut Lcg) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        let u = rng.next();
        p *= 1.0 + u * x[i].sin();
    }
    p
}

#[test]
fn draws_read_back_by_position_on_both_sides_of_the_capacity() {
    for n in LENGTHS {
        for x in points(60 + n as u64, 2, n, -1.0, 1.0) {
            let f = |z: &[f64]| noisy_product(z, &mut Lcg(7));
            let mut rng = Lcg(7);
            let mut g = vec![0.0; n];
            let v = noisy_product_grad(&x, &mut g, &mut rng);
            fd::close("value", v, f(&x), 1e-12);
            fd::close_all("grad", &g, &fd::grad(&f, &x), 1e-6);
            let mut after = Lcg(7);
            for _ in 0..n {
                after.next();
            }
            assert_eq!(rng.0, after.0, "the reverse sweep drew again (n = {n})");
            let dir: Vec<f64> = (0..n).map(|i| (i as f64 * 0.7).cos()).collect();
            let mut hv = vec![0.0; n];
            noisy_product_hvp(&x, &dir, &mut hv, &mut Lcg(7));
            fd::close_all("hvp", &hv, &fd::hvp(&f, &x, &dir), 1e-4);
        }
    }
}

// ------------------------------------------------------------ recursion

/// The determinant of the minor of rows `row..ell` and the columns not in `used`, by
/// expansion along the row: a loop over the columns per level of the recursion.
#[differentiable(wrt(a))]
fn det_minor(a: &[f64], ell: usize, row: usize, used: u64) -> f64 {
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

#[differentiable(wrt(a))]
fn det(a: &[f64], ell: usize) -> f64 {
    det_minor(a, ell, 0, 0)
}

#[test]
fn determinant_by_minors() {
    for ell in [2usize, 3, 4] {
        check_slice!(
            det,
            det_jvp,
            det_vjp,
            det_grad,
            det_hvp,
            points(70 + ell as u64, 2, ell * ell, -1.0, 1.0),
            [ell]
        );
    }
    // the gradient of a determinant is its cofactor matrix: for a 3 x 3 (closed form)
    let a = [2.0, -1.0, 0.5, 0.3, 1.5, -2.0, 1.0, 0.25, 3.0];
    let mut g = [0.0; 9];
    let d = det_grad(&a, &mut g, 3);
    let m = |r: usize, c: usize| a[r * 3 + c];
    let cof = |r: usize, c: usize| {
        let (r1, r2) = ((r + 1) % 3, (r + 2) % 3);
        let (c1, c2) = ((c + 1) % 3, (c + 2) % 3);
        m(r1, c1) * m(r2, c2) - m(r1, c2) * m(r2, c1)
    };
    let want: Vec<f64> = (0..9).map(|i| cof(i / 3, i % 3)).collect();
    fd::close_all("cofactors", &g, &want, 1e-12);
    fd::close("det", d, (0..3).map(|c| m(0, c) * cof(0, c)).sum(), 1e-12);
}

/// A product over the first `k` elements per level, for `k` down to 1: each level's loop
/// records `k` values, so with `k` past 8 the top levels spill and the lower ones not.
#[differentiable(wrt(x))]
fn nested_products(x: &[f64], k: usize) -> f64 {
    if k == 0 {
        return 1.0;
    }
    let mut p = 1.0;
    for i in 0..k {
        p *= 1.0 + 0.3 * x[i].sin();
    }
    p + 0.5 * nested_products(x, k - 1)
}

#[test]
fn a_recursion_with_a_loop_per_level_on_both_sides_of_the_capacity() {
    for n in [7usize, 8, 9, 12] {
        check_slice!(
            nested_products,
            nested_products_jvp,
            nested_products_vjp,
            nested_products_grad,
            nested_products_hvp,
            points(80 + n as u64, 2, n, -1.0, 1.0),
            [n]
        );
    }
}
