//! A `#![no_std]` crate without `alloc` using `#[differentiable]` through the facade with
//! `default-features = false, features = ["libm"]`: the generated code must reach only
//! `core` and the runtime, never `std` or a heap. Compiling this crate is the test; only
//! on its own (`cargo test -p no-std-check`, run by CI) is it built without `alloc`, since
//! within the workspace another member turns the feature on for every member. The unit
//! tests below also check the derivatives against analytic formulas.
#![no_std]

use differentiable::least_squares;
use differentiable::Float;
use differentiable::{differentiable, no_grad, Differentiable};

/// Extended Rosenbrock over a fixed-size array.
#[differentiable]
pub fn rosen4(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

/// Log-sum-exp over a slice (shifted by `x[0]`): float methods come from libm. (A running
/// maximum `m = m.max(v)` would need a tape, i.e. `alloc`.)
#[differentiable]
pub fn log_sum_exp(x: &[f64]) -> f64 {
    let m = x[0];
    let mut s = 0.0;
    for &v in x.iter() {
        s += (v - m).exp();
    }
    m + s.ln()
}

/// A generic over `Float` on `&[T; N]`, with `f32` callers.
#[differentiable]
pub fn dot_sin<T: Float>(x: &[T; 3], w: T) -> T {
    let mut s = T::zero();
    for &xi in x.iter() {
        s = s + (xi * w).sin();
    }
    s.sqrt()
}

/// Vector output.
#[differentiable]
pub fn polar(r: f32, t: f32) -> [f32; 2] {
    [r * t.cos(), r * t.sin()]
}

/// A scalar helper for `composed`.
#[differentiable]
pub fn smooth_abs(t: f64) -> f64 {
    (t * t + 0.01).sqrt()
}

/// Calls another differentiable function with scalar arguments, in a loop whose sum is
/// read by `tanh`: with `alloc` the forward sweep keeps each call's value and partial for
/// the reverse sweep; without it the reverse sweep runs the call again. (A call passing
/// the slice itself needs `alloc` in `_hvp` since 2718fb5: bug 18 in RELIABILITY.md.)
#[differentiable]
pub fn composed(x: &[f64], k: f64) -> f64 {
    let mut s = 0.0;
    for &v in x.iter() {
        s += smooth_abs(v * k);
    }
    s.tanh()
}

/// A non-linear loop-carried value over a fixed trip count: its record lives on the stack,
/// so no `alloc` is needed. (The index loop over a constant range is the point.)
#[allow(clippy::needless_range_loop)]
#[differentiable]
pub fn prod_fixed(x: [f64; 3]) -> f64 {
    let mut p = 1.0;
    for i in 0..3 {
        p *= 1.0 + 0.5 * x[i].sin() * (i as f64 + 1.0);
    }
    p
}

/// A nest of literal trip counts, the inner loop's product read non-linearly by the
/// outer one: the nested loop runs forward once and keeps its records in stack records,
/// so no `alloc` is needed.
#[allow(clippy::needless_range_loop)]
#[differentiable]
pub fn nest_fixed(x: [f64; 3]) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let mut p = 1.0;
        for j in 0..3 {
            p *= 1.0 + 0.5 * (x[i] * x[j]).sin();
        }
        s = s * x[i] + p;
    }
    s
}

/// Residuals of a sensor line `y = g·(raw − o)` against four reference points, in `f32`.
/// (A fixed-size out-parameter: a runtime-length `&mut [f32]` in a loop needs `alloc`.)
#[differentiable(wrt(p))]
pub fn line_residuals(p: &[f32], raw: &[f32; 4], reference: &[f32; 4], out: &mut [f32; 4]) {
    for i in 0..4 {
        out[i] = p[0] * (raw[i] - p[1]) - reference[i];
    }
}

