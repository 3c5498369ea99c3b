//! Instruction counts of GradBench-style workloads: the primal and the generated
//! gradient, run `reps` times on deterministic inputs. `run.sh` runs this under
//! valgrind (callgrind) with `reps` = R and 0 and divides the difference by R, so that
//! input generation and the single evaluation printed as `value` cancel out.
//!
//! ```text
//! instructions <workload> <mode> <sizes...> <reps>
//! instructions <workload> check <sizes...>   gradient against central differences
//! instructions check                         every workload at small sizes
//! ```
//!
//! Modes: `primal`, `gradient`, for `det` also `hvp`, and for the criterion suite's
//! workloads also `hand-gradient`, `hvp` and `hand-hvp` (the hand-written versions in
//! `benches/`).
//!
//! Workloads and their sizes: `lse n`, `llsq m n`, `gmm d k n`, `det ell`, and the
//! criterion suite's `mlp` (no size), `lj atoms`, `rprod n` (the running product), and
//! `nest` (no size: a 4 × 4 × 4 loop nest of literal trip counts). The inputs
//! come from the same xorshift stream as the C++ drivers in `cpp/`, so the printed
//! `value` (and `gsum`, the sum of the gradient's entries) can be compared across the
//! two sides.

// The workloads index their slices in `for i in 0..n` loops, as the GradBench
// references do.
#![allow(clippy::needless_range_loop)]

mod det;
mod gmm;
mod llsq;
mod lse;
mod targets;

use std::hint::black_box;
use std::process::ExitCode;

/// xorshift64; the C++ drivers use the same generator and seed.
pub struct Rng(u64);

impl Default for Rng {
    fn default() -> Self {
        Rng(0x9E37_79B9_7F4A_7C15)
    }
}

impl Rng {
    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in [-1, 1).
    pub fn signed(&mut self) -> f64 {
        2.0 * self.unit() - 1.0
    }
}

/// One workload at fixed sizes: the active parameters as one flat vector, the primal
/// and the generated gradient over it.
pub trait Workload {
    fn params(&self) -> &[f64];
    fn params_mut(&mut self) -> &mut [f64];
    fn primal(&self) -> f64;
    /// Overwrites `g` with the gradient; returns the value.
    fn gradient(&self, g: &mut [f64]) -> f64;
    /// The hand-written gradient, where the workload has one.
    fn hand_gradient(&self, _g: &mut [f64]) -> Option<f64> {
        None
    }
    /// The generated H·v along the workload's fixed direction, where it is measured.
    fn hvp(&self, _hv: &mut [f64]) -> Option<f64> {
        None
    }
    /// The hand-written H·v along the same direction.
    fn hand_hvp(&self, _hv: &mut [f64]) -> Option<f64> {
        None
    }
}

fn make(name: &str, sizes: &[usize]) -> Result<Box<dyn Workload>, String> {
    let want = |k: usize| {
        if sizes.len() == k {
            Ok(())
        } else {
            Err(format!(
                "{name} takes {k} size argument(s), got {}",
                sizes.len()
            ))
        }
    };
    let mut rng = Rng::default();
    Ok(match name {
        "lse" => {
            want(1)?;
            Box::new(lse::Lse::new(sizes[0], &mut rng))
        }
        "llsq" => {
            want(2)?;
            Box::new(llsq::Llsq::new(sizes[0], sizes[1], &mut rng))
        }
        "gmm" => {
            want(3)?;
            Box::new(gmm::Gmm::new(sizes[0], sizes[1], sizes[2], &mut rng))
        }
        "det" => {
            want(1)?;
            Box::new(det::Det::new(sizes[0], &mut rng))
        }
        "mlp" => {
            want(0)?;
            Box::new(targets::Mlp::new(&mut rng))
        }
        "lj" => {
            want(1)?;
            Box::new(targets::Lj::new(sizes[0], &mut rng))
        }
        "rprod" => {
            want(1)?;
            Box::new(targets::RunningProduct::new(sizes[0], &mut rng))
        }
        "nest" => {
            want(0)?;
            Box::new(targets::Nest::new(&mut rng))
        }
        _ => {
            return Err(format!(
                "unknown workload {name} (lse, llsq, gmm, det, mlp, lj, rprod, nest)"
            ))
        }
    })
}

