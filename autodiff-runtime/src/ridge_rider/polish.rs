//! Polishing to a converged stationary point, and finding a start by minimising ‖∇f‖².

use alloc::vec;
use alloc::vec::Vec;

use super::Config;
use crate::descent::{descend, Limits};
pub(crate) use crate::descent::{Descended, DescentEnd as PolishEnd};
use crate::linalg::{axpy, dot, sqrt};
use crate::objective::Objective;

/// Polishes `x0` to a stationary point with the search's limits.
pub(crate) fn polish<O: Objective + ?Sized>(obj: &O, x0: &[f64], cfg: &Config) -> Descended {
    let limits = Limits {
        gradient_tolerance: cfg.gradient_tolerance,
        max_iterations: cfg.max_polish_iterations,
        max_distance: cfg.max_distance,
        loss_floor: cfg.loss_floor,
    };
    descend(obj, x0, &limits)
}

/// Minimises `½‖∇f‖²` from `x0` by Gauss-Newton: each step solves `H d ≈ -∇f` in the
/// least-squares sense by CGLS on HVPs (which handles an indefinite or singular `H`),
/// then backtracks until `‖∇f‖` decreases. Converges to the critical point (saddle,
/// maximum or minimum) near `x0`.
pub(crate) fn find_critical_point<O: Objective + ?Sized>(
    obj: &O,
    x0: &[f64],
    cfg: &Config,
) -> Vec<f64> {
    let n = x0.len();
    let mut x = x0.to_vec();
    let mut g = vec![0.0; n];
    obj.grad(&x, &mut g);
    let mut phi = 0.5 * dot(&g, &g);
    let mut xn = vec![0.0; n];
    let mut gn = vec![0.0; n];
    for _ in 0..200 {
        if !phi.is_finite() || sqrt(2.0 * phi) <= cfg.gradient_tolerance {
            break;
        }
        let d = cgls(obj, &x, &g, (10 * n + 50).min(1000));
        let mut t = 1.0;
        let mut improved = false;
        for _ in 0..40 {
            xn.copy_from_slice(&x);
            axpy(t, &d, &mut xn);
            obj.grad(&xn, &mut gn);
            let phin = 0.5 * dot(&gn, &gn);
            if phin.is_finite() && phin < (1.0 - 1e-4 * t) * phi {
                core::mem::swap(&mut x, &mut xn);
                core::mem::swap(&mut g, &mut gn);
                phi = phin;
                improved = true;
                break;
            }
            t *= 0.5;
        }
        if !improved {
            break;
        }
    }
    x
}

/// Least-squares solution of `H d = -g` by CGLS (conjugate gradients on the normal
/// equations, `H` symmetric so `Hᵀ = H`), two HVPs per iteration.
fn cgls<O: Objective + ?Sized>(obj: &O, x: &[f64], g: &[f64], iters: usize) -> Vec<f64> {
    let n = x.len();
    let mut d = vec![0.0; n];
    let mut r: Vec<f64> = g.iter().map(|v| -v).collect();
    let mut s = vec![0.0; n];
    obj.hvp(x, &r, &mut s);
    let mut p = s.clone();
    let mut gamma = dot(&s, &s);
    let gamma0 = gamma;
    let mut q = vec![0.0; n];
    for _ in 0..iters {
        if gamma <= 1e-28 * gamma0 || gamma == 0.0 {
            break;
        }
        obj.hvp(x, &p, &mut q);
        let qq = dot(&q, &q);
        if qq == 0.0 {
            break;
        }
        let a = gamma / qq;
        axpy(a, &p, &mut d);
        axpy(-a, &q, &mut r);
        obj.hvp(x, &r, &mut s);
        let gnew = dot(&s, &s);
        let b = gnew / gamma;
        gamma = gnew;
        for (pi, si) in p.iter_mut().zip(&s) {
            *pi = si + b * *pi;
        }
    }
    d
}
