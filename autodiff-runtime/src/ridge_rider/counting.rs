//! The objective wrapper that counts evaluations, behind [`Ride::hvps`](super::Ride::hvps)
//! and the totals of an [`Exploration`](super::Exploration).

use core::cell::Cell;

use crate::objective::Objective;

/// Counts the evaluations made through it.
pub(crate) struct Counting<'a, O: Objective + ?Sized> {
    pub inner: &'a O,
    pub values: Cell<usize>,
    pub grads: Cell<usize>,
    pub hvps: Cell<usize>,
}

impl<'a, O: Objective + ?Sized> Counting<'a, O> {
    pub fn new(inner: &'a O) -> Self {
        Counting {
            inner,
            values: Cell::new(0),
            grads: Cell::new(0),
            hvps: Cell::new(0),
        }
    }
}

impl<O: Objective + ?Sized> Objective for Counting<'_, O> {
    fn dim(&self) -> usize {
        self.inner.dim()
    }
    fn value(&self, x: &[f64]) -> f64 {
        self.values.set(self.values.get() + 1);
        self.inner.value(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        self.grads.set(self.grads.get() + 1);
        self.inner.grad(x, g)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        self.hvps.set(self.hvps.get() + 1);
        self.inner.hvp(x, v, hv)
    }
    fn zero_modes(&self, x: &[f64]) -> alloc::vec::Vec<alloc::vec::Vec<f64>> {
        self.inner.zero_modes(x)
    }
}
