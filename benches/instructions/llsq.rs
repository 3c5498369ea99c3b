//! GradBench `llsq`: linear least squares fit of a degree `m - 1` polynomial to the
//! sign function at `n` points `t_i = -1 + 2 i / (n - 1)`.

use crate::{Rng, Workload};
use differentiable::differentiable;

#[differentiable(wrt(x))]
pub fn llsq(x: &[f64], n: usize) -> f64 {
    let m = x.len();
    let mut sum = 0.0;
    for i in 0..n {
        let ti = -1.0 + (i as f64) * 2.0 / ((n - 1) as f64);
        let mut inner = if ti > 0.0 {
            1.0
        } else if ti < 0.0 {
            -1.0
        } else {
            0.0
        };
        let mut mul = 1.0;
        for j in 0..m {
            inner -= x[j] * mul;
            mul *= ti;
        }
        sum += inner * inner;
    }
    sum / 2.0
}

pub struct Llsq {
    x: Vec<f64>,
    n: usize,
}

impl Llsq {
    pub fn new(m: usize, n: usize, rng: &mut Rng) -> Self {
        Llsq {
            x: (0..m).map(|_| rng.unit()).collect(),
            n,
        }
    }
}

impl Workload for Llsq {
    fn params(&self) -> &[f64] {
        &self.x
    }
    fn params_mut(&mut self) -> &mut [f64] {
        &mut self.x
    }
    fn primal(&self) -> f64 {
        llsq(&self.x, self.n)
    }
    fn gradient(&self, g: &mut [f64]) -> f64 {
        llsq_grad(&self.x, g, self.n)
    }
}
