//! The derivative conventions of DESIGN.md at their non-smooth points, through the
//! code `#[differentiable]` generates, in every mode (`_grad`, `_vjp`, `_jvp`, `_hvp`).
//!
//! The oracle is the convention table itself (analytic values): `abs` at 0 gives 0;
//! `max`/`min` on a tie give 0.5 to each side; `floor`, `ceil`, `round`, `trunc`,
//! `signum` give 0 (also exactly at their jumps); `sqrt` and `ln` at 0 give what IEEE
//! arithmetic of the formula gives (`inf`); `x.powf(y)` at `x = 0` with `y > 1` gives 0
//! for both partials; `if` takes the derivative of the branch taken; NaN and infinite
//! inputs propagate through every mode without a panic.

// `!(x < -0.5)` is the grammar under test, not a style choice.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use differentiable::differentiable;

/// Checks all four modes of a one-argument function at `x` against the expected first
/// derivative `d1` and second derivative `d2`.
macro_rules! check1 {
    ($f:ident, $x:expr, $d1:expr, $d2:expr) => {{
        let x: f64 = $x;
        let (d1, d2): (f64, f64) = ($d1, $d2);
        let v = $f(x);
        let name = stringify!($f);
        let (gv, g) = paste_grad!($f)(x);
        same(name, "grad value", gv, v);
        same(name, "grad", g, d1);
        let (bv, b) = paste_vjp!($f)(x, -2.0);
        same(name, "vjp value", bv, v);
        same(name, "vjp", b, -2.0 * d1);
        let (jv, t) = paste_jvp!($f)(x, 3.0);
        same(name, "jvp value", jv, v);
        same(name, "jvp", t, 3.0 * d1);
        let (hv_v, hv) = paste_hvp!($f)(x, 1.5);
        same(name, "hvp value", hv_v, v);
        same(name, "hvp", hv, 1.5 * d2);
    }};
}

/// Equality that treats two NaNs as equal and compares finite numbers to 1e-14.
fn same(name: &str, what: &str, got: f64, want: f64) {
    let ok = if want.is_nan() {
        got.is_nan()
    } else if want.is_infinite() {
        got == want
    } else {
        (got - want).abs() <= 1e-14 * want.abs().max(1.0)
    };
    assert!(ok, "{name} {what}: got {got}, expected {want}");
}

