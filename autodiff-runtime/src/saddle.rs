//! Second-order analysis from Hessian-vector products: extreme eigenpairs of the
//! Hessian, critical-point classification, and the escape direction from a saddle.
//!
//! Everything here needs only an [`Objective`]: a value, a gradient and exact
//! Hessian-vector products, which `#[differentiable]` generates for a function of a
//! slice (`f`, `f_grad`, `f_hvp`) and [`FnObjective`] bundles.
//!
//! - [`eigenpairs`] / [`eigenpairs_from`]: the `k` smallest (most negative first) or
//!   largest eigenpairs. Small problems (dimension up to
//!   [`EigenSolver::dense_threshold`], 32 by default) take a dense path, `n` HVPs
//!   and a Jacobi eigen-solver, which is exact and handles repeated eigenvalues.
//!   Larger ones never form the Hessian: Lanczos with full reorthogonalisation on
//!   HVPs, thick-restarted when the basis would exceed its memory budget. Every
//!   pair reports its true residual `‖Hv − λv‖`.
//! - [`classify`]: minimum, maximum, saddle, degenerate or not critical, with the
//!   Morse index, gradient norm and extreme eigenvalues; tolerances via
//!   [`Classifier`].
//! - [`escape_direction`]: the unit direction of most negative curvature, signed to
//!   decrease `f`: the first step off a saddle, and what Ridge Rider rides along.
//!
//! Misuse (dimension 0, a point of the wrong length or with NaN, `k = 0` or
//! `k > n`) is reported by the `try_` methods of [`EigenSolver`] and [`Classifier`]
//! as a [`SaddleError`]; the free functions panic with the same message.
//!
//! ```
//! use autodiff_runtime::saddle::{classify, eigenpairs, FnObjective, PointKind, Which};
//!
//! // f(x, y) = x² − y², with derivatives written out (what `#[differentiable]` generates).
//! fn f(x: &[f64]) -> f64 { x[0] * x[0] - x[1] * x[1] }
//! fn f_grad(x: &[f64], g: &mut [f64]) -> f64 { g[0] = 2.0 * x[0]; g[1] = -2.0 * x[1]; f(x) }
//! fn f_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 { hv[0] = 2.0 * v[0]; hv[1] = -2.0 * v[1]; f(x) }
//!
//! let obj = FnObjective::new(2, f, f_grad, f_hvp);
//! let c = classify(&obj, &[0.0, 0.0]);
//! assert_eq!(c.kind, PointKind::Saddle);
//! assert_eq!(c.index, 1);
//! let lowest = &eigenpairs(&obj, &[0.0, 0.0], 1, Which::Smallest)[0];
//! assert!((lowest.value + 2.0).abs() < 1e-12 && lowest.vector[1].abs() > 0.999);
//! ```

use alloc::vec;
use alloc::vec::Vec;
use core::fmt;
use num_traits::Float;

use crate::dense;
use crate::eigen;
use crate::lanczos::{self, all_finite, dot, norm};

/// A twice-differentiable function of `dim()` variables, seen through its value,
/// gradient and Hessian-vector products.
///
/// Implement it directly, or build one from the functions `#[differentiable]`
/// generates with [`FnObjective::new`]. The tools of this module check the lengths
/// of the slices they pass, so implementations may assume `x.len() == v.len() ==
/// g.len() == hv.len() == self.dim()`.
pub trait Objective {
    /// Number of variables.
    fn dim(&self) -> usize;
    /// The value `f(x)`.
    fn value(&self, x: &[f64]) -> f64;
    /// Overwrites `g` with `∇f(x)` and returns `f(x)`.
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64;
    /// Overwrites `hv` with `∇²f(x) · v`.
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]);
}

