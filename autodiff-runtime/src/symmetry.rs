//! Known exact symmetries of an objective (its *zero modes*), and the Hessian
//! restricted to their orthogonal complement.
//!
//! An energy invariant under rigid motions has a Hessian with as many zero
//! eigenvalues as there are independent motions (six for a cluster of atoms in 3-D),
//! which rounding turns into tiny eigenvalues of either sign: a minimum looks
//! degenerate, and an eigenvector of "negative curvature" may be a rotation.
//! [`Symmetric`] tells every tool of this crate which directions those are; the
//! eigen-solvers then work on the Hessian of the complement, through
//! [`Complement`], which represents an orthonormal basis of it by Householder
//! reflectors (`O(n·m)` numbers for `m` modes, never an `n × n` matrix).

use alloc::vec;
use alloc::vec::Vec;

use crate::linalg::{axpy, dot, norm, orthogonalize, scale};
use crate::objective::Objective;

/// A source of exact symmetry directions at a point, for [`Symmetric`].
///
/// Implemented for a fixed list of vectors (`Vec<Vec<f64>>`), for closures
/// `Fn(&[f64]) -> Vec<Vec<f64>>` (directions that depend on the point, such as
/// rotations), and for [`RigidBody`](crate::saddle::RigidBody). The directions need not be orthonormal or
/// independent: [`Symmetric`] orthonormalises them and drops the dependent ones.
pub trait Symmetry {
    /// The directions along which the objective is invariant at `x`.
    fn directions(&self, x: &[f64]) -> Vec<Vec<f64>>;
}

impl Symmetry for Vec<Vec<f64>> {
    fn directions(&self, _x: &[f64]) -> Vec<Vec<f64>> {
        self.clone()
    }
}

impl<F: Fn(&[f64]) -> Vec<Vec<f64>>> Symmetry for F {
    fn directions(&self, x: &[f64]) -> Vec<Vec<f64>> {
        self(x)
    }
}

/// An objective with known exact symmetries: the value is `inner`'s; the gradient and
/// Hessian-vector products are projected onto the orthogonal complement `P` of the
/// symmetry directions (`P ∇f`, `P H P v`), and [`Objective::zero_modes`] returns the
/// orthonormalised directions, so the eigen-analysis, the classification, Ridge Rider
/// and the saddle search ignore them.
///
/// The directions are recomputed and orthonormalised at every call (`O(n·m²)` for
/// `m` of them, about the cost of one gradient of a pair potential); the
/// eigen-solvers call [`Objective::zero_modes`] once per solve.
///
/// For an exactly invariant `f`, `P ∇f = ∇f` up to rounding and `P H P` differs from
/// `H` only by the zero eigenvalues of the symmetry (and, away from critical points,
/// by the curvature of order `|∇f|` that rotations pick up): nothing is lost.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{classify, Classifier, FnObjective, PointKind, Symmetric};
///
/// // The Mexican hat (x² + y² − 1)²: a circle of minima, invariant under rotations.
/// let f = |p: &[f64]| { let s = p[0] * p[0] + p[1] * p[1] - 1.0; s * s };
/// let g = |p: &[f64], g: &mut [f64]| {
///     let s = p[0] * p[0] + p[1] * p[1] - 1.0;
///     g[0] = 4.0 * s * p[0];
///     g[1] = 4.0 * s * p[1];
///     s * s
/// };
/// let h = |p: &[f64], v: &[f64], hv: &mut [f64]| {
///     let s = p[0] * p[0] + p[1] * p[1] - 1.0;
///     let pv = p[0] * v[0] + p[1] * v[1];
///     hv[0] = 8.0 * p[0] * pv + 4.0 * s * v[0];
///     hv[1] = 8.0 * p[1] * pv + 4.0 * s * v[1];
///     0.0
/// };
/// let hat = FnObjective::new(2, f, g, h);
/// let on_circle = [0.6, 0.8];
/// // Without the symmetry the tangent is a zero eigenvalue: degenerate, and said so.
/// let c = classify(&hat, &on_circle);
/// assert_eq!((c.kind, c.zero_eigenvalues), (PointKind::Degenerate, 1));
/// // With it, the rotation generator (−y, x) is set aside: a minimum.
/// let sym = Symmetric::new(hat, |p: &[f64]| vec![vec![-p[1], p[0]]]);
/// let c = classify(&sym, &on_circle);
/// assert_eq!((c.kind, c.symmetry_modes, c.eigenvalues.len()), (PointKind::Minimum, 1, 1));
/// assert!((c.min_eigenvalue - 8.0).abs() < 1e-9);
/// // At the origin the generator vanishes: nothing is set aside, a maximum.
/// assert_eq!(classify(&sym, &[0.0, 0.0]).kind, PointKind::Maximum);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symmetric<O, S> {
    inner: O,
    symmetry: S,
}

