//! A hypergradient: the derivative of the validation loss after `k` steps of gradient
//! descent on the training loss, with respect to the learning rate. The training steps
//! call the generated `train_loss_grad`; differentiating them differentiates that
//! gradient (a nested derivative: Hessian-vector products of the training loss).
//!
//! Run with `cargo run --release --example hypergradient`.

use differentiable::differentiable;

/// Training data: `y ≈ w₀ + w₁·x` with a little noise.
const TRAIN_X: [f64; 6] = [-1.0, -0.6, -0.2, 0.2, 0.6, 1.0];
const TRAIN_Y: [f64; 6] = [-0.9, -0.25, 0.35, 0.85, 1.5, 2.05];
/// Validation data from the same line.
const VALID_X: [f64; 3] = [-0.8, 0.1, 0.9];
const VALID_Y: [f64; 3] = [-0.55, 0.7, 1.85];

/// Mean squared error of the line `w₀ + w₁·x`, with a quartic term that makes the
/// Hessian depend on the weights.
#[differentiable]
pub fn train_loss(w0: f64, w1: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..6 {
        let r = w0 + w1 * TRAIN_X[i] - TRAIN_Y[i];
        s += r * r + 0.1 * r * r * r * r;
    }
    s / 6.0
}

/// Mean squared error on the validation data.
#[differentiable]
pub fn valid_loss(w0: f64, w1: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        let r = w0 + w1 * VALID_X[i] - VALID_Y[i];
        s += r * r;
    }
    s / 3.0
}

/// The validation loss after `steps` gradient steps of size `lr` from `(0, 0)`.
#[differentiable(wrt(lr), no_hvp)]
pub fn unrolled(lr: f64, steps: usize) -> f64 {
    let mut w0 = 0.0;
    let mut w1 = 0.0;
    for _ in 0..steps {
        let (_, g0, g1) = train_loss_grad(w0, w1);
        w0 -= lr * g0;
        w1 -= lr * g1;
    }
    valid_loss(w0, w1)
}

#[allow(dead_code)]
fn main() {
    let steps = 10;
    let mut lr = 0.05;
    // gradient descent on the learning rate itself
    for round in 0..8 {
        let (v, d) = unrolled_grad(lr, steps);
        let (_, t) = unrolled_jvp(lr, 1.0, steps);
        println!("round {round}: lr = {lr:.5}, validation loss = {v:.6}, d/dlr = {d:.6} (forward: {t:.6})");
        lr -= 0.01 * d;
    }
}
