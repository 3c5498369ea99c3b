//! The memory of a checkpointed reversal, counted by a `#[global_allocator]` (oracle:
//! the byte count itself): a 10^6-step time-stepping loop's gradient with
//! `checkpoint = 30` allocates, in all, room for 31 snapshots of its state (each a
//! few words of bookkeeping beside the state), the same for 10^3 and for 10^6 steps;
//! the same loop reversed with a tape allocates in proportion to its steps. The
//! gradients are checked against central differences, so neither can pass by doing
//! nothing.

// A hand-written `GlobalAlloc` needs `unsafe impl`, which the workspace forbids: the
// counting allocator is `stats_alloc`'s. It counts process-wide, so the checks run from
// a plain `main` (`harness = false`).

use differentiable::differentiable;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Runs `f`; its result and the bytes allocated meanwhile (reallocations included).
fn bytes<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let region = Region::new(GLOBAL);
    let r = std::hint::black_box(f());
    let c = region.change();
    (r, c.bytes_allocated + c.bytes_reallocated.max(0) as usize)
}

/// A pendulum with friction, semi-implicit Euler, `steps` steps of `dt`: the state is
/// two floats overwritten non-linearly every step.
#[differentiable(checkpoint = 30)]
fn pendulum(theta0: f64, friction: f64, steps: usize) -> f64 {
    let dt = 1e-5;
    let mut theta = theta0;
    let mut omega = 0.0;
    for _k in 0..steps {
        omega -= dt * (theta.sin() + friction * omega);
        theta += dt * omega;
    }
    theta * theta + omega * omega
}

#[differentiable]
fn pendulum_taped(theta0: f64, friction: f64, steps: usize) -> f64 {
    let dt = 1e-5;
    let mut theta = theta0;
    let mut omega = 0.0;
    for _k in 0..steps {
        omega -= dt * (theta.sin() + friction * omega);
        theta += dt * omega;
    }
    theta * theta + omega * omega
}

fn check(what: &str, got: (f64, f64, f64), f: impl Fn(f64, f64) -> f64, x: (f64, f64)) {
    let h = 1e-5;
    let d0 = (f(x.0 + h, x.1) - f(x.0 - h, x.1)) / (2.0 * h);
    let d1 = (f(x.0, x.1 + h) - f(x.0, x.1 - h)) / (2.0 * h);
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * (1.0 + b.abs());
    assert!(close(got.0, f(x.0, x.1)), "{what}: value");
    assert!(close(got.1, d0), "{what}: d/dtheta0 {} vs {d0}", got.1);
    assert!(close(got.2, d1), "{what}: d/dfriction {} vs {d1}", got.2);
}

fn main() {
    let x = (0.8, 0.3);
    // (theta, omega) and the schedule's bookkeeping (step, end, slots, next)
    let per_snapshot = 2 * 8 + 4 * 8;
    let bound = 31 * per_snapshot;
    let mut seen = Vec::new();
    for steps in [1_000, 1_000_000] {
        let (g, b) = bytes(|| pendulum_grad(x.0, x.1, steps));
        check("checkpointed", g, |a, c| pendulum(a, c, steps), x);
        assert!(b <= bound, "{steps} steps: {b} bytes, bound {bound}");
        seen.push(b);
        println!("checkpoint = 30, {steps} steps: {b} bytes allocated (bound {bound})");
    }
    assert_eq!(seen[0], seen[1], "the memory does not grow with the steps");
    let steps = 100_000;
    let (g, b) = bytes(|| pendulum_taped_grad(x.0, x.1, steps));
    check("taped", g, |a, c| pendulum_taped(a, c, steps), x);
    println!("taped, {steps} steps: {b} bytes allocated");
    assert!(b >= steps * 8, "a tape per step: {b} bytes");
}
