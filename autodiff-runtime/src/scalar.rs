//! The scalar trait that derivative code is generic over.

use num_traits::Float;

/// A float type that derivative code can run on: `f32`, `f64`, [`crate::Dual`] (nested to
/// any depth) and any other [`num_traits::Float`].
///
/// `Scalar` adds nothing to `Float`; the blanket implementation makes every `Float` a
/// `Scalar`, so a user's generic function may be bounded by either `T: Float` or
/// `T: Scalar` and be differentiated the same way. It exists as the one name the runtime
/// and generated code use for "a float that can be differentiated", so that it can gain
/// methods later without a breaking change to user code bounded by it.
///
/// # Example
///
/// A function generic over `Scalar` evaluates at plain floats and at dual numbers, which
/// gives its derivative:
///
/// ```
/// use autodiff_runtime::{Dual, Scalar};
///
/// fn softplus<T: Scalar>(x: T) -> T {
///     x.exp().ln_1p()
/// }
///
/// let x = 0.3_f64;
/// let d = softplus(Dual::variable(x));
/// assert_eq!(d.re, softplus(x));
/// let sigmoid = 1.0 / (1.0 + (-x).exp());
/// assert!((d.eps - sigmoid).abs() < 1e-15);
///
/// // Nested duals are scalars too: the second derivative is σ(x)(1 - σ(x)).
/// let d2 = softplus(Dual::new(Dual::variable(x), Dual::constant(1.0)));
/// assert!((d2.eps.eps - sigmoid * (1.0 - sigmoid)).abs() < 1e-15);
/// ```
pub trait Scalar: Float {}

impl<T: Float> Scalar for T {}
