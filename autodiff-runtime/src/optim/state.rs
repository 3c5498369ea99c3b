//! Where optimizer state lives: growable vectors, fixed arrays, or caller-owned slices.

use num_traits::Float;

/// Storage for one per-parameter state buffer of an optimizer (a momentum buffer,
/// Adam's first moment, ...).
///
/// Every optimizer is generic over its storage `S: StateBuffer<T>`, so one
/// implementation of each update rule serves three ways of holding state:
///
/// | storage | feature | behaviour |
/// |---|---|---|
/// | `Vec<T>` (the default) | `alloc` | sized on the first [`step`](super::Optimizer::step); [`reset`](super::Optimizer::reset) keeps the capacity, so later steps never allocate |
/// | `[T; N]` | none | held inside the optimizer; serves up to `N` parameters |
/// | `&mut [T]` | none | a buffer the caller owns (a `static`, a stack array, a memory region) |
///
/// Optimizers are built over an explicit storage with their `with_state`
/// constructor, which takes one buffer per state slot; slots an option does not use
/// (the momentum buffer of plain SGD, Adam's `amsgrad` maximum) are never touched, so
/// a caller-owned slot may be an empty slice.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::optim::{Optimizer, Sgd};
///
/// // No heap: the momentum buffer is an array inside the optimizer.
/// let mut opt = Sgd::with_state(0.1, [[0.0f32; 2]]).momentum(0.9);
/// let mut x = [1.0f32, -2.0];
/// opt.step(&mut x, &[1.0, -1.0]);
/// assert_eq!(x, [0.9, -1.9]);
/// ```
pub trait StateBuffer<T> {
    /// Makes the first `n` slots available and sets each to `fill`. Called on the
    /// first step after construction or [`reset`](super::Optimizer::reset).
    ///
    /// # Panics
    /// Fixed-size storage panics when it holds fewer than `n` slots.
    fn init(&mut self, n: usize, fill: T);

    /// The first `n` slots, as set up by [`init`](Self::init) with the same `n`.
    fn slots(&mut self, n: usize) -> &mut [T];
}

#[track_caller]
fn fixed_init<T: Copy>(buf: &mut [T], n: usize, fill: T) {
    assert!(
        n <= buf.len(),
        "optimizer state holds {} slots but the parameter slice has {n} elements",
        buf.len()
    );
    buf[..n].fill(fill);
}

impl<T: Float, const N: usize> StateBuffer<T> for [T; N] {
    #[track_caller]
    fn init(&mut self, n: usize, fill: T) {
        fixed_init(self, n, fill);
    }

    fn slots(&mut self, n: usize) -> &mut [T] {
        &mut self[..n]
    }
}

impl<T: Float> StateBuffer<T> for &mut [T] {
    #[track_caller]
    fn init(&mut self, n: usize, fill: T) {
        fixed_init(self, n, fill);
    }

    fn slots(&mut self, n: usize) -> &mut [T] {
        &mut self[..n]
    }
}

#[cfg(feature = "alloc")]
impl<T: Float> StateBuffer<T> for alloc::vec::Vec<T> {
    fn init(&mut self, n: usize, fill: T) {
        // clear + resize reuses the capacity, so re-initialising after `reset`
        // (or stepping a same-sized problem again) does not allocate.
        self.clear();
        self.resize(n, fill);
    }

    fn slots(&mut self, n: usize) -> &mut [T] {
        &mut self[..n]
    }
}

/// The storage an optimizer built with `new` uses: `Vec<T>` with the `alloc`
/// feature. Without `alloc` it is the empty array `[T; 0]`, which only serves
/// configurations that keep no state (plain SGD); name a real storage through
/// `with_state` there.
#[cfg(feature = "alloc")]
pub type DefaultState<T> = alloc::vec::Vec<T>;

/// The storage an optimizer built with `new` uses: `Vec<T>` with the `alloc`
/// feature. Without `alloc` it is the empty array `[T; 0]`, which only serves
/// configurations that keep no state (plain SGD); name a real storage through
/// `with_state` there.
#[cfg(not(feature = "alloc"))]
pub type DefaultState<T> = [T; 0];

/// What every optimizer keeps besides its hyper-parameters: its `K` state buffers,
/// the parameter count fixed by the first step (`None` before it), and the number of
/// steps taken, all forgotten by [`reset`](super::Optimizer::reset).
#[derive(Debug, Clone)]
pub(crate) struct StepState<S, const K: usize> {
    pub(crate) buffers: [S; K],
    pub(crate) len: Option<usize>,
    pub(crate) t: u64,
}

impl<S, const K: usize> StepState<S, K> {
    pub(crate) fn new(buffers: [S; K]) -> Self {
        StepState {
            buffers,
            len: None,
            t: 0,
        }
    }

    pub(crate) fn reset(&mut self) {
        self.len = None;
        self.t = 0;
    }
}

/// Checks the lengths every `step` relies on; the only panics inside `step`.
#[track_caller]
pub(crate) fn check_lengths(params: usize, grads: usize, expected: Option<usize>) {
    assert_eq!(
        params, grads,
        "`params` has {params} elements but `grads` has {grads}"
    );
    if let Some(n) = expected {
        assert_eq!(
            params, n,
            "the optimizer state was sized for {n} parameters on the first step, \
             but `params` now has {params}; call `reset()` before optimizing a different problem"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_and_slice_storage_fill_only_the_prefix() {
        let mut a = [7.0f64; 4];
        a.init(2, 0.5);
        assert_eq!(a, [0.5, 0.5, 7.0, 7.0]);
        assert_eq!(a.slots(2), &[0.5, 0.5]);

        let mut backing = [1.0f32; 3];
        let mut s: &mut [f32] = &mut backing;
        s.init(3, 0.0);
        s.slots(3)[1] = 2.0;
        assert_eq!(backing, [0.0, 2.0, 0.0]);
    }

    #[test]
    #[should_panic(expected = "holds 2 slots but the parameter slice has 3")]
    fn too_small_fixed_storage_panics() {
        [0.0f64; 2].init(3, 0.0);
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn vec_storage_keeps_capacity_across_init() {
        let mut v: alloc::vec::Vec<f64> = alloc::vec::Vec::new();
        v.init(5, 1.0);
        let cap = v.capacity();
        v.init(3, 2.0);
        assert_eq!(v, [2.0; 3]);
        assert_eq!(v.capacity(), cap);
    }
}
