//! Descent to a converged stationary point: line-search Newton-CG on HVPs, shared by
//! Ridge Rider's polishing and the saddle search's descent from a saddle to the minima
//! it joins.

use alloc::vec;
use alloc::vec::Vec;

use crate::linalg::{abs, all_finite, axpy, dist, dot, norm, sqrt};
use crate::objective::Objective;

/// When a descent stops.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Converged when `‖∇f‖` is at most this.
    pub gradient_tolerance: f64,
    /// Maximum number of iterations.
    pub max_iterations: usize,
    /// Unbounded when further than this from the start.
    pub max_distance: f64,
    /// Unbounded when the loss falls below this.
    pub loss_floor: f64,
}

/// How a descent ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DescentEnd {
    /// The gradient norm is within the tolerance.
    Converged,
    /// The iteration limit was reached (or the line search could make no progress).
    StepLimit,
    /// Distance limit, loss floor, or a non-finite value.
    Unbounded,
}

/// The state at the end of a descent.
pub(crate) struct Descended {
    pub end: DescentEnd,
    pub x: Vec<f64>,
    pub value: f64,
    pub grad: Vec<f64>,
}

/// Descends from `x0` until `‖∇f‖ ≤ gradient_tolerance` (or a limit of `cfg` is hit): line-search Newton-CG
/// (truncated conjugate gradients on HVPs for `H d = −∇f`, falling back to the steepest
/// descent direction at negative curvature), with an Armijo backtracking line search.
/// Near a minimum it converges quadratically, where plain gradient descent would crawl
/// along ill-conditioned valleys.
pub(crate) fn descend<O: Objective + ?Sized>(obj: &O, x0: &[f64], cfg: &Limits) -> Descended {
    let n = x0.len();
    let mut x = x0.to_vec();
    let mut g = vec![0.0; n];
    let mut f = obj.grad(&x, &mut g);
    let mut xn = vec![0.0; n];
    let mut gn = vec![0.0; n];
    let mut end = DescentEnd::StepLimit;
    for _ in 0..cfg.max_iterations {
        if !f.is_finite() || !all_finite(&g) || f < cfg.loss_floor {
            end = DescentEnd::Unbounded;
            break;
        }
        let gnorm = norm(&g);
        if gnorm <= cfg.gradient_tolerance {
            end = DescentEnd::Converged;
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
            end = DescentEnd::Unbounded;
            break;
        }
    }
    Descended {
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
