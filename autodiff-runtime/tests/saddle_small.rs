//! Small functions with known critical points: the six-hump camel (saddle at the
//! origin with eigenvalues ±√65), x² − y², the degenerate monkey saddle x³ − 3xy²;
//! and misuse of the API.

use autodiff_runtime::saddle::{
    classify, eigenpairs, eigenpairs_from, escape_direction, Classifier, EigenSolver, FnObjective,
    Objective, PointKind, SaddleError, Which,
};

// Six-hump camel: f = (4 − 2.1x² + x⁴/3)x² + xy + (−4 + 4y²)y².
fn camel(x: &[f64]) -> f64 {
    let (p, q) = (x[0], x[1]);
    (4.0 - 2.1 * p * p + p.powi(4) / 3.0) * p * p + p * q + (-4.0 + 4.0 * q * q) * q * q
}
fn camel_grad(x: &[f64], g: &mut [f64]) -> f64 {
    let (p, q) = (x[0], x[1]);
    g[0] = 8.0 * p - 8.4 * p.powi(3) + 2.0 * p.powi(5) + q;
    g[1] = p - 8.0 * q + 16.0 * q.powi(3);
    camel(x)
}
/// Hessian [[8 − 25.2x² + 10x⁴, 1], [1, −8 + 48y²]]: [[8, 1], [1, −8]] at the
/// origin, eigenvalues ±√(64 + 1) = ±√65.
fn camel_hessian(x: &[f64]) -> [[f64; 2]; 2] {
    let (p, q) = (x[0], x[1]);
    [
        [8.0 - 25.2 * p * p + 10.0 * p.powi(4), 1.0],
        [1.0, -8.0 + 48.0 * q * q],
    ]
}
fn camel_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
    let h = camel_hessian(x);
    hv[0] = h[0][0] * v[0] + h[0][1] * v[1];
    hv[1] = h[1][0] * v[0] + h[1][1] * v[1];
    camel(x)
}

#[test]
fn camel_origin_is_a_saddle_with_eigenvalues_plus_minus_sqrt_65() {
    let obj = FnObjective::new(2, camel, camel_grad, camel_hvp);
    let c = classify(&obj, &[0.0, 0.0]);
    assert_eq!(c.kind, PointKind::Saddle);
    assert_eq!(c.index, 1);
    assert_eq!(c.grad_norm, 0.0);
    let r = 65f64.sqrt();
    assert!((c.min_eigenvalue + r).abs() < 1e-13 && (c.max_eigenvalue - r).abs() < 1e-13);
    // The eigenvector of −√65 solves (8 + √65) v₀ + v₁ = 0.
    let d = escape_direction(&obj, &[0.0, 0.0]).unwrap();
    assert!(((8.0 + r) * d.vector[0] + d.vector[1]).abs() < 1e-12);
    assert!(camel(&[0.05 * d.vector[0], 0.05 * d.vector[1]]) < 0.0);
}

#[test]
fn camel_global_minima_found_by_newton_are_minima() {
    let obj = FnObjective::new(2, camel, camel_grad, camel_hvp);
    for guess in [[0.0898, -0.7126], [-0.0898, 0.7126]] {
        let mut x = guess;
        for _ in 0..30 {
            let mut g = [0.0; 2];
            camel_grad(&x, &mut g);
            let h = camel_hessian(&x);
            let det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
            x[0] -= (h[1][1] * g[0] - h[0][1] * g[1]) / det;
            x[1] -= (h[0][0] * g[1] - h[1][0] * g[0]) / det;
        }
        let c = classify(&obj, &x);
        assert_eq!(c.kind, PointKind::Minimum);
        // The known global minimum value of the six-hump camel.
        assert!((c.value + 1.031_628_453_489_877).abs() < 1e-12);
    }
}

fn hyperbolic() -> impl Objective {
    FnObjective::new(
        2,
        |x: &[f64]| x[0] * x[0] - x[1] * x[1],
        |x: &[f64], g: &mut [f64]| {
            g[0] = 2.0 * x[0];
            g[1] = -2.0 * x[1];
            x[0] * x[0] - x[1] * x[1]
        },
        |x: &[f64], v: &[f64], hv: &mut [f64]| {
            hv[0] = 2.0 * v[0];
            hv[1] = -2.0 * v[1];
            x[0] * x[0] - x[1] * x[1]
        },
    )
}