impl<O: Objective + ?Sized> Objective for &O {
    fn dim(&self) -> usize {
        (**self).dim()
    }
    fn value(&self, x: &[f64]) -> f64 {
        (**self).value(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        (**self).grad(x, g)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        (**self).hvp(x, v, hv)
    }
}

/// An [`Objective`] made of three functions: the value `f`, `f_grad` (overwrites
/// the gradient, returns the value) and `f_hvp` (overwrites `H·v`, returns the
/// value), exactly the shapes `#[differentiable]` generates for `fn f(x: &[f64]) -> f64`.
/// Plain `fn` items and closures are both accepted.
///
/// ```
/// use autodiff_runtime::saddle::{FnObjective, Objective};
///
/// fn f(x: &[f64]) -> f64 { x[0] * x[0] * x[1] }
/// fn f_grad(x: &[f64], g: &mut [f64]) -> f64 { g[0] = 2.0 * x[0] * x[1]; g[1] = x[0] * x[0]; f(x) }
/// fn f_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
///     hv[0] = 2.0 * x[1] * v[0] + 2.0 * x[0] * v[1];
///     hv[1] = 2.0 * x[0] * v[0];
///     f(x)
/// }
/// let obj = FnObjective::new(2, f, f_grad, f_hvp);
/// let mut hv = [0.0; 2];
/// obj.hvp(&[1.0, 2.0], &[1.0, 0.0], &mut hv);
/// assert_eq!(hv, [4.0, 2.0]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct FnObjective<F, G, H> {
    n: usize,
    f: F,
    f_grad: G,
    f_hvp: H,
}

impl<F, G, H> FnObjective<F, G, H>
where
    F: Fn(&[f64]) -> f64,
    G: Fn(&[f64], &mut [f64]) -> f64,
    H: Fn(&[f64], &[f64], &mut [f64]) -> f64,
{
    /// Bundles the generated functions of a slice function of `n` variables.
    pub fn new(n: usize, f: F, f_grad: G, f_hvp: H) -> Self {
        FnObjective {
            n,
            f,
            f_grad,
            f_hvp,
        }
    }
}

impl<F, G, H> Objective for FnObjective<F, G, H>
where
    F: Fn(&[f64]) -> f64,
    G: Fn(&[f64], &mut [f64]) -> f64,
    H: Fn(&[f64], &[f64], &mut [f64]) -> f64,
{
    fn dim(&self) -> usize {
        self.n
    }
    fn value(&self, x: &[f64]) -> f64 {
        (self.f)(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        (self.f_grad)(x, g)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        // The value the generated HVP returns alongside is not needed here.
        let _ = (self.f_hvp)(x, v, hv);
    }
}

/// Which end of the spectrum [`eigenpairs`] returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Which {
    /// The algebraically smallest eigenvalues (the most negative first), ascending.
    Smallest,
    /// The algebraically largest eigenvalues, descending.
    Largest,
}

/// An approximate eigenpair `H v ≈ λ v` of a Hessian.
#[derive(Debug, Clone, PartialEq)]
pub struct Eigenpair {
    /// The eigenvalue `λ` (a Ritz value when computed by Lanczos).
    pub value: f64,
    /// The eigenvector, of unit Euclidean length. Its sign is deterministic: with a
    /// warm start it points along the start vector (nonnegative inner product),
    /// otherwise its largest-magnitude component is positive.
    pub vector: Vec<f64>,
    /// The residual `‖H v − λ v‖`, recomputed for the returned vector (one more
    /// HVP on the Lanczos path, the assembled Hessian on the dense path) rather
    /// than the Lanczos estimate, so it is an honest error bar: some eigenvalue lies
    /// within `residual` of `value`.
    pub residual: f64,
}

/// Why an eigen-analysis could not run. The panicking entry points
/// ([`eigenpairs`], [`classify`], ...) panic with this error's message; the
/// `try_` methods of [`EigenSolver`] and [`Classifier`] return it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SaddleError {
    /// The objective has dimension 0.
    ZeroDimension,
    /// The point's length differs from the objective's dimension.
    PointLength {
        /// `obj.dim()`.
        expected: usize,
        /// `x.len()`.
        found: usize,
    },
    /// The warm-start vector's length differs from the objective's dimension.
    StartLength {
        /// `obj.dim()`.
        expected: usize,
        /// `start.len()`.
        found: usize,
    },
    /// The warm-start vector is zero or has a non-finite entry.
    InvalidStart,
    /// The number of requested eigenpairs is 0 or exceeds the dimension.
    InvalidCount {
        /// Requested number of eigenpairs.
        k: usize,
        /// The objective's dimension.
        n: usize,
    },
    /// The point has a NaN or infinite coordinate.
    NonFinitePoint,
    /// The gradient or a Hessian-vector product came out NaN or infinite.
    NonFiniteDerivative,
}

