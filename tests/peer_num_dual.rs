//! The generated `_grad`, `_vjp`, `_jvp` and `_hvp` against the peer crate `num-dual`.
//!
//! Each function below is written once, generic over `T: num_traits::Float`, and
//! annotated `#[differentiable]`. The same source is then evaluated at num-dual's
//! `Dual64` (first derivatives) and `HyperDual64` (second derivatives: the `ε₁ε₂` part
//! of `f(x + ε₁ v + ε₂ eᵢ)` is `(H v)ᵢ`), through `Nd`, a thin newtype that gives
//! num-dual's numbers the `num_traits::Float` interface by delegating every smooth
//! method to num-dual's own derivative rules (num-dual does not implement `Float`).
//! The comparison runs on many seeded random points (a small xorshift generator).
//! Together the functions use every float method of the grammar at least once, as
//! methods and as paths, plus loops, `while`, `if`/`else`, slices, arrays, inactive
//! parameters and calls between differentiable functions. Also checked: the symmetry
//! `<seed, J v> = <Jᵀ seed, v>` for a vector-output function and `uᵀ(H v) = vᵀ(H u)`.

// Index loops and `!(y < z)` are the grammar under test, written as users write them.
#![allow(
    clippy::needless_range_loop,
    clippy::neg_cmp_op_on_partial_ord,
    clippy::let_and_return
)]

use core::cmp::Ordering;
use core::num::FpCategory;
use core::ops::{Add, Div, Mul, Neg, Rem, Sub};
use differentiable::differentiable;
use num_dual::{Dual64, DualNum, DualStruct, HyperDual64};
use num_traits::{Float, Num, NumCast, One, Signed, ToPrimitive, Zero};

// ------------------------------------------------------------------ Nd<D>: Float

/// A num-dual number seen through `num_traits::Float`.
#[derive(Clone, Copy, Debug)]
struct Nd<D>(D);

trait Peer: DualNum<Primitive = f64> + DualStruct<Real = f64> + Copy {}
impl<D: DualNum<Primitive = f64> + DualStruct<Real = f64> + Copy> Peer for D {}

impl<D: Peer> Nd<D> {
    fn re(&self) -> f64 {
        self.0.re()
    }
    fn cst(v: f64) -> Self {
        Nd(D::from(v))
    }
}

impl<D: Peer> PartialEq for Nd<D> {
    fn eq(&self, o: &Self) -> bool {
        self.re() == o.re()
    }
}
impl<D: Peer> PartialOrd for Nd<D> {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        self.re().partial_cmp(&o.re())
    }
}

macro_rules! binop {
    ($tr:ident, $m:ident) => {
        impl<D: Peer> $tr for Nd<D> {
            type Output = Self;
            fn $m(self, o: Self) -> Self {
                Nd($tr::$m(self.0, o.0))
            }
        }
    };
}
binop!(Add, add);
binop!(Sub, sub);
binop!(Mul, mul);
binop!(Div, div);
binop!(Rem, rem);

impl<D: Peer> Neg for Nd<D> {
    type Output = Self;
    fn neg(self) -> Self {
        Nd(-self.0)
    }
}
impl<D: Peer> Zero for Nd<D> {
    fn zero() -> Self {
        Nd(D::zero())
    }
    fn is_zero(&self) -> bool {
        self.re() == 0.0
    }
}
impl<D: Peer> One for Nd<D> {
    fn one() -> Self {
        Nd(D::one())
    }
}
impl<D: Peer> Num for Nd<D> {
    type FromStrRadixErr = <f64 as Num>::FromStrRadixErr;
    fn from_str_radix(s: &str, r: u32) -> Result<Self, Self::FromStrRadixErr> {
        f64::from_str_radix(s, r).map(Self::cst)
    }
}
impl<D: Peer> ToPrimitive for Nd<D> {
    fn to_i64(&self) -> Option<i64> {
        self.re().to_i64()
    }
    fn to_u64(&self) -> Option<u64> {
        self.re().to_u64()
    }
    fn to_f64(&self) -> Option<f64> {
        Some(self.re())
    }
}
impl<D: Peer> NumCast for Nd<D> {
    fn from<N: ToPrimitive>(n: N) -> Option<Self> {
        n.to_f64().map(Self::cst)
    }
}

