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
    #[allow(deprecated)]
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

impl<T: fmt::Display> fmt::Display for Dual<T> {
    /// `re + epsε`; a precision (`{:.3}`) applies to both parts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match f.precision() {
            Some(p) => write!(f, "{:.*} + {:.*}ε", p, self.re, p, self.eps),
            None => write!(f, "{} + {}ε", self.re, self.eps),
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
