//! Property test: 113 random programs from the grammar of issue 2, generated ahead of time.
//!
//! Each `pN` is annotated with `#[differentiable]`; `pN_d` is its twin over num-dual's `DualNum`
//! (num-dual's types do not implement `num_traits::Float`). Every mode (`_jvp`, `_vjp`, `_grad`,
//! `_hvp`) is compared at 3 seeded random points with num-dual (`Dual64` for first derivatives,
//! `HyperDual64` for H v) to a relative 1e-9, and with central finite differences as a sanity check.
//!
//! GENERATED, do not edit. Regenerate with:
//!     python3 tests/random/gen.py --count 150 --seed 1 --exclude calls,inactive,int_cast,while --out tests/random_programs.rs --skip 2,3,9,11,13,16,18,23,24,27,28,33,35,46,52,53,54,63,73,80,93,100,101,103,106,110,113,114,118,121,123,124,131,132,135,140,146 --skip-reason 'bugs 21, 24, 28'
//! (generator seed 1; see tests/random/README.md for generating many more programs).
//!
//! Left out until the macro is fixed (bugs 21, 24, 28): 37 programs,
//!     p2 p3 p9 p11 p13 p16 p18 p23 p24 p27 p28 p33 p35 p46 p52 p53 p54 p63 p73 p80 p93 p100 p101
//!     p103 p106 p110 p113 p114 p118 p121 p123 p124 p131 p132 p135 p140 p146

// Random programs are written the way no one would write them by hand (x - x, unused
// lets, loops that only index a const array, ...); these lints are about that style.
#![allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_comparisons,
    clippy::absurd_extreme_comparisons,
    clippy::collapsible_else_if,
    clippy::collapsible_if,
    clippy::double_parens,
    clippy::eq_op,
    clippy::identity_op,
    clippy::if_same_then_else,
    clippy::let_and_return,
    clippy::manual_range_contains,
    clippy::needless_range_loop,
    clippy::neg_cmp_op_on_partial_ord,
    clippy::nonminimal_bool,
    clippy::overly_complex_bool_expr,
    clippy::redundant_locals,
    clippy::unnecessary_min_or_max
)]

use differentiable::differentiable;
use num_dual::{Dual64, DualNum, HyperDual64};
use num_traits::{Float, NumAssign};

const ALPHA: f64 = 0.7;
const BETA: f64 = -1.3;
const W: [f64; 8] = [0.5, -0.25, 1.5, 0.75, -1.0, 0.3, 1.1, -0.6];
const V: [f64; 8] = [1.0, 0.2, -0.4, 0.9, 0.1, -1.2, 0.6, 0.35];

/// A generated program seen through uniform closures over a flat input vector
/// (the slice's elements, then the extra scalar `y` if there is one).
struct Case {
    name: &'static str,
    n: usize,
    f: fn(&[f64]) -> f64,
    jvp: fn(&[f64], &[f64]) -> (f64, f64),
    /// Adds `s * gradient` into the last argument.
    vjp: fn(&[f64], f64, &mut [f64]) -> f64,
    /// Overwrites the last argument with the gradient.
    grad: fn(&[f64], &mut [f64]) -> f64,
    /// Overwrites the last argument with H v.
    hvp: fn(&[f64], &[f64], &mut [f64]) -> f64,
    dual: fn(&[Dual64]) -> Dual64,
    hyper: fn(&[HyperDual64]) -> HyperDual64,
}

/// xorshift64*: seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn new(name: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in name.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h | 1)
    }
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let u = (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64;
        lo + (hi - lo) * u
    }
}

/// Relative closeness with a floor of 1 on the scale (values are O(1) by construction).
fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * a.abs().max(b.abs()).max(1.0)
}

const TOL: f64 = 1e-9;
const FD_TOL: f64 = 2e-5;
const H: f64 = 1e-5;

fn check(c: &Case) {
    let n = c.n;
    let mut rng = Rng::new(c.name);
    for point in 0..3 {
        let x: Vec<f64> = (0..n).map(|_| rng.uniform(-1.5, 1.5)).collect();
        let v: Vec<f64> = (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let seed = rng.uniform(0.5, 2.0);
        let ctx = format!("{} at point {point}: x = {x:?}, v = {v:?}", c.name);
        let f0 = (c.f)(&x);
        assert!(f0.is_finite(), "{ctx}: value {f0}");

        // Oracles: num-dual's forward mode (one Dual64 per direction) and hyper-duals.
        let dual_at = |dir: &[f64]| {
            let xd: Vec<Dual64> = x
                .iter()
                .zip(dir)
                .map(|(&a, &d)| Dual64::new(a, d))
                .collect();
            (c.dual)(&xd)
        };
        let unit =
            |i: usize| -> Vec<f64> { (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect() };
        let grad_o: Vec<f64> = (0..n).map(|i| dual_at(&unit(i)).eps).collect();
        let jvp_o = dual_at(&v);
        let hv_o: Vec<f64> = (0..n)
            .map(|i| {
                let xh: Vec<HyperDual64> = (0..n)
                    .map(|j| HyperDual64::new(x[j], unit(i)[j], v[j], 0.0))
                    .collect();
                (c.hyper)(&xh).eps1eps2
            })
            .collect();
        assert!(
            close(jvp_o.re, f0, TOL),
            "{ctx}: dual twin value {} vs {f0}",
            jvp_o.re
        );

        // jvp
        let (val, t) = (c.jvp)(&x, &v);
        assert!(close(val, f0, 1e-12), "{ctx}: jvp value {val} vs {f0}");
        assert!(
            close(t, jvp_o.eps, TOL),
            "{ctx}: jvp {t} vs num-dual {}",
            jvp_o.eps
        );

        // grad (overwrites)
        let mut g = vec![f64::NAN; n];
        let val = (c.grad)(&x, &mut g);
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
        let val = (c.vjp)(&x, seed, &mut bar);
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
        let mut hv = vec![f64::NAN; n];
        let val = (c.hvp)(&x, &v, &mut hv);
        assert!(close(val, f0, 1e-12), "{ctx}: hvp value {val} vs {f0}");
        for i in 0..n {
            assert!(
                close(hv[i], hv_o[i], TOL),
                "{ctx}: hvp[{i}] {} vs num-dual {}",
                hv[i],
                hv_o[i]
            );
        }

        // Finite differences: f along v against the jvp, the gradient along v against H v.
        let shift = |s: f64| -> Vec<f64> { x.iter().zip(&v).map(|(a, d)| a + s * d).collect() };
        let fd = ((c.f)(&shift(H)) - (c.f)(&shift(-H))) / (2.0 * H);
        assert!(
            close(fd, t, FD_TOL),
            "{ctx}: jvp {t} vs finite difference {fd}"
        );
        let (mut gp, mut gm) = (vec![0.0; n], vec![0.0; n]);
        (c.grad)(&shift(H), &mut gp);
        (c.grad)(&shift(-H), &mut gm);
        for i in 0..n {
            let fd = (gp[i] - gm[i]) / (2.0 * H);
            assert!(
                close(fd, hv[i], FD_TOL),
                "{ctx}: hvp[{i}] {} vs finite difference {fd}",
                hv[i]
            );
        }
    }
}

/// A constant in a program generic over `T: Float`.
fn c<T: Float>(v: f64) -> T {
    T::from(v).unwrap()
}

/// A constant in a num-dual twin.
fn k<D: DualNum<Primitive = f64>>(v: f64) -> D {
    D::from(v)
}

/// `max`, `min`, `clamp` of the twins: the branch taken, as for the macro away from ties.
fn dmax<D: DualNum<Primitive = f64> + Copy>(a: D, b: D) -> D {
    if a.re() >= b.re() {
        a
    } else {
        b
    }
}

fn dmin<D: DualNum<Primitive = f64> + Copy>(a: D, b: D) -> D {
    if a.re() <= b.re() {
        a
    } else {
        b
    }
}

fn dclamp<D: DualNum<Primitive = f64> + Copy>(a: D, lo: D, hi: D) -> D {
    dmin(dmax(a, lo), hi)
}

#[differentiable]
fn p0<T: Float>(x: &[T]) -> T {
    let a1 = x[3];
    let mut s2 = c::<T>(0.5);
    for i3 in 0..x.len() - 1 {
        let a4 = s2 - a1;
        s2 = s2 + T::powi((a4.signum() * x[i3 + 1]).atan(), 2).cos();
        s2 = s2 / ((c::<T>(1.0)) + (a4.atan2(c::<T>(-1.03)) * T::atan2(a4, c::<T>(-1.03))));
    }
    for i5 in 1..2 {
        let a6 = x[5];
        let mut s7: T = c::<T>(0.0);
        for i8 in 0..x.len() / 2 {
            let (u9, w10) = (
                (((a1 * s2).sin()).sinh()).sin(),
                T::powf(T::from(1.5).unwrap() + a1.tanh(), a6).max(x[2 * i8 + 1] * (c::<T>(ALPHA)))
                    / ((c::<T>(1.0))
                        + (Float::tanh(x[2 * i8 + 1].exp().log10())
                            * Float::log10(x[2 * i8 + 1].exp()).tanh())),
            );
            s7 = s7 - s2.atan();
        }
        let mut m11 = a6;
        s2 = s2
            + (({
                let t12 = T::cos(c::<T>(-1.1));
                c::<T>(-0.217)
            })
            .cos());
    }
    let (u13, w14) = (Float::tanh(s2) * s2.atan(), x[0]);
    let mut m15: T = w14.abs();
    let (u16, w17) = (m15 * w14, w14 * w14);
    ((((u13 + w14) + m15) + u16) * w17) + x[0]
}

fn p0_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[3];
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() - 1 {
        let a4 = s2 - a1;
        s2 += ((((k::<D>(a4.re().signum())) * x[i3 + 1]).atan()).powi(2)).cos();
        s2 /= (k::<D>(1.0)) + (a4.atan2(k::<D>(-1.03)) * a4.atan2(k::<D>(-1.03)));
    }
    for i5 in 1..2 {
        let a6 = x[5];
        let mut s7: D = k::<D>(0.0);
        for i8 in 0..x.len() / 2 {
            let (u9, w10) = (
                (((a1 * s2).sin()).sinh()).sin(),
                dmax(
                    (a6 * ((k::<D>(1.5)) + a1.tanh()).ln()).exp(),
                    x[2 * i8 + 1] * (k::<D>(ALPHA)),
                ) / ((k::<D>(1.0))
                    + (x[2 * i8 + 1].exp().log10().tanh() * x[2 * i8 + 1].exp().log10().tanh())),
            );
            s7 -= s2.atan();
        }
        let mut m11 = a6;
        s2 += ({
            let t12 = (k::<D>(-1.1)).cos();
            k::<D>(-0.217)
        })
        .cos();
    }
    let (u13, w14) = (s2.tanh() * s2.atan(), x[0]);
    let mut m15: D = w14.abs();
    let (u16, w17) = (m15 * w14, w14 * w14);
    ((((u13 + w14) + m15) + u16) * w17) + x[0]
}

#[differentiable]
fn p1(x: &[f64]) -> f64 {
    let a1: f64 = (BETA.trunc() * x[0]) + x[1];
    let mut m2 = (((0.9f64 * a1.atan().tanh()).asin()) * 1.2)
        / ((((1.0 + (Float::tanh(a1 / (2.0 + a1.sin())) * ((a1 / (2.0 + a1.sin())).tanh())))
            .sqrt())
        .tanh())
        .cosh());
    for i3 in 0..=4 {
        let a5 = (({
            let t4 = V[i3];
            m2
        }) + a1)
            + ALPHA;
        m2 -= ({
            let t6 = BETA + m2;
            x[1]
        })
        .sin();
        m2 -= (Float::tanh(a1) * m2.atan()).sin();
    }
    let (u7, w8) = (
        Float::atan(x[0].exp2()) * ((a1 + m2).cos()),
        Float::hypot(ALPHA, -1.3),
    );
    let mut m9: f64 = (((-1.87).mul_add(((1.0 + (f64::cos(m2) * m2.cos())).cbrt()).atan(), m2))
        .round())
        * Float::cos(f64::atan2(w8, -1.31)).cosh().tanh();
    let mut m10: f64 = w8 - x[0];
    ((((m2 - u7) + w8) + m9) + m10) + x[0]
}

fn p1_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>((k::<D>(BETA)).re().trunc())) * x[0]) + x[1];
    let mut m2 = ((((k::<D>(0.9)) * a1.atan().tanh()).asin()) * (k::<D>(1.2)))
        / (((((k::<D>(1.0))
            + (((a1 / ((k::<D>(2.0)) + a1.sin())).tanh())
                * ((a1 / ((k::<D>(2.0)) + a1.sin())).tanh())))
        .sqrt())
        .tanh())
        .cosh());
    for i3 in 0..=4 {
        let a5 = (({
            let t4 = k::<D>(V[i3]);
            m2
        }) + a1)
            + (k::<D>(ALPHA));
        m2 -= ({
            let t6 = (k::<D>(BETA)) + m2;
            x[1]
        })
        .sin();
        m2 -= (a1.tanh() * m2.atan()).sin();
    }
    let (u7, w8) = (
        x[0].exp2().atan() * ((a1 + m2).cos()),
        ((k::<D>(ALPHA)) * (k::<D>(ALPHA)) + (k::<D>(-1.3)) * (k::<D>(-1.3))).sqrt(),
    );
    let mut m9: D = (k::<D>(
        ((k::<D>(-1.87)) * ((((k::<D>(1.0)) + (m2.cos() * m2.cos())).cbrt()).atan()) + m2)
            .re()
            .round(),
    )) * w8.atan2(k::<D>(-1.31)).cos().cosh().tanh();
    let mut m10: D = w8 - x[0];
    ((((m2 - u7) + w8) + m9) + m10) + x[0]
}

#[differentiable]
fn p4(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = f64::abs((x1 + x0) * (x2 + x0));
    let a1 = Float::tanh(a1.cos());
    let (u2, w3) = (x1.exp_m1(), x1.tanh());
    let a4 = (0.9 * ((((0.9 * ((x2 * x0).tanh())).asin()).sin()).sin())).asin();
    (((x2 + a1) * u2) + w3) - a4
}

fn p4_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((x1 + x0) * (x2 + x0)).abs();
    let a1 = a1.cos().tanh();
    let (u2, w3) = (x1.exp_m1(), x1.tanh());
    let a4 = ((k::<D>(0.9)) * (((((k::<D>(0.9)) * ((x2 * x0).tanh())).asin()).sin()).sin())).asin();
    (((x2 + a1) * u2) + w3) - a4
}

#[differentiable]
fn p5<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 0..x.len() - 1 {
        let a3 = y / ((c::<T>(1.0)) + (x[i2 + 1] * x[i2 + 1]));
        for i4 in 0..x.len() - 1 {
            if {
                let t6 = x[i4 + 1];
                y
            } >= c::<T>(V[i2])
            {
                continue;
            }
            s1 /= (c::<T>(1.0))
                + ((-(((c::<T>(1.5)) + y.tanh()).ln())) * (-(((c::<T>(1.5)) + y.tanh()).ln())));
            let a5: T = Float::exp(s1) * (a3 * (c::<T>(V[i2])));
            s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::powi(a3, 3).sin());
        }
        s1 += (-(a3 + x[i2])).tanh();
    }
    let mut s7 = c::<T>(0.5);
    for i8 in 1..x.len() {
        let a9: T = Float::exp(
            (((c::<T>(V[i8])) / ((c::<T>(1.5)) + T::tanh(y)))
                + ((c::<T>(ALPHA)) / ((c::<T>(1.0)) + (s7 * s7))))
                .sin(),
        );
        let (u10, w11) = (
            T::tanh(((c::<T>(0.9)) * (((s1 + s1).tanh()).tanh())).acos()),
            ((((c::<T>(1.5)) + y.tanh()).powi(-2)).tanh()).powi(3),
        );
        let a12 = Float::powi(Float::exp(((c::<T>(W[i8])) * w11).sin()), -1);
        if i8 > 0 {
            break;
        }
        s7 = ((c::<T>(0.5)) * s7) + T::cos(x[i8] / ((c::<T>(1.5)) + x[i8].tanh()));
    }
    s1 *= (c::<T>(1.0))
        + ((c::<T>(0.3))
            * (((({
                let t13 = s7 - s7;
                s7
            })
            .cos())
            .exp())
            .cos()));
    ((y + s1) + s7) + x[2]
}

fn p5_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..x.len() - 1 {
        let a3 = y / ((k::<D>(1.0)) + (x[i2 + 1] * x[i2 + 1]));
        for i4 in 0..x.len() - 1 {
            if ({
                let t6 = x[i4 + 1];
                y
            })
            .re()
                >= (k::<D>(V[i2])).re()
            {
                continue;
            }
            s1 /= (k::<D>(1.0))
                + ((-(((k::<D>(1.5)) + y.tanh()).ln())) * (-(((k::<D>(1.5)) + y.tanh()).ln())));
            let a5: D = s1.exp() * (a3 * (k::<D>(V[i2])));
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a3.powi(3).sin());
        }
        s1 += (-(a3 + x[i2])).tanh();
    }
    let mut s7 = k::<D>(0.5);
    for i8 in 1..x.len() {
        let a9: D = ((((k::<D>(V[i8])) / ((k::<D>(1.5)) + y.tanh()))
            + ((k::<D>(ALPHA)) / ((k::<D>(1.0)) + (s7 * s7))))
            .sin())
        .exp();
        let (u10, w11) = (
            (((k::<D>(0.9)) * (((s1 + s1).tanh()).tanh())).acos()).tanh(),
            ((((k::<D>(1.5)) + y.tanh()).powi(-2)).tanh()).powi(3),
        );
        let a12 = ((((k::<D>(W[i8])) * w11).sin()).exp()).powi(-1);
        if i8 > 0 {
            break;
        }
        s7 = ((k::<D>(0.5)) * s7) + ((x[i8] / ((k::<D>(1.5)) + x[i8].tanh())).cos());
    }
    s1 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((({
                let t13 = s7 - s7;
                s7
            })
            .cos())
            .exp())
            .cos()));
    ((y + s1) + s7) + x[2]
}

#[differentiable]
fn p6(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1 = core::f64::consts::PI + x1;
    let mut m2 = 1.8 - 0.2;
    for i3 in 1..=3 {
        let a4 = m1;
        if i3 < 2 {
            break;
        }
        m1 = (0.5_f64 * m1) + Float::sin(m1 + x1);
    }
    let mut m6 = (1.5
        + Float::tanh(
            std::f64::consts::E
                + ({
                    let t5 = x0;
                    m1
                }),
        ))
    .log2();
    (((x1 + x2) + m1) + m2) + m6
}

fn p6_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = (k::<D>(core::f64::consts::PI)) + x1;
    let mut m2 = (k::<D>(1.8)) - (k::<D>(0.2));
    for i3 in 1..=3 {
        let a4 = m1;
        if i3 < 2 {
            break;
        }
        m1 = ((k::<D>(0.5)) * m1) + ((m1 + x1).sin());
    }
    let mut m6 = ((k::<D>(1.5))
        + (((k::<D>(std::f64::consts::E))
            + ({
                let t5 = x0;
                m1
            }))
        .tanh()))
    .log2();
    (((x1 + x2) + m1) + m2) + m6
}

#[differentiable]
fn p7<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a1 = if x0 >= c::<T>(0.28) {
        c::<T>(0.01)
    } else {
        c::<T>(1.08)
    };
    let (u2, w3) = (
        (c::<T>(BETA))
            * (((c::<T>(1.5)) + ((Float::round(c::<T>(-1.624)) * (c::<T>(-1.2))).tanh()))
                .log(T::exp(x2.sin()))),
        ((c::<T>(-0.166)).powi(3)).mul_add(
            T::tanh(T::asinh(x0).hypot(if x2 <= c::<T>(0.87) {
                c::<T>(-0.09)
            } else {
                x2
            })),
            Float::tanh((c::<T>(ALPHA)) * x0).exp(),
        ),
    );
    let a4 = a1.cosh().ln() / Float::sin(u2).hypot(c::<T>(1.0));
    let a5 = x2;
    let mut s6: T = c::<T>(1.0);
    for i7 in 2..4 {
        for i8 in 0..2 {
            let a9 = Float::ln(Float::cosh(s6 * a1));
            let mut m10 = w3;
            m10 = m10 * (T::one() + ((c::<T>(0.3)) * a9.sin()));
        }
        if (c::<T>(0.025)).exp_m1() > c::<T>(0.56) {
            s6 = s6 + ((s6 - x1).sin());
        }
        s6 = s6 - ((x1 / (T::one() + (x2 * x2))).atan());
    }
    let mut m11 = a4;
    (((w3 + a4) + a5) + s6) * m11
}

fn p7_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if x0.re() >= (k::<D>(0.28)).re() {
        k::<D>(0.01)
    } else {
        k::<D>(1.08)
    };
    let (u2, w3) = (
        (k::<D>(BETA))
            * (((k::<D>(1.5))
                + (((k::<D>((k::<D>(-1.624)).re().round())) * (k::<D>(-1.2))).tanh()))
            .ln()
                / x2.sin().exp().ln()),
        (((k::<D>(-0.166)).powi(3))
            * (((x0.asinh() * x0.asinh()
                + (if x2.re() <= (k::<D>(0.87)).re() {
                    k::<D>(-0.09)
                } else {
                    x2
                }) * (if x2.re() <= (k::<D>(0.87)).re() {
                    k::<D>(-0.09)
                } else {
                    x2
                }))
            .sqrt())
            .tanh())
            + ((((k::<D>(ALPHA)) * x0).tanh()).exp())),
    );
    let a4 = a1.cosh().ln() / ((u2.sin() * u2.sin() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    let a5 = x2;
    let mut s6: D = k::<D>(1.0);
    for i7 in 2..4 {
        for i8 in 0..2 {
            let a9 = ((s6 * a1).cosh()).ln();
            let mut m10 = w3;
            m10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a9.sin());
        }
        if ((k::<D>(0.025)).exp_m1()).re() > (k::<D>(0.56)).re() {
            s6 += (s6 - x1).sin();
        }
        s6 -= (x1 / ((k::<D>(1.0)) + (x2 * x2))).atan();
    }
    let mut m11 = a4;
    (((w3 + a4) + a5) + s6) * m11
}

#[differentiable]
fn p8(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0;
    for i2 in 1..4 {
        if i2 < 4 {
            s1 += f64::atan(Float::asin(0.9 * s1.sin().tan().sin()));
        } else {
            s1 += x0.sin();
        }
        let mut m3: f64 = (1.5 + s1.tanh()).log2();
        m3 -= Float::hypot(x1, x1).sin().exp2().sin();
    }
    let a5 = if x2 <= -0.66f64 || 0.05 <= x2 {
        ((2.0_f64 + x2.sin()).log2()).atan2(x1)
    } else {
        {
            let t4 = x0;
            (0.9 * f64::tanh(x0)).atanh()
        }
    };
    let mut s6 = 0.0;
    for i7 in 1..4 {
        let a8: f64 = x2.exp_m1();
        s1 += (-1.61).sin();
    }
    let a5: f64 = {
        let t9 = x0;
        t9
    };
    for i10 in 1..4 {
        let a11 = s1;
        s1 *= 1.0
            + (0.3_f64
                * Float::powf(1.5f64 + x0.min(BETA).tanh(), ALPHA.clamp(-0.95, 0.54_f64)).sin());
        s6 += a11.sin();
    }
    if (2.0 + s1.sin()).sqrt() <= -0.29 {
        s1 = Float::max(s1, s6);
    }
    let a12 = (0.014 / (1.0_f64 + (a5 * a5))) / (2.0 + ((0.8 - x2).sin()));
    (((x2 - s1) + s6) + a5) + a12
}

fn p8_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 1..4 {
        if i2 < 4 {
            s1 += (((k::<D>(0.9)) * s1.sin().tan().sin()).asin()).atan();
        } else {
            s1 += x0.sin();
        }
        let mut m3: D = ((k::<D>(1.5)) + s1.tanh()).log2();
        m3 -= ((((x1 * x1 + x1 * x1).sqrt()).sin()).exp2()).sin();
    }
    let a5 = if x2.re() <= (k::<D>(-0.66)).re() || (k::<D>(0.05)).re() <= x2.re() {
        (((k::<D>(2.0)) + x2.sin()).log2()).atan2(x1)
    } else {
        {
            let t4 = x0;
            ((k::<D>(0.9)) * x0.tanh()).atanh()
        }
    };
    let mut s6 = k::<D>(0.0);
    for i7 in 1..4 {
        let a8: D = x2.exp_m1();
        s1 += (k::<D>(-1.61)).sin();
    }
    let a5: D = {
        let t9 = x0;
        t9
    };
    for i10 in 1..4 {
        let a11 = s1;
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((dclamp(k::<D>(ALPHA), k::<D>(-0.95), k::<D>(0.54))
                    * ((k::<D>(1.5)) + dmin(x0, k::<D>(BETA)).tanh()).ln())
                .exp())
                .sin()));
        s6 += a11.sin();
    }
    if (((k::<D>(2.0)) + s1.sin()).sqrt()).re() <= (k::<D>(-0.29)).re() {
        s1 = dmax(s1, s6);
    }
    let a12 = ((k::<D>(0.014)) / ((k::<D>(1.0)) + (a5 * a5)))
        / ((k::<D>(2.0)) + (((k::<D>(0.8)) - x2).sin()));
    (((x2 - s1) + s6) + a5) + a12
}

#[differentiable]
fn p10(x: &[f64], y: f64) -> f64 {
    let mut m1 = 0.9 - y;
    let mut m2 = Float::powi(x[3].exp(), -1) + m1;
    m2 = (0.5 * m2) + (((m2 * y) + 1.3).tanh());
    m2 += Float::cos(-m2).powi(2);
    let mut m3 = x[0].hypot(y);
    let y = BETA + x[0];
    let (u4, w5) = (
        if m3 * x[2] <= 0.81 && -1.06 >= -0.88 {
            (1.0 + (m1 * m1)).cbrt()
        } else {
            BETA - m1
        },
        (x[3] * BETA) * Float::atan(m2).exp(),
    );
    ((((m2 + m3) + y) + u4) - w5) - x[0]
}

fn p10_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = (k::<D>(0.9)) - y;
    let mut m2 = x[3].exp().powi(-1) + m1;
    m2 = ((k::<D>(0.5)) * m2) + (((m2 * y) + (k::<D>(1.3))).tanh());
    m2 += ((-m2).cos()).powi(2);
    let mut m3 = (x[0] * x[0] + y * y).sqrt();
    let y = (k::<D>(BETA)) + x[0];
    let (u4, w5) = (
        if (m3 * x[2]).re() <= (k::<D>(0.81)).re() && (k::<D>(-1.06)).re() >= (k::<D>(-0.88)).re() {
            ((k::<D>(1.0)) + (m1 * m1)).cbrt()
        } else {
            (k::<D>(BETA)) - m1
        },
        (x[3] * (k::<D>(BETA))) * m2.atan().exp(),
    );
    ((((m2 + m3) + y) + u4) - w5) - x[0]
}

#[differentiable]
fn p12<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (
        (x0 * x1) - x0,
        T::asin(
            (c::<T>(0.9))
                * T::sin(T::atan(
                    ((c::<T>(1.0)) + ((c::<T>(-1.74)) * (c::<T>(-1.74)))).powf(x2),
                )),
        ),
    );
    let a3 = x1
        * (((c::<T>(1.1)) + ((((x0 + u1).tanh()).cosh()) * Float::cosh((x0 + u1).tanh()))).acosh());
    let a5 = {
        let t4 = Float::min(c::<T>(0.7), u1) - ((c::<T>(0.33)) / ((c::<T>(2.0)) + u1.sin()));
        Float::sinh(Float::tanh(a3.atan().cosh().ln()))
    };
    let mut s6 = c::<T>(0.0);
    for i7 in 1..4 {
        if w2 <= w2.sin() {
            s6 -= Float::tanh((s6 - (c::<T>(W[i7]))) - ((c::<T>(-1.9)).exp_m1()));
        } else {
            s6 /= (c::<T>(1.0)) + (T::sin(u1 - x0) * T::sin(u1 - x0));
        }
        s6 += s6.sin();
        s6 = (((c::<T>(0.7)) * s6) + ((c::<T>(V[i7])).atan())).atan();
        s6 /= (c::<T>(1.0)) + (a5.cos() * a5.cos());
        if -a3 > -u1 {
            break;
        }
    }
    let a8 = (a5 - s6) * ((T::one() + (((u1 + s6).atan()) * ((u1 + s6).atan()))).sqrt());
    let a9 = (((c::<T>(0.9)) * x2.sin().tanh()).atanh())
        / ((c::<T>(1.0))
            + (((((c::<T>(-1.292)) / (T::one() + (T::from(0.501).unwrap() * (c::<T>(0.501)))))
                * (x2 * (c::<T>(ALPHA))))
            .sin())
                * ((((c::<T>(-1.292)) / ((c::<T>(1.0)) + ((c::<T>(0.501)) * (c::<T>(0.501)))))
                    * (x2 * (c::<T>(ALPHA))))
                .sin())));
    let mut m10: T = a5 + a9;
    (((a5 + s6) + a8) + a9) + m10
}

fn p12_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (x0 * x1) - x0,
        ((k::<D>(0.9))
            * ((((x2 * ((k::<D>(1.0)) + ((k::<D>(-1.74)) * (k::<D>(-1.74)))).ln()).exp()).atan())
                .sin()))
        .asin(),
    );
    let a3 = x1
        * (((k::<D>(1.1)) + ((((x0 + u1).tanh()).cosh()) * (((x0 + u1).tanh()).cosh()))).acosh());
    let a5 = {
        let t4 = dmin(k::<D>(0.7), u1) - ((k::<D>(0.33)) / ((k::<D>(2.0)) + u1.sin()));
        a3.atan().cosh().ln().tanh().sinh()
    };
    let mut s6 = k::<D>(0.0);
    for i7 in 1..4 {
        if w2.re() <= w2.sin().re() {
            s6 -= ((s6 - (k::<D>(W[i7]))) - ((k::<D>(-1.9)).exp_m1())).tanh();
        } else {
            s6 /= (k::<D>(1.0)) + (((u1 - x0).sin()) * ((u1 - x0).sin()));
        }
        s6 += s6.sin();
        s6 = (((k::<D>(0.7)) * s6) + ((k::<D>(V[i7])).atan())).atan();
        s6 /= (k::<D>(1.0)) + (a5.cos() * a5.cos());
        if (-a3).re() > (-u1).re() {
            break;
        }
    }
    let a8 = (a5 - s6) * (((k::<D>(1.0)) + (((u1 + s6).atan()) * ((u1 + s6).atan()))).sqrt());
    let a9 = (((k::<D>(0.9)) * x2.sin().tanh()).atanh())
        / ((k::<D>(1.0))
            + (((((k::<D>(-1.292)) / ((k::<D>(1.0)) + ((k::<D>(0.501)) * (k::<D>(0.501)))))
                * (x2 * (k::<D>(ALPHA))))
            .sin())
                * ((((k::<D>(-1.292)) / ((k::<D>(1.0)) + ((k::<D>(0.501)) * (k::<D>(0.501)))))
                    * (x2 * (k::<D>(ALPHA))))
                .sin())));
    let mut m10: D = a5 + a9;
    (((a5 + s6) + a8) + a9) + m10
}

#[differentiable]
fn p14(x: &[f64]) -> f64 {
    let a1 = core::f64::consts::PI / (1.0 + (x[3] * x[3]));
    let a1 = Float::powf(a1.atan().exp(), f64::tanh((0.9 * BETA.cos().sin()).atanh()));
    let (u2, w3) = (
        (((if a1 >= -0.81f64 { a1 } else { a1 }).asinh()).hypot(1.0)).powf(x[1]),
        0.2,
    );
    let a4 = Float::exp(x[1]) + x[3].max(u2);
    (((a1 * u2) + w3) + a4) + x[1]
}

fn p14_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(core::f64::consts::PI)) / ((k::<D>(1.0)) + (x[3] * x[3]));
    let a1 = (((((k::<D>(0.9)) * (((k::<D>(BETA)).cos()).sin())).atanh()).tanh())
        * a1.atan().exp().ln())
    .exp();
    let (u2, w3) = (
        (x[1]
            * ((((if a1.re() >= (k::<D>(-0.81)).re() {
                a1
            } else {
                a1
            })
            .asinh())
                * ((if a1.re() >= (k::<D>(-0.81)).re() {
                    a1
                } else {
                    a1
                })
                .asinh())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .ln())
        .exp(),
        k::<D>(0.2),
    );
    let a4 = x[1].exp() + dmax(x[3], u2);
    (((a1 * u2) + w3) + a4) + x[1]
}

#[differentiable]
fn p15<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut m1 = x1;
    for i2 in 2..3 {
        let a4 = {
            let t3 = x0.exp_m1();
            m1.asinh()
        };
        if i2 % 2 == 1 {
            break;
        }
        m1 -= (x1 + x0).sin();
        m1 = Float::cos(((c::<T>(0.7)) * m1) + (((c::<T>(1.0)) + (a4 * a4)).ln()));
    }
    let mut m5 = m1;
    let a6 = (c::<T>(0.59)) * x1;
    (((x1 + x2) + m1) * m5) + a6
}

fn p15_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = x1;
    for i2 in 2..3 {
        let a4 = {
            let t3 = x0.exp_m1();
            m1.asinh()
        };
        if i2 % 2 == 1 {
            break;
        }
        m1 -= (x1 + x0).sin();
        m1 = (((k::<D>(0.7)) * m1) + (((k::<D>(1.0)) + (a4 * a4)).ln())).cos();
    }
    let mut m5 = m1;
    let a6 = (k::<D>(0.59)) * x1;
    (((x1 + x2) + m1) * m5) + a6
}

#[differentiable]
fn p17<T: Float>(x: &[T], y: T) -> T {
    let mut s1: T = c::<T>(0.0);
    for i2 in 0..x.len() {
        if s1 * x[i2] >= c::<T>(W[i2]) {
            s1 = s1 + T::cos(s1);
        } else {
            s1 = Float::tanh(((c::<T>(0.7)) * s1) + (c::<T>(V[i2])));
        }
        let a3: T = y;
        let mut m4 = (c::<T>(core::f64::consts::PI)) * s1;
        m4 = m4
            * ((c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * ((if s1 > c::<T>(0.55) {
                        (T::from(1.5).unwrap() + Float::tanh(m4)).powi(0)
                    } else {
                        m4.cos().exp_m1()
                    })
                    .sin())));
        s1 = (((c::<T>(0.7)) * s1) + x[i2]).tanh();
    }
    let a5 = if s1 * T::from(-1.388).unwrap() > y * x[0] {
        Float::mul_add(x[2], x[3], s1)
    } else {
        (c::<T>(1.87)) / ((c::<T>(2.0)) + x[0].sin())
    };
    let a6 = (c::<T>(std::f64::consts::E)) - x[1];
    if ((c::<T>(1.5)) + x[0].tanh()).powi(-1) <= c::<T>(-0.7) || y >= c::<T>(0.8) {
        return a6.tanh().powi(2);
    }
    let (u7, w8) = (
        x[2] + ((c::<T>(1.9)).min(c::<T>(BETA))),
        Float::cbrt((((c::<T>(0.9)) * Float::tanh(s1)).acos()).hypot(c::<T>(1.0)))
            - (Float::sqrt(Float::exp(x[1])) * ((c::<T>(-1.7)) + x[2])),
    );
    ((((s1 + a5) + a6) + u7) + w8) + x[3]
}

fn p17_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 0..x.len() {
        if (s1 * x[i2]).re() >= (k::<D>(W[i2])).re() {
            s1 += s1.cos();
        } else {
            s1 = (((k::<D>(0.7)) * s1) + (k::<D>(V[i2]))).tanh();
        }
        let a3: D = y;
        let mut m4 = (k::<D>(core::f64::consts::PI)) * s1;
        m4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((if s1.re() > (k::<D>(0.55)).re() {
                    ((k::<D>(1.5)) + m4.tanh()).powi(0)
                } else {
                    m4.cos().exp_m1()
                })
                .sin()));
        s1 = (((k::<D>(0.7)) * s1) + x[i2]).tanh();
    }
    let a5 = if (s1 * (k::<D>(-1.388))).re() > (y * x[0]).re() {
        (x[2] * x[3] + s1)
    } else {
        (k::<D>(1.87)) / ((k::<D>(2.0)) + x[0].sin())
    };
    let a6 = (k::<D>(std::f64::consts::E)) - x[1];
    if (((k::<D>(1.5)) + x[0].tanh()).powi(-1)).re() <= (k::<D>(-0.7)).re()
        || y.re() >= (k::<D>(0.8)).re()
    {
        return a6.tanh().powi(2);
    }
    let (u7, w8) = (
        x[2] + dmin(k::<D>(1.9), k::<D>(BETA)),
        ((((((k::<D>(0.9)) * s1.tanh()).acos()) * (((k::<D>(0.9)) * s1.tanh()).acos())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .cbrt())
            - (x[1].exp().sqrt() * ((k::<D>(-1.7)) + x[2])),
    );
    ((((s1 + a5) + a6) + u7) + w8) + x[3]
}

#[differentiable]
fn p19<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1 = c::<T>(std::f64::consts::E);
    let a2 = ((((c::<T>(0.5)) + (a1.cos().exp() * Float::cos(a1).exp())).ln_1p())
        + T::clamp(a1, c::<T>(-1.46), c::<T>(0.17)))
    .atan2(
        (a1 + x[1])
            / ((c::<T>(1.0))
                + (T::ln_1p((c::<T>(0.5)) + (x[2].exp() * x[2].exp())).tanh()
                    * Float::tanh(((c::<T>(0.5)) + (x[2].exp() * x[2].exp())).ln_1p()))),
    );
    let mut s3 = c::<T>(1.0);
    for i4 in 0..x.len() {
        let a5 = Float::powi((c::<T>(ALPHA)).sin(), 1);
        let mut s6 = T::from(0.5).unwrap();
        for i7 in 0..x.len() - 1 {
            let a8 = (x[i7] + a1) / ((c::<T>(1.0)) + ((c::<T>(-1.85)) * (c::<T>(-1.85))));
            s3 = (T::from(0.5).unwrap() * s3) + Float::atan(a2).mul_add(s3, x[i7 + 1]).sin();
        }
        s3 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * T::sin(T::from(0.7).unwrap().tanh()));
    }
    let mut m9: T = a1.clamp(T::from(-1.44).unwrap(), c::<T>(0.14));
    (((a1 + a2) + s3) + m9) + x[2]
}

fn p19_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(std::f64::consts::E);
    let a2 = ((((k::<D>(0.5)) + (a1.cos().exp() * a1.cos().exp())).ln_1p())
        + dclamp(a1, k::<D>(-1.46), k::<D>(0.17)))
    .atan2(
        (a1 + x[1])
            / ((k::<D>(1.0))
                + (((((k::<D>(0.5)) + (x[2].exp() * x[2].exp())).ln_1p()).tanh())
                    * ((((k::<D>(0.5)) + (x[2].exp() * x[2].exp())).ln_1p()).tanh()))),
    );
    let mut s3 = k::<D>(1.0);
    for i4 in 0..x.len() {
        let a5 = ((k::<D>(ALPHA)).sin()).powi(1);
        let mut s6 = k::<D>(0.5);
        for i7 in 0..x.len() - 1 {
            let a8 = (x[i7] + a1) / ((k::<D>(1.0)) + ((k::<D>(-1.85)) * (k::<D>(-1.85))));
            s3 = ((k::<D>(0.5)) * s3) + ((a2.atan() * s3 + x[i7 + 1]).sin());
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(0.7)).tanh()).sin()));
    }
    let mut m9: D = dclamp(a1, k::<D>(-1.44), k::<D>(0.14));
    (((a1 + a2) + s3) + m9) + x[2]
}

#[differentiable]
fn p20(x: &[f64]) -> f64 {
    let a1 = ALPHA.abs();
    let a2 = f64::ln_1p(0.5f64 + ((1.0f64 + (a1 * a1)) * (1.0 + (a1 * a1))));
    let mut m3 = (0.9 * x[1].sin()).acos();
    m3 = (0.5 * m3)
        + Float::mul_add(
            Float::sin(a2) * f64::atan(a2),
            ((1.0 + (m3 * m3)).cbrt()).atan(),
            a2,
        )
        .sin();
    let a4 = if x[3].exp2() >= 0.02_f64 {
        (1.0 + (x[2] * x[2])).log10()
    } else {
        x[3]
    };
    (((a1 + a2) * m3) - a4) + x[1]
}

fn p20_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(ALPHA)).abs();
    let a2 = ((k::<D>(0.5)) + (((k::<D>(1.0)) + (a1 * a1)) * ((k::<D>(1.0)) + (a1 * a1)))).ln_1p();
    let mut m3 = ((k::<D>(0.9)) * x[1].sin()).acos();
    m3 = ((k::<D>(0.5)) * m3)
        + (((a2.sin() * a2.atan()) * ((((k::<D>(1.0)) + (m3 * m3)).cbrt()).atan()) + a2).sin());
    let a4 = if x[3].exp2().re() >= (k::<D>(0.02)).re() {
        ((k::<D>(1.0)) + (x[2] * x[2])).log10()
    } else {
        x[3]
    };
    (((a1 + a2) * m3) - a4) + x[1]
}

#[differentiable]
fn p21<T: Float>(x0: T, x1: T) -> T {
    let (u1, w2) = (
        x1 / ((c::<T>(1.5)) + x0.tanh()),
        T::tan(T::from(-0.96).unwrap().sin()),
    );
    let w2 = -(-x0);
    let a3 = if (((c::<T>(ALPHA)).sin()).sin()).tan() <= c::<T>(-0.56) {
        ((c::<T>(0.9)) * (((((T::from(1.08).unwrap() + u1).atan()).exp_m1()).cos()).tanh())).acos()
    } else {
        -T::atan2(u1, w2)
    };
    let mut m4: T =
        Float::clamp(c::<T>(ALPHA), T::from(-1.15).unwrap(), c::<T>(0.59)) * (x0 / x1.exp());
    for i5 in 1..2 {
        m4 = (((c::<T>(0.7)) * m4) + x0.sin().abs()).tanh();
        m4 = m4 + T::asin((c::<T>(0.9)) * Float::tanh(c::<T>(V[i5]))).sin();
        m4 = m4
            * ((c::<T>(1.0))
                + (T::from(0.3).unwrap() * ((if w2 < c::<T>(0.77) { x0 } else { w2 }).sin())));
    }
    (((x1 * u1) * w2) + a3) + m4
}

fn p21_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        x1 / ((k::<D>(1.5)) + x0.tanh()),
        ((k::<D>(-0.96)).sin()).tan(),
    );
    let w2 = -(-x0);
    let a3 = if ((((k::<D>(ALPHA)).sin()).sin()).tan()).re() <= (k::<D>(-0.56)).re() {
        ((k::<D>(0.9)) * ((((((k::<D>(1.08)) + u1).atan()).exp_m1()).cos()).tanh())).acos()
    } else {
        -u1.atan2(w2)
    };
    let mut m4: D = dclamp(k::<D>(ALPHA), k::<D>(-1.15), k::<D>(0.59)) * (x0 / x1.exp());
    for i5 in 1..2 {
        m4 = (((k::<D>(0.7)) * m4) + x0.sin().abs()).tanh();
        m4 += (((k::<D>(0.9)) * ((k::<D>(V[i5])).tanh())).asin()).sin();
        m4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((if w2.re() < (k::<D>(0.77)).re() {
                    x0
                } else {
                    w2
                })
                .sin()));
    }
    (((x1 * u1) * w2) + a3) + m4
}

#[differentiable]
fn p22(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x1.abs() + ((1.0 + ((1.8f64 / x1.cosh()) * (1.8 / x1.cosh()))).recip());
    let mut s2 = 0.5;
    for i3 in 0..=4 {
        let a4: f64 = V[i3];
        s2 -= f64::cos(x0);
        let a5 = ALPHA.cos().cosh().tanh() * f64::tanh(Float::tanh(s2) * a1);
        s2 *= 1.0 + (0.3 * f64::tanh(a4).sin());
        s2 *= 1.0 + (0.3_f64 * (((x0 - a5) * (-x1)).sin()));
    }
    s2 -= ((((s2 + s2).sin()).exp()).powf(x1)).tanh();
    (((x0 - x1) - x2) * a1) + s2
}

fn p22_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x1.abs()
        + (((k::<D>(1.0)) + (((k::<D>(1.8)) / x1.cosh()) * ((k::<D>(1.8)) / x1.cosh()))).recip());
    let mut s2 = k::<D>(0.5);
    for i3 in 0..=4 {
        let a4: D = k::<D>(V[i3]);
        s2 -= x0.cos();
        let a5 = ((((k::<D>(ALPHA)).cos()).cosh()).tanh()) * ((s2.tanh() * a1).tanh());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a4.tanh().sin());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((x0 - a5) * (-x1)).sin()));
    }
    s2 -= ((x1 * (((s2 + s2).sin()).exp()).ln()).exp()).tanh();
    (((x0 - x1) - x2) * a1) + s2
}

#[differentiable]
fn p25(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = f64::powf(
        2.0f64
            + ((if 1.281.tanh() >= f64::sinh(x0) {
                x1
            } else {
                x0
            })
            .sin()),
        -(-0.7_f64),
    );
    let (u2, w3) = (-x2, (1.1 + (a1.hypot(1.0f64) * a1.hypot(1.0))).acosh());
    let mut s4: f64 = 1.0;
    for i5 in 1..3 {
        for i6 in (i5 + 1)..6 {
            let a7 = if a1.tanh().sinh() >= w3 {
                std::f64::consts::E + s4
            } else {
                u2
            };
            let (u8, w9) = (
                ((2.0 + Float::sin(x1)).powi(0))
                    / Float::cosh(Float::cos(Float::acosh(
                        1.1 + (Float::exp(Float::cos(core::f64::consts::PI))
                            * core::f64::consts::PI.cos().exp()),
                    ))),
                (-0.12_f64) - ((1.0 + (s4 * s4)).sqrt()),
            );
            if Float::sinh(x0) >= s4.cosh() {
                continue;
            }
            if !(a7 - s4 > 0.6_f64) {
                s4 -= f64::acosh(
                    1.1 + (((((2.0 + f64::sin(W[i5])).log(x2.sin().exp())).atan()).exp())
                        * Float::atan(f64::log(2.0 + W[i5].sin(), f64::exp(x2.sin()))).exp()),
                )
                .atan();
            } else {
                s4 = (0.5 * s4) + (((2.0 + u2.powi(2).sin()).powi(-1)).atan());
            }
            s4 = (0.5 * s4) + ((a7 + w9).cos());
        }
        s4 *= 1.0 + (0.3 * Float::sin(w3));
        s4 = (0.5 * s4) + (((1.0 + ((x2 + u2) * (x2 + u2))).powi(-1)).tanh());
    }
    s4 -= (((w3 / 0.98.cosh()).atan()).cosh()).powf(((0.9 * ((-1.0_f64).tanh())).atanh()).tanh());
    let a10 = x0;
    let a11: f64 = -x1;
    s4 = ((0.7 * s4) + Float::log10(1.0 + (s4.sin() * Float::sin(s4)))).sin();
    (((u2 * w3) * s4) + a10) * a11
}

fn p25_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((-(k::<D>(-0.7)))
        * ((k::<D>(2.0))
            + ((if ((k::<D>(1.281)).tanh()).re() >= x0.sinh().re() {
                x1
            } else {
                x0
            })
            .sin()))
        .ln())
    .exp();
    let (u2, w3) = (
        -x2,
        ((k::<D>(1.1))
            + (((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh(),
    );
    let mut s4: D = k::<D>(1.0);
    for i5 in 1..3 {
        for i6 in (i5 + 1)..6 {
            let a7 = if a1.tanh().sinh().re() >= w3.re() {
                (k::<D>(std::f64::consts::E)) + s4
            } else {
                u2
            };
            let (u8, w9) = (
                (((k::<D>(2.0)) + x1.sin()).powi(0))
                    / (((((k::<D>(1.1))
                        + ((((k::<D>(core::f64::consts::PI)).cos()).exp())
                            * (((k::<D>(core::f64::consts::PI)).cos()).exp())))
                    .acosh())
                    .cos())
                    .cosh()),
                (k::<D>(-0.12)) - (((k::<D>(1.0)) + (s4 * s4)).sqrt()),
            );
            if x0.sinh().re() >= s4.cosh().re() {
                continue;
            }
            if !((a7 - s4).re() > (k::<D>(0.6)).re()) {
                s4 -= (((k::<D>(1.1))
                    + ((((((k::<D>(2.0)) + ((k::<D>(W[i5])).sin())).ln()
                        / x2.sin().exp().ln())
                    .atan())
                    .exp())
                        * (((((k::<D>(2.0)) + ((k::<D>(W[i5])).sin())).ln()
                            / x2.sin().exp().ln())
                        .atan())
                        .exp())))
                .acosh())
                .atan();
            } else {
                s4 = ((k::<D>(0.5)) * s4) + ((((k::<D>(2.0)) + u2.powi(2).sin()).powi(-1)).atan());
            }
            s4 = ((k::<D>(0.5)) * s4) + ((a7 + w9).cos());
        }
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * w3.sin());
        s4 = ((k::<D>(0.5)) * s4) + ((((k::<D>(1.0)) + ((x2 + u2) * (x2 + u2))).powi(-1)).tanh());
    }
    s4 -= (((((k::<D>(0.9)) * ((k::<D>(-1.0)).tanh())).atanh()).tanh())
        * (((w3 / ((k::<D>(0.98)).cosh())).atan()).cosh()).ln())
    .exp();
    let a10 = x0;
    let a11: D = -x1;
    s4 = (((k::<D>(0.7)) * s4) + (((k::<D>(1.0)) + (s4.sin() * s4.sin())).log10())).sin();
    (((u2 * w3) * s4) + a10) * a11
}

#[differentiable]
fn p26(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = (0.46_f64, y);
    let y = 0.9 + Float::asin(0.9 * Float::cos(x[4].exp2()).sin());
    let mut s3: f64 = 0.0;
    for i4 in 0..x.len() {
        if (1.1 + ((1.0 + ((-0.8) * (-0.8))) * (1.0f64 + ((-0.8) * (-0.8))))).acosh() > 0.11 {
            s3 /= ((2.0 + Float::sin(w2)).powi(-1)).cosh();
        }
        let a5 = (1.1f64
            + (((((1.5 + f64::tanh(x[i4])).cbrt()).atan()).exp())
                * Float::exp(((1.5 + x[i4].tanh()).cbrt()).atan())))
        .acosh();
        if f64::cos(u1) >= x[i4].clamp(-0.2, 1.16) || -0.497 <= w2 {
            continue;
        }
        let a6 = (Float::atan(x[i4]) * (-y)) + ((0.9 * f64::sin(x[i4]).tanh()).atanh());
        s3 /= 2.0 + a5.sin();
    }
    if (-1.3) - w2 < x[4] - x[2] {
        return w2;
    }
    if w2 > 0.3 {
        s3 -= 0.01f64.sin().tan();
    } else {
        s3 += (1.0 + (x[3] * x[3])).sqrt();
    }
    let mut s7: f64 = 0.0;
    for i8 in 0..x.len() / 2 {
        let a9 = f64::sin(s3).exp_m1().tanh() * f64::atan(w2.exp2());
        let a10 = ((-1.85) * (-1.3)).atan2(1.284);
        s7 = s7.min(0.65.tanh());
        if i8 != 2 {
            continue;
        }
    }
    ((((u1 + w2) + y) + s3) + s7) + x[5]
}

fn p26_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (k::<D>(0.46), y);
    let y = (k::<D>(0.9)) + (((k::<D>(0.9)) * x[4].exp2().cos().sin()).asin());
    let mut s3: D = k::<D>(0.0);
    for i4 in 0..x.len() {
        if (((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((k::<D>(-0.8)) * (k::<D>(-0.8))))
                * ((k::<D>(1.0)) + ((k::<D>(-0.8)) * (k::<D>(-0.8))))))
        .acosh())
        .re()
            > (k::<D>(0.11)).re()
        {
            s3 /= (((k::<D>(2.0)) + w2.sin()).powi(-1)).cosh();
        }
        let a5 = ((k::<D>(1.1))
            + ((((((k::<D>(1.5)) + x[i4].tanh()).cbrt()).atan()).exp())
                * (((((k::<D>(1.5)) + x[i4].tanh()).cbrt()).atan()).exp())))
        .acosh();
        if u1.cos().re() >= dclamp(x[i4], k::<D>(-0.2), k::<D>(1.16)).re()
            || (k::<D>(-0.497)).re() <= w2.re()
        {
            continue;
        }
        let a6 = (x[i4].atan() * (-y)) + (((k::<D>(0.9)) * x[i4].sin().tanh()).atanh());
        s3 /= (k::<D>(2.0)) + a5.sin();
    }
    if ((k::<D>(-1.3)) - w2).re() < (x[4] - x[2]).re() {
        return w2;
    }
    if w2.re() > (k::<D>(0.3)).re() {
        s3 -= ((k::<D>(0.01)).sin()).tan();
    } else {
        s3 += ((k::<D>(1.0)) + (x[3] * x[3])).sqrt();
    }
    let mut s7: D = k::<D>(0.0);
    for i8 in 0..x.len() / 2 {
        let a9 = s3.sin().exp_m1().tanh() * w2.exp2().atan();
        let a10 = ((k::<D>(-1.85)) * (k::<D>(-1.3))).atan2(k::<D>(1.284));
        s7 = dmin(s7, (k::<D>(0.65)).tanh());
        if i8 != 2 {
            continue;
        }
    }
    ((((u1 + w2) + y) + s3) + s7) + x[5]
}

#[differentiable]
fn p29(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = x2.sin().tan();
    let mut s2: f64 = 0.0;
    for i3 in 2..4 {
        s2 *= 1.0 + (0.3 * x1.sin());
        let a4: f64 = x0;
        for i5 in 1..=3 {
            s2 = ((0.7 * s2) + ((2.0 + ((a1 * (-1.2f64)).sin())).log10())).atan();
            s2 *= 1.0 + (0.3_f64 * f64::sin((2.0 + Float::sin(a1 + x2)).ln()));
        }
        s2 /= ((1.1 + ((1.0_f64 + (x2 * x2)) * (1.0 + (x2 * x2)))).acosh()).hypot(1.0);
        s2 += f64::tanh(Float::atanh(0.9_f64 * W[i3].tanh()));
    }
    let (u7, w8) = (
        (((a1 + x2).tanh()).exp2())
            .atan2((x1 / ((-1.415).cosh())) - ((1.0_f64 + (x0 * x0)).recip())),
        {
            let t6 = a1 * s2;
            (-0.722).cosh()
        },
    );
    let a9 = if -1.9 > -0.13 {
        1.98.cos()
    } else {
        (0.9 * x0.sin()).atanh()
    };
    let a10 = if -(-1.9_f64) >= 0.55 {
        s2
    } else {
        (2.0 + f64::asin(0.9 * Float::tanh(a9.hypot(0.6f64)).tanh()).sin()).powi(-1)
    };
    let mut s11 = 0.0;
    for i12 in 1..4 {
        if i12 >= 0 {
            s11 += f64::tanh(f64::sin(a1) + ((1.5_f64 + x0.tanh()).log10()));
        } else {
            s11 += ({
                let t13 = a9.abs();
                a10
            })
            .atan();
        }
        s2 = (0.5_f64 * s2) + Float::sin(s2).exp().tanh();
    }
    let a14 = Float::ln_1p(0.5 + ((1.0 + (u7 * u7)) * (1.0_f64 + (u7 * u7))));
    (((w8 + a9) + a10) + s11) + a14
}

fn p29_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = x2.sin().tan();
    let mut s2: D = k::<D>(0.0);
    for i3 in 2..4 {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin());
        let a4: D = x0;
        for i5 in 1..=3 {
            s2 = (((k::<D>(0.7)) * s2) + (((k::<D>(2.0)) + ((a1 * (k::<D>(-1.2))).sin())).log10()))
                .atan();
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(2.0)) + ((a1 + x2).sin())).ln()).sin()));
        }
        s2 /= ((((k::<D>(1.1)) + (((k::<D>(1.0)) + (x2 * x2)) * ((k::<D>(1.0)) + (x2 * x2))))
            .acosh())
            * (((k::<D>(1.1)) + (((k::<D>(1.0)) + (x2 * x2)) * ((k::<D>(1.0)) + (x2 * x2))))
                .acosh())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
        s2 += (((k::<D>(0.9)) * ((k::<D>(W[i3])).tanh())).atanh()).tanh();
    }
    let (u7, w8) = (
        (((a1 + x2).tanh()).exp2())
            .atan2((x1 / ((k::<D>(-1.415)).cosh())) - (((k::<D>(1.0)) + (x0 * x0)).recip())),
        {
            let t6 = a1 * s2;
            (k::<D>(-0.722)).cosh()
        },
    );
    let a9 = if (k::<D>(-1.9)).re() > (k::<D>(-0.13)).re() {
        (k::<D>(1.98)).cos()
    } else {
        ((k::<D>(0.9)) * x0.sin()).atanh()
    };
    let a10 = if (-(k::<D>(-1.9))).re() >= (k::<D>(0.55)).re() {
        s2
    } else {
        ((k::<D>(2.0))
            + ((((k::<D>(0.9))
                * ((((a9 * a9 + (k::<D>(0.6)) * (k::<D>(0.6))).sqrt()).tanh()).tanh()))
            .asin())
            .sin()))
        .powi(-1)
    };
    let mut s11 = k::<D>(0.0);
    for i12 in 1..4 {
        if i12 >= 0 {
            s11 += (a1.sin() + (((k::<D>(1.5)) + x0.tanh()).log10())).tanh();
        } else {
            s11 += ({
                let t13 = a9.abs();
                a10
            })
            .atan();
        }
        s2 = ((k::<D>(0.5)) * s2) + s2.sin().exp().tanh();
    }
    let a14 = ((k::<D>(0.5)) + (((k::<D>(1.0)) + (u7 * u7)) * ((k::<D>(1.0)) + (u7 * u7)))).ln_1p();
    (((w8 + a9) + a10) + s11) + a14
}

#[differentiable]
fn p30<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let mut m1 = y;
    m1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((-(-y.powi(3))).sin()));
    let mut s2: T = c::<T>(0.0);
    for &i3 in x.iter() {
        let mut m4: T = T::from(0.12).unwrap() * i3;
        let a5 = y.asinh();
        let mut s6 = T::one();
        for i7 in 0..x.len() / 2 {
            if i7 % 2 == 0 {
                break;
            }
            let a8: T = m4;
            if m4 * s2 < c::<T>(-0.5) {
                s2 = ((c::<T>(0.5)) * s2)
                    + T::clamp(a8 + x[2 * i7 + 1].exp2(), c::<T>(-0.6), c::<T>(0.33)).atan();
            } else {
                m1 = (T::from(0.5).unwrap() * m1)
                    + (((((c::<T>(BETA)) * (c::<T>(V[i7])))
                        * (((c::<T>(1.5)) + m4.tanh()).cbrt()))
                        - Float::cosh(s2.sin()))
                    .sin());
            }
            s6 -= (x[2 * i7 + 1] + a8).tanh();
            m4 += ((((c::<T>(1.5)) + ((c::<T>(W[i7])).tanh())).log2()) + (c::<T>(0.87))).sin();
        }
        m1 -= T::mul_add(T::atan(s2), c::<T>(0.7), c::<T>(BETA)).atan();
        m1 -= (c::<T>(-1.009)).cos();
    }
    let a10 = if x[1] + (c::<T>(ALPHA)) < -m1 {
        x[2] - x[3]
    } else {
        {
            let t9 = x[3];
            t9
        }
    };
    s2 *= T::one()
        + ((c::<T>(0.3))
            * (((((c::<T>(2.0))
                + Float::sin(((c::<T>(1.0)) + (s2.atan() * s2.atan())).recip()))
            .ln())
                - y)
                .sin()));
    let mut m11 = (T::one()
        + (((((c::<T>(1.432)).cos()) + T::exp(x[3])).sin())
            * ((((c::<T>(1.432)).cos()) + Float::exp(x[3])).sin())))
    .powi(-1);
    ((((y + m1) + s2) + a10) + m11) + x[1]
}

fn p30_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = y;
    m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-(-y.powi(3))).sin()));
    let mut s2: D = k::<D>(0.0);
    for &i3 in x.iter() {
        let mut m4: D = (k::<D>(0.12)) * i3;
        let a5 = y.asinh();
        let mut s6 = k::<D>(1.0);
        for i7 in 0..x.len() / 2 {
            if i7 % 2 == 0 {
                break;
            }
            let a8: D = m4;
            if (m4 * s2).re() < (k::<D>(-0.5)).re() {
                s2 = ((k::<D>(0.5)) * s2)
                    + dclamp(a8 + x[2 * i7 + 1].exp2(), k::<D>(-0.6), k::<D>(0.33)).atan();
            } else {
                m1 = ((k::<D>(0.5)) * m1)
                    + (((((k::<D>(BETA)) * (k::<D>(V[i7])))
                        * (((k::<D>(1.5)) + m4.tanh()).cbrt()))
                        - s2.sin().cosh())
                    .sin());
            }
            s6 -= (x[2 * i7 + 1] + a8).tanh();
            m4 += ((((k::<D>(1.5)) + ((k::<D>(W[i7])).tanh())).log2()) + (k::<D>(0.87))).sin();
        }
        m1 -= (s2.atan() * (k::<D>(0.7)) + (k::<D>(BETA))).atan();
        m1 -= (k::<D>(-1.009)).cos();
    }
    let a10 = if (x[1] + (k::<D>(ALPHA))).re() < (-m1).re() {
        x[2] - x[3]
    } else {
        {
            let t9 = x[3];
            t9
        }
    };
    s2 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((((k::<D>(2.0)) + ((((k::<D>(1.0)) + (s2.atan() * s2.atan())).recip()).sin()))
                .ln())
                - y)
                .sin()));
    let mut m11 = ((k::<D>(1.0))
        + (((((k::<D>(1.432)).cos()) + x[3].exp()).sin())
            * ((((k::<D>(1.432)).cos()) + x[3].exp()).sin())))
    .powi(-1);
    ((((y + m1) + s2) + a10) + m11) + x[1]
}

#[differentiable]
fn p31(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.0;
    for i2 in 0..2 {
        let mut s3 = 0.0;
        for i4 in 2..6 {
            let a7 = if x0 * V[i2] < (-0.835f64) - x1 {
                {
                    let t5 = s1.exp2();
                    f64::ln_1p(0.5 + (x1.cosh() * x1.cosh()))
                }
            } else {
                (1.0_f64
                    + (({
                        let t6 = s3;
                        x0
                    }) * ({
                        let t6 = s3;
                        x0
                    })))
                .sqrt()
            };
            s1 += a7.atan();
        }
        let mut m8 = f64::atanh(0.9 * s3.tanh()).sin()
            * ((x1 - s1) / (1.0 + (Float::sin(s1.atan().sinh()) * Float::atan(s1).sinh().sin())));
        let a9: f64 = x0.max(m8);
        m8 = (0.5 * m8) + x0.cos();
    }
    let mut m10: f64 = s1;
    let mut s11 = 1.0;
    for i12 in 0..=3 {
        let a13 = m10.cos().exp2();
        s1 = s1.min((s11 - s1).cos());
    }
    let mut m14: f64 = x1 - (x1.atan() / (2.0 + Float::ln(1.5 + 0.31_f64.tanh()).sin()));
    let a15 = s11.ceil() * x1;
    (((s1 + m10) + s11) + m14) + a15
}

fn p31_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..2 {
        let mut s3 = k::<D>(0.0);
        for i4 in 2..6 {
            let a7 = if (x0 * (k::<D>(V[i2]))).re() < ((k::<D>(-0.835)) - x1).re() {
                {
                    let t5 = s1.exp2();
                    ((k::<D>(0.5)) + (x1.cosh() * x1.cosh())).ln_1p()
                }
            } else {
                ((k::<D>(1.0))
                    + (({
                        let t6 = s3;
                        x0
                    }) * ({
                        let t6 = s3;
                        x0
                    })))
                .sqrt()
            };
            s1 += a7.atan();
        }
        let mut m8 = ((((k::<D>(0.9)) * s3.tanh()).atanh()).sin())
            * ((x1 - s1) / ((k::<D>(1.0)) + (s1.atan().sinh().sin() * s1.atan().sinh().sin())));
        let a9: D = dmax(x0, m8);
        m8 = ((k::<D>(0.5)) * m8) + x0.cos();
    }
    let mut m10: D = s1;
    let mut s11 = k::<D>(1.0);
    for i12 in 0..=3 {
        let a13 = m10.cos().exp2();
        s1 = dmin(s1, (s11 - s1).cos());
    }
    let mut m14: D = x1
        - (x1.atan() / ((k::<D>(2.0)) + ((((k::<D>(1.5)) + ((k::<D>(0.31)).tanh())).ln()).sin())));
    let a15 = (k::<D>(s11.re().ceil())) * x1;
    (((s1 + m10) + s11) + m14) + a15
}

#[differentiable]
fn p32(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (x2, x1);
    let mut m3 = x0;
    let mut s4 = 0.5;
    for i5 in 0..4 {
        let a6: f64 = ALPHA;
        s4 = (0.5 * s4) + Float::atanh(0.9 * (((u1 + a6).atan()).sin())).atan();
        m3 *= 1.0
            + (0.3
                * (({
                    let t7 = -0.79_f64;
                    x2
                })
                .sin()));
    }
    let (u8, w9) = (
        Float::min(0.8 * ((1.1 + (u1.hypot(1.0) * u1.hypot(1.0))).acosh()), s4),
        ((-w2) - (s4 * x0)).cos(),
    );
    if x2 / (1.0f64 + ((-0.698) * (-0.698))) > 0.35 {
        m3 -= u1;
    } else {
        s4 = (0.5 * s4) + x0;
    }
    (((w2 + m3) - s4) + u8) + w9
}

fn p32_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x2, x1);
    let mut m3 = x0;
    let mut s4 = k::<D>(0.5);
    for i5 in 0..4 {
        let a6: D = k::<D>(ALPHA);
        s4 = ((k::<D>(0.5)) * s4) + ((((k::<D>(0.9)) * (((u1 + a6).atan()).sin())).atanh()).atan());
        m3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (({
                    let t7 = k::<D>(-0.79);
                    x2
                })
                .sin()));
    }
    let (u8, w9) = (
        dmin(
            (k::<D>(0.8))
                * (((k::<D>(1.1))
                    + (((u1 * u1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((u1 * u1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh()),
            s4,
        ),
        ((-w2) - (s4 * x0)).cos(),
    );
    if (x2 / ((k::<D>(1.0)) + ((k::<D>(-0.698)) * (k::<D>(-0.698))))).re() > (k::<D>(0.35)).re() {
        m3 -= u1;
    } else {
        s4 = ((k::<D>(0.5)) * s4) + x0;
    }
    (((w2 + m3) - s4) + u8) + w9
}

#[differentiable]
fn p34(x: &[f64]) -> f64 {
    let a1: f64 = ALPHA;
    let a2: f64 = a1 + x[2];
    let a3 = if a2.cos() < -0.23 {
        Float::log10(2.0 + f64::exp2(a2.atan()).sin())
    } else {
        a2
    };
    let a4: f64 = (0.9_f64 * f64::sin(x[0])).acos();
    (((a1 + a2) - a3) + a4) + x[1]
}

fn p34_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(ALPHA);
    let a2: D = a1 + x[2];
    let a3 = if a2.cos().re() < (k::<D>(-0.23)).re() {
        ((k::<D>(2.0)) + a2.atan().exp2().sin()).log10()
    } else {
        a2
    };
    let a4: D = ((k::<D>(0.9)) * x[0].sin()).acos();
    (((a1 + a2) - a3) + a4) + x[1]
}

#[differentiable]
fn p36(x: &[f64]) -> f64 {
    let a1 = std::f64::consts::E.floor() * (-1.3);
    let (u2, w3) = (x[0], x[5]);
    let a1 = x[0] - x[0];
    let mut s4 = 1.0;
    for &i5 in x.iter() {
        for i6 in 0..x.len() {
            s4 = ((0.7 * s4) + s4.cos()).tanh();
            let a7: f64 = u2 - 0.5;
            let a8 = if i6 != 1 {
                (x[i6] - w3) / (1.0 + ((i5 * x[i6]) * (i5 * x[i6])))
            } else {
                Float::ln(1.0_f64 + (w3.hypot(1.0).log10() * f64::hypot(w3, 1.0_f64).log10()))
            };
            s4 = Float::cos(
                (0.7 * s4)
                    + (if u2 < x[i6] + a8 {
                        1.01f64.atan2(s4)
                    } else {
                        (1.0 + (a1 * a1)).log10()
                    }),
            );
            s4 += (if x[i6].sin() > a1 * a8 {
                w3
            } else {
                (-1.9).powi(1)
            })
            .cos();
        }
        s4 += Float::tanh({
            let t9 = a1.cos().exp_m1();
            -1.83
        });
        s4 = (0.5 * s4) + Float::sin(x[2]).tanh();
    }
    (((u2 + w3) + a1) + s4) * x[2]
}

fn p36_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>((k::<D>(std::f64::consts::E)).re().floor())) * (k::<D>(-1.3));
    let (u2, w3) = (x[0], x[5]);
    let a1 = x[0] - x[0];
    let mut s4 = k::<D>(1.0);
    for &i5 in x.iter() {
        for i6 in 0..x.len() {
            s4 = (((k::<D>(0.7)) * s4) + s4.cos()).tanh();
            let a7: D = u2 - (k::<D>(0.5));
            let a8 = if i6 != 1 {
                (x[i6] - w3) / ((k::<D>(1.0)) + ((i5 * x[i6]) * (i5 * x[i6])))
            } else {
                ((k::<D>(1.0))
                    + ((((w3 * w3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10())
                        * (((w3 * w3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10())))
                .ln()
            };
            s4 = (((k::<D>(0.7)) * s4)
                + (if u2.re() < (x[i6] + a8).re() {
                    (k::<D>(1.01)).atan2(s4)
                } else {
                    ((k::<D>(1.0)) + (a1 * a1)).log10()
                }))
            .cos();
            s4 += (if x[i6].sin().re() > (a1 * a8).re() {
                w3
            } else {
                (k::<D>(-1.9)).powi(1)
            })
            .cos();
        }
        s4 += ({
            let t9 = a1.cos().exp_m1();
            k::<D>(-1.83)
        })
        .tanh();
        s4 = ((k::<D>(0.5)) * s4) + x[2].sin().tanh();
    }
    (((u2 + w3) + a1) + s4) * x[2]
}

#[differentiable]
fn p37(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 1.0;
    for i2 in 1..5 {
        s1 = s1.max(f64::cos(s1 + ALPHA).cos());
        let a3 = Float::exp_m1(x1);
        s1 = (0.5_f64 * s1) + ((-1.19).atan());
    }
    let mut m4 = s1.atan();
    let mut s5 = 0.0;
    for i6 in 1..=4 {
        let (u7, w8) = (s5, std::f64::consts::E);
        let (u9, w10) = (
            (m4.tanh() - m4) + f64::clamp(1.47 - 0.667, -0.52, 1.18f64),
            -s1.tanh().exp(),
        );
        let a11 = (0.9_f64
            * f64::tanh(
                Float::asin(0.9 * ((((1.0 + (m4 * m4)).powf(f64::cos(w10))).atan()).sin())).atan(),
            ))
        .asin();
        m4 += (if ((-0.2).trunc()) * x2 > -0.62 {
            a11.sin()
        } else {
            Float::asin(0.9 * w10.atan().tanh())
        })
        .tanh();
        s1 += Float::cos(BETA / x0.exp());
    }
    (((x1 + x2) + s1) + m4) + s5
}

fn p37_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 1..5 {
        s1 = dmax(s1, ((s1 + (k::<D>(ALPHA))).cos()).cos());
        let a3 = x1.exp_m1();
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(-1.19)).atan());
    }
    let mut m4 = s1.atan();
    let mut s5 = k::<D>(0.0);
    for i6 in 1..=4 {
        let (u7, w8) = (s5, k::<D>(std::f64::consts::E));
        let (u9, w10) = (
            (m4.tanh() - m4)
                + dclamp(
                    (k::<D>(1.47)) - (k::<D>(0.667)),
                    k::<D>(-0.52),
                    k::<D>(1.18),
                ),
            -s1.tanh().exp(),
        );
        let a11 = ((k::<D>(0.9))
            * (((((k::<D>(0.9))
                * ((((w10.cos() * ((k::<D>(1.0)) + (m4 * m4)).ln()).exp()).atan()).sin()))
            .asin())
            .atan())
            .tanh()))
        .asin();
        m4 += (if ((k::<D>((k::<D>(-0.2)).re().trunc())) * x2).re() > (k::<D>(-0.62)).re() {
            a11.sin()
        } else {
            ((k::<D>(0.9)) * w10.atan().tanh()).asin()
        })
        .tanh();
        s1 += ((k::<D>(BETA)) / x0.exp()).cos();
    }
    (((x1 + x2) + s1) + m4) + s5
}

#[differentiable]
fn p38(x: &[f64], y: f64) -> f64 {
    let mut m1 = (1.0 + (x[0] * x[0])).powf(y);
    m1 = m1.min(
        (((0.9 * f64::sin((-m1).cos())).atanh()) + ((1.2f64 + (-0.37)) * ((-1.21) * m1))).tanh(),
    );
    let a3 = Float::cosh(((0.5 + ((1.5 + m1.tanh()) * (1.5 + Float::tanh(m1)))).ln_1p()).sin())
        - (if {
            let t2 = y;
            y
        } < 0.8
            || 0.7 <= BETA
        {
            f64::acos(0.9 * Float::sin(m1.atan()))
        } else {
            Float::ln_1p(0.5 + ((1.0 + (x[2] * x[2])) * (1.0 + (x[2] * x[2]))))
        });
    let mut s4 = 0.0;
    for i5 in 1..x.len() {
        let y: f64 = x[i5 - 1] * (-1.781);
        if a3 - x[i5 - 1] >= -0.29 {
            s4 *= 1.0 + (0.3 * V[i5].sin());
        } else {
            s4 -= (V[i5].signum() * x[i5]).atan();
        }
        let mut m6 = m1;
        m1 -= (((-1.794_f64).signum()) * a3.atan()).cos();
        if f64::powi(y, 1) < x[i5 - 1].atan2(x[i5 - 1]) {
            continue;
        }
    }
    m1 /= 1.0 + (m1.cos() * m1.cos());
    let mut m7 = (1.0
        + (((((1.1 + (ALPHA.atan().exp() * ALPHA.atan().exp())).acosh()).sin())
            .mul_add(Float::cos(x[1]), x[2]))
            * f64::mul_add(
                ((1.1 + (f64::exp(Float::atan(ALPHA)) * f64::exp(f64::atan(ALPHA)))).acosh()).sin(),
                x[1].cos(),
                x[2],
            )))
    .ln();
    ((((y + m1) + a3) + s4) + m7) + x[2]
}

fn p38_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = (y * ((k::<D>(1.0)) + (x[0] * x[0])).ln()).exp();
    m1 = dmin(
        m1,
        ((((k::<D>(0.9)) * (((-m1).cos()).sin())).atanh())
            + (((k::<D>(1.2)) + (k::<D>(-0.37))) * ((k::<D>(-1.21)) * m1)))
            .tanh(),
    );
    let a3 = (((((k::<D>(0.5)) + (((k::<D>(1.5)) + m1.tanh()) * ((k::<D>(1.5)) + m1.tanh())))
        .ln_1p())
    .sin())
    .cosh())
        - (if ({
            let t2 = y;
            y
        })
        .re()
            < (k::<D>(0.8)).re()
            || (k::<D>(0.7)).re() <= (k::<D>(BETA)).re()
        {
            ((k::<D>(0.9)) * m1.atan().sin()).acos()
        } else {
            ((k::<D>(0.5)) + (((k::<D>(1.0)) + (x[2] * x[2])) * ((k::<D>(1.0)) + (x[2] * x[2]))))
                .ln_1p()
        });
    let mut s4 = k::<D>(0.0);
    for i5 in 1..x.len() {
        let y: D = x[i5 - 1] * (k::<D>(-1.781));
        if (a3 - x[i5 - 1]).re() >= (k::<D>(-0.29)).re() {
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(V[i5])).sin()));
        } else {
            s4 -= ((k::<D>((k::<D>(V[i5])).re().signum())) * x[i5]).atan();
        }
        let mut m6 = m1;
        m1 -= ((k::<D>((k::<D>(-1.794)).re().signum())) * a3.atan()).cos();
        if y.powi(1).re() < x[i5 - 1].atan2(x[i5 - 1]).re() {
            continue;
        }
    }
    m1 /= (k::<D>(1.0)) + (m1.cos() * m1.cos());
    let mut m7 = ((k::<D>(1.0))
        + ((((((k::<D>(1.1))
            + ((((k::<D>(ALPHA)).atan()).exp()) * (((k::<D>(ALPHA)).atan()).exp())))
        .acosh())
        .sin())
            * x[1].cos()
            + x[2])
            * (((((k::<D>(1.1))
                + ((((k::<D>(ALPHA)).atan()).exp()) * (((k::<D>(ALPHA)).atan()).exp())))
            .acosh())
            .sin())
                * x[1].cos()
                + x[2])))
        .ln();
    ((((y + m1) + a3) + s4) + m7) + x[2]
}

#[differentiable]
fn p39<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = (((c::<T>(1.0)) + (x2 * x2)).recip()).clamp(T::from(-0.99).unwrap(), c::<T>(0.93));
    let mut m2: T = ((c::<T>(0.9))
        * (((((c::<T>(-1.68)) - x0) * (((c::<T>(2.0)) + Float::sin(x2)).recip())).sin()).sin()))
    .acos();
    m2 = ((c::<T>(0.5)) * m2)
        + ((T::from(1.5).unwrap() + ((x0 + (c::<T>(ALPHA))).tanh())).powf(c::<T>(0.89)));
    if (c::<T>(-1.3)) - (c::<T>(-0.8)) > c::<T>(-0.55) {
        m2 = m2.max(x0);
    } else {
        m2 += T::from(-0.2).unwrap() + x2;
    }
    let mut s3 = T::from(0.5).unwrap();
    for i4 in 1..=5 {
        if s3 <= T::powf(x0.cosh(), x2) {
            continue;
        }
        m2 -= (((c::<T>(2.0)) + T::sin(m2)).recip()).sin();
        s3 += (T::cosh(s3 * x1)
            + T::mul_add(
                T::sinh(x1).atan(),
                (m2 * x1).sin(),
                if x1 <= c::<T>(W[i4]) { x1 } else { s3 },
            ))
        .atan();
        let mut s5: T = c::<T>(1.0);
        for i6 in (i4 + 1)..8 {
            if Float::tanh(s3).powi(1) <= T::from(-1.2).unwrap() {
                m2 = (T::from(0.5).unwrap() * m2) + T::cos(x2);
            } else {
                m2 = ((c::<T>(0.5)) * m2) + x1.sin();
            }
            let a7 = a1 / ((c::<T>(1.0)) + ((c::<T>(ALPHA)) * (c::<T>(ALPHA))));
            s5 = ((c::<T>(0.5)) * s5) + ((s3 * a7).cos());
            s5 -= T::cos((-a1).sinh());
        }
        m2 -= (({
            let t8 = x0;
            a1
        }) - x0.atan2(x0))
        .atan();
    }
    let a10 = if x2.mul_add(x0, x1) < {
        let t9 = x0;
        a1
    } {
        s3 * x1
    } else {
        m2 + (c::<T>(-0.953))
    };
    let mut s11: T = T::zero();
    for i12 in 2..=5 {
        let a13 =
            T::cosh(Float::log((c::<T>(1.5)) + x0.tanh(), Float::sin(T::cos(a10)).exp()).cos())
                .tanh()
                .exp();
        let a14: T = (a1 + (c::<T>(std::f64::consts::E))) + (x1 * s3);
        let a15 = x2.asinh();
        m2 -= ((((c::<T>(0.9)) * Float::cos(a14).tanh()).atanh())
            - Float::sin(c::<T>(core::f64::consts::PI)))
        .atan();
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(a1.cos()));
    }
    (((a1 + m2) + s3) + a10) + s11
}

fn p39_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = dclamp(
        ((k::<D>(1.0)) + (x2 * x2)).recip(),
        k::<D>(-0.99),
        k::<D>(0.93),
    );
    let mut m2: D = ((k::<D>(0.9))
        * (((((k::<D>(-1.68)) - x0) * (((k::<D>(2.0)) + x2.sin()).recip())).sin()).sin()))
    .acos();
    m2 = ((k::<D>(0.5)) * m2)
        + (((k::<D>(0.89)) * ((k::<D>(1.5)) + ((x0 + (k::<D>(ALPHA))).tanh())).ln()).exp());
    if ((k::<D>(-1.3)) - (k::<D>(-0.8))).re() > (k::<D>(-0.55)).re() {
        m2 = dmax(m2, x0);
    } else {
        m2 += (k::<D>(-0.2)) + x2;
    }
    let mut s3 = k::<D>(0.5);
    for i4 in 1..=5 {
        if s3.re() <= ((x2 * x0.cosh().ln()).exp()).re() {
            continue;
        }
        m2 -= (((k::<D>(2.0)) + m2.sin()).recip()).sin();
        s3 += (((s3 * x1).cosh())
            + (x1.sinh().atan() * ((m2 * x1).sin())
                + (if x1.re() <= (k::<D>(W[i4])).re() {
                    x1
                } else {
                    s3
                })))
        .atan();
        let mut s5: D = k::<D>(1.0);
        for i6 in (i4 + 1)..8 {
            if s3.tanh().powi(1).re() <= (k::<D>(-1.2)).re() {
                m2 = ((k::<D>(0.5)) * m2) + x2.cos();
            } else {
                m2 = ((k::<D>(0.5)) * m2) + x1.sin();
            }
            let a7 = a1 / ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))));
            s5 = ((k::<D>(0.5)) * s5) + ((s3 * a7).cos());
            s5 -= ((-a1).sinh()).cos();
        }
        m2 -= (({
            let t8 = x0;
            a1
        }) - x0.atan2(x0))
        .atan();
    }
    let a10 = if (x2 * x0 + x1).re()
        < ({
            let t9 = x0;
            a1
        })
        .re()
    {
        s3 * x1
    } else {
        m2 + (k::<D>(-0.953))
    };
    let mut s11: D = k::<D>(0.0);
    for i12 in 2..=5 {
        let a13 = ((((((k::<D>(1.5)) + x0.tanh()).ln() / a10.cos().sin().exp().ln()).cos())
            .cosh())
        .tanh())
        .exp();
        let a14: D = (a1 + (k::<D>(std::f64::consts::E))) + (x1 * s3);
        let a15 = x2.asinh();
        m2 -= ((((k::<D>(0.9)) * a14.cos().tanh()).atanh())
            - ((k::<D>(core::f64::consts::PI)).sin()))
        .atan();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.cos().sin());
    }
    (((a1 + m2) + s3) + a10) + s11
}

#[differentiable]
fn p40(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = (-x0) / Float::tanh((1.0 + (x1 * x1)).sqrt()).exp();
    let mut s2 = 0.5;
    for i3 in 1..=2 {
        let (u4, w5) = (x2 / (1.5 + W[i3].tanh()), s2);
        for i6 in 0..=2 {
            let a7 = (W[i3] + w5) + u4.mul_add(w5, a1);
            let a8: f64 = Float::ln_1p(
                0.5_f64
                    + ((1.0 + ((x1 / (2.0 + ((-1.818).sin()))) * (x1 / (2.0 + ((-1.818).sin())))))
                        * (1.0
                            + ((x1 / (2.0f64 + ((-1.818).sin())))
                                * (x1 / (2.0 + ((-1.818).sin())))))),
            );
            if i6 != 2 {
                break;
            }
            s2 += (W[i3] / a7.sin().cosh()).cos();
        }
        let mut m10 = {
            let t9 = x2;
            a1 / (2.0 + ((-0.619f64).sin()))
        };
        s2 *= 1.0 + (0.3f64 * (((-0.13f64).exp()).sin()));
    }
    if x0 >= 0.32_f64 {
        s2 *= 1.0 + (0.3f64 * Float::sin(x0.exp2() * x2.cos()));
    }
    let a11 = (0.5 + ((1.0_f64 + ((-1.62) * (-1.62f64))) * (1.0 + ((-1.62) * (-1.62))))).ln_1p();
    let mut s12 = 0.5;
    for i13 in 1..3 {
        let mut m14 = s12 + a11;
        s2 -= f64::sin((1.0 + (V[i13] * V[i13])).log(Float::exp(x1.sin())));
    }
    let mut m16 = x2
        + ((1.0_f64 + (f64::cos(s12) * s12.cos())).powf(f64::cos({
            let t15 = a11;
            a1
        })));
    let a17 = (1.0 + (f64::tanh(-0.013) * ((-0.013).tanh()))).powf(f64::tanh(x1 - a11));
    (((s2 + a11) - s12) + m16) - a17
}

fn p40_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (-x0) / (((((k::<D>(1.0)) + (x1 * x1)).sqrt()).tanh()).exp());
    let mut s2 = k::<D>(0.5);
    for i3 in 1..=2 {
        let (u4, w5) = (x2 / ((k::<D>(1.5)) + ((k::<D>(W[i3])).tanh())), s2);
        for i6 in 0..=2 {
            let a7 = ((k::<D>(W[i3])) + w5) + (u4 * w5 + a1);
            let a8: D = ((k::<D>(0.5))
                + (((k::<D>(1.0))
                    + ((x1 / ((k::<D>(2.0)) + ((k::<D>(-1.818)).sin())))
                        * (x1 / ((k::<D>(2.0)) + ((k::<D>(-1.818)).sin())))))
                    * ((k::<D>(1.0))
                        + ((x1 / ((k::<D>(2.0)) + ((k::<D>(-1.818)).sin())))
                            * (x1 / ((k::<D>(2.0)) + ((k::<D>(-1.818)).sin())))))))
            .ln_1p();
            if i6 != 2 {
                break;
            }
            s2 += ((k::<D>(W[i3])) / a7.sin().cosh()).cos();
        }
        let mut m10 = {
            let t9 = x2;
            a1 / ((k::<D>(2.0)) + ((k::<D>(-0.619)).sin()))
        };
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(-0.13)).exp()).sin()));
    }
    if x0.re() >= (k::<D>(0.32)).re() {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x0.exp2() * x2.cos()).sin()));
    }
    let a11 = ((k::<D>(0.5))
        + (((k::<D>(1.0)) + ((k::<D>(-1.62)) * (k::<D>(-1.62))))
            * ((k::<D>(1.0)) + ((k::<D>(-1.62)) * (k::<D>(-1.62))))))
    .ln_1p();
    let mut s12 = k::<D>(0.5);
    for i13 in 1..3 {
        let mut m14 = s12 + a11;
        s2 -= (((k::<D>(1.0)) + ((k::<D>(V[i13])) * (k::<D>(V[i13])))).ln() / x1.sin().exp().ln())
            .sin();
    }
    let mut m16 = x2
        + (((({
            let t15 = a11;
            a1
        })
        .cos())
            * ((k::<D>(1.0)) + (s12.cos() * s12.cos())).ln())
        .exp());
    let a17 = (((x1 - a11).tanh())
        * ((k::<D>(1.0)) + (((k::<D>(-0.013)).tanh()) * ((k::<D>(-0.013)).tanh()))).ln())
    .exp();
    (((s2 + a11) - s12) + m16) - a17
}

#[differentiable]
fn p41(x: &[f64]) -> f64 {
    let a1 = (std::f64::consts::E / (1.5 + BETA.tanh())).asinh();
    let (u2, w3) = (a1 + x[0], x[0] * x[0]);
    let mut m4 = ((-0.96_f64) + u2.tanh().exp2())
        / f64::atanh(0.9 * Float::cos(a1.mul_add(x[2], a1)).sin())
            .tanh()
            .cosh();
    let a5: f64 = if !(m4 < Float::sin(m4).powi(3)) {
        std::f64::consts::E
    } else {
        x[1]
    };
    for i6 in 0..x.len() {
        let a7 = W[i6];
        m4 = (0.5_f64 * m4) + Float::powf(1.0_f64 + (V[i6] * V[i6]), -1.37).sin();
        m4 = (0.5 * m4) + Float::cos(f64::exp(a7));
    }
    ((((a1 + u2) - w3) + m4) - a5) * x[1]
}

fn p41_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(std::f64::consts::E)) / ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))).asinh();
    let (u2, w3) = (a1 + x[0], x[0] * x[0]);
    let mut m4 = ((k::<D>(-0.96)) + u2.tanh().exp2())
        / (((((k::<D>(0.9)) * (((a1 * x[2] + a1).cos()).sin())).atanh()).tanh()).cosh());
    let a5: D = if !(m4.re() < m4.sin().powi(3).re()) {
        k::<D>(std::f64::consts::E)
    } else {
        x[1]
    };
    for i6 in 0..x.len() {
        let a7 = k::<D>(W[i6]);
        m4 = ((k::<D>(0.5)) * m4)
            + ((((k::<D>(-1.37)) * ((k::<D>(1.0)) + ((k::<D>(V[i6])) * (k::<D>(V[i6])))).ln())
                .exp())
            .sin());
        m4 = ((k::<D>(0.5)) * m4) + a7.exp().cos();
    }
    ((((a1 + u2) - w3) + m4) - a5) * x[1]
}

#[differentiable]
fn p42(x: &[f64]) -> f64 {
    let a1 = Float::tanh(std::f64::consts::E).cosh().powf(x[2]);
    let mut s2: f64 = 0.0f64;
    for i3 in 1..3 {
        let mut s4 = 1.0;
        for i5 in x {
            let mut m6 = a1;
            s2 *= 1.0 + (0.3 * f64::sin((if x[2] > x[1] { s4 } else { x[2] }).exp2()));
        }
        let a7 = W[i3] / ((((2.0 + x[1].sin()).cbrt()).sin()).exp());
        let a8 = (1.0 + ((-0.5) * (-0.5))).log(Float::sin(f64::atan(1.11 + x[1])).exp());
        s2 -= f64::atan(s4.sinh());
    }
    let a1: f64 = ((0.9 * Float::sin((a1 + a1).atan())).acos())
        / (((f64::cosh(Float::tanh(s2)) - Float::mul_add(1.677, f64::atan(a1), x[1])).tanh())
            .cosh());
    let a9: f64 = s2.sin().powi(3);
    ((s2 - a1) + a9) + x[1]
}

fn p42_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (x[2] * (((k::<D>(std::f64::consts::E)).tanh()).cosh()).ln()).exp();
    let mut s2: D = k::<D>(0.0);
    for i3 in 1..3 {
        let mut s4 = k::<D>(1.0);
        for i5 in x {
            let mut m6 = a1;
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((if x[2].re() > x[1].re() { s4 } else { x[2] }).exp2()).sin()));
        }
        let a7 = (k::<D>(W[i3])) / (((((k::<D>(2.0)) + x[1].sin()).cbrt()).sin()).exp());
        let a8 = (((k::<D>(1.0)) + ((k::<D>(-0.5)) * (k::<D>(-0.5)))).ln()
            / (((((k::<D>(1.11)) + x[1]).atan()).sin()).exp()).ln());
        s2 -= s4.sinh().atan();
    }
    let a1: D = (((k::<D>(0.9)) * (((a1 + a1).atan()).sin())).acos())
        / (((s2.tanh().cosh() - ((k::<D>(1.677)) * a1.atan() + x[1])).tanh()).cosh());
    let a9: D = s2.sin().powi(3);
    ((s2 - a1) + a9) + x[1]
}

#[differentiable]
fn p43(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (x1 + 1.1.abs().powi(3), x1);
    let a3: f64 = (x1.cosh().powf(u1.cos()) - (w2 / (2.0f64 + x0.sin()))) + w2;
    let a4 = (((((0.5_f64 + (f64::hypot(w2, 1.0_f64) * w2.hypot(1.0_f64))).ln_1p()).atan()).exp())
        .sqrt())
        + a3;
    let mut s5 = 0.0f64;
    for i6 in 0..=1 {
        let mut m7 = f64::max(1.992, x1.cos());
        s5 = s5.min(s5.tanh());
    }
    let mut s8 = 1.0;
    for i9 in 2..5 {
        let (u10, w11) = (w2 + w2, a4.atan());
        s8 = (0.5 * s8) + Float::tanh(Float::mul_add(-0.42, w2, W[i9]));
        if (0.9 * f64::tanh(s8)).acos() < w2 - x0 {
            break;
        }
    }
    (((w2 + a3) + a4) + s5) + s8
}

fn p43_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x1 + (((k::<D>(1.1)).abs()).powi(3)), x1);
    let a3: D = (((u1.cos() * x1.cosh().ln()).exp()) - (w2 / ((k::<D>(2.0)) + x0.sin()))) + w2;
    let a4 = ((((((k::<D>(0.5))
        + (((w2 * w2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * ((w2 * w2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .ln_1p())
    .atan())
    .exp())
    .sqrt())
        + a3;
    let mut s5 = k::<D>(0.0);
    for i6 in 0..=1 {
        let mut m7 = dmax(k::<D>(1.992), x1.cos());
        s5 = dmin(s5, s5.tanh());
    }
    let mut s8 = k::<D>(1.0);
    for i9 in 2..5 {
        let (u10, w11) = (w2 + w2, a4.atan());
        s8 = ((k::<D>(0.5)) * s8) + (((k::<D>(-0.42)) * w2 + (k::<D>(W[i9]))).tanh());
        if (((k::<D>(0.9)) * s8.tanh()).acos()).re() < (w2 - x0).re() {
            break;
        }
    }
    (((w2 + a3) + a4) + s5) + s8
}

#[differentiable]
fn p44(x: &[f64]) -> f64 {
    let a2 = {
        let t1 = x[1];
        -1.1
    };
    let a2 = ((1.0 + ((-1.54) * (-1.54f64))).recip()) + ((x[3] / (1.0 + (x[4] * x[4]))) * x[0]);
    let a3: f64 = 0.7_f64.exp2();
    let (u4, w5) = (a2, Float::exp(a2.tanh()));
    (((a2 + a3) + u4) + w5) + x[0]
}

fn p44_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a2 = {
        let t1 = x[1];
        k::<D>(-1.1)
    };
    let a2 = (((k::<D>(1.0)) + ((k::<D>(-1.54)) * (k::<D>(-1.54)))).recip())
        + ((x[3] / ((k::<D>(1.0)) + (x[4] * x[4]))) * x[0]);
    let a3: D = (k::<D>(0.7)).exp2();
    let (u4, w5) = (a2, a2.tanh().exp());
    (((a2 + a3) + u4) + w5) + x[0]
}

#[differentiable]
fn p45(x0: f64, x1: f64) -> f64 {
    let a1 = if !((2.0 + ((-1.0).sin())).powi(-2) <= (2.0 + f64::sin(x0)).cbrt()) {
        x1
    } else {
        x0.exp2()
    };
    let mut s2 = 0.5f64;
    for i3 in 0..1 {
        let a1 = a1;
        s2 = (0.5 * s2) + ((-1.124f64).cos());
    }
    let a4 = (BETA * 1.0) / Float::atan(-a1).exp();
    s2 /= f64::cosh((-a4).sin());
    (((x0 * x1) + a1) + s2) + a4
}

fn p45_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if !((((k::<D>(2.0)) + ((k::<D>(-1.0)).sin())).powi(-2)).re()
        <= (((k::<D>(2.0)) + x0.sin()).cbrt()).re())
    {
        x1
    } else {
        x0.exp2()
    };
    let mut s2 = k::<D>(0.5);
    for i3 in 0..1 {
        let a1 = a1;
        s2 = ((k::<D>(0.5)) * s2) + ((k::<D>(-1.124)).cos());
    }
    let a4 = ((k::<D>(BETA)) * (k::<D>(1.0))) / (((-a1).atan()).exp());
    s2 /= ((-a4).sin()).cosh();
    (((x0 * x1) + a1) + s2) + a4
}

#[differentiable]
fn p47<T>(x: &[T], y: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (
        Float::log((c::<T>(2.0)) + x[3].sin(), y.sin().exp()).hypot((c::<T>(1.077)) - y),
        ((c::<T>(1.0)) + ((x[0] - x[0]) * (x[0] - x[0]))).powi(-1),
    );
    let mut s3 = c::<T>(0.0);
    for i4 in 0..x.len() - 1 {
        let (u5, w6) = (
            u1.cos() + (-(if s3 < T::from(-1.9).unwrap() { u1 } else { s3 })),
            y + ((c::<T>(0.491)) - Float::tanh(x[i4])),
        );
        let mut m7 = w2.exp().log10();
        let a8 = s3 - ((x[i4 + 1] * s3) + (m7 * (c::<T>(1.6))));
        if !((c::<T>(1.721)).asinh() <= (c::<T>(-0.819)) - y) {
            break;
        }
        m7 -= Float::abs(w6).cos();
    }
    s3 = ((c::<T>(0.5)) * s3)
        + Float::log10(
            ((Float::sinh(w2) / ((c::<T>(1.5)) + (((T::one() + (x[4] * x[4])).cbrt()).tanh())))
                .sin())
            .cosh(),
        );
    (((y + u1) + w2) + s3) + x[1]
}

fn p47_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        ((((k::<D>(2.0)) + x[3].sin()).ln() / y.sin().exp().ln())
            * (((k::<D>(2.0)) + x[3].sin()).ln() / y.sin().exp().ln())
            + ((k::<D>(1.077)) - y) * ((k::<D>(1.077)) - y))
            .sqrt(),
        ((k::<D>(1.0)) + ((x[0] - x[0]) * (x[0] - x[0]))).powi(-1),
    );
    let mut s3 = k::<D>(0.0);
    for i4 in 0..x.len() - 1 {
        let (u5, w6) = (
            u1.cos()
                + (-(if s3.re() < (k::<D>(-1.9)).re() {
                    u1
                } else {
                    s3
                })),
            y + ((k::<D>(0.491)) - x[i4].tanh()),
        );
        let mut m7 = w2.exp().log10();
        let a8 = s3 - ((x[i4 + 1] * s3) + (m7 * (k::<D>(1.6))));
        if !(((k::<D>(1.721)).asinh()).re() <= ((k::<D>(-0.819)) - y).re()) {
            break;
        }
        m7 -= w6.abs().cos();
    }
    s3 = ((k::<D>(0.5)) * s3)
        + ((((w2.sinh() / ((k::<D>(1.5)) + ((((k::<D>(1.0)) + (x[4] * x[4])).cbrt()).tanh())))
            .sin())
        .cosh())
        .log10());
    (((y + u1) + w2) + s3) + x[1]
}

#[differentiable]
fn p48(x: &[f64], y: f64) -> f64 {
    let a1 = (2.0 + f64::sin(y - 0.88f64)).sqrt();
    let (u2, w3) = ((1.0f64 + ((-0.18) * (-0.18f64))).powf(x[2]), y);
    let mut s4: f64 = 0.5_f64;
    for i5 in x {
        let mut m6: f64 = u2;
        let mut m8 = ((-1.96)
            + ({
                let t7 = m6;
                a1
            }))
            * a1.max(x[1]).sin();
        m8 += f64::sin(*i5);
    }
    ((((y + a1) + u2) + w3) + s4) + x[0]
}

fn p48_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = ((k::<D>(2.0)) + ((y - (k::<D>(0.88))).sin())).sqrt();
    let (u2, w3) = (
        (x[2] * ((k::<D>(1.0)) + ((k::<D>(-0.18)) * (k::<D>(-0.18)))).ln()).exp(),
        y,
    );
    let mut s4: D = k::<D>(0.5);
    for i5 in x {
        let mut m6: D = u2;
        let mut m8 = ((k::<D>(-1.96))
            + ({
                let t7 = m6;
                a1
            }))
            * dmax(a1, x[1]).sin();
        m8 += (*i5).sin();
    }
    ((((y + a1) + u2) + w3) + s4) + x[0]
}

#[differentiable]
fn p49<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = (c::<T>(ALPHA)).min(c::<T>(1.9));
    let (u2, w3) = (
        x[0].sin().tan(),
        T::recip(
            (c::<T>(1.0))
                + (Float::exp_m1((a1 + x[1]).tanh()).cos() * Float::tanh(a1 + x[1]).exp_m1().cos()),
        ),
    );
    let a4 = c::<T>(1.64);
    (((a1 + u2) + w3) + a4) + x[2]
}

fn p49_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = dmin(k::<D>(ALPHA), k::<D>(1.9));
    let (u2, w3) = (
        x[0].sin().tan(),
        ((k::<D>(1.0))
            + (((((a1 + x[1]).tanh()).exp_m1()).cos()) * ((((a1 + x[1]).tanh()).exp_m1()).cos())))
        .recip(),
    );
    let a4 = k::<D>(1.64);
    (((a1 + u2) + w3) + a4) + x[2]
}

#[differentiable]
fn p50(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 0.0;
    for i2 in x {
        let a3 = 1.9f64;
        s1 += Float::cos(x[1] - x[0]);
        s1 = (0.5 * s1)
            + ((if -x[4] > Float::max(s1, a3) {
                0.4.atan()
            } else {
                -a3
            })
            .cos());
    }
    let (u4, w5) = (
        ((1.427_f64.exp_m1() + s1.cos().powi(1)).tanh()) * 1.06.exp2().sin(),
        (0.975 + ((0.9 * f64::sin(y)).atanh()))
            * (f64::sin(y) / (1.0 + ((x[2] - 0.29) * (x[2] - 0.29)))),
    );
    for i6 in 1..x.len() {
        let a7: f64 = (0.5 + (f64::hypot(BETA, 1.0f64) * BETA.hypot(1.0))).ln_1p();
        for i8 in 1..=5 {
            s1 += (x[i6 - 1] - V[i8]).cos();
            if i6 <= 2 {
                break;
            }
            s1 *= 1.0 + (0.3 * ((x[i6 - 1] * (-1.669)).sin()));
            s1 -= (x[i6 - 1] + x[i6 - 1]).tanh();
        }
        if i6 == 2 {
            s1 = (0.5 * s1) + (((w5.signum() * w5.atan()) - x[i6 - 1]).tanh());
        } else {
            s1 = (0.5 * s1) + (((((-1.757) + u4).sin()).exp2()).sin());
        }
        s1 -= u4.atan2(s1).abs().cos();
        s1 = s1.max(((2.0 + f64::sin(-0.342)).ln()).atan());
    }
    s1 /= ({
        let t9 = s1;
        x[4] * core::f64::consts::PI
    })
    .hypot(1.0f64);
    (((y * s1) - u4) + w5) + x[4]
}

fn p50_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in x {
        let a3 = k::<D>(1.9);
        s1 += (x[1] - x[0]).cos();
        s1 = ((k::<D>(0.5)) * s1)
            + ((if (-x[4]).re() > dmax(s1, a3).re() {
                (k::<D>(0.4)).atan()
            } else {
                -a3
            })
            .cos());
    }
    let (u4, w5) = (
        ((((k::<D>(1.427)).exp_m1()) + s1.cos().powi(1)).tanh()) * (((k::<D>(1.06)).exp2()).sin()),
        ((k::<D>(0.975)) + (((k::<D>(0.9)) * y.sin()).atanh()))
            * (y.sin() / ((k::<D>(1.0)) + ((x[2] - (k::<D>(0.29))) * (x[2] - (k::<D>(0.29)))))),
    );
    for i6 in 1..x.len() {
        let a7: D = ((k::<D>(0.5))
            + ((((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * (((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .ln_1p();
        for i8 in 1..=5 {
            s1 += (x[i6 - 1] - (k::<D>(V[i8]))).cos();
            if i6 <= 2 {
                break;
            }
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x[i6 - 1] * (k::<D>(-1.669))).sin()));
            s1 -= (x[i6 - 1] + x[i6 - 1]).tanh();
        }
        if i6 == 2 {
            s1 = ((k::<D>(0.5)) * s1)
                + ((((k::<D>(w5.re().signum())) * w5.atan()) - x[i6 - 1]).tanh());
        } else {
            s1 = ((k::<D>(0.5)) * s1) + (((((k::<D>(-1.757)) + u4).sin()).exp2()).sin());
        }
        s1 -= u4.atan2(s1).abs().cos();
        s1 = dmax(s1, (((k::<D>(2.0)) + ((k::<D>(-0.342)).sin())).ln()).atan());
    }
    s1 /= (({
        let t9 = s1;
        x[4] * (k::<D>(core::f64::consts::PI))
    }) * ({
        let t9 = s1;
        x[4] * (k::<D>(core::f64::consts::PI))
    }) + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt();
    (((y * s1) - u4) + w5) + x[4]
}

#[differentiable]
fn p51(x: &[f64]) -> f64 {
    let a1 = x[2] + (-1.496);
    let mut s2 = 1.0;
    for i3 in 0..x.len() {
        for i4 in 0..x.len() {
            s2 += f64::tanh(Float::hypot(a1.atan().exp_m1(), 1.0f64).powi(-1) - (-(x[i4] + W[i4])));
            let a1: f64 = 1.81;
            let a5 = x[i4];
            s2 /= 2.0 + Float::sin(f64::exp(a1));
            s2 = (0.5_f64 * s2)
                + (({
                    let t6 = a1;
                    x[i4]
                })
                .atan());
        }
        s2 += f64::cos(-V[i3]);
        s2 = (0.5 * s2) + Float::tanh((x[i3] * x[i3]) - W[i3].exp().powi(-2));
    }
    let a7: f64 = a1.max(ALPHA);
    let a8 = x[0].min(x[1]);
    let a1 = x[1];
    (((s2 * a7) + a8) + a1) + x[2]
}

fn p51_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[2] + (k::<D>(-1.496));
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() {
        for i4 in 0..x.len() {
            s2 += ((((a1.atan().exp_m1() * a1.atan().exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
            .powi(-1))
                - (-(x[i4] + (k::<D>(W[i4])))))
            .tanh();
            let a1: D = k::<D>(1.81);
            let a5 = x[i4];
            s2 /= (k::<D>(2.0)) + a1.exp().sin();
            s2 = ((k::<D>(0.5)) * s2)
                + (({
                    let t6 = a1;
                    x[i4]
                })
                .atan());
        }
        s2 += (-(k::<D>(V[i3]))).cos();
        s2 = ((k::<D>(0.5)) * s2) + (((x[i3] * x[i3]) - (((k::<D>(W[i3])).exp()).powi(-2))).tanh());
    }
    let a7: D = dmax(a1, k::<D>(ALPHA));
    let a8 = dmin(x[0], x[1]);
    let a1 = x[1];
    (((s2 * a7) + a8) + a1) + x[2]
}

#[differentiable]
fn p55(x0: f64, x1: f64) -> f64 {
    let a1 = x0 + x1;
    let a2 = if a1.powi(3) < 0.94 {
        a1
    } else {
        (0.9_f64 * ((((a1 + ALPHA).min(1.6 * x1)).sin()).sin())).atanh()
    };
    let mut s3 = 0.5;
    for i4 in 2..5 {
        let a2 = Float::sqrt(1.0_f64 + ((a1 + x0) * (a1 + x0)));
        let mut s5 = 1.0;
        for i6 in (i4 + 1)..8 {
            let mut m7 = s3;
            let mut m8: f64 = x1.exp().powf(core::f64::consts::PI.atan())
                - ((1.1_f64 + ((1.0_f64 + (V[i4] * V[i4])) * (1.0 + (V[i4] * V[i4])))).acosh());
            s5 += f64::abs(s3 - m7).tanh();
        }
        s3 += (((-0.44) / (1.0 + (x1 * x1))) + a2).cos();
        s5 = Float::max(s5, Float::atan(x1.tanh()));
    }
    let mut s9: f64 = 1.0;
    for i10 in 1..3 {
        let a11 = f64::log2(x1.exp());
        s3 -= 0.6.tanh();
        s9 = (0.5 * s9) + ((((1.0 + (a1 * a1)).ln()) * x0).sin());
    }
    let a12: f64 = (((1.0 + (s9 * s9)).sqrt()) * f64::mul_add(a1, 1.24, s9))
        + Float::powf(2.0 + f64::sin(x0), x0).sin().exp2();
    (((a1 + a2) * s3) + s9) + a12
}

fn p55_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x0 + x1;
    let a2 = if a1.powi(3).re() < (k::<D>(0.94)).re() {
        a1
    } else {
        ((k::<D>(0.9)) * dmin(a1 + (k::<D>(ALPHA)), (k::<D>(1.6)) * x1).sin().sin()).atanh()
    };
    let mut s3 = k::<D>(0.5);
    for i4 in 2..5 {
        let a2 = ((k::<D>(1.0)) + ((a1 + x0) * (a1 + x0))).sqrt();
        let mut s5 = k::<D>(1.0);
        for i6 in (i4 + 1)..8 {
            let mut m7 = s3;
            let mut m8: D = ((((k::<D>(core::f64::consts::PI)).atan()) * x1.exp().ln()).exp())
                - (((k::<D>(1.1))
                    + (((k::<D>(1.0)) + ((k::<D>(V[i4])) * (k::<D>(V[i4]))))
                        * ((k::<D>(1.0)) + ((k::<D>(V[i4])) * (k::<D>(V[i4]))))))
                .acosh());
            s5 += ((s3 - m7).abs()).tanh();
        }
        s3 += (((k::<D>(-0.44)) / ((k::<D>(1.0)) + (x1 * x1))) + a2).cos();
        s5 = dmax(s5, x1.tanh().atan());
    }
    let mut s9: D = k::<D>(1.0);
    for i10 in 1..3 {
        let a11 = x1.exp().log2();
        s3 -= (k::<D>(0.6)).tanh();
        s9 = ((k::<D>(0.5)) * s9) + (((((k::<D>(1.0)) + (a1 * a1)).ln()) * x0).sin());
    }
    let a12: D = ((((k::<D>(1.0)) + (s9 * s9)).sqrt()) * (a1 * (k::<D>(1.24)) + s9))
        + ((((x0 * ((k::<D>(2.0)) + x0.sin()).ln()).exp()).sin()).exp2());
    (((a1 + a2) * s3) + s9) + a12
}

#[differentiable]
fn p56(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5_f64;
    for i2 in 0..3 {
        let a3 = if core::f64::consts::PI / (1.0f64 + (s1 * s1)) >= x1 + s1 {
            x0
        } else {
            V[i2]
        };
        let (u4, w5) = (
            (0.5f64 + ((1.5_f64 + x0.tanh()) * (1.5 + x0.tanh()))).ln_1p(),
            x0.asinh(),
        );
        if W[i2].max(u4) <= 0.69 {
            s1 = (0.5 * s1) + Float::sin(x2 + u4);
        } else {
            s1 *= 1.0_f64
                + (0.3
                    * Float::hypot(x2, 1.0_f64)
                        .log(V[i2].tanh().sin().exp())
                        .sin());
        }
        s1 = ((0.7 * s1) + ((1.0 + ((V[i2] - a3) * (V[i2] - a3))).ln())).cos();
    }
    s1 *= 1.0f64 + (0.3 * Float::sin(s1 * (-0.944)));
    s1 = (0.5_f64 * s1)
        + f64::mul_add(
            f64::ln_1p(0.5 + ((2.0 + s1.sin()) * (2.0f64 + f64::sin(s1)))),
            x1.sin(),
            x2,
        );
    s1 = (0.5 * s1)
        + Float::acosh(
            1.1 + ((1.0 + (x0.atan() * Float::atan(x0))) * (1.0 + (x0.atan() * Float::atan(x0)))),
        );
    let a6: f64 = x0;
    (((x0 + x1) + x2) + s1) + a6
}

fn p56_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..3 {
        let a3 = if ((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.0)) + (s1 * s1))).re()
            >= (x1 + s1).re()
        {
            x0
        } else {
            k::<D>(V[i2])
        };
        let (u4, w5) = (
            ((k::<D>(0.5)) + (((k::<D>(1.5)) + x0.tanh()) * ((k::<D>(1.5)) + x0.tanh()))).ln_1p(),
            x0.asinh(),
        );
        if dmax(k::<D>(W[i2]), u4).re() <= (k::<D>(0.69)).re() {
            s1 = ((k::<D>(0.5)) * s1) + ((x2 + u4).sin());
        } else {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
                        / ((((k::<D>(V[i2])).tanh()).sin()).exp()).ln())
                    .sin()));
        }
        s1 = (((k::<D>(0.7)) * s1)
            + (((k::<D>(1.0)) + (((k::<D>(V[i2])) - a3) * ((k::<D>(V[i2])) - a3))).ln()))
        .cos();
    }
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s1 * (k::<D>(-0.944))).sin()));
    s1 = ((k::<D>(0.5)) * s1)
        + ((((k::<D>(0.5)) + (((k::<D>(2.0)) + s1.sin()) * ((k::<D>(2.0)) + s1.sin()))).ln_1p())
            * x1.sin()
            + x2);
    s1 = ((k::<D>(0.5)) * s1)
        + (((k::<D>(1.1))
            + (((k::<D>(1.0)) + (x0.atan() * x0.atan()))
                * ((k::<D>(1.0)) + (x0.atan() * x0.atan()))))
        .acosh());
    let a6: D = x0;
    (((x0 + x1) + x2) + s1) + a6
}

#[differentiable]
fn p57(x: &[f64], y: f64) -> f64 {
    let a1: f64 = x[3] * (-0.584);
    let (u2, w3) = (f64::log(f64::exp(x[4]), Float::exp(a1.sin())), x[4].powi(1));
    let mut s4: f64 = 1.0;
    for i5 in 0..x.len() - 1 {
        let mut s6: f64 = 0.5;
        for i7 in 1..x.len() {
            let a8 = ((-x[i7 - 1]).exp()).recip();
            let u2: f64 = x[i7 - 1] - x[i7];
            s4 -= ((-1.242) - y).cos();
            if i5 != 4 {
                break;
            }
        }
        s6 *= 1.0f64 + (0.3 * Float::sin(x[i5]));
    }
    let mut s9 = 1.0;
    for &i10 in x.iter() {
        s4 = (0.5_f64 * s4) + ((x[1] + 0.542_f64).sin());
        let a11 = f64::powi(x[2], 3);
        for i12 in 2..=6 {
            let a13 = f64::log10(Float::exp((f64::sinh(a1) + f64::sin(i10)).tanh()));
            s4 = Float::sin((0.7 * s4) + a11);
        }
        s4 *= 1.0 + (0.3 * (((-a1).clamp(-0.86, 0.5)).sin()));
    }
    let a14 = if !(x[1] - x[3] < -1.2) {
        x[1] / (2.0 + Float::asinh(x[1].clamp(-0.82, 0.76)).sin())
    } else {
        Float::asinh((1.0 + ((x[2] * x[3]) * (x[2] * x[3]))).log10())
    };
    for i15 in x {
        let a18 = {
            let t16 = x[2].tanh() / (2.0 + f64::sin(Float::atan(u2).exp().powf(x[0])));
            {
                let t17 = (0.9 * 1.3_f64.sin()).atanh();
                if t16 >= t17 {
                    x[4]
                } else {
                    x[1]
                }
            }
        };
        let a19: f64 = 0.04.exp();
        let (u20, w21) = ((-0.945).cos(), x[3]);
        s9 = ((0.7_f64 * s9) + f64::tan(x[3].sin())).tanh();
        s9 = (0.5 * s9) + f64::powi(1.0 + (a18 * a18), -1).tanh();
    }
    ((((u2 * w3) + s4) - s9) + a14) + x[4]
}

fn p57_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = x[3] * (k::<D>(-0.584));
    let (u2, w3) = ((x[4].exp().ln() / a1.sin().exp().ln()), x[4].powi(1));
    let mut s4: D = k::<D>(1.0);
    for i5 in 0..x.len() - 1 {
        let mut s6: D = k::<D>(0.5);
        for i7 in 1..x.len() {
            let a8 = ((-x[i7 - 1]).exp()).recip();
            let u2: D = x[i7 - 1] - x[i7];
            s4 -= ((k::<D>(-1.242)) - y).cos();
            if i5 != 4 {
                break;
            }
        }
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i5].sin());
    }
    let mut s9 = k::<D>(1.0);
    for &i10 in x.iter() {
        s4 = ((k::<D>(0.5)) * s4) + ((x[1] + (k::<D>(0.542))).sin());
        let a11 = x[2].powi(3);
        for i12 in 2..=6 {
            let a13 = (((a1.sinh() + i10.sin()).tanh()).exp()).log10();
            s4 = (((k::<D>(0.7)) * s4) + a11).sin();
        }
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dclamp(-a1, k::<D>(-0.86), k::<D>(0.5)).sin());
    }
    let a14 = if !((x[1] - x[3]).re() < (k::<D>(-1.2)).re()) {
        x[1] / ((k::<D>(2.0)) + dclamp(x[1], k::<D>(-0.82), k::<D>(0.76)).asinh().sin())
    } else {
        (((k::<D>(1.0)) + ((x[2] * x[3]) * (x[2] * x[3]))).log10()).asinh()
    };
    for i15 in x {
        let a18 = {
            let t16 = x[2].tanh() / ((k::<D>(2.0)) + (((x[0] * u2.atan().exp().ln()).exp()).sin()));
            {
                let t17 = ((k::<D>(0.9)) * ((k::<D>(1.3)).sin())).atanh();
                if t16.re() >= t17.re() {
                    x[4]
                } else {
                    x[1]
                }
            }
        };
        let a19: D = (k::<D>(0.04)).exp();
        let (u20, w21) = ((k::<D>(-0.945)).cos(), x[3]);
        s9 = (((k::<D>(0.7)) * s9) + x[3].sin().tan()).tanh();
        s9 = ((k::<D>(0.5)) * s9) + ((((k::<D>(1.0)) + (a18 * a18)).powi(-1)).tanh());
    }
    ((((u2 * w3) + s4) - s9) + a14) + x[4]
}

#[differentiable]
fn p58<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1: T = T::zero();
    for i2 in 2..6 {
        let a3 = x0;
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::cos(x2 * x0).cosh().sin());
        s1 -= (Float::powi(x2, 1) * x0).sin();
    }
    let a4 = x0 * x2;
    for i5 in 1..=5 {
        for i6 in (i5 + 1)..8 {
            let mut m7: T = (c::<T>(std::f64::consts::E)) + x1;
            let (u8, w9) = (
                (c::<T>(-1.9)) + m7,
                (s1 * a4) - (x2 * (c::<T>(core::f64::consts::PI))),
            );
            let a10: T = if !(-u8 > c::<T>(-0.89)) {
                (x0 * T::from(0.342).unwrap()) * s1
            } else {
                (Float::floor(s1) * x1).atan()
            };
            s1 *= (c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * ((T::atanh((c::<T>(0.9)) * s1.cos().sin()) - (c::<T>(ALPHA))).sin()));
            if i6 < 0 {
                break;
            }
        }
        let (u11, w12) = (c::<T>(V[i5]), x2);
        let a13 = T::cbrt(w12.cosh());
        s1 = Float::min(s1, ((c::<T>(V[i5])) - w12).sin());
        s1 *= T::one() + ((c::<T>(0.3)) * ((x2 * x0).sin()));
    }
    let mut s14: T = c::<T>(0.0);
    for i15 in 2..4 {
        s14 *= T::one() + ((c::<T>(0.3)) * T::exp(((c::<T>(W[i15])) + x0).tanh()).cos());
        s14 /= x0.hypot(c::<T>(1.0));
        s1 = ((c::<T>(0.5)) * s1)
            + T::atan(Float::acosh(
                (c::<T>(1.1))
                    + (((c::<T>(1.0)) + ((c::<T>(BETA)) * (c::<T>(BETA))))
                        * ((c::<T>(1.0)) + ((c::<T>(BETA)) * (c::<T>(BETA))))),
            ));
    }
    (((x1 + x2) + s1) - a4) * s14
}

fn p58_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 2..6 {
        let a3 = x0;
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((x2 * x0).cos()).cosh()).sin()));
        s1 -= (x2.powi(1) * x0).sin();
    }
    let a4 = x0 * x2;
    for i5 in 1..=5 {
        for i6 in (i5 + 1)..8 {
            let mut m7: D = (k::<D>(std::f64::consts::E)) + x1;
            let (u8, w9) = (
                (k::<D>(-1.9)) + m7,
                (s1 * a4) - (x2 * (k::<D>(core::f64::consts::PI))),
            );
            let a10: D = if !((-u8).re() > (k::<D>(-0.89)).re()) {
                (x0 * (k::<D>(0.342))) * s1
            } else {
                ((k::<D>(s1.re().floor())) * x1).atan()
            };
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((k::<D>(0.9)) * s1.cos().sin()).atanh()) - (k::<D>(ALPHA))).sin()));
            if i6 < 0 {
                break;
            }
        }
        let (u11, w12) = (k::<D>(V[i5]), x2);
        let a13 = w12.cosh().cbrt();
        s1 = dmin(s1, ((k::<D>(V[i5])) - w12).sin());
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x2 * x0).sin()));
    }
    let mut s14: D = k::<D>(0.0);
    for i15 in 2..4 {
        s14 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((k::<D>(W[i15])) + x0).tanh()).exp()).cos()));
        s14 /= (x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        s1 = ((k::<D>(0.5)) * s1)
            + ((((k::<D>(1.1))
                + (((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))
                    * ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))))
            .acosh())
            .atan());
    }
    (((x1 + x2) + s1) - a4) * s14
}

#[differentiable]
fn p59<T: Float>(x: &[T]) -> T {
    let a1: T = if c::<T>(ALPHA) < c::<T>(ALPHA) {
        x[1]
    } else {
        c::<T>(BETA)
    };
    let mut s2 = c::<T>(1.0);
    for i3 in 0..x.len() - 1 {
        if x[i3 + 1] <= c::<T>(-0.07) {
            continue;
        }
        if i3 > 6 {
            s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(x[i3]).sin()));
        }
        s2 = s2 * ((c::<T>(1.0)) + (T::from(0.3).unwrap() * ((x[i3] + a1).sin())));
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * ((Float::acosh(
                        (c::<T>(1.1))
                            + (((c::<T>(2.0)) + Float::sin(x[i3 + 1]))
                                * (T::from(2.0).unwrap() + x[i3 + 1].sin())),
                    ) / ((c::<T>(2.0))
                        + (((c::<T>(0.8))
                            / ((c::<T>(1.0)) + ((c::<T>(-0.102)) * (c::<T>(-0.102)))))
                        .sin())))
                    .sin())));
    }
    for &i4 in x.iter() {
        let a5 = (T::exp_m1(i4) + (i4 + s2)) + (((c::<T>(1.5)) + s2.tanh()).log10());
        let i4: T = T::exp_m1(x[5]);
        s2 = s2
            + (({
                let t6 = x[4];
                s2
            })
            .sin());
    }
    for i7 in x {
        let (u8, w9) = (x[5].hypot(x[4]), s2 - (c::<T>(-1.921)));
        s2 = s2 - ((u8 - (*i7)).atan());
    }
    (a1 + s2) + x[2]
}

fn p59_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = if (k::<D>(ALPHA)).re() < (k::<D>(ALPHA)).re() {
        x[1]
    } else {
        k::<D>(BETA)
    };
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() - 1 {
        if x[i3 + 1].re() <= (k::<D>(-0.07)).re() {
            continue;
        }
        if i3 > 6 {
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i3].sin().sin());
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x[i3] + a1).sin()));
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(1.1))
                    + (((k::<D>(2.0)) + x[i3 + 1].sin()) * ((k::<D>(2.0)) + x[i3 + 1].sin())))
                .acosh())
                    / ((k::<D>(2.0))
                        + (((k::<D>(0.8))
                            / ((k::<D>(1.0)) + ((k::<D>(-0.102)) * (k::<D>(-0.102)))))
                        .sin())))
                .sin()));
    }
    for &i4 in x.iter() {
        let a5 = (i4.exp_m1() + (i4 + s2)) + (((k::<D>(1.5)) + s2.tanh()).log10());
        let i4: D = x[5].exp_m1();
        s2 += ({
            let t6 = x[4];
            s2
        })
        .sin();
    }
    for i7 in x {
        let (u8, w9) = ((x[5] * x[5] + x[4] * x[4]).sqrt(), s2 - (k::<D>(-1.921)));
        s2 -= (u8 - (*i7)).atan();
    }
    (a1 + s2) + x[2]
}

#[differentiable]
fn p60(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (x0.tanh() - (1.969_f64 - x0), (-x2).sin());
    let a3 = if x2 >= ALPHA * x0 && x0 >= -0.56f64 {
        f64::cos(x1.exp().powf(f64::sin(x1 * x2))).sinh()
    } else {
        f64::cos(f64::hypot(1.0.exp_m1(), Float::atan(u1)))
    };
    let a4 = if x0 * 0.33 > u1 * x0 {
        x1.sin().tan() + x2.exp().ln()
    } else {
        x1 - (x1 - u1)
    };
    let (u5, w6) = (
        f64::atan(a4 - x2).powi(1)
            + Float::clamp((1.0 + (u1.atan() * u1.atan())).powf(x2), -1.15, 0.91),
        (x1.exp_m1() - (1.2_f64 * std::f64::consts::E)).asinh(),
    );
    let mut s7 = 1.0_f64;
    for i8 in 2..4 {
        let a4 = a4;
        s7 += ((w6 * w6) - 0.632).tanh();
    }
    (((a3 + a4) * u5) + w6) + s7
}

fn p60_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x0.tanh() - ((k::<D>(1.969)) - x0), (-x2).sin());
    let a3 = if x2.re() >= ((k::<D>(ALPHA)) * x0).re() && x0.re() >= (k::<D>(-0.56)).re() {
        (((((x1 * x2).sin()) * x1.exp().ln()).exp()).cos()).sinh()
    } else {
        ((((k::<D>(1.0)).exp_m1()) * ((k::<D>(1.0)).exp_m1()) + u1.atan() * u1.atan()).sqrt()).cos()
    };
    let a4 = if (x0 * (k::<D>(0.33))).re() > (u1 * x0).re() {
        x1.sin().tan() + x2.exp().ln()
    } else {
        x1 - (x1 - u1)
    };
    let (u5, w6) = (
        (((a4 - x2).atan()).powi(1))
            + dclamp(
                (x2 * ((k::<D>(1.0)) + (u1.atan() * u1.atan())).ln()).exp(),
                k::<D>(-1.15),
                k::<D>(0.91),
            ),
        (x1.exp_m1() - ((k::<D>(1.2)) * (k::<D>(std::f64::consts::E)))).asinh(),
    );
    let mut s7 = k::<D>(1.0);
    for i8 in 2..4 {
        let a4 = a4;
        s7 += ((w6 * w6) - (k::<D>(0.632))).tanh();
    }
    (((a3 + a4) * u5) + w6) + s7
}

#[differentiable]
fn p61(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (x1, x1);
    let a3 = x0;
    let mut s4 = 1.0;
    for i5 in 0..3 {
        if -s4 >= a3 + std::f64::consts::E {
            break;
        }
        let a6 = -(V[i5].tanh()
            / (1.0
                + (f64::log(1.0_f64 + (x2 * x2), x0.sin().exp())
                    * ((1.0f64 + (x2 * x2)).log(Float::exp(x0.sin()))))));
        s4 *= 1.0 + (0.3 * ((x1 * x2).sin()));
        s4 += (ALPHA + W[i5]).atan();
    }
    let (u7, w8) = (x1, s4 / (2.0 + Float::sin(0.6)));
    if 0.78 - x0 < BETA - x0 {
        return ((1.539 + s4).cos()).exp();
    }
    let mut m9 = Float::hypot(u7 / ALPHA.tanh().exp(), 1.0_f64).ln()
        / (1.0
            + (((x0 + u1)
                / (1.0f64 + (((1.0_f64 + (u7 * u7)).powi(-1)) * ((1.0 + (u7 * u7)).powi(-1)))))
                * ((x0 + u1)
                    / (1.0_f64
                        + (f64::powi(1.0 + (u7 * u7), -1) * Float::powi(1.0 + (u7 * u7), -1))))));
    for i10 in 0..2 {
        m9 -= (s4 - (u1 + w8)).atan();
        m9 -= (u7 * m9).cos();
        m9 *= 1.0
            + (0.3 * ((f64::atan2(u7, -0.29) + (if BETA >= m9 { m9 } else { -0.057f64 })).sin()));
    }
    let mut s11 = 0.5;
    for i12 in 2..=6 {
        let a13 = 0.254;
        let a14: f64 = a3.sinh();
        let a15 = (0.0 - u7).clamp(-1.26, 0.99);
        if Float::cosh(ALPHA.sin()) > {
            let t16 = s4;
            x2
        } {
            break;
        }
        s11 /= 1.0 + (x2 * x2);
        s11 -= ((1.5 + x0) + w2).atan();
    }
    (((s4 + u7) - w8) + m9) + s11
}

fn p61_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x1, x1);
    let a3 = x0;
    let mut s4 = k::<D>(1.0);
    for i5 in 0..3 {
        if (-s4).re() >= (a3 + (k::<D>(std::f64::consts::E))).re() {
            break;
        }
        let a6 = -(((k::<D>(V[i5])).tanh())
            / ((k::<D>(1.0))
                + ((((k::<D>(1.0)) + (x2 * x2)).ln() / x0.sin().exp().ln())
                    * (((k::<D>(1.0)) + (x2 * x2)).ln() / x0.sin().exp().ln()))));
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 * x2).sin()));
        s4 += ((k::<D>(ALPHA)) + (k::<D>(W[i5]))).atan();
    }
    let (u7, w8) = (x1, s4 / ((k::<D>(2.0)) + ((k::<D>(0.6)).sin())));
    if ((k::<D>(0.78)) - x0).re() < ((k::<D>(BETA)) - x0).re() {
        return (((k::<D>(1.539)) + s4).cos()).exp();
    }
    let mut m9 = ((((u7 / (((k::<D>(ALPHA)).tanh()).exp()))
        * (u7 / (((k::<D>(ALPHA)).tanh()).exp()))
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .ln())
        / ((k::<D>(1.0))
            + (((x0 + u1)
                / ((k::<D>(1.0))
                    + ((((k::<D>(1.0)) + (u7 * u7)).powi(-1))
                        * (((k::<D>(1.0)) + (u7 * u7)).powi(-1)))))
                * ((x0 + u1)
                    / ((k::<D>(1.0))
                        + ((((k::<D>(1.0)) + (u7 * u7)).powi(-1))
                            * (((k::<D>(1.0)) + (u7 * u7)).powi(-1)))))));
    for i10 in 0..2 {
        m9 -= (s4 - (u1 + w8)).atan();
        m9 -= (u7 * m9).cos();
        m9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((u7.atan2(k::<D>(-0.29))
                    + (if (k::<D>(BETA)).re() >= m9.re() {
                        m9
                    } else {
                        k::<D>(-0.057)
                    }))
                .sin()));
    }
    let mut s11 = k::<D>(0.5);
    for i12 in 2..=6 {
        let a13 = k::<D>(0.254);
        let a14: D = a3.sinh();
        let a15 = dclamp((k::<D>(0.0)) - u7, k::<D>(-1.26), k::<D>(0.99));
        if (((k::<D>(ALPHA)).sin()).cosh()).re()
            > ({
                let t16 = s4;
                x2
            })
            .re()
        {
            break;
        }
        s11 /= (k::<D>(1.0)) + (x2 * x2);
        s11 -= (((k::<D>(1.5)) + x0) + w2).atan();
    }
    (((s4 + u7) - w8) + m9) + s11
}

#[differentiable]
fn p62<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1 = if T::exp2(c::<T>(0.788)) < (c::<T>(-0.087)).cosh() {
        x1 * (c::<T>(BETA))
    } else {
        Float::hypot(c::<T>(-0.86), x1)
    };
    let (u2, w3) = (
        a1.cos().cosh().log2().sin().sin().tan().exp2(),
        (((x0 - a1).cos()).cosh()) / ((c::<T>(1.5)) + a1.atan2(a1 + a1).tanh()),
    );
    let a4 = Float::tanh(Float::mul_add(
        ((c::<T>(ALPHA)) - x1).sin(),
        -(c::<T>(1.3)),
        Float::cos(u2).mul_add(T::atan(c::<T>(std::f64::consts::E)), u2),
    )) * (((T::from(-1.344).unwrap() / (T::one() + ((c::<T>(0.3)) * (c::<T>(0.3)))))
        .sinh())
    .sin());
    let (u5, w6) = (
        T::trunc(a1) * T::cos(u2),
        x1 / (T::from(2.0).unwrap() + T::sin(a1)),
    );
    let mut m7: T = x0.sin().tan();
    (((w3 + a4) * u5) + w6) + m7
}

fn p62_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if ((k::<D>(0.788)).exp2()).re() < ((k::<D>(-0.087)).cosh()).re() {
        x1 * (k::<D>(BETA))
    } else {
        ((k::<D>(-0.86)) * (k::<D>(-0.86)) + x1 * x1).sqrt()
    };
    let (u2, w3) = (
        a1.cos().cosh().log2().sin().sin().tan().exp2(),
        (((x0 - a1).cos()).cosh()) / ((k::<D>(1.5)) + a1.atan2(a1 + a1).tanh()),
    );
    let a4 = (((((k::<D>(ALPHA)) - x1).sin()) * (-(k::<D>(1.3)))
        + (u2.cos() * ((k::<D>(std::f64::consts::E)).atan()) + u2))
        .tanh())
        * ((((k::<D>(-1.344)) / ((k::<D>(1.0)) + ((k::<D>(0.3)) * (k::<D>(0.3))))).sinh()).sin());
    let (u5, w6) = (
        (k::<D>(a1.re().trunc())) * u2.cos(),
        x1 / ((k::<D>(2.0)) + a1.sin()),
    );
    let mut m7: D = x0.sin().tan();
    (((w3 + a4) * u5) + w6) + m7
}

#[differentiable]
fn p64<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = (T::from(2.0).unwrap() + ((c::<T>(std::f64::consts::E)).sin())).sqrt();
    let a2: T = (((c::<T>(0.9)) * x[2].sinh().atan().tanh()).asin()) - (c::<T>(BETA));
    let mut s3: T = c::<T>(0.0);
    for &i4 in x.iter() {
        let a5 = ((((c::<T>(1.0)) + (a2.atan() * T::atan(a2))).sqrt()) * a2).asinh();
        let mut m6: T = (c::<T>(std::f64::consts::E)) / (T::from(1.5).unwrap() + x[0].tanh());
        s3 = (T::from(0.5).unwrap() * s3)
            + ((((c::<T>(1.1))
                + (((c::<T>(2.0)) + Float::sin(c::<T>(0.601)))
                    * ((c::<T>(2.0)) + T::sin(c::<T>(0.601)))))
            .acosh())
            .atan());
        s3 += Float::sin(m6);
    }
    s3 *= T::one() + ((c::<T>(0.3)) * ((c::<T>(-0.97)).sin()));
    s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::acos((c::<T>(0.9)) * Float::atan(s3).sin()).sin());
    ((a1 + a2) + s3) * x[0]
}

fn p64_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin())).sqrt();
    let a2: D = (((k::<D>(0.9)) * x[2].sinh().atan().tanh()).asin()) - (k::<D>(BETA));
    let mut s3: D = k::<D>(0.0);
    for &i4 in x.iter() {
        let a5 = ((((k::<D>(1.0)) + (a2.atan() * a2.atan())).sqrt()) * a2).asinh();
        let mut m6: D = (k::<D>(std::f64::consts::E)) / ((k::<D>(1.5)) + x[0].tanh());
        s3 = ((k::<D>(0.5)) * s3)
            + ((((k::<D>(1.1))
                + (((k::<D>(2.0)) + ((k::<D>(0.601)).sin()))
                    * ((k::<D>(2.0)) + ((k::<D>(0.601)).sin()))))
            .acosh())
            .atan());
        s3 += m6.sin();
    }
    s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.97)).sin()));
    s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * s3.atan().sin()).acos()).sin()));
    ((a1 + a2) + s3) * x[0]
}

#[differentiable]
fn p65(x: &[f64]) -> f64 {
    let a1 = BETA.min(core::f64::consts::PI).cos();
    let a2 = if a1 - a1 > std::f64::consts::E {
        x[0].exp()
    } else {
        (0.9f64 * (((-0.265).powi(3)).sin())).atanh()
    };
    let mut m4 = {
        let t3 = a2;
        -1.008
    };
    if 1.2 + x[4] <= 0.68 && 0.0 >= -0.82 {
        return ((1.1 + ((1.0_f64 + (BETA * BETA)) * (1.0 + (BETA * BETA)))).acosh())
            - ((1.0f64 + (0.4f64 * 0.4)).ln());
    }
    let a1 = (x[0] - a1) * (a2 * m4);
    ((a2 - m4) * a1) - x[3]
}

fn p65_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = dmin(k::<D>(BETA), k::<D>(core::f64::consts::PI)).cos();
    let a2 = if (a1 - a1).re() > (k::<D>(std::f64::consts::E)).re() {
        x[0].exp()
    } else {
        ((k::<D>(0.9)) * (((k::<D>(-0.265)).powi(3)).sin())).atanh()
    };
    let mut m4 = {
        let t3 = a2;
        k::<D>(-1.008)
    };
    if ((k::<D>(1.2)) + x[4]).re() <= (k::<D>(0.68)).re()
        && (k::<D>(0.0)).re() >= (k::<D>(-0.82)).re()
    {
        return (((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))
                * ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))))
        .acosh())
            - (((k::<D>(1.0)) + ((k::<D>(0.4)) * (k::<D>(0.4)))).ln());
    }
    let a1 = (x[0] - a1) * (a2 * m4);
    ((a2 - m4) * a1) - x[3]
}

#[differentiable]
fn p66(x: &[f64]) -> f64 {
    let a1: f64 = Float::atan(x[3] + f64::cbrt(0.64.cosh()));
    let (u2, w3) = (0.9, (0.9 * a1.sin()).acos());
    let mut s4: f64 = 1.0;
    for i5 in 0..x.len() - 1 {
        if f64::mul_add(0.291_f64, x[i5 + 1], u2) >= x[i5].exp() || i5 == 3 {
            s4 *= 1.0 + (0.3 * x[i5 + 1].sin());
        } else {
            s4 = (0.5_f64 * s4) + f64::max((1.0 + (a1 * a1)).powf(x[i5 + 1]), u2.sin()).cos();
        }
        let u2 = (1.5 + ((core::f64::consts::PI / std::f64::consts::E.tanh().exp()).tanh()))
            .powf(Float::sin((-0.878) * s4));
        s4 /= 1.0 + (s4.tanh() * s4.tanh());
    }
    let mut s6 = 0.5f64;
    for i7 in 0..2 {
        s4 += Float::cos((-W[i7]) - a1);
        s6 = s6.max(f64::tanh(x[2] + u2));
        let u2: f64 = (1.0 + (f64::tanh(0.06.cosh()) * Float::cosh(0.06).tanh())).cbrt();
        s6 *= 1.0 + (0.3 * ((w3 / V[i7].sin().tan().hypot(1.0)).sin()));
        s4 *= 1.0 + (0.3 * f64::sin(Float::mul_add(core::f64::consts::PI.atan(), x[0], V[i7])));
    }
    ((((a1 + u2) + w3) * s4) + s6) + x[4]
}

fn p66_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (x[3] + (((k::<D>(0.64)).cosh()).cbrt())).atan();
    let (u2, w3) = (k::<D>(0.9), ((k::<D>(0.9)) * a1.sin()).acos());
    let mut s4: D = k::<D>(1.0);
    for i5 in 0..x.len() - 1 {
        if ((k::<D>(0.291)) * x[i5 + 1] + u2).re() >= x[i5].exp().re() || i5 == 3 {
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i5 + 1].sin());
        } else {
            s4 = ((k::<D>(0.5)) * s4)
                + dmax(
                    (x[i5 + 1] * ((k::<D>(1.0)) + (a1 * a1)).ln()).exp(),
                    u2.sin(),
                )
                .cos();
        }
        let u2 = ((((k::<D>(-0.878)) * s4).sin())
            * ((k::<D>(1.5))
                + (((k::<D>(core::f64::consts::PI))
                    / (((k::<D>(std::f64::consts::E)).tanh()).exp()))
                .tanh()))
            .ln())
        .exp();
        s4 /= (k::<D>(1.0)) + (s4.tanh() * s4.tanh());
    }
    let mut s6 = k::<D>(0.5);
    for i7 in 0..2 {
        s4 += ((-(k::<D>(W[i7]))) - a1).cos();
        s6 = dmax(s6, (x[2] + u2).tanh());
        let u2: D = ((k::<D>(1.0))
            + ((((k::<D>(0.06)).cosh()).tanh()) * (((k::<D>(0.06)).cosh()).tanh())))
        .cbrt();
        s6 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((w3
                    / (((((k::<D>(V[i7])).sin()).tan()) * (((k::<D>(V[i7])).sin()).tan())
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt()))
                .sin()));
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(core::f64::consts::PI)).atan()) * x[0] + (k::<D>(V[i7]))).sin()));
    }
    ((((a1 + u2) + w3) * s4) + s6) + x[4]
}

#[differentiable]
fn p67<T>(x: &[T], y: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.0);
    for i2 in 0..2 {
        let mut s3 = c::<T>(0.5);
        for i4 in 0..x.len() {
            let a6 = ((((c::<T>(0.5))
                + (((c::<T>(2.0)) + ((c::<T>(W[i2])).sin()))
                    * ((c::<T>(2.0)) + T::sin(c::<T>(W[i2])))))
            .ln_1p())
                + ((c::<T>(W[i2])).mul_add(y, x[i4])))
                + T::cbrt(
                    (c::<T>(1.5))
                        + (({
                            let t5 = s1;
                            s3
                        })
                        .tanh()),
                );
            let a7 = s1 - x[i4];
            let mut m8 = s3;
            s3 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::sin(
                        (((c::<T>(0.5)) + (((c::<T>(-1.76)).exp()) * ((c::<T>(-1.76)).exp())))
                            .ln_1p())
                            + (c::<T>(ALPHA)),
                    ));
        }
        s1 = Float::sin(((c::<T>(0.7)) * s1) + T::asinh(x[3]));
        s3 = ((c::<T>(0.5)) * s3)
            + T::atan(Float::sinh((c::<T>(V[i2])) / ((c::<T>(2.0)) + x[3].sin())));
    }
    let a9 = if T::sin(x[0]).tan() > c::<T>(0.37) {
        Float::atan(c::<T>(1.18)).tanh()
    } else {
        (y - (c::<T>(BETA))) + (x[0] * s1)
    };
    if Float::cos(s1) > x[1] - a9 {
        return T::powi(-x[0], 2);
    }
    s1 = s1.min(x[3]);
    s1 = ((c::<T>(0.5)) * s1) + ((T::from(0.9).unwrap() * x[3].tanh()).asin());
    ((y * s1) - a9) * x[2]
}

fn p67_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..2 {
        let mut s3 = k::<D>(0.5);
        for i4 in 0..x.len() {
            let a6 = ((((k::<D>(0.5))
                + (((k::<D>(2.0)) + ((k::<D>(W[i2])).sin()))
                    * ((k::<D>(2.0)) + ((k::<D>(W[i2])).sin()))))
            .ln_1p())
                + ((k::<D>(W[i2])) * y + x[i4]))
                + (((k::<D>(1.5))
                    + (({
                        let t5 = s1;
                        s3
                    })
                    .tanh()))
                .cbrt());
            let a7 = s1 - x[i4];
            let mut m8 = s3;
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((k::<D>(0.5)) + (((k::<D>(-1.76)).exp()) * ((k::<D>(-1.76)).exp())))
                        .ln_1p())
                        + (k::<D>(ALPHA)))
                    .sin()));
        }
        s1 = (((k::<D>(0.7)) * s1) + x[3].asinh()).sin();
        s3 = ((k::<D>(0.5)) * s3)
            + ((((k::<D>(V[i2])) / ((k::<D>(2.0)) + x[3].sin())).sinh()).atan());
    }
    let a9 = if x[0].sin().tan().re() > (k::<D>(0.37)).re() {
        ((k::<D>(1.18)).atan()).tanh()
    } else {
        (y - (k::<D>(BETA))) + (x[0] * s1)
    };
    if s1.cos().re() > (x[1] - a9).re() {
        return (-x[0]).powi(2);
    }
    s1 = dmin(s1, x[3]);
    s1 = ((k::<D>(0.5)) * s1) + (((k::<D>(0.9)) * x[3].tanh()).asin());
    ((y * s1) - a9) * x[2]
}

#[differentiable]
fn p68(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (-0.065, f64::tanh(x1));
    let mut m3 =
        (1.1 + ((2.0 + Float::sin(u1.atan())) * (2.0 + Float::sin(f64::atan(u1))))).acosh();
    let mut m4 = ((((-1.21) + core::f64::consts::PI).trunc()) * x1) * 1.2;
    let mut s5: f64 = 0.0;
    for i6 in 2..=3 {
        let (u7, w8) = (
            ((-0.6).exp2()) - (x1.tanh() + (u1 + x1)),
            Float::abs(((-0.358_f64) + m3) + f64::cosh(m3.atan()).sqrt()),
        );
        m3 *= 1.0_f64 + (0.3 * f64::tanh(m4).exp().cos());
        m4 = (0.5 * m4) + f64::powi(BETA.sin().exp(), -2).cos();
    }
    m3 -= w2;
    let w2 = {
        let t9 = s5;
        s5
    };
    (((u1 + m3) + m4) + s5) + w2
}

fn p68_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (k::<D>(-0.065), x1.tanh());
    let mut m3 = ((k::<D>(1.1))
        + (((k::<D>(2.0)) + u1.atan().sin()) * ((k::<D>(2.0)) + u1.atan().sin())))
    .acosh();
    let mut m4 = ((k::<D>(
        ((k::<D>(-1.21)) + (k::<D>(core::f64::consts::PI)))
            .re()
            .trunc(),
    )) * x1)
        * (k::<D>(1.2));
    let mut s5: D = k::<D>(0.0);
    for i6 in 2..=3 {
        let (u7, w8) = (
            ((-(k::<D>(0.6))).exp2()) - (x1.tanh() + (u1 + x1)),
            (((k::<D>(-0.358)) + m3) + m3.atan().cosh().sqrt()).abs(),
        );
        m3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m4.tanh().exp().cos());
        m4 = ((k::<D>(0.5)) * m4) + (((((k::<D>(BETA)).sin()).exp()).powi(-2)).cos());
    }
    m3 -= w2;
    let w2 = {
        let t9 = s5;
        s5
    };
    (((u1 + m3) + m4) + s5) + w2
}

#[differentiable]
fn p69<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut m1: T = x1;
    let mut s2 = c::<T>(0.0);
    for i3 in 2..=3 {
        s2 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * ((T::from(-0.033).unwrap()
                    / ((c::<T>(1.0))
                        + (((s2 + m1) / (T::one() + (m1 * m1)))
                            * ((s2 + m1) / ((c::<T>(1.0)) + (m1 * m1))))))
                    .sin()));
        m1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(V[i3])).min(x1)).sin()));
    }
    let a4: T = (((c::<T>(std::f64::consts::E)) + (c::<T>(-0.435)))
        - (((c::<T>(1.0)) + ((c::<T>(-0.6)) * (c::<T>(-0.6)))).ln()))
        + (((s2 - s2).cos()).exp());
    (((x0 + x1) + m1) + s2) + a4
}

fn p69_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = x1;
    let mut s2 = k::<D>(0.0);
    for i3 in 2..=3 {
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(-0.033))
                    / ((k::<D>(1.0))
                        + (((s2 + m1) / ((k::<D>(1.0)) + (m1 * m1)))
                            * ((s2 + m1) / ((k::<D>(1.0)) + (m1 * m1))))))
                    .sin()));
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dmin(k::<D>(V[i3]), x1).sin());
    }
    let a4: D = (((k::<D>(std::f64::consts::E)) + (k::<D>(-0.435)))
        - (((k::<D>(1.0)) + ((k::<D>(-0.6)) * (k::<D>(-0.6)))).ln()))
        + (((s2 - s2).cos()).exp());
    (((x0 + x1) + m1) + s2) + a4
}

#[differentiable]
fn p70<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a2 = if x0 + x1 <= c::<T>(-0.74) || c::<T>(-1.4) >= c::<T>(0.58) {
        x0 / ((c::<T>(1.0))
            + (({
                let t1 = c::<T>(BETA);
                x0
            }) * ({
                let t1 = c::<T>(BETA);
                x0
            })))
    } else {
        x0
    };
    let (u3, w4) = (
        T::from(-1.43).unwrap() + Float::cosh(x0).cbrt().sin().exp(),
        Float::exp_m1(((c::<T>(0.5)) + x1).abs()),
    );
    let a5 = if a2 - x1 <= T::from(-0.6).unwrap() {
        ((c::<T>(0.558)) / T::cbrt(w4.tanh().exp()).cos().exp())
            * ((((c::<T>(1.5)) + Float::tanh(a2)).log2())
                - T::log2(T::from(1.5).unwrap() + x1.tanh()))
    } else {
        T::atan(x1.cos()) * a2
    };
    (((x1 + a2) - u3) + w4) + a5
}

fn p70_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a2 = if (x0 + x1).re() <= (k::<D>(-0.74)).re() || (k::<D>(-1.4)).re() >= (k::<D>(0.58)).re()
    {
        x0 / ((k::<D>(1.0))
            + (({
                let t1 = k::<D>(BETA);
                x0
            }) * ({
                let t1 = k::<D>(BETA);
                x0
            })))
    } else {
        x0
    };
    let (u3, w4) = (
        (k::<D>(-1.43)) + x0.cosh().cbrt().sin().exp(),
        (((k::<D>(0.5)) + x1).abs()).exp_m1(),
    );
    let a5 = if (a2 - x1).re() <= (k::<D>(-0.6)).re() {
        ((k::<D>(0.558)) / w4.tanh().exp().cbrt().cos().exp())
            * ((((k::<D>(1.5)) + a2.tanh()).log2()) - (((k::<D>(1.5)) + x1.tanh()).log2()))
    } else {
        x1.cos().atan() * a2
    };
    (((x1 + a2) - u3) + w4) + a5
}

#[differentiable]
fn p71(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (0.5, x1);
    let (u3, w4) = (x0, u1);
    let a5 = if w4 <= std::f64::consts::E.atan().sinh() {
        w4 + ((-1.045) + (-1.46))
    } else {
        f64::exp_m1(u3)
            .cos()
            .mul_add(f64::cbrt(1.0 + (u1 * u1)), x1 - w4)
    };
    if Float::sin(-1.07f64) >= w2 * w2 {
        return f64::tanh(w4) - (a5.signum() * w4);
    }
    let a6 = u1 * a5;
    let a7 = f64::sin(u1 - x0);
    (((u3 * w4) + a5) + a6) + a7
}

fn p71_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (k::<D>(0.5), x1);
    let (u3, w4) = (x0, u1);
    let a5 = if w4.re() <= (((k::<D>(std::f64::consts::E)).atan()).sinh()).re() {
        w4 + ((k::<D>(-1.045)) + (k::<D>(-1.46)))
    } else {
        (u3.exp_m1().cos() * (((k::<D>(1.0)) + (u1 * u1)).cbrt()) + (x1 - w4))
    };
    if ((k::<D>(-1.07)).sin()).re() >= (w2 * w2).re() {
        return w4.tanh() - ((k::<D>(a5.re().signum())) * w4);
    }
    let a6 = u1 * a5;
    let a7 = (u1 - x0).sin();
    (((u3 * w4) + a5) + a6) + a7
}

#[differentiable]
fn p72<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.0);
    for i2 in 1..2 {
        let mut m3: T = x2;
        let a4 = Float::ln_1p(
            (c::<T>(0.5)) + (((c::<T>(2.0)) + T::sin(s1)) * (T::from(2.0).unwrap() + T::sin(s1))),
        ) - ((s1 + m3).clamp(c::<T>(-0.47), c::<T>(1.44)));
        let a5 = if Float::cbrt((c::<T>(1.0)) + (T::from(0.75).unwrap() * (c::<T>(0.75))))
            > c::<T>(0.88)
        {
            Float::recip((c::<T>(1.5)) + a4.tanh())
        } else {
            (c::<T>(W[i2])).cos()
        };
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::cos(m3).hypot(c::<T>(1.0)).powi(0).sin());
    }
    let mut s6 = T::from(0.5).unwrap();
    for i7 in 2..=6 {
        let a8: T =
            ((c::<T>(2.0)) + (((x1 - x0) / ((c::<T>(2.0)) + s1.atan().sin())).sin())).log10();
        s1 = (T::from(0.5).unwrap() * s1)
            + T::cos(T::clamp(
                T::atan2(x0, x2),
                c::<T>(-1.22),
                T::from(1.17).unwrap(),
            ));
        s6 /= (c::<T>(2.0)) + Float::sin(c::<T>(-0.29));
    }
    if x0 / Float::hypot(x0, c::<T>(1.0)) <= s1.min(x1) {
        return Float::cos(T::powi(c::<T>(0.6), 1));
    }
    let (u9, w10) = (T::asinh(x0), -s6);
    let a11 = Float::atan(c::<T>(1.5));
    let (u12, w13) = (
        (((c::<T>(1.0)) + (w10.mul_add(c::<T>(1.295), s6) * w10.mul_add(c::<T>(1.295), s6)))
            .powf(Float::atan(x1).cos()))
            + (c::<T>(1.661)),
        (-T::mul_add(s1.atan(), x0, s6))
            - T::log2(
                (c::<T>(1.0))
                    + (((T::from(0.5).unwrap()
                        + (((c::<T>(0.9)).cosh()) * ((c::<T>(0.9)).cosh())))
                    .ln_1p())
                        * Float::ln_1p(
                            T::from(0.5).unwrap()
                                + (((c::<T>(0.9)).cosh()) * ((c::<T>(0.9)).cosh())),
                        )),
            ),
    );
    (((u9 + w10) + a11) - u12) + w13
}

fn p72_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 1..2 {
        let mut m3: D = x2;
        let a4 = (((k::<D>(0.5)) + (((k::<D>(2.0)) + s1.sin()) * ((k::<D>(2.0)) + s1.sin())))
            .ln_1p())
            - dclamp(s1 + m3, k::<D>(-0.47), k::<D>(1.44));
        let a5 = if (((k::<D>(1.0)) + ((k::<D>(0.75)) * (k::<D>(0.75)))).cbrt()).re()
            > (k::<D>(0.88)).re()
        {
            ((k::<D>(1.5)) + a4.tanh()).recip()
        } else {
            (k::<D>(W[i2])).cos()
        };
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((m3.cos() * m3.cos() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0)).sin()));
    }
    let mut s6 = k::<D>(0.5);
    for i7 in 2..=6 {
        let a8: D =
            ((k::<D>(2.0)) + (((x1 - x0) / ((k::<D>(2.0)) + s1.atan().sin())).sin())).log10();
        s1 = ((k::<D>(0.5)) * s1) + dclamp(x0.atan2(x2), k::<D>(-1.22), k::<D>(1.17)).cos();
        s6 /= (k::<D>(2.0)) + ((k::<D>(-0.29)).sin());
    }
    if (x0 / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re() <= dmin(s1, x1).re() {
        return ((k::<D>(0.6)).powi(1)).cos();
    }
    let (u9, w10) = (x0.asinh(), -s6);
    let a11 = (k::<D>(1.5)).atan();
    let (u12, w13) = (
        ((x1.atan().cos()
            * ((k::<D>(1.0)) + ((w10 * (k::<D>(1.295)) + s6) * (w10 * (k::<D>(1.295)) + s6)))
                .ln())
        .exp())
            + (k::<D>(1.661)),
        (-(s1.atan() * x0 + s6))
            - (((k::<D>(1.0))
                + ((((k::<D>(0.5)) + (((k::<D>(0.9)).cosh()) * ((k::<D>(0.9)).cosh()))).ln_1p())
                    * (((k::<D>(0.5)) + (((k::<D>(0.9)).cosh()) * ((k::<D>(0.9)).cosh())))
                        .ln_1p())))
            .log2()),
    );
    (((u9 + w10) + a11) - u12) + w13
}

#[differentiable]
fn p74(x0: f64, x1: f64) -> f64 {
    let a1: f64 = x1;
    let (u2, w3) = (BETA - a1, a1.hypot(a1));
    let a4: f64 = a1 - x0;
    let a5 = if 0.58.cosh() < -0.38 {
        Float::cos((a1 + w3) / (1.0 + (u2 * u2))).sin().tan()
    } else {
        ((1.06 + a4) * x0.clamp(-1.09_f64, 1.05))
            / (2.0 + ((core::f64::consts::PI + ((-0.997) * x0)).sin()))
    };
    let mut s6 = 0.0_f64;
    for i7 in 1..2 {
        let mut s8 = 0.0;
        for i9 in 0..=2 {
            let mut m10: f64 = (a5 / (1.0 + (s6 * s6))) - (s8 - w3);
            s8 = s8.max(f64::exp_m1(f64::atan(w3)).atan());
            m10 = (0.5 * m10)
                + (((2.0_f64 + (((2.0 + s6.sin()).ln()).sin())).powf((w3 - a1).atan())).tanh());
        }
        let a1 = a4;
        if i7 % 2 == 1 {
            continue;
        }
        s8 -= ((1.0 + (((-1.0) - a4) * ((-1.0) - a4))).log2()).tanh();
    }
    let a11: f64 = ((x1 * w3) + (a4 * w3)).sin();
    (((w3 + a4) + a5) + s6) - a11
}

fn p74_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = x1;
    let (u2, w3) = ((k::<D>(BETA)) - a1, (a1 * a1 + a1 * a1).sqrt());
    let a4: D = a1 - x0;
    let a5 = if ((k::<D>(0.58)).cosh()).re() < (k::<D>(-0.38)).re() {
        ((((a1 + w3) / ((k::<D>(1.0)) + (u2 * u2))).cos()).sin()).tan()
    } else {
        (((k::<D>(1.06)) + a4) * dclamp(x0, k::<D>(-1.09), k::<D>(1.05)))
            / ((k::<D>(2.0)) + (((k::<D>(core::f64::consts::PI)) + ((k::<D>(-0.997)) * x0)).sin()))
    };
    let mut s6 = k::<D>(0.0);
    for i7 in 1..2 {
        let mut s8 = k::<D>(0.0);
        for i9 in 0..=2 {
            let mut m10: D = (a5 / ((k::<D>(1.0)) + (s6 * s6))) - (s8 - w3);
            s8 = dmax(s8, w3.atan().exp_m1().atan());
            m10 = ((k::<D>(0.5)) * m10)
                + (((((w3 - a1).atan())
                    * ((k::<D>(2.0)) + ((((k::<D>(2.0)) + s6.sin()).ln()).sin())).ln())
                .exp())
                .tanh());
        }
        let a1 = a4;
        if i7 % 2 == 1 {
            continue;
        }
        s8 -= (((k::<D>(1.0)) + (((k::<D>(-1.0)) - a4) * ((k::<D>(-1.0)) - a4))).log2()).tanh();
    }
    let a11: D = ((x1 * w3) + (a4 * w3)).sin();
    (((w3 + a4) + a5) + s6) - a11
}

#[differentiable]
fn p75<T: Float>(x0: T, x1: T) -> T {
    let mut s1: T = c::<T>(1.0);
    for i2 in 2..4 {
        if s1.atan2(x1) >= if i2 != 1 { c::<T>(V[i2]) } else { s1 } {
            break;
        }
        let a3 = -(((c::<T>(1.5)) + s1.tanh()).log10());
        let a3: T = c::<T>(W[i2]);
        s1 = s1
            * (T::one()
                + (T::from(0.3).unwrap()
                    * (((c::<T>(1.5))
                        + Float::tanh(T::acos((c::<T>(0.9)) * T::from(-1.274).unwrap().sin())))
                    .cos())));
    }
    let a4 = (c::<T>(-1.2)) + (s1 * s1);
    for i5 in 1..5 {
        let (u6, w7) = (
            ((s1.hypot(T::one()).ln() * x0.asinh()).sin()).exp(),
            ((-s1).ceil())
                * T::sin(
                    ((((c::<T>(1.1))
                        + (((c::<T>(2.0)) + ((c::<T>(1.6)).sin()))
                            * ((c::<T>(2.0)) + ((c::<T>(1.6)).sin()))))
                    .acosh())
                    .sin())
                    .exp_m1(),
                ),
        );
        let mut m8 = s1.atan().sin().sin().tan();
        m8 = ((c::<T>(0.5)) * m8) + ((((c::<T>(1.0)) + (s1 * s1)).log10()).tanh());
    }
    let a9 = (T::one() + (T::sin(a4 * x1) * ((a4 * x1).sin()))).sqrt();
    s1 = s1
        * ((c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(1.5)) + ((c::<T>(-0.371)).tanh())).cos())));
    (((x0 + x1) + s1) + a4) * a9
}

fn p75_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 2..4 {
        if s1.atan2(x1).re() >= (if i2 != 1 { k::<D>(V[i2]) } else { s1 }).re() {
            break;
        }
        let a3 = -(((k::<D>(1.5)) + s1.tanh()).log10());
        let a3: D = k::<D>(W[i2]);
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(1.5)) + ((((k::<D>(0.9)) * ((k::<D>(-1.274)).sin())).acos()).tanh()))
                    .cos()));
    }
    let a4 = (k::<D>(-1.2)) + (s1 * s1);
    for i5 in 1..5 {
        let (u6, w7) = (
            (((((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()) * x0.asinh()).sin()).exp(),
            (k::<D>((-s1).re().ceil()))
                * ((((((k::<D>(1.1))
                    + (((k::<D>(2.0)) + ((k::<D>(1.6)).sin()))
                        * ((k::<D>(2.0)) + ((k::<D>(1.6)).sin()))))
                .acosh())
                .sin())
                .exp_m1())
                .sin()),
        );
        let mut m8 = s1.atan().sin().sin().tan();
        m8 = ((k::<D>(0.5)) * m8) + ((((k::<D>(1.0)) + (s1 * s1)).log10()).tanh());
    }
    let a9 = ((k::<D>(1.0)) + (((a4 * x1).sin()) * ((a4 * x1).sin()))).sqrt();
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(-0.371)).tanh())).cos()));
    (((x0 + x1) + s1) + a4) * a9
}

#[differentiable]
fn p76(x: &[f64]) -> f64 {
    let a1 = std::f64::consts::E / (1.0 + (BETA * BETA));
    let a2 = if x[5] >= a1 || x[0] <= -0.43 {
        ((1.1
            + ((1.0 + ((a1 * (-1.1)) * (a1 * (-1.1))))
                * (1.0_f64 + ((a1 * (-1.1)) * (a1 * (-1.1))))))
            .acosh())
            - (-((1.0 + (a1 * a1)).log2()))
    } else {
        Float::sinh(a1.sin())
            / (1.0
                + ((((((x[2] * x[5]).sin()).exp()).cbrt()).atan())
                    * f64::sin(x[2] * x[5]).exp().cbrt().atan()))
    };
    let (u3, w4) = (x[0] * a2, Float::powi(x[1], 1));
    let (u5, w6) = (a1, (a2 * w4) / Float::cosh(f64::tanh((-0.089).exp2())));
    ((((a2 + u3) + w4) * u5) + w6) + x[4]
}

fn p76_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(std::f64::consts::E)) / ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))));
    let a2 = if x[5].re() >= a1.re() || x[0].re() <= (k::<D>(-0.43)).re() {
        (((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((a1 * (k::<D>(-1.1))) * (a1 * (k::<D>(-1.1)))))
                * ((k::<D>(1.0)) + ((a1 * (k::<D>(-1.1))) * (a1 * (k::<D>(-1.1)))))))
        .acosh())
            - (-(((k::<D>(1.0)) + (a1 * a1)).log2()))
    } else {
        a1.sin().sinh()
            / ((k::<D>(1.0))
                + ((((((x[2] * x[5]).sin()).exp()).cbrt()).atan())
                    * (((((x[2] * x[5]).sin()).exp()).cbrt()).atan())))
    };
    let (u3, w4) = (x[0] * a2, x[1].powi(1));
    let (u5, w6) = (a1, (a2 * w4) / ((((k::<D>(-0.089)).exp2()).tanh()).cosh()));
    ((((a2 + u3) + w4) * u5) + w6) + x[4]
}

#[differentiable]
fn p77<T>(x: &[T], y: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.5);
    for i2 in 0..x.len() - 1 {
        for i3 in 0..x.len() {
            let a4 = y;
            s1 *= T::one() + ((c::<T>(0.3)) * Float::sin(Float::recip(T::one() + (x[i3] * x[i3]))));
        }
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * (((c::<T>(1.5))
                    + T::tanh(
                        ((c::<T>(1.1))
                            + ((T::one() + (y.atan2(s1) * y.atan2(s1)))
                                * (T::one() + (Float::atan2(y, s1) * y.atan2(s1)))))
                        .acosh(),
                    ))
                .cos()));
        if y * y <= c::<T>(0.5) {
            continue;
        }
        let mut m5 = s1
            + (((c::<T>(1.5)) + ((c::<T>(V[i2])).tanh()))
                .powf((((c::<T>(0.9)) * x[i2].tanh()).asin()).tanh()));
        m5 = m5.max(T::tanh(Float::cosh(c::<T>(-0.72)).powf(m5.sin())));
    }
    for i6 in 2..=4 {
        let a7 = x[1]
            / ((c::<T>(1.0)) + ((c::<T>(std::f64::consts::E)) * (c::<T>(std::f64::consts::E))));
        let a8 = c::<T>(std::f64::consts::E);
        s1 /= (c::<T>(2.0)) + x[2].sin();
        s1 -= Float::cos(-s1);
    }
    let mut m9: T = -x[0].mul_add(x[2], x[1]);
    for &i10 in x.iter() {
        let a11: T = s1;
        s1 -= T::sin((i10 - m9) + (a11 + y));
        s1 = (T::from(0.5).unwrap() * s1)
            + ((-({
                let t12 = c::<T>(std::f64::consts::E);
                c::<T>(-0.517)
            }))
            .tanh());
    }
    let a13: T = y + x[0];
    (((y + s1) + m9) + a13) + x[3]
}

fn p77_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..x.len() - 1 {
        for i3 in 0..x.len() {
            let a4 = y;
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(1.0)) + (x[i3] * x[i3])).recip()).sin()));
        }
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(1.5))
                    + ((((k::<D>(1.1))
                        + (((k::<D>(1.0)) + (y.atan2(s1) * y.atan2(s1)))
                            * ((k::<D>(1.0)) + (y.atan2(s1) * y.atan2(s1)))))
                    .acosh())
                    .tanh()))
                .cos()));
        if (y * y).re() <= (k::<D>(0.5)).re() {
            continue;
        }
        let mut m5 = s1
            + ((((((k::<D>(0.9)) * x[i2].tanh()).asin()).tanh())
                * ((k::<D>(1.5)) + ((k::<D>(V[i2])).tanh())).ln())
            .exp());
        m5 = dmax(
            m5,
            ((m5.sin() * ((k::<D>(-0.72)).cosh()).ln()).exp()).tanh(),
        );
    }
    for i6 in 2..=4 {
        let a7 = x[1]
            / ((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))));
        let a8 = k::<D>(std::f64::consts::E);
        s1 /= (k::<D>(2.0)) + x[2].sin();
        s1 -= (-s1).cos();
    }
    let mut m9: D = -(x[0] * x[2] + x[1]);
    for &i10 in x.iter() {
        let a11: D = s1;
        s1 -= ((i10 - m9) + (a11 + y)).sin();
        s1 = ((k::<D>(0.5)) * s1)
            + ((-({
                let t12 = k::<D>(std::f64::consts::E);
                k::<D>(-0.517)
            }))
            .tanh());
    }
    let a13: D = y + x[0];
    (((y + s1) + m9) + a13) + x[3]
}

#[differentiable]
fn p78(x0: f64, x1: f64) -> f64 {
    let a2 = {
        let t1 = (0.9 * x0.tanh()).asin();
        t1 / (1.5 + 1.13_f64.tanh())
    };
    let mut m3 = x0 - 0.67;
    let a4 = f64::hypot(1.384.hypot(m3) - (x1 + x0), 1.0).powf(Float::powi(
        1.0f64 + (f64::tanh(1.5 * a2) * f64::tanh(1.5 * a2)),
        -2,
    ));
    let (u5, w6) = (m3.signum() * x0, x0);
    let mut s7 = 0.5;
    for i8 in 0..1 {
        let a9 = f64::floor(s7) * Float::exp(w6).cbrt().cos();
        s7 = (0.5 * s7) + Float::sin(a2);
    }
    let (u10, w11) = (x0.tanh(), x1);
    (((u5 - w6) + s7) + u10) + w11
}

fn p78_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a2 = {
        let t1 = ((k::<D>(0.9)) * x0.tanh()).asin();
        t1 / ((k::<D>(1.5)) + ((k::<D>(1.13)).tanh()))
    };
    let mut m3 = x0 - (k::<D>(0.67));
    let a4 = ((((k::<D>(1.0)) + ((((k::<D>(1.5)) * a2).tanh()) * (((k::<D>(1.5)) * a2).tanh())))
        .powi(-2))
        * ((((((k::<D>(1.384)) * (k::<D>(1.384)) + m3 * m3).sqrt()) - (x1 + x0))
            * ((((k::<D>(1.384)) * (k::<D>(1.384)) + m3 * m3).sqrt()) - (x1 + x0))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .ln())
    .exp();
    let (u5, w6) = ((k::<D>(m3.re().signum())) * x0, x0);
    let mut s7 = k::<D>(0.5);
    for i8 in 0..1 {
        let a9 = (k::<D>(s7.re().floor())) * w6.exp().cbrt().cos();
        s7 = ((k::<D>(0.5)) * s7) + a2.sin();
    }
    let (u10, w11) = (x0.tanh(), x1);
    (((u5 - w6) + s7) + u10) + w11
}

#[differentiable]
fn p79<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = (c::<T>(core::f64::consts::PI)) * x[3];
    let mut s2 = T::zero();
    for i3 in 0..x.len() - 1 {
        let (u4, w5) = (x[i3 + 1].atan().atan(), a1);
        let mut m6 = (x[i3 + 1]
            / ((c::<T>(2.0)) + T::sin(((c::<T>(core::f64::consts::PI)).cos()).powi(1))))
        .sin();
        for i7 in 1..3 {
            let (u8, w9) = (
                Float::powf(
                    T::from(2.0).unwrap() + T::sin(x[i3 + 1] / ((c::<T>(2.0)) + x[i3].sin())),
                    x[i3].cos().atan(),
                ),
                T::max(u4, x[i3]) / w5.asinh().hypot(c::<T>(1.0)),
            );
            let a10 = x[i3].asinh();
            let (u11, w12) =
                (
                    ((if w9 <= T::from(-0.32).unwrap()
                        || c::<T>(core::f64::consts::PI) < c::<T>(0.25)
                    {
                        w5
                    } else {
                        c::<T>(core::f64::consts::PI)
                    })
                    .sin())
                    .exp(),
                    w5,
                );
            m6 *= T::one() + ((c::<T>(0.3)) * u8.sin());
            if i7 >= 2 {
                break;
            }
            m6 /= Float::hypot(Float::acos((c::<T>(0.9)) * s2.tanh()), c::<T>(1.0));
        }
        m6 = Float::tanh(((c::<T>(0.7)) * m6) + x[i3].mul_add(u4, c::<T>(-0.09)));
        m6 = (T::from(0.5).unwrap() * m6) + T::ln(T::exp(m6.powi(3).tanh())).atan();
    }
    let mut m13 = s2;
    let mut m14 = T::acosh(
        (c::<T>(1.1)) + (((c::<T>(2.0)) + Float::sin(a1)) * (T::from(2.0).unwrap() + a1.sin())),
    );
    s2 += T::floor(c::<T>(core::f64::consts::PI)) * s2;
    let (u16, w17) = (
        -((s2 * (c::<T>(1.43))) / T::exp(x[0] / ((c::<T>(1.0)) + (m13 * m13)))),
        Float::powi(
            {
                let t15 = ((c::<T>(1.5)) + x[2].tanh()).powf(x[3]);
                (c::<T>(-1.3)).hypot(c::<T>(-0.986))
            },
            2,
        ),
    );
    ((((s2 + m13) + m14) * u16) + w17) + x[3]
}

fn p79_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(core::f64::consts::PI)) * x[3];
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() - 1 {
        let (u4, w5) = (x[i3 + 1].atan().atan(), a1);
        let mut m6 = (x[i3 + 1]
            / ((k::<D>(2.0)) + ((((k::<D>(core::f64::consts::PI)).cos()).powi(1)).sin())))
        .sin();
        for i7 in 1..3 {
            let (u8, w9) = (
                (x[i3].cos().atan()
                    * ((k::<D>(2.0)) + ((x[i3 + 1] / ((k::<D>(2.0)) + x[i3].sin())).sin())).ln())
                .exp(),
                dmax(u4, x[i3])
                    / ((w5.asinh() * w5.asinh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
            );
            let a10 = x[i3].asinh();
            let (u11, w12) = (
                ((if w9.re() <= (k::<D>(-0.32)).re()
                    || (k::<D>(core::f64::consts::PI)).re() < (k::<D>(0.25)).re()
                {
                    w5
                } else {
                    k::<D>(core::f64::consts::PI)
                })
                .sin())
                .exp(),
                w5,
            );
            m6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u8.sin());
            if i7 >= 2 {
                break;
            }
            m6 /= ((((k::<D>(0.9)) * s2.tanh()).acos()) * (((k::<D>(0.9)) * s2.tanh()).acos())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt();
        }
        m6 = (((k::<D>(0.7)) * m6) + (x[i3] * u4 + (k::<D>(-0.09)))).tanh();
        m6 = ((k::<D>(0.5)) * m6) + m6.powi(3).tanh().exp().ln().atan();
    }
    let mut m13 = s2;
    let mut m14 =
        ((k::<D>(1.1)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin()))).acosh();
    s2 += (k::<D>((k::<D>(core::f64::consts::PI)).re().floor())) * s2;
    let (u16, w17) = (
        -((s2 * (k::<D>(1.43))) / ((x[0] / ((k::<D>(1.0)) + (m13 * m13))).exp())),
        ({
            let t15 = (x[3] * ((k::<D>(1.5)) + x[2].tanh()).ln()).exp();
            ((k::<D>(-1.3)) * (k::<D>(-1.3)) + (k::<D>(-0.986)) * (k::<D>(-0.986))).sqrt()
        })
        .powi(2),
    );
    ((((s2 + m13) + m14) * u16) + w17) + x[3]
}

#[differentiable]
fn p81(x: &[f64], y: f64) -> f64 {
    let a1 = if y.exp() >= -0.09 {
        (1.0 + (y.cosh().recip() * Float::cosh(y).recip())).cbrt()
    } else {
        -((-0.39) - (-1.7_f64))
    };
    let (u2, w3) = (
        x[0] / (1.0 + (a1.cos() * a1.cos())),
        Float::sin(a1) * f64::tanh(a1),
    );
    let mut s4: f64 = 0.0;
    for i5 in x {
        let a6 =
            f64::log10(1.0 + ((ALPHA / (2.0 + f64::sin(x[3]))) * (ALPHA / (2.0_f64 + x[3].sin()))))
                + ((a1 / (2.0 + Float::sin(-1.2))).sin());
        s4 = s4.min(f64::atan((*i5) + x[3]));
        s4 += (-(-1.1)).atan();
    }
    if Float::powi(1.0_f64 + (w3 * w3), -2) >= -0.56 {
        s4 = (0.5 * s4) + x[0].asinh();
    } else {
        s4 -= 1.1_f64 - s4;
    }
    for i7 in 0..1 {
        if u2 <= (1.1_f64 + ((1.0 + (y * y)) * (1.0 + (y * y)))).acosh() {
            s4 *= 1.0 + (0.3 * ((w3 * BETA).sin()));
        } else {
            s4 *= 1.0 + (0.3 * Float::tanh(W[i7]).sin());
        }
        s4 = (0.5 * s4) + f64::sin(u2.atan());
        s4 += (W[i7] * a1).cos();
    }
    ((((y + a1) - u2) + w3) * s4) + x[2]
}

fn p81_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if y.exp().re() >= (k::<D>(-0.09)).re() {
        ((k::<D>(1.0)) + (y.cosh().recip() * y.cosh().recip())).cbrt()
    } else {
        -((k::<D>(-0.39)) - (k::<D>(-1.7)))
    };
    let (u2, w3) = (
        x[0] / ((k::<D>(1.0)) + (a1.cos() * a1.cos())),
        a1.sin() * a1.tanh(),
    );
    let mut s4: D = k::<D>(0.0);
    for i5 in x {
        let a6 = (((k::<D>(1.0))
            + (((k::<D>(ALPHA)) / ((k::<D>(2.0)) + x[3].sin()))
                * ((k::<D>(ALPHA)) / ((k::<D>(2.0)) + x[3].sin()))))
        .log10())
            + ((a1 / ((k::<D>(2.0)) + ((k::<D>(-1.2)).sin()))).sin());
        s4 = dmin(s4, ((*i5) + x[3]).atan());
        s4 += (-(k::<D>(-1.1))).atan();
    }
    if (((k::<D>(1.0)) + (w3 * w3)).powi(-2)).re() >= (k::<D>(-0.56)).re() {
        s4 = ((k::<D>(0.5)) * s4) + x[0].asinh();
    } else {
        s4 -= (k::<D>(1.1)) - s4;
    }
    for i7 in 0..1 {
        if u2.re()
            <= (((k::<D>(1.1)) + (((k::<D>(1.0)) + (y * y)) * ((k::<D>(1.0)) + (y * y)))).acosh())
                .re()
        {
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((w3 * (k::<D>(BETA))).sin()));
        } else {
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(W[i7])).tanh()).sin()));
        }
        s4 = ((k::<D>(0.5)) * s4) + u2.atan().sin();
        s4 += ((k::<D>(W[i7])) * a1).cos();
    }
    ((((y + a1) - u2) + w3) * s4) + x[2]
}

#[differentiable]
fn p82(x: &[f64], y: f64) -> f64 {
    let a1: f64 = f64::max(((1.0 + (x[3] * x[3])).log10()) - (-y), y);
    let a2 = 1.88;
    let mut s3: f64 = 0.0;
    for i4 in 0..x.len() - 1 {
        let mut m5 = x[i4] / 0.43.cosh();
        m5 *= 1.0_f64 + (0.3 * ((1.5 + x[i4 + 1].tanh()).cos()));
        if i4 % 2 == 1 {
            continue;
        }
        m5 *= 1.0 + (0.3 * f64::sin((1.1_f64 + ((1.0 + (s3 * s3)) * (1.0 + (s3 * s3)))).acosh()));
    }
    (((y * a1) + a2) + s3) + x[3]
}

fn p82_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = dmax((((k::<D>(1.0)) + (x[3] * x[3])).log10()) - (-y), y);
    let a2 = k::<D>(1.88);
    let mut s3: D = k::<D>(0.0);
    for i4 in 0..x.len() - 1 {
        let mut m5 = x[i4] / ((k::<D>(0.43)).cosh());
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x[i4 + 1].tanh()).cos()));
        if i4 % 2 == 1 {
            continue;
        }
        m5 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + (((k::<D>(1.0)) + (s3 * s3)) * ((k::<D>(1.0)) + (s3 * s3))))
                    .acosh())
                .sin()));
    }
    (((y * a1) + a2) + s3) + x[3]
}

#[differentiable]
fn p83(x: &[f64]) -> f64 {
    let a1 = ALPHA / (2.0 + f64::sin(BETA));
    let (u2, w3) = (
        (x[0] * x[0]) + a1.cos().exp_m1(),
        ((-0.6) / x[3].exp()) + x[1].sin().tan(),
    );
    let a5 = if {
        let t4 = a1;
        x[3]
    } > w3
    {
        w3 * 0.396
    } else {
        if w3 <= 0.53 {
            -0.6
        } else {
            u2
        }
    };
    let mut s6 = 0.5;
    for i7 in 2..4 {
        s6 /= 1.0 + (w3.atan() * w3.atan());
        s6 *= 1.0 + (0.3 * Float::sin(w3.sin().mul_add(Float::atan(a1), x[3])));
        if i7 == 2 {
            break;
        }
        s6 -= f64::exp_m1(x[0] / BETA.hypot(1.0)).cos();
    }
    ((((a1 + u2) + w3) + a5) + s6) + x[2]
}

fn p83_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(ALPHA)) / ((k::<D>(2.0)) + ((k::<D>(BETA)).sin()));
    let (u2, w3) = (
        (x[0] * x[0]) + a1.cos().exp_m1(),
        ((k::<D>(-0.6)) / x[3].exp()) + x[1].sin().tan(),
    );
    let a5 = if ({
        let t4 = a1;
        x[3]
    })
    .re()
        > w3.re()
    {
        w3 * (k::<D>(0.396))
    } else {
        if w3.re() <= (k::<D>(0.53)).re() {
            k::<D>(-0.6)
        } else {
            u2
        }
    };
    let mut s6 = k::<D>(0.5);
    for i7 in 2..4 {
        s6 /= (k::<D>(1.0)) + (w3.atan() * w3.atan());
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((w3.sin() * a1.atan() + x[3]).sin()));
        if i7 == 2 {
            break;
        }
        s6 -= ((x[0] / (((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            .exp_m1())
        .cos();
    }
    ((((a1 + u2) + w3) + a5) + s6) + x[2]
}

#[differentiable]
fn p84<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1: T = c::<T>(0.5);
    for i2 in 2..6 {
        if x0 + x0 > s1 * (c::<T>(-1.2)) {
            break;
        }
        let mut s3: T = T::one();
        for i4 in (i2 + 1)..9 {
            let a5 = if x0.tanh() < c::<T>(0.24) {
                T::sin(c::<T>(BETA)).exp_m1().cos()
            } else {
                x1 * (s1 + x1)
            };
            let a6 = a5;
            let mut m7 = x0;
            s3 += Float::powf((c::<T>(1.5)) + ((a6 + x0).tanh()), x0 * (c::<T>(-0.65))).sin();
        }
        s3 += T::atan(-s1.atan2(x1)).exp2().atan();
        let a8 = s3 + T::from(1.28).unwrap();
        s1 *= T::one()
            + ((c::<T>(0.3)) * Float::sin(((c::<T>(0.66)).floor()) * ((c::<T>(ALPHA)).atan())));
    }
    let a9 = x1 + x0;
    let a11 = {
        let t10 = x0;
        t10
    };
    s1 -= x1;
    if x1 < (c::<T>(-1.4)).exp2() {
        s1 -= Float::clamp(a9, c::<T>(-1.39), c::<T>(0.59));
    } else {
        s1 += ((T::from(2.0).unwrap() + ((a11 - (c::<T>(std::f64::consts::E))).sin())).log2()).min(
            T::powi(
                (c::<T>(1.0)) + ((T::from(-1.0).unwrap() * x0) * ((c::<T>(-1.0)) * x0)),
                -2,
            ),
        );
    }
    let a12 = x1;
    (((x1 + s1) + a9) * a11) + a12
}

fn p84_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 2..6 {
        if (x0 + x0).re() > (s1 * (k::<D>(-1.2))).re() {
            break;
        }
        let mut s3: D = k::<D>(1.0);
        for i4 in (i2 + 1)..9 {
            let a5 = if x0.tanh().re() < (k::<D>(0.24)).re() {
                (((k::<D>(BETA)).sin()).exp_m1()).cos()
            } else {
                x1 * (s1 + x1)
            };
            let a6 = a5;
            let mut m7 = x0;
            s3 +=
                (((x0 * (k::<D>(-0.65))) * ((k::<D>(1.5)) + ((a6 + x0).tanh())).ln()).exp()).sin();
        }
        s3 += (((-s1.atan2(x1)).atan()).exp2()).atan();
        let a8 = s3 + (k::<D>(1.28));
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>((k::<D>(0.66)).re().floor())) * ((k::<D>(ALPHA)).atan())).sin()));
    }
    let a9 = x1 + x0;
    let a11 = {
        let t10 = x0;
        t10
    };
    s1 -= x1;
    if x1.re() < ((k::<D>(-1.4)).exp2()).re() {
        s1 -= dclamp(a9, k::<D>(-1.39), k::<D>(0.59));
    } else {
        s1 += dmin(
            ((k::<D>(2.0)) + ((a11 - (k::<D>(std::f64::consts::E))).sin())).log2(),
            ((k::<D>(1.0)) + (((k::<D>(-1.0)) * x0) * ((k::<D>(-1.0)) * x0))).powi(-2),
        );
    }
    let a12 = x1;
    (((x1 + s1) + a9) * a11) + a12
}

#[differentiable]
fn p85(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 0.0_f64;
    for i2 in 1..5 {
        s1 = (0.5f64 * s1) + Float::sin(s1.exp2().tanh().mul_add((-0.046) - s1, s1 / y.hypot(1.0)));
        let mut m3: f64 = (-1.401).abs();
        m3 -= (m3 - x[2]).cos();
    }
    let a4 = if y >= -(-0.1) && !(x[1] > -0.3) {
        x[2].cos() / ((y / (1.0 + (y * y))).exp())
    } else {
        f64::log10(2.0f64 + x[0].sin()) - (x[1] * x[0])
    };
    if Float::cosh(y) < 1.15f64 {
        return ((0.9 * f64::sin(x[0])).acos()).tanh();
    }
    let mut s5 = 0.0;
    for i6 in 0..=1 {
        let a7: f64 = x[2].powi(1);
        let mut m8 = ((x[1] + BETA).atan()).powi(2);
        s1 = ((0.7f64 * s1) + ((1.1 + (x[2].hypot(1.0) * x[2].hypot(1.0))).acosh())).atan();
    }
    (((y + s1) + a4) * s5) + x[1]
}

fn p85_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 1..5 {
        s1 = ((k::<D>(0.5)) * s1)
            + ((s1.exp2().tanh() * ((k::<D>(-0.046)) - s1)
                + (s1 / ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .sin());
        let mut m3: D = (k::<D>(-1.401)).abs();
        m3 -= (m3 - x[2]).cos();
    }
    let a4 = if y.re() >= (-(k::<D>(-0.1))).re() && !(x[1].re() > (k::<D>(-0.3)).re()) {
        x[2].cos() / ((y / ((k::<D>(1.0)) + (y * y))).exp())
    } else {
        (((k::<D>(2.0)) + x[0].sin()).log10()) - (x[1] * x[0])
    };
    if y.cosh().re() < (k::<D>(1.15)).re() {
        return (((k::<D>(0.9)) * x[0].sin()).acos()).tanh();
    }
    let mut s5 = k::<D>(0.0);
    for i6 in 0..=1 {
        let a7: D = x[2].powi(1);
        let mut m8 = ((x[1] + (k::<D>(BETA))).atan()).powi(2);
        s1 = (((k::<D>(0.7)) * s1)
            + (((k::<D>(1.1))
                + (((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .acosh()))
        .atan();
    }
    (((y + s1) + a4) * s5) + x[1]
}

#[differentiable]
fn p86<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1: T = (x1 + (((c::<T>(1.0)) + (x0 * x0)).cbrt()))
        / (T::one() + ((x0 / x2.sinh().hypot(T::one())) * (x0 / x2.sinh().hypot(c::<T>(1.0)))));
    let a2 = if x0 + x1 <= c::<T>(-0.3) {
        Float::tanh(x1)
    } else {
        x2.sin()
    };
    let a3 = x1;
    let (u4, w5) = (a2, x1.powi(1).exp_m1());
    (((a1 + a2) + a3) + u4) + w5
}

fn p86_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = (x1 + (((k::<D>(1.0)) + (x0 * x0)).cbrt()))
        / ((k::<D>(1.0))
            + ((x0 / ((x2.sinh() * x2.sinh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                * (x0 / ((x2.sinh() * x2.sinh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))));
    let a2 = if (x0 + x1).re() <= (k::<D>(-0.3)).re() {
        x1.tanh()
    } else {
        x2.sin()
    };
    let a3 = x1;
    let (u4, w5) = (a2, x1.powi(1).exp_m1());
    (((a1 + a2) + a3) + u4) + w5
}

#[differentiable]
fn p87(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 0.0;
    for i2 in 0..x.len() / 2 {
        let mut m3: f64 =
            x[2 * i2].tanh() / (2.0 + (((1.0f64 + (0.42_f64 * 0.42)).powf(BETA.atan())).sin()));
        s1 -= f64::cos(
            ({
                let t4 = 1.341;
                s1
            })
            .exp(),
        );
        s1 = (0.5_f64 * s1) + x[2 * i2 + 1].tanh();
    }
    let a5: f64 = y / (((y * 1.88).atan()).exp());
    s1 += f64::hypot(-0.623, 0.387 - 0.5);
    ((y + s1) * a5) + x[1]
}

fn p87_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 0..x.len() / 2 {
        let mut m3: D = x[2 * i2].tanh()
            / ((k::<D>(2.0))
                + (((((k::<D>(BETA)).atan())
                    * ((k::<D>(1.0)) + ((k::<D>(0.42)) * (k::<D>(0.42)))).ln())
                .exp())
                .sin()));
        s1 -= (({
            let t4 = k::<D>(1.341);
            s1
        })
        .exp())
        .cos();
        s1 = ((k::<D>(0.5)) * s1) + x[2 * i2 + 1].tanh();
    }
    let a5: D = y / (((y * (k::<D>(1.88))).atan()).exp());
    s1 += ((k::<D>(-0.623)) * (k::<D>(-0.623))
        + ((k::<D>(0.387)) - (k::<D>(0.5))) * ((k::<D>(0.387)) - (k::<D>(0.5))))
    .sqrt();
    ((y + s1) * a5) + x[1]
}

#[differentiable]
fn p88<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut m1 = x1;
    let mut s2: T = c::<T>(1.0);
    for i3 in 1..3 {
        if x1.exp2() > c::<T>(0.27) {
            s2 += ((c::<T>(V[i3])) - x1).sin();
        } else {
            m1 /= x0.cosh();
        }
        if i3 <= 2 {
            m1 = m1.max(T::tanh(
                (((c::<T>(2.0)) + x1.sin()).log2()) / ((c::<T>(1.5)) + T::sinh(x1).tanh()),
            ));
        } else {
            m1 = (T::from(0.5).unwrap() * m1)
                + T::atan((((c::<T>(1.0)) + (x2 * x2)).ln()) + (m1 + (c::<T>(V[i3]))));
        }
        m1 -= T::tanh(Float::asinh(c::<T>(W[i3])));
    }
    let (u4, w5) = (
        ((c::<T>(1.1)) + (x2.exp() * x2.exp())).acosh(),
        x0 / ((c::<T>(2.0)) + x1.sin()),
    );
    if (T::one() + (x0 * x0)).recip() <= -u4 {
        s2 *= T::one() + ((c::<T>(0.3)) * ((u4 - T::sinh(s2.sin())).sin()));
    }
    let a6: T = m1 + x1;
    for i7 in 0..2 {
        let a8 = (c::<T>(std::f64::consts::E)) / ((c::<T>(1.0)) + (u4.atan() * u4.atan()));
        m1 += T::ln_1p(
            (c::<T>(0.5))
                + (((c::<T>(1.0)) + ((c::<T>(-0.61)) * (c::<T>(-0.61))))
                    * ((c::<T>(1.0)) + ((c::<T>(-0.61)) * (c::<T>(-0.61))))),
        )
        .tanh()
        .exp2()
        .tanh();
        s2 *= T::one()
            + ((c::<T>(0.3))
                * T::sin(Float::asin(
                    (c::<T>(0.9)) * T::sin(a8.hypot(c::<T>(1.0)).recip()).sin(),
                )));
    }
    (((m1 + s2) + u4) + w5) + a6
}

fn p88_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = x1;
    let mut s2: D = k::<D>(1.0);
    for i3 in 1..3 {
        if x1.exp2().re() > (k::<D>(0.27)).re() {
            s2 += ((k::<D>(V[i3])) - x1).sin();
        } else {
            m1 /= x0.cosh();
        }
        if i3 <= 2 {
            m1 = dmax(
                m1,
                ((((k::<D>(2.0)) + x1.sin()).log2()) / ((k::<D>(1.5)) + x1.sinh().tanh())).tanh(),
            );
        } else {
            m1 = ((k::<D>(0.5)) * m1)
                + (((((k::<D>(1.0)) + (x2 * x2)).ln()) + (m1 + (k::<D>(V[i3])))).atan());
        }
        m1 -= ((k::<D>(W[i3])).asinh()).tanh();
    }
    let (u4, w5) = (
        ((k::<D>(1.1)) + (x2.exp() * x2.exp())).acosh(),
        x0 / ((k::<D>(2.0)) + x1.sin()),
    );
    if (((k::<D>(1.0)) + (x0 * x0)).recip()).re() <= (-u4).re() {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u4 - s2.sin().sinh()).sin()));
    }
    let a6: D = m1 + x1;
    for i7 in 0..2 {
        let a8 = (k::<D>(std::f64::consts::E)) / ((k::<D>(1.0)) + (u4.atan() * u4.atan()));
        m1 += (((((k::<D>(0.5))
            + (((k::<D>(1.0)) + ((k::<D>(-0.61)) * (k::<D>(-0.61))))
                * ((k::<D>(1.0)) + ((k::<D>(-0.61)) * (k::<D>(-0.61))))))
        .ln_1p())
        .tanh())
        .exp2())
        .tanh();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.9))
                    * (((((a8 * a8 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).sin())
                        .sin()))
                .asin())
                .sin()));
    }
    (((m1 + s2) + u4) + w5) + a6
}

#[differentiable]
fn p89<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1 = c::<T>(BETA);
    let mut s2 = T::from(0.5).unwrap();
    for i3 in 0..x.len() {
        let a4 = x[i3];
        let mut m5 = T::cos(-a1);
        m5 = m5.min(s2.atan());
        s2 += Float::sin(((((c::<T>(2.0)) + x[i3].sin()).powi(-1)).hypot(c::<T>(1.0))).log2());
    }
    let a6 = if (c::<T>(-1.737)).exp_m1() <= c::<T>(0.57) {
        (c::<T>(-1.03)).abs()
    } else {
        ((c::<T>(0.5)) + (((c::<T>(0.44)).exp()) * ((c::<T>(0.44)).exp()))).ln_1p()
    };
    let a1 = T::sqrt((c::<T>(1.0)) + ((-(c::<T>(-0.435))) * (-(c::<T>(-0.435)))));
    let mut m7 = s2.tanh() - (((c::<T>(0.184)) + x[3]) - T::sin(c::<T>(-1.42)));
    let mut m8 = c::<T>(-1.49);
    ((((s2 + a6) + a1) + m7) + m8) + x[2]
}

fn p89_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(BETA);
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() {
        let a4 = x[i3];
        let mut m5 = (-a1).cos();
        m5 = dmin(m5, s2.atan());
        s2 += ((((((k::<D>(2.0)) + x[i3].sin()).powi(-1))
            * (((k::<D>(2.0)) + x[i3].sin()).powi(-1))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .log2())
        .sin();
    }
    let a6 = if ((k::<D>(-1.737)).exp_m1()).re() <= (k::<D>(0.57)).re() {
        (k::<D>(-1.03)).abs()
    } else {
        ((k::<D>(0.5)) + (((k::<D>(0.44)).exp()) * ((k::<D>(0.44)).exp()))).ln_1p()
    };
    let a1 = ((k::<D>(1.0)) + ((-(k::<D>(-0.435))) * (-(k::<D>(-0.435))))).sqrt();
    let mut m7 = s2.tanh() - (((k::<D>(0.184)) + x[3]) - ((k::<D>(-1.42)).sin()));
    let mut m8 = k::<D>(-1.49);
    ((((s2 + a6) + a1) + m7) + m8) + x[2]
}

#[differentiable]
fn p90<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float,
{
    let a2 = ((c::<T>(-0.4)).asinh())
        / (({
            let t1 = x2;
            c::<T>(-1.83)
        })
        .cosh());
    let a3 = ((((c::<T>(0.9)) * Float::tanh(((c::<T>(0.9)) * x0.tanh()).asin()).sin()).atanh())
        .cos())
    .sinh();
    let a4 = if a2 <= Float::atanh(T::from(0.9).unwrap() * Float::sin(x2)) {
        Float::cbrt(T::one() + (x1 * x1))
    } else {
        a3
    };
    let mut m5: T = a3;
    let mut s6 = c::<T>(0.5);
    for i7 in 0..=3 {
        for i8 in 0..=2 {
            let a9 = a2;
            s6 = s6 - ((x1 / ((c::<T>(1.5)) + m5.tanh())).cos());
            m5 = m5
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3)) * ((((c::<T>(W[i7])).hypot(T::one())).powi(0)).sin())));
        }
        s6 = s6 + a4.atan2(T::cos(x0)).tanh();
        m5 = m5 - ((a2 * T::from(1.8).unwrap()).cos());
        s6 = s6 - T::mul_add(c::<T>(W[i7]), c::<T>(0.33), a2).atan();
    }
    (((a2 + a3) + a4) + m5) + s6
}

fn p90_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = ((k::<D>(-0.4)).asinh())
        / (({
            let t1 = x2;
            k::<D>(-1.83)
        })
        .cosh());
    let a3 = ((((k::<D>(0.9)) * (((((k::<D>(0.9)) * x0.tanh()).asin()).tanh()).sin())).atanh())
        .cos())
    .sinh();
    let a4 = if a2.re() <= (((k::<D>(0.9)) * x2.sin()).atanh()).re() {
        ((k::<D>(1.0)) + (x1 * x1)).cbrt()
    } else {
        a3
    };
    let mut m5: D = a3;
    let mut s6 = k::<D>(0.5);
    for i7 in 0..=3 {
        for i8 in 0..=2 {
            let a9 = a2;
            s6 -= (x1 / ((k::<D>(1.5)) + m5.tanh())).cos();
            m5 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((k::<D>(W[i7])) * (k::<D>(W[i7])) + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())
                    .powi(0))
                    .sin()));
        }
        s6 += a4.atan2(x0.cos()).tanh();
        m5 -= (a2 * (k::<D>(1.8))).cos();
        s6 -= ((k::<D>(W[i7])) * (k::<D>(0.33)) + a2).atan();
    }
    (((a2 + a3) + a4) + m5) + s6
}

#[differentiable]
fn p91<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let a1 = -T::tanh((c::<T>(-1.7)).mul_add(c::<T>(-1.744), x0))
        .cosh()
        .log10();
    let a2 = if T::powf((c::<T>(2.0)) + T::sin(x0), T::from(0.1).unwrap()) >= T::from(0.39).unwrap()
    {
        T::cosh(T::cos(a1)).ln() / ((c::<T>(1.0)) + (x1 * x1))
    } else {
        ((c::<T>(-0.603)) + x0).cos()
    };
    let mut s3 = c::<T>(1.0);
    for i4 in 0..4 {
        let mut m5 = (c::<T>(std::f64::consts::E)) + ((c::<T>(V[i4])).sin());
        s3 = s3 - ((c::<T>(0.83)).tanh());
    }
    let a6 = a2;
    let a7 = (((c::<T>(2.0)) + Float::sin(s3 + x1)).log2()) * ((-x0) * (s3 + (c::<T>(0.622))));
    (((a1 * a2) * s3) + a6) + a7
}

fn p91_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = -(((((k::<D>(-1.7)) * (k::<D>(-1.744)) + x0).tanh()).cosh()).log10());
    let a2 =
        if (((k::<D>(0.1)) * ((k::<D>(2.0)) + x0.sin()).ln()).exp()).re() >= (k::<D>(0.39)).re() {
            a1.cos().cosh().ln() / ((k::<D>(1.0)) + (x1 * x1))
        } else {
            ((k::<D>(-0.603)) + x0).cos()
        };
    let mut s3 = k::<D>(1.0);
    for i4 in 0..4 {
        let mut m5 = (k::<D>(std::f64::consts::E)) + ((k::<D>(V[i4])).sin());
        s3 -= (k::<D>(0.83)).tanh();
    }
    let a6 = a2;
    let a7 = (((k::<D>(2.0)) + ((s3 + x1).sin())).log2()) * ((-x0) * (s3 + (k::<D>(0.622))));
    (((a1 * a2) * s3) + a6) + a7
}

#[differentiable]
fn p92(x0: f64, x1: f64, x2: f64) -> f64 {
    let a2 = 1.435
        - (Float::acos(0.9f64 * x1.sin())
            / (1.5
                + (({
                    let t1 = x0;
                    core::f64::consts::PI
                })
                .tanh())));
    let (u3, w4) = (
        ((1.1
            + ((1.0 + (((-0.86) - std::f64::consts::E) * ((-0.86) - std::f64::consts::E)))
                * (1.0 + (((-0.86) - std::f64::consts::E) * ((-0.86) - std::f64::consts::E)))))
            .acosh())
            - (-0.93_f64),
        (1.5_f64
            + f64::mul_add(
                ((0.9_f64 * Float::tanh(f64::cos(a2))).asin()).cos(),
                0.112.powi(3),
                x1.exp_m1(),
            )
            .tanh())
        .powi(0),
    );
    let mut s5 = 0.5;
    for i6 in 1..5 {
        if i6 % 2 == 0 {
            continue;
        }
        for i7 in 2..=4 {
            let a8: f64 = V[i7].mul_add(
                W[i7].cosh().powf(w4).cos(),
                x1 / (1.0 + ((-0.417) * (-0.417))),
            );
            let mut m9 = -f64::atan(x2.atan());
            let a10 =
                (((a2 / (1.0 + (u3.sin() * u3.sin()))).hypot(1.0)).powi(-1)) / (1.0 + (x1 * x1));
            s5 = ((0.7 * s5)
                + ({
                    let t11 = V[i6];
                    x0 + t11
                }))
            .atan();
        }
        let mut m12: f64 = u3;
        s5 -= (x2 - m12).tanh();
        s5 = (0.5 * s5) + ((x2 / ((-0.5).hypot(1.0))).tanh());
    }
    let (u13, w14) = (
        Float::cos((-1.285) * w4) / (2.0_f64 + (((a2 / (2.0_f64 + s5.sin())).sin()).sin())),
        (0.9 * s5.tanh().tanh()).atanh(),
    );
    (((u3 + w4) - s5) + u13) + w14
}

fn p92_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = (k::<D>(1.435))
        - ((((k::<D>(0.9)) * x1.sin()).acos())
            / ((k::<D>(1.5))
                + (({
                    let t1 = x0;
                    k::<D>(core::f64::consts::PI)
                })
                .tanh())));
    let (u3, w4) = (
        (((k::<D>(1.1))
            + (((k::<D>(1.0))
                + (((k::<D>(-0.86)) - (k::<D>(std::f64::consts::E)))
                    * ((k::<D>(-0.86)) - (k::<D>(std::f64::consts::E)))))
                * ((k::<D>(1.0))
                    + (((k::<D>(-0.86)) - (k::<D>(std::f64::consts::E)))
                        * ((k::<D>(-0.86)) - (k::<D>(std::f64::consts::E)))))))
        .acosh())
            - (k::<D>(-0.93)),
        ((k::<D>(1.5))
            + ((((((k::<D>(0.9)) * a2.cos().tanh()).asin()).cos()) * ((k::<D>(0.112)).powi(3))
                + x1.exp_m1())
            .tanh()))
        .powi(0),
    );
    let mut s5 = k::<D>(0.5);
    for i6 in 1..5 {
        if i6 % 2 == 0 {
            continue;
        }
        for i7 in 2..=4 {
            let a8: D = ((k::<D>(V[i7])) * (((w4 * ((k::<D>(W[i7])).cosh()).ln()).exp()).cos())
                + (x1 / ((k::<D>(1.0)) + ((k::<D>(-0.417)) * (k::<D>(-0.417))))));
            let mut m9 = -x2.atan().atan();
            let a10 = ((((a2 / ((k::<D>(1.0)) + (u3.sin() * u3.sin())))
                * (a2 / ((k::<D>(1.0)) + (u3.sin() * u3.sin())))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .powi(-1))
                / ((k::<D>(1.0)) + (x1 * x1));
            s5 = (((k::<D>(0.7)) * s5)
                + ({
                    let t11 = k::<D>(V[i6]);
                    x0 + t11
                }))
            .atan();
        }
        let mut m12: D = u3;
        s5 -= (x2 - m12).tanh();
        s5 = ((k::<D>(0.5)) * s5)
            + ((x2 / (((k::<D>(-0.5)) * (k::<D>(-0.5)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                .tanh());
    }
    let (u13, w14) = (
        (((k::<D>(-1.285)) * w4).cos())
            / ((k::<D>(2.0)) + (((a2 / ((k::<D>(2.0)) + s5.sin())).sin()).sin())),
        ((k::<D>(0.9)) * s5.tanh().tanh()).atanh(),
    );
    (((u3 + w4) - s5) + u13) + w14
}

#[differentiable]
fn p94(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (x0.tanh(), x1);
    let (u3, w4) = (
        ((-x0) * (-w2)) * f64::powf(x1.atan().hypot(1.0_f64), (w2 + x0).tanh()),
        Float::atanh(0.9 * f64::sin((-u1).powi(2))),
    );
    let (u5, w6) = (0.167_f64, u1);
    let (u7, w8) = (0.469, u3);
    if x0 <= 0.61 {
        return u3 + (u7 / (2.0 + ((-1.0_f64).sin())));
    }
    let a9 = if w6 * (-0.1) < -0.82 {
        (((-0.2) * u1).powi(2)) - f64::powi(2.0 + w2.sin(), -2)
    } else {
        Float::cosh(((1.0 + (0.69f64 * 0.69)).log(f64::exp(f64::sin(w6.atan())))).atan()).cbrt()
            - ((u7 * u5) * u5)
    };
    (((u5 * w6) + u7) + w8) * a9
}

fn p94_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x0.tanh(), x1);
    let (u3, w4) = (
        ((-x0) * (-w2))
            * ((((w2 + x0).tanh())
                * ((x1.atan() * x1.atan() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
            .exp()),
        ((k::<D>(0.9)) * (((-u1).powi(2)).sin())).atanh(),
    );
    let (u5, w6) = (k::<D>(0.167), u1);
    let (u7, w8) = (k::<D>(0.469), u3);
    if x0.re() <= (k::<D>(0.61)).re() {
        return u3 + (u7 / ((k::<D>(2.0)) + ((k::<D>(-1.0)).sin())));
    }
    let a9 = if (w6 * (k::<D>(-0.1))).re() < (k::<D>(-0.82)).re() {
        (((k::<D>(-0.2)) * u1).powi(2)) - (((k::<D>(2.0)) + w2.sin()).powi(-2))
    } else {
        ((((((k::<D>(1.0)) + ((k::<D>(0.69)) * (k::<D>(0.69)))).ln()
            / w6.atan().sin().exp().ln())
        .atan())
        .cosh())
        .cbrt())
            - ((u7 * u5) * u5)
    };
    (((u5 * w6) + u7) + w8) * a9
}

#[differentiable]
fn p95<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = T::exp_m1(x[1]);
    let a2 = if (c::<T>(BETA)) + x[2] > c::<T>(-0.57) {
        (((c::<T>(0.5))
            + (((c::<T>(1.0)) + (a1.atan() * T::atan(a1))) * (T::one() + (a1.atan() * a1.atan()))))
        .ln_1p())
            - x[2]
    } else {
        Float::cos(a1).mul_add(
            Float::exp((((c::<T>(0.9)) * T::sin(a1.atan())).asin()).sin()).sin(),
            T::from(-0.4).unwrap() + (-a1),
        )
    };
    let mut m3 = T::hypot(x[2], a1).atan() * a2.sin();
    let (u4, w5) = (
        (a1.sin() * a1.sin()) - m3.asinh(),
        T::cosh(x[1]) * (x[1] - x[0]),
    );
    ((((a1 + a2) + m3) * u4) - w5) + x[0]
}

fn p95_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[1].exp_m1();
    let a2 = if ((k::<D>(BETA)) + x[2]).re() > (k::<D>(-0.57)).re() {
        (((k::<D>(0.5))
            + (((k::<D>(1.0)) + (a1.atan() * a1.atan()))
                * ((k::<D>(1.0)) + (a1.atan() * a1.atan()))))
        .ln_1p())
            - x[2]
    } else {
        (a1.cos() * ((((((k::<D>(0.9)) * a1.atan().sin()).asin()).sin()).exp()).sin())
            + ((k::<D>(-0.4)) + (-a1)))
    };
    let mut m3 = (((x[2] * x[2] + a1 * a1).sqrt()).atan()) * a2.sin();
    let (u4, w5) = (
        (a1.sin() * a1.sin()) - m3.asinh(),
        x[1].cosh() * (x[1] - x[0]),
    );
    ((((a1 + a2) + m3) * u4) - w5) + x[0]
}

#[differentiable]
fn p96(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 1.0_f64;
    for i2 in 0..=3 {
        let a3 = x0 + x0;
        let mut m4: f64 = f64::sinh(f64::sin(core::f64::consts::PI));
        if x1.exp2() <= -0.3 {
            s1 += f64::atan(Float::log(
                2.0f64 + x1.sin(),
                f64::exp(std::f64::consts::E.atan().sin()),
            ));
        }
        s1 += s1.sin();
        m4 += Float::cos(a3 * 1.693_f64);
    }
    let mut m6 = {
        let t5 = x0;
        1.03_f64
    };
    m6 += Float::asin(0.9 * f64::asin(0.9 * x0.sin()).sin().tanh());
    let a7: f64 = m6;
    for i8 in 2..=5 {
        let a9 = Float::cos(m6 - s1);
        let a10 = -((m6 * x0) / f64::hypot(a9, 1.0));
        s1 = Float::sin((0.7 * s1) + f64::exp(f64::exp(f64::atan(m6)).tanh()));
    }
    let a11 = x0;
    (((x1 + s1) + m6) + a7) + a11
}

fn p96_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 0..=3 {
        let a3 = x0 + x0;
        let mut m4: D = ((k::<D>(core::f64::consts::PI)).sin()).sinh();
        if x1.exp2().re() <= (k::<D>(-0.3)).re() {
            s1 += (((k::<D>(2.0)) + x1.sin()).ln()
                / ((((k::<D>(std::f64::consts::E)).atan()).sin()).exp()).ln())
            .atan();
        }
        s1 += s1.sin();
        m4 += (a3 * (k::<D>(1.693))).cos();
    }
    let mut m6 = {
        let t5 = x0;
        k::<D>(1.03)
    };
    m6 += ((k::<D>(0.9)) * (((((k::<D>(0.9)) * x0.sin()).asin()).sin()).tanh())).asin();
    let a7: D = m6;
    for i8 in 2..=5 {
        let a9 = (m6 - s1).cos();
        let a10 = -((m6 * x0) / ((a9 * a9 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()));
        s1 = (((k::<D>(0.7)) * s1) + m6.atan().exp().tanh().exp()).sin();
    }
    let a11 = x0;
    (((x1 + s1) + m6) + a7) + a11
}

#[differentiable]
fn p97<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float,
{
    let a1 = T::exp(c::<T>(-0.2)).log2();
    let (u2, w3) = (
        -((x0 + (c::<T>(core::f64::consts::PI))) + x2.tanh()),
        (((c::<T>(ALPHA)) - (c::<T>(-0.009))) * (x1 / T::hypot(x2, c::<T>(1.0)))) - (c::<T>(0.75)),
    );
    let (u4, w5) = (
        w3 / ((c::<T>(1.0))
            + ((((((c::<T>(2.0)) + u2.sin()).powf(x1)) + (x2 / ((c::<T>(1.865)).exp()))).atan())
                * ((((T::from(2.0).unwrap() + u2.sin()).powf(x1))
                    + (x2 / T::from(1.865).unwrap().exp()))
                .atan()))),
        w3,
    );
    let a6 = if a1.tanh() * w5 < T::from(0.48).unwrap() || c::<T>(0.4) <= a1 {
        (u4 + w5) - ((c::<T>(core::f64::consts::PI)) / (T::one() + (x1 * x1)))
    } else {
        c::<T>(0.68)
    };
    let a7 = if T::acos((c::<T>(0.9)) * T::atan(u2).tanh()) < c::<T>(-0.22) {
        Float::exp_m1(
            T::from(0.045).unwrap().cos()
                / (T::one() + (((c::<T>(1.161)) - x2) * ((c::<T>(1.161)) - x2))),
        )
    } else {
        u2.cos().sinh()
    };
    (((w3 + u4) + w5) + a6) + a7
}

fn p97_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((k::<D>(-0.2)).exp()).log2();
    let (u2, w3) = (
        -((x0 + (k::<D>(core::f64::consts::PI))) + x2.tanh()),
        (((k::<D>(ALPHA)) - (k::<D>(-0.009)))
            * (x1 / ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            - (k::<D>(0.75)),
    );
    let (u4, w5) = (
        w3 / ((k::<D>(1.0))
            + (((((x1 * ((k::<D>(2.0)) + u2.sin()).ln()).exp())
                + (x2 / ((k::<D>(1.865)).exp())))
            .atan())
                * ((((x1 * ((k::<D>(2.0)) + u2.sin()).ln()).exp())
                    + (x2 / ((k::<D>(1.865)).exp())))
                .atan()))),
        w3,
    );
    let a6 = if (a1.tanh() * w5).re() < (k::<D>(0.48)).re() || (k::<D>(0.4)).re() <= a1.re() {
        (u4 + w5) - ((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.0)) + (x1 * x1)))
    } else {
        k::<D>(0.68)
    };
    let a7 = if (((k::<D>(0.9)) * u2.atan().tanh()).acos()).re() < (k::<D>(-0.22)).re() {
        (((k::<D>(0.045)).cos())
            / ((k::<D>(1.0)) + (((k::<D>(1.161)) - x2) * ((k::<D>(1.161)) - x2))))
            .exp_m1()
    } else {
        u2.cos().sinh()
    };
    (((w3 + u4) + w5) + a6) + a7
}

#[differentiable]
fn p98<T>(x: &[T], y: T) -> T
where
    T: Float + NumAssign,
{
    let a1 = if y * y <= if c::<T>(ALPHA) <= x[4] { y } else { y } {
        Float::powi((c::<T>(-1.46)) * y, 3)
    } else {
        Float::sin(T::from(1.95).unwrap() * y)
    };
    let (u2, w3) = (y + y, a1.tanh().exp().sqrt());
    let a4 = y.tanh() + (w3 + (c::<T>(-1.898)));
    ((((y + a1) + u2) + w3) + a4) + x[0]
}

fn p98_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if (y * y).re()
        <= (if (k::<D>(ALPHA)).re() <= x[4].re() {
            y
        } else {
            y
        })
        .re()
    {
        ((k::<D>(-1.46)) * y).powi(3)
    } else {
        ((k::<D>(1.95)) * y).sin()
    };
    let (u2, w3) = (y + y, a1.tanh().exp().sqrt());
    let a4 = y.tanh() + (w3 + (k::<D>(-1.898)));
    ((((y + a1) + u2) + w3) + a4) + x[0]
}

#[differentiable]
fn p99<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a1 = if ((c::<T>(0.9)) * x0.sin()).asin() >= c::<T>(-0.4) {
        x0
    } else {
        (((c::<T>(1.0)) + (Float::log2(x0.cosh()) * T::cosh(x0).log2())).sqrt()).cos()
    };
    let (u2, w3) = (c::<T>(-1.3), T::tan((c::<T>(0.154)).sin()));
    let a6 = {
        let t4 = x1;
        (u2 * (c::<T>(BETA)))
            - ({
                let t5 = t4;
                x0
            })
    };
    let u2 =
        ((c::<T>(-0.5)) + (c::<T>(BETA))) * Float::powf(w3.hypot(c::<T>(1.0)), (a1 * a1).cos());
    (((x2 + a1) + w3) - a6) + u2
}

fn p99_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (((k::<D>(0.9)) * x0.sin()).asin()).re() >= (k::<D>(-0.4)).re() {
        x0
    } else {
        (((k::<D>(1.0)) + (x0.cosh().log2() * x0.cosh().log2())).sqrt()).cos()
    };
    let (u2, w3) = (k::<D>(-1.3), ((k::<D>(0.154)).sin()).tan());
    let a6 = {
        let t4 = x1;
        (u2 * (k::<D>(BETA)))
            - ({
                let t5 = t4;
                x0
            })
    };
    let u2 = ((k::<D>(-0.5)) + (k::<D>(BETA)))
        * ((((a1 * a1).cos()) * ((w3 * w3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp());
    (((x2 + a1) + w3) - a6) + u2
}

#[differentiable]
fn p102(x: &[f64]) -> f64 {
    let a1 = (0.9 * Float::sin(x[3])).asin();
    let a2 = (if a1 - x[2] >= a1 / (1.0 + ((-1.0) * (-1.0))) {
        a1 - a1
    } else {
        a1
    }) - (((-0.2).powi(1)) + x[4].atan());
    let a3 = f64::mul_add(
        x[4],
        (f64::tanh(a2).mul_add(-1.4, -1.226) - (BETA + x[1])).atan(),
        x[2],
    );
    let mut m4 = f64::log(Float::hypot(x[1], 1.0), a1.cos().sin().exp()) + (a2 / a1.tanh().cosh());
    (((a1 + a2) + a3) + m4) + x[1]
}

fn p102_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.9)) * x[3].sin()).asin();
    let a2 = (if (a1 - x[2]).re() >= (a1 / ((k::<D>(1.0)) + ((k::<D>(-1.0)) * (k::<D>(-1.0))))).re()
    {
        a1 - a1
    } else {
        a1
    }) - (((k::<D>(-0.2)).powi(1)) + x[4].atan());
    let a3 = (x[4]
        * (((a2.tanh() * (k::<D>(-1.4)) + (k::<D>(-1.226))) - ((k::<D>(BETA)) + x[1])).atan())
        + x[2]);
    let mut m4 = (((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
        / a1.cos().sin().exp().ln())
        + (a2 / a1.tanh().cosh());
    (((a1 + a2) + a3) + m4) + x[1]
}

#[differentiable]
fn p104(x: &[f64], y: f64) -> f64 {
    let a1: f64 = f64::recip(2.0 + y.sin());
    let mut s2: f64 = 1.0;
    for i3 in 0..x.len() - 1 {
        let mut m5 = ((((0.5
            + ((1.0 + (((-0.361) + x[i3]) * ((-0.361_f64) + x[i3])))
                * (1.0 + (((-0.361) + x[i3]) * ((-0.361f64) + x[i3])))))
            .ln_1p())
        .sin())
        .cosh())
        .powi(-2);
        let a6 = V[i3];
        s2 -= f64::sin(a1);
    }
    let a7: f64 = x[0];
    for i8 in 0..x.len() - 1 {
        let (u9, w10) = (
            -x[i8],
            (if i8 > 1 {
                x[i8 + 1].exp2()
            } else {
                x[i8] - x[i8]
            }) * a1,
        );
        if x[i8 + 1].exp() >= 0.07 {
            break;
        }
        s2 = (0.5f64 * s2) + ((a1 * u9).cos());
    }
    let mut m11: f64 = (((1.5 + y.tanh()).powi(0)).sin())
        + (f64::cosh(y).tanh() * f64::cos(a7.exp().powf(f64::tanh(s2))));
    for i12 in 0..x.len() / 2 {
        let mut m13 = ((a1 * m11).cos()).exp();
        m11 /= s2.hypot(1.0);
        m11 *= 1.0 + (0.3 * ((-1.91_f64).sin()));
    }
    ((((y + a1) + s2) + a7) + m11) + x[2]
}

fn p104_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = ((k::<D>(2.0)) + y.sin()).recip();
    let mut s2: D = k::<D>(1.0);
    for i3 in 0..x.len() - 1 {
        let mut m5 = (((((k::<D>(0.5))
            + (((k::<D>(1.0)) + (((k::<D>(-0.361)) + x[i3]) * ((k::<D>(-0.361)) + x[i3])))
                * ((k::<D>(1.0)) + (((k::<D>(-0.361)) + x[i3]) * ((k::<D>(-0.361)) + x[i3])))))
            .ln_1p())
        .sin())
        .cosh())
        .powi(-2);
        let a6 = k::<D>(V[i3]);
        s2 -= a1.sin();
    }
    let a7: D = x[0];
    for i8 in 0..x.len() - 1 {
        let (u9, w10) = (
            -x[i8],
            (if i8 > 1 {
                x[i8 + 1].exp2()
            } else {
                x[i8] - x[i8]
            }) * a1,
        );
        if x[i8 + 1].exp().re() >= (k::<D>(0.07)).re() {
            break;
        }
        s2 = ((k::<D>(0.5)) * s2) + ((a1 * u9).cos());
    }
    let mut m11: D = ((((k::<D>(1.5)) + y.tanh()).powi(0)).sin())
        + (y.cosh().tanh() * (((s2.tanh() * a7.exp().ln()).exp()).cos()));
    for i12 in 0..x.len() / 2 {
        let mut m13 = ((a1 * m11).cos()).exp();
        m11 /= (s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        m11 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-1.91)).sin()));
    }
    ((((y + a1) + s2) + a7) + m11) + x[2]
}

#[differentiable]
fn p105(x: &[f64], y: f64) -> f64 {
    let a1 = f64::sin((1.5 + f64::tanh(x[1])).powi(0));
    let mut s2: f64 = 0.0;
    for i3 in 0..x.len() - 1 {
        s2 -= f64::sin(y).tan().cos();
        let a4: f64 = ((y * x[i3]) + ((1.0 + (W[i3] * W[i3])).log10()))
            * (a1 - Float::powi(x[i3].hypot(1.0), 0));
        let a5 = 1.245_f64;
        s2 = Float::atan((0.7 * s2) + 0.04_f64.powi(2));
        s2 /= 1.0f64 + (a4.tanh() * Float::tanh(a4));
    }
    for &i6 in x.iter() {
        let a7 = Float::recip(1.0_f64 + (a1 * a1));
        s2 -= (if 0.6f64 <= x[1] { x[0] } else { y }).tanh();
        s2 /= 2.0f64 + a7.sin();
    }
    let a8 = Float::hypot(s2, a1).tanh();
    let a9 = a8 - core::f64::consts::PI;
    for i10 in 0..x.len() / 2 {
        if i10 >= 1 {
            break;
        }
        let a11 = f64::powf(2.0f64 + Float::sin(a8), Float::atan(x[2 * i10].exp_m1()));
        let a12 = if i10 % 2 == 1 { a11 } else { a9 };
        s2 *= 1.0 + (0.3 * W[i10].sin());
    }
    let mut m13 = (0.9 * a1.tanh()).acos();
    ((((a1 * s2) + a8) - a9) - m13) + x[0]
}

fn p105_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = (((k::<D>(1.5)) + x[1].tanh()).powi(0)).sin();
    let mut s2: D = k::<D>(0.0);
    for i3 in 0..x.len() - 1 {
        s2 -= y.sin().tan().cos();
        let a4: D = ((y * x[i3]) + (((k::<D>(1.0)) + ((k::<D>(W[i3])) * (k::<D>(W[i3])))).log10()))
            * (a1 - (((x[i3] * x[i3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0)));
        let a5 = k::<D>(1.245);
        s2 = (((k::<D>(0.7)) * s2) + ((k::<D>(0.04)).powi(2))).atan();
        s2 /= (k::<D>(1.0)) + (a4.tanh() * a4.tanh());
    }
    for &i6 in x.iter() {
        let a7 = ((k::<D>(1.0)) + (a1 * a1)).recip();
        s2 -= (if (k::<D>(0.6)).re() <= x[1].re() {
            x[0]
        } else {
            y
        })
        .tanh();
        s2 /= (k::<D>(2.0)) + a7.sin();
    }
    let a8 = ((s2 * s2 + a1 * a1).sqrt()).tanh();
    let a9 = a8 - (k::<D>(core::f64::consts::PI));
    for i10 in 0..x.len() / 2 {
        if i10 >= 1 {
            break;
        }
        let a11 = (x[2 * i10].exp_m1().atan() * ((k::<D>(2.0)) + a8.sin()).ln()).exp();
        let a12 = if i10 % 2 == 1 { a11 } else { a9 };
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(W[i10])).sin()));
    }
    let mut m13 = ((k::<D>(0.9)) * a1.tanh()).acos();
    ((((a1 * s2) + a8) - a9) - m13) + x[0]
}

#[differentiable]
fn p107(x0: f64, x1: f64) -> f64 {
    let a1 = if x0 >= -0.71 {
        f64::log10(1.0 + (x0 * x0))
    } else {
        x0 / (2.0 + x0.sin())
    };
    let mut s2 = 0.5;
    for i3 in 1..3 {
        let (u4, w5) = (
            ((x0 / x0.cosh()) - 1.008).mul_add(
                ((x0 + a1).atan()).powi(2),
                s2.cosh() / f64::cosh((x1 * a1).tanh()),
            ),
            Float::exp2(Float::cos(Float::max(x1 * V[i3], x1.max(V[i3])))),
        );
        s2 -= Float::max(a1 * a1, a1.trunc() * s2).tanh();
    }
    let mut s6: f64 = 0.0;
    for i7 in 0..1 {
        let mut s8 = 0.5_f64;
        for i9 in 1..2 {
            s2 *= 1.0 + (0.3 * f64::sin(x0 * Float::recip(1.0_f64 + (a1 * a1)).asinh()));
            s6 = (0.5 * s6) + V[i7].mul_add(Float::atan(a1), s6).cos();
        }
        for i10 in 2..4 {
            let mut m11 = x1;
            let a12 = f64::tanh((0.9 * ((W[i7] / a1.atan().cosh()).tanh())).acos())
                .cosh()
                .log10();
            m11 = (0.5 * m11) + s8.cos();
        }
        s2 -= Float::sin(s2 * s6);
        s6 += (x1 + 0.719).sin();
    }
    let a13: f64 = x1 - a1;
    let (u14, w15) = (s6.abs(), f64::log10(f64::hypot(x0, 1.0)));
    (((s2 + s6) + a13) + u14) - w15
}

fn p107_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if x0.re() >= (k::<D>(-0.71)).re() {
        ((k::<D>(1.0)) + (x0 * x0)).log10()
    } else {
        x0 / ((k::<D>(2.0)) + x0.sin())
    };
    let mut s2 = k::<D>(0.5);
    for i3 in 1..3 {
        let (u4, w5) = (
            (((x0 / x0.cosh()) - (k::<D>(1.008))) * (((x0 + a1).atan()).powi(2))
                + (s2.cosh() / (((x1 * a1).tanh()).cosh()))),
            dmax(x1 * (k::<D>(V[i3])), dmax(x1, k::<D>(V[i3])))
                .cos()
                .exp2(),
        );
        s2 -= dmax(a1 * a1, (k::<D>(a1.re().trunc())) * s2).tanh();
    }
    let mut s6: D = k::<D>(0.0);
    for i7 in 0..1 {
        let mut s8 = k::<D>(0.5);
        for i9 in 1..2 {
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((x0 * ((((k::<D>(1.0)) + (a1 * a1)).recip()).asinh())).sin()));
            s6 = ((k::<D>(0.5)) * s6) + (((k::<D>(V[i7])) * a1.atan() + s6).cos());
        }
        for i10 in 2..4 {
            let mut m11 = x1;
            let a12 = (((((k::<D>(0.9)) * (((k::<D>(W[i7])) / a1.atan().cosh()).tanh())).acos())
                .tanh())
            .cosh())
            .log10();
            m11 = ((k::<D>(0.5)) * m11) + s8.cos();
        }
        s2 -= (s2 * s6).sin();
        s6 += (x1 + (k::<D>(0.719))).sin();
    }
    let a13: D = x1 - a1;
    let (u14, w15) = (
        s6.abs(),
        ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10(),
    );
    (((s2 + s6) + a13) + u14) - w15
}

#[differentiable]
fn p108(x0: f64, x1: f64) -> f64 {
    let a1 = ((-1.481) / (2.0 + x0.sin())) / (1.0 + (x1.hypot(x0) * x1.hypot(x0)));
    let mut m2 = x0.sin();
    for i3 in 2..4 {
        if i3 > 3 {
            m2 *= 1.0 + (0.3 * Float::sin(f64::exp_m1(f64::sin(m2))));
        } else {
            m2 *= 1.0f64 + (0.3_f64 * f64::exp(x0.clamp(-0.18, 0.59)).cos());
        }
        let mut m4 = x1;
        let a5: f64 = Float::powf(1.0 + (x1 * x1), Float::atan(m2));
        m2 = (0.5_f64 * m2) + Float::atan(1.235.sinh() + core::f64::consts::PI.sin().cosh());
        m4 = ((0.7 * m4) + (x0 - x0)).sin();
        if if m2 <= a1 { m2 } else { x0 } < 0.32 {
            continue;
        }
    }
    let a1: f64 = x1 * a1;
    if Float::exp_m1(a1.atan()) <= x0.sinh() {
        return ({
            let t6 = x1;
            -1.1
        }) * ((0.5 + ((1.0 + (x1 * x1)) * (1.0 + (x1 * x1)))).ln_1p());
    }
    let a7: f64 = x0.hypot(1.0).log2() * f64::cbrt(1.0 + (m2.atan() * m2.atan()));
    let (u8, w9) = (((a1 - a7).sin()).exp_m1(), x0);
    (((m2 + a1) + a7) + u8) + w9
}

fn p108_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = ((k::<D>(-1.481)) / ((k::<D>(2.0)) + x0.sin()))
        / ((k::<D>(1.0)) + (((x1 * x1 + x0 * x0).sqrt()) * ((x1 * x1 + x0 * x0).sqrt())));
    let mut m2 = x0.sin();
    for i3 in 2..4 {
        if i3 > 3 {
            m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m2.sin().exp_m1().sin());
        } else {
            m2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * dclamp(x0, k::<D>(-0.18), k::<D>(0.59)).exp().cos());
        }
        let mut m4 = x1;
        let a5: D = (m2.atan() * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp();
        m2 = ((k::<D>(0.5)) * m2)
            + ((((k::<D>(1.235)).sinh()) + (((k::<D>(core::f64::consts::PI)).sin()).cosh()))
                .atan());
        m4 = (((k::<D>(0.7)) * m4) + (x0 - x0)).sin();
        if (if m2.re() <= a1.re() { m2 } else { x0 }).re() < (k::<D>(0.32)).re() {
            continue;
        }
    }
    let a1: D = x1 * a1;
    if a1.atan().exp_m1().re() <= x0.sinh().re() {
        return ({
            let t6 = x1;
            k::<D>(-1.1)
        }) * (((k::<D>(0.5))
            + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1))))
            .ln_1p());
    }
    let a7: D = (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2())
        * (((k::<D>(1.0)) + (m2.atan() * m2.atan())).cbrt());
    let (u8, w9) = (((a1 - a7).sin()).exp_m1(), x0);
    (((m2 + a1) + a7) + u8) + w9
}

#[differentiable]
fn p109(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (x0, x1.sin().tan().cosh().powi(-1));
    let w2: f64 =
        f64::atan((1.0 + (w2 * w2)).log(Float::sin(x2).exp())) + ((1.0_f64 + (x1 * x1)).cbrt());
    if w2 / f64::hypot(w2, 1.0) < -0.44 {
        return {
            let t3 = w2.hypot(x1);
            t3 + (-0.783)
        };
    }
    let a4 = f64::acos(0.9 * x0.tanh()) - (x0.sinh() - x1);
    let mut s5: f64 = 1.0;
    for i6 in 0..=3 {
        let a7 = if x0 < x0 + 0.56 {
            Float::atan2(a4.sin().exp_m1(), w2).cos().mul_add(
                f64::tanh(
                    core::f64::consts::PI
                        / (1.0_f64 + (Float::exp_m1(x1).sin() * f64::sin(x1.exp_m1()))),
                ),
                (V[i6] / (2.0 + w2.sin())) - 1.495f64,
            )
        } else {
            Float::tan((((-0.429).hypot(1.0)).powi(-2)).sin()).sin()
        };
        let a8 = if w2 * V[i6] > -0.67 {
            (-0.6f64) + f64::exp2(Float::sin(a4).mul_add(s5, V[i6]).cos())
        } else {
            s5
        };
        s5 = (0.5 * s5) + f64::exp((ALPHA - x2).sin()).atan();
        if s5 > a4 / (1.0 + (Float::atan(a4) * a4.atan())) {
            break;
        }
    }
    (((x2 * u1) + w2) + a4) + s5
}

fn p109_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x0, x1.sin().tan().cosh().powi(-1));
    let w2: D = ((((k::<D>(1.0)) + (w2 * w2)).ln() / x2.sin().exp().ln()).atan())
        + (((k::<D>(1.0)) + (x1 * x1)).cbrt());
    if (w2 / ((w2 * w2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re() < (k::<D>(-0.44)).re() {
        return {
            let t3 = (w2 * w2 + x1 * x1).sqrt();
            t3 + (k::<D>(-0.783))
        };
    }
    let a4 = (((k::<D>(0.9)) * x0.tanh()).acos()) - (x0.sinh() - x1);
    let mut s5: D = k::<D>(1.0);
    for i6 in 0..=3 {
        let a7 = if x0.re() < (x0 + (k::<D>(0.56))).re() {
            (a4.sin().exp_m1().atan2(w2).cos()
                * (((k::<D>(core::f64::consts::PI))
                    / ((k::<D>(1.0)) + (x1.exp_m1().sin() * x1.exp_m1().sin())))
                .tanh())
                + (((k::<D>(V[i6])) / ((k::<D>(2.0)) + w2.sin())) - (k::<D>(1.495))))
        } else {
            ((((((k::<D>(-0.429)) * (k::<D>(-0.429)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                .powi(-2))
            .sin())
            .tan())
            .sin()
        };
        let a8 = if (w2 * (k::<D>(V[i6]))).re() > (k::<D>(-0.67)).re() {
            (k::<D>(-0.6)) + (((a4.sin() * s5 + (k::<D>(V[i6]))).cos()).exp2())
        } else {
            s5
        };
        s5 = ((k::<D>(0.5)) * s5) + (((((k::<D>(ALPHA)) - x2).sin()).exp()).atan());
        if s5.re() > (a4 / ((k::<D>(1.0)) + (a4.atan() * a4.atan()))).re() {
            break;
        }
    }
    (((x2 * u1) + w2) + a4) + s5
}

#[differentiable]
fn p111<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let mut s1 = T::zero();
    for i2 in 0..x.len() {
        let mut s3 = c::<T>(0.5);
        for i4 in x {
            s3 -= (((c::<T>(1.0))
                + ((((*i4) - (c::<T>(0.91))).cos()) * (((*i4) - (c::<T>(0.91))).cos())))
            .powi(-1))
            .atan();
            let mut m5 = Float::cos((*i4) - T::from(-1.56).unwrap())
                * Float::powi(T::from(1.5).unwrap() + Float::tanh(c::<T>(-0.81)), -1).exp_m1();
            let mut m7 = ((((c::<T>(0.9)) * x[i2].tanh()).acos())
                * ({
                    let t6 = x[i2];
                    m5
                }))
                + (((c::<T>(0.5))
                    + (((c::<T>(1.0))
                        + (Float::powf(T::from(1.5).unwrap() + T::tanh(*i4), s1)
                            * (((c::<T>(1.5)) + ((*i4).tanh())).powf(s1))))
                        * ((c::<T>(1.0))
                            + ((((c::<T>(1.5)) + ((*i4).tanh())).powf(s1))
                                * T::powf((c::<T>(1.5)) + ((*i4).tanh()), s1)))))
                .ln_1p());
            s1 += (*i4).cos();
        }
        s3 -= Float::cos(x[i2]);
        s1 = s1.max(T::from(0.23).unwrap().sin().tanh());
    }
    for i8 in 0..x.len() {
        let a9 = s1;
        s1 -= T::tanh(T::exp2(T::cos(a9 * x[i8])));
        if Float::mul_add(s1.cos(), x[i8], x[i8]) > c::<T>(0.98) {
            break;
        }
        s1 = ((c::<T>(0.5)) * s1)
            + x[i8]
                .exp()
                .log(Float::sin(a9.sin()).exp())
                .atan()
                .mul_add(T::sin(Float::cosh(x[i8])), {
                    let t10 = c::<T>(-1.23);
                    y
                })
                .atan();
    }
    let mut s11: T = c::<T>(0.0);
    for i12 in 0..x.len() - 1 {
        let a13 = ((c::<T>(0.9)) * T::cos(s1).tanh()).asin();
        let a14 = ((s11 / ((c::<T>(1.0)) + (x[i12 + 1] * x[i12 + 1])))
            * (T::from(0.7).unwrap() + x[i12]))
            + Float::powi(T::one() + (((-s1).cos()) * T::cos(-s1)), -1);
        s1 -= (if i12 % 2 == 1 {
            x[i12 + 1] - a14
        } else {
            Float::max(s11, x[i12 + 1])
        })
        .tanh();
        s11 = ((c::<T>(0.5)) * s11) + s11.tanh();
    }
    ((y + s1) + s11) + x[3]
}

fn p111_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..x.len() {
        let mut s3 = k::<D>(0.5);
        for i4 in x {
            s3 -= (((k::<D>(1.0))
                + ((((*i4) - (k::<D>(0.91))).cos()) * (((*i4) - (k::<D>(0.91))).cos())))
            .powi(-1))
            .atan();
            let mut m5 = (((*i4) - (k::<D>(-1.56))).cos())
                * ((((k::<D>(1.5)) + ((k::<D>(-0.81)).tanh())).powi(-1)).exp_m1());
            let mut m7 = ((((k::<D>(0.9)) * x[i2].tanh()).acos())
                * ({
                    let t6 = x[i2];
                    m5
                }))
                + (((k::<D>(0.5))
                    + (((k::<D>(1.0))
                        + (((s1 * ((k::<D>(1.5)) + ((*i4).tanh())).ln()).exp())
                            * ((s1 * ((k::<D>(1.5)) + ((*i4).tanh())).ln()).exp())))
                        * ((k::<D>(1.0))
                            + (((s1 * ((k::<D>(1.5)) + ((*i4).tanh())).ln()).exp())
                                * ((s1 * ((k::<D>(1.5)) + ((*i4).tanh())).ln()).exp())))))
                .ln_1p());
            s1 += (*i4).cos();
        }
        s3 -= x[i2].cos();
        s1 = dmax(s1, ((k::<D>(0.23)).sin()).tanh());
    }
    for i8 in 0..x.len() {
        let a9 = s1;
        s1 -= (((a9 * x[i8]).cos()).exp2()).tanh();
        if (s1.cos() * x[i8] + x[i8]).re() > (k::<D>(0.98)).re() {
            break;
        }
        s1 = ((k::<D>(0.5)) * s1)
            + ((((x[i8].exp().ln() / a9.sin().sin().exp().ln()).atan()) * x[i8].cosh().sin()
                + ({
                    let t10 = k::<D>(-1.23);
                    y
                }))
            .atan());
    }
    let mut s11: D = k::<D>(0.0);
    for i12 in 0..x.len() - 1 {
        let a13 = ((k::<D>(0.9)) * s1.cos().tanh()).asin();
        let a14 = ((s11 / ((k::<D>(1.0)) + (x[i12 + 1] * x[i12 + 1]))) * ((k::<D>(0.7)) + x[i12]))
            + (((k::<D>(1.0)) + (((-s1).cos()) * ((-s1).cos()))).powi(-1));
        s1 -= (if i12 % 2 == 1 {
            x[i12 + 1] - a14
        } else {
            dmax(s11, x[i12 + 1])
        })
        .tanh();
        s11 = ((k::<D>(0.5)) * s11) + s11.tanh();
    }
    ((y + s1) + s11) + x[3]
}

#[differentiable]
fn p112<T: Float>(x0: T, x1: T, x2: T) -> T {
    let mut m1: T = ((-x0) * T::asinh(x2))
        .mul_add(((x2 + (c::<T>(-1.6))) + (x0 - x0)).tanh(), (x2 + x2).atan());
    let (u2, w3) = (
        ((((c::<T>(2.0)) + ((c::<T>(-0.5)).sin())).log2()) * (x0 + m1))
            / ((c::<T>(1.0)) + (m1.tanh() * m1.tanh())),
        (((c::<T>(0.9)) * T::tanh(x2 / ((c::<T>(1.0)) + (x2 * x2)))).atanh()) * (-x2),
    );
    if T::atanh((c::<T>(0.9)) * u2.sin().tanh()) > c::<T>(-0.17) {
        return x2;
    }
    let a4: T = ((c::<T>(0.5)) + (m1.tanh().exp() * m1.tanh().exp())).ln_1p();
    let a6 = {
        let t5 = c::<T>(0.189);
        T::from(0.1).unwrap()
    };
    (((m1 - u2) + w3) + a4) + a6
}

fn p112_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D =
        (((-x0) * x2.asinh()) * (((x2 + (k::<D>(-1.6))) + (x0 - x0)).tanh()) + ((x2 + x2).atan()));
    let (u2, w3) = (
        ((((k::<D>(2.0)) + ((k::<D>(-0.5)).sin())).log2()) * (x0 + m1))
            / ((k::<D>(1.0)) + (m1.tanh() * m1.tanh())),
        (((k::<D>(0.9)) * ((x2 / ((k::<D>(1.0)) + (x2 * x2))).tanh())).atanh()) * (-x2),
    );
    if (((k::<D>(0.9)) * u2.sin().tanh()).atanh()).re() > (k::<D>(-0.17)).re() {
        return x2;
    }
    let a4: D = ((k::<D>(0.5)) + (m1.tanh().exp() * m1.tanh().exp())).ln_1p();
    let a6 = {
        let t5 = k::<D>(0.189);
        k::<D>(0.1)
    };
    (((m1 - u2) + w3) + a4) + a6
}

#[differentiable]
fn p115<T: Float>(x: &[T]) -> T {
    let a1: T = Float::cos(c::<T>(std::f64::consts::E)).exp().sqrt();
    let a2 = if a1 - x[1] < c::<T>(-0.13) {
        x[2] - x[1]
    } else {
        a1.sin()
    };
    let mut m3: T = x[2];
    let a4 = a1 - (c::<T>(0.73));
    let (u6, w7) = (a1.tanh().powi(2).cos(), {
        let t5 = x[3];
        x[2]
    });
    ((((a2 * m3) + a4) * u6) - w7) + x[2]
}

fn p115_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (((k::<D>(std::f64::consts::E)).cos()).exp()).sqrt();
    let a2 = if (a1 - x[1]).re() < (k::<D>(-0.13)).re() {
        x[2] - x[1]
    } else {
        a1.sin()
    };
    let mut m3: D = x[2];
    let a4 = a1 - (k::<D>(0.73));
    let (u6, w7) = (a1.tanh().powi(2).cos(), {
        let t5 = x[3];
        x[2]
    });
    ((((a2 * m3) + a4) * u6) - w7) + x[2]
}

#[differentiable]
fn p116<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = if Float::powf((c::<T>(2.0)) + Float::sin(c::<T>(-1.8)), x1) <= x1 * x1 {
        x2
    } else {
        T::cosh(Float::cos(x1.hypot(x0)))
    };
    let a2 = T::powi(Float::tanh(x1 / T::exp(x2.exp().cbrt().sin())), 1);
    let a3 = (c::<T>(1.12)) - x0;
    (((x1 + x2) + a1) + a2) + a3
}

fn p116_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if ((x1 * ((k::<D>(2.0)) + ((k::<D>(-1.8)).sin())).ln()).exp()).re() <= (x1 * x1).re()
    {
        x2
    } else {
        (((x1 * x1 + x0 * x0).sqrt()).cos()).cosh()
    };
    let a2 = ((x1 / x2.exp().cbrt().sin().exp()).tanh()).powi(1);
    let a3 = (k::<D>(1.12)) - x0;
    (((x1 + x2) + a1) + a2) + a3
}

#[differentiable]
fn p117(x0: f64, x1: f64) -> f64 {
    let a1 = (0.9 * x0.tanh()).asin();
    let a3 = if -0.45 >= 0.62 {
        (Float::mul_add(1.5_f64, x0, x0)
            - ((1.1 + ((1.0 + ((-1.337) * (-1.337_f64))) * (1.0_f64 + ((-1.337) * (-1.337_f64)))))
                .acosh()))
            + (-x1.hypot(x1))
    } else {
        ((a1 + x1) + (x0 / (1.0 + (a1 * a1))))
            - (({
                let t2 = x0;
                0.6
            }) / Float::hypot(x0.atan2(a1), 1.0))
    };
    let mut s4: f64 = 0.0f64;
    for i5 in 2..6 {
        if i5 <= 1 {
            break;
        }
        s4 += f64::tanh(x0);
        s4 = (0.5 * s4) + x0.atan();
    }
    for i6 in 2..5 {
        for i7 in (i6 + 1)..8 {
            let mut m8: f64 = Float::min(a3.cos(), (1.0 + (1.01 * 1.01_f64)).log2());
            s4 *= 1.0 + (0.3 * (((a3 / 1.5.exp()).tanh()).sin()));
        }
        let a9 = V[i6] + x1;
        let a10 = s4.asinh();
        s4 = (0.5_f64 * s4) + ((x0 - a9).tanh());
    }
    let a11 = (2.0f64 + a1.sin()).cbrt();
    if s4 + 0.57_f64 >= x1 {
        s4 -= (1.14 + (1.1_f64 * s4)).atan();
    } else {
        s4 *= 1.0f64 + (0.3 * a1.asinh().exp().cos());
    }
    (((x1 + a1) + a3) + s4) - a11
}

fn p117_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = ((k::<D>(0.9)) * x0.tanh()).asin();
    let a3 = if (k::<D>(-0.45)).re() >= (k::<D>(0.62)).re() {
        (((k::<D>(1.5)) * x0 + x0)
            - (((k::<D>(1.1))
                + (((k::<D>(1.0)) + ((k::<D>(-1.337)) * (k::<D>(-1.337))))
                    * ((k::<D>(1.0)) + ((k::<D>(-1.337)) * (k::<D>(-1.337))))))
            .acosh()))
            + (-((x1 * x1 + x1 * x1).sqrt()))
    } else {
        ((a1 + x1) + (x0 / ((k::<D>(1.0)) + (a1 * a1))))
            - (({
                let t2 = x0;
                k::<D>(0.6)
            }) / ((x0.atan2(a1) * x0.atan2(a1) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
    };
    let mut s4: D = k::<D>(0.0);
    for i5 in 2..6 {
        if i5 <= 1 {
            break;
        }
        s4 += x0.tanh();
        s4 = ((k::<D>(0.5)) * s4) + x0.atan();
    }
    for i6 in 2..5 {
        for i7 in (i6 + 1)..8 {
            let mut m8: D = dmin(
                a3.cos(),
                ((k::<D>(1.0)) + ((k::<D>(1.01)) * (k::<D>(1.01)))).log2(),
            );
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((a3 / ((k::<D>(1.5)).exp())).tanh()).sin()));
        }
        let a9 = (k::<D>(V[i6])) + x1;
        let a10 = s4.asinh();
        s4 = ((k::<D>(0.5)) * s4) + ((x0 - a9).tanh());
    }
    let a11 = ((k::<D>(2.0)) + a1.sin()).cbrt();
    if (s4 + (k::<D>(0.57))).re() >= x1.re() {
        s4 -= ((k::<D>(1.14)) + ((k::<D>(1.1)) * s4)).atan();
    } else {
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.asinh().exp().cos());
    }
    (((x1 + a1) + a3) + s4) - a11
}

#[differentiable]
fn p119<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut m1 = x1;
    let a2 = m1 - ((x1 / ((c::<T>(1.0)) + (x2 * x2))) / ((c::<T>(1.5)) + x0.exp().tanh()));
    let a2 = T::sin(a2) / x1.cosh();
    let mut s3 = c::<T>(0.5);
    for i4 in 2..6 {
        for i5 in 1..2 {
            let a6 = (c::<T>(-1.8)) / ((c::<T>(2.0)) + a2.sin());
            m1 *= (c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * ((((c::<T>(1.5)) + Float::tanh(a6 - (c::<T>(W[i5])))).powi(-1)).sin()));
            s3 *= T::one() + ((c::<T>(0.3)) * ((a6 - (a6 * x0)).sin()));
        }
        let (u7, w8) = (
            ((x1 * ((c::<T>(ALPHA)) * m1)).cos()).mul_add(
                ((c::<T>(0.5))
                    + (((c::<T>(2.0)) + ((x1 * m1).sin())) * ((c::<T>(2.0)) + ((x1 * m1).sin()))))
                .ln_1p(),
                (((c::<T>(0.5)) + (((c::<T>(2.0)) + Float::sin(a2)) * ((c::<T>(2.0)) + a2.sin())))
                    .ln_1p())
                    + s3,
            ),
            ((c::<T>(-0.9)) * x0) - s3,
        );
        let mut s9 = c::<T>(0.0);
        for i10 in 2..3 {
            let a11 = (c::<T>(V[i10])) + m1;
            let a12 = c::<T>(core::f64::consts::PI);
            let a2 = Float::cos(T::abs(T::atan(a12).exp()))
                .mul_add((x0 - (c::<T>(V[i10]))).tanh(), T::exp_m1((a12 - x0).cos()));
            s9 = ((c::<T>(0.5)) * s9) + Float::cos(m1);
            s9 -= Float::tanh(
                ((c::<T>(0.5))
                    + (((c::<T>(1.0)) + (((c::<T>(-0.957)).tanh()) * ((c::<T>(-0.957)).tanh())))
                        * ((c::<T>(1.0))
                            + (((c::<T>(-0.957)).tanh()) * T::from(-0.957).unwrap().tanh()))))
                .ln_1p(),
            );
        }
        s9 += (((c::<T>(1.5)) + ((c::<T>(-1.1)).tanh())).powf(x0)).sin();
        m1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * T::from(1.4)
                    .unwrap()
                    .mul_add((c::<T>(-0.3)) / u7.hypot(T::one()), u7 + m1)
                    .sin());
    }
    (((x1 + x2) + m1) * a2) + s3
}

fn p119_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = x1;
    let a2 = m1 - ((x1 / ((k::<D>(1.0)) + (x2 * x2))) / ((k::<D>(1.5)) + x0.exp().tanh()));
    let a2 = a2.sin() / x1.cosh();
    let mut s3 = k::<D>(0.5);
    for i4 in 2..6 {
        for i5 in 1..2 {
            let a6 = (k::<D>(-1.8)) / ((k::<D>(2.0)) + a2.sin());
            m1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.5)) + ((a6 - (k::<D>(W[i5]))).tanh())).powi(-1)).sin()));
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a6 - (a6 * x0)).sin()));
        }
        let (u7, w8) = (
            (((x1 * ((k::<D>(ALPHA)) * m1)).cos())
                * (((k::<D>(0.5))
                    + (((k::<D>(2.0)) + ((x1 * m1).sin()))
                        * ((k::<D>(2.0)) + ((x1 * m1).sin()))))
                .ln_1p())
                + ((((k::<D>(0.5)) + (((k::<D>(2.0)) + a2.sin()) * ((k::<D>(2.0)) + a2.sin())))
                    .ln_1p())
                    + s3)),
            ((k::<D>(-0.9)) * x0) - s3,
        );
        let mut s9 = k::<D>(0.0);
        for i10 in 2..3 {
            let a11 = (k::<D>(V[i10])) + m1;
            let a12 = k::<D>(core::f64::consts::PI);
            let a2 = (a12.atan().exp().abs().cos() * ((x0 - (k::<D>(V[i10]))).tanh())
                + (((a12 - x0).cos()).exp_m1()));
            s9 = ((k::<D>(0.5)) * s9) + m1.cos();
            s9 -= (((k::<D>(0.5))
                + (((k::<D>(1.0)) + (((k::<D>(-0.957)).tanh()) * ((k::<D>(-0.957)).tanh())))
                    * ((k::<D>(1.0)) + (((k::<D>(-0.957)).tanh()) * ((k::<D>(-0.957)).tanh())))))
            .ln_1p())
            .tanh();
        }
        s9 += ((x0 * ((k::<D>(1.5)) + ((k::<D>(-1.1)).tanh())).ln()).exp()).sin();
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(1.4))
                    * ((k::<D>(-0.3)) / ((u7 * u7 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                    + (u7 + m1))
                    .sin()));
    }
    (((x1 + x2) + m1) * a2) + s3
}

#[differentiable]
fn p120(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x0;
    let (u2, w3) = ((x0 - x1).hypot(x1.cosh()), x2.tanh() + (a1 + (-0.278_f64)));
    let a4: f64 = 1.7 - x1;
    let mut s5 = 0.0;
    for i6 in 2..3 {
        let mut s7 = 0.0;
        for i8 in 2..3 {
            if !(Float::cosh(-0.629) < u2) {
                s5 += Float::powi(1.5 + f64::tanh(w3), 0).exp().recip().tanh();
            } else {
                s5 *= 1.0 + (0.3 * x0.sin().sin());
            }
            s5 -= (if i8 == 1 { x2 } else { w3 }).sin();
            s5 = f64::max(
                s5,
                Float::hypot(
                    a4.tanh().cosh(),
                    (1.1 + ((2.0f64 + w3.sin()) * (2.0 + w3.sin()))).acosh(),
                )
                .sin(),
            );
        }
        let a9: f64 = f64::hypot(s5, x0).tanh();
        let mut m10: f64 = ((((1.1f64 + (Float::cosh(V[i6]) * V[i6].cosh())).acosh())
            - ((1.0 + ((-0.091) * (-0.091))).powf(a4.atan())))
        .tanh())
        .exp_m1();
        if i6 % 2 == 1 {
            continue;
        }
        s5 *= 1.0 + (0.3 * x2.sin());
    }
    for i11 in 2..=6 {
        let a12 = f64::sinh((x0 - x1).cos());
        s5 /= 1.0_f64 + (((0.9 * u2.cos().sin()).asin()) * ((0.9 * u2.cos().sin()).asin()));
    }
    for i13 in 2..=4 {
        let a14 = (1.5 + a1.tanh()).log10();
        let a15: f64 = 0.9.sin();
        let mut s16 = 0.0;
        if f64::asinh(x0) <= 0.14_f64 {
            continue;
        }
        for i17 in 0..2 {
            s16 = ((0.7 * s16) + s16).sin();
            if (-0.549) + (-0.3) >= u2.cos().exp2() && i17 % 2 == 1 {
                continue;
            }
            s16 = Float::atan((0.7 * s16) + s16);
        }
        s16 *= 1.0 + (0.3_f64 * Float::cos(a15).sin());
    }
    (((a1 + u2) + w3) - a4) + s5
}

fn p120_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x0;
    let (u2, w3) = (
        ((x0 - x1) * (x0 - x1) + x1.cosh() * x1.cosh()).sqrt(),
        x2.tanh() + (a1 + (k::<D>(-0.278))),
    );
    let a4: D = (k::<D>(1.7)) - x1;
    let mut s5 = k::<D>(0.0);
    for i6 in 2..3 {
        let mut s7 = k::<D>(0.0);
        for i8 in 2..3 {
            if !(((k::<D>(-0.629)).cosh()).re() < u2.re()) {
                s5 += (((((k::<D>(1.5)) + w3.tanh()).powi(0)).exp()).recip()).tanh();
            } else {
                s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.sin().sin());
            }
            s5 -= (if i8 == 1 { x2 } else { w3 }).sin();
            s5 = dmax(
                s5,
                ((a4.tanh().cosh() * a4.tanh().cosh()
                    + (((k::<D>(1.1))
                        + (((k::<D>(2.0)) + w3.sin()) * ((k::<D>(2.0)) + w3.sin())))
                    .acosh())
                        * (((k::<D>(1.1))
                            + (((k::<D>(2.0)) + w3.sin()) * ((k::<D>(2.0)) + w3.sin())))
                        .acosh()))
                .sqrt())
                .sin(),
            );
        }
        let a9: D = ((s5 * s5 + x0 * x0).sqrt()).tanh();
        let mut m10: D = (((((k::<D>(1.1))
            + (((k::<D>(V[i6])).cosh()) * ((k::<D>(V[i6])).cosh())))
        .acosh())
            - ((a4.atan() * ((k::<D>(1.0)) + ((k::<D>(-0.091)) * (k::<D>(-0.091)))).ln()).exp()))
        .tanh())
        .exp_m1();
        if i6 % 2 == 1 {
            continue;
        }
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x2.sin());
    }
    for i11 in 2..=6 {
        let a12 = ((x0 - x1).cos()).sinh();
        s5 /= (k::<D>(1.0))
            + ((((k::<D>(0.9)) * u2.cos().sin()).asin())
                * (((k::<D>(0.9)) * u2.cos().sin()).asin()));
    }
    for i13 in 2..=4 {
        let a14 = ((k::<D>(1.5)) + a1.tanh()).log10();
        let a15: D = (k::<D>(0.9)).sin();
        let mut s16 = k::<D>(0.0);
        if x0.asinh().re() <= (k::<D>(0.14)).re() {
            continue;
        }
        for i17 in 0..2 {
            s16 = (((k::<D>(0.7)) * s16) + s16).sin();
            if ((k::<D>(-0.549)) + (k::<D>(-0.3))).re() >= u2.cos().exp2().re() && i17 % 2 == 1 {
                continue;
            }
            s16 = (((k::<D>(0.7)) * s16) + s16).atan();
        }
        s16 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a15.cos().sin());
    }
    (((a1 + u2) + w3) - a4) + s5
}

#[differentiable]
fn p122<T>(x: &[T]) -> T
where
    T: Float,
{
    let a1: T = x[3];
    let (u2, w3) = (x[3], Float::asinh(a1).sin().tan());
    let mut s4 = T::from(0.5).unwrap();
    for i5 in 2..=5 {
        s4 = s4
            - (((x[1] / ((c::<T>(1.5)) + x[1].tanh())) + s4.hypot(c::<T>(1.0)).powf(x[4])).sin());
        if i5 == 2 {
            break;
        }
        s4 = ((c::<T>(0.5)) * s4) + ((-x[2]).tanh());
        s4 = s4 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * a1.sin()));
    }
    (((a1 + u2) + w3) + s4) + x[3]
}

fn p122_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[3];
    let (u2, w3) = (x[3], a1.asinh().sin().tan());
    let mut s4 = k::<D>(0.5);
    for i5 in 2..=5 {
        s4 -= ((x[1] / ((k::<D>(1.5)) + x[1].tanh()))
            + ((x[4] * ((s4 * s4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp()))
        .sin();
        if i5 == 2 {
            break;
        }
        s4 = ((k::<D>(0.5)) * s4) + ((-x[2]).tanh());
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
    }
    (((a1 + u2) + w3) + s4) + x[3]
}

#[differentiable]
fn p125<T: Float>(x0: T, x1: T) -> T {
    let mut m1 = (c::<T>(-0.35)) * x0;
    let (u2, w3) = (
        Float::sqrt((c::<T>(1.0)) + ((x0 + (c::<T>(-1.618))) * (x0 + T::from(-1.618).unwrap()))),
        x0,
    );
    let a4 = c::<T>(-1.52);
    let w3: T = a4;
    if c::<T>(core::f64::consts::PI) <= T::from(0.72).unwrap() {
        return Float::log2((c::<T>(1.0)) + (((c::<T>(ALPHA)) * x1) * ((c::<T>(ALPHA)) * x1)));
    }
    let mut m5 = Float::hypot(
        ((c::<T>(2.0)) + ((x0 / x1.hypot(c::<T>(1.0))).sin())).recip(),
        c::<T>(1.0),
    )
    .sqrt();
    let a6: T = (m5 * x0).clamp(c::<T>(-0.15), c::<T>(1.13));
    for i7 in 1..2 {
        let mut s8 = c::<T>(1.0);
        for i9 in 2..=5 {
            let a10 = (s8 / (T::one() + (m5 * m5))) - x1.tanh();
            if i9 != 4 {
                continue;
            }
            s8 = ((c::<T>(0.5)) * s8) + ((a4 + (c::<T>(W[i9]))).sin());
            s8 = s8 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((a10 - m5).sin())));
        }
        let a11 = u2 + u2;
        s8 = ((c::<T>(0.5)) * s8) + (((((c::<T>(-1.0)) - (c::<T>(-1.6))).atan()).sinh()).cos());
        s8 = (T::from(0.5).unwrap() * s8) + T::asin((c::<T>(0.9)) * T::sin(m1)).tanh();
    }
    (((u2 - a4) + w3) + m5) + a6
}

fn p125_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = (k::<D>(-0.35)) * x0;
    let (u2, w3) = (
        ((k::<D>(1.0)) + ((x0 + (k::<D>(-1.618))) * (x0 + (k::<D>(-1.618))))).sqrt(),
        x0,
    );
    let a4 = k::<D>(-1.52);
    let w3: D = a4;
    if (k::<D>(core::f64::consts::PI)).re() <= (k::<D>(0.72)).re() {
        return ((k::<D>(1.0)) + (((k::<D>(ALPHA)) * x1) * ((k::<D>(ALPHA)) * x1))).log2();
    }
    let mut m5 = (((((k::<D>(2.0))
        + ((x0 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin()))
    .recip())
        * (((k::<D>(2.0)) + ((x0 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin()))
            .recip())
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .sqrt();
    let a6: D = dclamp(m5 * x0, k::<D>(-0.15), k::<D>(1.13));
    for i7 in 1..2 {
        let mut s8 = k::<D>(1.0);
        for i9 in 2..=5 {
            let a10 = (s8 / ((k::<D>(1.0)) + (m5 * m5))) - x1.tanh();
            if i9 != 4 {
                continue;
            }
            s8 = ((k::<D>(0.5)) * s8) + ((a4 + (k::<D>(W[i9]))).sin());
            s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a10 - m5).sin()));
        }
        let a11 = u2 + u2;
        s8 = ((k::<D>(0.5)) * s8) + (((((k::<D>(-1.0)) - (k::<D>(-1.6))).atan()).sinh()).cos());
        s8 = ((k::<D>(0.5)) * s8) + ((((k::<D>(0.9)) * m1.sin()).asin()).tanh());
    }
    (((u2 - a4) + w3) + m5) + a6
}

#[differentiable]
fn p126(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = f64::abs(-0.9);
    let a2 = f64::hypot((-0.53).hypot(x2), 1.0f64).log((((x2 - x0).tanh()).sin()).exp());
    let a1 = (0.9
        * (({
            let t3 = -0.6;
            t3
        })
        .tanh()))
    .atanh();
    let (u4, w5) = (x1 + x1, x2 * x2);
    let a7 = if a1 >= x1 && a2 >= u4 || x1 > u4 {
        (2.0 + ((a1 - a1).sin())).sqrt()
    } else {
        {
            let t6 = a2;
            a2 * 0.9
        }
    };
    (((a2 * a1) - u4) + w5) + a7
}

fn p126_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (k::<D>(-0.9)).abs();
    let a2 = ((((((k::<D>(-0.53)) * (k::<D>(-0.53)) + x2 * x2).sqrt())
        * (((k::<D>(-0.53)) * (k::<D>(-0.53)) + x2 * x2).sqrt())
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .ln()
        / ((((x2 - x0).tanh()).sin()).exp()).ln());
    let a1 = ((k::<D>(0.9))
        * (({
            let t3 = k::<D>(-0.6);
            t3
        })
        .tanh()))
    .atanh();
    let (u4, w5) = (x1 + x1, x2 * x2);
    let a7 = if a1.re() >= x1.re() && a2.re() >= u4.re() || x1.re() > u4.re() {
        ((k::<D>(2.0)) + ((a1 - a1).sin())).sqrt()
    } else {
        {
            let t6 = a2;
            a2 * (k::<D>(0.9))
        }
    };
    (((a2 * a1) - u4) + w5) + a7
}

#[differentiable]
fn p127(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = if x1 * (-0.5) < x0 + (-1.556) {
        f64::mul_add(x2, x2, x1)
    } else {
        x1
    };
    let a2 = Float::sin(a1);
    let a3 = if a1 + a2 <= -0.42 {
        f64::tan(Float::sin(f64::sin(x2)))
    } else {
        (-x0) + x1.max(a1)
    };
    let (u4, w5) = (x1, x2);
    (((a1 + a2) + a3) + u4) + w5
}

fn p127_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (x1 * (k::<D>(-0.5))).re() < (x0 + (k::<D>(-1.556))).re() {
        (x2 * x2 + x1)
    } else {
        x1
    };
    let a2 = a1.sin();
    let a3 = if (a1 + a2).re() <= (k::<D>(-0.42)).re() {
        x2.sin().sin().tan()
    } else {
        (-x0) + dmax(x1, a1)
    };
    let (u4, w5) = (x1, x2);
    (((a1 + a2) + a3) + u4) + w5
}

#[differentiable]
fn p128(x: &[f64], y: f64) -> f64 {
    let a1 = ((x[4] / f64::hypot(x[0], 1.0)).sin()).sin();
    let (u2, w3) = (y + x[3], 0.132_f64);
    let (u4, w5) = (
        (0.5 + ((2.0_f64 + y.mul_add(x[5], y).cos().sin())
            * (2.0 + f64::sin(y.mul_add(x[5], y).cos()))))
        .ln_1p(),
        x[3],
    );
    let mut s6 = 0.0;
    for i7 in 0..x.len() {
        let mut m8 = (x[i7] - y) + ((1.0 + (x[i7] * x[i7])).ln());
        let mut m9: f64 = s6 / (1.0 + ((-0.32) * (-0.32)));
        m8 *= 1.0 + (0.3 * ((BETA - x[i7]).sin()));
        m9 *= 1.0
            + (0.3
                * (((m9 - (-0.57f64))
                    / (1.0
                        + (((-0.0_f64) / (1.5 + 0.16.tanh()))
                            * ((-0.0_f64) / (1.5 + 0.16.tanh())))))
                .sin()));
    }
    ((((u2 - w3) + u4) + w5) * s6) + x[3]
}

fn p128_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = ((x[4] / ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin()).sin();
    let (u2, w3) = (y + x[3], k::<D>(0.132));
    let (u4, w5) = (
        ((k::<D>(0.5))
            + (((k::<D>(2.0)) + (((y * x[5] + y).cos()).sin()))
                * ((k::<D>(2.0)) + (((y * x[5] + y).cos()).sin()))))
        .ln_1p(),
        x[3],
    );
    let mut s6 = k::<D>(0.0);
    for i7 in 0..x.len() {
        let mut m8 = (x[i7] - y) + (((k::<D>(1.0)) + (x[i7] * x[i7])).ln());
        let mut m9: D = s6 / ((k::<D>(1.0)) + ((k::<D>(-0.32)) * (k::<D>(-0.32))));
        m8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(BETA)) - x[i7]).sin()));
        m9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((m9 - (k::<D>(-0.57)))
                    / ((k::<D>(1.0))
                        + (((k::<D>(-0.0)) / ((k::<D>(1.5)) + ((k::<D>(0.16)).tanh())))
                            * ((k::<D>(-0.0)) / ((k::<D>(1.5)) + ((k::<D>(0.16)).tanh()))))))
                .sin()));
    }
    ((((u2 - w3) + u4) + w5) * s6) + x[3]
}

#[differentiable]
fn p129(x: &[f64]) -> f64 {
    let a1 = Float::powi(
        x[3].mul_add(-1.755f64, core::f64::consts::PI).tanh().exp(),
        0,
    )
    .sin()
    .tan();
    let mut s2 = 1.0;
    for &i3 in x.iter() {
        let a4 = x[0].mul_add(-0.9, BETA) - x[4].hypot(a1);
        for i5 in 0..x.len() {
            let a4: f64 = a4 * a1;
            s2 -= (a4 + i3).tanh();
        }
        let a6 = (a4.trunc() * 0.42_f64).sin();
        s2 += f64::acos(0.9 * ((((-0.253).exp_m1()).atan()).sin())).sin();
        s2 *= 1.0
            + (0.3_f64
                * Float::acosh(
                    1.1 + (((s2 / (1.0_f64 + (1.9_f64 * 1.9))).hypot(1.0))
                        * ((s2 / (1.0 + (1.9 * 1.9))).hypot(1.0f64))),
                )
                .sin());
    }
    let mut s7: f64 = 0.5;
    for i8 in 0..x.len() {
        let mut m9 = Float::acosh(
            1.1 + ((1.0 + (s2.atan() * s2.atan())) * (1.0 + (s2.atan() * Float::atan(s2)))),
        );
        let a10: f64 = x[i8].exp_m1();
        let a11 = (-V[i8]).atan2(a10 - ALPHA);
        m9 *= 1.0_f64 + (0.3f64 * ((f64::cos(m9).exp_m1() + (s2 - x[i8])).sin()));
    }
    let mut s12 = 0.0;
    for i13 in 0..x.len() {
        for i14 in 0..x.len() / 2 {
            let a15 = V[i14].cosh().cbrt();
            let (u16, w17) = (
                (x[2 * i14 + 1] - x[2 * i14 + 1]).cos(),
                ((-0.9).max(-0.356)).cos(),
            );
            s7 = (0.5 * s7) + ((f64::ceil(u16) * std::f64::consts::E.tanh()).cos());
        }
        s12 = ((0.7 * s12) + a1).tanh();
    }
    s7 *= 1.0 + (0.3 * Float::abs(s7).sin());
    (((a1 + s2) * s7) + s12) + x[0]
}

fn p129_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((((x[3] * (k::<D>(-1.755)) + (k::<D>(core::f64::consts::PI))).tanh()).exp())
        .powi(0))
    .sin())
    .tan();
    let mut s2 = k::<D>(1.0);
    for &i3 in x.iter() {
        let a4 = (x[0] * (k::<D>(-0.9)) + (k::<D>(BETA))) - ((x[4] * x[4] + a1 * a1).sqrt());
        for i5 in 0..x.len() {
            let a4: D = a4 * a1;
            s2 -= (a4 + i3).tanh();
        }
        let a6 = ((k::<D>(a4.re().trunc())) * (k::<D>(0.42))).sin();
        s2 += (((k::<D>(0.9)) * ((((k::<D>(-0.253)).exp_m1()).atan()).sin())).acos()).sin();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + ((((s2 / ((k::<D>(1.0)) + ((k::<D>(1.9)) * (k::<D>(1.9)))))
                        * (s2 / ((k::<D>(1.0)) + ((k::<D>(1.9)) * (k::<D>(1.9)))))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                        * (((s2 / ((k::<D>(1.0)) + ((k::<D>(1.9)) * (k::<D>(1.9)))))
                            * (s2 / ((k::<D>(1.0)) + ((k::<D>(1.9)) * (k::<D>(1.9)))))
                            + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())))
                .acosh())
                .sin()));
    }
    let mut s7: D = k::<D>(0.5);
    for i8 in 0..x.len() {
        let mut m9 = ((k::<D>(1.1))
            + (((k::<D>(1.0)) + (s2.atan() * s2.atan()))
                * ((k::<D>(1.0)) + (s2.atan() * s2.atan()))))
        .acosh();
        let a10: D = x[i8].exp_m1();
        let a11 = (-(k::<D>(V[i8]))).atan2(a10 - (k::<D>(ALPHA)));
        m9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((m9.cos().exp_m1() + (s2 - x[i8])).sin()));
    }
    let mut s12 = k::<D>(0.0);
    for i13 in 0..x.len() {
        for i14 in 0..x.len() / 2 {
            let a15 = ((k::<D>(V[i14])).cosh()).cbrt();
            let (u16, w17) = (
                (x[2 * i14 + 1] - x[2 * i14 + 1]).cos(),
                dmax(k::<D>(-0.9), k::<D>(-0.356)).cos(),
            );
            s7 = ((k::<D>(0.5)) * s7)
                + (((k::<D>(u16.re().ceil())) * ((k::<D>(std::f64::consts::E)).tanh())).cos());
        }
        s12 = (((k::<D>(0.7)) * s12) + a1).tanh();
    }
    s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s7.abs().sin());
    (((a1 + s2) * s7) + s12) + x[0]
}

#[differentiable]
fn p130<T: Float>(x0: T, x1: T) -> T {
    let a1 = Float::asin((c::<T>(0.9)) * Float::sin(Float::min(x1, c::<T>(BETA)).cos()));
    let (u2, w3) = (
        T::ln(x1.cosh()),
        ((c::<T>(2.0)) + ((x1 / a1.hypot(c::<T>(1.0))).sin())).recip(),
    );
    let a4: T = u2;
    let a5 = (((((c::<T>(1.1)) + (((c::<T>(1.0)) + (w3 * w3)) * ((c::<T>(1.0)) + (w3 * w3))))
        .acosh())
    .sin())
        * a4.tanh().mul_add(u2.cos(), a4).sin())
    .asinh();
    let (u6, w7) = (
        Float::acosh((c::<T>(1.1)) + (((c::<T>(1.0)) + (a1 * a1)) * ((c::<T>(1.0)) + (a1 * a1)))),
        a5,
    );
    (((w3 + a4) + a5) + u6) + w7
}

fn p130_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = ((k::<D>(0.9)) * dmin(x1, k::<D>(BETA)).cos().sin()).asin();
    let (u2, w3) = (
        x1.cosh().ln(),
        ((k::<D>(2.0)) + ((x1 / ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin())).recip(),
    );
    let a4: D = u2;
    let a5 = (((((k::<D>(1.1)) + (((k::<D>(1.0)) + (w3 * w3)) * ((k::<D>(1.0)) + (w3 * w3))))
        .acosh())
    .sin())
        * ((a4.tanh() * u2.cos() + a4).sin()))
    .asinh();
    let (u6, w7) = (
        ((k::<D>(1.1)) + (((k::<D>(1.0)) + (a1 * a1)) * ((k::<D>(1.0)) + (a1 * a1)))).acosh(),
        a5,
    );
    (((w3 + a4) + a5) + u6) + w7
}

#[differentiable]
fn p133(x0: f64, x1: f64) -> f64 {
    let mut s1 = 1.0;
    for i2 in 2..5 {
        let a3 = if std::f64::consts::E - std::f64::consts::E <= x0.sin() {
            (s1 + x1) / f64::exp(V[i2])
        } else {
            x1.exp2() / f64::hypot(x1.sin(), 1.0)
        };
        s1 *= 1.0 + (0.3 * ((x1 - x1).sin()));
    }
    for i4 in 2..4 {
        let a5 = x1 + (s1 * s1);
        let a6 = ((a5 + a5).tanh()).exp_m1();
        s1 *= 1.0 + (0.3 * ((W[i4] * x1).sin()));
        s1 *= 1.0
            + (0.3 * (((0.9 * a5.sin().mul_add(f64::cos(s1), 0.816).sin().tanh()).asin()).sin()));
    }
    let a7: f64 = x1;
    ((x0 + x1) + s1) + a7
}

fn p133_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..5 {
        let a3 = if ((k::<D>(std::f64::consts::E)) - (k::<D>(std::f64::consts::E))).re()
            <= x0.sin().re()
        {
            (s1 + x1) / ((k::<D>(V[i2])).exp())
        } else {
            x1.exp2() / ((x1.sin() * x1.sin() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
        };
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 - x1).sin()));
    }
    for i4 in 2..4 {
        let a5 = x1 + (s1 * s1);
        let a6 = ((a5 + a5).tanh()).exp_m1();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(W[i4])) * x1).sin()));
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.9)) * (((a5.sin() * s1.cos() + (k::<D>(0.816))).sin()).tanh()))
                    .asin())
                .sin()));
    }
    let a7: D = x1;
    ((x0 + x1) + s1) + a7
}

#[differentiable]
fn p134(x: &[f64]) -> f64 {
    let a1 = x[2].exp().powf(x[3]);
    let mut s2 = 0.5;
    for &i3 in x.iter() {
        for i4 in x {
            let a5 = s2;
            let a6: f64 = ((0.5
                + ((1.0 + (core::f64::consts::PI * core::f64::consts::PI))
                    * (1.0 + (core::f64::consts::PI * core::f64::consts::PI))))
                .ln_1p())
            .atan();
            let mut m7 = (ALPHA + x[3]).cos();
            s2 -= ((0.9 * a5.sin()).asin()).cos();
            m7 = f64::max(m7, ((1.5 + ((a1 + x[1]).tanh())).log2()).tanh());
        }
        s2 -= Float::asin(0.9 * Float::tanh(a1.cos())).atan();
    }
    s2 -= x[0];
    (a1 - s2) + x[1]
}

fn p134_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (x[3] * x[2].exp().ln()).exp();
    let mut s2 = k::<D>(0.5);
    for &i3 in x.iter() {
        for i4 in x {
            let a5 = s2;
            let a6: D = (((k::<D>(0.5))
                + (((k::<D>(1.0))
                    + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
                    * ((k::<D>(1.0))
                        + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))))
            .ln_1p())
            .atan();
            let mut m7 = ((k::<D>(ALPHA)) + x[3]).cos();
            s2 -= (((k::<D>(0.9)) * a5.sin()).asin()).cos();
            m7 = dmax(m7, (((k::<D>(1.5)) + ((a1 + x[1]).tanh())).log2()).tanh());
        }
        s2 -= (((k::<D>(0.9)) * a1.cos().tanh()).asin()).atan();
    }
    s2 -= x[0];
    (a1 - s2) + x[1]
}

#[differentiable]
fn p136<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let y = -y;
    let a1: T = y * x[1];
    let (u2, w3) = (
        (x[1] * T::from(-1.05).unwrap()) / ((-(c::<T>(1.7))).cosh()),
        Float::powi((c::<T>(1.0)) + (x[4] * x[4]), 0) * ((c::<T>(-1.8)) - y),
    );
    let a4 = ((T::from(1.1).unwrap()
        + (Float::exp2(y).hypot(c::<T>(1.0)) * y.exp2().hypot(T::one())))
    .acosh())
        / ((c::<T>(1.0))
            + ((((c::<T>(0.39)).abs()) / ((c::<T>(2.0)) + ((a1 * a1).sin())))
                * (((c::<T>(0.39)).abs()) / ((c::<T>(2.0)) + ((a1 * a1).sin())))));
    let (u5, w6) = (
        a4,
        ((((c::<T>(0.9)) * T::sin(-x[2])).acos()).floor())
            * y.mul_add(T::from(1.413).unwrap().exp().cos(), x[0] + x[2])
                .tanh(),
    );
    ((((u2 + w3) + a4) + u5) + w6) + x[0]
}

fn p136_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y = -y;
    let a1: D = y * x[1];
    let (u2, w3) = (
        (x[1] * (k::<D>(-1.05))) / ((-(k::<D>(1.7))).cosh()),
        (((k::<D>(1.0)) + (x[4] * x[4])).powi(0)) * ((k::<D>(-1.8)) - y),
    );
    let a4 = (((k::<D>(1.1))
        + (((y.exp2() * y.exp2() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * ((y.exp2() * y.exp2() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .acosh())
        / ((k::<D>(1.0))
            + ((((k::<D>(0.39)).abs()) / ((k::<D>(2.0)) + ((a1 * a1).sin())))
                * (((k::<D>(0.39)).abs()) / ((k::<D>(2.0)) + ((a1 * a1).sin())))));
    let (u5, w6) = (
        a4,
        (k::<D>((((k::<D>(0.9)) * ((-x[2]).sin())).acos()).re().floor()))
            * ((y * (((k::<D>(1.413)).exp()).cos()) + (x[0] + x[2])).tanh()),
    );
    ((((u2 + w3) + a4) + u5) + w6) + x[0]
}

#[differentiable]
fn p137(x0: f64, x1: f64) -> f64 {
    let mut m1: f64 = x1;
    for i2 in 1..5 {
        let a3: f64 = (0.9 * x1.tanh()).acos();
        m1 += f64::atan(Float::acosh(
            1.1 + ((1.0 + (((1.0 + (x1 * x1)).ln()) * ((1.0 + (x1 * x1)).ln())))
                * (1.0 + (Float::ln(1.0_f64 + (x1 * x1)) * f64::ln(1.0 + (x1 * x1))))),
        ));
        if i2 % 2 == 0 {
            continue;
        }
        m1 = (0.5f64 * m1) + m1.sin();
    }
    let a4 = (-1.2_f64).atan();
    let a4 = (0.5_f64 + ((1.5 + 0.13.tanh()) * (1.5 + 0.13_f64.tanh()))).ln_1p();
    ((x0 + x1) * m1) + a4
}

fn p137_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = x1;
    for i2 in 1..5 {
        let a3: D = ((k::<D>(0.9)) * x1.tanh()).acos();
        m1 += (((k::<D>(1.1))
            + (((k::<D>(1.0))
                + ((((k::<D>(1.0)) + (x1 * x1)).ln()) * (((k::<D>(1.0)) + (x1 * x1)).ln())))
                * ((k::<D>(1.0))
                    + ((((k::<D>(1.0)) + (x1 * x1)).ln()) * (((k::<D>(1.0)) + (x1 * x1)).ln())))))
        .acosh())
        .atan();
        if i2 % 2 == 0 {
            continue;
        }
        m1 = ((k::<D>(0.5)) * m1) + m1.sin();
    }
    let a4 = (k::<D>(-1.2)).atan();
    let a4 = ((k::<D>(0.5))
        + (((k::<D>(1.5)) + ((k::<D>(0.13)).tanh())) * ((k::<D>(1.5)) + ((k::<D>(0.13)).tanh()))))
    .ln_1p();
    ((x0 + x1) * m1) + a4
}

#[differentiable]
fn p138(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5;
    for i2 in 0..1 {
        s1 = Float::min(
            s1,
            (((V[i2] + V[i2]) / ((x2 - x1).hypot(1.0))) - Float::atan2(x1, s1).atan().cosh()).sin(),
        );
        let mut m4 = {
            let t3 = x0;
            s1
        };
        let a5: f64 = s1;
        s1 *= 1.0 + (0.3 * Float::cosh(0.9_f64 / (1.5 + a5.tanh())).powi(-1).sin());
    }
    let a6 = f64::atan(-x2);
    let a7 = BETA * x2;
    (((x1 + x2) + s1) - a6) + a7
}

fn p138_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 0..1 {
        s1 = dmin(
            s1,
            ((((k::<D>(V[i2])) + (k::<D>(V[i2])))
                / (((x2 - x1) * (x2 - x1) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                - x1.atan2(s1).atan().cosh())
            .sin(),
        );
        let mut m4 = {
            let t3 = x0;
            s1
        };
        let a5: D = s1;
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(0.9)) / ((k::<D>(1.5)) + a5.tanh())).cosh()).powi(-1)).sin()));
    }
    let a6 = (-x2).atan();
    let a7 = (k::<D>(BETA)) * x2;
    (((x1 + x2) + s1) - a6) + a7
}

#[differentiable]
fn p139(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x2;
    let a2: f64 = 1.08_f64 - x2;
    let a4 = {
        let t3 = (if x2 <= 0.98 { x1 } else { a2 }).min((-1.782_f64) - a1);
        (1.0 + (t3 * t3)).sqrt()
    };
    let mut s5 = 1.0;
    for i6 in 0..2 {
        for i7 in 1..2 {
            let a8 = f64::powi(f64::powi(1.44_f64, 3).sin().cosh(), -1);
            let a2 = a8;
            let a4 = (({
                let t9 = a8;
                a2
            })
            .exp())
                + ((s5 + x0) * (x2 + a1));
            s5 += f64::hypot(a1, 1.0).powf(x1).cos();
            s5 = s5.max(a4.sin());
        }
        let a10 = x0.sinh();
        let a11 = ((((x2 - a10) - x1).tanh()).sin()).tan();
        s5 -= ((1.5_f64 + Float::tanh(a11)).sqrt()).tanh();
        s5 += (((0.5 + (f64::cos(a2).cosh() * f64::cosh(Float::cos(a2)))).ln_1p()) + a10).sin();
    }
    (((x2 + a1) + a2) + a4) + s5
}

fn p139_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x2;
    let a2: D = (k::<D>(1.08)) - x2;
    let a4 = {
        let t3 = dmin(
            if x2.re() <= (k::<D>(0.98)).re() {
                x1
            } else {
                a2
            },
            (k::<D>(-1.782)) - a1,
        );
        ((k::<D>(1.0)) + (t3 * t3)).sqrt()
    };
    let mut s5 = k::<D>(1.0);
    for i6 in 0..2 {
        for i7 in 1..2 {
            let a8 = ((((k::<D>(1.44)).powi(3)).sin()).cosh()).powi(-1);
            let a2 = a8;
            let a4 = (({
                let t9 = a8;
                a2
            })
            .exp())
                + ((s5 + x0) * (x2 + a1));
            s5 += ((x1 * ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp()).cos();
            s5 = dmax(s5, a4.sin());
        }
        let a10 = x0.sinh();
        let a11 = ((((x2 - a10) - x1).tanh()).sin()).tan();
        s5 -= (((k::<D>(1.5)) + a11.tanh()).sqrt()).tanh();
        s5 += ((((k::<D>(0.5)) + (a2.cos().cosh() * a2.cos().cosh())).ln_1p()) + a10).sin();
    }
    (((x2 + a1) + a2) + a4) + s5
}

#[differentiable]
fn p141<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1: T = c::<T>(0.0);
    for i2 in 2..4 {
        let a3: T = x0;
        s1 *= T::one() + ((c::<T>(0.3)) * (((((c::<T>(-0.6)).sin()).tan()) * (-x1)).sin()));
    }
    let (u5, w6) = (
        ((x0 * (c::<T>(0.967))).cos()) - ((x1 * x0) / s1.cosh()),
        Float::exp(x1)
            .log(T::exp(Float::sin(c::<T>(-1.3))))
            .cos()
            .exp2()
            / (T::one()
                + (((({
                    let t4 = x1;
                    x0
                })
                .cosh())
                .cos())
                    * ((({
                        let t4 = x1;
                        x0
                    })
                    .cosh())
                    .cos()))),
    );
    for i7 in 0..=3 {
        if i7 < 0 {
            continue;
        }
        if x1.sinh() < Float::powi(s1, 3) {
            s1 = (T::from(0.5).unwrap() * s1)
                + ((x0
                    * ({
                        let t8 = x0 / ((c::<T>(1.0)) + (x1 * x1));
                        s1
                    }))
                .tanh());
        } else {
            s1 = s1.max(Float::sin(
                ((c::<T>(1.0))
                    + ((T::cos(w6) * T::tanh(u5.tanh().exp_m1()))
                        * (w6.cos() * Float::tanh(u5).exp_m1().tanh())))
                .powf(
                    (Float::cosh(w6.atan()).log(T::sin(T::cos(w6)).exp()) - (c::<T>(V[i7]))).atan(),
                ),
            ));
        }
        let mut m9 = Float::cos(w6).exp().cos();
        s1 *= (c::<T>(1.0))
            + (T::from(0.3).unwrap()
                * Float::sin(
                    ((c::<T>(W[i7])) / ((c::<T>(1.5)) + x1.tanh()))
                        + s1.hypot(c::<T>(1.0)).powf(m9.sin()),
                ));
        m9 = ((c::<T>(0.5)) * m9) + m9.hypot(x1).atan();
    }
    let a10 = x1 * (c::<T>(0.6));
    for i11 in 1..4 {
        if x1.cos() > c::<T>(-0.55) {
            continue;
        }
        let mut s12 = c::<T>(0.0);
        for i13 in (i11 + 1)..7 {
            let a14 = ((((c::<T>(0.9)) * ((c::<T>(1.56)).tanh())).acos()) + w6) - (c::<T>(1.4));
            let a15 = Float::atan(x1);
            let a16 = (s12 + ((c::<T>(W[i11])) / (T::from(2.0).unwrap() + T::sin(s1))))
                * Float::asin(T::from(0.9).unwrap() * Float::tanh(a15))
                    .clamp(c::<T>(-1.18), c::<T>(0.76));
            s1 *= T::one()
                + ((c::<T>(0.3))
                    * T::sin({
                        let t17 = a16;
                        w6
                    }));
            s1 = ((c::<T>(0.5)) * s1) + Float::tanh(Float::mul_add(x0, s12, c::<T>(W[i11])));
        }
        let a18 = (((c::<T>(W[i11])).hypot(s1)) + T::log2((c::<T>(1.0)) + (u5 * u5)))
            .atan2((((c::<T>(0.9)) * x1.sin()).atanh()).asinh());
        s12 /= T::from(2.0).unwrap()
            + ((((c::<T>(V[i11])).hypot(T::one())).powf((c::<T>(W[i11])).atan())).sin());
    }
    let (u19, w20) = (x1 - s1, u5 / ((c::<T>(1.0)) + (a10 * a10)));
    let a21 = if ((c::<T>(1.1)) + (T::exp(u5.atan()) * u5.atan().exp())).acosh() >= c::<T>(-0.1) {
        (((c::<T>(0.9)) * T::atan(s1).tanh()).asin()).sin()
    } else {
        w6
    };
    (((w6 + a10) - u19) + w20) + a21
}

fn p141_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 2..4 {
        let a3: D = x0;
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((k::<D>(-0.6)).sin()).tan()) * (-x1)).sin()));
    }
    let (u5, w6) = (
        ((x0 * (k::<D>(0.967))).cos()) - ((x1 * x0) / s1.cosh()),
        (((x1.exp().ln() / (((k::<D>(-1.3)).sin()).exp()).ln()).cos()).exp2())
            / ((k::<D>(1.0))
                + (((({
                    let t4 = x1;
                    x0
                })
                .cosh())
                .cos())
                    * ((({
                        let t4 = x1;
                        x0
                    })
                    .cosh())
                    .cos()))),
    );
    for i7 in 0..=3 {
        if i7 < 0 {
            continue;
        }
        if x1.sinh().re() < s1.powi(3).re() {
            s1 = ((k::<D>(0.5)) * s1)
                + ((x0
                    * ({
                        let t8 = x0 / ((k::<D>(1.0)) + (x1 * x1));
                        s1
                    }))
                .tanh());
        } else {
            s1 = dmax(
                s1,
                (((((w6.atan().cosh().ln() / w6.cos().sin().exp().ln()) - (k::<D>(V[i7])))
                    .atan())
                    * ((k::<D>(1.0))
                        + ((w6.cos() * u5.tanh().exp_m1().tanh())
                            * (w6.cos() * u5.tanh().exp_m1().tanh())))
                    .ln())
                .exp())
                .sin(),
            );
        }
        let mut m9 = w6.cos().exp().cos();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(W[i7])) / ((k::<D>(1.5)) + x1.tanh()))
                    + ((m9.sin() * ((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
                        .exp()))
                .sin()));
        m9 = ((k::<D>(0.5)) * m9) + (((m9 * m9 + x1 * x1).sqrt()).atan());
    }
    let a10 = x1 * (k::<D>(0.6));
    for i11 in 1..4 {
        if x1.cos().re() > (k::<D>(-0.55)).re() {
            continue;
        }
        let mut s12 = k::<D>(0.0);
        for i13 in (i11 + 1)..7 {
            let a14 = ((((k::<D>(0.9)) * ((k::<D>(1.56)).tanh())).acos()) + w6) - (k::<D>(1.4));
            let a15 = x1.atan();
            let a16 = (s12 + ((k::<D>(W[i11])) / ((k::<D>(2.0)) + s1.sin())))
                * dclamp(
                    ((k::<D>(0.9)) * a15.tanh()).asin(),
                    k::<D>(-1.18),
                    k::<D>(0.76),
                );
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (({
                        let t17 = a16;
                        w6
                    })
                    .sin()));
            s1 = ((k::<D>(0.5)) * s1) + ((x0 * s12 + (k::<D>(W[i11]))).tanh());
        }
        let a18 = ((((k::<D>(W[i11])) * (k::<D>(W[i11])) + s1 * s1).sqrt())
            + (((k::<D>(1.0)) + (u5 * u5)).log2()))
        .atan2((((k::<D>(0.9)) * x1.sin()).atanh()).asinh());
        s12 /= (k::<D>(2.0))
            + (((((k::<D>(W[i11])).atan())
                * (((k::<D>(V[i11])) * (k::<D>(V[i11])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    .ln())
            .exp())
            .sin());
    }
    let (u19, w20) = (x1 - s1, u5 / ((k::<D>(1.0)) + (a10 * a10)));
    let a21 = if (((k::<D>(1.1)) + (u5.atan().exp() * u5.atan().exp())).acosh()).re()
        >= (k::<D>(-0.1)).re()
    {
        (((k::<D>(0.9)) * s1.atan().tanh()).asin()).sin()
    } else {
        w6
    };
    (((w6 + a10) - u19) + w20) + a21
}

#[differentiable]
fn p142(x: &[f64]) -> f64 {
    let a1: f64 = (-0.7) / Float::exp(BETA.tanh());
    let mut s2 = 0.0;
    for &i3 in x.iter() {
        for i4 in 0..x.len() - 1 {
            s2 = s2.min(f64::sin(Float::hypot(x[i4 + 1], i3)));
            let a5 = ((i3 + (-1.8)).cos())
                .mul_add(x[i4 + 1].clamp(-0.83f64, 0.61), a1.sin().exp().sqrt());
            if Float::cosh(a1.tanh()).cbrt() >= a5 - a1 {
                s2 -= x[i4 + 1].atan();
            } else {
                s2 *= 1.0f64 + (0.3 * i3.sin());
            }
            s2 -= Float::tanh(core::f64::consts::PI * W[i4]);
            s2 += f64::cos(BETA / (1.0_f64 + (x[i4 + 1] * x[i4 + 1])));
        }
        s2 /= 1.0 + ((0.399 + std::f64::consts::E) * (0.399 + std::f64::consts::E));
        let i3 = x[1].floor() * (-1.2);
        s2 = ((0.7 * s2) + a1).sin();
        s2 /= 2.0 + ((-0.95).sin());
    }
    let mut s6 = 0.0;
    for i7 in x {
        let a8 = (0.9 * ((if s6 >= -0.95 { s2 } else { -0.2 }).sin())).atanh();
        let mut s9 = 1.0;
        for i10 in 0..x.len() {
            if i10 > 2 {
                break;
            }
            let a11 = if i10 >= 0 {
                Float::tanh(s2.round() * V[i10]).mul_add(*i7, *i7)
            } else {
                x[i10]
            };
            let mut m12 = f64::hypot(x[i10], *i7);
            let a13 = 1.39;
            m12 = (0.5_f64 * m12) + f64::sin(BETA * s2);
        }
        s6 = Float::min(s6, x[2].tanh());
        s9 = s9.max(Float::sin(-0.9_f64));
    }
    let mut s14 = 0.5;
    for i15 in 0..x.len() / 2 {
        let a1 = x[2 * i15 + 1];
        let a16 = x[2 * i15 + 1];
        s2 += a16.sin();
    }
    let a17: f64 = s2.sin().sin().tan();
    for i18 in 0..3 {
        if x[0].signum() * s14 <= -0.88 {
            s6 += (((2.0 + s6.hypot(1.9).sin()).powi(0)) - (((-0.0) + x[0]).exp_m1())).cos();
        } else {
            s6 = s6.max(
                f64::exp((x[2] * f64::recip(1.0f64 + ((-1.9) * (-1.9)))).sin())
                    .cbrt()
                    .atan(),
            );
        }
        let a20 = {
            let t19 = s6.sin().powi(1);
            x[0]
        };
        s14 -= f64::atan(
            ((1.1 + ((2.0 + f64::sin(s14)) * (2.0_f64 + Float::sin(s14)))).acosh())
                - ((-0.72_f64).cos()),
        );
        if x[0].mul_add(x[2], a17) >= a1 + x[1] && W[i18] > V[i18] {
            continue;
        }
    }
    ((((a1 + s2) + s6) + s14) + a17) + x[0]
}

fn p142_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(-0.7)) / (((k::<D>(BETA)).tanh()).exp());
    let mut s2 = k::<D>(0.0);
    for &i3 in x.iter() {
        for i4 in 0..x.len() - 1 {
            s2 = dmin(s2, ((x[i4 + 1] * x[i4 + 1] + i3 * i3).sqrt()).sin());
            let a5 = (((i3 + (k::<D>(-1.8))).cos())
                * dclamp(x[i4 + 1], k::<D>(-0.83), k::<D>(0.61))
                + a1.sin().exp().sqrt());
            if a1.tanh().cosh().cbrt().re() >= (a5 - a1).re() {
                s2 -= x[i4 + 1].atan();
            } else {
                s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * i3.sin());
            }
            s2 -= ((k::<D>(core::f64::consts::PI)) * (k::<D>(W[i4]))).tanh();
            s2 += ((k::<D>(BETA)) / ((k::<D>(1.0)) + (x[i4 + 1] * x[i4 + 1]))).cos();
        }
        s2 /= (k::<D>(1.0))
            + (((k::<D>(0.399)) + (k::<D>(std::f64::consts::E)))
                * ((k::<D>(0.399)) + (k::<D>(std::f64::consts::E))));
        let i3 = (k::<D>(x[1].re().floor())) * (k::<D>(-1.2));
        s2 = (((k::<D>(0.7)) * s2) + a1).sin();
        s2 /= (k::<D>(2.0)) + ((k::<D>(-0.95)).sin());
    }
    let mut s6 = k::<D>(0.0);
    for i7 in x {
        let a8 = ((k::<D>(0.9))
            * ((if s6.re() >= (k::<D>(-0.95)).re() {
                s2
            } else {
                k::<D>(-0.2)
            })
            .sin()))
        .atanh();
        let mut s9 = k::<D>(1.0);
        for i10 in 0..x.len() {
            if i10 > 2 {
                break;
            }
            let a11 = if i10 >= 0 {
                ((((k::<D>(s2.re().round())) * (k::<D>(V[i10]))).tanh()) * (*i7) + (*i7))
            } else {
                x[i10]
            };
            let mut m12 = (x[i10] * x[i10] + (*i7) * (*i7)).sqrt();
            let a13 = k::<D>(1.39);
            m12 = ((k::<D>(0.5)) * m12) + (((k::<D>(BETA)) * s2).sin());
        }
        s6 = dmin(s6, x[2].tanh());
        s9 = dmax(s9, (k::<D>(-0.9)).sin());
    }
    let mut s14 = k::<D>(0.5);
    for i15 in 0..x.len() / 2 {
        let a1 = x[2 * i15 + 1];
        let a16 = x[2 * i15 + 1];
        s2 += a16.sin();
    }
    let a17: D = s2.sin().sin().tan();
    for i18 in 0..3 {
        if ((k::<D>(x[0].re().signum())) * s14).re() <= (k::<D>(-0.88)).re() {
            s6 += ((((k::<D>(2.0)) + (((s6 * s6 + (k::<D>(1.9)) * (k::<D>(1.9))).sqrt()).sin()))
                .powi(0))
                - (((k::<D>(-0.0)) + x[0]).exp_m1()))
            .cos();
        } else {
            s6 = dmax(
                s6,
                ((((x[2] * (((k::<D>(1.0)) + ((k::<D>(-1.9)) * (k::<D>(-1.9)))).recip())).sin())
                    .exp())
                .cbrt())
                .atan(),
            );
        }
        let a20 = {
            let t19 = s6.sin().powi(1);
            x[0]
        };
        s14 -= ((((k::<D>(1.1)) + (((k::<D>(2.0)) + s14.sin()) * ((k::<D>(2.0)) + s14.sin())))
            .acosh())
            - ((k::<D>(-0.72)).cos()))
        .atan();
        if (x[0] * x[2] + a17).re() >= (a1 + x[1]).re()
            && (k::<D>(W[i18])).re() > (k::<D>(V[i18])).re()
        {
            continue;
        }
    }
    ((((a1 + s2) + s6) + s14) + a17) + x[0]
}

#[differentiable]
fn p143<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a1 = if ((c::<T>(1.0)) + (x0 * x0)).powi(0) > c::<T>(-0.48) {
        (x2 + x1).powi(3)
    } else {
        -T::tan(T::sin(x0))
    };
    let mut s2 = c::<T>(0.0);
    for i3 in 1..5 {
        if Float::exp_m1(s2) <= T::from(1.3).unwrap().hypot(a1) {
            s2 = s2 - a1.cos();
        } else {
            s2 = s2 - x2.atan();
        }
        if ((c::<T>(0.9)) * x0.tanh()).asin() < c::<T>(0.17) {
            break;
        }
        s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(-x2)));
    }
    for i4 in 1..2 {
        let a1 = ((c::<T>(W[i4])).hypot(c::<T>(1.0))).recip();
        let a5: T = (c::<T>(W[i4])) * (c::<T>(W[i4]));
        if !(x1 * x2 <= c::<T>(0.66)) {
            break;
        }
        s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((a1 - x1).sin())));
        s2 = ((c::<T>(0.5)) * s2) + (((a5 * x2).asinh()).atan());
        s2 = s2
            * (T::one()
                + ((c::<T>(0.3))
                    * T::sin(
                        ({
                            let t6 = x1;
                            a5
                        }) / ((c::<T>(2.0)) + ((a1 * (c::<T>(W[i4]))).sin())),
                    )));
    }
    if T::recip(Float::hypot(c::<T>(1.46), T::one())) < c::<T>(BETA) {
        s2 = s2 * (T::one() + ((c::<T>(0.3)) * (((c::<T>(BETA)) / T::tanh(a1).exp()).sin())));
    } else {
        s2 = s2 + x2;
    }
    for i7 in 1..2 {
        let mut s8 = T::one();
        if a1 > s2 {
            break;
        }
        for i9 in 1..=2 {
            let a10 = x2;
            let mut m11: T = x0;
            s8 = ((c::<T>(0.5)) * s8) + Float::sin(x1);
        }
        let a12 = (-x0).exp2();
        let mut m13: T = a12 / ((c::<T>(1.0)) + (a1.tanh() * a1.tanh()));
        s2 = s2 * (T::one() + ((c::<T>(0.3)) * ((c::<T>(W[i7])).sin())));
        s2 = s2 - ((T::atan(T::cos(s8).exp().powi(-2)) * (c::<T>(W[i7]))).atan());
    }
    let mut m14 = ((T::from(0.5).unwrap()
        + ((((T::from(-1.9).unwrap() - x0).cos()).exp()) * ((((c::<T>(-1.9)) - x0).cos()).exp())))
    .ln_1p())
        + T::from(0.21).unwrap().exp_m1().abs();
    (((x1 + x2) + a1) + s2) + m14
}

fn p143_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (((k::<D>(1.0)) + (x0 * x0)).powi(0)).re() > (k::<D>(-0.48)).re() {
        (x2 + x1).powi(3)
    } else {
        -x0.sin().tan()
    };
    let mut s2 = k::<D>(0.0);
    for i3 in 1..5 {
        if s2.exp_m1().re() <= (((k::<D>(1.3)) * (k::<D>(1.3)) + a1 * a1).sqrt()).re() {
            s2 -= a1.cos();
        } else {
            s2 -= x2.atan();
        }
        if (((k::<D>(0.9)) * x0.tanh()).asin()).re() < (k::<D>(0.17)).re() {
            break;
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-x2).sin()));
    }
    for i4 in 1..2 {
        let a1 =
            (((k::<D>(W[i4])) * (k::<D>(W[i4])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip();
        let a5: D = (k::<D>(W[i4])) * (k::<D>(W[i4]));
        if !((x1 * x2).re() <= (k::<D>(0.66)).re()) {
            break;
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a1 - x1).sin()));
        s2 = ((k::<D>(0.5)) * s2) + (((a5 * x2).asinh()).atan());
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((({
                    let t6 = x1;
                    a5
                }) / ((k::<D>(2.0)) + ((a1 * (k::<D>(W[i4]))).sin())))
                .sin()));
    }
    if ((((k::<D>(1.46)) * (k::<D>(1.46)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).re()
        < (k::<D>(BETA)).re()
    {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(BETA)) / a1.tanh().exp()).sin()));
    } else {
        s2 += x2;
    }
    for i7 in 1..2 {
        let mut s8 = k::<D>(1.0);
        if a1.re() > s2.re() {
            break;
        }
        for i9 in 1..=2 {
            let a10 = x2;
            let mut m11: D = x0;
            s8 = ((k::<D>(0.5)) * s8) + x1.sin();
        }
        let a12 = (-x0).exp2();
        let mut m13: D = a12 / ((k::<D>(1.0)) + (a1.tanh() * a1.tanh()));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(W[i7])).sin()));
        s2 -= (s8.cos().exp().powi(-2).atan() * (k::<D>(W[i7]))).atan();
    }
    let mut m14 = (((k::<D>(0.5))
        + (((((k::<D>(-1.9)) - x0).cos()).exp()) * ((((k::<D>(-1.9)) - x0).cos()).exp())))
    .ln_1p())
        + (((k::<D>(0.21)).exp_m1()).abs());
    (((x1 + x2) + a1) + s2) + m14
}

#[differentiable]
fn p144<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a1 = Float::atan2(
        T::cbrt((c::<T>(1.0)) + (x1 * x1)),
        (c::<T>(-0.458)).mul_add(x0, x1),
    );
    let a2 = if ((c::<T>(1.0)) + (a1 * a1)).recip() > c::<T>(-0.09) {
        -x0.min(x0)
    } else {
        Float::powf(Float::tanh(a1).exp(), (c::<T>(ALPHA)).sin())
            .sin()
            .powi(3)
    };
    let mut s3 = c::<T>(0.0);
    for i4 in 0..=4 {
        let a5: T = s3.atan2(x1);
        s3 = s3 + Float::cos(T::atan(Float::cbrt(T::one() + (a1 * a1))).sinh());
        s3 = s3 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::tanh(x1).sin()));
    }
    let a7 = if x2 >= c::<T>(0.46) {
        -(((c::<T>(0.9)) * ((T::from(0.9).unwrap() * x2).sin())).asin())
    } else {
        {
            let t6 = x2.atan() * (a2 + a2);
            (((c::<T>(2.0)) + a1.sin()).recip())
                / ((c::<T>(1.0)) + (T::sin(Float::sinh(T::sin(a2))) * a2.sin().sinh().sin()))
        }
    };
    let a8 = if s3.max(c::<T>(0.08)) >= T::from(-0.47).unwrap()
        && x1 > c::<T>(0.76)
        && a2 < a2
        && c::<T>(-0.1) >= T::from(0.23).unwrap()
    {
        -(c::<T>(ALPHA))
    } else {
        x2.tanh()
    };
    (((a1 + a2) + s3) + a7) + a8
}

fn p144_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (((k::<D>(1.0)) + (x1 * x1)).cbrt()).atan2(((k::<D>(-0.458)) * x0 + x1));
    let a2 = if (((k::<D>(1.0)) + (a1 * a1)).recip()).re() > (k::<D>(-0.09)).re() {
        -dmin(x0, x0)
    } else {
        (((((k::<D>(ALPHA)).sin()) * a1.tanh().exp().ln()).exp()).sin()).powi(3)
    };
    let mut s3 = k::<D>(0.0);
    for i4 in 0..=4 {
        let a5: D = s3.atan2(x1);
        s3 += (((((k::<D>(1.0)) + (a1 * a1)).cbrt()).atan()).sinh()).cos();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.tanh().sin());
    }
    let a7 = if x2.re() >= (k::<D>(0.46)).re() {
        -(((k::<D>(0.9)) * (((k::<D>(0.9)) * x2).sin())).asin())
    } else {
        {
            let t6 = x2.atan() * (a2 + a2);
            (((k::<D>(2.0)) + a1.sin()).recip())
                / ((k::<D>(1.0)) + (a2.sin().sinh().sin() * a2.sin().sinh().sin()))
        }
    };
    let a8 = if dmax(s3, k::<D>(0.08)).re() >= (k::<D>(-0.47)).re()
        && x1.re() > (k::<D>(0.76)).re()
        && a2.re() < a2.re()
        && (k::<D>(-0.1)).re() >= (k::<D>(0.23)).re()
    {
        -(k::<D>(ALPHA))
    } else {
        x2.tanh()
    };
    (((a1 + a2) + s3) + a7) + a8
}

#[differentiable]
fn p145<T: Float>(x: &[T], y: T) -> T {
    let (u2, w3) = (T::from(0.97).unwrap(), {
        let t1 = y;
        x[3]
    });
    let mut m4 = Float::hypot(T::from(0.11).unwrap(), w3);
    let mut m5 = x[4];
    let y = -(m5 * (((c::<T>(BETA)).hypot(c::<T>(1.0))).log10()));
    ((((u2 + w3) + m4) + m5) + y) + x[1]
}

fn p145_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u2, w3) = (k::<D>(0.97), {
        let t1 = y;
        x[3]
    });
    let mut m4 = ((k::<D>(0.11)) * (k::<D>(0.11)) + w3 * w3).sqrt();
    let mut m5 = x[4];
    let y = -(m5
        * ((((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()));
    ((((u2 + w3) + m4) + m5) + y) + x[1]
}

#[differentiable]
fn p147<T: Float>(x0: T, x1: T) -> T {
    let a1 = if if x1 > x0 { x1 } else { x0 } <= c::<T>(-0.16) {
        ((T::one() + (x1 * x1)).log2()).cos()
    } else {
        c::<T>(-0.07)
    };
    let (u2, w3) = (
        ((c::<T>(1.0))
            + (Float::log2((c::<T>(1.5)) + ((c::<T>(-1.4)).tanh()))
                * (((c::<T>(1.5)) + ((c::<T>(-1.4)).tanh())).log2())))
        .log10(),
        -Float::cbrt((c::<T>(2.0)) + Float::sin(x0)),
    );
    if u2 < c::<T>(-0.02) {
        return (T::from(0.9).unwrap() * Float::tanh(w3)).asin();
    }
    let a4: T = w3;
    (((x1 + a1) + u2) * w3) + a4
}

fn p147_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if (if x1.re() > x0.re() { x1 } else { x0 }).re() <= (k::<D>(-0.16)).re() {
        (((k::<D>(1.0)) + (x1 * x1)).log2()).cos()
    } else {
        k::<D>(-0.07)
    };
    let (u2, w3) = (
        ((k::<D>(1.0))
            + ((((k::<D>(1.5)) + ((k::<D>(-1.4)).tanh())).log2())
                * (((k::<D>(1.5)) + ((k::<D>(-1.4)).tanh())).log2())))
        .log10(),
        -(((k::<D>(2.0)) + x0.sin()).cbrt()),
    );
    if u2.re() < (k::<D>(-0.02)).re() {
        return ((k::<D>(0.9)) * w3.tanh()).asin();
    }
    let a4: D = w3;
    (((x1 + a1) + u2) * w3) + a4
}

#[differentiable]
fn p148(x: &[f64]) -> f64 {
    let a1 = x[1]
        .cos()
        .atan2(1.016.mul_add(BETA.atan(), std::f64::consts::E))
        .atan()
        .exp2();
    let mut s2 = 0.5;
    for i3 in 0..4 {
        let a5 = {
            let t4 = a1.tanh().mul_add(x[2], s2);
            x[0]
        };
        s2 = s2.min(a5.sin());
        s2 *= 1.0_f64 + (0.3 * a5.max(x[2]).sin());
    }
    if a1 * x[3] > -0.43 {
        return ((2.0 + Float::sin(a1)).powf(1.98_f64.atan()))
            * (if x[3] < -0.99_f64 { s2 } else { -1.92 });
    }
    s2 = (0.5 * s2) + ((x[1].exp_m1() / (2.0 + (((-0.337) * x[0]).sin()))).clamp(-0.59, 0.94));
    let mut m6 = (1.5
        + Float::tanh(
            f64::hypot((0.5 + ((2.0 + a1.sin()) * (2.0 + a1.sin()))).ln_1p(), 1.0).cbrt(),
        ))
    .log(
        ((((2.0 + core::f64::consts::PI.sin()).log(Float::exp(Float::atan(s2).sin()))).tanh())
            .sin())
        .exp(),
    );
    let mut m7 = ((0.9 * ((-1.0).tanh())).asin()) + x[2];
    (((a1 + s2) + m6) + m7) - x[3]
}

fn p148_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[1]
        .cos()
        .atan2(((k::<D>(1.016)) * ((k::<D>(BETA)).atan()) + (k::<D>(std::f64::consts::E))))
        .atan()
        .exp2();
    let mut s2 = k::<D>(0.5);
    for i3 in 0..4 {
        let a5 = {
            let t4 = (a1.tanh() * x[2] + s2);
            x[0]
        };
        s2 = dmin(s2, a5.sin());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dmax(a5, x[2]).sin());
    }
    if (a1 * x[3]).re() > (k::<D>(-0.43)).re() {
        return ((((k::<D>(1.98)).atan()) * ((k::<D>(2.0)) + a1.sin()).ln()).exp())
            * (if x[3].re() < (k::<D>(-0.99)).re() {
                s2
            } else {
                k::<D>(-1.92)
            });
    }
    s2 = ((k::<D>(0.5)) * s2)
        + dclamp(
            x[1].exp_m1() / ((k::<D>(2.0)) + (((k::<D>(-0.337)) * x[0]).sin())),
            k::<D>(-0.59),
            k::<D>(0.94),
        );
    let mut m6 = (((k::<D>(1.5))
        + (((((((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin())))
            .ln_1p())
            * (((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin())))
                .ln_1p())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .cbrt())
        .tanh()))
    .ln()
        / ((((((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin())).ln()
            / s2.atan().sin().exp().ln())
        .tanh())
        .sin())
        .exp())
        .ln());
    let mut m7 = (((k::<D>(0.9)) * ((k::<D>(-1.0)).tanh())).asin()) + x[2];
    (((a1 + s2) + m6) + m7) - x[3]
}

#[differentiable]
fn p149(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 0..4 {
        if (-0.3).exp() <= -0.77 {
            s1 = s1.min(Float::tanh(f64::log(
                1.0 + (x0 * x0),
                Float::exp(0.106_f64.sin()),
            )));
        } else {
            s1 = ((0.7f64 * s1) + ((1.1.cos() * (V[i2] * ALPHA)) * x1)).sin();
        }
        let a3 = x0.exp_m1();
        let a4 = Float::powi(2.0 + s1.sin(), -1) / ((s1 + x0).hypot(1.0));
        s1 += ((1.0 + ((x1 * x0) * (x1 * x0))).log2()).sin();
        s1 -= core::f64::consts::PI.cos().mul_add(s1.cos(), s1).sin();
    }
    for i5 in 0..=1 {
        if i5 < 1 {
            s1 /= 1.0_f64 + (((s1 + x0).cos()) * ((s1 + x0).cos()));
        }
        let mut m6 = x1 * x1;
        if i5 == 1 {
            m6 /= 1.0 + (s1.clamp(-1.07, 0.34) * f64::clamp(s1, -1.07, 0.34));
        }
        m6 -= Float::atan(
            (1.1_f64 + ((1.0 + (f64::sin(s1) * s1.sin())) * (1.0 + (s1.sin() * Float::sin(s1)))))
                .acosh(),
        );
    }
    for i7 in 2..=6 {
        let a9 = ({
            let t8 = x0;
            x0
        })
        .atan();
        s1 += f64::cos(x0.exp());
        if x0.tanh() > (0.9 * ((-1.27).tanh())).atanh() {
            break;
        }
    }
    let (u10, w11) = (((-1.6).asinh()) * 0.2.exp_m1(), x1.exp() - (-(-1.215_f64)));
    let mut m12 = s1.tanh();
    (((x1 * s1) + u10) + w11) - m12
}

fn p149_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..4 {
        if ((k::<D>(-0.3)).exp()).re() <= (k::<D>(-0.77)).re() {
            s1 = dmin(
                s1,
                (((k::<D>(1.0)) + (x0 * x0)).ln() / (((k::<D>(0.106)).sin()).exp()).ln()).tanh(),
            );
        } else {
            s1 = (((k::<D>(0.7)) * s1)
                + ((((k::<D>(1.1)).cos()) * ((k::<D>(V[i2])) * (k::<D>(ALPHA)))) * x1))
                .sin();
        }
        let a3 = x0.exp_m1();
        let a4 = (((k::<D>(2.0)) + s1.sin()).powi(-1))
            / (((s1 + x0) * (s1 + x0) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
        s1 += (((k::<D>(1.0)) + ((x1 * x0) * (x1 * x0))).log2()).sin();
        s1 -= (((k::<D>(core::f64::consts::PI)).cos()) * s1.cos() + s1).sin();
    }
    for i5 in 0..=1 {
        if i5 < 1 {
            s1 /= (k::<D>(1.0)) + (((s1 + x0).cos()) * ((s1 + x0).cos()));
        }
        let mut m6 = x1 * x1;
        if i5 == 1 {
            m6 /= (k::<D>(1.0))
                + (dclamp(s1, k::<D>(-1.07), k::<D>(0.34))
                    * dclamp(s1, k::<D>(-1.07), k::<D>(0.34)));
        }
        m6 -= (((k::<D>(1.1))
            + (((k::<D>(1.0)) + (s1.sin() * s1.sin())) * ((k::<D>(1.0)) + (s1.sin() * s1.sin()))))
        .acosh())
        .atan();
    }
    for i7 in 2..=6 {
        let a9 = ({
            let t8 = x0;
            x0
        })
        .atan();
        s1 += x0.exp().cos();
        if x0.tanh().re() > (((k::<D>(0.9)) * ((k::<D>(-1.27)).tanh())).atanh()).re() {
            break;
        }
    }
    let (u10, w11) = (
        ((k::<D>(-1.6)).asinh()) * ((k::<D>(0.2)).exp_m1()),
        x1.exp() - (-(k::<D>(-1.215))),
    );
    let mut m12 = s1.tanh();
    (((x1 * s1) + u10) + w11) - m12
}

#[test]
fn test_p0() {
    check(&Case {
        name: "p0",
        n: 6,
        f: |x| p0(x),
        jvp: |x, v| p0_jvp(x, v),
        vjp: |x, s, bar| p0_vjp(x, bar, s),
        grad: |x, g| p0_grad(x, g),
        hvp: |x, v, hv| p0_hvp(x, v, hv),
        dual: |x| p0_d(x),
        hyper: |x| p0_d(x),
    });
}

#[test]
fn test_p1() {
    check(&Case {
        name: "p1",
        n: 4,
        f: |x| p1(x),
        jvp: |x, v| p1_jvp(x, v),
        vjp: |x, s, bar| p1_vjp(x, bar, s),
        grad: |x, g| p1_grad(x, g),
        hvp: |x, v, hv| p1_hvp(x, v, hv),
        dual: |x| p1_d(x),
        hyper: |x| p1_d(x),
    });
}

#[test]
fn test_p4() {
    check(&Case {
        name: "p4",
        n: 3,
        f: |x| p4(x[0], x[1], x[2]),
        jvp: |x, v| p4_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p4_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p4_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p4_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p4_d(x[0], x[1], x[2]),
        hyper: |x| p4_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p5() {
    check(&Case {
        name: "p5",
        n: 4,
        f: |x| p5(&x[..3], x[3]),
        jvp: |x, v| p5_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p5_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p5_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p5_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p5_d(&x[..3], x[3]),
        hyper: |x| p5_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p6() {
    check(&Case {
        name: "p6",
        n: 3,
        f: |x| p6(x[0], x[1], x[2]),
        jvp: |x, v| p6_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p6_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p6_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p6_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p6_d(x[0], x[1], x[2]),
        hyper: |x| p6_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p7() {
    check(&Case {
        name: "p7",
        n: 3,
        f: |x| p7(x[0], x[1], x[2]),
        jvp: |x, v| p7_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p7_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p7_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p7_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p7_d(x[0], x[1], x[2]),
        hyper: |x| p7_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p8() {
    check(&Case {
        name: "p8",
        n: 3,
        f: |x| p8(x[0], x[1], x[2]),
        jvp: |x, v| p8_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p8_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p8_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p8_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p8_d(x[0], x[1], x[2]),
        hyper: |x| p8_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p10() {
    check(&Case {
        name: "p10",
        n: 5,
        f: |x| p10(&x[..4], x[4]),
        jvp: |x, v| p10_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p10_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p10_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p10_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p10_d(&x[..4], x[4]),
        hyper: |x| p10_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p12() {
    check(&Case {
        name: "p12",
        n: 3,
        f: |x| p12(x[0], x[1], x[2]),
        jvp: |x, v| p12_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p12_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p12_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p12_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p12_d(x[0], x[1], x[2]),
        hyper: |x| p12_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p14() {
    check(&Case {
        name: "p14",
        n: 5,
        f: |x| p14(x),
        jvp: |x, v| p14_jvp(x, v),
        vjp: |x, s, bar| p14_vjp(x, bar, s),
        grad: |x, g| p14_grad(x, g),
        hvp: |x, v, hv| p14_hvp(x, v, hv),
        dual: |x| p14_d(x),
        hyper: |x| p14_d(x),
    });
}

#[test]
fn test_p15() {
    check(&Case {
        name: "p15",
        n: 3,
        f: |x| p15(x[0], x[1], x[2]),
        jvp: |x, v| p15_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p15_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p15_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p15_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p15_d(x[0], x[1], x[2]),
        hyper: |x| p15_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p17() {
    check(&Case {
        name: "p17",
        n: 5,
        f: |x| p17(&x[..4], x[4]),
        jvp: |x, v| p17_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p17_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p17_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p17_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p17_d(&x[..4], x[4]),
        hyper: |x| p17_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p19() {
    check(&Case {
        name: "p19",
        n: 5,
        f: |x| p19(x),
        jvp: |x, v| p19_jvp(x, v),
        vjp: |x, s, bar| p19_vjp(x, bar, s),
        grad: |x, g| p19_grad(x, g),
        hvp: |x, v, hv| p19_hvp(x, v, hv),
        dual: |x| p19_d(x),
        hyper: |x| p19_d(x),
    });
}

#[test]
fn test_p20() {
    check(&Case {
        name: "p20",
        n: 5,
        f: |x| p20(x),
        jvp: |x, v| p20_jvp(x, v),
        vjp: |x, s, bar| p20_vjp(x, bar, s),
        grad: |x, g| p20_grad(x, g),
        hvp: |x, v, hv| p20_hvp(x, v, hv),
        dual: |x| p20_d(x),
        hyper: |x| p20_d(x),
    });
}

#[test]
fn test_p21() {
    check(&Case {
        name: "p21",
        n: 2,
        f: |x| p21(x[0], x[1]),
        jvp: |x, v| p21_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p21_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p21_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p21_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p21_d(x[0], x[1]),
        hyper: |x| p21_d(x[0], x[1]),
    });
}

#[test]
fn test_p22() {
    check(&Case {
        name: "p22",
        n: 3,
        f: |x| p22(x[0], x[1], x[2]),
        jvp: |x, v| p22_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p22_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p22_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p22_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p22_d(x[0], x[1], x[2]),
        hyper: |x| p22_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p25() {
    check(&Case {
        name: "p25",
        n: 3,
        f: |x| p25(x[0], x[1], x[2]),
        jvp: |x, v| p25_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p25_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p25_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p25_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p25_d(x[0], x[1], x[2]),
        hyper: |x| p25_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p26() {
    check(&Case {
        name: "p26",
        n: 7,
        f: |x| p26(&x[..6], x[6]),
        jvp: |x, v| p26_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p26_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p26_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p26_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p26_d(&x[..6], x[6]),
        hyper: |x| p26_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p29() {
    check(&Case {
        name: "p29",
        n: 3,
        f: |x| p29(x[0], x[1], x[2]),
        jvp: |x, v| p29_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p29_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p29_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p29_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p29_d(x[0], x[1], x[2]),
        hyper: |x| p29_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p30() {
    check(&Case {
        name: "p30",
        n: 5,
        f: |x| p30(&x[..4], x[4]),
        jvp: |x, v| p30_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p30_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p30_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p30_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p30_d(&x[..4], x[4]),
        hyper: |x| p30_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p31() {
    check(&Case {
        name: "p31",
        n: 2,
        f: |x| p31(x[0], x[1]),
        jvp: |x, v| p31_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p31_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p31_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p31_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p31_d(x[0], x[1]),
        hyper: |x| p31_d(x[0], x[1]),
    });
}

#[test]
fn test_p32() {
    check(&Case {
        name: "p32",
        n: 3,
        f: |x| p32(x[0], x[1], x[2]),
        jvp: |x, v| p32_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p32_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p32_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p32_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p32_d(x[0], x[1], x[2]),
        hyper: |x| p32_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p34() {
    check(&Case {
        name: "p34",
        n: 3,
        f: |x| p34(x),
        jvp: |x, v| p34_jvp(x, v),
        vjp: |x, s, bar| p34_vjp(x, bar, s),
        grad: |x, g| p34_grad(x, g),
        hvp: |x, v, hv| p34_hvp(x, v, hv),
        dual: |x| p34_d(x),
        hyper: |x| p34_d(x),
    });
}

#[test]
fn test_p36() {
    check(&Case {
        name: "p36",
        n: 6,
        f: |x| p36(x),
        jvp: |x, v| p36_jvp(x, v),
        vjp: |x, s, bar| p36_vjp(x, bar, s),
        grad: |x, g| p36_grad(x, g),
        hvp: |x, v, hv| p36_hvp(x, v, hv),
        dual: |x| p36_d(x),
        hyper: |x| p36_d(x),
    });
}

#[test]
fn test_p37() {
    check(&Case {
        name: "p37",
        n: 3,
        f: |x| p37(x[0], x[1], x[2]),
        jvp: |x, v| p37_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p37_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p37_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p37_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p37_d(x[0], x[1], x[2]),
        hyper: |x| p37_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p38() {
    check(&Case {
        name: "p38",
        n: 4,
        f: |x| p38(&x[..3], x[3]),
        jvp: |x, v| p38_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p38_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p38_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p38_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p38_d(&x[..3], x[3]),
        hyper: |x| p38_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p39() {
    check(&Case {
        name: "p39",
        n: 3,
        f: |x| p39(x[0], x[1], x[2]),
        jvp: |x, v| p39_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p39_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p39_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p39_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p39_d(x[0], x[1], x[2]),
        hyper: |x| p39_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p40() {
    check(&Case {
        name: "p40",
        n: 3,
        f: |x| p40(x[0], x[1], x[2]),
        jvp: |x, v| p40_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p40_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p40_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p40_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p40_d(x[0], x[1], x[2]),
        hyper: |x| p40_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p41() {
    check(&Case {
        name: "p41",
        n: 3,
        f: |x| p41(x),
        jvp: |x, v| p41_jvp(x, v),
        vjp: |x, s, bar| p41_vjp(x, bar, s),
        grad: |x, g| p41_grad(x, g),
        hvp: |x, v, hv| p41_hvp(x, v, hv),
        dual: |x| p41_d(x),
        hyper: |x| p41_d(x),
    });
}

#[test]
fn test_p42() {
    check(&Case {
        name: "p42",
        n: 3,
        f: |x| p42(x),
        jvp: |x, v| p42_jvp(x, v),
        vjp: |x, s, bar| p42_vjp(x, bar, s),
        grad: |x, g| p42_grad(x, g),
        hvp: |x, v, hv| p42_hvp(x, v, hv),
        dual: |x| p42_d(x),
        hyper: |x| p42_d(x),
    });
}

#[test]
fn test_p43() {
    check(&Case {
        name: "p43",
        n: 2,
        f: |x| p43(x[0], x[1]),
        jvp: |x, v| p43_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p43_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p43_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p43_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p43_d(x[0], x[1]),
        hyper: |x| p43_d(x[0], x[1]),
    });
}

#[test]
fn test_p44() {
    check(&Case {
        name: "p44",
        n: 5,
        f: |x| p44(x),
        jvp: |x, v| p44_jvp(x, v),
        vjp: |x, s, bar| p44_vjp(x, bar, s),
        grad: |x, g| p44_grad(x, g),
        hvp: |x, v, hv| p44_hvp(x, v, hv),
        dual: |x| p44_d(x),
        hyper: |x| p44_d(x),
    });
}

#[test]
fn test_p45() {
    check(&Case {
        name: "p45",
        n: 2,
        f: |x| p45(x[0], x[1]),
        jvp: |x, v| p45_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p45_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p45_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p45_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p45_d(x[0], x[1]),
        hyper: |x| p45_d(x[0], x[1]),
    });
}

#[test]
fn test_p47() {
    check(&Case {
        name: "p47",
        n: 7,
        f: |x| p47(&x[..6], x[6]),
        jvp: |x, v| p47_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p47_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p47_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p47_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p47_d(&x[..6], x[6]),
        hyper: |x| p47_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p48() {
    check(&Case {
        name: "p48",
        n: 4,
        f: |x| p48(&x[..3], x[3]),
        jvp: |x, v| p48_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p48_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p48_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p48_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p48_d(&x[..3], x[3]),
        hyper: |x| p48_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p49() {
    check(&Case {
        name: "p49",
        n: 4,
        f: |x| p49(x),
        jvp: |x, v| p49_jvp(x, v),
        vjp: |x, s, bar| p49_vjp(x, bar, s),
        grad: |x, g| p49_grad(x, g),
        hvp: |x, v, hv| p49_hvp(x, v, hv),
        dual: |x| p49_d(x),
        hyper: |x| p49_d(x),
    });
}

#[test]
fn test_p50() {
    check(&Case {
        name: "p50",
        n: 7,
        f: |x| p50(&x[..6], x[6]),
        jvp: |x, v| p50_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p50_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p50_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p50_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p50_d(&x[..6], x[6]),
        hyper: |x| p50_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p51() {
    check(&Case {
        name: "p51",
        n: 4,
        f: |x| p51(x),
        jvp: |x, v| p51_jvp(x, v),
        vjp: |x, s, bar| p51_vjp(x, bar, s),
        grad: |x, g| p51_grad(x, g),
        hvp: |x, v, hv| p51_hvp(x, v, hv),
        dual: |x| p51_d(x),
        hyper: |x| p51_d(x),
    });
}

#[test]
fn test_p55() {
    check(&Case {
        name: "p55",
        n: 2,
        f: |x| p55(x[0], x[1]),
        jvp: |x, v| p55_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p55_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p55_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p55_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p55_d(x[0], x[1]),
        hyper: |x| p55_d(x[0], x[1]),
    });
}

#[test]
fn test_p56() {
    check(&Case {
        name: "p56",
        n: 3,
        f: |x| p56(x[0], x[1], x[2]),
        jvp: |x, v| p56_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p56_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p56_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p56_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p56_d(x[0], x[1], x[2]),
        hyper: |x| p56_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p57() {
    check(&Case {
        name: "p57",
        n: 6,
        f: |x| p57(&x[..5], x[5]),
        jvp: |x, v| p57_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p57_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p57_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p57_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p57_d(&x[..5], x[5]),
        hyper: |x| p57_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p58() {
    check(&Case {
        name: "p58",
        n: 3,
        f: |x| p58(x[0], x[1], x[2]),
        jvp: |x, v| p58_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p58_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p58_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p58_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p58_d(x[0], x[1], x[2]),
        hyper: |x| p58_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p59() {
    check(&Case {
        name: "p59",
        n: 6,
        f: |x| p59(x),
        jvp: |x, v| p59_jvp(x, v),
        vjp: |x, s, bar| p59_vjp(x, bar, s),
        grad: |x, g| p59_grad(x, g),
        hvp: |x, v, hv| p59_hvp(x, v, hv),
        dual: |x| p59_d(x),
        hyper: |x| p59_d(x),
    });
}

#[test]
fn test_p60() {
    check(&Case {
        name: "p60",
        n: 3,
        f: |x| p60(x[0], x[1], x[2]),
        jvp: |x, v| p60_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p60_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p60_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p60_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p60_d(x[0], x[1], x[2]),
        hyper: |x| p60_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p61() {
    check(&Case {
        name: "p61",
        n: 3,
        f: |x| p61(x[0], x[1], x[2]),
        jvp: |x, v| p61_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p61_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p61_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p61_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p61_d(x[0], x[1], x[2]),
        hyper: |x| p61_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p62() {
    check(&Case {
        name: "p62",
        n: 2,
        f: |x| p62(x[0], x[1]),
        jvp: |x, v| p62_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p62_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p62_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p62_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p62_d(x[0], x[1]),
        hyper: |x| p62_d(x[0], x[1]),
    });
}

#[test]
fn test_p64() {
    check(&Case {
        name: "p64",
        n: 6,
        f: |x| p64(x),
        jvp: |x, v| p64_jvp(x, v),
        vjp: |x, s, bar| p64_vjp(x, bar, s),
        grad: |x, g| p64_grad(x, g),
        hvp: |x, v, hv| p64_hvp(x, v, hv),
        dual: |x| p64_d(x),
        hyper: |x| p64_d(x),
    });
}

#[test]
fn test_p65() {
    check(&Case {
        name: "p65",
        n: 5,
        f: |x| p65(x),
        jvp: |x, v| p65_jvp(x, v),
        vjp: |x, s, bar| p65_vjp(x, bar, s),
        grad: |x, g| p65_grad(x, g),
        hvp: |x, v, hv| p65_hvp(x, v, hv),
        dual: |x| p65_d(x),
        hyper: |x| p65_d(x),
    });
}

#[test]
fn test_p66() {
    check(&Case {
        name: "p66",
        n: 5,
        f: |x| p66(x),
        jvp: |x, v| p66_jvp(x, v),
        vjp: |x, s, bar| p66_vjp(x, bar, s),
        grad: |x, g| p66_grad(x, g),
        hvp: |x, v, hv| p66_hvp(x, v, hv),
        dual: |x| p66_d(x),
        hyper: |x| p66_d(x),
    });
}

#[test]
fn test_p67() {
    check(&Case {
        name: "p67",
        n: 5,
        f: |x| p67(&x[..4], x[4]),
        jvp: |x, v| p67_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p67_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p67_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p67_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p67_d(&x[..4], x[4]),
        hyper: |x| p67_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p68() {
    check(&Case {
        name: "p68",
        n: 2,
        f: |x| p68(x[0], x[1]),
        jvp: |x, v| p68_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p68_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p68_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p68_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p68_d(x[0], x[1]),
        hyper: |x| p68_d(x[0], x[1]),
    });
}

#[test]
fn test_p69() {
    check(&Case {
        name: "p69",
        n: 2,
        f: |x| p69(x[0], x[1]),
        jvp: |x, v| p69_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p69_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p69_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p69_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p69_d(x[0], x[1]),
        hyper: |x| p69_d(x[0], x[1]),
    });
}

#[test]
fn test_p70() {
    check(&Case {
        name: "p70",
        n: 2,
        f: |x| p70(x[0], x[1]),
        jvp: |x, v| p70_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p70_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p70_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p70_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p70_d(x[0], x[1]),
        hyper: |x| p70_d(x[0], x[1]),
    });
}

#[test]
fn test_p71() {
    check(&Case {
        name: "p71",
        n: 2,
        f: |x| p71(x[0], x[1]),
        jvp: |x, v| p71_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p71_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p71_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p71_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p71_d(x[0], x[1]),
        hyper: |x| p71_d(x[0], x[1]),
    });
}

#[test]
fn test_p72() {
    check(&Case {
        name: "p72",
        n: 3,
        f: |x| p72(x[0], x[1], x[2]),
        jvp: |x, v| p72_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p72_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p72_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p72_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p72_d(x[0], x[1], x[2]),
        hyper: |x| p72_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p74() {
    check(&Case {
        name: "p74",
        n: 2,
        f: |x| p74(x[0], x[1]),
        jvp: |x, v| p74_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p74_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p74_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p74_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p74_d(x[0], x[1]),
        hyper: |x| p74_d(x[0], x[1]),
    });
}

#[test]
fn test_p75() {
    check(&Case {
        name: "p75",
        n: 2,
        f: |x| p75(x[0], x[1]),
        jvp: |x, v| p75_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p75_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p75_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p75_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p75_d(x[0], x[1]),
        hyper: |x| p75_d(x[0], x[1]),
    });
}

#[test]
fn test_p76() {
    check(&Case {
        name: "p76",
        n: 6,
        f: |x| p76(x),
        jvp: |x, v| p76_jvp(x, v),
        vjp: |x, s, bar| p76_vjp(x, bar, s),
        grad: |x, g| p76_grad(x, g),
        hvp: |x, v, hv| p76_hvp(x, v, hv),
        dual: |x| p76_d(x),
        hyper: |x| p76_d(x),
    });
}

#[test]
fn test_p77() {
    check(&Case {
        name: "p77",
        n: 6,
        f: |x| p77(&x[..5], x[5]),
        jvp: |x, v| p77_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p77_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p77_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p77_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p77_d(&x[..5], x[5]),
        hyper: |x| p77_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p78() {
    check(&Case {
        name: "p78",
        n: 2,
        f: |x| p78(x[0], x[1]),
        jvp: |x, v| p78_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p78_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p78_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p78_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p78_d(x[0], x[1]),
        hyper: |x| p78_d(x[0], x[1]),
    });
}

#[test]
fn test_p79() {
    check(&Case {
        name: "p79",
        n: 5,
        f: |x| p79(x),
        jvp: |x, v| p79_jvp(x, v),
        vjp: |x, s, bar| p79_vjp(x, bar, s),
        grad: |x, g| p79_grad(x, g),
        hvp: |x, v, hv| p79_hvp(x, v, hv),
        dual: |x| p79_d(x),
        hyper: |x| p79_d(x),
    });
}

#[test]
fn test_p81() {
    check(&Case {
        name: "p81",
        n: 5,
        f: |x| p81(&x[..4], x[4]),
        jvp: |x, v| p81_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p81_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p81_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p81_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p81_d(&x[..4], x[4]),
        hyper: |x| p81_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p82() {
    check(&Case {
        name: "p82",
        n: 5,
        f: |x| p82(&x[..4], x[4]),
        jvp: |x, v| p82_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p82_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p82_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p82_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p82_d(&x[..4], x[4]),
        hyper: |x| p82_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p83() {
    check(&Case {
        name: "p83",
        n: 6,
        f: |x| p83(x),
        jvp: |x, v| p83_jvp(x, v),
        vjp: |x, s, bar| p83_vjp(x, bar, s),
        grad: |x, g| p83_grad(x, g),
        hvp: |x, v, hv| p83_hvp(x, v, hv),
        dual: |x| p83_d(x),
        hyper: |x| p83_d(x),
    });
}

#[test]
fn test_p84() {
    check(&Case {
        name: "p84",
        n: 2,
        f: |x| p84(x[0], x[1]),
        jvp: |x, v| p84_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p84_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p84_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p84_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p84_d(x[0], x[1]),
        hyper: |x| p84_d(x[0], x[1]),
    });
}

#[test]
fn test_p85() {
    check(&Case {
        name: "p85",
        n: 4,
        f: |x| p85(&x[..3], x[3]),
        jvp: |x, v| p85_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p85_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p85_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p85_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p85_d(&x[..3], x[3]),
        hyper: |x| p85_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p86() {
    check(&Case {
        name: "p86",
        n: 3,
        f: |x| p86(x[0], x[1], x[2]),
        jvp: |x, v| p86_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p86_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p86_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p86_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p86_d(x[0], x[1], x[2]),
        hyper: |x| p86_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p87() {
    check(&Case {
        name: "p87",
        n: 5,
        f: |x| p87(&x[..4], x[4]),
        jvp: |x, v| p87_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p87_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p87_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p87_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p87_d(&x[..4], x[4]),
        hyper: |x| p87_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p88() {
    check(&Case {
        name: "p88",
        n: 3,
        f: |x| p88(x[0], x[1], x[2]),
        jvp: |x, v| p88_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p88_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p88_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p88_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p88_d(x[0], x[1], x[2]),
        hyper: |x| p88_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p89() {
    check(&Case {
        name: "p89",
        n: 5,
        f: |x| p89(x),
        jvp: |x, v| p89_jvp(x, v),
        vjp: |x, s, bar| p89_vjp(x, bar, s),
        grad: |x, g| p89_grad(x, g),
        hvp: |x, v, hv| p89_hvp(x, v, hv),
        dual: |x| p89_d(x),
        hyper: |x| p89_d(x),
    });
}

#[test]
fn test_p90() {
    check(&Case {
        name: "p90",
        n: 3,
        f: |x| p90(x[0], x[1], x[2]),
        jvp: |x, v| p90_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p90_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p90_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p90_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p90_d(x[0], x[1], x[2]),
        hyper: |x| p90_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p91() {
    check(&Case {
        name: "p91",
        n: 2,
        f: |x| p91(x[0], x[1]),
        jvp: |x, v| p91_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p91_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p91_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p91_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p91_d(x[0], x[1]),
        hyper: |x| p91_d(x[0], x[1]),
    });
}

#[test]
fn test_p92() {
    check(&Case {
        name: "p92",
        n: 3,
        f: |x| p92(x[0], x[1], x[2]),
        jvp: |x, v| p92_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p92_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p92_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p92_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p92_d(x[0], x[1], x[2]),
        hyper: |x| p92_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p94() {
    check(&Case {
        name: "p94",
        n: 2,
        f: |x| p94(x[0], x[1]),
        jvp: |x, v| p94_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p94_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p94_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p94_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p94_d(x[0], x[1]),
        hyper: |x| p94_d(x[0], x[1]),
    });
}

#[test]
fn test_p95() {
    check(&Case {
        name: "p95",
        n: 3,
        f: |x| p95(x),
        jvp: |x, v| p95_jvp(x, v),
        vjp: |x, s, bar| p95_vjp(x, bar, s),
        grad: |x, g| p95_grad(x, g),
        hvp: |x, v, hv| p95_hvp(x, v, hv),
        dual: |x| p95_d(x),
        hyper: |x| p95_d(x),
    });
}

#[test]
fn test_p96() {
    check(&Case {
        name: "p96",
        n: 2,
        f: |x| p96(x[0], x[1]),
        jvp: |x, v| p96_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p96_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p96_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p96_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p96_d(x[0], x[1]),
        hyper: |x| p96_d(x[0], x[1]),
    });
}

#[test]
fn test_p97() {
    check(&Case {
        name: "p97",
        n: 3,
        f: |x| p97(x[0], x[1], x[2]),
        jvp: |x, v| p97_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p97_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p97_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p97_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p97_d(x[0], x[1], x[2]),
        hyper: |x| p97_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p98() {
    check(&Case {
        name: "p98",
        n: 6,
        f: |x| p98(&x[..5], x[5]),
        jvp: |x, v| p98_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p98_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p98_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p98_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p98_d(&x[..5], x[5]),
        hyper: |x| p98_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p99() {
    check(&Case {
        name: "p99",
        n: 3,
        f: |x| p99(x[0], x[1], x[2]),
        jvp: |x, v| p99_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p99_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p99_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p99_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p99_d(x[0], x[1], x[2]),
        hyper: |x| p99_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p102() {
    check(&Case {
        name: "p102",
        n: 5,
        f: |x| p102(x),
        jvp: |x, v| p102_jvp(x, v),
        vjp: |x, s, bar| p102_vjp(x, bar, s),
        grad: |x, g| p102_grad(x, g),
        hvp: |x, v, hv| p102_hvp(x, v, hv),
        dual: |x| p102_d(x),
        hyper: |x| p102_d(x),
    });
}

#[test]
fn test_p104() {
    check(&Case {
        name: "p104",
        n: 6,
        f: |x| p104(&x[..5], x[5]),
        jvp: |x, v| p104_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p104_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p104_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p104_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p104_d(&x[..5], x[5]),
        hyper: |x| p104_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p105() {
    check(&Case {
        name: "p105",
        n: 4,
        f: |x| p105(&x[..3], x[3]),
        jvp: |x, v| p105_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p105_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p105_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p105_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p105_d(&x[..3], x[3]),
        hyper: |x| p105_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p107() {
    check(&Case {
        name: "p107",
        n: 2,
        f: |x| p107(x[0], x[1]),
        jvp: |x, v| p107_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p107_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p107_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p107_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p107_d(x[0], x[1]),
        hyper: |x| p107_d(x[0], x[1]),
    });
}

#[test]
fn test_p108() {
    check(&Case {
        name: "p108",
        n: 2,
        f: |x| p108(x[0], x[1]),
        jvp: |x, v| p108_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p108_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p108_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p108_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p108_d(x[0], x[1]),
        hyper: |x| p108_d(x[0], x[1]),
    });
}

#[test]
fn test_p109() {
    check(&Case {
        name: "p109",
        n: 3,
        f: |x| p109(x[0], x[1], x[2]),
        jvp: |x, v| p109_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p109_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p109_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p109_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p109_d(x[0], x[1], x[2]),
        hyper: |x| p109_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p111() {
    check(&Case {
        name: "p111",
        n: 7,
        f: |x| p111(&x[..6], x[6]),
        jvp: |x, v| p111_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p111_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p111_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p111_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p111_d(&x[..6], x[6]),
        hyper: |x| p111_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p112() {
    check(&Case {
        name: "p112",
        n: 3,
        f: |x| p112(x[0], x[1], x[2]),
        jvp: |x, v| p112_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p112_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p112_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p112_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p112_d(x[0], x[1], x[2]),
        hyper: |x| p112_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p115() {
    check(&Case {
        name: "p115",
        n: 5,
        f: |x| p115(x),
        jvp: |x, v| p115_jvp(x, v),
        vjp: |x, s, bar| p115_vjp(x, bar, s),
        grad: |x, g| p115_grad(x, g),
        hvp: |x, v, hv| p115_hvp(x, v, hv),
        dual: |x| p115_d(x),
        hyper: |x| p115_d(x),
    });
}

#[test]
fn test_p116() {
    check(&Case {
        name: "p116",
        n: 3,
        f: |x| p116(x[0], x[1], x[2]),
        jvp: |x, v| p116_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p116_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p116_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p116_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p116_d(x[0], x[1], x[2]),
        hyper: |x| p116_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p117() {
    check(&Case {
        name: "p117",
        n: 2,
        f: |x| p117(x[0], x[1]),
        jvp: |x, v| p117_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p117_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p117_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p117_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p117_d(x[0], x[1]),
        hyper: |x| p117_d(x[0], x[1]),
    });
}

#[test]
fn test_p119() {
    check(&Case {
        name: "p119",
        n: 3,
        f: |x| p119(x[0], x[1], x[2]),
        jvp: |x, v| p119_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p119_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p119_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p119_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p119_d(x[0], x[1], x[2]),
        hyper: |x| p119_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p120() {
    check(&Case {
        name: "p120",
        n: 3,
        f: |x| p120(x[0], x[1], x[2]),
        jvp: |x, v| p120_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p120_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p120_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p120_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p120_d(x[0], x[1], x[2]),
        hyper: |x| p120_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p122() {
    check(&Case {
        name: "p122",
        n: 5,
        f: |x| p122(x),
        jvp: |x, v| p122_jvp(x, v),
        vjp: |x, s, bar| p122_vjp(x, bar, s),
        grad: |x, g| p122_grad(x, g),
        hvp: |x, v, hv| p122_hvp(x, v, hv),
        dual: |x| p122_d(x),
        hyper: |x| p122_d(x),
    });
}

#[test]
fn test_p125() {
    check(&Case {
        name: "p125",
        n: 2,
        f: |x| p125(x[0], x[1]),
        jvp: |x, v| p125_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p125_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p125_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p125_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p125_d(x[0], x[1]),
        hyper: |x| p125_d(x[0], x[1]),
    });
}

#[test]
fn test_p126() {
    check(&Case {
        name: "p126",
        n: 3,
        f: |x| p126(x[0], x[1], x[2]),
        jvp: |x, v| p126_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p126_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p126_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p126_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p126_d(x[0], x[1], x[2]),
        hyper: |x| p126_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p127() {
    check(&Case {
        name: "p127",
        n: 3,
        f: |x| p127(x[0], x[1], x[2]),
        jvp: |x, v| p127_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p127_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p127_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p127_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p127_d(x[0], x[1], x[2]),
        hyper: |x| p127_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p128() {
    check(&Case {
        name: "p128",
        n: 7,
        f: |x| p128(&x[..6], x[6]),
        jvp: |x, v| p128_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p128_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p128_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p128_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p128_d(&x[..6], x[6]),
        hyper: |x| p128_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p129() {
    check(&Case {
        name: "p129",
        n: 5,
        f: |x| p129(x),
        jvp: |x, v| p129_jvp(x, v),
        vjp: |x, s, bar| p129_vjp(x, bar, s),
        grad: |x, g| p129_grad(x, g),
        hvp: |x, v, hv| p129_hvp(x, v, hv),
        dual: |x| p129_d(x),
        hyper: |x| p129_d(x),
    });
}

#[test]
fn test_p130() {
    check(&Case {
        name: "p130",
        n: 2,
        f: |x| p130(x[0], x[1]),
        jvp: |x, v| p130_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p130_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p130_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p130_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p130_d(x[0], x[1]),
        hyper: |x| p130_d(x[0], x[1]),
    });
}

#[test]
fn test_p133() {
    check(&Case {
        name: "p133",
        n: 2,
        f: |x| p133(x[0], x[1]),
        jvp: |x, v| p133_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p133_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p133_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p133_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p133_d(x[0], x[1]),
        hyper: |x| p133_d(x[0], x[1]),
    });
}

#[test]
fn test_p134() {
    check(&Case {
        name: "p134",
        n: 4,
        f: |x| p134(x),
        jvp: |x, v| p134_jvp(x, v),
        vjp: |x, s, bar| p134_vjp(x, bar, s),
        grad: |x, g| p134_grad(x, g),
        hvp: |x, v, hv| p134_hvp(x, v, hv),
        dual: |x| p134_d(x),
        hyper: |x| p134_d(x),
    });
}

#[test]
fn test_p136() {
    check(&Case {
        name: "p136",
        n: 6,
        f: |x| p136(&x[..5], x[5]),
        jvp: |x, v| p136_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p136_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p136_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p136_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p136_d(&x[..5], x[5]),
        hyper: |x| p136_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p137() {
    check(&Case {
        name: "p137",
        n: 2,
        f: |x| p137(x[0], x[1]),
        jvp: |x, v| p137_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p137_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p137_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p137_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p137_d(x[0], x[1]),
        hyper: |x| p137_d(x[0], x[1]),
    });
}

#[test]
fn test_p138() {
    check(&Case {
        name: "p138",
        n: 3,
        f: |x| p138(x[0], x[1], x[2]),
        jvp: |x, v| p138_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p138_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p138_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p138_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p138_d(x[0], x[1], x[2]),
        hyper: |x| p138_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p139() {
    check(&Case {
        name: "p139",
        n: 3,
        f: |x| p139(x[0], x[1], x[2]),
        jvp: |x, v| p139_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p139_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p139_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p139_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p139_d(x[0], x[1], x[2]),
        hyper: |x| p139_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p141() {
    check(&Case {
        name: "p141",
        n: 2,
        f: |x| p141(x[0], x[1]),
        jvp: |x, v| p141_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p141_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p141_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p141_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p141_d(x[0], x[1]),
        hyper: |x| p141_d(x[0], x[1]),
    });
}

#[test]
fn test_p142() {
    check(&Case {
        name: "p142",
        n: 3,
        f: |x| p142(x),
        jvp: |x, v| p142_jvp(x, v),
        vjp: |x, s, bar| p142_vjp(x, bar, s),
        grad: |x, g| p142_grad(x, g),
        hvp: |x, v, hv| p142_hvp(x, v, hv),
        dual: |x| p142_d(x),
        hyper: |x| p142_d(x),
    });
}

#[test]
fn test_p143() {
    check(&Case {
        name: "p143",
        n: 3,
        f: |x| p143(x[0], x[1], x[2]),
        jvp: |x, v| p143_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p143_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p143_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p143_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p143_d(x[0], x[1], x[2]),
        hyper: |x| p143_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p144() {
    check(&Case {
        name: "p144",
        n: 3,
        f: |x| p144(x[0], x[1], x[2]),
        jvp: |x, v| p144_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p144_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p144_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p144_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p144_d(x[0], x[1], x[2]),
        hyper: |x| p144_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p145() {
    check(&Case {
        name: "p145",
        n: 6,
        f: |x| p145(&x[..5], x[5]),
        jvp: |x, v| p145_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p145_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p145_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p145_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p145_d(&x[..5], x[5]),
        hyper: |x| p145_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p147() {
    check(&Case {
        name: "p147",
        n: 2,
        f: |x| p147(x[0], x[1]),
        jvp: |x, v| p147_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p147_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p147_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p147_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p147_d(x[0], x[1]),
        hyper: |x| p147_d(x[0], x[1]),
    });
}

#[test]
fn test_p148() {
    check(&Case {
        name: "p148",
        n: 4,
        f: |x| p148(x),
        jvp: |x, v| p148_jvp(x, v),
        vjp: |x, s, bar| p148_vjp(x, bar, s),
        grad: |x, g| p148_grad(x, g),
        hvp: |x, v, hv| p148_hvp(x, v, hv),
        dual: |x| p148_d(x),
        hyper: |x| p148_d(x),
    });
}

#[test]
fn test_p149() {
    check(&Case {
        name: "p149",
        n: 2,
        f: |x| p149(x[0], x[1]),
        jvp: |x, v| p149_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p149_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p149_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p149_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p149_d(x[0], x[1]),
        hyper: |x| p149_d(x[0], x[1]),
    });
}
