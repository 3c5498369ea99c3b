//! Benchmark: a small MLP's loss over a fixed batch (a realistic training step).
//!
//! 4 inputs → 16 tanh units → 1 linear output, mean squared error over a batch of 32;
//! 97 parameters in one slice `w = [W1 (16×4, row-major), b1 (16), w2 (16), b2]`, the
//! data inactive (`wrt(w)`). Per workload: the primal, hand-written backpropagation, the
//! generated `_grad`, `_jvp` (one direction), `_hvp` against a hand-written H·v (the
//! R-operator of backpropagation, Pearlmutter 1994), the loss written with a hidden-layer
//! array and with a `vec!` buffer, num-dual (97 dual / hyper-dual
//! evaluations), reverse mode on a minimal tape, and central finite differences. Every
//! derivative is checked once against the hand-written one before timing.

mod common;

use common::{assert_close, criterion, fd_grad, nd_grad, nd_hvp, tape_grad, Rng, Sc};
use criterion::{criterion_group, criterion_main, Criterion};
use differentiable::differentiable;
use num_dual::{Dual64, HyperDual64};
use std::hint::black_box;

#[path = "workloads/mlp.rs"]
mod workload;
use workload::*;

/// The same loss written with a hidden-layer buffer per sample, as the hand-written
/// backpropagation below keeps its activations.
#[differentiable(wrt(w))]
fn mlp_loss_buffer(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..B {
        let mut a = [0.0; H];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            a[h] = z.tanh();
        }
        let mut out = w[OFF_B2];
        for h in 0..H {
            out += w[OFF_W2 + h] * a[h];
        }
        let r = out - ys[b];
        loss += r * r;
    }
    loss / B as f64
}

/// The same loss with the hidden layer in a runtime-length buffer (`vec!`), allocated
/// once per call and overwritten by every sample (a buffer of constant length, which
/// clippy would make an array: the buffer is what is measured).
#[allow(clippy::useless_vec)]
#[differentiable(wrt(w))]
fn mlp_loss_vec(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let mut a = vec![0.0; H];
    let mut loss = 0.0;
    for b in 0..B {
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            a[h] = z.tanh();
        }
        let mut out = w[OFF_B2];
        for h in 0..H {
            out += w[OFF_W2 + h] * a[h];
        }
        let r = out - ys[b];
        loss += r * r;
    }
    loss / B as f64
}

fn mlp_generic<T: Sc>(w: &[T], xs: &[f64], ys: &[f64]) -> T {
    let mut loss = T::c(0.0);
    for b in 0..B {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z = z + w[h * D + k] * T::c(xs[b * D + k]);
            }
            out = out + w[OFF_W2 + h] * z.tanh();
        }
        let r = out - T::c(ys[b]);
        loss = loss + r * r;
    }
    loss / T::c(B as f64)
}

