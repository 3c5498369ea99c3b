//! Lanczos with full reorthogonalisation, driven by Hessian-vector products only.
//!
//! Full reorthogonalisation (every new vector is Gram–Schmidt'ed twice against the
//! whole basis) costs `O(n·m)` per step, which is small next to an HVP for the
//! basis sizes used here, and removes the ghost eigenvalues and lost orthogonality
//! of plain Lanczos. It also makes the method finite: once the basis spans the whole
//! space (or an invariant subspace found from random restarts), the Ritz pairs are
//! exact. Because the Ritz values of the tridiagonal projection converge at both
//! ends of the spectrum, the most negative eigenvalues are found as readily as the
//! largest ones, unlike power iteration, which finds the largest in magnitude.

use alloc::vec;
use alloc::vec::Vec;
use num_traits::Float;

use crate::eigen;
use crate::saddle::{Eigenpair, Objective, SaddleError, Which};

/// A new Lanczos vector shorter than this fraction of the norm estimate means the
/// Krylov space is (numerically) invariant.
const BREAKDOWN: f64 = 1e-12;

/// Default budget for the stored basis, in `f64`s (256 MiB); the basis size is
/// capped by this unless the caller sets `max_iter`.
const BASIS_BUDGET: usize = 1 << 25;

/// Knobs of one Lanczos solve (validated by the caller).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Params {
    /// Relative residual tolerance: a Ritz pair is converged when its residual
    /// estimate is at most `tol · ‖H‖` (with `‖H‖` estimated from the projection).
    pub(crate) tol: f64,
    /// Maximal basis size (number of HVPs before the final residual checks).
    pub(crate) max_iter: Option<usize>,
    /// Seed of the deterministic pseudo-random start and restart vectors.
    pub(crate) seed: u64,
}

/// The default basis size: the whole space when it fits the memory budget.
fn default_max_iter(n: usize, k: usize) -> usize {
    n.min((BASIS_BUDGET / n).max(2 * k + 40))
}

/// The `k` eigenpairs of the Hessian of `obj` at `x` at the `which` end of the
/// spectrum. Preconditions (checked by the caller): `1 <= k <= n`, lengths match,
/// `x` finite, `start` (if any) finite and nonzero.
pub(crate) fn lanczos<O: Objective + ?Sized>(
    obj: &O,
    x: &[f64],
    k: usize,
    which: Which,
    start: Option<&[f64]>,
    params: &Params,
) -> Result<Vec<Eigenpair>, SaddleError> {
    let n = obj.dim();
    let m_max = params
        .max_iter
        .unwrap_or_else(|| default_max_iter(n, k))
        .clamp(k, n);
    let mut rng = SplitMix64(params.seed);
    let mut basis: Vec<f64> = Vec::with_capacity(n * m_max.min(64));
    let (mut alpha, mut beta) = (Vec::new(), Vec::new());
    let mut q = match start {
        Some(s) => s.to_vec(),
        None => random_vector(&mut rng, n),
    };
    let nq = norm(&q);
    scale(&mut q, 1.0 / nq);
    let mut w = vec![0.0; n];
    let mut anorm: f64 = 0.0;
    // Random restarts after breakdowns: an invariant block is only trusted to hold
    // the wanted end of the spectrum after enough random probes (see below).
    let mut random_blocks = usize::from(start.is_none());
    loop {
        basis.extend_from_slice(&q);
        obj.hvp(x, &q, &mut w);
        if !all_finite(&w) {
            return Err(SaddleError::NonFiniteDerivative);
        }
        let a = dot(&q, &w);
        alpha.push(a);
        let m = alpha.len();
        let prev_b = beta.last().copied().unwrap_or(0.0);
        for (wi, qi) in w.iter_mut().zip(&q) {
            *wi -= a * qi;
        }
        if m >= 2 {
            let prev = &basis[(m - 2) * n..(m - 1) * n];
            for (wi, pi) in w.iter_mut().zip(prev) {
                *wi -= prev_b * pi;
            }
        }
        // "Twice is enough" (Kahan–Parlett): two classical Gram–Schmidt passes give
        // orthogonality to working precision.
        orthogonalize(&mut w, &basis, n);
        orthogonalize(&mut w, &basis, n);
        let b = norm(&w);
        anorm = anorm.max(Float::abs(a) + b + prev_b);
        let invariant = b <= BREAKDOWN * anorm.max(f64::MIN_POSITIVE);
        let exhausted = m >= m_max;
        // After a breakdown, the Ritz values of an invariant block are exact but may
        // miss the wanted end (a start vector inside an eigenspace, or a repeated
        // eigenvalue, of which a Krylov space holds one copy). They are trusted only
        // after more random probes than wanted pairs.
        let trust = !invariant || random_blocks > k;
        if m >= k && (exhausted || (trust && should_check(m))) {
            let (_, last) = eigen::tridiagonal(&alpha, &beta, &[m - 1]);
            let limit = params.tol * anorm.max(f64::MIN_POSITIVE);
            let converged = wanted(m, k, which).all(|j| Float::abs(b * last[j]) <= limit);
            if (converged && trust) || exhausted {
                break;
            }
        }
        if invariant {
            if m >= n {
                break;
            }
            let mut r = random_vector(&mut rng, n);
            orthogonalize(&mut r, &basis, n);
            orthogonalize(&mut r, &basis, n);
            let nr = norm(&r);
            if nr <= 1e-8 && m >= k {
                // The basis already spans the space numerically.
                break;
            }
            scale(&mut r, 1.0 / nr);
            q = r;
            beta.push(0.0);
            random_blocks += 1;
        } else {
            q.copy_from_slice(&w);
            scale(&mut q, 1.0 / b);
            beta.push(b);
        }
    }
    ritz_pairs(obj, x, k, which, &basis, &alpha, &beta)
}

