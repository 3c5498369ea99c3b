//! Property test: 150 random programs from the grammar of issue 2, generated ahead of time.
//!
//! Each `pN` is annotated with `#[differentiable]`; `pN_d` is its twin over num-dual's `DualNum`
//! (num-dual's types do not implement `num_traits::Float`). Every mode (`_jvp`, `_vjp`, `_grad`,
//! `_hvp`) is compared at 3 seeded random points with num-dual (`Dual64` for first derivatives,
//! `HyperDual64` for H v) to a relative 1e-9, and with central finite differences as a sanity check.
//!
//! GENERATED, do not edit. Regenerate with:
//!     python3 tests/random/gen.py --count 150 --seed 4 --out tests/random_programs_seed4.rs
//! (generator seed 4; see tests/random/README.md for generating many more programs).

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
fn p0<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let mut s1 = c::<T>(0.0);
    for i2 in 0..x.len() {
        let a3 = T::powf(
            T::from(1.5).unwrap()
                + ((((c::<T>(1.0)) + (x[i2] * x[i2])).powf(Float::atan(c::<T>(W[i2])))).tanh()),
            y,
        );
        if s1 / Float::hypot(y, c::<T>(1.0)) >= c::<T>(-0.88) {
            break;
        }
        s1 /= (c::<T>(2.0)) + ((c::<T>(V[i2])).sin());
        s1 *= T::one() + ((c::<T>(0.3)) * Float::sin(s1 + y.hypot(c::<T>(1.0)).log2()));
    }
    let mut m4: T = s1 - s1;
    let mut m5: T = -T::from(0.5).unwrap();
    let mut m7: T = {
        let t6 = m4 + (c::<T>(ALPHA));
        s1.cos().exp2()
    };
    let a8 = s1;
    ((((s1 + m4) * m5) - m7) + a8) + x[2]
}

fn p0_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..x.len() {
        let a3 = (y
            * ((k::<D>(1.5))
                + (((((k::<D>(W[i2])).atan()) * ((k::<D>(1.0)) + (x[i2] * x[i2])).ln()).exp())
                    .tanh()))
            .ln())
        .exp();
        if (s1 / ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re() >= (k::<D>(-0.88)).re() {
            break;
        }
        s1 /= (k::<D>(2.0)) + ((k::<D>(V[i2])).sin());
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((s1 + (((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2())).sin()));
    }
    let mut m4: D = s1 - s1;
    let mut m5: D = -(k::<D>(0.5));
    let mut m7: D = {
        let t6 = m4 + (k::<D>(ALPHA));
        s1.cos().exp2()
    };
    let a8 = s1;
    ((((s1 + m4) * m5) - m7) + a8) + x[2]
}

#[differentiable]
fn p1<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1 = x[1];
    let (u2, w3) = (
        x[2],
        if (c::<T>(0.3)) + a1
            < (T::from(2.0).unwrap() + a1.sin())
                .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * a1.sin())).exp())
        {
            x[1].exp().log10()
        } else {
            a1 + a1
        },
    );
    let mut s4: T = c::<T>(0.0);
    for i5 in 0..x.len() {
        let a6 = a1
            .sin()
            .mul_add(s4.atan(), x[i5] + (c::<T>(core::f64::consts::PI)))
            .cos()
            * (((T::one() + (T::atan(s4) * s4.atan())).powf(
                (((c::<T>(0.5))
                    + (((c::<T>(1.0)) + ((c::<T>(W[i5])) * (c::<T>(W[i5]))))
                        * (T::one() + ((c::<T>(W[i5])) * (c::<T>(W[i5]))))))
                .ln_1p())
                .cos(),
            ))
            .tanh());
        let a7 = if x[i5].powi(3) >= x[i5].hypot((c::<T>(0.5)) + (a1 * a1)) && a6 >= c::<T>(0.7) {
            T::cbrt(Float::hypot(a6, c::<T>(1.0)))
        } else {
            (c::<T>(-0.777)).atan()
        };
        s4 += (if i5 % 2 == 0 {
            T::abs(x[i5])
        } else {
            (c::<T>(-1.281)) * u2
        })
        .atan();
        if Float::sin(s4)
            .cosh()
            .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * Float::sin((c::<T>(V[i5])).atan()))).exp())
            > c::<T>(0.25)
        {
            continue;
        }
        s4 = ((c::<T>(0.5)) * s4)
            + Float::tanh({
                let t8 = x[i5];
                a1
            });
    }
    (((a1 - u2) + w3) * s4) + x[2]
}

fn p1_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[1];
    let (u2, w3) = (
        x[2],
        if ((k::<D>(0.3)) + a1).re()
            < (((k::<D>(2.0)) + a1.sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin())).exp()).ln())
            .re()
        {
            x[1].exp().log10()
        } else {
            a1 + a1
        },
    );
    let mut s4: D = k::<D>(0.0);
    for i5 in 0..x.len() {
        let a6 = ((a1.sin() * s4.atan() + (x[i5] + (k::<D>(core::f64::consts::PI)))).cos())
            * (((((((k::<D>(0.5))
                + (((k::<D>(1.0)) + ((k::<D>(W[i5])) * (k::<D>(W[i5]))))
                    * ((k::<D>(1.0)) + ((k::<D>(W[i5])) * (k::<D>(W[i5]))))))
            .ln_1p())
            .cos())
                * ((k::<D>(1.0)) + (s4.atan() * s4.atan())).ln())
            .exp())
            .tanh());
        let a7 = if x[i5].powi(3).re()
            >= ((x[i5] * x[i5] + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1))).sqrt())
                .re()
            && a6.re() >= (k::<D>(0.7)).re()
        {
            ((a6 * a6 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt()
        } else {
            (k::<D>(-0.777)).atan()
        };
        s4 += (if i5 % 2 == 0 {
            x[i5].abs()
        } else {
            (k::<D>(-1.281)) * u2
        })
        .atan();
        if (s4.sin().cosh().ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(V[i5])).atan()).sin()))).exp()).ln())
        .re()
            > (k::<D>(0.25)).re()
        {
            continue;
        }
        s4 = ((k::<D>(0.5)) * s4)
            + (({
                let t8 = x[i5];
                a1
            })
            .tanh());
    }
    (((a1 - u2) + w3) * s4) + x[2]
}

#[differentiable]
fn p2(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = 1.95;
    let mut m2 = Float::asinh(a1);
    let a1: f64 = x0;
    let a3 = x2.max(-0.844);
    let mut s4 = 0.0_f64;
    for i5 in 2..=6 {
        s4 += (x2 - (-1.3)).cos();
        let mut m6: f64 = -1.4;
        m2 /= f64::cosh(x2);
    }
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let a8 = ((-s4).abs()).min(x2.mul_add((i7 as f64), W[i7]).tanh().exp().cbrt());
        m2 += m2.tanh();
        s4 = ((0.7 * s4) + Float::asin(0.9 * x0.sin())).sin();
    }
    let mut s9: f64 = 0.0;
    for i10 in 2..5 {
        let mut s11 = 1.0_f64;
        for i12 in (i10 + 1)..8 {
            let a13 = s4;
            let a14 = f64::max(a13, x1).clamp(-0.59, 1.05);
            let a15 = if (2.0_f64 + a14.sin()).powi(-1) < -0.32 {
                x1
            } else {
                -0.814f64
            };
            s4 = (0.5_f64 * s4)
                + (((0.5
                    + ((1.0 + ((i10 as f64) * (i10 as f64)))
                        * (1.0 + ((i10 as f64) * (i10 as f64)))))
                    .ln_1p())
                .atan());
        }
        let mut s16: f64 = 0.0;
        for i17 in (i10 + 1)..8 {
            let a18 = (2.0f64 + a3.sin()).recip();
            m2 += (m2 - 0.71_f64).atan();
            if i17 != 8 {
                continue;
            }
            s4 = (0.5 * s4) + x0.tanh();
        }
        if i10 < 1 {
            break;
        }
        s11 /= 2.0_f64 + x0.sin();
    }
    Float::tanh(0.001 * ((((m2 + a1) + a3) + s4) + s9))
}

fn p2_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = k::<D>(1.95);
    let mut m2 = a1.asinh();
    let a1: D = x0;
    let a3 = dmax(x2, k::<D>(-0.844));
    let mut s4 = k::<D>(0.0);
    for i5 in 2..=6 {
        s4 += (x2 - (k::<D>(-1.3))).cos();
        let mut m6: D = k::<D>(-1.4);
        m2 /= x2.cosh();
    }
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let a8 = dmin(
            (-s4).abs(),
            (((x2 * (k::<D>(i7 as f64)) + (k::<D>(W[i7]))).tanh()).exp()).cbrt(),
        );
        m2 += m2.tanh();
        s4 = (((k::<D>(0.7)) * s4) + (((k::<D>(0.9)) * x0.sin()).asin())).sin();
    }
    let mut s9: D = k::<D>(0.0);
    for i10 in 2..5 {
        let mut s11 = k::<D>(1.0);
        for i12 in (i10 + 1)..8 {
            let a13 = s4;
            let a14 = dclamp(dmax(a13, x1), k::<D>(-0.59), k::<D>(1.05));
            let a15 = if (((k::<D>(2.0)) + a14.sin()).powi(-1)).re() < (k::<D>(-0.32)).re() {
                x1
            } else {
                k::<D>(-0.814)
            };
            s4 = ((k::<D>(0.5)) * s4)
                + ((((k::<D>(0.5))
                    + (((k::<D>(1.0)) + ((k::<D>(i10 as f64)) * (k::<D>(i10 as f64))))
                        * ((k::<D>(1.0)) + ((k::<D>(i10 as f64)) * (k::<D>(i10 as f64))))))
                .ln_1p())
                .atan());
        }
        let mut s16: D = k::<D>(0.0);
        for i17 in (i10 + 1)..8 {
            let a18 = ((k::<D>(2.0)) + a3.sin()).recip();
            m2 += (m2 - (k::<D>(0.71))).atan();
            if i17 != 8 {
                continue;
            }
            s4 = ((k::<D>(0.5)) * s4) + x0.tanh();
        }
        if i10 < 1 {
            break;
        }
        s11 /= (k::<D>(2.0)) + x0.sin();
    }
    ((k::<D>(0.001)) * ((((m2 + a1) + a3) + s4) + s9)).tanh()
}

#[differentiable]
fn p3<T: Float>(x0: T, x1: T) -> T {
    let mut s1: T = c::<T>(0.5);
    for i2 in 2..=5 {
        let mut m3 = T::acos(
            (c::<T>(0.9))
                * T::powf(
                    (c::<T>(1.0)) + (s1.atan().cosh().sin() * T::cosh(s1.atan()).sin()),
                    x1.hypot((c::<T>(0.5)) + ((c::<T>(i2 as f64)) * (c::<T>(i2 as f64))))
                        .sin(),
                )
                .sin()
                .sin(),
        );
        let mut m4: T = x1 * x0;
        let a5 = T::tanh(m3 + s1) * T::atan((c::<T>(i2 as f64)).hypot((c::<T>(0.5)) + (x0 * x0)));
        s1 = s1 - ((Float::trunc(c::<T>(-2.0)) * Float::tanh(m3)).tanh());
    }
    if (c::<T>(1.566)) - x1 < s1 {
        s1 = s1
            + T::cosh(
                ((((c::<T>(0.5))
                    + ((T::from(2.0).unwrap() + Float::sin(s1)) * ((c::<T>(2.0)) + s1.sin())))
                .ln_1p())
                    / ((c::<T>(1.5)) + s1.tanh()))
                .tanh(),
            );
    } else {
        s1 = ((c::<T>(0.5)) * s1) + x1;
    }
    let a6 =
        x0 * (T::from(-1.3).unwrap() / (T::one() + (T::from(-0.759).unwrap() * (c::<T>(-0.759)))));
    let a7 = ((T::one()
        + ((((c::<T>(1.0)) + (T::from(-0.271).unwrap() * T::from(-0.271).unwrap())).ln())
            * T::ln(T::one() + ((c::<T>(-0.271)) * (c::<T>(-0.271))))))
    .ln())
        + (-x0);
    let mut m8: T =
        Float::ln_1p((c::<T>(0.5)) + (((c::<T>(2.0)) + a6.sin()) * ((c::<T>(2.0)) + a6.sin())))
            - (a6 + x0);
    (((x1 + s1) + a6) + a7) + m8
}

fn p3_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 2..=5 {
        let mut m3 = ((k::<D>(0.9))
            * (((((((x1 * x1
                + ((k::<D>(0.5)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64))))
                    * ((k::<D>(0.5)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64)))))
            .sqrt())
            .sin())
                * ((k::<D>(1.0)) + (s1.atan().cosh().sin() * s1.atan().cosh().sin())).ln())
            .exp())
            .sin())
            .sin()))
        .acos();
        let mut m4: D = x1 * x0;
        let a5 = ((m3 + s1).tanh())
            * ((((k::<D>(i2 as f64)) * (k::<D>(i2 as f64))
                + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
                .sqrt())
            .atan());
        s1 -= ((k::<D>((k::<D>(-2.0)).re().trunc())) * m3.tanh()).tanh();
    }
    if ((k::<D>(1.566)) - x1).re() < s1.re() {
        s1 += (((((k::<D>(0.5)) + (((k::<D>(2.0)) + s1.sin()) * ((k::<D>(2.0)) + s1.sin())))
            .ln_1p())
            / ((k::<D>(1.5)) + s1.tanh()))
        .tanh())
        .cosh();
    } else {
        s1 = ((k::<D>(0.5)) * s1) + x1;
    }
    let a6 = x0 * ((k::<D>(-1.3)) / ((k::<D>(1.0)) + ((k::<D>(-0.759)) * (k::<D>(-0.759)))));
    let a7 = (((k::<D>(1.0))
        + ((((k::<D>(1.0)) + ((k::<D>(-0.271)) * (k::<D>(-0.271)))).ln())
            * (((k::<D>(1.0)) + ((k::<D>(-0.271)) * (k::<D>(-0.271)))).ln())))
    .ln())
        + (-x0);
    let mut m8: D = (((k::<D>(0.5)) + (((k::<D>(2.0)) + a6.sin()) * ((k::<D>(2.0)) + a6.sin())))
        .ln_1p())
        - (a6 + x0);
    (((x1 + s1) + a6) + a7) + m8
}

#[differentiable]
fn p4(x: [f64; 5]) -> f64 {
    let a2 = {
        let t1 = (0.9 * f64::sin(ALPHA).tanh()).acos();
        x[1] / (1.0f64 + (t1 * t1))
    };
    let mut s3 = 1.0f64;
    for i4 in 1..2 {
        for i5 in 0..x.len() {
            let a2 = f64::atan({
                let t6 = a2.exp().powi(-2);
                t6.cos() * a2
            })
            .exp2();
            let a7: f64 = Float::sinh((x[i5] + s3).sin());
            if i5 > 4 {
                break;
            }
            s3 -= std::f64::consts::E.tanh();
        }
        if i4 < 2 {
            s3 = s3.max(s3.tanh());
        }
        s3 = (0.5 * s3) + x[1].cos();
        s3 *= 1.0 + (0.3 * ((x[4].exp_m1() * ((i4 as f64) * a2)).sin()));
    }
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let a9: f64 = x[2] * x[4];
        let (u10, w11) = (
            x[3] + x[3].clamp(-0.29, 1.13_f64),
            Float::acos(
                0.9 * Float::tanh(
                    (1.1 + (((i8 as f64).hypot(1.0_f64)) * ((i8 as f64).hypot(1.0)))).acosh(),
                ),
            ),
        );
        let a12 = w11.min(w11);
        s3 = (0.5 * s3) + (((1.1f64 + ((1.0 + (a9 * a9)) * (1.0_f64 + (a9 * a9)))).acosh()).atan());
        s3 = Float::max(s3, Float::sin(((2.0 + s3.sin()).log2()) * f64::cos(x[1])));
    }
    let a13 = if (0.9 * x[4].sin()).asin() <= a2.exp2() {
        Float::exp(a2.atan()).powf(s3.sin())
    } else {
        x[1].powi(3).tanh()
    };
    let a14 = if f64::asin(0.9 * a2.tanh()) < -0.0 {
        x[3]
    } else {
        x[3].hypot(1.0f64)
            .log((0.5 + (0.4 * 1.511.atan().sin())).exp())
    };
    for i15 in x.iter() {
        let a16 = 0.3 * ((*i15) * x[3]);
        s3 *= 1.0 + (0.3 * Float::cos((((1.0 + (s3.atan() * s3.atan())).log10()).tanh()).exp()));
        s3 -= Float::atanh(0.9 * f64::sin(-a16)).atan();
    }
    s3 -= Float::sin(a14.min(s3)).sinh();
    (0.001 * ((((a2 + s3) + a13) + a14) + x[2])).tanh()
}

fn p4_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a2 = {
        let t1 = ((k::<D>(0.9)) * (((k::<D>(ALPHA)).sin()).tanh())).acos();
        x[1] / ((k::<D>(1.0)) + (t1 * t1))
    };
    let mut s3 = k::<D>(1.0);
    for i4 in 1..2 {
        for i5 in 0..x.len() {
            let a2 = (({
                let t6 = a2.exp().powi(-2);
                t6.cos() * a2
            })
            .atan())
            .exp2();
            let a7: D = ((x[i5] + s3).sin()).sinh();
            if i5 > 4 {
                break;
            }
            s3 -= (k::<D>(std::f64::consts::E)).tanh();
        }
        if i4 < 2 {
            s3 = dmax(s3, s3.tanh());
        }
        s3 = ((k::<D>(0.5)) * s3) + x[1].cos();
        s3 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x[4].exp_m1() * ((k::<D>(i4 as f64)) * a2)).sin()));
    }
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let a9: D = x[2] * x[4];
        let (u10, w11) = (
            x[3] + dclamp(x[3], k::<D>(-0.29), k::<D>(1.13)),
            ((k::<D>(0.9))
                * ((((k::<D>(1.1))
                    + ((((k::<D>(i8 as f64)) * (k::<D>(i8 as f64))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                        * (((k::<D>(i8 as f64)) * (k::<D>(i8 as f64))
                            + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())))
                .acosh())
                .tanh()))
            .acos(),
        );
        let a12 = dmin(w11, w11);
        s3 = ((k::<D>(0.5)) * s3)
            + ((((k::<D>(1.1)) + (((k::<D>(1.0)) + (a9 * a9)) * ((k::<D>(1.0)) + (a9 * a9))))
                .acosh())
            .atan());
        s3 = dmax(s3, ((((k::<D>(2.0)) + s3.sin()).log2()) * x[1].cos()).sin());
    }
    let a13 = if (((k::<D>(0.9)) * x[4].sin()).asin()).re() <= a2.exp2().re() {
        (s3.sin() * a2.atan().exp().ln()).exp()
    } else {
        x[1].powi(3).tanh()
    };
    let a14 = if (((k::<D>(0.9)) * a2.tanh()).asin()).re() < (k::<D>(-0.0)).re() {
        x[3]
    } else {
        (((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(1.511)).atan()).sin()))).exp()).ln())
    };
    for i15 in x {
        let a16 = (k::<D>(0.3)) * ((*i15) * x[3]);
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(1.0)) + (s3.atan() * s3.atan())).log10()).tanh()).exp()).cos()));
        s3 -= (((k::<D>(0.9)) * ((-a16).sin())).atanh()).atan();
    }
    s3 -= dmin(a14, s3).sin().sinh();
    ((k::<D>(0.001)) * ((((a2 + s3) + a13) + a14) + x[2])).tanh()
}

#[differentiable]
fn p5(x0: f64, x1: f64) -> f64 {
    let a1 = (x1 * x1) / (1.0 + ((x1 * x1) * (x1 * x1)));
    let mut m2: f64 = p3(a1.sin(), -1.1);
    m2 += (((x0 - a1) / a1.sin().exp()).sin()).powi(1);
    let (u3, w4) = (
        ((2.0_f64 + (((-1.318f64) - (-0.74)).sin())).log2()) + (0.6.cosh() - 0.7_f64),
        f64::tanh(m2).exp().sqrt() / (2.0_f64 + x0.atan2(0.5 + (x1 * x1)).asinh().sin()),
    );
    let a1 = -a1.mul_add(Float::tanh(u3), m2);
    for i5 in 2..6 {
        let (u6, w7) = (1.0f64.exp2(), a1);
        let mut m8 = -0.3;
        m2 *= 1.0
            + (0.3
                * Float::sin(
                    (1.1_f64
                        + ((1.0 + (w4.atan() * f64::atan(w4)))
                            * (1.0 + (f64::atan(w4) * f64::atan(w4)))))
                    .acosh(),
                ));
        m2 = (0.5_f64 * m2) + f64::sin(((a1 / (1.0 + (w4.cos() * w4.cos()))).tanh()).cosh());
    }
    (((x1 * m2) * u3) + w4) + a1
}

fn p5_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = (x1 * x1) / ((k::<D>(1.0)) + ((x1 * x1) * (x1 * x1)));
    let mut m2: D = p3_d(a1.sin(), k::<D>(-1.1));
    m2 += (((x0 - a1) / a1.sin().exp()).sin()).powi(1);
    let (u3, w4) = (
        (((k::<D>(2.0)) + (((k::<D>(-1.318)) - (k::<D>(-0.74))).sin())).log2())
            + (((k::<D>(0.6)).cosh()) - (k::<D>(0.7))),
        m2.tanh().exp().sqrt()
            / ((k::<D>(2.0)) + datan2(x0, (k::<D>(0.5)) + (x1 * x1)).asinh().sin()),
    );
    let a1 = -(a1 * u3.tanh() + m2);
    for i5 in 2..6 {
        let (u6, w7) = ((k::<D>(1.0)).exp2(), a1);
        let mut m8 = k::<D>(-0.3);
        m2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + (((k::<D>(1.0)) + (w4.atan() * w4.atan()))
                        * ((k::<D>(1.0)) + (w4.atan() * w4.atan()))))
                .acosh())
                .sin()));
        m2 = ((k::<D>(0.5)) * m2)
            + ((((a1 / ((k::<D>(1.0)) + (w4.cos() * w4.cos()))).tanh()).cosh()).sin());
    }
    (((x1 * m2) * u3) + w4) + a1
}

#[differentiable]
fn p6<T: Float + NumAssign>(x: &[T], nk: usize) -> T {
    let a1: T = c::<T>(ALPHA);
    let mut s2: T = c::<T>(0.5);
    for i3 in 0..nk {
        let (u4, w5) = (Float::sin(a1).mul_add(a1.tanh(), a1) - (-a1), s2);
        let (u6, w7) = (
            ((c::<T>(0.9)) * T::sin(s2.atan().exp().powf(u4.max(a1).tanh()).atan())).atanh(),
            T::asinh(
                (((c::<T>(2.0)) + s2.sin()).log(
                    (T::from(0.5).unwrap()
                        + ((c::<T>(0.4)) * Float::sin(T::atan(c::<T>(i3 as f64)))))
                    .exp(),
                ))
                .tanh(),
            ),
        );
        s2 -= ((c::<T>(core::f64::consts::PI)) * (w7 - (c::<T>(i3 as f64)))).sin();
        s2 = ((c::<T>(0.5)) * s2)
            + T::cos(a1.atan().exp().log10() * p3(x[0], (c::<T>(W[i3])).sin()));
    }
    let (u8, w9) = (
        ((c::<T>(1.0)) + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))).log2(),
        (c::<T>(-1.5)).powi(3),
    );
    if x[3] + (c::<T>(2.0)) <= Float::cos(w9) {
        return T::mul_add(
            {
                let t10 = u8;
                c::<T>(1.792)
            },
            w9.atan(),
            ((c::<T>(1.0)) + (x[3] * x[3])).cbrt(),
        );
    }
    let mut s11 = c::<T>(1.0);
    let mut i12 = 0;
    while i12 < 3 {
        i12 += 1;
        s11 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * ((if !(s2 >= c::<T>(V[i12])) { a1 } else { w9 }).sin()));
        let (u13, w14) = (
            (((c::<T>(i12 as f64)) + s2).sin()).sinh(),
            (s11 + (c::<T>(1.593))).atan2(-(T::from(0.5).unwrap() + (T::tanh(s2) * s2.tanh()))),
        );
        let a15 = p3(
            (u8 + s2).sin(),
            T::sin(Float::atan2(
                s11,
                T::from(0.5).unwrap() + ((c::<T>(i12 as f64)) * (c::<T>(i12 as f64))),
            )),
        ) / Float::cosh(
            ((((c::<T>(1.0)) + (w14 * w14)).ln()) - T::abs(T::from(0.968).unwrap())).atan(),
        );
        s2 = T::atan(((c::<T>(0.7)) * s2) + (-x[0]));
        s2 -= (x[3] * x[3]).tanh();
    }
    let (u16, w17) = (x[3], w9.asinh().cos());
    let a18 = x[1] - x[2];
    ((((w9 + s11) + u16) + w17) - a18) - x[1]
}

fn p6_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1: D = k::<D>(ALPHA);
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..nk {
        let (u4, w5) = ((a1.sin() * a1.tanh() + a1) - (-a1), s2);
        let (u6, w7) = (
            ((k::<D>(0.9)) * ((((dmax(u4, a1).tanh() * s2.atan().exp().ln()).exp()).atan()).sin()))
                .atanh(),
            ((((k::<D>(2.0)) + s2.sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(i3 as f64)).atan()).sin())))
                    .exp())
                .ln())
            .tanh())
            .asinh(),
        );
        s2 -= ((k::<D>(core::f64::consts::PI)) * (w7 - (k::<D>(i3 as f64)))).sin();
        s2 = ((k::<D>(0.5)) * s2)
            + ((a1.atan().exp().log10() * p3_d(x[0], (k::<D>(W[i3])).sin())).cos());
    }
    let (u8, w9) = (
        ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).log2(),
        (k::<D>(-1.5)).powi(3),
    );
    if (x[3] + (k::<D>(2.0))).re() <= w9.cos().re() {
        return (({
            let t10 = u8;
            k::<D>(1.792)
        }) * w9.atan()
            + (((k::<D>(1.0)) + (x[3] * x[3])).cbrt()));
    }
    let mut s11 = k::<D>(1.0);
    let mut i12 = 0;
    while i12 < 3 {
        i12 += 1;
        s11 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((if !(s2.re() >= (k::<D>(V[i12])).re()) {
                    a1
                } else {
                    w9
                })
                .sin()));
        let (u13, w14) = (
            (((k::<D>(i12 as f64)) + s2).sin()).sinh(),
            datan2(
                s11 + (k::<D>(1.593)),
                -((k::<D>(0.5)) + (s2.tanh() * s2.tanh())),
            ),
        );
        let a15 = p3_d(
            (u8 + s2).sin(),
            datan2(
                s11,
                (k::<D>(0.5)) + ((k::<D>(i12 as f64)) * (k::<D>(i12 as f64))),
            )
            .sin(),
        ) / ((((((k::<D>(1.0)) + (w14 * w14)).ln()) - ((k::<D>(0.968)).abs())).atan())
            .cosh());
        s2 = (((k::<D>(0.7)) * s2) + (-x[0])).atan();
        s2 -= (x[3] * x[3]).tanh();
    }
    let (u16, w17) = (x[3], w9.asinh().cos());
    let a18 = x[1] - x[2];
    ((((w9 + s11) + u16) + w17) - a18) - x[1]
}

#[differentiable]
fn p7<T: Float>(x: &[T]) -> T {
    let a1: T = x[1]
        + (((c::<T>(std::f64::consts::E)).cos()).mul_add(
            T::atan(c::<T>(core::f64::consts::PI)),
            c::<T>(core::f64::consts::PI),
        ));
    let mut s2: T = T::from(0.5).unwrap();
    for i3 in 1..x.len() {
        if i3 <= 2 {
            break;
        }
        let a4 = ((s2.atan().sinh() * x[i3 - 1]).cos()).sinh();
        s2 = s2
            - (((if i3 % 2 == 0 {
                c::<T>(core::f64::consts::PI)
            } else {
                c::<T>(i3 as f64)
            })
            .asinh())
            .atan());
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * ((Float::cosh(x[i3])
                        - (x[i3] / ((c::<T>(1.0)) + (a4.atan() * T::atan(a4)))))
                    .sin())));
    }
    let mut s5 = c::<T>(1.0);
    for i6 in 2..4 {
        let mut s7: T = T::one();
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let (u9, w10) = (s2, ((c::<T>(i8 as f64)) * x[1]) + (x[0] + x[3]));
            let a11 = ((c::<T>(2.0)) + T::sin((((c::<T>(V[i6])) - x[0]).cos()).sinh())).powf(
                (((c::<T>(2.0)) + ((s2 - w10).sin())).log(
                    ((c::<T>(0.5))
                        + ((c::<T>(0.4)) * Float::sin(x[1] / ((c::<T>(2.0)) + w10.sin()))))
                    .exp(),
                ))
                .atan(),
            );
            s7 = s7 / ((c::<T>(2.0)) + Float::sin(a11).sin());
            s2 = s2
                + ((((c::<T>(1.1))
                    + (((c::<T>(2.0)) + ((-a11).sin())) * ((c::<T>(2.0)) + ((-a11).sin()))))
                .acosh())
                .tanh());
            if c::<T>(W[i6]) <= (c::<T>(1.359)) - (c::<T>(std::f64::consts::E)) {
                break;
            }
        }
        s2 = s2 / ((c::<T>(2.0)) + s2.sin());
        s7 = s7 - s7.atan();
    }
    let a1 = s2;
    if s2.asinh() >= c::<T>(-0.62) {
        s2 = s2 / ((c::<T>(2.0)) + T::sin(c::<T>(ALPHA)));
    } else {
        s2 = s2 + ((a1 - x[0]).atan());
    }
    let mut s12 = c::<T>(0.5);
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        s12 = s12
            + (({
                let t14 = p3(x[1], s12.atan());
                -x[3]
            })
            .atan());
        if s2.atan() * x[2] < c::<T>(-0.69) {
            s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(-(c::<T>(core::f64::consts::PI)))));
        } else {
            s12 = s12 / s5.hypot(c::<T>(1.0));
        }
        let a15 =
            ((c::<T>(0.5)) + (((c::<T>(1.5)) + a1.tanh()) * ((c::<T>(1.5)) + a1.tanh()))).ln_1p();
        if s2 < c::<T>(-0.82) {
            break;
        }
        s12 = s12 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(a15 * a15)));
    }
    let (u16, w17) = (-(c::<T>(std::f64::consts::E)), -a1);
    ((c::<T>(0.001)) * (((((s5 + a1) + s12) + u16) + w17) + x[0])).tanh()
}

fn p7_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[1]
        + (((k::<D>(std::f64::consts::E)).cos()) * ((k::<D>(core::f64::consts::PI)).atan())
            + (k::<D>(core::f64::consts::PI)));
    let mut s2: D = k::<D>(0.5);
    for i3 in 1..x.len() {
        if i3 <= 2 {
            break;
        }
        let a4 = ((s2.atan().sinh() * x[i3 - 1]).cos()).sinh();
        s2 -= ((if i3 % 2 == 0 {
            k::<D>(core::f64::consts::PI)
        } else {
            k::<D>(i3 as f64)
        })
        .asinh())
        .atan();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((x[i3].cosh() - (x[i3] / ((k::<D>(1.0)) + (a4.atan() * a4.atan())))).sin()));
    }
    let mut s5 = k::<D>(1.0);
    for i6 in 2..4 {
        let mut s7: D = k::<D>(1.0);
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let (u9, w10) = (s2, ((k::<D>(i8 as f64)) * x[1]) + (x[0] + x[3]));
            let a11 = (((((k::<D>(2.0)) + ((s2 - w10).sin())).ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4)) * ((x[1] / ((k::<D>(2.0)) + w10.sin())).sin())))
                .exp())
                .ln())
            .atan())
                * ((k::<D>(2.0)) + (((((k::<D>(V[i6])) - x[0]).cos()).sinh()).sin())).ln())
            .exp();
            s7 /= (k::<D>(2.0)) + a11.sin().sin();
            s2 += (((k::<D>(1.1))
                + (((k::<D>(2.0)) + ((-a11).sin())) * ((k::<D>(2.0)) + ((-a11).sin()))))
            .acosh())
            .tanh();
            if (k::<D>(W[i6])).re() <= ((k::<D>(1.359)) - (k::<D>(std::f64::consts::E))).re() {
                break;
            }
        }
        s2 /= (k::<D>(2.0)) + s2.sin();
        s7 -= s7.atan();
    }
    let a1 = s2;
    if s2.asinh().re() >= (k::<D>(-0.62)).re() {
        s2 /= (k::<D>(2.0)) + ((k::<D>(ALPHA)).sin());
    } else {
        s2 += (a1 - x[0]).atan();
    }
    let mut s12 = k::<D>(0.5);
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        s12 += ({
            let t14 = p3_d(x[1], s12.atan());
            -x[3]
        })
        .atan();
        if (s2.atan() * x[2]).re() < (k::<D>(-0.69)).re() {
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-(k::<D>(core::f64::consts::PI))).sin()));
        } else {
            s12 /= (s5 * s5 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        }
        let a15 =
            ((k::<D>(0.5)) + (((k::<D>(1.5)) + a1.tanh()) * ((k::<D>(1.5)) + a1.tanh()))).ln_1p();
        if s2.re() < (k::<D>(-0.82)).re() {
            break;
        }
        s12 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a15 * a15).sin()));
    }
    let (u16, w17) = (-(k::<D>(std::f64::consts::E)), -a1);
    ((k::<D>(0.001)) * (((((s5 + a1) + s12) + u16) + w17) + x[0])).tanh()
}

#[differentiable]
fn p8(x: &[f64]) -> f64 {
    let a1 = x[0].exp();
    let (u2, w3) = (
        f64::atan(a1 - a1).mul_add(x[2].powi(1), a1 + (-0.71)),
        std::f64::consts::E / (1.5 + f64::tanh(a1 * x[1])),
    );
    let mut m4: f64 = Float::sin(w3).exp_m1();
    let a1 = m4.cos();
    let a5 = (f64::signum(-1.498) * w3.cos()) + w3;
    ((((u2 + w3) * m4) + a1) - a5) + x[1]
}

fn p8_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[0].exp();
    let (u2, w3) = (
        (((a1 - a1).atan()) * x[2].powi(1) + (a1 + (k::<D>(-0.71)))),
        (k::<D>(std::f64::consts::E)) / ((k::<D>(1.5)) + ((a1 * x[1]).tanh())),
    );
    let mut m4: D = w3.sin().exp_m1();
    let a1 = m4.cos();
    let a5 = ((k::<D>((k::<D>(-1.498)).re().signum())) * w3.cos()) + w3;
    ((((u2 + w3) * m4) + a1) - a5) + x[1]
}

#[differentiable]
fn p9<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut m1 = x0;
    let (u2, w3) = (x0, (c::<T>(-0.769)) * Float::tanh(m1));
    let a4 = if Float::atanh((c::<T>(0.9)) * x2.tanh()) >= T::cos(u2) || x0 > c::<T>(-0.71) {
        if c::<T>(1.5) <= c::<T>(-0.55) {
            x0
        } else {
            u2
        }
    } else {
        w3 * x0
    };
    let mut s5 = T::zero();
    for i6 in 2..6 {
        let a7 = -(x1 - (c::<T>(-0.3)));
        let a8 = if i6 != 6 {
            x0.tanh()
        } else {
            Float::cosh((m1.cos().exp() + (x0 * x1)).sin())
        };
        let a9 = ((s5 - x1).trunc()) * x1.clamp(c::<T>(-0.33), c::<T>(1.42));
        m1 -= (c::<T>(-1.38)).cos();
        m1 -= (a7.tanh() * s5.sin()).sin();
    }
    if T::mul_add(m1.cos(), x0, x2) < c::<T>(0.49) {
        m1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * Float::exp_m1(
                    ((T::from(1.5).unwrap() + T::one().tanh()).log(
                        ((c::<T>(0.5)) + ((c::<T>(0.4)) * (((c::<T>(-1.98)).sin()).sin()))).exp(),
                    ))
                    .atan(),
                )
                .sin());
    } else {
        s5 = ((c::<T>(0.5)) * s5) + (((c::<T>(std::f64::consts::E)) * (c::<T>(-0.18))) * (w3 + u2));
    }
    let mut s10 = T::from(0.5).unwrap();
    for i11 in 2..3 {
        for i12 in 0..2 {
            let a13: T = u2 - a4;
            let mut m14 = (u2 + a4) / ((c::<T>(2.0)) + ((Float::tanh(m1) * s5.cos()).sin()));
            m1 = (T::from(0.5).unwrap() * m1) + (((u2 + u2) * (a4 - u2)).tanh());
            s10 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::cosh(x0).sin());
        }
        let a15 = a4.sin().tan();
        m1 /= (c::<T>(2.0)) + a4.sin();
        m1 += Float::tanh(T::tan(s5.cos().sin()));
        if T::log(
            x0.cosh(),
            Float::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(a4.atan()))),
        ) <= Float::cos(s10) * x2
        {
            break;
        }
    }
    (T::from(0.001).unwrap() * ((((u2 + w3) + a4) + s5) + s10)).tanh()
}

fn p9_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = x0;
    let (u2, w3) = (x0, (k::<D>(-0.769)) * m1.tanh());
    let a4 = if (((k::<D>(0.9)) * x2.tanh()).atanh()).re() >= u2.cos().re()
        || x0.re() > (k::<D>(-0.71)).re()
    {
        if (k::<D>(1.5)).re() <= (k::<D>(-0.55)).re() {
            x0
        } else {
            u2
        }
    } else {
        w3 * x0
    };
    let mut s5 = k::<D>(0.0);
    for i6 in 2..6 {
        let a7 = -(x1 - (k::<D>(-0.3)));
        let a8 = if i6 != 6 {
            x0.tanh()
        } else {
            ((m1.cos().exp() + (x0 * x1)).sin()).cosh()
        };
        let a9 = (k::<D>((s5 - x1).re().trunc())) * dclamp(x1, k::<D>(-0.33), k::<D>(1.42));
        m1 -= (k::<D>(-1.38)).cos();
        m1 -= (a7.tanh() * s5.sin()).sin();
    }
    if (m1.cos() * x0 + x2).re() < (k::<D>(0.49)).re() {
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(1.5)) + ((k::<D>(1.0)).tanh())).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(-1.98)).sin()).sin())))
                        .exp())
                    .ln())
                .atan())
                .exp_m1())
                .sin()));
    } else {
        s5 = ((k::<D>(0.5)) * s5) + (((k::<D>(std::f64::consts::E)) * (k::<D>(-0.18))) * (w3 + u2));
    }
    let mut s10 = k::<D>(0.5);
    for i11 in 2..3 {
        for i12 in 0..2 {
            let a13: D = u2 - a4;
            let mut m14 = (u2 + a4) / ((k::<D>(2.0)) + ((m1.tanh() * s5.cos()).sin()));
            m1 = ((k::<D>(0.5)) * m1) + (((u2 + u2) * (a4 - u2)).tanh());
            s10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.cosh().sin());
        }
        let a15 = a4.sin().tan();
        m1 /= (k::<D>(2.0)) + a4.sin();
        m1 += s5.cos().sin().tan().tanh();
        if (x0.cosh().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a4.atan().sin())).exp()).ln()).re()
            <= (s10.cos() * x2).re()
        {
            break;
        }
    }
    ((k::<D>(0.001)) * ((((u2 + w3) + a4) + s5) + s10)).tanh()
}

#[differentiable]
fn p10(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1 = x1.abs() * x0.cosh();
    m1 = (0.5 * m1)
        + f64::log2(
            f64::powf(1.0 + (x2 * x2), Float::atan(core::f64::consts::PI))
                .tanh()
                .cosh(),
        );
    let mut m2 = x2;
    for i3 in 0..1 {
        if x1 - x0 >= 0.74 {
            continue;
        }
        let a4 = f64::cosh(x0).atan().sinh() * (f64::sin(m2 / m1.hypot(1.0)) * x1);
        let a5 = m2 - a4;
        m1 -= x0.atan();
    }
    m2 = (0.5 * m2) + f64::cosh(x2.exp2().atan());
    let mut m6 = x2 + x0;
    (((x1 * x2) + m1) + m2) + m6
}

fn p10_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = x1.abs() * x0.cosh();
    m1 = ((k::<D>(0.5)) * m1)
        + (((((((k::<D>(core::f64::consts::PI)).atan()) * ((k::<D>(1.0)) + (x2 * x2)).ln())
            .exp())
        .tanh())
        .cosh())
        .log2());
    let mut m2 = x2;
    for i3 in 0..1 {
        if (x1 - x0).re() >= (k::<D>(0.74)).re() {
            continue;
        }
        let a4 = x0.cosh().atan().sinh()
            * (((m2 / ((m1 * m1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin()) * x1);
        let a5 = m2 - a4;
        m1 -= x0.atan();
    }
    m2 = ((k::<D>(0.5)) * m2) + x2.exp2().atan().cosh();
    let mut m6 = x2 + x0;
    (((x1 * x2) + m1) + m2) + m6
}

#[differentiable]
fn p11<T: Float>(x0: T, x1: T) -> T {
    let mut m1 = x0;
    let mut s2 = c::<T>(1.0);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 = T::cos(m1) * (c::<T>(ALPHA));
        let a5: T = T::from(1.5).unwrap() + s2;
        if x1 > c::<T>(-0.96) {
            break;
        }
        let (u6, w7) = (
            Float::clamp(x1, c::<T>(-0.5), c::<T>(1.31)),
            -(((c::<T>(1.0)) + (s2.atan() * T::atan(s2))).powi(0)),
        );
        s2 = s2.min(
            Float::exp_m1((c::<T>(core::f64::consts::PI)).tanh())
                .sin()
                .atan(),
        );
        s2 = ((c::<T>(0.5)) * s2) + p3(T::atan(a4), a5.sin()).tanh();
    }
    let mut s8 = T::one();
    for i9 in 1..5 {
        let mut s10: T = c::<T>(1.0);
        for i11 in (i9 + 1)..8 {
            m1 = m1 + Float::sin(s2);
            let a12 = (x0 * x0).sin();
            let a13 = s8.hypot(
                (c::<T>(0.5))
                    + (Float::powi(Float::cosh(c::<T>(1.97)).powi(-2), 2)
                        * Float::powi(Float::cosh(c::<T>(1.97)).powi(-2), 2)),
            );
            s2 = ((c::<T>(0.5)) * s2) + T::tanh(Float::cosh(a13.atan()));
        }
        m1 = m1 + x1.tanh();
    }
    let mut i14 = 0;
    while i14 < 1 {
        i14 += 1;
        if i14 != 1 {
            break;
        }
        if i14 % 2 == 0 {
            s8 = s8
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3))
                        * ((((c::<T>(2.0))
                            + (((((c::<T>(core::f64::consts::PI)).tanh()).sin()).tan()).sin()))
                        .powi(0))
                        .sin())));
        }
        s2 = s2 + ((((c::<T>(i14 as f64)) - (c::<T>(i14 as f64))).atan()).sin());
    }
    if x1.sin() < T::ln_1p((c::<T>(0.5)) + (Float::cosh(c::<T>(-1.94)) * ((c::<T>(-1.94)).cosh())))
        || s8 < T::from(0.44).unwrap()
    {
        m1 = m1
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::sin((s8.sin() * T::from(-1.2).unwrap()) / ((-(c::<T>(-0.1))).exp()))));
    } else {
        s2 = s2
            / ((((c::<T>(-1.2)).hypot((c::<T>(0.5)) + ((c::<T>(1.393)) * (c::<T>(1.393)))))
                .atan())
            .cosh());
    }
    ((c::<T>(0.001)) * ((((x0 + x1) + m1) + s2) * s8)).tanh()
}

fn p11_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = x0;
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 = m1.cos() * (k::<D>(ALPHA));
        let a5: D = (k::<D>(1.5)) + s2;
        if x1.re() > (k::<D>(-0.96)).re() {
            break;
        }
        let (u6, w7) = (
            dclamp(x1, k::<D>(-0.5), k::<D>(1.31)),
            -(((k::<D>(1.0)) + (s2.atan() * s2.atan())).powi(0)),
        );
        s2 = dmin(
            s2,
            ((((k::<D>(core::f64::consts::PI)).tanh()).exp_m1()).sin()).atan(),
        );
        s2 = ((k::<D>(0.5)) * s2) + p3_d(a4.atan(), a5.sin()).tanh();
    }
    let mut s8 = k::<D>(1.0);
    for i9 in 1..5 {
        let mut s10: D = k::<D>(1.0);
        for i11 in (i9 + 1)..8 {
            m1 += s2.sin();
            let a12 = (x0 * x0).sin();
            let a13 = (s8 * s8
                + ((k::<D>(0.5))
                    + (((((k::<D>(1.97)).cosh()).powi(-2)).powi(2))
                        * ((((k::<D>(1.97)).cosh()).powi(-2)).powi(2))))
                    * ((k::<D>(0.5))
                        + (((((k::<D>(1.97)).cosh()).powi(-2)).powi(2))
                            * ((((k::<D>(1.97)).cosh()).powi(-2)).powi(2)))))
            .sqrt();
            s2 = ((k::<D>(0.5)) * s2) + a13.atan().cosh().tanh();
        }
        m1 += x1.tanh();
    }
    let mut i14 = 0;
    while i14 < 1 {
        i14 += 1;
        if i14 != 1 {
            break;
        }
        if i14 % 2 == 0 {
            s8 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(2.0))
                        + (((((k::<D>(core::f64::consts::PI)).tanh()).sin()).tan()).sin()))
                    .powi(0))
                    .sin()));
        }
        s2 += (((k::<D>(i14 as f64)) - (k::<D>(i14 as f64))).atan()).sin();
    }
    if x1.sin().re()
        < (((k::<D>(0.5)) + (((k::<D>(-1.94)).cosh()) * ((k::<D>(-1.94)).cosh()))).ln_1p()).re()
        || s8.re() < (k::<D>(0.44)).re()
    {
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((s8.sin() * (k::<D>(-1.2))) / ((-(k::<D>(-0.1))).exp())).sin()));
    } else {
        s2 /= ((((k::<D>(-1.2)) * (k::<D>(-1.2))
            + ((k::<D>(0.5)) + ((k::<D>(1.393)) * (k::<D>(1.393))))
                * ((k::<D>(0.5)) + ((k::<D>(1.393)) * (k::<D>(1.393)))))
        .sqrt())
        .atan())
        .cosh();
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + m1) + s2) * s8)).tanh()
}

#[differentiable]
fn p12(x: &[f64]) -> f64 {
    let a1: f64 = ALPHA;
    let mut s2 = 0.5;
    for i3 in x {
        let mut s4 = 0.0;
        let mut i5 = 0;
        while i5 < 2 {
            i5 += 1;
            let a6 = Float::hypot(
                ((i5 as f64) * x[2]) / Float::exp(f64::tanh(x[1] - (i5 as f64))),
                0.5_f64 + ((((*i3).abs()).powi(1)) * (((*i3).abs()).powi(1))),
            );
            let a7 = a1.atan2(-(0.5f64 + (x[1] * x[1]))) * ((1.5 + s2.tanh()).powf(a6.tanh()));
            let a8 = a6.sin().exp2();
            s2 += (*i3).tanh();
            s2 += (*i3).tanh();
        }
        let mut s9 = 0.5;
        for &i10 in x.iter() {
            let a11 = x[0];
            s4 *=
                1.0 + (0.3 * (((a11.sin() * s9.cos()).hypot(0.5 + ((s9 + s4) * (s9 + s4)))).sin()));
            s9 *= 1.0f64 + (0.3 * x[0].sin());
        }
        s9 *= 1.0 + (0.3 * 1.128.powi(3).sin());
        s2 *= 1.0 + (0.3 * ((1.5 + x[1].abs().tanh()).cos()));
    }
    let mut s12 = 0.5_f64;
    for i13 in 0..=3 {
        let a14 = -1.8f64;
        let mut s15: f64 = 0.0f64;
        for &i16 in x.iter() {
            let a17: f64 = Float::mul_add(
                f64::atan2(
                    x[1],
                    0.5 + (((1.5 + s15.tanh()).log10()) * Float::log10(1.5 + s15.tanh())),
                )
                .tanh(),
                ((x[0] + s15) + Float::ln_1p(0.5 + ((2.0 + x[1].sin()) * (2.0 + x[1].sin()))))
                    .atan(),
                f64::cosh(x[2]).sin() * x[0].exp().cos(),
            );
            let a18 = Float::powi(f64::cos(V[i13] * a17), 3);
            s2 -= f64::tanh(Float::tan(Float::tanh(s12).sin()) / f64::cosh(1.55.cos()));
        }
        s2 += a14.cos();
        s15 = Float::sin((0.7 * s15) + ((s15 / BETA.hypot(1.0)) - (a1 - (i13 as f64))));
    }
    let mut m19 = x[2];
    let mut m20 = (((-1.871f64) * (-1.18)) / x[2].cosh()).abs();
    let mut s21 = 0.5;
    for i22 in 2..6 {
        let a23 = if !(x[1].tanh() * m19.sin() >= a1 - s12) {
            (((a1 - s2).tanh()) * (0.2 - x[0])).mul_add(s21.atan(), (-a1) - (s21 - s2))
        } else {
            s12
        };
        m20 = f64::sin((0.7_f64 * m20) + m20.sin().mul_add(-0.19, m20 + s12));
    }
    if Float::exp2(0.82) <= 0.69 {
        m20 = (0.5 * m20) + m19.tanh();
    } else {
        s2 *= 1.0 + (0.3 * f64::sin(-0.94));
    }
    (0.001 * (((((s2 + s12) + m19) + m20) + s21) * x[1])).tanh()
}

fn p12_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(ALPHA);
    let mut s2 = k::<D>(0.5);
    for i3 in x {
        let mut s4 = k::<D>(0.0);
        let mut i5 = 0;
        while i5 < 2 {
            i5 += 1;
            let a6 = ((((k::<D>(i5 as f64)) * x[2])
                / (((x[1] - (k::<D>(i5 as f64))).tanh()).exp()))
                * (((k::<D>(i5 as f64)) * x[2]) / (((x[1] - (k::<D>(i5 as f64))).tanh()).exp()))
                + ((k::<D>(0.5)) + ((((*i3).abs()).powi(1)) * (((*i3).abs()).powi(1))))
                    * ((k::<D>(0.5)) + ((((*i3).abs()).powi(1)) * (((*i3).abs()).powi(1)))))
            .sqrt();
            let a7 = datan2(a1, -((k::<D>(0.5)) + (x[1] * x[1])))
                * ((a6.tanh() * ((k::<D>(1.5)) + s2.tanh()).ln()).exp());
            let a8 = a6.sin().exp2();
            s2 += (*i3).tanh();
            s2 += (*i3).tanh();
        }
        let mut s9 = k::<D>(0.5);
        for &i10 in x.iter() {
            let a11 = x[0];
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((a11.sin() * s9.cos()) * (a11.sin() * s9.cos())
                        + ((k::<D>(0.5)) + ((s9 + s4) * (s9 + s4)))
                            * ((k::<D>(0.5)) + ((s9 + s4) * (s9 + s4))))
                        .sqrt())
                    .sin()));
            s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[0].sin());
        }
        s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.128)).powi(3)).sin()));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x[1].abs().tanh()).cos()));
    }
    let mut s12 = k::<D>(0.5);
    for i13 in 0..=3 {
        let a14 = k::<D>(-1.8);
        let mut s15: D = k::<D>(0.0);
        for &i16 in x.iter() {
            let a17: D = (datan2(
                x[1],
                (k::<D>(0.5))
                    + ((((k::<D>(1.5)) + s15.tanh()).log10())
                        * (((k::<D>(1.5)) + s15.tanh()).log10())),
            )
            .tanh()
                * (((x[0] + s15)
                    + (((k::<D>(0.5))
                        + (((k::<D>(2.0)) + x[1].sin()) * ((k::<D>(2.0)) + x[1].sin())))
                    .ln_1p()))
                .atan())
                + (x[2].cosh().sin() * x[0].exp().cos()));
            let a18 = (((k::<D>(V[i13])) * a17).cos()).powi(3);
            s2 -= (s12.tanh().sin().tan() / (((k::<D>(1.55)).cos()).cosh())).tanh();
        }
        s2 += a14.cos();
        s15 = (((k::<D>(0.7)) * s15)
            + ((s15 / (((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                - (a1 - (k::<D>(i13 as f64)))))
        .sin();
    }
    let mut m19 = x[2];
    let mut m20 = (((k::<D>(-1.871)) * (k::<D>(-1.18))) / x[2].cosh()).abs();
    let mut s21 = k::<D>(0.5);
    for i22 in 2..6 {
        let a23 = if !((x[1].tanh() * m19.sin()).re() >= (a1 - s12).re()) {
            ((((a1 - s2).tanh()) * ((k::<D>(0.2)) - x[0])) * s21.atan() + ((-a1) - (s21 - s2)))
        } else {
            s12
        };
        m20 = (((k::<D>(0.7)) * m20) + (m20.sin() * (k::<D>(-0.19)) + (m20 + s12))).sin();
    }
    if ((k::<D>(0.82)).exp2()).re() <= (k::<D>(0.69)).re() {
        m20 = ((k::<D>(0.5)) * m20) + m19.tanh();
    } else {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.94)).sin()));
    }
    ((k::<D>(0.001)) * (((((s2 + s12) + m19) + m20) + s21) * x[1])).tanh()
}

#[differentiable]
fn p13(x: &[f64], y: f64) -> f64 {
    let a1 = p2(core::f64::consts::PI.tanh(), x[1], -1.3);
    let mut s2 = 0.0;
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            let a5 = if a1 > -0.78 {
                if i4 != 0 {
                    p3(x[2], s2.atan()).clamp(-1.29, 0.45)
                } else {
                    Float::sin(y - x[4]).sinh()
                }
            } else {
                ALPHA
            };
            s2 = s2.max(Float::clamp(f64::sinh(x[2]), -0.32f64, 1.05f64).tanh());
            s2 += a1.atan();
        }
        let (u6, w7) = (
            0.97f64 + (std::f64::consts::E + (i3 as f64)),
            y / (2.0 + 1.71.sin()),
        );
        let a8 = p10(x[5], ALPHA.sin(), y);
        if y.exp_m1() < -0.02_f64 {
            continue;
        }
        s2 -= u6.tanh();
    }
    let mut s9 = 0.0;
    for i10 in 0..x.len() {
        let a11 = s9.sin().exp_m1() - f64::sin(s2);
        s9 = (0.5 * s9) + ((0.3 + x[i10]).cos());
        if x[i10] - 0.4f64 > 0.13 {
            continue;
        }
        s9 *= 1.0
            + (0.3
                * Float::exp(
                    ((1.0 + (core::f64::consts::PI * core::f64::consts::PI)).cbrt()).atan(),
                )
                .cos());
    }
    for i12 in 0..=4 {
        let mut m13: f64 = Float::ln_1p(0.5 + (x[4].exp() * x[4].exp()));
        if std::f64::consts::E < -a1 {
            break;
        }
        s9 = (0.5_f64 * s9) + f64::tanh(x[5]).sin();
        m13 *= 1.0
            + (0.3_f64
                * (((1.1f64 + (x[0].hypot(1.0f64) * Float::hypot(x[0], 1.0f64))).acosh()).sin()));
    }
    let mut m14: f64 = -x[4];
    (0.001 * (((((y + a1) + s2) + s9) - m14) + x[2])).tanh()
}

fn p13_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = p2_d((k::<D>(core::f64::consts::PI)).tanh(), x[1], k::<D>(-1.3));
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            let a5 = if a1.re() > (k::<D>(-0.78)).re() {
                if i4 != 0 {
                    dclamp(p3_d(x[2], s2.atan()), k::<D>(-1.29), k::<D>(0.45))
                } else {
                    ((y - x[4]).sin()).sinh()
                }
            } else {
                k::<D>(ALPHA)
            };
            s2 = dmax(s2, dclamp(x[2].sinh(), k::<D>(-0.32), k::<D>(1.05)).tanh());
            s2 += a1.atan();
        }
        let (u6, w7) = (
            (k::<D>(0.97)) + ((k::<D>(std::f64::consts::E)) + (k::<D>(i3 as f64))),
            y / ((k::<D>(2.0)) + ((k::<D>(1.71)).sin())),
        );
        let a8 = p10_d(x[5], (k::<D>(ALPHA)).sin(), y);
        if y.exp_m1().re() < (k::<D>(-0.02)).re() {
            continue;
        }
        s2 -= u6.tanh();
    }
    let mut s9 = k::<D>(0.0);
    for i10 in 0..x.len() {
        let a11 = s9.sin().exp_m1() - s2.sin();
        s9 = ((k::<D>(0.5)) * s9) + (((k::<D>(0.3)) + x[i10]).cos());
        if (x[i10] - (k::<D>(0.4))).re() > (k::<D>(0.13)).re() {
            continue;
        }
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(1.0))
                    + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
                .cbrt())
                .atan())
                .exp())
                .cos()));
    }
    for i12 in 0..=4 {
        let mut m13: D = ((k::<D>(0.5)) + (x[4].exp() * x[4].exp())).ln_1p();
        if (k::<D>(std::f64::consts::E)).re() < (-a1).re() {
            break;
        }
        s9 = ((k::<D>(0.5)) * s9) + x[5].tanh().sin();
        m13 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + (((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh())
                .sin()));
    }
    let mut m14: D = -x[4];
    ((k::<D>(0.001)) * (((((y + a1) + s2) + s9) - m14) + x[2])).tanh()
}

#[differentiable]
fn p14(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = if s1.clamp(-0.01, 0.11f64) >= 0.52 {
            x2.mul_add(s1.cos(), s1).max(x0)
        } else {
            x2.exp() + f64::sinh(x1)
        };
        if BETA - x2 >= f64::exp2(x0) {
            s1 /= 2.0_f64
                + ((Float::sin(x2)
                    * f64::log(
                        1.5f64 + std::f64::consts::E.tanh(),
                        (0.5f64 + (0.4_f64 * s1.tanh().sin())).exp(),
                    ))
                .sin());
        } else {
            s1 += Float::mul_add(
                Float::atan(-(x1.signum() * Float::atan(a3))),
                ((-0.6f64).atan()).min(x1 / (2.0_f64 + x2.sin())),
                Float::recip(1.5 + Float::tanh(a3)) + (x1 / (2.0 + ((-0.088).sin()))),
            )
            .sin();
        }
        s1 = ((0.7 * s1) + Float::sqrt(Float::hypot(x0, 1.0_f64))).sin();
        s1 *= 1.0 + (0.3_f64 * f64::mul_add(s1, (a3 + x2).sin(), x2.exp_m1()).sin());
    }
    let mut m4 = Float::atan(s1)
        .cosh()
        .cos()
        .mul_add(f64::clamp(s1 + x0, -1.11, 1.06), -s1);
    let mut s5 = 0.5f64;
    for i6 in 1..=5 {
        s5 += f64::ln(
            1.0 + (Float::tanh((m4 / (2.0 + Float::sin(x2))) + s1)
                * (((m4 / (2.0 + x2.sin())) + s1).tanh())),
        )
        .cos();
        s5 *= 1.0 + (0.3 * ((((i6 as f64) - x0).cos()).sin()));
        m4 += f64::tanh({
            let t7 = Float::sin(m4);
            f64::tanh(s5)
        });
    }
    let a8 = 1.2_f64 - s1;
    (((x2 + s1) + m4) - s5) + a8
}

fn p14_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = if dclamp(s1, k::<D>(-0.01), k::<D>(0.11)).re() >= (k::<D>(0.52)).re() {
            dmax((x2 * s1.cos() + s1), x0)
        } else {
            x2.exp() + x1.sinh()
        };
        if ((k::<D>(BETA)) - x2).re() >= x0.exp2().re() {
            s1 /= (k::<D>(2.0))
                + ((x2.sin()
                    * (((k::<D>(1.5)) + ((k::<D>(std::f64::consts::E)).tanh())).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s1.tanh().sin())).exp()).ln()))
                .sin());
        } else {
            s1 += (((-((k::<D>(x1.re().signum())) * a3.atan())).atan())
                * dmin((k::<D>(-0.6)).atan(), x1 / ((k::<D>(2.0)) + x2.sin()))
                + ((((k::<D>(1.5)) + a3.tanh()).recip())
                    + (x1 / ((k::<D>(2.0)) + ((k::<D>(-0.088)).sin())))))
            .sin();
        }
        s1 = (((k::<D>(0.7)) * s1) + (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()))
            .sin();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s1 * ((a3 + x2).sin()) + x2.exp_m1()).sin()));
    }
    let mut m4 = (s1.atan().cosh().cos() * dclamp(s1 + x0, k::<D>(-1.11), k::<D>(1.06)) + (-s1));
    let mut s5 = k::<D>(0.5);
    for i6 in 1..=5 {
        s5 += (((k::<D>(1.0))
            + ((((m4 / ((k::<D>(2.0)) + x2.sin())) + s1).tanh())
                * (((m4 / ((k::<D>(2.0)) + x2.sin())) + s1).tanh())))
        .ln())
        .cos();
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(i6 as f64)) - x0).cos()).sin()));
        m4 += ({
            let t7 = m4.sin();
            s5.tanh()
        })
        .tanh();
    }
    let a8 = (k::<D>(1.2)) - s1;
    (((x2 + s1) + m4) - s5) + a8
}

#[differentiable]
fn p15(x0: f64, x1: f64) -> f64 {
    let mut m1: f64 = 0.82.exp();
    let mut s2 = 0.0;
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = s2 - W[i3];
        let a5 = s2;
        if x1 <= 0.29 && x0 < -0.97 {
            continue;
        }
        m1 = m1.max(Float::cos(-a4));
    }
    let mut m6 = x0.floor() * x1;
    let mut s7: f64 = 0.5;
    for i8 in 1..=2 {
        let mut m9 = (i8 as f64).clamp(-1.26, 0.99);
        m6 = (0.5 * m6) + f64::atan(m9 * (i8 as f64));
    }
    let a10 = x1.exp_m1();
    (((m1 + s2) + m6) + s7) + a10
}

fn p15_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = (k::<D>(0.82)).exp();
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = s2 - (k::<D>(W[i3]));
        let a5 = s2;
        if x1.re() <= (k::<D>(0.29)).re() && x0.re() < (k::<D>(-0.97)).re() {
            continue;
        }
        m1 = dmax(m1, (-a4).cos());
    }
    let mut m6 = (k::<D>(x0.re().floor())) * x1;
    let mut s7: D = k::<D>(0.5);
    for i8 in 1..=2 {
        let mut m9 = dclamp(k::<D>(i8 as f64), k::<D>(-1.26), k::<D>(0.99));
        m6 = ((k::<D>(0.5)) * m6) + ((m9 * (k::<D>(i8 as f64))).atan());
    }
    let a10 = x1.exp_m1();
    (((m1 + s2) + m6) + s7) + a10
}

#[differentiable]
fn p16<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = x[3];
    let a1 = ((x[0] / ((c::<T>(1.5)) + x[2].tanh())) * (x[1] * x[2])).sin();
    let mut s2 = c::<T>(0.5);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut m4: T = Float::powi(s2.sin(), 1).mul_add(c::<T>(V[i3]), s2);
        s2 += ((c::<T>(-0.5)).powi(2)).cos();
        m4 -= T::cos(T::clamp(T::tanh(s2) * a1, c::<T>(-1.08), c::<T>(1.0)));
    }
    let a5 = Float::mul_add(x[3], x[2], x[3]);
    let a6: T = a5;
    (((a1 + s2) * a5) + a6) * x[1]
}

fn p16_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[3];
    let a1 = ((x[0] / ((k::<D>(1.5)) + x[2].tanh())) * (x[1] * x[2])).sin();
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut m4: D = (s2.sin().powi(1) * (k::<D>(V[i3])) + s2);
        s2 += ((k::<D>(-0.5)).powi(2)).cos();
        m4 -= dclamp(s2.tanh() * a1, k::<D>(-1.08), k::<D>(1.0)).cos();
    }
    let a5 = (x[3] * x[2] + x[3]);
    let a6: D = a5;
    (((a1 + s2) * a5) + a6) * x[1]
}

#[differentiable]
fn p17(x0: f64, x1: f64, nk: usize) -> f64 {
    let a1 = ((0.6 / x1.exp()).sin()).exp2();
    let mut m2 = x0;
    let a3 = (2.0 + Float::sin(-1.446_f64)).powi(0);
    m2 /= (-1.5).hypot(1.0);
    if f64::cosh(a3) > -0.8_f64 {
        m2 -= Float::cbrt(x1.hypot(1.0).ln().hypot(1.0));
    } else {
        m2 += (0.68 + 0.19) * (a1 - BETA);
    }
    let mut s4 = 0.5;
    for i5 in 0..nk {
        s4 *= 1.0_f64 + (0.3 * ((if i5 != 1 { a1 } else { -0.2_f64 }).sin()));
        s4 = s4.max(f64::sin(
            (1.1 + (a1.atan().cosh() * a1.atan().cosh())).acosh(),
        ));
    }
    (((x1 + a1) + m2) + a3) + s4
}

fn p17_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1 = (((k::<D>(0.6)) / x1.exp()).sin()).exp2();
    let mut m2 = x0;
    let a3 = ((k::<D>(2.0)) + ((k::<D>(-1.446)).sin())).powi(0);
    m2 /= ((k::<D>(-1.5)) * (k::<D>(-1.5)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    if a3.cosh().re() > (k::<D>(-0.8)).re() {
        m2 -= (((((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
            * (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .cbrt();
    } else {
        m2 += ((k::<D>(0.68)) + (k::<D>(0.19))) * (a1 - (k::<D>(BETA)));
    }
    let mut s4 = k::<D>(0.5);
    for i5 in 0..nk {
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((if i5 != 1 { a1 } else { k::<D>(-0.2) }).sin()));
        s4 = dmax(
            s4,
            (((k::<D>(1.1)) + (a1.atan().cosh() * a1.atan().cosh())).acosh()).sin(),
        );
    }
    (((x1 + a1) + m2) + a3) + s4
}

#[differentiable]
fn p18(x: &[f64], y: f64) -> f64 {
    let a2 = if std::f64::consts::E < 0.03_f64 {
        -0.199
    } else {
        {
            let t1 = y;
            y
        }
    };
    let mut s3: f64 = 0.5;
    for i4 in 0..x.len() {
        let mut s5 = 1.0;
        for i6 in 0..x.len() / 2 {
            let a7 = f64::ln(f64::sin(a2).tan().exp());
            let a8 = p15((x[2 * i6] - s3).sin(), f64::tanh(y + x[2 * i6]));
            let mut m9 = Float::atan2(V[i4], 0.5 + (a2 * a2));
            m9 += f64::atan(-(s3 - x[2 * i6]));
            s5 = (0.5 * s5) + f64::tanh(s3).cosh().sin();
        }
        if a2 - x[i4] > f64::min(y, s5) {
            s3 = (0.5f64 * s3)
                + p2(
                    x[i4].sin().tan().powi(1).sin(),
                    (x[i4].cos() + (s3.tanh() * y)).cos(),
                    ((1.1
                        + (f64::cosh((if i4 > 4 { y } else { BETA }).tanh())
                            * (((if i4 > 4 { y } else { BETA }).tanh()).cosh())))
                    .acosh())
                    .atan(),
                )
                .sin();
        } else {
            s3 += (((y + a2) - s5.sin()) - (i4 as f64)).atan();
        }
        if Float::tan(f64::sin(a2)) > 0.595 * x[i4] {
            continue;
        }
        s3 += (-s5).atan();
    }
    let mut m10 = (-1.55f64).tanh();
    let mut m11: f64 = -m10.tanh();
    if (-0.606).exp() < 0.37 {
        m11 *= 1.0 + (0.3 * ((((s3 - m10).atan()) * s3.cos()).sin()));
    } else {
        s3 = (0.5 * s3)
            + ((((0.5f64 + (y.cosh() * y.cosh())).ln_1p())
                * Float::acosh(1.1f64 + (Float::cosh(y) * y.cosh())))
            .cos());
    }
    ((((y * a2) + s3) + m10) + m11) + x[3]
}

fn p18_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a2 = if (k::<D>(std::f64::consts::E)).re() < (k::<D>(0.03)).re() {
        k::<D>(-0.199)
    } else {
        {
            let t1 = y;
            y
        }
    };
    let mut s3: D = k::<D>(0.5);
    for i4 in 0..x.len() {
        let mut s5 = k::<D>(1.0);
        for i6 in 0..x.len() / 2 {
            let a7 = a2.sin().tan().exp().ln();
            let a8 = p15_d((x[2 * i6] - s3).sin(), (y + x[2 * i6]).tanh());
            let mut m9 = datan2(k::<D>(V[i4]), (k::<D>(0.5)) + (a2 * a2));
            m9 += (-(s3 - x[2 * i6])).atan();
            s5 = ((k::<D>(0.5)) * s5) + s3.tanh().cosh().sin();
        }
        if (a2 - x[i4]).re() > dmin(y, s5).re() {
            s3 = ((k::<D>(0.5)) * s3)
                + p2_d(
                    x[i4].sin().tan().powi(1).sin(),
                    (x[i4].cos() + (s3.tanh() * y)).cos(),
                    (((k::<D>(1.1))
                        + ((((if i4 > 4 { y } else { k::<D>(BETA) }).tanh()).cosh())
                            * (((if i4 > 4 { y } else { k::<D>(BETA) }).tanh()).cosh())))
                    .acosh())
                    .atan(),
                )
                .sin();
        } else {
            s3 += (((y + a2) - s5.sin()) - (k::<D>(i4 as f64))).atan();
        }
        if a2.sin().tan().re() > ((k::<D>(0.595)) * x[i4]).re() {
            continue;
        }
        s3 += (-s5).atan();
    }
    let mut m10 = (k::<D>(-1.55)).tanh();
    let mut m11: D = -m10.tanh();
    if ((k::<D>(-0.606)).exp()).re() < (k::<D>(0.37)).re() {
        m11 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((s3 - m10).atan()) * s3.cos()).sin()));
    } else {
        s3 = ((k::<D>(0.5)) * s3)
            + (((((k::<D>(0.5)) + (y.cosh() * y.cosh())).ln_1p())
                * (((k::<D>(1.1)) + (y.cosh() * y.cosh())).acosh()))
            .cos());
    }
    ((((y * a2) + s3) + m10) + m11) + x[3]
}

#[differentiable]
fn p19<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1: T = c::<T>(1.0);
    for i2 in 2..4 {
        if T::ln_1p((c::<T>(0.5)) + (((c::<T>(2.0)) + s1.sin()) * ((c::<T>(2.0)) + T::sin(s1))))
            >= c::<T>(-0.74)
            && x0 < T::from(-0.4).unwrap()
        {
            break;
        }
        let mut i3 = 0;
        while i3 < 3 {
            i3 += 1;
            let a4: T = Float::log10(
                T::one()
                    + ((((c::<T>(1.5)) + x1.tanh()).log10())
                        * (((c::<T>(1.5)) + x1.tanh()).log10())),
            );
            let a4 = ((T::trunc(((c::<T>(0.9)) * Float::sin(x1)).atanh()) * Float::sin(x0)).sin())
                .mul_add(
                    ((c::<T>(2.0)) + a4.sin()).sqrt(),
                    (x1 / ((c::<T>(1.0)) + (s1.cos() * Float::cos(s1))))
                        .mul_add((a4 / x1.cosh()).tanh(), (c::<T>(1.0)) + a4),
                );
            let mut m5 = -T::from(1.3).unwrap();
            m5 *= (c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * ((T::ceil((c::<T>(BETA)) - (c::<T>(W[i2]))) * T::tanh(s1)).sin()));
        }
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            let a7: T = (((c::<T>(1.1)) + (((c::<T>(1.0)) + (x0 * x0)) * (T::one() + (x0 * x0))))
                .acosh())
                * ((c::<T>(-0.3)) * s1.sin());
            s1 = ((c::<T>(0.5)) * s1) + Float::atan(T::atan(a7.signum() * x1));
            s1 = T::tanh(((c::<T>(0.7)) * s1) + T::exp_m1((x1 - a7).sin()));
        }
        s1 = ((c::<T>(0.5)) * s1)
            + p3(
                Float::cos(Float::atanh((c::<T>(0.9)) * x0.tanh())),
                s1.sin().tan().sin(),
            )
            .sin();
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * ((((c::<T>(0.5))
                    + ((((c::<T>(0.227)).mul_add(x0, x0)).cosh())
                        * Float::mul_add(c::<T>(0.227), x0, x0).cosh()))
                .ln_1p())
                .sin()));
    }
    let mut s8 = c::<T>(1.0);
    for i9 in 0..=4 {
        s1 /= (c::<T>(2.0)) + T::sin(c::<T>(V[i9]));
        s1 = (((c::<T>(0.7)) * s1)
            + p9(
                Float::cos(Float::cos(s1).powi(1)),
                ((c::<T>(W[i9])) * x1).sin(),
                s8.cos().cosh().atan(),
            ))
        .tanh();
        s8 -= (s8.hypot(c::<T>(1.0)).sqrt() + T::sin(c::<T>(W[i9]))).sin();
    }
    let mut s10 = c::<T>(0.0);
    for i11 in 0..3 {
        let a12 = T::exp(T::sin((c::<T>(W[i11])) + s8));
        let a13 = if i11 != 0 {
            ((((c::<T>(-0.621)) + x0).cos()).cosh()).atan2(
                -((c::<T>(0.5))
                    + (((s1 / x0.cosh()) / s8.hypot(c::<T>(1.0)))
                        * ((s1 / x0.cosh()) / T::hypot(s8, c::<T>(1.0))))),
            )
        } else {
            x0
        };
        s8 += Float::tanh(
            ((c::<T>(1.0)) + (T::tanh(T::sinh(s10.cos())) * Float::tanh(s10.cos().sinh()))).cbrt(),
        );
        s1 = (T::from(0.5).unwrap() * s1) + s8.atan();
    }
    for i14 in 2..6 {
        let a15 = ((c::<T>(1.1))
            + (T::powi(c::<T>(-0.91), 2).cosh() * Float::cosh((c::<T>(-0.91)).powi(2))))
        .acosh();
        s8 /= T::one()
            + (((((c::<T>(0.9)) * ((c::<T>(0.2)).tanh())).acos())
                * (x1 / ((c::<T>(i14 as f64)).hypot(c::<T>(1.0)))))
                * ((((c::<T>(0.9)) * ((c::<T>(0.2)).tanh())).acos())
                    * (x1 / ((c::<T>(i14 as f64)).hypot(c::<T>(1.0))))));
        s10 /= Float::hypot(x1 * (c::<T>(0.08)), T::one());
    }
    if c::<T>(0.79) >= c::<T>(0.46) {
        s10 = (((c::<T>(0.7)) * s10) + (-x1)).tanh();
    }
    T::tanh(T::from(0.001).unwrap() * ((((x0 + x1) + s1) + s8) + s10))
}

fn p19_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 2..4 {
        if (((k::<D>(0.5)) + (((k::<D>(2.0)) + s1.sin()) * ((k::<D>(2.0)) + s1.sin()))).ln_1p())
            .re()
            >= (k::<D>(-0.74)).re()
            && x0.re() < (k::<D>(-0.4)).re()
        {
            break;
        }
        let mut i3 = 0;
        while i3 < 3 {
            i3 += 1;
            let a4: D = ((k::<D>(1.0))
                + ((((k::<D>(1.5)) + x1.tanh()).log10()) * (((k::<D>(1.5)) + x1.tanh()).log10())))
            .log10();
            let a4 = ((((k::<D>((((k::<D>(0.9)) * x1.sin()).atanh()).re().trunc())) * x0.sin())
                .sin())
                * (((k::<D>(2.0)) + a4.sin()).sqrt())
                + ((x1 / ((k::<D>(1.0)) + (s1.cos() * s1.cos()))) * ((a4 / x1.cosh()).tanh())
                    + ((k::<D>(1.0)) + a4)));
            let mut m5 = -(k::<D>(1.3));
            m5 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((k::<D>(((k::<D>(BETA)) - (k::<D>(W[i2]))).re().ceil())) * s1.tanh())
                        .sin()));
        }
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            let a7: D = (((k::<D>(1.1))
                + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0))))
                .acosh())
                * ((k::<D>(-0.3)) * s1.sin());
            s1 = ((k::<D>(0.5)) * s1) + ((((k::<D>(a7.re().signum())) * x1).atan()).atan());
            s1 = (((k::<D>(0.7)) * s1) + (((x1 - a7).sin()).exp_m1())).tanh();
        }
        s1 = ((k::<D>(0.5)) * s1)
            + p3_d(
                (((k::<D>(0.9)) * x0.tanh()).atanh()).cos(),
                s1.sin().tan().sin(),
            )
            .sin();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.5))
                    + ((((k::<D>(0.227)) * x0 + x0).cosh())
                        * (((k::<D>(0.227)) * x0 + x0).cosh())))
                .ln_1p())
                .sin()));
    }
    let mut s8 = k::<D>(1.0);
    for i9 in 0..=4 {
        s1 /= (k::<D>(2.0)) + ((k::<D>(V[i9])).sin());
        s1 = (((k::<D>(0.7)) * s1)
            + p9_d(
                s1.cos().powi(1).cos(),
                ((k::<D>(W[i9])) * x1).sin(),
                s8.cos().cosh().atan(),
            ))
        .tanh();
        s8 -= ((((s8 * s8 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt())
            + ((k::<D>(W[i9])).sin()))
        .sin();
    }
    let mut s10 = k::<D>(0.0);
    for i11 in 0..3 {
        let a12 = (((k::<D>(W[i11])) + s8).sin()).exp();
        let a13 = if i11 != 0 {
            datan2(
                (((k::<D>(-0.621)) + x0).cos()).cosh(),
                -((k::<D>(0.5))
                    + (((s1 / x0.cosh()) / ((s8 * s8 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                        * ((s1 / x0.cosh()) / ((s8 * s8 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))),
            )
        } else {
            x0
        };
        s8 += (((k::<D>(1.0)) + (s10.cos().sinh().tanh() * s10.cos().sinh().tanh())).cbrt()).tanh();
        s1 = ((k::<D>(0.5)) * s1) + s8.atan();
    }
    for i14 in 2..6 {
        let a15 = ((k::<D>(1.1))
            + ((((k::<D>(-0.91)).powi(2)).cosh()) * (((k::<D>(-0.91)).powi(2)).cosh())))
        .acosh();
        s8 /= (k::<D>(1.0))
            + (((((k::<D>(0.9)) * ((k::<D>(0.2)).tanh())).acos())
                * (x1
                    / (((k::<D>(i14 as f64)) * (k::<D>(i14 as f64))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())))
                * ((((k::<D>(0.9)) * ((k::<D>(0.2)).tanh())).acos())
                    * (x1
                        / (((k::<D>(i14 as f64)) * (k::<D>(i14 as f64))
                            + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt()))));
        s10 /=
            ((x1 * (k::<D>(0.08))) * (x1 * (k::<D>(0.08))) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    if (k::<D>(0.79)).re() >= (k::<D>(0.46)).re() {
        s10 = (((k::<D>(0.7)) * s10) + (-x1)).tanh();
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + s1) + s8) + s10)).tanh()
}

#[differentiable]
fn p20<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let a1 = c::<T>(0.741);
    let mut s2 = c::<T>(1.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let mut i4 = 0;
        while i4 < 1 {
            i4 += 1;
            if i3 <= 0 {
                s2 = ((T::from(0.7).unwrap() * s2)
                    + T::powf(
                        (c::<T>(2.0))
                            + T::sin(
                                ((c::<T>(1.0)) + (s2.tanh() * s2.tanh()))
                                    .powf((c::<T>(i3 as f64)).atan()),
                            ),
                        Float::cos(s2),
                    ))
                .tanh();
            }
            s2 /= T::from(2.0).unwrap() + Float::sin(c::<T>(i3 as f64));
            s2 += a1.min(c::<T>(i3 as f64)).tanh().sin();
        }
        s2 = s2.min(a1.atan());
        s2 *= T::one() + ((c::<T>(0.3)) * T::sin(a1));
        if x1 * x1 >= x2.cos() {
            break;
        }
    }
    let mut m5 = c::<T>(-0.83);
    let a6 = (((c::<T>(2.0)) + a1.sin()).log10()) * (x0 / ((c::<T>(2.0)) + Float::sin(x1.cos())));
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8 = (c::<T>(i7 as f64)).min(x2);
        m5 = ((c::<T>(0.5)) * m5) + p3(x0, Float::atan(a8)).cos();
        s2 += p3(
            Float::tanh((c::<T>(W[i7])).cos()),
            T::atan(Float::atan(a8) * m5.tanh()),
        )
        .cos();
    }
    let a1 = ((c::<T>(2.0)) + T::sin(Float::mul_add(Float::sin(m5), x0, a6))).powf(m5.tanh());
    let mut m9: T = s2 + (c::<T>(-0.341));
    (((s2 + m5) + a6) + a1) + m9
}

fn p20_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = k::<D>(0.741);
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let mut i4 = 0;
        while i4 < 1 {
            i4 += 1;
            if i3 <= 0 {
                s2 = (((k::<D>(0.7)) * s2)
                    + ((s2.cos()
                        * ((k::<D>(2.0))
                            + (((((k::<D>(i3 as f64)).atan())
                                * ((k::<D>(1.0)) + (s2.tanh() * s2.tanh())).ln())
                            .exp())
                            .sin()))
                        .ln())
                    .exp()))
                .tanh();
            }
            s2 /= (k::<D>(2.0)) + ((k::<D>(i3 as f64)).sin());
            s2 += dmin(a1, k::<D>(i3 as f64)).tanh().sin();
        }
        s2 = dmin(s2, a1.atan());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
        if (x1 * x1).re() >= x2.cos().re() {
            break;
        }
    }
    let mut m5 = k::<D>(-0.83);
    let a6 = (((k::<D>(2.0)) + a1.sin()).log10()) * (x0 / ((k::<D>(2.0)) + x1.cos().sin()));
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8 = dmin(k::<D>(i7 as f64), x2);
        m5 = ((k::<D>(0.5)) * m5) + p3_d(x0, a8.atan()).cos();
        s2 += p3_d(
            ((k::<D>(W[i7])).cos()).tanh(),
            (a8.atan() * m5.tanh()).atan(),
        )
        .cos();
    }
    let a1 = (m5.tanh() * ((k::<D>(2.0)) + ((m5.sin() * x0 + a6).sin())).ln()).exp();
    let mut m9: D = s2 + (k::<D>(-0.341));
    (((s2 + m5) + a6) + a1) + m9
}

#[differentiable]
fn p21<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 0..=1 {
        let mut m3 = T::exp2((((c::<T>(i2 as f64)) + x1) * Float::tanh(x1)).sin());
        m3 /= T::one() + (T::from(-0.9).unwrap() * (c::<T>(-0.9)));
        m3 -= x1.sin();
    }
    let mut s4 = T::zero();
    for i5 in 1..=4 {
        if i5 % 2 == 1 {
            continue;
        }
        let a6 = Float::powi(
            (c::<T>(2.0)) + Float::sin(c::<T>(std::f64::consts::E)).powi(3).sin(),
            0,
        ) * (T::recip((c::<T>(1.722)).cosh()).atan()
            * ((s1 + (c::<T>(core::f64::consts::PI))).cos()));
        s1 = T::atan(((c::<T>(0.7)) * s1) + (x1 - s1));
        s4 *= T::one() + (T::from(0.3).unwrap() * x1.max(x1).sin());
    }
    s4 /= x0.hypot(c::<T>(1.0));
    let a7 = s1;
    let mut m8 = (((c::<T>(1.0))
        + (((c::<T>(std::f64::consts::E)) / x2.cosh())
            * ((c::<T>(std::f64::consts::E)) / x2.cosh())))
    .sqrt())
        - (((c::<T>(0.9)) * T::asinh(x1).sin()).atanh());
    (((x2 - s1) + s4) + a7) - m8
}

fn p21_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..=1 {
        let mut m3 = ((((k::<D>(i2 as f64)) + x1) * x1.tanh()).sin()).exp2();
        m3 /= (k::<D>(1.0)) + ((k::<D>(-0.9)) * (k::<D>(-0.9)));
        m3 -= x1.sin();
    }
    let mut s4 = k::<D>(0.0);
    for i5 in 1..=4 {
        if i5 % 2 == 1 {
            continue;
        }
        let a6 = (((k::<D>(2.0)) + ((((k::<D>(std::f64::consts::E)).sin()).powi(3)).sin()))
            .powi(0))
            * (((((k::<D>(1.722)).cosh()).recip()).atan())
                * ((s1 + (k::<D>(core::f64::consts::PI))).cos()));
        s1 = (((k::<D>(0.7)) * s1) + (x1 - s1)).atan();
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dmax(x1, x1).sin());
    }
    s4 /= (x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    let a7 = s1;
    let mut m8 = (((k::<D>(1.0))
        + (((k::<D>(std::f64::consts::E)) / x2.cosh())
            * ((k::<D>(std::f64::consts::E)) / x2.cosh())))
    .sqrt())
        - (((k::<D>(0.9)) * x1.asinh().sin()).atanh());
    (((x2 - s1) + s4) + a7) - m8
}

#[differentiable]
fn p22(x: &[f64], y: f64) -> f64 {
    let mut m1 = 1.7;
    for i2 in 2..6 {
        m1 *= 1.0 + (0.3 * Float::sin((m1 + x[0]).min(x[2] - x[4])));
        let (u3, w4) = (1.77, (2.0 + x[1].sin()).powf(x[1]));
        m1 += Float::atan(f64::powi(1.0 + (x[4] * x[4]), 0).atan());
        m1 *= 1.0 + (0.3_f64 * u3.exp2().sin());
    }
    let mut m5 = (1.727 / (2.0 + x[2].sin())).tanh();
    let a6 = -m1;
    let mut s7 = 0.0;
    for i8 in 2..=3 {
        if Float::powf(2.0 + f64::sin(-0.544), s7.tanh()) > s7 {
            m1 -= x[0].exp().cos();
        } else {
            s7 = (0.5 * s7) + Float::sin((i8 as f64)).tan().atan();
        }
        let a9: f64 = x[3];
        m5 = (0.5_f64 * m5)
            + p10(
                Float::sin((i8 as f64)),
                std::f64::consts::E.atan(),
                BETA.tanh(),
            )
            .sin();
        m1 /= m5.sin().mul_add(-0.698_f64, s7).cos().cosh();
    }
    let mut s10 = 1.0_f64;
    for i11 in 1..5 {
        let a12: f64 = a6;
        let a13 = x[1] / (1.0f64 + (f64::tanh(f64::atan(s7).sinh()) * s7.atan().sinh().tanh()));
        m5 += ((((0.9 * 0.3.tanh()).atanh()) / Float::ln(1.0 + (x[2] * x[2])).hypot(1.0)) - x[1])
            .atan();
        s7 = f64::min(s7, y.cos().cos());
        if !(f64::powf(f64::exp(x[4]), s10.atan()) < -0.17) {
            break;
        }
    }
    m5 *= 1.0 + (0.3 * ((BETA.atan() * m1.atan()).sin()));
    f64::tanh(0.001 * (((((m1 + m5) + a6) + s7) + s10) + x[4]))
}

fn p22_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = k::<D>(1.7);
    for i2 in 2..6 {
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dmin(m1 + x[0], x[2] - x[4]).sin());
        let (u3, w4) = (
            k::<D>(1.77),
            (x[1] * ((k::<D>(2.0)) + x[1].sin()).ln()).exp(),
        );
        m1 += ((((k::<D>(1.0)) + (x[4] * x[4])).powi(0)).atan()).atan();
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u3.exp2().sin());
    }
    let mut m5 = ((k::<D>(1.727)) / ((k::<D>(2.0)) + x[2].sin())).tanh();
    let a6 = -m1;
    let mut s7 = k::<D>(0.0);
    for i8 in 2..=3 {
        if ((s7.tanh() * ((k::<D>(2.0)) + ((k::<D>(-0.544)).sin())).ln()).exp()).re() > s7.re() {
            m1 -= x[0].exp().cos();
        } else {
            s7 = ((k::<D>(0.5)) * s7) + ((((k::<D>(i8 as f64)).sin()).tan()).atan());
        }
        let a9: D = x[3];
        m5 = ((k::<D>(0.5)) * m5)
            + p10_d(
                (k::<D>(i8 as f64)).sin(),
                (k::<D>(std::f64::consts::E)).atan(),
                (k::<D>(BETA)).tanh(),
            )
            .sin();
        m1 /= ((m5.sin() * (k::<D>(-0.698)) + s7).cos()).cosh();
    }
    let mut s10 = k::<D>(1.0);
    for i11 in 1..5 {
        let a12: D = a6;
        let a13 = x[1] / ((k::<D>(1.0)) + (s7.atan().sinh().tanh() * s7.atan().sinh().tanh()));
        m5 += (((((k::<D>(0.9)) * ((k::<D>(0.3)).tanh())).atanh())
            / (((((k::<D>(1.0)) + (x[2] * x[2])).ln()) * (((k::<D>(1.0)) + (x[2] * x[2])).ln())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt()))
            - x[1])
            .atan();
        s7 = dmin(s7, y.cos().cos());
        if !(((s10.atan() * x[4].exp().ln()).exp()).re() < (k::<D>(-0.17)).re()) {
            break;
        }
    }
    m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(BETA)).atan()) * m1.atan()).sin()));
    ((k::<D>(0.001)) * (((((m1 + m5) + a6) + s7) + s10) + x[4])).tanh()
}

#[differentiable]
fn p23<T: Float>(x: [T; 5], y: T) -> T {
    let (u1, w2) = (
        c::<T>(0.4),
        ((c::<T>(-1.69)).exp()).atan2(
            -((c::<T>(0.5))
                + (Float::atanh((c::<T>(0.9)) * y.tanh()) * T::atanh((c::<T>(0.9)) * y.tanh()))),
        ),
    );
    let a3 = y;
    let a4 = if !(x[2].hypot(T::one()).log10() <= c::<T>(-0.18)) {
        w2
    } else {
        y
    };
    let mut s5 = c::<T>(0.5);
    for i6 in 0..x.len() - 1 {
        for i7 in 0..x.len() - 1 {
            let y = a4 * x[i7 + 1];
            s5 = s5 + ((x[i7 + 1] + T::zero()).tanh());
        }
        let w2 = T::powf(T::from(2.0).unwrap() + ((c::<T>(i6 as f64)).sin()), x[i6]);
        s5 = s5
            * (T::one()
                + ((c::<T>(0.3))
                    * Float::tanh(T::ln((c::<T>(1.5)) + a4.tanh()).sin().cosh())
                        .cosh()
                        .sin()));
        s5 = s5 - Float::atan(x[i6 + 1] + y);
        s5 = s5
            + p3((c::<T>(V[i6])).sin(), x[i6 + 1])
                .hypot((c::<T>(0.5)) + ((x[i6] + (c::<T>(W[i6]))) * (x[i6] + (c::<T>(W[i6])))))
                .sin();
    }
    let (u8, w9) = (
        T::ln_1p(
            T::from(0.5).unwrap()
                + (((c::<T>(2.0)) + T::powf(T::hypot(x[3], c::<T>(1.0)), x[2]).sin())
                    * ((c::<T>(2.0)) + Float::sin(T::hypot(x[3], c::<T>(1.0)).powf(x[2])))),
        ),
        T::from(-0.362)
            .unwrap()
            .hypot(c::<T>(1.0))
            .powf(w2.cos().atan()),
    );
    ((c::<T>(0.001)) * (((((a3 + a4) + s5) - u8) - w9) + x[0])).tanh()
}

fn p23_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        k::<D>(0.4),
        datan2(
            (k::<D>(-1.69)).exp(),
            -((k::<D>(0.5))
                + ((((k::<D>(0.9)) * y.tanh()).atanh()) * (((k::<D>(0.9)) * y.tanh()).atanh()))),
        ),
    );
    let a3 = y;
    let a4 = if !((((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()).re()
        <= (k::<D>(-0.18)).re())
    {
        w2
    } else {
        y
    };
    let mut s5 = k::<D>(0.5);
    for i6 in 0..x.len() - 1 {
        for i7 in 0..x.len() - 1 {
            let y = a4 * x[i7 + 1];
            s5 += (x[i7 + 1] + (k::<D>(-0.0))).tanh();
        }
        let w2 = (x[i6] * ((k::<D>(2.0)) + ((k::<D>(i6 as f64)).sin())).ln()).exp();
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((((k::<D>(1.5)) + a4.tanh()).ln()).sin()).cosh()).tanh()).cosh()).sin()));
        s5 -= (x[i6 + 1] + y).atan();
        s5 += ((p3_d((k::<D>(V[i6])).sin(), x[i6 + 1]) * p3_d((k::<D>(V[i6])).sin(), x[i6 + 1])
            + ((k::<D>(0.5)) + ((x[i6] + (k::<D>(W[i6]))) * (x[i6] + (k::<D>(W[i6])))))
                * ((k::<D>(0.5)) + ((x[i6] + (k::<D>(W[i6]))) * (x[i6] + (k::<D>(W[i6]))))))
        .sqrt())
        .sin();
    }
    let (u8, w9) = (
        ((k::<D>(0.5))
            + (((k::<D>(2.0))
                + (((x[2] * ((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp())
                    .sin()))
                * ((k::<D>(2.0))
                    + (((x[2] * ((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
                        .exp())
                    .sin()))))
        .ln_1p(),
        (w2.cos().atan()
            * (((k::<D>(-0.362)) * (k::<D>(-0.362)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
        .exp(),
    );
    ((k::<D>(0.001)) * (((((a3 + a4) + s5) - u8) - w9) + x[0])).tanh()
}

#[differentiable]
fn p24(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 1.0;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let (u3, w4) = (x1 * Float::cos(s1 + x2).sin().tan(), 1.8);
        for i5 in 2..5 {
            let a6: f64 = x1;
            let a7 = a6;
            s1 -= (V[i2] / (1.0 + (x0 * x0))).atan();
        }
        s1 /= 1.0 + ((i2 as f64) * (i2 as f64));
    }
    let a8 = if x2 / x2.hypot(1.0) > x1 {
        x2 / (1.5 + s1.tanh())
    } else {
        0.53 * s1.atan().cosh()
    };
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let a10 = Float::hypot(Float::cbrt(x0.exp()), 0.5 + (a8.tanh() * Float::tanh(a8)));
        let a11 = x1 + V[i9];
        s1 = (0.5 * s1) + ((V[i9].mul_add(core::f64::consts::PI.atan(), x2) + x0.atan()).cos());
    }
    (0.001 * ((((x0 + x1) + x2) + s1) * a8)).tanh()
}

fn p24_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let (u3, w4) = (x1 * ((((s1 + x2).cos()).sin()).tan()), k::<D>(1.8));
        for i5 in 2..5 {
            let a6: D = x1;
            let a7 = a6;
            s1 -= ((k::<D>(V[i2])) / ((k::<D>(1.0)) + (x0 * x0))).atan();
        }
        s1 /= (k::<D>(1.0)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64)));
    }
    let a8 = if (x2 / ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re() > x1.re() {
        x2 / ((k::<D>(1.5)) + s1.tanh())
    } else {
        (k::<D>(0.53)) * s1.atan().cosh()
    };
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let a10 = (x0.exp().cbrt() * x0.exp().cbrt()
            + ((k::<D>(0.5)) + (a8.tanh() * a8.tanh()))
                * ((k::<D>(0.5)) + (a8.tanh() * a8.tanh())))
        .sqrt();
        let a11 = x1 + (k::<D>(V[i9]));
        s1 = ((k::<D>(0.5)) * s1)
            + ((((k::<D>(V[i9])) * ((k::<D>(core::f64::consts::PI)).atan()) + x2) + x0.atan())
                .cos());
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + x2) + s1) * a8)).tanh()
}

#[differentiable]
fn p25<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = c::<T>(BETA);
    let mut s2: T = c::<T>(0.0);
    for i3 in 2..6 {
        let a4 = if a1 * x[0] > T::from(0.06).unwrap() {
            T::powf(a1.cos().hypot(c::<T>(1.0)), (x[1] - x[2]).sin())
        } else {
            ((c::<T>(1.0))
                + ((((T::one() + (a1 * a1)).ln()).atan())
                    * ((((c::<T>(1.0)) + (a1 * a1)).ln()).atan())))
            .powi(0)
        };
        s2 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(s2));
    }
    if -s2 >= T::from(0.99).unwrap() {
        return T::recip(
            T::one() + ((a1 / (T::one() + (x[1] * x[1]))) * (a1 / ((c::<T>(1.0)) + (x[1] * x[1])))),
        );
    }
    let (u5, w6) = (
        T::acosh(
            (c::<T>(1.1))
                + ((T::from(1.5).unwrap()
                    + ((((c::<T>(1.5)) + ((a1 + a1).tanh())).powi(-2)).tanh()))
                    * ((c::<T>(1.5)) + ((((c::<T>(1.5)) + Float::tanh(a1 + a1)).powi(-2)).tanh()))),
        ),
        -(((((c::<T>(1.1)) + (((c::<T>(1.0)) + (x[0] * x[0])) * (T::one() + (x[0] * x[0]))))
            .acosh())
        .cos())
            * s2.tanh()),
    );
    let w6 = T::tan(Float::sin(
        (((c::<T>(-0.654)) * x[0]).mul_add((a1 - w6).cos(), x[2].exp2())).atan(),
    ));
    (((a1 + s2) + u5) + w6) - x[1]
}

fn p25_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(BETA);
    let mut s2: D = k::<D>(0.0);
    for i3 in 2..6 {
        let a4 = if (a1 * x[0]).re() > (k::<D>(0.06)).re() {
            (((x[1] - x[2]).sin())
                * ((a1.cos() * a1.cos() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
            .exp()
        } else {
            ((k::<D>(1.0))
                + (((((k::<D>(1.0)) + (a1 * a1)).ln()).atan())
                    * ((((k::<D>(1.0)) + (a1 * a1)).ln()).atan())))
            .powi(0)
        };
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.sin());
    }
    if (-s2).re() >= (k::<D>(0.99)).re() {
        return ((k::<D>(1.0))
            + ((a1 / ((k::<D>(1.0)) + (x[1] * x[1]))) * (a1 / ((k::<D>(1.0)) + (x[1] * x[1])))))
            .recip();
    }
    let (u5, w6) = (
        ((k::<D>(1.1))
            + (((k::<D>(1.5)) + ((((k::<D>(1.5)) + ((a1 + a1).tanh())).powi(-2)).tanh()))
                * ((k::<D>(1.5)) + ((((k::<D>(1.5)) + ((a1 + a1).tanh())).powi(-2)).tanh()))))
        .acosh(),
        -(((((k::<D>(1.1))
            + (((k::<D>(1.0)) + (x[0] * x[0])) * ((k::<D>(1.0)) + (x[0] * x[0]))))
            .acosh())
        .cos())
            * s2.tanh()),
    );
    let w6 = (((((k::<D>(-0.654)) * x[0]) * ((a1 - w6).cos()) + x[2].exp2()).atan()).sin()).tan();
    (((a1 + s2) + u5) + w6) - x[1]
}

#[differentiable]
fn p26(x: &[f64]) -> f64 {
    let a1: f64 = (0.9_f64 * x[2].tanh()).atanh();
    let a1 = Float::cos(x[0] + Float::acos(0.9 * a1.tanh().tanh()));
    let mut s2 = 0.5;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        s2 += f64::tanh(-0.388_f64);
        s2 = (0.5 * s2) + Float::cos(x[2]);
        if i3 % 2 == 1 {
            break;
        }
    }
    for i4 in 0..x.len() - 1 {
        let a5 = Float::atan2(a1, 0.5 + (x[i4] * x[i4])) * a1.asinh();
        let mut m6: f64 = ((std::f64::consts::E - core::f64::consts::PI).atan())
            + ((1.0 + (((s2 + a5).atan()) * ((s2 + a5).atan()))).log10());
        s2 = Float::max(s2, ((1.0_f64 + (x[i4] * x[i4])).powi(-2)).atan());
        if s2 - x[i4 + 1] < -0.24 {
            continue;
        }
    }
    let (u7, w8) = (a1.tanh(), a1);
    let mut s9: f64 = 0.5;
    for i10 in x {
        let a1: f64 = f64::cbrt(f64::tanh(x[2].exp2()).cosh())
            .tanh()
            .cosh()
            .powi(-1);
        let a11 = s2.atan() * (-0.638f64);
        let mut s12 = 0.5;
        for i13 in 0..x.len() {
            if i13 != 2 {
                break;
            }
            let (u14, w15) = (
                f64::atan2(s9, 0.5 + (a11 * a11)) + f64::cos(u7),
                (1.5 + ((a1 - W[i13]).tanh())).ln(),
            );
            s2 /= 1.0 + (std::f64::consts::E * std::f64::consts::E);
        }
        s9 += Float::tanh(s2);
    }
    (0.001 * (((((a1 - s2) + u7) + w8) + s9) + x[0])).tanh()
}

fn p26_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(0.9)) * x[2].tanh()).atanh();
    let a1 = (x[0] + (((k::<D>(0.9)) * a1.tanh().tanh()).acos())).cos();
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        s2 += (k::<D>(-0.388)).tanh();
        s2 = ((k::<D>(0.5)) * s2) + x[2].cos();
        if i3 % 2 == 1 {
            break;
        }
    }
    for i4 in 0..x.len() - 1 {
        let a5 = datan2(a1, (k::<D>(0.5)) + (x[i4] * x[i4])) * a1.asinh();
        let mut m6: D = (((k::<D>(std::f64::consts::E)) - (k::<D>(core::f64::consts::PI))).atan())
            + (((k::<D>(1.0)) + (((s2 + a5).atan()) * ((s2 + a5).atan()))).log10());
        s2 = dmax(s2, (((k::<D>(1.0)) + (x[i4] * x[i4])).powi(-2)).atan());
        if (s2 - x[i4 + 1]).re() < (k::<D>(-0.24)).re() {
            continue;
        }
    }
    let (u7, w8) = (a1.tanh(), a1);
    let mut s9: D = k::<D>(0.5);
    for i10 in x {
        let a1: D = x[2].exp2().tanh().cosh().cbrt().tanh().cosh().powi(-1);
        let a11 = s2.atan() * (k::<D>(-0.638));
        let mut s12 = k::<D>(0.5);
        for i13 in 0..x.len() {
            if i13 != 2 {
                break;
            }
            let (u14, w15) = (
                datan2(s9, (k::<D>(0.5)) + (a11 * a11)) + u7.cos(),
                ((k::<D>(1.5)) + ((a1 - (k::<D>(W[i13]))).tanh())).ln(),
            );
            s2 /= (k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)));
        }
        s9 += s2.tanh();
    }
    ((k::<D>(0.001)) * (((((a1 - s2) + u7) + w8) + s9) + x[0])).tanh()
}

#[differentiable]
fn p27<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut m1: T = T::powf(
        (c::<T>(1.0))
            + (((-(c::<T>(-1.3))) / ((c::<T>(1.0)) + (x2.asinh() * x2.asinh())))
                * ((-(c::<T>(-1.3))) / (T::one() + (x2.asinh() * x2.asinh())))),
        ((if c::<T>(0.5) < x2 { c::<T>(-1.515) } else { x2 }).exp()).sin(),
    );
    let a2 = Float::atan(x0 - x0)
        + x0.mul_add(
            T::cos(c::<T>(core::f64::consts::PI)),
            (T::from(0.9).unwrap() * x1.sin()).atanh(),
        );
    let a3: T = m1.atan();
    (((x1 + x2) + m1) + a2) * a3
}

fn p27_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = ((((if (k::<D>(0.5)).re() < x2.re() {
        k::<D>(-1.515)
    } else {
        x2
    })
    .exp())
    .sin())
        * ((k::<D>(1.0))
            + (((-(k::<D>(-1.3))) / ((k::<D>(1.0)) + (x2.asinh() * x2.asinh())))
                * ((-(k::<D>(-1.3))) / ((k::<D>(1.0)) + (x2.asinh() * x2.asinh())))))
        .ln())
    .exp();
    let a2 = ((x0 - x0).atan())
        + (x0 * ((k::<D>(core::f64::consts::PI)).cos()) + (((k::<D>(0.9)) * x1.sin()).atanh()));
    let a3: D = m1.atan();
    (((x1 + x2) + m1) + a2) * a3
}

#[differentiable]
fn p28(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut s1 = 0.0;
    for i2 in 0..2 {
        let mut m4 = (s1.cos()
            * ({
                let t3 = s1;
                ALPHA
            }))
            + ((0.5 + ((1.0 + ((-x1) * (-x1))) * (1.0 + ((-x1) * (-x1))))).ln_1p());
        let a5 = if i2 != 0 {
            x0.mul_add(x1, x1)
        } else {
            (0.9 * x1.tanh()).asin()
        };
        for i6 in 0..nk {
            let (u7, w8) = (
                (2.0 + 1.877.sin()).sqrt(),
                (1.0 + ((x1 - (-0.121)) * (x1 - (-0.121f64))))
                    .log((0.5 + (0.4 * ((((0.9 * f64::sin(x1)).atanh()).cos()).sin()))).exp()),
            );
            m4 += a5.atan();
        }
        s1 -= (((2.0 + a5.sin()).recip()).min(x1 - s1)).cos();
    }
    let a9 = ((1.5 + s1.tanh()).powi(0)) - x0;
    let a10 = x1;
    let (u11, w12) = (a9 - x1, 0.34_f64 + x1);
    let mut m13 = (0.68f64 * x0) + f64::mul_add(w12, -1.0, a9);
    (((a9 + a10) + u11) + w12) + m13
}

fn p28_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..2 {
        let mut m4 = (s1.cos()
            * ({
                let t3 = s1;
                k::<D>(ALPHA)
            }))
            + (((k::<D>(0.5))
                + (((k::<D>(1.0)) + ((-x1) * (-x1))) * ((k::<D>(1.0)) + ((-x1) * (-x1)))))
                .ln_1p());
        let a5 = if i2 != 0 {
            (x0 * x1 + x1)
        } else {
            ((k::<D>(0.9)) * x1.tanh()).asin()
        };
        for i6 in 0..nk {
            let (u7, w8) = (
                ((k::<D>(2.0)) + ((k::<D>(1.877)).sin())).sqrt(),
                (((k::<D>(1.0)) + ((x1 - (k::<D>(-0.121))) * (x1 - (k::<D>(-0.121))))).ln()
                    / (((k::<D>(0.5))
                        + ((k::<D>(0.4)) * (((((k::<D>(0.9)) * x1.sin()).atanh()).cos()).sin())))
                    .exp())
                    .ln()),
            );
            m4 += a5.atan();
        }
        s1 -= dmin(((k::<D>(2.0)) + a5.sin()).recip(), x1 - s1).cos();
    }
    let a9 = (((k::<D>(1.5)) + s1.tanh()).powi(0)) - x0;
    let a10 = x1;
    let (u11, w12) = (a9 - x1, (k::<D>(0.34)) + x1);
    let mut m13 = ((k::<D>(0.68)) * x0) + (w12 * (k::<D>(-1.0)) + a9);
    (((a9 + a10) + u11) + w12) + m13
}

#[differentiable]
fn p29<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (
        ((c::<T>(2.0)) + T::sin(x0)).recip(),
        ((c::<T>(0.9)) * x1.sin()).asin(),
    );
    let a3 = if T::ln((c::<T>(2.0)) + x2.sin()) >= x2 && w2 <= c::<T>(-1.88) {
        Float::atan(x0)
    } else {
        Float::atan(x1)
    };
    let (u4, w5) = (
        Float::cos(
            ((c::<T>(0.5)) + ((T::from(2.0).unwrap() + a3.sin()) * ((c::<T>(2.0)) + a3.sin())))
                .ln_1p(),
        ),
        (x1 * x2) + ((c::<T>(0.3)).mul_add(u1, x1)),
    );
    let mut s6 = c::<T>(0.0);
    for i7 in 2..3 {
        let a8 = (w2 + T::from(-1.45).unwrap()) * Float::exp2(T::from(-0.61).unwrap());
        let mut m9: T = Float::cosh(Float::exp(u4).atan());
        m9 -= (-(a8 * T::from(-0.2).unwrap())).atan();
        s6 -= (if s6 < x1 { x1 } else { T::from(1.19).unwrap() }).cos();
    }
    (((w2 + a3) + u4) + w5) + s6
}

fn p29_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        ((k::<D>(2.0)) + x0.sin()).recip(),
        ((k::<D>(0.9)) * x1.sin()).asin(),
    );
    let a3 = if (((k::<D>(2.0)) + x2.sin()).ln()).re() >= x2.re() && w2.re() <= (k::<D>(-1.88)).re()
    {
        x0.atan()
    } else {
        x1.atan()
    };
    let (u4, w5) = (
        (((k::<D>(0.5)) + (((k::<D>(2.0)) + a3.sin()) * ((k::<D>(2.0)) + a3.sin()))).ln_1p()).cos(),
        (x1 * x2) + ((k::<D>(0.3)) * u1 + x1),
    );
    let mut s6 = k::<D>(0.0);
    for i7 in 2..3 {
        let a8 = (w2 + (k::<D>(-1.45))) * ((k::<D>(-0.61)).exp2());
        let mut m9: D = u4.exp().atan().cosh();
        m9 -= (-(a8 * (k::<D>(-0.2)))).atan();
        s6 -= (if s6.re() < x1.re() { x1 } else { k::<D>(1.19) }).cos();
    }
    (((w2 + a3) + u4) + w5) + s6
}

#[differentiable]
fn p30<T: Float>(x0: T, x1: T) -> T {
    let mut m1: T = (((c::<T>(std::f64::consts::E)) + x0)
        / (T::one() + (x1.cosh().atan() * T::cosh(x1).atan())))
    .atan();
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        m1 = m1
            + ((p3(x1.sin().cos(), x0)
                / ((c::<T>(1.0))
                    + ((((c::<T>(2.0)) + (((c::<T>(W[i2])) * x1).sin()))
                        .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * T::cos(x1 - x0).sin())).exp()))
                        * (((c::<T>(2.0)) + (((c::<T>(W[i2])) * x1).sin())).log(
                            ((c::<T>(0.5)) + ((c::<T>(0.4)) * T::cos(x1 - x0).sin())).exp(),
                        )))))
            .sin());
        m1 = m1 - T::exp(Float::tanh(m1)).powf((c::<T>(ALPHA)).tanh()).atan();
    }
    if ((c::<T>(1.1)) + ((T::from(2.0).unwrap() + Float::sin(x0)) * ((c::<T>(2.0)) + x0.sin())))
        .acosh()
        > c::<T>(-0.15)
    {
        m1 = m1 - T::sin(x0);
    } else {
        m1 = (T::from(0.5).unwrap() * m1) + x0;
    }
    (x0 + x1) + m1
}

fn p30_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = (((k::<D>(std::f64::consts::E)) + x0)
        / ((k::<D>(1.0)) + (x1.cosh().atan() * x1.cosh().atan())))
    .atan();
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        m1 += (p3_d(x1.sin().cos(), x0)
            / ((k::<D>(1.0))
                + ((((k::<D>(2.0)) + (((k::<D>(W[i2])) * x1).sin())).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((x1 - x0).cos()).sin()))).exp())
                        .ln())
                    * (((k::<D>(2.0)) + (((k::<D>(W[i2])) * x1).sin())).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((x1 - x0).cos()).sin()))).exp())
                            .ln()))))
        .sin();
        m1 -= ((((k::<D>(ALPHA)).tanh()) * m1.tanh().exp().ln()).exp()).atan();
    }
    if (((k::<D>(1.1)) + (((k::<D>(2.0)) + x0.sin()) * ((k::<D>(2.0)) + x0.sin()))).acosh()).re()
        > (k::<D>(-0.15)).re()
    {
        m1 -= x0.sin();
    } else {
        m1 = ((k::<D>(0.5)) * m1) + x0;
    }
    (x0 + x1) + m1
}

#[differentiable]
fn p31(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0;
    for i2 in 0..=4 {
        let a3 = s1;
        if i2 <= 3 {
            break;
        }
        let a3 = ((i2 as f64).floor()) * a3.atan();
        let a4 = if i2 % 2 == 0 {
            (1.0 + (x2 * x2)).recip()
        } else {
            a3.tanh()
        };
        s1 = (0.5 * s1) + x0.atan();
        s1 += f64::cos((1.0_f64 + (x2 * x2)).sqrt());
    }
    let mut s5 = 1.0;
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7 = (0.9f64 * ((((0.9 * x0.tanh()).atanh()).cos()).sin())).acos();
        let mut m8 = x1;
        s5 -= x2.atan();
    }
    if 0.6 > x2 + s1 {
        s5 = (0.5 * s5) + ((-0.38).atan());
    } else {
        s1 *= 1.0 + (0.3 * ((((-1.27).cos()) * s1.cos()).sin()));
    }
    let mut i9 = 0;
    while i9 < 2 {
        i9 += 1;
        let a10: f64 = s5;
        if i9 == 0 {
            continue;
        }
        s5 = (0.5_f64 * s5) + Float::atan((2.0 + Float::sin(a10)).powf(x0));
    }
    s5 -= Float::powi(f64::cos(s1).cosh(), -1);
    (0.001 * ((((x0 * x1) + x2) + s1) + s5)).tanh()
}

fn p31_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..=4 {
        let a3 = s1;
        if i2 <= 3 {
            break;
        }
        let a3 = (k::<D>((k::<D>(i2 as f64)).re().floor())) * a3.atan();
        let a4 = if i2 % 2 == 0 {
            ((k::<D>(1.0)) + (x2 * x2)).recip()
        } else {
            a3.tanh()
        };
        s1 = ((k::<D>(0.5)) * s1) + x0.atan();
        s1 += (((k::<D>(1.0)) + (x2 * x2)).sqrt()).cos();
    }
    let mut s5 = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7 = ((k::<D>(0.9)) * (((((k::<D>(0.9)) * x0.tanh()).atanh()).cos()).sin())).acos();
        let mut m8 = x1;
        s5 -= x2.atan();
    }
    if (k::<D>(0.6)).re() > (x2 + s1).re() {
        s5 = ((k::<D>(0.5)) * s5) + ((k::<D>(-0.38)).atan());
    } else {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(-1.27)).cos()) * s1.cos()).sin()));
    }
    let mut i9 = 0;
    while i9 < 2 {
        i9 += 1;
        let a10: D = s5;
        if i9 == 0 {
            continue;
        }
        s5 = ((k::<D>(0.5)) * s5) + (((x0 * ((k::<D>(2.0)) + a10.sin()).ln()).exp()).atan());
    }
    s5 -= s1.cos().cosh().powi(-1);
    ((k::<D>(0.001)) * ((((x0 * x1) + x2) + s1) + s5)).tanh()
}

#[differentiable]
fn p32<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = Float::cosh((x[4] / (T::from(2.0).unwrap() + ((c::<T>(1.864)).sin()))).sin());
    let mut s2 = c::<T>(0.5);
    for i3 in 0..x.len() / 2 {
        if x[2 * i3] - s2 >= T::from(0.84).unwrap() && i3 < 3 {
            break;
        }
        if x[2 * i3].exp().recip() > c::<T>(-0.82) {
            s2 = (T::from(0.5).unwrap() * s2)
                + ((((((c::<T>(i3 as f64)).tanh()) * s2.atan()).atan())
                    .mul_add(x[2 * i3 + 1], x[2 * i3 + 1]))
                .cos());
        } else {
            s2 -= (Float::powf(
                (c::<T>(1.5)) + a1.tanh().mul_add(x[2 * i3 + 1], s2).tanh(),
                {
                    let t4 = a1;
                    c::<T>(-1.0)
                },
            ) + (c::<T>(core::f64::consts::PI)))
            .tanh();
        }
        let a5 = x[2 * i3 + 1] - s2;
        s2 *= T::one() + (T::from(0.3).unwrap() * Float::sin(c::<T>(i3 as f64)));
        s2 = ((c::<T>(0.5)) * s2) + s2.tanh().exp_m1().cos();
    }
    let a6 = ((((x[2] + T::from(1.753).unwrap()).round()) * T::tanh(T::log10(s2.atan().exp())))
        .cos())
        * T::atan(s2);
    let a7 = T::exp(s2.sin()) * (c::<T>(-1.7));
    for &i8 in x.iter() {
        let a9 = (((c::<T>(1.0)) + (((a7 + x[2]).atan()) * ((a7 + x[2]).atan()))).log(
            ((c::<T>(0.5))
                + ((c::<T>(0.4)) * T::sin(p21(c::<T>(1.182), Float::cos(a7), a6.atan()).atan())))
            .exp(),
        )) * (x[0] / ((c::<T>(-0.224)).hypot(c::<T>(1.0))));
        let mut m10 = c::<T>(-0.53);
        let a11 = T::sqrt(
            (c::<T>(1.0)) + ((((i8 * a1).tanh()).powi(3)) * Float::powi((i8 * a1).tanh(), 3)),
        );
        m10 /= (c::<T>(1.0)) + (p9(x[1], x[4], c::<T>(1.16)) * p9(x[1], x[4], c::<T>(1.16)));
    }
    let mut m12 = a6 + (c::<T>(-1.79));
    ((c::<T>(0.001)) * (((((a1 + s2) + a6) + a7) * m12) - x[3])).tanh()
}

fn p32_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((x[4] / ((k::<D>(2.0)) + ((k::<D>(1.864)).sin()))).sin()).cosh();
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() / 2 {
        if (x[2 * i3] - s2).re() >= (k::<D>(0.84)).re() && i3 < 3 {
            break;
        }
        if x[2 * i3].exp().recip().re() > (k::<D>(-0.82)).re() {
            s2 = ((k::<D>(0.5)) * s2)
                + ((((((k::<D>(i3 as f64)).tanh()) * s2.atan()).atan()) * x[2 * i3 + 1]
                    + x[2 * i3 + 1])
                    .cos());
        } else {
            s2 -= (((({
                let t4 = a1;
                k::<D>(-1.0)
            }) * ((k::<D>(1.5)) + ((a1.tanh() * x[2 * i3 + 1] + s2).tanh())).ln())
            .exp())
                + (k::<D>(core::f64::consts::PI)))
            .tanh();
        }
        let a5 = x[2 * i3 + 1] - s2;
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(i3 as f64)).sin()));
        s2 = ((k::<D>(0.5)) * s2) + s2.tanh().exp_m1().cos();
    }
    let a6 = (((k::<D>((x[2] + (k::<D>(1.753))).re().round())) * s2.atan().exp().log10().tanh())
        .cos())
        * s2.atan();
    let a7 = s2.sin().exp() * (k::<D>(-1.7));
    for &i8 in x.iter() {
        let a9 = (((k::<D>(1.0)) + (((a7 + x[2]).atan()) * ((a7 + x[2]).atan()))).ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4)) * p21_d(k::<D>(1.182), a7.cos(), a6.atan()).atan().sin()))
            .exp())
            .ln())
            * (x[0]
                / (((k::<D>(-0.224)) * (k::<D>(-0.224)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()));
        let mut m10 = k::<D>(-0.53);
        let a11 =
            ((k::<D>(1.0)) + ((((i8 * a1).tanh()).powi(3)) * (((i8 * a1).tanh()).powi(3)))).sqrt();
        m10 /= (k::<D>(1.0)) + (p9_d(x[1], x[4], k::<D>(1.16)) * p9_d(x[1], x[4], k::<D>(1.16)));
    }
    let mut m12 = a6 + (k::<D>(-1.79));
    ((k::<D>(0.001)) * (((((a1 + s2) + a6) + a7) * m12) - x[3])).tanh()
}

#[differentiable]
fn p33(x: &[f64]) -> f64 {
    let a1 = BETA - (std::f64::consts::E * ALPHA);
    let mut s2: f64 = 1.0;
    for i3 in 0..x.len() {
        let mut m4 = (s2.cos() * x[i3]) + ((1.0f64 + (a1.tanh() * a1.tanh())).powi(-1));
        if i3 == 3 {
            break;
        }
        m4 = ((0.7 * m4) + s2).tanh();
    }
    let a1 = s2 + ALPHA;
    let mut s5 = 1.0;
    let mut i6 = 0;
    while i6 < 1 {
        i6 += 1;
        if (0.9 * s2.atan().tanh()).atanh() >= -0.63 {
            s2 = s2.max(Float::cos(
                (a1 / Float::hypot(s2, 1.0)) - Float::hypot(x[3], 1.0).sqrt(),
            ));
        } else {
            s2 *= 1.0 + (0.3 * ((((-0.818).mul_add(x[0], x[2])) * ((i6 as f64) + x[0])).sin()));
        }
        if i6 >= 1 {
            s2 *= 1.0 + (0.3 * Float::sin((2.0 + BETA.abs().sin()).cbrt()));
        } else {
            s2 -= (Float::atan(s2 + 1.8).powi(1) - ((W[i6] + x[1]) + (a1 - s2))).cos();
        }
        s2 = ((0.7 * s2) + (f64::cbrt(2.0 + a1.sin()) - (x[3] - x[1]))).atan();
    }
    s2 = s2.max((x[0] + s5).atan());
    let a7 = if (1.0_f64 + (s5.atan() * s5.atan())).powf(1.2) >= 0.45 {
        (((0.9 * Float::sin(x[2] * x[0])).asin()).trunc()) * ((x[1] + s5).tanh())
    } else {
        core::f64::consts::PI.atan()
    };
    let a8: f64 = ((2.0 + 0.7.sin()).log10()) / (2.0 + f64::sin(x[3]));
    ((((s2 + a1) + s5) + a7) + a8) + x[1]
}

fn p33_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(BETA)) - ((k::<D>(std::f64::consts::E)) * (k::<D>(ALPHA)));
    let mut s2: D = k::<D>(1.0);
    for i3 in 0..x.len() {
        let mut m4 = (s2.cos() * x[i3]) + (((k::<D>(1.0)) + (a1.tanh() * a1.tanh())).powi(-1));
        if i3 == 3 {
            break;
        }
        m4 = (((k::<D>(0.7)) * m4) + s2).tanh();
    }
    let a1 = s2 + (k::<D>(ALPHA));
    let mut s5 = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 1 {
        i6 += 1;
        if (((k::<D>(0.9)) * s2.atan().tanh()).atanh()).re() >= (k::<D>(-0.63)).re() {
            s2 = dmax(
                s2,
                ((a1 / ((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                    - (((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()))
                .cos(),
            );
        } else {
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(-0.818)) * x[0] + x[2]) * ((k::<D>(i6 as f64)) + x[0])).sin()));
        }
        if i6 >= 1 {
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(2.0)) + (((k::<D>(BETA)).abs()).sin())).cbrt()).sin()));
        } else {
            s2 -= ((((s2 + (k::<D>(1.8))).atan()).powi(1))
                - (((k::<D>(W[i6])) + x[1]) + (a1 - s2)))
                .cos();
        }
        s2 = (((k::<D>(0.7)) * s2) + ((((k::<D>(2.0)) + a1.sin()).cbrt()) - (x[3] - x[1]))).atan();
    }
    s2 = dmax(s2, (x[0] + s5).atan());
    let a7 = if (((k::<D>(1.2)) * ((k::<D>(1.0)) + (s5.atan() * s5.atan())).ln()).exp()).re()
        >= (k::<D>(0.45)).re()
    {
        (k::<D>(
            (((k::<D>(0.9)) * ((x[2] * x[0]).sin())).asin())
                .re()
                .trunc(),
        )) * ((x[1] + s5).tanh())
    } else {
        (k::<D>(core::f64::consts::PI)).atan()
    };
    let a8: D = (((k::<D>(2.0)) + ((k::<D>(0.7)).sin())).log10()) / ((k::<D>(2.0)) + x[3].sin());
    ((((s2 + a1) + s5) + a7) + a8) + x[1]
}

#[differentiable]
fn p34<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x0 - x0;
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * a3.atan().exp().cos());
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(s1));
    }
    for i4 in 2..5 {
        let a5 = ((c::<T>(0.9))
            * Float::atan((s1 / x1.cosh()) / ((s1 - x0).hypot(c::<T>(1.0)))).sin())
        .atanh();
        let a6 = a5;
        s1 = ((c::<T>(0.5)) * s1) + a5.asinh().cos();
    }
    let mut m7: T = s1;
    ((c::<T>(0.001)) * (((x0 + x1) + s1) * m7)).tanh()
}

fn p34_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x0 - x0;
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a3.atan().exp().cos());
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
    }
    for i4 in 2..5 {
        let a5 = ((k::<D>(0.9))
            * ((((s1 / x1.cosh())
                / (((s1 - x0) * (s1 - x0) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            .atan())
            .sin()))
        .atanh();
        let a6 = a5;
        s1 = ((k::<D>(0.5)) * s1) + a5.asinh().cos();
    }
    let mut m7: D = s1;
    ((k::<D>(0.001)) * (((x0 + x1) + s1) * m7)).tanh()
}

#[differentiable]
fn p35<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = T::one();
    for i2 in 2..4 {
        let a3 = if (c::<T>(-1.31)) - x1 <= s1 {
            s1
        } else {
            T::mul_add(x1.exp().cos(), x0, x2)
        };
        if !(T::from(-0.6).unwrap() * x1 >= c::<T>(0.55)) {
            break;
        }
        s1 -= (a3 + x2).sin();
    }
    let a4 = (c::<T>(-0.39)) + x1;
    let a5 = T::sin((c::<T>(-1.1)) - x0).exp_m1();
    s1 = ((c::<T>(0.5)) * s1) + (x2 - (a4 + (c::<T>(-1.4))));
    if Float::atanh((c::<T>(0.9)) * s1.sin().tanh()) >= x2.atan() {
        return Float::tan(T::sin(a4)) * x2.powi(3);
    }
    let mut m6 = -(x2 / ((c::<T>(1.0)) + (s1.tanh() * s1.tanh())));
    (((x2 + s1) - a4) * a5) + m6
}

fn p35_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..4 {
        let a3 = if ((k::<D>(-1.31)) - x1).re() <= s1.re() {
            s1
        } else {
            (x1.exp().cos() * x0 + x2)
        };
        if !(((k::<D>(-0.6)) * x1).re() >= (k::<D>(0.55)).re()) {
            break;
        }
        s1 -= (a3 + x2).sin();
    }
    let a4 = (k::<D>(-0.39)) + x1;
    let a5 = (((k::<D>(-1.1)) - x0).sin()).exp_m1();
    s1 = ((k::<D>(0.5)) * s1) + (x2 - (a4 + (k::<D>(-1.4))));
    if (((k::<D>(0.9)) * s1.sin().tanh()).atanh()).re() >= x2.atan().re() {
        return a4.sin().tan() * x2.powi(3);
    }
    let mut m6 = -(x2 / ((k::<D>(1.0)) + (s1.tanh() * s1.tanh())));
    (((x2 + s1) - a4) * a5) + m6
}

#[differentiable]
fn p36(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = ((-0.6_f64).sin()).cosh();
    let a2 = Float::clamp(x0, -1.27, 0.1) * ((BETA - a1) - x0);
    let mut m3: f64 = f64::ln_1p(
        0.5 + ((2.0f64 + (((-1.241).atan2(-(0.5 + (x1 * x1)))).sin()))
            * (2.0 + (((-1.241).atan2(-(0.5 + (x1 * x1)))).sin()))),
    );
    (((x1 + x2) + a1) * a2) + m3
}

fn p36_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((k::<D>(-0.6)).sin()).cosh();
    let a2 = dclamp(x0, k::<D>(-1.27), k::<D>(0.1)) * (((k::<D>(BETA)) - a1) - x0);
    let mut m3: D = ((k::<D>(0.5))
        + (((k::<D>(2.0)) + datan2(k::<D>(-1.241), -((k::<D>(0.5)) + (x1 * x1))).sin())
            * ((k::<D>(2.0)) + datan2(k::<D>(-1.241), -((k::<D>(0.5)) + (x1 * x1))).sin())))
    .ln_1p();
    (((x1 + x2) + a1) * a2) + m3
}

#[differentiable]
fn p37(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        Float::floor(f64::tanh(x2 * x1))
            * Float::atan((1.0f64 + (x0.mul_add(x2, x2) * x0.mul_add(x2, x2))).log2()),
        BETA,
    );
    let mut s3 = 0.0;
    for i4 in 1..5 {
        if f64::hypot(x0, 0.5 + (x2 * x2)) < 0.12 {
            break;
        }
        s3 *= 1.0 + (0.3 * ((((0.5 + (V[i4].cosh() * V[i4].cosh())).ln_1p()).tanh()).sin()));
        s3 = s3.min(
            ({
                let t5 = -x0;
                u1.tanh().mul_add(f64::tanh(u1), t5)
            })
            .atan(),
        );
        s3 *= 1.0_f64 + (0.3 * s3.sin());
    }
    if x0.hypot(0.5 + (u1 * u1)) <= {
        let t6 = x2;
        BETA
    } && -1.59 <= -0.6f64
    {
        s3 -= x1.exp_m1();
    }
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        s3 *= 1.0 + (0.3 * x0.sin());
        s3 += f64::cos(
            (1.0 + ((s3.cos() - f64::atan2(s3, -(0.5f64 + (x1 * x1))))
                * (s3.cos() - s3.atan2(-(0.5 + (x1 * x1))))))
            .log10(),
        );
        let a8 = s3;
        s3 += Float::tanh(u1.sin());
        s3 /= f64::hypot((0.9_f64 * f64::tanh(-1.176_f64)).asin(), 1.0);
    }
    (0.001 * ((((x1 - x2) + u1) + w2) - s3)).tanh()
}

fn p37_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (k::<D>(((x2 * x1).tanh()).re().floor()))
            * ((((k::<D>(1.0)) + ((x0 * x2 + x2) * (x0 * x2 + x2))).log2()).atan()),
        k::<D>(BETA),
    );
    let mut s3 = k::<D>(0.0);
    for i4 in 1..5 {
        if ((x0 * x0 + ((k::<D>(0.5)) + (x2 * x2)) * ((k::<D>(0.5)) + (x2 * x2))).sqrt()).re()
            < (k::<D>(0.12)).re()
        {
            break;
        }
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(0.5)) + (((k::<D>(V[i4])).cosh()) * ((k::<D>(V[i4])).cosh())))
                    .ln_1p())
                .tanh())
                .sin()));
        s3 = dmin(
            s3,
            ({
                let t5 = -x0;
                (u1.tanh() * u1.tanh() + t5)
            })
            .atan(),
        );
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s3.sin());
    }
    if ((x0 * x0 + ((k::<D>(0.5)) + (u1 * u1)) * ((k::<D>(0.5)) + (u1 * u1))).sqrt()).re()
        <= ({
            let t6 = x2;
            k::<D>(BETA)
        })
        .re()
        && (k::<D>(-1.59)).re() <= (k::<D>(-0.6)).re()
    {
        s3 -= x1.exp_m1();
    }
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.sin());
        s3 += (((k::<D>(1.0))
            + ((s3.cos() - datan2(s3, -((k::<D>(0.5)) + (x1 * x1))))
                * (s3.cos() - datan2(s3, -((k::<D>(0.5)) + (x1 * x1))))))
        .log10())
        .cos();
        let a8 = s3;
        s3 += u1.sin().tanh();
        s3 /= ((((k::<D>(0.9)) * ((k::<D>(-1.176)).tanh())).asin())
            * (((k::<D>(0.9)) * ((k::<D>(-1.176)).tanh())).asin())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
    }
    ((k::<D>(0.001)) * ((((x1 - x2) + u1) + w2) - s3)).tanh()
}

#[differentiable]
fn p38<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1 = x[5].atan2(-((c::<T>(0.5)) + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))));
    let mut s2 = c::<T>(0.5);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = Float::log(
            a1.sin().cosh(),
            (T::from(0.5).unwrap() + ((c::<T>(0.4)) * a1.tanh().sin())).exp(),
        ) - (s2 + x[5]);
        let a5 = ((a4 + a1) - x[4].mul_add(Float::tanh(a4), a4))
            / ((c::<T>(1.5)) + T::tanh(T::tanh(if !(s2 < a4) { x[2] } else { x[2] })));
        let mut s6 = c::<T>(0.0);
        for i7 in 0..x.len() {
            let a8: T = Float::atan((c::<T>(V[i3])) * (c::<T>(i7 as f64)));
            let mut m9: T = x[i7];
            let a10: T = (a4.sin() * a1) * (x[i7] * (c::<T>(ALPHA)));
            m9 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * x[i7].sin());
        }
        s2 /= s2.hypot(c::<T>(1.0));
    }
    for i11 in 0..x.len() - 1 {
        let a12 = ((-s2).clamp(c::<T>(-0.28), T::from(0.88).unwrap()))
            + (T::tanh(a1) * ((s2 + x[i11]).tanh()));
        s2 *= T::one()
            + ((c::<T>(0.3))
                * (((c::<T>(1.5)) + Float::tanh(((c::<T>(1.0)) + (a1 * a1)).sqrt())).cos()));
        s2 = ((c::<T>(0.5)) * s2)
            + T::cos(
                x[i11]
                    .atan2((c::<T>(0.5)) + ((c::<T>(0.877)) * (c::<T>(0.877))))
                    .tanh(),
            );
    }
    let mut s13: T = c::<T>(1.0);
    for i14 in 1..x.len() {
        let a15 = Float::cosh(T::atan(s13)).cbrt() - (x[i14 - 1] - x[i14 - 1]);
        let a16 = a1.sin().powi(2);
        s2 = Float::min(s2, Float::cos(x[i14 - 1]));
        s13 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * ((((T::one() + ((c::<T>(-0.07)) * (c::<T>(-0.07)))).cbrt())
                    / ((c::<T>(1.0))
                        + (Float::sqrt((c::<T>(1.0)) + (x[i14 - 1] * x[i14 - 1]))
                            * (((c::<T>(1.0)) + (x[i14 - 1] * x[i14 - 1])).sqrt()))))
                .sin()));
    }
    let mut s17 = c::<T>(0.5);
    for i18 in x {
        let mut s19 = c::<T>(1.0);
        for &i20 in x.iter() {
            s17 = ((c::<T>(0.5)) * s17) + i20.sin();
            s13 += (x[2] - s19).tanh();
        }
        let a21 = T::from(-1.28).unwrap().sinh();
        s17 += T::sin(T::from(-1.88).unwrap());
        s2 = ((c::<T>(0.5)) * s2) + T::atan(s13 - s19);
    }
    ((c::<T>(0.001)) * ((((a1 * s2) + s13) + s17) + x[0])).tanh()
}

fn p38_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = datan2(x[5], -((k::<D>(0.5)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))));
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = (a1.sin().cosh().ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.tanh().sin())).exp()).ln())
            - (s2 + x[5]);
        let a5 = ((a4 + a1) - (x[4] * a4.tanh() + a4))
            / ((k::<D>(1.5)) + (((if !(s2.re() < a4.re()) { x[2] } else { x[2] }).tanh()).tanh()));
        let mut s6 = k::<D>(0.0);
        for i7 in 0..x.len() {
            let a8: D = ((k::<D>(V[i3])) * (k::<D>(i7 as f64))).atan();
            let mut m9: D = x[i7];
            let a10: D = (a4.sin() * a1) * (x[i7] * (k::<D>(ALPHA)));
            m9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i7].sin());
        }
        s2 /= (s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    for i11 in 0..x.len() - 1 {
        let a12 = dclamp(-s2, k::<D>(-0.28), k::<D>(0.88)) + (a1.tanh() * ((s2 + x[i11]).tanh()));
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(1.5)) + ((((k::<D>(1.0)) + (a1 * a1)).sqrt()).tanh())).cos()));
        s2 = ((k::<D>(0.5)) * s2)
            + datan2(x[i11], (k::<D>(0.5)) + ((k::<D>(0.877)) * (k::<D>(0.877))))
                .tanh()
                .cos();
    }
    let mut s13: D = k::<D>(1.0);
    for i14 in 1..x.len() {
        let a15 = s13.atan().cosh().cbrt() - (x[i14 - 1] - x[i14 - 1]);
        let a16 = a1.sin().powi(2);
        s2 = dmin(s2, x[i14 - 1].cos());
        s13 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(1.0)) + ((k::<D>(-0.07)) * (k::<D>(-0.07)))).cbrt())
                    / ((k::<D>(1.0))
                        + ((((k::<D>(1.0)) + (x[i14 - 1] * x[i14 - 1])).sqrt())
                            * (((k::<D>(1.0)) + (x[i14 - 1] * x[i14 - 1])).sqrt()))))
                .sin()));
    }
    let mut s17 = k::<D>(0.5);
    for i18 in x {
        let mut s19 = k::<D>(1.0);
        for &i20 in x.iter() {
            s17 = ((k::<D>(0.5)) * s17) + i20.sin();
            s13 += (x[2] - s19).tanh();
        }
        let a21 = (k::<D>(-1.28)).sinh();
        s17 += (k::<D>(-1.88)).sin();
        s2 = ((k::<D>(0.5)) * s2) + ((s13 - s19).atan());
    }
    ((k::<D>(0.001)) * ((((a1 * s2) + s13) + s17) + x[0])).tanh()
}

#[differentiable]
fn p39(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1 = x0
        .mul_add(x2, x0)
        .clamp(-0.36f64, 0.31)
        .clamp(-0.7, 0.24_f64);
    let a2: f64 = -(x1 + x2);
    let a3 = (1.0_f64 + (f64::exp(m1).log10().sin() * Float::sin(f64::log10(m1.exp()))))
        .powf(x2 / (1.0 + (m1 * m1)));
    for i4 in 1..=2 {
        let a5: f64 = x0 * (-0.6);
        let a6 = -f64::tanh(a2);
        m1 = (0.5_f64 * m1) + Float::tanh(a5);
        m1 *= 1.0 + (0.3 * ((f64::acos(0.9 * f64::sin(a5)) + a2).sin()));
    }
    let mut m7 = if !(a2 - m1 <= -0.58) {
        (x1 * x2).powi(1)
    } else {
        ((1.0 + (x2 * x2)).sqrt()) / (1.5 + Float::tanh(a2 + 0.4))
    };
    (((x2 + m1) + a2) + a3) + m7
}

fn p39_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = dclamp(
        dclamp((x0 * x2 + x0), k::<D>(-0.36), k::<D>(0.31)),
        k::<D>(-0.7),
        k::<D>(0.24),
    );
    let a2: D = -(x1 + x2);
    let a3 = ((x2 / ((k::<D>(1.0)) + (m1 * m1)))
        * ((k::<D>(1.0)) + (m1.exp().log10().sin() * m1.exp().log10().sin())).ln())
    .exp();
    for i4 in 1..=2 {
        let a5: D = x0 * (k::<D>(-0.6));
        let a6 = -a2.tanh();
        m1 = ((k::<D>(0.5)) * m1) + a5.tanh();
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((k::<D>(0.9)) * a5.sin()).acos()) + a2).sin()));
    }
    let mut m7 = if !((a2 - m1).re() <= (k::<D>(-0.58)).re()) {
        (x1 * x2).powi(1)
    } else {
        (((k::<D>(1.0)) + (x2 * x2)).sqrt()) / ((k::<D>(1.5)) + ((a2 + (k::<D>(0.4))).tanh()))
    };
    (((x2 + m1) + a2) + a3) + m7
}

#[differentiable]
fn p40(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = x2;
        let a4 = if i2 <= 4 {
            ((x0 * x2).abs()).sin()
        } else {
            (((1.0_f64 + (x1 * x1)).sqrt()) * x2) + 0.09.powi(3).cosh()
        };
        for i5 in 1..3 {
            let a6 = a3;
            s1 += 0.89_f64.tanh();
        }
        s1 += Float::atan(a3 - BETA);
        s1 += ((0.5
            + ((2.0 + f64::sin(f64::acos(0.9 * f64::sin(a3))))
                * (2.0 + f64::sin((0.9 * a3.sin()).acos()))))
        .ln_1p())
        .tanh();
    }
    for i7 in 1..=5 {
        let mut s8: f64 = 0.0_f64;
        for i9 in 2..4 {
            let a10 = -BETA;
            s1 = Float::min(
                s1,
                f64::cos(((-1.8) / (1.0f64 + (s8.tanh() * s8.tanh()))).exp()),
            );
            if i7 <= 1 {
                break;
            }
        }
        s1 = (0.5 * s1) + ((if i7 == 1 { x2 } else { BETA }).tanh());
        s8 = ((0.7f64 * s8) + f64::cbrt(1.0 + (x0 * x0)).clamp(-1.16, 1.3)).cos();
    }
    let mut m11: f64 = -0.48;
    let a12 = m11.sin()
        / (1.0f64 + ((core::f64::consts::PI * 1.28_f64) * (core::f64::consts::PI * 1.28)));
    (0.001 * ((((x1 - x2) + s1) + m11) + a12)).tanh()
}

fn p40_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = x2;
        let a4 = if i2 <= 4 {
            ((x0 * x2).abs()).sin()
        } else {
            ((((k::<D>(1.0)) + (x1 * x1)).sqrt()) * x2) + (((k::<D>(0.09)).powi(3)).cosh())
        };
        for i5 in 1..3 {
            let a6 = a3;
            s1 += (k::<D>(0.89)).tanh();
        }
        s1 += (a3 - (k::<D>(BETA))).atan();
        s1 += (((k::<D>(0.5))
            + (((k::<D>(2.0)) + ((((k::<D>(0.9)) * a3.sin()).acos()).sin()))
                * ((k::<D>(2.0)) + ((((k::<D>(0.9)) * a3.sin()).acos()).sin()))))
        .ln_1p())
        .tanh();
    }
    for i7 in 1..=5 {
        let mut s8: D = k::<D>(0.0);
        for i9 in 2..4 {
            let a10 = -(k::<D>(BETA));
            s1 = dmin(
                s1,
                (((k::<D>(-1.8)) / ((k::<D>(1.0)) + (s8.tanh() * s8.tanh()))).exp()).cos(),
            );
            if i7 <= 1 {
                break;
            }
        }
        s1 = ((k::<D>(0.5)) * s1) + ((if i7 == 1 { x2 } else { k::<D>(BETA) }).tanh());
        s8 = (((k::<D>(0.7)) * s8)
            + dclamp(
                ((k::<D>(1.0)) + (x0 * x0)).cbrt(),
                k::<D>(-1.16),
                k::<D>(1.3),
            ))
        .cos();
    }
    let mut m11: D = k::<D>(-0.48);
    let a12 = m11.sin()
        / ((k::<D>(1.0))
            + (((k::<D>(core::f64::consts::PI)) * (k::<D>(1.28)))
                * ((k::<D>(core::f64::consts::PI)) * (k::<D>(1.28)))));
    ((k::<D>(0.001)) * ((((x1 - x2) + s1) + m11) + a12)).tanh()
}

#[differentiable]
fn p41<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        for i3 in (i2 + 1)..6 {
            let a4 = x1.sin().tan();
            s1 = ((c::<T>(0.5)) * s1)
                + (((T::from(1.5).unwrap() + Float::tanh(c::<T>(1.912))).ln()).sin());
        }
        if i2 >= 0 {
            break;
        }
        let a5 = x0.atan();
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * (((((x0 * x1).hypot(c::<T>(1.0))).powi(-1))
                    * Float::powi((c::<T>(2.0)) + ((x0 * a5).sin()), 0))
                .sin()));
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::exp(a5).cos());
        s1 = (T::from(0.5).unwrap() * s1) + ((a5 + (c::<T>(-0.94))).cos());
    }
    let a6 = (c::<T>(0.555)) * x1;
    let a8 = if !(Float::sin(s1.tanh()).tan() < c::<T>(-0.64)) {
        ({
            let t7 = x1;
            a6
        }) + Float::abs(x1)
    } else {
        (-T::from(0.7).unwrap())
            / (T::from(1.5).unwrap() + T::tanh(T::powf((c::<T>(1.0)) + (x0 * x0), a6)))
    };
    let a9 =
        ((c::<T>(1.0)) + ((c::<T>(std::f64::consts::E)) * (c::<T>(std::f64::consts::E)))).log10();
    ((c::<T>(0.001)) * ((((x1 + s1) + a6) * a8) - a9)).tanh()
}

fn p41_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        for i3 in (i2 + 1)..6 {
            let a4 = x1.sin().tan();
            s1 = ((k::<D>(0.5)) * s1) + ((((k::<D>(1.5)) + ((k::<D>(1.912)).tanh())).ln()).sin());
        }
        if i2 >= 0 {
            break;
        }
        let a5 = x0.atan();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((x0 * x1) * (x0 * x1) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1))
                    * (((k::<D>(2.0)) + ((x0 * a5).sin())).powi(0)))
                .sin()));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a5.exp().cos());
        s1 = ((k::<D>(0.5)) * s1) + ((a5 + (k::<D>(-0.94))).cos());
    }
    let a6 = (k::<D>(0.555)) * x1;
    let a8 = if !(s1.tanh().sin().tan().re() < (k::<D>(-0.64)).re()) {
        ({
            let t7 = x1;
            a6
        }) + x1.abs()
    } else {
        (-(k::<D>(0.7)))
            / ((k::<D>(1.5)) + (((a6 * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp()).tanh()))
    };
    let a9 =
        ((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))).log10();
    ((k::<D>(0.001)) * ((((x1 + s1) + a6) * a8) - a9)).tanh()
}

#[differentiable]
fn p42(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x0.exp();
    let mut s2 = 0.0;
    for i3 in 0..=4 {
        let mut i4 = 0;
        while i4 < 2 {
            i4 += 1;
            let a5 = Float::cosh(x2);
            if f64::atan2(x2, 0.5 + (x2 * x2)) > 0.26 {
                continue;
            }
            let a5 = x0;
            s2 *= 1.0 + (0.3 * (((i3 as f64) * a1).sin()));
            s2 -= (V[i3] / ((-1.18).cosh())).atan();
        }
        if f64::sin(x0) <= 0.94 || V[i3] <= 0.24 {
            s2 = Float::max(s2, ((0.9 * x2.tanh()).atanh()).sin());
        } else {
            s2 *= 1.0 + (0.3 * Float::exp(x2).recip().sin());
        }
        s2 = (0.5 * s2) + a1.sin();
        s2 *= 1.0 + (0.3 * ((p37(x0, x2, s2.cos()) * x0.sinh()).sin()));
    }
    let (u6, w7) = (
        f64::ln_1p(0.5 + ((2.0_f64 + s2.cos().sin()) * (2.0f64 + s2.cos().sin()))),
        (x2 - s2) + ((-1.7).max(x0)),
    );
    s2 *= 1.0f64
        + (0.3
            * ((1.73.tanh().atan2(-(0.5 + (s2.sin() * s2.sin())))
                - ((((if x2 >= 0.29 { a1 } else { x1 }).tanh()).sin()).tan()))
            .sin()));
    (0.001 * ((((x2 + a1) * s2) - u6) + w7)).tanh()
}

fn p42_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x0.exp();
    let mut s2 = k::<D>(0.0);
    for i3 in 0..=4 {
        let mut i4 = 0;
        while i4 < 2 {
            i4 += 1;
            let a5 = x2.cosh();
            if datan2(x2, (k::<D>(0.5)) + (x2 * x2)).re() > (k::<D>(0.26)).re() {
                continue;
            }
            let a5 = x0;
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(i3 as f64)) * a1).sin()));
            s2 -= ((k::<D>(V[i3])) / ((k::<D>(-1.18)).cosh())).atan();
        }
        if x0.sin().re() <= (k::<D>(0.94)).re() || (k::<D>(V[i3])).re() <= (k::<D>(0.24)).re() {
            s2 = dmax(s2, (((k::<D>(0.9)) * x2.tanh()).atanh()).sin());
        } else {
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x2.exp().recip().sin());
        }
        s2 = ((k::<D>(0.5)) * s2) + a1.sin();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((p37_d(x0, x2, s2.cos()) * x0.sinh()).sin()));
    }
    let (u6, w7) = (
        ((k::<D>(0.5)) + (((k::<D>(2.0)) + s2.cos().sin()) * ((k::<D>(2.0)) + s2.cos().sin())))
            .ln_1p(),
        (x2 - s2) + dmax(k::<D>(-1.7), x0),
    );
    s2 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((datan2(
                (k::<D>(1.73)).tanh(),
                -((k::<D>(0.5)) + (s2.sin() * s2.sin())),
            ) - ((((if x2.re() >= (k::<D>(0.29)).re() {
                a1
            } else {
                x1
            })
            .tanh())
            .sin())
            .tan()))
            .sin()));
    ((k::<D>(0.001)) * ((((x2 + a1) * s2) - u6) + w7)).tanh()
}

#[differentiable]
fn p43(x0: f64, x1: f64) -> f64 {
    let (u2, w3) = (x1, {
        let t1 = f64::cos(Float::mul_add(x0, x1, -1.2))
            .mul_add(x0 / Float::hypot(x0, 1.0_f64), x0.sinh());
        -0.0
    });
    let mut s4 = 1.0_f64;
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let (u6, w7) = (
            std::f64::consts::E,
            (s4.atan().exp().sqrt() - ((i5 as f64) - x1)) - (u2.cos() + f64::abs(x0)),
        );
        let a8 = f64::tanh(s4);
        let u2 = (-0.62_f64).exp_m1();
        s4 *= 1.0 + (0.3 * ((p37(u6.sin(), a8.atan(), 0.7) + V[i5]).sin()));
        if i5 % 2 == 1 {
            continue;
        }
        s4 = (0.5 * s4) + x1.atan();
    }
    let a9 = (x1.mul_add(w3, u2) * x1.tanh())
        / (2.0_f64 + ((((f64::atan(s4) * x1).tanh()).cosh()).sin()));
    let mut s10: f64 = 0.5;
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let mut i12 = 0;
        while i12 < 3 {
            i12 += 1;
            let a13 = s10;
            if s10.tanh().sin().tan() <= s10 + x1 {
                continue;
            }
            s10 *= 1.0 + (0.3 * ((1.5 + s10.tanh()).cos()));
            s10 *= 1.0 + (0.3 * ((-w3).sin()));
        }
        let w3 = s10;
        let w3: f64 = w3 + Float::powf(2.0 + f64::cosh(w3.cos()).cbrt().sin(), (i11 as f64).tanh());
        if x0 >= 0.91 {
            break;
        }
        s10 = ((0.7 * s10) + w3).tanh();
        s4 = Float::max(
            s4,
            ((1.0 + (core::f64::consts::PI * core::f64::consts::PI)).recip()).atan(),
        );
    }
    let mut m14 = s10;
    let (u15, w16) = (
        a9,
        f64::clamp(f64::sin((s4 - (-1.333)).tanh()).tan(), -0.2, 1.08),
    );
    (((a9 + s10) + m14) + u15) + w16
}

fn p43_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u2, w3) = (x1, {
        let t1 = (((x0 * x1 + (k::<D>(-1.2))).cos())
            * (x0 / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            + x0.sinh());
        k::<D>(-0.0)
    });
    let mut s4 = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let (u6, w7) = (
            k::<D>(std::f64::consts::E),
            (s4.atan().exp().sqrt() - ((k::<D>(i5 as f64)) - x1)) - (u2.cos() + x0.abs()),
        );
        let a8 = s4.tanh();
        let u2 = (k::<D>(-0.62)).exp_m1();
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((p37_d(u6.sin(), a8.atan(), k::<D>(0.7)) + (k::<D>(V[i5]))).sin()));
        if i5 % 2 == 1 {
            continue;
        }
        s4 = ((k::<D>(0.5)) * s4) + x1.atan();
    }
    let a9 =
        ((x1 * w3 + u2) * x1.tanh()) / ((k::<D>(2.0)) + ((((s4.atan() * x1).tanh()).cosh()).sin()));
    let mut s10: D = k::<D>(0.5);
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let mut i12 = 0;
        while i12 < 3 {
            i12 += 1;
            let a13 = s10;
            if s10.tanh().sin().tan().re() <= (s10 + x1).re() {
                continue;
            }
            s10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + s10.tanh()).cos()));
            s10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-w3).sin()));
        }
        let w3 = s10;
        let w3: D = w3
            + ((((k::<D>(i11 as f64)).tanh())
                * ((k::<D>(2.0)) + w3.cos().cosh().cbrt().sin()).ln())
            .exp());
        if x0.re() >= (k::<D>(0.91)).re() {
            break;
        }
        s10 = (((k::<D>(0.7)) * s10) + w3).tanh();
        s4 = dmax(
            s4,
            (((k::<D>(1.0)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
                .recip())
            .atan(),
        );
    }
    let mut m14 = s10;
    let (u15, w16) = (
        a9,
        dclamp(
            (((s4 - (k::<D>(-1.333))).tanh()).sin()).tan(),
            k::<D>(-0.2),
            k::<D>(1.08),
        ),
    );
    (((a9 + s10) + m14) + u15) + w16
}

#[differentiable]
fn p44(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let (u1, w2) = (-x2, x1.ceil() * 1.4);
    let a3: f64 = x2.exp_m1() * (x0 * x0);
    let mut s4: f64 = 1.0;
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let a6 = if w2 <= (i5 as f64) {
            f64::atan2(a3, 0.5 + (a3 * a3)).sin().mul_add(
                (BETA * u1).cos(),
                (1.0f64 + (std::f64::consts::E * std::f64::consts::E)).log10(),
            )
        } else {
            W[i5] + u1.tanh()
        };
        s4 = (0.5 * s4) + ((p39(-0.27, (i5 as f64).sin(), x1) + a6).atan());
        if w2 <= 0.33 {
            break;
        }
        s4 += (-w2).cos();
    }
    let mut s7 = 0.5;
    for i8 in 0..nk {
        let a9 = 0.282.exp().powf(s4.sin());
        s7 = (0.5 * s7)
            + (((1.1
                + ((1.0f64
                    + ((({
                        let t10 = u1;
                        a9
                    })
                    .atan())
                        * (({
                            let t10 = u1;
                            a9
                        })
                        .atan())))
                    * (1.0
                        + ((({
                            let t10 = u1;
                            a9
                        })
                        .atan())
                            * (({
                                let t10 = u1;
                                a9
                            })
                            .atan())))))
            .acosh())
            .atan());
    }
    let (u11, w12) = (
        ((1.0 + (w2 * w2)).cbrt()) + (Float::cos(s4) * x1),
        ((1.5 + x1.tanh()).powi(0)).atan(),
    );
    let a13 = if x0 < s7 - ALPHA {
        Float::cosh(x2)
    } else {
        u11
    };
    (((s4 + s7) + u11) + w12) + a13
}

fn p44_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let (u1, w2) = (-x2, (k::<D>(x1.re().ceil())) * (k::<D>(1.4)));
    let a3: D = x2.exp_m1() * (x0 * x0);
    let mut s4: D = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let a6 = if w2.re() <= (k::<D>(i5 as f64)).re() {
            (datan2(a3, (k::<D>(0.5)) + (a3 * a3)).sin() * (((k::<D>(BETA)) * u1).cos())
                + (((k::<D>(1.0))
                    + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                .log10()))
        } else {
            (k::<D>(W[i5])) + u1.tanh()
        };
        s4 = ((k::<D>(0.5)) * s4)
            + ((p39_d(k::<D>(-0.27), (k::<D>(i5 as f64)).sin(), x1) + a6).atan());
        if w2.re() <= (k::<D>(0.33)).re() {
            break;
        }
        s4 += (-w2).cos();
    }
    let mut s7 = k::<D>(0.5);
    for i8 in 0..nk {
        let a9 = (s4.sin() * ((k::<D>(0.282)).exp()).ln()).exp();
        s7 = ((k::<D>(0.5)) * s7)
            + ((((k::<D>(1.1))
                + (((k::<D>(1.0))
                    + ((({
                        let t10 = u1;
                        a9
                    })
                    .atan())
                        * (({
                            let t10 = u1;
                            a9
                        })
                        .atan())))
                    * ((k::<D>(1.0))
                        + ((({
                            let t10 = u1;
                            a9
                        })
                        .atan())
                            * (({
                                let t10 = u1;
                                a9
                            })
                            .atan())))))
            .acosh())
            .atan());
    }
    let (u11, w12) = (
        (((k::<D>(1.0)) + (w2 * w2)).cbrt()) + (s4.cos() * x1),
        (((k::<D>(1.5)) + x1.tanh()).powi(0)).atan(),
    );
    let a13 = if x0.re() < (s7 - (k::<D>(ALPHA))).re() {
        x2.cosh()
    } else {
        u11
    };
    (((s4 + s7) + u11) + w12) + a13
}

#[differentiable]
fn p45(x: [f64; 6]) -> f64 {
    let a1 = core::f64::consts::PI;
    let a2: f64 = (-1.28_f64) + a1;
    let a3 = a1;
    let a1: f64 = f64::cos(x[4]) * x[1].atan();
    ((a2 + a3) + a1) + x[1]
}

fn p45_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(core::f64::consts::PI);
    let a2: D = (k::<D>(-1.28)) + a1;
    let a3 = a1;
    let a1: D = x[4].cos() * x[1].atan();
    ((a2 + a3) + a1) + x[1]
}

#[differentiable]
fn p46(x: &[f64]) -> f64 {
    let a1 = (2.0
        + ((if !(x[2] - 0.554 > 0.95) {
            BETA
        } else {
            x[0].atan()
        })
        .sin()))
    .powi(-1);
    let mut s2 = 0.5;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        if !(s2.tanh() >= a1 / s2.atan().cosh()) {
            continue;
        }
        s2 = (0.5_f64 * s2)
            + f64::atan2(x[1].trunc() * Float::sin(a1).tan(), 0.5_f64 + (s2 * s2)).atan();
        s2 /= 1.0f64 + (s2.tanh() * s2.tanh());
    }
    let mut m4 = p3(x[0], s2.sin());
    let a1 = Float::mul_add(1.71, m4, x[2]);
    s2 = (0.5 * s2) + x[0].tanh();
    ((s2 + m4) + a1) + x[0]
}

fn p46_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(2.0))
        + ((if !((x[2] - (k::<D>(0.554))).re() > (k::<D>(0.95)).re()) {
            k::<D>(BETA)
        } else {
            x[0].atan()
        })
        .sin()))
    .powi(-1);
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        if !(s2.tanh().re() >= (a1 / s2.atan().cosh()).re()) {
            continue;
        }
        s2 = ((k::<D>(0.5)) * s2)
            + datan2(
                (k::<D>(x[1].re().trunc())) * a1.sin().tan(),
                (k::<D>(0.5)) + (s2 * s2),
            )
            .atan();
        s2 /= (k::<D>(1.0)) + (s2.tanh() * s2.tanh());
    }
    let mut m4 = p3_d(x[0], s2.sin());
    let a1 = ((k::<D>(1.71)) * m4 + x[2]);
    s2 = ((k::<D>(0.5)) * s2) + x[0].tanh();
    ((s2 + m4) + a1) + x[0]
}

#[differentiable]
fn p47<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = -T::from(1.813).unwrap();
    let mut s2 = c::<T>(0.5);
    for i3 in 1..=5 {
        s2 = (T::from(0.5).unwrap() * s2)
            + ((a1.cos() / ((c::<T>(1.5)) + T::tanh(c::<T>(i3 as f64)))).cos());
        let (u4, w5) = (
            Float::cosh(((T::from(0.9).unwrap() * T::tanh(a1.powi(3).tanh())).asin()).atan())
                .sqrt(),
            Float::clamp(s2, T::from(-1.42).unwrap(), c::<T>(0.68)),
        );
        let a6 = c::<T>(i3 as f64);
        s2 -= ((u4 / x[3].exp()) + x[1]).tanh();
        s2 += ((T::one()
            + (Float::acosh(
                T::from(1.1).unwrap()
                    + ((T::one() + (x[0] * x[0])) * ((c::<T>(1.0)) + (x[0] * x[0]))),
            ) * T::acosh(
                (c::<T>(1.1)) + ((T::one() + (x[0] * x[0])) * ((c::<T>(1.0)) + (x[0] * x[0]))),
            )))
        .cbrt())
        .cos();
    }
    if (c::<T>(0.82)) - x[2] < c::<T>(0.94) {
        s2 += T::cos(s2 + T::cosh(Float::atan(x[3] - x[4])).powi(-2));
    } else {
        s2 = ((c::<T>(0.5)) * s2) + (c::<T>(1.8));
    }
    let a1 = a1;
    (s2 + a1) + x[2]
}

fn p47_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = -(k::<D>(1.813));
    let mut s2 = k::<D>(0.5);
    for i3 in 1..=5 {
        s2 = ((k::<D>(0.5)) * s2)
            + ((a1.cos() / ((k::<D>(1.5)) + ((k::<D>(i3 as f64)).tanh()))).cos());
        let (u4, w5) = (
            (((((k::<D>(0.9)) * a1.powi(3).tanh().tanh()).asin()).atan()).cosh()).sqrt(),
            dclamp(s2, k::<D>(-1.42), k::<D>(0.68)),
        );
        let a6 = k::<D>(i3 as f64);
        s2 -= ((u4 / x[3].exp()) + x[1]).tanh();
        s2 += (((k::<D>(1.0))
            + ((((k::<D>(1.1))
                + (((k::<D>(1.0)) + (x[0] * x[0])) * ((k::<D>(1.0)) + (x[0] * x[0]))))
                .acosh())
                * (((k::<D>(1.1))
                    + (((k::<D>(1.0)) + (x[0] * x[0])) * ((k::<D>(1.0)) + (x[0] * x[0]))))
                    .acosh())))
        .cbrt())
        .cos();
    }
    if ((k::<D>(0.82)) - x[2]).re() < (k::<D>(0.94)).re() {
        s2 += (s2 + ((((x[3] - x[4]).atan()).cosh()).powi(-2))).cos();
    } else {
        s2 = ((k::<D>(0.5)) * s2) + (k::<D>(1.8));
    }
    let a1 = a1;
    (s2 + a1) + x[2]
}

#[differentiable]
fn p48(x: [f64; 4]) -> f64 {
    let a1 = ALPHA.sin().mul_add(x[2], ALPHA);
    let mut s2 = 0.0_f64;
    for &i3 in x.iter() {
        let a4 = f64::atan(s2).sin().tan();
        let a5 = (1.1_f64 + ((1.5 + ((-0.27f64).tanh())) * (1.5_f64 + ((-0.27).tanh())))).acosh();
        let mut s6 = 0.0;
        for i7 in 1..x.len() {
            let a8 = if i7 >= 3 {
                (i3.max(a5) - ((0.9 * i3.sin()).acos()))
                    / (2.0 + Float::sin(s2.signum() * ((V[i7] - s6).tanh())))
            } else {
                i3
            };
            s6 *= 1.0 + (0.3 * Float::cos(1.5f64 + W[i7].tanh()));
        }
        s6 *= 1.0f64 + (0.3_f64 * x[2].atan().sin());
        s6 = ((0.7 * s6) + x[1].atan()).atan();
    }
    let mut s9 = 1.0;
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        s9 -= Float::cos(1.134_f64);
        s2 += ((s2.sin() * (-0.66)).mul_add(x[1] / (2.0 + f64::sin(x[1])), core::f64::consts::PI))
            .tanh();
    }
    let a1 = if f64::ln(2.0 + s9.sin()) > s9.atan() * x[0] {
        (0.9f64 * f64::tanh((if 1.9 >= -0.6 { s2 } else { x[2] }).atan())).acos()
    } else {
        (f64::cos(s9) * x[0]).hypot(0.5 + (s2 * s2))
    };
    if x[1] + x[1] > ((-0.4).sin()).tan() {
        s9 *= 1.0 + (0.3_f64 * s2.sin().exp().cos());
    }
    let a12 = if s2 > 0.89 {
        Float::log10(
            2.0f64
                + (({
                    let t11 = 1.3;
                    x[2]
                })
                .sin()),
        )
        .sin()
        .exp_m1()
    } else {
        (1.0 + ((((x[1] - (-0.09_f64)) + (x[1] / Float::exp(f64::atan(s9)))).sin())
            * f64::sin((x[1] - (-0.09)) + (x[1] / f64::exp(s9.atan())))))
        .cbrt()
    };
    for i13 in 0..x.len() - 1 {
        let mut m14 = -((-1.5) - s9);
        if s2 > -0.59 && a12 < 0.04 {
            s2 *= 1.0f64
                + (0.3 * f64::atan2(x[i13 + 1], -(0.5_f64 + (x[i13 + 1] * x[i13 + 1]))).sin());
        }
        let a15 = f64::min(m14 / ((-2.0f64).exp()), f64::ln(2.0 + f64::sin(a12)));
        s2 -= f64::tanh((s9 - s9).min(a12.atan().powi(2)));
        if i13 <= 3 {
            break;
        }
        s9 *= 1.0 + (0.3 * ((f64::tanh(a12).mul_add(s2.sin(), s2) - ((-1.6).exp_m1())).sin()));
    }
    Float::tanh(0.001 * ((((s2 * s9) + a1) + a12) + x[1]))
}

fn p48_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((k::<D>(ALPHA)).sin()) * x[2] + (k::<D>(ALPHA)));
    let mut s2 = k::<D>(0.0);
    for &i3 in x.iter() {
        let a4 = s2.atan().sin().tan();
        let a5 = ((k::<D>(1.1))
            + (((k::<D>(1.5)) + ((k::<D>(-0.27)).tanh()))
                * ((k::<D>(1.5)) + ((k::<D>(-0.27)).tanh()))))
        .acosh();
        let mut s6 = k::<D>(0.0);
        for i7 in 1..x.len() {
            let a8 = if i7 >= 3 {
                (dmax(i3, a5) - (((k::<D>(0.9)) * i3.sin()).acos()))
                    / ((k::<D>(2.0))
                        + (((k::<D>(s2.re().signum())) * (((k::<D>(V[i7])) - s6).tanh())).sin()))
            } else {
                i3
            };
            s6 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(W[i7])).tanh())).cos()));
        }
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[2].atan().sin());
        s6 = (((k::<D>(0.7)) * s6) + x[1].atan()).atan();
    }
    let mut s9 = k::<D>(1.0);
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        s9 -= (k::<D>(1.134)).cos();
        s2 += ((s2.sin() * (k::<D>(-0.66))) * (x[1] / ((k::<D>(2.0)) + x[1].sin()))
            + (k::<D>(core::f64::consts::PI)))
        .tanh();
    }
    let a1 = if (((k::<D>(2.0)) + s9.sin()).ln()).re() > (s9.atan() * x[0]).re() {
        ((k::<D>(0.9))
            * (((if (k::<D>(1.9)).re() >= (k::<D>(-0.6)).re() {
                s2
            } else {
                x[2]
            })
            .atan())
            .tanh()))
        .acos()
    } else {
        ((s9.cos() * x[0]) * (s9.cos() * x[0])
            + ((k::<D>(0.5)) + (s2 * s2)) * ((k::<D>(0.5)) + (s2 * s2)))
            .sqrt()
    };
    if (x[1] + x[1]).re() > (((k::<D>(-0.4)).sin()).tan()).re() {
        s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.sin().exp().cos());
    }
    let a12 = if s2.re() > (k::<D>(0.89)).re() {
        ((((k::<D>(2.0))
            + (({
                let t11 = k::<D>(1.3);
                x[2]
            })
            .sin()))
        .log10())
        .sin())
        .exp_m1()
    } else {
        ((k::<D>(1.0))
            + ((((x[1] - (k::<D>(-0.09))) + (x[1] / s9.atan().exp())).sin())
                * (((x[1] - (k::<D>(-0.09))) + (x[1] / s9.atan().exp())).sin())))
        .cbrt()
    };
    for i13 in 0..x.len() - 1 {
        let mut m14 = -((k::<D>(-1.5)) - s9);
        if s2.re() > (k::<D>(-0.59)).re() && a12.re() < (k::<D>(0.04)).re() {
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * datan2(x[i13 + 1], -((k::<D>(0.5)) + (x[i13 + 1] * x[i13 + 1]))).sin());
        }
        let a15 = dmin(
            m14 / ((k::<D>(-2.0)).exp()),
            ((k::<D>(2.0)) + a12.sin()).ln(),
        );
        s2 -= dmin(s9 - s9, a12.atan().powi(2)).tanh();
        if i13 <= 3 {
            break;
        }
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((a12.tanh() * s2.sin() + s2) - ((k::<D>(-1.6)).exp_m1())).sin()));
    }
    ((k::<D>(0.001)) * ((((s2 * s9) + a1) + a12) + x[1])).tanh()
}

#[differentiable]
fn p49<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let mut m1: T = T::atanh((c::<T>(0.9)) * Float::tanh(x1));
    let a2 = c::<T>(0.822);
    for i3 in 2..4 {
        let (u4, w5) = (x0, x1.exp_m1());
        if i3 >= 2 {
            m1 = m1 - Float::cos(-x1);
        } else {
            m1 = m1 - T::atan(x1);
        }
        let a6 = Float::hypot(
            (x1 * (c::<T>(W[i3]))) - ((c::<T>(0.709)) - (c::<T>(-0.5))),
            (c::<T>(0.5)) + (Float::abs(x0 * x0) * ((x0 * x0).abs())),
        );
        m1 = m1
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::sin(Float::hypot(x0, c::<T>(1.0)).log2().cos().exp().sqrt())));
        if i3 <= 3 {
            break;
        }
        m1 = m1.max(T::tanh(
            (T::from(1.74).unwrap() + x0) - (u4 / ((c::<T>(1.0)) + (x0 * x0))),
        ));
    }
    ((x0 + x1) + m1) - a2
}

fn p49_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = ((k::<D>(0.9)) * x1.tanh()).atanh();
    let a2 = k::<D>(0.822);
    for i3 in 2..4 {
        let (u4, w5) = (x0, x1.exp_m1());
        if i3 >= 2 {
            m1 -= (-x1).cos();
        } else {
            m1 -= x1.atan();
        }
        let a6 = (((x1 * (k::<D>(W[i3]))) - ((k::<D>(0.709)) - (k::<D>(-0.5))))
            * ((x1 * (k::<D>(W[i3]))) - ((k::<D>(0.709)) - (k::<D>(-0.5))))
            + ((k::<D>(0.5)) + (((x0 * x0).abs()) * ((x0 * x0).abs())))
                * ((k::<D>(0.5)) + (((x0 * x0).abs()) * ((x0 * x0).abs()))))
        .sqrt();
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2()).cos()).exp())
                    .sqrt())
                .sin()));
        if i3 <= 3 {
            break;
        }
        m1 = dmax(
            m1,
            (((k::<D>(1.74)) + x0) - (u4 / ((k::<D>(1.0)) + (x0 * x0)))).tanh(),
        );
    }
    ((x0 + x1) + m1) - a2
}

#[differentiable]
fn p50<T: Float + NumAssign>(x0: T, x1: T, x2: T, nk: usize) -> T {
    let a1 = p29(x0, x2, x1) + x0;
    let a2 = if ((c::<T>(2.0)) + x0.sin()).powf(x2) < c::<T>(-0.73) {
        a1 - x1
    } else {
        x0
    };
    let (u3, w4) = (a1, x1);
    let a5 = Float::log(
        T::from(2.0).unwrap() + Float::sin(a2),
        ((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(x0))).exp(),
    );
    (((a1 + a2) + u3) + w4) + a5
}

fn p50_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = p29_d(x0, x2, x1) + x0;
    let a2 = if ((x2 * ((k::<D>(2.0)) + x0.sin()).ln()).exp()).re() < (k::<D>(-0.73)).re() {
        a1 - x1
    } else {
        x0
    };
    let (u3, w4) = (a1, x1);
    let a5 = (((k::<D>(2.0)) + a2.sin()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln());
    (((a1 + a2) + u3) + w4) + a5
}

#[differentiable]
fn p51(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut s1 = 1.0;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u3, w4) = (x1, s1.cos());
        s1 = s1.max(u3.cos());
    }
    let a5 = (0.9_f64 * s1.cos().tanh()).atanh();
    if a5 - x0 < 0.64 {
        return (BETA / (2.0_f64 + a5.sin())) * (a5 - 0.789);
    }
    for i6 in 0..nk {
        let a7 = (x1 + x1) + (W[i6] + V[i6]);
        let a8 = ((0.9 * s1.atan().sin()).asin()).cos();
        s1 += f64::cos(
            (1.0 + (((1.0 + (x0 * x0)).powi(-2)) * f64::powi(1.0 + (x0 * x0), -2))).log10(),
        );
        s1 /= 1.0 + (a8 * a8);
        if i6 == 3 {
            continue;
        }
    }
    s1 = (0.5f64 * s1)
        + Float::tanh(Float::asinh(f64::cos(s1).powi(2)).mul_add(
            Float::tanh(x1).sin() * Float::cos(f64::hypot(0.495f64, 0.5f64 + (s1 * s1))),
            Float::exp(f64::asinh(s1)),
        ));
    ((x0 * x1) * s1) + a5
}

fn p51_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u3, w4) = (x1, s1.cos());
        s1 = dmax(s1, u3.cos());
    }
    let a5 = ((k::<D>(0.9)) * s1.cos().tanh()).atanh();
    if (a5 - x0).re() < (k::<D>(0.64)).re() {
        return ((k::<D>(BETA)) / ((k::<D>(2.0)) + a5.sin())) * (a5 - (k::<D>(0.789)));
    }
    for i6 in 0..nk {
        let a7 = (x1 + x1) + ((k::<D>(W[i6])) + (k::<D>(V[i6])));
        let a8 = (((k::<D>(0.9)) * s1.atan().sin()).asin()).cos();
        s1 += (((k::<D>(1.0))
            + ((((k::<D>(1.0)) + (x0 * x0)).powi(-2)) * (((k::<D>(1.0)) + (x0 * x0)).powi(-2))))
        .log10())
        .cos();
        s1 /= (k::<D>(1.0)) + (a8 * a8);
        if i6 == 3 {
            continue;
        }
    }
    s1 = ((k::<D>(0.5)) * s1)
        + ((s1.cos().powi(2).asinh()
            * (x1.tanh().sin()
                * ((((k::<D>(0.495)) * (k::<D>(0.495))
                    + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1)))
                    .sqrt())
                .cos()))
            + s1.asinh().exp())
        .tanh());
    ((x0 * x1) * s1) + a5
}

#[differentiable]
fn p52(x0: f64, x1: f64) -> f64 {
    let a1 = x0;
    let a2 = -(x0 / (1.0 + (a1 * a1)));
    let (u3, w4) = (
        x0,
        (-0.78_f64).hypot(0.5 + (core::f64::consts::PI * core::f64::consts::PI)),
    );
    let (u5, w6) = (u3.exp().ln(), a1.round() * 0.76);
    let mut s7: f64 = 1.0f64;
    for i8 in 2..6 {
        let mut i9 = 0;
        while i9 < 3 {
            i9 += 1;
            let u3 = (p39(W[i9].atan(), f64::atan((i8 as f64)), u3) - ((i9 as f64).tanh()))
                - ({
                    let t10 = a1 / (1.0 + ((-1.293_f64) * (-1.293)));
                    x0
                });
            let a11 = a1;
            s7 *= 1.0 + (0.3 * ((-0.935).sin()));
        }
        let w6 = (a2 - u3) + (1.653 - x1);
        s7 += ((2.0f64 + (((2.0 + w4.sin()).powi(0)).sin())).log(
            (0.5_f64
                + (0.4
                    * Float::sin(
                        p37(
                            ((-1.007).sin()).atan(),
                            a2 / (1.0_f64 + (core::f64::consts::PI * core::f64::consts::PI)),
                            Float::atan(Float::tanh(x1)),
                        )
                        .sin(),
                    )))
            .exp(),
        ))
        .tanh();
        if w6.hypot(0.5f64 + (a1 * a1)) > f64::floor(x1) * x1 {
            continue;
        }
        s7 /= 1.0 + (x1 * x1);
    }
    let a12 = ((-0.411).powi(2)).exp();
    let a13 = 2.0f64.exp_m1();
    (((u5 + w6) + s7) - a12) + a13
}

fn p52_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x0;
    let a2 = -(x0 / ((k::<D>(1.0)) + (a1 * a1)));
    let (u3, w4) = (
        x0,
        ((k::<D>(-0.78)) * (k::<D>(-0.78))
            + ((k::<D>(0.5))
                + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
                * ((k::<D>(0.5))
                    + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI)))))
        .sqrt(),
    );
    let (u5, w6) = (u3.exp().ln(), (k::<D>(a1.re().round())) * (k::<D>(0.76)));
    let mut s7: D = k::<D>(1.0);
    for i8 in 2..6 {
        let mut i9 = 0;
        while i9 < 3 {
            i9 += 1;
            let u3 = (p39_d((k::<D>(W[i9])).atan(), (k::<D>(i8 as f64)).atan(), u3)
                - ((k::<D>(i9 as f64)).tanh()))
                - ({
                    let t10 = a1 / ((k::<D>(1.0)) + ((k::<D>(-1.293)) * (k::<D>(-1.293))));
                    x0
                });
            let a11 = a1;
            s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.935)).sin()));
        }
        let w6 = (a2 - u3) + ((k::<D>(1.653)) - x1);
        s7 += (((k::<D>(2.0)) + ((((k::<D>(2.0)) + w4.sin()).powi(0)).sin())).ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4))
                    * p37_d(
                        ((k::<D>(-1.007)).sin()).atan(),
                        a2 / ((k::<D>(1.0))
                            + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI)))),
                        x1.tanh().atan(),
                    )
                    .sin()
                    .sin()))
            .exp())
            .ln())
        .tanh();
        if ((w6 * w6 + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1))).sqrt()).re()
            > ((k::<D>(x1.re().floor())) * x1).re()
        {
            continue;
        }
        s7 /= (k::<D>(1.0)) + (x1 * x1);
    }
    let a12 = ((k::<D>(-0.411)).powi(2)).exp();
    let a13 = (k::<D>(2.0)).exp_m1();
    (((u5 + w6) + s7) - a12) + a13
}

#[differentiable]
fn p53<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = x1 - x2;
    let a2: T = a1;
    let (u3, w4) = (T::cbrt((c::<T>(1.5)) + a1.tanh()), a1);
    let (u5, w6) = (c::<T>(-1.88), T::ceil(x1) * (c::<T>(0.296)));
    (((a2 + u3) - w4) + u5) + w6
}

fn p53_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x1 - x2;
    let a2: D = a1;
    let (u3, w4) = (((k::<D>(1.5)) + a1.tanh()).cbrt(), a1);
    let (u5, w6) = (k::<D>(-1.88), (k::<D>(x1.re().ceil())) * (k::<D>(0.296)));
    (((a2 + u3) - w4) + u5) + w6
}

#[differentiable]
fn p54(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.5;
    for i2 in 0..=1 {
        let mut s3: f64 = 1.0;
        for i4 in 1..2 {
            if s1 / s3.tanh().exp() <= -0.13 {
                continue;
            }
            if i4 % 2 == 0 {
                s3 = (0.5 * s3) + s1.tanh().atan().sin();
            } else {
                s1 = (0.5 * s1)
                    + Float::atan(
                        (f64::floor((i4 as f64)) * x1)
                            + (std::f64::consts::E / (1.5 + f64::tanh(x1))),
                    );
            }
            s1 *= 1.0 + (0.3_f64 * f64::sin(s1));
        }
        s3 *= 1.0_f64 + (0.3 * f64::sin(s1));
        s1 = (0.5 * s1) + f64::tanh(((s1.atan() * (-0.9)).floor()) * x1);
    }
    let mut m5: f64 = ((s1 + s1).atan())
        * ((2.0 + f64::sin(x0)).log(Float::exp(0.5_f64 + (0.4 * Float::sin(BETA.tanh())))));
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        s1 -= f64::sin((1.5 + ((m5 + (m5.cos() * Float::atan(s1))).tanh())).log10());
        m5 += (f64::sin(m5).sinh()
            / (1.0f64
                + (f64::powf(1.0 + (m5.atan() * m5.atan()), x0).cos()
                    * (((1.0_f64 + (m5.atan() * m5.atan())).powf(x0)).cos()))))
        .sin();
        m5 = (0.5f64 * m5) + f64::cbrt(1.5 + x0.sin().tanh()).sin();
    }
    let a7 = m5.atan2(0.5 + (x0 * x0)).sin() + (m5 + (m5 / ((-1.446).hypot(1.0))));
    s1 += m5.tanh();
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let a9 = (s1 / 1.2f64.cosh()) - (x0 - (-0.6));
        let a10: f64 = Float::exp_m1(s1.cos());
        if (0.9f64 * f64::sin(s1.tanh())).atanh() > 0.07 {
            s1 -= Float::tanh(x1.atan() * a7.sin());
        } else {
            m5 = (0.5 * m5) + f64::tanh(a7.sin().exp_m1());
        }
        m5 /= 1.0f64 + (a10.tanh() * Float::tanh(a10));
        m5 *= 1.0_f64 + (0.3 * Float::cos(1.5 + x0.tanh()));
    }
    (0.001 * ((((x0 + x1) - s1) + m5) - a7)).tanh()
}

fn p54_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 0..=1 {
        let mut s3: D = k::<D>(1.0);
        for i4 in 1..2 {
            if (s1 / s3.tanh().exp()).re() <= (k::<D>(-0.13)).re() {
                continue;
            }
            if i4 % 2 == 0 {
                s3 = ((k::<D>(0.5)) * s3) + s1.tanh().atan().sin();
            } else {
                s1 = ((k::<D>(0.5)) * s1)
                    + ((((k::<D>((k::<D>(i4 as f64)).re().floor())) * x1)
                        + ((k::<D>(std::f64::consts::E)) / ((k::<D>(1.5)) + x1.tanh())))
                    .atan());
            }
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
        s1 = ((k::<D>(0.5)) * s1)
            + (((k::<D>((s1.atan() * (k::<D>(-0.9))).re().floor())) * x1).tanh());
    }
    let mut m5: D = ((s1 + s1).atan())
        * (((k::<D>(2.0)) + x0.sin()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(BETA)).tanh()).sin()))).exp()).ln());
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        s1 -= (((k::<D>(1.5)) + ((m5 + (m5.cos() * s1.atan())).tanh())).log10()).sin();
        m5 += (m5.sin().sinh()
            / ((k::<D>(1.0))
                + ((((x0 * ((k::<D>(1.0)) + (m5.atan() * m5.atan())).ln()).exp()).cos())
                    * (((x0 * ((k::<D>(1.0)) + (m5.atan() * m5.atan())).ln()).exp()).cos()))))
        .sin();
        m5 = ((k::<D>(0.5)) * m5) + ((((k::<D>(1.5)) + x0.sin().tanh()).cbrt()).sin());
    }
    let a7 = datan2(m5, (k::<D>(0.5)) + (x0 * x0)).sin()
        + (m5
            + (m5
                / (((k::<D>(-1.446)) * (k::<D>(-1.446)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())));
    s1 += m5.tanh();
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let a9 = (s1 / ((k::<D>(1.2)).cosh())) - (x0 - (k::<D>(-0.6)));
        let a10: D = s1.cos().exp_m1();
        if (((k::<D>(0.9)) * s1.tanh().sin()).atanh()).re() > (k::<D>(0.07)).re() {
            s1 -= (x1.atan() * a7.sin()).tanh();
        } else {
            m5 = ((k::<D>(0.5)) * m5) + a7.sin().exp_m1().tanh();
        }
        m5 /= (k::<D>(1.0)) + (a10.tanh() * a10.tanh());
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x0.tanh()).cos()));
    }
    ((k::<D>(0.001)) * ((((x0 + x1) - s1) + m5) - a7)).tanh()
}

#[differentiable]
fn p55<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut s1 = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x1;
        s1 = s1.max(
            s1.atan()
                .exp()
                .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * a3.sin())).exp())
                .tanh(),
        );
        s1 -= T::atan(a3);
    }
    let mut m4 = ((c::<T>(1.67)).hypot(T::one())).recip();
    for i5 in 0..1 {
        if Float::tanh(c::<T>(1.1)) < T::exp(x0).log10() || i5 >= 1 {
            s1 += (p21(x0, x0, T::sin(m4)) + (m4 - (c::<T>(-1.31)))).tanh();
        } else {
            m4 = Float::atan(((c::<T>(0.7)) * m4) + Float::exp2((x2 - m4).tanh()));
        }
        let mut m6 = x2 + (c::<T>(core::f64::consts::PI));
        if T::atanh(T::from(0.9).unwrap() * x2.sin()) > c::<T>(-0.91) {
            s1 *= T::one() + ((c::<T>(0.3)) * s1.sin());
        }
        m4 = (T::from(0.5).unwrap() * m4) + Float::tanh(T::asinh(c::<T>(ALPHA))).cos();
    }
    let a7 = x2.atan();
    let mut s8 = c::<T>(1.0);
    for i9 in 2..5 {
        let a10 = x0;
        if Float::powi(a7.exp(), 0) < c::<T>(0.02) {
            continue;
        }
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * T::asinh(
                    (m4 / ((c::<T>(2.0)) + s8.sin()))
                        / ((c::<T>(2.0)) + p29(Float::sin(m4), s1.sin(), x2).sin()),
                )
                .sin());
        m4 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::cos((c::<T>(1.5)).exp()));
        s8 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * T::sin((c::<T>(W[i9])).sin()));
    }
    let mut s11 = c::<T>(0.5);
    for i12 in 1..2 {
        let mut s13 = T::from(0.5).unwrap();
        for i14 in 1..3 {
            let a15 = (c::<T>(i12 as f64)).asinh();
            m4 = ((c::<T>(0.5)) * m4)
                + (((c::<T>(-0.3)) / ((c::<T>(2.0)) + T::from(-1.67).unwrap().sin())).cos());
        }
        let mut m16: T = (c::<T>(-0.5)).exp2();
        s13 = T::max(s13, Float::hypot(m4, c::<T>(1.0)).log10().atan());
        if i12 % 2 == 1 {
            break;
        }
    }
    ((c::<T>(0.001)) * ((((s1 + m4) + a7) + s8) + s11)).tanh()
}

fn p55_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x1;
        s1 = dmax(
            s1,
            (s1.atan().exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a3.sin())).exp()).ln())
                .tanh(),
        );
        s1 -= a3.atan();
    }
    let mut m4 = (((k::<D>(1.67)) * (k::<D>(1.67)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip();
    for i5 in 0..1 {
        if ((k::<D>(1.1)).tanh()).re() < x0.exp().log10().re() || i5 >= 1 {
            s1 += (p21_d(x0, x0, m4.sin()) + (m4 - (k::<D>(-1.31)))).tanh();
        } else {
            m4 = (((k::<D>(0.7)) * m4) + (((x2 - m4).tanh()).exp2())).atan();
        }
        let mut m6 = x2 + (k::<D>(core::f64::consts::PI));
        if (((k::<D>(0.9)) * x2.sin()).atanh()).re() > (k::<D>(-0.91)).re() {
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
        }
        m4 = ((k::<D>(0.5)) * m4) + ((((k::<D>(ALPHA)).asinh()).tanh()).cos());
    }
    let a7 = x2.atan();
    let mut s8 = k::<D>(1.0);
    for i9 in 2..5 {
        let a10 = x0;
        if a7.exp().powi(0).re() < (k::<D>(0.02)).re() {
            continue;
        }
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((m4 / ((k::<D>(2.0)) + s8.sin()))
                    / ((k::<D>(2.0)) + p29_d(m4.sin(), s1.sin(), x2).sin()))
                .asinh())
                .sin()));
        m4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)).exp()).cos()));
        s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(W[i9])).sin()).sin()));
    }
    let mut s11 = k::<D>(0.5);
    for i12 in 1..2 {
        let mut s13 = k::<D>(0.5);
        for i14 in 1..3 {
            let a15 = (k::<D>(i12 as f64)).asinh();
            m4 = ((k::<D>(0.5)) * m4)
                + (((k::<D>(-0.3)) / ((k::<D>(2.0)) + ((k::<D>(-1.67)).sin()))).cos());
        }
        let mut m16: D = (k::<D>(-0.5)).exp2();
        s13 = dmax(
            s13,
            (((m4 * m4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()).atan(),
        );
        if i12 % 2 == 1 {
            break;
        }
    }
    ((k::<D>(0.001)) * ((((s1 + m4) + a7) + s8) + s11)).tanh()
}

#[differentiable]
fn p56<T: Float + NumAssign>(x: [T; 6]) -> T {
    let a1 = (-x[2]) * Float::exp_m1((c::<T>(ALPHA)) * (c::<T>(-0.565)));
    let a2 = if x[0] < T::from(-0.77).unwrap() {
        (c::<T>(0.0)) * a1
    } else {
        a1
    };
    let (u3, w4) = (a2 + (c::<T>(1.023)), Float::sinh(T::from(-1.0).unwrap()));
    let (u5, w6) = (
        u3.atan(),
        u3 + ((a1 - x[4])
            / ((c::<T>(1.0))
                + (((T::from(1.5).unwrap() + w4.tanh()).cbrt())
                    * ((T::from(1.5).unwrap() + Float::tanh(w4)).cbrt())))),
    );
    let (u7, w8) = (
        ((c::<T>(1.0)) + (((u3 + w4).sin()) * T::sin(u3 + w4))).log10(),
        (((c::<T>(-0.8)) + a2).atan()) * ((w6 * x[0]).tanh()),
    );
    ((((w4 + u5) - w6) * u7) - w8) + x[2]
}

fn p56_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (-x[2]) * (((k::<D>(ALPHA)) * (k::<D>(-0.565))).exp_m1());
    let a2 = if x[0].re() < (k::<D>(-0.77)).re() {
        (k::<D>(0.0)) * a1
    } else {
        a1
    };
    let (u3, w4) = (a2 + (k::<D>(1.023)), (k::<D>(-1.0)).sinh());
    let (u5, w6) = (
        u3.atan(),
        u3 + ((a1 - x[4])
            / ((k::<D>(1.0))
                + ((((k::<D>(1.5)) + w4.tanh()).cbrt()) * (((k::<D>(1.5)) + w4.tanh()).cbrt())))),
    );
    let (u7, w8) = (
        ((k::<D>(1.0)) + (((u3 + w4).sin()) * ((u3 + w4).sin()))).log10(),
        (((k::<D>(-0.8)) + a2).atan()) * ((w6 * x[0]).tanh()),
    );
    ((((w4 + u5) - w6) * u7) - w8) + x[2]
}

#[differentiable]
fn p57(x: &[f64]) -> f64 {
    let a1 = core::f64::consts::PI;
    let a2: f64 = Float::hypot(
        Float::powf(2.0f64 + f64::sin(ALPHA), x[3]),
        0.5f64 + ((a1 / (1.0_f64 + (x[0] * x[0]))) * (a1 / (1.0_f64 + (x[0] * x[0])))),
    );
    let mut s3 = 0.0f64;
    for i4 in 0..1 {
        if (2.0 + Float::sin(a1)).log10() < a1 + s3 {
            break;
        }
        let a5 = a2;
        s3 = ((0.7 * s3)
            + ((1.1_f64
                + (f64::exp((s3 / (2.0 + Float::sin(a2))).sin())
                    * f64::exp(Float::sin(s3 / (2.0 + a2.sin())))))
            .acosh()))
        .sin();
    }
    s3 /= 1.0f64
        + (((2.0 + (((0.9 * f64::cos(std::f64::consts::E).sin()).asin()).sin())).powi(-1))
            * ((2.0_f64 + (((0.9_f64 * f64::cos(std::f64::consts::E).sin()).asin()).sin()))
                .powi(-1)));
    for i6 in 0..x.len() / 2 {
        let a7 = (-s3).cos();
        let a7 = (1.0 + (V[i6] * V[i6])).sqrt();
        s3 += (Float::exp2(Float::sin(a2))
            / (((core::f64::consts::PI / (2.0 + a7.sin())).cos()).cosh()))
        .cos();
    }
    ((a1 + a2) + s3) - x[2]
}

fn p57_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(core::f64::consts::PI);
    let a2: D = (((x[3] * ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())).ln()).exp())
        * ((x[3] * ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())).ln()).exp())
        + ((k::<D>(0.5))
            + ((a1 / ((k::<D>(1.0)) + (x[0] * x[0]))) * (a1 / ((k::<D>(1.0)) + (x[0] * x[0])))))
            * ((k::<D>(0.5))
                + ((a1 / ((k::<D>(1.0)) + (x[0] * x[0])))
                    * (a1 / ((k::<D>(1.0)) + (x[0] * x[0]))))))
        .sqrt();
    let mut s3 = k::<D>(0.0);
    for i4 in 0..1 {
        if (((k::<D>(2.0)) + a1.sin()).log10()).re() < (a1 + s3).re() {
            break;
        }
        let a5 = a2;
        s3 = (((k::<D>(0.7)) * s3)
            + (((k::<D>(1.1))
                + ((((s3 / ((k::<D>(2.0)) + a2.sin())).sin()).exp())
                    * (((s3 / ((k::<D>(2.0)) + a2.sin())).sin()).exp())))
            .acosh()))
        .sin();
    }
    s3 /= (k::<D>(1.0))
        + ((((k::<D>(2.0))
            + ((((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).cos()).sin())).asin()).sin()))
        .powi(-1))
            * (((k::<D>(2.0))
                + ((((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).cos()).sin())).asin())
                    .sin()))
            .powi(-1)));
    for i6 in 0..x.len() / 2 {
        let a7 = (-s3).cos();
        let a7 = ((k::<D>(1.0)) + ((k::<D>(V[i6])) * (k::<D>(V[i6])))).sqrt();
        s3 += (a2.sin().exp2()
            / ((((k::<D>(core::f64::consts::PI)) / ((k::<D>(2.0)) + a7.sin())).cos()).cosh()))
        .cos();
    }
    ((a1 + a2) + s3) - x[2]
}

#[differentiable]
fn p58(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1 = 0.5f64;
    for i2 in 0..nk {
        let mut i3 = 0;
        while i3 < 2 {
            i3 += 1;
            s1 = (0.5 * s1) + s1.sin();
            let a4: f64 = -f64::asinh(x2);
            let a5 = -x1.mul_add(s1.atan(), std::f64::consts::E);
            if (i3 as f64) / (1.5 + x2.tanh()) <= s1.atan() * x2 {
                continue;
            }
            s1 = f64::cos((0.7f64 * s1) + (x2.atan2(-(0.5 + (x2 * x2))) - x0));
            s1 *= 1.0 + (0.3_f64 * (((((1.0 + (ALPHA * ALPHA)).log2()).atan()).exp()).cos()));
        }
        let a6 = ((1.77_f64 * x2)
            .atan2(-(0.5 + (Float::mul_add(s1, s1, s1) * Float::mul_add(s1, s1, s1)))))
            * s1;
        s1 -= (W[i2] + x0).sin();
        s1 += a6.atan();
    }
    let mut m7 = f64::atan(x2);
    m7 = ((0.7 * m7)
        + (((m7 - x2) / (2.0_f64 + x0.sin().sin()))
            + (((-0.92) / 1.426_f64.exp()) * (x0 + (-1.694)))))
        .atan();
    s1 -= (-1.5).tanh();
    (((x0 + x1) + x2) + s1) + m7
}

fn p58_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..nk {
        let mut i3 = 0;
        while i3 < 2 {
            i3 += 1;
            s1 = ((k::<D>(0.5)) * s1) + s1.sin();
            let a4: D = -x2.asinh();
            let a5 = -(x1 * s1.atan() + (k::<D>(std::f64::consts::E)));
            if ((k::<D>(i3 as f64)) / ((k::<D>(1.5)) + x2.tanh())).re() <= (s1.atan() * x2).re() {
                continue;
            }
            s1 = (((k::<D>(0.7)) * s1) + (datan2(x2, -((k::<D>(0.5)) + (x2 * x2))) - x0)).cos();
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).log2()).atan())
                        .exp())
                    .cos()));
        }
        let a6 = datan2(
            (k::<D>(1.77)) * x2,
            -((k::<D>(0.5)) + ((s1 * s1 + s1) * (s1 * s1 + s1))),
        ) * s1;
        s1 -= ((k::<D>(W[i2])) + x0).sin();
        s1 += a6.atan();
    }
    let mut m7 = x2.atan();
    m7 = (((k::<D>(0.7)) * m7)
        + (((m7 - x2) / ((k::<D>(2.0)) + x0.sin().sin()))
            + (((k::<D>(-0.92)) / ((k::<D>(1.426)).exp())) * (x0 + (k::<D>(-1.694))))))
    .atan();
    s1 -= (k::<D>(-1.5)).tanh();
    (((x0 + x1) + x2) + s1) + m7
}

#[differentiable]
fn p59(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5f64;
    for i2 in 0..1 {
        let a3 = -x1;
        if i2 > 0 {
            continue;
        }
        let a4: f64 = Float::ln(1.0 + (((i2 as f64).atan()) * ((i2 as f64).atan()))).asinh();
        let mut s5 = 0.0;
        for i6 in (i2 + 1)..4 {
            let a7 = a3;
            let a8 = core::f64::consts::PI;
            s5 = (0.5 * s5) + ((a3 * (-1.8)).atan());
            s5 *= 1.0_f64 + (0.3_f64 * ((((-0.7_f64) - 0.493) - (a8.signum() * s5.sin())).sin()));
        }
        s5 = s5.max((s1.tanh() - (Float::atan(x0) * s5.tanh())).sin());
    }
    let (u9, w10) = (
        x2,
        f64::hypot(
            if !(p31(x2, x0, x0) < 0.74) {
                1.91_f64 + x2
            } else {
                (1.1 + ((1.0 + ((-0.47) * (-0.47))) * (1.0 + ((-0.47) * (-0.47))))).acosh()
            },
            0.5 + (x1 * x1),
        ),
    );
    let mut i11 = 0;
    while i11 < 4 {
        i11 += 1;
        let mut s12: f64 = 1.0;
        let mut i13 = 0;
        while i13 < 3 {
            i13 += 1;
            let w10 = (i11 as f64);
            let (u14, w15) = (w10 * V[i11], (1.0 + (x2 * x2)).log10());
            let mut m16 = Float::sqrt(f64::cosh(
                ((1.0 + (x2 * x2)).powf((i11 as f64).cos())).sin(),
            ));
            s1 += w10.atan();
        }
        s1 += x2.asinh().sin();
        let a17 = f64::sin(s12).powi(2) - f64::powi((x1 / s1.hypot(1.0)).cosh(), -1);
        s12 = (0.5 * s12) + ((Float::tanh(1.2_f64) * f64::cos(s12)).sin());
        s12 -= Float::tanh((0.5 + ((2.0_f64 + s12.sin()) * (2.0f64 + s12.sin()))).ln_1p());
        if x0 * x0 <= -0.63 {
            break;
        }
    }
    (0.001_f64 * ((((x1 + x2) - s1) + u9) * w10)).tanh()
}

fn p59_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 0..1 {
        let a3 = -x1;
        if i2 > 0 {
            continue;
        }
        let a4: D =
            (((k::<D>(1.0)) + (((k::<D>(i2 as f64)).atan()) * ((k::<D>(i2 as f64)).atan()))).ln())
                .asinh();
        let mut s5 = k::<D>(0.0);
        for i6 in (i2 + 1)..4 {
            let a7 = a3;
            let a8 = k::<D>(core::f64::consts::PI);
            s5 = ((k::<D>(0.5)) * s5) + ((a3 * (k::<D>(-1.8))).atan());
            s5 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(-0.7)) - (k::<D>(0.493)))
                        - ((k::<D>(a8.re().signum())) * s5.sin()))
                    .sin()));
        }
        s5 = dmax(s5, (s1.tanh() - (x0.atan() * s5.tanh())).sin());
    }
    let (u9, w10) = (
        x2,
        ((if !(p31_d(x2, x0, x0).re() < (k::<D>(0.74)).re()) {
            (k::<D>(1.91)) + x2
        } else {
            ((k::<D>(1.1))
                + (((k::<D>(1.0)) + ((k::<D>(-0.47)) * (k::<D>(-0.47))))
                    * ((k::<D>(1.0)) + ((k::<D>(-0.47)) * (k::<D>(-0.47))))))
            .acosh()
        }) * (if !(p31_d(x2, x0, x0).re() < (k::<D>(0.74)).re()) {
            (k::<D>(1.91)) + x2
        } else {
            ((k::<D>(1.1))
                + (((k::<D>(1.0)) + ((k::<D>(-0.47)) * (k::<D>(-0.47))))
                    * ((k::<D>(1.0)) + ((k::<D>(-0.47)) * (k::<D>(-0.47))))))
            .acosh()
        }) + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
            .sqrt(),
    );
    let mut i11 = 0;
    while i11 < 4 {
        i11 += 1;
        let mut s12: D = k::<D>(1.0);
        let mut i13 = 0;
        while i13 < 3 {
            i13 += 1;
            let w10 = k::<D>(i11 as f64);
            let (u14, w15) = (w10 * (k::<D>(V[i11])), ((k::<D>(1.0)) + (x2 * x2)).log10());
            let mut m16 =
                ((((((k::<D>(i11 as f64)).cos()) * ((k::<D>(1.0)) + (x2 * x2)).ln()).exp()).sin())
                    .cosh())
                .sqrt();
            s1 += w10.atan();
        }
        s1 += x2.asinh().sin();
        let a17 = s12.sin().powi(2)
            - (((x1 / ((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).cosh()).powi(-1));
        s12 = ((k::<D>(0.5)) * s12) + ((((k::<D>(1.2)).tanh()) * s12.cos()).sin());
        s12 -= (((k::<D>(0.5)) + (((k::<D>(2.0)) + s12.sin()) * ((k::<D>(2.0)) + s12.sin())))
            .ln_1p())
        .tanh();
        if (x0 * x0).re() <= (k::<D>(-0.63)).re() {
            break;
        }
    }
    ((k::<D>(0.001)) * ((((x1 + x2) - s1) + u9) * w10)).tanh()
}

#[differentiable]
fn p60(x: [f64; 5]) -> f64 {
    let a1 = x[3] + f64::exp(x[1]).powf(x[4]);
    let mut m2 = (1.0 + (x[3] * x[3])).recip();
    m2 -= 1.53;
    for &i3 in x.iter() {
        let mut s4 = 0.0;
        for i5 in 0..x.len() - 1 {
            let a1 = m2;
            let (u6, w7) = (
                Float::sqrt(Float::cosh(f64::tanh(a1))) - (x[i5] + 1.8),
                (1.1 + ((1.0 + ((i3 - BETA) * (i3 - BETA))) * (1.0 + ((i3 - BETA) * (i3 - BETA)))))
                    .acosh(),
            );
            if i5 >= 2 {
                continue;
            }
            m2 -= (x[i5 + 1] / f64::exp(s4.tanh())).tanh();
            m2 *= 1.0 + (0.3 * 0.32.sin());
        }
        let (u8, w9) = (m2.tanh(), ALPHA + (-1.05));
        m2 = f64::atan((0.7 * m2) + (-1.0));
        s4 = s4.min((Float::clamp(0.835, -0.14_f64, 0.64f64) + w9).cos());
    }
    (a1 + m2) - x[1]
}

fn p60_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[3] + ((x[4] * x[1].exp().ln()).exp());
    let mut m2 = ((k::<D>(1.0)) + (x[3] * x[3])).recip();
    m2 -= k::<D>(1.53);
    for &i3 in x.iter() {
        let mut s4 = k::<D>(0.0);
        for i5 in 0..x.len() - 1 {
            let a1 = m2;
            let (u6, w7) = (
                a1.tanh().cosh().sqrt() - (x[i5] + (k::<D>(1.8))),
                ((k::<D>(1.1))
                    + (((k::<D>(1.0)) + ((i3 - (k::<D>(BETA))) * (i3 - (k::<D>(BETA)))))
                        * ((k::<D>(1.0)) + ((i3 - (k::<D>(BETA))) * (i3 - (k::<D>(BETA)))))))
                .acosh(),
            );
            if i5 >= 2 {
                continue;
            }
            m2 -= (x[i5 + 1] / s4.tanh().exp()).tanh();
            m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(0.32)).sin()));
        }
        let (u8, w9) = (m2.tanh(), (k::<D>(ALPHA)) + (k::<D>(-1.05)));
        m2 = (((k::<D>(0.7)) * m2) + (k::<D>(-1.0))).atan();
        s4 = dmin(
            s4,
            (dclamp(k::<D>(0.835), k::<D>(-0.14), k::<D>(0.64)) + w9).cos(),
        );
    }
    (a1 + m2) - x[1]
}

#[differentiable]
fn p61<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = c::<T>(std::f64::consts::E);
    let a3 = if x[1].mul_add(a1.atan(), a1)
        >= (T::from(0.5).unwrap() + (((c::<T>(1.0)) + (a1 * a1)) * ((c::<T>(1.0)) + (a1 * a1))))
            .ln_1p()
        && T::from(-1.555).unwrap() > x[4]
        || x[2] < x[1]
    {
        T::from(1.77).unwrap().hypot((c::<T>(0.5)) + (a1 * a1)) + (T::from(-0.28).unwrap() * a1)
    } else {
        ({
            let t2 = x[5];
            t2
        }) + (c::<T>(0.284))
    };
    let mut m4 = T::exp(a3.atan()).log(T::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * Float::sin(x[4]))));
    m4 -= T::atan2(
        (c::<T>(ALPHA)).asinh(),
        -(T::from(0.5).unwrap() + ((a3 - (c::<T>(1.53))) * (a3 - (c::<T>(1.53))))),
    )
    .atan();
    let (u5, w6) = (
        a3,
        p49(
            Float::cos(
                (T::from(0.5).unwrap()
                    + (((c::<T>(1.0)) + (m4.atan() * m4.atan()))
                        * (T::one() + (m4.atan() * m4.atan()))))
                .ln_1p(),
            ),
            Float::cosh(Float::sin(x[2]).tan()).tanh(),
        ),
    );
    ((((a1 + a3) + m4) + u5) - w6) + x[5]
}

fn p61_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(std::f64::consts::E);
    let a3 = if (x[1] * a1.atan() + a1).re()
        >= (((k::<D>(0.5)) + (((k::<D>(1.0)) + (a1 * a1)) * ((k::<D>(1.0)) + (a1 * a1)))).ln_1p())
            .re()
        && (k::<D>(-1.555)).re() > x[4].re()
        || x[2].re() < x[1].re()
    {
        (((k::<D>(1.77)) * (k::<D>(1.77))
            + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1)))
            .sqrt())
            + ((k::<D>(-0.28)) * a1)
    } else {
        ({
            let t2 = x[5];
            t2
        }) + (k::<D>(0.284))
    };
    let mut m4 =
        (a3.atan().exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[4].sin())).exp()).ln());
    m4 -= datan2(
        (k::<D>(ALPHA)).asinh(),
        -((k::<D>(0.5)) + ((a3 - (k::<D>(1.53))) * (a3 - (k::<D>(1.53))))),
    )
    .atan();
    let (u5, w6) = (
        a3,
        p49_d(
            (((k::<D>(0.5))
                + (((k::<D>(1.0)) + (m4.atan() * m4.atan()))
                    * ((k::<D>(1.0)) + (m4.atan() * m4.atan()))))
            .ln_1p())
            .cos(),
            x[2].sin().tan().cosh().tanh(),
        ),
    );
    ((((a1 + a3) + m4) + u5) - w6) + x[5]
}

#[differentiable]
fn p62(x: &[f64]) -> f64 {
    let a1: f64 = f64::ln_1p(
        0.5_f64
            + ((1.5
                + Float::atan(core::f64::consts::PI)
                    .mul_add(ALPHA.atan(), x[4])
                    .tanh())
                * (1.5
                    + Float::mul_add(
                        Float::atan(core::f64::consts::PI),
                        Float::atan(ALPHA),
                        x[4],
                    )
                    .tanh())),
    );
    let (u2, w3) = (a1, Float::exp2(Float::tanh(a1)) * ((2.0 + a1.sin()).log2()));
    let mut m4: f64 = a1 / (2.0_f64 + u2.sin());
    let a5: f64 = -m4;
    ((((a1 + u2) + w3) + m4) + a5) + x[2]
}

fn p62_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(0.5))
        + (((k::<D>(1.5))
            + ((((k::<D>(core::f64::consts::PI)).atan()) * ((k::<D>(ALPHA)).atan()) + x[4])
                .tanh()))
            * ((k::<D>(1.5))
                + ((((k::<D>(core::f64::consts::PI)).atan()) * ((k::<D>(ALPHA)).atan()) + x[4])
                    .tanh()))))
    .ln_1p();
    let (u2, w3) = (a1, a1.tanh().exp2() * (((k::<D>(2.0)) + a1.sin()).log2()));
    let mut m4: D = a1 / ((k::<D>(2.0)) + u2.sin());
    let a5: D = -m4;
    ((((a1 + u2) + w3) + m4) + a5) + x[2]
}

#[differentiable]
fn p63<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = T::zero();
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3: T = x0 - x0;
        s1 += s1.hypot((c::<T>(0.5)) + (s1 * s1)).cos();
    }
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        if i4 > 2 {
            s1 -= T::log(
                (c::<T>(1.5))
                    + T::tanh(
                        ((T::one() + (x0 * x0)).log(Float::exp(
                            (c::<T>(0.5)) + (T::from(0.4).unwrap() * ((c::<T>(-1.0)).sin())),
                        )))
                        .asinh(),
                    ),
                ((c::<T>(0.5)) + (T::from(0.4).unwrap() * T::tanh(-x1.powi(3)).sin())).exp(),
            )
            .cos();
        } else {
            s1 -= Float::tanh(
                (((c::<T>(i4 as f64)).atan()) / ((c::<T>(1.0)) + (s1.cos() * s1.cos()))) + s1,
            );
        }
        let mut m5 = ((s1 / ((c::<T>(1.0)) + (x0 * x0))).sin()).sinh();
        if i4 > 1 {
            continue;
        }
        s1 = ((c::<T>(0.5)) * s1)
            + (((x1 - x0) + ((T::one() + (T::sin(m5) * m5.sin())).powi(-1))).atan());
    }
    s1 = ((T::from(0.7).unwrap() * s1)
        + Float::powf((c::<T>(2.0)) + Float::exp(s1.min(x1).sin()).sin(), s1.sin()))
    .tanh();
    let mut m6 = x1 + (x0 / ((c::<T>(1.0)) + (x0 * x0)));
    let mut m7: T = s1 + (m6 + m6);
    (((x0 + x1) * s1) + m6) * m7
}

fn p63_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3: D = x0 - x0;
        s1 += ((s1 * s1 + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1))).sqrt()).cos();
    }
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        if i4 > 2 {
            s1 -= (((k::<D>(1.5))
                + (((((k::<D>(1.0)) + (x0 * x0)).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(-1.0)).sin()))).exp()).ln())
                .asinh())
                .tanh()))
            .ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((-x1.powi(3)).tanh()).sin()))).exp()).ln())
            .cos();
        } else {
            s1 -= ((((k::<D>(i4 as f64)).atan()) / ((k::<D>(1.0)) + (s1.cos() * s1.cos()))) + s1)
                .tanh();
        }
        let mut m5 = ((s1 / ((k::<D>(1.0)) + (x0 * x0))).sin()).sinh();
        if i4 > 1 {
            continue;
        }
        s1 = ((k::<D>(0.5)) * s1)
            + (((x1 - x0) + (((k::<D>(1.0)) + (m5.sin() * m5.sin())).powi(-1))).atan());
    }
    s1 = (((k::<D>(0.7)) * s1)
        + ((s1.sin() * ((k::<D>(2.0)) + dmin(s1, x1).sin().exp().sin()).ln()).exp()))
    .tanh();
    let mut m6 = x1 + (x0 / ((k::<D>(1.0)) + (x0 * x0)));
    let mut m7: D = s1 + (m6 + m6);
    (((x0 + x1) * s1) + m6) * m7
}

#[differentiable]
fn p64(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = -(-1.9);
    let a2 = (0.9 * Float::atan(Float::powf(2.0 + x1.sin(), f64::sin(a1))).tanh()).atanh();
    let mut s3 = 0.0;
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut s5 = 1.0_f64;
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            if a2.tanh().mul_add(a2.tanh(), BETA) >= 0.2_f64 {
                s3 -= Float::cos(f64::sin(BETA).mul_add(x2, W[i4]));
            } else {
                s5 += f64::atan(s3 / (1.0_f64 + (x0 * x0)));
            }
            let mut m7 = Float::exp2(f64::atan(core::f64::consts::PI / (1.5 + Float::tanh(s3))))
                .atan()
                .sin()
                .tan();
            s5 += x0.tanh();
        }
        let mut m8: f64 = 0.04 + x1;
        m8 *= 1.0f64 + (0.3 * BETA.cos().exp_m1().sin());
        s3 = (0.5 * s3) + f64::exp(x1).sin();
    }
    let a9 = if -s3 >= 0.33 {
        p15(a2.tanh(), f64::cos(a2 * std::f64::consts::E))
    } else {
        x1 * (1.273.cos() * f64::tanh(s3))
    };
    if a9.sin().exp() < -0.23 {
        return (0.5
            + ((2.0 + p40(s3.atan(), a2.atan(), x2).sin())
                * (2.0 + p40(s3.atan(), a2.atan(), x2).sin())))
        .ln_1p();
    }
    s3 *= 1.0 + (0.3_f64 * f64::sin(a2 + ((x0 / (1.0f64 + (a1 * a1))) * ((-0.4) + a2))));
    let a2: f64 = x0 / Float::tanh(a9).exp();
    (((x2 + a1) + s3) + a9) * a2
}

fn p64_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = -(k::<D>(-1.9));
    let a2 = ((k::<D>(0.9))
        * ((((a1.sin() * ((k::<D>(2.0)) + x1.sin()).ln()).exp()).atan()).tanh()))
    .atanh();
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut s5 = k::<D>(1.0);
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            if (a2.tanh() * a2.tanh() + (k::<D>(BETA))).re() >= (k::<D>(0.2)).re() {
                s3 -= (((k::<D>(BETA)).sin()) * x2 + (k::<D>(W[i4]))).cos();
            } else {
                s5 += (s3 / ((k::<D>(1.0)) + (x0 * x0))).atan();
            }
            let mut m7 = ((((((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.5)) + s3.tanh()))
                .atan())
            .exp2())
            .atan())
            .sin())
            .tan();
            s5 += x0.tanh();
        }
        let mut m8: D = (k::<D>(0.04)) + x1;
        m8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(BETA)).cos()).exp_m1()).sin()));
        s3 = ((k::<D>(0.5)) * s3) + x1.exp().sin();
    }
    let a9 = if (-s3).re() >= (k::<D>(0.33)).re() {
        p15_d(a2.tanh(), (a2 * (k::<D>(std::f64::consts::E))).cos())
    } else {
        x1 * (((k::<D>(1.273)).cos()) * s3.tanh())
    };
    if a9.sin().exp().re() < (k::<D>(-0.23)).re() {
        return ((k::<D>(0.5))
            + (((k::<D>(2.0)) + p40_d(s3.atan(), a2.atan(), x2).sin())
                * ((k::<D>(2.0)) + p40_d(s3.atan(), a2.atan(), x2).sin())))
        .ln_1p();
    }
    s3 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((a2 + ((x0 / ((k::<D>(1.0)) + (a1 * a1))) * ((k::<D>(-0.4)) + a2))).sin()));
    let a2: D = x0 / a9.tanh().exp();
    (((x2 + a1) + s3) + a9) * a2
}

#[differentiable]
fn p65<T>(x: &[T], nk: usize) -> T
where
    T: Float,
{
    let a1: T = c::<T>(BETA);
    let (u2, w3) = (
        p49(
            x[2].mul_add(a1.atan(), a1).sin(),
            (c::<T>(std::f64::consts::E)).atan(),
        ) / ((c::<T>(1.5)) + (((a1 + a1).asinh()).tanh())),
        c::<T>(-0.086),
    );
    let mut s4 = c::<T>(1.0);
    for i5 in 2..6 {
        let mut s6 = T::zero();
        for i7 in 0..=2 {
            s6 = s6.min(Float::sin(
                T::from(1.91).unwrap().hypot((c::<T>(0.5)) + (x[0] * x[0]))
                    - (((c::<T>(0.9)) * Float::sin(x[2])).atanh()),
            ));
            let mut m8 = ((w3 - x[1]).tanh()) * Float::ln((c::<T>(2.0)) + a1.sin());
            if ((c::<T>(i7 as f64)).exp()).cbrt() <= c::<T>(0.85) {
                continue;
            }
            s4 = s4
                - T::sqrt(
                    (c::<T>(1.5))
                        + T::tanh(Float::acosh(
                            (c::<T>(1.1))
                                + (((c::<T>(1.0)) + (m8 * m8)) * ((c::<T>(1.0)) + (m8 * m8))),
                        )),
                )
                .atan();
        }
        let a9 = w3 - Float::clamp(u2.min(x[1]), T::from(-1.02).unwrap(), c::<T>(0.39));
        s6 = s6 / ((c::<T>(1.0)) + (T::from(-1.7).unwrap() * (c::<T>(-1.7))));
    }
    let mut m10 = u2.abs().cos();
    ((((a1 * u2) + w3) + s4) + m10) + x[2]
}

fn p65_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1: D = k::<D>(BETA);
    let (u2, w3) = (
        p49_d(
            (x[2] * a1.atan() + a1).sin(),
            (k::<D>(std::f64::consts::E)).atan(),
        ) / ((k::<D>(1.5)) + (((a1 + a1).asinh()).tanh())),
        k::<D>(-0.086),
    );
    let mut s4 = k::<D>(1.0);
    for i5 in 2..6 {
        let mut s6 = k::<D>(0.0);
        for i7 in 0..=2 {
            s6 = dmin(
                s6,
                ((((k::<D>(1.91)) * (k::<D>(1.91))
                    + ((k::<D>(0.5)) + (x[0] * x[0])) * ((k::<D>(0.5)) + (x[0] * x[0])))
                    .sqrt())
                    - (((k::<D>(0.9)) * x[2].sin()).atanh()))
                .sin(),
            );
            let mut m8 = ((w3 - x[1]).tanh()) * (((k::<D>(2.0)) + a1.sin()).ln());
            if (((k::<D>(i7 as f64)).exp()).cbrt()).re() <= (k::<D>(0.85)).re() {
                continue;
            }
            s4 -= (((k::<D>(1.5))
                + ((((k::<D>(1.1))
                    + (((k::<D>(1.0)) + (m8 * m8)) * ((k::<D>(1.0)) + (m8 * m8))))
                    .acosh())
                .tanh()))
            .sqrt())
            .atan();
        }
        let a9 = w3 - dclamp(dmin(u2, x[1]), k::<D>(-1.02), k::<D>(0.39));
        s6 /= (k::<D>(1.0)) + ((k::<D>(-1.7)) * (k::<D>(-1.7)));
    }
    let mut m10 = u2.abs().cos();
    ((((a1 * u2) + w3) + s4) + m10) + x[2]
}

#[differentiable]
fn p66(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = if 0.63 > core::f64::consts::PI - x2 {
        Float::cosh(((x1 * x2) / (1.0_f64 + (Float::min(0.14, x0) * 0.14.min(x0)))).atan()).sqrt()
    } else {
        1.8
    };
    let mut m2 = x1;
    for i3 in 0..1 {
        let a4 = ((if x2 > 0.97 { m2 } else { a1 }) + x1.abs()) + a1;
        let mut s5 = 0.0;
        let mut i6 = 0;
        while i6 < 2 {
            i6 += 1;
            m2 -= x0.tanh();
            s5 *= 1.0_f64 + (0.3 * s5.atan().cosh().sqrt().sin());
            if (i6 as f64).mul_add(a1.sin(), m2) >= a4 + (i6 as f64) {
                break;
            }
            s5 *= 1.0 + (0.3 * f64::cos(1.5 + 1.3_f64.tanh()));
        }
        m2 /= 2.0 + Float::atan2(a4, -(0.5 + (x1 * x1))).sin();
    }
    let mut m7 = ((0.9 * Float::tanh(Float::sqrt(1.0 + (x0 * x0)).sin())).atanh())
        .atan2(-(0.5 + ((1.65 + core::f64::consts::PI) * (1.65_f64 + core::f64::consts::PI))));
    (((x1 + x2) + a1) + m2) - m7
}

fn p66_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (k::<D>(0.63)).re() > ((k::<D>(core::f64::consts::PI)) - x2).re() {
        ((((x1 * x2) / ((k::<D>(1.0)) + (dmin(k::<D>(0.14), x0) * dmin(k::<D>(0.14), x0)))).atan())
            .cosh())
        .sqrt()
    } else {
        k::<D>(1.8)
    };
    let mut m2 = x1;
    for i3 in 0..1 {
        let a4 = ((if x2.re() > (k::<D>(0.97)).re() {
            m2
        } else {
            a1
        }) + x1.abs())
            + a1;
        let mut s5 = k::<D>(0.0);
        let mut i6 = 0;
        while i6 < 2 {
            i6 += 1;
            m2 -= x0.tanh();
            s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s5.atan().cosh().sqrt().sin());
            if ((k::<D>(i6 as f64)) * a1.sin() + m2).re() >= (a4 + (k::<D>(i6 as f64))).re() {
                break;
            }
            s5 *=
                (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(1.3)).tanh())).cos()));
        }
        m2 /= (k::<D>(2.0)) + datan2(a4, -((k::<D>(0.5)) + (x1 * x1))).sin();
    }
    let mut m7 = datan2(
        ((k::<D>(0.9)) * (((((k::<D>(1.0)) + (x0 * x0)).sqrt()).sin()).tanh())).atanh(),
        -((k::<D>(0.5))
            + (((k::<D>(1.65)) + (k::<D>(core::f64::consts::PI)))
                * ((k::<D>(1.65)) + (k::<D>(core::f64::consts::PI))))),
    );
    (((x1 + x2) + a1) + m2) - m7
}

#[differentiable]
fn p67<T: Float + NumAssign>(x0: T, x1: T, nk: usize) -> T {
    let mut m1 = T::sqrt((c::<T>(1.5)) + Float::tanh(x0));
    let a2 = m1 + m1;
    let a3 = ((c::<T>(0.9)) * m1.sin()).asin();
    if !(c::<T>(0.3) <= c::<T>(0.14)) {
        m1 -= c::<T>(1.2);
    } else {
        m1 *= T::one() + ((c::<T>(0.3)) * Float::sin(a2 - a3));
    }
    (((x0 + x1) + m1) + a2) + a3
}

fn p67_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut m1 = ((k::<D>(1.5)) + x0.tanh()).sqrt();
    let a2 = m1 + m1;
    let a3 = ((k::<D>(0.9)) * m1.sin()).asin();
    if !((k::<D>(0.3)).re() <= (k::<D>(0.14)).re()) {
        m1 -= k::<D>(1.2);
    } else {
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a2 - a3).sin()));
    }
    (((x0 + x1) + m1) + a2) + a3
}

#[differentiable]
fn p68<T: Float + NumAssign>(x: [T; 3], y: T) -> T {
    let (u1, w2) = (
        Float::log2(
            (c::<T>(2.0))
                + ((((c::<T>(1.5)) + T::atanh(T::from(0.9).unwrap() * y.sin()).tanh())
                    .powf(T::recip(y.exp()).atan()))
                .sin()),
        ),
        x[1] / ((c::<T>(1.0))
            + ((((c::<T>(-0.67)).atan())
                / Float::hypot(T::ln((c::<T>(2.0)) + y.sin()), c::<T>(1.0)))
                * (T::atan(c::<T>(-0.67))
                    / (((T::from(2.0).unwrap() + y.sin()).ln()).hypot(c::<T>(1.0)))))),
    );
    let mut s3: T = c::<T>(1.0);
    for i4 in 2..3 {
        let a5 = ((c::<T>(1.0)) + (w2.atan() * w2.atan())).sqrt();
        if x[2].hypot((c::<T>(0.5)) + (s3 * s3))
            <= T::powf(T::one() + (u1 * u1), T::from(1.493).unwrap())
        {
            s3 += Float::atan(x[2]);
        }
        s3 *= T::one()
            + ((c::<T>(0.3))
                * Float::powi(T::hypot(c::<T>(i4 as f64), c::<T>(1.0)), -1)
                    .powi(1)
                    .sin());
        s3 = ((c::<T>(0.5)) * s3) + T::tanh(s3).sin().tan().tanh();
    }
    let mut s6 = c::<T>(0.5);
    for i7 in x.iter() {
        s6 = (T::from(0.5).unwrap() * s6) + T::cosh(w2).atan().cos();
        let a8 = if -u1 >= (*i7) - x[0] {
            w2.cos().powi(3)
        } else {
            u1
        };
        let a8: T = Float::log(
            (c::<T>(2.0)) + Float::sin(s6),
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * y.sin())).exp(),
        );
        s6 = ((c::<T>(0.5)) * s6)
            + Float::tanh(w2.atan() / T::from(-0.19).unwrap().tanh().hypot(c::<T>(1.0)));
    }
    for i9 in 1..x.len() {
        let a10 = T::asin((c::<T>(0.9)) * T::tanh(Float::atan(-s3)));
        s6 = s6.max(s6.cos());
        s3 *= T::one()
            + (T::from(0.3).unwrap()
                * T::sin(
                    ((c::<T>(1.0))
                        + (T::atan(s6).exp().sqrt().atan() * Float::atan(s6).exp().sqrt().atan()))
                    .powi(-2),
                ));
    }
    let mut s11 = c::<T>(1.0);
    for &i12 in x.iter() {
        if x[1] > T::from(0.54).unwrap() {
            s3 -= (((y * w2) / ((c::<T>(1.0)) + (T::tanh(s3) * s3.tanh()))).hypot(
                T::from(0.5).unwrap()
                    + (((s6.tanh() * x[2]) / ((c::<T>(1.5)) + T::tanh(s6 - x[2])))
                        * ((s6.tanh() * x[2]) / (T::from(1.5).unwrap() + ((s6 - x[2]).tanh())))),
            ))
            .atan();
        } else {
            s11 = (((c::<T>(0.7)) * s11) + y).cos();
        }
        s6 = s6.max(T::atan(x[2] - s11));
    }
    let (u13, w14) = (x[0].mul_add(u1, s3), s3);
    Float::tanh((c::<T>(0.001)) * (((((s3 + s6) + s11) + u13) + w14) + x[1]))
}

fn p68_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        ((k::<D>(2.0))
            + (((y.exp().recip().atan()
                * ((k::<D>(1.5)) + ((((k::<D>(0.9)) * y.sin()).atanh()).tanh())).ln())
            .exp())
            .sin()))
        .log2(),
        x[1] / ((k::<D>(1.0))
            + ((((k::<D>(-0.67)).atan())
                / (((((k::<D>(2.0)) + y.sin()).ln()) * (((k::<D>(2.0)) + y.sin()).ln())
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt()))
                * (((k::<D>(-0.67)).atan())
                    / (((((k::<D>(2.0)) + y.sin()).ln()) * (((k::<D>(2.0)) + y.sin()).ln())
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())))),
    );
    let mut s3: D = k::<D>(1.0);
    for i4 in 2..3 {
        let a5 = ((k::<D>(1.0)) + (w2.atan() * w2.atan())).sqrt();
        if ((x[2] * x[2] + ((k::<D>(0.5)) + (s3 * s3)) * ((k::<D>(0.5)) + (s3 * s3))).sqrt()).re()
            <= (((k::<D>(1.493)) * ((k::<D>(1.0)) + (u1 * u1)).ln()).exp()).re()
        {
            s3 += x[2].atan();
        }
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(i4 as f64)) * (k::<D>(i4 as f64))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .powi(-1))
                .powi(1))
                .sin()));
        s3 = ((k::<D>(0.5)) * s3) + s3.tanh().sin().tan().tanh();
    }
    let mut s6 = k::<D>(0.5);
    for i7 in x {
        s6 = ((k::<D>(0.5)) * s6) + w2.cosh().atan().cos();
        let a8 = if (-u1).re() >= ((*i7) - x[0]).re() {
            w2.cos().powi(3)
        } else {
            u1
        };
        let a8: D = (((k::<D>(2.0)) + s6.sin()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * y.sin())).exp()).ln());
        s6 = ((k::<D>(0.5)) * s6)
            + ((w2.atan()
                / ((((k::<D>(-0.19)).tanh()) * ((k::<D>(-0.19)).tanh())
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt()))
            .tanh());
    }
    for i9 in 1..x.len() {
        let a10 = ((k::<D>(0.9)) * (((-s3).atan()).tanh())).asin();
        s6 = dmax(s6, s6.cos());
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.0))
                    + (s6.atan().exp().sqrt().atan() * s6.atan().exp().sqrt().atan()))
                .powi(-2))
                .sin()));
    }
    let mut s11 = k::<D>(1.0);
    for &i12 in x.iter() {
        if x[1].re() > (k::<D>(0.54)).re() {
            s3 -= ((((y * w2) / ((k::<D>(1.0)) + (s3.tanh() * s3.tanh())))
                * ((y * w2) / ((k::<D>(1.0)) + (s3.tanh() * s3.tanh())))
                + ((k::<D>(0.5))
                    + (((s6.tanh() * x[2]) / ((k::<D>(1.5)) + ((s6 - x[2]).tanh())))
                        * ((s6.tanh() * x[2]) / ((k::<D>(1.5)) + ((s6 - x[2]).tanh())))))
                    * ((k::<D>(0.5))
                        + (((s6.tanh() * x[2]) / ((k::<D>(1.5)) + ((s6 - x[2]).tanh())))
                            * ((s6.tanh() * x[2]) / ((k::<D>(1.5)) + ((s6 - x[2]).tanh()))))))
            .sqrt())
            .atan();
        } else {
            s11 = (((k::<D>(0.7)) * s11) + y).cos();
        }
        s6 = dmax(s6, (x[2] - s11).atan());
    }
    let (u13, w14) = ((x[0] * u1 + s3), s3);
    ((k::<D>(0.001)) * (((((s3 + s6) + s11) + u13) + w14) + x[1])).tanh()
}

#[differentiable]
fn p69(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5_f64;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        if x0 <= x0.cosh() {
            continue;
        }
        s1 += f64::asinh(Float::powi(f64::sinh((i2 as f64)).tanh(), 1)).sin();
        let mut m3 = x0;
        s1 += Float::tanh(m3);
        m3 = (0.5 * m3) + Float::cos((-0.1) - ((i2 as f64).cosh()));
    }
    s1 += Float::exp((x1 - (-0.8)).sin());
    let mut s4 = 0.5;
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let (u6, w7) = (0.792, s1.tanh() - x0);
        s1 *= 1.0 + (0.3f64 * ((u6 * w7).sin()));
        let (u8, w9) = (
            (1.0 + (Float::atanh(0.9f64 * x0.sin()) * ((0.9 * x0.sin()).atanh()))).sqrt(),
            x0,
        );
        s1 = (0.5 * s1) + x0.atan2(-(0.5 + (0.86 * 0.86))).tanh().sin();
    }
    for i10 in 0..=1 {
        let a11 = if x1 < 0.55 { x1 } else { -x0 };
        s1 = (0.5 * s1) + ((-x0).atan());
        if s4 > p40(x0, V[i10].sin(), x0) {
            continue;
        }
        s1 += ((0.9 * f64::tanh(x0)).atanh()).tanh();
    }
    let a12 = if s1 < 0.33 { x0 } else { x0 };
    (0.001 * ((((x0 + x1) * s1) + s4) + a12)).tanh()
}

fn p69_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        if x0.re() <= x0.cosh().re() {
            continue;
        }
        s1 += (((((k::<D>(i2 as f64)).sinh()).tanh()).powi(1)).asinh()).sin();
        let mut m3 = x0;
        s1 += m3.tanh();
        m3 = ((k::<D>(0.5)) * m3) + (((k::<D>(-0.1)) - ((k::<D>(i2 as f64)).cosh())).cos());
    }
    s1 += ((x1 - (k::<D>(-0.8))).sin()).exp();
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let (u6, w7) = (k::<D>(0.792), s1.tanh() - x0);
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u6 * w7).sin()));
        let (u8, w9) = (
            ((k::<D>(1.0))
                + ((((k::<D>(0.9)) * x0.sin()).atanh()) * (((k::<D>(0.9)) * x0.sin()).atanh())))
            .sqrt(),
            x0,
        );
        s1 = ((k::<D>(0.5)) * s1)
            + datan2(x0, -((k::<D>(0.5)) + ((k::<D>(0.86)) * (k::<D>(0.86)))))
                .tanh()
                .sin();
    }
    for i10 in 0..=1 {
        let a11 = if x1.re() < (k::<D>(0.55)).re() {
            x1
        } else {
            -x0
        };
        s1 = ((k::<D>(0.5)) * s1) + ((-x0).atan());
        if s4.re() > p40_d(x0, (k::<D>(V[i10])).sin(), x0).re() {
            continue;
        }
        s1 += (((k::<D>(0.9)) * x0.tanh()).atanh()).tanh();
    }
    let a12 = if s1.re() < (k::<D>(0.33)).re() {
        x0
    } else {
        x0
    };
    ((k::<D>(0.001)) * ((((x0 + x1) * s1) + s4) + a12)).tanh()
}

#[differentiable]
fn p70<T>(x: [T; 6], y: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if Float::sin(s1).cosh().powi(0) < {
            let t3 = c::<T>(1.556);
            x[1]
        } {
            s1 = ((c::<T>(0.5)) * s1) + ((y - y).tanh());
        } else {
            s1 = ((c::<T>(0.5)) * s1)
                + T::cos(T::ln_1p(
                    (c::<T>(0.5)) + (s1.tanh().exp() * s1.tanh().exp()),
                ));
        }
        let a4 = x[0] / (T::from(2.0).unwrap() + x[2].sin());
        s1 = (T::from(0.5).unwrap() * s1)
            + T::atan(T::ln_1p(
                (c::<T>(0.5))
                    + (((((c::<T>(-1.7)) - a4).atan()).cosh())
                        * Float::cosh(((c::<T>(-1.7)) - a4).atan())),
            ));
    }
    s1 -= T::exp(
        x[5].atan()
            .atan2((c::<T>(0.5)) + (((c::<T>(-0.6)) + x[4]) * (T::from(-0.6).unwrap() + x[4])))
            .cos(),
    );
    s1 -= x[1].max(x[1]);
    (y - s1) + x[1]
}

fn p70_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if s1.sin().cosh().powi(0).re()
            < ({
                let t3 = k::<D>(1.556);
                x[1]
            })
            .re()
        {
            s1 = ((k::<D>(0.5)) * s1) + ((y - y).tanh());
        } else {
            s1 = ((k::<D>(0.5)) * s1)
                + ((((k::<D>(0.5)) + (s1.tanh().exp() * s1.tanh().exp())).ln_1p()).cos());
        }
        let a4 = x[0] / ((k::<D>(2.0)) + x[2].sin());
        s1 = ((k::<D>(0.5)) * s1)
            + ((((k::<D>(0.5))
                + (((((k::<D>(-1.7)) - a4).atan()).cosh())
                    * ((((k::<D>(-1.7)) - a4).atan()).cosh())))
            .ln_1p())
            .atan());
    }
    s1 -= datan2(
        x[5].atan(),
        (k::<D>(0.5)) + (((k::<D>(-0.6)) + x[4]) * ((k::<D>(-0.6)) + x[4])),
    )
    .cos()
    .exp();
    s1 -= dmax(x[1], x[1]);
    (y - s1) + x[1]
}

#[differentiable]
fn p71(x: [f64; 5], y: f64, nk: usize) -> f64 {
    let a1 = y;
    let (u2, w3) = (ALPHA, x[3] + a1);
    let mut m4 = u2;
    if !(w3.cos() >= (0.9 * Float::tanh(x[1])).atanh()) {
        return ((2.0 + y.sin()).sqrt()).clamp(-0.66, 0.91_f64);
    }
    if w3 >= 0.1 {
        m4 = f64::max(m4, p49(a1, (-2.0).tanh()));
    }
    for &i5 in x.iter() {
        let a6: f64 = m4.atan().sin().tan().clamp(-0.28f64, 0.99);
        m4 = m4.max(
            (Float::ln_1p(0.5 + ((1.5 + x[3].tanh()) * (1.5 + x[3].tanh()))) + x[1].tanh()).cos(),
        );
        m4 *= 1.0 + (0.3 * Float::sin(x[1].hypot(1.0).powi(-2)));
    }
    ((((y * a1) + u2) + w3) + m4) + x[1]
}

fn p71_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let a1 = y;
    let (u2, w3) = (k::<D>(ALPHA), x[3] + a1);
    let mut m4 = u2;
    if !(w3.cos().re() >= (((k::<D>(0.9)) * x[1].tanh()).atanh()).re()) {
        return dclamp(
            ((k::<D>(2.0)) + y.sin()).sqrt(),
            k::<D>(-0.66),
            k::<D>(0.91),
        );
    }
    if w3.re() >= (k::<D>(0.1)).re() {
        m4 = dmax(m4, p49_d(a1, (k::<D>(-2.0)).tanh()));
    }
    for &i5 in x.iter() {
        let a6: D = dclamp(m4.atan().sin().tan(), k::<D>(-0.28), k::<D>(0.99));
        m4 = dmax(
            m4,
            ((((k::<D>(0.5)) + (((k::<D>(1.5)) + x[3].tanh()) * ((k::<D>(1.5)) + x[3].tanh())))
                .ln_1p())
                + x[1].tanh())
            .cos(),
        );
        m4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2)).sin()));
    }
    ((((y * a1) + u2) + w3) + m4) + x[1]
}

#[differentiable]
fn p72(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.0f64;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = f64::powf(Float::sin(s1).exp(), ALPHA.cos());
        s1 = (0.5_f64 * s1) + f64::cos(BETA);
        s1 /= ((i2 as f64).asinh()).hypot(1.0);
    }
    let a4 = x1;
    if x0.exp() >= f64::powi(s1.atan(), 1) {
        s1 -= Float::cosh(
            ((-a4).hypot(
                0.5 + (((-1.725) / (2.0_f64 + 1.1.sin())) * ((-1.725) / (2.0 + 1.1.sin()))),
            ))
            .tanh(),
        );
    } else {
        s1 = (0.5 * s1) + (((a4 + x1) / x1.cos().cosh()) + (-1.0));
    }
    let mut m5: f64 = 1.1;
    for i6 in 0..4 {
        if (-1.396).mul_add(f64::tanh(s1), x1) <= 0.55 || a4 >= -0.27 && i6 != 4 {
            continue;
        }
        let a7 = s1.tanh().mul_add(V[i6], a4);
        s1 += a4.tanh();
        m5 *= 1.0 + (0.3 * f64::atan(Float::cos(m5).cosh()).sin());
    }
    (((x0 + x1) + s1) + a4) * m5
}

fn p72_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = (((k::<D>(ALPHA)).cos()) * s1.sin().exp().ln()).exp();
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(BETA)).cos());
        s1 /= (((k::<D>(i2 as f64)).asinh()) * ((k::<D>(i2 as f64)).asinh())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
    }
    let a4 = x1;
    if x0.exp().re() >= s1.atan().powi(1).re() {
        s1 -= ((((-a4) * (-a4)
            + ((k::<D>(0.5))
                + (((k::<D>(-1.725)) / ((k::<D>(2.0)) + ((k::<D>(1.1)).sin())))
                    * ((k::<D>(-1.725)) / ((k::<D>(2.0)) + ((k::<D>(1.1)).sin())))))
                * ((k::<D>(0.5))
                    + (((k::<D>(-1.725)) / ((k::<D>(2.0)) + ((k::<D>(1.1)).sin())))
                        * ((k::<D>(-1.725)) / ((k::<D>(2.0)) + ((k::<D>(1.1)).sin()))))))
        .sqrt())
        .tanh())
        .cosh();
    } else {
        s1 = ((k::<D>(0.5)) * s1) + (((a4 + x1) / x1.cos().cosh()) + (-(k::<D>(1.0))));
    }
    let mut m5: D = k::<D>(1.1);
    for i6 in 0..4 {
        if ((k::<D>(-1.396)) * s1.tanh() + x1).re() <= (k::<D>(0.55)).re()
            || a4.re() >= (k::<D>(-0.27)).re() && i6 != 4
        {
            continue;
        }
        let a7 = (s1.tanh() * (k::<D>(V[i6])) + a4);
        s1 += a4.tanh();
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m5.cos().cosh().atan().sin());
    }
    (((x0 + x1) + s1) + a4) * m5
}

#[differentiable]
fn p73(x0: f64, x1: f64, nk: usize) -> f64 {
    let a2 = if x0 > x0 {
        ((0.64 * x1) * (x1.floor() * (-1.8))).sin()
    } else {
        (((1.0 + (x1 * x1)).log2())
            - ({
                let t1 = x0;
                t1
            }))
        .sin()
    };
    let mut s3 = 0.0;
    for i4 in 0..nk {
        if (1.5_f64 + x0.tanh()).sqrt() >= 0.44 {
            break;
        }
        let a5 = s3 / (1.5 + ((V[i4] / core::f64::consts::PI.sin().cosh()).tanh()));
        s3 = (0.5_f64 * s3) + ((((1.0 + (a5.cos() * a5.cos())).cbrt()) + x1).cos());
    }
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        s3 /= 1.0 + (W[i6] * W[i6]);
        s3 = Float::cos((0.7 * s3) + ((0.9 * f64::sin((x1 + std::f64::consts::E).tanh())).asin()));
        s3 -= Float::atan((a2 * s3).cos());
    }
    s3 = s3.min((1.0 + (s3 * s3)).sqrt());
    ((x0 + x1) + a2) + s3
}

fn p73_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a2 = if x0.re() > x0.re() {
        (((k::<D>(0.64)) * x1) * ((k::<D>(x1.re().floor())) * (k::<D>(-1.8)))).sin()
    } else {
        ((((k::<D>(1.0)) + (x1 * x1)).log2())
            - ({
                let t1 = x0;
                t1
            }))
        .sin()
    };
    let mut s3 = k::<D>(0.0);
    for i4 in 0..nk {
        if (((k::<D>(1.5)) + x0.tanh()).sqrt()).re() >= (k::<D>(0.44)).re() {
            break;
        }
        let a5 = s3
            / ((k::<D>(1.5))
                + (((k::<D>(V[i4])) / (((k::<D>(core::f64::consts::PI)).sin()).cosh())).tanh()));
        s3 = ((k::<D>(0.5)) * s3) + (((((k::<D>(1.0)) + (a5.cos() * a5.cos())).cbrt()) + x1).cos());
    }
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        s3 /= (k::<D>(1.0)) + ((k::<D>(W[i6])) * (k::<D>(W[i6])));
        s3 = (((k::<D>(0.7)) * s3)
            + (((k::<D>(0.9)) * (((x1 + (k::<D>(std::f64::consts::E))).tanh()).sin())).asin()))
        .cos();
        s3 -= ((a2 * s3).cos()).atan();
    }
    s3 = dmin(s3, ((k::<D>(1.0)) + (s3 * s3)).sqrt());
    ((x0 + x1) + a2) + s3
}

#[differentiable]
fn p74(x: &[f64]) -> f64 {
    let a1 = ALPHA * 0.4;
    let mut s2 = 0.0_f64;
    for i3 in 0..x.len() {
        if i3 != 3 {
            s2 += ((0.9 * ((x[i3] * x[i3]).sin())).acos()).atan();
        } else {
            s2 *= 1.0_f64
                + (0.3_f64
                    * f64::mul_add(std::f64::consts::E.tanh(), s2.atan(), x[i3])
                        .tanh()
                        .exp()
                        .log2()
                        .sin());
        }
        let mut m4 = Float::tanh(x[i3]);
        s2 = s2.min((a1 / (2.0 + s2.sin())).atan());
    }
    for i5 in 0..x.len() - 1 {
        let a6 = W[i5];
        s2 -= Float::tanh(a1);
        s2 = (0.5 * s2) + x[i5].cos();
    }
    if 0.1 * Float::atan(s2) < s2.cos() {
        return (x[2] / (1.5 + s2.tanh())).powi(3);
    }
    let a7 = -Float::exp_m1(a1.powi(1));
    s2 = ((0.7 * s2)
        + x[0]
            .hypot(1.0)
            .powf(f64::powf(f64::exp(x[2]), x[0]).cos())
            .hypot(
                0.5 + ((((0.9 * x[3].tanh()).atanh()).atan())
                    * (((0.9f64 * x[3].tanh()).atanh()).atan())),
            ))
    .tanh();
    ((a1 + s2) + a7) + x[3]
}

fn p74_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(ALPHA)) * (k::<D>(0.4));
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() {
        if i3 != 3 {
            s2 += (((k::<D>(0.9)) * ((x[i3] * x[i3]).sin())).acos()).atan();
        } else {
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((((k::<D>(std::f64::consts::E)).tanh()) * s2.atan() + x[i3]).tanh())
                        .exp())
                    .log2())
                    .sin()));
        }
        let mut m4 = x[i3].tanh();
        s2 = dmin(s2, (a1 / ((k::<D>(2.0)) + s2.sin())).atan());
    }
    for i5 in 0..x.len() - 1 {
        let a6 = k::<D>(W[i5]);
        s2 -= a1.tanh();
        s2 = ((k::<D>(0.5)) * s2) + x[i5].cos();
    }
    if ((k::<D>(0.1)) * s2.atan()).re() < s2.cos().re() {
        return (x[2] / ((k::<D>(1.5)) + s2.tanh())).powi(3);
    }
    let a7 = -a1.powi(1).exp_m1();
    s2 = (((k::<D>(0.7)) * s2)
        + (((((((x[0] * x[2].exp().ln()).exp()).cos())
            * ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
        .exp())
            * (((((x[0] * x[2].exp().ln()).exp()).cos())
                * ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
            .exp())
            + ((k::<D>(0.5))
                + (((((k::<D>(0.9)) * x[3].tanh()).atanh()).atan())
                    * ((((k::<D>(0.9)) * x[3].tanh()).atanh()).atan())))
                * ((k::<D>(0.5))
                    + (((((k::<D>(0.9)) * x[3].tanh()).atanh()).atan())
                        * ((((k::<D>(0.9)) * x[3].tanh()).atanh()).atan()))))
        .sqrt()))
    .tanh();
    ((a1 + s2) + a7) + x[3]
}

#[differentiable]
fn p75<T: Float>(x: [T; 4]) -> T {
    let a2 = {
        let t1 = x[3];
        Float::hypot(c::<T>(0.2), c::<T>(1.0)).log10() + t1.sin()
    };
    let a3 = ((c::<T>(1.1))
        + (((c::<T>(1.0))
            + ((if c::<T>(1.7) <= c::<T>(-0.25) { a2 } else { a2 })
                * (if c::<T>(1.7) <= c::<T>(-0.25) { a2 } else { a2 })))
            * ((c::<T>(1.0))
                + ((if T::from(1.7).unwrap() <= c::<T>(-0.25) {
                    a2
                } else {
                    a2
                }) * (if T::from(1.7).unwrap() <= c::<T>(-0.25) {
                    a2
                } else {
                    a2
                })))))
    .acosh();
    let a4 = T::clamp(
        T::powi(
            (c::<T>(1.0)) + (T::from(1.959).unwrap() * (c::<T>(1.959))),
            0,
        ),
        c::<T>(-0.93),
        c::<T>(0.49),
    );
    let a2 = ((c::<T>(1.5)) + a3.tanh()).powi(-1);
    ((a3 + a4) + a2) + x[3]
}

fn p75_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a2 = {
        let t1 = x[3];
        ((((k::<D>(0.2)) * (k::<D>(0.2)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10())
            + t1.sin()
    };
    let a3 = ((k::<D>(1.1))
        + (((k::<D>(1.0))
            + ((if (k::<D>(1.7)).re() <= (k::<D>(-0.25)).re() {
                a2
            } else {
                a2
            }) * (if (k::<D>(1.7)).re() <= (k::<D>(-0.25)).re() {
                a2
            } else {
                a2
            })))
            * ((k::<D>(1.0))
                + ((if (k::<D>(1.7)).re() <= (k::<D>(-0.25)).re() {
                    a2
                } else {
                    a2
                }) * (if (k::<D>(1.7)).re() <= (k::<D>(-0.25)).re() {
                    a2
                } else {
                    a2
                })))))
    .acosh();
    let a4 = dclamp(
        ((k::<D>(1.0)) + ((k::<D>(1.959)) * (k::<D>(1.959)))).powi(0),
        k::<D>(-0.93),
        k::<D>(0.49),
    );
    let a2 = ((k::<D>(1.5)) + a3.tanh()).powi(-1);
    ((a3 + a4) + a2) + x[3]
}

#[differentiable]
fn p76(x: [f64; 6], y: f64) -> f64 {
    let (u1, w2) = (Float::cosh(y).powf(y), y * x[3]);
    let mut s3: f64 = 0.0;
    for i4 in 0..x.len() / 2 {
        let mut s5 = 0.0_f64;
        for i6 in 1..=3 {
            let a7: f64 = Float::cos(y);
            s3 -= y.sin();
            let (u8, w9) = (
                Float::exp_m1(Float::atan(V[i6] * 1.9_f64)),
                Float::cos(f64::tanh(w2)),
            );
            s3 = s3.min(Float::sin((i4 as f64) + w9));
            if i4 % 2 == 0 {
                continue;
            }
        }
        if i4 < 6 {
            s5 += (((s3 / (1.0 + ((-1.73_f64) * (-1.73)))).asinh()).mul_add(
                x[2 * i4 + 1].sin(),
                (1.1_f64
                    + ((1.5 + Float::tanh(f64::tanh(x[2 * i4])))
                        * (1.5f64 + f64::tanh(f64::tanh(x[2 * i4])))))
                .acosh(),
            ))
            .sin();
        }
        let a10 = f64::floor(w2.sin().tan()) * Float::sin((-1.97) - s3);
        s5 += Float::atan(x[2 * i4] - s5);
        s3 = (0.5 * s3) + f64::tanh(((if i4 >= 5 { s5 } else { (i4 as f64) }).atan()).sinh());
    }
    let (u11, w12) = (
        y + (w2 - y),
        ((u1 / (2.0f64 + Float::sin(x[2]))) / Float::cosh(Float::atan(w2.max(u1))))
            * ((-x[3]).tanh()),
    );
    let a13: f64 = w12 * x[5];
    for i14 in 0..x.len() - 1 {
        s3 -= Float::atan(a13);
        s3 -= x[i14 + 1].tanh();
        s3 = (0.5f64 * s3) + u11.sin();
    }
    for &i15 in x.iter() {
        let a16 = f64::powf(x[5].exp(), Float::tanh(w12))
            + ((x[5] / w12.tanh().cosh())
                .mul_add((w12 - i15).atan(), Float::clamp(x[3], -0.98_f64, 1.0_f64)));
        let a17 = -f64::atan(f64::atan(u1).exp()).exp2();
        s3 += f64::cos(Float::log10(Float::exp(-1.06)) * Float::asinh(x[3]));
    }
    f64::tanh(0.001_f64 * (((((w2 + s3) + u11) + w12) + a13) + x[4]))
}

fn p76_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = ((y * y.cosh().ln()).exp(), y * x[3]);
    let mut s3: D = k::<D>(0.0);
    for i4 in 0..x.len() / 2 {
        let mut s5 = k::<D>(0.0);
        for i6 in 1..=3 {
            let a7: D = y.cos();
            s3 -= y.sin();
            let (u8, w9) = (
                (((k::<D>(V[i6])) * (k::<D>(1.9))).atan()).exp_m1(),
                w2.tanh().cos(),
            );
            s3 = dmin(s3, ((k::<D>(i4 as f64)) + w9).sin());
            if i4 % 2 == 0 {
                continue;
            }
        }
        if i4 < 6 {
            s5 += (((s3 / ((k::<D>(1.0)) + ((k::<D>(-1.73)) * (k::<D>(-1.73))))).asinh())
                * x[2 * i4 + 1].sin()
                + (((k::<D>(1.1))
                    + (((k::<D>(1.5)) + x[2 * i4].tanh().tanh())
                        * ((k::<D>(1.5)) + x[2 * i4].tanh().tanh())))
                .acosh()))
            .sin();
        }
        let a10 = (k::<D>(w2.sin().tan().re().floor())) * (((k::<D>(-1.97)) - s3).sin());
        s5 += (x[2 * i4] - s5).atan();
        s3 = ((k::<D>(0.5)) * s3)
            + ((((if i4 >= 5 { s5 } else { k::<D>(i4 as f64) }).atan()).sinh()).tanh());
    }
    let (u11, w12) = (
        y + (w2 - y),
        ((u1 / ((k::<D>(2.0)) + x[2].sin())) / dmax(w2, u1).atan().cosh()) * ((-x[3]).tanh()),
    );
    let a13: D = w12 * x[5];
    for i14 in 0..x.len() - 1 {
        s3 -= a13.atan();
        s3 -= x[i14 + 1].tanh();
        s3 = ((k::<D>(0.5)) * s3) + u11.sin();
    }
    for &i15 in x.iter() {
        let a16 = ((w12.tanh() * x[5].exp().ln()).exp())
            + ((x[5] / w12.tanh().cosh()) * ((w12 - i15).atan())
                + dclamp(x[3], k::<D>(-0.98), k::<D>(1.0)));
        let a17 = -u1.atan().exp().atan().exp2();
        s3 += ((((k::<D>(-1.06)).exp()).log10()) * x[3].asinh()).cos();
    }
    ((k::<D>(0.001)) * (((((w2 + s3) + u11) + w12) + a13) + x[4])).tanh()
}

#[differentiable]
fn p77(x: [f64; 5]) -> f64 {
    let a1 = f64::ln_1p(
        0.5 + ((1.0f64 + (std::f64::consts::E * std::f64::consts::E))
            * (1.0 + (std::f64::consts::E * std::f64::consts::E))),
    );
    let (u2, w3) = (
        f64::ln(1.5f64 + ((-x[0].exp()).tanh())),
        1.5f64.cosh().tanh().exp(),
    );
    let (u4, w5) = (
        (Float::log10(1.0 + (u2 * u2)) * (-0.7))
            + ((2.0_f64 + Float::sin(w3.tanh() * w3.cos())).ln()),
        0.262_f64,
    );
    if !(x[3] >= f64::ln_1p(0.5_f64 + ((1.0 + (x[1] * x[1])) * (1.0_f64 + (x[1] * x[1]))))) {
        return if !((-1.8).abs() > -0.1) {
            Float::exp_m1(u4.cos())
        } else {
            (2.0 + w3.sin()).powi(-1)
        };
    }
    let a6 = f64::cbrt(1.0f64 + ((-1.13) * (-1.13))).tanh().exp().log10();
    let mut s7 = 0.5;
    for i8 in 1..x.len() {
        let (u9, w10) = (
            s7,
            x[i8 - 1] * (x[i8 - 1] / (1.0_f64 + ((i8 as f64) * (i8 as f64)))),
        );
        s7 /= 1.0 + (((w3 + x[i8]).tanh()) * Float::tanh(w3 + x[i8]));
        s7 *= 1.0 + (0.3 * Float::sin(x[i8 - 1]).sin());
    }
    if (1.0f64 + (x[2] * x[2])).recip() > a1.tanh().mul_add(x[4], x[1]) {
        s7 += f64::round(a1) * 0.658;
    } else {
        s7 += (1.1f64
            + (Float::exp(core::f64::consts::PI.tanh())
                * Float::exp(core::f64::consts::PI.tanh())))
        .acosh();
    }
    ((((w3 + u4) + w5) + a6) + s7) + x[1]
}

fn p77_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.5))
        + (((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
            * ((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))))
    .ln_1p();
    let (u2, w3) = (
        ((k::<D>(1.5)) + ((-x[0].exp()).tanh())).ln(),
        (((k::<D>(1.5)).cosh()).tanh()).exp(),
    );
    let (u4, w5) = (
        ((((k::<D>(1.0)) + (u2 * u2)).log10()) * (-(k::<D>(0.7))))
            + (((k::<D>(2.0)) + ((w3.tanh() * w3.cos()).sin())).ln()),
        k::<D>(0.262),
    );
    if !(x[3].re()
        >= (((k::<D>(0.5)) + (((k::<D>(1.0)) + (x[1] * x[1])) * ((k::<D>(1.0)) + (x[1] * x[1]))))
            .ln_1p())
        .re())
    {
        return if !(((k::<D>(-1.8)).abs()).re() > (k::<D>(-0.1)).re()) {
            u4.cos().exp_m1()
        } else {
            ((k::<D>(2.0)) + w3.sin()).powi(-1)
        };
    }
    let a6 =
        (((((k::<D>(1.0)) + ((k::<D>(-1.13)) * (k::<D>(-1.13)))).cbrt()).tanh()).exp()).log10();
    let mut s7 = k::<D>(0.5);
    for i8 in 1..x.len() {
        let (u9, w10) = (
            s7,
            x[i8 - 1] * (x[i8 - 1] / ((k::<D>(1.0)) + ((k::<D>(i8 as f64)) * (k::<D>(i8 as f64))))),
        );
        s7 /= (k::<D>(1.0)) + (((w3 + x[i8]).tanh()) * ((w3 + x[i8]).tanh()));
        s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i8 - 1].sin().sin());
    }
    if (((k::<D>(1.0)) + (x[2] * x[2])).recip()).re() > (a1.tanh() * x[4] + x[1]).re() {
        s7 += (k::<D>(a1.re().round())) * (k::<D>(0.658));
    } else {
        s7 += ((k::<D>(1.1))
            + ((((k::<D>(core::f64::consts::PI)).tanh()).exp())
                * (((k::<D>(core::f64::consts::PI)).tanh()).exp())))
        .acosh();
    }
    ((((w3 + u4) + w5) + a6) + s7) + x[1]
}

#[differentiable]
fn p78(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (-((x1 + x1) - (if x1 < -0.42 { 0.49_f64 } else { x0 })), x1);
    let a3 = if p49(f64::tanh(core::f64::consts::PI), x0) < 0.44 {
        f64::powf(1.5 + w2.tanh(), w2)
    } else {
        Float::exp(u1.tanh()).ln()
    };
    let a4 = ((1.0 + (u1 * u1)).log10()).atan();
    let mut m5: f64 = (std::f64::consts::E + (u1 / (1.0f64 + (w2 * w2)))) + (x1.powi(1) * a3);
    m5 += a4.cosh().powf(f64::sin(1.167_f64 / (1.5 + x0.tanh())));
    (((u1 * w2) + a3) + a4) + m5
}

fn p78_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        -((x1 + x1)
            - (if x1.re() < (k::<D>(-0.42)).re() {
                k::<D>(0.49)
            } else {
                x0
            })),
        x1,
    );
    let a3 = if p49_d((k::<D>(core::f64::consts::PI)).tanh(), x0).re() < (k::<D>(0.44)).re() {
        (w2 * ((k::<D>(1.5)) + w2.tanh()).ln()).exp()
    } else {
        u1.tanh().exp().ln()
    };
    let a4 = (((k::<D>(1.0)) + (u1 * u1)).log10()).atan();
    let mut m5: D =
        ((k::<D>(std::f64::consts::E)) + (u1 / ((k::<D>(1.0)) + (w2 * w2)))) + (x1.powi(1) * a3);
    m5 += ((((k::<D>(1.167)) / ((k::<D>(1.5)) + x0.tanh())).sin()) * a4.cosh().ln()).exp();
    (((u1 * w2) + a3) + a4) + m5
}

#[differentiable]
fn p79(x: &[f64]) -> f64 {
    let a1 = p36(x[1], Float::sin(BETA), f64::cos(ALPHA)) - (-(-0.92));
    let mut s2: f64 = 0.5;
    for i3 in 1..=5 {
        let mut m4 = x[2];
        let a5 = a1.max(m4 / (1.0 + (s2.tanh() * s2.tanh())));
        let a6 = m4;
        s2 = (0.5 * s2) + 0.4_f64.cos();
        m4 *= 1.0f64 + (0.3f64 * a1.hypot(1.0).log((0.5 + (0.4 * a6.sin())).exp()).sin());
    }
    let mut s7 = 0.5_f64;
    for i8 in 0..x.len() {
        let a1 = 0.93 - s2;
        if x[i8] < W[i8].sin() * s7.sin() {
            break;
        }
        s7 = (0.5_f64 * s7)
            + ((((p39(x[i8], a1.cos(), (i8 as f64).sin()) * ((1.0 + (0.7 * 0.7)).log10())).cos())
                .powi(1))
            .atan());
        s7 /= Float::cosh(Float::sin(s2 + W[i8]));
    }
    let a9: f64 = -0.8;
    if Float::exp(s7.tanh()).ln() >= Float::powi(-0.91f64, 2) && 0.99 <= s7 {
        return s7;
    }
    let mut s10 = 0.5;
    for &i11 in x.iter() {
        let mut i12 = 0;
        while i12 < 4 {
            i12 += 1;
            s7 += Float::hypot(a9, 1.0).recip().sin();
            let a13 =
                (s10 + x[3]) / (1.0_f64 + (Float::exp(a1.sin()).sin() * f64::exp(a1.sin()).sin()));
            s10 += f64::tanh(x[2]);
            s10 = (0.5 * s10) + ((i11 / (1.0 + (x[2] * x[2]))).cos());
        }
        s7 = ((0.7f64 * s7) + (-s2)).cos();
        s7 -= x[3].sin();
        s7 += Float::cos(Float::tanh(x[3]));
    }
    let a14 = f64::exp_m1(s10.tanh()).cos().exp_m1();
    if a1.cos() * f64::cos(s10) >= s2.max(x[1]) {
        s2 += s7.atan() * core::f64::consts::PI;
    } else {
        s2 = (0.5 * s2) + Float::acosh(1.1_f64 + (a9.cosh() * a9.cosh()));
    }
    (0.001 * (((((s2 + s7) * a9) + s10) + a14) * x[0])).tanh()
}

fn p79_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = p36_d(x[1], (k::<D>(BETA)).sin(), (k::<D>(ALPHA)).cos()) - (-(k::<D>(-0.92)));
    let mut s2: D = k::<D>(0.5);
    for i3 in 1..=5 {
        let mut m4 = x[2];
        let a5 = dmax(a1, m4 / ((k::<D>(1.0)) + (s2.tanh() * s2.tanh())));
        let a6 = m4;
        s2 = ((k::<D>(0.5)) * s2) + ((k::<D>(0.4)).cos());
        m4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a6.sin())).exp()).ln())
                .sin()));
    }
    let mut s7 = k::<D>(0.5);
    for i8 in 0..x.len() {
        let a1 = (k::<D>(0.93)) - s2;
        if x[i8].re() < (((k::<D>(W[i8])).sin()) * s7.sin()).re() {
            break;
        }
        s7 = ((k::<D>(0.5)) * s7)
            + ((((p39_d(x[i8], a1.cos(), (k::<D>(i8 as f64)).sin())
                * (((k::<D>(1.0)) + ((k::<D>(0.7)) * (k::<D>(0.7)))).log10()))
            .cos())
            .powi(1))
            .atan());
        s7 /= ((s2 + (k::<D>(W[i8]))).sin()).cosh();
    }
    let a9: D = k::<D>(-0.8);
    if s7.tanh().exp().ln().re() >= ((k::<D>(-0.91)).powi(2)).re() && (k::<D>(0.99)).re() <= s7.re()
    {
        return s7;
    }
    let mut s10 = k::<D>(0.5);
    for &i11 in x.iter() {
        let mut i12 = 0;
        while i12 < 4 {
            i12 += 1;
            s7 += (((a9 * a9 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).sin();
            let a13 =
                (s10 + x[3]) / ((k::<D>(1.0)) + (a1.sin().exp().sin() * a1.sin().exp().sin()));
            s10 += x[2].tanh();
            s10 = ((k::<D>(0.5)) * s10) + ((i11 / ((k::<D>(1.0)) + (x[2] * x[2]))).cos());
        }
        s7 = (((k::<D>(0.7)) * s7) + (-s2)).cos();
        s7 -= x[3].sin();
        s7 += x[3].tanh().cos();
    }
    let a14 = s10.tanh().exp_m1().cos().exp_m1();
    if (a1.cos() * s10.cos()).re() >= dmax(s2, x[1]).re() {
        s2 += s7.atan() * (k::<D>(core::f64::consts::PI));
    } else {
        s2 = ((k::<D>(0.5)) * s2) + (((k::<D>(1.1)) + (a9.cosh() * a9.cosh())).acosh());
    }
    ((k::<D>(0.001)) * (((((s2 + s7) * a9) + s10) + a14) * x[0])).tanh()
}

#[differentiable]
fn p80(x: &[f64]) -> f64 {
    let a1 = (0.9 * Float::sin(x[0])).atanh();
    let (u2, w3) = (
        (0.9 * x[0].powi(1).tanh()).atanh(),
        (BETA / (1.0 + (x[1] * x[1]))) + ((1.5 + 0.2f64.tanh()).powi(0)),
    );
    let (u4, w5) = (
        x[2] + Float::atan2(x[0], 0.5 + (w3 * w3)),
        std::f64::consts::E,
    );
    let mut s6 = 1.0_f64;
    for i7 in x {
        let a8 = 0.486 * x[2];
        s6 -= (f64::exp2(1.9f64) + a1.asinh()).cos();
    }
    let mut m9: f64 = f64::min(
        (((-1.2).exp()).powi(-1)) - 1.547.cosh().powi(-2),
        0.21.mul_add(0.77_f64, w5).tanh().powi(2),
    );
    ((((w3 + u4) * w5) + s6) + m9) - x[0]
}

fn p80_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.9)) * x[0].sin()).atanh();
    let (u2, w3) = (
        ((k::<D>(0.9)) * x[0].powi(1).tanh()).atanh(),
        ((k::<D>(BETA)) / ((k::<D>(1.0)) + (x[1] * x[1])))
            + (((k::<D>(1.5)) + ((k::<D>(0.2)).tanh())).powi(0)),
    );
    let (u4, w5) = (
        x[2] + datan2(x[0], (k::<D>(0.5)) + (w3 * w3)),
        k::<D>(std::f64::consts::E),
    );
    let mut s6 = k::<D>(1.0);
    for i7 in x {
        let a8 = (k::<D>(0.486)) * x[2];
        s6 -= (((k::<D>(1.9)).exp2()) + a1.asinh()).cos();
    }
    let mut m9: D = dmin(
        (((k::<D>(-1.2)).exp()).powi(-1)) - (((k::<D>(1.547)).cosh()).powi(-2)),
        (((k::<D>(0.21)) * (k::<D>(0.77)) + w5).tanh()).powi(2),
    );
    ((((w3 + u4) * w5) + s6) + m9) - x[0]
}

#[differentiable]
fn p81<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let (u1, w2) = (
        p3(
            ((c::<T>(std::f64::consts::E)) * x0).sin(),
            (c::<T>(-0.48)).min(x0),
        ),
        x0 * (x0 - (c::<T>(-1.327))),
    );
    let mut s3 = c::<T>(0.0);
    for i4 in 0..=3 {
        if i4 <= 2 {
            break;
        }
        let a5: T = T::atan(Float::cos(x1) * T::atan(s3));
        let a6 = x0;
        s3 = s3 + a6.tanh();
        s3 = s3 + ((a5 - a6).cos());
    }
    let mut s7 = c::<T>(1.0);
    for i8 in 1..3 {
        let mut i9 = 0;
        while i9 < 4 {
            i9 += 1;
            let (u10, w11) = (
                s7 + (((c::<T>(W[i9])) * x0) - T::log10(x0.hypot(T::one()))),
                (T::sin(s7) * w2)
                    - ((w2 / ((c::<T>(1.0)) + ((c::<T>(-0.1)) * T::from(-0.1).unwrap())))
                        .hypot((c::<T>(0.5)) + ((x0 + u1) * (x0 + u1)))),
            );
            if s7 >= Float::atanh((c::<T>(0.9)) * u1.sin()) {
                continue;
            }
            let a12 = w11;
            s7 = s7 * ((c::<T>(1.0)) + (T::from(0.3).unwrap() * T::sin(x1)));
        }
        let a13 = c::<T>(ALPHA);
        let w2 = Float::log10(
            T::one()
                + (Float::tanh(Float::exp_m1(Float::tan(Float::cos(w2).sin())))
                    * w2.cos().sin().tan().exp_m1().tanh()),
        );
        s7 = ((c::<T>(0.5)) * s7) + ((if i8 != 3 { u1 } else { -(c::<T>(-1.336)) }).atan());
        s7 = s7 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((s7 - s7).sin())));
    }
    let (u14, w15) = (
        (c::<T>(ALPHA)).clamp(c::<T>(-0.59), c::<T>(0.93)),
        s7 / s7.hypot(T::one()),
    );
    let a16 = w2;
    ((c::<T>(0.001)) * ((((s3 + s7) + u14) + w15) + a16)).tanh()
}

fn p81_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        p3_d(
            ((k::<D>(std::f64::consts::E)) * x0).sin(),
            dmin(k::<D>(-0.48), x0),
        ),
        x0 * (x0 - (k::<D>(-1.327))),
    );
    let mut s3 = k::<D>(0.0);
    for i4 in 0..=3 {
        if i4 <= 2 {
            break;
        }
        let a5: D = (x1.cos() * s3.atan()).atan();
        let a6 = x0;
        s3 += a6.tanh();
        s3 += (a5 - a6).cos();
    }
    let mut s7 = k::<D>(1.0);
    for i8 in 1..3 {
        let mut i9 = 0;
        while i9 < 4 {
            i9 += 1;
            let (u10, w11) = (
                s7 + (((k::<D>(W[i9])) * x0)
                    - (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10())),
                (s7.sin() * w2)
                    - (((w2 / ((k::<D>(1.0)) + ((k::<D>(-0.1)) * (k::<D>(-0.1)))))
                        * (w2 / ((k::<D>(1.0)) + ((k::<D>(-0.1)) * (k::<D>(-0.1)))))
                        + ((k::<D>(0.5)) + ((x0 + u1) * (x0 + u1)))
                            * ((k::<D>(0.5)) + ((x0 + u1) * (x0 + u1))))
                        .sqrt()),
            );
            if s7.re() >= (((k::<D>(0.9)) * u1.sin()).atanh()).re() {
                continue;
            }
            let a12 = w11;
            s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin());
        }
        let a13 = k::<D>(ALPHA);
        let w2 = ((k::<D>(1.0))
            + (w2.cos().sin().tan().exp_m1().tanh() * w2.cos().sin().tan().exp_m1().tanh()))
        .log10();
        s7 = ((k::<D>(0.5)) * s7) + ((if i8 != 3 { u1 } else { -(k::<D>(-1.336)) }).atan());
        s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s7 - s7).sin()));
    }
    let (u14, w15) = (
        dclamp(k::<D>(ALPHA), k::<D>(-0.59), k::<D>(0.93)),
        s7 / ((s7 * s7 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
    );
    let a16 = w2;
    ((k::<D>(0.001)) * ((((s3 + s7) + u14) + w15) + a16)).tanh()
}

#[differentiable]
fn p82(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a1 = if (-1.11).tanh() >= 0.09 {
        f64::atan2(
            ((x1 + ALPHA).atan()).mul_add(
                f64::tanh(BETA.sin().sinh()),
                Float::atan2(x0, 0.5 + (x1 * x1)),
            ),
            -(0.5
                + (f64::atanh(0.9_f64 * Float::sin(x1.exp2()).tanh())
                    * ((0.9f64 * f64::exp2(x1).sin().tanh()).atanh()))),
        )
    } else {
        if !(x0 <= 0.07_f64) {
            f64::asinh(0.687 * x1)
        } else {
            p54(x1, Float::tanh((1.0 + ((-0.437f64) * (-0.437))).sqrt()))
        }
    };
    let a1 = (((a1 / (1.0 + (x2 * x2))).cos()).sin()).tan();
    let a2 = x2;
    let a3 = if !(Float::log10(x0.exp()) <= 0.18) {
        x0
    } else {
        (0.9 * ((x0 / x1.hypot(1.0)).sin())).acos()
    };
    let (u4, w5) = (((-0.357).sin()).tan(), (1.0_f64 + (x1 * x1)).log2());
    (((a1 + a2) + a3) + u4) + w5
}

fn p82_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = if ((k::<D>(-1.11)).tanh()).re() >= (k::<D>(0.09)).re() {
        datan2(
            (((x1 + (k::<D>(ALPHA))).atan()) * ((((k::<D>(BETA)).sin()).sinh()).tanh())
                + datan2(x0, (k::<D>(0.5)) + (x1 * x1))),
            -((k::<D>(0.5))
                + ((((k::<D>(0.9)) * x1.exp2().sin().tanh()).atanh())
                    * (((k::<D>(0.9)) * x1.exp2().sin().tanh()).atanh()))),
        )
    } else {
        if !(x0.re() <= (k::<D>(0.07)).re()) {
            ((k::<D>(0.687)) * x1).asinh()
        } else {
            p54_d(
                x1,
                (((k::<D>(1.0)) + ((k::<D>(-0.437)) * (k::<D>(-0.437)))).sqrt()).tanh(),
            )
        }
    };
    let a1 = (((a1 / ((k::<D>(1.0)) + (x2 * x2))).cos()).sin()).tan();
    let a2 = x2;
    let a3 = if !(x0.exp().log10().re() <= (k::<D>(0.18)).re()) {
        x0
    } else {
        ((k::<D>(0.9)) * ((x0 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin())).acos()
    };
    let (u4, w5) = (
        ((k::<D>(-0.357)).sin()).tan(),
        ((k::<D>(1.0)) + (x1 * x1)).log2(),
    );
    (((a1 + a2) + a3) + u4) + w5
}

#[differentiable]
fn p83(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (f64::sqrt(2.0 + f64::sin(x2)), x1.cosh().powi(-2));
    let mut s3 = 0.0_f64;
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        s3 /= 2.0
            + (({
                let t5 = core::f64::consts::PI;
                -x0
            })
            .sin());
        let mut m6 = (0.9 * Float::sin(Float::sin(s3))).atanh();
        let a7 = (1.5 + x0.tanh()).powi(-2);
        s3 *= 1.0 + (0.3f64 * ((x2.abs() * m6).sin()));
        m6 *= 1.0
            + (0.3
                * (((1.0 + ((if x2 < s3 { u1 } else { u1 }) * (if x2 < s3 { u1 } else { u1 })))
                    .powi(0))
                .sin()));
    }
    if x2 * x1 <= f64::atan(x1) {
        s3 += w2.cos();
    } else {
        s3 += x0;
    }
    let (u8, w9) = (
        ((-1.52) * w2) * (((std::f64::consts::E * x1).sin()).sinh()),
        -0.04,
    );
    (((u1 + w2) + s3) + u8) + w9
}

fn p83_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (((k::<D>(2.0)) + x2.sin()).sqrt(), x1.cosh().powi(-2));
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        s3 /= (k::<D>(2.0))
            + (({
                let t5 = k::<D>(core::f64::consts::PI);
                -x0
            })
            .sin());
        let mut m6 = ((k::<D>(0.9)) * s3.sin().sin()).atanh();
        let a7 = ((k::<D>(1.5)) + x0.tanh()).powi(-2);
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x2.abs() * m6).sin()));
        m6 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.0))
                    + ((if x2.re() < s3.re() { u1 } else { u1 })
                        * (if x2.re() < s3.re() { u1 } else { u1 })))
                .powi(0))
                .sin()));
    }
    if (x2 * x1).re() <= x1.atan().re() {
        s3 += w2.cos();
    } else {
        s3 += x0;
    }
    let (u8, w9) = (
        ((k::<D>(-1.52)) * w2) * ((((k::<D>(std::f64::consts::E)) * x1).sin()).sinh()),
        k::<D>(-0.04),
    );
    (((u1 + w2) + s3) + u8) + w9
}

#[differentiable]
fn p84<T: Float + NumAssign>(x: &[T], y: T, nk: usize) -> T {
    let mut m1 = if (c::<T>(-0.41)) * x[3] <= c::<T>(-0.31) {
        x[5] + y
    } else {
        x[4].min(x[1])
    };
    let mut s2: T = c::<T>(1.0);
    for i3 in 0..x.len() {
        s2 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * T::sin(Float::sinh(
                    Float::powf(
                        (c::<T>(1.0)) + ((x[i3] + x[i3]) * (x[i3] + x[i3])),
                        x[i3]
                            .atan2(T::from(0.5).unwrap() + ((c::<T>(-1.225)) * (c::<T>(-1.225))))
                            .atan(),
                    )
                    .tanh(),
                )));
        let (u4, w5) = (
            p49(
                ((c::<T>(-0.81)).cos()).tanh(),
                Float::ln((c::<T>(2.0)) + x[i3].sin()).cos(),
            ) / x[i3].exp().powi(-1).atan().exp(),
            Float::round(
                (((c::<T>(0.5)) + (y.hypot(c::<T>(1.0)) * y.hypot(c::<T>(1.0)))).ln_1p())
                    + (x[i3] + s2),
            ) * ((y.min(y) * Float::powi(T::cos(c::<T>(std::f64::consts::E)), 3)).cos()),
        );
        let a6 = (c::<T>(-0.937)).cosh();
        m1 += s2.atan().atan();
    }
    let mut m7 = Float::exp(if c::<T>(-1.1) >= x[2] { y } else { y });
    let mut m8: T = y;
    let mut s9 = T::zero();
    for i10 in 0..nk {
        let mut m11 = (c::<T>(W[i10])) - s2;
        m8 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * ((T::cos((c::<T>(i10 as f64)) + m7) * ((m11 - s2).cos())).sin()));
        let a13 = (({
            let t12 = m8.hypot((c::<T>(0.5)) + ((c::<T>(W[i10])) * (c::<T>(W[i10]))));
            s2 - (c::<T>(0.59))
        })
        .cos())
            * Float::log2(((c::<T>(ALPHA)).cos()).cosh()).abs();
        m7 *= T::one() + ((c::<T>(0.3)) * Float::cos(s2).exp().cos());
    }
    ((c::<T>(0.001)) * (((((m1 + s2) * m7) + m8) + s9) + x[0])).tanh()
}

fn p84_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut m1 = if ((k::<D>(-0.41)) * x[3]).re() <= (k::<D>(-0.31)).re() {
        x[5] + y
    } else {
        dmin(x[4], x[1])
    };
    let mut s2: D = k::<D>(1.0);
    for i3 in 0..x.len() {
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((datan2(x[i3], (k::<D>(0.5)) + ((k::<D>(-1.225)) * (k::<D>(-1.225))))
                    .atan()
                    * ((k::<D>(1.0)) + ((x[i3] + x[i3]) * (x[i3] + x[i3]))).ln())
                .exp())
                .tanh())
                .sinh())
                .sin()));
        let (u4, w5) = (
            p49_d(
                ((k::<D>(-0.81)).cos()).tanh(),
                (((k::<D>(2.0)) + x[i3].sin()).ln()).cos(),
            ) / x[i3].exp().powi(-1).atan().exp(),
            (k::<D>(
                ((((k::<D>(0.5))
                    + (((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .ln_1p())
                    + (x[i3] + s2))
                    .re()
                    .round(),
            )) * ((dmin(y, y) * (((k::<D>(std::f64::consts::E)).cos()).powi(3))).cos()),
        );
        let a6 = (k::<D>(-0.937)).cosh();
        m1 += s2.atan().atan();
    }
    let mut m7 = (if (k::<D>(-1.1)).re() >= x[2].re() {
        y
    } else {
        y
    })
    .exp();
    let mut m8: D = y;
    let mut s9 = k::<D>(0.0);
    for i10 in 0..nk {
        let mut m11 = (k::<D>(W[i10])) - s2;
        m8 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((k::<D>(i10 as f64)) + m7).cos()) * ((m11 - s2).cos())).sin()));
        let a13 = (({
            let t12 = (m8 * m8
                + ((k::<D>(0.5)) + ((k::<D>(W[i10])) * (k::<D>(W[i10]))))
                    * ((k::<D>(0.5)) + ((k::<D>(W[i10])) * (k::<D>(W[i10])))))
            .sqrt();
            s2 - (k::<D>(0.59))
        })
        .cos())
            * (((((k::<D>(ALPHA)).cos()).cosh()).log2()).abs());
        m7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.cos().exp().cos());
    }
    ((k::<D>(0.001)) * (((((m1 + s2) * m7) + m8) + s9) + x[0])).tanh()
}

#[differentiable]
fn p85(x: &[f64], y: f64, nk: usize) -> f64 {
    let a1 = y - y;
    let (u2, w3) = (y.mul_add(x[1], x[4]), a1);
    let (u4, w5) = (
        ((1.0 + (((w3 * u2).tanh()) * ((w3 * u2).tanh()))).cbrt()) * x[4],
        ((u2 + a1) + x[2].atan2(-(0.5 + (u2 * u2)))).atan2(
            -(0.5f64
                + ((((1.1 + ((1.0 + (y * y)) * (1.0_f64 + (y * y)))).acosh())
                    - ((-1.417) / (1.5 + Float::tanh(w3))))
                    * (f64::acosh(1.1_f64 + ((1.0 + (y * y)) * (1.0 + (y * y))))
                        - ((-1.417) / (1.5 + Float::tanh(w3)))))),
        ),
    );
    let a6 = if x[2] + x[2] < 0.64 {
        1.478.asinh()
    } else {
        p83(Float::cos(a1), x[2], u4.sin())
    };
    ((((u2 + w3) * u4) + w5) + a6) + x[1]
}

fn p85_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let a1 = y - y;
    let (u2, w3) = ((y * x[1] + x[4]), a1);
    let (u4, w5) = (
        (((k::<D>(1.0)) + (((w3 * u2).tanh()) * ((w3 * u2).tanh()))).cbrt()) * x[4],
        datan2(
            (u2 + a1) + datan2(x[2], -((k::<D>(0.5)) + (u2 * u2))),
            -((k::<D>(0.5))
                + (((((k::<D>(1.1)) + (((k::<D>(1.0)) + (y * y)) * ((k::<D>(1.0)) + (y * y))))
                    .acosh())
                    - ((k::<D>(-1.417)) / ((k::<D>(1.5)) + w3.tanh())))
                    * ((((k::<D>(1.1))
                        + (((k::<D>(1.0)) + (y * y)) * ((k::<D>(1.0)) + (y * y))))
                        .acosh())
                        - ((k::<D>(-1.417)) / ((k::<D>(1.5)) + w3.tanh()))))),
        ),
    );
    let a6 = if (x[2] + x[2]).re() < (k::<D>(0.64)).re() {
        (k::<D>(1.478)).asinh()
    } else {
        p83_d(a1.cos(), x[2], u4.sin())
    };
    ((((u2 + w3) * u4) + w5) + a6) + x[1]
}

#[differentiable]
fn p86(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a1 = (1.1
        + (Float::hypot((-0.908).exp_m1(), 1.0_f64) * Float::hypot((-0.908).exp_m1(), 1.0f64)))
    .acosh();
    let mut s2 = 1.0;
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        for i4 in 0..nk {
            let a5: f64 = ((i3 as f64) - s2) + (0.74_f64 * x2);
            s2 *= 1.0 + (0.3 * Float::cos(p49(-0.67, s2.tanh()).atan().exp()));
            if x2 >= f64::powi(a1.tanh(), 2) {
                continue;
            }
            s2 = ((0.7 * s2) + ((a5 / (2.0 + x1.sin())) + x1.exp().log10())).sin();
        }
        s2 += Float::tanh(x0 * x1);
    }
    for i6 in 1..4 {
        let a7 = (1.5_f64
            + ((x2
                / (1.0_f64
                    + (p37(a1.atan(), a1.tanh(), Float::atan(s2))
                        * p37(a1.atan(), f64::tanh(a1), s2.atan()))))
            .tanh()))
        .ln();
        if x2 >= 0.31_f64 {
            continue;
        }
        s2 = (0.5 * s2)
            + (((a7 - x0.cos())
                / ((((Float::sin(s2) * x0) / (1.5 + ((x2 / (1.5 + f64::tanh(a1))).tanh())))
                    .atan())
                .cosh()))
            .atan());
        s2 -= a7.atan2(-(0.5 + (s2 * s2))).sin();
    }
    let mut s8 = 0.0f64;
    for i9 in 2..=3 {
        let mut s10: f64 = 0.0;
        for i11 in 0..nk {
            let (u12, w13) = (
                f64::atan(s10) + s2.atan().exp2(),
                (W[i11] * x0).mul_add(
                    Float::sin((1.0 + (a1.atan() * a1.atan())).ln()),
                    x0 / (1.0 + (x2 * x2)),
                ),
            );
            let a14 = (0.9_f64 * f64::sin(w13.tanh())).asin();
            let mut m15 = (2.0_f64 + f64::sin(Float::sqrt(2.0 + Float::sin(u12)))).log2();
            s2 = f64::min(s2, f64::atan(x2 / (2.0 + 1.708.sin())));
        }
        s10 = ((0.7 * s10) + ((1.5 + ((a1 - x0).tanh())).ln())).tanh();
        if i9 % 2 == 1 {
            break;
        }
    }
    let mut i16 = 0;
    while i16 < 4 {
        i16 += 1;
        let a17 = 0.35.cosh().powf(f64::tanh((i16 as f64)));
        let (u18, w19) = (s8.atan() * x0, a1.atan().exp_m1());
        s8 *= 1.0 + (0.3 * (((2.0 + Float::hypot(u18, 0.5 + (a1 * a1)).sin()).ln()).sin()));
        if if s8 > -0.9 { s8 } else { 0.301_f64 } <= (1.5 + f64::tanh(V[i16])).powi(-2) && x0 < 0.43
        {
            break;
        }
    }
    Float::tanh(0.001_f64 * ((((x1 + x2) + a1) + s2) + s8))
}

fn p86_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = ((k::<D>(1.1))
        + (((((k::<D>(-0.908)).exp_m1()) * ((k::<D>(-0.908)).exp_m1())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
            * ((((k::<D>(-0.908)).exp_m1()) * ((k::<D>(-0.908)).exp_m1())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())))
    .acosh();
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        for i4 in 0..nk {
            let a5: D = ((k::<D>(i3 as f64)) - s2) + ((k::<D>(0.74)) * x2);
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * p49_d(k::<D>(-0.67), s2.tanh()).atan().exp().cos());
            if x2.re() >= a1.tanh().powi(2).re() {
                continue;
            }
            s2 = (((k::<D>(0.7)) * s2) + ((a5 / ((k::<D>(2.0)) + x1.sin())) + x1.exp().log10()))
                .sin();
        }
        s2 += (x0 * x1).tanh();
    }
    for i6 in 1..4 {
        let a7 = ((k::<D>(1.5))
            + ((x2
                / ((k::<D>(1.0))
                    + (p37_d(a1.atan(), a1.tanh(), s2.atan())
                        * p37_d(a1.atan(), a1.tanh(), s2.atan()))))
            .tanh()))
        .ln();
        if x2.re() >= (k::<D>(0.31)).re() {
            continue;
        }
        s2 = ((k::<D>(0.5)) * s2)
            + (((a7 - x0.cos())
                / ((((s2.sin() * x0)
                    / ((k::<D>(1.5)) + ((x2 / ((k::<D>(1.5)) + a1.tanh())).tanh())))
                .atan())
                .cosh()))
            .atan());
        s2 -= datan2(a7, -((k::<D>(0.5)) + (s2 * s2))).sin();
    }
    let mut s8 = k::<D>(0.0);
    for i9 in 2..=3 {
        let mut s10: D = k::<D>(0.0);
        for i11 in 0..nk {
            let (u12, w13) = (
                s10.atan() + s2.atan().exp2(),
                (((k::<D>(W[i11])) * x0)
                    * ((((k::<D>(1.0)) + (a1.atan() * a1.atan())).ln()).sin())
                    + (x0 / ((k::<D>(1.0)) + (x2 * x2)))),
            );
            let a14 = ((k::<D>(0.9)) * w13.tanh().sin()).asin();
            let mut m15 = ((k::<D>(2.0)) + ((((k::<D>(2.0)) + u12.sin()).sqrt()).sin())).log2();
            s2 = dmin(s2, (x2 / ((k::<D>(2.0)) + ((k::<D>(1.708)).sin()))).atan());
        }
        s10 = (((k::<D>(0.7)) * s10) + (((k::<D>(1.5)) + ((a1 - x0).tanh())).ln())).tanh();
        if i9 % 2 == 1 {
            break;
        }
    }
    let mut i16 = 0;
    while i16 < 4 {
        i16 += 1;
        let a17 = (((k::<D>(i16 as f64)).tanh()) * ((k::<D>(0.35)).cosh()).ln()).exp();
        let (u18, w19) = (s8.atan() * x0, a1.atan().exp_m1());
        s8 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(2.0))
                    + (((u18 * u18
                        + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1)))
                        .sqrt())
                    .sin()))
                .ln())
                .sin()));
        if (if s8.re() > (k::<D>(-0.9)).re() {
            s8
        } else {
            k::<D>(0.301)
        })
        .re()
            <= (((k::<D>(1.5)) + ((k::<D>(V[i16])).tanh())).powi(-2)).re()
            && x0.re() < (k::<D>(0.43)).re()
        {
            break;
        }
    }
    ((k::<D>(0.001)) * ((((x1 + x2) + a1) + s2) + s8)).tanh()
}

#[differentiable]
fn p87(x: &[f64], nk: usize) -> f64 {
    let a1 = x[0] / x[0].hypot(1.0);
    let a2: f64 = Float::sqrt(((x[2] - a1).tanh()).cosh());
    let (u3, w4) = (x[0].cosh(), (1.0 + (a2 * a2)).ln());
    if x[1] / (2.0 + f64::sin(-1.95_f64)) < x[2].min(1.282f64) {
        return ALPHA;
    }
    let (u5, w6) = (
        a2,
        f64::asinh(x[1]).atan2(-(0.5 + ((w4.trunc() * f64::sin(w4)) * (w4.trunc() * w4.sin())))),
    );
    let w6: f64 = -w6.hypot(0.5 + (a1 * a1));
    ((((a2 + u3) + w4) + u5) + w6) * x[1]
}

fn p87_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = x[0] / ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    let a2: D = (((x[2] - a1).tanh()).cosh()).sqrt();
    let (u3, w4) = (x[0].cosh(), ((k::<D>(1.0)) + (a2 * a2)).ln());
    if (x[1] / ((k::<D>(2.0)) + ((k::<D>(-1.95)).sin()))).re() < dmin(x[2], k::<D>(1.282)).re() {
        return k::<D>(ALPHA);
    }
    let (u5, w6) = (
        a2,
        datan2(
            x[1].asinh(),
            -((k::<D>(0.5))
                + (((k::<D>(w4.re().trunc())) * w4.sin())
                    * ((k::<D>(w4.re().trunc())) * w4.sin()))),
        ),
    );
    let w6: D = -((w6 * w6 + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1))).sqrt());
    ((((a2 + u3) + w4) + u5) + w6) * x[1]
}

#[differentiable]
fn p88(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x2;
    let mut s2 = 0.5;
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let mut m4 = (0.9 * Float::sin(x2)).acos();
        let a6 = if Float::cos(m4) > 0.28 {
            (0.29 - (x1.atan() * s2.cos())).atan()
        } else {
            f64::mul_add(
                f64::cos(Float::powf(
                    Float::cosh((i3 as f64).sin()).recip().hypot(1.0),
                    x1 / (2.0 + ((-0.156f64).sin())),
                )),
                (if -s2 > core::f64::consts::PI / (1.0_f64 + (s2.sin() * s2.sin())) {
                    (-0.57).mul_add(x2, s2)
                } else {
                    {
                        let t5 = x0;
                        m4
                    }
                })
                .tanh(),
                f64::hypot(x0.hypot(0.5 + (m4 * m4)), 0.5 + (x2.max(m4) * x2.max(m4))),
            )
        };
        s2 -= f64::atan(
            ((1.0 + (f64::sin(s2) * s2.sin())).powf(x0))
                .hypot(0.5 + ((core::f64::consts::PI - x1) * (core::f64::consts::PI - x1))),
        );
        s2 *= 1.0 + (0.3f64 * (((s2 / s2.sin().cosh()) - (s2.sin() * f64::cos(a6))).sin()));
    }
    let a7: f64 = ((x2 + x1).sin()).tan();
    s2 -= -f64::tan(0.8.sin());
    let mut s8 = 0.5;
    for i9 in 2..5 {
        let (u10, w11) = (
            f64::powf(2.0 + x1.sin(), x0),
            x1 / f64::cos((i9 as f64)).cosh(),
        );
        let a12 = (1.5 + ((s8 / (1.0 + (x1 * x1))).tanh())).sqrt();
        let a13 = 1.5f64;
        s2 = s2.max(Float::atan(a13));
    }
    (((x2 + a1) + s2) + a7) + s8
}

fn p88_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x2;
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let mut m4 = ((k::<D>(0.9)) * x2.sin()).acos();
        let a6 = if m4.cos().re() > (k::<D>(0.28)).re() {
            ((k::<D>(0.29)) - (x1.atan() * s2.cos())).atan()
        } else {
            (((((x1 / ((k::<D>(2.0)) + ((k::<D>(-0.156)).sin())))
                * ((((((k::<D>(i3 as f64)).sin()).cosh()).recip())
                    * ((((k::<D>(i3 as f64)).sin()).cosh()).recip())
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .ln())
            .exp())
            .cos())
                * ((if (-s2).re()
                    > ((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.0)) + (s2.sin() * s2.sin())))
                        .re()
                {
                    ((k::<D>(-0.57)) * x2 + s2)
                } else {
                    {
                        let t5 = x0;
                        m4
                    }
                })
                .tanh())
                + ((((x0 * x0 + ((k::<D>(0.5)) + (m4 * m4)) * ((k::<D>(0.5)) + (m4 * m4)))
                    .sqrt())
                    * ((x0 * x0 + ((k::<D>(0.5)) + (m4 * m4)) * ((k::<D>(0.5)) + (m4 * m4)))
                        .sqrt())
                    + ((k::<D>(0.5)) + (dmax(x2, m4) * dmax(x2, m4)))
                        * ((k::<D>(0.5)) + (dmax(x2, m4) * dmax(x2, m4))))
                .sqrt()))
        };
        s2 -= ((((x0 * ((k::<D>(1.0)) + (s2.sin() * s2.sin())).ln()).exp())
            * ((x0 * ((k::<D>(1.0)) + (s2.sin() * s2.sin())).ln()).exp())
            + ((k::<D>(0.5))
                + (((k::<D>(core::f64::consts::PI)) - x1)
                    * ((k::<D>(core::f64::consts::PI)) - x1)))
                * ((k::<D>(0.5))
                    + (((k::<D>(core::f64::consts::PI)) - x1)
                        * ((k::<D>(core::f64::consts::PI)) - x1))))
            .sqrt())
        .atan();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((s2 / s2.sin().cosh()) - (s2.sin() * a6.cos())).sin()));
    }
    let a7: D = ((x2 + x1).sin()).tan();
    s2 -= -(((k::<D>(0.8)).sin()).tan());
    let mut s8 = k::<D>(0.5);
    for i9 in 2..5 {
        let (u10, w11) = (
            (x0 * ((k::<D>(2.0)) + x1.sin()).ln()).exp(),
            x1 / (((k::<D>(i9 as f64)).cos()).cosh()),
        );
        let a12 = ((k::<D>(1.5)) + ((s8 / ((k::<D>(1.0)) + (x1 * x1))).tanh())).sqrt();
        let a13 = k::<D>(1.5);
        s2 = dmax(s2, a13.atan());
    }
    (((x2 + a1) + s2) + a7) + s8
}

#[differentiable]
fn p89(x0: f64, x1: f64) -> f64 {
    let mut m1: f64 = (x1 / f64::cosh(-1.692f64)) + (x0 / (1.5 + x0.tanh()));
    let a2 = x1.max(x1);
    if (0.9 * f64::sin(Float::cos(m1))).acos() <= x1.tanh() {
        m1 -= -a2;
    } else {
        m1 -= Float::cos(a2);
    }
    m1 += f64::asinh(m1) - (x0 / x0.exp());
    ((x0 * x1) + m1) + a2
}

fn p89_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = (x1 / ((k::<D>(-1.692)).cosh())) + (x0 / ((k::<D>(1.5)) + x0.tanh()));
    let a2 = dmax(x1, x1);
    if (((k::<D>(0.9)) * m1.cos().sin()).acos()).re() <= x1.tanh().re() {
        m1 -= -a2;
    } else {
        m1 -= a2.cos();
    }
    m1 += m1.asinh() - (x0 / x0.exp());
    ((x0 * x1) + m1) + a2
}

#[differentiable]
fn p90<T: Float + NumAssign>(x: [T; 4]) -> T {
    let a1 = (((c::<T>(ALPHA)) + x[2])
        / ((c::<T>(1.5))
            + Float::tanh(
                (T::one() + ((c::<T>(1.1)) * (c::<T>(1.1))))
                    .powf(Float::cos(c::<T>(std::f64::consts::E))),
            )))
        / (((((c::<T>(0.9)) * (((c::<T>(std::f64::consts::E)).cos()).tanh())).atanh())
            + (c::<T>(ALPHA)))
        .hypot(c::<T>(1.0)));
    let mut s2: T = T::one();
    for &i3 in x.iter() {
        if a1 * i3 >= i3 {
            s2 -= T::exp((a1 + x[1]).tanh()).tanh().sin();
        } else {
            s2 /= (c::<T>(1.0)) + (a1.sin() * a1.sin());
        }
        let (u4, w5) = (
            T::exp2(Float::cos(s2)),
            Float::log2((c::<T>(1.5)) + x[3].tanh()),
        );
        let (u6, w7) = (
            T::cbrt((c::<T>(2.0)) + x[2].sin()),
            -u4.hypot((c::<T>(0.5)) + (x[0] * x[0]))
                .hypot(c::<T>(1.0))
                .log10(),
        );
        s2 *= T::one() + (T::from(0.3).unwrap() * x[1].sin());
        s2 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(i3 - (c::<T>(-0.942))));
    }
    let mut s8: T = c::<T>(0.0);
    for i9 in 0..x.len() - 1 {
        let a10 = p3(
            (((c::<T>(0.9)) * s8.cos().tanh()).atanh()).tanh(),
            Float::log10((c::<T>(2.0)) + s8.sin()).atan(),
        );
        let a11 = s2;
        s2 = s2.max(T::atan((c::<T>(i9 as f64)).tanh()));
        s8 += Float::cos(Float::clamp(a1, c::<T>(-0.62), c::<T>(0.39)));
    }
    ((c::<T>(0.001)) * (((a1 + s2) + s8) - x[2])).tanh()
}

fn p90_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((k::<D>(ALPHA)) + x[2])
        / ((k::<D>(1.5))
            + (((((k::<D>(std::f64::consts::E)).cos())
                * ((k::<D>(1.0)) + ((k::<D>(1.1)) * (k::<D>(1.1)))).ln())
            .exp())
            .tanh())))
        / ((((((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).cos()).tanh())).atanh())
            + (k::<D>(ALPHA)))
            * ((((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).cos()).tanh())).atanh())
                + (k::<D>(ALPHA)))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt());
    let mut s2: D = k::<D>(1.0);
    for &i3 in x.iter() {
        if (a1 * i3).re() >= i3.re() {
            s2 -= ((((a1 + x[1]).tanh()).exp()).tanh()).sin();
        } else {
            s2 /= (k::<D>(1.0)) + (a1.sin() * a1.sin());
        }
        let (u4, w5) = (s2.cos().exp2(), ((k::<D>(1.5)) + x[3].tanh()).log2());
        let (u6, w7) = (
            ((k::<D>(2.0)) + x[2].sin()).cbrt(),
            -(((((u4 * u4 + ((k::<D>(0.5)) + (x[0] * x[0])) * ((k::<D>(0.5)) + (x[0] * x[0])))
                .sqrt())
                * ((u4 * u4
                    + ((k::<D>(0.5)) + (x[0] * x[0])) * ((k::<D>(0.5)) + (x[0] * x[0])))
                    .sqrt())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .log10()),
        );
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[1].sin());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((i3 - (k::<D>(-0.942))).sin()));
    }
    let mut s8: D = k::<D>(0.0);
    for i9 in 0..x.len() - 1 {
        let a10 = p3_d(
            (((k::<D>(0.9)) * s8.cos().tanh()).atanh()).tanh(),
            (((k::<D>(2.0)) + s8.sin()).log10()).atan(),
        );
        let a11 = s2;
        s2 = dmax(s2, ((k::<D>(i9 as f64)).tanh()).atan());
        s8 += dclamp(a1, k::<D>(-0.62), k::<D>(0.39)).cos();
    }
    ((k::<D>(0.001)) * (((a1 + s2) + s8) - x[2])).tanh()
}

#[differentiable]
fn p91<T>(x: [T; 6]) -> T
where
    T: Float,
{
    let a1 =
        Float::exp2((((c::<T>(ALPHA)).min(c::<T>(0.89))) - T::from(-0.11).unwrap().cos()).sin());
    let (u2, w3) = (if x[4] >= c::<T>(0.68) { a1 } else { x[4] }, c::<T>(-0.9));
    let mut s4 = c::<T>(0.5);
    for &i5 in x.iter() {
        let (u6, w7) = (
            Float::max(
                i5 / ((c::<T>(1.0)) + (a1.cos() * Float::cos(a1))),
                Float::acos((c::<T>(0.9)) * ((c::<T>(0.56)).sin())),
            ),
            (x[5] - a1) - (((c::<T>(2.0)) + w3.sin()).log2()),
        );
        let a8 = T::cosh(w7.atan());
        s4 = s4 + x[3].cos();
        s4 = s4 + ((((c::<T>(0.64)).sin()).exp2()).sin());
    }
    s4 = s4 + ((c::<T>(0.7)) * x[1]);
    s4 = s4 * ((c::<T>(1.0)) + (T::from(0.3).unwrap() * Float::sin(T::exp_m1(w3))));
    (((a1 - u2) + w3) + s4) + x[2]
}

fn p91_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((dmin(k::<D>(ALPHA), k::<D>(0.89)) - ((k::<D>(-0.11)).cos())).sin()).exp2();
    let (u2, w3) = (
        if x[4].re() >= (k::<D>(0.68)).re() {
            a1
        } else {
            x[4]
        },
        k::<D>(-0.9),
    );
    let mut s4 = k::<D>(0.5);
    for &i5 in x.iter() {
        let (u6, w7) = (
            dmax(
                i5 / ((k::<D>(1.0)) + (a1.cos() * a1.cos())),
                ((k::<D>(0.9)) * ((k::<D>(0.56)).sin())).acos(),
            ),
            (x[5] - a1) - (((k::<D>(2.0)) + w3.sin()).log2()),
        );
        let a8 = w7.atan().cosh();
        s4 += x[3].cos();
        s4 += (((k::<D>(0.64)).sin()).exp2()).sin();
    }
    s4 += (k::<D>(0.7)) * x[1];
    s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * w3.exp_m1().sin());
    (((a1 - u2) + w3) + s4) + x[2]
}

#[differentiable]
fn p92<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (T::hypot(x1, c::<T>(1.0)).powf(x0), x1.sin());
    let (u3, w4) = (x0, c::<T>(1.96));
    let mut s5 = T::one();
    for i6 in 0..3 {
        let a8 = {
            let t7 = w4 + u1;
            t7
        };
        s5 = (T::from(0.5).unwrap() * s5) + ((s5 + (s5.cos() * u3)).tanh());
        s5 -= (x1 + x0).atan();
        s5 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((u1 - T::from(1.31).unwrap()).sin()));
    }
    let mut s9: T = c::<T>(0.0);
    for i10 in 1..4 {
        let a11 = s9 / (T::from(2.0).unwrap() + u1.sin());
        s9 -= Float::tanh(x1);
    }
    let a12 = x0 / (T::from(1.5).unwrap() + ((c::<T>(-1.4)).tanh()));
    (((u3 + w4) + s5) + s9) + a12
}

fn p92_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        (x0 * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp(),
        x1.sin(),
    );
    let (u3, w4) = (x0, k::<D>(1.96));
    let mut s5 = k::<D>(1.0);
    for i6 in 0..3 {
        let a8 = {
            let t7 = w4 + u1;
            t7
        };
        s5 = ((k::<D>(0.5)) * s5) + ((s5 + (s5.cos() * u3)).tanh());
        s5 -= (x1 + x0).atan();
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u1 - (k::<D>(1.31))).sin()));
    }
    let mut s9: D = k::<D>(0.0);
    for i10 in 1..4 {
        let a11 = s9 / ((k::<D>(2.0)) + u1.sin());
        s9 -= x1.tanh();
    }
    let a12 = x0 / ((k::<D>(1.5)) + ((k::<D>(-1.4)).tanh()));
    (((u3 + w4) + s5) + s9) + a12
}

#[differentiable]
fn p93(x: &[f64], y: f64, nk: usize) -> f64 {
    let mut s1: f64 = 0.0;
    for i2 in 1..5 {
        s1 = ((0.7 * s1) + W[i2]).atan();
        s1 -= f64::tanh((1.0 + (s1 * s1)).ln());
        let a3 = x[1];
        s1 += W[i2].sin();
        s1 += (if i2 != 3 {
            a3
        } else {
            x[2] / std::f64::consts::E.atan().cosh()
        })
        .sin();
        if !(Float::log10(1.0 + (x[3] * x[3])) >= 0.96) {
            continue;
        }
    }
    s1 += s1.tanh();
    let a4 = Float::powf(f64::hypot(0.039_f64, 1.0_f64), s1.sin())
        * ((0.9_f64 * Float::atan(core::f64::consts::PI).tanh()).acos());
    for i5 in 0..x.len() / 2 {
        s1 -= Float::exp_m1(Float::atan(x[2 * i5] * y)).atan();
        let a6 = s1;
        for i7 in 0..nk {
            if i7 <= 3 {
                s1 = (0.5 * s1)
                    + Float::atan(
                        (0.5 + ((1.5
                            + (((0.9 * Float::sin(((i5 as f64).sin()).mul_add(y, a6)).tanh())
                                .acos())
                            .tanh()))
                            * (1.5
                                + (((0.9
                                    * f64::sin(((i5 as f64).sin()).mul_add(y, a6)).tanh())
                                .acos())
                                .tanh()))))
                        .ln_1p(),
                    );
            }
            let a8 = if i7 <= 0 {
                x[2 * i5 + 1]
            } else {
                Float::tanh((a6 - s1) - x[2 * i5 + 1]) * y
            };
            s1 *= 1.0 + (0.3 * ((-(f64::sin(y) * a6.sin())).sin()));
        }
        if (-1.5).cos() > y {
            continue;
        }
        s1 += f64::sin(s1 / (1.5 + Float::tanh(0.5)))
            .mul_add(1.4, a4)
            .tanh();
        s1 = (0.5_f64 * s1) + f64::atan(a4);
    }
    (0.001 * (((y + s1) + a4) + x[2])).tanh()
}

fn p93_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 1..5 {
        s1 = (((k::<D>(0.7)) * s1) + (k::<D>(W[i2]))).atan();
        s1 -= (((k::<D>(1.0)) + (s1 * s1)).ln()).tanh();
        let a3 = x[1];
        s1 += (k::<D>(W[i2])).sin();
        s1 += (if i2 != 3 {
            a3
        } else {
            x[2] / (((k::<D>(std::f64::consts::E)).atan()).cosh())
        })
        .sin();
        if !((((k::<D>(1.0)) + (x[3] * x[3])).log10()).re() >= (k::<D>(0.96)).re()) {
            continue;
        }
    }
    s1 += s1.tanh();
    let a4 = ((s1.sin()
        * (((k::<D>(0.039)) * (k::<D>(0.039)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
    .exp())
        * (((k::<D>(0.9)) * (((k::<D>(core::f64::consts::PI)).atan()).tanh())).acos());
    for i5 in 0..x.len() / 2 {
        s1 -= (((x[2 * i5] * y).atan()).exp_m1()).atan();
        let a6 = s1;
        for i7 in 0..nk {
            if i7 <= 3 {
                s1 = ((k::<D>(0.5)) * s1)
                    + ((((k::<D>(0.5))
                        + (((k::<D>(1.5))
                            + ((((k::<D>(0.9))
                                * (((((k::<D>(i5 as f64)).sin()) * y + a6).sin()).tanh()))
                            .acos())
                            .tanh()))
                            * ((k::<D>(1.5))
                                + ((((k::<D>(0.9))
                                    * (((((k::<D>(i5 as f64)).sin()) * y + a6).sin())
                                        .tanh()))
                                .acos())
                                .tanh()))))
                    .ln_1p())
                    .atan());
            }
            let a8 = if i7 <= 0 {
                x[2 * i5 + 1]
            } else {
                (((a6 - s1) - x[2 * i5 + 1]).tanh()) * y
            };
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-(y.sin() * a6.sin())).sin()));
        }
        if ((k::<D>(-1.5)).cos()).re() > y.re() {
            continue;
        }
        s1 += (((s1 / ((k::<D>(1.5)) + ((k::<D>(0.5)).tanh()))).sin()) * (k::<D>(1.4)) + a4).tanh();
        s1 = ((k::<D>(0.5)) * s1) + a4.atan();
    }
    ((k::<D>(0.001)) * (((y + s1) + a4) + x[2])).tanh()
}

#[differentiable]
fn p94(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0_f64;
    for i2 in 1..=4 {
        let a3 = s1 - x2;
        let a4: f64 = (0.9 * ((s1.atan() * a3.atan()).sin())).acos();
        let (u6, w7) = (
            -(-p66(f64::atan(s1), f64::cos(a3), (-1.58).cos())),
            Float::tanh(x1.exp().log((0.5 + (0.4 * x2.sin())).exp()))
                .exp()
                .log((0.5 + (0.4 * f64::sin((x1 + a4).sin()))).exp())
                / Float::exp(
                    ({
                        let t5 = -(i2 as f64);
                        s1.hypot(0.5_f64 + (x1 * x1))
                    })
                    .atan(),
                ),
        );
        s1 = (0.5 * s1) + p66((-a4).atan(), f64::cos(x0.atan() * f64::sin(w7)), s1.tanh()).cos();
        s1 += Float::tan(W[i2].sin()).exp().atan();
        if !(Float::exp(f64::atan(s1)) >= x2) {
            continue;
        }
    }
    let a8 = if 0.749.cosh() > s1.sin() * core::f64::consts::PI && x2 <= 0.4f64 {
        f64::acos(0.9 * (((0.83 + 0.3).powi(3)).tanh()))
    } else {
        ((x1.atan()
            * Float::ln_1p(
                0.5_f64 + ((1.0 + (s1.sin() * s1.sin())) * (1.0 + (Float::sin(s1) * s1.sin()))),
            ))
        .sin())
        .powi(1)
    };
    s1 += x0;
    let a9 = f64::tanh(x0);
    (((x1 + x2) + s1) + a8) * a9
}

fn p94_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 1..=4 {
        let a3 = s1 - x2;
        let a4: D = ((k::<D>(0.9)) * ((s1.atan() * a3.atan()).sin())).acos();
        let (u6, w7) = (
            -(-p66_d(s1.atan(), a3.cos(), (k::<D>(-1.58)).cos())),
            ((((x1.exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x2.sin())).exp()).ln())
                .tanh())
            .exp())
            .ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((x1 + a4).sin()).sin()))).exp()).ln())
                / ((({
                    let t5 = -(k::<D>(i2 as f64));
                    (s1 * s1 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1))).sqrt()
                })
                .atan())
                .exp()),
        );
        s1 = ((k::<D>(0.5)) * s1)
            + p66_d((-a4).atan(), (x0.atan() * w7.sin()).cos(), s1.tanh()).cos();
        s1 += ((((k::<D>(W[i2])).sin()).tan()).exp()).atan();
        if !(s1.atan().exp().re() >= x2.re()) {
            continue;
        }
    }
    let a8 = if ((k::<D>(0.749)).cosh()).re() > (s1.sin() * (k::<D>(core::f64::consts::PI))).re()
        && x2.re() <= (k::<D>(0.4)).re()
    {
        ((k::<D>(0.9)) * ((((k::<D>(0.83)) + (k::<D>(0.3))).powi(3)).tanh())).acos()
    } else {
        ((x1.atan()
            * (((k::<D>(0.5))
                + (((k::<D>(1.0)) + (s1.sin() * s1.sin()))
                    * ((k::<D>(1.0)) + (s1.sin() * s1.sin()))))
            .ln_1p()))
        .sin())
        .powi(1)
    };
    s1 += x0;
    let a9 = x0.tanh();
    (((x1 + x2) + s1) + a8) * a9
}

#[differentiable]
fn p95<T: Float>(x: &[T], y: T, nk: usize) -> T {
    let a1 = c::<T>(std::f64::consts::E);
    let mut s2 = c::<T>(0.5);
    for &i3 in x.iter() {
        s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::from(1.864).unwrap().sin()));
        let a4: T = T::cos(a1 * (c::<T>(std::f64::consts::E)))
            * ((T::from(2.0).unwrap() + ((Float::floor(s2) * T::sin(s2)).sin())).log10());
        s2 = s2 / ((c::<T>(2.0)) + x[1].sin());
        s2 = T::atan(((c::<T>(0.7)) * s2) + ((x[1] * i3) - Float::mul_add(x[0], x[4], a4)));
    }
    for i5 in 0..nk {
        for i6 in 1..2 {
            let a7 = a1.sin().cosh().powi(0).powi(3);
            let a9: T = p3(
                T::sin(Float::mul_add(Float::sin(a1), a7, x[2])),
                Float::sin(y.asinh()),
            )
            .hypot(
                (c::<T>(0.5))
                    + ((a7
                        + ({
                            let t8 = s2;
                            a7
                        }))
                        * (a7
                            + ({
                                let t8 = s2;
                                a7
                            }))),
            );
            s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * x[4].exp().cos()));
            if i5 > 0 {
                continue;
            }
            s2 = s2.max(((c::<T>(BETA)) - (c::<T>(-1.02))).tanh());
        }
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::sin((c::<T>(core::f64::consts::PI)) / T::exp(c::<T>(-1.47)))));
        s2 = ((c::<T>(0.5)) * s2) + T::cos(a1 + (((c::<T>(1.5)) + y.tanh()).sqrt()));
    }
    if x[4]
        .hypot(c::<T>(1.0))
        .log((T::from(0.5).unwrap() + ((c::<T>(0.4)) * Float::sin(s2.atan()))).exp())
        >= Float::atan(s2) * y
    {
        s2 = s2
            * (T::one()
                + ((c::<T>(0.3))
                    * T::sin(
                        if (T::one() + ((c::<T>(-1.377)) * T::from(-1.377).unwrap())).sqrt()
                            >= c::<T>(0.38)
                        {
                            Float::cos(x[0])
                                * ({
                                    let t10 = c::<T>(0.293);
                                    y
                                })
                        } else {
                            x[4].sin().tan() - (a1 - y)
                        },
                    )));
    }
    let a1: T = x[3].sinh();
    s2 = s2
        - (Float::sin(p3(T::from(1.022).unwrap(), c::<T>(-0.7)))
            .exp()
            .recip()
            * (Float::tanh(y.min(x[4])) * T::cos((c::<T>(core::f64::consts::PI)) - s2)));
    if a1 / s2.hypot(c::<T>(1.0)) <= T::from(-0.45).unwrap() {
        s2 = s2 - (c::<T>(-1.8));
    } else {
        s2 = s2
            + Float::acosh(
                (c::<T>(1.1))
                    + (((c::<T>(1.5)) + Float::tanh(Float::atan((c::<T>(-1.4)) * a1) * a1.cos()))
                        * ((c::<T>(1.5))
                            + T::tanh(Float::atan(T::from(-1.4).unwrap() * a1) * a1.cos()))),
            );
    }
    ((c::<T>(0.001)) * (((y * s2) - a1) + x[1])).tanh()
}

fn p95_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let a1 = k::<D>(std::f64::consts::E);
    let mut s2 = k::<D>(0.5);
    for &i3 in x.iter() {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(1.864)).sin()));
        let a4: D = ((a1 * (k::<D>(std::f64::consts::E))).cos())
            * (((k::<D>(2.0)) + (((k::<D>(s2.re().floor())) * s2.sin()).sin())).log10());
        s2 /= (k::<D>(2.0)) + x[1].sin();
        s2 = (((k::<D>(0.7)) * s2) + ((x[1] * i3) - (x[0] * x[4] + a4))).atan();
    }
    for i5 in 0..nk {
        for i6 in 1..2 {
            let a7 = a1.sin().cosh().powi(0).powi(3);
            let a9: D = (p3_d((a1.sin() * a7 + x[2]).sin(), y.asinh().sin())
                * p3_d((a1.sin() * a7 + x[2]).sin(), y.asinh().sin())
                + ((k::<D>(0.5))
                    + ((a7
                        + ({
                            let t8 = s2;
                            a7
                        }))
                        * (a7
                            + ({
                                let t8 = s2;
                                a7
                            }))))
                    * ((k::<D>(0.5))
                        + ((a7
                            + ({
                                let t8 = s2;
                                a7
                            }))
                            * (a7
                                + ({
                                    let t8 = s2;
                                    a7
                                })))))
            .sqrt();
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[4].exp().cos());
            if i5 > 0 {
                continue;
            }
            s2 = dmax(s2, ((k::<D>(BETA)) - (k::<D>(-1.02))).tanh());
        }
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(core::f64::consts::PI)) / ((k::<D>(-1.47)).exp())).sin()));
        s2 = ((k::<D>(0.5)) * s2) + ((a1 + (((k::<D>(1.5)) + y.tanh()).sqrt())).cos());
    }
    if (((x[4] * x[4] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s2.atan().sin())).exp()).ln())
    .re()
        >= (s2.atan() * y).re()
    {
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((if (((k::<D>(1.0)) + ((k::<D>(-1.377)) * (k::<D>(-1.377)))).sqrt()).re()
                    >= (k::<D>(0.38)).re()
                {
                    x[0].cos()
                        * ({
                            let t10 = k::<D>(0.293);
                            y
                        })
                } else {
                    x[4].sin().tan() - (a1 - y)
                })
                .sin()));
    }
    let a1: D = x[3].sinh();
    s2 -= p3_d(k::<D>(1.022), k::<D>(-0.7)).sin().exp().recip()
        * (dmin(y, x[4]).tanh() * (((k::<D>(core::f64::consts::PI)) - s2).cos()));
    if (a1 / ((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re() <= (k::<D>(-0.45)).re() {
        s2 -= k::<D>(-1.8);
    } else {
        s2 += ((k::<D>(1.1))
            + (((k::<D>(1.5)) + (((((k::<D>(-1.4)) * a1).atan()) * a1.cos()).tanh()))
                * ((k::<D>(1.5)) + (((((k::<D>(-1.4)) * a1).atan()) * a1.cos()).tanh()))))
        .acosh();
    }
    ((k::<D>(0.001)) * (((y * s2) - a1) + x[1])).tanh()
}

#[differentiable]
fn p96<T: Float + NumAssign>(x0: T, x1: T, nk: usize) -> T {
    let a1 = if Float::atan2(x0, -(T::from(0.5).unwrap() + (x1 * x1))) <= c::<T>(-0.93) {
        ((c::<T>(1.0)) + (x1 * x1)).recip()
    } else {
        x0
    };
    let a2 = if (c::<T>(0.3)) * (c::<T>(-0.1)) >= (c::<T>(BETA)) * a1 {
        x0
    } else {
        (c::<T>(BETA)) - a1
    };
    let mut s3 = c::<T>(0.5);
    for i4 in 0..nk {
        let mut m5: T = x1.cos() * Float::cos(c::<T>(i4 as f64)).exp2();
        m5 = (T::from(0.5).unwrap() * m5) + T::sin(x1.exp().recip());
        let mut m6 = -(Float::trunc(x1) * s3.sin());
        m6 -= ((-a1)
            / ((c::<T>(1.0))
                + (T::atan((c::<T>(V[i4])) / a2.cos().exp())
                    * (((c::<T>(V[i4])) / T::exp(a2.cos())).atan()))))
        .cos();
        s3 += Float::sin(s3 / (T::one() + (x0 * x0)));
    }
    let a7 = ((c::<T>(1.5)) + Float::tanh(a2)).cbrt();
    let (u8, w9) = ((c::<T>(1.7)) / (T::from(1.5).unwrap() + a7.tanh()), a2 - s3);
    for i10 in 2..5 {
        if !(((c::<T>(0.9)) * T::tanh(w9.atan())).atanh() > c::<T>(-0.21)) {
            break;
        }
        let a11 = ((c::<T>(1.1))
            + (((c::<T>(1.0))
                + ((((c::<T>(1.5)) + s3.tanh()).powi(0))
                    * T::powi((c::<T>(1.5)) + s3.tanh(), 0)))
                * ((c::<T>(1.0))
                    + (Float::powi(T::from(1.5).unwrap() + s3.tanh(), 0)
                        * Float::powi((c::<T>(1.5)) + s3.tanh(), 0)))))
        .acosh();
        s3 /= T::cosh(w9.cos()).powi(0).cosh();
    }
    (((a2 + s3) + a7) + u8) - w9
}

fn p96_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1 = if datan2(x0, -((k::<D>(0.5)) + (x1 * x1))).re() <= (k::<D>(-0.93)).re() {
        ((k::<D>(1.0)) + (x1 * x1)).recip()
    } else {
        x0
    };
    let a2 = if ((k::<D>(0.3)) * (k::<D>(-0.1))).re() >= ((k::<D>(BETA)) * a1).re() {
        x0
    } else {
        (k::<D>(BETA)) - a1
    };
    let mut s3 = k::<D>(0.5);
    for i4 in 0..nk {
        let mut m5: D = x1.cos() * (((k::<D>(i4 as f64)).cos()).exp2());
        m5 = ((k::<D>(0.5)) * m5) + x1.exp().recip().sin();
        let mut m6 = -((k::<D>(x1.re().trunc())) * s3.sin());
        m6 -= ((-a1)
            / ((k::<D>(1.0))
                + ((((k::<D>(V[i4])) / a2.cos().exp()).atan())
                    * (((k::<D>(V[i4])) / a2.cos().exp()).atan()))))
        .cos();
        s3 += (s3 / ((k::<D>(1.0)) + (x0 * x0))).sin();
    }
    let a7 = ((k::<D>(1.5)) + a2.tanh()).cbrt();
    let (u8, w9) = ((k::<D>(1.7)) / ((k::<D>(1.5)) + a7.tanh()), a2 - s3);
    for i10 in 2..5 {
        if !((((k::<D>(0.9)) * w9.atan().tanh()).atanh()).re() > (k::<D>(-0.21)).re()) {
            break;
        }
        let a11 = ((k::<D>(1.1))
            + (((k::<D>(1.0))
                + ((((k::<D>(1.5)) + s3.tanh()).powi(0))
                    * (((k::<D>(1.5)) + s3.tanh()).powi(0))))
                * ((k::<D>(1.0))
                    + ((((k::<D>(1.5)) + s3.tanh()).powi(0))
                        * (((k::<D>(1.5)) + s3.tanh()).powi(0))))))
        .acosh();
        s3 /= w9.cos().cosh().powi(0).cosh();
    }
    (((a2 + s3) + a7) + u8) - w9
}

#[differentiable]
fn p97<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float,
{
    let (u2, w3) = (
        ((c::<T>(-1.7)).atan()) - (-x0),
        ({
            let t1 = x0;
            t1
        })
        .min(T::hypot(x1, c::<T>(1.0)).log10()),
    );
    let mut s4 = c::<T>(0.0);
    for i5 in 0..3 {
        s4 = s4 + s4.atan().cosh().sin();
        let a6 = c::<T>(i5 as f64);
        s4 = s4
            - Float::cos(
                ((T::from(0.9).unwrap() * ((c::<T>(i5 as f64)).sin())).asin())
                    / ((c::<T>(2.0)) + T::sin((c::<T>(1.59)) * x2)),
            );
    }
    if s4 / ((c::<T>(2.0)) + T::sin(w3)) < u2 - u2 {
        s4 = s4 + T::sin((c::<T>(0.6)).hypot((c::<T>(0.5)) + (s4 * s4)));
    } else {
        s4 = s4 * (T::one() + (T::from(0.3).unwrap() * Float::cos((c::<T>(0.24)).exp())));
    }
    let w3 = u2;
    (((x1 * x2) * u2) + s4) + w3
}

fn p97_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u2, w3) = (
        ((k::<D>(-1.7)).atan()) - (-x0),
        dmin(
            {
                let t1 = x0;
                t1
            },
            ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10(),
        ),
    );
    let mut s4 = k::<D>(0.0);
    for i5 in 0..3 {
        s4 += s4.atan().cosh().sin();
        let a6 = k::<D>(i5 as f64);
        s4 -= ((((k::<D>(0.9)) * ((k::<D>(i5 as f64)).sin())).asin())
            / ((k::<D>(2.0)) + (((k::<D>(1.59)) * x2).sin())))
        .cos();
    }
    if (s4 / ((k::<D>(2.0)) + w3.sin())).re() < (u2 - u2).re() {
        s4 += (((k::<D>(0.6)) * (k::<D>(0.6))
            + ((k::<D>(0.5)) + (s4 * s4)) * ((k::<D>(0.5)) + (s4 * s4)))
            .sqrt())
        .sin();
    } else {
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(0.24)).exp()).cos()));
    }
    let w3 = u2;
    (((x1 * x2) * u2) + s4) + w3
}

#[differentiable]
fn p98(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.0;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3: f64 = (1.0
            + (f64::mul_add(
                f64::atanh(0.9 * BETA.tanh().tanh()).cos(),
                BETA.atan(),
                x0 + s1,
            )
            .tanh()
                * Float::tanh(
                    f64::cos(f64::atanh(0.9_f64 * f64::tanh(BETA.tanh())))
                        .mul_add(BETA.atan(), x0 + s1),
                )))
        .sqrt();
        s1 = (0.5 * s1) + ((m3.sin() * f64::atanh(0.9f64 * Float::cos(m3).sin())).sin());
        s1 += Float::atan(Float::tanh(m3));
    }
    let (u5, w6) = (
        {
            let t4 = x0.sinh();
            -(-1.971)
        },
        (x0 + x1) + s1,
    );
    let u5 = u5.mul_add(x1, -0.4) - Float::mul_add(0.319, 1.516_f64, w6);
    let mut m7: f64 = f64::log(
        f64::hypot(x0, 1.0),
        Float::exp(0.5 + (0.4 * Float::sin(Float::tanh(-1.81f64)))),
    ) / f64::exp((BETA - w6).tanh());
    (((x1 + s1) + w6) + u5) + m7
}

fn p98_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3: D = ((k::<D>(1.0))
            + (((((((k::<D>(0.9)) * (((k::<D>(BETA)).tanh()).tanh())).atanh()).cos())
                * ((k::<D>(BETA)).atan())
                + (x0 + s1))
                .tanh())
                * ((((((k::<D>(0.9)) * (((k::<D>(BETA)).tanh()).tanh())).atanh()).cos())
                    * ((k::<D>(BETA)).atan())
                    + (x0 + s1))
                    .tanh())))
        .sqrt();
        s1 = ((k::<D>(0.5)) * s1) + ((m3.sin() * (((k::<D>(0.9)) * m3.cos().sin()).atanh())).sin());
        s1 += m3.tanh().atan();
    }
    let (u5, w6) = (
        {
            let t4 = x0.sinh();
            -(k::<D>(-1.971))
        },
        (x0 + x1) + s1,
    );
    let u5 = (u5 * x1 + (k::<D>(-0.4))) - ((k::<D>(0.319)) * (k::<D>(1.516)) + w6);
    let mut m7: D = (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(-1.81)).tanh()).sin()))).exp()).ln())
        / ((((k::<D>(BETA)) - w6).tanh()).exp());
    (((x1 + s1) + w6) + u5) + m7
}

#[differentiable]
fn p99(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        p97(
            (x2 - ALPHA).cos(),
            f64::atan2(x1, 0.5 + (x1 * x1)).tanh(),
            ((1.0 + ((-0.53) * (-0.53_f64))).log((0.5_f64 + (0.4 * x0.sin())).exp())).tanh(),
        ),
        x0,
    );
    let a3 = 0.377.floor() * (((1.1 + ((1.0 + (u1 * u1)) * (1.0f64 + (u1 * u1)))).acosh()).tanh());
    let mut s4 = 0.0;
    for i5 in 2..=3 {
        let a6 = x1 - ((1.0_f64 + ((a3 * w2) * (a3 * w2))).log2());
        s4 *= 1.0 + (0.3 * w2.sin());
    }
    let a7 = x0;
    let a8: f64 = x1;
    let mut m9: f64 = ((-a8) * (std::f64::consts::E * x0)).clamp(-0.61, 1.14_f64);
    let mut m10 = a3;
    (((s4 + a7) + a8) + m9) + m10
}

fn p99_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        p97_d(
            (x2 - (k::<D>(ALPHA))).cos(),
            datan2(x1, (k::<D>(0.5)) + (x1 * x1)).tanh(),
            (((k::<D>(1.0)) + ((k::<D>(-0.53)) * (k::<D>(-0.53)))).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln())
            .tanh(),
        ),
        x0,
    );
    let a3 = (k::<D>((k::<D>(0.377)).re().floor()))
        * ((((k::<D>(1.1)) + (((k::<D>(1.0)) + (u1 * u1)) * ((k::<D>(1.0)) + (u1 * u1)))).acosh())
            .tanh());
    let mut s4 = k::<D>(0.0);
    for i5 in 2..=3 {
        let a6 = x1 - (((k::<D>(1.0)) + ((a3 * w2) * (a3 * w2))).log2());
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * w2.sin());
    }
    let a7 = x0;
    let a8: D = x1;
    let mut m9: D = dclamp(
        (-a8) * ((k::<D>(std::f64::consts::E)) * x0),
        k::<D>(-0.61),
        k::<D>(1.14),
    );
    let mut m10 = a3;
    (((s4 + a7) + a8) + m9) + m10
}

#[differentiable]
fn p100<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(1.0);
    for i2 in 2..=6 {
        if x0.sinh() < -x2 {
            break;
        }
        let (u3, w4) = (
            (x0 * x2) - x1.powi(1),
            Float::cbrt((((c::<T>(1.8)) + s1).cos()).cosh()),
        );
        let u3 = (T::from(1.5).unwrap() + Float::tanh(((s1 + w4).tanh()).exp_m1())).powf(T::atan(
            T::sin(x1)
                / (T::one() + (Float::recip(T::cosh(u3.tanh())) * Float::cosh(u3.tanh()).recip())),
        ));
        let mut s5 = c::<T>(1.0);
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            let a7: T = u3.cos().exp2();
            s1 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * ((x1 + w4).sin()));
        }
        s5 = ((c::<T>(0.5)) * s5) + T::cos(s1);
    }
    let mut m8: T = T::mul_add(
        (c::<T>(std::f64::consts::E)).cos(),
        x0 * (c::<T>(-1.1)),
        T::sqrt(((x2.tanh() * s1.tanh()).cos()).exp()),
    );
    let a9 = (T::from(0.9).unwrap() * x0.sin()).acos();
    if x0.max(c::<T>(0.9)) <= c::<T>(-0.28) {
        return Float::sinh(x1) / ((c::<T>(1.5)) + ((x0 * m8).tanh()));
    }
    m8 -= Float::atan2(m8, -((c::<T>(0.5)) + ((c::<T>(0.062)) * (c::<T>(0.062)))));
    (((x1 + x2) + s1) + m8) * a9
}

fn p100_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..=6 {
        if x0.sinh().re() < (-x2).re() {
            break;
        }
        let (u3, w4) = (
            (x0 * x2) - x1.powi(1),
            ((((k::<D>(1.8)) + s1).cos()).cosh()).cbrt(),
        );
        let u3 = (((x1.sin()
            / ((k::<D>(1.0)) + (u3.tanh().cosh().recip() * u3.tanh().cosh().recip())))
        .atan())
            * ((k::<D>(1.5)) + ((((s1 + w4).tanh()).exp_m1()).tanh())).ln())
        .exp();
        let mut s5 = k::<D>(1.0);
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            let a7: D = u3.cos().exp2();
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 + w4).sin()));
        }
        s5 = ((k::<D>(0.5)) * s5) + s1.cos();
    }
    let mut m8: D = (((k::<D>(std::f64::consts::E)).cos()) * (x0 * (k::<D>(-1.1)))
        + ((((x2.tanh() * s1.tanh()).cos()).exp()).sqrt()));
    let a9 = ((k::<D>(0.9)) * x0.sin()).acos();
    if dmax(x0, k::<D>(0.9)).re() <= (k::<D>(-0.28)).re() {
        return x1.sinh() / ((k::<D>(1.5)) + ((x0 * m8).tanh()));
    }
    m8 -= datan2(m8, -((k::<D>(0.5)) + ((k::<D>(0.062)) * (k::<D>(0.062)))));
    (((x1 + x2) + s1) + m8) * a9
}

#[differentiable]
fn p101(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = ((-y) - y, p72(y, y).cos());
    let a3: f64 = (f64::log10(1.0 + (0.1 * 0.1_f64)) / (1.0 + (x[2] * x[2]))) + ((u1 - y) + (-y));
    let a4 = if !(-0.0_f64 <= std::f64::consts::E + x[4]) {
        ((1.0 + (x[4].exp().sin() * x[4].exp().sin()))
            .powf(Float::tanh(Float::sin(a3).mul_add(x[1], y))))
            / (2.0 + u1.mul_add(std::f64::consts::E.atan(), x[0]).sin().sin())
    } else {
        a3
    };
    ((((y - u1) + w2) + a3) * a4) + x[2]
}

fn p101_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = ((-y) - y, p72_d(y, y).cos());
    let a3: D = ((((k::<D>(1.0)) + ((k::<D>(0.1)) * (k::<D>(0.1)))).log10())
        / ((k::<D>(1.0)) + (x[2] * x[2])))
        + ((u1 - y) + (-y));
    let a4 = if !((k::<D>(-0.0)).re() <= ((k::<D>(std::f64::consts::E)) + x[4]).re()) {
        ((((a3.sin() * x[1] + y).tanh())
            * ((k::<D>(1.0)) + (x[4].exp().sin() * x[4].exp().sin())).ln())
        .exp())
            / ((k::<D>(2.0)) + (((u1 * ((k::<D>(std::f64::consts::E)).atan()) + x[0]).sin()).sin()))
    } else {
        a3
    };
    ((((y - u1) + w2) + a3) * a4) + x[2]
}

#[differentiable]
fn p102(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 2..=4 {
        let a3 = (x2 / x2.cosh()).powi(3);
        s1 = s1.max((-(x0.mul_add(x0, a3) * Float::abs(a3))).tanh());
        s1 += f64::tanh(a3.tanh().cosh()).tanh();
        if x1 <= x2.powi(1) && V[i2] < x1 {
            continue;
        }
    }
    let a4 = if 1.867 <= Float::mul_add(s1.sin(), std::f64::consts::E.cos(), -0.3) {
        x2
    } else {
        ((s1 - x1).sin()) * x0
    };
    let mut s5 = 0.5;
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let a7 = s1.atan().cosh();
        for i8 in 0..=3 {
            s1 += (p72(Float::atan(x1 * x0), s1.sin())
                + ((1.0
                    + (((1.0 + (Float::atan(a7) * a7.atan())).log2())
                        * ((1.0_f64 + (a7.atan() * a7.atan())).log2())))
                .ln()))
            .atan();
            s1 += x0.sin();
            s5 -= (0.7.signum() * s5.cos()).tanh();
        }
        s1 /= p98(Float::atan(a7), a4.cos()).hypot(1.0);
    }
    let a4 = s1.tanh();
    (0.001 * ((((x1 + x2) + s1) * s5) + a4)).tanh()
}

fn p102_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 2..=4 {
        let a3 = (x2 / x2.cosh()).powi(3);
        s1 = dmax(s1, (-((x0 * x0 + a3) * a3.abs())).tanh());
        s1 += a3.tanh().cosh().tanh().tanh();
        if x1.re() <= x2.powi(1).re() && (k::<D>(V[i2])).re() < x1.re() {
            continue;
        }
    }
    let a4 = if (k::<D>(1.867)).re()
        <= (s1.sin() * ((k::<D>(std::f64::consts::E)).cos()) + (k::<D>(-0.3))).re()
    {
        x2
    } else {
        ((s1 - x1).sin()) * x0
    };
    let mut s5 = k::<D>(0.5);
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let a7 = s1.atan().cosh();
        for i8 in 0..=3 {
            s1 += (p72_d((x1 * x0).atan(), s1.sin())
                + (((k::<D>(1.0))
                    + ((((k::<D>(1.0)) + (a7.atan() * a7.atan())).log2())
                        * (((k::<D>(1.0)) + (a7.atan() * a7.atan())).log2())))
                .ln()))
            .atan();
            s1 += x0.sin();
            s5 -= ((k::<D>((k::<D>(0.7)).re().signum())) * s5.cos()).tanh();
        }
        s1 /= (p98_d(a7.atan(), a4.cos()) * p98_d(a7.atan(), a4.cos())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
    }
    let a4 = s1.tanh();
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) * s5) + a4)).tanh()
}

#[differentiable]
fn p103(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.0f64;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3 = ALPHA;
        m3 = (0.5 * m3) + (((i2 as f64) + x0).sin());
    }
    for i4 in 1..5 {
        s1 = (0.5 * s1)
            + f64::exp(((-1.874) * ((1.0f64 + (x0 * x0)).log2())).atan())
                .recip()
                .cos();
        let a5 = V[i4];
        s1 = ((0.7 * s1) + a5).cos();
        s1 = (0.5 * s1) + 1.57.atan2(0.5 + (s1 * s1)).sin();
    }
    let a6 = s1.cos().sinh().asinh().sin();
    for i7 in 2..5 {
        if a6 + a6 < 1.8 + x1 {
            continue;
        }
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            let a9 = x1;
            s1 += a6.min(f64::cos(a6)).cos();
        }
        let a10 = if (1.0 + (W[i7] * W[i7])).cbrt() <= -0.48 {
            s1
        } else {
            f64::sin(Float::sin(s1)).tan()
        };
        s1 *= 1.0_f64 + (0.3 * ((Float::atan(1.111_f64) * ((a10 - x0).sin())).sin()));
    }
    let mut s11 = 0.0_f64;
    for i12 in 0..=1 {
        let mut s13 = 0.5;
        for i14 in 1..3 {
            let a15 = s1;
            let a16 = -s11;
            s13 -= f64::atan((s11 + a16) / (1.5 + V[i12].atan2(0.5 + (x1 * x1)).tanh()));
        }
        let a17 = (1.0 + (a6 * a6)).cbrt();
        s11 *= 1.0 + (0.3 * 0.3_f64.sin());
    }
    let a18 = Float::sin(((2.0 + s11.sin()).sqrt()).cos()) * s11.atan();
    for i19 in 0..3 {
        if a18 > a6 / (2.0 + x0.sin()) {
            continue;
        }
        let a20 = s1 + (s1 - s1);
        s11 *= 1.0
            + (0.3f64
                * ((((a20 - ((2.0 + ((-0.7).sin())).powf(s1.atan()))).tanh())
                    .mul_add(-0.05, (x1 * (-0.56)) * ((0.9 * a6.sin()).acos())))
                .sin()));
        let a21 = Float::exp(
            (if V[i19].mul_add(x0, a6) < 0.07 {
                W[i19].cosh().log2()
            } else {
                s11.atan()
            })
            .sin(),
        );
        s1 = (0.5 * s1) + ((std::f64::consts::E - s11).cos());
    }
    (0.001 * ((((x1 + s1) + a6) + s11) + a18)).tanh()
}

fn p103_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3 = k::<D>(ALPHA);
        m3 = ((k::<D>(0.5)) * m3) + (((k::<D>(i2 as f64)) + x0).sin());
    }
    for i4 in 1..5 {
        s1 = ((k::<D>(0.5)) * s1)
            + ((((((k::<D>(-1.874)) * (((k::<D>(1.0)) + (x0 * x0)).log2())).atan()).exp())
                .recip())
            .cos());
        let a5 = k::<D>(V[i4]);
        s1 = (((k::<D>(0.7)) * s1) + a5).cos();
        s1 = ((k::<D>(0.5)) * s1) + datan2(k::<D>(1.57), (k::<D>(0.5)) + (s1 * s1)).sin();
    }
    let a6 = s1.cos().sinh().asinh().sin();
    for i7 in 2..5 {
        if (a6 + a6).re() < ((k::<D>(1.8)) + x1).re() {
            continue;
        }
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            let a9 = x1;
            s1 += dmin(a6, a6.cos()).cos();
        }
        let a10 = if (((k::<D>(1.0)) + ((k::<D>(W[i7])) * (k::<D>(W[i7])))).cbrt()).re()
            <= (k::<D>(-0.48)).re()
        {
            s1
        } else {
            s1.sin().sin().tan()
        };
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(1.111)).atan()) * ((a10 - x0).sin())).sin()));
    }
    let mut s11 = k::<D>(0.0);
    for i12 in 0..=1 {
        let mut s13 = k::<D>(0.5);
        for i14 in 1..3 {
            let a15 = s1;
            let a16 = -s11;
            s13 -= ((s11 + a16)
                / ((k::<D>(1.5)) + datan2(k::<D>(V[i12]), (k::<D>(0.5)) + (x1 * x1)).tanh()))
            .atan();
        }
        let a17 = ((k::<D>(1.0)) + (a6 * a6)).cbrt();
        s11 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(0.3)).sin()));
    }
    let a18 = (((((k::<D>(2.0)) + s11.sin()).sqrt()).cos()).sin()) * s11.atan();
    for i19 in 0..3 {
        if a18.re() > (a6 / ((k::<D>(2.0)) + x0.sin())).re() {
            continue;
        }
        let a20 = s1 + (s1 - s1);
        s11 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((a20
                    - ((s1.atan() * ((k::<D>(2.0)) + ((k::<D>(-0.7)).sin())).ln()).exp()))
                .tanh())
                    * (k::<D>(-0.05))
                    + ((x1 * (k::<D>(-0.56))) * (((k::<D>(0.9)) * a6.sin()).acos())))
                .sin()));
        let a21 = ((if ((k::<D>(V[i19])) * x0 + a6).re() < (k::<D>(0.07)).re() {
            ((k::<D>(W[i19])).cosh()).log2()
        } else {
            s11.atan()
        })
        .sin())
        .exp();
        s1 = ((k::<D>(0.5)) * s1) + (((k::<D>(std::f64::consts::E)) - s11).cos());
    }
    ((k::<D>(0.001)) * ((((x1 + s1) + a6) + s11) + a18)).tanh()
}

#[differentiable]
fn p104<T: Float>(x: &[T], y: T) -> T {
    let (u1, w2) = ((y / ((c::<T>(2.0)) + y.sin())) * p3(y, x[5]), y);
    let a3 = if y * (c::<T>(std::f64::consts::E)) < c::<T>(0.72) {
        x[4] - w2
    } else {
        Float::atan(u1).powi(1)
    };
    let (u4, w5) = (w2.exp().powi(0), c::<T>(0.372));
    let mut m6 = x[0].hypot(c::<T>(1.0)).cbrt();
    for i7 in 0..x.len() {
        let a8 = ((x[i7].ceil() * Float::cos(u1)) - u4) - w2.exp_m1();
        if y * (c::<T>(1.5)) > T::from(0.2).unwrap().powi(3) {
            continue;
        }
        let a9 = if i7 % 2 == 0 {
            ((c::<T>(0.5)) + (T::exp(-x[i7]) * ((-x[i7]).exp()))).ln_1p()
        } else {
            -(a8 / ((c::<T>(2.0)) + y.sin()))
        };
        m6 = m6 + ((u1 + a9).cos());
        m6 = (T::from(0.5).unwrap() * m6) + x[i7].sinh().cos();
    }
    let mut s10: T = c::<T>(1.0);
    for i11 in 0..x.len() {
        if p49(T::atan(u1), Float::atan(c::<T>(i11 as f64))) < c::<T>(-0.59) {
            break;
        }
        let a12 = s10.atan() * (c::<T>(0.79));
        let a13 = p97(x[i11], u1.cos(), c::<T>(-0.37));
        let mut s14: T = c::<T>(0.5);
        for &i15 in x.iter() {
            let a16 = ((x[i11].powi(2) * ((c::<T>(-1.39)).mul_add(c::<T>(1.11), a13))).round())
                * ((((c::<T>(ALPHA)) + w2) + x[i11].hypot((c::<T>(0.5)) + (x[i11] * x[i11])))
                    .atan());
            if i11 == 5 {
                m6 = m6.min(T::tanh(((c::<T>(0.39)).ceil()) * u1.atan()));
            } else {
                m6 = m6 - Float::tanh(c::<T>(i11 as f64)).exp().sin();
            }
            m6 = m6
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3))
                        * Float::sin(if i11 >= 3 {
                            x[i11]
                        } else {
                            (((c::<T>(0.9)) * T::tanh(a16).sin()).asin())
                                * T::cos(T::from(0.091).unwrap())
                        })));
            m6 = ((c::<T>(0.5)) * m6)
                + ((((c::<T>(1.1))
                    + (((c::<T>(1.0)) + ((c::<T>(1.808)) * (c::<T>(1.808))))
                        * (T::one() + (T::from(1.808).unwrap() * (c::<T>(1.808))))))
                .acosh())
                .cos());
            m6 = m6 / ((c::<T>(2.0)) + T::sin(x[i11]));
        }
        s14 = ((c::<T>(0.5)) * s14) + T::tanh(m6);
    }
    let (u17, w18) = ((c::<T>(ALPHA)) * x[5], a3.powi(3));
    (T::from(0.001).unwrap() * (((((w5 + m6) + s10) + u17) + w18) + x[5])).tanh()
}

fn p104_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = ((y / ((k::<D>(2.0)) + y.sin())) * p3_d(y, x[5]), y);
    let a3 = if (y * (k::<D>(std::f64::consts::E))).re() < (k::<D>(0.72)).re() {
        x[4] - w2
    } else {
        u1.atan().powi(1)
    };
    let (u4, w5) = (w2.exp().powi(0), k::<D>(0.372));
    let mut m6 = ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt();
    for i7 in 0..x.len() {
        let a8 = (((k::<D>(x[i7].re().ceil())) * u1.cos()) - u4) - w2.exp_m1();
        if (y * (k::<D>(1.5))).re() > ((k::<D>(0.2)).powi(3)).re() {
            continue;
        }
        let a9 = if i7 % 2 == 0 {
            ((k::<D>(0.5)) + (((-x[i7]).exp()) * ((-x[i7]).exp()))).ln_1p()
        } else {
            -(a8 / ((k::<D>(2.0)) + y.sin()))
        };
        m6 += (u1 + a9).cos();
        m6 = ((k::<D>(0.5)) * m6) + x[i7].sinh().cos();
    }
    let mut s10: D = k::<D>(1.0);
    for i11 in 0..x.len() {
        if p49_d(u1.atan(), (k::<D>(i11 as f64)).atan()).re() < (k::<D>(-0.59)).re() {
            break;
        }
        let a12 = s10.atan() * (k::<D>(0.79));
        let a13 = p97_d(x[i11], u1.cos(), k::<D>(-0.37));
        let mut s14: D = k::<D>(0.5);
        for &i15 in x.iter() {
            let a16 = (k::<D>(
                (x[i11].powi(2) * ((k::<D>(-1.39)) * (k::<D>(1.11)) + a13))
                    .re()
                    .round(),
            )) * ((((k::<D>(ALPHA)) + w2)
                + ((x[i11] * x[i11]
                    + ((k::<D>(0.5)) + (x[i11] * x[i11])) * ((k::<D>(0.5)) + (x[i11] * x[i11])))
                    .sqrt()))
            .atan());
            if i11 == 5 {
                m6 = dmin(
                    m6,
                    ((k::<D>((k::<D>(0.39)).re().ceil())) * u1.atan()).tanh(),
                );
            } else {
                m6 -= (((k::<D>(i11 as f64)).tanh()).exp()).sin();
            }
            m6 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((if i11 >= 3 {
                        x[i11]
                    } else {
                        (((k::<D>(0.9)) * a16.tanh().sin()).asin()) * ((k::<D>(0.091)).cos())
                    })
                    .sin()));
            m6 = ((k::<D>(0.5)) * m6)
                + ((((k::<D>(1.1))
                    + (((k::<D>(1.0)) + ((k::<D>(1.808)) * (k::<D>(1.808))))
                        * ((k::<D>(1.0)) + ((k::<D>(1.808)) * (k::<D>(1.808))))))
                .acosh())
                .cos());
            m6 /= (k::<D>(2.0)) + x[i11].sin();
        }
        s14 = ((k::<D>(0.5)) * s14) + m6.tanh();
    }
    let (u17, w18) = ((k::<D>(ALPHA)) * x[5], a3.powi(3));
    ((k::<D>(0.001)) * (((((w5 + m6) + s10) + u17) + w18) + x[5])).tanh()
}

#[differentiable]
fn p105(x0: f64, x1: f64) -> f64 {
    let mut m1: f64 = Float::cbrt(0.4.hypot(1.0));
    let a2 = Float::atan(x0.hypot(0.5 + (m1 * m1))).exp();
    let mut m3 = f64::recip(1.0 + ((-0.56) * (-0.56f64)));
    let mut m4 = BETA;
    (((x1 + m1) + a2) + m3) + m4
}

fn p105_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = (((k::<D>(0.4)) * (k::<D>(0.4)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt();
    let a2 = (((x0 * x0 + ((k::<D>(0.5)) + (m1 * m1)) * ((k::<D>(0.5)) + (m1 * m1))).sqrt())
        .atan())
    .exp();
    let mut m3 = ((k::<D>(1.0)) + ((k::<D>(-0.56)) * (k::<D>(-0.56)))).recip();
    let mut m4 = k::<D>(BETA);
    (((x1 + m1) + a2) + m3) + m4
}

#[differentiable]
fn p106(x: &[f64], nk: usize) -> f64 {
    let a1: f64 =
        ((0.9 * Float::tanh(x[0])).atanh()) / (2.0 + ((BETA.floor() * BETA.atan()).sin()));
    let mut s2 = 0.5f64;
    for &i3 in x.iter() {
        let mut m4: f64 = i3;
        let a1 = x[1];
        let (u5, w6) = (0.1f64, Float::tanh(x[5]));
        s2 /= 1.0 + (x[0].clamp(-0.45_f64, 0.11) * x[0].clamp(-0.45, 0.11));
        m4 += f64::sin(x[1].max(u5) * (-u5));
    }
    s2 *= 1.0 + (0.3 * f64::cos(((x[4] + s2).atan()).exp()));
    let mut s7 = 1.0;
    for &i8 in x.iter() {
        let a9 = s2.max(-x[1].atan());
        let mut m10 = x[4] - f64::sinh(-0.41);
        m10 = f64::tanh((0.7 * m10) + f64::cosh(m10.cos()));
    }
    if (0.9 * Float::sin(a1.atan())).atanh() < 0.58 {
        s2 *= 1.0 + (0.3 * Float::sin(core::f64::consts::PI));
    }
    ((a1 + s2) - s7) + x[3]
}

fn p106_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1: D = (((k::<D>(0.9)) * x[0].tanh()).atanh())
        / ((k::<D>(2.0))
            + (((k::<D>((k::<D>(BETA)).re().floor())) * ((k::<D>(BETA)).atan())).sin()));
    let mut s2 = k::<D>(0.5);
    for &i3 in x.iter() {
        let mut m4: D = i3;
        let a1 = x[1];
        let (u5, w6) = (k::<D>(0.1), x[5].tanh());
        s2 /= (k::<D>(1.0))
            + (dclamp(x[0], k::<D>(-0.45), k::<D>(0.11))
                * dclamp(x[0], k::<D>(-0.45), k::<D>(0.11)));
        m4 += (dmax(x[1], u5) * (-u5)).sin();
    }
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((x[4] + s2).atan()).exp()).cos()));
    let mut s7 = k::<D>(1.0);
    for &i8 in x.iter() {
        let a9 = dmax(s2, -x[1].atan());
        let mut m10 = x[4] - ((k::<D>(-0.41)).sinh());
        m10 = (((k::<D>(0.7)) * m10) + m10.cos().cosh()).tanh();
    }
    if (((k::<D>(0.9)) * a1.atan().sin()).atanh()).re() < (k::<D>(0.58)).re() {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(core::f64::consts::PI)).sin()));
    }
    ((a1 + s2) - s7) + x[3]
}

#[differentiable]
fn p107(x: &[f64]) -> f64 {
    let a1: f64 = (0.5
        + ((2.0f64 + std::f64::consts::E.sin()) * (2.0f64 + f64::sin(std::f64::consts::E))))
    .ln_1p();
    let a2 = if a1.powi(3) < x[0] {
        Float::exp((-1.02).tanh()).ln()
    } else {
        p49((a1 / (2.0 + ((-0.6).sin()))).atan(), x[3]).mul_add(
            f64::tanh(
                a1.atan2(0.5_f64 + (Float::ln(1.5 + a1.tanh()) * Float::ln(1.5 + a1.tanh()))),
            ),
            f64::tanh((1.0 + ((-1.9) * (-1.9_f64))).log((0.5 + (0.4 * a1.sin().sin())).exp()))
                .sin()
                .tan(),
        )
    };
    let a3 = if a2 > x[1] - (-1.295) {
        (-0.4) - a2
    } else {
        -x[3]
    };
    let (u4, w5) = (
        Float::exp_m1(Float::sinh(Float::atan(a3)).sin()),
        f64::mul_add(x[3], Float::atan(a2), a3),
    );
    let a6 = if p49(x[2], w5.cos()) > -0.04 {
        Float::exp(a1.cos()).powf(std::f64::consts::E.tanh())
    } else {
        x[1] - x[0]
    };
    ((((a2 + a3) + u4) * w5) + a6) - x[3]
}

fn p107_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(0.5))
        + (((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin()))
            * ((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin()))))
    .ln_1p();
    let a2 = if a1.powi(3).re() < x[0].re() {
        (((k::<D>(-1.02)).tanh()).exp()).ln()
    } else {
        (p49_d((a1 / ((k::<D>(2.0)) + ((k::<D>(-0.6)).sin()))).atan(), x[3])
            * datan2(
                a1,
                (k::<D>(0.5))
                    + ((((k::<D>(1.5)) + a1.tanh()).ln()) * (((k::<D>(1.5)) + a1.tanh()).ln())),
            )
            .tanh()
            + ((((((k::<D>(1.0)) + ((k::<D>(-1.9)) * (k::<D>(-1.9)))).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin().sin())).exp()).ln())
            .tanh())
            .sin())
            .tan()))
    };
    let a3 = if a2.re() > (x[1] - (k::<D>(-1.295))).re() {
        (k::<D>(-0.4)) - a2
    } else {
        -x[3]
    };
    let (u4, w5) = (a3.atan().sinh().sin().exp_m1(), (x[3] * a2.atan() + a3));
    let a6 = if p49_d(x[2], w5.cos()).re() > (k::<D>(-0.04)).re() {
        (((k::<D>(std::f64::consts::E)).tanh()) * a1.cos().exp().ln()).exp()
    } else {
        x[1] - x[0]
    };
    ((((a2 + a3) + u4) * w5) + a6) - x[3]
}

#[differentiable]
fn p108(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 2..4 {
        let mut m3 = 0.4;
        if x1.sinh() <= Float::asin(0.9f64 * Float::tanh(s1.sin())) {
            break;
        }
        s1 = (0.5 * s1) + s1.sin();
        s1 -= (x2 * x0).cos();
    }
    let a4 = (2.0_f64 + s1.sin()).log((0.5 + (0.4 * std::f64::consts::E.sin().sin())).exp());
    let mut s5: f64 = 0.5;
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        if i6 != 4 {
            continue;
        }
        s1 += (core::f64::consts::PI.atan().cosh() / (1.5 + x0.tanh())).sin();
        let a7 = (-1.25) + s1;
        s5 -= ((1.1 + ((2.0_f64 + Float::sin(x0)) * (2.0 + x0.sin()))).acosh()).atan();
    }
    for i8 in 0..2 {
        if i8 <= 1 {
            continue;
        }
        let (u9, w10) = (0.43, Float::atan2(s1, -(0.5 + ((x0 - a4) * (x0 - a4)))));
        s1 -= f64::atan(f64::powf(2.0 + u9.sin(), x0));
    }
    let (u11, w12) = (Float::atan(s5).sinh(), a4 + (-0.24));
    let (u13, w14) = (
        f64::atan(u11),
        f64::cos((u11 - a4) + s5.hypot(1.0).sqrt()).powi(3),
    );
    (((s5 + u11) + w12) + u13) + w14
}

fn p108_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 2..4 {
        let mut m3 = k::<D>(0.4);
        if x1.sinh().re() <= (((k::<D>(0.9)) * s1.sin().tanh()).asin()).re() {
            break;
        }
        s1 = ((k::<D>(0.5)) * s1) + s1.sin();
        s1 -= (x2 * x0).cos();
    }
    let a4 = (((k::<D>(2.0)) + s1.sin()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(std::f64::consts::E)).sin()).sin())))
            .exp())
        .ln());
    let mut s5: D = k::<D>(0.5);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        if i6 != 4 {
            continue;
        }
        s1 +=
            ((((k::<D>(core::f64::consts::PI)).atan()).cosh()) / ((k::<D>(1.5)) + x0.tanh())).sin();
        let a7 = (k::<D>(-1.25)) + s1;
        s5 -= (((k::<D>(1.1)) + (((k::<D>(2.0)) + x0.sin()) * ((k::<D>(2.0)) + x0.sin()))).acosh())
            .atan();
    }
    for i8 in 0..2 {
        if i8 <= 1 {
            continue;
        }
        let (u9, w10) = (
            k::<D>(0.43),
            datan2(s1, -((k::<D>(0.5)) + ((x0 - a4) * (x0 - a4)))),
        );
        s1 -= ((x0 * ((k::<D>(2.0)) + u9.sin()).ln()).exp()).atan();
    }
    let (u11, w12) = (s5.atan().sinh(), a4 + (k::<D>(-0.24)));
    let (u13, w14) = (
        u11.atan(),
        (((u11 - a4) + (((s5 * s5 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt())).cos()).powi(3),
    );
    (((s5 + u11) + w12) + u13) + w14
}

#[differentiable]
fn p109(x: [f64; 3]) -> f64 {
    let a1 = (-x[1]).exp();
    let mut m2 = f64::sin(a1.tanh()).tan();
    let a3: f64 = a1;
    let mut s4 = 0.5;
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        if x[2] + a3 > Float::round(ALPHA) * m2.cos() {
            m2 = (0.5 * m2) + ((x[2] + std::f64::consts::E).cos());
        } else {
            s4 += ((i5 as f64) + a1).atan();
        }
        let mut m6 = 0.959f64;
        m6 -= m6.sin();
        m2 -= m6.tanh();
    }
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8: f64 = a3;
        s4 = f64::max(s4, (-x[0].clamp(-1.0, 0.38)).atan());
        m2 += ((-0.486) + ((-0.029) + a1)).tanh();
    }
    (((a1 + m2) * a3) + s4) + x[1]
}

fn p109_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (-x[1]).exp();
    let mut m2 = a1.tanh().sin().tan();
    let a3: D = a1;
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        if (x[2] + a3).re() > ((k::<D>((k::<D>(ALPHA)).re().round())) * m2.cos()).re() {
            m2 = ((k::<D>(0.5)) * m2) + ((x[2] + (k::<D>(std::f64::consts::E))).cos());
        } else {
            s4 += ((k::<D>(i5 as f64)) + a1).atan();
        }
        let mut m6 = k::<D>(0.959);
        m6 -= m6.sin();
        m2 -= m6.tanh();
    }
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8: D = a3;
        s4 = dmax(s4, (-dclamp(x[0], k::<D>(-1.0), k::<D>(0.38))).atan());
        m2 += ((k::<D>(-0.486)) + ((k::<D>(-0.029)) + a1)).tanh();
    }
    (((a1 + m2) * a3) + s4) + x[1]
}

#[differentiable]
fn p110<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 0..3 {
        let mut s3 = c::<T>(0.5);
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            let a5: T = Float::cos(c::<T>(W[i2]));
            let a6 = s3;
            s1 *= T::one() + ((c::<T>(0.3)) * x1.exp().cos());
        }
        let a7 = T::from(-0.5).unwrap();
        let mut m8: T = if !(s3 < c::<T>(i2 as f64)) {
            c::<T>(V[i2])
        } else {
            x1
        };
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * (((((c::<T>(core::f64::consts::PI)) * x0).atan()).exp()).cos()));
    }
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let mut m10: T = ((c::<T>(0.9))
            * T::atan((((c::<T>(-1.8)).powi(3)).tanh()).mul_add(
                (c::<T>(std::f64::consts::E)).cos(),
                x1 / x1.hypot(c::<T>(1.0)),
            ))
            .sin())
        .acos();
        let a12 = {
            let t11 = T::ln(s1.atan().exp())
                * T::acosh((c::<T>(1.1)) + (Float::sin(s1).cosh() * s1.sin().cosh()));
            p100(
                (if x1 < c::<T>(0.14) { s1 } else { x0 }).sin(),
                Float::log2((c::<T>(1.5)) + T::from(-1.748).unwrap().tanh()).atan(),
                c::<T>(0.9),
            )
        };
        if i9 > 0 {
            continue;
        }
        s1 *= (c::<T>(1.0))
            + (T::from(0.3).unwrap() * (((c::<T>(core::f64::consts::PI)) - m10).sin()));
    }
    let mut s13 = c::<T>(0.5);
    for i14 in 0..=2 {
        s13 = ((c::<T>(0.5)) * s13) + ((if i14 < 0 { s1 - x0 } else { x1.cosh() }).cos());
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * ((s1 / ((c::<T>(1.0)) + (s13.cos() * Float::cos(s13)))).sin()));
        s1 -= T::cos(x1);
    }
    let (u15, w16) = (
        if !(x0 <= c::<T>(-0.09)) {
            T::from(-1.736).unwrap()
        } else {
            x0
        },
        -x1,
    );
    let a17 = (((c::<T>(1.5)) + s13.tanh()).powi(0)) / T::exp(Float::cos(Float::min(x0, s13)));
    let a18 = x0.sin();
    (((s13 + u15) + w16) + a17) + a18
}

fn p110_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..3 {
        let mut s3 = k::<D>(0.5);
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            let a5: D = (k::<D>(W[i2])).cos();
            let a6 = s3;
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.exp().cos());
        }
        let a7 = k::<D>(-0.5);
        let mut m8: D = if !(s3.re() < (k::<D>(i2 as f64)).re()) {
            k::<D>(V[i2])
        } else {
            x1
        };
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((k::<D>(core::f64::consts::PI)) * x0).atan()).exp()).cos()));
    }
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let mut m10: D = ((k::<D>(0.9))
            * ((((((k::<D>(-1.8)).powi(3)).tanh()) * ((k::<D>(std::f64::consts::E)).cos())
                + (x1 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .atan())
            .sin()))
        .acos();
        let a12 = {
            let t11 = s1.atan().exp().ln()
                * (((k::<D>(1.1)) + (s1.sin().cosh() * s1.sin().cosh())).acosh());
            p100_d(
                (if x1.re() < (k::<D>(0.14)).re() {
                    s1
                } else {
                    x0
                })
                .sin(),
                (((k::<D>(1.5)) + ((k::<D>(-1.748)).tanh())).log2()).atan(),
                k::<D>(0.9),
            )
        };
        if i9 > 0 {
            continue;
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(core::f64::consts::PI)) - m10).sin()));
    }
    let mut s13 = k::<D>(0.5);
    for i14 in 0..=2 {
        s13 = ((k::<D>(0.5)) * s13) + ((if i14 < 0 { s1 - x0 } else { x1.cosh() }).cos());
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((s1 / ((k::<D>(1.0)) + (s13.cos() * s13.cos()))).sin()));
        s1 -= x1.cos();
    }
    let (u15, w16) = (
        if !(x0.re() <= (k::<D>(-0.09)).re()) {
            k::<D>(-1.736)
        } else {
            x0
        },
        -x1,
    );
    let a17 = (((k::<D>(1.5)) + s13.tanh()).powi(0)) / dmin(x0, s13).cos().exp();
    let a18 = x0.sin();
    (((s13 + u15) + w16) + a17) + a18
}

#[differentiable]
fn p111(x0: f64, x1: f64) -> f64 {
    let mut m1 = 1.607;
    m1 = ((0.7_f64 * m1) + ((1.0 + ((m1 * x1) * (m1 * x1))).sqrt())).tanh();
    let mut s2: f64 = 0.0;
    for i3 in 2..3 {
        let a4 = s2;
        if i3 == 1 {
            continue;
        }
        let (u5, w6) = (
            ((-1.1f64) - x0) - (x0 / m1.tanh().cosh()),
            f64::asin(0.9f64 * m1.cos().tanh()),
        );
        let mut m7 = Float::cos(u5).cosh() * (-(s2.sin() * (i3 as f64)));
        m7 *= 1.0 + (0.3 * m1.tanh().powi(3).atan().mul_add(a4.cos(), s2).sin());
    }
    let a8 = x1;
    let mut s9: f64 = 0.0;
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        if s2.tanh() * x1 < 0.98 {
            continue;
        }
        let mut s11: f64 = 0.5;
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let a13 = 1.84.min(0.7_f64);
            if i12 % 2 == 1 {
                s11 *= 1.0
                    + (0.3
                        * s9.atan2(
                            -(0.5
                                + (f64::atan((0.9 * core::f64::consts::PI.tanh().tanh()).acos())
                                    .mul_add(
                                        Float::cos(ALPHA).cosh().powf(V[i10].sin()).tanh(),
                                        s2.sin() * m1.atan(),
                                    )
                                    * f64::atan(
                                        (0.9 * core::f64::consts::PI.tanh().tanh()).acos(),
                                    )
                                    .mul_add(
                                        f64::powf(ALPHA.cos().cosh(), V[i10].sin()).tanh(),
                                        s2.sin() * m1.atan(),
                                    ))),
                        )
                        .sin());
            }
            s2 -= (s11.atan() * a8).atan();
            s2 = ((0.7 * s2) + p89(x0, W[i12].cos())).cos();
        }
        let (u14, w15) = (
            a8,
            Float::acosh(1.1 + ((1.0 + (1.4 * 1.4)) * (1.0 + (1.4 * 1.4)))),
        );
        let u14 =
            (((w15 / ((-0.58).exp())).tanh()) * m1.tanh().mul_add(m1.atan(), x1)) * f64::asinh(s11);
        s11 = (0.5_f64 * s11) + f64::sin(x0.atan2(-(0.5_f64 + (m1 * m1))));
        s9 += f64::atan(a8).atan();
    }
    f64::tanh(0.001_f64 * ((((x1 + m1) + s2) + a8) + s9))
}

fn p111_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = k::<D>(1.607);
    m1 = (((k::<D>(0.7)) * m1) + (((k::<D>(1.0)) + ((m1 * x1) * (m1 * x1))).sqrt())).tanh();
    let mut s2: D = k::<D>(0.0);
    for i3 in 2..3 {
        let a4 = s2;
        if i3 == 1 {
            continue;
        }
        let (u5, w6) = (
            ((k::<D>(-1.1)) - x0) - (x0 / m1.tanh().cosh()),
            ((k::<D>(0.9)) * m1.cos().tanh()).asin(),
        );
        let mut m7 = u5.cos().cosh() * (-(s2.sin() * (k::<D>(i3 as f64))));
        m7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((m1.tanh().powi(3).atan() * a4.cos() + s2).sin()));
    }
    let a8 = x1;
    let mut s9: D = k::<D>(0.0);
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        if (s2.tanh() * x1).re() < (k::<D>(0.98)).re() {
            continue;
        }
        let mut s11: D = k::<D>(0.5);
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let a13 = dmin(k::<D>(1.84), k::<D>(0.7));
            if i12 % 2 == 1 {
                s11 *= (k::<D>(1.0))
                    + ((k::<D>(0.3))
                        * datan2(
                            s9,
                            -((k::<D>(0.5))
                                + ((((((k::<D>(0.9))
                                    * (((k::<D>(core::f64::consts::PI)).tanh()).tanh()))
                                .acos())
                                .atan())
                                    * (((((k::<D>(V[i10])).sin())
                                        * (((k::<D>(ALPHA)).cos()).cosh()).ln())
                                    .exp())
                                    .tanh())
                                    + (s2.sin() * m1.atan()))
                                    * (((((k::<D>(0.9))
                                        * (((k::<D>(core::f64::consts::PI)).tanh()).tanh()))
                                    .acos())
                                    .atan())
                                        * (((((k::<D>(V[i10])).sin())
                                            * (((k::<D>(ALPHA)).cos()).cosh()).ln())
                                        .exp())
                                        .tanh())
                                        + (s2.sin() * m1.atan())))),
                        )
                        .sin());
            }
            s2 -= (s11.atan() * a8).atan();
            s2 = (((k::<D>(0.7)) * s2) + p89_d(x0, (k::<D>(W[i12])).cos())).cos();
        }
        let (u14, w15) = (
            a8,
            ((k::<D>(1.1))
                + (((k::<D>(1.0)) + ((k::<D>(1.4)) * (k::<D>(1.4))))
                    * ((k::<D>(1.0)) + ((k::<D>(1.4)) * (k::<D>(1.4))))))
            .acosh(),
        );
        let u14 =
            (((w15 / ((k::<D>(-0.58)).exp())).tanh()) * (m1.tanh() * m1.atan() + x1)) * s11.asinh();
        s11 = ((k::<D>(0.5)) * s11) + datan2(x0, -((k::<D>(0.5)) + (m1 * m1))).sin();
        s9 += a8.atan().atan();
    }
    ((k::<D>(0.001)) * ((((x1 + m1) + s2) + a8) + s9)).tanh()
}

#[differentiable]
fn p112<T: Float>(x: &[T], y: T) -> T {
    let a2 = if y - y > {
        let t1 = c::<T>(std::f64::consts::E);
        c::<T>(1.81)
    } {
        (y * x[4]) + y.tanh()
    } else {
        ((c::<T>(1.1))
            + (T::cosh(x[0]).hypot(c::<T>(1.0)) * Float::hypot(x[0].cosh(), c::<T>(1.0))))
        .acosh()
    };
    let mut m3 = (((c::<T>(-1.11)) * (c::<T>(ALPHA)))
        .hypot((c::<T>(0.5)) + ((x[2] * x[0]) * (x[2] * x[0]))))
        - (((c::<T>(1.0)) + ((x[4] + (c::<T>(1.7))) * (x[4] + (c::<T>(1.7))))).sqrt());
    let a2 = ((((c::<T>(1.0)) + ((c::<T>(-0.054)) * (c::<T>(-0.054)))).log10())
        / ((c::<T>(1.0)) + ((x[1] * x[3]) * (x[1] * x[3]))))
        - a2;
    let (u4, w5) = (
        c::<T>(0.1),
        Float::atanh((c::<T>(0.9)) * Float::sin(T::cos(a2)))
            + ((y - x[1]) - ((c::<T>(0.423)) + x[0])),
    );
    if T::tanh(u4) > u4 / T::cosh(c::<T>(-1.0)) {
        m3 = m3 + y;
    } else {
        m3 = m3 + x[2];
    }
    for i6 in 2..6 {
        if m3 < (c::<T>(1.379)) + x[2] {
            continue;
        }
        let a7 = if i6 > 4 {
            a2.asinh().asinh()
        } else {
            (x[4] * a2) - (((c::<T>(1.0)) + ((c::<T>(-0.4)) * (c::<T>(-0.4)))).log10())
        };
        let a7: T = T::cosh(x[4]);
        m3 = m3 + Float::atan(Float::min(x[3].sinh(), w5));
        m3 = T::sin(
            (T::from(0.7).unwrap() * m3)
                + ((T::from(2.0).unwrap() + T::tanh(c::<T>(0.0)).sin()).log(Float::exp(
                    (c::<T>(0.5))
                        + ((c::<T>(0.4))
                            * T::sin(T::atan(((c::<T>(0.9)) * w5.cos().tanh()).atanh()))),
                ))),
        );
    }
    ((((y - m3) + a2) + u4) + w5) + x[2]
}

fn p112_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a2 = if (y - y).re()
        > ({
            let t1 = k::<D>(std::f64::consts::E);
            k::<D>(1.81)
        })
        .re()
    {
        (y * x[4]) + y.tanh()
    } else {
        ((k::<D>(1.1))
            + (((x[0].cosh() * x[0].cosh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((x[0].cosh() * x[0].cosh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh()
    };
    let mut m3 = ((((k::<D>(-1.11)) * (k::<D>(ALPHA))) * ((k::<D>(-1.11)) * (k::<D>(ALPHA)))
        + ((k::<D>(0.5)) + ((x[2] * x[0]) * (x[2] * x[0])))
            * ((k::<D>(0.5)) + ((x[2] * x[0]) * (x[2] * x[0]))))
        .sqrt())
        - (((k::<D>(1.0)) + ((x[4] + (k::<D>(1.7))) * (x[4] + (k::<D>(1.7))))).sqrt());
    let a2 = ((((k::<D>(1.0)) + ((k::<D>(-0.054)) * (k::<D>(-0.054)))).log10())
        / ((k::<D>(1.0)) + ((x[1] * x[3]) * (x[1] * x[3]))))
        - a2;
    let (u4, w5) = (
        k::<D>(0.1),
        (((k::<D>(0.9)) * a2.cos().sin()).atanh()) + ((y - x[1]) - ((k::<D>(0.423)) + x[0])),
    );
    if u4.tanh().re() > (u4 / ((k::<D>(-1.0)).cosh())).re() {
        m3 += y;
    } else {
        m3 += x[2];
    }
    for i6 in 2..6 {
        if m3.re() < ((k::<D>(1.379)) + x[2]).re() {
            continue;
        }
        let a7 = if i6 > 4 {
            a2.asinh().asinh()
        } else {
            (x[4] * a2) - (((k::<D>(1.0)) + ((k::<D>(-0.4)) * (k::<D>(-0.4)))).log10())
        };
        let a7: D = x[4].cosh();
        m3 += dmin(x[3].sinh(), w5).atan();
        m3 = (((k::<D>(0.7)) * m3)
            + (((k::<D>(2.0)) + (((k::<D>(0.0)).tanh()).sin())).ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4))
                        * (((((k::<D>(0.9)) * w5.cos().tanh()).atanh()).atan()).sin())))
                .exp())
                .ln()))
        .sin();
    }
    ((((y - m3) + a2) + u4) + w5) + x[2]
}

#[differentiable]
fn p113<T>(x: &[T]) -> T
where
    T: Float,
{
    let a1: T = x[3];
    let mut s2 = c::<T>(0.5);
    for i3 in 1..2 {
        let a4: T = s2;
        let a5 = s2
            .sin()
            .exp()
            .sqrt()
            .clamp(c::<T>(-0.99), T::from(1.11).unwrap());
        s2 = ((c::<T>(0.5)) * s2) + Float::sin(Float::acos(T::from(0.9).unwrap() * a1.sin()));
    }
    if c::<T>(1.684) <= c::<T>(-0.72) {
        return a1;
    }
    for i6 in 0..x.len() {
        let mut s7: T = T::zero();
        for i8 in x {
            let a9 = ((c::<T>(0.9))
                * ((((T::from(0.85).unwrap() + s7) - (((c::<T>(2.0)) + ((*i8).sin())).ln()))
                    .tanh())
                .tanh()))
            .acos();
            s2 = s2 * (T::one() + ((c::<T>(0.3)) * a1.sin()));
            s7 = s7.min(((T::from(1.5).unwrap() + ((x[i6] + (*i8)).tanh())).powi(-2)).sin());
        }
        if (c::<T>(-0.1)) / ((c::<T>(1.5)) + T::tanh(c::<T>(i6 as f64)))
            > T::ceil(x[i6]) * (c::<T>(-0.4))
        {
            continue;
        }
        s7 = s7 / ((c::<T>(1.0)) + (x[i6] * x[i6]));
    }
    let a10 = s2;
    Float::tanh((c::<T>(0.001)) * (((a1 * s2) + a10) * x[3]))
}

fn p113_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[3];
    let mut s2 = k::<D>(0.5);
    for i3 in 1..2 {
        let a4: D = s2;
        let a5 = dclamp(s2.sin().exp().sqrt(), k::<D>(-0.99), k::<D>(1.11));
        s2 = ((k::<D>(0.5)) * s2) + ((((k::<D>(0.9)) * a1.sin()).acos()).sin());
    }
    if (k::<D>(1.684)).re() <= (k::<D>(-0.72)).re() {
        return a1;
    }
    for i6 in 0..x.len() {
        let mut s7: D = k::<D>(0.0);
        for i8 in x {
            let a9 = ((k::<D>(0.9))
                * (((((k::<D>(0.85)) + s7) - (((k::<D>(2.0)) + ((*i8).sin())).ln())).tanh())
                    .tanh()))
            .acos();
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
            s7 = dmin(
                s7,
                (((k::<D>(1.5)) + ((x[i6] + (*i8)).tanh())).powi(-2)).sin(),
            );
        }
        if ((k::<D>(-0.1)) / ((k::<D>(1.5)) + ((k::<D>(i6 as f64)).tanh()))).re()
            > ((k::<D>(x[i6].re().ceil())) * (k::<D>(-0.4))).re()
        {
            continue;
        }
        s7 /= (k::<D>(1.0)) + (x[i6] * x[i6]);
    }
    let a10 = s2;
    ((k::<D>(0.001)) * (((a1 * s2) + a10) * x[3])).tanh()
}

#[differentiable]
fn p114(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 1.0f64;
    for i2 in 0..4 {
        if x2.sin() * f64::cos(s1) >= ((-1.331f64).sin()).tan() {
            break;
        }
        for i3 in 1..4 {
            s1 = (0.5_f64 * s1)
                + ((((core::f64::consts::PI * x2) - x1) * (x0 / (2.0 + f64::sin(x1 + x2)))).atan());
            let a4 = f64::log(x0.hypot(1.0), (0.5 + (0.4 * W[i2].atan().sin())).exp())
                * f64::ln_1p(0.5 + ((1.5 + x0.tanh()) * (1.5_f64 + x0.tanh())));
            s1 += x2.atan();
            if s1.sin() * x2 >= ((i3 as f64).ceil()) * x0 {
                continue;
            }
        }
        let a5 = s1;
        let mut m6 = x2;
        s1 = (0.5f64 * s1) + f64::clamp(W[i2], -0.1, 1.39).sin();
    }
    let (u7, w8) = (1.29_f64, f64::exp_m1(x2) + x1);
    let mut s9 = 0.0;
    for i10 in 1..4 {
        let mut s11 = 1.0;
        for i12 in 1..=5 {
            if i12 % 2 == 1 {
                continue;
            }
            let a13: f64 = u7.powi(3) - x0.cosh();
            s1 -= (w8 * x2).cos();
        }
        let mut m14 = u7.asinh().hypot(0.5 + (s1 * s1)).tanh().mul_add(
            f64::clamp(x2 - (i10 as f64), -0.1, 1.0),
            (0.9 * Float::sin(f64::sinh(0.6).tanh())).atanh(),
        );
        let a15 = x1 + x0;
        s11 = (0.5 * s11) + s1.atan();
        s9 -= (-((2.0_f64 + x2.sin()).sqrt())).atan();
    }
    let mut s16 = 0.5;
    let mut i17 = 0;
    while i17 < 3 {
        i17 += 1;
        if i17 > 0 {
            continue;
        }
        if 0.44 >= V[i17] + s1 {
            s9 = (0.5 * s9) + ((0.88 * 0.4).sin());
        }
        s1 = s1.min(f64::exp(x1.atan()).sqrt().atan());
        let a19 = {
            let t18 = x0 + s9;
            u7 - x0
        };
        s1 *= 1.0 + (0.3 * ((1.5 + f64::tanh(a19)).cos()));
        s16 = s16.max(f64::clamp(s16 + s16, -0.44, 1.33f64).tanh());
    }
    let (u20, w21) = (f64::atan(s9) * (-0.4), x2.abs());
    let mut m22 = (1.0_f64
        + (f64::sin((0.03 + 1.34) + std::f64::consts::E.atan().exp())
            * (((0.03 + 1.34) + std::f64::consts::E.atan().exp()).sin())))
    .powi(-1);
    (0.001 * ((((s9 + s16) + u20) + w21) * m22)).tanh()
}

fn p114_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 0..4 {
        if (x2.sin() * s1.cos()).re() >= (((k::<D>(-1.331)).sin()).tan()).re() {
            break;
        }
        for i3 in 1..4 {
            s1 = ((k::<D>(0.5)) * s1)
                + (((((k::<D>(core::f64::consts::PI)) * x2) - x1)
                    * (x0 / ((k::<D>(2.0)) + ((x1 + x2).sin()))))
                .atan());
            let a4 = (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(W[i2])).atan()).sin()))).exp())
                    .ln())
                * (((k::<D>(0.5)) + (((k::<D>(1.5)) + x0.tanh()) * ((k::<D>(1.5)) + x0.tanh())))
                    .ln_1p());
            s1 += x2.atan();
            if (s1.sin() * x2).re() >= ((k::<D>((k::<D>(i3 as f64)).re().ceil())) * x0).re() {
                continue;
            }
        }
        let a5 = s1;
        let mut m6 = x2;
        s1 = ((k::<D>(0.5)) * s1) + dclamp(k::<D>(W[i2]), k::<D>(-0.1), k::<D>(1.39)).sin();
    }
    let (u7, w8) = (k::<D>(1.29), x2.exp_m1() + x1);
    let mut s9 = k::<D>(0.0);
    for i10 in 1..4 {
        let mut s11 = k::<D>(1.0);
        for i12 in 1..=5 {
            if i12 % 2 == 1 {
                continue;
            }
            let a13: D = u7.powi(3) - x0.cosh();
            s1 -= (w8 * x2).cos();
        }
        let mut m14 = ((((u7.asinh() * u7.asinh()
            + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1)))
            .sqrt())
        .tanh())
            * dclamp(x2 - (k::<D>(i10 as f64)), k::<D>(-0.1), k::<D>(1.0))
            + (((k::<D>(0.9)) * ((((k::<D>(0.6)).sinh()).tanh()).sin())).atanh()));
        let a15 = x1 + x0;
        s11 = ((k::<D>(0.5)) * s11) + s1.atan();
        s9 -= (-(((k::<D>(2.0)) + x2.sin()).sqrt())).atan();
    }
    let mut s16 = k::<D>(0.5);
    let mut i17 = 0;
    while i17 < 3 {
        i17 += 1;
        if i17 > 0 {
            continue;
        }
        if (k::<D>(0.44)).re() >= ((k::<D>(V[i17])) + s1).re() {
            s9 = ((k::<D>(0.5)) * s9) + (((k::<D>(0.88)) * (k::<D>(0.4))).sin());
        }
        s1 = dmin(s1, x1.atan().exp().sqrt().atan());
        let a19 = {
            let t18 = x0 + s9;
            u7 - x0
        };
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a19.tanh()).cos()));
        s16 = dmax(s16, dclamp(s16 + s16, k::<D>(-0.44), k::<D>(1.33)).tanh());
    }
    let (u20, w21) = (s9.atan() * (k::<D>(-0.4)), x2.abs());
    let mut m22 = ((k::<D>(1.0))
        + (((((k::<D>(0.03)) + (k::<D>(1.34))) + (((k::<D>(std::f64::consts::E)).atan()).exp()))
            .sin())
            * ((((k::<D>(0.03)) + (k::<D>(1.34)))
                + (((k::<D>(std::f64::consts::E)).atan()).exp()))
            .sin())))
    .powi(-1);
    ((k::<D>(0.001)) * ((((s9 + s16) + u20) + w21) * m22)).tanh()
}

#[differentiable]
fn p115<T: Float>(x: [T; 5], nk: usize) -> T {
    let a1: T = Float::log10(
        (c::<T>(2.0))
            + p97(
                Float::cos(c::<T>(BETA)),
                x[1],
                T::mul_add(x[0], (c::<T>(std::f64::consts::E)).atan(), c::<T>(BETA)).cos(),
            )
            .sin(),
    );
    let a2 = if a1 >= c::<T>(-0.16) {
        a1.clamp(T::from(-0.53).unwrap(), c::<T>(0.23))
            / Float::sin(T::ln(((c::<T>(-0.2)) * a1).exp())).exp()
    } else {
        c::<T>(1.3)
    };
    let mut m3 = (c::<T>(-1.148)) - x[3];
    let a4 = (if T::from(-0.05).unwrap() <= c::<T>(-1.8) || m3 <= c::<T>(0.93) {
        x[4]
    } else {
        c::<T>(-0.4)
    }) - (a2 - a2);
    for i5 in 0..x.len() / 2 {
        m3 = m3
            - Float::atan(
                T::exp2(x[2 * i5 + 1]).atan()
                    * ((m3 / (T::from(1.5).unwrap() + ((c::<T>(1.99)).tanh()))).sin()),
            );
        if a1 + (c::<T>(i5 as f64)) > (c::<T>(V[i5])) - a2 {
            break;
        }
        let (u6, w7) = (
            Float::atan2(m3, T::from(0.5).unwrap() + (a2 * a2)),
            T::exp2(Float::cos(a1)),
        );
        m3 = (((c::<T>(0.7)) * m3) + (((c::<T>(1.5)) + ((u6 - a4).tanh())).powf(a2.sin().tanh())))
            .atan();
        m3 = m3 * ((c::<T>(1.0)) + (T::from(0.3).unwrap() * Float::sin(x[2 * i5])));
    }
    for &i8 in x.iter() {
        let mut m9 = x[3];
        m9 = m9
            * ((c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * T::sin({
                        let t10 = i8 + (c::<T>(0.92));
                        ((c::<T>(0.9)) * (((c::<T>(core::f64::consts::PI)).sin()).tanh())).atanh()
                    })));
    }
    (((a1 + a2) - m3) * a4) + x[1]
}

fn p115_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1: D = ((k::<D>(2.0))
        + p97_d(
            (k::<D>(BETA)).cos(),
            x[1],
            (x[0] * ((k::<D>(std::f64::consts::E)).atan()) + (k::<D>(BETA))).cos(),
        )
        .sin())
    .log10();
    let a2 = if a1.re() >= (k::<D>(-0.16)).re() {
        dclamp(a1, k::<D>(-0.53), k::<D>(0.23))
            / ((((((k::<D>(-0.2)) * a1).exp()).ln()).sin()).exp())
    } else {
        k::<D>(1.3)
    };
    let mut m3 = (k::<D>(-1.148)) - x[3];
    let a4 = (if (k::<D>(-0.05)).re() <= (k::<D>(-1.8)).re() || m3.re() <= (k::<D>(0.93)).re() {
        x[4]
    } else {
        k::<D>(-0.4)
    }) - (a2 - a2);
    for i5 in 0..x.len() / 2 {
        m3 -= (x[2 * i5 + 1].exp2().atan()
            * ((m3 / ((k::<D>(1.5)) + ((k::<D>(1.99)).tanh()))).sin()))
        .atan();
        if (a1 + (k::<D>(i5 as f64))).re() > ((k::<D>(V[i5])) - a2).re() {
            break;
        }
        let (u6, w7) = (datan2(m3, (k::<D>(0.5)) + (a2 * a2)), a1.cos().exp2());
        m3 = (((k::<D>(0.7)) * m3)
            + ((a2.sin().tanh() * ((k::<D>(1.5)) + ((u6 - a4).tanh())).ln()).exp()))
        .atan();
        m3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[2 * i5].sin());
    }
    for &i8 in x.iter() {
        let mut m9 = x[3];
        m9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (({
                    let t10 = i8 + (k::<D>(0.92));
                    ((k::<D>(0.9)) * (((k::<D>(core::f64::consts::PI)).sin()).tanh())).atanh()
                })
                .sin()));
    }
    (((a1 + a2) - m3) * a4) + x[1]
}

#[differentiable]
fn p116(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (x0, Float::tanh(x1) + 1.3.cos());
    let a3: f64 =
        (2.0 + f64::sin(f64::powf(Float::hypot(-0.5_f64, 1.0_f64), f64::sin(w2)).asinh())).cbrt();
    let a4 = core::f64::consts::PI.sin();
    let a5: f64 = (1.1 + ((1.0 + (u1 * u1)) * (1.0 + (u1 * u1)))).acosh();
    let mut s6 = 0.0;
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        s6 *= 1.0_f64 + (0.3 * f64::hypot(x1, 0.5 + (x0 * x0)).sin());
        s6 = f64::min(s6, f64::sin(w2 * a4));
    }
    (((w2 + a3) + a4) + a5) - s6
}

fn p116_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x0, x1.tanh() + ((k::<D>(1.3)).cos()));
    let a3: D = ((k::<D>(2.0))
        + ((((w2.sin()
            * (((k::<D>(-0.5)) * (k::<D>(-0.5)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
        .exp())
        .asinh())
        .sin()))
    .cbrt();
    let a4 = (k::<D>(core::f64::consts::PI)).sin();
    let a5: D =
        ((k::<D>(1.1)) + (((k::<D>(1.0)) + (u1 * u1)) * ((k::<D>(1.0)) + (u1 * u1)))).acosh();
    let mut s6 = k::<D>(0.0);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        s6 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((x1 * x1 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt())
                    .sin()));
        s6 = dmin(s6, (w2 * a4).sin());
    }
    (((w2 + a3) + a4) + a5) - s6
}

#[differentiable]
fn p117(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut m1 = x0 / (2.0 + ((-2.0_f64).sin()));
    let (u2, w3) = (
        (0.5 + ((1.0f64 + (x2 * x2)) * (1.0 + (x2 * x2)))).ln_1p(),
        -0.862_f64,
    );
    if x2 - x2 >= std::f64::consts::E - 0.2 {
        return u2.asinh() - m1;
    }
    let mut s4: f64 = 0.0;
    for i5 in 0..nk {
        let a6 = (x2 / (2.0 + Float::sin(w3))) * (Float::cos(s4) * BETA);
        m1 *= 1.0 + (0.3f64 * u2.sin());
        let (u7, w8) = ((2.0 + x0.sin()).powf(-1.1), x2 * x2);
        m1 = (0.5_f64 * m1) + (((if (i5 as f64) > x2 { (i5 as f64) } else { x1 }).cos()).tanh());
        m1 = (0.5 * m1) + f64::tanh((s4 / x0.exp()) - f64::exp_m1(u2.sin()));
    }
    (((x2 + m1) + u2) + w3) + s4
}

fn p117_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut m1 = x0 / ((k::<D>(2.0)) + ((k::<D>(-2.0)).sin()));
    let (u2, w3) = (
        ((k::<D>(0.5)) + (((k::<D>(1.0)) + (x2 * x2)) * ((k::<D>(1.0)) + (x2 * x2)))).ln_1p(),
        k::<D>(-0.862),
    );
    if (x2 - x2).re() >= ((k::<D>(std::f64::consts::E)) - (k::<D>(0.2))).re() {
        return u2.asinh() - m1;
    }
    let mut s4: D = k::<D>(0.0);
    for i5 in 0..nk {
        let a6 = (x2 / ((k::<D>(2.0)) + w3.sin())) * (s4.cos() * (k::<D>(BETA)));
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u2.sin());
        let (u7, w8) = (
            ((k::<D>(-1.1)) * ((k::<D>(2.0)) + x0.sin()).ln()).exp(),
            x2 * x2,
        );
        m1 = ((k::<D>(0.5)) * m1)
            + (((if (k::<D>(i5 as f64)).re() > x2.re() {
                k::<D>(i5 as f64)
            } else {
                x1
            })
            .cos())
            .tanh());
        m1 = ((k::<D>(0.5)) * m1) + (((s4 / x0.exp()) - u2.sin().exp_m1()).tanh());
    }
    (((x2 + m1) + u2) + w3) + s4
}

#[differentiable]
fn p118(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1 = f64::hypot(
        (1.5_f64 + f64::tanh(0.08f64)).powf(-1.3f64),
        0.5 + ((std::f64::consts::E + x1) * (std::f64::consts::E + x1)),
    );
    let mut m2 = x1;
    for i3 in 0..3 {
        let a4 = m1;
        m2 *= 1.0 + (0.3 * m2.sin());
        if i3 > 1 {
            break;
        }
        m1 *= 1.0_f64 + (0.3 * x1.exp().cos());
    }
    (((x0 - x1) + x2) + m1) + m2
}

fn p118_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = ((((k::<D>(-1.3)) * ((k::<D>(1.5)) + ((k::<D>(0.08)).tanh())).ln()).exp())
        * (((k::<D>(-1.3)) * ((k::<D>(1.5)) + ((k::<D>(0.08)).tanh())).ln()).exp())
        + ((k::<D>(0.5))
            + (((k::<D>(std::f64::consts::E)) + x1) * ((k::<D>(std::f64::consts::E)) + x1)))
            * ((k::<D>(0.5))
                + (((k::<D>(std::f64::consts::E)) + x1) * ((k::<D>(std::f64::consts::E)) + x1))))
        .sqrt();
    let mut m2 = x1;
    for i3 in 0..3 {
        let a4 = m1;
        m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m2.sin());
        if i3 > 1 {
            break;
        }
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.exp().cos());
    }
    (((x0 - x1) + x2) + m1) + m2
}

#[differentiable]
fn p119(x: &[f64]) -> f64 {
    let a1 = ((-0.09).hypot(1.0)).powi(-1);
    let mut s2: f64 = 0.5;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        s2 = (0.5 * s2) + f64::sin(a1);
        s2 = ((0.7 * s2) + (f64::ceil(p114(x[2], x[2], x[2])) * (-0.874))).tanh();
    }
    for i4 in 1..=5 {
        let mut s5: f64 = 0.5f64;
        for i6 in 0..=4 {
            let a7 = 0.4;
            s2 += s2.sin().mul_add(a1, x[1]).tanh();
        }
        let a8 = s2.atan().powi(2);
        s2 *= 1.0 + (0.3_f64 * ((a8 / (1.0f64 + (s5.atan() * s5.atan()))).sin()));
        s5 = ((0.7 * s5) + (s5 - p103(x[1], s5.sin()))).cos();
    }
    let mut s9 = 0.5;
    for i10 in 1..x.len() {
        let mut s11: f64 = 1.0_f64;
        for i12 in 1..x.len() {
            s11 = f64::tanh((0.7 * s11) + x[i12 - 1]);
            s2 = (0.5 * s2) + f64::sin((if s11 < V[i10] { s9 } else { s9 }) / (2.0 + s2.sin()));
        }
        if f64::powi(s2.sin(), 3) >= a1 / (2.0_f64 + s2.sin()) || a1 < -0.9 {
            s9 -= (f64::cos(((i10 as f64).sin()) * s2.sin())
                * (((x[i10] - x[i10 - 1]) * ((2.0_f64 + x[i10 - 1].sin()).powf(x[i10]))).cos()))
            .sin();
        } else {
            s11 /= 1.0
                + (((1.0 + (x[i10 - 1] * x[i10 - 1])).cbrt())
                    * ((1.0 + (x[i10 - 1] * x[i10 - 1])).cbrt()));
        }
        s2 *= 1.0_f64 + (0.3 * x[i10].hypot(0.5 + (a1 * a1)).sin());
        s9 -= f64::atan(Float::sqrt(1.0 + (x[i10 - 1] * x[i10 - 1])));
    }
    let mut s13 = 0.0;
    for i14 in 0..x.len() {
        for i15 in 0..2 {
            let a16 = (i14 as f64) + BETA;
            let (u17, w18) = (W[i15] / (1.5 + x[i14].tanh()), a1.exp2());
            let a19 = p98(-x[i14], f64::cos(x[i14].exp()));
            s13 = (0.5 * s13)
                + ((((1.0f64 + (x[i14] * x[i14])).recip()) / (2.0 + x[i14].sin())).cos());
            if i14 == 2 {
                break;
            }
        }
        let a1 = (1.0f64
            + (f64::atan(f64::hypot(s13, 1.0).recip().tanh().cosh())
                * s13.hypot(1.0_f64).recip().tanh().cosh().atan()))
        .ln();
        let a20 = Float::powi(2.0 + V[i14].sin(), -2);
        s13 = s13.max(a1.atan());
        s9 -= V[i14].atan();
    }
    (0.001_f64 * ((((a1 + s2) + s9) + s13) + x[1])).tanh()
}

fn p119_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((k::<D>(-0.09)) * (k::<D>(-0.09)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1);
    let mut s2: D = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        s2 = ((k::<D>(0.5)) * s2) + a1.sin();
        s2 = (((k::<D>(0.7)) * s2)
            + ((k::<D>(p114_d(x[2], x[2], x[2]).re().ceil())) * (k::<D>(-0.874))))
        .tanh();
    }
    for i4 in 1..=5 {
        let mut s5: D = k::<D>(0.5);
        for i6 in 0..=4 {
            let a7 = k::<D>(0.4);
            s2 += (s2.sin() * a1 + x[1]).tanh();
        }
        let a8 = s2.atan().powi(2);
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((a8 / ((k::<D>(1.0)) + (s5.atan() * s5.atan()))).sin()));
        s5 = (((k::<D>(0.7)) * s5) + (s5 - p103_d(x[1], s5.sin()))).cos();
    }
    let mut s9 = k::<D>(0.5);
    for i10 in 1..x.len() {
        let mut s11: D = k::<D>(1.0);
        for i12 in 1..x.len() {
            s11 = (((k::<D>(0.7)) * s11) + x[i12 - 1]).tanh();
            s2 = ((k::<D>(0.5)) * s2)
                + (((if s11.re() < (k::<D>(V[i10])).re() {
                    s9
                } else {
                    s9
                }) / ((k::<D>(2.0)) + s2.sin()))
                .sin());
        }
        if s2.sin().powi(3).re() >= (a1 / ((k::<D>(2.0)) + s2.sin())).re()
            || a1.re() < (k::<D>(-0.9)).re()
        {
            s9 -= (((((k::<D>(i10 as f64)).sin()) * s2.sin()).cos())
                * (((x[i10] - x[i10 - 1])
                    * ((x[i10] * ((k::<D>(2.0)) + x[i10 - 1].sin()).ln()).exp()))
                .cos()))
            .sin();
        } else {
            s11 /= (k::<D>(1.0))
                + ((((k::<D>(1.0)) + (x[i10 - 1] * x[i10 - 1])).cbrt())
                    * (((k::<D>(1.0)) + (x[i10 - 1] * x[i10 - 1])).cbrt()));
        }
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((x[i10] * x[i10]
                    + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1)))
                    .sqrt())
                .sin()));
        s9 -= (((k::<D>(1.0)) + (x[i10 - 1] * x[i10 - 1])).sqrt()).atan();
    }
    let mut s13 = k::<D>(0.0);
    for i14 in 0..x.len() {
        for i15 in 0..2 {
            let a16 = (k::<D>(i14 as f64)) + (k::<D>(BETA));
            let (u17, w18) = (
                (k::<D>(W[i15])) / ((k::<D>(1.5)) + x[i14].tanh()),
                a1.exp2(),
            );
            let a19 = p98_d(-x[i14], x[i14].exp().cos());
            s13 = ((k::<D>(0.5)) * s13)
                + (((((k::<D>(1.0)) + (x[i14] * x[i14])).recip())
                    / ((k::<D>(2.0)) + x[i14].sin()))
                .cos());
            if i14 == 2 {
                break;
            }
        }
        let a1 = ((k::<D>(1.0))
            + (((((((s13 * s13 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).tanh()).cosh())
                .atan())
                * ((((((s13 * s13 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).tanh())
                    .cosh())
                .atan())))
        .ln();
        let a20 = ((k::<D>(2.0)) + ((k::<D>(V[i14])).sin())).powi(-2);
        s13 = dmax(s13, a1.atan());
        s9 -= (k::<D>(V[i14])).atan();
    }
    ((k::<D>(0.001)) * ((((a1 + s2) + s9) + s13) + x[1])).tanh()
}

#[differentiable]
fn p120(x0: f64, x1: f64) -> f64 {
    let a1 = x1 + x0;
    let mut s2: f64 = 1.0;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 = if x0 + a1 > f64::tanh(core::f64::consts::PI).powi(1) {
            x0.powi(3)
        } else {
            x1
        };
        s2 *= 1.0 + (0.3 * ((s2 + x1).sin()));
    }
    s2 *= 1.0 + (0.3 * f64::sin(s2));
    let mut m5 = a1;
    let mut m6 = (x0 * f64::exp(f64::atan(s2)))
        + ((((0.5 + (f64::hypot(s2, 1.0) * s2.hypot(1.0))).ln_1p()).cos()) * (a1 + a1));
    (((x1 * a1) + s2) + m5) + m6
}

fn p120_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x1 + x0;
    let mut s2: D = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 = if (x0 + a1).re() > (((k::<D>(core::f64::consts::PI)).tanh()).powi(1)).re() {
            x0.powi(3)
        } else {
            x1
        };
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s2 + x1).sin()));
    }
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.sin());
    let mut m5 = a1;
    let mut m6 = (x0 * s2.atan().exp())
        + (((((k::<D>(0.5))
            + (((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .ln_1p())
        .cos())
            * (a1 + a1));
    (((x1 * a1) + s2) + m5) + m6
}

#[differentiable]
fn p121<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut s1 = c::<T>(0.5);
    for i2 in 1..3 {
        let a3 = if s1 + (c::<T>(ALPHA))
            >= ((c::<T>(1.1))
                + (((c::<T>(1.0)) + (T::from(-0.031).unwrap() * (c::<T>(-0.031))))
                    * ((c::<T>(1.0)) + ((c::<T>(-0.031)) * (c::<T>(-0.031))))))
            .acosh()
        {
            ((Float::powf(T::exp(x1), (c::<T>(1.789)).atan()) + x2).cos()).powi(3)
        } else {
            s1 - ((x0 / ((c::<T>(1.0)) + ((c::<T>(-0.4)) * T::from(-0.4).unwrap()))).cos())
        };
        s1 = ((c::<T>(0.5)) * s1)
            + Float::mul_add(
                (c::<T>(0.749)) * s1.cos(),
                T::sin(s1 - (c::<T>(0.265))),
                x0.tanh(),
            )
            .tanh();
        s1 = T::min(s1, (x1 + x0).cos());
        if i2 >= 3 {
            break;
        }
    }
    let mut s4 = c::<T>(0.5);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let a6 = Float::log10((c::<T>(1.0)) + (s4.cos() * Float::cos(s4)));
        s1 -= ((-x2)
            * (T::from(-1.82).unwrap() / ((c::<T>(1.0)) + ((c::<T>(-1.588)) * (c::<T>(-1.588))))))
        .cos();
        s1 += T::cos(p92(c::<T>(-0.9), x0));
    }
    s4 /= (c::<T>(1.0)) + (x0 * x0);
    let (u7, w8) = (
        (((s1.atan() * x0).mul_add(Float::tanh(s1), T::from(0.48).unwrap() * (c::<T>(-1.3))))
            .hypot(c::<T>(1.0)))
        .powf(
            T::hypot(
                s1 - x0,
                (c::<T>(0.5)) + (Float::exp(s1.sin()).cbrt() * Float::sin(s1).exp().cbrt()),
            )
            .atan(),
        ),
        T::ln_1p(
            (c::<T>(0.5))
                + (Float::exp2((c::<T>(0.21)) / (T::from(2.0).unwrap() + T::sin(s4)))
                    .hypot(c::<T>(1.0))
                    * ((((c::<T>(0.21)) / ((c::<T>(2.0)) + Float::sin(s4))).exp2())
                        .hypot(c::<T>(1.0)))),
        ),
    );
    if c::<T>(1.8) <= c::<T>(-0.75) {
        s1 -= T::hypot(u7 - s1, (c::<T>(0.5)) + (x1 * x1)).tanh();
    } else {
        s4 = (T::from(0.5).unwrap() * s4) + T::asinh(p34(c::<T>(0.041), x2));
    }
    (((x2 + s1) + s4) * u7) + w8
}

fn p121_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 1..3 {
        let a3 = if (s1 + (k::<D>(ALPHA))).re()
            >= (((k::<D>(1.1))
                + (((k::<D>(1.0)) + ((k::<D>(-0.031)) * (k::<D>(-0.031))))
                    * ((k::<D>(1.0)) + ((k::<D>(-0.031)) * (k::<D>(-0.031))))))
            .acosh())
            .re()
        {
            ((((((k::<D>(1.789)).atan()) * x1.exp().ln()).exp()) + x2).cos()).powi(3)
        } else {
            s1 - ((x0 / ((k::<D>(1.0)) + ((k::<D>(-0.4)) * (k::<D>(-0.4))))).cos())
        };
        s1 = ((k::<D>(0.5)) * s1)
            + ((((k::<D>(0.749)) * s1.cos()) * ((s1 - (k::<D>(0.265))).sin()) + x0.tanh()).tanh());
        s1 = dmin(s1, (x1 + x0).cos());
        if i2 >= 3 {
            break;
        }
    }
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let a6 = ((k::<D>(1.0)) + (s4.cos() * s4.cos())).log10();
        s1 -= ((-x2) * ((k::<D>(-1.82)) / ((k::<D>(1.0)) + ((k::<D>(-1.588)) * (k::<D>(-1.588))))))
            .cos();
        s1 += p92_d(k::<D>(-0.9), x0).cos();
    }
    s4 /= (k::<D>(1.0)) + (x0 * x0);
    let (u7, w8) = (
        (((((s1 - x0) * (s1 - x0)
            + ((k::<D>(0.5)) + (s1.sin().exp().cbrt() * s1.sin().exp().cbrt()))
                * ((k::<D>(0.5)) + (s1.sin().exp().cbrt() * s1.sin().exp().cbrt())))
        .sqrt())
        .atan())
            * ((((s1.atan() * x0) * s1.tanh() + ((k::<D>(0.48)) * (k::<D>(-1.3))))
                * ((s1.atan() * x0) * s1.tanh() + ((k::<D>(0.48)) * (k::<D>(-1.3))))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .ln())
        .exp(),
        ((k::<D>(0.5))
            + ((((((k::<D>(0.21)) / ((k::<D>(2.0)) + s4.sin())).exp2())
                * (((k::<D>(0.21)) / ((k::<D>(2.0)) + s4.sin())).exp2())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
                * (((((k::<D>(0.21)) / ((k::<D>(2.0)) + s4.sin())).exp2())
                    * (((k::<D>(0.21)) / ((k::<D>(2.0)) + s4.sin())).exp2())
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())))
        .ln_1p(),
    );
    if (k::<D>(1.8)).re() <= (k::<D>(-0.75)).re() {
        s1 -= (((u7 - s1) * (u7 - s1) + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
            .sqrt())
        .tanh();
    } else {
        s4 = ((k::<D>(0.5)) * s4) + p34_d(k::<D>(0.041), x2).asinh();
    }
    (((x2 + s1) + s4) * u7) + w8
}

#[differentiable]
fn p122(x: [f64; 3], y: f64) -> f64 {
    let mut m1 = (-0.42) * y;
    let mut s2 = 0.0_f64;
    for i3 in 0..x.len() - 1 {
        let a4 = -x[i3 + 1];
        let mut m5 = s2 + x[i3];
        let (u6, w7) = (
            (((2.0 + x[i3].sin()).powf(s2.atan())).hypot(1.0)).powi(0),
            m1.cos().exp() * (i3 as f64),
        );
        m5 -= (-y).tanh();
    }
    let a8: f64 = ((0.9 * x[1].tanh()).atanh()).tanh();
    for &i9 in x.iter() {
        let a10: f64 = ((-0.74) + x[1]) + y.asinh();
        let a11 = Float::atan(m1).mul_add(y, m1);
        s2 += f64::cos((x[1] + (-1.7_f64)) * (s2.tanh() * i9));
    }
    (((y + m1) + s2) - a8) + x[1]
}

fn p122_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = (k::<D>(-0.42)) * y;
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() - 1 {
        let a4 = -x[i3 + 1];
        let mut m5 = s2 + x[i3];
        let (u6, w7) = (
            ((((s2.atan() * ((k::<D>(2.0)) + x[i3].sin()).ln()).exp())
                * ((s2.atan() * ((k::<D>(2.0)) + x[i3].sin()).ln()).exp())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .powi(0),
            m1.cos().exp() * (k::<D>(i3 as f64)),
        );
        m5 -= (-y).tanh();
    }
    let a8: D = (((k::<D>(0.9)) * x[1].tanh()).atanh()).tanh();
    for &i9 in x.iter() {
        let a10: D = ((k::<D>(-0.74)) + x[1]) + y.asinh();
        let a11 = (m1.atan() * y + m1);
        s2 += ((x[1] + (k::<D>(-1.7))) * (s2.tanh() * i9)).cos();
    }
    (((y + m1) + s2) - a8) + x[1]
}

#[differentiable]
fn p123(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = (2.0_f64 + ((x1 + 1.04).sin())).ln();
    let mut s2 = 0.5;
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4: f64 = a1.cos().asinh();
        let (u5, w6) = (
            x1.cos() * ((s2 + a4).sin()),
            (0.9 * f64::sin(x0.mul_add(a4, x2).tanh())).acos(),
        );
        s2 *= 1.0 + (0.3f64 * f64::sin(-(w6 + w6)));
    }
    let a7: f64 = (-0.822).sinh();
    let mut m8: f64 = x1 / (1.5 + 1.171_f64.tanh());
    (((x2 + a1) + s2) + a7) + m8
}

fn p123_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((k::<D>(2.0)) + ((x1 + (k::<D>(1.04))).sin())).ln();
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4: D = a1.cos().asinh();
        let (u5, w6) = (
            x1.cos() * ((s2 + a4).sin()),
            ((k::<D>(0.9)) * (((x0 * a4 + x2).tanh()).sin())).acos(),
        );
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-(w6 + w6)).sin()));
    }
    let a7: D = (k::<D>(-0.822)).sinh();
    let mut m8: D = x1 / ((k::<D>(1.5)) + ((k::<D>(1.171)).tanh()));
    (((x2 + a1) + s2) + a7) + m8
}

#[differentiable]
fn p124<T>(x: &[T], nk: usize) -> T
where
    T: Float + NumAssign,
{
    let a1 = c::<T>(BETA);
    let (u2, w3) = (a1, (((c::<T>(-1.5)).exp()).powi(0)) * a1.atan());
    let mut s4: T = c::<T>(0.5);
    for i5 in 0..x.len() {
        let (u7, w8) = (
            ((T::tanh(s4) * s4.cos()) / (T::from(1.5).unwrap() + T::tanh(x[i5]))) + x[i5],
            ((c::<T>(0.5))
                + (((c::<T>(1.0))
                    + ((({
                        let t6 = x[i5];
                        w3
                    }) / ((c::<T>(1.0))
                        + (Float::min(x[i5], x[i5]) * Float::min(x[i5], x[i5]))))
                        * (({
                            let t6 = x[i5];
                            w3
                        }) / (T::one() + (x[i5].min(x[i5]) * x[i5].min(x[i5]))))))
                    * (T::one()
                        + ((({
                            let t6 = x[i5];
                            w3
                        }) / ((c::<T>(1.0))
                            + (x[i5].min(x[i5]) * Float::min(x[i5], x[i5]))))
                            * (({
                                let t6 = x[i5];
                                w3
                            }) / ((c::<T>(1.0))
                                + (x[i5].min(x[i5]) * Float::min(x[i5], x[i5]))))))))
            .ln_1p(),
        );
        let mut i9 = 0;
        while i9 < 3 {
            i9 += 1;
            if i9 == 2 {
                continue;
            }
            let a10 = ((c::<T>(-1.2)) * w3).exp_m1();
            s4 -= (((c::<T>(0.9)) * Float::sin(x[i5])).acos()).atan();
            s4 /= (c::<T>(2.0)) + x[i5].sin();
            s4 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((u7 - w8).sin()));
            s4 = ((c::<T>(0.5)) * s4) + T::exp_m1(x[i5]).sin();
        }
        s4 += Float::sin(c::<T>(1.77));
        s4 = Float::cos(((c::<T>(0.7)) * s4) + ((x[i5] - (c::<T>(W[i5]))).tanh()));
        s4 = s4.min(
            Float::atanh(T::from(0.9).unwrap() * (((a1 / ((c::<T>(2.0)) + u7.sin())).cos()).sin()))
                .atan(),
        );
        if x[i5] < c::<T>(0.74) {
            break;
        }
    }
    if T::hypot(x[3], T::one()).powf(Float::atan(s4)) >= p97(x[2], u2.sin(), u2.sin()) {
        return c::<T>(-1.73);
    }
    let u2: T = u2;
    (((a1 + w3) * s4) + u2) + x[2]
}

fn p124_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = k::<D>(BETA);
    let (u2, w3) = (a1, (((k::<D>(-1.5)).exp()).powi(0)) * a1.atan());
    let mut s4: D = k::<D>(0.5);
    for i5 in 0..x.len() {
        let (u7, w8) = (
            ((s4.tanh() * s4.cos()) / ((k::<D>(1.5)) + x[i5].tanh())) + x[i5],
            ((k::<D>(0.5))
                + (((k::<D>(1.0))
                    + ((({
                        let t6 = x[i5];
                        w3
                    }) / ((k::<D>(1.0)) + (dmin(x[i5], x[i5]) * dmin(x[i5], x[i5]))))
                        * (({
                            let t6 = x[i5];
                            w3
                        }) / ((k::<D>(1.0)) + (dmin(x[i5], x[i5]) * dmin(x[i5], x[i5]))))))
                    * ((k::<D>(1.0))
                        + ((({
                            let t6 = x[i5];
                            w3
                        }) / ((k::<D>(1.0)) + (dmin(x[i5], x[i5]) * dmin(x[i5], x[i5]))))
                            * (({
                                let t6 = x[i5];
                                w3
                            }) / ((k::<D>(1.0))
                                + (dmin(x[i5], x[i5]) * dmin(x[i5], x[i5]))))))))
            .ln_1p(),
        );
        let mut i9 = 0;
        while i9 < 3 {
            i9 += 1;
            if i9 == 2 {
                continue;
            }
            let a10 = ((k::<D>(-1.2)) * w3).exp_m1();
            s4 -= (((k::<D>(0.9)) * x[i5].sin()).acos()).atan();
            s4 /= (k::<D>(2.0)) + x[i5].sin();
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u7 - w8).sin()));
            s4 = ((k::<D>(0.5)) * s4) + x[i5].exp_m1().sin();
        }
        s4 += (k::<D>(1.77)).sin();
        s4 = (((k::<D>(0.7)) * s4) + ((x[i5] - (k::<D>(W[i5]))).tanh())).cos();
        s4 = dmin(
            s4,
            (((k::<D>(0.9)) * (((a1 / ((k::<D>(2.0)) + u7.sin())).cos()).sin())).atanh()).atan(),
        );
        if x[i5].re() < (k::<D>(0.74)).re() {
            break;
        }
    }
    if ((s4.atan() * ((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp()).re()
        >= p97_d(x[2], u2.sin(), u2.sin()).re()
    {
        return k::<D>(-1.73);
    }
    let u2: D = u2;
    (((a1 + w3) * s4) + u2) + x[2]
}

#[differentiable]
fn p125(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (x2, 1.7 - x0);
    let a3: f64 = Float::cosh(((1.0 + (w2 * w2)).recip()).cos());
    let mut s4 = 0.0;
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let mut s6: f64 = 1.0;
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let u1: f64 = (1.5 + ((i5 as f64).tanh())).ln();
            let a8 = ((((1.0 + (x2 * x2)).recip()) - x2).tanh()).exp();
            s4 -= (-2.0f64).sin();
        }
        let a9 = x0.sinh();
        s4 *= 1.0 + (0.3 * (((u1 - 0.33) + (-V[i5])).sin()));
        if x0.cosh().powf(x2) < 0.67 {
            continue;
        }
    }
    let mut s10: f64 = 0.5;
    let mut i11 = 0;
    while i11 < 2 {
        i11 += 1;
        let a12: f64 = if (1.5 + a3.tanh()).powi(-2) >= -0.09 {
            x0
        } else {
            a3
        };
        let a13 = Float::mul_add(w2.sin(), w2.cos(), a12);
        s10 = ((0.7_f64 * s10) + (w2 - x0)).sin();
    }
    Float::tanh(0.001 * ((((u1 + w2) + a3) + s4) + s10))
}

fn p125_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x2, (k::<D>(1.7)) - x0);
    let a3: D = ((((k::<D>(1.0)) + (w2 * w2)).recip()).cos()).cosh();
    let mut s4 = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let mut s6: D = k::<D>(1.0);
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let u1: D = ((k::<D>(1.5)) + ((k::<D>(i5 as f64)).tanh())).ln();
            let a8 = (((((k::<D>(1.0)) + (x2 * x2)).recip()) - x2).tanh()).exp();
            s4 -= (k::<D>(-2.0)).sin();
        }
        let a9 = x0.sinh();
        s4 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * (((u1 - (k::<D>(0.33))) + (-(k::<D>(V[i5])))).sin()));
        if ((x2 * x0.cosh().ln()).exp()).re() < (k::<D>(0.67)).re() {
            continue;
        }
    }
    let mut s10: D = k::<D>(0.5);
    let mut i11 = 0;
    while i11 < 2 {
        i11 += 1;
        let a12: D = if (((k::<D>(1.5)) + a3.tanh()).powi(-2)).re() >= (k::<D>(-0.09)).re() {
            x0
        } else {
            a3
        };
        let a13 = (w2.sin() * w2.cos() + a12);
        s10 = (((k::<D>(0.7)) * s10) + (w2 - x0)).sin();
    }
    ((k::<D>(0.001)) * ((((u1 + w2) + a3) + s4) + s10)).tanh()
}

#[differentiable]
fn p126(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        x2.exp().recip().cos().sinh(),
        ((((2.0 + f64::sin(x2)).powf(x1)) - 1.2).tanh()).cosh(),
    );
    let a3 =
        (if 1.5 <= x1 { x2 } else { -1.2 }) / (1.0 + (((BETA + w2).sin()) * Float::sin(BETA + w2)));
    let (u5, w6) = (
        {
            let t4 = -0.8;
            (1.1 + ((1.5 + f64::tanh(t4)) * (1.5 + f64::tanh(t4)))).acosh()
        },
        0.22,
    );
    let (u7, w8) = (
        ((u1 + (-1.52)) - (x1 - x1))
            - (((-0.949) - w6) + 0.3.exp().log((0.5 + (0.4_f64 * x2.sin())).exp())),
        f64::exp_m1(1.73).atan().exp().log2(),
    );
    let mut s9 = 0.0;
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        let mut s11: f64 = 0.0;
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let a13 = Float::atanh(
                0.9 * Float::sin(
                    ((V[i10] - s9) + ((1.5_f64 + ((i12 as f64).tanh())).cbrt())).tanh(),
                ),
            );
            let a14 = a3.hypot(1.0).sqrt();
            s11 += (V[i12] - (-1.2_f64)).sin();
            s9 = (0.5 * s9) + f64::ln(w6.cosh()).atan();
            if 1.72 > Float::atan2(w2, 0.5 + (w2 * w2)) {
                continue;
            }
        }
        let mut m15: f64 = W[i10];
        s11 = Float::max(
            s11,
            ((1.1f64 + ((1.5_f64 + w6.tanh()) * (1.5 + f64::tanh(w6)))).acosh()).tanh(),
        );
        s9 /= 2.0 + u1.sin();
    }
    let a16 = Float::exp_m1(u1.tanh()).atan2(0.5 + (x1 * x1));
    (((w6 + u7) * w8) + s9) + a16
}

fn p126_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        x2.exp().recip().cos().sinh(),
        ((((x1 * ((k::<D>(2.0)) + x2.sin()).ln()).exp()) - (k::<D>(1.2))).tanh()).cosh(),
    );
    let a3 = (if (k::<D>(1.5)).re() <= x1.re() {
        x2
    } else {
        k::<D>(-1.2)
    }) / ((k::<D>(1.0)) + ((((k::<D>(BETA)) + w2).sin()) * (((k::<D>(BETA)) + w2).sin())));
    let (u5, w6) = (
        {
            let t4 = k::<D>(-0.8);
            ((k::<D>(1.1)) + (((k::<D>(1.5)) + t4.tanh()) * ((k::<D>(1.5)) + t4.tanh()))).acosh()
        },
        k::<D>(0.22),
    );
    let (u7, w8) = (
        ((u1 + (k::<D>(-1.52))) - (x1 - x1))
            - (((k::<D>(-0.949)) - w6)
                + (((k::<D>(0.3)).exp()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x2.sin())).exp()).ln())),
        ((((k::<D>(1.73)).exp_m1()).atan()).exp()).log2(),
    );
    let mut s9 = k::<D>(0.0);
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        let mut s11: D = k::<D>(0.0);
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let a13 = ((k::<D>(0.9))
                * (((((k::<D>(V[i10])) - s9)
                    + (((k::<D>(1.5)) + ((k::<D>(i12 as f64)).tanh())).cbrt()))
                .tanh())
                .sin()))
            .atanh();
            let a14 = ((a3 * a3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt();
            s11 += ((k::<D>(V[i12])) - (k::<D>(-1.2))).sin();
            s9 = ((k::<D>(0.5)) * s9) + w6.cosh().ln().atan();
            if (k::<D>(1.72)).re() > datan2(w2, (k::<D>(0.5)) + (w2 * w2)).re() {
                continue;
            }
        }
        let mut m15: D = k::<D>(W[i10]);
        s11 = dmax(
            s11,
            (((k::<D>(1.1)) + (((k::<D>(1.5)) + w6.tanh()) * ((k::<D>(1.5)) + w6.tanh()))).acosh())
                .tanh(),
        );
        s9 /= (k::<D>(2.0)) + u1.sin();
    }
    let a16 = datan2(u1.tanh().exp_m1(), (k::<D>(0.5)) + (x1 * x1));
    (((w6 + u7) * w8) + s9) + a16
}

#[differentiable]
fn p127(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = f64::cos(ALPHA).exp2();
    let mut s2 = 1.0;
    for i3 in 2..4 {
        let a4 = x1;
        let a5 = if (0.9 * x1.sin()).acos() >= -x1 {
            (((Float::exp2(f64::sin(ALPHA))
                + f64::acosh(1.1_f64 + ((1.0_f64 + (x2 * x2)) * (1.0 + (x2 * x2)))))
            .atan())
            .cosh())
            .powi(0)
        } else {
            Float::cbrt(
                1.0 + (f64::cos(f64::sin(p114(Float::tanh(a1), x0, f64::tanh(a1))).exp())
                    * p114(f64::tanh(a1), x0, a1.tanh()).sin().exp().cos()),
            )
        };
        s2 += (i3 as f64).tanh();
    }
    if s2.max(x1) < 0.27_f64 {
        return x2
            / (1.5 + f64::log(2.0f64 + s2.sin(), (0.5f64 + (0.4 * 0.286.sin())).exp()).tanh());
    }
    s2 = (0.5_f64 * s2) + Float::tanh((2.0_f64 + ((-1.528_f64).sin())).log2()).exp2();
    (((x0 + x1) + x2) + a1) + s2
}

fn p127_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((k::<D>(ALPHA)).cos()).exp2();
    let mut s2 = k::<D>(1.0);
    for i3 in 2..4 {
        let a4 = x1;
        let a5 = if (((k::<D>(0.9)) * x1.sin()).acos()).re() >= (-x1).re() {
            ((((((k::<D>(ALPHA)).sin()).exp2())
                + (((k::<D>(1.1)) + (((k::<D>(1.0)) + (x2 * x2)) * ((k::<D>(1.0)) + (x2 * x2))))
                    .acosh()))
            .atan())
            .cosh())
            .powi(0)
        } else {
            ((k::<D>(1.0))
                + (p114_d(a1.tanh(), x0, a1.tanh()).sin().exp().cos()
                    * p114_d(a1.tanh(), x0, a1.tanh()).sin().exp().cos()))
            .cbrt()
        };
        s2 += (k::<D>(i3 as f64)).tanh();
    }
    if dmax(s2, x1).re() < (k::<D>(0.27)).re() {
        return x2
            / ((k::<D>(1.5))
                + ((((k::<D>(2.0)) + s2.sin()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(0.286)).sin()))).exp()).ln())
                .tanh()));
    }
    s2 = ((k::<D>(0.5)) * s2)
        + (((((k::<D>(2.0)) + ((k::<D>(-1.528)).sin())).log2()).tanh()).exp2());
    (((x0 + x1) + x2) + a1) + s2
}

#[differentiable]
fn p128<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 1..=2 {
        s1 = T::max(s1, x1.cos());
        s1 *= T::one() + ((c::<T>(0.3)) * x0.sin());
        s1 -= ((((c::<T>(1.0)) + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))).log2()) * x0).sin();
    }
    let (u3, w4) = (
        ((c::<T>(1.5)) + Float::tanh(((x1 * (c::<T>(-1.63))).atan()).cosh())).cbrt(),
        x0,
    );
    let mut m5 = x1;
    let mut s6: T = c::<T>(0.5);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        let a9 = if s6 - u3 > m5.atan() {
            {
                let t8 = m5;
                s1
            }
        } else {
            Float::log2(T::one() + (Float::sin(s1) * s1.sin()))
        };
        s1 += T::sin(x0.atan());
        s6 /= (c::<T>(2.0)) + Float::sin(w4.tanh());
    }
    (((s1 + u3) - w4) - m5) + s6
}

fn p128_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 1..=2 {
        s1 = dmax(s1, x1.cos());
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.sin());
        s1 -= ((((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).log2()) * x0).sin();
    }
    let (u3, w4) = (
        ((k::<D>(1.5)) + ((((x1 * (k::<D>(-1.63))).atan()).cosh()).tanh())).cbrt(),
        x0,
    );
    let mut m5 = x1;
    let mut s6: D = k::<D>(0.5);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        let a9 = if (s6 - u3).re() > m5.atan().re() {
            {
                let t8 = m5;
                s1
            }
        } else {
            ((k::<D>(1.0)) + (s1.sin() * s1.sin())).log2()
        };
        s1 += x0.atan().sin();
        s6 /= (k::<D>(2.0)) + w4.tanh().sin();
    }
    (((s1 + u3) - w4) - m5) + s6
}

#[differentiable]
fn p129<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1: T = x1.mul_add((c::<T>(BETA)).atan(), x1);
    let mut s2 = c::<T>(0.0);
    for i3 in 1..=5 {
        let a1 = x1 - T::one();
        for i4 in 0..=1 {
            if c::<T>(0.3) < c::<T>(0.38) {
                break;
            }
            let mut m5 = T::from(-0.7).unwrap().sinh();
            m5 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::sin(
                        (T::from(0.5).unwrap()
                            + (((c::<T>(1.0)) + ((c::<T>(V[i3])) * (c::<T>(V[i3]))))
                                * ((c::<T>(1.0)) + ((c::<T>(V[i3])) * (c::<T>(V[i3]))))))
                        .ln_1p(),
                    ));
        }
        s2 += ((c::<T>(0.52)).atan2(T::from(0.5).unwrap() + (x1 * x1))).atan();
    }
    let mut m6: T = p100(
        (x1 - a1).tanh(),
        Float::cos(T::powf((c::<T>(1.0)) + (x1 * x1), s2.tanh())),
        a1.cos(),
    );
    let mut m7 = m6 * (c::<T>(BETA));
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let mut m9 = m6.atan() * (((c::<T>(-0.9)) + m7.sin().cosh()).tanh());
        let a11 = ({
            let t10 = ((c::<T>(0.9)) * (((c::<T>(BETA)).atan()).tanh())).asin();
            t10 * m9
        })
        .hypot(
            (c::<T>(0.5))
                + (((m9 - x0) + (((c::<T>(BETA)).atan()).sinh()))
                    * ((m9 - x0) + (((c::<T>(BETA)).atan()).sinh()))),
        );
        let (u12, w13) = (s2, m7);
        m7 *= T::one() + ((c::<T>(0.3)) * ((((c::<T>(1.5)) + T::tanh(m7).tanh()).powi(-1)).sin()));
        m7 /= T::tanh(c::<T>(ALPHA)).cosh();
    }
    (T::from(0.001).unwrap() * ((((x1 - a1) + s2) + m6) + m7)).tanh()
}

fn p129_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = (x1 * ((k::<D>(BETA)).atan()) + x1);
    let mut s2 = k::<D>(0.0);
    for i3 in 1..=5 {
        let a1 = x1 - (k::<D>(1.0));
        for i4 in 0..=1 {
            if (k::<D>(0.3)).re() < (k::<D>(0.38)).re() {
                break;
            }
            let mut m5 = (k::<D>(-0.7)).sinh();
            m5 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(0.5))
                        + (((k::<D>(1.0)) + ((k::<D>(V[i3])) * (k::<D>(V[i3]))))
                            * ((k::<D>(1.0)) + ((k::<D>(V[i3])) * (k::<D>(V[i3]))))))
                    .ln_1p())
                    .sin()));
        }
        s2 += datan2(k::<D>(0.52), (k::<D>(0.5)) + (x1 * x1)).atan();
    }
    let mut m6: D = p100_d(
        (x1 - a1).tanh(),
        ((s2.tanh() * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp()).cos(),
        a1.cos(),
    );
    let mut m7 = m6 * (k::<D>(BETA));
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let mut m9 = m6.atan() * (((k::<D>(-0.9)) + m7.sin().cosh()).tanh());
        let a11 = (({
            let t10 = ((k::<D>(0.9)) * (((k::<D>(BETA)).atan()).tanh())).asin();
            t10 * m9
        }) * ({
            let t10 = ((k::<D>(0.9)) * (((k::<D>(BETA)).atan()).tanh())).asin();
            t10 * m9
        }) + ((k::<D>(0.5))
            + (((m9 - x0) + (((k::<D>(BETA)).atan()).sinh()))
                * ((m9 - x0) + (((k::<D>(BETA)).atan()).sinh()))))
            * ((k::<D>(0.5))
                + (((m9 - x0) + (((k::<D>(BETA)).atan()).sinh()))
                    * ((m9 - x0) + (((k::<D>(BETA)).atan()).sinh())))))
        .sqrt();
        let (u12, w13) = (s2, m7);
        m7 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(1.5)) + m7.tanh().tanh()).powi(-1)).sin()));
        m7 /= ((k::<D>(ALPHA)).tanh()).cosh();
    }
    ((k::<D>(0.001)) * ((((x1 - a1) + s2) + m6) + m7)).tanh()
}

#[differentiable]
fn p130(x0: f64, x1: f64) -> f64 {
    let a1 = x0;
    let a2: f64 = (x0.asinh() * x1.mul_add(-1.01, x1)) - a1;
    let (u3, w4) = (f64::sin(-0.69_f64), x1 - a1);
    let mut s5 = 0.5;
    for i6 in 1..4 {
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            let a8 = (i6 as f64);
            s5 = ((0.7 * s5) + (x1 + w4)).sin();
            s5 = (0.5 * s5) + Float::tanh(w4 - a8);
        }
        let a9 = Float::exp(0.49f64 / (1.0 + ((i6 as f64) * (i6 as f64))));
        let u3 = u3 - (a1 + s5);
        s5 += f64::tanh((1.0_f64 + (a2.sin() * f64::sin(a2))).powi(0));
        s5 *= 1.0
            + (0.3f64
                * ((Float::atan(w4) - ((0.5 + ((1.5 + u3.tanh()) * (1.5 + u3.tanh()))).ln_1p()))
                    .sin()));
        if i6 != 0 {
            break;
        }
    }
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        let mut m11 = Float::tan((-0.0f64).sin()).powi(3);
        m11 += ((-x0).cosh()).tanh();
        s5 -= 1.75.cos();
    }
    let a12 = Float::sinh(a2.tanh()).atan2(0.5 + (((-x1).exp2()) * f64::exp2(-x1)));
    let mut m13 = -(-0.33_f64);
    (((u3 * w4) + s5) + a12) + m13
}

fn p130_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x0;
    let a2: D = (x0.asinh() * (x1 * (k::<D>(-1.01)) + x1)) - a1;
    let (u3, w4) = ((k::<D>(-0.69)).sin(), x1 - a1);
    let mut s5 = k::<D>(0.5);
    for i6 in 1..4 {
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            let a8 = k::<D>(i6 as f64);
            s5 = (((k::<D>(0.7)) * s5) + (x1 + w4)).sin();
            s5 = ((k::<D>(0.5)) * s5) + ((w4 - a8).tanh());
        }
        let a9 =
            ((k::<D>(0.49)) / ((k::<D>(1.0)) + ((k::<D>(i6 as f64)) * (k::<D>(i6 as f64))))).exp();
        let u3 = u3 - (a1 + s5);
        s5 += (((k::<D>(1.0)) + (a2.sin() * a2.sin())).powi(0)).tanh();
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((w4.atan()
                    - (((k::<D>(0.5))
                        + (((k::<D>(1.5)) + u3.tanh()) * ((k::<D>(1.5)) + u3.tanh())))
                    .ln_1p()))
                .sin()));
        if i6 != 0 {
            break;
        }
    }
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        let mut m11 = (((k::<D>(-0.0)).sin()).tan()).powi(3);
        m11 += ((-x0).cosh()).tanh();
        s5 -= (k::<D>(1.75)).cos();
    }
    let a12 = datan2(
        a2.tanh().sinh(),
        (k::<D>(0.5)) + (((-x1).exp2()) * ((-x1).exp2())),
    );
    let mut m13 = -(k::<D>(-0.33));
    (((u3 * w4) + s5) + a12) + m13
}

#[differentiable]
fn p131(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut m1 = x0 + x0;
    let a2 = p123(
        (((ALPHA - 1.084).atan()).powi(1)).atan(),
        (f64::sqrt(1.0 + (0.8 * 0.8)) - Float::recip(1.0 + (x1 * x1))).tanh(),
        Float::sin(p116(
            std::f64::consts::E.tanh().cosh().tanh(),
            ((-1.6) / (1.0 + (x0 * x0))).atan(),
        )),
    );
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut s4 = 0.0;
        for i5 in 2..4 {
            let (u6, w7) = (
                Float::acos(
                    0.9 * ((((-0.808) - ((1.0 + (m1.sin() * f64::sin(m1))).recip())).atan()).sin()),
                ),
                (0.9 * 0.234.sin()).atanh(),
            );
            let a8 = if i3 < 0 {
                (i5 as f64) * 0.03_f64
            } else {
                x0.exp2()
            };
            s4 = (0.5 * s4) + x0.atan();
            s4 = (0.5 * s4) + x1.tanh();
        }
        let a9 = if a2 >= a2 * 0.1 {
            m1 - (1.17.cos() / (1.0f64 + ((-x1) * (-x1))))
        } else {
            (((a2 / Float::exp(a2.sin())).cos()).sinh())
                / f64::hypot(
                    (i3 as f64)
                        - ((1.5 + ALPHA.tanh())
                            .log((0.5f64 + (0.4f64 * f64::tanh(a2).sin())).exp())),
                    1.0,
                )
        };
        if i3 != 0 {
            break;
        }
        s4 *= 1.0_f64 + (0.3 * f64::sin(((m1 - a9).hypot(1.0)).log2()));
        m1 -= (BETA * a2).sin();
    }
    let (u10, w11) = (
        (Float::atan2(a2, 0.5 + (a2 * a2)) * ((-1.63_f64) + a2))
            + (Float::asinh(x1) + (x0 / (2.0_f64 + f64::sin(-0.48)))),
        Float::powi(-a2, 3).sin(),
    );
    (((x1 + m1) + a2) + u10) + w11
}

fn p131_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut m1 = x0 + x0;
    let a2 = p123_d(
        ((((k::<D>(ALPHA)) - (k::<D>(1.084))).atan()).powi(1)).atan(),
        ((((k::<D>(1.0)) + ((k::<D>(0.8)) * (k::<D>(0.8)))).sqrt())
            - (((k::<D>(1.0)) + (x1 * x1)).recip()))
        .tanh(),
        p116_d(
            (((k::<D>(std::f64::consts::E)).tanh()).cosh()).tanh(),
            ((k::<D>(-1.6)) / ((k::<D>(1.0)) + (x0 * x0))).atan(),
        )
        .sin(),
    );
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut s4 = k::<D>(0.0);
        for i5 in 2..4 {
            let (u6, w7) = (
                ((k::<D>(0.9))
                    * ((((k::<D>(-0.808)) - (((k::<D>(1.0)) + (m1.sin() * m1.sin())).recip()))
                        .atan())
                    .sin()))
                .acos(),
                ((k::<D>(0.9)) * ((k::<D>(0.234)).sin())).atanh(),
            );
            let a8 = if i3 < 0 {
                (k::<D>(i5 as f64)) * (k::<D>(0.03))
            } else {
                x0.exp2()
            };
            s4 = ((k::<D>(0.5)) * s4) + x0.atan();
            s4 = ((k::<D>(0.5)) * s4) + x1.tanh();
        }
        let a9 = if a2.re() >= (a2 * (k::<D>(0.1))).re() {
            m1 - (((k::<D>(1.17)).cos()) / ((k::<D>(1.0)) + ((-x1) * (-x1))))
        } else {
            (((a2 / a2.sin().exp()).cos()).sinh())
                / ((((k::<D>(i3 as f64))
                    - (((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh())).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a2.tanh().sin())).exp()).ln()))
                    * ((k::<D>(i3 as f64))
                        - (((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh())).ln()
                            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a2.tanh().sin())).exp()).ln()))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
        };
        if i3 != 0 {
            break;
        }
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((m1 - a9) * (m1 - a9) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2())
                    .sin()));
        m1 -= ((k::<D>(BETA)) * a2).sin();
    }
    let (u10, w11) = (
        (datan2(a2, (k::<D>(0.5)) + (a2 * a2)) * ((k::<D>(-1.63)) + a2))
            + (x1.asinh() + (x0 / ((k::<D>(2.0)) + ((k::<D>(-0.48)).sin())))),
        ((-a2).powi(3)).sin(),
    );
    (((x1 + m1) + a2) + u10) + w11
}

#[differentiable]
fn p132<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (
        x0 - (-(c::<T>(0.935))),
        ((c::<T>(1.1)) + (T::exp(Float::cos(x0.cosh())) * Float::cos(x0.cosh()).exp())).acosh(),
    );
    let mut s3 = c::<T>(0.5);
    for i4 in 0..3 {
        let a5 = (c::<T>(1.93)) * (((s3 + x1).sin()).exp_m1());
        let a6 = ((((c::<T>(0.9)) * Float::tanh(c::<T>(i4 as f64))).atanh()) - (x1 + x1))
            - ((s3 / T::cosh(a5.cos())).min(a5 + x0));
        s3 += Float::atan(u1.mul_add(x0, Float::asinh(w2)));
        if !(w2 - w2 < c::<T>(0.2)) {
            continue;
        }
    }
    let a7 = ((if w2 <= c::<T>(-0.74) { x1 } else { x0 })
        + (((c::<T>(0.9)) * w2.atan().sin()).atanh()))
        * u1;
    s3 += (((c::<T>(core::f64::consts::PI)) * w2).asinh()).cosh();
    for i8 in 1..=3 {
        let mut s9 = c::<T>(1.0);
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            let a11 = (((T::from(2.0).unwrap() + ((c::<T>(-0.621)).sin())).powi(0))
                + ((c::<T>(-1.521)) - a7))
                .sin();
            let a12 = x0.max(a7);
            s9 -= ((u1 - a12) + u1).cos();
            s3 = (T::from(0.5).unwrap() * s3) + Float::atan(x1);
        }
        s3 = s3.max((c::<T>(i8 as f64)).cos());
    }
    let (u13, w14) = (
        x1 / ((c::<T>(2.0))
            + (((T::from(0.9).unwrap() * (((a7 + s3).tanh()).sin())).asin()).sin())),
        s3.asinh(),
    );
    (T::from(0.001).unwrap() * ((((w2 + s3) + a7) + u13) + w14)).tanh()
}

fn p132_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        x0 - (-(k::<D>(0.935))),
        ((k::<D>(1.1)) + (x0.cosh().cos().exp() * x0.cosh().cos().exp())).acosh(),
    );
    let mut s3 = k::<D>(0.5);
    for i4 in 0..3 {
        let a5 = (k::<D>(1.93)) * (((s3 + x1).sin()).exp_m1());
        let a6 = ((((k::<D>(0.9)) * ((k::<D>(i4 as f64)).tanh())).atanh()) - (x1 + x1))
            - dmin(s3 / a5.cos().cosh(), a5 + x0);
        s3 += (u1 * x0 + w2.asinh()).atan();
        if !((w2 - w2).re() < (k::<D>(0.2)).re()) {
            continue;
        }
    }
    let a7 = ((if w2.re() <= (k::<D>(-0.74)).re() {
        x1
    } else {
        x0
    }) + (((k::<D>(0.9)) * w2.atan().sin()).atanh()))
        * u1;
    s3 += (((k::<D>(core::f64::consts::PI)) * w2).asinh()).cosh();
    for i8 in 1..=3 {
        let mut s9 = k::<D>(1.0);
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            let a11 = ((((k::<D>(2.0)) + ((k::<D>(-0.621)).sin())).powi(0))
                + ((k::<D>(-1.521)) - a7))
                .sin();
            let a12 = dmax(x0, a7);
            s9 -= ((u1 - a12) + u1).cos();
            s3 = ((k::<D>(0.5)) * s3) + x1.atan();
        }
        s3 = dmax(s3, (k::<D>(i8 as f64)).cos());
    }
    let (u13, w14) = (
        x1 / ((k::<D>(2.0)) + ((((k::<D>(0.9)) * (((a7 + s3).tanh()).sin())).asin()).sin())),
        s3.asinh(),
    );
    ((k::<D>(0.001)) * ((((w2 + s3) + a7) + u13) + w14)).tanh()
}

#[differentiable]
fn p133<T: Float>(x0: T, x1: T) -> T {
    let a1 = if (c::<T>(-1.258)).atan() < c::<T>(-0.82) {
        T::log2((c::<T>(2.0)) + x0.sin()) * x0
    } else {
        T::atan2(
            T::mul_add(c::<T>(0.184), c::<T>(0.7), x0),
            -((c::<T>(0.5)) + (x0 * x0)),
        )
    };
    let mut s2 = T::one();
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = s2.tanh().sinh();
        if i3 < 0 {
            break;
        }
        s2 = s2 - T::atan((c::<T>(-2.0)) * (c::<T>(i3 as f64)));
    }
    if a1 - (c::<T>(BETA)) > (c::<T>(0.6)).exp2() {
        s2 = s2
            - T::cos(Float::cos(
                (T::from(2.0).unwrap() + ((c::<T>(-1.459)).sin())).sqrt(),
            ));
    }
    let mut s5 = c::<T>(1.0);
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let a7 = T::sin(T::exp2(x1)).cosh().log10().tanh();
        let a8: T = x0;
        s2 = s2 * (T::one() + ((c::<T>(0.3)) * T::cos((c::<T>(1.5)) + ((c::<T>(-1.38)).tanh()))));
        s2 = s2 + T::cos(Float::sin(x0));
        s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((((c::<T>(i6 as f64)).atan()).exp()).cos())));
    }
    ((c::<T>(0.001)) * ((((x0 + x1) + a1) * s2) - s5)).tanh()
}

fn p133_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if ((k::<D>(-1.258)).atan()).re() < (k::<D>(-0.82)).re() {
        (((k::<D>(2.0)) + x0.sin()).log2()) * x0
    } else {
        datan2(
            ((k::<D>(0.184)) * (k::<D>(0.7)) + x0),
            -((k::<D>(0.5)) + (x0 * x0)),
        )
    };
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = s2.tanh().sinh();
        if i3 < 0 {
            break;
        }
        s2 -= ((k::<D>(-2.0)) * (k::<D>(i3 as f64))).atan();
    }
    if (a1 - (k::<D>(BETA))).re() > ((k::<D>(0.6)).exp2()).re() {
        s2 -= ((((k::<D>(2.0)) + ((k::<D>(-1.459)).sin())).sqrt()).cos()).cos();
    }
    let mut s5 = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let a7 = x1.exp2().sin().cosh().log10().tanh();
        let a8: D = x0;
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(-1.38)).tanh())).cos()));
        s2 += x0.sin().cos();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(i6 as f64)).atan()).exp()).cos()));
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + a1) * s2) - s5)).tanh()
}

#[differentiable]
fn p134(x: &[f64]) -> f64 {
    let a1: f64 = 0.2 - ALPHA;
    let a1 = (0.9 * f64::sin((2.0 + ((a1 * x[3]).sin())).recip())).atanh();
    let mut m2 =
        ((((0.9_f64 * x[4].tanh()).atanh()).atan2(0.5 + (a1 * a1))).round()) * x[0].exp().sin();
    for i3 in x {
        let a4 = x[4] / Float::exp(Float::atan(m2));
        let mut s5 = 0.0;
        for i6 in 0..x.len() - 1 {
            let a7 = (-a1) - Float::asinh(s5);
            let a8 = V[i6].asinh().max(
                ((0.5_f64 + ((1.5 + Float::tanh(-1.237)) * (1.5 + ((-1.237).tanh())))).ln_1p())
                    .hypot(0.5_f64 + ((-s5) * (-s5))),
            );
            let a9 = ((*i3) + x[i6 + 1]) * Float::hypot(a1, 0.5 + (x[i6 + 1] * x[i6 + 1]));
            s5 -= a1.atan();
        }
        s5 /= 2.0 + m2.sin();
    }
    (a1 + m2) + x[1]
}

fn p134_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(0.2)) - (k::<D>(ALPHA));
    let a1 = ((k::<D>(0.9)) * ((((k::<D>(2.0)) + ((a1 * x[3]).sin())).recip()).sin())).atanh();
    let mut m2 = (k::<D>(
        datan2(
            ((k::<D>(0.9)) * x[4].tanh()).atanh(),
            (k::<D>(0.5)) + (a1 * a1),
        )
        .re()
        .round(),
    )) * x[0].exp().sin();
    for i3 in x {
        let a4 = x[4] / m2.atan().exp();
        let mut s5 = k::<D>(0.0);
        for i6 in 0..x.len() - 1 {
            let a7 = (-a1) - s5.asinh();
            let a8 = dmax(
                (k::<D>(V[i6])).asinh(),
                ((((k::<D>(0.5))
                    + (((k::<D>(1.5)) + ((k::<D>(-1.237)).tanh()))
                        * ((k::<D>(1.5)) + ((k::<D>(-1.237)).tanh()))))
                .ln_1p())
                    * (((k::<D>(0.5))
                        + (((k::<D>(1.5)) + ((k::<D>(-1.237)).tanh()))
                            * ((k::<D>(1.5)) + ((k::<D>(-1.237)).tanh()))))
                    .ln_1p())
                    + ((k::<D>(0.5)) + ((-s5) * (-s5))) * ((k::<D>(0.5)) + ((-s5) * (-s5))))
                    .sqrt(),
            );
            let a9 = ((*i3) + x[i6 + 1])
                * ((a1 * a1
                    + ((k::<D>(0.5)) + (x[i6 + 1] * x[i6 + 1]))
                        * ((k::<D>(0.5)) + (x[i6 + 1] * x[i6 + 1])))
                    .sqrt());
            s5 -= a1.atan();
        }
        s5 /= (k::<D>(2.0)) + m2.sin();
    }
    (a1 + m2) + x[1]
}

#[differentiable]
fn p135(x: [f64; 4], y: f64, nk: usize) -> f64 {
    let (u1, w2) = ((2.0 + Float::sin(x[1] - y)).cbrt(), -f64::abs(-0.281));
    let (u4, w5) = (
        ((1.0 + (f64::exp2(u1.tanh()).tanh() * Float::exp2(Float::tanh(u1)).tanh())).recip())
            - ((2.0 + Float::sin(w2 - w2)).log(
                (0.5 + (0.4
                    * (({
                        let t3 = 0.634;
                        x[2]
                    })
                    .sin())))
                .exp(),
            )),
        -1.5f64,
    );
    let mut m6 = ((1.1
        + ((2.0 + u4.cos().mul_add(w2, -0.34).sin())
            * (2.0 + f64::mul_add(u4.cos(), w2, -0.34).sin())))
    .acosh())
        + (y.atan2(-(0.5_f64 + (u1 * u1))) * u4.atan());
    let mut s7 = 0.0;
    for i8 in 1..3 {
        s7 = (0.5_f64 * s7) + ((w5 + x[1]).sin());
        m6 -= x[1].atan();
        s7 *= 1.0 + (0.3f64 * ((m6 / W[i8].powi(1).exp()).sin()));
        m6 += ({
            let t9 = u4;
            s7
        })
        .sin();
    }
    for i10 in 1..x.len() {
        let a11 = u1;
        m6 += Float::log2(1.0_f64 + (a11.cos() * f64::cos(a11))).atan();
        m6 *= 1.0 + (0.3_f64 * Float::exp2(((-1.9) - m6).tanh()).sin());
        if !(f64::powi(x[i10 - 1], 3) < -0.04_f64) {
            break;
        }
    }
    let y = (f64::acos(0.9 * x[0].tanh()) * w2.cos()).cos();
    (0.001 * (((((u4 + w5) * m6) + s7) - y) - x[1])).tanh()
}

fn p135_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let (u1, w2) = (
        ((k::<D>(2.0)) + ((x[1] - y).sin())).cbrt(),
        -((k::<D>(-0.281)).abs()),
    );
    let (u4, w5) = (
        (((k::<D>(1.0)) + (u1.tanh().exp2().tanh() * u1.tanh().exp2().tanh())).recip())
            - (((k::<D>(2.0)) + ((w2 - w2).sin())).ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4))
                        * (({
                            let t3 = k::<D>(0.634);
                            x[2]
                        })
                        .sin())))
                .exp())
                .ln()),
        -(k::<D>(1.5)),
    );
    let mut m6 = (((k::<D>(1.1))
        + (((k::<D>(2.0)) + ((u4.cos() * w2 + (k::<D>(-0.34))).sin()))
            * ((k::<D>(2.0)) + ((u4.cos() * w2 + (k::<D>(-0.34))).sin()))))
    .acosh())
        + (datan2(y, -((k::<D>(0.5)) + (u1 * u1))) * u4.atan());
    let mut s7 = k::<D>(0.0);
    for i8 in 1..3 {
        s7 = ((k::<D>(0.5)) * s7) + ((w5 + x[1]).sin());
        m6 -= x[1].atan();
        s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((m6 / (((k::<D>(W[i8])).powi(1)).exp())).sin()));
        m6 += ({
            let t9 = u4;
            s7
        })
        .sin();
    }
    for i10 in 1..x.len() {
        let a11 = u1;
        m6 += (((k::<D>(1.0)) + (a11.cos() * a11.cos())).log2()).atan();
        m6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((k::<D>(-1.9)) - m6).tanh()).exp2()).sin()));
        if !(x[i10 - 1].powi(3).re() < (k::<D>(-0.04)).re()) {
            break;
        }
    }
    let y = ((((k::<D>(0.9)) * x[0].tanh()).acos()) * w2.cos()).cos();
    ((k::<D>(0.001)) * (((((u4 + w5) * m6) + s7) - y) - x[1])).tanh()
}

#[differentiable]
fn p136(x: &[f64]) -> f64 {
    let a1 = f64::ln_1p(0.5 + (Float::cosh(BETA * 0.5) * ((BETA * 0.5).cosh())));
    let mut s2 = 0.5;
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let mut m4 = a1.sin();
        if i3 <= 1 {
            continue;
        }
        let a5 = Float::tan(s2.hypot(1.0).sqrt().cos().sin());
        m4 -= Float::sin(x[2].exp2());
    }
    let a6: f64 = ((Float::sqrt(1.0 + (a1 * a1)) - (s2 - a1)).atan())
        .mul_add(Float::tanh(a1), (a1 - x[1]) - Float::sinh(x[2]));
    let a7 = a1 / (1.0 + (x[0] * x[0]));
    if !(a7.sin().powi(2) < 0.01) {
        return f64::acos(0.9 * Float::sin(x[0].asinh()));
    }
    let mut s8 = 0.0_f64;
    for i9 in 0..x.len() {
        let a10 = s2.tanh();
        if s8.clamp(-1.08f64, 0.54) <= 0.32 && x[i9] > s8 {
            continue;
        }
        let (u12, w13) = (
            x[i9],
            (1.5 + (({
                let t11 = s2.cos() * a1;
                t11 / (1.0 + ((-1.1_f64) * (-1.1)))
            })
            .tanh()))
            .cbrt(),
        );
        let a14: f64 = (a7 + a10) - (i9 as f64);
        s8 += ((0.9 * V[i9].tanh()).atanh()).sin();
    }
    ((((a1 + s2) + a6) + a7) + s8) + x[2]
}

fn p136_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.5))
        + ((((k::<D>(BETA)) * (k::<D>(0.5))).cosh()) * (((k::<D>(BETA)) * (k::<D>(0.5))).cosh())))
    .ln_1p();
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let mut m4 = a1.sin();
        if i3 <= 1 {
            continue;
        }
        let a5 = (((((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()).cos()).sin()).tan();
        m4 -= x[2].exp2().sin();
    }
    let a6: D = ((((((k::<D>(1.0)) + (a1 * a1)).sqrt()) - (s2 - a1)).atan()) * a1.tanh()
        + ((a1 - x[1]) - x[2].sinh()));
    let a7 = a1 / ((k::<D>(1.0)) + (x[0] * x[0]));
    if !(a7.sin().powi(2).re() < (k::<D>(0.01)).re()) {
        return ((k::<D>(0.9)) * x[0].asinh().sin()).acos();
    }
    let mut s8 = k::<D>(0.0);
    for i9 in 0..x.len() {
        let a10 = s2.tanh();
        if dclamp(s8, k::<D>(-1.08), k::<D>(0.54)).re() <= (k::<D>(0.32)).re()
            && x[i9].re() > s8.re()
        {
            continue;
        }
        let (u12, w13) = (
            x[i9],
            ((k::<D>(1.5))
                + (({
                    let t11 = s2.cos() * a1;
                    t11 / ((k::<D>(1.0)) + ((k::<D>(-1.1)) * (k::<D>(-1.1))))
                })
                .tanh()))
            .cbrt(),
        );
        let a14: D = (a7 + a10) - (k::<D>(i9 as f64));
        s8 += (((k::<D>(0.9)) * ((k::<D>(V[i9])).tanh())).atanh()).sin();
    }
    ((((a1 + s2) + a6) + a7) + s8) + x[2]
}

#[differentiable]
fn p137(x: &[f64], y: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 0..x.len() {
        let a3 = y;
        s1 = (0.5 * s1) + ((x[i2] / s1.tanh().exp()).tanh());
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            if y < 0.42_f64 {
                s1 = f64::sin((0.7 * s1) + x[i2].abs());
            } else {
                s1 = s1.min(
                    ((s1.mul_add(f64::sin(core::f64::consts::PI), 0.23) / (((y + y).cos()).exp()))
                        * (((0.9f64 * x[i2].tanh()).acos()).sin()))
                    .atan(),
                );
            }
            s1 *= 1.0 + (0.3 * Float::sin(Float::ln_1p(0.5 + (a3.exp() * f64::exp(a3)))));
        }
        s1 = (0.5 * s1) + f64::cos(p114(a3, y, x[i2]));
        s1 -= a3.cosh().cos();
    }
    for &i5 in x.iter() {
        let a6 = Float::cbrt(Float::hypot(-1.248, 1.0));
        s1 -= x[4].cos();
        s1 *= 1.0 + (0.3_f64 * ((-1.4_f64).sin()));
    }
    let a7 = f64::sqrt(y.exp());
    ((y + s1) + a7) + x[2]
}

fn p137_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..x.len() {
        let a3 = y;
        s1 = ((k::<D>(0.5)) * s1) + ((x[i2] / s1.tanh().exp()).tanh());
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            if y.re() < (k::<D>(0.42)).re() {
                s1 = (((k::<D>(0.7)) * s1) + x[i2].abs()).sin();
            } else {
                s1 = dmin(
                    s1,
                    (((s1 * ((k::<D>(core::f64::consts::PI)).sin()) + (k::<D>(0.23)))
                        / (((y + y).cos()).exp()))
                        * ((((k::<D>(0.9)) * x[i2].tanh()).acos()).sin()))
                    .atan(),
                );
            }
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(0.5)) + (a3.exp() * a3.exp())).ln_1p()).sin()));
        }
        s1 = ((k::<D>(0.5)) * s1) + p114_d(a3, y, x[i2]).cos();
        s1 -= a3.cosh().cos();
    }
    for &i5 in x.iter() {
        let a6 =
            (((k::<D>(-1.248)) * (k::<D>(-1.248)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt();
        s1 -= x[4].cos();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-1.4)).sin()));
    }
    let a7 = y.exp().sqrt();
    ((y + s1) + a7) + x[2]
}

#[differentiable]
fn p138<T: Float + NumAssign>(x: [T; 6], y: T) -> T {
    let a1: T = ((c::<T>(1.0)) + (y * y)).recip();
    let a2: T = p29(
        a1.atan(),
        (c::<T>(BETA)).atan(),
        (Float::mul_add(x[3], c::<T>(-1.41), c::<T>(1.833)) + Float::tan((c::<T>(-1.4)).sin()))
            .sin(),
    );
    if ((c::<T>(0.341)).hypot(T::one())).cbrt() > T::sin(c::<T>(std::f64::consts::E)) {
        return (a2 + x[1]) * (a2 - y);
    }
    let a3 = if a1 < a2 * x[4] {
        x[3].atan2(-(T::from(0.5).unwrap() + (a1 * a1))) - (x[0] * a2)
    } else {
        p53(y, a1.sin(), x[5]) * (a1 + x[5])
    };
    let mut s4 = c::<T>(1.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        if x[5] < Float::log2(T::exp((c::<T>(i5 as f64)).tanh())) {
            break;
        }
        let a6 = s4 + (c::<T>(i5 as f64));
        s4 /= Float::cosh(x[4]);
    }
    s4 *= T::one() + (T::from(0.3).unwrap() * ((a2 - x[0]).sin()));
    ((((y * a1) + a2) * a3) + s4) + x[2]
}

fn p138_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = ((k::<D>(1.0)) + (y * y)).recip();
    let a2: D = p29_d(
        a1.atan(),
        (k::<D>(BETA)).atan(),
        ((x[3] * (k::<D>(-1.41)) + (k::<D>(1.833))) + (((k::<D>(-1.4)).sin()).tan())).sin(),
    );
    if ((((k::<D>(0.341)) * (k::<D>(0.341)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt()).re()
        > ((k::<D>(std::f64::consts::E)).sin()).re()
    {
        return (a2 + x[1]) * (a2 - y);
    }
    let a3 = if a1.re() < (a2 * x[4]).re() {
        datan2(x[3], -((k::<D>(0.5)) + (a1 * a1))) - (x[0] * a2)
    } else {
        p53_d(y, a1.sin(), x[5]) * (a1 + x[5])
    };
    let mut s4 = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        if x[5].re() < ((((k::<D>(i5 as f64)).tanh()).exp()).log2()).re() {
            break;
        }
        let a6 = s4 + (k::<D>(i5 as f64));
        s4 /= x[4].cosh();
    }
    s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a2 - x[0]).sin()));
    ((((y * a1) + a2) * a3) + s4) + x[2]
}

#[differentiable]
fn p139(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5;
    for i2 in 1..=2 {
        if i2 >= 2 {
            continue;
        }
        let mut i3 = 0;
        while i3 < 1 {
            i3 += 1;
            let a4 = f64::acos(0.9f64 * x0.tanh());
            let a5 = x2 * x1;
            if i3 <= 0 {
                break;
            }
            let (u6, w7) = (
                ((a4 + x1) / (1.0 + (Float::tanh(-0.34_f64) * ((-0.34).tanh()))))
                    / (1.5 + f64::powi(1.5_f64 + a5.tanh(), -2).cos().exp().cbrt().tanh()),
                (2.0 + ((((a5 / (1.0 + (f64::tanh(s1) * s1.tanh()))).sin()).exp2()).sin())).sqrt(),
            );
            s1 = Float::sin(
                (0.7 * s1) + ((x1 / f64::hypot(x1, 1.0)) + (((i3 as f64).floor()) * x2)),
            );
        }
        let a8 = s1;
        s1 += Float::log2(a8.exp()).sin();
        s1 += f64::atan(f64::sqrt(
            Float::hypot(x2, 0.5 + ((i2 as f64) * (i2 as f64))).hypot(1.0),
        ));
    }
    let mut s9: f64 = 1.0;
    for i10 in 2..=4 {
        let a11 = Float::ceil(s1) * BETA.atan();
        s9 += f64::sin(x0.exp());
        s9 *= 1.0 + (0.3 * ((-0.2).sin()));
        s1 = (0.5f64 * s1) + s1.tanh();
    }
    let mut s12 = 1.0;
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let a14 = x0.exp();
        let a15: f64 = if s12 > 0.21 { s1 } else { a14 };
        let a16 = f64::sin(s1) * ((s1 + a14).cos());
        s1 += Float::cos(Float::atan2(
            f64::exp(a16.cos()),
            -(0.5 + ((x0 - x2) * (x0 - x2))),
        ));
    }
    if (0.9_f64 * x1.sin()).acos() < (-1.43) / f64::cosh(f64::cos(std::f64::consts::E)) {
        return f64::sin(s12 / (1.0 + ((-0.26) * (-0.26_f64))));
    }
    let a17 = f64::cos(
        x1.hypot(1.0).powf(s9.tanh()) / Float::cosh(p123(x0, s9.sin(), Float::sin(ALPHA)).cos()),
    )
    .exp_m1();
    for i18 in 2..=4 {
        let mut s19: f64 = 0.5;
        let mut i20 = 0;
        while i20 < 2 {
            i20 += 1;
            s19 *= 1.0_f64 + (0.3 * ((s12 + (x2 * x2)).sin()));
            if 0.1 * (-0.2) > 0.2f64 {
                continue;
            }
            let a21 = 0.601;
            s1 = s1.min(Float::sin(0.88));
            s9 -= (Float::tan(s19.sin().sin()) - (a17 + a21)).sin();
        }
        let a22: f64 = (s19 + (i18 as f64)) - s19;
        s1 -= Float::sin(
            (1.1 + (Float::exp(
                f64::mul_add(core::f64::consts::PI.tanh(), s12.tanh(), (i18 as f64)).cos(),
            ) * f64::exp(Float::cos(
                core::f64::consts::PI
                    .tanh()
                    .mul_add(s12.tanh(), (i18 as f64)),
            ))))
            .acosh(),
        );
        s1 += (s1 - s19).tanh();
    }
    let mut m23: f64 = x2 * (-0.9_f64);
    (0.001 * ((((s1 + s9) + s12) + a17) + m23)).tanh()
}

fn p139_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 1..=2 {
        if i2 >= 2 {
            continue;
        }
        let mut i3 = 0;
        while i3 < 1 {
            i3 += 1;
            let a4 = ((k::<D>(0.9)) * x0.tanh()).acos();
            let a5 = x2 * x1;
            if i3 <= 0 {
                break;
            }
            let (u6, w7) = (
                ((a4 + x1)
                    / ((k::<D>(1.0)) + (((k::<D>(-0.34)).tanh()) * ((k::<D>(-0.34)).tanh()))))
                    / ((k::<D>(1.5))
                        + (((((((k::<D>(1.5)) + a5.tanh()).powi(-2)).cos()).exp()).cbrt()).tanh())),
                ((k::<D>(2.0))
                    + ((((a5 / ((k::<D>(1.0)) + (s1.tanh() * s1.tanh()))).sin()).exp2()).sin()))
                .sqrt(),
            );
            s1 = (((k::<D>(0.7)) * s1)
                + ((x1 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                    + ((k::<D>((k::<D>(i3 as f64)).re().floor())) * x2)))
                .sin();
        }
        let a8 = s1;
        s1 += a8.exp().log2().sin();
        s1 += (((((x2 * x2
            + ((k::<D>(0.5)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64))))
                * ((k::<D>(0.5)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64)))))
        .sqrt())
            * ((x2 * x2
                + ((k::<D>(0.5)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64))))
                    * ((k::<D>(0.5)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64)))))
            .sqrt())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .sqrt())
        .atan();
    }
    let mut s9: D = k::<D>(1.0);
    for i10 in 2..=4 {
        let a11 = (k::<D>(s1.re().ceil())) * ((k::<D>(BETA)).atan());
        s9 += x0.exp().sin();
        s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.2)).sin()));
        s1 = ((k::<D>(0.5)) * s1) + s1.tanh();
    }
    let mut s12 = k::<D>(1.0);
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let a14 = x0.exp();
        let a15: D = if s12.re() > (k::<D>(0.21)).re() {
            s1
        } else {
            a14
        };
        let a16 = s1.sin() * ((s1 + a14).cos());
        s1 += datan2(a16.cos().exp(), -((k::<D>(0.5)) + ((x0 - x2) * (x0 - x2)))).cos();
    }
    if (((k::<D>(0.9)) * x1.sin()).acos()).re()
        < ((k::<D>(-1.43)) / (((k::<D>(std::f64::consts::E)).cos()).cosh())).re()
    {
        return (s12 / ((k::<D>(1.0)) + ((k::<D>(-0.26)) * (k::<D>(-0.26))))).sin();
    }
    let a17 = ((((s9.tanh() * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp())
        / p123_d(x0, s9.sin(), (k::<D>(ALPHA)).sin()).cos().cosh())
    .cos())
    .exp_m1();
    for i18 in 2..=4 {
        let mut s19: D = k::<D>(0.5);
        let mut i20 = 0;
        while i20 < 2 {
            i20 += 1;
            s19 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s12 + (x2 * x2)).sin()));
            if ((k::<D>(0.1)) * (k::<D>(-0.2))).re() > (k::<D>(0.2)).re() {
                continue;
            }
            let a21 = k::<D>(0.601);
            s1 = dmin(s1, (k::<D>(0.88)).sin());
            s9 -= (s19.sin().sin().tan() - (a17 + a21)).sin();
        }
        let a22: D = (s19 + (k::<D>(i18 as f64))) - s19;
        s1 -= (((k::<D>(1.1))
            + ((((((k::<D>(core::f64::consts::PI)).tanh()) * s12.tanh()
                + (k::<D>(i18 as f64)))
            .cos())
            .exp())
                * (((((k::<D>(core::f64::consts::PI)).tanh()) * s12.tanh()
                    + (k::<D>(i18 as f64)))
                .cos())
                .exp())))
        .acosh())
        .sin();
        s1 += (s1 - s19).tanh();
    }
    let mut m23: D = x2 * (k::<D>(-0.9));
    ((k::<D>(0.001)) * ((((s1 + s9) + s12) + a17) + m23)).tanh()
}

#[differentiable]
fn p140<T: Float>(x: &[T]) -> T {
    let a1 = (Float::signum(c::<T>(ALPHA)) * T::cos(c::<T>(core::f64::consts::PI)))
        .clamp(c::<T>(-0.88), c::<T>(0.44));
    let mut s2 = T::zero();
    for i3 in 0..x.len() {
        let mut m4 = -a1;
        m4 = m4 - ((m4 + m4).atan());
    }
    let (u5, w6) = (
        T::acosh(
            T::from(1.1).unwrap()
                + ((T::from(1.5).unwrap() + ((c::<T>(-1.5)).tanh()))
                    * ((c::<T>(1.5)) + ((c::<T>(-1.5)).tanh()))),
        ) + (((c::<T>(0.5)) + (x[1].hypot(c::<T>(1.0)) * x[1].hypot(T::one()))).ln_1p()),
        x[3],
    );
    let a7 = x[1];
    if w6.exp().powf(x[0]) > c::<T>(0.422) {
        return (((c::<T>(-1.63)) * x[1]).tanh()).exp();
    }
    let mut m8 = w6;
    ((((s2 + u5) + w6) + a7) + m8) + x[3]
}

fn p140_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = dclamp(
        (k::<D>((k::<D>(ALPHA)).re().signum())) * ((k::<D>(core::f64::consts::PI)).cos()),
        k::<D>(-0.88),
        k::<D>(0.44),
    );
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() {
        let mut m4 = -a1;
        m4 -= (m4 + m4).atan();
    }
    let (u5, w6) = (
        (((k::<D>(1.1))
            + (((k::<D>(1.5)) + ((k::<D>(-1.5)).tanh()))
                * ((k::<D>(1.5)) + ((k::<D>(-1.5)).tanh()))))
        .acosh())
            + (((k::<D>(0.5))
                + (((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .ln_1p()),
        x[3],
    );
    let a7 = x[1];
    if ((x[0] * w6.exp().ln()).exp()).re() > (k::<D>(0.422)).re() {
        return (((k::<D>(-1.63)) * x[1]).tanh()).exp();
    }
    let mut m8 = w6;
    ((((s2 + u5) + w6) + a7) + m8) + x[3]
}

#[differentiable]
fn p141(x: &[f64], y: f64) -> f64 {
    let a2 = if !(y >= 0.72) {
        (((1.1 + ((1.0 + (BETA * BETA)) * (1.0 + (BETA * BETA)))).acosh()).abs())
            - ((y / (1.0_f64 + (x[2] * x[2]))).cos())
    } else {
        (y + (y - x[1]))
            + (({
                let t1 = y;
                -1.942
            }) * f64::atan(y))
    };
    let (u3, w4) = (
        if (0.9 * Float::sin(x[2])).atanh() < -0.42_f64 {
            x[0].exp().log2() + (a2 - 1.403)
        } else {
            (0.048 + 1.798f64).mul_add(Float::sin(a2), x[0].floor() * x[1])
        },
        ((0.52 / Float::cosh(f64::atan(a2))) - (x[2] * x[1])).sin(),
    );
    let (u5, w6) = (
        x[0].sin(),
        (1.1f64 + ((1.0 + (1.502 * 1.502_f64)) * (1.0 + (1.502 * 1.502f64)))).acosh(),
    );
    let mut s7 = 0.5_f64;
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let mut m9: f64 = ((1.5_f64 + f64::powi(1.0f64 + (y * y), 0).tanh()).cbrt()) + x[2];
        let a10: f64 = (W[i8] + w6).tanh();
        let a11 = x[2].abs();
        m9 /= 1.0 + (x[2] * x[2]);
    }
    let mut s12: f64 = 0.0;
    let mut i13 = 0;
    while i13 < 4 {
        i13 += 1;
        for i14 in 0..x.len() {
            let a15 = x[i14];
            s12 -= (((2.0_f64 + x[i14].sin()).ln())
                + Float::powf(1.0_f64 + (a2.cos() * a2.cos()), s7.sin()))
            .cos();
        }
        let mut m16: f64 = y * f64::atan2(w6, 0.5 + (x[0] * x[0]));
        s12 -= x[4].atan();
    }
    (0.001 * (((((w4 * u5) + w6) + s7) + s12) + x[1])).tanh()
}

fn p141_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a2 = if !(y.re() >= (k::<D>(0.72)).re()) {
        ((((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))
                * ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))))
        .acosh())
        .abs())
            - ((y / ((k::<D>(1.0)) + (x[2] * x[2]))).cos())
    } else {
        (y + (y - x[1]))
            + (({
                let t1 = y;
                k::<D>(-1.942)
            }) * y.atan())
    };
    let (u3, w4) = (
        if (((k::<D>(0.9)) * x[2].sin()).atanh()).re() < (k::<D>(-0.42)).re() {
            x[0].exp().log2() + (a2 - (k::<D>(1.403)))
        } else {
            (((k::<D>(0.048)) + (k::<D>(1.798))) * a2.sin() + ((k::<D>(x[0].re().floor())) * x[1]))
        },
        (((k::<D>(0.52)) / a2.atan().cosh()) - (x[2] * x[1])).sin(),
    );
    let (u5, w6) = (
        x[0].sin(),
        ((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((k::<D>(1.502)) * (k::<D>(1.502))))
                * ((k::<D>(1.0)) + ((k::<D>(1.502)) * (k::<D>(1.502))))))
        .acosh(),
    );
    let mut s7 = k::<D>(0.5);
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let mut m9: D =
            (((k::<D>(1.5)) + ((((k::<D>(1.0)) + (y * y)).powi(0)).tanh())).cbrt()) + x[2];
        let a10: D = ((k::<D>(W[i8])) + w6).tanh();
        let a11 = x[2].abs();
        m9 /= (k::<D>(1.0)) + (x[2] * x[2]);
    }
    let mut s12: D = k::<D>(0.0);
    let mut i13 = 0;
    while i13 < 4 {
        i13 += 1;
        for i14 in 0..x.len() {
            let a15 = x[i14];
            s12 -= ((((k::<D>(2.0)) + x[i14].sin()).ln())
                + ((s7.sin() * ((k::<D>(1.0)) + (a2.cos() * a2.cos())).ln()).exp()))
            .cos();
        }
        let mut m16: D = y * datan2(w6, (k::<D>(0.5)) + (x[0] * x[0]));
        s12 -= x[4].atan();
    }
    ((k::<D>(0.001)) * (((((w4 * u5) + w6) + s7) + s12) + x[1])).tanh()
}

#[differentiable]
fn p142<T: Float + NumAssign>(x: [T; 5]) -> T {
    let a1: T = x[0] + (c::<T>(std::f64::consts::E));
    let mut s2: T = c::<T>(1.0);
    for i3 in 0..x.len() - 1 {
        let mut s4: T = c::<T>(1.0);
        for i5 in 0..x.len() / 2 {
            let a1 = T::abs(x[2 * i5 + 1]).exp().cbrt()
                * Float::powi(Float::sin(x[2 * i5 + 1] - (c::<T>(i5 as f64))), 3);
            if {
                let t6 = s4;
                s4
            } > x[2 * i5] / ((c::<T>(2.0)) + s2.sin())
            {
                continue;
            }
            s2 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((s2.cos() * s4.tanh()).sin()));
        }
        let a7 = p100(
            (T::sqrt(s4.hypot(T::one()))
                / ((c::<T>(1.0)) + ((x[i3 + 1] + x[i3]) * (x[i3 + 1] + x[i3]))))
                .atan(),
            ((((x[i3] + x[i3]).atan()).exp()).powf(x[i3])).atan(),
            c::<T>(-0.4),
        );
        s4 *= T::one() + ((c::<T>(0.3)) * x[i3 + 1].cosh().sin());
        s4 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(1.5)) + T::zero().tanh()).cos()));
    }
    let (u8, w9) = (T::tanh(a1), -a1);
    let mut m10 =
        (((c::<T>(0.9)) * ((c::<T>(1.7)).tanh())).asin()) - (s2 - (c::<T>(std::f64::consts::E)));
    ((c::<T>(0.001)) * (((((a1 * s2) + u8) + w9) + m10) + x[1])).tanh()
}

fn p142_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[0] + (k::<D>(std::f64::consts::E));
    let mut s2: D = k::<D>(1.0);
    for i3 in 0..x.len() - 1 {
        let mut s4: D = k::<D>(1.0);
        for i5 in 0..x.len() / 2 {
            let a1 = x[2 * i5 + 1].abs().exp().cbrt()
                * (((x[2 * i5 + 1] - (k::<D>(i5 as f64))).sin()).powi(3));
            if ({
                let t6 = s4;
                s4
            })
            .re()
                > (x[2 * i5] / ((k::<D>(2.0)) + s2.sin())).re()
            {
                continue;
            }
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s2.cos() * s4.tanh()).sin()));
        }
        let a7 = p100_d(
            ((((s4 * s4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt())
                / ((k::<D>(1.0)) + ((x[i3 + 1] + x[i3]) * (x[i3 + 1] + x[i3]))))
                .atan(),
            ((x[i3] * (((x[i3] + x[i3]).atan()).exp()).ln()).exp()).atan(),
            k::<D>(-0.4),
        );
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i3 + 1].cosh().sin());
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(-0.0)).tanh())).cos()));
    }
    let (u8, w9) = (a1.tanh(), -a1);
    let mut m10 =
        (((k::<D>(0.9)) * ((k::<D>(1.7)).tanh())).asin()) - (s2 - (k::<D>(std::f64::consts::E)));
    ((k::<D>(0.001)) * (((((a1 * s2) + u8) + w9) + m10) + x[1])).tanh()
}

#[differentiable]
fn p143(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u4, w5) = (
            {
                let t3 = x1;
                ((x2 + x0).atan()).exp()
            },
            Float::sin(x0),
        );
        let mut s6 = 1.0;
        for i7 in (i2 + 1)..6 {
            let a8 = w5 - x1;
            let a9 = w5.exp_m1();
            s6 *= 1.0 + (0.3_f64 * Float::exp(f64::sin((i2 as f64))).cos());
        }
        let (u10, w11) = (
            x0,
            (x0.exp().log10()
                / (1.0 + (((2.0 + w5.sin()).recip()) * Float::recip(2.0 + f64::sin(w5)))))
            .tanh(),
        );
        s1 *= 1.0 + (0.3 * Float::atan2(s6, 0.5 + (u4 * u4)).atan().sin());
        s6 *= 1.0 + (0.3 * (((2.0 + V[i2].sin()).powf(-0.1_f64)).sin()));
    }
    let a12: f64 = -(-1.46f64);
    let a13 = ((2.0 + Float::sinh(x2).sin()).powf((x2 + 1.6).tanh()))
        / (2.0 + (((0.9 * ((((-1.802) - x2).atan()).sin())).atanh()).sin()));
    let mut s14 = 0.5;
    for i15 in 0..4 {
        let a16 = f64::recip(2.0 + V[i15].sin());
        s1 -= (a13 + a16).sin();
        s14 = ((0.7 * s14) + (((a12 + x1).sin()).tan())).atan();
    }
    let (u17, w18) = (
        (-core::f64::consts::PI) * x0.sin(),
        Float::acosh(1.1f64 + (ALPHA.hypot(1.0) * f64::hypot(ALPHA, 1.0)))
            .atan()
            .exp2(),
    );
    let a19 = (-0.256).asinh();
    (((a13 + s14) + u17) + w18) + a19
}

fn p143_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u4, w5) = (
            {
                let t3 = x1;
                ((x2 + x0).atan()).exp()
            },
            x0.sin(),
        );
        let mut s6 = k::<D>(1.0);
        for i7 in (i2 + 1)..6 {
            let a8 = w5 - x1;
            let a9 = w5.exp_m1();
            s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(i2 as f64)).sin()).exp()).cos()));
        }
        let (u10, w11) = (
            x0,
            (x0.exp().log10()
                / ((k::<D>(1.0))
                    + ((((k::<D>(2.0)) + w5.sin()).recip())
                        * (((k::<D>(2.0)) + w5.sin()).recip()))))
            .tanh(),
        );
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * datan2(s6, (k::<D>(0.5)) + (u4 * u4)).atan().sin());
        s6 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(-0.1)) * ((k::<D>(2.0)) + ((k::<D>(V[i2])).sin())).ln()).exp())
                    .sin()));
    }
    let a12: D = -(k::<D>(-1.46));
    let a13 = ((((x2 + (k::<D>(1.6))).tanh()) * ((k::<D>(2.0)) + x2.sinh().sin()).ln()).exp())
        / ((k::<D>(2.0))
            + ((((k::<D>(0.9)) * ((((k::<D>(-1.802)) - x2).atan()).sin())).atanh()).sin()));
    let mut s14 = k::<D>(0.5);
    for i15 in 0..4 {
        let a16 = ((k::<D>(2.0)) + ((k::<D>(V[i15])).sin())).recip();
        s1 -= (a13 + a16).sin();
        s14 = (((k::<D>(0.7)) * s14) + (((a12 + x1).sin()).tan())).atan();
    }
    let (u17, w18) = (
        (-(k::<D>(core::f64::consts::PI))) * x0.sin(),
        ((((k::<D>(1.1))
            + ((((k::<D>(ALPHA)) * (k::<D>(ALPHA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * (((k::<D>(ALPHA)) * (k::<D>(ALPHA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh())
        .atan())
        .exp2(),
    );
    let a19 = (k::<D>(-0.256)).asinh();
    (((a13 + s14) + u17) + w18) + a19
}

#[differentiable]
fn p144<T>(x: &[T]) -> T
where
    T: Float,
{
    let a1 = (T::from(0.9).unwrap() * (((c::<T>(ALPHA)).sin()).sin())).asin();
    let mut m2 = a1;
    let mut s3 = T::zero();
    for i4 in 0..x.len() {
        if m2 > x[i4] + a1 {
            break;
        }
        let a5 = T::cos((((c::<T>(1.0)) + (x[i4] * x[i4])).powi(0)).asinh());
        let a6: T = m2.hypot(T::from(0.5).unwrap() + (m2 * m2)).signum()
            * (((c::<T>(i4 as f64)) * x[i4]).cos());
        m2 = ((T::from(0.7).unwrap() * m2) + (x[i4] + ((c::<T>(-1.42)).sinh()))).tanh();
    }
    for i7 in 0..x.len() {
        for i8 in 2..=6 {
            let a9 = x[i7];
            m2 = m2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((x[i7] + s3).sin())));
        }
        let a10 = -m2;
        let mut m11: T = p133(T::sin(a1 + x[i7]), Float::tanh(m2)).mul_add(
            (((c::<T>(0.9)) * T::sin((x[i7] * (c::<T>(BETA))).tanh())).asin()).tanh(),
            T::log(
                (c::<T>(1.0)) + (m2.cos() * m2.cos()),
                (T::from(0.5).unwrap() + ((c::<T>(0.4)) * x[i7].sin())).exp(),
            ) - (c::<T>(BETA)),
        );
        m11 = m11 + ((((c::<T>(1.5)) + x[i7].tanh()).sqrt()).atan());
        s3 = ((c::<T>(0.5)) * s3)
            + Float::atan(T::atan(
                ((c::<T>(0.9)) * T::tanh(T::sin(c::<T>(i7 as f64)))).acos(),
            ));
    }
    Float::tanh((c::<T>(0.001)) * (((a1 + m2) * s3) - x[1]))
}

fn p144_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.9)) * (((k::<D>(ALPHA)).sin()).sin())).asin();
    let mut m2 = a1;
    let mut s3 = k::<D>(0.0);
    for i4 in 0..x.len() {
        if m2.re() > (x[i4] + a1).re() {
            break;
        }
        let a5 = ((((k::<D>(1.0)) + (x[i4] * x[i4])).powi(0)).asinh()).cos();
        let a6: D = (k::<D>(
            ((m2 * m2 + ((k::<D>(0.5)) + (m2 * m2)) * ((k::<D>(0.5)) + (m2 * m2))).sqrt())
                .re()
                .signum(),
        )) * (((k::<D>(i4 as f64)) * x[i4]).cos());
        m2 = (((k::<D>(0.7)) * m2) + (x[i4] + ((k::<D>(-1.42)).sinh()))).tanh();
    }
    for i7 in 0..x.len() {
        for i8 in 2..=6 {
            let a9 = x[i7];
            m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x[i7] + s3).sin()));
        }
        let a10 = -m2;
        let mut m11: D = (p133_d((a1 + x[i7]).sin(), m2.tanh())
            * ((((k::<D>(0.9)) * (((x[i7] * (k::<D>(BETA))).tanh()).sin())).asin()).tanh())
            + ((((k::<D>(1.0)) + (m2.cos() * m2.cos())).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[i7].sin())).exp()).ln())
                - (k::<D>(BETA))));
        m11 += (((k::<D>(1.5)) + x[i7].tanh()).sqrt()).atan();
        s3 = ((k::<D>(0.5)) * s3)
            + (((((k::<D>(0.9)) * (((k::<D>(i7 as f64)).sin()).tanh())).acos()).atan()).atan());
    }
    ((k::<D>(0.001)) * (((a1 + m2) * s3) - x[1])).tanh()
}

#[differentiable]
fn p145(x0: f64, x1: f64, x2: f64) -> f64 {
    let a2 = if x2.atan() <= Float::sin(x1) {
        (Float::log2(1.0 + (x1 * x1)) + (-x2)).hypot(
            0.5 + ((({
                let t1 = x2;
                x2
            })
            .tanh())
                * (({
                    let t1 = x2;
                    x2
                })
                .tanh())),
        )
    } else {
        (x2 - (std::f64::consts::E + x0)) / (2.0 + f64::sin(x0))
    };
    let mut s3: f64 = 0.0_f64;
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = core::f64::consts::PI;
        let (u6, w7) = (
            x1 * (((x1.floor() * W[i4]).atan()).exp()),
            Float::log10(1.5_f64 + ((-x2).tanh()))
                * Float::atan2(
                    a5,
                    0.5 + (((-0.91) / (1.5_f64 + f64::tanh(x1))) * ((-0.91) / (1.5 + x1.tanh()))),
                ),
        );
        let a2 =
            a2 / (1.0 + (((0.9f64 * 1.97.tanh()).atanh()) * ((0.9 * 1.97_f64.tanh()).atanh())));
        s3 *= 1.0 + (0.3 * f64::sin((2.0 + Float::sin(x2 / f64::exp(x0))).log2()));
        s3 += ((2.0 + u6.atan().sin().tan().sin()).powi(0)).sin();
    }
    let a8: f64 = -1.1;
    let a9 = f64::exp2(a2.atan());
    (((x2 + a2) + s3) + a8) + a9
}

fn p145_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = if x2.atan().re() <= x1.sin().re() {
        (((((k::<D>(1.0)) + (x1 * x1)).log2()) + (-x2))
            * ((((k::<D>(1.0)) + (x1 * x1)).log2()) + (-x2))
            + ((k::<D>(0.5))
                + ((({
                    let t1 = x2;
                    x2
                })
                .tanh())
                    * (({
                        let t1 = x2;
                        x2
                    })
                    .tanh())))
                * ((k::<D>(0.5))
                    + ((({
                        let t1 = x2;
                        x2
                    })
                    .tanh())
                        * (({
                            let t1 = x2;
                            x2
                        })
                        .tanh()))))
        .sqrt()
    } else {
        (x2 - ((k::<D>(std::f64::consts::E)) + x0)) / ((k::<D>(2.0)) + x0.sin())
    };
    let mut s3: D = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = k::<D>(core::f64::consts::PI);
        let (u6, w7) = (
            x1 * ((((k::<D>(x1.re().floor())) * (k::<D>(W[i4]))).atan()).exp()),
            (((k::<D>(1.5)) + ((-x2).tanh())).log10())
                * datan2(
                    a5,
                    (k::<D>(0.5))
                        + (((k::<D>(-0.91)) / ((k::<D>(1.5)) + x1.tanh()))
                            * ((k::<D>(-0.91)) / ((k::<D>(1.5)) + x1.tanh()))),
                ),
        );
        let a2 = a2
            / ((k::<D>(1.0))
                + ((((k::<D>(0.9)) * ((k::<D>(1.97)).tanh())).atanh())
                    * (((k::<D>(0.9)) * ((k::<D>(1.97)).tanh())).atanh())));
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(2.0)) + ((x2 / x0.exp()).sin())).log2()).sin()));
        s3 += (((k::<D>(2.0)) + u6.atan().sin().tan().sin()).powi(0)).sin();
    }
    let a8: D = k::<D>(-1.1);
    let a9 = a2.atan().exp2();
    (((x2 + a2) + s3) + a8) + a9
}

#[differentiable]
fn p146(x: &[f64]) -> f64 {
    let a1 = if (1.0 + (core::f64::consts::PI * core::f64::consts::PI)).cbrt() < -0.74 {
        x[2] + ALPHA
    } else {
        -std::f64::consts::E
    };
    let mut m2: f64 = a1.atan().exp();
    let a3 = m2 - ((x[1] * m2) / (1.0f64 + (((m2 - x[1]).cos()) * ((m2 - x[1]).cos()))));
    m2 *= 1.0_f64 + (0.3 * x[0].exp().cos());
    m2 -= std::f64::consts::E.sin().sinh();
    ((a1 + m2) + a3) + x[4]
}

fn p146_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = if (((k::<D>(1.0))
        + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
    .cbrt())
    .re()
        < (k::<D>(-0.74)).re()
    {
        x[2] + (k::<D>(ALPHA))
    } else {
        -(k::<D>(std::f64::consts::E))
    };
    let mut m2: D = a1.atan().exp();
    let a3 = m2 - ((x[1] * m2) / ((k::<D>(1.0)) + (((m2 - x[1]).cos()) * ((m2 - x[1]).cos()))));
    m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[0].exp().cos());
    m2 -= ((k::<D>(std::f64::consts::E)).sin()).sinh();
    ((a1 + m2) + a3) + x[4]
}

#[differentiable]
fn p147(x0: f64, x1: f64, x2: f64) -> f64 {
    let a2 = if x2 + x0 < std::f64::consts::E.tanh() {
        {
            let t1 = x1;
            x2
        }
    } else {
        std::f64::consts::E * x2
    };
    let mut s3: f64 = 1.0_f64;
    for i4 in 0..=4 {
        let mut m5: f64 = (1.2.sinh() / (1.0 + (((x2 * a2).cos()) * ((x2 * a2).cos()))))
            .atan2(-(0.5f64 + (((x0 + x0) * (x2 * x2)) * ((x0 + x0) * (x2 * x2)))));
        let mut m6: f64 = ((2.0 + p116(Float::cos(a2), m5.atan()).sin()).log10())
            * f64::sin((x2 * a2).atan()).tan();
        let a7 = m5;
        s3 = (0.5 * s3) + ((V[i4] + x2).tanh());
        s3 += m5.tanh();
    }
    for i8 in 1..5 {
        for i9 in 1..=2 {
            let a10 = a2;
            s3 *= 1.0 + (0.3 * ((x2 * a2).sin()));
            let a11 = (f64::sin(a2).sin().tan() + (x0 / (1.0 + (x0 * x0))))
                / Float::cosh(
                    ((1.0
                        + (f64::mul_add(-1.08_f64, (i9 as f64), W[i8])
                            * f64::mul_add(-1.08, (i9 as f64), W[i8])))
                    .recip())
                    .tanh(),
                );
            s3 += Float::atan((x1 / (1.5 + s3.tanh())) / (1.0 + (s3.atan() * f64::atan(s3))));
        }
        s3 += (Float::cos(s3) * s3.atan()).atan();
    }
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let a13 = ((1.0
            + ((((1.0f64 + (x2 * x2)).powf(x2)).cos()) * Float::powf(1.0 + (x2 * x2), x2).cos()))
        .sqrt())
            * 1.053f64.tanh();
        let (u14, w15) = (1.017 + (i12 as f64), x0 - a2);
        if !(f64::cos(s3) < Float::mul_add(x0, s3.sin(), x1)) {
            continue;
        }
        let a16 = ((1.0 + (a2 * a2)).sqrt()).asinh();
        s3 = s3.max((0.0_f64 + x2).tanh());
        s3 *= 1.0 + (0.3_f64 * V[i12].atan2(-(0.5 + (a16 * a16))).cos().powi(3).sin());
    }
    let mut m17 = f64::mul_add(x1, Float::cos(s3) * x1, x0.hypot(0.5 + (x1 * x1)))
        .atan2(-(0.5f64 + (x0 * x0)));
    (0.001 * ((((x1 + x2) * a2) + s3) - m17)).tanh()
}

fn p147_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = if (x2 + x0).re() < ((k::<D>(std::f64::consts::E)).tanh()).re() {
        {
            let t1 = x1;
            x2
        }
    } else {
        (k::<D>(std::f64::consts::E)) * x2
    };
    let mut s3: D = k::<D>(1.0);
    for i4 in 0..=4 {
        let mut m5: D = datan2(
            ((k::<D>(1.2)).sinh()) / ((k::<D>(1.0)) + (((x2 * a2).cos()) * ((x2 * a2).cos()))),
            -((k::<D>(0.5)) + (((x0 + x0) * (x2 * x2)) * ((x0 + x0) * (x2 * x2)))),
        );
        let mut m6: D = (((k::<D>(2.0)) + p116_d(a2.cos(), m5.atan()).sin()).log10())
            * ((((x2 * a2).atan()).sin()).tan());
        let a7 = m5;
        s3 = ((k::<D>(0.5)) * s3) + (((k::<D>(V[i4])) + x2).tanh());
        s3 += m5.tanh();
    }
    for i8 in 1..5 {
        for i9 in 1..=2 {
            let a10 = a2;
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x2 * a2).sin()));
            let a11 = (a2.sin().sin().tan() + (x0 / ((k::<D>(1.0)) + (x0 * x0))))
                / (((((k::<D>(1.0))
                    + (((k::<D>(-1.08)) * (k::<D>(i9 as f64)) + (k::<D>(W[i8])))
                        * ((k::<D>(-1.08)) * (k::<D>(i9 as f64)) + (k::<D>(W[i8])))))
                .recip())
                .tanh())
                .cosh());
            s3 += ((x1 / ((k::<D>(1.5)) + s3.tanh())) / ((k::<D>(1.0)) + (s3.atan() * s3.atan())))
                .atan();
        }
        s3 += (s3.cos() * s3.atan()).atan();
    }
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let a13 = (((k::<D>(1.0))
            + ((((x2 * ((k::<D>(1.0)) + (x2 * x2)).ln()).exp()).cos())
                * (((x2 * ((k::<D>(1.0)) + (x2 * x2)).ln()).exp()).cos())))
        .sqrt())
            * ((k::<D>(1.053)).tanh());
        let (u14, w15) = ((k::<D>(1.017)) + (k::<D>(i12 as f64)), x0 - a2);
        if !(s3.cos().re() < (x0 * s3.sin() + x1).re()) {
            continue;
        }
        let a16 = (((k::<D>(1.0)) + (a2 * a2)).sqrt()).asinh();
        s3 = dmax(s3, ((k::<D>(0.0)) + x2).tanh());
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * datan2(k::<D>(V[i12]), -((k::<D>(0.5)) + (a16 * a16)))
                    .cos()
                    .powi(3)
                    .sin());
    }
    let mut m17 = datan2(
        (x1 * (s3.cos() * x1)
            + ((x0 * x0 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1))).sqrt())),
        -((k::<D>(0.5)) + (x0 * x0)),
    );
    ((k::<D>(0.001)) * ((((x1 + x2) * a2) + s3) - m17)).tanh()
}

#[differentiable]
fn p148<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        s1 *= T::one()
            + ((c::<T>(0.3))
                * ((p97(
                    (((c::<T>(0.5)) + (x1.hypot(c::<T>(1.0)) * x1.hypot(c::<T>(1.0)))).ln_1p())
                        .cos(),
                    x1,
                    (T::cos(s1) * (c::<T>(V[i2]))).cos(),
                ) * ((s1 / s1.cos().exp()).sin()))
                .sin()));
        let mut m3: T = s1;
        let a4 = (c::<T>(-0.47)).atan();
        m3 *= T::one() + ((c::<T>(0.3)) * x1.tanh().sin());
    }
    let a5 = if x0.cos() < x1 {
        if ((c::<T>(0.9)) * T::cos(s1).tanh()).asin() < s1 {
            s1.cos() * x0
        } else {
            x0
        }
    } else {
        x1
    };
    let mut s6: T = c::<T>(0.0);
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let (u8, w9) = (
            x0.exp2() / ((c::<T>(1.5)) + Float::tan((c::<T>(-0.3)).sin()).tanh()),
            ((((c::<T>(0.5))
                + (((c::<T>(1.5)) + Float::tanh(s6)) * ((c::<T>(1.5)) + T::tanh(s6))))
            .ln_1p())
            .sin())
                * ((s6 + x0).sin()),
        );
        let a10: T = a5.powi(2);
        s6 -= x0.min(s6).tanh().tanh();
        s1 = T::max(s1, Float::sin(a5));
        s6 += ((c::<T>(0.249)) / (T::one() + (w9 * w9))).sin();
    }
    let (u11, w12) = (
        ((c::<T>(1.5)) + Float::tanh(c::<T>(std::f64::consts::E))).cbrt(),
        x1.mul_add(s1.tanh(), T::from(1.053).unwrap()),
    );
    if c::<T>(1.4) > c::<T>(-0.58) {
        return x1;
    }
    let mut s13: T = c::<T>(0.0);
    for i14 in 1..=3 {
        let (u15, w16) = (
            (c::<T>(std::f64::consts::E)).atan(),
            ((c::<T>(0.9)) * x0.hypot((c::<T>(0.5)) + (s1 * s1)).cos().sin()).asin(),
        );
        let mut s17: T = T::zero();
        for i18 in 0..=2 {
            let a19 = ((u15 + u11) - (x0 * x0))
                / (T::from(2.0).unwrap() + ((((c::<T>(i18 as f64)).cos()).atan()).sin()));
            if i18 == 1 {
                continue;
            }
            s17 = ((c::<T>(0.5)) * s17)
                + (((((c::<T>(1.0)) + (s17.sin() * s17.sin())).powi(-2)) + a19).tanh());
        }
        if !((c::<T>(-1.6)) - s6 > (c::<T>(core::f64::consts::PI)) + w12) {
            continue;
        }
        s17 *= T::one() + ((c::<T>(0.3)) * T::tanh(u11.cos().cosh()).exp().log2().sin());
    }
    ((c::<T>(0.001)) * ((((a5 + s6) * u11) + w12) + s13)).tanh()
}

fn p148_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((p97_d(
                    (((k::<D>(0.5))
                        + (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                            * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                    .ln_1p())
                    .cos(),
                    x1,
                    (s1.cos() * (k::<D>(V[i2]))).cos(),
                ) * ((s1 / s1.cos().exp()).sin()))
                .sin()));
        let mut m3: D = s1;
        let a4 = (k::<D>(-0.47)).atan();
        m3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.tanh().sin());
    }
    let a5 = if x0.cos().re() < x1.re() {
        if (((k::<D>(0.9)) * s1.cos().tanh()).asin()).re() < s1.re() {
            s1.cos() * x0
        } else {
            x0
        }
    } else {
        x1
    };
    let mut s6: D = k::<D>(0.0);
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let (u8, w9) = (
            x0.exp2() / ((k::<D>(1.5)) + ((((k::<D>(-0.3)).sin()).tan()).tanh())),
            ((((k::<D>(0.5)) + (((k::<D>(1.5)) + s6.tanh()) * ((k::<D>(1.5)) + s6.tanh())))
                .ln_1p())
            .sin())
                * ((s6 + x0).sin()),
        );
        let a10: D = a5.powi(2);
        s6 -= dmin(x0, s6).tanh().tanh();
        s1 = dmax(s1, a5.sin());
        s6 += ((k::<D>(0.249)) / ((k::<D>(1.0)) + (w9 * w9))).sin();
    }
    let (u11, w12) = (
        ((k::<D>(1.5)) + ((k::<D>(std::f64::consts::E)).tanh())).cbrt(),
        (x1 * s1.tanh() + (k::<D>(1.053))),
    );
    if (k::<D>(1.4)).re() > (k::<D>(-0.58)).re() {
        return x1;
    }
    let mut s13: D = k::<D>(0.0);
    for i14 in 1..=3 {
        let (u15, w16) = (
            (k::<D>(std::f64::consts::E)).atan(),
            ((k::<D>(0.9))
                * ((((x0 * x0 + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1)))
                    .sqrt())
                .cos())
                .sin()))
            .asin(),
        );
        let mut s17: D = k::<D>(0.0);
        for i18 in 0..=2 {
            let a19 = ((u15 + u11) - (x0 * x0))
                / ((k::<D>(2.0)) + ((((k::<D>(i18 as f64)).cos()).atan()).sin()));
            if i18 == 1 {
                continue;
            }
            s17 = ((k::<D>(0.5)) * s17)
                + (((((k::<D>(1.0)) + (s17.sin() * s17.sin())).powi(-2)) + a19).tanh());
        }
        if !(((k::<D>(-1.6)) - s6).re() > ((k::<D>(core::f64::consts::PI)) + w12).re()) {
            continue;
        }
        s17 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u11.cos().cosh().tanh().exp().log2().sin());
    }
    ((k::<D>(0.001)) * ((((a5 + s6) * u11) + w12) + s13)).tanh()
}

#[differentiable]
fn p149(x: &[f64], y: f64, nk: usize) -> f64 {
    let mut s1 = 1.0;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        if !((0.5 + ((2.0 + y.sin()) * (2.0 + y.sin()))).ln_1p() > (i2 as f64)) {
            break;
        }
        let a3 = y;
        let mut s4 = 1.0;
        for i5 in x {
            let (u6, w7) = (if -1.286 <= -0.73 { x[0] } else { a3 }, x[0]);
            s4 *= 1.0
                + (0.3 * Float::powi(f64::clamp((i2 as f64), -0.75, 1.24).hypot(1.0), -1).sin());
        }
        let a8 = f64::sinh(x[1]).tanh().exp2();
        s1 /= 1.0_f64 + (f64::sin(s1) * f64::sin(s1));
    }
    let mut m9 = s1;
    if {
        let t10 = y;
        x[1]
    } < y * 1.06
    {
        return Float::cbrt(f64::hypot(x[2].atan(), 1.0_f64));
    }
    for i11 in 0..nk {
        let a12 = (2.0 + ((y - x[2]).sin())).ln();
        let a12 = y.cosh() - ((2.0 + Float::sin(s1)).log((0.5 + (0.4f64 * x[3].sin())).exp()));
        let a13: f64 = -1.757;
        s1 = (0.5f64 * s1) + Float::powi(a13, 3).tanh();
    }
    s1 -= ALPHA * (-1.74);
    let mut m14 = Float::exp(Float::sin(x[2] - s1)).recip();
    Float::tanh(0.001 * ((((y + s1) + m9) + m14) - x[0]))
}

fn p149_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        if !((((k::<D>(0.5)) + (((k::<D>(2.0)) + y.sin()) * ((k::<D>(2.0)) + y.sin()))).ln_1p())
            .re()
            > (k::<D>(i2 as f64)).re())
        {
            break;
        }
        let a3 = y;
        let mut s4 = k::<D>(1.0);
        for i5 in x {
            let (u6, w7) = (
                if (k::<D>(-1.286)).re() <= (k::<D>(-0.73)).re() {
                    x[0]
                } else {
                    a3
                },
                x[0],
            );
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((dclamp(k::<D>(i2 as f64), k::<D>(-0.75), k::<D>(1.24))
                        * dclamp(k::<D>(i2 as f64), k::<D>(-0.75), k::<D>(1.24))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                    .powi(-1))
                    .sin()));
        }
        let a8 = x[1].sinh().tanh().exp2();
        s1 /= (k::<D>(1.0)) + (s1.sin() * s1.sin());
    }
    let mut m9 = s1;
    if ({
        let t10 = y;
        x[1]
    })
    .re()
        < (y * (k::<D>(1.06))).re()
    {
        return ((x[2].atan() * x[2].atan() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt();
    }
    for i11 in 0..nk {
        let a12 = ((k::<D>(2.0)) + ((y - x[2]).sin())).ln();
        let a12 = y.cosh()
            - (((k::<D>(2.0)) + s1.sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[3].sin())).exp()).ln());
        let a13: D = k::<D>(-1.757);
        s1 = ((k::<D>(0.5)) * s1) + a13.powi(3).tanh();
    }
    s1 -= (k::<D>(ALPHA)) * (k::<D>(-1.74));
    let mut m14 = (((x[2] - s1).sin()).exp()).recip();
    ((k::<D>(0.001)) * ((((y + s1) + m9) + m14) - x[0])).tanh()
}

#[test]
fn test_p0() {
    check(&Case {
        name: "p0",
        n: 4,
        f: |x| p0(&x[..3], x[3]),
        jvp: |x, v| p0_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p0_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p0_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p0_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p0_d(&x[..3], x[3]),
        hyper: |x| p0_d(&x[..3], x[3]),
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
fn test_p2() {
    check(&Case {
        name: "p2",
        n: 3,
        f: |x| p2(x[0], x[1], x[2]),
        jvp: |x, v| p2_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p2_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p2_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p2_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p2_d(x[0], x[1], x[2]),
        hyper: |x| p2_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p3() {
    check(&Case {
        name: "p3",
        n: 2,
        f: |x| p3(x[0], x[1]),
        jvp: |x, v| p3_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p3_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p3_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p3_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p3_d(x[0], x[1]),
        hyper: |x| p3_d(x[0], x[1]),
    });
}

#[test]
fn test_p4() {
    check(&Case {
        name: "p4",
        n: 5,
        f: |x| p4(arr(x)),
        jvp: |x, v| p4_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p4_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p4_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p4_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p4_d(&x[..5]),
        hyper: |x| p4_d(&x[..5]),
    });
}

#[test]
fn test_p5() {
    check(&Case {
        name: "p5",
        n: 2,
        f: |x| p5(x[0], x[1]),
        jvp: |x, v| p5_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p5_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p5_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p5_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p5_d(x[0], x[1]),
        hyper: |x| p5_d(x[0], x[1]),
    });
}

#[test]
fn test_p6() {
    check(&Case {
        name: "p6",
        n: 4,
        f: |x| p6(x, 3),
        jvp: |x, v| p6_jvp(x, v, 3),
        vjp: |x, s, bar| p6_vjp(x, bar, 3, s),
        grad: |x, g| p6_grad(x, g, 3),
        hvp: |x, v, hv| p6_hvp(x, v, hv, 3),
        dual: |x| p6_d(x, 3),
        hyper: |x| p6_d(x, 3),
    });
}

#[test]
fn test_p7() {
    check(&Case {
        name: "p7",
        n: 4,
        f: |x| p7(x),
        jvp: |x, v| p7_jvp(x, v),
        vjp: |x, s, bar| p7_vjp(x, bar, s),
        grad: |x, g| p7_grad(x, g),
        hvp: |x, v, hv| p7_hvp(x, v, hv),
        dual: |x| p7_d(x),
        hyper: |x| p7_d(x),
    });
}

#[test]
fn test_p8() {
    check(&Case {
        name: "p8",
        n: 4,
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
        n: 3,
        f: |x| p9(x[0], x[1], x[2]),
        jvp: |x, v| p9_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p9_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p9_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p9_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p9_d(x[0], x[1], x[2]),
        hyper: |x| p9_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p10() {
    check(&Case {
        name: "p10",
        n: 3,
        f: |x| p10(x[0], x[1], x[2]),
        jvp: |x, v| p10_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p10_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p10_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p10_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p10_d(x[0], x[1], x[2]),
        hyper: |x| p10_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p11() {
    check(&Case {
        name: "p11",
        n: 2,
        f: |x| p11(x[0], x[1]),
        jvp: |x, v| p11_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p11_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p11_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p11_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p11_d(x[0], x[1]),
        hyper: |x| p11_d(x[0], x[1]),
    });
}

#[test]
fn test_p12() {
    check(&Case {
        name: "p12",
        n: 3,
        f: |x| p12(x),
        jvp: |x, v| p12_jvp(x, v),
        vjp: |x, s, bar| p12_vjp(x, bar, s),
        grad: |x, g| p12_grad(x, g),
        hvp: |x, v, hv| p12_hvp(x, v, hv),
        dual: |x| p12_d(x),
        hyper: |x| p12_d(x),
    });
}

#[test]
fn test_p13() {
    check(&Case {
        name: "p13",
        n: 7,
        f: |x| p13(&x[..6], x[6]),
        jvp: |x, v| p13_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p13_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p13_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p13_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p13_d(&x[..6], x[6]),
        hyper: |x| p13_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p14() {
    check(&Case {
        name: "p14",
        n: 3,
        f: |x| p14(x[0], x[1], x[2]),
        jvp: |x, v| p14_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p14_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p14_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p14_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p14_d(x[0], x[1], x[2]),
        hyper: |x| p14_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p15() {
    check(&Case {
        name: "p15",
        n: 2,
        f: |x| p15(x[0], x[1]),
        jvp: |x, v| p15_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p15_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p15_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p15_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p15_d(x[0], x[1]),
        hyper: |x| p15_d(x[0], x[1]),
    });
}

#[test]
fn test_p16() {
    check(&Case {
        name: "p16",
        n: 4,
        f: |x| p16(x),
        jvp: |x, v| p16_jvp(x, v),
        vjp: |x, s, bar| p16_vjp(x, bar, s),
        grad: |x, g| p16_grad(x, g),
        hvp: |x, v, hv| p16_hvp(x, v, hv),
        dual: |x| p16_d(x),
        hyper: |x| p16_d(x),
    });
}

#[test]
fn test_p17() {
    check(&Case {
        name: "p17",
        n: 2,
        f: |x| p17(x[0], x[1], 3),
        jvp: |x, v| p17_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p17_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p17_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p17_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p17_d(x[0], x[1], 3),
        hyper: |x| p17_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p18() {
    check(&Case {
        name: "p18",
        n: 5,
        f: |x| p18(&x[..4], x[4]),
        jvp: |x, v| p18_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p18_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p18_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p18_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p18_d(&x[..4], x[4]),
        hyper: |x| p18_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p19() {
    check(&Case {
        name: "p19",
        n: 2,
        f: |x| p19(x[0], x[1]),
        jvp: |x, v| p19_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p19_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p19_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p19_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p19_d(x[0], x[1]),
        hyper: |x| p19_d(x[0], x[1]),
    });
}

#[test]
fn test_p20() {
    check(&Case {
        name: "p20",
        n: 3,
        f: |x| p20(x[0], x[1], x[2]),
        jvp: |x, v| p20_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p20_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p20_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p20_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p20_d(x[0], x[1], x[2]),
        hyper: |x| p20_d(x[0], x[1], x[2]),
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
        n: 6,
        f: |x| p22(&x[..5], x[5]),
        jvp: |x, v| p22_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p22_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p22_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p22_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p22_d(&x[..5], x[5]),
        hyper: |x| p22_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p23() {
    check(&Case {
        name: "p23",
        n: 6,
        f: |x| p23(arr(x), x[5]),
        jvp: |x, v| p23_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p23_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p23_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p23_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p23_d(&x[..5], x[5]),
        hyper: |x| p23_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p24() {
    check(&Case {
        name: "p24",
        n: 3,
        f: |x| p24(x[0], x[1], x[2]),
        jvp: |x, v| p24_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p24_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p24_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p24_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p24_d(x[0], x[1], x[2]),
        hyper: |x| p24_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p25() {
    check(&Case {
        name: "p25",
        n: 3,
        f: |x| p25(x),
        jvp: |x, v| p25_jvp(x, v),
        vjp: |x, s, bar| p25_vjp(x, bar, s),
        grad: |x, g| p25_grad(x, g),
        hvp: |x, v, hv| p25_hvp(x, v, hv),
        dual: |x| p25_d(x),
        hyper: |x| p25_d(x),
    });
}

#[test]
fn test_p26() {
    check(&Case {
        name: "p26",
        n: 5,
        f: |x| p26(x),
        jvp: |x, v| p26_jvp(x, v),
        vjp: |x, s, bar| p26_vjp(x, bar, s),
        grad: |x, g| p26_grad(x, g),
        hvp: |x, v, hv| p26_hvp(x, v, hv),
        dual: |x| p26_d(x),
        hyper: |x| p26_d(x),
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
        f: |x| p28(x[0], x[1], 3),
        jvp: |x, v| p28_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p28_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p28_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p28_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p28_d(x[0], x[1], 3),
        hyper: |x| p28_d(x[0], x[1], 3),
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
        f: |x| p31(x[0], x[1], x[2]),
        jvp: |x, v| p31_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p31_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p31_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p31_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p31_d(x[0], x[1], x[2]),
        hyper: |x| p31_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p32() {
    check(&Case {
        name: "p32",
        n: 5,
        f: |x| p32(x),
        jvp: |x, v| p32_jvp(x, v),
        vjp: |x, s, bar| p32_vjp(x, bar, s),
        grad: |x, g| p32_grad(x, g),
        hvp: |x, v, hv| p32_hvp(x, v, hv),
        dual: |x| p32_d(x),
        hyper: |x| p32_d(x),
    });
}

#[test]
fn test_p33() {
    check(&Case {
        name: "p33",
        n: 4,
        f: |x| p33(x),
        jvp: |x, v| p33_jvp(x, v),
        vjp: |x, s, bar| p33_vjp(x, bar, s),
        grad: |x, g| p33_grad(x, g),
        hvp: |x, v, hv| p33_hvp(x, v, hv),
        dual: |x| p33_d(x),
        hyper: |x| p33_d(x),
    });
}

#[test]
fn test_p34() {
    check(&Case {
        name: "p34",
        n: 2,
        f: |x| p34(x[0], x[1]),
        jvp: |x, v| p34_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p34_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p34_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p34_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p34_d(x[0], x[1]),
        hyper: |x| p34_d(x[0], x[1]),
    });
}

#[test]
fn test_p35() {
    check(&Case {
        name: "p35",
        n: 3,
        f: |x| p35(x[0], x[1], x[2]),
        jvp: |x, v| p35_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p35_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p35_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p35_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p35_d(x[0], x[1], x[2]),
        hyper: |x| p35_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p36() {
    check(&Case {
        name: "p36",
        n: 3,
        f: |x| p36(x[0], x[1], x[2]),
        jvp: |x, v| p36_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p36_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p36_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p36_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p36_d(x[0], x[1], x[2]),
        hyper: |x| p36_d(x[0], x[1], x[2]),
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
        n: 6,
        f: |x| p38(x),
        jvp: |x, v| p38_jvp(x, v),
        vjp: |x, s, bar| p38_vjp(x, bar, s),
        grad: |x, g| p38_grad(x, g),
        hvp: |x, v, hv| p38_hvp(x, v, hv),
        dual: |x| p38_d(x),
        hyper: |x| p38_d(x),
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
        n: 2,
        f: |x| p41(x[0], x[1]),
        jvp: |x, v| p41_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p41_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p41_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p41_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p41_d(x[0], x[1]),
        hyper: |x| p41_d(x[0], x[1]),
    });
}

#[test]
fn test_p42() {
    check(&Case {
        name: "p42",
        n: 3,
        f: |x| p42(x[0], x[1], x[2]),
        jvp: |x, v| p42_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p42_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p42_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p42_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p42_d(x[0], x[1], x[2]),
        hyper: |x| p42_d(x[0], x[1], x[2]),
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
        n: 3,
        f: |x| p44(x[0], x[1], x[2], 3),
        jvp: |x, v| p44_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p44_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p44_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p44_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p44_d(x[0], x[1], x[2], 3),
        hyper: |x| p44_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p45() {
    check(&Case {
        name: "p45",
        n: 6,
        f: |x| p45(arr(x)),
        jvp: |x, v| p45_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p45_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p45_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p45_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p45_d(&x[..6]),
        hyper: |x| p45_d(&x[..6]),
    });
}

#[test]
fn test_p46() {
    check(&Case {
        name: "p46",
        n: 5,
        f: |x| p46(x),
        jvp: |x, v| p46_jvp(x, v),
        vjp: |x, s, bar| p46_vjp(x, bar, s),
        grad: |x, g| p46_grad(x, g),
        hvp: |x, v, hv| p46_hvp(x, v, hv),
        dual: |x| p46_d(x),
        hyper: |x| p46_d(x),
    });
}

#[test]
fn test_p47() {
    check(&Case {
        name: "p47",
        n: 6,
        f: |x| p47(x),
        jvp: |x, v| p47_jvp(x, v),
        vjp: |x, s, bar| p47_vjp(x, bar, s),
        grad: |x, g| p47_grad(x, g),
        hvp: |x, v, hv| p47_hvp(x, v, hv),
        dual: |x| p47_d(x),
        hyper: |x| p47_d(x),
    });
}

#[test]
fn test_p48() {
    check(&Case {
        name: "p48",
        n: 4,
        f: |x| p48(arr(x)),
        jvp: |x, v| p48_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p48_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p48_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p48_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p48_d(&x[..4]),
        hyper: |x| p48_d(&x[..4]),
    });
}

#[test]
fn test_p49() {
    check(&Case {
        name: "p49",
        n: 2,
        f: |x| p49(x[0], x[1]),
        jvp: |x, v| p49_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p49_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p49_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p49_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p49_d(x[0], x[1]),
        hyper: |x| p49_d(x[0], x[1]),
    });
}

#[test]
fn test_p50() {
    check(&Case {
        name: "p50",
        n: 3,
        f: |x| p50(x[0], x[1], x[2], 3),
        jvp: |x, v| p50_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p50_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p50_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p50_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p50_d(x[0], x[1], x[2], 3),
        hyper: |x| p50_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p51() {
    check(&Case {
        name: "p51",
        n: 2,
        f: |x| p51(x[0], x[1], 3),
        jvp: |x, v| p51_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p51_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p51_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p51_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p51_d(x[0], x[1], 3),
        hyper: |x| p51_d(x[0], x[1], 3),
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
        f: |x| p55(x[0], x[1], x[2]),
        jvp: |x, v| p55_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p55_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p55_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p55_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p55_d(x[0], x[1], x[2]),
        hyper: |x| p55_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p56() {
    check(&Case {
        name: "p56",
        n: 6,
        f: |x| p56(arr(x)),
        jvp: |x, v| p56_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p56_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p56_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p56_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p56_d(&x[..6]),
        hyper: |x| p56_d(&x[..6]),
    });
}

#[test]
fn test_p57() {
    check(&Case {
        name: "p57",
        n: 4,
        f: |x| p57(x),
        jvp: |x, v| p57_jvp(x, v),
        vjp: |x, s, bar| p57_vjp(x, bar, s),
        grad: |x, g| p57_grad(x, g),
        hvp: |x, v, hv| p57_hvp(x, v, hv),
        dual: |x| p57_d(x),
        hyper: |x| p57_d(x),
    });
}

#[test]
fn test_p58() {
    check(&Case {
        name: "p58",
        n: 3,
        f: |x| p58(x[0], x[1], x[2], 3),
        jvp: |x, v| p58_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p58_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p58_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p58_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p58_d(x[0], x[1], x[2], 3),
        hyper: |x| p58_d(x[0], x[1], x[2], 3),
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
        n: 5,
        f: |x| p60(arr(x)),
        jvp: |x, v| p60_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p60_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p60_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p60_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p60_d(&x[..5]),
        hyper: |x| p60_d(&x[..5]),
    });
}

#[test]
fn test_p61() {
    check(&Case {
        name: "p61",
        n: 6,
        f: |x| p61(x),
        jvp: |x, v| p61_jvp(x, v),
        vjp: |x, s, bar| p61_vjp(x, bar, s),
        grad: |x, g| p61_grad(x, g),
        hvp: |x, v, hv| p61_hvp(x, v, hv),
        dual: |x| p61_d(x),
        hyper: |x| p61_d(x),
    });
}

#[test]
fn test_p62() {
    check(&Case {
        name: "p62",
        n: 5,
        f: |x| p62(x),
        jvp: |x, v| p62_jvp(x, v),
        vjp: |x, s, bar| p62_vjp(x, bar, s),
        grad: |x, g| p62_grad(x, g),
        hvp: |x, v, hv| p62_hvp(x, v, hv),
        dual: |x| p62_d(x),
        hyper: |x| p62_d(x),
    });
}

#[test]
fn test_p63() {
    check(&Case {
        name: "p63",
        n: 2,
        f: |x| p63(x[0], x[1]),
        jvp: |x, v| p63_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p63_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p63_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p63_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p63_d(x[0], x[1]),
        hyper: |x| p63_d(x[0], x[1]),
    });
}

#[test]
fn test_p64() {
    check(&Case {
        name: "p64",
        n: 3,
        f: |x| p64(x[0], x[1], x[2]),
        jvp: |x, v| p64_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p64_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p64_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p64_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p64_d(x[0], x[1], x[2]),
        hyper: |x| p64_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p65() {
    check(&Case {
        name: "p65",
        n: 5,
        f: |x| p65(x, 3),
        jvp: |x, v| p65_jvp(x, v, 3),
        vjp: |x, s, bar| p65_vjp(x, bar, 3, s),
        grad: |x, g| p65_grad(x, g, 3),
        hvp: |x, v, hv| p65_hvp(x, v, hv, 3),
        dual: |x| p65_d(x, 3),
        hyper: |x| p65_d(x, 3),
    });
}

#[test]
fn test_p66() {
    check(&Case {
        name: "p66",
        n: 3,
        f: |x| p66(x[0], x[1], x[2]),
        jvp: |x, v| p66_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p66_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p66_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p66_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p66_d(x[0], x[1], x[2]),
        hyper: |x| p66_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p67() {
    check(&Case {
        name: "p67",
        n: 2,
        f: |x| p67(x[0], x[1], 3),
        jvp: |x, v| p67_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p67_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p67_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p67_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p67_d(x[0], x[1], 3),
        hyper: |x| p67_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p68() {
    check(&Case {
        name: "p68",
        n: 4,
        f: |x| p68(arr(x), x[3]),
        jvp: |x, v| p68_jvp(arr(x), arr(v), x[3], v[3]),
        vjp: |x, s, bar| {
            let (y, a, b) = p68_vjp(arr(x), x[3], s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            bar[3] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p68_grad(arr(x), x[3]);
            g[..3].copy_from_slice(&a);
            g[3] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p68_hvp(arr(x), arr(v), x[3], v[3]);
            hv[..3].copy_from_slice(&a);
            hv[3] = b;
            y
        },
        dual: |x| p68_d(&x[..3], x[3]),
        hyper: |x| p68_d(&x[..3], x[3]),
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
        n: 7,
        f: |x| p70(arr(x), x[6]),
        jvp: |x, v| p70_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p70_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p70_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p70_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p70_d(&x[..6], x[6]),
        hyper: |x| p70_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p71() {
    check(&Case {
        name: "p71",
        n: 6,
        f: |x| p71(arr(x), x[5], 3),
        jvp: |x, v| p71_jvp(arr(x), arr(v), x[5], v[5], 3),
        vjp: |x, s, bar| {
            let (y, a, b) = p71_vjp(arr(x), x[5], 3, s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p71_grad(arr(x), x[5], 3);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p71_hvp(arr(x), arr(v), x[5], v[5], 3);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p71_d(&x[..5], x[5], 3),
        hyper: |x| p71_d(&x[..5], x[5], 3),
    });
}

#[test]
fn test_p72() {
    check(&Case {
        name: "p72",
        n: 2,
        f: |x| p72(x[0], x[1]),
        jvp: |x, v| p72_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p72_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p72_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p72_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p72_d(x[0], x[1]),
        hyper: |x| p72_d(x[0], x[1]),
    });
}

#[test]
fn test_p73() {
    check(&Case {
        name: "p73",
        n: 2,
        f: |x| p73(x[0], x[1], 3),
        jvp: |x, v| p73_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p73_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p73_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p73_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p73_d(x[0], x[1], 3),
        hyper: |x| p73_d(x[0], x[1], 3),
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
        f: |x| p75(arr(x)),
        jvp: |x, v| p75_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p75_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p75_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p75_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p75_d(&x[..4]),
        hyper: |x| p75_d(&x[..4]),
    });
}

#[test]
fn test_p76() {
    check(&Case {
        name: "p76",
        n: 7,
        f: |x| p76(arr(x), x[6]),
        jvp: |x, v| p76_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p76_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p76_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p76_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p76_d(&x[..6], x[6]),
        hyper: |x| p76_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p77() {
    check(&Case {
        name: "p77",
        n: 5,
        f: |x| p77(arr(x)),
        jvp: |x, v| p77_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p77_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p77_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p77_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p77_d(&x[..5]),
        hyper: |x| p77_d(&x[..5]),
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
        n: 4,
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
fn test_p80() {
    check(&Case {
        name: "p80",
        n: 3,
        f: |x| p80(x),
        jvp: |x, v| p80_jvp(x, v),
        vjp: |x, s, bar| p80_vjp(x, bar, s),
        grad: |x, g| p80_grad(x, g),
        hvp: |x, v, hv| p80_hvp(x, v, hv),
        dual: |x| p80_d(x),
        hyper: |x| p80_d(x),
    });
}

#[test]
fn test_p81() {
    check(&Case {
        name: "p81",
        n: 2,
        f: |x| p81(x[0], x[1]),
        jvp: |x, v| p81_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p81_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p81_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p81_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p81_d(x[0], x[1]),
        hyper: |x| p81_d(x[0], x[1]),
    });
}

#[test]
fn test_p82() {
    check(&Case {
        name: "p82",
        n: 3,
        f: |x| p82(x[0], x[1], x[2], 3),
        jvp: |x, v| p82_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p82_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p82_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p82_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p82_d(x[0], x[1], x[2], 3),
        hyper: |x| p82_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p83() {
    check(&Case {
        name: "p83",
        n: 3,
        f: |x| p83(x[0], x[1], x[2]),
        jvp: |x, v| p83_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p83_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p83_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p83_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p83_d(x[0], x[1], x[2]),
        hyper: |x| p83_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p84() {
    check(&Case {
        name: "p84",
        n: 7,
        f: |x| p84(&x[..6], x[6], 3),
        jvp: |x, v| p84_jvp(&x[..6], &v[..6], x[6], v[6], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p84_vjp(&x[..6], bx, x[6], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p84_grad(&x[..6], gx, x[6], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p84_hvp(&x[..6], &v[..6], hx, x[6], v[6], 3);
            hy[0] = a;
            y
        },
        dual: |x| p84_d(&x[..6], x[6], 3),
        hyper: |x| p84_d(&x[..6], x[6], 3),
    });
}

#[test]
fn test_p85() {
    check(&Case {
        name: "p85",
        n: 6,
        f: |x| p85(&x[..5], x[5], 3),
        jvp: |x, v| p85_jvp(&x[..5], &v[..5], x[5], v[5], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p85_vjp(&x[..5], bx, x[5], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p85_grad(&x[..5], gx, x[5], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p85_hvp(&x[..5], &v[..5], hx, x[5], v[5], 3);
            hy[0] = a;
            y
        },
        dual: |x| p85_d(&x[..5], x[5], 3),
        hyper: |x| p85_d(&x[..5], x[5], 3),
    });
}

#[test]
fn test_p86() {
    check(&Case {
        name: "p86",
        n: 3,
        f: |x| p86(x[0], x[1], x[2], 3),
        jvp: |x, v| p86_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p86_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p86_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p86_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p86_d(x[0], x[1], x[2], 3),
        hyper: |x| p86_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p87() {
    check(&Case {
        name: "p87",
        n: 3,
        f: |x| p87(x, 3),
        jvp: |x, v| p87_jvp(x, v, 3),
        vjp: |x, s, bar| p87_vjp(x, bar, 3, s),
        grad: |x, g| p87_grad(x, g, 3),
        hvp: |x, v, hv| p87_hvp(x, v, hv, 3),
        dual: |x| p87_d(x, 3),
        hyper: |x| p87_d(x, 3),
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
        n: 2,
        f: |x| p89(x[0], x[1]),
        jvp: |x, v| p89_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p89_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p89_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p89_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p89_d(x[0], x[1]),
        hyper: |x| p89_d(x[0], x[1]),
    });
}

#[test]
fn test_p90() {
    check(&Case {
        name: "p90",
        n: 4,
        f: |x| p90(arr(x)),
        jvp: |x, v| p90_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p90_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p90_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p90_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p90_d(&x[..4]),
        hyper: |x| p90_d(&x[..4]),
    });
}

#[test]
fn test_p91() {
    check(&Case {
        name: "p91",
        n: 6,
        f: |x| p91(arr(x)),
        jvp: |x, v| p91_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p91_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p91_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p91_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p91_d(&x[..6]),
        hyper: |x| p91_d(&x[..6]),
    });
}

#[test]
fn test_p92() {
    check(&Case {
        name: "p92",
        n: 2,
        f: |x| p92(x[0], x[1]),
        jvp: |x, v| p92_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p92_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p92_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p92_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p92_d(x[0], x[1]),
        hyper: |x| p92_d(x[0], x[1]),
    });
}

#[test]
fn test_p93() {
    check(&Case {
        name: "p93",
        n: 5,
        f: |x| p93(&x[..4], x[4], 3),
        jvp: |x, v| p93_jvp(&x[..4], &v[..4], x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p93_vjp(&x[..4], bx, x[4], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p93_grad(&x[..4], gx, x[4], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p93_hvp(&x[..4], &v[..4], hx, x[4], v[4], 3);
            hy[0] = a;
            y
        },
        dual: |x| p93_d(&x[..4], x[4], 3),
        hyper: |x| p93_d(&x[..4], x[4], 3),
    });
}

#[test]
fn test_p94() {
    check(&Case {
        name: "p94",
        n: 3,
        f: |x| p94(x[0], x[1], x[2]),
        jvp: |x, v| p94_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p94_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p94_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p94_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p94_d(x[0], x[1], x[2]),
        hyper: |x| p94_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p95() {
    check(&Case {
        name: "p95",
        n: 6,
        f: |x| p95(&x[..5], x[5], 3),
        jvp: |x, v| p95_jvp(&x[..5], &v[..5], x[5], v[5], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p95_vjp(&x[..5], bx, x[5], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p95_grad(&x[..5], gx, x[5], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p95_hvp(&x[..5], &v[..5], hx, x[5], v[5], 3);
            hy[0] = a;
            y
        },
        dual: |x| p95_d(&x[..5], x[5], 3),
        hyper: |x| p95_d(&x[..5], x[5], 3),
    });
}

#[test]
fn test_p96() {
    check(&Case {
        name: "p96",
        n: 2,
        f: |x| p96(x[0], x[1], 3),
        jvp: |x, v| p96_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p96_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p96_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p96_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p96_d(x[0], x[1], 3),
        hyper: |x| p96_d(x[0], x[1], 3),
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
        f: |x| p98(x[0], x[1]),
        jvp: |x, v| p98_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p98_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p98_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p98_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p98_d(x[0], x[1]),
        hyper: |x| p98_d(x[0], x[1]),
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
fn test_p100() {
    check(&Case {
        name: "p100",
        n: 3,
        f: |x| p100(x[0], x[1], x[2]),
        jvp: |x, v| p100_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p100_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p100_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p100_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p100_d(x[0], x[1], x[2]),
        hyper: |x| p100_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p101() {
    check(&Case {
        name: "p101",
        n: 6,
        f: |x| p101(&x[..5], x[5]),
        jvp: |x, v| p101_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p101_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p101_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p101_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p101_d(&x[..5], x[5]),
        hyper: |x| p101_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p102() {
    check(&Case {
        name: "p102",
        n: 3,
        f: |x| p102(x[0], x[1], x[2]),
        jvp: |x, v| p102_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p102_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p102_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p102_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p102_d(x[0], x[1], x[2]),
        hyper: |x| p102_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p103() {
    check(&Case {
        name: "p103",
        n: 2,
        f: |x| p103(x[0], x[1]),
        jvp: |x, v| p103_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p103_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p103_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p103_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p103_d(x[0], x[1]),
        hyper: |x| p103_d(x[0], x[1]),
    });
}

#[test]
fn test_p104() {
    check(&Case {
        name: "p104",
        n: 7,
        f: |x| p104(&x[..6], x[6]),
        jvp: |x, v| p104_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p104_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p104_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p104_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p104_d(&x[..6], x[6]),
        hyper: |x| p104_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p105() {
    check(&Case {
        name: "p105",
        n: 2,
        f: |x| p105(x[0], x[1]),
        jvp: |x, v| p105_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p105_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p105_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p105_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p105_d(x[0], x[1]),
        hyper: |x| p105_d(x[0], x[1]),
    });
}

#[test]
fn test_p106() {
    check(&Case {
        name: "p106",
        n: 6,
        f: |x| p106(x, 3),
        jvp: |x, v| p106_jvp(x, v, 3),
        vjp: |x, s, bar| p106_vjp(x, bar, 3, s),
        grad: |x, g| p106_grad(x, g, 3),
        hvp: |x, v, hv| p106_hvp(x, v, hv, 3),
        dual: |x| p106_d(x, 3),
        hyper: |x| p106_d(x, 3),
    });
}

#[test]
fn test_p107() {
    check(&Case {
        name: "p107",
        n: 4,
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
        n: 3,
        f: |x| p108(x[0], x[1], x[2]),
        jvp: |x, v| p108_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p108_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p108_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p108_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p108_d(x[0], x[1], x[2]),
        hyper: |x| p108_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p109() {
    check(&Case {
        name: "p109",
        n: 3,
        f: |x| p109(arr(x)),
        jvp: |x, v| p109_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p109_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p109_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p109_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p109_d(&x[..3]),
        hyper: |x| p109_d(&x[..3]),
    });
}

#[test]
fn test_p110() {
    check(&Case {
        name: "p110",
        n: 2,
        f: |x| p110(x[0], x[1]),
        jvp: |x, v| p110_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p110_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p110_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p110_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p110_d(x[0], x[1]),
        hyper: |x| p110_d(x[0], x[1]),
    });
}

#[test]
fn test_p111() {
    check(&Case {
        name: "p111",
        n: 2,
        f: |x| p111(x[0], x[1]),
        jvp: |x, v| p111_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p111_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p111_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p111_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p111_d(x[0], x[1]),
        hyper: |x| p111_d(x[0], x[1]),
    });
}

#[test]
fn test_p112() {
    check(&Case {
        name: "p112",
        n: 6,
        f: |x| p112(&x[..5], x[5]),
        jvp: |x, v| p112_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p112_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p112_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p112_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p112_d(&x[..5], x[5]),
        hyper: |x| p112_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p113() {
    check(&Case {
        name: "p113",
        n: 5,
        f: |x| p113(x),
        jvp: |x, v| p113_jvp(x, v),
        vjp: |x, s, bar| p113_vjp(x, bar, s),
        grad: |x, g| p113_grad(x, g),
        hvp: |x, v, hv| p113_hvp(x, v, hv),
        dual: |x| p113_d(x),
        hyper: |x| p113_d(x),
    });
}

#[test]
fn test_p114() {
    check(&Case {
        name: "p114",
        n: 3,
        f: |x| p114(x[0], x[1], x[2]),
        jvp: |x, v| p114_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p114_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p114_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p114_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p114_d(x[0], x[1], x[2]),
        hyper: |x| p114_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p115() {
    check(&Case {
        name: "p115",
        n: 5,
        f: |x| p115(arr(x), 3),
        jvp: |x, v| p115_jvp(arr(x), arr(v), 3),
        vjp: |x, s, bar| {
            let (y, a) = p115_vjp(arr(x), 3, s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p115_grad(arr(x), 3);
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p115_hvp(arr(x), arr(v), 3);
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p115_d(&x[..5], 3),
        hyper: |x| p115_d(&x[..5], 3),
    });
}

#[test]
fn test_p116() {
    check(&Case {
        name: "p116",
        n: 2,
        f: |x| p116(x[0], x[1]),
        jvp: |x, v| p116_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p116_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p116_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p116_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p116_d(x[0], x[1]),
        hyper: |x| p116_d(x[0], x[1]),
    });
}

#[test]
fn test_p117() {
    check(&Case {
        name: "p117",
        n: 3,
        f: |x| p117(x[0], x[1], x[2], 3),
        jvp: |x, v| p117_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p117_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p117_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p117_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p117_d(x[0], x[1], x[2], 3),
        hyper: |x| p117_d(x[0], x[1], x[2], 3),
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
        n: 3,
        f: |x| p119(x),
        jvp: |x, v| p119_jvp(x, v),
        vjp: |x, s, bar| p119_vjp(x, bar, s),
        grad: |x, g| p119_grad(x, g),
        hvp: |x, v, hv| p119_hvp(x, v, hv),
        dual: |x| p119_d(x),
        hyper: |x| p119_d(x),
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
        f: |x| p121(x[0], x[1], x[2]),
        jvp: |x, v| p121_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p121_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p121_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p121_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p121_d(x[0], x[1], x[2]),
        hyper: |x| p121_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p122() {
    check(&Case {
        name: "p122",
        n: 4,
        f: |x| p122(arr(x), x[3]),
        jvp: |x, v| p122_jvp(arr(x), arr(v), x[3], v[3]),
        vjp: |x, s, bar| {
            let (y, a, b) = p122_vjp(arr(x), x[3], s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            bar[3] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p122_grad(arr(x), x[3]);
            g[..3].copy_from_slice(&a);
            g[3] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p122_hvp(arr(x), arr(v), x[3], v[3]);
            hv[..3].copy_from_slice(&a);
            hv[3] = b;
            y
        },
        dual: |x| p122_d(&x[..3], x[3]),
        hyper: |x| p122_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p123() {
    check(&Case {
        name: "p123",
        n: 3,
        f: |x| p123(x[0], x[1], x[2]),
        jvp: |x, v| p123_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p123_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p123_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p123_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p123_d(x[0], x[1], x[2]),
        hyper: |x| p123_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p124() {
    check(&Case {
        name: "p124",
        n: 5,
        f: |x| p124(x, 3),
        jvp: |x, v| p124_jvp(x, v, 3),
        vjp: |x, s, bar| p124_vjp(x, bar, 3, s),
        grad: |x, g| p124_grad(x, g, 3),
        hvp: |x, v, hv| p124_hvp(x, v, hv, 3),
        dual: |x| p124_d(x, 3),
        hyper: |x| p124_d(x, 3),
    });
}

#[test]
fn test_p125() {
    check(&Case {
        name: "p125",
        n: 3,
        f: |x| p125(x[0], x[1], x[2]),
        jvp: |x, v| p125_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p125_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p125_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p125_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p125_d(x[0], x[1], x[2]),
        hyper: |x| p125_d(x[0], x[1], x[2]),
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
        n: 2,
        f: |x| p128(x[0], x[1]),
        jvp: |x, v| p128_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p128_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p128_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p128_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p128_d(x[0], x[1]),
        hyper: |x| p128_d(x[0], x[1]),
    });
}

#[test]
fn test_p129() {
    check(&Case {
        name: "p129",
        n: 2,
        f: |x| p129(x[0], x[1]),
        jvp: |x, v| p129_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p129_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p129_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p129_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p129_d(x[0], x[1]),
        hyper: |x| p129_d(x[0], x[1]),
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
fn test_p131() {
    check(&Case {
        name: "p131",
        n: 2,
        f: |x| p131(x[0], x[1], 3),
        jvp: |x, v| p131_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p131_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p131_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p131_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p131_d(x[0], x[1], 3),
        hyper: |x| p131_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p132() {
    check(&Case {
        name: "p132",
        n: 2,
        f: |x| p132(x[0], x[1]),
        jvp: |x, v| p132_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p132_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p132_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p132_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p132_d(x[0], x[1]),
        hyper: |x| p132_d(x[0], x[1]),
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
        n: 5,
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
fn test_p135() {
    check(&Case {
        name: "p135",
        n: 5,
        f: |x| p135(arr(x), x[4], 3),
        jvp: |x, v| p135_jvp(arr(x), arr(v), x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (y, a, b) = p135_vjp(arr(x), x[4], 3, s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            bar[4] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p135_grad(arr(x), x[4], 3);
            g[..4].copy_from_slice(&a);
            g[4] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p135_hvp(arr(x), arr(v), x[4], v[4], 3);
            hv[..4].copy_from_slice(&a);
            hv[4] = b;
            y
        },
        dual: |x| p135_d(&x[..4], x[4], 3),
        hyper: |x| p135_d(&x[..4], x[4], 3),
    });
}

#[test]
fn test_p136() {
    check(&Case {
        name: "p136",
        n: 3,
        f: |x| p136(x),
        jvp: |x, v| p136_jvp(x, v),
        vjp: |x, s, bar| p136_vjp(x, bar, s),
        grad: |x, g| p136_grad(x, g),
        hvp: |x, v, hv| p136_hvp(x, v, hv),
        dual: |x| p136_d(x),
        hyper: |x| p136_d(x),
    });
}

#[test]
fn test_p137() {
    check(&Case {
        name: "p137",
        n: 7,
        f: |x| p137(&x[..6], x[6]),
        jvp: |x, v| p137_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p137_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p137_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p137_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p137_d(&x[..6], x[6]),
        hyper: |x| p137_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p138() {
    check(&Case {
        name: "p138",
        n: 7,
        f: |x| p138(arr(x), x[6]),
        jvp: |x, v| p138_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p138_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p138_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p138_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p138_d(&x[..6], x[6]),
        hyper: |x| p138_d(&x[..6], x[6]),
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
        n: 4,
        f: |x| p140(x),
        jvp: |x, v| p140_jvp(x, v),
        vjp: |x, s, bar| p140_vjp(x, bar, s),
        grad: |x, g| p140_grad(x, g),
        hvp: |x, v, hv| p140_hvp(x, v, hv),
        dual: |x| p140_d(x),
        hyper: |x| p140_d(x),
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
        n: 5,
        f: |x| p142(arr(x)),
        jvp: |x, v| p142_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p142_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p142_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p142_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p142_d(&x[..5]),
        hyper: |x| p142_d(&x[..5]),
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
        n: 6,
        f: |x| p144(x),
        jvp: |x, v| p144_jvp(x, v),
        vjp: |x, s, bar| p144_vjp(x, bar, s),
        grad: |x, g| p144_grad(x, g),
        hvp: |x, v, hv| p144_hvp(x, v, hv),
        dual: |x| p144_d(x),
        hyper: |x| p144_d(x),
    });
}

#[test]
fn test_p145() {
    check(&Case {
        name: "p145",
        n: 3,
        f: |x| p145(x[0], x[1], x[2]),
        jvp: |x, v| p145_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p145_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p145_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p145_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p145_d(x[0], x[1], x[2]),
        hyper: |x| p145_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p146() {
    check(&Case {
        name: "p146",
        n: 5,
        f: |x| p146(x),
        jvp: |x, v| p146_jvp(x, v),
        vjp: |x, s, bar| p146_vjp(x, bar, s),
        grad: |x, g| p146_grad(x, g),
        hvp: |x, v, hv| p146_hvp(x, v, hv),
        dual: |x| p146_d(x),
        hyper: |x| p146_d(x),
    });
}

#[test]
fn test_p147() {
    check(&Case {
        name: "p147",
        n: 3,
        f: |x| p147(x[0], x[1], x[2]),
        jvp: |x, v| p147_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p147_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p147_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p147_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p147_d(x[0], x[1], x[2]),
        hyper: |x| p147_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p148() {
    check(&Case {
        name: "p148",
        n: 2,
        f: |x| p148(x[0], x[1]),
        jvp: |x, v| p148_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p148_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p148_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p148_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p148_d(x[0], x[1]),
        hyper: |x| p148_d(x[0], x[1]),
    });
}

#[test]
fn test_p149() {
    check(&Case {
        name: "p149",
        n: 5,
        f: |x| p149(&x[..4], x[4], 3),
        jvp: |x, v| p149_jvp(&x[..4], &v[..4], x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p149_vjp(&x[..4], bx, x[4], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p149_grad(&x[..4], gx, x[4], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p149_hvp(&x[..4], &v[..4], hx, x[4], v[4], 3);
            hy[0] = a;
            y
        },
        dual: |x| p149_d(&x[..4], x[4], 3),
        hyper: |x| p149_d(&x[..4], x[4], 3),
    });
}
