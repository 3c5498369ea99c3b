//! The saddle search on Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)²,
//! against the published locations of its critical points (Himmelblau 1972, to four
//! decimals): four minima, four saddles, one maximum. Saddles are found from nearby
//! points; connecting each saddle gives two of the minima; from the maximum, Ridge
//! Rider and the saddles reached by climbing out of the minima it finds give all four.

use autodiff_runtime::ridge_rider::RidgeRider;
use autodiff_runtime::saddle::{FnObjective, PointKind, SaddleEnd, SaddleError, SaddleSearch};

#[path = "common/himmelblau.rs"]
mod himmelblau;
use himmelblau::objective;

const MINIMA: [[f64; 2]; 4] = [
    [3.0, 2.0],
    [-2.8051, 3.1313],
    [-3.7793, -3.2832],
    [3.5844, -1.8481],
];
const SADDLES: [[f64; 2]; 4] = [
    [0.0867, 2.8843],
    [-3.0730, -0.0814],
    [3.3852, 0.0739],
    [-0.1280, -1.9537],
];
const MAXIMUM: [f64; 2] = [-0.2708, -0.9230];

/// Index of the published point within `tol` of `x`.
fn which(points: &[[f64; 2]], x: &[f64], tol: f64) -> Option<usize> {
    points
        .iter()
        .position(|p| (p[0] - x[0]).hypot(p[1] - x[1]) < tol)
}

#[test]
fn saddles_are_found_from_nearby_points() {
    let obj = objective();
    for (i, s) in SADDLES.iter().enumerate() {
        let found = SaddleSearch::new(1).find(&obj, &[s[0] + 0.3, s[1] - 0.25]);
        assert!(found.converged(), "saddle {i}: {:?}", found.end);
        assert_eq!(which(&SADDLES, &found.x, 1e-4), Some(i));
        assert!(found.grad_norm <= 1e-8 && found.index == 1);
        assert!(found.lowest.value < 0.0);
    }
}

#[test]
fn from_the_maximum_and_its_saddles_all_four_minima() {
    let obj = objective();
    let top = SaddleSearch::new(2).find(&obj, &[0.2, -0.6]);
    assert!(top.converged(), "{:?}", top.end);
    assert_eq!(which(&[MAXIMUM], &top.x, 1e-4), Some(0));
    assert!((top.value - 181.6165).abs() < 1e-3);
    // Ridge Rider started by the search at the maximum: every leaf a published
    // minimum (its rides reach three of the four).
    let tree = RidgeRider::new(&obj)
        .step_size(0.05)
        .start_search(SaddleSearch::new(2))
        .explore(&[0.2, -0.6], |_| {});
    assert_eq!(which(&[MAXIMUM], &tree.start, 1e-4), Some(0));
    let mut minima: Vec<usize> = tree
        .minima()
        .map(|l| which(&MINIMA, &l.x, 1e-4).expect("a published minimum"))
        .collect();
    assert!(minima.len() >= 3);
    // Climbing out of each minimum found along its eigenvectors, both ways, and
    // connecting the saddles reached: every converged climb ends at a published
    // saddle, every failed one stops at the distance limit, and the saddles lead
    // to the minimum the rides missed.
    let mut saddles = Vec::new();
    let mut next = 0;
    while next < minima.len() {
        let m = MINIMA[minima[next]];
        for d in [[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]] {
            let s = SaddleSearch::new(1).find_along(&obj, &m, &d);
            if !s.converged() {
                assert_eq!(s.end, SaddleEnd::DistanceLimit);
                continue;
            }
            let i = which(&SADDLES, &s.x, 1e-4).expect("a published saddle");
            if saddles.contains(&i) {
                continue;
            }
            saddles.push(i);
            let c = SaddleSearch::new(1).connect(&obj, &s.x);
            for end in [c.minus, c.plus] {
                assert_eq!(end.kind, PointKind::Minimum);
                let j = which(&MINIMA, &end.x, 1e-4).expect("a published minimum");
                if !minima.contains(&j) {
                    minima.push(j);
                }
            }
        }
        next += 1;
    }
    minima.sort_unstable();
    assert_eq!(minima, [0, 1, 2, 3]);
    assert!(saddles.len() >= 3);
}