impl<O: Objective, S: Symmetry> Symmetric<O, S> {
    /// `inner` with the exact symmetries `symmetry` (a [`Symmetry`]: fixed vectors, a
    /// closure of the point, or [`RigidBody`](crate::saddle::RigidBody)).
    pub fn new(inner: O, symmetry: S) -> Self {
        Symmetric { inner, symmetry }
    }

    /// The objective without the symmetry.
    pub fn inner(&self) -> &O {
        &self.inner
    }
}

impl<O: Objective, S: Symmetry> Objective for Symmetric<O, S> {
    fn dim(&self) -> usize {
        self.inner.dim()
    }
    fn value(&self, x: &[f64]) -> f64 {
        self.inner.value(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        let f = self.inner.grad(x, g);
        let modes = self.zero_modes(x);
        project_out(g, &modes);
        f
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        let modes = self.zero_modes(x);
        let mut pv = v.to_vec();
        project_out(&mut pv, &modes);
        self.inner.hvp(x, &pv, hv);
        project_out(hv, &modes);
    }
    fn zero_modes(&self, x: &[f64]) -> Vec<Vec<f64>> {
        let n = self.inner.dim();
        let dirs: Vec<Vec<f64>> = self
            .symmetry
            .directions(x)
            .into_iter()
            .filter(|d| d.len() == n)
            .collect();
        orthonormal_modes(&dirs)
    }
}

/// Subtracts from `v` its components along the orthonormal `modes`.
fn project_out(v: &mut [f64], modes: &[Vec<f64>]) {
    if !modes.is_empty() {
        orthogonalize(v, modes.iter().map(Vec::as_slice));
    }
}

/// The zero modes `obj` declares at `x`, of the right length, orthonormalised.
pub(crate) fn zero_modes_of<O: Objective + ?Sized>(obj: &O, x: &[f64]) -> Vec<Vec<f64>> {
    let n = obj.dim();
    let dirs: Vec<Vec<f64>> = obj
        .zero_modes(x)
        .into_iter()
        .filter(|d| d.len() == n)
        .collect();
    orthonormal_modes(&dirs)
}

/// An orthonormal basis of the span of `dirs`: Gram–Schmidt (twice), dropping a
/// direction whose remainder is below `1e-8` of the longest input (dependent, or a
/// generator that vanishes at this point) or non-finite.
pub(crate) fn orthonormal_modes(dirs: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let longest = dirs
        .iter()
        .map(|d| norm(d))
        .filter(|l| l.is_finite())
        .fold(0.0, f64::max);
    let mut out: Vec<Vec<f64>> = Vec::with_capacity(dirs.len());
    for d in dirs {
        let mut v = d.clone();
        let r = orthogonalize(&mut v, out.iter().map(Vec::as_slice));
        if r.is_finite() && r > 1e-8 * longest && r > 0.0 {
            scale(&mut v, 1.0 / r);
            out.push(v);
        }
    }
    out
}

/// An orthonormal basis `Q = H₀ H₁ ⋯ Hₘ₋₁` of `ℝⁿ` whose first `m` columns span the
/// given orthonormal modes: the last `n − m` columns are a basis of their orthogonal
/// complement, applied through the `m` Householder reflectors `Hⱼ = I − 2 uⱼ uⱼᵀ`.
#[derive(Debug, Clone)]
pub(crate) struct Complement {
    n: usize,
    /// Reflector `j` acts on components `j..n`; `u[j]` is stored over those.
    u: Vec<Vec<f64>>,
}

impl Complement {
    /// The complement of the orthonormal `modes` (each of length `n`).
    pub(crate) fn new(modes: &[Vec<f64>], n: usize) -> Self {
        let mut cols: Vec<Vec<f64>> = modes.to_vec();
        let mut u = Vec::with_capacity(modes.len());
        for j in 0..modes.len() {
            let x = &cols[j][j..];
            let alpha = norm(x);
            let mut v = x.to_vec();
            // u = x + sign(x₀)‖x‖e₀ avoids cancellation; for orthonormal modes
            // ‖x‖ stays close to 1, so v is never zero.
            v[0] += if x[0] >= 0.0 { alpha } else { -alpha };
            let nv = norm(&v);
            if nv > 0.0 {
                scale(&mut v, 1.0 / nv);
            }
            for c in cols.iter_mut().skip(j) {
                reflect(&v, &mut c[j..]);
            }
            u.push(v);
        }
        Complement { n, u }
    }

    /// Dimension of the complement, `n − m`.
    pub(crate) fn dim(&self) -> usize {
        self.n - self.u.len()
    }

