//! The checking harness shared by the test targets: every generated program is seen as a
//! [`Case`] and checked by [`check`] against num-dual (its twin `pN_d` over hyper-dual
//! numbers), against the other modes and against finite differences.

// A target may hold few programs (`RANDOM_ONLY`) that use few of these items.
#![allow(dead_code, unused_imports)]

mod call_helpers;
mod data_helpers;
mod prelude;

pub use call_helpers::*;
pub use data_helpers::*;
pub use differentiable::differentiable;
pub use num_dual::{DualNum, HyperDual64};
pub use num_traits::{Float, NumAssign};
pub use prelude::*;

use std::panic::{catch_unwind, AssertUnwindSafe};

/// A generated program seen through uniform closures over a flat input vector (the
/// slice's elements, then the extra scalar `y` if there is one) and the program's random
/// stream (ignored by programs without an `rng: &mut Lcg` parameter).
#[allow(clippy::type_complexity)]
pub struct Case {
    /// The generator seed.
    pub seed: u64,
    /// The program's index in its seed's sequence (`pN`).
    pub index: usize,
    /// The number of active inputs.
    pub n: usize,
    pub f: fn(&[f64], &mut Lcg) -> f64,
    pub jvp: fn(&[f64], &[f64], &mut Lcg) -> (f64, f64),
    /// Adds `s * gradient` into the last slice.
    pub vjp: fn(&[f64], f64, &mut [f64], &mut Lcg) -> f64,
    /// Overwrites the last slice with the gradient.
    pub grad: fn(&[f64], &mut [f64], &mut Lcg) -> f64,
    /// Overwrites the last slice with H v (`None` for a program calling a generated
    /// derivative, which has no `_hvp`).
    pub hvp: Option<fn(&[f64], &[f64], &mut [f64], &mut Lcg) -> f64>,
    /// The num-dual twin, over hyper-dual numbers (first derivatives in `eps1`).
    pub dual: fn(&[HyperDual64], &mut Lcg) -> HyperDual64,
}

/// A generated program with an out-parameter `out` of length `m`, seen through uniform
/// closures: the flat inputs as for [`Case`], the outputs `o` (prefilled with NaN by
/// [`check_out`], so an element left unwritten shows), their tangents `ot` and their
/// seeds `os`. A program returning `()` returns 0.0 (a zero tangent) through them.
#[allow(clippy::type_complexity)]
pub struct OutCase {
    /// The generator seed.
    pub seed: u64,
    /// The program's index in its seed's sequence (`pN`).
    pub index: usize,
    /// The number of active inputs.
    pub n: usize,
    /// The length of `out`.
    pub m: usize,
    /// Fills `o`; returns the float result.
    pub f: fn(&[f64], &mut [f64], &mut Lcg) -> f64,
    /// Fills `o` and its tangent `ot`; returns the float result and its tangent.
    pub jvp: fn(&[f64], &[f64], &mut [f64], &mut [f64], &mut Lcg) -> (f64, f64),
    /// `(x, os, s, bar, o, rng)`: fills `o`, adds `J_outᵀ os + s ∇result` into `bar`;
    /// returns the float result.
    pub vjp: fn(&[f64], &[f64], f64, &mut [f64], &mut [f64], &mut Lcg) -> f64,
    /// The num-dual twin over hyper-dual numbers: fills `o`, returns the float result.
    pub dual: fn(&[HyperDual64], &mut [HyperDual64], &mut Lcg) -> HyperDual64,
}

/// xorshift64*: seeded, reproducible (the test points).
struct Rng(u64);

impl Rng {
    fn new(name: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in name.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        lo + (hi - lo) * u
    }
}

/// How many draws of `Lcg` lead from `from` to `to` (for messages; `None` beyond 100 000).
fn draws(from: u64, to: u64) -> Option<u32> {
    let mut l = Lcg(from);
    (0..100_000).find(|_| {
        let at = l.0 == to;
        l.uniform();
        at
    })
}