#[test]
fn each_saddle_connects_two_neighbouring_minima_and_they_form_a_ring() {
    let obj = objective();
    let mut degree = [0; 4];
    for s in SADDLES {
        let exact = SaddleSearch::new(1).find(&obj, &s);
        let c = SaddleSearch::new(1).connect(&obj, &exact.x);
        assert_eq!(
            (c.minus.kind, c.plus.kind),
            (PointKind::Minimum, PointKind::Minimum)
        );
        let a = which(&MINIMA, &c.minus.x, 1e-4).expect("a published minimum");
        let b = which(&MINIMA, &c.plus.x, 1e-4).expect("a published minimum");
        assert_ne!(a, b);
        assert!(c.minus.value < 1e-12 && c.plus.value < 1e-12);
        degree[a] += 1;
        degree[b] += 1;
    }
    // Four minima around the maximum, a saddle between each pair of neighbours.
    assert_eq!(degree, [2, 2, 2, 2]);
}

#[test]
fn a_missing_critical_point_is_reported_not_drifted_to() {
    // x² − y² has no point with two negative eigenvalues, nor a minimum.
    let obj = FnObjective::new(
        2,
        |x: &[f64]| x[0] * x[0] - x[1] * x[1],
        |x: &[f64], g: &mut [f64]| {
            g[0] = 2.0 * x[0];
            g[1] = -2.0 * x[1];
            x[0] * x[0] - x[1] * x[1]
        },
        |_: &[f64], v: &[f64], hv: &mut [f64]| {
            hv[0] = 2.0 * v[0];
            hv[1] = -2.0 * v[1];
            0.0
        },
    );
    for index in [0, 2] {
        let s = SaddleSearch::new(index)
            .max_distance(5.0)
            .find(&obj, &[0.3, 0.2]);
        assert_eq!(s.end, SaddleEnd::DistanceLimit, "index {index}");
        let d = (s.x[0] - 0.3).hypot(s.x[1] - 0.2);
        assert!(d > 5.0 && d < 5.6, "stopped at distance {d}");
    }
    // The index-1 point is the origin.
    let s = SaddleSearch::new(1).find(&obj, &[0.3, 0.2]);
    assert!(s.converged() && s.x[0].abs() < 1e-9 && s.x[1].abs() < 1e-9);
    // At a critical point of another index the search stops and says so.
    let s = SaddleSearch::new(0).find(&obj, &[0.0, 0.0]);
    assert!(s.end == SaddleEnd::WrongIndex || s.end == SaddleEnd::DistanceLimit);
}

#[test]
fn a_search_that_runs_off_the_domain_stalls_inside_it() {
    // −x², defined only on |x| < 1: minimising runs off the domain. Non-finite trial
    // steps are rejected, the radius shrinks, and the search says it stalled.
    let obj = FnObjective::new(
        1,
        |x: &[f64]| {
            if x[0].abs() < 1.0 {
                -x[0] * x[0]
            } else {
                f64::NAN
            }
        },
        |x: &[f64], g: &mut [f64]| {
            let inside = x[0].abs() < 1.0;
            g[0] = if inside { -2.0 * x[0] } else { f64::NAN };
            if inside {
                -x[0] * x[0]
            } else {
                f64::NAN
            }
        },
        |_: &[f64], v: &[f64], hv: &mut [f64]| {
            hv[0] = -2.0 * v[0];
            0.0
        },
    );
    let s = SaddleSearch::new(0).find(&obj, &[0.5]);
    assert_eq!(s.end, SaddleEnd::Stalled);
    assert!(s.x[0] > 0.99 && s.x[0] < 1.0 && s.value.is_finite());
    // A start outside the domain ends at once.
    assert_eq!(
        SaddleSearch::new(0).find(&obj, &[2.0]).end,
        SaddleEnd::NonFinite
    );
}

#[test]
fn misuse_is_an_error() {
    let obj = objective();
    assert_eq!(
        SaddleSearch::new(3).try_find(&obj, &[0.0, 0.0]),
        Err(SaddleError::InvalidCount { k: 3, n: 2 })
    );
    assert_eq!(
        SaddleSearch::new(1).try_find_along(&obj, &[0.0, 0.0], &[1.0]),
        Err(SaddleError::StartLength {
            expected: 2,
            found: 1
        })
    );
    assert_eq!(
        SaddleSearch::new(1).try_find_along(&obj, &[0.0, 0.0], &[0.0, 0.0]),
        Err(SaddleError::InvalidStart)
    );
    assert_eq!(
        SaddleSearch::new(1).try_find(&obj, &[f64::NAN, 0.0]),
        Err(SaddleError::NonFinitePoint)
    );
}
