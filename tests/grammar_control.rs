//! Grammar coverage, control flow: `if`/`else` as expression and as statement with
//! comparisons and `&&` / `||` / `!`; `for` over `0..n`, `a..=b`, `(i + 1)..n`,
//! `0..x.len() - 1`, nested loops; `for &v in x.iter()`, `for v in x`, `.enumerate()`,
//! `.zip()`; `while`; `break` and `continue`; index arithmetic (`x[3 * i + 1]`,
//! `x[i - 1]`); loop-carried non-linear values (`p *= ..`, `m = m.max(..)`, Horner,
//! recurrences) and linear accumulations, over slices, `&[F; N]` and `[F; N]`.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`; points
//! avoid branch boundaries.
// The functions under test are written the way users write them (index loops, late
// initialisation, `return` as the last statement), which clippy would restyle.
#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{close, points};

/// Checks all modes of `f(x: &[f64], n: usize) -> f64`-shaped functions with one extra
/// inactive argument.
macro_rules! check_slice_with {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $extra:expr, $points:expr) => {{
        let e = $extra;
        let f = |z: &[f64]| $f(z, e);
        let jvp = |z: &[f64], v: &[f64]| $jvp(z, v, e);
        let vjp = |z: &[f64], s: f64| {
            let mut b = vec![0.0; z.len()];
            let v = $vjp(z, &mut b, e, s);
            (v, b)
        };
        let grad = |z: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = $grad(z, &mut b, e);
            (v, b)
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = $hvp(z, d, &mut b, e);
            (v, b)
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

// ---------------------------------------------------------------- if / else

#[differentiable]
#[allow(clippy::neg_cmp_op_on_partial_ord)]
fn if_expr(x: f64, y: f64) -> f64 {
    let a = if x > y { x * y } else { x + y * y };
    let b = if x <= 0.0 && y >= 0.0 {
        a.sin()
    } else if x < -1.0 || y < -1.0 {
        a * a
    } else {
        a.exp()
    };
    let c = if !(a > 0.5) { b * 2.0 } else { b / 2.0 };
    if c != 0.0 && a >= -100.0 {
        c + a
    } else {
        c
    }
}

#[test]
fn if_else_as_expression_with_logic() {
    let pts = points(1, 60, 2, -2.0, 2.0).into_iter().filter(|z| {
        let (x, y) = (z[0], z[1]);
        let a = if x > y { x * y } else { x + y * y };
        (x - y).abs() > 0.05
            && x.abs() > 0.05
            && y.abs() > 0.05
            && (x + 1.0).abs() > 0.05
            && (y + 1.0).abs() > 0.05
            && (a - 0.5).abs() > 0.05
    });
    check_scalars!(
        if_expr,
        if_expr_jvp,
        if_expr_vjp,
        if_expr_grad,
        if_expr_hvp,
        [0, 1],
        pts
    );
}

#[differentiable]
fn if_stmt(x: f64, y: f64, flag: bool, k: usize) -> f64 {
    let mut s = x * y;
    if flag {
        s += x.sin();
    }
    if k > 2 && !flag {
        s *= y;
    } else if k == 0 || s < 0.0 {
        s = s * s - x;
    } else {
        s -= y.exp();
    }
    if s > 10.0 {
        s = 10.0;
    }
    s
}

#[test]
fn if_else_as_statement_on_inactive_and_active_conditions() {
    for flag in [true, false] {
        for k in [0usize, 1, 3] {
            let f = |z: &[f64]| if_stmt(z[0], z[1], flag, k);
            let jvp = |z: &[f64], v: &[f64]| if_stmt_jvp(z[0], v[0], z[1], v[1], flag, k);
            let vjp = |z: &[f64], s: f64| {
                let (v, a, b) = if_stmt_vjp(z[0], z[1], flag, k, s);
                (v, vec![a, b])
            };
            let grad = |z: &[f64]| {
                let (v, a, b) = if_stmt_grad(z[0], z[1], flag, k);
                (v, vec![a, b])
            };
            let hvp = |z: &[f64], d: &[f64]| {
                let (v, a, b) = if_stmt_hvp(z[0], d[0], z[1], d[1], flag, k);
                (v, vec![a, b])
            };
            let m = fd::Scalar {
                f: &f,
                jvp: Some(&jvp),
                vjp: Some(&vjp),
                grad: Some(&grad),
                hvp: Some(&hvp),
            };
            for x in [vec![0.7, 1.3], vec![-0.6, 0.9], vec![1.2, -0.8]] {
                fd::check_scalar("if_stmt", &m, &x, 1e-6, 1e-4);
            }
        }
    }
}

// ---------------------------------------------------------------- ranges

#[differentiable]
fn ranges(x: &[f64], a: usize) -> f64 {
    let n = x.len();
    let b = a + 2;
    let mut s = 0.0;
    for i in 0..n {
        s += x[i] * x[i];
    }
    for i in a..=b {
        s += x[i].sin() * x[0];
    }
    for i in 0..n {
        for j in (i + 1)..n {
            s += x[i] * x[j] * 0.5;
        }
    }
    for i in 0..x.len() - 1 {
        s += (x[i + 1] - x[i]).powi(2);
    }
    for i in 1..n {
        s += x[i - 1] * x[i].cos();
    }
    s
}

#[test]
fn integer_ranges_and_nested_loops() {
    check_slice_with!(
        ranges,
        ranges_jvp,
        ranges_vjp,
        ranges_grad,
        ranges_hvp,
        1usize,
        points(2, 3, 5, -1.5, 1.5)
    );
}

#[differentiable]
fn ranges2(x: &[f64], ab: (usize, usize)) -> f64 {
    let (a, b) = ab;
    let mut s = 0.0;
    for i in a..=b {
        s += x[i].sin() * x[0];
    }
    s
}

#[test]
fn inclusive_range_from_a_tuple_argument() {
    check_slice_with!(
        ranges2,
        ranges2_jvp,
        ranges2_vjp,
        ranges2_grad,
        ranges2_hvp,
        (1usize, 3usize),
        points(3, 2, 4, -1.5, 1.5)
    );
}

#[differentiable]
fn index_arith(x: &[f64], m: usize) -> f64 {
    // x is m points of 3 coordinates
    let mut s = 0.0;
    for i in 0..m {
        let a = x[3 * i];
        let b = x[3 * i + 1];
        let c = x[3 * i + 2];
        s += a * b - c * c + (a + c).sin();
    }
    for i in 1..m {
        s += x[3 * (i - 1)] * x[3 * i];
    }
    s + x[x.len() - 1] * x[m - 1]
}

#[test]
fn index_arithmetic_on_loop_variables() {
    check_slice_with!(
        index_arith,
        index_arith_jvp,
        index_arith_vjp,
        index_arith_grad,
        index_arith_hvp,
        3usize,
        points(4, 2, 9, -1.5, 1.5)
    );
}

#[differentiable]
fn matvec_quad(a: &[f64], x: &[f64], n: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        let mut row = 0.0;
        for j in 0..n {
            row += a[i * n + j] * x[j];
        }
        s += row * row;
    }
    s
}

#[test]
fn nested_loops_matrix_indexing() {
    let n = 3;
    let f = |z: &[f64]| matvec_quad(&z[..9], &z[9..], n);
    let jvp = |z: &[f64], v: &[f64]| matvec_quad_jvp(&z[..9], &v[..9], &z[9..], &v[9..], n);
    let vjp = |z: &[f64], s: f64| {
        let mut ab = vec![0.0; 9];
        let mut xb = vec![0.0; 3];
        let v = matvec_quad_vjp(&z[..9], &mut ab, &z[9..], &mut xb, n, s);
        ab.extend(xb);
        (v, ab)
    };
    let grad = |z: &[f64]| {
        let mut ab = vec![0.0; 9];
        let mut xb = vec![0.0; 3];
        let v = matvec_quad_grad(&z[..9], &mut ab, &z[9..], &mut xb, n);
        ab.extend(xb);
        (v, ab)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut ab = vec![0.0; 9];
        let mut xb = vec![0.0; 3];
        let v = matvec_quad_hvp(&z[..9], &d[..9], &mut ab, &z[9..], &d[9..], &mut xb, n);
        ab.extend(xb);
        (v, ab)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(5, 2, 12, -1.0, 1.0) {
        fd::check_scalar("matvec_quad", &m, &x, 1e-6, 1e-4);
    }
}

// ---------------------------------------------------------------- iterators

#[differentiable]
fn iter_ref_pattern(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut p = 1.0;
    for &v in x.iter() {
        s += v * v;
        p *= 1.0 + 0.5 * v.sin();
    }
    s * p
}

#[test]
fn for_ref_pattern_over_iter() {
    check_slice!(
        iter_ref_pattern,
        iter_ref_pattern_jvp,
        iter_ref_pattern_vjp,
        iter_ref_pattern_grad,
        iter_ref_pattern_hvp,
        points(6, 3, 4, -1.5, 1.5)
    );
}

#[differentiable]
fn iter_by_ref(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x {
        s += v * v + v.exp() - *v;
    }
    let mut t = 0.0;
    for v in x.iter() {
        t += *v * s;
    }
    t
}

#[test]
fn for_over_slice_and_iter_without_pattern() {
    check_slice!(
        iter_by_ref,
        iter_by_ref_jvp,
        iter_by_ref_vjp,
        iter_by_ref_grad,
        iter_by_ref_hvp,
        points(7, 3, 4, -1.5, 1.5)
    );
}

#[differentiable]
fn enumerate_loops(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, &v) in x.iter().enumerate() {
        s += (i as f64 + 1.0) * v * v;
    }
    for (i, v) in x.iter().enumerate() {
        if i % 2 == 0 {
            s += v.sin() * x[0];
        }
    }
    s
}

#[test]
fn enumerate() {
    check_slice!(
        enumerate_loops,
        enumerate_loops_jvp,
        enumerate_loops_vjp,
        enumerate_loops_grad,
        enumerate_loops_hvp,
        points(8, 3, 5, -1.5, 1.5)
    );
}

#[differentiable]
fn zip_loops(x: &[f64], y: &[f64], w: &[f64]) -> f64 {
    let mut s = 0.0;
    for (a, b) in x.iter().zip(y.iter()) {
        s += (a - b) * (a - b);
    }
    for (&a, &c) in x.iter().zip(w) {
        s += a * c * c;
    }
    for (i, (a, b)) in x.iter().zip(y).enumerate() {
        s += (i as f64) * a * b.cos();
    }
    s
}

#[test]
fn zip() {
    let n = 3;
    let f = |z: &[f64]| zip_loops(&z[..n], &z[n..2 * n], &z[2 * n..]);
    let jvp = |z: &[f64], v: &[f64]| {
        zip_loops_jvp(
            &z[..n],
            &v[..n],
            &z[n..2 * n],
            &v[n..2 * n],
            &z[2 * n..],
            &v[2 * n..],
        )
    };
    let vjp = |z: &[f64], s: f64| {
        let mut b = vec![vec![0.0; n]; 3];
        let (b0, rest) = b.split_at_mut(1);
        let (b1, b2) = rest.split_at_mut(1);
        let v = zip_loops_vjp(
            &z[..n],
            &mut b0[0],
            &z[n..2 * n],
            &mut b1[0],
            &z[2 * n..],
            &mut b2[0],
            s,
        );
        (v, b.concat())
    };
    let grad = |z: &[f64]| {
        let (mut g0, mut g1, mut g2) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
        let v = zip_loops_grad(
            &z[..n],
            &mut g0,
            &z[n..2 * n],
            &mut g1,
            &z[2 * n..],
            &mut g2,
        );
        (v, [g0, g1, g2].concat())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (mut g0, mut g1, mut g2) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
        let v = zip_loops_hvp(
            &z[..n],
            &d[..n],
            &mut g0,
            &z[n..2 * n],
            &d[n..2 * n],
            &mut g1,
            &z[2 * n..],
            &d[2 * n..],
            &mut g2,
        );
        (v, [g0, g1, g2].concat())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(9, 2, 3 * n, -1.5, 1.5) {
        fd::check_scalar("zip_loops", &m, &x, 1e-6, 1e-4);
    }
}

#[differentiable]
fn zip_with_inactive(x: &[f64], idx: &[usize], c: &[f64]) -> f64 {
    let mut s = 0.0;
    for (&i, &ci) in idx.iter().zip(c.iter()) {
        s += ci * x[i] * x[i];
    }
    s
}

#[test]
fn zip_of_inactive_slices_indexing_an_active_one() {
    let idx = [2usize, 0, 2];
    let c = [1.5, -0.5, 2.0];
    let x = [0.3, -0.9, 1.2];
    let mut g = [0.0; 3];
    let mut cb = [0.0; 3];
    let v = zip_with_inactive_grad(&x, &mut g, &idx, &c, &mut cb);
    close("value", v, zip_with_inactive(&x, &idx, &c), 1e-14);
    // d/dx2 = 2 (1.5 + 2.0) x2, d/dx0 = 2 (-0.5) x0
    fd::close_all("grad", &g, &[-x[0], 0.0, 7.0 * x[2]], 1e-12);
    // c is active too (a float slice): d/dc_k = x[idx_k]^2
    fd::close_all(
        "grad c",
        &cb,
        &[x[2] * x[2], x[0] * x[0], x[2] * x[2]],
        1e-12,
    );
}

// ---------------------------------------------------------------- while, break, continue

#[differentiable]
fn while_loops(x: &[f64]) -> f64 {
    let mut i = 0;
    let mut s = 0.0;
    while i < x.len() {
        s += x[i] * x[i] * x[i];
        i += 1;
    }
    let mut j = x.len();
    while j > 0 {
        j -= 1;
        s = s * 0.5 + x[j].sin();
    }
    s
}

#[test]
fn while_loops_over_indices() {
    check_slice!(
        while_loops,
        while_loops_jvp,
        while_loops_vjp,
        while_loops_grad,
        while_loops_hvp,
        points(10, 3, 4, -1.5, 1.5)
    );
}

#[differentiable]
fn while_active_condition(x: f64) -> f64 {
    let mut s = 1.0;
    let mut n = 0;
    while s < 10.0 && n < 100 {
        s *= 1.0 + x * x;
        n += 1;
    }
    s
}

#[test]
fn while_with_active_condition() {
    // away from trip-count changes: s = (1 + x^2)^n with n the first power >= 10
    for x in [0.9, 1.3, 2.0] {
        let q: f64 = 1.0 + x * x;
        let n = (10.0f64.ln() / q.ln()).ceil();
        close("while primal", while_active_condition(x), q.powf(n), 1e-12);
        let (v, g) = while_active_condition_grad(x);
        close("while value", v, q.powf(n), 1e-12);
        close("while grad", g, n * q.powf(n - 1.0) * 2.0 * x, 1e-10);
        let (_, t) = while_active_condition_jvp(x, 1.0);
        close("while jvp", t, g, 1e-10);
        let (_, b) = while_active_condition_vjp(x, 2.0);
        close("while vjp", b, 2.0 * g, 1e-10);
        let (_, h) = while_active_condition_hvp(x, 1.0);
        let want = n * (n - 1.0) * q.powf(n - 2.0) * 4.0 * x * x + n * q.powf(n - 1.0) * 2.0;
        close("while hvp", h, want, 1e-9);
    }
}

#[differentiable]
fn break_continue(x: &[f64], stop: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        if i == stop {
            break;
        }
        if x[i] < 0.0 {
            continue;
        }
        s += x[i].sqrt() * x[0];
    }
    let mut k = 0;
    let mut t = 1.0;
    while k < x.len() {
        k += 1;
        if k % 2 == 0 {
            continue;
        }
        t *= x[k - 1] + 2.0;
        if t > 1000.0 {
            break;
        }
    }
    s + t
}

#[test]
fn break_and_continue() {
    for stop in [1usize, 3, 10] {
        check_slice_with!(
            break_continue,
            break_continue_jvp,
            break_continue_vjp,
            break_continue_grad,
            break_continue_hvp,
            stop,
            [
                vec![0.5, -0.7, 1.2, 0.3, -1.1],
                vec![1.5, 0.7, -0.2, 0.9, 0.4]
            ]
        );
    }
}

#[differentiable]
fn break_on_active(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &v in x {
        s += v * v;
        if s > 2.0 {
            break;
        }
    }
    s
}

#[test]
fn break_on_an_active_condition() {
    check_slice!(
        break_on_active,
        break_on_active_jvp,
        break_on_active_vjp,
        break_on_active_grad,
        break_on_active_hvp,
        [
            vec![0.5, 0.9, 1.2, 0.3],
            vec![1.0, 0.2, 0.3, 0.4],
            vec![1.5, 0.9, -1.2, 0.3]
        ]
    );
}

// ---------------------------------------------------------------- loop-carried values

#[differentiable]
fn carried(x: &[f64]) -> f64 {
    let mut p = 1.0;
    let mut m = x[0];
    let mut s = 0.0;
    let mut r = 0.0;
    for i in 0..x.len() {
        p *= 1.0 + 0.3 * x[i].cos();
        m = m.max(x[i] * x[i]);
        s += x[i] * p;
        r = r * x[0] + x[i];
        s -= 0.1 * r;
    }
    p + m + s + r
}

#[test]
fn loop_carried_products_maxima_and_horner() {
    // squares chosen without ties
    check_slice!(
        carried,
        carried_jvp,
        carried_vjp,
        carried_grad,
        carried_hvp,
        [vec![0.5, -1.3, 0.9, 0.2], vec![1.1, 0.3, -0.6, 1.4]]
    );
}

#[differentiable]
fn recurrence(x: &[f64], n: usize) -> f64 {
    let mut a = x[0];
    let mut b = x[1];
    for _ in 0..n {
        let t = a + b * 0.5;
        a = b;
        b = t.sin() + a * 0.1;
    }
    let mut z = x[2];
    for _ in 0..n {
        z = z.tanh() * x[0] + 0.2;
    }
    a * b + z
}

#[test]
fn recurrences_with_swaps_and_repeated_overwrites() {
    check_slice_with!(
        recurrence,
        recurrence_jvp,
        recurrence_vjp,
        recurrence_grad,
        recurrence_hvp,
        5usize,
        points(11, 3, 3, -1.5, 1.5)
    );
}

#[differentiable]
fn fixed_array_loops(x: [f64; 4]) -> f64 {
    let mut p = 1.0;
    for i in 0..4 {
        p *= 1.0 + x[i] * x[i];
    }
    let mut s = 0.0;
    for v in x {
        s += v.sin();
    }
    for i in 0..3 {
        s += x[i] * x[i + 1];
    }
    p * s
}

#[test]
fn loops_over_a_by_value_array() {
    let f = |z: &[f64]| fixed_array_loops(z.try_into().unwrap());
    let jvp =
        |z: &[f64], v: &[f64]| fixed_array_loops_jvp(z.try_into().unwrap(), v.try_into().unwrap());
    let vjp = |z: &[f64], s: f64| {
        let (v, b) = fixed_array_loops_vjp(z.try_into().unwrap(), s);
        (v, b.to_vec())
    };
    let grad = |z: &[f64]| {
        let (v, b) = fixed_array_loops_grad(z.try_into().unwrap());
        (v, b.to_vec())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, b) = fixed_array_loops_hvp(z.try_into().unwrap(), d.try_into().unwrap());
        (v, b.to_vec())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(12, 3, 4, -1.5, 1.5) {
        fd::check_scalar("fixed_array_loops", &m, &x, 1e-6, 1e-4);
    }
}

#[differentiable]
fn ref_array_loops(x: &[f64; 3]) -> f64 {
    let mut m = x[0];
    for v in x.iter() {
        m = m.min(*v * 2.0);
    }
    let mut s = 0.0;
    for &v in x {
        s += v * m;
    }
    s
}

#[test]
fn loops_over_a_ref_array() {
    let f = |z: &[f64]| ref_array_loops(z.try_into().unwrap());
    let jvp =
        |z: &[f64], v: &[f64]| ref_array_loops_jvp(z.try_into().unwrap(), v.try_into().unwrap());
    let vjp = |z: &[f64], s: f64| {
        let mut b = [0.0; 3];
        let v = ref_array_loops_vjp(z.try_into().unwrap(), &mut b, s);
        (v, b.to_vec())
    };
    let grad = |z: &[f64]| {
        let mut b = [0.0; 3];
        let v = ref_array_loops_grad(z.try_into().unwrap(), &mut b);
        (v, b.to_vec())
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = [0.0; 3];
        let v = ref_array_loops_hvp(z.try_into().unwrap(), d.try_into().unwrap(), &mut b);
        (v, b.to_vec())
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in [
        vec![0.5, -1.3, 0.9],
        vec![1.1, 0.3, -0.6],
        vec![0.2, 0.8, 1.5],
    ] {
        fd::check_scalar("ref_array_loops", &m, &x, 1e-6, 1e-4);
    }
}

#[differentiable]
fn generic_loops<T: num_traits::Float>(x: &[T]) -> T {
    let mut s = T::zero();
    let mut p = T::one();
    for (i, &v) in x.iter().enumerate() {
        s = s + v * v * T::from(i + 1).unwrap();
        p = p * (T::one() + v.sin() * T::from(0.5).unwrap());
    }
    s * p
}

#[test]
fn loops_in_generic_code() {
    check_slice!(
        generic_loops,
        generic_loops_jvp,
        generic_loops_vjp,
        generic_loops_grad,
        generic_loops_hvp,
        points(13, 3, 4, -1.5, 1.5)
    );
    let x = [0.3f32, -0.5, 0.8];
    let mut g = [0.0f32; 3];
    generic_loops_grad(&x, &mut g);
    let z: Vec<f64> = x.iter().map(|v| f64::from(*v)).collect();
    let want = fd::grad(&|z: &[f64]| generic_loops(z), &z);
    let got: Vec<f64> = g.iter().map(|v| f64::from(*v)).collect();
    fd::close_all("generic_loops f32", &got, &want, 1e-4);
}

#[differentiable]
fn plain_loop_with_break(x: f64) -> f64 {
    let mut s = x;
    let mut k = 0;
    loop {
        s = s.sin() + x;
        k += 1;
        if k >= 4 {
            break;
        }
    }
    s
}

#[test]
fn loop_without_value_and_break() {
    check_scalars!(
        plain_loop_with_break,
        plain_loop_with_break_jvp,
        plain_loop_with_break_vjp,
        plain_loop_with_break_grad,
        plain_loop_with_break_hvp,
        [0],
        points(14, 4, 1, -1.5, 1.5)
    );
}

#[differentiable]
fn while_stride(x: &[f64], stride: usize) -> f64 {
    let mut i = 0usize;
    let mut s = 0.0;
    let mut p = 1.0;
    while i < x.len() {
        s += x[i] * p;
        p *= x[i].cos();
        i += stride;
    }
    s
}

#[test]
fn while_with_integer_stride_and_carried_product() {
    for stride in [1usize, 2, 3] {
        check_slice_with!(
            while_stride,
            while_stride_jvp,
            while_stride_vjp,
            while_stride_grad,
            while_stride_hvp,
            stride,
            points(15, 2, 5, -1.5, 1.5)
        );
    }
}

#[differentiable]
fn call_in_loop_carried(x: &[f64]) -> f64 {
    let mut s = x[0];
    for i in 1..x.len() {
        s = step(s, x[i]);
    }
    s
}

#[differentiable]
fn step(s: f64, v: f64) -> f64 {
    (s * v).tanh() + 0.5 * s
}

#[test]
fn loop_carried_value_through_a_call() {
    check_slice!(
        call_in_loop_carried,
        call_in_loop_carried_jvp,
        call_in_loop_carried_vjp,
        call_in_loop_carried_grad,
        call_in_loop_carried_hvp,
        points(16, 3, 5, -1.5, 1.5)
    );
}

// ---------------------------------------------------------------- loop-carried edge cases
// accumulators that read themselves (`s += s * x`), through a temporary, crossing
// accumulators, branches on a carried value, argmax, an integer carried non-invertibly
// into an index, triangular and nested loops, break in an inner loop, continue in a
// while, shadowing inside the body, zero-trip loops, a while on an active condition,
// generic arrays, an f32 product tape.

#[differentiable]
fn acc_self(x: &[f64]) -> f64 {
    let mut s = 1.0;
    for i in 0..x.len() {
        s += s * x[i];
    }
    s
}
#[differentiable]
fn acc_self2(x: &[f64]) -> f64 {
    let mut s = 1.0;
    for i in 0..x.len() {
        s -= s / (2.0 + x[i] * x[i]);
        s *= s;
        s /= s + x[i] * x[i] + 1.0;
    }
    s
}
#[differentiable]
fn acc_via_temp(x: &[f64]) -> f64 {
    let mut s = 0.5;
    for i in 0..x.len() {
        let t = s * x[i];
        s += t;
    }
    s
}
#[differentiable]
fn cross_acc(x: &[f64]) -> f64 {
    let mut a = 1.0;
    let mut b = 0.5;
    for i in 0..x.len() {
        a += b * x[i];
        b += a * x[i];
    }
    a * b
}
#[differentiable]
fn branch_on_carried(x: &[f64]) -> f64 {
    let mut s = 0.7;
    for i in 0..x.len() {
        if s > 1.0 {
            s = s * x[i];
        } else {
            s = s + x[i];
        }
    }
    s
}
#[differentiable]
fn argmax(x: &[f64]) -> f64 {
    let mut m = x[0];
    let mut idx = 0;
    for i in 1..x.len() {
        if x[i] > m {
            m = x[i];
            idx = i;
        }
    }
    m * x[idx] + (idx as f64) * x[0]
}
#[differentiable]
fn int_carried(x: &[f64]) -> f64 {
    let n = x.len();
    let mut k = 0;
    let mut s = 0.0;
    for i in 0..n {
        k = (k * 7 + 3) % n;
        s = s * 0.5 + x[k] * x[i];
    }
    s
}
#[differentiable]
fn nested_tri(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let mut p = 1.0;
        for j in 0..i {
            p *= x[j] + 1.5;
        }
        s += p * x[i];
    }
    s
}
#[differentiable]
fn nested_carried(x: &[f64], m: usize) -> f64 {
    let mut s = 0.3;
    for i in 0..x.len() {
        for j in 0..m {
            s = (s * x[j % x.len()]).sin() + x[i];
        }
    }
    s
}
#[differentiable]
fn nested_break(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let mut p = 1.0;
        for j in 0..x.len() {
            if j > i {
                break;
            }
            p *= x[j];
        }
        s += p;
    }
    s
}
#[differentiable]
fn while_continue_carried(x: &[f64]) -> f64 {
    let mut i = 0;
    let mut s = 1.0;
    while i < x.len() {
        i += 1;
        if x[i - 1] < 0.0 {
            continue;
        }
        s *= 1.0 + x[i - 1];
    }
    s
}
#[differentiable]
fn shadow_in_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let v = x[i];
        let v = v * v;
        let v = v.sin();
        s += v * x[0];
    }
    s
}
#[differentiable]
fn shadow_param_in_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let x0 = x[0];
        let x = x[i] * x0;
        s += x * x;
    }
    s
}
#[differentiable]
fn empty_loops(x: &[f64], n: usize) -> f64 {
    let zero = 0;
    let mut p = 1.0;
    for i in 0..n {
        p *= x[i];
    }
    for _ in zero..n * zero {
        p *= 2.0;
    }
    p + x[0]
}
#[differentiable]
fn while_active(x: f64) -> f64 {
    let mut s = x;
    while s < 5.0 {
        s = s * s + 1.0;
    }
    s
}
#[differentiable]
fn cond_assign_in_loop(x: &[f64]) -> f64 {
    let mut a = 0.0;
    let mut b = 1.0;
    for i in 0..x.len() {
        if i % 2 == 0 {
            a = b * x[i];
        } else {
            b = a + x[i] * x[i];
        }
    }
    a * b
}
#[differentiable]
fn overwrite_then_read(x: &[f64]) -> f64 {
    let mut t = 0.0;
    let mut s = 0.0;
    for i in 0..x.len() {
        s += t * x[i];
        t = x[i].exp();
        s += t;
    }
    s * t
}
#[differentiable]
fn max_carried(x: &[f64]) -> f64 {
    let mut m = f64::NEG_INFINITY;
    for &v in x {
        m = m.max(v * v);
    }
    let mut n = f64::INFINITY;
    for &v in x.iter() {
        n = n.min(v);
    }
    m + n
}
#[differentiable]
fn generic_arr<T: num_traits::Float>(x: [T; 3], y: &[T; 2]) -> T {
    let mut s = T::zero();
    for i in 0..3 {
        s = s + x[i] * y[i % 2];
    }
    s * x[0]
}
#[differentiable]
fn f32_loop(x: &[f32]) -> f32 {
    let mut p = 1.0f32;
    for &v in x {
        p *= 1.0 + v * std::f32::consts::PI;
    }
    p
}

