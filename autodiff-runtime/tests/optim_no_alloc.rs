//! Stepping allocates nothing: every optimizer over fixed-size array state or
//! caller-owned slices, a scheduled optimizer, and `Vec` state after its first step
//! and after `reset`. A counting global allocator watches the whole region.
//!
//! This file holds a single test so that no other test thread allocates while the
//! region is being measured.

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

#[test]
fn stepping_allocates_nothing() {
    // Vec state: allocated on the first step, outside the measured region.
    let mut vec_adam = Adam::new(0.01f32).amsgrad(true);
    run(&mut vec_adam, 1);

    let mut sgd_buf = [0.0f32; N];
    let mut rms_bufs = [[0.0f32; N]; 3];
    let [sq, mom, avg] = &mut rms_bufs;

    let region = Region::new(GLOBAL);
    let mut last = [0.0f32; N];
    {
        // Built inside the region: construction must not allocate either.
        let mut opts: [&mut dyn Optimizer<f32>; 8] = [
            &mut Sgd::with_state(0.01, [&mut sgd_buf[..]])
                .momentum(0.9)
                .nesterov(true),
            &mut Sgd::with_state(0.01, [[0.0f32; N]])
                .momentum(0.5)
                .dampening(0.5)
                .weight_decay(1e-3),
            &mut Adagrad::with_state(0.1, [[0.0f32; N]]).lr_decay(1e-3),
            &mut RmsProp::with_state(0.01, [&mut sq[..], &mut mom[..], &mut avg[..]])
                .momentum(0.9)
                .centered(true),
            &mut Adam::with_state(0.01, [[0.0f32; N]; 3]).amsgrad(true),
            &mut AdamW::with_state(0.01, [[0.0f32; N]; 3]),
            &mut Scheduled::new(
                Adam::with_state(0.05, [[0.0f32; N]; 3]),
                LinearLr::new(0.1, 1.0, 50).then(50, CosineAnnealingLr::new(500, 1e-4)),
            ),
            &mut vec_adam,
        ];
        for opt in opts.iter_mut() {
            last = run(*opt, 1000);
            opt.reset();
            run(*opt, 10);
        }
    }
    let stats = region.change();
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "optimizer steps allocated: {stats:?}"
    );
    // The work was real: the last optimizer (Vec-state Adam) approached x = 1.
    assert!(last.iter().all(|&x| (x - 1.0).abs() < 0.1), "{last:?}");
}