// The generated names are `f_grad` etc.; these macros keep `check1!` readable.
macro_rules! paste_grad {
    (abs_fn) => {
        abs_fn_grad
    };
    (abs_shift) => {
        abs_shift_grad
    };
    (abs_path) => {
        abs_path_grad
    };
    (floor_fn) => {
        floor_fn_grad
    };
    (ceil_fn) => {
        ceil_fn_grad
    };
    (round_fn) => {
        round_fn_grad
    };
    (trunc_fn) => {
        trunc_fn_grad
    };
    (signum_fn) => {
        signum_fn_grad
    };
    (steps_sum) => {
        steps_sum_grad
    };
    (sqrt_fn) => {
        sqrt_fn_grad
    };
    (ln_fn) => {
        ln_fn_grad
    };
    (if_gt) => {
        if_gt_grad
    };
    (if_ge) => {
        if_ge_grad
    };
    (if_stmt) => {
        if_stmt_grad
    };
    (max_self) => {
        max_self_grad
    };
    (min_self) => {
        min_self_grad
    };
}
macro_rules! paste_vjp {
    (abs_fn) => {
        abs_fn_vjp
    };
    (abs_shift) => {
        abs_shift_vjp
    };
    (abs_path) => {
        abs_path_vjp
    };
    (floor_fn) => {
        floor_fn_vjp
    };
    (ceil_fn) => {
        ceil_fn_vjp
    };
    (round_fn) => {
        round_fn_vjp
    };
    (trunc_fn) => {
        trunc_fn_vjp
    };
    (signum_fn) => {
        signum_fn_vjp
    };
    (steps_sum) => {
        steps_sum_vjp
    };
    (sqrt_fn) => {
        sqrt_fn_vjp
    };
    (ln_fn) => {
        ln_fn_vjp
    };
    (if_gt) => {
        if_gt_vjp
    };
    (if_ge) => {
        if_ge_vjp
    };
    (if_stmt) => {
        if_stmt_vjp
    };
    (max_self) => {
        max_self_vjp
    };
    (min_self) => {
        min_self_vjp
    };
}
macro_rules! paste_jvp {
    (abs_fn) => {
        abs_fn_jvp
    };
    (abs_shift) => {
        abs_shift_jvp
    };
    (abs_path) => {
        abs_path_jvp
    };
    (floor_fn) => {
        floor_fn_jvp
    };
    (ceil_fn) => {
        ceil_fn_jvp
    };
    (round_fn) => {
        round_fn_jvp
    };
    (trunc_fn) => {
        trunc_fn_jvp
    };
    (signum_fn) => {
        signum_fn_jvp
    };
    (steps_sum) => {
        steps_sum_jvp
    };
    (sqrt_fn) => {
        sqrt_fn_jvp
    };
    (ln_fn) => {
        ln_fn_jvp
    };
    (if_gt) => {
        if_gt_jvp
    };
    (if_ge) => {
        if_ge_jvp
    };
    (if_stmt) => {
        if_stmt_jvp
    };
    (max_self) => {
        max_self_jvp
    };
    (min_self) => {
        min_self_jvp
    };
}
macro_rules! paste_hvp {
    (abs_fn) => {
        abs_fn_hvp
    };
    (abs_shift) => {
        abs_shift_hvp
    };
    (abs_path) => {
        abs_path_hvp
    };
    (floor_fn) => {
        floor_fn_hvp
    };
    (ceil_fn) => {
        ceil_fn_hvp
    };
    (round_fn) => {
        round_fn_hvp
    };
    (trunc_fn) => {
        trunc_fn_hvp
    };
    (signum_fn) => {
        signum_fn_hvp
    };
    (steps_sum) => {
        steps_sum_hvp
    };
    (sqrt_fn) => {
        sqrt_fn_hvp
    };
    (ln_fn) => {
        ln_fn_hvp
    };
    (if_gt) => {
        if_gt_hvp
    };
    (if_ge) => {
        if_ge_hvp
    };
    (if_stmt) => {
        if_stmt_hvp
    };
    (max_self) => {
        max_self_hvp
    };
    (min_self) => {
        min_self_hvp
    };
}

// ------------------------------------------------------------------------- abs

#[differentiable]
fn abs_fn(x: f64) -> f64 {
    x.abs()
}

#[differentiable]
fn abs_shift(x: f64) -> f64 {
    (x - 1.0).abs() * 3.0
}

#[differentiable]
fn abs_path(x: f64) -> f64 {
    f64::abs(x)
}

#[test]
fn abs_at_zero_is_zero() {
    check1!(abs_fn, 0.0, 0.0, 0.0);
    check1!(abs_fn, -0.0, 0.0, 0.0);
    check1!(abs_path, 0.0, 0.0, 0.0);
    check1!(abs_shift, 1.0, 0.0, 0.0);
    // Away from the kink: the ordinary slopes.
    check1!(abs_fn, 2.0, 1.0, 0.0);
    check1!(abs_fn, -2.0, -1.0, 0.0);
    check1!(abs_shift, 0.5, -3.0, 0.0);
}

// ------------------------------------------------------------------- max / min

#[differentiable]
fn max2(x: f64, y: f64) -> f64 {
    x.max(y)
}

#[differentiable]
fn min2(x: f64, y: f64) -> f64 {
    x.min(y)
}

#[differentiable]
fn max2_path(x: f64, y: f64) -> f64 {
    f64::max(x, y) + 0.0 * y
}

#[differentiable]
fn max_self(x: f64) -> f64 {
    x.max(x)
}

#[differentiable]
fn min_self(x: f64) -> f64 {
    (2.0 * x).min(x + x)
}

