//! The eigen-solver: [`EigenSolver`] and its default-settings shortcuts
//! [`eigenpairs`] and [`eigenpairs_from`]. Small problems take the dense path (the
//! Hessian from `n` HVPs, then Jacobi); larger ones Lanczos on HVPs.

use alloc::vec;
use alloc::vec::Vec;
use num_traits::Float;

use super::{check_point, unwrap_or_panic};
use crate::dense;
use crate::eigen;
use crate::eigenpair::{Eigenpair, SaddleError, Which};
use crate::lanczos;
use crate::linalg::{all_finite, dot, norm};
use crate::objective::Objective;
use crate::symmetry::{zero_modes_of, Complement, Reduced};

/// Settings of the eigen-solver behind [`eigenpairs`]: tolerance, basis size and
/// step budget of Lanczos, the dimension up to which the dense path is used, the
/// multiplicity check, and the seed of the random start vector. Built with chained
/// setters from [`EigenSolver::new`]; [`try_solve`](Self::try_solve) and
/// [`try_solve_from`](Self::try_solve_from) return errors instead of panicking.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{EigenSolver, FnObjective, Which};
///
/// // A separable quadratic with Hessian diag(1, 2, ..., 100).
/// let n = 100;
/// let f = |x: &[f64]| x.iter().enumerate().map(|(i, xi)| 0.5 * (i + 1) as f64 * xi * xi).sum::<f64>();
/// let g = |x: &[f64], g: &mut [f64]| {
///     for i in 0..x.len() { g[i] = (i + 1) as f64 * x[i]; }
///     f(x)
/// };
/// let h = |x: &[f64], v: &[f64], hv: &mut [f64]| {
///     for i in 0..v.len() { hv[i] = (i + 1) as f64 * v[i]; }
///     f(x)
/// };
/// let obj = FnObjective::new(n, f, g, h);
/// let top = EigenSolver::new().tol(1e-12).try_solve(&obj, &vec![0.0; n], 3, Which::Largest).unwrap();
/// let values: Vec<f64> = top.iter().map(|p| p.value).collect();
/// for (got, want) in values.iter().zip([100.0, 99.0, 98.0]) {
///     assert!((got - want).abs() < 1e-8);
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EigenSolver {
    // The classifier reads the tolerance, the dense threshold and the verify flag
    // to plan its own solves.
    pub(super) tol: f64,
    max_basis: Option<usize>,
    max_iter: Option<usize>,
    pub(super) dense_threshold: usize,
    seed: u64,
    pub(super) verify: bool,
}

impl Default for EigenSolver {
    fn default() -> Self {
        Self::new()
    }
}

impl EigenSolver {
    /// Defaults: relative tolerance `1e-10`, basis of 100 vectors (see
    /// [`max_basis`](Self::max_basis)), dense path up to dimension 32, no
    /// multiplicity check (see [`verify`](Self::verify)).
    pub fn new() -> Self {
        EigenSolver {
            tol: 1e-10,
            max_basis: None,
            max_iter: None,
            dense_threshold: 32,
            seed: 0x5eed_1a2c_0b5e_7e11,
            verify: false,
        }
    }

    /// Lanczos stops when every wanted Ritz pair has a residual estimate below
    /// `tol · ‖H‖` (eigenvalue errors are then at most that, and typically its
    /// square over the spectral gap).
    ///
    /// # Panics
    /// If `tol` is not a positive finite number.
    pub fn tol(mut self, tol: f64) -> Self {
        assert!(
            tol > 0.0 && tol.is_finite(),
            "`tol` must be positive and finite, got {tol}"
        );
        self.tol = tol;
        self
    }

