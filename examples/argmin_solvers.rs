//! argmin's solvers on generated derivatives: L-BFGS minimises the extended Rosenbrock
//! function with the generated gradient, Newton's method uses the Hessian assembled from
//! generated Hessian-vector products, and Gauss–Newton fits a damped oscillation with the
//! Jacobian of a generated residual function. An observer prints the progress.
//!
//! ```text
//! cargo run --release --features argmin --example argmin_solvers
//! ```

use argmin::core::observers::{Observe, ObserverMode};
use argmin::core::{Error, Executor, State, KV};
use argmin::solver::gaussnewton::GaussNewton;
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::newton::Newton;
use argmin::solver::quasinewton::LBFGS;
use differentiable::differentiable;
use differentiable::integrations::argmin::{Cost, LeastSquares};
use nalgebra::DVector;

/// The extended Rosenbrock function; its minimum is 0 at (1, …, 1).
#[differentiable]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        s += a * a + 100.0 * b * b;
    }
    s
}

/// Residuals of a damped oscillation `y = A·exp(−t/τ)·cos(ω t + φ)` against samples.
#[differentiable(wrt(p))]
fn oscillation(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64]) {
    for i in 0..t.len() {
        out[i] = p[0] * (-t[i] / p[1]).exp() * (p[2] * t[i] + p[3]).cos() - y[i];
    }
}

/// Prints the iteration and the cost, as a training loop would.
struct Progress;

impl<I: State<Float = f64>> Observe<I> for Progress {
    fn observe_iter(&mut self, state: &I, _kv: &KV) -> Result<(), Error> {
        println!(
            "  iter {:>3}  cost {:.6e}  best {:.6e}",
            state.get_iter(),
            state.get_cost(),
            state.get_best_cost()
        );
        Ok(())
    }
}

/// Newton's method keeps no cost in its state: this observer evaluates the function and
/// the norm of its gradient at each iterate.
struct NewtonProgress;

impl<I: State<Param = DVector<f64>>> Observe<I> for NewtonProgress {
    fn observe_iter(&mut self, state: &I, _kv: &KV) -> Result<(), Error> {
        let x = state
            .get_param()
            .expect("Newton's method keeps its iterate");
        let mut g = vec![0.0; x.len()];
        let f = rosenbrock_grad(x.as_slice(), &mut g);
        let g_norm = g.iter().map(|g| g * g).sum::<f64>().sqrt();
        println!(
            "  iter {:>3}  f {f:.6e}  |grad| {g_norm:.3e}",
            state.get_iter()
        );
        Ok(())
    }
}

fn lbfgs_rosenbrock() -> Result<(), Error> {
    println!("L-BFGS on the 10-dimensional Rosenbrock function (every 10th iteration):");
    let problem: Cost<Vec<f64>, _, _> = Cost::new(rosenbrock, rosenbrock_grad);
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 7).with_tolerance_grad(1e-10)?;
    let start: Vec<f64> = (0..10)
        .map(|i| if i % 2 == 0 { -1.2 } else { 1.0 })
        .collect();
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(start).max_iters(500))
        .add_observer(Progress, ObserverMode::Every(10))
        .run()?;
    let best = result.state.best_param.as_ref().expect("a best point");
    println!(
        "  stopped after {} iterations ({}): f = {:.3e}, x = {:.6?}\n",
        result.state.iter, result.state.termination_status, result.state.best_cost, best
    );
    Ok(())
}

fn newton_rosenbrock() -> Result<(), Error> {
    println!(
        "Newton's method (Hessian from 4 HVPs per step) on the 4-dimensional Rosenbrock function:"
    );
    let problem: Cost<DVector<f64>, _, _, _> =
        Cost::new(rosenbrock, rosenbrock_grad).with_hvp(rosenbrock_hvp);
    let start = DVector::from_vec(vec![0.8, 0.7, 0.6, 0.5]);
    let result = Executor::new(problem, Newton::<f64>::new())
        .configure(|state| state.param(start).max_iters(10))
        .add_observer(NewtonProgress, ObserverMode::Always)
        .run()?;
    let x = result.state.param.as_ref().expect("the last iterate");
    println!(
        "  after {} iterations: f = {:.3e}, x = {:.9?}\n",
        result.state.iter,
        rosenbrock(x.as_slice()),
        x.as_slice()
    );
    Ok(())
}

/// Samples of the true oscillation (A = 2, τ = 1.5, ω = 4, φ = 0.3) with noise from a
/// fixed-seed generator.
fn samples() -> (Vec<f64>, Vec<f64>) {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut noise = move || {
        // xorshift64*: uniform in [-1, 1)
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    };
    let t: Vec<f64> = (0..60).map(|i| i as f64 * 0.05).collect();
    let y = t
        .iter()
        .map(|&t| 2.0 * (-t / 1.5).exp() * (4.0 * t + 0.3).cos() + 0.02 * noise())
        .collect();
    (t, y)
}

fn gauss_newton_fit() -> Result<(), Error> {
    println!("Gauss-Newton fit of a damped oscillation to 60 noisy samples:");
    let (t, y) = samples();
    let problem: LeastSquares<DVector<f64>, _, _, _> = LeastSquares::new(
        t.len(),
        |p: &[f64], out: &mut [f64]| oscillation(p, &t, &y, out),
        |p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]| {
            oscillation_jvp(p, dp, &t, &y, out, dout)
        },
        |p: &[f64], pb: &mut [f64], out: &mut [f64], seed: &[f64]| {
            oscillation_vjp(p, pb, &t, &y, out, seed)
        },
    );
    let start = DVector::from_vec(vec![1.5, 1.0, 3.8, 0.0]);
    let result = Executor::new(problem, GaussNewton::new())
        .configure(|state| state.param(start).max_iters(30))
        .add_observer(Progress, ObserverMode::Always)
        .run()?;
    let p = result.state.best_param.as_ref().expect("a best point");
    println!(
        "  A = {:.4}, tau = {:.4}, omega = {:.4}, phi = {:.4} (true: 2, 1.5, 4, 0.3); |r| = {:.4}",
        p[0], p[1], p[2], p[3], result.state.best_cost
    );
    Ok(())
}

fn main() -> Result<(), Error> {
    lbfgs_rosenbrock()?;
    newton_rosenbrock()?;
    gauss_newton_fit()
}