/// A tie between two nonlinear expressions: (x², y²) at |x| = |y|.
#[differentiable]
fn max_sq(x: f64, y: f64) -> f64 {
    (x * x).max(y * y)
}

type Grad2 = fn(f64, f64) -> (f64, f64, f64);
type Vjp2 = fn(f64, f64, f64) -> (f64, f64, f64);
type Jvp2 = fn(f64, f64, f64, f64) -> (f64, f64);
type Hvp2 = fn(f64, f64, f64, f64) -> (f64, f64, f64);

/// All modes of a two-argument function at `(x, y)` against the gradient `g` and the
/// Hessian `h` (row-major).
#[allow(clippy::too_many_arguments)]
fn check2(
    name: &str,
    f: fn(f64, f64) -> f64,
    grad: Grad2,
    vjp: Vjp2,
    jvp: Jvp2,
    hvp: Hvp2,
    (x, y): (f64, f64),
    g: [f64; 2],
    h: [f64; 4],
) {
    let v = f(x, y);
    let (gv, gx, gy) = grad(x, y);
    same(name, "grad value", gv, v);
    same(name, "grad x", gx, g[0]);
    same(name, "grad y", gy, g[1]);
    let (bv, bx, by) = vjp(x, y, 0.5);
    same(name, "vjp value", bv, v);
    same(name, "vjp x", bx, 0.5 * g[0]);
    same(name, "vjp y", by, 0.5 * g[1]);
    let (d, e) = (3.0, -5.0);
    let (jv, t) = jvp(x, d, y, e);
    same(name, "jvp value", jv, v);
    same(name, "jvp", t, g[0] * d + g[1] * e);
    let (hv_v, hx, hy) = hvp(x, d, y, e);
    same(name, "hvp value", hv_v, v);
    same(name, "hvp x", hx, h[0] * d + h[1] * e);
    same(name, "hvp y", hy, h[2] * d + h[3] * e);
}

macro_rules! check2 {
    ($f:ident, $grad:ident, $vjp:ident, $jvp:ident, $hvp:ident, $at:expr, $g:expr, $h:expr) => {
        check2(stringify!($f), $f, $grad, $vjp, $jvp, $hvp, $at, $g, $h)
    };
}

#[test]
fn max_min_ties_split_half_and_half() {
    let z = [0.0; 4];
    check2!(
        max2,
        max2_grad,
        max2_vjp,
        max2_jvp,
        max2_hvp,
        (1.0, 1.0),
        [0.5, 0.5],
        z
    );
    check2!(
        min2,
        min2_grad,
        min2_vjp,
        min2_jvp,
        min2_hvp,
        (1.0, 1.0),
        [0.5, 0.5],
        z
    );
    check2!(
        max2,
        max2_grad,
        max2_vjp,
        max2_jvp,
        max2_hvp,
        (0.0, 0.0),
        [0.5, 0.5],
        z
    );
    check2!(
        min2,
        min2_grad,
        min2_vjp,
        min2_jvp,
        min2_hvp,
        (-3.0, -3.0),
        [0.5, 0.5],
        z
    );
    check2!(
        max2_path,
        max2_path_grad,
        max2_path_vjp,
        max2_path_jvp,
        max2_path_hvp,
        (2.0, 2.0),
        [0.5, 0.5],
        z
    );
    // Off the tie the whole derivative goes to the larger (smaller) side.
    check2!(
        max2,
        max2_grad,
        max2_vjp,
        max2_jvp,
        max2_hvp,
        (1.0, 2.0),
        [0.0, 1.0],
        z
    );
    check2!(
        max2,
        max2_grad,
        max2_vjp,
        max2_jvp,
        max2_hvp,
        (2.0, 1.0),
        [1.0, 0.0],
        z
    );
    check2!(
        min2,
        min2_grad,
        min2_vjp,
        min2_jvp,
        min2_hvp,
        (1.0, 2.0),
        [1.0, 0.0],
        z
    );
    check2!(
        min2,
        min2_grad,
        min2_vjp,
        min2_jvp,
        min2_hvp,
        (2.0, 1.0),
        [0.0, 1.0],
        z
    );
    // Tie of x² and y² at (1.5, -1.5): 0.5 * (2x, 2y), Hessian 0.5 * diag(2, 2).
    check2!(
        max_sq,
        max_sq_grad,
        max_sq_vjp,
        max_sq_jvp,
        max_sq_hvp,
        (1.5, -1.5),
        [1.5, -1.5],
        [1.0, 0.0, 0.0, 1.0]
    );
    // Both sides the same variable: 0.5 + 0.5 = 1.
    check1!(max_self, 0.7, 1.0, 0.0);
    check1!(min_self, -0.7, 2.0, 0.0);
}

