//! Grammar coverage, whole programs written the way users write them: log-sum-exp
//! cross-entropy, a two-layer network, Lennard-Jones energy, an RK4 integration with
//! several states overwritten per step, Horner with a coefficient slice, a Gaussian
//! negative log-likelihood, logistic regression, and the classic test functions.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`.
// The functions under test are written the way users write them (index loops).
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;
use std::f64::consts::PI;

/// Checks all modes of `f(x: &[f64], data...) -> f64` with extra inactive arguments.
macro_rules! check_slice_data {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, ($($e:expr),*), $points:expr) => {{
        let f = |z: &[f64]| $f(z, $($e),*);
        let jvp = |z: &[f64], v: &[f64]| $jvp(z, v, $($e),*);
        let vjp = |z: &[f64], s: f64| {
            let mut b = vec![0.0; z.len()];
            let v = $vjp(z, &mut b, $($e,)* s);
            (v, b)
        };
        let grad = |z: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = $grad(z, &mut b, $($e),*);
            (v, b)
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let mut b = vec![0.0; z.len()];
            let v = $hvp(z, d, &mut b, $($e),*);
            (v, b)
        };
        let m = fd::Scalar { f: &f, jvp: Some(&jvp), vjp: Some(&vjp), grad: Some(&grad), hvp: Some(&hvp) };
        for x in $points {
            fd::check_scalar(stringify!($f), &m, &x, 1e-6, 1e-4);
        }
    }};
}

#[differentiable]
fn cross_entropy(logits: &[f64], label: usize) -> f64 {
    let mut m = logits[0];
    for &z in logits.iter() {
        m = m.max(z);
    }
    let mut s = 0.0;
    for &z in logits {
        s += (z - m).exp();
    }
    m + s.ln() - logits[label]
}

#[test]
fn log_sum_exp_cross_entropy() {
    for label in 0..3 {
        check_slice_data!(
            cross_entropy,
            cross_entropy_jvp,
            cross_entropy_vjp,
            cross_entropy_grad,
            cross_entropy_hvp,
            (label),
            [vec![0.5, -1.3, 0.9, 0.2], vec![2.1, 0.3, -0.6, 1.4]]
        );
    }
}

#[differentiable]
fn two_layer(w: &[f64], x: &[f64], y: &[f64], n_in: usize, n_hidden: usize) -> f64 {
    // w = [W1 (n_hidden x n_in), b1 (n_hidden), w2 (n_hidden), b2]
    let n_samples = y.len();
    let mut loss = 0.0;
    for s in 0..n_samples {
        let mut out = w[n_hidden * n_in + 2 * n_hidden];
        for h in 0..n_hidden {
            let mut a = w[n_hidden * n_in + h];
            for i in 0..n_in {
                a += w[h * n_in + i] * x[s * n_in + i];
            }
            out += w[n_hidden * n_in + n_hidden + h] * a.tanh();
        }
        let r = out - y[s];
        loss += 0.5 * r * r;
    }
    loss / n_samples as f64
}

