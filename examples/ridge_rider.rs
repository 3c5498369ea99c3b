//! Ridge Rider: gradient descent finds the solution that is easy to reach; following
//! the ridges of the Hessian finds them all.
//!
//! ```text
//! cargo run --release --example ridge_rider
//! ```
//!
//! The loss is `f(x, y) = (x⁴ − 2x²) + 3(y⁴/81 − 2y²/9) + x²y²`. The origin is a maximum.
//! Two shallow minima `(±1, 0)` with `f = −1` sit close to it along the steep `x`
//! direction; the two global minima `(0, ±3)` with `f = −3` are far away along the
//! gentle `y` direction. Gradient descent from near the origin almost always slides
//! into a shallow minimum. Ridge Rider starts at the maximum, follows each eigenvector
//! of negative curvature downhill (a ride), branches again where a ride ends, and
//! polishes every branch to a minimum: it returns all four, each with the fingerprint
//! of the rides that led to it.
//!
//! `#[differentiable]` writes the gradient and the exact Hessian-vector product of the
//! loss; the program prints the tree of rides as it grows, compares the distinct
//! solutions with what gradient descent from random starts finds, and draws the
//! landscape, every ride and every minimum into an SVG file.

use differentiable::differentiable;
use differentiable::ridge_rider::{Event, Exploration, Leaf, LeafKind, RideStop, RidgeRider};
use differentiable::saddle::{FnObjective, Objective};
use plotters::prelude::*;

/// The loss: a maximum at the origin, shallow minima at (±1, 0), deep ones at (0, ±3).
#[differentiable]
fn two_scale(x: &[f64]) -> f64 {
    let a = x[0];
    let b = x[1];
    a * a * a * a - 2.0 * a * a + 3.0 * (b * b * b * b / 81.0 - 2.0 * b * b / 9.0) + a * a * b * b
}

/// Random starts for gradient descent, uniform in the square `[-r, r]²`
/// (a small xorshift generator, so the example needs no dependency).
fn random_starts(count: usize, r: f64) -> Vec<[f64; 2]> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..count)
        .map(|_| [r * (2.0 * next() - 1.0), r * (2.0 * next() - 1.0)])
        .collect()
}

/// Plain gradient descent with a fixed learning rate: the baseline.
fn gradient_descent(obj: &impl Objective, start: [f64; 2]) -> [f64; 2] {
    let (mut x, mut g) = (start, [0.0; 2]);
    for _ in 0..5000 {
        obj.grad(&x, &mut g);
        x[0] -= 0.02 * g[0];
        x[1] -= 0.02 * g[1];
    }
    x
}

fn describe(stop: RideStop) -> &'static str {
    match stop {
        RideStop::CurvatureNonNegative => "curvature no longer negative",
        RideStop::LossIncreased => "loss stopped decreasing",
        RideStop::LostTrack => "ridge lost",
        RideStop::Degenerate => "degenerate point",
        RideStop::StepLimit => "step limit",
        RideStop::DistanceLimit => "distance limit (unbounded)",
        RideStop::LossFloor => "loss floor (unbounded)",
        RideStop::NonFinite => "non-finite loss (unbounded)",
        _ => "other",
    }
}

/// Prints the tree of rides as the depth-first search produces it.
fn print_event(e: &Event<'_>) {
    match e {
        Event::Start { x, value, ridges } => {
            println!(
                "start ({:+.3}, {:+.3})  f = {value:.4}  {ridges} rides leave it",
                x[0], x[1]
            );
        }
        Event::Ride { ride, children } => {
            let indent = "   ".repeat(ride.path.len() - 1);
            let last = ride.path.branches().last().expect("a ride has a branch");
            let next = if *children > 0 {
                format!(", {children} rides branch from its end")
            } else {
                String::new()
            };
            println!(
                "{indent}└─ ride {last:<3} λ {:+.2} → {:+.2}  {:>3} steps  f {:+.3} → {:+.3}  {:>3} HVPs  ({}{next})",
                ride.start_eigenvalue,
                ride.end_eigenvalue,
                ride.steps,
                ride.start_value,
                ride.end_value,
                ride.hvps,
                describe(ride.stop),
            );
        }
        Event::Leaf { leaf, new } => {
            let indent = "   ".repeat(leaf.path.len().max(1));
            if *new {
                println!(
                    "{indent}⇒ {:?} at ({:+.6}, {:+.6})  f = {:+.6}  (new, path {})",
                    leaf.kind, leaf.x[0], leaf.x[1], leaf.value, leaf.path
                );
            } else {
                let latest = leaf.other_paths.last().expect("a merged path");
                println!(
                    "{indent}⇒ {:?} at ({:+.6}, {:+.6}) again, by path {latest}",
                    leaf.kind, leaf.x[0], leaf.x[1]
                );
            }
        }
        _ => {}
    }
}