macro_rules! unary {
    ($($m:ident),*) => {
        $(fn $m(self) -> Self { Nd(DualNum::$m(&self.0)) })*
    };
}
macro_rules! constant {
    ($($m:ident),*) => {
        $(fn $m() -> Self { Self::cst(f64::$m()) })*
    };
}
macro_rules! predicate {
    ($($m:ident),*) => {
        $(fn $m(self) -> bool { self.re().$m() })*
    };
}
/// Piecewise-constant functions: derivative 0, the calculus answer away from jumps.
macro_rules! step {
    ($($m:ident),*) => {
        $(fn $m(self) -> Self { Self::cst(self.re().$m()) })*
    };
}

impl<D: Peer> Float for Nd<D> {
    constant!(
        nan,
        infinity,
        neg_infinity,
        neg_zero,
        min_value,
        min_positive_value,
        max_value
    );
    predicate!(
        is_nan,
        is_infinite,
        is_finite,
        is_normal,
        is_sign_positive,
        is_sign_negative
    );
    step!(floor, ceil, round, trunc, signum);
    unary!(recip, sqrt, exp, exp2, ln, log2, log10, cbrt, sin, cos, tan, asin, acos, atan);
    unary!(exp_m1, ln_1p, sinh, cosh, tanh, asinh, acosh, atanh);

    fn classify(self) -> FpCategory {
        self.re().classify()
    }
    fn fract(self) -> Self {
        self - self.trunc()
    }
    fn abs(self) -> Self {
        Nd(Signed::abs(&self.0))
    }
    fn mul_add(self, a: Self, b: Self) -> Self {
        Nd(DualNum::mul_add(&self.0, a.0, b.0))
    }
    fn powi(self, n: i32) -> Self {
        Nd(DualNum::powi(&self.0, n))
    }
    fn powf(self, n: Self) -> Self {
        // x^n = exp(n ln x), the base is kept positive by the tests.
        Nd(DualNum::powd(&self.0, n.0))
    }
    fn log(self, base: Self) -> Self {
        self.ln() / base.ln()
    }
    fn max(self, o: Self) -> Self {
        if self.re() >= o.re() {
            self
        } else {
            o
        }
    }
    fn min(self, o: Self) -> Self {
        if self.re() <= o.re() {
            self
        } else {
            o
        }
    }
    fn abs_sub(self, o: Self) -> Self {
        (self - o).max(Self::zero())
    }
    fn hypot(self, o: Self) -> Self {
        (self * self + o * o).sqrt()
    }
    fn atan2(self, o: Self) -> Self {
        Nd(DualNum::atan2(&self.0, o.0))
    }
    fn sin_cos(self) -> (Self, Self) {
        (self.sin(), self.cos())
    }
    fn integer_decode(self) -> (u64, i16, i8) {
        self.re().integer_decode()
    }
}

fn dual(re: f64, eps: f64) -> Nd<Dual64> {
    Nd(Dual64::new(re, eps))
}

fn hyper(re: f64, e1: f64, e2: f64) -> Nd<HyperDual64> {
    Nd(HyperDual64::new(re, e1, e2, 0.0))
}

// -------------------------------------------------------------- random and compare

/// xorshift64*: a small seeded generator, enough for test points.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in `[lo, hi)`.
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        lo + (hi - lo) * u
    }
    fn vec(&mut self, n: usize, lo: f64, hi: f64) -> Vec<f64> {
        (0..n).map(|_| self.uniform(lo, hi)).collect()
    }
}

const POINTS: usize = 60;

