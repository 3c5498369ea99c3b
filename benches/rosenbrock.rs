//! Benchmarks: 2-D Rosenbrock (by-value scalars) and the extended Rosenbrock function on a
//! slice at n = 10, 100, 10 000, 1 000 000 (how the cost grows with n).
//!
//! Per workload: the primal, a hand-written gradient, the generated `_grad`, the generated
//! `_jvp` (one direction), the generated `_hvp` against a hand-written H·v, and the peers:
//! num-dual (n dual evaluations for a gradient, n hyper-dual evaluations for H·v),
//! reverse mode on a minimal tape (benches/common), and central finite differences. Before timing, every
//! derivative is checked once against the hand-written one. Ratios are in BENCHMARKS.md.
//!
//! The extended Rosenbrock function also as an iterator chain over windows
//! (`x.windows(2).map(..).sum()`), timed beside its loop form.

mod common;

use common::{assert_close, criterion, fd_grad, nd_grad, nd_hvp, tape_grad, Rng, Sc};
use common::{MAX_N_QUADRATIC, QUICK};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use differentiable::differentiable;
use num_dual::{Dual64, HyperDual64};
use std::hint::black_box;

// ------------------------------------------------------------------ 2-D Rosenbrock

#[differentiable]
fn rosen(x: f64, y: f64) -> f64 {
    let a = 1.0 - x;
    let b = y - x * x;
    a * a + 100.0 * b * b
}

fn rosen_generic<T: Sc>(x: T, y: T) -> T {
    let a = T::c(1.0) - x;
    let b = y - x * x;
    a * a + T::c(100.0) * b * b
}

/// Hand-written gradient: one pass, shared subexpressions.
#[inline]
fn rosen_hand_grad(x: f64, y: f64) -> (f64, f64, f64) {
    let a = 1.0 - x;
    let b = y - x * x;
    (a * a + 100.0 * b * b, -2.0 * a - 400.0 * x * b, 200.0 * b)
}

/// Hand-written H·v from the analytic Hessian [[2 - 400 b + 800 x², -400 x], [-400 x, 200]].
#[inline]
fn rosen_hand_hvp(x: f64, vx: f64, y: f64, vy: f64) -> (f64, f64, f64) {
    let a = 1.0 - x;
    let b = y - x * x;
    let hxx = 2.0 - 400.0 * b + 800.0 * x * x;
    let hxy = -400.0 * x;
    (
        a * a + 100.0 * b * b,
        hxx * vx + hxy * vy,
        hxy * vx + 200.0 * vy,
    )
}

fn bench_rosen2d(c: &mut Criterion) {
    let (x, y, vx, vy) = (-1.2, 1.0, 0.3, -0.7);
    let (_, gx, gy) = rosen_grad(x, y);
    let (_, hx, hy) = rosen_hand_grad(x, y);
    assert_close("rosen grad", &[gx, gy], &[hx, hy], 1e-12);
    let (_, a, b) = rosen_hvp(x, vx, y, vy);
    let (_, ha, hb) = rosen_hand_hvp(x, vx, y, vy);
    assert_close("rosen hvp", &[a, b], &[ha, hb], 1e-12);

    let mut g = c.benchmark_group("rosen2d");
    g.bench_function("primal", |b| b.iter(|| rosen(black_box(x), black_box(y))));
    g.bench_function("grad_hand", |b| {
        b.iter(|| rosen_hand_grad(black_box(x), black_box(y)))
    });
    g.bench_function("grad_generated", |b| {
        b.iter(|| rosen_grad(black_box(x), black_box(y)))
    });
    g.bench_function("jvp_generated", |b| {
        b.iter(|| rosen_jvp(black_box(x), black_box(vx), black_box(y), black_box(vy)))
    });
    g.bench_function("hvp_hand", |b| {
        b.iter(|| rosen_hand_hvp(black_box(x), black_box(vx), black_box(y), black_box(vy)))
    });
    g.bench_function("hvp_generated", |b| {
        b.iter(|| rosen_hvp(black_box(x), black_box(vx), black_box(y), black_box(vy)))
    });
    g.bench_function("grad_num_dual", |b| {
        b.iter(|| {
            let (x, y) = (black_box(x), black_box(y));
            let fx = rosen_generic(Dual64::new(x, 1.0), Dual64::from(y));
            let fy = rosen_generic(Dual64::from(x), Dual64::new(y, 1.0));
            (fx.re, fx.eps, fy.eps)
        })
    });
    g.bench_function("hvp_num_dual", |b| {
        b.iter(|| {
            let (x, y) = (black_box(x), black_box(y));
            let fx = rosen_generic(
                HyperDual64::new(x, 1.0, vx, 0.0),
                HyperDual64::new(y, 0.0, vy, 0.0),
            );
            let fy = rosen_generic(
                HyperDual64::new(x, 0.0, vx, 0.0),
                HyperDual64::new(y, 1.0, vy, 0.0),
            );
            (fx.re, fx.eps1eps2, fy.eps1eps2)
        })
    });
    g.bench_function("grad_tape", |b| {
        let mut out = [0.0; 2];
        b.iter(|| tape_grad(|z| rosen_generic(z[0], z[1]), &black_box([x, y]), &mut out))
    });
    g.bench_function("grad_fd", |b| {
        let (mut out, mut s) = ([0.0; 2], [0.0; 2]);
        b.iter(|| fd_grad(|z| rosen(z[0], z[1]), &black_box([x, y]), &mut out, &mut s))
    });
    g.finish();
}