    /// Maximal number of Lanczos vectors stored at once (the memory is `n` times
    /// this, and each step's reorthogonalisation costs `O(n)` per stored vector).
    /// When the basis is full before convergence, Lanczos is thick-restarted (Wu and
    /// Simon, 2000): the best Ritz vectors are kept and the iteration goes on from
    /// the residual, converging in about as many steps as with an unbounded basis.
    /// Default: 100 (fewer if `100 · n` numbers exceed 256 MiB), at least `2k + 20`;
    /// clamped to `k..=n`. With `max_basis >= n` there is no restart and Lanczos is
    /// exact after at most `n` steps.
    ///
    /// # Panics
    /// If `max_basis` is 0.
    pub fn max_basis(mut self, max_basis: usize) -> Self {
        assert!(max_basis > 0, "`max_basis` must be at least 1");
        self.max_basis = Some(max_basis);
        self
    }

    /// Maximal number of Lanczos steps (one HVP each) over all restarts, not
    /// counting the one HVP per returned pair that measures its residual. If
    /// Lanczos has not converged by then, the best Ritz pairs are returned and their
    /// [`residual`](Eigenpair::residual) says how good they are. Default: `n` when
    /// the basis holds the whole space, otherwise 50 basis-fulls.
    ///
    /// # Panics
    /// If `max_iter` is 0.
    pub fn max_iter(mut self, max_iter: usize) -> Self {
        assert!(max_iter > 0, "`max_iter` must be at least 1");
        self.max_iter = Some(max_iter);
        self
    }

    /// Problems of dimension up to `n` use the dense path (`n` HVPs, then Jacobi);
    /// `0` forces Lanczos always. The dimension compared is the one left after the
    /// objective's known symmetries ([`Objective::zero_modes`]) are set aside.
    pub fn dense_threshold(mut self, n: usize) -> Self {
        self.dense_threshold = n;
        self
    }

    /// Whether Lanczos double-checks that no eigenvalue at the wanted end was
    /// missed (off by default; on in [`Classifier`](super::Classifier)'s default solver).
    ///
    /// A Krylov space grown from one vector holds one direction per eigenspace, so
    /// plain Lanczos finds the copies of an exactly repeated eigenvalue only through
    /// rounding errors, and may report the next eigenvalue instead. With `verify`,
    /// after convergence Lanczos runs once more from a fresh random vector with the
    /// found pairs shifted out of the way, and swaps in anything it finds beyond
    /// them. This costs a second solve for one pair. The dense path needs no check.
    pub fn verify(mut self, verify: bool) -> Self {
        self.verify = verify;
        self
    }

    /// Seed of the pseudo-random start (and restart) vectors; results are
    /// deterministic for a given seed.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The `k` eigenpairs of `∇²f(x)` at the `which` end of the spectrum.
    ///
    /// # Errors
    /// A [`SaddleError`] for dimension 0, a length mismatch, `k == 0` or `k > n`,
    /// a non-finite point, or a non-finite HVP.
    pub fn try_solve<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
        k: usize,
        which: Which,
    ) -> Result<Vec<Eigenpair>, SaddleError> {
        self.run(obj, x, k, which, None)
    }

    /// Like [`try_solve`](Self::try_solve), starting Lanczos from `start` (need not
    /// be normalised). A good start, such as the eigenvector found at a nearby
    /// point, cuts the number of HVPs; returned vectors point along `start`
    /// (nonnegative inner product), so an eigenvector followed along a path keeps
    /// its orientation. Ignored by the dense path except for that sign choice.
    ///
    /// # Errors
    /// As [`try_solve`](Self::try_solve), plus [`SaddleError::StartLength`] and
    /// [`SaddleError::InvalidStart`] for a bad `start`.
    pub fn try_solve_from<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
        k: usize,
        which: Which,
        start: &[f64],
    ) -> Result<Vec<Eigenpair>, SaddleError> {
        self.run(obj, x, k, which, Some(start))
    }

    pub(super) fn params(&self) -> lanczos::Params {
        lanczos::Params {
            tol: self.tol,
            max_basis: self.max_basis,
            max_iter: self.max_iter,
            seed: self.seed,
            verify: self.verify,
        }
    }

    fn run<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
        k: usize,
        which: Which,
        start: Option<&[f64]>,
    ) -> Result<Vec<Eigenpair>, SaddleError> {
        let n = check_point(obj, x)?;
        if k == 0 || k > n {
            return Err(SaddleError::InvalidCount { k, n });
        }
        if let Some(s) = start {
            if s.len() != n {
                return Err(SaddleError::StartLength {
                    expected: n,
                    found: s.len(),
                });
            }
            if !all_finite(s) || s.iter().all(|&c| c == 0.0) {
                return Err(SaddleError::InvalidStart);
            }
        }
        let modes = zero_modes_of(obj, x);
        let mut pairs = if modes.is_empty() {
            self.unreduced(obj, x, k, which, start)?
        } else {
            // Known symmetries: solve on the Hessian of their orthogonal complement
            // and bring the eigenvectors back.
            let basis = Complement::new(&modes, n);
            let r = basis.dim();
            if k > r {
                return Err(SaddleError::InvalidCount { k, n: r });
            }
            let reduced = Reduced {
                inner: obj,
                x,
                basis: &basis,
            };
            let start_r = start.and_then(|s| {
                let mut y = vec![0.0; r];
                basis.restrict(s, &mut y);
                (norm(&y) > 1e-8 * norm(s)).then_some(y)
            });
            let mut pairs =
                self.unreduced(&reduced, &vec![0.0; r], k, which, start_r.as_deref())?;
            for p in &mut pairs {
                p.vector = basis.embed(&p.vector);
            }
            pairs
        };
        for p in &mut pairs {
            orient(&mut p.vector, start);
        }
        Ok(pairs)
    }
}

