//! Every mode of `#[differentiable]` against the JAX oracle.
//!
//! `tests/data/public_golden.json` holds values, gradients, JVPs and HVPs computed by
//! JAX in float64 (`../shared/oracle/gen_public.py`). Each case of its `scalar2` and
//! `slice` sections is written here again the way a Rust user writes it (loops,
//! `if`/`else` for `jnp.where`, `max`/`min`, `abs`, `powi`/`powf`, a running-max
//! softmax), and for every row the generated `_grad`, `_vjp` (scaled by a seed, and
//! for slices accumulated into a pre-filled `x_bar`), `_jvp` along `v` and `_hvp`
//! along `v` are compared with JAX's numbers to about 1e-10 relative.

// Index loops and `p = p * ...` are the grammar under test, written as users write them.
#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

use differentiable::differentiable;
use serde_json::Value;

const GOLDEN: &str = include_str!("data/public_golden.json");

// ---------------------------------------------------------------- scalar2 cases

#[differentiable]
fn quadratic(x: f64, y: f64) -> f64 {
    3.0 * x * x + 2.0 * x * y + y * y - 4.0 * x + y
}

#[differentiable]
fn sincos(x: f64, y: f64) -> f64 {
    x.sin() * y.cos() + (x * y).sin()
}

#[differentiable]
fn exp_log(x: f64, y: f64) -> f64 {
    let growth = (0.5 * x).exp();
    let lg = (y * y + 1.0).ln();
    growth * lg - (x * x + y * y + 1.0).sqrt()
}

#[differentiable]
fn rational(x: f64, y: f64) -> f64 {
    let num = x * x - y;
    let den = 1.0 + x * x + y * y;
    num / den
}

#[differentiable]
fn powers(x: f64, y: f64) -> f64 {
    x.powi(3) * y - 2.0 * y.powi(4) + (x * x + 1.0).powf(1.5) + (x - 0.3).abs() * y
}

#[differentiable]
fn branches(x: f64, y: f64) -> f64 {
    if x * y > 0.5 {
        (x + y).tanh()
    } else if x < 0.0 {
        x * x - y
    } else {
        y.sin() * x
    }
}

/// The same function with `if` as statements, a mutable result and an early return.
#[differentiable]
fn branches_stmt(x: f64, y: f64) -> f64 {
    let p = x * y;
    if p > 0.5 {
        return (x + y).tanh();
    }
    let mut r = y.sin() * x;
    if x < 0.0 {
        r = x * x - y;
    }
    r
}

#[differentiable]
fn sigmoid_mix(x: f64, y: f64) -> f64 {
    let s = 1.0 / (1.0 + (-x).exp());
    s * y * y + x.max(y) - x.min(0.0)
}

/// The same function with paths (`f64::max`) and `recip`.
#[differentiable]
fn sigmoid_mix_paths(x: f64, y: f64) -> f64 {
    let s = (1.0 + f64::exp(-x)).recip();
    s * y * y + f64::max(x, y) - f64::min(x, 0.0)
}

// ------------------------------------------------------------------ slice cases

#[differentiable]
fn sum_squares(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    s
}

#[differentiable]
fn sum_squares_iter(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &xi in x.iter() {
        s += xi * xi;
    }
    s
}

#[differentiable]
fn weighted_cubic(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += (i + 1) as f64 * x[i].powi(3);
    }
    s
}

#[differentiable]
fn chained_rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        s += a * a + 10.0 * b * b;
    }
    s
}

/// Logits `z`, true class 2; the maximum is a running `max` loop.
#[differentiable]
fn softmax_xent(z: &[f64]) -> f64 {
    let mut m = z[0];
    for i in 1..z.len() {
        m = m.max(z[i]);
    }
    let mut s = 0.0;
    for i in 0..z.len() {
        s += (z[i] - m).exp();
    }
    m + s.ln() - z[2]
}

/// The same, with the running maximum kept by `if`.
#[differentiable]
fn softmax_xent_if(z: &[f64]) -> f64 {
    let mut m = z[0];
    for &zi in z.iter() {
        if zi > m {
            m = zi;
        }
    }
    let mut s = 0.0;
    for &zi in z.iter() {
        s += (zi - m).exp();
    }
    let lse = m + s.ln();
    lse - z[2]
}

