//! The tree search: rides, branching, polishing, the archive of leaves.

use alloc::collections::VecDeque;
use alloc::vec;
use alloc::vec::Vec;

use super::counting::Counting;
use super::polish::{find_critical_point, polish, PolishEnd};
use super::ridges::{min_eigenvalue, negative_ridges, track_exact, track_krylov, Tracked};
use super::{
    Branch, Config, Event, Exploration, Leaf, LeafKind, Path, Ride, RideStop, SearchOrder, Sign,
};
use crate::linalg::{abs, all_finite, axpy, dist, dot, norm, sqrt};
use crate::objective::Objective;

/// A user-supplied distance between points (see `RidgeRider::distance`).
type DistanceFn<'a> = dyn Fn(&[f64], &[f64]) -> f64 + 'a;

/// A ride waiting to be taken.
struct Task {
    x: Vec<f64>,
    value: f64,
    /// Unit direction of motion (the ridge times the sign).
    dir: Vec<f64>,
    eigenvalue: f64,
    path: Path,
    parent: Option<usize>,
    /// How many eigenpairs exact tracking computes (enough to keep the ridge in view).
    k_track: usize,
}

/// A point where the search stands, with its loss and gradient.
#[derive(Clone)]
struct Point {
    x: Vec<f64>,
    value: f64,
    grad: Vec<f64>,
}

pub(crate) struct Search<'a, O: Objective + ?Sized, F: FnMut(&Event<'_>)> {
    obj: Counting<'a, O>,
    cfg: &'a Config,
    distance: Option<&'a DistanceFn<'a>>,
    observer: &'a mut F,
    leaves: Vec<Leaf>,
    rides: Vec<Ride>,
    frontier: VecDeque<Task>,
    stopped: bool,
}

