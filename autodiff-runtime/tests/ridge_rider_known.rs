//! Ridge Rider on problems with known answers. Every objective's gradient and HVP is
//! written by hand.

use autodiff_runtime::ridge_rider::{
    Branch, Event, Exploration, Leaf, LeafKind, RideStop, RidgeRider, SearchOrder, Sign,
};
use autodiff_runtime::saddle::Objective;

#[path = "common/double_well.rs"]
mod double_well;
use double_well::DoubleWell;

/// (x⁴ − 2x²) + 3(y⁴/81 − 2y²/9) + x²y²: minima (±1, 0) with f = −1, easy to reach,
/// and the global minima (0, ±3) with f = −3.
struct TwoScale;

impl Objective for TwoScale {
    fn dim(&self) -> usize {
        2
    }
    fn value(&self, p: &[f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        x.powi(4) - 2.0 * x * x + 3.0 * (y.powi(4) / 81.0 - 2.0 * y * y / 9.0) + x * x * y * y
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        g[0] = 4.0 * x.powi(3) - 4.0 * x + 2.0 * x * y * y;
        g[1] = 4.0 * y.powi(3) / 27.0 - 4.0 * y / 3.0 + 2.0 * x * x * y;
        self.value(p)
    }
    fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
        let (x, y) = (p[0], p[1]);
        let hxx = 12.0 * x * x - 4.0 + 2.0 * y * y;
        let hxy = 4.0 * x * y;
        let hyy = 4.0 * y * y / 9.0 - 4.0 / 3.0 + 2.0 * x * x;
        hv[0] = hxx * v[0] + hxy * v[1];
        hv[1] = hxy * v[0] + hyy * v[1];
    }
}

/// The six-hump camel function.
struct Camel;

impl Objective for Camel {
    fn dim(&self) -> usize {
        2
    }
    fn value(&self, p: &[f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        (4.0 - 2.1 * x * x + x.powi(4) / 3.0) * x * x + x * y + (-4.0 + 4.0 * y * y) * y * y
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        g[0] = 8.0 * x - 8.4 * x.powi(3) + 2.0 * x.powi(5) + y;
        g[1] = x - 8.0 * y + 16.0 * y.powi(3);
        self.value(p)
    }
    fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
        let (x, y) = (p[0], p[1]);
        let hxx = 8.0 - 25.2 * x * x + 10.0 * x.powi(4);
        let hyy = -8.0 + 48.0 * y * y;
        hv[0] = hxx * v[0] + v[1];
        hv[1] = v[0] + hyy * v[1];
    }
}

/// Himmelblau's function: four minima with f = 0, four saddles, one maximum.
struct Himmelblau;

impl Objective for Himmelblau {
    fn dim(&self) -> usize {
        2
    }
    fn value(&self, p: &[f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        (x * x + y - 11.0).powi(2) + (x + y * y - 7.0).powi(2)
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        let (a, b) = (x * x + y - 11.0, x + y * y - 7.0);
        g[0] = 4.0 * x * a + 2.0 * b;
        g[1] = 2.0 * a + 4.0 * y * b;
        self.value(p)
    }
    fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
        let (x, y) = (p[0], p[1]);
        let (a, b) = (x * x + y - 11.0, x + y * y - 7.0);
        let hxx = 4.0 * a + 8.0 * x * x + 2.0;
        let hxy = 4.0 * x + 4.0 * y;
        let hyy = 2.0 + 4.0 * b + 8.0 * y * y;
        hv[0] = hxx * v[0] + hxy * v[1];
        hv[1] = hxy * v[0] + hyy * v[1];
    }
}

/// x² − y²: a saddle whose ridge descends for ever.
struct Hyperbolic;

impl Objective for Hyperbolic {
    fn dim(&self) -> usize {
        2
    }
    fn value(&self, p: &[f64]) -> f64 {
        p[0] * p[0] - p[1] * p[1]
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        g[0] = 2.0 * p[0];
        g[1] = -2.0 * p[1];
        self.value(p)
    }
    fn hvp(&self, _p: &[f64], v: &[f64], hv: &mut [f64]) {
        hv[0] = 2.0 * v[0];
        hv[1] = -2.0 * v[1];
    }
}