#[differentiable]
fn pairwise_springs(x: &[f64]) -> f64 {
    let mut e = 0.0;
    for i in 0..x.len() - 1 {
        let d = (x[i + 1] - x[i]).abs() - 1.0;
        e += d * d;
    }
    e
}

/// The same, with `i - 1` indexing and `powi`.
#[differentiable]
fn pairwise_springs_back(x: &[f64]) -> f64 {
    let mut e = 0.0;
    for i in 1..x.len() {
        e += ((x[i] - x[i - 1]).abs() - 1.0).powi(2);
    }
    e
}

#[differentiable]
fn cumulative_product(x: &[f64]) -> f64 {
    let mut p = 1.0;
    let mut s = 0.0;
    for &xi in x.iter() {
        p *= (0.3 * xi).cos();
        s += p;
    }
    s
}

/// The same, with `p = p * ...` over an index range.
#[differentiable]
fn cumulative_product_idx(x: &[f64]) -> f64 {
    let mut p = 1.0;
    let mut s = 0.0;
    for i in 0..x.len() {
        p = p * (0.3 * x[i]).cos();
        s = s + p;
    }
    s
}

// ---------------------------------------------------------------------- driver

type Fn2 = fn(f64, f64) -> f64;
type Grad2 = fn(f64, f64) -> (f64, f64, f64);
type Vjp2 = fn(f64, f64, f64) -> (f64, f64, f64);
type Jvp2 = fn(f64, f64, f64, f64) -> (f64, f64);
type Hvp2 = fn(f64, f64, f64, f64) -> (f64, f64, f64);

type FnS = fn(&[f64]) -> f64;
type GradS = fn(&[f64], &mut [f64]) -> f64;
type VjpS = fn(&[f64], &mut [f64], f64) -> f64;
type JvpS = fn(&[f64], &[f64]) -> (f64, f64);
type HvpS = fn(&[f64], &[f64], &mut [f64]) -> f64;

const TOL: f64 = 1e-10;

fn golden() -> Value {
    serde_json::from_str(GOLDEN).expect("public_golden.json parses")
}

fn rows<'a>(g: &'a Value, section: &str, name: &str) -> &'a Vec<Value> {
    let r = g[section][name]
        .as_array()
        .unwrap_or_else(|| panic!("no case {section}/{name} in the golden data"));
    assert!(!r.is_empty(), "{section}/{name} has no rows");
    r
}

fn num(v: &Value) -> f64 {
    v.as_f64().expect("a number")
}

fn vec_of(v: &Value) -> Vec<f64> {
    v.as_array().expect("an array").iter().map(num).collect()
}

fn close(what: &str, case: &str, row: usize, got: f64, want: f64) {
    let err = (got - want).abs();
    assert!(
        err <= TOL * want.abs().max(1.0),
        "{case} row {row} {what}: got {got:e}, JAX {want:e} (error {err:e})"
    );
}

fn close_vec(what: &str, case: &str, row: usize, got: &[f64], want: &[f64]) {
    assert_eq!(got.len(), want.len(), "{case} row {row} {what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        close(&format!("{what}[{i}]"), case, row, *g, *w);
    }
}

/// Seeds for the VJP, one per row, away from 0 and 1 so scaling is visible.
const SEEDS: [f64; 4] = [0.75, -1.5, 2.25, -0.3];

#[allow(clippy::too_many_arguments)]
fn check_scalar2(case: &str, name: &str, f: Fn2, grad: Grad2, vjp: Vjp2, jvp: Jvp2, hvp: Hvp2) {
    let g = golden();
    for (r, row) in rows(&g, "scalar2", name).iter().enumerate() {
        let p = vec_of(&row["x"]);
        let v = vec_of(&row["v"]);
        let (x, y) = (p[0], p[1]);
        let value = num(&row["value"]);
        let gr = vec_of(&row["grad"]);
        let hv = vec_of(&row["hvp"]);
        let jv = num(&row["jvp"]);

        close("value", case, r, f(x, y), value);

        let (val, gx, gy) = grad(x, y);
        close("grad value", case, r, val, value);
        close_vec("grad", case, r, &[gx, gy], &gr);

        let seed = SEEDS[r % SEEDS.len()];
        let (val, bx, by) = vjp(x, y, seed);
        close("vjp value", case, r, val, value);
        close_vec("vjp", case, r, &[bx, by], &[seed * gr[0], seed * gr[1]]);

        let (val, t) = jvp(x, v[0], y, v[1]);
        close("jvp value", case, r, val, value);
        close("jvp", case, r, t, jv);

        let (val, hx, hy) = hvp(x, v[0], y, v[1]);
        close("hvp value", case, r, val, value);
        close_vec("hvp", case, r, &[hx, hy], &hv);
    }
}

