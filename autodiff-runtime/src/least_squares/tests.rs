//! The driver and the covariance on a small exponential-decay fit.
#![allow(clippy::needless_range_loop)]

use super::*;

/// Residuals of y = a·exp(-b t) + c against exact data from (2, 0.7, 0.5).
struct Decay {
    t: [f64; 8],
    y: [f64; 8],
}

impl Decay {
    fn new() -> Self {
        let t = core::array::from_fn(|i| i as f64 * 0.5);
        let y = t.map(|t: f64| 2.0 * (-0.7 * t).exp() + 0.5);
        Decay { t, y }
    }
}

impl Residuals<f64> for Decay {
    fn residual_len(&self) -> usize {
        8
    }
    fn residuals(&mut self, p: &[f64], out: &mut [f64]) {
        for i in 0..8 {
            out[i] = p[0] * (-p[1] * self.t[i]).exp() + p[2] - self.y[i];
        }
    }
    fn jvp(&mut self, p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]) {
        self.residuals(p, out);
        for i in 0..8 {
            let e = (-p[1] * self.t[i]).exp();
            dout[i] = dp[0] * e - p[0] * self.t[i] * e * dp[1] + dp[2];
        }
    }
}

#[test]
fn recovers_exact_parameters() {
    let mut p = [1.0, 0.1, 0.0];
    let mut ws = [0.0; workspace_len(3, 8)];
    let fit = LevenbergMarquardt::new().minimize(&mut Decay::new(), &mut p, &mut ws);
    assert!(fit.stop.converged(), "{fit:?}");
    for (got, want) in p.iter().zip([2.0, 0.7, 0.5]) {
        assert!((got - want).abs() < 1e-7, "{p:?}");
    }
    assert!(fit.cost < 1e-15);
}

#[test]
fn observer_sees_a_decreasing_cost_and_every_iteration() {
    let mut p = [1.0, 0.1, 0.0];
    let mut ws = [0.0; workspace_len(3, 8)];
    let (mut seen, mut last) = (0, f64::INFINITY);
    let fit = LevenbergMarquardt::new().minimize_with(&mut Decay::new(), &mut p, &mut ws, |it| {
        assert_eq!(it.iteration, seen);
        assert!(
            it.cost <= last,
            "the cost never rises: {} after {last}",
            it.cost
        );
        last = it.cost;
        seen += 1;
    });
    assert_eq!(seen, fit.iterations + 1);
    assert_eq!(last, fit.cost);
}

#[test]
fn stops_at_the_iteration_budget() {
    let mut p = [1.0, 0.1, 0.0];
    let mut ws = [0.0; workspace_len(3, 8)];
    let fit = LevenbergMarquardt::new()
        .max_iters(2)
        .minimize(&mut Decay::new(), &mut p, &mut ws);
    assert_eq!((fit.stop, fit.iterations), (StopReason::MaxIterations, 2));
}

#[test]
fn non_finite_start_is_reported() {
    let mut p = [f64::NAN, 0.1, 0.0];
    let mut ws = [0.0; workspace_len(3, 8)];
    let fit = LevenbergMarquardt::new().minimize(&mut Decay::new(), &mut p, &mut ws);
    assert_eq!(fit.stop, StopReason::NonFiniteResiduals);
    assert!(!fit.stop.converged());
}

#[test]
fn covariance_errors() {
    let mut ws = [0.0; workspace_len(3, 8)];
    let mut cov = [0.0; 9];
    let mut decay = Decay::new();
    // b = 0 makes the a and c columns of J equal: JᵀJ is singular.
    assert_eq!(
        covariance(&mut decay, &[1.0, 0.0, 0.0], &mut ws, &mut cov),
        Err(CovarianceError::Singular)
    );
    let mut three = FnResiduals::new(
        3,
        |p: &[f64], out: &mut [f64]| out.iter_mut().for_each(|o| *o = p[0]),
        |p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]| {
            out.iter_mut().for_each(|o| *o = p[0]);
            dout.iter_mut().for_each(|o| *o = dp[0]);
        },
    );
    let mut ws3 = [0.0; workspace_len(3, 3)];
    assert_eq!(
        covariance(&mut three, &[1.0, 2.0, 3.0], &mut ws3, &mut cov),
        Err(CovarianceError::TooFewResiduals)
    );
}

#[test]
#[should_panic(expected = "workspace needs workspace_len(3, 8) = 73 entries, got 10")]
fn short_workspace_panics() {
    let mut ws = [0.0; 10];
    LevenbergMarquardt::new().minimize(&mut Decay::new(), &mut [1.0, 0.1, 0.0], &mut ws);
}