fn close(what: &str, at: &[f64], got: f64, want: f64) {
    let err = (got - want).abs();
    assert!(
        err <= 1e-10 * (1.0 + want.abs()),
        "{what} at {at:?}: generated {got:e}, num-dual {want:e} (error {err:e})"
    );
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Compares every mode of a generic two-argument function with num-dual at `POINTS`
/// random points of the box `[lo, hi]²`.
macro_rules! check2 {
    ($f:ident, $grad:ident, $vjp:ident, $jvp:ident, $hvp:ident, $seed:expr, $lo:expr, $hi:expr) => {{
        let mut rng = Rng($seed);
        for _ in 0..POINTS {
            let p = rng.vec(2, $lo, $hi);
            let (x, y) = (p[0], p[1]);
            let v = rng.vec(2, -1.0, 1.0);
            let name = stringify!($f);
            let value = $f(x, y);
            // num-dual: gradient by two Dual64 sweeps, H v by HyperDual64.
            let g = [
                $f(dual(x, 1.0), dual(y, 0.0)).0.eps,
                $f(dual(x, 0.0), dual(y, 1.0)).0.eps,
            ];
            let hv = [
                $f(hyper(x, v[0], 1.0), hyper(y, v[1], 0.0)).0.eps1eps2,
                $f(hyper(x, v[0], 0.0), hyper(y, v[1], 1.0)).0.eps1eps2,
            ];
            let jv = $f(dual(x, v[0]), dual(y, v[1])).0;
            close(&format!("{name} value"), &p, jv.re, value);

            let (val, gx, gy) = $grad(x, y);
            close(&format!("{name}_grad value"), &p, val, value);
            close(&format!("{name}_grad x"), &p, gx, g[0]);
            close(&format!("{name}_grad y"), &p, gy, g[1]);

            let seed = rng.uniform(-2.0, 2.0);
            let (val, bx, by) = $vjp(x, y, seed);
            close(&format!("{name}_vjp value"), &p, val, value);
            close(&format!("{name}_vjp x"), &p, bx, seed * g[0]);
            close(&format!("{name}_vjp y"), &p, by, seed * g[1]);

            let (val, t) = $jvp(x, v[0], y, v[1]);
            close(&format!("{name}_jvp value"), &p, val, value);
            close(&format!("{name}_jvp"), &p, t, jv.eps);

            let (val, hx, hy) = $hvp(x, v[0], y, v[1]);
            close(&format!("{name}_hvp value"), &p, val, value);
            close(&format!("{name}_hvp x"), &p, hx, hv[0]);
            close(&format!("{name}_hvp y"), &p, hy, hv[1]);
        }
    }};
}

/// The same for a generic slice function `f(x: &[T]) -> T` of length `n`.
macro_rules! check_slice {
    ($f:ident, $grad:ident, $vjp:ident, $jvp:ident, $hvp:ident, $seed:expr, $n:expr, $lo:expr, $hi:expr) => {{
        let mut rng = Rng($seed);
        let n: usize = $n;
        for _ in 0..POINTS {
            let x = rng.vec(n, $lo, $hi);
            let v = rng.vec(n, -1.0, 1.0);
            let name = stringify!($f);
            let value = $f(&x);
            let mut g = vec![0.0; n];
            let mut hv = vec![0.0; n];
            for i in 0..n {
                let xd: Vec<_> = (0..n)
                    .map(|k| dual(x[k], if k == i { 1.0 } else { 0.0 }))
                    .collect();
                g[i] = $f(&xd).0.eps;
                let xh: Vec<_> = (0..n)
                    .map(|k| hyper(x[k], v[k], if k == i { 1.0 } else { 0.0 }))
                    .collect();
                hv[i] = $f(&xh).0.eps1eps2;
            }
            let xd: Vec<_> = (0..n).map(|k| dual(x[k], v[k])).collect();
            let jv = $f(&xd).0;
            close(&format!("{name} value"), &x, jv.re, value);

            let mut gx = vec![f64::NAN; n];
            let val = $grad(&x, &mut gx);
            close(&format!("{name}_grad value"), &x, val, value);
            for i in 0..n {
                close(&format!("{name}_grad[{i}]"), &x, gx[i], g[i]);
            }

            let seed = rng.uniform(-2.0, 2.0);
            let pre = rng.vec(n, -1.0, 1.0);
            let mut bar = pre.clone();
            let val = $vjp(&x, &mut bar, seed);
            close(&format!("{name}_vjp value"), &x, val, value);
            for i in 0..n {
                close(
                    &format!("{name}_vjp[{i}]"),
                    &x,
                    bar[i],
                    pre[i] + seed * g[i],
                );
            }

            let (val, t) = $jvp(&x, &v);
            close(&format!("{name}_jvp value"), &x, val, value);
            close(&format!("{name}_jvp"), &x, t, jv.eps);

            let mut out = vec![f64::NAN; n];
            let val = $hvp(&x, &v, &mut out);
            close(&format!("{name}_hvp value"), &x, val, value);
            for i in 0..n {
                close(&format!("{name}_hvp[{i}]"), &x, out[i], hv[i]);
            }
        }
    }};
}

// ------------------------------------------------------------------ the functions

/// sin, cos, tan; method and path syntax.
#[differentiable]
fn trig<T: Float>(x: T, y: T) -> T {
    let c = T::from(0.3).unwrap();
    x.sin() * y.cos() + (c * x * y).tan() + Float::sin(x * y) - T::cos(x + y)
}

/// asin, acos, atan, atan2.
#[differentiable]
fn inverse_trig<T: Float>(x: T, y: T) -> T {
    let half = T::from(0.5).unwrap();
    let k = T::from(0.4).unwrap();
    (half * x).asin() + T::acos(k * y) + (x - y).atan() + y.atan2(x)
}

/// sinh, cosh, tanh, asinh, acosh, atanh.
#[differentiable]
fn hyperbolic<T: Float>(x: T, y: T) -> T {
    let k = T::from(0.4).unwrap();
    let a = x.sinh() * y.cosh() + (x * y).tanh();
    let b = Float::asinh(x) + (x * x + T::from(1.5).unwrap()).acosh() + (k * y).atanh();
    a - b
}

/// exp, exp2, exp_m1, ln, log, log2, log10, ln_1p.
#[differentiable]
fn exps_logs<T: Float>(x: T, y: T) -> T {
    let one = T::one();
    let half = T::from(0.5).unwrap();
    let mut s = x.exp() + y.exp2() + (half * x).exp_m1();
    s = s + (x * x + one).ln() + (y * y + half).log(x * x + T::from(2.0).unwrap());
    s = s + (y * y + one).log2() + T::log10(x * x + y * y + T::from(0.1).unwrap());
    s + (T::from(0.3).unwrap() * y).ln_1p()
}

/// sqrt, cbrt, powi, powf, hypot, recip.
#[differentiable]
fn roots_powers<T: Float>(x: T, y: T) -> T {
    let one = T::one();
    let r = (x * x + y * y + one).sqrt() + (x + T::from(3.0).unwrap()).cbrt();
    let p = x.powi(3) * (y * y + one).powi(-2) + (x * x + one).powf(y);
    r + p + x.hypot(y) + Float::recip(y * y + T::from(2.0).unwrap())
}

/// abs, signum, max, min, clamp, mul_add, floor, ceil, round, trunc (away from kinks).
#[differentiable]
fn piecewise<T: Float>(x: T, y: T) -> T {
    let three = T::from(3.0).unwrap();
    let half = T::from(0.5).unwrap();
    let a = x.abs() * y + x.signum() * y * y + x.max(y) - x.min(half * y);
    let b = (x + y).clamp(-T::one(), T::one()) + x.mul_add(y, x);
    let c = (three * x).floor() * y + x.ceil() + y.round() * x + (x * y).trunc();
    a + b + c
}

/// if / else as statement and expression, with && || ! and an early return.
#[differentiable]
fn branchy<T: Float>(x: T, y: T) -> T {
    let z = T::zero();
    if x > T::from(1.5).unwrap() && y > z {
        return x.ln() * y;
    }
    let mut r = if x * y > z { (x * y).sin() } else { x * x - y };
    if !(y < z) || x < -T::one() {
        r = r + y.exp();
    } else {
        r = r * x.cos();
    }
    r
}

/// for over a constant range with a const array, a nested loop, `while`, `break`,
/// `continue`, integer casts, and `*=` (a value a loop overwrites non-linearly).
#[differentiable]
fn loops<T: Float>(x: T, y: T) -> T {
    const W: [f64; 4] = [0.5, -1.0, 0.25, 2.0];
    let mut s = T::zero();
    let mut p = T::one();
    for k in 0..4 {
        let w = T::from(W[k]).unwrap();
        s = s + w * (x * T::from(k + 1).unwrap()).sin();
        for j in k..4 {
            if j == 2 {
                continue;
            }
            p = p * (T::one() + T::from(0.1).unwrap() * (y - T::from(j).unwrap() * x).tanh());
        }
    }
    let mut i = 0;
    while i < 10 {
        if i == 6 {
            break;
        }
        s = s + y * T::from(i as f64 * 0.1).unwrap() * x;
        i += 1;
    }
    s * p
}

/// A differentiable function called by another (composition through `_jvp`/`_vjp`).
#[differentiable]
fn inner<T: Float>(u: T, w: T) -> T {
    (u * w).sin() + u * u
}

#[differentiable]
fn composed<T: Float>(x: T, y: T) -> T {
    let a = inner(x, y);
    let b = inner(a, x - y);
    a * b + inner(y, y * y) + inner(T::from(0.7).unwrap(), y) * inner(x, T::from(-1.3).unwrap())
}

// Slices.

/// Index loops with `x[i + 1]`, `x[i - 1]`, a nested pair loop, `for &v in x.iter()`.
#[differentiable]
fn chain<T: Float>(x: &[T]) -> T {
    let n = x.len();
    let mut s = T::zero();
    for i in 0..n - 1 {
        let d = x[i + 1] - x[i] * x[i];
        s = s + d * d;
    }
    for i in 1..n {
        s = s + (x[i] * x[i - 1]).sin();
    }
    for i in 0..n {
        for j in (i + 1)..n {
            let d = x[i] - x[j];
            s = s + (d * d + T::one()).ln();
        }
    }
    for &v in x.iter() {
        s = s + v.exp() * T::from(0.1).unwrap();
    }
    s
}

/// A running maximum, a product and a softmax, `for v in x`.
#[differentiable]
fn softmaxish<T: Float>(x: &[T]) -> T {
    let mut m = x[0];
    for i in 1..x.len() {
        m = m.max(x[i]);
    }
    let mut z = T::zero();
    let mut p = T::one();
    for v in x {
        z = z + (*v - m).exp();
        p = p * (T::one() + T::from(0.2).unwrap() * v.cos());
    }
    m + z.ln() + p
}

/// Strided index arithmetic `x[3 * i + 1]` and branches on the data.
#[differentiable]
fn strided<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..x.len() / 3 {
        let a = x[3 * i];
        let b = x[3 * i + 1];
        let c = x[3 * i + 2];
        if a > b {
            s = s + a * b.hypot(c);
        } else {
            s = s + (b - a).sqrt() * c;
        }
    }
    s
}

