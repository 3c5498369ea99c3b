//! Σ (xᵢ² − 1)² in `n` dimensions (`n` may be 0), gradient and HVP written by hand: a
//! maximum at the origin (Hessian −4·I there), 2ⁿ minima at (±1, ..., ±1).

use autodiff_runtime::saddle::Objective;

pub struct DoubleWell(pub usize);

impl Objective for DoubleWell {
    fn dim(&self) -> usize {
        self.0
    }
    fn value(&self, x: &[f64]) -> f64 {
        x.iter().map(|&v| (v * v - 1.0) * (v * v - 1.0)).sum()
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        for (gi, &v) in g.iter_mut().zip(x) {
            *gi = 4.0 * v * (v * v - 1.0);
        }
        self.value(x)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        for i in 0..self.0 {
            hv[i] = (12.0 * x[i] * x[i] - 4.0) * v[i];
        }
    }
}
