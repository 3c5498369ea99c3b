//! Compile-time automatic differentiation for Rust.
#![no_std]
#![warn(missing_docs)]

pub use autodiff_macros::differentiable;
pub use autodiff_runtime::{dual, optim, rules, scalar, Dual, Scalar};
#[cfg(feature = "alloc")]
pub use autodiff_runtime::{dense, ridge_rider, saddle};

/// Re-exported so that generic code can name the float trait without its own
/// dependency on `num-traits`.
pub use autodiff_runtime::__private::Float;

#[doc(hidden)]
pub mod __private {
    pub use autodiff_runtime::__private::*;
}