// ------------------------------------------------------------------ step functions

#[differentiable]
fn floor_fn(x: f64) -> f64 {
    x.floor()
}

#[differentiable]
fn ceil_fn(x: f64) -> f64 {
    x.ceil()
}

#[differentiable]
fn round_fn(x: f64) -> f64 {
    x.round()
}

#[differentiable]
fn trunc_fn(x: f64) -> f64 {
    x.trunc()
}

#[differentiable]
fn signum_fn(x: f64) -> f64 {
    x.signum()
}

/// Step functions mixed with a smooth part: only the smooth part has a derivative.
#[differentiable]
fn steps_sum(x: f64) -> f64 {
    let a = (3.0 * x).floor() + f64::ceil(x * x) + x.round() * x;
    let b = x.trunc() + x.signum() * x * x;
    a + b
}

#[test]
fn step_functions_have_zero_derivative() {
    // At their jumps and between them.
    for x in [0.0, -0.0, 0.5, 1.0, -1.0, 2.5, -2.5, 0.3, -1.7] {
        check1!(floor_fn, x, 0.0, 0.0);
        check1!(ceil_fn, x, 0.0, 0.0);
        check1!(round_fn, x, 0.0, 0.0);
        check1!(trunc_fn, x, 0.0, 0.0);
        check1!(signum_fn, x, 0.0, 0.0);
    }
    // d/dx [round(x) x + signum(x) x²] = round(x) + 2 signum(x) x; second: 2 signum(x).
    for x in [0.5_f64, 1.0, -1.0, 2.5, 0.3, -1.7, 1.0 / 3.0] {
        let d1 = x.round() + 2.0 * x.signum() * x;
        let d2 = 2.0 * x.signum();
        check1!(steps_sum, x, d1, d2);
    }
}

// --------------------------------------------------------------- sqrt and ln at 0

#[differentiable]
fn sqrt_fn(x: f64) -> f64 {
    x.sqrt()
}

#[differentiable]
fn ln_fn(x: f64) -> f64 {
    x.ln()
}

#[test]
fn sqrt_and_ln_at_zero_follow_ieee() {
    // sqrt: 1 / (2 sqrt(0)) = +inf.
    assert_eq!(sqrt_fn_grad(0.0), (0.0, f64::INFINITY));
    assert_eq!(sqrt_fn_vjp(0.0, 2.0), (0.0, f64::INFINITY));
    assert_eq!(sqrt_fn_jvp(0.0, 1.0), (0.0, f64::INFINITY));
    let (v, h) = sqrt_fn_hvp(0.0, 1.0);
    assert_eq!(v, 0.0);
    assert!(!h.is_finite(), "sqrt'' at 0 along 1: {h}");
    // ln: 1 / 0 = +inf, value -inf.
    assert_eq!(ln_fn_grad(0.0), (f64::NEG_INFINITY, f64::INFINITY));
    assert_eq!(ln_fn_vjp(0.0, 2.0), (f64::NEG_INFINITY, f64::INFINITY));
    assert_eq!(ln_fn_jvp(0.0, 1.0), (f64::NEG_INFINITY, f64::INFINITY));
    let (v, h) = ln_fn_hvp(0.0, 1.0);
    assert_eq!(v, f64::NEG_INFINITY);
    assert!(!h.is_finite(), "ln'' at 0 along 1: {h}");
    // Just off 0 the ordinary formulas.
    check1!(sqrt_fn, 4.0, 0.25, -1.0 / 32.0);
    check1!(ln_fn, 0.5, 2.0, -4.0);
    // Negative inputs: NaN, as IEEE gives.
    let (v, g) = sqrt_fn_grad(-1.0);
    assert!(v.is_nan() && g.is_nan());
}