impl fmt::Display for SaddleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SaddleError::ZeroDimension => write!(f, "the objective has dimension 0"),
            SaddleError::PointLength { expected, found } => write!(
                f,
                "point has length {found} but the objective has dimension {expected}"
            ),
            SaddleError::StartLength { expected, found } => write!(
                f,
                "start vector has length {found} but the objective has dimension {expected}"
            ),
            SaddleError::InvalidStart => {
                write!(f, "start vector is zero or has a non-finite entry")
            }
            SaddleError::InvalidCount { k, n } => write!(
                f,
                "asked for {k} eigenpairs of a {n}-dimensional Hessian (need 1 <= k <= {n})"
            ),
            SaddleError::NonFinitePoint => write!(f, "point has a NaN or infinite coordinate"),
            SaddleError::NonFiniteDerivative => write!(
                f,
                "the gradient or a Hessian-vector product is NaN or infinite at this point"
            ),
        }
    }
}

impl core::error::Error for SaddleError {}

/// Relative tolerance of the Lanczos solves that count negative eigenvalues.
const COUNTING_TOL: f64 = 1e-6;

/// Unwraps a result of a `try_` method, panicking with the error's message.
fn unwrap_or_panic<T>(r: Result<T, SaddleError>) -> T {
    match r {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    }
}

/// Checks what every entry point needs: nonzero dimension, matching length, finite
/// point.
fn check_point<O: Objective + ?Sized>(obj: &O, x: &[f64]) -> Result<usize, SaddleError> {
    let n = obj.dim();
    if n == 0 {
        return Err(SaddleError::ZeroDimension);
    }
    if x.len() != n {
        return Err(SaddleError::PointLength {
            expected: n,
            found: x.len(),
        });
    }
    if !all_finite(x) {
        return Err(SaddleError::NonFinitePoint);
    }
    Ok(n)
}

/// Settings of the eigen-solver behind [`eigenpairs`]: tolerance, basis size and
/// step budget of Lanczos, the dimension up to which the dense path is used, the
/// multiplicity check, and the seed of the random start vector. Built with chained
/// setters from [`EigenSolver::new`]; [`try_solve`](Self::try_solve) and
/// [`try_solve_from`](Self::try_solve_from) return errors instead of panicking.
///
/// ```
/// use autodiff_runtime::saddle::{EigenSolver, FnObjective, Which};
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
    tol: f64,
    max_basis: Option<usize>,
    max_iter: Option<usize>,
    dense_threshold: usize,
    seed: u64,
    verify: bool,
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
    /// `0` forces Lanczos always.
    pub fn dense_threshold(mut self, n: usize) -> Self {
        self.dense_threshold = n;
        self
    }

    /// Whether Lanczos double-checks that no eigenvalue at the wanted end was
    /// missed (off by default; on in [`Classifier`]'s default solver).
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

    fn params(&self) -> lanczos::Params {
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
        let mut pairs = if n <= self.dense_threshold {
            dense_pairs(obj, x, k, which)?
        } else {
            lanczos::verified(obj, x, k, which, start, &self.params())?
        };
        for p in &mut pairs {
            orient(&mut p.vector, start);
        }
        Ok(pairs)
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
/// use autodiff_runtime::saddle::{eigenpairs, FnObjective, Which};
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
/// use autodiff_runtime::saddle::{eigenpairs, eigenpairs_from, FnObjective, Which};
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

/// What kind of point the classifier found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PointKind {
    /// Critical, Hessian positive definite: a strict local minimum.
    Minimum,
    /// Critical, Hessian negative definite: a strict local maximum.
    Maximum,
    /// Critical, Hessian with both a negative and a positive eigenvalue: neither a
    /// minimum nor a maximum (even if some eigenvalues are also zero).
    Saddle,
    /// Critical, Hessian semidefinite with a (numerically) zero eigenvalue: second
    /// order cannot tell (the monkey saddle `x³ − 3xy²` at the origin).
    Degenerate,
    /// The gradient is not (numerically) zero.
    NotCritical,
}

