//! Critical-point classification: [`Classifier`] and its default-settings shortcuts
//! [`classify`] and [`escape_direction`].

use alloc::vec;
use alloc::vec::Vec;
use num_traits::Float;

use super::{check_point, unwrap_or_panic, EigenSolver};
use crate::dense;
use crate::eigen;
use crate::eigenpair::{Eigenpair, SaddleError, Which};
use crate::lanczos;
use crate::linalg::{all_finite, dot, norm};
use crate::objective::Objective;
use crate::symmetry::{zero_modes_of, Complement, Reduced};

/// Relative tolerance of the Lanczos solves that count negative eigenvalues.
const COUNTING_TOL: f64 = 1e-6;

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
    /// order cannot tell (the monkey saddle `x³ − 3xy²` at the origin). Directions of
    /// known symmetry ([`Objective::zero_modes`]) are set aside first, and up to
    /// [`Classifier::expected_zero_eigenvalues`] zero eigenvalues are allowed; the
    /// count is in [`CriticalPoint::zero_eigenvalues`].
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
    /// the few at each end of it on the Lanczos path. Without the directions of the
    /// objective's known symmetries ([`Objective::zero_modes`], see
    /// [`Symmetric`](super::Symmetric)): `n − symmetry_modes` on the dense path.
    pub eigenvalues: Vec<f64>,
    /// How many of `eigenvalues` count as zero (`|λ| ≤ eigenvalue_tol · max(1,
    /// |λ|max)`), so treated as neither negative nor positive. A semidefinite
    /// Hessian with more of them than
    /// [`Classifier::expected_zero_eigenvalues`] is
    /// [`Degenerate`](PointKind::Degenerate). On the Lanczos path only the computed
    /// eigenvalues are counted (the smallest ones are computed until a positive
    /// one is reached, at most [`Classifier::index_probe`]'s `max`).
    pub zero_eigenvalues: usize,
    /// Number of directions of known exact symmetry set aside before the
    /// eigen-analysis (the orthonormalised [`Objective::zero_modes`]); they are not
    /// among `eigenvalues`.
    pub symmetry_modes: usize,
}

/// Critical-point classification with settable tolerances; [`classify`] uses the
/// defaults.
///
/// A point is critical when `‖∇f‖ ≤ grad_tol`. An eigenvalue counts as zero when
/// `|λ| ≤ eigenvalue_tol · max(1, |λ|max)` (relative to the spectral radius, so
/// the verdict does not change when `f` is multiplied by a large constant).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{Classifier, FnObjective, PointKind};
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
    expected_zeros: usize,
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
            expected_zeros: 0,
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

    /// Up to `k` eigenvalues that count as zero are taken as exact symmetries of
    /// `f` (default 0): a point whose other eigenvalues are all positive is then a
    /// [`Minimum`](PointKind::Minimum) (all negative: a
    /// [`Maximum`](PointKind::Maximum)) rather than
    /// [`Degenerate`](PointKind::Degenerate). For an energy of `N ≥ 3`
    /// non-collinear atoms in 3-D, `k = 6` (three translations, three rotations).
    /// When the directions are known, [`Symmetric`](super::Symmetric) is the
    /// sharper tool: it removes exactly those directions instead of any `k` small
    /// eigenvalues.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::saddle::{Classifier, FnObjective, PointKind};
    ///
    /// // f(x, y) = x²: every point of the y axis is a minimum, y is a symmetry.
    /// let f = |p: &[f64]| p[0] * p[0];
    /// let g = |p: &[f64], g: &mut [f64]| { g[0] = 2.0 * p[0]; g[1] = 0.0; f(p) };
    /// let h = |_: &[f64], v: &[f64], hv: &mut [f64]| { hv[0] = 2.0 * v[0]; hv[1] = 0.0; 0.0 };
    /// let obj = FnObjective::new(2, f, g, h);
    /// let plain = Classifier::new().classify(&obj, &[0.0, 3.0]);
    /// assert_eq!((plain.kind, plain.zero_eigenvalues), (PointKind::Degenerate, 1));
    /// let c = Classifier::new().expected_zero_eigenvalues(1).classify(&obj, &[0.0, 3.0]);
    /// assert_eq!((c.kind, c.zero_eigenvalues), (PointKind::Minimum, 1));
    /// ```
    pub fn expected_zero_eigenvalues(mut self, k: usize) -> Self {
        self.expected_zeros = k;
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
        let modes = zero_modes_of(obj, x);
        let (eigenvalues, index, index_exact) = if modes.is_empty() {
            self.spectrum(obj, x)?
        } else {
            // Known symmetries: classify on the Hessian of their complement.
            let basis = Complement::new(&modes, n);
            if basis.dim() == 0 {
                (Vec::new(), 0, true)
            } else {
                let reduced = Reduced {
                    inner: obj,
                    x,
                    basis: &basis,
                };
                self.spectrum(&reduced, &vec![0.0; basis.dim()])?
            }
        };
        let min_eigenvalue = eigenvalues.first().copied().unwrap_or(f64::NAN);
        let max_eigenvalue = eigenvalues.last().copied().unwrap_or(f64::NAN);
        let zero = self.zero_tol(min_eigenvalue, max_eigenvalue);
        let zero_eigenvalues = eigenvalues
            .iter()
            .filter(|&&l| Float::abs(l) <= zero)
            .count();
        let (neg, pos) = (min_eigenvalue < -zero, max_eigenvalue > zero);
        // All eigenvalues lie in [min, max], so a (numerically) zero eigenvalue only
        // matters when the Hessian is semidefinite; then up to
        // `expected_zero_eigenvalues` of them are taken as symmetries.
        let kind = if grad_norm > self.grad_tol || grad_norm.is_nan() {
            PointKind::NotCritical
        } else if neg && pos {
            PointKind::Saddle
        } else if zero_eigenvalues > self.expected_zeros || !(neg || pos) {
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
            zero_eigenvalues,
            symmetry_modes: modes.len(),
        })
    }

    /// The eigenvalues of the Hessian of `obj` at `x` the classification needs (all
    /// on the dense path), the number of negative ones and whether it is exact.
    fn spectrum<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
    ) -> Result<(Vec<f64>, usize, bool), SaddleError> {
        let n = obj.dim();
        if n <= self.solver.dense_threshold {
            let h = dense::hessian_unchecked(obj, x);
            if !all_finite(&h) {
                return Err(SaddleError::NonFiniteDerivative);
            }
            let values = eigen::jacobi(&h, n).values;
            let zero = self.zero_tol(values[0], values[n - 1]);
            let index = values.iter().filter(|&&l| l < -zero).count();
            Ok((values, index, true))
        } else {
            self.extreme_eigenvalues(obj, x)
        }
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
                // Past the negative ones and, to count them, the zero ones.
                k == n || k >= self.max_probe || low.iter().any(|p| p.value > zero)
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
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{classify, FnObjective, PointKind};
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
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{escape_direction, FnObjective};
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