/// Ritz pairs of the final projection, with true residuals `‖Hy − θy‖` from one
/// more HVP each (the Lanczos estimate assumes exact orthogonality; the reported
/// residual should not).
fn ritz_pairs<O: Objective + ?Sized>(
    obj: &O,
    x: &[f64],
    k: usize,
    which: Which,
    basis: &[f64],
    alpha: &[f64],
    beta: &[f64],
) -> Result<Vec<Eigenpair>, SaddleError> {
    let n = obj.dim();
    let m = alpha.len();
    let rows: Vec<usize> = (0..m).collect();
    let (theta, s) = eigen::tridiagonal(alpha, &beta[..m - 1], &rows);
    let mut hy = vec![0.0; n];
    let mut pairs = Vec::with_capacity(k);
    for j in wanted(m, k, which) {
        let mut y = vec![0.0; n];
        for (i, qi) in basis.chunks_exact(n).enumerate() {
            let c = s[i * m + j];
            for (yl, ql) in y.iter_mut().zip(qi) {
                *yl += c * ql;
            }
        }
        let ny = norm(&y);
        scale(&mut y, 1.0 / ny);
        obj.hvp(x, &y, &mut hy);
        if !all_finite(&hy) {
            return Err(SaddleError::NonFiniteDerivative);
        }
        let residual = Float::sqrt(
            hy.iter()
                .zip(&y)
                .map(|(h, v)| (h - theta[j] * v) * (h - theta[j] * v))
                .sum::<f64>(),
        );
        pairs.push(Eigenpair {
            value: theta[j],
            vector: y,
            residual,
        });
    }
    Ok(pairs)
}

/// Indices (into ascending Ritz values of an `m`-dimensional projection) of the `k`
/// wanted ones, in the order they are returned.
fn wanted(m: usize, k: usize, which: Which) -> impl Iterator<Item = usize> {
    let k = k.min(m);
    (0..k).map(move |i| match which {
        Which::Smallest => i,
        Which::Largest => m - 1 - i,
    })
}

/// Convergence is checked every step while the projection is small and then every
/// ~5% of the basis size, which keeps the total cost of the checks at `O(m²)`
/// QL work per check without letting a converged solve run far past convergence.
fn should_check(m: usize) -> bool {
    m <= 40 || m % (m / 20) == 0
}

/// Subtracts from `w` its projection on the (orthonormal) rows of `basis`.
fn orthogonalize(w: &mut [f64], basis: &[f64], n: usize) {
    for qi in basis.chunks_exact(n) {
        let c = dot(qi, w);
        for (wl, ql) in w.iter_mut().zip(qi) {
            *wl -= c * ql;
        }
    }
}

pub(crate) fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

pub(crate) fn norm(a: &[f64]) -> f64 {
    Float::sqrt(dot(a, a))
}

fn scale(a: &mut [f64], c: f64) {
    for v in a {
        *v *= c;
    }
}

pub(crate) fn all_finite(a: &[f64]) -> bool {
    a.iter().all(|v| v.is_finite())
}

/// A random vector with entries uniform in [-1, 1), not normalised (never zero: a
/// draw of all zeros is replaced by the first unit vector).
fn random_vector(rng: &mut SplitMix64, n: usize) -> Vec<f64> {
    let mut v: Vec<f64> = (0..n).map(|_| rng.next_signed()).collect();
    if v.iter().all(|&c| c == 0.0) {
        v[0] = 1.0;
    }
    v
}

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, well-mixed generator, so start
/// vectors are pseudo-random yet every solve is reproducible, without a `rand`
/// dependency.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [-1, 1) from the top 53 bits.
    fn next_signed(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (2.0 / (1u64 << 53) as f64) - 1.0
    }
}
