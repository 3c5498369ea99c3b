//! Ridge Rider: find diverse solutions by following eigenvectors of the Hessian.
//!
//! Gradient descent is biased towards the minima that are easy to reach, and two
//! solutions with the same loss can be qualitatively different. Ridge Rider
//! (Parker-Holder et al., NeurIPS 2020, "Ridge Rider: Finding Diverse Solutions by
//! Following Eigenvectors of the Hessian") starts at a saddle or a maximum and follows
//! each eigenvector of negative curvature (a *ridge*) downhill, branching again at the
//! points where a ride ends. The optimisation becomes a search over a tree of solutions;
//! each [`Leaf`] of the tree records the [`Path`] of ridges that led to it, the
//! fingerprint the paper uses to tell solutions apart.
//!
//! Everything here only needs an [`Objective`]: values, gradients and exact
//! Hessian-vector products, which `#[differentiable]` generates (`f_grad`, `f_hvp`) and
//! [`FnObjective`](crate::saddle::FnObjective) wraps.
//!
//! # The algorithm
//!
//! * **Start** at `x0`, or at the critical point found by minimising `‖∇f‖²` from `x0`
//!   ([`RidgeRider::find_start`]).
//! * **GetRidges(x)**: the eigenpairs `(λᵢ, eᵢ)` with `λᵢ < -curvature_tolerance`, from
//!   the HVP-based [`eigenpairs`](crate::saddle::eigenpairs), ordered by eigenvalue
//!   (index `i` of a [`Branch`]). Each gives two rides, `+eᵢ` and `-eᵢ`; away from a
//!   stationary point a sign `s` is kept only if it is predicted to decrease the loss
//!   over one step, `s·(∇f·eᵢ)·α + ½λᵢα² < 0`: one sign, or both when the gradient is
//!   nearly orthogonal to `eᵢ`. A repeated eigenvalue gives one ridge per vector of an
//!   orthonormal basis of its eigenspace: the eigenspace is completed by deflation (a
//!   Krylov solver sees one vector per eigenspace), duplicate vectors from numerical
//!   noise are removed, and the basis is made canonical (as aligned with the coordinate
//!   axes as the eigenspace allows, signs fixed by the largest component), so that
//!   fingerprints do not depend on the solver's noise.
//! * **Ride**: `x ← x + α·e` (the paper writes `θ ← θ − α·e` for the opposite sign);
//!   after each step the ridge is recomputed as the eigenvector with the largest
//!   `|overlap|` with the previous one (sign chosen to keep the overlap positive; inside
//!   a repeated eigenvalue, the projection of the previous ridge onto the eigenspace).
//!   In the exact mode the eigen-solver, warm-started from the previous ridge, runs at
//!   every step; in the approximate mode ([`RidgeRider::approximate`]) a few Lanczos
//!   iterations started from the previous ridge give a Ritz pair instead. A ride stops
//!   when the ridge's eigenvalue is no longer negative, the loss stops decreasing, the
//!   ridge is lost, a step limit, a distance limit or a loss floor is hit (an unbounded
//!   ridge), or the point is degenerate (see [`RideStop`]). The trial points of a ride
//!   need only the loss; the gradient is computed where the ride ends.
//! * **Branch** at the end of a ride: GetRidges again (without going back or forward
//!   along the ridge just ridden). A point without negative curvature is polished to a
//!   converged stationary point by descent with a backtracking line search, its
//!   direction from truncated Newton-CG on HVPs (steepest descent where the curvature
//!   is not positive), which converges in a few iterations where plain gradient descent
//!   crawls along ill-conditioned valleys. The point is then classified: a
//!   [`LeafKind::Minimum`], a [`LeafKind::Degenerate`] point, or a saddle, from which
//!   the search branches again.
//! * **Archive**: depth-first or breadth-first ([`SearchOrder`]), a maximum depth, a
//!   maximum number of distinct leaves, and deduplication of leaves that converge to the
//!   same point (within [`RidgeRider::dedup_tolerance`]) keeping every path that led
//!   there ([`Leaf::other_paths`]).
//!
//! # Symmetric problems
//!
//! An energy invariant under rigid motions (or any continuous symmetry) has Hessian
//! eigenvalues that are zero only up to rounding, and, away from stationary points,
//! curvature of the order of the gradient along the rotations: rides would follow
//! rigid motions and every minimum would look degenerate. Wrap the objective in
//! [`Symmetric`](crate::saddle::Symmetric) (with
//! [`RigidBody`](crate::saddle::RigidBody) for atoms in 3-D): the symmetry
//! directions are projected out of every gradient, HVP and eigen-solve. A discrete
//! symmetry (renumbering identical atoms, mirror images) makes one solution appear
//! at many points: give [`RidgeRider::distance`] a distance blind to it, such as
//! [`cluster_distance`](crate::saddle::cluster_distance), and each solution is one
//! leaf with all the paths that reach it. [`RidgeRider::start_search`] starts the
//! search at a saddle of a chosen index found near `x0` by
//! [`SaddleSearch`].
//!
//! Every evaluation goes through a counter: [`Ride::hvps`] is the number of
//! Hessian-vector products one ride used, and [`Exploration`] holds the totals. An
//! observer passed to [`RidgeRider::explore`] sees every ride and leaf as soon as it is
//! found, which is how a program prints the tree of rides as it grows.
//!
//! A start the search cannot use (of the wrong length, with a NaN or infinite
//! coordinate, or for an objective of dimension 0) is reported by
//! [`RidgeRider::try_run`] and [`RidgeRider::try_explore`] as a [`RidgeRiderError`];
//! [`run`](RidgeRider::run) and [`explore`](RidgeRider::explore) panic with its message.
//!
//! # Example
//!
//! `f(x, y) = (x² − 1)² + (y² − 1)²` has a maximum at the origin and four minima
//! `(±1, ±1)`; gradient descent from near the origin finds one of them, Ridge Rider
//! finds all four.
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use differentiable::ridge_rider::{LeafKind, RidgeRider};
//! use differentiable::saddle::Objective;
//!
//! struct DoubleWell;
//! impl Objective for DoubleWell {
//!     fn dim(&self) -> usize { 2 }
//!     fn value(&self, x: &[f64]) -> f64 {
//!         x.iter().map(|&xi| (xi * xi - 1.0) * (xi * xi - 1.0)).sum()
//!     }
//!     fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
//!         for (gi, &xi) in g.iter_mut().zip(x) { *gi = 4.0 * xi * (xi * xi - 1.0); }
//!         self.value(x)
//!     }
//!     fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
//!         for i in 0..2 { hv[i] = (12.0 * x[i] * x[i] - 4.0) * v[i]; }
//!     }
//! }
//!
//! let leaves = RidgeRider::new(&DoubleWell).step_size(0.05).max_depth(4).run(&[0.0, 0.0]);
//! let minima: Vec<_> = leaves.iter().filter(|l| l.kind == LeafKind::Minimum).collect();
//! assert_eq!(minima.len(), 4);
//! for leaf in &minima {
//!     assert!((leaf.x[0].abs() - 1.0).abs() < 1e-6 && (leaf.x[1].abs() - 1.0).abs() < 1e-6);
//!     assert!(leaf.value.abs() < 1e-12);
//!     // Each minimum is reached by two paths: x first then y, or y first then x.
//!     assert_eq!(leaf.path.len(), 2);
//!     assert_eq!(leaf.other_paths.len(), 1);
//! }
//! ```

