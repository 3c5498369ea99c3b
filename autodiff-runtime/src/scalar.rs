//! The scalar trait that derivative code is generic over.

use num_traits::Float;

/// A float type that derivative code can run on: `f32`, `f64`, [`crate::Dual`] and any
/// other [`num_traits::Float`] (blanket implementation), so a user's generic function
/// bounded by either `T: Float` or `T: Scalar` can be differentiated.
pub trait Scalar: Float {}

impl<T: Float> Scalar for T {}
