//! The gradient of a 10⁶-step time-stepping loop with `checkpoint = s`, against the
//! same loop reversed with a record per step, and the same loop written as a `while`
//! (its step count known when it ends): the snapshots kept, the steps run forward, and
//! the wall time of each (fastest of a few runs).
//!
//! `cargo run --release --example checkpoint_pendulum`; with `ir for|while R`, only that
//! gradient, `R` times (for instruction counts under callgrind).

use differentiable::checkpoint::forward_steps;
use differentiable::differentiable;
use std::time::Instant;

/// A pendulum with friction, semi-implicit Euler; 30 snapshots.
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

/// The same with 10 snapshots.
#[differentiable(checkpoint = 10)]
fn pendulum_10(theta0: f64, friction: f64, steps: usize) -> f64 {
    let dt = 1e-5;
    let mut theta = theta0;
    let mut omega = 0.0;
    for _k in 0..steps {
        omega -= dt * (theta.sin() + friction * omega);
        theta += dt * omega;
    }
    theta * theta + omega * omega
}

/// The same as a `while` loop with 30 snapshots: the count is known when it ends, so
/// the forward sweep keeps the first state only and the reverse sweep runs the
/// schedule from there.
#[differentiable(checkpoint = 30)]
fn pendulum_while(theta0: f64, friction: f64, steps: usize) -> f64 {
    let dt = 1e-5;
    let mut theta = theta0;
    let mut omega = 0.0;
    let mut k = 0;
    while k < steps {
        omega -= dt * (theta.sin() + friction * omega);
        theta += dt * omega;
        k += 1;
    }
    theta * theta + omega * omega
}

/// The same reversed with a record per step.
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

/// The fastest of five runs of `f`, in milliseconds, and its last result.
fn time<R>(mut f: impl FnMut() -> R) -> (f64, R) {
    let mut best = f64::INFINITY;
    let mut r = f();
    for _ in 0..5 {
        let t = Instant::now();
        r = std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    (best, r)
}

fn main() {
    // `ir for|while R`: only that gradient, R times (for instruction counts under
    // callgrind: the difference between R and 0 runs, divided by R)
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("ir") {
        let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(1);
        for _ in 0..runs {
            let g = match args.get(1).map(String::as_str) {
                Some("while") => pendulum_while_grad(0.8, 0.3, 1_000_000),
                _ => pendulum_grad(0.8, 0.3, 1_000_000),
            };
            std::hint::black_box(g);
        }
        return;
    }
    let steps = 1_000_000;
    let (x, c) = (0.8, 0.3);
    let (t_f, value) = time(|| pendulum(x, c, steps));
    // the three are one function: the same value to the last bit
    assert_eq!(pendulum_10(x, c, steps), value);
    assert_eq!(pendulum_taped(x, c, steps), value);
    assert_eq!(pendulum_while(x, c, steps), value);
    let (t_taped, g_taped) = time(|| pendulum_taped_grad(x, c, steps));
    let (t_30, g_30) = time(|| pendulum_grad(x, c, steps));
    let (t_10, g_10) = time(|| pendulum_10_grad(x, c, steps));
    let (t_while, g_while) = time(|| pendulum_while_grad(x, c, steps));
    assert_eq!(g_while, g_30);
    assert!((g_30.1 - g_taped.1).abs() <= 1e-12 * g_taped.1.abs().max(1.0));
    assert!((g_10.2 - g_taped.2).abs() <= 1e-12 * g_taped.2.abs().max(1.0));
    println!(
        "{steps} steps: value {:.6}, gradient ({:.6}, {:.6})",
        g_30.0, g_30.1, g_30.2
    );
    println!("| reversal | states kept | steps run forward (+ replays) | gradient / function |");
    println!("|---|---|---|---|");
    println!("| function alone | - | {steps} | 1 ({t_f:.2} ms) |");
    println!(
        "| record per step | {steps} (2 floats each) | {steps} | {:.2} ({t_taped:.2} ms) |",
        t_taped / t_f
    );
    for (s, t) in [(30, t_30), (10, t_10)] {
        println!(
            "| checkpoint = {s} | {} | {} | {:.2} ({t:.2} ms) |",
            s + 1,
            forward_steps(steps, s) + 1,
            t / t_f
        );
    }
    println!(
        "| checkpoint = 30, `while` | 31 | {} | {:.2} ({t_while:.2} ms) |",
        steps + forward_steps(steps, 30),
        t_while / t_f
    );
}
