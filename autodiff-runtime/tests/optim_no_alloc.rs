//! Stepping allocates nothing: every optimizer over fixed-size array state or
//! caller-owned slices, a scheduled optimizer, and `Vec` state after its first step
//! and after `reset`. A counting global allocator watches the whole region.
//!
//! This file runs without the test harness (`harness = false`), as one `main`, so that
//! no other thread allocates while the region is being measured.

use std::alloc::System;

use autodiff_runtime::optim::schedule::{CosineAnnealingLr, LinearLr, Schedule, Scheduled};
use autodiff_runtime::optim::{Adagrad, Adam, AdamW, Optimizer, RmsProp, Sgd};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const N: usize = 8;

/// A separable quadratic's gradient, different per coordinate.
fn grad(x: &[f32; N], g: &mut [f32; N]) {
    for (i, (gi, xi)) in g.iter_mut().zip(x).enumerate() {
        *gi = (i as f32 + 1.0) * (xi - 1.0);
    }
}

fn run(opt: &mut dyn Optimizer<f32>, steps: usize) -> [f32; N] {
    let mut x = [0.0f32; N];
    let mut g = [0.0f32; N];
    for _ in 0..steps {
        grad(&x, &mut g);
        opt.step(&mut x, &g);
    }
    x
}

/// Steps `opt` 1000 times, resets it and steps 10 more, asserting no allocation.
fn assert_steps_allocate_nothing(name: &str, opt: &mut dyn Optimizer<f32>) {
    let region = Region::new(GLOBAL);
    let x = run(opt, 1000);
    opt.reset();
    run(opt, 10);
    let stats = region.change();
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "{name}: stepping allocated: {stats:?}"
    );
    // The work was real: every configuration approaches the minimum x = 1.
    assert!(x.iter().all(|&xi| (xi - 1.0).abs() < 0.1), "{name}: {x:?}");
}

fn main() {
    stepping_allocates_nothing();
}

fn stepping_allocates_nothing() {
    let mut sgd_buf = [0.0f32; N];
    let mut rms_bufs = [[0.0f32; N]; 3];
    let [sq, mom, avg] = &mut rms_bufs;
    // Construction over arrays and caller buffers must not allocate either.
    let region = Region::new(GLOBAL);
    let mut sgd_nesterov = Sgd::with_state(0.01, [&mut sgd_buf[..]])
        .momentum(0.9)
        .nesterov(true);
    let mut sgd_damped = Sgd::with_state(0.01, [[0.0f32; N]])
        .momentum(0.5)
        .dampening(0.5)
        .weight_decay(1e-3);
    let mut adagrad = Adagrad::with_state(0.5, [[0.0f32; N]]).lr_decay(1e-3);
    let mut rmsprop = RmsProp::with_state(0.01, [&mut sq[..], &mut mom[..], &mut avg[..]])
        .momentum(0.5)
        .centered(true);
    let mut adam = Adam::with_state(0.01, [[0.0f32; N]; 3]).amsgrad(true);
    let mut adamw = AdamW::with_state(0.01, [[0.0f32; N]; 3]);
    let mut scheduled = Scheduled::new(
        Adam::with_state(0.05, [[0.0f32; N]; 3]),
        LinearLr::new(0.1, 1.0, 50).then(50, CosineAnnealingLr::new(500, 1e-4)),
    );
    let built = region.change();
    assert_eq!(built.allocations, 0, "construction allocated: {built:?}");

    assert_steps_allocate_nothing("sgd nesterov", &mut sgd_nesterov);
    assert_steps_allocate_nothing("sgd dampening", &mut sgd_damped);
    assert_steps_allocate_nothing("adagrad", &mut adagrad);
    assert_steps_allocate_nothing("rmsprop", &mut rmsprop);
    assert_steps_allocate_nothing("adam amsgrad", &mut adam);
    assert_steps_allocate_nothing("adamw", &mut adamw);
    assert_steps_allocate_nothing("scheduled adam", &mut scheduled);

    // Vec state allocates on the first step only; after it, and after `reset`
    // (which keeps the capacity), stepping allocates nothing.
    #[cfg(feature = "alloc")]
    {
        let mut vec_adam = Adam::new(0.01f32).amsgrad(true);
        run(&mut vec_adam, 1);
        assert_steps_allocate_nothing("Vec-state adam", &mut vec_adam);
    }
}
