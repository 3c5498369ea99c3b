//! Frozen corpus: 64 random programs (seed 1000) generated once and checked in, so that
//! these fixed programs are tested whatever the generator becomes. Checked like the
//! programs `build.rs` generates (see README.md and tests/harness/mod.rs).
//!
//! GENERATED, do not edit. Written by
//!     cargo run -p random-programs -- frozen 1000 64 > tests/random-programs/tests/frozen.rs
//! then `cargo fmt`; programs that fail because of a macro bug are left out of `cases()`
//! by hand, with the reason. Since `Case::hvp` became optional (programs calling a
//! generated derivative have no `_hvp`), the `hvp` entries are wrapped in `Some(..)`, and
//! `clippy::redundant_closure` is allowed for them.

mod harness;
use harness::*;

/// Seed 1000, programs 0 to 63.
#[allow(
    clippy::redundant_closure,
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_comparisons,
    unused_braces,
    unreachable_code,
    clippy::absurd_extreme_comparisons,
    clippy::approx_constant,
    clippy::collapsible_else_if,
    clippy::collapsible_if,
    clippy::double_parens,
    clippy::eq_op,
    clippy::identity_op,
    clippy::if_same_then_else,
    clippy::let_and_return,
    clippy::manual_range_contains,
    clippy::needless_range_loop,
    clippy::neg_multiply,
    clippy::erasing_op,
    clippy::precedence,
    clippy::unnecessary_cast,
    clippy::neg_cmp_op_on_partial_ord,
    clippy::nonminimal_bool,
    clippy::overly_complex_bool_expr,
    clippy::redundant_locals,
    clippy::unnecessary_min_or_max,
    clippy::explicit_counter_loop,
    clippy::manual_is_multiple_of,
    clippy::manual_unwrap_or,
    clippy::manual_unwrap_or_default,
    clippy::misrefactored_assign_op,
    clippy::mut_range_bound,
    clippy::single_match,
    clippy::match_single_binding,
    clippy::match_overlapping_arm,
    clippy::never_loop,
    clippy::needless_late_init,
    clippy::shadow_unrelated,
    clippy::too_many_lines,
    clippy::unused_unit,
    clippy::toplevel_ref_arg,
    clippy::almost_swapped,
    clippy::redundant_comparisons,
    clippy::self_assignment,
    clippy::no_effect,
    clippy::unnecessary_operation
)]
mod s1000_g0 {
    use super::*;

    // seed 1000, program 0
    #[differentiable]
    fn p0(x0: f64, x1: f64) -> f64 {
        let (u1, w2) = (
            ((1.5 + f64::tanh(-1.7)).ln()) / (1.5 + ((x0.floor() * x1).tanh())),
            (-x0).hypot(0.5_f64 + (2.0f64 * 2.0)),
        );
        let (u4, w5) = (Float::log2(1.0 + (1.597_f64 * 1.597)), {
            let t3 = w2;
            x1
        });
        let mut m6: f64 =
            1.571f64.cosh().ln().hypot(
                0.5 + (Float::mul_add(x1, f64::cos(u1), ALPHA) * x1.mul_add(u1.cos(), ALPHA)),
            ) + (((w2 * (-0.424)).signum()) * Float::cosh(f64::tanh(w2)).tanh());
        (((u1 + w2) + u4) + w5) + m6
    }

