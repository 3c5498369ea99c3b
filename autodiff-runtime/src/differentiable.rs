//! Types whose values are points of a parameter space: floats, float arrays, vectors
//! and structs of them. `#[derive(Differentiable)]` implements [`Differentiable`] for
//! a struct; this module implements it for the building blocks.
//!
//! A value of such a type doubles as its own tangent (and cotangent): the gradient of a
//! loss with respect to a `Linear { w: [f64; 3], b: f64 }` is another `Linear`. The
//! trait gives what optimizers and the generated code need of it: zeroing, linear
//! combinations, a dot product, and a flat view, a visit of the float leaves in a
//! fixed order (fields in declaration order, arrays and vectors element by element).

use num_traits::Float;

/// A point of a parameter space, with the same type as its tangents.
///
/// Implemented for `f32`, `f64`, `[D; N]`, `Vec<D>` and `Box<[D]>` (with `alloc`) of
/// any `D: Differentiable`, and by `#[derive(Differentiable)]` for structs whose
/// fields are those or other derived structs. Fields marked `#[no_grad]` (sizes,
/// data, flags) are not leaves: every method below skips them, so in a tangent they
/// stay copies of the primal's (a tangent is made by cloning the primal and zeroing
/// its leaves, which is why a derived struct must also be `Clone`).
///
/// The required methods visit leaves; everything else is provided on top of them and
/// allocates nothing, except [`zeros_like`](Self::zeros_like) for types holding a
/// `Vec` (it clones).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::Differentiable;
///
/// let mut a = [1.0_f64, 2.0];
/// let b = [3.0, 4.0];
/// a.axpy(2.0, &b); // a += 2 b
/// assert_eq!(a, [7.0, 10.0]);
/// assert_eq!(a.dot(&b), 61.0);
/// assert_eq!(a.leaf_count(), 2);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Differentiable`",
    label = "not differentiable",
    note = "differentiable fields are floats, arrays and `Vec`s of them, and structs with `#[derive(Differentiable, Clone)]`; mark a field holding anything else (sizes, data, flags, names) `#[no_grad]`"
)]
pub trait Differentiable: Clone {
    /// The float type of the leaves.
    type Scalar: Float;

    /// The number of float leaves (what a flat view of the value holds).
    fn leaf_count(&self) -> usize;

    /// Calls `f` with every leaf, in the fixed order.
    fn for_each_leaf<G: FnMut(Self::Scalar)>(&self, f: &mut G);

    /// Calls `f` with a mutable reference to every leaf, in the fixed order.
    fn for_each_leaf_mut<G: FnMut(&mut Self::Scalar)>(&mut self, f: &mut G);

    /// Calls `f` with each leaf of `self` and the matching leaf of `other`.
    ///
    /// # Panics
    /// When a `Vec` or boxed slice of `self` and `other` differ in length.
    fn zip_leaves_mut<G: FnMut(&mut Self::Scalar, Self::Scalar)>(
        &mut self,
        other: &Self,
        f: &mut G,
    );

    /// Calls `f` with each leaf of `self` and the matching leaf of `other`.
    ///
    /// # Panics
    /// When a `Vec` or boxed slice of `self` and `other` differ in length.
    fn zip_leaves<G: FnMut(Self::Scalar, Self::Scalar)>(&self, other: &Self, f: &mut G);

    /// A value of the same shape (vector lengths, `#[no_grad]` fields) with every
    /// leaf zero: the tangent or gradient buffer for `self`.
    fn zeros_like(&self) -> Self {
        let mut z = self.clone();
        z.set_zero();
        z
    }

    /// Sets every leaf to zero.
    fn set_zero(&mut self) {
        self.for_each_leaf_mut(&mut |x| *x = <Self::Scalar as num_traits::Zero>::zero());
    }

    /// `self += other`, leaf by leaf.
    fn add_assign(&mut self, other: &Self) {
        self.zip_leaves_mut(other, &mut |a, b| *a = *a + b);
    }

    /// `self *= a`, leaf by leaf.
    fn scale(&mut self, a: Self::Scalar) {
        self.for_each_leaf_mut(&mut |x| *x = *x * a);
    }

    /// `self += a * x`, leaf by leaf.
    fn axpy(&mut self, a: Self::Scalar, x: &Self) {
        self.zip_leaves_mut(x, &mut |s, v| *s = *s + a * v);
    }

    /// The sum of the products of matching leaves.
    fn dot(&self, other: &Self) -> Self::Scalar {
        let mut s = <Self::Scalar as num_traits::Zero>::zero();
        self.zip_leaves(other, &mut |a, b| s = s + a * b);
        s
    }

    /// Copies the leaves, in order, into the first [`leaf_count`](Self::leaf_count)
    /// elements of `out`.
    ///
    /// # Panics
    /// When `out` is shorter than `leaf_count()`.
    fn write_flat(&self, out: &mut [Self::Scalar]) {
        let mut i = 0;
        self.for_each_leaf(&mut |x| {
            out[i] = x;
            i += 1;
        });
    }

