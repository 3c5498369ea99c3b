//! The saddle search: eigenvector-following to a critical point of a given index
//! ([`SaddleSearch::find`], [`SaddleSearch::find_along`]), and the descent from an
//! index-1 saddle to the two minima it joins ([`SaddleSearch::connect`]).

use alloc::vec;
use alloc::vec::Vec;

use super::steps::{project, steihaug, uphill_modes, Mode};
use super::{check_point, unwrap_or_panic, Classifier, EigenSolver, PointKind};
use crate::descent::{descend, DescentEnd, Limits};
use crate::eigenpair::{Eigenpair, SaddleError, Which};
use crate::linalg::{abs, all_finite, axpy, dist, dot, norm, scale, sqrt};
use crate::objective::Objective;
use crate::symmetry::zero_modes_of;

/// How a saddle search ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SaddleEnd {
    /// A critical point (`‖∇f‖ ≤ grad_tol`) with the requested number of negative
    /// eigenvalues.
    Converged,
    /// A critical point, but with another number of negative eigenvalues.
    WrongIndex,
    /// The iteration budget was used up.
    IterationLimit,
    /// The search moved further than `max_distance` from its start.
    DistanceLimit,
    /// The trust radius shrank below `1e-12` without an acceptable step (for
    /// example, every step leaves the domain where the function is finite: a
    /// non-finite value at a trial point rejects the step).
    Stalled,
    /// The value or the gradient at the current point (the start) is non-finite.
    NonFinite,
}

/// Where a saddle search ended.
#[derive(Debug, Clone, PartialEq)]
pub struct SaddlePoint {
    /// The last point.
    pub x: Vec<f64>,
    /// `f(x)`.
    pub value: f64,
    /// `‖∇f(x)‖`.
    pub grad_norm: f64,
    /// Number of negative Hessian eigenvalues at `x` among the ones computed (the
    /// requested index plus a few; exact whenever it is below that count). Known
    /// symmetries ([`Objective::zero_modes`]) are set aside, as everywhere.
    pub index: usize,
    /// The lowest eigenpair at `x`: at an index-1 saddle, the direction that leads
    /// down to the two minima it joins.
    pub lowest: Eigenpair,
    /// Why the search stopped.
    pub end: SaddleEnd,
    /// Number of steps taken (accepted or not).
    pub iterations: usize,
}

impl SaddlePoint {
    /// Whether the search reached a critical point of the requested index.
    pub fn converged(&self) -> bool {
        self.end == SaddleEnd::Converged
    }
}

/// One side of a [`Connection`]: where the descent from the saddle ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    /// The end point.
    pub x: Vec<f64>,
    /// `f(x)`.
    pub value: f64,
    /// `‖∇f(x)‖`.
    pub grad_norm: f64,
    /// The classification of `x` ([`PointKind::Minimum`] when the descent found a
    /// minimum; [`PointKind::NotCritical`] when it stopped at a limit).
    pub kind: PointKind,
}

/// The two minima an index-1 saddle joins, from [`SaddleSearch::connect`].
#[derive(Debug, Clone, PartialEq)]
pub struct Connection {
    /// The descent from `saddle − δ·e` (`e` the negative-curvature eigenvector).
    pub minus: Endpoint,
    /// The descent from `saddle + δ·e`.
    pub plus: Endpoint,
}