fn bench_mlp(c: &mut Criterion) {
    let mut rng = Rng::new(2024);
    let w = rng.vec(P, -0.5, 0.5);
    let xs = rng.vec(B * D, -1.0, 1.0);
    let ys: Vec<f64> = (0..B)
        .map(|b| (xs[b * D] * 2.0).sin() + xs[b * D + 1] * xs[b * D + 2])
        .collect();
    let v = rng.vec(P, -1.0, 1.0);
    let (mut out, mut reference, mut scratch) = (vec![0.0; P], vec![0.0; P], vec![0.0; P]);
    mlp_hand_grad(&w, &mut reference, &xs, &ys);
    mlp_loss_grad(&w, &mut out, &xs, &ys);
    assert_close("mlp grad", &out, &reference, 1e-12);
    let (plain, buffered) = (mlp_loss(&w, &xs, &ys), mlp_loss_buffer(&w, &xs, &ys));
    assert_close("mlp loss (hidden buffer)", &[buffered], &[plain], 1e-12);
    mlp_loss_buffer_grad(&w, &mut out, &xs, &ys);
    assert_close("mlp grad (hidden buffer)", &out, &reference, 1e-12);
    assert_close(
        "mlp loss (vec buffer)",
        &[mlp_loss_vec(&w, &xs, &ys)],
        &[plain],
        1e-12,
    );
    mlp_loss_vec_grad(&w, &mut out, &xs, &ys);
    assert_close("mlp grad (vec buffer)", &out, &reference, 1e-12);
    tape_grad(|z| mlp_generic(z, &xs, &ys), &w, &mut out);
    assert_close("mlp grad tape", &out, &reference, 1e-12);
    nd_grad(|z| mlp_generic(z, &xs, &ys), &w, &mut out);
    assert_close("mlp grad num-dual", &out, &reference, 1e-12);
    mlp_hand_hvp(&w, &v, &mut reference, &xs, &ys);
    mlp_loss_hvp(&w, &v, &mut out, &xs, &ys);
    assert_close("mlp hvp", &out, &reference, 1e-12);
    mlp_loss_buffer_hvp(&w, &v, &mut out, &xs, &ys);
    assert_close("mlp hvp (hidden buffer)", &out, &reference, 1e-12);
    mlp_loss_vec_hvp(&w, &v, &mut out, &xs, &ys);
    assert_close("mlp hvp (vec buffer)", &out, &reference, 1e-12);
    nd_hvp(|z| mlp_generic(z, &xs, &ys), &w, &v, &mut out);
    assert_close("mlp hvp num-dual", &out, &reference, 1e-12);

    let mut g = c.benchmark_group("mlp");
    let (xs, ys) = (&xs[..], &ys[..]);
    g.bench_function("primal", |b| b.iter(|| mlp_loss(black_box(&w), xs, ys)));
    g.bench_function("grad_hand", |b| {
        b.iter(|| mlp_hand_grad(black_box(&w), &mut out, xs, ys))
    });
    g.bench_function("grad_generated", |b| {
        b.iter(|| mlp_loss_grad(black_box(&w), &mut out, xs, ys))
    });
    g.bench_function("grad_generated_buffer", |b| {
        b.iter(|| mlp_loss_buffer_grad(black_box(&w), &mut out, xs, ys))
    });
    g.bench_function("grad_generated_vec", |b| {
        b.iter(|| mlp_loss_vec_grad(black_box(&w), &mut out, xs, ys))
    });
    g.bench_function("hvp_generated_vec", |b| {
        b.iter(|| mlp_loss_vec_hvp(black_box(&w), black_box(&v), &mut out, xs, ys))
    });
    g.bench_function("hvp_generated_buffer", |b| {
        b.iter(|| mlp_loss_buffer_hvp(black_box(&w), black_box(&v), &mut out, xs, ys))
    });
    g.bench_function("jvp_generated", |b| {
        b.iter(|| mlp_loss_jvp(black_box(&w), black_box(&v), xs, ys))
    });
    g.bench_function("hvp_hand", |b| {
        b.iter(|| mlp_hand_hvp(black_box(&w), black_box(&v), &mut out, xs, ys))
    });
    g.bench_function("hvp_generated", |b| {
        b.iter(|| mlp_loss_hvp(black_box(&w), black_box(&v), &mut out, xs, ys))
    });
    g.bench_function("grad_tape", |b| {
        b.iter(|| tape_grad(|z| mlp_generic(z, xs, ys), black_box(&w), &mut out))
    });
    g.bench_function("grad_num_dual", |b| {
        b.iter(|| {
            nd_grad(
                |z| mlp_generic::<Dual64>(z, xs, ys),
                black_box(&w),
                &mut out,
            )
        })
    });
    g.bench_function("hvp_num_dual", |b| {
        b.iter(|| {
            nd_hvp(
                |z| mlp_generic::<HyperDual64>(z, xs, ys),
                black_box(&w),
                &v,
                &mut out,
            )
        })
    });
    g.bench_function("grad_fd", |b| {
        b.iter(|| {
            fd_grad(
                |z| mlp_loss(z, xs, ys),
                black_box(&w),
                &mut out,
                &mut scratch,
            )
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = bench_mlp
}
criterion_main!(benches);
