//! `examples/curve_fit.rs`: Levenberg–Marquardt with the generated Jacobian recovers the
//! parameters of exact data, lands within a few standard errors of the truth on noisy
//! data, and reports the covariance that an independent computation gives (a
//! central-difference Jacobian of the residuals and a Gauss–Jordan inverse of `JᵀJ`);
//! the `f32` fixed-size variant allocates nothing and agrees with the `f64` fit.
//!
//! A plain `main` (no test harness): the allocation counter is process-wide.

#![allow(clippy::needless_range_loop)]

use std::alloc::System;

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

// The example's `main` is not called from here.
#[allow(dead_code)]
#[path = "../examples/curve_fit.rs"]
mod curve_fit;

use curve_fit::{embedded, fit, measurements, ringdown, PARAMS, SAMPLES, TRUE_PARAMS};
use differentiable::least_squares::workspace_len;

const N: usize = PARAMS;

fn exact_data_gives_the_true_parameters() {
    let (t, _) = measurements(1);
    let mut y = [0.0; SAMPLES];
    ringdown(&TRUE_PARAMS, &t, &[0.0; SAMPLES], &mut y);
    let fitted = fit(&t, &y, |_| {});
    assert!(fitted.fit.stop.converged(), "{:?}", fitted.fit);
    for (got, want) in fitted.params.iter().zip(TRUE_PARAMS) {
        assert!((got - want).abs() < 1e-9, "{:?}", fitted.params);
    }
}

/// Central differences of the residuals: column j of the Jacobian.
fn fd_jacobian(p: &[f64; N], t: &[f64; SAMPLES], y: &[f64; SAMPLES]) -> Vec<[f64; N]> {
    let mut jac = vec![[0.0; N]; SAMPLES];
    for j in 0..N {
        let h = 1e-6 * p[j].abs().max(1.0);
        let (mut a, mut b) = (*p, *p);
        a[j] += h;
        b[j] -= h;
        let (mut ra, mut rb) = ([0.0; SAMPLES], [0.0; SAMPLES]);
        ringdown(&a, t, y, &mut ra);
        ringdown(&b, t, y, &mut rb);
        for i in 0..SAMPLES {
            jac[i][j] = (ra[i] - rb[i]) / (2.0 * h);
        }
    }
    jac
}

/// The inverse of a symmetric positive-definite matrix by Gauss–Jordan elimination with
/// partial pivoting.
fn invert(mut a: [[f64; N]; N]) -> [[f64; N]; N] {
    let mut inv = [[0.0; N]; N];
    for (i, row) in inv.iter_mut().enumerate() {
        row[i] = 1.0;
    }
    for c in 0..N {
        let pivot = (c..N)
            .max_by(|&i, &k| a[i][c].abs().total_cmp(&a[k][c].abs()))
            .unwrap();
        a.swap(c, pivot);
        inv.swap(c, pivot);
        let d = a[c][c];
        for k in 0..N {
            a[c][k] /= d;
            inv[c][k] /= d;
        }
        for r in 0..N {
            if r != c {
                let f = a[r][c];
                for k in 0..N {
                    a[r][k] -= f * a[c][k];
                    inv[r][k] -= f * inv[c][k];
                }
            }
        }
    }
    inv
}

fn noisy_fit_and_its_covariance() -> [f64; N] {
    let (t, y) = measurements(2024);
    let mut seen = 0;
    let fitted = fit(&t, &y, |_| seen += 1);
    assert!(fitted.fit.stop.converged(), "{:?}", fitted.fit);
    assert_eq!(
        seen,
        fitted.fit.iterations + 1,
        "the observer sees every iteration"
    );

    // independent: finite-difference Jacobian, JᵀJ, Gauss–Jordan inverse, s²
    let jac = fd_jacobian(&fitted.params, &t, &y);
    let mut jtj = [[0.0; N]; N];
    for row in &jac {
        for a in 0..N {
            for b in 0..N {
                jtj[a][b] += row[a] * row[b];
            }
        }
    }
    let mut r = [0.0; SAMPLES];
    ringdown(&fitted.params, &t, &y, &mut r);
    let s2 = r.iter().map(|r| r * r).sum::<f64>() / (SAMPLES - N) as f64;
    assert!(
        (fitted.s2 - s2).abs() < 1e-12 * s2,
        "s² {} vs {s2}",
        fitted.s2
    );
    let inv = invert(jtj);
    for a in 0..N {
        for b in 0..N {
            let want = inv[a][b] * s2;
            let scale = (inv[a][a] * inv[b][b]).sqrt() * s2;
            let got = fitted.cov[a * N + b];
            assert!(
                (got - want).abs() < 1e-6 * scale,
                "cov[{a}][{b}] = {got} vs {want}"
            );
        }
    }

    // the truth lies within four standard errors of every fitted parameter
    for i in 0..N {
        let sigma = fitted.cov[i * N + i].sqrt();
        assert!(
            (fitted.params[i] - TRUE_PARAMS[i]).abs() < 4.0 * sigma,
            "parameter {i}: {} ± {sigma} vs {}",
            fitted.params[i],
            TRUE_PARAMS[i]
        );
    }
    fitted.params
}

fn embedded_fit_allocates_nothing_and_agrees(f64_params: [f64; N]) {
    let (t, y) = measurements(2024);
    let t32 = t.map(|v| v as f32);
    let y32 = y.map(|v| v as f32);
    let mut p = curve_fit::START.map(|v| v as f32);
    let mut workspace = [0.0f32; workspace_len(embedded::N, embedded::M)];

    let region = Region::new(GLOBAL);
    let fit = embedded::fit(&t32, &y32, &mut p, &mut workspace);
    let stats = region.change();
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "the f32 fit allocated: {stats:?}"
    );

    assert!(fit.stop.converged(), "{fit:?}");
    for (got, want) in p.iter().zip(f64_params) {
        assert!(
            (*got as f64 - want).abs() < 1e-3 * want.abs().max(0.1),
            "{p:?} vs {f64_params:?}"
        );
    }
}

fn main() {
    exact_data_gives_the_true_parameters();
    let params = noisy_fit_and_its_covariance();
    embedded_fit_allocates_nothing_and_agrees(params);
}
