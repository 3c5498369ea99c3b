//! Fit a sensor model by least squares with the generated Jacobian: the ring-down of a
//! MEMS resonator, `y = A·exp(−t/τ)·cos(ω t + φ) + c`, sampled with noise.
//! Levenberg–Marquardt prints each iteration; the result comes with standard errors from
//! the covariance `(JᵀJ)⁻¹ s²`, and a plot of the data and the fit goes to
//! `target/curve_fit.svg`. Then the same fit the way firmware would run it: `f32`,
//! fixed-size arrays, the solver's memory a stack array, no heap (a test counts the
//! allocations: `tests/curve_fit.rs`).
//!
//! ```text
//! cargo run --release --example curve_fit
//! ```

use differentiable::differentiable;
use differentiable::least_squares::{
    covariance, workspace_len, Fit, FnResiduals, LevenbergMarquardt,
};

/// Samples of the ring-down.
pub const SAMPLES: usize = 80;
/// Model parameters: amplitude, decay time, angular frequency, phase, offset.
pub const PARAMS: usize = 5;
/// The resonator the samples come from (unknown to the fit).
pub const TRUE_PARAMS: [f64; PARAMS] = [1.8, 0.9, 9.0, 0.4, 0.15];
/// Standard deviation of the measurement noise.
pub const NOISE: f64 = 0.03;
/// The starting guess: what a quick look at the trace gives (peak height, a period count).
pub const START: [f64; PARAMS] = [1.5, 0.6, 8.5, 0.0, 0.0];

/// Residuals of the ring-down model against the samples `(t, y)`: the generated
/// `ringdown_jvp(p, p_tangent, t, y, out, out_tangent)` gives a column of the Jacobian.
#[differentiable(wrt(p))]
pub fn ringdown(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64]) {
    for i in 0..t.len() {
        out[i] = p[0] * (-t[i] / p[1]).exp() * (p[2] * t[i] + p[3]).cos() + p[4] - y[i];
    }
}

/// A fixed-seed generator (xorshift64*) and normal deviates from it (Box–Muller), so
/// every run sees the same noise.
pub struct Noise(u64);

impl Noise {
    /// A generator from its seed (non-zero).
    pub fn new(seed: u64) -> Self {
        Noise(seed)
    }

    fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        // in (0, 1]: the logarithm below stays finite
        ((self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) + 1) as f64 / (1u64 << 53) as f64
    }

    /// A standard normal deviate.
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.uniform(), self.uniform());
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

/// The measured trace: `SAMPLES` points over 3 s from the true resonator, with noise.
pub fn measurements(seed: u64) -> ([f64; SAMPLES], [f64; SAMPLES]) {
    let mut noise = Noise::new(seed);
    let t: [f64; SAMPLES] = std::array::from_fn(|i| 3.0 * i as f64 / SAMPLES as f64);
    let mut clean = [0.0; SAMPLES];
    ringdown(&TRUE_PARAMS, &t, &[0.0; SAMPLES], &mut clean);
    let y = clean.map(|v| v + NOISE * noise.normal());
    (t, y)
}

/// The result of [`fit`].
pub struct Fitted {
    /// The fitted parameters.
    pub params: [f64; PARAMS],
    /// What the solver reports.
    pub fit: Fit<f64>,
    /// The covariance of the parameters, row-major.
    pub cov: [f64; PARAMS * PARAMS],
    /// The residual variance `s²`.
    pub s2: f64,
}

/// Fits the model to `(t, y)` from [`START`], calling `progress` with each iteration.
pub fn fit(
    t: &[f64; SAMPLES],
    y: &[f64; SAMPLES],
    progress: impl FnMut(&differentiable::least_squares::Iteration<'_, f64>),
) -> Fitted {
    let mut problem = FnResiduals::new(
        SAMPLES,
        |p: &[f64], out: &mut [f64]| ringdown(p, t, y, out),
        |p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]| {
            ringdown_jvp(p, dp, t, y, out, dout)
        },
    );
    let mut params = START;
    let mut workspace = vec![0.0; workspace_len(PARAMS, SAMPLES)];
    let fit = LevenbergMarquardt::new().minimize_with(
        &mut problem,
        &mut params,
        &mut workspace,
        progress,
    );
    let mut cov = [0.0; PARAMS * PARAMS];
    let s2 = covariance(&mut problem, &params, &mut workspace, &mut cov)
        .expect("the fit determines every parameter");
    Fitted {
        params,
        fit,
        cov,
        s2,
    }
}

/// The firmware flavour: the same model in `f32` over fixed-size arrays, generic code
/// through `Float` so that it also builds under `#![no_std]`.
pub mod embedded {
    use differentiable::differentiable;
    use differentiable::least_squares::{workspace_len, ArrayResiduals, Fit, LevenbergMarquardt};
    // Float math through the trait (`exp`, `cos`), which `core` lacks for f32.
    #[allow(unused_imports)]
    use differentiable::Float;

    /// Samples in one trace.
    pub const M: usize = super::SAMPLES;
    /// Parameters.
    pub const N: usize = super::PARAMS;
    /// All the memory a fit uses, on the stack.
    pub type Workspace = [f32; workspace_len(N, M)];

