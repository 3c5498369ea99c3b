//! Train a small tanh network on XOR with every optimizer in `differentiable::optim`
//! and compare them.
//!
//! The loss is an ordinary Rust function over a flat weight slice; `#[differentiable]`
//! writes its gradient `loss_grad(w, gw)`, which `optim::minimize_with` drives. The
//! program prints a table (steps until the loss first falls below a threshold, final
//! loss) and writes the loss curves to an SVG plot.
//!
//! ```text
//! cargo run --example train_mlp [-- path/to/plot.svg]
//! ```

use differentiable::differentiable;
use differentiable::optim::{
    minimize_with, Adagrad, Adam, MinimizeOptions, Optimizer, RmsProp, Sgd,
};
use plotters::prelude::*;

/// The four XOR inputs and targets.
const X: [[f64; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
const Y: [f64; 4] = [0.0, 1.0, 1.0, 0.0];

/// Hidden units. Weight layout in the flat slice `w` (length `4 H + 1`):
/// `w[2j], w[2j+1]` input weights of unit j, `w[2H + j]` its bias,
/// `w[3H + j]` its output weight, `w[4H]` the output bias.
const H: usize = 4;
const N_WEIGHTS: usize = 4 * H + 1;

/// Mean squared error of the network `y = b + Σ_j v_j tanh(W_j · x + c_j)` on XOR.
#[differentiable]
fn loss(w: &[f64]) -> f64 {
    let mut total = 0.0;
    for k in 0..4 {
        let mut out = w[4 * H];
        for j in 0..H {
            let h = (w[2 * j] * X[k][0] + w[2 * j + 1] * X[k][1] + w[2 * H + j]).tanh();
            out += w[3 * H + j] * h;
        }
        let e = out - Y[k];
        total += e * e;
    }
    total / 4.0
}

/// The same starting weights for every optimizer: uniform in [-1, 1) from a fixed
/// linear congruential sequence, so runs are reproducible without a `rand` dependency.
fn initial_weights() -> Vec<f64> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    (0..N_WEIGHTS)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0
        })
        .collect()
}

/// Loss threshold for the "steps to reach" column.
const THRESHOLD: f64 = 1e-3;
const STEPS: usize = 1000;
/// Losses below this are rounding noise; the plot's axis stops there.
const PLOT_FLOOR: f64 = 1e-16;

struct Run {
    name: &'static str,
    history: Vec<f64>,
}

fn train(name: &'static str, opt: &mut dyn Optimizer<f64>) -> Run {
    // grad_tol 0: run the full budget so the curves are comparable.
    let options = MinimizeOptions::new()
        .max_iters(STEPS)
        .grad_tol(0.0)
        .report_every(250);
    let result = minimize_with(loss_grad, &initial_weights(), opt, &options, |p| {
        println!("  {name:<9} step {:>5}  loss {:.3e}", p.iteration, p.loss);
    });
    // The generated gradient function returns the loss too; cross-check it against
    // the plain function at the final weights.
    assert_eq!(result.loss, loss(&result.x));
    Run {
        name,
        history: result.history,
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs = [
        train("SGD", &mut Sgd::new(0.2)),
        train("momentum", &mut Sgd::new(0.05).momentum(0.9)),
        train("Nesterov", &mut Sgd::new(0.05).momentum(0.9).nesterov(true)),
        train("Adagrad", &mut Adagrad::new(0.1)),
        train("RMSprop", &mut RmsProp::new(0.005)),
        train("Adam", &mut Adam::new(0.02)),
    ];

    println!();
    println!(
        "{:<10} {:>22} {:>12}",
        "optimizer",
        format!("steps to loss < {THRESHOLD:e}"),
        "final loss"
    );
    for run in &runs {
        let reached = run.history.iter().position(|&l| l < THRESHOLD);
        let reached = reached.map_or_else(|| "not reached".to_string(), |k| k.to_string());
        let last = run.history.last().copied().unwrap_or(f64::NAN);
        println!("{:<10} {reached:>22} {last:>12.3e}", run.name);
    }

    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "train_mlp_loss.svg".to_string());
    plot(&runs, &path)?;
    println!("\nloss curves written to {path}");
    Ok(())
}

/// Loss against step, log scale, one line per optimizer.
fn plot(runs: &[Run], path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::new(path, (800, 500)).into_drawing_area();
    root.fill(&WHITE)?;
    let lowest = runs
        .iter()
        .flat_map(|r| r.history.iter().copied())
        .filter(|l| *l > 0.0)
        .fold(f64::INFINITY, f64::min)
        .max(PLOT_FLOOR);
    let highest = runs
        .iter()
        .flat_map(|r| r.history.iter().copied())
        .fold(0.0, f64::max);
    let mut chart = ChartBuilder::on(&root)
        .caption("XOR, 2-4-1 tanh network: training loss", ("sans-serif", 22))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(0..STEPS, (lowest..highest * 1.5).log_scale())?;
    chart
        .configure_mesh()
        .x_desc("step")
        .y_desc("mean squared error")
        .y_label_formatter(&|v| format!("{v:.0e}"))
        .draw()?;
    for (i, run) in runs.iter().enumerate() {
        let color = Palette99::pick(i).to_rgba();
        chart
            .draw_series(LineSeries::new(
                run.history
                    .iter()
                    .enumerate()
                    .map(|(k, &l)| (k, l.max(lowest))),
                color.stroke_width(2),
            ))?
            .label(run.name)
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .position(SeriesLabelPosition::LowerRight)
        .draw()?;
    root.present()?;
    Ok(())
}
