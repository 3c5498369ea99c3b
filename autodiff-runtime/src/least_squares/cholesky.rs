//! Dense symmetric positive-definite kernels on row-major `n × n` slices: the normal
//! equations of a Levenberg–Marquardt step and the covariance of a fit. No heap.

use num_traits::Float;

/// Overwrites the lower triangle of `a` (row-major `n × n`, symmetric positive
/// definite) with its Cholesky factor `L` (`a = L Lᵀ`). Returns `false`, leaving `a`
/// partly overwritten, when the matrix is not positive definite to working precision:
/// a pivot is not finite, or not above `n·ε` times its diagonal entry (what rounding
/// leaves of an exactly zero pivot).
pub(super) fn factor<T: Float>(a: &mut [T], n: usize) -> bool {
    let floor = T::from(n).unwrap_or_else(T::one) * T::epsilon();
    for j in 0..n {
        let diagonal = a[j * n + j];
        let mut d = diagonal;
        for k in 0..j {
            d = d - a[j * n + k] * a[j * n + k];
        }
        // Written to be false for NaN as well.
        let positive = d > floor * diagonal;
        if !positive || !d.is_finite() {
            return false;
        }
        let d = d.sqrt();
        a[j * n + j] = d;
        for i in j + 1..n {
            let mut s = a[i * n + j];
            for k in 0..j {
                s = s - a[i * n + k] * a[j * n + k];
            }
            a[i * n + j] = s / d;
        }
    }
    true
}

/// Solves `L Lᵀ x = b` in place (`b` becomes `x`), with `l` the factor left by
/// [`factor`] (only its lower triangle is read).
pub(super) fn solve<T: Float>(l: &[T], n: usize, b: &mut [T]) {
    for i in 0..n {
        let mut s = b[i];
        for k in 0..i {
            s = s - l[i * n + k] * b[k];
        }
        b[i] = s / l[i * n + i];
    }
    for i in (0..n).rev() {
        let mut s = b[i];
        for k in i + 1..n {
            s = s - l[k * n + i] * b[k];
        }
        b[i] = s / l[i * n + i];
    }
}

#[cfg(test)]
#[allow(clippy::needless_range_loop)]
mod tests {
    use super::*;

    #[test]
    fn factor_and_solve_a_small_system() {
        // A = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]], x = (1, -2, 0.5).
        let a = [4.0, 2.0, 0.4, 2.0, 5.0, 1.0, 0.4, 1.0, 3.0];
        let x = [1.0, -2.0, 0.5];
        let mut b = [0.0; 3];
        for i in 0..3 {
            b[i] = (0..3).map(|k| a[i * 3 + k] * x[k]).sum();
        }
        let mut l = a;
        assert!(factor(&mut l, 3));
        solve(&l, 3, &mut b);
        for i in 0..3 {
            assert!((b[i] - x[i]).abs() < 1e-14, "{b:?}");
        }
    }

    #[test]
    fn an_indefinite_matrix_is_refused() {
        let mut a = [1.0, 2.0, 2.0, 1.0];
        assert!(!factor(&mut a, 2));
        let mut nan = [f64::NAN];
        assert!(!factor(&mut nan, 1));
        // Rank one, with a rounding-level pivot left by the elimination.
        let v = [0.1, 0.7, 1.3];
        let mut rank_one = [0.0; 9];
        for i in 0..3 {
            for k in 0..3 {
                rank_one[i * 3 + k] = v[i] * v[k];
            }
        }
        assert!(!factor(&mut rank_one, 3));
    }
}
