//! The memory of a checkpointed reversal, counted by a `#[global_allocator]` (oracle:
//! the byte count itself): a 10^6-step time-stepping loop's gradient with
//! `checkpoint = 30` allocates, in all, room for 31 snapshots of its state (each a
//! few words of bookkeeping beside the state), the same for 10^3 and for 10^6 steps,
//! and so does the same loop run on a clock (`while t < t_end`, the clock a third value
//! of the state); the same loop reversed with a tape allocates in proportion to its steps. A state
//! held in a `vec!` buffer: the same number of allocations and bytes for 10^3 and
//! 10^5 steps, within 31 copies of the buffer plus one step's records. The gradients
//! are checked against central differences, so neither can pass by doing nothing.

// Written the way users write numeric loops (index loops, element copies).
#![allow(clippy::needless_range_loop, clippy::manual_memcpy)]

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

/// The same pendulum run on a clock (`while t < t_end`): the step count is known when
/// the loop ends; the clock, an inactive float, is part of the state.
#[differentiable(wrt(theta0, friction), checkpoint = 30)]
fn pendulum_until(theta0: f64, friction: f64, t_end: f64) -> f64 {
    let dt = 1e-5;
    let mut theta = theta0;
    let mut omega = 0.0;
    let mut t = 0.0;
    while t < t_end {
        omega -= dt * (theta.sin() + friction * omega);
        theta += dt * omega;
        t += dt;
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

/// Explicit non-linear diffusion on a line of `u0.len()` points, the state a `vec!`
/// buffer written in place by a nested loop.
#[differentiable(checkpoint = 30)]
fn diffusion(u0: &[f64], steps: usize) -> f64 {
    let n = u0.len();
    let mut u = vec![0.0; n];
    for i in 0..n {
        u[i] = u0[i];
    }
    for _k in 0..steps {
        let mut left = u[0];
        for i in 1..n - 1 {
            let here = u[i];
            u[i] = here + 0.01 * (left - 2.0 * here + u[i + 1]).sin();
            left = here;
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        s += u[i] * u[i];
    }
    s
}

#[differentiable]
fn diffusion_taped(u0: &[f64], steps: usize) -> f64 {
    let n = u0.len();
    let mut u = vec![0.0; n];
    for i in 0..n {
        u[i] = u0[i];
    }
    for _k in 0..steps {
        let mut left = u[0];
        for i in 1..n - 1 {
            let here = u[i];
            u[i] = here + 0.01 * (left - 2.0 * here + u[i + 1]).sin();
            left = here;
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        s += u[i] * u[i];
    }
    s
}

/// Runs `f`; its result, and the allocations (reallocations included) and bytes
/// allocated meanwhile.
fn counts<R>(f: impl FnOnce() -> R) -> (R, usize, usize) {
    let region = Region::new(GLOBAL);
    let r = std::hint::black_box(f());
    let c = region.change();
    let bytes = c.bytes_allocated + c.bytes_reallocated.max(0) as usize;
    (r, c.allocations + c.reallocations, bytes)
}

/// The gradient of `g` at `x` against central differences of `f`.
fn check_slice(what: &str, g: &[f64], f: impl Fn(&[f64]) -> f64, x: &[f64]) {
    let h = 1e-5;
    for i in 0..x.len() {
        let (mut p, mut m) = (x.to_vec(), x.to_vec());
        p[i] += h;
        m[i] -= h;
        let d = (f(&p) - f(&m)) / (2.0 * h);
        assert!(
            (g[i] - d).abs() <= 1e-6 * (1.0 + d.abs()),
            "{what}: d/dx{i} {} vs {d}",
            g[i]
        );
    }
}

fn buffer_state() {
    let n = 16;
    let x: Vec<f64> = (0..n).map(|i| (0.3 * i as f64).sin()).collect();
    // per snapshot: the buffer's contents, and the schedule's frame (the carried
    // counters of the step's records, step, end, slots, next); beside the snapshots,
    // the buffer, its adjoint and one step's records (each read of the step, the
    // nested loop's tape, the grown `Vec`s at most twice their length)
    let per_snapshot = n * 8 + 8 * 8;
    let bound = 31 * per_snapshot + 2 * n * 8 + 2 * (4 * n * 8);
    let mut seen = Vec::new();
    for steps in [1_000, 100_000] {
        let mut g = vec![0.0; n];
        let (v, allocs, b) = counts(|| diffusion_grad(&x, &mut g, steps));
        assert_eq!(v, diffusion(&x, steps));
        check_slice("checkpointed buffer", &g, |z| diffusion(z, steps), &x);
        assert!(b <= bound, "{steps} steps: {b} bytes, bound {bound}");
        seen.push((allocs, b));
        println!("checkpoint = 30, a buffer of {n}, {steps} steps: {allocs} allocations, {b} bytes (bound {bound})");
    }
    assert_eq!(seen[0], seen[1], "the memory does not grow with the steps");
    let steps = 10_000;
    let mut g = vec![0.0; n];
    let (_, _, b) = counts(|| diffusion_taped_grad(&x, &mut g, steps));
    check_slice("taped buffer", &g, |z| diffusion_taped(z, steps), &x);
    println!("taped, a buffer of {n}, {steps} steps: {b} bytes allocated");
    assert!(b >= steps * n * 8, "a tape per step: {b} bytes");
}

fn main() {
    buffer_state();
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
    // a `while` loop: the clock is a third value of the state
    let per_snapshot = 3 * 8 + 4 * 8;
    let bound = 31 * per_snapshot;
    let mut seen = Vec::new();
    for t_end in [1e-2, 10.0] {
        let (g, b) = bytes(|| pendulum_until_grad(x.0, x.1, t_end));
        check(
            "checkpointed while",
            g,
            |a, c| pendulum_until(a, c, t_end),
            x,
        );
        assert!(b <= bound, "until {t_end}: {b} bytes, bound {bound}");
        seen.push(b);
        println!("checkpoint = 30, while t < {t_end} (about {} steps): {b} bytes allocated (bound {bound})", (t_end / 1e-5).round());
    }
    assert_eq!(seen[0], seen[1], "the memory does not grow with the steps");
    let steps = 100_000;
    let (g, b) = bytes(|| pendulum_taped_grad(x.0, x.1, steps));
    check("taped", g, |a, c| pendulum_taped(a, c, steps), x);
    println!("taped, {steps} steps: {b} bytes allocated");
    assert!(b >= steps * 8, "a tape per step: {b} bytes");
}
