//! Grammar coverage, expressions: `+ - * /`, unary `-`, parentheses, float literals
//! with and without suffix, `PI` / `E` and other constants, `const` items and `const`
//! arrays indexed by loop variables, `T::from(..)`, `F::zero()` / `T::one()`, `as`
//! casts of integers, block expressions, active values on either side of each operator.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`, plus a few
//! hand-derived derivatives.
// The functions under test are written the way users write them (index loops, late
// initialisation, `return` as the last statement), which clippy would restyle.
#![allow(clippy::needless_range_loop, clippy::nonminimal_bool)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{close, points};
use num_traits::Float;
use std::f64::consts::{E, PI};

#[differentiable]
fn arith(x: f64, y: f64) -> f64 {
    let a = x + y;
    let b = x - y;
    let c = a * b;
    let d = c / (1.0 + y * y);
    let e = -d + -(x * y);
    let f = 2.0 / (x * x + 1.0) - 3.0 - x;
    let g = ((x + 1.0) * (y - 2.0)) / ((x - 3.0) * -y);
    e * f + g - -x - (-y)
}

#[test]
fn operators_unary_minus_and_parens() {
    check_scalars!(
        arith,
        arith_jvp,
        arith_vjp,
        arith_grad,
        arith_hvp,
        [0, 1],
        points(1, 5, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn constant_operands(x: f64) -> f64 {
    let a = 3.0 - x;
    let b = 3.0 / x;
    let c = x / 4.0;
    let d = 2.5 * x * 0.5;
    let e = 1.0 + x + 1.0;
    a * b + c * d - e / x
}

#[test]
fn constant_on_either_side_of_each_operator() {
    check_scalars!(
        constant_operands,
        constant_operands_jvp,
        constant_operands_vjp,
        constant_operands_grad,
        constant_operands_hvp,
        [0],
        points(2, 4, 1, 0.3, 2.0)
    );
}

#[differentiable]
#[allow(clippy::excessive_precision, clippy::unreadable_literal)]
fn literals(x: f64) -> f64 {
    let a = 2.0 * x + 2.0f64 * x * x;
    let b = 1.5_f64 * x - 1e-1 * x.powi(3);
    let c = 2.5e0 * x / 3. + 0.25E+1;
    let d = 1_000.0 * x / 1_000.0_f64;
    a * b + c * d
}

#[test]
fn float_literals_with_and_without_suffix() {
    check_scalars!(
        literals,
        literals_jvp,
        literals_vjp,
        literals_grad,
        literals_hvp,
        [0],
        points(3, 4, 1, -1.5, 1.5)
    );
}

#[differentiable]
fn literals_f32(x: f32) -> f32 {
    2.0 * x * x + 1.5f32 * x + 0.5_f32
}

#[test]
fn f32_literals() {
    for x in [-1.0f32, 0.3, 1.7] {
        close(
            "f32 literal primal",
            f64::from(literals_f32(x)),
            f64::from(literals_f32_jvp(x, 0.0).0),
            1e-7,
        );
        let (v, t) = literals_f32_jvp(x, 1.0);
        let xf = f64::from(x);
        close(
            "f32 literal value",
            f64::from(v),
            2.0 * xf * xf + 1.5 * xf + 0.5,
            1e-6,
        );
        close("f32 literal jvp", f64::from(t), 4.0 * xf + 1.5, 1e-6);
        let (_, h) = literals_f32_hvp(x, 2.0);
        close("f32 literal hvp", f64::from(h), 8.0, 1e-6);
    }
}

const SCALE: f64 = 1.5;
const OFFSET: f64 = -0.25;
const WEIGHTS: [f64; 4] = [0.5, -1.0, 2.0, 0.75];
const N: usize = 4;

#[differentiable]
fn consts(x: f64, y: f64) -> f64 {
    let a = PI * x + E * y;
    let b = std::f64::consts::FRAC_PI_2 * x * y + core::f64::consts::LN_2 * y;
    let c = SCALE * x.sin() + OFFSET;
    let d = f64::EPSILON * x + std::f64::consts::SQRT_2 * y;
    a * b + c * d
}

#[test]
fn named_constants() {
    check_scalars!(
        consts,
        consts_jvp,
        consts_vjp,
        consts_grad,
        consts_hvp,
        [0, 1],
        points(4, 4, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn const_array_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..N {
        s += WEIGHTS[i] * x[i] * x[i] + WEIGHTS[N - 1 - i] * x[i];
    }
    for (i, &w) in WEIGHTS.iter().enumerate() {
        s += w * x[i].sin();
    }
    for (i, w) in WEIGHTS.iter().enumerate() {
        s += w * x[i] * 0.5;
    }
    for w in WEIGHTS.iter() {
        s += x[0] * *w;
    }
    s * SCALE
}

#[test]
fn const_arrays_indexed_by_loop_variables() {
    check_slice!(
        const_array_loop,
        const_array_loop_jvp,
        const_array_loop_vjp,
        const_array_loop_grad,
        const_array_loop_hvp,
        points(5, 4, 4, -1.5, 1.5)
    );
    // hand-derived: d/dx_i = SCALE * (2 w_i x_i + w_{3-i} + w_i cos x_i + w_i / 2), plus SCALE * sum(w) for i = 0
    let x = [0.3, -0.7, 1.1, 0.2];
    let mut g = [0.0; 4];
    const_array_loop_grad(&x, &mut g);
    for i in 0..4 {
        let mut want = SCALE
            * (2.0 * WEIGHTS[i] * x[i]
                + WEIGHTS[3 - i]
                + WEIGHTS[i] * x[i].cos()
                + 0.5 * WEIGHTS[i]);
        if i == 0 {
            want += SCALE * WEIGHTS.iter().sum::<f64>();
        }
        close("const array grad", g[i], want, 1e-12);
    }
}

#[differentiable]
fn generic_consts<T: Float>(x: &[T], a: T) -> T {
    let mut s = T::zero();
    let half = T::from(0.5).unwrap();
    let pi = T::from(PI).unwrap();
    for i in 0..x.len() {
        let w = T::from(i + 1).unwrap();
        s = s + w * x[i] * x[i] * half + (pi * x[i]).sin() * a;
    }
    let mut p = T::one();
    p = p * (a + T::from(2).unwrap());
    s * p + T::epsilon() * a
}

#[test]
fn generic_constants_from_zero_one() {
    let n = 3;
    let f = |z: &[f64]| generic_consts(&z[..n], z[n]);
    let jvp = |z: &[f64], v: &[f64]| generic_consts_jvp(&z[..n], &v[..n], z[n], v[n]);
    let vjp = |z: &[f64], s: f64| {
        let mut b = vec![0.0; n];
        let (v, ab) = generic_consts_vjp(&z[..n], &mut b, z[n], s);
        b.push(ab);
        (v, b)
    };
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; n];
        let (v, ab) = generic_consts_grad(&z[..n], &mut b, z[n]);
        b.push(ab);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; n];
        let (v, ab) = generic_consts_hvp(&z[..n], &d[..n], &mut b, z[n], d[n]);
        b.push(ab);
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(6, 4, n + 1, -1.0, 1.0) {
        fd::check_scalar("generic_consts", &m, &x, 1e-6, 1e-4);
    }
    // f32
    let x = [0.2f32, -0.4, 0.6];
    let mut g = [0.0f32; 3];
    let (_, ga) = generic_consts_grad(&x, &mut g, 0.3f32);
    let z: Vec<f64> = x
        .iter()
        .map(|v| f64::from(*v))
        .chain([f64::from(0.3f32)])
        .collect();
    let want = fd::grad(&f, &z);
    let got: Vec<f64> = g.iter().chain([&ga]).map(|v| f64::from(*v)).collect();
    fd::close_all("generic_consts f32", &got, &want, 1e-4);
}

#[differentiable]
fn casts(x: &[f64], n: usize, k: i32) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        let w = i as f64;
        let u = (2 * i + 1) as f64 / n as f64;
        s += w * x[i] + u * x[i] * x[i] + (k as f64) * x[i].cos() + (i as f32) as f64;
    }
    s / (n as f64)
}

#[test]
fn integer_casts() {
    for (n, k) in [(3usize, 2i32), (4, -1)] {
        let f = |z: &[f64]| casts(z, n, k);
        let jvp = |z: &[f64], v: &[f64]| casts_jvp(z, v, n, k);
        let vjp = |z: &[f64], s: f64| {
            let mut b = vec![0.0; z.len()];
            let v = casts_vjp(z, &mut b, n, k, s);
            (v, b)
        };
        let grad = |z: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = casts_grad(z, &mut b, n, k);
            (v, b)
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = casts_hvp(z, d, &mut b, n, k);
            (v, b)
        };
        let m = fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in points(7, 3, 5, -1.0, 1.0) {
            fd::check_scalar("casts", &m, &x, 1e-6, 1e-4);
        }
    }
}