#[test]
fn x2_minus_y2_saddle() {
    let obj = hyperbolic();
    let c = classify(&obj, &[0.0, 0.0]);
    assert_eq!((c.kind, c.index), (PointKind::Saddle, 1));
    assert_eq!(c.eigenvalues, vec![-2.0, 2.0]);
    let lo = eigenpairs(&obj, &[0.0, 0.0], 2, Which::Smallest);
    assert_eq!((lo[0].value, lo[1].value), (-2.0, 2.0));
    assert_eq!(lo[0].vector, vec![0.0, 1.0]);
    assert_eq!(lo[1].vector, vec![1.0, 0.0]);
    let hi = eigenpairs(&obj, &[0.0, 0.0], 1, Which::Largest);
    assert_eq!(hi[0].value, 2.0);
    // Off the saddle at y = −0.5, the loss decreases toward more negative y.
    let d = escape_direction(&obj, &[0.3, -0.5]).unwrap();
    assert_eq!(d.vector, vec![0.0, -1.0]);
    // Away from the origin it is not critical.
    assert_eq!(classify(&obj, &[0.3, -0.5]).kind, PointKind::NotCritical);
    // Within the gradient tolerance of the saddle it is still classified a saddle.
    assert_eq!(classify(&obj, &[1e-9, 1e-9]).kind, PointKind::Saddle);
}

fn monkey() -> impl Objective {
    let f = |x: &[f64]| x[0].powi(3) - 3.0 * x[0] * x[1] * x[1];
    FnObjective::new(
        2,
        f,
        move |x: &[f64], g: &mut [f64]| {
            g[0] = 3.0 * x[0] * x[0] - 3.0 * x[1] * x[1];
            g[1] = -6.0 * x[0] * x[1];
            f(x)
        },
        move |x: &[f64], v: &[f64], hv: &mut [f64]| {
            hv[0] = 6.0 * x[0] * v[0] - 6.0 * x[1] * v[1];
            hv[1] = -6.0 * x[1] * v[0] - 6.0 * x[0] * v[1];
            f(x)
        },
    )
}

#[test]
fn monkey_saddle_is_degenerate() {
    let obj = monkey();
    let c = classify(&obj, &[0.0, 0.0]);
    assert_eq!(c.kind, PointKind::Degenerate);
    assert_eq!((c.index, c.min_eigenvalue, c.max_eigenvalue), (0, 0.0, 0.0));
    // No negative curvature to escape along, although f decreases along −x.
    assert!(escape_direction(&obj, &[0.0, 0.0]).is_none());
    // Near the origin the Hessian is 6·[[x, −y], [−y, −x]], eigenvalues ±6‖(x, y)‖:
    // indefinite, but the gradient (of size 3‖(x, y)‖²) is not zero.
    let near = classify(&obj, &[1e-3, 2e-3]);
    let r = 6.0 * (1e-6f64 + 4e-6).sqrt();
    assert!((near.min_eigenvalue + r).abs() < 1e-12 && (near.max_eigenvalue - r).abs() < 1e-12);
    // The gradient there, (−9e-6, −1.2e-5), exceeds the default tolerance 1e-6 ...
    assert_eq!(near.kind, PointKind::NotCritical);
    assert!((near.grad_norm - 1.5e-5).abs() < 1e-18);
    // ... and with a looser one the indefinite Hessian makes it a saddle.
    let loose = Classifier::new()
        .grad_tol(1e-4)
        .classify(&obj, &[1e-3, 2e-3]);
    assert_eq!((loose.kind, loose.index), (PointKind::Saddle, 1));
}

#[test]
fn semidefinite_hessians_are_degenerate_and_definite_ones_are_extrema() {
    // f = ±(x² + c·y²) at the origin, c from clearly positive to zero.
    for (c, sign, want) in [
        (1.0, 1.0, PointKind::Minimum),
        (1.0, -1.0, PointKind::Maximum),
        (0.0, 1.0, PointKind::Degenerate),
        (0.0, -1.0, PointKind::Degenerate),
        (1e-12, 1.0, PointKind::Degenerate),
    ] {
        let obj = FnObjective::new(
            2,
            move |x: &[f64]| sign * (x[0] * x[0] + c * x[1] * x[1]),
            move |x: &[f64], g: &mut [f64]| {
                g[0] = sign * 2.0 * x[0];
                g[1] = sign * 2.0 * c * x[1];
                0.0
            },
            move |_: &[f64], v: &[f64], hv: &mut [f64]| {
                hv[0] = sign * 2.0 * v[0];
                hv[1] = sign * 2.0 * c * v[1];
                0.0
            },
        );
        let got = classify(&obj, &[0.0, 0.0]);
        assert_eq!(got.kind, want, "c = {c}, sign = {sign}");
        let index = if sign < 0.0 && want == PointKind::Maximum {
            2
        } else if sign < 0.0 {
            1
        } else {
            0
        };
        assert_eq!(got.index, index, "c = {c}, sign = {sign}");
    }
}

