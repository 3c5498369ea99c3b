//! Dual numbers: forward-mode differentiation of any code generic in the scalar.
//!
//! A [`Dual`] carries a value and a tangent, `re + eps·ε` with `ε² = 0`. Every operation
//! propagates the tangent by the chain rule, so evaluating a function generic over
//! [`num_traits::Float`] at `Dual::variable(x)` yields `f(x)` in `re` and `f'(x)` in `eps`.
//! `Dual<T>` is itself a `Float` whenever `T` is, so duals nest: a `Dual<Dual<f64>>`
//! gives second derivatives, which is how the Hessian-vector products of
//! `#[differentiable]` are exact.
//!
//! Every transcendental method takes its derivative from [`crate::rules`], so duals and
//! the code generator agree exactly, conventions included (`abs'(0) = 0`, ties of
//! `max`/`min` split 0.5/0.5, `floor` and friends have derivative 0).
//!
//! # Examples
//!
//! The derivative of a generic function, by hand:
//!
//! ```
//! use autodiff_runtime::Dual;
//! use num_traits::Float;
//!
//! fn f<T: Float>(x: T) -> T {
//!     x.sin() * x.exp()
//! }
//!
//! let x = 0.7_f64;
//! let y = f(Dual::variable(x));
//! assert_eq!(y.re, f(x));
//! let exact = x.exp() * (x.sin() + x.cos());
//! assert!((y.eps - exact).abs() < 1e-15);
//! ```
//!
//! The second derivative, by nesting: seed the inner tangent and the outer tangent's
//! real part with 1, and read `f''` in `eps.eps`.
//!
//! ```
//! use autodiff_runtime::Dual;
//! use num_traits::Float;
//!
//! fn f<T: Float>(x: T) -> T {
//!     x.powi(3) + x.ln()
//! }
//!
//! let x = 2.0_f64;
//! let y = f(Dual::new(Dual::variable(x), Dual::constant(1.0)));
//! assert_eq!(y.re.re, f(x));                       // f(x)
//! assert_eq!(y.re.eps, 3.0 * x * x + 1.0 / x);     // f'(x)
//! assert_eq!(y.eps.re, 3.0 * x * x + 1.0 / x);     // f'(x) again
//! assert_eq!(y.eps.eps, 6.0 * x - 1.0 / (x * x));  // f''(x)
//! ```
//!
//! # Tangents that are exactly zero
//!
//! A transcendental method whose argument has a tangent that is exactly zero gives a
//! tangent of exactly zero, even where the partial derivative is infinite or NaN. So a
//! constant (`Dual::constant`) never poisons a derivative: `Dual::constant(0.0).sqrt()`
//! has tangent 0, not `inf · 0 = NaN`, and `x.powf(Dual::constant(3.0))` at `x < 0` has
//! the finite tangent `3x²`, not the NaN of `∂(x^y)/∂y` there. The arithmetic operators
//! (`+ - * / %`) follow plain IEEE arithmetic.
//!
//! # Comparison
//!
//! [`PartialOrd`] compares the real parts only, so code that branches on comparisons
//! takes the branch the value selects. [`PartialEq`] is structural (both parts equal).

use crate::rules;
use core::cmp::Ordering;
use core::fmt;
use core::iter::{Product, Sum};
use core::num::FpCategory;
use core::ops::{
    Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, RemAssign, Sub, SubAssign,
};
use num_traits::{Float, FloatConst, Num, NumCast, One, ToPrimitive, Zero};

/// A dual number `re + eps·ε` with `ε² = 0`: a value and its tangent (derivative along
/// one direction).
///
/// See the [module documentation](self) for examples, nesting and conventions.
///
/// ```
/// use autodiff_runtime::Dual;
///
/// let x = Dual::variable(3.0_f64);
/// let y = x * x + Dual::constant(2.0) * x; // y = x² + 2x, y' = 2x + 2
/// assert_eq!(y, Dual::new(15.0, 8.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Dual<T> {
    /// The primal value.
    pub re: T,
    /// The tangent (derivative) part.
    pub eps: T,
}

impl<T> Dual<T> {
    /// A dual number with value `re` and tangent `eps`.
    ///
    /// ```
    /// let d = autodiff_runtime::Dual::new(1.0_f64, 2.0);
    /// assert_eq!((d.re, d.eps), (1.0, 2.0));
    /// ```
    #[inline]
    pub const fn new(re: T, eps: T) -> Self {
        Dual { re, eps }
    }
}

impl<T: Float> Dual<T> {
    /// A constant: value `re`, tangent 0.
    ///
    /// ```
    /// let c = autodiff_runtime::Dual::constant(2.5_f64);
    /// assert_eq!((c.re, c.eps), (2.5, 0.0));
    /// ```
    #[inline]
    pub fn constant(re: T) -> Self {
        Dual::new(re, T::zero())
    }

    /// The variable being differentiated: value `re`, tangent 1.
    ///
    /// ```
    /// let x = autodiff_runtime::Dual::variable(2.5_f64);
    /// assert_eq!((x.re, x.eps), (2.5, 1.0));
    /// ```
    #[inline]
    pub fn variable(re: T) -> Self {
        Dual::new(re, T::one())
    }

    /// Applies the chain rule to the `(value, derivative)` pair of a unary rule.
    #[inline(always)]
    fn chain((v, d): (T, T), eps: T) -> Self {
        Dual::new(v, scale(d, eps))
    }
}

