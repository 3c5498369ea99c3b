//! The 7-atom Lennard-Jones cluster LJ7 (21 coordinates), whose four minima are known
//! from the literature (energies −16.50538, −15.93504, −15.59321, −15.53306). The
//! energy is invariant under rigid motions (six zero Hessian eigenvalues) and
//! renumbering of the atoms. Checked here: classification with and without the
//! symmetry, the bookkeeping of rides in both tracking modes, and the whole search
//! (saddle start, Ridge Rider, transition states, connect) finding each minimum once.

use autodiff_runtime::ridge_rider::{LeafKind, RideStop, RidgeRider};
use autodiff_runtime::saddle::{
    classify, cluster_distance, eigenpairs, rigid_body_modes, Classifier, FnObjective, PointKind,
    RigidBody, SaddleSearch, Symmetric, Which,
};

#[path = "common/lennard_jones.rs"]
mod lennard_jones;
use lennard_jones::{lj_hand_grad, lj_hand_hvp};

const KNOWN: [f64; 4] = [-16.50538, -15.93504, -15.59321, -15.53306];

/// The energy, from the hand-written gradient.
fn lj(x: &[f64]) -> f64 {
    let mut g = vec![0.0; x.len()];
    lj_hand_grad(x, &mut g)
}

type Fns = FnObjective<
    fn(&[f64]) -> f64,
    fn(&[f64], &mut [f64]) -> f64,
    fn(&[f64], &[f64], &mut [f64]) -> f64,
>;

fn energy() -> Fns {
    FnObjective::new(21, lj, lj_hand_grad, lj_hand_hvp)
}

/// Six atoms on a flat hexagon around a seventh: a symmetric high-energy start.
fn hexagon() -> Vec<f64> {
    let mut x = vec![0.0; 3];
    for k in 0..6 {
        let t = std::f64::consts::PI / 3.0 * k as f64;
        x.extend([1.12 * t.cos(), 1.12 * t.sin(), 0.0]);
    }
    x
}

#[test]
fn hand_written_derivatives_match_finite_differences() {
    let x: Vec<f64> = hexagon()
        .iter()
        .enumerate()
        .map(|(i, c)| c + 0.05 * ((i * 7 % 5) as f64 - 2.0))
        .collect();
    let v: Vec<f64> = (0..21).map(|i| ((i * 3 % 7) as f64 - 3.0) / 3.0).collect();
    let (mut g, mut hv) = (vec![0.0; 21], vec![0.0; 21]);
    lj_hand_grad(&x, &mut g);
    lj_hand_hvp(&x, &v, &mut hv);
    let h = 1e-6;
    for i in 0..21 {
        let (mut p, mut m) = (x.clone(), x.clone());
        p[i] += h;
        m[i] -= h;
        assert!(((lj(&p) - lj(&m)) / (2.0 * h) - g[i]).abs() < 1e-5 * (1.0 + g[i].abs()));
    }
    let (mut gp, mut gm) = (vec![0.0; 21], vec![0.0; 21]);
    let xp: Vec<f64> = x.iter().zip(&v).map(|(a, b)| a + h * b).collect();
    let xm: Vec<f64> = x.iter().zip(&v).map(|(a, b)| a - h * b).collect();
    lj_hand_grad(&xp, &mut gp);
    lj_hand_grad(&xm, &mut gm);
    for i in 0..21 {
        let fd = (gp[i] - gm[i]) / (2.0 * h);
        assert!((fd - hv[i]).abs() < 1e-4 * (1.0 + hv[i].abs()));
    }
}

/// A minimum reached from the hexagon by the search for index 0.
fn a_minimum() -> Vec<f64> {
    let obj = Symmetric::new(energy(), RigidBody);
    let m = SaddleSearch::new(0).find(&obj, &hexagon());
    assert!(m.converged(), "{:?}", m.end);
    m.x
}

#[test]
fn a_minimum_is_degenerate_only_for_lack_of_the_symmetry() {
    let x = a_minimum();
    let plain = classify(&energy(), &x);
    assert_eq!(plain.kind, PointKind::Degenerate);
    assert_eq!((plain.zero_eigenvalues, plain.symmetry_modes), (6, 0));
    assert_eq!(plain.eigenvalues.len(), 21);
    assert!(plain.eigenvalues[6] > 1.0);
    let told = Classifier::new()
        .expected_zero_eigenvalues(6)
        .classify(&energy(), &x);
    assert_eq!(told.kind, PointKind::Minimum);
    let sym = classify(&Symmetric::new(energy(), RigidBody), &x);
    assert_eq!(sym.kind, PointKind::Minimum);
    assert_eq!((sym.symmetry_modes, sym.zero_eigenvalues), (6, 0));
    // The spectrum without the symmetry is the plain one without its six zeros.
    assert_eq!(sym.eigenvalues.len(), 15);
    for (a, b) in sym.eigenvalues.iter().zip(&plain.eigenvalues[6..]) {
        assert!((a - b).abs() < 1e-8 * b.abs().max(1.0), "{a} vs {b}");
    }
}

