//! GradBench's `saddle` problem: the saddle point of
//! `f(p, q) = (p₁² + p₂²) - (q₁² + q₂²)` as `min over p of max over q of f(p, q)`, both
//! by gradient descent from the same start. The outer descent's objective,
//! `max over q of f(p, q)`, runs the inner descent with `f`'s gradient in `q`; the
//! outer descent needs the objective's gradient in `p`, which `#[differentiable]`
//! generates through the inner descent and its derivative calls (nested
//! differentiation). Each of the two derivatives can be forward or reverse mode.
//!
//! One file for the example `saddle` and the GradBench tool's eval, each of which
//! includes it as a module (`#[path]`) inside a module that provides the descent
//! `argmin` / `argmax` (`gd.rs`) and `Mode` (`variant.rs`).

use super::{argmax, argmin, Mode};
use differentiable::differentiable;

/// The function whose saddle point is sought.
#[differentiable]
pub fn saddle_f(p1: f64, p2: f64, q1: f64, q2: f64) -> f64 {
    (p1 * p1 + p2 * p2) - (q1 * q1 + q2 * q2)
}

/// `max over q of f(p, q)`, by the descent of `argmax` from `s` (written out, as a
/// differentiable body cannot take closures), with `f`'s gradient in `q` from reverse
/// mode (`saddle_f_grad`).
#[differentiable(wrt(p1, p2), no_hvp)]
pub fn max_over_q_inner_rev(p1: f64, p2: f64, s1: f64, s2: f64) -> f64 {
    let mut q1 = s1;
    let mut q2 = s2;
    // descent on -f
    let mut fq = -saddle_f(p1, p2, q1, q2);
    let (_, _, _, d1, d2) = saddle_f_grad(p1, p2, q1, q2);
    let mut g1 = -d1;
    let mut g2 = -d2;
    let mut i = 0;
    let mut eta = 1e-5;
    loop {
        if (g1 * g1 + g2 * g2).sqrt() <= 1e-5 {
            break;
        }
        if i == 10 {
            eta *= 2.0;
            i = 0;
        } else {
            let n1 = q1 - eta * g1;
            let n2 = q2 - eta * g2;
            if ((q1 - n1) * (q1 - n1) + (q2 - n2) * (q2 - n2)).sqrt() <= 1e-5 {
                break;
            }
            let f_next = -saddle_f(p1, p2, n1, n2);
            if f_next < fq {
                q1 = n1;
                q2 = n2;
                fq = f_next;
                let (_, _, _, d1, d2) = saddle_f_grad(p1, p2, q1, q2);
                g1 = -d1;
                g2 = -d2;
                i += 1;
            } else {
                eta /= 2.0;
                i = 0;
            }
        }
    }
    saddle_f(p1, p2, q1, q2)
}

/// The same, with `f`'s gradient in `q` from forward mode (`saddle_f_jvp`, one
/// direction per coordinate).
#[differentiable(wrt(p1, p2), no_hvp)]
pub fn max_over_q_inner_fwd(p1: f64, p2: f64, s1: f64, s2: f64) -> f64 {
    let mut q1 = s1;
    let mut q2 = s2;
    let mut fq = -saddle_f(p1, p2, q1, q2);
    let (_, d1) = saddle_f_jvp(p1, 0.0, p2, 0.0, q1, 1.0, q2, 0.0);
    let (_, d2) = saddle_f_jvp(p1, 0.0, p2, 0.0, q1, 0.0, q2, 1.0);
    let mut g1 = -d1;
    let mut g2 = -d2;
    let mut i = 0;
    let mut eta = 1e-5;
    loop {
        if (g1 * g1 + g2 * g2).sqrt() <= 1e-5 {
            break;
        }
        if i == 10 {
            eta *= 2.0;
            i = 0;
        } else {
            let n1 = q1 - eta * g1;
            let n2 = q2 - eta * g2;
            if ((q1 - n1) * (q1 - n1) + (q2 - n2) * (q2 - n2)).sqrt() <= 1e-5 {
                break;
            }
            let f_next = -saddle_f(p1, p2, n1, n2);
            if f_next < fq {
                q1 = n1;
                q2 = n2;
                fq = f_next;
                let (_, d1) = saddle_f_jvp(p1, 0.0, p2, 0.0, q1, 1.0, q2, 0.0);
                let (_, d2) = saddle_f_jvp(p1, 0.0, p2, 0.0, q1, 0.0, q2, 1.0);
                g1 = -d1;
                g2 = -d2;
                i += 1;
            } else {
                eta /= 2.0;
                i = 0;
            }
        }
    }
    saddle_f(p1, p2, q1, q2)
}

