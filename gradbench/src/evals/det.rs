//! `det`: the determinant by expansion by minors (cmpad's `det_by_minor`), and its
//! gradient.

use crate::protocol::{field, usize_of, vec_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// The determinant of the minor of the `ell × ell` row-major matrix `a` made of the
/// rows `row..ell` and the columns not in the bit set `used` (at least two rows),
/// expanded along its first row.
#[differentiable(wrt(a))]
pub fn det_of_minor(a: &[f64], ell: usize, row: usize, used: u64) -> f64 {
    let mut det = 0.0;
    let mut sign = 1.0;
    for j in 0..ell {
        if used & (1 << j) == 0 {
            let rest = used | (1 << j);
            // the minor left after removing row `row` and column `j`: one element
            // when it is the last row
            let minor = if row + 2 == ell {
                a[(row + 1) * ell + (!rest).trailing_zeros() as usize]
            } else {
                det_of_minor(a, ell, row + 1, rest)
            };
            det += sign * a[row * ell + j] * minor;
            sign = -sign;
        }
    }
    det
}

/// The determinant of the `ell × ell` row-major matrix `a`.
#[differentiable(wrt(a))]
pub fn det(a: &[f64], ell: usize) -> f64 {
    if ell == 1 {
        a[0]
    } else {
        det_of_minor(a, ell, 0, 0)
    }
}

/// Answers `primal` or `gradient`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let a = vec_of(field(input, "A")?, "A")?;
    let ell = usize_of(field(input, "ell")?, "ell")?;
    if ell == 0 || ell > 63 || a.len() != ell * ell {
        return Err(format!(
            "`A` must hold ell² numbers, 0 < ell < 64 (ell = {ell}, {} numbers)",
            a.len()
        ));
    }
    let runs = Runs::of(input);
    let (output, timings) = match function {
        "primal" => {
            let (y, t) = runs.measure(|| det(&a, ell));
            (json!(y), t)
        }
        "gradient" => {
            let mut g = vec![0.0; a.len()];
            let (_, t) = runs.measure(|| det_grad(&a, &mut g, ell));
            (json!(g), t)
        }
        other => return Err(super::unknown_function("det", other)),
    };
    Ok(Evaluated { output, timings })
}