/// `d · eps`, except that an exactly zero tangent stays zero even when `d` is infinite
/// or NaN (see "Tangents that are exactly zero" in the module docs). The comparison is
/// structural, so for nested duals only an all-zero tangent is skipped.
#[inline(always)]
fn scale<T: Float>(d: T, eps: T) -> T {
    if eps == T::zero() {
        eps
    } else {
        d * eps
    }
}

impl<T: Float> From<T> for Dual<T> {
    /// A constant (tangent 0).
    #[inline]
    fn from(re: T) -> Self {
        Dual::constant(re)
    }
}

impl<T: Float> Add for Dual<T> {
    type Output = Self;
    #[inline]
    fn add(self, rhs: Self) -> Self {
        Dual::new(self.re + rhs.re, self.eps + rhs.eps)
    }
}

impl<T: Float> Sub for Dual<T> {
    type Output = Self;
    #[inline]
    fn sub(self, rhs: Self) -> Self {
        Dual::new(self.re - rhs.re, self.eps - rhs.eps)
    }
}

impl<T: Float> Mul for Dual<T> {
    type Output = Self;
    #[inline]
    fn mul(self, rhs: Self) -> Self {
        Dual::new(self.re * rhs.re, self.re * rhs.eps + self.eps * rhs.re)
    }
}

impl<T: Float> Div for Dual<T> {
    type Output = Self;
    /// `(a/b)' = (a' - (a/b) b') / b`: reuses the quotient, one division fewer than the
    /// textbook `(a'b - ab') / b²` and no overflow from squaring `b`.
    #[inline]
    fn div(self, rhs: Self) -> Self {
        let q = self.re / rhs.re;
        Dual::new(q, (self.eps - q * rhs.eps) / rhs.re)
    }
}

impl<T: Float> Rem for Dual<T> {
    type Output = Self;
    /// `a % b = a - b·q` with the integer `q = trunc(a / b)`, piecewise constant, so the
    /// tangent is `a' - q b'`. `q` is recovered from the exact remainder as
    /// `round((a - r) / b)`, which is exact where `trunc(a / b)` could round wrongly.
    #[inline]
    fn rem(self, rhs: Self) -> Self {
        let r = self.re % rhs.re;
        let q = ((self.re - r) / rhs.re).round();
        Dual::new(r, self.eps - q * rhs.eps)
    }
}

impl<T: Float> Neg for Dual<T> {
    type Output = Self;
    #[inline]
    fn neg(self) -> Self {
        Dual::new(-self.re, -self.eps)
    }
}

macro_rules! assign_ops {
    ($($Trait:ident $method:ident $op:tt),*) => {$(
        impl<T: Float> $Trait for Dual<T> {
            #[inline]
            fn $method(&mut self, rhs: Self) {
                *self = *self $op rhs;
            }
        }
    )*};
}
assign_ops!(AddAssign add_assign +, SubAssign sub_assign -, MulAssign mul_assign *,
    DivAssign div_assign /, RemAssign rem_assign %);

impl<T: Float> PartialOrd for Dual<T> {
    /// Compares the real parts only.
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.re.partial_cmp(&other.re)
    }
}

impl<T: Float> Zero for Dual<T> {
    #[inline]
    fn zero() -> Self {
        Dual::constant(T::zero())
    }
    /// True when both parts are zero.
    #[inline]
    fn is_zero(&self) -> bool {
        self.re.is_zero() && self.eps.is_zero()
    }
}

impl<T: Float> One for Dual<T> {
    #[inline]
    fn one() -> Self {
        Dual::constant(T::one())
    }
}

impl<T: Float> Num for Dual<T> {
    type FromStrRadixErr = T::FromStrRadixErr;
    /// Parses the value of a constant.
    fn from_str_radix(s: &str, radix: u32) -> Result<Self, Self::FromStrRadixErr> {
        T::from_str_radix(s, radix).map(Dual::constant)
    }
}

impl<T: Float> NumCast for Dual<T> {
    /// A constant with the converted value.
    #[inline]
    fn from<N: ToPrimitive>(n: N) -> Option<Self> {
        <T as NumCast>::from(n).map(Dual::constant)
    }
}

macro_rules! to_primitive {
    ($($method:ident -> $ty:ty),*) => {$(
        #[inline]
        fn $method(&self) -> Option<$ty> {
            self.re.$method()
        }
    )*};
}

impl<T: Float> ToPrimitive for Dual<T> {
    // Converts the value; the tangent is dropped.
    to_primitive!(to_isize -> isize, to_i8 -> i8, to_i16 -> i16, to_i32 -> i32,
        to_i64 -> i64, to_i128 -> i128, to_usize -> usize, to_u8 -> u8, to_u16 -> u16,
        to_u32 -> u32, to_u64 -> u64, to_u128 -> u128, to_f32 -> f32, to_f64 -> f64);
}

macro_rules! float_consts {
    ($($name:ident),*) => {$(
        #[inline]
        fn $name() -> Self {
            Dual::constant(T::$name())
        }
    )*};
}

impl<T: Float + FloatConst> FloatConst for Dual<T> {
    float_consts!(
        E,
        FRAC_1_PI,
        FRAC_1_SQRT_2,
        FRAC_2_PI,
        FRAC_2_SQRT_PI,
        FRAC_PI_2,
        FRAC_PI_3,
        FRAC_PI_4,
        FRAC_PI_6,
        FRAC_PI_8,
        LN_10,
        LN_2,
        LOG10_E,
        LOG2_E,
        PI,
        SQRT_2,
        TAU,
        LOG10_2,
        LOG2_10
    );
}

