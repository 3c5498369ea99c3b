//! The gradients that reverse-mode calls passing a slice keep between the forward and
//! the adjoint sweep (see the macro's `emit::slice_calls`).
//!
//! A call `g(&a, y)` of scalar result runs `g_vjp` once in the forward sweep, seeded
//! with one, into zeroed scratch shadows; the adjoint sweep then scales what it wrote
//! by the call's adjoint instead of running `g_vjp` again. One buffer per call site
//! holds those gradients, appended per evaluation and never reused within one run of
//! the generated function: an evaluation keeps its position (one plus its offset, as
//! a float so that the site's other kept values stay floats; zero means nothing kept).
//! The buffer is bounded by [`CALL_GRADIENT_BUDGET`], except that the first evaluation
//! always keeps its gradients (as much memory as the caller's own shadow of the data):
//! past the budget, an evaluation keeps nothing and its adjoint runs `g_vjp` again, so
//! a call in a loop over a long slice (`for i in 0..n { s += g(&x, i) }`) takes a
//! bounded amount of memory, not `n²` floats, while a single call on a long slice
//! still runs its callee once. Without the `alloc` feature nothing is ever kept.

use num_traits::Float;

/// How many floats the gradients kept by one call site may take per run of a
/// generated `_vjp` or `_grad` (32 KiB of `f64`), or the gradients of its first call
/// if they are more. Past it, the site's further calls keep only their value and run
/// the callee's `_vjp` again in the adjoint sweep.
pub const CALL_GRADIENT_BUDGET: usize = 4096;

/// How many evaluations of its size a site's buffer first makes room for.
#[cfg(feature = "alloc")]
const FIRST_CALLS: usize = 4;

/// The gradients one call site keeps (see the module docs).
pub struct CallGradients<T> {
    #[cfg(feature = "alloc")]
    data: alloc::vec::Vec<T>,
    #[cfg(not(feature = "alloc"))]
    none: core::marker::PhantomData<T>,
}

impl<T: Float> Default for CallGradients<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Float> CallGradients<T> {
    /// An empty buffer.
    #[inline(always)]
    pub fn new() -> Self {
        CallGradients {
            #[cfg(feature = "alloc")]
            data: alloc::vec::Vec::new(),
            #[cfg(not(feature = "alloc"))]
            none: core::marker::PhantomData,
        }
    }

    /// Zeroed room for gradients of lengths `lens` at the end of the buffer, if it stays
    /// within [`CALL_GRADIENT_BUDGET`] or the buffer is empty: the position to keep and
    /// the parts, one per length. `None` past the budget, and always without `alloc`.
    #[cfg(feature = "alloc")]
    #[inline]
    pub fn take<const K: usize>(&mut self, lens: [usize; K]) -> Option<(T, [&mut [T]; K])> {
        let start = self.data.len();
        let total: usize = lens.iter().sum();
        if start > 0 && start + total > CALL_GRADIENT_BUDGET {
            return None;
        }
        let pos = T::from(start + 1)?;
        if self.data.capacity() == 0 {
            // one allocation for the first few calls of the site (a loop's), instead of
            // one per doubling
            self.data = alloc::vec::Vec::with_capacity(
                CALL_GRADIENT_BUDGET
                    .min(total.saturating_mul(FIRST_CALLS))
                    .max(total),
            );
        }
        self.data.resize(start + total, T::zero());
        let mut rest = &mut self.data[start..];
        let parts = lens.map(|n| {
            let (part, tail) = core::mem::take(&mut rest).split_at_mut(n);
            rest = tail;
            part
        });
        Some((pos, parts))
    }

    /// See the version with `alloc`: without it, nothing is kept.
    #[cfg(not(feature = "alloc"))]
    #[inline(always)]
    pub fn take<const K: usize>(&mut self, _lens: [usize; K]) -> Option<(T, [&mut [T]; K])> {
        None
    }

    /// The gradients kept at `pos` (from [`CallGradients::take`] with the same
    /// `lens`); `None` when nothing was kept (`pos` zero).
    #[cfg(feature = "alloc")]
    #[inline]
    pub fn kept<const K: usize>(&self, pos: T, lens: [usize; K]) -> Option<[&[T]; K]> {
        let start = pos.to_usize()?.checked_sub(1)?;
        let total: usize = lens.iter().sum();
        let mut rest = self.data.get(start..start + total)?;
        Some(lens.map(|n| {
            let (part, tail) = rest.split_at(n);
            rest = tail;
            part
        }))
    }

    /// See the version with `alloc`: without it, nothing was kept.
    #[cfg(not(feature = "alloc"))]
    #[inline(always)]
    pub fn kept<const K: usize>(&self, _pos: T, _lens: [usize; K]) -> Option<[&[T]; K]> {
        let _ = &self.none;
        None
    }
}

