//! Conversions between float types that carry derivatives along: `f32 ↔ f64`, and the
//! same conversion applied to both parts of a [`Dual`] number.
//!
//! A cast `x as f64` of an active `f32` inside a `#[differentiable]` function becomes
//! [`rules::float_cast`](crate::rules::float_cast): the derivative of a cast is 1, so a
//! tangent converts like the value, and an adjoint flowing back converts to the type of
//! the operand. Both directions go through [`CastTo`]; [`CastBack`] is the "partial
//! derivative" of a cast, which converts the adjoint when multiplied by it.
//!
//! ```
//! use autodiff_runtime::cast::CastTo;
//! use autodiff_runtime::Dual;
//!
//! let x: f64 = CastTo::<f64>::cast_to(1.5_f32);
//! assert_eq!(x, 1.5);
//! let d: Dual<f32> = CastTo::<f32>::cast_to(Dual::new(2.0_f64, 0.25));
//! assert_eq!(d, Dual::new(2.0_f32, 0.25));
//! ```

use crate::dual::Dual;
use core::marker::PhantomData;
use core::ops::Mul;

/// Conversion of a float, or of a dual number over floats, to the float type `To`
/// (`f32` or `f64`), as `as` converts: `f32 → f64` is exact, `f64 → f32` rounds to
/// nearest. A dual number converts both parts.
pub trait CastTo<To>: Sized {
    /// `Self` with its float type replaced by `To` (`Dual<f32>` becomes `Dual<f64>`).
    type Output;
    /// The converted value.
    fn cast_to(self) -> Self::Output;
}

macro_rules! cast_impl {
    ($($from:ty => $to:ty),*) => {$(
        impl CastTo<$to> for $from {
            type Output = $to;
            #[inline(always)]
            #[allow(clippy::cast_possible_truncation, trivial_numeric_casts)]
            fn cast_to(self) -> $to {
                self as $to
            }
        }
    )*};
}
cast_impl!(f32 => f64, f64 => f32, f32 => f32, f64 => f64);

impl<T: CastTo<To>, To> CastTo<To> for Dual<T> {
    type Output = Dual<T::Output>;
    #[inline(always)]
    fn cast_to(self) -> Self::Output {
        Dual::new(self.re.cast_to(), self.eps.cast_to())
    }
}

/// The float type a float or dual number is built on (`f32` for `Dual<Dual<f32>>`).
pub trait BaseFloat {
    /// `f32` or `f64`.
    type Base;
}

impl BaseFloat for f32 {
    type Base = f32;
}

impl BaseFloat for f64 {
    type Base = f64;
}

impl<T: BaseFloat> BaseFloat for Dual<T> {
    type Base = T::Base;
}

/// The partial derivative of a cast whose operand has type `A`: 1, in another type.
/// An adjoint `t` of the cast's result flows back to the operand as `t * CastBack`,
/// which is `t` converted to `A`.
///
/// ```
/// use autodiff_runtime::cast::CastBack;
///
/// let back: CastBack<f32> = CastBack::new();
/// let adjoint: f32 = 2.5_f64 * back;
/// assert_eq!(adjoint, 2.5_f32);
/// ```
pub struct CastBack<A>(PhantomData<A>);

impl<A> CastBack<A> {
    /// The partial of a cast from `A`.
    #[inline(always)]
    pub const fn new() -> Self {
        CastBack(PhantomData)
    }
}

impl<A> Default for CastBack<A> {
    #[inline(always)]
    fn default() -> Self {
        CastBack::new()
    }
}

impl<A> Clone for CastBack<A> {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}

impl<A> Copy for CastBack<A> {}

impl<A> core::fmt::Debug for CastBack<A> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("CastBack")
    }
}

macro_rules! cast_back_impl {
    ($($t:ty),*) => {$(
        impl<A: BaseFloat> Mul<CastBack<A>> for $t
        where
            $t: CastTo<A::Base, Output = A>,
        {
            type Output = A;
            #[inline(always)]
            fn mul(self, _: CastBack<A>) -> A {
                self.cast_to()
            }
        }
    )*};
}
cast_back_impl!(f32, f64);

impl<T, A: BaseFloat> Mul<CastBack<A>> for Dual<T>
where
    Dual<T>: CastTo<A::Base, Output = A>,
{
    type Output = A;
    #[inline(always)]
    fn mul(self, _: CastBack<A>) -> A {
        self.cast_to()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widening_and_narrowing_round_as_as_does() {
        let x = 0.1_f64;
        assert_eq!(CastTo::<f32>::cast_to(x), x as f32);
        assert_eq!(CastTo::<f64>::cast_to(0.1_f32), f64::from(0.1_f32));
    }

    #[test]
    fn dual_parts_convert_separately() {
        let d = Dual::new(Dual::new(1.0_f32, 2.0), Dual::new(3.0, 4.0));
        let e: Dual<Dual<f64>> = CastTo::<f64>::cast_to(d);
        assert_eq!(e, Dual::new(Dual::new(1.0, 2.0), Dual::new(3.0, 4.0)));
    }

    #[test]
    fn cast_back_converts_the_adjoint_to_the_operand_type() {
        let a: Dual<f32> = Dual::new(1.5_f64, -2.0) * CastBack::<Dual<f32>>::new();
        assert_eq!(a, Dual::new(1.5_f32, -2.0));
        let b: f64 = 0.5_f32 * CastBack::<f64>::new();
        assert_eq!(b, 0.5);
    }
}