/// Runs `eval` with a fresh `Lcg` seeded `s0`; asserts it left the stream at `want`.
fn with_lcg<R>(s0: u64, want: u64, ctx: &str, what: &str, eval: impl FnOnce(&mut Lcg) -> R) -> R {
    let mut l = Lcg(s0);
    let out = eval(&mut l);
    assert!(
        l.0 == want,
        "{ctx}: {what} drew {:?} random numbers, the original function {:?}",
        draws(s0, l.0),
        draws(s0, want)
    );
    out
}

/// Relative closeness with a floor of 1 on the scale (values are O(1) by construction).
fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * a.abs().max(b.abs()).max(1.0)
}

const TOL: f64 = 1e-9;
const FD_TOL: f64 = 2e-5;
const H: f64 = 1e-5;

/// Checks one program at 3 seeded random points; panics with the first mismatch.
pub fn check(c: &Case) {
    let n = c.n;
    let mut rng = Rng::new(&format!("seed {} p{}", c.seed, c.index));
    for point in 0..3 {
        let x: Vec<f64> = (0..n).map(|_| rng.uniform(-1.5, 1.5)).collect();
        let v: Vec<f64> = (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let seed = rng.uniform(0.5, 2.0);
        let w = rng.uniform(-2.0, 2.0);
        let s0 = rng.next();
        let ctx = format!("point {point}: x = {x:?}, v = {v:?}");
        // every evaluation starts the program's random stream afresh at s0 and must leave it
        // where the original function does
        let mut l = Lcg(s0);
        let f0 = (c.f)(&x, &mut l);
        let s1 = l.0;
        assert!(f0.is_finite(), "{ctx}: value {f0}");

        // Oracle: num-dual's hyper-dual numbers, one evaluation of the twin per input
        // (eps1 = e_i gives the gradient, eps2 = v gives H v) and one along v.
        let unit =
            |i: usize| -> Vec<f64> { (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect() };
        let hyper_at = |d1: &[f64], d2: &[f64], what: &str| {
            let xh: Vec<HyperDual64> = (0..n)
                .map(|j| HyperDual64::new(x[j], d1[j], d2[j], 0.0))
                .collect();
            with_lcg(s0, s1, &ctx, what, |l| (c.dual)(&xh, l))
        };
        let zero = vec![0.0; n];
        let jvp_o = hyper_at(&v, &zero, "the num-dual twin");
        let (grad_o, hv_o): (Vec<f64>, Vec<f64>) = (0..n)
            .map(|i| {
                let h = hyper_at(&unit(i), &v, "the num-dual twin");
                (h.eps1, h.eps1eps2)
            })
            .unzip();
        assert!(
            close(jvp_o.re, f0, TOL),
            "{ctx}: dual twin value {} vs {f0}",
            jvp_o.re
        );

        // jvp
        let (val, t) = with_lcg(s0, s1, &ctx, "_jvp", |l| (c.jvp)(&x, &v, l));
        assert!(close(val, f0, 1e-12), "{ctx}: jvp value {val} vs {f0}");
        assert!(
            close(t, jvp_o.eps1, TOL),
            "{ctx}: jvp {t} vs num-dual {}",
            jvp_o.eps1
        );

        // grad (overwrites)
        let mut g = vec![f64::NAN; n];
        let val = with_lcg(s0, s1, &ctx, "_grad", |l| (c.grad)(&x, &mut g, l));
        assert!(close(val, f0, 1e-12), "{ctx}: grad value {val} vs {f0}");
        for i in 0..n {
            assert!(
                close(g[i], grad_o[i], TOL),
                "{ctx}: grad[{i}] {} vs num-dual {}",
                g[i],
                grad_o[i]
            );
        }

        // vjp (accumulates)
        let mut bar = vec![0.25; n];
        let val = with_lcg(s0, s1, &ctx, "_vjp", |l| (c.vjp)(&x, seed, &mut bar, l));
        assert!(close(val, f0, 1e-12), "{ctx}: vjp value {val} vs {f0}");
        for i in 0..n {
            let want = 0.25 + seed * grad_o[i];
            assert!(
                close(bar[i], want, TOL),
                "{ctx}: vjp[{i}] {} vs num-dual {want}",
                bar[i]
            );
        }

        // hvp (overwrites)
        let hv = c.hvp.map(|hvp| {
            let mut hv = vec![f64::NAN; n];
            let val = with_lcg(s0, s1, &ctx, "_hvp", |l| hvp(&x, &v, &mut hv, l));
            assert!(close(val, f0, 1e-12), "{ctx}: hvp value {val} vs {f0}");
            for i in 0..n {
                assert!(
                    close(hv[i], hv_o[i], TOL),
                    "{ctx}: hvp[{i}] {} vs num-dual {}",
                    hv[i],
                    hv_o[i]
                );
            }
            hv
        });

        // Mode consistency, without the oracle: w (J v) from the jvp equals <J^T w, v> from
        // the vjp, and the gradient equals the jvp along each basis vector.
        let mut wbar = vec![0.0; n];
        with_lcg(s0, s1, &ctx, "_vjp", |l| (c.vjp)(&x, w, &mut wbar, l));
        let dot: f64 = wbar.iter().zip(&v).map(|(a, b)| a * b).sum();
        assert!(
            close(w * t, dot, TOL),
            "{ctx}: w (J v) = {} from _jvp, <J^T w, v> = {dot} from _vjp (w = {w})",
            w * t
        );
        for (i, gi) in g.iter().enumerate() {
            let (_, ti) = with_lcg(s0, s1, &ctx, "_jvp", |l| (c.jvp)(&x, &unit(i), l));
            assert!(
                close(*gi, ti, TOL),
                "{ctx}: _grad[{i}] {gi} vs _jvp along e_{i} {ti}"
            );
        }

        // Finite differences: f along v against the jvp, the gradient along v against H v
        // (the rng of the gradient is checked against the original at the same point).
        // Central differences at h and h/2, Richardson-extrapolated (error O(h^4)); the
        // programs are smooth but can oscillate fast (`cos` of a large value), so a step
        // that disagrees is refined (h = 1e-5, 1e-6, 1e-7) before the check fails.
        let shift = |s: f64| -> Vec<f64> { x.iter().zip(&v).map(|(a, d)| a + s * d).collect() };
        let eval = |s: f64| {
            let xs = shift(s);
            let mut l = Lcg(s0);
            let f = (c.f)(&xs, &mut l);
            let mut g = vec![0.0; n];
            with_lcg(s0, l.0, &ctx, "_grad (shifted)", |l| {
                (c.grad)(&xs, &mut g, l)
            });
            (f, g)
        };
        let central = |h: f64| {
            let ((fp, gp), (fm, gm)) = (eval(h), eval(-h));
            let dg: Vec<f64> = gp
                .iter()
                .zip(&gm)
                .map(|(p, m)| (p - m) / (2.0 * h))
                .collect();
            ((fp - fm) / (2.0 * h), dg)
        };
        let richardson = |h: f64| {
            let ((f1, g1), (f2, g2)) = (central(h), central(h / 2.0));
            let dg: Vec<f64> = g1
                .iter()
                .zip(&g2)
                .map(|(a, b)| (4.0 * b - a) / 3.0)
                .collect();
            ((4.0 * f2 - f1) / 3.0, dg)
        };
        // (without an `_hvp`, the gradient's differences are checked against the twin's H v)
        let hv = hv.unwrap_or(hv_o);
        let agrees = |(fd, dg): &(f64, Vec<f64>)| {
            close(*fd, t, FD_TOL) && (0..n).all(|i| close(dg[i], hv[i], FD_TOL))
        };
        let first = richardson(H);
        if !agrees(&first)
            && ![H / 10.0, H / 100.0]
                .iter()
                .any(|&h| agrees(&richardson(h)))
        {
            let (fd, dg) = first;
            assert!(
                close(fd, t, FD_TOL),
                "{ctx}: jvp {t} vs finite difference {fd}"
            );
            for i in 0..n {
                assert!(
                    close(dg[i], hv[i], FD_TOL),
                    "{ctx}: hvp[{i}] {} vs finite difference {}",
                    hv[i],
                    dg[i]
                );
            }
        }
    }
}

/// Checks a program with an out-parameter at 3 seeded random points; panics with the
/// first mismatch. The outputs are the elements of `out` and the float result (0 for a
/// program returning `()`): every mode must fill `out` with the original's values, `_jvp`'s
/// tangents and `_vjp`'s adjoints must match the num-dual twin (one evaluation per input
/// for the Jacobian), each other (`<os, J v> + w (∇result · v)` = `<Jᵀ (os, w), v>`), and
/// finite differences of the original's outputs.
pub fn check_out(c: &OutCase) {
    let (n, m) = (c.n, c.m);
    let mut rng = Rng::new(&format!("seed {} p{}", c.seed, c.index));
    for point in 0..3 {
        let x: Vec<f64> = (0..n).map(|_| rng.uniform(-1.5, 1.5)).collect();
        let v: Vec<f64> = (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let os: Vec<f64> = (0..m).map(|_| rng.uniform(-2.0, 2.0)).collect();
        let seed = rng.uniform(0.5, 2.0);
        let w = rng.uniform(-2.0, 2.0);
        let s0 = rng.next();
        let ctx = format!("point {point}: x = {x:?}, v = {v:?}, out seed = {os:?}");
        let nan = || vec![f64::NAN; m];
        let mut l = Lcg(s0);
        let mut o0 = nan();
        let f0 = (c.f)(&x, &mut o0, &mut l);
        let s1 = l.0;
        assert!(
            f0.is_finite() && o0.iter().all(|o| o.is_finite()),
            "{ctx}: value {f0}, out {o0:?} (every element is written, with a finite value)"
        );
        let same_out = |o: &[f64], what: &str| {
            for i in 0..m {
                assert!(
                    close(o[i], o0[i], 1e-12),
                    "{ctx}: {what} out[{i}] {} vs {} from the original",
                    o[i],
                    o0[i]
                );
            }
        };

        // Oracle: the twin over hyper-dual numbers, along v and along each e_j.
        let unit =
            |i: usize| -> Vec<f64> { (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect() };
        let twin = |d1: &[f64]| {
            let xh: Vec<HyperDual64> = (0..n)
                .map(|j| HyperDual64::new(x[j], d1[j], 0.0, 0.0))
                .collect();
            let mut od = vec![HyperDual64::from(f64::NAN); m];
            let y = with_lcg(s0, s1, &ctx, "the num-dual twin", |l| {
                (c.dual)(&xh, &mut od, l)
            });
            (od, y)
        };
        let (od, yd) = twin(&v);
        assert!(
            close(yd.re, f0, TOL),
            "{ctx}: dual twin value {} vs {f0}",
            yd.re
        );
        for i in 0..m {
            assert!(
                close(od[i].re, o0[i], TOL),
                "{ctx}: dual twin out[{i}] {} vs {}",
                od[i].re,
                o0[i]
            );
        }
        // column j of the Jacobian: (d out / d x_j, d result / d x_j)
        let cols: Vec<(Vec<f64>, f64)> = (0..n)
            .map(|j| {
                let (od, yd) = twin(&unit(j));
                (od.iter().map(|d| d.eps1).collect(), yd.eps1)
            })
            .collect();

        // jvp: fills out and its tangent
        let (mut o, mut ot) = (nan(), nan());
        let (val, t) = with_lcg(s0, s1, &ctx, "_jvp", |l| {
            (c.jvp)(&x, &v, &mut o, &mut ot, l)
        });
        assert!(close(val, f0, 1e-12), "{ctx}: jvp value {val} vs {f0}");
        same_out(&o, "_jvp");
        for i in 0..m {
            assert!(
                close(ot[i], od[i].eps1, TOL),
                "{ctx}: jvp out_tangent[{i}] {} vs num-dual {}",
                ot[i],
                od[i].eps1
            );
        }
        assert!(
            close(t, yd.eps1, TOL),
            "{ctx}: jvp {t} vs num-dual {}",
            yd.eps1
        );

        // vjp: fills out, accumulates into bar (prefilled with 0.25)
        let mut o = nan();
        let mut bar = vec![0.25; n];
        let val = with_lcg(s0, s1, &ctx, "_vjp", |l| {
            (c.vjp)(&x, &os, seed, &mut bar, &mut o, l)
        });
        assert!(close(val, f0, 1e-12), "{ctx}: vjp value {val} vs {f0}");
        same_out(&o, "_vjp");
        for j in 0..n {
            let (col, cr) = &cols[j];
            let want = 0.25 + (0..m).map(|i| os[i] * col[i]).sum::<f64>() + seed * cr;
            assert!(
                close(bar[j], want, TOL),
                "{ctx}: vjp[{j}] {} vs num-dual {want} (seed {seed})",
                bar[j]
            );
        }

        // Mode consistency: <os, J v> + w (∇result · v) from the jvp equals
        // <Jᵀ (os, w), v> from the vjp into a zeroed buffer.
        let mut wbar = vec![0.0; n];
        let mut o = nan();
        with_lcg(s0, s1, &ctx, "_vjp", |l| {
            (c.vjp)(&x, &os, w, &mut wbar, &mut o, l)
        });
        let lhs = (0..m).map(|i| os[i] * ot[i]).sum::<f64>() + w * t;
        let rhs: f64 = wbar.iter().zip(&v).map(|(a, b)| a * b).sum();
        assert!(
            close(lhs, rhs, TOL),
            "{ctx}: <os, J v> + w (J_result v) = {lhs} from _jvp, <J^T (os, w), v> = {rhs} from _vjp (w = {w})"
        );

        // Finite differences of every output along v against the jvp (Richardson, refined
        // as for `check`).
        let shift = |s: f64| -> Vec<f64> { x.iter().zip(&v).map(|(a, d)| a + s * d).collect() };
        let eval = |s: f64| {
            let xs = shift(s);
            let mut l = Lcg(s0);
            let mut o = nan();
            let y = (c.f)(&xs, &mut o, &mut l);
            o.push(y);
            o
        };
        let central = |h: f64| -> Vec<f64> {
            let (p, q) = (eval(h), eval(-h));
            p.iter().zip(&q).map(|(a, b)| (a - b) / (2.0 * h)).collect()
        };
        let richardson = |h: f64| -> Vec<f64> {
            let (a, b) = (central(h), central(h / 2.0));
            a.iter().zip(&b).map(|(a, b)| (4.0 * b - a) / 3.0).collect()
        };
        let mut want = ot.clone();
        want.push(t);
        let agrees = |fd: &[f64]| (0..=m).all(|i| close(fd[i], want[i], FD_TOL));
        let first = richardson(H);
        if !agrees(&first)
            && ![H / 10.0, H / 100.0]
                .iter()
                .any(|&h| agrees(&richardson(h)))
        {
            for i in 0..=m {
                let what = if i < m {
                    format!("jvp out_tangent[{i}]")
                } else {
                    "jvp".to_string()
                };
                assert!(
                    close(first[i], want[i], FD_TOL),
                    "{ctx}: {what} {} vs finite difference {}",
                    want[i],
                    first[i]
                );
            }
        }
    }
}

/// Checks every case (all of them, also after a failure) and panics with a report naming
/// each failing program by seed and index, with its source and the command that runs it
/// alone. `file` is where the programs are; `excluded` the features the generator left out,
/// `None` for a checked-in corpus (whose source is in `file`, not regenerated).
pub fn run(file: &str, excluded: Option<&str>, cases: &[Case]) {
    run_all(file, excluded, cases, &[]);
}

/// [`run`] over programs without and with an out-parameter, in one report.
pub fn run_all(file: &str, excluded: Option<&str>, cases: &[Case], out_cases: &[OutCase]) {
    let mut failures = Vec::new();
    let mut attempt = |seed: u64, index: usize, f: &dyn Fn()| {
        if let Err(e) = catch_unwind(AssertUnwindSafe(f)) {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push((seed, index, msg));
        }
    };
    for c in cases {
        attempt(c.seed, c.index, &|| check(c));
    }
    for c in out_cases {
        attempt(c.seed, c.index, &|| check_out(c));
    }
    let total = cases.len() + out_cases.len();
    println!(
        "{total} random programs checked ({} with an out-parameter) ({file})",
        out_cases.len()
    );
    if failures.is_empty() {
        return;
    }
    let mut report = String::new();
    for (seed, index, msg) in &failures {
        report += &format!("\n=== seed {seed}, program {index} (p{index}): {msg}\n");
        let Some(excluded) = excluded else { continue };
        let excl = random_programs::gen::parse_exclude(excluded).unwrap_or_default();
        let with = if excluded.is_empty() {
            String::new()
        } else {
            format!("RANDOM_EXCLUDE={excluded} ")
        };
        report += &format!(
            "run it alone: {with}RANDOM_SEEDS={seed} RANDOM_PROGRAMS={} RANDOM_ONLY={index} cargo test -p random-programs\n{}\n",
            index + 1,
            random_programs::source_of(*seed, *index, &excl)
        );
    }
    panic!(
        "{} of {total} random programs failed (programs in {file}, each after a `// seed S, program I` line):\n{report}",
        failures.len(),
    );
}

/// The first `N` inputs as a by-value array.
#[allow(dead_code)]
pub fn arr<const N: usize>(x: &[f64]) -> [f64; N] {
    x[..N].try_into().unwrap()
}

/// The first `N` elements of a buffer as a `&mut [f64; N]` (array shadows and outputs).
#[allow(dead_code)]
pub fn arr_mut<const N: usize>(x: &mut [f64]) -> &mut [f64; N] {
    (&mut x[..N]).try_into().unwrap()
}

/// A constant in a num-dual twin.
pub fn kd<D: DualNum<Primitive = f64>>(v: f64) -> D {
    D::from(v)
}

/// `max`, `min`, `clamp` of the twins: the branch taken, as for the macro away from ties.
#[allow(dead_code)]
pub fn dmax<D: DualNum<Primitive = f64> + Copy>(a: D, b: D) -> D {
    if a.re() >= b.re() {
        a
    } else {
        b
    }
}

#[allow(dead_code)]
pub fn dmin<D: DualNum<Primitive = f64> + Copy>(a: D, b: D) -> D {
    if a.re() <= b.re() {
        a
    } else {
        b
    }
}

/// `atan2` of the twins. num-dual's `atan2` differentiates `atan(y / x)`, which is NaN at
/// `x = 0`; rotating by the primal angle gives the same value and exact derivatives of
/// every order wherever `(x, y) != (0, 0)`.
#[allow(dead_code)]
pub fn datan2<D: DualNum<Primitive = f64> + Copy>(y: D, x: D) -> D {
    let (x0, y0) = (x.re(), y.re());
    kd::<D>(y0.atan2(x0)) + ((y * x0 - x * y0) / (x * x0 + y * y0)).atan()
}

#[allow(dead_code)]
pub fn dclamp<D: DualNum<Primitive = f64> + Copy>(a: D, lo: D, hi: D) -> D {
    dmin(dmax(a, lo), hi)
}

/// The twin of `Inner` over dual numbers (written without the derive).
pub struct InnerD<D> {
    pub c: D,
    pub d: [D; 2],
}

/// The twin of `Model` over dual numbers: the leaves are duals, the `#[no_grad]` fields
/// the same values as every `Model` of the tests.
pub struct ModelD<D> {
    pub w: [D; 4],
    pub k: usize,
    pub b: D,
    pub inner: InnerD<D>,
    pub data: [f64; 3],
    pub v: Vec<D>,
    pub flag: bool,
}

/// The twin of `model_at`, independent of the derive: the leaves in the order its
/// documentation gives (fields in declaration order, arrays element by element).
pub fn model_d<D: Copy>(x: &[D]) -> ModelD<D> {
    ModelD {
        w: [x[0], x[1], x[2], x[3]],
        k: K,
        b: x[4],
        inner: inner_d(&x[5..8]),
        data: DATA,
        v: x[8..8 + VLEN].to_vec(),
        flag: FLAG,
    }
}

/// The twin of `inner_at`.
pub fn inner_d<D: Copy>(x: &[D]) -> InnerD<D> {
    InnerD {
        c: x[0],
        d: [x[1], x[2]],
    }
}

/// Constants as duals.
pub fn kds<D: DualNum<Primitive = f64>>(v: &[f64]) -> Vec<D> {
    v.iter().map(|&a| D::from(a)).collect()
}