/// The monkey saddle x³ − 3xy²: gradient and Hessian vanish at the origin.
struct Monkey;

impl Objective for Monkey {
    fn dim(&self) -> usize {
        2
    }
    fn value(&self, p: &[f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        x.powi(3) - 3.0 * x * y * y
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        g[0] = 3.0 * x * x - 3.0 * y * y;
        g[1] = -6.0 * x * y;
        self.value(p)
    }
    fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
        let (x, y) = (p[0], p[1]);
        hv[0] = 6.0 * x * v[0] - 6.0 * y * v[1];
        hv[1] = -6.0 * y * v[0] - 6.0 * x * v[1];
    }
}

fn minima(leaves: &[Leaf]) -> Vec<&Leaf> {
    leaves
        .iter()
        .filter(|l| l.kind == LeafKind::Minimum)
        .collect()
}

fn near(a: &[f64], b: &[f64], tol: f64) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() <= tol)
}

/// Every corner (±1, ..., ±1) is found exactly once, as a converged minimum.
fn assert_all_corners(leaves: &[Leaf], n: usize) {
    let found = minima(leaves);
    assert_eq!(found.len(), 1 << n, "minima: {found:#?}");
    for mask in 0..(1usize << n) {
        let corner: Vec<f64> = (0..n)
            .map(|i| if mask >> i & 1 == 1 { 1.0 } else { -1.0 })
            .collect();
        let hits = found.iter().filter(|l| near(&l.x, &corner, 1e-6)).count();
        assert_eq!(hits, 1, "corner {corner:?}");
    }
    for l in &found {
        assert!(l.value < 1e-12 && l.grad_norm <= 1e-8);
        assert!(
            (l.min_eigenvalue - 8.0).abs() < 1e-4,
            "{}",
            l.min_eigenvalue
        );
    }
}

#[test]
fn double_well_2d_from_its_maximum_finds_all_four_minima() {
    let tree = RidgeRider::new(&DoubleWell(2))
        .step_size(0.05)
        .explore(&[0.0, 0.0], |_| {});
    assert_all_corners(&tree.leaves, 2);
    assert_eq!(tree.leaves.len(), 4);
    // The repeated eigenvalue -4 at the origin: one ridge per axis, two signs each.
    let roots: Vec<_> = tree.rides.iter().filter(|r| r.parent.is_none()).collect();
    assert_eq!(roots.len(), 4);
    for r in &roots {
        assert_eq!(r.stop, RideStop::CurvatureNonNegative);
        assert!((r.start_eigenvalue + 4.0).abs() < 1e-9);
        // Riding an axis: exactly one coordinate moved, to about 1/sqrt(3).
        let moved: Vec<f64> = r.end.iter().copied().filter(|v| v.abs() > 1e-9).collect();
        assert_eq!(moved.len(), 1, "{:?}", r.end);
        assert!((moved[0].abs() - 1.0 / 3f64.sqrt()).abs() < 0.05 + 1e-9);
    }
    // Each minimum is reached twice (x then y, y then x), and both paths are kept.
    for l in minima(&tree.leaves) {
        assert_eq!(l.path_count(), 2);
        assert_eq!(l.path.len(), 2);
        assert_ne!(l.path, l.other_paths[0]);
    }
}

#[test]
fn double_well_3d_finds_all_eight_minima_each_by_all_six_orders() {
    let leaves = RidgeRider::new(&DoubleWell(3))
        .step_size(0.05)
        .run(&[0.0; 3]);
    assert_all_corners(&leaves, 3);
    for l in minima(&leaves) {
        assert_eq!(l.path_count(), 6, "{} {:?}", l.path, l.other_paths);
    }
}