#[test]
fn rides_end_with_their_current_curvature_in_both_modes() {
    // Without the symmetry, so the tracker's window fills with the zero modes.
    let start = SaddleSearch::new(4).find(&Symmetric::new(energy(), RigidBody), &hexagon());
    assert!(start.converged());
    let plain = energy();
    for approximate in [false, true] {
        let mut rr = RidgeRider::new(&plain).max_depth(1).max_ridges(2);
        if approximate {
            rr = rr.approximate(6);
        }
        let tree = rr.explore(&start.x, |_| {});
        assert!(tree.values > 0 && !tree.rides.is_empty());
        for r in &tree.rides {
            let h = autodiff_runtime::dense::hessian(&plain, &r.end);
            // The curvature along some unit vector lies within the spectrum.
            let c = classify(&plain, &r.end);
            assert!(r.end_eigenvalue >= c.min_eigenvalue - 1e-6);
            assert!(r.end_eigenvalue <= c.max_eigenvalue + 1e-6);
            assert_eq!(h.len(), 441);
            match r.stop {
                RideStop::CurvatureNonNegative => assert!(r.end_eigenvalue >= -1e-6),
                RideStop::LostTrack => assert!(r.end_eigenvalue < -1e-6),
                other => panic!("unexpected stop {other:?}"),
            }
            assert!(r.values >= r.steps);
        }
        assert!(tree
            .rides
            .iter()
            .all(|r| r.stop == RideStop::CurvatureNonNegative));
    }
}

#[test]
fn with_the_symmetry_no_ride_moves_along_a_rigid_motion() {
    let obj = Symmetric::new(energy(), RigidBody);
    let start = SaddleSearch::new(4).find(&obj, &hexagon());
    let tree = RidgeRider::new(&obj)
        .max_depth(1)
        .record_trajectories(true)
        .explore(&start.x, |_| {});
    assert!(tree.rides.len() >= 4);
    for r in &tree.rides {
        for w in r.trajectory.windows(2) {
            let step: Vec<f64> = w[1].iter().zip(&w[0]).map(|(a, b)| a - b).collect();
            let len = step.iter().map(|c| c * c).sum::<f64>().sqrt();
            for m in rigid_body_modes(&w[0]) {
                let along: f64 = m.iter().zip(&step).map(|(a, b)| a * b).sum();
                assert!(along.abs() < 1e-9 * len, "{along} of {len}");
            }
        }
    }
}

#[test]
fn the_search_finds_the_four_minima_once_each_and_the_saddles_joining_them() {
    let obj = Symmetric::new(energy(), RigidBody);
    let flat = hexagon();
    let index = classify(&obj, &flat).index;
    assert_eq!(index, 4);
    // A small tree: the transition states do the rest.
    let tree = RidgeRider::new(&obj)
        .max_depth(2)
        .max_ridges(2)
        .distance(cluster_distance)
        .dedup_tolerance(1e-3)
        .start_search(SaddleSearch::new(index))
        .explore(&flat, |_| {});
    let mut minima: Vec<(Vec<f64>, f64)> = tree
        .leaves
        .iter()
        .filter(|l| l.kind == LeafKind::Minimum)
        .map(|l| (l.x.clone(), l.value))
        .collect();
    assert!(!minima.is_empty());
    // One leaf per structure, with every path that reaches it.
    for (i, a) in minima.iter().enumerate() {
        for b in &minima[i + 1..] {
            assert!(cluster_distance(&a.0, &b.0) > 1e-3);
        }
    }
    let paths: usize = tree.leaves.iter().map(|l| l.path_count()).sum();
    assert!(paths > tree.leaves.len());
    let search = SaddleSearch::new(1);
    let mut joins: Vec<[usize; 2]> = Vec::new();
    let mut saddles: Vec<Vec<f64>> = Vec::new();
    let mut next = 0;
    while next < minima.len() {
        let here = minima[next].0.clone();
        for mode in eigenpairs(&obj, &here, 3, Which::Smallest) {
            for sign in [1.0, -1.0] {
                let d: Vec<f64> = mode.vector.iter().map(|v| sign * v).collect();
                let s = search.find_along(&obj, &here, &d);
                if !s.converged() || saddles.iter().any(|q| cluster_distance(q, &s.x) < 1e-3) {
                    continue;
                }
                assert_eq!(s.index, 1);
                let c = search.connect(&obj, &s.x);
                let mut ends = [0; 2];
                for (end, side) in ends.iter_mut().zip([c.minus, c.plus]) {
                    assert_eq!(side.kind, PointKind::Minimum);
                    assert!(side.value < s.value);
                    *end = match minima
                        .iter()
                        .position(|m| cluster_distance(&m.0, &side.x) < 1e-3)
                    {
                        Some(j) => j,
                        None => {
                            minima.push((side.x, side.value));
                            minima.len() - 1
                        }
                    };
                }
                saddles.push(s.x);
                joins.push(ends);
            }
        }
        next += 1;
    }
    assert_eq!(minima.len(), 4);
    for known in KNOWN {
        let hits = minima.iter().filter(|m| (m.1 - known).abs() < 1e-4).count();
        assert_eq!(hits, 1, "{known}");
    }
    for m in &minima {
        assert_eq!(classify(&obj, &m.0).kind, PointKind::Minimum);
    }
    // The transition states between different minima connect all four.
    let mut group: Vec<usize> = (0..4).collect();
    for [a, b] in joins {
        let (ga, gb) = (group[a], group[b]);
        for g in group.iter_mut() {
            if *g == gb {
                *g = ga;
            }
        }
    }
    assert!(group.iter().all(|&g| g == group[0]));
}