    /// Sets the leaves, in order, from the first [`leaf_count`](Self::leaf_count)
    /// elements of `src`.
    ///
    /// # Panics
    /// When `src` is shorter than `leaf_count()`.
    fn read_flat(&mut self, src: &[Self::Scalar]) {
        let mut i = 0;
        self.for_each_leaf_mut(&mut |x| {
            *x = src[i];
            i += 1;
        });
    }
}

macro_rules! float_leaf {
    ($t:ty) => {
        impl Differentiable for $t {
            type Scalar = $t;
            #[inline]
            fn leaf_count(&self) -> usize {
                1
            }
            #[inline]
            fn for_each_leaf<G: FnMut($t)>(&self, f: &mut G) {
                f(*self);
            }
            #[inline]
            fn for_each_leaf_mut<G: FnMut(&mut $t)>(&mut self, f: &mut G) {
                f(self);
            }
            #[inline]
            fn zip_leaves_mut<G: FnMut(&mut $t, $t)>(&mut self, other: &Self, f: &mut G) {
                f(self, *other);
            }
            #[inline]
            fn zip_leaves<G: FnMut($t, $t)>(&self, other: &Self, f: &mut G) {
                f(*self, *other);
            }
        }
    };
}

float_leaf!(f32);
float_leaf!(f64);

/// The leaf methods of a sequence of `D`s, for arrays, vectors and boxed slices.
macro_rules! sequence_leaves {
    () => {
        #[inline]
        fn leaf_count(&self) -> usize {
            self.iter().map(Differentiable::leaf_count).sum()
        }
        #[inline]
        fn for_each_leaf<G: FnMut(D::Scalar)>(&self, f: &mut G) {
            for d in self.iter() {
                d.for_each_leaf(f);
            }
        }
        #[inline]
        fn for_each_leaf_mut<G: FnMut(&mut D::Scalar)>(&mut self, f: &mut G) {
            for d in self.iter_mut() {
                d.for_each_leaf_mut(f);
            }
        }
        #[inline]
        #[track_caller]
        fn zip_leaves_mut<G: FnMut(&mut D::Scalar, D::Scalar)>(&mut self, other: &Self, f: &mut G) {
            same_len(self.len(), other.len());
            for (d, o) in self.iter_mut().zip(other.iter()) {
                d.zip_leaves_mut(o, f);
            }
        }
        #[inline]
        #[track_caller]
        fn zip_leaves<G: FnMut(D::Scalar, D::Scalar)>(&self, other: &Self, f: &mut G) {
            same_len(self.len(), other.len());
            for (d, o) in self.iter().zip(other.iter()) {
                d.zip_leaves(o, f);
            }
        }
    };
}

#[track_caller]
#[inline]
fn same_len(a: usize, b: usize) {
    assert_eq!(
        a, b,
        "the two values have different shapes: a sequence of {a} elements paired with one of {b}; build tangents and gradients with `zeros_like` of the primal"
    );
}

impl<D: Differentiable, const N: usize> Differentiable for [D; N] {
    type Scalar = D::Scalar;
    sequence_leaves!();
}

#[cfg(feature = "alloc")]
impl<D: Differentiable> Differentiable for alloc::vec::Vec<D> {
    type Scalar = D::Scalar;
    sequence_leaves!();
}

#[cfg(feature = "alloc")]
impl<D: Differentiable> Differentiable for alloc::boxed::Box<[D]> {
    type Scalar = D::Scalar;
    sequence_leaves!();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_arrays_visit_rows_in_order() {
        let mut m = [[1.0_f64, 2.0], [3.0, 4.0]];
        let mut seen = [0.0; 4];
        m.write_flat(&mut seen);
        assert_eq!(seen, [1.0, 2.0, 3.0, 4.0]);
        m.read_flat(&[4.0, 3.0, 2.0, 1.0]);
        assert_eq!(m, [[4.0, 3.0], [2.0, 1.0]]);
        assert_eq!(m.leaf_count(), 4);
        let z = m.zeros_like();
        assert_eq!(z, [[0.0; 2]; 2]);
    }

    #[test]
    fn linear_combinations() {
        let mut a = [1.0_f32, -1.0];
        a.scale(3.0);
        a.add_assign(&[1.0, 1.0]);
        assert_eq!(a, [4.0, -2.0]);
        assert_eq!(a.dot(&[0.5, 1.0]), 0.0);
    }

    #[cfg(feature = "alloc")]
    #[test]
    #[should_panic(expected = "different shapes")]
    fn vectors_of_different_lengths_do_not_zip() {
        let mut a = alloc::vec![1.0_f64; 3];
        a.add_assign(&alloc::vec![1.0; 2]);
    }
}