#[test]
fn loop_carried_edge_cases() {
    let pts = points(1, 3, 4, -1.2, 1.2);
    check_slice!(
        acc_self,
        acc_self_jvp,
        acc_self_vjp,
        acc_self_grad,
        acc_self_hvp,
        pts.clone()
    );
    check_slice!(
        acc_self2,
        acc_self2_jvp,
        acc_self2_vjp,
        acc_self2_grad,
        acc_self2_hvp,
        pts.clone()
    );
    check_slice!(
        acc_via_temp,
        acc_via_temp_jvp,
        acc_via_temp_vjp,
        acc_via_temp_grad,
        acc_via_temp_hvp,
        pts.clone()
    );
    check_slice!(
        cross_acc,
        cross_acc_jvp,
        cross_acc_vjp,
        cross_acc_grad,
        cross_acc_hvp,
        pts.clone()
    );
    check_slice!(
        branch_on_carried,
        branch_on_carried_jvp,
        branch_on_carried_vjp,
        branch_on_carried_grad,
        branch_on_carried_hvp,
        [vec![0.5, 0.3, 1.5, 2.0], vec![0.1, 0.5, -0.3, 0.9]]
    );
    check_slice!(
        argmax,
        argmax_jvp,
        argmax_vjp,
        argmax_grad,
        argmax_hvp,
        pts.clone()
    );
    check_slice!(
        int_carried,
        int_carried_jvp,
        int_carried_vjp,
        int_carried_grad,
        int_carried_hvp,
        points(2, 3, 5, -1.2, 1.2)
    );
    check_slice!(
        nested_tri,
        nested_tri_jvp,
        nested_tri_vjp,
        nested_tri_grad,
        nested_tri_hvp,
        pts.clone()
    );
    check_slice!(
        nested_break,
        nested_break_jvp,
        nested_break_vjp,
        nested_break_grad,
        nested_break_hvp,
        pts.clone()
    );
    check_slice!(
        while_continue_carried,
        while_continue_carried_jvp,
        while_continue_carried_vjp,
        while_continue_carried_grad,
        while_continue_carried_hvp,
        pts.clone()
    );
    check_slice!(
        shadow_in_loop,
        shadow_in_loop_jvp,
        shadow_in_loop_vjp,
        shadow_in_loop_grad,
        shadow_in_loop_hvp,
        pts.clone()
    );
    check_slice!(
        shadow_param_in_loop,
        shadow_param_in_loop_jvp,
        shadow_param_in_loop_vjp,
        shadow_param_in_loop_grad,
        shadow_param_in_loop_hvp,
        pts.clone()
    );
    check_slice!(
        cond_assign_in_loop,
        cond_assign_in_loop_jvp,
        cond_assign_in_loop_vjp,
        cond_assign_in_loop_grad,
        cond_assign_in_loop_hvp,
        pts.clone()
    );
    check_slice!(
        overwrite_then_read,
        overwrite_then_read_jvp,
        overwrite_then_read_vjp,
        overwrite_then_read_grad,
        overwrite_then_read_hvp,
        pts.clone()
    );
    check_slice!(
        max_carried,
        max_carried_jvp,
        max_carried_vjp,
        max_carried_grad,
        max_carried_hvp,
        [vec![0.5, -1.3, 0.9, 0.2], vec![1.1, 0.3, -0.6, 1.4]]
    );
}
#[test]
fn nested_loops_with_a_carried_value() {
    for m in [1usize, 3] {
        let f = |z: &[f64]| nested_carried(z, m);
        let g = |z: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = nested_carried_grad(z, &mut b, m);
            (v, b)
        };
        let j = |z: &[f64], v: &[f64]| nested_carried_jvp(z, v, m);
        let h = |z: &[f64], d: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = nested_carried_hvp(z, d, &mut b, m);
            (v, b)
        };
        let mm = fd::Scalar {
            f: &f,
            jvp: Some(&j),
            vjp: None,
            grad: Some(&g),
            hvp: Some(&h),
        };
        for x in points(3, 3, 3, -1.2, 1.2) {
            fd::check_scalar("nested_carried", &mm, &x, 1e-6, 1e-4);
        }
    }
}
#[test]
fn zero_trip_loops() {
    assert_eq!(empty_loops(&[0.5, 2.0], 0), 1.5);
    let x = [0.5, 2.0];
    let mut g = [0.0; 2];
    let v = empty_loops_grad(&x, &mut g, 0);
    assert_eq!((v, g), (1.5, [1.0, 0.0]));
    let v = empty_loops_grad(&x, &mut g, 2);
    assert_eq!((v, g), (1.5, [3.0, 0.5]));
    let mut hv = [0.0; 2];
    empty_loops_hvp(&x, &[1.0, 0.0], &mut hv, 2);
    assert_eq!(hv, [0.0, 1.0]);
}
#[test]
fn while_on_an_active_condition_hand_derived() {
    assert_eq!(while_active(1.5), 11.5625);
    // x = 1.5: s = 3.25 -> 11.5625, d = 2 s1 * 2x = 2*3.25*3
    let (v, g) = while_active_grad(1.5);
    assert!((v - 11.5625).abs() < 1e-12, "{v}");
    assert!((g - 2.0 * 3.25 * 3.0).abs() < 1e-12, "{g}");
    let (_, h) = while_active_hvp(1.5, 1.0);
    // s1 = x^2+1, s2 = s1^2+1; ds2 = 2 s1 * 2x; d2 = 2*(2x)^2 + 2 s1 * 2
    assert!((h - (2.0 * 9.0 + 4.0 * 3.25)).abs() < 1e-12, "{h}");
}
#[test]
fn generic_arrays_and_f32_tape() {
    assert!((f32_loop(&[0.0]) - 1.0).abs() < 1e-7);
    let f = |z: &[f64]| generic_arr([z[0], z[1], z[2]], &[z[3], z[4]]);
    let g = |z: &[f64]| {
        let mut b = [0.0; 2];
        let (v, a) = generic_arr_grad([z[0], z[1], z[2]], &[z[3], z[4]], &mut b);
        (v, vec![a[0], a[1], a[2], b[0], b[1]])
    };
    let h = |z: &[f64], d: &[f64]| {
        let mut b = [0.0; 2];
        let (v, a) = generic_arr_hvp(
            [z[0], z[1], z[2]],
            [d[0], d[1], d[2]],
            &[z[3], z[4]],
            &[d[3], d[4]],
            &mut b,
        );
        (v, vec![a[0], a[1], a[2], b[0], b[1]])
    };
    let mm = fd::Scalar {
        f: &f,
        jvp: None,
        vjp: None,
        grad: Some(&g),
        hvp: Some(&h),
    };
    for x in points(4, 3, 5, -1.2, 1.2) {
        fd::check_scalar("generic_arr", &mm, &x, 1e-6, 1e-4);
    }
    let mut g32 = [0.0f32; 3];
    let v = f32_loop_grad(&[0.1, -0.2, 0.3], &mut g32);
    let pi = std::f64::consts::PI;
    let xs = [f64::from(0.1f32), f64::from(-0.2f32), f64::from(0.3f32)];
    let p: f64 = xs.iter().map(|v| 1.0 + v * pi).product();
    assert!((f64::from(v) - p).abs() < 1e-5);
    for i in 0..3 {
        assert!(
            (f64::from(g32[i]) - p / (1.0 + xs[i] * pi) * pi).abs() < 1e-4,
            "{g32:?}"
        );
    }
}