#[test]
fn two_layer_network() {
    let (n_in, n_hidden) = (2, 3);
    let x = [0.5, -1.0, 1.5, 0.25, -0.75, 2.0];
    let y = [0.3, -0.2, 0.8];
    let f = |z: &[f64]| two_layer(z, &x, &y, n_in, n_hidden);
    let jvp =
        |z: &[f64], v: &[f64]| two_layer_jvp(z, v, &x, &[0.0; 6], &y, &[0.0; 3], n_in, n_hidden);
    let grad = |z: &[f64]| {
        let (mut b, mut bx, mut by) = (vec![0.0; z.len()], [0.0; 6], [0.0; 3]);
        let v = two_layer_grad(z, &mut b, &x, &mut bx, &y, &mut by, n_in, n_hidden);
        (v, b)
    };
    let vjp = |z: &[f64], s: f64| {
        let (mut b, mut bx, mut by) = (vec![0.0; z.len()], [0.0; 6], [0.0; 3]);
        let v = two_layer_vjp(z, &mut b, &x, &mut bx, &y, &mut by, n_in, n_hidden, s);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (mut b, mut bx, mut by) = (vec![0.0; z.len()], [0.0; 6], [0.0; 3]);
        let v = two_layer_hvp(
            z, d, &mut b, &x, &[0.0; 6], &mut bx, &y, &[0.0; 3], &mut by, n_in, n_hidden,
        );
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for w in points(1, 2, n_hidden * n_in + 2 * n_hidden + 1, -1.0, 1.0) {
        fd::check_scalar("two_layer", &m, &w, 1e-6, 1e-4);
    }
    // the gradient with respect to the data (also a float slice) against finite differences
    let w = points(2, 1, 13, -1.0, 1.0).remove(0);
    let (mut b, mut bx, mut by) = (vec![0.0; 13], [0.0; 6], [0.0; 3]);
    two_layer_grad(&w, &mut b, &x, &mut bx, &y, &mut by, n_in, n_hidden);
    let fx = |z: &[f64]| two_layer(&w, z, &y, n_in, n_hidden);
    fd::close_all("two_layer d/dx", &bx, &fd::grad(&fx, &x), 1e-6);
    let fy = |z: &[f64]| two_layer(&w, &x, z, n_in, n_hidden);
    fd::close_all("two_layer d/dy", &by, &fd::grad(&fy, &y), 1e-6);
}

#[differentiable]
fn lennard_jones(pos: &[f64]) -> f64 {
    let n = pos.len() / 3;
    let mut e = 0.0;
    for i in 0..n {
        for j in (i + 1)..n {
            let dx = pos[3 * i] - pos[3 * j];
            let dy = pos[3 * i + 1] - pos[3 * j + 1];
            let dz = pos[3 * i + 2] - pos[3 * j + 2];
            let r2 = dx * dx + dy * dy + dz * dz;
            let inv6 = 1.0 / (r2 * r2 * r2);
            e += 4.0 * (inv6 * inv6 - inv6);
        }
    }
    e
}

#[test]
fn lennard_jones_cluster() {
    let base = [0.0, 0.0, 0.0, 1.1, 0.1, 0.0, 0.5, 1.0, 0.2, 0.4, 0.3, 1.05];
    let pts: Vec<Vec<f64>> = points(3, 2, 12, -0.05, 0.05)
        .into_iter()
        .map(|d| base.iter().zip(d).map(|(b, e)| b + e).collect())
        .collect();
    check_slice!(
        lennard_jones,
        lennard_jones_jvp,
        lennard_jones_vjp,
        lennard_jones_grad,
        lennard_jones_hvp,
        pts
    );
}

#[differentiable]
fn rk4_pendulum(p: &[f64], steps: usize) -> f64 {
    // p = [theta0, omega0, g_over_l, damping]; integrate to t = 1 and return theta^2 + omega
    let h = 1.0 / steps as f64;
    let mut th = p[0];
    let mut om = p[1];
    for _ in 0..steps {
        let k1t = om;
        let k1o = -p[2] * th.sin() - p[3] * om;
        let k2t = om + 0.5 * h * k1o;
        let k2o = -p[2] * (th + 0.5 * h * k1t).sin() - p[3] * (om + 0.5 * h * k1o);
        let k3t = om + 0.5 * h * k2o;
        let k3o = -p[2] * (th + 0.5 * h * k2t).sin() - p[3] * (om + 0.5 * h * k2o);
        let k4t = om + h * k3o;
        let k4o = -p[2] * (th + h * k3t).sin() - p[3] * (om + h * k3o);
        th += h / 6.0 * (k1t + 2.0 * k2t + 2.0 * k3t + k4t);
        om += h / 6.0 * (k1o + 2.0 * k2o + 2.0 * k3o + k4o);
    }
    th * th + om
}

#[test]
fn rk4_integration_with_states_overwritten_each_step() {
    check_slice_data!(
        rk4_pendulum,
        rk4_pendulum_jvp,
        rk4_pendulum_vjp,
        rk4_pendulum_grad,
        rk4_pendulum_hvp,
        (8usize),
        [vec![0.5, 0.1, 9.81, 0.2], vec![1.2, -0.5, 4.0, 0.05]]
    );
}

#[differentiable]
fn horner(c: &[f64], t: f64) -> f64 {
    let mut r = 0.0;
    for i in 0..c.len() {
        r = r * t + c[c.len() - 1 - i];
    }
    r
}

#[test]
fn horner_with_coefficient_slice() {
    let k = 4;
    let f = |z: &[f64]| horner(&z[..k], z[k]);
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; k];
        let (v, t) = horner_grad(&z[..k], &mut b, z[k]);
        b.push(t);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; k];
        let (v, t) = horner_hvp(&z[..k], &d[..k], &mut b, z[k], d[k]);
        b.push(t);
        (v, b)
    };
    let jvp = |z: &[f64], v: &[f64]| horner_jvp(&z[..k], &v[..k], z[k], v[k]);
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(4, 3, k + 1, -1.5, 1.5) {
        fd::check_scalar("horner", &m, &x, 1e-6, 1e-4);
    }
    // analytic: d/dc_i = t^i, d/dt = p'(t)
    let c = [1.0, -2.0, 0.5, 3.0];
    let mut b = [0.0; 4];
    let (_, dt) = horner_grad(&c, &mut b, 2.0);
    fd::close_all("horner d/dc", &b, &[1.0, 2.0, 4.0, 8.0], 1e-14);
    fd::close(
        "horner d/dt",
        dt,
        -2.0 + 2.0 * 0.5 * 2.0 + 3.0 * 3.0 * 4.0,
        1e-14,
    );
}