/// Float methods whose derivative is a unary rule of the same name.
macro_rules! unary_rules {
    ($($name:ident),*) => {$(
        #[inline]
        fn $name(self) -> Self {
            Self::chain(rules::$name(self.re), self.eps)
        }
    )*};
}

/// Float methods that return a property of the value.
macro_rules! on_re {
    ($($name:ident -> $ty:ty),*) => {$(
        #[inline]
        fn $name(self) -> $ty {
            self.re.$name()
        }
    )*};
}

impl<T: Float> Dual<T> {
    /// Combines the partials `(v, da, db)` of a binary rule with the tangents of `a` and
    /// `b`, skipping a partial whose tangent is exactly zero.
    #[inline(always)]
    fn chain2((v, da, db): (T, T, T), a: Self, b: Self) -> Self {
        Dual::new(v, scale(da, a.eps) + scale(db, b.eps))
    }
}

impl<T: Float> Float for Dual<T> {
    float_consts!(
        nan,
        infinity,
        neg_infinity,
        neg_zero,
        min_value,
        min_positive_value,
        epsilon,
        max_value
    );

    on_re!(is_nan -> bool, is_infinite -> bool, is_finite -> bool, is_normal -> bool,
        is_subnormal -> bool, classify -> FpCategory, is_sign_positive -> bool,
        is_sign_negative -> bool, integer_decode -> (u64, i16, i8));

    unary_rules!(
        floor, ceil, round, trunc, abs, signum, recip, sqrt, exp, exp2, ln, log2, log10, cbrt, sin,
        cos, tan, asin, acos, atan, exp_m1, ln_1p, sinh, cosh, tanh, asinh, acosh, atanh
    );

    /// `x - trunc(x)`: derivative 1.
    #[inline]
    fn fract(self) -> Self {
        Dual::new(self.re.fract(), self.eps)
    }

    #[inline]
    fn mul_add(self, a: Self, b: Self) -> Self {
        let (v, ds, da, db) = rules::mul_add(self.re, a.re, b.re);
        Dual::new(v, scale(ds, self.eps) + scale(da, a.eps) + scale(db, b.eps))
    }

    #[inline]
    fn powi(self, n: i32) -> Self {
        Self::chain(rules::powi(self.re, n), self.eps)
    }

    #[inline]
    fn powf(self, n: Self) -> Self {
        Self::chain2(rules::powf(self.re, n.re), self, n)
    }

    #[inline]
    fn log(self, base: Self) -> Self {
        Self::chain2(rules::log(self.re, base.re), self, base)
    }

    /// Linear, so the tangent converts like the value.
    #[inline]
    fn to_degrees(self) -> Self {
        Dual::new(self.re.to_degrees(), self.eps.to_degrees())
    }

    /// Linear, so the tangent converts like the value.
    #[inline]
    fn to_radians(self) -> Self {
        Dual::new(self.re.to_radians(), self.eps.to_radians())
    }

    #[inline]
    fn max(self, other: Self) -> Self {
        Self::chain2(rules::max(self.re, other.re), self, other)
    }

    #[inline]
    fn min(self, other: Self) -> Self {
        Self::chain2(rules::min(self.re, other.re), self, other)
    }

    /// [`rules::clamp`]: never panics; `lo > hi` gives `hi`.
    #[inline]
    fn clamp(self, lo: Self, hi: Self) -> Self {
        let (v, dx, dlo, dhi) = rules::clamp(self.re, lo.re, hi.re);
        Dual::new(
            v,
            scale(dx, self.eps) + scale(dlo, lo.eps) + scale(dhi, hi.eps),
        )
    }

    /// `max(a - b, 0)`, with the tie rule of `max` when `a = b`.
    #[inline]
    fn abs_sub(self, other: Self) -> Self {
        let (_, d, _) = rules::max(self.re - other.re, T::zero());
        Dual::new(self.re.abs_sub(other.re), scale(d, self.eps - other.eps))
    }

    #[inline]
    fn hypot(self, other: Self) -> Self {
        Self::chain2(rules::hypot(self.re, other.re), self, other)
    }

    #[inline]
    fn atan2(self, other: Self) -> Self {
        Self::chain2(rules::atan2(self.re, other.re), self, other)
    }

    /// One `sin_cos` of the value serves both: `sin' = cos`, `cos' = -sin`.
    #[inline]
    fn sin_cos(self) -> (Self, Self) {
        let (s, c) = rules::sin(self.re);
        (
            Dual::new(s, scale(c, self.eps)),
            Dual::new(c, scale(-s, self.eps)),
        )
    }

    /// `±x`: the tangent flips with the value.
    #[inline]
    fn copysign(self, sign: Self) -> Self {
        if self.re.is_sign_negative() == sign.re.is_sign_negative() {
            self
        } else {
            -self
        }
    }
}

impl<T: Float> Sum for Dual<T> {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Self::zero(), |acc, x| acc + x)
    }
}

impl<'a, T: Float> Sum<&'a Dual<T>> for Dual<T> {
    fn sum<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.fold(Self::zero(), |acc, x| acc + *x)
    }
}

impl<T: Float> Product for Dual<T> {
    fn product<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Self::one(), |acc, x| acc * x)
    }
}

impl<'a, T: Float> Product<&'a Dual<T>> for Dual<T> {
    fn product<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.fold(Self::one(), |acc, x| acc * *x)
    }
}