#[differentiable]
fn block_in_operands(x: f64, y: f64) -> f64 {
    let a = {
        let t = x.exp();
        t * y
    } + {
        let u = y * y;
        u - x
    };
    a * {
        let w = x - y;
        w.sin()
    }
}

#[test]
fn blocks_inside_expressions() {
    check_scalars!(
        block_in_operands,
        block_in_operands_jvp,
        block_in_operands_vjp,
        block_in_operands_grad,
        block_in_operands_hvp,
        [0, 1],
        points(8, 4, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn nested_calls_of_methods(x: f64, y: f64) -> f64 {
    (x.sin() * y).exp().ln_1p()
        + (x * y).cos().powi(2).sqrt()
        + f64::sqrt(x * x + y * y).atan2(f64::exp(y))
}

#[test]
fn nested_method_chains() {
    check_scalars!(
        nested_calls_of_methods,
        nested_calls_of_methods_jvp,
        nested_calls_of_methods_vjp,
        nested_calls_of_methods_grad,
        nested_calls_of_methods_hvp,
        [0, 1],
        [vec![0.4, 0.3], vec![1.0, -0.4], vec![-0.8, 0.9]]
    );
}

#[differentiable]
fn constant_only_branches(x: f64) -> f64 {
    let c = 2.0 * PI;
    let d = c.sin() + E.ln();
    x * d + c
}

#[test]
fn constant_subexpressions_through_methods() {
    // d = sin(2 pi) + 1, f = x d + 2 pi
    let d = (2.0 * PI).sin() + 1.0;
    close(
        "primal",
        constant_only_branches(0.7),
        0.7 * d + 2.0 * PI,
        1e-14,
    );
    let (v, g) = constant_only_branches_grad(0.7);
    close("value", v, 0.7 * d + 2.0 * PI, 1e-14);
    close("grad", g, d, 1e-14);
    let (_, t) = constant_only_branches_jvp(0.7, -2.0);
    close("jvp", t, -2.0 * d, 1e-14);
    let (_, h) = constant_only_branches_hvp(0.7, 1.0);
    close("hvp", h, 0.0, 1e-14);
}

#[differentiable]
fn odd_constants(x: f64, k: i32, flag: bool) -> f64 {
    let a = 2.0_f64.powf(x) + 3.0f64.atan2(x) + f64::from(k) * x;
    let b = (x > 0.0) as i32 as f64 + f64::from(2u8) + flag as u8 as f64;
    -x.powi(2) + -(x).sin() * a + b * x
}

#[test]
fn constant_receivers_from_conversions_and_bool_casts() {
    for flag in [true, false] {
        let f = |z: &[f64]| odd_constants(z[0], 3, flag);
        let jvp = |z: &[f64], v: &[f64]| odd_constants_jvp(z[0], v[0], 3, flag);
        let grad = |z: &[f64]| {
            let (v, g) = odd_constants_grad(z[0], 3, flag);
            (v, vec![g])
        };
        let vjp = |z: &[f64], s: f64| {
            let (v, g) = odd_constants_vjp(z[0], 3, flag, s);
            (v, vec![g])
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let (v, g) = odd_constants_hvp(z[0], d[0], 3, flag);
            (v, vec![g])
        };
        let m = fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in [vec![-1.2], vec![-0.4], vec![0.6], vec![1.7]] {
            fd::check_scalar("odd_constants", &m, &x, 1e-6, 1e-4);
        }
    }
}

#[differentiable]
fn precedence(x: f64, y: f64, z: f64) -> f64 {
    x - y - z + x / y / z - -x * y + 2.0 - x * -y / z
}

#[test]
fn operator_precedence_and_associativity() {
    // f = x - y - z + x/(yz) + xy + 2 + xy/z, differentiated by hand
    let (x, y, z) = (1.0, 2.0, 4.0);
    assert_eq!(
        precedence(x, y, z),
        1.0 - 2.0 - 4.0 + 0.125 + 2.0 + 2.0 + 0.5
    );
    let (_, a, b, c) = precedence_grad(x, y, z);
    close("d/dx", a, 1.0 + 1.0 / 8.0 + 2.0 + 0.5, 1e-14);
    close("d/dy", b, -1.0 - 1.0 / 16.0 + 1.0 + 0.25, 1e-14);
    close("d/dz", c, -1.0 - 1.0 / 32.0 - 2.0 / 16.0, 1e-14);
    check_scalars!(
        precedence,
        precedence_jvp,
        precedence_vjp,
        precedence_grad,
        precedence_hvp,
        [0, 1, 2],
        points(9, 3, 3, 0.5, 2.0)
    );
}

#[differentiable]
fn predicates(x: f64) -> f64 {
    if x.is_nan() || x.is_sign_negative() {
        return 0.0;
    }
    if !x.is_finite() {
        return 1.0;
    }
    x * x
}

#[test]
fn predicate_methods_in_conditions() {
    assert_eq!(predicates(2.0), 4.0);
    assert_eq!(predicates_grad(-1.0), (0.0, 0.0));
    assert_eq!(predicates_grad(2.0), (4.0, 4.0));
    assert_eq!(predicates_hvp(2.0, 1.0), (4.0, 2.0));
    assert_eq!(predicates_jvp(f64::INFINITY, 1.0).0, 1.0);
}

// ---------------------------------------------------------------- mixed cases

#[differentiable]
fn powi_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i].powi(i as i32 + 1) + x[0].powf(i as f64 * 0.5 + 1.0);
    }
    s
}
#[differentiable]
fn bool_var(x: f64, y: f64) -> f64 {
    let pos = x > 0.0;
    let big = y * y > 1.0 && pos;
    if !pos {
        -x * y
    } else if big {
        x.sqrt() * y
    } else {
        x + y
    }
}
#[differentiable]
fn neg_call(x: f64, y: f64) -> f64 {
    -powi_pair(x, y) - -(x)
}
#[differentiable]
fn powi_pair(x: f64, y: f64) -> f64 {
    x.powi(2) * y
}
#[differentiable]
fn pairwise_max(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        for j in 0..i {
            s += x[i].max(x[j]) * x[i].min(x[j]) + x[i].clamp(x[j] - 1.0, x[j] + 1.0);
        }
    }
    s
}
#[differentiable]
fn f32_everything(x: &[f32], a: f32) -> f32 {
    let mut s = 0.0f32;
    for i in 0..x.len() {
        s += (x[i] * a).sin() * std::f32::consts::PI + 1.0f32 / (1.0 + x[i] * x[i]);
    }
    s * a.max(f32::EPSILON)
}
#[test]
fn integer_exponents_bool_locals_negated_calls_pairwise_min_max_and_f32() {
    check_slice!(
        powi_loop,
        powi_loop_jvp,
        powi_loop_vjp,
        powi_loop_grad,
        powi_loop_hvp,
        points(1, 3, 4, 0.3, 1.5)
    );
    check_scalars!(
        bool_var,
        bool_var_jvp,
        bool_var_vjp,
        bool_var_grad,
        bool_var_hvp,
        [0, 1],
        [
            vec![0.5, 2.0],
            vec![-0.5, 2.0],
            vec![0.5, 0.3],
            vec![1.5, -1.5]
        ]
    );
    check_scalars!(
        neg_call,
        neg_call_jvp,
        neg_call_vjp,
        neg_call_grad,
        neg_call_hvp,
        [0, 1],
        points(2, 3, 2, -1.0, 1.0)
    );
    check_slice!(
        pairwise_max,
        pairwise_max_jvp,
        pairwise_max_vjp,
        pairwise_max_grad,
        pairwise_max_hvp,
        [vec![0.5, -1.3, 0.9, 0.2], vec![1.1, 0.3, -0.6, 2.4]]
    );
    let x = [0.3f32, -0.5, 0.8];
    let mut g = [0.0f32; 3];
    let (v, ga) = f32_everything_grad(&x, &mut g, 0.7);
    let f64f = |z: &[f64]| {
        let a = z[3];
        let mut s = 0.0;
        for i in 0..3 {
            s += (z[i] * a).sin() * std::f64::consts::PI + 1.0 / (1.0 + z[i] * z[i]);
        }
        s * a
    };
    let z: Vec<f64> = x
        .iter()
        .map(|v| f64::from(*v))
        .chain([f64::from(0.7f32)])
        .collect();
    let want = fd::grad(&f64f, &z);
    let got: Vec<f64> = g.iter().chain([&ga]).map(|v| f64::from(*v)).collect();
    fd::close_all("f32_everything", &got, &want, 1e-4);
    let mut hv = [0.0f32; 3];
    let (_, ha) = f32_everything_hvp(&x, &[1.0, 0.0, 0.0], &mut hv, 0.7, 0.5);
    let wanth = fd::hvp(&f64f, &z, &[1.0, 0.0, 0.0, 0.5]);
    let goth: Vec<f64> = hv.iter().chain([&ha]).map(|v| f64::from(*v)).collect();
    fd::close_all("f32_everything hvp", &goth, &wanth, 1e-3);
    assert!((f64::from(v) - f64f(&z)).abs() < 1e-5);
    assert_eq!(f32_everything(&x, 0.7), v);
}