// ------------------------------------------------------------------------ tests

#[test]
fn trig_matches_num_dual() {
    check2!(trig, trig_grad, trig_vjp, trig_jvp, trig_hvp, 11, -1.5, 1.5);
}

#[test]
fn inverse_trig_matches_num_dual() {
    check2!(
        inverse_trig,
        inverse_trig_grad,
        inverse_trig_vjp,
        inverse_trig_jvp,
        inverse_trig_hvp,
        12,
        -1.5,
        1.5
    );
}

#[test]
fn hyperbolic_matches_num_dual() {
    check2!(
        hyperbolic,
        hyperbolic_grad,
        hyperbolic_vjp,
        hyperbolic_jvp,
        hyperbolic_hvp,
        13,
        -1.5,
        1.5
    );
}

#[test]
fn exps_logs_matches_num_dual() {
    check2!(
        exps_logs,
        exps_logs_grad,
        exps_logs_vjp,
        exps_logs_jvp,
        exps_logs_hvp,
        14,
        -1.5,
        1.5
    );
}

#[test]
fn roots_powers_matches_num_dual() {
    check2!(
        roots_powers,
        roots_powers_grad,
        roots_powers_vjp,
        roots_powers_jvp,
        roots_powers_hvp,
        15,
        -1.5,
        1.5
    );
}

