//! What every second-order tool of this crate works on: an [`Objective`], a function
//! seen through its value, gradient and Hessian-vector products, and [`FnObjective`],
//! which bundles the functions `#[differentiable]` generates into one.
//!
//! The eigen-solvers, the dense Hessian, the saddle analysis and Ridge Rider all sit
//! above this module; it depends on nothing of theirs.

use alloc::vec::Vec;

/// A twice-differentiable function of `dim()` variables, seen through its value,
/// gradient and Hessian-vector products.
///
/// Implement it directly, or build one from the functions `#[differentiable]`
/// generates with [`FnObjective::new`]. The tools of this crate check the lengths
/// of the slices they pass, so implementations may assume `x.len() == v.len() ==
/// g.len() == hv.len() == self.dim()`.
pub trait Objective {
    /// Number of variables.
    fn dim(&self) -> usize;
    /// The value `f(x)`.
    fn value(&self, x: &[f64]) -> f64;
    /// Overwrites `g` with `∇f(x)` and returns `f(x)`.
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64;
    /// Overwrites `hv` with `∇²f(x) · v`.
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]);
    /// Directions at `x` along which `f` is exactly invariant (its *zero modes*: the
    /// rigid translations and rotations of a molecule, a global phase, ...), each of
    /// length `dim()`. Default: none.
    ///
    /// The eigen-analysis ([`eigenpairs`](crate::saddle::eigenpairs),
    /// [`classify`](crate::saddle::classify),
    /// [`escape_direction`](crate::saddle::escape_direction), Ridge Rider, the saddle
    /// search) works on the Hessian restricted to the orthogonal complement of their
    /// span: they are orthonormalised (dependent or zero ones dropped), never
    /// returned as eigenvectors, and not counted as zero eigenvalues. Rather than
    /// implementing this method, wrap an objective in
    /// [`Symmetric`](crate::saddle::Symmetric), which also projects them out of the
    /// gradient and the Hessian-vector products.
    ///
    /// ```
    /// # extern crate autodiff_runtime as differentiable;
    /// use differentiable::saddle::{classify, Objective, PointKind};
    ///
    /// /// f(x, y, z) = (x − y)² + z²: invariant under shifting x and y together.
    /// struct Shift;
    /// impl Objective for Shift {
    ///     fn dim(&self) -> usize { 3 }
    ///     fn value(&self, p: &[f64]) -> f64 { (p[0] - p[1]).powi(2) + p[2] * p[2] }
    ///     fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
    ///         let d = p[0] - p[1];
    ///         g.copy_from_slice(&[2.0 * d, -2.0 * d, 2.0 * p[2]]);
    ///         self.value(p)
    ///     }
    ///     fn hvp(&self, _: &[f64], v: &[f64], hv: &mut [f64]) {
    ///         let d = v[0] - v[1];
    ///         hv.copy_from_slice(&[2.0 * d, -2.0 * d, 2.0 * v[2]]);
    ///     }
    ///     fn zero_modes(&self, _: &[f64]) -> Vec<Vec<f64>> {
    ///         vec![vec![1.0, 1.0, 0.0]]
    ///     }
    /// }
    /// let c = classify(&Shift, &[5.0, 5.0, 0.0]);
    /// assert_eq!((c.kind, c.symmetry_modes), (PointKind::Minimum, 1));
    /// // Eigenvalues 4 (x − y) and 2 (z); the shift is not among them.
    /// assert_eq!(c.eigenvalues.len(), 2);
    /// assert!((c.min_eigenvalue - 2.0).abs() < 1e-12 && (c.max_eigenvalue - 4.0).abs() < 1e-12);
    /// ```
    fn zero_modes(&self, x: &[f64]) -> Vec<Vec<f64>> {
        let _ = x;
        Vec::new()
    }
}

impl<O: Objective + ?Sized> Objective for &O {
    fn dim(&self) -> usize {
        (**self).dim()
    }
    fn value(&self, x: &[f64]) -> f64 {
        (**self).value(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        (**self).grad(x, g)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        (**self).hvp(x, v, hv)
    }
    fn zero_modes(&self, x: &[f64]) -> Vec<Vec<f64>> {
        (**self).zero_modes(x)
    }
}

/// An [`Objective`] made of three functions: the value `f`, `f_grad` (overwrites
/// the gradient, returns the value) and `f_hvp` (overwrites `H·v`, returns the
/// value), exactly the shapes `#[differentiable]` generates for `fn f(x: &[f64]) -> f64`.
/// Plain `fn` items and closures are both accepted.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{FnObjective, Objective};
///
/// fn f(x: &[f64]) -> f64 { x[0] * x[0] * x[1] }
/// fn f_grad(x: &[f64], g: &mut [f64]) -> f64 { g[0] = 2.0 * x[0] * x[1]; g[1] = x[0] * x[0]; f(x) }
/// fn f_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
///     hv[0] = 2.0 * x[1] * v[0] + 2.0 * x[0] * v[1];
///     hv[1] = 2.0 * x[0] * v[0];
///     f(x)
/// }
/// let obj = FnObjective::new(2, f, f_grad, f_hvp);
/// let mut hv = [0.0; 2];
/// obj.hvp(&[1.0, 2.0], &[1.0, 0.0], &mut hv);
/// assert_eq!(hv, [4.0, 2.0]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct FnObjective<F, G, H> {
    n: usize,
    f: F,
    f_grad: G,
    f_hvp: H,
}

impl<F, G, H> FnObjective<F, G, H>
where
    F: Fn(&[f64]) -> f64,
    G: Fn(&[f64], &mut [f64]) -> f64,
    H: Fn(&[f64], &[f64], &mut [f64]) -> f64,
{
    /// Bundles the generated functions of a slice function of `n` variables.
    pub fn new(n: usize, f: F, f_grad: G, f_hvp: H) -> Self {
        FnObjective {
            n,
            f,
            f_grad,
            f_hvp,
        }
    }
}

impl<F, G, H> Objective for FnObjective<F, G, H>
where
    F: Fn(&[f64]) -> f64,
    G: Fn(&[f64], &mut [f64]) -> f64,
    H: Fn(&[f64], &[f64], &mut [f64]) -> f64,
{
    fn dim(&self) -> usize {
        self.n
    }
    fn value(&self, x: &[f64]) -> f64 {
        (self.f)(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        (self.f_grad)(x, g)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        // The value the generated HVP returns alongside is not needed here.
        let _ = (self.f_hvp)(x, v, hv);
    }
}