#[test]
fn double_well_4d_finds_all_sixteen_minima_breadth_first() {
    let tree = RidgeRider::new(&DoubleWell(4))
        .step_size(0.1)
        .order(SearchOrder::BreadthFirst)
        .explore(&[0.0; 4], |_| {});
    assert_all_corners(&tree.leaves, 4);
    assert!(!tree.truncated);
    // Breadth-first: rides come in order of depth.
    assert!(tree
        .rides
        .windows(2)
        .all(|w| w[0].path.len() <= w[1].path.len()));
    // 2^4 corners, each reached by 4! orders of the axes.
    for l in minima(&tree.leaves) {
        assert_eq!(l.path_count(), 24);
    }
}

/// Plain gradient descent from `x`.
fn gradient_descent(obj: &dyn Objective, x: &[f64], lr: f64, iters: usize) -> Vec<f64> {
    let mut x = x.to_vec();
    let mut g = vec![0.0; x.len()];
    for _ in 0..iters {
        obj.grad(&x, &mut g);
        for (xi, gi) in x.iter_mut().zip(&g) {
            *xi -= lr * gi;
        }
    }
    x
}

#[test]
fn gradient_descent_from_a_ring_around_the_origin_mostly_falls_into_the_shallow_minima() {
    let starts = 48;
    let (mut shallow, mut deep) = (0, 0);
    for k in 0..starts {
        let t = (k as f64 + 0.5) / starts as f64 * std::f64::consts::TAU;
        let end = gradient_descent(&TwoScale, &[0.1 * t.cos(), 0.1 * t.sin()], 0.02, 3000);
        if near(&end, &[1.0, 0.0], 1e-4) || near(&end, &[-1.0, 0.0], 1e-4) {
            shallow += 1;
        } else if near(&end, &[0.0, 3.0], 1e-3) || near(&end, &[0.0, -3.0], 1e-3) {
            deep += 1;
        }
    }
    assert_eq!(
        shallow + deep,
        starts,
        "every start converged to one of the four minima"
    );
    assert!(
        shallow * 10 >= starts * 9,
        "(±1, 0): {shallow}, (0, ±3): {deep}"
    );
}

#[test]
fn two_scale_ridge_rider_finds_both_global_minima() {
    let leaves = RidgeRider::new(&TwoScale).step_size(0.05).run(&[0.0, 0.0]);
    let found = minima(&leaves);
    for target in [[0.0, 3.0], [0.0, -3.0], [1.0, 0.0], [-1.0, 0.0]] {
        let hits: Vec<_> = found.iter().filter(|l| near(&l.x, &target, 1e-6)).collect();
        assert_eq!(hits.len(), 1, "{target:?} in {found:#?}");
    }
    let best: Vec<_> = found
        .iter()
        .filter(|l| (l.value + 3.0).abs() < 1e-10)
        .collect();
    assert_eq!(best.len(), 2);
    // The deep minima lie along the second ridge (eigenvalue -4/3) from the origin.
    for l in best {
        assert_eq!(l.path.branches()[0].ridge, 1, "{}", l.path);
    }
}

#[test]
fn six_hump_camel_from_its_saddle_finds_both_global_minima() {
    let leaves = RidgeRider::new(&Camel).step_size(0.02).run(&[0.0, 0.0]);
    let found = minima(&leaves);
    assert_eq!(found.len(), 2, "{found:#?}");
    for target in [[0.089842, -0.712656], [-0.089842, 0.712656]] {
        let l = found
            .iter()
            .find(|l| near(&l.x, &target, 1e-5))
            .expect("minimum found");
        assert!((l.value + 1.031628).abs() < 1e-6);
        assert_eq!(l.path.len(), 1);
    }
}

const HIMMELBLAU_MINIMA: [[f64; 2]; 4] = [
    [3.0, 2.0],
    [-2.805118, 3.131312],
    [-3.779310, -3.283186],
    [3.584428, -1.848126],
];