#[allow(clippy::too_many_arguments)]
fn check_slice(case: &str, name: &str, f: FnS, grad: GradS, vjp: VjpS, jvp: JvpS, hvp: HvpS) {
    let g = golden();
    for (r, row) in rows(&g, "slice", name).iter().enumerate() {
        let x = vec_of(&row["x"]);
        let v = vec_of(&row["v"]);
        let n = x.len();
        let value = num(&row["value"]);
        let gr = vec_of(&row["grad"]);
        let hv = vec_of(&row["hvp"]);
        let jv = num(&row["jvp"]);

        close("value", case, r, f(&x), value);

        // The gradient buffer is overwritten: start it with garbage.
        let mut gx = vec![f64::NAN; n];
        let val = grad(&x, &mut gx);
        close("grad value", case, r, val, value);
        close_vec("grad", case, r, &gx, &gr);

        // The pullback accumulates into x_bar: start it pre-filled.
        let seed = SEEDS[r % SEEDS.len()];
        let prefill: Vec<f64> = (0..n).map(|i| 0.5 - 0.25 * i as f64).collect();
        let mut x_bar = prefill.clone();
        let val = vjp(&x, &mut x_bar, seed);
        close("vjp value", case, r, val, value);
        let want: Vec<f64> = prefill.iter().zip(&gr).map(|(p, g)| p + seed * g).collect();
        close_vec("vjp (accumulated)", case, r, &x_bar, &want);

        let (val, t) = jvp(&x, &v);
        close("jvp value", case, r, val, value);
        close("jvp", case, r, t, jv);

        let mut out = vec![f64::NAN; n];
        let val = hvp(&x, &v, &mut out);
        close("hvp value", case, r, val, value);
        close_vec("hvp", case, r, &out, &hv);
    }
}

macro_rules! scalar2 {
    ($name:literal, $f:ident, $grad:ident, $vjp:ident, $jvp:ident, $hvp:ident) => {
        check_scalar2(stringify!($f), $name, $f, $grad, $vjp, $jvp, $hvp)
    };
}

macro_rules! slice {
    ($name:literal, $f:ident, $grad:ident, $vjp:ident, $jvp:ident, $hvp:ident) => {
        check_slice(stringify!($f), $name, $f, $grad, $vjp, $jvp, $hvp)
    };
}

// ----------------------------------------------------------------------- tests

#[test]
fn quadratic_matches_jax() {
    scalar2!(
        "quadratic",
        quadratic,
        quadratic_grad,
        quadratic_vjp,
        quadratic_jvp,
        quadratic_hvp
    );
}

#[test]
fn sincos_matches_jax() {
    scalar2!(
        "sincos",
        sincos,
        sincos_grad,
        sincos_vjp,
        sincos_jvp,
        sincos_hvp
    );
}

#[test]
fn exp_log_matches_jax() {
    scalar2!(
        "exp_log",
        exp_log,
        exp_log_grad,
        exp_log_vjp,
        exp_log_jvp,
        exp_log_hvp
    );
}

#[test]
fn rational_matches_jax() {
    scalar2!(
        "rational",
        rational,
        rational_grad,
        rational_vjp,
        rational_jvp,
        rational_hvp
    );
}

#[test]
fn powers_matches_jax() {
    scalar2!(
        "powers",
        powers,
        powers_grad,
        powers_vjp,
        powers_jvp,
        powers_hvp
    );
}

#[test]
fn branches_matches_jax() {
    scalar2!(
        "branches",
        branches,
        branches_grad,
        branches_vjp,
        branches_jvp,
        branches_hvp
    );
    scalar2!(
        "branches",
        branches_stmt,
        branches_stmt_grad,
        branches_stmt_vjp,
        branches_stmt_jvp,
        branches_stmt_hvp
    );
}