fn measure(w: &dyn Workload, mode: &str, reps: usize) -> Result<(), String> {
    let mut g = vec![0.0; w.params().len()];
    let mut acc = 0.0;
    match mode {
        "primal" => {
            println!("value {:.17e}", w.primal());
            for _ in 0..reps {
                acc += black_box(w).primal();
            }
        }
        "gradient" => {
            let v = w.gradient(&mut g);
            println!("value {v:.17e} gsum {:.17e}", g.iter().sum::<f64>());
            for _ in 0..reps {
                acc += black_box(w).gradient(black_box(&mut g[..]));
                acc += g[0];
            }
        }
        "hand-gradient" | "hvp" | "hand-hvp" => {
            let run = |w: &dyn Workload, g: &mut [f64]| match mode {
                "hand-gradient" => w.hand_gradient(g),
                "hvp" => w.hvp(g),
                _ => w.hand_hvp(g),
            };
            let v = run(w, &mut g).ok_or(format!("this workload has no {mode}"))?;
            println!("value {v:.17e} gsum {:.17e}", g.iter().sum::<f64>());
            for _ in 0..reps {
                acc += run(black_box(w), black_box(&mut g[..])).unwrap_or(0.0);
                acc += g[0];
            }
        }
        _ => {
            return Err(format!(
                "unknown mode {mode} (primal, gradient, hand-gradient, hvp, hand-hvp, check)"
            ))
        }
    }
    println!("checksum {acc:.17e}");
    Ok(())
}

/// The gradient against central differences, entry by entry, relative to the largest
/// entry.
fn check(name: &str, sizes: &[usize]) -> Result<(), String> {
    let mut w = make(name, sizes)?;
    let n = w.params().len();
    let mut g = vec![0.0; n];
    let v = w.gradient(&mut g);
    let p = w.primal();
    if (v - p).abs() > 1e-12 * p.abs().max(1.0) {
        return Err(format!(
            "{name} {sizes:?}: gradient's value {v} != primal {p}"
        ));
    }
    let scale = g.iter().fold(1.0_f64, |m, x| m.max(x.abs()));
    let mut worst = 0.0_f64;
    for i in 0..n {
        let x = w.params()[i];
        let h = 1e-6 * x.abs().max(1.0);
        w.params_mut()[i] = x + h;
        let fp = w.primal();
        w.params_mut()[i] = x - h;
        let fm = w.primal();
        w.params_mut()[i] = x;
        let fd = (fp - fm) / (2.0 * h);
        worst = worst.max((g[i] - fd).abs() / scale);
    }
    println!("check {name} {sizes:?}: {n} partials, worst relative error {worst:.2e}");
    if worst > 1e-5 {
        return Err(format!(
            "{name} {sizes:?}: gradient does not match finite differences"
        ));
    }
    // the hand-written versions, where the workload has them, against the generated
    let mut h = vec![0.0; n];
    let pairs = [
        (
            "gradient",
            w.hand_gradient(&mut h).map(|_| h.clone()),
            Some(g),
        ),
        ("H·v", w.hand_hvp(&mut h).map(|_| h.clone()), {
            let mut hv = vec![0.0; n];
            w.hvp(&mut hv).map(|_| hv)
        }),
    ];
    for (what, hand, ours) in pairs {
        if let (Some(hand), Some(ours)) = (hand, ours) {
            let scale = hand.iter().fold(1.0_f64, |m, x| m.max(x.abs()));
            let diff = hand
                .iter()
                .zip(&ours)
                .fold(0.0_f64, |m, (a, b)| m.max((a - b).abs() / scale));
            if diff > 1e-10 {
                return Err(format!(
                    "{name} {sizes:?}: generated {what} differs from the hand-written one by {diff:.2e}"
                ));
            }
        }
    }
    Ok(())
}

fn parse(args: &[String]) -> Result<Vec<usize>, String> {
    args.iter()
        .map(|a| a.parse().map_err(|_| format!("not a size: {a}")))
        .collect()
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [c] if c == "check" => {
            for (name, sizes) in [
                ("lse", &[1000][..]),
                ("llsq", &[128, 16][..]),
                ("llsq", &[8, 33][..]),
                ("gmm", &[2, 5, 20][..]),
                ("gmm", &[4, 3, 20][..]),
                ("det", &[1][..]),
                ("det", &[4][..]),
                ("det", &[6][..]),
                ("mlp", &[][..]),
                ("lj", &[13][..]),
                ("rprod", &[100][..]),
                ("nest", &[][..]),
            ] {
                check(name, sizes)?;
            }
            Ok(())
        }
        [name, mode, rest @ ..] if mode == "check" => check(name, &parse(rest)?),
        [name, mode, rest @ ..] if !rest.is_empty() => {
            let nums = parse(rest)?;
            let (reps, sizes) = nums.split_last().expect("non-empty");
            let w = make(name, sizes)?;
            measure(&*w, mode, *reps)
        }
        _ => Err(
            "usage: instructions <workload> <primal|gradient> <sizes...> <reps> \
                  | instructions <workload> check <sizes...> | instructions check"
                .into(),
        ),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