#[test]
fn himmelblau_from_each_saddle_finds_the_two_minima_it_connects() {
    // Rough positions of the saddles, refined by `find_start`, and the minima each connects.
    let cases = [
        ([0.1, 2.9], [0, 1]),
        ([-3.1, -0.1], [1, 2]),
        ([3.4, 0.1], [0, 3]),
        ([-0.1, -1.9], [2, 3]),
    ];
    for (rough, expected) in cases {
        let tree = RidgeRider::new(&Himmelblau)
            .step_size(0.05)
            .find_start(true)
            .explore(&rough, |_| {});
        let mut g = [0.0; 2];
        Himmelblau.grad(&tree.start, &mut g);
        assert!(
            g[0].hypot(g[1]) < 1e-8,
            "start {:?} is a critical point",
            tree.start
        );
        let found = minima(&tree.leaves);
        assert_eq!(found.len(), 2, "from {rough:?}: {found:#?}");
        for i in expected {
            let m = HIMMELBLAU_MINIMA[i];
            assert!(
                found.iter().any(|l| near(&l.x, &m, 1e-5)),
                "{m:?} from {rough:?}"
            );
        }
        assert!(found.iter().all(|l| l.value < 1e-12 && l.path.len() == 1));
    }
}

#[test]
fn unbounded_ridge_ends_promptly_without_a_minimum() {
    let tree = RidgeRider::new(&Hyperbolic)
        .step_size(0.1)
        .max_distance(20.0)
        .explore(&[0.0, 0.0], |_| {});
    assert!(minima(&tree.leaves).is_empty());
    assert_eq!(tree.rides.len(), 2);
    assert_eq!(tree.leaves.len(), 2);
    for r in &tree.rides {
        assert_eq!(r.stop, RideStop::DistanceLimit);
        assert!(r.steps <= 201, "{}", r.steps);
        assert!(r.end[0].abs() < 1e-12 && r.end[1].abs() > 20.0);
    }
    assert!(tree.leaves.iter().all(|l| l.kind == LeafKind::Unbounded));
}

#[test]
fn monkey_saddle_is_degenerate_and_claims_no_minimum() {
    let tree = RidgeRider::new(&Monkey).explore(&[0.0, 0.0], |_| {});
    assert!(tree.rides.is_empty());
    assert_eq!(tree.leaves.len(), 1);
    assert_eq!(tree.leaves[0].kind, LeafKind::Degenerate);
    assert!(tree.leaves[0].path.is_empty());
}

#[test]
fn away_from_a_stationary_point_only_the_descending_sign_is_ridden() {
    // At (0.1, 0): the y ridge (eigenvalue -4) is orthogonal to the gradient, so both of
    // its signs descend; the x ridge (-3.88) descends only towards +x.
    let tree = RidgeRider::new(&DoubleWell(2))
        .step_size(0.05)
        .explore(&[0.1, 0.0], |_| {});
    let roots: Vec<_> = tree.rides.iter().filter(|r| r.parent.is_none()).collect();
    let firsts: Vec<Branch> = roots.iter().map(|r| r.path.branches()[0]).collect();
    assert_eq!(
        firsts,
        [
            Branch {
                ridge: 0,
                sign: Sign::Plus
            },
            Branch {
                ridge: 0,
                sign: Sign::Minus
            },
            Branch {
                ridge: 1,
                sign: Sign::Plus
            },
        ]
    );
    let found = minima(&tree.leaves);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|l| (l.x[0] - 1.0).abs() < 1e-6));
}

#[test]
fn max_depth_one_stops_at_the_first_branch_points() {
    let leaves = RidgeRider::new(&DoubleWell(2))
        .max_depth(1)
        .run(&[0.0, 0.0]);
    assert_eq!(leaves.len(), 4);
    for l in &leaves {
        assert_eq!(l.kind, LeafKind::DepthLimit);
        assert!(l.min_eigenvalue < -3.0);
    }
}

