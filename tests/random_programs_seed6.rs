//! Property test: 150 random programs from the grammar of issue 2, generated ahead of time.
//!
//! Each `pN` is annotated with `#[differentiable]`; `pN_d` is its twin over num-dual's `DualNum`
//! (num-dual's types do not implement `num_traits::Float`). Every mode (`_jvp`, `_vjp`, `_grad`,
//! `_hvp`) is compared at 3 seeded random points with num-dual (`Dual64` for first derivatives,
//! `HyperDual64` for H v) to a relative 1e-9, and with central finite differences as a sanity check.
//!
//! GENERATED, do not edit. Regenerate with:
//!     python3 tests/random/gen.py --count 150 --seed 6 --out tests/random_programs_seed6.rs
//! (generator seed 6; see tests/random/README.md for generating many more programs).

// Random programs are written the way no one would write them by hand (x - x, unused
// lets, loops that only index a const array, ...); these lints are about that style.
#![allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_comparisons,
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
    clippy::unnecessary_min_or_max
)]

use differentiable::differentiable;
use num_dual::{Dual64, DualNum, HyperDual64};
use num_traits::{Float, NumAssign};

// constants, the test harness and the num-dual helpers, shared by every file
include!("random/harness.rs");

#[differentiable]
fn p0(x0: f64, x1: f64, x2: f64) -> f64 {
    let a2 = {
        let t1 = x0 / (1.0 + ((-x2) * (-x2)));
        (0.9 * Float::log10(f64::cosh(x0)).tanh().tanh()).atanh()
    };
    let (u3, w4) = (
        (0.9 * f64::tanh(core::f64::consts::PI.tanh())).acos(),
        (1.5 + x0.tanh()).powf(f64::atan(a2)),
    );
    if x2 > w4 * x1 {
        return w4;
    }
    let a5 = if (2.0 + x1.sin()).recip() >= x0 {
        Float::log(
            2.0 + f64::sin(BETA),
            Float::exp(0.5 + (0.4 * a2.tanh().sin())),
        )
        .atan()
        .mul_add(x1.sin(), u3)
    } else {
        x2
    };
    let mut s6 = 1.0;
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        let a8 = if s6.tanh() > -0.67 {
            Float::sin(x0.abs()) * x1
        } else {
            Float::atan(u3.abs())
                / (1.0_f64
                    + (((1.5 + ((w4 + 0.7).tanh())).powf(x1))
                        * Float::powf(1.5 + f64::tanh(w4 + 0.7), x1)))
        };
        s6 /= 2.0 + f64::sin(u3 + x0.mul_add(Float::cos(std::f64::consts::E), (i7 as f64)));
        s6 *= 1.0 + (0.3 * ((((x0 / (1.0 + (u3 * u3))).hypot(1.0)).powf(x1.max(a2).sin())).sin()));
        s6 = (0.5_f64 * s6)
            + f64::acosh(1.1_f64 + ((2.0_f64 + f64::sin(a5)) * (2.0 + a5.sin()))).sin();
    }
    let w4 = x1;
    (((a2 * u3) + a5) * s6) * w4
}

fn p0_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = {
        let t1 = x0 / ((k::<D>(1.0)) + ((-x2) * (-x2)));
        ((k::<D>(0.9)) * x0.cosh().log10().tanh().tanh()).atanh()
    };
    let (u3, w4) = (
        ((k::<D>(0.9)) * (((k::<D>(core::f64::consts::PI)).tanh()).tanh())).acos(),
        (a2.atan() * ((k::<D>(1.5)) + x0.tanh()).ln()).exp(),
    );
    if x2.re() > (w4 * x1).re() {
        return w4;
    }
    let a5 = if (((k::<D>(2.0)) + x1.sin()).recip()).re() >= x0.re() {
        (((((k::<D>(2.0)) + ((k::<D>(BETA)).sin())).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a2.tanh().sin())).exp()).ln())
        .atan())
            * x1.sin()
            + u3)
    } else {
        x2
    };
    let mut s6 = k::<D>(1.0);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        let a8 = if s6.tanh().re() > (k::<D>(-0.67)).re() {
            x0.abs().sin() * x1
        } else {
            u3.abs().atan()
                / ((k::<D>(1.0))
                    + (((x1 * ((k::<D>(1.5)) + ((w4 + (k::<D>(0.7))).tanh())).ln()).exp())
                        * ((x1 * ((k::<D>(1.5)) + ((w4 + (k::<D>(0.7))).tanh())).ln()).exp())))
        };
        s6 /= (k::<D>(2.0))
            + ((u3 + (x0 * ((k::<D>(std::f64::consts::E)).cos()) + (k::<D>(i7 as f64)))).sin());
        s6 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((dmax(x1, a2).sin()
                    * (((x0 / ((k::<D>(1.0)) + (u3 * u3)))
                        * (x0 / ((k::<D>(1.0)) + (u3 * u3)))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                    .ln())
                .exp())
                .sin()));
        s6 = ((k::<D>(0.5)) * s6)
            + ((((k::<D>(1.1)) + (((k::<D>(2.0)) + a5.sin()) * ((k::<D>(2.0)) + a5.sin())))
                .acosh())
            .sin());
    }
    let w4 = x1;
    (((a2 * u3) + a5) * s6) * w4
}

#[differentiable]
fn p1(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let (u3, w4) = ((((i2 as f64).exp2()).atan()).powi(1), x1 + x1);
        let mut i5 = 0;
        while i5 < 1 {
            i5 += 1;
            let (u6, w7) = (
                Float::tanh(w4 - V[i2]).exp(),
                ((0.5 + (u3.exp() * Float::exp(u3))).ln_1p()) * (std::f64::consts::E * x0),
            );
            s1 /= 2.0 + Float::sin(x1 / Float::hypot(-1.888, 1.0));
            s1 -= f64::cos(x0);
            if u3 * (-0.284) <= x0 + u3 && x0 < -0.21 {
                break;
            }
        }
        let a8 =
            (x1 / w4.atan().cosh()).atan2(0.5 + (x1.hypot(1.0).powi(0) * x1.hypot(1.0f64).powi(0)));
        s1 *= 1.0_f64 + (0.3_f64 * s1.asinh().sin());
    }
    let mut m9: f64 =
        s1 + (Float::powi(f64::tanh(core::f64::consts::PI), 2) * (1.3 / (1.0 + (x0 * x0))));
    s1 = Float::atan((0.7 * s1) + (-1.21));
    let a10 = if m9 < (-1.594_f64) - s1 && x0 >= -1.4_f64 {
        x0.sin() * m9.sin()
    } else {
        ALPHA * s1
    };
    for i11 in 2..6 {
        let a12 = x1.atan2(0.5 + (x0 * x0));
        if i11 >= 0 {
            break;
        }
        let mut s13 = 1.0;
        let mut i14 = 0;
        while i14 < 2 {
            i14 += 1;
            let a15 = x0.mul_add(x0, -1.782);
            let a16 = (1.0 + (a10.asinh() * a10.asinh())).log10();
            s13 *= 1.0 + (0.3f64 * Float::sin(a16.clamp(-0.51, 0.81_f64)));
            s13 -= f64::atan(a10).exp().tanh();
        }
        m9 *= 1.0 + (0.3 * f64::cos(s1).sin().tan().exp().cos());
        s1 = s1.max((((-s1).tanh()).powi(1)).sin());
    }
    let a17 = 1.59.cosh();
    let mut s18 = 0.0f64;
    for i19 in 2..4 {
        let mut m20 = f64::tanh(a10 + a17).exp_m1() * s1.abs().asinh();
        let mut s21 = 1.0;
        let mut i22 = 0;
        while i22 < 2 {
            i22 += 1;
            m9 *= 1.0
                + (0.3
                    * p0(
                        m20.tanh(),
                        f64::tanh(((1.5 + s21.tanh()).log10()) + s21),
                        (((i19 as f64).atan()).cosh()).atan(),
                    )
                    .sin());
            s1 *= 1.0 + (0.3f64 * f64::tanh(s21 - (i19 as f64)).exp().cos());
            s1 /= m9.clamp(-1.28, 0.4).hypot(1.0);
        }
        let mut m23: f64 = a10 / (1.5 + ((i19 as f64).tanh()));
        m23 =
            (0.5 * m23) + ((((1.1f64 + (m23.sin().exp() * m23.sin().exp())).acosh()).abs()).cos());
    }
    (0.001 * ((((s1 + m9) + a10) + a17) + s18)).tanh()
}

fn p1_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let (u3, w4) = ((((k::<D>(i2 as f64)).exp2()).atan()).powi(1), x1 + x1);
        let mut i5 = 0;
        while i5 < 1 {
            i5 += 1;
            let (u6, w7) = (
                ((w4 - (k::<D>(V[i2]))).tanh()).exp(),
                (((k::<D>(0.5)) + (u3.exp() * u3.exp())).ln_1p())
                    * ((k::<D>(std::f64::consts::E)) * x0),
            );
            s1 /= (k::<D>(2.0))
                + ((x1
                    / (((k::<D>(-1.888)) * (k::<D>(-1.888)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt()))
                .sin());
            s1 -= x0.cos();
            if (u3 * (k::<D>(-0.284))).re() <= (x0 + u3).re() && x0.re() < (k::<D>(-0.21)).re() {
                break;
            }
        }
        let a8 = datan2(
            x1 / w4.atan().cosh(),
            (k::<D>(0.5))
                + ((((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0))
                    * (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0))),
        );
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.asinh().sin());
    }
    let mut m9: D = s1
        + ((((k::<D>(core::f64::consts::PI)).tanh()).powi(2))
            * ((k::<D>(1.3)) / ((k::<D>(1.0)) + (x0 * x0))));
    s1 = (((k::<D>(0.7)) * s1) + (k::<D>(-1.21))).atan();
    let a10 = if m9.re() < ((k::<D>(-1.594)) - s1).re() && x0.re() >= (k::<D>(-1.4)).re() {
        x0.sin() * m9.sin()
    } else {
        (k::<D>(ALPHA)) * s1
    };
    for i11 in 2..6 {
        let a12 = datan2(x1, (k::<D>(0.5)) + (x0 * x0));
        if i11 >= 0 {
            break;
        }
        let mut s13 = k::<D>(1.0);
        let mut i14 = 0;
        while i14 < 2 {
            i14 += 1;
            let a15 = (x0 * x0 + (k::<D>(-1.782)));
            let a16 = ((k::<D>(1.0)) + (a10.asinh() * a10.asinh())).log10();
            s13 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dclamp(a16, k::<D>(-0.51), k::<D>(0.81)).sin());
            s13 -= a10.atan().exp().tanh();
        }
        m9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.cos().sin().tan().exp().cos());
        s1 = dmax(s1, (((-s1).tanh()).powi(1)).sin());
    }
    let a17 = (k::<D>(1.59)).cosh();
    let mut s18 = k::<D>(0.0);
    for i19 in 2..4 {
        let mut m20 = (((a10 + a17).tanh()).exp_m1()) * s1.abs().asinh();
        let mut s21 = k::<D>(1.0);
        let mut i22 = 0;
        while i22 < 2 {
            i22 += 1;
            m9 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * p0_d(
                        m20.tanh(),
                        ((((k::<D>(1.5)) + s21.tanh()).log10()) + s21).tanh(),
                        (((k::<D>(i19 as f64)).atan()).cosh()).atan(),
                    )
                    .sin());
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((s21 - (k::<D>(i19 as f64))).tanh()).exp()).cos()));
            s1 /= (dclamp(m9, k::<D>(-1.28), k::<D>(0.4)) * dclamp(m9, k::<D>(-1.28), k::<D>(0.4))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt();
        }
        let mut m23: D = a10 / ((k::<D>(1.5)) + ((k::<D>(i19 as f64)).tanh()));
        m23 = ((k::<D>(0.5)) * m23)
            + (((((k::<D>(1.1)) + (m23.sin().exp() * m23.sin().exp())).acosh()).abs()).cos());
    }
    ((k::<D>(0.001)) * ((((s1 + m9) + a10) + a17) + s18)).tanh()
}

#[differentiable]
fn p2<T: Float + NumAssign>(x: &[T], y: T, nk: usize) -> T {
    let mut s1 = c::<T>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        s1 = (T::from(0.5).unwrap() * s1)
            + Float::atan(
                ((((c::<T>(1.0)) + (T::from(-1.14).unwrap() * (c::<T>(-1.14)))).sqrt()).tanh())
                    * (((c::<T>(1.5)) + ((((c::<T>(0.9)) * Float::cos(s1).sin()).atanh()).tanh()))
                        .recip()),
            );
        s1 /= T::one() + (x[2] * x[2]);
    }
    let mut s3: T = c::<T>(0.5);
    for i4 in x {
        let a5: T = x[2].powi(2) * T::cosh(y);
        let mut m6 = (c::<T>(0.46)).cos();
        m6 = Float::tanh((T::from(0.7).unwrap() * m6) + x[1]);
        s1 -= Float::cos(((*i4) + x[0]) / ((c::<T>(2.0)) + ((s3 - s1).sin())));
    }
    let mut s7 = c::<T>(0.5);
    for i8 in 0..x.len() {
        let a9: T = -s1.sin();
        let a10 = ((c::<T>(0.5))
            + ((T::one() + ((x[i8] * x[i8]) * (x[i8] * x[i8])))
                * ((c::<T>(1.0)) + ((x[i8] * x[i8]) * (x[i8] * x[i8])))))
            .ln_1p();
        if y + s3 > s1.round() * T::from(1.88).unwrap() {
            break;
        }
        let a11 = (((c::<T>(1.5)) + Float::tanh(s7 + (c::<T>(-1.052)))).ln())
            - (((c::<T>(1.0))
                + (Float::asin(T::from(0.9).unwrap() * x[i8].tanh())
                    * (((c::<T>(0.9)) * x[i8].tanh()).asin())))
            .log10());
        s3 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * (((a11 * x[i8])
                    / ((c::<T>(1.0))
                        + ((((c::<T>(1.0)) + ((c::<T>(1.307)) * (c::<T>(1.307))))
                            .log(Float::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * y.sin()))))
                            * (((c::<T>(1.0)) + ((c::<T>(1.307)) * (c::<T>(1.307))))
                                .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * y.sin())).exp())))))
                .sin()));
        s1 *= T::one() + ((c::<T>(0.3)) * x[i8].sin());
    }
    let (u12, w13) = (((c::<T>(1.0)) + (x[0] * x[0])).powi(-1), c::<T>(-0.5));
    let y = Float::hypot((c::<T>(-0.17)) - x[1], c::<T>(1.0)).log(T::exp(
        (c::<T>(0.5)) + (T::from(0.4).unwrap() * ((-x[0]).sin())),
    ));
    let mut m15 = if w13 + x[0] <= x[1].min(w13) {
        x[0] + x[2]
    } else {
        {
            let t14 = y;
            s3
        }
    };
    for i16 in 0..x.len() - 1 {
        if x[i16] > c::<T>(-1.2) {
            break;
        }
        let a17 = w13.exp();
        s7 -= u12.exp().cos();
    }
    ((c::<T>(0.001)) * (((((s7 + u12) + w13) + y) + m15) + x[0])).tanh()
}

fn p2_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        s1 = ((k::<D>(0.5)) * s1)
            + ((((((k::<D>(1.0)) + ((k::<D>(-1.14)) * (k::<D>(-1.14)))).sqrt()).tanh())
                * (((k::<D>(1.5)) + ((((k::<D>(0.9)) * s1.cos().sin()).atanh()).tanh())).recip()))
            .atan());
        s1 /= (k::<D>(1.0)) + (x[2] * x[2]);
    }
    let mut s3: D = k::<D>(0.5);
    for i4 in x {
        let a5: D = x[2].powi(2) * y.cosh();
        let mut m6 = (k::<D>(0.46)).cos();
        m6 = (((k::<D>(0.7)) * m6) + x[1]).tanh();
        s1 -= (((*i4) + x[0]) / ((k::<D>(2.0)) + ((s3 - s1).sin()))).cos();
    }
    let mut s7 = k::<D>(0.5);
    for i8 in 0..x.len() {
        let a9: D = -s1.sin();
        let a10 = ((k::<D>(0.5))
            + (((k::<D>(1.0)) + ((x[i8] * x[i8]) * (x[i8] * x[i8])))
                * ((k::<D>(1.0)) + ((x[i8] * x[i8]) * (x[i8] * x[i8])))))
            .ln_1p();
        if (y + s3).re() > ((k::<D>(s1.re().round())) * (k::<D>(1.88))).re() {
            break;
        }
        let a11 = (((k::<D>(1.5)) + ((s7 + (k::<D>(-1.052))).tanh())).ln())
            - (((k::<D>(1.0))
                + ((((k::<D>(0.9)) * x[i8].tanh()).asin())
                    * (((k::<D>(0.9)) * x[i8].tanh()).asin())))
            .log10());
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((a11 * x[i8])
                    / ((k::<D>(1.0))
                        + ((((k::<D>(1.0)) + ((k::<D>(1.307)) * (k::<D>(1.307)))).ln()
                            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * y.sin())).exp()).ln())
                            * (((k::<D>(1.0)) + ((k::<D>(1.307)) * (k::<D>(1.307)))).ln()
                                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * y.sin())).exp()).ln()))))
                .sin()));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i8].sin());
    }
    let (u12, w13) = (((k::<D>(1.0)) + (x[0] * x[0])).powi(-1), k::<D>(-0.5));
    let y = (((((k::<D>(-0.17)) - x[1]) * ((k::<D>(-0.17)) - x[1])
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((-x[0]).sin()))).exp()).ln());
    let mut m15 = if (w13 + x[0]).re() <= dmin(x[1], w13).re() {
        x[0] + x[2]
    } else {
        {
            let t14 = y;
            s3
        }
    };
    for i16 in 0..x.len() - 1 {
        if x[i16].re() > (k::<D>(-1.2)).re() {
            break;
        }
        let a17 = w13.exp();
        s7 -= u12.exp().cos();
    }
    ((k::<D>(0.001)) * (((((s7 + u12) + w13) + y) + m15) + x[0])).tanh()
}

#[differentiable]
fn p3(x: &[f64], nk: usize) -> f64 {
    let a1 = (0.9 * BETA.atan().tanh()).acos();
    let a2: f64 = (-1.51).min(0.5);
    let (u3, w4) = (
        x[1] + Float::cosh(-1.84),
        Float::tanh((((-0.9) / Float::exp(x[1])).atan()).exp2()),
    );
    let mut m5 = 0.795;
    ((((a1 - a2) + u3) + w4) + m5) + x[1]
}

fn p3_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = ((k::<D>(0.9)) * (((k::<D>(BETA)).atan()).tanh())).acos();
    let a2: D = dmin(k::<D>(-1.51), k::<D>(0.5));
    let (u3, w4) = (
        x[1] + ((-(k::<D>(1.84))).cosh()),
        ((((k::<D>(-0.9)) / x[1].exp()).atan()).exp2()).tanh(),
    );
    let mut m5 = k::<D>(0.795);
    ((((a1 - a2) + u3) + w4) + m5) + x[1]
}

#[differentiable]
fn p4(x: &[f64], y: f64) -> f64 {
    let a1 = f64::sqrt(1.0 + (y * y));
    let mut m2 = if x[3] < 0.89 {
        (2.0 + ((ALPHA * y).sin())).powf(Float::sin(x[4]).cos())
    } else {
        (1.1f64 + (x[4].sin().tan().cosh() * f64::cosh(Float::sin(x[4]).tan()))).acosh()
    };
    m2 = ((0.7 * m2)
        + (((m2 - 0.04)
            + (if m2 < -0.26_f64 && x[0] < -0.445 {
                x[1]
            } else {
                ALPHA
            }))
        .sin()))
    .sin();
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = y
            .cosh()
            .atan2(0.5 + (x[4].hypot(1.0).ln() * x[4].hypot(1.0).ln()));
        m2 -= ((1.0 + (y * y)).log2()).tanh();
        let a4: f64 = BETA;
        m2 = (0.5 * m2) + f64::atan(Float::atan(a1).mul_add(a1.tanh(), -0.9));
    }
    let mut s5 = 0.5;
    for &i6 in x.iter() {
        s5 = (0.5 * s5) + ((-0.3_f64).cos());
        let a7 = Float::asinh(y).sin();
        s5 *= 1.0
            + (0.3
                * f64::atan2(
                    (-1.24).mul_add(x[2], a7),
                    0.5 + (((1.5 + Float::tanh(a7)).cbrt()) * ((1.5 + a7.tanh()).cbrt())),
                )
                .sin());
        s5 = ((0.7 * s5) + x[2]).atan();
    }
    (((y + a1) + m2) - s5) + x[0]
}

fn p4_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = ((k::<D>(1.0)) + (y * y)).sqrt();
    let mut m2 = if x[3].re() < (k::<D>(0.89)).re() {
        (x[4].sin().cos() * ((k::<D>(2.0)) + (((k::<D>(ALPHA)) * y).sin())).ln()).exp()
    } else {
        ((k::<D>(1.1)) + (x[4].sin().tan().cosh() * x[4].sin().tan().cosh())).acosh()
    };
    m2 = (((k::<D>(0.7)) * m2)
        + (((m2 - (k::<D>(0.04)))
            + (if m2.re() < (k::<D>(-0.26)).re() && x[0].re() < (k::<D>(-0.445)).re() {
                x[1]
            } else {
                k::<D>(ALPHA)
            }))
        .sin()))
    .sin();
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = datan2(
            y.cosh(),
            (k::<D>(0.5))
                + ((((x[4] * x[4] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
                    * (((x[4] * x[4] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())),
        );
        m2 -= (((k::<D>(1.0)) + (y * y)).log2()).tanh();
        let a4: D = k::<D>(BETA);
        m2 = ((k::<D>(0.5)) * m2) + ((a1.atan() * a1.tanh() + (k::<D>(-0.9))).atan());
    }
    let mut s5 = k::<D>(0.5);
    for &i6 in x.iter() {
        s5 = ((k::<D>(0.5)) * s5) + ((k::<D>(-0.3)).cos());
        let a7 = y.asinh().sin();
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * datan2(
                    ((k::<D>(-1.24)) * x[2] + a7),
                    (k::<D>(0.5))
                        + ((((k::<D>(1.5)) + a7.tanh()).cbrt())
                            * (((k::<D>(1.5)) + a7.tanh()).cbrt())),
                )
                .sin());
        s5 = (((k::<D>(0.7)) * s5) + x[2]).atan();
    }
    (((y + a1) + m2) - s5) + x[0]
}

#[differentiable]
fn p5(x: [f64; 5], y: f64) -> f64 {
    let a1: f64 = y.exp().log((0.5 + (0.4 * f64::sin(y))).exp());
    let (u2, w3) = (a1 + x[1], x[1] - x[3]);
    let a4 = if y > a1 + (-0.35) { a1 } else { x[2].tanh() };
    let a5 = BETA;
    ((((a1 * u2) + w3) * a4) + a5) + x[0]
}

fn p5_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = (y.exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * y.sin())).exp()).ln());
    let (u2, w3) = (a1 + x[1], x[1] - x[3]);
    let a4 = if y.re() > (a1 + (k::<D>(-0.35))).re() {
        a1
    } else {
        x[2].tanh()
    };
    let a5 = k::<D>(BETA);
    ((((a1 * u2) + w3) * a4) + a5) + x[0]
}

#[differentiable]
fn p6(x: &[f64], y: f64) -> f64 {
    let mut s1 = 0.0;
    for i2 in 0..x.len() {
        if Float::tanh(s1) * x[i2] < y - (-1.011) {
            s1 *= 1.0_f64 + (0.3 * y.sin());
        } else {
            s1 -= (-(((1.0 + (y * y)).log10()) / (2.0_f64 + ((s1 + std::f64::consts::E).sin()))))
                .tanh();
        }
        if 0.5.ceil() * (i2 as f64) <= -0.62_f64 {
            break;
        }
        let mut m3 = BETA.cos();
        let a4 = Float::sqrt(((Float::tan(y.sin()) * Float::clamp(y, -0.73, 1.09)).tanh()).cosh());
        s1 = (0.5 * s1) + x[i2].powi(2).tanh().tanh();
        m3 -= f64::atanh(0.9_f64 * a4.sin().sin()).tanh();
    }
    for i5 in 1..5 {
        if i5 < 3 {
            continue;
        }
        let mut s6 = 1.0f64;
        for i7 in (i5 + 1)..8 {
            let a9 = f64::atan({
                let t8 = (1.0 + (s1.sin() * s1.sin())).powf(s1.atan());
                f64::cos(0.68)
            });
            if s6 <= -0.86 {
                break;
            }
            let (u10, w11) = (
                x[1],
                s6 / (1.0
                    + (((f64::cosh(x[1]) / (2.0 + y.tanh().sin())).sin())
                        * ((Float::cosh(x[1]) / (2.0 + Float::sin(f64::tanh(y)))).sin()))),
            );
            s6 *= 1.0 + (0.3 * ((s1 / x[0].cosh()).sin()));
            s1 *= 1.0 + (0.3 * f64::sin(s1));
        }
        let mut i12 = 0;
        while i12 < 3 {
            i12 += 1;
            let a13 = f64::atan(BETA - x[0]) * Float::atan(s1 + V[i5]);
            let a14 = x[2].hypot(
                0.5f64
                    + (p0(y.sin().sin(), (y * x[0]).sin(), x[1])
                        * p0(y.sin().sin(), (y * x[0]).sin(), x[1])),
            );
            let a15 = (i5 as f64) - x[2];
            s6 = ((0.7 * s6) + x[2].max(s6)).atan();
            s6 += y.powi(1).atan().tanh();
        }
        s1 += ((Float::signum(y) * s1.cos())
            + ((0.5f64 + ((1.0 + (y * y)) * (1.0f64 + (y * y)))).ln_1p()))
        .tanh();
    }
    let a16 = (((-1.05).cosh()).atan2(0.5 + ((s1 - s1) * (s1 - s1))))
        / (1.5 + (((y * x[0]).mul_add(x[1], x[0])).tanh()));
    let a17 =
        (((0.5 + (x[0].hypot(1.0) * x[0].hypot(1.0))).ln_1p()).cos()) - (((y * a16).cos()).cosh());
    let mut m18 = f64::log((-1.0).hypot(1.0), Float::exp(0.5f64 + (0.4 * x[0].sin())));
    Float::tanh(0.001 * (((((y + s1) - a16) - a17) + m18) + x[2]))
}

fn p6_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..x.len() {
        if (s1.tanh() * x[i2]).re() < (y - (k::<D>(-1.011))).re() {
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * y.sin());
        } else {
            s1 -= (-((((k::<D>(1.0)) + (y * y)).log10())
                / ((k::<D>(2.0)) + ((s1 + (k::<D>(std::f64::consts::E))).sin()))))
            .tanh();
        }
        if ((k::<D>((k::<D>(0.5)).re().ceil())) * (k::<D>(i2 as f64))).re() <= (k::<D>(-0.62)).re()
        {
            break;
        }
        let mut m3 = (k::<D>(BETA)).cos();
        let a4 = (((y.sin().tan() * dclamp(y, k::<D>(-0.73), k::<D>(1.09))).tanh()).cosh()).sqrt();
        s1 = ((k::<D>(0.5)) * s1) + x[i2].powi(2).tanh().tanh();
        m3 -= (((k::<D>(0.9)) * a4.sin().sin()).atanh()).tanh();
    }
    for i5 in 1..5 {
        if i5 < 3 {
            continue;
        }
        let mut s6 = k::<D>(1.0);
        for i7 in (i5 + 1)..8 {
            let a9 = ({
                let t8 = (s1.atan() * ((k::<D>(1.0)) + (s1.sin() * s1.sin())).ln()).exp();
                (k::<D>(0.68)).cos()
            })
            .atan();
            if s6.re() <= (k::<D>(-0.86)).re() {
                break;
            }
            let (u10, w11) = (
                x[1],
                s6 / ((k::<D>(1.0))
                    + (((x[1].cosh() / ((k::<D>(2.0)) + y.tanh().sin())).sin())
                        * ((x[1].cosh() / ((k::<D>(2.0)) + y.tanh().sin())).sin()))),
            );
            s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s1 / x[0].cosh()).sin()));
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
        }
        let mut i12 = 0;
        while i12 < 3 {
            i12 += 1;
            let a13 = (((k::<D>(BETA)) - x[0]).atan()) * ((s1 + (k::<D>(V[i5]))).atan());
            let a14 = (x[2] * x[2]
                + ((k::<D>(0.5))
                    + (p0_d(y.sin().sin(), (y * x[0]).sin(), x[1])
                        * p0_d(y.sin().sin(), (y * x[0]).sin(), x[1])))
                    * ((k::<D>(0.5))
                        + (p0_d(y.sin().sin(), (y * x[0]).sin(), x[1])
                            * p0_d(y.sin().sin(), (y * x[0]).sin(), x[1]))))
            .sqrt();
            let a15 = (k::<D>(i5 as f64)) - x[2];
            s6 = (((k::<D>(0.7)) * s6) + dmax(x[2], s6)).atan();
            s6 += y.powi(1).atan().tanh();
        }
        s1 += (((k::<D>(y.re().signum())) * s1.cos())
            + (((k::<D>(0.5)) + (((k::<D>(1.0)) + (y * y)) * ((k::<D>(1.0)) + (y * y)))).ln_1p()))
        .tanh();
    }
    let a16 = datan2(
        (k::<D>(-1.05)).cosh(),
        (k::<D>(0.5)) + ((s1 - s1) * (s1 - s1)),
    ) / ((k::<D>(1.5)) + (((y * x[0]) * x[1] + x[0]).tanh()));
    let a17 = ((((k::<D>(0.5))
        + (((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .ln_1p())
    .cos())
        - (((y * a16).cos()).cosh());
    let mut m18 = ((((k::<D>(-1.0)) * (k::<D>(-1.0)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[0].sin())).exp()).ln());
    ((k::<D>(0.001)) * (((((y + s1) - a16) - a17) + m18) + x[2])).tanh()
}

#[differentiable]
fn p7<T: Float + NumAssign>(x: &[T], nk: usize) -> T {
    let a1: T = x[0] * ((T::one() + ((x[0] + x[1]) * (x[0] + x[1]))).powi(-2));
    let (u2, w3) = (a1.powi(2), a1);
    let (u4, w5) = (
        x[1] - (w3.exp_m1() / ((c::<T>(2.0)) + T::sin(x[2]))),
        c::<T>(BETA),
    );
    let a6: T = T::log2(u2.hypot(T::one()));
    let (u7, w8) = (-w3, x[2].exp());
    ((((u4 + w5) + a6) + u7) + w8) + x[0]
}

fn p7_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1: D = x[0] * (((k::<D>(1.0)) + ((x[0] + x[1]) * (x[0] + x[1]))).powi(-2));
    let (u2, w3) = (a1.powi(2), a1);
    let (u4, w5) = (
        x[1] - (w3.exp_m1() / ((k::<D>(2.0)) + x[2].sin())),
        k::<D>(BETA),
    );
    let a6: D = ((u2 * u2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2();
    let (u7, w8) = (-w3, x[2].exp());
    ((((u4 + w5) + a6) + u7) + w8) + x[0]
}

#[differentiable]
fn p8(x: &[f64]) -> f64 {
    let a1: f64 =
        Float::cos(core::f64::consts::PI) - (f64::cosh(-1.5) - core::f64::consts::PI.atan());
    let a2 = if a1.min(a1) > x[0] / f64::cosh(a1.sin()) {
        a1 - (x[0] - 1.2f64)
    } else {
        Float::ln_1p(0.5 + ((2.0 + f64::sin(1.6.asinh())) * (2.0 + Float::sin(1.6.asinh()))))
    };
    if a2.sin().mul_add(a1.sin(), a2) > x[2].exp2() {
        return (0.9 * core::f64::consts::PI.sin().mul_add(-0.7, a1).sin().sin()).acos();
    }
    let mut s3 = 0.5;
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let a5 = f64::sinh(x[1]);
        let a1 = f64::cosh(Float::cos(-s3));
        s3 += x[0].sin();
        s3 /= a5.cos().exp().cos().cosh();
    }
    let mut s6: f64 = 0.5f64;
    for i7 in 0..=1 {
        s3 = s3.min(f64::tanh((x[2] - (-0.881)).tanh()));
        let a8: f64 = x[1] * (i7 as f64);
        let (u9, w10) = (
            (1.5 + a1.tanh()).ln(),
            (s3.sin() * (i7 as f64)) * Float::log2(2.0 + x[1].sin()),
        );
        s3 /= f64::hypot(x[2], 1.0f64);
    }
    (((a1 + a2) + s3) + s6) + x[2]
}

fn p8_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(core::f64::consts::PI)).cos())
        - (((k::<D>(-1.5)).cosh()) - ((k::<D>(core::f64::consts::PI)).atan()));
    let a2 = if dmin(a1, a1).re() > (x[0] / a1.sin().cosh()).re() {
        a1 - (x[0] - (k::<D>(1.2)))
    } else {
        ((k::<D>(0.5))
            + (((k::<D>(2.0)) + (((k::<D>(1.6)).asinh()).sin()))
                * ((k::<D>(2.0)) + (((k::<D>(1.6)).asinh()).sin()))))
        .ln_1p()
    };
    if (a2.sin() * a1.sin() + a2).re() > x[2].exp2().re() {
        return ((k::<D>(0.9))
            * (((((k::<D>(core::f64::consts::PI)).sin()) * (k::<D>(-0.7)) + a1).sin()).sin()))
        .acos();
    }
    let mut s3 = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let a5 = x[1].sinh();
        let a1 = ((-s3).cos()).cosh();
        s3 += x[0].sin();
        s3 /= a5.cos().exp().cos().cosh();
    }
    let mut s6: D = k::<D>(0.5);
    for i7 in 0..=1 {
        s3 = dmin(s3, ((x[2] - (k::<D>(-0.881))).tanh()).tanh());
        let a8: D = x[1] * (k::<D>(i7 as f64));
        let (u9, w10) = (
            ((k::<D>(1.5)) + a1.tanh()).ln(),
            (s3.sin() * (k::<D>(i7 as f64))) * (((k::<D>(2.0)) + x[1].sin()).log2()),
        );
        s3 /= (x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    (((a1 + a2) + s3) + s6) + x[2]
}

#[differentiable]
fn p9(x: &[f64]) -> f64 {
    let a1 = BETA.cos();
    let mut s2 = 0.5;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        if s2 - 0.1 >= (2.0f64 + ((-0.35f64).sin())).powi(-2) || a1 < 0.31f64 {
            s2 = (0.5 * s2) + s2.atan();
        } else {
            s2 -= Float::cos(a1);
        }
        let a4 = if s2 >= 0.59 {
            -0.8
        } else {
            Float::powi(x[2], 1).clamp(-1.22, 1.15).atan2(
                -(0.5
                    + ((((1.5 + s2.tanh()).powf(x[0])) - (f64::ceil(a1) * a1))
                        * (Float::powf(1.5 + s2.tanh(), x[0]) - (a1.ceil() * a1)))),
            )
        };
        let a5 = if i3 < 1 {
            a1
        } else {
            Float::cosh(((0.9 * x[2].sin()).atanh()).tanh()).log10()
        };
        s2 = (0.5 * s2) + f64::cos(((i3 as f64).cos()).cos());
        s2 /= (V[i3] / (2.0 + a5.sin())).hypot(1.0);
    }
    for i6 in 0..x.len() - 1 {
        s2 -= ((0.9 * ((-1.6).tanh())).asin()).tanh();
        let a7: f64 = (-1.1) * W[i6].atan();
        if std::f64::consts::E * a1 >= 0.97 {
            continue;
        }
        s2 += a7.cos();
    }
    let a1 = ((-1.44).powi(2)) / x[1].hypot(1.0);
    (s2 + a1) - x[0]
}

fn p9_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(BETA)).cos();
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        if (s2 - (k::<D>(0.1))).re() >= (((k::<D>(2.0)) + ((k::<D>(-0.35)).sin())).powi(-2)).re()
            || a1.re() < (k::<D>(0.31)).re()
        {
            s2 = ((k::<D>(0.5)) * s2) + s2.atan();
        } else {
            s2 -= a1.cos();
        }
        let a4 = if s2.re() >= (k::<D>(0.59)).re() {
            k::<D>(-0.8)
        } else {
            datan2(
                dclamp(x[2].powi(1), k::<D>(-1.22), k::<D>(1.15)),
                -((k::<D>(0.5))
                    + ((((x[0] * ((k::<D>(1.5)) + s2.tanh()).ln()).exp())
                        - ((k::<D>(a1.re().ceil())) * a1))
                        * (((x[0] * ((k::<D>(1.5)) + s2.tanh()).ln()).exp())
                            - ((k::<D>(a1.re().ceil())) * a1)))),
            )
        };
        let a5 = if i3 < 1 {
            a1
        } else {
            (((((k::<D>(0.9)) * x[2].sin()).atanh()).tanh()).cosh()).log10()
        };
        s2 = ((k::<D>(0.5)) * s2) + ((((k::<D>(i3 as f64)).cos()).cos()).cos());
        s2 /= (((k::<D>(V[i3])) / ((k::<D>(2.0)) + a5.sin()))
            * ((k::<D>(V[i3])) / ((k::<D>(2.0)) + a5.sin()))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
    }
    for i6 in 0..x.len() - 1 {
        s2 -= (((k::<D>(0.9)) * ((k::<D>(-1.6)).tanh())).asin()).tanh();
        let a7: D = (k::<D>(-1.1)) * ((k::<D>(W[i6])).atan());
        if ((k::<D>(std::f64::consts::E)) * a1).re() >= (k::<D>(0.97)).re() {
            continue;
        }
        s2 += a7.cos();
    }
    let a1 = ((k::<D>(-1.44)).powi(2)) / ((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    (s2 + a1) - x[0]
}

#[differentiable]
fn p10(x: &[f64], nk: usize) -> f64 {
    let a1 = f64::hypot(
        BETA.tanh().abs(),
        0.5 + ((Float::atan(Float::powf(
            f64::exp(Float::atan(core::f64::consts::PI)),
            x[2],
        )) * core::f64::consts::PI)
            * (Float::powf(core::f64::consts::PI.atan().exp(), x[2]).atan()
                * core::f64::consts::PI)),
    );
    let (u3, w4) = (1.2, {
        let t2 = a1;
        x[2]
    });
    if a1 >= a1.cos() {
        return 1.1.hypot(0.5 + (x[0] * x[0])) - x[0].atan();
    }
    let mut s5 = 1.0;
    for i6 in 0..x.len() {
        let a7 = Float::asinh((2.0 + ((x[i6] + u3).sin())).recip());
        let a8 = (i6 as f64).hypot(0.5 + (u3 * u3));
        let a9 = (a7 * x[i6]).clamp(-1.42_f64, 0.4);
        s5 += (x[i6] - a8).atan();
        s5 = (0.5_f64 * s5) + (((0.9 * a1.cos().sin()).atanh()).sin());
    }
    s5 += s5.atan().exp_m1() + Float::clamp(0.303f64 * w4, -1.34, 0.94);
    let a10 = if w4 * w4 > f64::atan2(u3, -(0.5 + (s5 * s5))) {
        f64::powf(1.0 + (s5.sin() * s5.sin()), s5.tanh())
    } else {
        x[2] * w4
    };
    ((((a1 + u3) + w4) + s5) + a10) * x[1]
}

fn p10_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = ((((k::<D>(BETA)).tanh()).abs()) * (((k::<D>(BETA)).tanh()).abs())
        + ((k::<D>(0.5))
            + (((((x[2] * (((k::<D>(core::f64::consts::PI)).atan()).exp()).ln()).exp()).atan())
                * (k::<D>(core::f64::consts::PI)))
                * ((((x[2] * (((k::<D>(core::f64::consts::PI)).atan()).exp()).ln()).exp())
                    .atan())
                    * (k::<D>(core::f64::consts::PI)))))
            * ((k::<D>(0.5))
                + (((((x[2] * (((k::<D>(core::f64::consts::PI)).atan()).exp()).ln()).exp())
                    .atan())
                    * (k::<D>(core::f64::consts::PI)))
                    * ((((x[2] * (((k::<D>(core::f64::consts::PI)).atan()).exp()).ln()).exp())
                        .atan())
                        * (k::<D>(core::f64::consts::PI))))))
    .sqrt();
    let (u3, w4) = (k::<D>(1.2), {
        let t2 = a1;
        x[2]
    });
    if a1.re() >= a1.cos().re() {
        return (((k::<D>(1.1)) * (k::<D>(1.1))
            + ((k::<D>(0.5)) + (x[0] * x[0])) * ((k::<D>(0.5)) + (x[0] * x[0])))
            .sqrt())
            - x[0].atan();
    }
    let mut s5 = k::<D>(1.0);
    for i6 in 0..x.len() {
        let a7 = (((k::<D>(2.0)) + ((x[i6] + u3).sin())).recip()).asinh();
        let a8 = ((k::<D>(i6 as f64)) * (k::<D>(i6 as f64))
            + ((k::<D>(0.5)) + (u3 * u3)) * ((k::<D>(0.5)) + (u3 * u3)))
            .sqrt();
        let a9 = dclamp(a7 * x[i6], k::<D>(-1.42), k::<D>(0.4));
        s5 += (x[i6] - a8).atan();
        s5 = ((k::<D>(0.5)) * s5) + ((((k::<D>(0.9)) * a1.cos().sin()).atanh()).sin());
    }
    s5 += s5.atan().exp_m1() + dclamp((k::<D>(0.303)) * w4, k::<D>(-1.34), k::<D>(0.94));
    let a10 = if (w4 * w4).re() > datan2(u3, -((k::<D>(0.5)) + (s5 * s5))).re() {
        (s5.tanh() * ((k::<D>(1.0)) + (s5.sin() * s5.sin())).ln()).exp()
    } else {
        x[2] * w4
    };
    ((((a1 + u3) + w4) + s5) + a10) * x[1]
}

#[differentiable]
fn p11(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a1: f64 = -std::f64::consts::E;
    let mut s2: f64 = 0.0;
    for i3 in 0..4 {
        let (u4, w5) = (
            (2.0 + f64::sin(
                x0.atan2(0.5 + (((0.9_f64 * x1.sin()).atanh()) * ((0.9 * x1.sin()).atanh()))),
            ))
            .sqrt(),
            1.44,
        );
        let mut m6 = x2.sin();
        let mut m7 = 1.27f64 * a1;
        m7 = (0.5 * m7) + Float::sin(a1.atan().cosh().sqrt());
    }
    let a8 = ((x2 - a1).cos()).powi(3);
    let mut i9 = 0;
    while i9 < 4 {
        i9 += 1;
        s2 = (0.5f64 * s2) + Float::log10(1.0 + (x2 * x2)).atan();
        s2 -= a8.sin().sin().tan().atan();
        s2 = (0.5 * s2) + (((a8 + a8) - (-a1)).atan());
    }
    let a10: f64 = a1;
    (((x2 * a1) + s2) + a8) + a10
}

fn p11_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1: D = -(k::<D>(std::f64::consts::E));
    let mut s2: D = k::<D>(0.0);
    for i3 in 0..4 {
        let (u4, w5) = (
            ((k::<D>(2.0))
                + datan2(
                    x0,
                    (k::<D>(0.5))
                        + ((((k::<D>(0.9)) * x1.sin()).atanh())
                            * (((k::<D>(0.9)) * x1.sin()).atanh())),
                )
                .sin())
            .sqrt(),
            k::<D>(1.44),
        );
        let mut m6 = x2.sin();
        let mut m7 = (k::<D>(1.27)) * a1;
        m7 = ((k::<D>(0.5)) * m7) + a1.atan().cosh().sqrt().sin();
    }
    let a8 = ((x2 - a1).cos()).powi(3);
    let mut i9 = 0;
    while i9 < 4 {
        i9 += 1;
        s2 = ((k::<D>(0.5)) * s2) + ((((k::<D>(1.0)) + (x2 * x2)).log10()).atan());
        s2 -= a8.sin().sin().tan().atan();
        s2 = ((k::<D>(0.5)) * s2) + (((a8 + a8) - (-a1)).atan());
    }
    let a10: D = a1;
    (((x2 * a1) + s2) + a8) + a10
}

#[differentiable]
fn p12<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (
        c::<T>(-1.5),
        (((c::<T>(1.0)) + (x1 * x1)).powf(c::<T>(-0.707))) - x0,
    );
    let (u3, w4) = (
        T::asin(T::from(0.9).unwrap() * Float::tanh(w2.tanh())) + T::atan(c::<T>(-1.0)),
        T::acos((c::<T>(0.9)) * T::sin(T::from(1.19).unwrap())),
    );
    if !(x1.asinh() <= c::<T>(-0.96)) {
        return (c::<T>(-0.2)).exp2();
    }
    let mut s5 = c::<T>(0.0);
    for i6 in 0..3 {
        let a7 = ((((c::<T>(0.9)) * w2.sin().tanh()).asin()).tanh())
            .clamp(T::from(-0.17).unwrap(), c::<T>(1.09));
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            let a7 = a7;
            let a9: T = (u1 - x1) / ((c::<T>(1.0)) + (((w2 - s5).atan()) * ((w2 - s5).atan())));
            s5 += ((c::<T>(V[i6])) + s5).atan();
            s5 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * w4.cos().powi(3).atan().sin());
        }
        if i6 % 2 == 0 {
            continue;
        }
        let mut m10: T = T::from(-0.997).unwrap();
        m10 = ((c::<T>(0.5)) * m10)
            + T::tanh(((c::<T>(0.5)) + (w4.hypot(c::<T>(1.0)) * w4.hypot(T::one()))).ln_1p());
    }
    (((u1 + w2) + u3) + w4) + s5
}

fn p12_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        k::<D>(-1.5),
        (((k::<D>(-0.707)) * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp()) - x0,
    );
    let (u3, w4) = (
        (((k::<D>(0.9)) * w2.tanh().tanh()).asin()) + ((k::<D>(-1.0)).atan()),
        ((k::<D>(0.9)) * ((k::<D>(1.19)).sin())).acos(),
    );
    if !(x1.asinh().re() <= (k::<D>(-0.96)).re()) {
        return (k::<D>(-0.2)).exp2();
    }
    let mut s5 = k::<D>(0.0);
    for i6 in 0..3 {
        let a7 = dclamp(
            (((k::<D>(0.9)) * w2.sin().tanh()).asin()).tanh(),
            k::<D>(-0.17),
            k::<D>(1.09),
        );
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            let a7 = a7;
            let a9: D = (u1 - x1) / ((k::<D>(1.0)) + (((w2 - s5).atan()) * ((w2 - s5).atan())));
            s5 += ((k::<D>(V[i6])) + s5).atan();
            s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * w4.cos().powi(3).atan().sin());
        }
        if i6 % 2 == 0 {
            continue;
        }
        let mut m10: D = k::<D>(-0.997);
        m10 = ((k::<D>(0.5)) * m10)
            + ((((k::<D>(0.5))
                + (((w4 * w4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((w4 * w4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .ln_1p())
            .tanh());
    }
    (((u1 + w2) + u3) + w4) + s5
}

#[differentiable]
fn p13(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = (0.308 + x1) + (1.0 * (-0.896));
    let a2 = if x0 > Float::hypot(x0, 0.5 + (1.9 * 1.9f64)) {
        f64::exp(Float::mul_add(0.441 * x1, x1, x0.mul_add(x2, a1)).cos())
    } else {
        f64::max(x1, a1 - a1.tanh())
    };
    let mut s3: f64 = 0.0_f64;
    for i4 in 1..3 {
        let a5 = (p0(1.4f64, x2, x2) / (2.0 + x0.sin().sin()))
            + ((x1 * W[i4]) * ((1.5 + f64::tanh(x0)).log2()));
        let (u6, w7) = (a2.atan(), 0.207.tanh());
        s3 = s3.min(Float::hypot(x1, 0.5 + (a5 * a5)).atan());
        s3 *= 1.0 + (0.3 * Float::sin(Float::cos(Float::exp2(u6)).exp()));
    }
    let a8 = (x0 - s3) + (x1 - s3);
    if -1.8 <= 0.07 {
        return f64::cos(f64::acos(0.9 * a1.tanh())) * ((a8 - a8).atan());
    }
    let a1: f64 = (1.0 + (x2 * x2)).powf(x2);
    (((x2 + a2) + s3) + a8) * a1
}

fn p13_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((k::<D>(0.308)) + x1) + ((k::<D>(1.0)) * (k::<D>(-0.896)));
    let a2 = if x0.re()
        > ((x0 * x0
            + ((k::<D>(0.5)) + ((k::<D>(1.9)) * (k::<D>(1.9))))
                * ((k::<D>(0.5)) + ((k::<D>(1.9)) * (k::<D>(1.9)))))
        .sqrt())
        .re()
    {
        ((((k::<D>(0.441)) * x1) * x1 + (x0 * x2 + a1)).cos()).exp()
    } else {
        dmax(x1, a1 - a1.tanh())
    };
    let mut s3: D = k::<D>(0.0);
    for i4 in 1..3 {
        let a5 = (p0_d(k::<D>(1.4), x2, x2) / ((k::<D>(2.0)) + x0.sin().sin()))
            + ((x1 * (k::<D>(W[i4]))) * (((k::<D>(1.5)) + x0.tanh()).log2()));
        let (u6, w7) = (a2.atan(), (k::<D>(0.207)).tanh());
        s3 = dmin(
            s3,
            ((x1 * x1 + ((k::<D>(0.5)) + (a5 * a5)) * ((k::<D>(0.5)) + (a5 * a5))).sqrt()).atan(),
        );
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u6.exp2().cos().exp().sin());
    }
    let a8 = (x0 - s3) + (x1 - s3);
    if (k::<D>(-1.8)).re() <= (k::<D>(0.07)).re() {
        return ((((k::<D>(0.9)) * a1.tanh()).acos()).cos()) * ((a8 - a8).atan());
    }
    let a1: D = (x2 * ((k::<D>(1.0)) + (x2 * x2)).ln()).exp();
    (((x2 + a2) + s3) + a8) * a1
}

#[differentiable]
fn p14<T: Float + NumAssign>(x: [T; 3]) -> T {
    let a1 = T::exp((x[0] + (c::<T>(1.198))).cos()).recip();
    let mut s2: T = c::<T>(0.5);
    for i3 in 0..x.len() {
        if i3 < 3 {
            s2 = T::max(
                s2,
                Float::sin(
                    (Float::atan2(s2, (c::<T>(0.5)) + (x[i3] * x[i3])).atan()
                        * ((x[i3] - s2).tanh()))
                    .atan(),
                ),
            );
        } else {
            s2 *= T::one()
                + ((c::<T>(0.3))
                    * ((((c::<T>(1.1))
                        + (((c::<T>(2.0)) + Float::cos(a1).exp2().cos().sin())
                            * ((c::<T>(2.0)) + a1.cos().exp2().cos().sin())))
                    .acosh())
                    .sin()));
        }
        let a4 = x[i3];
        s2 = (T::from(0.5).unwrap() * s2) + Float::tan(Float::sin(s2.atan())).tanh();
    }
    for i5 in 0..x.len() {
        let a6 = ((c::<T>(0.9)) * T::from(0.9).unwrap().sin()).atanh();
        s2 -= T::sin(s2).atan();
    }
    let mut m7: T = Float::sin(a1.atan() * s2.atan()).exp2().atan().mul_add(
        T::log(
            a1.cos().exp(),
            ((c::<T>(0.5))
                + ((c::<T>(0.4))
                    * Float::sin(
                        (((c::<T>(0.5)) + (Float::hypot(x[1], T::one()) * x[1].hypot(T::one())))
                            .ln_1p())
                        .cos(),
                    )))
            .exp(),
        )
        .tanh(),
        T::powi(((T::one() + (T::cos(s2) * s2.cos())).recip()).tanh(), 3),
    );
    let mut m8 = (s2.sin() * (c::<T>(1.51))).sin();
    let a1 = Float::acosh(
        (c::<T>(1.1))
            + (((c::<T>(1.0))
                + (T::atan(a1 / ((c::<T>(1.599)).exp()))
                    * Float::atan(a1 / T::from(1.599).unwrap().exp())))
                * (T::one()
                    + (((a1 / ((c::<T>(1.599)).exp())).atan())
                        * ((a1 / ((c::<T>(1.599)).exp())).atan())))),
    );
    (((s2 + m7) + m8) + a1) + x[1]
}

fn p14_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((x[0] + (k::<D>(1.198))).cos()).exp()).recip();
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..x.len() {
        if i3 < 3 {
            s2 = dmax(
                s2,
                ((datan2(s2, (k::<D>(0.5)) + (x[i3] * x[i3])).atan() * ((x[i3] - s2).tanh()))
                    .atan())
                .sin(),
            );
        } else {
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.1))
                        + (((k::<D>(2.0)) + a1.cos().exp2().cos().sin())
                            * ((k::<D>(2.0)) + a1.cos().exp2().cos().sin())))
                    .acosh())
                    .sin()));
        }
        let a4 = x[i3];
        s2 = ((k::<D>(0.5)) * s2) + s2.atan().sin().tan().tanh();
    }
    for i5 in 0..x.len() {
        let a6 = ((k::<D>(0.9)) * ((k::<D>(0.9)).sin())).atanh();
        s2 -= s2.sin().atan();
    }
    let mut m7: D = (((((a1.atan() * s2.atan()).sin()).exp2()).atan())
        * ((a1.cos().exp().ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4))
                    * (((((k::<D>(0.5))
                        + (((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                            * ((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                    .ln_1p())
                    .cos())
                    .sin())))
            .exp())
            .ln())
        .tanh())
        + (((((k::<D>(1.0)) + (s2.cos() * s2.cos())).recip()).tanh()).powi(3)));
    let mut m8 = (s2.sin() * (k::<D>(1.51))).sin();
    let a1 = ((k::<D>(1.1))
        + (((k::<D>(1.0))
            + (((a1 / ((k::<D>(1.599)).exp())).atan())
                * ((a1 / ((k::<D>(1.599)).exp())).atan())))
            * ((k::<D>(1.0))
                + (((a1 / ((k::<D>(1.599)).exp())).atan())
                    * ((a1 / ((k::<D>(1.599)).exp())).atan())))))
    .acosh();
    (((s2 + m7) + m8) + a1) + x[1]
}

#[differentiable]
fn p15(x: &[f64]) -> f64 {
    let a1 = (0.9_f64 * 1.13_f64.tanh()).asin();
    let mut m2: f64 = Float::powf(a1.hypot(1.0), a1.atan()) * f64::clamp(x[0], -0.86, 1.22f64);
    let a3 = m2.atan() * m2.tanh();
    let mut s4 = 0.0_f64;
    for i5 in 0..x.len() {
        let a6 = ((m2 / (2.0 + Float::sin(s4))).sin()).exp_m1();
        m2 += (-1.616.hypot(0.5f64 + (V[i5] * V[i5]))).tanh();
    }
    (((a1 + m2) - a3) - s4) + x[0]
}

fn p15_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.9)) * ((k::<D>(1.13)).tanh())).asin();
    let mut m2: D = ((a1.atan() * ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp())
        * dclamp(x[0], k::<D>(-0.86), k::<D>(1.22));
    let a3 = m2.atan() * m2.tanh();
    let mut s4 = k::<D>(0.0);
    for i5 in 0..x.len() {
        let a6 = ((m2 / ((k::<D>(2.0)) + s4.sin())).sin()).exp_m1();
        m2 += (-(((k::<D>(1.616)) * (k::<D>(1.616))
            + ((k::<D>(0.5)) + ((k::<D>(V[i5])) * (k::<D>(V[i5]))))
                * ((k::<D>(0.5)) + ((k::<D>(V[i5])) * (k::<D>(V[i5])))))
        .sqrt()))
        .tanh();
    }
    (((a1 + m2) - a3) - s4) + x[0]
}

#[differentiable]
fn p16<T: Float + NumAssign>(x: [T; 6]) -> T {
    let a1: T = (x[3] * x[0])
        / T::powf(
            (c::<T>(1.0)) + (T::from(1.888).unwrap() * (c::<T>(1.888))),
            T::from(1.365).unwrap(),
        )
        .sin()
        .cosh();
    let (u2, w3) = (
        ((c::<T>(1.1)) + (a1.atan().exp() * Float::exp(a1.atan()))).acosh(),
        c::<T>(1.8),
    );
    let a4 = Float::sin((c::<T>(BETA)).atan()).tan();
    let a5 = ((c::<T>(0.5)) + (a4.cosh() * Float::cosh(a4))).ln_1p();
    if !(a4 + x[3] >= c::<T>(0.83)) {
        return -((T::one() + (x[3] * x[3])).cbrt());
    }
    let mut s6 = T::zero();
    for i7 in 1..4 {
        let (u8, w9) = (
            x[3] + u2,
            T::acosh(
                (c::<T>(1.1))
                    + (x[5].mul_add(x[3], w3).hypot(c::<T>(1.0))
                        * x[5].mul_add(x[3], w3).hypot(T::one())),
            ),
        );
        let mut m10: T = x[4];
        m10 -= ((a4 / T::tanh(a1).cosh()) - ((c::<T>(-1.691)) + u8)).cos();
        s6 *= T::one() + (T::from(0.3).unwrap() * (((c::<T>(1.5)) + Float::tanh(a1)).cos()));
    }
    ((((u2 + w3) + a4) + a5) + s6) - x[2]
}

fn p16_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (x[3] * x[0])
        / (((((k::<D>(1.365)) * ((k::<D>(1.0)) + ((k::<D>(1.888)) * (k::<D>(1.888)))).ln())
            .exp())
        .sin())
        .cosh());
    let (u2, w3) = (
        ((k::<D>(1.1)) + (a1.atan().exp() * a1.atan().exp())).acosh(),
        k::<D>(1.8),
    );
    let a4 = (((k::<D>(BETA)).atan()).sin()).tan();
    let a5 = ((k::<D>(0.5)) + (a4.cosh() * a4.cosh())).ln_1p();
    if !((a4 + x[3]).re() >= (k::<D>(0.83)).re()) {
        return -(((k::<D>(1.0)) + (x[3] * x[3])).cbrt());
    }
    let mut s6 = k::<D>(0.0);
    for i7 in 1..4 {
        let (u8, w9) = (
            x[3] + u2,
            ((k::<D>(1.1))
                + ((((x[5] * x[3] + w3) * (x[5] * x[3] + w3) + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                    * (((x[5] * x[3] + w3) * (x[5] * x[3] + w3) + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())))
            .acosh(),
        );
        let mut m10: D = x[4];
        m10 -= ((a4 / a1.tanh().cosh()) - ((k::<D>(-1.691)) + u8)).cos();
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a1.tanh()).cos()));
    }
    ((((u2 + w3) + a4) + a5) + s6) - x[2]
}

#[differentiable]
fn p17(x0: f64, x1: f64) -> f64 {
    let mut m1 = x1;
    let mut m2 = Float::atan2(1.5, 0.5 + (x0 * x0));
    for i3 in 0..=1 {
        if i3 == 1 {
            m1 -= ((-0.034f64) / (2.0f64 + m2.sin())).cos();
        }
        if !(x0.asinh() < -0.32f64) {
            continue;
        }
        let mut m4: f64 = (f64::cos(m1) * m1.tanh()) * (-x1);
        let a5 = m1;
        m2 = (0.5 * m2) + 0.2.sin();
    }
    ((x0 + x1) + m1) + m2
}

fn p17_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = x1;
    let mut m2 = datan2(k::<D>(1.5), (k::<D>(0.5)) + (x0 * x0));
    for i3 in 0..=1 {
        if i3 == 1 {
            m1 -= ((k::<D>(-0.034)) / ((k::<D>(2.0)) + m2.sin())).cos();
        }
        if !(x0.asinh().re() < (k::<D>(-0.32)).re()) {
            continue;
        }
        let mut m4: D = (m1.cos() * m1.tanh()) * (-x1);
        let a5 = m1;
        m2 = ((k::<D>(0.5)) * m2) + ((k::<D>(0.2)).sin());
    }
    ((x0 + x1) + m1) + m2
}

#[differentiable]
fn p18(x: [f64; 3]) -> f64 {
    let a1 = (Float::round(x[1]) * x[0])
        / Float::atan(BETA)
            .exp()
            .powf(Float::tanh(core::f64::consts::PI))
            .sin()
            .exp();
    let a2 = if 0.2 * x[1] >= -0.22 {
        f64::powi(1.0 + ((x[0] + (-0.3_f64)) * (x[0] + (-0.3f64))), -1)
    } else {
        Float::powi(1.0 + (((a1 + a1).atan()) * ((a1 + a1).atan())), -2)
    };
    let (u3, w4) = (x[0].asinh(), 0.4_f64 + 1.54);
    let a5 = Float::sin(u3 - u3).sinh();
    if a2 > -0.71 {
        return (x[2] + x[0]) - x[2].exp2();
    }
    let (u6, w7) = (
        (-1.859).mul_add(-(x[2] + a2), f64::sin(a5)),
        ((core::f64::consts::PI + x[1]).tanh()).sinh(),
    );
    ((((u3 + w4) - a5) + u6) + w7) + x[2]
}

fn p18_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(x[1].re().round())) * x[0])
        / ((((((k::<D>(core::f64::consts::PI)).tanh()) * (((k::<D>(BETA)).atan()).exp()).ln())
            .exp())
        .sin())
        .exp());
    let a2 = if ((k::<D>(0.2)) * x[1]).re() >= (k::<D>(-0.22)).re() {
        ((k::<D>(1.0)) + ((x[0] + (k::<D>(-0.3))) * (x[0] + (k::<D>(-0.3))))).powi(-1)
    } else {
        ((k::<D>(1.0)) + (((a1 + a1).atan()) * ((a1 + a1).atan()))).powi(-2)
    };
    let (u3, w4) = (x[0].asinh(), (k::<D>(0.4)) + (k::<D>(1.54)));
    let a5 = ((u3 - u3).sin()).sinh();
    if a2.re() > (k::<D>(-0.71)).re() {
        return (x[2] + x[0]) - x[2].exp2();
    }
    let (u6, w7) = (
        ((k::<D>(-1.859)) * (-(x[2] + a2)) + a5.sin()),
        (((k::<D>(core::f64::consts::PI)) + x[1]).tanh()).sinh(),
    );
    ((((u3 + w4) - a5) + u6) + w7) + x[2]
}

#[differentiable]
fn p19(x: &[f64], y: f64) -> f64 {
    let mut m1 = 1.4;
    if y <= m1 + x[2] {
        m1 -= (1.0f64 + (y * y)).recip();
    } else {
        m1 -= y * 1.8;
    }
    for &i2 in x.iter() {
        for i3 in 0..2 {
            let a4 = ((((0.9 * f64::sin(Float::cos(core::f64::consts::PI))).asin())
                / (2.0_f64 + Float::sin(y)))
            .hypot(1.0))
            .sqrt();
            let a5 = x[1] - ((0.9 * f64::sin(ALPHA.sin())).atanh());
            let y: f64 =
                f64::recip(1.0 + (V[i3].clamp(-0.53_f64, 0.35_f64) * V[i3].clamp(-0.53, 0.35_f64)));
            m1 -= x[0].sin();
            m1 = (0.5f64 * m1) + f64::cos(core::f64::consts::PI);
        }
        m1 *= 1.0 + (0.3 * (((0.9 * f64::sin(i2)).asin()).sin()));
    }
    let mut m6 = Float::signum(y.atan2(-(0.5_f64 + (m1 * m1)))) * (x[0] - x[0]);
    (0.001 * (((y + m1) + m6) + x[2])).tanh()
}

fn p19_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = k::<D>(1.4);
    if y.re() <= (m1 + x[2]).re() {
        m1 -= ((k::<D>(1.0)) + (y * y)).recip();
    } else {
        m1 -= y * (k::<D>(1.8));
    }
    for &i2 in x.iter() {
        for i3 in 0..2 {
            let a4 = ((((((k::<D>(0.9)) * (((k::<D>(core::f64::consts::PI)).cos()).sin()))
                .asin())
                / ((k::<D>(2.0)) + y.sin()))
                * ((((k::<D>(0.9)) * (((k::<D>(core::f64::consts::PI)).cos()).sin())).asin())
                    / ((k::<D>(2.0)) + y.sin()))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .sqrt();
            let a5 = x[1] - (((k::<D>(0.9)) * (((k::<D>(ALPHA)).sin()).sin())).atanh());
            let y: D = ((k::<D>(1.0))
                + (dclamp(k::<D>(V[i3]), k::<D>(-0.53), k::<D>(0.35))
                    * dclamp(k::<D>(V[i3]), k::<D>(-0.53), k::<D>(0.35))))
            .recip();
            m1 -= x[0].sin();
            m1 = ((k::<D>(0.5)) * m1) + ((k::<D>(core::f64::consts::PI)).cos());
        }
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * i2.sin()).asin()).sin()));
    }
    let mut m6 = (k::<D>(datan2(y, -((k::<D>(0.5)) + (m1 * m1))).re().signum())) * (x[0] - x[0]);
    ((k::<D>(0.001)) * (((y + m1) + m6) + x[2])).tanh()
}

#[differentiable]
fn p20<T: Float>(x0: T, x1: T) -> T {
    let a1 = if (c::<T>(0.504)) * x1 >= c::<T>(-0.68) || T::from(0.02).unwrap() >= c::<T>(ALPHA) {
        -Float::log(
            (c::<T>(1.0)) + (x1 * x1),
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(x0))).exp(),
        )
    } else {
        x1
    };
    let mut m2: T = (c::<T>(-0.614)) - x1;
    if a1 / Float::atan(m2).exp() >= T::from(0.44).unwrap() {
        return T::cosh(x0 * (c::<T>(-0.66)));
    }
    if !(T::from(0.45).unwrap() - x0 > Float::log2(T::one() + (x1 * x1))) {
        m2 = m2.min(if (c::<T>(1.12)) - m2 < x0.floor() * x0 {
            (x1 + (c::<T>(1.03))) - ((c::<T>(0.676)) * x1)
        } else {
            (c::<T>(-1.352)).powi(3)
        });
    }
    ((x0 + x1) + a1) + m2
}

fn p20_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if ((k::<D>(0.504)) * x1).re() >= (k::<D>(-0.68)).re()
        || (k::<D>(0.02)).re() >= (k::<D>(ALPHA)).re()
    {
        -(((k::<D>(1.0)) + (x1 * x1)).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln())
    } else {
        x1
    };
    let mut m2: D = (k::<D>(-0.614)) - x1;
    if (a1 / m2.atan().exp()).re() >= (k::<D>(0.44)).re() {
        return (x0 * (k::<D>(-0.66))).cosh();
    }
    if !(((k::<D>(0.45)) - x0).re() > (((k::<D>(1.0)) + (x1 * x1)).log2()).re()) {
        m2 = dmin(
            m2,
            if ((k::<D>(1.12)) - m2).re() < ((k::<D>(x0.re().floor())) * x0).re() {
                (x1 + (k::<D>(1.03))) - ((k::<D>(0.676)) * x1)
            } else {
                (k::<D>(-1.352)).powi(3)
            },
        );
    }
    ((x0 + x1) + a1) + m2
}

#[differentiable]
fn p21<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (x0.atan(), x1);
    let u1 = (-x0).sin();
    let mut s3 = T::zero();
    for i4 in 2..3 {
        let a5 = ((c::<T>(0.9)) * Float::log2(T::from(2.0).unwrap() + x1.sin()).sin()).asin();
        let (u6, w7) = (
            T::exp_m1(x0) - x1.atan2(-((c::<T>(0.5)) + ((c::<T>(-0.53)) * (c::<T>(-0.53))))),
            ((c::<T>(1.5)) + ((-(c::<T>(ALPHA))).tanh())).sqrt(),
        );
        let a8 = w2.powi(3).sin().cosh();
        s3 /= Float::tanh(a8).cosh();
        if i4 < 1 {
            continue;
        }
    }
    let a9 = if x1 * w2 < c::<T>(-0.7) {
        -(x2.exp() + T::from(-0.69).unwrap().cos())
    } else {
        x0
    };
    s3 = (((c::<T>(0.7)) * s3) + a9.tanh().mul_add((c::<T>(ALPHA)).tanh(), c::<T>(-0.9))).sin();
    (((x2 + w2) + u1) * s3) + a9
}

fn p21_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x0.atan(), x1);
    let u1 = (-x0).sin();
    let mut s3 = k::<D>(0.0);
    for i4 in 2..3 {
        let a5 = ((k::<D>(0.9)) * ((((k::<D>(2.0)) + x1.sin()).log2()).sin())).asin();
        let (u6, w7) = (
            x0.exp_m1() - datan2(x1, -((k::<D>(0.5)) + ((k::<D>(-0.53)) * (k::<D>(-0.53))))),
            ((k::<D>(1.5)) + ((-(k::<D>(ALPHA))).tanh())).sqrt(),
        );
        let a8 = w2.powi(3).sin().cosh();
        s3 /= a8.tanh().cosh();
        if i4 < 1 {
            continue;
        }
    }
    let a9 = if (x1 * w2).re() < (k::<D>(-0.7)).re() {
        -(x2.exp() + ((k::<D>(-0.69)).cos()))
    } else {
        x0
    };
    s3 = (((k::<D>(0.7)) * s3) + (a9.tanh() * ((k::<D>(ALPHA)).tanh()) + (k::<D>(-0.9)))).sin();
    (((x2 + w2) + u1) * s3) + a9
}

#[differentiable]
fn p22(x0: f64, x1: f64) -> f64 {
    let a1 = std::f64::consts::E * x0;
    let (u2, w3) = (x1, (0.9_f64 * ((0.49 / (1.5 + a1.tanh())).sin())).atanh());
    let u2: f64 = (2.0 + f64::sin(-0.93)).log10();
    let a4 = Float::cos(x0 * a1).cosh().powf(u2.cos()).sin();
    let mut m5 = (Float::atanh(0.9 * u2.tanh()) - (1.0 + a1)).sin();
    let a6 = (((1.5_f64 - w3).cos()).sin()).tan();
    (((w3 + u2) + a4) * m5) * a6
}

fn p22_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = (k::<D>(std::f64::consts::E)) * x0;
    let (u2, w3) = (
        x1,
        ((k::<D>(0.9)) * (((k::<D>(0.49)) / ((k::<D>(1.5)) + a1.tanh())).sin())).atanh(),
    );
    let u2: D = ((k::<D>(2.0)) + ((k::<D>(-0.93)).sin())).log10();
    let a4 = ((u2.cos() * (((x0 * a1).cos()).cosh()).ln()).exp()).sin();
    let mut m5 = ((((k::<D>(0.9)) * u2.tanh()).atanh()) - ((k::<D>(1.0)) + a1)).sin();
    let a6 = ((((k::<D>(1.5)) - w3).cos()).sin()).tan();
    (((w3 + u2) + a4) * m5) * a6
}

#[differentiable]
fn p23(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x1.cosh().log10();
    let mut s2 = 0.0;
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let a4 = if i3 % 2 == 0 {
            (1.5 + ((if a1 > x1 { W[i3] } else { a1 }).tanh())).powf(Float::atan(
                (0.5 + ((1.0 + (W[i3] * W[i3])) * (1.0 + (W[i3] * W[i3])))).ln_1p(),
            ))
        } else {
            Float::cosh(f64::sin(s2)).recip()
        };
        let a5 = ((((0.9 * Float::sin(a1).tanh()).acos()).atan()).powi(1)) - Float::asinh(-x1);
        s2 = (0.5 * s2) + Float::sin(a1);
        s2 -= a5.cos();
    }
    if s2.sin().cosh().recip() > x1 * std::f64::consts::E {
        return x1;
    }
    let a6 = ((2.0 + x2.mul_add(-0.79_f64, a1).sin()).powf(((-1.46) + 0.97_f64).cos()))
        / (1.0 + (x0.powi(2) * Float::powi(x0, 2)));
    s2 += Float::exp_m1(f64::tanh((-0.6).hypot(0.5 + (a6 * a6))));
    let (u7, w8) = (x2, x2 * a1);
    (((a1 + s2) + a6) + u7) + w8
}

fn p23_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x1.cosh().log10();
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let a4 = if i3 % 2 == 0 {
            (((((k::<D>(0.5))
                + (((k::<D>(1.0)) + ((k::<D>(W[i3])) * (k::<D>(W[i3]))))
                    * ((k::<D>(1.0)) + ((k::<D>(W[i3])) * (k::<D>(W[i3]))))))
            .ln_1p())
            .atan())
                * ((k::<D>(1.5)) + ((if a1.re() > x1.re() { k::<D>(W[i3]) } else { a1 }).tanh()))
                    .ln())
            .exp()
        } else {
            s2.sin().cosh().recip()
        };
        let a5 = (((((k::<D>(0.9)) * a1.sin().tanh()).acos()).atan()).powi(1)) - ((-x1).asinh());
        s2 = ((k::<D>(0.5)) * s2) + a1.sin();
        s2 -= a5.cos();
    }
    if s2.sin().cosh().recip().re() > (x1 * (k::<D>(std::f64::consts::E))).re() {
        return x1;
    }
    let a6 = (((((k::<D>(-1.46)) + (k::<D>(0.97))).cos())
        * ((k::<D>(2.0)) + ((x2 * (k::<D>(-0.79)) + a1).sin())).ln())
    .exp())
        / ((k::<D>(1.0)) + (x0.powi(2) * x0.powi(2)));
    s2 += ((((k::<D>(-0.6)) * (k::<D>(-0.6))
        + ((k::<D>(0.5)) + (a6 * a6)) * ((k::<D>(0.5)) + (a6 * a6)))
        .sqrt())
    .tanh())
    .exp_m1();
    let (u7, w8) = (x2, x2 * a1);
    (((a1 + s2) + a6) + u7) + w8
}

#[differentiable]
fn p24(x0: f64, x1: f64) -> f64 {
    let a1 = (((-1.6) * x0) * (x1 - x0)).atan2(
        -(0.5
            + (x1
                .exp()
                .log(Float::exp(0.5f64 + (0.4 * f64::sin(x1))))
                .atan2(
                    -(0.5_f64
                        + (f64::powf(1.5 + Float::tanh(x1), x1)
                            * ((1.5 + f64::tanh(x1)).powf(x1)))),
                )
                * x1.exp().log(Float::exp(0.5 + (0.4_f64 * x1.sin()))).atan2(
                    -(0.5 + (((1.5 + x1.tanh()).powf(x1)) * ((1.5 + x1.tanh()).powf(x1)))),
                ))),
    );
    let mut s2 = 0.0;
    for i3 in 0..4 {
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            s2 += Float::sin(-a1);
            let a5 = s2 + (-0.97);
            s2 -= a5.sin();
            s2 = (0.5 * s2) + ((x0 * 1.61).cos());
        }
        if {
            let t6 = s2;
            a1
        } >= 0.93f64
        {
            s2 = (0.5 * s2) + f64::ln(2.0 + Float::sin(a1)).atan();
        } else {
            s2 = (0.5f64 * s2)
                + ((((ALPHA - Float::powf(x1.exp(), (i3 as f64).cos())).cos()).powi(1)).atan());
        }
        if i3 == 3 {
            break;
        }
        s2 *= 1.0 + (0.3 * ((x1 + a1).sin()));
        s2 += (((-1.6f64) / (1.0_f64 + (s2.cos() * Float::cos(s2)))) + s2).sin();
    }
    let a7: f64 = (0.5_f64
        + ((1.5 + f64::mul_add(x0, s2.atan(), s2).tanh())
            * (1.5 + x0.mul_add(Float::atan(s2), s2).tanh())))
    .ln_1p();
    let (u8, w9) = (-x1, (1.5 + x1.tanh()).recip());
    s2 = (0.5 * s2)
        + ((1.5
            + f64::tanh(Float::asin(
                0.9_f64 * Float::tanh(f64::atan((1.0 + (a7 * a7)).ln())),
            )))
        .sqrt());
    let a10: f64 = ((x1 * a7)
        .hypot(0.5 + (((0.9 * Float::tanh(x0)).asin()) * ((0.9 * x0.tanh()).asin()))))
        * x0;
    (0.001 * ((((s2 + a7) + u8) + w9) + a10)).tanh()
}

fn p24_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = datan2(
        ((k::<D>(-1.6)) * x0) * (x1 - x0),
        -((k::<D>(0.5))
            + (datan2(
                (x1.exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln()),
                -((k::<D>(0.5))
                    + (((x1 * ((k::<D>(1.5)) + x1.tanh()).ln()).exp())
                        * ((x1 * ((k::<D>(1.5)) + x1.tanh()).ln()).exp()))),
            ) * datan2(
                (x1.exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln()),
                -((k::<D>(0.5))
                    + (((x1 * ((k::<D>(1.5)) + x1.tanh()).ln()).exp())
                        * ((x1 * ((k::<D>(1.5)) + x1.tanh()).ln()).exp()))),
            ))),
    );
    let mut s2 = k::<D>(0.0);
    for i3 in 0..4 {
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            s2 += (-a1).sin();
            let a5 = s2 + (k::<D>(-0.97));
            s2 -= a5.sin();
            s2 = ((k::<D>(0.5)) * s2) + ((x0 * (k::<D>(1.61))).cos());
        }
        if ({
            let t6 = s2;
            a1
        })
        .re()
            >= (k::<D>(0.93)).re()
        {
            s2 = ((k::<D>(0.5)) * s2) + ((((k::<D>(2.0)) + a1.sin()).ln()).atan());
        } else {
            s2 = ((k::<D>(0.5)) * s2)
                + (((((k::<D>(ALPHA)) - ((((k::<D>(i3 as f64)).cos()) * x1.exp().ln()).exp()))
                    .cos())
                .powi(1))
                .atan());
        }
        if i3 == 3 {
            break;
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 + a1).sin()));
        s2 += (((k::<D>(-1.6)) / ((k::<D>(1.0)) + (s2.cos() * s2.cos()))) + s2).sin();
    }
    let a7: D = ((k::<D>(0.5))
        + (((k::<D>(1.5)) + ((x0 * s2.atan() + s2).tanh()))
            * ((k::<D>(1.5)) + ((x0 * s2.atan() + s2).tanh()))))
    .ln_1p();
    let (u8, w9) = (-x1, ((k::<D>(1.5)) + x1.tanh()).recip());
    s2 = ((k::<D>(0.5)) * s2)
        + (((k::<D>(1.5))
            + ((((k::<D>(0.9)) * (((((k::<D>(1.0)) + (a7 * a7)).ln()).atan()).tanh())).asin())
                .tanh()))
        .sqrt());
    let a10: D = (((x1 * a7) * (x1 * a7)
        + ((k::<D>(0.5))
            + ((((k::<D>(0.9)) * x0.tanh()).asin()) * (((k::<D>(0.9)) * x0.tanh()).asin())))
            * ((k::<D>(0.5))
                + ((((k::<D>(0.9)) * x0.tanh()).asin()) * (((k::<D>(0.9)) * x0.tanh()).asin()))))
    .sqrt())
        * x0;
    ((k::<D>(0.001)) * ((((s2 + a7) + u8) + w9) + a10)).tanh()
}

#[differentiable]
fn p25(x: [f64; 5]) -> f64 {
    let a1 = x[4].powi(3);
    let a1: f64 = a1.cos().exp2().asinh();
    let a2 = (std::f64::consts::E * a1)
        / (1.0
            + ((x[4] / (1.0 + ((-1.29) * (-1.29)))) * (x[4] / (1.0f64 + ((-1.29) * (-1.29f64))))));
    let mut s3: f64 = 0.0f64;
    for i4 in 0..x.len() {
        let a5 = a1;
        s3 *= 1.0f64 + (0.3 * f64::sin(x[i4]).tan().sin());
        s3 += Float::cos(a5.hypot(0.5 + (a1.exp().log10() * a1.exp().log10())));
    }
    for i6 in 2..=3 {
        let a7: f64 = Float::sinh(f64::atan((s3 - a2) - x[0]));
        let mut s8 = 1.0_f64;
        for i9 in 0..x.len() / 2 {
            let a10 = 1.24;
            s8 += f64::tanh(Float::acos(0.9 * a2.atan().tanh()) / ((s8 - s8).hypot(1.0)));
            s3 *= 1.0 + (0.3f64 * f64::sin(Float::cos(x[2 * i9 + 1])));
        }
        s3 = (0.5 * s3) + ((x[2] / (1.5 + a7.tanh())).sin());
    }
    let a11 = Float::tanh(a2 + x[1]).exp_m1();
    (0.001 * ((((a1 + a2) + s3) + a11) + x[0])).tanh()
}

fn p25_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[4].powi(3);
    let a1: D = a1.cos().exp2().asinh();
    let a2 = ((k::<D>(std::f64::consts::E)) * a1)
        / ((k::<D>(1.0))
            + ((x[4] / ((k::<D>(1.0)) + ((k::<D>(-1.29)) * (k::<D>(-1.29)))))
                * (x[4] / ((k::<D>(1.0)) + ((k::<D>(-1.29)) * (k::<D>(-1.29)))))));
    let mut s3: D = k::<D>(0.0);
    for i4 in 0..x.len() {
        let a5 = a1;
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i4].sin().tan().sin());
        s3 += ((a5 * a5
            + ((k::<D>(0.5)) + (a1.exp().log10() * a1.exp().log10()))
                * ((k::<D>(0.5)) + (a1.exp().log10() * a1.exp().log10())))
        .sqrt())
        .cos();
    }
    for i6 in 2..=3 {
        let a7: D = (((s3 - a2) - x[0]).atan()).sinh();
        let mut s8 = k::<D>(1.0);
        for i9 in 0..x.len() / 2 {
            let a10 = k::<D>(1.24);
            s8 += ((((k::<D>(0.9)) * a2.atan().tanh()).acos())
                / (((s8 - s8) * (s8 - s8) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            .tanh();
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[2 * i9 + 1].cos().sin());
        }
        s3 = ((k::<D>(0.5)) * s3) + ((x[2] / ((k::<D>(1.5)) + a7.tanh())).sin());
    }
    let a11 = ((a2 + x[1]).tanh()).exp_m1();
    ((k::<D>(0.001)) * ((((a1 + a2) + s3) + a11) + x[0])).tanh()
}

#[differentiable]
fn p26(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut m3: f64 = (1.0 + (1.7 * 1.7_f64)).log2();
        s1 += Float::cos(1.56 + x1).exp().powi(-1).atan();
        m3 -= (x0 * x2).tanh();
    }
    let mut s4: f64 = 1.0_f64;
    for i5 in 1..3 {
        let (u6, w7) = (
            f64::mul_add(-0.335f64, x1, x2).clamp(-0.61_f64, 0.77),
            ((1.0 + (V[i5] * V[i5])).log2()) / (1.0f64 + (x0 * x0)),
        );
        for i8 in 2..6 {
            s1 += Float::sin((i5 as f64));
            let (u9, w10) = (
                (0.9 * f64::tanh(s1).tanh()).asin(),
                Float::atanh(0.9 * Float::sin(W[i5] / (1.0 + (w7 * w7))))
                    + (s1.cos() * (w7 / (1.0 + (Float::tanh(s4) * s4.tanh())))),
            );
            s4 = (0.5 * s4) + f64::tanh((u9 - 1.3) - (s1.round() * s4.tanh()));
            s4 /= 1.0 + (Float::tan(f64::sin(w10.tanh())) * f64::tan(w10.tanh().sin()));
        }
        let mut s11 = 0.0;
        let mut i12 = 0;
        while i12 < 4 {
            i12 += 1;
            let a13 = (1.0
                + (x0.max(core::f64::consts::PI).atan()
                    * Float::atan(f64::max(x0, core::f64::consts::PI))))
            .powi(0);
            if !((-0.4_f64) * 0.7 < x0) {
                continue;
            }
            s1 = (0.5f64 * s1) + w7.cos().exp_m1().sin();
            s11 *= 1.0 + (0.3 * Float::cos((((1.0_f64 + ((-0.1) * (-0.1))).cbrt()).atan()).exp()));
        }
        s4 *= 1.0 + (0.3 * (((0.41 + V[i5]).asinh()).sin()));
    }
    s4 += BETA;
    let a14 = f64::exp(p22((s4 - s4).tanh(), -x1).cos()).recip();
    for i15 in 0..4 {
        let (u16, w17) = (
            f64::recip(
                1.0 + (((1.1 + (x2.hypot(1.0_f64) * x2.hypot(1.0))).acosh())
                    * ((1.1 + (x2.hypot(1.0f64) * x2.hypot(1.0))).acosh())),
            )
            .cos(),
            x0.tanh(),
        );
        let a18 = W[i15] + x1;
        s4 += x2.exp().atan();
        s4 *= 1.0 + (0.3 * W[i15].exp2().sin());
    }
    s4 *= 1.0 + (0.3 * f64::sin(x0.mul_add(f64::cos(a14), a14) - ((0.9 * x0.sin()).asin())));
    let mut m19 =
        ((1.0 + (std::f64::consts::E * std::f64::consts::E)).sqrt()) / ((0.1 * s4.tanh()).cosh());
    Float::tanh(0.001 * ((((x2 + s1) + s4) - a14) - m19))
}

fn p26_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut m3: D = ((k::<D>(1.0)) + ((k::<D>(1.7)) * (k::<D>(1.7)))).log2();
        s1 += (((((k::<D>(1.56)) + x1).cos()).exp()).powi(-1)).atan();
        m3 -= (x0 * x2).tanh();
    }
    let mut s4: D = k::<D>(1.0);
    for i5 in 1..3 {
        let (u6, w7) = (
            dclamp(((k::<D>(-0.335)) * x1 + x2), k::<D>(-0.61), k::<D>(0.77)),
            (((k::<D>(1.0)) + ((k::<D>(V[i5])) * (k::<D>(V[i5])))).log2())
                / ((k::<D>(1.0)) + (x0 * x0)),
        );
        for i8 in 2..6 {
            s1 += (k::<D>(i5 as f64)).sin();
            let (u9, w10) = (
                ((k::<D>(0.9)) * s1.tanh().tanh()).asin(),
                (((k::<D>(0.9)) * (((k::<D>(W[i5])) / ((k::<D>(1.0)) + (w7 * w7))).sin())).atanh())
                    + (s1.cos() * (w7 / ((k::<D>(1.0)) + (s4.tanh() * s4.tanh())))),
            );
            s4 = ((k::<D>(0.5)) * s4)
                + (((u9 - (k::<D>(1.3))) - ((k::<D>(s1.re().round())) * s4.tanh())).tanh());
            s4 /= (k::<D>(1.0)) + (w10.tanh().sin().tan() * w10.tanh().sin().tan());
        }
        let mut s11 = k::<D>(0.0);
        let mut i12 = 0;
        while i12 < 4 {
            i12 += 1;
            let a13 = ((k::<D>(1.0))
                + (dmax(x0, k::<D>(core::f64::consts::PI)).atan()
                    * dmax(x0, k::<D>(core::f64::consts::PI)).atan()))
            .powi(0);
            if !(((k::<D>(-0.4)) * (k::<D>(0.7))).re() < x0.re()) {
                continue;
            }
            s1 = ((k::<D>(0.5)) * s1) + w7.cos().exp_m1().sin();
            s11 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((((k::<D>(1.0)) + ((k::<D>(-0.1)) * (k::<D>(-0.1)))).cbrt()).atan())
                        .exp())
                    .cos()));
        }
        s4 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(0.41)) + (k::<D>(V[i5]))).asinh()).sin()));
    }
    s4 += k::<D>(BETA);
    let a14 = p22_d((s4 - s4).tanh(), -x1).cos().exp().recip();
    for i15 in 0..4 {
        let (u16, w17) = (
            (((k::<D>(1.0))
                + ((((k::<D>(1.1))
                    + (((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh())
                    * (((k::<D>(1.1))
                        + (((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                            * ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                    .acosh())))
            .recip())
            .cos(),
            x0.tanh(),
        );
        let a18 = (k::<D>(W[i15])) + x1;
        s4 += x2.exp().atan();
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(W[i15])).exp2()).sin()));
    }
    s4 *= (k::<D>(1.0))
        + ((k::<D>(0.3)) * (((x0 * a14.cos() + a14) - (((k::<D>(0.9)) * x0.sin()).asin())).sin()));
    let mut m19 =
        (((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))).sqrt())
            / (((k::<D>(0.1)) * s4.tanh()).cosh());
    ((k::<D>(0.001)) * ((((x2 + s1) + s4) - a14) - m19)).tanh()
}

#[differentiable]
fn p27(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x1;
    let mut s2 = 1.0f64;
    for i3 in 2..3 {
        s2 = f64::tanh(
            (0.7 * s2)
                + Float::acosh(
                    1.1_f64
                        + (p0((-1.6).cos(), x2, x1).cos().exp()
                            * p0((-1.6).cos(), x2, x1).cos().exp()),
                ),
        );
        let mut s4 = 0.5;
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let a6 = (Float::sqrt(Float::exp(-1.86_f64))
                / (2.0_f64 + 1.4.clamp(-1.49, 1.24).sin()))
                - f64::cosh(Float::cos(x2)).log(f64::exp(
                    0.5 + (0.4 * Float::sin(((1.0 + (x1 * x1)).log10()).tanh())),
                ));
            s2 -= s2.cos().tanh();
            if x0 > s4 + s4 {
                break;
            }
            s2 = (0.5 * s2) + f64::exp(x0).sqrt().atan();
        }
        let mut m7: f64 = p23(s4.cos(), x1, x0);
        s2 += f64::atan(s2);
    }
    let a8 = (1.0 + (x2 * x2)).log2();
    s2 *= 1.0 + (0.3 * a8.cos().exp().log10().sin());
    (((x1 - x2) * a1) + s2) * a8
}

fn p27_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x1;
    let mut s2 = k::<D>(1.0);
    for i3 in 2..3 {
        s2 = (((k::<D>(0.7)) * s2)
            + (((k::<D>(1.1))
                + (p0_d((k::<D>(-1.6)).cos(), x2, x1).cos().exp()
                    * p0_d((k::<D>(-1.6)).cos(), x2, x1).cos().exp()))
            .acosh()))
        .tanh();
        let mut s4 = k::<D>(0.5);
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let a6 = ((((k::<D>(-1.86)).exp()).sqrt())
                / ((k::<D>(2.0)) + dclamp(k::<D>(1.4), k::<D>(-1.49), k::<D>(1.24)).sin()))
                - (x2.cos().cosh().ln()
                    / (((k::<D>(0.5))
                        + ((k::<D>(0.4))
                            * (((((k::<D>(1.0)) + (x1 * x1)).log10()).tanh()).sin())))
                    .exp())
                    .ln());
            s2 -= s2.cos().tanh();
            if x0.re() > (s4 + s4).re() {
                break;
            }
            s2 = ((k::<D>(0.5)) * s2) + x0.exp().sqrt().atan();
        }
        let mut m7: D = p23_d(s4.cos(), x1, x0);
        s2 += s2.atan();
    }
    let a8 = ((k::<D>(1.0)) + (x2 * x2)).log2();
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a8.cos().exp().log10().sin());
    (((x1 - x2) * a1) + s2) * a8
}

#[differentiable]
fn p28<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut m1 = (x0 * T::from(0.4).unwrap())
        + (if x0 >= c::<T>(-1.9) {
            T::from(0.9).unwrap()
        } else {
            x0
        });
    let a2 = (((c::<T>(1.1))
        + (((c::<T>(2.0)) + Float::sin(m1 * x0)) * ((c::<T>(2.0)) + ((m1 * x0).sin()))))
    .acosh())
        * x1.sinh().atan().sinh();
    let mut s3: T = c::<T>(0.0);
    for i4 in 1..=3 {
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = x0;
            if i5 <= 0 {
                s3 = ((c::<T>(0.5)) * s3)
                    + ((((c::<T>(V[i5])) + ((c::<T>(ALPHA)) * (c::<T>(0.56))))
                        + (s3 - (x1 / ((c::<T>(1.0)) + (a2.atan() * Float::atan(a2))))))
                    .cos());
            } else {
                m1 /= (((c::<T>(1.0))
                    + ((x0 * (c::<T>(std::f64::consts::E)))
                        * (x0 * (c::<T>(std::f64::consts::E)))))
                .powi(-1))
                .hypot(c::<T>(1.0));
            }
            m1 *= T::one() + ((c::<T>(0.3)) * Float::sin(s3 + s3));
        }
        let mut m7 = m1;
        m1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((m7 / ((c::<T>(2.0)) + T::sin(m7))).sin()));
        m1 = m1.min(T::tanh(
            T::from(0.879).unwrap().hypot((c::<T>(0.5)) + (m1 * m1)),
        ));
    }
    if s3 - m1 < (c::<T>(-0.73)).abs() && s3 >= c::<T>(-0.26) {
        s3 = ((T::from(0.7).unwrap() * s3)
            + (((T::cos(m1).mul_add(s3.cos(), a2)
                - (m1.cos() * (c::<T>(core::f64::consts::PI))))
            .cos())
            .mul_add(
                ((((c::<T>(2.0)) + s3.sin())
                    .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * T::tanh(m1).sin())).exp()))
                    * (-(c::<T>(-0.638))))
                .cos(),
                T::cos((c::<T>(-1.9)).cosh()).cosh(),
            )))
        .sin();
    }
    let a8 = T::atan(((c::<T>(-1.3)) / ((c::<T>(1.0)) + ((c::<T>(1.794)) * (c::<T>(1.794))))) - x0);
    let a9: T = ((c::<T>(1.5)) + a2.tanh()).powi(0);
    T::tanh((c::<T>(0.001)) * ((((m1 - a2) - s3) + a8) + a9))
}

fn p28_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = (x0 * (k::<D>(0.4)))
        + (if x0.re() >= (k::<D>(-1.9)).re() {
            k::<D>(0.9)
        } else {
            x0
        });
    let a2 = (((k::<D>(1.1))
        + (((k::<D>(2.0)) + ((m1 * x0).sin())) * ((k::<D>(2.0)) + ((m1 * x0).sin()))))
    .acosh())
        * x1.sinh().atan().sinh();
    let mut s3: D = k::<D>(0.0);
    for i4 in 1..=3 {
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = x0;
            if i5 <= 0 {
                s3 = ((k::<D>(0.5)) * s3)
                    + ((((k::<D>(V[i5])) + ((k::<D>(ALPHA)) * (k::<D>(0.56))))
                        + (s3 - (x1 / ((k::<D>(1.0)) + (a2.atan() * a2.atan())))))
                    .cos());
            } else {
                m1 /= ((((k::<D>(1.0))
                    + ((x0 * (k::<D>(std::f64::consts::E)))
                        * (x0 * (k::<D>(std::f64::consts::E)))))
                .powi(-1))
                    * (((k::<D>(1.0))
                        + ((x0 * (k::<D>(std::f64::consts::E)))
                            * (x0 * (k::<D>(std::f64::consts::E)))))
                    .powi(-1))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt();
            }
            m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s3 + s3).sin()));
        }
        let mut m7 = m1;
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((m7 / ((k::<D>(2.0)) + m7.sin())).sin()));
        m1 = dmin(
            m1,
            (((k::<D>(0.879)) * (k::<D>(0.879))
                + ((k::<D>(0.5)) + (m1 * m1)) * ((k::<D>(0.5)) + (m1 * m1)))
                .sqrt())
            .tanh(),
        );
    }
    if (s3 - m1).re() < ((k::<D>(-0.73)).abs()).re() && s3.re() >= (k::<D>(-0.26)).re() {
        s3 = (((k::<D>(0.7)) * s3)
            + ((((m1.cos() * s3.cos() + a2) - (m1.cos() * (k::<D>(core::f64::consts::PI))))
                .cos())
                * (((((k::<D>(2.0)) + s3.sin()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * m1.tanh().sin())).exp()).ln())
                    * (-(k::<D>(-0.638))))
                .cos())
                + ((((k::<D>(-1.9)).cosh()).cos()).cosh())))
        .sin();
    }
    let a8 = (((k::<D>(-1.3)) / ((k::<D>(1.0)) + ((k::<D>(1.794)) * (k::<D>(1.794))))) - x0).atan();
    let a9: D = ((k::<D>(1.5)) + a2.tanh()).powi(0);
    ((k::<D>(0.001)) * ((((m1 - a2) - s3) + a8) + a9)).tanh()
}

#[differentiable]
fn p29(x: &[f64]) -> f64 {
    let a1: f64 = core::f64::consts::PI;
    let (u3, w4) = (
        ((0.5 / (1.0_f64 + ((-0.05) * (-0.05)))) + ((-0.22).powi(2))).tanh(),
        (0.9 * f64::tanh(
            (-1.159)
                / (2.0
                    + f64::sin({
                        let t2 = x[4];
                        std::f64::consts::E
                    })),
        ))
        .atanh(),
    );
    let a5 = (2.0 + x[3].sin()).cbrt();
    let mut s6: f64 = 0.5;
    for &i7 in x.iter() {
        let a8 = a1.cos().mul_add(x[3], a1) - std::f64::consts::E;
        let a9 = -(a1.round() * (x[0] / (1.5 + i7.tanh())));
        let a10 = (0.9 * x[3].tanh()).acos();
        s6 = (0.5f64 * s6) + (((0.93 - (-0.71)) - ((1.5 + Float::tanh(s6)).powf(x[0]))).cos());
        s6 = (0.5 * s6) + s6.cos();
    }
    s6 = s6.max(Float::atan(
        ((1.1 + (Float::hypot(a1, 1.0) * a1.hypot(1.0_f64))).acosh()) - a1,
    ));
    let a5 = (((2.0_f64 + 0.1.sin()).recip()) / (2.0 + ((w4 + 0.8f64).sin())))
        / Float::exp(f64::cos(
            (x[4] / x[1].cosh()) - f64::clamp(x[3], -0.32, 1.11),
        ));
    ((((a1 + u3) + w4) + s6) + a5) + x[4]
}

fn p29_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(core::f64::consts::PI);
    let (u3, w4) = (
        (((k::<D>(0.5)) / ((k::<D>(1.0)) + ((k::<D>(-0.05)) * (k::<D>(-0.05)))))
            + ((k::<D>(-0.22)).powi(2)))
        .tanh(),
        ((k::<D>(0.9))
            * (((k::<D>(-1.159))
                / ((k::<D>(2.0))
                    + (({
                        let t2 = x[4];
                        k::<D>(std::f64::consts::E)
                    })
                    .sin())))
            .tanh()))
        .atanh(),
    );
    let a5 = ((k::<D>(2.0)) + x[3].sin()).cbrt();
    let mut s6: D = k::<D>(0.5);
    for &i7 in x.iter() {
        let a8 = (a1.cos() * x[3] + a1) - (k::<D>(std::f64::consts::E));
        let a9 = -((k::<D>(a1.re().round())) * (x[0] / ((k::<D>(1.5)) + i7.tanh())));
        let a10 = ((k::<D>(0.9)) * x[3].tanh()).acos();
        s6 = ((k::<D>(0.5)) * s6)
            + ((((k::<D>(0.93)) - (k::<D>(-0.71)))
                - ((x[0] * ((k::<D>(1.5)) + s6.tanh()).ln()).exp()))
            .cos());
        s6 = ((k::<D>(0.5)) * s6) + s6.cos();
    }
    s6 = dmax(
        s6,
        ((((k::<D>(1.1))
            + (((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh())
            - a1)
            .atan(),
    );
    let a5 = ((((k::<D>(2.0)) + ((k::<D>(0.1)).sin())).recip())
        / ((k::<D>(2.0)) + ((w4 + (k::<D>(0.8))).sin())))
        / ((((x[4] / x[1].cosh()) - dclamp(x[3], k::<D>(-0.32), k::<D>(1.11))).cos()).exp());
    ((((a1 + u3) + w4) + s6) + a5) + x[4]
}

#[differentiable]
fn p30<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let (u1, w2) = (x1.powi(1), x0 + (c::<T>(-0.664)));
    let (u3, w4) = (
        x0.mul_add(x0 - x1, c::<T>(ALPHA)).round()
            * Float::cos(Float::sin(u1) - (((c::<T>(1.0)) + (x0 * x0)).powf(x0))),
        Float::recip(T::one() + ((c::<T>(2.0)) * (c::<T>(2.0)))),
    );
    let (u5, w6) = (
        ((((c::<T>(0.9)) * ((c::<T>(-0.259)).tanh())).atanh()).sin()).mul_add(
            x1 / ((c::<T>(1.0)) + (w4 * w4)),
            x1 / (T::from(2.0).unwrap() + w2.sin()),
        ),
        c::<T>(1.4),
    );
    let (u7, w8) = (
        (u1 + (((c::<T>(0.9)) * ((c::<T>(1.56)).sin())).atanh()))
            + ((w6 * u1) * Float::powf(w6.cosh(), w2.cos())),
        w6.atan() - u1.exp().atan(),
    );
    let mut s9: T = c::<T>(0.5);
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let mut i11 = 0;
        while i11 < 4 {
            i11 += 1;
            let a12 = x0.atan();
            if !(u7 >= u3) {
                continue;
            }
            let a13 = (T::sin(c::<T>(std::f64::consts::E)).sinh()
                / (((T::from(2.0).unwrap() + s9.sin()).recip()).hypot(c::<T>(1.0))))
            .cos();
            let a14 = Float::acosh(
                (c::<T>(1.1))
                    + (T::exp(Float::atan((a13 / Float::cosh(w4.tanh())).mul_add(
                        Float::clamp(c::<T>(ALPHA), c::<T>(-0.91), c::<T>(0.31)),
                        T::from(-0.1).unwrap(),
                    ))) * T::atan((a13 / w4.tanh().cosh()).mul_add(
                        (c::<T>(ALPHA)).clamp(c::<T>(-0.91), T::from(0.31).unwrap()),
                        T::from(-0.1).unwrap(),
                    ))
                    .exp()),
            );
            s9 = s9
                / ((c::<T>(1.0))
                    + (T::atan(u3 + (c::<T>(V[i10]))) * Float::atan(u3 + (c::<T>(V[i10])))));
        }
        let mut s15: T = c::<T>(0.0);
        let mut i16 = 0;
        while i16 < 4 {
            i16 += 1;
            let a17 = u7
                .cos()
                .mul_add(u5.atan(), u3)
                .hypot((c::<T>(0.5)) + ((-u3) * (-u3)));
            let mut m18 = (-s15) + u5.atan().exp();
            m18 = m18
                + Float::atan(T::powi(x1.powi(1), 2).hypot(
                    (c::<T>(0.5))
                        + ((Float::sin(u7) + T::abs(c::<T>(1.5)))
                            * (u7.sin() + T::abs(T::from(1.5).unwrap()))),
                ));
            s9 = s9
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3)) * ((x1 / (T::one() + (T::cos(m18) * T::cos(m18)))).sin())));
            if i10 % 2 == 0 {
                continue;
            }
        }
        let u3 = Float::asinh((c::<T>(0.6)) * w2);
        s15 = (((c::<T>(0.7)) * s15) + Float::acos((c::<T>(0.9)) * T::sin(T::atan(u3)))).atan();
    }
    let mut s19 = c::<T>(0.5);
    let mut i20 = 0;
    while i20 < 2 {
        i20 += 1;
        let a21 = u5 - (u5 - w6);
        if s9 < c::<T>(-0.67) {
            s19 = ((c::<T>(0.5)) * s19) + ((w2 + Float::powi(u1, 2)).atan());
        }
        s19 = (T::from(0.5).unwrap() * s19) + w6.atan();
    }
    s9 = s9.min(
        (((((c::<T>(2.0)) + ((c::<T>(0.4)).sin())).powi(-1))
            * (((c::<T>(1.1))
                + (((c::<T>(1.0)) + (Float::cos(s9) * T::cos(s9)))
                    * ((c::<T>(1.0)) + (s9.cos() * s9.cos()))))
            .acosh()))
        .sin())
        .powi(3),
    );
    (T::from(0.001).unwrap() * ((((w6 - u7) * w8) - s9) + s19)).tanh()
}

fn p30_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x1.powi(1), x0 + (k::<D>(-0.664)));
    let (u3, w4) = (
        (k::<D>((x0 * (x0 - x1) + (k::<D>(ALPHA))).re().round()))
            * ((u1.sin() - ((x0 * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp())).cos()),
        ((k::<D>(1.0)) + ((k::<D>(2.0)) * (k::<D>(2.0)))).recip(),
    );
    let (u5, w6) = (
        (((((k::<D>(0.9)) * ((k::<D>(-0.259)).tanh())).atanh()).sin())
            * (x1 / ((k::<D>(1.0)) + (w4 * w4)))
            + (x1 / ((k::<D>(2.0)) + w2.sin()))),
        k::<D>(1.4),
    );
    let (u7, w8) = (
        (u1 + (((k::<D>(0.9)) * ((k::<D>(1.56)).sin())).atanh()))
            + ((w6 * u1) * ((w2.cos() * w6.cosh().ln()).exp())),
        w6.atan() - u1.exp().atan(),
    );
    let mut s9: D = k::<D>(0.5);
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let mut i11 = 0;
        while i11 < 4 {
            i11 += 1;
            let a12 = x0.atan();
            if !(u7.re() >= u3.re()) {
                continue;
            }
            let a13 = ((((k::<D>(std::f64::consts::E)).sin()).sinh())
                / (((((k::<D>(2.0)) + s9.sin()).recip()) * (((k::<D>(2.0)) + s9.sin()).recip())
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt()))
            .cos();
            let a14 = ((k::<D>(1.1))
                + (((((a13 / w4.tanh().cosh())
                    * dclamp(k::<D>(ALPHA), k::<D>(-0.91), k::<D>(0.31))
                    + (k::<D>(-0.1)))
                .atan())
                .exp())
                    * ((((a13 / w4.tanh().cosh())
                        * dclamp(k::<D>(ALPHA), k::<D>(-0.91), k::<D>(0.31))
                        + (k::<D>(-0.1)))
                    .atan())
                    .exp())))
            .acosh();
            s9 /= (k::<D>(1.0))
                + (((u3 + (k::<D>(V[i10]))).atan()) * ((u3 + (k::<D>(V[i10]))).atan()));
        }
        let mut s15: D = k::<D>(0.0);
        let mut i16 = 0;
        while i16 < 4 {
            i16 += 1;
            let a17 = ((u7.cos() * u5.atan() + u3) * (u7.cos() * u5.atan() + u3)
                + ((k::<D>(0.5)) + ((-u3) * (-u3))) * ((k::<D>(0.5)) + ((-u3) * (-u3))))
                .sqrt();
            let mut m18 = (-s15) + u5.atan().exp();
            m18 += ((x1.powi(1).powi(2) * x1.powi(1).powi(2)
                + ((k::<D>(0.5))
                    + ((u7.sin() + ((k::<D>(1.5)).abs())) * (u7.sin() + ((k::<D>(1.5)).abs()))))
                    * ((k::<D>(0.5))
                        + ((u7.sin() + ((k::<D>(1.5)).abs()))
                            * (u7.sin() + ((k::<D>(1.5)).abs())))))
            .sqrt())
            .atan();
            s9 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((x1 / ((k::<D>(1.0)) + (m18.cos() * m18.cos()))).sin()));
            if i10 % 2 == 0 {
                continue;
            }
        }
        let u3 = ((k::<D>(0.6)) * w2).asinh();
        s15 = (((k::<D>(0.7)) * s15) + (((k::<D>(0.9)) * u3.atan().sin()).acos())).atan();
    }
    let mut s19 = k::<D>(0.5);
    let mut i20 = 0;
    while i20 < 2 {
        i20 += 1;
        let a21 = u5 - (u5 - w6);
        if s9.re() < (k::<D>(-0.67)).re() {
            s19 = ((k::<D>(0.5)) * s19) + ((w2 + u1.powi(2)).atan());
        }
        s19 = ((k::<D>(0.5)) * s19) + w6.atan();
    }
    s9 = dmin(
        s9,
        (((((k::<D>(2.0)) + ((k::<D>(0.4)).sin())).powi(-1))
            * (((k::<D>(1.1))
                + (((k::<D>(1.0)) + (s9.cos() * s9.cos()))
                    * ((k::<D>(1.0)) + (s9.cos() * s9.cos()))))
            .acosh()))
        .sin())
        .powi(3),
    );
    ((k::<D>(0.001)) * ((((w6 - u7) * w8) - s9) + s19)).tanh()
}

#[differentiable]
fn p31(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a1 = ALPHA;
    let mut m2 = f64::exp(-(-0.28)).powi(0);
    let a3 = if ALPHA <= 0.35f64 {
        m2.sin()
    } else {
        p24(f64::sinh(std::f64::consts::E.cos()).atan(), x2).atan()
    };
    let (u4, w5) = (
        (x1 * a1) / (1.5 + f64::tanh(x2 + x2)),
        x0.ceil() * ((a1 + x1).atan()),
    );
    (((a1 * m2) + a3) * u4) + w5
}

fn p31_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = k::<D>(ALPHA);
    let mut m2 = ((-(k::<D>(-0.28))).exp()).powi(0);
    let a3 = if (k::<D>(ALPHA)).re() <= (k::<D>(0.35)).re() {
        m2.sin()
    } else {
        p24_d((((k::<D>(std::f64::consts::E)).cos()).sinh()).atan(), x2).atan()
    };
    let (u4, w5) = (
        (x1 * a1) / ((k::<D>(1.5)) + ((x2 + x2).tanh())),
        (k::<D>(x0.re().ceil())) * ((a1 + x1).atan()),
    );
    (((a1 * m2) + a3) * u4) + w5
}

#[differentiable]
fn p32<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (x1.cos().cosh(), ((x1 + x0).tanh()).exp());
    let mut m3 = x0.atan();
    let a4 = -m3;
    if x1 - w2 <= T::from(-0.5).unwrap() {
        m3 += ((m3 + (((c::<T>(1.0)) + (w2.atan() * Float::atan(w2))).powi(-1))).ceil())
            * ((((c::<T>(-0.76)) * (c::<T>(std::f64::consts::E))) + (x1 * u1)).cos());
    }
    for i5 in 1..3 {
        let u1 = T::sin((c::<T>(1.79)).atan2(-((c::<T>(0.5)) + (x1 * x1))));
        m3 = ((c::<T>(0.5)) * m3) + ((((c::<T>(1.5)) + Float::tanh(x0)).powi(0)).tanh());
        m3 += ((if x1 < T::from(-0.53).unwrap() && i5 == 0 {
            u1
        } else {
            c::<T>(i5 as f64)
        }) / ((c::<T>(1.0))
            + (T::tanh(Float::sinh((c::<T>(i5 as f64)).tanh()))
                * ((((c::<T>(i5 as f64)).tanh()).sinh()).tanh()))))
        .cos();
    }
    let w2 = T::atanh((c::<T>(0.9)) * Float::atan(m3 / ((c::<T>(1.5)) + T::tanh(a4))).tanh());
    (((x1 + u1) + m3) + a4) * w2
}

fn p32_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x1.cos().cosh(), ((x1 + x0).tanh()).exp());
    let mut m3 = x0.atan();
    let a4 = -m3;
    if (x1 - w2).re() <= (k::<D>(-0.5)).re() {
        m3 += (k::<D>(
            (m3 + (((k::<D>(1.0)) + (w2.atan() * w2.atan())).powi(-1)))
                .re()
                .ceil(),
        )) * ((((k::<D>(-0.76)) * (k::<D>(std::f64::consts::E))) + (x1 * u1)).cos());
    }
    for i5 in 1..3 {
        let u1 = datan2(k::<D>(1.79), -((k::<D>(0.5)) + (x1 * x1))).sin();
        m3 = ((k::<D>(0.5)) * m3) + ((((k::<D>(1.5)) + x0.tanh()).powi(0)).tanh());
        m3 += ((if x1.re() < (k::<D>(-0.53)).re() && i5 == 0 {
            u1
        } else {
            k::<D>(i5 as f64)
        }) / ((k::<D>(1.0))
            + (((((k::<D>(i5 as f64)).tanh()).sinh()).tanh())
                * ((((k::<D>(i5 as f64)).tanh()).sinh()).tanh()))))
        .cos();
    }
    let w2 = ((k::<D>(0.9)) * (((m3 / ((k::<D>(1.5)) + a4.tanh())).atan()).tanh())).atanh();
    (((x1 + u1) + m3) + a4) * w2
}

#[differentiable]
fn p33<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let a1 = x0 - (((c::<T>(0.86)) * x0) + x0.hypot(T::from(0.5).unwrap() + (x0 * x0)));
    let a2 = ((c::<T>(BETA)).asinh()) - x0.sin().tan();
    let mut m3 = (T::one() + (a2 * a2)).sqrt();
    m3 += x1 * a2;
    (((x0 + x1) - a1) + a2) + m3
}

fn p33_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x0
        - (((k::<D>(0.86)) * x0)
            + ((x0 * x0 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt()));
    let a2 = ((k::<D>(BETA)).asinh()) - x0.sin().tan();
    let mut m3 = ((k::<D>(1.0)) + (a2 * a2)).sqrt();
    m3 += x1 * a2;
    (((x0 + x1) - a1) + a2) + m3
}

#[differentiable]
fn p34<T>(x0: T, x1: T, nk: usize) -> T
where
    T: Float,
{
    let a1 = T::asinh(x1);
    let (u2, w3) = (x0.sin(), x1 * x0);
    let u2 = {
        let t4 = c::<T>(-1.9);
        c::<T>(-0.1)
    };
    let (u5, w6) = (x1, (a1 + w3).atan2(-((c::<T>(0.5)) + (w3 * w3))));
    let mut s7 = c::<T>(1.0);
    for i8 in 1..=2 {
        s7 = ((c::<T>(0.5)) * s7)
            + ((Float::ln((c::<T>(1.0)) + (s7.atan() * s7.atan())) + (c::<T>(1.84))).cos());
        if T::cosh(w3.cos()) <= c::<T>(0.84) {
            s7 = s7
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3))
                        * Float::log10((c::<T>(1.5)) + ((c::<T>(1.156)).tanh()))
                            .sin()
                            .cosh()
                            .sin()));
        } else {
            s7 = s7 + ((((u2 - (c::<T>(i8 as f64))).sin()).tan()).tanh());
        }
        let a9 = (T::one() + (x0 * x0)).cbrt();
        s7 = ((c::<T>(0.5)) * s7) + T::atan(x0 - (c::<T>(BETA)));
        s7 = s7 + u2.min(u5).atan();
    }
    let a1 = p30(x1, s7.atan());
    (((u2 * u5) + w6) + s7) + a1
}

fn p34_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1 = x1.asinh();
    let (u2, w3) = (x0.sin(), x1 * x0);
    let u2 = {
        let t4 = k::<D>(-1.9);
        k::<D>(-0.1)
    };
    let (u5, w6) = (x1, datan2(a1 + w3, -((k::<D>(0.5)) + (w3 * w3))));
    let mut s7 = k::<D>(1.0);
    for i8 in 1..=2 {
        s7 = ((k::<D>(0.5)) * s7)
            + (((((k::<D>(1.0)) + (s7.atan() * s7.atan())).ln()) + (k::<D>(1.84))).cos());
        if w3.cos().cosh().re() <= (k::<D>(0.84)).re() {
            s7 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((((k::<D>(1.5)) + ((k::<D>(1.156)).tanh())).log10()).sin()).cosh())
                        .sin()));
        } else {
            s7 += (((u2 - (k::<D>(i8 as f64))).sin()).tan()).tanh();
        }
        let a9 = ((k::<D>(1.0)) + (x0 * x0)).cbrt();
        s7 = ((k::<D>(0.5)) * s7) + ((x0 - (k::<D>(BETA))).atan());
        s7 += dmin(u2, u5).atan();
    }
    let a1 = p30_d(x1, s7.atan());
    (((u2 * u5) + w6) + s7) + a1
}

#[differentiable]
fn p35(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 1.0;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = ((1.0 * x1) - ((2.0 + W[i2].sin()).ln()))
            - (s1.atan2(-(0.5 + (x1 * x1))) / f64::exp(s1.sin()));
        s1 = ((0.7_f64 * s1) + Float::log2(2.0 + f64::exp(f64::exp(x1).tanh()).log10().sin()))
            .atan();
        s1 *= 1.0 + (0.3f64 * ((1.5 + x1.tanh()).cos()));
    }
    for i4 in 1..2 {
        if !(x1.exp2() >= s1 - x1) {
            continue;
        }
        let a5 = x1;
        let mut s6 = 0.5;
        let mut i7 = 0;
        while i7 < 1 {
            i7 += 1;
            if i4 <= 2 {
                break;
            }
            s6 += f64::sin((2.0 + Float::sin(W[i7])).powf(s1.cos()));
            let (u8, w9) = (
                (0.9 * x1.tanh()).acos(),
                f64::powi(
                    f64::exp_m1((if s1 > 0.38 { core::f64::consts::PI } else { x0 }).cos()).sin(),
                    2,
                ),
            );
            let a11 = {
                let t10 = s1;
                a5
            };
            s6 -= (((1.0 + ((i4 as f64) * (i4 as f64)))
                .log((0.5 + (0.4 * w9.tanh().sin())).exp()))
                * (std::f64::consts::E.atan() * Float::sin(s6)))
            .sin();
        }
        s1 -= ((0.5 + (x0.hypot(1.0f64) * x0.hypot(1.0))).ln_1p()).tanh();
    }
    let mut s12 = 0.0;
    for i13 in 1..=4 {
        let a14 = s1 + (-0.7);
        let a14 = (s12.signum() * s12.cos()) / s12.atan().exp();
        s1 *= 1.0 + (0.3 * f64::sin((x0 + (i13 as f64)) - s12.sin().powi(3)));
        s12 = Float::max(s12, (x0 / (2.0 + core::f64::consts::PI.sin())).sin());
        s1 += f64::cos(Float::hypot(s12, 1.0).powi(-1));
    }
    let a15: f64 = if s1 <= 0.33 && !(x0 < -0.73) { x0 } else { s1 };
    let mut m16 = Float::exp(Float::sin(0.2));
    (0.001 * ((((x1 - s1) * s12) + a15) + m16)).tanh()
}

fn p35_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = (((k::<D>(1.0)) * x1) - (((k::<D>(2.0)) + ((k::<D>(W[i2])).sin())).ln()))
            - (datan2(s1, -((k::<D>(0.5)) + (x1 * x1))) / s1.sin().exp());
        s1 = (((k::<D>(0.7)) * s1)
            + (((k::<D>(2.0)) + x1.exp().tanh().exp().log10().sin()).log2()))
        .atan();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x1.tanh()).cos()));
    }
    for i4 in 1..2 {
        if !(x1.exp2().re() >= (s1 - x1).re()) {
            continue;
        }
        let a5 = x1;
        let mut s6 = k::<D>(0.5);
        let mut i7 = 0;
        while i7 < 1 {
            i7 += 1;
            if i4 <= 2 {
                break;
            }
            s6 += ((s1.cos() * ((k::<D>(2.0)) + ((k::<D>(W[i7])).sin())).ln()).exp()).sin();
            let (u8, w9) = (
                ((k::<D>(0.9)) * x1.tanh()).acos(),
                ((((if s1.re() > (k::<D>(0.38)).re() {
                    k::<D>(core::f64::consts::PI)
                } else {
                    x0
                })
                .cos())
                .exp_m1())
                .sin())
                .powi(2),
            );
            let a11 = {
                let t10 = s1;
                a5
            };
            s6 -= ((((k::<D>(1.0)) + ((k::<D>(i4 as f64)) * (k::<D>(i4 as f64)))).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * w9.tanh().sin())).exp()).ln())
                * (((k::<D>(std::f64::consts::E)).atan()) * s6.sin()))
            .sin();
        }
        s1 -= (((k::<D>(0.5))
            + (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .ln_1p())
        .tanh();
    }
    let mut s12 = k::<D>(0.0);
    for i13 in 1..=4 {
        let a14 = s1 + (k::<D>(-0.7));
        let a14 = ((k::<D>(s12.re().signum())) * s12.cos()) / s12.atan().exp();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((x0 + (k::<D>(i13 as f64))) - s12.sin().powi(3)).sin()));
        s12 = dmax(
            s12,
            (x0 / ((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin()))).sin(),
        );
        s1 += (((s12 * s12 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1)).cos();
    }
    let a15: D = if s1.re() <= (k::<D>(0.33)).re() && !(x0.re() < (k::<D>(-0.73)).re()) {
        x0
    } else {
        s1
    };
    let mut m16 = ((k::<D>(0.2)).sin()).exp();
    ((k::<D>(0.001)) * ((((x1 - s1) * s12) + a15) + m16)).tanh()
}

#[differentiable]
fn p36<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = c::<T>(std::f64::consts::E);
    let mut s2 = c::<T>(0.0);
    for i3 in 2..4 {
        s2 += T::tanh(
            Float::sin(
                (c::<T>(i3 as f64)) + (((c::<T>(2.0)) + s2.sin()).powf((c::<T>(1.991)).sin())),
            )
            .sin()
            .tan(),
        );
        if x[1] + T::from(1.522).unwrap() >= T::from(-0.22).unwrap() {
            break;
        }
        s2 = ((c::<T>(0.5)) * s2) + ((a1.round() * x[1]).cos());
    }
    let a1 = Float::tanh(s2).mul_add(a1.tanh(), x[0]);
    let mut s4 = c::<T>(0.0);
    for i5 in x {
        let mut m6: T = T::hypot(s4, c::<T>(1.0)).cbrt()
            / ((c::<T>(1.0)) + (T::atan(a1 * x[2]) * Float::atan(a1 * x[2])));
        let a7: T = s4;
        s2 = ((c::<T>(0.5)) * s2) + Float::tanh(T::from(1.37).unwrap() - x[3]);
        s2 -= Float::hypot(x[0], (c::<T>(0.5)) + (s4.min(x[0]) * s4.min(x[0]))).sin();
    }
    ((s2 * a1) + s4) + x[3]
}

fn p36_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(std::f64::consts::E);
    let mut s2 = k::<D>(0.0);
    for i3 in 2..4 {
        s2 += (((((k::<D>(i3 as f64))
            + ((((k::<D>(1.991)).sin()) * ((k::<D>(2.0)) + s2.sin()).ln()).exp()))
        .sin())
        .sin())
        .tan())
        .tanh();
        if (x[1] + (k::<D>(1.522))).re() >= (k::<D>(-0.22)).re() {
            break;
        }
        s2 = ((k::<D>(0.5)) * s2) + (((k::<D>(a1.re().round())) * x[1]).cos());
    }
    let a1 = (s2.tanh() * a1.tanh() + x[0]);
    let mut s4 = k::<D>(0.0);
    for i5 in x {
        let mut m6: D = (((s4 * s4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt())
            / ((k::<D>(1.0)) + (((a1 * x[2]).atan()) * ((a1 * x[2]).atan())));
        let a7: D = s4;
        s2 = ((k::<D>(0.5)) * s2) + (((k::<D>(1.37)) - x[3]).tanh());
        s2 -= ((x[0] * x[0]
            + ((k::<D>(0.5)) + (dmin(s4, x[0]) * dmin(s4, x[0])))
                * ((k::<D>(0.5)) + (dmin(s4, x[0]) * dmin(s4, x[0]))))
        .sqrt())
        .sin();
    }
    ((s2 * a1) + s4) + x[3]
}

#[differentiable]
fn p37<T: Float + NumAssign>(x: [T; 3]) -> T {
    let a1: T = (c::<T>(ALPHA)).abs();
    let a1 = ((c::<T>(1.5)) + Float::tanh(x[0])).log2();
    let a2 = if a1 + a1 <= a1 {
        (T::one() + (a1 * a1)).log2()
    } else {
        Float::atan(c::<T>(1.5))
    };
    let mut m3 = (-T::asinh(a2)) * T::exp(a1.tanh());
    let mut m4 = T::sin(T::cos(
        ((c::<T>(1.1))
            + (((c::<T>(1.0)) + (x[1].exp().tanh() * x[1].exp().tanh()))
                * (T::one() + (T::tanh(Float::exp(x[1])) * x[1].exp().tanh()))))
        .acosh(),
    ))
    .tan();
    let (u5, w6) = (m3.sin(), T::atan(a1) * a1.powi(2));
    ((((a2 + m3) + m4) + u5) + w6) * x[2]
}

fn p37_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(ALPHA)).abs();
    let a1 = ((k::<D>(1.5)) + x[0].tanh()).log2();
    let a2 = if (a1 + a1).re() <= a1.re() {
        ((k::<D>(1.0)) + (a1 * a1)).log2()
    } else {
        (k::<D>(1.5)).atan()
    };
    let mut m3 = (-a2.asinh()) * a1.tanh().exp();
    let mut m4 = (((((k::<D>(1.1))
        + (((k::<D>(1.0)) + (x[1].exp().tanh() * x[1].exp().tanh()))
            * ((k::<D>(1.0)) + (x[1].exp().tanh() * x[1].exp().tanh()))))
    .acosh())
    .cos())
    .sin())
    .tan();
    let (u5, w6) = (m3.sin(), a1.atan() * a1.powi(2));
    ((((a2 + m3) + m4) + u5) + w6) * x[2]
}

#[differentiable]
fn p38<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let a1 = if x1 <= (c::<T>(ALPHA)) - x1 { x0 } else { x0 };
    let a2 = if x1.sinh() <= c::<T>(0.68) {
        (x0 * (c::<T>(1.98))).hypot(T::from(0.5).unwrap() + (x1 * x1))
    } else {
        a1.exp2()
    };
    let mut m3: T = x0 - T::from(-0.866).unwrap();
    for i4 in 1..5 {
        let mut m6 = ((x1 / ((c::<T>(1.0)) + (a1 * a1)))
            / ((c::<T>(1.0))
                + (a1.atan2((c::<T>(0.5)) + (a2 * a2)) * a1.atan2((c::<T>(0.5)) + (a2 * a2)))))
            / ((c::<T>(2.0))
                + T::sin({
                    let t5 = (c::<T>(1.228)) - (c::<T>(W[i4]));
                    a2
                }));
        m3 = m3
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::sin((c::<T>(BETA)) / ((c::<T>(1.5)) + Float::tanh(a1.asinh())))));
    }
    let a7 = (((c::<T>(2.0)) + ((c::<T>(-1.187)).sin()))
        .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * a1.sin())).exp()))
        * a2;
    (((x1 + a1) + a2) + m3) + a7
}

fn p38_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if x1.re() <= ((k::<D>(ALPHA)) - x1).re() {
        x0
    } else {
        x0
    };
    let a2 = if x1.sinh().re() <= (k::<D>(0.68)).re() {
        ((x0 * (k::<D>(1.98))) * (x0 * (k::<D>(1.98)))
            + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
            .sqrt()
    } else {
        a1.exp2()
    };
    let mut m3: D = x0 - (k::<D>(-0.866));
    for i4 in 1..5 {
        let mut m6 = ((x1 / ((k::<D>(1.0)) + (a1 * a1)))
            / ((k::<D>(1.0))
                + (datan2(a1, (k::<D>(0.5)) + (a2 * a2)) * datan2(a1, (k::<D>(0.5)) + (a2 * a2)))))
            / ((k::<D>(2.0))
                + (({
                    let t5 = (k::<D>(1.228)) - (k::<D>(W[i4]));
                    a2
                })
                .sin()));
        m3 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(BETA)) / ((k::<D>(1.5)) + a1.asinh().tanh())).sin()));
    }
    let a7 = (((k::<D>(2.0)) + ((k::<D>(-1.187)).sin())).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin())).exp()).ln())
        * a2;
    (((x1 + a1) + a2) + m3) + a7
}

#[differentiable]
fn p39<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a2 =
        if T::acosh((c::<T>(1.1)) + (((c::<T>(1.0)) + (x0 * x0)) * ((c::<T>(1.0)) + (x0 * x0))))
            > c::<T>(-0.79)
        {
            Float::max(T::from(-0.63).unwrap(), x2)
        } else {
            {
                let t1 = x2;
                x2
            }
        };
    let a3 = if x2 + x2 >= x1 {
        ((x1 - x0)
            / ((c::<T>(1.0))
                + ((((c::<T>(0.9)) * a2.sin()).acos())
                    * T::acos(T::from(0.9).unwrap() * a2.sin()))))
            * (((c::<T>(1.1))
                + (((c::<T>(2.0)) + x1.asinh().sin()) * ((c::<T>(2.0)) + T::asinh(x1).sin())))
            .acosh())
    } else {
        x0
    };
    let mut m4 = ((c::<T>(-1.548)).exp()).powi(0);
    let a3 =
        (((c::<T>(0.96)).asinh()) + (c::<T>(0.4))) - (((c::<T>(-1.3)) + x2) * ((c::<T>(2.0)) - a3));
    let a5: T = x2 - x0;
    (((x2 + a2) + m4) * a3) + a5
}

fn p39_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = if (((k::<D>(1.1)) + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0))))
        .acosh())
    .re()
        > (k::<D>(-0.79)).re()
    {
        dmax(k::<D>(-0.63), x2)
    } else {
        {
            let t1 = x2;
            x2
        }
    };
    let a3 = if (x2 + x2).re() >= x1.re() {
        ((x1 - x0)
            / ((k::<D>(1.0))
                + ((((k::<D>(0.9)) * a2.sin()).acos()) * (((k::<D>(0.9)) * a2.sin()).acos()))))
            * (((k::<D>(1.1))
                + (((k::<D>(2.0)) + x1.asinh().sin()) * ((k::<D>(2.0)) + x1.asinh().sin())))
            .acosh())
    } else {
        x0
    };
    let mut m4 = ((k::<D>(-1.548)).exp()).powi(0);
    let a3 =
        (((k::<D>(0.96)).asinh()) + (k::<D>(0.4))) - (((k::<D>(-1.3)) + x2) * ((k::<D>(2.0)) - a3));
    let a5: D = x2 - x0;
    (((x2 + a2) + m4) * a3) + a5
}

#[differentiable]
fn p40<T: Float>(x: &[T], y: T) -> T {
    let mut s1 = c::<T>(0.5);
    for &i2 in x.iter() {
        let mut s3 = c::<T>(0.5);
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            let a5 = if i4 < 3 {
                T::powf(
                    ((((T::from(0.9).unwrap() * ((c::<T>(-0.9)).sin())).acos()) + (i2 - s1))
                        .atan())
                    .cosh(),
                    Float::cos(s1 - (y.floor() * x[5])),
                )
            } else {
                x[4] + (s1.cos().sinh() * T::tan(s1.atan().sin()))
            };
            s3 = s3 + T::cos((T::from(1.5).unwrap() + Float::tanh(i2 + (c::<T>(-1.89)))).powi(-1));
            s1 = ((c::<T>(0.5)) * s1) + Float::sin(x[4] + a5);
        }
        let a6 = y - (c::<T>(-0.0));
        s1 = s1 - ((s1 + s3).tanh());
        s1 = s1
            - ((((c::<T>(0.5)) + (((c::<T>(1.5)) + x[2].tanh()) * ((c::<T>(1.5)) + x[2].tanh())))
                .ln_1p())
            .sin());
    }
    let mut s7 = c::<T>(0.0);
    for &i8 in x.iter() {
        let a10 = (c::<T>(std::f64::consts::E))
            / ((({
                let t9 = s7;
                s7
            })
            .sin())
            .exp());
        s1 = (((c::<T>(0.7)) * s1) + (a10 / (T::one() + (s7.atan() * T::atan(s7))))).tanh();
    }
    s7 = s7 - ((Float::cos(s1) * T::cos(s7)).atan());
    let y = T::cos(x[2].asinh());
    ((s1 * s7) + y) + x[1]
}

fn p40_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for &i2 in x.iter() {
        let mut s3 = k::<D>(0.5);
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            let a5 = if i4 < 3 {
                (((s1 - ((k::<D>(y.re().floor())) * x[5])).cos())
                    * ((((((k::<D>(0.9)) * ((k::<D>(-0.9)).sin())).acos()) + (i2 - s1)).atan())
                        .cosh())
                    .ln())
                .exp()
            } else {
                x[4] + (s1.cos().sinh() * s1.atan().sin().tan())
            };
            s3 += (((k::<D>(1.5)) + ((i2 + (k::<D>(-1.89))).tanh())).powi(-1)).cos();
            s1 = ((k::<D>(0.5)) * s1) + ((x[4] + a5).sin());
        }
        let a6 = y - (k::<D>(-0.0));
        s1 -= (s1 + s3).tanh();
        s1 -= (((k::<D>(0.5)) + (((k::<D>(1.5)) + x[2].tanh()) * ((k::<D>(1.5)) + x[2].tanh())))
            .ln_1p())
        .sin();
    }
    let mut s7 = k::<D>(0.0);
    for &i8 in x.iter() {
        let a10 = (k::<D>(std::f64::consts::E))
            / ((({
                let t9 = s7;
                s7
            })
            .sin())
            .exp());
        s1 = (((k::<D>(0.7)) * s1) + (a10 / ((k::<D>(1.0)) + (s7.atan() * s7.atan())))).tanh();
    }
    s7 -= (s1.cos() * s7.cos()).atan();
    let y = x[2].asinh().cos();
    ((s1 * s7) + y) + x[1]
}

#[differentiable]
fn p41<T: Float>(x: &[T]) -> T {
    let a1 = T::from(-0.194).unwrap().abs().min(c::<T>(BETA))
        - (if x[4] - (c::<T>(1.272)) > x[4] {
            x[2].mul_add(c::<T>(-1.5), x[3])
        } else {
            c::<T>(ALPHA)
        });
    let (u2, w3) = (
        a1 - x[1],
        (c::<T>(std::f64::consts::E)) / ((c::<T>(1.5)) + a1.tanh()),
    );
    let mut s4 = c::<T>(0.5);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let (u6, w7) = (a1, -u2);
        s4 = Float::min(s4, T::sin(u6 - (c::<T>(1.5))));
        if i5 <= 1 {
            continue;
        }
        let a8 = Float::clamp((u2 + x[2]).atan(), c::<T>(-0.17), c::<T>(0.35));
        s4 = (T::from(0.5).unwrap() * s4) + w3.atan();
    }
    for i9 in 1..x.len() {
        let a10 = x[i9 - 1];
        let mut m11 = ((c::<T>(2.0)) + ((-x[i9 - 1]).sin()))
            .powf(T::acosh((c::<T>(1.1)) + (s4.hypot(T::one()) * s4.hypot(c::<T>(1.0)))).tanh());
        m11 = m11
            + Float::sqrt(
                (c::<T>(2.0))
                    + ((Float::ln_1p(
                        (c::<T>(0.5))
                            + (((c::<T>(2.0)) + x[i9].sin()) * ((c::<T>(2.0)) + x[i9].sin())),
                    ) * m11)
                        .sin()),
            )
            .cos();
        m11 = m11 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * u2.sin()));
    }
    s4 = (T::from(0.5).unwrap() * s4)
        + Float::hypot(
            s4,
            (c::<T>(0.5))
                + ((Float::atan2(
                    x[3],
                    T::from(0.5).unwrap() + ((c::<T>(0.6)) * (c::<T>(0.6))),
                ) - (((c::<T>(1.1))
                    + (((c::<T>(1.5)) + T::tanh(w3)) * (T::from(1.5).unwrap() + w3.tanh())))
                .acosh()))
                    * (x[3].atan2(T::from(0.5).unwrap() + ((c::<T>(0.6)) * (c::<T>(0.6))))
                        - (((c::<T>(1.1))
                            + (((c::<T>(1.5)) + Float::tanh(w3)) * ((c::<T>(1.5)) + w3.tanh())))
                        .acosh()))),
        )
        .cos();
    (((a1 - u2) + w3) + s4) + x[3]
}

fn p41_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = dmin((k::<D>(-0.194)).abs(), k::<D>(BETA))
        - (if (x[4] - (k::<D>(1.272))).re() > x[4].re() {
            (x[2] * (k::<D>(-1.5)) + x[3])
        } else {
            k::<D>(ALPHA)
        });
    let (u2, w3) = (
        a1 - x[1],
        (k::<D>(std::f64::consts::E)) / ((k::<D>(1.5)) + a1.tanh()),
    );
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let (u6, w7) = (a1, -u2);
        s4 = dmin(s4, (u6 - (k::<D>(1.5))).sin());
        if i5 <= 1 {
            continue;
        }
        let a8 = dclamp((u2 + x[2]).atan(), k::<D>(-0.17), k::<D>(0.35));
        s4 = ((k::<D>(0.5)) * s4) + w3.atan();
    }
    for i9 in 1..x.len() {
        let a10 = x[i9 - 1];
        let mut m11 = (((((k::<D>(1.1))
            + (((s4 * s4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((s4 * s4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh())
        .tanh())
            * ((k::<D>(2.0)) + ((-x[i9 - 1]).sin())).ln())
        .exp();
        m11 += (((k::<D>(2.0))
            + (((((k::<D>(0.5))
                + (((k::<D>(2.0)) + x[i9].sin()) * ((k::<D>(2.0)) + x[i9].sin())))
            .ln_1p())
                * m11)
                .sin()))
        .sqrt())
        .cos();
        m11 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u2.sin());
    }
    s4 = ((k::<D>(0.5)) * s4)
        + (((s4 * s4
            + ((k::<D>(0.5))
                + ((datan2(x[3], (k::<D>(0.5)) + ((k::<D>(0.6)) * (k::<D>(0.6))))
                    - (((k::<D>(1.1))
                        + (((k::<D>(1.5)) + w3.tanh()) * ((k::<D>(1.5)) + w3.tanh())))
                    .acosh()))
                    * (datan2(x[3], (k::<D>(0.5)) + ((k::<D>(0.6)) * (k::<D>(0.6))))
                        - (((k::<D>(1.1))
                            + (((k::<D>(1.5)) + w3.tanh()) * ((k::<D>(1.5)) + w3.tanh())))
                        .acosh()))))
                * ((k::<D>(0.5))
                    + ((datan2(x[3], (k::<D>(0.5)) + ((k::<D>(0.6)) * (k::<D>(0.6))))
                        - (((k::<D>(1.1))
                            + (((k::<D>(1.5)) + w3.tanh()) * ((k::<D>(1.5)) + w3.tanh())))
                        .acosh()))
                        * (datan2(x[3], (k::<D>(0.5)) + ((k::<D>(0.6)) * (k::<D>(0.6))))
                            - (((k::<D>(1.1))
                                + (((k::<D>(1.5)) + w3.tanh())
                                    * ((k::<D>(1.5)) + w3.tanh())))
                            .acosh())))))
        .sqrt())
        .cos());
    (((a1 - u2) + w3) + s4) + x[3]
}

#[differentiable]
fn p42(x: [f64; 6], y: f64) -> f64 {
    let a1 = if if BETA >= x[5] { x[5] } else { x[0] } > (1.5 + x[5].tanh()).log10() {
        x[1]
    } else {
        Float::exp((x[1] - x[1]).cos()).atan2(
            0.5 + (((y + x[0])
                .atan2(0.5_f64 + ((y - core::f64::consts::PI) * (y - core::f64::consts::PI))))
                * Float::atan2(
                    y + x[0],
                    0.5 + ((y - core::f64::consts::PI) * (y - core::f64::consts::PI)),
                )),
        )
    };
    let a2 = y;
    let mut s3 = 1.0;
    for i4 in 1..5 {
        if i4 == 4 {
            break;
        }
        let a5: f64 = Float::exp2(x[3])
            / (1.0
                + ((((a1 * core::f64::consts::PI) + x[1]).tanh())
                    * (((a1 * core::f64::consts::PI) + x[1]).tanh())));
        s3 += f64::atan(if y <= -0.26 { BETA - s3 } else { -x[3] });
    }
    let a6 = if s3 - ALPHA > x[2] / a2.hypot(1.0) {
        (-1.787f64) / (1.0 + (x[3] * x[3]))
    } else {
        x[2]
    };
    ((((y + a1) + a2) + s3) - a6) + x[3]
}

fn p42_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if (if (k::<D>(BETA)).re() >= x[5].re() {
        x[5]
    } else {
        x[0]
    })
    .re()
        > (((k::<D>(1.5)) + x[5].tanh()).log10()).re()
    {
        x[1]
    } else {
        datan2(
            ((x[1] - x[1]).cos()).exp(),
            (k::<D>(0.5))
                + (datan2(
                    y + x[0],
                    (k::<D>(0.5))
                        + ((y - (k::<D>(core::f64::consts::PI)))
                            * (y - (k::<D>(core::f64::consts::PI)))),
                ) * datan2(
                    y + x[0],
                    (k::<D>(0.5))
                        + ((y - (k::<D>(core::f64::consts::PI)))
                            * (y - (k::<D>(core::f64::consts::PI)))),
                )),
        )
    };
    let a2 = y;
    let mut s3 = k::<D>(1.0);
    for i4 in 1..5 {
        if i4 == 4 {
            break;
        }
        let a5: D = x[3].exp2()
            / ((k::<D>(1.0))
                + ((((a1 * (k::<D>(core::f64::consts::PI))) + x[1]).tanh())
                    * (((a1 * (k::<D>(core::f64::consts::PI))) + x[1]).tanh())));
        s3 += (if y.re() <= (k::<D>(-0.26)).re() {
            (k::<D>(BETA)) - s3
        } else {
            -x[3]
        })
        .atan();
    }
    let a6 = if (s3 - (k::<D>(ALPHA))).re()
        > (x[2] / ((a2 * a2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re()
    {
        (k::<D>(-1.787)) / ((k::<D>(1.0)) + (x[3] * x[3]))
    } else {
        x[2]
    };
    ((((y + a1) + a2) + s3) - a6) + x[3]
}

#[differentiable]
fn p43<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        s1 /= (c::<T>(2.0)) + (((c::<T>(V[i2])) / ((c::<T>(1.0)) + (x1 * x1))).sin());
        let a3 = Float::tan(T::cos(s1).sin()) + (x2 - x1);
        for i4 in (i2 + 1)..5 {
            let mut m5 = x1;
            m5 += x2.cos();
            m5 = (((c::<T>(0.7)) * m5) + (c::<T>(W[i4]))).tanh();
        }
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * x1.exp().cos());
    }
    let a6 = T::abs(c::<T>(-0.77));
    let mut s7 = T::zero();
    for i8 in 0..3 {
        let a9: T = p21(
            Float::sin(a6.exp().ln().atan()),
            (a6.atan() / T::exp((c::<T>(0.88)).atan())).cos(),
            (x2 * a6).powi(1),
        );
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((((x0 * a6).cosh()).atan()).exp()).cos()));
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::atan(s7).exp().ln().sin());
        s1 -= (x0 + s1).atan();
    }
    let mut s10 = T::zero();
    for i11 in 0..4 {
        let mut m12 = (T::ln_1p(
            (c::<T>(0.5))
                + (((c::<T>(1.0)) + ((c::<T>(V[i11])) * (c::<T>(V[i11]))))
                    * ((c::<T>(1.0)) + ((c::<T>(V[i11])) * (c::<T>(V[i11]))))),
        ) - Float::powi((c::<T>(1.0)) + (a6 * a6), 0))
        .hypot(
            (c::<T>(0.5))
                + (((((c::<T>(1.08)) + (c::<T>(W[i11]))).cos()).sinh())
                    * Float::cos((c::<T>(1.08)) + (c::<T>(W[i11]))).sinh()),
        );
        if i11 < 0 {
            s7 /= (c::<T>(2.0)) + x0.sin();
        }
        s1 /= (c::<T>(2.0)) + s10.sin();
        s10 = T::min(
            s10,
            Float::atan({
                let t13 = c::<T>(core::f64::consts::PI);
                x1
            }),
        );
    }
    if x0 - x2 >= ((c::<T>(-0.952)).cosh()).powf(x2) {
        return T::powf(x1.hypot(T::one()), s10.tanh()).sin().exp();
    }
    let mut s14 = c::<T>(0.0);
    for i15 in 0..3 {
        for i16 in 2..=6 {
            let a17: T = (((s14.atan() * (c::<T>(1.76))).sin()).exp()).ln();
            let a18 = T::from(0.7).unwrap();
            s7 = (((c::<T>(0.7)) * s7) + (((s7 - a17).tanh()) * x1)).cos();
        }
        s7 += ({
            let t19 = s7 / ((c::<T>(1.0)) + (T::from(0.61).unwrap() * (c::<T>(0.61))));
            s7
        })
        .tanh();
        s7 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(core::f64::consts::PI)).abs()).sin()));
    }
    T::tanh((c::<T>(0.001)) * ((((s1 * a6) + s7) + s10) + s14))
}

fn p43_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        s1 /= (k::<D>(2.0)) + (((k::<D>(V[i2])) / ((k::<D>(1.0)) + (x1 * x1))).sin());
        let a3 = s1.cos().sin().tan() + (x2 - x1);
        for i4 in (i2 + 1)..5 {
            let mut m5 = x1;
            m5 += x2.cos();
            m5 = (((k::<D>(0.7)) * m5) + (k::<D>(W[i4]))).tanh();
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.exp().cos());
    }
    let a6 = (k::<D>(-0.77)).abs();
    let mut s7 = k::<D>(0.0);
    for i8 in 0..3 {
        let a9: D = p21_d(
            a6.exp().ln().atan().sin(),
            (a6.atan() / (((k::<D>(0.88)).atan()).exp())).cos(),
            (x2 * a6).powi(1),
        );
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((x0 * a6).cosh()).atan()).exp()).cos()));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s7.atan().exp().ln().sin());
        s1 -= (x0 + s1).atan();
    }
    let mut s10 = k::<D>(0.0);
    for i11 in 0..4 {
        let mut m12 = (((((k::<D>(0.5))
            + (((k::<D>(1.0)) + ((k::<D>(V[i11])) * (k::<D>(V[i11]))))
                * ((k::<D>(1.0)) + ((k::<D>(V[i11])) * (k::<D>(V[i11]))))))
        .ln_1p())
            - (((k::<D>(1.0)) + (a6 * a6)).powi(0)))
            * ((((k::<D>(0.5))
                + (((k::<D>(1.0)) + ((k::<D>(V[i11])) * (k::<D>(V[i11]))))
                    * ((k::<D>(1.0)) + ((k::<D>(V[i11])) * (k::<D>(V[i11]))))))
            .ln_1p())
                - (((k::<D>(1.0)) + (a6 * a6)).powi(0)))
            + ((k::<D>(0.5))
                + (((((k::<D>(1.08)) + (k::<D>(W[i11]))).cos()).sinh())
                    * ((((k::<D>(1.08)) + (k::<D>(W[i11]))).cos()).sinh())))
                * ((k::<D>(0.5))
                    + (((((k::<D>(1.08)) + (k::<D>(W[i11]))).cos()).sinh())
                        * ((((k::<D>(1.08)) + (k::<D>(W[i11]))).cos()).sinh()))))
        .sqrt();
        if i11 < 0 {
            s7 /= (k::<D>(2.0)) + x0.sin();
        }
        s1 /= (k::<D>(2.0)) + s10.sin();
        s10 = dmin(
            s10,
            ({
                let t13 = k::<D>(core::f64::consts::PI);
                x1
            })
            .atan(),
        );
    }
    if (x0 - x2).re() >= ((x2 * ((k::<D>(-0.952)).cosh()).ln()).exp()).re() {
        return (((s10.tanh() * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp())
            .sin())
        .exp();
    }
    let mut s14 = k::<D>(0.0);
    for i15 in 0..3 {
        for i16 in 2..=6 {
            let a17: D = (((s14.atan() * (k::<D>(1.76))).sin()).exp()).ln();
            let a18 = k::<D>(0.7);
            s7 = (((k::<D>(0.7)) * s7) + (((s7 - a17).tanh()) * x1)).cos();
        }
        s7 += ({
            let t19 = s7 / ((k::<D>(1.0)) + ((k::<D>(0.61)) * (k::<D>(0.61))));
            s7
        })
        .tanh();
        s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(core::f64::consts::PI)).abs()).sin()));
    }
    ((k::<D>(0.001)) * ((((s1 * a6) + s7) + s10) + s14)).tanh()
}

#[differentiable]
fn p44<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a1 = x1;
    let mut m2 = T::powi(
        ((a1 / ((c::<T>(-0.178)).hypot(c::<T>(1.0)))) + ((c::<T>(std::f64::consts::E)) + a1)).cos(),
        1,
    );
    for i3 in 0..3 {
        let mut m4 = x1 * T::from(-0.56).unwrap();
        let (u5, w6) = (m4 - x2, (c::<T>(core::f64::consts::PI)) - (c::<T>(V[i3])));
        let w6: T = x0.sinh() + (a1 / w6.hypot(T::one()));
        m4 = m4 - (((c::<T>(i3 as f64)).tanh()).atan());
    }
    let a7 = if if x0 >= c::<T>(-0.06) || a1 <= c::<T>(-0.61) {
        x2
    } else {
        x0
    } > c::<T>(0.35)
    {
        x2 - x1
    } else {
        x0 / ((c::<T>(1.5)) + x1.tanh())
    };
    m2 = m2.min(x0.powi(3));
    (((x1 + x2) * a1) + m2) + a7
}

fn p44_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x1;
    let mut m2 = (((a1
        / (((k::<D>(-0.178)) * (k::<D>(-0.178)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
        + ((k::<D>(std::f64::consts::E)) + a1))
        .cos())
    .powi(1);
    for i3 in 0..3 {
        let mut m4 = x1 * (k::<D>(-0.56));
        let (u5, w6) = (m4 - x2, (k::<D>(core::f64::consts::PI)) - (k::<D>(V[i3])));
        let w6: D = x0.sinh() + (a1 / ((w6 * w6 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()));
        m4 -= ((k::<D>(i3 as f64)).tanh()).atan();
    }
    let a7 = if (if x0.re() >= (k::<D>(-0.06)).re() || a1.re() <= (k::<D>(-0.61)).re() {
        x2
    } else {
        x0
    })
    .re()
        > (k::<D>(0.35)).re()
    {
        x2 - x1
    } else {
        x0 / ((k::<D>(1.5)) + x1.tanh())
    };
    m2 = dmin(m2, x0.powi(3));
    (((x1 + x2) * a1) + m2) + a7
}

#[differentiable]
fn p45<T: Float>(x: [T; 5], y: T) -> T {
    let mut s1 = c::<T>(0.5);
    for &i2 in x.iter() {
        let a3 = y.sinh();
        s1 = s1
            / ((c::<T>(2.0)) + T::log10((c::<T>(1.0)) + ((c::<T>(-0.2)) * (c::<T>(-0.2)))).sin());
        s1 = ((c::<T>(0.5)) * s1) + Float::cos(s1);
    }
    s1 = ((c::<T>(0.5)) * s1)
        + (y.clamp(T::from(-0.07).unwrap(), c::<T>(0.59)).floor()
            * (((c::<T>(-1.253)).exp_m1()).cos()));
    let mut s4 = T::one();
    for &i5 in x.iter() {
        let mut m6: T = ((c::<T>(0.9)) * ((c::<T>(-1.3)).tanh())).acos();
        m6 = (T::from(0.5).unwrap() * m6) + Float::cos(x[0].tanh() * s1.cos());
        m6 = ((c::<T>(0.5)) * m6) + x[3].atan();
    }
    let mut m7 = Float::exp2(y);
    let mut i8 = 0;
    while i8 < 3 {
        i8 += 1;
        let mut m9 =
            (((c::<T>(1.0)) + ((c::<T>(V[i8])) * (c::<T>(V[i8])))).cbrt()) * (-(c::<T>(1.103)));
        s1 = s1 + Float::cos(((c::<T>(2.0)) + x[1].sin()).ln());
        s1 = s1 + T::tanh((c::<T>(V[i8])) - m7);
    }
    ((c::<T>(0.001)) * ((((y + s1) + s4) + m7) + x[0])).tanh()
}

fn p45_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for &i2 in x.iter() {
        let a3 = y.sinh();
        s1 /= (k::<D>(2.0)) + ((((k::<D>(1.0)) + ((k::<D>(-0.2)) * (k::<D>(-0.2)))).log10()).sin());
        s1 = ((k::<D>(0.5)) * s1) + s1.cos();
    }
    s1 = ((k::<D>(0.5)) * s1)
        + ((k::<D>(dclamp(y, k::<D>(-0.07), k::<D>(0.59)).re().floor()))
            * (((k::<D>(-1.253)).exp_m1()).cos()));
    let mut s4 = k::<D>(1.0);
    for &i5 in x.iter() {
        let mut m6: D = ((k::<D>(0.9)) * ((k::<D>(-1.3)).tanh())).acos();
        m6 = ((k::<D>(0.5)) * m6) + ((x[0].tanh() * s1.cos()).cos());
        m6 = ((k::<D>(0.5)) * m6) + x[3].atan();
    }
    let mut m7 = y.exp2();
    let mut i8 = 0;
    while i8 < 3 {
        i8 += 1;
        let mut m9 =
            (((k::<D>(1.0)) + ((k::<D>(V[i8])) * (k::<D>(V[i8])))).cbrt()) * (-(k::<D>(1.103)));
        s1 += (((k::<D>(2.0)) + x[1].sin()).ln()).cos();
        s1 += ((k::<D>(V[i8])) - m7).tanh();
    }
    ((k::<D>(0.001)) * ((((y + s1) + s4) + m7) + x[0])).tanh()
}

#[differentiable]
fn p46<T>(x: [T; 5]) -> T
where
    T: Float + NumAssign,
{
    let a1: T = (c::<T>(ALPHA)) / ((c::<T>(BETA)).hypot(c::<T>(1.0)));
    let a2 = (a1 / ((c::<T>(2.0)) + x[1].sin())) - (T::from(-0.6).unwrap() - a1);
    let (u3, w4) = (
        ((c::<T>(1.1))
            + (((c::<T>(2.0)) + ((c::<T>(-1.165)).sin()))
                * ((c::<T>(2.0)) + ((c::<T>(-1.165)).sin()))))
        .acosh(),
        c::<T>(1.965),
    );
    let a5 = T::hypot(
        T::sin(x[4]).tan(),
        (c::<T>(0.5)) + (x[2].mul_add(c::<T>(0.507), a1) * Float::mul_add(x[2], c::<T>(0.507), a1)),
    );
    let a6 = -((c::<T>(-0.971)).powi(1));
    let a2: T = ((c::<T>(1.3)) * x[4]) * a5;
    ((((u3 + w4) + a5) * a6) + a2) + x[0]
}

fn p46_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(ALPHA))
        / (((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    let a2 = (a1 / ((k::<D>(2.0)) + x[1].sin())) - ((k::<D>(-0.6)) - a1);
    let (u3, w4) = (
        ((k::<D>(1.1))
            + (((k::<D>(2.0)) + ((k::<D>(-1.165)).sin()))
                * ((k::<D>(2.0)) + ((k::<D>(-1.165)).sin()))))
        .acosh(),
        k::<D>(1.965),
    );
    let a5 = (x[4].sin().tan() * x[4].sin().tan()
        + ((k::<D>(0.5)) + ((x[2] * (k::<D>(0.507)) + a1) * (x[2] * (k::<D>(0.507)) + a1)))
            * ((k::<D>(0.5)) + ((x[2] * (k::<D>(0.507)) + a1) * (x[2] * (k::<D>(0.507)) + a1))))
        .sqrt();
    let a6 = -((k::<D>(-0.971)).powi(1));
    let a2: D = ((k::<D>(1.3)) * x[4]) * a5;
    ((((u3 + w4) + a5) * a6) + a2) + x[0]
}

#[differentiable]
fn p47(x: &[f64], y: f64) -> f64 {
    let a1 = if (0.5 + (f64::exp(x[4]) * Float::exp(x[4]))).ln_1p() > -0.44 {
        std::f64::consts::E / y.cosh()
    } else {
        x[0]
    };
    let (u2, w3) = (
        f64::min(y + x[1], y),
        f64::log10(Float::cosh(x[2].exp_m1().sin())),
    );
    let a4 = -(-x[4]);
    let mut m5 = (0.5
        + ((2.0 + Float::sin(Float::powi(1.5 + 0.43f64.tanh(), -1)))
            * (2.0 + (((1.5 + 0.43f64.tanh()).powi(-1)).sin()))))
    .ln_1p();
    if w3 * w3 > w3 - x[3] {
        m5 = (0.5 * m5) + x[2];
    } else {
        m5 = Float::max(m5, f64::powf(1.5_f64 + x[3].tanh(), y).abs());
    }
    let mut s6 = 0.0;
    for i7 in 2..3 {
        s6 = f64::tanh((0.7f64 * s6) + ((1.0 + (u2 * u2)).ln()));
        let mut m8 = a4 / (1.0_f64 + (m5.tanh() * m5.tanh()));
        s6 -= (s6 * y).cos();
    }
    ((((u2 * w3) + a4) * m5) + s6) + x[4]
}

fn p47_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if (((k::<D>(0.5)) + (x[4].exp() * x[4].exp())).ln_1p()).re() > (k::<D>(-0.44)).re() {
        (k::<D>(std::f64::consts::E)) / y.cosh()
    } else {
        x[0]
    };
    let (u2, w3) = (dmin(y + x[1], y), x[2].exp_m1().sin().cosh().log10());
    let a4 = -(-x[4]);
    let mut m5 = ((k::<D>(0.5))
        + (((k::<D>(2.0)) + ((((k::<D>(1.5)) + ((k::<D>(0.43)).tanh())).powi(-1)).sin()))
            * ((k::<D>(2.0)) + ((((k::<D>(1.5)) + ((k::<D>(0.43)).tanh())).powi(-1)).sin()))))
    .ln_1p();
    if (w3 * w3).re() > (w3 - x[3]).re() {
        m5 = ((k::<D>(0.5)) * m5) + x[2];
    } else {
        m5 = dmax(m5, ((y * ((k::<D>(1.5)) + x[3].tanh()).ln()).exp()).abs());
    }
    let mut s6 = k::<D>(0.0);
    for i7 in 2..3 {
        s6 = (((k::<D>(0.7)) * s6) + (((k::<D>(1.0)) + (u2 * u2)).ln())).tanh();
        let mut m8 = a4 / ((k::<D>(1.0)) + (m5.tanh() * m5.tanh()));
        s6 -= (s6 * y).cos();
    }
    ((((u2 * w3) + a4) * m5) + s6) + x[4]
}

#[differentiable]
fn p48(x0: f64, x1: f64, nk: usize) -> f64 {
    let a1: f64 = ((-1.4) - (-0.2)).atan();
    let mut s2 = 1.0;
    for i3 in 0..nk {
        s2 *= 1.0_f64 + (0.3 * ((a1 * (i3 as f64)).sin()));
        let a4 = x0 - x0;
        s2 *= 1.0 + (0.3 * (((x1 / (2.0 + a4.sin())) + ((1.0f64 + (a1 * a1)).powi(-1))).sin()));
        s2 *= 1.0 + (0.3_f64 * f64::sin(a1));
        if i3 < 1 {
            break;
        }
    }
    let mut m5: f64 = x1 - s2;
    if !(p23(f64::cos(s2), a1.tanh(), a1.cos()) <= -0.42_f64) {
        return x0;
    }
    if (-0.82).exp2() > p35(m5.sin(), -1.191) && m5 > x0 {
        s2 = (0.5 * s2) + (-x1);
    }
    let mut s6: f64 = 1.0;
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        s2 *= 1.0f64 + (0.3_f64 * f64::sin(m5));
        let a8 = x0;
        let mut m9 = -s6;
        m9 = (0.5f64 * m9) + x1.cos();
    }
    if Float::powf(1.0 + (x0 * x0), s2.atan()) > -0.09 && -1.7 > a1 {
        s2 /= 1.0 + (s2.cos().exp2().atan() * Float::exp2(s2.cos()).atan());
    }
    f64::tanh(0.001 * ((((x1 + a1) + s2) + m5) + s6))
}

fn p48_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1: D = ((k::<D>(-1.4)) - (k::<D>(-0.2))).atan();
    let mut s2 = k::<D>(1.0);
    for i3 in 0..nk {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a1 * (k::<D>(i3 as f64))).sin()));
        let a4 = x0 - x0;
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((x1 / ((k::<D>(2.0)) + a4.sin())) + (((k::<D>(1.0)) + (a1 * a1)).powi(-1)))
                    .sin()));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
        if i3 < 1 {
            break;
        }
    }
    let mut m5: D = x1 - s2;
    if !(p23_d(s2.cos(), a1.tanh(), a1.cos()).re() <= (k::<D>(-0.42)).re()) {
        return x0;
    }
    if ((k::<D>(-0.82)).exp2()).re() > p35_d(m5.sin(), k::<D>(-1.191)).re() && m5.re() > x0.re() {
        s2 = ((k::<D>(0.5)) * s2) + (-x1);
    }
    let mut s6: D = k::<D>(1.0);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m5.sin());
        let a8 = x0;
        let mut m9 = -s6;
        m9 = ((k::<D>(0.5)) * m9) + x1.cos();
    }
    if ((s2.atan() * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp()).re() > (k::<D>(-0.09)).re()
        && (k::<D>(-1.7)).re() > a1.re()
    {
        s2 /= (k::<D>(1.0)) + (s2.cos().exp2().atan() * s2.cos().exp2().atan());
    }
    ((k::<D>(0.001)) * ((((x1 + a1) + s2) + m5) + s6)).tanh()
}

#[differentiable]
fn p49(x: &[f64], nk: usize) -> f64 {
    let a1 = 0.6_f64 + (-1.9);
    let (u2, w3) = (
        (1.0 + ((-(-x[1])) * (-(-x[1])))).powi(-1),
        ((1.0 + (a1.atan().exp_m1().sin() * Float::exp_m1(a1.atan()).sin())).powf(-x[1]))
            / (2.0 + f64::sin((x[3] * a1) / (1.0 + ((a1 - x[0]) * (a1 - x[0]))))),
    );
    let (u4, w5) = (x[4] * core::f64::consts::PI, f64::exp2(u2));
    let a6 = if f64::recip(1.0 + ((-0.2) * (-0.2))) > u4 + w3 {
        x[2].atan() - (x[2] - w5)
    } else {
        (1.5 + f64::tanh(a1)).log10()
    };
    let mut s7 = 1.0;
    for i8 in 0..x.len() - 1 {
        let a9 = x[i8];
        s7 = (0.5 * s7) + x[i8 + 1].exp().log2().sin();
        s7 *= 1.0_f64 + (0.3_f64 * Float::cos(Float::exp(u4.cos())));
    }
    ((((w3 + u4) + w5) - a6) * s7) + x[2]
}

fn p49_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = (k::<D>(0.6)) + (k::<D>(-1.9));
    let (u2, w3) = (
        ((k::<D>(1.0)) + ((-(-x[1])) * (-(-x[1])))).powi(-1),
        (((-x[1]) * ((k::<D>(1.0)) + (a1.atan().exp_m1().sin() * a1.atan().exp_m1().sin())).ln())
            .exp())
            / ((k::<D>(2.0))
                + (((x[3] * a1) / ((k::<D>(1.0)) + ((a1 - x[0]) * (a1 - x[0])))).sin())),
    );
    let (u4, w5) = (x[4] * (k::<D>(core::f64::consts::PI)), u2.exp2());
    let a6 = if (((k::<D>(1.0)) + ((k::<D>(-0.2)) * (k::<D>(-0.2)))).recip()).re() > (u4 + w3).re()
    {
        x[2].atan() - (x[2] - w5)
    } else {
        ((k::<D>(1.5)) + a1.tanh()).log10()
    };
    let mut s7 = k::<D>(1.0);
    for i8 in 0..x.len() - 1 {
        let a9 = x[i8];
        s7 = ((k::<D>(0.5)) * s7) + x[i8 + 1].exp().log2().sin();
        s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u4.cos().exp().cos());
    }
    ((((w3 + u4) + w5) - a6) * s7) + x[2]
}

#[differentiable]
fn p50<T>(x: &[T], nk: usize) -> T
where
    T: Float + NumAssign,
{
    let a1 = ((c::<T>(0.9))
        * Float::tanh(Float::tanh((c::<T>(ALPHA)) * (c::<T>(std::f64::consts::E)))))
    .acos();
    let (u2, w3) = (
        T::sqrt((c::<T>(2.0)) + ((c::<T>(0.02)).sin())),
        ((c::<T>(0.9)) * ((c::<T>(0.8)).sin())).acos(),
    );
    let (u4, w5) = (w3 + (c::<T>(-0.318)), w3 / (T::one() + (u2 * u2)));
    let mut s6: T = c::<T>(1.0);
    for i7 in 0..x.len() - 1 {
        for i8 in 0..x.len() - 1 {
            let u2 = s6;
            let a9: T = (((c::<T>(V[i7])) - w3) * ((c::<T>(i7 as f64)).min(w5)))
                + (((c::<T>(i7 as f64)) / ((c::<T>(1.0)) + (x[i8 + 1] * x[i8 + 1]))).cos());
            let (u10, w11) = (
                T::powi(w3.sin(), 3),
                T::tanh(c::<T>(i7 as f64)) * p30(x[i8 + 1], T::atan(u2)),
            );
            if i7 < 4 {
                continue;
            }
            s6 -= (T::floor(u10) * u10.tanh()).tanh();
            s6 -= T::powf(
                T::from(1.5).unwrap() + T::exp(x[i8]).tanh(),
                x[i8 + 1].exp_m1().cos(),
            )
            .cos();
        }
        s6 /= (c::<T>(2.0)) + x[i7].sin();
        let a12 = ((c::<T>(0.9)) * w3.tanh().tanh()).asin();
        s6 *= T::one()
            + (T::from(0.3).unwrap() * Float::exp2(p30(Float::sin(s6), w3.tanh()).tanh()).sin());
    }
    for i13 in 0..nk {
        let a14 = T::cos((((c::<T>(ALPHA)) * u2).cos()).mul_add(Float::tanh(w5), x[1]));
        s6 += u4.tanh();
        s6 = ((c::<T>(0.5)) * s6) + T::sin((c::<T>(-0.368)).powi(3));
    }
    ((c::<T>(0.001)) * (((((u2 + w3) * u4) + w5) + s6) + x[3])).tanh()
}

fn p50_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = ((k::<D>(0.9)) * ((((k::<D>(ALPHA)) * (k::<D>(std::f64::consts::E))).tanh()).tanh()))
        .acos();
    let (u2, w3) = (
        ((k::<D>(2.0)) + ((k::<D>(0.02)).sin())).sqrt(),
        ((k::<D>(0.9)) * ((k::<D>(0.8)).sin())).acos(),
    );
    let (u4, w5) = (w3 + (k::<D>(-0.318)), w3 / ((k::<D>(1.0)) + (u2 * u2)));
    let mut s6: D = k::<D>(1.0);
    for i7 in 0..x.len() - 1 {
        for i8 in 0..x.len() - 1 {
            let u2 = s6;
            let a9: D = (((k::<D>(V[i7])) - w3) * dmin(k::<D>(i7 as f64), w5))
                + (((k::<D>(i7 as f64)) / ((k::<D>(1.0)) + (x[i8 + 1] * x[i8 + 1]))).cos());
            let (u10, w11) = (
                w3.sin().powi(3),
                ((k::<D>(i7 as f64)).tanh()) * p30_d(x[i8 + 1], u2.atan()),
            );
            if i7 < 4 {
                continue;
            }
            s6 -= ((k::<D>(u10.re().floor())) * u10.tanh()).tanh();
            s6 -= ((x[i8 + 1].exp_m1().cos() * ((k::<D>(1.5)) + x[i8].exp().tanh()).ln()).exp())
                .cos();
        }
        s6 /= (k::<D>(2.0)) + x[i7].sin();
        let a12 = ((k::<D>(0.9)) * w3.tanh().tanh()).asin();
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * p30_d(s6.sin(), w3.tanh()).tanh().exp2().sin());
    }
    for i13 in 0..nk {
        let a14 = ((((k::<D>(ALPHA)) * u2).cos()) * w5.tanh() + x[1]).cos();
        s6 += u4.tanh();
        s6 = ((k::<D>(0.5)) * s6) + (((k::<D>(-0.368)).powi(3)).sin());
    }
    ((k::<D>(0.001)) * (((((u2 + w3) * u4) + w5) + s6) + x[3])).tanh()
}

#[differentiable]
fn p51<T: Float>(x: [T; 4]) -> T {
    let a1 = Float::log10(
        (c::<T>(1.5))
            + ((((c::<T>(0.9))
                * Float::tanh(c::<T>(core::f64::consts::PI))
                    .mul_add(c::<T>(1.1), c::<T>(core::f64::consts::PI))
                    .atan()
                    .tanh())
            .acos())
            .tanh()),
    );
    let mut s2: T = c::<T>(1.0);
    for &i3 in x.iter() {
        let i3 = a1;
        let a4 = a1.signum() * s2.sin();
        s2 = s2 - i3.sin();
    }
    let a5 = if a1 + s2 < x[2].mul_add(x[1], x[3]) {
        a1
    } else {
        x[1] * T::exp(Float::sinh(T::from(1.92).unwrap()).atan())
    };
    let mut s6 = T::one();
    for i7 in 1..3 {
        let a8 = x[1].exp2().cos();
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::sin(
                        (T::from(1.1).unwrap()
                            + (Float::hypot(
                                s2.tanh() - s2.hypot((c::<T>(0.5)) + (a5 * a5)),
                                c::<T>(1.0),
                            ) * ((T::tanh(s2) - s2.hypot((c::<T>(0.5)) + (a5 * a5)))
                                .hypot(T::one()))))
                        .acosh(),
                    )));
        if i7 > 0 {
            break;
        }
        s2 = (((c::<T>(0.7)) * s2)
            + (((c::<T>(1.1))
                + ((T::from(1.5).unwrap() + p30((a1 - a1).atan(), (x[1] * x[1]).sin()).tanh())
                    * ((c::<T>(1.5)) + p30((a1 - a1).atan(), T::sin(x[1] * x[1])).tanh())))
            .acosh()))
        .atan();
        s2 = s2 - ((((c::<T>(core::f64::consts::PI)) / ((c::<T>(1.836)).exp())) + a8).atan());
    }
    s2 = (((c::<T>(0.7)) * s2)
        + ((((a5
            / (((((c::<T>(0.9)) * (((c::<T>(ALPHA)).atan()).sin())).acos()).sin()).cosh()))
        .tanh())
        .sin())
        .tan()))
    .sin();
    s6 = ((c::<T>(0.5)) * s6)
        + (((c::<T>(core::f64::consts::PI)) + a1) / T::cosh(Float::atan(-(c::<T>(BETA)))));
    (((a1 + s2) + a5) + s6) + x[0]
}

fn p51_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.5))
        + ((((k::<D>(0.9))
            * (((((k::<D>(core::f64::consts::PI)).tanh()) * (k::<D>(1.1))
                + (k::<D>(core::f64::consts::PI)))
            .atan())
            .tanh()))
        .acos())
        .tanh()))
    .log10();
    let mut s2: D = k::<D>(1.0);
    for &i3 in x.iter() {
        let i3 = a1;
        let a4 = (k::<D>(a1.re().signum())) * s2.sin();
        s2 -= i3.sin();
    }
    let a5 = if (a1 + s2).re() < (x[2] * x[1] + x[3]).re() {
        a1
    } else {
        x[1] * ((((k::<D>(1.92)).sinh()).atan()).exp())
    };
    let mut s6 = k::<D>(1.0);
    for i7 in 1..3 {
        let a8 = x[1].exp2().cos();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + ((((s2.tanh()
                        - ((s2 * s2
                            + ((k::<D>(0.5)) + (a5 * a5)) * ((k::<D>(0.5)) + (a5 * a5)))
                            .sqrt()))
                        * (s2.tanh()
                            - ((s2 * s2
                                + ((k::<D>(0.5)) + (a5 * a5))
                                    * ((k::<D>(0.5)) + (a5 * a5)))
                                .sqrt()))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                        * (((s2.tanh()
                            - ((s2 * s2
                                + ((k::<D>(0.5)) + (a5 * a5))
                                    * ((k::<D>(0.5)) + (a5 * a5)))
                                .sqrt()))
                            * (s2.tanh()
                                - ((s2 * s2
                                    + ((k::<D>(0.5)) + (a5 * a5))
                                        * ((k::<D>(0.5)) + (a5 * a5)))
                                    .sqrt()))
                            + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())))
                .acosh())
                .sin()));
        if i7 > 0 {
            break;
        }
        s2 = (((k::<D>(0.7)) * s2)
            + (((k::<D>(1.1))
                + (((k::<D>(1.5)) + p30_d((a1 - a1).atan(), (x[1] * x[1]).sin()).tanh())
                    * ((k::<D>(1.5)) + p30_d((a1 - a1).atan(), (x[1] * x[1]).sin()).tanh())))
            .acosh()))
        .atan();
        s2 -= (((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.836)).exp())) + a8).atan();
    }
    s2 = (((k::<D>(0.7)) * s2)
        + ((((a5
            / (((((k::<D>(0.9)) * (((k::<D>(ALPHA)).atan()).sin())).acos()).sin()).cosh()))
        .tanh())
        .sin())
        .tan()))
    .sin();
    s6 = ((k::<D>(0.5)) * s6)
        + (((k::<D>(core::f64::consts::PI)) + a1) / (((-(k::<D>(BETA))).atan()).cosh()));
    (((a1 + s2) + a5) + s6) + x[0]
}

#[differentiable]
fn p52<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let mut s1: T = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = if i2 <= 1 {
            (T::from(1.5).unwrap()
                + T::sqrt((c::<T>(2.0)) + ((c::<T>(-1.0)).sin()))
                    .tanh()
                    .tanh())
            .log10()
        } else {
            Float::sin(x0.exp() / ((c::<T>(2.0)) + Float::sin(x1 * (c::<T>(i2 as f64))))).exp()
        };
        if i2 == 1 {
            break;
        }
        let a4 = x0 / ((c::<T>(2.0)) + T::sin(T::cosh(Float::abs(x0))));
        s1 = ((c::<T>(0.5)) * s1)
            + ((Float::ceil(a4.sin()) * Float::recip((c::<T>(1.5)) + x0.tanh())).tanh());
    }
    for i5 in 2..5 {
        let a6: T = x0 + x0;
        s1 = (((c::<T>(0.7)) * s1)
            + T::ln_1p(
                T::from(0.5).unwrap() + (((c::<T>(1.0)) + (x1 * x1)) * ((c::<T>(1.0)) + (x1 * x1))),
            ))
        .cos();
    }
    s1 = s1 - (c::<T>(core::f64::consts::PI));
    for i7 in 0..3 {
        let a8 = x1;
        let mut s9: T = c::<T>(0.5);
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            let a11 = ((-x1).exp()).log10();
            let a12 = if i7 % 2 == 1 {
                c::<T>(0.9)
            } else {
                x1 - (Float::tanh(s9 + (c::<T>(V[i7]))) * Float::atan(a11 - x1))
            };
            let mut m13 = T::mul_add(
                a8 * a8,
                ((c::<T>(i10 as f64)).hypot(
                    T::from(0.5).unwrap()
                        + ((c::<T>(core::f64::consts::PI)) * (c::<T>(core::f64::consts::PI))),
                ))
                .sin(),
                a11 / ((c::<T>(1.0)) + (a8 * a8)),
            );
            m13 = m13 - Float::atan(((c::<T>(0.3)).exp()).ln());
            s1 = s1 - T::sin(a8.exp2());
        }
        s1 = (((c::<T>(0.7)) * s1) + x0).tanh();
    }
    if !(((c::<T>(0.5)) + (x0.cosh() * Float::cosh(x0))).ln_1p() > T::from(0.62).unwrap()) {
        return Float::exp2((s1 - (c::<T>(-1.745))).sin());
    }
    let a14: T = ((c::<T>(1.0)) + ((c::<T>(-0.71)) * (c::<T>(-0.71)))).ln();
    let mut s15: T = c::<T>(0.5);
    let mut i16 = 0;
    while i16 < 4 {
        i16 += 1;
        for i17 in (i16 + 1)..7 {
            let (u18, w19) = (
                s15.atan() * T::cos((-s15) - s15.asinh()),
                a14.tanh()
                    .mul_add(
                        Float::exp(T::from(0.98).unwrap()).tanh(),
                        s1 / ((c::<T>(i17 as f64)).hypot(c::<T>(1.0))),
                    )
                    .atan()
                    * (s1.sin() * s15.sin().cosh().sin()),
            );
            s15 = s15 / ((c::<T>(1.0)) + (x0 * x0));
        }
        s15 = ((c::<T>(0.5)) * s15) + (((c::<T>(W[i16])).sin()).atan());
    }
    let mut m20 = s1 - (T::sin(s1) * a14);
    ((c::<T>(0.001)) * ((((x1 + s1) + a14) * s15) + m20)).tanh()
}

fn p52_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = if i2 <= 1 {
            ((k::<D>(1.5)) + (((((k::<D>(2.0)) + ((k::<D>(-1.0)).sin())).sqrt()).tanh()).tanh()))
                .log10()
        } else {
            ((x0.exp() / ((k::<D>(2.0)) + ((x1 * (k::<D>(i2 as f64))).sin()))).sin()).exp()
        };
        if i2 == 1 {
            break;
        }
        let a4 = x0 / ((k::<D>(2.0)) + x0.abs().cosh().sin());
        s1 = ((k::<D>(0.5)) * s1)
            + (((k::<D>(a4.sin().re().ceil())) * (((k::<D>(1.5)) + x0.tanh()).recip())).tanh());
    }
    for i5 in 2..5 {
        let a6: D = x0 + x0;
        s1 = (((k::<D>(0.7)) * s1)
            + (((k::<D>(0.5)) + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1))))
                .ln_1p()))
        .cos();
    }
    s1 -= k::<D>(core::f64::consts::PI);
    for i7 in 0..3 {
        let a8 = x1;
        let mut s9: D = k::<D>(0.5);
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            let a11 = ((-x1).exp()).log10();
            let a12 = if i7 % 2 == 1 {
                k::<D>(0.9)
            } else {
                x1 - (((s9 + (k::<D>(V[i7]))).tanh()) * ((a11 - x1).atan()))
            };
            let mut m13 = ((a8 * a8)
                * ((((k::<D>(i10 as f64)) * (k::<D>(i10 as f64))
                    + ((k::<D>(0.5))
                        + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
                        * ((k::<D>(0.5))
                            + ((k::<D>(core::f64::consts::PI))
                                * (k::<D>(core::f64::consts::PI)))))
                .sqrt())
                .sin())
                + (a11 / ((k::<D>(1.0)) + (a8 * a8))));
            m13 -= (((k::<D>(0.3)).exp()).ln()).atan();
            s1 -= a8.exp2().sin();
        }
        s1 = (((k::<D>(0.7)) * s1) + x0).tanh();
    }
    if !((((k::<D>(0.5)) + (x0.cosh() * x0.cosh())).ln_1p()).re() > (k::<D>(0.62)).re()) {
        return ((s1 - (k::<D>(-1.745))).sin()).exp2();
    }
    let a14: D = ((k::<D>(1.0)) + ((k::<D>(-0.71)) * (k::<D>(-0.71)))).ln();
    let mut s15: D = k::<D>(0.5);
    let mut i16 = 0;
    while i16 < 4 {
        i16 += 1;
        for i17 in (i16 + 1)..7 {
            let (u18, w19) = (
                s15.atan() * (((-s15) - s15.asinh()).cos()),
                ((a14.tanh() * (((k::<D>(0.98)).exp()).tanh())
                    + (s1
                        / (((k::<D>(i17 as f64)) * (k::<D>(i17 as f64))
                            + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())))
                .atan())
                    * (s1.sin() * s15.sin().cosh().sin()),
            );
            s15 /= (k::<D>(1.0)) + (x0 * x0);
        }
        s15 = ((k::<D>(0.5)) * s15) + (((k::<D>(W[i16])).sin()).atan());
    }
    let mut m20 = s1 - (s1.sin() * a14);
    ((k::<D>(0.001)) * ((((x1 + s1) + a14) * s15) + m20)).tanh()
}

#[differentiable]
fn p53<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float,
{
    let (u1, w2) = (
        c::<T>(-1.9),
        x2 / (T::one()
            + (Float::cosh(x1).log(Float::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * x0.sin())))
                * x1.cosh()
                    .log(Float::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(x0)))))),
    );
    let (u3, w4) = (
        ((c::<T>(1.0)) + (x2.hypot(c::<T>(1.0)).log10() * Float::log10(x2.hypot(c::<T>(1.0)))))
            .sqrt(),
        ((c::<T>(1.0)) + (w2.exp2().sin() * w2.exp2().sin()))
            .powf((((c::<T>(0.9)) * T::sin(T::from(-0.5).unwrap())).acos()).cos()),
    );
    let a5 = if p52(w2, w4.cos()) >= T::from(0.75).unwrap() {
        w4
    } else {
        (w4.sin() - (c::<T>(-0.7))).sin()
    };
    let a6 = w4.atan().exp().ln();
    let a7 = a6.atan().mul_add(c::<T>(-0.5), x1);
    (((u3 + w4) + a5) + a6) + a7
}

fn p53_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        k::<D>(-1.9),
        x2 / ((k::<D>(1.0))
            + ((x1.cosh().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln())
                * (x1.cosh().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln()))),
    );
    let (u3, w4) = (
        ((k::<D>(1.0))
            + ((((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10())
                * (((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10())))
        .sqrt(),
        (((((k::<D>(0.9)) * ((k::<D>(-0.5)).sin())).acos()).cos())
            * ((k::<D>(1.0)) + (w2.exp2().sin() * w2.exp2().sin())).ln())
        .exp(),
    );
    let a5 = if p52_d(w2, w4.cos()).re() >= (k::<D>(0.75)).re() {
        w4
    } else {
        (w4.sin() - (k::<D>(-0.7))).sin()
    };
    let a6 = w4.atan().exp().ln();
    let a7 = (a6.atan() * (k::<D>(-0.5)) + x1);
    (((u3 + w4) + a5) + a6) + a7
}

#[differentiable]
fn p54(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (x0.atan(), 0.366.exp2());
    let a3 = (-(w2 - 0.8)) - ((1.0 + (x0 * x0)).powi(0));
    let mut s4 = 1.0_f64;
    for i5 in 2..6 {
        let mut m6 = 1.7;
        m6 -= f64::tanh(f64::exp_m1(-1.0));
        s4 = ((0.7 * s4) + (i5 as f64)).sin();
    }
    let mut s7 = 0.5;
    for i8 in 1..4 {
        if !(f64::atan(a3) <= -0.43) {
            continue;
        }
        s7 -= (s4 + a3).sin();
        s7 = (0.5 * s7) + Float::sin(p0(s4.cos(), u1.sin(), w2.sin()));
    }
    (((u1 + w2) + a3) + s4) - s7
}

fn p54_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x0.atan(), (k::<D>(0.366)).exp2());
    let a3 = (-(w2 - (k::<D>(0.8)))) - (((k::<D>(1.0)) + (x0 * x0)).powi(0));
    let mut s4 = k::<D>(1.0);
    for i5 in 2..6 {
        let mut m6 = k::<D>(1.7);
        m6 -= ((k::<D>(-1.0)).exp_m1()).tanh();
        s4 = (((k::<D>(0.7)) * s4) + (k::<D>(i5 as f64))).sin();
    }
    let mut s7 = k::<D>(0.5);
    for i8 in 1..4 {
        if !(a3.atan().re() <= (k::<D>(-0.43)).re()) {
            continue;
        }
        s7 -= (s4 + a3).sin();
        s7 = ((k::<D>(0.5)) * s7) + p0_d(s4.cos(), u1.sin(), w2.sin()).sin();
    }
    (((u1 + w2) + a3) + s4) - s7
}

#[differentiable]
fn p55(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a1 = x0;
    let a2: f64 = 0.4 - x1;
    let a3 = x0;
    let a2 = Float::powf(1.0f64 + (x0 * x0), x1);
    let a4 = if x1 > -0.63 { x0 + a3 } else { f64::cos(x2) };
    let mut m5 = (1.11 * x1) * Float::asin(0.9 * 1.0.tanh());
    let mut m6 = -a2;
    (((a3 + a2) + a4) + m5) + m6
}

fn p55_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = x0;
    let a2: D = (k::<D>(0.4)) - x1;
    let a3 = x0;
    let a2 = (x1 * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp();
    let a4 = if x1.re() > (k::<D>(-0.63)).re() {
        x0 + a3
    } else {
        x2.cos()
    };
    let mut m5 = ((k::<D>(1.11)) * x1) * (((k::<D>(0.9)) * ((k::<D>(1.0)).tanh())).asin());
    let mut m6 = -a2;
    (((a3 + a2) + a4) + m5) + m6
}

#[differentiable]
fn p56(x0: f64, x1: f64) -> f64 {
    let mut m1: f64 = f64::atan(x0.powi(3));
    let mut s2 = 0.5;
    for i3 in 0..3 {
        let mut s4: f64 = 1.0;
        if i3 > 0 {
            continue;
        }
        let mut i5 = 0;
        while i5 < 1 {
            i5 += 1;
            let a6 = (1.1 + ((1.0 + (x1 * x1)) * (1.0 + (x1 * x1)))).acosh();
            s2 *= 1.0_f64 + (0.3f64 * ((W[i5] - m1).sin()));
            s2 *= 1.0f64 + (0.3 * ((-0.65).sin()));
        }
        let a7 = (0.9f64 * f64::sin(Float::sin(BETA))).asin();
        s4 *= 1.0 + (0.3_f64 * x1.sin());
    }
    let a8 = if (0.9 * f64::sin(std::f64::consts::E).sin()).atanh() > 0.33 {
        m1 + s2.cos().powi(3)
    } else {
        f64::cos(ALPHA).exp_m1()
    };
    let a9 = (1.0 + (((-m1).atan()) * ((-m1).atan()))).powf((x1 - s2).cos());
    if f64::powi(a9.atan(), 1) < -0.92 {
        return a9;
    }
    let (u10, w11) = (
        Float::cos((0.9 * f64::tanh(a8 - (-1.28)).tanh()).asin())
            .sin()
            .tan(),
        (a9.tanh() / (((a9 - (-1.05_f64)).atan()).cosh())).cos(),
    );
    (((s2 + a8) + a9) + u10) + w11
}

fn p56_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = x0.powi(3).atan();
    let mut s2 = k::<D>(0.5);
    for i3 in 0..3 {
        let mut s4: D = k::<D>(1.0);
        if i3 > 0 {
            continue;
        }
        let mut i5 = 0;
        while i5 < 1 {
            i5 += 1;
            let a6 = ((k::<D>(1.1)) + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1))))
                .acosh();
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(W[i5])) - m1).sin()));
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.65)).sin()));
        }
        let a7 = ((k::<D>(0.9)) * (((k::<D>(BETA)).sin()).sin())).asin();
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin());
    }
    let a8 = if (((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).sin()).sin())).atanh()).re()
        > (k::<D>(0.33)).re()
    {
        m1 + s2.cos().powi(3)
    } else {
        ((k::<D>(ALPHA)).cos()).exp_m1()
    };
    let a9 = (((x1 - s2).cos()) * ((k::<D>(1.0)) + (((-m1).atan()) * ((-m1).atan()))).ln()).exp();
    if a9.atan().powi(1).re() < (k::<D>(-0.92)).re() {
        return a9;
    }
    let (u10, w11) = (
        (((((k::<D>(0.9)) * (((a8 - (k::<D>(-1.28))).tanh()).tanh())).asin()).cos()).sin()).tan(),
        (a9.tanh() / (((a9 - (k::<D>(-1.05))).atan()).cosh())).cos(),
    );
    (((s2 + a8) + a9) + u10) + w11
}

#[differentiable]
fn p57<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1: T = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let mut i3 = 0;
        while i3 < 1 {
            i3 += 1;
            let a4 = (T::from(1.1).unwrap() + (T::tanh(x1 * x0).cosh() * T::tanh(x1 * x0).cosh()))
                .acosh();
            s1 = s1.max((-s1).cos());
            s1 = ((c::<T>(0.5)) * s1) + ((x0 - s1).atan());
        }
        let mut s5 = c::<T>(0.5);
        let mut i6 = 0;
        while i6 < 2 {
            i6 += 1;
            let a7 = if Float::atanh((c::<T>(0.9)) * ((c::<T>(-1.8)).tanh())) >= c::<T>(0.99) {
                s1
            } else {
                if i2 == 3 {
                    s5.sin().exp().powf(s1.sin()).tanh().exp2()
                } else {
                    Float::ln_1p((c::<T>(0.5)) + (T::exp(x0) * Float::exp(x0)))
                        - T::asinh(c::<T>(0.7))
                }
            };
            let a8 = s1.tanh().exp().powf(T::from(-1.4).unwrap()) + x0;
            s1 *= T::one()
                + ((c::<T>(0.3))
                    * Float::atanh(T::from(0.9).unwrap() * Float::sin(c::<T>(-1.164))).sin());
            s1 = s1.min((((Float::cos(c::<T>(i6 as f64)) * a7.sin()).cos()).sinh()).sin());
        }
        s1 = (((c::<T>(0.7)) * s1) + s1.tanh()).cos();
        s1 = s1.min(
            Float::cbrt(T::one() + ((c::<T>(1.0)) * T::one()))
                .cos()
                .sinh()
                .tanh(),
        );
    }
    let mut s9: T = c::<T>(0.5);
    for i10 in 2..3 {
        let a11 = x1;
        s9 = ((c::<T>(0.5)) * s9)
            + (((c::<T>(W[i10])) / (T::from(1.5).unwrap() + x0.tanh())).atan());
        s1 /= T::from(2.0).unwrap() + ((s1 + s9).sin());
        s9 = ((c::<T>(0.5)) * s9) + ((x0 / ((c::<T>(1.5)) + Float::tanh(c::<T>(0.582)))).atan());
    }
    let a12 = s1.atan().mul_add(
        ((c::<T>(1.1))
            + (((c::<T>(1.5)) + ((c::<T>(-1.82)).tanh()))
                * ((c::<T>(1.5)) + T::from(-1.82).unwrap().tanh())))
        .acosh(),
        c::<T>(0.335),
    );
    let mut s13 = c::<T>(1.0);
    for i14 in 1..=5 {
        if i14 <= 3 {
            break;
        }
        let (u15, w16) = (
            ((c::<T>(1.5)) + (((c::<T>(ALPHA)) * (c::<T>(1.2))).tanh())).log10(),
            s1 + s13.sin(),
        );
        let (u17, w18) = (
            c::<T>(ALPHA),
            (((c::<T>(0.9)) * s9.tanh().sin()).asin()).tanh(),
        );
        s9 += Float::atan(u17.atan() - (w16 - s9));
        s9 += T::tanh(u17.tanh().powi(3));
    }
    let a19 = a12;
    (((s1 + s9) + a12) + s13) + a19
}

fn p57_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let mut i3 = 0;
        while i3 < 1 {
            i3 += 1;
            let a4 = ((k::<D>(1.1)) + ((((x1 * x0).tanh()).cosh()) * (((x1 * x0).tanh()).cosh())))
                .acosh();
            s1 = dmax(s1, (-s1).cos());
            s1 = ((k::<D>(0.5)) * s1) + ((x0 - s1).atan());
        }
        let mut s5 = k::<D>(0.5);
        let mut i6 = 0;
        while i6 < 2 {
            i6 += 1;
            let a7 = if (((k::<D>(0.9)) * ((k::<D>(-1.8)).tanh())).atanh()).re()
                >= (k::<D>(0.99)).re()
            {
                s1
            } else {
                if i2 == 3 {
                    (((s1.sin() * s5.sin().exp().ln()).exp()).tanh()).exp2()
                } else {
                    (((k::<D>(0.5)) + (x0.exp() * x0.exp())).ln_1p()) - ((k::<D>(0.7)).asinh())
                }
            };
            let a8 = (((k::<D>(-1.4)) * s1.tanh().exp().ln()).exp()) + x0;
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * ((k::<D>(-1.164)).sin())).atanh()).sin()));
            s1 = dmin(
                s1,
                (((((k::<D>(i6 as f64)).cos()) * a7.sin()).cos()).sinh()).sin(),
            );
        }
        s1 = (((k::<D>(0.7)) * s1) + s1.tanh()).cos();
        s1 = dmin(
            s1,
            (((((k::<D>(1.0)) + ((k::<D>(1.0)) * (k::<D>(1.0)))).cbrt()).cos()).sinh()).tanh(),
        );
    }
    let mut s9: D = k::<D>(0.5);
    for i10 in 2..3 {
        let a11 = x1;
        s9 = ((k::<D>(0.5)) * s9) + (((k::<D>(W[i10])) / ((k::<D>(1.5)) + x0.tanh())).atan());
        s1 /= (k::<D>(2.0)) + ((s1 + s9).sin());
        s9 = ((k::<D>(0.5)) * s9) + ((x0 / ((k::<D>(1.5)) + ((k::<D>(0.582)).tanh()))).atan());
    }
    let a12 = (s1.atan()
        * (((k::<D>(1.1))
            + (((k::<D>(1.5)) + ((k::<D>(-1.82)).tanh()))
                * ((k::<D>(1.5)) + ((k::<D>(-1.82)).tanh()))))
        .acosh())
        + (k::<D>(0.335)));
    let mut s13 = k::<D>(1.0);
    for i14 in 1..=5 {
        if i14 <= 3 {
            break;
        }
        let (u15, w16) = (
            ((k::<D>(1.5)) + (((k::<D>(ALPHA)) * (k::<D>(1.2))).tanh())).log10(),
            s1 + s13.sin(),
        );
        let (u17, w18) = (
            k::<D>(ALPHA),
            (((k::<D>(0.9)) * s9.tanh().sin()).asin()).tanh(),
        );
        s9 += (u17.atan() - (w16 - s9)).atan();
        s9 += u17.tanh().powi(3).tanh();
    }
    let a19 = a12;
    (((s1 + s9) + a12) + s13) + a19
}

#[differentiable]
fn p58(x0: f64, x1: f64) -> f64 {
    let a1 = if Float::log2(2.0 + x0.sin()) <= ((-1.62).round()) * x1 {
        x0.cosh()
            .powi(0)
            .max(f64::powf(2.0 + x1.sin(), -0.7) + x1.cosh())
    } else {
        ((x0 * x1) - f64::hypot(-1.972, 1.0_f64).log2()) * ((x1 * x0).asinh())
    };
    let (u2, w3) = (
        ((1.1_f64 + ((2.0 + x1.sin()) * (2.0_f64 + x1.sin()))).acosh())
            .hypot(0.5 + (Float::log2(1.5 + 0.62.tanh()) * ((1.5 + Float::tanh(0.62)).log2()))),
        x0,
    );
    let mut s4 = 0.5f64;
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let mut m6 = (i5 as f64);
        m6 += s4
            .sin()
            .mul_add((2.0_f64 + f64::sin(x1)).powi(-1), 0.57 * V[i5])
            .cos();
    }
    let a7 = ((1.0 + (u2.atan() * u2.atan())).log2()) - (-x0);
    let mut m8: f64 = 0.8;
    let (u9, w10) = (std::f64::consts::E + a1, x0 * x1);
    (((s4 + a7) + m8) + u9) + w10
}

fn p58_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if (((k::<D>(2.0)) + x0.sin()).log2()).re()
        <= ((k::<D>((k::<D>(-1.62)).re().round())) * x1).re()
    {
        dmax(
            x0.cosh().powi(0),
            (((k::<D>(-0.7)) * ((k::<D>(2.0)) + x1.sin()).ln()).exp()) + x1.cosh(),
        )
    } else {
        ((x0 * x1)
            - ((((k::<D>(-1.972)) * (k::<D>(-1.972)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                .log2()))
            * ((x1 * x0).asinh())
    };
    let (u2, w3) = (
        ((((k::<D>(1.1)) + (((k::<D>(2.0)) + x1.sin()) * ((k::<D>(2.0)) + x1.sin()))).acosh())
            * (((k::<D>(1.1)) + (((k::<D>(2.0)) + x1.sin()) * ((k::<D>(2.0)) + x1.sin())))
                .acosh())
            + ((k::<D>(0.5))
                + ((((k::<D>(1.5)) + ((k::<D>(0.62)).tanh())).log2())
                    * (((k::<D>(1.5)) + ((k::<D>(0.62)).tanh())).log2())))
                * ((k::<D>(0.5))
                    + ((((k::<D>(1.5)) + ((k::<D>(0.62)).tanh())).log2())
                        * (((k::<D>(1.5)) + ((k::<D>(0.62)).tanh())).log2()))))
        .sqrt(),
        x0,
    );
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let mut m6 = k::<D>(i5 as f64);
        m6 += (s4.sin() * (((k::<D>(2.0)) + x1.sin()).powi(-1))
            + ((k::<D>(0.57)) * (k::<D>(V[i5]))))
        .cos();
    }
    let a7 = (((k::<D>(1.0)) + (u2.atan() * u2.atan())).log2()) - (-x0);
    let mut m8: D = k::<D>(0.8);
    let (u9, w10) = ((k::<D>(std::f64::consts::E)) + a1, x0 * x1);
    (((s4 + a7) + m8) + u9) + w10
}

#[differentiable]
fn p59<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a1 = T::from(0.3).unwrap()
        / Float::exp(
            T::ln(Float::exp(x1))
                .tanh()
                .mul_add(
                    p38(x2, x2),
                    if c::<T>(1.3) >= c::<T>(-0.67) { x1 } else { x0 },
                )
                .atan(),
        );
    let mut s2: T = c::<T>(0.0);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 = (T::one()
            + (T::powf((c::<T>(i3 as f64)).exp(), s2.sin()).tanh()
                * Float::tanh(T::powf(Float::exp(c::<T>(i3 as f64)), T::sin(s2)))))
        .log2();
        let mut m5: T = ((c::<T>(core::f64::consts::PI)) / (T::one() + (x1 * x1))).hypot(
            T::from(0.5).unwrap()
                + ((a4 / (T::from(2.0).unwrap() + x1.sin())) * (a4 / ((c::<T>(2.0)) + x1.sin()))),
        );
        let (u6, w7) = (
            (x2 + ((c::<T>(-1.099)) - (c::<T>(core::f64::consts::PI)))).atan(),
            Float::exp_m1((((c::<T>(-1.1)).cosh()).powf((x1 - s2).tanh())).atan()),
        );
        m5 = (T::from(0.5).unwrap() * m5) + T::exp2(x1).sin();
        s2 = (((c::<T>(0.7)) * s2) + a1).cos();
    }
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        if i8 != 0 {
            s2 = s2.min(T::mul_add(x2, (c::<T>(ALPHA)).tanh(), x0).tanh());
        } else {
            s2 = s2.min(
                (((c::<T>(1.0)) + (x2 * x2))
                    .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * Float::sin(Float::tanh(s2)))).exp()))
                .tanh(),
            );
        }
        s2 = ((c::<T>(0.5)) * s2)
            + Float::tanh(
                ((c::<T>(1.1)) + (((c::<T>(2.0)) + x2.sin()) * ((c::<T>(2.0)) + x2.sin()))).acosh(),
            );
    }
    let mut m9 = x0 / x2.cosh();
    let a10 = if ((c::<T>(1.5)) + m9.tanh()).log(T::exp(
        (c::<T>(0.5)) + ((c::<T>(0.4)) * T::from(0.2).unwrap().sin()),
    )) > ((c::<T>(-1.6)).trunc()) * s2.atan()
    {
        ((c::<T>(1.5)) + a1.tanh()).powi(-1)
    } else {
        x0 + a1
    };
    (((x2 + a1) - s2) + m9) + a10
}

fn p59_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (k::<D>(0.3))
        / (((x1.exp().ln().tanh() * p38_d(x2, x2)
            + (if (k::<D>(1.3)).re() >= (k::<D>(-0.67)).re() {
                x1
            } else {
                x0
            }))
        .atan())
        .exp());
    let mut s2: D = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 = ((k::<D>(1.0))
            + ((((s2.sin() * ((k::<D>(i3 as f64)).exp()).ln()).exp()).tanh())
                * (((s2.sin() * ((k::<D>(i3 as f64)).exp()).ln()).exp()).tanh())))
        .log2();
        let mut m5: D = (((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.0)) + (x1 * x1)))
            * ((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.0)) + (x1 * x1)))
            + ((k::<D>(0.5))
                + ((a4 / ((k::<D>(2.0)) + x1.sin())) * (a4 / ((k::<D>(2.0)) + x1.sin()))))
                * ((k::<D>(0.5))
                    + ((a4 / ((k::<D>(2.0)) + x1.sin())) * (a4 / ((k::<D>(2.0)) + x1.sin())))))
        .sqrt();
        let (u6, w7) = (
            (x2 + ((k::<D>(-1.099)) - (k::<D>(core::f64::consts::PI)))).atan(),
            (((((x1 - s2).tanh()) * ((k::<D>(-1.1)).cosh()).ln()).exp()).atan()).exp_m1(),
        );
        m5 = ((k::<D>(0.5)) * m5) + x1.exp2().sin();
        s2 = (((k::<D>(0.7)) * s2) + a1).cos();
    }
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        if i8 != 0 {
            s2 = dmin(s2, (x2 * ((k::<D>(ALPHA)).tanh()) + x0).tanh());
        } else {
            s2 = dmin(
                s2,
                (((k::<D>(1.0)) + (x2 * x2)).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s2.tanh().sin())).exp()).ln())
                .tanh(),
            );
        }
        s2 = ((k::<D>(0.5)) * s2)
            + ((((k::<D>(1.1)) + (((k::<D>(2.0)) + x2.sin()) * ((k::<D>(2.0)) + x2.sin())))
                .acosh())
            .tanh());
    }
    let mut m9 = x0 / x2.cosh();
    let a10 = if (((k::<D>(1.5)) + m9.tanh()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(0.2)).sin()))).exp()).ln())
    .re()
        > ((k::<D>((k::<D>(-1.6)).re().trunc())) * s2.atan()).re()
    {
        ((k::<D>(1.5)) + a1.tanh()).powi(-1)
    } else {
        x0 + a1
    };
    (((x2 + a1) - s2) + m9) + a10
}

#[differentiable]
fn p60(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1: f64 = 1.0;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = std::f64::consts::E.cos();
        if x1.cos() * s1.tanh() < -0.4 {
            break;
        }
        s1 += (Float::tanh(-s1) * x2).sin();
        s1 *= 1.0 + (0.3 * ((-x1.exp()).sin()));
    }
    for i4 in 2..3 {
        let a5 = f64::exp_m1(x1);
        if Float::atan(x1) * s1.cos() <= x2 - x2 {
            continue;
        }
        let mut m6: f64 = f64::log2(2.0 + ((0.2f64 / (2.0 + x1.sin())).sin()));
        m6 += Float::atan(m6);
        m6 *= 1.0 + (0.3 * m6.sin());
    }
    let mut s7 = 1.0;
    for i8 in 0..nk {
        let (u9, w10) = (
            (1.0 + ((i8 as f64) * (i8 as f64))).powf(f64::tanh(s1)),
            W[i8],
        );
        let (u11, w12) = (
            -Float::atanh(0.9 * 1.973.tanh()),
            f64::sin((0.66 - x2).tanh()),
        );
        s7 -= f64::powi(s7.cos(), 2).tanh();
    }
    for i13 in 2..=3 {
        for i14 in 0..nk {
            let mut m15: f64 = s7;
            if i13 != 2 {
                continue;
            }
            m15 *= 1.0_f64 + (0.3 * Float::sin(core::f64::consts::PI.round() * s1.cos()));
            m15 *= 1.0 + (0.3 * Float::cos(Float::exp(s1.atan())));
        }
        s7 = ((0.7 * s7) + (V[i13] / f64::cosh(x2))).tanh();
        s7 = (0.5 * s7) + p56(s1.atan(), Float::tanh(f64::exp(x1))).sin();
    }
    s1 = ((0.7 * s1) + Float::log10(1.0 + (f64::cos(s1) * Float::cos(s1)))).tanh();
    let (u16, w17) = (
        f64::asin(0.9 * Float::sin(f64::sin(std::f64::consts::E)))
            .cos()
            .powi(2),
        (Float::trunc(x1 / ((-1.5).cosh())) * x1)
            / f64::exp(((x0 / f64::cosh(x0)) * ((-0.887) * s7)).cos()),
    );
    (((x2 + s1) * s7) + u16) + w17
}

fn p60_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1: D = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = (k::<D>(std::f64::consts::E)).cos();
        if (x1.cos() * s1.tanh()).re() < (k::<D>(-0.4)).re() {
            break;
        }
        s1 += (((-s1).tanh()) * x2).sin();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-x1.exp()).sin()));
    }
    for i4 in 2..3 {
        let a5 = x1.exp_m1();
        if (x1.atan() * s1.cos()).re() <= (x2 - x2).re() {
            continue;
        }
        let mut m6: D =
            ((k::<D>(2.0)) + (((k::<D>(0.2)) / ((k::<D>(2.0)) + x1.sin())).sin())).log2();
        m6 += m6.atan();
        m6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m6.sin());
    }
    let mut s7 = k::<D>(1.0);
    for i8 in 0..nk {
        let (u9, w10) = (
            (s1.tanh() * ((k::<D>(1.0)) + ((k::<D>(i8 as f64)) * (k::<D>(i8 as f64)))).ln()).exp(),
            k::<D>(W[i8]),
        );
        let (u11, w12) = (
            -(((k::<D>(0.9)) * ((k::<D>(1.973)).tanh())).atanh()),
            (((k::<D>(0.66)) - x2).tanh()).sin(),
        );
        s7 -= s7.cos().powi(2).tanh();
    }
    for i13 in 2..=3 {
        for i14 in 0..nk {
            let mut m15: D = s7;
            if i13 != 2 {
                continue;
            }
            m15 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((k::<D>((k::<D>(core::f64::consts::PI)).re().round())) * s1.cos()).sin()));
            m15 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.atan().exp().cos());
        }
        s7 = (((k::<D>(0.7)) * s7) + ((k::<D>(V[i13])) / x2.cosh())).tanh();
        s7 = ((k::<D>(0.5)) * s7) + p56_d(s1.atan(), x1.exp().tanh()).sin();
    }
    s1 = (((k::<D>(0.7)) * s1) + (((k::<D>(1.0)) + (s1.cos() * s1.cos())).log10())).tanh();
    let (u16, w17) = (
        ((((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).sin()).sin())).asin()).cos()).powi(2),
        ((k::<D>((x1 / ((k::<D>(-1.5)).cosh())).re().trunc())) * x1)
            / ((((x0 / x0.cosh()) * ((k::<D>(-0.887)) * s7)).cos()).exp()),
    );
    (((x2 + s1) * s7) + u16) + w17
}

#[differentiable]
fn p61<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (
        x1,
        x1.asinh()
            / (T::one()
                + ((x0.floor() * T::from(-1.219).unwrap()) * (x0.floor() * (c::<T>(-1.219))))),
    );
    let mut s3 = T::zero();
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5: T =
            (c::<T>(i4 as f64)) + T::powi(T::one() + ((c::<T>(-1.62)) * (c::<T>(-1.62))), -2);
        s3 -= Float::tanh(u1.mul_add((c::<T>(ALPHA)).cos(), x0) - (T::atan(s3) * x0));
    }
    let a6 = s3.cos();
    (((x1 + u1) - w2) + s3) - a6
}

fn p61_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        x1,
        x1.asinh()
            / ((k::<D>(1.0))
                + (((k::<D>(x0.re().floor())) * (k::<D>(-1.219)))
                    * ((k::<D>(x0.re().floor())) * (k::<D>(-1.219))))),
    );
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5: D =
            (k::<D>(i4 as f64)) + (((k::<D>(1.0)) + ((k::<D>(-1.62)) * (k::<D>(-1.62)))).powi(-2));
        s3 -= ((u1 * ((k::<D>(ALPHA)).cos()) + x0) - (s3.atan() * x0)).tanh();
    }
    let a6 = s3.cos();
    (((x1 + u1) - w2) + s3) - a6
}

#[differentiable]
fn p62<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let a1 = y.atan2((c::<T>(0.5)) + (y.sin() * y.sin()));
    let (u2, w3) = (
        ((c::<T>(2.0)) + ((x[2].cosh().log10() * x[4].sin()).sin())).log(
            ((c::<T>(0.5))
                + ((c::<T>(0.4)) * p38(Float::atan(y.sin()), T::sin(c::<T>(-1.9))).tanh().sin()))
            .exp(),
        ),
        (T::from(0.9).unwrap() * Float::cos(a1.cos().powi(3)).tanh()).acos(),
    );
    let mut s4 = c::<T>(1.0);
    for i5 in x {
        let a6 = s4;
        let a7 = *i5;
        s4 -= Float::sin(Float::cosh(y));
    }
    let mut m9: T = (T::from(0.9).unwrap()
        * (({
            let t8 = a1;
            T::from(0.9).unwrap()
        })
        .tanh()))
    .atanh();
    ((((a1 + u2) * w3) + s4) + m9) + x[4]
}

fn p62_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = datan2(y, (k::<D>(0.5)) + (y.sin() * y.sin()));
    let (u2, w3) = (
        (((k::<D>(2.0)) + ((x[2].cosh().log10() * x[4].sin()).sin())).ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4)) * p38_d(y.sin().atan(), (k::<D>(-1.9)).sin()).tanh().sin()))
            .exp())
            .ln()),
        ((k::<D>(0.9)) * a1.cos().powi(3).cos().tanh()).acos(),
    );
    let mut s4 = k::<D>(1.0);
    for i5 in x {
        let a6 = s4;
        let a7 = *i5;
        s4 -= y.cosh().sin();
    }
    let mut m9: D = ((k::<D>(0.9))
        * (({
            let t8 = a1;
            k::<D>(0.9)
        })
        .tanh()))
    .atanh();
    ((((a1 + u2) * w3) + s4) + m9) + x[4]
}

#[differentiable]
fn p63<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1: T = T::sinh(Float::atan(x2.exp_m1()));
    let (u3, w4) = (
        T::from(0.899).unwrap(),
        ((c::<T>(1.5))
            + ((Float::cos(x0)
                + ({
                    let t2 = T::from(0.67).unwrap();
                    c::<T>(0.32)
                }))
            .tanh()))
        .powf((T::exp_m1(x0) - T::from(1.05).unwrap().min(x0)).tanh()),
    );
    let mut s5 = c::<T>(0.0);
    for i6 in 2..6 {
        let a7 = if i6 % 2 == 0 {
            (Float::asinh(u3) / ((c::<T>(1.0)) + (w4.cos() * T::cos(w4)))).tanh()
        } else {
            Float::powi(
                ((((c::<T>(0.9)) * s5.cos().tanh()).asin()) * (x2 / ((c::<T>(1.0)) + (x0 * x0))))
                    .hypot(T::one()),
                -2,
            )
        };
        if s5 >= ((c::<T>(0.9)) * x0.tanh()).atanh() {
            break;
        }
        s5 /= w4.asinh().cosh();
    }
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        s5 = (((c::<T>(0.7)) * s5) + a1.sin()).sin();
        let a9 = ((c::<T>(2.0)) + x1.sin()).sqrt();
        let a10 = ((c::<T>(2.0))
            + ((T::exp2(Float::sin(w4))
                / (T::one()
                    + (Float::recip((c::<T>(1.5)) + T::tanh(s5))
                        * (((c::<T>(1.5)) + s5.tanh()).recip()))))
            .sin()))
        .powf(Float::atan(a1).exp_m1().atan());
        s5 /= (c::<T>(1.0)) + (((-w4).sin()) * Float::sin(-w4));
    }
    s5 += (((T::from(1.986).unwrap() / (T::one() + ((c::<T>(0.32)) * T::from(0.32).unwrap())))
        .hypot((c::<T>(0.5)) + ((s5 + w4) * (s5 + w4))))
        + T::from(0.794).unwrap())
    .atan();
    (((x2 - a1) + u3) * w4) + s5
}

fn p63_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = x2.exp_m1().atan().sinh();
    let (u3, w4) = (
        k::<D>(0.899),
        (((x0.exp_m1() - dmin(k::<D>(1.05), x0)).tanh())
            * ((k::<D>(1.5))
                + ((x0.cos()
                    + ({
                        let t2 = k::<D>(0.67);
                        k::<D>(0.32)
                    }))
                .tanh()))
            .ln())
        .exp(),
    );
    let mut s5 = k::<D>(0.0);
    for i6 in 2..6 {
        let a7 = if i6 % 2 == 0 {
            (u3.asinh() / ((k::<D>(1.0)) + (w4.cos() * w4.cos()))).tanh()
        } else {
            ((((((k::<D>(0.9)) * s5.cos().tanh()).asin()) * (x2 / ((k::<D>(1.0)) + (x0 * x0))))
                * ((((k::<D>(0.9)) * s5.cos().tanh()).asin())
                    * (x2 / ((k::<D>(1.0)) + (x0 * x0))))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .powi(-2)
        };
        if s5.re() >= (((k::<D>(0.9)) * x0.tanh()).atanh()).re() {
            break;
        }
        s5 /= w4.asinh().cosh();
    }
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        s5 = (((k::<D>(0.7)) * s5) + a1.sin()).sin();
        let a9 = ((k::<D>(2.0)) + x1.sin()).sqrt();
        let a10 = (a1.atan().exp_m1().atan()
            * ((k::<D>(2.0))
                + ((w4.sin().exp2()
                    / ((k::<D>(1.0))
                        + ((((k::<D>(1.5)) + s5.tanh()).recip())
                            * (((k::<D>(1.5)) + s5.tanh()).recip()))))
                .sin()))
            .ln())
        .exp();
        s5 /= (k::<D>(1.0)) + (((-w4).sin()) * ((-w4).sin()));
    }
    s5 += (((((k::<D>(1.986)) / ((k::<D>(1.0)) + ((k::<D>(0.32)) * (k::<D>(0.32)))))
        * ((k::<D>(1.986)) / ((k::<D>(1.0)) + ((k::<D>(0.32)) * (k::<D>(0.32)))))
        + ((k::<D>(0.5)) + ((s5 + w4) * (s5 + w4))) * ((k::<D>(0.5)) + ((s5 + w4) * (s5 + w4))))
        .sqrt())
        + (k::<D>(0.794)))
    .atan();
    (((x2 - a1) + u3) * w4) + s5
}

#[differentiable]
fn p64<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = c::<T>(core::f64::consts::PI);
    let a2 = ((-((c::<T>(-2.0)).powi(1))).hypot(c::<T>(1.0))).powi(-1);
    let (u3, w4) = (
        ((c::<T>(2.0)) + ((((c::<T>(2.0)) + ((c::<T>(1.65)).sin())).recip()).sin())).log2(),
        (((c::<T>(std::f64::consts::E)) / ((c::<T>(2.0)) + Float::sin(a1))).hypot(c::<T>(1.0)))
            .powf(Float::tanh(a1)),
    );
    let a5: T = c::<T>(-1.323);
    let mut s6 = T::from(0.5).unwrap();
    for &i7 in x.iter() {
        let a8 = x[0] / ((c::<T>(1.5)) + s6.tanh());
        let mut m10 = {
            let t9 = i7 - a8;
            Float::hypot(
                ((c::<T>(1.5)) + a2.tanh()).powi(0),
                (c::<T>(0.5))
                    + ((a1 / (T::from(2.0).unwrap() + T::sin(a5)))
                        * (a1 / ((c::<T>(2.0)) + a5.sin()))),
            )
        };
        let a11 = (c::<T>(BETA)).asinh();
        s6 -= (-a11.tanh()).cos();
        m10 -= x[1].sin();
    }
    ((((a2 + u3) + w4) - a5) + s6) + x[0]
}

fn p64_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(core::f64::consts::PI);
    let a2 = (((-((k::<D>(-2.0)).powi(1))) * (-((k::<D>(-2.0)).powi(1)))
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .powi(-1);
    let (u3, w4) = (
        ((k::<D>(2.0)) + ((((k::<D>(2.0)) + ((k::<D>(1.65)).sin())).recip()).sin())).log2(),
        (a1.tanh()
            * ((((k::<D>(std::f64::consts::E)) / ((k::<D>(2.0)) + a1.sin()))
                * ((k::<D>(std::f64::consts::E)) / ((k::<D>(2.0)) + a1.sin()))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .ln())
        .exp(),
    );
    let a5: D = k::<D>(-1.323);
    let mut s6 = k::<D>(0.5);
    for &i7 in x.iter() {
        let a8 = x[0] / ((k::<D>(1.5)) + s6.tanh());
        let mut m10 = {
            let t9 = i7 - a8;
            ((((k::<D>(1.5)) + a2.tanh()).powi(0)) * (((k::<D>(1.5)) + a2.tanh()).powi(0))
                + ((k::<D>(0.5))
                    + ((a1 / ((k::<D>(2.0)) + a5.sin())) * (a1 / ((k::<D>(2.0)) + a5.sin()))))
                    * ((k::<D>(0.5))
                        + ((a1 / ((k::<D>(2.0)) + a5.sin())) * (a1 / ((k::<D>(2.0)) + a5.sin())))))
            .sqrt()
        };
        let a11 = (k::<D>(BETA)).asinh();
        s6 -= (-a11.tanh()).cos();
        m10 -= x[1].sin();
    }
    ((((a2 + u3) + w4) - a5) + s6) + x[0]
}

#[differentiable]
fn p65(x: [f64; 5]) -> f64 {
    let a1 = if -0.647_f64 > 0.51f64 || x[3] < x[2] && std::f64::consts::E < core::f64::consts::PI {
        BETA
    } else {
        std::f64::consts::E
    };
    let (u2, w3) = (
        a1,
        (x[3] / (1.0 + ((-1.7) * (-1.7)))).hypot(0.5f64 + ((-1.04) * (-1.04))),
    );
    let mut s4 = 1.0;
    for i5 in 1..4 {
        s4 += f64::acos(0.9 * Float::sin(f64::tanh(f64::floor(V[i5]) * x[1].powi(2)))).atan();
        let u2: f64 = (((2.0_f64 + a1.sin()).ln()) - 1.3.sin()).cos();
        s4 -= Float::cosh(u2).sin();
        s4 = (0.5 * s4) + Float::atan(f64::sin(W[i5]).tan());
    }
    let mut m6 = a1;
    s4 = ((0.7 * s4) + x[4]).cos();
    ((((a1 + u2) + w3) * s4) + m6) - x[0]
}

fn p65_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = if (k::<D>(-0.647)).re() > (k::<D>(0.51)).re()
        || x[3].re() < x[2].re()
            && (k::<D>(std::f64::consts::E)).re() < (k::<D>(core::f64::consts::PI)).re()
    {
        k::<D>(BETA)
    } else {
        k::<D>(std::f64::consts::E)
    };
    let (u2, w3) = (
        a1,
        ((x[3] / ((k::<D>(1.0)) + ((k::<D>(-1.7)) * (k::<D>(-1.7)))))
            * (x[3] / ((k::<D>(1.0)) + ((k::<D>(-1.7)) * (k::<D>(-1.7)))))
            + ((k::<D>(0.5)) + ((k::<D>(-1.04)) * (k::<D>(-1.04))))
                * ((k::<D>(0.5)) + ((k::<D>(-1.04)) * (k::<D>(-1.04)))))
        .sqrt(),
    );
    let mut s4 = k::<D>(1.0);
    for i5 in 1..4 {
        s4 += (((k::<D>(0.9))
            * ((((k::<D>((k::<D>(V[i5])).re().floor())) * x[1].powi(2)).tanh()).sin()))
        .acos())
        .atan();
        let u2: D = ((((k::<D>(2.0)) + a1.sin()).ln()) - ((k::<D>(1.3)).sin())).cos();
        s4 -= u2.cosh().sin();
        s4 = ((k::<D>(0.5)) * s4) + ((((k::<D>(W[i5])).sin()).tan()).atan());
    }
    let mut m6 = a1;
    s4 = (((k::<D>(0.7)) * s4) + x[4]).cos();
    ((((a1 + u2) + w3) * s4) + m6) - x[0]
}

#[differentiable]
fn p66(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if i2 >= 0 {
            break;
        }
        let (u4, w5) = (
            -(((1.0_f64 + (ALPHA * ALPHA)).sqrt()) / (1.0 + ((-x0) * (-x0)))),
            {
                let t3 = x0;
                x0.atan().round() * ((s1.tanh() * ALPHA).tanh())
            },
        );
        let a6 = (i2 as f64).cos();
        s1 -= ((-1.8) - a6).cos();
        s1 -= ((1.5 + x1.tanh()).powf((i2 as f64).tanh())).atan();
    }
    if Float::exp(x1).log2() < 1.2 * x1 {
        s1 *= 1.0_f64 + (0.3 * f64::sin(x0.sinh()));
    } else {
        s1 += s1.sin().exp_m1();
    }
    let a7 = x1 / (1.0 + (1.889_f64 * 1.889f64));
    if core::f64::consts::PI / x0.cosh() < 0.26_f64 {
        s1 *= 1.0 + (0.3_f64 * x1.sin());
    } else {
        s1 *= 1.0 + (0.3 * x1.exp().cos());
    }
    for i8 in 2..3 {
        s1 *= 1.0f64 + (0.3 * a7.sin());
        let mut m9 = p30(1.24, a7);
        m9 = ((0.7 * m9) + ((x0 * (i8 as f64)) + (s1 - m9))).sin();
        s1 -= x1.cos();
        if (1.1 + ((2.0 + 0.493.sin()) * (2.0 + 0.493.sin()))).acosh() > 0.29 {
            break;
        }
    }
    (0.001 * (((x0 + x1) + s1) + a7)).tanh()
}

fn p66_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if i2 >= 0 {
            break;
        }
        let (u4, w5) = (
            -((((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).sqrt())
                / ((k::<D>(1.0)) + ((-x0) * (-x0)))),
            {
                let t3 = x0;
                (k::<D>(x0.atan().re().round())) * ((s1.tanh() * (k::<D>(ALPHA))).tanh())
            },
        );
        let a6 = (k::<D>(i2 as f64)).cos();
        s1 -= ((k::<D>(-1.8)) - a6).cos();
        s1 -= ((((k::<D>(i2 as f64)).tanh()) * ((k::<D>(1.5)) + x1.tanh()).ln()).exp()).atan();
    }
    if x1.exp().log2().re() < ((k::<D>(1.2)) * x1).re() {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.sinh().sin());
    } else {
        s1 += s1.sin().exp_m1();
    }
    let a7 = x1 / ((k::<D>(1.0)) + ((k::<D>(1.889)) * (k::<D>(1.889))));
    if ((k::<D>(core::f64::consts::PI)) / x0.cosh()).re() < (k::<D>(0.26)).re() {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin());
    } else {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.exp().cos());
    }
    for i8 in 2..3 {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a7.sin());
        let mut m9 = p30_d(k::<D>(1.24), a7);
        m9 = (((k::<D>(0.7)) * m9) + ((x0 * (k::<D>(i8 as f64))) + (s1 - m9))).sin();
        s1 -= x1.cos();
        if (((k::<D>(1.1))
            + (((k::<D>(2.0)) + ((k::<D>(0.493)).sin()))
                * ((k::<D>(2.0)) + ((k::<D>(0.493)).sin()))))
        .acosh())
        .re()
            > (k::<D>(0.29)).re()
        {
            break;
        }
    }
    ((k::<D>(0.001)) * (((x0 + x1) + s1) + a7)).tanh()
}

#[differentiable]
fn p67<T>(x: &[T], y: T) -> T
where
    T: Float + NumAssign,
{
    let a1: T = c::<T>(BETA);
    let mut s2 = c::<T>(0.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        s2 = ((c::<T>(0.5)) * s2)
            + Float::asinh(if x[1] >= T::from(-0.61).unwrap() {
                a1
            } else {
                x[2]
            })
            .sin();
        s2 -= Float::sin((c::<T>(W[i3])) - (c::<T>(core::f64::consts::PI)));
        s2 = ((c::<T>(0.5)) * s2) + ((c::<T>(1.31)).tanh());
    }
    let (u4, w5) = (a1 + x[2], Float::acos((c::<T>(0.9)) * x[0].sin()));
    let mut s6 = c::<T>(0.5);
    for i7 in 0..x.len() / 2 {
        if s6.asinh() <= w5.atan() {
            break;
        }
        s6 = (((c::<T>(0.7)) * s6) + (-w5.asinh())).tanh();
        s6 *= T::one() + (T::from(0.3).unwrap() * Float::sin(-y));
        s2 *= T::one() + ((c::<T>(0.3)) * (((((c::<T>(V[i7])).sinh()).tanh()).exp()).cos()));
    }
    if x[1].exp2() > ((c::<T>(2.0)) + T::sin(x[0])).powi(-2) {
        s6 -= ((c::<T>(0.9)) * T::sin(T::sin(Float::cos((c::<T>(1.7)) - y).sinh()))).asin();
    } else {
        s2 = (((c::<T>(0.7)) * s2)
            + (((c::<T>(1.5)).cos()) / ((c::<T>(2.0)) + ((c::<T>(1.2)).sin()))))
        .atan();
    }
    s2 -= -(-((c::<T>(0.59)).exp()));
    ((((a1 - s2) + u4) + w5) + s6) + x[1]
}

fn p67_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = k::<D>(BETA);
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        s2 = ((k::<D>(0.5)) * s2)
            + (((if x[1].re() >= (k::<D>(-0.61)).re() {
                a1
            } else {
                x[2]
            })
            .asinh())
            .sin());
        s2 -= ((k::<D>(W[i3])) - (k::<D>(core::f64::consts::PI))).sin();
        s2 = ((k::<D>(0.5)) * s2) + ((k::<D>(1.31)).tanh());
    }
    let (u4, w5) = (a1 + x[2], ((k::<D>(0.9)) * x[0].sin()).acos());
    let mut s6 = k::<D>(0.5);
    for i7 in 0..x.len() / 2 {
        if s6.asinh().re() <= w5.atan().re() {
            break;
        }
        s6 = (((k::<D>(0.7)) * s6) + (-w5.asinh())).tanh();
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-y).sin()));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((k::<D>(V[i7])).sinh()).tanh()).exp()).cos()));
    }
    if x[1].exp2().re() > (((k::<D>(2.0)) + x[0].sin()).powi(-2)).re() {
        s6 -= ((k::<D>(0.9)) * ((((((k::<D>(1.7)) - y).cos()).sinh()).sin()).sin())).asin();
    } else {
        s2 = (((k::<D>(0.7)) * s2)
            + (((k::<D>(1.5)).cos()) / ((k::<D>(2.0)) + ((k::<D>(1.2)).sin()))))
        .atan();
    }
    s2 -= -(-((k::<D>(0.59)).exp()));
    ((((a1 - s2) + u4) + w5) + s6) + x[1]
}

#[differentiable]
fn p68<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (
        x1,
        ((c::<T>(2.0)) + Float::sin(c::<T>(std::f64::consts::E))).powi(0),
    );
    let (u3, w4) = (
        (w2 + w2) * w2,
        Float::powf(Float::exp(u1), x1) / ((c::<T>(1.0)) + (x1 * x1)),
    );
    let (u5, w6) = (w4.tanh().mul_add(u1, x0), x0);
    let a7 = x0.asinh();
    (((u3 + w4) + u5) + w6) + a7
}

fn p68_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        x1,
        ((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin())).powi(0),
    );
    let (u3, w4) = (
        (w2 + w2) * w2,
        ((x1 * u1.exp().ln()).exp()) / ((k::<D>(1.0)) + (x1 * x1)),
    );
    let (u5, w6) = ((w4.tanh() * u1 + x0), x0);
    let a7 = x0.asinh();
    (((u3 + w4) + u5) + w6) + a7
}

#[differentiable]
fn p69(x: [f64; 6]) -> f64 {
    let a1 = 1.56.cos() - (if x[4] >= -0.32 { -0.7 } else { 0.4 });
    let a2 = -x[5];
    let a3 = if x[1].mul_add(a2, x[0]) > 0.82_f64 {
        x[0] / ((((1.0 + (a2 * a2)).log2()).tanh()).exp())
    } else {
        -((-0.6).powi(1))
    };
    let mut m4 = x[3].hypot(0.5_f64 + ((-x[4]) * (-x[4])));
    let a3 = ((0.3f64 * (-0.3)) * x[0]) + (-(m4 * x[0]));
    (((a1 + a2) + m4) + a3) + x[4]
}

fn p69_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.56)).cos())
        - (if x[4].re() >= (k::<D>(-0.32)).re() {
            k::<D>(-0.7)
        } else {
            k::<D>(0.4)
        });
    let a2 = -x[5];
    let a3 = if (x[1] * a2 + x[0]).re() > (k::<D>(0.82)).re() {
        x[0] / (((((k::<D>(1.0)) + (a2 * a2)).log2()).tanh()).exp())
    } else {
        -((k::<D>(-0.6)).powi(1))
    };
    let mut m4 = (x[3] * x[3]
        + ((k::<D>(0.5)) + ((-x[4]) * (-x[4]))) * ((k::<D>(0.5)) + ((-x[4]) * (-x[4]))))
        .sqrt();
    let a3 = (((k::<D>(0.3)) * (k::<D>(-0.3))) * x[0]) + (-(m4 * x[0]));
    (((a1 + a2) + m4) + a3) + x[4]
}

#[differentiable]
fn p70<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (x2 + (c::<T>(BETA)), x2 * x1);
    let mut s3 = T::one();
    for i4 in 1..2 {
        let a5: T = (T::one() + (x2 * x2)).log10();
        s3 -= T::atan(s3 - (c::<T>(1.076)));
        s3 = ((c::<T>(0.5)) * s3)
            + (((((c::<T>(W[i4])).mul_add(T::cos(u1), x0))
                - (if i4 >= 0 { c::<T>(1.55) } else { u1 }))
                / ((c::<T>(1.0)) + (x1 * x1)))
                .tanh());
        s3 -= x2.tanh();
        s3 = s3.max(Float::tanh(a5 + u1));
    }
    let a6 = (c::<T>(-0.67)).atan();
    let (u7, w8) = (
        (c::<T>(-1.991)).cos(),
        u1 / (T::from(1.5).unwrap() + x2.tanh()),
    );
    (((w2 + s3) + a6) + u7) + w8
}

fn p70_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x2 + (k::<D>(BETA)), x2 * x1);
    let mut s3 = k::<D>(1.0);
    for i4 in 1..2 {
        let a5: D = ((k::<D>(1.0)) + (x2 * x2)).log10();
        s3 -= (s3 - (k::<D>(1.076))).atan();
        s3 = ((k::<D>(0.5)) * s3)
            + (((((k::<D>(W[i4])) * u1.cos() + x0) - (if i4 >= 0 { k::<D>(1.55) } else { u1 }))
                / ((k::<D>(1.0)) + (x1 * x1)))
                .tanh());
        s3 -= x2.tanh();
        s3 = dmax(s3, (a5 + u1).tanh());
    }
    let a6 = (k::<D>(-0.67)).atan();
    let (u7, w8) = ((k::<D>(-1.991)).cos(), u1 / ((k::<D>(1.5)) + x2.tanh()));
    (((w2 + s3) + a6) + u7) + w8
}

#[differentiable]
fn p71<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 2..=6 {
        let (u3, w4) = (
            Float::cos((c::<T>(i2 as f64)) + x0).exp(),
            (((c::<T>(0.9)) * T::tanh(Float::atan(s1))).atanh())
                - (((c::<T>(1.0)) + (x1 * x1)).powi(0)),
        );
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((x0.atan() * ((s1 + x0).cos())).sin()));
    }
    let a5 = Float::sin((T::from(2.0).unwrap() + x0.sin()).sqrt()) * s1.cos();
    let mut s6: T = c::<T>(0.0);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        s1 = s1.max(
            ({
                let t8 = c::<T>(-1.7);
                a5
            })
            .cos(),
        );
        let (u10, w11) = (
            (({
                let t9 = s6;
                c::<T>(W[i7])
            })
            .powi(1))
            .exp_m1(),
            T::from(1.707).unwrap(),
        );
        s6 -= (-x1).atan();
        s6 += (u10.sin() * s6.sin()).atan();
    }
    let a12 = x1;
    if a5 > c::<T>(-0.75) {
        return (((c::<T>(1.5)) + s6.tanh()).powi(-2))
            .clamp(T::from(-0.83).unwrap(), T::from(1.36).unwrap());
    }
    for i13 in 1..=5 {
        let a14 = T::tanh(a5)
            .exp()
            .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * ((c::<T>(1.3)).sin()))).exp())
            * ((c::<T>(1.178)).sinh());
        if (c::<T>(1.59)).sinh() < -s6 && c::<T>(W[i13]) <= c::<T>(-0.93) {
            break;
        }
        let a12 = T::mul_add(x1, T::cos(T::exp2(x1)), s6.abs());
        s1 += T::atan(s1.cos() * a5);
        s6 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * ((a5 - (c::<T>(-1.956))).sin()));
    }
    let mut s15 = T::one();
    let mut i16 = 0;
    while i16 < 4 {
        i16 += 1;
        if i16 >= 0 {
            s15 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((a12.cosh() + a5).sin()));
        }
        s6 = ((c::<T>(0.5)) * s6)
            + T::acosh((c::<T>(1.1)) + (s6.hypot(c::<T>(1.0)) * s6.hypot(c::<T>(1.0))))
                .atan2(T::from(0.5).unwrap() + (s15.min(a5) * s15.min(a5)))
                .atan();
        s6 = ((c::<T>(0.5)) * s6)
            + (((s1 + x0) - Float::powf(Float::tanh(s6).exp(), s15.sin())).tanh());
    }
    ((c::<T>(0.001)) * ((((s1 + a5) + s6) + a12) + s15)).tanh()
}

fn p71_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..=6 {
        let (u3, w4) = (
            (((k::<D>(i2 as f64)) + x0).cos()).exp(),
            (((k::<D>(0.9)) * s1.atan().tanh()).atanh()) - (((k::<D>(1.0)) + (x1 * x1)).powi(0)),
        );
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x0.atan() * ((s1 + x0).cos())).sin()));
    }
    let a5 = ((((k::<D>(2.0)) + x0.sin()).sqrt()).sin()) * s1.cos();
    let mut s6: D = k::<D>(0.0);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        s1 = dmax(
            s1,
            ({
                let t8 = k::<D>(-1.7);
                a5
            })
            .cos(),
        );
        let (u10, w11) = (
            (({
                let t9 = s6;
                k::<D>(W[i7])
            })
            .powi(1))
            .exp_m1(),
            k::<D>(1.707),
        );
        s6 -= (-x1).atan();
        s6 += (u10.sin() * s6.sin()).atan();
    }
    let a12 = x1;
    if a5.re() > (k::<D>(-0.75)).re() {
        return dclamp(
            ((k::<D>(1.5)) + s6.tanh()).powi(-2),
            k::<D>(-0.83),
            k::<D>(1.36),
        );
    }
    for i13 in 1..=5 {
        let a14 = (a5.tanh().exp().ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(1.3)).sin()))).exp()).ln())
            * ((k::<D>(1.178)).sinh());
        if ((k::<D>(1.59)).sinh()).re() < (-s6).re()
            && (k::<D>(W[i13])).re() <= (k::<D>(-0.93)).re()
        {
            break;
        }
        let a12 = (x1 * x1.exp2().cos() + s6.abs());
        s1 += (s1.cos() * a5).atan();
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a5 - (k::<D>(-1.956))).sin()));
    }
    let mut s15 = k::<D>(1.0);
    let mut i16 = 0;
    while i16 < 4 {
        i16 += 1;
        if i16 >= 0 {
            s15 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a12.cosh() + a5).sin()));
        }
        s6 = ((k::<D>(0.5)) * s6)
            + datan2(
                ((k::<D>(1.1))
                    + (((s6 * s6 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((s6 * s6 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh(),
                (k::<D>(0.5)) + (dmin(s15, a5) * dmin(s15, a5)),
            )
            .atan();
        s6 = ((k::<D>(0.5)) * s6)
            + (((s1 + x0) - ((s15.sin() * s6.tanh().exp().ln()).exp())).tanh());
    }
    ((k::<D>(0.001)) * ((((s1 + a5) + s6) + a12) + s15)).tanh()
}

#[differentiable]
fn p72(x: [f64; 6]) -> f64 {
    let a1 = x[0] / (2.0 + BETA.sin());
    let (u2, w3) = (p22(a1, a1), a1.exp());
    let (u5, w6) = (
        Float::atanh(0.9 * Float::sin(Float::atan(Float::cos(w3) + f64::acos(0.9 * 1.9.sin())))),
        (1.0 + (f64::powf(
            1.0 + ((({
                let t4 = -1.06;
                w3
            })
            .sin())
                * (({
                    let t4 = -1.06;
                    w3
                })
                .sin())),
            x[1],
        )
        .tanh()
            * Float::tanh(
                (1.0 + ((({
                    let t4 = -1.06_f64;
                    w3
                })
                .sin())
                    * (({
                        let t4 = -1.06;
                        w3
                    })
                    .sin())))
                .powf(x[1]),
            )))
        .sqrt(),
    );
    let mut s7 = 0.0;
    for i8 in 0..x.len() {
        if i8 < 4 {
            continue;
        }
        let a9 = if w3.sin().exp().recip() <= 0.33 {
            ((1.0 + (((i8 as f64).sin()) * ((i8 as f64).sin()))).ln()) + x[i8].atan()
        } else {
            (((-0.5f64).exp()).log10()).cos()
        };
        for &i10 in x.iter() {
            let u2 = x[i8] - f64::powi(1.5_f64 + x[i8].mul_add(x[i8], u5).tanh(), 0);
            let (u12, w13) = (
                (s7 / (1.0 + (core::f64::consts::PI * core::f64::consts::PI))) + (u5 - x[i8]),
                f64::mul_add(std::f64::consts::E.tanh(), x[i8], x[i8])
                    - f64::ln(1.5_f64 + Float::tanh(x[i8])),
            );
            s7 += (-(-1.8)).cos();
            s7 = ((0.7f64 * s7)
                + (if Float::asinh(1.0) > -s7 {
                    x[i8].hypot(1.0).powf(Float::sin(a9))
                } else {
                    x[i8] * std::f64::consts::E
                }))
            .atan();
        }
        let mut m14 = Float::acos(0.9 * f64::sin(f64::hypot(w3, 1.0).powi(-2)));
        s7 = f64::tanh((0.7 * s7) + 0.803.asinh());
        s7 = ((0.7 * s7) + (x[i8] * a1)).tanh();
    }
    if w3 - x[0] < -0.03 {
        return u2;
    }
    let a15 = w6 / (2.0f64 + f64::sin(-1.434));
    if Float::sinh(x[5]) <= -0.47f64 {
        s7 -= (2.0_f64
            + ((if x[4].ceil() * w6.atan() >= ((-0.19_f64).ceil()) * x[2]
                || u5 <= -0.0 && x[1] < x[3]
            {
                p38(0.6, a1)
            } else {
                (1.5 + f64::tanh(0.1)).log((0.5 + (0.4 * u2.sin().sin())).exp())
            })
            .sin()))
        .recip();
    } else {
        s7 /= 2.0 + f64::cos(1.5f64).tanh().sin();
    }
    ((((w3 + u5) + w6) - s7) * a15) + x[5]
}

fn p72_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[0] / ((k::<D>(2.0)) + ((k::<D>(BETA)).sin()));
    let (u2, w3) = (p22_d(a1, a1), a1.exp());
    let (u5, w6) = (
        ((k::<D>(0.9))
            * (((w3.cos() + (((k::<D>(0.9)) * ((k::<D>(1.9)).sin())).acos())).atan()).sin()))
        .atanh(),
        ((k::<D>(1.0))
            + ((((x[1]
                * ((k::<D>(1.0))
                    + ((({
                        let t4 = k::<D>(-1.06);
                        w3
                    })
                    .sin())
                        * (({
                            let t4 = k::<D>(-1.06);
                            w3
                        })
                        .sin())))
                .ln())
            .exp())
            .tanh())
                * (((x[1]
                    * ((k::<D>(1.0))
                        + ((({
                            let t4 = k::<D>(-1.06);
                            w3
                        })
                        .sin())
                            * (({
                                let t4 = k::<D>(-1.06);
                                w3
                            })
                            .sin())))
                    .ln())
                .exp())
                .tanh())))
        .sqrt(),
    );
    let mut s7 = k::<D>(0.0);
    for i8 in 0..x.len() {
        if i8 < 4 {
            continue;
        }
        let a9 = if w3.sin().exp().recip().re() <= (k::<D>(0.33)).re() {
            (((k::<D>(1.0)) + (((k::<D>(i8 as f64)).sin()) * ((k::<D>(i8 as f64)).sin()))).ln())
                + x[i8].atan()
        } else {
            (((k::<D>(-0.5)).exp()).log10()).cos()
        };
        for &i10 in x.iter() {
            let u2 = x[i8] - (((k::<D>(1.5)) + ((x[i8] * x[i8] + u5).tanh())).powi(0));
            let (u12, w13) = (
                (s7 / ((k::<D>(1.0))
                    + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI)))))
                    + (u5 - x[i8]),
                (((k::<D>(std::f64::consts::E)).tanh()) * x[i8] + x[i8])
                    - (((k::<D>(1.5)) + x[i8].tanh()).ln()),
            );
            s7 += (-(k::<D>(-1.8))).cos();
            s7 = (((k::<D>(0.7)) * s7)
                + (if ((k::<D>(1.0)).asinh()).re() > (-s7).re() {
                    (a9.sin() * ((x[i8] * x[i8] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp()
                } else {
                    x[i8] * (k::<D>(std::f64::consts::E))
                }))
            .atan();
        }
        let mut m14 = ((k::<D>(0.9))
            * ((((w3 * w3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2)).sin()))
        .acos();
        s7 = (((k::<D>(0.7)) * s7) + ((k::<D>(0.803)).asinh())).tanh();
        s7 = (((k::<D>(0.7)) * s7) + (x[i8] * a1)).tanh();
    }
    if (w3 - x[0]).re() < (k::<D>(-0.03)).re() {
        return u2;
    }
    let a15 = w6 / ((k::<D>(2.0)) + ((k::<D>(-1.434)).sin()));
    if x[5].sinh().re() <= (k::<D>(-0.47)).re() {
        s7 -= ((k::<D>(2.0))
            + ((if ((k::<D>(x[4].re().ceil())) * w6.atan()).re()
                >= ((k::<D>((k::<D>(-0.19)).re().ceil())) * x[2]).re()
                || u5.re() <= (k::<D>(-0.0)).re() && x[1].re() < x[3].re()
            {
                p38_d(k::<D>(0.6), a1)
            } else {
                (((k::<D>(1.5)) + ((k::<D>(0.1)).tanh())).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * u2.sin().sin())).exp()).ln())
            })
            .sin()))
        .recip();
    } else {
        s7 /= (k::<D>(2.0)) + ((((k::<D>(1.5)).cos()).tanh()).sin());
    }
    ((((w3 + u5) + w6) - s7) * a15) + x[5]
}

#[differentiable]
fn p73<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut m1: T = T::ln_1p((c::<T>(0.5)) + (x1.hypot(c::<T>(1.0)) * T::hypot(x1, c::<T>(1.0))));
    let a2: T = ((c::<T>(0.5)) + (T::exp(m1.cos()) * Float::exp(T::cos(m1)))).ln_1p();
    let mut m3: T = x1;
    if (c::<T>(1.88)).hypot((c::<T>(0.5)) + (x1 * x1)) < c::<T>(-0.71) {
        m1 -= (((if (c::<T>(core::f64::consts::PI)).hypot((c::<T>(0.5)) + (x1 * x1)) >= m3 - m1 {
            -x1
        } else {
            x1.cosh()
        })
        .cos())
        .cosh())
        .log2();
    } else {
        m3 = m3.max(
            (((((x0 - m3).cos()).exp()).powf(m1.sin()))
                + T::cbrt(((((c::<T>(0.5)).exp()).ln()).sin()).exp()))
            .sin(),
        );
    }
    let (u4, w5) = (m1 / ((c::<T>(1.0)) + (m3 * m3)), T::min(m1, c::<T>(ALPHA)));
    let a6 = m3 / (T::from(2.0).unwrap() + Float::sin(m3));
    (((a2 + m3) + u4) + w5) + a6
}

fn p73_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = ((k::<D>(0.5))
        + (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .ln_1p();
    let a2: D = ((k::<D>(0.5)) + (m1.cos().exp() * m1.cos().exp())).ln_1p();
    let mut m3: D = x1;
    if (((k::<D>(1.88)) * (k::<D>(1.88))
        + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
        .sqrt())
    .re()
        < (k::<D>(-0.71)).re()
    {
        m1 -= (((if (((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))
            + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
            .sqrt())
        .re()
            >= (m3 - m1).re()
        {
            -x1
        } else {
            x1.cosh()
        })
        .cos())
        .cosh())
        .log2();
    } else {
        m3 = dmax(
            m3,
            (((m1.sin() * (((x0 - m3).cos()).exp()).ln()).exp())
                + ((((((k::<D>(0.5)).exp()).ln()).sin()).exp()).cbrt()))
            .sin(),
        );
    }
    let (u4, w5) = (m1 / ((k::<D>(1.0)) + (m3 * m3)), dmin(m1, k::<D>(ALPHA)));
    let a6 = m3 / ((k::<D>(2.0)) + m3.sin());
    (((a2 + m3) + u4) + w5) + a6
}

#[differentiable]
fn p74(x: &[f64]) -> f64 {
    let a1 = (1.0f64 + ((x[3] + 0.174) * (x[3] + 0.174))).log2();
    let (u2, w3) = (
        (1.5f64 + Float::tanh((1.1 + ((1.0 + (x[1] * x[1])) * (1.0 + (x[1] * x[1])))).acosh()))
            .recip(),
        Float::sinh(1.393f64),
    );
    let mut s4 = 0.5;
    for i5 in 0..x.len() - 1 {
        let (u6, w7) = (
            ((u2 + a1).atan()) * (((0.5 + (w3.hypot(1.0) * w3.hypot(1.0f64))).ln_1p()).cos()),
            u2.tanh().exp2() - x[i5].exp().log((0.5 + (0.4 * f64::sin(x[i5]))).exp()),
        );
        s4 += f64::tanh(f64::max(
            Float::atanh(0.9 * f64::sin(x[i5 + 1].mul_add(s4.cos(), a1)).tanh()),
            x[i5 + 1],
        ));
        s4 -= Float::hypot(a1, 0.5 + (u2 * u2)).cos();
        s4 -= (ALPHA + u2).atan();
    }
    (((a1 + u2) + w3) + s4) + x[3]
}

fn p74_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.0)) + ((x[3] + (k::<D>(0.174))) * (x[3] + (k::<D>(0.174))))).log2();
    let (u2, w3) = (
        ((k::<D>(1.5))
            + ((((k::<D>(1.1))
                + (((k::<D>(1.0)) + (x[1] * x[1])) * ((k::<D>(1.0)) + (x[1] * x[1]))))
                .acosh())
            .tanh()))
        .recip(),
        (k::<D>(1.393)).sinh(),
    );
    let mut s4 = k::<D>(0.5);
    for i5 in 0..x.len() - 1 {
        let (u6, w7) = (
            ((u2 + a1).atan())
                * ((((k::<D>(0.5))
                    + (((w3 * w3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((w3 * w3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .ln_1p())
                .cos()),
            u2.tanh().exp2()
                - (x[i5].exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[i5].sin())).exp()).ln()),
        );
        s4 += dmax(
            ((k::<D>(0.9)) * (((x[i5 + 1] * s4.cos() + a1).sin()).tanh())).atanh(),
            x[i5 + 1],
        )
        .tanh();
        s4 -= ((a1 * a1 + ((k::<D>(0.5)) + (u2 * u2)) * ((k::<D>(0.5)) + (u2 * u2))).sqrt()).cos();
        s4 -= ((k::<D>(ALPHA)) + u2).atan();
    }
    (((a1 + u2) + w3) + s4) + x[3]
}

#[differentiable]
fn p75(x: &[f64], y: f64) -> f64 {
    let mut s1 = 0.5f64;
    for i2 in 2..5 {
        if i2 > 1 {
            s1 *= 1.0_f64 + (0.3 * ((((-0.78).exp()).log((0.5 + (0.4 * y.sin())).exp())).sin()));
        } else {
            s1 += f64::sin(y + x[1]);
        }
        let a3 = s1.atan().exp();
        let mut m4: f64 = x[2];
        m4 = (0.5 * m4) + x[2].powi(1).cos();
        m4 -= f64::cos(ALPHA).tanh();
    }
    let a5 = y.tanh() + f64::powi(x[2], 2);
    let a6 = if !(y <= y * a5) { x[1] } else { x[1].exp2() };
    (((y + s1) + a5) + a6) + x[0]
}

fn p75_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 2..5 {
        if i2 > 1 {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(-0.78)).exp()).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * y.sin())).exp()).ln())
                    .sin()));
        } else {
            s1 += (y + x[1]).sin();
        }
        let a3 = s1.atan().exp();
        let mut m4: D = x[2];
        m4 = ((k::<D>(0.5)) * m4) + x[2].powi(1).cos();
        m4 -= ((k::<D>(ALPHA)).cos()).tanh();
    }
    let a5 = y.tanh() + x[2].powi(2);
    let a6 = if !(y.re() <= (y * a5).re()) {
        x[1]
    } else {
        x[1].exp2()
    };
    (((y + s1) + a5) + a6) + x[0]
}

#[differentiable]
fn p76(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (x0, 0.302_f64);
    let (u3, w4) = (x0.powi(3), u1);
    let mut s5 = 1.0;
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let mut m7 = x2;
        s5 -= ((2.0f64 + ((-1.18).sin())).sqrt()).sin();
    }
    let mut m8 = Float::exp(Float::sin(u3));
    let mut i9 = 0;
    while i9 < 4 {
        i9 += 1;
        let a10 = (1.0 + (Float::cos(s5 + w2) * ((s5 + w2).cos()))).log2();
        m8 *= 1.0 + (0.3 * ((-1.6).sin()));
    }
    let mut s11: f64 = 1.0;
    for i12 in 1..=2 {
        if i12 < 0 {
            continue;
        }
        let a13: f64 =
            f64::atanh(0.9 * Float::acosh(1.1 + ((1.5 + x1.tanh()) * (1.5 + x1.tanh()))).tanh())
                + Float::recip(2.0 + x0.sin());
        let a14: f64 = s5;
        s11 -= ((-x0).asinh()).cos();
        s11 -= Float::cos((1.1_f64 + ((1.5_f64 + a14.tanh()) * (1.5_f64 + a14.tanh()))).acosh());
    }
    let mut s15 = 1.0;
    let mut i16 = 0;
    while i16 < 3 {
        i16 += 1;
        s15 *= 1.0_f64 + (0.3 * ((-1.86).sin()));
        for i17 in 0..2 {
            let mut m18 = s5;
            let a19 = -m8;
            m18 -= 1.7.sin();
        }
        let mut m20: f64 = (0.9 * s11.cos().sin()).acos();
        s5 += Float::acosh(
            1.1 + ((1.0
                + (f64::atan((1.1 + (V[i16].exp() * V[i16].exp())).acosh())
                    * (((1.1 + (V[i16].exp() * V[i16].exp())).acosh()).atan())))
                * (1.0
                    + ((((1.1 + (V[i16].exp() * V[i16].exp())).acosh()).atan())
                        * Float::atan((1.1 + (V[i16].exp() * V[i16].exp())).acosh())))),
        )
        .tanh();
        s15 -= f64::tanh(-0.486);
    }
    (0.001 * ((((w4 + s5) + m8) + s11) + s15)).tanh()
}

fn p76_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x0, k::<D>(0.302));
    let (u3, w4) = (x0.powi(3), u1);
    let mut s5 = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let mut m7 = x2;
        s5 -= (((k::<D>(2.0)) + ((k::<D>(-1.18)).sin())).sqrt()).sin();
    }
    let mut m8 = u3.sin().exp();
    let mut i9 = 0;
    while i9 < 4 {
        i9 += 1;
        let a10 = ((k::<D>(1.0)) + (((s5 + w2).cos()) * ((s5 + w2).cos()))).log2();
        m8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-1.6)).sin()));
    }
    let mut s11: D = k::<D>(1.0);
    for i12 in 1..=2 {
        if i12 < 0 {
            continue;
        }
        let a13: D = (((k::<D>(0.9))
            * ((((k::<D>(1.1)) + (((k::<D>(1.5)) + x1.tanh()) * ((k::<D>(1.5)) + x1.tanh())))
                .acosh())
            .tanh()))
        .atanh())
            + (((k::<D>(2.0)) + x0.sin()).recip());
        let a14: D = s5;
        s11 -= ((-x0).asinh()).cos();
        s11 -= (((k::<D>(1.1)) + (((k::<D>(1.5)) + a14.tanh()) * ((k::<D>(1.5)) + a14.tanh())))
            .acosh())
        .cos();
    }
    let mut s15 = k::<D>(1.0);
    let mut i16 = 0;
    while i16 < 3 {
        i16 += 1;
        s15 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-1.86)).sin()));
        for i17 in 0..2 {
            let mut m18 = s5;
            let a19 = -m8;
            m18 -= (k::<D>(1.7)).sin();
        }
        let mut m20: D = ((k::<D>(0.9)) * s11.cos().sin()).acos();
        s5 += (((k::<D>(1.1))
            + (((k::<D>(1.0))
                + (((((k::<D>(1.1)) + (((k::<D>(V[i16])).exp()) * ((k::<D>(V[i16])).exp())))
                    .acosh())
                .atan())
                    * ((((k::<D>(1.1))
                        + (((k::<D>(V[i16])).exp()) * ((k::<D>(V[i16])).exp())))
                    .acosh())
                    .atan())))
                * ((k::<D>(1.0))
                    + (((((k::<D>(1.1))
                        + (((k::<D>(V[i16])).exp()) * ((k::<D>(V[i16])).exp())))
                    .acosh())
                    .atan())
                        * ((((k::<D>(1.1))
                            + (((k::<D>(V[i16])).exp()) * ((k::<D>(V[i16])).exp())))
                        .acosh())
                        .atan())))))
        .acosh())
        .tanh();
        s15 -= (-(k::<D>(0.486))).tanh();
    }
    ((k::<D>(0.001)) * ((((w4 + s5) + m8) + s11) + s15)).tanh()
}

#[differentiable]
fn p77(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (0.056, (x0 - (-0.35)) / x0.hypot(1.0).powf(x1).cos().exp());
    let a3 = x1;
    let mut s4 = 1.0;
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = w2.cos().exp();
        if a3.exp().cbrt() >= w2.atan() {
            s4 += (w2 * u1).cos();
        } else {
            s4 = s4.min(x0.sinh().cos());
        }
        s4 /= x0.hypot(1.0f64);
    }
    s4 -= (((0.5
        + (((u1 / (1.0 + (0.3 * 0.3_f64))).hypot(1.0))
            * ((u1 / (1.0 + (0.3 * 0.3))).hypot(1.0))))
    .ln_1p())
    .sin())
    .tan();
    (((x1 + u1) + w2) + a3) + s4
}

fn p77_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        k::<D>(0.056),
        (x0 - (k::<D>(-0.35)))
            / ((((x1 * ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp()).cos())
                .exp()),
    );
    let a3 = x1;
    let mut s4 = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = w2.cos().exp();
        if a3.exp().cbrt().re() >= w2.atan().re() {
            s4 += (w2 * u1).cos();
        } else {
            s4 = dmin(s4, x0.sinh().cos());
        }
        s4 /= (x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    s4 -= ((((k::<D>(0.5))
        + ((((u1 / ((k::<D>(1.0)) + ((k::<D>(0.3)) * (k::<D>(0.3)))))
            * (u1 / ((k::<D>(1.0)) + ((k::<D>(0.3)) * (k::<D>(0.3)))))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
            * (((u1 / ((k::<D>(1.0)) + ((k::<D>(0.3)) * (k::<D>(0.3)))))
                * (u1 / ((k::<D>(1.0)) + ((k::<D>(0.3)) * (k::<D>(0.3)))))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())))
    .ln_1p())
    .sin())
    .tan();
    (((x1 + u1) + w2) + a3) + s4
}

#[differentiable]
fn p78<T>(x: [T; 4], y: T) -> T
where
    T: Float,
{
    let a1 = if x[0] + (c::<T>(-0.058)) > c::<T>(-0.97) {
        x[3].atan2(-(T::from(0.5).unwrap() + (y * y)))
    } else {
        x[0] + (c::<T>(ALPHA))
    };
    let mut s2 = c::<T>(1.0);
    for i3 in 0..3 {
        let a4 = x[1];
        let mut m5 = T::recip(
            y.atan2(T::from(0.5).unwrap() + ((c::<T>(0.1)) * (c::<T>(0.1))))
                .tanh()
                .cosh(),
        ) / (T::one() + ((-x[2].tanh()) * (-x[2].tanh())));
        s2 = s2
            * (T::one()
                + (T::from(0.3).unwrap()
                    * Float::cos(T::atan(((c::<T>(2.0)) + T::sin(x[2])).log2()).exp())));
        s2 = s2 / ((c::<T>(1.0)) + (x[1] * x[1]));
    }
    let mut s6 = c::<T>(0.0);
    for i7 in 2..4 {
        let a1 = T::acosh(
            (c::<T>(1.1))
                + (((c::<T>(1.5)) + ((((c::<T>(1.0)) + (x[0] * x[0])).powi(-2)).tanh()))
                    * ((c::<T>(1.5)) + T::powi((c::<T>(1.0)) + (x[0] * x[0]), -2).tanh())),
        );
        let (u8, w9) = (T::atan(x[2] / ((c::<T>(-1.7)).hypot(T::one()))), x[3]);
        s6 = s6 + (((c::<T>(V[i7])).mul_add(x[2], a1)).cos());
        if {
            let t10 = y;
            s2
        } < c::<T>(0.27)
        {
            continue;
        }
    }
    let y: T = T::sin(x[0] * x[1]).tan();
    (((a1 + s2) + s6) + y) + x[3]
}

fn p78_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if (x[0] + (k::<D>(-0.058))).re() > (k::<D>(-0.97)).re() {
        datan2(x[3], -((k::<D>(0.5)) + (y * y)))
    } else {
        x[0] + (k::<D>(ALPHA))
    };
    let mut s2 = k::<D>(1.0);
    for i3 in 0..3 {
        let a4 = x[1];
        let mut m5 = datan2(y, (k::<D>(0.5)) + ((k::<D>(0.1)) * (k::<D>(0.1))))
            .tanh()
            .cosh()
            .recip()
            / ((k::<D>(1.0)) + ((-x[2].tanh()) * (-x[2].tanh())));
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((((k::<D>(2.0)) + x[2].sin()).log2()).atan()).exp()).cos()));
        s2 /= (k::<D>(1.0)) + (x[1] * x[1]);
    }
    let mut s6 = k::<D>(0.0);
    for i7 in 2..4 {
        let a1 = ((k::<D>(1.1))
            + (((k::<D>(1.5)) + ((((k::<D>(1.0)) + (x[0] * x[0])).powi(-2)).tanh()))
                * ((k::<D>(1.5)) + ((((k::<D>(1.0)) + (x[0] * x[0])).powi(-2)).tanh()))))
        .acosh();
        let (u8, w9) = (
            (x[2] / (((k::<D>(-1.7)) * (k::<D>(-1.7)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                .atan(),
            x[3],
        );
        s6 += ((k::<D>(V[i7])) * x[2] + a1).cos();
        if ({
            let t10 = y;
            s2
        })
        .re()
            < (k::<D>(0.27)).re()
        {
            continue;
        }
    }
    let y: D = ((x[0] * x[1]).sin()).tan();
    (((a1 + s2) + s6) + y) + x[3]
}

#[differentiable]
fn p79(x: &[f64], y: f64) -> f64 {
    let a1: f64 = (y * x[0]) / y.exp();
    let (u2, w3) = (a1.clamp(-0.46, 0.45), Float::cos(a1).cosh());
    let (u4, w5) = (
        Float::cos(Float::cosh(x[0])) * Float::sinh((w3 * u2).cos()).cos(),
        a1,
    );
    let y = -0.86;
    ((((u2 + w3) + u4) + w5) + y) + x[1]
}

fn p79_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = (y * x[0]) / y.exp();
    let (u2, w3) = (dclamp(a1, k::<D>(-0.46), k::<D>(0.45)), a1.cos().cosh());
    let (u4, w5) = (x[0].cosh().cos() * ((((w3 * u2).cos()).sinh()).cos()), a1);
    let y = k::<D>(-0.86);
    ((((u2 + w3) + u4) + w5) + y) + x[1]
}

#[differentiable]
fn p80(x: [f64; 3], y: f64, nk: usize) -> f64 {
    let y: f64 = (Float::acos(0.9f64 * ((-1.238_f64).tanh())) * (x[1] / (1.0 + (x[2] * x[2]))))
        + (BETA.sin() * y.cosh().log(Float::exp(0.5 + (0.4 * x[0].sin()))));
    let a1 = if !(Float::recip(2.0_f64 + x[2].sin()) < 1.58 * y) {
        f64::tanh(y).powi(1)
    } else {
        Float::min(y, -0.662)
    };
    let a3 = if x[0] - a1 > 0.4 {
        (if a1 <= a1 { x[0] } else { 1.786 }).abs()
    } else {
        {
            let t2 = core::f64::consts::PI - x[1];
            p56(ALPHA.atan(), Float::sin(a1))
        }
    };
    let mut s4: f64 = 1.0f64;
    for i5 in 0..x.len() - 1 {
        s4 *= 1.0 + (0.3 * Float::clamp(x[i5 + 1], -1.31, 0.82).sin());
        let a6: f64 = a1;
        s4 *= 1.0 + (0.3 * Float::sin(x[i5] * x[i5]));
    }
    if x[1] - (-1.914) >= 0.93 {
        return y / f64::exp(a3.atan().exp_m1().cos());
    }
    let a7 = y + 1.6f64;
    let y = Float::cosh((a1.cos().exp().ln() + x[1].exp2()).tanh());
    s4 *= 1.0
        + (0.3_f64
            * (((x[0] - (a1 + y))
                - (a3.cos()
                    / (1.0 + (Float::powi(x[0].hypot(1.0), -2) * x[0].hypot(1.0f64).powi(-2)))))
            .sin()));
    ((((a1 + a3) + s4) + a7) + y) * x[2]
}

fn p80_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let y: D = ((((k::<D>(0.9)) * ((k::<D>(-1.238)).tanh())).acos())
        * (x[1] / ((k::<D>(1.0)) + (x[2] * x[2]))))
        + (((k::<D>(BETA)).sin())
            * (y.cosh().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[0].sin())).exp()).ln()));
    let a1 = if !((((k::<D>(2.0)) + x[2].sin()).recip()).re() < ((k::<D>(1.58)) * y).re()) {
        y.tanh().powi(1)
    } else {
        dmin(y, k::<D>(-0.662))
    };
    let a3 = if (x[0] - a1).re() > (k::<D>(0.4)).re() {
        (if a1.re() <= a1.re() {
            x[0]
        } else {
            k::<D>(1.786)
        })
        .abs()
    } else {
        {
            let t2 = (k::<D>(core::f64::consts::PI)) - x[1];
            p56_d((k::<D>(ALPHA)).atan(), a1.sin())
        }
    };
    let mut s4: D = k::<D>(1.0);
    for i5 in 0..x.len() - 1 {
        s4 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * dclamp(x[i5 + 1], k::<D>(-1.31), k::<D>(0.82)).sin());
        let a6: D = a1;
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x[i5] * x[i5]).sin()));
    }
    if (x[1] - (k::<D>(-1.914))).re() >= (k::<D>(0.93)).re() {
        return y / a3.atan().exp_m1().cos().exp();
    }
    let a7 = y + (k::<D>(1.6));
    let y = ((a1.cos().exp().ln() + x[1].exp2()).tanh()).cosh();
    s4 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((x[0] - (a1 + y))
                - (a3.cos()
                    / ((k::<D>(1.0))
                        + ((((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2))
                            * (((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                                .powi(-2))))))
            .sin()));
    ((((a1 + a3) + s4) + a7) + y) * x[2]
}

#[differentiable]
fn p81<T: Float>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (
        (c::<T>(ALPHA)) / (T::one() + ((T::cos(x0) + T::tanh(x1)) * (x0.cos() + x1.tanh()))),
        x2 * (((c::<T>(1.5)) + (((c::<T>(BETA)) * x2).tanh())).cbrt()),
    );
    let mut m3: T = w2;
    if x2.exp().recip() >= {
        let t4 = x2;
        x2
    } {
        return Float::asinh(m3 * T::from(-1.143).unwrap());
    }
    let mut s5: T = c::<T>(0.5);
    for i6 in 0..=2 {
        for i7 in 1..=5 {
            let u1: T = (c::<T>(0.24)).atan2(
                (c::<T>(0.5))
                    + (((T::cos(m3) * (c::<T>(i6 as f64))).tanh())
                        * ((m3.cos() * (c::<T>(i6 as f64))).tanh())),
            );
            if i6 > 2 {
                break;
            }
            s5 = (T::from(0.5).unwrap() * s5)
                + T::cos((w2 + (c::<T>(0.352))).hypot((c::<T>(0.5)) + (x1 * x1)));
        }
        let mut m8 = x0 - m3;
        let a9: T = Float::cos(s5).mul_add(w2.tanh(), s5).cos() * x2;
        m8 = m8
            * (T::one()
                + (T::from(0.3).unwrap()
                    * Float::sin(p44(T::abs(x2), (x0 + a9).atan(), (x0 - x2).sin()))));
        m8 = m8
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::sin(p30(
                        (s5 + (c::<T>(i6 as f64))).atan(),
                        ((T::from(0.9).unwrap() * x1.sin()).acos()).cos(),
                    ))));
    }
    (((x2 - u1) - w2) + m3) - s5
}

fn p81_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (k::<D>(ALPHA)) / ((k::<D>(1.0)) + ((x0.cos() + x1.tanh()) * (x0.cos() + x1.tanh()))),
        x2 * (((k::<D>(1.5)) + (((k::<D>(BETA)) * x2).tanh())).cbrt()),
    );
    let mut m3: D = w2;
    if x2.exp().recip().re()
        >= ({
            let t4 = x2;
            x2
        })
        .re()
    {
        return (m3 * (k::<D>(-1.143))).asinh();
    }
    let mut s5: D = k::<D>(0.5);
    for i6 in 0..=2 {
        for i7 in 1..=5 {
            let u1: D = datan2(
                k::<D>(0.24),
                (k::<D>(0.5))
                    + (((m3.cos() * (k::<D>(i6 as f64))).tanh())
                        * ((m3.cos() * (k::<D>(i6 as f64))).tanh())),
            );
            if i6 > 2 {
                break;
            }
            s5 = ((k::<D>(0.5)) * s5)
                + ((((w2 + (k::<D>(0.352))) * (w2 + (k::<D>(0.352)))
                    + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
                    .sqrt())
                .cos());
        }
        let mut m8 = x0 - m3;
        let a9: D = ((s5.cos() * w2.tanh() + s5).cos()) * x2;
        m8 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * p44_d(x2.abs(), (x0 + a9).atan(), (x0 - x2).sin()).sin());
        m8 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * p30_d(
                    (s5 + (k::<D>(i6 as f64))).atan(),
                    (((k::<D>(0.9)) * x1.sin()).acos()).cos(),
                )
                .sin());
    }
    (((x2 - u1) - w2) + m3) - s5
}

#[differentiable]
fn p82(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 2..3 {
        let mut m3 = x0.mul_add(x0, x1);
        if x1.cosh() < x0 + s1 {
            continue;
        }
        s1 /= 2.0 + f64::sin((i2 as f64) / (1.0 + (W[i2] * W[i2])));
        s1 *= 1.0 + (0.3 * ((x0 * m3).sin()));
    }
    let a4 =
        x1.sinh() / (1.0 + (((1.0_f64 + (x1 * x1)).powf(-0.5)) * ((1.0 + (x1 * x1)).powf(-0.5))));
    let a5 = ((((1.5_f64 + x1.tanh()).cbrt()) - (Float::cos(x1) * f64::sin(s1))).atan()).powi(1);
    let a6 = if x0 * x1 >= a4 - x0 {
        x2 + (a5 + a5)
    } else {
        (0.9 * f64::sin(-1.0_f64)).asin()
    };
    let a7 = if std::f64::consts::E * x1 <= -a6 {
        -1.777_f64
    } else {
        a4
    };
    (((s1 - a4) + a5) - a6) + a7
}

fn p82_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 2..3 {
        let mut m3 = (x0 * x0 + x1);
        if x1.cosh().re() < (x0 + s1).re() {
            continue;
        }
        s1 /= (k::<D>(2.0))
            + (((k::<D>(i2 as f64)) / ((k::<D>(1.0)) + ((k::<D>(W[i2])) * (k::<D>(W[i2]))))).sin());
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x0 * m3).sin()));
    }
    let a4 = x1.sinh()
        / ((k::<D>(1.0))
            + ((((k::<D>(-0.5)) * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp())
                * (((k::<D>(-0.5)) * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp())));
    let a5 = (((((k::<D>(1.5)) + x1.tanh()).cbrt()) - (x1.cos() * s1.sin())).atan()).powi(1);
    let a6 = if (x0 * x1).re() >= (a4 - x0).re() {
        x2 + (a5 + a5)
    } else {
        ((k::<D>(0.9)) * ((k::<D>(-1.0)).sin())).asin()
    };
    let a7 = if ((k::<D>(std::f64::consts::E)) * x1).re() <= (-a6).re() {
        k::<D>(-1.777)
    } else {
        a4
    };
    (((s1 - a4) + a5) - a6) + a7
}

#[differentiable]
fn p83<T: Float>(x0: T, x1: T) -> T {
    let (u1, w2) = (T::min(c::<T>(core::f64::consts::PI), x1), T::sin(x1).tan());
    let mut s3: T = c::<T>(0.0);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let mut s5 = c::<T>(0.5);
        for i6 in 2..=6 {
            let a7 = x0;
            let mut m8: T = -(c::<T>(V[i4]));
            let (u9, w10) = (((c::<T>(0.9)) * T::tanh(x0)).acos(), m8 + x0);
            if x1 + (c::<T>(V[i4])) <= c::<T>(0.74) {
                break;
            }
            s3 = s3
                * ((c::<T>(1.0)) + (T::from(0.3).unwrap() * (((c::<T>(-1.69)) / x0.cosh()).sin())));
            m8 = m8 - u9.tanh().cos();
        }
        let mut m11 = c::<T>(V[i4]);
        s3 = s3 - ((-m11).cos());
    }
    let a12 = x1;
    s3 = ((c::<T>(0.5)) * s3) + x0;
    let mut s13 = c::<T>(0.5);
    let mut i14 = 0;
    while i14 < 1 {
        i14 += 1;
        let mut m15 = x1 - a12;
        let a16 = ((c::<T>(1.5))
            + Float::ln_1p(
                T::from(0.5).unwrap()
                    + ((T::one()
                        + ((((c::<T>(W[i14])).exp_m1()).tanh())
                            * Float::tanh(Float::exp_m1(c::<T>(W[i14])))))
                        * ((c::<T>(1.0))
                            + (Float::exp_m1(c::<T>(W[i14])).tanh()
                                * (((c::<T>(W[i14])).exp_m1()).tanh())))),
            )
            .tanh())
        .ln();
        if i14 < 0 {
            s3 = s3.max((x1 + (c::<T>(V[i14]))).atan());
        }
        s13 = ((c::<T>(0.5)) * s13) + ((-((c::<T>(-0.58)) - a16)).cos());
    }
    for i17 in 0..=3 {
        let mut m18 = x1;
        s3 = s3
            - (((((T::from(1.5).unwrap() + ((a12 + (c::<T>(i17 as f64))).tanh())).sqrt()).cos())
                .cosh())
            .cos());
        let a19 = u1 * a12;
        s13 = s13 - ((((c::<T>(0.9)) * (((c::<T>(-0.233)).atan()).tanh())).atanh()).cos());
    }
    ((c::<T>(0.001)) * ((((u1 + w2) + s3) + a12) + s13)).tanh()
}

fn p83_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (dmin(k::<D>(core::f64::consts::PI), x1), x1.sin().tan());
    let mut s3: D = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let mut s5 = k::<D>(0.5);
        for i6 in 2..=6 {
            let a7 = x0;
            let mut m8: D = -(k::<D>(V[i4]));
            let (u9, w10) = (((k::<D>(0.9)) * x0.tanh()).acos(), m8 + x0);
            if (x1 + (k::<D>(V[i4]))).re() <= (k::<D>(0.74)).re() {
                break;
            }
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(-1.69)) / x0.cosh()).sin()));
            m8 -= u9.tanh().cos();
        }
        let mut m11 = k::<D>(V[i4]);
        s3 -= (-m11).cos();
    }
    let a12 = x1;
    s3 = ((k::<D>(0.5)) * s3) + x0;
    let mut s13 = k::<D>(0.5);
    let mut i14 = 0;
    while i14 < 1 {
        i14 += 1;
        let mut m15 = x1 - a12;
        let a16 = ((k::<D>(1.5))
            + ((((k::<D>(0.5))
                + (((k::<D>(1.0))
                    + ((((k::<D>(W[i14])).exp_m1()).tanh())
                        * (((k::<D>(W[i14])).exp_m1()).tanh())))
                    * ((k::<D>(1.0))
                        + ((((k::<D>(W[i14])).exp_m1()).tanh())
                            * (((k::<D>(W[i14])).exp_m1()).tanh())))))
            .ln_1p())
            .tanh()))
        .ln();
        if i14 < 0 {
            s3 = dmax(s3, (x1 + (k::<D>(V[i14]))).atan());
        }
        s13 = ((k::<D>(0.5)) * s13) + ((-((k::<D>(-0.58)) - a16)).cos());
    }
    for i17 in 0..=3 {
        let mut m18 = x1;
        s3 -=
            (((((k::<D>(1.5)) + ((a12 + (k::<D>(i17 as f64))).tanh())).sqrt()).cos()).cosh()).cos();
        let a19 = u1 * a12;
        s13 -= (((k::<D>(0.9)) * (((k::<D>(-0.233)).atan()).tanh())).atanh()).cos();
    }
    ((k::<D>(0.001)) * ((((u1 + w2) + s3) + a12) + s13)).tanh()
}

#[differentiable]
fn p84(x: &[f64], y: f64) -> f64 {
    let mut m1 = x[0] + x[2];
    let mut s2 = 0.0;
    for i3 in 0..x.len() - 1 {
        let a4 = ((0.9 * f64::atan(s2 / (1.0 + (BETA * BETA))).sin()).atanh())
            + ((1.0 + (y.tanh() * y.tanh())).powf(-1.24));
        let a5 = (1.5 + s2.tanh()).powf(Float::cos(m1));
        s2 *= 1.0
            + (0.3
                * (((1.0 + ((x[i3 + 1] - x[i3 + 1]) * (x[i3 + 1] - x[i3 + 1]))).powf(s2.atan()))
                    .sin()));
    }
    for i6 in 0..x.len() {
        let mut m7 =
            ((0.5 + ((1.5_f64 + f64::tanh(x[i6])) * (1.5_f64 + x[i6].tanh()))).ln_1p()) - y;
        let y = x[i6];
        m1 *= 1.0
            + (0.3f64
                * f64::sin(
                    Float::log(
                        2.0 + m7.sin(),
                        (0.5 + (0.4_f64 * (((i6 as f64).tanh()).sin()))).exp(),
                    )
                    .tanh()
                    .exp2(),
                ));
        s2 *= 1.0f64 + (0.3 * ((y.clamp(-1.44, 1.07) / f64::hypot(y.abs(), 1.0f64)).sin()));
    }
    for i8 in x {
        let a9 = x[0].mul_add(x[2], *i8);
        s2 += x[1].tanh();
    }
    for i10 in 0..4 {
        m1 += ((-x[2]) * f64::asinh(s2)).cos();
        let (u11, w12) = (Float::ln(1.5 + m1.tanh()), x[3].clamp(-0.44_f64, 0.63));
        if i10 <= 1 {
            continue;
        }
        s2 = (0.5f64 * s2)
            + ((if m1 + BETA < m1.cos() * (-0.78) {
                x[0] / f64::exp(s2.tanh())
            } else {
                s2
            })
            .cos());
        m1 *= 1.0
            + (0.3 * ((((i10 as f64) / (2.0 + x[2].sin())) / ((s2 + W[i10]).hypot(1.0))).sin()));
    }
    let mut s13 = 0.5;
    for i14 in 0..3 {
        m1 *= 1.0 + (0.3_f64 * f64::sin(x[2]));
        s13 *= 1.0 + (0.3f64 * f64::cos(1.5 + f64::tanh(x[0].sinh())));
    }
    m1 *= 1.0f64 + (0.3f64 * Float::exp(x[0]).cos());
    (0.001 * ((((y * m1) + s2) + s13) - x[3])).tanh()
}

fn p84_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = x[0] + x[2];
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() - 1 {
        let a4 = (((k::<D>(0.9))
            * (((s2 / ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))).atan()).sin()))
        .atanh())
            + (((k::<D>(-1.24)) * ((k::<D>(1.0)) + (y.tanh() * y.tanh())).ln()).exp());
        let a5 = (m1.cos() * ((k::<D>(1.5)) + s2.tanh()).ln()).exp();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((s2.atan()
                    * ((k::<D>(1.0)) + ((x[i3 + 1] - x[i3 + 1]) * (x[i3 + 1] - x[i3 + 1])))
                        .ln())
                .exp())
                .sin()));
    }
    for i6 in 0..x.len() {
        let mut m7 = (((k::<D>(0.5))
            + (((k::<D>(1.5)) + x[i6].tanh()) * ((k::<D>(1.5)) + x[i6].tanh())))
        .ln_1p())
            - y;
        let y = x[i6];
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(2.0)) + m7.sin()).ln()
                    / (((k::<D>(0.5))
                        + ((k::<D>(0.4)) * (((k::<D>(i6 as f64)).tanh()).sin())))
                    .exp())
                    .ln())
                .tanh())
                .exp2())
                .sin()));
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((dclamp(y, k::<D>(-1.44), k::<D>(1.07))
                    / ((y.abs() * y.abs() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                .sin()));
    }
    for i8 in x {
        let a9 = (x[0] * x[2] + (*i8));
        s2 += x[1].tanh();
    }
    for i10 in 0..4 {
        m1 += ((-x[2]) * s2.asinh()).cos();
        let (u11, w12) = (
            ((k::<D>(1.5)) + m1.tanh()).ln(),
            dclamp(x[3], k::<D>(-0.44), k::<D>(0.63)),
        );
        if i10 <= 1 {
            continue;
        }
        s2 = ((k::<D>(0.5)) * s2)
            + ((if (m1 + (k::<D>(BETA))).re() < (m1.cos() * (k::<D>(-0.78))).re() {
                x[0] / s2.tanh().exp()
            } else {
                s2
            })
            .cos());
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(i10 as f64)) / ((k::<D>(2.0)) + x[2].sin()))
                    / (((s2 + (k::<D>(W[i10]))) * (s2 + (k::<D>(W[i10])))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt()))
                .sin()));
    }
    let mut s13 = k::<D>(0.5);
    for i14 in 0..3 {
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[2].sin());
        s13 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x[0].sinh().tanh()).cos()));
    }
    m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[0].exp().cos());
    ((k::<D>(0.001)) * ((((y * m1) + s2) + s13) - x[3])).tanh()
}

#[differentiable]
fn p85<T>(x: &[T], y: T) -> T
where
    T: Float + NumAssign,
{
    let y = (y + y).mul_add(c::<T>(1.1), y);
    let a1 = if x[1].exp2() <= y - x[3] {
        ((c::<T>(1.1))
            + ((((x[3] + y) + T::atanh((c::<T>(0.9)) * y.cos().tanh())).hypot(c::<T>(1.0)))
                * T::hypot(
                    (x[3] + y) + Float::atanh((c::<T>(0.9)) * y.cos().tanh()),
                    c::<T>(1.0),
                )))
        .acosh()
    } else {
        Float::mul_add(
            ((c::<T>(core::f64::consts::PI)) + y.cos()).sin(),
            (-(y - y)).tanh(),
            ((T::from(0.9).unwrap() * y.atan().sin()).atanh())
                / ((c::<T>(1.0))
                    + (((T::from(1.5).unwrap() + x[2].tanh()).recip())
                        * (((c::<T>(1.5)) + x[2].tanh()).recip()))),
        )
    };
    let mut m2 = y;
    ((y + a1) + m2) + x[0]
}

fn p85_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y = ((y + y) * (k::<D>(1.1)) + y);
    let a1 = if x[1].exp2().re() <= (y - x[3]).re() {
        ((k::<D>(1.1))
            + (((((x[3] + y) + (((k::<D>(0.9)) * y.cos().tanh()).atanh()))
                * ((x[3] + y) + (((k::<D>(0.9)) * y.cos().tanh()).atanh()))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
                * ((((x[3] + y) + (((k::<D>(0.9)) * y.cos().tanh()).atanh()))
                    * ((x[3] + y) + (((k::<D>(0.9)) * y.cos().tanh()).atanh()))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())))
        .acosh()
    } else {
        ((((k::<D>(core::f64::consts::PI)) + y.cos()).sin()) * ((-(y - y)).tanh())
            + ((((k::<D>(0.9)) * y.atan().sin()).atanh())
                / ((k::<D>(1.0))
                    + ((((k::<D>(1.5)) + x[2].tanh()).recip())
                        * (((k::<D>(1.5)) + x[2].tanh()).recip())))))
    };
    let mut m2 = y;
    ((y + a1) + m2) + x[0]
}

#[differentiable]
fn p86<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1 = c::<T>(-1.014);
    let (u2, w3) = (
        (((c::<T>(0.5))
            + (((c::<T>(1.0)) + ((x[5] + a1) * (x[5] + a1)))
                * ((c::<T>(1.0)) + ((x[5] + a1) * (x[5] + a1)))))
            .ln_1p())
            * a1,
        a1,
    );
    let mut s4 = c::<T>(1.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = ((T::cos(c::<T>(BETA)).powi(3)
            * ((c::<T>(BETA)).clamp(c::<T>(-1.22), T::from(0.63).unwrap())))
        .tanh())
        .sinh();
        let (u7, w8) = (x[4] / ((c::<T>(1.0)) + (a1 * a1)), s4 + x[3]);
        s4 = (T::from(0.5).unwrap() * s4) + (((c::<T>(i5 as f64)) - a1).tanh());
    }
    (((a1 + u2) + w3) + s4) + x[5]
}

fn p86_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(-1.014);
    let (u2, w3) = (
        (((k::<D>(0.5))
            + (((k::<D>(1.0)) + ((x[5] + a1) * (x[5] + a1)))
                * ((k::<D>(1.0)) + ((x[5] + a1) * (x[5] + a1)))))
            .ln_1p())
            * a1,
        a1,
    );
    let mut s4 = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = (((((k::<D>(BETA)).cos()).powi(3))
            * dclamp(k::<D>(BETA), k::<D>(-1.22), k::<D>(0.63)))
        .tanh())
        .sinh();
        let (u7, w8) = (x[4] / ((k::<D>(1.0)) + (a1 * a1)), s4 + x[3]);
        s4 = ((k::<D>(0.5)) * s4) + (((k::<D>(i5 as f64)) - a1).tanh());
    }
    (((a1 + u2) + w3) + s4) + x[5]
}

#[differentiable]
fn p87<T: Float>(x: [T; 3]) -> T {
    let a1 = c::<T>(core::f64::consts::PI);
    let mut s2 = c::<T>(1.0);
    for i3 in 2..=3 {
        let (u4, w5) = (
            (s2 - T::ln_1p(
                (c::<T>(0.5)) + (((c::<T>(2.0)) + T::sin(a1)) * ((c::<T>(2.0)) + Float::sin(a1))),
            )) - ((T::one() + (x[2] * x[2])).log(
                (T::from(0.5).unwrap() + ((c::<T>(0.4)) * T::exp2(a1.sin()).atan().sin())).exp(),
            )),
            a1,
        );
        let a1 = ((c::<T>(1.1))
            + (s2.atan().exp_m1().cos().exp() * Float::cos(s2.atan().exp_m1()).exp()))
        .acosh();
        s2 = s2
            / (T::one()
                + (((a1 / (T::from(2.0).unwrap() + ((c::<T>(W[i3])).sin()))).sin())
                    * ((a1 / ((c::<T>(2.0)) + T::sin(c::<T>(W[i3])))).sin())));
    }
    let mut m6 = a1;
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let a8 = (((c::<T>(1.0)) + (a1 * a1)).ln()) / (T::one() + ((x[0] - a1) * (x[0] - a1)));
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::sin(
                        ((c::<T>(1.0))
                            + (((c::<T>(0.96)) / ((c::<T>(1.0)) + (a1 * a1)))
                                * (T::from(0.96).unwrap() / (T::one() + (a1 * a1)))))
                            .sqrt(),
                    )));
    }
    ((a1 + s2) + m6) - x[1]
}

fn p87_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(core::f64::consts::PI);
    let mut s2 = k::<D>(1.0);
    for i3 in 2..=3 {
        let (u4, w5) = (
            (s2 - (((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin())))
                .ln_1p()))
                - (((k::<D>(1.0)) + (x[2] * x[2])).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin().exp2().atan().sin())).exp())
                        .ln()),
            a1,
        );
        let a1 = ((k::<D>(1.1))
            + (s2.atan().exp_m1().cos().exp() * s2.atan().exp_m1().cos().exp()))
        .acosh();
        s2 /= (k::<D>(1.0))
            + (((a1 / ((k::<D>(2.0)) + ((k::<D>(W[i3])).sin()))).sin())
                * ((a1 / ((k::<D>(2.0)) + ((k::<D>(W[i3])).sin()))).sin()));
    }
    let mut m6 = a1;
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let a8 = (((k::<D>(1.0)) + (a1 * a1)).ln()) / ((k::<D>(1.0)) + ((x[0] - a1) * (x[0] - a1)));
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.0))
                    + (((k::<D>(0.96)) / ((k::<D>(1.0)) + (a1 * a1)))
                        * ((k::<D>(0.96)) / ((k::<D>(1.0)) + (a1 * a1)))))
                    .sqrt())
                .sin()));
    }
    ((a1 + s2) + m6) - x[1]
}

#[differentiable]
fn p88(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x0 - x2;
    let a2 = (-1.63) / (1.5 + Float::tanh(x1));
    let (u3, w4) = (Float::sin(f64::max(x0, a2).tanh()).tan(), (x1 + a2) * a1);
    let a5 = if (0.9 * x1.tanh()).acos() < -0.73 {
        Float::atanh(0.9 * w4.sin().sin())
    } else {
        x1
    };
    let a6 = -x2;
    (((a2 + u3) + w4) + a5) + a6
}

fn p88_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x0 - x2;
    let a2 = (k::<D>(-1.63)) / ((k::<D>(1.5)) + x1.tanh());
    let (u3, w4) = (dmax(x0, a2).tanh().sin().tan(), (x1 + a2) * a1);
    let a5 = if (((k::<D>(0.9)) * x1.tanh()).acos()).re() < (k::<D>(-0.73)).re() {
        ((k::<D>(0.9)) * w4.sin().sin()).atanh()
    } else {
        x1
    };
    let a6 = -x2;
    (((a2 + u3) + w4) + a5) + a6
}

#[differentiable]
fn p89<T>(x: [T; 5]) -> T
where
    T: Float + NumAssign,
{
    let a1 = ((((c::<T>(0.53)) + (c::<T>(BETA)))
        + ((c::<T>(std::f64::consts::E))
            / ((c::<T>(2.0)) + ((c::<T>(std::f64::consts::E)).sin()))))
    .tanh())
    .powi(1);
    let mut s2 = T::one();
    for &i3 in x.iter() {
        let a4 = i3;
        s2 = ((c::<T>(0.5)) * s2)
            + Float::atan((T::sin(x[2]) / (T::one() + (a4 * a4))).mul_add(
                Float::log10((c::<T>(2.0)) + x[4].sin()),
                (T::one() + ((x[2] + (c::<T>(1.5))) * (x[2] + (c::<T>(1.5))))).powi(-2),
            ));
        s2 = ((c::<T>(0.5)) * s2) + (((c::<T>(1.98)) - i3).sin());
        s2 = Float::min(s2, Float::tanh((c::<T>(-0.235)).sinh()));
    }
    let mut m5: T = a1 * (c::<T>(1.05));
    let a6 = ((((c::<T>(2.0)) + x[2].sin()).log2()) * T::one()).atan();
    (((a1 + s2) + m5) + a6) - x[3]
}

fn p89_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((((k::<D>(0.53)) + (k::<D>(BETA)))
        + ((k::<D>(std::f64::consts::E))
            / ((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin()))))
    .tanh())
    .powi(1);
    let mut s2 = k::<D>(1.0);
    for &i3 in x.iter() {
        let a4 = i3;
        s2 = ((k::<D>(0.5)) * s2)
            + (((x[2].sin() / ((k::<D>(1.0)) + (a4 * a4)))
                * (((k::<D>(2.0)) + x[4].sin()).log10())
                + (((k::<D>(1.0)) + ((x[2] + (k::<D>(1.5))) * (x[2] + (k::<D>(1.5))))).powi(-2)))
            .atan());
        s2 = ((k::<D>(0.5)) * s2) + (((k::<D>(1.98)) - i3).sin());
        s2 = dmin(s2, ((k::<D>(-0.235)).sinh()).tanh());
    }
    let mut m5: D = a1 * (k::<D>(1.05));
    let a6 = ((((k::<D>(2.0)) + x[2].sin()).log2()) * (k::<D>(1.0))).atan();
    (((a1 + s2) + m5) + a6) - x[3]
}

#[differentiable]
fn p90(x: &[f64], nk: usize) -> f64 {
    let a1: f64 = f64::clamp(Float::exp(BETA.sin()), -0.71, 0.48_f64).mul_add(
        f64::atan(ALPHA / (1.0 + (BETA * BETA))),
        Float::sin((1.1 + ((2.0 + ALPHA.sin()) * (2.0_f64 + Float::sin(ALPHA)))).acosh()),
    );
    let mut s2 = 0.0;
    for i3 in 0..nk {
        if i3 == 0 {
            continue;
        }
        s2 = ((0.7_f64 * s2)
            + (((if i3 <= 0 {
                (1.0f64 + (a1 * a1)).cbrt()
            } else {
                (1.0 + (a1 * a1)).sqrt()
            })
            .cos())
            .exp()))
        .sin();
        s2 = s2.max(Float::hypot(s2, 1.0).recip().cos());
        s2 *= 1.0
            + (0.3
                * (((a1 / (1.0 + (s2 * s2)))
                    / (1.5 + f64::tanh(Float::hypot(W[i3], 0.5 + (x[3] * x[3])))))
                .sin()));
    }
    let (u4, w5) = (
        f64::exp_m1(x[2]) * a1,
        Float::cos(x[3] / x[1].exp()) * x[0].exp().cos(),
    );
    for i6 in 1..5 {
        let a1 = a1;
        let a7 = Float::acosh(1.1 + (x[3].hypot(1.0) * Float::hypot(x[3], 1.0_f64)));
        if i6 != 1 {
            continue;
        }
        let a8 = f64::ln_1p(0.5_f64 + ((2.0 + Float::sin(a1)) * (2.0 + f64::sin(a1))))
            - f64::ln(1.5 + x[2].tanh());
        s2 -= f64::sin(x[1]).atan();
        s2 = f64::sin((0.7 * s2) + x[4]);
    }
    (((a1 + s2) + u4) - w5) + x[0]
}

fn p90_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1: D = (dclamp(((k::<D>(BETA)).sin()).exp(), k::<D>(-0.71), k::<D>(0.48))
        * (((k::<D>(ALPHA)) / ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))).atan())
        + ((((k::<D>(1.1))
            + (((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin()))
                * ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin()))))
        .acosh())
        .sin()));
    let mut s2 = k::<D>(0.0);
    for i3 in 0..nk {
        if i3 == 0 {
            continue;
        }
        s2 = (((k::<D>(0.7)) * s2)
            + (((if i3 <= 0 {
                ((k::<D>(1.0)) + (a1 * a1)).cbrt()
            } else {
                ((k::<D>(1.0)) + (a1 * a1)).sqrt()
            })
            .cos())
            .exp()))
        .sin();
        s2 = dmax(
            s2,
            (((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).cos(),
        );
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((a1 / ((k::<D>(1.0)) + (s2 * s2)))
                    / ((k::<D>(1.5))
                        + ((((k::<D>(W[i3])) * (k::<D>(W[i3]))
                            + ((k::<D>(0.5)) + (x[3] * x[3]))
                                * ((k::<D>(0.5)) + (x[3] * x[3])))
                            .sqrt())
                        .tanh())))
                .sin()));
    }
    let (u4, w5) = (
        x[2].exp_m1() * a1,
        ((x[3] / x[1].exp()).cos()) * x[0].exp().cos(),
    );
    for i6 in 1..5 {
        let a1 = a1;
        let a7 = ((k::<D>(1.1))
            + (((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh();
        if i6 != 1 {
            continue;
        }
        let a8 = (((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin())))
            .ln_1p())
            - (((k::<D>(1.5)) + x[2].tanh()).ln());
        s2 -= x[1].sin().atan();
        s2 = (((k::<D>(0.7)) * s2) + x[4]).sin();
    }
    (((a1 + s2) + u4) - w5) + x[0]
}

#[differentiable]
fn p91(x: &[f64], y: f64, nk: usize) -> f64 {
    let a1 = if Float::acosh(1.1 + ((1.5_f64 + 1.181_f64.tanh()) * (1.5 + 1.181.tanh())))
        <= (-0.88) * x[2]
    {
        y
    } else {
        y.cosh().powi(-1).atan()
    };
    let mut s2 = 0.5;
    for i3 in x {
        if {
            let t4 = 0.8_f64;
            x[2]
        } <= -0.84
        {
            s2 *= 1.0_f64 + (0.3 * y.sin());
        }
        s2 *= 1.0 + (0.3 * y.atan().sin());
        s2 *= 1.0 + (0.3 * ((s2 + a1).sin()));
    }
    for i5 in 0..x.len() {
        let a6 = x[i5];
        s2 = (0.5 * s2) + x[i5].exp2().cos();
    }
    if y > -s2 {
        return s2;
    }
    for i7 in 0..nk {
        let mut i8 = 0;
        while i8 < 2 {
            i8 += 1;
            if (1.1_f64 + ((2.0f64 + W[i7].sin()) * (2.0 + W[i7].sin()))).acosh() < -0.45 {
                break;
            }
            let a10 = (1.5
                + ((Float::cos(s2)
                    - ({
                        let t9 = V[i8];
                        y
                    }))
                .tanh()))
            .sqrt();
            let a11 = if !(Float::log2(2.0 + ((i7 as f64).sin()))
                < Float::atanh(0.9_f64 * Float::tanh(x[2])))
            {
                (-1.52) - y
            } else {
                0.64.exp().log10()
            };
            s2 /= 1.0 + (x[2] * x[2]);
            s2 = (0.5 * s2) + ((f64::sin(s2) * a1.atan()).tanh());
        }
        let a1 = (0.9 * ((i7 as f64).sin())).asin();
        s2 += 1.1
            .exp()
            .log((0.5f64 + (0.4 * x[2].cos().atan().sin())).exp())
            .sin();
        s2 = f64::atan((0.7 * s2) + a1.hypot(0.5 + (a1 * a1)).sin().powi(3));
    }
    ((y + a1) + s2) + x[2]
}

fn p91_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let a1 = if (((k::<D>(1.1))
        + (((k::<D>(1.5)) + ((k::<D>(1.181)).tanh()))
            * ((k::<D>(1.5)) + ((k::<D>(1.181)).tanh()))))
    .acosh())
    .re()
        <= ((k::<D>(-0.88)) * x[2]).re()
    {
        y
    } else {
        y.cosh().powi(-1).atan()
    };
    let mut s2 = k::<D>(0.5);
    for i3 in x {
        if ({
            let t4 = k::<D>(0.8);
            x[2]
        })
        .re()
            <= (k::<D>(-0.84)).re()
        {
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * y.sin());
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * y.atan().sin());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s2 + a1).sin()));
    }
    for i5 in 0..x.len() {
        let a6 = x[i5];
        s2 = ((k::<D>(0.5)) * s2) + x[i5].exp2().cos();
    }
    if y.re() > (-s2).re() {
        return s2;
    }
    for i7 in 0..nk {
        let mut i8 = 0;
        while i8 < 2 {
            i8 += 1;
            if (((k::<D>(1.1))
                + (((k::<D>(2.0)) + ((k::<D>(W[i7])).sin()))
                    * ((k::<D>(2.0)) + ((k::<D>(W[i7])).sin()))))
            .acosh())
            .re()
                < (k::<D>(-0.45)).re()
            {
                break;
            }
            let a10 = ((k::<D>(1.5))
                + ((s2.cos()
                    - ({
                        let t9 = k::<D>(V[i8]);
                        y
                    }))
                .tanh()))
            .sqrt();
            let a11 = if !((((k::<D>(2.0)) + ((k::<D>(i7 as f64)).sin())).log2()).re()
                < (((k::<D>(0.9)) * x[2].tanh()).atanh()).re())
            {
                (k::<D>(-1.52)) - y
            } else {
                ((k::<D>(0.64)).exp()).log10()
            };
            s2 /= (k::<D>(1.0)) + (x[2] * x[2]);
            s2 = ((k::<D>(0.5)) * s2) + ((s2.sin() * a1.atan()).tanh());
        }
        let a1 = ((k::<D>(0.9)) * ((k::<D>(i7 as f64)).sin())).asin();
        s2 += (((k::<D>(1.1)).exp()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[2].cos().atan().sin())).exp()).ln())
        .sin();
        s2 = (((k::<D>(0.7)) * s2)
            + ((((a1 * a1 + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1))).sqrt())
                .sin())
            .powi(3)))
        .atan();
    }
    ((y + a1) + s2) + x[2]
}

#[differentiable]
fn p92(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = (y.abs(), 0.89f64.mul_add(x[2], 0.873_f64));
    let mut m3: f64 = f64::sin(Float::cos(x[2])).hypot(1.0).log10();
    let a4 = -1.3f64;
    let (u5, w6) = (((-x[0]).hypot(1.0)).sqrt(), m3.max(y) - (x[2] * w2));
    m3 *= 1.0 + (0.3 * f64::sin(Float::abs(u5)));
    let a7: f64 = ((-0.1).cos()) + x[0].cosh();
    let mut s8 = 0.5;
    for i9 in 1..5 {
        let (u10, w11) = (u5.cos().sinh(), u5 + 0.2);
        m3 = ((0.7 * m3) + f64::clamp(x[0], -0.05, 0.12)).cos();
        s8 -= ((-0.2f64) - u1).tanh();
    }
    ((((a4 - u5) + w6) + a7) - s8) + x[1]
}

fn p92_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (y.abs(), ((k::<D>(0.89)) * x[2] + (k::<D>(0.873))));
    let mut m3: D =
        ((x[2].cos().sin() * x[2].cos().sin() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10();
    let a4 = k::<D>(-1.3);
    let (u5, w6) = (
        (((-x[0]) * (-x[0]) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt(),
        dmax(m3, y) - (x[2] * w2),
    );
    m3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u5.abs().sin());
    let a7: D = ((k::<D>(-0.1)).cos()) + x[0].cosh();
    let mut s8 = k::<D>(0.5);
    for i9 in 1..5 {
        let (u10, w11) = (u5.cos().sinh(), u5 + (k::<D>(0.2)));
        m3 = (((k::<D>(0.7)) * m3) + dclamp(x[0], k::<D>(-0.05), k::<D>(0.12))).cos();
        s8 -= ((k::<D>(-0.2)) - u1).tanh();
    }
    ((((a4 - u5) + w6) + a7) - s8) + x[1]
}

#[differentiable]
fn p93(x: &[f64]) -> f64 {
    let a1 = Float::ln_1p(0.5 + ((1.0 + (0.23 * 0.23)) * (1.0 + (0.23 * 0.23))));
    let mut s2 = 0.0;
    for i3 in 0..x.len() - 1 {
        if i3 >= 2 {
            continue;
        }
        let a5 = {
            let t4 = x[i3 + 1];
            x[i3 + 1]
        };
        s2 += Float::atan(x[i3 + 1]);
    }
    if s2 > -0.31_f64 {
        return s2.atan2(0.5 + (core::f64::consts::PI * core::f64::consts::PI))
            + f64::hypot(s2, 0.5 + (a1 * a1));
    }
    for i6 in 0..x.len() {
        let a7 = core::f64::consts::PI / Float::cosh(0.3);
        s2 *= 1.0f64 + (0.3 * Float::sin(a7));
    }
    for i8 in 0..=4 {
        let mut m9 = x[1];
        let mut m10 = (((m9 + x[1]) * (x[1] - x[0])).trunc()) * x[1];
        s2 = (0.5 * s2) + Float::cos(((s2 - x[1]).tanh()) * V[i8].cosh().log2());
        if i8 >= 0 {
            continue;
        }
    }
    let mut m11: f64 = -0.385;
    (0.001 * (((a1 * s2) + m11) + x[2])).tanh()
}

fn p93_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.5))
        + (((k::<D>(1.0)) + ((k::<D>(0.23)) * (k::<D>(0.23))))
            * ((k::<D>(1.0)) + ((k::<D>(0.23)) * (k::<D>(0.23))))))
    .ln_1p();
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() - 1 {
        if i3 >= 2 {
            continue;
        }
        let a5 = {
            let t4 = x[i3 + 1];
            x[i3 + 1]
        };
        s2 += x[i3 + 1].atan();
    }
    if s2.re() > (k::<D>(-0.31)).re() {
        return datan2(
            s2,
            (k::<D>(0.5)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))),
        ) + ((s2 * s2 + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1))).sqrt());
    }
    for i6 in 0..x.len() {
        let a7 = (k::<D>(core::f64::consts::PI)) / ((k::<D>(0.3)).cosh());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a7.sin());
    }
    for i8 in 0..=4 {
        let mut m9 = x[1];
        let mut m10 = (k::<D>(((m9 + x[1]) * (x[1] - x[0])).re().trunc())) * x[1];
        s2 = ((k::<D>(0.5)) * s2)
            + ((((s2 - x[1]).tanh()) * (((k::<D>(V[i8])).cosh()).log2())).cos());
        if i8 >= 0 {
            continue;
        }
    }
    let mut m11: D = k::<D>(-0.385);
    ((k::<D>(0.001)) * (((a1 * s2) + m11) + x[2])).tanh()
}

#[differentiable]
fn p94<T: Float>(x: [T; 5]) -> T {
    let a1: T = x[2] - (c::<T>(1.0));
    let (u2, w3) = (
        T::mul_add(
            T::ln_1p((c::<T>(0.5)) + (a1.sin().cosh() * a1.sin().cosh())).tanh(),
            (((c::<T>(1.0)) + (x[4] * x[4])).log(Float::exp(
                (c::<T>(0.5)) + ((c::<T>(0.4)) * T::atan(a1).sin()),
            )))
            .atan(),
            ((c::<T>(1.0)) + (T::from(1.7).unwrap() * (c::<T>(1.7)))).sqrt(),
        ),
        a1,
    );
    let mut s4: T = c::<T>(0.0);
    for i5 in 1..x.len() {
        let a6 = c::<T>(ALPHA);
        let mut s7: T = T::zero();
        for i8 in 0..x.len() {
            let a9 = x[i8].exp().ln();
            s4 = s4 - Float::cos(a9.atan());
            s7 = ((c::<T>(0.5)) * s7) + ((((c::<T>(1.94)).exp_m1()).asinh()).sin());
        }
        let mut m10 = x[i5];
        s4 = s4 + T::tanh((s4.round() * w3) - w3);
        s7 = s7.max(x[i5].cos());
    }
    let mut s11: T = c::<T>(0.5);
    for i12 in x.iter() {
        let (u13, w14) = (
            ((u2.cos() * s11.sin()) + T::exp2(x[0]))
                * (T::acos((c::<T>(0.9)) * ((c::<T>(1.1)).sin()))
                    * (((c::<T>(1.0)) + ((*i12) * (*i12))).powi(-1))),
            ((c::<T>(1.0)) + ((s4.cos() * w3) * (T::cos(s4) * w3))).sqrt(),
        );
        s11 = s11 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((c::<T>(-0.413)).sin())));
        s4 = s4 - ((((c::<T>(0.9)) * Float::tanh(x[0])).atanh()).atan());
    }
    for &i15 in x.iter() {
        s11 = s11
            - ((T::sin(if x[1] >= c::<T>(-0.01) { u2 } else { u2 }) * a1.cos().sinh().sin()).sin());
        let a16 = ((T::cos(s4) * u2.sin())
            / ((x[4] / (T::one() + (u2.cos() * Float::cos(u2)))).hypot(c::<T>(1.0))))
            - x[2];
        let mut s17: T = c::<T>(0.5);
        for i18 in 0..x.len() {
            let mut m20 = {
                let t19 = ((u2 - s4).atan()) * (((c::<T>(0.9)) * Float::sin(i15)).acos());
                (T::from(1.5).unwrap() + (((c::<T>(core::f64::consts::PI)) * i15).tanh())).cbrt()
            };
            let a21: T = w3;
            if i18 > 0 {
                m20 = m20 / (T::one() + (x[i18] * x[i18]));
            } else {
                m20 = m20 + ((((c::<T>(2.0)) + a1.sin()).powf(s11.sin())).atan());
            }
            s17 = s17.min(x[i18].tanh());
            m20 = (((c::<T>(0.7)) * m20) + (i15 - x[i18])).tanh();
        }
        s4 = s4
            * (T::one()
                + (T::from(0.3).unwrap()
                    * Float::sin(x[0].cos().clamp(c::<T>(-1.02), c::<T>(0.65)))));
    }
    T::tanh((c::<T>(0.001)) * (((((a1 + u2) + w3) + s4) + s11) + x[1]))
}

fn p94_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[2] - (k::<D>(1.0));
    let (u2, w3) = (
        (((((k::<D>(0.5)) + (a1.sin().cosh() * a1.sin().cosh())).ln_1p()).tanh())
            * ((((k::<D>(1.0)) + (x[4] * x[4])).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.atan().sin())).exp()).ln())
            .atan())
            + (((k::<D>(1.0)) + ((k::<D>(1.7)) * (k::<D>(1.7)))).sqrt())),
        a1,
    );
    let mut s4: D = k::<D>(0.0);
    for i5 in 1..x.len() {
        let a6 = k::<D>(ALPHA);
        let mut s7: D = k::<D>(0.0);
        for i8 in 0..x.len() {
            let a9 = x[i8].exp().ln();
            s4 -= a9.atan().cos();
            s7 = ((k::<D>(0.5)) * s7) + ((((k::<D>(1.94)).exp_m1()).asinh()).sin());
        }
        let mut m10 = x[i5];
        s4 += (((k::<D>(s4.re().round())) * w3) - w3).tanh();
        s7 = dmax(s7, x[i5].cos());
    }
    let mut s11: D = k::<D>(0.5);
    for i12 in x {
        let (u13, w14) = (
            ((u2.cos() * s11.sin()) + x[0].exp2())
                * ((((k::<D>(0.9)) * ((k::<D>(1.1)).sin())).acos())
                    * (((k::<D>(1.0)) + ((*i12) * (*i12))).powi(-1))),
            ((k::<D>(1.0)) + ((s4.cos() * w3) * (s4.cos() * w3))).sqrt(),
        );
        s11 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.413)).sin()));
        s4 -= (((k::<D>(0.9)) * x[0].tanh()).atanh()).atan();
    }
    for &i15 in x.iter() {
        s11 -= (((if x[1].re() >= (k::<D>(-0.01)).re() {
            u2
        } else {
            u2
        })
        .sin())
            * a1.cos().sinh().sin())
        .sin();
        let a16 = ((s4.cos() * u2.sin())
            / (((x[4] / ((k::<D>(1.0)) + (u2.cos() * u2.cos())))
                * (x[4] / ((k::<D>(1.0)) + (u2.cos() * u2.cos())))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt()))
            - x[2];
        let mut s17: D = k::<D>(0.5);
        for i18 in 0..x.len() {
            let mut m20 = {
                let t19 = ((u2 - s4).atan()) * (((k::<D>(0.9)) * i15.sin()).acos());
                ((k::<D>(1.5)) + (((k::<D>(core::f64::consts::PI)) * i15).tanh())).cbrt()
            };
            let a21: D = w3;
            if i18 > 0 {
                m20 /= (k::<D>(1.0)) + (x[i18] * x[i18]);
            } else {
                m20 += ((s11.sin() * ((k::<D>(2.0)) + a1.sin()).ln()).exp()).atan();
            }
            s17 = dmin(s17, x[i18].tanh());
            m20 = (((k::<D>(0.7)) * m20) + (i15 - x[i18])).tanh();
        }
        s4 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * dclamp(x[0].cos(), k::<D>(-1.02), k::<D>(0.65)).sin());
    }
    ((k::<D>(0.001)) * (((((a1 + u2) + w3) + s4) + s11) + x[1])).tanh()
}

#[differentiable]
fn p95<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = ((c::<T>(1.0)) + ((x1 + x1) * (x1 + x1))).log10();
    let mut s2: T = c::<T>(1.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = if a1.tanh().cosh().recip() >= c::<T>(0.62) {
            x1.atan()
        } else {
            s2 + s2
        };
        let mut m5: T = a1;
        m5 -= x2.min(a4).min(x1 + m5).sin();
        m5 = ((c::<T>(0.5)) * m5) + Float::tanh(((c::<T>(1.5)) + ((c::<T>(V[i3])).tanh())).log10());
    }
    let a6 = -x1;
    let a7: T = ((c::<T>(1.5))
        + Float::tanh(
            s2 / (T::from(2.0).unwrap()
                + ((a1 / ((c::<T>(1.0)) + (Float::cos(a1) * Float::cos(a1)))).sin())),
        ))
    .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * a1.sin().sin())).exp());
    let a7 = T::tanh(x0);
    for i8 in 2..3 {
        let (u9, w10) = (
            a7,
            Float::cosh((-((c::<T>(-1.6)).atan2(-((c::<T>(0.5)) + (a7 * a7))))).atan()).log2(),
        );
        s2 = ((c::<T>(0.5)) * s2) + ((T::mul_add(a6, T::cos(s2), x2) - a1).sin());
        s2 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::cos(c::<T>(W[i8])).exp().cos());
    }
    (((x2 * a1) + s2) + a6) + a7
}

fn p95_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((k::<D>(1.0)) + ((x1 + x1) * (x1 + x1))).log10();
    let mut s2: D = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = if a1.tanh().cosh().recip().re() >= (k::<D>(0.62)).re() {
            x1.atan()
        } else {
            s2 + s2
        };
        let mut m5: D = a1;
        m5 -= dmin(dmin(x2, a4), x1 + m5).sin();
        m5 = ((k::<D>(0.5)) * m5) + ((((k::<D>(1.5)) + ((k::<D>(V[i3])).tanh())).log10()).tanh());
    }
    let a6 = -x1;
    let a7: D = (((k::<D>(1.5))
        + ((s2 / ((k::<D>(2.0)) + ((a1 / ((k::<D>(1.0)) + (a1.cos() * a1.cos()))).sin())))
            .tanh()))
    .ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin().sin())).exp()).ln());
    let a7 = x0.tanh();
    for i8 in 2..3 {
        let (u9, w10) = (
            a7,
            (((-datan2(k::<D>(-1.6), -((k::<D>(0.5)) + (a7 * a7)))).atan()).cosh()).log2(),
        );
        s2 = ((k::<D>(0.5)) * s2) + (((a6 * s2.cos() + x2) - a1).sin());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(W[i8])).cos()).exp()).cos()));
    }
    (((x2 * a1) + s2) + a6) + a7
}

#[differentiable]
fn p96<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1 = p73(x0, x0);
    let a2 = x0;
    let a3 = Float::log(
        T::exp(x0).powi(0).cosh().powi(-2).exp(),
        ((c::<T>(0.5))
            + ((c::<T>(0.4)) * Float::sin(T::atan((((a1 + x1).tanh()).exp()).powi(-2)))))
        .exp(),
    );
    let (u4, w5) = (
        c::<T>(0.54),
        T::cosh(c::<T>(0.321)).atan().mul_add(x1 - a2, -a2),
    );
    let mut s6: T = c::<T>(0.5);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        if i7 % 2 == 0 {
            break;
        }
        s6 = ((c::<T>(0.5)) * s6)
            + (((T::from(0.9).unwrap() * T::from(-1.97).unwrap().sin()).asin()).sin());
        s6 += a3.sin();
    }
    (((a2 + a3) + u4) + w5) + s6
}

fn p96_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = p73_d(x0, x0);
    let a2 = x0;
    let a3 = (x0.exp().powi(0).cosh().powi(-2).exp().ln()
        / (((k::<D>(0.5))
            + ((k::<D>(0.4)) * ((((((a1 + x1).tanh()).exp()).powi(-2)).atan()).sin())))
        .exp())
        .ln());
    let (u4, w5) = (
        k::<D>(0.54),
        ((((k::<D>(0.321)).cosh()).atan()) * (x1 - a2) + (-a2)),
    );
    let mut s6: D = k::<D>(0.5);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        if i7 % 2 == 0 {
            break;
        }
        s6 = ((k::<D>(0.5)) * s6) + ((((k::<D>(0.9)) * ((k::<D>(-1.97)).sin())).asin()).sin());
        s6 += a3.sin();
    }
    (((a2 + a3) + u4) + w5) + s6
}

#[differentiable]
fn p97(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0f64;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut s3: f64 = 0.5;
        for i4 in 0..4 {
            let a5 = f64::log2(2.0f64 + Float::sin(s1)).sin();
            s1 += s3.max(Float::sin(s1)).tanh();
        }
        s3 *= 1.0 + (0.3 * Float::powi(f64::asinh(s1), 1).sin());
        s1 = (0.5 * s1)
            + ((Float::tanh((0.9 * Float::sin(Float::atan(s3))).atanh())
                * Float::tanh({
                    let t6 = x0;
                    s1
                }))
            .cos());
    }
    let mut m7 = Float::sin(x0 / (((x0 - x0).sin()).exp())).cosh();
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let mut m9 = x0;
        let a10 = Float::recip(s1.atan().exp()).sin().exp2();
        s1 *= 1.0
            + (0.3_f64
                * ((if !(m9.mul_add(a10.sin(), x1) < -0.26_f64) {
                    s1 / x2.hypot(1.0f64)
                } else {
                    (1.5 + f64::tanh(1.66)).log10()
                })
                .sin()));
        m9 = f64::min(m9, ((a10 + a10) / (1.5 + ((s1 + x1).tanh()))).atan());
    }
    let mut m11 = s1;
    let a12 = Float::cosh(x0).powf(x1);
    (0.001 * ((((x2 + s1) + m7) + m11) * a12)).tanh()
}

fn p97_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut s3: D = k::<D>(0.5);
        for i4 in 0..4 {
            let a5 = (((k::<D>(2.0)) + s1.sin()).log2()).sin();
            s1 += dmax(s3, s1.sin()).tanh();
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.asinh().powi(1).sin());
        s1 = ((k::<D>(0.5)) * s1)
            + ((((((k::<D>(0.9)) * s3.atan().sin()).atanh()).tanh())
                * (({
                    let t6 = x0;
                    s1
                })
                .tanh()))
            .cos());
    }
    let mut m7 = ((x0 / (((x0 - x0).sin()).exp())).sin()).cosh();
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let mut m9 = x0;
        let a10 = s1.atan().exp().recip().sin().exp2();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((if !((m9 * a10.sin() + x1).re() < (k::<D>(-0.26)).re()) {
                    s1 / ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                } else {
                    ((k::<D>(1.5)) + ((k::<D>(1.66)).tanh())).log10()
                })
                .sin()));
        m9 = dmin(
            m9,
            ((a10 + a10) / ((k::<D>(1.5)) + ((s1 + x1).tanh()))).atan(),
        );
    }
    let mut m11 = s1;
    let a12 = (x1 * x0.cosh().ln()).exp();
    ((k::<D>(0.001)) * ((((x2 + s1) + m7) + m11) * a12)).tanh()
}

#[differentiable]
fn p98<T>(x0: T, x1: T, nk: usize) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.5);
    for i2 in 1..4 {
        let a3 = s1.tanh() - (x1 - x1);
        let mut s4: T = c::<T>(0.0);
        let mut i5 = 0;
        while i5 < 2 {
            i5 += 1;
            let a3 = s1;
            s1 *= T::one() + ((c::<T>(0.3)) * T::tanh(a3).sin());
        }
        let mut s6 = c::<T>(0.5);
        for i7 in (i2 + 1)..7 {
            let a3 = x1 - x0;
            let a8 = a3 * x1;
            s4 += Float::atan2(s1, (c::<T>(0.5)) + (s4 * s4)).cos();
        }
        s6 += T::tanh(a3).powi(1).atan();
    }
    s1 += x0;
    let (u9, w10) = (T::cbrt(T::from(-1.28).unwrap().exp()), x1);
    let mut s11: T = c::<T>(1.0);
    for i12 in 0..4 {
        let a13 = if i12 % 2 == 1 {
            T::cos(x1.powi(2)).exp_m1()
        } else {
            c::<T>(i12 as f64)
        };
        s11 *= T::one()
            + ((c::<T>(0.3)) * T::sin(((c::<T>(core::f64::consts::PI)) / T::exp(x1)) + u9));
        s11 -= Float::tanh(s11);
    }
    s1 *= (c::<T>(1.0))
        + ((c::<T>(0.3))
            * (((Float::asinh(c::<T>(std::f64::consts::E)) + T::abs(u9))
                + (((if !(w10 >= T::from(1.62).unwrap()) {
                    s11
                } else {
                    c::<T>(-1.6)
                })
                .tanh())
                .powi(3)))
            .sin()));
    let a14 = Float::sin(Float::abs(c::<T>(std::f64::consts::E)) + T::tanh(c::<T>(-0.509)));
    ((c::<T>(0.001)) * ((((s1 + u9) + w10) + s11) + a14)).tanh()
}

fn p98_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 1..4 {
        let a3 = s1.tanh() - (x1 - x1);
        let mut s4: D = k::<D>(0.0);
        let mut i5 = 0;
        while i5 < 2 {
            i5 += 1;
            let a3 = s1;
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a3.tanh().sin());
        }
        let mut s6 = k::<D>(0.5);
        for i7 in (i2 + 1)..7 {
            let a3 = x1 - x0;
            let a8 = a3 * x1;
            s4 += datan2(s1, (k::<D>(0.5)) + (s4 * s4)).cos();
        }
        s6 += a3.tanh().powi(1).atan();
    }
    s1 += x0;
    let (u9, w10) = (((k::<D>(-1.28)).exp()).cbrt(), x1);
    let mut s11: D = k::<D>(1.0);
    for i12 in 0..4 {
        let a13 = if i12 % 2 == 1 {
            x1.powi(2).cos().exp_m1()
        } else {
            k::<D>(i12 as f64)
        };
        s11 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(core::f64::consts::PI)) / x1.exp()) + u9).sin()));
        s11 -= s11.tanh();
    }
    s1 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((((k::<D>(std::f64::consts::E)).asinh()) + u9.abs())
                + (((if !(w10.re() >= (k::<D>(1.62)).re()) {
                    s11
                } else {
                    k::<D>(-1.6)
                })
                .tanh())
                .powi(3)))
            .sin()));
    let a14 = (((k::<D>(std::f64::consts::E)).abs()) + ((k::<D>(-0.509)).tanh())).sin();
    ((k::<D>(0.001)) * ((((s1 + u9) + w10) + s11) + a14)).tanh()
}

#[differentiable]
fn p99<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut m1 = Float::atan(x1);
    let mut s2 = c::<T>(1.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let a4 = if T::acosh(T::from(1.1).unwrap() + (T::cosh(x0) * x0.cosh())) < m1.asinh() {
            T::atan(m1) * (c::<T>(1.9))
        } else {
            s2
        };
        let mut s5 = c::<T>(1.0);
        let mut i6 = 0;
        while i6 < 4 {
            i6 += 1;
            let a4 = (((s2 / m1.cos().cosh()).cos()).cosh())
                .powf(T::hypot(c::<T>(-1.4), c::<T>(1.0)).powf(x0).atan());
            s5 *= (c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * ((((c::<T>(1.1))
                        + (((c::<T>(2.0)) + a4.sin()) * ((c::<T>(2.0)) + Float::sin(a4))))
                    .acosh())
                    .sin()));
        }
        m1 += Float::sin(
            (((c::<T>(core::f64::consts::PI)) + a4).cos())
                - (T::powf((c::<T>(2.0)) + T::sin(T::from(-0.27).unwrap()), x1)
                    + ((T::one() + (a4.tanh() * T::tanh(a4))).powf((c::<T>(BETA)).cos()))),
        );
        s5 = ((c::<T>(0.5)) * s5) + m1.asinh().sin();
        m1 = ((c::<T>(0.5)) * m1) + T::atan(Float::mul_add(Float::atan(m1), Float::tanh(a4), a4));
    }
    let a7 = m1;
    for i8 in 0..3 {
        let (u9, w10) = (
            Float::hypot(
                (m1 - (c::<T>(0.962))) / (((m1 / Float::exp(s2.tanh())).tanh()).exp()),
                c::<T>(1.0),
            )
            .log10(),
            (((T::from(1.4).unwrap().cos() * s2.tanh()).cos()).exp_m1())
                - ((-x1) + ((c::<T>(i8 as f64)) + (c::<T>(W[i8])))),
        );
        if c::<T>(-0.9) < T::from(-0.04).unwrap() {
            continue;
        }
        s2 *= T::one() + ((c::<T>(0.3)) * T::sin(a7 + (c::<T>(i8 as f64))));
        s2 *= (c::<T>(1.0))
            + (T::from(0.3).unwrap() * Float::sin(s2.clamp(c::<T>(-0.76), c::<T>(0.27))));
    }
    if !(m1.tanh() * x1 <= T::from(-0.472).unwrap() + a7) {
        return ((m1.cos() * a7.cos()).sin()).sinh();
    }
    let mut s11 = c::<T>(0.0);
    for i12 in 2..4 {
        let (u13, w14) = (
            (-m1) - ((c::<T>(std::f64::consts::E)) + a7),
            x0.mul_add(x1, a7) - T::from(-1.32).unwrap(),
        );
        let mut i15 = 0;
        while i15 < 3 {
            i15 += 1;
            let a16 = if c::<T>(i12 as f64) <= c::<T>(0.596) {
                c::<T>(V[i15])
            } else {
                m1
            };
            let mut m17 = ((c::<T>(1.0))
                + (Float::cosh(Float::atan(s2.sin().sinh())).sin()
                    * Float::sinh(Float::sin(s2)).atan().cosh().sin()))
            .powf(Float::atan(u13.atan().exp()).sin());
            s2 = (((c::<T>(0.7)) * s2) + T::from(1.2).unwrap().sin().sinh()).sin();
            if u13 / x0.hypot(c::<T>(1.0))
                < T::acosh(
                    (c::<T>(1.1))
                        + (T::hypot(c::<T>(-0.701), T::one())
                            * Float::hypot(c::<T>(-0.701), c::<T>(1.0))),
                )
            {
                continue;
            }
            m1 -= (c::<T>(core::f64::consts::PI)).atan();
        }
        m1 += Float::atan(
            -(((c::<T>(0.9))
                * ((({
                    let t18 = c::<T>(i12 as f64);
                    w14
                })
                .tanh())
                .tanh()))
            .asin()),
        );
        s11 = s11.max(s11.tanh().powi(3).atan());
    }
    let a19 = c::<T>(BETA);
    let a20: T = a19 - a19;
    (((s2 + a7) + s11) + a19) + a20
}

fn p99_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = x1.atan();
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let a4 = if (((k::<D>(1.1)) + (x0.cosh() * x0.cosh())).acosh()).re() < m1.asinh().re() {
            m1.atan() * (k::<D>(1.9))
        } else {
            s2
        };
        let mut s5 = k::<D>(1.0);
        let mut i6 = 0;
        while i6 < 4 {
            i6 += 1;
            let a4 = ((((x0
                * (((k::<D>(-1.4)) * (k::<D>(-1.4)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    .ln())
            .exp())
            .atan())
                * (((s2 / m1.cos().cosh()).cos()).cosh()).ln())
            .exp();
            s5 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.1))
                        + (((k::<D>(2.0)) + a4.sin()) * ((k::<D>(2.0)) + a4.sin())))
                    .acosh())
                    .sin()));
        }
        m1 += ((((k::<D>(core::f64::consts::PI)) + a4).cos())
            - (((x1 * ((k::<D>(2.0)) + ((k::<D>(-0.27)).sin())).ln()).exp())
                + ((((k::<D>(BETA)).cos()) * ((k::<D>(1.0)) + (a4.tanh() * a4.tanh())).ln())
                    .exp())))
        .sin();
        s5 = ((k::<D>(0.5)) * s5) + m1.asinh().sin();
        m1 = ((k::<D>(0.5)) * m1) + ((m1.atan() * a4.tanh() + a4).atan());
    }
    let a7 = m1;
    for i8 in 0..3 {
        let (u9, w10) = (
            ((((m1 - (k::<D>(0.962))) / (((m1 / s2.tanh().exp()).tanh()).exp()))
                * ((m1 - (k::<D>(0.962))) / (((m1 / s2.tanh().exp()).tanh()).exp()))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .log10(),
            (((((k::<D>(1.4)).cos()) * s2.tanh()).cos()).exp_m1())
                - ((-x1) + ((k::<D>(i8 as f64)) + (k::<D>(W[i8])))),
        );
        if (k::<D>(-0.9)).re() < (k::<D>(-0.04)).re() {
            continue;
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a7 + (k::<D>(i8 as f64))).sin()));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dclamp(s2, k::<D>(-0.76), k::<D>(0.27)).sin());
    }
    if !((m1.tanh() * x1).re() <= ((k::<D>(-0.472)) + a7).re()) {
        return ((m1.cos() * a7.cos()).sin()).sinh();
    }
    let mut s11 = k::<D>(0.0);
    for i12 in 2..4 {
        let (u13, w14) = (
            (-m1) - ((k::<D>(std::f64::consts::E)) + a7),
            (x0 * x1 + a7) - (k::<D>(-1.32)),
        );
        let mut i15 = 0;
        while i15 < 3 {
            i15 += 1;
            let a16 = if (k::<D>(i12 as f64)).re() <= (k::<D>(0.596)).re() {
                k::<D>(V[i15])
            } else {
                m1
            };
            let mut m17 = (u13.atan().exp().atan().sin()
                * ((k::<D>(1.0))
                    + (s2.sin().sinh().atan().cosh().sin() * s2.sin().sinh().atan().cosh().sin()))
                .ln())
            .exp();
            s2 = (((k::<D>(0.7)) * s2) + (((k::<D>(1.2)).sin()).sinh())).sin();
            if (u13 / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re()
                < (((k::<D>(1.1))
                    + ((((k::<D>(-0.701)) * (k::<D>(-0.701)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())
                        * (((k::<D>(-0.701)) * (k::<D>(-0.701)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                            .sqrt())))
                .acosh())
                .re()
            {
                continue;
            }
            m1 -= (k::<D>(core::f64::consts::PI)).atan();
        }
        m1 += (-(((k::<D>(0.9))
            * ((({
                let t18 = k::<D>(i12 as f64);
                w14
            })
            .tanh())
            .tanh()))
        .asin()))
        .atan();
        s11 = dmax(s11, s11.tanh().powi(3).atan());
    }
    let a19 = k::<D>(BETA);
    let a20: D = a19 - a19;
    (((s2 + a7) + s11) + a19) + a20
}

#[differentiable]
fn p100(x: [f64; 6]) -> f64 {
    let a1 = (core::f64::consts::PI.cos().sinh() - (-std::f64::consts::E))
        / f64::cos(
            ((1.0f64 + (std::f64::consts::E * std::f64::consts::E)).sqrt()).hypot(
                0.5 + (Float::atan2(BETA, -(0.5 + ((-0.022f64) * (-0.022))))
                    * f64::atan2(BETA, -(0.5 + ((-0.022_f64) * (-0.022))))),
            ),
        )
        .cosh();
    let a1 = (if a1 >= a1 { x[4] } else { x[0] }).tanh();
    let mut m2 = a1;
    let a1: f64 = (2.0
        + (((1.1
            + ((2.0 + (((-0.1) + (-0.002f64)).sin()))
                * (2.0_f64 + f64::sin((-0.1) + (-0.002f64)))))
        .acosh())
        .sin()))
    .log(
        (0.5f64 + (0.4 * Float::cos(Float::tan(f64::atan(((-0.186).exp()).cbrt()).sin())).sin()))
            .exp(),
    );
    for i3 in 0..=4 {
        let (u4, w5) = (
            m2.tanh().trunc() * (((-0.15).exp2()).tanh()),
            1.53_f64.mul_add(a1.tanh(), m2) - ((1.0 + (m2.atan() * m2.atan())).log10()),
        );
        if (0.9 * f64::sin(Float::atan(m2))).asin() > Float::exp(x[0]).cbrt() {
            break;
        }
        for i6 in 0..x.len() {
            let a7 = Float::atan2(
                w5.atan()
                    .atan2(-(0.5 + (x[i6].exp2() * Float::exp2(x[i6])))),
                -(0.5 + (W[i3].exp() * W[i3].exp())),
            );
            let w5: f64 = x[i6];
            m2 -= Float::atan(x[i6]);
            m2 = (0.5f64 * m2) + u4.tanh().cosh().tanh();
        }
        m2 /= 2.0f64 + Float::sin(x[3].sinh());
        m2 = f64::cos((0.7 * m2) + ((i3 as f64) * x[1]));
    }
    (m2 + a1) + x[1]
}

fn p100_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((((k::<D>(core::f64::consts::PI)).cos()).sinh()) - (-(k::<D>(std::f64::consts::E))))
        / (((((((k::<D>(1.0))
            + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
        .sqrt())
            * (((k::<D>(1.0))
                + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
            .sqrt())
            + ((k::<D>(0.5))
                + (datan2(
                    k::<D>(BETA),
                    -((k::<D>(0.5)) + ((k::<D>(-0.022)) * (k::<D>(-0.022)))),
                ) * datan2(
                    k::<D>(BETA),
                    -((k::<D>(0.5)) + ((k::<D>(-0.022)) * (k::<D>(-0.022)))),
                )))
                * ((k::<D>(0.5))
                    + (datan2(
                        k::<D>(BETA),
                        -((k::<D>(0.5)) + ((k::<D>(-0.022)) * (k::<D>(-0.022)))),
                    ) * datan2(
                        k::<D>(BETA),
                        -((k::<D>(0.5)) + ((k::<D>(-0.022)) * (k::<D>(-0.022)))),
                    ))))
        .sqrt())
        .cos())
        .cosh());
    let a1 = (if a1.re() >= a1.re() { x[4] } else { x[0] }).tanh();
    let mut m2 = a1;
    let a1: D = (((k::<D>(2.0))
        + ((((k::<D>(1.1))
            + (((k::<D>(2.0)) + (((k::<D>(-0.1)) + (k::<D>(-0.002))).sin()))
                * ((k::<D>(2.0)) + (((k::<D>(-0.1)) + (k::<D>(-0.002))).sin()))))
        .acosh())
        .sin()))
    .ln()
        / (((k::<D>(0.5))
            + ((k::<D>(0.4))
                * ((((((((k::<D>(-0.186)).exp()).cbrt()).atan()).sin()).tan()).cos()).sin())))
        .exp())
        .ln());
    for i3 in 0..=4 {
        let (u4, w5) = (
            (k::<D>(m2.tanh().re().trunc())) * (((k::<D>(-0.15)).exp2()).tanh()),
            ((k::<D>(1.53)) * a1.tanh() + m2) - (((k::<D>(1.0)) + (m2.atan() * m2.atan())).log10()),
        );
        if (((k::<D>(0.9)) * m2.atan().sin()).asin()).re() > x[0].exp().cbrt().re() {
            break;
        }
        for i6 in 0..x.len() {
            let a7 = datan2(
                datan2(w5.atan(), -((k::<D>(0.5)) + (x[i6].exp2() * x[i6].exp2()))),
                -((k::<D>(0.5)) + (((k::<D>(W[i3])).exp()) * ((k::<D>(W[i3])).exp()))),
            );
            let w5: D = x[i6];
            m2 -= x[i6].atan();
            m2 = ((k::<D>(0.5)) * m2) + u4.tanh().cosh().tanh();
        }
        m2 /= (k::<D>(2.0)) + x[3].sinh().sin();
        m2 = (((k::<D>(0.7)) * m2) + ((k::<D>(i3 as f64)) * x[1])).cos();
    }
    (m2 + a1) + x[1]
}

#[differentiable]
fn p101<T>(x0: T, x1: T, x2: T, nk: usize) -> T
where
    T: Float + NumAssign,
{
    let mut m1: T = (x2 - x2) - (if x2 < x2 { x1 } else { c::<T>(BETA) });
    if !((c::<T>(-1.7)).exp() < T::from(0.94).unwrap()) {
        m1 -= c::<T>(1.4);
    }
    let a2 = Float::atan(x2 - x2);
    let a2 = (((x0 + x0).cos()).exp()).recip();
    if !(x1 / ((c::<T>(1.5)) + T::tanh(x2)) > c::<T>(-0.29)) {
        m1 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * T::sin(m1));
    }
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = x0 - x0;
        for i5 in 1..=5 {
            let a6 = ((c::<T>(1.0)) + (x2 * x2)).powf(Float::atan(c::<T>(i3 as f64)));
            let a4: T = Float::powf(
                (c::<T>(W[i3])).hypot(c::<T>(1.0)),
                Float::sin(a6 / a2.sin().exp()),
            );
            let a7 = x2.sin().tan();
            m1 -= T::cos(x1.exp());
        }
        m1 = ((c::<T>(0.5)) * m1) + x0.tanh();
        m1 *= T::one()
            + (T::from(0.3).unwrap() * (((Float::sin(c::<T>(1.7)) * T::cos(m1)) + (-x1)).sin()));
    }
    ((c::<T>(0.001)) * ((((x0 + x1) + x2) - m1) + a2)).tanh()
}

fn p101_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut m1: D = (x2 - x2) - (if x2.re() < x2.re() { x1 } else { k::<D>(BETA) });
    if !(((k::<D>(-1.7)).exp()).re() < (k::<D>(0.94)).re()) {
        m1 -= k::<D>(1.4);
    }
    let a2 = (x2 - x2).atan();
    let a2 = (((x0 + x0).cos()).exp()).recip();
    if !((x1 / ((k::<D>(1.5)) + x2.tanh())).re() > (k::<D>(-0.29)).re()) {
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m1.sin());
    }
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = x0 - x0;
        for i5 in 1..=5 {
            let a6 = (((k::<D>(i3 as f64)).atan()) * ((k::<D>(1.0)) + (x2 * x2)).ln()).exp();
            let a4: D = (((a6 / a2.sin().exp()).sin())
                * (((k::<D>(W[i3])) * (k::<D>(W[i3])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    .ln())
            .exp();
            let a7 = x2.sin().tan();
            m1 -= x1.exp().cos();
        }
        m1 = ((k::<D>(0.5)) * m1) + x0.tanh();
        m1 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((k::<D>(1.7)).sin()) * m1.cos()) + (-x1)).sin()));
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + x2) - m1) + a2)).tanh()
}

#[differentiable]
fn p102(x0: f64, x1: f64) -> f64 {
    let a1 = if (1.1 + ((1.5 + x0.tanh()) * (1.5 + x0.tanh()))).acosh() > (0.9 * x1.sin()).asin() {
        x0.powi(3).sin()
    } else {
        f64::tanh(x1).tanh()
    };
    let a2 = if a1 >= 0.05 {
        a1.abs().mul_add(x0 / (1.0f64 + (x0 * x0)), x0 * a1)
    } else {
        Float::atan(Float::log2(1.5 + x1.tanh()))
    };
    let a1: f64 = x1 + Float::log(1.0_f64 + (x1 * x1), (0.5 + (0.4 * x0.sin())).exp());
    let a3 = Float::max(x1, x1.sin()).cos();
    let (u4, w5) = (
        Float::sinh(1.86).min(x0 + a1) + ((a3 / a3.exp()) - core::f64::consts::PI),
        a2,
    );
    let a2 = a2 / w5.cos().exp();
    (((a1 * a3) + u4) + w5) + a2
}

fn p102_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if (((k::<D>(1.1)) + (((k::<D>(1.5)) + x0.tanh()) * ((k::<D>(1.5)) + x0.tanh())))
        .acosh())
    .re()
        > (((k::<D>(0.9)) * x1.sin()).asin()).re()
    {
        x0.powi(3).sin()
    } else {
        x1.tanh().tanh()
    };
    let a2 = if a1.re() >= (k::<D>(0.05)).re() {
        (a1.abs() * (x0 / ((k::<D>(1.0)) + (x0 * x0))) + (x0 * a1))
    } else {
        (((k::<D>(1.5)) + x1.tanh()).log2()).atan()
    };
    let a1: D = x1
        + (((k::<D>(1.0)) + (x1 * x1)).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln());
    let a3 = dmax(x1, x1.sin()).cos();
    let (u4, w5) = (
        dmin((k::<D>(1.86)).sinh(), x0 + a1) + ((a3 / a3.exp()) - (k::<D>(core::f64::consts::PI))),
        a2,
    );
    let a2 = a2 / w5.cos().exp();
    (((a1 * a3) + u4) + w5) + a2
}

#[differentiable]
fn p103(x: &[f64]) -> f64 {
    let a1 = ALPHA;
    let a1 = (0.9 * f64::tanh(f64::atan(x[2].powi(2) + a1.atan().sinh()))).acos();
    let mut s2 = 1.0;
    for i3 in x {
        let a4 = Float::cos(s2) + (-a1);
        let a5: f64 = (-a4) - (x[2] * a1);
        let a4 = -(*i3);
        s2 += (x[0] / (1.0f64 + (a5.tanh() * a5.tanh()))).cos();
        s2 = (0.5 * s2) + a4.cos();
    }
    for i6 in 0..x.len() {
        s2 += ((1.1_f64 + (x[i6].hypot(1.0) * x[i6].hypot(1.0))).acosh()).sin();
        let (u7, w8) = (
            f64::powi(1.0_f64 + (s2.sin() * f64::sin(s2)), -2)
                + f64::log10(f64::exp(Float::cos(s2))),
            f64::powi(Float::sin(s2), 2),
        );
        s2 += x[i6].atan();
        s2 += f64::exp_m1(((i6 as f64) + 1.94).tanh()).sin();
    }
    (a1 - s2) * x[2]
}

fn p103_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(ALPHA);
    let a1 = ((k::<D>(0.9)) * (((x[2].powi(2) + a1.atan().sinh()).atan()).tanh())).acos();
    let mut s2 = k::<D>(1.0);
    for i3 in x {
        let a4 = s2.cos() + (-a1);
        let a5: D = (-a4) - (x[2] * a1);
        let a4 = -(*i3);
        s2 += (x[0] / ((k::<D>(1.0)) + (a5.tanh() * a5.tanh()))).cos();
        s2 = ((k::<D>(0.5)) * s2) + a4.cos();
    }
    for i6 in 0..x.len() {
        s2 += (((k::<D>(1.1))
            + (((x[i6] * x[i6] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((x[i6] * x[i6] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh())
        .sin();
        let (u7, w8) = (
            (((k::<D>(1.0)) + (s2.sin() * s2.sin())).powi(-2)) + s2.cos().exp().log10(),
            s2.sin().powi(2),
        );
        s2 += x[i6].atan();
        s2 += ((((k::<D>(i6 as f64)) + (k::<D>(1.94))).tanh()).exp_m1()).sin();
    }
    (a1 - s2) * x[2]
}

#[differentiable]
fn p104(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        -f64::powf(
            f64::exp(f64::cos(x0 * x2)),
            1.31.atan2(-(0.5 + (ALPHA * ALPHA))).atan(),
        ),
        x2,
    );
    let a3 = ((0.9f64 * x1.tanh()).acos()).sin();
    let a4: f64 = (x1.tanh() * u1.sin()).cos();
    let a5 = if (-0.1) / (1.0_f64 + ((-1.527) * (-1.527))) < -0.42 && -0.53 > a3 {
        a3 / (1.5 + x2.tanh())
    } else {
        a3 / (1.0 + (x0 * x0))
    };
    if x1 - (-0.35) > 0.79 {
        return Float::ln(
            1.0 + ((x2 / (1.5_f64 + f64::tanh(-1.817))) * (x2 / (1.5 + f64::tanh(-1.817)))),
        );
    }
    let mut s6 = 0.5;
    for i7 in 0..3 {
        let a8 = -w2.powi(3);
        let a9 = a4;
        s6 /= 2.0_f64 + Float::sin(u1);
        s6 /= 1.0 + (a4 * a4);
    }
    let a10: f64 = a5.asinh();
    let mut s11 = 0.5;
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let mut m13 = Float::powf(2.0 + core::f64::consts::PI.sin(), -0.1);
        let mut s14: f64 = 0.0;
        let mut i15 = 0;
        while i15 < 3 {
            i15 += 1;
            let a16 = V[i15];
            let a17 = a16.max(x0);
            let (u18, w19) = (
                f64::acos(0.9 * Float::atan(a10 + x1).tanh())
                    - f64::atan2(
                        s14 / (2.0f64 + f64::sin(a4)),
                        -(0.5 + (0.77.abs() * 0.77.abs())),
                    ),
                f64::exp(s14.atan()),
            );
            s14 /= 1.0_f64 + (w2 * w2);
        }
        s14 /= 2.0 + ((s11 + u1).sin());
        s6 += ((x2 + a10) - (a5 + 0.021)).tanh();
        if Float::hypot(a4, 0.5f64 + (a4 * a4)) >= 0.27f64 {
            continue;
        }
    }
    (0.001 * ((((a4 * a5) + s6) * a10) + s11)).tanh()
}

fn p104_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        -((datan2(
            k::<D>(1.31),
            -((k::<D>(0.5)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))),
        )
        .atan()
            * (((x0 * x2).cos()).exp()).ln())
        .exp()),
        x2,
    );
    let a3 = (((k::<D>(0.9)) * x1.tanh()).acos()).sin();
    let a4: D = (x1.tanh() * u1.sin()).cos();
    let a5 = if ((k::<D>(-0.1)) / ((k::<D>(1.0)) + ((k::<D>(-1.527)) * (k::<D>(-1.527))))).re()
        < (k::<D>(-0.42)).re()
        && (k::<D>(-0.53)).re() > a3.re()
    {
        a3 / ((k::<D>(1.5)) + x2.tanh())
    } else {
        a3 / ((k::<D>(1.0)) + (x0 * x0))
    };
    if (x1 - (k::<D>(-0.35))).re() > (k::<D>(0.79)).re() {
        return ((k::<D>(1.0))
            + ((x2 / ((k::<D>(1.5)) + ((k::<D>(-1.817)).tanh())))
                * (x2 / ((k::<D>(1.5)) + ((k::<D>(-1.817)).tanh())))))
        .ln();
    }
    let mut s6 = k::<D>(0.5);
    for i7 in 0..3 {
        let a8 = -w2.powi(3);
        let a9 = a4;
        s6 /= (k::<D>(2.0)) + u1.sin();
        s6 /= (k::<D>(1.0)) + (a4 * a4);
    }
    let a10: D = a5.asinh();
    let mut s11 = k::<D>(0.5);
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let mut m13 =
            ((k::<D>(-0.1)) * ((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin())).ln()).exp();
        let mut s14: D = k::<D>(0.0);
        let mut i15 = 0;
        while i15 < 3 {
            i15 += 1;
            let a16 = k::<D>(V[i15]);
            let a17 = dmax(a16, x0);
            let (u18, w19) = (
                (((k::<D>(0.9)) * (((a10 + x1).atan()).tanh())).acos())
                    - datan2(
                        s14 / ((k::<D>(2.0)) + a4.sin()),
                        -((k::<D>(0.5)) + (((k::<D>(0.77)).abs()) * ((k::<D>(0.77)).abs()))),
                    ),
                s14.atan().exp(),
            );
            s14 /= (k::<D>(1.0)) + (w2 * w2);
        }
        s14 /= (k::<D>(2.0)) + ((s11 + u1).sin());
        s6 += ((x2 + a10) - (a5 + (k::<D>(0.021)))).tanh();
        if ((a4 * a4 + ((k::<D>(0.5)) + (a4 * a4)) * ((k::<D>(0.5)) + (a4 * a4))).sqrt()).re()
            >= (k::<D>(0.27)).re()
        {
            continue;
        }
    }
    ((k::<D>(0.001)) * ((((a4 * a5) + s6) * a10) + s11)).tanh()
}

#[differentiable]
fn p105<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a1: T = (c::<T>(-0.7)).cos();
    let mut s2 = c::<T>(0.5);
    for i3 in 2..5 {
        let a1: T = s2 / Float::hypot(a1, c::<T>(1.0));
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * (((((c::<T>(std::f64::consts::E)).tanh()).exp()).log10()).sin())));
        if x0 < x2 {
            break;
        }
    }
    let (u4, w5) = ((c::<T>(-0.119)) - x2, T::from(-1.1).unwrap() - x2);
    (((x2 + a1) + s2) + u4) + w5
}

fn p105_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = (k::<D>(-0.7)).cos();
    let mut s2 = k::<D>(0.5);
    for i3 in 2..5 {
        let a1: D = s2 / ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((k::<D>(std::f64::consts::E)).tanh()).exp()).log10()).sin()));
        if x0.re() < x2.re() {
            break;
        }
    }
    let (u4, w5) = ((k::<D>(-0.119)) - x2, (k::<D>(-1.1)) - x2);
    (((x2 + a1) + s2) + u4) + w5
}

#[differentiable]
fn p106<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = (-(T::trunc(x2) * x2))
        - ((x0 + x2)
            + T::acosh(
                (c::<T>(1.1)) + (((c::<T>(1.5)) + Float::tanh(x0)) * ((c::<T>(1.5)) + x0.tanh())),
            ));
    let (u2, w3) = (
        (c::<T>(0.363)) / ((c::<T>(1.5)) + x2.tanh()),
        -(x2.exp() + ((c::<T>(1.91)) - x0)),
    );
    let a4 = if !(x1.atan() < T::from(0.57).unwrap()) {
        a1 - ((((c::<T>(2.0)) + T::sin(x2)).recip()) + T::from(-0.8).unwrap().cos())
    } else {
        (T::from(0.9).unwrap().powi(1) * x1.mul_add(c::<T>(1.41), x0)) - (c::<T>(-0.14))
    };
    let mut s5 = c::<T>(0.5);
    for i6 in 0..4 {
        if i6 != 3 {
            continue;
        }
        let a7 = x2.asinh() / T::cos(a1).cosh();
        let (u8, w9) = (
            ((c::<T>(0.5))
                + ((T::from(2.0).unwrap() + T::sin(c::<T>(std::f64::consts::E)))
                    * ((c::<T>(2.0)) + ((c::<T>(std::f64::consts::E)).sin()))))
            .ln_1p(),
            (((u2 * (c::<T>(-0.952))).ceil()) * (x1 / ((c::<T>(2.0)) + s5.sin())))
                - (((a4 - x2).hypot(T::one())).log10()),
        );
        let a10 = x2;
        s5 = ((c::<T>(0.5)) * s5) + ((c::<T>(0.81)).atan());
        s5 += (w3.atan2(T::from(0.5).unwrap() + ((c::<T>(V[i6])) * (c::<T>(V[i6])))) * a10).atan();
    }
    let mut m11 = u2.tanh();
    (((u2 + w3) + a4) + s5) + m11
}

fn p106_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (-((k::<D>(x2.re().trunc())) * x2))
        - ((x0 + x2)
            + (((k::<D>(1.1)) + (((k::<D>(1.5)) + x0.tanh()) * ((k::<D>(1.5)) + x0.tanh())))
                .acosh()));
    let (u2, w3) = (
        (k::<D>(0.363)) / ((k::<D>(1.5)) + x2.tanh()),
        -(x2.exp() + ((k::<D>(1.91)) - x0)),
    );
    let a4 = if !(x1.atan().re() < (k::<D>(0.57)).re()) {
        a1 - ((((k::<D>(2.0)) + x2.sin()).recip()) + ((k::<D>(-0.8)).cos()))
    } else {
        (((k::<D>(0.9)).powi(1)) * (x1 * (k::<D>(1.41)) + x0)) - (k::<D>(-0.14))
    };
    let mut s5 = k::<D>(0.5);
    for i6 in 0..4 {
        if i6 != 3 {
            continue;
        }
        let a7 = x2.asinh() / a1.cos().cosh();
        let (u8, w9) = (
            ((k::<D>(0.5))
                + (((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin()))
                    * ((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin()))))
            .ln_1p(),
            ((k::<D>((u2 * (k::<D>(-0.952))).re().ceil())) * (x1 / ((k::<D>(2.0)) + s5.sin())))
                - ((((a4 - x2) * (a4 - x2) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()),
        );
        let a10 = x2;
        s5 = ((k::<D>(0.5)) * s5) + ((k::<D>(0.81)).atan());
        s5 += (datan2(w3, (k::<D>(0.5)) + ((k::<D>(V[i6])) * (k::<D>(V[i6])))) * a10).atan();
    }
    let mut m11 = u2.tanh();
    (((u2 + w3) + a4) + s5) + m11
}

#[differentiable]
fn p107<T: Float>(x: &[T]) -> T {
    let a1: T = (((c::<T>(core::f64::consts::PI)) * (c::<T>(-0.429)))
        * (((c::<T>(BETA)).tanh()).mul_add(
            (c::<T>(std::f64::consts::E)).sin(),
            c::<T>(std::f64::consts::E),
        )))
        - Float::recip((c::<T>(2.0)) + ((c::<T>(BETA)).sin()));
    let mut s2 = c::<T>(0.0);
    for i3 in 1..4 {
        let mut s4 = c::<T>(0.0);
        for i5 in 1..3 {
            if Float::cbrt(s4.atan().exp()) < s2 - x[5] {
                break;
            }
            s4 = s4 + Float::tanh(((c::<T>(1.0)) + (x[4] * x[4])).powi(0));
            let a6 = ((c::<T>(1.1)) + (T::exp(s2.asinh()) * T::exp(s2.asinh()))).acosh();
            s4 = s4 * (T::one() + ((c::<T>(0.3)) * a1.sin()));
            s2 = ((c::<T>(0.5)) * s2)
                + ((-(((c::<T>(0.5))
                    + (((c::<T>(1.0)) + (a1.sin() * a1.sin()))
                        * ((c::<T>(1.0)) + (a1.sin() * a1.sin()))))
                .ln_1p()))
                .atan());
        }
        let mut s7 = c::<T>(1.0);
        for i8 in 1..3 {
            let a1 = s2.tanh() * x[1];
            let a9 = Float::hypot(
                x[5],
                (c::<T>(0.5))
                    + (((((c::<T>(1.19)) * x[4]).sin()).tan())
                        * Float::tan(((c::<T>(1.19)) * x[4]).sin())),
            );
            s4 = ((c::<T>(0.5)) * s4) + Float::recip(x[4].hypot(c::<T>(1.0))).powi(2).atan();
            s2 = ((c::<T>(0.5)) * s2)
                + T::tanh({
                    let t10 = a1;
                    a9
                });
        }
        let a11 = ((c::<T>(0.9))
            * Float::acosh(
                T::from(1.1).unwrap()
                    + (((c::<T>(2.0)) + ((x[0] + s7).sin()))
                        * ((c::<T>(2.0)) + ((x[0] + s7).sin()))),
            )
            .tanh())
        .atanh();
        s2 = s2.max((c::<T>(0.243)).sin());
    }
    for i12 in 0..3 {
        let a13 = if (c::<T>(1.6)) + (c::<T>(core::f64::consts::PI)) > c::<T>(0.79) {
            (T::atan(s2 + x[5])
                * x[5].atan2(-(T::from(0.5).unwrap() + ((c::<T>(W[i12])) * (c::<T>(W[i12]))))))
                * x[5]
        } else {
            (x[1].cos() * x[2].mul_add(T::atan(s2), s2).cos())
                + (((a1.atan() * a1.atan()).cos()) * ((a1 * x[1]).tanh()))
        };
        s2 = s2 - ((x[4] / ((c::<T>(1.0)) + (x[0] * x[0]))).atan());
    }
    let a14 = x[1];
    let (u15, w16) = (a14, x[4]);
    let mut m17 = x[4];
    ((c::<T>(0.001)) * (((((s2 + a14) + u15) + w16) + m17) + x[5])).tanh()
}

fn p107_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (((k::<D>(core::f64::consts::PI)) * (k::<D>(-0.429)))
        * (((k::<D>(BETA)).tanh()) * ((k::<D>(std::f64::consts::E)).sin())
            + (k::<D>(std::f64::consts::E))))
        - (((k::<D>(2.0)) + ((k::<D>(BETA)).sin())).recip());
    let mut s2 = k::<D>(0.0);
    for i3 in 1..4 {
        let mut s4 = k::<D>(0.0);
        for i5 in 1..3 {
            if s4.atan().exp().cbrt().re() < (s2 - x[5]).re() {
                break;
            }
            s4 += (((k::<D>(1.0)) + (x[4] * x[4])).powi(0)).tanh();
            let a6 = ((k::<D>(1.1)) + (s2.asinh().exp() * s2.asinh().exp())).acosh();
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
            s2 = ((k::<D>(0.5)) * s2)
                + ((-(((k::<D>(0.5))
                    + (((k::<D>(1.0)) + (a1.sin() * a1.sin()))
                        * ((k::<D>(1.0)) + (a1.sin() * a1.sin()))))
                .ln_1p()))
                .atan());
        }
        let mut s7 = k::<D>(1.0);
        for i8 in 1..3 {
            let a1 = s2.tanh() * x[1];
            let a9 = (x[5] * x[5]
                + ((k::<D>(0.5))
                    + (((((k::<D>(1.19)) * x[4]).sin()).tan())
                        * ((((k::<D>(1.19)) * x[4]).sin()).tan())))
                    * ((k::<D>(0.5))
                        + (((((k::<D>(1.19)) * x[4]).sin()).tan())
                            * ((((k::<D>(1.19)) * x[4]).sin()).tan()))))
            .sqrt();
            s4 = ((k::<D>(0.5)) * s4)
                + (((((x[4] * x[4] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).powi(2))
                    .atan());
            s2 = ((k::<D>(0.5)) * s2)
                + (({
                    let t10 = a1;
                    a9
                })
                .tanh());
        }
        let a11 = ((k::<D>(0.9))
            * ((((k::<D>(1.1))
                + (((k::<D>(2.0)) + ((x[0] + s7).sin()))
                    * ((k::<D>(2.0)) + ((x[0] + s7).sin()))))
            .acosh())
            .tanh()))
        .atanh();
        s2 = dmax(s2, (k::<D>(0.243)).sin());
    }
    for i12 in 0..3 {
        let a13 = if ((k::<D>(1.6)) + (k::<D>(core::f64::consts::PI))).re() > (k::<D>(0.79)).re() {
            (((s2 + x[5]).atan())
                * datan2(
                    x[5],
                    -((k::<D>(0.5)) + ((k::<D>(W[i12])) * (k::<D>(W[i12])))),
                ))
                * x[5]
        } else {
            (x[1].cos() * ((x[2] * s2.atan() + s2).cos()))
                + (((a1.atan() * a1.atan()).cos()) * ((a1 * x[1]).tanh()))
        };
        s2 -= (x[4] / ((k::<D>(1.0)) + (x[0] * x[0]))).atan();
    }
    let a14 = x[1];
    let (u15, w16) = (a14, x[4]);
    let mut m17 = x[4];
    ((k::<D>(0.001)) * (((((s2 + a14) + u15) + w16) + m17) + x[5])).tanh()
}

#[differentiable]
fn p108(x: &[f64]) -> f64 {
    let a1: f64 = (0.9 * x[2].sin()).acos();
    let mut s2 = 1.0_f64;
    for i3 in 0..x.len() - 1 {
        let mut m4 = (s2 + ALPHA) - (x[i3] / a1.hypot(1.0_f64));
        m4 *= 1.0 + (0.3 * s2.sin());
        m4 -= ((2.0_f64 + m4.sin()).powi(-1)).tanh();
    }
    s2 += (-0.7) * x[0];
    let a6 = if 1.598 + 1.7 >= a1 {
        {
            let t5 = 0.278;
            -0.283
        }
    } else {
        x[2]
    };
    let mut s7: f64 = 0.0;
    for i8 in 0..x.len() {
        let mut s9 = 1.0;
        let mut i10 = 0;
        while i10 < 3 {
            i10 += 1;
            s2 = (0.5 * s2) + Float::atan(s7);
            s7 = (0.5 * s7)
                + Float::tanh(Float::ln(
                    1.0f64 + (((i10 as f64).atan()) * ((i10 as f64).atan())),
                ));
            if x[i8] + s9 >= (-1.38) - (-1.0) && i10 >= 0 {
                continue;
            }
        }
        let mut s11 = 1.0;
        for &i12 in x.iter() {
            let a13 =
                if f64::powf(1.5f64 + Float::tanh(x[i8]), x[i8]) < p82(-0.21, a1.cos(), s9.cos()) {
                    a6 / f64::cosh(a6)
                } else {
                    f64::exp2(a6)
                };
            let a14 = s11;
            let a15 = a13;
            s7 += (x[i8].hypot(0.5f64 + (a15 * a15)) - f64::powi(1.5 + a6.tanh(), 0)).sin();
        }
        s7 *= 1.0 + (0.3 * (((V[i8] * W[i8]) + Float::cos(x[i8])).sin()));
        s2 /= 1.0
            + (Float::sin(s7.hypot(0.5 + (x[i8] * x[i8]))) * s7.hypot(0.5 + (x[i8] * x[i8])).sin());
        if (i8 as f64) - s2 >= -0.54_f64 {
            continue;
        }
    }
    s2 *= 1.0
        + (0.3f64
            * (((1.0
                + (f64::cos((a6 / f64::exp(-1.78)) - s2)
                    * (((a6 / ((-1.78f64).exp())) - s2).cos())))
            .log(
                (0.5 + (0.4
                    * Float::sin(
                        ((x[3].sin() * s2.cos())
                            / (2.0f64 + f64::acos(0.9f64 * x[0].tanh()).sin()))
                        .cos(),
                    )))
                .exp(),
            ))
            .sin()));
    (0.001 * ((((a1 + s2) + a6) * s7) + x[0])).tanh()
}

fn p108_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(0.9)) * x[2].sin()).acos();
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() - 1 {
        let mut m4 =
            (s2 + (k::<D>(ALPHA))) - (x[i3] / ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()));
        m4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.sin());
        m4 -= (((k::<D>(2.0)) + m4.sin()).powi(-1)).tanh();
    }
    s2 += (k::<D>(-0.7)) * x[0];
    let a6 = if ((k::<D>(1.598)) + (k::<D>(1.7))).re() >= a1.re() {
        {
            let t5 = k::<D>(0.278);
            k::<D>(-0.283)
        }
    } else {
        x[2]
    };
    let mut s7: D = k::<D>(0.0);
    for i8 in 0..x.len() {
        let mut s9 = k::<D>(1.0);
        let mut i10 = 0;
        while i10 < 3 {
            i10 += 1;
            s2 = ((k::<D>(0.5)) * s2) + s7.atan();
            s7 = ((k::<D>(0.5)) * s7)
                + ((((k::<D>(1.0))
                    + (((k::<D>(i10 as f64)).atan()) * ((k::<D>(i10 as f64)).atan())))
                .ln())
                .tanh());
            if (x[i8] + s9).re() >= ((k::<D>(-1.38)) - (k::<D>(-1.0))).re() && i10 >= 0 {
                continue;
            }
        }
        let mut s11 = k::<D>(1.0);
        for &i12 in x.iter() {
            let a13 = if ((x[i8] * ((k::<D>(1.5)) + x[i8].tanh()).ln()).exp()).re()
                < p82_d(k::<D>(-0.21), a1.cos(), s9.cos()).re()
            {
                a6 / a6.cosh()
            } else {
                a6.exp2()
            };
            let a14 = s11;
            let a15 = a13;
            s7 += (((x[i8] * x[i8]
                + ((k::<D>(0.5)) + (a15 * a15)) * ((k::<D>(0.5)) + (a15 * a15)))
                .sqrt())
                - (((k::<D>(1.5)) + a6.tanh()).powi(0)))
            .sin();
        }
        s7 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(V[i8])) * (k::<D>(W[i8]))) + x[i8].cos()).sin()));
        s2 /= (k::<D>(1.0))
            + ((((s7 * s7
                + ((k::<D>(0.5)) + (x[i8] * x[i8])) * ((k::<D>(0.5)) + (x[i8] * x[i8])))
                .sqrt())
            .sin())
                * (((s7 * s7
                    + ((k::<D>(0.5)) + (x[i8] * x[i8])) * ((k::<D>(0.5)) + (x[i8] * x[i8])))
                    .sqrt())
                .sin()));
        if ((k::<D>(i8 as f64)) - s2).re() >= (k::<D>(-0.54)).re() {
            continue;
        }
    }
    s2 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((((k::<D>(1.0))
                + ((((a6 / ((k::<D>(-1.78)).exp())) - s2).cos())
                    * (((a6 / ((k::<D>(-1.78)).exp())) - s2).cos())))
            .ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4))
                        * ((((x[3].sin() * s2.cos())
                            / ((k::<D>(2.0))
                                + ((((k::<D>(0.9)) * x[0].tanh()).acos()).sin())))
                        .cos())
                        .sin())))
                .exp())
                .ln())
            .sin()));
    ((k::<D>(0.001)) * ((((a1 + s2) + a6) * s7) + x[0])).tanh()
}

#[differentiable]
fn p109(x: &[f64], y: f64) -> f64 {
    let y = p56(y, Float::tanh((-0.5).exp2()));
    let a1: f64 = Float::sin(f64::asin(0.9 * y.atan().tanh())).sin().tan();
    let a2: f64 = (((-0.2).trunc()) * x[0]) / 0.936.hypot(1.0f64);
    let mut s3 = 1.0;
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let mut m5 = 1.762 * Float::abs(x[2]);
        let (u6, w7) = ((-(x[1] - a2)).cos(), (a2.exp2() * x[1].abs()) + x[2]);
        m5 += (-x[1].min(x[0])).cos();
        if i4 < 1 {
            continue;
        }
        m5 -= f64::cos(ALPHA).powi(2).tanh();
    }
    let mut s8 = 1.0_f64;
    for &i9 in x.iter() {
        let a10: f64 = (i9 - (-1.87)) + x[0];
        if a1 / Float::cosh(x[1]) > 0.64 {
            s8 /= 1.0 + (a2.cos() * a2.cos());
        } else {
            s8 = (0.5 * s8) + Float::atan(i9);
        }
        s8 /= 1.0
            + (((1.1_f64 + (x[2].hypot(1.0) * f64::hypot(x[2], 1.0))).acosh())
                * ((1.1f64 + (x[2].hypot(1.0) * x[2].hypot(1.0))).acosh()));
    }
    let y = (2.0f64 + ((a1 + (-0.47)).sin())).log10();
    ((((a1 + a2) + s3) * s8) + y) + x[2]
}

fn p109_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y = p56_d(y, ((k::<D>(-0.5)).exp2()).tanh());
    let a1: D = (((((k::<D>(0.9)) * y.atan().tanh()).asin()).sin()).sin()).tan();
    let a2: D = ((k::<D>((k::<D>(-0.2)).re().trunc())) * x[0])
        / (((k::<D>(0.936)) * (k::<D>(0.936)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let mut m5 = (k::<D>(1.762)) * x[2].abs();
        let (u6, w7) = ((-(x[1] - a2)).cos(), (a2.exp2() * x[1].abs()) + x[2]);
        m5 += (-dmin(x[1], x[0])).cos();
        if i4 < 1 {
            continue;
        }
        m5 -= (((k::<D>(ALPHA)).cos()).powi(2)).tanh();
    }
    let mut s8 = k::<D>(1.0);
    for &i9 in x.iter() {
        let a10: D = (i9 - (k::<D>(-1.87))) + x[0];
        if (a1 / x[1].cosh()).re() > (k::<D>(0.64)).re() {
            s8 /= (k::<D>(1.0)) + (a2.cos() * a2.cos());
        } else {
            s8 = ((k::<D>(0.5)) * s8) + i9.atan();
        }
        s8 /= (k::<D>(1.0))
            + ((((k::<D>(1.1))
                + (((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .acosh())
                * (((k::<D>(1.1))
                    + (((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh()));
    }
    let y = ((k::<D>(2.0)) + ((a1 + (k::<D>(-0.47))).sin())).log10();
    ((((a1 + a2) + s3) * s8) + y) + x[2]
}

#[differentiable]
fn p110(x: [f64; 5], nk: usize) -> f64 {
    let a1: f64 = Float::log(1.0 + (x[0] * x[0]), Float::exp(0.5 + (0.4 * 0.81.sin())));
    let mut s2 = 1.0;
    for i3 in 0..x.len() {
        s2 = (0.5 * s2) + ((((a1 + a1).hypot(1.0_f64)).recip()).tanh());
        if i3 < 5 {
            continue;
        }
        let a4 =
            x[i3] - ((2.0_f64 + f64::sin(x[i3])).log(Float::exp(0.5 + (0.4 * s2.cos().sin()))));
        s2 = ((0.7 * s2) + (((i3 as f64).hypot(1.0)).powf((i3 as f64).tanh()))).cos();
    }
    if -1.09 >= 0.07_f64 {
        s2 /= 1.0 + ((0.18 * x[3]) * (0.18 * x[3]));
    } else {
        s2 = (0.5 * s2) + a1.asinh().exp_m1();
    }
    (a1 * s2) + x[2]
}

fn p110_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1: D = (((k::<D>(1.0)) + (x[0] * x[0])).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(0.81)).sin()))).exp()).ln());
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() {
        s2 = ((k::<D>(0.5)) * s2)
            + (((((a1 + a1) * (a1 + a1) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).tanh());
        if i3 < 5 {
            continue;
        }
        let a4 = x[i3]
            - (((k::<D>(2.0)) + x[i3].sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s2.cos().sin())).exp()).ln());
        s2 = (((k::<D>(0.7)) * s2)
            + ((((k::<D>(i3 as f64)).tanh())
                * (((k::<D>(i3 as f64)) * (k::<D>(i3 as f64)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                .ln())
            .exp()))
        .cos();
    }
    if (-(k::<D>(1.09))).re() >= (k::<D>(0.07)).re() {
        s2 /= (k::<D>(1.0)) + (((k::<D>(0.18)) * x[3]) * ((k::<D>(0.18)) * x[3]));
    } else {
        s2 = ((k::<D>(0.5)) * s2) + a1.asinh().exp_m1();
    }
    (a1 * s2) + x[2]
}

#[differentiable]
fn p111(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 1.0_f64;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x2.exp_m1();
        s1 *= 1.0_f64
            + (0.3f64
                * Float::cos(
                    1.5f64 + Float::ln_1p(0.5_f64 + (x1.hypot(1.0) * x1.hypot(1.0_f64))).tanh(),
                ));
        s1 = ((0.7 * s1) + ((a3 + x2) - f64::atan(-1.222))).atan();
        if i2 >= 0 {
            break;
        }
    }
    let mut s4 = 0.5;
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        s4 = (0.5 * s4) + s1.sin();
        let mut s6: f64 = 1.0;
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let a8 = (1.0 + (BETA * BETA)).cbrt();
            s6 -= ((({
                let t9 = x2;
                W[i5]
            }) + x1.powi(2))
                / (1.5
                    + f64::tanh(
                        Float::cos(ALPHA)
                            .exp2()
                            .max((1.5 + x1.tanh()).powf((i5 as f64).cos())),
                    )))
            .tanh();
            s4 -= f64::cos(std::f64::consts::E);
            if p56((i7 as f64).tanh(), s4.tanh()) <= x1.mul_add(s4.sin(), ALPHA) {
                continue;
            }
        }
        s4 = s4.max(s1.atan().exp().atan());
        s4 /= 1.0 + ((i5 as f64) * (i5 as f64));
    }
    let mut m10: f64 = x2 * (x0.mul_add(x1, x2).floor() * (x2 * x2));
    for i11 in 1..=5 {
        s4 = Float::max(
            s4,
            f64::ln_1p(
                0.5f64
                    + (f64::cosh(f64::tan(Float::cos(m10).sin().tan().sin()))
                        * Float::tan(m10.cos().sin()).sin().tan().cosh()),
            )
            .sin(),
        );
        let (u12, w13) = (
            Float::abs(core::f64::consts::PI),
            Float::log10(1.0 + (x0 * x0)),
        );
        s1 /= 1.0 + (u12 * u12);
        s1 = s1.max(f64::sin((1.0 + (x0 * x0)).powf(u12.atan())));
    }
    s1 -= ((2.0 + Float::sin((-1.0) - x0)).log10())
        + f64::cos((1.5f64 + m10.tanh()).powf(s1.sin())).exp();
    let a14 = if -1.6 >= 0.84_f64 {
        s4
    } else {
        (1.0 + (f64::asinh(-2.0) * ((-2.0f64).asinh()))).powf(((0.736_f64 + x1) + (-0.3_f64)).sin())
    };
    for i15 in 0..2 {
        let mut s16: f64 = 1.0f64;
        for i17 in 0..3 {
            let mut m18: f64 = (((BETA / Float::atan(s16).cosh()) - 1.14).sin()).exp2();
            m10 *= 1.0_f64 + (0.3 * Float::sin(x0));
        }
        let mut s19 = 1.0;
        for i20 in 2..3 {
            let (u21, w22) = (
                (-1.158) + s4,
                Float::hypot(V[i15], 1.0f64)
                    .log(f64::exp(0.5 + (0.4 * Float::sin(Float::sin(s16))))),
            );
            s4 = s4.max(
                ((0.5 + (Float::cosh((x1 + m10).sin()) * (((x1 + m10).sin()).cosh()))).ln_1p())
                    .tanh(),
            );
            m10 *= 1.0 + (0.3 * ((1.5 + (((0.9 * x0.tanh()).asin()).tanh())).cos()));
        }
        s16 *= 1.0 + (0.3 * ((x2 / x2.exp()).sin()));
        if (2.0 + a14.sin()).powf(ALPHA.cos()) < 0.72 {
            break;
        }
        s19 -= f64::sin(x2 + (s19 + (-0.7)));
    }
    f64::tanh(0.001 * ((((x2 + s1) + s4) + m10) + a14))
}

fn p111_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x2.exp_m1();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(1.5))
                    + ((((k::<D>(0.5))
                        + (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                            * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                    .ln_1p())
                    .tanh()))
                .cos()));
        s1 = (((k::<D>(0.7)) * s1) + ((a3 + x2) - ((k::<D>(-1.222)).atan()))).atan();
        if i2 >= 0 {
            break;
        }
    }
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        s4 = ((k::<D>(0.5)) * s4) + s1.sin();
        let mut s6: D = k::<D>(1.0);
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let a8 = ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA)))).cbrt();
            s6 -= ((({
                let t9 = x2;
                k::<D>(W[i5])
            }) + x1.powi(2))
                / ((k::<D>(1.5))
                    + dmax(
                        ((k::<D>(ALPHA)).cos()).exp2(),
                        (((k::<D>(i5 as f64)).cos()) * ((k::<D>(1.5)) + x1.tanh()).ln()).exp(),
                    )
                    .tanh()))
            .tanh();
            s4 -= (k::<D>(std::f64::consts::E)).cos();
            if p56_d((k::<D>(i7 as f64)).tanh(), s4.tanh()).re()
                <= (x1 * s4.sin() + (k::<D>(ALPHA))).re()
            {
                continue;
            }
        }
        s4 = dmax(s4, s1.atan().exp().atan());
        s4 /= (k::<D>(1.0)) + ((k::<D>(i5 as f64)) * (k::<D>(i5 as f64)));
    }
    let mut m10: D = x2 * ((k::<D>((x0 * x1 + x2).re().floor())) * (x2 * x2));
    for i11 in 1..=5 {
        s4 = dmax(
            s4,
            (((k::<D>(0.5))
                + (m10.cos().sin().tan().sin().tan().cosh()
                    * m10.cos().sin().tan().sin().tan().cosh()))
            .ln_1p())
            .sin(),
        );
        let (u12, w13) = (
            (k::<D>(core::f64::consts::PI)).abs(),
            ((k::<D>(1.0)) + (x0 * x0)).log10(),
        );
        s1 /= (k::<D>(1.0)) + (u12 * u12);
        s1 = dmax(
            s1,
            ((u12.atan() * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp()).sin(),
        );
    }
    s1 -= (((k::<D>(2.0)) + (((k::<D>(-1.0)) - x0).sin())).log10())
        + ((((s1.sin() * ((k::<D>(1.5)) + m10.tanh()).ln()).exp()).cos()).exp());
    let a14 = if (k::<D>(-1.6)).re() >= (k::<D>(0.84)).re() {
        s4
    } else {
        (((((k::<D>(0.736)) + x1) + (k::<D>(-0.3))).sin())
            * ((k::<D>(1.0)) + (((k::<D>(-2.0)).asinh()) * ((k::<D>(-2.0)).asinh()))).ln())
        .exp()
    };
    for i15 in 0..2 {
        let mut s16: D = k::<D>(1.0);
        for i17 in 0..3 {
            let mut m18: D = ((((k::<D>(BETA)) / s16.atan().cosh()) - (k::<D>(1.14))).sin()).exp2();
            m10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.sin());
        }
        let mut s19 = k::<D>(1.0);
        for i20 in 2..3 {
            let (u21, w22) = (
                (k::<D>(-1.158)) + s4,
                ((((k::<D>(V[i15])) * (k::<D>(V[i15])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    .ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s16.sin().sin())).exp()).ln()),
            );
            s4 = dmax(
                s4,
                (((k::<D>(0.5)) + ((((x1 + m10).sin()).cosh()) * (((x1 + m10).sin()).cosh())))
                    .ln_1p())
                .tanh(),
            );
            m10 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((k::<D>(1.5)) + ((((k::<D>(0.9)) * x0.tanh()).asin()).tanh())).cos()));
        }
        s16 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x2 / x2.exp()).sin()));
        if ((((k::<D>(ALPHA)).cos()) * ((k::<D>(2.0)) + a14.sin()).ln()).exp()).re()
            < (k::<D>(0.72)).re()
        {
            break;
        }
        s19 -= (x2 + (s19 + (k::<D>(-0.7)))).sin();
    }
    ((k::<D>(0.001)) * ((((x2 + s1) + s4) + m10) + a14)).tanh()
}

#[differentiable]
fn p112(x: [f64; 3], nk: usize) -> f64 {
    let a1 =
        ((f64::ceil(-1.88_f64) * std::f64::consts::E.sin()) - ((-1.095) - ALPHA)).min(BETA.atan2(
            -(0.5_f64
                + ((if 1.186 >= std::f64::consts::E {
                    BETA
                } else {
                    x[1]
                }) * (if 1.186 >= std::f64::consts::E {
                    BETA
                } else {
                    x[1]
                }))),
        ));
    let mut s2 = 0.0_f64;
    for i3 in 1..x.len() {
        let (u4, w5) = (s2.atan().exp2().tanh().tanh(), (i3 as f64));
        let mut s6 = 0.0;
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let (u8, w9) = (x[i3 - 1] + (u4.signum() * 1.915), x[i3 - 1]);
            let u8 = Float::log10(f64::exp(a1.cos()));
            let a10 = (1.1f64
                + ((1.0 + (a1.atan() * a1.atan())) * (1.0_f64 + (a1.atan() * a1.atan()))))
            .acosh();
            if BETA * 0.2 < -0.01 {
                break;
            }
            s2 -= ((x[i3] * x[i3]).atan()).tanh();
            s6 *= 1.0 + (0.3f64 * (((1.0 + (0.405 * 0.405)).ln()).sin()));
        }
        s2 = f64::max(s2, u4.cos());
    }
    let a11 = Float::sin(((0.9_f64 * x[0].sin()).atanh()).cos()).tan();
    if (0.9f64 * Float::tanh(a1.atan())).asin() < a1 {
        return a1;
    }
    let a1: f64 = f64::exp(x[0].asinh()).powi(-1).hypot(1.0).log(f64::exp(
        0.5 + (0.4 * f64::sin((a1 - (if x[0] >= a11 { x[0] } else { a1 })).sin())),
    ));
    let a13 = if if x[2] >= x[1] { s2 } else { a1 } < x[0] * a1 {
        1.492.min(((-0.59) + x[0]).min((-1.8) - a1))
    } else {
        (1.0 + ((({
            let t12 = a1 * x[1];
            -t12
        })
        .atan())
            * (({
                let t12 = a1 * x[1];
                -t12
            })
            .atan())))
        .powi(-1)
    };
    (((s2 + a11) + a1) + a13) * x[2]
}

fn p112_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = dmin(
        ((k::<D>((k::<D>(-1.88)).re().ceil())) * ((k::<D>(std::f64::consts::E)).sin()))
            - ((k::<D>(-1.095)) - (k::<D>(ALPHA))),
        datan2(
            k::<D>(BETA),
            -((k::<D>(0.5))
                + ((if (k::<D>(1.186)).re() >= (k::<D>(std::f64::consts::E)).re() {
                    k::<D>(BETA)
                } else {
                    x[1]
                }) * (if (k::<D>(1.186)).re() >= (k::<D>(std::f64::consts::E)).re() {
                    k::<D>(BETA)
                } else {
                    x[1]
                }))),
        ),
    );
    let mut s2 = k::<D>(0.0);
    for i3 in 1..x.len() {
        let (u4, w5) = (s2.atan().exp2().tanh().tanh(), k::<D>(i3 as f64));
        let mut s6 = k::<D>(0.0);
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let (u8, w9) = (
                x[i3 - 1] + ((k::<D>(u4.re().signum())) * (k::<D>(1.915))),
                x[i3 - 1],
            );
            let u8 = a1.cos().exp().log10();
            let a10 = ((k::<D>(1.1))
                + (((k::<D>(1.0)) + (a1.atan() * a1.atan()))
                    * ((k::<D>(1.0)) + (a1.atan() * a1.atan()))))
            .acosh();
            if ((k::<D>(BETA)) * (k::<D>(0.2))).re() < (k::<D>(-0.01)).re() {
                break;
            }
            s2 -= ((x[i3] * x[i3]).atan()).tanh();
            s6 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.0)) + ((k::<D>(0.405)) * (k::<D>(0.405)))).ln()).sin()));
        }
        s2 = dmax(s2, u4.cos());
    }
    let a11 = (((((k::<D>(0.9)) * x[0].sin()).atanh()).cos()).sin()).tan();
    if (((k::<D>(0.9)) * a1.atan().tanh()).asin()).re() < a1.re() {
        return a1;
    }
    let a1: D = (((x[0].asinh().exp().powi(-1) * x[0].asinh().exp().powi(-1)
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .ln()
        / (((k::<D>(0.5))
            + ((k::<D>(0.4))
                * (((a1 - (if x[0].re() >= a11.re() { x[0] } else { a1 })).sin()).sin())))
        .exp())
        .ln());
    let a13 = if (if x[2].re() >= x[1].re() { s2 } else { a1 }).re() < (x[0] * a1).re() {
        dmin(
            k::<D>(1.492),
            dmin((k::<D>(-0.59)) + x[0], (k::<D>(-1.8)) - a1),
        )
    } else {
        ((k::<D>(1.0))
            + ((({
                let t12 = a1 * x[1];
                -t12
            })
            .atan())
                * (({
                    let t12 = a1 * x[1];
                    -t12
                })
                .atan())))
        .powi(-1)
    };
    (((s2 + a11) + a1) + a13) * x[2]
}

#[differentiable]
fn p113(x: &[f64], y: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 0..x.len() {
        s1 -= ((((((0.09 + (i2 as f64)).tanh()).cosh()).ln()).tanh()).exp()).tanh();
        let mut m3: f64 = s1;
        s1 = (0.5 * s1) + ((s1 / (2.0 + Float::sin(s1))).tanh());
        s1 += f64::cos(-0.024);
    }
    let (u4, w5) = (
        x[5],
        (2.0 + (((x[4] * 1.823) / (1.0_f64 + ((x[2] + y) * (x[2] + y)))).sin())).log2(),
    );
    let a6 = ((1.5 + ((y + w5).tanh())).sqrt()) + ((0.9 * Float::tanh(w5)).atanh());
    let mut s7 = 0.5;
    for &i8 in x.iter() {
        if !(y - x[0] < -0.41) {
            s7 = s7.max(Float::sin(x[2] / (1.5f64 + x[1].tanh())));
        }
        let a9 = x[5];
        s1 *= 1.0 + (0.3_f64 * Float::tan(a6.sin().sin()).sin());
        s7 /= 1.0 + (x[1] * x[1]);
    }
    let mut s10 = 0.5;
    for i11 in 0..x.len() {
        let mut s12: f64 = 0.5;
        let mut i13 = 0;
        while i13 < 4 {
            i13 += 1;
            let a14 = s10.hypot(0.5_f64 + (w5 * w5));
            s10 += f64::cos(Float::recip(1.5 + ((-0.89).tanh())));
        }
        if x[i11] < Float::log10(((i11 as f64).atan()).exp()) && -1.4 >= -0.8 {
            continue;
        }
        let a15: f64 = -f64::powi(u4, 1).exp_m1();
        s12 *= 1.0 + (0.3 * ((s12 + ((1.0 + (s7.cos() * s7.cos())).log2())).sin()));
        s7 += x[i11].tanh();
    }
    let mut s16 = 0.0;
    for i17 in 0..x.len() {
        s1 = (0.5 * s1)
            + ((((((w5 * (i17 as f64)).sin()) * (ALPHA / (1.0f64 + (x[i17] * x[i17])))).atan())
                .cosh())
            .atan());
        s10 *= 1.0f64 + (0.3 * a6.sin());
        s7 = ((0.7 * s7) + Float::atanh(0.9 * f64::sin(x[i17]))).cos();
    }
    (0.001 * (((((w5 + a6) + s7) + s10) + s16) + x[0])).tanh()
}

fn p113_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..x.len() {
        s1 -=
            (((((((k::<D>(0.09)) + (k::<D>(i2 as f64))).tanh()).cosh()).ln()).tanh()).exp()).tanh();
        let mut m3: D = s1;
        s1 = ((k::<D>(0.5)) * s1) + ((s1 / ((k::<D>(2.0)) + s1.sin())).tanh());
        s1 += (-(k::<D>(0.024))).cos();
    }
    let (u4, w5) = (
        x[5],
        ((k::<D>(2.0))
            + (((x[4] * (k::<D>(1.823))) / ((k::<D>(1.0)) + ((x[2] + y) * (x[2] + y)))).sin()))
        .log2(),
    );
    let a6 = (((k::<D>(1.5)) + ((y + w5).tanh())).sqrt()) + (((k::<D>(0.9)) * w5.tanh()).atanh());
    let mut s7 = k::<D>(0.5);
    for &i8 in x.iter() {
        if !((y - x[0]).re() < (k::<D>(-0.41)).re()) {
            s7 = dmax(s7, (x[2] / ((k::<D>(1.5)) + x[1].tanh())).sin());
        }
        let a9 = x[5];
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a6.sin().sin().tan().sin());
        s7 /= (k::<D>(1.0)) + (x[1] * x[1]);
    }
    let mut s10 = k::<D>(0.5);
    for i11 in 0..x.len() {
        let mut s12: D = k::<D>(0.5);
        let mut i13 = 0;
        while i13 < 4 {
            i13 += 1;
            let a14 =
                (s10 * s10 + ((k::<D>(0.5)) + (w5 * w5)) * ((k::<D>(0.5)) + (w5 * w5))).sqrt();
            s10 += (((k::<D>(1.5)) + ((k::<D>(-0.89)).tanh())).recip()).cos();
        }
        if x[i11].re() < ((((k::<D>(i11 as f64)).atan()).exp()).log10()).re()
            && (k::<D>(-1.4)).re() >= (k::<D>(-0.8)).re()
        {
            continue;
        }
        let a15: D = -u4.powi(1).exp_m1();
        s12 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((s12 + (((k::<D>(1.0)) + (s7.cos() * s7.cos())).log2())).sin()));
        s7 += x[i11].tanh();
    }
    let mut s16 = k::<D>(0.0);
    for i17 in 0..x.len() {
        s1 = ((k::<D>(0.5)) * s1)
            + ((((((w5 * (k::<D>(i17 as f64))).sin())
                * ((k::<D>(ALPHA)) / ((k::<D>(1.0)) + (x[i17] * x[i17]))))
                .atan())
            .cosh())
            .atan());
        s10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a6.sin());
        s7 = (((k::<D>(0.7)) * s7) + (((k::<D>(0.9)) * x[i17].sin()).atanh())).cos();
    }
    ((k::<D>(0.001)) * (((((w5 + a6) + s7) + s10) + s16) + x[0])).tanh()
}

#[differentiable]
fn p114(x: &[f64]) -> f64 {
    let a1 = (0.9 * (((BETA - (ALPHA * 1.64)).sin()).tanh())).atanh();
    let mut s2 = 0.5;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        s2 = (0.5_f64 * s2)
            + (((1.0
                + (((a1.tanh().mul_add(x[1], a1) / Float::exp(s2.cos())).sin())
                    * ((a1.tanh().mul_add(x[1], a1) / s2.cos().exp()).sin())))
            .log((0.5 + (0.4 * Float::sin(a1.tanh()))).exp()))
            .sin());
        let a4 = f64::mul_add(
            ((1.0 + (Float::asinh(x[1]) * x[1].asinh()))
                .log((0.5 + (0.4 * (((s2 + x[2]).cos()).sin()))).exp()))
            .atan(),
            Float::sqrt(Float::hypot((1.0 + (x[2] * x[2])).log2(), 1.0)).sin(),
            x[0].tanh().mul_add(Float::atan(a1), Float::cosh(x[3])),
        );
        for i5 in 0..x.len() {
            let a6 =
                (((1.7 / (2.0 + x[i5].sin())).tanh()) * ((s2 + a1).sin())) * (-(x[i5] * x[i5]));
            let a7 = core::f64::consts::PI;
            s2 -= a7.cos();
        }
        s2 += (0.45 - x[3].cos()).sin();
    }
    s2 *= 1.0
        + (0.3
            * 0.87
                .hypot(0.5 + (((0.9_f64 * x[1].tanh()).acos()) * ((0.9 * x[1].tanh()).acos())))
                .sin());
    for i8 in 0..x.len() {
        s2 += f64::atan(x[i8]);
        for i9 in x {
            let a10 = ((*i9).mul_add((s2 - (-0.837)).tanh(), x[i8] / ((-1.3).cosh())))
                + p52(W[i8].sin(), f64::cos(s2).tanh());
            let mut m11: f64 = (a10.round() * s2.sin()).tanh();
            let a12 = p102(x[i8], a10.atan());
            m11 = (0.5 * m11) + Float::atan((((*i9).signum()) * m11) - Float::atan(m11));
            m11 *= 1.0 + (0.3 * f64::sin(f64::sin(s2) * (i8 as f64)));
        }
        if (2.0 + x[i8].sin()).ln() < (i8 as f64).max(x[i8]) {
            continue;
        }
        s2 -= (i8 as f64).tanh();
    }
    for i13 in 0..x.len() / 2 {
        let a14 = a1 - (i13 as f64);
        let (u15, w16) = (
            f64::exp(Float::sin(a1)).log10(),
            Float::exp(((ALPHA.sin() * s2.tanh()) - W[i13]).tanh()).log2(),
        );
        if i13 < 0 {
            continue;
        }
        s2 -= f64::acosh(1.1 + ((2.0 + f64::sin(a14)) * (2.0f64 + a14.sin()))).tanh();
    }
    let (u17, w18) = (
        p88(
            Float::exp(s2.cos()).cos(),
            ((-0.52f64) - a1).atan(),
            Float::atan(f64::mul_add(a1.atan(), -1.19, 1.8)),
        ),
        (-s2) + (x[2] - a1),
    );
    Float::tanh(0.001f64 * ((((a1 + s2) + u17) + w18) + x[0]))
}

fn p114_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.9))
        * ((((k::<D>(BETA)) - ((k::<D>(ALPHA)) * (k::<D>(1.64)))).sin()).tanh()))
    .atanh();
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        s2 = ((k::<D>(0.5)) * s2)
            + ((((k::<D>(1.0))
                + ((((a1.tanh() * x[1] + a1) / s2.cos().exp()).sin())
                    * (((a1.tanh() * x[1] + a1) / s2.cos().exp()).sin())))
            .ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.tanh().sin())).exp()).ln())
            .sin());
        let a4 = (((((k::<D>(1.0)) + (x[1].asinh() * x[1].asinh())).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((s2 + x[2]).cos()).sin()))).exp()).ln())
        .atan())
            * (((((((k::<D>(1.0)) + (x[2] * x[2])).log2())
                * (((k::<D>(1.0)) + (x[2] * x[2])).log2())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .sqrt())
            .sin())
            + (x[0].tanh() * a1.atan() + x[3].cosh()));
        for i5 in 0..x.len() {
            let a6 = ((((k::<D>(1.7)) / ((k::<D>(2.0)) + x[i5].sin())).tanh()) * ((s2 + a1).sin()))
                * (-(x[i5] * x[i5]));
            let a7 = k::<D>(core::f64::consts::PI);
            s2 -= a7.cos();
        }
        s2 += ((k::<D>(0.45)) - x[3].cos()).sin();
    }
    s2 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((((k::<D>(0.87)) * (k::<D>(0.87))
                + ((k::<D>(0.5))
                    + ((((k::<D>(0.9)) * x[1].tanh()).acos())
                        * (((k::<D>(0.9)) * x[1].tanh()).acos())))
                    * ((k::<D>(0.5))
                        + ((((k::<D>(0.9)) * x[1].tanh()).acos())
                            * (((k::<D>(0.9)) * x[1].tanh()).acos()))))
            .sqrt())
            .sin()));
    for i8 in 0..x.len() {
        s2 += x[i8].atan();
        for i9 in x {
            let a10 = ((*i9) * ((s2 - (k::<D>(-0.837))).tanh())
                + (x[i8] / ((k::<D>(-1.3)).cosh())))
                + p52_d((k::<D>(W[i8])).sin(), s2.cos().tanh());
            let mut m11: D = ((k::<D>(a10.re().round())) * s2.sin()).tanh();
            let a12 = p102_d(x[i8], a10.atan());
            m11 = ((k::<D>(0.5)) * m11)
                + ((((k::<D>((*i9).re().signum())) * m11) - m11.atan()).atan());
            m11 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s2.sin() * (k::<D>(i8 as f64))).sin()));
        }
        if (((k::<D>(2.0)) + x[i8].sin()).ln()).re() < dmax(k::<D>(i8 as f64), x[i8]).re() {
            continue;
        }
        s2 -= (k::<D>(i8 as f64)).tanh();
    }
    for i13 in 0..x.len() / 2 {
        let a14 = a1 - (k::<D>(i13 as f64));
        let (u15, w16) = (
            a1.sin().exp().log10(),
            ((((((k::<D>(ALPHA)).sin()) * s2.tanh()) - (k::<D>(W[i13]))).tanh()).exp()).log2(),
        );
        if i13 < 0 {
            continue;
        }
        s2 -= (((k::<D>(1.1)) + (((k::<D>(2.0)) + a14.sin()) * ((k::<D>(2.0)) + a14.sin())))
            .acosh())
        .tanh();
    }
    let (u17, w18) = (
        p88_d(
            s2.cos().exp().cos(),
            ((k::<D>(-0.52)) - a1).atan(),
            (a1.atan() * (k::<D>(-1.19)) + (k::<D>(1.8))).atan(),
        ),
        (-s2) + (x[2] - a1),
    );
    ((k::<D>(0.001)) * ((((a1 + s2) + u17) + w18) + x[0])).tanh()
}

#[differentiable]
fn p115(x: &[f64]) -> f64 {
    let a1 = ((ALPHA.sin() + ((-0.04).sinh())).sin()).powi(3);
    let (u2, w3) = (
        Float::max(
            ALPHA
                / (1.0
                    + (((1.5 + f64::tanh(0.297_f64)).log2())
                        * Float::log2(1.5_f64 + Float::tanh(0.297_f64)))),
            Float::asinh(a1).tanh(),
        ),
        ((((-0.5).exp()).recip()) * f64::abs(a1))
            / f64::cos(f64::atan2(a1, -(0.5 + (1.08 * 1.08))))
                .exp()
                .sin()
                .cosh(),
    );
    let a4 = (-w3).tanh();
    let a5: f64 = Float::asinh(x[0]).cosh();
    ((((a1 + u2) + w3) + a4) + a5) * x[3]
}

fn p115_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((((k::<D>(ALPHA)).sin()) + ((k::<D>(-0.04)).sinh())).sin()).powi(3);
    let (u2, w3) = (
        dmax(
            (k::<D>(ALPHA))
                / ((k::<D>(1.0))
                    + ((((k::<D>(1.5)) + ((k::<D>(0.297)).tanh())).log2())
                        * (((k::<D>(1.5)) + ((k::<D>(0.297)).tanh())).log2()))),
            a1.asinh().tanh(),
        ),
        ((((k::<D>(-0.5)).exp()).recip()) * a1.abs())
            / datan2(a1, -((k::<D>(0.5)) + ((k::<D>(1.08)) * (k::<D>(1.08)))))
                .cos()
                .exp()
                .sin()
                .cosh(),
    );
    let a4 = (-w3).tanh();
    let a5: D = x[0].asinh().cosh();
    ((((a1 + u2) + w3) + a4) + a5) * x[3]
}

#[differentiable]
fn p116(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let a3 = (((1.0 + ((i2 as f64) * (i2 as f64))).sqrt()).atan()) * s1.cos();
        if i2 == 3 {
            s1 = (0.5 * s1)
                + ((Float::mul_add(Float::cos(a3 * W[i2]), 0.17, x0 / (2.0_f64 + x0.sin()))
                    / Float::sin(
                        f64::atanh(0.9f64 * std::f64::consts::E.atan().sin())
                            .hypot(0.5 + (x0.exp().log10() * Float::log10(x0.exp()))),
                    )
                    .cosh())
                .sin());
        }
        let a5 = if i2 > 3 {
            {
                let t4 = f64::log2(p77(s1.sin(), x1).hypot(1.0));
                -Float::exp2(s1.tanh())
            }
        } else {
            Float::tanh(
                ((0.5_f64 + ((2.0 + x0.sin()) * (2.0 + x0.sin()))).ln_1p())
                    / (2.0 + (((i2 as f64).tanh()).sin())),
            )
            .exp()
            .recip()
        };
        s1 += s1.abs().sin();
    }
    let (u6, w7) = ((0.9 * Float::sin(x2)).acos(), 1.355_f64);
    let mut m8 = w7;
    let mut m9: f64 = ((-0.502).mul_add(x1, x2)).atan2(0.5 + ((m8 + x0) * (m8 + x0)));
    let mut s10 = 0.0;
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let a12 = if -m8 >= x2 {
            s1 / (1.0 + (Float::sin(m8 - w7) * ((m8 - w7).sin())))
        } else {
            ((f64::tanh(x2) * s1.tanh()).cos()) * ((-m9).atan())
        };
        m8 -= ((i11 as f64) + a12).atan();
        let mut s13 = 0.0;
        let mut i14 = 0;
        while i14 < 3 {
            i14 += 1;
            let a15: f64 = m8;
            if i11 <= 3 {
                continue;
            }
            s10 = (0.5 * s10) + (((0.5 + (f64::exp(x2) * x2.exp())).ln_1p()).cos());
        }
        m8 = Float::sin((0.7f64 * m8) + f64::tan(Float::exp2(w7).cos().sin()));
    }
    s10 = (0.5 * s10)
        + u6.tanh()
            .exp2()
            .atan()
            .exp()
            .powf(Float::cos(Float::hypot(
                f64::mul_add(x1, x2, 1.404),
                0.5 + ((x1 + w7) * (x1 + w7)),
            )))
            .sin();
    (((u6 + w7) * m8) + m9) + s10
}

fn p116_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let a3 = ((((k::<D>(1.0)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64)))).sqrt()).atan())
            * s1.cos();
        if i2 == 3 {
            s1 = ((k::<D>(0.5)) * s1)
                + (((((a3 * (k::<D>(W[i2]))).cos()) * (k::<D>(0.17))
                    + (x0 / ((k::<D>(2.0)) + x0.sin())))
                    / (((((((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).atan()).sin()))
                        .atanh())
                        * (((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).atan()).sin()))
                            .atanh())
                        + ((k::<D>(0.5)) + (x0.exp().log10() * x0.exp().log10()))
                            * ((k::<D>(0.5)) + (x0.exp().log10() * x0.exp().log10())))
                    .sqrt())
                    .sin())
                    .cosh()))
                .sin());
        }
        let a5 = if i2 > 3 {
            {
                let t4 = ((p77_d(s1.sin(), x1) * p77_d(s1.sin(), x1)
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .log2();
                -s1.tanh().exp2()
            }
        } else {
            ((((((k::<D>(0.5)) + (((k::<D>(2.0)) + x0.sin()) * ((k::<D>(2.0)) + x0.sin())))
                .ln_1p())
                / ((k::<D>(2.0)) + (((k::<D>(i2 as f64)).tanh()).sin())))
            .tanh())
            .exp())
            .recip()
        };
        s1 += s1.abs().sin();
    }
    let (u6, w7) = (((k::<D>(0.9)) * x2.sin()).acos(), k::<D>(1.355));
    let mut m8 = w7;
    let mut m9: D = datan2(
        ((k::<D>(-0.502)) * x1 + x2),
        (k::<D>(0.5)) + ((m8 + x0) * (m8 + x0)),
    );
    let mut s10 = k::<D>(0.0);
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let a12 = if (-m8).re() >= x2.re() {
            s1 / ((k::<D>(1.0)) + (((m8 - w7).sin()) * ((m8 - w7).sin())))
        } else {
            ((x2.tanh() * s1.tanh()).cos()) * ((-m9).atan())
        };
        m8 -= ((k::<D>(i11 as f64)) + a12).atan();
        let mut s13 = k::<D>(0.0);
        let mut i14 = 0;
        while i14 < 3 {
            i14 += 1;
            let a15: D = m8;
            if i11 <= 3 {
                continue;
            }
            s10 = ((k::<D>(0.5)) * s10) + ((((k::<D>(0.5)) + (x2.exp() * x2.exp())).ln_1p()).cos());
        }
        m8 = (((k::<D>(0.7)) * m8) + w7.exp2().cos().sin().tan()).sin();
    }
    s10 = ((k::<D>(0.5)) * s10)
        + (((((((x1 * x2 + (k::<D>(1.404))) * (x1 * x2 + (k::<D>(1.404)))
            + ((k::<D>(0.5)) + ((x1 + w7) * (x1 + w7)))
                * ((k::<D>(0.5)) + ((x1 + w7) * (x1 + w7))))
            .sqrt())
        .cos())
            * u6.tanh().exp2().atan().exp().ln())
        .exp())
        .sin());
    (((u6 + w7) * m8) + m9) + s10
}

#[differentiable]
fn p117(x0: f64, x1: f64, nk: usize) -> f64 {
    let a1: f64 = (x0 - x1) / (1.0_f64 + (x0.min(x1) * x0.min(x1)));
    let a2 = 1.21f64;
    let (u3, w4) = (-1.59, x0.exp() + a2);
    let mut m6 = x1.mul_add(a2, a1)
        / Float::exp(
            ({
                let t5 = 0.91;
                w4
            })
            .tanh(),
        );
    for i7 in 2..4 {
        let (u8, w9) = (x0.powi(3), a1);
        m6 /= 1.0 + (((1.5 + Float::tanh(u3)).powi(-1)) * ((1.5_f64 + u3.tanh()).powi(-1)));
        if i7 <= 2 {
            continue;
        }
    }
    if x0 * u3 <= -x1 {
        m6 += f64::powi(1.0 + (u3 * u3), -2);
    } else {
        m6 = (0.5f64 * m6) + (-0.717);
    }
    m6 -= w4;
    (((a1 + a2) * u3) - w4) + m6
}

fn p117_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1: D = (x0 - x1) / ((k::<D>(1.0)) + (dmin(x0, x1) * dmin(x0, x1)));
    let a2 = k::<D>(1.21);
    let (u3, w4) = (k::<D>(-1.59), x0.exp() + a2);
    let mut m6 = (x1 * a2 + a1)
        / ((({
            let t5 = k::<D>(0.91);
            w4
        })
        .tanh())
        .exp());
    for i7 in 2..4 {
        let (u8, w9) = (x0.powi(3), a1);
        m6 /= (k::<D>(1.0))
            + ((((k::<D>(1.5)) + u3.tanh()).powi(-1)) * (((k::<D>(1.5)) + u3.tanh()).powi(-1)));
        if i7 <= 2 {
            continue;
        }
    }
    if (x0 * u3).re() <= (-x1).re() {
        m6 += ((k::<D>(1.0)) + (u3 * u3)).powi(-2);
    } else {
        m6 = ((k::<D>(0.5)) * m6) + (k::<D>(-0.717));
    }
    m6 -= w4;
    (((a1 + a2) * u3) - w4) + m6
}

#[differentiable]
fn p118(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        (1.0 + (Float::atan2(x1, 0.5_f64 + (x0 * x0)) * Float::atan2(x1, 0.5 + (x0 * x0)))).log2(),
        x0 - ((1.0 + (x1 * x1)).log2()),
    );
    let mut s3 = 0.0;
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        if x1 / x2.exp() >= -0.36 {
            break;
        }
        let a5 = x0.signum() * f64::atan(f64::sin((-1.26) * u1).exp_m1());
        s3 -= (V[i4] + (-w2)).cos();
        s3 /= (w2 - a5).hypot(1.0);
    }
    s3 += f64::tanh(s3 + (s3 / f64::cosh(x2)));
    s3 += p102(
        ((0.5 + ((1.0f64 + (x1 * x1)) * (1.0 + (x1 * x1)))).ln_1p()).tanh(),
        (x0 + 0.744).cos(),
    )
    .hypot(1.0)
    .recip();
    (((x1 + x2) + u1) + w2) + s3
}

fn p118_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        ((k::<D>(1.0))
            + (datan2(x1, (k::<D>(0.5)) + (x0 * x0)) * datan2(x1, (k::<D>(0.5)) + (x0 * x0))))
        .log2(),
        x0 - (((k::<D>(1.0)) + (x1 * x1)).log2()),
    );
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        if (x1 / x2.exp()).re() >= (k::<D>(-0.36)).re() {
            break;
        }
        let a5 = (k::<D>(x0.re().signum())) * (((((k::<D>(-1.26)) * u1).sin()).exp_m1()).atan());
        s3 -= ((k::<D>(V[i4])) + (-w2)).cos();
        s3 /= ((w2 - a5) * (w2 - a5) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    s3 += (s3 + (s3 / x2.cosh())).tanh();
    s3 += ((p102_d(
        (((k::<D>(0.5)) + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1)))).ln_1p())
            .tanh(),
        (x0 + (k::<D>(0.744))).cos(),
    ) * p102_d(
        (((k::<D>(0.5)) + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1)))).ln_1p())
            .tanh(),
        (x0 + (k::<D>(0.744))).cos(),
    ) + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .recip();
    (((x1 + x2) + u1) + w2) + s3
}

#[differentiable]
fn p119(x: &[f64], nk: usize) -> f64 {
    let a1 = ((x[1] / (1.0 + ((-2.0) * (-2.0)))) * (x[0] / x[2].hypot(1.0))) - x[2];
    let a3 = if 0.719_f64.exp_m1() > {
        let t2 = x[1];
        t2
    } || -0.7 >= x[1]
    {
        (std::f64::consts::E - x[1]).atan2(
            0.5 + (((-1.19_f64) / (1.0f64 + (x[2] * x[2]))) * ((-1.19f64) / (1.0 + (x[2] * x[2])))),
        )
    } else {
        x[1]
    };
    let (u4, w5) = (x[2] + a3, 0.65_f64 - a1);
    let (u6, w7) = (BETA.atan().exp2(), a1.round() * (-1.3_f64));
    ((((a3 + u4) + w5) * u6) + w7) + x[1]
}

fn p119_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = ((x[1] / ((k::<D>(1.0)) + ((k::<D>(-2.0)) * (k::<D>(-2.0)))))
        * (x[0] / ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        - x[2];
    let a3 = if ((k::<D>(0.719)).exp_m1()).re()
        > ({
            let t2 = x[1];
            t2
        })
        .re()
        || (k::<D>(-0.7)).re() >= x[1].re()
    {
        datan2(
            (k::<D>(std::f64::consts::E)) - x[1],
            (k::<D>(0.5))
                + (((k::<D>(-1.19)) / ((k::<D>(1.0)) + (x[2] * x[2])))
                    * ((k::<D>(-1.19)) / ((k::<D>(1.0)) + (x[2] * x[2])))),
        )
    } else {
        x[1]
    };
    let (u4, w5) = (x[2] + a3, (k::<D>(0.65)) - a1);
    let (u6, w7) = (
        ((k::<D>(BETA)).atan()).exp2(),
        (k::<D>(a1.re().round())) * (k::<D>(-1.3)),
    );
    ((((a3 + u4) + w5) * u6) + w7) + x[1]
}

#[differentiable]
fn p120(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = ((x0 + x1) - x1.max(x0), (1.5f64 + x0.atan().tanh()).powf(x1));
    let mut m3 = -0.5;
    let u1: f64 = Float::max(x1 * w2, u1 / x1.hypot(1.0));
    m3 /= 2.0 + u1.sin();
    let a4: f64 = w2 - m3;
    (((x1 + w2) + m3) + u1) * a4
}

fn p120_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        (x0 + x1) - dmax(x1, x0),
        (x1 * ((k::<D>(1.5)) + x0.atan().tanh()).ln()).exp(),
    );
    let mut m3 = k::<D>(-0.5);
    let u1: D = dmax(
        x1 * w2,
        u1 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
    );
    m3 /= (k::<D>(2.0)) + u1.sin();
    let a4: D = w2 - m3;
    (((x1 + w2) + m3) + u1) * a4
}

#[differentiable]
fn p121(x: [f64; 3]) -> f64 {
    let a1: f64 = (((1.0_f64 + (x[2] * x[2])).cbrt()).atan()).powi(3);
    let mut s2 = 0.0f64;
    for i3 in 0..=4 {
        let a4: f64 =
            (2.0 + p105(f64::cos(a1), (x[0] / (1.5 + a1.tanh())).atan(), x[2].abs()).sin()).log2();
        s2 = (0.5 * s2) + s2.tanh();
        s2 *= 1.0 + (0.3 * ((-x[1]).sin()));
    }
    let mut m5: f64 = s2;
    let mut m6: f64 = if x[1].asinh() >= x[2] {
        x[1] + x[1].atan()
    } else {
        -1.67
    };
    let mut s7 = 0.0;
    for i8 in 1..5 {
        if i8 < 2 {
            break;
        }
        m5 = (0.5 * m5)
            + (({
                let t9 = ((-0.37).sin()).powi(2);
                (0.9f64 * s7.sin().tanh()).atanh()
            })
            .tanh());
        let a1: f64 = p97(Float::sin(a1), a1.cos(), Float::tanh(a1)) + s2.tanh().cosh();
        let a10 = if i8 != 2 {
            (1.5 + (((0.324 / (2.0 + m5.sin())) - x[2].exp2()).tanh())).log10()
        } else {
            (x[1].cosh().powi(0) * (x[1] / (1.5_f64 + BETA.tanh())))
                .max((((i8 as f64) + m6).hypot(1.0)).log2())
        };
        m6 -= (((-m6).atan()).exp2()).sin();
    }
    (0.001 * (((((a1 * s2) + m5) + m6) + s7) + x[0])).tanh()
}

fn p121_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((((k::<D>(1.0)) + (x[2] * x[2])).cbrt()).atan()).powi(3);
    let mut s2 = k::<D>(0.0);
    for i3 in 0..=4 {
        let a4: D = ((k::<D>(2.0))
            + p105_d(
                a1.cos(),
                (x[0] / ((k::<D>(1.5)) + a1.tanh())).atan(),
                x[2].abs(),
            )
            .sin())
        .log2();
        s2 = ((k::<D>(0.5)) * s2) + s2.tanh();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-x[1]).sin()));
    }
    let mut m5: D = s2;
    let mut m6: D = if x[1].asinh().re() >= x[2].re() {
        x[1] + x[1].atan()
    } else {
        k::<D>(-1.67)
    };
    let mut s7 = k::<D>(0.0);
    for i8 in 1..5 {
        if i8 < 2 {
            break;
        }
        m5 = ((k::<D>(0.5)) * m5)
            + (({
                let t9 = ((k::<D>(-0.37)).sin()).powi(2);
                ((k::<D>(0.9)) * s7.sin().tanh()).atanh()
            })
            .tanh());
        let a1: D = p97_d(a1.sin(), a1.cos(), a1.tanh()) + s2.tanh().cosh();
        let a10 = if i8 != 2 {
            ((k::<D>(1.5))
                + ((((k::<D>(0.324)) / ((k::<D>(2.0)) + m5.sin())) - x[2].exp2()).tanh()))
            .log10()
        } else {
            dmax(
                x[1].cosh().powi(0) * (x[1] / ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))),
                ((((k::<D>(i8 as f64)) + m6) * ((k::<D>(i8 as f64)) + m6)
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .log2(),
            )
        };
        m6 -= (((-m6).atan()).exp2()).sin();
    }
    ((k::<D>(0.001)) * (((((a1 * s2) + m5) + m6) + s7) + x[0])).tanh()
}

#[differentiable]
fn p122(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut m3: f64 = x0;
        let a4 = m3 * x2;
        let (u5, w6) = ((i2 as f64), s1);
        m3 *= 1.0 + (0.3 * (((u5 + m3) + x1).sin()));
        if i2 > 0 {
            break;
        }
    }
    let a7 = x2 * (-0.8);
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let a9 = f64::cos(a7) * x2.abs();
        let a9 = f64::hypot(a7, 0.5f64 + (x2 * x2));
        if i8 < 0 {
            break;
        }
        s1 -= V[i8].sin();
    }
    if x0 + x1 < -0.71 {
        s1 *= 1.0 + (0.3_f64 * ((-0.67_f64).sin()));
    } else {
        s1 -= a7.tanh() - (-x1);
    }
    for i10 in 1..=3 {
        let mut i11 = 0;
        while i11 < 2 {
            i11 += 1;
            let a12 = Float::sin(Float::exp2(a7) - x2);
            let a13 = (((0.9 * ((i11 as f64).sin())).acos()).sin())
                .mul_add((std::f64::consts::E + 1.807).sin(), a12 + 0.69);
            s1 *= 1.0 + (0.3 * ((((-1.4) / (1.5 + x2.tanh())) - (-a13)).sin()));
        }
        let a14 = f64::sin(
            ((1.1 + ((1.5_f64 + s1.tanh()) * (1.5 + f64::tanh(s1)))).acosh()).min(a7 - x0),
        );
        s1 -= f64::cos(a14.cos());
    }
    (0.001 * ((((x0 + x1) + x2) - s1) + a7)).tanh()
}

fn p122_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut m3: D = x0;
        let a4 = m3 * x2;
        let (u5, w6) = (k::<D>(i2 as f64), s1);
        m3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((u5 + m3) + x1).sin()));
        if i2 > 0 {
            break;
        }
    }
    let a7 = x2 * (k::<D>(-0.8));
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let a9 = a7.cos() * x2.abs();
        let a9 = (a7 * a7 + ((k::<D>(0.5)) + (x2 * x2)) * ((k::<D>(0.5)) + (x2 * x2))).sqrt();
        if i8 < 0 {
            break;
        }
        s1 -= (k::<D>(V[i8])).sin();
    }
    if (x0 + x1).re() < (k::<D>(-0.71)).re() {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.67)).sin()));
    } else {
        s1 -= a7.tanh() - (-x1);
    }
    for i10 in 1..=3 {
        let mut i11 = 0;
        while i11 < 2 {
            i11 += 1;
            let a12 = (a7.exp2() - x2).sin();
            let a13 = (((((k::<D>(0.9)) * ((k::<D>(i11 as f64)).sin())).acos()).sin())
                * (((k::<D>(std::f64::consts::E)) + (k::<D>(1.807))).sin())
                + (a12 + (k::<D>(0.69))));
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(-1.4)) / ((k::<D>(1.5)) + x2.tanh())) - (-a13)).sin()));
        }
        let a14 = dmin(
            ((k::<D>(1.1)) + (((k::<D>(1.5)) + s1.tanh()) * ((k::<D>(1.5)) + s1.tanh()))).acosh(),
            a7 - x0,
        )
        .sin();
        s1 -= a14.cos().cos();
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + x2) - s1) + a7)).tanh()
}

#[differentiable]
fn p123(x: &[f64]) -> f64 {
    let a1 = ALPHA / std::f64::consts::E.tanh().cosh();
    let mut s2: f64 = 0.0f64;
    for i3 in 0..=1 {
        let a1: f64 = (((1.1 + ((1.0 + (ALPHA * ALPHA)) * (1.0 + (ALPHA * ALPHA)))).acosh())
            + 1.67f64)
            / (1.0
                + (Float::tanh((-1.9) + a1).exp_m1().sin()
                    * (((((-1.9_f64) + a1).tanh()).exp_m1()).sin())));
        let a4 = s2;
        if i3 <= 0 {
            continue;
        }
        for i5 in (i3 + 1)..4 {
            let a6 = f64::atan2(
                (0.9 * Float::tanh(x[3])).asin(),
                0.5 + (((-1.778) + (i5 as f64)) * ((-1.778) + (i5 as f64))),
            ) * x[4];
            let (u7, w8) = (-a4, Float::asinh(x[4]));
            let a9 = s2 / (1.5 + ((-1.17).tanh()));
            s2 -= ((if w8 > 0.54 { x[0] } else { a4 }) + u7.clamp(-1.05, 1.14)).sin();
            if Float::atan2(s2, 0.5 + (0.996_f64 * 0.996)) >= Float::tan(a4.atan().sin()) {
                break;
            }
        }
        s2 /= 1.0 + (x[0] * x[0]);
        s2 /= 1.0f64 + (a4.tanh() * a4.tanh());
    }
    let a10 = a1;
    let mut s11 = 1.0;
    for i12 in 2..3 {
        let a13 = ((s11 / (1.5 + 0.9f64.tanh())).clamp(-0.96, 1.38)).sinh();
        let a14 = a13.tanh();
        let a15 = V[i12].exp2();
        s2 *= 1.0 + (0.3 * Float::exp(a15.tanh()).cos());
    }
    (0.001 * ((((a1 - s2) - a10) + s11) + x[2])).tanh()
}

fn p123_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(ALPHA)) / (((k::<D>(std::f64::consts::E)).tanh()).cosh());
    let mut s2: D = k::<D>(0.0);
    for i3 in 0..=1 {
        let a1: D = ((((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))
                * ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))))
        .acosh())
            + (k::<D>(1.67)))
            / ((k::<D>(1.0))
                + ((((((k::<D>(-1.9)) + a1).tanh()).exp_m1()).sin())
                    * (((((k::<D>(-1.9)) + a1).tanh()).exp_m1()).sin())));
        let a4 = s2;
        if i3 <= 0 {
            continue;
        }
        for i5 in (i3 + 1)..4 {
            let a6 = datan2(
                ((k::<D>(0.9)) * x[3].tanh()).asin(),
                (k::<D>(0.5))
                    + (((k::<D>(-1.778)) + (k::<D>(i5 as f64)))
                        * ((k::<D>(-1.778)) + (k::<D>(i5 as f64)))),
            ) * x[4];
            let (u7, w8) = (-a4, x[4].asinh());
            let a9 = s2 / ((k::<D>(1.5)) + ((k::<D>(-1.17)).tanh()));
            s2 -= ((if w8.re() > (k::<D>(0.54)).re() {
                x[0]
            } else {
                a4
            }) + dclamp(u7, k::<D>(-1.05), k::<D>(1.14)))
            .sin();
            if datan2(s2, (k::<D>(0.5)) + ((k::<D>(0.996)) * (k::<D>(0.996)))).re()
                >= a4.atan().sin().tan().re()
            {
                break;
            }
        }
        s2 /= (k::<D>(1.0)) + (x[0] * x[0]);
        s2 /= (k::<D>(1.0)) + (a4.tanh() * a4.tanh());
    }
    let a10 = a1;
    let mut s11 = k::<D>(1.0);
    for i12 in 2..3 {
        let a13 = dclamp(
            s11 / ((k::<D>(1.5)) + ((k::<D>(0.9)).tanh())),
            k::<D>(-0.96),
            k::<D>(1.38),
        )
        .sinh();
        let a14 = a13.tanh();
        let a15 = (k::<D>(V[i12])).exp2();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a15.tanh().exp().cos());
    }
    ((k::<D>(0.001)) * ((((a1 - s2) - a10) + s11) + x[2])).tanh()
}

#[differentiable]
fn p124<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = ((c::<T>(1.1))
        + (((c::<T>(2.0))
            + ((((c::<T>(1.16)).cos()) + ((c::<T>(ALPHA)) / ((c::<T>(1.0)) + (x[0] * x[0]))))
                .sin()))
            * ((c::<T>(2.0))
                + ((Float::cos(c::<T>(1.16))
                    + ((c::<T>(ALPHA)) / ((c::<T>(1.0)) + (x[0] * x[0]))))
                    .sin()))))
    .acosh();
    let mut m2 = a1
        .hypot(c::<T>(1.0))
        .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * a1.tanh().sin())).exp())
        .atan()
        .powi(1)
        .hypot(
            (c::<T>(0.5))
                + ((((c::<T>(1.1))
                    + (((c::<T>(1.5))
                        + ((a1 / ((c::<T>(1.5)) + ((c::<T>(ALPHA)).tanh()))).tanh()))
                        * ((c::<T>(1.5))
                            + Float::tanh(a1 / ((c::<T>(1.5)) + ((c::<T>(ALPHA)).tanh()))))))
                .acosh())
                    * Float::acosh(
                        (c::<T>(1.1))
                            + (((c::<T>(1.5))
                                + ((a1 / ((c::<T>(1.5)) + ((c::<T>(ALPHA)).tanh()))).tanh()))
                                * ((c::<T>(1.5))
                                    + ((a1 / ((c::<T>(1.5)) + T::tanh(c::<T>(ALPHA)))).tanh()))),
                    )),
        );
    let a3 = T::from(-1.907).unwrap() - a1;
    let mut s4 = T::zero();
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let mut m6: T = s4.tanh();
        let a8 = if i5 <= 2 {
            {
                let t7 = x[3];
                x[4]
            }
        } else {
            T::from(1.18).unwrap() / (T::one() + (a3 * a3))
        };
        m2 /= (c::<T>(2.0)) + m6.sin();
        s4 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * p73(a3.sin(), m2.atan()).sin());
    }
    let mut m9 = a1.atan().exp_m1();
    ((((a1 + m2) + a3) + s4) + m9) + x[0]
}

fn p124_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(1.1))
        + (((k::<D>(2.0))
            + ((((k::<D>(1.16)).cos()) + ((k::<D>(ALPHA)) / ((k::<D>(1.0)) + (x[0] * x[0]))))
                .sin()))
            * ((k::<D>(2.0))
                + ((((k::<D>(1.16)).cos())
                    + ((k::<D>(ALPHA)) / ((k::<D>(1.0)) + (x[0] * x[0]))))
                    .sin()))))
    .acosh();
    let mut m2 = ((((((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.tanh().sin())).exp()).ln())
    .atan())
    .powi(1))
        * (((((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.tanh().sin())).exp()).ln())
        .atan())
        .powi(1))
        + ((k::<D>(0.5))
            + ((((k::<D>(1.1))
                + (((k::<D>(1.5))
                    + ((a1 / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).tanh()))
                    * ((k::<D>(1.5))
                        + ((a1 / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).tanh()))))
            .acosh())
                * (((k::<D>(1.1))
                    + (((k::<D>(1.5))
                        + ((a1 / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).tanh()))
                        * ((k::<D>(1.5))
                            + ((a1 / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).tanh()))))
                .acosh())))
            * ((k::<D>(0.5))
                + ((((k::<D>(1.1))
                    + (((k::<D>(1.5))
                        + ((a1 / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).tanh()))
                        * ((k::<D>(1.5))
                            + ((a1 / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).tanh()))))
                .acosh())
                    * (((k::<D>(1.1))
                        + (((k::<D>(1.5))
                            + ((a1 / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).tanh()))
                            * ((k::<D>(1.5))
                                + ((a1 / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).tanh()))))
                    .acosh()))))
    .sqrt();
    let a3 = (k::<D>(-1.907)) - a1;
    let mut s4 = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let mut m6: D = s4.tanh();
        let a8 = if i5 <= 2 {
            {
                let t7 = x[3];
                x[4]
            }
        } else {
            (k::<D>(1.18)) / ((k::<D>(1.0)) + (a3 * a3))
        };
        m2 /= (k::<D>(2.0)) + m6.sin();
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * p73_d(a3.sin(), m2.atan()).sin());
    }
    let mut m9 = a1.atan().exp_m1();
    ((((a1 + m2) + a3) + s4) + m9) + x[0]
}

#[differentiable]
fn p125(x: [f64; 3]) -> f64 {
    let a1 = Float::exp(((-1.954) - 1.9).atan()).sqrt();
    let mut s2 = 0.5;
    for i3 in 1..5 {
        let a1 = Float::sinh(Float::tanh(s2)) + (Float::floor(0.06.tanh()) * (x[0] * W[i3]));
        let mut m4 = x[0] + 1.48;
        let a5: f64 = m4;
        s2 -= f64::ln_1p(
            0.5 + (((s2 / (2.0 + ALPHA.sin())).hypot(1.0))
                * ((s2 / (2.0_f64 + Float::sin(ALPHA))).hypot(1.0))),
        )
        .tanh();
        m4 *= 1.0_f64 + (0.3 * f64::asinh(x[0] - x[0]).sin());
    }
    let mut m6 = x[2] / (1.5 + x[0].tanh());
    if a1 < 0.0_f64 {
        m6 -= f64::acosh(1.1f64 + ((1.0 + (2.0_f64 * 2.0)) * (1.0 + (2.0 * 2.0))));
    }
    if !(x[1] * x[0] > 0.7) {
        return Float::round(x[1] * 1.5_f64) * (0.246 / x[2].exp());
    }
    for i7 in 0..4 {
        let mut m9: f64 = (({
            let t8 = s2;
            x[0]
        })
        .cosh())
        .cbrt();
        let a10: f64 = (1.0
            + (((((m6 / (2.0 + m6.sin())).cos()).sinh()).cos())
                * f64::sinh((m6 / (2.0 + m6.sin())).cos()).cos()))
        .sqrt();
        s2 *= 1.0 + (0.3_f64 * Float::sin(((1.0 + (x[0] * x[0])).sqrt()).tanh()));
        m9 *= 1.0 + (0.3 * p58(f64::atan(s2.tanh().mul_add(m6.cos(), m9)), x[1]).sin());
    }
    Float::tanh(0.001 * (((a1 + s2) + m6) - x[1]))
}

fn p125_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((((k::<D>(-1.954)) - (k::<D>(1.9))).atan()).exp()).sqrt();
    let mut s2 = k::<D>(0.5);
    for i3 in 1..5 {
        let a1 = s2.tanh().sinh()
            + ((k::<D>(((k::<D>(0.06)).tanh()).re().floor())) * (x[0] * (k::<D>(W[i3]))));
        let mut m4 = x[0] + (k::<D>(1.48));
        let a5: D = m4;
        s2 -= (((k::<D>(0.5))
            + ((((s2 / ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())))
                * (s2 / ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
                * (((s2 / ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())))
                    * (s2 / ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())))
        .ln_1p())
        .tanh();
        m4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((x[0] - x[0]).asinh()).sin()));
    }
    let mut m6 = x[2] / ((k::<D>(1.5)) + x[0].tanh());
    if a1.re() < (k::<D>(0.0)).re() {
        m6 -= ((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((k::<D>(2.0)) * (k::<D>(2.0))))
                * ((k::<D>(1.0)) + ((k::<D>(2.0)) * (k::<D>(2.0))))))
        .acosh();
    }
    if !((x[1] * x[0]).re() > (k::<D>(0.7)).re()) {
        return (k::<D>((x[1] * (k::<D>(1.5))).re().round())) * ((k::<D>(0.246)) / x[2].exp());
    }
    for i7 in 0..4 {
        let mut m9: D = (({
            let t8 = s2;
            x[0]
        })
        .cosh())
        .cbrt();
        let a10: D = ((k::<D>(1.0))
            + (((((m6 / ((k::<D>(2.0)) + m6.sin())).cos()).sinh()).cos())
                * ((((m6 / ((k::<D>(2.0)) + m6.sin())).cos()).sinh()).cos())))
        .sqrt();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((k::<D>(1.0)) + (x[0] * x[0])).sqrt()).tanh()).sin()));
        m9 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * p58_d((s2.tanh() * m6.cos() + m9).atan(), x[1]).sin());
    }
    ((k::<D>(0.001)) * (((a1 + s2) + m6) - x[1])).tanh()
}

#[differentiable]
fn p126(x0: f64, x1: f64) -> f64 {
    let a1 = f64::exp_m1(x1);
    let mut m2 = Float::cbrt(1.0 + ((x0.ceil() * x0) * (f64::ceil(x0) * x0)));
    let (u3, w4) = (
        ((m2 / (2.0 + f64::sin(x1))).round()) * Float::tanh(a1 + m2),
        ALPHA,
    );
    let mut s5: f64 = 0.5;
    let mut i6 = 0;
    while i6 < 1 {
        i6 += 1;
        let a7 = (Float::sin(u3).exp().ln()
            / (1.0 + (s5.atan().powi(1) * f64::powi(s5.atan(), 1))))
            * ((((2.0 + f64::sin(w4)).sqrt()).hypot(1.0)).ln());
        m2 = ((0.7 * m2) + (x1.sin() / (1.0 + (((a1 + x1).tanh()) * ((a1 + x1).tanh()))))).atan();
        m2 += x1.abs().tanh();
        if i6 % 2 == 0 {
            continue;
        }
    }
    m2 *= 1.0_f64 + (0.3 * ((1.5f64 + Float::powi(1.5_f64 + m2.tanh(), -1).tanh()).cos()));
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let mut m9 = Float::atanh(0.9 * u3.cos().sin());
        if i8 <= 0 {
            continue;
        }
        m2 -= (((-0.44) / std::f64::consts::E.atan().cosh()).max(x0 / (2.0 + w4.sin()))).atan();
    }
    (((a1 - m2) + u3) + w4) + s5
}

fn p126_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x1.exp_m1();
    let mut m2 = ((k::<D>(1.0))
        + (((k::<D>(x0.re().ceil())) * x0) * ((k::<D>(x0.re().ceil())) * x0)))
        .cbrt();
    let (u3, w4) = (
        (k::<D>((m2 / ((k::<D>(2.0)) + x1.sin())).re().round())) * ((a1 + m2).tanh()),
        k::<D>(ALPHA),
    );
    let mut s5: D = k::<D>(0.5);
    let mut i6 = 0;
    while i6 < 1 {
        i6 += 1;
        let a7 = (u3.sin().exp().ln() / ((k::<D>(1.0)) + (s5.atan().powi(1) * s5.atan().powi(1))))
            * ((((((k::<D>(2.0)) + w4.sin()).sqrt()) * (((k::<D>(2.0)) + w4.sin()).sqrt())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .ln());
        m2 = (((k::<D>(0.7)) * m2)
            + (x1.sin() / ((k::<D>(1.0)) + (((a1 + x1).tanh()) * ((a1 + x1).tanh())))))
        .atan();
        m2 += x1.abs().tanh();
        if i6 % 2 == 0 {
            continue;
        }
    }
    m2 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((k::<D>(1.5)) + ((((k::<D>(1.5)) + m2.tanh()).powi(-1)).tanh())).cos()));
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let mut m9 = ((k::<D>(0.9)) * u3.cos().sin()).atanh();
        if i8 <= 0 {
            continue;
        }
        m2 -= dmax(
            (k::<D>(-0.44)) / (((k::<D>(std::f64::consts::E)).atan()).cosh()),
            x0 / ((k::<D>(2.0)) + w4.sin()),
        )
        .atan();
    }
    (((a1 - m2) + u3) + w4) + s5
}

#[differentiable]
fn p127(x: &[f64]) -> f64 {
    let a1 = ALPHA;
    let mut m2: f64 =
        (x[4] / Float::atan(a1).cosh()) * x[3].atan2(-(0.5f64 + ((-0.077f64) * (-0.077))));
    let a3 = ((1.0 + (std::f64::consts::E * std::f64::consts::E)).powi(-2)) * (-(a1 * 1.951));
    if (-1.21) * m2 >= 0.02f64 {
        return (1.47f64 * 1.4) * x[4].hypot(0.5 + ((-0.7) * (-0.7)));
    }
    let mut m4 = x[0].sin();
    let a5: f64 = core::f64::consts::PI - (((-1.8_f64).cosh()) + m4.atan2(0.5 + (a3 * a3)));
    let a6 = (x[0] + (-0.9)) - BETA.cos().cosh().recip();
    ((((m2 + a3) + m4) + a5) + a6) + x[2]
}

fn p127_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(ALPHA);
    let mut m2: D = (x[4] / a1.atan().cosh())
        * datan2(
            x[3],
            -((k::<D>(0.5)) + ((k::<D>(-0.077)) * (k::<D>(-0.077)))),
        );
    let a3 = (((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
        .powi(-2))
        * (-(a1 * (k::<D>(1.951))));
    if ((k::<D>(-1.21)) * m2).re() >= (k::<D>(0.02)).re() {
        return ((k::<D>(1.47)) * (k::<D>(1.4)))
            * ((x[4] * x[4]
                + ((k::<D>(0.5)) + ((k::<D>(-0.7)) * (k::<D>(-0.7))))
                    * ((k::<D>(0.5)) + ((k::<D>(-0.7)) * (k::<D>(-0.7)))))
            .sqrt());
    }
    let mut m4 = x[0].sin();
    let a5: D = (k::<D>(core::f64::consts::PI))
        - (((k::<D>(-1.8)).cosh()) + datan2(m4, (k::<D>(0.5)) + (a3 * a3)));
    let a6 = (x[0] + (k::<D>(-0.9))) - ((((k::<D>(BETA)).cos()).cosh()).recip());
    ((((m2 + a3) + m4) + a5) + a6) + x[2]
}

#[differentiable]
fn p128(x: &[f64]) -> f64 {
    let a1 = f64::log2(1.5 + x[0].tanh());
    let a2: f64 = a1;
    let mut s3: f64 = 0.0;
    for i4 in 2..3 {
        let a5: f64 = BETA + s3;
        let (u6, w7) = (
            f64::log(
                1.5f64 + ((1.218 - a1).tanh()),
                Float::exp(0.5_f64 + (0.4f64 * Float::atan(BETA).sin())),
            )
            .atan2(
                -(0.5
                    + ((Float::tanh(s3) + ((i4 as f64) + a2)) * (s3.tanh() + ((i4 as f64) + a2)))),
            ),
            -((-a1) * Float::tanh(x[2])),
        );
        if s3.cos() * (i4 as f64) > 0.96 {
            continue;
        }
        let a8 = if w7 < if i4 < 0 { a1 } else { 1.201_f64 } {
            core::f64::consts::PI
        } else {
            a5.atan().sinh().sin() * Float::recip(1.0f64 + (ALPHA * ALPHA)).atan()
        };
        s3 += x[2].sin();
        s3 += f64::recip(x[2].exp()).atan().sin();
    }
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let a10 = f64::ln_1p(0.5 + (f64::hypot(s3, 1.0f64) * s3.hypot(1.0)));
        for i11 in 1..x.len() {
            let a12 = if a10 - a10 <= 0.34 {
                (0.9 * f64::sin(x[i11 - 1])).asin()
            } else {
                a10
            };
            s3 -= f64::sin(s3.atan().sin().tan() * ((1.0 + (s3.sin() * s3.sin())).ln()));
        }
        s3 *= 1.0f64 + (0.3 * x[1].sin());
    }
    (0.001 * (((a1 + a2) + s3) * x[1])).tanh()
}

fn p128_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.5)) + x[0].tanh()).log2();
    let a2: D = a1;
    let mut s3: D = k::<D>(0.0);
    for i4 in 2..3 {
        let a5: D = (k::<D>(BETA)) + s3;
        let (u6, w7) = (
            datan2(
                (((k::<D>(1.5)) + (((k::<D>(1.218)) - a1).tanh())).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(BETA)).atan()).sin()))).exp())
                        .ln()),
                -((k::<D>(0.5))
                    + ((s3.tanh() + ((k::<D>(i4 as f64)) + a2))
                        * (s3.tanh() + ((k::<D>(i4 as f64)) + a2)))),
            ),
            -((-a1) * x[2].tanh()),
        );
        if (s3.cos() * (k::<D>(i4 as f64))).re() > (k::<D>(0.96)).re() {
            continue;
        }
        let a8 = if w7.re() < (if i4 < 0 { a1 } else { k::<D>(1.201) }).re() {
            k::<D>(core::f64::consts::PI)
        } else {
            a5.atan().sinh().sin()
                * ((((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).recip()).atan())
        };
        s3 += x[2].sin();
        s3 += x[2].exp().recip().atan().sin();
    }
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let a10 = ((k::<D>(0.5))
            + (((s3 * s3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((s3 * s3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .ln_1p();
        for i11 in 1..x.len() {
            let a12 = if (a10 - a10).re() <= (k::<D>(0.34)).re() {
                ((k::<D>(0.9)) * x[i11 - 1].sin()).asin()
            } else {
                a10
            };
            s3 -= (s3.atan().sin().tan() * (((k::<D>(1.0)) + (s3.sin() * s3.sin())).ln())).sin();
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[1].sin());
    }
    ((k::<D>(0.001)) * (((a1 + a2) + s3) * x[1])).tanh()
}

#[differentiable]
fn p129<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.0);
    for i2 in 1..3 {
        let a3: T = T::cosh(x1);
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * s1.sin());
        s1 /= x0.cosh();
    }
    let a4 = p61(x2, Float::exp(s1.cos()).tanh());
    for i5 in 0..=2 {
        let a6 = Float::tanh(x2 - (c::<T>(1.5)));
        s1 = ((c::<T>(0.5)) * s1) + a6.atan().cos();
        s1 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * Float::min(x1, x2).sin());
    }
    let mut m7 = x1;
    T::tanh((c::<T>(0.001)) * ((((x1 + x2) + s1) + a4) + m7))
}

fn p129_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 1..3 {
        let a3: D = x1.cosh();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
        s1 /= x0.cosh();
    }
    let a4 = p61_d(x2, s1.cos().exp().tanh());
    for i5 in 0..=2 {
        let a6 = (x2 - (k::<D>(1.5))).tanh();
        s1 = ((k::<D>(0.5)) * s1) + a6.atan().cos();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dmin(x1, x2).sin());
    }
    let mut m7 = x1;
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) + a4) + m7)).tanh()
}

#[differentiable]
fn p130<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut m1: T = x2;
    let mut s2: T = c::<T>(0.5);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let (u4, w5) = (
            Float::atan(
                ((Float::sin(s2) * (c::<T>(std::f64::consts::E))).cos()) * ((x1 + s2).sin()),
            ) * ((((c::<T>(W[i3])).exp_m1()) / (((m1.sin() * x2).atan()).exp())).atan()),
            T::mul_add(
                (((c::<T>(-0.7)) * s2).sin()) * m1.sin(),
                x0,
                Float::ln((c::<T>(-0.65)).cosh()) - s2,
            ),
        );
        let a6 = ((s2 + x1).hypot(c::<T>(1.0))).powi(-1);
        for i7 in 0..3 {
            let a8 = (w5.atan().exp2() - (x2 + w5))
                + ((m1 / ((c::<T>(2.0)) + T::sin(c::<T>(i3 as f64))))
                    - (((c::<T>(1.0)) + (w5.cos() * w5.cos())).log2()));
            let a9 = T::powi(T::clamp(x2, c::<T>(-1.08), c::<T>(1.28)), 1)
                / ((c::<T>(2.0)) + T::sin(T::atan(u4)));
            s2 -= (m1 / ((c::<T>(2.0)) + m1.sin())).tanh();
            m1 += (w5 + s2).atan();
            if i7 > 1 {
                continue;
            }
        }
        s2 = T::sin(((c::<T>(0.7)) * s2) + (m1 - u4));
    }
    let a10 = if -m1 <= c::<T>(0.88) {
        ((c::<T>(std::f64::consts::E)).sin()).exp_m1()
    } else {
        T::acosh(
            (c::<T>(1.1))
                + (Float::exp(
                    (((c::<T>(0.5))
                        + (((c::<T>(1.5))
                            + ((((c::<T>(0.5))
                                + (((c::<T>(1.0)) + (s2 * s2))
                                    * ((c::<T>(1.0)) + (s2 * s2))))
                                .ln_1p())
                            .tanh()))
                            * ((c::<T>(1.5))
                                + T::tanh(
                                    ((c::<T>(0.5))
                                        + (((c::<T>(1.0)) + (s2 * s2)) * (T::one() + (s2 * s2))))
                                        .ln_1p(),
                                ))))
                    .ln_1p())
                    .tanh(),
                ) * Float::tanh(
                    (T::from(0.5).unwrap()
                        + (((c::<T>(1.5))
                            + ((((c::<T>(0.5))
                                + (((c::<T>(1.0)) + (s2 * s2)) * (T::one() + (s2 * s2))))
                                .ln_1p())
                            .tanh()))
                            * ((c::<T>(1.5))
                                + ((((c::<T>(0.5))
                                    + (((c::<T>(1.0)) + (s2 * s2)) * (T::one() + (s2 * s2))))
                                    .ln_1p())
                                .tanh()))))
                    .ln_1p(),
                )
                .exp()),
        )
    };
    m1 *= T::one()
        + (T::from(0.3).unwrap()
            * ((if T::from(-0.921).unwrap() > c::<T>(-0.13) {
                c::<T>(-1.762)
            } else {
                s2
            })
            .sin()));
    let mut i11 = 0;
    while i11 < 1 {
        i11 += 1;
        let mut m12 = (c::<T>(-0.47)).tanh();
        if i11 < 0 {
            m12 *= (c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * (((x1 - s2) + ((c::<T>(std::f64::consts::E)) * m12)).sin()));
        } else {
            m1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(1.5)) + ((-x1).tanh())).cos()));
        }
        let a13 = (((T::one() + (m12 * m12)).cbrt()).asinh()) - x2;
        m1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::atan(c::<T>(0.884)).sin());
    }
    s2 *= T::one() + (T::from(0.3).unwrap() * T::sin(x1 * x2));
    ((c::<T>(0.001)) * ((((x1 + x2) + m1) + s2) + a10)).tanh()
}

fn p130_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = x2;
    let mut s2: D = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let (u4, w5) = (
            ((((s2.sin() * (k::<D>(std::f64::consts::E))).cos()) * ((x1 + s2).sin())).atan())
                * ((((k::<D>(W[i3])).exp_m1()) / (((m1.sin() * x2).atan()).exp())).atan()),
            (((((k::<D>(-0.7)) * s2).sin()) * m1.sin()) * x0
                + ((((k::<D>(-0.65)).cosh()).ln()) - s2)),
        );
        let a6 = (((s2 + x1) * (s2 + x1) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1);
        for i7 in 0..3 {
            let a8 = (w5.atan().exp2() - (x2 + w5))
                + ((m1 / ((k::<D>(2.0)) + ((k::<D>(i3 as f64)).sin())))
                    - (((k::<D>(1.0)) + (w5.cos() * w5.cos())).log2()));
            let a9 =
                dclamp(x2, k::<D>(-1.08), k::<D>(1.28)).powi(1) / ((k::<D>(2.0)) + u4.atan().sin());
            s2 -= (m1 / ((k::<D>(2.0)) + m1.sin())).tanh();
            m1 += (w5 + s2).atan();
            if i7 > 1 {
                continue;
            }
        }
        s2 = (((k::<D>(0.7)) * s2) + (m1 - u4)).sin();
    }
    let a10 = if (-m1).re() <= (k::<D>(0.88)).re() {
        ((k::<D>(std::f64::consts::E)).sin()).exp_m1()
    } else {
        ((k::<D>(1.1))
            + ((((((k::<D>(0.5))
                + (((k::<D>(1.5))
                    + ((((k::<D>(0.5))
                        + (((k::<D>(1.0)) + (s2 * s2)) * ((k::<D>(1.0)) + (s2 * s2))))
                        .ln_1p())
                    .tanh()))
                    * ((k::<D>(1.5))
                        + ((((k::<D>(0.5))
                            + (((k::<D>(1.0)) + (s2 * s2)) * ((k::<D>(1.0)) + (s2 * s2))))
                            .ln_1p())
                        .tanh()))))
            .ln_1p())
            .tanh())
            .exp())
                * (((((k::<D>(0.5))
                    + (((k::<D>(1.5))
                        + ((((k::<D>(0.5))
                            + (((k::<D>(1.0)) + (s2 * s2)) * ((k::<D>(1.0)) + (s2 * s2))))
                            .ln_1p())
                        .tanh()))
                        * ((k::<D>(1.5))
                            + ((((k::<D>(0.5))
                                + (((k::<D>(1.0)) + (s2 * s2))
                                    * ((k::<D>(1.0)) + (s2 * s2))))
                                .ln_1p())
                            .tanh()))))
                .ln_1p())
                .tanh())
                .exp())))
        .acosh()
    };
    m1 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((if (k::<D>(-0.921)).re() > (k::<D>(-0.13)).re() {
                k::<D>(-1.762)
            } else {
                s2
            })
            .sin()));
    let mut i11 = 0;
    while i11 < 1 {
        i11 += 1;
        let mut m12 = (k::<D>(-0.47)).tanh();
        if i11 < 0 {
            m12 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * (((x1 - s2) + ((k::<D>(std::f64::consts::E)) * m12)).sin()));
        } else {
            m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((-x1).tanh())).cos()));
        }
        let a13 = ((((k::<D>(1.0)) + (m12 * m12)).cbrt()).asinh()) - x2;
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(0.884)).atan()).sin()));
    }
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 * x2).sin()));
    ((k::<D>(0.001)) * ((((x1 + x2) + m1) + s2) + a10)).tanh()
}

#[differentiable]
fn p131<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = x[5];
    let (u2, w3) = (
        ((c::<T>(2.0)) + ((c::<T>(1.93)).sin())).sqrt(),
        (x[0].trunc() * x[3]) * (Float::abs(a1) * (((c::<T>(1.0)) + (x[0] * x[0])).powi(0))),
    );
    let a5 = if !(x[1] > x[0] + x[0]) {
        {
            let t4 = a1 / ((c::<T>(1.0)) + (a1 * a1));
            x[2] * w3
        }
    } else {
        ((c::<T>(-0.962)).exp()).log(Float::exp(
            T::from(0.5).unwrap() + ((c::<T>(0.4)) * (((x[4] + u2).tanh()).sin())),
        ))
    };
    let mut m6 = Float::sin(x[2] * a1);
    if !(m6.clamp(c::<T>(-0.0), T::from(1.12).unwrap()) <= T::from(0.46).unwrap()) {
        return Float::powf(
            T::cosh(T::cosh(c::<T>(0.99)).sqrt().atan()),
            x[4].powi(3).atan(),
        );
    }
    m6 = m6.max(
        ((w3 / ((c::<T>(1.5)) + T::tanh(c::<T>(0.69))))
            / ((c::<T>(1.0)) + (Float::asinh(x[5]) * x[5].asinh())))
        .sin(),
    );
    ((((a1 * u2) + w3) + a5) * m6) + x[0]
}

fn p131_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[5];
    let (u2, w3) = (
        ((k::<D>(2.0)) + ((k::<D>(1.93)).sin())).sqrt(),
        ((k::<D>(x[0].re().trunc())) * x[3])
            * (a1.abs() * (((k::<D>(1.0)) + (x[0] * x[0])).powi(0))),
    );
    let a5 = if !(x[1].re() > (x[0] + x[0]).re()) {
        {
            let t4 = a1 / ((k::<D>(1.0)) + (a1 * a1));
            x[2] * w3
        }
    } else {
        (((k::<D>(-0.962)).exp()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((x[4] + u2).tanh()).sin()))).exp()).ln())
    };
    let mut m6 = (x[2] * a1).sin();
    if !(dclamp(m6, k::<D>(-0.0), k::<D>(1.12)).re() <= (k::<D>(0.46)).re()) {
        return (x[4].powi(3).atan() * (((((k::<D>(0.99)).cosh()).sqrt()).atan()).cosh()).ln())
            .exp();
    }
    m6 = dmax(
        m6,
        ((w3 / ((k::<D>(1.5)) + ((k::<D>(0.69)).tanh())))
            / ((k::<D>(1.0)) + (x[5].asinh() * x[5].asinh())))
        .sin(),
    );
    ((((a1 * u2) + w3) + a5) * m6) + x[0]
}

#[differentiable]
fn p132<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = x1 / ((c::<T>(2.0)) + x0.sin());
    let (u2, w3) = (
        x1 - x1,
        (c::<T>(0.761)) / ((c::<T>(1.0)) + ((c::<T>(-1.1)) * (c::<T>(-1.1)))),
    );
    let a4 = if w3 / ((c::<T>(1.0)) + (x1 * x1)) <= c::<T>(-0.92) || u2 >= c::<T>(0.84) {
        ((c::<T>(1.5)) + T::tanh(a1 * x1)).log10()
    } else {
        T::mul_add(x2, w3, x0) * x1
    };
    let w3 = ((c::<T>(0.9)) * Float::sin(x0).tan().tanh()).asin();
    let a5 = ((c::<T>(1.0))
        + ((((((c::<T>(-0.005)).exp()).cbrt()) - a4).tanh())
            * ((Float::cbrt((c::<T>(-0.005)).exp()) - a4).tanh())))
    .cbrt();
    let w3 = x1.atan2((c::<T>(0.5)) + (w3 * w3)).atan().mul_add(
        T::from(1.113).unwrap() * x0,
        x2 * (c::<T>(std::f64::consts::E)),
    );
    let a6 = w3;
    (((u2 + a4) + a5) + w3) + a6
}

fn p132_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x1 / ((k::<D>(2.0)) + x0.sin());
    let (u2, w3) = (
        x1 - x1,
        (k::<D>(0.761)) / ((k::<D>(1.0)) + ((k::<D>(-1.1)) * (k::<D>(-1.1)))),
    );
    let a4 = if (w3 / ((k::<D>(1.0)) + (x1 * x1))).re() <= (k::<D>(-0.92)).re()
        || u2.re() >= (k::<D>(0.84)).re()
    {
        ((k::<D>(1.5)) + ((a1 * x1).tanh())).log10()
    } else {
        (x2 * w3 + x0) * x1
    };
    let w3 = ((k::<D>(0.9)) * x0.sin().tan().tanh()).asin();
    let a5 = ((k::<D>(1.0))
        + ((((((k::<D>(-0.005)).exp()).cbrt()) - a4).tanh())
            * (((((k::<D>(-0.005)).exp()).cbrt()) - a4).tanh())))
    .cbrt();
    let w3 = (datan2(x1, (k::<D>(0.5)) + (w3 * w3)).atan() * ((k::<D>(1.113)) * x0)
        + (x2 * (k::<D>(std::f64::consts::E))));
    let a6 = w3;
    (((u2 + a4) + a5) + w3) + a6
}

#[differentiable]
fn p133(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 0.5_f64;
    for i2 in 0..=1 {
        let a3: f64 = s1;
        let a4 = Float::tanh(s1 - x[0]).cosh().hypot(
            0.5 + (((Float::atan(core::f64::consts::PI) * s1.tanh()) + a3)
                * ((f64::atan(core::f64::consts::PI) * Float::tanh(s1)) + a3)),
        );
        s1 *= 1.0_f64 + (0.3 * a4.sin());
        if W[i2].exp().powf(y) <= 0.43f64 {
            break;
        }
    }
    let y = s1 / (2.0 + Float::sin(x[3]));
    s1 *= 1.0 + (0.3 * ((((1.0 + (x[3] * x[3])).recip()) / (1.0 + (s1.atan() * s1.atan()))).sin()));
    let a5 = (0.9 * ((((-0.351_f64).sin()).tan()).sin())).acos();
    ((s1 + y) - a5) - x[4]
}

fn p133_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 0..=1 {
        let a3: D = s1;
        let a4 = ((((s1 - x[0]).tanh()).cosh()) * (((s1 - x[0]).tanh()).cosh())
            + ((k::<D>(0.5))
                + (((((k::<D>(core::f64::consts::PI)).atan()) * s1.tanh()) + a3)
                    * ((((k::<D>(core::f64::consts::PI)).atan()) * s1.tanh()) + a3)))
                * ((k::<D>(0.5))
                    + (((((k::<D>(core::f64::consts::PI)).atan()) * s1.tanh()) + a3)
                        * ((((k::<D>(core::f64::consts::PI)).atan()) * s1.tanh()) + a3))))
            .sqrt();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a4.sin());
        if ((y * ((k::<D>(W[i2])).exp()).ln()).exp()).re() <= (k::<D>(0.43)).re() {
            break;
        }
    }
    let y = s1 / ((k::<D>(2.0)) + x[3].sin());
    s1 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((((k::<D>(1.0)) + (x[3] * x[3])).recip())
                / ((k::<D>(1.0)) + (s1.atan() * s1.atan())))
            .sin()));
    let a5 = ((k::<D>(0.9)) * ((((k::<D>(-0.351)).sin()).tan()).sin())).acos();
    ((s1 + y) - a5) - x[4]
}

#[differentiable]
fn p134<T: Float>(x0: T, x1: T) -> T {
    let mut m1 = (c::<T>(core::f64::consts::PI)) - x0;
    let (u2, w3) = (
        Float::powf(
            T::from(2.0).unwrap() + ((x1 * x1).sin()),
            (((c::<T>(1.5)) + ((c::<T>(0.96)).tanh())).powi(-1)).atan(),
        ),
        ((c::<T>(1.0))
            + ((((c::<T>(-1.397)).exp2()).atan()) * Float::atan((c::<T>(-1.397)).exp2())))
        .powi(0),
    );
    let a4: T = (w3.hypot((c::<T>(0.5)) + (x0 * x0)) * (x1 - m1)).atan();
    let w3: T = c::<T>(1.277);
    m1 = m1 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((-T::from(1.52).unwrap()).sin())));
    (((x1 + m1) + u2) + a4) - w3
}

fn p134_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = (k::<D>(core::f64::consts::PI)) - x0;
    let (u2, w3) = (
        (((((k::<D>(1.5)) + ((k::<D>(0.96)).tanh())).powi(-1)).atan())
            * ((k::<D>(2.0)) + ((x1 * x1).sin())).ln())
        .exp(),
        ((k::<D>(1.0)) + ((((k::<D>(-1.397)).exp2()).atan()) * (((k::<D>(-1.397)).exp2()).atan())))
            .powi(0),
    );
    let a4: D = (((w3 * w3 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt())
        * (x1 - m1))
        .atan();
    let w3: D = k::<D>(1.277);
    m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-(k::<D>(1.52))).sin()));
    (((x1 + m1) + u2) + a4) - w3
}

#[differentiable]
fn p135(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut s1 = 0.0;
    for i2 in 0..nk {
        s1 += ((1.0 + (f64::cbrt(1.0 + (x0 * x0)) * f64::cbrt(1.0 + (x0 * x0)))).log10()).tanh();
        let a3 = f64::sin(x1);
        s1 *= 1.0 + (0.3 * V[i2].sin());
        if s1.cos().powi(2) >= -0.36 {
            continue;
        }
    }
    for i4 in 0..nk {
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = (0.9f64 * ((s1.tanh() * 0.31).tanh())).atanh();
            s1 *= 1.0 + (0.3 * Float::exp(Float::sin(s1)).sin());
            s1 *= 1.0f64 + (0.3 * f64::cos(1.5 + ((x1 - x0).tanh())));
        }
        s1 -= Float::tanh(x0);
    }
    let mut m7 = 1.952 + s1;
    let a8 = x1.sin() * s1.tanh();
    if a8 + a8 <= -0.19 {
        m7 = (0.5_f64 * m7)
            + Float::mul_add(
                x1,
                (m7 - m7).atan(),
                (1.1_f64 + (x0.cosh() * x0.cosh())).acosh(),
            )
            .atan2(0.5 + (x0 * x0));
    }
    let mut s9: f64 = 0.5;
    for i10 in 0..nk {
        if m7.cos() * m7.cos() <= s9 {
            s9 += f64::sin(Float::exp_m1(x0));
        } else {
            m7 = ((0.7 * m7) + (x1 + x0)).tanh();
        }
        m7 = m7.max(((x0 / a8.atan().cosh()).atan()).sin());
        m7 *= 1.0 + (0.3 * f64::sin(x1.exp() - f64::atan(s9)));
    }
    (0.001 * ((((x1 + s1) + m7) - a8) - s9)).tanh()
}

fn p135_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..nk {
        s1 += (((k::<D>(1.0))
            + ((((k::<D>(1.0)) + (x0 * x0)).cbrt()) * (((k::<D>(1.0)) + (x0 * x0)).cbrt())))
        .log10())
        .tanh();
        let a3 = x1.sin();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(V[i2])).sin()));
        if s1.cos().powi(2).re() >= (k::<D>(-0.36)).re() {
            continue;
        }
    }
    for i4 in 0..nk {
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = ((k::<D>(0.9)) * ((s1.tanh() * (k::<D>(0.31))).tanh())).atanh();
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin().exp().sin());
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((x1 - x0).tanh())).cos()));
        }
        s1 -= x0.tanh();
    }
    let mut m7 = (k::<D>(1.952)) + s1;
    let a8 = x1.sin() * s1.tanh();
    if (a8 + a8).re() <= (k::<D>(-0.19)).re() {
        m7 = ((k::<D>(0.5)) * m7)
            + datan2(
                (x1 * ((m7 - m7).atan()) + (((k::<D>(1.1)) + (x0.cosh() * x0.cosh())).acosh())),
                (k::<D>(0.5)) + (x0 * x0),
            );
    }
    let mut s9: D = k::<D>(0.5);
    for i10 in 0..nk {
        if (m7.cos() * m7.cos()).re() <= s9.re() {
            s9 += x0.exp_m1().sin();
        } else {
            m7 = (((k::<D>(0.7)) * m7) + (x1 + x0)).tanh();
        }
        m7 = dmax(m7, ((x0 / a8.atan().cosh()).atan()).sin());
        m7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1.exp() - s9.atan()).sin()));
    }
    ((k::<D>(0.001)) * ((((x1 + s1) + m7) - a8) - s9)).tanh()
}

#[differentiable]
fn p136<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((x1 * (c::<T>(1.941))).sin()));
        s1 -= ((((c::<T>(ALPHA)) / x0.hypot(T::one())).atan()) * Float::atan(s1)).atan();
        let a3: T = (((c::<T>(0.9)) * x0.exp().cos().tanh()).atanh())
            + Float::acosh(
                (c::<T>(1.1))
                    + (T::atan(Float::acosh(
                        (c::<T>(1.1))
                            + (((c::<T>(1.5)) + ((c::<T>(BETA)).tanh()))
                                * ((c::<T>(1.5)) + T::tanh(c::<T>(BETA)))),
                    ))
                    .exp()
                        * (((((c::<T>(1.1))
                            + ((T::from(1.5).unwrap() + ((c::<T>(BETA)).tanh()))
                                * ((c::<T>(1.5)) + Float::tanh(c::<T>(BETA)))))
                        .acosh())
                        .atan())
                        .exp())),
            );
        s1 *= T::one() + ((c::<T>(0.3)) * (((((c::<T>(1.5)) + x1.tanh()).powi(-2)).cos()).sin()));
        s1 *= T::one() + ((c::<T>(0.3)) * T::cos(a3 + x0).exp().cos());
    }
    let a5: T = {
        let t4 = x1;
        s1
    };
    s1 = ((c::<T>(0.5)) * s1)
        + (({
            let t6 = s1;
            a5 / ((c::<T>(1.5)) + s1.tanh())
        })
        .cos());
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        let (u8, w9) = (Float::cos(s1), x1 - s1);
        if a5.sin() > a5.cos().exp().cbrt() {
            break;
        }
        s1 += (w9 + (c::<T>(V[i7]))).tanh();
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * (((x0 / T::cosh((c::<T>(i7 as f64)).tanh())) * (x0 * x0)).sin()));
    }
    let a5 = s1 + s1;
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        let mut s11 = T::one();
        if x0 > T::from(-0.62).unwrap() {
            break;
        }
        let mut i12 = 0;
        while i12 < 4 {
            i12 += 1;
            let (u13, w14) = (
                c::<T>(i12 as f64),
                (T::from(0.5).unwrap()
                    + ((((((c::<T>(0.9)) * a5.atan().sin()).atanh()).sin()).exp())
                        * (((((c::<T>(0.9)) * T::sin(a5.atan())).atanh()).sin()).exp())))
                .ln_1p(),
            );
            s1 = ((c::<T>(0.5)) * s1)
                + ((x0 + T::asin((c::<T>(0.9)) * ((c::<T>(V[i12])).sin()))).atan());
        }
        s11 /= (c::<T>(1.0)) + (((a5 + s1).atan()) * ((a5 + s1).atan()));
        s1 = ((c::<T>(0.5)) * s1) + a5.cos();
    }
    let (u15, w16) = (x1, (c::<T>(1.21)).exp_m1());
    ((c::<T>(0.001)) * ((((x1 + s1) + a5) + u15) * w16)).tanh()
}

fn p136_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 * (k::<D>(1.941))).sin()));
        s1 -= ((((k::<D>(ALPHA)) / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).atan())
            * s1.atan())
        .atan();
        let a3: D = (((k::<D>(0.9)) * x0.exp().cos().tanh()).atanh())
            + (((k::<D>(1.1))
                + ((((((k::<D>(1.1))
                    + (((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))
                        * ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))))
                .acosh())
                .atan())
                .exp())
                    * (((((k::<D>(1.1))
                        + (((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))
                            * ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))))
                    .acosh())
                    .atan())
                    .exp())))
            .acosh());
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((k::<D>(1.5)) + x1.tanh()).powi(-2)).cos()).sin()));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((a3 + x0).cos()).exp()).cos()));
    }
    let a5: D = {
        let t4 = x1;
        s1
    };
    s1 = ((k::<D>(0.5)) * s1)
        + (({
            let t6 = s1;
            a5 / ((k::<D>(1.5)) + s1.tanh())
        })
        .cos());
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        let (u8, w9) = (s1.cos(), x1 - s1);
        if a5.sin().re() > a5.cos().exp().cbrt().re() {
            break;
        }
        s1 += (w9 + (k::<D>(V[i7]))).tanh();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((x0 / (((k::<D>(i7 as f64)).tanh()).cosh())) * (x0 * x0)).sin()));
    }
    let a5 = s1 + s1;
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        let mut s11 = k::<D>(1.0);
        if x0.re() > (k::<D>(-0.62)).re() {
            break;
        }
        let mut i12 = 0;
        while i12 < 4 {
            i12 += 1;
            let (u13, w14) = (
                k::<D>(i12 as f64),
                ((k::<D>(0.5))
                    + ((((((k::<D>(0.9)) * a5.atan().sin()).atanh()).sin()).exp())
                        * (((((k::<D>(0.9)) * a5.atan().sin()).atanh()).sin()).exp())))
                .ln_1p(),
            );
            s1 = ((k::<D>(0.5)) * s1)
                + ((x0 + (((k::<D>(0.9)) * ((k::<D>(V[i12])).sin())).asin())).atan());
        }
        s11 /= (k::<D>(1.0)) + (((a5 + s1).atan()) * ((a5 + s1).atan()));
        s1 = ((k::<D>(0.5)) * s1) + a5.cos();
    }
    let (u15, w16) = (x1, (k::<D>(1.21)).exp_m1());
    ((k::<D>(0.001)) * ((((x1 + s1) + a5) + u15) * w16)).tanh()
}

#[differentiable]
fn p137<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let a2 = if !({
        let t1 = x1;
        x0
    } < c::<T>(0.91))
    {
        Float::abs((c::<T>(-1.729)) * x1)
    } else {
        -(c::<T>(0.9))
    };
    let (u3, w4) = (
        T::tanh(c::<T>(-0.437)).atan(),
        ((x0 * a2) + (c::<T>(ALPHA)))
            / (T::one()
                + (T::log(
                    a2.sin().cosh(),
                    ((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(c::<T>(0.4)))).exp(),
                )
                .sin()
                .mul_add(x1.exp_m1().sin(), x1 + (c::<T>(-0.03)))
                    * a2.sin()
                        .cosh()
                        .log(T::exp(
                            T::from(0.5).unwrap() + ((c::<T>(0.4)) * Float::sin(c::<T>(0.4))),
                        ))
                        .sin()
                        .mul_add(Float::exp_m1(x1).sin(), x1 + T::from(-0.03).unwrap()))),
    );
    let (u5, w6) = (
        T::tanh(T::exp(T::from(1.6).unwrap())).exp().atan().exp_m1(),
        ((c::<T>(-1.634)) - ((c::<T>(1.0)) + w4)) - ((T::one() + (a2 * a2)).powi(-1)),
    );
    let (u7, w8) = (
        Float::log10(Float::cosh(u5.tanh())),
        ((u5 + a2)
            - ((T::from(0.5).unwrap() + (a2.hypot(c::<T>(1.0)) * a2.hypot(c::<T>(1.0)))).ln_1p()))
            + w6,
    );
    let mut s9 = c::<T>(0.0);
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        s9 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(s9 - (c::<T>(i10 as f64))));
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            let a12 = s9.clamp(c::<T>(-0.02), c::<T>(1.26))
                / ((c::<T>(2.0)) + Float::cosh(w4.tanh()).sqrt().sin());
            let mut m13 = a12;
            let a14 = if i11 == 1 { w6 } else { u5 };
            s9 += ({
                let t15 = c::<T>(-1.47);
                x1
            })
            .atan();
            m13 -= p130(x1, T::tanh(a2), T::sin(a2)).tanh();
        }
        s9 -= ((T::from(0.9).unwrap() * T::sin(Float::cos((T::one() + (x1 * x1)).recip())))
            .atanh())
        .tanh();
        s9 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * Float::sin(
                    ((w8 + (c::<T>(core::f64::consts::PI))).atan())
                        * T::cos(w6.round() * Float::cos(u5)),
                ));
    }
    if (c::<T>(1.776)) * (c::<T>(-0.554)) >= c::<T>(0.113) {
        s9 *= (c::<T>(1.0))
            + (T::from(0.3).unwrap()
                * T::sin(
                    ((c::<T>(0.5))
                        + ((T::from(2.0).unwrap() + x0.sin()) * ((c::<T>(2.0)) + T::sin(x0))))
                    .ln_1p(),
                ));
    } else {
        s9 = ((c::<T>(0.5)) * s9)
            + Float::sqrt(
                (c::<T>(1.0))
                    + ((((c::<T>(1.0)) + (Float::min(s9, w6).cos() * Float::min(s9, w6).cos()))
                        .cbrt())
                        * ((T::one() + (s9.min(w6).cos() * Float::min(s9, w6).cos())).cbrt())),
            );
    }
    ((c::<T>(0.001)) * ((((u5 + w6) + u7) + w8) - s9)).tanh()
}

fn p137_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a2 = if !(({
        let t1 = x1;
        x0
    })
    .re()
        < (k::<D>(0.91)).re())
    {
        ((k::<D>(-1.729)) * x1).abs()
    } else {
        -(k::<D>(0.9))
    };
    let (u3, w4) = (
        ((k::<D>(-0.437)).tanh()).atan(),
        ((x0 * a2) + (k::<D>(ALPHA)))
            / ((k::<D>(1.0))
                + ((((a2.sin().cosh().ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(0.4)).sin()))).exp()).ln())
                .sin())
                    * x1.exp_m1().sin()
                    + (x1 + (k::<D>(-0.03))))
                    * (((a2.sin().cosh().ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(0.4)).sin()))).exp())
                            .ln())
                    .sin())
                        * x1.exp_m1().sin()
                        + (x1 + (k::<D>(-0.03)))))),
    );
    let (u5, w6) = (
        (((((k::<D>(1.6)).exp()).tanh()).exp()).atan()).exp_m1(),
        ((k::<D>(-1.634)) - ((k::<D>(1.0)) + w4)) - (((k::<D>(1.0)) + (a2 * a2)).powi(-1)),
    );
    let (u7, w8) = (
        u5.tanh().cosh().log10(),
        ((u5 + a2)
            - (((k::<D>(0.5))
                + (((a2 * a2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((a2 * a2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .ln_1p()))
            + w6,
    );
    let mut s9 = k::<D>(0.0);
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s9 - (k::<D>(i10 as f64))).sin()));
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            let a12 = dclamp(s9, k::<D>(-0.02), k::<D>(1.26))
                / ((k::<D>(2.0)) + w4.tanh().cosh().sqrt().sin());
            let mut m13 = a12;
            let a14 = if i11 == 1 { w6 } else { u5 };
            s9 += ({
                let t15 = k::<D>(-1.47);
                x1
            })
            .atan();
            m13 -= p130_d(x1, a2.tanh(), a2.sin()).tanh();
        }
        s9 -= (((k::<D>(0.9)) * (((((k::<D>(1.0)) + (x1 * x1)).recip()).cos()).sin())).atanh())
            .tanh();
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((w8 + (k::<D>(core::f64::consts::PI))).atan())
                    * (((k::<D>(w6.re().round())) * u5.cos()).cos()))
                .sin()));
    }
    if ((k::<D>(1.776)) * (k::<D>(-0.554))).re() >= (k::<D>(0.113)).re() {
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.5)) + (((k::<D>(2.0)) + x0.sin()) * ((k::<D>(2.0)) + x0.sin())))
                    .ln_1p())
                .sin()));
    } else {
        s9 = ((k::<D>(0.5)) * s9)
            + (((k::<D>(1.0))
                + ((((k::<D>(1.0)) + (dmin(s9, w6).cos() * dmin(s9, w6).cos())).cbrt())
                    * (((k::<D>(1.0)) + (dmin(s9, w6).cos() * dmin(s9, w6).cos())).cbrt())))
            .sqrt());
    }
    ((k::<D>(0.001)) * ((((u5 + w6) + u7) + w8) - s9)).tanh()
}

#[differentiable]
fn p138(x: &[f64], y: f64) -> f64 {
    let y: f64 = x[1].sin() + 2.0;
    let mut s1 = 1.0;
    for i2 in 1..2 {
        let mut m3: f64 = x[3].sin() + (x[3] + (i2 as f64));
        let a4 = if i2 % 2 == 1 {
            -((ALPHA / Float::atan(y).exp()) + (-x[3]))
        } else {
            y
        };
        m3 = (0.5f64 * m3) + Float::asinh(x[3]).cos();
        m3 = (0.5 * m3) + Float::cos(m3 + (x[3] * (i2 as f64)));
    }
    let y = x[0];
    let a5 = (-1.9_f64).cos();
    let a6 = BETA.cos().cosh().atan();
    let (u7, w8) = (
        (1.5 + ((f64::sin(a6) * Float::cos(s1)).tanh())).log2(),
        core::f64::consts::PI,
    );
    for i9 in 0..x.len() {
        for i10 in x {
            let (u11, w12) = (BETA, *i10);
            let a13 = -a5;
            s1 = (0.5 * s1) + ((y - x[i9]).tanh());
            s1 = (0.5_f64 * s1) + x[i9].exp().cos();
        }
        let mut m14 = a6;
        let mut m16 = ({
            let t15 = 1.34;
            x[i9]
        })
        .cosh();
        s1 = (0.5 * s1) + ((a6 - (if m16 < x[i9] { m16 } else { y })).atan());
        s1 /= 1.0 + (W[i9] * W[i9]);
    }
    ((((y * a5) + a6) + u7) + w8) - x[3]
}

fn p138_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y: D = x[1].sin() + (k::<D>(2.0));
    let mut s1 = k::<D>(1.0);
    for i2 in 1..2 {
        let mut m3: D = x[3].sin() + (x[3] + (k::<D>(i2 as f64)));
        let a4 = if i2 % 2 == 1 {
            -(((k::<D>(ALPHA)) / y.atan().exp()) + (-x[3]))
        } else {
            y
        };
        m3 = ((k::<D>(0.5)) * m3) + x[3].asinh().cos();
        m3 = ((k::<D>(0.5)) * m3) + ((m3 + (x[3] * (k::<D>(i2 as f64)))).cos());
    }
    let y = x[0];
    let a5 = (k::<D>(-1.9)).cos();
    let a6 = (((k::<D>(BETA)).cos()).cosh()).atan();
    let (u7, w8) = (
        ((k::<D>(1.5)) + ((a6.sin() * s1.cos()).tanh())).log2(),
        k::<D>(core::f64::consts::PI),
    );
    for i9 in 0..x.len() {
        for i10 in x {
            let (u11, w12) = (k::<D>(BETA), *i10);
            let a13 = -a5;
            s1 = ((k::<D>(0.5)) * s1) + ((y - x[i9]).tanh());
            s1 = ((k::<D>(0.5)) * s1) + x[i9].exp().cos();
        }
        let mut m14 = a6;
        let mut m16 = ({
            let t15 = k::<D>(1.34);
            x[i9]
        })
        .cosh();
        s1 = ((k::<D>(0.5)) * s1) + ((a6 - (if m16.re() < x[i9].re() { m16 } else { y })).atan());
        s1 /= (k::<D>(1.0)) + ((k::<D>(W[i9])) * (k::<D>(W[i9])));
    }
    ((((y * a5) + a6) + u7) + w8) - x[3]
}

#[differentiable]
fn p139<T: Float>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (
        x1 * (-x2),
        ((c::<T>(0.5))
            + (((c::<T>(1.0)) + ((x0 * x1) * (x0 * x1)))
                * ((c::<T>(1.0)) + ((x0 * x1) * (x0 * x1)))))
            .ln_1p(),
    );
    let mut s3 = c::<T>(1.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let mut m5: T = p52((w2 * x2).cos(), s3.tanh().mul_add(s3.cos(), u1).atan())
            * (((((c::<T>(1.0)) + (u1 * u1)).powf(x2)).cos()) * (u1 * x1));
        if u1 >= T::from(0.54).unwrap() {
            s3 = s3 - x2.cos();
        }
        let a6 = x0 - m5;
        m5 = m5.max(T::sin(s3 + s3));
    }
    let a7: T = (s3 + x2)
        / (T::one()
            + ((((c::<T>(2.0)) + x2.sin()).powi(-1))
                * T::powi((c::<T>(2.0)) + Float::sin(x2), -1)));
    let a7 = ((c::<T>(0.717))
        .hypot(T::from(0.5).unwrap() + (T::from(1.442).unwrap() * (c::<T>(1.442)))))
    .sin();
    s3 = s3 - (x0 / ((c::<T>(2.0)) + Float::sin((c::<T>(1.47)) - (c::<T>(1.51)))));
    if -T::from(1.2).unwrap() >= c::<T>(-0.72) {
        s3 = s3 + x0;
    }
    (((x2 + u1) + w2) + s3) + a7
}

fn p139_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        x1 * (-x2),
        ((k::<D>(0.5))
            + (((k::<D>(1.0)) + ((x0 * x1) * (x0 * x1)))
                * ((k::<D>(1.0)) + ((x0 * x1) * (x0 * x1)))))
            .ln_1p(),
    );
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let mut m5: D = p52_d((w2 * x2).cos(), (s3.tanh() * s3.cos() + u1).atan())
            * ((((x2 * ((k::<D>(1.0)) + (u1 * u1)).ln()).exp()).cos()) * (u1 * x1));
        if u1.re() >= (k::<D>(0.54)).re() {
            s3 -= x2.cos();
        }
        let a6 = x0 - m5;
        m5 = dmax(m5, (s3 + s3).sin());
    }
    let a7: D = (s3 + x2)
        / ((k::<D>(1.0))
            + ((((k::<D>(2.0)) + x2.sin()).powi(-1)) * (((k::<D>(2.0)) + x2.sin()).powi(-1))));
    let a7 = (((k::<D>(0.717)) * (k::<D>(0.717))
        + ((k::<D>(0.5)) + ((k::<D>(1.442)) * (k::<D>(1.442))))
            * ((k::<D>(0.5)) + ((k::<D>(1.442)) * (k::<D>(1.442)))))
    .sqrt())
    .sin();
    s3 -= x0 / ((k::<D>(2.0)) + (((k::<D>(1.47)) - (k::<D>(1.51))).sin()));
    if (-(k::<D>(1.2))).re() >= (k::<D>(-0.72)).re() {
        s3 += x0;
    }
    (((x2 + u1) + w2) + s3) + a7
}

#[differentiable]
fn p140(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = if core::f64::consts::PI.cos().exp2() >= 0.89 {
        x0.min(x2)
    } else {
        x0
    };
    let mut s2 = 1.0_f64;
    for i3 in 0..=3 {
        let mut s4: f64 = 1.0;
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let a1 = Float::exp(x0.cosh().log((0.5 + (0.4 * a1.sin())).exp()).atan())
                .powf(((0.5_f64 + ((1.0 + (x2 * x2)) * (1.0 + (x2 * x2)))).ln_1p()).tanh());
            let a6 = -s4;
            let a7: f64 = (0.5 + (Float::cosh(a1.cos()) * Float::cos(a1).cosh())).ln_1p();
            if (2.0 + f64::sin((i5 as f64))).cbrt() >= -0.4f64 {
                continue;
            }
            s2 *= 1.0 + (0.3 * Float::exp(f64::clamp(1.23, -1.0f64, 1.39)).cos());
            s2 /= 2.0 + x0.atan().sin();
        }
        let a8 = x0.cosh().cbrt() + (s2.cos() * s4.sin());
        let a9 = (1.5 + ((i3 as f64).tanh())).cbrt();
        s4 = (0.5_f64 * s4) + x2.tanh().sin();
    }
    let a10 = if 1.1.max(1.45) >= 1.4 - x0 {
        (a1 + a1) + a1.atan2(0.5 + (x1 * x1))
    } else {
        -0.9
    };
    let mut s11 = 0.5;
    for i12 in 0..4 {
        if i12 % 2 == 0 {
            continue;
        }
        let mut m13 = x0.atan() * s11.tanh();
        let a10: f64 = s2.tanh().cosh().atan();
        s2 += (BETA / (1.5_f64 + a10.tanh())).atan();
    }
    let mut m14 = x1.sinh() - x1.powi(1);
    (0.001 * ((((a1 + s2) + a10) + s11) + m14)).tanh()
}

fn p140_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (((k::<D>(core::f64::consts::PI)).cos()).exp2()).re() >= (k::<D>(0.89)).re() {
        dmin(x0, x2)
    } else {
        x0
    };
    let mut s2 = k::<D>(1.0);
    for i3 in 0..=3 {
        let mut s4: D = k::<D>(1.0);
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let a1 = (((((k::<D>(0.5))
                + (((k::<D>(1.0)) + (x2 * x2)) * ((k::<D>(1.0)) + (x2 * x2))))
                .ln_1p())
            .tanh())
                * (((x0.cosh().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin())).exp()).ln())
                    .atan())
                .exp())
                .ln())
            .exp();
            let a6 = -s4;
            let a7: D = ((k::<D>(0.5)) + (a1.cos().cosh() * a1.cos().cosh())).ln_1p();
            if (((k::<D>(2.0)) + ((k::<D>(i5 as f64)).sin())).cbrt()).re() >= (k::<D>(-0.4)).re() {
                continue;
            }
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * dclamp(k::<D>(1.23), k::<D>(-1.0), k::<D>(1.39)).exp().cos());
            s2 /= (k::<D>(2.0)) + x0.atan().sin();
        }
        let a8 = x0.cosh().cbrt() + (s2.cos() * s4.sin());
        let a9 = ((k::<D>(1.5)) + ((k::<D>(i3 as f64)).tanh())).cbrt();
        s4 = ((k::<D>(0.5)) * s4) + x2.tanh().sin();
    }
    let a10 = if dmax(k::<D>(1.1), k::<D>(1.45)).re() >= ((k::<D>(1.4)) - x0).re() {
        (a1 + a1) + datan2(a1, (k::<D>(0.5)) + (x1 * x1))
    } else {
        k::<D>(-0.9)
    };
    let mut s11 = k::<D>(0.5);
    for i12 in 0..4 {
        if i12 % 2 == 0 {
            continue;
        }
        let mut m13 = x0.atan() * s11.tanh();
        let a10: D = s2.tanh().cosh().atan();
        s2 += ((k::<D>(BETA)) / ((k::<D>(1.5)) + a10.tanh())).atan();
    }
    let mut m14 = x1.sinh() - x1.powi(1);
    ((k::<D>(0.001)) * ((((a1 + s2) + a10) + s11) + m14)).tanh()
}

#[differentiable]
fn p141<T>(x: &[T], y: T) -> T
where
    T: Float,
{
    let (u1, w2) = (
        Float::acosh(
            (c::<T>(1.1))
                + (((c::<T>(1.0))
                    + ((((c::<T>(0.5))
                        + ((T::from(2.0).unwrap() + y.sin()) * ((c::<T>(2.0)) + y.sin())))
                    .ln_1p())
                        * T::ln_1p(
                            T::from(0.5).unwrap()
                                + ((T::from(2.0).unwrap() + y.sin()) * ((c::<T>(2.0)) + y.sin())),
                        )))
                    * ((c::<T>(1.0))
                        + ((((c::<T>(0.5))
                            + (((c::<T>(2.0)) + T::sin(y)) * ((c::<T>(2.0)) + y.sin())))
                        .ln_1p())
                            * ((T::from(0.5).unwrap()
                                + (((c::<T>(2.0)) + y.sin()) * ((c::<T>(2.0)) + T::sin(y))))
                            .ln_1p())))),
        ),
        T::abs(T::from(0.631).unwrap() - T::from(0.9).unwrap()),
    );
    let (u4, w5) = (
        {
            let t3 = x[3];
            T::from(-0.87).unwrap()
        },
        T::exp(y).powf(w2.atan()),
    );
    let w2 = Float::cos(u1).mul_add(u4, x[0]);
    let mut m6 = y.asinh();
    for i7 in 0..x.len() - 1 {
        let a8: T = y;
        m6 = m6 + w2.sin().tan().tanh();
        m6 = m6
            + T::tanh(
                ((T::from(0.5).unwrap()
                    + (T::hypot(c::<T>(V[i7]), c::<T>(1.0))
                        * ((c::<T>(V[i7])).hypot(c::<T>(1.0)))))
                .ln_1p())
                    + (((c::<T>(1.0)) + (y * y)).powf(y)),
            );
    }
    ((((u1 + u4) - w5) + w2) + m6) * x[3]
}

fn p141_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        ((k::<D>(1.1))
            + (((k::<D>(1.0))
                + ((((k::<D>(0.5)) + (((k::<D>(2.0)) + y.sin()) * ((k::<D>(2.0)) + y.sin())))
                    .ln_1p())
                    * (((k::<D>(0.5))
                        + (((k::<D>(2.0)) + y.sin()) * ((k::<D>(2.0)) + y.sin())))
                    .ln_1p())))
                * ((k::<D>(1.0))
                    + ((((k::<D>(0.5))
                        + (((k::<D>(2.0)) + y.sin()) * ((k::<D>(2.0)) + y.sin())))
                    .ln_1p())
                        * (((k::<D>(0.5))
                            + (((k::<D>(2.0)) + y.sin()) * ((k::<D>(2.0)) + y.sin())))
                        .ln_1p())))))
        .acosh(),
        ((k::<D>(0.631)) - (k::<D>(0.9))).abs(),
    );
    let (u4, w5) = (
        {
            let t3 = x[3];
            k::<D>(-0.87)
        },
        (w2.atan() * y.exp().ln()).exp(),
    );
    let w2 = (u1.cos() * u4 + x[0]);
    let mut m6 = y.asinh();
    for i7 in 0..x.len() - 1 {
        let a8: D = y;
        m6 += w2.sin().tan().tanh();
        m6 += ((((k::<D>(0.5))
            + ((((k::<D>(V[i7])) * (k::<D>(V[i7])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * (((k::<D>(V[i7])) * (k::<D>(V[i7])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .ln_1p())
            + ((y * ((k::<D>(1.0)) + (y * y)).ln()).exp()))
        .tanh();
    }
    ((((u1 + u4) - w5) + w2) + m6) * x[3]
}

#[differentiable]
fn p142(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (
        f64::hypot(Float::powi(2.0 + x1.sin(), -2), 0.5_f64 + (x0 * x0))
            + (x1.tanh() / ((x1 / x1.cosh()).cosh())),
        Float::cbrt(f64::cosh((x1 * x1).cos())) + (((1.0 + ((-0.8) * (-0.8))).cbrt()) * (x1 * x0)),
    );
    let a3: f64 = x0.hypot(
        0.5 + (p97(
            Float::asinh(x1).atan(),
            Float::ln_1p(0.5 + ((1.5 + x1.tanh()) * (1.5 + x1.tanh()))).sin(),
            (u1 / (1.5 + x0.tanh())).cos(),
        ) * p97(
            f64::asinh(x1).atan(),
            ((0.5 + ((1.5_f64 + Float::tanh(x1)) * (1.5 + x1.tanh()))).ln_1p()).sin(),
            (u1 / (1.5 + x0.tanh())).cos(),
        )),
    );
    let (u4, w5) = (
        (0.5f64 + ((1.5 + f64::tanh(x0)) * (1.5f64 + f64::tanh(x0)))).ln_1p(),
        a3,
    );
    let a6 = if (1.1_f64 + ((1.0 + ((-1.975) * (-1.975))) * (1.0 + ((-1.975) * (-1.975))))).acosh()
        > -0.62f64
    {
        f64::atan2(
            Float::ln_1p(0.5 + (Float::exp(Float::cos(a3)) * a3.cos().exp())) * BETA,
            -(0.5 + (x1.atan().exp() * Float::atan(x1).exp())),
        )
    } else {
        (p105(w5.tanh(), a3.atan(), Float::sin(a3)) + (x0 / a3.sin().exp()))
            - (if a3 >= -0.75 {
                f64::atanh(0.9_f64 * w2.atan().sin())
            } else {
                x0 - BETA
            })
    };
    let (u7, w8) = (
        Float::round((1.1 + ((2.0_f64 + w2.sin()) * (2.0 + w2.sin()))).acosh()) * a3.atan(),
        Float::sin(u4 + w5).cosh(),
    );
    (((u4 + w5) + a6) + u7) + w8
}

fn p142_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        (((((k::<D>(2.0)) + x1.sin()).powi(-2)) * (((k::<D>(2.0)) + x1.sin()).powi(-2))
            + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
            .sqrt())
            + (x1.tanh() / ((x1 / x1.cosh()).cosh())),
        ((((x1 * x1).cos()).cosh()).cbrt())
            + ((((k::<D>(1.0)) + ((k::<D>(-0.8)) * (k::<D>(-0.8)))).cbrt()) * (x1 * x0)),
    );
    let a3: D = (x0 * x0
        + ((k::<D>(0.5))
            + (p97_d(
                x1.asinh().atan(),
                (((k::<D>(0.5)) + (((k::<D>(1.5)) + x1.tanh()) * ((k::<D>(1.5)) + x1.tanh())))
                    .ln_1p())
                .sin(),
                (u1 / ((k::<D>(1.5)) + x0.tanh())).cos(),
            ) * p97_d(
                x1.asinh().atan(),
                (((k::<D>(0.5)) + (((k::<D>(1.5)) + x1.tanh()) * ((k::<D>(1.5)) + x1.tanh())))
                    .ln_1p())
                .sin(),
                (u1 / ((k::<D>(1.5)) + x0.tanh())).cos(),
            )))
            * ((k::<D>(0.5))
                + (p97_d(
                    x1.asinh().atan(),
                    (((k::<D>(0.5)) + (((k::<D>(1.5)) + x1.tanh()) * ((k::<D>(1.5)) + x1.tanh())))
                        .ln_1p())
                    .sin(),
                    (u1 / ((k::<D>(1.5)) + x0.tanh())).cos(),
                ) * p97_d(
                    x1.asinh().atan(),
                    (((k::<D>(0.5)) + (((k::<D>(1.5)) + x1.tanh()) * ((k::<D>(1.5)) + x1.tanh())))
                        .ln_1p())
                    .sin(),
                    (u1 / ((k::<D>(1.5)) + x0.tanh())).cos(),
                ))))
    .sqrt();
    let (u4, w5) = (
        ((k::<D>(0.5)) + (((k::<D>(1.5)) + x0.tanh()) * ((k::<D>(1.5)) + x0.tanh()))).ln_1p(),
        a3,
    );
    let a6 = if (((k::<D>(1.1))
        + (((k::<D>(1.0)) + ((k::<D>(-1.975)) * (k::<D>(-1.975))))
            * ((k::<D>(1.0)) + ((k::<D>(-1.975)) * (k::<D>(-1.975))))))
    .acosh())
    .re()
        > (k::<D>(-0.62)).re()
    {
        datan2(
            (((k::<D>(0.5)) + (a3.cos().exp() * a3.cos().exp())).ln_1p()) * (k::<D>(BETA)),
            -((k::<D>(0.5)) + (x1.atan().exp() * x1.atan().exp())),
        )
    } else {
        (p105_d(w5.tanh(), a3.atan(), a3.sin()) + (x0 / a3.sin().exp()))
            - (if a3.re() >= (k::<D>(-0.75)).re() {
                ((k::<D>(0.9)) * w2.atan().sin()).atanh()
            } else {
                x0 - (k::<D>(BETA))
            })
    };
    let (u7, w8) = (
        (k::<D>(
            (((k::<D>(1.1)) + (((k::<D>(2.0)) + w2.sin()) * ((k::<D>(2.0)) + w2.sin()))).acosh())
                .re()
                .round(),
        )) * a3.atan(),
        ((u4 + w5).sin()).cosh(),
    );
    (((u4 + w5) + a6) + u7) + w8
}

#[differentiable]
fn p143(x: &[f64]) -> f64 {
    let a1 = ALPHA.asinh();
    let (u2, w3) = (((a1.exp2() - (x[3] - a1)).atan()).powi(3), a1);
    let mut s4 = 0.5;
    for i5 in 2..=5 {
        let a6: f64 = p134(
            f64::sin(x[0] / (1.5 + Float::tanh(u2))),
            BETA.sin().exp_m1().cos(),
        );
        let mut m7 = (0.9_f64 * 0.06.tanh()).asin();
        s4 = (0.5 * s4) + f64::sin(a1 * w3);
    }
    let u2 = ((1.0
        + (core::f64::consts::PI.atan().powi(3) * core::f64::consts::PI.atan().powi(3)))
    .powi(-2))
        + (if x[5].cosh() > 0.68 / (1.5_f64 + x[1].tanh()) {
            1.85f64 + u2
        } else {
            (-0.14_f64) / (1.0 + (u2 * u2))
        });
    s4 -= a1 + a1;
    if !(-x[5] <= 0.09) {
        s4 *= 1.0_f64 + (0.3 * ((if w3 > -0.13 { -0.756 } else { a1 }).sin()));
    }
    (((a1 * w3) + s4) + u2) - x[4]
}

fn p143_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(ALPHA)).asinh();
    let (u2, w3) = (((a1.exp2() - (x[3] - a1)).atan()).powi(3), a1);
    let mut s4 = k::<D>(0.5);
    for i5 in 2..=5 {
        let a6: D = p134_d(
            (x[0] / ((k::<D>(1.5)) + u2.tanh())).sin(),
            (((k::<D>(BETA)).sin()).exp_m1()).cos(),
        );
        let mut m7 = ((k::<D>(0.9)) * ((k::<D>(0.06)).tanh())).asin();
        s4 = ((k::<D>(0.5)) * s4) + ((a1 * w3).sin());
    }
    let u2 = (((k::<D>(1.0))
        + ((((k::<D>(core::f64::consts::PI)).atan()).powi(3))
            * (((k::<D>(core::f64::consts::PI)).atan()).powi(3))))
    .powi(-2))
        + (if x[5].cosh().re() > ((k::<D>(0.68)) / ((k::<D>(1.5)) + x[1].tanh())).re() {
            (k::<D>(1.85)) + u2
        } else {
            (k::<D>(-0.14)) / ((k::<D>(1.0)) + (u2 * u2))
        });
    s4 -= a1 + a1;
    if !((-x[5]).re() <= (k::<D>(0.09)).re()) {
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((if w3.re() > (k::<D>(-0.13)).re() {
                    k::<D>(-0.756)
                } else {
                    a1
                })
                .sin()));
    }
    (((a1 * w3) + s4) + u2) - x[4]
}

#[differentiable]
fn p144(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        x2.atan2(0.5 + (core::f64::consts::PI * core::f64::consts::PI))
            .asinh(),
        f64::ln(1.5 + ((x0 + x2).tanh())),
    );
    let mut m3 = w2 * x2;
    let u1 = x0;
    let a4 = w2.sin();
    let a5 = f64::atan(w2.sin().exp_m1()).exp().ln() / (1.0 + (m3 * m3));
    let (u6, w7) = (
        x1.atan(),
        (0.72.tanh() + (if -1.88 >= x2 { w2 } else { x1 })) - (0.952_f64.asinh() + (0.596 - x2)),
    );
    m3 += ((((0.5 + ((1.5_f64 + Float::tanh(u1)) * (1.5f64 + u1.tanh()))).ln_1p())
        * (u6 / w2.tanh().exp()))
    .atan())
    .powi(2);
    (((u1 + a4) + a5) + u6) + w7
}

fn p144_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        datan2(
            x2,
            (k::<D>(0.5)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))),
        )
        .asinh(),
        ((k::<D>(1.5)) + ((x0 + x2).tanh())).ln(),
    );
    let mut m3 = w2 * x2;
    let u1 = x0;
    let a4 = w2.sin();
    let a5 = w2.sin().exp_m1().atan().exp().ln() / ((k::<D>(1.0)) + (m3 * m3));
    let (u6, w7) = (
        x1.atan(),
        (((k::<D>(0.72)).tanh())
            + (if (k::<D>(-1.88)).re() >= x2.re() {
                w2
            } else {
                x1
            }))
            - (((k::<D>(0.952)).asinh()) + ((k::<D>(0.596)) - x2)),
    );
    m3 += (((((k::<D>(0.5)) + (((k::<D>(1.5)) + u1.tanh()) * ((k::<D>(1.5)) + u1.tanh())))
        .ln_1p())
        * (u6 / w2.tanh().exp()))
    .atan())
    .powi(2);
    (((u1 + a4) + a5) + u6) + w7
}

#[differentiable]
fn p145<T: Float + NumAssign>(x0: T, x1: T, x2: T, nk: usize) -> T {
    let a1 = -x0;
    let mut m2 = (((c::<T>(1.0)) + ((x1 - (c::<T>(1.408))) * (x1 - (c::<T>(1.408)))))
        .powf(T::tanh(x2).atan()))
        + T::from(1.42).unwrap();
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        if i3 == 2 {
            continue;
        }
        let a1 = T::atan(T::acosh(
            (c::<T>(1.1))
                + (m2.atan2(-((c::<T>(0.5)) + (x0 * x0))).atan().exp()
                    * Float::atan(m2.atan2(-(T::from(0.5).unwrap() + (x0 * x0)))).exp()),
        )) * (((Float::tanh(x0) * m2.tanh())
            / m2.tanh().mul_add(x1, c::<T>(i3 as f64)).atan().exp())
        .cos());
        let a4 = a1;
        let a5 = -m2;
        m2 = ((c::<T>(0.5)) * m2) + T::tanh(x1);
        m2 = m2.max(T::cos(a5.asinh()));
    }
    let mut s6 = c::<T>(0.0);
    for i7 in 0..nk {
        m2 /= T::one() + (x1.cosh().tanh() * x1.cosh().tanh());
        let a8 = x2 + x1;
        let a9 = -x1;
        m2 = T::max(
            m2,
            (((c::<T>(V[i7])) - a1) * T::log2((c::<T>(1.0)) + (a8 * a8))).sin(),
        );
        s6 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(m2));
    }
    let mut s10: T = c::<T>(0.5);
    for i11 in 1..2 {
        let a12 = T::atanh((c::<T>(0.9)) * Float::tanh(s10.tanh()));
        let mut m13 = (s6.sin().sin().tan() * (m2.sin() * T::atan(m2))) - x2;
        s10 = s10.max((a1.signum() * ((c::<T>(core::f64::consts::PI)).cos())).sin());
        m13 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * T::sin(p99(x1, T::atan(c::<T>(ALPHA))) - T::cbrt(x2.exp())));
        if x1.asinh() < c::<T>(0.88) {
            continue;
        }
    }
    for i14 in 2..=5 {
        let a15 = (((s6 + a1).cos()) * ((c::<T>(core::f64::consts::PI)) + (c::<T>(0.88))))
            - ((x1 + s6).cos());
        s10 = ((c::<T>(0.5)) * s10) + x1.powi(2).abs().sin();
        if Float::exp2(Float::tanh(m2)) <= c::<T>(0.94) || c::<T>(-0.864) >= T::from(0.18).unwrap()
        {
            continue;
        }
        s10 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((x1.asinh() - p132(x2, s6.sin(), x0)).sin()));
    }
    T::tanh((c::<T>(0.001)) * ((((x2 + a1) + m2) * s6) + s10))
}

fn p145_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = -x0;
    let mut m2 = ((x2.tanh().atan()
        * ((k::<D>(1.0)) + ((x1 - (k::<D>(1.408))) * (x1 - (k::<D>(1.408))))).ln())
    .exp())
        + (k::<D>(1.42));
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        if i3 == 2 {
            continue;
        }
        let a1 = ((((k::<D>(1.1))
            + (datan2(m2, -((k::<D>(0.5)) + (x0 * x0))).atan().exp()
                * datan2(m2, -((k::<D>(0.5)) + (x0 * x0))).atan().exp()))
        .acosh())
        .atan())
            * (((x0.tanh() * m2.tanh()) / (((m2.tanh() * x1 + (k::<D>(i3 as f64))).atan()).exp()))
                .cos());
        let a4 = a1;
        let a5 = -m2;
        m2 = ((k::<D>(0.5)) * m2) + x1.tanh();
        m2 = dmax(m2, a5.asinh().cos());
    }
    let mut s6 = k::<D>(0.0);
    for i7 in 0..nk {
        m2 /= (k::<D>(1.0)) + (x1.cosh().tanh() * x1.cosh().tanh());
        let a8 = x2 + x1;
        let a9 = -x1;
        m2 = dmax(
            m2,
            (((k::<D>(V[i7])) - a1) * (((k::<D>(1.0)) + (a8 * a8)).log2())).sin(),
        );
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m2.sin());
    }
    let mut s10: D = k::<D>(0.5);
    for i11 in 1..2 {
        let a12 = ((k::<D>(0.9)) * s10.tanh().tanh()).atanh();
        let mut m13 = (s6.sin().sin().tan() * (m2.sin() * m2.atan())) - x2;
        s10 = dmax(
            s10,
            ((k::<D>(a1.re().signum())) * ((k::<D>(core::f64::consts::PI)).cos())).sin(),
        );
        m13 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((p99_d(x1, (k::<D>(ALPHA)).atan()) - x2.exp().cbrt()).sin()));
        if x1.asinh().re() < (k::<D>(0.88)).re() {
            continue;
        }
    }
    for i14 in 2..=5 {
        let a15 = (((s6 + a1).cos()) * ((k::<D>(core::f64::consts::PI)) + (k::<D>(0.88))))
            - ((x1 + s6).cos());
        s10 = ((k::<D>(0.5)) * s10) + x1.powi(2).abs().sin();
        if m2.tanh().exp2().re() <= (k::<D>(0.94)).re()
            || (k::<D>(-0.864)).re() >= (k::<D>(0.18)).re()
        {
            continue;
        }
        s10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1.asinh() - p132_d(x2, s6.sin(), x0)).sin()));
    }
    ((k::<D>(0.001)) * ((((x2 + a1) + m2) * s6) + s10)).tanh()
}

#[differentiable]
fn p146(x: &[f64], y: f64) -> f64 {
    let y = y.mul_add(std::f64::consts::E.cos(), y).atan();
    let a1 = f64::exp_m1(f64::atan((-1.41f64) - y)) / Float::sin(y + y).hypot(1.0);
    let mut s2: f64 = 0.5;
    for i3 in 0..x.len() {
        s2 = ((0.7 * s2) + (a1 + Float::powf(1.5 + (((-0.073) / (2.0 + s2.sin())).tanh()), x[i3])))
            .tanh();
        let a4 = ((x[i3] * (-0.6_f64)) - (y / (1.0_f64 + (y * y)))).asinh();
        s2 -= ((a4 / (1.0 + (f64::sin(a1) * f64::sin(a1)))) * core::f64::consts::PI.abs()).tanh();
        s2 = f64::tanh((0.7 * s2) + (x[i3] / x[i3].hypot(1.0)));
        if Float::tanh(x[i3]) >= -0.45 {
            break;
        }
    }
    s2 *= 1.0 + (0.3_f64 * s2.sin());
    s2 += x[1];
    if x[1].exp2() <= -0.96 || y >= 0.03 {
        s2 += ((((a1 - (-0.899_f64)).atan()).exp()).powf({
            let t5 = a1;
            0.61
        })) * f64::sin(a1.max(a1)).powi(3);
    } else {
        s2 = (0.5 * s2) + y.powi(3);
    }
    let a6 = ((x[0].exp().powf(s2.atan()) - (if y >= -0.67_f64 { ALPHA } else { a1 })).tanh())
        * f64::tan(Float::sin(f64::sin(Float::signum(x[2]) * f64::atan(s2))));
    (((y + a1) + s2) + a6) + x[2]
}

fn p146_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y = (y * ((k::<D>(std::f64::consts::E)).cos()) + y).atan();
    let a1 = ((((k::<D>(-1.41)) - y).atan()).exp_m1())
        / ((((y + y).sin()) * ((y + y).sin()) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..x.len() {
        s2 = (((k::<D>(0.7)) * s2)
            + (a1
                + ((x[i3]
                    * ((k::<D>(1.5))
                        + (((k::<D>(-0.073)) / ((k::<D>(2.0)) + s2.sin())).tanh()))
                    .ln())
                .exp())))
        .tanh();
        let a4 = ((x[i3] * (k::<D>(-0.6))) - (y / ((k::<D>(1.0)) + (y * y)))).asinh();
        s2 -= ((a4 / ((k::<D>(1.0)) + (a1.sin() * a1.sin())))
            * ((k::<D>(core::f64::consts::PI)).abs()))
        .tanh();
        s2 = (((k::<D>(0.7)) * s2)
            + (x[i3] / ((x[i3] * x[i3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .tanh();
        if x[i3].tanh().re() >= (k::<D>(-0.45)).re() {
            break;
        }
    }
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.sin());
    s2 += x[1];
    if x[1].exp2().re() <= (k::<D>(-0.96)).re() || y.re() >= (k::<D>(0.03)).re() {
        s2 += ((({
            let t5 = a1;
            k::<D>(0.61)
        }) * (((a1 - (k::<D>(-0.899))).atan()).exp()).ln())
        .exp())
            * dmax(a1, a1).sin().powi(3);
    } else {
        s2 = ((k::<D>(0.5)) * s2) + y.powi(3);
    }
    let a6 = ((((s2.atan() * x[0].exp().ln()).exp())
        - (if y.re() >= (k::<D>(-0.67)).re() {
            k::<D>(ALPHA)
        } else {
            a1
        }))
    .tanh())
        * (((((k::<D>(x[2].re().signum())) * s2.atan()).sin()).sin()).tan());
    (((y + a1) + s2) + a6) + x[2]
}

#[differentiable]
fn p147(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = (-y, y.asinh());
    let mut s3 = 0.0;
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let (u5, w6) = (
            (0.7 / Float::cosh(w2)) - V[i4].mul_add(Float::atan(s3), u1),
            0.204_f64,
        );
        if V[i4] / (1.0 + (0.25 * 0.25f64)) > 0.89 {
            s3 = (0.5_f64 * s3) + (((0.9 * f64::sin(w6).tanh()).acos()).atan());
        } else {
            s3 *= 1.0f64 + (0.3 * Float::sin((1.0 + (((-1.3) * u1) * ((-1.3) * u1))).log2()));
        }
        if i4 != 1 {
            break;
        }
        s3 = (0.5 * s3) + x[3].atan().tanh();
        s3 = ((0.7 * s3)
            + ((1.1
                + ((1.0_f64 + (Float::tanh(s3) * s3.tanh()))
                    * (1.0 + (Float::tanh(s3) * s3.tanh()))))
            .acosh()))
        .sin();
    }
    let mut m7 = u1 / Float::exp(s3);
    let a8: f64 = (m7 - w2) + m7;
    for i9 in 1..=5 {
        let mut s10 = 1.0;
        for i11 in (i9 + 1)..8 {
            let (u12, w13) = (
                (0.5f64 + ((1.0 + (x[1] * x[1])) * (1.0_f64 + (x[1] * x[1])))).ln_1p(),
                f64::cos(s3) * x[3],
            );
            s10 = (0.5_f64 * s10)
                + (((0.9_f64 * Float::tanh(u12 + f64::sin(Float::tanh(u12)).tan()).tanh())
                    .atanh())
                .cos());
            s3 *= 1.0 + (0.3 * f64::powf(Float::hypot(w13, 1.0), std::f64::consts::E.tanh()).sin());
            s3 += f64::sin(m7.abs().cos());
        }
        let w2: f64 = f64::powi(x[2], 3);
        let a14 = ((u1 / (2.0 + x[0].sin())).round()) * (((0.9 * V[i9].tanh()).asin()).tanh());
        s3 /= 1.0 + (0.291 * 0.291f64);
    }
    (0.001_f64 * (((((u1 + w2) + s3) + m7) + a8) * x[0])).tanh()
}

fn p147_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (-y, y.asinh());
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let (u5, w6) = (
            ((k::<D>(0.7)) / w2.cosh()) - ((k::<D>(V[i4])) * s3.atan() + u1),
            k::<D>(0.204),
        );
        if ((k::<D>(V[i4])) / ((k::<D>(1.0)) + ((k::<D>(0.25)) * (k::<D>(0.25))))).re()
            > (k::<D>(0.89)).re()
        {
            s3 = ((k::<D>(0.5)) * s3) + ((((k::<D>(0.9)) * w6.sin().tanh()).acos()).atan());
        } else {
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.0)) + (((k::<D>(-1.3)) * u1) * ((k::<D>(-1.3)) * u1))).log2())
                        .sin()));
        }
        if i4 != 1 {
            break;
        }
        s3 = ((k::<D>(0.5)) * s3) + x[3].atan().tanh();
        s3 = (((k::<D>(0.7)) * s3)
            + (((k::<D>(1.1))
                + (((k::<D>(1.0)) + (s3.tanh() * s3.tanh()))
                    * ((k::<D>(1.0)) + (s3.tanh() * s3.tanh()))))
            .acosh()))
        .sin();
    }
    let mut m7 = u1 / s3.exp();
    let a8: D = (m7 - w2) + m7;
    for i9 in 1..=5 {
        let mut s10 = k::<D>(1.0);
        for i11 in (i9 + 1)..8 {
            let (u12, w13) = (
                ((k::<D>(0.5))
                    + (((k::<D>(1.0)) + (x[1] * x[1])) * ((k::<D>(1.0)) + (x[1] * x[1]))))
                    .ln_1p(),
                s3.cos() * x[3],
            );
            s10 = ((k::<D>(0.5)) * s10)
                + ((((k::<D>(0.9)) * (((u12 + u12.tanh().sin().tan()).tanh()).tanh())).atanh())
                    .cos());
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((k::<D>(std::f64::consts::E)).tanh())
                        * ((w13 * w13 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
                    .exp())
                    .sin()));
            s3 += m7.abs().cos().sin();
        }
        let w2: D = x[2].powi(3);
        let a14 = (k::<D>((u1 / ((k::<D>(2.0)) + x[0].sin())).re().round()))
            * ((((k::<D>(0.9)) * ((k::<D>(V[i9])).tanh())).asin()).tanh());
        s3 /= (k::<D>(1.0)) + ((k::<D>(0.291)) * (k::<D>(0.291)));
    }
    ((k::<D>(0.001)) * (((((u1 + w2) + s3) + m7) + a8) * x[0])).tanh()
}

#[differentiable]
fn p148<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (
        T::atan(-(x0 / ((c::<T>(2.0)) + T::from(-1.201).unwrap().sin()))),
        Float::exp_m1(x0) - Float::clamp(x1, c::<T>(-0.22), c::<T>(0.35)),
    );
    let mut m3 = u1;
    for i4 in 1..5 {
        let mut m5 = x0 - x2;
        let (u6, w7) = (
            T::cosh(u1),
            (((c::<T>(0.5)) + (((c::<T>(2.0)) + T::sin(x0)) * ((c::<T>(2.0)) + x0.sin()))).ln_1p())
                - x1.exp(),
        );
        m5 /= T::one() + ((c::<T>(core::f64::consts::PI)) * (c::<T>(core::f64::consts::PI)));
        m3 /= (c::<T>(2.0)) + x0.sin();
    }
    let a8: T = x1;
    (((x2 + u1) + w2) + m3) + a8
}

fn p148_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (-(x0 / ((k::<D>(2.0)) + ((k::<D>(-1.201)).sin())))).atan(),
        x0.exp_m1() - dclamp(x1, k::<D>(-0.22), k::<D>(0.35)),
    );
    let mut m3 = u1;
    for i4 in 1..5 {
        let mut m5 = x0 - x2;
        let (u6, w7) = (
            u1.cosh(),
            (((k::<D>(0.5)) + (((k::<D>(2.0)) + x0.sin()) * ((k::<D>(2.0)) + x0.sin()))).ln_1p())
                - x1.exp(),
        );
        m5 /= (k::<D>(1.0)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI)));
        m3 /= (k::<D>(2.0)) + x0.sin();
    }
    let a8: D = x1;
    (((x2 + u1) + w2) + m3) + a8
}

#[differentiable]
fn p149<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float,
{
    let a1 = if x1 < (c::<T>(-1.45)) / (T::one() + (x2 * x2)) {
        (((c::<T>(0.9)) * x0.powi(2).sin()).atanh())
            + ((((c::<T>(ALPHA)).floor()) * x2).atan2(
                (c::<T>(0.5)) + ((x1 * T::from(-1.971).unwrap()) * (x1 * T::from(-1.971).unwrap())),
            ))
    } else {
        (((c::<T>(BETA)) - (c::<T>(-1.2))).tanh()).min((x0 * x1) - ((c::<T>(-0.138)) - x2))
    };
    let mut s2 = T::from(0.5).unwrap();
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a5 = {
            let t4 = x0;
            t4
        };
        s2 = s2 / ((c::<T>(V[i3])).hypot(c::<T>(1.0)));
    }
    if c::<T>(std::f64::consts::E) > a1 {
        s2 = (((c::<T>(0.7)) * s2) + (((c::<T>(2.0)) + T::sin(c::<T>(-1.7))).sqrt())).cos();
    }
    (((x0 + x1) + x2) + a1) + s2
}

fn p149_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if x1.re() < ((k::<D>(-1.45)) / ((k::<D>(1.0)) + (x2 * x2))).re() {
        (((k::<D>(0.9)) * x0.powi(2).sin()).atanh())
            + datan2(
                (k::<D>((k::<D>(ALPHA)).re().floor())) * x2,
                (k::<D>(0.5)) + ((x1 * (k::<D>(-1.971))) * (x1 * (k::<D>(-1.971)))),
            )
    } else {
        dmin(
            ((k::<D>(BETA)) - (k::<D>(-1.2))).tanh(),
            (x0 * x1) - ((k::<D>(-0.138)) - x2),
        )
    };
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a5 = {
            let t4 = x0;
            t4
        };
        s2 /= ((k::<D>(V[i3])) * (k::<D>(V[i3])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    if (k::<D>(std::f64::consts::E)).re() > a1.re() {
        s2 = (((k::<D>(0.7)) * s2) + (((k::<D>(2.0)) + ((k::<D>(-1.7)).sin())).sqrt())).cos();
    }
    (((x0 + x1) + x2) + a1) + s2
}

#[test]
fn test_p0() {
    check(&Case {
        name: "p0",
        n: 3,
        f: |x| p0(x[0], x[1], x[2]),
        jvp: |x, v| p0_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p0_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p0_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p0_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p0_d(x[0], x[1], x[2]),
        hyper: |x| p0_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p1() {
    check(&Case {
        name: "p1",
        n: 2,
        f: |x| p1(x[0], x[1]),
        jvp: |x, v| p1_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p1_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p1_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p1_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p1_d(x[0], x[1]),
        hyper: |x| p1_d(x[0], x[1]),
    });
}

#[test]
fn test_p2() {
    check(&Case {
        name: "p2",
        n: 4,
        f: |x| p2(&x[..3], x[3], 3),
        jvp: |x, v| p2_jvp(&x[..3], &v[..3], x[3], v[3], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p2_vjp(&x[..3], bx, x[3], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p2_grad(&x[..3], gx, x[3], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p2_hvp(&x[..3], &v[..3], hx, x[3], v[3], 3);
            hy[0] = a;
            y
        },
        dual: |x| p2_d(&x[..3], x[3], 3),
        hyper: |x| p2_d(&x[..3], x[3], 3),
    });
}

#[test]
fn test_p3() {
    check(&Case {
        name: "p3",
        n: 3,
        f: |x| p3(x, 3),
        jvp: |x, v| p3_jvp(x, v, 3),
        vjp: |x, s, bar| p3_vjp(x, bar, 3, s),
        grad: |x, g| p3_grad(x, g, 3),
        hvp: |x, v, hv| p3_hvp(x, v, hv, 3),
        dual: |x| p3_d(x, 3),
        hyper: |x| p3_d(x, 3),
    });
}

#[test]
fn test_p4() {
    check(&Case {
        name: "p4",
        n: 6,
        f: |x| p4(&x[..5], x[5]),
        jvp: |x, v| p4_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p4_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p4_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p4_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p4_d(&x[..5], x[5]),
        hyper: |x| p4_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p5() {
    check(&Case {
        name: "p5",
        n: 6,
        f: |x| p5(arr(x), x[5]),
        jvp: |x, v| p5_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p5_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p5_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p5_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p5_d(&x[..5], x[5]),
        hyper: |x| p5_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p6() {
    check(&Case {
        name: "p6",
        n: 4,
        f: |x| p6(&x[..3], x[3]),
        jvp: |x, v| p6_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p6_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p6_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p6_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p6_d(&x[..3], x[3]),
        hyper: |x| p6_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p7() {
    check(&Case {
        name: "p7",
        n: 3,
        f: |x| p7(x, 3),
        jvp: |x, v| p7_jvp(x, v, 3),
        vjp: |x, s, bar| p7_vjp(x, bar, 3, s),
        grad: |x, g| p7_grad(x, g, 3),
        hvp: |x, v, hv| p7_hvp(x, v, hv, 3),
        dual: |x| p7_d(x, 3),
        hyper: |x| p7_d(x, 3),
    });
}

#[test]
fn test_p8() {
    check(&Case {
        name: "p8",
        n: 3,
        f: |x| p8(x),
        jvp: |x, v| p8_jvp(x, v),
        vjp: |x, s, bar| p8_vjp(x, bar, s),
        grad: |x, g| p8_grad(x, g),
        hvp: |x, v, hv| p8_hvp(x, v, hv),
        dual: |x| p8_d(x),
        hyper: |x| p8_d(x),
    });
}

#[test]
fn test_p9() {
    check(&Case {
        name: "p9",
        n: 4,
        f: |x| p9(x),
        jvp: |x, v| p9_jvp(x, v),
        vjp: |x, s, bar| p9_vjp(x, bar, s),
        grad: |x, g| p9_grad(x, g),
        hvp: |x, v, hv| p9_hvp(x, v, hv),
        dual: |x| p9_d(x),
        hyper: |x| p9_d(x),
    });
}

#[test]
fn test_p10() {
    check(&Case {
        name: "p10",
        n: 3,
        f: |x| p10(x, 3),
        jvp: |x, v| p10_jvp(x, v, 3),
        vjp: |x, s, bar| p10_vjp(x, bar, 3, s),
        grad: |x, g| p10_grad(x, g, 3),
        hvp: |x, v, hv| p10_hvp(x, v, hv, 3),
        dual: |x| p10_d(x, 3),
        hyper: |x| p10_d(x, 3),
    });
}

#[test]
fn test_p11() {
    check(&Case {
        name: "p11",
        n: 3,
        f: |x| p11(x[0], x[1], x[2], 3),
        jvp: |x, v| p11_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p11_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p11_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p11_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p11_d(x[0], x[1], x[2], 3),
        hyper: |x| p11_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p12() {
    check(&Case {
        name: "p12",
        n: 2,
        f: |x| p12(x[0], x[1]),
        jvp: |x, v| p12_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p12_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p12_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p12_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p12_d(x[0], x[1]),
        hyper: |x| p12_d(x[0], x[1]),
    });
}

#[test]
fn test_p13() {
    check(&Case {
        name: "p13",
        n: 3,
        f: |x| p13(x[0], x[1], x[2]),
        jvp: |x, v| p13_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p13_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p13_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p13_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p13_d(x[0], x[1], x[2]),
        hyper: |x| p13_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p14() {
    check(&Case {
        name: "p14",
        n: 3,
        f: |x| p14(arr(x)),
        jvp: |x, v| p14_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p14_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p14_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p14_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p14_d(&x[..3]),
        hyper: |x| p14_d(&x[..3]),
    });
}

#[test]
fn test_p15() {
    check(&Case {
        name: "p15",
        n: 4,
        f: |x| p15(x),
        jvp: |x, v| p15_jvp(x, v),
        vjp: |x, s, bar| p15_vjp(x, bar, s),
        grad: |x, g| p15_grad(x, g),
        hvp: |x, v, hv| p15_hvp(x, v, hv),
        dual: |x| p15_d(x),
        hyper: |x| p15_d(x),
    });
}

#[test]
fn test_p16() {
    check(&Case {
        name: "p16",
        n: 6,
        f: |x| p16(arr(x)),
        jvp: |x, v| p16_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p16_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p16_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p16_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p16_d(&x[..6]),
        hyper: |x| p16_d(&x[..6]),
    });
}

#[test]
fn test_p17() {
    check(&Case {
        name: "p17",
        n: 2,
        f: |x| p17(x[0], x[1]),
        jvp: |x, v| p17_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p17_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p17_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p17_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p17_d(x[0], x[1]),
        hyper: |x| p17_d(x[0], x[1]),
    });
}

#[test]
fn test_p18() {
    check(&Case {
        name: "p18",
        n: 3,
        f: |x| p18(arr(x)),
        jvp: |x, v| p18_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p18_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p18_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p18_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p18_d(&x[..3]),
        hyper: |x| p18_d(&x[..3]),
    });
}

#[test]
fn test_p19() {
    check(&Case {
        name: "p19",
        n: 4,
        f: |x| p19(&x[..3], x[3]),
        jvp: |x, v| p19_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p19_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p19_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p19_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p19_d(&x[..3], x[3]),
        hyper: |x| p19_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p20() {
    check(&Case {
        name: "p20",
        n: 2,
        f: |x| p20(x[0], x[1]),
        jvp: |x, v| p20_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p20_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p20_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p20_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p20_d(x[0], x[1]),
        hyper: |x| p20_d(x[0], x[1]),
    });
}

#[test]
fn test_p21() {
    check(&Case {
        name: "p21",
        n: 3,
        f: |x| p21(x[0], x[1], x[2]),
        jvp: |x, v| p21_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p21_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p21_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p21_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p21_d(x[0], x[1], x[2]),
        hyper: |x| p21_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p22() {
    check(&Case {
        name: "p22",
        n: 2,
        f: |x| p22(x[0], x[1]),
        jvp: |x, v| p22_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p22_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p22_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p22_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p22_d(x[0], x[1]),
        hyper: |x| p22_d(x[0], x[1]),
    });
}

#[test]
fn test_p23() {
    check(&Case {
        name: "p23",
        n: 3,
        f: |x| p23(x[0], x[1], x[2]),
        jvp: |x, v| p23_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p23_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p23_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p23_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p23_d(x[0], x[1], x[2]),
        hyper: |x| p23_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p24() {
    check(&Case {
        name: "p24",
        n: 2,
        f: |x| p24(x[0], x[1]),
        jvp: |x, v| p24_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p24_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p24_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p24_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p24_d(x[0], x[1]),
        hyper: |x| p24_d(x[0], x[1]),
    });
}

#[test]
fn test_p25() {
    check(&Case {
        name: "p25",
        n: 5,
        f: |x| p25(arr(x)),
        jvp: |x, v| p25_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p25_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p25_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p25_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p25_d(&x[..5]),
        hyper: |x| p25_d(&x[..5]),
    });
}

#[test]
fn test_p26() {
    check(&Case {
        name: "p26",
        n: 3,
        f: |x| p26(x[0], x[1], x[2], 3),
        jvp: |x, v| p26_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p26_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p26_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p26_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p26_d(x[0], x[1], x[2], 3),
        hyper: |x| p26_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p27() {
    check(&Case {
        name: "p27",
        n: 3,
        f: |x| p27(x[0], x[1], x[2]),
        jvp: |x, v| p27_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p27_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p27_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p27_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p27_d(x[0], x[1], x[2]),
        hyper: |x| p27_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p28() {
    check(&Case {
        name: "p28",
        n: 2,
        f: |x| p28(x[0], x[1]),
        jvp: |x, v| p28_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p28_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p28_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p28_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p28_d(x[0], x[1]),
        hyper: |x| p28_d(x[0], x[1]),
    });
}

#[test]
fn test_p29() {
    check(&Case {
        name: "p29",
        n: 5,
        f: |x| p29(x),
        jvp: |x, v| p29_jvp(x, v),
        vjp: |x, s, bar| p29_vjp(x, bar, s),
        grad: |x, g| p29_grad(x, g),
        hvp: |x, v, hv| p29_hvp(x, v, hv),
        dual: |x| p29_d(x),
        hyper: |x| p29_d(x),
    });
}

#[test]
fn test_p30() {
    check(&Case {
        name: "p30",
        n: 2,
        f: |x| p30(x[0], x[1]),
        jvp: |x, v| p30_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p30_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p30_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p30_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p30_d(x[0], x[1]),
        hyper: |x| p30_d(x[0], x[1]),
    });
}

#[test]
fn test_p31() {
    check(&Case {
        name: "p31",
        n: 3,
        f: |x| p31(x[0], x[1], x[2], 3),
        jvp: |x, v| p31_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p31_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p31_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p31_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p31_d(x[0], x[1], x[2], 3),
        hyper: |x| p31_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p32() {
    check(&Case {
        name: "p32",
        n: 2,
        f: |x| p32(x[0], x[1]),
        jvp: |x, v| p32_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p32_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p32_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p32_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p32_d(x[0], x[1]),
        hyper: |x| p32_d(x[0], x[1]),
    });
}

#[test]
fn test_p33() {
    check(&Case {
        name: "p33",
        n: 2,
        f: |x| p33(x[0], x[1]),
        jvp: |x, v| p33_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p33_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p33_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p33_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p33_d(x[0], x[1]),
        hyper: |x| p33_d(x[0], x[1]),
    });
}

#[test]
fn test_p34() {
    check(&Case {
        name: "p34",
        n: 2,
        f: |x| p34(x[0], x[1], 3),
        jvp: |x, v| p34_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p34_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p34_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p34_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p34_d(x[0], x[1], 3),
        hyper: |x| p34_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p35() {
    check(&Case {
        name: "p35",
        n: 2,
        f: |x| p35(x[0], x[1]),
        jvp: |x, v| p35_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p35_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p35_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p35_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p35_d(x[0], x[1]),
        hyper: |x| p35_d(x[0], x[1]),
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
        f: |x| p37(arr(x)),
        jvp: |x, v| p37_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p37_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p37_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p37_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p37_d(&x[..3]),
        hyper: |x| p37_d(&x[..3]),
    });
}

#[test]
fn test_p38() {
    check(&Case {
        name: "p38",
        n: 2,
        f: |x| p38(x[0], x[1]),
        jvp: |x, v| p38_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p38_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p38_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p38_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p38_d(x[0], x[1]),
        hyper: |x| p38_d(x[0], x[1]),
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
        n: 7,
        f: |x| p40(&x[..6], x[6]),
        jvp: |x, v| p40_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p40_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p40_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p40_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p40_d(&x[..6], x[6]),
        hyper: |x| p40_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p41() {
    check(&Case {
        name: "p41",
        n: 6,
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
        n: 7,
        f: |x| p42(arr(x), x[6]),
        jvp: |x, v| p42_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p42_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p42_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p42_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p42_d(&x[..6], x[6]),
        hyper: |x| p42_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p43() {
    check(&Case {
        name: "p43",
        n: 3,
        f: |x| p43(x[0], x[1], x[2]),
        jvp: |x, v| p43_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p43_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p43_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p43_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p43_d(x[0], x[1], x[2]),
        hyper: |x| p43_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p44() {
    check(&Case {
        name: "p44",
        n: 3,
        f: |x| p44(x[0], x[1], x[2]),
        jvp: |x, v| p44_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p44_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p44_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p44_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p44_d(x[0], x[1], x[2]),
        hyper: |x| p44_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p45() {
    check(&Case {
        name: "p45",
        n: 6,
        f: |x| p45(arr(x), x[5]),
        jvp: |x, v| p45_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p45_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p45_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p45_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p45_d(&x[..5], x[5]),
        hyper: |x| p45_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p46() {
    check(&Case {
        name: "p46",
        n: 5,
        f: |x| p46(arr(x)),
        jvp: |x, v| p46_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p46_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p46_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p46_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p46_d(&x[..5]),
        hyper: |x| p46_d(&x[..5]),
    });
}

#[test]
fn test_p47() {
    check(&Case {
        name: "p47",
        n: 6,
        f: |x| p47(&x[..5], x[5]),
        jvp: |x, v| p47_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p47_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p47_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p47_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p47_d(&x[..5], x[5]),
        hyper: |x| p47_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p48() {
    check(&Case {
        name: "p48",
        n: 2,
        f: |x| p48(x[0], x[1], 3),
        jvp: |x, v| p48_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p48_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p48_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p48_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p48_d(x[0], x[1], 3),
        hyper: |x| p48_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p49() {
    check(&Case {
        name: "p49",
        n: 5,
        f: |x| p49(x, 3),
        jvp: |x, v| p49_jvp(x, v, 3),
        vjp: |x, s, bar| p49_vjp(x, bar, 3, s),
        grad: |x, g| p49_grad(x, g, 3),
        hvp: |x, v, hv| p49_hvp(x, v, hv, 3),
        dual: |x| p49_d(x, 3),
        hyper: |x| p49_d(x, 3),
    });
}

#[test]
fn test_p50() {
    check(&Case {
        name: "p50",
        n: 5,
        f: |x| p50(x, 3),
        jvp: |x, v| p50_jvp(x, v, 3),
        vjp: |x, s, bar| p50_vjp(x, bar, 3, s),
        grad: |x, g| p50_grad(x, g, 3),
        hvp: |x, v, hv| p50_hvp(x, v, hv, 3),
        dual: |x| p50_d(x, 3),
        hyper: |x| p50_d(x, 3),
    });
}

#[test]
fn test_p51() {
    check(&Case {
        name: "p51",
        n: 4,
        f: |x| p51(arr(x)),
        jvp: |x, v| p51_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p51_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p51_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p51_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p51_d(&x[..4]),
        hyper: |x| p51_d(&x[..4]),
    });
}

#[test]
fn test_p52() {
    check(&Case {
        name: "p52",
        n: 2,
        f: |x| p52(x[0], x[1]),
        jvp: |x, v| p52_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p52_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p52_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p52_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p52_d(x[0], x[1]),
        hyper: |x| p52_d(x[0], x[1]),
    });
}

#[test]
fn test_p53() {
    check(&Case {
        name: "p53",
        n: 3,
        f: |x| p53(x[0], x[1], x[2]),
        jvp: |x, v| p53_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p53_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p53_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p53_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p53_d(x[0], x[1], x[2]),
        hyper: |x| p53_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p54() {
    check(&Case {
        name: "p54",
        n: 2,
        f: |x| p54(x[0], x[1]),
        jvp: |x, v| p54_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p54_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p54_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p54_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p54_d(x[0], x[1]),
        hyper: |x| p54_d(x[0], x[1]),
    });
}

#[test]
fn test_p55() {
    check(&Case {
        name: "p55",
        n: 3,
        f: |x| p55(x[0], x[1], x[2], 3),
        jvp: |x, v| p55_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p55_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p55_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p55_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p55_d(x[0], x[1], x[2], 3),
        hyper: |x| p55_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p56() {
    check(&Case {
        name: "p56",
        n: 2,
        f: |x| p56(x[0], x[1]),
        jvp: |x, v| p56_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p56_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p56_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p56_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p56_d(x[0], x[1]),
        hyper: |x| p56_d(x[0], x[1]),
    });
}

#[test]
fn test_p57() {
    check(&Case {
        name: "p57",
        n: 2,
        f: |x| p57(x[0], x[1]),
        jvp: |x, v| p57_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p57_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p57_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p57_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p57_d(x[0], x[1]),
        hyper: |x| p57_d(x[0], x[1]),
    });
}

#[test]
fn test_p58() {
    check(&Case {
        name: "p58",
        n: 2,
        f: |x| p58(x[0], x[1]),
        jvp: |x, v| p58_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p58_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p58_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p58_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p58_d(x[0], x[1]),
        hyper: |x| p58_d(x[0], x[1]),
    });
}

#[test]
fn test_p59() {
    check(&Case {
        name: "p59",
        n: 3,
        f: |x| p59(x[0], x[1], x[2]),
        jvp: |x, v| p59_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p59_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p59_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p59_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p59_d(x[0], x[1], x[2]),
        hyper: |x| p59_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p60() {
    check(&Case {
        name: "p60",
        n: 3,
        f: |x| p60(x[0], x[1], x[2], 3),
        jvp: |x, v| p60_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p60_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p60_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p60_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p60_d(x[0], x[1], x[2], 3),
        hyper: |x| p60_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p61() {
    check(&Case {
        name: "p61",
        n: 2,
        f: |x| p61(x[0], x[1]),
        jvp: |x, v| p61_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p61_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p61_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p61_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p61_d(x[0], x[1]),
        hyper: |x| p61_d(x[0], x[1]),
    });
}

#[test]
fn test_p62() {
    check(&Case {
        name: "p62",
        n: 7,
        f: |x| p62(&x[..6], x[6]),
        jvp: |x, v| p62_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p62_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p62_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p62_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p62_d(&x[..6], x[6]),
        hyper: |x| p62_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p63() {
    check(&Case {
        name: "p63",
        n: 3,
        f: |x| p63(x[0], x[1], x[2]),
        jvp: |x, v| p63_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p63_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p63_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p63_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p63_d(x[0], x[1], x[2]),
        hyper: |x| p63_d(x[0], x[1], x[2]),
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
        f: |x| p65(arr(x)),
        jvp: |x, v| p65_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p65_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p65_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p65_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p65_d(&x[..5]),
        hyper: |x| p65_d(&x[..5]),
    });
}

#[test]
fn test_p66() {
    check(&Case {
        name: "p66",
        n: 2,
        f: |x| p66(x[0], x[1]),
        jvp: |x, v| p66_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p66_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p66_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p66_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p66_d(x[0], x[1]),
        hyper: |x| p66_d(x[0], x[1]),
    });
}

#[test]
fn test_p67() {
    check(&Case {
        name: "p67",
        n: 4,
        f: |x| p67(&x[..3], x[3]),
        jvp: |x, v| p67_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p67_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p67_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p67_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p67_d(&x[..3], x[3]),
        hyper: |x| p67_d(&x[..3], x[3]),
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
        n: 6,
        f: |x| p69(arr(x)),
        jvp: |x, v| p69_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p69_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p69_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p69_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p69_d(&x[..6]),
        hyper: |x| p69_d(&x[..6]),
    });
}

#[test]
fn test_p70() {
    check(&Case {
        name: "p70",
        n: 3,
        f: |x| p70(x[0], x[1], x[2]),
        jvp: |x, v| p70_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p70_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p70_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p70_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p70_d(x[0], x[1], x[2]),
        hyper: |x| p70_d(x[0], x[1], x[2]),
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
        n: 6,
        f: |x| p72(arr(x)),
        jvp: |x, v| p72_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p72_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p72_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p72_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p72_d(&x[..6]),
        hyper: |x| p72_d(&x[..6]),
    });
}

#[test]
fn test_p73() {
    check(&Case {
        name: "p73",
        n: 2,
        f: |x| p73(x[0], x[1]),
        jvp: |x, v| p73_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p73_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p73_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p73_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p73_d(x[0], x[1]),
        hyper: |x| p73_d(x[0], x[1]),
    });
}

#[test]
fn test_p74() {
    check(&Case {
        name: "p74",
        n: 4,
        f: |x| p74(x),
        jvp: |x, v| p74_jvp(x, v),
        vjp: |x, s, bar| p74_vjp(x, bar, s),
        grad: |x, g| p74_grad(x, g),
        hvp: |x, v, hv| p74_hvp(x, v, hv),
        dual: |x| p74_d(x),
        hyper: |x| p74_d(x),
    });
}

#[test]
fn test_p75() {
    check(&Case {
        name: "p75",
        n: 4,
        f: |x| p75(&x[..3], x[3]),
        jvp: |x, v| p75_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p75_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p75_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p75_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p75_d(&x[..3], x[3]),
        hyper: |x| p75_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p76() {
    check(&Case {
        name: "p76",
        n: 3,
        f: |x| p76(x[0], x[1], x[2]),
        jvp: |x, v| p76_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p76_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p76_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p76_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p76_d(x[0], x[1], x[2]),
        hyper: |x| p76_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p77() {
    check(&Case {
        name: "p77",
        n: 2,
        f: |x| p77(x[0], x[1]),
        jvp: |x, v| p77_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p77_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p77_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p77_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p77_d(x[0], x[1]),
        hyper: |x| p77_d(x[0], x[1]),
    });
}

#[test]
fn test_p78() {
    check(&Case {
        name: "p78",
        n: 5,
        f: |x| p78(arr(x), x[4]),
        jvp: |x, v| p78_jvp(arr(x), arr(v), x[4], v[4]),
        vjp: |x, s, bar| {
            let (y, a, b) = p78_vjp(arr(x), x[4], s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            bar[4] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p78_grad(arr(x), x[4]);
            g[..4].copy_from_slice(&a);
            g[4] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p78_hvp(arr(x), arr(v), x[4], v[4]);
            hv[..4].copy_from_slice(&a);
            hv[4] = b;
            y
        },
        dual: |x| p78_d(&x[..4], x[4]),
        hyper: |x| p78_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p79() {
    check(&Case {
        name: "p79",
        n: 4,
        f: |x| p79(&x[..3], x[3]),
        jvp: |x, v| p79_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p79_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p79_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p79_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p79_d(&x[..3], x[3]),
        hyper: |x| p79_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p80() {
    check(&Case {
        name: "p80",
        n: 4,
        f: |x| p80(arr(x), x[3], 3),
        jvp: |x, v| p80_jvp(arr(x), arr(v), x[3], v[3], 3),
        vjp: |x, s, bar| {
            let (y, a, b) = p80_vjp(arr(x), x[3], 3, s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            bar[3] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p80_grad(arr(x), x[3], 3);
            g[..3].copy_from_slice(&a);
            g[3] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p80_hvp(arr(x), arr(v), x[3], v[3], 3);
            hv[..3].copy_from_slice(&a);
            hv[3] = b;
            y
        },
        dual: |x| p80_d(&x[..3], x[3], 3),
        hyper: |x| p80_d(&x[..3], x[3], 3),
    });
}

#[test]
fn test_p81() {
    check(&Case {
        name: "p81",
        n: 3,
        f: |x| p81(x[0], x[1], x[2]),
        jvp: |x, v| p81_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p81_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p81_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p81_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p81_d(x[0], x[1], x[2]),
        hyper: |x| p81_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p82() {
    check(&Case {
        name: "p82",
        n: 3,
        f: |x| p82(x[0], x[1], x[2]),
        jvp: |x, v| p82_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p82_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p82_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p82_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p82_d(x[0], x[1], x[2]),
        hyper: |x| p82_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p83() {
    check(&Case {
        name: "p83",
        n: 2,
        f: |x| p83(x[0], x[1]),
        jvp: |x, v| p83_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p83_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p83_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p83_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p83_d(x[0], x[1]),
        hyper: |x| p83_d(x[0], x[1]),
    });
}

#[test]
fn test_p84() {
    check(&Case {
        name: "p84",
        n: 5,
        f: |x| p84(&x[..4], x[4]),
        jvp: |x, v| p84_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p84_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p84_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p84_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p84_d(&x[..4], x[4]),
        hyper: |x| p84_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p85() {
    check(&Case {
        name: "p85",
        n: 5,
        f: |x| p85(&x[..4], x[4]),
        jvp: |x, v| p85_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p85_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p85_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p85_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p85_d(&x[..4], x[4]),
        hyper: |x| p85_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p86() {
    check(&Case {
        name: "p86",
        n: 6,
        f: |x| p86(x),
        jvp: |x, v| p86_jvp(x, v),
        vjp: |x, s, bar| p86_vjp(x, bar, s),
        grad: |x, g| p86_grad(x, g),
        hvp: |x, v, hv| p86_hvp(x, v, hv),
        dual: |x| p86_d(x),
        hyper: |x| p86_d(x),
    });
}

#[test]
fn test_p87() {
    check(&Case {
        name: "p87",
        n: 3,
        f: |x| p87(arr(x)),
        jvp: |x, v| p87_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p87_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p87_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p87_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p87_d(&x[..3]),
        hyper: |x| p87_d(&x[..3]),
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
        f: |x| p89(arr(x)),
        jvp: |x, v| p89_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p89_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p89_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p89_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p89_d(&x[..5]),
        hyper: |x| p89_d(&x[..5]),
    });
}

#[test]
fn test_p90() {
    check(&Case {
        name: "p90",
        n: 5,
        f: |x| p90(x, 3),
        jvp: |x, v| p90_jvp(x, v, 3),
        vjp: |x, s, bar| p90_vjp(x, bar, 3, s),
        grad: |x, g| p90_grad(x, g, 3),
        hvp: |x, v, hv| p90_hvp(x, v, hv, 3),
        dual: |x| p90_d(x, 3),
        hyper: |x| p90_d(x, 3),
    });
}

#[test]
fn test_p91() {
    check(&Case {
        name: "p91",
        n: 4,
        f: |x| p91(&x[..3], x[3], 3),
        jvp: |x, v| p91_jvp(&x[..3], &v[..3], x[3], v[3], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p91_vjp(&x[..3], bx, x[3], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p91_grad(&x[..3], gx, x[3], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p91_hvp(&x[..3], &v[..3], hx, x[3], v[3], 3);
            hy[0] = a;
            y
        },
        dual: |x| p91_d(&x[..3], x[3], 3),
        hyper: |x| p91_d(&x[..3], x[3], 3),
    });
}

#[test]
fn test_p92() {
    check(&Case {
        name: "p92",
        n: 4,
        f: |x| p92(&x[..3], x[3]),
        jvp: |x, v| p92_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p92_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p92_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p92_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p92_d(&x[..3], x[3]),
        hyper: |x| p92_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p93() {
    check(&Case {
        name: "p93",
        n: 3,
        f: |x| p93(x),
        jvp: |x, v| p93_jvp(x, v),
        vjp: |x, s, bar| p93_vjp(x, bar, s),
        grad: |x, g| p93_grad(x, g),
        hvp: |x, v, hv| p93_hvp(x, v, hv),
        dual: |x| p93_d(x),
        hyper: |x| p93_d(x),
    });
}

#[test]
fn test_p94() {
    check(&Case {
        name: "p94",
        n: 5,
        f: |x| p94(arr(x)),
        jvp: |x, v| p94_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p94_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p94_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p94_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p94_d(&x[..5]),
        hyper: |x| p94_d(&x[..5]),
    });
}

#[test]
fn test_p95() {
    check(&Case {
        name: "p95",
        n: 3,
        f: |x| p95(x[0], x[1], x[2]),
        jvp: |x, v| p95_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p95_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p95_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p95_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p95_d(x[0], x[1], x[2]),
        hyper: |x| p95_d(x[0], x[1], x[2]),
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
        n: 2,
        f: |x| p98(x[0], x[1], 3),
        jvp: |x, v| p98_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p98_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p98_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p98_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p98_d(x[0], x[1], 3),
        hyper: |x| p98_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p99() {
    check(&Case {
        name: "p99",
        n: 2,
        f: |x| p99(x[0], x[1]),
        jvp: |x, v| p99_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p99_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p99_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p99_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p99_d(x[0], x[1]),
        hyper: |x| p99_d(x[0], x[1]),
    });
}

#[test]
fn test_p100() {
    check(&Case {
        name: "p100",
        n: 6,
        f: |x| p100(arr(x)),
        jvp: |x, v| p100_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p100_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p100_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p100_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p100_d(&x[..6]),
        hyper: |x| p100_d(&x[..6]),
    });
}

#[test]
fn test_p101() {
    check(&Case {
        name: "p101",
        n: 3,
        f: |x| p101(x[0], x[1], x[2], 3),
        jvp: |x, v| p101_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p101_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p101_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p101_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p101_d(x[0], x[1], x[2], 3),
        hyper: |x| p101_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p102() {
    check(&Case {
        name: "p102",
        n: 2,
        f: |x| p102(x[0], x[1]),
        jvp: |x, v| p102_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p102_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p102_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p102_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p102_d(x[0], x[1]),
        hyper: |x| p102_d(x[0], x[1]),
    });
}

#[test]
fn test_p103() {
    check(&Case {
        name: "p103",
        n: 3,
        f: |x| p103(x),
        jvp: |x, v| p103_jvp(x, v),
        vjp: |x, s, bar| p103_vjp(x, bar, s),
        grad: |x, g| p103_grad(x, g),
        hvp: |x, v, hv| p103_hvp(x, v, hv),
        dual: |x| p103_d(x),
        hyper: |x| p103_d(x),
    });
}

#[test]
fn test_p104() {
    check(&Case {
        name: "p104",
        n: 3,
        f: |x| p104(x[0], x[1], x[2]),
        jvp: |x, v| p104_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p104_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p104_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p104_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p104_d(x[0], x[1], x[2]),
        hyper: |x| p104_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p105() {
    check(&Case {
        name: "p105",
        n: 3,
        f: |x| p105(x[0], x[1], x[2]),
        jvp: |x, v| p105_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p105_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p105_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p105_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p105_d(x[0], x[1], x[2]),
        hyper: |x| p105_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p106() {
    check(&Case {
        name: "p106",
        n: 3,
        f: |x| p106(x[0], x[1], x[2]),
        jvp: |x, v| p106_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p106_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p106_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p106_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p106_d(x[0], x[1], x[2]),
        hyper: |x| p106_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p107() {
    check(&Case {
        name: "p107",
        n: 6,
        f: |x| p107(x),
        jvp: |x, v| p107_jvp(x, v),
        vjp: |x, s, bar| p107_vjp(x, bar, s),
        grad: |x, g| p107_grad(x, g),
        hvp: |x, v, hv| p107_hvp(x, v, hv),
        dual: |x| p107_d(x),
        hyper: |x| p107_d(x),
    });
}

#[test]
fn test_p108() {
    check(&Case {
        name: "p108",
        n: 5,
        f: |x| p108(x),
        jvp: |x, v| p108_jvp(x, v),
        vjp: |x, s, bar| p108_vjp(x, bar, s),
        grad: |x, g| p108_grad(x, g),
        hvp: |x, v, hv| p108_hvp(x, v, hv),
        dual: |x| p108_d(x),
        hyper: |x| p108_d(x),
    });
}

#[test]
fn test_p109() {
    check(&Case {
        name: "p109",
        n: 4,
        f: |x| p109(&x[..3], x[3]),
        jvp: |x, v| p109_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p109_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p109_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p109_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p109_d(&x[..3], x[3]),
        hyper: |x| p109_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p110() {
    check(&Case {
        name: "p110",
        n: 5,
        f: |x| p110(arr(x), 3),
        jvp: |x, v| p110_jvp(arr(x), arr(v), 3),
        vjp: |x, s, bar| {
            let (y, a) = p110_vjp(arr(x), 3, s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p110_grad(arr(x), 3);
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p110_hvp(arr(x), arr(v), 3);
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p110_d(&x[..5], 3),
        hyper: |x| p110_d(&x[..5], 3),
    });
}

#[test]
fn test_p111() {
    check(&Case {
        name: "p111",
        n: 3,
        f: |x| p111(x[0], x[1], x[2]),
        jvp: |x, v| p111_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p111_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p111_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p111_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p111_d(x[0], x[1], x[2]),
        hyper: |x| p111_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p112() {
    check(&Case {
        name: "p112",
        n: 3,
        f: |x| p112(arr(x), 3),
        jvp: |x, v| p112_jvp(arr(x), arr(v), 3),
        vjp: |x, s, bar| {
            let (y, a) = p112_vjp(arr(x), 3, s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p112_grad(arr(x), 3);
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p112_hvp(arr(x), arr(v), 3);
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p112_d(&x[..3], 3),
        hyper: |x| p112_d(&x[..3], 3),
    });
}

#[test]
fn test_p113() {
    check(&Case {
        name: "p113",
        n: 7,
        f: |x| p113(&x[..6], x[6]),
        jvp: |x, v| p113_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p113_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p113_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p113_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p113_d(&x[..6], x[6]),
        hyper: |x| p113_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p114() {
    check(&Case {
        name: "p114",
        n: 4,
        f: |x| p114(x),
        jvp: |x, v| p114_jvp(x, v),
        vjp: |x, s, bar| p114_vjp(x, bar, s),
        grad: |x, g| p114_grad(x, g),
        hvp: |x, v, hv| p114_hvp(x, v, hv),
        dual: |x| p114_d(x),
        hyper: |x| p114_d(x),
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
        f: |x| p117(x[0], x[1], 3),
        jvp: |x, v| p117_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p117_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p117_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p117_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p117_d(x[0], x[1], 3),
        hyper: |x| p117_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p118() {
    check(&Case {
        name: "p118",
        n: 3,
        f: |x| p118(x[0], x[1], x[2]),
        jvp: |x, v| p118_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p118_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p118_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p118_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p118_d(x[0], x[1], x[2]),
        hyper: |x| p118_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p119() {
    check(&Case {
        name: "p119",
        n: 4,
        f: |x| p119(x, 3),
        jvp: |x, v| p119_jvp(x, v, 3),
        vjp: |x, s, bar| p119_vjp(x, bar, 3, s),
        grad: |x, g| p119_grad(x, g, 3),
        hvp: |x, v, hv| p119_hvp(x, v, hv, 3),
        dual: |x| p119_d(x, 3),
        hyper: |x| p119_d(x, 3),
    });
}

#[test]
fn test_p120() {
    check(&Case {
        name: "p120",
        n: 2,
        f: |x| p120(x[0], x[1]),
        jvp: |x, v| p120_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p120_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p120_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p120_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p120_d(x[0], x[1]),
        hyper: |x| p120_d(x[0], x[1]),
    });
}

#[test]
fn test_p121() {
    check(&Case {
        name: "p121",
        n: 3,
        f: |x| p121(arr(x)),
        jvp: |x, v| p121_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p121_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p121_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p121_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p121_d(&x[..3]),
        hyper: |x| p121_d(&x[..3]),
    });
}

#[test]
fn test_p122() {
    check(&Case {
        name: "p122",
        n: 3,
        f: |x| p122(x[0], x[1], x[2]),
        jvp: |x, v| p122_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p122_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p122_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p122_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p122_d(x[0], x[1], x[2]),
        hyper: |x| p122_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p123() {
    check(&Case {
        name: "p123",
        n: 5,
        f: |x| p123(x),
        jvp: |x, v| p123_jvp(x, v),
        vjp: |x, s, bar| p123_vjp(x, bar, s),
        grad: |x, g| p123_grad(x, g),
        hvp: |x, v, hv| p123_hvp(x, v, hv),
        dual: |x| p123_d(x),
        hyper: |x| p123_d(x),
    });
}

#[test]
fn test_p124() {
    check(&Case {
        name: "p124",
        n: 5,
        f: |x| p124(x),
        jvp: |x, v| p124_jvp(x, v),
        vjp: |x, s, bar| p124_vjp(x, bar, s),
        grad: |x, g| p124_grad(x, g),
        hvp: |x, v, hv| p124_hvp(x, v, hv),
        dual: |x| p124_d(x),
        hyper: |x| p124_d(x),
    });
}

#[test]
fn test_p125() {
    check(&Case {
        name: "p125",
        n: 3,
        f: |x| p125(arr(x)),
        jvp: |x, v| p125_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p125_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p125_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p125_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p125_d(&x[..3]),
        hyper: |x| p125_d(&x[..3]),
    });
}

#[test]
fn test_p126() {
    check(&Case {
        name: "p126",
        n: 2,
        f: |x| p126(x[0], x[1]),
        jvp: |x, v| p126_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p126_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p126_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p126_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p126_d(x[0], x[1]),
        hyper: |x| p126_d(x[0], x[1]),
    });
}

#[test]
fn test_p127() {
    check(&Case {
        name: "p127",
        n: 5,
        f: |x| p127(x),
        jvp: |x, v| p127_jvp(x, v),
        vjp: |x, s, bar| p127_vjp(x, bar, s),
        grad: |x, g| p127_grad(x, g),
        hvp: |x, v, hv| p127_hvp(x, v, hv),
        dual: |x| p127_d(x),
        hyper: |x| p127_d(x),
    });
}

#[test]
fn test_p128() {
    check(&Case {
        name: "p128",
        n: 3,
        f: |x| p128(x),
        jvp: |x, v| p128_jvp(x, v),
        vjp: |x, s, bar| p128_vjp(x, bar, s),
        grad: |x, g| p128_grad(x, g),
        hvp: |x, v, hv| p128_hvp(x, v, hv),
        dual: |x| p128_d(x),
        hyper: |x| p128_d(x),
    });
}

#[test]
fn test_p129() {
    check(&Case {
        name: "p129",
        n: 3,
        f: |x| p129(x[0], x[1], x[2]),
        jvp: |x, v| p129_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p129_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p129_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p129_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p129_d(x[0], x[1], x[2]),
        hyper: |x| p129_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p130() {
    check(&Case {
        name: "p130",
        n: 3,
        f: |x| p130(x[0], x[1], x[2]),
        jvp: |x, v| p130_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p130_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p130_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p130_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p130_d(x[0], x[1], x[2]),
        hyper: |x| p130_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p131() {
    check(&Case {
        name: "p131",
        n: 6,
        f: |x| p131(x),
        jvp: |x, v| p131_jvp(x, v),
        vjp: |x, s, bar| p131_vjp(x, bar, s),
        grad: |x, g| p131_grad(x, g),
        hvp: |x, v, hv| p131_hvp(x, v, hv),
        dual: |x| p131_d(x),
        hyper: |x| p131_d(x),
    });
}

#[test]
fn test_p132() {
    check(&Case {
        name: "p132",
        n: 3,
        f: |x| p132(x[0], x[1], x[2]),
        jvp: |x, v| p132_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p132_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p132_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p132_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p132_d(x[0], x[1], x[2]),
        hyper: |x| p132_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p133() {
    check(&Case {
        name: "p133",
        n: 6,
        f: |x| p133(&x[..5], x[5]),
        jvp: |x, v| p133_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p133_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p133_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p133_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p133_d(&x[..5], x[5]),
        hyper: |x| p133_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p134() {
    check(&Case {
        name: "p134",
        n: 2,
        f: |x| p134(x[0], x[1]),
        jvp: |x, v| p134_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p134_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p134_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p134_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p134_d(x[0], x[1]),
        hyper: |x| p134_d(x[0], x[1]),
    });
}

#[test]
fn test_p135() {
    check(&Case {
        name: "p135",
        n: 2,
        f: |x| p135(x[0], x[1], 3),
        jvp: |x, v| p135_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p135_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p135_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p135_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p135_d(x[0], x[1], 3),
        hyper: |x| p135_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p136() {
    check(&Case {
        name: "p136",
        n: 2,
        f: |x| p136(x[0], x[1]),
        jvp: |x, v| p136_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p136_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p136_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p136_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p136_d(x[0], x[1]),
        hyper: |x| p136_d(x[0], x[1]),
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
        n: 5,
        f: |x| p138(&x[..4], x[4]),
        jvp: |x, v| p138_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p138_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p138_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p138_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p138_d(&x[..4], x[4]),
        hyper: |x| p138_d(&x[..4], x[4]),
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
fn test_p140() {
    check(&Case {
        name: "p140",
        n: 3,
        f: |x| p140(x[0], x[1], x[2]),
        jvp: |x, v| p140_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p140_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p140_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p140_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p140_d(x[0], x[1], x[2]),
        hyper: |x| p140_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p141() {
    check(&Case {
        name: "p141",
        n: 6,
        f: |x| p141(&x[..5], x[5]),
        jvp: |x, v| p141_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p141_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p141_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p141_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p141_d(&x[..5], x[5]),
        hyper: |x| p141_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p142() {
    check(&Case {
        name: "p142",
        n: 2,
        f: |x| p142(x[0], x[1]),
        jvp: |x, v| p142_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p142_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p142_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p142_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p142_d(x[0], x[1]),
        hyper: |x| p142_d(x[0], x[1]),
    });
}

#[test]
fn test_p143() {
    check(&Case {
        name: "p143",
        n: 6,
        f: |x| p143(x),
        jvp: |x, v| p143_jvp(x, v),
        vjp: |x, s, bar| p143_vjp(x, bar, s),
        grad: |x, g| p143_grad(x, g),
        hvp: |x, v, hv| p143_hvp(x, v, hv),
        dual: |x| p143_d(x),
        hyper: |x| p143_d(x),
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
        n: 3,
        f: |x| p145(x[0], x[1], x[2], 3),
        jvp: |x, v| p145_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p145_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p145_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p145_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p145_d(x[0], x[1], x[2], 3),
        hyper: |x| p145_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p146() {
    check(&Case {
        name: "p146",
        n: 4,
        f: |x| p146(&x[..3], x[3]),
        jvp: |x, v| p146_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p146_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p146_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p146_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p146_d(&x[..3], x[3]),
        hyper: |x| p146_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p147() {
    check(&Case {
        name: "p147",
        n: 5,
        f: |x| p147(&x[..4], x[4]),
        jvp: |x, v| p147_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p147_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p147_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p147_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p147_d(&x[..4], x[4]),
        hyper: |x| p147_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p148() {
    check(&Case {
        name: "p148",
        n: 3,
        f: |x| p148(x[0], x[1], x[2]),
        jvp: |x, v| p148_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p148_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p148_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p148_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p148_d(x[0], x[1], x[2]),
        hyper: |x| p148_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p149() {
    check(&Case {
        name: "p149",
        n: 3,
        f: |x| p149(x[0], x[1], x[2]),
        jvp: |x, v| p149_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p149_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p149_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p149_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p149_d(x[0], x[1], x[2]),
        hyper: |x| p149_d(x[0], x[1], x[2]),
    });
}
