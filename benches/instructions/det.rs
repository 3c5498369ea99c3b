//! GradBench `det`: the determinant of an `ell x ell` matrix by expansion by minors
//! along the rows, the columns already used kept in a bit mask.

use crate::{Rng, Workload};
use differentiable::differentiable;

/// The determinant of the minor made of rows `row..ell` and the columns not in `used`.
#[differentiable(wrt(a))]
fn det_minor(a: &[f64], ell: usize, row: usize, used: u64) -> f64 {
    if row + 1 == ell {
        let mut c = 0;
        while used & (1u64 << c) != 0 {
            c += 1;
        }
        return a[row * ell + c];
    }
    let mut d = 0.0;
    let mut sign = 1.0;
    for c in 0..ell {
        if used & (1u64 << c) == 0 {
            d += sign * a[row * ell + c] * det_minor(a, ell, row + 1, used | (1u64 << c));
            sign = -sign;
        }
    }
    d
}

#[differentiable(wrt(a))]
pub fn det(a: &[f64], ell: usize) -> f64 {
    det_minor(a, ell, 0, 0)
}

pub struct Det {
    a: Vec<f64>,
    /// The direction of the H·v.
    v: Vec<f64>,
    ell: usize,
}

impl Det {
    pub fn new(ell: usize, rng: &mut Rng) -> Self {
        let a = (0..ell * ell).map(|_| rng.unit()).collect();
        Det {
            a,
            v: (0..ell * ell).map(|_| rng.signed()).collect(),
            ell,
        }
    }
}

impl Workload for Det {
    fn params(&self) -> &[f64] {
        &self.a
    }
    fn params_mut(&mut self) -> &mut [f64] {
        &mut self.a
    }
    fn primal(&self) -> f64 {
        det(&self.a, self.ell)
    }
    fn gradient(&self, g: &mut [f64]) -> f64 {
        det_grad(&self.a, g, self.ell)
    }
    fn hvp(&self, hv: &mut [f64]) -> Option<f64> {
        Some(det_hvp(&self.a, &self.v, hv, self.ell))
    }
}
