//! Vector arithmetic shared by the eigen-solvers, the saddle analysis and Ridge
//! Rider: inner products and norms, Gram–Schmidt orthogonalisation, the deflated
//! objective that moves found eigenpairs out of a solver's way, and the small
//! pseudo-random generator behind reproducible start vectors.
//!
//! Vectors are plain `f64` slices; a basis is any iterator over its (orthonormal)
//! vectors, so a flat row-major buffer (`basis.chunks_exact(n)`) and a list of
//! vectors (`basis.iter().map(Vec::as_slice)`) are served by the same code.

use alloc::vec::Vec;
use num_traits::Float;

use crate::objective::Objective;

/// Inner product with four independent accumulators, so the compiler can keep
/// several multiply-adds in flight (a single running sum serialises them).
pub(crate) fn dot(a: &[f64], b: &[f64]) -> f64 {
    let (ca, cb) = (a.chunks_exact(4), b.chunks_exact(4));
    let tail: f64 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    let mut acc = [0.0; 4];
    for (x, y) in ca.zip(cb) {
        for l in 0..4 {
            acc[l] += x[l] * y[l];
        }
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

/// Euclidean norm.
pub(crate) fn norm(a: &[f64]) -> f64 {
    Float::sqrt(dot(a, a))
}

/// Euclidean distance.
pub(crate) fn dist(a: &[f64], b: &[f64]) -> f64 {
    Float::sqrt(a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum())
}

/// Whether no entry is NaN or infinite.
pub(crate) fn all_finite(a: &[f64]) -> bool {
    a.iter().all(|v| v.is_finite())
}

/// `a ← c·a`.
pub(crate) fn scale(a: &mut [f64], c: f64) {
    for v in a {
        *v *= c;
    }
}

/// `y ← y + a·x`.
pub(crate) fn axpy(a: f64, x: &[f64], y: &mut [f64]) {
    for (yi, xi) in y.iter_mut().zip(x) {
        *yi += a * xi;
    }
}

/// Scales `v` to unit length (a zero vector stays zero); returns its former norm.
pub(crate) fn normalize(v: &mut [f64]) -> f64 {
    let n = norm(v);
    if n > 0.0 {
        for vi in v.iter_mut() {
            *vi /= n;
        }
    }
    n
}

/// `√x` without `std` (the crate is `no_std`; `f64::sqrt` needs `std`).
pub(crate) fn sqrt(x: f64) -> f64 {
    Float::sqrt(x)
}

/// `|x|` without `std`.
pub(crate) fn abs(x: f64) -> f64 {
    Float::abs(x)
}

/// One pass of classical Gram–Schmidt: subtracts from `w` its projection on the
/// orthonormal vectors of `basis`.
///
/// Classical rather than modified Gram–Schmidt: the inner products are independent
/// of each other, which keeps the pass memory-bound instead of latency-bound. Its
/// weaker orthogonality is what the second pass of [`orthogonalize`] and
/// [`reorthogonalize`] repairs.
fn gram_schmidt<'b, B>(w: &mut [f64], basis: B)
where
    B: Iterator<Item = &'b [f64]> + Clone,
{
    let coeffs: Vec<f64> = basis.clone().map(|q| dot(q, w)).collect();
    for (q, c) in basis.zip(coeffs) {
        axpy(-c, q, w);
    }
}

/// Removes from `w` its components along the orthonormal vectors of `basis` with two
/// Gram–Schmidt passes ("twice is enough": the second pass brings the result to
/// working-precision orthogonality whatever cancellation the first suffered);
/// returns the norm of what remains.
pub(crate) fn orthogonalize<'b, B>(w: &mut [f64], basis: B) -> f64
where
    B: Iterator<Item = &'b [f64]> + Clone,
{
    gram_schmidt(w, basis.clone());
    gram_schmidt(w, basis);
    norm(w)
}

/// Orthogonalisation against `basis` with the DGKS criterion (Daniel, Gragg, Kaufman
/// and Stewart, 1976): a second Gram–Schmidt pass only when the first removed a
/// sizeable part of `w` (norm dropped below `1/√2` of what it was), which is when
/// cancellation may have left it non-orthogonal. In Lanczos the three-term recurrence
/// has already removed almost everything, so one pass usually suffices.
pub(crate) fn reorthogonalize<'b, B>(w: &mut [f64], basis: B)
where
    B: Iterator<Item = &'b [f64]> + Clone,
{
    let before = norm(w);
    gram_schmidt(w, basis.clone());
    if norm(w) < core::f64::consts::FRAC_1_SQRT_2 * before {
        gram_schmidt(w, basis);
    }
}

/// The objective with its Hessian deflated: `H + shift · Σ u uᵀ` over the
/// orthonormal `vecs`. The eigenvalues of those vectors move by `shift`; every other
/// eigenpair of `H` is unchanged. A Krylov solver started from one vector sees one
/// direction per eigenspace, so deflating what was found is how the further copies
/// of a repeated eigenvalue, or an eigenvalue the solver converged past, are found.
pub(crate) struct Deflated<'a, O: Objective + ?Sized> {
    pub(crate) inner: &'a O,
    pub(crate) vecs: &'a [Vec<f64>],
    pub(crate) shift: f64,
}

impl<O: Objective + ?Sized> Objective for Deflated<'_, O> {
    fn dim(&self) -> usize {
        self.inner.dim()
    }
    fn value(&self, x: &[f64]) -> f64 {
        self.inner.value(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        self.inner.grad(x, g)
    }
    fn zero_modes(&self, x: &[f64]) -> Vec<Vec<f64>> {
        self.inner.zero_modes(x)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        self.inner.hvp(x, v, hv);
        for u in self.vecs {
            axpy(self.shift * dot(u, v), u, hv);
        }
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, well-mixed generator, so start
/// vectors are pseudo-random yet every solve is reproducible, without a `rand`
/// dependency.
pub(crate) struct SplitMix64(pub(crate) u64);

impl SplitMix64 {
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [-1, 1) from the top 53 bits.
    pub(crate) fn next_signed(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (2.0 / (1u64 << 53) as f64) - 1.0
    }

    /// Uniform in [-0.5, 0.5) from the top 53 bits.
    pub(crate) fn next_centered(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 - 0.5
    }
}

/// A random vector with entries uniform in [-1, 1), not normalised (never zero: a
/// draw of all zeros is replaced by the first unit vector).
pub(crate) fn random_vector(rng: &mut SplitMix64, n: usize) -> Vec<f64> {
    let mut v: Vec<f64> = (0..n).map(|_| rng.next_signed()).collect();
    if v.iter().all(|&c| c == 0.0) {
        v[0] = 1.0;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn dot_matches_the_plain_sum_on_every_tail_length() {
        for n in 0..11 {
            let a: Vec<f64> = (0..n).map(|i| i as f64 + 0.5).collect();
            let b: Vec<f64> = (0..n).map(|i| 2.0 - i as f64).collect();
            let plain: f64 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
            assert_eq!(dot(&a, &b), plain, "n = {n}");
        }
    }

    #[test]
    fn orthogonalize_serves_flat_and_listed_bases_alike() {
        let (e0, e1) = ([1.0, 0.0, 0.0], [0.0, 0.6, 0.8]);
        let flat = [e0, e1].concat();
        let listed = [e0.to_vec(), e1.to_vec()];
        let mut a = [3.0, 2.0, -1.0];
        let mut b = a;
        let ra = orthogonalize(&mut a, flat.chunks_exact(3));
        let rb = orthogonalize(&mut b, listed.iter().map(Vec::as_slice));
        assert_eq!(a, b);
        assert_eq!(ra, rb);
        assert!(dot(&a, &e0).abs() < 1e-15 && dot(&a, &e1).abs() < 1e-15);
        assert!((ra - norm(&a)).abs() < 1e-15);
    }

    #[test]
    fn deflation_moves_only_the_given_direction() {
        use crate::objective::FnObjective;
        // H = diag(1, 2); deflating e0 by 10 gives diag(11, 2).
        let obj = FnObjective::new(
            2,
            |_: &[f64]| 0.0,
            |_: &[f64], _: &mut [f64]| 0.0,
            |_: &[f64], v: &[f64], hv: &mut [f64]| {
                hv[0] = v[0];
                hv[1] = 2.0 * v[1];
                0.0
            },
        );
        let vecs = [vec![1.0, 0.0]];
        let deflated = Deflated {
            inner: &obj,
            vecs: &vecs,
            shift: 10.0,
        };
        let mut hv = [0.0; 2];
        deflated.hvp(&[0.0, 0.0], &[1.0, 1.0], &mut hv);
        assert_eq!(hv, [11.0, 2.0]);
    }

    #[test]
    fn splitmix_is_reproducible_and_in_range() {
        let (mut a, mut b) = (SplitMix64(7), SplitMix64(7));
        for _ in 0..1000 {
            let (s, c) = (a.next_signed(), a.next_centered());
            assert!((-1.0..1.0).contains(&s) && (-0.5..0.5).contains(&c));
            assert_eq!((s, c), (b.next_signed(), b.next_centered()));
        }
    }
}