/// Eigenvector-following (min-mode following) to a critical point of a given Morse
/// index, with trust-region steps built from Hessian-vector products only.
///
/// At each step the `index` uphill directions (the lowest eigenvectors, or the one
/// followed from a given direction) get a rational-function step that climbs along
/// them (Baker's partitioned RFO, per mode), and the rest of the space a truncated
/// conjugate-gradient step that descends within the trust radius (Steihaug). The
/// radius grows while the local quadratic model predicts the new gradient well and
/// shrinks, rejecting the step, when it does not. Near a nondegenerate saddle of the
/// requested index the step is Newton's and converges quadratically. The search
/// never goes further than [`max_distance`](Self::max_distance) from its start and
/// reports how it ended ([`SaddleEnd`]) instead of drifting.
///
/// Known symmetries of the objective ([`Symmetric`](super::Symmetric)) are never
/// followed: for a cluster of atoms, wrap the energy with
/// [`RigidBody`](super::RigidBody).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{FnObjective, PointKind, SaddleSearch};
///
/// // Himmelblau's function: saddles between its four minima.
/// let f = |p: &[f64]| { let (a, b) = (p[0] * p[0] + p[1] - 11.0, p[0] + p[1] * p[1] - 7.0); a * a + b * b };
/// let g = |p: &[f64], g: &mut [f64]| {
///     let (a, b) = (p[0] * p[0] + p[1] - 11.0, p[0] + p[1] * p[1] - 7.0);
///     g[0] = 4.0 * a * p[0] + 2.0 * b;
///     g[1] = 2.0 * a + 4.0 * b * p[1];
///     a * a + b * b
/// };
/// let h = |p: &[f64], v: &[f64], hv: &mut [f64]| {
///     let (a, b) = (p[0] * p[0] + p[1] - 11.0, p[0] + p[1] * p[1] - 7.0);
///     let (hxx, hxy, hyy) = (4.0 * a + 8.0 * p[0] * p[0] + 2.0, 4.0 * (p[0] + p[1]), 2.0 + 4.0 * b + 8.0 * p[1] * p[1]);
///     hv[0] = hxx * v[0] + hxy * v[1];
///     hv[1] = hxy * v[0] + hyy * v[1];
///     0.0
/// };
/// let obj = FnObjective::new(2, f, g, h);
/// // From near the saddle at (0.087, 2.884) ...
/// let s = SaddleSearch::new(1).find(&obj, &[0.3, 2.6]);
/// assert!(s.converged() && (s.x[0] - 0.08668).abs() < 1e-4 && (s.x[1] - 2.88430).abs() < 1e-4);
/// // ... down both sides to the minima (3, 2) and (−2.805, 3.131).
/// let c = SaddleSearch::new(1).connect(&obj, &s.x);
/// assert_eq!((c.minus.kind, c.plus.kind), (PointKind::Minimum, PointKind::Minimum));
/// let mut ends = [c.minus.x[0], c.plus.x[0]];
/// ends.sort_by(f64::total_cmp);
/// assert!((ends[0] + 2.805118).abs() < 1e-5 && (ends[1] - 3.0).abs() < 1e-6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SaddleSearch {
    index: usize,
    trust_radius: f64,
    max_trust_radius: f64,
    grad_tol: f64,
    max_iter: usize,
    max_distance: f64,
    eigenvalue_tol: f64,
    connect_step: f64,
    solver: EigenSolver,
}

impl SaddleSearch {
    /// A search for a critical point with `index` negative Hessian eigenvalues
    /// (1 for a transition state, 0 for a minimum). Defaults: initial trust radius
    /// `0.1`, at most `0.5`, `grad_tol = 1e-8`, 500 iterations, `max_distance = 10`,
    /// eigenvalues below `−1e-8 · max(1, |λ|max)` count as negative, connect step
    /// `0.05`, default [`EigenSolver`].
    pub fn new(index: usize) -> Self {
        SaddleSearch {
            index,
            trust_radius: 0.1,
            max_trust_radius: 0.5,
            grad_tol: 1e-8,
            max_iter: 500,
            max_distance: 10.0,
            eigenvalue_tol: 1e-8,
            connect_step: 0.05,
            solver: EigenSolver::new(),
        }
    }

    /// The initial trust radius `initial` and its upper bound `max` (Euclidean
    /// length of one step). Set them to a fraction of the distance between the
    /// critical points you expect.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::saddle::{FnObjective, SaddleEnd, SaddleSearch};
    ///
    /// // x² − y²: the saddle at the origin, approached from (3, 1) by steps of at most 0.2.
    /// let f = |p: &[f64]| p[0] * p[0] - p[1] * p[1];
    /// let g = |p: &[f64], g: &mut [f64]| { g[0] = 2.0 * p[0]; g[1] = -2.0 * p[1]; f(p) };
    /// let h = |_: &[f64], v: &[f64], hv: &mut [f64]| { hv[0] = 2.0 * v[0]; hv[1] = -2.0 * v[1]; 0.0 };
    /// let obj = FnObjective::new(2, f, g, h);
    /// let short = SaddleSearch::new(1).trust_radius(0.2, 0.2).max_iter(3).find(&obj, &[3.0, 1.0]);
    /// assert_eq!((short.end, short.iterations), (SaddleEnd::IterationLimit, 3));
    /// let moved = (short.x[0] - 3.0).hypot(short.x[1] - 1.0);
    /// assert!(moved <= 0.6 + 1e-12);
    /// // With the default radii it gets there.
    /// assert!(SaddleSearch::new(1).find(&obj, &[3.0, 1.0]).converged());
    /// ```
    ///
    /// # Panics
    /// If `initial` is not positive or `max < initial`.
    pub fn trust_radius(mut self, initial: f64, max: f64) -> Self {
        assert!(
            initial > 0.0 && max >= initial,
            "SaddleSearch: `trust_radius` needs 0 < initial <= max, got {initial}, {max}"
        );
        self.trust_radius = initial;
        self.max_trust_radius = max;
        self
    }