#[test]
fn sigmoid_mix_matches_jax() {
    scalar2!(
        "sigmoid_mix",
        sigmoid_mix,
        sigmoid_mix_grad,
        sigmoid_mix_vjp,
        sigmoid_mix_jvp,
        sigmoid_mix_hvp
    );
    scalar2!(
        "sigmoid_mix",
        sigmoid_mix_paths,
        sigmoid_mix_paths_grad,
        sigmoid_mix_paths_vjp,
        sigmoid_mix_paths_jvp,
        sigmoid_mix_paths_hvp
    );
}

#[test]
fn sum_squares_matches_jax() {
    slice!(
        "sum_squares",
        sum_squares,
        sum_squares_grad,
        sum_squares_vjp,
        sum_squares_jvp,
        sum_squares_hvp
    );
    slice!(
        "sum_squares",
        sum_squares_iter,
        sum_squares_iter_grad,
        sum_squares_iter_vjp,
        sum_squares_iter_jvp,
        sum_squares_iter_hvp
    );
}

#[test]
fn weighted_cubic_matches_jax() {
    slice!(
        "weighted_cubic",
        weighted_cubic,
        weighted_cubic_grad,
        weighted_cubic_vjp,
        weighted_cubic_jvp,
        weighted_cubic_hvp
    );
}

#[test]
fn chained_rosenbrock_matches_jax() {
    slice!(
        "chained_rosenbrock",
        chained_rosenbrock,
        chained_rosenbrock_grad,
        chained_rosenbrock_vjp,
        chained_rosenbrock_jvp,
        chained_rosenbrock_hvp
    );
}

#[test]
fn softmax_xent_matches_jax() {
    slice!(
        "softmax_xent",
        softmax_xent,
        softmax_xent_grad,
        softmax_xent_vjp,
        softmax_xent_jvp,
        softmax_xent_hvp
    );
    slice!(
        "softmax_xent",
        softmax_xent_if,
        softmax_xent_if_grad,
        softmax_xent_if_vjp,
        softmax_xent_if_jvp,
        softmax_xent_if_hvp
    );
}

#[test]
fn pairwise_springs_matches_jax() {
    slice!(
        "pairwise_springs",
        pairwise_springs,
        pairwise_springs_grad,
        pairwise_springs_vjp,
        pairwise_springs_jvp,
        pairwise_springs_hvp
    );
    slice!(
        "pairwise_springs",
        pairwise_springs_back,
        pairwise_springs_back_grad,
        pairwise_springs_back_vjp,
        pairwise_springs_back_jvp,
        pairwise_springs_back_hvp
    );
}

#[test]
fn cumulative_product_matches_jax() {
    slice!(
        "cumulative_product",
        cumulative_product,
        cumulative_product_grad,
        cumulative_product_vjp,
        cumulative_product_jvp,
        cumulative_product_hvp
    );
    slice!(
        "cumulative_product",
        cumulative_product_idx,
        cumulative_product_idx_grad,
        cumulative_product_idx_vjp,
        cumulative_product_idx_jvp,
        cumulative_product_idx_hvp
    );
}

/// Every case of the golden file is covered above, and the file has the shape the
/// driver expects (so a regenerated file cannot silently drop cases).
#[test]
fn every_golden_case_is_tested() {
    let g = golden();
    let scalar2: Vec<&String> = g["scalar2"].as_object().expect("scalar2").keys().collect();
    let slice: Vec<&String> = g["slice"].as_object().expect("slice").keys().collect();
    let tested2 = [
        "quadratic",
        "sincos",
        "exp_log",
        "rational",
        "powers",
        "branches",
        "sigmoid_mix",
    ];
    let tested_s = [
        "sum_squares",
        "weighted_cubic",
        "chained_rosenbrock",
        "softmax_xent",
        "pairwise_springs",
        "cumulative_product",
    ];
    for name in &scalar2 {
        assert!(
            tested2.contains(&name.as_str()),
            "untested scalar2 case {name}"
        );
    }
    for name in &slice {
        assert!(
            tested_s.contains(&name.as_str()),
            "untested slice case {name}"
        );
    }
    assert_eq!(scalar2.len(), tested2.len());
    assert_eq!(slice.len(), tested_s.len());
    for name in tested2 {
        for row in rows(&g, "scalar2", name) {
            assert_eq!(vec_of(&row["x"]).len(), 2);
            assert_eq!(vec_of(&row["grad"]).len(), 2);
            assert_eq!(vec_of(&row["hvp"]).len(), 2);
        }
    }
}
