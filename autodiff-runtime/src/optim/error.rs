//! The error type of optimizer configuration.

use core::fmt;

use num_traits::Float;

/// Why an optimizer configuration was rejected.
///
/// Returned by the `validate` and `try_new` / `try_with_state` functions of every
/// optimizer; the panicking setters print the same message. The checks are
/// torch.optim's (`ValueError: Invalid learning rate: -1.0`, ...), plus one torch
/// skips: every value must be finite, since a `NaN` hyper-parameter silently turns
/// every parameter into `NaN` at the first step.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{AdamConfig, OptimError};
///
/// let cfg = AdamConfig { betas: (0.9, 1.0), ..AdamConfig::default() };
/// match cfg.validate() {
///     Err(OptimError::InvalidValue { name, .. }) => assert_eq!(name, "betas.1"),
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum OptimError {
    /// A hyper-parameter is outside its valid range.
    InvalidValue {
        /// The argument's name as the builder method spells it (`"lr"`, `"betas.0"`, ...).
        name: &'static str,
        /// The rejected value, converted to `f64`.
        value: f64,
        /// The range it must lie in, in words (`"finite and >= 0"`, ...).
        expected: &'static str,
    },
    /// `nesterov` was enabled without a positive `momentum` and zero `dampening`
    /// (torch.optim.SGD rejects the same combination).
    NesterovRequiresMomentum,
}

impl fmt::Display for OptimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptimError::InvalidValue {
                name,
                value,
                expected,
            } => write!(f, "invalid `{name}`: {value} (must be {expected})"),
            OptimError::NesterovRequiresMomentum => f.write_str(
                "`nesterov` requires `momentum` > 0 and `dampening` = 0 \
                 (set `momentum` before enabling `nesterov`)",
            ),
        }
    }
}

impl core::error::Error for OptimError {}

fn invalid<T: Float>(name: &'static str, value: T, expected: &'static str) -> OptimError {
    OptimError::InvalidValue {
        name,
        // Float -> f64 never fails for f32/f64; NaN stands in for exotic types.
        value: value.to_f64().unwrap_or(f64::NAN),
        expected,
    }
}

/// `value` must be finite and `>= 0` (learning rates, decays, eps, momentum).
pub(crate) fn non_negative<T: Float>(name: &'static str, value: T) -> Result<(), OptimError> {
    if value.is_finite() && value >= T::zero() {
        Ok(())
    } else {
        Err(invalid(name, value, "finite and >= 0"))
    }
}

/// `value` must lie in `[0, 1)` (Adam's betas).
pub(crate) fn unit_open<T: Float>(name: &'static str, value: T) -> Result<(), OptimError> {
    if value >= T::zero() && value < T::one() {
        Ok(())
    } else {
        Err(invalid(name, value, "in [0, 1)"))
    }
}

/// `value` must lie in `[0, 1]` (RMSprop's `alpha`, SGD's `dampening`).
pub(crate) fn unit_closed<T: Float>(name: &'static str, value: T) -> Result<(), OptimError> {
    if value >= T::zero() && value <= T::one() {
        Ok(())
    } else {
        Err(invalid(name, value, "in [0, 1]"))
    }
}

/// Turns a failed check into the panic documented on the builder setters.
/// `track_caller` makes the panic point at the user's builder call, not at this file.
#[track_caller]
pub(crate) fn or_panic(check: Result<(), OptimError>) {
    if let Err(e) = check {
        panic!("{e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_accept_and_reject_the_boundaries() {
        assert!(non_negative("lr", 0.0).is_ok());
        assert!(non_negative("lr", -1e-300).is_err());
        assert!(non_negative("lr", f64::NAN).is_err());
        assert!(non_negative("lr", f64::INFINITY).is_err());
        assert!(unit_open("b", 0.0).is_ok());
        assert!(unit_open("b", 1.0).is_err());
        assert!(unit_open("b", f32::NAN).is_err());
        assert!(unit_closed("a", 1.0).is_ok());
        assert!(unit_closed("a", 1.0 + 1e-12).is_err());
    }

    #[test]
    fn message_names_the_argument_and_the_value() {
        extern crate alloc;
        use alloc::string::ToString;
        let msg = non_negative("weight_decay", -0.5).unwrap_err().to_string();
        assert_eq!(
            msg,
            "invalid `weight_decay`: -0.5 (must be finite and >= 0)"
        );
    }
}
