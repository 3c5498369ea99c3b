//! Generated derivatives with [nalgebra](https://nalgebra.rs) vectors and matrices
//! (feature `nalgebra`).
//!
//! # The idiom: slices, no copies
//!
//! nalgebra's owned vectors and matrices (`SVector`, `DVector`, `SMatrix`, `DMatrix`)
//! store their entries contiguously, so a generated function takes them through
//! `as_slice()` and writes gradients through `as_mut_slice()`, without a copy:
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use nalgebra::{DVector, SMatrix, SVector};
//!
//! // As `#[differentiable]` generates for `fn f(x: &[f64]) -> f64 { Σ xᵢ² }`.
//! fn f_grad(x: &[f64], g: &mut [f64]) -> f64 {
//!     for (g, x) in g.iter_mut().zip(x) {
//!         *g = 2.0 * x;
//!     }
//!     x.iter().map(|x| x * x).sum()
//! }
//!
//! let x = DVector::from_vec(vec![1.0, 2.0, 3.0]);
//! let mut g = DVector::zeros(3);
//! assert_eq!(f_grad(x.as_slice(), g.as_mut_slice()), 14.0);
//! assert_eq!(g, DVector::from_vec(vec![2.0, 4.0, 6.0]));
//!
//! // Fixed sizes live on the stack: nothing allocates.
//! let x = SVector::<f64, 2>::new(3.0, 4.0);
//! let mut g = SVector::<f64, 2>::zeros();
//! f_grad(x.as_slice(), g.as_mut_slice());
//! assert_eq!(g, SVector::<f64, 2>::new(6.0, 8.0));
//!
//! // A matrix of parameters is seen in nalgebra's column-major order: entry (i, j) of
//! // a 2 × 3 matrix is element i + 2j of the slice, and so is its gradient.
//! let w = SMatrix::<f64, 2, 3>::new(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
//! let mut gw = SMatrix::<f64, 2, 3>::zeros();
//! f_grad(w.as_slice(), gw.as_mut_slice());
//! assert_eq!(gw, 2.0 * w);
//! ```
//!
//! A view (`x.rows(1, 2)`, a column of a matrix) is contiguous only sometimes, so it has
//! no `as_slice`; copy it (`clone_owned()`) or pass the owning vector with a range
//! (`&x.as_slice()[1..3]`).
//!
//! # Helpers
//!
//! [`gradient`], [`hessian`] and [`jacobian`] return the derivatives as nalgebra values,
//! for statically sized (`SVector`, `SMatrix`) and dynamically sized (`DVector`,
//! `DMatrix`) parameters alike: the gradient from a generated `f_grad`, the dense Hessian
//! from `n` calls of `f_hvp`, the Jacobian of a residual function from `n` calls of its
//! `r_jvp`.

use nalgebra::allocator::Allocator;
use nalgebra::{DefaultAllocator, Dim, Dyn, OMatrix, OVector, Scalar, U1};
use num_traits::Float;

/// The value and the gradient of `f` at `x`, from its generated `f_grad(x, x_grad) -> f`
/// (or a closure around it), as a vector of `x`'s type.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::integrations::nalgebra::gradient;
/// use nalgebra::Vector3;
///
/// fn f_grad(x: &[f64], g: &mut [f64]) -> f64 {  // f = x₀ x₁ + x₂
///     g.copy_from_slice(&[x[1], x[0], 1.0]);
///     x[0] * x[1] + x[2]
/// }
/// let (f, g) = gradient(&Vector3::new(2.0, 3.0, 4.0), f_grad);
/// assert_eq!((f, g), (10.0, Vector3::new(3.0, 2.0, 1.0)));
/// ```
pub fn gradient<T, D, F>(x: &OVector<T, D>, grad: F) -> (T, OVector<T, D>)
where
    T: Scalar + Float,
    D: Dim,
    DefaultAllocator: Allocator<D>,
    F: FnOnce(&[T], &mut [T]) -> T,
{
    let mut g = OVector::<T, D>::from_element_generic(x.shape_generic().0, U1, T::zero());
    let value = grad(x.as_slice(), g.as_mut_slice());
    (value, g)
}

