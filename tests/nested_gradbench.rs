//! GradBench's nested-differentiation problems `saddle` and `particle`, in the four
//! variants (outer and inner derivative each forward or reverse), against the values
//! GradBench expects; the derivatives the descents use against finite differences; and
//! the hypergradient example against finite differences.
//!
//! The problems are the examples' code (`examples/saddle.rs`, `examples/particle.rs`,
//! `examples/hypergradient.rs`), included here as modules.
// Both examples include the descent `examples/support/gd.rs` and `variant.rs`.
#![allow(clippy::duplicate_mod)]

// (the examples' `main` and the callees are used by the examples only)
#[allow(dead_code)]
#[path = "../examples/saddle.rs"]
mod saddle;

#[allow(dead_code)]
#[path = "../examples/particle.rs"]
mod particle;

#[allow(dead_code)]
#[path = "../examples/hypergradient.rs"]
mod hypergradient;

#[path = "common/fd.rs"]
mod fd;

use fd::close;

/// GradBench's expected output of `saddle` from the start (1, 1), every variant.
const SADDLE_EXPECTED: [f64; 4] = [8.246324826140356e-06; 4];
/// GradBench's expected output of `particle` from w = 0, every variant.
const PARTICLE_EXPECTED: f64 = 0.2071918746486116;

fn variants<M: Copy>(f: M, r: M) -> [(&'static str, M, M); 4] {
    [("ff", f, f), ("fr", f, r), ("rf", r, f), ("rr", r, r)]
}

#[test]
fn saddle_gives_gradbench_results_in_every_variant() {
    use saddle::Mode::{Forward, Reverse};
    for (name, outer, inner) in variants(Forward, Reverse) {
        let got = saddle::saddle([1.0, 1.0], outer, inner);
        for (g, w) in got.iter().zip(SADDLE_EXPECTED) {
            // GradBench accepts 1e-4; the descent here is GradBench's, step for step
            assert!((g - w).abs() <= 1e-12, "saddle {name}: got {got:?}");
        }
    }
}

#[test]
fn particle_gives_gradbench_results_in_every_variant() {
    use particle::Mode::{Forward, Reverse};
    for (name, outer, inner) in variants(Forward, Reverse) {
        let got = particle::particle(0.0, outer, inner);
        assert!(
            (got - PARTICLE_EXPECTED).abs() <= 1e-12,
            "particle {name}: got {got}, want {PARTICLE_EXPECTED}"
        );
    }
}

#[test]
fn particle_miss_derivative_matches_finite_differences() {
    use particle::Mode::{Forward, Reverse};
    for w in [-0.3, 0.0, 0.15, 0.2071918746486116, 0.4] {
        let h = 1e-6;
        let want = (particle::miss_inner_rev(w + h) - particle::miss_inner_rev(w - h)) / (2.0 * h);
        for (name, outer, inner) in variants(Forward, Reverse) {
            close(
                &format!("particle {name} at w = {w}"),
                particle::miss_derivative(w, outer, inner),
                want,
                1e-6,
            );
        }
        // the two inner modes compute the same trajectory
        close(
            "miss",
            particle::miss_inner_fwd(w),
            particle::miss_inner_rev(w),
            1e-13,
        );
    }
}

#[test]
fn saddle_outer_gradient_matches_finite_differences() {
    use saddle::Mode::{Forward, Reverse};
    let s = [1.0, 1.0];
    for p in [[1.0, 1.0], [0.4, -0.7], [-1.3, 0.2]] {
        let h = 1e-6;
        let f = |a: f64, b: f64| saddle::max_over_q_inner_rev(a, b, s[0], s[1]);
        let want = [
            (f(p[0] + h, p[1]) - f(p[0] - h, p[1])) / (2.0 * h),
            (f(p[0], p[1] + h) - f(p[0], p[1] - h)) / (2.0 * h),
        ];
        for (name, outer, inner) in variants(Forward, Reverse) {
            let got = saddle::outer_gradient(&p, s, outer, inner);
            close(
                &format!("saddle {name} d/dp1 at {p:?}"),
                got[0],
                want[0],
                1e-6,
            );
            close(
                &format!("saddle {name} d/dp2 at {p:?}"),
                got[1],
                want[1],
                1e-6,
            );
        }
        close(
            "max over q",
            saddle::max_over_q_inner_fwd(p[0], p[1], s[0], s[1]),
            f(p[0], p[1]),
            1e-13,
        );
    }
}

#[test]
fn hypergradient_matches_finite_differences() {
    for steps in [1, 3, 10] {
        for lr in [0.01, 0.1, 0.3] {
            let h = 1e-6;
            let want = (hypergradient::unrolled(lr + h, steps)
                - hypergradient::unrolled(lr - h, steps))
                / (2.0 * h);
            let (v, d) = hypergradient::unrolled_grad(lr, steps);
            close("value", v, hypergradient::unrolled(lr, steps), 1e-14);
            close(&format!("reverse, {steps} steps, lr {lr}"), d, want, 1e-6);
            let (_, t) = hypergradient::unrolled_jvp(lr, 1.0, steps);
            close(&format!("forward, {steps} steps, lr {lr}"), t, want, 1e-6);
        }
    }
}
