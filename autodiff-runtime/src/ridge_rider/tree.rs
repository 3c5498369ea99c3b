//! The search tree and what it records: the [`Path`] of [`Branch`]es that fingerprints
//! a solution, the [`Leaf`]s where branches end and the [`Ride`]s between them, the
//! [`Event`]s an observer sees, and the whole [`Exploration`].

use alloc::vec::Vec;
use core::fmt;

/// The sign with which an eigenvector is followed: [`Sign::Plus`] moves along `+e`,
/// [`Sign::Minus`] along `-e`, for the canonical orientation of `e` (its component of
/// largest magnitude positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sign {
    /// Move along `+e`.
    Plus,
    /// Move along `-e`.
    Minus,
}

impl Sign {
    /// `1.0` for [`Sign::Plus`], `-1.0` for [`Sign::Minus`].
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::ridge_rider::Sign;
    /// assert_eq!(Sign::Minus.factor(), -1.0);
    /// ```
    pub fn factor(self) -> f64 {
        match self {
            Sign::Plus => 1.0,
            Sign::Minus => -1.0,
        }
    }
}

/// One choice in the tree: the `ridge`-th negative eigenvector (counted from the most
/// negative eigenvalue, starting at 0) at a branch point, followed with `sign`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Branch {
    /// Index of the eigenvector among the negative ones at the branch point, ordered by
    /// eigenvalue (0 is the most negative).
    pub ridge: usize,
    /// The sign with which it was followed.
    pub sign: Sign,
}

impl fmt::Display for Branch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.sign {
            Sign::Plus => '+',
            Sign::Minus => '-',
        };
        write!(f, "{s}{}", self.ridge)
    }
}

/// The sequence of [`Branch`]es from the start to a ride or a leaf: the fingerprint of a
/// solution. It prints as the branches separated by spaces (`+0 -1`), or `root`.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::ridge_rider::{Branch, Path, Sign};
/// let p = Path::from(vec![
///     Branch { ridge: 0, sign: Sign::Plus },
///     Branch { ridge: 1, sign: Sign::Minus },
/// ]);
/// assert_eq!(p.to_string(), "+0 -1");
/// assert_eq!(p.len(), 2);
/// assert_eq!(Path::default().to_string(), "root");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Path(Vec<Branch>);

impl Path {
    /// The branches, from the start.
    pub fn branches(&self) -> &[Branch] {
        &self.0
    }

    /// Number of rides on the path (the depth).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// `true` for the empty path (the start itself).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// This path extended by one branch.
    pub(crate) fn child(&self, b: Branch) -> Path {
        let mut v = self.0.clone();
        v.push(b);
        Path(v)
    }
}

impl From<Vec<Branch>> for Path {
    fn from(v: Vec<Branch>) -> Self {
        Path(v)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("root");
        }
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{b}")?;
        }
        Ok(())
    }
}

/// How a branch of the search ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LeafKind {
    /// A converged local minimum: gradient norm within the gradient tolerance and
    /// smallest Hessian eigenvalue above the curvature tolerance.
    Minimum,
    /// The loss kept decreasing: a ride or the polishing hit the distance limit or the
    /// loss floor, or produced a non-finite value.
    Unbounded,
    /// A ride or the polishing used its maximum number of steps.
    StepLimit,
    /// A stationary point whose smallest eigenvalue is zero within the curvature
    /// tolerance: neither a certified minimum nor a point with a ridge to follow.
    Degenerate,
    /// The path reached the maximum depth at a point that still has negative curvature.
    DepthLimit,
}

/// Why a ride stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RideStop {
    /// The ridge's eigenvalue is no longer negative: the search branches or polishes.
    /// When the eigenvalue has risen past the others the tracker looks at, so that no
    /// eigenvector continues the ridge, the curvature along the last ridge `eᵀHe`
    /// decides, and is what [`Ride::end_eigenvalue`] reports.
    CurvatureNonNegative,
    /// The next step would not decrease the loss: the ride ends at the last point.
    LossIncreased,
    /// No eigenvector overlaps the previous ridge enough to continue it (overlap
    /// below one half, even with a wider window of eigenpairs) while the curvature
    /// along it is still negative.
    LostTrack,
    /// The ride reached a stationary point with zero curvature along the ridge.
    Degenerate,
    /// The maximum number of steps per ride was used.
    StepLimit,
    /// The ride went further than the distance limit from where it started: unbounded.
    DistanceLimit,
    /// The loss fell below the loss floor: unbounded.
    LossFloor,
    /// The loss or its gradient became non-finite: unbounded.
    NonFinite,
}

/// Breadth-first or depth-first exploration of the tree of rides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SearchOrder {
    /// Finish a branch before its siblings (leaves are found early; the order in which
    /// rides are reported draws the tree).
    #[default]
    DepthFirst,
    /// All rides of one depth before the next depth.
    BreadthFirst,
}