#[test]
fn piecewise_matches_num_dual() {
    check2!(
        piecewise,
        piecewise_grad,
        piecewise_vjp,
        piecewise_jvp,
        piecewise_hvp,
        16,
        -1.7,
        1.7
    );
}

#[test]
fn branchy_matches_num_dual() {
    check2!(
        branchy,
        branchy_grad,
        branchy_vjp,
        branchy_jvp,
        branchy_hvp,
        17,
        -2.0,
        2.0
    );
}

#[test]
fn loops_matches_num_dual() {
    check2!(loops, loops_grad, loops_vjp, loops_jvp, loops_hvp, 18, -1.5, 1.5);
}

#[test]
fn composed_matches_num_dual() {
    check2!(
        composed,
        composed_grad,
        composed_vjp,
        composed_jvp,
        composed_hvp,
        19,
        -1.5,
        1.5
    );
}

#[test]
fn chain_matches_num_dual() {
    for (k, n) in [2usize, 3, 6].into_iter().enumerate() {
        check_slice!(
            chain,
            chain_grad,
            chain_vjp,
            chain_jvp,
            chain_hvp,
            20 + k as u64,
            n,
            -1.5,
            1.5
        );
    }
}

#[test]
fn softmaxish_matches_num_dual() {
    for (k, n) in [1usize, 4, 7].into_iter().enumerate() {
        check_slice!(
            softmaxish,
            softmaxish_grad,
            softmaxish_vjp,
            softmaxish_jvp,
            softmaxish_hvp,
            30 + k as u64,
            n,
            -2.0,
            2.0
        );
    }
}

