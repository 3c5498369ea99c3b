//! Data-parallel gradient sums (`parallel::sum_grad`, `sum_grad_chunked`) over a generated
//! per-sample `_vjp`: the value and gradient equal, bit for bit, the chunk-by-chunk sums
//! computed sequentially in the same order; they are the same on 1, 2 and 3 threads for a
//! fixed chunk count and on every repetition; and the gradient agrees with central finite
//! differences of the summed loss.

use differentiable::differentiable;
use differentiable::parallel::{sum_grad, sum_grad_chunked};

/// Logistic loss of one sample (features `x`, label 0/1) under weights `w` (bias last).
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
    x: [f64; 3],
    label: f64,
}

fn dataset(n: usize) -> Vec<Sample> {
    let mut state = 0x853c_49e6_748f_ea9b_u64;
    let mut uniform = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|_| {
            let x = [uniform() * 2.0 - 1.0, uniform() * 2.0 - 1.0, uniform()];
            let label = if x[0] - 0.5 * x[1] + 0.2 > uniform() - 0.5 {
                1.0
            } else {
                0.0
            };
            Sample { x, label }
        })
        .collect()
}

const W: [f64; 4] = [0.4, -0.3, 0.8, 0.1];

fn per_sample(w: &[f64], w_bar: &mut [f64], s: &Sample) -> f64 {
    sample_loss_vjp(w, w_bar, &s.x, s.label, 1.0)
}

/// The reference: chunk k covers its contiguous range of samples, each summed in order;
/// the chunk sums are added in chunk order.
fn sequential_chunks(data: &[Sample], chunks: usize) -> (f64, [f64; 4]) {
    let (base, extra) = (data.len() / chunks, data.len() % chunks);
    let (mut value, mut grad) = (0.0, [0.0; 4]);
    let mut start = 0;
    for k in 0..chunks {
        let end = start + base + usize::from(k < extra);
        let (mut v, mut g) = (0.0, [0.0; 4]);
        for s in &data[start..end] {
            v += per_sample(&W, &mut g, s);
        }
        value += v;
        for (a, b) in grad.iter_mut().zip(g) {
            *a += b;
        }
        start = end;
    }
    (value, grad)
}

fn in_pool<R: Send>(threads: usize, f: impl FnOnce() -> R + Send) -> R {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
        .install(f)
}

#[test]
fn equals_the_sequential_chunk_sums_bit_for_bit() {
    let data = dataset(1001);
    for chunks in [1, 2, 3, 7] {
        let mut g = [0.0; 4];
        let v = sum_grad_chunked(&W, &mut g, data.len(), chunks, |w, wb, i| {
            per_sample(w, wb, &data[i])
        });
        assert_eq!((v, g), sequential_chunks(&data, chunks), "{chunks} chunks");
    }
    // one chunk per thread of the current pool
    for threads in [1, 2, 3] {
        let (v, g) = in_pool(threads, || {
            let mut g = [0.0; 4];
            (sum_grad(&W, &mut g, &data, per_sample), g)
        });
        assert_eq!(
            (v, g),
            sequential_chunks(&data, threads),
            "{threads} threads"
        );
    }
}

#[test]
fn fixed_chunks_give_the_same_bits_on_any_thread_count_and_every_run() {
    let data = dataset(5000);
    let run = |threads| {
        in_pool(threads, || {
            let mut g = [0.0; 4];
            let v = sum_grad_chunked(&W, &mut g, data.len(), 8, |w, wb, i| {
                per_sample(w, wb, &data[i])
            });
            (v, g)
        })
    };
    let first = run(1);
    for threads in [1, 2, 3, 2, 2] {
        assert_eq!(run(threads), first);
    }
}

#[test]
fn gradient_agrees_with_finite_differences_of_the_sum() {
    let data = dataset(300);
    let total = |w: &[f64]| {
        data.iter()
            .map(|s| sample_loss(w, &s.x, s.label))
            .sum::<f64>()
    };
    let mut g = [9.0; 4]; // overwritten, not added to
    let v = sum_grad(&W, &mut g, &data, per_sample);
    assert!((v - total(&W)).abs() < 1e-9 * v.abs());
    let h = 1e-6;
    for i in 0..4 {
        let (mut a, mut b) = (W, W);
        a[i] += h;
        b[i] -= h;
        let fd = (total(&a) - total(&b)) / (2.0 * h);
        assert!(
            (g[i] - fd).abs() < 1e-6 * (1.0 + fd.abs()),
            "{i}: {} vs {fd}",
            g[i]
        );
    }
}

#[test]
fn empty_data_sums_to_zero() {
    let mut g = [1.0; 4];
    assert_eq!(sum_grad(&W, &mut g, &[] as &[Sample], per_sample), 0.0);
    assert_eq!(g, [0.0; 4]);
}