use alloc::rc::Rc;
use alloc::vec::Vec;
use core::fmt;

use crate::objective::Objective;
use crate::saddle::{EigenSolver, SaddleSearch};
use error::check_start;
pub use error::RidgeRiderError;
pub use tree::{
    Branch, Event, Exploration, Leaf, LeafKind, Path, Ride, RideStop, SearchOrder, Sign,
};

mod counting;
mod error;
mod polish;
mod ridges;
mod search;
mod tree;

/// The Ridge Rider search, configured by chained setters, then [`run`](Self::run) or
/// [`explore`](Self::explore).
///
/// The defaults suit problems whose features have a size of about 1; set
/// [`step_size`](Self::step_size) to a fraction of the distance between the solutions
/// you expect. See the [module documentation](self) for the algorithm and an example.
///
/// # Panics
///
/// Each setter panics at once, naming the argument, on a value that cannot work (a
/// non-positive step size or tolerance, zero leaves or steps).
pub struct RidgeRider<'a, O: Objective + ?Sized> {
    obj: &'a O,
    cfg: Config,
    distance: Option<Distance<'a>>,
}

/// A user-supplied distance between points, for deduplication.
pub(crate) type Distance<'a> = Rc<dyn Fn(&[f64], &[f64]) -> f64 + 'a>;