fn main() {
    let obj = FnObjective::new(2, two_scale, two_scale_grad, two_scale_hvp);

    println!("Ridge Rider on f(x, y) = (x⁴ − 2x²) + 3(y⁴/81 − 2y²/9) + x²y², from the maximum at the origin\n");
    let tree = RidgeRider::new(&obj)
        .step_size(0.05)
        .record_trajectories(true)
        .explore(&[0.0, 0.0], print_event);
    let minima: Vec<&Leaf> = tree.minima().collect();
    println!(
        "\n{} rides, {} distinct leaves, {} HVPs, {} gradients in total\n",
        tree.rides.len(),
        tree.leaves.len(),
        tree.hvps,
        tree.gradients
    );

    let starts = random_starts(1000, 0.5);
    let ends: Vec<[f64; 2]> = starts.iter().map(|&s| gradient_descent(&obj, s)).collect();
    let deep: Vec<bool> = ends.iter().map(|e| obj.value(&e[..]) < -2.0).collect();
    println!("Distinct solutions, and how often gradient descent from 1000 random starts in [-0.5, 0.5]² reaches each:\n");
    println!("| solution | f | Ridge Rider: paths (fingerprints) | gradient descent |");
    println!("|---|---:|---|---:|");
    let mut sorted = minima.clone();
    sorted.sort_by(|a, b| a.value.total_cmp(&b.value).then(a.x[1].total_cmp(&b.x[1])));
    let mut reached = 0;
    for m in &sorted {
        let hits = ends
            .iter()
            .filter(|e| (e[0] - m.x[0]).hypot(e[1] - m.x[1]) < 1e-3)
            .count();
        reached += hits;
        let paths: Vec<String> = std::iter::once(&m.path)
            .chain(&m.other_paths)
            .map(|p| format!("`{p}`"))
            .collect();
        println!(
            "| ({:+.4}, {:+.4}) | {:+.6} | {} | {:.1}% |",
            m.x[0],
            m.x[1],
            m.value,
            paths.join(", "),
            100.0 * hits as f64 / ends.len() as f64
        );
    }
    if reached < ends.len() {
        println!(
            "| elsewhere | | | {:.1}% |",
            100.0 * (ends.len() - reached) as f64 / ends.len() as f64
        );
    }
    let best = sorted.first().map_or(f64::NAN, |l| l.value);
    let gd_best = ends
        .iter()
        .filter(|e| (obj.value(&e[..]) - best).abs() < 1e-6)
        .count();
    println!(
        "\nRidge Rider found all {} minima, including the global ones (f = {best:.4}); gradient descent reached a global minimum from {gd_best} of 1000 starts.",
        minima.len()
    );

    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("ridge_rider.svg");
    match draw(&obj, &tree, &starts, &deep, &path) {
        Ok(()) => println!("\nLandscape, rides and minima drawn to {}", path.display()),
        Err(e) => eprintln!("\ncould not write {}: {e}", path.display()),
    }
}