impl<'a, O: Objective + ?Sized, F: FnMut(&Event<'_>)> Search<'a, O, F> {
    pub(crate) fn new(
        obj: &'a O,
        cfg: &'a Config,
        distance: Option<&'a DistanceFn<'a>>,
        observer: &'a mut F,
    ) -> Self {
        Search {
            obj: Counting::new(obj),
            cfg,
            distance,
            observer,
            leaves: Vec::new(),
            rides: Vec::new(),
            frontier: VecDeque::new(),
            stopped: false,
        }
    }

    pub(crate) fn run(mut self, x0: &[f64]) -> Exploration {
        let searched = self
            .cfg
            .start_search
            .and_then(|s| s.try_find(&self.obj, x0).ok())
            .filter(|p| p.converged());
        let x = if let Some(p) = searched {
            p.x
        } else if self.cfg.start_search.is_none() && self.cfg.find_start {
            find_critical_point(&self.obj, x0, self.cfg)
        } else {
            x0.to_vec()
        };
        let start = self.point(x);
        let mut children = self.branch(&start, None, &Path::default(), None);
        let lmin = lowest(&children);
        if self.cfg.max_depth == 0 {
            children.clear();
        }
        (self.observer)(&Event::Start {
            x: &start.x,
            value: start.value,
            ridges: children.len(),
        });
        if lmin.is_finite() && children.is_empty() {
            self.add_leaf(
                start.clone(),
                LeafKind::DepthLimit,
                Path::default(),
                None,
                lmin,
            );
        } else if children.is_empty() {
            self.finish(&start, Path::default(), None);
        } else {
            self.schedule(children);
        }
        while !self.stopped {
            let task = match self.cfg.order {
                SearchOrder::DepthFirst => self.frontier.pop_back(),
                SearchOrder::BreadthFirst => self.frontier.pop_front(),
            };
            let Some(task) = task else { break };
            if self.rides.len() >= self.cfg.max_rides {
                self.frontier.push_back(task);
                break;
            }
            self.ride(task);
        }
        Exploration {
            start_value: start.value,
            start: start.x,
            leaves: self.leaves,
            rides: self.rides,
            hvps: self.obj.hvps.get(),
            gradients: self.obj.grads.get(),
            values: self.obj.values.get(),
            truncated: !self.frontier.is_empty(),
        }
    }

    fn point(&self, x: Vec<f64>) -> Point {
        let mut grad = vec![0.0; x.len()];
        let value = self.obj.grad(&x, &mut grad);
        Point { x, value, grad }
    }

    fn schedule(&mut self, mut children: Vec<Task>) {
        match self.cfg.order {
            SearchOrder::DepthFirst => {
                children.reverse();
                self.frontier.extend(children);
            }
            SearchOrder::BreadthFirst => self.frontier.extend(children),
        }
    }

    /// GetRidges at `p`, as rides: both signs where both are predicted to decrease the
    /// loss over one step, one sign otherwise; never back or forward along `arrival`,
    /// the ridge the search just rode to `p`.
    fn branch(
        &self,
        p: &Point,
        arrival: Option<&[f64]>,
        path: &Path,
        parent: Option<usize>,
    ) -> Vec<Task> {
        let n = p.x.len();
        let ridges = negative_ridges(
            &self.cfg.solver,
            &self.obj,
            &p.x,
            self.cfg.max_ridges,
            self.cfg.curvature_tolerance,
        );
        let k_track = (ridges.len() + 1).min(n);
        let a = self.cfg.step_size;
        let mut tasks = Vec::new();
        for (i, r) in ridges.iter().enumerate() {
            if arrival.is_some_and(|e| abs(dot(e, &r.vector)) > 0.9) {
                continue;
            }
            let slope = dot(&p.grad, &r.vector);
            for sign in [Sign::Plus, Sign::Minus] {
                let s = sign.factor();
                if s * slope * a + 0.5 * r.eigenvalue * a * a >= 0.0 {
                    continue;
                }
                tasks.push(Task {
                    x: p.x.clone(),
                    value: p.value,
                    dir: r.vector.iter().map(|v| s * v).collect(),
                    eigenvalue: r.eigenvalue,
                    path: path.child(Branch { ridge: i, sign }),
                    parent,
                    k_track,
                });
            }
        }
        tasks
    }

    /// Follows one ridge, records the ride, then branches, polishes or ends the path.
    fn ride(&mut self, task: Task) {
        let (h0, g0, v0) = (
            self.obj.hvps.get(),
            self.obj.grads.get(),
            self.obj.values.get(),
        );
        let cfg = self.cfg;
        let n = task.x.len();
        let mut x = task.x.clone();
        let mut f = task.value;
        let mut e = task.dir.clone();
        let mut lambda = task.eigenvalue;
        let mut xn = vec![0.0; n];
        let mut trajectory = Vec::new();
        if cfg.record_trajectories {
            trajectory.push(x.clone());
        }
        let mut steps = 0;
        // Trial points need only the loss; the gradient is computed where the ride
        // ends (or where stationarity must be checked).
        let stop = loop {
            if steps >= cfg.max_steps {
                break RideStop::StepLimit;
            }
            xn.copy_from_slice(&x);
            axpy(cfg.step_size, &e, &mut xn);
            let fnew = self.obj.value(&xn);
            if !fnew.is_finite() {
                break RideStop::NonFinite;
            }
            if fnew >= f {
                break RideStop::LossIncreased;
            }
            core::mem::swap(&mut x, &mut xn);
            f = fnew;
            steps += 1;
            if cfg.record_trajectories {
                trajectory.push(x.clone());
            }
            if f < cfg.loss_floor {
                break RideStop::LossFloor;
            }
            if dist(&x, &task.x) > cfg.max_distance {
                break RideStop::DistanceLimit;
            }
            let tracked = match cfg.approximate {
                Some(m) => track_krylov(&self.obj, &x, &e, m, cfg.curvature_tolerance),
                None => track_exact(
                    &cfg.solver,
                    &self.obj,
                    &x,
                    &e,
                    task.k_track,
                    cfg.curvature_tolerance,
                ),
            };
            let found = match tracked {
                Tracked::Found(l, v) => {
                    lambda = l;
                    e = v;
                    true
                }
                Tracked::Lost(curvature) => {
                    // The eigenvalue reported is the current curvature along the
                    // ridge, never the last one seen.
                    lambda = curvature;
                    false
                }
            };
            if lambda.is_nan() {
                break RideStop::NonFinite;
            }
            if lambda >= -cfg.curvature_tolerance {
                let mut g = vec![0.0; n];
                self.obj.grad(&x, &mut g);
                if !all_finite(&g) {
                    break RideStop::NonFinite;
                }
                let stationary = norm(&g) <= sqrt(cfg.gradient_tolerance);
                if lambda <= cfg.curvature_tolerance && stationary {
                    break RideStop::Degenerate;
                }
                break RideStop::CurvatureNonNegative;
            }
            if !found {
                break RideStop::LostTrack;
            }
        };
        let id = self.rides.len();
        let end = self.point(x);
        let ride = Ride {
            id,
            parent: task.parent,
            path: task.path.clone(),
            start: task.x,
            end: end.x.clone(),
            start_value: task.value,
            end_value: end.value,
            start_eigenvalue: task.eigenvalue,
            end_eigenvalue: lambda,
            steps,
            hvps: self.obj.hvps.get() - h0,
            gradients: self.obj.grads.get() - g0,
            values: self.obj.values.get() - v0,
            stop,
            trajectory,
        };
        self.rides.push(ride);
        let leaf_kind = match stop {
            RideStop::DistanceLimit | RideStop::LossFloor | RideStop::NonFinite => {
                Some(LeafKind::Unbounded)
            }
            RideStop::StepLimit => Some(LeafKind::StepLimit),
            RideStop::Degenerate => Some(LeafKind::Degenerate),
            RideStop::CurvatureNonNegative | RideStop::LossIncreased | RideStop::LostTrack => None,
        };
        if let Some(kind) = leaf_kind {
            self.emit_ride(id, 0);
            let min_eigenvalue = if kind == LeafKind::Degenerate {
                lambda
            } else {
                f64::NAN
            };
            self.add_leaf(end, kind, task.path, Some(id), min_eigenvalue);
            return;
        }
        let children = self.branch(&end, Some(&e), &task.path, Some(id));
        if children.is_empty() {
            self.emit_ride(id, 0);
            self.finish(&end, task.path, Some(id));
        } else if task.path.len() >= cfg.max_depth {
            self.emit_ride(id, 0);
            let lmin = lowest(&children);
            self.add_leaf(end, LeafKind::DepthLimit, task.path, Some(id), lmin);
        } else {
            self.emit_ride(id, children.len());
            self.schedule(children);
        }
    }

    fn emit_ride(&mut self, id: usize, children: usize) {
        (self.observer)(&Event::Ride {
            ride: &self.rides[id],
            children,
        });
    }

    /// The end of a path at a point without a ridge to follow: polish to a stationary
    /// point, classify it, and record a leaf (or branch again from a saddle).
    fn finish(&mut self, p: &Point, path: Path, ride: Option<usize>) {
        let cfg = self.cfg;
        let polished = polish(&self.obj, &p.x, cfg);
        let end = Point {
            x: polished.x,
            value: polished.value,
            grad: polished.grad,
        };
        match polished.end {
            PolishEnd::Unbounded => self.add_leaf(end, LeafKind::Unbounded, path, ride, f64::NAN),
            PolishEnd::StepLimit => self.add_leaf(end, LeafKind::StepLimit, path, ride, f64::NAN),
            PolishEnd::Converged => {
                let lmin = min_eigenvalue(&cfg.solver, &self.obj, &end.x);
                if lmin > cfg.curvature_tolerance {
                    self.add_leaf(end, LeafKind::Minimum, path, ride, lmin);
                } else if lmin >= -cfg.curvature_tolerance || lmin.is_nan() {
                    self.add_leaf(end, LeafKind::Degenerate, path, ride, lmin);
                } else if path.len() >= cfg.max_depth {
                    self.add_leaf(end, LeafKind::DepthLimit, path, ride, lmin);
                } else {
                    // Gradient descent stopped on a saddle: it is a new branch point.
                    let children = self.branch(&end, None, &path, ride);
                    if children.is_empty() {
                        self.add_leaf(end, LeafKind::Degenerate, path, ride, lmin);
                    } else {
                        self.schedule(children);
                    }
                }
            }
        }
    }

    /// Adds a leaf, or merges its path into an earlier leaf of the same kind at the same
    /// point; stops the search at the leaf limit.
    fn add_leaf(&mut self, p: Point, kind: LeafKind, path: Path, ride: Option<usize>, lmin: f64) {
        let tol = self.cfg.dedup_tolerance;
        let same = |a: &[f64], b: &[f64]| match self.distance {
            Some(d) => d(a, b) <= tol,
            None => dist(a, b) <= tol,
        };
        if let Some(i) = self
            .leaves
            .iter()
            .position(|l| l.kind == kind && same(&l.x, &p.x))
        {
            self.leaves[i].other_paths.push(path);
            (self.observer)(&Event::Leaf {
                leaf: &self.leaves[i],
                new: false,
            });
            return;
        }
        self.leaves.push(Leaf {
            grad_norm: norm(&p.grad),
            x: p.x,
            value: p.value,
            kind,
            path,
            other_paths: Vec::new(),
            min_eigenvalue: lmin,
            ride,
        });
        let leaf = self.leaves.last().expect("just pushed");
        (self.observer)(&Event::Leaf { leaf, new: true });
        if self.leaves.len() >= self.cfg.max_leaves {
            self.stopped = true;
        }
    }
}

/// The most negative eigenvalue among the rides waiting at a point (infinity if none).
fn lowest(tasks: &[Task]) -> f64 {
    tasks
        .iter()
        .map(|t| t.eigenvalue)
        .fold(f64::INFINITY, f64::min)
}