/// The result of [`classify`].
#[derive(Debug, Clone, PartialEq)]
pub struct CriticalPoint {
    /// Minimum, maximum, saddle, degenerate, or not critical.
    pub kind: PointKind,
    /// Number of negative eigenvalues of the Hessian (below `−tolerance`, see
    /// [`Classifier::eigenvalue_tol`]): the Morse index at a nondegenerate critical
    /// point. Exact on the dense path; on the Lanczos path a lower bound, exact when
    /// [`index_exact`](Self::index_exact) is set.
    pub index: usize,
    /// Whether `index` is known exactly: always on the dense path; on the Lanczos
    /// path when a nonnegative eigenvalue was reached while counting.
    pub index_exact: bool,
    /// `f(x)`.
    pub value: f64,
    /// Euclidean norm of the gradient.
    pub grad_norm: f64,
    /// Smallest Hessian eigenvalue.
    pub min_eigenvalue: f64,
    /// Largest Hessian eigenvalue.
    pub max_eigenvalue: f64,
    /// The eigenvalues computed, ascending: the whole spectrum on the dense path,
    /// the few at each end of it on the Lanczos path.
    pub eigenvalues: Vec<f64>,
}

/// Critical-point classification with settable tolerances; [`classify`] uses the
/// defaults.
///
/// A point is critical when `‖∇f‖ ≤ grad_tol`. An eigenvalue counts as zero when
/// `|λ| ≤ eigenvalue_tol · max(1, |λ|max)` (relative to the spectral radius, so
/// the verdict does not change when `f` is multiplied by a large constant).
///
/// ```
/// use autodiff_runtime::saddle::{Classifier, FnObjective, PointKind};
///
/// // f = x² + 1e-9·y²: a minimum, or degenerate if 1e-9 counts as zero.
/// let f = |x: &[f64]| x[0] * x[0] + 1e-9 * x[1] * x[1];
/// let g = |x: &[f64], g: &mut [f64]| { g[0] = 2.0 * x[0]; g[1] = 2e-9 * x[1]; f(x) };
/// let h = |x: &[f64], v: &[f64], hv: &mut [f64]| { hv[0] = 2.0 * v[0]; hv[1] = 2e-9 * v[1]; f(x) };
/// let obj = FnObjective::new(2, f, g, h);
/// let strict = Classifier::new().eigenvalue_tol(1e-12).classify(&obj, &[0.0, 0.0]);
/// let loose = Classifier::new().eigenvalue_tol(1e-6).classify(&obj, &[0.0, 0.0]);
/// assert_eq!((strict.kind, loose.kind), (PointKind::Minimum, PointKind::Degenerate));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Classifier {
    grad_tol: f64,
    eigenvalue_tol: f64,
    probe: usize,
    max_probe: usize,
    solver: EigenSolver,
}

impl Default for Classifier {
    fn default() -> Self {
        Self::new()
    }
}

impl Classifier {
    /// Defaults: `grad_tol = 1e-6`, `eigenvalue_tol = 1e-8`, Lanczos path probing
    /// 2 eigenvalues at first and at most 64 when counting negative ones, default
    /// [`EigenSolver`] with [`verify`](EigenSolver::verify) on, so that a repeated
    /// negative eigenvalue is counted with its multiplicity.
    pub fn new() -> Self {
        Classifier {
            grad_tol: 1e-6,
            eigenvalue_tol: 1e-8,
            probe: 2,
            max_probe: 64,
            solver: EigenSolver::new().verify(true),
        }
    }

    /// A point is critical when the gradient norm is at most `tol` (absolute).
    ///
    /// # Panics
    /// If `tol` is negative or NaN.
    pub fn grad_tol(mut self, tol: f64) -> Self {
        assert!(tol >= 0.0, "`grad_tol` must be nonnegative, got {tol}");
        self.grad_tol = tol;
        self
    }

