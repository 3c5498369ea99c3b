//! `ode`: `s` steps of fourth-order Runge-Kutta on `y₀' = x₀`, `yᵢ' = xᵢ yᵢ₋₁` from
//! `y(0) = 0` to `t = 2`, and the gradient of the last component of the result.
//!
//! The step is the differentiable function; the state is a runtime-length vector,
//! which a `#[differentiable]` body cannot hold across steps, so the gradient keeps
//! the `s` states and pulls the seed back through the steps with the generated
//! `rk4_step_vjp`, last step first.
//!
//! This is the derivative of the computed Runge-Kutta solution. GradBench's reference
//! returns the derivative of the exact solution instead (in closed form); the two
//! agree up to rounding for at most four components (Runge-Kutta is exact there) and
//! within the eval's tolerance at its sizes.

use crate::protocol::{field, usize_of, vec_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// One Runge-Kutta step of size `h` from the state `y` into `out`. Component `i` of
/// each stage reads component `i - 1` of the previous stage, so the stages are
/// carried along the components as scalars.
#[differentiable(wrt(x, y))]
pub fn rk4_step(x: &[f64], y: &[f64], h: f64, out: &mut [f64]) {
    // component 0: y₀' = x₀, every stage is x₀
    out[0] = y[0] + h * x[0];
    let mut k1_prev = x[0];
    let mut k2_prev = x[0];
    let mut k3_prev = x[0];
    for i in 1..y.len() {
        let y_prev = y[i - 1];
        let k1 = x[i] * y_prev;
        let k2 = x[i] * (y_prev + h * k1_prev / 2.0);
        let k3 = x[i] * (y_prev + h * k2_prev / 2.0);
        let k4 = x[i] * (y_prev + h * k3_prev);
        out[i] = y[i] + h * (k1 + 2.0 * k2 + 2.0 * k3 + k4) / 6.0;
        k1_prev = k1;
        k2_prev = k2;
        k3_prev = k3;
    }
}

/// The solution at `t = 2` after `s` steps, into `y` (`scratch` has the length of
/// `x`).
pub fn primal(x: &[f64], s: usize, y: &mut [f64], scratch: &mut [f64]) {
    let h = 2.0 / s as f64;
    y.fill(0.0);
    for _ in 0..s {
        rk4_step(x, y, h, scratch);
        y.copy_from_slice(scratch);
    }
}

/// Buffers of the gradient: the states of every step and two adjoint vectors.
pub struct Workspace {
    states: Vec<f64>,
    bar: Vec<f64>,
    next_bar: Vec<f64>,
}

impl Workspace {
    /// Buffers for `n` components and `s` steps.
    pub fn new(n: usize, s: usize) -> Workspace {
        Workspace {
            states: vec![0.0; n * (s + 1)],
            bar: vec![0.0; n],
            next_bar: vec![0.0; n],
        }
    }
}

/// The gradient of the last component of [`primal`] with respect to `x`, into `g`.
pub fn gradient(x: &[f64], s: usize, g: &mut [f64], w: &mut Workspace, scratch: &mut [f64]) {
    let n = x.len();
    let h = 2.0 / s as f64;
    w.states[..n].fill(0.0);
    for t in 0..s {
        let (done, rest) = w.states.split_at_mut((t + 1) * n);
        rk4_step(x, &done[t * n..], h, &mut rest[..n]);
    }
    g.fill(0.0);
    w.bar.fill(0.0);
    w.bar[n - 1] = 1.0;
    for t in (0..s).rev() {
        w.next_bar.fill(0.0);
        let y = &w.states[t * n..(t + 1) * n];
        rk4_step_vjp(x, g, y, &mut w.next_bar, h, scratch, &w.bar);
        std::mem::swap(&mut w.bar, &mut w.next_bar);
    }
}

/// Answers `primal` or `gradient`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let x = vec_of(field(input, "x")?, "x")?;
    let s = usize_of(field(input, "s")?, "s")?;
    if x.is_empty() || s == 0 {
        return Err("ode needs a non-empty `x` and `s > 0`".into());
    }
    let runs = Runs::of(input);
    let n = x.len();
    let mut scratch = vec![0.0; n];
    let (output, timings) = match function {
        "primal" => {
            let mut y = vec![0.0; n];
            let ((), t) = runs.measure(|| primal(&x, s, &mut y, &mut scratch));
            (json!(y), t)
        }
        "gradient" => {
            let mut g = vec![0.0; n];
            let mut w = Workspace::new(n, s);
            let ((), t) = runs.measure(|| gradient(&x, s, &mut g, &mut w, &mut scratch));
            (json!(g), t)
        }
        other => return Err(super::unknown_function("ode", other)),
    };
    Ok(Evaluated { output, timings })
}
