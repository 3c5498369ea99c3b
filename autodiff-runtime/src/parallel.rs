//! Data-parallel gradients of a sum over a dataset (feature `rayon`).
//!
//! A loss that is a sum over samples, `L(p) = Σᵢ ℓ(p, sampleᵢ)`, has the gradient
//! `Σᵢ ∇ℓ(p, sampleᵢ)`, and a generated `loss_vjp` with seed 1 **adds** one sample's
//! gradient into its shadow. [`sum_grad`] splits the samples into contiguous chunks, runs
//! the per-sample VJP over each chunk on rayon's thread pool, each chunk into a gradient
//! buffer of its own, and adds the chunks' results **in chunk order**.
//!
//! The result is deterministic: the same bits on every run with the same number of
//! chunks, whatever the scheduling (each chunk is summed sequentially, and the chunk sums
//! are added in a fixed order). [`sum_grad`] uses one chunk per thread of the current
//! pool, so it is reproducible for a fixed thread count (`RAYON_NUM_THREADS`, or a
//! `rayon::ThreadPool` built with `num_threads`); [`sum_grad_chunked`] takes the chunk
//! count, which makes the result independent of the thread count too. Compared with a
//! sequential loop over the samples, the sum is regrouped, so the last bits can differ.
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use differentiable::parallel::{sum_grad, sum_grad_chunked};
//!
//! // Per-sample squared error of a line, as `#[differentiable(wrt(p))]` generates
//! // `loss_vjp` for `fn loss(p: &[f64], x: f64, y: f64) -> f64`.
//! fn loss_vjp(p: &[f64], p_bar: &mut [f64], x: f64, y: f64, seed: f64) -> f64 {
//!     let r = p[0] * x + p[1] - y;
//!     p_bar[0] += seed * 2.0 * r * x;
//!     p_bar[1] += seed * 2.0 * r;
//!     r * r
//! }
//! let data: Vec<(f64, f64)> = (0..1000).map(|i| (i as f64 / 1000.0, 1.0)).collect();
//! let p = [0.5, 0.25];
//! let mut g = [0.0; 2];
//! let loss = sum_grad(&p, &mut g, &data, |p, p_bar, &(x, y)| loss_vjp(p, p_bar, x, y, 1.0));
//!
//! // The same sum in 4 fixed chunks, by index: the same value on any number of threads.
//! let mut g4 = [0.0; 2];
//! let loss4 = sum_grad_chunked(&p, &mut g4, data.len(), 4, |p, p_bar, i| {
//!     loss_vjp(p, p_bar, data[i].0, data[i].1, 1.0)
//! });
//! assert!((loss - loss4).abs() < 1e-9 && (g[0] - g4[0]).abs() < 1e-9);
//! ```
//!
//! # Across machines
//!
//! The same decomposition scales past one machine: a data-parallel engine (MPI's
//! `allreduce` through the `mpi` crate, or a parameter server) gives each process a shard
//! of the data, each process calls the generated per-sample `_vjp` over its shard (with
//! [`sum_grad`] across its own cores), and the shard gradients are summed by the engine's
//! reduction; the parameters stay replicated. Nothing in the generated code needs to know.

use alloc::vec;
use alloc::vec::Vec;

use num_traits::Float;
use rayon::prelude::*;

/// `Σᵢ ℓ(params, data[i])` and its gradient, in parallel: one contiguous chunk of
/// `data` per thread of rayon's current pool.
///
/// `per_sample(params, params_bar, sample)` returns the sample's loss and **adds** its
/// gradient into `params_bar` (a generated `loss_vjp` with seed 1, or `_grad` into a
/// scratch buffer added by hand). `grad` is **overwritten** with the gradient of the
/// sum. Deterministic for a fixed thread count (see the [module documentation](self)).
///
/// # Panics
/// If `grad.len() != params.len()`, or if `per_sample` panics.
pub fn sum_grad<T, S, F>(params: &[T], grad: &mut [T], data: &[S], per_sample: F) -> T
where
    T: Float + Send + Sync,
    S: Sync,
    F: Fn(&[T], &mut [T], &S) -> T + Sync,
{
    let chunks = rayon::current_num_threads();
    sum_grad_chunked(params, grad, data.len(), chunks, |p, p_bar, i| {
        per_sample(p, p_bar, &data[i])
    })
}

/// `Σᵢ ℓ(params, i)` over `i in 0..len` and its gradient, with the indices split into
/// `chunks` contiguous ranges of nearly equal length (the first `len % chunks` one longer),
/// summed in parallel, each sequentially in index order, and the ranges' sums added in
/// range order: the same result on any number of threads.
///
/// `per_index(params, params_bar, i)` returns the loss of sample `i` and **adds** its
/// gradient into `params_bar`; `grad` is **overwritten**. `chunks` is clamped to
/// `1..=len` (no empty chunks); each chunk allocates one gradient buffer.
///
/// # Panics
/// If `grad.len() != params.len()`, or if `per_index` panics.
pub fn sum_grad_chunked<T, F>(
    params: &[T],
    grad: &mut [T],
    len: usize,
    chunks: usize,
    per_index: F,
) -> T
where
    T: Float + Send + Sync,
    F: Fn(&[T], &mut [T], usize) -> T + Sync,
{
    assert_eq!(
        grad.len(),
        params.len(),
        "sum_grad: the gradient has length {} but there are {} parameters",
        grad.len(),
        params.len()
    );
    let chunks = chunks.clamp(1, len.max(1));
    let partials: Vec<(T, Vec<T>)> = (0..chunks)
        .into_par_iter()
        .map(|k| {
            let mut g = vec![T::zero(); params.len()];
            let mut value = T::zero();
            for i in chunk_range(k, chunks, len) {
                value = value + per_index(params, &mut g, i);
            }
            (value, g)
        })
        .collect();
    grad.fill(T::zero());
    let mut value = T::zero();
    for (v, g) in &partials {
        value = value + *v;
        for (acc, x) in grad.iter_mut().zip(g) {
            *acc = *acc + *x;
        }
    }
    value
}

/// The `k`-th of `chunks` contiguous, nearly equal ranges covering `0..len`.
fn chunk_range(k: usize, chunks: usize, len: usize) -> core::ops::Range<usize> {
    let (base, extra) = (len / chunks, len % chunks);
    let start = k * base + k.min(extra);
    start..start + base + usize::from(k < extra)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_the_range_in_order() {
        for len in [0, 1, 5, 7, 100] {
            for chunks in 1..=8 {
                let mut next = 0;
                for k in 0..chunks {
                    let r = chunk_range(k, chunks, len);
                    assert_eq!(r.start, next);
                    assert!(r.len() == len / chunks || r.len() == len / chunks + 1);
                    next = r.end;
                }
                assert_eq!(next, len);
            }
        }
    }

    #[test]
    #[should_panic(expected = "the gradient has length 1 but there are 2 parameters")]
    fn wrong_gradient_length_panics() {
        sum_grad_chunked(&[1.0, 2.0], &mut [0.0], 3, 2, |_, _, _| 0.0);
    }
}
