//! Shared pieces of the benchmark suite: a minimal scalar trait so that one generic copy
//! of each workload runs at `f64`, num-dual's `Dual64` / `HyperDual64` and ad_trait's
//! tape scalar `adr`; the peer derivative drivers (num-dual by n dual evaluations,
//! ad_trait's reverse mode, central finite differences); and the criterion settings.
//!
//! Each bench file compiles this module on its own, so not every item is used everywhere.
#![allow(dead_code)]

use ad_trait::reverse_ad::adr::{adr, GlobalComputationGraph};
use ad_trait::AD;
use core::ops::{Add, Div, Mul, Neg, Sub};
use criterion::Criterion;
use num_dual::{Dual64, DualNum, HyperDual64};
use std::time::Duration;

/// The arithmetic the workloads use, implemented by every scalar a peer evaluates them at.
pub trait Sc:
    Copy
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
{
    fn c(v: f64) -> Self;
    fn sin(self) -> Self;
    fn tanh(self) -> Self;
}

impl Sc for f64 {
    #[inline(always)]
    fn c(v: f64) -> Self {
        v
    }
    #[inline(always)]
    fn sin(self) -> Self {
        f64::sin(self)
    }
    #[inline(always)]
    fn tanh(self) -> Self {
        f64::tanh(self)
    }
}

macro_rules! sc_num_dual {
    ($t:ty) => {
        impl Sc for $t {
            #[inline(always)]
            fn c(v: f64) -> Self {
                <$t>::from(v)
            }
            #[inline(always)]
            fn sin(self) -> Self {
                DualNum::sin(&self)
            }
            #[inline(always)]
            fn tanh(self) -> Self {
                DualNum::tanh(&self)
            }
        }
    };
}
sc_num_dual!(Dual64);
sc_num_dual!(HyperDual64);

impl Sc for adr {
    #[inline(always)]
    fn c(v: f64) -> Self {
        adr::constant(v)
    }
    #[inline(always)]
    fn sin(self) -> Self {
        num_traits::Float::sin(self)
    }
    #[inline(always)]
    fn tanh(self) -> Self {
        num_traits::Float::tanh(self)
    }
}

/// Is this a quick run (`cargo test --benches`, debug build: criterion runs each once)?
/// Then the large sizes and the O(n²) peers at large n are skipped.
pub const QUICK: bool = cfg!(debug_assertions);

/// Sizes at which the O(n²) peers (n dual evaluations, finite differences) still run.
pub const MAX_N_QUADRATIC: usize = if QUICK { 100 } else { 10_000 };

pub fn criterion() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

/// A seeded xorshift64* generator, uniform in [lo, hi).
pub struct Rng(u64);
impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let u = (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64;
        lo + (hi - lo) * u
    }
    pub fn vec(&mut self, n: usize, lo: f64, hi: f64) -> Vec<f64> {
        (0..n).map(|_| self.uniform(lo, hi)).collect()
    }
}

// ------------------------------------------------------------------ peers on slices

/// num-dual forward mode: the gradient by n evaluations at `Dual64`, one unit tangent each.
pub fn nd_grad(f: impl Fn(&[Dual64]) -> Dual64, x: &[f64], g: &mut [f64]) -> f64 {
    let mut xd: Vec<Dual64> = x.iter().map(|&v| Dual64::from(v)).collect();
    let mut value = 0.0;
    for i in 0..x.len() {
        xd[i].eps = 1.0;
        let y = f(&xd);
        xd[i].eps = 0.0;
        value = y.re;
        g[i] = y.eps;
    }
    value
}

/// num-dual second order: H·v by n evaluations at `HyperDual64` (ε₁ = eᵢ, ε₂ = v).
pub fn nd_hvp(f: impl Fn(&[HyperDual64]) -> HyperDual64, x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
    let mut xd: Vec<HyperDual64> = x
        .iter()
        .zip(v)
        .map(|(&xi, &vi)| HyperDual64::new(xi, 0.0, vi, 0.0))
        .collect();
    let mut value = 0.0;
    for i in 0..x.len() {
        xd[i].eps1 = 1.0;
        let y = f(&xd);
        xd[i].eps1 = 0.0;
        value = y.re;
        hv[i] = y.eps1eps2;
    }
    value
}

/// ad_trait reverse mode: record the evaluation on its (thread-local) tape, then sweep back.
pub fn tape_grad(f: impl Fn(&[adr]) -> adr, x: &[f64], g: &mut [f64]) -> f64 {
    GlobalComputationGraph::get().reset();
    let xs: Vec<adr> = x.iter().map(|&v| adr::new_variable(v, false)).collect();
    let y = f(&xs);
    let adj = y.get_backwards_mode_grad();
    for (gi, xi) in g.iter_mut().zip(&xs) {
        *gi = adj.wrt(xi);
    }
    y.value()
}

/// Central finite differences, step 1e-6 relative: 2n evaluations of the primal.
pub fn fd_grad(f: impl Fn(&[f64]) -> f64, x: &[f64], g: &mut [f64], scratch: &mut [f64]) -> f64 {
    scratch.copy_from_slice(x);
    for i in 0..x.len() {
        let h = 1e-6 * (1.0 + x[i].abs());
        scratch[i] = x[i] + h;
        let fp = f(scratch);
        scratch[i] = x[i] - h;
        let fm = f(scratch);
        scratch[i] = x[i];
        g[i] = (fp - fm) / (2.0 * h);
    }
    f(x)
}

/// Relative agreement check used once before timing, so a bench never times a wrong answer.
pub fn assert_close(name: &str, a: &[f64], b: &[f64], tol: f64) {
    assert_eq!(a.len(), b.len(), "{name}: length");
    let scale = b.iter().fold(1.0f64, |m, v| m.max(v.abs()));
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        assert!(
            (x - y).abs() <= tol * scale,
            "{name}: component {i}: {x} vs {y} (scale {scale})"
        );
    }
}