// --------------------------------------------------------------------- powf at 0

#[differentiable]
fn powf_xy(x: f64, y: f64) -> f64 {
    x.powf(y)
}

#[differentiable]
fn powf_path(x: f64, y: f64) -> f64 {
    f64::powf(x, y)
}

#[differentiable]
fn powf_const(x: f64) -> f64 {
    x.powf(2.5)
}

#[test]
fn powf_at_zero_base_with_exponent_above_one_is_zero() {
    let z = [0.0; 4];
    for y in [1.5, 2.0, 2.5, 3.0, 7.25] {
        let (v, gx, gy) = powf_xy_grad(0.0, y);
        assert_eq!((v, gx, gy), (0.0, 0.0, 0.0), "grad of 0^{y}");
        let (v, bx, by) = powf_xy_vjp(0.0, y, -3.0);
        assert_eq!(v, 0.0);
        assert!(bx == 0.0 && by == 0.0, "vjp of 0^{y}: {bx} {by}");
        let (v, t) = powf_xy_jvp(0.0, 1.0, y, 1.0);
        assert_eq!(v, 0.0);
        assert!(t == 0.0, "jvp of 0^{y}: {t}");
        let (v, gx, gy) = powf_path_grad(0.0, y);
        assert_eq!(v, powf_path(0.0, y));
        assert!(gx == 0.0 && gy == 0.0, "path grad of 0^{y}: {gx} {gy}");
    }
    // For y > 2 the whole Hessian of x^y tends to 0 at x = 0 (analytic limit).
    for y in [2.5, 3.0, 7.25] {
        check2!(
            powf_xy,
            powf_xy_grad,
            powf_xy_vjp,
            powf_xy_jvp,
            powf_xy_hvp,
            (0.0, y),
            [0.0, 0.0],
            z
        );
    }
    // At y = 2 the limit is [[2, 0], [0, 0]] (x² and the mixed x (1 + 2 ln x) -> 0).
    check2!(
        powf_xy,
        powf_xy_grad,
        powf_xy_vjp,
        powf_xy_jvp,
        powf_xy_hvp,
        (0.0, 2.0),
        [0.0, 0.0],
        [2.0, 0.0, 0.0, 0.0]
    );
    // Constant exponent: 2.5 x^1.5 = 0, second derivative 3.75 x^0.5 = 0.
    assert_eq!(powf_const(0.0), 0.0);
    assert_eq!(powf_const_grad(0.0), (0.0, 0.0));
    assert_eq!(powf_const_jvp(0.0, 1.0), (0.0, 0.0));
    assert_eq!(powf_const_hvp(0.0, 1.0), (0.0, 0.0));
    // Away from 0 the ordinary partials: (y x^(y-1), x^y ln x).
    let (x, y) = (1.7_f64, 2.5_f64);
    let g = [y * x.powf(y - 1.0), x.powf(y) * x.ln()];
    let h = [
        y * (y - 1.0) * x.powf(y - 2.0),
        x.powf(y - 1.0) * (1.0 + y * x.ln()),
        x.powf(y - 1.0) * (1.0 + y * x.ln()),
        x.powf(y) * x.ln() * x.ln(),
    ];
    let (_, gx, gy) = powf_xy_grad(x, y);
    assert!((gx - g[0]).abs() < 1e-13 && (gy - g[1]).abs() < 1e-13);
    let (_, hx, hy) = powf_xy_hvp(x, 1.0, y, -2.0);
    assert!((hx - (h[0] - 2.0 * h[1])).abs() < 1e-12, "{hx}");
    assert!((hy - (h[2] - 2.0 * h[3])).abs() < 1e-12, "{hy}");
}