impl<T: Float + fmt::Display> fmt::Display for Dual<T> {
    /// `re + epsε` (`re - |eps|ε` for a negative tangent); a precision (`{:.3}`) applies
    /// to both parts.
    ///
    /// ```
    /// use autodiff_runtime::Dual;
    /// assert_eq!(Dual::new(1.5, -2.0).to_string(), "1.5 - 2ε");
    /// assert_eq!(format!("{:.2}", Dual::new(1.0, 1.0 / 3.0)), "1.00 + 0.33ε");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sign, eps) = if self.eps.is_sign_negative() {
            ('-', -self.eps)
        } else {
            ('+', self.eps)
        };
        match f.precision() {
            Some(p) => write!(f, "{:.*} {sign} {:.*}ε", p, self.re, p, eps),
            None => write!(f, "{} {sign} {}ε", self.re, eps),
        }
    }
}

/// `Dual<F> op F`, `F op Dual<F>` and `Dual<F> op= F` for a concrete float `F`: the
/// scalar is a constant.
macro_rules! scalar_ops {
    ($($F:ty),*) => {$(
        impl Add<$F> for Dual<$F> {
            type Output = Self;
            #[inline]
            fn add(self, rhs: $F) -> Self {
                Dual::new(self.re + rhs, self.eps)
            }
        }
        impl Sub<$F> for Dual<$F> {
            type Output = Self;
            #[inline]
            fn sub(self, rhs: $F) -> Self {
                Dual::new(self.re - rhs, self.eps)
            }
        }
        impl Mul<$F> for Dual<$F> {
            type Output = Self;
            #[inline]
            fn mul(self, rhs: $F) -> Self {
                Dual::new(self.re * rhs, self.eps * rhs)
            }
        }
        impl Div<$F> for Dual<$F> {
            type Output = Self;
            #[inline]
            fn div(self, rhs: $F) -> Self {
                Dual::new(self.re / rhs, self.eps / rhs)
            }
        }
        impl Rem<$F> for Dual<$F> {
            type Output = Self;
            /// `(a % c)' = a'`: the quotient is piecewise constant.
            #[inline]
            fn rem(self, rhs: $F) -> Self {
                Dual::new(self.re % rhs, self.eps)
            }
        }
        impl Add<Dual<$F>> for $F {
            type Output = Dual<$F>;
            #[inline]
            fn add(self, rhs: Dual<$F>) -> Dual<$F> {
                Dual::new(self + rhs.re, rhs.eps)
            }
        }
        impl Sub<Dual<$F>> for $F {
            type Output = Dual<$F>;
            #[inline]
            fn sub(self, rhs: Dual<$F>) -> Dual<$F> {
                Dual::new(self - rhs.re, -rhs.eps)
            }
        }
        impl Mul<Dual<$F>> for $F {
            type Output = Dual<$F>;
            #[inline]
            fn mul(self, rhs: Dual<$F>) -> Dual<$F> {
                Dual::new(self * rhs.re, self * rhs.eps)
            }
        }
        impl Div<Dual<$F>> for $F {
            type Output = Dual<$F>;
            #[inline]
            fn div(self, rhs: Dual<$F>) -> Dual<$F> {
                Dual::constant(self) / rhs
            }
        }
        impl Rem<Dual<$F>> for $F {
            type Output = Dual<$F>;
            #[inline]
            fn rem(self, rhs: Dual<$F>) -> Dual<$F> {
                Dual::constant(self) % rhs
            }
        }
        impl AddAssign<$F> for Dual<$F> {
            #[inline]
            fn add_assign(&mut self, rhs: $F) {
                *self = *self + rhs;
            }
        }
        impl SubAssign<$F> for Dual<$F> {
            #[inline]
            fn sub_assign(&mut self, rhs: $F) {
                *self = *self - rhs;
            }
        }
        impl MulAssign<$F> for Dual<$F> {
            #[inline]
            fn mul_assign(&mut self, rhs: $F) {
                *self = *self * rhs;
            }
        }
        impl DivAssign<$F> for Dual<$F> {
            #[inline]
            fn div_assign(&mut self, rhs: $F) {
                *self = *self / rhs;
            }
        }
        impl RemAssign<$F> for Dual<$F> {
            #[inline]
            fn rem_assign(&mut self, rhs: $F) {
                *self = *self % rhs;
            }
        }
    )*};
}
scalar_ops!(f32, f64);

#[cfg(test)]
mod tests {
    // The test harness links std even when the crate is built without it.
    extern crate std;
    use super::*;
    use std::format;

    type D = Dual<f64>;
    type DD = Dual<Dual<f64>>;

    fn central(f: impl Fn(f64) -> f64, x: f64) -> f64 {
        let h = 1e-5 * x.abs().max(1.0);
        (f(x + h) - f(x - h)) / (2.0 * h)
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * a.abs().max(b.abs()).max(1.0)
    }

    /// The dual number that carries `f''(x)` in `.eps.eps` through `f`.
    fn second(x: f64) -> DD {
        Dual::new(Dual::variable(x), Dual::constant(1.0))
    }