    /// Converged when `‖∇f‖ ≤ tol`.
    ///
    /// # Panics
    /// If `tol` is not positive.
    pub fn grad_tol(mut self, tol: f64) -> Self {
        assert!(
            tol > 0.0,
            "SaddleSearch: `grad_tol` must be positive, got {tol}"
        );
        self.grad_tol = tol;
        self
    }

    /// Maximum number of steps.
    ///
    /// # Panics
    /// If `n` is 0.
    pub fn max_iter(mut self, n: usize) -> Self {
        assert!(n > 0, "SaddleSearch: `max_iter` must be at least 1");
        self.max_iter = n;
        self
    }

    /// The search fails with [`SaddleEnd::DistanceLimit`] when it gets further than
    /// `d` from its start.
    ///
    /// # Panics
    /// If `d` is not positive.
    pub fn max_distance(mut self, d: f64) -> Self {
        assert!(
            d > 0.0,
            "SaddleSearch: `max_distance` must be positive, got {d}"
        );
        self.max_distance = d;
        self
    }

    /// Length of the first step off the saddle in [`connect`](Self::connect)
    /// (default `0.05`): long enough for the descent to leave the saddle's
    /// neighbourhood, short enough not to jump over a neighbouring basin.
    ///
    /// # Panics
    /// If `d` is not positive.
    pub fn connect_step(mut self, d: f64) -> Self {
        assert!(
            d > 0.0,
            "SaddleSearch: `connect_step` must be positive, got {d}"
        );
        self.connect_step = d;
        self
    }

    /// The eigen-solver settings.
    pub fn solver(mut self, solver: EigenSolver) -> Self {
        self.solver = solver;
        self
    }

    /// The critical point of the requested index near `x0`, following the lowest
    /// eigenvectors uphill.
    ///
    /// # Panics
    /// As [`try_find`](Self::try_find) errors.
    pub fn find<O: Objective + ?Sized>(&self, obj: &O, x0: &[f64]) -> SaddlePoint {
        unwrap_or_panic(self.try_find(obj, x0))
    }