#[differentiable]
fn gaussian_nll(params: &[f64], data: &[f64]) -> f64 {
    let mu = params[0];
    let log_sigma = params[1];
    let sigma = log_sigma.exp();
    let mut nll = 0.0;
    for &x in data {
        let z = (x - mu) / sigma;
        nll += 0.5 * z * z + log_sigma + 0.5 * (2.0 * PI).ln();
    }
    nll
}

#[test]
fn gaussian_negative_log_likelihood() {
    let data = [0.3, -1.2, 2.5, 0.9, 1.1];
    let f = |z: &[f64]| gaussian_nll(z, &data);
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 2];
        let mut bd = [0.0; 5];
        let v = gaussian_nll_grad(z, &mut b, &data, &mut bd);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; 2];
        let mut bd = [0.0; 5];
        let v = gaussian_nll_hvp(z, d, &mut b, &data, &[0.0; 5], &mut bd);
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: None,
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(5, 3, 2, -1.0, 1.0) {
        fd::check_scalar("gaussian_nll", &m, &x, 1e-6, 1e-4);
    }
    // analytic: at the MLE the gradient vanishes
    let n = data.len() as f64;
    let mu: f64 = data.iter().sum::<f64>() / n;
    let var: f64 = data.iter().map(|x| (x - mu) * (x - mu)).sum::<f64>() / n;
    let mut b = [0.0; 2];
    let mut bd = [0.0; 5];
    gaussian_nll_grad(&[mu, 0.5 * var.ln()], &mut b, &data, &mut bd);
    fd::close_all("gaussian MLE", &b, &[0.0, 0.0], 1e-12);
}

#[differentiable(wrt(w))]
fn logistic_regression(w: &[f64], x: &[f64], y: &[f64], dim: usize, l2: f64) -> f64 {
    let mut loss = 0.0;
    for s in 0..y.len() {
        let mut z = w[dim];
        for j in 0..dim {
            z += w[j] * x[s * dim + j];
        }
        // log(1 + e^z) - y z, computed stably
        let sp = if z > 0.0 {
            z + (-z).exp().ln_1p()
        } else {
            z.exp().ln_1p()
        };
        loss += sp - y[s] * z;
    }
    let mut reg = 0.0;
    for j in 0..dim {
        reg += w[j] * w[j];
    }
    loss + 0.5 * l2 * reg
}

#[test]
fn logistic_regression_with_wrt() {
    let x = [0.5, -1.0, 1.5, 0.25, -0.75, 2.0, 0.1, 0.1];
    let y = [1.0, 0.0, 1.0, 0.0];
    check_slice_data!(
        logistic_regression,
        logistic_regression_jvp,
        logistic_regression_vjp,
        logistic_regression_grad,
        logistic_regression_hvp,
        (&x, &y, 2usize, 0.1),
        points(6, 3, 3, -1.5, 1.5)
    );
}

#[differentiable]
fn beale(x: f64, y: f64) -> f64 {
    (1.5 - x + x * y).powi(2) + (2.25 - x + x * y * y).powi(2) + (2.625 - x + x * y.powi(3)).powi(2)
}

#[differentiable]
fn himmelblau(x: f64, y: f64) -> f64 {
    (x * x + y - 11.0).powi(2) + (x + y * y - 7.0).powi(2)
}

#[differentiable]
fn rastrigin(x: &[f64]) -> f64 {
    let mut s = 10.0 * x.len() as f64;
    for &v in x {
        s += v * v - 10.0 * (2.0 * PI * v).cos();
    }
    s
}

#[differentiable]
fn styblinski_tang<T: num_traits::Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for &v in x {
        s = s + v.powi(4) - T::from(16.0).unwrap() * v * v + T::from(5.0).unwrap() * v;
    }
    s / T::from(2.0).unwrap()
}

#[test]
fn classic_test_functions() {
    check_scalars!(
        beale,
        beale_jvp,
        beale_vjp,
        beale_grad,
        beale_hvp,
        [0, 1],
        points(7, 3, 2, -2.0, 2.0)
    );
    check_scalars!(
        himmelblau,
        himmelblau_jvp,
        himmelblau_vjp,
        himmelblau_grad,
        himmelblau_hvp,
        [0, 1],
        points(8, 3, 2, -4.0, 4.0)
    );
    // Himmelblau's minimum (3, 2): gradient zero (analytic)
    let (v, gx, gy) = himmelblau_grad(3.0, 2.0);
    assert_eq!((v, gx, gy), (0.0, 0.0, 0.0));
    check_slice!(
        rastrigin,
        rastrigin_jvp,
        rastrigin_vjp,
        rastrigin_grad,
        rastrigin_hvp,
        points(9, 3, 4, -1.0, 1.0)
    );
    check_slice!(
        styblinski_tang,
        styblinski_tang_jvp,
        styblinski_tang_vjp,
        styblinski_tang_grad,
        styblinski_tang_hvp,
        points(10, 3, 4, -3.0, 3.0)
    );
}