    #[test]
    fn arithmetic_follows_product_and_quotient_rules() {
        let (a, b) = (1.7, -0.6);
        // Tangents along a direction (da, db) = (0.3, -1.2).
        let x = Dual::new(a, 0.3);
        let y = Dual::new(b, -1.2);
        assert_eq!(x + y, Dual::new(a + b, 0.3 - 1.2));
        assert_eq!(x - y, Dual::new(a - b, 0.3 + 1.2));
        assert_eq!(-x, Dual::new(-a, -0.3));
        let p = x * y;
        assert_eq!(p.re, a * b);
        assert!(close(p.eps, 0.3 * b + a * -1.2, 1e-15));
        let q = x / y;
        assert_eq!(q.re, a / b);
        assert!(close(q.eps, (0.3 * b - a * -1.2) / (b * b), 1e-15));
        let mut z = x;
        z += y;
        z -= y;
        z *= y;
        z /= y;
        assert!(close(z.re, a, 1e-15) && close(z.eps, 0.3, 1e-15));
    }

    #[test]
    fn rem_matches_central_differences() {
        for (a, b) in [
            (7.3, 2.0),
            (-7.3, 2.0),
            (7.3, -2.5),
            (0.4, 3.0),
            (20.5, 0.7),
        ] {
            let da = (Dual::variable(a) % Dual::constant(b)).eps;
            let db = (Dual::constant(a) % Dual::variable(b)).eps;
            assert_eq!((Dual::variable(a) % Dual::constant(b)).re, a % b);
            assert!(close(da, central(|t| t % b, a), 1e-6), "d/da {a} % {b}");
            assert!(
                close(db, central(|t| a % t, b), 1e-6),
                "d/db {a} % {b}: {db}"
            );
        }
        let mut r = Dual::variable(7.5);
        r %= Dual::constant(2.0);
        assert_eq!(r, Dual::new(1.5, 1.0));
    }

    /// Every differentiable unary `Float` method of `Dual`, against a central difference
    /// of the same method on `f64`.
    #[test]
    fn unary_float_methods_match_central_differences() {
        macro_rules! check {
            ($($name:ident: $pts:expr;)*) => {$(
                for &x in $pts {
                    let y = Float::$name(Dual::variable(x));
                    assert_eq!(y.re.to_bits(), Float::$name(x).to_bits(), "{}({})", stringify!($name), x);
                    let fd = central(|t| Float::$name(t), x);
                    assert!(close(y.eps, fd, 1e-7), "{}'({}) = {}, fd {}", stringify!($name), x, y.eps, fd);
                }
            )*};
        }
        let any: &[f64] = &[-2.3, -0.7, 0.4, 1.9];
        let pos: &[f64] = &[0.05, 0.5, 3.7, 250.0];
        let unit: &[f64] = &[-0.9, -0.2, 0.3, 0.8];
        check! {
            floor: any; ceil: any; round: any; trunc: any; fract: any; abs: any;
            signum: any; recip: any; sqrt: pos; exp: any; exp2: any; ln: pos; log2: pos;
            log10: pos; cbrt: any; sin: any; cos: any; tan: any; asin: unit; acos: unit;
            atan: any; exp_m1: any; ln_1p: unit; sinh: any; cosh: any; tanh: any;
            asinh: any; acosh: &[1.1_f64, 2.0, 40.0]; atanh: unit; to_degrees: any;
            to_radians: any;
        }
        for &x in any {
            let (s, c) = Dual::variable(x).sin_cos();
            assert_eq!((s.re, c.re), Float::sin_cos(x));
            assert!(close(s.eps, x.cos(), 1e-15) && close(c.eps, -x.sin(), 1e-15));
            for n in [-2, 0, 1, 3] {
                let y = Dual::variable(x).powi(n);
                assert!(
                    close(y.eps, central(|t| t.powi(n), x), 1e-7),
                    "powi {n} at {x}"
                );
            }
        }
    }

    #[test]
    fn binary_float_methods_match_central_differences() {
        macro_rules! check {
            ($($name:ident: $pts:expr;)*) => {$(
                for &(a, b) in $pts {
                    let da = Float::$name(Dual::variable(a), Dual::constant(b));
                    let db = Float::$name(Dual::constant(a), Dual::variable(b));
                    assert_eq!(da.re.to_bits(), Float::$name(a, b).to_bits());
                    let (fa, fb) = (central(|t| Float::$name(t, b), a), central(|t| Float::$name(a, t), b));
                    assert!(close(da.eps, fa, 1e-7), "{} d/da at ({a}, {b}): {} vs {fa}", stringify!($name), da.eps);
                    assert!(close(db.eps, fb, 1e-7), "{} d/db at ({a}, {b}): {} vs {fb}", stringify!($name), db.eps);
                }
            )*};
        }
        let pairs: &[(f64, f64)] = &[(1.3, 0.4), (-0.8, 2.1), (2.5, -1.7)];
        {
            check! {
                powf: &[(2.0_f64, 3.0_f64), (0.5, -1.3), (1.7, 0.5)];
                log: &[(8.0_f64, 2.0_f64), (0.3, 10.0), (5.0, 0.5)];
                hypot: pairs; atan2: pairs; max: pairs; min: pairs; abs_sub: pairs;
                copysign: &[(1.3_f64, 0.4_f64), (1.3, -0.4), (-2.0, 5.0), (-2.0, -5.0)];
            }
        }
        let (a, b, c) = (1.3, -0.7, 2.1);
        let v = Dual::new(a, 1.0).mul_add(Dual::new(b, 10.0), Dual::new(c, 100.0));
        assert_eq!(v, Dual::new(a.mul_add(b, c), b + 10.0 * a + 100.0));
        let v = Dual::new(2.0, 1.0).clamp(Dual::new(0.0, 10.0), Dual::new(1.0, 100.0));
        assert_eq!(v, Dual::new(1.0, 100.0));
    }

