//! `ode`: `s` steps of fourth-order Runge-Kutta on `y₀' = x₀`, `yᵢ' = xᵢ yᵢ₋₁` from
//! `y(0) = 0` to `t = 2`, and the gradient of the last component of the result.
//!
//! The whole integration is one differentiable function, written as a user would: the
//! state is a `vec!` buffer updated in place step after step, the result goes into an
//! out-parameter, and the gradient is its generated `_vjp` seeded with the last unit
//! vector. The step loop is reversed from at most 10 snapshots of the state
//! (`checkpoint = 10`): the reverse sweep keeps 11 copies of the state and one step's
//! records, where a tape per step kept 40 bytes per component and step (400 MB at
//! n = 10⁵, s = 100). For s ≤ 100 each step runs at most 3 times as plain primal code
//! (the forward sweep's run included), then once more to be differentiated.
//!
//! This is the derivative of the computed Runge-Kutta solution. GradBench's reference
//! returns the derivative of the exact solution instead (in closed form); the two
//! agree up to rounding for at most four components (Runge-Kutta is exact there) and
//! within the eval's tolerance at its sizes.

use crate::protocol::{field, usize_of, vec_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// The solution at `t = 2` after `s` Runge-Kutta steps, into `out`. Component `i` of
/// each stage reads component `i - 1` of the previous stage, so within a step the
/// stages are carried along the components as scalars, with the state's previous
/// component from before the step (it is updated in place).
// the differentiable grammar writes an out-parameter element by element
#[allow(clippy::manual_memcpy)]
#[differentiable(wrt(x), checkpoint = 10)]
pub fn solve(x: &[f64], s: usize, out: &mut [f64]) {
    let n = x.len();
    let h = 2.0 / s as f64;
    let mut y = vec![0.0; n];
    for _step in 0..s {
        // component 0: y₀' = x₀, every stage is x₀
        let mut y_prev = y[0];
        y[0] = y_prev + h * x[0];
        let mut k1_prev = x[0];
        let mut k2_prev = x[0];
        let mut k3_prev = x[0];
        for i in 1..n {
            let yi = y[i];
            let k1 = x[i] * y_prev;
            let k2 = x[i] * (y_prev + h * k1_prev / 2.0);
            let k3 = x[i] * (y_prev + h * k2_prev / 2.0);
            let k4 = x[i] * (y_prev + h * k3_prev);
            y[i] = yi + h * (k1 + 2.0 * k2 + 2.0 * k3 + k4) / 6.0;
            k1_prev = k1;
            k2_prev = k2;
            k3_prev = k3;
            y_prev = yi;
        }
    }
    for i in 0..n {
        out[i] = y[i];
    }
}

/// The solution at `t = 2` after `s` steps, into `y`.
pub fn primal(x: &[f64], s: usize, y: &mut [f64]) {
    solve(x, s, y);
}

/// The gradient of the last component of [`primal`] with respect to `x`, into `g`
/// (`y` receives the solution, `seed` is the last unit vector).
pub fn gradient(x: &[f64], s: usize, g: &mut [f64], y: &mut [f64], seed: &[f64]) {
    g.fill(0.0);
    solve_vjp(x, g, s, y, seed);
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
    let mut y = vec![0.0; n];
    let (output, timings) = match function {
        "primal" => {
            let ((), t) = runs.measure(|| primal(&x, s, &mut y));
            (json!(y), t)
        }
        "gradient" => {
            let mut g = vec![0.0; n];
            let mut seed = vec![0.0; n];
            seed[n - 1] = 1.0;
            let ((), t) = runs.measure(|| gradient(&x, s, &mut g, &mut y, &seed));
            (json!(g), t)
        }
        other => return Err(super::unknown_function("ode", other)),
    };
    Ok(Evaluated { output, timings })
}
