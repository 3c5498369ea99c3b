//! Small dense symmetric eigen-solvers: cyclic Jacobi for a full matrix (the dense
//! small-`n` path) and implicit QL for a symmetric tridiagonal matrix (the Lanczos
//! projection). Written here rather than pulled in because the runtime depends on
//! `num-traits` only, and both problems are small enough that the textbook
//! algorithms are the right tools.

use alloc::vec;
use alloc::vec::Vec;
use num_traits::Float;

use crate::linalg::SplitMix64;

/// Sweeps after which Jacobi gives up. Convergence is quadratic, so real matrices
/// need well under 20; the cap only guarantees termination on NaN input.
const MAX_JACOBI_SWEEPS: usize = 64;

/// QL iterations per eigenvalue after which the remaining coupling is treated as
/// zero. Wilkinson shifts converge in 2 to 3 iterations; the cap guarantees
/// termination.
const MAX_QL_ITERATIONS: usize = 64;

/// Eigen-decomposition of a symmetric matrix, eigenvalues ascending.
#[derive(Debug, Clone)]
pub(crate) struct Spectrum {
    /// Eigenvalues, ascending.
    pub(crate) values: Vec<f64>,
    /// Eigenvector `j` is `vectors[j * n..(j + 1) * n]` (unit length).
    pub(crate) vectors: Vec<f64>,
}

impl Spectrum {
    /// Eigenvector `j`.
    pub(crate) fn vector(&self, j: usize) -> &[f64] {
        let n = self.values.len();
        &self.vectors[j * n..(j + 1) * n]
    }
}

