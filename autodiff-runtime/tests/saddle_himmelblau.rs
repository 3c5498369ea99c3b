//! Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)²: nine critical
//! points (four minima, four saddles, one maximum). Each is located here by Newton's
//! method on the hand-written gradient and analytic Hessian, from its approximate
//! published location, and then classified; the eigenvalues are compared with the
//! closed-form eigenvalues of the analytic 2 × 2 Hessian.

use autodiff_runtime::saddle::{
    classify, eigenpairs, escape_direction, Classifier, EigenSolver, PointKind, Which,
};

#[path = "common/himmelblau.rs"]
mod himmelblau;
use himmelblau::{analytic_hessian, himmelblau, himmelblau_grad, objective};

/// Eigenvalues of a symmetric 2 × 2 matrix in closed form, ascending.
fn eig2(h: [[f64; 2]; 2]) -> [f64; 2] {
    let mean = 0.5 * (h[0][0] + h[1][1]);
    let radius = (0.25 * (h[0][0] - h[1][1]).powi(2) + h[0][1] * h[0][1]).sqrt();
    [mean - radius, mean + radius]
}

/// Newton's method on ∇f = 0 with the analytic Hessian (Cramer's rule).
fn newton(mut x: [f64; 2]) -> [f64; 2] {
    for _ in 0..50 {
        let mut g = [0.0; 2];
        himmelblau_grad(&x, &mut g);
        let h = analytic_hessian(&x);
        let det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
        x[0] -= (h[1][1] * g[0] - h[0][1] * g[1]) / det;
        x[1] -= (h[0][0] * g[1] - h[1][0] * g[0]) / det;
    }
    x
}

/// Approximate locations (Himmelblau 1972; four decimals) and expected kinds.
const POINTS: [([f64; 2], PointKind); 9] = [
    ([3.0, 2.0], PointKind::Minimum),
    ([-2.8051, 3.1313], PointKind::Minimum),
    ([-3.7793, -3.2832], PointKind::Minimum),
    ([3.5844, -1.8481], PointKind::Minimum),
    ([-0.2708, -0.9230], PointKind::Maximum),
    ([0.0867, 2.8843], PointKind::Saddle),
    ([-3.0730, -0.0814], PointKind::Saddle),
    ([3.3852, 0.0739], PointKind::Saddle),
    ([-0.1280, -1.9537], PointKind::Saddle),
];

#[test]
fn nine_critical_points_are_classified() {
    let obj = objective();
    let mut counts = [0usize; 3];
    let mut found: Vec<[f64; 2]> = Vec::new();
    for (guess, kind) in POINTS {
        let x = newton(guess);
        assert!((x[0] - guess[0]).abs() < 1e-3 && (x[1] - guess[1]).abs() < 1e-3);
        // Nine distinct points.
        assert!(found
            .iter()
            .all(|p| (p[0] - x[0]).abs() + (p[1] - x[1]).abs() > 0.1));
        found.push(x);

        let c = classify(&obj, &x);
        assert_eq!(c.kind, kind, "at {x:?}");
        assert!(c.grad_norm < 1e-10, "Newton did not converge at {x:?}");
        assert_eq!(c.value, himmelblau(&x));
        let exact = eig2(analytic_hessian(&x));
        assert!((c.min_eigenvalue - exact[0]).abs() < 1e-10 * exact[1].abs().max(1.0));
        assert!((c.max_eigenvalue - exact[1]).abs() < 1e-10 * exact[1].abs().max(1.0));
        assert_eq!(c.eigenvalues.len(), 2);
        assert!(c.index_exact);
        let want_index = exact.iter().filter(|&&l| l < 0.0).count();
        assert_eq!(c.index, want_index);
        match kind {
            PointKind::Minimum => {
                assert_eq!(c.index, 0);
                counts[0] += 1;
            }
            PointKind::Saddle => {
                assert_eq!(c.index, 1);
                counts[1] += 1;
            }
            _ => {
                assert_eq!(c.index, 2);
                counts[2] += 1;
            }
        }
    }
    assert_eq!(counts, [4, 4, 1]);
    // The four minima are global, with value 0.
    for (x, (_, kind)) in found.iter().zip(POINTS) {
        if kind == PointKind::Minimum {
            assert!(himmelblau(x) < 1e-20);
        }
    }
}