// ---------------------------------------------------------------- loops inside expressions, deep nests

#[differentiable]
fn loop_in_if_expr(x: &[f64]) -> f64 {
    let a = if x[0] > 0.0 {
        let mut s = 0.0;
        for i in 0..x.len() {
            s += x[i] * x[i];
        }
        s
    } else {
        let mut p = 1.0;
        for &v in x {
            p *= v.cos();
        }
        p
    };
    let b = {
        let mut t = a;
        for i in 1..x.len() {
            t = t * 0.5 + x[i].sin();
        }
        t
    };
    a * b
}
#[differentiable]
fn while_in_for(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let mut j = 0;
        let mut p = x[i];
        while j < i {
            p = p * x[j] + 0.1;
            if p > 5.0 {
                break;
            }
            j += 1;
        }
        if i > 0 {
            if x[i - 1] > x[i] {
                s += p;
            } else {
                s -= p * 0.5;
            }
        }
    }
    s
}
#[differentiable]
fn deep_nest(x: &[f64], n: usize) -> f64 {
    let mut s: f64 = 0.0;
    for a in 0..n {
        for b in a..n {
            for c in 0..=b {
                s += x[a] * x[b] * x[c] + (s * 0.01).sin();
            }
        }
    }
    s
}
#[test]
fn loops_inside_if_expressions_blocks_and_deep_nests() {
    check_slice!(
        loop_in_if_expr,
        loop_in_if_expr_jvp,
        loop_in_if_expr_vjp,
        loop_in_if_expr_grad,
        loop_in_if_expr_hvp,
        [vec![0.5, 0.3, -0.9], vec![-0.5, 0.8, 1.2]]
    );
    check_slice!(
        while_in_for,
        while_in_for_jvp,
        while_in_for_vjp,
        while_in_for_grad,
        while_in_for_hvp,
        [
            vec![0.5, 0.3, -0.9, 1.4],
            vec![-0.5, 0.8, 1.2, 2.1],
            vec![2.5, 2.8, 2.2, 2.1]
        ]
    );
    let f = |z: &[f64]| deep_nest(z, 3);
    let g = |z: &[f64]| {
        let mut b = vec![0.0; z.len()];
        let v = deep_nest_grad(z, &mut b, 3);
        (v, b)
    };
    let h = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; z.len()];
        let v = deep_nest_hvp(z, d, &mut b, 3);
        (v, b)
    };
    let j = |z: &[f64], d: &[f64]| deep_nest_jvp(z, d, 3);
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&j),
        vjp: None,
        grad: Some(&g),
        hvp: Some(&h),
    };
    for x in points(1, 3, 3, -1.0, 1.0) {
        fd::check_scalar("deep_nest", &m, &x, 1e-6, 1e-4);
    }
}