    /// An eigenvalue is treated as zero when `|λ| ≤ tol · max(1, |λ|max)`.
    ///
    /// # Panics
    /// If `tol` is negative or NaN.
    pub fn eigenvalue_tol(mut self, tol: f64) -> Self {
        assert!(
            tol >= 0.0,
            "`eigenvalue_tol` must be nonnegative, got {tol}"
        );
        self.eigenvalue_tol = tol;
        self
    }

    /// On the Lanczos path, count negative eigenvalues by asking for `first` of the
    /// smallest ones, doubling while all are negative, up to `max` (the index is a
    /// lower bound beyond that). These counting solves run to a relative tolerance
    /// of `1e-6` (or the solver's, if looser), enough for the signs; the smallest
    /// eigenvalue is then refined to the solver's tolerance.
    ///
    /// # Panics
    /// If `first` is 0 or `max < first`.
    pub fn index_probe(mut self, first: usize, max: usize) -> Self {
        assert!(
            first > 0 && max >= first,
            "`index_probe` needs 1 <= first <= max, got first = {first}, max = {max}"
        );
        self.probe = first;
        self.max_probe = max;
        self
    }

    /// The eigen-solver settings (dense threshold, Lanczos tolerance, ...). The
    /// given solver is used as is: turn its [`verify`](EigenSolver::verify) on to
    /// keep the multiplicity check of the default.
    pub fn solver(mut self, solver: EigenSolver) -> Self {
        self.solver = solver;
        self
    }

    /// Classifies `x` as a critical point of `obj`.
    ///
    /// # Panics
    /// As [`try_classify`](Self::try_classify) errors.
    pub fn classify<O: Objective + ?Sized>(&self, obj: &O, x: &[f64]) -> CriticalPoint {
        unwrap_or_panic(self.try_classify(obj, x))
    }