#[test]
fn strided_matches_num_dual() {
    for (k, n) in [3usize, 7, 9].into_iter().enumerate() {
        check_slice!(
            strided,
            strided_grad,
            strided_vjp,
            strided_jvp,
            strided_hvp,
            40 + k as u64,
            n,
            -2.0,
            2.0
        );
    }
}

// ------------------------------------------- arrays and inactive parameters

/// A by-value array, a scalar, and an inactive integer: gradient shape `(v, [T; 3], T)`.
#[differentiable]
fn arr<T: Float>(a: [T; 3], y: T, k: usize) -> T {
    let mut s = y * y;
    for i in 0..3 {
        s = s + a[i] * (y * T::from(i + k).unwrap()).sin() + a[i].powi(2);
    }
    s * a[0].cos()
}

#[test]
fn array_and_inactive_parameters_match_num_dual() {
    let mut rng = Rng(50);
    for k in 0..4usize {
        for _ in 0..POINTS / 4 {
            let p = rng.vec(4, -1.5, 1.5);
            let v = rng.vec(4, -1.0, 1.0);
            let value = arr([p[0], p[1], p[2]], p[3], k);
            let nd_dual = |i: usize, e: &[f64]| {
                let d: Vec<_> = (0..4).map(|j| dual(p[j], e[j])).collect();
                let _ = i;
                arr([d[0], d[1], d[2]], d[3], k).0
            };
            let mut g = [0.0; 4];
            let mut hv = [0.0; 4];
            for i in 0..4 {
                let e: Vec<f64> = (0..4).map(|j| if i == j { 1.0 } else { 0.0 }).collect();
                g[i] = nd_dual(i, &e).eps;
                let h: Vec<_> = (0..4).map(|j| hyper(p[j], v[j], e[j])).collect();
                hv[i] = arr([h[0], h[1], h[2]], h[3], k).0.eps1eps2;
            }
            let jv = nd_dual(0, &v).eps;

            let (val, ga, gy) = arr_grad([p[0], p[1], p[2]], p[3], k);
            close("arr_grad value", &p, val, value);
            for i in 0..3 {
                close("arr_grad a", &p, ga[i], g[i]);
            }
            close("arr_grad y", &p, gy, g[3]);

            let (val, ba, by) = arr_vjp([p[0], p[1], p[2]], p[3], k, 0.5);
            close("arr_vjp value", &p, val, value);
            for i in 0..3 {
                close("arr_vjp a", &p, ba[i], 0.5 * g[i]);
            }
            close("arr_vjp y", &p, by, 0.5 * g[3]);

            let (val, t) = arr_jvp([p[0], p[1], p[2]], [v[0], v[1], v[2]], p[3], v[3], k);
            close("arr_jvp value", &p, val, value);
            close("arr_jvp", &p, t, jv);

            let (val, ha, hy) = arr_hvp([p[0], p[1], p[2]], [v[0], v[1], v[2]], p[3], v[3], k);
            close("arr_hvp value", &p, val, value);
            for i in 0..3 {
                close("arr_hvp a", &p, ha[i], hv[i]);
            }
            close("arr_hvp y", &p, hy, hv[3]);
        }
    }
}

// ---------------------------------------------------------------- symmetries

/// A vector output: a point on a growing helix.
#[differentiable]
fn s<T: Float>(r: T, t: T) -> [T; 3] {
    [r * t.cos(), r * t.sin(), r * r * t]
}