impl<O: Objective + ?Sized> Clone for RidgeRider<'_, O> {
    fn clone(&self) -> Self {
        RidgeRider {
            obj: self.obj,
            cfg: self.cfg.clone(),
            distance: self.distance.clone(),
        }
    }
}

impl<O: Objective + ?Sized> fmt::Debug for RidgeRider<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let distance = if self.distance.is_some() {
            "custom"
        } else {
            "euclidean"
        };
        f.debug_struct("RidgeRider")
            .field("dim", &self.obj.dim())
            .field("config", &self.cfg)
            .field("distance", &distance)
            .finish()
    }
}

/// The settings, one field per setter of [`RidgeRider`].
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub step_size: f64,
    pub max_depth: usize,
    pub max_leaves: usize,
    pub max_rides: usize,
    pub max_ridges: usize,
    pub max_steps: usize,
    pub max_distance: f64,
    pub loss_floor: f64,
    pub order: SearchOrder,
    pub dedup_tolerance: f64,
    pub curvature_tolerance: f64,
    pub gradient_tolerance: f64,
    pub max_polish_iterations: usize,
    pub approximate: Option<usize>,
    pub find_start: bool,
    pub start_search: Option<SaddleSearch>,
    pub record_trajectories: bool,
    pub solver: EigenSolver,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            step_size: 0.05,
            max_depth: 16,
            max_leaves: 256,
            max_rides: 10_000,
            max_ridges: 8,
            max_steps: 10_000,
            max_distance: 100.0,
            loss_floor: f64::NEG_INFINITY,
            order: SearchOrder::DepthFirst,
            dedup_tolerance: 1e-4,
            curvature_tolerance: 1e-6,
            gradient_tolerance: 1e-8,
            max_polish_iterations: 20_000,
            approximate: None,
            find_start: false,
            start_search: None,
            record_trajectories: false,
            solver: EigenSolver::new(),
        }
    }
}

fn positive(name: &str, v: f64) {
    assert!(
        v > 0.0 && !v.is_nan(),
        "RidgeRider: `{name}` must be positive, got {v}"
    );
}

fn nonzero(name: &str, v: usize) {
    assert!(v > 0, "RidgeRider: `{name}` must be at least 1");
}

impl<'a, O: Objective + ?Sized> RidgeRider<'a, O> {
    /// A search on `obj` with the default settings.
    pub fn new(obj: &'a O) -> Self {
        RidgeRider {
            obj,
            cfg: Config::default(),
            distance: None,
        }
    }

    /// Length `α` of every step along a ridge (default `0.05`).
    ///
    /// # Panics
    /// If `a` is not positive.
    pub fn step_size(mut self, a: f64) -> Self {
        positive("step_size", a);
        self.cfg.step_size = a;
        self
    }

    /// Maximum number of rides on one path (default 16). A path that reaches it at a
    /// point that still has negative curvature ends in a [`LeafKind::DepthLimit`] leaf;
    /// a point without negative curvature is still polished. With 0, no ride is taken.
    pub fn max_depth(mut self, d: usize) -> Self {
        self.cfg.max_depth = d;
        self
    }

    /// Stop the search once this many distinct leaves are found (default 256).
    ///
    /// # Panics
    /// If `n` is 0.
    pub fn max_leaves(mut self, n: usize) -> Self {
        nonzero("max_leaves", n);
        self.cfg.max_leaves = n;
        self
    }

    /// Stop the search after this many rides in total (default 10 000).
    ///
    /// # Panics
    /// If `n` is 0.
    pub fn max_rides(mut self, n: usize) -> Self {
        nonzero("max_rides", n);
        self.cfg.max_rides = n;
        self
    }

    /// At most this many ridges (eigenvectors, each with up to two signs) leave one
    /// branch point, the most negative first (default 8).
    ///
    /// # Panics
    /// If `k` is 0.
    pub fn max_ridges(mut self, k: usize) -> Self {
        nonzero("max_ridges", k);
        self.cfg.max_ridges = k;
        self
    }

    /// Maximum number of steps of one ride (default 10 000); a ride that uses them ends
    /// in a [`LeafKind::StepLimit`] leaf.
    ///
    /// # Panics
    /// If `n` is 0.
    pub fn max_steps(mut self, n: usize) -> Self {
        nonzero("max_steps", n);
        self.cfg.max_steps = n;
        self
    }