// ---------------------------------------------------------------- if / comparisons

#[differentiable]
fn if_gt(x: f64) -> f64 {
    if x > 0.0 {
        x * x * x
    } else {
        3.0 * x
    }
}

#[differentiable]
fn if_ge(x: f64) -> f64 {
    if x >= 0.0 {
        x * x * x
    } else {
        3.0 * x
    }
}

/// A branch on a derived value, as a statement, with a compound condition.
#[differentiable]
fn if_stmt(x: f64) -> f64 {
    let mut r = x.sin();
    let t = x * x;
    if t <= 1.0 && !(x < -0.5) {
        r = 2.0 * x + t;
    } else if x > 5.0 || x == -0.75 {
        r = -x;
    }
    r
}

#[test]
fn if_takes_the_derivative_of_the_branch_taken() {
    // At the switching point 0 the condition picks the branch; its derivative is used.
    check1!(if_gt, 0.0, 3.0, 0.0);
    check1!(if_ge, 0.0, 0.0, 0.0);
    check1!(if_gt, 2.0, 12.0, 12.0);
    check1!(if_ge, -2.0, 3.0, 0.0);
    // if_stmt: at x = 1 (t <= 1 holds): 2 + 2x = 4, second 2.
    check1!(if_stmt, 1.0, 4.0, 2.0);
    // at x = -0.5 the first condition holds: 2 + 2x = 1.
    check1!(if_stmt, -0.5, 1.0, 2.0);
    // at x = -0.75 the second holds: -1, 0.
    check1!(if_stmt, -0.75, -1.0, 0.0);
    // otherwise sin: cos x, -sin x.
    let x = 1.0 + 1e-9;
    check1!(if_stmt, x, x.cos(), -x.sin());
    check1!(if_stmt, 6.0, -1.0, 0.0);
}

// --------------------------------------------------------- NaN and inf propagate

#[differentiable]
fn mixed(x: f64, y: f64) -> f64 {
    let mut s = 0.0;
    for k in 0..3 {
        let t = (x * (k as f64 + 1.0)).sin() * y.exp();
        if t > 0.0 {
            s += t * t;
        } else {
            s -= t.abs().sqrt();
        }
    }
    s + x.max(y) + y.ln_1p()
}

#[differentiable]
fn slice_mixed(x: &[f64]) -> f64 {
    let mut p = 1.0;
    let mut m = x[0];
    for &v in x.iter() {
        p *= 1.0 + 0.1 * v.tanh();
        m = m.max(v);
    }
    p + m + x[0].exp()
}

#[test]
fn nan_and_inf_inputs_propagate_without_panic() {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        for (x, y) in [(bad, 0.5), (0.5, bad), (bad, bad)] {
            let (v, gx, gy) = mixed_grad(x, y);
            let (_, bx, by) = mixed_vjp(x, y, 1.0);
            let (jv, t) = mixed_jvp(x, 1.0, y, 1.0);
            let (hv, hx, hy) = mixed_hvp(x, 1.0, y, 1.0);
            // The value is the primal's, bit for bit (NaN matches NaN).
            let p = mixed(x, y);
            for w in [v, jv, hv] {
                assert!(w == p || (w.is_nan() && p.is_nan()), "{w} vs {p}");
            }
            // sin(inf) = NaN, so some derivative is not finite in every case.
            let all = [gx, gy, bx, by, t, hx, hy];
            assert!(
                all.iter().any(|d| !d.is_finite()),
                "no non-finite derivative at ({x}, {y}): {all:?}"
            );
        }
        // NaN tangent/seed/direction at a regular point: NaN derivative, finite value.
        let (v, t) = mixed_jvp(0.3, f64::NAN, 0.2, 0.0);
        assert!(v.is_finite() && t.is_nan());
        let (v, bx, by) = mixed_vjp(0.3, 0.2, f64::NAN);
        assert!(v.is_finite() && bx.is_nan() && by.is_nan());

        let x = [0.3, bad, -1.2, 0.7];
        let mut g = [0.0; 4];
        let v = slice_mixed_grad(&x, &mut g);
        let p = slice_mixed(&x);
        assert!(v == p || (v.is_nan() && p.is_nan()), "{v} vs {p}");
        let mut b = [0.0; 4];
        slice_mixed_vjp(&x, &mut b, 1.0);
        let (_, t) = slice_mixed_jvp(&x, &[1.0; 4]);
        let mut hv = [0.0; 4];
        slice_mixed_hvp(&x, &[1.0; 4], &mut hv);
        // tanh(±inf) = ±1 with derivative 0 and max skips a NaN, so only a NaN input
        // is sure to reach the value and the derivatives; an infinite one must not panic.
        if bad.is_nan() {
            assert!(v.is_nan());
            assert!(g.iter().any(|d| d.is_nan()), "{g:?}");
            assert!(t.is_nan());
        }
    }
}

