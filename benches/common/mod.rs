//! Shared pieces of the benchmark suite: a minimal scalar trait so that one generic copy
//! of each workload runs at `f64`, num-dual's `Dual64` / `HyperDual64` and the tape
//! scalar `Var`; the peer derivative drivers (num-dual by n dual evaluations, reverse
//! mode on a minimal operator-overloading tape, central finite differences); and the
//! criterion settings.
//!
//! The tape stands in for ad_trait (see BENCHMARKS.md for why that crate is not a
//! dev-dependency): like ad_trait's `adr`, a `Var` is a value plus a node index into a
//! thread-local Wengert list, every operation pushes one node with its local partials,
//! and the gradient is one reverse sweep over the list. It is leaner than ad_trait's
//! (no enum dispatch per node, no graph reset cost beyond `clear`), so the ratios
//! against it are a lower bound for a tape crate.
//!
//! Each bench file compiles this module on its own, so not every item is used everywhere.
#![allow(dead_code)]

use core::ops::{Add, Div, Mul, Neg, Sub};
use criterion::Criterion;
use num_dual::{Dual64, DualNum, HyperDual64};
use std::cell::RefCell;
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

// ------------------------------------------------------------------ the tape

/// One recorded operation: up to two parents and the local partial derivative to each.
#[derive(Clone, Copy)]
struct Node {
    parents: [u32; 2],
    partials: [f64; 2],
}

const NONE: u32 = u32::MAX;

thread_local! {
    static TAPE: RefCell<Vec<Node>> = const { RefCell::new(Vec::new()) };
}

/// A taped scalar: its value and its node (`NONE` for a constant).
#[derive(Clone, Copy)]
pub struct Var {
    pub v: f64,
    idx: u32,
}

impl Var {
    fn push(v: f64, a: (u32, f64), b: (u32, f64)) -> Var {
        if a.0 == NONE && b.0 == NONE {
            return Var { v, idx: NONE };
        }
        let idx = TAPE.with(|t| {
            let mut t = t.borrow_mut();
            t.push(Node {
                parents: [a.0, b.0],
                partials: [a.1, b.1],
            });
            (t.len() - 1) as u32
        });
        Var { v, idx }
    }
    fn unary(v: f64, a: Var, d: f64) -> Var {
        Var::push(v, (a.idx, d), (NONE, 0.0))
    }
}

impl Add for Var {
    type Output = Var;
    #[inline]
    fn add(self, o: Var) -> Var {
        Var::push(self.v + o.v, (self.idx, 1.0), (o.idx, 1.0))
    }
}
impl Sub for Var {
    type Output = Var;
    #[inline]
    fn sub(self, o: Var) -> Var {
        Var::push(self.v - o.v, (self.idx, 1.0), (o.idx, -1.0))
    }
}
impl Mul for Var {
    type Output = Var;
    #[inline]
    fn mul(self, o: Var) -> Var {
        Var::push(self.v * o.v, (self.idx, o.v), (o.idx, self.v))
    }
}
impl Div for Var {
    type Output = Var;
    #[inline]
    fn div(self, o: Var) -> Var {
        let q = self.v / o.v;
        Var::push(q, (self.idx, 1.0 / o.v), (o.idx, -q / o.v))
    }
}
impl Neg for Var {
    type Output = Var;
    #[inline]
    fn neg(self) -> Var {
        Var::unary(-self.v, self, -1.0)
    }
}
impl Sc for Var {
    #[inline]
    fn c(v: f64) -> Self {
        Var { v, idx: NONE }
    }
    #[inline]
    fn sin(self) -> Self {
        Var::unary(self.v.sin(), self, self.v.cos())
    }
    #[inline]
    fn tanh(self) -> Self {
        let t = self.v.tanh();
        Var::unary(t, self, 1.0 - t * t)
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
pub fn nd_hvp(
    f: impl Fn(&[HyperDual64]) -> HyperDual64,
    x: &[f64],
    v: &[f64],
    hv: &mut [f64],
) -> f64 {
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

/// Reverse mode on the tape: clear it, record one evaluation, sweep the adjoints back
/// (one adjoint vector the length of the tape, allocated per call as tape crates do).
pub fn tape_grad(f: impl Fn(&[Var]) -> Var, x: &[f64], g: &mut [f64]) -> f64 {
    TAPE.with(|t| t.borrow_mut().clear());
    let xs: Vec<Var> = x
        .iter()
        .map(|&v| Var::push(v, (NONE - 1, 0.0), (NONE, 0.0)))
        .collect();
    let y = f(&xs);
    TAPE.with(|t| {
        let t = t.borrow();
        let mut adj = vec![0.0; t.len()];
        if y.idx != NONE {
            adj[y.idx as usize] = 1.0;
        }
        for k in (x.len()..t.len()).rev() {
            let a = adj[k];
            if a == 0.0 {
                continue;
            }
            let node = t[k];
            for p in 0..2 {
                if node.parents[p] != NONE {
                    adj[node.parents[p] as usize] += a * node.partials[p];
                }
            }
        }
        for (i, gi) in g.iter_mut().enumerate() {
            *gi = adj[i];
        }
    });
    y.v
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