impl EigenSolver {
    /// The solve on the Hessian as the objective gives it: dense or Lanczos.
    fn unreduced<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
        k: usize,
        which: Which,
        start: Option<&[f64]>,
    ) -> Result<Vec<Eigenpair>, SaddleError> {
        if obj.dim() <= self.dense_threshold {
            dense_pairs(obj, x, k, which)
        } else {
            lanczos::verified(obj, x, k, which, start, &self.params())
        }
    }
}

/// The dense path: the symmetrised Hessian from `n` HVPs, then Jacobi.
fn dense_pairs<O: Objective + ?Sized>(
    obj: &O,
    x: &[f64],
    k: usize,
    which: Which,
) -> Result<Vec<Eigenpair>, SaddleError> {
    let n = obj.dim();
    let h = dense::hessian_unchecked(obj, x);
    if !all_finite(&h) {
        return Err(SaddleError::NonFiniteDerivative);
    }
    let spec = eigen::jacobi(&h, n);
    let pick = |i: usize| match which {
        Which::Smallest => i,
        Which::Largest => n - 1 - i,
    };
    Ok((0..k)
        .map(|i| {
            let j = pick(i);
            let v = spec.vector(j).to_vec();
            let lambda = spec.values[j];
            let residual = Float::sqrt(
                (0..n)
                    .map(|r| {
                        let hv: f64 = (0..n).map(|c| h[r * n + c] * v[c]).sum();
                        (hv - lambda * v[r]) * (hv - lambda * v[r])
                    })
                    .sum::<f64>(),
            );
            Eigenpair {
                value: lambda,
                vector: v,
                residual,
            }
        })
        .collect())
}

/// Fixes an eigenvector's sign: along `start` when it says something (inner product
/// clearly above rounding level), otherwise largest-magnitude component positive.
fn orient(v: &mut [f64], start: Option<&[f64]>) {
    if let Some(s) = start {
        let d = dot(v, s);
        if Float::abs(d) > 1e-8 * norm(s) {
            if d < 0.0 {
                v.iter_mut().for_each(|c| *c = -*c);
            }
            return;
        }
    }
    let mut big = 0;
    for (i, c) in v.iter().enumerate() {
        if Float::abs(*c) > Float::abs(v[big]) {
            big = i;
        }
    }
    if v[big] < 0.0 {
        v.iter_mut().for_each(|c| *c = -*c);
    }
}