    /// The ring-down residuals in `f32`, over fixed-size arrays (a fixed-size
    /// out-parameter keeps every generated derivative off the heap).
    #[differentiable(wrt(p))]
    pub fn ringdown32(p: &[f32], t: &[f32; M], y: &[f32; M], out: &mut [f32; M]) {
        for i in 0..M {
            out[i] = p[0] * (-t[i] / p[1]).exp() * (p[2] * t[i] + p[3]).cos() + p[4] - y[i];
        }
    }

    /// Fits `p` (holding the starting guess) to the trace; allocates nothing.
    pub fn fit(
        t: &[f32; M],
        y: &[f32; M],
        p: &mut [f32; N],
        workspace: &mut Workspace,
    ) -> Fit<f32> {
        let mut problem = ArrayResiduals::new(
            |p: &[f32], out: &mut [f32; M]| ringdown32(p, t, y, out),
            |p: &[f32], dp: &[f32], out: &mut [f32; M], dout: &mut [f32; M]| {
                ringdown32_jvp(p, dp, t, y, out, dout)
            },
        );
        LevenbergMarquardt::new().minimize(&mut problem, p, workspace)
    }
}

const NAMES: [&str; PARAMS] = [
    "A (amplitude)",
    "tau (s)",
    "omega (rad/s)",
    "phi (rad)",
    "c (offset)",
];

fn main() {
    let (t, y) = measurements(2024);
    println!("Levenberg-Marquardt on {SAMPLES} samples of a ring-down, 5 parameters:");
    println!(
        "{:>5} {:>14} {:>11} {:>10}  step",
        "iter", "cost", "|grad|", "damping"
    );
    let fitted = fit(&t, &y, |it| {
        println!(
            "{:>5} {:>14.6e} {:>11.3e} {:>10.2e}  {}",
            it.iteration,
            it.cost,
            it.grad_norm,
            it.damping,
            if it.iteration == 0 {
                "start"
            } else if it.accepted {
                "accepted"
            } else {
                "refused"
            }
        );
    });
    let f = &fitted.fit;
    println!(
        "stopped: {:?} after {} iterations ({} residual evaluations, {} Jacobians)\n",
        f.stop, f.iterations, f.residual_evals, f.jacobian_evals
    );
    println!(
        "{:<15} {:>10} {:>10} {:>10}",
        "parameter", "fitted", "sigma", "true"
    );
    for i in 0..PARAMS {
        let sigma = fitted.cov[i * PARAMS + i].sqrt();
        println!(
            "{:<15} {:>10.4} {:>10.4} {:>10.4}",
            NAMES[i], fitted.params[i], sigma, TRUE_PARAMS[i]
        );
    }
    println!(
        "residual standard deviation s = {:.4} (noise {NOISE}); correlation of omega and phi {:.2}",
        fitted.s2.sqrt(),
        fitted.cov[2 * PARAMS + 3]
            / (fitted.cov[2 * PARAMS + 2] * fitted.cov[3 * PARAMS + 3]).sqrt()
    );

    let t32 = t.map(|v| v as f32);
    let y32 = y.map(|v| v as f32);
    let mut p32 = START.map(|v| v as f32);
    let mut workspace: embedded::Workspace = [0.0; workspace_len(PARAMS, SAMPLES)];
    let fit32 = embedded::fit(&t32, &y32, &mut p32, &mut workspace);
    println!(
        "\nf32, no heap ({} bytes of workspace on the stack): {:?} after {} iterations\n  params {:.4?}",
        std::mem::size_of::<embedded::Workspace>(),
        fit32.stop,
        fit32.iterations,
        p32
    );

    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("curve_fit.svg");
    match plot(&t, &y, &fitted.params, &path) {
        Ok(()) => println!("\nData and fit drawn to {}", path.display()),
        Err(e) => eprintln!("\ncould not write {}: {e}", path.display()),
    }
}

/// The samples as points and the fitted model as a line.
fn plot(
    t: &[f64; SAMPLES],
    y: &[f64; SAMPLES],
    p: &[f64; PARAMS],
    path: &std::path::Path,
) -> Result<(), Box<dyn std::error::Error>> {
    use plotters::prelude::*;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let root = SVGBackend::new(path, (800, 450)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Resonator ring-down: samples and the least-squares fit",
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(0.0..3.0, -2.0..2.2)?;
    chart.configure_mesh().x_desc("t (s)").y_desc("y").draw()?;
    chart
        .draw_series(
            t.iter()
                .zip(y)
                .map(|(&t, &y)| Circle::new((t, y), 3, BLUE.filled())),
        )?
        .label("samples")
        .legend(|(x, y)| Circle::new((x + 10, y), 3, BLUE.filled()));
    let curve = (0..=600).map(|k| {
        let t = 3.0 * k as f64 / 600.0;
        let mut out = [0.0];
        ringdown(p, &[t], &[0.0], &mut out);
        (t, out[0])
    });
    chart
        .draw_series(LineSeries::new(curve, RED.stroke_width(2)))?
        .label("fit")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], RED.stroke_width(2)));
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