    #[test]
    fn conventions_at_non_smooth_points() {
        assert_eq!(Dual::variable(0.0).abs(), Dual::new(0.0, 0.0));
        assert_eq!(Dual::variable(-0.0).abs().eps, 0.0);
        let (a, b) = (Dual::new(2.0, 1.0), Dual::new(2.0, 3.0));
        assert_eq!(a.max(b), Dual::new(2.0, 2.0));
        assert_eq!(a.min(b), Dual::new(2.0, 2.0));
        for f in [
            Float::floor,
            Float::ceil,
            Float::round,
            Float::trunc,
            Float::signum,
        ] {
            assert_eq!(f(Dual::variable(1.0)).eps, 0.0);
            assert_eq!(f(Dual::variable(0.0)).eps, 0.0);
        }
        assert_eq!(Dual::variable(0.0).sqrt(), Dual::new(0.0, f64::INFINITY));
        assert_eq!(
            Dual::variable(0.0).ln(),
            Dual::new(f64::NEG_INFINITY, f64::INFINITY)
        );
        // x^y at x = 0, y > 1: both partials 0.
        let v = Dual::new(0.0, 1.0).powf(Dual::new(2.5, 1.0));
        assert_eq!(v, Dual::new(0.0, 0.0));
        // clamp with lo > hi does not panic and follows hi.
        let v = Dual::variable(0.5).clamp(Dual::constant(1.0), Dual::new(0.0, 2.0));
        assert_eq!(v, Dual::new(0.0, 2.0));
        // tie of abs_sub: half of the difference's tangent
        let v = Dual::new(1.0, 1.0).abs_sub(Dual::new(1.0, -1.0));
        assert_eq!(v, Dual::new(0.0, 1.0));
    }

    #[test]
    fn exactly_zero_tangents_stay_zero() {
        assert_eq!(Dual::constant(0.0).sqrt(), Dual::new(0.0, 0.0));
        assert_eq!(Dual::constant(0.0).ln().eps, 0.0);
        // ∂(x^y)/∂y is NaN at x < 0, but y is a constant here.
        let v = Dual::variable(-2.0).powf(Dual::constant(3.0));
        assert_eq!(v, Dual::new(-8.0, 12.0));
        // A nonzero tangent still meets the NaN: no derivative in y exists there.
        assert!(Dual::constant(-2.0).powf(Dual::variable(3.0)).eps.is_nan());
        let v = Dual::variable(0.0).hypot(Dual::constant(0.0));
        assert_eq!(v, Dual::new(0.0, 0.0));
    }

    #[test]
    fn nested_duals_give_exact_second_derivatives() {
        macro_rules! check {
            ($($f:expr, $d2:expr, $pts:expr;)*) => {$(
                for &x in $pts {
                    let got = ($f)(second(x));
                    let want: f64 = ($d2)(x);
                    assert!(close(got.eps.eps, want, 1e-13), "{} at {x}: {} vs {want}", stringify!($f), got.eps.eps);
                    assert_eq!(got.re.eps, got.eps.re, "{} first derivative twice", stringify!($f));
                }
            )*};
        }
        let any: &[f64] = &[-1.3, -0.2, 0.6, 2.4];
        let pos: &[f64] = &[0.3, 1.0, 2.5];
        let unit: &[f64] = &[-0.7, 0.1, 0.5];
        check! {
            |x: DD| x.sin(), |x: f64| -x.sin(), any;
            |x: DD| x.cos(), |x: f64| -x.cos(), any;
            |x: DD| x.tan(), |x: f64| 2.0 * x.tan() / x.cos().powi(2), unit;
            |x: DD| x.exp(), |x: f64| x.exp(), any;
            |x: DD| x.exp2(), |x: f64| x.exp2() * 2f64.ln().powi(2), any;
            |x: DD| x.ln(), |x: f64| -1.0 / (x * x), pos;
            |x: DD| x.log10(), |x: f64| -1.0 / (x * x * 10f64.ln()), pos;
            |x: DD| x.sqrt(), |x: f64| -0.25 * x.powf(-1.5), pos;
            |x: DD| x.cbrt(), |x: f64| -2.0 / 9.0 * x.powf(-5.0 / 3.0), pos;
            |x: DD| x.recip(), |x: f64| 2.0 / (x * x * x), any;
            |x: DD| x.tanh(), |x: f64| -2.0 * x.tanh() / x.cosh().powi(2), any;
            |x: DD| x.sinh(), |x: f64| x.sinh(), any;
            |x: DD| x.asin(), |x: f64| x / (1.0 - x * x).powf(1.5), unit;
            |x: DD| x.acos(), |x: f64| -x / (1.0 - x * x).powf(1.5), unit;
            |x: DD| x.atan(), |x: f64| -2.0 * x / (1.0 + x * x).powi(2), any;
            |x: DD| x.asinh(), |x: f64| -x / (x * x + 1.0).powf(1.5), any;
            |x: DD| x.acosh(), |x: f64| -x / (x * x - 1.0).powf(1.5), &[1.5, 3.0];
            |x: DD| x.atanh(), |x: f64| 2.0 * x / (1.0 - x * x).powi(2), unit;
            |x: DD| x.ln_1p(), |x: f64| -1.0 / (1.0 + x).powi(2), unit;
            |x: DD| x.exp_m1(), |x: f64| x.exp(), any;
            |x: DD| x.powi(4), |x: f64| 12.0 * x * x, any;
            |x: DD| x.powf(Dual::constant(Dual::constant(2.5))), |x: f64| 3.75 * x.sqrt(), pos;
            |x: DD| Dual::constant(Dual::constant(1.7)).powf(x), |x: f64| 1.7f64.powf(x) * 1.7f64.ln().powi(2), any;
            |x: DD| x.atan2(Dual::constant(Dual::constant(1.5))), |x: f64| -2.0 * 1.5 * x / (x * x + 2.25).powi(2), any;
            |x: DD| x.hypot(Dual::constant(Dual::constant(2.0))), |x: f64| 4.0 / (x * x + 4.0).powf(1.5), any;
            |x: DD| x.log(Dual::constant(Dual::constant(3.0))), |x: f64| -1.0 / (x * x * 3f64.ln()), pos;
            |x: DD| x.abs(), |_: f64| 0.0, any;
            |x: DD| x * x.sin() / (x * x + DD::one()), |x: f64| {
                // (x sin x) / (x² + 1), differentiated twice by hand
                let (u, u1, u2) = (x * x.sin(), x.sin() + x * x.cos(), 2.0 * x.cos() - x * x.sin());
                let (v, v1, v2) = (x * x + 1.0, 2.0 * x, 2.0);
                (u2 * v * v - 2.0 * u1 * v1 * v - u * v2 * v + 2.0 * u * v1 * v1) / (v * v * v)
            }, any;
        }
    }

