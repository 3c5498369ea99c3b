//! Benchmark: a loop with a non-linear loop-carried value, the running product
//! p = Π (1 + 0.5 sin xᵢ), n = 100 and 10 000, where reverse mode must keep the
//! intermediate products (the cost of a tape is visible here).
//!
//! Per size: the primal, a hand-written gradient (prefix products kept in the gradient
//! buffer itself, suffix products in a scalar: no allocation, no division), the generated
//! `_grad`, `_jvp` (one direction), `_hvp` against a hand-written H·v (prefix products and
//! their tangents, then the same sweep), num-dual (n dual / hyper-dual evaluations),
//! reverse mode on a minimal tape, and central finite differences. Every derivative is
//! checked once against the hand-written one before timing.

mod common;

use common::{assert_close, criterion, fd_grad, nd_grad, nd_hvp, tape_grad, Rng, Sc};
use common::{MAX_N_QUADRATIC, QUICK};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use num_dual::{Dual64, HyperDual64};
use std::hint::black_box;

#[path = "workloads/running_product.rs"]
mod workload;
use workload::*;

fn running_product_generic<T: Sc>(x: &[T]) -> T {
    let mut p = T::c(1.0);
    for &xi in x {
        p = p * (T::c(1.0) + T::c(0.5) * xi.sin());
    }
    p
}

fn bench_running_product(c: &mut Criterion) {
    let sizes: &[usize] = if QUICK { &[100] } else { &[100, 10_000] };
    let mut g = c.benchmark_group("running_product");
    for &n in sizes {
        let mut rng = Rng::new(5 + n as u64);
        let x = rng.vec(n, -1.0, 1.0);
        let v = rng.vec(n, -1.0, 1.0);
        let (mut out, mut reference, mut scratch) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
        running_product_hand_grad(&x, &mut reference);
        running_product_grad(&x, &mut out);
        assert_close("running_product grad", &out, &reference, 1e-12);
        tape_grad(running_product_generic, &x, &mut out);
        assert_close("running_product grad tape", &out, &reference, 1e-12);
        running_product_hand_hvp(&x, &v, &mut reference);
        running_product_hvp(&x, &v, &mut out);
        assert_close("running_product hvp", &out, &reference, 1e-12);
        if n <= 100 {
            nd_hvp(running_product_generic::<HyperDual64>, &x, &v, &mut out);
            assert_close("running_product hvp num-dual", &out, &reference, 1e-12);
        }
        if n >= 10_000 {
            g.sample_size(10);
        }
        let id = |name: &str| BenchmarkId::new(name, n);
        g.bench_function(id("primal"), |b| b.iter(|| running_product(black_box(&x))));
        g.bench_function(id("grad_hand"), |b| {
            b.iter(|| running_product_hand_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("grad_generated"), |b| {
            b.iter(|| running_product_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("jvp_generated"), |b| {
            b.iter(|| running_product_jvp(black_box(&x), black_box(&v)))
        });
        g.bench_function(id("hvp_hand"), |b| {
            b.iter(|| running_product_hand_hvp(black_box(&x), black_box(&v), &mut out))
        });
        g.bench_function(id("hvp_generated"), |b| {
            b.iter(|| running_product_hvp(black_box(&x), black_box(&v), &mut out))
        });
        g.bench_function(id("grad_tape"), |b| {
            b.iter(|| tape_grad(running_product_generic, black_box(&x), &mut out))
        });
        if n <= MAX_N_QUADRATIC {
            g.bench_function(id("grad_num_dual"), |b| {
                b.iter(|| nd_grad(running_product_generic::<Dual64>, black_box(&x), &mut out))
            });
            g.bench_function(id("hvp_num_dual"), |b| {
                b.iter(|| {
                    nd_hvp(
                        running_product_generic::<HyperDual64>,
                        black_box(&x),
                        &v,
                        &mut out,
                    )
                })
            });
            g.bench_function(id("grad_fd"), |b| {
                b.iter(|| fd_grad(running_product, black_box(&x), &mut out, &mut scratch))
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = bench_running_product
}
criterion_main!(benches);
