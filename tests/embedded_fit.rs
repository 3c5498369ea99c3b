//! `examples/embedded_fit.rs`: the calibration loop allocates nothing, and the fit it
//! reaches is the least-squares optimum, found here independently by Gauss-Newton
//! in f64 with a hand-written Jacobian.

use std::alloc::System;

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

// The example's `main` is not called from here.
#[allow(dead_code)]
#[path = "../examples/embedded_fit.rs"]
mod embedded_fit;

use embedded_fit::{calibrate, factory_readings, POINTS};

/// Least squares for y = g (r - o) / (1 + k r) by Gauss-Newton on the normal
/// equations (3x3, solved by Cramer's rule).
fn gauss_newton(data: &[(f32, f32); POINTS]) -> [f64; 3] {
    let mut p = [1.0f64, 0.0, 0.0];
    for _ in 0..100 {
        let mut jtj = [[0.0f64; 3]; 3];
        let mut jtr = [0.0f64; 3];
        for &(raw, reference) in data {
            let (r, y) = (raw as f64, reference as f64);
            let [g, o, k] = p;
            let d = 1.0 + k * r;
            let res = g * (r - o) / d - y;
            let j = [(r - o) / d, -g / d, -g * (r - o) * r / (d * d)];
            for a in 0..3 {
                jtr[a] += j[a] * res;
                for b in 0..3 {
                    jtj[a][b] += j[a] * j[b];
                }
            }
        }
        let det = |m: &[[f64; 3]; 3]| {
            m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        };
        let d0 = det(&jtj);
        for c in 0..3 {
            let mut m = jtj;
            for row in 0..3 {
                m[row][c] = jtr[row];
            }
            p[c] -= det(&m) / d0;
        }
    }
    p
}

/// Runs as a plain `main` (`harness = false`): the allocator counts process-wide, and no
/// test harness thread may allocate while the region is open.
fn main() {
    let data = factory_readings();
    let mut state = [[0.0f32; 3]; 3];

    let region = Region::new(GLOBAL);
    let cal = calibrate(&data, &mut state);
    let stats = region.change();
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "the calibration loop allocated: {stats:?}"
    );

    assert!(
        cal.steps < embedded_fit::MAX_STEPS,
        "did not converge: {cal:?}"
    );
    let best = gauss_newton(&data);
    for (got, want) in cal.params.iter().zip(best) {
        assert!(
            (*got as f64 - want).abs() <= 1e-3 * want.abs().max(0.1),
            "fit {:?} vs least squares {best:?}",
            cal.params
        );
    }
}
