//! Polishing to a converged stationary point, and finding a start by minimising ‖∇f‖².

use alloc::vec;
use alloc::vec::Vec;

use super::Config;
use crate::linalg::{abs, all_finite, axpy, dist, dot, norm, sqrt};
use crate::objective::Objective;

/// How a polishing run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PolishEnd {
    /// The gradient norm is within the tolerance.
    Converged,
    /// The iteration limit was reached (or the line search could make no progress).
    StepLimit,
    /// Distance limit, loss floor, or a non-finite value.
    Unbounded,
}

/// The state at the end of a polishing run.
pub(crate) struct Polished {
    pub end: PolishEnd,
    pub x: Vec<f64>,
    pub value: f64,
    pub grad: Vec<f64>,
}

/// Descends from `x0` until `‖∇f‖ ≤ gradient_tolerance`: line-search Newton-CG
/// (truncated conjugate gradients on HVPs for `H d = −∇f`, falling back to the steepest
/// descent direction at negative curvature), with an Armijo backtracking line search.
/// Near a minimum it converges quadratically, where plain gradient descent would crawl
/// along ill-conditioned valleys.
pub(crate) fn polish<O: Objective + ?Sized>(obj: &O, x0: &[f64], cfg: &Config) -> Polished {
    let n = x0.len();
    let mut x = x0.to_vec();
    let mut g = vec![0.0; n];
    let mut f = obj.grad(&x, &mut g);
    let mut xn = vec![0.0; n];
    let mut gn = vec![0.0; n];
    let mut end = PolishEnd::StepLimit;
    for _ in 0..cfg.max_polish_iterations {
        if !f.is_finite() || !all_finite(&g) || f < cfg.loss_floor {
            end = PolishEnd::Unbounded;
            break;
        }
        let gnorm = norm(&g);
        if gnorm <= cfg.gradient_tolerance {
            end = PolishEnd::Converged;
            break;
        }
        let mut d = newton_direction(obj, &x, &g, gnorm);
        let mut slope = dot(&g, &d);
        if slope >= 0.0 || slope.is_nan() {
            d = g.iter().map(|v| -v).collect();
            slope = -gnorm * gnorm;
        }
        let mut t = 1.0;
        let mut accepted = false;
        for _ in 0..60 {
            xn.copy_from_slice(&x);
            axpy(t, &d, &mut xn);
            let fnew = obj.grad(&xn, &mut gn);
            let decrease = fnew <= f + 1e-4 * t * slope;
            // Below rounding level of f, a smaller gradient is progress too.
            let flat = abs(fnew - f) <= 1e-14 * abs(f).max(1.0) && norm(&gn) < gnorm;
            if fnew.is_finite() && (decrease || flat) {
                core::mem::swap(&mut x, &mut xn);
                core::mem::swap(&mut g, &mut gn);
                f = fnew;
                accepted = true;
                break;
            }
            t *= 0.5;
        }
        if !accepted {
            break;
        }
        if dist(&x, x0) > cfg.max_distance {
            end = PolishEnd::Unbounded;
            break;
        }
    }
    Polished {
        end,
        x,
        value: f,
        grad: g,
    }
}

/// Truncated CG for `H d = −g` (Steihaug's stopping rules without a trust region):
/// stops at the forcing tolerance `min(0.5, √‖g‖)·‖g‖`, or at a direction of
/// non-positive curvature (returning the iterate so far, or `−g` on the first
/// iteration). At most `min(n, 200)` HVPs.
fn newton_direction<O: Objective + ?Sized>(obj: &O, x: &[f64], g: &[f64], gnorm: f64) -> Vec<f64> {
    let n = x.len();
    let eta = sqrt(gnorm).min(0.5);
    let mut z = vec![0.0; n];
    let mut r = g.to_vec();
    let mut p: Vec<f64> = g.iter().map(|v| -v).collect();
    let mut hp = vec![0.0; n];
    let mut rr = gnorm * gnorm;
    for j in 0..n.min(200) {
        obj.hvp(x, &p, &mut hp);
        let php = dot(&p, &hp);
        let positive = php > 1e-14 * dot(&p, &p);
        if !positive || !php.is_finite() {
            if j == 0 {
                return p;
            }
            break;
        }
        let a = rr / php;
        axpy(a, &p, &mut z);
        axpy(a, &hp, &mut r);
        let rr_new = dot(&r, &r);
        if sqrt(rr_new) <= eta * gnorm {
            break;
        }
        let b = rr_new / rr;
        rr = rr_new;
        for (pi, ri) in p.iter_mut().zip(&r) {
            *pi = -ri + b * *pi;
        }
    }
    z
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