/// Contour segments of `f` at `level` on a grid, by marching squares.
fn contour_segments(
    f: &impl Fn(f64, f64) -> f64,
    (x0, x1, y0, y1): (f64, f64, f64, f64),
    (nx, ny): (usize, usize),
    level: f64,
) -> Vec<[(f64, f64); 2]> {
    let dx = (x1 - x0) / nx as f64;
    let dy = (y1 - y0) / ny as f64;
    let grid: Vec<Vec<f64>> = (0..=ny)
        .map(|j| {
            (0..=nx)
                .map(|i| f(x0 + i as f64 * dx, y0 + j as f64 * dy))
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    for j in 0..ny {
        for i in 0..nx {
            // Corners counter-clockwise from the bottom left, and the four edges between them.
            let c = [
                (x0 + i as f64 * dx, y0 + j as f64 * dy, grid[j][i]),
                (x0 + (i + 1) as f64 * dx, y0 + j as f64 * dy, grid[j][i + 1]),
                (
                    x0 + (i + 1) as f64 * dx,
                    y0 + (j + 1) as f64 * dy,
                    grid[j + 1][i + 1],
                ),
                (x0 + i as f64 * dx, y0 + (j + 1) as f64 * dy, grid[j + 1][i]),
            ];
            let mut crossings = Vec::new();
            for k in 0..4 {
                let (a, b) = (c[k], c[(k + 1) % 4]);
                if (a.2 < level) != (b.2 < level) {
                    let t = (level - a.2) / (b.2 - a.2);
                    crossings.push((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)));
                }
            }
            for pair in crossings.chunks(2) {
                if let [p, q] = pair {
                    out.push([*p, *q]);
                }
            }
        }
    }
    out
}

fn draw(
    obj: &impl Objective,
    tree: &Exploration,
    gd_starts: &[[f64; 2]],
    gd_deep: &[bool],
    path: &std::path::Path,
) -> Result<(), Box<dyn std::error::Error>> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let (x0, x1, y0, y1) = (-3.2, 3.2, -4.0, 4.0);
    let root = SVGBackend::new(path, (900, 1000)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Ridge Rider on (x⁴−2x²) + 3(y⁴/81−2y²/9) + x²y²",
            ("sans-serif", 22),
        )
        .margin(15)
        .x_label_area_size(35)
        .y_label_area_size(45)
        .build_cartesian_2d(x0..x1, y0..y1)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc("x")
        .y_desc("y")
        .draw()?;

    let f = |x: f64, y: f64| obj.value(&[x, y]);
    let levels = [
        -2.9, -2.5, -2.0, -1.5, -0.9, -0.5, 0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0,
    ];
    for (k, &level) in levels.iter().enumerate() {
        let shade = 0.15 + 0.75 * k as f64 / levels.len() as f64;
        let color = HSLColor(0.6 - 0.55 * shade, 0.55, 0.75 - 0.25 * shade);
        let segments = contour_segments(&f, (x0, x1, y0, y1), (160, 200), level);
        chart.draw_series(
            segments
                .into_iter()
                .map(move |[p, q]| PathElement::new(vec![p, q], color.stroke_width(1))),
        )?;
    }

    // Gradient descent's random starts, coloured by the minimum each one falls into.
    let shallow_color = RGBColor(90, 90, 90);
    let deep_color = RGBColor(230, 120, 0);
    chart
        .draw_series(
            gd_starts
                .iter()
                .zip(gd_deep)
                .filter(|(_, &d)| !d)
                .map(|(s, _)| Circle::new((s[0], s[1]), 1, shallow_color.filled())),
        )?
        .label("gradient descent start → shallow minimum (±1, 0)")
        .legend(move |(x, y)| Circle::new((x + 8, y), 3, shallow_color.filled()));
    chart
        .draw_series(
            gd_starts
                .iter()
                .zip(gd_deep)
                .filter(|(_, &d)| d)
                .map(|(s, _)| Circle::new((s[0], s[1]), 2, deep_color.filled())),
        )?
        .label("gradient descent start → global minimum (0, ±3)")
        .legend(move |(x, y)| Circle::new((x + 8, y), 3, deep_color.filled()));

    let palette = [
        RGBColor(214, 39, 40),
        RGBColor(31, 119, 180),
        RGBColor(44, 160, 44),
        RGBColor(148, 103, 189),
    ];
    let mut labelled = [false; 4];
    for ride in &tree.rides {
        let depth = (ride.path.len() - 1) % palette.len();
        let color = palette[depth];
        let points: Vec<(f64, f64)> = ride.trajectory.iter().map(|p| (p[0], p[1])).collect();
        let series = chart.draw_series(LineSeries::new(points, color.stroke_width(3)))?;
        if !labelled[depth] {
            labelled[depth] = true;
            let what = if depth == 0 {
                "rides from the maximum".to_string()
            } else {
                format!("rides at depth {}", depth + 1)
            };
            series.label(what).legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(3))
            });
        }
    }
    // Polishing: from the end of every path's last ride to its leaf.
    let polish_color = BLACK.mix(0.6);
    chart
        .draw_series(std::iter::empty::<PathElement<(f64, f64)>>())?
        .label("polishing")
        .legend(move |(x, y)| {
            PathElement::new(vec![(x, y), (x + 16, y)], polish_color.stroke_width(1))
        });
    for leaf in &tree.leaves {
        for p in std::iter::once(&leaf.path).chain(&leaf.other_paths) {
            if let Some(ride) = tree.rides.iter().find(|r| &r.path == p) {
                chart.draw_series(std::iter::once(PathElement::new(
                    vec![(ride.end[0], ride.end[1]), (leaf.x[0], leaf.x[1])],
                    polish_color.stroke_width(1),
                )))?;
            }
        }
    }
    chart
        .draw_series(std::iter::once(TriangleMarker::new(
            (tree.start[0], tree.start[1]),
            9,
            BLACK.filled(),
        )))?
        .label("start: the maximum")
        .legend(|(x, y)| TriangleMarker::new((x + 8, y), 5, BLACK.filled()));
    let minima: Vec<&Leaf> = tree
        .leaves
        .iter()
        .filter(|l| l.kind == LeafKind::Minimum)
        .collect();
    chart
        .draw_series(
            minima
                .iter()
                .map(|l| Circle::new((l.x[0], l.x[1]), 7, RGBColor(255, 190, 0).filled())),
        )?
        .label("minima found by Ridge Rider")
        .legend(|(x, y)| Circle::new((x + 8, y), 5, RGBColor(255, 190, 0).filled()));
    chart.draw_series(minima.iter().map(|l| {
        Text::new(
            format!("f = {:.2}  ({})", l.value, l.path),
            (l.x[0] - 0.45, l.x[1] + 0.3),
            ("sans-serif", 15).into_font(),
        )
    }))?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .label_font(("sans-serif", 13))
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