/// A leaf of the search tree: where a branch ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Leaf {
    /// The point.
    pub x: Vec<f64>,
    /// The loss at `x`.
    pub value: f64,
    /// How the branch ended.
    pub kind: LeafKind,
    /// The fingerprint of the first path that led here.
    pub path: Path,
    /// The other paths that led to the same point (deduplication keeps them all).
    pub other_paths: Vec<Path>,
    /// Euclidean norm of the gradient at `x`.
    pub grad_norm: f64,
    /// The smallest Hessian eigenvalue found at `x` (NaN when the branch ended without
    /// an eigen-analysis, as for an unbounded ride).
    pub min_eigenvalue: f64,
    /// Index in [`Exploration::rides`] of the ride at the end of the first path, `None`
    /// when the leaf is the start itself.
    pub ride: Option<usize>,
}

impl Leaf {
    /// Number of distinct paths that led to this leaf.
    pub fn path_count(&self) -> usize {
        1 + self.other_paths.len()
    }
}

/// The record of one ride along a ridge.
#[derive(Debug, Clone, PartialEq)]
pub struct Ride {
    /// Index of this ride in [`Exploration::rides`].
    pub id: usize,
    /// The ride whose end this ride branched from (`None` for the rides from the start).
    pub parent: Option<usize>,
    /// The path up to and including this ride (its depth is `path.len()`).
    pub path: Path,
    /// Where the ride started.
    pub start: Vec<f64>,
    /// Where it ended.
    pub end: Vec<f64>,
    /// The loss at `start`.
    pub start_value: f64,
    /// The loss at `end`.
    pub end_value: f64,
    /// The ridge's eigenvalue at the start.
    pub start_eigenvalue: f64,
    /// The ridge's eigenvalue at the end point; when the ride ended because no
    /// eigenvector continues the ridge, the curvature `eᵀHe` along the last ridge
    /// there.
    pub end_eigenvalue: f64,
    /// Number of accepted steps.
    pub steps: usize,
    /// Hessian-vector products used by the ride (tracking the ridge at every step).
    pub hvps: usize,
    /// Gradient evaluations used by the ride.
    pub gradients: usize,
    /// Loss evaluations without a gradient used by the ride (one per trial step).
    pub values: usize,
    /// Why the ride stopped.
    pub stop: RideStop,
    /// Every point of the ride, `start` first, when
    /// [`RidgeRider::record_trajectories`](super::RidgeRider::record_trajectories) is on; otherwise empty.
    pub trajectory: Vec<Vec<f64>>,
}

/// What an observer passed to [`RidgeRider::explore`](super::RidgeRider::explore) is told, as it happens.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Event<'e> {
    /// The search starts at `x` (after [`RidgeRider::find_start`](super::RidgeRider::find_start) if that is on), where
    /// `ridges` rides are about to be taken.
    Start {
        /// The start point.
        x: &'e [f64],
        /// The loss there.
        value: f64,
        /// Number of rides leaving the start.
        ridges: usize,
    },
    /// A ride finished; `children` rides branch from its end (0 when it ends a branch).
    Ride {
        /// The finished ride.
        ride: &'e Ride,
        /// Number of rides that branch from its end.
        children: usize,
    },
    /// A branch ended. `new` is `false` when the leaf was merged with an earlier one
    /// (the leaf shown is then the earlier one, with this path added).
    Leaf {
        /// The leaf.
        leaf: &'e Leaf,
        /// Whether the leaf is new or a duplicate of one found before.
        new: bool,
    },
}

/// Everything a search found: the leaves, the rides, and the evaluation counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Exploration {
    /// The start point (after [`RidgeRider::find_start`](super::RidgeRider::find_start) if that was on).
    pub start: Vec<f64>,
    /// The loss at the start.
    pub start_value: f64,
    /// The distinct leaves, in the order they were found.
    pub leaves: Vec<Leaf>,
    /// Every ride, in the order they were taken; [`Ride::parent`] links them into the tree.
    pub rides: Vec<Ride>,
    /// Total Hessian-vector products.
    pub hvps: usize,
    /// Total gradient evaluations.
    pub gradients: usize,
    /// Total loss evaluations without a gradient (the trial points of rides; a
    /// gradient evaluation, counted in `gradients`, also returns the loss).
    pub values: usize,
    /// `true` when the search stopped at the leaf or ride limit with rides still pending.
    pub truncated: bool,
}

impl Exploration {
    /// The leaves of kind [`LeafKind::Minimum`].
    pub fn minima(&self) -> impl Iterator<Item = &Leaf> {
        self.leaves.iter().filter(|l| l.kind == LeafKind::Minimum)
    }
}