#[test]
fn vector_output_jvp_and_vjp_are_adjoint_and_match_num_dual() {
    let mut rng = Rng(60);
    for _ in 0..POINTS {
        let p = rng.vec(2, -2.0, 2.0);
        let (r, t) = (p[0], p[1]);
        let v = rng.vec(2, -1.0, 1.0);
        let seed = rng.vec(3, -1.0, 1.0);
        let (val, jv) = s_jvp(r, v[0], t, v[1]);
        let (val2, br, bt) = s_vjp(r, t, [seed[0], seed[1], seed[2]]);
        let want = s(r, t);
        // J v against num-dual.
        let nd = s(dual(r, v[0]), dual(t, v[1]));
        for i in 0..3 {
            close("s value (jvp)", &p, val[i], want[i]);
            close("s value (vjp)", &p, val2[i], want[i]);
            close("s_jvp", &p, jv[i], nd[i].0.eps);
        }
        // Jᵀ seed against num-dual's columns.
        let cr = s(dual(r, 1.0), dual(t, 0.0));
        let ct = s(dual(r, 0.0), dual(t, 1.0));
        let col_r: Vec<f64> = cr.iter().map(|c| c.0.eps).collect();
        let col_t: Vec<f64> = ct.iter().map(|c| c.0.eps).collect();
        close("s_vjp r", &p, br, dot(&seed, &col_r));
        close("s_vjp t", &p, bt, dot(&seed, &col_t));
        // <seed, J v> == <Jᵀ seed, v>.
        let lhs = dot(&seed, &jv);
        let rhs = br * v[0] + bt * v[1];
        assert!(
            (lhs - rhs).abs() <= 1e-12 * (1.0 + lhs.abs()),
            "{lhs} {rhs}"
        );
    }
}

#[test]
fn hessian_vector_products_are_symmetric() {
    let mut rng = Rng(70);
    for _ in 0..POINTS {
        let p = rng.vec(2, -1.5, 1.5);
        let u = rng.vec(2, -1.0, 1.0);
        let v = rng.vec(2, -1.0, 1.0);
        for (name, hvp) in [
            (
                "trig",
                trig_hvp::<f64> as fn(f64, f64, f64, f64) -> (f64, f64, f64),
            ),
            ("exps_logs", exps_logs_hvp::<f64>),
            ("loops", loops_hvp::<f64>),
            ("composed", composed_hvp::<f64>),
        ] {
            let (_, hux, huy) = hvp(p[0], u[0], p[1], u[1]);
            let (_, hvx, hvy) = hvp(p[0], v[0], p[1], v[1]);
            let a = v[0] * hux + v[1] * huy;
            let b = u[0] * hvx + u[1] * hvy;
            let scale = 1.0 + hux.abs() + huy.abs() + hvx.abs() + hvy.abs();
            assert!(
                (a - b).abs() <= 1e-12 * scale,
                "{name} at {p:?}: {a} vs {b}"
            );
        }
        let n = 6;
        let x = rng.vec(n, -1.5, 1.5);
        let u = rng.vec(n, -1.0, 1.0);
        let v = rng.vec(n, -1.0, 1.0);
        let mut hu = vec![0.0; n];
        let mut hv = vec![0.0; n];
        chain_hvp(&x, &u, &mut hu);
        chain_hvp(&x, &v, &mut hv);
        let (a, b) = (dot(&v, &hu), dot(&u, &hv));
        assert!(
            (a - b).abs() <= 1e-11 * (1.0 + a.abs()),
            "chain: {a} vs {b}"
        );
    }
}

// ------------------------------------- more grammar: &[T; N], impl methods, wrt

const SCALE: f64 = 0.25;

/// A fixed-size slice, tuple patterns, shadowing, a block expression, `a..=b`,
/// `PI`, a `const` item and an early return.
#[differentiable]
fn fixed<T: Float>(x: &[T; 4]) -> T {
    let (a, b) = (x[0], x[1]);
    let pi = T::from(core::f64::consts::PI).unwrap();
    let a = a * pi / T::from(4.0).unwrap();
    let c = {
        let t = a.sin() * b;
        t * t + T::from(SCALE).unwrap()
    };
    if c > T::from(100.0).unwrap() {
        return c;
    }
    let mut s = c;
    for i in 1..=3 {
        s = s + x[i] * x[i - 1] * T::from(i).unwrap();
    }
    let s = s * x[3].cos();
    s
}