#[test]
fn lanczos_path_agrees_with_dense_path_and_analytic_eigenvectors() {
    let obj = objective();
    let lanczos = EigenSolver::new().dense_threshold(0);
    for (guess, _) in POINTS {
        let x = newton(guess);
        let h = analytic_hessian(&x);
        let exact = eig2(h);
        for which in [Which::Smallest, Which::Largest] {
            let dense = eigenpairs(&obj, &x, 2, which);
            let krylov = lanczos.try_solve(&obj, &x, 2, which).unwrap();
            for (d, k) in dense.iter().zip(&krylov) {
                assert!((d.value - k.value).abs() < 1e-10);
                // Same eigenvector, same deterministic orientation.
                for (a, b) in d.vector.iter().zip(&k.vector) {
                    assert!((a - b).abs() < 1e-8);
                }
            }
            let want = match which {
                Which::Smallest => exact,
                Which::Largest => [exact[1], exact[0]],
            };
            for (p, w) in dense.iter().zip(want) {
                assert!((p.value - w).abs() < 1e-10 * w.abs().max(1.0));
                // H v = λ v with the analytic Hessian.
                let hv0 = h[0][0] * p.vector[0] + h[0][1] * p.vector[1];
                let hv1 = h[1][0] * p.vector[0] + h[1][1] * p.vector[1];
                assert!((hv0 - w * p.vector[0]).abs() < 1e-9 * w.abs().max(1.0));
                assert!((hv1 - w * p.vector[1]).abs() < 1e-9 * w.abs().max(1.0));
                assert!(p.residual < 1e-10 * w.abs().max(1.0));
            }
        }
    }
}

#[test]
fn escape_directions_lead_from_saddles_to_lower_values() {
    let obj = objective();
    for (guess, kind) in POINTS {
        let x = newton(guess);
        let escape = escape_direction(&obj, &x);
        if kind == PointKind::Minimum {
            assert!(escape.is_none(), "a minimum has no negative curvature");
            continue;
        }
        let d = escape.unwrap();
        assert!((d.value - eig2(analytic_hessian(&x))[0]).abs() < 1e-9);
        // Both signs decrease f from an exact saddle; stepping along d must.
        for t in [1e-3, 1e-2, 0.1] {
            let y = [x[0] + t * d.vector[0], x[1] + t * d.vector[1]];
            assert!(himmelblau(&y) < himmelblau(&x), "step {t} from {x:?}");
        }
    }
}

#[test]
fn escape_direction_sign_follows_the_gradient_off_the_saddle() {
    let obj = objective();
    let s = newton([0.0867, 2.8843]);
    let d0 = escape_direction(&obj, &s).unwrap().vector;
    for side in [1.0, -1.0] {
        // Slightly off the saddle along ±d0 the gradient has a component along d0
        // (f decreases away from the saddle), so the escape must point further out.
        let x = [s[0] + side * 1e-3 * d0[0], s[1] + side * 1e-3 * d0[1]];
        let d = escape_direction(&obj, &x).unwrap().vector;
        let along = d[0] * d0[0] + d[1] * d0[1];
        assert!(along * side > 0.99, "side {side}: {d:?} vs {d0:?}");
        let mut g = [0.0; 2];
        himmelblau_grad(&x, &mut g);
        assert!(g[0] * d[0] + g[1] * d[1] < 0.0);
    }
}

#[test]
fn not_critical_away_from_the_nine_points_but_spectrum_still_reported() {
    let obj = objective();
    let x = [1.0, 1.0];
    let c = classify(&obj, &x);
    assert_eq!(c.kind, PointKind::NotCritical);
    let mut g = [0.0; 2];
    himmelblau_grad(&x, &mut g);
    assert!((c.grad_norm - (g[0] * g[0] + g[1] * g[1]).sqrt()).abs() < 1e-12);
    let exact = eig2(analytic_hessian(&x));
    assert!((c.min_eigenvalue - exact[0]).abs() < 1e-10);
    assert!((c.max_eigenvalue - exact[1]).abs() < 1e-10);
    // A loose enough gradient tolerance declares it critical.
    let loose = Classifier::new().grad_tol(1e3).classify(&obj, &x);
    assert_ne!(loose.kind, PointKind::NotCritical);
}

#[test]
fn dense_hessian_is_the_analytic_one() {
    let obj = objective();
    for (guess, _) in POINTS {
        let x = newton(guess);
        let h = autodiff_runtime::dense::hessian(&obj, &x);
        let a = analytic_hessian(&x);
        assert_eq!(h, vec![a[0][0], a[0][1], a[1][0], a[1][1]]);
    }
}