    /// Classifies `x` as a critical point of `obj`: gradient norm, extreme
    /// eigenvalues and the number of negative ones, and the verdict. The spectrum is
    /// computed whether or not the point is critical.
    ///
    /// # Errors
    /// Dimension 0, `x.len() != obj.dim()`, non-finite `x`, or a non-finite gradient
    /// or HVP.
    pub fn try_classify<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
    ) -> Result<CriticalPoint, SaddleError> {
        let n = check_point(obj, x)?;
        let mut g = vec![0.0; n];
        let value = obj.grad(x, &mut g);
        if !all_finite(&g) {
            return Err(SaddleError::NonFiniteDerivative);
        }
        let grad_norm = norm(&g);
        let (eigenvalues, index, index_exact) = if n <= self.solver.dense_threshold {
            let h = dense::hessian_unchecked(obj, x);
            if !all_finite(&h) {
                return Err(SaddleError::NonFiniteDerivative);
            }
            let values = eigen::jacobi(&h, n).values;
            let zero = self.zero_tol(values[0], values[n - 1]);
            let index = values.iter().filter(|&&l| l < -zero).count();
            (values, index, true)
        } else {
            self.extreme_eigenvalues(obj, x)?
        };
        let min_eigenvalue = eigenvalues[0];
        let max_eigenvalue = eigenvalues[eigenvalues.len() - 1];
        let zero = self.zero_tol(min_eigenvalue, max_eigenvalue);
        let (neg, pos) = (min_eigenvalue < -zero, max_eigenvalue > zero);
        // All eigenvalues lie in [min, max], so whether one is (numerically) zero
        // only matters, and is only decidable from the extremes, when the Hessian
        // is semidefinite.
        let kind = if grad_norm > self.grad_tol || grad_norm.is_nan() {
            PointKind::NotCritical
        } else if neg && pos {
            PointKind::Saddle
        } else if (!neg && min_eigenvalue <= zero) || (!pos && max_eigenvalue >= -zero) {
            PointKind::Degenerate
        } else if pos {
            PointKind::Minimum
        } else {
            PointKind::Maximum
        };
        Ok(CriticalPoint {
            kind,
            index,
            index_exact,
            value,
            grad_norm,
            min_eigenvalue,
            max_eigenvalue,
            eigenvalues,
        })
    }

    fn zero_tol(&self, min: f64, max: f64) -> f64 {
        self.eigenvalue_tol * Float::abs(min).max(Float::abs(max)).max(1.0)
    }

    /// The Lanczos path: the largest eigenvalue and enough of the smallest to count
    /// the negative ones (doubling the request while all are negative). Returns the
    /// eigenvalues (smallest ones, then the largest), the count of negative ones
    /// among the smallest, and whether that count is the full index.
    fn extreme_eigenvalues<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
    ) -> Result<(Vec<f64>, usize, bool), SaddleError> {
        let n = obj.dim();
        // The multiplicity of the largest eigenvalue does not matter here.
        let top = self
            .solver
            .verify(false)
            .try_solve(obj, x, 1, Which::Largest)?[0]
            .value;
        // Counting needs signs, not digits: converging eigenvalues inside a dense
        // part of the spectrum to full accuracy would dominate the cost, so the
        // counting solves use a loose tolerance and only the smallest eigenvalue is
        // then refined (warm-started, so cheaply) to the solver's tolerance. The
        // multiplicity check, if on, runs once on the final count, not per round.
        let counting = self
            .solver
            .tol(self.solver.tol.max(COUNTING_TOL))
            .verify(false);
        let mut k = self.probe.min(n);
        let mut checked = false;
        loop {
            let mut low = counting.try_solve(obj, x, k, Which::Smallest)?;
            let stop = |low: &[Eigenpair]| {
                let zero = self.zero_tol(low[0].value, top);
                k == n || k >= self.max_probe || low.iter().any(|p| p.value >= -zero)
            };
            if stop(&low) && self.solver.verify && !checked {
                lanczos::check_missed(obj, x, &mut low, Which::Smallest, &counting.params())?;
                checked = true;
            }
            if stop(&low) {
                let sharp = self.solver.verify(false).try_solve_from(
                    obj,
                    x,
                    1,
                    Which::Smallest,
                    &low[0].vector,
                )?;
                let mut values: Vec<f64> = low.iter().map(|p| p.value).collect();
                values[0] = values[0].min(sharp[0].value);
                let zero = self.zero_tol(values[0], top);
                let negative = values.iter().filter(|&&l| l < -zero).count();
                let exact = negative < k || k == n;
                if k < n {
                    values.push(top);
                }
                return Ok((values, negative, exact));
            }
            k = (2 * k).min(n).min(self.max_probe);
        }
    }

    /// The unit direction of most negative curvature at `x`, signed so that moving
    /// along it decreases `f` (nonpositive inner product with the gradient), with
    /// its eigenvalue as `value`; `None` when the smallest eigenvalue `λ` is not
    /// below `−eigenvalue_tol · max(1, |λ|)` (no negative curvature to escape along).
    ///
    /// Along `d`, `f(x + t d) ≈ f(x) + t ∇f·d + ½ λ t²` with `λ < 0`, so with the
    /// sign chosen both terms decrease `f` for every `t > 0`. At an exact critical
    /// point (`∇f·d = 0` exactly) both signs decrease `f` equally to second order
    /// and the deterministic orientation of [`Eigenpair::vector`] is kept.
    ///
    /// # Errors
    /// As [`try_classify`](Self::try_classify).
    pub fn try_escape_direction<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
    ) -> Result<Option<Eigenpair>, SaddleError> {
        let n = check_point(obj, x)?;
        let mut g = vec![0.0; n];
        obj.grad(x, &mut g);
        if !all_finite(&g) {
            return Err(SaddleError::NonFiniteDerivative);
        }
        let mut pair = self
            .solver
            .try_solve(obj, x, 1, Which::Smallest)?
            .swap_remove(0);
        // Only the smallest eigenvalue is computed (the largest would double the
        // cost of a step of Ridge Rider), so the zero tolerance is relative to it.
        if pair.value >= -self.zero_tol(pair.value, pair.value) {
            return Ok(None);
        }
        if dot(&g, &pair.vector) > 0.0 {
            pair.vector.iter_mut().for_each(|c| *c = -*c);
        }
        Ok(Some(pair))
    }

    /// [`try_escape_direction`](Self::try_escape_direction), panicking on misuse.
    ///
    /// # Panics
    /// As [`try_classify`](Self::try_classify) errors.
    pub fn escape_direction<O: Objective + ?Sized>(&self, obj: &O, x: &[f64]) -> Option<Eigenpair> {
        unwrap_or_panic(self.try_escape_direction(obj, x))
    }
}

