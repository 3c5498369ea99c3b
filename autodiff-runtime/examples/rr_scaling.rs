//! How Ridge Rider's cost grows with the dimension, for BENCHMARKS.md.
//!
//! `cargo run -p autodiff-runtime --release --example rr_scaling`
//!
//! The problem is the two-scale function of the Ridge Rider example,
//! `(x⁴ − 2x²) + 3(y⁴/81 − 2y²/9) + x²y²` in `(x₀, x₁)`, coupled to `n − 2` further
//! coordinates by `½ Σᵢ cᵢ (xᵢ − x₀x₁/2)²` with `cᵢ` spread over `[1, 4)`. The coupling
//! bends the ridges out of the plane, so tracking them takes real work, while the tree
//! of rides (and the four minima found) is the same for every `n`: what grows is the
//! cost of each HVP (`O(n)`) and of each eigen-solve. Derivatives are written by hand
//! (an HVP costs about as much as a gradient, as a generated `f_hvp` would).

use std::time::Instant;

use autodiff_runtime::ridge_rider::RidgeRider;
use autodiff_runtime::saddle::Objective;

pub struct BentTwoScale(pub usize);

impl BentTwoScale {
    fn c(&self, i: usize) -> f64 {
        1.0 + 3.0 * (i - 2) as f64 / self.0 as f64
    }
}

impl Objective for BentTwoScale {
    fn dim(&self) -> usize {
        self.0
    }
    fn value(&self, p: &[f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        let base =
            x.powi(4) - 2.0 * x * x + 3.0 * (y.powi(4) / 81.0 - 2.0 * y * y / 9.0) + x * x * y * y;
        let q = 0.5 * x * y;
        base + (2..self.0)
            .map(|i| 0.5 * self.c(i) * (p[i] - q).powi(2))
            .sum::<f64>()
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        g[0] = 4.0 * x.powi(3) - 4.0 * x + 2.0 * x * y * y;
        g[1] = 4.0 * y.powi(3) / 27.0 - 4.0 * y / 3.0 + 2.0 * x * x * y;
        let q = 0.5 * x * y;
        for i in 2..self.0 {
            let cr = self.c(i) * (p[i] - q);
            g[i] = cr;
            g[0] -= 0.5 * y * cr;
            g[1] -= 0.5 * x * cr;
        }
        self.value(p)
    }
    fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
        let (x, y) = (p[0], p[1]);
        hv[0] = (12.0 * x * x - 4.0 + 2.0 * y * y) * v[0] + 4.0 * x * y * v[1];
        hv[1] = 4.0 * x * y * v[0] + (4.0 * y * y / 9.0 - 4.0 / 3.0 + 2.0 * x * x) * v[1];
        let q = 0.5 * x * y;
        for i in 2..self.0 {
            let c = self.c(i);
            let r = p[i] - q;
            let dr_v = v[i] - 0.5 * (y * v[0] + x * v[1]);
            hv[i] = c * dr_v;
            hv[0] += c * (-0.5 * y * dr_v - 0.5 * r * v[1]);
            hv[1] += c * (-0.5 * x * dr_v - 0.5 * r * v[0]);
        }
    }
}

fn main() {
    println!("| n | mode | time (ms) | rides | minima | best f | HVPs | HVPs / ride | steps / ride | ride HVPs / step | HVPs at branch points and polishing |");
    println!("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for n in [2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000] {
        for approximate in [Some(4), None] {
            if approximate.is_none() && n > 1000 {
                continue;
            }
            let obj = BentTwoScale(n);
            let mut rr = RidgeRider::new(&obj).step_size(0.05);
            if let Some(m) = approximate {
                rr = rr.approximate(m);
            }
            let reps = if n <= 100 { 5 } else { 1 };
            let t0 = Instant::now();
            let mut tree = rr.explore(&vec![0.0; n], |_| {});
            for _ in 1..reps {
                tree = rr.explore(&vec![0.0; n], |_| {});
            }
            let ms = t0.elapsed().as_secs_f64() * 1e3 / reps as f64;
            let rides = tree.rides.len();
            let ride_hvps: usize = tree.rides.iter().map(|r| r.hvps).sum();
            let steps: usize = tree.rides.iter().map(|r| r.steps).sum();
            let best = tree.minima().map(|l| l.value).fold(f64::INFINITY, f64::min);
            let mode = match approximate {
                Some(m) => format!("approximate({m})"),
                None => "exact".to_string(),
            };
            println!(
                "| {n} | {mode} | {ms:.1} | {rides} | {} | {best:.6} | {} | {:.1} | {:.1} | {:.2} | {} |",
                tree.minima().count(),
                tree.hvps,
                ride_hvps as f64 / rides as f64,
                steps as f64 / rides as f64,
                ride_hvps as f64 / steps.max(1) as f64,
                tree.hvps - ride_hvps,
            );
        }
    }
}
