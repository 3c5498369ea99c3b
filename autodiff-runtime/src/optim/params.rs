//! What an optimizer can step: a flat slice of floats, or any [`Differentiable`] value
//! (arrays, vectors, derived structs) through its flat view.

use crate::differentiable::Differentiable;
use num_traits::Float;

/// Parameters an optimizer updates in place, visited leaf by leaf in a fixed order
/// together with their gradient (a value of the same type).
///
/// Implemented for `[T]` and for every [`Differentiable`] type, so the inherent
/// `step` of each optimizer takes a slice, an array, a `Vec` or a derived struct:
/// `opt.step(&mut model, &grad)`. Optimizer state is indexed by leaf position, so
/// stepping a struct gives exactly the numbers stepping its flat view would.
pub trait Params<T> {
    /// The number of float leaves.
    fn param_count(&self) -> usize;

    /// Calls `f` with each parameter and its gradient, in the fixed leaf order.
    ///
    /// # Panics
    /// When `self` and `grads` differ in shape (lengths of slices or vectors).
    fn zip_params_mut<G: FnMut(&mut T, T)>(&mut self, grads: &Self, f: &mut G);
}

impl<D: Differentiable> Params<D::Scalar> for D {
    #[inline]
    fn param_count(&self) -> usize {
        self.leaf_count()
    }
    #[inline]
    fn zip_params_mut<G: FnMut(&mut D::Scalar, D::Scalar)>(&mut self, grads: &Self, f: &mut G) {
        self.zip_leaves_mut(grads, f);
    }
}

impl<T: Float> Params<T> for [T] {
    #[inline]
    fn param_count(&self) -> usize {
        self.len()
    }
    #[inline]
    fn zip_params_mut<G: FnMut(&mut T, T)>(&mut self, grads: &Self, f: &mut G) {
        for (p, &g) in self.iter_mut().zip(grads) {
            f(p, g);
        }
    }
}
