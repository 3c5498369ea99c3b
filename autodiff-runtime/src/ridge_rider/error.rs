//! Why a Ridge Rider search cannot start: [`RidgeRiderError`], returned by
//! [`RidgeRider::try_run`](super::RidgeRider::try_run) and
//! [`try_explore`](super::RidgeRider::try_explore), and the panic message of `run`
//! and `explore`.

use core::fmt;

/// Why a Ridge Rider search could not start. [`RidgeRider::run`](super::RidgeRider::run)
/// and [`explore`](super::RidgeRider::explore) panic with this error's message;
/// [`try_run`](super::RidgeRider::try_run) and
/// [`try_explore`](super::RidgeRider::try_explore) return it.
///
/// Invalid settings are not among these: each setter of
/// [`RidgeRider`](super::RidgeRider) panics at once on a value that cannot work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RidgeRiderError {
    /// The start point's length differs from the objective's dimension.
    StartLength {
        /// `obj.dim()`.
        expected: usize,
        /// `x0.len()`.
        found: usize,
    },
    /// The objective has dimension 0: there is nothing to search.
    ZeroDimension,
    /// The start point has a NaN or infinite coordinate.
    NonFiniteStart,
}

impl fmt::Display for RidgeRiderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            RidgeRiderError::StartLength { expected, found } => write!(
                f,
                "RidgeRider: the start point has {found} coordinates, the objective {expected}"
            ),
            RidgeRiderError::ZeroDimension => {
                f.write_str("RidgeRider: the objective has dimension 0")
            }
            RidgeRiderError::NonFiniteStart => {
                f.write_str("RidgeRider: the start point has a NaN or infinite coordinate")
            }
        }
    }
}

impl core::error::Error for RidgeRiderError {}

/// The checks on the start point, in the order their errors take precedence.
pub(super) fn check_start(dim: usize, x0: &[f64]) -> Result<(), RidgeRiderError> {
    if x0.len() != dim {
        return Err(RidgeRiderError::StartLength {
            expected: dim,
            found: x0.len(),
        });
    }
    if dim == 0 {
        return Err(RidgeRiderError::ZeroDimension);
    }
    if !x0.iter().all(|v| v.is_finite()) {
        return Err(RidgeRiderError::NonFiniteStart);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn length_is_checked_before_dimension_and_finiteness() {
        assert_eq!(
            check_start(0, &[f64::NAN]),
            Err(RidgeRiderError::StartLength {
                expected: 0,
                found: 1
            })
        );
        assert_eq!(check_start(0, &[]), Err(RidgeRiderError::ZeroDimension));
        assert_eq!(
            check_start(2, &[1.0, f64::NEG_INFINITY]),
            Err(RidgeRiderError::NonFiniteStart)
        );
        assert_eq!(check_start(2, &[1.0, -1.0]), Ok(()));
    }

    #[test]
    fn messages_name_ridge_rider_and_the_problem() {
        let msg = RidgeRiderError::StartLength {
            expected: 2,
            found: 3,
        }
        .to_string();
        assert_eq!(
            msg,
            "RidgeRider: the start point has 3 coordinates, the objective 2"
        );
        assert!(RidgeRiderError::ZeroDimension
            .to_string()
            .contains("dimension 0"));
    }
}