/// `fixed` seen through a slice, so `check_slice!` can call it at any scalar.
fn fixed_of_slice<T: Float>(x: &[T]) -> T {
    fixed(&[x[0], x[1], x[2], x[3]])
}

fn arr4(x: &[f64]) -> [f64; 4] {
    [x[0], x[1], x[2], x[3]]
}

#[test]
fn fixed_size_slice_matches_num_dual() {
    let grad = |x: &[f64], g: &mut [f64]| {
        let mut a = [0.0; 4];
        let v = fixed_grad(&arr4(x), &mut a);
        g.copy_from_slice(&a);
        v
    };
    let vjp = |x: &[f64], b: &mut [f64], seed: f64| {
        let mut a = arr4(b);
        let v = fixed_vjp(&arr4(x), &mut a, seed);
        b.copy_from_slice(&a);
        v
    };
    let jvp = |x: &[f64], t: &[f64]| fixed_jvp(&arr4(x), &arr4(t));
    let hvp = |x: &[f64], d: &[f64], h: &mut [f64]| {
        let mut a = [0.0; 4];
        let v = fixed_hvp(&arr4(x), &arr4(d), &mut a);
        h.copy_from_slice(&a);
        v
    };
    check_slice!(fixed_of_slice, grad, vjp, jvp, hvp, 80, 4, -2.0, 2.0);
}

/// A model with constant data: a method with `&self`, and `wrt` naming one parameter.
struct Model {
    targets: Vec<f64>,
}

impl Model {
    #[differentiable]
    fn loss<T: Float>(&self, w: &[T]) -> T {
        let mut s = T::zero();
        for i in 0..w.len() {
            let d = w[i].tanh() - T::from(self.targets[i]).unwrap();
            s = s + d * d;
        }
        s
    }
}

#[differentiable(wrt(x))]
fn scaled<T: Float>(x: T, k: usize, c: T) -> T {
    let mut s = x;
    for _ in 0..k {
        s = (s * c).sin() + x;
    }
    s
}

#[test]
fn method_and_wrt_match_num_dual() {
    let m = Model {
        targets: vec![0.3, -0.5, 0.9],
    };
    let mut rng = Rng(90);
    for _ in 0..POINTS {
        let w = rng.vec(3, -2.0, 2.0);
        let v = rng.vec(3, -1.0, 1.0);
        let mut g = [0.0; 3];
        let val = m.loss_grad(&w, &mut g);
        close("loss value", &w, val, m.loss(&w));
        let mut hv = [0.0; 3];
        m.loss_hvp(&w, &v, &mut hv);
        let (_, t) = m.loss_jvp(&w, &v);
        for i in 0..3 {
            let wd: Vec<_> = (0..3)
                .map(|k| dual(w[k], if k == i { 1.0 } else { 0.0 }))
                .collect();
            close("loss_grad", &w, g[i], m.loss(&wd).0.eps);
            let wh: Vec<_> = (0..3)
                .map(|k| hyper(w[k], v[k], if k == i { 1.0 } else { 0.0 }))
                .collect();
            close("loss_hvp", &w, hv[i], m.loss(&wh).0.eps1eps2);
        }
        let wd: Vec<_> = (0..3).map(|k| dual(w[k], v[k])).collect();
        close("loss_jvp", &w, t, m.loss(&wd).0.eps);

        let (x, c) = (w[0], w[1]);
        for k in 0..4 {
            let nd = scaled(dual(x, 1.0), k, dual(c, 0.0)).0;
            let (val, gx) = scaled_grad(x, k, c);
            close("scaled value", &w, val, nd.re);
            close("scaled_grad", &w, gx, nd.eps);
            let (_, t) = scaled_jvp(x, v[0], k, c);
            close("scaled_jvp", &w, t, v[0] * nd.eps);
            let (_, b) = scaled_vjp(x, k, c, v[1]);
            close("scaled_vjp", &w, b, v[1] * nd.eps);
            let h = scaled(hyper(x, v[0], 1.0), k, hyper(c, 0.0, 0.0))
                .0
                .eps1eps2;
            let (_, hx) = scaled_hvp(x, v[0], k, c);
            close("scaled_hvp", &w, hx, h);
        }
    }
}