// ---------------------------------------------------------------- more iterator shapes

#[differentiable]
fn copied_iter(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter().copied() {
        s += v * v.sin();
    }
    s
}

#[differentiable]
fn zip_three(x: &[f64], y: &[f64], z: &[f64]) -> f64 {
    let mut s = 0.0;
    for ((a, b), c) in x.iter().zip(y).zip(z) {
        s += a * b * c;
    }
    s
}

#[differentiable]
fn zip_enumerate_copied(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, (a, b)) in x.iter().copied().zip(y.iter().copied()).enumerate() {
        s += (i as f64 + 1.0) * a * b;
    }
    s
}

#[test]
fn copied_nested_zip_and_enumerate_of_zip() {
    check_slice!(
        copied_iter,
        copied_iter_jvp,
        copied_iter_vjp,
        copied_iter_grad,
        copied_iter_hvp,
        points(17, 2, 3, -1.0, 1.0)
    );
    // analytic gradients of the two products
    let mut g = [[0.0; 2]; 3];
    let [a, b, c] = &mut g;
    let v = zip_three_grad(&[1.0, 2.0], a, &[3.0, 4.0], b, &[5.0, 6.0], c);
    assert_eq!(v, zip_three(&[1.0, 2.0], &[3.0, 4.0], &[5.0, 6.0]));
    assert_eq!(g, [[15.0, 24.0], [5.0, 12.0], [3.0, 8.0]]);
    let mut g2 = [[0.0; 2]; 2];
    let [a, b] = &mut g2;
    let v = zip_enumerate_copied_grad(&[1.0, 2.0], a, &[3.0, 4.0], b);
    assert_eq!(v, zip_enumerate_copied(&[1.0, 2.0], &[3.0, 4.0]));
    assert_eq!(g2, [[3.0, 8.0], [1.0, 4.0]]);
    let mut h = [[0.0; 2]; 2];
    let [a, b] = &mut h;
    zip_enumerate_copied_hvp(&[1.0, 2.0], &[1.0, 0.0], a, &[3.0, 4.0], &[0.0, 0.0], b);
    assert_eq!(h, [[0.0, 0.0], [1.0, 0.0]]);
}