/// `max over q of f(p, q)` from `s`, the inner descent using `inner` mode.
pub fn max_over_q(p: &[f64; 2], s: [f64; 2], inner: Mode) -> f64 {
    match inner {
        Mode::Reverse => max_over_q_inner_rev(p[0], p[1], s[0], s[1]),
        Mode::Forward => max_over_q_inner_fwd(p[0], p[1], s[0], s[1]),
    }
}

/// The gradient of `max over q of f(p, q)` in `p`, by `outer` mode over `inner` mode.
pub fn outer_gradient(p: &[f64; 2], s: [f64; 2], outer: Mode, inner: Mode) -> [f64; 2] {
    let [p1, p2] = *p;
    let [s1, s2] = s;
    match (outer, inner) {
        (Mode::Reverse, Mode::Reverse) => {
            let (_, d1, d2) = max_over_q_inner_rev_grad(p1, p2, s1, s2);
            [d1, d2]
        }
        (Mode::Reverse, Mode::Forward) => {
            let (_, d1, d2) = max_over_q_inner_fwd_grad(p1, p2, s1, s2);
            [d1, d2]
        }
        (Mode::Forward, Mode::Reverse) => [
            max_over_q_inner_rev_jvp(p1, 1.0, p2, 0.0, s1, s2).1,
            max_over_q_inner_rev_jvp(p1, 0.0, p2, 1.0, s1, s2).1,
        ],
        (Mode::Forward, Mode::Forward) => [
            max_over_q_inner_fwd_jvp(p1, 1.0, p2, 0.0, s1, s2).1,
            max_over_q_inner_fwd_jvp(p1, 0.0, p2, 1.0, s1, s2).1,
        ],
    }
}

/// The gradient of `f(p, q)` in `q`, in `mode`.
pub fn inner_gradient(p: &[f64; 2], q: &[f64; 2], mode: Mode) -> [f64; 2] {
    let ([p1, p2], [q1, q2]) = (*p, *q);
    match mode {
        Mode::Reverse => {
            let (_, _, _, d1, d2) = saddle_f_grad(p1, p2, q1, q2);
            [d1, d2]
        }
        Mode::Forward => [
            saddle_f_jvp(p1, 0.0, p2, 0.0, q1, 1.0, q2, 0.0).1,
            saddle_f_jvp(p1, 0.0, p2, 0.0, q1, 0.0, q2, 1.0).1,
        ],
    }
}

/// GradBench's `saddle` function: the saddle point `(p, q)` found from `start`, as
/// `[p₁, p₂, q₁, q₂]`; `outer` and `inner` name the variant (`rf`: reverse over
/// forward). The second descent (for `q` at the found `p`) uses the outer mode, as
/// the eval asks.
pub fn saddle(start: [f64; 2], outer: Mode, inner: Mode) -> [f64; 4] {
    let p = argmin(
        |p| max_over_q(p, start, inner),
        |p| outer_gradient(p, start, outer, inner),
        start,
    );
    let q = argmax(
        |q| saddle_f(p[0], p[1], q[0], q[1]),
        |q| inner_gradient(&p, q, outer),
        start,
    );
    [p[0], p[1], q[0], q[1]]
}
