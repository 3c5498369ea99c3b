//! Benchmarks: the Lennard-Jones energy of a cluster (nested loops over all pairs),
//! 13 and 38 atoms, positions in a flat slice `[x0, y0, z0, x1, ...]`.
//!
//! E = Σ_{i<j} 4 (r⁻¹² − r⁻⁶) with σ = ε = 1. Per size: the primal, a hand-written
//! gradient, the generated `_grad`, `_jvp` (one direction), `_hvp` against a hand-written
//! H·v, num-dual (n dual / hyper-dual evaluations), reverse mode on a minimal tape, and
//! central finite differences. Every derivative is checked once against the hand-written
//! one before timing. Ratios are in BENCHMARKS.md.

mod common;

use common::{assert_close, criterion, fd_grad, nd_grad, nd_hvp, tape_grad, Rng, Sc};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use num_dual::{Dual64, HyperDual64};
use std::hint::black_box;

#[path = "workloads/lennard_jones.rs"]
mod workload;
use workload::{lj, lj_grad, lj_hvp, lj_jvp};

fn lj_generic<T: Sc>(x: &[T]) -> T {
    let n = x.len() / 3;
    let mut e = T::c(0.0);
    for i in 0..n {
        for j in (i + 1)..n {
            let dx = x[3 * i] - x[3 * j];
            let dy = x[3 * i + 1] - x[3 * j + 1];
            let dz = x[3 * i + 2] - x[3 * j + 2];
            let inv = T::c(1.0) / (dx * dx + dy * dy + dz * dz);
            let inv3 = inv * inv * inv;
            e = e + T::c(4.0) * (inv3 * inv3 - inv3);
        }
    }
    e
}

// the hand-written gradient and H·v: `lj_hand_grad`, `lj_hand_hvp`
#[path = "../autodiff-runtime/tests/common/lennard_jones.rs"]
mod hand;
use hand::{lj_hand_grad, lj_hand_hvp};

/// A perturbed simple-cubic cluster with spacing 1.1 (no two atoms closer than ~0.9).
fn cluster(atoms: usize) -> Vec<f64> {
    let side = (atoms as f64).cbrt().ceil() as usize;
    let mut rng = Rng::new(atoms as u64);
    let mut x = Vec::with_capacity(3 * atoms);
    'outer: for a in 0..side {
        for b in 0..side {
            for c in 0..side {
                if x.len() == 3 * atoms {
                    break 'outer;
                }
                for p in [a, b, c] {
                    x.push(1.1 * p as f64 + rng.uniform(-0.05, 0.05));
                }
            }
        }
    }
    x
}

fn bench_lj(c: &mut Criterion) {
    let mut g = c.benchmark_group("lennard_jones");
    for atoms in [13usize, 38] {
        let x = cluster(atoms);
        let n = x.len();
        let v = Rng::new(99).vec(n, -1.0, 1.0);
        let (mut out, mut reference, mut scratch) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
        lj_hand_grad(&x, &mut reference);
        lj_grad(&x, &mut out);
        assert_close("lj grad", &out, &reference, 1e-12);
        tape_grad(lj_generic, &x, &mut out);
        assert_close("lj grad tape", &out, &reference, 1e-12);
        fd_grad(lj, &x, &mut out, &mut scratch);
        assert_close("lj grad vs fd", &out, &reference, 1e-5);
        lj_hand_hvp(&x, &v, &mut reference);
        lj_hvp(&x, &v, &mut out);
        assert_close("lj hvp", &out, &reference, 1e-12);
        nd_hvp(lj_generic::<HyperDual64>, &x, &v, &mut out);
        assert_close("lj hvp vs num-dual", &out, &reference, 1e-12);

        let id = |name: &str| BenchmarkId::new(name, atoms);
        g.bench_function(id("primal"), |b| b.iter(|| lj(black_box(&x))));
        g.bench_function(id("grad_hand"), |b| {
            b.iter(|| lj_hand_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("grad_generated"), |b| {
            b.iter(|| lj_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("jvp_generated"), |b| {
            b.iter(|| lj_jvp(black_box(&x), black_box(&v)))
        });
        g.bench_function(id("hvp_hand"), |b| {
            b.iter(|| lj_hand_hvp(black_box(&x), black_box(&v), &mut out))
        });
        g.bench_function(id("hvp_generated"), |b| {
            b.iter(|| lj_hvp(black_box(&x), black_box(&v), &mut out))
        });
        g.bench_function(id("grad_tape"), |b| {
            b.iter(|| tape_grad(lj_generic, black_box(&x), &mut out))
        });
        g.bench_function(id("grad_num_dual"), |b| {
            b.iter(|| nd_grad(lj_generic::<Dual64>, black_box(&x), &mut out))
        });
        g.bench_function(id("hvp_num_dual"), |b| {
            b.iter(|| nd_hvp(lj_generic::<HyperDual64>, black_box(&x), &v, &mut out))
        });
        g.bench_function(id("grad_fd"), |b| {
            b.iter(|| fd_grad(lj, black_box(&x), &mut out, &mut scratch))
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = bench_lj
}
criterion_main!(benches);