#[differentiable]
fn reversed_ranges(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in (0..x.len()).rev() {
        s = s * 0.5 + x[i].sin();
    }
    let mut p = 1.0;
    for i in (1..x.len()).rev() {
        p *= x[i] + x[i - 1];
    }
    s + p
}

#[test]
fn reversed_ranges_with_carried_values() {
    check_slice!(
        reversed_ranges,
        reversed_ranges_jvp,
        reversed_ranges_vjp,
        reversed_ranges_grad,
        reversed_ranges_hvp,
        points(18, 3, 4, -1.0, 1.0)
    );
}

// ---------------------------------------------------------------- activity that changes along the way

#[differentiable]
fn overwrite_const(x: f64) -> f64 {
    let mut a = x * 2.0;
    let b = a * x;
    a = 3.0;
    a * x + b
}
#[differentiable]
fn cond_reset(x: &[f64]) -> f64 {
    let mut m = 1.0;
    for i in 0..x.len() {
        if x[i] < 0.0 {
            m = 0.5;
        } else {
            m = m * x[i] + 0.1;
        }
    }
    m
}
#[differentiable]
fn counter(x: &[f64]) -> f64 {
    let mut cnt = 0;
    let mut s = 0.0;
    for i in 0..x.len() {
        if x[i] > 0.0 {
            cnt += 1;
            s += x[i] * x[i];
        }
    }
    s * cnt as f64 + (cnt as f64) * x[0]
}
#[differentiable]
fn geometric(x: &[f64]) -> f64 {
    let mut c = 1.0;
    let mut s = 0.0;
    for i in 0..x.len() {
        c *= 0.5;
        s += c * x[i] * x[i];
    }
    s + c
}
#[differentiable]
fn inactive_carried_then_active(x: &[f64]) -> f64 {
    let mut c = 2.0;
    for _ in 0..3 {
        c = c * c - 1.0;
    }
    let mut s = c;
    for i in 0..x.len() {
        s = s * 0.1 + c * x[i];
    }
    s
}
#[test]
fn activity_changes_constants_overwriting_actives_and_counters() {
    check_scalars!(
        overwrite_const,
        overwrite_const_jvp,
        overwrite_const_vjp,
        overwrite_const_grad,
        overwrite_const_hvp,
        [0],
        points(1, 3, 1, -1.0, 1.0)
    );
    check_slice!(
        cond_reset,
        cond_reset_jvp,
        cond_reset_vjp,
        cond_reset_grad,
        cond_reset_hvp,
        [
            vec![0.5, -0.3, 0.9, 1.2],
            vec![0.5, 0.3, 0.9, -1.2],
            vec![0.7, 0.8, 0.9, 1.1]
        ]
    );
    check_slice!(
        counter,
        counter_jvp,
        counter_vjp,
        counter_grad,
        counter_hvp,
        [vec![0.5, -0.3, 0.9, 1.2], vec![-0.5, 0.3, 0.9, -1.2]]
    );
    check_slice!(
        geometric,
        geometric_jvp,
        geometric_vjp,
        geometric_grad,
        geometric_hvp,
        points(2, 3, 4, -1.0, 1.0)
    );
    check_slice!(
        inactive_carried_then_active,
        inactive_carried_then_active_jvp,
        inactive_carried_then_active_vjp,
        inactive_carried_then_active_grad,
        inactive_carried_then_active_hvp,
        points(3, 3, 4, -1.0, 1.0)
    );
}