    #[test]
    fn triple_nesting_gives_third_derivatives() {
        type D3 = Dual<DD>;
        // Seed every first-order tangent with 1: the third derivative lands in eps.eps.eps.
        let at = |x: f64| -> D3 {
            let one = Dual::new(Dual::constant(1.0), Dual::constant(0.0));
            Dual::new(Dual::new(Dual::variable(x), Dual::constant(1.0)), one)
        };
        for x in [-0.9, 0.3, 1.7] {
            let s = at(x).sin();
            assert!(close(s.eps.eps.eps, -x.cos(), 1e-14));
            // d³/dx³ e^(x²) = (12x + 8x³) e^(x²)
            let e = (at(x) * at(x)).exp();
            let want = (12.0 * x + 8.0 * x.powi(3)) * (x * x).exp();
            assert!(close(e.eps.eps.eps, want, 1e-13));
            // d³/dx³ atan x = (6x² - 2) / (1 + x²)³
            let a = at(x).atan();
            let want = (6.0 * x * x - 2.0) / (1.0 + x * x).powi(3);
            assert!(close(a.eps.eps.eps, want, 1e-14));
        }
    }

    #[test]
    fn nested_duals_give_mixed_partials() {
        // ∂²f/∂x∂y: inner tangent along x, outer tangent along y.
        let at = |x: f64, y: f64| -> (DD, DD) {
            (
                Dual::new(Dual::variable(x), Dual::constant(0.0)),
                Dual::new(Dual::constant(y), Dual::constant(1.0)),
            )
        };
        let (x, y) = (1.6, 2.3);
        let (dx, dy) = at(x, y);
        let want = x.powf(y - 1.0) * (1.0 + y * x.ln()); // ∂²(x^y)/∂x∂y
        assert!(close(dx.powf(dy).eps.eps, want, 1e-14));
        let r2: f64 = x * x + y * y;
        let want = (y * y - x * x) / (r2 * r2); // ∂²atan2(y, x)/∂y∂x
        assert!(close(dy.atan2(dx).eps.eps, want, 1e-14));
        let want = -x * y / r2.powf(1.5); // ∂²hypot/∂x∂y
        assert!(close(dx.hypot(dy).eps.eps, want, 1e-14));
    }

    #[test]
    fn nested_second_derivatives_at_convention_points() {
        // x² through powf at 0: f'' = 2, with no NaN from ∂/∂y (y is a constant).
        let two = Dual::constant(Dual::constant(2.0));
        assert_eq!(second(0.0).powf(two).eps.eps, 2.0);
        let three = Dual::constant(Dual::constant(3.0));
        let v = second(0.0).powf(three);
        assert_eq!((v.re.re, v.re.eps, v.eps.eps), (0.0, 0.0, 0.0));
        // max on a tie gives half of each side's derivatives, at every order.
        let v = second(1.0).max(second(1.0) * second(1.0));
        assert_eq!((v.re.eps, v.eps.eps), (1.5, 1.0));
        // x·|x| has f''(0) from the product rule with abs'(0) = 0: 2·abs'(0) + 0 = 0
        let v = second(0.0) * second(0.0).abs();
        assert_eq!(v.eps.eps, 0.0);
    }

    #[test]
    fn generic_function_and_f32() {
        fn rosen<T: Float>(x: T, y: T) -> T {
            let one = T::one();
            let hundred = T::from(100.0).unwrap();
            (one - x).powi(2) + hundred * (y - x * x).powi(2)
        }
        let (x, y) = (-1.2, 1.0);
        let gx = rosen(Dual::variable(x), Dual::constant(y)).eps;
        let gy = rosen(Dual::constant(x), Dual::variable(y)).eps;
        assert!(close(gx, -2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 1e-14));
        assert!(close(gy, 200.0 * (y - x * x), 1e-14));
        let g32 = rosen(Dual::variable(x as f32), Dual::constant(y as f32)).eps;
        let g: f64 = g32.into();
        assert!(close(g, gx, 1e-5));
        let s = Dual::variable(0.5_f32).sin();
        assert_eq!((s.re, s.eps), Float::sin_cos(0.5_f32));
    }