    /// `Q (0, y)`: the vector of `ℝⁿ` with coordinates `y` in the complement's basis.
    pub(crate) fn embed(&self, y: &[f64]) -> Vec<f64> {
        let m = self.u.len();
        let mut z = vec![0.0; self.n];
        z[m..].copy_from_slice(y);
        for (j, u) in self.u.iter().enumerate().rev() {
            reflect(u, &mut z[j..]);
        }
        z
    }

    /// The coordinates of `w` in the complement's basis (the last `n − m` of `Qᵀ w`).
    pub(crate) fn restrict(&self, w: &[f64], out: &mut [f64]) {
        let mut z = w.to_vec();
        for (j, u) in self.u.iter().enumerate() {
            reflect(u, &mut z[j..]);
        }
        out.copy_from_slice(&z[self.u.len()..]);
    }
}

/// `z ← (I − 2 u uᵀ) z` for a unit `u` (or `u = 0`, the identity).
fn reflect(u: &[f64], z: &mut [f64]) {
    let c = 2.0 * dot(u, z);
    axpy(-c, u, z);
}

/// The Hessian of `inner` at the fixed point `x`, restricted to the complement of
/// its zero modes: `Qcᵀ H Qc` of dimension `n − m`. The eigen-solvers run on it in
/// place of the objective, so its own point argument is unused (they pass a zero
/// vector of the reduced length); value and gradient are `inner`'s at `x`, the
/// gradient in the complement's coordinates.
pub(crate) struct Reduced<'a, O: Objective + ?Sized> {
    pub(crate) inner: &'a O,
    pub(crate) x: &'a [f64],
    pub(crate) basis: &'a Complement,
}

impl<O: Objective + ?Sized> Objective for Reduced<'_, O> {
    fn dim(&self) -> usize {
        self.basis.dim()
    }
    fn value(&self, _y: &[f64]) -> f64 {
        self.inner.value(self.x)
    }
    fn grad(&self, _y: &[f64], g: &mut [f64]) -> f64 {
        let mut full = vec![0.0; self.basis.n];
        let f = self.inner.grad(self.x, &mut full);
        self.basis.restrict(&full, g);
        f
    }
    fn hvp(&self, _y: &[f64], v: &[f64], hv: &mut [f64]) {
        let z = self.basis.embed(v);
        let mut hz = vec![0.0; self.basis.n];
        self.inner.hvp(self.x, &z, &mut hz);
        self.basis.restrict(&hz, hv);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::point_cloud::rigid_body_modes;

    #[test]
    fn complement_is_orthonormal_and_orthogonal_to_the_modes() {
        let x = [0.1, -0.3, 0.2, 1.0, 0.1, 0.0, -0.2, 0.9, 0.4, 0.5, 0.5, 1.1];
        let modes = rigid_body_modes(&x);
        assert_eq!(modes.len(), 6);
        let q = Complement::new(&modes, x.len());
        assert_eq!(q.dim(), 6);
        let cols: Vec<Vec<f64>> = (0..q.dim())
            .map(|i| {
                let mut e = vec![0.0; q.dim()];
                e[i] = 1.0;
                q.embed(&e)
            })
            .collect();
        for (i, a) in cols.iter().enumerate() {
            for m in &modes {
                assert!(dot(a, m).abs() < 1e-13);
            }
            for (j, b) in cols.iter().enumerate() {
                let want = if i == j { 1.0 } else { 0.0 };
                assert!((dot(a, b) - want).abs() < 1e-13);
            }
            let mut back = vec![0.0; q.dim()];
            q.restrict(a, &mut back);
            for (k, c) in back.iter().enumerate() {
                assert!((c - if k == i { 1.0 } else { 0.0 }).abs() < 1e-13);
            }
        }
    }

    #[test]
    fn dependent_and_vanishing_directions_are_dropped() {
        let d = vec![
            vec![1.0, 1.0, 0.0],
            vec![2.0, 2.0, 0.0],
            vec![0.0, 0.0, 0.0],
            vec![0.0, 1.0, 0.0],
        ];
        let m = orthonormal_modes(&d);
        assert_eq!(m.len(), 2);
        assert!((norm(&m[1]) - 1.0).abs() < 1e-15 && dot(&m[0], &m[1]).abs() < 1e-15);
        // Non-finite directions are dropped, the others kept.
        let m = orthonormal_modes(&[vec![f64::NAN, 0.0, 0.0], vec![0.0, 2.0, 0.0]]);
        assert_eq!(m, vec![vec![0.0, 1.0, 0.0]]);
        // A single atom has no rotations; collinear atoms have two.
        assert_eq!(rigid_body_modes(&[1.0, 2.0, 3.0]).len(), 3);
        assert_eq!(rigid_body_modes(&[0.0; 6]).len(), 3);
    }
}