#[differentiable]
fn inactive_rules(x: &[f64], k: i32) -> f64 {
    let n = x.len();
    let a = (n as f64).sqrt() * x[0] + PI.sqrt() * x[1] + SCALE.ln() * x[0] + 2.0f64.powi(k) * x[1];
    let b = (k as f64).clamp(1.0, 10.0) * x[0] + f64::hypot(3.0, 4.0) * x[1];
    let mut s = 0.0;
    for i in 0..n {
        let w = ((i + 1) as f64).ln() + (i as f64).cos();
        s += w * x[i];
    }
    a + b + s
}
#[test]
fn float_methods_on_inactive_values_stay_constants() {
    assert!(inactive_rules(&[0.5, 2.0], 3).is_finite());
    let x = [0.5, 2.0];
    let mut g = [0.0; 2];
    inactive_rules_grad(&x, &mut g, 3);
    let g0 = 2f64.sqrt() + 1.5f64.ln() + 3.0 + (1f64.ln() + 1.0);
    let g1 = PI.sqrt() + 8.0 + 5.0 + (2f64.ln() + 1f64.cos());
    assert!(
        (g[0] - g0).abs() < 1e-12 && (g[1] - g1).abs() < 1e-12,
        "{g:?} {g0} {g1}"
    );
    let mut h = [1.0; 2];
    inactive_rules_hvp(&x, &[1.0, 1.0], &mut h, 3);
    assert_eq!(h, [0.0, 0.0]);
}

#[differentiable]
fn remainder(x: f64, y: f64) -> f64 {
    (x % y) * x + (x * 3.0) % 1.0 + x % 0.7 * y
}

#[differentiable]
fn remainder_assign(x: f64, y: f64) -> f64 {
    let mut a = x * 5.0;
    a %= y;
    a * a
}

#[test]
fn remainder_away_from_its_jumps() {
    let near = |a: f64, b: f64| {
        let r = (a / b).fract();
        !(0.02..=0.98).contains(&r)
    };
    let pts: Vec<Vec<f64>> = points(10, 40, 2, 0.3, 3.0)
        .into_iter()
        .filter(|z| {
            !near(z[0], z[1])
                && !near(3.0 * z[0], 1.0)
                && !near(z[0], 0.7)
                && !near(5.0 * z[0], z[1])
        })
        .collect();
    assert!(pts.len() > 5);
    check_scalars!(
        remainder,
        remainder_jvp,
        remainder_vjp,
        remainder_grad,
        remainder_hvp,
        [0, 1],
        pts.clone()
    );
    check_scalars!(
        remainder_assign,
        remainder_assign_jvp,
        remainder_assign_vjp,
        remainder_assign_grad,
        remainder_assign_hvp,
        [0, 1],
        pts
    );
}
