//! The criterion suite's workloads (`benches/workloads/`): the MLP loss, the
//! Lennard-Jones energy and the running product, each with its hand-written gradient
//! and H·v, and a loop nest of literal trip counts with its hand-written gradient, so
//! that their instruction counts can be read side by side.

use crate::{Rng, Workload};

#[path = "../workloads/const_nest.rs"]
mod const_nest;
#[path = "../workloads/lennard_jones.rs"]
mod lennard_jones;
#[path = "../../autodiff-runtime/tests/common/lennard_jones.rs"]
mod lj_hand;
#[path = "../workloads/mlp.rs"]
mod mlp;
#[path = "../workloads/running_product.rs"]
mod running_product;

/// The MLP loss over its fixed batch.
pub struct Mlp {
    w: Vec<f64>,
    v: Vec<f64>,
    xs: Vec<f64>,
    ys: Vec<f64>,
}

impl Mlp {
    pub fn new(rng: &mut Rng) -> Self {
        let w = (0..mlp::P).map(|_| 0.5 * rng.signed()).collect();
        let v = (0..mlp::P).map(|_| rng.signed()).collect();
        let xs: Vec<f64> = (0..mlp::B * mlp::D).map(|_| rng.signed()).collect();
        let ys = (0..mlp::B)
            .map(|b| (xs[b * mlp::D] * 2.0).sin() + xs[b * mlp::D + 1] * xs[b * mlp::D + 2])
            .collect();
        Mlp { w, v, xs, ys }
    }
}

impl Workload for Mlp {
    fn params(&self) -> &[f64] {
        &self.w
    }
    fn params_mut(&mut self) -> &mut [f64] {
        &mut self.w
    }
    fn primal(&self) -> f64 {
        mlp::mlp_loss(&self.w, &self.xs, &self.ys)
    }
    fn gradient(&self, g: &mut [f64]) -> f64 {
        mlp::mlp_loss_grad(&self.w, g, &self.xs, &self.ys)
    }
    fn hand_gradient(&self, g: &mut [f64]) -> Option<f64> {
        Some(mlp::mlp_hand_grad(&self.w, g, &self.xs, &self.ys))
    }
    fn hvp(&self, hv: &mut [f64]) -> Option<f64> {
        Some(mlp::mlp_loss_hvp(&self.w, &self.v, hv, &self.xs, &self.ys))
    }
    fn hand_hvp(&self, hv: &mut [f64]) -> Option<f64> {
        Some(mlp::mlp_hand_hvp(&self.w, &self.v, hv, &self.xs, &self.ys))
    }
}

/// A cluster of `atoms` atoms on a perturbed cubic grid of spacing 1.1.
pub struct Lj {
    x: Vec<f64>,
    v: Vec<f64>,
}

impl Lj {
    pub fn new(atoms: usize, rng: &mut Rng) -> Self {
        let side = (atoms as f64).cbrt().ceil() as usize;
        let mut x = Vec::with_capacity(3 * atoms);
        'grid: for a in 0..side {
            for b in 0..side {
                for c in 0..side {
                    if x.len() == 3 * atoms {
                        break 'grid;
                    }
                    for p in [a, b, c] {
                        x.push(1.1 * p as f64 + 0.05 * rng.signed());
                    }
                }
            }
        }
        let v = (0..3 * atoms).map(|_| rng.signed()).collect();
        Lj { x, v }
    }
}

impl Workload for Lj {
    fn params(&self) -> &[f64] {
        &self.x
    }
    fn params_mut(&mut self) -> &mut [f64] {
        &mut self.x
    }
    fn primal(&self) -> f64 {
        lennard_jones::lj(&self.x)
    }
    fn gradient(&self, g: &mut [f64]) -> f64 {
        lennard_jones::lj_grad(&self.x, g)
    }
    fn hand_gradient(&self, g: &mut [f64]) -> Option<f64> {
        Some(lj_hand::lj_hand_grad(&self.x, g))
    }
    fn hvp(&self, hv: &mut [f64]) -> Option<f64> {
        Some(lennard_jones::lj_hvp(&self.x, &self.v, hv))
    }
    fn hand_hvp(&self, hv: &mut [f64]) -> Option<f64> {
        Some(lj_hand::lj_hand_hvp(&self.x, &self.v, hv))
    }
}

/// The running product of `n` factors.
pub struct RunningProduct {
    x: Vec<f64>,
    v: Vec<f64>,
}

impl RunningProduct {
    pub fn new(n: usize, rng: &mut Rng) -> Self {
        RunningProduct {
            x: (0..n).map(|_| rng.signed()).collect(),
            v: (0..n).map(|_| rng.signed()).collect(),
        }
    }
}

impl Workload for RunningProduct {
    fn params(&self) -> &[f64] {
        &self.x
    }
    fn params_mut(&mut self) -> &mut [f64] {
        &mut self.x
    }
    fn primal(&self) -> f64 {
        running_product::running_product(&self.x)
    }
    fn gradient(&self, g: &mut [f64]) -> f64 {
        running_product::running_product_grad(&self.x, g)
    }
    fn hand_gradient(&self, g: &mut [f64]) -> Option<f64> {
        Some(running_product::running_product_hand_grad(&self.x, g))
    }
    fn hvp(&self, hv: &mut [f64]) -> Option<f64> {
        Some(running_product::running_product_hvp(&self.x, &self.v, hv))
    }
    fn hand_hvp(&self, hv: &mut [f64]) -> Option<f64> {
        Some(running_product::running_product_hand_hvp(
            &self.x, &self.v, hv,
        ))
    }
}

/// The 4 × 4 × 4 nest of `const_nest` (its H·v is generated only).
pub struct Nest {
    x: [f64; 4],
    v: [f64; 4],
}

impl Nest {
    pub fn new(rng: &mut Rng) -> Self {
        Nest {
            x: std::array::from_fn(|_| rng.signed()),
            v: std::array::from_fn(|_| rng.signed()),
        }
    }
}

impl Workload for Nest {
    fn params(&self) -> &[f64] {
        &self.x
    }
    fn params_mut(&mut self) -> &mut [f64] {
        &mut self.x
    }
    fn primal(&self) -> f64 {
        const_nest::nest(&self.x)
    }
    fn gradient(&self, g: &mut [f64]) -> f64 {
        let mut out = [0.0; 4];
        let v = const_nest::nest_grad(&self.x, &mut out);
        g.copy_from_slice(&out);
        v
    }
    fn hand_gradient(&self, g: &mut [f64]) -> Option<f64> {
        let mut out = [0.0; 4];
        let v = const_nest::nest_hand_grad(&self.x, &mut out);
        g.copy_from_slice(&out);
        Some(v)
    }
    fn hvp(&self, hv: &mut [f64]) -> Option<f64> {
        let mut out = [0.0; 4];
        let v = const_nest::nest_hvp(&self.x, &self.v, &mut out);
        hv.copy_from_slice(&out);
        Some(v)
    }
}