/// A Levenberg–Marquardt calibration without a heap: the solver's memory is a stack array.
pub fn calibrate_line(raw: &[f32; 4], reference: &[f32; 4]) -> ([f32; 2], least_squares::Fit<f32>) {
    let mut problem = least_squares::ArrayResiduals::new(
        |p: &[f32], out: &mut [f32; 4]| line_residuals(p, raw, reference, out),
        |p: &[f32], dp: &[f32], out: &mut [f32; 4], dout: &mut [f32; 4]| {
            line_residuals_jvp(p, dp, raw, reference, out, dout)
        },
    );
    let mut p = [1.0, 0.0];
    let mut workspace = [0.0; least_squares::workspace_len(2, 4)];
    let fit =
        least_squares::LevenbergMarquardt::new().minimize(&mut problem, &mut p, &mut workspace);
    (p, fit)
}

/// A model struct without `alloc`: fixed-size fields, a method differentiated with
/// respect to `self`, a nested struct passed on to it.
#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Affine {
    pub w: [f64; 2],
    pub b: f64,
}

impl Affine {
    /// Squared error of the affine prediction.
    #[differentiable(wrt(self))]
    pub fn sq_err(&self, x: &[f64; 2], y: f64) -> f64 {
        let e = self.w[0] * x[0] + self.w[1] * x[1] + self.b - y;
        e * e
    }
}

/// Two affine maps, the second's error weighted.
#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Pair {
    pub first: Affine,
    pub second: Affine,
}

