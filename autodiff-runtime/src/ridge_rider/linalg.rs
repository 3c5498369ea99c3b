//! Small vector helpers and objective wrappers used by the search.

use core::cell::Cell;

use alloc::vec::Vec;
use num_traits::Float;

use crate::saddle::Objective;

pub(crate) fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

pub(crate) fn norm(a: &[f64]) -> f64 {
    Float::sqrt(dot(a, a))
}

pub(crate) fn dist(a: &[f64], b: &[f64]) -> f64 {
    Float::sqrt(a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum())
}

/// `y += a·x`.
pub(crate) fn axpy(a: f64, x: &[f64], y: &mut [f64]) {
    for (yi, xi) in y.iter_mut().zip(x) {
        *yi += a * xi;
    }
}

pub(crate) fn sqrt(x: f64) -> f64 {
    Float::sqrt(x)
}

pub(crate) fn abs(x: f64) -> f64 {
    Float::abs(x)
}

pub(crate) fn all_finite(x: &[f64]) -> bool {
    x.iter().all(|v| v.is_finite())
}

/// Scales `v` to unit length; returns its former norm.
pub(crate) fn normalize(v: &mut [f64]) -> f64 {
    let n = norm(v);
    if n > 0.0 {
        for vi in v.iter_mut() {
            *vi /= n;
        }
    }
    n
}

/// Removes from `v` its components along the orthonormal vectors `basis` (twice, for
/// numerical orthogonality); returns the remaining norm.
pub(crate) fn orthogonalize(v: &mut [f64], basis: &[Vec<f64>]) -> f64 {
    for _ in 0..2 {
        for b in basis {
            let c = dot(v, b);
            axpy(-c, b, v);
        }
    }
    norm(v)
}

/// Flips `v` so that its first component of magnitude at least half the largest one is
/// positive: a sign convention that numerical noise does not change.
pub(crate) fn canonical_sign(v: &mut [f64]) {
    let m = v.iter().fold(0.0_f64, |m, &x| m.max(abs(x)));
    if let Some(&first) = v.iter().find(|&&x| abs(x) >= 0.5 * m) {
        if first < 0.0 {
            for x in v.iter_mut() {
                *x = -*x;
            }
        }
    }
}

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
}

/// The objective with the Hessian deflated: `H + shift·Σ vvᵀ` over orthonormal `vecs`,
/// which moves the eigenvalues of the eigenvectors found so far out of the way so that
/// the solver reports the next ones (a Krylov solver started from one vector sees only
/// one direction of a repeated eigenvalue's eigenspace).
pub(crate) struct Deflated<'a, O: Objective + ?Sized> {
    pub inner: &'a O,
    pub vecs: &'a [Vec<f64>],
    pub shift: f64,
}

impl<O: Objective + ?Sized> Objective for Deflated<'_, O> {
    fn dim(&self) -> usize {
        self.inner.dim()
    }
    fn value(&self, x: &[f64]) -> f64 {
        self.inner.value(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        self.inner.grad(x, g)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        self.inner.hvp(x, v, hv);
        for u in self.vecs {
            let c = self.shift * dot(u, v);
            axpy(c, u, hv);
        }
    }
}