    /// [`find`](Self::find), returning misuse as an error.
    ///
    /// # Errors
    /// Dimension 0, `x0.len() != obj.dim()`, non-finite `x0`, or a requested index
    /// larger than the dimension left after the known symmetries.
    pub fn try_find<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x0: &[f64],
    ) -> Result<SaddlePoint, SaddleError> {
        self.run(obj, x0, None)
    }

    /// The critical point of the requested index reached by climbing along the
    /// eigenvector closest to `direction` (tracked by overlap from step to step; the
    /// other uphill directions, for an index above 1, are the lowest remaining
    /// ones). From a minimum, each of its low eigenvectors, with either sign, leads
    /// to a transition state out of its basin: this is how the index-1 saddles
    /// around a minimum are found. When the curvature along `direction` is positive
    /// and the gradient along it small, the first step is a full trust radius along
    /// `direction`.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::saddle::{FnObjective, SaddleSearch};
    ///
    /// // f(x, y) = (x² − 1)² + 2y²: minima (±1, 0), the saddle (0, 0) between them.
    /// let f = |p: &[f64]| (p[0] * p[0] - 1.0).powi(2) + 2.0 * p[1] * p[1];
    /// let g = |p: &[f64], g: &mut [f64]| { g[0] = 4.0 * p[0] * (p[0] * p[0] - 1.0); g[1] = 4.0 * p[1]; f(p) };
    /// let h = |p: &[f64], v: &[f64], hv: &mut [f64]| {
    ///     hv[0] = (12.0 * p[0] * p[0] - 4.0) * v[0];
    ///     hv[1] = 4.0 * v[1];
    ///     0.0
    /// };
    /// let obj = FnObjective::new(2, f, g, h);
    /// // Out of the minimum (1, 0) towards −x: over the saddle at the origin.
    /// let s = SaddleSearch::new(1).find_along(&obj, &[1.0, 0.0], &[-1.0, 0.0]);
    /// assert!(s.converged() && s.x[0].abs() < 1e-8 && s.x[1].abs() < 1e-8);
    /// assert!((s.lowest.value + 4.0).abs() < 1e-9);
    /// // Towards +x the energy rises forever: the climb stops at its distance limit.
    /// let away = SaddleSearch::new(1).max_distance(3.0).find_along(&obj, &[1.0, 0.0], &[1.0, 0.0]);
    /// assert!(!away.converged());
    /// ```
    ///
    /// # Panics
    /// As [`try_find_along`](Self::try_find_along) errors.
    pub fn find_along<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x0: &[f64],
        direction: &[f64],
    ) -> SaddlePoint {
        unwrap_or_panic(self.try_find_along(obj, x0, direction))
    }

    /// [`find_along`](Self::find_along), returning misuse as an error.
    ///
    /// # Errors
    /// As [`try_find`](Self::try_find), plus [`SaddleError::StartLength`] and
    /// [`SaddleError::InvalidStart`] for a `direction` of the wrong length, zero
    /// (after the known symmetries are projected out) or not finite.
    pub fn try_find_along<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x0: &[f64],
        direction: &[f64],
    ) -> Result<SaddlePoint, SaddleError> {
        let n = check_point(obj, x0)?;
        if direction.len() != n {
            return Err(SaddleError::StartLength {
                expected: n,
                found: direction.len(),
            });
        }
        let mut d = direction.to_vec();
        let modes = zero_modes_of(obj, x0);
        crate::linalg::orthogonalize(&mut d, modes.iter().map(Vec::as_slice));
        let len = norm(&d);
        if !all_finite(&d) || len <= 1e-12 * norm(direction) || len == 0.0 {
            return Err(SaddleError::InvalidStart);
        }
        scale(&mut d, 1.0 / len);
        self.run(obj, x0, Some(d))
    }

    /// The two minima the index-1 saddle `saddle` joins: steps `connect_step` along
    /// each sign of the lowest eigenvector, then descends (line-search Newton-CG on
    /// HVPs, which moves away from the saddle since the loss only decreases) until
    /// `‖∇f‖ ≤ grad_tol`, within `max_distance` and `10 · max_iter` iterations per
    /// side. Each end is classified. The lowest eigenvector is used whatever the
    /// index of `saddle`: pass a converged index-1 point.
    ///
    /// # Panics
    /// As [`try_connect`](Self::try_connect) errors.
    pub fn connect<O: Objective + ?Sized>(&self, obj: &O, saddle: &[f64]) -> Connection {
        unwrap_or_panic(self.try_connect(obj, saddle))
    }

    /// [`connect`](Self::connect), returning misuse as an error.
    ///
    /// # Errors
    /// Dimension 0, a length mismatch, a non-finite point or derivative.
    pub fn try_connect<O: Objective + ?Sized>(
        &self,
        obj: &O,
        saddle: &[f64],
    ) -> Result<Connection, SaddleError> {
        check_point(obj, saddle)?;
        let e = self
            .solver
            .try_solve(obj, saddle, 1, Which::Smallest)?
            .swap_remove(0)
            .vector;
        let limits = Limits {
            gradient_tolerance: self.grad_tol,
            max_iterations: 10 * self.max_iter,
            max_distance: self.max_distance,
            loss_floor: f64::NEG_INFINITY,
        };
        let classifier = Classifier::new()
            .grad_tol(self.grad_tol.max(1e-6))
            .eigenvalue_tol(self.eigenvalue_tol)
            .solver(self.solver.verify(true));
        let side = |sign: f64| -> Result<Endpoint, SaddleError> {
            let mut x = saddle.to_vec();
            axpy(sign * self.connect_step, &e, &mut x);
            let d = descend(obj, &x, &limits);
            let grad_norm = norm(&d.grad);
            let kind = if d.end == DescentEnd::Converged {
                classifier.try_classify(obj, &d.x)?.kind
            } else {
                PointKind::NotCritical
            };
            Ok(Endpoint {
                x: d.x,
                value: d.value,
                grad_norm,
                kind,
            })
        };
        Ok(Connection {
            minus: side(-1.0)?,
            plus: side(1.0)?,
        })
    }

    fn zero(&self, pairs: &[Eigenpair]) -> f64 {
        let big = pairs.iter().fold(1.0, |m: f64, p| m.max(abs(p.value)));
        self.eigenvalue_tol * big
    }

    fn run<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x0: &[f64],
        mut follow: Option<Vec<f64>>,
    ) -> Result<SaddlePoint, SaddleError> {
        let n = check_point(obj, x0)?;
        let r = n - zero_modes_of(obj, x0).len();
        if self.index > r {
            return Err(SaddleError::InvalidCount {
                k: self.index,
                n: r,
            });
        }
        // The window of eigenpairs looked at: the uphill ones plus a few, to track
        // the followed one and to tell the index at the end.
        let window = (self.index + 3).min(r).max(1);
        let mut x = x0.to_vec();
        let mut g = vec![0.0; n];
        let mut f = obj.grad(&x, &mut g);
        let mut radius = self.trust_radius;
        let mut hs = vec![0.0; n];
        let mut gn = vec![0.0; n];
        let mut iterations = 0;
        let mut first = true;
        loop {
            if !f.is_finite() || !all_finite(&g) {
                return Ok(self.report(obj, x, f, &g, SaddleEnd::NonFinite, iterations));
            }
            let pairs = self.solver.try_solve(obj, &x, window, Which::Smallest)?;
            let zero = self.zero(&pairs);
            let negative = pairs.iter().filter(|p| p.value < -zero).count();
            let gnorm = norm(&g);
            if gnorm <= self.grad_tol && !(first && follow.is_some()) {
                let end = if negative == self.index {
                    SaddleEnd::Converged
                } else {
                    SaddleEnd::WrongIndex
                };
                return Ok(self.finish(x, f, gnorm, pairs, negative, end, iterations));
            }
            if iterations >= self.max_iter {
                let end = SaddleEnd::IterationLimit;
                return Ok(self.finish(x, f, gnorm, pairs, negative, end, iterations));
            }
            let uphill = uphill_modes(&pairs, self.index, follow.as_deref());
            if let (Some(prev), Some(u)) = (follow.as_mut(), uphill.first()) {
                *prev = u.1.clone();
            }
            // Negative curvature beyond the requested index is descended along
            // explicitly: a symmetric point has no gradient along it to go by.
            let extra: Vec<Mode> = pairs
                .iter()
                .filter(|p| {
                    p.value < -zero && uphill.iter().all(|u| abs(dot(&u.1, &p.vector)) < 0.5)
                })
                .map(|p| (p.value, p.vector.clone()))
                .collect();
            let step = self.step(obj, &x, &g, (&uphill, &extra), radius, follow.is_some());
            first = false;
            iterations += 1;
            let mut xn = x.clone();
            axpy(1.0, &step, &mut xn);
            let fnew = obj.grad(&xn, &mut gn);
            obj.hvp(&x, &step, &mut hs);
            // How well the quadratic model predicted the change of the value,
            // relative to the size of its terms. The value is the right judge: the
            // step lies off the known symmetries, along which the model is exact
            // to second order, while a projected gradient turns with the point.
            let (lin, quad) = (dot(&g, &step), 0.5 * dot(&step, &hs));
            let terms = abs(lin) + abs(quad);
            let noise = 1e-13 * abs(f).max(1.0);
            let err = if terms <= 100.0 * noise {
                // Below what rounding of the value can check: Newton's step stands.
                0.0
            } else {
                abs(fnew - f - lin - quad) / terms
            };
            let slen = norm(&step);
            if !fnew.is_finite() || !all_finite(&gn) || !err.is_finite() || err > 1.0 {
                radius = 0.25 * slen.min(radius);
                if radius < 1e-12 {
                    let end = SaddleEnd::Stalled;
                    return Ok(self.finish(x, f, gnorm, pairs, negative, end, iterations));
                }
                continue;
            }
            if err < 0.1 && slen > 0.9 * radius {
                radius = (2.0 * radius).min(self.max_trust_radius);
            } else if err > 0.5 {
                radius *= 0.5;
            }
            x = xn;
            f = fnew;
            core::mem::swap(&mut g, &mut gn);
            if dist(&x, x0) > self.max_distance {
                return Ok(self.report(obj, x, f, &g, SaddleEnd::DistanceLimit, iterations));
            }
        }
    }

    /// One step: up along the `uphill` modes, down along the `downhill` ones (modes
    /// of negative curvature beyond the index) and by truncated CG in the rest, at
    /// most `radius` long. With `followed`, the first uphill mode is the followed
    /// one, oriented the way the climb goes: where its curvature is positive it is
    /// climbed by a full radius.
    fn step<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: &[f64],
        g: &[f64],
        (uphill, downhill): (&[Mode], &[Mode]),
        radius: f64,
        followed: bool,
    ) -> Vec<f64> {
        let n = x.len();
        let mut up = vec![0.0; n];
        for (i, (lambda, u)) in uphill.iter().enumerate() {
            let gi = dot(g, u);
            let s = if *lambda >= 0.0 && followed && i == 0 {
                // Climbing out of a basin along the followed mode: keep going the
                // way it points (the gradient along it may vanish or change sign
                // on a valley floor, which would turn the climb back and forth).
                radius
            } else if *lambda >= 0.0 && (abs(gi) < 0.5 * lambda * radius || gi == 0.0) {
                // No gradient to go by along this mode.
                if gi >= 0.0 {
                    radius
                } else {
                    -radius
                }
            } else {
                // Partitioned RFO for one mode: the root μ above λ of
                // μ² − λμ − g² = 0, and s = g / (μ − λ), climbs for any λ.
                let mu = 0.5 * (lambda + sqrt(lambda * lambda + 4.0 * gi * gi));
                gi / (mu - lambda)
            };
            axpy(s, u, &mut up);
        }
        for (lambda, u) in downhill {
            let gi = dot(g, u);
            let s = if abs(gi) < 0.5 * abs(*lambda) * radius {
                // Off a symmetric point: no gradient says which way.
                if gi > 0.0 {
                    -radius
                } else {
                    radius
                }
            } else {
                // RFO for one mode, the root μ below λ: s = −g / (λ − μ).
                let mu = 0.5 * (lambda - sqrt(lambda * lambda + 4.0 * gi * gi));
                -gi / (lambda - mu)
            };
            axpy(s, u, &mut up);
        }
        let lu = norm(&up);
        if lu > radius {
            scale(&mut up, radius / lu);
        }
        // The descent stays off the uphill modes and off the known symmetries.
        let modes = zero_modes_of(obj, x);
        let vecs: Vec<&[f64]> = uphill
            .iter()
            .chain(downhill)
            .map(|p| p.1.as_slice())
            .chain(modes.iter().map(Vec::as_slice))
            .collect();
        let mut b: Vec<f64> = g.iter().map(|v| -v).collect();
        project(&mut b, &vecs);
        // What is left of the gradient after the projection may be rounding noise
        // (when the modes span the space): never follow noise to the boundary.
        let down = if norm(&b) > 1e-10 * norm(g) {
            steihaug(obj, x, &b, &vecs, radius)
        } else {
            vec![0.0; n]
        };
        let mut s = up;
        axpy(1.0, &down, &mut s);
        let ls = norm(&s);
        if ls > radius {
            scale(&mut s, radius / ls);
        }
        s
    }

    fn report<O: Objective + ?Sized>(
        &self,
        obj: &O,
        x: Vec<f64>,
        f: f64,
        g: &[f64],
        end: SaddleEnd,
        iterations: usize,
    ) -> SaddlePoint {
        let pairs = if all_finite(&x) {
            self.solver
                .try_solve(obj, &x, 1, Which::Smallest)
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        let zero = self.zero(&pairs);
        let negative = pairs.iter().filter(|p| p.value < -zero).count();
        self.finish(x, f, norm(g), pairs, negative, end, iterations)
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        x: Vec<f64>,
        value: f64,
        grad_norm: f64,
        pairs: Vec<Eigenpair>,
        index: usize,
        end: SaddleEnd,
        iterations: usize,
    ) -> SaddlePoint {
        let lowest = pairs.into_iter().next().unwrap_or(Eigenpair {
            value: f64::NAN,
            vector: Vec::new(),
            residual: f64::NAN,
        });
        SaddlePoint {
            x,
            value,
            grad_norm,
            index,
            lowest,
            end,
            iterations,
        }
    }
}