/// The two errors, through the nested structs.
#[differentiable(wrt(p))]
pub fn pair_err(p: &Pair, x: &[f64; 2]) -> f64 {
    Affine::sq_err(&p.first, no_grad(x), no_grad(1.0))
        + 0.5 * Affine::sq_err(&p.second, no_grad(x), no_grad(-1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_calibration_recovers_gain_and_offset() {
        let raw = [0.1, 0.4, 0.7, 0.9];
        let reference = raw.map(|r| 2.5 * (r - 0.05));
        let (p, fit) = calibrate_line(&raw, &reference);
        assert!(fit.stop.converged(), "{fit:?}");
        assert!(
            (p[0] - 2.5).abs() < 1e-4 && (p[1] - 0.05).abs() < 1e-4,
            "{p:?}"
        );
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-12 * (1.0 + b.abs())
    }

    #[test]
    fn rosen4_gradient_is_analytic() {
        let x = [0.3, -0.4, 1.1, 0.8];
        let (_, g) = rosen4_grad(x);
        let mut want = [0.0; 4];
        for i in 0..3 {
            let a = x[i + 1] - x[i] * x[i];
            want[i] += -400.0 * a * x[i] - 2.0 * (1.0 - x[i]);
            want[i + 1] += 200.0 * a;
        }
        for i in 0..4 {
            assert!(close(g[i], want[i]), "{g:?} {want:?}");
        }
    }

    #[test]
    fn nest_fixed_gradient_matches_central_differences() {
        let x = [0.3, -0.4, 0.8];
        let (v, g) = nest_fixed_grad(x);
        assert!(close(v, nest_fixed(x)));
        for i in 0..3 {
            let h = 1e-6;
            let (mut up, mut down) = (x, x);
            up[i] += h;
            down[i] -= h;
            let fd = (nest_fixed(up) - nest_fixed(down)) / (2.0 * h);
            assert!((g[i] - fd).abs() < 1e-7, "{g:?} {i} {fd}");
        }
    }

    #[test]
    fn log_sum_exp_gradient_is_softmax() {
        let x = [0.5, -1.0, 2.0];
        let mut g = [0.0; 3];
        let v = log_sum_exp_grad(&x, &mut g);
        let z: f64 = x.iter().map(|v| v.exp()).sum();
        assert!(close(v, z.ln()));
        for i in 0..3 {
            assert!(close(g[i], x[i].exp() / z));
        }
    }

    #[test]
    fn polar_jvp_is_analytic() {
        let (_, j) = polar_jvp(2.0, 0.0, 0.5, 1.0);
        assert!((j[0] + 2.0 * 0.5f32.sin()).abs() < 1e-6);
        assert!((j[1] - 2.0 * 0.5f32.cos()).abs() < 1e-6);
    }

    #[test]
    fn dot_sin_f32_gradient_is_analytic() {
        let x = [0.2f32, 0.5, -0.3];
        let w = 1.3f32;
        let mut gx = [0.0f32; 3];
        let (v, gw) = dot_sin_grad(&x, &mut gx, w);
        let s: f32 = x.iter().map(|xi| (xi * w).sin()).sum();
        assert!((v - s.sqrt()).abs() < 1e-6);
        let want_w: f32 = x.iter().map(|xi| xi * (xi * w).cos()).sum::<f32>() / (2.0 * s.sqrt());
        assert!((gw - want_w).abs() < 1e-5, "{gw} {want_w}");
        for i in 0..3 {
            let want = w * (x[i] * w).cos() / (2.0 * s.sqrt());
            assert!((gx[i] - want).abs() < 1e-5, "{gx:?}");
        }
    }

    #[test]
    fn composed_gradient_is_analytic() {
        let x = [0.5, -1.0, 2.0];
        let k = 0.7;
        let mut gx = [0.0; 3];
        let (_, gk) = composed_grad(&x, &mut gx, k);
        let s: f64 = x.iter().map(|v| ((v * k) * (v * k) + 0.01).sqrt()).sum();
        let d = 1.0 - s.tanh().powi(2);
        let mut want_k = 0.0;
        for i in 0..3 {
            let u = x[i] * k;
            let du = u / (u * u + 0.01).sqrt();
            assert!(close(gx[i], d * k * du), "{gx:?}");
            want_k += d * x[i] * du;
        }
        assert!(close(gk, want_k));
    }

    #[test]
    fn prod_fixed_gradient_is_analytic() {
        let x = [0.3, -0.2, 0.9];
        let (v, g) = prod_fixed_grad(x);
        let f = |i: usize| 1.0 + 0.5 * x[i].sin() * (i as f64 + 1.0);
        let p = f(0) * f(1) * f(2);
        assert!(close(v, p));
        for i in 0..3 {
            let df = 0.5 * x[i].cos() * (i as f64 + 1.0);
            assert!(close(g[i], p / f(i) * df), "{g:?}");
        }
    }

    #[test]
    fn struct_gradients_are_analytic_and_step_without_alloc() {
        let p = Pair {
            first: Affine {
                w: [0.5, -0.3],
                b: 0.1,
            },
            second: Affine {
                w: [1.0, 2.0],
                b: -0.2,
            },
        };
        let x = [0.7, -1.2];
        let mut g = p.zeros_like();
        let v = pair_err_grad(&p, &mut g, &x);
        let e1 = 0.5 * 0.7 + 0.3 * 1.2 + 0.1 - 1.0;
        let e2 = 0.7 - 2.4 - 0.2 + 1.0;
        assert!(close(v, e1 * e1 + 0.5 * e2 * e2));
        assert!(close(g.first.w[0], 2.0 * e1 * x[0]) && close(g.first.b, 2.0 * e1));
        assert!(close(g.second.w[1], e2 * x[1]) && close(g.second.b, e2));
        let mut opt = differentiable::optim::Sgd::with_state(0.1, [[0.0f64; 0]]);
        let mut q = p.clone();
        opt.step(&mut q, &g);
        assert!(close(q.first.b, p.first.b - 0.1 * g.first.b));
    }
}

/// A call passing a slice, in reverse mode: without `alloc` its callee's gradient is not
/// kept, and the adjoint sweep runs `log_sum_exp_vjp` again. (`_hvp` of such a call needs
/// `alloc`: bug 18 in RELIABILITY.md.)
#[differentiable(no_hvp)]
pub fn scaled_log_sum_exp(x: &[f64]) -> f64 {
    let s = log_sum_exp(x);
    s * s
}