/// The Hessian of `f` at `x` as an `n × n` matrix, from `n` calls of its generated
/// `f_hvp(x, v, hv) -> f` with the unit vectors, symmetrised (`(H + Hᵀ)/2`, which
/// averages away rounding-level asymmetry so that Cholesky and eigen-solvers see an
/// exactly symmetric matrix).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::integrations::nalgebra::hessian;
/// use nalgebra::{Matrix2, Vector2};
///
/// // f = x₀² x₁: H = [[2x₁, 2x₀], [2x₀, 0]].
/// fn f_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
///     hv[0] = 2.0 * x[1] * v[0] + 2.0 * x[0] * v[1];
///     hv[1] = 2.0 * x[0] * v[0];
///     x[0] * x[0] * x[1]
/// }
/// let h = hessian(&Vector2::new(1.0, 3.0), f_hvp);
/// assert_eq!(h, Matrix2::new(6.0, 2.0, 2.0, 0.0));
/// ```
pub fn hessian<T, D, F>(x: &OVector<T, D>, mut hvp: F) -> OMatrix<T, D, D>
where
    T: Scalar + Float,
    D: Dim,
    DefaultAllocator: Allocator<D> + Allocator<D, D>,
    F: FnMut(&[T], &[T], &mut [T]) -> T,
{
    let d = x.shape_generic().0;
    let mut h = OMatrix::<T, D, D>::from_element_generic(d, d, T::zero());
    let mut e = OVector::<T, D>::from_element_generic(d, U1, T::zero());
    // Column-major storage: HVP j, column j, is one contiguous run of n entries.
    crate::dense::symmetric_hessian_into(h.as_mut_slice(), e.as_mut_slice(), |v, hv| {
        hvp(x.as_slice(), v, hv);
    });
    h
}

/// The `m × n` Jacobian at `p` of a residual function writing its `m` results into an
/// out-parameter, from `n` calls of its generated `r_jvp(p, p_tangent, out, out_tangent)`
/// with the unit vectors (each fills one column). Also returns the residuals `r(p)`.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::integrations::nalgebra::jacobian;
/// use nalgebra::{DMatrix, DVector, Vector2};
///
/// // r(p) = (p₀ p₁, p₀ − 1, p₁²)
/// fn r_jvp(p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]) {
///     out.copy_from_slice(&[p[0] * p[1], p[0] - 1.0, p[1] * p[1]]);
///     dout.copy_from_slice(&[dp[0] * p[1] + p[0] * dp[1], dp[0], 2.0 * p[1] * dp[1]]);
/// }
/// let (r, j) = jacobian(&Vector2::new(2.0, 3.0), 3, r_jvp);
/// assert_eq!(r, DVector::from_vec(vec![6.0, 1.0, 9.0]));
/// assert_eq!(j, DMatrix::from_row_slice(3, 2, &[3.0, 2.0, 1.0, 0.0, 0.0, 6.0]));
/// ```
pub fn jacobian<T, D, J>(
    p: &OVector<T, D>,
    m: usize,
    mut jvp: J,
) -> (OVector<T, Dyn>, OMatrix<T, Dyn, D>)
where
    T: Scalar + Float,
    D: Dim,
    DefaultAllocator: Allocator<D> + Allocator<Dyn, D>,
    J: FnMut(&[T], &[T], &mut [T], &mut [T]),
{
    let d = p.shape_generic().0;
    let n = p.len();
    let mut r = OVector::<T, Dyn>::from_element_generic(Dyn(m), U1, T::zero());
    let mut jac = OMatrix::<T, Dyn, D>::from_element_generic(Dyn(m), d, T::zero());
    let mut e = OVector::<T, D>::from_element_generic(d, U1, T::zero());
    for j in 0..n {
        e[j] = T::one();
        jvp(
            p.as_slice(),
            e.as_slice(),
            r.as_mut_slice(),
            &mut jac.as_mut_slice()[j * m..(j + 1) * m],
        );
        e[j] = T::zero();
    }
    (r, jac)
}