/// The `k` eigenpairs of the Hessian of `obj` at `x` with the smallest (most
/// negative first) or largest (largest first) eigenvalues, with default
/// [`EigenSolver`] settings: exact dense solve up to dimension 32, Lanczos with
/// full reorthogonalisation on HVPs above.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{eigenpairs, FnObjective, Which};
///
/// // f(x, y) = x² + 3xy + y²: Hessian [[2, 3], [3, 2]], eigenvalues −1 and 5.
/// let f = |x: &[f64]| x[0] * x[0] + 3.0 * x[0] * x[1] + x[1] * x[1];
/// let g = |x: &[f64], g: &mut [f64]| { g[0] = 2.0 * x[0] + 3.0 * x[1]; g[1] = 3.0 * x[0] + 2.0 * x[1]; f(x) };
/// let h = |x: &[f64], v: &[f64], hv: &mut [f64]| { hv[0] = 2.0 * v[0] + 3.0 * v[1]; hv[1] = 3.0 * v[0] + 2.0 * v[1]; f(x) };
/// let obj = FnObjective::new(2, f, g, h);
/// let pairs = eigenpairs(&obj, &[0.3, -1.0], 2, Which::Smallest);
/// assert!((pairs[0].value + 1.0).abs() < 1e-12 && (pairs[1].value - 5.0).abs() < 1e-12);
/// // The eigenvector of −1 is ±(1, −1)/√2; its largest component is made positive.
/// assert!((pairs[0].vector[0] - 0.5f64.sqrt()).abs() < 1e-12);
/// assert!(pairs[0].residual < 1e-12);
/// ```
///
/// # Panics
/// If the dimension is 0, `x.len() != obj.dim()`, `k == 0`, `k > obj.dim()`, `x`
/// has a non-finite entry, or an HVP is non-finite. [`EigenSolver::try_solve`]
/// returns these as errors instead.
pub fn eigenpairs<O: Objective + ?Sized>(
    obj: &O,
    x: &[f64],
    k: usize,
    which: Which,
) -> Vec<Eigenpair> {
    unwrap_or_panic(EigenSolver::new().try_solve(obj, x, k, which))
}

/// [`eigenpairs`] warm-started from `start` (for example the eigenvector found at
/// the previous point of a path): fewer HVPs when `start` is close to a wanted
/// eigenvector, and the returned vectors point along `start`.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{eigenpairs, eigenpairs_from, FnObjective, Which};
///
/// // Rotated quadratic: eigenvalues −1 and 5; follow the −1 direction from (1, −1).
/// let f = |x: &[f64]| x[0] * x[0] + 3.0 * x[0] * x[1] + x[1] * x[1];
/// let g = |x: &[f64], g: &mut [f64]| { g[0] = 2.0 * x[0] + 3.0 * x[1]; g[1] = 3.0 * x[0] + 2.0 * x[1]; f(x) };
/// let h = |x: &[f64], v: &[f64], hv: &mut [f64]| { hv[0] = 2.0 * v[0] + 3.0 * v[1]; hv[1] = 3.0 * v[0] + 2.0 * v[1]; f(x) };
/// let obj = FnObjective::new(2, f, g, h);
/// let p = &eigenpairs_from(&obj, &[0.0, 0.0], 1, Which::Smallest, &[-1.0, 1.0])[0];
/// assert!((p.value + 1.0).abs() < 1e-12);
/// assert!(p.vector[0] < 0.0 && p.vector[1] > 0.0); // oriented like the start
/// ```
///
/// # Panics
/// As [`eigenpairs`], and if `start` has the wrong length, is zero, or is not
/// finite.
pub fn eigenpairs_from<O: Objective + ?Sized>(
    obj: &O,
    x: &[f64],
    k: usize,
    which: Which,
    start: &[f64],
) -> Vec<Eigenpair> {
    unwrap_or_panic(EigenSolver::new().try_solve_from(obj, x, k, which, start))
}
