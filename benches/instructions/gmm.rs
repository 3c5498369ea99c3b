//! GradBench `gmm`: the log posterior of a Gaussian mixture model with a Wishart prior
//! on the precision matrices `Q^T Q`, `Q` lower triangular with diagonal `exp(q)` and
//! the strictly lower part `l` stored column by column.
//!
//! Without local buffers, `Q (x - mu)` is computed row by row inside the loop over the
//! components, the log-sum-exp over the components is accumulated in one pass (the
//! running maximum rescales the running sum), and the diagonal `exp(q)` is recomputed
//! where it is used.

use crate::{Rng, Workload};
use differentiable::differentiable;
use std::f64::consts::PI;

#[differentiable(wrt(alpha, mu, q, l))]
#[allow(clippy::too_many_arguments)]
pub fn gmm_objective(
    alpha: &[f64],
    mu: &[f64],
    q: &[f64],
    l: &[f64],
    x: &[f64],
    d: usize,
    k: usize,
    n: usize,
    gamma: f64,
    wm: usize,
    wishart_c: f64,
) -> f64 {
    let l_sz = d * (d - 1) / 2;
    let mut slse = 0.0;
    for ix in 0..n {
        let mut mx = 0.0;
        let mut se = 0.0;
        for ik in 0..k {
            let mut sum_q = 0.0;
            let mut sqn = 0.0;
            for j in 0..d {
                sum_q += q[ik * d + j];
                let mut y = q[ik * d + j].exp() * (x[ix * d + j] - mu[ik * d + j]);
                for i in 0..j {
                    let li = ik * l_sz + i * (2 * d - i - 1) / 2 + j - i - 1;
                    y += l[li] * (x[ix * d + i] - mu[ik * d + i]);
                }
                sqn += y * y;
            }
            let beta = alpha[ik] + sum_q - 0.5 * sqn;
            if ik == 0 {
                mx = beta;
                se = 1.0;
            } else if beta > mx {
                se = se * (mx - beta).exp() + 1.0;
                mx = beta;
            } else {
                se += (beta - mx).exp();
            }
        }
        slse += se.ln() + mx;
    }

    let mut amx = alpha[0];
    for ik in 1..k {
        amx = amx.max(alpha[ik]);
    }
    let mut ase = 0.0;
    for ik in 0..k {
        ase += (alpha[ik] - amx).exp();
    }
    let lse_alpha = ase.ln() + amx;

    let mut prior = 0.0;
    for ik in 0..k {
        let mut frobenius = 0.0;
        let mut sum_q = 0.0;
        for j in 0..d {
            let qd = q[ik * d + j].exp();
            frobenius += qd * qd;
            sum_q += q[ik * d + j];
        }
        for j in 0..l_sz {
            frobenius += l[ik * l_sz + j] * l[ik * l_sz + j];
        }
        prior += 0.5 * gamma * gamma * frobenius - (wm as f64) * sum_q;
    }

    let constant = -((n * d) as f64) * 0.5 * (2.0 * PI).ln();
    constant + slse - (n as f64) * lse_alpha - prior + (k as f64) * wishart_c
}

/// ln Γ(x) for x a positive multiple of 1/2.
fn ln_gamma_half(x: f64) -> f64 {
    let (mut t, mut out) = if (2.0 * x) as u64 % 2 == 0 {
        (1.0, 0.0)
    } else {
        (0.5, 0.5 * PI.ln())
    };
    while t < x {
        out += t.ln();
        t += 1.0;
    }
    out
}

/// The constant of the log Wishart density per component: the parameter-free part.
fn wishart_constant(d: usize, gamma: f64, wm: usize) -> f64 {
    let nn = (d + wm + 1) as f64;
    let p = d as f64;
    let mut log_gamma_distrib = 0.25 * p * (p - 1.0) * PI.ln();
    for j in 1..=d {
        log_gamma_distrib += ln_gamma_half(0.5 * nn + 0.5 * (1.0 - j as f64));
    }
    nn * p * (gamma.ln() - 0.5 * 2f64.ln()) - log_gamma_distrib
}

pub struct Gmm {
    /// alpha (k), mu (k d), q (k d), l (k d (d - 1) / 2), one after the other
    w: Vec<f64>,
    x: Vec<f64>,
    d: usize,
    k: usize,
    n: usize,
    gamma: f64,
    wm: usize,
    wishart_c: f64,
}

impl Gmm {
    pub fn new(d: usize, k: usize, n: usize, rng: &mut Rng) -> Self {
        let l_sz = d * (d - 1) / 2;
        let mut w = Vec::new();
        w.extend((0..k).map(|_| rng.signed()));
        w.extend((0..k * d).map(|_| rng.unit()));
        w.extend((0..k * d).map(|_| rng.signed()));
        w.extend((0..k * l_sz).map(|_| rng.signed()));
        let x = (0..n * d).map(|_| rng.signed()).collect();
        let (gamma, wm) = (1.0, 0);
        Gmm {
            w,
            x,
            d,
            k,
            n,
            gamma,
            wm,
            wishart_c: wishart_constant(d, gamma, wm),
        }
    }

    fn offsets(&self) -> [usize; 3] {
        let (d, k) = (self.d, self.k);
        [k, k + k * d, k + 2 * k * d]
    }
}

impl Workload for Gmm {
    fn params(&self) -> &[f64] {
        &self.w
    }
    fn params_mut(&mut self) -> &mut [f64] {
        &mut self.w
    }
    fn primal(&self) -> f64 {
        let [a, b, c] = self.offsets();
        let w = &self.w;
        gmm_objective(
            &w[..a],
            &w[a..b],
            &w[b..c],
            &w[c..],
            &self.x,
            self.d,
            self.k,
            self.n,
            self.gamma,
            self.wm,
            self.wishart_c,
        )
    }
    fn gradient(&self, g: &mut [f64]) -> f64 {
        let [a, b, c] = self.offsets();
        let w = &self.w;
        let (ga, rest) = g.split_at_mut(a);
        let (gm, rest) = rest.split_at_mut(b - a);
        let (gq, gl) = rest.split_at_mut(c - b);
        gmm_objective_grad(
            &w[..a],
            ga,
            &w[a..b],
            gm,
            &w[b..c],
            gq,
            &w[c..],
            gl,
            &self.x,
            self.d,
            self.k,
            self.n,
            self.gamma,
            self.wm,
            self.wishart_c,
        )
    }
}
