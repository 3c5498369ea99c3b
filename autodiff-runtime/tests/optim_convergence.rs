//! Convergence of Adam and SGD with momentum (heavy-ball and Nesterov) on the classic
//! test functions, from their usual starting points, to their known minima; driven
//! by `minimize`, so its stopping rules are exercised on real problems too.
#![cfg(feature = "alloc")]

use autodiff_runtime::optim::{minimize, Adam, MinimizeOptions, Optimizer, Sgd, StopReason};

type GradFn = fn(&[f64], &mut [f64]) -> f64;

/// Rosenbrock: (1 - x)² + 100 (y - x²)², minimum 0 at (1, 1).
fn rosenbrock(p: &[f64], g: &mut [f64]) -> f64 {
    let (x, y) = (p[0], p[1]);
    g[0] = -2.0 * (1.0 - x) - 400.0 * x * (y - x * x);
    g[1] = 200.0 * (y - x * x);
    (1.0 - x).powi(2) + 100.0 * (y - x * x).powi(2)
}

/// Beale: Σ (cᵢ - x + x yⁱ)² with c = (1.5, 2.25, 2.625), minimum 0 at (3, 0.5).
fn beale(p: &[f64], g: &mut [f64]) -> f64 {
    let (x, y) = (p[0], p[1]);
    let t = [
        1.5 - x + x * y,
        2.25 - x + x * y * y,
        2.625 - x + x * y * y * y,
    ];
    g[0] = 2.0 * (t[0] * (y - 1.0) + t[1] * (y * y - 1.0) + t[2] * (y * y * y - 1.0));
    g[1] = 2.0 * (t[0] * x + t[1] * 2.0 * x * y + t[2] * 3.0 * x * y * y);
    t.iter().map(|ti| ti * ti).sum()
}

/// Booth: (x + 2y - 7)² + (2x + y - 5)², minimum 0 at (1, 3).
fn booth(p: &[f64], g: &mut [f64]) -> f64 {
    let (a, b) = (p[0] + 2.0 * p[1] - 7.0, 2.0 * p[0] + p[1] - 5.0);
    g[0] = 2.0 * a + 4.0 * b;
    g[1] = 4.0 * a + 2.0 * b;
    a * a + b * b
}

/// Himmelblau: (x² + y - 11)² + (x + y² - 7)², four minima with value 0; from the
/// origin, descent reaches the one at (3, 2).
fn himmelblau(p: &[f64], g: &mut [f64]) -> f64 {
    let (x, y) = (p[0], p[1]);
    let (a, b) = (x * x + y - 11.0, x + y * y - 7.0);
    g[0] = 4.0 * x * a + 2.0 * b;
    g[1] = 2.0 * a + 4.0 * y * b;
    a * a + b * b
}

struct Case {
    name: &'static str,
    f: GradFn,
    x0: [f64; 2],
    minimum: [f64; 2],
}

const CASES: [Case; 4] = [
    Case {
        name: "rosenbrock",
        f: rosenbrock,
        x0: [-1.2, 1.0],
        minimum: [1.0, 1.0],
    },
    Case {
        name: "beale",
        f: beale,
        x0: [1.0, 1.0],
        minimum: [3.0, 0.5],
    },
    Case {
        name: "booth",
        f: booth,
        x0: [0.0, 0.0],
        minimum: [1.0, 3.0],
    },
    Case {
        name: "himmelblau",
        f: himmelblau,
        x0: [0.0, 0.0],
        minimum: [3.0, 2.0],
    },
];

fn check(label: &str, case: &Case, opt: &mut dyn Optimizer<f64>, max_iters: usize) {
    let opts = MinimizeOptions::new().max_iters(max_iters).grad_tol(1e-8);
    let r = minimize(case.f, &case.x0, opt, &opts);
    let dist = ((r.x[0] - case.minimum[0]).powi(2) + (r.x[1] - case.minimum[1]).powi(2)).sqrt();
    assert_eq!(
        r.reason,
        StopReason::GradientTolerance,
        "{label} on {}: {r:?}",
        case.name
    );
    assert!(dist < 1e-6, "{label} on {}: ended at {:?}", case.name, r.x);
    assert!(r.loss < 1e-12, "{label} on {}: loss {}", case.name, r.loss);
}

#[test]
fn gradients_match_central_differences() {
    // The hand-written gradients are the tests' own truth: pin them first.
    for case in &CASES {
        for p in [[0.3, -0.7], [1.1, 0.4], [-2.0, 1.5]] {
            let mut g = [0.0; 2];
            (case.f)(&p, &mut g);
            for i in 0..2 {
                let h = 1e-6;
                let (mut a, mut b) = (p, p);
                a[i] += h;
                b[i] -= h;
                let fd = ((case.f)(&a, &mut [0.0; 2]) - (case.f)(&b, &mut [0.0; 2])) / (2.0 * h);
                assert!(
                    (g[i] - fd).abs() <= 1e-6 * fd.abs().max(1.0),
                    "{} at {p:?}",
                    case.name
                );
            }
        }
    }
}

#[test]
fn adam_reaches_the_known_minima() {
    for (case, lr) in CASES.iter().zip([0.01, 0.01, 0.1, 0.05]) {
        check("adam", case, &mut Adam::new(lr), 200_000);
    }
}

#[test]
fn sgd_with_momentum_reaches_the_known_minima() {
    for (case, lr) in CASES.iter().zip([1e-3, 1e-3, 0.01, 1e-3]) {
        check(
            "sgd momentum",
            case,
            &mut Sgd::new(lr).momentum(0.9),
            200_000,
        );
        check(
            "sgd nesterov",
            case,
            &mut Sgd::new(lr).momentum(0.9).nesterov(true),
            200_000,
        );
    }
}
