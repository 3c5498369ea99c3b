//! Benchmark: the gradient of a sum over a dataset, Σᵢ ℓ(w, sampleᵢ), for a logistic
//! regression with 32 features: a sequential loop over the generated per-sample `_vjp`
//! against `parallel::sum_grad` (one contiguous chunk per thread, chunk sums added in
//! order) on pools of 1 and 2 threads. Sizes: 1 000 samples (where the fork-join overhead
//! shows) and 100 000 samples. The parallel gradient is checked against the sequential
//! one before timing.

mod common;

use common::{assert_close, criterion, Rng, QUICK};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode};
use differentiable::differentiable;
use differentiable::parallel::sum_grad;
use std::hint::black_box;

const FEATURES: usize = 32;

/// Logistic loss of one sample under weights `w` (bias last).
#[differentiable(wrt(w))]
fn sample_loss(w: &[f64], x: &[f64], label: f64) -> f64 {
    let mut z = w[x.len()];
    for j in 0..x.len() {
        z += w[j] * x[j];
    }
    let softplus = if z > 0.0 {
        z + (-z).exp().ln_1p()
    } else {
        z.exp().ln_1p()
    };
    softplus - label * z
}

struct Sample {
    x: [f64; FEATURES],
    label: f64,
}

fn per_sample(w: &[f64], w_bar: &mut [f64], s: &Sample) -> f64 {
    sample_loss_vjp(w, w_bar, &s.x, s.label, 1.0)
}

fn sequential(w: &[f64], grad: &mut [f64], data: &[Sample]) -> f64 {
    grad.fill(0.0);
    let mut loss = 0.0;
    for s in data {
        loss += per_sample(w, grad, s);
    }
    loss
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
}

fn bench_parallel_grad(c: &mut Criterion) {
    let sizes: &[usize] = if QUICK { &[1_000] } else { &[1_000, 100_000] };
    let (one, two) = (pool(1), pool(2));
    let mut g = c.benchmark_group("parallel_grad");
    // Samples of equal, small iteration counts: on a machine shared with other work, the
    // fastest sample then catches the moments when both cores were free.
    g.sampling_mode(SamplingMode::Flat);
    for &n in sizes {
        let mut rng = Rng::new(11 + n as u64);
        let data: Vec<Sample> = (0..n)
            .map(|_| {
                let x: [f64; FEATURES] = std::array::from_fn(|_| rng.uniform(-1.0, 1.0));
                let label = if rng.uniform(0.0, 1.0) < 0.5 {
                    0.0
                } else {
                    1.0
                };
                Sample { x, label }
            })
            .collect();
        let w = rng.vec(FEATURES + 1, -0.3, 0.3);
        let (mut reference, mut out) = (vec![0.0; FEATURES + 1], vec![0.0; FEATURES + 1]);
        let loss = sequential(&w, &mut reference, &data);
        let primal: f64 = data.iter().map(|s| sample_loss(&w, &s.x, s.label)).sum();
        assert_close("parallel_grad loss", &[loss], &[primal], 1e-12);
        two.install(|| sum_grad(&w, &mut out, &data, per_sample));
        assert_close("parallel_grad 2 threads", &out, &reference, 1e-12);
        let id = |name: &str| BenchmarkId::new(name, n);
        g.bench_function(id("sequential"), |b| {
            b.iter(|| sequential(black_box(&w), &mut out, black_box(&data)))
        });
        g.bench_function(id("sum_grad_1_thread"), |b| {
            one.install(|| {
                b.iter(|| sum_grad(black_box(&w), &mut out, black_box(&data), per_sample))
            })
        });
        g.bench_function(id("sum_grad_2_threads"), |b| {
            two.install(|| {
                b.iter(|| sum_grad(black_box(&w), &mut out, black_box(&data), per_sample))
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = bench_parallel_grad
}
criterion_main!(benches);
