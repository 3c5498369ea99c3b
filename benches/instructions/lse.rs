//! GradBench `lse`: log-sum-exp of a vector, shifted by its maximum.

use crate::{Rng, Workload};
use differentiable::differentiable;

#[differentiable]
pub fn lse(x: &[f64]) -> f64 {
    let n = x.len();
    let mut mx = x[0];
    for i in 1..n {
        mx = mx.max(x[i]);
    }
    let mut s = 0.0;
    for i in 0..n {
        s += (x[i] - mx).exp();
    }
    s.ln() + mx
}

pub struct Lse {
    x: Vec<f64>,
}

impl Lse {
    pub fn new(n: usize, rng: &mut Rng) -> Self {
        Lse {
            x: (0..n).map(|_| 2.0 * rng.signed()).collect(),
        }
    }
}

impl Workload for Lse {
    fn params(&self) -> &[f64] {
        &self.x
    }
    fn params_mut(&mut self) -> &mut [f64] {
        &mut self.x
    }
    fn primal(&self) -> f64 {
        lse(&self.x)
    }
    fn gradient(&self, g: &mut [f64]) -> f64 {
        lse_grad(&self.x, g)
    }
}