/// Classifies `x` as a critical point of `obj` with default [`Classifier`]
/// tolerances (`‖∇f‖ ≤ 1e-6`, eigenvalues within `1e-8 · max(1, |λ|max)` of zero
/// count as zero).
///
/// ```
/// use autodiff_runtime::saddle::{classify, FnObjective, PointKind};
///
/// // The monkey saddle x³ − 3xy²: the Hessian vanishes at the origin.
/// let f = |x: &[f64]| x[0].powi(3) - 3.0 * x[0] * x[1] * x[1];
/// let g = |x: &[f64], g: &mut [f64]| {
///     g[0] = 3.0 * x[0] * x[0] - 3.0 * x[1] * x[1];
///     g[1] = -6.0 * x[0] * x[1];
///     f(x)
/// };
/// let h = |x: &[f64], v: &[f64], hv: &mut [f64]| {
///     hv[0] = 6.0 * x[0] * v[0] - 6.0 * x[1] * v[1];
///     hv[1] = -6.0 * x[1] * v[0] - 6.0 * x[0] * v[1];
///     f(x)
/// };
/// let obj = FnObjective::new(2, f, g, h);
/// assert_eq!(classify(&obj, &[0.0, 0.0]).kind, PointKind::Degenerate);
/// assert_eq!(classify(&obj, &[1.0, 0.0]).kind, PointKind::NotCritical);
/// ```
///
/// # Panics
/// If the dimension is 0, `x.len() != obj.dim()`, `x` has a non-finite entry, or
/// the gradient or an HVP is non-finite ([`Classifier::try_classify`] returns these
/// as errors).
pub fn classify<O: Objective + ?Sized>(obj: &O, x: &[f64]) -> CriticalPoint {
    Classifier::new().classify(obj, x)
}

/// The escape direction from a saddle with default [`Classifier`] tolerances: the
/// unit eigenvector of the most negative Hessian eigenvalue, signed so that it
/// decreases `f`; `None` without negative curvature. See
/// [`Classifier::try_escape_direction`].
///
/// ```
/// use autodiff_runtime::saddle::{escape_direction, FnObjective};
///
/// // x² − y² near its saddle, slightly off it at y = 0.01: go further in +y.
/// let f = |x: &[f64]| x[0] * x[0] - x[1] * x[1];
/// let g = |x: &[f64], g: &mut [f64]| { g[0] = 2.0 * x[0]; g[1] = -2.0 * x[1]; f(x) };
/// let h = |_: &[f64], v: &[f64], hv: &mut [f64]| { hv[0] = 2.0 * v[0]; hv[1] = -2.0 * v[1]; 0.0 };
/// let obj = FnObjective::new(2, f, g, h);
/// let d = escape_direction(&obj, &[0.0, 0.01]).unwrap();
/// assert!((d.value + 2.0).abs() < 1e-12);
/// assert!((d.vector[1] - 1.0).abs() < 1e-12);
/// // A minimum has nothing to escape along.
/// let bowl = FnObjective::new(1, |x: &[f64]| x[0] * x[0], |x: &[f64], g: &mut [f64]| { g[0] = 2.0 * x[0]; x[0] * x[0] },
///     |_: &[f64], v: &[f64], hv: &mut [f64]| { hv[0] = 2.0 * v[0]; 0.0 });
/// assert!(escape_direction(&bowl, &[0.0]).is_none());
/// ```
///
/// # Panics
/// As [`classify`].
pub fn escape_direction<O: Objective + ?Sized>(obj: &O, x: &[f64]) -> Option<Eigenpair> {
    Classifier::new().escape_direction(obj, x)
}