#[test]
fn max_leaves_truncates_the_search() {
    let tree = RidgeRider::new(&DoubleWell(3))
        .max_leaves(3)
        .explore(&[0.0; 3], |_| {});
    assert_eq!(tree.leaves.len(), 3);
    assert!(tree.truncated);
    assert_eq!(minima(&tree.leaves).len(), 3);
}

#[test]
fn observer_sees_every_ride_and_leaf_and_hvps_are_counted() {
    let (mut rides, mut new_leaves, mut merged, mut starts) = (0, 0, 0, 0);
    let tree = RidgeRider::new(&DoubleWell(3)).explore(&[0.0; 3], |e| match e {
        Event::Start { ridges, .. } => {
            starts += 1;
            assert_eq!(*ridges, 6);
        }
        Event::Ride { ride, .. } => {
            rides += 1;
            // One loss evaluation per trial step, a gradient where the ride ends.
            assert!(ride.hvps > 0 && ride.gradients >= 1 && ride.values >= ride.steps);
        }
        Event::Leaf { new, .. } => {
            if *new {
                new_leaves += 1
            } else {
                merged += 1
            }
        }
        _ => {}
    });
    assert_eq!(starts, 1);
    assert_eq!(rides, tree.rides.len());
    assert_eq!(new_leaves, tree.leaves.len());
    let paths: usize = tree.leaves.iter().map(Leaf::path_count).sum();
    assert_eq!(new_leaves + merged, paths);
    let ride_hvps: usize = tree.rides.iter().map(|r| r.hvps).sum();
    assert!(tree.hvps > ride_hvps);
    // Parents are earlier rides whose path is a prefix.
    for r in &tree.rides {
        if let Some(p) = r.parent {
            let parent = &tree.rides[p];
            assert!(p < r.id);
            assert_eq!(
                parent.path.branches(),
                &r.path.branches()[..r.path.len() - 1]
            );
        }
    }
}

#[test]
fn find_start_converges_to_the_nearby_critical_point() {
    let tree: Exploration = RidgeRider::new(&Camel)
        .find_start(true)
        .step_size(0.02)
        .explore(&[0.05, -0.04], |_| {});
    assert!(near(&tree.start, &[0.0, 0.0], 1e-9), "{:?}", tree.start);
    assert_eq!(minima(&tree.leaves).len(), 2);
}

#[test]
fn max_depth_zero_takes_no_ride() {
    let tree = RidgeRider::new(&DoubleWell(2))
        .max_depth(0)
        .explore(&[0.0, 0.0], |_| {});
    assert!(tree.rides.is_empty());
    assert_eq!(tree.leaves.len(), 1);
    assert_eq!(tree.leaves[0].kind, LeafKind::DepthLimit);
    assert!((tree.leaves[0].min_eigenvalue + 4.0).abs() < 1e-9);
}

#[test]
fn step_limit_and_loss_floor_end_rides_with_their_own_kinds() {
    let tree = RidgeRider::new(&Hyperbolic)
        .step_size(0.1)
        .max_steps(10)
        .explore(&[0.0, 0.0], |_| {});
    assert_eq!(tree.rides.len(), 2);
    assert!(tree
        .rides
        .iter()
        .all(|r| r.stop == RideStop::StepLimit && r.steps == 10));
    assert!(tree.leaves.iter().all(|l| l.kind == LeafKind::StepLimit));

    let tree = RidgeRider::new(&Hyperbolic)
        .step_size(0.1)
        .loss_floor(-1.0)
        .explore(&[0.0, 0.0], |_| {});
    for r in &tree.rides {
        assert_eq!(r.stop, RideStop::LossFloor);
        // y² first exceeds 1 at the 11th step of 0.1.
        assert_eq!(r.steps, 11);
        assert!(r.end_value < -1.0);
    }
    assert!(tree.leaves.iter().all(|l| l.kind == LeafKind::Unbounded));
}

#[test]
#[should_panic(expected = "`step_size` must be positive")]
fn a_non_positive_step_size_is_rejected_where_it_is_set() {
    let _ = RidgeRider::new(&Camel).step_size(0.0);
}