#[test]
fn indefinite_with_a_zero_eigenvalue_is_still_a_saddle() {
    // f = x² − y² + 0·z²: a zero eigenvalue, but both signs of curvature exist.
    let obj = FnObjective::new(
        3,
        |x: &[f64]| x[0] * x[0] - x[1] * x[1],
        |x: &[f64], g: &mut [f64]| {
            g[0] = 2.0 * x[0];
            g[1] = -2.0 * x[1];
            g[2] = 0.0;
            0.0
        },
        |_: &[f64], v: &[f64], hv: &mut [f64]| {
            hv[0] = 2.0 * v[0];
            hv[1] = -2.0 * v[1];
            hv[2] = 0.0;
            0.0
        },
    );
    let c = classify(&obj, &[0.0; 3]);
    assert_eq!((c.kind, c.index), (PointKind::Saddle, 1));
    assert_eq!(c.eigenvalues, vec![-2.0, 0.0, 2.0]);
}

#[test]
fn misuse_gives_errors() {
    let obj = hyperbolic();
    let solver = EigenSolver::new();
    let x = [0.0, 0.0];
    assert_eq!(
        solver.try_solve(&obj, &x, 0, Which::Smallest),
        Err(SaddleError::InvalidCount { k: 0, n: 2 })
    );
    assert_eq!(
        solver.try_solve(&obj, &x, 3, Which::Largest),
        Err(SaddleError::InvalidCount { k: 3, n: 2 })
    );
    assert_eq!(
        solver.try_solve(&obj, &[0.0; 3], 1, Which::Largest),
        Err(SaddleError::PointLength {
            expected: 2,
            found: 3
        })
    );
    assert_eq!(
        solver.try_solve(&obj, &[f64::NAN, 0.0], 1, Which::Largest),
        Err(SaddleError::NonFinitePoint)
    );
    assert_eq!(
        solver.try_solve_from(&obj, &x, 1, Which::Largest, &[0.0, 0.0]),
        Err(SaddleError::InvalidStart)
    );
    assert_eq!(
        solver.try_solve_from(&obj, &x, 1, Which::Largest, &[1.0]),
        Err(SaddleError::StartLength {
            expected: 2,
            found: 1
        })
    );
    let c = Classifier::new();
    assert_eq!(
        c.try_classify(&obj, &[f64::INFINITY, 0.0]),
        Err(SaddleError::NonFinitePoint)
    );
    assert_eq!(
        c.try_escape_direction(&obj, &[1.0]),
        Err(SaddleError::PointLength {
            expected: 2,
            found: 1
        })
    );

    let empty = FnObjective::new(
        0,
        |_: &[f64]| 0.0,
        |_: &[f64], _: &mut [f64]| 0.0,
        |_: &[f64], _: &[f64], _: &mut [f64]| 0.0,
    );
    assert_eq!(c.try_classify(&empty, &[]), Err(SaddleError::ZeroDimension));
    assert_eq!(
        solver.try_solve(&empty, &[], 1, Which::Smallest),
        Err(SaddleError::ZeroDimension)
    );
}

#[test]
fn non_finite_derivatives_are_errors_on_both_paths() {
    // √x at 0 has an infinite second derivative.
    let obj = FnObjective::new(
        40,
        |x: &[f64]| x.iter().map(|v| v.sqrt()).sum(),
        |x: &[f64], g: &mut [f64]| {
            for (gi, xi) in g.iter_mut().zip(x) {
                *gi = 0.5 / xi.sqrt();
            }
            0.0
        },
        |x: &[f64], v: &[f64], hv: &mut [f64]| {
            for i in 0..x.len() {
                hv[i] = -0.25 * x[i].powf(-1.5) * v[i];
            }
            0.0
        },
    );
    let x = vec![0.0; 40];
    for dense in [0, 64] {
        let solver = EigenSolver::new().dense_threshold(dense);
        assert_eq!(
            solver.try_solve(&obj, &x, 1, Which::Smallest),
            Err(SaddleError::NonFiniteDerivative)
        );
    }
    assert_eq!(
        Classifier::new().try_classify(&obj, &x),
        Err(SaddleError::NonFiniteDerivative)
    );
}

#[test]
#[should_panic(expected = "asked for 0 eigenpairs of a 2-dimensional Hessian")]
fn eigenpairs_panics_on_k_zero() {
    eigenpairs(&hyperbolic(), &[0.0, 0.0], 0, Which::Smallest);
}

#[test]
#[should_panic(expected = "point has a NaN or infinite coordinate")]
fn classify_panics_on_nan() {
    classify(&hyperbolic(), &[f64::NAN, 0.0]);
}

#[test]
#[should_panic(expected = "start vector is zero")]
fn eigenpairs_from_panics_on_zero_start() {
    eigenpairs_from(&hyperbolic(), &[0.0, 0.0], 1, Which::Smallest, &[0.0, 0.0]);
}

#[test]
#[should_panic(expected = "`tol` must be positive")]
fn solver_rejects_bad_tolerance_where_it_is_set() {
    let _ = EigenSolver::new().tol(-1.0);
}