/// The buffers of the call sites of a recursion, handed from level to level: a
/// function calling itself on its slice takes each self-calling site's buffer from the
/// pool when it starts and gives it back, cleared but with its capacity, when its
/// adjoint sweep is done (`CallGradients::from_pool`, `CallGradients::into_pool`).
/// Calls nest, so the pool is a stack: it holds at most one buffer per level of the
/// recursion, and every call at one depth reuses the buffer of the call before it.
/// One pool lives per top-level call of the generated `_vjp` or `_grad`.
pub struct CallGradientPool<T> {
    #[cfg(feature = "alloc")]
    free: alloc::vec::Vec<alloc::vec::Vec<T>>,
    #[cfg(not(feature = "alloc"))]
    none: core::marker::PhantomData<T>,
}

impl<T: Float> Default for CallGradientPool<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Float> CallGradientPool<T> {
    /// An empty pool.
    #[inline(always)]
    pub fn new() -> Self {
        CallGradientPool {
            #[cfg(feature = "alloc")]
            free: alloc::vec::Vec::new(),
            #[cfg(not(feature = "alloc"))]
            none: core::marker::PhantomData,
        }
    }
}

impl<T: Float> CallGradients<T> {
    /// A buffer from the pool (empty, with the capacity a previous call gave it), or a
    /// new one.
    #[inline]
    pub fn from_pool(pool: &mut CallGradientPool<T>) -> Self {
        #[cfg(feature = "alloc")]
        {
            CallGradients {
                data: pool.free.pop().unwrap_or_default(),
            }
        }
        #[cfg(not(feature = "alloc"))]
        {
            let _ = &pool.none;
            Self::new()
        }
    }

    /// Gives the buffer back to the pool, for the next call at this depth.
    #[inline]
    pub fn into_pool(self, pool: &mut CallGradientPool<T>) {
        #[cfg(feature = "alloc")]
        {
            let mut data = self.data;
            if data.capacity() > 0 {
                data.clear();
                pool.free.push(data);
            }
        }
        #[cfg(not(feature = "alloc"))]
        {
            let _ = (self, &pool.none);
        }
    }
}

/// `Σ gᵢ dᵢ`: the tangent of a call's value along the direction `d` of one data
/// argument, from the call's gradient `g` along it (`f_hvp`'s forward sweep, which
/// runs the callee's `_vjp` instead of its `_jvp`).
#[inline]
pub fn along<T: Float>(g: &[T], d: impl IntoIterator<Item = T>) -> T {
    g.iter().zip(d).fold(T::zero(), |s, (&gi, di)| s + gi * di)
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;

    #[test]
    fn kept_parts_read_back_what_was_written() {
        let mut g = CallGradients::<f64>::new();
        let (p1, [a, b]) = g.take([2, 3]).unwrap();
        a.copy_from_slice(&[1.0, 2.0]);
        b.copy_from_slice(&[3.0, 4.0, 5.0]);
        let (p2, [c]) = g.take([1]).unwrap();
        c[0] = 6.0;
        assert_eq!(
            g.kept(p1, [2, 3]),
            Some([&[1.0, 2.0][..], &[3.0, 4.0, 5.0][..]])
        );
        assert_eq!(g.kept(p2, [1]), Some([&[6.0][..]]));
        assert_eq!(g.kept(0.0, [1]), None);
    }

    #[test]
    fn past_the_budget_nothing_is_kept() {
        let mut g = CallGradients::<f32>::new();
        assert!(g.take([CALL_GRADIENT_BUDGET - 1]).is_some());
        assert!(g.take([2]).is_none());
        let (p, [z]) = g.take([1]).unwrap();
        assert_eq!(z, &[0.0]);
        assert_eq!(p, CALL_GRADIENT_BUDGET as f32);
    }

    #[test]
    fn a_pooled_buffer_comes_back_empty_with_its_capacity() {
        let mut pool = CallGradientPool::<f64>::new();
        let mut g = CallGradients::from_pool(&mut pool);
        let (p, [a]) = g.take([3]).unwrap();
        a[0] = 2.0;
        assert_eq!(g.kept(p, [3]), Some([&[2.0, 0.0, 0.0][..]]));
        g.into_pool(&mut pool);
        assert_eq!(pool.free.len(), 1);
        let capacity = pool.free[0].capacity();
        assert!(capacity >= 3);
        // the next call at this depth: the same memory, zeroed where it takes it
        let mut g = CallGradients::from_pool(&mut pool);
        assert!(pool.free.is_empty());
        let (p, [a]) = g.take([3]).unwrap();
        assert_eq!(a, &[0.0; 3]);
        assert_eq!(p, 1.0);
        assert_eq!(g.data.capacity(), capacity);
        // a buffer that never held anything is not kept
        CallGradients::<f64>::new().into_pool(&mut pool);
        assert!(pool.free.is_empty());
    }

    #[test]
    fn the_first_call_keeps_its_gradient_past_the_budget() {
        let mut g = CallGradients::<f64>::new();
        let (p, [a]) = g.take([CALL_GRADIENT_BUDGET + 10]).unwrap();
        a[CALL_GRADIENT_BUDGET + 9] = 1.5;
        assert!(g.take([1]).is_none());
        let [k] = g.kept(p, [CALL_GRADIENT_BUDGET + 10]).unwrap();
        assert_eq!(k[CALL_GRADIENT_BUDGET + 9], 1.5);
    }
}
