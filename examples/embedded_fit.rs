//! Fit a sensor calibration the way firmware would: `f32`, fixed-size arrays, a
//! `#[differentiable]` residual, and an optimizer whose state lives in buffers the
//! caller owns. Nothing in the fitting loop allocates (a test counts: see
//! `tests/embedded_fit.rs`), and everything but `main` uses only `core` and the
//! runtime (float functions through the `Float` trait, not `std`'s inherent methods),
//! so it builds under `#![no_std]` with
//! `differentiable = { default-features = false, features = ["libm"] }`.
//!
//! The sensor reads a normalised raw value `r` in [0, 1]; the physical quantity is
//! `y = gain · (r - offset) / (1 + k · r)` (an offset, a gain and a compressive
//! non-linearity). A factory step records readings against a reference instrument
//! and fits `[gain, offset, k]` by least squares.
//!
//! ```text
//! cargo run --example embedded_fit
//! ```

use differentiable::differentiable;
use differentiable::optim::schedule::{ExponentialLr, Scheduled};
use differentiable::optim::Adam;
use differentiable::Float;

/// Calibration points recorded at the factory.
pub const POINTS: usize = 12;
/// Most optimizer steps the fit may take.
pub const MAX_STEPS: usize = 4000;
/// The fit stops when the gradient's largest component is below this.
pub const GRAD_TOL: f32 = 1e-6;

/// Residual of one calibration point: model output minus the reference value.
/// `wrt(p)`: only the parameters are differentiated, so `residual_grad` returns
/// `(residual, [∂r/∂gain, ∂r/∂offset, ∂r/∂k])`.
#[differentiable(wrt(p))]
pub fn residual(p: [f32; 3], raw: f32, reference: f32) -> f32 {
    p[0] * (raw - p[1]) / (1.0 + p[2] * raw) - reference
}

/// The result of a calibration run.
#[derive(Debug, Clone, Copy)]
pub struct Calibration {
    /// Fitted `[gain, offset, k]`.
    pub params: [f32; 3],
    /// Root-mean-square residual at the fitted parameters.
    pub rms: f32,
    /// Optimizer steps taken.
    pub steps: usize,
}

/// Mean of ½ r² over the points, and its gradient, from the per-point residual
/// derivatives: no buffer beyond the 3-element gradient.
fn loss_and_grad(p: [f32; 3], data: &[(f32, f32); POINTS], grad: &mut [f32; 3]) -> f32 {
    *grad = [0.0; 3];
    let mut loss = 0.0;
    let scale = 1.0 / POINTS as f32;
    for &(raw, reference) in data {
        let (r, dr) = residual_grad(p, raw, reference);
        loss += 0.5 * r * r * scale;
        for (g, d) in grad.iter_mut().zip(dr) {
            *g += r * d * scale;
        }
    }
    loss
}

/// Fits `[gain, offset, k]` to `data`, starting from the datasheet's nominal values.
///
/// `state` is the optimizer's memory, owned by the caller (in firmware: a `static`
/// or a region reserved for calibration): Adam's first and second moments, and the
/// AMSGrad slot, unused here. The learning rate decays exponentially so that the
/// fit settles instead of hovering at Adam's step size.
pub fn calibrate(data: &[(f32, f32); POINTS], state: &mut [[f32; 3]; 3]) -> Calibration {
    let [m, v, unused] = state;
    let adam = Adam::with_state(0.05, [&mut m[..], &mut v[..], &mut unused[..0]]);
    let mut opt = Scheduled::new(adam, ExponentialLr::new(0.9995));
    let mut p = [1.0f32, 0.0, 0.0];
    let mut grad = [0.0f32; 3];
    let mut steps = 0;
    let mut loss = loss_and_grad(p, data, &mut grad);
    while steps < MAX_STEPS && grad.iter().any(|&g| Float::abs(g) > GRAD_TOL) {
        opt.step(&mut p, &grad);
        steps += 1;
        loss = loss_and_grad(p, data, &mut grad);
    }
    Calibration {
        params: p,
        rms: Float::sqrt(2.0 * loss),
        steps,
    }
}

/// The true sensor of this demo (unknown to the fit).
pub const TRUE_PARAMS: [f32; 3] = [2.5, 0.1, 0.3];

/// Stands in for the factory measurements: readings spread over the range, and the
/// reference instrument's values with a little deterministic measurement noise.
pub fn factory_readings() -> [(f32, f32); POINTS] {
    let [gain, offset, k] = TRUE_PARAMS;
    core::array::from_fn(|i| {
        let raw = 0.05 + 0.9 * i as f32 / (POINTS - 1) as f32;
        let noise = 0.002 * ((i * 7 % 5) as f32 - 2.0) / 2.0;
        (raw, gain * (raw - offset) / (1.0 + k * raw) + noise)
    })
}

fn main() {
    let data = factory_readings();
    let mut state = [[0.0f32; 3]; 3];
    let cal = calibrate(&data, &mut state);
    let [gain, offset, k] = cal.params;
    println!(
        "fitted in {} steps: gain {gain:.4}, offset {offset:.4}, k {k:.4}",
        cal.steps
    );
    println!(
        "true values:        gain {:.4}, offset {:.4}, k {:.4}",
        TRUE_PARAMS[0], TRUE_PARAMS[1], TRUE_PARAMS[2]
    );
    println!("rms residual {:.2e} (measurement noise ~1e-3)", cal.rms);
    println!();
    println!(
        "{:>8} {:>10} {:>10} {:>10}",
        "raw", "reference", "model", "residual"
    );
    for &(raw, reference) in &data {
        let r = residual(cal.params, raw, reference);
        println!(
            "{raw:>8.3} {reference:>10.4} {:>10.4} {r:>10.1e}",
            reference + r
        );
    }
}