    fn p0_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let (u1, w2) = (
            (((kd::<D>(1.5)) + ((kd::<D>(-1.7)).tanh())).ln())
                / ((kd::<D>(1.5)) + (((kd::<D>(x0.re().floor())) * x1).tanh())),
            ((-x0) * (-x0)
                + ((kd::<D>(0.5)) + ((kd::<D>(2.0)) * (kd::<D>(2.0))))
                    * ((kd::<D>(0.5)) + ((kd::<D>(2.0)) * (kd::<D>(2.0)))))
            .sqrt(),
        );
        let (u4, w5) = (
            ((kd::<D>(1.0)) + ((kd::<D>(1.597)) * (kd::<D>(1.597)))).log2(),
            {
                let t3 = w2;
                x1
            },
        );
        let mut m6: D = (((((kd::<D>(1.571)).cosh()).ln()) * (((kd::<D>(1.571)).cosh()).ln())
            + ((kd::<D>(0.5))
                + ((x1 * u1.cos() + (kd::<D>(ALPHA))) * (x1 * u1.cos() + (kd::<D>(ALPHA)))))
                * ((kd::<D>(0.5))
                    + ((x1 * u1.cos() + (kd::<D>(ALPHA))) * (x1 * u1.cos() + (kd::<D>(ALPHA))))))
        .sqrt())
            + ((kd::<D>((w2 * (kd::<D>(-0.424))).re().signum())) * w2.tanh().cosh().tanh());
        (((u1 + w2) + u4) + w5) + m6
    }

    // seed 1000, program 1
    #[differentiable]
    fn p1<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
        let mut s1: T = T::one();
        for i2 in 1..4 {
            if i2 == 2 {
                break;
            }
            if i2 % 2 == 0 {
                s1 += Float::exp_m1(
                    ({
                        let t3 = x0;
                        c::<T>(core::f64::consts::PI)
                    })
                    .sin(),
                )
                .asinh()
                .atan();
            }
            s1 = s1.max(((Float::sin(s1) * x1) * (s1.sin() * x2)).sin());
        }
        if x2 - s1 < c::<T>(-0.73) {
            s1 = c::<T>(1.0);
        }
        s1 += ((((c::<T>(0.51)).cosh()).powf(s1.atan())).tanh()).mul_add(x1, T::max(x2, x0));
        let a5: T = {
            let t4 = T::asinh(x2);
            x0 / (((c::<T>(ALPHA)).atan()).cosh())
        };
        let mut s6 = c::<T>(0.5);
        for i7 in 1..=2 {
            let (u8, w9) = (s6.tanh(), x0);
            let a10 = if u8 - s1 > c::<T>(0.82) { s1 } else { continue };
            s6 = ((c::<T>(0.5)) * s6) + ((c::<T>(V[i7])).tanh());
        }
        let mut s11 = c::<T>(0.0);
        let mut i12 = 0;
        while i12 < 4 {
            if !(if s1 <= x2 { x1 } else { x0 } > c::<T>(0.73)) {
                s6 = c::<T>(0.5);
            }
            s6 -= s1.sin();
            if !((c::<T>(1.849)) - s11 >= (c::<T>(core::f64::consts::PI)) + s1) {
                s1 -= Float::tanh(x1.sinh());
            } else {
                s1 /= x1.exp2().sin().cosh();
            }
            s11 = (T::from(0.5).unwrap() * s11)
                + (((Float::signum(c::<T>(V[i12])) * (c::<T>(1.68))).tanh()).cos());
            s11 = s11.min(T::atan(-s1));
            i12 += 1
        }
        s11
    }

    fn p1_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let mut s1: D = kd::<D>(1.0);
        for i2 in 1..4 {
            if i2 == 2 {
                break;
            }
            if i2 % 2 == 0 {
                s1 += (((({
                    let t3 = x0;
                    kd::<D>(core::f64::consts::PI)
                })
                .sin())
                .exp_m1())
                .asinh())
                .atan();
            }
            s1 = dmax(s1, ((s1.sin() * x1) * (s1.sin() * x2)).sin());
        }
        if (x2 - s1).re() < (kd::<D>(-0.73)).re() {
            s1 = kd::<D>(1.0);
        }
        s1 += ((((s1.atan() * ((kd::<D>(0.51)).cosh()).ln()).exp()).tanh()) * x1 + dmax(x2, x0));
        let a5: D = {
            let t4 = x2.asinh();
            x0 / (((kd::<D>(ALPHA)).atan()).cosh())
        };
        let mut s6 = kd::<D>(0.5);
        for i7 in 1..=2 {
            let (u8, w9) = (s6.tanh(), x0);
            let a10 = if (u8 - s1).re() > (kd::<D>(0.82)).re() {
                s1
            } else {
                continue;
            };
            s6 = ((kd::<D>(0.5)) * s6) + ((kd::<D>(V[i7])).tanh());
        }
        let mut s11 = kd::<D>(0.0);
        let mut i12 = 0;
        while i12 < 4 {
            if !((if s1.re() <= x2.re() { x1 } else { x0 }).re() > (kd::<D>(0.73)).re()) {
                s6 = kd::<D>(0.5);
            }
            s6 -= s1.sin();
            if !(((kd::<D>(1.849)) - s11).re() >= ((kd::<D>(core::f64::consts::PI)) + s1).re()) {
                s1 -= x1.sinh().tanh();
            } else {
                s1 /= x1.exp2().sin().cosh();
            }
            s11 = ((kd::<D>(0.5)) * s11)
                + ((((kd::<D>((kd::<D>(V[i12])).re().signum())) * (kd::<D>(1.68))).tanh()).cos());
            s11 = dmin(s11, (-s1).atan());
            i12 += 1
        }
        s11
    }

    // seed 1000, program 2
    #[differentiable]
    fn p2<T: Float + NumAssign>(x: &[T]) -> T {
        let a1 = c::<T>(BETA);
        let mut s2: T = c::<T>(0.5);
        for i3 in 1..x.len() {
            let j4 = 2;
            let k5 = match j4 {
                1 => continue,
                _ => 2 * i3,
            };
            let k = 3;
            let k = k * 2;
            let a6 =
                ((if k5 < 3 { s2 } else { c::<T>(k as f64) }).sin()) * (c::<T>(weight(Cfg { k })));
            s2 -= ((T::from(1.1).unwrap()
                + ((T::one() + ((c::<T>(V[j4])) * (c::<T>(V[j4]))))
                    * ((c::<T>(1.0)) + ((c::<T>(V[j4])) * (c::<T>(V[j4]))))))
            .acosh())
            .cos();
            s2 = (((c::<T>(0.7)) * s2) + a6.sin()).sin();
        }
        let mut s7: T = c::<T>(1.0);
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let a9 = c::<T>(W[i8]);
            let a10 = (-x[5]).clamp(c::<T>(-0.07), c::<T>(0.23));
            s7 = (T::from(0.5).unwrap() * s7) + x[0].atan();
        }
        s2 -= a1.sin();
        ((a1 + s2) + s7) + x[5]
    }

    fn p2_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let a1 = kd::<D>(BETA);
        let mut s2: D = kd::<D>(0.5);
        for i3 in 1..x.len() {
            let j4 = 2;
            let k5 = match j4 {
                1 => continue,
                _ => 2 * i3,
            };
            let k = 3;
            let k = k * 2;
            let a6 = ((if k5 < 3 { s2 } else { kd::<D>(k as f64) }).sin())
                * (kd::<D>(weight(Cfg { k })));
            s2 -= (((kd::<D>(1.1))
                + (((kd::<D>(1.0)) + ((kd::<D>(V[j4])) * (kd::<D>(V[j4]))))
                    * ((kd::<D>(1.0)) + ((kd::<D>(V[j4])) * (kd::<D>(V[j4]))))))
            .acosh())
            .cos();
            s2 = (((kd::<D>(0.7)) * s2) + a6.sin()).sin();
        }
        let mut s7: D = kd::<D>(1.0);
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let a9 = kd::<D>(W[i8]);
            let a10 = dclamp(-x[5], kd::<D>(-0.07), kd::<D>(0.23));
            s7 = ((kd::<D>(0.5)) * s7) + x[0].atan();
        }
        s2 -= a1.sin();
        ((a1 + s2) + s7) + x[5]
    }

    // seed 1000, program 3
    #[differentiable]
    fn p3(x: &[f64]) -> f64 {
        let j1 = 1;
        let mut n2: usize = 0;
        match j1 {
            0 => {}
            1 => n2 += 1,
            2 => n2 += 2,
            _ => n2 += 1,
        }
        let a3 = BETA;
        if (2.0 + 1.6.sin()).sqrt() >= -0.47 {
            return Float::log2(a3.hypot(1.0)) / (2.0 + ((x[0] / (2.0 + a3.sin())).sin()));
        }
        if n2 != 17 {
            n2 += 1
        } else {
            n2 += 2
        }
        let mut s4: f64 = 1.0_f64;
        for i5 in 2..5 {
            let a6 = if x[2].hypot(0.5 + (a3 * a3)) >= -0.56 {
                (a3 + (i5 as f64))
                    / (1.0
                        + (((0.5_f64 + (V[j1].hypot(1.0f64) * V[j1].hypot(1.0))).ln_1p())
                            * f64::ln_1p(0.5f64 + (V[j1].hypot(1.0) * V[j1].hypot(1.0)))))
            } else {
                (0.9 * Float::sin(1.7.cosh().atan())).atanh()
            };
            s4 = (W[i5] * a6).atan();
            s4 *= 1.0 + (0.3 * s4.sin());
            s4 += x[1].hypot(1.0_f64).powi(0).atan();
        }
        let mut s7 = 0.5;
        for i8 in (j1 + 1)..4 {
            let a9 = if -0.7f64 >= a3 + a3 {
                (1.1 + ((2.0f64
                    + ((std::f64::consts::E.tanh()
                        / ((if s7 < x[0] { x[1] } else { a3 }).hypot(1.0)))
                    .sin()))
                    * (2.0
                        + ((f64::tanh(std::f64::consts::E)
                            / ((if s7 < x[0] { x[1] } else { a3 }).hypot(1.0)))
                        .sin()))))
                .acosh()
            } else {
                a3
            };
            if -V[j1] > f64::cos(s7) {
                break;
            }
            let a10 = ((-0.66_f64) * 0.35) + ((i8 as f64).sin());
            s7 = a10 * x[1];
        }
        let a11 = (s7 / (2.0 + Float::sin(0.9))).min((-0.5) * s4.atan());
        s7 + a11
    }

    fn p3_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let j1 = 1;
        let mut n2: usize = 0;
        match j1 {
            0 => {}
            1 => n2 += 1,
            2 => n2 += 2,
            _ => n2 += 1,
        }
        let a3 = kd::<D>(BETA);
        if (((kd::<D>(2.0)) + ((kd::<D>(1.6)).sin())).sqrt()).re() >= (kd::<D>(-0.47)).re() {
            return (((a3 * a3 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).log2())
                / ((kd::<D>(2.0)) + ((x[0] / ((kd::<D>(2.0)) + a3.sin())).sin()));
        }
        if n2 != 17 {
            n2 += 1
        } else {
            n2 += 2
        }
        let mut s4: D = kd::<D>(1.0);
        for i5 in 2..5 {
            let a6 = if ((x[2] * x[2]
                + ((kd::<D>(0.5)) + (a3 * a3)) * ((kd::<D>(0.5)) + (a3 * a3)))
                .sqrt())
            .re()
                >= (kd::<D>(-0.56)).re()
            {
                (a3 + (kd::<D>(i5 as f64)))
                    / ((kd::<D>(1.0))
                        + ((((kd::<D>(0.5))
                            + ((((kd::<D>(V[j1])) * (kd::<D>(V[j1]))
                                + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                            .sqrt())
                                * (((kd::<D>(V[j1])) * (kd::<D>(V[j1]))
                                    + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                                .sqrt())))
                        .ln_1p())
                            * (((kd::<D>(0.5))
                                + ((((kd::<D>(V[j1])) * (kd::<D>(V[j1]))
                                    + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                                .sqrt())
                                    * (((kd::<D>(V[j1])) * (kd::<D>(V[j1]))
                                        + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                                    .sqrt())))
                            .ln_1p())))
            } else {
                ((kd::<D>(0.9)) * ((((kd::<D>(1.7)).cosh()).atan()).sin())).atanh()
            };
            s4 = ((kd::<D>(W[i5])) * a6).atan();
            s4 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * s4.sin());
            s4 += (((x[1] * x[1] + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).powi(0)).atan();
        }
        let mut s7 = kd::<D>(0.5);
        for i8 in (j1 + 1)..4 {
            let a9 = if (kd::<D>(-0.7)).re() >= (a3 + a3).re() {
                ((kd::<D>(1.1))
                    + (((kd::<D>(2.0))
                        + ((((kd::<D>(std::f64::consts::E)).tanh())
                            / (((if s7.re() < x[0].re() { x[1] } else { a3 })
                                * (if s7.re() < x[0].re() { x[1] } else { a3 })
                                + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                            .sqrt()))
                        .sin()))
                        * ((kd::<D>(2.0))
                            + ((((kd::<D>(std::f64::consts::E)).tanh())
                                / (((if s7.re() < x[0].re() { x[1] } else { a3 })
                                    * (if s7.re() < x[0].re() { x[1] } else { a3 })
                                    + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                                .sqrt()))
                            .sin()))))
                .acosh()
            } else {
                a3
            };
            if (-(kd::<D>(V[j1]))).re() > s7.cos().re() {
                break;
            }
            let a10 = ((kd::<D>(-0.66)) * (kd::<D>(0.35))) + ((kd::<D>(i8 as f64)).sin());
            s7 = a10 * x[1];
        }
        let a11 = dmin(
            s7 / ((kd::<D>(2.0)) + ((kd::<D>(0.9)).sin())),
            (kd::<D>(-0.5)) * s4.atan(),
        );
        s7 + a11
    }

    // seed 1000, program 4
    #[differentiable]
    fn p4<T: Float + NumAssign>(x: &[T]) -> T {
        let a1: T = ((c::<T>(BETA)).signum()) * x[1];
        let a2 = if ((c::<T>(-1.13)).exp()).recip() >= a1 + T::from(1.25).unwrap() {
            Float::recip((c::<T>(2.0)) + T::sin(a1))
        } else {
            a1.sin().sinh()
        };
        let q3: f64 = (0..3).map(|a1| W[7 - a1]).sum();
        let a4 = (c::<T>(q3)) * ((T::from(2.0).unwrap() + T::sin(x[1])).cbrt());
        if x[1] >= c::<T>(-0.97) {
            return -Float::acos((c::<T>(0.9)) * T::atan(a4).sin());
        }
        let j5 = (q3 * 3.0) as usize;
        let mut n6 = 1;
        match j5 {
            3 | 25 => {}
            _ => n6 += 2,
        }
        let mut s7: T = c::<T>(0.0);
        for i8 in 0..x.len() - 1 {
            let a9 = match j5 {
                10 => T::min(T::from(-2.0).unwrap(), c::<T>(W[i8])),
                17 => s7.cos().mul_add(x[i8 + 1], x[i8 + 1]),
                _ => ((c::<T>(2.0)) + T::sin(c::<T>(BETA))).recip(),
            };
            let mut m10: T =
                ((c::<T>(1.0)) + (s7.cos() * Float::cos(s7))).powf((c::<T>(j5 as f64)).atan());
            s7 = (a4 * (-a2.cos().mul_add((c::<T>(ALPHA)).atan(), x[i8]))).tanh();
            if a2 <= T::from(0.54).unwrap() {
                continue;
            }
        }
        s7 * a1
    }

    fn p4_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let a1: D = (kd::<D>((kd::<D>(BETA)).re().signum())) * x[1];
        let a2 = if (((kd::<D>(-1.13)).exp()).recip()).re() >= (a1 + (kd::<D>(1.25))).re() {
            ((kd::<D>(2.0)) + a1.sin()).recip()
        } else {
            a1.sin().sinh()
        };
        let q3: f64 = (0..3).map(|a1| W[7 - a1]).sum();
        let a4 = (kd::<D>(q3)) * (((kd::<D>(2.0)) + x[1].sin()).cbrt());
        if x[1].re() >= (kd::<D>(-0.97)).re() {
            return -(((kd::<D>(0.9)) * a4.atan().sin()).acos());
        }
        let j5 = (q3 * 3.0) as usize;
        let mut n6 = 1;
        match j5 {
            3 | 25 => {}
            _ => n6 += 2,
        }
        let mut s7: D = kd::<D>(0.0);
        for i8 in 0..x.len() - 1 {
            let a9 = match j5 {
                10 => dmin(kd::<D>(-2.0), kd::<D>(W[i8])),
                17 => (s7.cos() * x[i8 + 1] + x[i8 + 1]),
                _ => ((kd::<D>(2.0)) + ((kd::<D>(BETA)).sin())).recip(),
            };
            let mut m10: D = (((kd::<D>(j5 as f64)).atan())
                * ((kd::<D>(1.0)) + (s7.cos() * s7.cos())).ln())
            .exp();
            s7 = (a4 * (-(a2.cos() * ((kd::<D>(ALPHA)).atan()) + x[i8]))).tanh();
            if a2.re() <= (kd::<D>(0.54)).re() {
                continue;
            }
        }
        s7 * a1
    }

    // seed 1000, program 5
    #[differentiable]
    fn p5(x0: f64, x1: f64) -> f64 {
        let mut m1 = (2.0 + x0.sin()).log10();
        m1 += m1;
        let mut i2 = 0;
        while i2 < 2 {
            i2 += 1;
            let a3 = if x0 / (1.0 + (ALPHA * ALPHA))
                > (0.5
                    + ((1.0_f64 + (m1.atan() * m1.atan())) * (1.0_f64 + (m1.atan() * m1.atan()))))
                .ln_1p()
            {
                f64::mul_add(
                    f64::sin((m1 - x0) - p0(x1, m1.tanh())),
                    (f64::sin(x0) / f64::atan((2.0 + m1.sin()).sqrt()).exp()).tanh(),
                    Float::cos(Float::sinh(x0)).exp().cbrt(),
                )
            } else {
                (i2 as f64)
            };
            m1 = (0.5 * m1)
                + Float::log(
                    2.0 + x1.sin(),
                    (0.5 + (0.4_f64 * f64::sin(core::f64::consts::PI).sin())).exp(),
                )
                .atan();
            m1 = (0.5 * m1) + f64::hypot(m1, 0.5 + (1.634 * 1.634)).tanh();
        }
        if 1.2f64 / (1.0 + (m1.tanh() * m1.tanh())) >= 0.44 {
            return (x1 * x0) + 1.214.cosh();
        }
        let mut i4 = 0;
        while i4 < 1 {
            let a5 = Float::sin(p0((m1.ceil() * x1).atan(), (i4 as f64)))
                * Float::sin(if i4 > 1 { m1 } else { x1 * x0 });
            m1 = x0.asinh();
            m1 /= a5.hypot(1.0f64);
            i4 += 1
        }
        let j6 = 1;
        let a7: f64 = match j6 {
            1 => m1.hypot(0.5 + ((m1 - x1) * (m1 - x1))),
            _ => m1 - m1,
        };
        Float::tanh(0.001 * (((x0 - x1) * m1) - a7))
    }

    fn p5_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let mut m1 = ((kd::<D>(2.0)) + x0.sin()).log10();
        m1 += m1;
        let mut i2 = 0;
        while i2 < 2 {
            i2 += 1;
            let a3 = if (x0 / ((kd::<D>(1.0)) + ((kd::<D>(ALPHA)) * (kd::<D>(ALPHA))))).re()
                > (((kd::<D>(0.5))
                    + (((kd::<D>(1.0)) + (m1.atan() * m1.atan()))
                        * ((kd::<D>(1.0)) + (m1.atan() * m1.atan()))))
                .ln_1p())
                .re()
            {
                ((((m1 - x0) - p0_d(x1, m1.tanh())).sin())
                    * ((x0.sin() / (((((kd::<D>(2.0)) + m1.sin()).sqrt()).atan()).exp())).tanh())
                    + x0.sinh().cos().exp().cbrt())
            } else {
                kd::<D>(i2 as f64)
            };
            m1 = ((kd::<D>(0.5)) * m1)
                + ((((kd::<D>(2.0)) + x1.sin()).ln()
                    / (((kd::<D>(0.5))
                        + ((kd::<D>(0.4)) * (((kd::<D>(core::f64::consts::PI)).sin()).sin())))
                    .exp())
                    .ln())
                .atan());
            m1 = ((kd::<D>(0.5)) * m1)
                + (((m1 * m1
                    + ((kd::<D>(0.5)) + ((kd::<D>(1.634)) * (kd::<D>(1.634))))
                        * ((kd::<D>(0.5)) + ((kd::<D>(1.634)) * (kd::<D>(1.634)))))
                .sqrt())
                .tanh());
        }
        if ((kd::<D>(1.2)) / ((kd::<D>(1.0)) + (m1.tanh() * m1.tanh()))).re()
            >= (kd::<D>(0.44)).re()
        {
            return (x1 * x0) + ((kd::<D>(1.214)).cosh());
        }
        let mut i4 = 0;
        while i4 < 1 {
            let a5 = p0_d(((kd::<D>(m1.re().ceil())) * x1).atan(), kd::<D>(i4 as f64)).sin()
                * ((if i4 > 1 { m1 } else { x1 * x0 }).sin());
            m1 = x0.asinh();
            m1 /= (a5 * a5 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt();
            i4 += 1
        }
        let j6 = 1;
        let a7: D = match j6 {
            1 => (m1 * m1
                + ((kd::<D>(0.5)) + ((m1 - x1) * (m1 - x1)))
                    * ((kd::<D>(0.5)) + ((m1 - x1) * (m1 - x1))))
                .sqrt(),
            _ => m1 - m1,
        };
        ((kd::<D>(0.001)) * (((x0 - x1) * m1) - a7)).tanh()
    }

    // seed 1000, program 6
    #[differentiable]
    fn p6(x: &[f64]) -> f64 {
        let a1 = (((-1.4).cos()) / x[1].exp()) - core::f64::consts::PI;
        let mut s2 = 0.5f64;
        let mut n4 = 2;
        for i3 in (1..n4).rev() {
            let a5 = if x[3] * a1 < s2 - a1 {
                break;
            } else {
                x[1] * 0.47
            };
            n4 += 1;
            if i3 == 0 {
                continue;
            }
            s2 = (0.5_f64 * s2) + x[0].powi(3).sin();
        }
        let o6: Option<f64> = if n4 % 2 == 0 { Some(W[n4 % 8]) } else { None };
        let q7: f64 = match o6 {
            Some(a1) => a1,
            None => 0.5,
        };
        let a8: f64 = a1;
        for i9 in 1..x.len() {
            let mut s10 = 0.0;
            for i11 in 0..x.len() - 1 {
                let a12 = (-a8) - Float::tan(x[i11].sin());
                match i9 {
                    2 => {
                        s10 *= 1.0 + (0.3 * f64::cos(q7.exp()));
                        s2 = (0.5 * s2) + f64::atan(a8.cos().exp_m1());
                    }
                    _ => {
                        s2 = s2.max(Float::cos(
                            (2.0 + (((0.9 * Float::sin(q7)).asin()).sin()))
                                .log((0.5 + (0.4 * f64::sin((x[i11] + (i9 as f64)).sin()))).exp()),
                        ));
                    }
                }
                s2 -= Float::sin(a1.clamp(-0.39, 0.89f64));
                s2 -= f64::cos((0.5 + (f64::exp(q7) * Float::exp(q7))).ln_1p());
            }
            let a13: f64 = match i9 + 1 {
                2 => f64::powf(2.0 + x[i9].sin(), q7),
                5 => f64::hypot(x[i9 - 1], 0.5 + (q7 * q7)) / (1.0 + (Float::tanh(a1) * a1.tanh())),
                _ => x[i9 - 1],
            };
            if i9 == 3 {
                s10 = 0.5_f64;
            }
            if n4 >= 21 {
                break;
            }
            s10 -= f64::atan((W[i9].ceil() * V[i9]).hypot(
                0.5 + (({
                    let t14 = x[i9 - 1];
                    s10
                }) * ({
                    let t14 = x[i9 - 1];
                    s10
                })),
            ));
            s2 -= f64::atan(f64::acosh(
                1.1 + (a8.tanh().mul_add(f64::sin(s2), x[i9 - 1]).tanh().exp()
                    * f64::tanh(Float::tanh(a8).mul_add(s2.sin(), x[i9 - 1])).exp()),
            ));
        }
        Float::tanh(0.001 * (((a1 + s2) + a8) + x[0]))
    }

    fn p6_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let a1 = (((kd::<D>(-1.4)).cos()) / x[1].exp()) - (kd::<D>(core::f64::consts::PI));
        let mut s2 = kd::<D>(0.5);
        let mut n4 = 2;
        for i3 in (1..n4).rev() {
            let a5 = if (x[3] * a1).re() < (s2 - a1).re() {
                break;
            } else {
                x[1] * (kd::<D>(0.47))
            };
            n4 += 1;
            if i3 == 0 {
                continue;
            }
            s2 = ((kd::<D>(0.5)) * s2) + x[0].powi(3).sin();
        }
        let o6: Option<f64> = if n4 % 2 == 0 { Some(W[n4 % 8]) } else { None };
        let q7: f64 = match o6 {
            Some(a1) => a1,
            None => 0.5,
        };
        let a8: D = a1;
        for i9 in 1..x.len() {
            let mut s10 = kd::<D>(0.0);
            for i11 in 0..x.len() - 1 {
                let a12 = (-a8) - x[i11].sin().tan();
                match i9 {
                    2 => {
                        s10 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * (((kd::<D>(q7)).exp()).cos()));
                        s2 = ((kd::<D>(0.5)) * s2) + a8.cos().exp_m1().atan();
                    }
                    _ => {
                        s2 = dmax(
                            s2,
                            (((kd::<D>(2.0))
                                + ((((kd::<D>(0.9)) * ((kd::<D>(q7)).sin())).asin()).sin()))
                            .ln()
                                / (((kd::<D>(0.5))
                                    + ((kd::<D>(0.4))
                                        * (((x[i11] + (kd::<D>(i9 as f64))).sin()).sin())))
                                .exp())
                                .ln())
                            .cos(),
                        );
                    }
                }
                s2 -= dclamp(a1, kd::<D>(-0.39), kd::<D>(0.89)).sin();
                s2 -= (((kd::<D>(0.5)) + (((kd::<D>(q7)).exp()) * ((kd::<D>(q7)).exp()))).ln_1p())
                    .cos();
            }
            let a13: D = match i9 + 1 {
                2 => ((kd::<D>(q7)) * ((kd::<D>(2.0)) + x[i9].sin()).ln()).exp(),
                5 => {
                    ((x[i9 - 1] * x[i9 - 1]
                        + ((kd::<D>(0.5)) + ((kd::<D>(q7)) * (kd::<D>(q7))))
                            * ((kd::<D>(0.5)) + ((kd::<D>(q7)) * (kd::<D>(q7)))))
                    .sqrt())
                        / ((kd::<D>(1.0)) + (a1.tanh() * a1.tanh()))
                }
                _ => x[i9 - 1],
            };
            if i9 == 3 {
                s10 = kd::<D>(0.5);
            }
            if n4 >= 21 {
                break;
            }
            s10 -= ((((kd::<D>((kd::<D>(W[i9])).re().ceil())) * (kd::<D>(V[i9])))
                * ((kd::<D>((kd::<D>(W[i9])).re().ceil())) * (kd::<D>(V[i9])))
                + ((kd::<D>(0.5))
                    + (({
                        let t14 = x[i9 - 1];
                        s10
                    }) * ({
                        let t14 = x[i9 - 1];
                        s10
                    })))
                    * ((kd::<D>(0.5))
                        + (({
                            let t14 = x[i9 - 1];
                            s10
                        }) * ({
                            let t14 = x[i9 - 1];
                            s10
                        }))))
            .sqrt())
            .atan();
            s2 -= (((kd::<D>(1.1))
                + ((((a8.tanh() * s2.sin() + x[i9 - 1]).tanh()).exp())
                    * (((a8.tanh() * s2.sin() + x[i9 - 1]).tanh()).exp())))
            .acosh())
            .atan();
        }
        ((kd::<D>(0.001)) * (((a1 + s2) + a8) + x[0])).tanh()
    }

    // seed 1000, program 7
    #[differentiable]
    fn p7(x0: f64, x1: f64, x2: f64, nk: usize, rng: &mut Lcg) -> f64 {
        let mut m1 = (2.0_f64 + f64::powf(x2.hypot(1.0), x0).sin()).powi(-2);
        let a3 = {
            let t2 = (1.0 + ((m1 - x2) * (m1 - x2))).powf(f64::cos(p0(x0, -0.591)));
            (0.9 * f64::tanh((1.0 + (m1 * m1)).sqrt())).acos()
        };
        if x2 - x2 <= -0.28 {
            let u4 = rng.uniform();
            m1 -= u4 * f64::atan(-a3).exp().ln().cos();
        } else {
            let u5 = rng.uniform();
            m1 -= u5 * x1;
        }
        let mut s6 = 0.5_f64;
        let mut i7 = 0;
        while i7 < 3 {
            s6 *= 1.0f64 + (0.3_f64 * Float::sin(s6));
            m1 = (0.5 * m1)
                + p0(
                    f64::mul_add(Float::sin(m1), Float::cos(m1), a3).tanh(),
                    Float::cos(V[i7]),
                )
                .atan();
            s6 *= 1.0f64 + (0.3 * f64::cos(1.5 + ((a3 + s6).tanh())));
            i7 += 1
        }
        let a8 = -0.34f64;
        (((x2 + m1) * a3) + s6) + a8
    }

    fn p7_d<D: DualNum<Primitive = f64> + Copy>(
        x0: D,
        x1: D,
        x2: D,
        nk: usize,
        rng: &mut Lcg,
    ) -> D {
        let mut m1 = ((kd::<D>(2.0))
            + (((x0 * ((x2 * x2 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).ln()).exp()).sin()))
        .powi(-2);
        let a3 = {
            let t2 = (p0_d(x0, kd::<D>(-0.591)).cos()
                * ((kd::<D>(1.0)) + ((m1 - x2) * (m1 - x2))).ln())
            .exp();
            ((kd::<D>(0.9)) * ((((kd::<D>(1.0)) + (m1 * m1)).sqrt()).tanh())).acos()
        };
        if (x2 - x2).re() <= (kd::<D>(-0.28)).re() {
            let u4 = rng.uniform();
            m1 -= (kd::<D>(u4)) * (((((-a3).atan()).exp()).ln()).cos());
        } else {
            let u5 = rng.uniform();
            m1 -= (kd::<D>(u5)) * x1;
        }
        let mut s6 = kd::<D>(0.5);
        let mut i7 = 0;
        while i7 < 3 {
            s6 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * s6.sin());
            m1 = ((kd::<D>(0.5)) * m1)
                + p0_d((m1.sin() * m1.cos() + a3).tanh(), (kd::<D>(V[i7])).cos()).atan();
            s6 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * (((kd::<D>(1.5)) + ((a3 + s6).tanh())).cos()));
            i7 += 1
        }
        let a8 = kd::<D>(-0.34);
        (((x2 + m1) * a3) + s6) + a8
    }

    // seed 1000, program 8
    #[differentiable]
    fn p8<T: Float + NumAssign>(x0: T, x1: T) -> T {
        let a1 = if (c::<T>(ALPHA)) / ((c::<T>(2.0)) + x0.sin()) <= c::<T>(-0.36) {
            (((c::<T>(2.0)) + ((c::<T>(-1.547)).sin())).ln()) + (x1 * x0)
        } else {
            T::sinh(x0.mul_add(x0, c::<T>(1.13)).tanh())
        };
        let j2 = 1;
        let a3 = match j2 {
            0 => c::<T>(0.6),
            2 => a1 / ((c::<T>(1.0)) + (a1.sin() * a1.sin())),
            3 => x1.sinh() / ((c::<T>(1.0)) + ((-x0) * (-x0))),
            _ => x0.tanh(),
        };
        let (u4, w5) = (
            x1.exp() - a3,
            ((a3.trunc() * ((c::<T>(core::f64::consts::PI)).atan())).cos()).exp_m1(),
        );
        let mut s6 = c::<T>(0.5);
        for i7 in 1..5 {
            match i7 {
                0 => continue,
                4 => break,
                5 => {}
                _ => {
                    s6 -= T::sin((((c::<T>(0.9)) * x0.sin()).atanh()) * (w5 + (c::<T>(i7 as f64))));
                    s6 += u4.atan();
                }
            }
            if j2 == 1 {
                s6 = c::<T>(0.0);
            }
            if i7 > 1 {
                break;
            }
            s6 += T::tanh(c::<T>(BETA));
            s6 += (((c::<T>(2.0)) + T::sin(a3 * x1)).recip()).tanh();
        }
        (((a1 + a3) + u4) * w5) + s6
    }

    fn p8_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let a1 = if ((kd::<D>(ALPHA)) / ((kd::<D>(2.0)) + x0.sin())).re() <= (kd::<D>(-0.36)).re() {
            (((kd::<D>(2.0)) + ((kd::<D>(-1.547)).sin())).ln()) + (x1 * x0)
        } else {
            ((x0 * x0 + (kd::<D>(1.13))).tanh()).sinh()
        };
        let j2 = 1;
        let a3 = match j2 {
            0 => kd::<D>(0.6),
            2 => a1 / ((kd::<D>(1.0)) + (a1.sin() * a1.sin())),
            3 => x1.sinh() / ((kd::<D>(1.0)) + ((-x0) * (-x0))),
            _ => x0.tanh(),
        };
        let (u4, w5) = (
            x1.exp() - a3,
            (((kd::<D>(a3.re().trunc())) * ((kd::<D>(core::f64::consts::PI)).atan())).cos())
                .exp_m1(),
        );
        let mut s6 = kd::<D>(0.5);
        for i7 in 1..5 {
            match i7 {
                0 => continue,
                4 => break,
                5 => {}
                _ => {
                    s6 -=
                        ((((kd::<D>(0.9)) * x0.sin()).atanh()) * (w5 + (kd::<D>(i7 as f64)))).sin();
                    s6 += u4.atan();
                }
            }
            if j2 == 1 {
                s6 = kd::<D>(0.0);
            }
            if i7 > 1 {
                break;
            }
            s6 += (kd::<D>(BETA)).tanh();
            s6 += (((kd::<D>(2.0)) + ((a3 * x1).sin())).recip()).tanh();
        }
        (((a1 + a3) + u4) * w5) + s6
    }

    // seed 1000, program 9
    #[differentiable]
    fn p9(x0: f64, x1: f64) -> f64 {
        let (u1, w2) = (
            x1.hypot(0.5 + (0.92 * 0.92)),
            (1.5 + ((-1.306).tanh())).sqrt(),
        );
        let mut m3 = u1.cos().exp().log2();
        let a5 = if m3 - x0 < -0.62 {
            (1.0 + (x0 * x0)).powi(0)
        } else {
            (x0 * ({
                let t4 = w2;
                x1
            }))
            .mul_add(
                Float::sin(f64::log10(1.0 + (f64::atan(m3) * m3.atan())) + w2.tanh().cosh()),
                f64::sinh(1.83),
            )
        };
        (((x1 + u1) + w2) + m3) - a5
    }

    fn p9_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let (u1, w2) = (
            (x1 * x1
                + ((kd::<D>(0.5)) + ((kd::<D>(0.92)) * (kd::<D>(0.92))))
                    * ((kd::<D>(0.5)) + ((kd::<D>(0.92)) * (kd::<D>(0.92)))))
            .sqrt(),
            ((kd::<D>(1.5)) + ((kd::<D>(-1.306)).tanh())).sqrt(),
        );
        let mut m3 = u1.cos().exp().log2();
        let a5 = if (m3 - x0).re() < (kd::<D>(-0.62)).re() {
            ((kd::<D>(1.0)) + (x0 * x0)).powi(0)
        } else {
            ((x0 * ({
                let t4 = w2;
                x1
            })) * (((((kd::<D>(1.0)) + (m3.atan() * m3.atan())).log10()) + w2.tanh().cosh())
                .sin())
                + ((kd::<D>(1.83)).sinh()))
        };
        (((x1 + u1) + w2) + m3) - a5
    }

    // seed 1000, program 10
    #[differentiable]
    fn p10(x0: f64, x1: f64) -> f64 {
        let a1: f64 = x0;
        let a4 = if x0 >= f64::recip(2.0 + ((-1.339).sin())) {
            if !(a1 > Float::clamp(x0, -0.6f64, 0.91_f64)) {
                {
                    let t2 = a1.sin();
                    t2 + (-0.09)
                }
            } else {
                ({
                    let t3 = 0.329_f64;
                    x1
                }) * x0
            }
        } else {
            x0
        };
        let a5 = a4 - std::f64::consts::E.min(a4);
        let j6 = 1;
        let o7: Option<f64> = if j6 > 1 { None } else { Some(V[j6 % 8]) };
        let q8: f64 = match o7 {
            Some(x1) => x1,
            None => 1.0,
        };
        let a9 = q8
            * (((1.0 + (a5.tanh() * a5.tanh())).log((0.5 + (0.4 * f64::sin(a5.tanh()))).exp()))
                .atan());
        (((x1 + a1) - a4) - a5) + a9
    }

    fn p10_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let a1: D = x0;
        let a4 = if x0.re() >= (((kd::<D>(2.0)) + ((kd::<D>(-1.339)).sin())).recip()).re() {
            if !(a1.re() > dclamp(x0, kd::<D>(-0.6), kd::<D>(0.91)).re()) {
                {
                    let t2 = a1.sin();
                    t2 + (kd::<D>(-0.09))
                }
            } else {
                ({
                    let t3 = kd::<D>(0.329);
                    x1
                }) * x0
            }
        } else {
            x0
        };
        let a5 = a4 - dmin(kd::<D>(std::f64::consts::E), a4);
        let j6 = 1;
        let o7: Option<f64> = if j6 > 1 { None } else { Some(V[j6 % 8]) };
        let q8: f64 = match o7 {
            Some(x1) => x1,
            None => 1.0,
        };
        let a9 = (kd::<D>(q8))
            * ((((kd::<D>(1.0)) + (a5.tanh() * a5.tanh())).ln()
                / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * a5.tanh().sin())).exp()).ln())
            .atan());
        (((x1 + a1) - a4) - a5) + a9
    }

    // seed 1000, program 11
    #[differentiable]
    fn p11<T>(x0: T, x1: T, x2: T, nk: usize) -> T
    where
        T: Float,
    {
        let mut m1 = Float::mul_add(x2, c::<T>(-1.104), c::<T>(-0.306)) - x0.exp();
        let a2: T = ((c::<T>(1.0)) + ((c::<T>(0.21)) * (c::<T>(0.21))))
            .powf(((c::<T>(ALPHA)).tanh()).sin());
        if x1 >= c::<T>(-0.54) {
            return ((c::<T>(0.9)) * Float::sin((c::<T>(1.267)) / ((c::<T>(1.0)) + (a2 * a2))))
                .acos();
        }
        m1 = m1 - ((x1 / a2.hypot(T::one())) - x0);
        let (u3, w4) = (
            ((c::<T>(1.0))
                + ((((c::<T>(1.5)) + T::tanh(a2)).recip())
                    * ((T::from(1.5).unwrap() + a2.tanh()).recip())))
            .recip(),
            x0 + (x0 + (c::<T>(core::f64::consts::PI))),
        );
        (((x2 + m1) + a2) - u3) + w4
    }

    fn p11_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
        let mut m1 = (x2 * (kd::<D>(-1.104)) + (kd::<D>(-0.306))) - x0.exp();
        let a2: D = ((((kd::<D>(ALPHA)).tanh()).sin())
            * ((kd::<D>(1.0)) + ((kd::<D>(0.21)) * (kd::<D>(0.21)))).ln())
        .exp();
        if x1.re() >= (kd::<D>(-0.54)).re() {
            return ((kd::<D>(0.9)) * (((kd::<D>(1.267)) / ((kd::<D>(1.0)) + (a2 * a2))).sin()))
                .acos();
        }
        m1 -= (x1 / ((a2 * a2 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt())) - x0;
        let (u3, w4) = (
            ((kd::<D>(1.0))
                + ((((kd::<D>(1.5)) + a2.tanh()).recip())
                    * (((kd::<D>(1.5)) + a2.tanh()).recip())))
            .recip(),
            x0 + (x0 + (kd::<D>(core::f64::consts::PI))),
        );
        (((x2 + m1) + a2) - u3) + w4
    }

    // seed 1000, program 12
    #[differentiable]
    fn p12(x: [f64; 6], y: f64) -> f64 {
        let a1 = if core::f64::consts::PI <= (2.0_f64 + Float::sin(y)).powi(-2) {
            y
        } else {
            ((x[3] * x[3]).asinh()) * (y.asinh() + (y / (1.5 + f64::tanh(x[5]))))
        };
        let (u2, w3) = (Float::powi(1.5 + y.tanh(), -2), a1);
        let a4 = x[2].sin().tan().atan2(
            -(0.5 + (f64::asin(0.9 * Float::atan(w3).tanh()) * ((0.9 * w3.atan().tanh()).asin()))),
        );
        let mut m5 = a1;
        if Float::cosh(y) <= -1.2f64 {
            m5 -= f64::cbrt(((x[3] + (-0.732f64)).cos()).cosh());
        } else {
            m5 += 0.043;
        }
        ((((a1 + u2) + w3) - a4) + m5) - x[0]
    }

    fn p12_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let a1 = if (kd::<D>(core::f64::consts::PI)).re()
            <= (((kd::<D>(2.0)) + y.sin()).powi(-2)).re()
        {
            y
        } else {
            ((x[3] * x[3]).asinh()) * (y.asinh() + (y / ((kd::<D>(1.5)) + x[5].tanh())))
        };
        let (u2, w3) = (((kd::<D>(1.5)) + y.tanh()).powi(-2), a1);
        let a4 = datan2(
            x[2].sin().tan(),
            -((kd::<D>(0.5))
                + ((((kd::<D>(0.9)) * w3.atan().tanh()).asin())
                    * (((kd::<D>(0.9)) * w3.atan().tanh()).asin()))),
        );
        let mut m5 = a1;
        if y.cosh().re() <= (kd::<D>(-1.2)).re() {
            m5 -= (((x[3] + (kd::<D>(-0.732))).cos()).cosh()).cbrt();
        } else {
            m5 += kd::<D>(0.043);
        }
        ((((a1 + u2) + w3) - a4) + m5) - x[0]
    }

    // seed 1000, program 13
    #[differentiable]
    fn p13(x: &[f64]) -> f64 {
        let a2: f64 = f64::exp2({
            let t1 = x[4];
            x[5]
        })
        .tanh()
            * Float::tanh(((1.0f64 + (x[1] * x[1])).ln()) - (-ALPHA));
        let j3 = 1;
        let o4: Option<f64> = if j3 % 2 == 0 { Some(W[j3 % 8]) } else { None };
        let q6: f64 = match o4 {
            Some(v5) => v5,
            None => -0.25,
        };
        let a7 = q6 * Float::max((-1.0) + q6, q6 - (j3 as f64));
        let mut s8 = 0.0;
        let mut i9 = 0;
        while i9 < 3 {
            let a10 = s8;
            let a11 = match j3 {
                0 => x[5] / a10.tanh().exp(),
                _ => a7 / W[j3].exp(),
            };
            s8 -= x[3].asinh().tanh();
            i9 += 1;
        }
        ((a2 + a7) - s8) + x[3]
    }

    fn p13_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let a2: D = ((({
            let t1 = x[4];
            x[5]
        })
        .exp2())
        .tanh())
            * (((((kd::<D>(1.0)) + (x[1] * x[1])).ln()) - (-(kd::<D>(ALPHA)))).tanh());
        let j3 = 1;
        let o4: Option<f64> = if j3 % 2 == 0 { Some(W[j3 % 8]) } else { None };
        let q6: f64 = match o4 {
            Some(v5) => v5,
            None => -0.25,
        };
        let a7 = (kd::<D>(q6))
            * dmax(
                (kd::<D>(-1.0)) + (kd::<D>(q6)),
                (kd::<D>(q6)) - (kd::<D>(j3 as f64)),
            );
        let mut s8 = kd::<D>(0.0);
        let mut i9 = 0;
        while i9 < 3 {
            let a10 = s8;
            let a11 = match j3 {
                0 => x[5] / a10.tanh().exp(),
                _ => a7 / ((kd::<D>(W[j3])).exp()),
            };
            s8 -= x[3].asinh().tanh();
            i9 += 1;
        }
        ((a2 + a7) - s8) + x[3]
    }

    // seed 1000, program 14
    #[differentiable]
    fn p14(x0: f64, x1: f64, x2: f64) -> f64 {
        let a1 = x1;
        let q2: f64 = (0..3).map(|x2| W[x2]).sum();
        let a3 = q2 * (x1 + x1);
        let (u4, w5) = (
            f64::sin(x2) * ((-0.959) * x2),
            Float::exp(a3.sin()).powf(a3.atan()),
        );
        let mut s6 = 0.5;
        let mut i7 = 0;
        while i7 < 1 {
            i7 += 1;
            let a8 = (0.9
                * (((1.0 + (Float::atan(f64::exp(x1)) * x1.exp().atan())).powi(0)).tanh()))
            .atanh();
            if q2 < 4.53 {
                continue;
            }
            if i7 == 0 {
                s6 = 0.0;
            }
            s6 += f64::tanh(
                -({
                    let t9 = q2;
                    a3
                }),
            );
            s6 -= (x2 / Float::hypot(a3, 1.0_f64)).sin();
        }
        let a10 = (0.9 * Float::tanh(a3 + x0).sin()).atanh();
        s6 + a10
    }

    fn p14_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let a1 = x1;
        let q2: f64 = (0..3).map(|x2| W[x2]).sum();
        let a3 = (kd::<D>(q2)) * (x1 + x1);
        let (u4, w5) = (
            x2.sin() * ((kd::<D>(-0.959)) * x2),
            (a3.atan() * a3.sin().exp().ln()).exp(),
        );
        let mut s6 = kd::<D>(0.5);
        let mut i7 = 0;
        while i7 < 1 {
            i7 += 1;
            let a8 = ((kd::<D>(0.9))
                * ((((kd::<D>(1.0)) + (x1.exp().atan() * x1.exp().atan())).powi(0)).tanh()))
            .atanh();
            if q2 < 4.53 {
                continue;
            }
            if i7 == 0 {
                s6 = kd::<D>(0.0);
            }
            s6 += (-({
                let t9 = kd::<D>(q2);
                a3
            }))
            .tanh();
            s6 -= (x2 / ((a3 * a3 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt())).sin();
        }
        let a10 = ((kd::<D>(0.9)) * (((a3 + x0).tanh()).sin())).atanh();
        s6 + a10
    }

    // seed 1000, program 15
    #[differentiable]
    fn p15(x: [f64; 5], y: f64) -> f64 {
        let k = 1;
        let k = k * 2;
        let a1 = f64::sin((-0.93f64).hypot(0.5 + (weight(Cfg { k }) * weight(Cfg { k }))))
            * weight(Cfg { k });
        let mut s2: f64 = 0.5f64;
        for i3 in 1..x.len() {
            let mut n7 = 0usize;
            for i4 in 0..x.len() {
                let q5: f64 = (0..3).map(|a1| V[a1] + a1 as f64 * 0.25).sum();
                let mut n6: usize = 0;
                if q5 > 5.22 {
                    n6 += 1;
                } else {
                    n6 += 2;
                }
                s2 /= 1.0 + (q5.atan() * q5.atan());
                s2 = (0.5 * s2) + y.tanh();
                n7 += 1
            }
            s2 += (((-1.13_f64) + a1) - ((-1.846).max(y))).atan();
        }
        s2 = f64::sin(a1).sinh() - (x[0] + core::f64::consts::PI);
        for i8 in 0..x.len() {
            match i8 {
                2 => {}
                _ => {}
            }
            if {
                let t9 = -0.2;
                a1
            } > -0.44
                && s2 >= 0.76
            {
                continue;
            }
            s2 = (0.5 * s2) + Float::atan((y * a1) * weight(Cfg { k }));
        }
        f64::tanh(0.001 * (((y + a1) + s2) + x[1]))
    }

    fn p15_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let k = 1;
        let k = k * 2;
        let a1 = ((((kd::<D>(-0.93)) * (kd::<D>(-0.93))
            + ((kd::<D>(0.5)) + ((kd::<D>(weight(Cfg { k }))) * (kd::<D>(weight(Cfg { k })))))
                * ((kd::<D>(0.5))
                    + ((kd::<D>(weight(Cfg { k }))) * (kd::<D>(weight(Cfg { k }))))))
        .sqrt())
        .sin())
            * (kd::<D>(weight(Cfg { k })));
        let mut s2: D = kd::<D>(0.5);
        for i3 in 1..x.len() {
            let mut n7 = 0usize;
            for i4 in 0..x.len() {
                let q5: f64 = (0..3).map(|a1| V[a1] + a1 as f64 * 0.25).sum();
                let mut n6: usize = 0;
                if q5 > 5.22 {
                    n6 += 1;
                } else {
                    n6 += 2;
                }
                s2 /= (kd::<D>(1.0)) + (((kd::<D>(q5)).atan()) * ((kd::<D>(q5)).atan()));
                s2 = ((kd::<D>(0.5)) * s2) + y.tanh();
                n7 += 1
            }
            s2 += (((kd::<D>(-1.13)) + a1) - dmax(kd::<D>(-1.846), y)).atan();
        }
        s2 = a1.sin().sinh() - (x[0] + (kd::<D>(core::f64::consts::PI)));
        for i8 in 0..x.len() {
            match i8 {
                2 => {}
                _ => {}
            }
            if ({
                let t9 = kd::<D>(-0.2);
                a1
            })
            .re()
                > (kd::<D>(-0.44)).re()
                && s2.re() >= (kd::<D>(0.76)).re()
            {
                continue;
            }
            s2 = ((kd::<D>(0.5)) * s2) + (((y * a1) * (kd::<D>(weight(Cfg { k })))).atan());
        }
        ((kd::<D>(0.001)) * (((y + a1) + s2) + x[1])).tanh()
    }

    // seed 1000, program 16
    #[differentiable]
    fn p16(x: &[f64], y: f64) -> f64 {
        let (u1, w2) = (y - y, y);
        let a3 = p10((ALPHA - BETA).cos(), y / 1.351.cosh());
        let mut s4 = 1.0;
        let mut n6 = 2;
        let mut n9 = 0;
        for i5 in (0..=n6).rev() {
            s4 = (0.5_f64 * s4) + x[3].cosh().atan();
            let (u7, w8) = (
                (1.0 + (x[1] * x[1])).powi(-1),
                (1.5 + ((a3 - x[1]).tanh())).log2(),
            );
            n6 += 1;
            s4 = f64::tanh((0.7_f64 * s4) + f64::cosh(w8.sin()));
            n9 += 1;
        }
        let mut s10 = 0.5;
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            for i12 in 0..3 {
                n6 += 2
            }
            let a13 =
                f64::acosh(1.1 + (s4.tanh().cosh() * f64::tanh(s4).cosh())) * ((i11 as f64) * x[1]);
            if i11 == 1 {
                s4 = 0.0;
            }
            s4 /= 2.0_f64 + x[2].sin();
        }
        let mut s14 = 0.5f64;
        for i15 in 2..4 {
            let mut s16: f64 = 1.0;
            let mut n18 = 4;
            for i17 in (1..n18).rev() {
                let j19 = 3;
                n18 += 1;
                let a20 = match j19 {
                    3 => Float::cosh(x[3]).log2().cos().powi(1),
                    _ => BETA.asinh(),
                };
                s10 += ((-1.258) + (s14 + x[2])).atan();
            }
            s10 = (f64::trunc(-W[i15]) * Float::atan(W[i15].exp_m1())).cos();
            s10 += Float::tanh(f64::atan(w2) + y.atan());
            n9 += 1
        }
        (0.001 * (((((w2 + a3) + s4) + s10) * s14) + x[2])).tanh()
    }

    fn p16_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let (u1, w2) = (y - y, y);
        let a3 = p10_d(
            ((kd::<D>(ALPHA)) - (kd::<D>(BETA))).cos(),
            y / ((kd::<D>(1.351)).cosh()),
        );
        let mut s4 = kd::<D>(1.0);
        let mut n6 = 2;
        let mut n9 = 0;
        for i5 in (0..=n6).rev() {
            s4 = ((kd::<D>(0.5)) * s4) + x[3].cosh().atan();
            let (u7, w8) = (
                ((kd::<D>(1.0)) + (x[1] * x[1])).powi(-1),
                ((kd::<D>(1.5)) + ((a3 - x[1]).tanh())).log2(),
            );
            n6 += 1;
            s4 = (((kd::<D>(0.7)) * s4) + w8.sin().cosh()).tanh();
            n9 += 1;
        }
        let mut s10 = kd::<D>(0.5);
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            for i12 in 0..3 {
                n6 += 2
            }
            let a13 = (((kd::<D>(1.1)) + (s4.tanh().cosh() * s4.tanh().cosh())).acosh())
                * ((kd::<D>(i11 as f64)) * x[1]);
            if i11 == 1 {
                s4 = kd::<D>(0.0);
            }
            s4 /= (kd::<D>(2.0)) + x[2].sin();
        }
        let mut s14 = kd::<D>(0.5);
        for i15 in 2..4 {
            let mut s16: D = kd::<D>(1.0);
            let mut n18 = 4;
            for i17 in (1..n18).rev() {
                let j19 = 3;
                n18 += 1;
                let a20 = match j19 {
                    3 => x[3].cosh().log2().cos().powi(1),
                    _ => (kd::<D>(BETA)).asinh(),
                };
                s10 += ((kd::<D>(-1.258)) + (s14 + x[2])).atan();
            }
            s10 = ((kd::<D>((-(kd::<D>(W[i15]))).re().trunc()))
                * (((kd::<D>(W[i15])).exp_m1()).atan()))
            .cos();
            s10 += (w2.atan() + y.atan()).tanh();
            n9 += 1
        }
        ((kd::<D>(0.001)) * (((((w2 + a3) + s4) + s10) * s14) + x[2])).tanh()
    }

    // seed 1000, program 17
    #[differentiable]
    fn p17(x: [f64; 5], nk: usize) -> f64 {
        let a1 = core::f64::consts::PI;
        let mut s2 = 0.0;
        for i3 in 0..x.len() - 1 {
            let j4 = nk % 3;
            match j4 {
                1 | 2 => {
                    s2 = ((0.7 * s2) + (ALPHA.hypot(0.5 + (x[i3 + 1] * x[i3 + 1])) + x[i3])).cos();
                    s2 /= 2.0
                        + (({
                            let t5 = (j4 as f64);
                            x[i3 + 1]
                        })
                        .sin());
                }
                j4 => {
                    s2 -= f64::sin(p10(x[i3], x[i3 + 1]));
                    s2 /= 2.0 + x[i3].sin();
                }
            }
            s2 /= 1.0 + (x[i3 + 1] * x[i3 + 1]);
            s2 += f64::sin(a1.sin() * ((1.5 + a1.tanh()).powf(a1.tanh())));
        }
        let j6 = nk % 3;
        let a7 = match j6 {
            2 => a1.hypot(0.5 + (x[1] * x[1])),
            _ => s2 / Float::sin(s2).exp(),
        };
        ((a1 + s2) + a7) * x[3]
    }

    fn p17_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
        let a1 = kd::<D>(core::f64::consts::PI);
        let mut s2 = kd::<D>(0.0);
        for i3 in 0..x.len() - 1 {
            let j4 = nk % 3;
            match j4 {
                1 | 2 => {
                    s2 = (((kd::<D>(0.7)) * s2)
                        + ((((kd::<D>(ALPHA)) * (kd::<D>(ALPHA))
                            + ((kd::<D>(0.5)) + (x[i3 + 1] * x[i3 + 1]))
                                * ((kd::<D>(0.5)) + (x[i3 + 1] * x[i3 + 1])))
                            .sqrt())
                            + x[i3]))
                        .cos();
                    s2 /= (kd::<D>(2.0))
                        + (({
                            let t5 = kd::<D>(j4 as f64);
                            x[i3 + 1]
                        })
                        .sin());
                }
                j4 => {
                    s2 -= p10_d(x[i3], x[i3 + 1]).sin();
                    s2 /= (kd::<D>(2.0)) + x[i3].sin();
                }
            }
            s2 /= (kd::<D>(1.0)) + (x[i3 + 1] * x[i3 + 1]);
            s2 += (a1.sin() * ((a1.tanh() * ((kd::<D>(1.5)) + a1.tanh()).ln()).exp())).sin();
        }
        let j6 = nk % 3;
        let a7 = match j6 {
            2 => (a1 * a1 + ((kd::<D>(0.5)) + (x[1] * x[1])) * ((kd::<D>(0.5)) + (x[1] * x[1])))
                .sqrt(),
            _ => s2 / s2.sin().exp(),
        };
        ((a1 + s2) + a7) * x[3]
    }

    // seed 1000, program 18
    #[differentiable]
    fn p18(x: &[f64], y: f64) -> f64 {
        let a1 = (1.0 + (x[3] * x[3])).powi(0);
        let j2 = 0;
        let a3 = match j2 {
            0 => BETA,
            1 => x[2] - (j2 as f64),
            _ => a1,
        };
        let (u4, w5) = (
            Float::log10((((-y).cosh()).powi(-2)).hypot(1.0)),
            W[j2].exp_m1(),
        );
        ((((y + a1) + a3) + u4) + w5) + x[1]
    }

    fn p18_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let a1 = ((kd::<D>(1.0)) + (x[3] * x[3])).powi(0);
        let j2 = 0;
        let a3 = match j2 {
            0 => kd::<D>(BETA),
            1 => x[2] - (kd::<D>(j2 as f64)),
            _ => a1,
        };
        let (u4, w5) = (
            (((((-y).cosh()).powi(-2)) * (((-y).cosh()).powi(-2))
                + (kd::<D>(1.0)) * (kd::<D>(1.0)))
            .sqrt())
            .log10(),
            (kd::<D>(W[j2])).exp_m1(),
        );
        ((((y + a1) + a3) + u4) + w5) + x[1]
    }

    // seed 1000, program 19
    #[differentiable]
    fn p19(x0: f64, x1: f64, x2: f64) -> f64 {
        let a1: f64 = Float::ln_1p(
            0.5 + ((2.0 + p10(f64::atan(BETA), x0).powi(1).sin())
                * (2.0 + Float::sin(p10(BETA.atan(), x0).powi(1)))),
        );
        let (u2, w3) = (x1, Float::asinh((-0.551_f64) + x0));
        let mut n4 = 0;
        if w3.cosh() <= 0.9 {
            n4 += 1
        }
        (((x1 - x2) + a1) + u2) + w3
    }

    fn p19_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let a1: D = ((kd::<D>(0.5))
            + (((kd::<D>(2.0)) + p10_d((kd::<D>(BETA)).atan(), x0).powi(1).sin())
                * ((kd::<D>(2.0)) + p10_d((kd::<D>(BETA)).atan(), x0).powi(1).sin())))
        .ln_1p();
        let (u2, w3) = (x1, ((kd::<D>(-0.551)) + x0).asinh());
        let mut n4 = 0;
        if w3.cosh().re() <= (kd::<D>(0.9)).re() {
            n4 += 1
        }
        (((x1 - x2) + a1) + u2) + w3
    }

    // seed 1000, program 20
    #[differentiable]
    fn p20<T: Float + NumAssign>(x: [T; 6], y: T) -> T {
        let mut s1 = T::zero();
        let mut n3 = 3;
        for i2 in (0..n3).rev() {
            n3 += 1;
            if i2 > 2 {
                s1 -= (T::log(
                    (c::<T>(1.5)) + y.tanh(),
                    ((c::<T>(0.5)) + ((c::<T>(0.4)) * T::from(-0.8).unwrap().sin())).exp(),
                ) * T::hypot(c::<T>(-1.6), T::one()).cbrt())
                .tanh();
            } else {
                s1 = ((c::<T>(0.5)) * s1) + Float::sin(T::round(y) * (x[1] - (c::<T>(0.344))));
            }
            s1 /= (c::<T>(2.0)) + Float::sin(x[2].sin());
            s1 = T::min(
                s1,
                ((((c::<T>(1.1)) + (((c::<T>(1.5)) + s1.tanh()) * ((c::<T>(1.5)) + s1.tanh())))
                    .acosh())
                .atan())
                .cos(),
            );
        }
        let mut n5 = 3;
        for i4 in (0..n5).rev() {
            n5 += 1;
            for i6 in 0..x.len() {
                let a7 = if Float::powf(T::one() + (y * y), y) <= T::from(-0.97).unwrap() {
                    ((c::<T>(V[i4])) + y) - T::tan(T::sin(T::from(-1.94).unwrap()))
                } else {
                    ((c::<T>(-1.6)).atan())
                        - ((c::<T>(2.0)).mul_add(y, c::<T>(core::f64::consts::PI)))
                };
                s1 += (c::<T>(core::f64::consts::PI)).cos();
                s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(s1.cos().exp()));
            }
            s1 = s1.max(s1.tanh().atan());
        }
        let j8 = 3;
        let mut n9: usize = 1;
        match j8 {
            0 | 2 => {}
            _ => n9 += 2,
        }
        s1 = y
            .exp()
            .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * y.sin())).exp())
            * (((c::<T>(1.5)) + y.tanh()).recip());
        let mut s10 = T::one();
        for i11 in 0..x.len() {
            let a12 = y.cosh();
            s10 = ((c::<T>(0.5)) * s10)
                + ((if n5 < 2 {
                    T::from(1.5).unwrap() - s1
                } else {
                    s10 + a12
                })
                .atan());
            s1 /= T::one() + (T::tanh(s10) * s10.tanh());
            n5 += 2
        }
        s10
    }

    fn p20_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let mut s1 = kd::<D>(0.0);
        let mut n3 = 3;
        for i2 in (0..n3).rev() {
            n3 += 1;
            if i2 > 2 {
                s1 -= ((((kd::<D>(1.5)) + y.tanh()).ln()
                    / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * ((kd::<D>(-0.8)).sin()))).exp()).ln())
                    * ((((kd::<D>(-1.6)) * (kd::<D>(-1.6)) + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                        .sqrt())
                    .cbrt()))
                .tanh();
            } else {
                s1 = ((kd::<D>(0.5)) * s1)
                    + (((kd::<D>(y.re().round())) * (x[1] - (kd::<D>(0.344)))).sin());
            }
            s1 /= (kd::<D>(2.0)) + x[2].sin().sin();
            s1 = dmin(
                s1,
                ((((kd::<D>(1.1))
                    + (((kd::<D>(1.5)) + s1.tanh()) * ((kd::<D>(1.5)) + s1.tanh())))
                .acosh())
                .atan())
                .cos(),
            );
        }
        let mut n5 = 3;
        for i4 in (0..n5).rev() {
            n5 += 1;
            for i6 in 0..x.len() {
                let a7 = if ((y * ((kd::<D>(1.0)) + (y * y)).ln()).exp()).re()
                    <= (kd::<D>(-0.97)).re()
                {
                    ((kd::<D>(V[i4])) + y) - (((kd::<D>(-1.94)).sin()).tan())
                } else {
                    ((kd::<D>(-1.6)).atan())
                        - ((kd::<D>(2.0)) * y + (kd::<D>(core::f64::consts::PI)))
                };
                s1 += (kd::<D>(core::f64::consts::PI)).cos();
                s1 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * s1.cos().exp().sin());
            }
            s1 = dmax(s1, s1.tanh().atan());
        }
        let j8 = 3;
        let mut n9: usize = 1;
        match j8 {
            0 | 2 => {}
            _ => n9 += 2,
        }
        s1 = (y.exp().ln() / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * y.sin())).exp()).ln())
            * (((kd::<D>(1.5)) + y.tanh()).recip());
        let mut s10 = kd::<D>(1.0);
        for i11 in 0..x.len() {
            let a12 = y.cosh();
            s10 = ((kd::<D>(0.5)) * s10)
                + ((if n5 < 2 {
                    (kd::<D>(1.5)) - s1
                } else {
                    s10 + a12
                })
                .atan());
            s1 /= (kd::<D>(1.0)) + (s10.tanh() * s10.tanh());
            n5 += 2
        }
        s10
    }

    // seed 1000, program 21
    #[differentiable]
    fn p21(x0: f64, x1: f64) -> f64 {
        let mut s1 = 0.0;
        let mut n4 = 1;
        let mut i2 = 0;
        while i2 < 3 {
            i2 += 1;
            let a3: f64 = x0 * W[i2];
            let k = 3;
            let k = k * 2;
            s1 += weight(Cfg { k }) * Float::sin((k as f64)).exp().sin();
            s1 /= 1.0 + (Float::cos(s1).powi(3) * Float::powi(f64::cos(s1), 3));
            s1 = (a3 + ((1.0f64 + (x0 * x0)).recip())).tanh();
            n4 += 1
        }
        s1 -= x0;
        if x1 - x1 < f64::powi(s1.cos(), 3) {
            return (0.5_f64
                + ((1.0
                    + (((1.0 + ((-1.776) * (-1.776_f64))).sqrt())
                        * ((1.0_f64 + ((-1.776) * (-1.776))).sqrt())))
                    * (1.0
                        + (((1.0 + ((-1.776) * (-1.776))).sqrt())
                            * ((1.0_f64 + ((-1.776_f64) * (-1.776_f64))).sqrt())))))
            .ln_1p();
        }
        for i5 in 0..2 {
            n4 += 2;
        }
        let mut s6: f64 = 1.0f64;
        let mut n8 = 2;
        for i7 in (0..=n8).rev() {
            n8 += 1;
            let o9: Option<f64> = if (n4 + 1) > 1 {
                None
            } else {
                Some(V[(n4 + 1) % 8])
            };
            let a10 = match o9 {
                Some(s1) => s1 + (x1 / s6.cos().exp()),
                None => (i7 as f64).max(-0.5),
            };
            let a10 = x1.exp();
            if i7 == 1 {
                s6 = 0.5;
            }
            s6 *= 1.0 + (0.3 * f64::sin(x0));
            s1 -= ({
                let t11 = s6.atan() * a10.tanh();
                1.693_f64
            })
            .tanh();
        }
        let a12 = s6;
        s6 + a12
    }

    fn p21_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let mut s1 = kd::<D>(0.0);
        let mut n4 = 1;
        let mut i2 = 0;
        while i2 < 3 {
            i2 += 1;
            let a3: D = x0 * (kd::<D>(W[i2]));
            let k = 3;
            let k = k * 2;
            s1 += (kd::<D>(weight(Cfg { k }))) * ((((kd::<D>(k as f64)).sin()).exp()).sin());
            s1 /= (kd::<D>(1.0)) + (s1.cos().powi(3) * s1.cos().powi(3));
            s1 = (a3 + (((kd::<D>(1.0)) + (x0 * x0)).recip())).tanh();
            n4 += 1
        }
        s1 -= x0;
        if (x1 - x1).re() < s1.cos().powi(3).re() {
            return ((kd::<D>(0.5))
                + (((kd::<D>(1.0))
                    + ((((kd::<D>(1.0)) + ((kd::<D>(-1.776)) * (kd::<D>(-1.776)))).sqrt())
                        * (((kd::<D>(1.0)) + ((kd::<D>(-1.776)) * (kd::<D>(-1.776)))).sqrt())))
                    * ((kd::<D>(1.0))
                        + ((((kd::<D>(1.0)) + ((kd::<D>(-1.776)) * (kd::<D>(-1.776)))).sqrt())
                            * (((kd::<D>(1.0)) + ((kd::<D>(-1.776)) * (kd::<D>(-1.776))))
                                .sqrt())))))
            .ln_1p();
        }
        for i5 in 0..2 {
            n4 += 2;
        }
        let mut s6: D = kd::<D>(1.0);
        let mut n8 = 2;
        for i7 in (0..=n8).rev() {
            n8 += 1;
            let o9: Option<f64> = if (n4 + 1) > 1 {
                None
            } else {
                Some(V[(n4 + 1) % 8])
            };
            let a10 = match o9 {
                Some(s1) => (kd::<D>(s1)) + (x1 / s6.cos().exp()),
                None => dmax(kd::<D>(i7 as f64), kd::<D>(-0.5)),
            };
            let a10 = x1.exp();
            if i7 == 1 {
                s6 = kd::<D>(0.5);
            }
            s6 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * x0.sin());
            s1 -= ({
                let t11 = s6.atan() * a10.tanh();
                kd::<D>(1.693)
            })
            .tanh();
        }
        let a12 = s6;
        s6 + a12
    }

    // seed 1000, program 22
    #[differentiable]
    fn p22<T: Float>(x0: T, x1: T, rng: &mut Lcg) -> T {
        let u1 = rng.uniform();
        let j2 = (u1 * 3.0) as usize;
        let (u4, w5) = (
            (x1 * (c::<T>(BETA)))
                + ({
                    let t3 = x0;
                    x1
                }),
            ((c::<T>(1.0)) + ((x0 * (c::<T>(V[j2]))) * (x0 * (c::<T>(V[j2]))))).powi(-2),
        );
        let j6 = 0;
        let mut n7 = 0usize;
        match j6 {
            1 | 2 => n7 += 1,
            3 => {}
            _ => {}
        }
        let mut s8 = c::<T>(0.0);
        let mut n10 = 4;
        for i9 in (0..=n10).rev() {
            if u4 + s8 > (T::from(0.9).unwrap() * T::sin(x1)).acos() || x0 > c::<T>(0.94) {
                let u11 = rng.uniform();
                s8 = s8 + ((c::<T>(u11)) * s8.cos());
            }
            match i9 {
                2 => {
                    s8 = s8 * (T::one() + ((c::<T>(0.3)) * w5.sin()));
                    s8 = s8 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * w5.sin().sin()));
                }
                v12 => {}
            }
            let k = j6 % 3;
            let k = k * 2;
            s8 = s8
                + ((c::<T>(weight(Cfg { k })))
                    * (((T::from(0.9).unwrap() * T::tanh(x0)).atanh()).atan()));
            n10 += 1;
            s8 = s8.max(((c::<T>(u1)).cos()).tanh());
            s8 = Float::min(s8, ((c::<T>(weight(Cfg { k }))).tanh()).tanh());
        }
        let mut n14 = 4;
        for i13 in (1..=n14).rev() {
            let a15 = match j6 {
                1 => c::<T>(j2 as f64),
                2 => c::<T>(u1),
                _ => -s8,
            };
            let u16 = rng.uniform();
            s8 = s8 + ((c::<T>(u16)) * x0.tanh());
            let j17 = (u16 * 3.0) as usize;
            s8 = T::cos((if c::<T>(u16) < w5 { x1 } else { u4 }) - ((T::one() + (x1 * x1)).sqrt()));
            n14 += 1;
            s8 = s8 - a15.sin();
        }
        Float::tanh((c::<T>(0.001)) * ((((x0 + x1) + u4) * w5) - s8))
    }

    fn p22_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, rng: &mut Lcg) -> D {
        let u1 = rng.uniform();
        let j2 = (u1 * 3.0) as usize;
        let (u4, w5) = (
            (x1 * (kd::<D>(BETA)))
                + ({
                    let t3 = x0;
                    x1
                }),
            ((kd::<D>(1.0)) + ((x0 * (kd::<D>(V[j2]))) * (x0 * (kd::<D>(V[j2]))))).powi(-2),
        );
        let j6 = 0;
        let mut n7 = 0usize;
        match j6 {
            1 | 2 => n7 += 1,
            3 => {}
            _ => {}
        }
        let mut s8 = kd::<D>(0.0);
        let mut n10 = 4;
        for i9 in (0..=n10).rev() {
            if (u4 + s8).re() > (((kd::<D>(0.9)) * x1.sin()).acos()).re()
                || x0.re() > (kd::<D>(0.94)).re()
            {
                let u11 = rng.uniform();
                s8 += (kd::<D>(u11)) * s8.cos();
            }
            match i9 {
                2 => {
                    s8 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * w5.sin());
                    s8 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * w5.sin().sin());
                }
                v12 => {}
            }
            let k = j6 % 3;
            let k = k * 2;
            s8 += (kd::<D>(weight(Cfg { k }))) * ((((kd::<D>(0.9)) * x0.tanh()).atanh()).atan());
            n10 += 1;
            s8 = dmax(s8, ((kd::<D>(u1)).cos()).tanh());
            s8 = dmin(s8, ((kd::<D>(weight(Cfg { k }))).tanh()).tanh());
        }
        let mut n14 = 4;
        for i13 in (1..=n14).rev() {
            let a15 = match j6 {
                1 => kd::<D>(j2 as f64),
                2 => kd::<D>(u1),
                _ => -s8,
            };
            let u16 = rng.uniform();
            s8 += (kd::<D>(u16)) * x0.tanh();
            let j17 = (u16 * 3.0) as usize;
            s8 = ((if (kd::<D>(u16)).re() < w5.re() {
                x1
            } else {
                u4
            }) - (((kd::<D>(1.0)) + (x1 * x1)).sqrt()))
            .cos();
            n14 += 1;
            s8 -= a15.sin();
        }
        ((kd::<D>(0.001)) * ((((x0 + x1) + u4) * w5) - s8)).tanh()
    }

    // seed 1000, program 23
    #[differentiable]
    fn p23(x0: f64, x1: f64) -> f64 {
        let mut m1 = x1;
        let a2 = ((m1 - x1).atan()).exp();
        let mut n3 = 0;
        if n3 <= 12 {
            n3 += 1;
        } else {
            n3 += 2;
        }
        let mut s4 = 0.0_f64;
        for i5 in 0..2 {
            let mut n6 = 1;
            for i7 in 0..3 {
                n6 += 2
            }
            let a8 = if i5 != 0 { break } else { x1 };
            s4 = x1 + a8;
        }
        s4
    }

    fn p23_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let mut m1 = x1;
        let a2 = ((m1 - x1).atan()).exp();
        let mut n3 = 0;
        if n3 <= 12 {
            n3 += 1;
        } else {
            n3 += 2;
        }
        let mut s4 = kd::<D>(0.0);
        for i5 in 0..2 {
            let mut n6 = 1;
            for i7 in 0..3 {
                n6 += 2
            }
            let a8 = if i5 != 0 { break } else { x1 };
            s4 = x1 + a8;
        }
        s4
    }

    // seed 1000, program 24
    #[differentiable]
    fn p24<T>(x: &[T], y: T) -> T
    where
        T: Float + NumAssign,
    {
        let (u1, w2) = (T::from(0.74).unwrap() - x[0], y.abs());
        let (u3, w4) = (y.hypot(T::one()).powf(x[5]), u1);
        let a5 = if if !(x[3] >= c::<T>(-0.77)) {
            T::from(0.81).unwrap()
        } else {
            c::<T>(-0.993)
        } > c::<T>(-0.44)
        {
            ((c::<T>(0.327)) - T::from(-0.338).unwrap()).atan()
        } else {
            Float::exp(x[3])
        };
        if u1 >= T::from(0.84).unwrap() {
            return T::tan((c::<T>(-0.2)).sin());
        }
        let mut s6 = c::<T>(0.5);
        let mut n9 = 0usize;
        for i7 in 0..x.len() - 1 {
            s6 += T::tanh(x[i7].atan() * x[i7 + 1]);
            let a8 = u1;
            if (T::from(2.0).unwrap() + ((c::<T>(-0.38)).sin())).log10() <= T::from(0.62).unwrap() {
                s6 = c::<T>(0.0);
            }
            if Float::powi(x[i7 + 1], 1) < T::from(0.36).unwrap() {
                continue;
            }
            s6 += (((c::<T>(0.9)) * (((-u3).tanh()).tanh())).asin()).cos();
            s6 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(x[i7 + 1].max(c::<T>(0.6))));
            n9 += 2
        }
        for i10 in 0..x.len() {
            s6 = p1(u3.cos(), w2, T::tanh(u1));
            s6 -= T::atan((c::<T>(i10 as f64)) - (x[i10] / T::exp(y)));
            s6 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * x[i10].sin().sin());
            n9 += 1
        }
        T::tanh((c::<T>(0.001)) * (((((w2 + u3) + w4) + a5) - s6) + x[0]))
    }

    fn p24_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let (u1, w2) = ((kd::<D>(0.74)) - x[0], y.abs());
        let (u3, w4) = (
            (x[5] * ((y * y + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).ln()).exp(),
            u1,
        );
        let a5 = if (if !(x[3].re() >= (kd::<D>(-0.77)).re()) {
            kd::<D>(0.81)
        } else {
            kd::<D>(-0.993)
        })
        .re()
            > (kd::<D>(-0.44)).re()
        {
            ((kd::<D>(0.327)) - (kd::<D>(-0.338))).atan()
        } else {
            x[3].exp()
        };
        if u1.re() >= (kd::<D>(0.84)).re() {
            return ((kd::<D>(-0.2)).sin()).tan();
        }
        let mut s6 = kd::<D>(0.5);
        let mut n9 = 0usize;
        for i7 in 0..x.len() - 1 {
            s6 += (x[i7].atan() * x[i7 + 1]).tanh();
            let a8 = u1;
            if (((kd::<D>(2.0)) + ((kd::<D>(-0.38)).sin())).log10()).re() <= (kd::<D>(0.62)).re() {
                s6 = kd::<D>(0.0);
            }
            if x[i7 + 1].powi(1).re() < (kd::<D>(0.36)).re() {
                continue;
            }
            s6 += (((kd::<D>(0.9)) * (((-u3).tanh()).tanh())).asin()).cos();
            s6 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * dmax(x[i7 + 1], kd::<D>(0.6)).sin());
            n9 += 2
        }
        for i10 in 0..x.len() {
            s6 = p1_d(u3.cos(), w2, u1.tanh());
            s6 -= ((kd::<D>(i10 as f64)) - (x[i10] / y.exp())).atan();
            s6 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * x[i10].sin().sin());
            n9 += 1
        }
        ((kd::<D>(0.001)) * (((((w2 + u3) + w4) + a5) - s6) + x[0])).tanh()
    }

    // seed 1000, program 25
    #[differentiable]
    fn p25(x: &[f64], y: f64) -> f64 {
        let y = y;
        let a1 = (y.powi(2) - Float::acosh(1.1 + ((1.5 + Float::tanh(y)) * (1.5 + f64::tanh(y)))))
            + x[5];
        let (u2, w3) = (
            (1.0 + (f64::sin(f64::sinh(
                ((1.1 + ((1.0_f64 + (x[0] * x[0])) * (1.0 + (x[0] * x[0])))).acosh()).sin(),
            )) * Float::sinh(f64::sin(
                (1.1 + ((1.0 + (x[0] * x[0])) * (1.0 + (x[0] * x[0])))).acosh(),
            ))
            .sin()))
            .recip(),
            f64::cbrt(
                1.5 + Float::tanh(
                    (0.5 + ((1.0
                        + (((1.0 + ((-0.684) * (-0.684))).log10())
                            * ((1.0f64 + ((-0.684_f64) * (-0.684_f64))).log10())))
                        * (1.0_f64
                            + (((1.0_f64 + ((-0.684) * (-0.684f64))).log10())
                                * ((1.0 + ((-0.684) * (-0.684))).log10())))))
                    .ln_1p(),
                ),
            ),
        );
        let mut s4: f64 = 1.0;
        for i5 in 0..x.len() {
            match i5 {
                1 => continue,
                6 => {
                    s4 += (-0.68).cos();
                }
                _ => {
                    s4 = ((0.7 * s4)
                        + (Float::exp_m1(Float::cos(u2)) * (Float::floor(-0.7_f64) * x[i5])))
                        .atan();
                }
            }
            s4 = (0.5 * s4)
                + f64::powf(a1.atan().exp(), x[i5])
                    .cos()
                    .mul_add((w3 * s4).tanh(), u2 * 0.1)
                    .atan();
            s4 = (0.5 * s4) + a1.min(w3).sin();
        }
        s4 + w3
    }

    fn p25_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let y = y;
        let a1 = (y.powi(2)
            - (((kd::<D>(1.1)) + (((kd::<D>(1.5)) + y.tanh()) * ((kd::<D>(1.5)) + y.tanh())))
                .acosh()))
            + x[5];
        let (u2, w3) = (
            ((kd::<D>(1.0))
                + (((((((kd::<D>(1.1))
                    + (((kd::<D>(1.0)) + (x[0] * x[0])) * ((kd::<D>(1.0)) + (x[0] * x[0]))))
                    .acosh())
                .sin())
                .sinh())
                .sin())
                    * ((((((kd::<D>(1.1))
                        + (((kd::<D>(1.0)) + (x[0] * x[0]))
                            * ((kd::<D>(1.0)) + (x[0] * x[0]))))
                        .acosh())
                    .sin())
                    .sinh())
                    .sin())))
            .recip(),
            ((kd::<D>(1.5))
                + ((((kd::<D>(0.5))
                    + (((kd::<D>(1.0))
                        + ((((kd::<D>(1.0)) + ((kd::<D>(-0.684)) * (kd::<D>(-0.684))))
                            .log10())
                            * (((kd::<D>(1.0)) + ((kd::<D>(-0.684)) * (kd::<D>(-0.684))))
                                .log10())))
                        * ((kd::<D>(1.0))
                            + ((((kd::<D>(1.0)) + ((kd::<D>(-0.684)) * (kd::<D>(-0.684))))
                                .log10())
                                * (((kd::<D>(1.0))
                                    + ((kd::<D>(-0.684)) * (kd::<D>(-0.684))))
                                .log10())))))
                .ln_1p())
                .tanh()))
            .cbrt(),
        );
        let mut s4: D = kd::<D>(1.0);
        for i5 in 0..x.len() {
            match i5 {
                1 => continue,
                6 => {
                    s4 += (kd::<D>(-0.68)).cos();
                }
                _ => {
                    s4 = (((kd::<D>(0.7)) * s4)
                        + (u2.cos().exp_m1() * ((kd::<D>((kd::<D>(-0.7)).re().floor())) * x[i5])))
                        .atan();
                }
            }
            s4 = ((kd::<D>(0.5)) * s4)
                + (((((x[i5] * a1.atan().exp().ln()).exp()).cos()) * ((w3 * s4).tanh())
                    + (u2 * (kd::<D>(0.1))))
                .atan());
            s4 = ((kd::<D>(0.5)) * s4) + dmin(a1, w3).sin();
        }
        s4 + w3
    }

    // seed 1000, program 26
    #[differentiable(wrt(x, y))]
    fn p26(x: [f64; 6], y: f64, rng: &mut Lcg) -> f64 {
        let mut s1: f64 = 0.0;
        for i2 in 0..x.len() {
            let a3: f64 = match i2 + 1 {
                5 => (1.1_f64
                    + ((1.0 + (s1.sin() * f64::sin(s1))) * (1.0f64 + (s1.sin() * s1.sin()))))
                .acosh(),
                7 => (0.9 * ((-(-0.19)).sin())).asin(),
                _ => s1.sin(),
            };
            let u4: f64 = rng.uniform();
            if u4 > 0.38 {
                s1 += x[i2].tanh();
            } else {
                s1 *= 1.0 + (0.3_f64 * (((-0.6) * 1.7).sin()));
            }
            s1 *= 1.0 + (0.3f64 * f64::cos((u4 / (1.5 + a3.tanh())).exp()));
            s1 = s1.max(f64::atan(y));
        }
        let a5 = y.mul_add(y, BETA);
        let mut s6: f64 = 1.0;
        let mut n8 = 4;
        for i7 in (1..n8).rev() {
            s1 *= 1.0 + (0.3 * f64::sin(1.096));
            for i9 in 0..x.len() / 2 {
                let a11 = {
                    let t10 = W[i7];
                    1.5
                };
                let mut n12 = 1;
                if i7 % 2 == 0 {
                    n12 += 1
                } else {
                    n12 += 2
                }
                s1 = (0.5 * s1) + x[2 * i9 + 1].sin();
                s6 = s6.min(W[i7].tanh());
            }
            n8 += 1;
            s6 -= ((s6 / (1.0 + (x[0] * x[0]))) + (core::f64::consts::PI * V[i7])).tanh();
            s1 -= y.exp2().sin();
        }
        let a5 = s6.floor() * Float::cos(a5 / (1.5f64 + 0.1.tanh()));
        (0.001 * ((((y - s1) * s6) + a5) - x[4])).tanh()
    }

    fn p26_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, rng: &mut Lcg) -> D {
        let mut s1: D = kd::<D>(0.0);
        for i2 in 0..x.len() {
            let a3: D = match i2 + 1 {
                5 => ((kd::<D>(1.1))
                    + (((kd::<D>(1.0)) + (s1.sin() * s1.sin()))
                        * ((kd::<D>(1.0)) + (s1.sin() * s1.sin()))))
                .acosh(),
                7 => ((kd::<D>(0.9)) * ((-(kd::<D>(-0.19))).sin())).asin(),
                _ => s1.sin(),
            };
            let u4: f64 = rng.uniform();
            if u4 > 0.38 {
                s1 += x[i2].tanh();
            } else {
                s1 *=
                    (kd::<D>(1.0)) + ((kd::<D>(0.3)) * (((kd::<D>(-0.6)) * (kd::<D>(1.7))).sin()));
            }
            s1 *= (kd::<D>(1.0))
                + ((kd::<D>(0.3)) * ((((kd::<D>(u4)) / ((kd::<D>(1.5)) + a3.tanh())).exp()).cos()));
            s1 = dmax(s1, y.atan());
        }
        let a5 = (y * y + (kd::<D>(BETA)));
        let mut s6: D = kd::<D>(1.0);
        let mut n8 = 4;
        for i7 in (1..n8).rev() {
            s1 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * ((kd::<D>(1.096)).sin()));
            for i9 in 0..x.len() / 2 {
                let a11 = {
                    let t10 = kd::<D>(W[i7]);
                    kd::<D>(1.5)
                };
                let mut n12 = 1;
                if i7 % 2 == 0 {
                    n12 += 1
                } else {
                    n12 += 2
                }
                s1 = ((kd::<D>(0.5)) * s1) + x[2 * i9 + 1].sin();
                s6 = dmin(s6, (kd::<D>(W[i7])).tanh());
            }
            n8 += 1;
            s6 -= ((s6 / ((kd::<D>(1.0)) + (x[0] * x[0])))
                + ((kd::<D>(core::f64::consts::PI)) * (kd::<D>(V[i7]))))
            .tanh();
            s1 -= y.exp2().sin();
        }
        let a5 =
            (kd::<D>(s6.re().floor())) * ((a5 / ((kd::<D>(1.5)) + ((kd::<D>(0.1)).tanh()))).cos());
        ((kd::<D>(0.001)) * ((((y - s1) * s6) + a5) - x[4])).tanh()
    }

    // seed 1000, program 27
    #[differentiable]
    fn p27<T>(x: [T; 6], y: T, rng: &mut Lcg) -> T
    where
        T: Float + NumAssign,
    {
        let u1: f64 = rng.uniform();
        let a2 = (c::<T>(u1)) * (y * x[0]);
        let k = 1;
        let k = k * 2;
        let a3 = T::sin(Float::mul_add(
            c::<T>(u1),
            ((c::<T>(1.106)).hypot(c::<T>(1.0))).log10(),
            a2 + x[5],
        )) * (c::<T>(weight(Cfg { k })));
        let mut s4 = c::<T>(0.5);
        for i5 in x.iter() {
            if k == 0 {
                s4 = c::<T>(1.0);
            }
            s4 += (((c::<T>(2.0)) + x[5].sin()).powi(0)).tanh();
            let u6: f64 = rng.uniform();
            if k == 1 {
                s4 = c::<T>(0.0);
            }
            s4 = (T::from(0.5).unwrap() * s4)
                + (({
                    let t7 = Float::tan((c::<T>(weight(Cfg { k }))).sin());
                    (c::<T>(weight(Cfg { k }))).mul_add(*i5, c::<T>(weight(Cfg { k })))
                })
                .cos());
            if k == 1 {
                s4 = c::<T>(0.0);
            }
            s4 -= (*i5).atan();
        }
        if ((c::<T>(weight(Cfg { k }))).signum()) * (c::<T>(k as f64)) >= y {
            let u8 = rng.uniform();
            s4 -= (c::<T>(u8)) * (((c::<T>(0.08)).exp2()).sin());
        }
        let mut s9 = c::<T>(0.0);
        for i10 in 0..x.len() - 1 {
            let mut n11: usize = 0usize;
            let mut n12 = 0;
            match k {
                1 => {}
                2 => n11 += 1,
                _ => n12 += 2,
            }
            let a2 = a2;
            s9 += Float::sin(c::<T>(-0.61));
        }
        ((((y * a2) - a3) + s4) + s9) + x[2]
    }

    fn p27_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, rng: &mut Lcg) -> D {
        let u1: f64 = rng.uniform();
        let a2 = (kd::<D>(u1)) * (y * x[0]);
        let k = 1;
        let k = k * 2;
        let a3 = (((kd::<D>(u1))
            * ((((kd::<D>(1.106)) * (kd::<D>(1.106)) + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt())
                .log10())
            + (a2 + x[5]))
            .sin())
            * (kd::<D>(weight(Cfg { k })));
        let mut s4 = kd::<D>(0.5);
        for i5 in x {
            if k == 0 {
                s4 = kd::<D>(1.0);
            }
            s4 += (((kd::<D>(2.0)) + x[5].sin()).powi(0)).tanh();
            let u6: f64 = rng.uniform();
            if k == 1 {
                s4 = kd::<D>(0.0);
            }
            s4 = ((kd::<D>(0.5)) * s4)
                + (({
                    let t7 = ((kd::<D>(weight(Cfg { k }))).sin()).tan();
                    ((kd::<D>(weight(Cfg { k }))) * (*i5) + (kd::<D>(weight(Cfg { k }))))
                })
                .cos());
            if k == 1 {
                s4 = kd::<D>(0.0);
            }
            s4 -= (*i5).atan();
        }
        if ((kd::<D>((kd::<D>(weight(Cfg { k }))).re().signum())) * (kd::<D>(k as f64))).re()
            >= y.re()
        {
            let u8 = rng.uniform();
            s4 -= (kd::<D>(u8)) * (((kd::<D>(0.08)).exp2()).sin());
        }
        let mut s9 = kd::<D>(0.0);
        for i10 in 0..x.len() - 1 {
            let mut n11: usize = 0usize;
            let mut n12 = 0;
            match k {
                1 => {}
                2 => n11 += 1,
                _ => n12 += 2,
            }
            let a2 = a2;
            s9 += (kd::<D>(-0.61)).sin();
        }
        ((((y * a2) - a3) + s4) + s9) + x[2]
    }

    // seed 1000, program 28
    #[differentiable]
    fn p28<T: Float + NumAssign>(x0: T, x1: T) -> T {
        let j1 = 3;
        match j1 {
            3 => {}
            x0 => {}
        }
        let k = j1 + 1;
        let k = k * 2;
        let a2 = (if k % 2 == 0 { x1 * x0 } else { x1 }) * (c::<T>(weight(Cfg { k })));
        let (u3, w4) = (
            ((c::<T>(core::f64::consts::PI)).atan()).exp2(),
            ((c::<T>(0.9)) * Float::tanh(c::<T>(weight(Cfg { k })))).atanh(),
        );
        let mut s5 = T::zero();
        for i6 in 1..3 {
            let a7 = ((c::<T>(weight(Cfg { k }))) / s5.tanh().exp()) - (c::<T>(0.565));
            let a8 = if T::sin(c::<T>(V[i6]))
                < T::acosh(
                    T::from(1.1).unwrap()
                        + (((c::<T>(1.0)) + (x0 * x0)) * ((c::<T>(1.0)) + (x0 * x0))),
                ) {
                c::<T>(weight(Cfg { k }))
            } else {
                Float::recip((c::<T>(1.5)) + x0.tanh())
            };
            s5 = (((c::<T>(0.7)) * s5) + a7).tanh();
        }
        (((x1 + a2) + u3) + w4) - s5
    }

    fn p28_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let j1 = 3;
        match j1 {
            3 => {}
            x0 => {}
        }
        let k = j1 + 1;
        let k = k * 2;
        let a2 = (if k % 2 == 0 { x1 * x0 } else { x1 }) * (kd::<D>(weight(Cfg { k })));
        let (u3, w4) = (
            ((kd::<D>(core::f64::consts::PI)).atan()).exp2(),
            ((kd::<D>(0.9)) * ((kd::<D>(weight(Cfg { k }))).tanh())).atanh(),
        );
        let mut s5 = kd::<D>(0.0);
        for i6 in 1..3 {
            let a7 = ((kd::<D>(weight(Cfg { k }))) / s5.tanh().exp()) - (kd::<D>(0.565));
            let a8 = if ((kd::<D>(V[i6])).sin()).re()
                < (((kd::<D>(1.1)) + (((kd::<D>(1.0)) + (x0 * x0)) * ((kd::<D>(1.0)) + (x0 * x0))))
                    .acosh())
                .re()
            {
                kd::<D>(weight(Cfg { k }))
            } else {
                ((kd::<D>(1.5)) + x0.tanh()).recip()
            };
            s5 = (((kd::<D>(0.7)) * s5) + a7).tanh();
        }
        (((x1 + a2) + u3) + w4) - s5
    }

    // seed 1000, program 29
    #[differentiable]
    fn p29(x: [f64; 4], nk: usize) -> f64 {
        let a1 = p23((ALPHA - x[1]).atan(), (core::f64::consts::PI + x[2]).atan());
        let a1 = x[0];
        let j2 = 0;
        let mut n3: usize = 1;
        match j2 {
            1 => n3 += 1,
            j2 => {}
        }
        a1 - x[0]
    }

    fn p29_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
        let a1 = p23_d(
            ((kd::<D>(ALPHA)) - x[1]).atan(),
            ((kd::<D>(core::f64::consts::PI)) + x[2]).atan(),
        );
        let a1 = x[0];
        let j2 = 0;
        let mut n3: usize = 1;
        match j2 {
            1 => n3 += 1,
            j2 => {}
        }
        a1 - x[0]
    }

    // seed 1000, program 30
    #[differentiable]
    fn p30(x0: f64, x1: f64, x2: f64) -> f64 {
        let mut n1: usize = 0;
        n1 += 1;
        let a2 = if x0.powi(1) >= 0.09_f64 {
            Float::exp_m1(x1) + x1.hypot(0.5f64 + ((-1.091) * (-1.091)))
        } else {
            Float::hypot(x2, 1.0).powi(-1).exp_m1()
        };
        let a3 = match n1 {
            39 => (1.0 + (x0 * x0)).cbrt(),
            _ => a2.sin().cosh(),
        };
        let (u4, w5) = (
            (1.2 / x2.cosh()) - (std::f64::consts::E / (2.0f64 + a3.sin())),
            (1.1 + (Float::abs(x0).cosh() * f64::abs(x0).cosh())).acosh(),
        );
        (((x2 * a2) - a3) + u4) + w5
    }

    fn p30_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let mut n1: usize = 0;
        n1 += 1;
        let a2 = if x0.powi(1).re() >= (kd::<D>(0.09)).re() {
            x1.exp_m1()
                + ((x1 * x1
                    + ((kd::<D>(0.5)) + ((kd::<D>(-1.091)) * (kd::<D>(-1.091))))
                        * ((kd::<D>(0.5)) + ((kd::<D>(-1.091)) * (kd::<D>(-1.091)))))
                .sqrt())
        } else {
            (((x2 * x2 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).powi(-1)).exp_m1()
        };
        let a3 = match n1 {
            39 => ((kd::<D>(1.0)) + (x0 * x0)).cbrt(),
            _ => a2.sin().cosh(),
        };
        let (u4, w5) = (
            ((kd::<D>(1.2)) / x2.cosh())
                - ((kd::<D>(std::f64::consts::E)) / ((kd::<D>(2.0)) + a3.sin())),
            ((kd::<D>(1.1)) + (x0.abs().cosh() * x0.abs().cosh())).acosh(),
        );
        (((x2 * a2) - a3) + u4) + w5
    }

    // seed 1000, program 31
    #[differentiable]
    fn p31<T>(x: &[T], y: T) -> T
    where
        T: Float,
    {
        let mut s1 = T::one();
        let mut n5 = 0;
        for i2 in 0..1 {
            for i3 in 0..x.len() {
                let a4 = match i3 % 3 {
                    0 => break,
                    2 => break,
                    _ => Float::ln_1p(
                        (c::<T>(0.5))
                            + (((c::<T>(1.5)) + s1.atan2((c::<T>(0.5)) + (x[i3] * x[i3])).tanh())
                                * ((c::<T>(1.5))
                                    + s1.atan2((c::<T>(0.5)) + (x[i3] * x[i3])).tanh())),
                    ),
                };
                if i2 == 0 {
                    s1 = c::<T>(0.0);
                }
                s1 = s1
                    + Float::tanh(
                        (T::from(2.0).unwrap() + T::sin(a4))
                            .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * x[i3].sin())).exp()),
                    );
            }
            s1 = s1
                * (T::one() + ((c::<T>(0.3)) * Float::asin((c::<T>(0.9)) * s1.atan().sin()).sin()));
            s1 = s1 + ((x[4] * x[4]).tanh());
            if if i2 > 0 { c::<T>(V[i2]) } else { y } >= c::<T>(ALPHA) {
                break;
            }
            n5 += 2
        }
        let mut s6 = T::zero();
        let mut n8 = 3;
        for i7 in (1..n8).rev() {
            let a9 = if s1 - s6 < c::<T>(0.84) {
                (((x[4] * x[3]).sin()).exp()).log(
                    (T::from(0.5).unwrap() + ((c::<T>(0.4)) * (((s6 + x[2]).sin()).sin()))).exp(),
                )
            } else {
                (((c::<T>(1.0)) + (x[2] * x[2])).powi(-1)) + x[4].sin().tan()
            };
            n8 += 1;
            if s6 - (c::<T>(V[i7])) <= c::<T>(ALPHA) {
                break;
            }
            for i10 in x {
                s6 = s6 - Float::tanh(x[1]);
                s6 = ((c::<T>(0.5)) * s6) + x[2].sin();
            }
            s1 = s1 - ((x[2].hypot(T::one()).powi(0) + T::cos(c::<T>(W[i7]))).tanh());
        }
        if n5 % 2 == 1 {
            s6 = ((c::<T>(0.5)) * s6)
                + (-(((c::<T>(1.0)) + (x[3] * x[3]))
                    .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * y.sin())).exp())));
        } else {
            s1 = s1 / ((c::<T>(1.0)) + (y * y));
        }
        ((c::<T>(0.001)) * (((y * s1) + s6) + x[4])).tanh()
    }

    fn p31_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let mut s1 = kd::<D>(1.0);
        let mut n5 = 0;
        for i2 in 0..1 {
            for i3 in 0..x.len() {
                let a4 = match i3 % 3 {
                    0 => break,
                    2 => break,
                    _ => ((kd::<D>(0.5))
                        + (((kd::<D>(1.5)) + datan2(s1, (kd::<D>(0.5)) + (x[i3] * x[i3])).tanh())
                            * ((kd::<D>(1.5))
                                + datan2(s1, (kd::<D>(0.5)) + (x[i3] * x[i3])).tanh())))
                    .ln_1p(),
                };
                if i2 == 0 {
                    s1 = kd::<D>(0.0);
                }
                s1 += (((kd::<D>(2.0)) + a4.sin()).ln()
                    / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * x[i3].sin())).exp()).ln())
                .tanh();
            }
            s1 *= (kd::<D>(1.0))
                + ((kd::<D>(0.3)) * ((((kd::<D>(0.9)) * s1.atan().sin()).asin()).sin()));
            s1 += (x[4] * x[4]).tanh();
            if (if i2 > 0 { kd::<D>(V[i2]) } else { y }).re() >= (kd::<D>(ALPHA)).re() {
                break;
            }
            n5 += 2
        }
        let mut s6 = kd::<D>(0.0);
        let mut n8 = 3;
        for i7 in (1..n8).rev() {
            let a9 = if (s1 - s6).re() < (kd::<D>(0.84)).re() {
                ((((x[4] * x[3]).sin()).exp()).ln()
                    / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * (((s6 + x[2]).sin()).sin()))).exp())
                        .ln())
            } else {
                (((kd::<D>(1.0)) + (x[2] * x[2])).powi(-1)) + x[4].sin().tan()
            };
            n8 += 1;
            if (s6 - (kd::<D>(V[i7]))).re() <= (kd::<D>(ALPHA)).re() {
                break;
            }
            for i10 in x {
                s6 -= x[1].tanh();
                s6 = ((kd::<D>(0.5)) * s6) + x[2].sin();
            }
            s1 -= ((((x[2] * x[2] + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).powi(0))
                + ((kd::<D>(W[i7])).cos()))
            .tanh();
        }
        if n5 % 2 == 1 {
            s6 = ((kd::<D>(0.5)) * s6)
                + (-(((kd::<D>(1.0)) + (x[3] * x[3])).ln()
                    / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * y.sin())).exp()).ln()));
        } else {
            s1 /= (kd::<D>(1.0)) + (y * y);
        }
        ((kd::<D>(0.001)) * (((y * s1) + s6) + x[4])).tanh()
    }

    // seed 1000, program 32
    #[differentiable]
    fn p32(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
        let mut s1 = 1.0_f64;
        let mut n5: usize = 0;
        let mut i2 = 0;
        while i2 < 1 {
            i2 += 1;
            let j3 = 0;
            if i2 <= 0 {
                break;
            }
            match j3 {
                1 => continue,
                2 => {
                    s1 *= 1.0f64
                        + (0.3
                            * Float::sin({
                                let t4 = x2;
                                s1 / t4.hypot(1.0f64)
                            }));
                }
                _ => {
                    s1 -= f64::atan((1.0 + (x0 * x0)).cbrt());
                    s1 /= 1.0 + ((i2 as f64) * (i2 as f64));
                }
            }
            let k = nk;
            let k = k * 2;
            s1 += weight(Cfg { k }) * f64::acos(0.9f64 * 1.029.tanh()).atan();
            s1 = (0.5 * s1) + s1.sin().cosh().atan();
            n5 += 1
        }
        let a6 = Float::ln_1p(0.5 + ((1.0 + (1.488 * 1.488)) * (1.0 + (1.488 * 1.488f64))));
        match n5 {
            1 | 5 => {
                s1 = (0.5 * s1) + a6;
            }
            16 => {
                s1 *= 1.0f64 + (0.3 * f64::atan(x1.powi(2)).sin());
                s1 -= x2;
            }
            _ => n5 += 2,
        }
        let a7 = match n5 {
            11 => (0.5 + ((2.0 + Float::sin(a6)) * (2.0_f64 + a6.sin()))).ln_1p(),
            20 => x0,
            29 => (0.9 * x2.tanh()).asin(),
            _ => Float::atan2(x1, 0.5 + (x0 * x0)),
        };
        (((x1 + x2) + s1) - a6) + a7
    }

    fn p32_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
        let mut s1 = kd::<D>(1.0);
        let mut n5: usize = 0;
        let mut i2 = 0;
        while i2 < 1 {
            i2 += 1;
            let j3 = 0;
            if i2 <= 0 {
                break;
            }
            match j3 {
                1 => continue,
                2 => {
                    s1 *= (kd::<D>(1.0))
                        + ((kd::<D>(0.3))
                            * (({
                                let t4 = x2;
                                s1 / ((t4 * t4 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt())
                            })
                            .sin()));
                }
                _ => {
                    s1 -= (((kd::<D>(1.0)) + (x0 * x0)).cbrt()).atan();
                    s1 /= (kd::<D>(1.0)) + ((kd::<D>(i2 as f64)) * (kd::<D>(i2 as f64)));
                }
            }
            let k = nk;
            let k = k * 2;
            s1 += (kd::<D>(weight(Cfg { k })))
                * ((((kd::<D>(0.9)) * ((kd::<D>(1.029)).tanh())).acos()).atan());
            s1 = ((kd::<D>(0.5)) * s1) + s1.sin().cosh().atan();
            n5 += 1
        }
        let a6 = ((kd::<D>(0.5))
            + (((kd::<D>(1.0)) + ((kd::<D>(1.488)) * (kd::<D>(1.488))))
                * ((kd::<D>(1.0)) + ((kd::<D>(1.488)) * (kd::<D>(1.488))))))
        .ln_1p();
        match n5 {
            1 | 5 => {
                s1 = ((kd::<D>(0.5)) * s1) + a6;
            }
            16 => {
                s1 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * x1.powi(2).atan().sin());
                s1 -= x2;
            }
            _ => n5 += 2,
        }
        let a7 = match n5 {
            11 => ((kd::<D>(0.5)) + (((kd::<D>(2.0)) + a6.sin()) * ((kd::<D>(2.0)) + a6.sin())))
                .ln_1p(),
            20 => x0,
            29 => ((kd::<D>(0.9)) * x2.tanh()).asin(),
            _ => datan2(x1, (kd::<D>(0.5)) + (x0 * x0)),
        };
        (((x1 + x2) + s1) - a6) + a7
    }

    // seed 1000, program 33
    #[differentiable]
    fn p33<T: Float + NumAssign>(x0: T, x1: T, x2: T, rng: &mut Lcg) -> T {
        let a1 = x0;
        let a1 = (c::<T>(-1.8)) * x1;
        let a2 = if a1.atan().cosh() >= c::<T>(-0.33) {
            Float::floor(x1 / ((c::<T>(1.0)) + (x0 * x0))) * T::mul_add(x1, x0, x1).tanh()
        } else {
            x0
        };
        let u3 = rng.uniform();
        let a4 =
            (c::<T>(u3)) * Float::atan(T::mul_add(c::<T>(u3), a1, T::from(1.45).unwrap()) + x1);
        let j5 = (u3 * 3.0) as usize;
        let mut n6: usize = 0;
        if n6 != 34 {
            n6 += 1;
        } else {
            n6 += 2;
        }
        (((x1 + x2) + a1) + a2) + a4
    }

    fn p33_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, rng: &mut Lcg) -> D {
        let a1 = x0;
        let a1 = (kd::<D>(-1.8)) * x1;
        let a2 = if a1.atan().cosh().re() >= (kd::<D>(-0.33)).re() {
            (kd::<D>((x1 / ((kd::<D>(1.0)) + (x0 * x0))).re().floor())) * ((x1 * x0 + x1).tanh())
        } else {
            x0
        };
        let u3 = rng.uniform();
        let a4 = (kd::<D>(u3)) * ((((kd::<D>(u3)) * a1 + (kd::<D>(1.45))) + x1).atan());
        let j5 = (u3 * 3.0) as usize;
        let mut n6: usize = 0;
        if n6 != 34 {
            n6 += 1;
        } else {
            n6 += 2;
        }
        (((x1 + x2) + a1) + a2) + a4
    }

    // seed 1000, program 34
    #[differentiable]
    fn p34(x: &[f64], rng: &mut Lcg) -> f64 {
        let u1 = rng.uniform();
        let a2 = u1 * f64::cos(core::f64::consts::PI.sin().mul_add(BETA.cos(), u1));
        let j3 = (u1 * 3.0) as usize;
        let q4: f64 = (0..=j3).map(|k| V[k % 8] + k as f64 * 0.25).sum();
        let a5 = a2 * 1.89;
        let (u6, w7) = (a5, x[0].atan());
        (((a2 + a5) - u6) + w7) + x[0]
    }

    fn p34_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], rng: &mut Lcg) -> D {
        let u1 = rng.uniform();
        let a2 = (kd::<D>(u1))
            * ((((kd::<D>(core::f64::consts::PI)).sin()) * ((kd::<D>(BETA)).cos())
                + (kd::<D>(u1)))
            .cos());
        let j3 = (u1 * 3.0) as usize;
        let q4: f64 = (0..=j3).map(|k| V[k % 8] + k as f64 * 0.25).sum();
        let a5 = a2 * (kd::<D>(1.89));
        let (u6, w7) = (a5, x[0].atan());
        (((a2 + a5) - u6) + w7) + x[0]
    }

    // seed 1000, program 35
    #[differentiable]
    fn p35(x0: f64, x1: f64, x2: f64) -> f64 {
        let k = 0;
        let k = k * 2;
        let a1 = weight(Cfg { k }) * weight(Cfg { k });
        let o2: Option<f64> = if k > 1 { None } else { Some(V[k % 8]) };
        let a3 = match o2 {
            Some(x0) => x0 + ((-x2) + 0.78),
            None => weight(Cfg { k }).min(x0),
        };
        let mut m4 = f64::ln(1.0_f64 + (x2 * x2));
        let a5: f64 = match k {
            0 => (1.214 - 0.75).mul_add(-weight(Cfg { k }), x1 + x2),
            2 => (x2 * V[k]) * (if x1 <= 0.93 { x1 } else { x0 }),
            _ => (x0 * weight(Cfg { k })) + (x2 - (-0.205)),
        };
        (((x2 - a1) + a3) + m4) + a5
    }

    fn p35_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let k = 0;
        let k = k * 2;
        let a1 = (kd::<D>(weight(Cfg { k }))) * (kd::<D>(weight(Cfg { k })));
        let o2: Option<f64> = if k > 1 { None } else { Some(V[k % 8]) };
        let a3 = match o2 {
            Some(x0) => (kd::<D>(x0)) + ((-x2) + (kd::<D>(0.78))),
            None => dmin(kd::<D>(weight(Cfg { k })), x0),
        };
        let mut m4 = ((kd::<D>(1.0)) + (x2 * x2)).ln();
        let a5: D = match k {
            0 => {
                (((kd::<D>(1.214)) - (kd::<D>(0.75))) * (-(kd::<D>(weight(Cfg { k })))) + (x1 + x2))
            }
            2 => {
                (x2 * (kd::<D>(V[k])))
                    * (if x1.re() <= (kd::<D>(0.93)).re() {
                        x1
                    } else {
                        x0
                    })
            }
            _ => (x0 * (kd::<D>(weight(Cfg { k })))) + (x2 - (kd::<D>(-0.205))),
        };
        (((x2 - a1) + a3) + m4) + a5
    }

    // seed 1000, program 36
    #[differentiable]
    fn p36(x0: f64, x1: f64) -> f64 {
        let a1 = (0.9 * x0.sin()).atanh();
        let mut s2: f64 = 1.0;
        let mut i3 = 0;
        while i3 < 4 {
            let mut i4 = 0;
            while i4 < 3 {
                let mut n5 = 0;
                let mut n6: usize = 0usize;
                match i4 % 3 {
                    0 => {
                        s2 += f64::atan(a1);
                    }
                    2 => n5 += 1,
                    _ => n6 += 1,
                }
                let a7 = match i4 {
                    0 => f64::hypot(a1, 0.5 + (a1 * a1)),
                    _ => x0,
                };
                s2 = (0.5f64 * s2) + s2.tanh().powi(3).atan();
                i4 += 1;
            }
            let a8 = if i3 % 2 == 0 { break } else { s2 };
            s2 *= 1.0_f64 + (0.3 * ((x1 - s2).sin()));
            i3 += 1
        }
        let mut s9 = 0.0_f64;
        for i10 in 1..3 {
            let mut m11 = -x0;
            let mut i12 = 0;
            while i12 < 2 {
                let mut n13: usize = 0usize;
                if n13 >= 33 {
                    n13 += 1;
                } else {
                    n13 += 2
                }
                let q14: f64 = (0..=i10).map(|x1| W[x1 % 8]).sum();
                s2 += ((2.0f64 + f64::exp_m1(m11.tanh()).sin()).ln()).cos();
                i12 += 1
            }
            m11 = (0.5 * m11) + f64::cos(Float::powf(1.5_f64 + ((x0 + a1).tanh()), 0.4));
            s2 *= 1.0 + (0.3 * ((-s2).sin()));
        }
        let mut s15 = 1.0;
        let mut n17 = 3;
        for i16 in (0..=n17).rev() {
            let j18 = 3;
            let mut n19 = 0;
            let mut n20 = 0usize;
            match j18 {
                0 => continue,
                3 => n19 += 2,
                s2 => n20 += 2,
            }
            n17 += 1;
            s2 += Float::sin(x0);
            s9 = s9.max(((0.9 * f64::sin(Float::atan(s2) * f64::sin(s15))).acos()).tanh());
        }
        Float::tanh(0.001 * ((((x1 + a1) * s2) * s9) + s15))
    }

    fn p36_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let a1 = ((kd::<D>(0.9)) * x0.sin()).atanh();
        let mut s2: D = kd::<D>(1.0);
        let mut i3 = 0;
        while i3 < 4 {
            let mut i4 = 0;
            while i4 < 3 {
                let mut n5 = 0;
                let mut n6: usize = 0usize;
                match i4 % 3 {
                    0 => {
                        s2 += a1.atan();
                    }
                    2 => n5 += 1,
                    _ => n6 += 1,
                }
                let a7 = match i4 {
                    0 => (a1 * a1 + ((kd::<D>(0.5)) + (a1 * a1)) * ((kd::<D>(0.5)) + (a1 * a1)))
                        .sqrt(),
                    _ => x0,
                };
                s2 = ((kd::<D>(0.5)) * s2) + s2.tanh().powi(3).atan();
                i4 += 1;
            }
            let a8 = if i3 % 2 == 0 { break } else { s2 };
            s2 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * ((x1 - s2).sin()));
            i3 += 1
        }
        let mut s9 = kd::<D>(0.0);
        for i10 in 1..3 {
            let mut m11 = -x0;
            let mut i12 = 0;
            while i12 < 2 {
                let mut n13: usize = 0usize;
                if n13 >= 33 {
                    n13 += 1;
                } else {
                    n13 += 2
                }
                let q14: f64 = (0..=i10).map(|x1| W[x1 % 8]).sum();
                s2 += (((kd::<D>(2.0)) + m11.tanh().exp_m1().sin()).ln()).cos();
                i12 += 1
            }
            m11 = ((kd::<D>(0.5)) * m11)
                + ((((kd::<D>(0.4)) * ((kd::<D>(1.5)) + ((x0 + a1).tanh())).ln()).exp()).cos());
            s2 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * ((-s2).sin()));
        }
        let mut s15 = kd::<D>(1.0);
        let mut n17 = 3;
        for i16 in (0..=n17).rev() {
            let j18 = 3;
            let mut n19 = 0;
            let mut n20 = 0usize;
            match j18 {
                0 => continue,
                3 => n19 += 2,
                s2 => n20 += 2,
            }
            n17 += 1;
            s2 += x0.sin();
            s9 = dmax(
                s9,
                (((kd::<D>(0.9)) * ((s2.atan() * s15.sin()).sin())).acos()).tanh(),
            );
        }
        ((kd::<D>(0.001)) * ((((x1 + a1) * s2) * s9) + s15)).tanh()
    }

    // seed 1000, program 37
    #[differentiable]
    fn p37(x0: f64, x1: f64, x2: f64) -> f64 {
        let mut n1 = 0;
        n1 += 1;
        let a2 = x1;
        let a3 = match n1 {
            9 => a2 / (1.0 + (a2.hypot(0.5 + (x0 * x0)) * a2.hypot(0.5f64 + (x0 * x0)))),
            _ => (0.9 * ((((1.0_f64 + (BETA * BETA)).recip()).sin()).tanh())).atanh(),
        };
        let mut m4 = Float::cosh(x2).powf(x0);
        m4 *= 1.0 + (0.3f64 * 1.61.sin());
        (((x1 + x2) - a2) + a3) + m4
    }

    fn p37_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let mut n1 = 0;
        n1 += 1;
        let a2 = x1;
        let a3 = match n1 {
            9 => {
                a2 / ((kd::<D>(1.0))
                    + (((a2 * a2 + ((kd::<D>(0.5)) + (x0 * x0)) * ((kd::<D>(0.5)) + (x0 * x0)))
                        .sqrt())
                        * ((a2 * a2
                            + ((kd::<D>(0.5)) + (x0 * x0)) * ((kd::<D>(0.5)) + (x0 * x0)))
                            .sqrt())))
            }
            _ => ((kd::<D>(0.9))
                * (((((kd::<D>(1.0)) + ((kd::<D>(BETA)) * (kd::<D>(BETA)))).recip()).sin())
                    .tanh()))
            .atanh(),
        };
        let mut m4 = (x0 * x2.cosh().ln()).exp();
        m4 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * ((kd::<D>(1.61)).sin()));
        (((x1 + x2) - a2) + a3) + m4
    }

    // seed 1000, program 38
    #[differentiable]
    fn p38(x: [f64; 4]) -> f64 {
        let a1: f64 = 0.23.cosh();
        let a1 = (a1.atan() * Float::cos(a1 + a1)).abs();
        let j2 = 3;
        let a3 = match j2 {
            0 => p37(1.21, a1.sin(), a1.atan()),
            _ => a1,
        };
        (a1 - a3) * x[3]
    }

    fn p38_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let a1: D = (kd::<D>(0.23)).cosh();
        let a1 = (a1.atan() * ((a1 + a1).cos())).abs();
        let j2 = 3;
        let a3 = match j2 {
            0 => p37_d(kd::<D>(1.21), a1.sin(), a1.atan()),
            _ => a1,
        };
        (a1 - a3) * x[3]
    }

    // seed 1000, program 39
    #[differentiable]
    fn p39<T: Float + NumAssign>(x: [T; 3], y: T) -> T {
        let a1 = Float::cos(x[0].ceil() * x[2]).exp().powi(0);
        let a2: T = T::mul_add(
            x[2],
            Float::powf(
                T::atan(c::<T>(std::f64::consts::E)).cosh(),
                x[2].clamp(c::<T>(-1.45), c::<T>(1.12)),
            )
            .tanh(),
            x[2],
        );
        let mut s3 = c::<T>(1.0);
        let mut n5 = 2;
        for i4 in (1..=n5).rev() {
            let k = if i4 >= 1 { break } else { i4 };
            s3 -= (if k % 2 == 1 { x[1] } else { a2 }).sin();
            n5 += 1;
            s3 = ((c::<T>(0.5)) * s3) + a2.atan().exp().powi(-2).tanh();
        }
        s3 *= T::one() + ((c::<T>(0.3)) * a2.sin());
        (((y + a1) * a2) + s3) + x[0]
    }

    fn p39_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let a1 = ((((kd::<D>(x[0].re().ceil())) * x[2]).cos()).exp()).powi(0);
        let a2: D = (x[2]
            * (((dclamp(x[2], kd::<D>(-1.45), kd::<D>(1.12))
                * (((kd::<D>(std::f64::consts::E)).atan()).cosh()).ln())
            .exp())
            .tanh())
            + x[2]);
        let mut s3 = kd::<D>(1.0);
        let mut n5 = 2;
        for i4 in (1..=n5).rev() {
            let k = if i4 >= 1 { break } else { i4 };
            s3 -= (if k % 2 == 1 { x[1] } else { a2 }).sin();
            n5 += 1;
            s3 = ((kd::<D>(0.5)) * s3) + a2.atan().exp().powi(-2).tanh();
        }
        s3 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * a2.sin());
        (((y + a1) * a2) + s3) + x[0]
    }

    // seed 1000, program 40
    #[differentiable]
    fn p40<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
        let mut s1: T = c::<T>(1.0);
        let mut n3 = 4;
        for i2 in (0..n3).rev() {
            let a4 = x1.abs();
            s1 +=
                Float::tanh(a4.tanh() * ((T::one() + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))).sqrt()));
            n3 += 1
        }
        let a5 = if n3 > 8 {
            -T::from(-0.457).unwrap()
        } else {
            x0.cos() + Float::log10(T::one() + (x0 * x0))
        };
        if x2 > c::<T>(-0.46) {
            return c::<T>(-1.63);
        }
        let mut s6 = T::from(0.5).unwrap();
        for i7 in 1..3 {
            let mut m8 = T::exp_m1(T::sin(
                T::asin((c::<T>(0.9)) * a5.cos().sin()).atan2(
                    (c::<T>(0.5))
                        + ((((c::<T>(0.5))
                            + (((c::<T>(2.0)) + x2.sin()) * ((c::<T>(2.0)) + x2.sin())))
                        .ln_1p())
                            * (((c::<T>(0.5))
                                + ((T::from(2.0).unwrap() + x2.sin())
                                    * ((c::<T>(2.0)) + x2.sin())))
                            .ln_1p())),
                ),
            ));
            m8 += T::tanh(((-x2).hypot(T::one())).powi(-2));
        }
        let mut n11 = 0;
        for i9 in 2..6 {
            let a10: T = Float::ln(Float::cosh(T::atan(s1)));
            match n3 {
                14 => {
                    s1 /=
                        (c::<T>(2.0)) + T::powf((c::<T>(1.548)).hypot(T::one()), T::atan(s6)).sin();
                    s6 -= T::atan(c::<T>(i9 as f64));
                }
                34 => {
                    s1 *= T::one()
                        + ((c::<T>(0.3))
                            * T::cos(
                                (c::<T>(1.5)) + ((((c::<T>(i9 as f64)).cos()).cosh()).tanh()),
                            ));
                }
                38 => {
                    s6 -= ((-s1)
                        / ((c::<T>(2.0))
                            + ((x0 / ((c::<T>(2.0)) + ((c::<T>(-0.68)).sin()))).sin())))
                    .atan();
                }
                _ => {}
            }
            s1 -= Float::atan(Float::atan2(
                (T::from(1.5).unwrap() + T::tanh(x0)).sqrt(),
                -((c::<T>(0.5))
                    + (((T::from(0.9).unwrap() * a10.cos().sin()).acos())
                        * (((c::<T>(0.9)) * a10.cos().sin()).acos()))),
            ));
            s6 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(T::atan(c::<T>(-1.4))));
            n11 += 2
        }
        (T::from(0.001).unwrap() * ((((x1 + x2) + s1) + a5) + s6)).tanh()
    }

    fn p40_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let mut s1: D = kd::<D>(1.0);
        let mut n3 = 4;
        for i2 in (0..n3).rev() {
            let a4 = x1.abs();
            s1 += (a4.tanh() * (((kd::<D>(1.0)) + ((kd::<D>(ALPHA)) * (kd::<D>(ALPHA)))).sqrt()))
                .tanh();
            n3 += 1
        }
        let a5 = if n3 > 8 {
            -(kd::<D>(-0.457))
        } else {
            x0.cos() + (((kd::<D>(1.0)) + (x0 * x0)).log10())
        };
        if x2.re() > (kd::<D>(-0.46)).re() {
            return kd::<D>(-1.63);
        }
        let mut s6 = kd::<D>(0.5);
        for i7 in 1..3 {
            let mut m8 = datan2(
                ((kd::<D>(0.9)) * a5.cos().sin()).asin(),
                (kd::<D>(0.5))
                    + ((((kd::<D>(0.5))
                        + (((kd::<D>(2.0)) + x2.sin()) * ((kd::<D>(2.0)) + x2.sin())))
                    .ln_1p())
                        * (((kd::<D>(0.5))
                            + (((kd::<D>(2.0)) + x2.sin()) * ((kd::<D>(2.0)) + x2.sin())))
                        .ln_1p())),
            )
            .sin()
            .exp_m1();
            m8 += ((((-x2) * (-x2) + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).powi(-2)).tanh();
        }
        let mut n11 = 0;
        for i9 in 2..6 {
            let a10: D = s1.atan().cosh().ln();
            match n3 {
                14 => {
                    s1 /= (kd::<D>(2.0))
                        + (((s6.atan()
                            * (((kd::<D>(1.548)) * (kd::<D>(1.548))
                                + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                            .sqrt())
                            .ln())
                        .exp())
                        .sin());
                    s6 -= (kd::<D>(i9 as f64)).atan();
                }
                34 => {
                    s1 *= (kd::<D>(1.0))
                        + ((kd::<D>(0.3))
                            * (((kd::<D>(1.5)) + ((((kd::<D>(i9 as f64)).cos()).cosh()).tanh()))
                                .cos()));
                }
                38 => {
                    s6 -= ((-s1)
                        / ((kd::<D>(2.0))
                            + ((x0 / ((kd::<D>(2.0)) + ((kd::<D>(-0.68)).sin()))).sin())))
                    .atan();
                }
                _ => {}
            }
            s1 -= datan2(
                ((kd::<D>(1.5)) + x0.tanh()).sqrt(),
                -((kd::<D>(0.5))
                    + ((((kd::<D>(0.9)) * a10.cos().sin()).acos())
                        * (((kd::<D>(0.9)) * a10.cos().sin()).acos()))),
            )
            .atan();
            s6 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * (((kd::<D>(-1.4)).atan()).sin()));
            n11 += 2
        }
        ((kd::<D>(0.001)) * ((((x1 + x2) + s1) + a5) + s6)).tanh()
    }

    // seed 1000, program 41
    #[differentiable]
    fn p41(x0: f64, x1: f64, x2: f64, rng: &mut Lcg) -> f64 {
        let (u1, w2) = ((x1 + x0) - (x1 - x2), (std::f64::consts::E * x2).sin());
        let j3 = 3;
        let a4 = match j3 {
            0 => x0,
            1 => ((1.5f64 + u1.tanh()).sqrt()) * Float::ln_1p(0.5 + (w2.exp() * w2.exp())),
            2 => core::f64::consts::PI,
            _ => (j3 as f64) * (-w2),
        };
        let u5 = rng.uniform();
        let a6 = a4.hypot(0.5 + (x2 * x2)) - u1;
        let mut s7 = 1.0;
        for i8 in 0..1 {
            let mut n9 = 0;
            if Float::sinh(x2) > -0.65 {
                continue;
            }
            n9 += 1;
            s7 = (0.5f64 * s7) + Float::sin(u5);
        }
        s7
    }

    fn p41_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, rng: &mut Lcg) -> D {
        let (u1, w2) = (
            (x1 + x0) - (x1 - x2),
            ((kd::<D>(std::f64::consts::E)) * x2).sin(),
        );
        let j3 = 3;
        let a4 = match j3 {
            0 => x0,
            1 => {
                (((kd::<D>(1.5)) + u1.tanh()).sqrt())
                    * (((kd::<D>(0.5)) + (w2.exp() * w2.exp())).ln_1p())
            }
            2 => kd::<D>(core::f64::consts::PI),
            _ => (kd::<D>(j3 as f64)) * (-w2),
        };
        let u5 = rng.uniform();
        let a6 =
            ((a4 * a4 + ((kd::<D>(0.5)) + (x2 * x2)) * ((kd::<D>(0.5)) + (x2 * x2))).sqrt()) - u1;
        let mut s7 = kd::<D>(1.0);
        for i8 in 0..1 {
            let mut n9 = 0;
            if x2.sinh().re() > (kd::<D>(-0.65)).re() {
                continue;
            }
            n9 += 1;
            s7 = ((kd::<D>(0.5)) * s7) + ((kd::<D>(u5)).sin());
        }
        s7
    }

    // seed 1000, program 42
    #[differentiable]
    fn p42(x0: f64, x1: f64) -> f64 {
        let j1 = 0;
        let a2 = match j1 {
            0 => Float::sinh(f64::cos(x0)),
            2 => f64::ln_1p(0.5 + ((2.0_f64 + x0.sin()) * (2.0 + x0.sin()))),
            _ => (x1 * x1) * x0,
        };
        let mut s3 = 1.0;
        let mut n6 = 0;
        for i4 in 2..5 {
            s3 *= 1.0 + (0.3f64 * (((x0 + x0) / (1.5 + f64::tanh(-s3))).sin()));
            let mut n5 = 0usize;
            match i4 {
                0 => n5 += 1,
                4 => break,
                _ => {}
            }
            s3 = (0.5 * s3) + Float::cos(-x1);
            n6 += 1
        }
        let mut m7: f64 = x0 + (-0.2_f64);
        match n6 {
            11 => return Float::sin(s3.cos() * x1),
            _ => {
                m7 -= x1;
            }
        }
        if j1 == 0 {
            m7 = 0.0f64;
        }
        m7 += (1.5f64 + f64::tanh((j1 as f64))).powi(-2);
        (((x0 - x1) * a2) * s3) * m7
    }

    fn p42_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let j1 = 0;
        let a2 = match j1 {
            0 => x0.cos().sinh(),
            2 => ((kd::<D>(0.5)) + (((kd::<D>(2.0)) + x0.sin()) * ((kd::<D>(2.0)) + x0.sin())))
                .ln_1p(),
            _ => (x1 * x1) * x0,
        };
        let mut s3 = kd::<D>(1.0);
        let mut n6 = 0;
        for i4 in 2..5 {
            s3 *= (kd::<D>(1.0))
                + ((kd::<D>(0.3)) * (((x0 + x0) / ((kd::<D>(1.5)) + ((-s3).tanh()))).sin()));
            let mut n5 = 0usize;
            match i4 {
                0 => n5 += 1,
                4 => break,
                _ => {}
            }
            s3 = ((kd::<D>(0.5)) * s3) + ((-x1).cos());
            n6 += 1
        }
        let mut m7: D = x0 + (kd::<D>(-0.2));
        match n6 {
            11 => return (s3.cos() * x1).sin(),
            _ => {
                m7 -= x1;
            }
        }
        if j1 == 0 {
            m7 = kd::<D>(0.0);
        }
        m7 += ((kd::<D>(1.5)) + ((kd::<D>(j1 as f64)).tanh())).powi(-2);
        (((x0 - x1) * a2) * s3) * m7
    }

    // seed 1000, program 43
    #[differentiable]
    fn p43<T: Float>(x: &[T]) -> T {
        let a1 = (((c::<T>(BETA)) - (c::<T>(BETA))).sin()).sinh();
        let mut s2 = c::<T>(0.0);
        let mut n4 = 4;
        for i3 in (1..n4).rev() {
            let q5: f64 = (0..2).fold(0.0, |a1, s2| a1 + V[s2] + s2 as f64 * 0.25);
            if i3 != 3 {
                break;
            }
            s2 = (-((T::from(0.9).unwrap() * x[0].tanh()).atanh())).atan();
            s2 = ((c::<T>(0.5)) * s2)
                + Float::acos((c::<T>(0.9)) * (((c::<T>(W[i3])).atan()).sin())).tanh();
            s2 = (((c::<T>(0.7)) * s2) + (T::atan(a1) + s2)).sin();
            n4 += 1;
        }
        for i6 in x {
            let a7 = if n4 <= 30 { x[1].atan() } else { a1 };
            s2 = s2.min(T::sin(
                ((c::<T>(2.0)) + ((a1 + (c::<T>(-1.695))).sin()))
                    .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * (((c::<T>(ALPHA)).sin()).sin()))).exp()),
            ));
            s2 = (T::from(0.5).unwrap() * s2) + x[4].exp().ln().cos();
        }
        let mut s8 = c::<T>(1.0);
        let mut n14 = 0;
        for &i9 in x.iter() {
            let mut s10 = T::zero();
            let mut n12 = 3;
            for i11 in (0..n12).rev() {
                match n4 % 3 {
                    0 => break,
                    2 => continue,
                    _ => {
                        s8 = s8 / (T::one() + ((c::<T>(1.7)) * (c::<T>(1.7))));
                        s8 = ((c::<T>(0.5)) * s8)
                            + T::cos(
                                ((x[3] + a1).sin()).mul_add(
                                    Float::sin(s2) * x[5],
                                    ((c::<T>(2.0)) + x[4].sin()).log(
                                        (T::from(0.5).unwrap()
                                            + ((c::<T>(0.4))
                                                * (((c::<T>(i11 as f64)).cos()).sin())))
                                        .exp(),
                                    ),
                                ),
                            );
                    }
                }
                s10 = s10.min(Float::atan(x[1].cosh().powf(T::cos(c::<T>(ALPHA)))));
                n12 += 1;
                s2 = s2
                    + Float::atanh(
                        (c::<T>(0.9)) * T::cos((c::<T>(W[i11])) + (c::<T>(i11 as f64))).sin(),
                    )
                    .tanh();
            }
            let a13 = s8;
            s8 = s8
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3))
                        * T::sin(i9.atan().exp().powf(Float::tanh((c::<T>(ALPHA)) + s2)))));
            n14 += 1;
        }
        let mut s15 = T::from(0.5).unwrap();
        for i16 in 0..x.len() - 1 {
            let mut s17 = c::<T>(0.0);
            for i18 in 0..4 {
                let a19 = x[i16 + 1].asinh() + x[i16];
                let (u20, w21) = (
                    (x[i16] + s15) - (((c::<T>(ALPHA)).atan()).exp2()),
                    Float::exp_m1(x[i16 + 1]) + (s2 + x[i16]),
                );
                if s15 >= c::<T>(0.8) {
                    break;
                }
                s2 = s2 + ((x[i16 + 1].tanh() * s8.atan()).cos());
                s15 = ((c::<T>(0.5)) * s15) + T::atan(-((c::<T>(0.98)).exp2()));
            }
            let a22 = (c::<T>(0.5)).tanh();
            s15 = s15
                + T::tanh(
                    ({
                        let t23 = c::<T>(core::f64::consts::PI);
                        x[i16 + 1]
                    }) * Float::cos(x[i16]),
                );
            s15 = ((c::<T>(0.5)) * s15) + ((x[i16].cos() * s8.tanh()).tanh());
        }
        s15
    }

    fn p43_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let a1 = (((kd::<D>(BETA)) - (kd::<D>(BETA))).sin()).sinh();
        let mut s2 = kd::<D>(0.0);
        let mut n4 = 4;
        for i3 in (1..n4).rev() {
            let q5: f64 = (0..2).fold(0.0, |a1, s2| a1 + V[s2] + s2 as f64 * 0.25);
            if i3 != 3 {
                break;
            }
            s2 = (-(((kd::<D>(0.9)) * x[0].tanh()).atanh())).atan();
            s2 = ((kd::<D>(0.5)) * s2)
                + ((((kd::<D>(0.9)) * (((kd::<D>(W[i3])).atan()).sin())).acos()).tanh());
            s2 = (((kd::<D>(0.7)) * s2) + (a1.atan() + s2)).sin();
            n4 += 1;
        }
        for i6 in x {
            let a7 = if n4 <= 30 { x[1].atan() } else { a1 };
            s2 = dmin(
                s2,
                (((kd::<D>(2.0)) + ((a1 + (kd::<D>(-1.695))).sin())).ln()
                    / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * (((kd::<D>(ALPHA)).sin()).sin())))
                        .exp())
                    .ln())
                .sin(),
            );
            s2 = ((kd::<D>(0.5)) * s2) + x[4].exp().ln().cos();
        }
        let mut s8 = kd::<D>(1.0);
        let mut n14 = 0;
        for &i9 in x.iter() {
            let mut s10 = kd::<D>(0.0);
            let mut n12 = 3;
            for i11 in (0..n12).rev() {
                match n4 % 3 {
                    0 => break,
                    2 => continue,
                    _ => {
                        s8 /= (kd::<D>(1.0)) + ((kd::<D>(1.7)) * (kd::<D>(1.7)));
                        s8 = ((kd::<D>(0.5)) * s8)
                            + ((((x[3] + a1).sin()) * (s2.sin() * x[5])
                                + (((kd::<D>(2.0)) + x[4].sin()).ln()
                                    / (((kd::<D>(0.5))
                                        + ((kd::<D>(0.4))
                                            * (((kd::<D>(i11 as f64)).cos()).sin())))
                                    .exp())
                                    .ln()))
                            .cos());
                    }
                }
                s10 = dmin(
                    s10,
                    ((((kd::<D>(ALPHA)).cos()) * x[1].cosh().ln()).exp()).atan(),
                );
                n12 += 1;
                s2 += (((kd::<D>(0.9))
                    * ((((kd::<D>(W[i11])) + (kd::<D>(i11 as f64))).cos()).sin()))
                .atanh())
                .tanh();
            }
            let a13 = s8;
            s8 *= (kd::<D>(1.0))
                + ((kd::<D>(0.3))
                    * ((((((kd::<D>(ALPHA)) + s2).tanh()) * i9.atan().exp().ln()).exp()).sin()));
            n14 += 1;
        }
        let mut s15 = kd::<D>(0.5);
        for i16 in 0..x.len() - 1 {
            let mut s17 = kd::<D>(0.0);
            for i18 in 0..4 {
                let a19 = x[i16 + 1].asinh() + x[i16];
                let (u20, w21) = (
                    (x[i16] + s15) - (((kd::<D>(ALPHA)).atan()).exp2()),
                    x[i16 + 1].exp_m1() + (s2 + x[i16]),
                );
                if s15.re() >= (kd::<D>(0.8)).re() {
                    break;
                }
                s2 += (x[i16 + 1].tanh() * s8.atan()).cos();
                s15 = ((kd::<D>(0.5)) * s15) + ((-((kd::<D>(0.98)).exp2())).atan());
            }
            let a22 = (kd::<D>(0.5)).tanh();
            s15 += (({
                let t23 = kd::<D>(core::f64::consts::PI);
                x[i16 + 1]
            }) * x[i16].cos())
            .tanh();
            s15 = ((kd::<D>(0.5)) * s15) + ((x[i16].cos() * s8.tanh()).tanh());
        }
        s15
    }

    // seed 1000, program 44
    #[differentiable]
    fn p44(x: &[f64], y: f64) -> f64 {
        let k = 2;
        let k = k * 2;
        let a1 = Float::atan(Float::exp(x[0]).sqrt()) * weight(Cfg { k });
        let a2 = (-1.35_f64) * Float::mul_add(0.888, x[2], x[4]);
        let a2: f64 = a2;
        let mut s3: f64 = 1.0;
        let mut n5 = 4;
        let mut n8 = 0usize;
        for i4 in (0..=n5).rev() {
            let a6 = x[2] / (1.0 + ((-1.777) * (-1.777)));
            s3 += Float::tanh(y.sinh() + f64::log2(1.0 + ((k as f64) * (k as f64))));
            n5 += 1;
            if {
                let t7 = s3;
                a1
            } >= a1 - y
            {
                continue;
            }
            n8 += 1;
        }
        s3 = f64::cos((0.7 * s3) + (std::f64::consts::E / x[4].exp()));
        (((y + a1) + a2) + s3) + x[4]
    }

    fn p44_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let k = 2;
        let k = k * 2;
        let a1 = x[0].exp().sqrt().atan() * (kd::<D>(weight(Cfg { k })));
        let a2 = (kd::<D>(-1.35)) * ((kd::<D>(0.888)) * x[2] + x[4]);
        let a2: D = a2;
        let mut s3: D = kd::<D>(1.0);
        let mut n5 = 4;
        let mut n8 = 0usize;
        for i4 in (0..=n5).rev() {
            let a6 = x[2] / ((kd::<D>(1.0)) + ((kd::<D>(-1.777)) * (kd::<D>(-1.777))));
            s3 += (y.sinh()
                + (((kd::<D>(1.0)) + ((kd::<D>(k as f64)) * (kd::<D>(k as f64)))).log2()))
            .tanh();
            n5 += 1;
            if ({
                let t7 = s3;
                a1
            })
            .re()
                >= (a1 - y).re()
            {
                continue;
            }
            n8 += 1;
        }
        s3 = (((kd::<D>(0.7)) * s3) + ((kd::<D>(std::f64::consts::E)) / x[4].exp())).cos();
        (((y + a1) + a2) + s3) + x[4]
    }

    // seed 1000, program 45
    #[differentiable(wrt(x0, x1))]
    fn p45<T: Float>(x0: T, x1: T, rng: &mut Lcg) -> T {
        let j1 = 0;
        let o2: Option<f64> = if j1 > 1 { None } else { Some(V[j1 % 8]) };
        let q3: f64 = match o2 {
            Some(j1) => j1,
            None => 1.0,
        };
        let a4 = (c::<T>(q3)) * ((((c::<T>(1.0)) + (x1.asinh() * x1.asinh())).log10()).atan());
        let a5 = x0 - (c::<T>(q3));
        if x0.cosh().sqrt() <= x1.cosh() {
            return a4;
        }
        let u6 = rng.uniform();
        let a7 = (c::<T>(u6)) * (((c::<T>(2.0)) + x1.sin()).log10());
        let j8 = (u6 * 3.0) as usize;
        let (u9, w10) = (Float::log2(a7.tanh().exp()), x0.sin());
        let mut s11 = T::one();
        let mut i12 = 0;
        while i12 < 1 {
            let mut i13 = 0;
            while i13 < 1 {
                let (u14, w15) = (
                    Float::atan2(a5, -((c::<T>(0.5)) + (a5 * a5))),
                    Float::atan2(
                        w10,
                        -(T::from(0.5).unwrap()
                            + ((c::<T>(core::f64::consts::PI)) * (c::<T>(core::f64::consts::PI)))),
                    ),
                );
                if Float::acosh(
                    (c::<T>(1.1))
                        + (((c::<T>(2.0)) + Float::sin(a4)) * ((c::<T>(2.0)) + T::sin(a4))),
                ) <= (c::<T>(-1.5)) - x1
                    || j8 % 2 == 1
                {
                    let u16: f64 = rng.uniform();
                    s11 = s11 + ((c::<T>(u16)) * ((u14 - u9).atan()));
                }
                if i13 == 1 {
                    s11 = c::<T>(1.0);
                }
                s11 = s11
                    * ((c::<T>(1.0))
                        + ((c::<T>(0.3)) * (((c::<T>(1.5)) + Float::tanh(c::<T>(q3))).cos())));
                i13 += 1;
            }
            let u17 = rng.uniform();
            let a18 = (c::<T>(u17)) * a7;
            s11 = s11
                + Float::cos(
                    ((c::<T>(std::f64::consts::E)).clamp(c::<T>(-0.2), c::<T>(0.46))).atan(),
                );
            s11 = s11
                + Float::atan(
                    ((c::<T>(0.9))
                        * Float::tanh(
                            (T::from(0.5).unwrap()
                                + ((T::from(1.5).unwrap() + u9.tanh())
                                    * ((c::<T>(1.5)) + u9.tanh())))
                            .ln_1p(),
                        ))
                    .acos(),
                );
            i12 += 1
        }
        let a19 = T::powi(a7, 2).tanh().powi(2);
        s11 + a19
    }

    fn p45_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, rng: &mut Lcg) -> D {
        let j1 = 0;
        let o2: Option<f64> = if j1 > 1 { None } else { Some(V[j1 % 8]) };
        let q3: f64 = match o2 {
            Some(j1) => j1,
            None => 1.0,
        };
        let a4 = (kd::<D>(q3)) * ((((kd::<D>(1.0)) + (x1.asinh() * x1.asinh())).log10()).atan());
        let a5 = x0 - (kd::<D>(q3));
        if x0.cosh().sqrt().re() <= x1.cosh().re() {
            return a4;
        }
        let u6 = rng.uniform();
        let a7 = (kd::<D>(u6)) * (((kd::<D>(2.0)) + x1.sin()).log10());
        let j8 = (u6 * 3.0) as usize;
        let (u9, w10) = (a7.tanh().exp().log2(), x0.sin());
        let mut s11 = kd::<D>(1.0);
        let mut i12 = 0;
        while i12 < 1 {
            let mut i13 = 0;
            while i13 < 1 {
                let (u14, w15) = (
                    datan2(a5, -((kd::<D>(0.5)) + (a5 * a5))),
                    datan2(
                        w10,
                        -((kd::<D>(0.5))
                            + ((kd::<D>(core::f64::consts::PI))
                                * (kd::<D>(core::f64::consts::PI)))),
                    ),
                );
                if (((kd::<D>(1.1)) + (((kd::<D>(2.0)) + a4.sin()) * ((kd::<D>(2.0)) + a4.sin())))
                    .acosh())
                .re()
                    <= ((kd::<D>(-1.5)) - x1).re()
                    || j8 % 2 == 1
                {
                    let u16: f64 = rng.uniform();
                    s11 += (kd::<D>(u16)) * ((u14 - u9).atan());
                }
                if i13 == 1 {
                    s11 = kd::<D>(1.0);
                }
                s11 *= (kd::<D>(1.0))
                    + ((kd::<D>(0.3)) * (((kd::<D>(1.5)) + ((kd::<D>(q3)).tanh())).cos()));
                i13 += 1;
            }
            let u17 = rng.uniform();
            let a18 = (kd::<D>(u17)) * a7;
            s11 += dclamp(kd::<D>(std::f64::consts::E), kd::<D>(-0.2), kd::<D>(0.46))
                .atan()
                .cos();
            s11 += (((kd::<D>(0.9))
                * ((((kd::<D>(0.5))
                    + (((kd::<D>(1.5)) + u9.tanh()) * ((kd::<D>(1.5)) + u9.tanh())))
                .ln_1p())
                .tanh()))
            .acos())
            .atan();
            i12 += 1
        }
        let a19 = a7.powi(2).tanh().powi(2);
        s11 + a19
    }

    // seed 1000, program 46
    #[differentiable]
    fn p46<T: Float>(x: &[T], y: T) -> T {
        let j1 = 2;
        let mut n2 = 0;
        match j1 {
            0 => {}
            2 => n2 += 1,
            3 => n2 += 1,
            _ => n2 += 1,
        }
        let a3 = if (c::<T>(ALPHA)) + y > c::<T>(0.27) {
            x[2] / ((c::<T>(1.5)) + T::tanh(y))
        } else {
            y
        };
        if !(x[5] <= y.asinh()) {
            return (((a3 + T::from(1.609).unwrap()).atan()).sin()).tan();
        }
        match n2 % 3 {
            0 => n2 += 2,
            _ => n2 += 1,
        }
        let (u4, w5) = (
            T::cosh(((c::<T>(1.773)).exp_m1()).tanh()).log10(),
            x[3].asinh().sin(),
        );
        let mut s6 = T::from(0.5).unwrap();
        for &i7 in x.iter() {
            let (u8, w9) = (u4, x[1] * x[0].clamp(c::<T>(-0.29), c::<T>(1.26)));
            let k = j1;
            let k = k * 2;
            s6 = s6 + ((c::<T>(weight(Cfg { k }))) * (c::<T>(0.8)));
            s6 = x[0].clamp(c::<T>(-0.87), c::<T>(0.76))
                / ((c::<T>(1.0))
                    + ((((c::<T>(W[k])).sinh()).cos()) * (((c::<T>(W[k])).sinh()).cos())));
            s6 = (T::from(0.5).unwrap() * s6) + w9.cos();
            n2 += 1
        }
        s6
    }

    fn p46_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let j1 = 2;
        let mut n2 = 0;
        match j1 {
            0 => {}
            2 => n2 += 1,
            3 => n2 += 1,
            _ => n2 += 1,
        }
        let a3 = if ((kd::<D>(ALPHA)) + y).re() > (kd::<D>(0.27)).re() {
            x[2] / ((kd::<D>(1.5)) + y.tanh())
        } else {
            y
        };
        if !(x[5].re() <= y.asinh().re()) {
            return (((a3 + (kd::<D>(1.609))).atan()).sin()).tan();
        }
        match n2 % 3 {
            0 => n2 += 2,
            _ => n2 += 1,
        }
        let (u4, w5) = (
            ((((kd::<D>(1.773)).exp_m1()).tanh()).cosh()).log10(),
            x[3].asinh().sin(),
        );
        let mut s6 = kd::<D>(0.5);
        for &i7 in x.iter() {
            let (u8, w9) = (u4, x[1] * dclamp(x[0], kd::<D>(-0.29), kd::<D>(1.26)));
            let k = j1;
            let k = k * 2;
            s6 += (kd::<D>(weight(Cfg { k }))) * (kd::<D>(0.8));
            s6 = dclamp(x[0], kd::<D>(-0.87), kd::<D>(0.76))
                / ((kd::<D>(1.0))
                    + ((((kd::<D>(W[k])).sinh()).cos()) * (((kd::<D>(W[k])).sinh()).cos())));
            s6 = ((kd::<D>(0.5)) * s6) + w9.cos();
            n2 += 1
        }
        s6
    }

    // seed 1000, program 47
    #[differentiable]
    fn p47(x0: f64, x1: f64, x2: f64, rng: &mut Lcg) -> f64 {
        let u1: f64 = rng.uniform();
        let a2 = u1 * Float::tanh(x1.cosh().log((0.5_f64 + (0.4 * Float::sin(u1))).exp()));
        let j3 = 2;
        let mut n4 = 1;
        let mut n5 = 0;
        match j3 {
            1 => n4 += 2,
            2 => n5 += 2,
            _ => n4 += 2,
        }
        let q7: f64 = (0..=j3).map(|v6| W[7 - v6 % 8]).sum();
        let a8 = q7 * Float::cos(a2 / q7.hypot(1.0));
        if x1 < W[j3] * a8 || u1 > 0.81 {
            return x0 - x2.mul_add(x2, x1);
        }
        let mut s9 = 0.5;
        for i10 in 0..=3 {
            let u11 = rng.uniform();
            s9 += u11 * Float::sin((0.9 * x0.sin().tanh()).asin());
            let mut m12: f64 = f64::atan((i10 as f64));
            let mut s13 = 0.0;
            let mut n15 = 3;
            for i14 in (1..=n15).rev() {
                let a16 = match j3 {
                    0 => Float::tanh(a8) * (x1 + a2),
                    1 => f64::sqrt(a8.hypot(1.0)),
                    2 => a8.tanh().cosh(),
                    _ => -m12,
                };
                s9 -= x2.tanh();
                if n5 > 30 {
                    m12 = 0.0_f64;
                }
                m12 -= (f64::powi(u1, 2) - (x0 * BETA)).atan();
                n15 += 1
            }
            s9 = (0.5 * s9)
                + f64::cos(
                    Float::cos(m12 - (-0.33))
                        * ((1.1 + ((1.0 + (u11 * u11)) * (1.0f64 + (u11 * u11)))).acosh()),
                );
        }
        let mut m17 = x2 + ((1.0_f64 + (W[j3] * W[j3])).cbrt());
        (((x2 - a2) + a8) + s9) + m17
    }

    fn p47_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, rng: &mut Lcg) -> D {
        let u1: f64 = rng.uniform();
        let a2 = (kd::<D>(u1))
            * ((x1.cosh().ln()
                / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * ((kd::<D>(u1)).sin()))).exp()).ln())
            .tanh());
        let j3 = 2;
        let mut n4 = 1;
        let mut n5 = 0;
        match j3 {
            1 => n4 += 2,
            2 => n5 += 2,
            _ => n4 += 2,
        }
        let q7: f64 = (0..=j3).map(|v6| W[7 - v6 % 8]).sum();
        let a8 = (kd::<D>(q7))
            * ((a2 / (((kd::<D>(q7)) * (kd::<D>(q7)) + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()))
                .cos());
        if x1.re() < ((kd::<D>(W[j3])) * a8).re() || u1 > 0.81 {
            return x0 - (x2 * x2 + x1);
        }
        let mut s9 = kd::<D>(0.5);
        for i10 in 0..=3 {
            let u11 = rng.uniform();
            s9 += (kd::<D>(u11)) * ((((kd::<D>(0.9)) * x0.sin().tanh()).asin()).sin());
            let mut m12: D = (kd::<D>(i10 as f64)).atan();
            let mut s13 = kd::<D>(0.0);
            let mut n15 = 3;
            for i14 in (1..=n15).rev() {
                let a16 = match j3 {
                    0 => a8.tanh() * (x1 + a2),
                    1 => ((a8 * a8 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).sqrt(),
                    2 => a8.tanh().cosh(),
                    _ => -m12,
                };
                s9 -= x2.tanh();
                if n5 > 30 {
                    m12 = kd::<D>(0.0);
                }
                m12 -= (((kd::<D>(u1)).powi(2)) - (x0 * (kd::<D>(BETA)))).atan();
                n15 += 1
            }
            s9 = ((kd::<D>(0.5)) * s9)
                + ((((m12 - (kd::<D>(-0.33))).cos())
                    * (((kd::<D>(1.1))
                        + (((kd::<D>(1.0)) + ((kd::<D>(u11)) * (kd::<D>(u11))))
                            * ((kd::<D>(1.0)) + ((kd::<D>(u11)) * (kd::<D>(u11))))))
                    .acosh()))
                .cos());
        }
        let mut m17 = x2 + (((kd::<D>(1.0)) + ((kd::<D>(W[j3])) * (kd::<D>(W[j3])))).cbrt());
        (((x2 - a2) + a8) + s9) + m17
    }

    // seed 1000, program 48
    #[differentiable]
    fn p48<T>(x0: T, x1: T, x2: T, rng: &mut Lcg) -> T
    where
        T: Float,
    {
        let j1 = 1;
        let a2 = match j1 {
            0 => x0.atan(),
            2 => x1,
            _ => T::acosh(
                (c::<T>(1.1))
                    + (Float::hypot(c::<T>(std::f64::consts::E), c::<T>(1.0))
                        * ((c::<T>(std::f64::consts::E)).hypot(T::one()))),
            ),
        };
        let a3 = match j1 {
            1 => c::<T>(j1 as f64),
            _ => a2,
        };
        let u4 = rng.uniform();
        let a5 = (c::<T>(u4)) * (c::<T>(j1 as f64));
        let j6 = (u4 * 3.0) as usize;
        let o7: Option<f64> = if (j1 % 3) > 1 {
            None
        } else {
            Some(V[(j1 % 3) % 8])
        };
        let q8: f64 = match o7 {
            Some(a3) => a3,
            None => -0.25,
        };
        let (u9, w10) = (x2, ((x0 + a3).atan()) * T::sin(a2 * a3));
        (((a2 * a3) + a5) + u9) - w10
    }

    fn p48_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, rng: &mut Lcg) -> D {
        let j1 = 1;
        let a2 = match j1 {
            0 => x0.atan(),
            2 => x1,
            _ => ((kd::<D>(1.1))
                + ((((kd::<D>(std::f64::consts::E)) * (kd::<D>(std::f64::consts::E))
                    + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                .sqrt())
                    * (((kd::<D>(std::f64::consts::E)) * (kd::<D>(std::f64::consts::E))
                        + (kd::<D>(1.0)) * (kd::<D>(1.0)))
                    .sqrt())))
            .acosh(),
        };
        let a3 = match j1 {
            1 => kd::<D>(j1 as f64),
            _ => a2,
        };
        let u4 = rng.uniform();
        let a5 = (kd::<D>(u4)) * (kd::<D>(j1 as f64));
        let j6 = (u4 * 3.0) as usize;
        let o7: Option<f64> = if (j1 % 3) > 1 {
            None
        } else {
            Some(V[(j1 % 3) % 8])
        };
        let q8: f64 = match o7 {
            Some(a3) => a3,
            None => -0.25,
        };
        let (u9, w10) = (x2, ((x0 + a3).atan()) * ((a2 * a3).sin()));
        (((a2 * a3) + a5) + u9) - w10
    }

    // seed 1000, program 49
    #[differentiable(wrt(x0, x1, x2))]
    fn p49(x0: f64, x1: f64, x2: f64, rng: &mut Lcg) -> f64 {
        let mut s1: f64 = 0.5;
        let mut n6 = 0;
        let mut i2 = 0;
        while i2 < 4 {
            i2 += 1;
            let a3 = if x0 + x2 < -1.0 {
                x2.exp()
            } else {
                f64::cbrt(1.0_f64 + (x2 * x2))
            };
            let (u4, w5) = (
                Float::tanh(f64::cosh(a3.atan())).mul_add(x1 + 0.2, BETA.tanh().powi(2)),
                (x0 / (1.0 + (x2 * x2))) - x0,
            );
            if i2 == 3 {
                s1 = 0.0;
            }
            s1 += (x2 * x1).sin();
            n6 += 1;
        }
        let mut i7 = 0;
        while i7 < 4 {
            let u8 = rng.uniform();
            if u8 > 0.22 {
                s1 = s1.max(f64::atan(
                    (1.0_f64
                        + (f64::mul_add((i7 as f64).atan(), 1.231, s1).atan()
                            * f64::mul_add((i7 as f64).atan(), 1.231, s1).atan()))
                    .cbrt(),
                ));
            }
            s1 -= (s1.cos() + x1.sinh()).tanh();
            s1 = s1.min(((((-1.9).exp()).atan()).exp2()).atan());
            i7 += 1
        }
        let mut n9 = 0;
        if n9 >= 22 {
            n9 += 1;
        } else {
            n9 += 2
        }
        let u10 = rng.uniform();
        s1 += u10 * Float::atan(-0.8).cosh().log2().cos();
        ((x0 + x1) + x2) + s1
    }

    fn p49_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, rng: &mut Lcg) -> D {
        let mut s1: D = kd::<D>(0.5);
        let mut n6 = 0;
        let mut i2 = 0;
        while i2 < 4 {
            i2 += 1;
            let a3 = if (x0 + x2).re() < (kd::<D>(-1.0)).re() {
                x2.exp()
            } else {
                ((kd::<D>(1.0)) + (x2 * x2)).cbrt()
            };
            let (u4, w5) = (
                (a3.atan().cosh().tanh() * (x1 + (kd::<D>(0.2)))
                    + (((kd::<D>(BETA)).tanh()).powi(2))),
                (x0 / ((kd::<D>(1.0)) + (x2 * x2))) - x0,
            );
            if i2 == 3 {
                s1 = kd::<D>(0.0);
            }
            s1 += (x2 * x1).sin();
            n6 += 1;
        }
        let mut i7 = 0;
        while i7 < 4 {
            let u8 = rng.uniform();
            if u8 > 0.22 {
                s1 = dmax(
                    s1,
                    (((kd::<D>(1.0))
                        + (((((kd::<D>(i7 as f64)).atan()) * (kd::<D>(1.231)) + s1).atan())
                            * ((((kd::<D>(i7 as f64)).atan()) * (kd::<D>(1.231)) + s1).atan())))
                    .cbrt())
                    .atan(),
                );
            }
            s1 -= (s1.cos() + x1.sinh()).tanh();
            s1 = dmin(s1, ((((kd::<D>(-1.9)).exp()).atan()).exp2()).atan());
            i7 += 1
        }
        let mut n9 = 0;
        if n9 >= 22 {
            n9 += 1;
        } else {
            n9 += 2
        }
        let u10 = rng.uniform();
        s1 += (kd::<D>(u10)) * (((((kd::<D>(-0.8)).atan()).cosh()).log2()).cos());
        ((x0 + x1) + x2) + s1
    }

    // seed 1000, program 50
    #[differentiable]
    fn p50(x0: f64, x1: f64, rng: &mut Lcg) -> f64 {
        let mut n1 = 0;
        if n1 <= 40 {
            n1 += 1;
        }
        let mut s2: f64 = 1.0;
        let mut i3 = 0;
        while i3 < 2 {
            i3 += 1;
            let u4 = rng.uniform();
            s2 += u4 * x1;
            let mut n5: usize = 0usize;
            match i3 {
                1 => {
                    s2 = (0.5 * s2) + x1.max(x0).tanh();
                }
                x0 => n5 += 1,
            }
            let j6 = 0;
            let k = match j6 {
                0 => break,
                1 => break,
                _ => i3,
            };
            s2 += f64::exp(x0).cos();
            s2 *= 1.0 + (0.3f64 * ((s2 + f64::hypot(s2, 0.5 + (u4 * u4))).sin()));
            if f64::log10(x1.hypot(1.0)) < -0.12 && !(x0 < x0) {
                break;
            }
        }
        s2 = x1 * x1.atan2(0.5 + (x0 * x0));
        let mut m7 = ((x0.cos() * s2.tanh()) * f64::sin(x0)) + x0;
        ((x0 - x1) * s2) + m7
    }

    fn p50_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, rng: &mut Lcg) -> D {
        let mut n1 = 0;
        if n1 <= 40 {
            n1 += 1;
        }
        let mut s2: D = kd::<D>(1.0);
        let mut i3 = 0;
        while i3 < 2 {
            i3 += 1;
            let u4 = rng.uniform();
            s2 += (kd::<D>(u4)) * x1;
            let mut n5: usize = 0usize;
            match i3 {
                1 => {
                    s2 = ((kd::<D>(0.5)) * s2) + dmax(x1, x0).tanh();
                }
                x0 => n5 += 1,
            }
            let j6 = 0;
            let k = match j6 {
                0 => break,
                1 => break,
                _ => i3,
            };
            s2 += x0.exp().cos();
            s2 *= (kd::<D>(1.0))
                + ((kd::<D>(0.3))
                    * ((s2
                        + ((s2 * s2
                            + ((kd::<D>(0.5)) + ((kd::<D>(u4)) * (kd::<D>(u4))))
                                * ((kd::<D>(0.5)) + ((kd::<D>(u4)) * (kd::<D>(u4)))))
                        .sqrt()))
                    .sin()));
            if (((x1 * x1 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).log10()).re()
                < (kd::<D>(-0.12)).re()
                && !(x0.re() < x0.re())
            {
                break;
            }
        }
        s2 = x1 * datan2(x1, (kd::<D>(0.5)) + (x0 * x0));
        let mut m7 = ((x0.cos() * s2.tanh()) * x0.sin()) + x0;
        ((x0 - x1) * s2) + m7
    }

    // seed 1000, program 51
    #[differentiable]
    fn p51<T: Float + NumAssign>(x: [T; 4]) -> T {
        let q1: f64 = (0..4).map(|k| W[7 - k]).sum();
        let a2 = (c::<T>(q1)) * x[2];
        let mut m3 = (c::<T>(q1)) + a2;
        if a2 * (c::<T>(1.9)) >= T::from(-0.01).unwrap() {
            return (x[2] - (c::<T>(q1)))
                / ((c::<T>(1.0))
                    + ((((c::<T>(2.0)) + ((c::<T>(0.6)).sin())).powi(-2))
                        * (((c::<T>(2.0)) + Float::sin(c::<T>(0.6))).powi(-2))));
        }
        if m3.clamp(T::from(-0.61).unwrap(), c::<T>(0.61)) >= c::<T>(0.33) {
            m3 += x[0].exp2();
        }
        m3 += (c::<T>(0.213))
            / T::cosh(T::asinh(Float::ln_1p(
                (c::<T>(0.5))
                    + (((c::<T>(2.0)) + T::sin(T::from(0.1).unwrap()))
                        * ((c::<T>(2.0)) + ((c::<T>(0.1)).sin()))),
            )));
        (a2 + m3) + x[3]
    }

    fn p51_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let q1: f64 = (0..4).map(|k| W[7 - k]).sum();
        let a2 = (kd::<D>(q1)) * x[2];
        let mut m3 = (kd::<D>(q1)) + a2;
        if (a2 * (kd::<D>(1.9))).re() >= (kd::<D>(-0.01)).re() {
            return (x[2] - (kd::<D>(q1)))
                / ((kd::<D>(1.0))
                    + ((((kd::<D>(2.0)) + ((kd::<D>(0.6)).sin())).powi(-2))
                        * (((kd::<D>(2.0)) + ((kd::<D>(0.6)).sin())).powi(-2))));
        }
        if dclamp(m3, kd::<D>(-0.61), kd::<D>(0.61)).re() >= (kd::<D>(0.33)).re() {
            m3 += x[0].exp2();
        }
        m3 += (kd::<D>(0.213))
            / (((((kd::<D>(0.5))
                + (((kd::<D>(2.0)) + ((kd::<D>(0.1)).sin()))
                    * ((kd::<D>(2.0)) + ((kd::<D>(0.1)).sin()))))
            .ln_1p())
            .asinh())
            .cosh());
        (a2 + m3) + x[3]
    }

    // seed 1000, program 52
    #[differentiable]
    fn p52(x0: f64, x1: f64, x2: f64, rng: &mut Lcg) -> f64 {
        let j1 = 0;
        let a2: f64 = match j1 {
            1 => x2.tanh().trunc() * (-x1),
            _ => x1.cos(),
        };
        let a3 = x2.hypot(1.0).cbrt() / (2.0f64 + Float::sin(a2 + x2));
        let a4: f64 = (1.5 + ((a2 + (j1 as f64)).tanh())).log(f64::exp(0.5 + (0.4 * 0.981.sin())));
        let a5 = if j1 < 0 {
            Float::tanh(a3).exp_m1().abs()
        } else {
            a2.sin().sin()
        };
        let u6 = rng.uniform();
        let a7 = u6 * f64::tanh(f64::min(a2, a3));
        let j8 = (u6 * 3.0) as usize;
        (((a2 - a3) + a4) + a5) + a7
    }

    fn p52_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, rng: &mut Lcg) -> D {
        let j1 = 0;
        let a2: D = match j1 {
            1 => (kd::<D>(x2.tanh().re().trunc())) * (-x1),
            _ => x1.cos(),
        };
        let a3 = (((x2 * x2 + (kd::<D>(1.0)) * (kd::<D>(1.0))).sqrt()).cbrt())
            / ((kd::<D>(2.0)) + ((a2 + x2).sin()));
        let a4: D = (((kd::<D>(1.5)) + ((a2 + (kd::<D>(j1 as f64))).tanh())).ln()
            / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * ((kd::<D>(0.981)).sin()))).exp()).ln());
        let a5 = if j1 < 0 {
            a3.tanh().exp_m1().abs()
        } else {
            a2.sin().sin()
        };
        let u6 = rng.uniform();
        let a7 = (kd::<D>(u6)) * dmin(a2, a3).tanh();
        let j8 = (u6 * 3.0) as usize;
        (((a2 - a3) + a4) + a5) + a7
    }

    // seed 1000, program 53
    #[differentiable(wrt(x0, x1))]
    fn p53<T: Float>(x0: T, x1: T, rng: &mut Lcg) -> T {
        let (u1, w2) = (x1.asinh().sinh(), T::powi(x0, 2));
        let j3 = 2;
        let a4 = match j3 {
            2 => ((c::<T>(1.1))
                + (((c::<T>(1.5)) + (((c::<T>(j3 as f64)).max(x1)).tanh()))
                    * ((c::<T>(1.5)) + Float::max(c::<T>(j3 as f64), x1).tanh())))
            .acosh(),
            _ => (((c::<T>(0.9)) * w2.tanh()).asin()) + T::exp(Float::atan(u1)),
        };
        let u5 = rng.uniform();
        let (u6, w7) = (
            (((c::<T>(1.5)) + (((c::<T>(u5)) - (c::<T>(j3 as f64))).tanh())).recip()).cos(),
            Float::clamp(w2.cos().sinh(), c::<T>(-0.14), c::<T>(0.2)),
        );
        (((u1 + w2) + a4) + u6) + w7
    }

    fn p53_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, rng: &mut Lcg) -> D {
        let (u1, w2) = (x1.asinh().sinh(), x0.powi(2));
        let j3 = 2;
        let a4 = match j3 {
            2 => ((kd::<D>(1.1))
                + (((kd::<D>(1.5)) + dmax(kd::<D>(j3 as f64), x1).tanh())
                    * ((kd::<D>(1.5)) + dmax(kd::<D>(j3 as f64), x1).tanh())))
            .acosh(),
            _ => (((kd::<D>(0.9)) * w2.tanh()).asin()) + u1.atan().exp(),
        };
        let u5 = rng.uniform();
        let (u6, w7) = (
            (((kd::<D>(1.5)) + (((kd::<D>(u5)) - (kd::<D>(j3 as f64))).tanh())).recip()).cos(),
            dclamp(w2.cos().sinh(), kd::<D>(-0.14), kd::<D>(0.2)),
        );
        (((u1 + w2) + a4) + u6) + w7
    }

    // seed 1000, program 54
    #[differentiable]
    fn p54(x0: f64, x1: f64, x2: f64) -> f64 {
        let a1 = if (1.0 + ((-1.66) * (-1.66))).log10() >= -0.48 {
            ((x0 - x2).min(Float::tan((-0.25).sin()))) - x1
        } else {
            x2
        };
        let mut n2 = 0;
        for i3 in 0..2 {
            n2 += 1
        }
        let a4 = x2 * 1.6;
        let mut s5 = 1.0;
        let mut i6 = 0;
        while i6 < 3 {
            let a7 = a4;
            if f64::atanh(0.9_f64 * a4.tanh()) >= 0.34 {
                break;
            }
            s5 *= 1.0 + (0.3 * V[i6].sin());
            s5 = (0.5 * s5) + Float::exp(f64::powi(Float::exp(s5.cos()), 0)).tanh();
            i6 += 1
        }
        let mut s8 = 0.0;
        for i9 in 0..=4 {
            if s5 / f64::cos(a1).cosh() > 0.16 {
                continue;
            }
            let (u10, w11) = (
                (((-0.2_f64) + (-1.52_f64)).hypot(0.5f64 + ((s5 - a1) * (s5 - a1)))).sin(),
                Float::mul_add(
                    f64::tanh(ALPHA),
                    (a4.sin().sinh() - ((0.9_f64 * x2.sin()).atanh())).tanh(),
                    f64::cos((1.0 + (a4 * a4)).powf(x2)) * f64::mul_add(x1, s5.tanh(), -1.37f64),
                ),
            );
            s8 -= x1.mul_add(x1, x2).atan();
        }
        s8
    }

    fn p54_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let a1 = if (((kd::<D>(1.0)) + ((kd::<D>(-1.66)) * (kd::<D>(-1.66)))).log10()).re()
            >= (kd::<D>(-0.48)).re()
        {
            dmin(x0 - x2, ((kd::<D>(-0.25)).sin()).tan()) - x1
        } else {
            x2
        };
        let mut n2 = 0;
        for i3 in 0..2 {
            n2 += 1
        }
        let a4 = x2 * (kd::<D>(1.6));
        let mut s5 = kd::<D>(1.0);
        let mut i6 = 0;
        while i6 < 3 {
            let a7 = a4;
            if (((kd::<D>(0.9)) * a4.tanh()).atanh()).re() >= (kd::<D>(0.34)).re() {
                break;
            }
            s5 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * ((kd::<D>(V[i6])).sin()));
            s5 = ((kd::<D>(0.5)) * s5) + s5.cos().exp().powi(0).exp().tanh();
            i6 += 1
        }
        let mut s8 = kd::<D>(0.0);
        for i9 in 0..=4 {
            if (s5 / a1.cos().cosh()).re() > (kd::<D>(0.16)).re() {
                continue;
            }
            let (u10, w11) = (
                ((((kd::<D>(-0.2)) + (kd::<D>(-1.52))) * ((kd::<D>(-0.2)) + (kd::<D>(-1.52)))
                    + ((kd::<D>(0.5)) + ((s5 - a1) * (s5 - a1)))
                        * ((kd::<D>(0.5)) + ((s5 - a1) * (s5 - a1))))
                    .sqrt())
                .sin(),
                (((kd::<D>(ALPHA)).tanh())
                    * ((a4.sin().sinh() - (((kd::<D>(0.9)) * x2.sin()).atanh())).tanh())
                    + ((((x2 * ((kd::<D>(1.0)) + (a4 * a4)).ln()).exp()).cos())
                        * (x1 * s5.tanh() + (kd::<D>(-1.37))))),
            );
            s8 -= (x1 * x1 + x2).atan();
        }
        s8
    }

    // seed 1000, program 55
    #[differentiable]
    fn p55(x0: f64, x1: f64) -> f64 {
        let mut s1 = 0.5;
        let mut i2 = 0;
        while i2 < 2 {
            i2 += 1;
            let k = 0;
            let k = k * 2;
            s1 += weight(Cfg { k }) * Float::sinh(f64::tanh(s1)).atan();
            s1 = (0.5 * s1) + f64::tanh(weight(Cfg { k }) / (2.0 + x0.sin()));
            s1 += f64::sin(x0).cos();
        }
        let a3 = f64::atan(s1);
        let a3 = if (1.0 + (s1.sin() * f64::sin(s1))).powi(-1) < 0.28 {
            x0.powi(2) * (1.43 * 1.619)
        } else {
            x1
        };
        let mut m4: f64 = a3;
        let j5 = 0;
        let a6 = match j5 {
            0 => x1 - a3,
            _ => m4.floor() * a3.sin(),
        };
        let mut s7 = 0.0;
        let mut n9 = 4;
        for i8 in (0..n9).rev() {
            s7 = a6 * 0.2;
            let mut n11 = 3;
            for i10 in (1..n11).rev() {
                let a12: f64 = s7;
                if i10 == 0 {
                    s1 = 1.0;
                }
                n11 += 1;
                s1 += ((W[i8] - m4).tanh()).sin();
            }
            s7 = (0.5f64 * s7)
                + (((1.5 + s1.tanh()).log((0.5 + (0.4 * s7.atan().sin())).exp())).atan());
            n9 += 1;
            s7 -= (s7 - (i8 as f64)).atan();
        }
        (0.001 * (s7 + a6)).tanh()
    }

    fn p55_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
        let mut s1 = kd::<D>(0.5);
        let mut i2 = 0;
        while i2 < 2 {
            i2 += 1;
            let k = 0;
            let k = k * 2;
            s1 += (kd::<D>(weight(Cfg { k }))) * s1.tanh().sinh().atan();
            s1 = ((kd::<D>(0.5)) * s1)
                + (((kd::<D>(weight(Cfg { k }))) / ((kd::<D>(2.0)) + x0.sin())).tanh());
            s1 += x0.sin().cos();
        }
        let a3 = s1.atan();
        let a3 = if (((kd::<D>(1.0)) + (s1.sin() * s1.sin())).powi(-1)).re() < (kd::<D>(0.28)).re()
        {
            x0.powi(2) * ((kd::<D>(1.43)) * (kd::<D>(1.619)))
        } else {
            x1
        };
        let mut m4: D = a3;
        let j5 = 0;
        let a6 = match j5 {
            0 => x1 - a3,
            _ => (kd::<D>(m4.re().floor())) * a3.sin(),
        };
        let mut s7 = kd::<D>(0.0);
        let mut n9 = 4;
        for i8 in (0..n9).rev() {
            s7 = a6 * (kd::<D>(0.2));
            let mut n11 = 3;
            for i10 in (1..n11).rev() {
                let a12: D = s7;
                if i10 == 0 {
                    s1 = kd::<D>(1.0);
                }
                n11 += 1;
                s1 += (((kd::<D>(W[i8])) - m4).tanh()).sin();
            }
            s7 = ((kd::<D>(0.5)) * s7)
                + ((((kd::<D>(1.5)) + s1.tanh()).ln()
                    / (((kd::<D>(0.5)) + ((kd::<D>(0.4)) * s7.atan().sin())).exp()).ln())
                .atan());
            n9 += 1;
            s7 -= (s7 - (kd::<D>(i8 as f64))).atan();
        }
        ((kd::<D>(0.001)) * (s7 + a6)).tanh()
    }

    // seed 1000, program 56
    #[differentiable]
    fn p56(x: &[f64], y: f64, nk: usize, rng: &mut Lcg) -> f64 {
        let u1 = rng.uniform();
        let k = nk;
        let k = k * 2;
        let a2 = y * weight(Cfg { k });
        let mut m3 = (x[0].trunc() * BETA.tanh()) * a2.cos().exp2();
        let u4: f64 = rng.uniform();
        m3 += u4 * Float::atan((0.9f64 * f64::tanh(m3.sin())).acos());
        let j5 = (u4 * 3.0) as usize;
        ((y + a2) + m3) + x[1]
    }

    fn p56_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize, rng: &mut Lcg) -> D {
        let u1 = rng.uniform();
        let k = nk;
        let k = k * 2;
        let a2 = y * (kd::<D>(weight(Cfg { k })));
        let mut m3 = ((kd::<D>(x[0].re().trunc())) * ((kd::<D>(BETA)).tanh())) * a2.cos().exp2();
        let u4: f64 = rng.uniform();
        m3 += (kd::<D>(u4)) * ((((kd::<D>(0.9)) * m3.sin().tanh()).acos()).atan());
        let j5 = (u4 * 3.0) as usize;
        ((y + a2) + m3) + x[1]
    }

    // seed 1000, program 57
    #[differentiable]
    fn p57<T>(x: [T; 3], rng: &mut Lcg) -> T
    where
        T: Float,
    {
        let a1 = (c::<T>(ALPHA)) - x[0];
        let mut s2 = c::<T>(0.5);
        for &i3 in x.iter() {
            let u4 = rng.uniform();
            s2 = s2 + ((c::<T>(u4)) * a1.cos());
            let j5 = (u4 * 3.0) as usize;
            let a6 = T::atan(a1 / (T::from(2.0).unwrap() + i3.sin()));
            if j5 == 2 {
                s2 = T::zero();
            }
            s2 = s2 + Float::cosh(x[2]).atan();
            s2 = s2.min(
                (((((c::<T>(1.0)) + (s2.cos() * s2.cos())).powi(-1)).trunc()) * T::exp2(a6).tanh())
                    .tanh(),
            );
        }
        let mut i7 = 0;
        while i7 < 1 {
            i7 += 1;
            let a8 = Float::cosh(Float::atan(T::atan2(
                a1.asinh(),
                (c::<T>(0.5)) + ((a1 + (c::<T>(0.184))) * (a1 + (c::<T>(0.184)))),
            )));
            s2 = s2 - T::tanh(((c::<T>(1.98)) - a8) * ((c::<T>(0.07)) * x[2]));
            s2 = s2
                - ((({
                    let t9 = c::<T>(1.18);
                    a8
                }) * Float::abs(x[1]))
                .atan());
        }
        for &i10 in x.iter() {
            let mut m11: T = T::atan(a1).exp();
            let mut n13 = 3;
            let mut n15 = 0;
            for i12 in (0..n13).rev() {
                if i12 == 0 {
                    s2 = c::<T>(0.5);
                }
                s2 = s2 + T::cos(-i10.cos());
                if (c::<T>(core::f64::consts::PI)) * a1 <= T::from(0.5).unwrap() {
                    break;
                }
                n13 += 1;
                let mut m14 = Float::powf(
                    (c::<T>(1.5)) + T::tanh(T::from(1.2).unwrap().sinh()),
                    (((c::<T>(1.0)) + ((c::<T>(i12 as f64)) * (c::<T>(i12 as f64)))).sqrt()).atan(),
                );
                s2 = s2
                    * ((c::<T>(1.0))
                        + ((c::<T>(0.3))
                            * (((((c::<T>(0.097)).exp()).powf(x[1]))
                                .clamp(T::from(-0.93).unwrap(), c::<T>(0.69)))
                            .sin())));
                n15 += 2;
            }
            s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * i10.exp().cos()));
        }
        ((c::<T>(0.001)) * ((a1 + s2) + x[1])).tanh()
    }

    fn p57_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], rng: &mut Lcg) -> D {
        let a1 = (kd::<D>(ALPHA)) - x[0];
        let mut s2 = kd::<D>(0.5);
        for &i3 in x.iter() {
            let u4 = rng.uniform();
            s2 += (kd::<D>(u4)) * a1.cos();
            let j5 = (u4 * 3.0) as usize;
            let a6 = (a1 / ((kd::<D>(2.0)) + i3.sin())).atan();
            if j5 == 2 {
                s2 = kd::<D>(0.0);
            }
            s2 += x[2].cosh().atan();
            s2 = dmin(
                s2,
                ((kd::<D>(
                    (((kd::<D>(1.0)) + (s2.cos() * s2.cos())).powi(-1))
                        .re()
                        .trunc(),
                )) * a6.exp2().tanh())
                .tanh(),
            );
        }
        let mut i7 = 0;
        while i7 < 1 {
            i7 += 1;
            let a8 = datan2(
                a1.asinh(),
                (kd::<D>(0.5)) + ((a1 + (kd::<D>(0.184))) * (a1 + (kd::<D>(0.184)))),
            )
            .atan()
            .cosh();
            s2 -= (((kd::<D>(1.98)) - a8) * ((kd::<D>(0.07)) * x[2])).tanh();
            s2 -= (({
                let t9 = kd::<D>(1.18);
                a8
            }) * x[1].abs())
            .atan();
        }
        for &i10 in x.iter() {
            let mut m11: D = a1.atan().exp();
            let mut n13 = 3;
            let mut n15 = 0;
            for i12 in (0..n13).rev() {
                if i12 == 0 {
                    s2 = kd::<D>(0.5);
                }
                s2 += (-i10.cos()).cos();
                if ((kd::<D>(core::f64::consts::PI)) * a1).re() <= (kd::<D>(0.5)).re() {
                    break;
                }
                n13 += 1;
                let mut m14 =
                    (((((kd::<D>(1.0)) + ((kd::<D>(i12 as f64)) * (kd::<D>(i12 as f64)))).sqrt())
                        .atan())
                        * ((kd::<D>(1.5)) + (((kd::<D>(1.2)).sinh()).tanh())).ln())
                    .exp();
                s2 *= (kd::<D>(1.0))
                    + ((kd::<D>(0.3))
                        * dclamp(
                            (x[1] * ((kd::<D>(0.097)).exp()).ln()).exp(),
                            kd::<D>(-0.93),
                            kd::<D>(0.69),
                        )
                        .sin());
                n15 += 2;
            }
            s2 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * i10.exp().cos());
        }
        ((kd::<D>(0.001)) * ((a1 + s2) + x[1])).tanh()
    }

    // seed 1000, program 58
    #[differentiable]
    fn p58<T: Float + NumAssign>(x0: T, x1: T, nk: usize) -> T {
        let k = nk;
        let k = k * 2;
        let a1 =
            T::clamp(x0 * x0, c::<T>(-0.29), T::from(0.63).unwrap()) * (c::<T>(weight(Cfg { k })));
        let (u2, w3) = (
            ((c::<T>(1.0))
                + (T::sin((T::one() + (a1 * a1)).log2())
                    * ((((c::<T>(1.0)) + (a1 * a1)).log2()).sin())))
            .powf((x1 + a1).atan()),
            ((c::<T>(1.0)) + ((a1 / ((c::<T>(1.0)) + (a1 * a1))) * (a1 / (T::one() + (a1 * a1)))))
                .sqrt(),
        );
        let mut m4: T = (T::from(1.5).unwrap()
            + ((((c::<T>(2.0)) + Float::sin(c::<T>(weight(Cfg { k })))).cbrt()).tanh()))
        .log2();
        (((x1 + a1) + u2) * w3) * m4
    }

    fn p58_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
        let k = nk;
        let k = k * 2;
        let a1 = dclamp(x0 * x0, kd::<D>(-0.29), kd::<D>(0.63)) * (kd::<D>(weight(Cfg { k })));
        let (u2, w3) = (
            (((x1 + a1).atan())
                * ((kd::<D>(1.0))
                    + (((((kd::<D>(1.0)) + (a1 * a1)).log2()).sin())
                        * ((((kd::<D>(1.0)) + (a1 * a1)).log2()).sin())))
                .ln())
            .exp(),
            ((kd::<D>(1.0))
                + ((a1 / ((kd::<D>(1.0)) + (a1 * a1))) * (a1 / ((kd::<D>(1.0)) + (a1 * a1)))))
                .sqrt(),
        );
        let mut m4: D = ((kd::<D>(1.5))
            + ((((kd::<D>(2.0)) + ((kd::<D>(weight(Cfg { k }))).sin())).cbrt()).tanh()))
        .log2();
        (((x1 + a1) + u2) * w3) * m4
    }

    // seed 1000, program 59
    #[differentiable]
    fn p59(x0: f64, x1: f64, nk: usize) -> f64 {
        let a1 = f64::signum((1.773 - (-0.55)).sin())
            * ((1.0 + (Float::tanh(x1) * f64::tanh(x1))).powi(-1));
        let mut n2 = 0usize;
        if !(-a1 < 0.04_f64) {
            n2 += 1;
        } else {
            n2 += 2;
        }
        let a3 = Float::atan(x1 + x1);
        ((x0 + x1) + a1) + a3
    }

    fn p59_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
        let a1 = (kd::<D>((((kd::<D>(1.773)) - (kd::<D>(-0.55))).sin()).re().signum()))
            * (((kd::<D>(1.0)) + (x1.tanh() * x1.tanh())).powi(-1));
        let mut n2 = 0usize;
        if !((-a1).re() < (kd::<D>(0.04)).re()) {
            n2 += 1;
        } else {
            n2 += 2;
        }
        let a3 = (x1 + x1).atan();
        ((x0 + x1) + a1) + a3
    }

    // seed 1000, program 60
    #[differentiable]
    fn p60<T: Float + NumAssign>(x0: T, x1: T, x2: T, rng: &mut Lcg) -> T {
        let u1 = rng.uniform();
        let a2 = (c::<T>(u1))
            * T::atan(((T::from(2.0).unwrap() + ((c::<T>(-0.62)).sin())).powi(-2)).cosh());
        let a3 = ((c::<T>(1.0))
            + ((((c::<T>(std::f64::consts::E)) * (c::<T>(ALPHA))).tanh())
                * (((c::<T>(std::f64::consts::E)) * (c::<T>(ALPHA))).tanh())))
        .ln();
        let mut s4: T = c::<T>(1.0);
        let mut n6 = 4;
        let mut n10: usize = 0;
        for i5 in (1..n6).rev() {
            s4 = a2 * Float::abs(a2);
            if a2 * (c::<T>(u1)) >= c::<T>(0.85) {
                let u7 = rng.uniform();
                s4 += (c::<T>(u7))
                    * ({
                        let t8 = x0 + (c::<T>(u1));
                        ((c::<T>(2.0)) + T::sin(x2)).cbrt()
                    });
            } else {
                let u9 = rng.uniform();
                s4 += (c::<T>(u9)) * ((((c::<T>(u9)) + (c::<T>(BETA))) - Float::asinh(a3)).sin());
            }
            if u1 < 0.78 {
                break;
            }
            n6 += 1;
            s4 += (((c::<T>(1.0)) + (T::tanh(s4) * s4.tanh())).sqrt()).sin();
            s4 += Float::tanh(x0.exp().cbrt());
            n10 += 2;
        }
        let a11 = if x2 * x1 > T::from(-0.41).unwrap() {
            c::<T>(u1)
        } else {
            T::exp2(c::<T>(u1))
                / ((c::<T>(1.5))
                    + T::exp_m1(T::tanh(a3.atan().mul_add(s4.atan(), c::<T>(-1.6)))).tanh())
        };
        let mut m12 = Float::asin((c::<T>(0.9)) * T::atan(a11).sin())
            / (T::one() + (x1.exp2().sin() * x1.exp2().sin()));
        let mut s13 = c::<T>(0.0);
        for i14 in 1..=4 {
            if i14 == 3 {
                m12 = c::<T>(0.5);
            }
            m12 += s13.atan().asinh().sin();
            let a15 = ((c::<T>(-0.56)).asinh()).atan();
            s13 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(u1)) * a15).sin()));
            s13 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::sin(
                        (c::<T>(core::f64::consts::PI))
                            * (a3 / (T::one() + ((c::<T>(i14 as f64)) * (c::<T>(i14 as f64))))),
                    ));
        }
        s13
    }

    fn p60_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, rng: &mut Lcg) -> D {
        let u1 = rng.uniform();
        let a2 = (kd::<D>(u1))
            * (((((kd::<D>(2.0)) + ((kd::<D>(-0.62)).sin())).powi(-2)).cosh()).atan());
        let a3 = ((kd::<D>(1.0))
            + ((((kd::<D>(std::f64::consts::E)) * (kd::<D>(ALPHA))).tanh())
                * (((kd::<D>(std::f64::consts::E)) * (kd::<D>(ALPHA))).tanh())))
        .ln();
        let mut s4: D = kd::<D>(1.0);
        let mut n6 = 4;
        let mut n10: usize = 0;
        for i5 in (1..n6).rev() {
            s4 = a2 * a2.abs();
            if (a2 * (kd::<D>(u1))).re() >= (kd::<D>(0.85)).re() {
                let u7 = rng.uniform();
                s4 += (kd::<D>(u7))
                    * ({
                        let t8 = x0 + (kd::<D>(u1));
                        ((kd::<D>(2.0)) + x2.sin()).cbrt()
                    });
            } else {
                let u9 = rng.uniform();
                s4 += (kd::<D>(u9)) * ((((kd::<D>(u9)) + (kd::<D>(BETA))) - a3.asinh()).sin());
            }
            if u1 < 0.78 {
                break;
            }
            n6 += 1;
            s4 += (((kd::<D>(1.0)) + (s4.tanh() * s4.tanh())).sqrt()).sin();
            s4 += x0.exp().cbrt().tanh();
            n10 += 2;
        }
        let a11 = if (x2 * x1).re() > (kd::<D>(-0.41)).re() {
            kd::<D>(u1)
        } else {
            ((kd::<D>(u1)).exp2())
                / ((kd::<D>(1.5))
                    + ((((a3.atan() * s4.atan() + (kd::<D>(-1.6))).tanh()).exp_m1()).tanh()))
        };
        let mut m12 = (((kd::<D>(0.9)) * a11.atan().sin()).asin())
            / ((kd::<D>(1.0)) + (x1.exp2().sin() * x1.exp2().sin()));
        let mut s13 = kd::<D>(0.0);
        for i14 in 1..=4 {
            if i14 == 3 {
                m12 = kd::<D>(0.5);
            }
            m12 += s13.atan().asinh().sin();
            let a15 = ((kd::<D>(-0.56)).asinh()).atan();
            s13 *= (kd::<D>(1.0)) + ((kd::<D>(0.3)) * (((kd::<D>(u1)) * a15).sin()));
            s13 *= (kd::<D>(1.0))
                + ((kd::<D>(0.3))
                    * (((kd::<D>(core::f64::consts::PI))
                        * (a3
                            / ((kd::<D>(1.0))
                                + ((kd::<D>(i14 as f64)) * (kd::<D>(i14 as f64))))))
                    .sin()));
        }
        s13
    }

    // seed 1000, program 61
    #[differentiable]
    fn p61<T: Float>(x: &[T], rng: &mut Lcg) -> T {
        let u1: f64 = rng.uniform();
        let a2 = (c::<T>(u1)) * (x[2] - x[3]);
        let a3 = T::trunc(
            ((c::<T>(1.1))
                + (Float::cosh(x[1] / ((c::<T>(1.0)) + ((c::<T>(BETA)) * (c::<T>(BETA)))))
                    * ((x[1] / ((c::<T>(1.0)) + ((c::<T>(BETA)) * (c::<T>(BETA))))).cosh())))
            .acosh(),
        ) * ((c::<T>(-0.3)) / ((c::<T>(1.5)) + T::tanh(a2)));
        let a4 = if (c::<T>(0.59)) - a2 <= c::<T>(0.03) {
            Float::asinh(a3 - a2)
        } else {
            (((c::<T>(0.9)) * x[2].sin()).acos()) - T::from(1.48).unwrap().tanh()
        };
        let mut s5 = T::one();
        for i6 in 2..=4 {
            let u7: f64 = rng.uniform();
            if u7 < 0.25 {
                s5 = ((c::<T>(0.5)) * s5) + T::cbrt(T::from(2.0).unwrap() + T::sin(x[0])).atan();
            }
            let a8 = (c::<T>(1.9)) + (c::<T>(i6 as f64));
            let mut s9 = c::<T>(0.5);
            let mut n11 = 2;
            for i10 in (1..n11).rev() {
                let a12 =
                    T::exp_m1((c::<T>(1.6)) / (T::one() + ((c::<T>(V[i6])) * (c::<T>(V[i6])))));
                if i10 != 0 {
                    let u13 = rng.uniform();
                    s5 = s5 + ((c::<T>(u13)) * ((c::<T>(u1)) * T::from(-0.48).unwrap()));
                } else {
                    let u14 = rng.uniform();
                    s5 = s5 - ((c::<T>(u14)) * Float::mul_add(x[0], c::<T>(-1.12), x[2]).cos());
                }
                n11 += 1;
                let a16 = ({
                    let t15 = s5;
                    x[3]
                }) / (T::one() + (T::sin(a12) * a12.sin()));
                s5 = s5
                    - (((T::from(0.5).unwrap()
                        + ((T::one() + (a4.asinh() * T::asinh(a4)))
                            * (T::one() + (a4.asinh() * a4.asinh()))))
                    .ln_1p())
                    .cos());
            }
            s5 = s5
                - Float::tanh(
                    (c::<T>(core::f64::consts::PI)) / Float::tanh(c::<T>(i6 as f64)).exp(),
                );
            s5 = ((c::<T>(0.5)) * s5) + Float::asinh(-a3).atan();
        }
        for i17 in 0..x.len() {
            let mut m18 = s5;
            let o19: Option<f64> = if i17 > 1 { None } else { Some(V[i17 % 8]) };
            if i17 == 3 {
                break;
            }
            let q20: f64 = match o19 {
                Some(a3) => a3,
                None => -0.25,
            };
            s5 = s5
                + ((c::<T>(q20))
                    * T::sin(x[i17].cosh().hypot(
                        (c::<T>(0.5))
                            + (((T::from(2.0).unwrap() + Float::sin(m18)).cbrt())
                                * (((c::<T>(2.0)) + Float::sin(m18)).cbrt())),
                    )));
            m18 = m18 - T::cos(c::<T>(u1));
        }
        ((c::<T>(0.001)) * ((((a2 + a3) + a4) + s5) + x[2])).tanh()
    }

    fn p61_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], rng: &mut Lcg) -> D {
        let u1: f64 = rng.uniform();
        let a2 = (kd::<D>(u1)) * (x[2] - x[3]);
        let a3 = (kd::<D>(
            (((kd::<D>(1.1))
                + (((x[1] / ((kd::<D>(1.0)) + ((kd::<D>(BETA)) * (kd::<D>(BETA))))).cosh())
                    * ((x[1] / ((kd::<D>(1.0)) + ((kd::<D>(BETA)) * (kd::<D>(BETA))))).cosh())))
            .acosh())
            .re()
            .trunc(),
        )) * ((kd::<D>(-0.3)) / ((kd::<D>(1.5)) + a2.tanh()));
        let a4 = if ((kd::<D>(0.59)) - a2).re() <= (kd::<D>(0.03)).re() {
            (a3 - a2).asinh()
        } else {
            (((kd::<D>(0.9)) * x[2].sin()).acos()) - ((kd::<D>(1.48)).tanh())
        };
        let mut s5 = kd::<D>(1.0);
        for i6 in 2..=4 {
            let u7: f64 = rng.uniform();
            if u7 < 0.25 {
                s5 = ((kd::<D>(0.5)) * s5) + ((((kd::<D>(2.0)) + x[0].sin()).cbrt()).atan());
            }
            let a8 = (kd::<D>(1.9)) + (kd::<D>(i6 as f64));
            let mut s9 = kd::<D>(0.5);
            let mut n11 = 2;
            for i10 in (1..n11).rev() {
                let a12 = ((kd::<D>(1.6))
                    / ((kd::<D>(1.0)) + ((kd::<D>(V[i6])) * (kd::<D>(V[i6])))))
                .exp_m1();
                if i10 != 0 {
                    let u13 = rng.uniform();
                    s5 += (kd::<D>(u13)) * ((kd::<D>(u1)) * (kd::<D>(-0.48)));
                } else {
                    let u14 = rng.uniform();
                    s5 -= (kd::<D>(u14)) * ((x[0] * (kd::<D>(-1.12)) + x[2]).cos());
                }
                n11 += 1;
                let a16 = ({
                    let t15 = s5;
                    x[3]
                }) / ((kd::<D>(1.0)) + (a12.sin() * a12.sin()));
                s5 -= (((kd::<D>(0.5))
                    + (((kd::<D>(1.0)) + (a4.asinh() * a4.asinh()))
                        * ((kd::<D>(1.0)) + (a4.asinh() * a4.asinh()))))
                .ln_1p())
                .cos();
            }
            s5 -= ((kd::<D>(core::f64::consts::PI)) / (((kd::<D>(i6 as f64)).tanh()).exp())).tanh();
            s5 = ((kd::<D>(0.5)) * s5) + (((-a3).asinh()).atan());
        }
        for i17 in 0..x.len() {
            let mut m18 = s5;
            let o19: Option<f64> = if i17 > 1 { None } else { Some(V[i17 % 8]) };
            if i17 == 3 {
                break;
            }
            let q20: f64 = match o19 {
                Some(a3) => a3,
                None => -0.25,
            };
            s5 += (kd::<D>(q20))
                * (((x[i17].cosh() * x[i17].cosh()
                    + ((kd::<D>(0.5))
                        + ((((kd::<D>(2.0)) + m18.sin()).cbrt())
                            * (((kd::<D>(2.0)) + m18.sin()).cbrt())))
                        * ((kd::<D>(0.5))
                            + ((((kd::<D>(2.0)) + m18.sin()).cbrt())
                                * (((kd::<D>(2.0)) + m18.sin()).cbrt()))))
                .sqrt())
                .sin());
            m18 -= (kd::<D>(u1)).cos();
        }
        ((kd::<D>(0.001)) * ((((a2 + a3) + a4) + s5) + x[2])).tanh()
    }

    // seed 1000, program 62
    #[differentiable]
    fn p62(x0: f64, x1: f64, x2: f64) -> f64 {
        let mut n1 = 1;
        if 0.3f64.asinh() >= 0.86 {
            n1 += 1;
        } else {
            n1 += 2
        }
        match n1 {
            5 => n1 += 2,
            23 => {}
            _ => n1 += 2,
        }
        let a2 = 1.7;
        ((x0 + x1) * x2) + a2
    }

    fn p62_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
        let mut n1 = 1;
        if ((kd::<D>(0.3)).asinh()).re() >= (kd::<D>(0.86)).re() {
            n1 += 1;
        } else {
            n1 += 2
        }
        match n1 {
            5 => n1 += 2,
            23 => {}
            _ => n1 += 2,
        }
        let a2 = kd::<D>(1.7);
        ((x0 + x1) * x2) + a2
    }

    // seed 1000, program 63
    #[differentiable]
    fn p63(x: &[f64], y: f64) -> f64 {
        let a1 = f64::tan(((-1.176) * x[2]).sin());
        let a2 = x[0];
        let a3: f64 = Float::sinh(Float::ln(1.0 + (a2 * a2)).cos());
        let a4 = (2.0 + f64::sin(a3 - 1.33)).sqrt();
        let (u5, w6) = (((a1 - y).cos()).powi(1), core::f64::consts::PI);
        ((((a2 + a3) - a4) - u5) * w6) + x[1]
    }

    fn p63_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
        let a1 = (((kd::<D>(-1.176)) * x[2]).sin()).tan();
        let a2 = x[0];
        let a3: D = ((((kd::<D>(1.0)) + (a2 * a2)).ln()).cos()).sinh();
        let a4 = ((kd::<D>(2.0)) + ((a3 - (kd::<D>(1.33))).sin())).sqrt();
        let (u5, w6) = (((a1 - y).cos()).powi(1), kd::<D>(core::f64::consts::PI));
        ((((a2 + a3) - a4) - u5) * w6) + x[1]
    }

    pub fn cases() -> Vec<Case> {
        vec![
            Case {
                seed: 1000,
                index: 0,
                n: 2,
                f: |x, _| p0(x[0], x[1]),
                jvp: |x, v, _| p0_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p0_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p0_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p0_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p0_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 1,
                n: 3,
                f: |x, _| p1(x[0], x[1], x[2]),
                jvp: |x, v, _| p1_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p1_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p1_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p1_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p1_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 2,
                n: 6,
                f: |x, _| p2(x),
                jvp: |x, v, _| p2_jvp(x, v),
                vjp: |x, s, bar, _| p2_vjp(x, bar, s),
                grad: |x, g, _| p2_grad(x, g),
                hvp: Some(|x, v, hv, _| p2_hvp(x, v, hv)),
                dual: |x, _| p2_d(x),
            },
            Case {
                seed: 1000,
                index: 3,
                n: 3,
                f: |x, _| p3(x),
                jvp: |x, v, _| p3_jvp(x, v),
                vjp: |x, s, bar, _| p3_vjp(x, bar, s),
                grad: |x, g, _| p3_grad(x, g),
                hvp: Some(|x, v, hv, _| p3_hvp(x, v, hv)),
                dual: |x, _| p3_d(x),
            },
            Case {
                seed: 1000,
                index: 4,
                n: 4,
                f: |x, _| p4(x),
                jvp: |x, v, _| p4_jvp(x, v),
                vjp: |x, s, bar, _| p4_vjp(x, bar, s),
                grad: |x, g, _| p4_grad(x, g),
                hvp: Some(|x, v, hv, _| p4_hvp(x, v, hv)),
                dual: |x, _| p4_d(x),
            },
            Case {
                seed: 1000,
                index: 5,
                n: 2,
                f: |x, _| p5(x[0], x[1]),
                jvp: |x, v, _| p5_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p5_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p5_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p5_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p5_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 6,
                n: 4,
                f: |x, _| p6(x),
                jvp: |x, v, _| p6_jvp(x, v),
                vjp: |x, s, bar, _| p6_vjp(x, bar, s),
                grad: |x, g, _| p6_grad(x, g),
                hvp: Some(|x, v, hv, _| p6_hvp(x, v, hv)),
                dual: |x, _| p6_d(x),
            },
            Case {
                seed: 1000,
                index: 7,
                n: 3,
                f: |x, r| p7(x[0], x[1], x[2], 3, r),
                jvp: |x, v, r| p7_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3, r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1, a2) = p7_vjp(x[0], x[1], x[2], 3, r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1, a2) = p7_grad(x[0], x[1], x[2], 3, r);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1, a2) = p7_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3, r);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, r| p7_d(x[0], x[1], x[2], 3, r),
            },
            Case {
                seed: 1000,
                index: 8,
                n: 2,
                f: |x, _| p8(x[0], x[1]),
                jvp: |x, v, _| p8_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p8_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p8_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p8_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p8_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 9,
                n: 2,
                f: |x, _| p9(x[0], x[1]),
                jvp: |x, v, _| p9_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p9_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p9_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p9_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p9_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 10,
                n: 2,
                f: |x, _| p10(x[0], x[1]),
                jvp: |x, v, _| p10_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p10_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p10_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p10_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p10_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 11,
                n: 3,
                f: |x, _| p11(x[0], x[1], x[2], 3),
                jvp: |x, v, _| p11_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p11_vjp(x[0], x[1], x[2], 3, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p11_grad(x[0], x[1], x[2], 3);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p11_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p11_d(x[0], x[1], x[2], 3),
            },
            Case {
                seed: 1000,
                index: 12,
                n: 7,
                f: |x, _| p12(arr(x), x[6]),
                jvp: |x, v, _| p12_jvp(arr(x), arr(v), x[6], v[6]),
                vjp: |x, s, bar, _| {
                    let (y, a, b) = p12_vjp(arr(x), x[6], s);
                    for i in 0..6 {
                        bar[i] += a[i];
                    }
                    bar[6] += b;
                    y
                },
                grad: |x, g, _| {
                    let (y, a, b) = p12_grad(arr(x), x[6]);
                    g[..6].copy_from_slice(&a);
                    g[6] = b;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a, b) = p12_hvp(arr(x), arr(v), x[6], v[6]);
                    hv[..6].copy_from_slice(&a);
                    hv[6] = b;
                    y
                }),
                dual: |x, _| p12_d(&x[..6], x[6]),
            },
            Case {
                seed: 1000,
                index: 13,
                n: 6,
                f: |x, _| p13(x),
                jvp: |x, v, _| p13_jvp(x, v),
                vjp: |x, s, bar, _| p13_vjp(x, bar, s),
                grad: |x, g, _| p13_grad(x, g),
                hvp: Some(|x, v, hv, _| p13_hvp(x, v, hv)),
                dual: |x, _| p13_d(x),
            },
            Case {
                seed: 1000,
                index: 14,
                n: 3,
                f: |x, _| p14(x[0], x[1], x[2]),
                jvp: |x, v, _| p14_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p14_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p14_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p14_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p14_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 15,
                n: 6,
                f: |x, _| p15(arr(x), x[5]),
                jvp: |x, v, _| p15_jvp(arr(x), arr(v), x[5], v[5]),
                vjp: |x, s, bar, _| {
                    let (y, a, b) = p15_vjp(arr(x), x[5], s);
                    for i in 0..5 {
                        bar[i] += a[i];
                    }
                    bar[5] += b;
                    y
                },
                grad: |x, g, _| {
                    let (y, a, b) = p15_grad(arr(x), x[5]);
                    g[..5].copy_from_slice(&a);
                    g[5] = b;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a, b) = p15_hvp(arr(x), arr(v), x[5], v[5]);
                    hv[..5].copy_from_slice(&a);
                    hv[5] = b;
                    y
                }),
                dual: |x, _| p15_d(&x[..5], x[5]),
            },
            Case {
                seed: 1000,
                index: 16,
                n: 5,
                f: |x, _| p16(&x[..4], x[4]),
                jvp: |x, v, _| p16_jvp(&x[..4], &v[..4], x[4], v[4]),
                vjp: |x, s, bar, _| {
                    let (bx, by) = bar.split_at_mut(4);
                    let (y, a) = p16_vjp(&x[..4], bx, x[4], s);
                    by[0] += a;
                    y
                },
                grad: |x, g, _| {
                    let (gx, gy) = g.split_at_mut(4);
                    let (y, a) = p16_grad(&x[..4], gx, x[4]);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (hx, hy) = hv.split_at_mut(4);
                    let (y, a) = p16_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
                    hy[0] = a;
                    y
                }),
                dual: |x, _| p16_d(&x[..4], x[4]),
            },
            Case {
                seed: 1000,
                index: 17,
                n: 5,
                f: |x, _| p17(arr(x), 3),
                jvp: |x, v, _| p17_jvp(arr(x), arr(v), 3),
                vjp: |x, s, bar, _| {
                    let (y, a) = p17_vjp(arr(x), 3, s);
                    for i in 0..5 {
                        bar[i] += a[i];
                    }
                    y
                },
                grad: |x, g, _| {
                    let (y, a) = p17_grad(arr(x), 3);
                    g[..5].copy_from_slice(&a);
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a) = p17_hvp(arr(x), arr(v), 3);
                    hv[..5].copy_from_slice(&a);
                    y
                }),
                dual: |x, _| p17_d(&x[..5], 3),
            },
            Case {
                seed: 1000,
                index: 18,
                n: 6,
                f: |x, _| p18(&x[..5], x[5]),
                jvp: |x, v, _| p18_jvp(&x[..5], &v[..5], x[5], v[5]),
                vjp: |x, s, bar, _| {
                    let (bx, by) = bar.split_at_mut(5);
                    let (y, a) = p18_vjp(&x[..5], bx, x[5], s);
                    by[0] += a;
                    y
                },
                grad: |x, g, _| {
                    let (gx, gy) = g.split_at_mut(5);
                    let (y, a) = p18_grad(&x[..5], gx, x[5]);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (hx, hy) = hv.split_at_mut(5);
                    let (y, a) = p18_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
                    hy[0] = a;
                    y
                }),
                dual: |x, _| p18_d(&x[..5], x[5]),
            },
            Case {
                seed: 1000,
                index: 19,
                n: 3,
                f: |x, _| p19(x[0], x[1], x[2]),
                jvp: |x, v, _| p19_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p19_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p19_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p19_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p19_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 20,
                n: 7,
                f: |x, _| p20(arr(x), x[6]),
                jvp: |x, v, _| p20_jvp(arr(x), arr(v), x[6], v[6]),
                vjp: |x, s, bar, _| {
                    let (y, a, b) = p20_vjp(arr(x), x[6], s);
                    for i in 0..6 {
                        bar[i] += a[i];
                    }
                    bar[6] += b;
                    y
                },
                grad: |x, g, _| {
                    let (y, a, b) = p20_grad(arr(x), x[6]);
                    g[..6].copy_from_slice(&a);
                    g[6] = b;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a, b) = p20_hvp(arr(x), arr(v), x[6], v[6]);
                    hv[..6].copy_from_slice(&a);
                    hv[6] = b;
                    y
                }),
                dual: |x, _| p20_d(&x[..6], x[6]),
            },
            Case {
                seed: 1000,
                index: 21,
                n: 2,
                f: |x, _| p21(x[0], x[1]),
                jvp: |x, v, _| p21_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p21_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p21_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p21_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p21_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 22,
                n: 2,
                f: |x, r| p22(x[0], x[1], r),
                jvp: |x, v, r| p22_jvp(x[0], v[0], x[1], v[1], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1) = p22_vjp(x[0], x[1], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1) = p22_grad(x[0], x[1], r);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1) = p22_hvp(x[0], v[0], x[1], v[1], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, r| p22_d(x[0], x[1], r),
            },
            Case {
                seed: 1000,
                index: 23,
                n: 2,
                f: |x, _| p23(x[0], x[1]),
                jvp: |x, v, _| p23_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p23_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p23_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p23_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p23_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 24,
                n: 7,
                f: |x, _| p24(&x[..6], x[6]),
                jvp: |x, v, _| p24_jvp(&x[..6], &v[..6], x[6], v[6]),
                vjp: |x, s, bar, _| {
                    let (bx, by) = bar.split_at_mut(6);
                    let (y, a) = p24_vjp(&x[..6], bx, x[6], s);
                    by[0] += a;
                    y
                },
                grad: |x, g, _| {
                    let (gx, gy) = g.split_at_mut(6);
                    let (y, a) = p24_grad(&x[..6], gx, x[6]);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (hx, hy) = hv.split_at_mut(6);
                    let (y, a) = p24_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
                    hy[0] = a;
                    y
                }),
                dual: |x, _| p24_d(&x[..6], x[6]),
            },
            Case {
                seed: 1000,
                index: 25,
                n: 7,
                f: |x, _| p25(&x[..6], x[6]),
                jvp: |x, v, _| p25_jvp(&x[..6], &v[..6], x[6], v[6]),
                vjp: |x, s, bar, _| {
                    let (bx, by) = bar.split_at_mut(6);
                    let (y, a) = p25_vjp(&x[..6], bx, x[6], s);
                    by[0] += a;
                    y
                },
                grad: |x, g, _| {
                    let (gx, gy) = g.split_at_mut(6);
                    let (y, a) = p25_grad(&x[..6], gx, x[6]);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (hx, hy) = hv.split_at_mut(6);
                    let (y, a) = p25_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
                    hy[0] = a;
                    y
                }),
                dual: |x, _| p25_d(&x[..6], x[6]),
            },
            Case {
                seed: 1000,
                index: 26,
                n: 7,
                f: |x, r| p26(arr(x), x[6], r),
                jvp: |x, v, r| p26_jvp(arr(x), arr(v), x[6], v[6], r),
                vjp: |x, s, bar, r| {
                    let (y, a, b) = p26_vjp(arr(x), x[6], r, s);
                    for i in 0..6 {
                        bar[i] += a[i];
                    }
                    bar[6] += b;
                    y
                },
                grad: |x, g, r| {
                    let (y, a, b) = p26_grad(arr(x), x[6], r);
                    g[..6].copy_from_slice(&a);
                    g[6] = b;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a, b) = p26_hvp(arr(x), arr(v), x[6], v[6], r);
                    hv[..6].copy_from_slice(&a);
                    hv[6] = b;
                    y
                }),
                dual: |x, r| p26_d(&x[..6], x[6], r),
            },
            Case {
                seed: 1000,
                index: 27,
                n: 7,
                f: |x, r| p27(arr(x), x[6], r),
                jvp: |x, v, r| p27_jvp(arr(x), arr(v), x[6], v[6], r),
                vjp: |x, s, bar, r| {
                    let (y, a, b) = p27_vjp(arr(x), x[6], r, s);
                    for i in 0..6 {
                        bar[i] += a[i];
                    }
                    bar[6] += b;
                    y
                },
                grad: |x, g, r| {
                    let (y, a, b) = p27_grad(arr(x), x[6], r);
                    g[..6].copy_from_slice(&a);
                    g[6] = b;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a, b) = p27_hvp(arr(x), arr(v), x[6], v[6], r);
                    hv[..6].copy_from_slice(&a);
                    hv[6] = b;
                    y
                }),
                dual: |x, r| p27_d(&x[..6], x[6], r),
            },
            Case {
                seed: 1000,
                index: 28,
                n: 2,
                f: |x, _| p28(x[0], x[1]),
                jvp: |x, v, _| p28_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p28_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p28_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p28_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p28_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 29,
                n: 4,
                f: |x, _| p29(arr(x), 3),
                jvp: |x, v, _| p29_jvp(arr(x), arr(v), 3),
                vjp: |x, s, bar, _| {
                    let (y, a) = p29_vjp(arr(x), 3, s);
                    for i in 0..4 {
                        bar[i] += a[i];
                    }
                    y
                },
                grad: |x, g, _| {
                    let (y, a) = p29_grad(arr(x), 3);
                    g[..4].copy_from_slice(&a);
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a) = p29_hvp(arr(x), arr(v), 3);
                    hv[..4].copy_from_slice(&a);
                    y
                }),
                dual: |x, _| p29_d(&x[..4], 3),
            },
            Case {
                seed: 1000,
                index: 30,
                n: 3,
                f: |x, _| p30(x[0], x[1], x[2]),
                jvp: |x, v, _| p30_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p30_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p30_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p30_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p30_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 31,
                n: 6,
                f: |x, _| p31(&x[..5], x[5]),
                jvp: |x, v, _| p31_jvp(&x[..5], &v[..5], x[5], v[5]),
                vjp: |x, s, bar, _| {
                    let (bx, by) = bar.split_at_mut(5);
                    let (y, a) = p31_vjp(&x[..5], bx, x[5], s);
                    by[0] += a;
                    y
                },
                grad: |x, g, _| {
                    let (gx, gy) = g.split_at_mut(5);
                    let (y, a) = p31_grad(&x[..5], gx, x[5]);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (hx, hy) = hv.split_at_mut(5);
                    let (y, a) = p31_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
                    hy[0] = a;
                    y
                }),
                dual: |x, _| p31_d(&x[..5], x[5]),
            },
            Case {
                seed: 1000,
                index: 32,
                n: 3,
                f: |x, _| p32(x[0], x[1], x[2], 3),
                jvp: |x, v, _| p32_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p32_vjp(x[0], x[1], x[2], 3, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p32_grad(x[0], x[1], x[2], 3);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p32_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p32_d(x[0], x[1], x[2], 3),
            },
            Case {
                seed: 1000,
                index: 33,
                n: 3,
                f: |x, r| p33(x[0], x[1], x[2], r),
                jvp: |x, v, r| p33_jvp(x[0], v[0], x[1], v[1], x[2], v[2], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1, a2) = p33_vjp(x[0], x[1], x[2], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1, a2) = p33_grad(x[0], x[1], x[2], r);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1, a2) = p33_hvp(x[0], v[0], x[1], v[1], x[2], v[2], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, r| p33_d(x[0], x[1], x[2], r),
            },
            Case {
                seed: 1000,
                index: 34,
                n: 3,
                f: |x, r| p34(x, r),
                jvp: |x, v, r| p34_jvp(x, v, r),
                vjp: |x, s, bar, r| p34_vjp(x, bar, r, s),
                grad: |x, g, r| p34_grad(x, g, r),
                hvp: Some(|x, v, hv, r| p34_hvp(x, v, hv, r)),
                dual: |x, r| p34_d(x, r),
            },
            Case {
                seed: 1000,
                index: 35,
                n: 3,
                f: |x, _| p35(x[0], x[1], x[2]),
                jvp: |x, v, _| p35_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p35_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p35_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p35_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p35_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 36,
                n: 2,
                f: |x, _| p36(x[0], x[1]),
                jvp: |x, v, _| p36_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p36_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p36_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p36_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p36_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 37,
                n: 3,
                f: |x, _| p37(x[0], x[1], x[2]),
                jvp: |x, v, _| p37_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p37_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p37_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p37_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p37_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 38,
                n: 4,
                f: |x, _| p38(arr(x)),
                jvp: |x, v, _| p38_jvp(arr(x), arr(v)),
                vjp: |x, s, bar, _| {
                    let (y, a) = p38_vjp(arr(x), s);
                    for i in 0..4 {
                        bar[i] += a[i];
                    }
                    y
                },
                grad: |x, g, _| {
                    let (y, a) = p38_grad(arr(x));
                    g[..4].copy_from_slice(&a);
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a) = p38_hvp(arr(x), arr(v));
                    hv[..4].copy_from_slice(&a);
                    y
                }),
                dual: |x, _| p38_d(&x[..4]),
            },
            Case {
                seed: 1000,
                index: 39,
                n: 4,
                f: |x, _| p39(arr(x), x[3]),
                jvp: |x, v, _| p39_jvp(arr(x), arr(v), x[3], v[3]),
                vjp: |x, s, bar, _| {
                    let (y, a, b) = p39_vjp(arr(x), x[3], s);
                    for i in 0..3 {
                        bar[i] += a[i];
                    }
                    bar[3] += b;
                    y
                },
                grad: |x, g, _| {
                    let (y, a, b) = p39_grad(arr(x), x[3]);
                    g[..3].copy_from_slice(&a);
                    g[3] = b;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a, b) = p39_hvp(arr(x), arr(v), x[3], v[3]);
                    hv[..3].copy_from_slice(&a);
                    hv[3] = b;
                    y
                }),
                dual: |x, _| p39_d(&x[..3], x[3]),
            },
            Case {
                seed: 1000,
                index: 40,
                n: 3,
                f: |x, _| p40(x[0], x[1], x[2]),
                jvp: |x, v, _| p40_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p40_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p40_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p40_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p40_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 41,
                n: 3,
                f: |x, r| p41(x[0], x[1], x[2], r),
                jvp: |x, v, r| p41_jvp(x[0], v[0], x[1], v[1], x[2], v[2], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1, a2) = p41_vjp(x[0], x[1], x[2], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1, a2) = p41_grad(x[0], x[1], x[2], r);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1, a2) = p41_hvp(x[0], v[0], x[1], v[1], x[2], v[2], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, r| p41_d(x[0], x[1], x[2], r),
            },
            Case {
                seed: 1000,
                index: 42,
                n: 2,
                f: |x, _| p42(x[0], x[1]),
                jvp: |x, v, _| p42_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p42_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p42_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p42_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p42_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 43,
                n: 6,
                f: |x, _| p43(x),
                jvp: |x, v, _| p43_jvp(x, v),
                vjp: |x, s, bar, _| p43_vjp(x, bar, s),
                grad: |x, g, _| p43_grad(x, g),
                hvp: Some(|x, v, hv, _| p43_hvp(x, v, hv)),
                dual: |x, _| p43_d(x),
            },
            Case {
                seed: 1000,
                index: 44,
                n: 6,
                f: |x, _| p44(&x[..5], x[5]),
                jvp: |x, v, _| p44_jvp(&x[..5], &v[..5], x[5], v[5]),
                vjp: |x, s, bar, _| {
                    let (bx, by) = bar.split_at_mut(5);
                    let (y, a) = p44_vjp(&x[..5], bx, x[5], s);
                    by[0] += a;
                    y
                },
                grad: |x, g, _| {
                    let (gx, gy) = g.split_at_mut(5);
                    let (y, a) = p44_grad(&x[..5], gx, x[5]);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (hx, hy) = hv.split_at_mut(5);
                    let (y, a) = p44_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
                    hy[0] = a;
                    y
                }),
                dual: |x, _| p44_d(&x[..5], x[5]),
            },
            Case {
                seed: 1000,
                index: 45,
                n: 2,
                f: |x, r| p45(x[0], x[1], r),
                jvp: |x, v, r| p45_jvp(x[0], v[0], x[1], v[1], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1) = p45_vjp(x[0], x[1], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1) = p45_grad(x[0], x[1], r);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1) = p45_hvp(x[0], v[0], x[1], v[1], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, r| p45_d(x[0], x[1], r),
            },
            Case {
                seed: 1000,
                index: 46,
                n: 7,
                f: |x, _| p46(&x[..6], x[6]),
                jvp: |x, v, _| p46_jvp(&x[..6], &v[..6], x[6], v[6]),
                vjp: |x, s, bar, _| {
                    let (bx, by) = bar.split_at_mut(6);
                    let (y, a) = p46_vjp(&x[..6], bx, x[6], s);
                    by[0] += a;
                    y
                },
                grad: |x, g, _| {
                    let (gx, gy) = g.split_at_mut(6);
                    let (y, a) = p46_grad(&x[..6], gx, x[6]);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (hx, hy) = hv.split_at_mut(6);
                    let (y, a) = p46_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
                    hy[0] = a;
                    y
                }),
                dual: |x, _| p46_d(&x[..6], x[6]),
            },
            Case {
                seed: 1000,
                index: 47,
                n: 3,
                f: |x, r| p47(x[0], x[1], x[2], r),
                jvp: |x, v, r| p47_jvp(x[0], v[0], x[1], v[1], x[2], v[2], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1, a2) = p47_vjp(x[0], x[1], x[2], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1, a2) = p47_grad(x[0], x[1], x[2], r);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1, a2) = p47_hvp(x[0], v[0], x[1], v[1], x[2], v[2], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, r| p47_d(x[0], x[1], x[2], r),
            },
            Case {
                seed: 1000,
                index: 48,
                n: 3,
                f: |x, r| p48(x[0], x[1], x[2], r),
                jvp: |x, v, r| p48_jvp(x[0], v[0], x[1], v[1], x[2], v[2], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1, a2) = p48_vjp(x[0], x[1], x[2], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1, a2) = p48_grad(x[0], x[1], x[2], r);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1, a2) = p48_hvp(x[0], v[0], x[1], v[1], x[2], v[2], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, r| p48_d(x[0], x[1], x[2], r),
            },
            Case {
                seed: 1000,
                index: 49,
                n: 3,
                f: |x, r| p49(x[0], x[1], x[2], r),
                jvp: |x, v, r| p49_jvp(x[0], v[0], x[1], v[1], x[2], v[2], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1, a2) = p49_vjp(x[0], x[1], x[2], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1, a2) = p49_grad(x[0], x[1], x[2], r);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1, a2) = p49_hvp(x[0], v[0], x[1], v[1], x[2], v[2], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, r| p49_d(x[0], x[1], x[2], r),
            },
            Case {
                seed: 1000,
                index: 50,
                n: 2,
                f: |x, r| p50(x[0], x[1], r),
                jvp: |x, v, r| p50_jvp(x[0], v[0], x[1], v[1], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1) = p50_vjp(x[0], x[1], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1) = p50_grad(x[0], x[1], r);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1) = p50_hvp(x[0], v[0], x[1], v[1], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, r| p50_d(x[0], x[1], r),
            },
            Case {
                seed: 1000,
                index: 51,
                n: 4,
                f: |x, _| p51(arr(x)),
                jvp: |x, v, _| p51_jvp(arr(x), arr(v)),
                vjp: |x, s, bar, _| {
                    let (y, a) = p51_vjp(arr(x), s);
                    for i in 0..4 {
                        bar[i] += a[i];
                    }
                    y
                },
                grad: |x, g, _| {
                    let (y, a) = p51_grad(arr(x));
                    g[..4].copy_from_slice(&a);
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a) = p51_hvp(arr(x), arr(v));
                    hv[..4].copy_from_slice(&a);
                    y
                }),
                dual: |x, _| p51_d(&x[..4]),
            },
            Case {
                seed: 1000,
                index: 52,
                n: 3,
                f: |x, r| p52(x[0], x[1], x[2], r),
                jvp: |x, v, r| p52_jvp(x[0], v[0], x[1], v[1], x[2], v[2], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1, a2) = p52_vjp(x[0], x[1], x[2], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1, a2) = p52_grad(x[0], x[1], x[2], r);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1, a2) = p52_hvp(x[0], v[0], x[1], v[1], x[2], v[2], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, r| p52_d(x[0], x[1], x[2], r),
            },
            Case {
                seed: 1000,
                index: 53,
                n: 2,
                f: |x, r| p53(x[0], x[1], r),
                jvp: |x, v, r| p53_jvp(x[0], v[0], x[1], v[1], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1) = p53_vjp(x[0], x[1], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1) = p53_grad(x[0], x[1], r);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1) = p53_hvp(x[0], v[0], x[1], v[1], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, r| p53_d(x[0], x[1], r),
            },
            Case {
                seed: 1000,
                index: 54,
                n: 3,
                f: |x, _| p54(x[0], x[1], x[2]),
                jvp: |x, v, _| p54_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p54_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p54_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p54_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p54_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 55,
                n: 2,
                f: |x, _| p55(x[0], x[1]),
                jvp: |x, v, _| p55_jvp(x[0], v[0], x[1], v[1]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p55_vjp(x[0], x[1], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p55_grad(x[0], x[1]);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p55_hvp(x[0], v[0], x[1], v[1]);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p55_d(x[0], x[1]),
            },
            Case {
                seed: 1000,
                index: 56,
                n: 4,
                f: |x, r| p56(&x[..3], x[3], 3, r),
                jvp: |x, v, r| p56_jvp(&x[..3], &v[..3], x[3], v[3], 3, r),
                vjp: |x, s, bar, r| {
                    let (bx, by) = bar.split_at_mut(3);
                    let (y, a) = p56_vjp(&x[..3], bx, x[3], 3, r, s);
                    by[0] += a;
                    y
                },
                grad: |x, g, r| {
                    let (gx, gy) = g.split_at_mut(3);
                    let (y, a) = p56_grad(&x[..3], gx, x[3], 3, r);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (hx, hy) = hv.split_at_mut(3);
                    let (y, a) = p56_hvp(&x[..3], &v[..3], hx, x[3], v[3], 3, r);
                    hy[0] = a;
                    y
                }),
                dual: |x, r| p56_d(&x[..3], x[3], 3, r),
            },
            Case {
                seed: 1000,
                index: 57,
                n: 3,
                f: |x, r| p57(arr(x), r),
                jvp: |x, v, r| p57_jvp(arr(x), arr(v), r),
                vjp: |x, s, bar, r| {
                    let (y, a) = p57_vjp(arr(x), r, s);
                    for i in 0..3 {
                        bar[i] += a[i];
                    }
                    y
                },
                grad: |x, g, r| {
                    let (y, a) = p57_grad(arr(x), r);
                    g[..3].copy_from_slice(&a);
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a) = p57_hvp(arr(x), arr(v), r);
                    hv[..3].copy_from_slice(&a);
                    y
                }),
                dual: |x, r| p57_d(&x[..3], r),
            },
            Case {
                seed: 1000,
                index: 58,
                n: 2,
                f: |x, _| p58(x[0], x[1], 3),
                jvp: |x, v, _| p58_jvp(x[0], v[0], x[1], v[1], 3),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p58_vjp(x[0], x[1], 3, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p58_grad(x[0], x[1], 3);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p58_hvp(x[0], v[0], x[1], v[1], 3);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p58_d(x[0], x[1], 3),
            },
            Case {
                seed: 1000,
                index: 59,
                n: 2,
                f: |x, _| p59(x[0], x[1], 3),
                jvp: |x, v, _| p59_jvp(x[0], v[0], x[1], v[1], 3),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1) = p59_vjp(x[0], x[1], 3, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1) = p59_grad(x[0], x[1], 3);
                    g[0] = a0;
                    g[1] = a1;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1) = p59_hvp(x[0], v[0], x[1], v[1], 3);
                    hv[0] = a0;
                    hv[1] = a1;
                    y
                }),
                dual: |x, _| p59_d(x[0], x[1], 3),
            },
            Case {
                seed: 1000,
                index: 60,
                n: 3,
                f: |x, r| p60(x[0], x[1], x[2], r),
                jvp: |x, v, r| p60_jvp(x[0], v[0], x[1], v[1], x[2], v[2], r),
                vjp: |x, s, bar, r| {
                    let (y, a0, a1, a2) = p60_vjp(x[0], x[1], x[2], r, s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, r| {
                    let (y, a0, a1, a2) = p60_grad(x[0], x[1], x[2], r);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, r| {
                    let (y, a0, a1, a2) = p60_hvp(x[0], v[0], x[1], v[1], x[2], v[2], r);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, r| p60_d(x[0], x[1], x[2], r),
            },
            Case {
                seed: 1000,
                index: 61,
                n: 5,
                f: |x, r| p61(x, r),
                jvp: |x, v, r| p61_jvp(x, v, r),
                vjp: |x, s, bar, r| p61_vjp(x, bar, r, s),
                grad: |x, g, r| p61_grad(x, g, r),
                hvp: Some(|x, v, hv, r| p61_hvp(x, v, hv, r)),
                dual: |x, r| p61_d(x, r),
            },
            Case {
                seed: 1000,
                index: 62,
                n: 3,
                f: |x, _| p62(x[0], x[1], x[2]),
                jvp: |x, v, _| p62_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
                vjp: |x, s, bar, _| {
                    let (y, a0, a1, a2) = p62_vjp(x[0], x[1], x[2], s);
                    bar[0] += a0;
                    bar[1] += a1;
                    bar[2] += a2;
                    y
                },
                grad: |x, g, _| {
                    let (y, a0, a1, a2) = p62_grad(x[0], x[1], x[2]);
                    g[0] = a0;
                    g[1] = a1;
                    g[2] = a2;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (y, a0, a1, a2) = p62_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
                    hv[0] = a0;
                    hv[1] = a1;
                    hv[2] = a2;
                    y
                }),
                dual: |x, _| p62_d(x[0], x[1], x[2]),
            },
            Case {
                seed: 1000,
                index: 63,
                n: 5,
                f: |x, _| p63(&x[..4], x[4]),
                jvp: |x, v, _| p63_jvp(&x[..4], &v[..4], x[4], v[4]),
                vjp: |x, s, bar, _| {
                    let (bx, by) = bar.split_at_mut(4);
                    let (y, a) = p63_vjp(&x[..4], bx, x[4], s);
                    by[0] += a;
                    y
                },
                grad: |x, g, _| {
                    let (gx, gy) = g.split_at_mut(4);
                    let (y, a) = p63_grad(&x[..4], gx, x[4]);
                    gy[0] = a;
                    y
                },
                hvp: Some(|x, v, hv, _| {
                    let (hx, hy) = hv.split_at_mut(4);
                    let (y, a) = p63_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
                    hy[0] = a;
                    y
                }),
                dual: |x, _| p63_d(&x[..4], x[4]),
            },
        ]
    }
}

fn cases() -> Vec<Case> {
    let mut all: Vec<Case> = Vec::new();
    all.extend(s1000_g0::cases());
    all
}

#[test]
fn frozen_programs() {
    run(file!(), None, &cases());
}