// ------------------------------------------------------------------------- f32

#[differentiable]
fn conventions_f32(x: f32, y: f32) -> f32 {
    x.abs() + x.max(y) + y.floor() + (x * y).round()
}

#[test]
fn conventions_hold_in_f32() {
    let (v, gx, gy) = conventions_f32_grad(0.0, 0.0);
    assert_eq!(v, conventions_f32(0.0, 0.0));
    assert_eq!((gx, gy), (0.5, 0.5));
    let (_, t) = conventions_f32_jvp(0.0, 2.0, 0.0, 4.0);
    assert_eq!(t, 3.0);
    let (_, hx, hy) = conventions_f32_hvp(0.0, 2.0, 0.0, 4.0);
    assert_eq!((hx, hy), (0.0, 0.0));
    let (_, gx, gy) = conventions_f32_grad(1.0, 0.5);
    assert_eq!((gx, gy), (2.0, 0.0));
}

// ------------------------------------------------------------- generic scalar T

#[differentiable]
fn conventions_generic<T: num_traits::Float>(x: T, y: T) -> T {
    x.abs() + x.max(y) - T::min(y, x) + y.floor() + x.signum() * y + (x * y).round()
}

#[differentiable]
fn powf_generic<T: num_traits::Float>(x: T, y: T) -> T {
    x.powf(y) + y.sqrt()
}

#[test]
fn conventions_hold_for_a_generic_scalar() {
    // At (0, 0): abs' = 0, max and min ties 0.5 each (they cancel in max - min only
    // because both split evenly), floor, signum, round contribute 0; signum(+0) = 1
    // in Rust, so signum(x) * y has ∂/∂y = 1.
    let z = [0.0; 4];
    check2!(
        conventions_generic,
        conventions_generic_grad,
        conventions_generic_vjp,
        conventions_generic_jvp,
        conventions_generic_hvp,
        (0.0, 0.0),
        [0.0, 1.0],
        z
    );
    // At (1, 1): ties again, abs' = 1, signum(x) * y adds 1 to ∂/∂y.
    check2!(
        conventions_generic,
        conventions_generic_grad,
        conventions_generic_vjp,
        conventions_generic_jvp,
        conventions_generic_hvp,
        (1.0, 1.0),
        [1.0, 1.0],
        z
    );
    // At (-2, 1): max picks y, min picks x: ∂/∂x = -1 - 1, ∂/∂y = 1 - 1.
    check2!(
        conventions_generic,
        conventions_generic_grad,
        conventions_generic_vjp,
        conventions_generic_jvp,
        conventions_generic_hvp,
        (-2.0, 1.0),
        [-2.0, 0.0],
        z
    );
    // x^y at x = 0, y = 4: both partials 0, Hessian of x^4 at 0 is 0; sqrt(y) smooth.
    let y = 4.0_f64;
    check2!(
        powf_generic,
        powf_generic_grad,
        powf_generic_vjp,
        powf_generic_jvp,
        powf_generic_hvp,
        (0.0, y),
        [0.0, 0.5 / y.sqrt()],
        [0.0, 0.0, 0.0, -0.25 / (y * y.sqrt())]
    );
}