    #[test]
    fn scalar_mixed_operations() {
        let x = Dual::new(3.0_f64, 1.0);
        assert_eq!(x + 2.0, Dual::new(5.0, 1.0));
        assert_eq!(2.0 + x, Dual::new(5.0, 1.0));
        assert_eq!(x - 2.0, Dual::new(1.0, 1.0));
        assert_eq!(2.0 - x, Dual::new(-1.0, -1.0));
        assert_eq!(x * 2.0, Dual::new(6.0, 2.0));
        assert_eq!(2.0 * x, Dual::new(6.0, 2.0));
        assert_eq!(x / 2.0, Dual::new(1.5, 0.5));
        assert_eq!(6.0 / x, Dual::new(2.0, -6.0 / 9.0));
        assert_eq!(x % 2.0, Dual::new(1.0, 1.0));
        assert_eq!(7.0 % x, Dual::new(1.0, -2.0));
        let mut y = x;
        y += 1.0;
        y -= 0.5;
        y *= 2.0;
        y /= 4.0;
        y %= 1.0;
        assert_eq!(y, Dual::new(0.75, 0.5));
        let z = Dual::new(3.0_f32, 1.0);
        assert_eq!(2.0_f32 * z - 1.0, Dual::new(5.0, 2.0));
        assert_eq!(1.0_f32 / z * 3.0, Dual::new(1.0, -1.0 / 3.0));
        let mut w = z;
        w += 1.0;
        w %= 3.0;
        assert_eq!(w, Dual::new(1.0, 1.0));
    }

    #[test]
    fn sum_and_product() {
        let xs = [
            Dual::new(1.0, 1.0),
            Dual::new(2.0, 0.5),
            Dual::new(-3.0, 2.0),
        ];
        let s: D = xs.iter().sum();
        assert_eq!(s, Dual::new(0.0, 3.5));
        assert_eq!(xs.into_iter().sum::<D>(), s);
        // (abc)' = a'bc + ab'c + abc'
        let p: D = xs.iter().product();
        assert_eq!(p, Dual::new(-6.0, -6.0 - 1.5 + 4.0));
        assert_eq!(xs.into_iter().product::<D>(), p);
        assert_eq!(core::iter::empty::<D>().product::<D>(), D::one());
    }

    #[test]
    fn ordering_and_num_traits() {
        let (a, b) = (Dual::new(1.0, 5.0), Dual::new(2.0, -5.0));
        assert!(a < b && a <= Dual::new(1.0, -7.0));
        assert_eq!(a.partial_cmp(&Dual::new(1.0, -7.0)), Some(Ordering::Equal));
        assert_ne!(a, Dual::new(1.0, -7.0));
        assert!(D::zero().is_zero() && !Dual::new(0.0, 1.0).is_zero());
        assert_eq!(D::one(), Dual::new(1.0, 0.0));
        assert_eq!(D::from_str_radix("2.5", 10).ok(), Some(Dual::new(2.5, 0.0)));
        assert!(D::from_str_radix("x", 10).is_err());
        assert_eq!(<D as NumCast>::from(3_u8), Some(Dual::new(3.0, 0.0)));
        assert_eq!(
            <DD as NumCast>::from(2.0_f32),
            Some(Dual::constant(Dual::constant(2.0)))
        );
        assert_eq!(Dual::new(3.7, 1.0).to_i32(), Some(3));
        assert_eq!(Dual::new(-1.0, 1.0).to_u8(), None);
        assert_eq!(Dual::new(0.5_f32, 1.0).to_f64(), Some(0.5));
        assert_eq!(D::PI(), Dual::new(core::f64::consts::PI, 0.0));
        assert_eq!(D::TAU().re, core::f64::consts::TAU);
        assert_eq!(D::LOG2_10().eps, 0.0);
        assert_eq!(<D as From<f64>>::from(2.0), Dual::constant(2.0));
    }

    #[test]
    fn classification_acts_on_the_value() {
        let x = Dual::new(f64::NAN, 1.0);
        assert!(x.is_nan() && !x.is_finite());
        assert!(Dual::new(1.0, f64::NAN).is_finite());
        assert!(D::infinity().is_infinite() && D::neg_infinity().is_sign_negative());
        assert!(D::neg_zero().is_sign_negative() && D::neg_zero().re == 0.0);
        assert_eq!(D::epsilon().re, f64::EPSILON);
        assert_eq!(D::max_value().re, f64::MAX);
        assert_eq!(D::min_value().re, f64::MIN);
        assert_eq!(D::min_positive_value().re, f64::MIN_POSITIVE);
        assert_eq!(Dual::new(1e-310, 1.0).classify(), FpCategory::Subnormal);
        assert!(Dual::new(1e-310, 1.0).is_subnormal() && Dual::new(1.0, 0.0).is_normal());
        assert_eq!(Dual::new(2.5, 9.0).integer_decode(), 2.5.integer_decode());
        assert!(D::nan().is_nan() && D::nan().eps == 0.0);
    }

    #[test]
    fn display() {
        assert_eq!(format!("{}", Dual::new(1.5, -2.0)), "1.5 - 2ε");
        assert_eq!(format!("{}", Dual::new(-1.5, 0.0)), "-1.5 + 0ε");
        assert_eq!(format!("{:.1}", Dual::new(0.25_f32, -0.75)), "0.2 - 0.8ε");
        assert_eq!(format!("{:.2}", Dual::new(1.0, 1.0 / 3.0)), "1.00 + 0.33ε");
    }
}