    /// A ride, or a polishing run, that goes further than `d` from where it started is
    /// declared [`LeafKind::Unbounded`] (default `100.0`).
    ///
    /// # Panics
    /// If `d` is not positive.
    pub fn max_distance(mut self, d: f64) -> Self {
        positive("max_distance", d);
        self.cfg.max_distance = d;
        self
    }

    /// A loss below `floor` is declared [`LeafKind::Unbounded`] (default: none).
    pub fn loss_floor(mut self, floor: f64) -> Self {
        self.cfg.loss_floor = floor;
        self
    }

    /// The distance that tells whether two leaves are the same solution (default:
    /// Euclidean). Pass one that is invariant under the symmetries of the problem,
    /// so that a solution is reported once with all the paths that reach it: for a
    /// cluster of identical atoms,
    /// [`cluster_distance`](crate::saddle::cluster_distance), blind to rigid
    /// motions and renumbering of the atoms. Leaves of the same kind within
    /// [`dedup_tolerance`](Self::dedup_tolerance) of each other are merged.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::ridge_rider::RidgeRider;
    /// use differentiable::saddle::FnObjective;
    ///
    /// // f = (x² − 1)² + y²: two minima (±1, 0), the same solution up to the sign of x.
    /// let f = |p: &[f64]| (p[0] * p[0] - 1.0).powi(2) + p[1] * p[1];
    /// let g = |p: &[f64], g: &mut [f64]| { g[0] = 4.0 * p[0] * (p[0] * p[0] - 1.0); g[1] = 2.0 * p[1]; f(p) };
    /// let h = |p: &[f64], v: &[f64], hv: &mut [f64]| {
    ///     hv[0] = (12.0 * p[0] * p[0] - 4.0) * v[0];
    ///     hv[1] = 2.0 * v[1];
    ///     0.0
    /// };
    /// let obj = FnObjective::new(2, f, g, h);
    /// let plain = RidgeRider::new(&obj).run(&[0.0, 0.0]);
    /// assert_eq!(plain.len(), 2);
    /// let mirror = |a: &[f64], b: &[f64]| (a[0].abs() - b[0].abs()).hypot(a[1] - b[1]);
    /// let merged = RidgeRider::new(&obj).distance(mirror).run(&[0.0, 0.0]);
    /// assert_eq!((merged.len(), merged[0].path_count()), (1, 2));
    /// ```
    pub fn distance<D: Fn(&[f64], &[f64]) -> f64 + 'a>(mut self, d: D) -> Self {
        self.distance = Some(Rc::new(d));
        self
    }

    /// Depth-first (default) or breadth-first exploration.
    pub fn order(mut self, order: SearchOrder) -> Self {
        self.cfg.order = order;
        self
    }

    /// Leaves of the same kind closer than `tol` (Euclidean distance, or the one set
    /// by [`distance`](Self::distance)) are the same leaf; the later path is added to
    /// [`Leaf::other_paths`] (default `1e-4`).
    ///
    /// # Panics
    /// If `tol` is not positive.
    pub fn dedup_tolerance(mut self, tol: f64) -> Self {
        positive("dedup_tolerance", tol);
        self.cfg.dedup_tolerance = tol;
        self
    }

    /// Eigenvalues below `-tol` are negative curvature, eigenvalues in `[-tol, tol]` are
    /// zero (default `1e-6`). Eigenvalues closer than `tol` (relative to their size) are
    /// treated as one repeated eigenvalue.
    ///
    /// # Panics
    /// If `tol` is not positive.
    pub fn curvature_tolerance(mut self, tol: f64) -> Self {
        positive("curvature_tolerance", tol);
        self.cfg.curvature_tolerance = tol;
        self
    }

    /// A point is stationary when the norm of its gradient is at most `tol`; polishing
    /// runs until it is (default `1e-8`).
    ///
    /// # Panics
    /// If `tol` is not positive.
    pub fn gradient_tolerance(mut self, tol: f64) -> Self {
        positive("gradient_tolerance", tol);
        self.cfg.gradient_tolerance = tol;
        self
    }

    /// Maximum number of descent iterations of one polishing (default 20 000).
    ///
    /// # Panics
    /// If `n` is 0.
    pub fn max_polish_iterations(mut self, n: usize) -> Self {
        nonzero("max_polish_iterations", n);
        self.cfg.max_polish_iterations = n;
        self
    }

    /// The approximate mode for large problems: at every step of a ride the ridge is
    /// tracked by `iterations` Lanczos iterations started from the previous ridge (a
    /// Ritz pair of that small Krylov space, chosen by overlap), instead of a full
    /// eigen-solve. `iterations` HVPs per step; 3 to 6 is typical. Branch points still
    /// use the full solver.
    ///
    /// # Panics
    /// If `iterations` is less than 2.
    pub fn approximate(mut self, iterations: usize) -> Self {
        assert!(
            iterations >= 2,
            "RidgeRider: `approximate` needs at least 2 iterations, got {iterations}"
        );
        self.cfg.approximate = Some(iterations);
        self
    }

    /// Start from the critical point found by minimising `‖∇f‖²` from `x0` (a saddle or a
    /// maximum near `x0`) instead of `x0` itself (default `false`). The minimisation is
    /// Gauss-Newton (least-squares Newton steps from HVPs) with a line search. It can
    /// stall at a local minimum of `‖∇f‖²` that is not a critical point; the search then
    /// starts there, and [`Exploration::start`] says where that was. It does not keep an
    /// index and may go far (a cluster of atoms drifts apart towards `∇f → 0`):
    /// [`start_search`](Self::start_search) asks for a critical point of a given index
    /// within a distance limit.
    pub fn find_start(mut self, on: bool) -> Self {
        self.cfg.find_start = on;
        self
    }

    /// Start from the critical point `search` finds near `x0` (for example
    /// `SaddleSearch::new(2)` for an index-2 saddle), when it converges; otherwise, or
    /// if the search cannot run, from `x0` (default: none). Unlike
    /// [`find_start`](Self::find_start), the search keeps the requested index and
    /// stays within its distance limit. Takes precedence over `find_start`;
    /// [`Exploration::start`] says where the search started.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::ridge_rider::RidgeRider;
    /// use differentiable::saddle::{FnObjective, SaddleSearch};
    ///
    /// // (x² − 1)² + (y² − 1)²: a maximum (index 2) at the origin, four minima.
    /// let f = |p: &[f64]| (p[0] * p[0] - 1.0).powi(2) + (p[1] * p[1] - 1.0).powi(2);
    /// let g = |p: &[f64], g: &mut [f64]| {
    ///     for i in 0..2 { g[i] = 4.0 * p[i] * (p[i] * p[i] - 1.0); }
    ///     f(p)
    /// };
    /// let h = |p: &[f64], v: &[f64], hv: &mut [f64]| {
    ///     for i in 0..2 { hv[i] = (12.0 * p[i] * p[i] - 4.0) * v[i]; }
    ///     0.0
    /// };
    /// let obj = FnObjective::new(2, f, g, h);
    /// let tree = RidgeRider::new(&obj)
    ///     .start_search(SaddleSearch::new(2))
    ///     .explore(&[0.2, -0.15], |_| {});
    /// assert!(tree.start.iter().all(|c| c.abs() < 1e-8));
    /// assert_eq!(tree.minima().count(), 4);
    /// ```
    pub fn start_search(mut self, search: SaddleSearch) -> Self {
        self.cfg.start_search = Some(search);
        self
    }

    /// Keep every point of every ride in [`Ride::trajectory`] (default `false`), for
    /// plotting.
    pub fn record_trajectories(mut self, on: bool) -> Self {
        self.cfg.record_trajectories = on;
        self
    }

    /// The eigen-solver used at branch points and, in the exact mode, at every step of
    /// a ride (default [`EigenSolver::new`]: dense up to dimension 32, Lanczos above).
    pub fn eigen_solver(mut self, solver: EigenSolver) -> Self {
        self.cfg.solver = solver;
        self
    }

    /// Run the search from `x0` and return its distinct leaves.
    ///
    /// # Panics
    /// Where [`try_run`](Self::try_run) returns an error: if `x0.len()` differs from
    /// the objective's dimension, the dimension is 0, or `x0` has a NaN or infinite
    /// coordinate. The message is the error's.
    pub fn run(&self, x0: &[f64]) -> Vec<Leaf> {
        self.explore(x0, |_| {}).leaves
    }

    /// Run the search from `x0` and return its distinct leaves, or why it cannot
    /// start.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::ridge_rider::{RidgeRider, RidgeRiderError};
    /// use differentiable::saddle::FnObjective;
    ///
    /// // f(x, y) = x² − y²: the saddle at the origin leads down along ±y forever.
    /// let obj = FnObjective::new(
    ///     2,
    ///     |x: &[f64]| x[0] * x[0] - x[1] * x[1],
    ///     |x: &[f64], g: &mut [f64]| { g[0] = 2.0 * x[0]; g[1] = -2.0 * x[1]; x[0] * x[0] - x[1] * x[1] },
    ///     |_: &[f64], v: &[f64], hv: &mut [f64]| { hv[0] = 2.0 * v[0]; hv[1] = -2.0 * v[1]; 0.0 },
    /// );
    /// let rr = RidgeRider::new(&obj).max_distance(10.0);
    /// assert_eq!(
    ///     rr.try_run(&[0.0, f64::NAN]).unwrap_err(),
    ///     RidgeRiderError::NonFiniteStart
    /// );
    /// assert_eq!(
    ///     rr.try_run(&[0.0]).unwrap_err(),
    ///     RidgeRiderError::StartLength { expected: 2, found: 1 }
    /// );
    /// assert!(rr.try_run(&[0.0, 0.0]).unwrap().len() == 2);
    /// ```
    ///
    /// # Errors
    /// A [`RidgeRiderError`] when `x0.len()` differs from the objective's dimension,
    /// the dimension is 0, or `x0` has a NaN or infinite coordinate (checked in that
    /// order).
    pub fn try_run(&self, x0: &[f64]) -> Result<Vec<Leaf>, RidgeRiderError> {
        Ok(self.try_explore(x0, |_| {})?.leaves)
    }

    /// Run the search from `x0`, telling `observer` about every ride and leaf as soon as
    /// it is found, and return the whole tree with evaluation counts.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::ridge_rider::{Event, RidgeRider};
    /// use differentiable::saddle::Objective;
    ///
    /// /// The six-hump camel function; the origin is a saddle between its two global minima.
    /// struct Camel;
    /// impl Objective for Camel {
    ///     fn dim(&self) -> usize { 2 }
    ///     fn value(&self, p: &[f64]) -> f64 {
    ///         let (x, y) = (p[0], p[1]);
    ///         (4.0 - 2.1 * x * x + x.powi(4) / 3.0) * x * x + x * y + (-4.0 + 4.0 * y * y) * y * y
    ///     }
    ///     fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
    ///         let (x, y) = (p[0], p[1]);
    ///         g[0] = 8.0 * x - 8.4 * x.powi(3) + 2.0 * x.powi(5) + y;
    ///         g[1] = x - 8.0 * y + 16.0 * y.powi(3);
    ///         self.value(p)
    ///     }
    ///     fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
    ///         let (x, y) = (p[0], p[1]);
    ///         let hxx = 8.0 - 25.2 * x * x + 10.0 * x.powi(4);
    ///         let hyy = -8.0 + 48.0 * y * y;
    ///         hv[0] = hxx * v[0] + v[1];
    ///         hv[1] = v[0] + hyy * v[1];
    ///     }
    /// }
    ///
    /// let mut log = Vec::new();
    /// let tree = RidgeRider::new(&Camel).step_size(0.02).explore(&[0.0, 0.0], |e| {
    ///     if let Event::Ride { ride, .. } = e {
    ///         log.push(format!("{} {:?} after {} steps", ride.path, ride.stop, ride.steps));
    ///     }
    /// });
    /// assert_eq!(log.len(), tree.rides.len());
    /// let best = tree.minima().map(|l| l.value).fold(f64::INFINITY, f64::min);
    /// assert!((best + 1.031628).abs() < 1e-6);
    /// assert_eq!(tree.minima().count(), 2);
    /// assert!(tree.rides.iter().all(|r| r.hvps > 0));
    /// ```
    ///
    /// # Panics
    /// Where [`try_explore`](Self::try_explore) returns an error (as for
    /// [`run`](Self::run)). The message is the error's.
    pub fn explore<F: FnMut(&Event<'_>)>(&self, x0: &[f64], observer: F) -> Exploration {
        match self.try_explore(x0, observer) {
            Ok(tree) => tree,
            Err(e) => panic!("{e}"),
        }
    }

    /// [`explore`](Self::explore), returning why the search cannot start instead of
    /// panicking.
    ///
    /// # Errors
    /// As [`try_run`](Self::try_run).
    pub fn try_explore<F: FnMut(&Event<'_>)>(
        &self,
        x0: &[f64],
        mut observer: F,
    ) -> Result<Exploration, RidgeRiderError> {
        check_start(self.obj.dim(), x0)?;
        let distance = self.distance.as_deref();
        Ok(search::Search::new(self.obj, &self.cfg, distance, &mut observer).run(x0))
    }
}