/// Eigen-decomposition of the symmetric `n × n` row-major matrix `a` by cyclic
/// Jacobi rotations. Only the upper triangle is read. Jacobi is slower than
/// Householder + QL by a constant factor but is the most accurate dense method
/// (small eigenvalues get small relative errors), which is what the sign tests of
/// critical-point classification need.
pub(crate) fn jacobi(a: &[f64], n: usize) -> Spectrum {
    debug_assert_eq!(a.len(), n * n);
    let mut m = vec![0.0; n * n];
    for i in 0..n {
        for j in i..n {
            m[i * n + j] = a[i * n + j];
            m[j * n + i] = a[i * n + j];
        }
    }
    // Columns of `v` accumulate the rotations: column j ends as eigenvector j.
    let mut v = vec![0.0; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    for _ in 0..MAX_JACOBI_SWEEPS {
        let mut rotated = false;
        for p in 0..n {
            for q in p + 1..n {
                rotated |= jacobi_rotate(&mut m, &mut v, n, p, q);
            }
        }
        if !rotated {
            break;
        }
    }
    let values: Vec<f64> = (0..n).map(|i| m[i * n + i]).collect();
    let order = ascending_order(&values);
    let mut out = Spectrum {
        values: Vec::with_capacity(n),
        vectors: Vec::with_capacity(n * n),
    };
    for &j in &order {
        out.values.push(values[j]);
        out.vectors.extend((0..n).map(|i| v[i * n + j]));
    }
    out
}

/// One Jacobi rotation annihilating `m[p][q]`; returns false when the element is
/// already negligible (then it is set to exactly zero, which is what makes the
/// sweep loop stop).
fn jacobi_rotate(m: &mut [f64], v: &mut [f64], n: usize, p: usize, q: usize) -> bool {
    let apq = m[p * n + q];
    let (app, aqq) = (m[p * n + p], m[q * n + q]);
    // Rutishauser's test: the element no longer changes either diagonal entry in
    // floating point, so rotating it away cannot change the eigenvalues.
    let negligible = apq == 0.0
        || (Float::abs(app) + 1e2 * Float::abs(apq) == Float::abs(app)
            && Float::abs(aqq) + 1e2 * Float::abs(apq) == Float::abs(aqq));
    if negligible || !apq.is_finite() {
        m[p * n + q] = 0.0;
        m[q * n + p] = 0.0;
        return false;
    }
    // t = tan(angle) is the smaller root of t² + 2θt − 1 = 0, which keeps the
    // rotation angle below π/4 (the stable choice).
    let theta = (aqq - app) / (2.0 * apq);
    let t = if Float::abs(theta) > 1e150 {
        0.5 / theta
    } else {
        Float::signum(theta) / (Float::abs(theta) + Float::sqrt(theta * theta + 1.0))
    };
    let c = 1.0 / Float::sqrt(t * t + 1.0);
    let s = t * c;
    for k in 0..n {
        let (mkp, mkq) = (m[k * n + p], m[k * n + q]);
        m[k * n + p] = c * mkp - s * mkq;
        m[k * n + q] = s * mkp + c * mkq;
    }
    for k in 0..n {
        let (mpk, mqk) = (m[p * n + k], m[q * n + k]);
        m[p * n + k] = c * mpk - s * mqk;
        m[q * n + k] = s * mpk + c * mqk;
    }
    m[p * n + q] = 0.0;
    m[q * n + p] = 0.0;
    for k in 0..n {
        let (vkp, vkq) = (v[k * n + p], v[k * n + q]);
        v[k * n + p] = c * vkp - s * vkq;
        v[k * n + q] = s * vkp + c * vkq;
    }
    true
}

/// Eigenvalues (ascending) of the symmetric tridiagonal matrix with diagonal `diag`
/// and off-diagonal `off` (`off[i]` couples rows `i` and `i + 1`; its length is
/// `diag.len() - 1`), by implicit QL with Wilkinson shifts.
///
/// Returns the eigenvalues and, for each requested row index `r` in `rows`, the
/// `r`-th component of every eigenvector: `comps[t * m + j]` is component
/// `rows[t]` of eigenvector `j`. Each row of the eigenvector matrix transforms
/// independently under the QL rotations, so asking only for the last row (what the
/// Lanczos residual estimate needs) costs O(m) per sweep instead of O(m²).
pub(crate) fn tridiagonal(diag: &[f64], off: &[f64], rows: &[usize]) -> (Vec<f64>, Vec<f64>) {
    let m = diag.len();
    let mut z = vec![0.0; rows.len() * m];
    for (t, &r) in rows.iter().enumerate() {
        z[t * m + r] = 1.0;
    }
    tridiagonal_tracking(diag, off, z)
}

/// [`tridiagonal`] with arbitrary initial rows: each row `z_t` of `z` (`t` rows of
/// length `m`) comes back as `z_t · S` with `S` the eigenvector matrix (columns in
/// ascending order of eigenvalue). With `z_t` a row of `Q`, where `A = Q T Qᵀ`,
/// this gives that row of `A`'s eigenvectors.
pub(crate) fn tridiagonal_tracking(
    diag: &[f64],
    off: &[f64],
    mut z: Vec<f64>,
) -> (Vec<f64>, Vec<f64>) {
    let m = diag.len();
    debug_assert_eq!(off.len() + 1, m.max(1));
    let tracked = z.len().checked_div(m).unwrap_or(0);
    let mut d = diag.to_vec();
    let mut e = vec![0.0; m];
    e[..m.saturating_sub(1)].copy_from_slice(&off[..m.saturating_sub(1)]);
    for l in 0..m {
        let mut iterations = 0;
        loop {
            let mut split = l;
            while split + 1 < m {
                let dd = Float::abs(d[split]) + Float::abs(d[split + 1]);
                if Float::abs(e[split]) <= f64::EPSILON * dd || iterations >= MAX_QL_ITERATIONS {
                    break;
                }
                split += 1;
            }
            if split == l {
                break;
            }
            iterations += 1;
            ql_sweep(&mut d, &mut e, &mut z, m, l, split);
        }
    }
    let order = ascending_order(&d);
    let values = order.iter().map(|&j| d[j]).collect();
    let mut comps = vec![0.0; tracked * m];
    for t in 0..tracked {
        for (jj, &j) in order.iter().enumerate() {
            comps[t * m + jj] = z[t * m + j];
        }
    }
    (values, comps)
}

/// Householder reduction of the symmetric `m × m` row-major matrix `a` to
/// tridiagonal form: returns `(diag, off, q)` with `a = Q T Qᵀ`, `q` row-major.
/// Together with [`tridiagonal`] and [`tridiagonal_vectors`] this decomposes a
/// small dense matrix several times faster than Jacobi, for when only a few
/// eigenvectors are needed.
pub(crate) fn householder(a: &[f64], m: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let mut a = a.to_vec();
    let mut q = vec![0.0; m * m];
    for i in 0..m {
        q[i * m + i] = 1.0;
    }
    let mut off = vec![0.0; m.saturating_sub(1)];
    for k in 0..m.saturating_sub(2) {
        // Reflect column k below the diagonal onto a multiple of e_{k+1}.
        let mut v: Vec<f64> = (k + 1..m).map(|i| a[i * m + k]).collect();
        let xnorm = Float::sqrt(v.iter().map(|c| c * c).sum::<f64>());
        if xnorm == 0.0 {
            continue;
        }
        let alpha = if v[0] > 0.0 { -xnorm } else { xnorm };
        v[0] -= alpha;
        let vnorm = Float::sqrt(v.iter().map(|c| c * c).sum::<f64>());
        if vnorm == 0.0 {
            continue;
        }
        v.iter_mut().for_each(|c| *c /= vnorm);
        let sub = m - k - 1;
        // A' = A − 2(v wᵀ + w vᵀ) on the trailing block, w = p − (vᵀp) v, p = A v.
        let p: Vec<f64> = (0..sub)
            .map(|r| {
                (0..sub)
                    .map(|c| a[(k + 1 + r) * m + k + 1 + c] * v[c])
                    .sum()
            })
            .collect();
        let kk: f64 = v.iter().zip(&p).map(|(x, y)| x * y).sum();
        let w: Vec<f64> = p.iter().zip(&v).map(|(pi, vi)| pi - kk * vi).collect();
        for r in 0..sub {
            for c in 0..sub {
                a[(k + 1 + r) * m + k + 1 + c] -= 2.0 * (v[r] * w[c] + w[r] * v[c]);
            }
        }
        a[(k + 1) * m + k] = alpha;
        a[k * m + k + 1] = alpha;
        for r in k + 2..m {
            a[r * m + k] = 0.0;
            a[k * m + r] = 0.0;
        }
        // Q ← Q H: each row of Q loses twice its component along v.
        for r in 0..m {
            let row = &mut q[r * m + k + 1..(r + 1) * m];
            let c: f64 = row.iter().zip(&v).map(|(x, y)| x * y).sum();
            row.iter_mut().zip(&v).for_each(|(x, y)| *x -= 2.0 * c * y);
        }
    }
    let diag = (0..m).map(|i| a[i * m + i]).collect();
    for (i, o) in off.iter_mut().enumerate() {
        *o = a[(i + 1) * m + i];
    }
    (diag, off, q)
}

/// One implicit QL sweep with a Wilkinson shift on the unreduced block `l..=split`
/// (Numerical Recipes' `tqli` inner loop, 0-indexed), applying the rotations to the
/// tracked eigenvector rows in `z`.
fn ql_sweep(d: &mut [f64], e: &mut [f64], z: &mut [f64], m: usize, l: usize, split: usize) {
    let mut g = (d[l + 1] - d[l]) / (2.0 * e[l]);
    let mut r = Float::hypot(g, 1.0);
    g = d[split] - d[l] + e[l] / (g + Float::copysign(r, g));
    let (mut s, mut c, mut p) = (1.0, 1.0, 0.0);
    let mut i = split;
    while i > l {
        i -= 1;
        let f = s * e[i];
        let b = c * e[i];
        r = Float::hypot(f, g);
        e[i + 1] = r;
        if r == 0.0 {
            // Underflow: the block splits here; let the outer loop find it.
            d[i + 1] -= p;
            e[split] = 0.0;
            return;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1] - p;
        r = (d[i] - g) * s + 2.0 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
        for row in z.chunks_exact_mut(m) {
            let f = row[i + 1];
            row[i + 1] = s * row[i] + c * f;
            row[i] = c * row[i] - s * f;
        }
    }
    d[l] -= p;
    e[l] = g;
    e[split] = 0.0;
}

/// Eigenvectors of the symmetric tridiagonal matrix (`diag`, `off`) for the given
/// eigenvalues (accurate ones, as from [`tridiagonal`]), by inverse iteration:
/// `O(m)` per vector instead of the `O(m³)` of accumulating every QL rotation, for
/// when only a few of many Ritz vectors are needed.
///
/// As in LAPACK's `dstein`, a vector is orthogonalised against the vectors already
/// computed for eigenvalues within `1e-3 · ‖T‖` of its own, which keeps repeated or
/// clustered eigenvalues (for example from a matrix split into identical blocks)
/// with orthonormal vectors. Each vector starts from a different pseudo-random
/// vector, so copies of one eigenvalue get independent directions.
pub(crate) fn tridiagonal_vectors(diag: &[f64], off: &[f64], values: &[f64]) -> Vec<Vec<f64>> {
    let m = diag.len();
    let tnorm = (0..m).fold(0.0, |acc: f64, i| {
        let left = if i > 0 { Float::abs(off[i - 1]) } else { 0.0 };
        let right = if i + 1 < m { Float::abs(off[i]) } else { 0.0 };
        acc.max(Float::abs(diag[i]) + left + right)
    });
    let tiny = f64::EPSILON * tnorm.max(f64::MIN_POSITIVE);
    // Only needs to be generic, not high quality.
    let mut rng = SplitMix64(0x243f_6a88_85a3_08d3);
    let mut out: Vec<Vec<f64>> = Vec::with_capacity(values.len());
    for (j, &theta) in values.iter().enumerate() {
        let lu = TridiagonalLu::new(diag, off, theta, tiny);
        let mut x: Vec<f64> = (0..m).map(|_| rng.next_centered()).collect();
        let close: Vec<usize> = (0..j)
            .filter(|&i| Float::abs(values[i] - theta) <= 1e-3 * tnorm)
            .collect();
        // Two solves suffice for an eigenvalue accurate to rounding (the growth
        // factor is about ‖T‖ / rounding); a third cleans up after orthogonalisation.
        for _ in 0..3 {
            lu.solve(&mut x);
            for &i in &close {
                let c: f64 = x.iter().zip(&out[i]).map(|(a, b)| a * b).sum();
                for (xl, yl) in x.iter_mut().zip(&out[i]) {
                    *xl -= c * yl;
                }
            }
            let nx = Float::sqrt(x.iter().map(|v| v * v).sum::<f64>());
            if nx == 0.0 || !nx.is_finite() {
                // Cannot happen for a finite matrix (random starts); keep a unit
                // vector rather than NaN.
                x.iter_mut().for_each(|v| *v = 0.0);
                x[j.min(m - 1)] = 1.0;
                break;
            }
            x.iter_mut().for_each(|v| *v /= nx);
        }
        out.push(x);
    }
    out
}

/// LU factorisation with partial pivoting of `T − θI` for tridiagonal `T`: `U`
/// has two superdiagonals; zero pivots are replaced by `tiny` (the matrix is
/// singular to working precision exactly when `θ` is a good eigenvalue, which is
/// the point of inverse iteration).
struct TridiagonalLu {
    u0: Vec<f64>,
    u1: Vec<f64>,
    u2: Vec<f64>,
    mult: Vec<f64>,
    swapped: Vec<bool>,
}

impl TridiagonalLu {
    fn new(diag: &[f64], off: &[f64], theta: f64, tiny: f64) -> Self {
        let m = diag.len();
        let mut lu = TridiagonalLu {
            u0: vec![0.0; m],
            u1: vec![0.0; m],
            u2: vec![0.0; m],
            mult: vec![0.0; m],
            swapped: vec![false; m],
        };
        // The row being eliminated, at columns i, i + 1, i + 2.
        let (mut p, mut q, mut r) = (diag[0] - theta, if m > 1 { off[0] } else { 0.0 }, 0.0);
        for i in 0..m.saturating_sub(1) {
            let c = off[i];
            let a_next = diag[i + 1] - theta;
            let b_next = if i + 2 < m { off[i + 1] } else { 0.0 };
            if Float::abs(p) >= Float::abs(c) {
                let pivot = if p == 0.0 { tiny } else { p };
                let l = c / pivot;
                (lu.u0[i], lu.u1[i], lu.u2[i], lu.mult[i]) = (pivot, q, r, l);
                (p, q, r) = (a_next - l * q, b_next - l * r, 0.0);
            } else {
                let l = p / c;
                (lu.u0[i], lu.u1[i], lu.u2[i], lu.mult[i]) = (c, a_next, b_next, l);
                lu.swapped[i] = true;
                (p, q, r) = (q - l * a_next, r - l * b_next, 0.0);
            }
        }
        lu.u0[m - 1] = if p == 0.0 { tiny } else { p };
        lu
    }

    /// Overwrites `b` with `(T − θI)⁻¹ b`.
    fn solve(&self, b: &mut [f64]) {
        let m = b.len();
        for i in 0..m.saturating_sub(1) {
            if self.swapped[i] {
                b.swap(i, i + 1);
            }
            b[i + 1] -= self.mult[i] * b[i];
        }
        for i in (0..m).rev() {
            let mut s = b[i];
            if i + 1 < m {
                s -= self.u1[i] * b[i + 1];
            }
            if i + 2 < m {
                s -= self.u2[i] * b[i + 2];
            }
            b[i] = s / self.u0[i];
        }
    }
}

/// Indices that sort `values` ascending (NaN last, so a broken input cannot
/// masquerade as the smallest eigenvalue).
fn ascending_order(values: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (values[a], values[b]);
        match (x.is_nan(), y.is_nan()) {
            (false, false) => x.partial_cmp(&y).unwrap_or(core::cmp::Ordering::Equal),
            (xn, yn) => xn.cmp(&yn),
        }
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mat_vec(a: &[f64], n: usize, x: &[f64]) -> Vec<f64> {
        (0..n)
            .map(|i| (0..n).map(|j| a[i * n + j] * x[j]).sum())
            .collect()
    }

    #[test]
    fn jacobi_recovers_constructed_spectrum() {
        // A = Q diag(λ) Qᵀ with Q a product of known rotations: the spectrum is λ
        // by construction, independent of the solver.
        let n = 5;
        let lambda = [-3.0, -1.0, 0.0, 2.0, 7.5];
        let mut q = vec![0.0; n * n];
        for i in 0..n {
            q[i * n + i] = 1.0;
        }
        for (p, r, ang) in [(0, 1, 0.3), (1, 3, 1.1), (2, 4, -0.7), (0, 4, 0.4)] {
            let (c, s) = (f64::cos(ang), f64::sin(ang));
            for k in 0..n {
                let (a, b) = (q[k * n + p], q[k * n + r]);
                q[k * n + p] = c * a - s * b;
                q[k * n + r] = s * a + c * b;
            }
        }
        let mut a = vec![0.0; n * n];
        for i in 0..n {
            for j in 0..n {
                a[i * n + j] = (0..n)
                    .map(|k| q[i * n + k] * lambda[k] * q[j * n + k])
                    .sum();
            }
        }
        let spec = jacobi(&a, n);
        for (j, &lam) in lambda.iter().enumerate() {
            assert!((spec.values[j] - lam).abs() < 1e-13, "{:?}", spec.values);
            let v = spec.vector(j);
            let av = mat_vec(&a, n, v);
            let norm: f64 = v.iter().map(|x| x * x).sum::<f64>().sqrt();
            assert!((norm - 1.0).abs() < 1e-13);
            for i in 0..n {
                assert!((av[i] - lam * v[i]).abs() < 1e-12);
            }
        }
    }

    #[test]
    fn tridiagonal_matches_closed_form() {
        // Toeplitz tridiagonal (a on the diagonal, b off it) has eigenvalues
        // a + 2b cos(kπ/(m+1)) and eigenvectors sin(ikπ/(m+1)).
        let m = 40;
        let (a, b) = (1.5, -0.75);
        let diag = vec![a; m];
        let off = vec![b; m - 1];
        let rows: Vec<usize> = (0..m).collect();
        let (values, comps) = tridiagonal(&diag, &off, &rows);
        let mut expected: Vec<f64> = (1..=m)
            .map(|k| a + 2.0 * b * f64::cos(k as f64 * core::f64::consts::PI / (m as f64 + 1.0)))
            .collect();
        expected.sort_by(|x, y| x.partial_cmp(y).unwrap());
        for j in 0..m {
            assert!((values[j] - expected[j]).abs() < 1e-13);
            // Check T v = λ v with the full eigenvector assembled from the rows.
            let v: Vec<f64> = (0..m).map(|i| comps[i * m + j]).collect();
            for i in 0..m {
                let mut tv = a * v[i];
                if i > 0 {
                    tv += b * v[i - 1];
                }
                if i + 1 < m {
                    tv += b * v[i + 1];
                }
                assert!((tv - values[j] * v[i]).abs() < 1e-12);
            }
        }
    }

    #[test]
    fn tridiagonal_last_row_matches_full_vectors() {
        let diag = [4.0, -1.0, 2.5, 0.0, 3.0, -2.0];
        let off = [1.0, 0.5, -2.0, 0.25, 1.5];
        let m = diag.len();
        let all: Vec<usize> = (0..m).collect();
        let (v_all, c_all) = tridiagonal(&diag, &off, &all);
        let (v_last, c_last) = tridiagonal(&diag, &off, &[m - 1]);
        assert_eq!(v_all, v_last);
        for j in 0..m {
            assert_eq!(c_all[(m - 1) * m + j], c_last[j]);
        }
    }

    #[test]
    fn tridiagonal_handles_split_blocks_and_one_by_one() {
        // A zero coupling splits the matrix into blocks [[2,1],[1,2]] and [-5].
        let (values, _) = tridiagonal(&[2.0, 2.0, -5.0], &[1.0, 0.0], &[]);
        assert_eq!(values.len(), 3);
        for (got, want) in values.iter().zip([-5.0, 1.0, 3.0]) {
            assert!((got - want).abs() < 1e-14);
        }
        let (single, comps) = tridiagonal(&[7.0], &[], &[0]);
        assert_eq!((single, comps), (vec![7.0], vec![1.0]));
    }

    #[test]
    fn inverse_iteration_matches_ql_vectors() {
        let diag = [4.0, -1.0, 2.5, 0.0, 3.0, -2.0, 1.0];
        let off = [1.0, 0.5, -2.0, 0.25, 1.5, 1e-3];
        let m = diag.len();
        let all: Vec<usize> = (0..m).collect();
        let (values, comps) = tridiagonal(&diag, &off, &all);
        let vectors = tridiagonal_vectors(&diag, &off, &values);
        for j in 0..m {
            let dotp: f64 = (0..m).map(|i| comps[i * m + j] * vectors[j][i]).sum();
            assert!((dotp.abs() - 1.0).abs() < 1e-12, "vector {j}: {dotp}");
        }
    }

    #[test]
    fn inverse_iteration_keeps_repeated_eigenvalues_orthonormal() {
        // Three identical decoupled blocks [[1, 2], [2, 1]]: eigenvalues −1 and 3,
        // each three times.
        let diag = [1.0; 6];
        let off = [2.0, 0.0, 2.0, 0.0, 2.0];
        let (values, _) = tridiagonal(&diag, &off, &[]);
        let vectors = tridiagonal_vectors(&diag, &off, &values);
        for (j, v) in vectors.iter().enumerate() {
            for i in 0..6 {
                let mut tv = diag[i] * v[i];
                if i > 0 {
                    tv += off[i - 1] * v[i - 1];
                }
                if i + 1 < 6 {
                    tv += off[i] * v[i + 1];
                }
                assert!((tv - values[j] * v[i]).abs() < 1e-12);
            }
            for (i, w) in vectors[..j].iter().enumerate() {
                let d: f64 = v.iter().zip(w).map(|(a, b)| a * b).sum();
                assert!(d.abs() < 1e-12, "vectors {i} and {j}");
            }
        }
    }

    #[test]
    fn householder_then_ql_matches_jacobi() {
        // An arrow matrix plus a tridiagonal tail, the shape Lanczos produces after
        // a thick restart.
        let m = 7;
        let mut a = vec![0.0; m * m];
        for (i, d) in [3.0, -1.0, 0.5, 2.0, 1.0, -2.5, 4.0].iter().enumerate() {
            a[i * m + i] = *d;
        }
        for (i, c) in [0.3, -0.7, 0.2].iter().enumerate() {
            a[i * m + 3] = *c;
            a[3 * m + i] = *c;
        }
        for (i, c) in [(3, 1.1), (4, -0.4), (5, 0.9)] {
            a[i * m + i + 1] = c;
            a[(i + 1) * m + i] = c;
        }
        let spec = jacobi(&a, m);
        let (d, e, q) = householder(&a, m);
        // A = Q T Qᵀ.
        for i in 0..m {
            for j in 0..m {
                let mut s = 0.0;
                for k in 0..m {
                    let mut tq = d[k] * q[j * m + k];
                    if k > 0 {
                        tq += e[k - 1] * q[j * m + k - 1];
                    }
                    if k + 1 < m {
                        tq += e[k] * q[j * m + k + 1];
                    }
                    s += q[i * m + k] * tq;
                }
                assert!((s - a[i * m + j]).abs() < 1e-13);
            }
        }
        let (values, last) = tridiagonal_tracking(&d, &e, q[(m - 1) * m..].to_vec());
        let vectors = tridiagonal_vectors(&d, &e, &values);
        for j in 0..m {
            assert!((values[j] - spec.values[j]).abs() < 1e-13);
            let v: Vec<f64> = (0..m)
                .map(|r| (0..m).map(|c| q[r * m + c] * vectors[j][c]).sum())
                .collect();
            assert!((v[m - 1].abs() - last[j].abs()).abs() < 1e-12);
            let overlap: f64 = v.iter().zip(spec.vector(j)).map(|(x, y)| x * y).sum();
            assert!((overlap.abs() - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn jacobi_terminates_on_nan() {
        let spec = jacobi(&[f64::NAN, 1.0, 1.0, 2.0], 2);
        assert_eq!(spec.values.len(), 2);
    }
}