// ------------------------------------------------------------------ extended Rosenbrock

#[differentiable]
fn ext_rosen(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

fn ext_rosen_generic<T: Sc>(x: &[T]) -> T {
    let mut s = T::c(0.0);
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = T::c(1.0) - x[i];
        s = s + T::c(100.0) * a * a + b * b;
    }
    s
}

/// Hand-written gradient: value and gradient in one fused pass.
fn ext_rosen_hand_grad(x: &[f64], g: &mut [f64]) -> f64 {
    let n = x.len();
    g.fill(0.0);
    let mut s = 0.0;
    for i in 0..n - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
        g[i] += -400.0 * a * x[i] - 2.0 * b;
        g[i + 1] += 200.0 * a;
    }
    s
}

/// Hand-written H·v from the tridiagonal Hessian, one fused pass.
fn ext_rosen_hand_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
    let n = x.len();
    hv.fill(0.0);
    let mut s = 0.0;
    for i in 0..n - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
        let hii = 2.0 - 400.0 * a + 800.0 * x[i] * x[i];
        let hij = -400.0 * x[i];
        hv[i] += hii * v[i] + hij * v[i + 1];
        hv[i + 1] += hij * v[i] + 200.0 * v[i + 1];
    }
    s
}

fn bench_ext_rosen(c: &mut Criterion) {
    let sizes: &[usize] = if QUICK {
        &[10, 100]
    } else {
        &[10, 100, 10_000, 1_000_000]
    };
    let mut g = c.benchmark_group("ext_rosen");
    for &n in sizes {
        let mut rng = Rng::new(7 + n as u64);
        let x = rng.vec(n, -1.5, 1.5);
        let v = rng.vec(n, -1.0, 1.0);
        let mut out = vec![0.0; n];
        let mut reference = vec![0.0; n];
        let mut scratch = vec![0.0; n];
        ext_rosen_hand_grad(&x, &mut reference);
        ext_rosen_grad(&x, &mut out);
        assert_close("ext_rosen grad", &out, &reference, 1e-12);
        tape_grad(ext_rosen_generic, &x, &mut out);
        assert_close("ext_rosen grad tape", &out, &reference, 1e-12);
        if n <= 100 {
            nd_grad(ext_rosen_generic::<Dual64>, &x, &mut out);
            assert_close("ext_rosen grad num-dual", &out, &reference, 1e-12);
            fd_grad(ext_rosen, &x, &mut out, &mut scratch);
            assert_close("ext_rosen grad fd", &out, &reference, 1e-6);
        }
        ext_rosen_hand_hvp(&x, &v, &mut reference);
        ext_rosen_hvp(&x, &v, &mut out);
        assert_close("ext_rosen hvp", &out, &reference, 1e-12);
        if n <= 100 {
            nd_hvp(ext_rosen_generic::<HyperDual64>, &x, &v, &mut out);
            assert_close("ext_rosen hvp num-dual", &out, &reference, 1e-12);
        }
        if n >= 10_000 {
            g.sample_size(10);
        }
        let id = |name: &str| BenchmarkId::new(name, n);
        g.bench_function(id("primal"), |b| b.iter(|| ext_rosen(black_box(&x))));
        g.bench_function(id("grad_hand"), |b| {
            b.iter(|| ext_rosen_hand_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("grad_generated"), |b| {
            b.iter(|| ext_rosen_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("jvp_generated"), |b| {
            b.iter(|| ext_rosen_jvp(black_box(&x), black_box(&v)))
        });
        g.bench_function(id("hvp_hand"), |b| {
            b.iter(|| ext_rosen_hand_hvp(black_box(&x), black_box(&v), &mut out))
        });
        g.bench_function(id("hvp_generated"), |b| {
            b.iter(|| ext_rosen_hvp(black_box(&x), black_box(&v), &mut out))
        });
        g.bench_function(id("grad_tape"), |b| {
            b.iter(|| tape_grad(ext_rosen_generic, black_box(&x), &mut out))
        });
        if n <= MAX_N_QUADRATIC {
            g.bench_function(id("grad_num_dual"), |b| {
                b.iter(|| nd_grad(ext_rosen_generic::<Dual64>, black_box(&x), &mut out))
            });
            g.bench_function(id("hvp_num_dual"), |b| {
                b.iter(|| {
                    nd_hvp(
                        ext_rosen_generic::<HyperDual64>,
                        black_box(&x),
                        &v,
                        &mut out,
                    )
                })
            });
            g.bench_function(id("grad_fd"), |b| {
                b.iter(|| fd_grad(ext_rosen, black_box(&x), &mut out, &mut scratch))
            });
        }
    }
    g.finish();
}

// ------------------------------------------------------------------ the same as an iterator chain

/// `ext_rosen` written as an iterator chain over windows: the macro lowers it to an index
/// loop, so its derivatives should cost what the loop form's do.
#[differentiable]
fn ext_rosen_chain(x: &[f64]) -> f64 {
    x.windows(2)
        .map(|w| {
            let a = w[1] - w[0] * w[0];
            let b = 1.0 - w[0];
            100.0 * a * a + b * b
        })
        .sum()
}

fn bench_ext_rosen_chain(c: &mut Criterion) {
    let sizes: &[usize] = if QUICK { &[100] } else { &[100, 10_000] };
    let mut g = c.benchmark_group("ext_rosen_chain");
    for &n in sizes {
        let mut rng = Rng::new(11 + n as u64);
        let x = rng.vec(n, -1.5, 1.5);
        let v = rng.vec(n, -1.0, 1.0);
        let mut out = vec![0.0; n];
        let mut reference = vec![0.0; n];
        ext_rosen_hand_grad(&x, &mut reference);
        let value = ext_rosen_chain_grad(&x, &mut out);
        assert_close("ext_rosen_chain value", &[value], &[ext_rosen(&x)], 1e-12);
        assert_close("ext_rosen_chain grad", &out, &reference, 1e-12);
        ext_rosen_hand_hvp(&x, &v, &mut reference);
        ext_rosen_chain_hvp(&x, &v, &mut out);
        assert_close("ext_rosen_chain hvp", &out, &reference, 1e-12);
        if n >= 10_000 {
            g.sample_size(10);
        }
        let id = |name: &str| BenchmarkId::new(name, n);
        g.bench_function(id("primal_loop"), |b| b.iter(|| ext_rosen(black_box(&x))));
        g.bench_function(id("primal_chain"), |b| {
            b.iter(|| ext_rosen_chain(black_box(&x)))
        });
        g.bench_function(id("grad_hand"), |b| {
            b.iter(|| ext_rosen_hand_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("grad_loop"), |b| {
            b.iter(|| ext_rosen_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("grad_chain"), |b| {
            b.iter(|| ext_rosen_chain_grad(black_box(&x), &mut out))
        });
        g.bench_function(id("jvp_loop"), |b| {
            b.iter(|| ext_rosen_jvp(black_box(&x), black_box(&v)))
        });
        g.bench_function(id("jvp_chain"), |b| {
            b.iter(|| ext_rosen_chain_jvp(black_box(&x), black_box(&v)))
        });
        g.bench_function(id("hvp_loop"), |b| {
            b.iter(|| ext_rosen_hvp(black_box(&x), black_box(&v), &mut out))
        });
        g.bench_function(id("hvp_chain"), |b| {
            b.iter(|| ext_rosen_chain_hvp(black_box(&x), black_box(&v), &mut out))
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = bench_rosen2d, bench_ext_rosen, bench_ext_rosen_chain
}
criterion_main!(benches);
