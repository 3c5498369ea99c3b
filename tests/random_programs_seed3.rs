//! Property test: 150 random programs from the grammar of issue 2, generated ahead of time.
//!
//! Each `pN` is annotated with `#[differentiable]`; `pN_d` is its twin over num-dual's `DualNum`
//! (num-dual's types do not implement `num_traits::Float`). Every mode (`_jvp`, `_vjp`, `_grad`,
//! `_hvp`) is compared at 3 seeded random points with num-dual (`Dual64` for first derivatives,
//! `HyperDual64` for H v) to a relative 1e-9, and with central finite differences as a sanity check.
//!
//! GENERATED, do not edit. Regenerate with:
//!     python3 tests/random/gen.py --count 150 --seed 3 --out tests/random_programs_seed3.rs
//! (generator seed 3; see tests/random/README.md for generating many more programs).

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
fn p0<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut m1 = x1;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut i3 = 0;
        while i3 < 1 {
            i3 += 1;
            m1 = m1.min(T::cos(-x0.mul_add(x1, T::from(-0.255).unwrap()).tanh()));
            if i2 == 1 {
                continue;
            }
            let (u4, w5) = (
                (T::trunc(c::<T>(V[i2])) * T::sin(m1)).abs(),
                (c::<T>(W[i3])) + (x1 + (c::<T>(core::f64::consts::PI))),
            );
            m1 = m1.min(((c::<T>(0.0)).mul_add(x0, w5)).sin());
        }
        m1 /= T::exp2(x1.abs()).hypot(T::one());
        m1 *= T::one() + ((c::<T>(0.3)) * m1.sin());
        m1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(1.5)) + Float::tanh(x0)).cos()));
        m1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(m1.sin().hypot(c::<T>(1.0)).log10()));
    }
    let mut m6 = ((x0 / ((c::<T>(2.0)) + Float::sin(c::<T>(0.7))))
        / ((c::<T>(2.0))
            + Float::exp(x0)
                .log(T::exp((c::<T>(0.5)) + (T::from(0.4).unwrap() * T::sin(x0))))
                .sin()))
        / T::powf(
            (c::<T>(2.0)) + x1.hypot(T::from(0.5).unwrap() + (x0 * x0)).sin(),
            (c::<T>(-0.739)) * x1,
        )
        .tanh()
        .cosh();
    m6 *= (c::<T>(1.0))
        + ((c::<T>(0.3)) * ((m6.abs() * (((c::<T>(0.9)) * Float::sin(m1.atan())).acos())).sin()));
    ((x0 + x1) + m1) + m6
}

fn p0_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = x1;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut i3 = 0;
        while i3 < 1 {
            i3 += 1;
            m1 = dmin(m1, (-((x0 * x1 + (k::<D>(-0.255))).tanh())).cos());
            if i2 == 1 {
                continue;
            }
            let (u4, w5) = (
                ((k::<D>((k::<D>(V[i2])).re().trunc())) * m1.sin()).abs(),
                (k::<D>(W[i3])) + (x1 + (k::<D>(core::f64::consts::PI))),
            );
            m1 = dmin(m1, ((k::<D>(0.0)) * x0 + w5).sin());
        }
        m1 /= (x1.abs().exp2() * x1.abs().exp2() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m1.sin());
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x0.tanh()).cos()));
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((m1.sin() * m1.sin() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()).sin()));
    }
    let mut m6 = ((x0 / ((k::<D>(2.0)) + ((k::<D>(0.7)).sin())))
        / ((k::<D>(2.0))
            + ((x0.exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln()).sin())))
        / ((((((k::<D>(-0.739)) * x1)
            * ((k::<D>(2.0))
                + (((x1 * x1 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
                    .sqrt())
                .sin()))
            .ln())
        .exp())
        .tanh())
        .cosh());
    m6 *= (k::<D>(1.0))
        + ((k::<D>(0.3)) * ((m6.abs() * (((k::<D>(0.9)) * m1.atan().sin()).acos())).sin()));
    ((x0 + x1) + m1) + m6
}

#[differentiable]
fn p1<T: Float>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (x2, x0);
    let mut s3 = c::<T>(0.0);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut m5: T = c::<T>(W[i4]);
        if i4 == 4 {
            continue;
        }
        s3 = s3 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((-(c::<T>(std::f64::consts::E))).sin())));
        m5 = m5 + Float::atan(T::powf((c::<T>(2.0)) + x0.powi(2).sin(), w2));
    }
    let (u6, w7) = (
        Float::powi(
            (((c::<T>(2.0)) + ((c::<T>(-1.788)).sin())).powi(0)) - u1.sin(),
            3,
        ),
        u1 * x2,
    );
    (((u1 + w2) + s3) + u6) - w7
}

fn p1_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x2, x0);
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut m5: D = k::<D>(W[i4]);
        if i4 == 4 {
            continue;
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-(k::<D>(std::f64::consts::E))).sin()));
        m5 += ((w2 * ((k::<D>(2.0)) + x0.powi(2).sin()).ln()).exp()).atan();
    }
    let (u6, w7) = (
        ((((k::<D>(2.0)) + ((k::<D>(-1.788)).sin())).powi(0)) - u1.sin()).powi(3),
        u1 * x2,
    );
    (((u1 + w2) + s3) + u6) - w7
}

#[differentiable]
fn p2(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1 = x0;
    let a2 = x0;
    m1 = (0.5 * m1) + 0.694_f64;
    let mut s3: f64 = 0.0f64;
    for i4 in 0..1 {
        if m1.sin().sinh() >= Float::sinh(s3.tanh()) {
            continue;
        }
        let (u5, w6) = (x1, Float::atan(0.2.sinh().abs()));
        s3 -= f64::sin(w6.mul_add(x2.cos(), m1.atan() * V[i4]));
    }
    m1 /= core::f64::consts::PI.hypot(1.0);
    (((x1 + x2) + m1) + a2) * s3
}

fn p2_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = x0;
    let a2 = x0;
    m1 = ((k::<D>(0.5)) * m1) + (k::<D>(0.694));
    let mut s3: D = k::<D>(0.0);
    for i4 in 0..1 {
        if m1.sin().sinh().re() >= s3.tanh().sinh().re() {
            continue;
        }
        let (u5, w6) = (x1, (((k::<D>(0.2)).sinh()).abs()).atan());
        s3 -= (w6 * x2.cos() + (m1.atan() * (k::<D>(V[i4])))).sin();
    }
    m1 /= ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt();
    (((x1 + x2) + m1) + a2) * s3
}

#[differentiable]
fn p3(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1: f64 = core::f64::consts::PI;
    let mut s2 = 1.0;
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let mut m4 = p2(x2, x2, m1.tanh()) * s2.atan().exp_m1();
        m1 = ((0.7 * m1) + f64::recip(((x0 - m4).sin()).exp())).tanh();
        s2 = (0.5 * s2) + ((x2 * m4).cos());
    }
    m1 -= s2.cos();
    let a5 = x1.mul_add(1.78.asinh(), (-1.55) - x0);
    (((x1 + x2) * m1) - s2) + a5
}

fn p3_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = k::<D>(core::f64::consts::PI);
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let mut m4 = p2_d(x2, x2, m1.tanh()) * s2.atan().exp_m1();
        m1 = (((k::<D>(0.7)) * m1) + ((((x0 - m4).sin()).exp()).recip())).tanh();
        s2 = ((k::<D>(0.5)) * s2) + ((x2 * m4).cos());
    }
    m1 -= s2.cos();
    let a5 = (x1 * ((k::<D>(1.78)).asinh()) + ((k::<D>(-1.55)) - x0));
    (((x1 + x2) * m1) - s2) + a5
}

#[differentiable]
fn p4<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float,
{
    let (u1, w2) = (c::<T>(-0.52), c::<T>(1.56));
    let mut m3 = Float::acos((c::<T>(0.9)) * T::tanh(x1.exp().ln()).tanh()).cos();
    m3 = m3 + ((T::one() + (w2 * w2)).recip());
    let w2 = w2 - w2;
    for i4 in 2..3 {
        let mut i5 = 0;
        while i5 < 2 {
            i5 += 1;
            if i4 % 2 == 1 {
                break;
            }
            let mut m6: T = u1.atan2(-((c::<T>(0.5)) + (w2 * w2)));
            m6 = m6 * (T::one() + ((c::<T>(0.3)) * x0.tanh().sin()));
            m6 = m6 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin((u1 - x1) + (w2 - x0))));
            m6 = m6 * (T::one() + ((c::<T>(0.3)) * u1.sin()));
        }
        let w2 = (c::<T>(0.378))
            * (({
                let t7 = T::from(1.16).unwrap();
                m3
            })
            .atan());
        m3 = m3 + ((x0 * u1).tanh());
        m3 = ((c::<T>(0.5)) * m3)
            + (((u1 / ((c::<T>(1.5)) + m3.tanh())) / (T::one() + (u1.min(x2) * T::min(u1, x2))))
                .cos());
    }
    let (u8, w9) = (-w2, m3 + (c::<T>(0.79)));
    let a10 = x1 - x0;
    (((m3 + w2) + u8) + w9) + a10
}

fn p4_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (k::<D>(-0.52), k::<D>(1.56));
    let mut m3 = (((k::<D>(0.9)) * x1.exp().ln().tanh().tanh()).acos()).cos();
    m3 += ((k::<D>(1.0)) + (w2 * w2)).recip();
    let w2 = w2 - w2;
    for i4 in 2..3 {
        let mut i5 = 0;
        while i5 < 2 {
            i5 += 1;
            if i4 % 2 == 1 {
                break;
            }
            let mut m6: D = datan2(u1, -((k::<D>(0.5)) + (w2 * w2)));
            m6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.tanh().sin());
            m6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((u1 - x1) + (w2 - x0)).sin()));
            m6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u1.sin());
        }
        let w2 = (k::<D>(0.378))
            * (({
                let t7 = k::<D>(1.16);
                m3
            })
            .atan());
        m3 += (x0 * u1).tanh();
        m3 = ((k::<D>(0.5)) * m3)
            + (((u1 / ((k::<D>(1.5)) + m3.tanh()))
                / ((k::<D>(1.0)) + (dmin(u1, x2) * dmin(u1, x2))))
            .cos());
    }
    let (u8, w9) = (-w2, m3 + (k::<D>(0.79)));
    let a10 = x1 - x0;
    (((m3 + w2) + u8) + w9) + a10
}

#[differentiable]
fn p5<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1: T = x0 * (c::<T>(-1.4));
    let mut m2 = a1.atan().cosh();
    m2 -= ((x1 - m2.atan().sin().tan()).cos()).exp();
    m2 -= x0;
    let mut m3: T =
        (((c::<T>(core::f64::consts::PI)) / ((c::<T>(1.0)) + (x1 * x1))).signum()) * x1.tanh();
    let mut s4 = c::<T>(0.5);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6 = -x0.max(s4);
        s4 *= T::one() + ((c::<T>(0.3)) * m2.sin());
        m2 += ((T::from(0.5).unwrap()
            + ((((T::from(-0.2).unwrap() - a6).atan()).cosh())
                * T::cosh(((c::<T>(-0.2)) - a6).atan())))
        .ln_1p())
        .atan();
    }
    (((x1 + a1) + m2) + m3) - s4
}

fn p5_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = x0 * (k::<D>(-1.4));
    let mut m2 = a1.atan().cosh();
    m2 -= ((x1 - m2.atan().sin().tan()).cos()).exp();
    m2 -= x0;
    let mut m3: D = (k::<D>(
        ((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.0)) + (x1 * x1)))
            .re()
            .signum(),
    )) * x1.tanh();
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6 = -dmax(x0, s4);
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m2.sin());
        m2 += (((k::<D>(0.5))
            + (((((k::<D>(-0.2)) - a6).atan()).cosh()) * ((((k::<D>(-0.2)) - a6).atan()).cosh())))
        .ln_1p())
        .atan();
    }
    (((x1 + a1) + m2) + m3) - s4
}

#[differentiable]
fn p6<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = x0 + x1;
    let mut s2: T = c::<T>(0.5);
    for i3 in 0..=1 {
        if i3 % 2 == 1 {
            continue;
        }
        let mut s4: T = c::<T>(1.0);
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let mut m6: T = s4;
            let a7 = (((a1 + m6).hypot(T::one())).sqrt())
                - T::sqrt(Float::exp(
                    (((c::<T>(2.0)) + Float::sin(a1))
                        .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * x2.sin())).exp()))
                    .tanh(),
                ));
            let a8 = (T::from(2.0).unwrap() + p1(x2, m6.cos(), T::tanh(c::<T>(V[i5]))).sin())
                .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * Float::atan(s2 + x1).sin())).exp());
            if Float::exp2(T::sin(a1)) <= T::from(0.41).unwrap() {
                continue;
            }
            s2 -= Float::log10((-a1).hypot(c::<T>(1.0))).atan();
            s2 -= ({
                let t9 = a1;
                ((c::<T>(0.9)) * x1.tanh()).asin()
            })
            .tanh();
        }
        let a10 = if i3 % 2 == 0 { c::<T>(0.14) } else { x0.tanh() };
        s2 += s2.tanh();
    }
    s2 *= T::one() + ((c::<T>(0.3)) * Float::sin(Float::atan((c::<T>(-1.198)) - x1).exp2().tanh()));
    let mut m11 = x0;
    let (u12, w13) = ((c::<T>(0.742)).powi(1), Float::sin(x2) * T::atan(s2));
    (((a1 + s2) + m11) + u12) + w13
}

fn p6_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x0 + x1;
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..=1 {
        if i3 % 2 == 1 {
            continue;
        }
        let mut s4: D = k::<D>(1.0);
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let mut m6: D = s4;
            let a7 = ((((a1 + m6) * (a1 + m6) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt())
                - ((((((k::<D>(2.0)) + a1.sin()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x2.sin())).exp()).ln())
                .tanh())
                .exp())
                .sqrt());
            let a8 = (((k::<D>(2.0)) + p1_d(x2, m6.cos(), (k::<D>(V[i5])).tanh()).sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((s2 + x1).atan()).sin()))).exp()).ln());
            if a1.sin().exp2().re() <= (k::<D>(0.41)).re() {
                continue;
            }
            s2 -= ((((-a1) * (-a1) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()).atan();
            s2 -= ({
                let t9 = a1;
                ((k::<D>(0.9)) * x1.tanh()).asin()
            })
            .tanh();
        }
        let a10 = if i3 % 2 == 0 { k::<D>(0.14) } else { x0.tanh() };
        s2 += s2.tanh();
    }
    s2 *= (k::<D>(1.0))
        + ((k::<D>(0.3)) * ((((((k::<D>(-1.198)) - x1).atan()).exp2()).tanh()).sin()));
    let mut m11 = x0;
    let (u12, w13) = ((k::<D>(0.742)).powi(1), x2.sin() * s2.atan());
    (((a1 + s2) + m11) + u12) + w13
}

#[differentiable]
fn p7(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1 = (if x1 > -0.04_f64 { 1.946 } else { x2 }) * x2;
    let mut s2 = 1.0;
    for i3 in 1..=3 {
        let mut s4 = 0.5;
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            s2 = (0.5_f64 * s2) + ((x2 - x0).sin());
            let mut m6 = s4;
            let (u7, w8) = (
                (0.9 * f64::cos((x1 - W[i5]) - x0).tanh()).asin(),
                f64::atan(s4).asinh(),
            );
            s4 -= ((0.9 * f64::tanh(f64::tanh(s4))).asin()).cos();
            s4 /= 1.0 + (V[i3] * V[i3]);
        }
        let a10 = ((i3 as f64)
            + ({
                let t9 = s2;
                s2
            }))
        .max(s2.asinh() * (V[i3] - W[i3]));
        m1 -= (s4.sin().mul_add(Float::atan(m1), x1) / (1.5_f64 + ((0.9 * f64::sin(m1)).tanh())))
            .sin();
    }
    let a11 = Float::cos(-m1.atan().exp()) * m1.tanh();
    let mut s12 = 0.5;
    let mut i13 = 0;
    while i13 < 4 {
        i13 += 1;
        m1 = ((0.7 * m1) + ((1.1 + ((2.0_f64 + x0.sin()) * (2.0_f64 + x0.sin()))).acosh())).cos();
        if (i13 as f64) - a11 >= V[i13] / 1.344f64.exp() {
            s12 = Float::cos((0.7f64 * s12) + f64::tanh(x1));
        }
        let mut m14: f64 = m1.sin().tan();
        m1 = ((0.7 * m1) + ((0.9f64 * Float::sin(x1)).asin())).atan();
        s12 -= Float::atan((s12 + a11) / ((std::f64::consts::E * m1).hypot(1.0)));
    }
    let a15: f64 = m1;
    f64::tanh(0.001 * ((((m1 + s2) + a11) + s12) * a15))
}

fn p7_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = (if x1.re() > (k::<D>(-0.04)).re() {
        k::<D>(1.946)
    } else {
        x2
    }) * x2;
    let mut s2 = k::<D>(1.0);
    for i3 in 1..=3 {
        let mut s4 = k::<D>(0.5);
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            s2 = ((k::<D>(0.5)) * s2) + ((x2 - x0).sin());
            let mut m6 = s4;
            let (u7, w8) = (
                ((k::<D>(0.9)) * ((((x1 - (k::<D>(W[i5]))) - x0).cos()).tanh())).asin(),
                s4.atan().asinh(),
            );
            s4 -= (((k::<D>(0.9)) * s4.tanh().tanh()).asin()).cos();
            s4 /= (k::<D>(1.0)) + ((k::<D>(V[i3])) * (k::<D>(V[i3])));
        }
        let a10 = dmax(
            (k::<D>(i3 as f64))
                + ({
                    let t9 = s2;
                    s2
                }),
            s2.asinh() * ((k::<D>(V[i3])) - (k::<D>(W[i3]))),
        );
        m1 -= ((s4.sin() * m1.atan() + x1) / ((k::<D>(1.5)) + (((k::<D>(0.9)) * m1.sin()).tanh())))
            .sin();
    }
    let a11 = ((-m1.atan().exp()).cos()) * m1.tanh();
    let mut s12 = k::<D>(0.5);
    let mut i13 = 0;
    while i13 < 4 {
        i13 += 1;
        m1 = (((k::<D>(0.7)) * m1)
            + (((k::<D>(1.1)) + (((k::<D>(2.0)) + x0.sin()) * ((k::<D>(2.0)) + x0.sin())))
                .acosh()))
        .cos();
        if ((k::<D>(i13 as f64)) - a11).re() >= ((k::<D>(V[i13])) / ((k::<D>(1.344)).exp())).re() {
            s12 = (((k::<D>(0.7)) * s12) + x1.tanh()).cos();
        }
        let mut m14: D = m1.sin().tan();
        m1 = (((k::<D>(0.7)) * m1) + (((k::<D>(0.9)) * x1.sin()).asin())).atan();
        s12 -= ((s12 + a11)
            / ((((k::<D>(std::f64::consts::E)) * m1) * ((k::<D>(std::f64::consts::E)) * m1)
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt()))
        .atan();
    }
    let a15: D = m1;
    ((k::<D>(0.001)) * ((((m1 + s2) + a11) + s12) * a15)).tanh()
}

#[differentiable]
fn p8<T: Float>(x: [T; 6]) -> T {
    let a1: T = (c::<T>(std::f64::consts::E))
        + (((c::<T>(ALPHA)).hypot((c::<T>(0.5)) + (x[5] * x[5])))
            * x[1].min(T::from(-1.7).unwrap()));
    let (u2, w3) = (
        ((c::<T>(0.5))
            + (((c::<T>(1.0))
                + (T::tanh((a1 + a1) + x[2].sin().tan())
                    * T::tanh((a1 + a1) + Float::sin(x[2]).tan())))
                * ((c::<T>(1.0))
                    + ((((a1 + a1) + x[2].sin().tan()).tanh())
                        * (((a1 + a1) + Float::tan(Float::sin(x[2]))).tanh())))))
        .ln_1p(),
        ((((c::<T>(1.5)) + Float::tanh(a1)).powf(T::tanh(a1))) + (-x[2]))
            / (T::one()
                + ((((a1 + x[3]) * (Float::atan(a1) * a1.tanh())).cos())
                    * (((a1 + x[3]) * (a1.atan() * a1.tanh())).cos()))),
    );
    let (u4, w5) = ((c::<T>(-1.408)).min(c::<T>(-1.33)), u2);
    let mut s6: T = T::zero();
    for &i7 in x.iter() {
        let mut s8: T = T::from(0.5).unwrap();
        for &i9 in x.iter() {
            let a10 = T::from(-1.2).unwrap() * i9;
            let a11 = i9;
            s8 = Float::max(s8, i9.atan().atan());
            s8 = s8
                * (T::one() + ((c::<T>(0.3)) * T::atan(s8 + T::from(-0.1).unwrap()).powi(1).sin()));
        }
        s6 = s6 / ((c::<T>(2.0)) + x[1].sin());
    }
    let a12 = if T::exp(u4) >= c::<T>(0.63) {
        T::sinh(c::<T>(1.1))
    } else {
        (Float::sin(x[3])
            / ((c::<T>(2.0)) + T::asin((c::<T>(0.9)) * ((c::<T>(-1.222)).sin())).sin()))
            - ((x[1].round() * (c::<T>(-1.369))) + u4.asinh())
    };
    let mut i13 = 0;
    while i13 < 3 {
        i13 += 1;
        let (u14, w15) = (x[3] + x[1], a1 / w3.sin().exp());
        let (u16, w17) = (
            u4,
            (T::from(1.1).unwrap()
                + (T::hypot(w5 - x[1], T::one()) * Float::hypot(w5 - x[1], c::<T>(1.0))))
            .acosh(),
        );
        s6 = s6 + ((u4.exp_m1() - ((c::<T>(V[i13])) - (c::<T>(std::f64::consts::E)))).atan());
        s6 = s6 - ((((c::<T>(1.0)) + (x[0] * x[0])).log10()).tanh());
    }
    ((c::<T>(0.001)) * (((((w3 - u4) + w5) + s6) + a12) + x[4])).tanh()
}

fn p8_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(std::f64::consts::E))
        + ((((k::<D>(ALPHA)) * (k::<D>(ALPHA))
            + ((k::<D>(0.5)) + (x[5] * x[5])) * ((k::<D>(0.5)) + (x[5] * x[5])))
            .sqrt())
            * dmin(x[1], k::<D>(-1.7)));
    let (u2, w3) = (
        ((k::<D>(0.5))
            + (((k::<D>(1.0))
                + ((((a1 + a1) + x[2].sin().tan()).tanh())
                    * (((a1 + a1) + x[2].sin().tan()).tanh())))
                * ((k::<D>(1.0))
                    + ((((a1 + a1) + x[2].sin().tan()).tanh())
                        * (((a1 + a1) + x[2].sin().tan()).tanh())))))
        .ln_1p(),
        (((a1.tanh() * ((k::<D>(1.5)) + a1.tanh()).ln()).exp()) + (-x[2]))
            / ((k::<D>(1.0))
                + ((((a1 + x[3]) * (a1.atan() * a1.tanh())).cos())
                    * (((a1 + x[3]) * (a1.atan() * a1.tanh())).cos()))),
    );
    let (u4, w5) = (dmin(k::<D>(-1.408), k::<D>(-1.33)), u2);
    let mut s6: D = k::<D>(0.0);
    for &i7 in x.iter() {
        let mut s8: D = k::<D>(0.5);
        for &i9 in x.iter() {
            let a10 = (k::<D>(-1.2)) * i9;
            let a11 = i9;
            s8 = dmax(s8, i9.atan().atan());
            s8 *=
                (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((s8 + (k::<D>(-0.1))).atan()).powi(1)).sin()));
        }
        s6 /= (k::<D>(2.0)) + x[1].sin();
    }
    let a12 = if u4.exp().re() >= (k::<D>(0.63)).re() {
        (k::<D>(1.1)).sinh()
    } else {
        (x[3].sin() / ((k::<D>(2.0)) + ((((k::<D>(0.9)) * ((k::<D>(-1.222)).sin())).asin()).sin())))
            - (((k::<D>(x[1].re().round())) * (k::<D>(-1.369))) + u4.asinh())
    };
    let mut i13 = 0;
    while i13 < 3 {
        i13 += 1;
        let (u14, w15) = (x[3] + x[1], a1 / w3.sin().exp());
        let (u16, w17) = (
            u4,
            ((k::<D>(1.1))
                + ((((w5 - x[1]) * (w5 - x[1]) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * (((w5 - x[1]) * (w5 - x[1]) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .acosh(),
        );
        s6 += (u4.exp_m1() - ((k::<D>(V[i13])) - (k::<D>(std::f64::consts::E)))).atan();
        s6 -= (((k::<D>(1.0)) + (x[0] * x[0])).log10()).tanh();
    }
    ((k::<D>(0.001)) * (((((w3 - u4) + w5) + s6) + a12) + x[4])).tanh()
}

#[differentiable]
fn p9<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut s1 = c::<T>(1.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3: T = (((c::<T>(0.9)) * T::tanh(T::from(-1.5).unwrap())).acos()).tanh();
        if -x2 <= T::from(-0.31).unwrap() {
            continue;
        }
        let (u4, w5) = (
            T::from(-1.79).unwrap().mul_add(m3, s1),
            if x0 < x0 {
                x0
            } else {
                c::<T>(core::f64::consts::PI)
            },
        );
        let a6 = T::atanh((c::<T>(0.9)) * T::sin(s1.atan()));
        s1 = ((T::from(0.7).unwrap() * s1) + ((T::from(0.9).unwrap() * T::tanh(w5.cos())).acos()))
            .atan();
    }
    s1 = ((T::from(0.7).unwrap() * s1) + (-(c::<T>(-0.3)))).atan();
    if Float::sqrt((c::<T>(1.5)) + x2.tanh()) >= x2.powi(2) {
        return s1;
    }
    for i7 in 2..=5 {
        let mut s8: T = c::<T>(0.5);
        let mut i9 = 0;
        while i9 < 2 {
            i9 += 1;
            let a10 = if i9 % 2 == 1 {
                s8
            } else {
                x2.hypot((c::<T>(0.5)) + (x1 * x1))
            };
            let mut m11: T = c::<T>(i7 as f64);
            if x2.sin().tan() < T::from(-0.75).unwrap() && !(s1 < s1) {
                continue;
            }
            let a10: T = m11;
            s1 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::exp(((c::<T>(ALPHA)) / ((c::<T>(2.0)) + Float::sin(x1))).cos()).cos());
        }
        s8 = ((c::<T>(0.5)) * s8)
            + (((s1 / (T::one() + (x2 * x2))).max(
                ((c::<T>(1.1))
                    + ((T::from(2.0).unwrap() + T::sin(x1)) * ((c::<T>(2.0)) + x1.sin())))
                .acosh(),
            ))
            .cos());
    }
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let mut s13 = c::<T>(0.0);
        for i14 in 0..3 {
            let a15 = x2.asinh().tanh()
                / ((((T::from(1.5).unwrap() + T::tanh(x1)).log10())
                    * (x0 + T::from(-1.555).unwrap()))
                .hypot(c::<T>(1.0)));
            let a16 = T::max(x2, x2)
                .cosh()
                .powf(
                    Float::acosh(
                        (c::<T>(1.1))
                            + ((T::one() + (s13.cos() * Float::cos(s13)))
                                * ((c::<T>(1.0)) + (s13.cos() * s13.cos()))),
                    )
                    .sin(),
                )
                .hypot((c::<T>(0.5)) + (s1 * s1));
            s13 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * ((((c::<T>(1.0))
                        + (x1.atan2(-((c::<T>(0.5)) + (x2 * x2)))
                            * x1.atan2(-((c::<T>(0.5)) + (x2 * x2)))))
                    .ln())
                    .sin()));
        }
        if i12 >= 2 {
            s13 += T::sin(x1);
        } else {
            s1 -= (c::<T>(std::f64::consts::E)).cos();
        }
        s13 += (-x0).tanh();
    }
    ((c::<T>(0.001)) * (((x0 + x1) + x2) - s1)).tanh()
}

fn p9_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3: D = (((k::<D>(0.9)) * ((k::<D>(-1.5)).tanh())).acos()).tanh();
        if (-x2).re() <= (k::<D>(-0.31)).re() {
            continue;
        }
        let (u4, w5) = (
            ((k::<D>(-1.79)) * m3 + s1),
            if x0.re() < x0.re() {
                x0
            } else {
                k::<D>(core::f64::consts::PI)
            },
        );
        let a6 = ((k::<D>(0.9)) * s1.atan().sin()).atanh();
        s1 = (((k::<D>(0.7)) * s1) + (((k::<D>(0.9)) * w5.cos().tanh()).acos())).atan();
    }
    s1 = (((k::<D>(0.7)) * s1) + (-(k::<D>(-0.3)))).atan();
    if (((k::<D>(1.5)) + x2.tanh()).sqrt()).re() >= x2.powi(2).re() {
        return s1;
    }
    for i7 in 2..=5 {
        let mut s8: D = k::<D>(0.5);
        let mut i9 = 0;
        while i9 < 2 {
            i9 += 1;
            let a10 = if i9 % 2 == 1 {
                s8
            } else {
                (x2 * x2 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1))).sqrt()
            };
            let mut m11: D = k::<D>(i7 as f64);
            if x2.sin().tan().re() < (k::<D>(-0.75)).re() && !(s1.re() < s1.re()) {
                continue;
            }
            let a10: D = m11;
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((k::<D>(ALPHA)) / ((k::<D>(2.0)) + x1.sin())).cos()).exp()).cos()));
        }
        s8 = ((k::<D>(0.5)) * s8)
            + dmax(
                s1 / ((k::<D>(1.0)) + (x2 * x2)),
                ((k::<D>(1.1)) + (((k::<D>(2.0)) + x1.sin()) * ((k::<D>(2.0)) + x1.sin()))).acosh(),
            )
            .cos();
    }
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let mut s13 = k::<D>(0.0);
        for i14 in 0..3 {
            let a15 = x2.asinh().tanh()
                / ((((((k::<D>(1.5)) + x1.tanh()).log10()) * (x0 + (k::<D>(-1.555))))
                    * ((((k::<D>(1.5)) + x1.tanh()).log10()) * (x0 + (k::<D>(-1.555))))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt());
            let a16 = (((((((k::<D>(1.1))
                + (((k::<D>(1.0)) + (s13.cos() * s13.cos()))
                    * ((k::<D>(1.0)) + (s13.cos() * s13.cos()))))
            .acosh())
            .sin())
                * dmax(x2, x2).cosh().ln())
            .exp())
                * ((((((k::<D>(1.1))
                    + (((k::<D>(1.0)) + (s13.cos() * s13.cos()))
                        * ((k::<D>(1.0)) + (s13.cos() * s13.cos()))))
                .acosh())
                .sin())
                    * dmax(x2, x2).cosh().ln())
                .exp())
                + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1)))
                .sqrt();
            s13 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.0))
                        + (datan2(x1, -((k::<D>(0.5)) + (x2 * x2)))
                            * datan2(x1, -((k::<D>(0.5)) + (x2 * x2)))))
                    .ln())
                    .sin()));
        }
        if i12 >= 2 {
            s13 += x1.sin();
        } else {
            s1 -= (k::<D>(std::f64::consts::E)).cos();
        }
        s13 += (-x0).tanh();
    }
    ((k::<D>(0.001)) * (((x0 + x1) + x2) - s1)).tanh()
}

#[differentiable]
fn p10<T>(x0: T, x1: T, nk: usize) -> T
where
    T: Float,
{
    let a1 = if T::from(-0.6).unwrap() - x0 < x0 {
        T::log(
            (c::<T>(1.0)) + (T::mul_add(x1, c::<T>(-0.82), x1) * x1.mul_add(c::<T>(-0.82), x1)),
            ((c::<T>(0.5))
                + ((c::<T>(0.4)) * Float::atan2(x0, (c::<T>(0.5)) + (x1 * x1)).cos().sin()))
            .exp(),
        )
    } else {
        Float::atan2(
            x0,
            -(T::from(0.5).unwrap() + ((c::<T>(-1.9)) * (c::<T>(-1.9)))),
        )
        .atan()
        .cosh()
        .powf(T::tanh(((c::<T>(0.9)) * x0.sin()).atanh()))
    };
    let mut m2 = x1;
    if a1 >= c::<T>(0.48) {
        m2 = m2
            + (((c::<T>(0.9)) * Float::sin(Float::recip((c::<T>(1.5)) + ((c::<T>(-0.4)).tanh()))))
                .atanh());
    } else {
        m2 = m2
            * (T::one()
                + ((c::<T>(0.3))
                    * T::clamp(
                        Float::powf((c::<T>(1.0)) + (x0 * x0), m2.atan()),
                        T::from(-0.29).unwrap(),
                        c::<T>(1.14),
                    )
                    .sin()));
    }
    let (u3, w4) = (
        T::atan(a1 / ((c::<T>(1.5)) + ((c::<T>(-1.68)).tanh()))).sinh(),
        if !(m2 >= T::tanh(a1)) {
            m2 + m2
        } else {
            x0.atan()
        },
    );
    (((x1 + a1) + m2) + u3) + w4
}

fn p10_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1 = if ((k::<D>(-0.6)) - x0).re() < x0.re() {
        (((k::<D>(1.0)) + ((x1 * (k::<D>(-0.82)) + x1) * (x1 * (k::<D>(-0.82)) + x1))).ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4)) * datan2(x0, (k::<D>(0.5)) + (x1 * x1)).cos().sin()))
            .exp())
            .ln())
    } else {
        (((((k::<D>(0.9)) * x0.sin()).atanh()).tanh())
            * datan2(x0, -((k::<D>(0.5)) + ((k::<D>(-1.9)) * (k::<D>(-1.9)))))
                .atan()
                .cosh()
                .ln())
        .exp()
    };
    let mut m2 = x1;
    if a1.re() >= (k::<D>(0.48)).re() {
        m2 += ((k::<D>(0.9)) * ((((k::<D>(1.5)) + ((k::<D>(-0.4)).tanh())).recip()).sin())).atanh();
    } else {
        m2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * dclamp(
                    (m2.atan() * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp(),
                    k::<D>(-0.29),
                    k::<D>(1.14),
                )
                .sin());
    }
    let (u3, w4) = (
        ((a1 / ((k::<D>(1.5)) + ((k::<D>(-1.68)).tanh()))).atan()).sinh(),
        if !(m2.re() >= a1.tanh().re()) {
            m2 + m2
        } else {
            x0.atan()
        },
    );
    (((x1 + a1) + m2) + u3) + w4
}

#[differentiable]
fn p11(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 1..4 {
        let a3 = W[i2].mul_add(x1, x0) * (-x0);
        let mut m4 = x1;
        let (u5, w6) = (x0, m4 / Float::hypot(x1, 1.0));
        m4 = m4.min((-(i2 as f64)).atan());
        s1 = (0.5 * s1) + w6.sin();
    }
    let a7: f64 = x1 / (1.0 + (x1 * x1));
    let a8 = (Float::powi(x1, 3) * (if x1 > -0.98 { -1.81 } else { -0.518 }))
        / f64::powi((if x1 <= a7 { x1 } else { s1 }).cos(), 2).hypot(1.0);
    let a9 = s1 + a7;
    (((x1 + s1) + a7) + a8) + a9
}

fn p11_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 1..4 {
        let a3 = ((k::<D>(W[i2])) * x1 + x0) * (-x0);
        let mut m4 = x1;
        let (u5, w6) = (x0, m4 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()));
        m4 = dmin(m4, (-(k::<D>(i2 as f64))).atan());
        s1 = ((k::<D>(0.5)) * s1) + w6.sin();
    }
    let a7: D = x1 / ((k::<D>(1.0)) + (x1 * x1));
    let a8 = (x1.powi(3)
        * (if x1.re() > (k::<D>(-0.98)).re() {
            k::<D>(-1.81)
        } else {
            k::<D>(-0.518)
        }))
        / (((((if x1.re() <= a7.re() { x1 } else { s1 }).cos()).powi(2))
            * (((if x1.re() <= a7.re() { x1 } else { s1 }).cos()).powi(2))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt());
    let a9 = s1 + a7;
    (((x1 + s1) + a7) + a8) + a9
}

#[differentiable]
fn p12(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5_f64;
    for i2 in 0..1 {
        if i2 < 1 {
            continue;
        }
        let a3 = (1.1 + (Float::cosh((x1 - x1).cos()) * (((x1 - x1).cos()).cosh()))).acosh();
        let mut m4 = p7(
            (((-1.37) * x0) / (2.0 + core::f64::consts::PI.sin())).cos(),
            ((0.9 * a3.tanh().sin()).atanh()).sin(),
            Float::cos(Float::tanh(a3).sinh()).exp_m1().sin(),
        );
        s1 -= ((a3.atan() * s1.cos()) / (1.0 + (x2.atan() * x2.atan()))).sin();
    }
    if x0 / (1.0 + ((-0.3_f64) * (-0.3))) >= 0.65 {
        s1 *= 1.0 + (0.3 * (((x0 + x2) - x0.tanh()).sin()));
    }
    for i5 in 2..4 {
        let a6 = (W[i5] / (1.0 + (x2 * x2))).exp_m1();
        let mut s7 = 0.5;
        for i8 in 0..4 {
            let (u9, w10) = (Float::sin(x0), (i8 as f64));
            s7 += u9
                .exp2()
                .atan2(0.5_f64 + (((i5 as f64) / w10.hypot(1.0)) * ((i5 as f64) / w10.hypot(1.0))))
                .sin();
            let a11 = x2 - w10;
            s7 = f64::max(s7, ((x0 + x2) + (x0.round() * BETA.atan())).atan());
            if i8 > 2 {
                continue;
            }
        }
        for i12 in 1..4 {
            let a13 = if i5 == 2 {
                (0.5 + ((1.0
                    + (Float::tanh(
                        f64::atan(a6).cosh() + ((1.5 + a6.tanh()).powf((i12 as f64).sin())),
                    ) * f64::tanh(
                        a6.atan().cosh() + f64::powf(1.5 + Float::tanh(a6), (i12 as f64).sin()),
                    )))
                    * (1.0
                        + (f64::tanh(
                            f64::atan(a6).cosh()
                                + ((1.5 + Float::tanh(a6)).powf(f64::sin((i12 as f64)))),
                        ) * ((Float::cosh(a6.atan())
                            + ((1.5 + a6.tanh()).powf((i12 as f64).sin())))
                        .tanh())))))
                .ln_1p()
            } else {
                a6 * ((s7 / W[i12].exp())
                    .atan2(-(0.5 + ((BETA / (2.0 + x0.sin())) * (BETA / (2.0 + x0.sin()))))))
            };
            let a14 = ((x2 - s1).cos()) * f64::clamp(x1, -1.11, 1.14);
            s7 += Float::atan(s7.cos().exp_m1());
            s7 *= 1.0f64
                + (0.3
                    * Float::powf(2.0 + ((0.3 - V[i5]).sin()), Float::atan(f64::asinh(s7))).sin());
        }
        s1 *= 1.0
            + (0.3
                * (((-std::f64::consts::E) + ((1.0 + ((i5 as f64) * (i5 as f64))).sqrt())).sin()));
    }
    Float::tanh(0.001_f64 * (((x0 * x1) + x2) + s1))
}

fn p12_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 0..1 {
        if i2 < 1 {
            continue;
        }
        let a3 =
            ((k::<D>(1.1)) + ((((x1 - x1).cos()).cosh()) * (((x1 - x1).cos()).cosh()))).acosh();
        let mut m4 = p7_d(
            (((k::<D>(-1.37)) * x0) / ((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin())))
                .cos(),
            (((k::<D>(0.9)) * a3.tanh().sin()).atanh()).sin(),
            a3.tanh().sinh().cos().exp_m1().sin(),
        );
        s1 -= ((a3.atan() * s1.cos()) / ((k::<D>(1.0)) + (x2.atan() * x2.atan()))).sin();
    }
    if (x0 / ((k::<D>(1.0)) + ((k::<D>(-0.3)) * (k::<D>(-0.3))))).re() >= (k::<D>(0.65)).re() {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((x0 + x2) - x0.tanh()).sin()));
    }
    for i5 in 2..4 {
        let a6 = ((k::<D>(W[i5])) / ((k::<D>(1.0)) + (x2 * x2))).exp_m1();
        let mut s7 = k::<D>(0.5);
        for i8 in 0..4 {
            let (u9, w10) = (x0.sin(), k::<D>(i8 as f64));
            s7 += datan2(
                u9.exp2(),
                (k::<D>(0.5))
                    + (((k::<D>(i5 as f64))
                        / ((w10 * w10 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                        * ((k::<D>(i5 as f64))
                            / ((w10 * w10 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))),
            )
            .sin();
            let a11 = x2 - w10;
            s7 = dmax(
                s7,
                ((x0 + x2) + ((k::<D>(x0.re().round())) * ((k::<D>(BETA)).atan()))).atan(),
            );
            if i8 > 2 {
                continue;
            }
        }
        for i12 in 1..4 {
            let a13 = if i5 == 2 {
                ((k::<D>(0.5))
                    + (((k::<D>(1.0))
                        + (((a6.atan().cosh()
                            + ((((k::<D>(i12 as f64)).sin())
                                * ((k::<D>(1.5)) + a6.tanh()).ln())
                            .exp()))
                        .tanh())
                            * ((a6.atan().cosh()
                                + ((((k::<D>(i12 as f64)).sin())
                                    * ((k::<D>(1.5)) + a6.tanh()).ln())
                                .exp()))
                            .tanh())))
                        * ((k::<D>(1.0))
                            + (((a6.atan().cosh()
                                + ((((k::<D>(i12 as f64)).sin())
                                    * ((k::<D>(1.5)) + a6.tanh()).ln())
                                .exp()))
                            .tanh())
                                * ((a6.atan().cosh()
                                    + ((((k::<D>(i12 as f64)).sin())
                                        * ((k::<D>(1.5)) + a6.tanh()).ln())
                                    .exp()))
                                .tanh())))))
                .ln_1p()
            } else {
                a6 * datan2(
                    s7 / ((k::<D>(W[i12])).exp()),
                    -((k::<D>(0.5))
                        + (((k::<D>(BETA)) / ((k::<D>(2.0)) + x0.sin()))
                            * ((k::<D>(BETA)) / ((k::<D>(2.0)) + x0.sin())))),
                )
            };
            let a14 = ((x2 - s1).cos()) * dclamp(x1, k::<D>(-1.11), k::<D>(1.14));
            s7 += s7.cos().exp_m1().atan();
            s7 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((s7.asinh().atan()
                        * ((k::<D>(2.0)) + (((k::<D>(0.3)) - (k::<D>(V[i5]))).sin())).ln())
                    .exp())
                    .sin()));
        }
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((-(k::<D>(std::f64::consts::E)))
                    + (((k::<D>(1.0)) + ((k::<D>(i5 as f64)) * (k::<D>(i5 as f64)))).sqrt()))
                .sin()));
    }
    ((k::<D>(0.001)) * (((x0 * x1) + x2) + s1)).tanh()
}

#[differentiable]
fn p13(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut s1 = 0.0;
    for i2 in 0..nk {
        let a3 = s1.atan2(0.5 + ((x0 * x0) * (x0 * x0)));
        s1 *= 1.0f64
            + (0.3
                * f64::powf(
                    1.0f64
                        + (((a3 / (1.5 + a3.tanh())).atan())
                            * ((a3 / (1.5 + Float::tanh(a3))).atan())),
                    (s1 + (-1.44)).sin(),
                )
                .sin());
        s1 *= 1.0
            + (0.3
                * f64::sin(p4(
                    ((2.0 + s1.sin()).log(f64::exp(0.5 + (0.4 * ((-1.193).sin()))))).sin(),
                    (s1 - 1.9_f64).atan(),
                    x0,
                )));
    }
    let a4 = (Float::cos(x1.min(x0)) * ((s1 + 1.26).atan())).abs();
    let mut m5 = x0;
    let a6 = (x0 - x1) + (-core::f64::consts::PI);
    for i7 in 0..nk {
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            let mut m9: f64 = a4;
            m5 = ((0.7 * m5)
                + ({
                    let t10 = m5.max(x1);
                    x0 / f64::exp(Float::atan(m5))
                }))
            .cos();
        }
        if x1 > Float::sqrt(1.0f64 + (m5.tanh() * f64::tanh(m5))) || i7 == 3 {
            break;
        }
        m5 *= 1.0 + (0.3f64 * std::f64::consts::E.sin());
        s1 = f64::sin((0.7_f64 * s1) + BETA);
    }
    let mut m11 = a6 / Float::exp(a6.cos());
    m5 = (0.5 * m5) + m11.atan();
    (((s1 + a4) + m5) - a6) + m11
}

fn p13_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..nk {
        let a3 = datan2(s1, (k::<D>(0.5)) + ((x0 * x0) * (x0 * x0)));
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((s1 + (k::<D>(-1.44))).sin())
                    * ((k::<D>(1.0))
                        + (((a3 / ((k::<D>(1.5)) + a3.tanh())).atan())
                            * ((a3 / ((k::<D>(1.5)) + a3.tanh())).atan())))
                    .ln())
                .exp())
                .sin()));
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * p4_d(
                    (((k::<D>(2.0)) + s1.sin()).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(-1.193)).sin()))).exp())
                            .ln())
                    .sin(),
                    (s1 - (k::<D>(1.9))).atan(),
                    x0,
                )
                .sin());
    }
    let a4 = (dmin(x1, x0).cos() * ((s1 + (k::<D>(1.26))).atan())).abs();
    let mut m5 = x0;
    let a6 = (x0 - x1) + (-(k::<D>(core::f64::consts::PI)));
    for i7 in 0..nk {
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            let mut m9: D = a4;
            m5 = (((k::<D>(0.7)) * m5)
                + ({
                    let t10 = dmax(m5, x1);
                    x0 / m5.atan().exp()
                }))
            .cos();
        }
        if x1.re() > (((k::<D>(1.0)) + (m5.tanh() * m5.tanh())).sqrt()).re() || i7 == 3 {
            break;
        }
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(std::f64::consts::E)).sin()));
        s1 = (((k::<D>(0.7)) * s1) + (k::<D>(BETA))).sin();
    }
    let mut m11 = a6 / a6.cos().exp();
    m5 = ((k::<D>(0.5)) * m5) + m11.atan();
    (((s1 + a4) + m5) - a6) + m11
}

#[differentiable]
fn p14(x0: f64, x1: f64) -> f64 {
    let a1 = x1 / f64::atan(ALPHA / (2.0 + x0.sin())).exp();
    let mut s2 = 0.0;
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let mut i4 = 0;
        while i4 < 2 {
            i4 += 1;
            s2 -= f64::tanh(a1);
            s2 = ((0.7 * s2) + (f64::tanh(s2).mul_add(x0, W[i3]) * Float::tanh(a1))).tanh();
            if i3 != 1 {
                s2 *= 1.0 + (0.3 * f64::sin(Float::acos(0.9 * x1.tanh()).cos()));
            } else {
                s2 += x0.sin();
            }
            s2 *= 1.0 + (0.3 * ((Float::clamp(x0, -0.43, 0.86) * x1).sin()));
        }
        let a5: f64 = if i3 % 2 == 0 { a1 } else { (i3 as f64) };
        s2 = (0.5 * s2) + (((0.9 * Float::powi(1.0 + (x0 * x0), -2).tanh()).atanh()).sin());
        s2 *= 1.0 + (0.3 * Float::sin((0.9 * f64::mul_add(x0, s2.cos(), a5).atan().tanh()).asin()));
    }
    s2 = (0.5 * s2) + a1.cos().sinh();
    if (1.0 + (x1 * x1)).recip() <= {
        let t6 = x1;
        1.413f64
    } {
        return (1.5_f64 + ((x1 * a1).tanh())).ln();
    }
    let mut s7 = 0.0;
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let a9 = -(f64::powf(2.0 + x1.sin(), s7.tanh()) + (s2 / (2.0 + Float::sin(x1))));
        for i10 in (i8 + 1)..5 {
            let (u11, w12) = (
                (x1 + x0) / (1.0 + (((V[i8] - s2).atan()) * ((V[i8] - s2).atan()))),
                ((x1 - x0).tanh()) * f64::atan(a1 - s2),
            );
            s2 /= 1.0_f64 + ((x0.sin() * a9.atan()) * (x0.sin() * a9.atan()));
            s2 = (0.5_f64 * s2) + ((x0 * x1).atan());
        }
        s2 -= x0.cosh().recip().atan();
    }
    for i13 in 0..4 {
        let a14 = Float::hypot(f64::tanh(V[i13]), 1.0)
            .log((0.5 + (0.4f64 * ((((s2 + a1) / f64::hypot(x0.cos(), 1.0)).tanh()).sin()))).exp());
        let a15 = W[i13] / (2.0 + ((Float::tan((-0.1).sin()) * x1.exp()).sin()));
        s7 = f64::atan((0.7 * s7) + x0);
        s2 = (0.5 * s2) + (((-x1) * 1.1).sin());
    }
    let a1: f64 = (0.9 * s2.atan().sin()).asin();
    (0.001 * ((((x0 + x1) + s2) * s7) + a1)).tanh()
}

fn p14_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x1 / ((((k::<D>(ALPHA)) / ((k::<D>(2.0)) + x0.sin())).atan()).exp());
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let mut i4 = 0;
        while i4 < 2 {
            i4 += 1;
            s2 -= a1.tanh();
            s2 = (((k::<D>(0.7)) * s2) + ((s2.tanh() * x0 + (k::<D>(W[i3]))) * a1.tanh())).tanh();
            if i3 != 1 {
                s2 *= (k::<D>(1.0))
                    + ((k::<D>(0.3)) * (((((k::<D>(0.9)) * x1.tanh()).acos()).cos()).sin()));
            } else {
                s2 += x0.sin();
            }
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((dclamp(x0, k::<D>(-0.43), k::<D>(0.86)) * x1).sin()));
        }
        let a5: D = if i3 % 2 == 0 { a1 } else { k::<D>(i3 as f64) };
        s2 = ((k::<D>(0.5)) * s2)
            + ((((k::<D>(0.9)) * ((((k::<D>(1.0)) + (x0 * x0)).powi(-2)).tanh())).atanh()).sin());
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.9)) * (((x0 * s2.cos() + a5).atan()).tanh())).asin()).sin()));
    }
    s2 = ((k::<D>(0.5)) * s2) + a1.cos().sinh();
    if (((k::<D>(1.0)) + (x1 * x1)).recip()).re()
        <= ({
            let t6 = x1;
            k::<D>(1.413)
        })
        .re()
    {
        return ((k::<D>(1.5)) + ((x1 * a1).tanh())).ln();
    }
    let mut s7 = k::<D>(0.0);
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let a9 = -(((s7.tanh() * ((k::<D>(2.0)) + x1.sin()).ln()).exp())
            + (s2 / ((k::<D>(2.0)) + x1.sin())));
        for i10 in (i8 + 1)..5 {
            let (u11, w12) = (
                (x1 + x0)
                    / ((k::<D>(1.0))
                        + ((((k::<D>(V[i8])) - s2).atan()) * (((k::<D>(V[i8])) - s2).atan()))),
                ((x1 - x0).tanh()) * ((a1 - s2).atan()),
            );
            s2 /= (k::<D>(1.0)) + ((x0.sin() * a9.atan()) * (x0.sin() * a9.atan()));
            s2 = ((k::<D>(0.5)) * s2) + ((x0 * x1).atan());
        }
        s2 -= x0.cosh().recip().atan();
    }
    for i13 in 0..4 {
        let a14 = (((((k::<D>(V[i13])).tanh()) * ((k::<D>(V[i13])).tanh())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4))
                    * ((((s2 + a1)
                        / ((x0.cos() * x0.cos() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                    .tanh())
                    .sin())))
            .exp())
            .ln());
        let a15 = (k::<D>(W[i13]))
            / ((k::<D>(2.0)) + (((((k::<D>(-0.1)).sin()).tan()) * x1.exp()).sin()));
        s7 = (((k::<D>(0.7)) * s7) + x0).atan();
        s2 = ((k::<D>(0.5)) * s2) + (((-x1) * (k::<D>(1.1))).sin());
    }
    let a1: D = ((k::<D>(0.9)) * s2.atan().sin()).asin();
    ((k::<D>(0.001)) * ((((x0 + x1) + s2) * s7) + a1)).tanh()
}

#[differentiable]
fn p15<T: Float + NumAssign>(x0: T, x1: T, nk: usize) -> T {
    let (u1, w2) = ((c::<T>(-1.9)) - x0, (c::<T>(-1.567)).exp());
    let mut m3 = Float::sin(c::<T>(-0.8)).tan();
    let mut m4: T =
        Float::recip((c::<T>(2.0)) + (((x0 + x1) - ((c::<T>(core::f64::consts::PI)) * x1)).sin()));
    if ((c::<T>(1.1)) + (x0.exp() * x0.exp())).acosh() >= c::<T>(-0.87) {
        m3 = ((c::<T>(0.5)) * m3)
            + ((T::one() + (m4.tanh().cosh().ln() * m4.tanh().cosh().ln())).sqrt());
    } else {
        m4 = ((c::<T>(0.5)) * m4) + ((c::<T>(-0.779)).atan());
    }
    let (u5, w6) = (Float::atan(m3.tanh().exp()).sinh(), m3);
    (((w2 + m3) + m4) + u5) + w6
}

fn p15_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let (u1, w2) = ((k::<D>(-1.9)) - x0, (k::<D>(-1.567)).exp());
    let mut m3 = ((k::<D>(-0.8)).sin()).tan();
    let mut m4: D =
        ((k::<D>(2.0)) + (((x0 + x1) - ((k::<D>(core::f64::consts::PI)) * x1)).sin())).recip();
    if (((k::<D>(1.1)) + (x0.exp() * x0.exp())).acosh()).re() >= (k::<D>(-0.87)).re() {
        m3 = ((k::<D>(0.5)) * m3)
            + (((k::<D>(1.0)) + (m4.tanh().cosh().ln() * m4.tanh().cosh().ln())).sqrt());
    } else {
        m4 = ((k::<D>(0.5)) * m4) + ((k::<D>(-0.779)).atan());
    }
    let (u5, w6) = (m3.tanh().exp().atan().sinh(), m3);
    (((w2 + m3) + m4) + u5) + w6
}

#[differentiable]
fn p16(x0: f64, x1: f64) -> f64 {
    let mut s1 = 1.0;
    for i2 in 2..5 {
        for i3 in 2..3 {
            let a4 = x0 + (i3 as f64);
            s1 -= s1.sin();
            s1 += (a4 + Float::exp_m1(x0)).atan();
            if i3 % 2 == 1 {
                continue;
            }
        }
        let (u5, w6) = (ALPHA.cos().powi(2), x1 / (2.0 + x0.sin()));
        s1 = s1.min(f64::sin(f64::exp2(w6)));
        s1 -= Float::atanh(0.9 * Float::tanh(s1.cos())).cos();
    }
    let mut s7: f64 = 0.0;
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        for i9 in (i8 + 1)..5 {
            let a10: f64 = (i9 as f64) * (x0 / (1.0 + (ALPHA * ALPHA)));
            let a11: f64 = ((x0 - a10).cos()).powi(1);
            if Float::powf(x0.cosh(), -0.73) <= x0 {
                break;
            }
            let a12 = (s1 + s1).tanh();
            s7 /= x1.cosh();
        }
        s7 /=
            1.0f64 + (Float::recip(1.0 + (V[i8] * V[i8])) * ((1.0_f64 + (V[i8] * V[i8])).recip()));
        let mut m13: f64 = (s1.cos() * (((-0.53).hypot(1.0)).log2()))
            / (1.5 + ((f64::tanh(s7) + Float::atanh(0.9 * s1.tanh().sin())).tanh()));
        s1 = (0.5 * s1) + Float::tanh(x0 / f64::hypot((i8 as f64), 1.0));
        s1 += f64::tanh(core::f64::consts::PI.sin().mul_add(m13.sin(), x1) + s7.cos());
    }
    let mut s14 = 1.0;
    for i15 in 0..=4 {
        let mut s16: f64 = 0.5;
        for i17 in 2..=3 {
            let a18 = Float::atan2(
                (x1 + s7).atan(),
                0.5 + (((s1 - s1).clamp(-0.68, 1.04_f64)) * ((s1 - s1).clamp(-0.68, 1.04))),
            );
            let a19 = x1;
            s14 = s14.min((s16 - ((1.5 + x1.tanh()).ln())).sin());
        }
        let a20 = s1.atan2(0.5_f64 + ((-0.8_f64) * (-0.8))) + x1;
        if i15 == 4 {
            break;
        }
        s16 = (0.5 * s16) + ((s16.cos().powi(2) - s7).atan());
        s1 = (0.5 * s1) + Float::sin(((x0 - x0).tanh()).exp2());
    }
    let (u21, w22) = (
        Float::min((0.9 * f64::tanh(x1 + x1)).acos(), x1),
        (s14 / Float::cosh(f64::atan((1.0 + (x0 * x0)).log2()))).max(Float::powi(s7.cos(), 2)),
    );
    let mut i23 = 0;
    while i23 < 3 {
        i23 += 1;
        let (u24, w25) = (
            Float::exp_m1(W[i23] / (2.0 + s7.atan2(0.5_f64 + (x1 * x1)).sin())),
            (1.0 + (f64::tanh(w22) * f64::tanh(w22))).powf((1.5f64 + f64::tanh(u21)).powi(0)),
        );
        let mut i26 = 0;
        while i26 < 1 {
            i26 += 1;
            let a27 = (2.0 + ((u24 - x0).sin())).ln();
            s7 *= 1.0
                + (0.3
                    * Float::sin((u24 + w22).min((1.0 + (w22.atan() * f64::atan(w22))).powi(-2))));
        }
        let a28 = x1 - s7.cos().powi(2);
        s1 -= Float::exp_m1(s1.cos()).sin();
        if x1.exp() < f64::ln(1.0 + (f64::sin(s14) * f64::sin(s14))) {
            continue;
        }
        s7 = Float::tanh(
            (0.7_f64 * s7)
                + (((0.9 * u24.cos().sin()).asin())
                    / (2.0 + Float::mul_add(x1, w25.tanh(), 1.542).sin())),
        );
    }
    (0.001f64 * ((((s1 * s7) + s14) + u21) + w22)).tanh()
}

fn p16_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..5 {
        for i3 in 2..3 {
            let a4 = x0 + (k::<D>(i3 as f64));
            s1 -= s1.sin();
            s1 += (a4 + x0.exp_m1()).atan();
            if i3 % 2 == 1 {
                continue;
            }
        }
        let (u5, w6) = (
            ((k::<D>(ALPHA)).cos()).powi(2),
            x1 / ((k::<D>(2.0)) + x0.sin()),
        );
        s1 = dmin(s1, w6.exp2().sin());
        s1 -= (((k::<D>(0.9)) * s1.cos().tanh()).atanh()).cos();
    }
    let mut s7: D = k::<D>(0.0);
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        for i9 in (i8 + 1)..5 {
            let a10: D =
                (k::<D>(i9 as f64)) * (x0 / ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))));
            let a11: D = ((x0 - a10).cos()).powi(1);
            if (((k::<D>(-0.73)) * x0.cosh().ln()).exp()).re() <= x0.re() {
                break;
            }
            let a12 = (s1 + s1).tanh();
            s7 /= x1.cosh();
        }
        s7 /= (k::<D>(1.0))
            + ((((k::<D>(1.0)) + ((k::<D>(V[i8])) * (k::<D>(V[i8])))).recip())
                * (((k::<D>(1.0)) + ((k::<D>(V[i8])) * (k::<D>(V[i8])))).recip()));
        let mut m13: D = (s1.cos()
            * ((((k::<D>(-0.53)) * (k::<D>(-0.53)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                .log2()))
            / ((k::<D>(1.5)) + ((s7.tanh() + (((k::<D>(0.9)) * s1.tanh().sin()).atanh())).tanh()));
        s1 = ((k::<D>(0.5)) * s1)
            + ((x0
                / (((k::<D>(i8 as f64)) * (k::<D>(i8 as f64)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt()))
            .tanh());
        s1 += ((((k::<D>(core::f64::consts::PI)).sin()) * m13.sin() + x1) + s7.cos()).tanh();
    }
    let mut s14 = k::<D>(1.0);
    for i15 in 0..=4 {
        let mut s16: D = k::<D>(0.5);
        for i17 in 2..=3 {
            let a18 = datan2(
                (x1 + s7).atan(),
                (k::<D>(0.5))
                    + (dclamp(s1 - s1, k::<D>(-0.68), k::<D>(1.04))
                        * dclamp(s1 - s1, k::<D>(-0.68), k::<D>(1.04))),
            );
            let a19 = x1;
            s14 = dmin(s14, (s16 - (((k::<D>(1.5)) + x1.tanh()).ln())).sin());
        }
        let a20 = datan2(s1, (k::<D>(0.5)) + ((k::<D>(-0.8)) * (k::<D>(-0.8)))) + x1;
        if i15 == 4 {
            break;
        }
        s16 = ((k::<D>(0.5)) * s16) + ((s16.cos().powi(2) - s7).atan());
        s1 = ((k::<D>(0.5)) * s1) + ((((x0 - x0).tanh()).exp2()).sin());
    }
    let (u21, w22) = (
        dmin(((k::<D>(0.9)) * ((x1 + x1).tanh())).acos(), x1),
        dmax(
            s14 / (((((k::<D>(1.0)) + (x0 * x0)).log2()).atan()).cosh()),
            s7.cos().powi(2),
        ),
    );
    let mut i23 = 0;
    while i23 < 3 {
        i23 += 1;
        let (u24, w25) = (
            ((k::<D>(W[i23])) / ((k::<D>(2.0)) + datan2(s7, (k::<D>(0.5)) + (x1 * x1)).sin()))
                .exp_m1(),
            ((((k::<D>(1.5)) + u21.tanh()).powi(0))
                * ((k::<D>(1.0)) + (w22.tanh() * w22.tanh())).ln())
            .exp(),
        );
        let mut i26 = 0;
        while i26 < 1 {
            i26 += 1;
            let a27 = ((k::<D>(2.0)) + ((u24 - x0).sin())).ln();
            s7 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * dmin(
                        u24 + w22,
                        ((k::<D>(1.0)) + (w22.atan() * w22.atan())).powi(-2),
                    )
                    .sin());
        }
        let a28 = x1 - s7.cos().powi(2);
        s1 -= s1.cos().exp_m1().sin();
        if x1.exp().re() < (((k::<D>(1.0)) + (s14.sin() * s14.sin())).ln()).re() {
            continue;
        }
        s7 = (((k::<D>(0.7)) * s7)
            + ((((k::<D>(0.9)) * u24.cos().sin()).asin())
                / ((k::<D>(2.0)) + ((x1 * w25.tanh() + (k::<D>(1.542))).sin()))))
        .tanh();
    }
    ((k::<D>(0.001)) * ((((s1 * s7) + s14) + u21) + w22)).tanh()
}

#[differentiable]
fn p17<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = x[1];
    let (u2, w3) = (
        a1.asinh().sinh(),
        T::sinh(T::sin(T::ln((c::<T>(2.0)) + T::sin(c::<T>(0.22))))),
    );
    let a4 = if c::<T>(-1.305) < T::ln(w3.hypot(c::<T>(1.0))) {
        ((c::<T>(2.0)) + T::sin(u2))
            .log(T::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * T::atan(u2).sin())))
    } else {
        Float::cos(x[3])
    };
    let (u5, w6) = (
        T::powi(
            T::from(2.0).unwrap() + p1(c::<T>(0.243), w3.cos(), x[5]).sin(),
            -2,
        ),
        (x[0] - u2) / ((c::<T>(1.0)) + (T::atan(-u2) * Float::atan(-u2))),
    );
    let w3: T = (T::from(1.5).unwrap() + x[4].tanh()).log10();
    ((((u2 + a4) + u5) + w6) + w3) - x[3]
}

fn p17_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[1];
    let (u2, w3) = (
        a1.asinh().sinh(),
        ((((k::<D>(2.0)) + ((k::<D>(0.22)).sin())).ln()).sin()).sinh(),
    );
    let a4 =
        if (k::<D>(-1.305)).re() < (((w3 * w3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).re() {
            (((k::<D>(2.0)) + u2.sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * u2.atan().sin())).exp()).ln())
        } else {
            x[3].cos()
        };
    let (u5, w6) = (
        ((k::<D>(2.0)) + p1_d(k::<D>(0.243), w3.cos(), x[5]).sin()).powi(-2),
        (x[0] - u2) / ((k::<D>(1.0)) + (((-u2).atan()) * ((-u2).atan()))),
    );
    let w3: D = ((k::<D>(1.5)) + x[4].tanh()).log10();
    ((((u2 + a4) + u5) + w6) + w3) - x[3]
}

#[differentiable]
fn p18(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = ((-0.95) - x2, x2);
    let (u3, w4) = (f64::powi((((x2.trunc() * w2).sin()).exp2()).cos(), 3), u1);
    let mut s5: f64 = 0.5_f64;
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        if std::f64::consts::E - V[i6] < -0.17f64 {
            break;
        }
        let (u7, w8) = (
            ((x0 + x0).powi(2)) + ((u3 * 0.4).exp2()),
            (0.9 * Float::atan(f64::floor((2.0 + u3.sin()).log10()) * ((x1 + (i6 as f64)).sin()))
                .tanh())
            .asin(),
        );
        s5 -= Float::sin(
            (((1.1 + ((1.0 + (Float::atan(s5) * s5.atan())) * (1.0 + (s5.atan() * s5.atan()))))
                .acosh())
            .hypot(1.0f64))
            .log((0.5_f64 + (0.4 * Float::tanh(u7.tanh().cosh().log2()).sin())).exp()),
        );
    }
    let mut s9 = 1.0;
    for i10 in 2..5 {
        let mut s11: f64 = 0.5;
        for i12 in (i10 + 1)..8 {
            s11 *= 1.0
                + (0.3
                    * ((if (0.9 * s11.sin().sin()).acos() >= f64::cosh(u3.sin()) {
                        if x1 > -1.0 {
                            (i12 as f64)
                        } else {
                            x1
                        }
                    } else {
                        (i10 as f64).tanh()
                    })
                    .sin()));
            let a13 =
                x1.atan().floor() * Float::sin(Float::atanh(0.9 * (((s9 - s11).tanh()).sin())));
            s9 = (0.5f64 * s9) + s9.tanh();
            if u1.hypot(0.5 + (w4 * w4)) <= Float::powf(x1.hypot(1.0_f64), x1) {
                break;
            }
        }
        if i10 < 3 {
            continue;
        }
        if i10 != 1 {
            s11 = (0.5 * s11)
                + f64::sin(((1.5 + u3.tanh()).recip()) * (if i10 >= 5 { W[i10] } else { u3 }));
        } else {
            s9 = (0.5_f64 * s9) + Float::sin(u3 * w2);
        }
        s9 -= (s5 - (-0.95)).atan();
        s9 *= 1.0 + (0.3 * Float::sin(f64::min(f64::cos(1.855f64), (-0.74) * x1)));
    }
    let (u14, w15) = (Float::log10(0.42.hypot(1.0f64)), w2 - x0);
    Float::tanh(0.001 * ((((w4 + s5) + s9) + u14) + w15))
}

fn p18_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = ((k::<D>(-0.95)) - x2, x2);
    let (u3, w4) = (
        (((((k::<D>(x2.re().trunc())) * w2).sin()).exp2()).cos()).powi(3),
        u1,
    );
    let mut s5: D = k::<D>(0.5);
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        if ((k::<D>(std::f64::consts::E)) - (k::<D>(V[i6]))).re() < (k::<D>(-0.17)).re() {
            break;
        }
        let (u7, w8) = (
            ((x0 + x0).powi(2)) + ((u3 * (k::<D>(0.4))).exp2()),
            ((k::<D>(0.9))
                * ((((k::<D>((((k::<D>(2.0)) + u3.sin()).log10()).re().floor()))
                    * ((x1 + (k::<D>(i6 as f64))).sin()))
                .atan())
                .tanh()))
            .asin(),
        );
        s5 -= ((((((k::<D>(1.1))
            + (((k::<D>(1.0)) + (s5.atan() * s5.atan()))
                * ((k::<D>(1.0)) + (s5.atan() * s5.atan()))))
        .acosh())
            * (((k::<D>(1.1))
                + (((k::<D>(1.0)) + (s5.atan() * s5.atan()))
                    * ((k::<D>(1.0)) + (s5.atan() * s5.atan()))))
            .acosh())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * u7.tanh().cosh().log2().tanh().sin())).exp())
                .ln())
        .sin();
    }
    let mut s9 = k::<D>(1.0);
    for i10 in 2..5 {
        let mut s11: D = k::<D>(0.5);
        for i12 in (i10 + 1)..8 {
            s11 *=
                (k::<D>(1.0))
                    + ((k::<D>(0.3))
                        * ((if (((k::<D>(0.9)) * s11.sin().sin()).acos()).re()
                            >= u3.sin().cosh().re()
                        {
                            if x1.re() > (k::<D>(-1.0)).re() {
                                k::<D>(i12 as f64)
                            } else {
                                x1
                            }
                        } else {
                            (k::<D>(i10 as f64)).tanh()
                        })
                        .sin()));
            let a13 = (k::<D>(x1.atan().re().floor()))
                * ((((k::<D>(0.9)) * (((s9 - s11).tanh()).sin())).atanh()).sin());
            s9 = ((k::<D>(0.5)) * s9) + s9.tanh();
            if ((u1 * u1 + ((k::<D>(0.5)) + (w4 * w4)) * ((k::<D>(0.5)) + (w4 * w4))).sqrt()).re()
                <= ((x1 * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp()).re()
            {
                break;
            }
        }
        if i10 < 3 {
            continue;
        }
        if i10 != 1 {
            s11 = ((k::<D>(0.5)) * s11)
                + (((((k::<D>(1.5)) + u3.tanh()).recip())
                    * (if i10 >= 5 { k::<D>(W[i10]) } else { u3 }))
                .sin());
        } else {
            s9 = ((k::<D>(0.5)) * s9) + ((u3 * w2).sin());
        }
        s9 -= (s5 - (k::<D>(-0.95))).atan();
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * dmin((k::<D>(1.855)).cos(), (k::<D>(-0.74)) * x1).sin());
    }
    let (u14, w15) = (
        (((k::<D>(0.42)) * (k::<D>(0.42)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10(),
        w2 - x0,
    );
    ((k::<D>(0.001)) * ((((w4 + s5) + s9) + u14) + w15)).tanh()
}

#[differentiable]
fn p19(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u3, w4) = (Float::cbrt(1.0f64 + (1.24f64 * 1.24_f64)), V[i2] + x2);
        s1 = (0.5f64 * s1) + Float::atan(x2).cos();
        s1 = (0.5_f64 * s1) + W[i2].sin();
    }
    s1 += x1.sin() * s1.atan();
    s1 *= 1.0 + (0.3 * (((-0.7).mul_add(0.66, s1)).sin()));
    let a5 = if s1 / (2.0 + 0.25.sin()) < -0.55 {
        (0.5 + (x1.exp() * x1.exp())).ln_1p()
    } else {
        ((0.9 * Float::sin(x2)).acos()).tanh()
    };
    (((x0 + x1) + x2) + s1) + a5
}

fn p19_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u3, w4) = (
            ((k::<D>(1.0)) + ((k::<D>(1.24)) * (k::<D>(1.24)))).cbrt(),
            (k::<D>(V[i2])) + x2,
        );
        s1 = ((k::<D>(0.5)) * s1) + x2.atan().cos();
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(W[i2])).sin());
    }
    s1 += x1.sin() * s1.atan();
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(-0.7)) * (k::<D>(0.66)) + s1).sin()));
    let a5 = if (s1 / ((k::<D>(2.0)) + ((k::<D>(0.25)).sin()))).re() < (k::<D>(-0.55)).re() {
        ((k::<D>(0.5)) + (x1.exp() * x1.exp())).ln_1p()
    } else {
        (((k::<D>(0.9)) * x2.sin()).acos()).tanh()
    };
    (((x0 + x1) + x2) + s1) + a5
}

#[differentiable]
fn p20(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = ((0.9 * x2.sin()).asin(), x1);
    let mut s3: f64 = 0.5;
    for i4 in 1..4 {
        s3 -= f64::sin(f64::exp2(x2 / (2.0 + 0.313.sin())));
        s3 = Float::atan((0.7 * s3) + (-x0));
        s3 *= 1.0 + (0.3 * f64::sin(u1 * s3));
    }
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        for i6 in 1..=3 {
            let u1 = f64::atanh(0.9 * Float::sin((x2 + x1) + x2.mul_add(0.7, x1)).tanh());
            s3 *= 1.0 + (0.3 * ((s3.sin() * x1).sin()));
            if Float::exp_m1(x0) <= V[i5] {
                continue;
            }
            s3 = s3.min(((1.0 + (x0 * x0)).log10()).cos());
        }
        let a7 = x1.atan() * x2;
        let a8 = (-1.557).exp2();
        s3 += ((1.0 + (w2 * w2)).powi(-1)).atan();
        s3 -= (if w2 <= u1 { -0.82_f64 } else { a8 }).cos();
    }
    let a9 = w2 * w2;
    let u1: f64 = x2;
    let mut m10 = s3.tanh() * x0;
    (((w2 + s3) + a9) + u1) + m10
}

fn p20_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (((k::<D>(0.9)) * x2.sin()).asin(), x1);
    let mut s3: D = k::<D>(0.5);
    for i4 in 1..4 {
        s3 -= ((x2 / ((k::<D>(2.0)) + ((k::<D>(0.313)).sin()))).exp2()).sin();
        s3 = (((k::<D>(0.7)) * s3) + (-x0)).atan();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u1 * s3).sin()));
    }
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        for i6 in 1..=3 {
            let u1 =
                ((k::<D>(0.9)) * ((((x2 + x1) + (x2 * (k::<D>(0.7)) + x1)).sin()).tanh())).atanh();
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s3.sin() * x1).sin()));
            if x0.exp_m1().re() <= (k::<D>(V[i5])).re() {
                continue;
            }
            s3 = dmin(s3, (((k::<D>(1.0)) + (x0 * x0)).log10()).cos());
        }
        let a7 = x1.atan() * x2;
        let a8 = (-(k::<D>(1.557))).exp2();
        s3 += (((k::<D>(1.0)) + (w2 * w2)).powi(-1)).atan();
        s3 -= (if w2.re() <= u1.re() {
            k::<D>(-0.82)
        } else {
            a8
        })
        .cos();
    }
    let a9 = w2 * w2;
    let u1: D = x2;
    let mut m10 = s3.tanh() * x0;
    (((w2 + s3) + a9) + u1) + m10
}

#[differentiable]
fn p21(x: &[f64]) -> f64 {
    let a1 = x[4].exp().powf(ALPHA.tanh());
    let a2 = ((((-0.897) - x[2]).atan()).exp2()) + x[0];
    let mut s3 = 0.0;
    for i4 in 0..1 {
        let a1 = Float::min(f64::sin(a1) - (a1.tanh() * f64::sin(s3)), 1.19);
        s3 *= 1.0_f64
            + (0.3
                * p11(
                    (x[2] + x[4]).cos(),
                    Float::tanh(a1 / (1.0 + (s3.tanh() * s3.tanh()))),
                )
                .sin());
    }
    if x[1] - x[3] >= 0.15 {
        return p2(
            f64::sin(Float::exp(s3.atan()).sqrt()),
            x[5] / (2.0f64 + a2.sin()),
            0.93f64.sinh().atan(),
        );
    }
    let a5 = x[2] / (1.0 + (a2.atan() * a2.atan()));
    (((a1 + a2) + s3) + a5) + x[0]
}

fn p21_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((k::<D>(ALPHA)).tanh()) * x[4].exp().ln()).exp();
    let a2 = ((((k::<D>(-0.897)) - x[2]).atan()).exp2()) + x[0];
    let mut s3 = k::<D>(0.0);
    for i4 in 0..1 {
        let a1 = dmin(a1.sin() - (a1.tanh() * s3.sin()), k::<D>(1.19));
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * p11_d(
                    (x[2] + x[4]).cos(),
                    (a1 / ((k::<D>(1.0)) + (s3.tanh() * s3.tanh()))).tanh(),
                )
                .sin());
    }
    if (x[1] - x[3]).re() >= (k::<D>(0.15)).re() {
        return p2_d(
            s3.atan().exp().sqrt().sin(),
            x[5] / ((k::<D>(2.0)) + a2.sin()),
            ((k::<D>(0.93)).sinh()).atan(),
        );
    }
    let a5 = x[2] / ((k::<D>(1.0)) + (a2.atan() * a2.atan()));
    (((a1 + a2) + s3) + a5) + x[0]
}

#[differentiable]
fn p22(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (
        BETA,
        (x1 + (x1 + 0.94)) / (2.0 + Float::sin(p2(x1, x0, x1)).tan().sin()),
    );
    let a3 = if x1 + u1 >= -0.31 {
        w2.sin().sinh()
    } else {
        w2
    };
    let a4: f64 = w2.tanh();
    (((x1 + u1) + w2) + a3) + a4
}

fn p22_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        k::<D>(BETA),
        (x1 + (x1 + (k::<D>(0.94)))) / ((k::<D>(2.0)) + p2_d(x1, x0, x1).sin().tan().sin()),
    );
    let a3 = if (x1 + u1).re() >= (k::<D>(-0.31)).re() {
        w2.sin().sinh()
    } else {
        w2
    };
    let a4: D = w2.tanh();
    (((x1 + u1) + w2) + a3) + a4
}

#[differentiable]
fn p23<T: Float>(x0: T, x1: T) -> T {
    let (u1, w2) = (c::<T>(-1.43), ((c::<T>(0.9)) * x1.sin()).atanh());
    let a3 = if w2.sin() <= x1 + (c::<T>(-1.352)) {
        ((c::<T>(1.5))
            + w2.atan()
                .exp()
                .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * u1.sin())).exp())
                .tanh())
        .log2()
    } else {
        x0 * x0.hypot(c::<T>(1.0)).powf(x1)
    };
    let mut s4 = c::<T>(0.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = x1;
        let mut s7 = c::<T>(1.0);
        for i8 in (i5 + 1)..4 {
            let a9 = T::cosh((c::<T>(ALPHA)).cos()).log10();
            s7 = s7.max((Float::sin(s7).cosh() / Float::exp(Float::cos(a3 - s4))).tanh());
            s4 = s4
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3))
                        * ((((c::<T>(i5 as f64)) / ((c::<T>(1.5)) + ((c::<T>(1.0)).tanh())))
                            + w2)
                            .sin())));
        }
        let (u10, w11) = (a3 + x1, x0);
        s4 = s4
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * ((((c::<T>(V[i5])) - w11)
                        * (T::from(-0.98).unwrap().round() * u10.atan()))
                    .sin())));
        s7 = s7 + T::from(0.288).unwrap().atan();
    }
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let a13 = x1 - x0;
        let mut s14 = c::<T>(0.0);
        let mut i15 = 0;
        while i15 < 4 {
            i15 += 1;
            let a16 = T::sin(s14).exp2();
            s14 = s14 + ((Float::sin(c::<T>(i15 as f64)).sin() * s14.cos()).atan());
            s14 = s14 / ((c::<T>(2.0)) + w2.sin());
            s4 = s4.min(T::tanh(T::round(x0) * a3.cos()));
        }
        let a17 = p4(
            (x1.tanh()
                * w2.tanh().exp().log(T::exp(
                    (c::<T>(0.5)) + ((c::<T>(0.4)) * Float::sin(s4.atan())),
                )))
            .cos(),
            T::sin((T::one() + (w2.atan().sinh().tanh() * T::sinh(w2.atan()).tanh())).sqrt()),
            ((T::from(0.9).unwrap() * T::atan(Float::min(u1, a3)).tanh()).asin()).atan(),
        );
        s14 = s14 / ((c::<T>(1.0)) + (a17 * a17));
    }
    let a18 = x0;
    ((c::<T>(0.001)) * ((((u1 + w2) + a3) + s4) * a18)).tanh()
}

fn p23_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (k::<D>(-1.43), ((k::<D>(0.9)) * x1.sin()).atanh());
    let a3 = if w2.sin().re() <= (x1 + (k::<D>(-1.352))).re() {
        ((k::<D>(1.5))
            + ((w2.atan().exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * u1.sin())).exp()).ln())
                .tanh()))
        .log2()
    } else {
        x0 * ((x1 * ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp())
    };
    let mut s4 = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = x1;
        let mut s7 = k::<D>(1.0);
        for i8 in (i5 + 1)..4 {
            let a9 = (((k::<D>(ALPHA)).cos()).cosh()).log10();
            s7 = dmax(s7, (s7.sin().cosh() / (((a3 - s4).cos()).exp())).tanh());
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(i5 as f64)) / ((k::<D>(1.5)) + ((k::<D>(1.0)).tanh()))) + w2)
                        .sin()));
        }
        let (u10, w11) = (a3 + x1, x0);
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(V[i5])) - w11)
                    * ((k::<D>((k::<D>(-0.98)).re().round())) * u10.atan()))
                .sin()));
        s7 += (k::<D>(0.288)).atan();
    }
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let a13 = x1 - x0;
        let mut s14 = k::<D>(0.0);
        let mut i15 = 0;
        while i15 < 4 {
            i15 += 1;
            let a16 = s14.sin().exp2();
            s14 += ((((k::<D>(i15 as f64)).sin()).sin()) * s14.cos()).atan();
            s14 /= (k::<D>(2.0)) + w2.sin();
            s4 = dmin(s4, ((k::<D>(x0.re().round())) * a3.cos()).tanh());
        }
        let a17 = p4_d(
            (x1.tanh()
                * (w2.tanh().exp().ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s4.atan().sin())).exp()).ln()))
            .cos(),
            (((k::<D>(1.0)) + (w2.atan().sinh().tanh() * w2.atan().sinh().tanh())).sqrt()).sin(),
            (((k::<D>(0.9)) * dmin(u1, a3).atan().tanh()).asin()).atan(),
        );
        s14 /= (k::<D>(1.0)) + (a17 * a17);
    }
    let a18 = x0;
    ((k::<D>(0.001)) * ((((u1 + w2) + a3) + s4) * a18)).tanh()
}

#[differentiable]
fn p24<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1: T = x0;
    let (u2, w3) = (
        (((c::<T>(1.1)) + (T::hypot(a1, T::one()) * a1.hypot(c::<T>(1.0)))).acosh())
            + (((c::<T>(1.1)) + (a1.hypot(T::one()) * a1.hypot(c::<T>(1.0)))).acosh()),
        x0 + ((c::<T>(BETA)).clamp(c::<T>(-1.15), c::<T>(0.54))),
    );
    let a4 = if w3 * x1 >= c::<T>(0.06) {
        x0
    } else {
        (((u2 * T::from(-0.7).unwrap()).tanh()).exp()).sin()
    };
    let mut m5 = x0;
    let mut s6 = c::<T>(1.0);
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8 = u2.atan();
        let mut s9 = c::<T>(0.5);
        let mut i10 = 0;
        while i10 < 2 {
            i10 += 1;
            let a11 = u2;
            if -a4 <= c::<T>(-0.47) {
                break;
            }
            let a13 = ({
                let t12 = -a4;
                Float::atan(c::<T>(1.74))
            }) * T::exp2(c::<T>(1.5));
            let a14 = (c::<T>(1.9)) * x1;
            s6 += x0.atan();
            m5 += ((((c::<T>(1.5)) + T::tanh(c::<T>(-1.72))).powi(-1))
                / T::exp(T::sin({
                    let t15 = u2;
                    a11
                })))
            .tanh();
        }
        if {
            let t16 = w3;
            a4
        } < c::<T>(0.45)
        {
            continue;
        }
        s9 *= (c::<T>(1.0))
            + (T::from(0.3).unwrap()
                * T::sin(p9(
                    (Float::tanh(c::<T>(1.138)) * s6.cos()).tanh(),
                    (a1 + a8).cos(),
                    (x1.cos() * T::tanh(s9)).atan(),
                )));
    }
    m5 += c::<T>(core::f64::consts::PI);
    (((u2 + w3) + a4) + m5) + s6
}

fn p24_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = x0;
    let (u2, w3) = (
        (((k::<D>(1.1))
            + (((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh())
            + (((k::<D>(1.1))
                + (((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .acosh()),
        x0 + dclamp(k::<D>(BETA), k::<D>(-1.15), k::<D>(0.54)),
    );
    let a4 = if (w3 * x1).re() >= (k::<D>(0.06)).re() {
        x0
    } else {
        (((u2 * (k::<D>(-0.7))).tanh()).exp()).sin()
    };
    let mut m5 = x0;
    let mut s6 = k::<D>(1.0);
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8 = u2.atan();
        let mut s9 = k::<D>(0.5);
        let mut i10 = 0;
        while i10 < 2 {
            i10 += 1;
            let a11 = u2;
            if (-a4).re() <= (k::<D>(-0.47)).re() {
                break;
            }
            let a13 = ({
                let t12 = -a4;
                (k::<D>(1.74)).atan()
            }) * ((k::<D>(1.5)).exp2());
            let a14 = (k::<D>(1.9)) * x1;
            s6 += x0.atan();
            m5 += ((((k::<D>(1.5)) + ((k::<D>(-1.72)).tanh())).powi(-1))
                / ((({
                    let t15 = u2;
                    a11
                })
                .sin())
                .exp()))
            .tanh();
        }
        if ({
            let t16 = w3;
            a4
        })
        .re()
            < (k::<D>(0.45)).re()
        {
            continue;
        }
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * p9_d(
                    (((k::<D>(1.138)).tanh()) * s6.cos()).tanh(),
                    (a1 + a8).cos(),
                    (x1.cos() * s9.tanh()).atan(),
                )
                .sin());
    }
    m5 += k::<D>(core::f64::consts::PI);
    (((u2 + w3) + a4) + m5) + s6
}

#[differentiable]
fn p25(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if x1.atan2(-(0.5 + (s1 * s1))) > 0.0 {
            s1 /= 2.0f64 + f64::sin(x1).sin();
        } else {
            s1 *= 1.0f64 + (0.3_f64 * Float::sin((V[i2] - W[i2]) + (x0.floor() * x1)));
        }
        let a3 = -(-x1);
        s1 *= 1.0 + (0.3 * a3.tanh().sin());
        if x0.exp2() <= 1.8 - s1 {
            continue;
        }
    }
    let mut s4: f64 = 0.0;
    for i5 in 2..=5 {
        let a6 = x0.atan();
        let a7 = (i5 as f64);
        let mut m8: f64 = x2 * (-1.86);
        m8 *= 1.0 + (0.3 * a6.sin());
        s1 -= x2.sin().tanh();
    }
    let mut m10: f64 = (s1 / (2.0 + ((0.754.trunc() * s1.tanh()).sin())))
        - (1.55_f64.sinh()
            + ({
                let t9 = x0;
                -0.37
            }));
    for i11 in 1..5 {
        let a12 = s1;
        if i11 != 0 {
            s1 /= ((m10 + x2).clamp(-1.46, 1.41_f64)).hypot(1.0_f64);
        }
        for i13 in (i11 + 1)..8 {
            let a14 = -(x1.exp_m1().signum() * x0);
            m10 = (0.5 * m10) + f64::log2(2.0 + ((-1.307f64).sin())).cos();
            s1 = s1.min(Float::tanh(x2 * x0));
        }
        m10 = (0.5 * m10) + Float::cos(x0 - x1);
    }
    let a15: f64 = (s4 / (1.0 + (f64::atan(m10) * m10.atan()))).asinh();
    Float::tanh(0.001 * ((((x2 + s1) + s4) + m10) + a15))
}

fn p25_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if datan2(x1, -((k::<D>(0.5)) + (s1 * s1))).re() > (k::<D>(0.0)).re() {
            s1 /= (k::<D>(2.0)) + x1.sin().sin();
        } else {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(V[i2])) - (k::<D>(W[i2]))) + ((k::<D>(x0.re().floor())) * x1))
                        .sin()));
        }
        let a3 = -(-x1);
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a3.tanh().sin());
        if x0.exp2().re() <= ((k::<D>(1.8)) - s1).re() {
            continue;
        }
    }
    let mut s4: D = k::<D>(0.0);
    for i5 in 2..=5 {
        let a6 = x0.atan();
        let a7 = k::<D>(i5 as f64);
        let mut m8: D = x2 * (k::<D>(-1.86));
        m8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a6.sin());
        s1 -= x2.sin().tanh();
    }
    let mut m10: D = (s1
        / ((k::<D>(2.0)) + (((k::<D>((k::<D>(0.754)).re().trunc())) * s1.tanh()).sin())))
        - (((k::<D>(1.55)).sinh())
            + ({
                let t9 = x0;
                k::<D>(-0.37)
            }));
    for i11 in 1..5 {
        let a12 = s1;
        if i11 != 0 {
            s1 /= (dclamp(m10 + x2, k::<D>(-1.46), k::<D>(1.41))
                * dclamp(m10 + x2, k::<D>(-1.46), k::<D>(1.41))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt();
        }
        for i13 in (i11 + 1)..8 {
            let a14 = -((k::<D>(x1.exp_m1().re().signum())) * x0);
            m10 =
                ((k::<D>(0.5)) * m10) + ((((k::<D>(2.0)) + ((k::<D>(-1.307)).sin())).log2()).cos());
            s1 = dmin(s1, (x2 * x0).tanh());
        }
        m10 = ((k::<D>(0.5)) * m10) + ((x0 - x1).cos());
    }
    let a15: D = (s4 / ((k::<D>(1.0)) + (m10.atan() * m10.atan()))).asinh();
    ((k::<D>(0.001)) * ((((x2 + s1) + s4) + m10) + a15)).tanh()
}

#[differentiable]
fn p26(x: &[f64]) -> f64 {
    let a1 = -(x[1].exp() + f64::mul_add(x[4], x[3], x[2]));
    let a1 = (((1.5_f64 + a1.tanh()).cbrt()).atan()).sinh();
    let a2 = if -a1 < -0.94 || x[2] >= a1 {
        Float::sinh(x[2]) - ((((a1 / Float::exp(BETA.cos())).tanh()).sin()).tan())
    } else {
        ((a1 + (-0.0f64)) / (1.5_f64 + f64::tanh(f64::sin(x[2]).tan())))
            + Float::atan2(x[2], -(0.5 + (a1 * a1)))
    };
    let mut s3: f64 = 0.0;
    for i4 in 0..x.len() {
        if !(a1 / (1.5_f64 + a2.tanh()) >= 0.58f64) {
            continue;
        }
        let a5 = a1;
        s3 = (0.5 * s3) + f64::cos(Float::acos(0.9_f64 * s3.cos().sin()));
        s3 -= a5.tanh().cosh().sin();
    }
    if (1.0_f64 + ((-1.67) * (-1.67))).ln() <= -0.34 || x[3] >= 0.11 {
        return ((BETA - s3).cos()) * ((-0.588) * a1);
    }
    let mut s6 = 0.0;
    for i7 in 2..5 {
        if a2 < x[4] + s6 {
            s6 -= Float::atan({
                let t8 = (i7 as f64) * x[3];
                Float::tan(t8.tanh().sin())
            });
        } else {
            s3 =
                (0.5 * s3) + ((((-a2).tanh()) * Float::sin(Float::mul_add(x[5], x[5], s3))).tanh());
        }
        for i9 in x {
            let a10 = V[i7];
            let (u11, w12) = (0.92 * a10, x[3]);
            let a13 = Float::cos((0.9 * Float::atan(a2).sin()).asin())
                / (((s3 + s6.max(x[1])).tanh()).cosh());
            s6 *= 1.0 + (0.3 * f64::sin(x[2]));
        }
        s6 += (a2 / (1.5f64 + Float::tanh(f64::log10(f64::hypot(W[i7], 1.0_f64))))).tanh();
        if !(Float::atan(a1).sinh() < -0.26_f64) {
            break;
        }
    }
    (0.001f64 * ((((a1 + a2) + s3) + s6) - x[3])).tanh()
}

fn p26_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = -(x[1].exp() + (x[4] * x[3] + x[2]));
    let a1 = ((((k::<D>(1.5)) + a1.tanh()).cbrt()).atan()).sinh();
    let a2 = if (-a1).re() < (k::<D>(-0.94)).re() || x[2].re() >= a1.re() {
        x[2].sinh() - ((((a1 / (((k::<D>(BETA)).cos()).exp())).tanh()).sin()).tan())
    } else {
        ((a1 + (k::<D>(-0.0))) / ((k::<D>(1.5)) + x[2].sin().tan().tanh()))
            + datan2(x[2], -((k::<D>(0.5)) + (a1 * a1)))
    };
    let mut s3: D = k::<D>(0.0);
    for i4 in 0..x.len() {
        if !((a1 / ((k::<D>(1.5)) + a2.tanh())).re() >= (k::<D>(0.58)).re()) {
            continue;
        }
        let a5 = a1;
        s3 = ((k::<D>(0.5)) * s3) + ((((k::<D>(0.9)) * s3.cos().sin()).acos()).cos());
        s3 -= a5.tanh().cosh().sin();
    }
    if (((k::<D>(1.0)) + ((k::<D>(-1.67)) * (k::<D>(-1.67)))).ln()).re() <= (k::<D>(-0.34)).re()
        || x[3].re() >= (k::<D>(0.11)).re()
    {
        return (((k::<D>(BETA)) - s3).cos()) * ((k::<D>(-0.588)) * a1);
    }
    let mut s6 = k::<D>(0.0);
    for i7 in 2..5 {
        if a2.re() < (x[4] + s6).re() {
            s6 -= ({
                let t8 = (k::<D>(i7 as f64)) * x[3];
                t8.tanh().sin().tan()
            })
            .atan();
        } else {
            s3 = ((k::<D>(0.5)) * s3) + ((((-a2).tanh()) * ((x[5] * x[5] + s3).sin())).tanh());
        }
        for i9 in x {
            let a10 = k::<D>(V[i7]);
            let (u11, w12) = ((k::<D>(0.92)) * a10, x[3]);
            let a13 = ((((k::<D>(0.9)) * a2.atan().sin()).asin()).cos())
                / (((s3 + dmax(s6, x[1])).tanh()).cosh());
            s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[2].sin());
        }
        s6 += (a2
            / ((k::<D>(1.5))
                + (((((k::<D>(W[i7])) * (k::<D>(W[i7])) + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                .log10())
                .tanh())))
        .tanh();
        if !(a1.atan().sinh().re() < (k::<D>(-0.26)).re()) {
            break;
        }
    }
    ((k::<D>(0.001)) * ((((a1 + a2) + s3) + s6) - x[3])).tanh()
}

#[differentiable]
fn p27(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 1.0_f64;
    for i2 in 1..2 {
        let a3 = Float::atan2(x0, 0.5 + (std::f64::consts::E * std::f64::consts::E));
        for i4 in 0..2 {
            s1 = (0.5 * s1) + s1.cos().atan();
            s1 -= x1.cos();
            s1 *= 1.0 + (0.3 * Float::sin(x0 * a3));
        }
        s1 += f64::acosh(1.1 + ((2.0 + Float::sin(x1)) * (2.0 + x1.sin()))).atan();
        if i2 != 1 {
            break;
        }
    }
    let (u5, w6) = (
        Float::recip(std::f64::consts::E.atan().exp2().sin().cosh()),
        (s1 / (1.5 + 0.4.tanh())) / Float::hypot(x0, 1.0),
    );
    let (u8, w9) = (
        ((-0.969) * f64::cos(w6 + s1)).cos(),
        x0 - (f64::exp_m1(x1)
            / (1.0f64
                + ((({
                    let t7 = -1.9f64;
                    w6
                })
                .tanh())
                    * (({
                        let t7 = -1.9_f64;
                        w6
                    })
                    .tanh())))),
    );
    let a10 = (u5 / (2.0 + f64::sin(0.613f64))) * Float::log10((-1.2).exp());
    let (u11, w12) = (
        ((2.0 + Float::sin(-0.7)).log10()).min(x0.signum() * a10.sin()),
        (1.0 + (Float::recip(f64::exp(Float::cos(w6))).atan() * w6.cos().exp().recip().atan()))
            .sqrt(),
    );
    let mut m13: f64 = Float::sin((-0.33) - w12) + s1;
    (((w9 + a10) + u11) + w12) + m13
}

fn p27_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 1..2 {
        let a3 = datan2(
            x0,
            (k::<D>(0.5)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))),
        );
        for i4 in 0..2 {
            s1 = ((k::<D>(0.5)) * s1) + s1.cos().atan();
            s1 -= x1.cos();
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x0 * a3).sin()));
        }
        s1 += (((k::<D>(1.1)) + (((k::<D>(2.0)) + x1.sin()) * ((k::<D>(2.0)) + x1.sin()))).acosh())
            .atan();
        if i2 != 1 {
            break;
        }
    }
    let (u5, w6) = (
        (((((k::<D>(std::f64::consts::E)).atan()).exp2()).sin()).cosh()).recip(),
        (s1 / ((k::<D>(1.5)) + ((k::<D>(0.4)).tanh())))
            / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
    );
    let (u8, w9) = (
        ((k::<D>(-0.969)) * ((w6 + s1).cos())).cos(),
        x0 - (x1.exp_m1()
            / ((k::<D>(1.0))
                + ((({
                    let t7 = k::<D>(-1.9);
                    w6
                })
                .tanh())
                    * (({
                        let t7 = k::<D>(-1.9);
                        w6
                    })
                    .tanh())))),
    );
    let a10 = (u5 / ((k::<D>(2.0)) + ((k::<D>(0.613)).sin()))) * (((k::<D>(-1.2)).exp()).log10());
    let (u11, w12) = (
        dmin(
            ((k::<D>(2.0)) + ((k::<D>(-0.7)).sin())).log10(),
            (k::<D>(x0.re().signum())) * a10.sin(),
        ),
        ((k::<D>(1.0)) + (w6.cos().exp().recip().atan() * w6.cos().exp().recip().atan())).sqrt(),
    );
    let mut m13: D = (((k::<D>(-0.33)) - w12).sin()) + s1;
    (((w9 + a10) + u11) + w12) + m13
}

#[differentiable]
fn p28(x: &[f64]) -> f64 {
    let a1 = (-1.61) - ((-1.58) - BETA);
    let (u2, w3) = (
        ((1.5 + x[1].hypot(1.0).ln().tanh()).log10())
            * (((0.9 * f64::sin(x[2])).atanh())
                * Float::hypot(x[5], 0.5 + ((-0.647_f64) * (-0.647f64)))),
        a1.hypot(
            0.5 + (f64::log2(2.0 + f64::sin((0.9 * a1.sin().tanh()).asin()))
                * ((2.0 + Float::sin(Float::asin(0.9 * a1.sin().tanh()))).log2())),
        ),
    );
    let u2 = u2;
    let a4 = (Float::powf(0.26.exp(), x[2]) - u2.asinh()) + x[2];
    let a5 = if Float::hypot(u2, 0.5f64 + (a4 * a4)) > -0.05f64 {
        w3
    } else {
        x[3]
    };
    ((((a1 + w3) + u2) + a4) + a5) + x[4]
}

fn p28_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(-1.61)) - ((k::<D>(-1.58)) - (k::<D>(BETA)));
    let (u2, w3) = (
        (((k::<D>(1.5)) + ((((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).tanh()))
            .log10())
            * ((((k::<D>(0.9)) * x[2].sin()).atanh())
                * ((x[5] * x[5]
                    + ((k::<D>(0.5)) + ((k::<D>(-0.647)) * (k::<D>(-0.647))))
                        * ((k::<D>(0.5)) + ((k::<D>(-0.647)) * (k::<D>(-0.647)))))
                .sqrt())),
        (a1 * a1
            + ((k::<D>(0.5))
                + ((((k::<D>(2.0)) + ((((k::<D>(0.9)) * a1.sin().tanh()).asin()).sin())).log2())
                    * (((k::<D>(2.0)) + ((((k::<D>(0.9)) * a1.sin().tanh()).asin()).sin()))
                        .log2())))
                * ((k::<D>(0.5))
                    + ((((k::<D>(2.0)) + ((((k::<D>(0.9)) * a1.sin().tanh()).asin()).sin()))
                        .log2())
                        * (((k::<D>(2.0)) + ((((k::<D>(0.9)) * a1.sin().tanh()).asin()).sin()))
                            .log2()))))
        .sqrt(),
    );
    let u2 = u2;
    let a4 = (((x[2] * ((k::<D>(0.26)).exp()).ln()).exp()) - u2.asinh()) + x[2];
    let a5 = if ((u2 * u2 + ((k::<D>(0.5)) + (a4 * a4)) * ((k::<D>(0.5)) + (a4 * a4))).sqrt()).re()
        > (k::<D>(-0.05)).re()
    {
        w3
    } else {
        x[3]
    };
    ((((a1 + w3) + u2) + a4) + a5) + x[4]
}

#[differentiable]
fn p29(x: [f64; 4], y: f64) -> f64 {
    let mut s1 = 1.0;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let a3 = (1.5_f64 + Float::tanh(if s1 <= 0.56 { s1 } else { (i2 as f64) })).powi(-1);
        let a4 = y;
        s1 = (0.5 * s1) + x[3].tanh();
    }
    s1 *= 1.0 + (0.3 * x[1].mul_add(y, s1).sin());
    if s1 >= -0.15 {
        return ((-0.83_f64) + y)
            / (1.0 + ((x[0] / (1.5 + f64::tanh(y))) * (x[0] / (1.5 + y.tanh()))));
    }
    s1 = (0.5 * s1) + (1.18 - y);
    let y = 1.32_f64 + y;
    (s1 + y) + x[0]
}

fn p29_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let a3 = ((k::<D>(1.5))
            + ((if s1.re() <= (k::<D>(0.56)).re() {
                s1
            } else {
                k::<D>(i2 as f64)
            })
            .tanh()))
        .powi(-1);
        let a4 = y;
        s1 = ((k::<D>(0.5)) * s1) + x[3].tanh();
    }
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x[1] * y + s1).sin()));
    if s1.re() >= (k::<D>(-0.15)).re() {
        return ((k::<D>(-0.83)) + y)
            / ((k::<D>(1.0))
                + ((x[0] / ((k::<D>(1.5)) + y.tanh())) * (x[0] / ((k::<D>(1.5)) + y.tanh()))));
    }
    s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(1.18)) - y);
    let y = (k::<D>(1.32)) + y;
    (s1 + y) + x[0]
}

#[differentiable]
fn p30<T: Float>(x: &[T]) -> T {
    let a1 = c::<T>(core::f64::consts::PI);
    let a2 = p4(c::<T>(1.3), x[2], a1.tanh());
    let mut m3 =
        (((c::<T>(1.0)) + (a1 * a1)).cbrt()) / ((c::<T>(2.0)) + (((c::<T>(-1.7)) - a1).sin()));
    for i4 in 0..x.len() {
        let a5 = x[i4].abs();
        let a6 = if i4 == 1 {
            (Float::mul_add(a1.cos(), x[i4], x[i4])
                / ((c::<T>(1.0)) + ((a1 - x[i4]) * (a1 - x[i4]))))
                + Float::exp2(T::tanh(m3 + x[i4]))
        } else {
            (((c::<T>(1.5)) + T::tanh((c::<T>(std::f64::consts::E)) + (c::<T>(1.35)))).cbrt())
                / ((c::<T>(1.0))
                    + (T::tanh(
                        (((c::<T>(0.9)) * Float::tanh(a5)).acos())
                            + (((c::<T>(0.5))
                                + ((T::from(1.5).unwrap() + T::tanh(a2))
                                    * ((c::<T>(1.5)) + T::tanh(a2))))
                            .ln_1p()),
                    ) * (((((c::<T>(0.9)) * a5.tanh()).acos())
                        + Float::ln_1p(
                            T::from(0.5).unwrap()
                                + (((c::<T>(1.5)) + a2.tanh())
                                    * (T::from(1.5).unwrap() + T::tanh(a2))),
                        ))
                    .tanh())))
        };
        m3 = m3 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(T::exp(x[i4]).powf(c::<T>(1.36)))));
    }
    if x[3].mul_add(c::<T>(1.5), x[0]) < (c::<T>(0.9)).exp_m1() {
        m3 = (((c::<T>(0.7)) * m3)
            + (((c::<T>(1.0))
                + (Float::atan((a1 * a2) + T::from(1.6).unwrap())
                    * Float::atan((a1 * a2) + (c::<T>(1.6)))))
            .log10()))
        .sin();
    } else {
        m3 = m3 - (a1.tanh() / ((c::<T>(1.5)) + ((x[3] + (x[1] * a2)).tanh())));
    }
    let (u7, w8) = (
        (((c::<T>(core::f64::consts::PI)).cos()).exp())
            / ((c::<T>(2.0)) + ((((c::<T>(0.9)) * T::sin(m3).tanh()).atanh()).sin())),
        ((((c::<T>(1.0)) + (x[3] * x[3])).ln()).cos()).sinh(),
    );
    ((((a1 * a2) + m3) + u7) - w8) * x[0]
}

fn p30_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(core::f64::consts::PI);
    let a2 = p4_d(k::<D>(1.3), x[2], a1.tanh());
    let mut m3 =
        (((k::<D>(1.0)) + (a1 * a1)).cbrt()) / ((k::<D>(2.0)) + (((k::<D>(-1.7)) - a1).sin()));
    for i4 in 0..x.len() {
        let a5 = x[i4].abs();
        let a6 = if i4 == 1 {
            ((a1.cos() * x[i4] + x[i4]) / ((k::<D>(1.0)) + ((a1 - x[i4]) * (a1 - x[i4]))))
                + (((m3 + x[i4]).tanh()).exp2())
        } else {
            (((k::<D>(1.5)) + (((k::<D>(std::f64::consts::E)) + (k::<D>(1.35))).tanh())).cbrt())
                / ((k::<D>(1.0))
                    + ((((((k::<D>(0.9)) * a5.tanh()).acos())
                        + (((k::<D>(0.5))
                            + (((k::<D>(1.5)) + a2.tanh()) * ((k::<D>(1.5)) + a2.tanh())))
                        .ln_1p()))
                    .tanh())
                        * (((((k::<D>(0.9)) * a5.tanh()).acos())
                            + (((k::<D>(0.5))
                                + (((k::<D>(1.5)) + a2.tanh()) * ((k::<D>(1.5)) + a2.tanh())))
                            .ln_1p()))
                        .tanh())))
        };
        m3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(1.36)) * x[i4].exp().ln()).exp()).sin()));
    }
    if (x[3] * (k::<D>(1.5)) + x[0]).re() < ((k::<D>(0.9)).exp_m1()).re() {
        m3 = (((k::<D>(0.7)) * m3)
            + (((k::<D>(1.0))
                + ((((a1 * a2) + (k::<D>(1.6))).atan()) * (((a1 * a2) + (k::<D>(1.6))).atan())))
            .log10()))
        .sin();
    } else {
        m3 -= a1.tanh() / ((k::<D>(1.5)) + ((x[3] + (x[1] * a2)).tanh()));
    }
    let (u7, w8) = (
        (((k::<D>(core::f64::consts::PI)).cos()).exp())
            / ((k::<D>(2.0)) + ((((k::<D>(0.9)) * m3.sin().tanh()).atanh()).sin())),
        ((((k::<D>(1.0)) + (x[3] * x[3])).ln()).cos()).sinh(),
    );
    ((((a1 * a2) + m3) + u7) - w8) * x[0]
}

#[differentiable]
fn p31(x: &[f64]) -> f64 {
    let a1 = x[1];
    let mut m2 = a1.mul_add(x[0], a1) * Float::tan(x[0].sin());
    for i3 in 1..x.len() {
        m2 = ((0.7_f64 * m2)
            + (((-x[i3 - 1]) / x[i3].mul_add(m2.cos(), 0.243).sin().exp())
                * x[i3 - 1].atan().tanh()))
        .cos();
        let a4 = (((0.5 + ((1.0 + (x[i3] * x[i3])) * (1.0 + (x[i3] * x[i3])))).ln_1p())
            + ((((i3 as f64).sin()).exp()).powf(m2.cos())))
            / ((((2.0 + a1.min(m2).sin()).sqrt()).atan()).exp());
        m2 *= 1.0 + (0.3 * Float::cos(m2.exp()));
        m2 -= Float::atan(Float::exp(a4.tanh()).atan() * Float::cos(a4));
    }
    if f64::powi(Float::exp(m2.atan()), -1) >= -0.83 {
        m2 *= 1.0 + (0.3_f64 * f64::exp(x[2]).cos());
    } else {
        m2 *= 1.0_f64 + (0.3 * f64::sin(m2));
    }
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let a1 = a1;
        let mut m6 = (x[2] - 1.92) + V[i5].exp();
        for i7 in 1..x.len() {
            let (u8, w9) = (
                f64::sin(Float::recip(2.0 + x[i7].abs().sin())).exp2(),
                (((2.0_f64 + core::f64::consts::PI.sin()).powf(a1)) + 0.482_f64) + a1,
            );
            m6 *= 1.0_f64 + (0.3_f64 * f64::hypot(0.601, 0.5 + (x[i7] * x[i7])).sin());
            m2 = (0.5 * m2)
                + f64::ln_1p(0.5 + ((2.0_f64 + f64::sin(a1)) * (2.0 + f64::sin(a1)))).sin();
        }
        m2 *= 1.0
            + (0.3
                * (({
                    let t10 = m6;
                    a1.sin() * Float::sin(m6)
                })
                .sin()));
        if Float::cosh(a1) > if m2 > x[2] { -0.95 } else { 1.732 } {
            break;
        }
        m2 +=
            (f64::atan(if i5 > 0 { m6 } else { x[1] }) * f64::mul_add(m2.atan(), x[2], x[0])).sin();
    }
    m2 = (0.5 * m2) + ((-1.964) / (1.5 + f64::tanh(m2)));
    for i11 in 0..x.len() / 2 {
        let a1 = f64::sin((i11 as f64) * a1).mul_add(
            (W[i11] + m2).sin(),
            x[2 * i11] / (1.5 + Float::tanh(x[2 * i11])),
        );
        let a12 = f64::sqrt(2.0 + Float::cosh(f64::atan(a1)).powi(0).sin());
        m2 -= f64::tanh(a1 * x[2 * i11]);
        m2 = (0.5 * m2) + Float::sin(x[2 * i11 + 1].exp2());
    }
    f64::tanh(0.001 * ((a1 + m2) + x[1]))
}

fn p31_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[1];
    let mut m2 = (a1 * x[0] + a1) * x[0].sin().tan();
    for i3 in 1..x.len() {
        m2 = (((k::<D>(0.7)) * m2)
            + (((-x[i3 - 1]) / (((x[i3] * m2.cos() + (k::<D>(0.243))).sin()).exp()))
                * x[i3 - 1].atan().tanh()))
        .cos();
        let a4 = ((((k::<D>(0.5))
            + (((k::<D>(1.0)) + (x[i3] * x[i3])) * ((k::<D>(1.0)) + (x[i3] * x[i3]))))
            .ln_1p())
            + ((m2.cos() * (((k::<D>(i3 as f64)).sin()).exp()).ln()).exp()))
            / (((((k::<D>(2.0)) + dmin(a1, m2).sin()).sqrt()).atan()).exp());
        m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m2.exp().cos());
        m2 -= (a4.tanh().exp().atan() * a4.cos()).atan();
    }
    if m2.atan().exp().powi(-1).re() >= (k::<D>(-0.83)).re() {
        m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[2].exp().cos());
    } else {
        m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m2.sin());
    }
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let a1 = a1;
        let mut m6 = (x[2] - (k::<D>(1.92))) + ((k::<D>(V[i5])).exp());
        for i7 in 1..x.len() {
            let (u8, w9) = (
                ((((k::<D>(2.0)) + x[i7].abs().sin()).recip()).sin()).exp2(),
                (((a1 * ((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin())).ln()).exp())
                    + (k::<D>(0.482)))
                    + a1,
            );
            m6 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(0.601)) * (k::<D>(0.601))
                        + ((k::<D>(0.5)) + (x[i7] * x[i7])) * ((k::<D>(0.5)) + (x[i7] * x[i7])))
                        .sqrt())
                    .sin()));
            m2 = ((k::<D>(0.5)) * m2)
                + ((((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin())))
                    .ln_1p())
                .sin());
        }
        m2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (({
                    let t10 = m6;
                    a1.sin() * m6.sin()
                })
                .sin()));
        if a1.cosh().re()
            > (if m2.re() > x[2].re() {
                k::<D>(-0.95)
            } else {
                k::<D>(1.732)
            })
            .re()
        {
            break;
        }
        m2 += (((if i5 > 0 { m6 } else { x[1] }).atan()) * (m2.atan() * x[2] + x[0])).sin();
    }
    m2 = ((k::<D>(0.5)) * m2) + ((k::<D>(-1.964)) / ((k::<D>(1.5)) + m2.tanh()));
    for i11 in 0..x.len() / 2 {
        let a1 = ((((k::<D>(i11 as f64)) * a1).sin()) * (((k::<D>(W[i11])) + m2).sin())
            + (x[2 * i11] / ((k::<D>(1.5)) + x[2 * i11].tanh())));
        let a12 = ((k::<D>(2.0)) + a1.atan().cosh().powi(0).sin()).sqrt();
        m2 -= (a1 * x[2 * i11]).tanh();
        m2 = ((k::<D>(0.5)) * m2) + x[2 * i11 + 1].exp2().sin();
    }
    ((k::<D>(0.001)) * ((a1 + m2) + x[1])).tanh()
}

#[differentiable]
fn p32(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a2 = {
        let t1 = x0;
        x2 + x1
    };
    let mut s3 = 0.0;
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let mut s5 = 1.0;
        for i6 in (i4 + 1)..4 {
            let a2 = 1.3;
            let a7 = p2(x1, x0, a2);
            s5 -= x2.atan();
        }
        let mut s8 = 0.5;
        for i9 in 1..=4 {
            if (1.1 + ((1.0 + (ALPHA * ALPHA)) * (1.0 + (ALPHA * ALPHA)))).acosh() <= -0.96 {
                continue;
            }
            let (u10, w11) = (x1, x0 + (s3.atan() * x1));
            let a12 = Float::acos(0.9 * x0.sin()).sin();
            s5 = (0.5 * s5) + (((1.5 + x0.tanh()).sqrt()).tanh());
            s8 = s8.max((-W[i9]).cos());
        }
        s5 *= 1.0
            + (0.3_f64
                * Float::sin(Float::cbrt(
                    1.0_f64 + (s5.atan().powi(1) * Float::powi(f64::atan(s5), 1)),
                )));
    }
    let mut s13 = 0.5;
    let mut i14 = 0;
    while i14 < 2 {
        i14 += 1;
        s13 -= ((i14 as f64).atan2(-(0.5 + (core::f64::consts::PI * core::f64::consts::PI)))).cos();
        let mut m15: f64 =
            -((1.0 + (a2.atan() * a2.atan())).powf((core::f64::consts::PI + x2).tanh()));
        s13 += (-(a2 * 0.319)).sin();
    }
    for i16 in 2..6 {
        s3 = (0.5 * s3) + (((x0 - 0.3f64) - f64::exp2(ALPHA.atan())).cos());
        let a2 = (Float::cos(x2) * (x2 - BETA)) + (i16 as f64);
        s3 *= 1.0 + (0.3 * a2.clamp(-0.32_f64, 0.67).sin());
        s13 = (0.5 * s13)
            + f64::ln_1p(
                0.5_f64
                    + (Float::exp(f64::tanh(s13).sinh().sin())
                        * Float::exp(Float::sin(f64::sinh(s13.tanh())))),
            )
            .cos();
    }
    let mut m17 = s13;
    let mut m18 = Float::tan(Float::sin(a2)) * ((-0.5) / (1.0 + (s3.atan() * s3.atan())));
    let mut i19 = 0;
    while i19 < 3 {
        i19 += 1;
        m17 = (0.5 * m17) + s3.hypot(0.5_f64 + (x0 * x0)).atan();
        let mut m20 = m18;
        m17 = (0.5 * m17) + m20.tanh();
        m18 -= x0.sin();
    }
    (0.001 * ((((a2 + s3) - s13) + m17) - m18)).tanh()
}

fn p32_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a2 = {
        let t1 = x0;
        x2 + x1
    };
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let mut s5 = k::<D>(1.0);
        for i6 in (i4 + 1)..4 {
            let a2 = k::<D>(1.3);
            let a7 = p2_d(x1, x0, a2);
            s5 -= x2.atan();
        }
        let mut s8 = k::<D>(0.5);
        for i9 in 1..=4 {
            if (((k::<D>(1.1))
                + (((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))
                    * ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))))
            .acosh())
            .re()
                <= (k::<D>(-0.96)).re()
            {
                continue;
            }
            let (u10, w11) = (x1, x0 + (s3.atan() * x1));
            let a12 = (((k::<D>(0.9)) * x0.sin()).acos()).sin();
            s5 = ((k::<D>(0.5)) * s5) + ((((k::<D>(1.5)) + x0.tanh()).sqrt()).tanh());
            s8 = dmax(s8, (-(k::<D>(W[i9]))).cos());
        }
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.0)) + (s5.atan().powi(1) * s5.atan().powi(1))).cbrt()).sin()));
    }
    let mut s13 = k::<D>(0.5);
    let mut i14 = 0;
    while i14 < 2 {
        i14 += 1;
        s13 -= datan2(
            k::<D>(i14 as f64),
            -((k::<D>(0.5)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI)))),
        )
        .cos();
        let mut m15: D = -(((((k::<D>(core::f64::consts::PI)) + x2).tanh())
            * ((k::<D>(1.0)) + (a2.atan() * a2.atan())).ln())
        .exp());
        s13 += (-(a2 * (k::<D>(0.319)))).sin();
    }
    for i16 in 2..6 {
        s3 = ((k::<D>(0.5)) * s3)
            + (((x0 - (k::<D>(0.3))) - (((k::<D>(ALPHA)).atan()).exp2())).cos());
        let a2 = (x2.cos() * (x2 - (k::<D>(BETA)))) + (k::<D>(i16 as f64));
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dclamp(a2, k::<D>(-0.32), k::<D>(0.67)).sin());
        s13 = ((k::<D>(0.5)) * s13)
            + ((((k::<D>(0.5)) + (s13.tanh().sinh().sin().exp() * s13.tanh().sinh().sin().exp()))
                .ln_1p())
            .cos());
    }
    let mut m17 = s13;
    let mut m18 = a2.sin().tan() * ((k::<D>(-0.5)) / ((k::<D>(1.0)) + (s3.atan() * s3.atan())));
    let mut i19 = 0;
    while i19 < 3 {
        i19 += 1;
        m17 = ((k::<D>(0.5)) * m17)
            + (((s3 * s3 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt())
                .atan());
        let mut m20 = m18;
        m17 = ((k::<D>(0.5)) * m17) + m20.tanh();
        m18 -= x0.sin();
    }
    ((k::<D>(0.001)) * ((((a2 + s3) - s13) + m17) - m18)).tanh()
}

#[differentiable]
fn p33<T: Float + NumAssign>(x: [T; 5], y: T) -> T {
    let (u1, w2) = (
        (((c::<T>(1.1))
            + (((c::<T>(1.5)) + Float::tanh(c::<T>(1.99)))
                * (T::from(1.5).unwrap() + ((c::<T>(1.99)).tanh()))))
        .acosh())
        .abs(),
        x[1] * (y / ((c::<T>(1.0)) + (x[2] * x[2]))),
    );
    let mut m3 = x[2] + y;
    let mut m4 = c::<T>(1.39);
    m3 = Float::atan(((c::<T>(0.7)) * m3) + y);
    let mut m5: T = if T::from(-1.39).unwrap() + (c::<T>(BETA)) < c::<T>(-0.26) {
        T::sin(u1.clamp(c::<T>(-1.21), T::from(0.14).unwrap()))
    } else {
        T::hypot(
            Float::cos(x[4]),
            (c::<T>(0.5)) + ((T::trunc(x[2]) * x[2]) * (T::trunc(x[2]) * x[2])),
        )
    };
    ((((u1 - w2) + m3) + m4) * m5) + x[1]
}

fn p33_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        (((k::<D>(1.1))
            + (((k::<D>(1.5)) + ((k::<D>(1.99)).tanh()))
                * ((k::<D>(1.5)) + ((k::<D>(1.99)).tanh()))))
        .acosh())
        .abs(),
        x[1] * (y / ((k::<D>(1.0)) + (x[2] * x[2]))),
    );
    let mut m3 = x[2] + y;
    let mut m4 = k::<D>(1.39);
    m3 = (((k::<D>(0.7)) * m3) + y).atan();
    let mut m5: D = if ((k::<D>(-1.39)) + (k::<D>(BETA))).re() < (k::<D>(-0.26)).re() {
        dclamp(u1, k::<D>(-1.21), k::<D>(0.14)).sin()
    } else {
        (x[4].cos() * x[4].cos()
            + ((k::<D>(0.5))
                + (((k::<D>(x[2].re().trunc())) * x[2]) * ((k::<D>(x[2].re().trunc())) * x[2])))
                * ((k::<D>(0.5))
                    + (((k::<D>(x[2].re().trunc())) * x[2])
                        * ((k::<D>(x[2].re().trunc())) * x[2]))))
            .sqrt()
    };
    ((((u1 - w2) + m3) + m4) * m5) + x[1]
}

#[differentiable]
fn p34<T: Float>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if x1.sin().tan() < c::<T>(0.54) {
            break;
        }
        if i2 < 2 {
            s1 = s1
                / ((c::<T>(1.0))
                    + (((-x1) * T::tanh(c::<T>(-1.4))) * ((-x1) * ((c::<T>(-1.4)).tanh()))));
        } else {
            s1 = Float::tanh(
                ((c::<T>(0.7)) * s1)
                    + (if i2 <= 2 {
                        Float::asinh(x1)
                    } else {
                        -T::sin(s1)
                    }),
            );
        }
        s1 = T::min(
            s1,
            Float::cos(T::acos(T::from(0.9).unwrap() * Float::tanh(c::<T>(-0.69)))),
        );
    }
    let (u3, w4) = (
        T::sin(c::<T>(BETA)).sinh(),
        T::exp(x0).powf(x1) + (s1 + (c::<T>(core::f64::consts::PI))),
    );
    let mut s5 = c::<T>(0.0);
    for i6 in 2..5 {
        if !(w4.sin().sin().tan() >= (c::<T>(i6 as f64)).tanh()) {
            s5 = T::sin((T::from(0.7).unwrap() * s5) + ((c::<T>(i6 as f64)).asinh()));
        } else {
            s1 = s1 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::cos(Float::exp(x0))));
        }
        if Float::cbrt((c::<T>(2.0)) + s1.sin()) >= c::<T>(0.17) {
            s1 = ((c::<T>(0.5)) * s1) + u3.atan().cos();
        } else {
            s5 = ((c::<T>(0.5)) * s5) + (((c::<T>(-1.8)).cos()).atan());
        }
        if s1.cos() * x0 < s1.tanh() {
            break;
        }
        let (u7, w8) = (
            s1 - (-(x0.sin() * T::sin(w4))),
            T::tanh(
                ((c::<T>(0.9))
                    * Float::tanh((T::from(2.0).unwrap() + ((c::<T>(i6 as f64)).sin())).powi(0)))
                .asin(),
            ) * x0.cosh().powi(-1).hypot((c::<T>(0.5)) + (w4 * w4)).cos(),
        );
        s1 = s1 * (T::one() + ((c::<T>(0.3)) * ((s1 - w4).sin())));
        s1 = s1 + Float::atan((u7.tanh() * u3.tanh()) * x0);
    }
    (((x1 + s1) + u3) * w4) + s5
}

fn p34_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if x1.sin().tan().re() < (k::<D>(0.54)).re() {
            break;
        }
        if i2 < 2 {
            s1 /= (k::<D>(1.0))
                + (((-x1) * ((k::<D>(-1.4)).tanh())) * ((-x1) * ((k::<D>(-1.4)).tanh())));
        } else {
            s1 = (((k::<D>(0.7)) * s1) + (if i2 <= 2 { x1.asinh() } else { -s1.sin() })).tanh();
        }
        s1 = dmin(
            s1,
            (((k::<D>(0.9)) * ((k::<D>(-0.69)).tanh())).acos()).cos(),
        );
    }
    let (u3, w4) = (
        ((k::<D>(BETA)).sin()).sinh(),
        ((x1 * x0.exp().ln()).exp()) + (s1 + (k::<D>(core::f64::consts::PI))),
    );
    let mut s5 = k::<D>(0.0);
    for i6 in 2..5 {
        if !(w4.sin().sin().tan().re() >= ((k::<D>(i6 as f64)).tanh()).re()) {
            s5 = (((k::<D>(0.7)) * s5) + ((k::<D>(i6 as f64)).asinh())).sin();
        } else {
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.exp().cos());
        }
        if (((k::<D>(2.0)) + s1.sin()).cbrt()).re() >= (k::<D>(0.17)).re() {
            s1 = ((k::<D>(0.5)) * s1) + u3.atan().cos();
        } else {
            s5 = ((k::<D>(0.5)) * s5) + (((k::<D>(-1.8)).cos()).atan());
        }
        if (s1.cos() * x0).re() < s1.tanh().re() {
            break;
        }
        let (u7, w8) = (
            s1 - (-(x0.sin() * w4.sin())),
            ((((k::<D>(0.9)) * ((((k::<D>(2.0)) + ((k::<D>(i6 as f64)).sin())).powi(0)).tanh()))
                .asin())
            .tanh())
                * (((x0.cosh().powi(-1) * x0.cosh().powi(-1)
                    + ((k::<D>(0.5)) + (w4 * w4)) * ((k::<D>(0.5)) + (w4 * w4)))
                    .sqrt())
                .cos()),
        );
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s1 - w4).sin()));
        s1 += ((u7.tanh() * u3.tanh()) * x0).atan();
    }
    (((x1 + s1) + u3) * w4) + s5
}

#[differentiable]
fn p35(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut s1 = 0.0;
    for i2 in 0..nk {
        let mut m3 = if i2 < 0 {
            f64::log10(s1.cos().cosh())
        } else {
            s1 / Float::hypot(x1, 1.0)
        };
        let a4 = if s1 < -0.6 {
            f64::atanh(0.9_f64 * x1.tanh()).sin() * f64::atan(m3).mul_add(x0, m3).cos()
        } else {
            f64::asin(0.9 * (((std::f64::consts::E - x1).sin()).sin()))
        };
        s1 += ((i2 as f64) + m3).tanh();
    }
    let mut s5 = 0.5;
    for i6 in 0..nk {
        let mut s7 = 0.0;
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let a9 = x0 + s1;
            if V[i6] / (2.0 + s5.sin()) > -0.84 {
                break;
            }
            let mut m10 = (x1 + Float::sqrt(2.0 + 1.0_f64.sin())).atan2(
                0.5 + ((f64::mul_add((i8 as f64), core::f64::consts::PI.sin(), 0.7)
                    + (x0.sin() * f64::atan(s5)))
                    * (((i8 as f64).mul_add(core::f64::consts::PI.sin(), 0.7))
                        + (f64::sin(x0) * s5.atan()))),
            );
            let a11 = f64::atan(s5).sin().tan();
            s7 = s7.max((W[i6] / (2.0 + a11.sin())).sin());
        }
        s5 *= 1.0_f64 + (0.3 * (((0.9 * x1.sin()).asin()).sin()));
        if i6 < 2 {
            break;
        }
    }
    let a12 = (1.6 - x1) - BETA;
    (0.001 * ((((x0 + x1) * s1) + s5) - a12)).tanh()
}

fn p35_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..nk {
        let mut m3 = if i2 < 0 {
            s1.cos().cosh().log10()
        } else {
            s1 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
        };
        let a4 = if s1.re() < (k::<D>(-0.6)).re() {
            ((((k::<D>(0.9)) * x1.tanh()).atanh()).sin()) * ((m3.atan() * x0 + m3).cos())
        } else {
            ((k::<D>(0.9)) * ((((k::<D>(std::f64::consts::E)) - x1).sin()).sin())).asin()
        };
        s1 += ((k::<D>(i2 as f64)) + m3).tanh();
    }
    let mut s5 = k::<D>(0.5);
    for i6 in 0..nk {
        let mut s7 = k::<D>(0.0);
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let a9 = x0 + s1;
            if ((k::<D>(V[i6])) / ((k::<D>(2.0)) + s5.sin())).re() > (k::<D>(-0.84)).re() {
                break;
            }
            let mut m10 = datan2(
                x1 + (((k::<D>(2.0)) + ((k::<D>(1.0)).sin())).sqrt()),
                (k::<D>(0.5))
                    + ((((k::<D>(i8 as f64)) * ((k::<D>(core::f64::consts::PI)).sin())
                        + (k::<D>(0.7)))
                        + (x0.sin() * s5.atan()))
                        * (((k::<D>(i8 as f64)) * ((k::<D>(core::f64::consts::PI)).sin())
                            + (k::<D>(0.7)))
                            + (x0.sin() * s5.atan()))),
            );
            let a11 = s5.atan().sin().tan();
            s7 = dmax(s7, ((k::<D>(W[i6])) / ((k::<D>(2.0)) + a11.sin())).sin());
        }
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * x1.sin()).asin()).sin()));
        if i6 < 2 {
            break;
        }
    }
    let a12 = ((k::<D>(1.6)) - x1) - (k::<D>(BETA));
    ((k::<D>(0.001)) * ((((x0 + x1) * s1) + s5) - a12)).tanh()
}

#[differentiable]
fn p36(x: [f64; 3]) -> f64 {
    let a1 = Float::mul_add(f64::tanh(-std::f64::consts::E), x[2], 0.407);
    let mut s2 = 1.0;
    for &i3 in x.iter() {
        let mut m4 = 0.47;
        m4 *= 1.0 + (0.3 * Float::cos(1.5 + Float::tanh(m4.exp_m1())));
    }
    let (u5, w6) = (a1.sin().tan(), s2);
    if f64::exp(x[1]).powi(-1) <= w6.atan().powi(3) {
        s2 *= 1.0 + (0.3 * u5.sin());
    } else {
        s2 *= 1.0 + (0.3 * p2(1.1, u5.sin(), a1.tanh()).sin());
    }
    (((a1 - s2) + u5) + w6) + x[2]
}

fn p36_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((-(k::<D>(std::f64::consts::E))).tanh()) * x[2] + (k::<D>(0.407)));
    let mut s2 = k::<D>(1.0);
    for &i3 in x.iter() {
        let mut m4 = k::<D>(0.47);
        m4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + m4.exp_m1().tanh()).cos()));
    }
    let (u5, w6) = (a1.sin().tan(), s2);
    if x[1].exp().powi(-1).re() <= w6.atan().powi(3).re() {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u5.sin());
    } else {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * p2_d(k::<D>(1.1), u5.sin(), a1.tanh()).sin());
    }
    (((a1 - s2) + u5) + w6) + x[2]
}

#[differentiable]
fn p37(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 1..3 {
        let mut s3 = 1.0;
        for i4 in 2..=5 {
            let a5: f64 = p34(
                ((x0 - x0) + f64::atan(s3).mul_add(s3.atan(), s3)).atan(),
                Float::sin(Float::tanh(s3).sin().tan() - (s3 - x0)),
            );
            let a5: f64 = Float::atan(
                std::f64::consts::E.cos()
                    / (1.0f64
                        + (Float::cos(if x0 <= V[i4] { -0.278 } else { s1 })
                            * ((if x0 <= V[i4] { -0.278 } else { s1 }).cos()))),
            );
            s1 -= (s1.sin().cosh().ln() + x0.exp().log2()).cos();
            s3 = (0.5 * s3) + 0.582_f64.sin().atan();
        }
        s3 /= x0.hypot(1.0);
        s1 += p14((s1 + s3).tanh(), x0.max(s3).sin()).tanh();
    }
    let mut m6 = (((2.0f64 + x0.sin()).log((0.5 + (0.4 * s1.tanh().sin())).exp())).cos())
        * (f64::tan(x0.sin()) + x0);
    m6 *= 1.0 + (0.3 * 0.458.asinh().clamp(-0.39, 0.18_f64).sin());
    if !(Float::cos(s1) * x0 < 0.72) {
        m6 = Float::max(m6, f64::powi(x0, 1));
    }
    let mut s7: f64 = 0.0;
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let a9 = ((f64::sin(s1) * ((0.9 * 2.0.tanh()).acos())).cos())
            * (((x1 * std::f64::consts::E)
                .hypot(0.5 + (m6.tanh().exp_m1() * f64::tanh(m6).exp_m1())))
            .sin());
        let a10 = f64::abs(m6);
        s1 += f64::cos(s7.sin().cosh().powi(-1));
        s7 += s7.tanh();
    }
    Float::tanh(0.001 * ((((x0 + x1) + s1) + m6) + s7))
}

fn p37_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 1..3 {
        let mut s3 = k::<D>(1.0);
        for i4 in 2..=5 {
            let a5: D = p34_d(
                ((x0 - x0) + (s3.atan() * s3.atan() + s3)).atan(),
                (s3.tanh().sin().tan() - (s3 - x0)).sin(),
            );
            let a5: D = (((k::<D>(std::f64::consts::E)).cos())
                / ((k::<D>(1.0))
                    + (((if x0.re() <= (k::<D>(V[i4])).re() {
                        k::<D>(-0.278)
                    } else {
                        s1
                    })
                    .cos())
                        * ((if x0.re() <= (k::<D>(V[i4])).re() {
                            k::<D>(-0.278)
                        } else {
                            s1
                        })
                        .cos()))))
            .atan();
            s1 -= (s1.sin().cosh().ln() + x0.exp().log2()).cos();
            s3 = ((k::<D>(0.5)) * s3) + (((k::<D>(0.582)).sin()).atan());
        }
        s3 /= (x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        s1 += p14_d((s1 + s3).tanh(), dmax(x0, s3).sin()).tanh();
    }
    let mut m6 = ((((k::<D>(2.0)) + x0.sin()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s1.tanh().sin())).exp()).ln())
    .cos())
        * (x0.sin().tan() + x0);
    m6 *= (k::<D>(1.0))
        + ((k::<D>(0.3)) * dclamp((k::<D>(0.458)).asinh(), k::<D>(-0.39), k::<D>(0.18)).sin());
    if !((s1.cos() * x0).re() < (k::<D>(0.72)).re()) {
        m6 = dmax(m6, x0.powi(1));
    }
    let mut s7: D = k::<D>(0.0);
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let a9 = ((s1.sin() * (((k::<D>(0.9)) * ((k::<D>(2.0)).tanh())).acos())).cos())
            * ((((x1 * (k::<D>(std::f64::consts::E))) * (x1 * (k::<D>(std::f64::consts::E)))
                + ((k::<D>(0.5)) + (m6.tanh().exp_m1() * m6.tanh().exp_m1()))
                    * ((k::<D>(0.5)) + (m6.tanh().exp_m1() * m6.tanh().exp_m1())))
            .sqrt())
            .sin());
        let a10 = m6.abs();
        s1 += s7.sin().cosh().powi(-1).cos();
        s7 += s7.tanh();
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + s1) + m6) + s7)).tanh()
}

#[differentiable]
fn p38(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = Float::tanh(Float::log10(1.5_f64 + std::f64::consts::E.tanh()));
    let (u2, w3) = (
        Float::acosh(1.1 + ((1.0 + (x1 * x1)) * (1.0 + (x1 * x1)))),
        x0,
    );
    let mut s4: f64 = 1.0;
    for i5 in 1..=3 {
        let mut m6 = u2.hypot(1.0f64).powi(-2) + (u2 + f64::atanh(0.9_f64 * x0.sin()));
        if i5 < 2 {
            m6 -= Float::tanh((1.0 + (V[i5] * V[i5])).cbrt());
        }
        m6 *= 1.0 + (0.3_f64 * ((-(a1 + w3)).sin()));
        if x2 < 0.8 {
            continue;
        }
        s4 = (0.5 * s4) + Float::tan(x0.sin()).tanh();
    }
    let (u7, w8) = (-0.73, x1);
    let a10 = if x2 + x1 >= 1.77.powi(3) {
        {
            let t9 = w8;
            u2
        }
    } else {
        ((2.0 + s4.sin()).log2()) - (0.173 - a1)
    };
    (((w3 + s4) + u7) - w8) + a10
}

fn p38_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (((k::<D>(1.5)) + ((k::<D>(std::f64::consts::E)).tanh())).log10()).tanh();
    let (u2, w3) = (
        ((k::<D>(1.1)) + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1)))).acosh(),
        x0,
    );
    let mut s4: D = k::<D>(1.0);
    for i5 in 1..=3 {
        let mut m6 = (((u2 * u2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2))
            + (u2 + (((k::<D>(0.9)) * x0.sin()).atanh()));
        if i5 < 2 {
            m6 -= (((k::<D>(1.0)) + ((k::<D>(V[i5])) * (k::<D>(V[i5])))).cbrt()).tanh();
        }
        m6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-(a1 + w3)).sin()));
        if x2.re() < (k::<D>(0.8)).re() {
            continue;
        }
        s4 = ((k::<D>(0.5)) * s4) + x0.sin().tan().tanh();
    }
    let (u7, w8) = (k::<D>(-0.73), x1);
    let a10 = if (x2 + x1).re() >= ((k::<D>(1.77)).powi(3)).re() {
        {
            let t9 = w8;
            u2
        }
    } else {
        (((k::<D>(2.0)) + s4.sin()).log2()) - ((k::<D>(0.173)) - a1)
    };
    (((w3 + s4) + u7) - w8) + a10
}

#[differentiable]
fn p39(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x0;
    let (u2, w3) = (1.85, ((x2 + a1) * x1.asinh()) - a1);
    let a4 = if !(w3.max(x0) <= 0.5_f64) {
        x0 + (w3 + x0)
    } else {
        (-1.784).cosh()
    };
    let mut m5 = a1;
    (((a1 + u2) + w3) + a4) + m5
}

fn p39_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x0;
    let (u2, w3) = (k::<D>(1.85), ((x2 + a1) * x1.asinh()) - a1);
    let a4 = if !(dmax(w3, x0).re() <= (k::<D>(0.5)).re()) {
        x0 + (w3 + x0)
    } else {
        (k::<D>(-1.784)).cosh()
    };
    let mut m5 = a1;
    (((a1 + u2) + w3) + a4) + m5
}

#[differentiable]
fn p40(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1 = 1.0_f64;
    for i2 in 0..=1 {
        for i3 in (i2 + 1)..4 {
            if -0.32 < -0.93_f64 {
                continue;
            }
            let a4: f64 = f64::hypot(
                ((i2 as f64).tanh())
                    / (2.0_f64 + f64::sin((-0.38).mul_add(core::f64::consts::PI.cos(), W[i3]))),
                1.0,
            )
            .log2();
            s1 /= 1.0 + (BETA * BETA);
        }
        s1 -= ((-1.328) * x1).atan();
    }
    let mut m5 = (-1.355) - (-1.5);
    let mut s6 = 0.5;
    for i7 in 0..nk {
        for i8 in 1..2 {
            if s6 - x2 <= (0.9 * f64::sin(x1)).asin() {
                s1 += f64::atan(BETA.cos().mul_add(x0, x0));
            }
            let a9 = f64::exp(1.771);
            m5 = (0.5 * m5)
                + (((0.5
                    + ((1.0
                        + ((((1.0 + (s1.cos() * Float::cos(s1))).log2()).abs())
                            * f64::abs((1.0 + (Float::cos(s1) * s1.cos())).log2())))
                        * (1.0
                            + ((((1.0 + (s1.cos() * s1.cos())).log2()).abs())
                                * f64::log2(1.0 + (s1.cos() * s1.cos())).abs()))))
                .ln_1p())
                .tanh());
            s6 = (0.5 * s6) + x1.tanh();
            s6 = (0.5 * s6) + ((V[i7] - a9).atan());
        }
        m5 *= 1.0 + (0.3 * Float::sin(x0.powi(2).tanh().exp().recip()));
    }
    let mut s10: f64 = 0.0;
    for i11 in 0..nk {
        let (u12, w13) = (s10, p39(x1, f64::cos(s10), x2));
        let a14 = x1 - w13;
        s6 += (f64::sqrt(1.0 + (f64::cos(s10) * s10.cos())) - (-1.4f64)).atan();
        m5 += w13.sin();
    }
    for i15 in 0..2 {
        if s6 <= s6 - s10 {
            continue;
        }
        let a16: f64 = s10.hypot(0.5 + ((-(i15 as f64)) * (-(i15 as f64))));
        s6 *= 1.0 + (0.3 * s6.cos().sin());
    }
    (0.001 * ((((x2 - s1) + m5) + s6) - s10)).tanh()
}

fn p40_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..=1 {
        for i3 in (i2 + 1)..4 {
            if (k::<D>(-0.32)).re() < (k::<D>(-0.93)).re() {
                continue;
            }
            let a4: D = (((((k::<D>(i2 as f64)).tanh())
                / ((k::<D>(2.0))
                    + (((k::<D>(-0.38)) * ((k::<D>(core::f64::consts::PI)).cos())
                        + (k::<D>(W[i3])))
                    .sin())))
                * (((k::<D>(i2 as f64)).tanh())
                    / ((k::<D>(2.0))
                        + (((k::<D>(-0.38)) * ((k::<D>(core::f64::consts::PI)).cos())
                            + (k::<D>(W[i3])))
                        .sin())))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .log2();
            s1 /= (k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA)));
        }
        s1 -= ((k::<D>(-1.328)) * x1).atan();
    }
    let mut m5 = (k::<D>(-1.355)) - (k::<D>(-1.5));
    let mut s6 = k::<D>(0.5);
    for i7 in 0..nk {
        for i8 in 1..2 {
            if (s6 - x2).re() <= (((k::<D>(0.9)) * x1.sin()).asin()).re() {
                s1 += (((k::<D>(BETA)).cos()) * x0 + x0).atan();
            }
            let a9 = (k::<D>(1.771)).exp();
            m5 = ((k::<D>(0.5)) * m5)
                + ((((k::<D>(0.5))
                    + (((k::<D>(1.0))
                        + (((((k::<D>(1.0)) + (s1.cos() * s1.cos())).log2()).abs())
                            * ((((k::<D>(1.0)) + (s1.cos() * s1.cos())).log2()).abs())))
                        * ((k::<D>(1.0))
                            + (((((k::<D>(1.0)) + (s1.cos() * s1.cos())).log2()).abs())
                                * ((((k::<D>(1.0)) + (s1.cos() * s1.cos())).log2()).abs())))))
                .ln_1p())
                .tanh());
            s6 = ((k::<D>(0.5)) * s6) + x1.tanh();
            s6 = ((k::<D>(0.5)) * s6) + (((k::<D>(V[i7])) - a9).atan());
        }
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.powi(2).tanh().exp().recip().sin());
    }
    let mut s10: D = k::<D>(0.0);
    for i11 in 0..nk {
        let (u12, w13) = (s10, p39_d(x1, s10.cos(), x2));
        let a14 = x1 - w13;
        s6 += ((((k::<D>(1.0)) + (s10.cos() * s10.cos())).sqrt()) - (k::<D>(-1.4))).atan();
        m5 += w13.sin();
    }
    for i15 in 0..2 {
        if s6.re() <= (s6 - s10).re() {
            continue;
        }
        let a16: D = (s10 * s10
            + ((k::<D>(0.5)) + ((-(k::<D>(i15 as f64))) * (-(k::<D>(i15 as f64)))))
                * ((k::<D>(0.5)) + ((-(k::<D>(i15 as f64))) * (-(k::<D>(i15 as f64))))))
        .sqrt();
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s6.cos().sin());
    }
    ((k::<D>(0.001)) * ((((x2 - s1) + m5) + s6) - s10)).tanh()
}

#[differentiable]
fn p41<T: Float + NumAssign>(x0: T, x1: T, x2: T, nk: usize) -> T {
    let mut s1 = T::zero();
    for i2 in 0..=1 {
        let mut s3 = T::from(0.5).unwrap();
        for i4 in 1..=5 {
            let (u5, w6) = (
                c::<T>(W[i2]),
                T::from(-1.11).unwrap().hypot((c::<T>(0.5)) + (x1 * x1)),
            );
            let mut m7 = (c::<T>(1.858)) - x0;
            s3 *= (c::<T>(1.0))
                + ((c::<T>(0.3)) * T::sqrt((c::<T>(2.0)) + Float::sin(w6.tanh().exp_m1())).sin());
            s3 -= Float::atan(w6.atan2(-((c::<T>(0.5)) + (s1 * s1))).tanh());
        }
        let a8 = s3;
        let (u9, w10) = (
            ((c::<T>(-1.859)).hypot(T::from(0.5).unwrap() + (s1 * s1))) - x1.exp2(),
            x2,
        );
        s3 = (((c::<T>(0.7)) * s3) + x1).tanh();
    }
    let a11 = Float::cosh(T::atan(T::asin(
        T::from(0.9).unwrap() * Float::min(x1, c::<T>(core::f64::consts::PI)).cos().tanh(),
    )))
    .log2();
    s1 += a11;
    if !(x2.tanh() < c::<T>(-0.18)) {
        return a11 + (x2 * x2);
    }
    let mut s12: T = c::<T>(0.5);
    for i13 in 0..=1 {
        let mut m14 = x1.cosh().recip();
        let a15 = ((c::<T>(1.0))
            + ((((c::<T>(0.9)) * ((((c::<T>(V[i13])).cos()) * s12.atan()).sin())).atanh())
                * (((c::<T>(0.9)) * Float::sin(((c::<T>(V[i13])).cos()) * s12.atan())).atanh())))
        .sqrt();
        let a15 = (s1 + (c::<T>(-1.97))) - ((T::from(2.0).unwrap() + a15.sin()).powf(a11.sin()));
        m14 -= (T::powi(T::cosh(m14.sin()), 0) - ((c::<T>(i13 as f64)) - x2)).sin();
    }
    if x2 >= s12 - (c::<T>(BETA)) {
        s1 += T::from(-1.8).unwrap() + (c::<T>(-1.99));
    } else {
        s12 += x1;
    }
    let mut s16 = c::<T>(0.0);
    for i17 in 1..5 {
        let mut s18: T = c::<T>(1.0);
        let mut i19 = 0;
        while i19 < 1 {
            i19 += 1;
            let a20 = ((c::<T>(1.0)) + (x2 * x2)).sqrt();
            let mut m21 = c::<T>(W[i17]);
            let a22 = (((((c::<T>(1.0)) + (m21 * m21)).sqrt()) - s12).cos())
                * Float::sin((x2 / x0.exp()) / ((c::<T>(2.0)) + T::sin(T::cbrt(s16.atan().exp()))));
            s12 = s12.min(Float::powi(Float::sin(a20), 3).tanh());
        }
        let a25: T = (((c::<T>(1.0)) + (((s1 - s1).sin()) * ((s1 - s1).sin()))).powi(0)).mul_add(
            ({
                let t23 = T::exp(s18.atan()).powf(s1.cos());
                {
                    let t24 = s18;
                    a11
                }
            })
            .sin(),
            a11.atan().sin().tan(),
        );
        let a26 = -T::log2(
            (c::<T>(1.0)) + ((c::<T>(core::f64::consts::PI)) * (c::<T>(core::f64::consts::PI))),
        );
        s1 = Float::sin(
            ((c::<T>(0.7)) * s1) + Float::atan2(a26 - a25, -((c::<T>(0.5)) + (a26 * a26))),
        );
    }
    ((c::<T>(0.001)) * ((((x2 + s1) + a11) + s12) + s16)).tanh()
}

fn p41_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..=1 {
        let mut s3 = k::<D>(0.5);
        for i4 in 1..=5 {
            let (u5, w6) = (
                k::<D>(W[i2]),
                ((k::<D>(-1.11)) * (k::<D>(-1.11))
                    + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
                    .sqrt(),
            );
            let mut m7 = (k::<D>(1.858)) - x0;
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(2.0)) + w6.tanh().exp_m1().sin()).sqrt()).sin()));
            s3 -= datan2(w6, -((k::<D>(0.5)) + (s1 * s1))).tanh().atan();
        }
        let a8 = s3;
        let (u9, w10) = (
            (((k::<D>(-1.859)) * (k::<D>(-1.859))
                + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1)))
                .sqrt())
                - x1.exp2(),
            x2,
        );
        s3 = (((k::<D>(0.7)) * s3) + x1).tanh();
    }
    let a11 = (((((k::<D>(0.9)) * dmin(x1, k::<D>(core::f64::consts::PI)).cos().tanh()).asin())
        .atan())
    .cosh())
    .log2();
    s1 += a11;
    if !(x2.tanh().re() < (k::<D>(-0.18)).re()) {
        return a11 + (x2 * x2);
    }
    let mut s12: D = k::<D>(0.5);
    for i13 in 0..=1 {
        let mut m14 = x1.cosh().recip();
        let a15 = ((k::<D>(1.0))
            + ((((k::<D>(0.9)) * ((((k::<D>(V[i13])).cos()) * s12.atan()).sin())).atanh())
                * (((k::<D>(0.9)) * ((((k::<D>(V[i13])).cos()) * s12.atan()).sin())).atanh())))
        .sqrt();
        let a15 = (s1 + (k::<D>(-1.97))) - ((a11.sin() * ((k::<D>(2.0)) + a15.sin()).ln()).exp());
        m14 -= (m14.sin().cosh().powi(0) - ((k::<D>(i13 as f64)) - x2)).sin();
    }
    if x2.re() >= (s12 - (k::<D>(BETA))).re() {
        s1 += (k::<D>(-1.8)) + (k::<D>(-1.99));
    } else {
        s12 += x1;
    }
    let mut s16 = k::<D>(0.0);
    for i17 in 1..5 {
        let mut s18: D = k::<D>(1.0);
        let mut i19 = 0;
        while i19 < 1 {
            i19 += 1;
            let a20 = ((k::<D>(1.0)) + (x2 * x2)).sqrt();
            let mut m21 = k::<D>(W[i17]);
            let a22 = (((((k::<D>(1.0)) + (m21 * m21)).sqrt()) - s12).cos())
                * (((x2 / x0.exp()) / ((k::<D>(2.0)) + s16.atan().exp().cbrt().sin())).sin());
            s12 = dmin(s12, a20.sin().powi(3).tanh());
        }
        let a25: D = ((((k::<D>(1.0)) + (((s1 - s1).sin()) * ((s1 - s1).sin()))).powi(0))
            * (({
                let t23 = (s1.cos() * s18.atan().exp().ln()).exp();
                {
                    let t24 = s18;
                    a11
                }
            })
            .sin())
            + a11.atan().sin().tan());
        let a26 = -(((k::<D>(1.0))
            + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
        .log2());
        s1 = (((k::<D>(0.7)) * s1) + datan2(a26 - a25, -((k::<D>(0.5)) + (a26 * a26)))).sin();
    }
    ((k::<D>(0.001)) * ((((x2 + s1) + a11) + s12) + s16)).tanh()
}

#[differentiable]
fn p42(x: [f64; 6], nk: usize) -> f64 {
    let a1 = -((-x[0]).asinh());
    let a1: f64 = (-1.5) * a1;
    let mut s2 = 0.5;
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        if (0.5 + ((1.0 + (1.5 * 1.5f64)) * (1.0 + (1.5 * 1.5_f64)))).ln_1p() < a1 * (i3 as f64) {
            break;
        }
        let a4 = f64::recip((i3 as f64).hypot(1.0)) * Float::sinh(x[5]);
        let a5 = if f64::atan(s2).exp() < (-1.53).atan2(-(0.5_f64 + (a1 * a1))) {
            x[2]
        } else {
            Float::cosh((s2.tanh() * s2.sin()).sin()).powi(-1).sin()
        };
        s2 *= 1.0 + (0.3 * x[3].sin());
        s2 *= 1.0 + (0.3 * (((a4 + a4) - a1).sin()));
    }
    s2 = (0.5 * s2) + (-1.38);
    s2 -=
        (1.1f64 + ((1.0 + (f64::tanh(s2) * s2.tanh())) * (1.0 + (s2.tanh() * s2.tanh())))).acosh();
    (a1 + s2) + x[4]
}

fn p42_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = -((-x[0]).asinh());
    let a1: D = (k::<D>(-1.5)) * a1;
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        if (((k::<D>(0.5))
            + (((k::<D>(1.0)) + ((k::<D>(1.5)) * (k::<D>(1.5))))
                * ((k::<D>(1.0)) + ((k::<D>(1.5)) * (k::<D>(1.5))))))
        .ln_1p())
        .re()
            < (a1 * (k::<D>(i3 as f64))).re()
        {
            break;
        }
        let a4 = ((((k::<D>(i3 as f64)) * (k::<D>(i3 as f64)) + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
        .recip())
            * x[5].sinh();
        let a5 = if s2.atan().exp().re() < datan2(k::<D>(-1.53), -((k::<D>(0.5)) + (a1 * a1))).re()
        {
            x[2]
        } else {
            ((((s2.tanh() * s2.sin()).sin()).cosh()).powi(-1)).sin()
        };
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[3].sin());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((a4 + a4) - a1).sin()));
    }
    s2 = ((k::<D>(0.5)) * s2) + (k::<D>(-1.38));
    s2 -= ((k::<D>(1.1))
        + (((k::<D>(1.0)) + (s2.tanh() * s2.tanh())) * ((k::<D>(1.0)) + (s2.tanh() * s2.tanh()))))
    .acosh();
    (a1 + s2) + x[4]
}

#[differentiable]
fn p43(x: &[f64]) -> f64 {
    let a1 = core::f64::consts::PI;
    let a2 = if core::f64::consts::PI / f64::cosh(a1.tanh()) <= 0.03 {
        f64::tanh(x[1].tanh() + (x[1] + 0.214)).mul_add(
            (((a1 + a1).atan()).mul_add((-1.63) / (2.0 + a1.sin()), x[4].asinh())).sin(),
            f64::ln_1p(
                0.5 + ((1.0
                    + (Float::powf(0.5.cosh(), Float::sin(a1)).tanh()
                        * Float::tanh(f64::cosh(0.5).powf(a1.sin()))))
                    * (1.0
                        + (f64::powf(0.5.cosh(), a1.sin()).tanh()
                            * Float::powf(0.5.cosh(), a1.sin()).tanh()))),
            ),
        )
    } else {
        if -a1 >= (2.0 + x[1].sin()).log2() {
            a1 * a1
        } else {
            (BETA * x[0]) * f64::atan2(0.36, -(0.5 + (a1 * a1)))
        }
    };
    let a3 = if p39(Float::sin(a1), f64::cos(a2), f64::cos(a2)) < 0.98 {
        -x[0].min(-0.88_f64)
    } else {
        -1.3_f64
    };
    let a1 = a1 - BETA;
    let a4 = (1.5 + f64::log10(2.0f64 + a3.sin()).tanh()).powi(-1);
    (((a2 + a3) + a1) + a4) + x[3]
}

fn p43_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(core::f64::consts::PI);
    let a2 = if ((k::<D>(core::f64::consts::PI)) / a1.tanh().cosh()).re() <= (k::<D>(0.03)).re() {
        (((x[1].tanh() + (x[1] + (k::<D>(0.214)))).tanh())
            * ((((a1 + a1).atan()) * ((k::<D>(-1.63)) / ((k::<D>(2.0)) + a1.sin()))
                + x[4].asinh())
            .sin())
            + (((k::<D>(0.5))
                + (((k::<D>(1.0))
                    + ((((a1.sin() * ((k::<D>(0.5)).cosh()).ln()).exp()).tanh())
                        * (((a1.sin() * ((k::<D>(0.5)).cosh()).ln()).exp()).tanh())))
                    * ((k::<D>(1.0))
                        + ((((a1.sin() * ((k::<D>(0.5)).cosh()).ln()).exp()).tanh())
                            * (((a1.sin() * ((k::<D>(0.5)).cosh()).ln()).exp()).tanh())))))
            .ln_1p()))
    } else {
        if (-a1).re() >= (((k::<D>(2.0)) + x[1].sin()).log2()).re() {
            a1 * a1
        } else {
            ((k::<D>(BETA)) * x[0]) * datan2(k::<D>(0.36), -((k::<D>(0.5)) + (a1 * a1)))
        }
    };
    let a3 = if p39_d(a1.sin(), a2.cos(), a2.cos()).re() < (k::<D>(0.98)).re() {
        -dmin(x[0], k::<D>(-0.88))
    } else {
        k::<D>(-1.3)
    };
    let a1 = a1 - (k::<D>(BETA));
    let a4 = ((k::<D>(1.5)) + ((((k::<D>(2.0)) + a3.sin()).log10()).tanh())).powi(-1);
    (((a2 + a3) + a1) + a4) + x[3]
}

#[differentiable]
fn p44<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1: T = T::cos(x[0]) * ((c::<T>(BETA)) + (c::<T>(BETA)));
    let a2 = if a1.cos() * Float::sin(a1) >= a1 {
        x[2]
    } else {
        a1
    };
    let a3 = a1;
    let mut s4 = c::<T>(1.0);
    for &i5 in x.iter() {
        let mut s6 = c::<T>(0.5);
        for i7 in 0..x.len() / 2 {
            let a9 = if i7 > 2 {
                -((((c::<T>(1.0)) + ((c::<T>(W[i7])) * (c::<T>(W[i7])))).log(T::exp(
                    (c::<T>(0.5)) + ((c::<T>(0.4)) * x[2 * i7 + 1].sin()),
                )))
                .cos())
            } else {
                {
                    let t8 = Float::hypot(i5, c::<T>(1.0)).log10()
                        + (if x[2 * i7] < s6 { x[2 * i7 + 1] } else { s4 });
                    i5
                }
            };
            s4 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * s4.sin());
            s6 += (((x[2 * i7] - a2).sin()) * T::cos(a1.tanh().exp_m1())).cos();
        }
        s4 += s6.tanh();
    }
    for i10 in 0..2 {
        let mut m11 = Float::tanh(x[0].cosh()) * s4.sin();
        s4 = ((T::from(0.7).unwrap() * s4) + (a1 - x[1])).sin();
        if a2 * (c::<T>(i10 as f64)) >= T::from(-0.68).unwrap() {
            break;
        }
    }
    let a12 =
        (((c::<T>(-0.475)).tanh()) + (x[0] - (c::<T>(-0.13)))) * T::from(1.5).unwrap().cosh().abs();
    ((((a1 - a2) * a3) + s4) + a12) * x[2]
}

fn p44_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[0].cos() * ((k::<D>(BETA)) + (k::<D>(BETA)));
    let a2 = if (a1.cos() * a1.sin()).re() >= a1.re() {
        x[2]
    } else {
        a1
    };
    let a3 = a1;
    let mut s4 = k::<D>(1.0);
    for &i5 in x.iter() {
        let mut s6 = k::<D>(0.5);
        for i7 in 0..x.len() / 2 {
            let a9 = if i7 > 2 {
                -((((k::<D>(1.0)) + ((k::<D>(W[i7])) * (k::<D>(W[i7])))).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[2 * i7 + 1].sin())).exp()).ln())
                .cos())
            } else {
                {
                    let t8 = (((i5 * i5 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10())
                        + (if x[2 * i7].re() < s6.re() {
                            x[2 * i7 + 1]
                        } else {
                            s4
                        });
                    i5
                }
            };
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s4.sin());
            s6 += (((x[2 * i7] - a2).sin()) * a1.tanh().exp_m1().cos()).cos();
        }
        s4 += s6.tanh();
    }
    for i10 in 0..2 {
        let mut m11 = x[0].cosh().tanh() * s4.sin();
        s4 = (((k::<D>(0.7)) * s4) + (a1 - x[1])).sin();
        if (a2 * (k::<D>(i10 as f64))).re() >= (k::<D>(-0.68)).re() {
            break;
        }
    }
    let a12 =
        (((k::<D>(-0.475)).tanh()) + (x[0] - (k::<D>(-0.13)))) * (((k::<D>(1.5)).cosh()).abs());
    ((((a1 - a2) * a3) + s4) + a12) * x[2]
}

#[differentiable]
fn p45<T>(x0: T, x1: T, x2: T, nk: usize) -> T
where
    T: Float,
{
    let mut s1: T = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3: T = Float::sin(s1 - s1).cosh().sqrt();
        let a3: T = x1;
        s1 = s1 / ((c::<T>(1.0)) + (x1 * x1));
        s1 = s1 + Float::atan(((c::<T>(0.9)) * T::tanh(a3).sin()).atanh());
    }
    s1 = ((c::<T>(0.5)) * s1)
        + ({
            let t5 = {
                let t4 = s1;
                t4
            };
            x0
        });
    let a6 = x2;
    let mut m7 = (T::from(1.53).unwrap().sin().tan() * Float::cbrt(T::one() + (x0 * x0)))
        .atan2((c::<T>(0.5)) + (a6 * a6));
    for i8 in 0..3 {
        for i9 in (i8 + 1)..6 {
            if i8 < 1 {
                continue;
            }
            s1 = ((c::<T>(0.5)) * s1) + x2.sin();
            s1 = (((c::<T>(0.7)) * s1) + (m7 / ((c::<T>(2.0)) + Float::sin(m7)))).sin();
        }
        m7 = ((c::<T>(0.5)) * m7) + s1.atan().sin();
        s1 = ((c::<T>(0.5)) * s1) + Float::sin(c::<T>(0.3));
    }
    (((x1 + x2) * s1) + a6) + m7
}

fn p45_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3: D = (((s1 - s1).sin()).cosh()).sqrt();
        let a3: D = x1;
        s1 /= (k::<D>(1.0)) + (x1 * x1);
        s1 += (((k::<D>(0.9)) * a3.tanh().sin()).atanh()).atan();
    }
    s1 = ((k::<D>(0.5)) * s1)
        + ({
            let t5 = {
                let t4 = s1;
                t4
            };
            x0
        });
    let a6 = x2;
    let mut m7 = datan2(
        (((k::<D>(1.53)).sin()).tan()) * (((k::<D>(1.0)) + (x0 * x0)).cbrt()),
        (k::<D>(0.5)) + (a6 * a6),
    );
    for i8 in 0..3 {
        for i9 in (i8 + 1)..6 {
            if i8 < 1 {
                continue;
            }
            s1 = ((k::<D>(0.5)) * s1) + x2.sin();
            s1 = (((k::<D>(0.7)) * s1) + (m7 / ((k::<D>(2.0)) + m7.sin()))).sin();
        }
        m7 = ((k::<D>(0.5)) * m7) + s1.atan().sin();
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(0.3)).sin());
    }
    (((x1 + x2) * s1) + a6) + m7
}

#[differentiable]
fn p46(x: &[f64], y: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = -Float::cos(y);
        let a4 = a3 + x[4];
        s1 *= 1.0 + (0.3 * f64::cos(1.5 + x[3].sinh().tanh()));
        s1 = s1.min(f64::cos((2.0_f64 + ((-1.3).sin())).sqrt()));
    }
    let mut s5: f64 = 0.0;
    for &i6 in x.iter() {
        let mut s7: f64 = 0.0f64;
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            let a9 = i6.mul_add(s1.tanh(), (i8 as f64));
            s7 = s7.min(x[1].atan());
            s1 *= 1.0 + (0.3 * Float::cosh(s7.atan()).sin());
        }
        s5 = ((0.7 * s5) + (-0.445)).sin();
        s1 = s1.max(((y / (1.0_f64 + (x[0] * x[0]))) - x[1].tanh()).atan());
    }
    if (1.5f64 + Float::tanh(x[4])).powf(y) > 0.75 && core::f64::consts::PI > y {
        s5 *= 1.0 + (0.3 * f64::sin(-y));
    }
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        if Float::sin(s1.sin()).tan() <= -0.78 {
            s1 += (((i10 as f64).atan()).powi(2)).atan();
        }
        let mut s11 = 0.5_f64;
        if s5 - std::f64::consts::E >= 0.42 {
            break;
        }
        for &i12 in x.iter() {
            let a13 = (2.0 + BETA.cos().cosh().sin().exp().powi(0).sin()).cbrt();
            let a14 = (0.9 * x[0].atan2(0.5 + (x[0] * x[0])).sin().tanh()).asin();
            let a15: f64 = s1;
            s5 /= 1.0
                + (Float::cos((1.5 + Float::tanh(s5)).powf(s1.atan()))
                    * (((1.5f64 + Float::tanh(s5)).powf(f64::atan(s1))).cos()));
            s11 -= (0.596 - x[0]).cos();
        }
        s11 = (0.5 * s11)
            + f64::atan(
                ((((2.0 + x[3].sin()).cbrt()) * (core::f64::consts::PI * BETA)).sin())
                    * ((V[i10].mul_add(x[4], (i10 as f64)) * (s5.tanh() * s11.cos())).sin()),
            );
        s11 *= 1.0f64
            + (0.3
                * ((Float::atan((1.0 + ((i10 as f64) * (i10 as f64))).log10())
                    * f64::tanh(core::f64::consts::PI.tanh().cosh()))
                .sin()));
        s11 *= 1.0f64 + (0.3 * Float::sin(s5));
    }
    for i16 in 1..x.len() {
        let y = (1.1 + (s1.hypot(1.0) * s1.hypot(1.0))).acosh();
        let (u18, w19) = (
            {
                let t17 = (-1.99f64).min(s5);
                f64::clamp(x[i16 - 1], -1.02, 0.31_f64)
            },
            f64::hypot(s5, 1.0).cbrt() + x[i16 - 1].abs(),
        );
        s5 += 0.8_f64.mul_add(s5.sin(), s5).sin();
        s5 += f64::sin(s1);
    }
    let mut m20 = x[4] - (-1.1);
    (0.001 * ((((y + s1) + s5) + m20) + x[3])).tanh()
}

fn p46_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = -y.cos();
        let a4 = a3 + x[4];
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x[3].sinh().tanh()).cos()));
        s1 = dmin(s1, (((k::<D>(2.0)) + ((k::<D>(-1.3)).sin())).sqrt()).cos());
    }
    let mut s5: D = k::<D>(0.0);
    for &i6 in x.iter() {
        let mut s7: D = k::<D>(0.0);
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            let a9 = (i6 * s1.tanh() + (k::<D>(i8 as f64)));
            s7 = dmin(s7, x[1].atan());
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s7.atan().cosh().sin());
        }
        s5 = (((k::<D>(0.7)) * s5) + (k::<D>(-0.445))).sin();
        s1 = dmax(
            s1,
            ((y / ((k::<D>(1.0)) + (x[0] * x[0]))) - x[1].tanh()).atan(),
        );
    }
    if ((y * ((k::<D>(1.5)) + x[4].tanh()).ln()).exp()).re() > (k::<D>(0.75)).re()
        && (k::<D>(core::f64::consts::PI)).re() > y.re()
    {
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-y).sin()));
    }
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        if s1.sin().sin().tan().re() <= (k::<D>(-0.78)).re() {
            s1 += (((k::<D>(i10 as f64)).atan()).powi(2)).atan();
        }
        let mut s11 = k::<D>(0.5);
        if (s5 - (k::<D>(std::f64::consts::E))).re() >= (k::<D>(0.42)).re() {
            break;
        }
        for &i12 in x.iter() {
            let a13 = ((k::<D>(2.0))
                + (((((((k::<D>(BETA)).cos()).cosh()).sin()).exp()).powi(0)).sin()))
            .cbrt();
            let a14 =
                ((k::<D>(0.9)) * datan2(x[0], (k::<D>(0.5)) + (x[0] * x[0])).sin().tanh()).asin();
            let a15: D = s1;
            s5 /= (k::<D>(1.0))
                + ((((s1.atan() * ((k::<D>(1.5)) + s5.tanh()).ln()).exp()).cos())
                    * (((s1.atan() * ((k::<D>(1.5)) + s5.tanh()).ln()).exp()).cos()));
            s11 -= ((k::<D>(0.596)) - x[0]).cos();
        }
        s11 = ((k::<D>(0.5)) * s11)
            + (((((((k::<D>(2.0)) + x[3].sin()).cbrt())
                * ((k::<D>(core::f64::consts::PI)) * (k::<D>(BETA))))
            .sin())
                * ((((k::<D>(V[i10])) * x[4] + (k::<D>(i10 as f64))) * (s5.tanh() * s11.cos()))
                    .sin()))
            .atan());
        s11 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(1.0)) + ((k::<D>(i10 as f64)) * (k::<D>(i10 as f64)))).log10())
                    .atan())
                    * ((((k::<D>(core::f64::consts::PI)).tanh()).cosh()).tanh()))
                .sin()));
        s11 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s5.sin());
    }
    for i16 in 1..x.len() {
        let y = ((k::<D>(1.1))
            + (((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh();
        let (u18, w19) = (
            {
                let t17 = dmin(k::<D>(-1.99), s5);
                dclamp(x[i16 - 1], k::<D>(-1.02), k::<D>(0.31))
            },
            (((s5 * s5 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt()) + x[i16 - 1].abs(),
        );
        s5 += ((k::<D>(0.8)) * s5.sin() + s5).sin();
        s5 += s1.sin();
    }
    let mut m20 = x[4] - (k::<D>(-1.1));
    ((k::<D>(0.001)) * ((((y + s1) + s5) + m20) + x[3])).tanh()
}

#[differentiable]
fn p47<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let a1 = if ((c::<T>(1.5)) + x[2].tanh()).powf(y) < y * (c::<T>(BETA)) {
        y * x[2]
    } else {
        T::cosh(y).powf(y)
    };
    let (u2, w3) = (a1, ((c::<T>(1.0)) + (T::cos(a1) * a1.cos())).powi(-2));
    let mut s4: T = c::<T>(1.0);
    for i5 in 0..x.len() - 1 {
        let mut m6 = y;
        s4 += ((T::from(2.0).unwrap() + Float::sin(m6)).log2()).sin();
    }
    let a7 = ((c::<T>(2.0)) + ((c::<T>(core::f64::consts::PI)).sin())).log2();
    let a9: T = ((({
        let t8 = y;
        y
    }) * (((c::<T>(1.0)) + (x[0] * x[0])).sqrt()))
    .trunc())
        * ((((((c::<T>(0.9)) * T::sin(T::from(-0.6).unwrap())).asin()).tanh()).exp_m1()).cos());
    ((((u2 + w3) + s4) + a7) + a9) + x[0]
}

fn p47_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if ((y * ((k::<D>(1.5)) + x[2].tanh()).ln()).exp()).re() < (y * (k::<D>(BETA))).re() {
        y * x[2]
    } else {
        (y * y.cosh().ln()).exp()
    };
    let (u2, w3) = (a1, ((k::<D>(1.0)) + (a1.cos() * a1.cos())).powi(-2));
    let mut s4: D = k::<D>(1.0);
    for i5 in 0..x.len() - 1 {
        let mut m6 = y;
        s4 += (((k::<D>(2.0)) + m6.sin()).log2()).sin();
    }
    let a7 = ((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin())).log2();
    let a9: D = (k::<D>(
        (({
            let t8 = y;
            y
        }) * (((k::<D>(1.0)) + (x[0] * x[0])).sqrt()))
        .re()
        .trunc(),
    )) * ((((((k::<D>(0.9)) * ((k::<D>(-0.6)).sin())).asin()).tanh()).exp_m1()).cos());
    ((((u2 + w3) + s4) + a7) + a9) + x[0]
}

#[differentiable]
fn p48(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut s1: f64 = 0.5;
    for i2 in 0..3 {
        let a3 = if f64::powi(f64::hypot(BETA, 1.0), -2) >= -0.08 {
            (i2 as f64)
        } else {
            f64::atan(x0 + s1) * x0.mul_add(Float::sin(s1), s1).sin()
        };
        s1 = ((0.7 * s1) + ((2.0f64 + (((i2 as f64).cos()).sin())).sqrt())).sin();
    }
    s1 = (0.5 * s1) + (f64::exp_m1(x1.exp().atan()) / (2.0 + f64::sin(x0).tan().sin()));
    let a4 = x0;
    for i5 in 0..nk {
        let mut s6 = 0.5;
        for i7 in 2..4 {
            let mut m8 = (1.5_f64
                + (((1.0 + (a4.exp_m1().cos() * f64::cos(a4.exp_m1()))).powi(-1)).tanh()))
            .log2();
            let a9 = Float::tan(s1.cos().exp_m1().atan().sin());
            s6 += Float::sin(-((1.0_f64 + (s6.cos() * s6.cos())).powi(0)));
            s1 = (0.5_f64 * s1)
                + Float::tanh((s6 - m8) / (1.5 + f64::tanh(a4.sin() * f64::tanh(s1))));
        }
        if i5 == 3 {
            s1 *= 1.0 + (0.3 * s1.tanh().exp().cos());
        } else {
            s1 *= 1.0f64 + (0.3 * f64::sin(s6.hypot(0.5_f64 + (x1 * x1))));
        }
        let (u10, w11) = (x0.clamp(-1.44, 0.26), s1 / ALPHA.atan().exp());
        s1 += f64::powi(f64::cosh(w11.cos()), 0).atan();
    }
    let mut s12 = 1.0;
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        let a14 = p27(x0, f64::atan(p27(s1.atan(), s1.atan())));
        let mut s15: f64 = 0.0;
        for i16 in 0..nk {
            let a17 = x0;
            let a18 = Float::acos(0.9 * a14.sin());
            s1 = s1.min(s12.cos());
        }
        let a19: f64 = a4;
        s1 *= 1.0 + (0.3 * p14(s12.tanh(), x0).sin());
    }
    let (u20, w21) = (a4.mul_add(f64::sin(s12), (1.5 + s1.tanh()).powf(x0)), x1);
    let a22 = (s12 + s12) + f64::atan(-1.3f64);
    (((a4 + s12) + u20) + w21) + a22
}

fn p48_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 0..3 {
        let a3 = if ((((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            .powi(-2))
        .re()
            >= (k::<D>(-0.08)).re()
        {
            k::<D>(i2 as f64)
        } else {
            ((x0 + s1).atan()) * ((x0 * s1.sin() + s1).sin())
        };
        s1 = (((k::<D>(0.7)) * s1)
            + (((k::<D>(2.0)) + (((k::<D>(i2 as f64)).cos()).sin())).sqrt()))
        .sin();
    }
    s1 = ((k::<D>(0.5)) * s1) + (x1.exp().atan().exp_m1() / ((k::<D>(2.0)) + x0.sin().tan().sin()));
    let a4 = x0;
    for i5 in 0..nk {
        let mut s6 = k::<D>(0.5);
        for i7 in 2..4 {
            let mut m8 = ((k::<D>(1.5))
                + ((((k::<D>(1.0)) + (a4.exp_m1().cos() * a4.exp_m1().cos())).powi(-1)).tanh()))
            .log2();
            let a9 = s1.cos().exp_m1().atan().sin().tan();
            s6 += (-(((k::<D>(1.0)) + (s6.cos() * s6.cos())).powi(0))).sin();
            s1 = ((k::<D>(0.5)) * s1)
                + (((s6 - m8) / ((k::<D>(1.5)) + ((a4.sin() * s1.tanh()).tanh()))).tanh());
        }
        if i5 == 3 {
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.tanh().exp().cos());
        } else {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((s6 * s6 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
                        .sqrt())
                    .sin()));
        }
        let (u10, w11) = (
            dclamp(x0, k::<D>(-1.44), k::<D>(0.26)),
            s1 / (((k::<D>(ALPHA)).atan()).exp()),
        );
        s1 += w11.cos().cosh().powi(0).atan();
    }
    let mut s12 = k::<D>(1.0);
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        let a14 = p27_d(x0, p27_d(s1.atan(), s1.atan()).atan());
        let mut s15: D = k::<D>(0.0);
        for i16 in 0..nk {
            let a17 = x0;
            let a18 = ((k::<D>(0.9)) * a14.sin()).acos();
            s1 = dmin(s1, s12.cos());
        }
        let a19: D = a4;
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * p14_d(s12.tanh(), x0).sin());
    }
    let (u20, w21) = (
        (a4 * s12.sin() + ((x0 * ((k::<D>(1.5)) + s1.tanh()).ln()).exp())),
        x1,
    );
    let a22 = (s12 + s12) + ((k::<D>(-1.3)).atan());
    (((a4 + s12) + u20) + w21) + a22
}

#[differentiable]
fn p49<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1: T = (((c::<T>(0.5)) + (x[3].cosh() * x[3].cosh())).ln_1p()) + (c::<T>(BETA));
    let mut s2 = c::<T>(0.5);
    for i3 in 0..x.len() {
        s2 *= T::one() + ((c::<T>(0.3)) * (((c::<T>(1.5)) + x[i3].tanh()).cos()));
        if i3 == 5 {
            s2 = ((T::from(0.7).unwrap() * s2) + Float::sqrt((c::<T>(2.0)) + x[i3].sin())).cos();
        }
        if s2 <= T::exp(T::tanh(s2)) {
            break;
        }
        for i4 in x {
            let a5 = if Float::recip(a1.atan().cosh()) <= c::<T>(0.93) {
                ((c::<T>(1.5)) + ((-a1).tanh())).powf((c::<T>(i3 as f64)).sin())
            } else {
                T::sqrt(
                    (c::<T>(1.0))
                        + (Float::mul_add(*i4, *i4, s2).tanh() * (((*i4).mul_add(*i4, s2)).tanh())),
                )
            };
            let a6: T = ((c::<T>(1.0)) + (a5.max(x[i3]).sin() * Float::sin(a5.max(x[i3])))).cbrt();
            s2 -= Float::atan(a1.atan2((c::<T>(0.5)) + (s2 * s2)));
        }
        s2 -= T::cos(x[i3].atan() * x[i3]);
        s2 += T::tanh(x[i3].min(a1));
    }
    let mut s7 = c::<T>(1.0);
    for i8 in 0..x.len() {
        if ((c::<T>(1.0)) + (x[i8] * x[i8])).log10() >= c::<T>(-0.23) {
            continue;
        }
        let mut s9: T = T::one();
        for i10 in 0..x.len() {
            s7 -= Float::sin(
                x[i10].tanh()
                    - x[i10]
                        .hypot(T::one())
                        .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * x[i10].sin())).exp()),
            );
            let a11 = ((((c::<T>(1.5)) + s9.cos().tanh()).powf(x[i10])).cos()).exp_m1();
            let a1: T = (((c::<T>(1.5)) + T::tanh(c::<T>(0.76))).powi(0)) - (x[i10] + x[i10]);
            s7 += (((c::<T>(-0.341)) / (T::from(2.0).unwrap() + x[i10].sin()))
                + (((c::<T>(1.1)) + (T::hypot(s2, T::one()) * s2.hypot(c::<T>(1.0)))).acosh()))
            .tanh();
        }
        s2 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * s2.sin());
        let a12 = s2 / ((c::<T>(2.0)) + ((c::<T>(std::f64::consts::E)).sin()));
        s9 -= Float::cos(T::from(-0.5).unwrap().hypot(T::one()).cbrt());
        s2 = Float::sin(
            (T::from(0.7).unwrap() * s2)
                + Float::atanh(T::from(0.9).unwrap() * T::tanh(T::tanh(s7)))
                    .tanh()
                    .cosh(),
        );
    }
    let mut m13 = x[4];
    let a14 = ((c::<T>(1.0))
        + (((T::from(1.5).unwrap() + T::exp(m13).tanh()).cbrt())
            * (((c::<T>(1.5)) + T::exp(m13).tanh()).cbrt())))
    .cbrt();
    ((((a1 - s2) + s7) + m13) - a14) + x[2]
}

fn p49_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (((k::<D>(0.5)) + (x[3].cosh() * x[3].cosh())).ln_1p()) + (k::<D>(BETA));
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x[i3].tanh()).cos()));
        if i3 == 5 {
            s2 = (((k::<D>(0.7)) * s2) + (((k::<D>(2.0)) + x[i3].sin()).sqrt())).cos();
        }
        if s2.re() <= s2.tanh().exp().re() {
            break;
        }
        for i4 in x {
            let a5 = if a1.atan().cosh().recip().re() <= (k::<D>(0.93)).re() {
                (((k::<D>(i3 as f64)).sin()) * ((k::<D>(1.5)) + ((-a1).tanh())).ln()).exp()
            } else {
                ((k::<D>(1.0)) + ((((*i4) * (*i4) + s2).tanh()) * (((*i4) * (*i4) + s2).tanh())))
                    .sqrt()
            };
            let a6: D = ((k::<D>(1.0)) + (dmax(a5, x[i3]).sin() * dmax(a5, x[i3]).sin())).cbrt();
            s2 -= datan2(a1, (k::<D>(0.5)) + (s2 * s2)).atan();
        }
        s2 -= (x[i3].atan() * x[i3]).cos();
        s2 += dmin(x[i3], a1).tanh();
    }
    let mut s7 = k::<D>(1.0);
    for i8 in 0..x.len() {
        if (((k::<D>(1.0)) + (x[i8] * x[i8])).log10()).re() >= (k::<D>(-0.23)).re() {
            continue;
        }
        let mut s9: D = k::<D>(1.0);
        for i10 in 0..x.len() {
            s7 -= (x[i10].tanh()
                - (((x[i10] * x[i10] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[i10].sin())).exp()).ln()))
            .sin();
            let a11 = (((x[i10] * ((k::<D>(1.5)) + s9.cos().tanh()).ln()).exp()).cos()).exp_m1();
            let a1: D = (((k::<D>(1.5)) + ((k::<D>(0.76)).tanh())).powi(0)) - (x[i10] + x[i10]);
            s7 += (((k::<D>(-0.341)) / ((k::<D>(2.0)) + x[i10].sin()))
                + (((k::<D>(1.1))
                    + (((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh()))
            .tanh();
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.sin());
        let a12 = s2 / ((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin()));
        s9 -= ((((k::<D>(-0.5)) * (k::<D>(-0.5)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt())
            .cos();
        s2 = (((k::<D>(0.7)) * s2)
            + (((((k::<D>(0.9)) * s7.tanh().tanh()).atanh()).tanh()).cosh()))
        .sin();
    }
    let mut m13 = x[4];
    let a14 = ((k::<D>(1.0))
        + ((((k::<D>(1.5)) + m13.exp().tanh()).cbrt())
            * (((k::<D>(1.5)) + m13.exp().tanh()).cbrt())))
    .cbrt();
    ((((a1 - s2) + s7) + m13) - a14) + x[2]
}

#[differentiable]
fn p50(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        (-(-1.393f64))
            .hypot(0.5_f64 + (((-1.8_f64) / x2.hypot(1.0_f64)) * ((-1.8) / f64::hypot(x2, 1.0)))),
        f64::log10(1.6.mul_add(x2, 0.26).tanh().cosh()),
    );
    let u1 = p18(f64::atan(w2), (x0 + w2).atan(), (x2 * 1.25f64).cos());
    if (1.0f64 + (x0 * x0)).ln() <= 0.77 {
        return (0.5
            + ((1.5 + f64::tanh(if x0 > -0.11 { x1 } else { x2 }))
                * (1.5_f64 + Float::tanh(if x0 > -0.11 { x1 } else { x2 }))))
        .ln_1p();
    }
    let a3 = if f64::min(x1, u1) >= x0.exp() && 1.6 <= x0 {
        (-0.155) * Float::powi((u1 + x1).sin(), 1)
    } else {
        f64::hypot((-1.801).sin(), 1.0f64).recip()
            + f64::cbrt(f64::exp(if u1 > -0.81_f64 { -0.429f64 } else { -0.2 }))
    };
    (((x1 + x2) + w2) - u1) * a3
}

fn p50_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        ((-(k::<D>(-1.393))) * (-(k::<D>(-1.393)))
            + ((k::<D>(0.5))
                + (((k::<D>(-1.8)) / ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                    * ((k::<D>(-1.8)) / ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))))
                * ((k::<D>(0.5))
                    + (((k::<D>(-1.8)) / ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                        * ((k::<D>(-1.8)) / ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))))
        .sqrt(),
        ((((k::<D>(1.6)) * x2 + (k::<D>(0.26))).tanh()).cosh()).log10(),
    );
    let u1 = p18_d(w2.atan(), (x0 + w2).atan(), (x2 * (k::<D>(1.25))).cos());
    if (((k::<D>(1.0)) + (x0 * x0)).ln()).re() <= (k::<D>(0.77)).re() {
        return ((k::<D>(0.5))
            + (((k::<D>(1.5))
                + ((if x0.re() > (k::<D>(-0.11)).re() {
                    x1
                } else {
                    x2
                })
                .tanh()))
                * ((k::<D>(1.5))
                    + ((if x0.re() > (k::<D>(-0.11)).re() {
                        x1
                    } else {
                        x2
                    })
                    .tanh()))))
        .ln_1p();
    }
    let a3 = if dmin(x1, u1).re() >= x0.exp().re() && (k::<D>(1.6)).re() <= x0.re() {
        (k::<D>(-0.155)) * (((u1 + x1).sin()).powi(1))
    } else {
        (((((k::<D>(-1.801)).sin()) * ((k::<D>(-1.801)).sin()) + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
        .recip())
            + (((if u1.re() > (k::<D>(-0.81)).re() {
                k::<D>(-0.429)
            } else {
                k::<D>(-0.2)
            })
            .exp())
            .cbrt())
    };
    (((x1 + x2) + w2) - u1) * a3
}

#[differentiable]
fn p51<T>(x: [T; 6], y: T) -> T
where
    T: Float,
{
    let mut m1 = (c::<T>(0.52)) + x[3];
    let a2 = ((-x[1].hypot((c::<T>(0.5)) + (m1 * m1))).sin()).exp_m1();
    m1 = m1
        * (T::one()
            + (T::from(0.3).unwrap()
                * ((((((c::<T>(0.5)) + (y.exp() * y.exp())).ln_1p())
                    / (T::from(2.0).unwrap() + ((T::signum(m1) * (c::<T>(-2.0))).sin())))
                    - ((((c::<T>(ALPHA)).atan()).sinh()).asinh()))
                .sin())));
    if x[1] / ((c::<T>(1.5)) + Float::tanh(a2)) > c::<T>(0.41) {
        m1 = m1
            - ((((c::<T>(1.0)) + ((c::<T>(0.9)) * (c::<T>(0.9)))).powi(0))
                * m1.mul_add(a2.sin(), m1));
    } else {
        m1 = m1
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::sin(y + ((T::from(1.5).unwrap() + T::tanh(c::<T>(-0.591))).log10()))));
    }
    let a4 = {
        let t3 = T::ln_1p(
            (c::<T>(0.5))
                + ((T::from(1.5).unwrap() + T::tanh(x[5])) * ((c::<T>(1.5)) + x[5].tanh())),
        );
        t3 / a2.atan().cosh()
    };
    if a4.powi(1) < x[2].atan2((c::<T>(0.5)) + (y * y)) {
        m1 = m1 + T::sqrt(Float::cosh(x[0]));
    } else {
        m1 = m1 + x[1].atan2(-((c::<T>(0.5)) + (a2 * a2)));
    }
    (((y + m1) - a2) + a4) + x[0]
}

fn p51_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = (k::<D>(0.52)) + x[3];
    let a2 = ((-((x[1] * x[1] + ((k::<D>(0.5)) + (m1 * m1)) * ((k::<D>(0.5)) + (m1 * m1)))
        .sqrt()))
    .sin())
    .exp_m1();
    m1 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((((((k::<D>(0.5)) + (y.exp() * y.exp())).ln_1p())
                / ((k::<D>(2.0)) + (((k::<D>(m1.re().signum())) * (k::<D>(-2.0))).sin())))
                - ((((k::<D>(ALPHA)).atan()).sinh()).asinh()))
            .sin()));
    if (x[1] / ((k::<D>(1.5)) + a2.tanh())).re() > (k::<D>(0.41)).re() {
        m1 -= (((k::<D>(1.0)) + ((k::<D>(0.9)) * (k::<D>(0.9)))).powi(0)) * (m1 * a2.sin() + m1);
    } else {
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((y + (((k::<D>(1.5)) + ((k::<D>(-0.591)).tanh())).log10())).sin()));
    }
    let a4 = {
        let t3 = ((k::<D>(0.5)) + (((k::<D>(1.5)) + x[5].tanh()) * ((k::<D>(1.5)) + x[5].tanh())))
            .ln_1p();
        t3 / a2.atan().cosh()
    };
    if a4.powi(1).re() < datan2(x[2], (k::<D>(0.5)) + (y * y)).re() {
        m1 += x[0].cosh().sqrt();
    } else {
        m1 += datan2(x[1], -((k::<D>(0.5)) + (a2 * a2)));
    }
    (((y + m1) - a2) + a4) + x[0]
}

#[differentiable]
fn p52(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0_f64;
    for i2 in 1..5 {
        let (u3, w4) = (
            f64::cosh(x2) - Float::exp(Float::sin(s1).exp().atan()).powi(0),
            (((s1 / (1.0 + (x1 * x1))).atan()) * (s1.cos() * s1.tanh()))
                + ((2.0f64 + x1.sin().tan().sin())
                    .log(Float::exp(0.5 + (0.4_f64 * (((x0 - x2).sin()).sin()))))),
        );
        s1 -= ((0.9 * f64::sin(x1 + w4).tanh()).acos()).cos();
        s1 -= ({
            let t5 = x2;
            f64::asin(0.9 * x0.sin())
        })
        .tanh();
    }
    let a6 = if Float::tan(Float::sin(Float::cos(core::f64::consts::PI))) < -0.65f64 {
        s1.tanh().cosh()
    } else {
        f64::cos(x2)
    };
    let a7 = x2
        - f64::atan2(
            0.201 / (2.0 + ((-1.729).sin())),
            -(0.5 + ((x2 / (1.5_f64 + ((-1.26).tanh()))) * (x2 / (1.5f64 + ((-1.26f64).tanh()))))),
        );
    let mut s8 = 1.0;
    for i9 in 2..3 {
        let a6 = (x2 * (i9 as f64)) / (1.0f64 + ((s1.tanh() * x1) * (Float::tanh(s1) * x1)));
        let a11 = if x0 / (1.0 + (x1 * x1)) < -0.44 {
            (((s1 + 0.54_f64).cos()).mul_add((s8 - a6).sin(), if -0.24f64 >= x2 { x2 } else { x1 }))
                .min((Float::atan(-1.141) * s1.sin()) / (2.0 + Float::sin(s8 - x0)))
        } else {
            ({
                let t10 = s8;
                (i9 as f64).sin()
            }) - Float::atanh(0.9 * f64::atan(V[i9]).sin())
        };
        s1 *= 1.0
            + (0.3 * Float::cbrt(2.0 + (((s8 / (2.0_f64 + f64::sin(0.35))).abs()).sin())).sin());
        s8 -= f64::powi(1.0 + ((-0.459f64) * (-0.459)), -1).exp2().atan();
    }
    let mut s12 = 1.0;
    for i13 in 1..=3 {
        let mut i14 = 0;
        while i14 < 3 {
            i14 += 1;
            s1 -= Float::cos(
                0.7.cos()
                    .cosh()
                    .log(f64::exp(
                        0.5_f64 + (0.4_f64 * f64::sin(f64::tanh(a7.tanh().exp()))),
                    ))
                    .atan()
                    .mul_add(
                        (if i13 != 3 {
                            a6 + s12
                        } else {
                            f64::sinh((i14 as f64).cos())
                        })
                        .sin(),
                        Float::exp_m1(x1),
                    ),
            );
            s1 = Float::cos((0.7 * s1) + ((1.5 + Float::tanh(a6.hypot(1.0).cbrt())).sqrt()));
        }
        let mut s15 = 0.0;
        for i16 in (i13 + 1)..6 {
            let a17 = (-(core::f64::consts::PI - s1)) - s15;
            s15 -= (x1 / a17.atan().cosh()).cos();
        }
        let (u18, w19) = (
            (1.0_f64
                + (Float::exp_m1(f64::atan(Float::powi(Float::tanh(a6).exp(), -2))).cos()
                    * f64::exp_m1(a6.tanh().exp().powi(-2).atan()).cos()))
            .powi(0),
            f64::recip((-x1).cosh()),
        );
        s15 = (0.5 * s15) + ((0.9 * f64::max(w19, x0)).cos());
        s8 -= s15.cos();
    }
    (0.001 * ((((s1 + a6) + a7) + s8) + s12)).tanh()
}

fn p52_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 1..5 {
        let (u3, w4) = (
            x2.cosh() - s1.sin().exp().atan().exp().powi(0),
            (((s1 / ((k::<D>(1.0)) + (x1 * x1))).atan()) * (s1.cos() * s1.tanh()))
                + (((k::<D>(2.0)) + x1.sin().tan().sin()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((x0 - x2).sin()).sin()))).exp()).ln()),
        );
        s1 -= (((k::<D>(0.9)) * (((x1 + w4).sin()).tanh())).acos()).cos();
        s1 -= ({
            let t5 = x2;
            ((k::<D>(0.9)) * x0.sin()).asin()
        })
        .tanh();
    }
    let a6 = if ((((k::<D>(core::f64::consts::PI)).cos()).sin()).tan()).re() < (k::<D>(-0.65)).re()
    {
        s1.tanh().cosh()
    } else {
        x2.cos()
    };
    let a7 = x2
        - datan2(
            (k::<D>(0.201)) / ((k::<D>(2.0)) + ((k::<D>(-1.729)).sin())),
            -((k::<D>(0.5))
                + ((x2 / ((k::<D>(1.5)) + ((k::<D>(-1.26)).tanh())))
                    * (x2 / ((k::<D>(1.5)) + ((k::<D>(-1.26)).tanh()))))),
        );
    let mut s8 = k::<D>(1.0);
    for i9 in 2..3 {
        let a6 =
            (x2 * (k::<D>(i9 as f64))) / ((k::<D>(1.0)) + ((s1.tanh() * x1) * (s1.tanh() * x1)));
        let a11 = if (x0 / ((k::<D>(1.0)) + (x1 * x1))).re() < (k::<D>(-0.44)).re() {
            dmin(
                (((s1 + (k::<D>(0.54))).cos()) * ((s8 - a6).sin())
                    + (if (k::<D>(-0.24)).re() >= x2.re() {
                        x2
                    } else {
                        x1
                    })),
                (((k::<D>(-1.141)).atan()) * s1.sin()) / ((k::<D>(2.0)) + ((s8 - x0).sin())),
            )
        } else {
            ({
                let t10 = s8;
                (k::<D>(i9 as f64)).sin()
            }) - (((k::<D>(0.9)) * (((k::<D>(V[i9])).atan()).sin())).atanh())
        };
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(2.0))
                    + (((s8 / ((k::<D>(2.0)) + ((k::<D>(0.35)).sin()))).abs()).sin()))
                .cbrt())
                .sin()));
        s8 -= ((((k::<D>(1.0)) + ((k::<D>(-0.459)) * (k::<D>(-0.459)))).powi(-1)).exp2()).atan();
    }
    let mut s12 = k::<D>(1.0);
    for i13 in 1..=3 {
        let mut i14 = 0;
        while i14 < 3 {
            i14 += 1;
            s1 -= ((((((k::<D>(0.7)).cos()).cosh()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a7.tanh().exp().tanh().sin())).exp()).ln())
            .atan())
                * ((if i13 != 3 {
                    a6 + s12
                } else {
                    ((k::<D>(i14 as f64)).cos()).sinh()
                })
                .sin())
                + x1.exp_m1())
            .cos();
            s1 = (((k::<D>(0.7)) * s1)
                + (((k::<D>(1.5))
                    + ((((a6 * a6 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt()).tanh()))
                .sqrt()))
            .cos();
        }
        let mut s15 = k::<D>(0.0);
        for i16 in (i13 + 1)..6 {
            let a17 = (-((k::<D>(core::f64::consts::PI)) - s1)) - s15;
            s15 -= (x1 / a17.atan().cosh()).cos();
        }
        let (u18, w19) = (
            ((k::<D>(1.0))
                + (a6.tanh().exp().powi(-2).atan().exp_m1().cos()
                    * a6.tanh().exp().powi(-2).atan().exp_m1().cos()))
            .powi(0),
            ((-x1).cosh()).recip(),
        );
        s15 = ((k::<D>(0.5)) * s15) + (((k::<D>(0.9)) * dmax(w19, x0)).cos());
        s8 -= s15.cos();
    }
    ((k::<D>(0.001)) * ((((s1 + a6) + a7) + s8) + s12)).tanh()
}

#[differentiable]
fn p53<T: Float>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (
        Float::mul_add(
            T::sin(Float::cosh(x1).sqrt().hypot(c::<T>(1.0)).log2()),
            x0,
            x2,
        ),
        ((((c::<T>(0.9)) * ((x2 + (c::<T>(-0.17))).tanh())).atanh()).cos()).powi(1),
    );
    let mut m3: T = -x1;
    let mut m4: T = x2.powi(3);
    let mut m5: T = (((c::<T>(1.0)) + (x0.cosh().atan() * T::atan(Float::cosh(x0)))).cbrt())
        - ((x2 * m4).tanh());
    let mut s6: T = c::<T>(0.0);
    for i7 in 1..4 {
        let mut s8 = c::<T>(1.0);
        if m3 + u1 >= T::from(-0.08).unwrap() {
            continue;
        }
        let mut i9 = 0;
        while i9 < 4 {
            i9 += 1;
            let (u10, w11) = (s8 - u1, x1 - (c::<T>(BETA)));
            let a12 = T::atan((c::<T>(W[i9])) - u1).exp_m1()
                - ((T::from(0.5).unwrap()
                    + ((T::one()
                        + (((if i7 <= 2 { c::<T>(-1.44) } else { s6 }).atan())
                            * ((if i7 <= 2 { c::<T>(-1.44) } else { s6 }).atan())))
                        * ((c::<T>(1.0))
                            + (((if i7 <= 2 { c::<T>(-1.44) } else { s6 }).atan())
                                * ((if i7 <= 2 { c::<T>(-1.44) } else { s6 }).atan())))))
                .ln_1p());
            let mut m13 = c::<T>(V[i9]);
            s6 = T::min(s6, T::sin(x1));
            m13 = ((c::<T>(0.5)) * m13)
                + ((w2 * (((c::<T>(1.5)) + Float::tanh(w11)).powi(-2))).sin());
        }
        s6 = s6 + T::tanh(x2);
        m4 = m4 - T::sin(w2);
    }
    let w2 = (x0 - (c::<T>(-0.11))) * T::sin(s6).sin().tan();
    T::tanh((c::<T>(0.001)) * ((((m3 - m4) * m5) + s6) + w2))
}

fn p53_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (((((x1.cosh().sqrt() * x1.cosh().sqrt() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2())
            .sin())
            * x0
            + x2),
        ((((k::<D>(0.9)) * ((x2 + (k::<D>(-0.17))).tanh())).atanh()).cos()).powi(1),
    );
    let mut m3: D = -x1;
    let mut m4: D = x2.powi(3);
    let mut m5: D =
        (((k::<D>(1.0)) + (x0.cosh().atan() * x0.cosh().atan())).cbrt()) - ((x2 * m4).tanh());
    let mut s6: D = k::<D>(0.0);
    for i7 in 1..4 {
        let mut s8 = k::<D>(1.0);
        if (m3 + u1).re() >= (k::<D>(-0.08)).re() {
            continue;
        }
        let mut i9 = 0;
        while i9 < 4 {
            i9 += 1;
            let (u10, w11) = (s8 - u1, x1 - (k::<D>(BETA)));
            let a12 = ((((k::<D>(W[i9])) - u1).atan()).exp_m1())
                - (((k::<D>(0.5))
                    + (((k::<D>(1.0))
                        + (((if i7 <= 2 { k::<D>(-1.44) } else { s6 }).atan())
                            * ((if i7 <= 2 { k::<D>(-1.44) } else { s6 }).atan())))
                        * ((k::<D>(1.0))
                            + (((if i7 <= 2 { k::<D>(-1.44) } else { s6 }).atan())
                                * ((if i7 <= 2 { k::<D>(-1.44) } else { s6 }).atan())))))
                .ln_1p());
            let mut m13 = k::<D>(V[i9]);
            s6 = dmin(s6, x1.sin());
            m13 = ((k::<D>(0.5)) * m13) + ((w2 * (((k::<D>(1.5)) + w11.tanh()).powi(-2))).sin());
        }
        s6 += x2.tanh();
        m4 -= w2.sin();
    }
    let w2 = (x0 - (k::<D>(-0.11))) * s6.sin().sin().tan();
    ((k::<D>(0.001)) * ((((m3 - m4) * m5) + s6) + w2)).tanh()
}

#[differentiable]
fn p54<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut m1 = T::exp(x0.exp_m1().cos()).sin().exp_m1();
    let mut s2 = c::<T>(0.0);
    for i3 in 1..3 {
        let mut s4 = c::<T>(0.5);
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let (u6, w7) = (s4.clamp(c::<T>(-1.45), c::<T>(0.37)), x0 * x1);
            s2 /= T::hypot(u6.exp2(), T::one());
            if i3 != 2 {
                s2 += (x2.hypot(
                    (c::<T>(0.5))
                        + (((T::from(0.9).unwrap() * T::sin(x2)).atanh())
                            * T::atanh((c::<T>(0.9)) * x2.sin())),
                ) - (((x2 + s2).sin()) * x2))
                    .atan();
            } else {
                s2 *= T::one()
                    + ((c::<T>(0.3))
                        * Float::sin(
                            T::cosh(Float::atan(((c::<T>(0.9)) * u6.sin()).atanh()))
                                / T::hypot(c::<T>(-0.952), c::<T>(1.0)),
                        ));
            }
            s2 -= ((-(c::<T>(V[i5]))) + x0.max(x2)).tanh();
            if T::powf(s2.tanh().exp(), (c::<T>(std::f64::consts::E)).atan()) >= c::<T>(0.66) {
                break;
            }
        }
        let mut m8: T = (-x0).sinh();
        m1 += T::cos((c::<T>(i3 as f64)) / x0.hypot(c::<T>(1.0)));
        s4 -= Float::cos(Float::cos(m8 - x1) * ((m8 / (T::from(1.5).unwrap() + s4.tanh())).tanh()));
    }
    let a9 = (((c::<T>(0.23)) * x0).sin()) + (((c::<T>(2.0)) + ((x2 - m1).sin())).sqrt());
    let a9 = m1 + ((a9 * x0) + a9.tanh().exp());
    let mut m10 = x0.cos();
    T::tanh((c::<T>(0.001)) * ((((x2 + m1) + s2) + a9) + m10))
}

fn p54_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = x0.exp_m1().cos().exp().sin().exp_m1();
    let mut s2 = k::<D>(0.0);
    for i3 in 1..3 {
        let mut s4 = k::<D>(0.5);
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let (u6, w7) = (dclamp(s4, k::<D>(-1.45), k::<D>(0.37)), x0 * x1);
            s2 /= (u6.exp2() * u6.exp2() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
            if i3 != 2 {
                s2 += (((x2 * x2
                    + ((k::<D>(0.5))
                        + ((((k::<D>(0.9)) * x2.sin()).atanh())
                            * (((k::<D>(0.9)) * x2.sin()).atanh())))
                        * ((k::<D>(0.5))
                            + ((((k::<D>(0.9)) * x2.sin()).atanh())
                                * (((k::<D>(0.9)) * x2.sin()).atanh()))))
                .sqrt())
                    - (((x2 + s2).sin()) * x2))
                    .atan();
            } else {
                s2 *= (k::<D>(1.0))
                    + ((k::<D>(0.3))
                        * (((((((k::<D>(0.9)) * u6.sin()).atanh()).atan()).cosh())
                            / (((k::<D>(-0.952)) * (k::<D>(-0.952))
                                + (k::<D>(1.0)) * (k::<D>(1.0)))
                            .sqrt()))
                        .sin()));
            }
            s2 -= ((-(k::<D>(V[i5]))) + dmax(x0, x2)).tanh();
            if ((((k::<D>(std::f64::consts::E)).atan()) * s2.tanh().exp().ln()).exp()).re()
                >= (k::<D>(0.66)).re()
            {
                break;
            }
        }
        let mut m8: D = (-x0).sinh();
        m1 += ((k::<D>(i3 as f64)) / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).cos();
        s4 -= (((m8 - x1).cos()) * ((m8 / ((k::<D>(1.5)) + s4.tanh())).tanh())).cos();
    }
    let a9 = (((k::<D>(0.23)) * x0).sin()) + (((k::<D>(2.0)) + ((x2 - m1).sin())).sqrt());
    let a9 = m1 + ((a9 * x0) + a9.tanh().exp());
    let mut m10 = x0.cos();
    ((k::<D>(0.001)) * ((((x2 + m1) + s2) + a9) + m10)).tanh()
}

#[differentiable]
fn p55<T: Float + NumAssign>(x: [T; 5], y: T) -> T {
    let mut s1 = c::<T>(0.5);
    for i2 in 0..x.len() {
        s1 = s1.max(Float::sin(x[i2].cosh()));
        let y = Float::recip((c::<T>(1.5)) + x[i2].tanh());
        let a3 = ((c::<T>(1.1))
            + (((c::<T>(1.0)) + ((-y) * (-y))) * ((c::<T>(1.0)) + ((-y) * (-y)))))
            .acosh();
        if i2 < 0 {
            continue;
        }
        s1 -= T::tanh(s1 + a3);
    }
    let mut s4 = c::<T>(0.5);
    for i5 in 0..x.len() / 2 {
        let mut m6 = ((c::<T>(0.9)) * ((x[2 * i5] * x[2 * i5 + 1]).tanh())).atanh();
        let mut s7 = c::<T>(0.0);
        for i8 in 0..x.len() / 2 {
            let a9 = x[2 * i8] / x[2 * i8].exp();
            let a10 = s7.max(
                (-x[2 * i8 + 1])
                    / Float::hypot(((c::<T>(1.0)) + (s4.tanh() * s4.tanh())).powi(-1), T::one()),
            );
            let a11 = ((if i8 % 2 == 1 {
                x[2 * i8]
            } else {
                T::from(1.6).unwrap()
            })
            .clamp(T::from(-0.48).unwrap(), T::from(0.7).unwrap()))
                * (c::<T>(i5 as f64));
            s1 -= a10.tanh();
        }
        s4 = (T::from(0.5).unwrap() * s4) + Float::sin((c::<T>(V[i5])) * y);
        s7 += s1.cos();
    }
    let mut s12 = T::one();
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        s1 += T::sin(c::<T>(ALPHA));
        s4 = ((c::<T>(0.5)) * s4) + T::exp(T::atan(p0(x[0], x[1]))).log10().sin();
    }
    for i14 in 1..3 {
        let mut m15 = T::tan(T::sin(x[3] / ((c::<T>(1.0)) + (x[0] * x[0]))))
            / ((Float::powf((c::<T>(1.5)) + y.tanh(), y).trunc()
                * (((c::<T>(1.5)) + y.tanh()).recip()))
            .hypot(T::one()));
        if i14 % 2 == 0 {
            break;
        }
        let y = x[2] - s4;
        let mut m16 = ((c::<T>(2.0))
            + ((((c::<T>(1.0)) + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))).ln()).sin()))
        .ln();
        s1 += p0(
            Float::sin(T::tan(Float::sin(x[1]))),
            Float::sin((c::<T>(i14 as f64)) + m15),
        )
        .cos();
        s12 -= T::cos(
            (((c::<T>(0.5)) + ((T::one() + (x[2] * x[2])) * ((c::<T>(1.0)) + (x[2] * x[2]))))
                .ln_1p())
                - T::sqrt(T::exp(Float::atan(c::<T>(ALPHA)))),
        );
    }
    let mut m17 = T::cos((T::one() + (T::sin(s12) * s12.sin())).powf(T::tanh(x[1] + y))).powi(3);
    ((c::<T>(0.001)) * (((((y + s1) + s4) + s12) + m17) + x[4])).tanh()
}

fn p55_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..x.len() {
        s1 = dmax(s1, x[i2].cosh().sin());
        let y = ((k::<D>(1.5)) + x[i2].tanh()).recip();
        let a3 = ((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((-y) * (-y))) * ((k::<D>(1.0)) + ((-y) * (-y)))))
            .acosh();
        if i2 < 0 {
            continue;
        }
        s1 -= (s1 + a3).tanh();
    }
    let mut s4 = k::<D>(0.5);
    for i5 in 0..x.len() / 2 {
        let mut m6 = ((k::<D>(0.9)) * ((x[2 * i5] * x[2 * i5 + 1]).tanh())).atanh();
        let mut s7 = k::<D>(0.0);
        for i8 in 0..x.len() / 2 {
            let a9 = x[2 * i8] / x[2 * i8].exp();
            let a10 = dmax(
                s7,
                (-x[2 * i8 + 1])
                    / (((((k::<D>(1.0)) + (s4.tanh() * s4.tanh())).powi(-1))
                        * (((k::<D>(1.0)) + (s4.tanh() * s4.tanh())).powi(-1))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt()),
            );
            let a11 = dclamp(
                if i8 % 2 == 1 { x[2 * i8] } else { k::<D>(1.6) },
                k::<D>(-0.48),
                k::<D>(0.7),
            ) * (k::<D>(i5 as f64));
            s1 -= a10.tanh();
        }
        s4 = ((k::<D>(0.5)) * s4) + (((k::<D>(V[i5])) * y).sin());
        s7 += s1.cos();
    }
    let mut s12 = k::<D>(1.0);
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        s1 += (k::<D>(ALPHA)).sin();
        s4 = ((k::<D>(0.5)) * s4) + p0_d(x[0], x[1]).atan().exp().log10().sin();
    }
    for i14 in 1..3 {
        let mut m15 = (((x[3] / ((k::<D>(1.0)) + (x[0] * x[0]))).sin()).tan())
            / ((((k::<D>(((y * ((k::<D>(1.5)) + y.tanh()).ln()).exp()).re().trunc()))
                * (((k::<D>(1.5)) + y.tanh()).recip()))
                * ((k::<D>(((y * ((k::<D>(1.5)) + y.tanh()).ln()).exp()).re().trunc()))
                    * (((k::<D>(1.5)) + y.tanh()).recip()))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt());
        if i14 % 2 == 0 {
            break;
        }
        let y = x[2] - s4;
        let mut m16 = ((k::<D>(2.0))
            + ((((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).ln()).sin()))
        .ln();
        s1 += p0_d(x[1].sin().tan().sin(), ((k::<D>(i14 as f64)) + m15).sin()).cos();
        s12 -= ((((k::<D>(0.5))
            + (((k::<D>(1.0)) + (x[2] * x[2])) * ((k::<D>(1.0)) + (x[2] * x[2]))))
            .ln_1p())
            - ((((k::<D>(ALPHA)).atan()).exp()).sqrt()))
        .cos();
    }
    let mut m17 = (((((x[1] + y).tanh()) * ((k::<D>(1.0)) + (s12.sin() * s12.sin())).ln()).exp())
        .cos())
    .powi(3);
    ((k::<D>(0.001)) * (((((y + s1) + s4) + s12) + m17) + x[4])).tanh()
}

#[differentiable]
fn p56<T: Float>(x: &[T], y: T) -> T {
    let mut s1 = c::<T>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = (c::<T>(i2 as f64)) / (T::one() + (x[0] * x[0]));
        s1 = s1 / ((c::<T>(2.0)) + x[2].sin());
        s1 = ((c::<T>(0.5)) * s1)
            + T::log(
                (c::<T>(2.0)) + x[3].sin(),
                ((c::<T>(0.5)) + ((c::<T>(0.4)) * s1.cos().sin())).exp(),
            )
            .tanh();
    }
    s1 = Float::cos(
        (T::from(0.7).unwrap() * s1)
            + (T::mul_add(
                (c::<T>(BETA)).sin(),
                c::<T>(1.5),
                (T::one() + (y * y)).recip(),
            ) - T::from(1.8).unwrap()),
    );
    let a4 = if x[3] >= c::<T>(0.92) {
        y.asinh()
    } else {
        ((c::<T>(1.5)) + (((c::<T>(core::f64::consts::PI)).atan()).tanh())).sqrt()
    };
    let mut s5 = T::zero();
    for i6 in 2..4 {
        let a7 = a4.tanh();
        for &i8 in x.iter() {
            let (u9, w10) = (
                (-(-(c::<T>(std::f64::consts::E))))
                    * (((c::<T>(i6 as f64)).floor())
                        * ((if !(i8 >= c::<T>(0.81)) { x[0] } else { s5 }).atan())),
                -(i8.hypot((c::<T>(0.5)) + (i8 * i8)) - (x[2] - s1)),
            );
            s5 = s5
                + Float::atan(
                    (T::from(0.5).unwrap()
                        + ((T::one()
                            + (x[2].hypot(c::<T>(1.0)).powf(u9.tanh()).tanh()
                                * Float::hypot(x[2], c::<T>(1.0)).powf(Float::tanh(u9)).tanh()))
                            * (T::one()
                                + (T::hypot(x[2], c::<T>(1.0)).powf(u9.tanh()).tanh()
                                    * T::tanh(Float::powf(x[2].hypot(c::<T>(1.0)), u9.tanh()))))))
                    .ln_1p(),
                );
        }
        s5 = s5 - ((((c::<T>(i6 as f64)).tanh()).mul_add(a7, c::<T>(V[i6]))).cos());
        s5 = ((c::<T>(0.5)) * s5)
            + (((if s1 < c::<T>(-0.05) {
                c::<T>(W[i6])
            } else {
                c::<T>(V[i6])
            }) - (((c::<T>(2.0)) + ((c::<T>(ALPHA)).sin())).powf(x[2])))
            .sin());
    }
    let mut s11 = c::<T>(0.0);
    for i12 in 0..=4 {
        let a13 = T::sin((s11 / ((c::<T>(1.0)) + (T::sin(s11) * T::sin(s11)))) + x[0])
            * p34(x[2], y).cos().exp_m1().cos();
        let a14 = s1.tanh() * s11.atan();
        s1 = ((T::from(0.7).unwrap() * s1) + ((a14 * y) - (x[2] * (c::<T>(-0.3))))).cos();
        s5 = ((c::<T>(0.5)) * s5) + y.sin();
    }
    if T::powf(T::from(2.0).unwrap() + Float::sin(y), y) < c::<T>(-0.04) {
        s5 = s5 - (x[4] * (c::<T>(2.0)));
    }
    ((c::<T>(0.001)) * (((((y + s1) + a4) + s5) + s11) + x[0])).tanh()
}

fn p56_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = (k::<D>(i2 as f64)) / ((k::<D>(1.0)) + (x[0] * x[0]));
        s1 /= (k::<D>(2.0)) + x[2].sin();
        s1 = ((k::<D>(0.5)) * s1)
            + ((((k::<D>(2.0)) + x[3].sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s1.cos().sin())).exp()).ln())
            .tanh());
    }
    s1 = (((k::<D>(0.7)) * s1)
        + ((((k::<D>(BETA)).sin()) * (k::<D>(1.5)) + (((k::<D>(1.0)) + (y * y)).recip()))
            - (k::<D>(1.8))))
    .cos();
    let a4 = if x[3].re() >= (k::<D>(0.92)).re() {
        y.asinh()
    } else {
        ((k::<D>(1.5)) + (((k::<D>(core::f64::consts::PI)).atan()).tanh())).sqrt()
    };
    let mut s5 = k::<D>(0.0);
    for i6 in 2..4 {
        let a7 = a4.tanh();
        for &i8 in x.iter() {
            let (u9, w10) = (
                (-(-(k::<D>(std::f64::consts::E))))
                    * ((k::<D>((k::<D>(i6 as f64)).re().floor()))
                        * ((if !(i8.re() >= (k::<D>(0.81)).re()) {
                            x[0]
                        } else {
                            s5
                        })
                        .atan())),
                -(((i8 * i8 + ((k::<D>(0.5)) + (i8 * i8)) * ((k::<D>(0.5)) + (i8 * i8))).sqrt())
                    - (x[2] - s1)),
            );
            s5 += (((k::<D>(0.5))
                + (((k::<D>(1.0))
                    + ((((u9.tanh()
                        * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
                    .exp())
                    .tanh())
                        * (((u9.tanh()
                            * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
                        .exp())
                        .tanh())))
                    * ((k::<D>(1.0))
                        + ((((u9.tanh()
                            * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
                        .exp())
                        .tanh())
                            * (((u9.tanh()
                                * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                                    .ln())
                            .exp())
                            .tanh())))))
            .ln_1p())
            .atan();
        }
        s5 -= (((k::<D>(i6 as f64)).tanh()) * a7 + (k::<D>(V[i6]))).cos();
        s5 = ((k::<D>(0.5)) * s5)
            + (((if s1.re() < (k::<D>(-0.05)).re() {
                k::<D>(W[i6])
            } else {
                k::<D>(V[i6])
            }) - ((x[2] * ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())).ln()).exp()))
            .sin());
    }
    let mut s11 = k::<D>(0.0);
    for i12 in 0..=4 {
        let a13 = (((s11 / ((k::<D>(1.0)) + (s11.sin() * s11.sin()))) + x[0]).sin())
            * p34_d(x[2], y).cos().exp_m1().cos();
        let a14 = s1.tanh() * s11.atan();
        s1 = (((k::<D>(0.7)) * s1) + ((a14 * y) - (x[2] * (k::<D>(-0.3))))).cos();
        s5 = ((k::<D>(0.5)) * s5) + y.sin();
    }
    if ((y * ((k::<D>(2.0)) + y.sin()).ln()).exp()).re() < (k::<D>(-0.04)).re() {
        s5 -= x[4] * (k::<D>(2.0));
    }
    ((k::<D>(0.001)) * (((((y + s1) + a4) + s5) + s11) + x[0])).tanh()
}

#[differentiable]
fn p57(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.0;
    for i2 in 0..1 {
        let mut m3 = (Float::round(x1) * (i2 as f64)) / (1.5 + ((W[i2] * x1).tanh()));
        if f64::mul_add(x1, s1.tanh(), x1) <= -0.83 {
            break;
        }
        let (u4, w5) = (
            Float::signum(f64::clamp(m3, -1.29, 0.66_f64)) * Float::sin(m3 + x1),
            ((-1.964).atan()) * s1.cos(),
        );
        s1 = (0.5 * s1) + ((((1.0 + (x1 * x1)).log10()).cos()).sin());
    }
    let a6 = Float::hypot(BETA, 0.5 + ((1.0_f64 + x0) * (1.0f64 + x0)));
    let mut m7: f64 = s1 - a6;
    let mut m8 = Float::tanh(x1.cosh()).exp2();
    let a9 = (((0.9 * x0.sin()).acos()) - f64::cbrt(1.0_f64 + (x0 * x0))).atan();
    (((s1 + a6) + m7) + m8) + a9
}

fn p57_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..1 {
        let mut m3 = ((k::<D>(x1.re().round())) * (k::<D>(i2 as f64)))
            / ((k::<D>(1.5)) + (((k::<D>(W[i2])) * x1).tanh()));
        if (x1 * s1.tanh() + x1).re() <= (k::<D>(-0.83)).re() {
            break;
        }
        let (u4, w5) = (
            (k::<D>(dclamp(m3, k::<D>(-1.29), k::<D>(0.66)).re().signum())) * ((m3 + x1).sin()),
            ((k::<D>(-1.964)).atan()) * s1.cos(),
        );
        s1 = ((k::<D>(0.5)) * s1) + (((((k::<D>(1.0)) + (x1 * x1)).log10()).cos()).sin());
    }
    let a6 = ((k::<D>(BETA)) * (k::<D>(BETA))
        + ((k::<D>(0.5)) + (((k::<D>(1.0)) + x0) * ((k::<D>(1.0)) + x0)))
            * ((k::<D>(0.5)) + (((k::<D>(1.0)) + x0) * ((k::<D>(1.0)) + x0))))
        .sqrt();
    let mut m7: D = s1 - a6;
    let mut m8 = x1.cosh().tanh().exp2();
    let a9 = ((((k::<D>(0.9)) * x0.sin()).acos()) - (((k::<D>(1.0)) + (x0 * x0)).cbrt())).atan();
    (((s1 + a6) + m7) + m8) + a9
}

#[differentiable]
fn p58<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = (x[2] - x[0]).cos();
    let (u2, w3) = (c::<T>(-1.0), (x[2] + a1) * (x[0] / a1.hypot(T::one())));
    let (u4, w5) = (T::asinh(w3) * u2, (w3 + u2) + (a1 - x[2]));
    let mut m6 = c::<T>(-0.5);
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let mut s8 = c::<T>(0.5);
        for i9 in (i7 + 1)..6 {
            let a10 = a1 * (c::<T>(0.9));
            m6 = T::tanh(
                ((c::<T>(0.7)) * m6)
                    + Float::recip(
                        (c::<T>(1.0)) + (Float::exp(x[3]).sin() * Float::exp(x[3]).sin()),
                    ),
            );
        }
        let a11 = m6.atan();
        m6 = m6.max(
            T::clamp(
                (c::<T>(i7 as f64)) / ((c::<T>(1.0)) + (x[0] * x[0])),
                c::<T>(-0.99),
                T::from(1.5).unwrap(),
            )
            .sin(),
        );
    }
    m6 = (((c::<T>(0.7)) * m6) + a1.exp().cbrt()).cos();
    ((((u2 + w3) * u4) + w5) + m6) + x[2]
}

fn p58_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (x[2] - x[0]).cos();
    let (u2, w3) = (
        k::<D>(-1.0),
        (x[2] + a1) * (x[0] / ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())),
    );
    let (u4, w5) = (w3.asinh() * u2, (w3 + u2) + (a1 - x[2]));
    let mut m6 = k::<D>(-0.5);
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let mut s8 = k::<D>(0.5);
        for i9 in (i7 + 1)..6 {
            let a10 = a1 * (k::<D>(0.9));
            m6 = (((k::<D>(0.7)) * m6)
                + (((k::<D>(1.0)) + (x[3].exp().sin() * x[3].exp().sin())).recip()))
            .tanh();
        }
        let a11 = m6.atan();
        m6 = dmax(
            m6,
            dclamp(
                (k::<D>(i7 as f64)) / ((k::<D>(1.0)) + (x[0] * x[0])),
                k::<D>(-0.99),
                k::<D>(1.5),
            )
            .sin(),
        );
    }
    m6 = (((k::<D>(0.7)) * m6) + a1.exp().cbrt()).cos();
    ((((u2 + w3) * u4) + w5) + m6) + x[2]
}

#[differentiable]
fn p59(x0: f64, x1: f64, nk: usize) -> f64 {
    let a1 = -1.511_f64;
    let mut s2 = 0.5;
    for i3 in 0..nk {
        for i4 in (i3 + 1)..6 {
            let mut m5 = -x0;
            let a6 = (V[i3] + s2) / ((a1 + m5).hypot(1.0_f64));
            m5 += (if i4 % 2 == 1 {
                (i4 as f64)
            } else {
                (x1 / Float::cosh(x0)) - (s2 / f64::cosh(x0))
            })
            .tanh();
            if f64::atan(x0) * s2.cos() < 0.05 {
                continue;
            }
            m5 = m5.min(((if i4 > 3 { a1 } else { x1 }) - a6).atan());
        }
        let a8 = {
            let t7 = 1.118.powi(1);
            f64::tanh(x1)
        };
        s2 += Float::cos((i3 as f64) * x0);
    }
    let a9: f64 = Float::exp(a1.abs()).powf((a1 * x0).atan());
    let mut s10 = 1.0;
    for i11 in 1..=4 {
        let a12 = (0.9 * Float::sin(f64::cos(a9))).atanh();
        let a13 = (i11 as f64);
        let a14: f64 =
            f64::log(1.0 + (x0 * x0), (0.5 + (0.4 * f64::sin(x0))).exp()) + a13.max((i11 as f64));
        s10 = ((0.7 * s10) + x0).tanh();
        s2 = ((0.7 * s2) + a1).atan();
    }
    let mut m15 = Float::ln(1.5 + x0.tanh());
    (((a1 + s2) + a9) + s10) + m15
}

fn p59_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1 = k::<D>(-1.511);
    let mut s2 = k::<D>(0.5);
    for i3 in 0..nk {
        for i4 in (i3 + 1)..6 {
            let mut m5 = -x0;
            let a6 = ((k::<D>(V[i3])) + s2)
                / (((a1 + m5) * (a1 + m5) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
            m5 += (if i4 % 2 == 1 {
                k::<D>(i4 as f64)
            } else {
                (x1 / x0.cosh()) - (s2 / x0.cosh())
            })
            .tanh();
            if (x0.atan() * s2.cos()).re() < (k::<D>(0.05)).re() {
                continue;
            }
            m5 = dmin(m5, ((if i4 > 3 { a1 } else { x1 }) - a6).atan());
        }
        let a8 = {
            let t7 = (k::<D>(1.118)).powi(1);
            x1.tanh()
        };
        s2 += ((k::<D>(i3 as f64)) * x0).cos();
    }
    let a9: D = (((a1 * x0).atan()) * a1.abs().exp().ln()).exp();
    let mut s10 = k::<D>(1.0);
    for i11 in 1..=4 {
        let a12 = ((k::<D>(0.9)) * a9.cos().sin()).atanh();
        let a13 = k::<D>(i11 as f64);
        let a14: D = (((k::<D>(1.0)) + (x0 * x0)).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln())
            + dmax(a13, k::<D>(i11 as f64));
        s10 = (((k::<D>(0.7)) * s10) + x0).tanh();
        s2 = (((k::<D>(0.7)) * s2) + a1).atan();
    }
    let mut m15 = ((k::<D>(1.5)) + x0.tanh()).ln();
    (((a1 + s2) + a9) + s10) + m15
}

#[differentiable]
fn p60(x: &[f64], y: f64) -> f64 {
    let mut m1 = 0.1;
    let y = p27(0.216, -0.982).abs() + 0.7;
    let (u2, w3) = (
        (1.0_f64 + (((1.0 + (x[5] * x[5])).powf(m1)) * ((1.0f64 + (x[5] * x[5])).powf(m1))))
            .log((0.5 + (0.4 * Float::atan((1.0 + (x[5] * x[5])).ln()).sin())).exp()),
        (1.5 + m1.atan().tanh()).powi(-2),
    );
    (((m1 + y) * u2) + w3) - x[2]
}

fn p60_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = k::<D>(0.1);
    let y = p27_d(k::<D>(0.216), k::<D>(-0.982)).abs() + (k::<D>(0.7));
    let (u2, w3) = (
        (((k::<D>(1.0))
            + (((m1 * ((k::<D>(1.0)) + (x[5] * x[5])).ln()).exp())
                * ((m1 * ((k::<D>(1.0)) + (x[5] * x[5])).ln()).exp())))
        .ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4)) * (((((k::<D>(1.0)) + (x[5] * x[5])).ln()).atan()).sin())))
            .exp())
            .ln()),
        ((k::<D>(1.5)) + m1.atan().tanh()).powi(-2),
    );
    (((m1 + y) * u2) + w3) - x[2]
}

#[differentiable]
fn p61(x: &[f64]) -> f64 {
    let a1 = x[0];
    let mut s2 = 1.0;
    for i3 in 0..x.len() - 1 {
        s2 *= 1.0_f64
            + (0.3
                * Float::sin(
                    s2.atan().exp_m1() / (2.0 + f64::exp_m1(((i3 as f64) - x[i3]).atan()).sin()),
                ));
        s2 *= 1.0
            + (0.3_f64
                * (((x[i3] * a1) / (1.0 + ((a1 / (1.0 + (a1 * a1))) * (a1 / (1.0 + (a1 * a1))))))
                    .sin()));
        s2 *= 1.0 + (0.3 * s2.tanh().sin());
    }
    let mut s4: f64 = 0.0;
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let mut m7 = {
            let t6 = (1.0 + (f64::sin(s2) * Float::sin(s2))).recip();
            f64::powi(2.0 + x[0].sin(), 0)
        };
        let a8 = if x[1] - a1 >= -0.91 {
            Float::exp_m1(std::f64::consts::E.atan())
        } else {
            Float::sin(s2)
        };
        let a9 = V[i5].abs().round() * ((s2 / (1.5 + s4.tanh())).atan());
        s4 += 1.871.sin();
        s4 = (0.5 * s4) + Float::cos(s4 + x[2]);
    }
    if a1 <= (-1.7) + x[3] {
        return (if x[0] > s2 { x[3] } else { 1.073 }) - (a1 / (1.0f64 + (1.58 * 1.58f64)));
    }
    let a10 = if s2 + x[4] > (-0.61_f64).hypot(0.5 + (x[1] * x[1])) {
        x[2] * 0.21
    } else {
        a1.exp2()
    };
    for &i11 in x.iter() {
        s2 *= 1.0 + (0.3 * Float::sin((1.5 + ((s2 / (2.0 + s4.sin())).tanh())).recip()).sin());
        s2 = (0.5 * s2) + ((x[0] / i11.exp()).sin());
        s4 -= f64::exp_m1(x[2]).tanh();
    }
    let mut m12 = (f64::sinh(s4.tanh())
        + s2.atan2(0.5 + (core::f64::consts::PI * core::f64::consts::PI)))
    .sin();
    (0.001 * (((((a1 + s2) + s4) - a10) + m12) + x[4])).tanh()
}

fn p61_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[0];
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() - 1 {
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((s2.atan().exp_m1()
                    / ((k::<D>(2.0))
                        + (((((k::<D>(i3 as f64)) - x[i3]).atan()).exp_m1()).sin())))
                .sin()));
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((x[i3] * a1)
                    / ((k::<D>(1.0))
                        + ((a1 / ((k::<D>(1.0)) + (a1 * a1)))
                            * (a1 / ((k::<D>(1.0)) + (a1 * a1))))))
                    .sin()));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.tanh().sin());
    }
    let mut s4: D = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let mut m7 = {
            let t6 = ((k::<D>(1.0)) + (s2.sin() * s2.sin())).recip();
            ((k::<D>(2.0)) + x[0].sin()).powi(0)
        };
        let a8 = if (x[1] - a1).re() >= (k::<D>(-0.91)).re() {
            ((k::<D>(std::f64::consts::E)).atan()).exp_m1()
        } else {
            s2.sin()
        };
        let a9 = (k::<D>(((k::<D>(V[i5])).abs()).re().round()))
            * ((s2 / ((k::<D>(1.5)) + s4.tanh())).atan());
        s4 += (k::<D>(1.871)).sin();
        s4 = ((k::<D>(0.5)) * s4) + ((s4 + x[2]).cos());
    }
    if a1.re() <= ((k::<D>(-1.7)) + x[3]).re() {
        return (if x[0].re() > s2.re() {
            x[3]
        } else {
            k::<D>(1.073)
        }) - (a1 / ((k::<D>(1.0)) + ((k::<D>(1.58)) * (k::<D>(1.58)))));
    }
    let a10 = if (s2 + x[4]).re()
        > (((k::<D>(-0.61)) * (k::<D>(-0.61))
            + ((k::<D>(0.5)) + (x[1] * x[1])) * ((k::<D>(0.5)) + (x[1] * x[1])))
            .sqrt())
        .re()
    {
        x[2] * (k::<D>(0.21))
    } else {
        a1.exp2()
    };
    for &i11 in x.iter() {
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(1.5)) + ((s2 / ((k::<D>(2.0)) + s4.sin())).tanh())).recip()).sin())
                    .sin()));
        s2 = ((k::<D>(0.5)) * s2) + ((x[0] / i11.exp()).sin());
        s4 -= x[2].exp_m1().tanh();
    }
    let mut m12 = (s4.tanh().sinh()
        + datan2(
            s2,
            (k::<D>(0.5)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))),
        ))
    .sin();
    ((k::<D>(0.001)) * (((((a1 + s2) + s4) - a10) + m12) + x[4])).tanh()
}

#[differentiable]
fn p62(x: &[f64]) -> f64 {
    let a1 = ((((std::f64::consts::E * x[5]).cos()).cosh()).log10()) / x[1].cosh();
    let a2 = a1;
    let mut s3: f64 = 0.5;
    for i4 in 0..=3 {
        let (u5, w6) = (a2 + s3, W[i4] / (1.0 + (BETA * BETA)));
        for i7 in x {
            let a8 = f64::atan2(
                f64::cos(u5).cosh(),
                0.5 + ((0.253.sin().tan() + w6) * (0.253f64.sin().tan() + w6)),
            );
            let a9 = a1.abs().sin().exp2();
            let a10 = (x[0] * w6).powi(1);
            s3 /= 1.0 + (a9.tanh() * a9.tanh());
        }
        s3 -= (a2 * ((-0.97_f64) * s3.atan())).tanh();
        s3 = (0.5 * s3) + f64::tanh(x[0] + a2);
    }
    for &i11 in x.iter() {
        let a12 = x[4] * x[4];
        let (u13, w14) = (
            a1,
            (1.1 + ((1.0 + (x[2] * x[2])) * (1.0_f64 + (x[2] * x[2])))).acosh(),
        );
        let a15 = x[2];
        s3 = ((0.7 * s3) + (a15 * a2)).atan();
        s3 *= 1.0 + (0.3f64 * f64::sin(1.804f64));
    }
    let (u16, w17) = (x[2], a2.atan() - f64::powi(x[5].atan(), 2));
    let a18 = if x[0].exp() <= 0.42 {
        s3
    } else {
        if u16 < 0.2 || x[1] >= 0.8 {
            (u16 + x[3]) + ((-0.12).atan())
        } else {
            (x[4] - u16) - ((1.0 + (x[1] * x[1])).log10())
        }
    };
    ((((a2 + s3) + u16) + w17) + a18) * x[4]
}

fn p62_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((((k::<D>(std::f64::consts::E)) * x[5]).cos()).cosh()).log10()) / x[1].cosh();
    let a2 = a1;
    let mut s3: D = k::<D>(0.5);
    for i4 in 0..=3 {
        let (u5, w6) = (
            a2 + s3,
            (k::<D>(W[i4])) / ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA)))),
        );
        for i7 in x {
            let a8 = datan2(
                u5.cos().cosh(),
                (k::<D>(0.5))
                    + (((((k::<D>(0.253)).sin()).tan()) + w6)
                        * ((((k::<D>(0.253)).sin()).tan()) + w6)),
            );
            let a9 = a1.abs().sin().exp2();
            let a10 = (x[0] * w6).powi(1);
            s3 /= (k::<D>(1.0)) + (a9.tanh() * a9.tanh());
        }
        s3 -= (a2 * ((k::<D>(-0.97)) * s3.atan())).tanh();
        s3 = ((k::<D>(0.5)) * s3) + ((x[0] + a2).tanh());
    }
    for &i11 in x.iter() {
        let a12 = x[4] * x[4];
        let (u13, w14) = (
            a1,
            ((k::<D>(1.1)) + (((k::<D>(1.0)) + (x[2] * x[2])) * ((k::<D>(1.0)) + (x[2] * x[2]))))
                .acosh(),
        );
        let a15 = x[2];
        s3 = (((k::<D>(0.7)) * s3) + (a15 * a2)).atan();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(1.804)).sin()));
    }
    let (u16, w17) = (x[2], a2.atan() - x[5].atan().powi(2));
    let a18 = if x[0].exp().re() <= (k::<D>(0.42)).re() {
        s3
    } else {
        if u16.re() < (k::<D>(0.2)).re() || x[1].re() >= (k::<D>(0.8)).re() {
            (u16 + x[3]) + ((k::<D>(-0.12)).atan())
        } else {
            (x[4] - u16) - (((k::<D>(1.0)) + (x[1] * x[1])).log10())
        }
    };
    ((((a2 + s3) + u16) + w17) + a18) * x[4]
}

#[differentiable]
fn p63<T: Float>(x: [T; 6]) -> T {
    let a1 = ((c::<T>(std::f64::consts::E)).round()) * T::powi(x[3], 3).sin();
    let (u2, w3) = (Float::asinh(x[4]), x[3]);
    let a4: T = T::log(
        a1.atan().exp(),
        Float::exp(T::from(0.5).unwrap() + ((c::<T>(0.4)) * x[3].sin())),
    ) - Float::powi(x[0].hypot(c::<T>(1.0)), 0);
    let mut s5: T = c::<T>(0.5);
    for i6 in 0..x.len() - 1 {
        let a7 = (c::<T>(0.385)).exp_m1();
        s5 = s5 + T::atan(x[i6 + 1]);
    }
    ((((a1 - u2) + w3) + a4) + s5) + x[3]
}

fn p63_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>((k::<D>(std::f64::consts::E)).re().round())) * x[3].powi(3).sin();
    let (u2, w3) = (x[4].asinh(), x[3]);
    let a4: D = (a1.atan().exp().ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[3].sin())).exp()).ln())
        - (((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0));
    let mut s5: D = k::<D>(0.5);
    for i6 in 0..x.len() - 1 {
        let a7 = (k::<D>(0.385)).exp_m1();
        s5 += x[i6 + 1].atan();
    }
    ((((a1 - u2) + w3) + a4) + s5) + x[3]
}

#[differentiable]
fn p64(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut s1 = 0.5_f64;
    for i2 in 0..3 {
        let mut i3 = 0;
        while i3 < 2 {
            i3 += 1;
            let a4 = (i3 as f64).atan();
            let a5 = (((0.9f64 * ((x1 / Float::hypot(-0.319, 1.0)).tanh())).acos()).atan()).sinh();
            s1 -= (core::f64::consts::PI / Float::exp(a5.cos())).cos();
            if p53(x0, x1, f64::tanh(s1)) < x1.sin() {
                break;
            }
        }
        s1 = (0.5 * s1) + ((core::f64::consts::PI - (x0 / x1.exp())).sin());
        s1 = (0.5 * s1) + ((x1 / (2.0 + s1.sin())).tanh());
    }
    for i6 in 0..nk {
        let a7 = f64::tanh(s1).powi(1);
        s1 += (x1 - s1).atan();
        s1 *= 1.0 + (0.3 * ((s1 / x0.exp()).sin()));
    }
    let (u8, w9) = (
        -((((1.0_f64 + (core::f64::consts::PI * core::f64::consts::PI)).sqrt()).cos()).mul_add(
            x0.sin(),
            f64::log(1.5 + s1.tanh(), (0.5 + (0.4f64 * ((-0.003).sin()))).exp()),
        )),
        (1.5f64 + ((f64::signum(x1) * Float::hypot(x0, 1.0).ln()).tanh())).sqrt(),
    );
    let mut m10 = Float::atan2(w9, -(0.5 + (w9 * w9)))
        .atan()
        .cosh()
        .powf((u8 + x1).atan());
    if core::f64::consts::PI.cos() <= -0.46 {
        return f64::cos(m10 - (-1.9)).powi(2);
    }
    let a11 = ((-0.068) / (2.0f64 + ((s1 - ALPHA).sin())))
        + Float::sin(f64::mul_add(f64::sin(s1), s1.sin(), m10));
    let mut s12 = 0.5;
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut s14: f64 = 0.0;
        let mut i15 = 0;
        while i15 < 4 {
            i15 += 1;
            if i13 < 0 {
                continue;
            }
            let a16 = p18(s14.atan(), x1, 0.032);
            let a17 = u8;
            let a18 = x1;
            s14 -= ((1.0 + (W[i15] * W[i15])).ln()).cos();
            s14 =
                (0.5 * s14) + ((((1.5 + a17.tanh()).powf(a16.atan())) + m10.sin().powi(2)).atan());
        }
        s14 = Float::min(s14, m10.tanh());
        m10 *= 1.0 + (0.3_f64 * ((w9 + (s1 + s1)).sin()));
    }
    (0.001 * ((((u8 * w9) + m10) - a11) + s12)).tanh()
}

fn p64_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..3 {
        let mut i3 = 0;
        while i3 < 2 {
            i3 += 1;
            let a4 = (k::<D>(i3 as f64)).atan();
            let a5 = ((((k::<D>(0.9))
                * ((x1
                    / (((k::<D>(-0.319)) * (k::<D>(-0.319)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt()))
                .tanh()))
            .acos())
            .atan())
            .sinh();
            s1 -= ((k::<D>(core::f64::consts::PI)) / a5.cos().exp()).cos();
            if p53_d(x0, x1, s1.tanh()).re() < x1.sin().re() {
                break;
            }
        }
        s1 = ((k::<D>(0.5)) * s1) + (((k::<D>(core::f64::consts::PI)) - (x0 / x1.exp())).sin());
        s1 = ((k::<D>(0.5)) * s1) + ((x1 / ((k::<D>(2.0)) + s1.sin())).tanh());
    }
    for i6 in 0..nk {
        let a7 = s1.tanh().powi(1);
        s1 += (x1 - s1).atan();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s1 / x0.exp()).sin()));
    }
    let (u8, w9) = (
        -(((((k::<D>(1.0))
            + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
        .sqrt())
        .cos())
            * x0.sin()
            + (((k::<D>(1.5)) + s1.tanh()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(-0.003)).sin()))).exp()).ln())),
        ((k::<D>(1.5))
            + (((k::<D>(x1.re().signum()))
                * (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()))
            .tanh()))
        .sqrt(),
    );
    let mut m10 =
        (((u8 + x1).atan()) * datan2(w9, -((k::<D>(0.5)) + (w9 * w9))).atan().cosh().ln()).exp();
    if ((k::<D>(core::f64::consts::PI)).cos()).re() <= (k::<D>(-0.46)).re() {
        return ((m10 - (k::<D>(-1.9))).cos()).powi(2);
    }
    let a11 = ((k::<D>(-0.068)) / ((k::<D>(2.0)) + ((s1 - (k::<D>(ALPHA))).sin())))
        + ((s1.sin() * s1.sin() + m10).sin());
    let mut s12 = k::<D>(0.5);
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut s14: D = k::<D>(0.0);
        let mut i15 = 0;
        while i15 < 4 {
            i15 += 1;
            if i13 < 0 {
                continue;
            }
            let a16 = p18_d(s14.atan(), x1, k::<D>(0.032));
            let a17 = u8;
            let a18 = x1;
            s14 -= (((k::<D>(1.0)) + ((k::<D>(W[i15])) * (k::<D>(W[i15])))).ln()).cos();
            s14 = ((k::<D>(0.5)) * s14)
                + ((((a16.atan() * ((k::<D>(1.5)) + a17.tanh()).ln()).exp()) + m10.sin().powi(2))
                    .atan());
        }
        s14 = dmin(s14, m10.tanh());
        m10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((w9 + (s1 + s1)).sin()));
    }
    ((k::<D>(0.001)) * ((((u8 * w9) + m10) - a11) + s12)).tanh()
}

#[differentiable]
fn p65<T: Float>(x: &[T]) -> T {
    let a1: T = T::exp(Float::sin(p4(
        ((c::<T>(1.46)) * (c::<T>(std::f64::consts::E))).sin(),
        (c::<T>(ALPHA)).cos(),
        T::atan(x[2].sinh()),
    )));
    let (u2, w3) = (
        a1.sin().exp2()
            * (((c::<T>(1.0)) + (x[4] * x[4])).log(
                ((c::<T>(0.5)) + (T::from(0.4).unwrap() * T::from(0.6).unwrap().sin())).exp(),
            )),
        x[0].cosh().powf(c::<T>(1.019)) - (a1 + T::from(1.107).unwrap()),
    );
    let mut s4 = c::<T>(0.0);
    for i5 in 0..x.len() {
        let a6 = (c::<T>(ALPHA)) + w3;
        s4 = s4.max(((c::<T>(-1.103)).abs()).cos());
        s4 = s4 - a6.cos();
    }
    let (u7, w8) = (a1, w3.asinh());
    ((((u2 + w3) + s4) - u7) + w8) + x[2]
}

fn p65_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = p4_d(
        ((k::<D>(1.46)) * (k::<D>(std::f64::consts::E))).sin(),
        (k::<D>(ALPHA)).cos(),
        x[2].sinh().atan(),
    )
    .sin()
    .exp();
    let (u2, w3) = (
        a1.sin().exp2()
            * (((k::<D>(1.0)) + (x[4] * x[4])).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(0.6)).sin()))).exp()).ln()),
        (((k::<D>(1.019)) * x[0].cosh().ln()).exp()) - (a1 + (k::<D>(1.107))),
    );
    let mut s4 = k::<D>(0.0);
    for i5 in 0..x.len() {
        let a6 = (k::<D>(ALPHA)) + w3;
        s4 = dmax(s4, ((k::<D>(-1.103)).abs()).cos());
        s4 -= a6.cos();
    }
    let (u7, w8) = (a1, w3.asinh());
    ((((u2 + w3) + s4) - u7) + w8) + x[2]
}

#[differentiable]
fn p66(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1 = 1.0;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3: f64 = x0
            .cosh()
            .log((0.5f64 + (0.4 * std::f64::consts::E.atan().sin())).exp());
        s1 += (x0 - x1).atan();
        s1 = (0.5 * s1) + Float::tanh(Float::tanh(a3.tanh().mul_add(-0.21, x2)));
    }
    let (u4, w5) = (f64::ln_1p(0.5_f64 + (1.867.exp() * 1.867.exp())), -0.8);
    let u4: f64 = u4;
    (((x1 + x2) + s1) * w5) - u4
}

fn p66_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3: D = (x0.cosh().ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(std::f64::consts::E)).atan()).sin())))
                .exp())
            .ln());
        s1 += (x0 - x1).atan();
        s1 = ((k::<D>(0.5)) * s1) + (((a3.tanh() * (k::<D>(-0.21)) + x2).tanh()).tanh());
    }
    let (u4, w5) = (
        ((k::<D>(0.5)) + (((k::<D>(1.867)).exp()) * ((k::<D>(1.867)).exp()))).ln_1p(),
        k::<D>(-0.8),
    );
    let u4: D = u4;
    (((x1 + x2) + s1) * w5) - u4
}

#[differentiable]
fn p67<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a1 = x0 * x1;
    let a2 = if ((c::<T>(1.0)) + (x2 * x2))
        .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * (((c::<T>(-1.73)).atan()).sin()))).exp())
        < x2
    {
        ((c::<T>(1.0)) + (T::abs(a1) * T::abs(a1))).log10()
    } else {
        x1.exp()
    };
    let a3 = if (c::<T>(0.292)).mul_add(x0, x2) <= c::<T>(0.13) {
        ((c::<T>(-0.722)).tanh()) / ((c::<T>(1.0)) + ((x1 - x0) * (x1 - x0)))
    } else {
        (a2 + x1) / ((c::<T>(1.5)) + x2.tanh())
    };
    let a1 = T::min(T::zero(), a3);
    let mut s4 = c::<T>(0.5);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6 = s4.cos();
        let a7 = a6;
        s4 = s4
            / ((c::<T>(1.0))
                + (T::sqrt((c::<T>(1.0)) + (x0 * x0)) * ((T::one() + (x0 * x0)).sqrt())));
        s4 = s4 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((T::from(1.5).unwrap() + a3.tanh()).cos())));
    }
    (((x2 + a2) - a3) + a1) + s4
}

fn p67_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x0 * x1;
    let a2 = if (((k::<D>(1.0)) + (x2 * x2)).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(-1.73)).atan()).sin()))).exp()).ln())
    .re()
        < x2.re()
    {
        ((k::<D>(1.0)) + (a1.abs() * a1.abs())).log10()
    } else {
        x1.exp()
    };
    let a3 = if ((k::<D>(0.292)) * x0 + x2).re() <= (k::<D>(0.13)).re() {
        ((k::<D>(-0.722)).tanh()) / ((k::<D>(1.0)) + ((x1 - x0) * (x1 - x0)))
    } else {
        (a2 + x1) / ((k::<D>(1.5)) + x2.tanh())
    };
    let a1 = dmin(k::<D>(0.0), a3);
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6 = s4.cos();
        let a7 = a6;
        s4 /= (k::<D>(1.0))
            + ((((k::<D>(1.0)) + (x0 * x0)).sqrt()) * (((k::<D>(1.0)) + (x0 * x0)).sqrt()));
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a3.tanh()).cos()));
    }
    (((x2 + a2) - a3) + a1) + s4
}

#[differentiable]
fn p68<T: Float>(x: &[T]) -> T {
    let a1: T = ((c::<T>(1.0))
        + ((((c::<T>(core::f64::consts::PI)) - x[4])
            .max(x[0].mul_add((c::<T>(ALPHA)).atan(), x[2])))
            * (((c::<T>(core::f64::consts::PI)) - x[4])
                .max(x[0].mul_add(T::atan(c::<T>(ALPHA)), x[2])))))
    .recip();
    let a2 = if x[1] * a1 > x[4] {
        -T::cbrt(T::one() + ((c::<T>(1.361)) * (c::<T>(1.361))))
    } else {
        a1.atan()
    };
    let a3 = if T::acos((c::<T>(0.9)) * x[4].sin()) < x[0] {
        p53(
            (x[2] - (c::<T>(-1.83))).cos(),
            T::from(-1.4).unwrap(),
            Float::tanh(c::<T>(1.7)),
        )
    } else {
        (T::from(-0.364).unwrap() - x[4]).mul_add(a2.asinh(), Float::tanh(a1))
    };
    let a4 = T::from(-1.6).unwrap().asinh() + (a3 * a3);
    let mut s5 = c::<T>(0.5);
    for i6 in 0..x.len() / 2 {
        let mut m7 = ((c::<T>(2.0))
            + Float::log10((c::<T>(1.0)) + (x[2 * i6 + 1] * x[2 * i6 + 1])).sin())
        .sqrt();
        m7 = m7 - T::cos(Float::clamp(c::<T>(-1.42), c::<T>(-0.46), c::<T>(1.32)).asinh());
    }
    let a8: T = (T::one() + (a4.sin() * a4.sin()))
        .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * a3.cos().sin())).exp());
    let mut s9 = T::zero();
    for i10 in 0..x.len() {
        let mut s11 = c::<T>(0.5);
        let mut i12 = 0;
        while i12 < 2 {
            i12 += 1;
            let a2 = ((c::<T>(2.0))
                + T::sin((c::<T>(1.362)).hypot(
                    T::from(0.5).unwrap() + (((c::<T>(0.16)).powi(2)) * ((c::<T>(0.16)).powi(2))),
                )))
            .ln();
            if s5.cos() * T::from(1.1).unwrap()
                >= T::asin((c::<T>(0.9)) * T::from(0.932).unwrap().sin())
            {
                continue;
            }
            let mut m13 =
                (x[i10] / ((c::<T>(1.5)) + T::tanh(Float::cos(x[i10]) * a4.sin()))) + x[i10];
            s11 = ((c::<T>(0.5)) * s11) + Float::sin(s11);
            s9 = (((c::<T>(0.7)) * s9) + (a3 - x[i10])).tanh();
        }
        if s5.sin().exp().powf(T::tanh(a1)) < T::from(-0.42).unwrap() {
            continue;
        }
        s9 = s9 * ((c::<T>(1.0)) + (T::from(0.3).unwrap() * a1.cos().exp().cos()));
    }
    ((c::<T>(0.001)) * (((((a3 + a4) + s5) - a8) * s9) + x[0])).tanh()
}

fn p68_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(1.0))
        + (dmax(
            (k::<D>(core::f64::consts::PI)) - x[4],
            (x[0] * ((k::<D>(ALPHA)).atan()) + x[2]),
        ) * dmax(
            (k::<D>(core::f64::consts::PI)) - x[4],
            (x[0] * ((k::<D>(ALPHA)).atan()) + x[2]),
        )))
    .recip();
    let a2 = if (x[1] * a1).re() > x[4].re() {
        -(((k::<D>(1.0)) + ((k::<D>(1.361)) * (k::<D>(1.361)))).cbrt())
    } else {
        a1.atan()
    };
    let a3 = if (((k::<D>(0.9)) * x[4].sin()).acos()).re() < x[0].re() {
        p53_d(
            (x[2] - (k::<D>(-1.83))).cos(),
            k::<D>(-1.4),
            (k::<D>(1.7)).tanh(),
        )
    } else {
        (((k::<D>(-0.364)) - x[4]) * a2.asinh() + a1.tanh())
    };
    let a4 = ((k::<D>(-1.6)).asinh()) + (a3 * a3);
    let mut s5 = k::<D>(0.5);
    for i6 in 0..x.len() / 2 {
        let mut m7 = ((k::<D>(2.0))
            + ((((k::<D>(1.0)) + (x[2 * i6 + 1] * x[2 * i6 + 1])).log10()).sin()))
        .sqrt();
        m7 -= dclamp(k::<D>(-1.42), k::<D>(-0.46), k::<D>(1.32))
            .asinh()
            .cos();
    }
    let a8: D = (((k::<D>(1.0)) + (a4.sin() * a4.sin())).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a3.cos().sin())).exp()).ln());
    let mut s9 = k::<D>(0.0);
    for i10 in 0..x.len() {
        let mut s11 = k::<D>(0.5);
        let mut i12 = 0;
        while i12 < 2 {
            i12 += 1;
            let a2 = ((k::<D>(2.0))
                + ((((k::<D>(1.362)) * (k::<D>(1.362))
                    + ((k::<D>(0.5)) + (((k::<D>(0.16)).powi(2)) * ((k::<D>(0.16)).powi(2))))
                        * ((k::<D>(0.5))
                            + (((k::<D>(0.16)).powi(2)) * ((k::<D>(0.16)).powi(2)))))
                .sqrt())
                .sin()))
            .ln();
            if (s5.cos() * (k::<D>(1.1))).re()
                >= (((k::<D>(0.9)) * ((k::<D>(0.932)).sin())).asin()).re()
            {
                continue;
            }
            let mut m13 = (x[i10] / ((k::<D>(1.5)) + ((x[i10].cos() * a4.sin()).tanh()))) + x[i10];
            s11 = ((k::<D>(0.5)) * s11) + s11.sin();
            s9 = (((k::<D>(0.7)) * s9) + (a3 - x[i10])).tanh();
        }
        if ((a1.tanh() * s5.sin().exp().ln()).exp()).re() < (k::<D>(-0.42)).re() {
            continue;
        }
        s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.cos().exp().cos());
    }
    ((k::<D>(0.001)) * (((((a3 + a4) + s5) - a8) * s9) + x[0])).tanh()
}

#[differentiable]
fn p69<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = (T::one() + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))).sqrt();
    let mut m2 = (c::<T>(-1.574)).sin();
    m2 = Float::atan(
        ((c::<T>(0.7)) * m2)
            + (((c::<T>(1.0))
                + ((((c::<T>(0.5)) + (((c::<T>(2.0)) + a1.sin()) * ((c::<T>(2.0)) + a1.sin())))
                    .ln_1p())
                    * (((c::<T>(0.5))
                        + (((c::<T>(2.0)) + a1.sin()) * (T::from(2.0).unwrap() + T::sin(a1))))
                    .ln_1p())))
            .log2()),
    );
    let mut s3 = T::from(0.5).unwrap();
    for i4 in 0..x.len() {
        if s3 <= x[i4].sinh() && m2 >= c::<T>(std::f64::consts::E) {
            continue;
        }
        for i5 in 0..x.len() - 1 {
            let a6 = a1 * x[i5];
            if i5 >= 3 {
                break;
            }
            let a7 = T::sin(a1);
            let a8 = a1;
            m2 += ((((c::<T>(1.0)) + (T::from(0.872).unwrap() * (c::<T>(0.872)))).ln())
                * (((c::<T>(0.9)) * Float::tanh(m2.tanh())).atanh()))
            .tanh();
            m2 += (a8 * (a1 / ((c::<T>(1.0)) + (a1 * a1)))).sin();
        }
        let mut m9 = Float::atan2(
            T::cos(T::hypot(c::<T>(0.455), (c::<T>(0.5)) + (a1 * a1)))
                * ((s3 + (c::<T>(-0.05))).cos()),
            (c::<T>(0.5))
                + (((if c::<T>(-1.62) < T::from(-0.84).unwrap() {
                    a1
                } else {
                    s3
                }) + (a1 + (c::<T>(-1.57))))
                    * ((if c::<T>(-1.62) < T::from(-0.84).unwrap() {
                        a1
                    } else {
                        s3
                    }) + (a1 + (c::<T>(-1.57))))),
        );
        m9 -= T::log(
            Float::exp(T::zero()),
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(x[i4]))).exp(),
        )
        .tanh();
        s3 = ((c::<T>(0.5)) * s3)
            + ((((c::<T>(0.95)) * m9) / ((c::<T>(1.0)) + (x[i4].atan() * x[i4].atan()))).cos());
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(m2 - (c::<T>(-0.33))));
    }
    let a10 = if !(((c::<T>(0.9)) * a1.tanh().tanh()).atanh() >= a1.tanh().sin().tan()) {
        s3
    } else {
        x[0].sin()
    };
    T::tanh((c::<T>(0.001)) * ((((a1 + m2) - s3) + a10) + x[5]))
}

fn p69_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).sqrt();
    let mut m2 = (k::<D>(-1.574)).sin();
    m2 = (((k::<D>(0.7)) * m2)
        + (((k::<D>(1.0))
            + ((((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin())))
                .ln_1p())
                * (((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin())))
                    .ln_1p())))
        .log2()))
    .atan();
    let mut s3 = k::<D>(0.5);
    for i4 in 0..x.len() {
        if s3.re() <= x[i4].sinh().re() && m2.re() >= (k::<D>(std::f64::consts::E)).re() {
            continue;
        }
        for i5 in 0..x.len() - 1 {
            let a6 = a1 * x[i5];
            if i5 >= 3 {
                break;
            }
            let a7 = a1.sin();
            let a8 = a1;
            m2 += ((((k::<D>(1.0)) + ((k::<D>(0.872)) * (k::<D>(0.872)))).ln())
                * (((k::<D>(0.9)) * m2.tanh().tanh()).atanh()))
            .tanh();
            m2 += (a8 * (a1 / ((k::<D>(1.0)) + (a1 * a1)))).sin();
        }
        let mut m9 = datan2(
            ((((k::<D>(0.455)) * (k::<D>(0.455))
                + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1)))
                .sqrt())
            .cos())
                * ((s3 + (k::<D>(-0.05))).cos()),
            (k::<D>(0.5))
                + (((if (k::<D>(-1.62)).re() < (k::<D>(-0.84)).re() {
                    a1
                } else {
                    s3
                }) + (a1 + (k::<D>(-1.57))))
                    * ((if (k::<D>(-1.62)).re() < (k::<D>(-0.84)).re() {
                        a1
                    } else {
                        s3
                    }) + (a1 + (k::<D>(-1.57))))),
        );
        m9 -= (((k::<D>(-0.0)).exp()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[i4].sin())).exp()).ln())
        .tanh();
        s3 = ((k::<D>(0.5)) * s3)
            + ((((k::<D>(0.95)) * m9) / ((k::<D>(1.0)) + (x[i4].atan() * x[i4].atan()))).cos());
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((m2 - (k::<D>(-0.33))).sin()));
    }
    let a10 = if !((((k::<D>(0.9)) * a1.tanh().tanh()).atanh()).re() >= a1.tanh().sin().tan().re())
    {
        s3
    } else {
        x[0].sin()
    };
    ((k::<D>(0.001)) * ((((a1 + m2) - s3) + a10) + x[5])).tanh()
}

#[differentiable]
fn p70(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        f64::sin((0.5_f64 + ((1.0 + (0.573 * 0.573)) * (1.0 + (0.573_f64 * 0.573)))).ln_1p()),
        (1.0 + (0.9 * 0.9_f64)).powi(-1),
    );
    let a3: f64 = core::f64::consts::PI;
    let a4 = (((1.5 + f64::tanh(core::f64::consts::PI)).ln())
        / (1.5 + ((f64::signum(u1) * x1).tanh())))
    .max(x0 - ((-0.49f64).sin()));
    let mut m5: f64 = w2.tanh();
    let a6 = if a4 <= 0.3f64.exp() {
        Float::mul_add(0.16, x2, m5)
    } else {
        x0 - x0
    };
    for i7 in 2..=5 {
        let mut i8 = 0;
        while i8 < 2 {
            i8 += 1;
            let (u9, w10) = (m5, m5 - a3);
            m5 = Float::tanh((0.7f64 * m5) + p27(x2, u1.tanh()).tanh());
        }
        let mut s11 = 0.0;
        for i12 in 0..2 {
            let a13 = (W[i7] + a4) - ((-0.31) / (2.0 + a4.sin()));
            s11 /= u1.cosh();
        }
        m5 = m5.max(a3.atan());
        s11 /= 1.0
            + ((if x1 <= -0.42 { (i7 as f64) } else { a6 })
                * (if x1 <= -0.42 { (i7 as f64) } else { a6 }));
    }
    (((w2 * a3) + a4) + m5) + a6
}

fn p70_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (((k::<D>(0.5))
            + (((k::<D>(1.0)) + ((k::<D>(0.573)) * (k::<D>(0.573))))
                * ((k::<D>(1.0)) + ((k::<D>(0.573)) * (k::<D>(0.573))))))
        .ln_1p())
        .sin(),
        ((k::<D>(1.0)) + ((k::<D>(0.9)) * (k::<D>(0.9)))).powi(-1),
    );
    let a3: D = k::<D>(core::f64::consts::PI);
    let a4 = dmax(
        (((k::<D>(1.5)) + ((k::<D>(core::f64::consts::PI)).tanh())).ln())
            / ((k::<D>(1.5)) + (((k::<D>(u1.re().signum())) * x1).tanh())),
        x0 - ((k::<D>(-0.49)).sin()),
    );
    let mut m5: D = w2.tanh();
    let a6 = if a4.re() <= ((k::<D>(0.3)).exp()).re() {
        ((k::<D>(0.16)) * x2 + m5)
    } else {
        x0 - x0
    };
    for i7 in 2..=5 {
        let mut i8 = 0;
        while i8 < 2 {
            i8 += 1;
            let (u9, w10) = (m5, m5 - a3);
            m5 = (((k::<D>(0.7)) * m5) + p27_d(x2, u1.tanh()).tanh()).tanh();
        }
        let mut s11 = k::<D>(0.0);
        for i12 in 0..2 {
            let a13 = ((k::<D>(W[i7])) + a4) - ((k::<D>(-0.31)) / ((k::<D>(2.0)) + a4.sin()));
            s11 /= u1.cosh();
        }
        m5 = dmax(m5, a3.atan());
        s11 /= (k::<D>(1.0))
            + ((if x1.re() <= (k::<D>(-0.42)).re() {
                k::<D>(i7 as f64)
            } else {
                a6
            }) * (if x1.re() <= (k::<D>(-0.42)).re() {
                k::<D>(i7 as f64)
            } else {
                a6
            }));
    }
    (((w2 * a3) + a4) + m5) + a6
}

#[differentiable]
fn p71(x: &[f64]) -> f64 {
    let a1 = Float::acos(0.9 * Float::tanh(1.61));
    let (u2, w3) = (BETA - a1, -0.0);
    if w3 + u2 >= 1.954 * u2 {
        return (2.0 + ((x[2] / 0.02.exp()).sin())).log10();
    }
    let mut s4 = 0.0_f64;
    for &i5 in x.iter() {
        let mut s6 = 0.0;
        for i7 in 1..x.len() {
            let mut m8 = ((1.5 + x[i7 - 1].tanh()).powf(u2.cos())).asinh();
            if m8 >= w3 {
                m8 += u2
                    .cos()
                    .mul_add(
                        f64::acosh(1.1 + ((1.0 + (x[i7] * x[i7])) * (1.0_f64 + (x[i7] * x[i7]))))
                            .sin(),
                        i5,
                    )
                    .cos();
            } else {
                m8 *= 1.0 + (0.3 * f64::sin(f64::exp_m1(x[i7])));
            }
            let a9 = if u2 / Float::exp(f64::cos(m8)) > -0.13_f64 {
                ((((-0.316_f64) + (-1.34_f64)).sin()) * f64::tanh(m8 + (i7 as f64)))
                    / (1.5 + f64::exp(Float::sin(s6 + m8)).tanh())
            } else {
                Float::cosh(W[i7]).hypot(1.0f64).log2().tanh().sinh()
            };
            m8 *= 1.0 + (0.3 * x[i7].hypot(1.0).log10().sin());
        }
        let mut s10 = 0.5;
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            let mut m12: f64 = x[1].max(s4);
            let mut m13: f64 = (1.0 + (x[2] * x[2])).log10();
            s4 = (0.5 * s4) + (((1.0 + (s6.sin() * s6.sin())).powi(-2)).tanh());
        }
        s4 = f64::max(s4, core::f64::consts::PI.cos());
        s6 *= 1.0 + (0.3 * f64::sin(p39(Float::sin(s10), s4.cos(), x[3])));
    }
    for i14 in 0..4 {
        if i14 % 2 == 1 {
            break;
        }
        let mut i15 = 0;
        while i15 < 2 {
            i15 += 1;
            let a16 = Float::powi(1.5f64 + (((-0.6).asinh()).tanh()), -1);
            let mut m17: f64 = a16 + a16;
            if 0.61 <= Float::hypot((i15 as f64), 1.0_f64).log((0.5 + (0.4 * 1.5.sin())).exp()) {
                break;
            }
            let a18: f64 = s4;
            m17 *= 1.0_f64 + (0.3 * x[2].cosh().sin());
            m17 += m17.atan2(-(0.5f64 + ((-0.94_f64) * (-0.94)))).atan();
        }
        let a19: f64 = 0.221 + std::f64::consts::E;
        s4 += x[1].atan();
        s4 -= (w3.exp_m1() + u2).tanh();
    }
    let mut s20 = 0.5;
    for i21 in 0..x.len() / 2 {
        let mut s22: f64 = 1.0f64;
        for &i23 in x.iter() {
            let a24 = Float::asinh(i23);
            let (u25, w26) = ((-(V[i21] - u2)) + i23.cosh().recip().cos(), i23);
            s22 = s22.min(x[2 * i21 + 1].sin());
        }
        let a27 = (-s22).asinh();
        let a28 = (1.0f64 + (s22.atan() * s22.atan())).powi(-2);
        s22 -= ((s22 - u2) - w3).tanh();
    }
    (0.001 * (((((a1 - u2) + w3) * s4) + s20) + x[2])).tanh()
}

fn p71_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.9)) * ((k::<D>(1.61)).tanh())).acos();
    let (u2, w3) = ((k::<D>(BETA)) - a1, k::<D>(-0.0));
    if (w3 + u2).re() >= ((k::<D>(1.954)) * u2).re() {
        return ((k::<D>(2.0)) + ((x[2] / ((k::<D>(0.02)).exp())).sin())).log10();
    }
    let mut s4 = k::<D>(0.0);
    for &i5 in x.iter() {
        let mut s6 = k::<D>(0.0);
        for i7 in 1..x.len() {
            let mut m8 = ((u2.cos() * ((k::<D>(1.5)) + x[i7 - 1].tanh()).ln()).exp()).asinh();
            if m8.re() >= w3.re() {
                m8 += (u2.cos()
                    * ((((k::<D>(1.1))
                        + (((k::<D>(1.0)) + (x[i7] * x[i7]))
                            * ((k::<D>(1.0)) + (x[i7] * x[i7]))))
                        .acosh())
                    .sin())
                    + i5)
                    .cos();
            } else {
                m8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i7].exp_m1().sin());
            }
            let a9 = if (u2 / m8.cos().exp()).re() > (k::<D>(-0.13)).re() {
                ((((k::<D>(-0.316)) + (k::<D>(-1.34))).sin()) * ((m8 + (k::<D>(i7 as f64))).tanh()))
                    / ((k::<D>(1.5)) + ((((s6 + m8).sin()).exp()).tanh()))
            } else {
                ((((((k::<D>(W[i7])).cosh()) * ((k::<D>(W[i7])).cosh())
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .log2())
                .tanh())
                .sinh()
            };
            m8 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((x[i7] * x[i7] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()).sin()));
        }
        let mut s10 = k::<D>(0.5);
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            let mut m12: D = dmax(x[1], s4);
            let mut m13: D = ((k::<D>(1.0)) + (x[2] * x[2])).log10();
            s4 = ((k::<D>(0.5)) * s4) + ((((k::<D>(1.0)) + (s6.sin() * s6.sin())).powi(-2)).tanh());
        }
        s4 = dmax(s4, (k::<D>(core::f64::consts::PI)).cos());
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * p39_d(s10.sin(), s4.cos(), x[3]).sin());
    }
    for i14 in 0..4 {
        if i14 % 2 == 1 {
            break;
        }
        let mut i15 = 0;
        while i15 < 2 {
            i15 += 1;
            let a16 = ((k::<D>(1.5)) + (((k::<D>(-0.6)).asinh()).tanh())).powi(-1);
            let mut m17: D = a16 + a16;
            if (k::<D>(0.61)).re()
                <= ((((k::<D>(i15 as f64)) * (k::<D>(i15 as f64)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                .ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(1.5)).sin()))).exp()).ln())
                .re()
            {
                break;
            }
            let a18: D = s4;
            m17 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[2].cosh().sin());
            m17 += datan2(m17, -((k::<D>(0.5)) + ((k::<D>(-0.94)) * (k::<D>(-0.94))))).atan();
        }
        let a19: D = (k::<D>(0.221)) + (k::<D>(std::f64::consts::E));
        s4 += x[1].atan();
        s4 -= (w3.exp_m1() + u2).tanh();
    }
    let mut s20 = k::<D>(0.5);
    for i21 in 0..x.len() / 2 {
        let mut s22: D = k::<D>(1.0);
        for &i23 in x.iter() {
            let a24 = i23.asinh();
            let (u25, w26) = ((-((k::<D>(V[i21])) - u2)) + i23.cosh().recip().cos(), i23);
            s22 = dmin(s22, x[2 * i21 + 1].sin());
        }
        let a27 = (-s22).asinh();
        let a28 = ((k::<D>(1.0)) + (s22.atan() * s22.atan())).powi(-2);
        s22 -= ((s22 - u2) - w3).tanh();
    }
    ((k::<D>(0.001)) * (((((a1 - u2) + w3) * s4) + s20) + x[2])).tanh()
}

#[differentiable]
fn p72(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x1.exp2();
    let mut m2 = x0;
    let a1 = x1.sin().tan();
    let a3 = (-1.6) * x0;
    (((x1 + x2) + m2) + a1) + a3
}

fn p72_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x1.exp2();
    let mut m2 = x0;
    let a1 = x1.sin().tan();
    let a3 = (k::<D>(-1.6)) * x0;
    (((x1 + x2) + m2) + a1) + a3
}

#[differentiable]
fn p73<T: Float>(x0: T, x1: T) -> T {
    let mut s1: T = c::<T>(1.0);
    for i2 in 2..=4 {
        let a3 = T::cosh(x0).sqrt();
        s1 = s1 + T::sin((if i2 >= 2 { a3 } else { c::<T>(-1.65) }) * (x0 + (c::<T>(-0.7))));
        s1 = (((c::<T>(0.7)) * s1) + ((c::<T>(i2 as f64)).min(c::<T>(i2 as f64)))).tanh();
    }
    let mut s4: T = T::from(0.5).unwrap();
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = x0 * x1;
        let mut m7 = c::<T>(std::f64::consts::E);
        m7 = m7 + x0.atan();
    }
    for i8 in 1..4 {
        let a9 = if i8 >= 1 {
            s4.atan() * T::from(1.41).unwrap()
        } else {
            T::hypot(c::<T>(V[i8]), c::<T>(1.0)).sqrt() - (s1 + x0)
        };
        let a10 = T::ln(T::cosh((c::<T>(i8 as f64)).atan()))
            - ((((c::<T>(i8 as f64)).sin()) * s4.tanh()) + Float::sin(Float::tanh(s4)).tan());
        s4 = s4 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::cos((c::<T>(1.5)) + x0.tanh())));
        s4 = s4.min(x1.powi(2).atan());
        s1 = s1 - ((((c::<T>(1.0)) + (s1.tanh() * s1.tanh())).ln()).cos());
    }
    let a11 = if (c::<T>(ALPHA)) - x0 >= c::<T>(-0.43) {
        c::<T>(1.8)
    } else {
        ((c::<T>(0.5))
            + (((c::<T>(1.0)) + (s1.cos() * T::cos(s1))) * (T::one() + (s1.cos() * s1.cos()))))
        .ln_1p()
    };
    let mut i12 = 0;
    while i12 < 1 {
        i12 += 1;
        let a13: T = -s4;
        s1 = s1 + T::tanh(T::tanh(a13).mul_add(c::<T>(i12 as f64), x0));
        if i12 < 0 {
            continue;
        }
    }
    let mut s14: T = c::<T>(0.0);
    for i15 in 0..1 {
        let mut s16 = T::one();
        for i17 in 1..=3 {
            let mut m18: T = a11 - s16;
            let a19 = ((c::<T>(0.0)) * (c::<T>(ALPHA)))
                / ((c::<T>(1.0))
                    + ((((c::<T>(1.0)) + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))).powi(-1))
                        * ((T::one() + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))).powi(-1))));
            s4 = s4 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::tanh(c::<T>(-0.6)).cos().sin()));
            if i17 < 1 {
                continue;
            }
            s16 = s16.max(x1.sin());
        }
        s4 = ((c::<T>(0.5)) * s4) + T::tanh(x0.mul_add(a11.tanh(), c::<T>(i15 as f64)));
        let a11: T = Float::exp(c::<T>(V[i15])) - (c::<T>(-1.12));
        s16 = s16 - x1.atan2((c::<T>(0.5)) + (x1 * x1)).sin();
    }
    ((c::<T>(0.001)) * ((((x1 + s1) + s4) + a11) + s14)).tanh()
}

fn p73_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 2..=4 {
        let a3 = x0.cosh().sqrt();
        s1 += ((if i2 >= 2 { a3 } else { k::<D>(-1.65) }) * (x0 + (k::<D>(-0.7)))).sin();
        s1 = (((k::<D>(0.7)) * s1) + dmin(k::<D>(i2 as f64), k::<D>(i2 as f64))).tanh();
    }
    let mut s4: D = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = x0 * x1;
        let mut m7 = k::<D>(std::f64::consts::E);
        m7 += x0.atan();
    }
    for i8 in 1..4 {
        let a9 = if i8 >= 1 {
            s4.atan() * (k::<D>(1.41))
        } else {
            ((((k::<D>(V[i8])) * (k::<D>(V[i8])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt())
                - (s1 + x0)
        };
        let a10 = ((((k::<D>(i8 as f64)).atan()).cosh()).ln())
            - ((((k::<D>(i8 as f64)).sin()) * s4.tanh()) + s4.tanh().sin().tan());
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x0.tanh()).cos()));
        s4 = dmin(s4, x1.powi(2).atan());
        s1 -= (((k::<D>(1.0)) + (s1.tanh() * s1.tanh())).ln()).cos();
    }
    let a11 = if ((k::<D>(ALPHA)) - x0).re() >= (k::<D>(-0.43)).re() {
        k::<D>(1.8)
    } else {
        ((k::<D>(0.5))
            + (((k::<D>(1.0)) + (s1.cos() * s1.cos())) * ((k::<D>(1.0)) + (s1.cos() * s1.cos()))))
        .ln_1p()
    };
    let mut i12 = 0;
    while i12 < 1 {
        i12 += 1;
        let a13: D = -s4;
        s1 += (a13.tanh() * (k::<D>(i12 as f64)) + x0).tanh();
        if i12 < 0 {
            continue;
        }
    }
    let mut s14: D = k::<D>(0.0);
    for i15 in 0..1 {
        let mut s16 = k::<D>(1.0);
        for i17 in 1..=3 {
            let mut m18: D = a11 - s16;
            let a19 = ((k::<D>(0.0)) * (k::<D>(ALPHA)))
                / ((k::<D>(1.0))
                    + ((((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).powi(-1))
                        * (((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).powi(-1))));
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(-0.6)).tanh()).cos()).sin()));
            if i17 < 1 {
                continue;
            }
            s16 = dmax(s16, x1.sin());
        }
        s4 = ((k::<D>(0.5)) * s4) + ((x0 * a11.tanh() + (k::<D>(i15 as f64))).tanh());
        let a11: D = ((k::<D>(V[i15])).exp()) - (k::<D>(-1.12));
        s16 -= datan2(x1, (k::<D>(0.5)) + (x1 * x1)).sin();
    }
    ((k::<D>(0.001)) * ((((x1 + s1) + s4) + a11) + s14)).tanh()
}

#[differentiable]
fn p74<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        s1 = ((c::<T>(0.5)) * s1) + T::atan(s1);
        s1 -= Float::atan(-x1.exp_m1());
        s1 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * T::hypot(s1 - x0, c::<T>(1.0)).sqrt().sin());
    }
    let mut s3 = c::<T>(1.0);
    for i4 in 1..3 {
        if i4 > 1 {
            s1 += T::tanh(s1).cos();
        } else {
            s3 = s3.min((s1.atan() * x1).atan());
        }
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = x0;
            s3 = (T::from(0.5).unwrap() * s3)
                + T::cos(((c::<T>(2.0)) + Float::atan(x1).sin()).powf((c::<T>(-0.88)) * a6));
            let a7 = (T::from(0.9).unwrap() * s3.atan().tanh()).acos();
            s1 = ((c::<T>(0.5)) * s1) + ((c::<T>(-0.5)).cos());
        }
        let a8 = s1 - ((((c::<T>(core::f64::consts::PI)).tanh()).powi(2)).sin());
        s3 += T::sin(
            (T::from(1.1).unwrap()
                + (T::hypot(
                    x0,
                    (c::<T>(0.5)) + ((c::<T>(std::f64::consts::E)) * (c::<T>(std::f64::consts::E))),
                )
                .cos()
                .exp()
                    * x0.hypot(
                        T::from(0.5).unwrap()
                            + ((c::<T>(std::f64::consts::E)) * (c::<T>(std::f64::consts::E))),
                    )
                    .cos()
                    .exp()))
            .acosh(),
        );
        s3 /= Float::cosh((((c::<T>(1.0)) + (s3.cos() * s3.cos())).log10()).cos());
    }
    let a9 = T::exp_m1(x1);
    let a10 =
        (((s1.tanh() * x1) - (((c::<T>(1.1)) + (T::cosh(x1) * x1.cosh())).acosh())).sin()).powi(1);
    for i11 in 1..2 {
        let mut m12 = s3.abs();
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(x1.min(s1) + (s1.signum() * x1)));
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(1.5)) + T::tanh(a10)).cos()));
    }
    let a13 = s1 + s3;
    (T::from(0.001).unwrap() * ((((s1 + s3) - a9) + a10) + a13)).tanh()
}

fn p74_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        s1 = ((k::<D>(0.5)) * s1) + s1.atan();
        s1 -= (-x1.exp_m1()).atan();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((s1 - x0) * (s1 - x0) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt())
                    .sin()));
    }
    let mut s3 = k::<D>(1.0);
    for i4 in 1..3 {
        if i4 > 1 {
            s1 += s1.tanh().cos();
        } else {
            s3 = dmin(s3, (s1.atan() * x1).atan());
        }
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = x0;
            s3 = ((k::<D>(0.5)) * s3)
                + (((((k::<D>(-0.88)) * a6) * ((k::<D>(2.0)) + x1.atan().sin()).ln()).exp()).cos());
            let a7 = ((k::<D>(0.9)) * s3.atan().tanh()).acos();
            s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(-0.5)).cos());
        }
        let a8 = s1 - ((((k::<D>(core::f64::consts::PI)).tanh()).powi(2)).sin());
        s3 += (((k::<D>(1.1))
            + (((((x0 * x0
                + ((k::<D>(0.5))
                    + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                    * ((k::<D>(0.5))
                        + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))))
            .sqrt())
            .cos())
            .exp())
                * ((((x0 * x0
                    + ((k::<D>(0.5))
                        + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                        * ((k::<D>(0.5))
                            + ((k::<D>(std::f64::consts::E))
                                * (k::<D>(std::f64::consts::E)))))
                .sqrt())
                .cos())
                .exp())))
        .acosh())
        .sin();
        s3 /= ((((k::<D>(1.0)) + (s3.cos() * s3.cos())).log10()).cos()).cosh();
    }
    let a9 = x1.exp_m1();
    let a10 =
        (((s1.tanh() * x1) - (((k::<D>(1.1)) + (x1.cosh() * x1.cosh())).acosh())).sin()).powi(1);
    for i11 in 1..2 {
        let mut m12 = s3.abs();
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((dmin(x1, s1) + ((k::<D>(s1.re().signum())) * x1)).sin()));
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a10.tanh()).cos()));
    }
    let a13 = s1 + s3;
    ((k::<D>(0.001)) * ((((s1 + s3) - a9) + a10) + a13)).tanh()
}

#[differentiable]
fn p75(x: &[f64]) -> f64 {
    let a1 = ((((x[5] + x[1]).hypot(1.0)).cbrt()).trunc()) * f64::tanh(Float::exp2(BETA.cos()));
    let (u2, w3) = (
        ((a1 / (2.0 + a1.sin())) + (0.7 - ALPHA)).sin(),
        f64::ln_1p(0.5 + ((2.0 + Float::sin(a1)) * (2.0 + a1.sin())))
            .mul_add(1.8, (1.0f64 + ((-1.9) * (-1.9))).recip())
            * (Float::powi(2.0 + x[1].sin(), 0) + (-x[0])),
    );
    let a5 = if x[5] < x[1] {
        (((1.0f64 + (std::f64::consts::E * std::f64::consts::E)).sqrt())
            / f64::hypot(1.415 - x[2], 1.0))
            / (1.0 + (u2 * u2))
    } else {
        a1 - (({
            let t4 = x[4];
            -1.4_f64
        }) - ((1.5f64 + ((-1.366).tanh())).sqrt()))
    };
    let a6: f64 = w3;
    let mut m7: f64 = (a1 - u2) / (1.5 + Float::tanh(-0.7f64));
    let a8: f64 = x[4] * u2;
    let a9: f64 = a8.mul_add(f64::cos(a1), m7).tanh().exp();
    ((((a5 + a6) + m7) + a8) + a9) + x[3]
}

fn p75_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(
        ((((x[5] + x[1]) * (x[5] + x[1]) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt())
            .re()
            .trunc(),
    )) * ((((k::<D>(BETA)).cos()).exp2()).tanh());
    let (u2, w3) = (
        ((a1 / ((k::<D>(2.0)) + a1.sin())) + ((k::<D>(0.7)) - (k::<D>(ALPHA)))).sin(),
        ((((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin()))).ln_1p())
            * (k::<D>(1.8))
            + (((k::<D>(1.0)) + ((k::<D>(-1.9)) * (k::<D>(-1.9)))).recip()))
            * ((((k::<D>(2.0)) + x[1].sin()).powi(0)) + (-x[0])),
    );
    let a5 = if x[5].re() < x[1].re() {
        ((((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))).sqrt())
            / ((((k::<D>(1.415)) - x[2]) * ((k::<D>(1.415)) - x[2])
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt()))
            / ((k::<D>(1.0)) + (u2 * u2))
    } else {
        a1 - (({
            let t4 = x[4];
            k::<D>(-1.4)
        }) - (((k::<D>(1.5)) + ((k::<D>(-1.366)).tanh())).sqrt()))
    };
    let a6: D = w3;
    let mut m7: D = (a1 - u2) / ((k::<D>(1.5)) + ((k::<D>(-0.7)).tanh()));
    let a8: D = x[4] * u2;
    let a9: D = ((a8 * a1.cos() + m7).tanh()).exp();
    ((((a5 + a6) + m7) + a8) + a9) + x[3]
}

#[differentiable]
fn p76<T: Float + NumAssign>(x: [T; 4], y: T) -> T {
    let (u1, w2) = ((c::<T>(-0.9)).min(y), y.atan());
    let (u3, w4) = (
        Float::ln((c::<T>(2.0)) + ((((c::<T>(0.9)) * x[1].sin()).acos()).sin())),
        Float::log2((c::<T>(1.5)) + (((c::<T>(-0.38)).tanh()).tanh())),
    );
    let a5 = if w4.clamp(c::<T>(-0.25), c::<T>(1.49)) >= T::from(0.22).unwrap() {
        u3
    } else {
        Float::log10(((c::<T>(-1.728)) / ((c::<T>(2.0)) + w4.sin())).exp())
    };
    let (u6, w7) = (
        T::ln_1p(
            T::from(0.5).unwrap()
                + (((c::<T>(1.5)) + a5.tanh()) * (T::from(1.5).unwrap() + a5.tanh())),
        ),
        ((c::<T>(1.5)) + Float::tanh(x[3])).log10(),
    );
    let u1 = ((T::from(0.5).unwrap()
        + (((c::<T>(2.0)) + w4.sin()) * ((c::<T>(2.0)) + T::sin(w4))))
    .ln_1p())
        * T::cos(p9(c::<T>(-0.359), x[0], c::<T>(1.4))).exp();
    ((((w4 * a5) + u6) + w7) + u1) + x[3]
}

fn p76_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (dmin(k::<D>(-0.9), y), y.atan());
    let (u3, w4) = (
        ((k::<D>(2.0)) + ((((k::<D>(0.9)) * x[1].sin()).acos()).sin())).ln(),
        ((k::<D>(1.5)) + (((k::<D>(-0.38)).tanh()).tanh())).log2(),
    );
    let a5 = if dclamp(w4, k::<D>(-0.25), k::<D>(1.49)).re() >= (k::<D>(0.22)).re() {
        u3
    } else {
        (((k::<D>(-1.728)) / ((k::<D>(2.0)) + w4.sin())).exp()).log10()
    };
    let (u6, w7) = (
        ((k::<D>(0.5)) + (((k::<D>(1.5)) + a5.tanh()) * ((k::<D>(1.5)) + a5.tanh()))).ln_1p(),
        ((k::<D>(1.5)) + x[3].tanh()).log10(),
    );
    let u1 = (((k::<D>(0.5)) + (((k::<D>(2.0)) + w4.sin()) * ((k::<D>(2.0)) + w4.sin()))).ln_1p())
        * p9_d(k::<D>(-0.359), x[0], k::<D>(1.4)).cos().exp();
    ((((w4 * a5) + u6) + w7) + u1) + x[3]
}

#[differentiable]
fn p77(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = ((V[i2] / (1.5 + BETA.tanh())).cos()).mul_add(x0, x0.tanh());
        let a4 = s1 + x2;
        let a5 = f64::cos(((i2 as f64).ceil()) * x2);
        s1 = (0.5 * s1) + Float::tanh(V[i2]);
        s1 = ((0.7 * s1)
            + ({
                let t6 = a5;
                f64::mul_add(a3.atan(), x1, x1)
            }))
        .cos();
    }
    let (u7, w8) = (x0, 1.43 / (1.0f64 + (x2 * x2)));
    s1 = (0.5 * s1) + (((-0.1) - x2) * ((-1.66) - x0));
    let a9: f64 = std::f64::consts::E;
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        let (u11, w12) = (x1 - V[i10], p38(Float::tanh(W[i10]), x0, -0.0f64));
        let a13 = Float::asin(
            0.9 * ((((1.0
                + ((if u11 > x2 { a9 } else { u7 }) * (if u11 > x2 { a9 } else { u7 })))
            .log2())
            .atan())
            .tanh()),
        );
        s1 += x1.tanh();
    }
    let mut m14 = (0.9 * Float::tanh(a9.sin())).acos();
    (((s1 + u7) + w8) + a9) * m14
}

fn p77_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = ((((k::<D>(V[i2])) / ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))).cos()) * x0
            + x0.tanh());
        let a4 = s1 + x2;
        let a5 = ((k::<D>((k::<D>(i2 as f64)).re().ceil())) * x2).cos();
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(V[i2])).tanh());
        s1 = (((k::<D>(0.7)) * s1)
            + ({
                let t6 = a5;
                (a3.atan() * x1 + x1)
            }))
        .cos();
    }
    let (u7, w8) = (x0, (k::<D>(1.43)) / ((k::<D>(1.0)) + (x2 * x2)));
    s1 = ((k::<D>(0.5)) * s1) + (((k::<D>(-0.1)) - x2) * ((k::<D>(-1.66)) - x0));
    let a9: D = k::<D>(std::f64::consts::E);
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        let (u11, w12) = (
            x1 - (k::<D>(V[i10])),
            p38_d((k::<D>(W[i10])).tanh(), x0, k::<D>(-0.0)),
        );
        let a13 = ((k::<D>(0.9))
            * (((((k::<D>(1.0))
                + ((if u11.re() > x2.re() { a9 } else { u7 })
                    * (if u11.re() > x2.re() { a9 } else { u7 })))
            .log2())
            .atan())
            .tanh()))
        .asin();
        s1 += x1.tanh();
    }
    let mut m14 = ((k::<D>(0.9)) * a9.sin().tanh()).acos();
    (((s1 + u7) + w8) + a9) * m14
}

#[differentiable]
fn p78(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = Float::powi(2.0 + Float::sin(x0), -1).sin().tan();
        s1 *= 1.0 + (0.3_f64 * ((a3 - f64::log10(1.0 + (x0 * x0))).sin()));
        s1 *= 1.0f64 + (0.3 * a3.exp().cos());
    }
    let a4: f64 = (0.5_f64
        + ((2.0 + ((-((2.0 + ((-1.9).sin())).cbrt())).sin()))
            * (2.0 + Float::sin(-((2.0 + ((-1.9).sin())).cbrt())))))
    .ln_1p();
    if -1.11 < 0.88 || a4 < s1 {
        return x1.cos().exp().recip();
    }
    let mut s5 = 0.0;
    for i6 in 1..2 {
        s1 += ((((s1 + s1).atan()) * x0.asinh())
            * Float::ln_1p(
                0.5 + ((((2.0f64 + f64::sin(s5)).powi(0)).exp())
                    * f64::powi(2.0 + s5.sin(), 0).exp()),
            ))
        .tanh();
        let a7 = f64::powi(x1, 1);
        if i6 % 2 == 1 {
            break;
        }
        s5 = s5.max((a7 / (2.0 + (((1.5_f64 + ((i6 as f64).tanh())).recip()).sin()))).sin());
        s1 = Float::tanh((0.7 * s1) + (a7 + a4));
    }
    let mut m8 = (2.0 + s5.sin()).log2();
    (((x1 + s1) + a4) + s5) * m8
}

fn p78_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = ((((k::<D>(2.0)) + x0.sin()).powi(-1)).sin()).tan();
        s1 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a3 - (((k::<D>(1.0)) + (x0 * x0)).log10())).sin()));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a3.exp().cos());
    }
    let a4: D = ((k::<D>(0.5))
        + (((k::<D>(2.0)) + ((-(((k::<D>(2.0)) + ((k::<D>(-1.9)).sin())).cbrt())).sin()))
            * ((k::<D>(2.0)) + ((-(((k::<D>(2.0)) + ((k::<D>(-1.9)).sin())).cbrt())).sin()))))
    .ln_1p();
    if (k::<D>(-1.11)).re() < (k::<D>(0.88)).re() || a4.re() < s1.re() {
        return x1.cos().exp().recip();
    }
    let mut s5 = k::<D>(0.0);
    for i6 in 1..2 {
        s1 += ((((s1 + s1).atan()) * x0.asinh())
            * (((k::<D>(0.5))
                + (((((k::<D>(2.0)) + s5.sin()).powi(0)).exp())
                    * ((((k::<D>(2.0)) + s5.sin()).powi(0)).exp())))
            .ln_1p()))
        .tanh();
        let a7 = x1.powi(1);
        if i6 % 2 == 1 {
            break;
        }
        s5 = dmax(
            s5,
            (a7 / ((k::<D>(2.0))
                + ((((k::<D>(1.5)) + ((k::<D>(i6 as f64)).tanh())).recip()).sin())))
            .sin(),
        );
        s1 = (((k::<D>(0.7)) * s1) + (a7 + a4)).tanh();
    }
    let mut m8 = ((k::<D>(2.0)) + s5.sin()).log2();
    (((x1 + s1) + a4) + s5) * m8
}

#[differentiable]
fn p79<T: Float>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (x0, x2.atan2((c::<T>(0.5)) + (x0 * x0)));
    let (u3, w4) = (u1 + x1, w2);
    let w4: T = (c::<T>(-0.66)) / (T::from(1.5).unwrap() + w2.tanh());
    let u3 = u3;
    let mut s5: T = c::<T>(0.0);
    for i6 in 1..2 {
        let (u7, w8) = (
            x0.mul_add(u1, x0) - x1.asinh(),
            Float::powf(x2.cosh(), Float::sin(Float::cosh(s5.cos()).log10())),
        );
        let mut s9: T = c::<T>(0.0);
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            let a11 = if i6 != 1 {
                (c::<T>(i6 as f64)) * x1
            } else {
                u1.sin()
            };
            if w2 - x2 >= T::from(0.55).unwrap() {
                s9 = s9
                    * (T::one()
                        + (T::from(0.3).unwrap() * ((T::from(1.5).unwrap() + T::tanh(w8)).cos())));
            }
            s9 = s9
                - ((((-T::from(-1.261).unwrap()).cos())
                    / (T::one()
                        + (Float::sin((c::<T>(std::f64::consts::E)) + u1).powi(2)
                            * T::powi(((c::<T>(std::f64::consts::E)) + u1).sin(), 2))))
                .atan());
            s5 = ((c::<T>(0.5)) * s5) + w8.sin().cos();
        }
        let mut m12: T = (((x1.cosh() - (s9.atan() * u7)).atan()).exp()).sqrt();
        m12 = m12 + T::sin(w2 * u1).atan();
    }
    (((u1 + w2) + w4) + u3) + s5
}

fn p79_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x0, datan2(x2, (k::<D>(0.5)) + (x0 * x0)));
    let (u3, w4) = (u1 + x1, w2);
    let w4: D = (k::<D>(-0.66)) / ((k::<D>(1.5)) + w2.tanh());
    let u3 = u3;
    let mut s5: D = k::<D>(0.0);
    for i6 in 1..2 {
        let (u7, w8) = (
            (x0 * u1 + x0) - x1.asinh(),
            (s5.cos().cosh().log10().sin() * x2.cosh().ln()).exp(),
        );
        let mut s9: D = k::<D>(0.0);
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            let a11 = if i6 != 1 {
                (k::<D>(i6 as f64)) * x1
            } else {
                u1.sin()
            };
            if (w2 - x2).re() >= (k::<D>(0.55)).re() {
                s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + w8.tanh()).cos()));
            }
            s9 -= (((-(k::<D>(-1.261))).cos())
                / ((k::<D>(1.0))
                    + (((((k::<D>(std::f64::consts::E)) + u1).sin()).powi(2))
                        * ((((k::<D>(std::f64::consts::E)) + u1).sin()).powi(2)))))
            .atan();
            s5 = ((k::<D>(0.5)) * s5) + w8.sin().cos();
        }
        let mut m12: D = (((x1.cosh() - (s9.atan() * u7)).atan()).exp()).sqrt();
        m12 += ((w2 * u1).sin()).atan();
    }
    (((u1 + w2) + w4) + u3) + s5
}

#[differentiable]
fn p80(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut s3 = 1.0;
        for i4 in (i2 + 1)..4 {
            let (u5, w6) = (s1.tanh().mul_add(1.7, s1), core::f64::consts::PI * x1);
            let mut m7 = x1 - x0;
            let a8 = Float::sinh(Float::atan(m7))
                - (((1.1 + ((1.0 + (m7 * m7)) * (1.0 + (m7 * m7)))).acosh()) * f64::cos(x0));
            s1 *= 1.0_f64 + (0.3 * u5.sin());
            s1 += p72(
                (s1 + s1).tanh(),
                (ALPHA + (i4 as f64)).atan(),
                (m7 - x1).cos(),
            )
            .cos();
            if i4 >= 1 {
                continue;
            }
        }
        s1 = (0.5 * s1) + Float::hypot(s3, 1.0).sqrt().atan();
        if i2 % 2 == 1 {
            break;
        }
        s3 -= ((x1.trunc() * s1.atan())
            + ((1.1 + ((1.0_f64 + (x0 * x0)) * (1.0 + (x0 * x0)))).acosh()))
        .sin();
    }
    let mut m9: f64 = x0.exp().cbrt();
    if x0 * (-1.91) <= -0.19 {
        return Float::cos(x1 / (1.5_f64 + 1.7_f64.tanh())).sinh();
    }
    let a10: f64 = s1
        .atan()
        .exp2()
        .cos()
        .mul_add(f64::sin(s1), (1.0_f64 + (x1 * x1)).log10());
    (((x0 * x1) + s1) * m9) * a10
}

fn p80_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut s3 = k::<D>(1.0);
        for i4 in (i2 + 1)..4 {
            let (u5, w6) = (
                (s1.tanh() * (k::<D>(1.7)) + s1),
                (k::<D>(core::f64::consts::PI)) * x1,
            );
            let mut m7 = x1 - x0;
            let a8 = m7.atan().sinh()
                - ((((k::<D>(1.1)) + (((k::<D>(1.0)) + (m7 * m7)) * ((k::<D>(1.0)) + (m7 * m7))))
                    .acosh())
                    * x0.cos());
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u5.sin());
            s1 += p72_d(
                (s1 + s1).tanh(),
                ((k::<D>(ALPHA)) + (k::<D>(i4 as f64))).atan(),
                (m7 - x1).cos(),
            )
            .cos();
            if i4 >= 1 {
                continue;
            }
        }
        s1 = ((k::<D>(0.5)) * s1)
            + ((((s3 * s3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()).atan());
        if i2 % 2 == 1 {
            break;
        }
        s3 -= (((k::<D>(x1.re().trunc())) * s1.atan())
            + (((k::<D>(1.1)) + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0))))
                .acosh()))
        .sin();
    }
    let mut m9: D = x0.exp().cbrt();
    if (x0 * (k::<D>(-1.91))).re() <= (k::<D>(-0.19)).re() {
        return ((x1 / ((k::<D>(1.5)) + ((k::<D>(1.7)).tanh()))).cos()).sinh();
    }
    let a10: D = (s1.atan().exp2().cos() * s1.sin() + (((k::<D>(1.0)) + (x1 * x1)).log10()));
    (((x0 * x1) + s1) * m9) * a10
}

#[differentiable]
fn p81(x: &[f64]) -> f64 {
    let a1 = BETA
        .atan()
        .exp()
        .powf(((2.0 + x[4].sin()).powf(BETA.atan())).sin());
    let a2 = Float::atanh(0.9 * f64::sin((f64::tanh(a1).cosh().recip() / ((-1.016).cosh())).cos()));
    if x[1] + (-0.41) <= if x[3] > 0.08 { 0.9_f64 } else { a2 } {
        return x[0].tanh();
    }
    let a3 = (x[3] + a2) * (a2 + a2);
    let mut m4 = a3;
    (((a1 + a2) + a3) + m4) + x[1]
}

fn p81_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((((((k::<D>(BETA)).atan()) * ((k::<D>(2.0)) + x[4].sin()).ln()).exp()).sin())
        * (((k::<D>(BETA)).atan()).exp()).ln())
    .exp();
    let a2 = ((k::<D>(0.9))
        * (((a1.tanh().cosh().recip() / ((k::<D>(-1.016)).cosh())).cos()).sin()))
    .atanh();
    if (x[1] + (k::<D>(-0.41))).re()
        <= (if x[3].re() > (k::<D>(0.08)).re() {
            k::<D>(0.9)
        } else {
            a2
        })
        .re()
    {
        return x[0].tanh();
    }
    let a3 = (x[3] + a2) * (a2 + a2);
    let mut m4 = a3;
    (((a1 + a2) + a3) + m4) + x[1]
}

#[differentiable]
fn p82<T: Float>(x: [T; 4], y: T, nk: usize) -> T {
    let (u1, w2) = (
        (T::from(0.5).unwrap()
            + (T::cos(
                ((c::<T>(1.0)) + (((c::<T>(0.7)) + x[3]) * (T::from(0.7).unwrap() + x[3]))).cbrt(),
            )
            .exp()
                * T::cbrt((c::<T>(1.0)) + (((c::<T>(0.7)) + x[3]) * ((c::<T>(0.7)) + x[3])))
                    .cos()
                    .exp()))
        .ln_1p(),
        y,
    );
    let a3 = if x[0] + w2 > x[2] * w2 {
        u1
    } else {
        y / x[1].hypot(T::one())
    };
    let mut m4: T = u1;
    m4 = (((c::<T>(0.7)) * m4) + (((y - x[1]) - x[3].exp_m1()).tanh())).tanh();
    let mut s5: T = c::<T>(0.0);
    for i6 in 0..x.len() {
        let mut m7 = m4;
        let mut m8: T = (c::<T>(0.459)) - m4;
        m8 = m8 + ((-x[i6]).cos());
    }
    ((((u1 + w2) * a3) + m4) + s5) - x[0]
}

fn p82_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let (u1, w2) = (
        ((k::<D>(0.5))
            + ((((((k::<D>(1.0)) + (((k::<D>(0.7)) + x[3]) * ((k::<D>(0.7)) + x[3]))).cbrt())
                .cos())
            .exp())
                * (((((k::<D>(1.0)) + (((k::<D>(0.7)) + x[3]) * ((k::<D>(0.7)) + x[3])))
                    .cbrt())
                .cos())
                .exp())))
        .ln_1p(),
        y,
    );
    let a3 = if (x[0] + w2).re() > (x[2] * w2).re() {
        u1
    } else {
        y / ((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
    };
    let mut m4: D = u1;
    m4 = (((k::<D>(0.7)) * m4) + (((y - x[1]) - x[3].exp_m1()).tanh())).tanh();
    let mut s5: D = k::<D>(0.0);
    for i6 in 0..x.len() {
        let mut m7 = m4;
        let mut m8: D = (k::<D>(0.459)) - m4;
        m8 += (-x[i6]).cos();
    }
    ((((u1 + w2) * a3) + m4) + s5) - x[0]
}

#[differentiable]
fn p83(x0: f64, x1: f64) -> f64 {
    let (u2, w3) = (
        0.258,
        (2.0f64
            + f64::sin({
                let t1 = x0;
                (0.9f64 * 1.27_f64.tanh()).acos()
            }))
        .log10(),
    );
    let mut s4 = 0.5;
    for i5 in 1..3 {
        let a6 = (((0.9 * Float::tanh((i5 as f64))).acos())
            / (1.5f64 + Float::tanh(f64::hypot(W[i5], 0.5 + (x0 * x0)))))
            - x0;
        s4 *= 1.0 + (0.3 * a6.sin());
        s4 = (0.5_f64 * s4) + x0.tanh().cos();
        if i5 % 2 == 1 {
            break;
        }
    }
    let mut s7: f64 = 1.0;
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let (u9, w10) = (
            Float::mul_add(1.034 - x0, V[i8], -s7)
                / (2.0 + (((1.0 + ((u2 * 1.467) * (u2 * 1.467f64))).log10()).sin())),
            Float::sinh(-0.17) / (1.0 + (u2 * u2)),
        );
        let mut s11: f64 = 0.5_f64;
        if x1 >= 0.21 {
            break;
        }
        let mut i12 = 0;
        while i12 < 3 {
            i12 += 1;
            let a13 = (s11 - x1) - s4;
            let mut m14 = f64::cos(s4 / s4.atan().sin().tan().exp()).exp_m1();
            s7 = (0.5 * s7) + p57((-BETA).sin(), s7.tanh()).tanh();
            if !(x0 >= s11) {
                break;
            }
            s4 = f64::sin((0.7 * s4) + (s4 / (1.5 + s4.tanh())));
        }
        s4 += s11.cos();
        s4 = (0.5f64 * s4) + Float::atan(f64::sin(1.0 + x0).sinh());
        s11 = (0.5 * s11) + ((x0 - x0).atan());
    }
    s7 = ((0.7 * s7) + s4).sin();
    let mut m15 = u2.exp().powi(-1) + (s7 - s4);
    (((u2 * w3) + s4) + s7) + m15
}

fn p83_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u2, w3) = (
        k::<D>(0.258),
        ((k::<D>(2.0))
            + (({
                let t1 = x0;
                ((k::<D>(0.9)) * ((k::<D>(1.27)).tanh())).acos()
            })
            .sin()))
        .log10(),
    );
    let mut s4 = k::<D>(0.5);
    for i5 in 1..3 {
        let a6 = ((((k::<D>(0.9)) * ((k::<D>(i5 as f64)).tanh())).acos())
            / ((k::<D>(1.5))
                + ((((k::<D>(W[i5])) * (k::<D>(W[i5]))
                    + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
                    .sqrt())
                .tanh())))
            - x0;
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a6.sin());
        s4 = ((k::<D>(0.5)) * s4) + x0.tanh().cos();
        if i5 % 2 == 1 {
            break;
        }
    }
    let mut s7: D = k::<D>(1.0);
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let (u9, w10) = (
            (((k::<D>(1.034)) - x0) * (k::<D>(V[i8])) + (-s7))
                / ((k::<D>(2.0))
                    + ((((k::<D>(1.0)) + ((u2 * (k::<D>(1.467))) * (u2 * (k::<D>(1.467)))))
                        .log10())
                    .sin())),
            ((k::<D>(-0.17)).sinh()) / ((k::<D>(1.0)) + (u2 * u2)),
        );
        let mut s11: D = k::<D>(0.5);
        if x1.re() >= (k::<D>(0.21)).re() {
            break;
        }
        let mut i12 = 0;
        while i12 < 3 {
            i12 += 1;
            let a13 = (s11 - x1) - s4;
            let mut m14 = ((s4 / s4.atan().sin().tan().exp()).cos()).exp_m1();
            s7 = ((k::<D>(0.5)) * s7) + p57_d((-(k::<D>(BETA))).sin(), s7.tanh()).tanh();
            if !(x0.re() >= s11.re()) {
                break;
            }
            s4 = (((k::<D>(0.7)) * s4) + (s4 / ((k::<D>(1.5)) + s4.tanh()))).sin();
        }
        s4 += s11.cos();
        s4 = ((k::<D>(0.5)) * s4) + (((((k::<D>(1.0)) + x0).sin()).sinh()).atan());
        s11 = ((k::<D>(0.5)) * s11) + ((x0 - x0).atan());
    }
    s7 = (((k::<D>(0.7)) * s7) + s4).sin();
    let mut m15 = u2.exp().powi(-1) + (s7 - s4);
    (((u2 * w3) + s4) + s7) + m15
}

#[differentiable]
fn p84<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = T::zero();
    for i2 in 1..=4 {
        let a3 = if x1 > c::<T>(-0.11) {
            Float::atan(s1 + x2).cosh().powf((x1 - s1).atan())
                - (Float::cos(x1) - (((c::<T>(1.5)) + s1.tanh()).powi(-2)))
        } else {
            ((c::<T>(1.0)) + (s1.sin() * s1.sin())).powi(-1)
        };
        s1 = ((c::<T>(0.5)) * s1)
            + (((-(c::<T>(i2 as f64))) / ((c::<T>(2.0)) + ((-x0).sin()))).tanh());
    }
    let a4 = p53(Float::exp2(x0).tanh(), x2, s1.atan());
    s1 -= (((c::<T>(std::f64::consts::E)) * ((c::<T>(-2.0)) * x0)).sin()).exp_m1();
    let mut s5 = T::one();
    for i6 in 2..=5 {
        let (u7, w8) = (
            ((c::<T>(1.1))
                + (((c::<T>(1.0)) + (a4.sin().sinh().cos() * a4.sin().sinh().cos()))
                    * ((c::<T>(1.0)) + (a4.sin().sinh().cos() * a4.sin().sinh().cos()))))
            .acosh(),
            ((c::<T>(1.0)) + ((c::<T>(1.982)) * (c::<T>(1.982)))).cbrt(),
        );
        if !(s5 - x1 > c::<T>(-0.84)) {
            s1 = ((c::<T>(0.5)) * s1)
                + (((T::one() + ((c::<T>(ALPHA)) * (c::<T>(ALPHA)))).cbrt()).sin());
        } else {
            s1 /= ((if i6 < 1 {
                u7.asinh()
            } else {
                Float::min(c::<T>(i6 as f64), s5)
            })
            .tanh())
            .cosh();
        }
        let a4 = (c::<T>(2.0)).powi(3);
        s1 -= Float::sin(s1 / ((c::<T>(W[i6])).cosh()));
        s1 += Float::tanh(u7).atan();
    }
    let (u9, w10) = (
        a4.cos(),
        T::asin(T::from(0.9).unwrap() * ((c::<T>(1.393)).tanh())),
    );
    (((s1 + a4) + s5) - u9) + w10
}

fn p84_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 1..=4 {
        let a3 = if x1.re() > (k::<D>(-0.11)).re() {
            ((((x1 - s1).atan()) * (((s1 + x2).atan()).cosh()).ln()).exp())
                - (x1.cos() - (((k::<D>(1.5)) + s1.tanh()).powi(-2)))
        } else {
            ((k::<D>(1.0)) + (s1.sin() * s1.sin())).powi(-1)
        };
        s1 = ((k::<D>(0.5)) * s1)
            + (((-(k::<D>(i2 as f64))) / ((k::<D>(2.0)) + ((-x0).sin()))).tanh());
    }
    let a4 = p53_d(x0.exp2().tanh(), x2, s1.atan());
    s1 -= (((k::<D>(std::f64::consts::E)) * ((k::<D>(-2.0)) * x0)).sin()).exp_m1();
    let mut s5 = k::<D>(1.0);
    for i6 in 2..=5 {
        let (u7, w8) = (
            ((k::<D>(1.1))
                + (((k::<D>(1.0)) + (a4.sin().sinh().cos() * a4.sin().sinh().cos()))
                    * ((k::<D>(1.0)) + (a4.sin().sinh().cos() * a4.sin().sinh().cos()))))
            .acosh(),
            ((k::<D>(1.0)) + ((k::<D>(1.982)) * (k::<D>(1.982)))).cbrt(),
        );
        if !((s5 - x1).re() > (k::<D>(-0.84)).re()) {
            s1 = ((k::<D>(0.5)) * s1)
                + ((((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).cbrt()).sin());
        } else {
            s1 /= ((if i6 < 1 {
                u7.asinh()
            } else {
                dmin(k::<D>(i6 as f64), s5)
            })
            .tanh())
            .cosh();
        }
        let a4 = (k::<D>(2.0)).powi(3);
        s1 -= (s1 / ((k::<D>(W[i6])).cosh())).sin();
        s1 += u7.tanh().atan();
    }
    let (u9, w10) = (a4.cos(), ((k::<D>(0.9)) * ((k::<D>(1.393)).tanh())).asin());
    (((s1 + a4) + s5) - u9) + w10
}

#[differentiable]
fn p85(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0f64;
    for i2 in 1..5 {
        if x0 + x2 > 0.49 {
            continue;
        }
        let a3 = (0.5 + ((2.0 + Float::sin(x2)) * (2.0_f64 + Float::sin(x2)))).ln_1p();
        s1 *= 1.0 + (0.3f64 * Float::sin((((a3 / Float::exp(s1.cos())).atan()).sin()).tan()));
    }
    let (u4, w5) = (
        p34(x0.atan().cos(), s1.asinh().sin()) + s1,
        (-(x2.tanh() * s1.atan())).abs(),
    );
    if -x2 <= -0.03 {
        return x2 + ((2.0_f64 + w5.sin()).ln());
    }
    s1 *= 1.0f64
        + (0.3
            * f64::hypot(
                ({
                    let t6 = x1;
                    x0
                }) - (u4 - x2),
                0.5 + ((((1.5 + u4.tanh()).powf(0.55))
                    / (1.0
                        + (((0.9 * ((-1.2).sin())).atanh()) * ((0.9 * ((-1.2).sin())).atanh()))))
                    * (((1.5_f64 + u4.tanh()).powf(0.55f64))
                        / (1.0
                            + (((0.9 * ((-1.2_f64).sin())).atanh())
                                * f64::atanh(0.9 * ((-1.2_f64).sin())))))),
            )
            .sin());
    let mut m7 = x1;
    (((x2 + s1) + u4) + w5) + m7
}

fn p85_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 1..5 {
        if (x0 + x2).re() > (k::<D>(0.49)).re() {
            continue;
        }
        let a3 =
            ((k::<D>(0.5)) + (((k::<D>(2.0)) + x2.sin()) * ((k::<D>(2.0)) + x2.sin()))).ln_1p();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((a3 / s1.cos().exp()).atan()).sin()).tan()).sin()));
    }
    let (u4, w5) = (
        p34_d(x0.atan().cos(), s1.asinh().sin()) + s1,
        (-(x2.tanh() * s1.atan())).abs(),
    );
    if (-x2).re() <= (k::<D>(-0.03)).re() {
        return x2 + (((k::<D>(2.0)) + w5.sin()).ln());
    }
    s1 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((((({
                let t6 = x1;
                x0
            }) - (u4 - x2))
                * (({
                    let t6 = x1;
                    x0
                }) - (u4 - x2))
                + ((k::<D>(0.5))
                    + (((((k::<D>(0.55)) * ((k::<D>(1.5)) + u4.tanh()).ln()).exp())
                        / ((k::<D>(1.0))
                            + ((((k::<D>(0.9)) * ((k::<D>(-1.2)).sin())).atanh())
                                * (((k::<D>(0.9)) * ((k::<D>(-1.2)).sin())).atanh()))))
                        * ((((k::<D>(0.55)) * ((k::<D>(1.5)) + u4.tanh()).ln()).exp())
                            / ((k::<D>(1.0))
                                + ((((k::<D>(0.9)) * ((k::<D>(-1.2)).sin())).atanh())
                                    * (((k::<D>(0.9)) * ((k::<D>(-1.2)).sin())).atanh()))))))
                    * ((k::<D>(0.5))
                        + (((((k::<D>(0.55)) * ((k::<D>(1.5)) + u4.tanh()).ln()).exp())
                            / ((k::<D>(1.0))
                                + ((((k::<D>(0.9)) * ((k::<D>(-1.2)).sin())).atanh())
                                    * (((k::<D>(0.9)) * ((k::<D>(-1.2)).sin())).atanh()))))
                            * ((((k::<D>(0.55)) * ((k::<D>(1.5)) + u4.tanh()).ln()).exp())
                                / ((k::<D>(1.0))
                                    + ((((k::<D>(0.9)) * ((k::<D>(-1.2)).sin())).atanh())
                                        * (((k::<D>(0.9)) * ((k::<D>(-1.2)).sin()))
                                            .atanh())))))))
            .sqrt())
            .sin()));
    let mut m7 = x1;
    (((x2 + s1) + u4) + w5) + m7
}

#[differentiable]
fn p86<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let a1 = if x0 / (T::from(1.5).unwrap() + Float::tanh(x1)) > c::<T>(0.06) {
        (x1 + x1) / ((c::<T>(1.0)) + ((-x0) * (-x0)))
    } else {
        (x1 * (c::<T>(0.21))).mul_add(
            Float::recip(T::from(2.0).unwrap() + x0.sin()),
            (c::<T>(-1.94)).cosh(),
        )
    };
    let a2: T = a1.asinh();
    let a1 = p54(x1, a2.tanh(), x0);
    let a3 = if a1 * a2 >= c::<T>(-0.44) {
        T::atan2(
            (((c::<T>(0.5)) + (((c::<T>(2.0)) + a1.sin()) * ((c::<T>(2.0)) + a1.sin()))).ln_1p())
                * (a2 - x0),
            -((c::<T>(0.5))
                + ((if x0 * a1 > x1 {
                    -a2
                } else {
                    Float::tanh(c::<T>(std::f64::consts::E))
                }) * (if x0 * a1 > x1 {
                    -a2
                } else {
                    (c::<T>(std::f64::consts::E)).tanh()
                }))),
        )
    } else {
        x0
    };
    let mut s4 = c::<T>(1.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = p67(
            ((c::<T>(W[i5])).sinh()).sin(),
            T::powi(c::<T>(1.83), 3).atan(),
            (a1 * a3).atan(),
        )
        .hypot(
            T::from(0.5).unwrap()
                + (((a2 * x0)
                    - (if i5 < 0 {
                        x1
                    } else {
                        c::<T>(std::f64::consts::E)
                    }))
                    * ((a2 * x0)
                        - (if i5 < 0 {
                            x1
                        } else {
                            c::<T>(std::f64::consts::E)
                        }))),
        );
        if ((c::<T>(2.0)) + ((c::<T>(ALPHA)).sin())).cbrt() <= a2 {
            s4 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::log(
                        (c::<T>(1.5)) + T::tanh(T::max(a1.abs(), a6)),
                        ((c::<T>(0.5)) + ((c::<T>(0.4)) * ((c::<T>(1.404)).sin()))).exp(),
                    )
                    .sin());
        } else {
            s4 += T::tanh(a2.sin());
        }
        let a7 = if ((c::<T>(1.1)) + (x1.exp() * x1.exp())).acosh()
            >= T::from(1.36).unwrap() + (c::<T>(1.63))
        {
            x1 + T::asinh(s4)
        } else {
            -T::asinh(a1)
        };
        s4 = (((c::<T>(0.7)) * s4) + a1.cos()).cos();
        s4 -= a1.cos();
    }
    let a1 = a2.hypot(c::<T>(1.0)).powi(-2);
    let (u8, w9) = (
        c::<T>(ALPHA),
        Float::sin((c::<T>(-1.8)) - x0).mul_add(
            ((c::<T>(std::f64::consts::E)) - a1).atan(),
            (c::<T>(1.0)) + x1,
        ),
    );
    (((a3 + s4) + a1) + u8) + w9
}

fn p86_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if (x0 / ((k::<D>(1.5)) + x1.tanh())).re() > (k::<D>(0.06)).re() {
        (x1 + x1) / ((k::<D>(1.0)) + ((-x0) * (-x0)))
    } else {
        ((x1 * (k::<D>(0.21))) * (((k::<D>(2.0)) + x0.sin()).recip()) + ((k::<D>(-1.94)).cosh()))
    };
    let a2: D = a1.asinh();
    let a1 = p54_d(x1, a2.tanh(), x0);
    let a3 = if (a1 * a2).re() >= (k::<D>(-0.44)).re() {
        datan2(
            (((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin()))).ln_1p())
                * (a2 - x0),
            -((k::<D>(0.5))
                + ((if (x0 * a1).re() > x1.re() {
                    -a2
                } else {
                    (k::<D>(std::f64::consts::E)).tanh()
                }) * (if (x0 * a1).re() > x1.re() {
                    -a2
                } else {
                    (k::<D>(std::f64::consts::E)).tanh()
                }))),
        )
    } else {
        x0
    };
    let mut s4 = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = (p67_d(
            ((k::<D>(W[i5])).sinh()).sin(),
            ((k::<D>(1.83)).powi(3)).atan(),
            (a1 * a3).atan(),
        ) * p67_d(
            ((k::<D>(W[i5])).sinh()).sin(),
            ((k::<D>(1.83)).powi(3)).atan(),
            (a1 * a3).atan(),
        ) + ((k::<D>(0.5))
            + (((a2 * x0)
                - (if i5 < 0 {
                    x1
                } else {
                    k::<D>(std::f64::consts::E)
                }))
                * ((a2 * x0)
                    - (if i5 < 0 {
                        x1
                    } else {
                        k::<D>(std::f64::consts::E)
                    }))))
            * ((k::<D>(0.5))
                + (((a2 * x0)
                    - (if i5 < 0 {
                        x1
                    } else {
                        k::<D>(std::f64::consts::E)
                    }))
                    * ((a2 * x0)
                        - (if i5 < 0 {
                            x1
                        } else {
                            k::<D>(std::f64::consts::E)
                        })))))
        .sqrt();
        if (((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())).cbrt()).re() <= a2.re() {
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.5)) + dmax(a1.abs(), a6).tanh()).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(1.404)).sin()))).exp())
                            .ln())
                    .sin()));
        } else {
            s4 += a2.sin().tanh();
        }
        let a7 = if (((k::<D>(1.1)) + (x1.exp() * x1.exp())).acosh()).re()
            >= ((k::<D>(1.36)) + (k::<D>(1.63))).re()
        {
            x1 + s4.asinh()
        } else {
            -a1.asinh()
        };
        s4 = (((k::<D>(0.7)) * s4) + a1.cos()).cos();
        s4 -= a1.cos();
    }
    let a1 = ((a2 * a2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2);
    let (u8, w9) = (
        k::<D>(ALPHA),
        ((((k::<D>(-1.8)) - x0).sin()) * (((k::<D>(std::f64::consts::E)) - a1).atan())
            + ((k::<D>(1.0)) + x1)),
    );
    (((a3 + s4) + a1) + u8) + w9
}

#[differentiable]
fn p87<T: Float>(x: &[T], y: T, nk: usize) -> T {
    let (u1, w2) = (y, ((c::<T>(-1.8)) - y).clamp(c::<T>(-0.94), c::<T>(0.16)));
    let mut s3 = T::from(0.5).unwrap();
    for i4 in 0..x.len() - 1 {
        let w2 = u1 * w2.mul_add(w2, x[i4]);
        let mut m5: T = (-u1) / Float::cosh(u1.atan());
        s3 = s3 * (T::one() + (T::from(0.3).unwrap() * Float::sin(u1 / Float::tanh(y - s3).exp())));
    }
    let mut m7 = Float::sqrt(
        (c::<T>(1.0))
            + ((((c::<T>(0.9)) * Float::tanh(w2)).acos()) * Float::acos((c::<T>(0.9)) * w2.tanh())),
    )
    .atan()
    .exp()
    .powf(
        Float::powi(
            {
                let t6 = u1;
                u1
            },
            2,
        )
        .atan(),
    );
    let a8: T = x[1];
    let mut s9 = c::<T>(1.0);
    for i10 in 0..nk {
        let mut m11 = c::<T>(i10 as f64);
        m7 = m7
            * (T::one()
                + ((c::<T>(0.3))
                    * Float::sin((c::<T>(core::f64::consts::PI)) / ((c::<T>(1.5)) + s9.tanh()))));
        let u1 = T::one().exp();
        m7 = ((c::<T>(0.5)) * m7)
            + m7.hypot((c::<T>(0.5)) + ((c::<T>(ALPHA)) * (c::<T>(ALPHA))))
                .cos();
        s9 = s9 - (((c::<T>(V[i10])) - s9).sin());
    }
    (T::from(0.001).unwrap() * (((((w2 + s3) * m7) - a8) + s9) + x[2])).tanh()
}

fn p87_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let (u1, w2) = (y, dclamp((k::<D>(-1.8)) - y, k::<D>(-0.94), k::<D>(0.16)));
    let mut s3 = k::<D>(0.5);
    for i4 in 0..x.len() - 1 {
        let w2 = u1 * (w2 * w2 + x[i4]);
        let mut m5: D = (-u1) / u1.atan().cosh();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u1 / (((y - s3).tanh()).exp())).sin()));
    }
    let mut m7 = (((({
        let t6 = u1;
        u1
    })
    .powi(2))
    .atan())
        * (((((k::<D>(1.0))
            + ((((k::<D>(0.9)) * w2.tanh()).acos()) * (((k::<D>(0.9)) * w2.tanh()).acos())))
        .sqrt())
        .atan())
        .exp())
        .ln())
    .exp();
    let a8: D = x[1];
    let mut s9 = k::<D>(1.0);
    for i10 in 0..nk {
        let mut m11 = k::<D>(i10 as f64);
        m7 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.5)) + s9.tanh())).sin()));
        let u1 = (k::<D>(1.0)).exp();
        m7 = ((k::<D>(0.5)) * m7)
            + (((m7 * m7
                + ((k::<D>(0.5)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))
                    * ((k::<D>(0.5)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))))
            .sqrt())
            .cos());
        s9 -= ((k::<D>(V[i10])) - s9).sin();
    }
    ((k::<D>(0.001)) * (((((w2 + s3) * m7) - a8) + s9) + x[2])).tanh()
}

#[differentiable]
fn p88(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (
        (0.9_f64 * (((2.0_f64 + 1.2.sin()).log2()).sin())).asin(),
        x0,
    );
    let mut s3 = 0.0;
    for i4 in 2..6 {
        let a5 = ((s3 / (1.0 + (x1 * x1))).atan()).exp();
        s3 = s3.max(f64::exp_m1(s3.cos()).atan());
        let a6 = s3;
        s3 = (0.5 * s3) + ((s3 + u1).cos());
    }
    for i7 in 0..1 {
        let a8 = V[i7];
        let mut m9 = (1.0
            + (((1.1_f64 + ((1.5 + a8.tanh()) * (1.5f64 + a8.tanh()))).acosh())
                * ((1.1f64 + ((1.5 + Float::tanh(a8)) * (1.5f64 + a8.tanh()))).acosh())))
        .cbrt();
        if i7 == 1 {
            break;
        }
        let mut m10: f64 = 1.7;
        m10 = (0.5_f64 * m10) + m10.tanh();
    }
    let mut m11 = (((-u1) / Float::hypot((1.0f64 + (u1 * u1)).powi(-1), 1.0)).tanh()).sinh();
    let mut s12: f64 = 1.0f64;
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut s14: f64 = 1.0;
        for i15 in (i13 + 1)..5 {
            let a16 = s14.atan2(-(0.5 + (s3 * s3)));
            s3 = (0.5_f64 * s3) + Float::cos(s3.sin().cosh());
        }
        for i17 in 1..5 {
            let a18 = ((s12 + BETA).atan()).exp_m1();
            let a19 = f64::sqrt(f64::hypot(-(a18 + a18), 1.0f64));
            let a20 = (a18.tanh() * Float::atan(s14)) / (1.5 + (((-0.16).exp()).tanh()));
            m11 += (a20 + V[i17]).tanh();
        }
        let a21 = (((x1 - s12).atan()) * (x1 + x1))
            .hypot(0.5 + (Float::sin(s3.min(x0)) * Float::min(s3, x0).sin()));
        s3 *= 1.0 + (0.3 * ((((i13 as f64).cosh()).powf(W[i13].cos())).sin()));
        s3 /= 1.0 + (x0.exp_m1().cos() * x0.exp_m1().cos());
    }
    (0.001 * ((((u1 + w2) + s3) + m11) + s12)).tanh()
}

fn p88_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        ((k::<D>(0.9)) * ((((k::<D>(2.0)) + ((k::<D>(1.2)).sin())).log2()).sin())).asin(),
        x0,
    );
    let mut s3 = k::<D>(0.0);
    for i4 in 2..6 {
        let a5 = ((s3 / ((k::<D>(1.0)) + (x1 * x1))).atan()).exp();
        s3 = dmax(s3, s3.cos().exp_m1().atan());
        let a6 = s3;
        s3 = ((k::<D>(0.5)) * s3) + ((s3 + u1).cos());
    }
    for i7 in 0..1 {
        let a8 = k::<D>(V[i7]);
        let mut m9 = ((k::<D>(1.0))
            + ((((k::<D>(1.1)) + (((k::<D>(1.5)) + a8.tanh()) * ((k::<D>(1.5)) + a8.tanh())))
                .acosh())
                * (((k::<D>(1.1)) + (((k::<D>(1.5)) + a8.tanh()) * ((k::<D>(1.5)) + a8.tanh())))
                    .acosh())))
        .cbrt();
        if i7 == 1 {
            break;
        }
        let mut m10: D = k::<D>(1.7);
        m10 = ((k::<D>(0.5)) * m10) + m10.tanh();
    }
    let mut m11 = (((-u1)
        / (((((k::<D>(1.0)) + (u1 * u1)).powi(-1)) * (((k::<D>(1.0)) + (u1 * u1)).powi(-1))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt()))
    .tanh())
    .sinh();
    let mut s12: D = k::<D>(1.0);
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut s14: D = k::<D>(1.0);
        for i15 in (i13 + 1)..5 {
            let a16 = datan2(s14, -((k::<D>(0.5)) + (s3 * s3)));
            s3 = ((k::<D>(0.5)) * s3) + s3.sin().cosh().cos();
        }
        for i17 in 1..5 {
            let a18 = ((s12 + (k::<D>(BETA))).atan()).exp_m1();
            let a19 =
                (((-(a18 + a18)) * (-(a18 + a18)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt();
            let a20 =
                (a18.tanh() * s14.atan()) / ((k::<D>(1.5)) + (((k::<D>(-0.16)).exp()).tanh()));
            m11 += (a20 + (k::<D>(V[i17]))).tanh();
        }
        let a21 = ((((x1 - s12).atan()) * (x1 + x1)) * (((x1 - s12).atan()) * (x1 + x1))
            + ((k::<D>(0.5)) + (dmin(s3, x0).sin() * dmin(s3, x0).sin()))
                * ((k::<D>(0.5)) + (dmin(s3, x0).sin() * dmin(s3, x0).sin())))
        .sqrt();
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(W[i13])).cos()) * ((k::<D>(i13 as f64)).cosh()).ln()).exp()).sin()));
        s3 /= (k::<D>(1.0)) + (x0.exp_m1().cos() * x0.exp_m1().cos());
    }
    ((k::<D>(0.001)) * ((((u1 + w2) + s3) + m11) + s12)).tanh()
}

#[differentiable]
fn p89(x: &[f64]) -> f64 {
    let a1 = Float::asin(0.9 * f64::tanh(x[3]));
    let (u2, w3) = (Float::powi(f64::atan(a1), 2), f64::sin(a1));
    let mut s4 = 0.5;
    for &i5 in x.iter() {
        let a6 = -1.421;
        let a7 = (2.0_f64 + f64::tanh(0.228).sin()).log10();
        s4 *= 1.0_f64 + (0.3 * Float::mul_add((1.117 * a7).tanh(), x[0].sin(), a7 - a7).sin());
    }
    let w3 = ((2.0 + f64::sin(f64::asinh(u2))).sqrt()) / (1.0 + (BETA * BETA));
    let a8 = f64::tanh((((1.0 + (1.8 * 1.8)).powf(Float::sin(u2))).sin()).exp()).cosh();
    ((((a1 + u2) + s4) * w3) + a8) + x[3]
}

fn p89_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.9)) * x[3].tanh()).asin();
    let (u2, w3) = (a1.atan().powi(2), a1.sin());
    let mut s4 = k::<D>(0.5);
    for &i5 in x.iter() {
        let a6 = k::<D>(-1.421);
        let a7 = ((k::<D>(2.0)) + (((k::<D>(0.228)).tanh()).sin())).log10();
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((k::<D>(1.117)) * a7).tanh()) * x[0].sin() + (a7 - a7)).sin()));
    }
    let w3 = (((k::<D>(2.0)) + u2.asinh().sin()).sqrt())
        / ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))));
    let a8 = (((((u2.sin() * ((k::<D>(1.0)) + ((k::<D>(1.8)) * (k::<D>(1.8)))).ln()).exp())
        .sin())
    .exp())
    .tanh())
    .cosh();
    ((((a1 + u2) + s4) * w3) + a8) + x[3]
}

#[differentiable]
fn p90(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = x0 - 1.67_f64;
    let a2 = if 0.238 / (1.5f64 + x2.tanh()) > (-1.3) - x0 {
        std::f64::consts::E
            - (f64::ln_1p(0.5 + ((1.0f64 + (a1 * a1)) * (1.0f64 + (a1 * a1))))
                + ((-0.9f64) + (-0.5)))
    } else {
        x2.exp2()
    };
    let a4 = if !({
        let t3 = a2;
        -0.49
    } <= -0.46_f64)
    {
        (1.0 + (a2.atan() * a2.atan())).log((0.5f64 + (0.4 * f64::sin(x1))).exp())
    } else {
        (-0.89) / (1.5 + a1.tanh())
    };
    let mut s5 = 0.0f64;
    for i6 in 1..5 {
        let mut m7: f64 = (if i6 > 1 {
            Float::cbrt(2.0 + a1.sin())
        } else {
            a1 - a1
        }) / f64::cosh(((1.5 + (((0.9 * x1.sin()).asin()).tanh())).log2()).sin());
        let mut s8 = 1.0;
        for i9 in (i6 + 1)..8 {
            let (u10, w11) = (
                ((-a2) / (1.0 + (f64::exp2(s8.cos()).atan() * f64::cos(s8).exp2().atan()))) + 1.315,
                p79(
                    Float::powi(1.5 + m7.tanh(), -2).atan(),
                    x0,
                    Float::sin(Float::sin(x0)),
                ) - BETA.cos(),
            );
            m7 = f64::min(m7, f64::cos(s8));
            let mut m12 = (((x0 - V[i6]).atan()).exp_m1()) - ((a4 / u10.tanh().cosh()) + s8);
            if i6 == 5 {
                continue;
            }
            m12 *= 1.0f64
                + (0.3 * f64::sin((s5 - u10) / (((x2 / (1.5_f64 + s5.tanh())).tanh()).cosh())));
            m12 += (Float::sin(u10) * s5.atan()).atan();
        }
        let a13 = (a2 / x2.hypot(1.0)) - (s8 - m7);
        s5 *= 1.0 + (0.3f64 * f64::sin(Float::clamp((i6 as f64), -1.04, 0.13f64)));
    }
    (((x2 + a1) + a2) + a4) + s5
}

fn p90_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = x0 - (k::<D>(1.67));
    let a2 = if ((k::<D>(0.238)) / ((k::<D>(1.5)) + x2.tanh())).re() > ((k::<D>(-1.3)) - x0).re() {
        (k::<D>(std::f64::consts::E))
            - ((((k::<D>(0.5)) + (((k::<D>(1.0)) + (a1 * a1)) * ((k::<D>(1.0)) + (a1 * a1))))
                .ln_1p())
                + ((k::<D>(-0.9)) + (k::<D>(-0.5))))
    } else {
        x2.exp2()
    };
    let a4 = if !(({
        let t3 = a2;
        k::<D>(-0.49)
    })
    .re()
        <= (k::<D>(-0.46)).re())
    {
        (((k::<D>(1.0)) + (a2.atan() * a2.atan())).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln())
    } else {
        (k::<D>(-0.89)) / ((k::<D>(1.5)) + a1.tanh())
    };
    let mut s5 = k::<D>(0.0);
    for i6 in 1..5 {
        let mut m7: D =
            (if i6 > 1 {
                ((k::<D>(2.0)) + a1.sin()).cbrt()
            } else {
                a1 - a1
            }) / (((((k::<D>(1.5)) + ((((k::<D>(0.9)) * x1.sin()).asin()).tanh())).log2()).sin())
                .cosh());
        let mut s8 = k::<D>(1.0);
        for i9 in (i6 + 1)..8 {
            let (u10, w11) = (
                ((-a2) / ((k::<D>(1.0)) + (s8.cos().exp2().atan() * s8.cos().exp2().atan())))
                    + (k::<D>(1.315)),
                p79_d(
                    (((k::<D>(1.5)) + m7.tanh()).powi(-2)).atan(),
                    x0,
                    x0.sin().sin(),
                ) - ((k::<D>(BETA)).cos()),
            );
            m7 = dmin(m7, s8.cos());
            let mut m12 =
                (((x0 - (k::<D>(V[i6]))).atan()).exp_m1()) - ((a4 / u10.tanh().cosh()) + s8);
            if i6 == 5 {
                continue;
            }
            m12 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((s5 - u10) / (((x2 / ((k::<D>(1.5)) + s5.tanh())).tanh()).cosh())).sin()));
            m12 += (u10.sin() * s5.atan()).atan();
        }
        let a13 = (a2 / ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())) - (s8 - m7);
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * dclamp(k::<D>(i6 as f64), k::<D>(-1.04), k::<D>(0.13)).sin());
    }
    (((x2 + a1) + a2) + a4) + s5
}

#[differentiable]
fn p91<T>(x0: T, x1: T, x2: T, nk: usize) -> T
where
    T: Float + NumAssign,
{
    let a2 = -({
        let t1 = x2 + (c::<T>(-0.6));
        x1 / ((c::<T>(1.0)) + (t1 * t1))
    });
    let mut s3 = c::<T>(0.5);
    for i4 in 0..nk {
        let (u5, w6) = (Float::hypot(T::cbrt(x1.cosh()), c::<T>(1.0)).log2(), x0);
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * u5.sin().sin());
    }
    let a7 = if !(s3 / T::from(0.23).unwrap().exp() < x0.sin()) {
        (T::from(0.9).unwrap() * ((x2 - (c::<T>(0.54))).tanh())).atanh()
    } else {
        (((c::<T>(2.0)) + x1.sin()).powf(x1)).min(x0.tanh())
    };
    let mut m8: T = T::asin((c::<T>(0.9)) * ((c::<T>(1.29)).sin()));
    let mut s9 = c::<T>(1.0);
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        let a11 = Float::cosh(T::atan(s3)).cbrt();
        s3 *= T::one()
            + ((c::<T>(0.3)) * T::exp(T::atanh((c::<T>(0.9)) * a11.sin().tanh()).cos()).cos());
    }
    ((c::<T>(0.001)) * ((((a2 + s3) + a7) * m8) + s9)).tanh()
}

fn p91_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a2 = -({
        let t1 = x2 + (k::<D>(-0.6));
        x1 / ((k::<D>(1.0)) + (t1 * t1))
    });
    let mut s3 = k::<D>(0.5);
    for i4 in 0..nk {
        let (u5, w6) = (
            ((x1.cosh().cbrt() * x1.cosh().cbrt() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2(),
            x0,
        );
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u5.sin().sin());
    }
    let a7 = if !((s3 / ((k::<D>(0.23)).exp())).re() < x0.sin().re()) {
        ((k::<D>(0.9)) * ((x2 - (k::<D>(0.54))).tanh())).atanh()
    } else {
        dmin((x1 * ((k::<D>(2.0)) + x1.sin()).ln()).exp(), x0.tanh())
    };
    let mut m8: D = ((k::<D>(0.9)) * ((k::<D>(1.29)).sin())).asin();
    let mut s9 = k::<D>(1.0);
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        let a11 = s3.atan().cosh().cbrt();
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(0.9)) * a11.sin().tanh()).atanh()).cos()).exp()).cos()));
    }
    ((k::<D>(0.001)) * ((((a2 + s3) + a7) * m8) + s9)).tanh()
}

#[differentiable]
fn p92<T: Float>(x: [T; 6]) -> T {
    let a1: T = (c::<T>(1.356)).mul_add((c::<T>(BETA)).sin(), x[4]);
    let mut m2: T = a1;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 =
            ((c::<T>(1.5)) + ((((-(c::<T>(core::f64::consts::PI))).cos()).exp()).tanh())).cbrt();
        m2 = m2.min(Float::sin(Float::atan2(x[4], (c::<T>(0.5)) + (a4 * a4))));
    }
    let a5 = if T::sin(c::<T>(0.047)) >= c::<T>(0.67) {
        m2.tanh()
    } else {
        a1
    };
    ((a1 + m2) + a5) * x[0]
}

fn p92_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(1.356)) * ((k::<D>(BETA)).sin()) + x[4]);
    let mut m2: D = a1;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 =
            ((k::<D>(1.5)) + ((((-(k::<D>(core::f64::consts::PI))).cos()).exp()).tanh())).cbrt();
        m2 = dmin(m2, datan2(x[4], (k::<D>(0.5)) + (a4 * a4)).sin());
    }
    let a5 = if ((k::<D>(0.047)).sin()).re() >= (k::<D>(0.67)).re() {
        m2.tanh()
    } else {
        a1
    };
    ((a1 + m2) + a5) * x[0]
}

#[differentiable]
fn p93<T: Float + NumAssign>(x: [T; 3], y: T) -> T {
    let a1 = (y.asinh() + Float::mul_add(x[0], T::from(-1.414).unwrap(), T::zero()))
        - x[2].exp().sqrt().sin();
    let mut s2 = c::<T>(1.0);
    for i3 in 0..x.len() - 1 {
        let mut s4 = c::<T>(0.5);
        for i5 in (i3 + 1)..6 {
            let a1: T = Float::min(
                s4,
                (c::<T>(V[i3])).hypot((c::<T>(0.5)) + ((c::<T>(1.2)) * (c::<T>(1.2)))),
            ) + (((c::<T>(1.0)) + (s4.sin() * s4.sin())).log(
                ((c::<T>(0.5))
                    + ((c::<T>(0.4)) * Float::powi(T::one() + (x[i3] * x[i3]), 0).sin()))
                .exp(),
            ));
            s2 *= T::one()
                + (T::from(0.3).unwrap()
                    * Float::sinh(Float::atan(
                        (c::<T>(core::f64::consts::PI)) / ((c::<T>(1.5)) + x[i3].tanh()),
                    ))
                    .sin());
            s2 = ((c::<T>(0.5)) * s2)
                + T::powf((c::<T>(2.0)) + x[i3 + 1].sin(), (c::<T>(V[i3])).sin()).cos();
        }
        if i3 == 0 {
            break;
        }
        let mut m6: T = ((s2.atan() * a1) - (s2 + (c::<T>(std::f64::consts::E)))) - y;
        s2 = s2.max((((c::<T>(2.0)) + x[i3 + 1].sin()).log2()).sin());
    }
    let mut m7 = ((c::<T>(1.0))
        + (((T::from(2.0).unwrap() + Float::sin(T::powi(T::hypot(c::<T>(0.15), T::one()), -1)))
            .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * s2.tanh().sin())).exp()))
            * Float::log(
                T::from(2.0).unwrap()
                    + Float::hypot(T::from(0.15).unwrap(), T::one())
                        .powi(-1)
                        .sin(),
                ((c::<T>(0.5)) + ((c::<T>(0.4)) * s2.tanh().sin())).exp(),
            )))
    .sqrt();
    s2 -= c::<T>(-0.5);
    if !(x[0].hypot((c::<T>(0.5)) + (x[2] * x[2])) < Float::sqrt(((c::<T>(ALPHA)).sin()).exp())) {
        return ((c::<T>(0.14)) * (c::<T>(-0.3))) + ((c::<T>(-0.1)) - m7);
    }
    let y: T = ((x[2] * (c::<T>(-0.2))).cos()).powi(2);
    let mut s8 = T::from(0.5).unwrap();
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        if i9 % 2 == 0 {
            s2 = ((c::<T>(0.5)) * s2)
                + T::tanh(
                    (((c::<T>(1.1))
                        + (((c::<T>(1.0))
                            + (Float::tanh((c::<T>(1.908)).powi(3))
                                * T::powi(T::from(1.908).unwrap(), 3).tanh()))
                            * ((c::<T>(1.0))
                                + ((((c::<T>(1.908)).powi(3)).tanh())
                                    * Float::tanh(Float::powi(c::<T>(1.908), 3))))))
                    .acosh())
                        - Float::tanh(x[0] * x[2]).exp_m1(),
                );
        }
        let a10 = if ((c::<T>(1.0)) + (x[2] * x[2])).powf(x[2]) > c::<T>(0.31) {
            ((c::<T>(0.9)) * T::tanh(y)).atanh()
        } else {
            a1.tanh()
        };
        s2 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((s2 / (((x[1] - s2).atan()).cosh())).sin()));
        m7 = (((c::<T>(0.7)) * m7) + y).atan();
    }
    (T::from(0.001).unwrap() * (((((a1 + s2) + m7) - y) + s8) + x[0])).tanh()
}

fn p93_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = (y.asinh() + (x[0] * (k::<D>(-1.414)) + (k::<D>(-0.0)))) - x[2].exp().sqrt().sin();
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() - 1 {
        let mut s4 = k::<D>(0.5);
        for i5 in (i3 + 1)..6 {
            let a1: D = dmin(
                s4,
                ((k::<D>(V[i3])) * (k::<D>(V[i3]))
                    + ((k::<D>(0.5)) + ((k::<D>(1.2)) * (k::<D>(1.2))))
                        * ((k::<D>(0.5)) + ((k::<D>(1.2)) * (k::<D>(1.2)))))
                .sqrt(),
            ) + (((k::<D>(1.0)) + (s4.sin() * s4.sin())).ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4)) * ((((k::<D>(1.0)) + (x[i3] * x[i3])).powi(0)).sin())))
                .exp())
                .ln());
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.5)) + x[i3].tanh()))
                        .atan())
                    .sinh())
                    .sin()));
            s2 = ((k::<D>(0.5)) * s2)
                + (((((k::<D>(V[i3])).sin()) * ((k::<D>(2.0)) + x[i3 + 1].sin()).ln()).exp())
                    .cos());
        }
        if i3 == 0 {
            break;
        }
        let mut m6: D = ((s2.atan() * a1) - (s2 + (k::<D>(std::f64::consts::E)))) - y;
        s2 = dmax(s2, (((k::<D>(2.0)) + x[i3 + 1].sin()).log2()).sin());
    }
    let mut m7 = ((k::<D>(1.0))
        + ((((k::<D>(2.0))
            + (((((k::<D>(0.15)) * (k::<D>(0.15)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                .powi(-1))
            .sin()))
        .ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s2.tanh().sin())).exp()).ln())
            * (((k::<D>(2.0))
                + (((((k::<D>(0.15)) * (k::<D>(0.15)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt())
                .powi(-1))
                .sin()))
            .ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s2.tanh().sin())).exp()).ln())))
    .sqrt();
    s2 -= k::<D>(-0.5);
    if !(((x[0] * x[0] + ((k::<D>(0.5)) + (x[2] * x[2])) * ((k::<D>(0.5)) + (x[2] * x[2]))).sqrt())
        .re()
        < ((((k::<D>(ALPHA)).sin()).exp()).sqrt()).re())
    {
        return ((k::<D>(0.14)) * (k::<D>(-0.3))) + ((k::<D>(-0.1)) - m7);
    }
    let y: D = ((x[2] * (k::<D>(-0.2))).cos()).powi(2);
    let mut s8 = k::<D>(0.5);
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        if i9 % 2 == 0 {
            s2 = ((k::<D>(0.5)) * s2)
                + (((((k::<D>(1.1))
                    + (((k::<D>(1.0))
                        + ((((k::<D>(1.908)).powi(3)).tanh())
                            * (((k::<D>(1.908)).powi(3)).tanh())))
                        * ((k::<D>(1.0))
                            + ((((k::<D>(1.908)).powi(3)).tanh())
                                * (((k::<D>(1.908)).powi(3)).tanh())))))
                .acosh())
                    - (((x[0] * x[2]).tanh()).exp_m1()))
                .tanh());
        }
        let a10 =
            if ((x[2] * ((k::<D>(1.0)) + (x[2] * x[2])).ln()).exp()).re() > (k::<D>(0.31)).re() {
                ((k::<D>(0.9)) * y.tanh()).atanh()
            } else {
                a1.tanh()
            };
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s2 / (((x[1] - s2).atan()).cosh())).sin()));
        m7 = (((k::<D>(0.7)) * m7) + y).atan();
    }
    ((k::<D>(0.001)) * (((((a1 + s2) + m7) - y) + s8) + x[0])).tanh()
}

#[differentiable]
fn p94<T>(x: [T; 5], y: T) -> T
where
    T: Float,
{
    let mut s1: T = c::<T>(1.0);
    for i2 in 0..x.len() - 1 {
        s1 = ((c::<T>(0.5)) * s1) + T::tanh(((((c::<T>(2.0)) + x[i2].sin()).log2()).sin()).cosh());
        for i3 in 0..x.len() {
            s1 = s1 - T::atan(y - (c::<T>(i3 as f64)));
            let a4 = x[i3];
            if i3 >= 1 {
                continue;
            }
            s1 = Float::sin(((c::<T>(0.7)) * s1) + ((y + (c::<T>(0.13))).abs()));
            s1 = s1 + T::acos(T::from(0.9).unwrap() * Float::sin(c::<T>(1.686))).atan();
        }
        if i2 >= 4 {
            s1 = s1
                - Float::cosh((Float::sin(s1).cosh().powi(-1) * (x[i2 + 1] + x[i2 + 1])).tanh())
                    .tanh();
        } else {
            s1 = s1
                * ((c::<T>(1.0))
                    + (T::from(0.3).unwrap()
                        * Float::sin(T::asin(
                            (c::<T>(0.9))
                                * T::powf(
                                    (c::<T>(1.5)) + Float::tanh((c::<T>(1.117)) + x[i2]),
                                    ((c::<T>(i2 as f64)) / T::exp(y)).tanh(),
                                )
                                .cos()
                                .sin(),
                        ))));
        }
        s1 = s1 - ((((c::<T>(0.9)) * ((c::<T>(0.36)).tanh())).atanh()).tanh());
    }
    let a5 = c::<T>(core::f64::consts::PI);
    let (u6, w7) = (
        (y - (c::<T>(BETA))) - s1,
        ((c::<T>(0.9)) * Float::exp2(a5.sin()).sin().tanh()).asin(),
    );
    let (u8, w9) = (
        (((T::one() + ((c::<T>(-1.7)) * (c::<T>(-1.7)))).recip()) - (c::<T>(BETA)))
            * ((((c::<T>(1.1)) + (((c::<T>(2.0)) + w7.sin()) * ((c::<T>(2.0)) + w7.sin())))
                .acosh())
                / ((c::<T>(1.0)) + (((y + s1).sin()) * ((y + s1).sin())))),
        ((c::<T>(0.5)) + (((c::<T>(2.0)) + T::sin(s1)) * ((c::<T>(2.0)) + s1.sin()))).ln_1p(),
    );
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let mut m11: T = Float::log10(
            (c::<T>(2.0))
                + ((((c::<T>(i10 as f64)) * x[0])
                    * (((c::<T>(1.0)) + ((c::<T>(BETA)) * (c::<T>(BETA)))).sqrt()))
                .sin()),
        );
        let mut s12 = T::one();
        if !(w7 - u8 <= s1 - (c::<T>(ALPHA))) {
            break;
        }
        for i13 in 0..x.len() - 1 {
            let a14: T = T::asinh(
                x[i13].mul_add(T::cos(u6), c::<T>(W[i10])) * ((c::<T>(i13 as f64)) * x[i13 + 1]),
            );
            let a15 = Float::acos((c::<T>(0.9)) * x[i13 + 1].tanh());
            s12 = s12
                + T::atan(
                    (c::<T>(1.9))
                        .hypot((c::<T>(0.5)) + ((c::<T>(i13 as f64)) * (c::<T>(i13 as f64)))),
                );
        }
        let y = {
            let t16 = u8;
            c::<T>(i10 as f64)
        };
        s12 = s12
            - T::atan(Float::sqrt(
                (if c::<T>(0.8) > c::<T>(1.35) {
                    c::<T>(i10 as f64)
                } else {
                    y
                })
                .hypot(c::<T>(1.0)),
            ));
        s1 = (((c::<T>(0.7)) * s1) + ((c::<T>(ALPHA)) + w9)).tanh();
    }
    ((((a5 + u6) + w7) + u8) + w9) + x[0]
}

fn p94_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 0..x.len() - 1 {
        s1 =
            ((k::<D>(0.5)) * s1) + ((((((k::<D>(2.0)) + x[i2].sin()).log2()).sin()).cosh()).tanh());
        for i3 in 0..x.len() {
            s1 -= (y - (k::<D>(i3 as f64))).atan();
            let a4 = x[i3];
            if i3 >= 1 {
                continue;
            }
            s1 = (((k::<D>(0.7)) * s1) + ((y + (k::<D>(0.13))).abs())).sin();
            s1 += (((k::<D>(0.9)) * ((k::<D>(1.686)).sin())).acos()).atan();
        }
        if i2 >= 4 {
            s1 -= (((s1.sin().cosh().powi(-1) * (x[i2 + 1] + x[i2 + 1])).tanh()).cosh()).tanh();
        } else {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(0.9))
                        * (((((((k::<D>(i2 as f64)) / y.exp()).tanh())
                            * ((k::<D>(1.5)) + (((k::<D>(1.117)) + x[i2]).tanh())).ln())
                        .exp())
                        .cos())
                        .sin()))
                    .asin())
                    .sin()));
        }
        s1 -= (((k::<D>(0.9)) * ((k::<D>(0.36)).tanh())).atanh()).tanh();
    }
    let a5 = k::<D>(core::f64::consts::PI);
    let (u6, w7) = (
        (y - (k::<D>(BETA))) - s1,
        ((k::<D>(0.9)) * a5.sin().exp2().sin().tanh()).asin(),
    );
    let (u8, w9) = (
        ((((k::<D>(1.0)) + ((k::<D>(-1.7)) * (k::<D>(-1.7)))).recip()) - (k::<D>(BETA)))
            * ((((k::<D>(1.1)) + (((k::<D>(2.0)) + w7.sin()) * ((k::<D>(2.0)) + w7.sin())))
                .acosh())
                / ((k::<D>(1.0)) + (((y + s1).sin()) * ((y + s1).sin())))),
        ((k::<D>(0.5)) + (((k::<D>(2.0)) + s1.sin()) * ((k::<D>(2.0)) + s1.sin()))).ln_1p(),
    );
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let mut m11: D = ((k::<D>(2.0))
            + ((((k::<D>(i10 as f64)) * x[0])
                * (((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA)))).sqrt()))
            .sin()))
        .log10();
        let mut s12 = k::<D>(1.0);
        if !((w7 - u8).re() <= (s1 - (k::<D>(ALPHA))).re()) {
            break;
        }
        for i13 in 0..x.len() - 1 {
            let a14: D = ((x[i13] * u6.cos() + (k::<D>(W[i10])))
                * ((k::<D>(i13 as f64)) * x[i13 + 1]))
                .asinh();
            let a15 = ((k::<D>(0.9)) * x[i13 + 1].tanh()).acos();
            s12 += (((k::<D>(1.9)) * (k::<D>(1.9))
                + ((k::<D>(0.5)) + ((k::<D>(i13 as f64)) * (k::<D>(i13 as f64))))
                    * ((k::<D>(0.5)) + ((k::<D>(i13 as f64)) * (k::<D>(i13 as f64)))))
            .sqrt())
            .atan();
        }
        let y = {
            let t16 = u8;
            k::<D>(i10 as f64)
        };
        s12 -= ((((if (k::<D>(0.8)).re() > (k::<D>(1.35)).re() {
            k::<D>(i10 as f64)
        } else {
            y
        }) * (if (k::<D>(0.8)).re() > (k::<D>(1.35)).re() {
            k::<D>(i10 as f64)
        } else {
            y
        }) + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .sqrt())
        .atan();
        s1 = (((k::<D>(0.7)) * s1) + ((k::<D>(ALPHA)) + w9)).tanh();
    }
    ((((a5 + u6) + w7) + u8) + w9) + x[0]
}

#[differentiable]
fn p95<T>(x0: T, x1: T, nk: usize) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (-(c::<T>(-1.9)), c::<T>(-1.53));
    let (u3, w4) = (x1, x1.asinh() + ((c::<T>(-1.3)).mul_add(x0, w2)));
    let a5 = (T::one() + (x1 * x1)).log10();
    (((u1 * w2) + u3) + w4) + a5
}

fn p95_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let (u1, w2) = (-(k::<D>(-1.9)), k::<D>(-1.53));
    let (u3, w4) = (x1, x1.asinh() + ((k::<D>(-1.3)) * x0 + w2));
    let a5 = ((k::<D>(1.0)) + (x1 * x1)).log10();
    (((u1 * w2) + u3) + w4) + a5
}

#[differentiable]
fn p96<T: Float + NumAssign>(x: [T; 5]) -> T {
    let a1 = c::<T>(BETA);
    let a2: T = Float::tan((c::<T>(-1.7)).sin())
        + (((c::<T>(0.9)) * p74(T::sin(c::<T>(core::f64::consts::PI)), a1.cos()).tanh()).atanh());
    let a2: T = (T::from(1.1).unwrap() + a2) / Float::hypot(a1 + a1, c::<T>(1.0));
    let a3 = if a2.sin().exp2() <= ((c::<T>(1.0)) + (a1 * a1)).powi(-1) {
        a1
    } else {
        ((T::one() + (x[3] * x[3])).log(
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * (((c::<T>(core::f64::consts::PI)).sin()).sin())))
                .exp(),
        )) - (-a2)
    };
    let a4: T = T::sinh((c::<T>(BETA)).atan());
    let mut s5: T = c::<T>(0.0);
    for i6 in 2..=3 {
        s5 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * a3.sin());
        if !(Float::abs(a3) >= c::<T>(0.13)) {
            continue;
        }
        s5 -= ((c::<T>(std::f64::consts::E)).atan()).tanh();
        s5 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * T::sin(
                    Float::exp(a3.tanh()).powf((c::<T>(W[i6])).cos()).signum()
                        * ((a3 * (c::<T>(core::f64::consts::PI))).atan()),
                ));
    }
    ((((a1 + a2) + a3) - a4) - s5) + x[4]
}

fn p96_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(BETA);
    let a2: D = (((k::<D>(-1.7)).sin()).tan())
        + (((k::<D>(0.9)) * p74_d((k::<D>(core::f64::consts::PI)).sin(), a1.cos()).tanh()).atanh());
    let a2: D =
        ((k::<D>(1.1)) + a2) / (((a1 + a1) * (a1 + a1) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    let a3 = if a2.sin().exp2().re() <= (((k::<D>(1.0)) + (a1 * a1)).powi(-1)).re() {
        a1
    } else {
        (((k::<D>(1.0)) + (x[3] * x[3])).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(core::f64::consts::PI)).sin()).sin())))
                .exp())
            .ln())
            - (-a2)
    };
    let a4: D = ((k::<D>(BETA)).atan()).sinh();
    let mut s5: D = k::<D>(0.0);
    for i6 in 2..=3 {
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a3.sin());
        if !(a3.abs().re() >= (k::<D>(0.13)).re()) {
            continue;
        }
        s5 -= ((k::<D>(std::f64::consts::E)).atan()).tanh();
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(
                    ((((k::<D>(W[i6])).cos()) * a3.tanh().exp().ln()).exp())
                        .re()
                        .signum(),
                )) * ((a3 * (k::<D>(core::f64::consts::PI))).atan()))
                .sin()));
    }
    ((((a1 + a2) + a3) - a4) - s5) + x[4]
}

#[differentiable]
fn p97<T>(x: [T; 5], y: T) -> T
where
    T: Float + NumAssign,
{
    let y =
        p9(x[2], x[3], y).cos() - ((((c::<T>(0.9)) * (((c::<T>(BETA)).cos()).tanh())).acos()) - y);
    let (u1, w2) = ((c::<T>(BETA)) * (c::<T>(0.504)), y);
    let mut s3 = c::<T>(1.0);
    for i4 in 0..x.len() {
        let mut m5 = T::powi((-(c::<T>(std::f64::consts::E))).tanh(), 1).asinh();
        let (u6, w7) = (w2, (((c::<T>(2.0)) + w2.sin()).powf(x[i4])) + s3);
        if i4 == 1 {
            s3 -= T::from(-0.564).unwrap().sin();
        } else {
            s3 -= (T::from(1.11).unwrap() - x[i4]).tanh();
        }
        s3 += T::hypot(T::acos((c::<T>(0.9)) * s3.atan().tanh()), c::<T>(1.0))
            .log10()
            .tanh();
    }
    (((y + u1) + w2) + s3) + x[3]
}

fn p97_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y = p9_d(x[2], x[3], y).cos()
        - ((((k::<D>(0.9)) * (((k::<D>(BETA)).cos()).tanh())).acos()) - y);
    let (u1, w2) = ((k::<D>(BETA)) * (k::<D>(0.504)), y);
    let mut s3 = k::<D>(1.0);
    for i4 in 0..x.len() {
        let mut m5 = (((-(k::<D>(std::f64::consts::E))).tanh()).powi(1)).asinh();
        let (u6, w7) = (w2, ((x[i4] * ((k::<D>(2.0)) + w2.sin()).ln()).exp()) + s3);
        if i4 == 1 {
            s3 -= (k::<D>(-0.564)).sin();
        } else {
            s3 -= ((k::<D>(1.11)) - x[i4]).tanh();
        }
        s3 += ((((((k::<D>(0.9)) * s3.atan().tanh()).acos())
            * (((k::<D>(0.9)) * s3.atan().tanh()).acos())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .log10())
        .tanh();
    }
    (((y + u1) + w2) + s3) + x[3]
}

#[differentiable]
fn p98<T: Float>(x0: T, x1: T) -> T {
    let (u2, w3) = (
        x0,
        ({
            let t1 = c::<T>(std::f64::consts::E);
            c::<T>(-1.57)
        })
        .mul_add(x1, x0 + x1),
    );
    let a4 = Float::atan(x0);
    let mut m5 = Float::powi(x1, 2).cos();
    (((x1 + u2) + w3) + a4) + m5
}

fn p98_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u2, w3) = (
        x0,
        (({
            let t1 = k::<D>(std::f64::consts::E);
            k::<D>(-1.57)
        }) * x1
            + (x0 + x1)),
    );
    let a4 = x0.atan();
    let mut m5 = x1.powi(2).cos();
    (((x1 + u2) + w3) + a4) + m5
}

#[differentiable]
fn p99<T: Float>(x0: T, x1: T) -> T {
    let (u1, w2) = (x0, (c::<T>(1.5)) / ((c::<T>(1.5)) + x0.sin().tan().tanh()));
    let (u3, w4) = (u1.asinh(), (T::from(2.0).unwrap() + w2.sin()).log10());
    let a5: T = (((x1 * Float::cosh(c::<T>(-1.208))).cos()).sin()).tan();
    let (u6, w7) = (
        u3.mul_add((c::<T>(std::f64::consts::E)).cos(), x0)
            .atan()
            .mul_add(
                Float::atan(((c::<T>(0.9)) * x0.sin()).atanh()),
                c::<T>(-0.97),
            ),
        (((c::<T>(core::f64::consts::PI)).tanh())
            .mul_add(T::tanh(c::<T>(core::f64::consts::PI)), x1))
        .abs(),
    );
    let a8: T = w2 - u1;
    (((w4 + a5) - u6) + w7) - a8
}

fn p99_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x0, (k::<D>(1.5)) / ((k::<D>(1.5)) + x0.sin().tan().tanh()));
    let (u3, w4) = (u1.asinh(), ((k::<D>(2.0)) + w2.sin()).log10());
    let a5: D = (((x1 * ((k::<D>(-1.208)).cosh())).cos()).sin()).tan();
    let (u6, w7) = (
        (((u3 * ((k::<D>(std::f64::consts::E)).cos()) + x0).atan())
            * ((((k::<D>(0.9)) * x0.sin()).atanh()).atan())
            + (k::<D>(-0.97))),
        (((k::<D>(core::f64::consts::PI)).tanh()) * ((k::<D>(core::f64::consts::PI)).tanh()) + x1)
            .abs(),
    );
    let a8: D = w2 - u1;
    (((w4 + a5) - u6) + w7) - a8
}

#[differentiable]
fn p100<T: Float + NumAssign>(x: &[T], nk: usize) -> T {
    let a1 = x[0];
    let mut s2: T = c::<T>(0.5);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let mut s4: T = c::<T>(0.5);
        for i5 in 0..x.len() / 2 {
            if !(c::<T>(V[i3]) < T::from(0.86).unwrap()) {
                continue;
            }
            let (u6, w7) = (
                T::atan2(c::<T>(V[i5]), -(T::from(0.5).unwrap() + (s4 * s4)))
                    .atan2(-((c::<T>(0.5)) + ((x[2 * i5] + s4) * (x[2 * i5] + s4)))),
                c::<T>(core::f64::consts::PI),
            );
            s2 += (s2.signum() * a1).sin();
        }
        let a1 = x[3].hypot(T::from(0.5).unwrap() + (x[1] * x[1]));
        s2 = (T::from(0.5).unwrap() * s2) + T::log2((c::<T>(2.0)) + ((x[2] - a1).sin())).atan();
    }
    let mut s8: T = T::one();
    for i9 in 0..x.len() {
        let mut s10: T = c::<T>(0.0);
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            if i9 < 0 {
                s2 = T::max(s2, s8.cos());
            }
            s2 *= T::one()
                + ((c::<T>(0.3))
                    * ((s2.tanh().exp2()
                        / (T::one()
                            + ((((c::<T>(0.9)) * s2.cos().tanh()).acos())
                                * (((c::<T>(0.9)) * s2.cos().tanh()).acos()))))
                    .sin()));
        }
        let a12 = ((c::<T>(i9 as f64)) - x[i9]).cos();
        s10 = (T::from(0.5).unwrap() * s10)
            + Float::cos(x[i9].sin().mul_add(
                (s10 / Float::hypot(s8, c::<T>(1.0))).sin(),
                s8.clamp(c::<T>(-0.55), c::<T>(0.14)),
            ));
        s2 -= ((a1 + a1).sin()).atan();
    }
    let mut i13 = 0;
    while i13 < 3 {
        i13 += 1;
        let a14 = ((c::<T>(-1.8)) * a1) - s8.atan();
        if i13 <= 3 {
            break;
        }
        s2 /= (c::<T>(2.0)) + ((x[0] + (c::<T>(i13 as f64))).sin());
    }
    ((c::<T>(0.001)) * (((a1 + s2) + s8) + x[2])).tanh()
}

fn p100_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = x[0];
    let mut s2: D = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let mut s4: D = k::<D>(0.5);
        for i5 in 0..x.len() / 2 {
            if !((k::<D>(V[i3])).re() < (k::<D>(0.86)).re()) {
                continue;
            }
            let (u6, w7) = (
                datan2(
                    datan2(k::<D>(V[i5]), -((k::<D>(0.5)) + (s4 * s4))),
                    -((k::<D>(0.5)) + ((x[2 * i5] + s4) * (x[2 * i5] + s4))),
                ),
                k::<D>(core::f64::consts::PI),
            );
            s2 += ((k::<D>(s2.re().signum())) * a1).sin();
        }
        let a1 = (x[3] * x[3] + ((k::<D>(0.5)) + (x[1] * x[1])) * ((k::<D>(0.5)) + (x[1] * x[1])))
            .sqrt();
        s2 = ((k::<D>(0.5)) * s2) + ((((k::<D>(2.0)) + ((x[2] - a1).sin())).log2()).atan());
    }
    let mut s8: D = k::<D>(1.0);
    for i9 in 0..x.len() {
        let mut s10: D = k::<D>(0.0);
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            if i9 < 0 {
                s2 = dmax(s2, s8.cos());
            }
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((s2.tanh().exp2()
                        / ((k::<D>(1.0))
                            + ((((k::<D>(0.9)) * s2.cos().tanh()).acos())
                                * (((k::<D>(0.9)) * s2.cos().tanh()).acos()))))
                    .sin()));
        }
        let a12 = ((k::<D>(i9 as f64)) - x[i9]).cos();
        s10 = ((k::<D>(0.5)) * s10)
            + ((x[i9].sin() * ((s10 / ((s8 * s8 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin())
                + dclamp(s8, k::<D>(-0.55), k::<D>(0.14)))
            .cos());
        s2 -= ((a1 + a1).sin()).atan();
    }
    let mut i13 = 0;
    while i13 < 3 {
        i13 += 1;
        let a14 = ((k::<D>(-1.8)) * a1) - s8.atan();
        if i13 <= 3 {
            break;
        }
        s2 /= (k::<D>(2.0)) + ((x[0] + (k::<D>(i13 as f64))).sin());
    }
    ((k::<D>(0.001)) * (((a1 + s2) + s8) + x[2])).tanh()
}

#[differentiable]
fn p101<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 1..5 {
        let a3 = -((if i2 % 2 == 1 { c::<T>(i2 as f64) } else { x0 }) + ((c::<T>(BETA)) - x0));
        s1 -= Float::log(
            (c::<T>(2.0)) + x1.sin(),
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * x0.sin())).exp(),
        )
        .tanh();
        if i2 % 2 == 1 {
            continue;
        }
    }
    if s1 + (c::<T>(0.526)) < Float::tan(x0.sin()) {
        s1 = ((T::from(0.7).unwrap() * s1)
            + Float::max(
                (((c::<T>(1.5)) + s1.tanh()).log2()).tanh(),
                x0.hypot((c::<T>(0.5)) + (x0 * x0))
                    .clamp(c::<T>(-0.44), c::<T>(1.06)),
            ))
        .atan();
    } else {
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((-s1).sin()));
    }
    let a4: T = s1;
    let a5 = Float::sin(
        (-T::from(1.73).unwrap()).mul_add(x1, ((c::<T>(0.9)) * T::sin(c::<T>(-0.5))).acos()),
    ) * ((((x1 - a4).tanh()).cosh()).cos());
    let a6: T = s1;
    let mut m7 = a4;
    (((s1 + a4) + a5) + a6) * m7
}

fn p101_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 1..5 {
        let a3 = -((if i2 % 2 == 1 { k::<D>(i2 as f64) } else { x0 }) + ((k::<D>(BETA)) - x0));
        s1 -= (((k::<D>(2.0)) + x1.sin()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln())
        .tanh();
        if i2 % 2 == 1 {
            continue;
        }
    }
    if (s1 + (k::<D>(0.526))).re() < x0.sin().tan().re() {
        s1 = (((k::<D>(0.7)) * s1)
            + dmax(
                (((k::<D>(1.5)) + s1.tanh()).log2()).tanh(),
                dclamp(
                    (x0 * x0 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt(),
                    k::<D>(-0.44),
                    k::<D>(1.06),
                ),
            ))
        .atan();
    } else {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-s1).sin()));
    }
    let a4: D = s1;
    let a5 = (((-(k::<D>(1.73))) * x1 + (((k::<D>(0.9)) * ((k::<D>(-0.5)).sin())).acos())).sin())
        * ((((x1 - a4).tanh()).cosh()).cos());
    let a6: D = s1;
    let mut m7 = a4;
    (((s1 + a4) + a5) + a6) * m7
}

#[differentiable]
fn p102<T: Float>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (x1, c::<T>(ALPHA));
    let (u3, w4) = ((T::one() + (x0 * x0)).recip(), u1.cosh());
    let a5 = if c::<T>(-0.1) >= x0 + x2 {
        Float::exp(p1(u1, w4.atan(), Float::atan(u3)).tanh())
    } else {
        T::powi((c::<T>(1.86)) / u3.hypot(c::<T>(1.0)), 3)
    };
    let mut s6 = c::<T>(0.0);
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let mut s8: T = T::one();
        for i9 in 1..2 {
            let a10 = Float::exp2(T::tanh(((w4 + x2).atan()).sinh()));
            let (u11, w12) = (
                T::sin((((c::<T>(i7 as f64)).powi(2)) / T::cosh((u1 - u3).cos())).atan()).tan(),
                x2,
            );
            let a13 = (c::<T>(-0.1)) / ((c::<T>(1.0)) + (w4.sin() * w4.sin()));
            s8 = s8 * (T::one() + ((c::<T>(0.3)) * ((-x2.tanh()).sin())));
            s6 = ((c::<T>(0.5)) * s6) + w2.tanh();
        }
        s8 = s8 * (T::one() + (T::from(0.3).unwrap() * T::sin(x2 - s6)));
    }
    s6 = ((c::<T>(0.5)) * s6) + w2.clamp(c::<T>(-0.58), T::from(0.11).unwrap());
    (((w2 + u3) + w4) + a5) + s6
}

fn p102_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (x1, k::<D>(ALPHA));
    let (u3, w4) = (((k::<D>(1.0)) + (x0 * x0)).recip(), u1.cosh());
    let a5 = if (k::<D>(-0.1)).re() >= (x0 + x2).re() {
        p1_d(u1, w4.atan(), u3.atan()).tanh().exp()
    } else {
        ((k::<D>(1.86)) / ((u3 * u3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).powi(3)
    };
    let mut s6 = k::<D>(0.0);
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let mut s8: D = k::<D>(1.0);
        for i9 in 1..2 {
            let a10 = ((((w4 + x2).atan()).sinh()).tanh()).exp2();
            let (u11, w12) = (
                (((((k::<D>(i7 as f64)).powi(2)) / (((u1 - u3).cos()).cosh())).atan()).sin()).tan(),
                x2,
            );
            let a13 = (k::<D>(-0.1)) / ((k::<D>(1.0)) + (w4.sin() * w4.sin()));
            s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-x2.tanh()).sin()));
            s6 = ((k::<D>(0.5)) * s6) + w2.tanh();
        }
        s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x2 - s6).sin()));
    }
    s6 = ((k::<D>(0.5)) * s6) + dclamp(w2, k::<D>(-0.58), k::<D>(0.11));
    (((w2 + u3) + w4) + a5) + s6
}

#[differentiable]
fn p103<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (((c::<T>(1.0)) + (x1 * x1)).sqrt(), x0.powi(2));
    let mut m3: T = Float::exp(Float::sin(Float::acosh(
        (c::<T>(1.1)) + (((c::<T>(1.0)) + (x0 * x0)) * ((c::<T>(1.0)) + (x0 * x0))),
    )))
    .powf(((T::from(2.0).unwrap() + w2.sin()).powf((c::<T>(ALPHA)).sin())).tanh())
    .tanh()
    .mul_add(
        (-T::from(1.1).unwrap()).cos(),
        (T::from(0.9).unwrap() * Float::tanh(u1.tanh())).acos(),
    );
    if m3.cos().exp_m1() <= c::<T>(-0.43) {
        return Float::cos(u1 + w2).sinh();
    }
    let w2 = ((c::<T>(2.0)) + Float::sin(u1))
        .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * Float::sin(x0))).exp());
    (((x0 - x1) + u1) + m3) - w2
}

fn p103_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (((k::<D>(1.0)) + (x1 * x1)).sqrt(), x0.powi(2));
    let mut m3: D = (((((((((k::<D>(ALPHA)).sin()) * ((k::<D>(2.0)) + w2.sin()).ln()).exp())
        .tanh())
        * (((((k::<D>(1.1)) + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0))))
            .acosh())
        .sin())
        .exp())
        .ln())
    .exp())
    .tanh())
        * ((-(k::<D>(1.1))).cos())
        + (((k::<D>(0.9)) * u1.tanh().tanh()).acos()));
    if m3.cos().exp_m1().re() <= (k::<D>(-0.43)).re() {
        return ((u1 + w2).cos()).sinh();
    }
    let w2 = (((k::<D>(2.0)) + u1.sin()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln());
    (((x0 - x1) + u1) + m3) - w2
}

#[differentiable]
fn p104(x0: f64, x1: f64) -> f64 {
    let a1 = (1.0
        + (((Float::trunc((-1.209_f64) - x0) * (x0 - x0)).atan())
            * f64::atan((((-1.209) - x0).trunc()) * (x0 - x0))))
    .recip();
    let mut s2: f64 = 0.5;
    for i3 in 2..=5 {
        let mut m4 = f64::asinh(a1 * (i3 as f64));
        let a5 = x1.exp().powi(-1);
        if !((1.0 + ((i3 as f64) * (i3 as f64))).sqrt() >= x0 / (1.0_f64 + (s2.cos() * s2.cos()))) {
            m4 = (0.5 * m4) + ((Float::round(x1) * Float::cos(a5)).sin());
        } else {
            s2 += (if m4 <= 0.91 { s2 } else { x1 }).sin();
        }
        m4 = (0.5 * m4) + 1.376.sin();
    }
    let a1 = a1.atan().exp_m1();
    s2 *= 1.0 + (0.3 * a1.sin());
    ((x0 + x1) + s2) + a1
}

fn p104_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = ((k::<D>(1.0))
        + ((((k::<D>(((k::<D>(-1.209)) - x0).re().trunc())) * (x0 - x0)).atan())
            * (((k::<D>(((k::<D>(-1.209)) - x0).re().trunc())) * (x0 - x0)).atan())))
    .recip();
    let mut s2: D = k::<D>(0.5);
    for i3 in 2..=5 {
        let mut m4 = (a1 * (k::<D>(i3 as f64))).asinh();
        let a5 = x1.exp().powi(-1);
        if !((((k::<D>(1.0)) + ((k::<D>(i3 as f64)) * (k::<D>(i3 as f64)))).sqrt()).re()
            >= (x0 / ((k::<D>(1.0)) + (s2.cos() * s2.cos()))).re())
        {
            m4 = ((k::<D>(0.5)) * m4) + (((k::<D>(x1.re().round())) * a5.cos()).sin());
        } else {
            s2 += (if m4.re() <= (k::<D>(0.91)).re() {
                s2
            } else {
                x1
            })
            .sin();
        }
        m4 = ((k::<D>(0.5)) * m4) + ((k::<D>(1.376)).sin());
    }
    let a1 = a1.atan().exp_m1();
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
    ((x0 + x1) + s2) + a1
}

#[differentiable]
fn p105<T: Float>(x0: T, x1: T, x2: T, nk: usize) -> T {
    let a1: T = if T::from(1.21).unwrap() < c::<T>(0.44) {
        x2 - (T::from(-0.39).unwrap() + x2)
    } else {
        T::hypot(x0 - (c::<T>(-1.317)), c::<T>(1.0)).log(Float::exp(
            T::from(0.5).unwrap() + (T::from(0.4).unwrap() * (((x1 * x2).atan()).sin())),
        ))
    };
    let mut s2: T = c::<T>(0.5);
    for i3 in 0..nk {
        let a4 = x1.exp2() * (((c::<T>(0.9)) * x2.tanh()).asin());
        let a5 = (((c::<T>(1.5)) + T::tanh(c::<T>(W[i3]))).ln()) - a4;
        let a1 = (x0 - a1) - (-(c::<T>(-0.114)));
        s2 = Float::atan(
            ((c::<T>(0.7)) * s2)
                + ((((c::<T>(0.5))
                    + (((c::<T>(2.0)) + ((c::<T>(W[i3])).sin()))
                        * ((c::<T>(2.0)) + ((c::<T>(W[i3])).sin()))))
                .ln_1p())
                    - (a1 - x2)),
        );
    }
    let mut m6 = c::<T>(1.554);
    let a7 = ((s2 * (c::<T>(1.78))) - (((c::<T>(-0.66)).exp()).log10())) - (x1 - x1);
    (((x2 + a1) + s2) + m6) + a7
}

fn p105_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1: D = if (k::<D>(1.21)).re() < (k::<D>(0.44)).re() {
        x2 - ((k::<D>(-0.39)) + x2)
    } else {
        ((((x0 - (k::<D>(-1.317))) * (x0 - (k::<D>(-1.317))) + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
        .ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((x1 * x2).atan()).sin()))).exp()).ln())
    };
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..nk {
        let a4 = x1.exp2() * (((k::<D>(0.9)) * x2.tanh()).asin());
        let a5 = (((k::<D>(1.5)) + ((k::<D>(W[i3])).tanh())).ln()) - a4;
        let a1 = (x0 - a1) - (-(k::<D>(-0.114)));
        s2 = (((k::<D>(0.7)) * s2)
            + ((((k::<D>(0.5))
                + (((k::<D>(2.0)) + ((k::<D>(W[i3])).sin()))
                    * ((k::<D>(2.0)) + ((k::<D>(W[i3])).sin()))))
            .ln_1p())
                - (a1 - x2)))
            .atan();
    }
    let mut m6 = k::<D>(1.554);
    let a7 = ((s2 * (k::<D>(1.78))) - (((k::<D>(-0.66)).exp()).log10())) - (x1 - x1);
    (((x2 + a1) + s2) + m6) + a7
}

#[differentiable]
fn p106<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if ((c::<T>(0.9)) * Float::sin(T::from(1.44).unwrap())).atanh() < c::<T>(0.29) {
            continue;
        }
        for i3 in 2..=5 {
            let (u4, w5) = (
                Float::powf(
                    (c::<T>(1.5)) + Float::asinh(((c::<T>(1.0)) + (x1 * x1)).ln()).tanh(),
                    Float::tanh(s1),
                ),
                x0,
            );
            s1 -= Float::cos(w5 - w5);
            s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((u4 - (c::<T>(std::f64::consts::E))).sin()));
        }
        let a6 = (x1 / ((c::<T>(1.0)) + ((x1 - x1) * (x1 - x1)))) * x0;
        s1 = T::max(s1, T::sin(Float::asinh(s1 / x1.hypot(c::<T>(1.0)))));
    }
    let mut m7 = x1.tanh() * s1.cos();
    s1 = ((c::<T>(0.5)) * s1)
        + (((c::<T>(1.78)).clamp(c::<T>(-0.89), c::<T>(1.49)))
            .clamp(c::<T>(-1.13), T::from(0.84).unwrap()));
    let mut m8: T = (Float::powi(x1, 1).ceil() * (s1.atan() * x1))
        - (((c::<T>(1.5)) + Float::tanh(x0 - s1))
            .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * x1.sin())).exp()));
    for i9 in 0..1 {
        let (u10, w11) = (
            ((c::<T>(1.0))
                + (T::cos(
                    ((c::<T>(1.5)) + Float::tanh(m7)).powf((m7 - T::from(1.8).unwrap()).tanh()),
                ) * Float::powf((c::<T>(1.5)) + m7.tanh(), (m7 - (c::<T>(1.8))).tanh()).cos()))
            .powf((T::from(0.689).unwrap() - (x1 * x1)).atan()),
            m8.tanh().sin().tan(),
        );
        let a12 = if i9 < 1 {
            x0.mul_add(T::atan(m7), c::<T>(V[i9]))
        } else {
            x1 - w11
        };
        let a13 = ((T::one() + ((c::<T>(-1.02)) * (c::<T>(-1.02)))).powf(s1.tanh()))
            / T::log10(T::one() + ((c::<T>(i9 as f64)) * (c::<T>(i9 as f64)))).hypot(c::<T>(1.0));
        if i9 % 2 == 0 {
            continue;
        }
        m8 += (c::<T>(ALPHA)).atan();
    }
    let a14 = s1.sin().mul_add(s1.atan(), x1).cos()
        / ((((x1 + (c::<T>(-0.745))) / T::exp(Float::sin(x0.cosh().sqrt()))).cos()).exp());
    ((c::<T>(0.001)) * ((((x1 + s1) + m7) * m8) + a14)).tanh()
}

fn p106_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if (((k::<D>(0.9)) * ((k::<D>(1.44)).sin())).atanh()).re() < (k::<D>(0.29)).re() {
            continue;
        }
        for i3 in 2..=5 {
            let (u4, w5) = (
                (s1.tanh()
                    * ((k::<D>(1.5)) + (((((k::<D>(1.0)) + (x1 * x1)).ln()).asinh()).tanh())).ln())
                .exp(),
                x0,
            );
            s1 -= (w5 - w5).cos();
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u4 - (k::<D>(std::f64::consts::E))).sin()));
        }
        let a6 = (x1 / ((k::<D>(1.0)) + ((x1 - x1) * (x1 - x1)))) * x0;
        s1 = dmax(
            s1,
            ((s1 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).asinh()).sin(),
        );
    }
    let mut m7 = x1.tanh() * s1.cos();
    s1 = ((k::<D>(0.5)) * s1)
        + dclamp(
            dclamp(k::<D>(1.78), k::<D>(-0.89), k::<D>(1.49)),
            k::<D>(-1.13),
            k::<D>(0.84),
        );
    let mut m8: D = ((k::<D>(x1.powi(1).re().ceil())) * (s1.atan() * x1))
        - (((k::<D>(1.5)) + ((x0 - s1).tanh())).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln());
    for i9 in 0..1 {
        let (u10, w11) = (
            ((((k::<D>(0.689)) - (x1 * x1)).atan())
                * ((k::<D>(1.0))
                    + ((((((m7 - (k::<D>(1.8))).tanh()) * ((k::<D>(1.5)) + m7.tanh()).ln())
                        .exp())
                    .cos())
                        * (((((m7 - (k::<D>(1.8))).tanh()) * ((k::<D>(1.5)) + m7.tanh()).ln())
                            .exp())
                        .cos())))
                .ln())
            .exp(),
            m8.tanh().sin().tan(),
        );
        let a12 = if i9 < 1 {
            (x0 * m7.atan() + (k::<D>(V[i9])))
        } else {
            x1 - w11
        };
        let a13 = ((s1.tanh() * ((k::<D>(1.0)) + ((k::<D>(-1.02)) * (k::<D>(-1.02)))).ln()).exp())
            / (((((k::<D>(1.0)) + ((k::<D>(i9 as f64)) * (k::<D>(i9 as f64)))).log10())
                * (((k::<D>(1.0)) + ((k::<D>(i9 as f64)) * (k::<D>(i9 as f64)))).log10())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt());
        if i9 % 2 == 0 {
            continue;
        }
        m8 += (k::<D>(ALPHA)).atan();
    }
    let a14 = ((s1.sin() * s1.atan() + x1).cos())
        / ((((x1 + (k::<D>(-0.745))) / x0.cosh().sqrt().sin().exp()).cos()).exp());
    ((k::<D>(0.001)) * ((((x1 + s1) + m7) * m8) + a14)).tanh()
}

#[differentiable]
fn p107(x: &[f64]) -> f64 {
    let a1 = x[3];
    let mut m2: f64 = ((a1 / (1.0f64 + (ALPHA * ALPHA))) * ((0.9 * a1.sin()).asin()))
        + (0.3 / (2.0 + f64::sin(Float::acos(0.9 * a1.sin()))));
    let mut s3 = 1.0;
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let mut m5: f64 = (2.0
            + Float::sin(f64::powf(
                (((-0.775) + s3).cos()).exp(),
                f64::cos((2.0f64 + s3.sin()).sqrt()),
            )))
        .log(Float::exp(
            0.5 + (0.4 * Float::sin(-Float::powi(Float::sin(s3).cosh(), -2))),
        ));
        let a6 = Float::powf(1.0 + (x[5] * x[5]), x[4]);
        m5 -= ((a1 - m2) - (-x[0])).tanh();
        s3 += m2.cos().exp().ln().atan();
    }
    let a7 = if (1.5 + 2.0.tanh()).log2() < 0.38 && 0.509_f64 <= 0.1 {
        (s3.cos() * s3.sin()) - Float::tan(Float::sin(m2.tanh()))
    } else {
        x[1].clamp(-0.63, 0.82f64) / ((((1.5 + f64::tanh(x[2])).log10()).sin()).cosh())
    };
    for i8 in 0..x.len() - 1 {
        let a9 = Float::atan2((i8 as f64), -(0.5 + (a7 * a7))) - x[i8 + 1];
        let a9: f64 = -0.1;
        m2 = (0.5 * m2)
            + ((Float::sin(a7)
                / (1.0
                    + (m2.atan().mul_add(x[i8], a7).tanh()
                        * m2.atan().mul_add(x[i8], a7).tanh())))
            .sin());
        m2 = (0.5 * m2) + Float::tanh(Float::hypot(x[i8], 1.0_f64).powi(0));
    }
    (((a1 + m2) + s3) + a7) + x[1]
}

fn p107_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[3];
    let mut m2: D = ((a1 / ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))))
        * (((k::<D>(0.9)) * a1.sin()).asin()))
        + ((k::<D>(0.3)) / ((k::<D>(2.0)) + ((((k::<D>(0.9)) * a1.sin()).acos()).sin())));
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let mut m5: D = (((k::<D>(2.0))
            + (((((((k::<D>(2.0)) + s3.sin()).sqrt()).cos())
                * ((((k::<D>(-0.775)) + s3).cos()).exp()).ln())
            .exp())
            .sin()))
        .ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((-s3.sin().cosh().powi(-2)).sin()))).exp()).ln());
        let a6 = (x[4] * ((k::<D>(1.0)) + (x[5] * x[5])).ln()).exp();
        m5 -= ((a1 - m2) - (-x[0])).tanh();
        s3 += m2.cos().exp().ln().atan();
    }
    let a7 = if (((k::<D>(1.5)) + ((k::<D>(2.0)).tanh())).log2()).re() < (k::<D>(0.38)).re()
        && (k::<D>(0.509)).re() <= (k::<D>(0.1)).re()
    {
        (s3.cos() * s3.sin()) - m2.tanh().sin().tan()
    } else {
        dclamp(x[1], k::<D>(-0.63), k::<D>(0.82))
            / (((((k::<D>(1.5)) + x[2].tanh()).log10()).sin()).cosh())
    };
    for i8 in 0..x.len() - 1 {
        let a9 = datan2(k::<D>(i8 as f64), -((k::<D>(0.5)) + (a7 * a7))) - x[i8 + 1];
        let a9: D = k::<D>(-0.1);
        m2 = ((k::<D>(0.5)) * m2)
            + ((a7.sin()
                / ((k::<D>(1.0))
                    + (((m2.atan() * x[i8] + a7).tanh()) * ((m2.atan() * x[i8] + a7).tanh()))))
            .sin());
        m2 = ((k::<D>(0.5)) * m2)
            + ((((x[i8] * x[i8] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0)).tanh());
    }
    (((a1 + m2) + s3) + a7) + x[1]
}

#[differentiable]
fn p108<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1 = if x1.exp().log10() <= T::from(0.36).unwrap() {
        c::<T>(0.76)
    } else {
        c::<T>(core::f64::consts::PI)
    };
    let a2 = T::exp2(((c::<T>(ALPHA)).max(c::<T>(1.937))).atan());
    let a3 = (T::one()
        + ((x1.ceil() * ((a1 / T::from(1.42).unwrap().hypot(c::<T>(1.0))).sin()))
            * (T::ceil(x1) * ((a1 / ((c::<T>(1.42)).hypot(c::<T>(1.0)))).sin()))))
    .sqrt();
    let mut m4 = a1.cos() + x0;
    let mut s5: T = c::<T>(0.0);
    for i6 in 1..5 {
        let a7 = s5.hypot(c::<T>(1.0)).log2();
        m4 -= a3.sin();
    }
    let mut m8: T = x1.atan();
    (((a2 + a3) + m4) + s5) + m8
}

fn p108_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if x1.exp().log10().re() <= (k::<D>(0.36)).re() {
        k::<D>(0.76)
    } else {
        k::<D>(core::f64::consts::PI)
    };
    let a2 = dmax(k::<D>(ALPHA), k::<D>(1.937)).atan().exp2();
    let a3 = ((k::<D>(1.0))
        + (((k::<D>(x1.re().ceil()))
            * ((a1
                / (((k::<D>(1.42)) * (k::<D>(1.42)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            .sin()))
            * ((k::<D>(x1.re().ceil()))
                * ((a1
                    / (((k::<D>(1.42)) * (k::<D>(1.42)) + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt()))
                .sin()))))
    .sqrt();
    let mut m4 = a1.cos() + x0;
    let mut s5: D = k::<D>(0.0);
    for i6 in 1..5 {
        let a7 = ((s5 * s5 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2();
        m4 -= a3.sin();
    }
    let mut m8: D = x1.atan();
    (((a2 + a3) + m4) + s5) + m8
}

#[differentiable]
fn p109(x0: f64, x1: f64) -> f64 {
    let a1 = f64::cos((-1.198) - x0).cosh().recip();
    let mut s2 = 0.0;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        s2 *= 1.0 + (0.3f64 * Float::sin(x1 + (-x1)));
        if i3 == 0 {
            continue;
        }
        let a4 = -a1;
        s2 /= 1.0 + (x1 * x1);
        s2 = (0.5_f64 * s2) + (((a4.ceil() * (-1.0)) + f64::powi(a4.cos().exp(), -1)).cos());
    }
    let mut s5 = 1.0f64;
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        s2 *= 1.0 + (0.3f64 * a1.sin());
        s5 = ((0.7 * s5) + (0.01 - x0)).tanh();
        s5 -= ((2.0 + V[i6].sin()).powf(W[i6].tanh())).cos();
    }
    let a1: f64 = x0 / (1.0 + (f64::powi(x0, 2) * f64::powi(x0, 2)));
    Float::tanh(0.001 * ((((x0 - x1) + s2) + s5) + a1))
}

fn p109_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = ((((k::<D>(-1.198)) - x0).cos()).cosh()).recip();
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 + (-x1)).sin()));
        if i3 == 0 {
            continue;
        }
        let a4 = -a1;
        s2 /= (k::<D>(1.0)) + (x1 * x1);
        s2 = ((k::<D>(0.5)) * s2)
            + ((((k::<D>(a4.re().ceil())) * (k::<D>(-1.0))) + a4.cos().exp().powi(-1)).cos());
    }
    let mut s5 = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
        s5 = (((k::<D>(0.7)) * s5) + ((k::<D>(0.01)) - x0)).tanh();
        s5 -= ((((k::<D>(W[i6])).tanh()) * ((k::<D>(2.0)) + ((k::<D>(V[i6])).sin())).ln()).exp())
            .cos();
    }
    let a1: D = x0 / ((k::<D>(1.0)) + (x0.powi(2) * x0.powi(2)));
    ((k::<D>(0.001)) * ((((x0 - x1) + s2) + s5) + a1)).tanh()
}

#[differentiable]
fn p110<T: Float>(x: [T; 6], y: T, nk: usize) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 0..x.len() - 1 {
        let a3 = T::sin(x[i2]);
        s1 = s1 - a3.cos().cos();
        s1 = (((c::<T>(0.7)) * s1) + (c::<T>(1.1))).cos();
        if i2 > 6 {
            continue;
        }
        s1 = Float::min(s1, (a3 - a3).tanh());
    }
    let a4 = (s1 * y).cos();
    let a5: T = p79(y, y, a4.cos());
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        s1 = ((c::<T>(0.5)) * s1) + Float::tanh(p79(a4.cos(), x[3], T::atan(c::<T>(i6 as f64))));
        s1 = s1 / x[2].cosh();
        s1 = s1 - ((((c::<T>(std::f64::consts::E)).signum()) * x[0]).sin());
    }
    let a7 = if c::<T>(BETA) > c::<T>(0.68) {
        s1
    } else {
        x[4]
    };
    ((((y + s1) + a4) + a5) + a7) * x[5]
}

fn p110_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..x.len() - 1 {
        let a3 = x[i2].sin();
        s1 -= a3.cos().cos();
        s1 = (((k::<D>(0.7)) * s1) + (k::<D>(1.1))).cos();
        if i2 > 6 {
            continue;
        }
        s1 = dmin(s1, (a3 - a3).tanh());
    }
    let a4 = (s1 * y).cos();
    let a5: D = p79_d(y, y, a4.cos());
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        s1 = ((k::<D>(0.5)) * s1) + p79_d(a4.cos(), x[3], (k::<D>(i6 as f64)).atan()).tanh();
        s1 /= x[2].cosh();
        s1 -= ((k::<D>((k::<D>(std::f64::consts::E)).re().signum())) * x[0]).sin();
    }
    let a7 = if (k::<D>(BETA)).re() > (k::<D>(0.68)).re() {
        s1
    } else {
        x[4]
    };
    ((((y + s1) + a4) + a5) + a7) * x[5]
}

#[differentiable]
fn p111(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0f64;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        if i2 < 1 {
            s1 += f64::tanh(x2);
        } else {
            s1 *= 1.0 + (0.3 * ((-x2).sin()));
        }
        let a3 = -x2;
        s1 += f64::tanh(a3 / ((i2 as f64).hypot(1.0)));
        s1 /= x1.atan().cosh();
    }
    let mut m4: f64 = Float::acos(0.9f64 * ((x1 + x0).sin()));
    m4 *= 1.0 + (0.3 * ((((0.9 * x1.sin()).acos()) - x2.asinh()).sin()));
    m4 *= 1.0
        + (0.3
            * (((((0.9 * x0.tanh()).asin()).max(x0))
                + Float::exp(f64::sin(s1 - 0.627_f64)).sqrt())
            .sin()));
    let mut m5: f64 =
        (((1.5 + x0.tanh()).ln()).mul_add(x1, f64::log10(2.0 + Float::sin(x2)))) - (-0.47_f64);
    let a6: f64 = m4;
    m4 = (0.5 * m4) + (-0.8_f64);
    (((x2 + s1) + m4) + m5) + a6
}

fn p111_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        if i2 < 1 {
            s1 += x2.tanh();
        } else {
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-x2).sin()));
        }
        let a3 = -x2;
        s1 += (a3
            / (((k::<D>(i2 as f64)) * (k::<D>(i2 as f64)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
        .tanh();
        s1 /= x1.atan().cosh();
    }
    let mut m4: D = ((k::<D>(0.9)) * ((x1 + x0).sin())).acos();
    m4 *= (k::<D>(1.0))
        + ((k::<D>(0.3)) * (((((k::<D>(0.9)) * x1.sin()).acos()) - x2.asinh()).sin()));
    m4 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((dmax(((k::<D>(0.9)) * x0.tanh()).asin(), x0)
                + ((((s1 - (k::<D>(0.627))).sin()).exp()).sqrt()))
            .sin()));
    let mut m5: D = ((((k::<D>(1.5)) + x0.tanh()).ln()) * x1
        + (((k::<D>(2.0)) + x2.sin()).log10()))
        - (k::<D>(-0.47));
    let a6: D = m4;
    m4 = ((k::<D>(0.5)) * m4) + (k::<D>(-0.8));
    (((x2 + s1) + m4) + m5) + a6
}

#[differentiable]
fn p112<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let (u2, w3) = (
        x1.cosh().sin().cosh().powf(T::atan(x2.exp())),
        ({
            let t1 = x1;
            x2
        }) - (x1 + x2),
    );
    let w3 = x1.exp2();
    let (u4, w5) = (x0, ((u2 - x1).atan()).sinh());
    let (u6, w7) = (
        u2.sin().exp(),
        w3 - ((w5 / (T::one() + (u4 * u4))) * Float::tanh(x1)),
    );
    if w7 < T::from(-0.89).unwrap() || w3 > c::<T>(-0.89) {
        return ((c::<T>(0.5)) + (((c::<T>(-0.6)).cosh()) * ((c::<T>(-0.6)).cosh()))).ln_1p();
    }
    let mut m8: T = T::tanh(c::<T>(1.6));
    let a9 = m8;
    let mut s10: T = c::<T>(0.5);
    let mut i11 = 0;
    while i11 < 2 {
        i11 += 1;
        let mut s12 = c::<T>(1.0);
        let mut i13 = 0;
        while i13 < 1 {
            i13 += 1;
            let a14 = p67(
                w5.tanh().exp2().atan(),
                Float::sin((T::one() + (x1 * x1)).cbrt()),
                (((c::<T>(1.0)) + (m8.sin() * T::sin(m8))).cbrt()).sin(),
            );
            if m8 + (c::<T>(V[i11])) > x2.sin() {
                continue;
            }
            let mut m15 = a14.asinh().hypot((c::<T>(0.5)) + (w7 * w7)).sin().powi(2);
            m15 += (((c::<T>(1.5)) + s10.tanh()).powf(a14.sin())).atan();
        }
        s12 = ((c::<T>(0.5)) * s12)
            + Float::powf(
                (c::<T>(2.0)) + ((-(c::<T>(core::f64::consts::PI))).sin()),
                (u4 + w7).tanh(),
            )
            .cos();
        s12 = (T::from(0.5).unwrap() * s12) + u2.sin().sin();
    }
    (((u6 + w7) + m8) + a9) + s10
}

fn p112_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u2, w3) = (
        (x2.exp().atan() * x1.cosh().sin().cosh().ln()).exp(),
        ({
            let t1 = x1;
            x2
        }) - (x1 + x2),
    );
    let w3 = x1.exp2();
    let (u4, w5) = (x0, ((u2 - x1).atan()).sinh());
    let (u6, w7) = (
        u2.sin().exp(),
        w3 - ((w5 / ((k::<D>(1.0)) + (u4 * u4))) * x1.tanh()),
    );
    if w7.re() < (k::<D>(-0.89)).re() || w3.re() > (k::<D>(-0.89)).re() {
        return ((k::<D>(0.5)) + (((k::<D>(-0.6)).cosh()) * ((k::<D>(-0.6)).cosh()))).ln_1p();
    }
    let mut m8: D = (k::<D>(1.6)).tanh();
    let a9 = m8;
    let mut s10: D = k::<D>(0.5);
    let mut i11 = 0;
    while i11 < 2 {
        i11 += 1;
        let mut s12 = k::<D>(1.0);
        let mut i13 = 0;
        while i13 < 1 {
            i13 += 1;
            let a14 = p67_d(
                w5.tanh().exp2().atan(),
                (((k::<D>(1.0)) + (x1 * x1)).cbrt()).sin(),
                (((k::<D>(1.0)) + (m8.sin() * m8.sin())).cbrt()).sin(),
            );
            if (m8 + (k::<D>(V[i11]))).re() > x2.sin().re() {
                continue;
            }
            let mut m15 = (((a14.asinh() * a14.asinh()
                + ((k::<D>(0.5)) + (w7 * w7)) * ((k::<D>(0.5)) + (w7 * w7)))
                .sqrt())
            .sin())
            .powi(2);
            m15 += ((a14.sin() * ((k::<D>(1.5)) + s10.tanh()).ln()).exp()).atan();
        }
        s12 = ((k::<D>(0.5)) * s12)
            + (((((u4 + w7).tanh())
                * ((k::<D>(2.0)) + ((-(k::<D>(core::f64::consts::PI))).sin())).ln())
            .exp())
            .cos());
        s12 = ((k::<D>(0.5)) * s12) + u2.sin().sin();
    }
    (((u6 + w7) + m8) + a9) + s10
}

#[differentiable]
fn p113<T: Float>(x: [T; 4], y: T) -> T {
    let mut s1 = c::<T>(0.0);
    for i2 in 1..x.len() {
        s1 = (T::from(0.5).unwrap() * s1) + ((c::<T>(0.056)).tanh());
        let a3 = y;
        s1 = (T::from(0.5).unwrap() * s1) + Float::sin(s1.trunc() * (c::<T>(W[i2])));
        s1 = ((c::<T>(0.5)) * s1) + Float::cosh(c::<T>(-0.847)).sqrt().tanh();
    }
    let a4 = Float::cos(
        ((T::one() + (Float::cos(s1) * T::cos(s1))).log10()) * ((c::<T>(-1.5)) / x[3].cosh()),
    );
    s1 = s1 / ((c::<T>(1.0)) + (x[2].powi(1) * Float::powi(x[2], 1)));
    for i5 in 1..=2 {
        for i6 in 0..x.len() {
            if (T::from(2.0).unwrap() + Float::sin(x[i6])).sqrt()
                > ((c::<T>(1.5)) + ((c::<T>(1.504)).tanh())).powi(0)
            {
                s1 = (((c::<T>(0.7)) * s1) + s1.max(y)).tanh();
            } else {
                s1 = s1 + (((c::<T>(-0.9)) + (c::<T>(W[i5]))).sin());
            }
            let mut m7 = -((c::<T>(-1.2)).powi(2));
            m7 = T::max(
                m7,
                Float::tanh(
                    ((c::<T>(0.5)) + (y.exp2().hypot(c::<T>(1.0)) * y.exp2().hypot(c::<T>(1.0))))
                        .ln_1p(),
                ),
            );
            m7 = ((c::<T>(0.5)) * m7) + y.atan();
            if !(a4.cosh() > ((c::<T>(0.9)) * x[i6].sin()).acos()) {
                continue;
            }
        }
        let a8 = if ((c::<T>(2.0)) + Float::sin(x[1])).sqrt()
            >= if x[0] > c::<T>(0.71) && a4 > a4 {
                x[3]
            } else {
                x[3]
            } {
            y + (x[1] + x[3])
        } else {
            (x[1] - (c::<T>(i5 as f64))) + (s1 + s1)
        };
        s1 = s1 + Float::sin(s1.asinh() * (c::<T>(W[i5])));
        s1 = T::tanh(((c::<T>(0.7)) * s1) + x[3]);
    }
    ((y + s1) + a4) + x[1]
}

fn p113_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 1..x.len() {
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(0.056)).tanh());
        let a3 = y;
        s1 = ((k::<D>(0.5)) * s1) + (((k::<D>(s1.re().trunc())) * (k::<D>(W[i2]))).sin());
        s1 = ((k::<D>(0.5)) * s1) + ((((k::<D>(-0.847)).cosh()).sqrt()).tanh());
    }
    let a4 =
        ((((k::<D>(1.0)) + (s1.cos() * s1.cos())).log10()) * ((k::<D>(-1.5)) / x[3].cosh())).cos();
    s1 /= (k::<D>(1.0)) + (x[2].powi(1) * x[2].powi(1));
    for i5 in 1..=2 {
        for i6 in 0..x.len() {
            if (((k::<D>(2.0)) + x[i6].sin()).sqrt()).re()
                > (((k::<D>(1.5)) + ((k::<D>(1.504)).tanh())).powi(0)).re()
            {
                s1 = (((k::<D>(0.7)) * s1) + dmax(s1, y)).tanh();
            } else {
                s1 += ((k::<D>(-0.9)) + (k::<D>(W[i5]))).sin();
            }
            let mut m7 = -((k::<D>(-1.2)).powi(2));
            m7 = dmax(
                m7,
                (((k::<D>(0.5))
                    + (((y.exp2() * y.exp2() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((y.exp2() * y.exp2() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .ln_1p())
                .tanh(),
            );
            m7 = ((k::<D>(0.5)) * m7) + y.atan();
            if !(a4.cosh().re() > (((k::<D>(0.9)) * x[i6].sin()).acos()).re()) {
                continue;
            }
        }
        let a8 = if (((k::<D>(2.0)) + x[1].sin()).sqrt()).re()
            >= (if x[0].re() > (k::<D>(0.71)).re() && a4.re() > a4.re() {
                x[3]
            } else {
                x[3]
            })
            .re()
        {
            y + (x[1] + x[3])
        } else {
            (x[1] - (k::<D>(i5 as f64))) + (s1 + s1)
        };
        s1 += (s1.asinh() * (k::<D>(W[i5]))).sin();
        s1 = (((k::<D>(0.7)) * s1) + x[3]).tanh();
    }
    ((y + s1) + a4) + x[1]
}

#[differentiable]
fn p114(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.0;
    for i2 in 2..3 {
        let a3 = if !(s1 < (2.0 + x1.sin()).recip()) {
            x1
        } else {
            x1
        };
        s1 = ((0.7 * s1) + f64::atanh(0.9 * Float::sin(Float::exp(W[i2]).log10()).tanh())).tanh();
        s1 *= 1.0 + (0.3 * a3.sin());
    }
    let mut s4 = 1.0;
    for i5 in 0..4 {
        let a6 = s4.floor() * (((0.9 * Float::sin(f64::sin(s4 - BETA))).acos()).tanh());
        s1 *= 1.0_f64 + (0.3 * ((W[i5] - s1).sin()));
    }
    let a8: f64 = x0.exp2()
        - ({
            let t7 = x1 - x0;
            s1.sin() * (-0.938)
        });
    let a8 = Float::sinh(
        f64::exp(1.0.exp2().sin())
            .log((0.5 + (0.4 * ((-x1).sin()))).exp())
            .sin(),
    );
    let a9 = if x1.sin() < a8 - x0 {
        Float::atan(a8.sin() * s4.sin()).sinh()
    } else {
        x1.exp().sqrt() * ((0.9 * f64::cos(std::f64::consts::E).tanh()).acos())
    };
    if 0.8 - s1 > s4 {
        s4 = (0.5 * s4) + x0.mul_add(x1, 1.76).sin().exp2();
    } else {
        s4 += x1;
    }
    let a10 = x0 - x0;
    (((s1 + s4) + a8) + a9) + a10
}

fn p114_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 2..3 {
        let a3 = if !(s1.re() < (((k::<D>(2.0)) + x1.sin()).recip()).re()) {
            x1
        } else {
            x1
        };
        s1 = (((k::<D>(0.7)) * s1)
            + (((k::<D>(0.9)) * (((((k::<D>(W[i2])).exp()).log10()).sin()).tanh())).atanh()))
        .tanh();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a3.sin());
    }
    let mut s4 = k::<D>(1.0);
    for i5 in 0..4 {
        let a6 = (k::<D>(s4.re().floor()))
            * ((((k::<D>(0.9)) * (((s4 - (k::<D>(BETA))).sin()).sin())).acos()).tanh());
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(W[i5])) - s1).sin()));
    }
    let a8: D = x0.exp2()
        - ({
            let t7 = x1 - x0;
            s1.sin() * (k::<D>(-0.938))
        });
    let a8 = ((((((k::<D>(1.0)).exp2()).sin()).exp()).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((-x1).sin()))).exp()).ln())
    .sin())
    .sinh();
    let a9 = if x1.sin().re() < (a8 - x0).re() {
        ((a8.sin() * s4.sin()).atan()).sinh()
    } else {
        x1.exp().sqrt() * (((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).cos()).tanh())).acos())
    };
    if ((k::<D>(0.8)) - s1).re() > s4.re() {
        s4 = ((k::<D>(0.5)) * s4) + (((x0 * x1 + (k::<D>(1.76))).sin()).exp2());
    } else {
        s4 += x1;
    }
    let a10 = x0 - x0;
    (((s1 + s4) + a8) + a9) + a10
}

#[differentiable]
fn p115(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = (
        ALPHA.tanh().sin().tan(),
        (((1.0 + (std::f64::consts::E * std::f64::consts::E)).sqrt()) + (x[1] + y))
            .min((2.0 + Float::asin(0.9_f64 * y.tanh()).sin()).ln()),
    );
    let mut s3: f64 = 0.5;
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let a5: f64 = p99(w2.atan(), Float::cos(W[i4]))
            / (1.0
                + (f64::asin(0.9_f64 * f64::tanh(w2.tanh()))
                    * ((0.9 * Float::tanh(w2).tanh()).asin())));
        s3 *= 1.0 + (0.3 * f64::sin(Float::sqrt(Float::atan(x[4] * 1.991).cosh())));
        if (0.9 * Float::sin(u1)).asin() >= x[4] {
            continue;
        }
    }
    let mut m6 = x[1] - y;
    let a7: f64 = s3 / (2.0 + x[1].sin());
    let a8 = -(x[1] + Float::powf(1.0 + (x[4] * x[4]), -1.498));
    ((((w2 + s3) + m6) + a7) + a8) + x[3]
}

fn p115_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        (((k::<D>(ALPHA)).tanh()).sin()).tan(),
        dmin(
            (((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                .sqrt())
                + (x[1] + y),
            ((k::<D>(2.0)) + ((((k::<D>(0.9)) * y.tanh()).asin()).sin())).ln(),
        ),
    );
    let mut s3: D = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let a5: D = p99_d(w2.atan(), (k::<D>(W[i4])).cos())
            / ((k::<D>(1.0))
                + ((((k::<D>(0.9)) * w2.tanh().tanh()).asin())
                    * (((k::<D>(0.9)) * w2.tanh().tanh()).asin())));
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((x[4] * (k::<D>(1.991))).atan()).cosh()).sqrt()).sin()));
        if (((k::<D>(0.9)) * u1.sin()).asin()).re() >= x[4].re() {
            continue;
        }
    }
    let mut m6 = x[1] - y;
    let a7: D = s3 / ((k::<D>(2.0)) + x[1].sin());
    let a8 = -(x[1] + (((k::<D>(-1.498)) * ((k::<D>(1.0)) + (x[4] * x[4])).ln()).exp()));
    ((((w2 + s3) + m6) + a7) + a8) + x[3]
}

#[differentiable]
fn p116(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1: f64 = 0.0;
    for i2 in 2..3 {
        s1 -= ((0.5f64
            + ((1.5
                + ((V[i2].min(x2)
                    / (1.0 + ((x0 / (1.5 + x0.tanh())) * (x0 / (1.5 + x0.tanh())))))
                .tanh()))
                * (1.5
                    + ((Float::min(V[i2], x2)
                        / (1.0_f64 + ((x0 / (1.5 + x0.tanh())) * (x0 / (1.5 + x0.tanh())))))
                    .tanh()))))
        .ln_1p())
        .tanh();
        s1 = f64::min(s1, Float::mul_add(x2, x1, (i2 as f64)).atan());
    }
    let a3 = f64::sin(x0) / (1.0 + (x0.hypot(1.0).powi(-1) * x0.hypot(1.0f64).powi(-1)));
    let a4 = x0 / (2.0 + x1.exp().log2().sin());
    let mut s5 = 0.5;
    for i6 in 0..nk {
        let a7 = ((-1.52).mul_add(s1.cos(), x0)) * (BETA - a3);
        s1 *= 1.0 + (0.3 * ((((-0.753).cosh()) + (x0 * x1)).sin()));
    }
    let mut m8: f64 = f64::cosh(Float::cos(ALPHA - a3))
        - (a3.mul_add(x2, 0.104) / (2.0 + (((-0.5).exp()).sin())));
    (((s1 + a3) - a4) + s5) + m8
}

fn p116_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 2..3 {
        s1 -= (((k::<D>(0.5))
            + (((k::<D>(1.5))
                + ((dmin(k::<D>(V[i2]), x2)
                    / ((k::<D>(1.0))
                        + ((x0 / ((k::<D>(1.5)) + x0.tanh()))
                            * (x0 / ((k::<D>(1.5)) + x0.tanh())))))
                .tanh()))
                * ((k::<D>(1.5))
                    + ((dmin(k::<D>(V[i2]), x2)
                        / ((k::<D>(1.0))
                            + ((x0 / ((k::<D>(1.5)) + x0.tanh()))
                                * (x0 / ((k::<D>(1.5)) + x0.tanh())))))
                    .tanh()))))
        .ln_1p())
        .tanh();
        s1 = dmin(s1, (x2 * x1 + (k::<D>(i2 as f64))).atan());
    }
    let a3 = x0.sin()
        / ((k::<D>(1.0))
            + ((((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1))
                * (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1))));
    let a4 = x0 / ((k::<D>(2.0)) + x1.exp().log2().sin());
    let mut s5 = k::<D>(0.5);
    for i6 in 0..nk {
        let a7 = ((k::<D>(-1.52)) * s1.cos() + x0) * ((k::<D>(BETA)) - a3);
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(-0.753)).cosh()) + (x0 * x1)).sin()));
    }
    let mut m8: D = ((((k::<D>(ALPHA)) - a3).cos()).cosh())
        - ((a3 * x2 + (k::<D>(0.104))) / ((k::<D>(2.0)) + (((k::<D>(-0.5)).exp()).sin())));
    (((s1 + a3) - a4) + s5) + m8
}

#[differentiable]
fn p117(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (-x1, x1 * x1);
    let (u3, w4) = (u1.hypot(1.0).powf(x0), w2 - BETA);
    let mut s5: f64 = 0.5_f64;
    for i6 in 2..5 {
        if i6 != 0 {
            break;
        }
        let a7 = (0.9 * (((ALPHA - std::f64::consts::E).atan()).tanh())).atanh();
        s5 -= (w4.atan2(0.5 + (V[i6] * V[i6])) + (a7 * (-0.7))).sin();
    }
    s5 -= -((-0.727) - (w4 / (1.5 + 1.21_f64.tanh())));
    let a8 = -p78(w2.atan().exp().powi(0), (u1 - u3).atan());
    s5 += s5.tanh();
    (((w2 - u3) + w4) + s5) - a8
}

fn p117_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (-x1, x1 * x1);
    let (u3, w4) = (
        (x0 * ((u1 * u1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp(),
        w2 - (k::<D>(BETA)),
    );
    let mut s5: D = k::<D>(0.5);
    for i6 in 2..5 {
        if i6 != 0 {
            break;
        }
        let a7 = ((k::<D>(0.9))
            * ((((k::<D>(ALPHA)) - (k::<D>(std::f64::consts::E))).atan()).tanh()))
        .atanh();
        s5 -= (datan2(w4, (k::<D>(0.5)) + ((k::<D>(V[i6])) * (k::<D>(V[i6]))))
            + (a7 * (k::<D>(-0.7))))
        .sin();
    }
    s5 -= -((k::<D>(-0.727)) - (w4 / ((k::<D>(1.5)) + ((k::<D>(1.21)).tanh()))));
    let a8 = -p78_d(w2.atan().exp().powi(0), (u1 - u3).atan());
    s5 += s5.tanh();
    (((w2 - u3) + w4) + s5) - a8
}

#[differentiable]
fn p118(x: &[f64], y: f64, nk: usize) -> f64 {
    let mut s1: f64 = 1.0;
    for i2 in 0..x.len() - 1 {
        let mut m3 = s1 / (1.0_f64 + (s1.sin() * f64::sin(s1)));
        let a4 = if !(s1.cos() > 0.69) { m3 } else { x[i2 + 1] };
        let a5 = m3;
        m3 += Float::cos(x[i2] + s1);
        s1 *= 1.0
            + (0.3
                * Float::sin(
                    (1.1 + ((1.0
                        + (((2.0 + m3.sin()).powi(-1)) * ((2.0f64 + Float::sin(m3)).powi(-1))))
                        * (1.0 + (((2.0 + m3.sin()).powi(-1)) * ((2.0 + m3.sin()).powi(-1))))))
                    .acosh(),
                ));
    }
    let mut m6 = s1.sin().exp_m1();
    if !(1.6_f64 * x[0] <= BETA * x[3]) {
        s1 *= 1.0 + (0.3 * ((1.5_f64 + Float::tanh(m6)).cos()));
    } else {
        s1 *= 1.0 + (0.3 * m6.sin());
    }
    m6 = (0.5 * m6) + (ALPHA.cos().mul_add(x[0], y) / (1.0 + (x[2] * x[2])));
    for i7 in x {
        if -(*i7) < Float::cbrt(f64::cosh(y)) {
            s1 = (0.5_f64 * s1) + f64::atan(x[2]);
        } else {
            m6 = (0.5 * m6) + (((((1.5 + m6.tanh()).sqrt()).atan()) - x[2]).sin());
        }
        m6 -= Float::cos(
            (std::f64::consts::E / (1.0_f64 + (0.2 * 0.2))) / (2.0_f64 + Float::sin(-(-0.077_f64))),
        );
    }
    s1 -= -y;
    f64::tanh(0.001 * (((y * s1) + m6) + x[1]))
}

fn p118_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 0..x.len() - 1 {
        let mut m3 = s1 / ((k::<D>(1.0)) + (s1.sin() * s1.sin()));
        let a4 = if !(s1.cos().re() > (k::<D>(0.69)).re()) {
            m3
        } else {
            x[i2 + 1]
        };
        let a5 = m3;
        m3 += (x[i2] + s1).cos();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + (((k::<D>(1.0))
                        + ((((k::<D>(2.0)) + m3.sin()).powi(-1))
                            * (((k::<D>(2.0)) + m3.sin()).powi(-1))))
                        * ((k::<D>(1.0))
                            + ((((k::<D>(2.0)) + m3.sin()).powi(-1))
                                * (((k::<D>(2.0)) + m3.sin()).powi(-1))))))
                .acosh())
                .sin()));
    }
    let mut m6 = s1.sin().exp_m1();
    if !(((k::<D>(1.6)) * x[0]).re() <= ((k::<D>(BETA)) * x[3]).re()) {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + m6.tanh()).cos()));
    } else {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m6.sin());
    }
    m6 = ((k::<D>(0.5)) * m6)
        + ((((k::<D>(ALPHA)).cos()) * x[0] + y) / ((k::<D>(1.0)) + (x[2] * x[2])));
    for i7 in x {
        if (-(*i7)).re() < y.cosh().cbrt().re() {
            s1 = ((k::<D>(0.5)) * s1) + x[2].atan();
        } else {
            m6 = ((k::<D>(0.5)) * m6)
                + ((((((k::<D>(1.5)) + m6.tanh()).sqrt()).atan()) - x[2]).sin());
        }
        m6 -= (((k::<D>(std::f64::consts::E)) / ((k::<D>(1.0)) + ((k::<D>(0.2)) * (k::<D>(0.2)))))
            / ((k::<D>(2.0)) + ((-(k::<D>(-0.077))).sin())))
        .cos();
    }
    s1 -= -y;
    ((k::<D>(0.001)) * (((y * s1) + m6) + x[1])).tanh()
}

#[differentiable]
fn p119<T: Float>(x: [T; 6], y: T) -> T {
    let y = ((c::<T>(0.9)) * ((c::<T>(1.8)).sin())).asin();
    let y: T = y / ((c::<T>(0.81)).hypot(c::<T>(1.0)));
    let a1 = if x[0] + y <= c::<T>(-0.8) {
        y
    } else {
        T::exp(y.atan())
            .powf(y.atan2(-((c::<T>(0.5)) + (y * y))).sin())
            .sin()
    };
    let a2: T = T::cosh(x[0]) * (-(c::<T>(1.39)));
    let (u3, w4) = (
        ((c::<T>(2.0)) + Float::sin(a2 - x[4])).powi(-2),
        (if x[1] <= T::from(0.46).unwrap() {
            a2
        } else {
            T::from(0.81).unwrap()
        }) + ((c::<T>(0.8)) - y),
    );
    let mut s5 = T::one();
    for &i6 in x.iter() {
        s5 = (T::from(0.5).unwrap() * s5)
            + T::tanh(((T::from(0.9).unwrap() * ((x[2] * x[0]).tanh())).asin()).sin());
        let u3 = (T::one() + (Float::atan(x[0].exp()) * x[0].exp().atan())).log2();
        s5 = s5 * (T::one() + ((c::<T>(0.3)) * ((c::<T>(-0.4)).sin())));
    }
    let mut s7 = c::<T>(0.0);
    for i8 in x.iter() {
        s5 = s5 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * s5.sin()));
        let mut i9 = 0;
        while i9 < 2 {
            i9 += 1;
            let a10 = x[2].hypot((c::<T>(0.5)) + (x[5] * x[5]));
            let a11 = T::sinh(x[4]);
            s7 = (T::from(0.5).unwrap() * s7) + x[2].sinh().sin();
            s5 = ((c::<T>(0.5)) * s5) + T::atan(x[3].asinh());
            s7 = T::min(
                s7,
                ((s5 / (T::from(2.0).unwrap() + x[3].sin())) + (-(c::<T>(W[i9])))).tanh(),
            );
        }
        s5 =
            s5 * (T::one() + ((c::<T>(0.3)) * ((s7 + T::tan(T::from(1.91).unwrap().sin())).sin())));
    }
    (T::from(0.001).unwrap() * (((((a2 + u3) + w4) * s5) + s7) + x[1])).tanh()
}

fn p119_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y = ((k::<D>(0.9)) * ((k::<D>(1.8)).sin())).asin();
    let y: D = y / (((k::<D>(0.81)) * (k::<D>(0.81)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    let a1 = if (x[0] + y).re() <= (k::<D>(-0.8)).re() {
        y
    } else {
        ((datan2(y, -((k::<D>(0.5)) + (y * y))).sin() * y.atan().exp().ln()).exp()).sin()
    };
    let a2: D = x[0].cosh() * (-(k::<D>(1.39)));
    let (u3, w4) = (
        ((k::<D>(2.0)) + ((a2 - x[4]).sin())).powi(-2),
        (if x[1].re() <= (k::<D>(0.46)).re() {
            a2
        } else {
            k::<D>(0.81)
        }) + ((k::<D>(0.8)) - y),
    );
    let mut s5 = k::<D>(1.0);
    for &i6 in x.iter() {
        s5 = ((k::<D>(0.5)) * s5)
            + (((((k::<D>(0.9)) * ((x[2] * x[0]).tanh())).asin()).sin()).tanh());
        let u3 = ((k::<D>(1.0)) + (x[0].exp().atan() * x[0].exp().atan())).log2();
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.4)).sin()));
    }
    let mut s7 = k::<D>(0.0);
    for i8 in x {
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s5.sin());
        let mut i9 = 0;
        while i9 < 2 {
            i9 += 1;
            let a10 = (x[2] * x[2]
                + ((k::<D>(0.5)) + (x[5] * x[5])) * ((k::<D>(0.5)) + (x[5] * x[5])))
                .sqrt();
            let a11 = x[4].sinh();
            s7 = ((k::<D>(0.5)) * s7) + x[2].sinh().sin();
            s5 = ((k::<D>(0.5)) * s5) + x[3].asinh().atan();
            s7 = dmin(
                s7,
                ((s5 / ((k::<D>(2.0)) + x[3].sin())) + (-(k::<D>(W[i9])))).tanh(),
            );
        }
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s7 + (((k::<D>(1.91)).sin()).tan())).sin()));
    }
    ((k::<D>(0.001)) * (((((a2 + u3) + w4) * s5) + s7) + x[1])).tanh()
}

#[differentiable]
fn p120(x: &[f64], y: f64) -> f64 {
    let mut m1: f64 = x[3] - y;
    m1 += y.hypot(0.5 + (x[3] * x[3])) - y.sinh();
    for i2 in 1..2 {
        let mut s3 = 0.5;
        for i4 in 2..5 {
            let mut m5 = f64::min(V[i2], x[5]);
            let a6 = -((1.0 + (f64::atan(x[0] + m1) * ((x[0] + m1).atan()))).powi(-1));
            m1 *= 1.0 + (0.3 * y.sin());
            m5 -= x[2].tanh().cos();
        }
        let mut s7: f64 = 0.0f64;
        if Float::atan(x[0]) < -0.1f64 {
            break;
        }
        for i8 in 2..4 {
            let a9 = m1.abs() / (2.0 + m1.atan().powi(2).sin());
            let mut m10 =
                ((((a9.atan() * x[1]).atan()).exp()).tanh()) * ((Float::tanh(-1.941) + a9).cos());
            s3 -= ((V[i2] - y).asinh()).atan();
        }
        let a11: f64 = ((2.0f64 + x[3].sin()).ln()) * (x[0] + (-0.5_f64));
        m1 *= 1.0 + (0.3 * x[5].exp().log2().sin());
        s7 += m1.tanh().mul_add(Float::sin(a11), -1.793).atan();
    }
    if ALPHA > 0.62 {
        return x[5];
    }
    m1 = (0.5 * m1) + ((-(x[1] + y.min(m1))).cos());
    (0.001 * ((y * m1) + x[1])).tanh()
}

fn p120_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1: D = x[3] - y;
    m1 += ((y * y + ((k::<D>(0.5)) + (x[3] * x[3])) * ((k::<D>(0.5)) + (x[3] * x[3]))).sqrt())
        - y.sinh();
    for i2 in 1..2 {
        let mut s3 = k::<D>(0.5);
        for i4 in 2..5 {
            let mut m5 = dmin(k::<D>(V[i2]), x[5]);
            let a6 = -(((k::<D>(1.0)) + (((x[0] + m1).atan()) * ((x[0] + m1).atan()))).powi(-1));
            m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * y.sin());
            m5 -= x[2].tanh().cos();
        }
        let mut s7: D = k::<D>(0.0);
        if x[0].atan().re() < (k::<D>(-0.1)).re() {
            break;
        }
        for i8 in 2..4 {
            let a9 = m1.abs() / ((k::<D>(2.0)) + m1.atan().powi(2).sin());
            let mut m10 = ((((a9.atan() * x[1]).atan()).exp()).tanh())
                * ((((k::<D>(-1.941)).tanh()) + a9).cos());
            s3 -= (((k::<D>(V[i2])) - y).asinh()).atan();
        }
        let a11: D = (((k::<D>(2.0)) + x[3].sin()).ln()) * (x[0] + (k::<D>(-0.5)));
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[5].exp().log2().sin());
        s7 += (m1.tanh() * a11.sin() + (k::<D>(-1.793))).atan();
    }
    if (k::<D>(ALPHA)).re() > (k::<D>(0.62)).re() {
        return x[5];
    }
    m1 = ((k::<D>(0.5)) * m1) + ((-(x[1] + dmin(y, m1))).cos());
    ((k::<D>(0.001)) * ((y * m1) + x[1])).tanh()
}

#[differentiable]
fn p121(x: &[f64]) -> f64 {
    let a1 = BETA;
    let a1 = a1 + x[5];
    if a1 < p73(a1.tanh(), (-1.99).sin()) {
        return x[2];
    }
    let a2 = (-0.069) + a1;
    let mut m3 = (-0.91) * 1.237;
    m3 -= x[1];
    ((a1 + a2) + m3) + x[3]
}

fn p121_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(BETA);
    let a1 = a1 + x[5];
    if a1.re() < p73_d(a1.tanh(), (k::<D>(-1.99)).sin()).re() {
        return x[2];
    }
    let a2 = (k::<D>(-0.069)) + a1;
    let mut m3 = (k::<D>(-0.91)) * (k::<D>(1.237));
    m3 -= x[1];
    ((a1 + a2) + m3) + x[3]
}

#[differentiable]
fn p122<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (
        p74(x0, T::atan(c::<T>(BETA))).tanh() * x1,
        (x1.cosh() - x1.cosh().powf(c::<T>(1.5))) - ((x1 * x1) / (((x1 * x0).sin()).cosh())),
    );
    let mut s3 = c::<T>(0.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        if i4 >= 1 {
            continue;
        }
        let a5 = if u1 - s3 >= c::<T>(0.25) {
            (T::from(1.5).unwrap() + ((c::<T>(V[i4])).tanh())).powf(
                (((c::<T>(1.0)) + (((w2 / Float::exp(x0)).cos()) * T::cos(w2 / x0.exp()))).log2())
                    .tanh(),
            )
        } else {
            (x1 / (((w2 - x1).cos()).exp())) * x0
        };
        s3 += s3.tanh().exp().recip().cos();
    }
    if ((c::<T>(1.0)) + ((c::<T>(-0.1)) * (c::<T>(-0.1)))).sqrt() < T::from(0.04).unwrap()
        && c::<T>(-1.189) > c::<T>(-1.44)
    {
        s3 /= T::hypot(((c::<T>(1.5)) + T::tanh(T::cos(x0))).powi(-2), c::<T>(1.0));
    } else {
        s3 = s3.max(x0);
    }
    let w2 = T::exp((((((c::<T>(0.9)) * ((c::<T>(0.4)).tanh())).asin()).sin()) * w2.sin()).cos())
        .powf(u1.atan());
    let (u6, w7) = (
        w2 + T::from(-1.9).unwrap(),
        ((c::<T>(1.0)) + (s3.cos() * s3.cos())).log2(),
    );
    (((u1 + s3) + w2) + u6) + w7
}

fn p122_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        p74_d(x0, (k::<D>(BETA)).atan()).tanh() * x1,
        (x1.cosh() - (((k::<D>(1.5)) * x1.cosh().ln()).exp()))
            - ((x1 * x1) / (((x1 * x0).sin()).cosh())),
    );
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        if i4 >= 1 {
            continue;
        }
        let a5 = if (u1 - s3).re() >= (k::<D>(0.25)).re() {
            (((((k::<D>(1.0)) + (((w2 / x0.exp()).cos()) * ((w2 / x0.exp()).cos()))).log2())
                .tanh())
                * ((k::<D>(1.5)) + ((k::<D>(V[i4])).tanh())).ln())
            .exp()
        } else {
            (x1 / (((w2 - x1).cos()).exp())) * x0
        };
        s3 += s3.tanh().exp().recip().cos();
    }
    if (((k::<D>(1.0)) + ((k::<D>(-0.1)) * (k::<D>(-0.1)))).sqrt()).re() < (k::<D>(0.04)).re()
        && (k::<D>(-1.189)).re() > (k::<D>(-1.44)).re()
    {
        s3 /= ((((k::<D>(1.5)) + x0.cos().tanh()).powi(-2))
            * (((k::<D>(1.5)) + x0.cos().tanh()).powi(-2))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
    } else {
        s3 = dmax(s3, x0);
    }
    let w2 = (u1.atan()
        * (((((((k::<D>(0.9)) * ((k::<D>(0.4)).tanh())).asin()).sin()) * w2.sin()).cos()).exp())
            .ln())
    .exp();
    let (u6, w7) = (
        w2 + (k::<D>(-1.9)),
        ((k::<D>(1.0)) + (s3.cos() * s3.cos())).log2(),
    );
    (((u1 + s3) + w2) + u6) + w7
}

#[differentiable]
fn p123(x: &[f64], y: f64, nk: usize) -> f64 {
    let mut m1 = f64::acosh(1.1 + (((-0.3).hypot(1.0)) * ((-0.3).hypot(1.0))));
    if (-1.16_f64) + 0.4 < -x[1] {
        m1 -= ((1.1 + ((1.5 + y.tanh()) * (1.5 + y.tanh()))).acosh())
            * ({
                let t2 = m1;
                1.26
            });
    } else {
        m1 *= 1.0 + (0.3 * f64::sin(Float::cos(m1.hypot(0.5 + (m1 * m1))) * y));
    }
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = y.sin();
        m1 = m1.min(
            p99(
                x[0],
                ((1.1 + ((2.0 + Float::sin(V[i3] + a4)) * (2.0 + ((V[i3] + a4).sin())))).acosh())
                    .atan(),
            )
            .atan(),
        );
        m1 = ((0.7 * m1) + (m1 - 0.62)).atan();
        if f64::signum(x[1]) * y <= x[0] {
            continue;
        }
    }
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let a6 = ((m1.tanh() * core::f64::consts::PI).tanh())
            * Float::cos(Float::log10(1.0f64 + ((i5 as f64) * (i5 as f64))));
        m1 = m1.min(Float::sin(f64::mul_add(m1.cos(), y, W[i5])));
        if m1.asinh() >= 0.43 {
            continue;
        }
        m1 += ((1.37 + y) * (if a6 > -0.96 { x[0] } else { a6 })).sin();
    }
    let mut m7: f64 = if f64::exp(y).powf(x[0]) < -0.19f64 {
        1.56_f64
    } else {
        x[2]
    };
    ((y + m1) - m7) - x[0]
}

fn p123_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut m1 = ((k::<D>(1.1))
        + ((((k::<D>(-0.3)) * (k::<D>(-0.3)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * (((k::<D>(-0.3)) * (k::<D>(-0.3)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .acosh();
    if ((k::<D>(-1.16)) + (k::<D>(0.4))).re() < (-x[1]).re() {
        m1 -= (((k::<D>(1.1)) + (((k::<D>(1.5)) + y.tanh()) * ((k::<D>(1.5)) + y.tanh()))).acosh())
            * ({
                let t2 = m1;
                k::<D>(1.26)
            });
    } else {
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((m1 * m1 + ((k::<D>(0.5)) + (m1 * m1)) * ((k::<D>(0.5)) + (m1 * m1)))
                    .sqrt())
                .cos())
                    * y)
                    .sin()));
    }
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = y.sin();
        m1 = dmin(
            m1,
            p99_d(
                x[0],
                (((k::<D>(1.1))
                    + (((k::<D>(2.0)) + (((k::<D>(V[i3])) + a4).sin()))
                        * ((k::<D>(2.0)) + (((k::<D>(V[i3])) + a4).sin()))))
                .acosh())
                .atan(),
            )
            .atan(),
        );
        m1 = (((k::<D>(0.7)) * m1) + (m1 - (k::<D>(0.62)))).atan();
        if ((k::<D>(x[1].re().signum())) * y).re() <= x[0].re() {
            continue;
        }
    }
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let a6 = ((m1.tanh() * (k::<D>(core::f64::consts::PI))).tanh())
            * ((((k::<D>(1.0)) + ((k::<D>(i5 as f64)) * (k::<D>(i5 as f64)))).log10()).cos());
        m1 = dmin(m1, (m1.cos() * y + (k::<D>(W[i5]))).sin());
        if m1.asinh().re() >= (k::<D>(0.43)).re() {
            continue;
        }
        m1 += (((k::<D>(1.37)) + y)
            * (if a6.re() > (k::<D>(-0.96)).re() {
                x[0]
            } else {
                a6
            }))
        .sin();
    }
    let mut m7: D = if ((x[0] * y.exp().ln()).exp()).re() < (k::<D>(-0.19)).re() {
        k::<D>(1.56)
    } else {
        x[2]
    };
    ((y + m1) - m7) - x[0]
}

#[differentiable]
fn p124(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5_f64;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let a3: f64 = (1.1
            + (((0.619 / (2.0f64 + x2.sin())).cosh())
                * ((0.619f64 / (2.0 + Float::sin(x2))).cosh())))
        .acosh();
        let a4 = if x2.cosh() <= 0.01 {
            x2.cos() - (s1 - x2)
        } else {
            (-1.08) + (x1 / (1.0_f64 + (W[i2] * W[i2])))
        };
        s1 -= (x1.exp_m1().cos() * ((a4 / (1.0f64 + (x0 * x0))).cos())).atan();
    }
    s1 = ((0.7 * s1)
        + (if !(0.7 - x1 > 0.22) {
            ((-1.4).exp2()).sin()
        } else {
            0.619
        }))
    .cos();
    if x0.atan2(0.5 + (s1 * s1)) > 0.94 {
        s1 -= x0;
    } else {
        s1 -= (2.0f64 + (((0.9 * ((((-2.0).exp2()).tanh()).tanh())).acos()).sin())).powi(-1);
    }
    let mut m5 = f64::asin(0.9 * x1.sin());
    for i6 in 1..2 {
        if i6 < 0 {
            m5 += f64::cos(s1);
        } else {
            s1 -= (x0 * std::f64::consts::E).sin();
        }
        s1 += x1.tanh();
        let a7 = m5;
        s1 *= 1.0 + (0.3_f64 * Float::sin(s1.atan() + (V[i6] * x2)));
        s1 += a7.atan();
        if !(m5 / (1.0 + (x0 * x0)) > -0.04) {
            break;
        }
    }
    (((x0 + x1) + x2) + s1) + m5
}

fn p124_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let a3: D = ((k::<D>(1.1))
            + ((((k::<D>(0.619)) / ((k::<D>(2.0)) + x2.sin())).cosh())
                * (((k::<D>(0.619)) / ((k::<D>(2.0)) + x2.sin())).cosh())))
        .acosh();
        let a4 = if x2.cosh().re() <= (k::<D>(0.01)).re() {
            x2.cos() - (s1 - x2)
        } else {
            (k::<D>(-1.08)) + (x1 / ((k::<D>(1.0)) + ((k::<D>(W[i2])) * (k::<D>(W[i2])))))
        };
        s1 -= (x1.exp_m1().cos() * ((a4 / ((k::<D>(1.0)) + (x0 * x0))).cos())).atan();
    }
    s1 = (((k::<D>(0.7)) * s1)
        + (if !(((k::<D>(0.7)) - x1).re() > (k::<D>(0.22)).re()) {
            ((k::<D>(-1.4)).exp2()).sin()
        } else {
            k::<D>(0.619)
        }))
    .cos();
    if datan2(x0, (k::<D>(0.5)) + (s1 * s1)).re() > (k::<D>(0.94)).re() {
        s1 -= x0;
    } else {
        s1 -= ((k::<D>(2.0))
            + ((((k::<D>(0.9)) * ((((k::<D>(-2.0)).exp2()).tanh()).tanh())).acos()).sin()))
        .powi(-1);
    }
    let mut m5 = ((k::<D>(0.9)) * x1.sin()).asin();
    for i6 in 1..2 {
        if i6 < 0 {
            m5 += s1.cos();
        } else {
            s1 -= (x0 * (k::<D>(std::f64::consts::E))).sin();
        }
        s1 += x1.tanh();
        let a7 = m5;
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s1.atan() + ((k::<D>(V[i6])) * x2)).sin()));
        s1 += a7.atan();
        if !((m5 / ((k::<D>(1.0)) + (x0 * x0))).re() > (k::<D>(-0.04)).re()) {
            break;
        }
    }
    (((x0 + x1) + x2) + s1) + m5
}

#[differentiable]
fn p125(x: &[f64]) -> f64 {
    let a1: f64 = std::f64::consts::E - std::f64::consts::E;
    let mut s2: f64 = 1.0;
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4: f64 = ((s2.sin() * x[0]).sin()).tan();
        s2 *= 1.0 + (0.3 * f64::sin(s2.sin().exp_m1()));
        s2 = ((0.7 * s2) + (a1 * a4)).sin();
    }
    let a5 = (0.9_f64 * x[2].tanh()).atanh();
    let a5 = x[2].cos();
    let mut m6 = 1.0.mul_add(a5, x[3]);
    for i7 in 1..x.len() {
        let a8: f64 = x[i7] * x[i7 - 1];
        m6 -= Float::sin(a5);
        s2 *= 1.0 + (0.3f64 * ((a8 / (1.0 + (s2.cos() * s2.cos()))).sin()));
        m6 = (0.5 * m6) + a5.abs().cos();
        if x[i7].mul_add(f64::tanh(s2), 1.506) <= x[i7 - 1] * x[i7 - 1] {
            continue;
        }
    }
    (((a1 + s2) + a5) - m6) + x[4]
}

fn p125_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(std::f64::consts::E)) - (k::<D>(std::f64::consts::E));
    let mut s2: D = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4: D = ((s2.sin() * x[0]).sin()).tan();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.sin().exp_m1().sin());
        s2 = (((k::<D>(0.7)) * s2) + (a1 * a4)).sin();
    }
    let a5 = ((k::<D>(0.9)) * x[2].tanh()).atanh();
    let a5 = x[2].cos();
    let mut m6 = ((k::<D>(1.0)) * a5 + x[3]);
    for i7 in 1..x.len() {
        let a8: D = x[i7] * x[i7 - 1];
        m6 -= a5.sin();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((a8 / ((k::<D>(1.0)) + (s2.cos() * s2.cos()))).sin()));
        m6 = ((k::<D>(0.5)) * m6) + a5.abs().cos();
        if (x[i7] * s2.tanh() + (k::<D>(1.506))).re() <= (x[i7 - 1] * x[i7 - 1]).re() {
            continue;
        }
    }
    (((a1 + s2) + a5) - m6) + x[4]
}

#[differentiable]
fn p126<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let a1: T = ((T::from(0.2).unwrap() * (c::<T>(-0.98))).sin()).tan();
    let mut s2: T = c::<T>(1.0);
    for i3 in 2..=3 {
        let a4 = (((c::<T>(BETA)).sin()).sin()).cosh();
        s2 = s2 * (T::one() + ((c::<T>(0.3)) * T::sin(s2.atan())));
        s2 = s2 + Float::atan(T::round(c::<T>(i3 as f64)) * (c::<T>(-1.51)));
    }
    if (c::<T>(0.1)) / ((c::<T>(1.5)) + T::from(0.8).unwrap().tanh()) > T::from(0.84).unwrap() {
        s2 = ((c::<T>(0.5)) * s2) + (((c::<T>(0.9)) * T::tanh(c::<T>(0.001))).asin());
    } else {
        s2 = s2 / ((c::<T>(1.0)) + ((c::<T>(0.242)) * T::from(0.242).unwrap()));
    }
    ((x0 + x1) + a1) + s2
}

fn p126_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = (((k::<D>(0.2)) * (k::<D>(-0.98))).sin()).tan();
    let mut s2: D = k::<D>(1.0);
    for i3 in 2..=3 {
        let a4 = (((k::<D>(BETA)).sin()).sin()).cosh();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.atan().sin());
        s2 += ((k::<D>((k::<D>(i3 as f64)).re().round())) * (k::<D>(-1.51))).atan();
    }
    if ((k::<D>(0.1)) / ((k::<D>(1.5)) + ((k::<D>(0.8)).tanh()))).re() > (k::<D>(0.84)).re() {
        s2 = ((k::<D>(0.5)) * s2) + (((k::<D>(0.9)) * ((k::<D>(0.001)).tanh())).asin());
    } else {
        s2 /= (k::<D>(1.0)) + ((k::<D>(0.242)) * (k::<D>(0.242)));
    }
    ((x0 + x1) + a1) + s2
}

#[differentiable]
fn p127(x0: f64, x1: f64) -> f64 {
    let a1 = if x0.hypot(0.5 + (x1 * x1)) < 0.47_f64 {
        x0 + (x1 + x1)
    } else {
        x0
    };
    let a2 = -x1;
    let mut s3 = 0.5;
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        s3 -= s3.atan2(-(0.5 + (a1 * a1))).cos();
        s3 = ((0.7 * s3) + (W[i4] + (i4 as f64))).cos();
        if std::f64::consts::E / (1.5_f64 + a1.tanh()) < 0.18_f64 {
            break;
        }
    }
    (((x0 * x1) + a1) + a2) + s3
}

fn p127_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if ((x0 * x0 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1))).sqrt()).re()
        < (k::<D>(0.47)).re()
    {
        x0 + (x1 + x1)
    } else {
        x0
    };
    let a2 = -x1;
    let mut s3 = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        s3 -= datan2(s3, -((k::<D>(0.5)) + (a1 * a1))).cos();
        s3 = (((k::<D>(0.7)) * s3) + ((k::<D>(W[i4])) + (k::<D>(i4 as f64)))).cos();
        if ((k::<D>(std::f64::consts::E)) / ((k::<D>(1.5)) + a1.tanh())).re() < (k::<D>(0.18)).re()
        {
            break;
        }
    }
    (((x0 * x1) + a1) + a2) + s3
}

#[differentiable]
fn p128(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = if (1.0 + (x0 * x0)).cbrt() < 0.08 {
        x0 / 1.4.hypot(1.0)
    } else {
        (1.5_f64 + 1.685_f64.tanh()).ln()
    };
    let mut m2: f64 = (x0 / (1.0 + (x2 * x2))).mul_add(((1.0 + (x2 * x2)).recip()).sin(), x1 - a1);
    let mut m3 = x1.mul_add(x0, -1.91_f64);
    (((x1 + x2) + a1) + m2) + m3
}

fn p128_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (((k::<D>(1.0)) + (x0 * x0)).cbrt()).re() < (k::<D>(0.08)).re() {
        x0 / (((k::<D>(1.4)) * (k::<D>(1.4)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
    } else {
        ((k::<D>(1.5)) + ((k::<D>(1.685)).tanh())).ln()
    };
    let mut m2: D = ((x0 / ((k::<D>(1.0)) + (x2 * x2)))
        * ((((k::<D>(1.0)) + (x2 * x2)).recip()).sin())
        + (x1 - a1));
    let mut m3 = (x1 * x0 + (k::<D>(-1.91)));
    (((x1 + x2) + a1) + m2) + m3
}

#[differentiable]
fn p129(x0: f64, x1: f64, nk: usize) -> f64 {
    let a1: f64 = x0 / (1.5 + f64::tanh(x1 - x1));
    let (u2, w3) = (
        f64::exp2(x0).max(a1 + a1),
        (x1 / x1.cosh()) / f64::hypot(a1, 1.0).powi(-1).exp(),
    );
    let mut s4 = 0.5_f64;
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6 = -1.89;
        if f64::exp2(0.0) < -0.89f64 {
            break;
        }
        s4 /= (-W[i5]).hypot(1.0_f64);
        s4 = s4.max(u2.sin());
    }
    let mut m7 = a1.mul_add(-1.16, 0.3_f64).sin();
    (((a1 * u2) + w3) + s4) + m7
}

fn p129_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1: D = x0 / ((k::<D>(1.5)) + ((x1 - x1).tanh()));
    let (u2, w3) = (
        dmax(x0.exp2(), a1 + a1),
        (x1 / x1.cosh()) / ((((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1)).exp()),
    );
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6 = k::<D>(-1.89);
        if ((k::<D>(0.0)).exp2()).re() < (k::<D>(-0.89)).re() {
            break;
        }
        s4 /= ((-(k::<D>(W[i5]))) * (-(k::<D>(W[i5]))) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        s4 = dmax(s4, u2.sin());
    }
    let mut m7 = (a1 * (k::<D>(-1.16)) + (k::<D>(0.3))).sin();
    (((a1 * u2) + w3) + s4) + m7
}

#[differentiable]
fn p130(x: &[f64], nk: usize) -> f64 {
    let a1 = ((-(-1.2)).cosh()).powf((-x[0]) * f64::powi(1.0 + (BETA * BETA), 0));
    let a2: f64 = x[1] + x[0];
    let a1 = 1.243f64;
    let mut s3: f64 = 1.0_f64;
    for i4 in 1..2 {
        if i4 < 1 {
            s3 *= 1.0 + (0.3_f64 * Float::sin(a2).exp_m1().sin());
        }
        let a5 = f64::sinh(Float::sin(s3 - x[2]));
        s3 *= 1.0f64 + (0.3 * ((i4 as f64).sin()));
    }
    ((a2 + a1) + s3) + x[1]
}

fn p130_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = (((-x[0]) * (((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA)))).powi(0)))
        * ((-(-(k::<D>(1.2)))).cosh()).ln())
    .exp();
    let a2: D = x[1] + x[0];
    let a1 = k::<D>(1.243);
    let mut s3: D = k::<D>(1.0);
    for i4 in 1..2 {
        if i4 < 1 {
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a2.sin().exp_m1().sin());
        }
        let a5 = ((s3 - x[2]).sin()).sinh();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(i4 as f64)).sin()));
    }
    ((a2 + a1) + s3) + x[1]
}

#[differentiable]
fn p131<T: Float>(x: &[T]) -> T {
    let a1 = (if (T::from(0.9).unwrap() * x[1].tanh()).acos()
        > (c::<T>(0.236)) - T::from(1.7).unwrap()
    {
        ((c::<T>(std::f64::consts::E)).atan()).exp2()
    } else {
        x[1]
    }) + (x[3].asinh()
        / ((c::<T>(1.5)) + (((c::<T>(ALPHA)) - (c::<T>(std::f64::consts::E))).tanh())));
    let mut s2 = T::zero();
    for i3 in 0..x.len() - 1 {
        s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(c::<T>(i3 as f64))));
        for &i4 in x.iter() {
            let a5 = ((c::<T>(i3 as f64)).cos()).exp();
            s2 = ((c::<T>(0.5)) * s2) + ((((c::<T>(-0.6)).exp_m1()) + (i4 * a5)).sin());
        }
        s2 = s2 - T::tanh(Float::hypot(c::<T>(V[i3]), (c::<T>(0.5)) + (x[i3] * x[i3])));
        s2 = s2 + Float::asinh(x[i3 + 1] + a1).atan();
    }
    if T::cos(a1).exp2() >= c::<T>(0.6) {
        s2 = s2 + x[2];
    } else {
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3)) * ((T::from(1.5).unwrap() + ((c::<T>(0.7)).tanh())).cos())));
    }
    let mut s6 = c::<T>(1.0);
    let mut i7 = 0;
    while i7 < 1 {
        i7 += 1;
        let a8 = ((a1 + s2).cos()).cosh();
        let (u9, w10) = (s2, ((c::<T>(2.0)) + a1.sin()).ln());
        let mut m11: T = T::log10(
            (c::<T>(1.0))
                + ((u9.cos() * ((s2 / (T::from(2.0).unwrap() + a8.sin())).atan()))
                    * (T::cos(u9) * Float::atan(s2 / ((c::<T>(2.0)) + a8.sin())))),
        );
        m11 = m11 / ((c::<T>(1.0)) + (x[1] * x[1]));
    }
    T::tanh((c::<T>(0.001)) * (((a1 + s2) * s6) + x[2]))
}

fn p131_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 =
        (if (((k::<D>(0.9)) * x[1].tanh()).acos()).re() > ((k::<D>(0.236)) - (k::<D>(1.7))).re() {
            ((k::<D>(std::f64::consts::E)).atan()).exp2()
        } else {
            x[1]
        }) + (x[3].asinh()
            / ((k::<D>(1.5)) + (((k::<D>(ALPHA)) - (k::<D>(std::f64::consts::E))).tanh())));
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() - 1 {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(i3 as f64)).sin()));
        for &i4 in x.iter() {
            let a5 = ((k::<D>(i3 as f64)).cos()).exp();
            s2 = ((k::<D>(0.5)) * s2) + ((((k::<D>(-0.6)).exp_m1()) + (i4 * a5)).sin());
        }
        s2 -= (((k::<D>(V[i3])) * (k::<D>(V[i3]))
            + ((k::<D>(0.5)) + (x[i3] * x[i3])) * ((k::<D>(0.5)) + (x[i3] * x[i3])))
            .sqrt())
        .tanh();
        s2 += ((x[i3 + 1] + a1).asinh()).atan();
    }
    if a1.cos().exp2().re() >= (k::<D>(0.6)).re() {
        s2 += x[2];
    } else {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(0.7)).tanh())).cos()));
    }
    let mut s6 = k::<D>(1.0);
    let mut i7 = 0;
    while i7 < 1 {
        i7 += 1;
        let a8 = ((a1 + s2).cos()).cosh();
        let (u9, w10) = (s2, ((k::<D>(2.0)) + a1.sin()).ln());
        let mut m11: D = ((k::<D>(1.0))
            + ((u9.cos() * ((s2 / ((k::<D>(2.0)) + a8.sin())).atan()))
                * (u9.cos() * ((s2 / ((k::<D>(2.0)) + a8.sin())).atan()))))
        .log10();
        m11 /= (k::<D>(1.0)) + (x[1] * x[1]);
    }
    ((k::<D>(0.001)) * (((a1 + s2) * s6) + x[2])).tanh()
}

#[differentiable]
fn p132<T: Float + NumAssign>(x: [T; 5], y: T) -> T {
    let (u1, w2) = (
        (x[4] * x[2])
            / (((((c::<T>(0.5)) + (((c::<T>(1.0)) + (y * y)) * ((c::<T>(1.0)) + (y * y))))
                .ln_1p())
            .tanh())
            .exp()),
        ((c::<T>(0.9)) * y.exp_m1().cos().tanh()).asin(),
    );
    let a3 = Float::ln_1p(
        (c::<T>(0.5))
            + (((c::<T>(1.5))
                + (((w2 + y) - (((c::<T>(2.0)) + ((c::<T>(-1.0)).sin())).powf(y))).tanh()))
                * ((c::<T>(1.5))
                    + (((w2 + y)
                        - Float::powf((c::<T>(2.0)) + T::sin(T::from(-1.0).unwrap()), y))
                    .tanh()))),
    );
    let a3 = T::asin((c::<T>(0.9)) * T::sin(c::<T>(-1.705)));
    let a4 = (a3 + x[1]) - (T::from(-1.2).unwrap() / ((c::<T>(1.5)) + Float::tanh(x[1])));
    if a3.tanh().powi(3) >= (c::<T>(BETA)).sin() {
        return (T::from(0.5).unwrap()
            + (((c::<T>(1.0))
                + (T::asin((c::<T>(0.9)) * ((c::<T>(0.48)).sin()))
                    * (((c::<T>(0.9)) * T::from(0.48).unwrap().sin()).asin())))
                * ((c::<T>(1.0))
                    + (((T::from(0.9).unwrap() * T::from(0.48).unwrap().sin()).asin())
                        * (((c::<T>(0.9)) * Float::sin(T::from(0.48).unwrap())).asin())))))
        .ln_1p();
    }
    let a5: T = (c::<T>(1.616)) - p98(T::sin(x[0].powi(3)), T::from(-0.7).unwrap() / y.cosh());
    let mut s6 = T::zero();
    for &i7 in x.iter() {
        let a8 =
            (c::<T>(-0.44)) - (Float::clamp(x[3], c::<T>(-1.27), c::<T>(0.23)) + (x[0] + x[4]));
        if p99(T::from(0.3).unwrap(), x[1]) < (c::<T>(1.83)) / ((c::<T>(2.0)) + x[1].sin()) {
            s6 -= x[3].sin();
        } else {
            s6 += (-a5).cos();
        }
        s6 = Float::cos(((c::<T>(0.7)) * s6) + (y + x[1]));
        s6 *= T::one() + ((c::<T>(0.3)) * ((a4 * (c::<T>(ALPHA))).sin()));
    }
    ((((w2 + a3) + a4) + a5) - s6) * x[0]
}

fn p132_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        (x[4] * x[2])
            / (((((k::<D>(0.5)) + (((k::<D>(1.0)) + (y * y)) * ((k::<D>(1.0)) + (y * y))))
                .ln_1p())
            .tanh())
            .exp()),
        ((k::<D>(0.9)) * y.exp_m1().cos().tanh()).asin(),
    );
    let a3 = ((k::<D>(0.5))
        + (((k::<D>(1.5))
            + (((w2 + y) - ((y * ((k::<D>(2.0)) + ((k::<D>(-1.0)).sin())).ln()).exp())).tanh()))
            * ((k::<D>(1.5))
                + (((w2 + y) - ((y * ((k::<D>(2.0)) + ((k::<D>(-1.0)).sin())).ln()).exp()))
                    .tanh()))))
    .ln_1p();
    let a3 = ((k::<D>(0.9)) * ((k::<D>(-1.705)).sin())).asin();
    let a4 = (a3 + x[1]) - ((k::<D>(-1.2)) / ((k::<D>(1.5)) + x[1].tanh()));
    if a3.tanh().powi(3).re() >= ((k::<D>(BETA)).sin()).re() {
        return ((k::<D>(0.5))
            + (((k::<D>(1.0))
                + ((((k::<D>(0.9)) * ((k::<D>(0.48)).sin())).asin())
                    * (((k::<D>(0.9)) * ((k::<D>(0.48)).sin())).asin())))
                * ((k::<D>(1.0))
                    + ((((k::<D>(0.9)) * ((k::<D>(0.48)).sin())).asin())
                        * (((k::<D>(0.9)) * ((k::<D>(0.48)).sin())).asin())))))
        .ln_1p();
    }
    let a5: D = (k::<D>(1.616)) - p98_d(x[0].powi(3).sin(), (k::<D>(-0.7)) / y.cosh());
    let mut s6 = k::<D>(0.0);
    for &i7 in x.iter() {
        let a8 = (k::<D>(-0.44)) - (dclamp(x[3], k::<D>(-1.27), k::<D>(0.23)) + (x[0] + x[4]));
        if p99_d(k::<D>(0.3), x[1]).re() < ((k::<D>(1.83)) / ((k::<D>(2.0)) + x[1].sin())).re() {
            s6 -= x[3].sin();
        } else {
            s6 += (-a5).cos();
        }
        s6 = (((k::<D>(0.7)) * s6) + (y + x[1])).cos();
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a4 * (k::<D>(ALPHA))).sin()));
    }
    ((((w2 + a3) + a4) + a5) - s6) * x[0]
}

#[differentiable]
fn p133(x0: f64, x1: f64) -> f64 {
    let mut m1 = (1.5 + x0.tanh()).powf(x1.mul_add(0.7, x0).sin());
    if 1.0 - 0.81 > 0.07_f64 {
        m1 = m1.max(
            ((((2.0 + x1.sin().tan().sin()).log10()).tanh()).cosh())
                .powf(((x0 - 1.5).mul_add(x0 * 0.3, m1)).cos()),
        );
    } else {
        m1 = ((0.7 * m1) + x0.cosh()).tanh();
    }
    for i2 in 2..=5 {
        let a3: f64 = f64::exp((i2 as f64).asinh());
        let a4 = (0.9 * a3.tanh().sin()).atanh();
        m1 *= 1.0 + (0.3_f64 * m1.sin());
    }
    let a5 = if (0.5 + ((1.5f64 + m1.tanh()) * (1.5 + m1.tanh()))).ln_1p() < x0 {
        x1.hypot(0.5 + (m1 * m1))
    } else {
        x0.atan() * f64::sin(m1)
    };
    let a5 = a5 + a5;
    let a6 = x1.cos() * m1.atan();
    f64::tanh(0.001_f64 * ((((x0 + x1) + m1) + a5) + a6))
}

fn p133_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = (((x1 * (k::<D>(0.7)) + x0).sin()) * ((k::<D>(1.5)) + x0.tanh()).ln()).exp();
    if ((k::<D>(1.0)) - (k::<D>(0.81))).re() > (k::<D>(0.07)).re() {
        m1 = dmax(
            m1,
            ((((x0 - (k::<D>(1.5))) * (x0 * (k::<D>(0.3))) + m1).cos())
                * (((((k::<D>(2.0)) + x1.sin().tan().sin()).log10()).tanh()).cosh()).ln())
            .exp(),
        );
    } else {
        m1 = (((k::<D>(0.7)) * m1) + x0.cosh()).tanh();
    }
    for i2 in 2..=5 {
        let a3: D = ((k::<D>(i2 as f64)).asinh()).exp();
        let a4 = ((k::<D>(0.9)) * a3.tanh().sin()).atanh();
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m1.sin());
    }
    let a5 = if (((k::<D>(0.5)) + (((k::<D>(1.5)) + m1.tanh()) * ((k::<D>(1.5)) + m1.tanh())))
        .ln_1p())
    .re()
        < x0.re()
    {
        (x1 * x1 + ((k::<D>(0.5)) + (m1 * m1)) * ((k::<D>(0.5)) + (m1 * m1))).sqrt()
    } else {
        x0.atan() * m1.sin()
    };
    let a5 = a5 + a5;
    let a6 = x1.cos() * m1.atan();
    ((k::<D>(0.001)) * ((((x0 + x1) + m1) + a5) + a6)).tanh()
}

#[differentiable]
fn p134(x: [f64; 6]) -> f64 {
    let a1 = ((BETA.trunc() * x[2]).cos()).mul_add(BETA.sin().sinh().atan(), ALPHA - (-1.264f64));
    let mut s2 = 0.0;
    for i3 in 0..x.len() {
        let mut s4 = 1.0_f64;
        for i5 in 1..5 {
            s4 *= 1.0 + (0.3 * f64::recip(x[i3].exp()).sin().exp().sin());
            s4 = (0.5 * s4)
                + Float::mul_add(
                    (-1.91) / (1.0 + (x[i3] * x[i3])),
                    s2.atan2(-(0.5 + ((i5 as f64) * (i5 as f64)))).cos(),
                    x[i3],
                )
                .sin();
        }
        s4 *= 1.0 + (0.3f64 * Float::sin((1.4f64 / (1.5 + a1.tanh())).tanh()));
        s4 = (0.5_f64 * s4)
            + (((0.5
                + ((1.5 + s4.sin().cosh().tanh()) * (1.5f64 + Float::cosh(s4.sin()).tanh())))
            .ln_1p())
            .atan());
    }
    let a6 = if s2 > 0.84 {
        ((1.0 + (std::f64::consts::E * std::f64::consts::E)).log10()).sin()
    } else {
        p109(x[3], 0.106_f64).cos()
    };
    let (u7, w8) = (
        Float::atan(s2.cos().sinh()) * ((a1 + x[3]).atan()),
        Float::exp_m1(a1.cos()),
    );
    let w8 = 1.3;
    ((((a1 - s2) + a6) * u7) + w8) + x[3]
}

fn p134_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((((k::<D>((k::<D>(BETA)).re().trunc())) * x[2]).cos())
        * ((((k::<D>(BETA)).sin()).sinh()).atan())
        + ((k::<D>(ALPHA)) - (k::<D>(-1.264))));
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() {
        let mut s4 = k::<D>(1.0);
        for i5 in 1..5 {
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i3].exp().recip().sin().exp().sin());
            s4 = ((k::<D>(0.5)) * s4)
                + ((((k::<D>(-1.91)) / ((k::<D>(1.0)) + (x[i3] * x[i3])))
                    * datan2(
                        s2,
                        -((k::<D>(0.5)) + ((k::<D>(i5 as f64)) * (k::<D>(i5 as f64)))),
                    )
                    .cos()
                    + x[i3])
                    .sin());
        }
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(1.4)) / ((k::<D>(1.5)) + a1.tanh())).tanh()).sin()));
        s4 = ((k::<D>(0.5)) * s4)
            + ((((k::<D>(0.5))
                + (((k::<D>(1.5)) + s4.sin().cosh().tanh())
                    * ((k::<D>(1.5)) + s4.sin().cosh().tanh())))
            .ln_1p())
            .atan());
    }
    let a6 = if s2.re() > (k::<D>(0.84)).re() {
        (((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))).log10())
            .sin()
    } else {
        p109_d(x[3], k::<D>(0.106)).cos()
    };
    let (u7, w8) = (
        s2.cos().sinh().atan() * ((a1 + x[3]).atan()),
        a1.cos().exp_m1(),
    );
    let w8 = k::<D>(1.3);
    ((((a1 - s2) + a6) * u7) + w8) + x[3]
}

#[differentiable]
fn p135(x0: f64, x1: f64) -> f64 {
    let a1 = ((x0 + x1) * ((-0.994) * x1)) - ((x0 + x0) + (ALPHA / (1.5 + ((-0.24).tanh()))));
    let a2 = if (1.0 + (x0 * x0)).log10() > -0.72_f64 {
        a1.asinh()
    } else {
        x1
    };
    let (u4, w5) = (
        {
            let t3 = 0.1;
            2.0_f64
        },
        p111(0.8, -0.66, x1).sin().tan().exp().cbrt(),
    );
    let a6 = (0.9_f64 * w5.tanh().tanh()).asin();
    let a8 = if 0.82.asinh() < 0.7 {
        {
            let t7 = a6;
            x1 - (-0.9)
        }
    } else {
        a2
    };
    let mut m9: f64 = a2.atan();
    (((u4 + w5) * a6) + a8) + m9
}

fn p135_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = ((x0 + x1) * ((k::<D>(-0.994)) * x1))
        - ((x0 + x0) + ((k::<D>(ALPHA)) / ((k::<D>(1.5)) + ((k::<D>(-0.24)).tanh()))));
    let a2 = if (((k::<D>(1.0)) + (x0 * x0)).log10()).re() > (k::<D>(-0.72)).re() {
        a1.asinh()
    } else {
        x1
    };
    let (u4, w5) = (
        {
            let t3 = k::<D>(0.1);
            k::<D>(2.0)
        },
        p111_d(k::<D>(0.8), k::<D>(-0.66), x1)
            .sin()
            .tan()
            .exp()
            .cbrt(),
    );
    let a6 = ((k::<D>(0.9)) * w5.tanh().tanh()).asin();
    let a8 = if ((k::<D>(0.82)).asinh()).re() < (k::<D>(0.7)).re() {
        {
            let t7 = a6;
            x1 - (k::<D>(-0.9))
        }
    } else {
        a2
    };
    let mut m9: D = a2.atan();
    (((u4 + w5) * a6) + a8) + m9
}

#[differentiable]
fn p136(x: [f64; 6]) -> f64 {
    let a1 = 1.727;
    let a2 = if x[1] >= -0.92 {
        a1.signum() * (x[0] + x[4])
    } else {
        a1 * f64::acos(0.9 * BETA.atan().sin())
    };
    let (u3, w4) = (a2.sin() * Float::sin(a2), Float::exp_m1(a2.tanh()));
    let a5 = if a1.tanh() >= f64::log2(2.0f64 + a1.sin()) {
        u3
    } else {
        -0.0f64
    };
    let mut s6 = 0.0;
    for i7 in 0..x.len() {
        let a8: f64 = w4.tanh()
            / (1.0
                + (f64::sin(Float::mul_add(x[i7], x[i7], w4).abs())
                    * f64::abs(x[i7].mul_add(x[i7], w4)).sin()));
        if f64::atan(u3) > x[i7] {
            break;
        }
        s6 *= 1.0 + (0.3 * Float::sin(x[i7]));
    }
    let a9: f64 = (-0.91) + (-f64::max(1.2_f64, x[0]));
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let a11 = if -W[i10] >= -1.0_f64 {
            Float::asin(0.9 * (((-0.87) * 0.238).tanh()))
        } else {
            f64::log10(1.5 + 1.06f64.tanh())
                / (1.0
                    + (Float::sqrt(1.0 + ((i10 as f64) * (i10 as f64)))
                        * ((1.0 + ((i10 as f64) * (i10 as f64))).sqrt())))
        };
        s6 -= Float::atan(f64::sin(a2).cosh() + BETA.cos());
        if i10 <= 1 {
            continue;
        }
    }
    f64::tanh(0.001 * (((((u3 + w4) * a5) + s6) + a9) + x[0]))
}

fn p136_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(1.727);
    let a2 = if x[1].re() >= (k::<D>(-0.92)).re() {
        (k::<D>(a1.re().signum())) * (x[0] + x[4])
    } else {
        a1 * (((k::<D>(0.9)) * (((k::<D>(BETA)).atan()).sin())).acos())
    };
    let (u3, w4) = (a2.sin() * a2.sin(), a2.tanh().exp_m1());
    let a5 = if a1.tanh().re() >= (((k::<D>(2.0)) + a1.sin()).log2()).re() {
        u3
    } else {
        k::<D>(-0.0)
    };
    let mut s6 = k::<D>(0.0);
    for i7 in 0..x.len() {
        let a8: D = w4.tanh()
            / ((k::<D>(1.0))
                + ((((x[i7] * x[i7] + w4).abs()).sin()) * (((x[i7] * x[i7] + w4).abs()).sin())));
        if u3.atan().re() > x[i7].re() {
            break;
        }
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i7].sin());
    }
    let a9: D = (k::<D>(-0.91)) + (-dmax(k::<D>(1.2), x[0]));
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let a11 = if (-(k::<D>(W[i10]))).re() >= (k::<D>(-1.0)).re() {
            ((k::<D>(0.9)) * (((k::<D>(-0.87)) * (k::<D>(0.238))).tanh())).asin()
        } else {
            (((k::<D>(1.5)) + ((k::<D>(1.06)).tanh())).log10())
                / ((k::<D>(1.0))
                    + ((((k::<D>(1.0)) + ((k::<D>(i10 as f64)) * (k::<D>(i10 as f64)))).sqrt())
                        * (((k::<D>(1.0)) + ((k::<D>(i10 as f64)) * (k::<D>(i10 as f64)))).sqrt())))
        };
        s6 -= (a2.sin().cosh() + ((k::<D>(BETA)).cos())).atan();
        if i10 <= 1 {
            continue;
        }
    }
    ((k::<D>(0.001)) * (((((u3 + w4) * a5) + s6) + a9) + x[0])).tanh()
}

#[differentiable]
fn p137(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 0..=4 {
        let a3 = Float::exp(f64::tanh(s1 - V[i2])) + x2;
        s1 /= 2.0 + f64::sin(x0);
        for i4 in 0..4 {
            s1 += ((1.0f64 + (s1.atan() * s1.atan())).powf(f64::atan(s1))).cos();
            s1 /= 1.0f64
                + (p114(s1.atan(), (i2 as f64).cos()) * p114(s1.atan(), f64::cos((i2 as f64))));
            s1 += (a3 + a3).tanh();
            s1 /= 1.0 + (1.2 * 1.2);
        }
        s1 -= f64::mul_add(
            (((i2 as f64).sin()).powi(3)).tanh(),
            std::f64::consts::E.atan(),
            a3,
        )
        .cos();
        if i2 == 3 {
            break;
        }
        s1 /= 1.0 + (x1.hypot(0.5 + (x1 * x1)) * x1.hypot(0.5 + (x1 * x1)));
    }
    let a5: f64 = x1 / (1.0_f64 + (1.7 * 1.7));
    for i6 in 0..3 {
        let a7 = ((x0 + x2).max(Float::tanh(s1))) * x2;
        s1 = (0.5 * s1) + ((f64::tanh(x2) * s1.sin()).sin());
    }
    s1 = ((0.7 * s1) + (((-1.6) + x0) - s1)).sin();
    let a8: f64 = x2;
    (((x1 - x2) + s1) * a5) + a8
}

fn p137_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..=4 {
        let a3 = (((s1 - (k::<D>(V[i2]))).tanh()).exp()) + x2;
        s1 /= (k::<D>(2.0)) + x0.sin();
        for i4 in 0..4 {
            s1 += ((s1.atan() * ((k::<D>(1.0)) + (s1.atan() * s1.atan())).ln()).exp()).cos();
            s1 /= (k::<D>(1.0))
                + (p114_d(s1.atan(), (k::<D>(i2 as f64)).cos())
                    * p114_d(s1.atan(), (k::<D>(i2 as f64)).cos()));
            s1 += (a3 + a3).tanh();
            s1 /= (k::<D>(1.0)) + ((k::<D>(1.2)) * (k::<D>(1.2)));
        }
        s1 -= (((((k::<D>(i2 as f64)).sin()).powi(3)).tanh())
            * ((k::<D>(std::f64::consts::E)).atan())
            + a3)
            .cos();
        if i2 == 3 {
            break;
        }
        s1 /= (k::<D>(1.0))
            + (((x1 * x1 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1))).sqrt())
                * ((x1 * x1 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1))).sqrt()));
    }
    let a5: D = x1 / ((k::<D>(1.0)) + ((k::<D>(1.7)) * (k::<D>(1.7))));
    for i6 in 0..3 {
        let a7 = dmax(x0 + x2, s1.tanh()) * x2;
        s1 = ((k::<D>(0.5)) * s1) + ((x2.tanh() * s1.sin()).sin());
    }
    s1 = (((k::<D>(0.7)) * s1) + (((k::<D>(-1.6)) + x0) - s1)).sin();
    let a8: D = x2;
    (((x1 - x2) + s1) * a5) + a8
}

#[differentiable]
fn p138(x: &[f64], y: f64) -> f64 {
    let a1: f64 =
        ((1.1 + (x[0].hypot(1.0) * f64::hypot(x[0], 1.0))).acosh()) + ((0.9 * y.tanh()).asin());
    let a1 = y;
    let mut s2: f64 = 0.5;
    for i3 in 0..x.len() {
        let mut i4 = 0;
        while i4 < 1 {
            i4 += 1;
            let y = 1.06f64.cosh();
            let a5 = x[i3].ceil() * ALPHA.atan();
            s2 += f64::cos(a5.sin() + (1.2 * x[i3]));
            s2 -= s2.tanh();
            s2 = (0.5 * s2)
                + f64::cos(f64::ln_1p(
                    0.5f64
                        + ((1.0 + (((s2 - x[i3]).atan()) * f64::atan(s2 - x[i3])))
                            * (1.0 + (f64::atan(s2 - x[i3]) * ((s2 - x[i3]).atan())))),
                ));
        }
        let mut m6 = f64::tanh(y);
        m6 *= 1.0
            + (0.3f64
                * ((Float::mul_add(
                    f64::atan2(V[i3], -(0.5 + (x[i3] * x[i3]))).sin(),
                    y * a1,
                    (1.5 + Float::tanh(W[i3])).ln(),
                ) - (((0.5 + ((1.0 + (x[i3] * x[i3])) * (1.0 + (x[i3] * x[i3])))).ln_1p())
                    - f64::exp(m6).log(f64::exp(0.5 + (0.4 * a1.sin())))))
                .sin()));
        s2 = (0.5 * s2) + f64::sqrt(x[i3].hypot(1.0)).sin();
    }
    let mut m7 = Float::abs(s2);
    let mut s8 = 0.0f64;
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        let a1 = (1.5 + x[1].tanh()).powf(x[1]);
        let mut m10 = (1.5f64 + p109((s2 - m7).atan(), Float::tanh(x[3].cosh().sqrt())).tanh())
            .powf(((W[i9] + (i9 as f64)).cos()).atan());
        m10 = (0.5 * m10) + a1.abs().sin();
        s8 -= m10.tanh();
    }
    let a11 = 0.448_f64 / y.hypot(1.0);
    (0.001f64 * (((((a1 + s2) - m7) * s8) + a11) + x[2])).tanh()
}

fn p138_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = (((k::<D>(1.1))
        + (((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .acosh())
        + (((k::<D>(0.9)) * y.tanh()).asin());
    let a1 = y;
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..x.len() {
        let mut i4 = 0;
        while i4 < 1 {
            i4 += 1;
            let y = (k::<D>(1.06)).cosh();
            let a5 = (k::<D>(x[i3].re().ceil())) * ((k::<D>(ALPHA)).atan());
            s2 += (a5.sin() + ((k::<D>(1.2)) * x[i3])).cos();
            s2 -= s2.tanh();
            s2 = ((k::<D>(0.5)) * s2)
                + ((((k::<D>(0.5))
                    + (((k::<D>(1.0)) + (((s2 - x[i3]).atan()) * ((s2 - x[i3]).atan())))
                        * ((k::<D>(1.0)) + (((s2 - x[i3]).atan()) * ((s2 - x[i3]).atan())))))
                .ln_1p())
                .cos());
        }
        let mut m6 = y.tanh();
        m6 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((datan2(k::<D>(V[i3]), -((k::<D>(0.5)) + (x[i3] * x[i3]))).sin() * (y * a1)
                    + (((k::<D>(1.5)) + ((k::<D>(W[i3])).tanh())).ln()))
                    - ((((k::<D>(0.5))
                        + (((k::<D>(1.0)) + (x[i3] * x[i3]))
                            * ((k::<D>(1.0)) + (x[i3] * x[i3]))))
                        .ln_1p())
                        - (m6.exp().ln()
                            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin())).exp()).ln())))
                .sin()));
        s2 = ((k::<D>(0.5)) * s2)
            + ((((x[i3] * x[i3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()).sin());
    }
    let mut m7 = s2.abs();
    let mut s8 = k::<D>(0.0);
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        let a1 = (x[1] * ((k::<D>(1.5)) + x[1].tanh()).ln()).exp();
        let mut m10 = (((((k::<D>(W[i9])) + (k::<D>(i9 as f64))).cos()).atan())
            * ((k::<D>(1.5)) + p109_d((s2 - m7).atan(), x[3].cosh().sqrt().tanh()).tanh()).ln())
        .exp();
        m10 = ((k::<D>(0.5)) * m10) + a1.abs().sin();
        s8 -= m10.tanh();
    }
    let a11 = (k::<D>(0.448)) / ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    ((k::<D>(0.001)) * (((((a1 + s2) - m7) * s8) + a11) + x[2])).tanh()
}

#[differentiable]
fn p139<T: Float>(x0: T, x1: T) -> T {
    let (u1, w2) = (Float::tanh(x1), x0);
    let a3 = if Float::abs(x0) <= w2 - x0 {
        (x1 - (c::<T>(-0.092))) + x0
    } else {
        T::atanh((c::<T>(0.9)) * ((((c::<T>(1.5)) + ((c::<T>(1.9)).tanh())).log2()).sin()))
    };
    let a4: T = T::signum(((c::<T>(2.0)) + Float::sin(w2)).log2()) * T::tanh(c::<T>(-1.963));
    let mut s5: T = T::from(0.5).unwrap();
    for i6 in 0..4 {
        let mut s7 = c::<T>(1.0);
        for i8 in (i6 + 1)..7 {
            let a9 = s5 / ((c::<T>(-1.86)).hypot(T::one()));
            let mut m10 = (T::from(0.9).unwrap() * T::from(0.4).unwrap().tanh()).acos();
            s5 = s5 - m10.tanh();
        }
        s5 = T::min(s5, Float::atan(((c::<T>(0.8)).sinh()) - (s5 + a4)));
    }
    if Float::cos(x1) <= (c::<T>(BETA)) + (c::<T>(1.1)) {
        return Float::cos(c::<T>(1.5)) * (-(c::<T>(std::f64::consts::E)));
    }
    let mut s11 = c::<T>(0.5);
    let mut i12 = 0;
    while i12 < 1 {
        i12 += 1;
        if i12 != 1 {
            continue;
        }
        let (u13, w14) = (
            (T::recip((c::<T>(1.0)) + (x0 * x0)) * ((c::<T>(i12 as f64)) + (c::<T>(W[i12]))))
                .tanh(),
            T::mul_add(
                Float::tanh(T::min(w2, (c::<T>(ALPHA)) - a3)),
                Float::powi(a3.cos(), 3).tanh(),
                u1,
            ),
        );
        s5 = (((c::<T>(0.7)) * s5) + ((c::<T>(0.84)).powi(3))).atan();
    }
    (((w2 + a3) * a4) - s5) + s11
}

fn p139_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x1.tanh(), x0);
    let a3 = if x0.abs().re() <= (w2 - x0).re() {
        (x1 - (k::<D>(-0.092))) + x0
    } else {
        ((k::<D>(0.9)) * ((((k::<D>(1.5)) + ((k::<D>(1.9)).tanh())).log2()).sin())).atanh()
    };
    let a4: D =
        (k::<D>((((k::<D>(2.0)) + w2.sin()).log2()).re().signum())) * ((k::<D>(-1.963)).tanh());
    let mut s5: D = k::<D>(0.5);
    for i6 in 0..4 {
        let mut s7 = k::<D>(1.0);
        for i8 in (i6 + 1)..7 {
            let a9 =
                s5 / (((k::<D>(-1.86)) * (k::<D>(-1.86)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
            let mut m10 = ((k::<D>(0.9)) * ((k::<D>(0.4)).tanh())).acos();
            s5 -= m10.tanh();
        }
        s5 = dmin(s5, (((k::<D>(0.8)).sinh()) - (s5 + a4)).atan());
    }
    if x1.cos().re() <= ((k::<D>(BETA)) + (k::<D>(1.1))).re() {
        return ((k::<D>(1.5)).cos()) * (-(k::<D>(std::f64::consts::E)));
    }
    let mut s11 = k::<D>(0.5);
    let mut i12 = 0;
    while i12 < 1 {
        i12 += 1;
        if i12 != 1 {
            continue;
        }
        let (u13, w14) = (
            ((((k::<D>(1.0)) + (x0 * x0)).recip()) * ((k::<D>(i12 as f64)) + (k::<D>(W[i12]))))
                .tanh(),
            (dmin(w2, (k::<D>(ALPHA)) - a3).tanh() * a3.cos().powi(3).tanh() + u1),
        );
        s5 = (((k::<D>(0.7)) * s5) + ((k::<D>(0.84)).powi(3))).atan();
    }
    (((w2 + a3) * a4) - s5) + s11
}

#[differentiable]
fn p140<T>(x: [T; 3]) -> T
where
    T: Float + NumAssign,
{
    let a1 = c::<T>(-1.79);
    let mut s2 = c::<T>(1.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        if s2 < x[0] + s2 {
            break;
        }
        if i3 >= 1 {
            s2 = ((c::<T>(0.5)) * s2)
                + Float::tanh(x[2].cos() - ((c::<T>(core::f64::consts::PI)) - x[0]));
        } else {
            s2 = Float::min(
                s2,
                (Float::hypot(
                    x[1],
                    T::from(0.5).unwrap()
                        + ((c::<T>(core::f64::consts::PI)) * (c::<T>(core::f64::consts::PI))),
                ) + x[0].atan())
                .cos(),
            );
        }
        s2 = s2.max(T::tanh(a1));
    }
    for &i4 in x.iter() {
        s2 *= T::one()
            + ((c::<T>(0.3))
                * (((T::one()
                    + ((-x[0].hypot((c::<T>(0.5)) + (x[2] * x[2])))
                        * (-T::hypot(x[0], T::from(0.5).unwrap() + (x[2] * x[2])))))
                .powi(-1))
                .sin()));
        s2 -= (((c::<T>(1.5)) + ((a1 * (c::<T>(2.0))).tanh())).log(
            (T::from(0.5).unwrap() + ((c::<T>(0.4)) * T::tanh(x[1].exp().powf(x[1])).sin())).exp(),
        ))
        .atan();
        s2 *= T::one()
            + (T::from(0.3).unwrap()
                * ((a1.exp_m1() / (T::from(2.0).unwrap() + T::sin(i4))).sin()));
    }
    for i5 in 0..x.len() {
        let a6 = T::cosh(s2.sin()).log2();
        let a7 = a1;
        let (u8, w9) = ((a6 - a6) - x[i5].atan(), Float::sin(x[i5] * a7));
        s2 /= (c::<T>(2.0)) + T::one().sin();
        s2 -= T::sin(a7);
    }
    let a1 = a1.clamp(c::<T>(-0.83), c::<T>(0.33));
    s2 = ((c::<T>(0.5)) * s2) + (x[1] + x[2]);
    ((c::<T>(0.001)) * ((s2 - a1) + x[1])).tanh()
}

fn p140_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(-1.79);
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        if s2.re() < (x[0] + s2).re() {
            break;
        }
        if i3 >= 1 {
            s2 = ((k::<D>(0.5)) * s2)
                + ((x[2].cos() - ((k::<D>(core::f64::consts::PI)) - x[0])).tanh());
        } else {
            s2 = dmin(
                s2,
                (((x[1] * x[1]
                    + ((k::<D>(0.5))
                        + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
                        * ((k::<D>(0.5))
                            + ((k::<D>(core::f64::consts::PI))
                                * (k::<D>(core::f64::consts::PI)))))
                .sqrt())
                    + x[0].atan())
                .cos(),
            );
        }
        s2 = dmax(s2, a1.tanh());
    }
    for &i4 in x.iter() {
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.0))
                    + ((-((x[0] * x[0]
                        + ((k::<D>(0.5)) + (x[2] * x[2])) * ((k::<D>(0.5)) + (x[2] * x[2])))
                        .sqrt()))
                        * (-((x[0] * x[0]
                            + ((k::<D>(0.5)) + (x[2] * x[2]))
                                * ((k::<D>(0.5)) + (x[2] * x[2])))
                            .sqrt()))))
                .powi(-1))
                .sin()));
        s2 -= (((k::<D>(1.5)) + ((a1 * (k::<D>(2.0))).tanh())).ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4)) * ((((x[1] * x[1].exp().ln()).exp()).tanh()).sin())))
            .exp())
            .ln())
        .atan();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a1.exp_m1() / ((k::<D>(2.0)) + i4.sin())).sin()));
    }
    for i5 in 0..x.len() {
        let a6 = s2.sin().cosh().log2();
        let a7 = a1;
        let (u8, w9) = ((a6 - a6) - x[i5].atan(), (x[i5] * a7).sin());
        s2 /= (k::<D>(2.0)) + ((k::<D>(1.0)).sin());
        s2 -= a7.sin();
    }
    let a1 = dclamp(a1, k::<D>(-0.83), k::<D>(0.33));
    s2 = ((k::<D>(0.5)) * s2) + (x[1] + x[2]);
    ((k::<D>(0.001)) * ((s2 - a1) + x[1])).tanh()
}

#[differentiable]
fn p141(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let mut i3 = 0;
        while i3 < 2 {
            i3 += 1;
            s1 *= 1.0 + (0.3 * ALPHA.cos().sin());
            let (u4, w5) = (s1 + x1, x0);
            s1 = f64::atan((0.7 * s1) + (-w5));
            s1 *= 1.0 + (0.3 * f64::sin((x2 * x1) - (-x1)));
        }
        let a6 = -x2;
        let mut s7 = 0.5;
        for i8 in 1..4 {
            if a6 * a6 < (-1.937_f64).exp_m1() {
                continue;
            }
            let a9 = ((-0.9f64).hypot(1.0_f64)).log10();
            let a10 = BETA;
            let mut m11 = Float::cosh(
                (1.0 + (Float::powi(a9.atan().cosh(), 0) * f64::powi(f64::atan(a9).cosh(), 0)))
                    .powi(-2),
            );
            s1 -= Float::sin(Float::atan2(
                (i2 as f64),
                -(0.5_f64
                    + ((a6 / (1.5 + std::f64::consts::E.tanh()))
                        * (a6 / (1.5 + std::f64::consts::E.tanh())))),
            ));
            m11 += f64::tanh(s1);
        }
        s7 -= f64::cos(Float::ln(2.0 + x1.sin()).hypot(1.0).ln());
    }
    let mut s12: f64 = 0.5;
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        s1 -= (core::f64::consts::PI - x0).sin();
        let a14 = Float::powf(
            ((Float::trunc(V[i13]) * std::f64::consts::E.cos()).tanh()).cosh(),
            p124(s1.atan(), x1, (i13 as f64)).tanh(),
        );
        if i13 >= 1 {
            s12 -= (s12.tanh() - x2.mul_add(s12.cos(), s1)).sin();
        } else {
            s1 /= 2.0
                + (({
                    let t15 = 0.11;
                    V[i13]
                })
                .sin());
        }
        s1 *= 1.0 + (0.3 * ((-0.809).sin()));
        s1 = s1.min(((1.1 + ((1.5 + a14.tanh()) * (1.5 + a14.tanh()))).acosh()).atan());
    }
    s1 *= 1.0 + (0.3 * x1.powi(2).sin());
    let a16 = 1.742 + x1;
    let (u17, w18) = (x2.sin(), s1.sin().powi(1));
    let mut m19: f64 = Float::acosh(1.1 + ((1.5 + Float::tanh(0.346)) * (1.5 + 0.346.tanh())));
    let mut s20 = 0.0;
    for i21 in 0..4 {
        let a22 = x0 / m19.sin().sin().tan().hypot(1.0);
        s20 *=
            1.0 + (0.3 * ((x1 / f64::exp(f64::ln_1p(0.5 + (x0.exp() * x0.exp())).atan())).sin()));
        m19 = (0.5 * m19) + ((Float::asinh(0.99) / (1.5f64 + x2.cosh().tanh())).atan());
    }
    (((a16 + u17) + w18) + m19) + s20
}

fn p141_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let mut i3 = 0;
        while i3 < 2 {
            i3 += 1;
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(ALPHA)).cos()).sin()));
            let (u4, w5) = (s1 + x1, x0);
            s1 = (((k::<D>(0.7)) * s1) + (-w5)).atan();
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((x2 * x1) - (-x1)).sin()));
        }
        let a6 = -x2;
        let mut s7 = k::<D>(0.5);
        for i8 in 1..4 {
            if (a6 * a6).re() < ((k::<D>(-1.937)).exp_m1()).re() {
                continue;
            }
            let a9 =
                (((k::<D>(-0.9)) * (k::<D>(-0.9)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10();
            let a10 = k::<D>(BETA);
            let mut m11 = (((k::<D>(1.0)) + (a9.atan().cosh().powi(0) * a9.atan().cosh().powi(0)))
                .powi(-2))
            .cosh();
            s1 -= datan2(
                k::<D>(i2 as f64),
                -((k::<D>(0.5))
                    + ((a6 / ((k::<D>(1.5)) + ((k::<D>(std::f64::consts::E)).tanh())))
                        * (a6 / ((k::<D>(1.5)) + ((k::<D>(std::f64::consts::E)).tanh()))))),
            )
            .sin();
            m11 += s1.tanh();
        }
        s7 -= ((((((k::<D>(2.0)) + x1.sin()).ln()) * (((k::<D>(2.0)) + x1.sin()).ln())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .ln())
        .cos();
    }
    let mut s12: D = k::<D>(0.5);
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        s1 -= ((k::<D>(core::f64::consts::PI)) - x0).sin();
        let a14 = (p124_d(s1.atan(), x1, k::<D>(i13 as f64)).tanh()
            * ((((k::<D>((k::<D>(V[i13])).re().trunc()))
                * ((k::<D>(std::f64::consts::E)).cos()))
            .tanh())
            .cosh())
            .ln())
        .exp();
        if i13 >= 1 {
            s12 -= (s12.tanh() - (x2 * s12.cos() + s1)).sin();
        } else {
            s1 /= (k::<D>(2.0))
                + (({
                    let t15 = k::<D>(0.11);
                    k::<D>(V[i13])
                })
                .sin());
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.809)).sin()));
        s1 = dmin(
            s1,
            (((k::<D>(1.1)) + (((k::<D>(1.5)) + a14.tanh()) * ((k::<D>(1.5)) + a14.tanh())))
                .acosh())
            .atan(),
        );
    }
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.powi(2).sin());
    let a16 = (k::<D>(1.742)) + x1;
    let (u17, w18) = (x2.sin(), s1.sin().powi(1));
    let mut m19: D = ((k::<D>(1.1))
        + (((k::<D>(1.5)) + ((k::<D>(0.346)).tanh()))
            * ((k::<D>(1.5)) + ((k::<D>(0.346)).tanh()))))
    .acosh();
    let mut s20 = k::<D>(0.0);
    for i21 in 0..4 {
        let a22 = x0
            / ((m19.sin().sin().tan() * m19.sin().sin().tan() + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt());
        s20 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((x1 / (((((k::<D>(0.5)) + (x0.exp() * x0.exp())).ln_1p()).atan()).exp()))
                    .sin()));
        m19 = ((k::<D>(0.5)) * m19)
            + ((((k::<D>(0.99)).asinh()) / ((k::<D>(1.5)) + x2.cosh().tanh())).atan());
    }
    (((a16 + u17) + w18) + m19) + s20
}

#[differentiable]
fn p142(x: &[f64]) -> f64 {
    let a1: f64 = (2.0 + f64::sin(std::f64::consts::E)).log10();
    let mut m2 = 1.4.min(x[4]).exp().cos().cosh().log2();
    for i3 in x {
        let mut i4 = 0;
        while i4 < 2 {
            i4 += 1;
            let (u5, w6) = ((-0.7_f64).powi(2), W[i4]);
            let a7: f64 = BETA * (w6 / ALPHA.cos().cosh());
            m2 += Float::tanh(
                (1.0f64
                    + (f64::atan2(a1, -(0.5_f64 + ((-0.2) * (-0.2_f64))))
                        * a1.atan2(-(0.5f64 + ((-0.2) * (-0.2))))))
                .sqrt(),
            );
            m2 = (0.5_f64 * m2)
                + ((if m2 <= -0.17f64 {
                    -1.283
                } else {
                    (*i3) / (2.0 + f64::sin((i4 as f64)))
                })
                .atan());
        }
        let a8 = if 2.0 > 0.4 {
            ((if !(x[4] >= -0.43) { *i3 } else { a1 }) + 0.3.sinh()).sin()
        } else {
            (1.0 + (((f64::sin(m2).sinh() * x[3]).tanh())
                * ((Float::sinh(m2.sin()) * x[3]).tanh())))
            .powf(f64::atan(x[4].mul_add(a1, (2.0 + f64::sin(x[2])).cbrt())))
        };
        m2 *= 1.0 + (0.3 * Float::sin(x[4].sin()));
        m2 = (0.5 * m2) + Float::sqrt(1.5 + f64::tanh(-0.4)).atan();
    }
    let mut m9 = x[0];
    if !((-1.01).powi(3) <= a1 + a1) {
        m9 = (0.5 * m9) + (-1.063);
    }
    (0.001 * (((a1 * m2) + m9) + x[1])).tanh()
}

fn p142_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin())).log10();
    let mut m2 = dmin(k::<D>(1.4), x[4]).exp().cos().cosh().log2();
    for i3 in x {
        let mut i4 = 0;
        while i4 < 2 {
            i4 += 1;
            let (u5, w6) = ((k::<D>(-0.7)).powi(2), k::<D>(W[i4]));
            let a7: D = (k::<D>(BETA)) * (w6 / (((k::<D>(ALPHA)).cos()).cosh()));
            m2 += (((k::<D>(1.0))
                + (datan2(a1, -((k::<D>(0.5)) + ((k::<D>(-0.2)) * (k::<D>(-0.2)))))
                    * datan2(a1, -((k::<D>(0.5)) + ((k::<D>(-0.2)) * (k::<D>(-0.2)))))))
            .sqrt())
            .tanh();
            m2 = ((k::<D>(0.5)) * m2)
                + ((if m2.re() <= (k::<D>(-0.17)).re() {
                    k::<D>(-1.283)
                } else {
                    (*i3) / ((k::<D>(2.0)) + ((k::<D>(i4 as f64)).sin()))
                })
                .atan());
        }
        let a8 = if (k::<D>(2.0)).re() > (k::<D>(0.4)).re() {
            ((if !(x[4].re() >= (k::<D>(-0.43)).re()) {
                *i3
            } else {
                a1
            }) + ((k::<D>(0.3)).sinh()))
            .sin()
        } else {
            (((x[4] * a1 + (((k::<D>(2.0)) + x[2].sin()).cbrt())).atan())
                * ((k::<D>(1.0))
                    + (((m2.sin().sinh() * x[3]).tanh()) * ((m2.sin().sinh() * x[3]).tanh())))
                .ln())
            .exp()
        };
        m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[4].sin().sin());
        m2 = ((k::<D>(0.5)) * m2) + ((((k::<D>(1.5)) + ((k::<D>(-0.4)).tanh())).sqrt()).atan());
    }
    let mut m9 = x[0];
    if !(((k::<D>(-1.01)).powi(3)).re() <= (a1 + a1).re()) {
        m9 = ((k::<D>(0.5)) * m9) + (k::<D>(-1.063));
    }
    ((k::<D>(0.001)) * (((a1 * m2) + m9) + x[1])).tanh()
}

#[differentiable]
fn p143(x: &[f64]) -> f64 {
    let a1 = BETA;
    let (u2, w3) = (x[3].sinh(), f64::powi(1.3, 2));
    let mut m4 = (-0.551f64) - x[4];
    let a5 = -(a1.atan().mul_add(-0.46_f64, -0.033) * x[1]);
    let mut m6: f64 = Float::acosh(1.1f64 + (Float::hypot(m4, 1.0) * m4.hypot(1.0f64)));
    ((((u2 + w3) + m4) + a5) + m6) * x[4]
}

fn p143_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(BETA);
    let (u2, w3) = (x[3].sinh(), (k::<D>(1.3)).powi(2));
    let mut m4 = (k::<D>(-0.551)) - x[4];
    let a5 = -((a1.atan() * (k::<D>(-0.46)) + (k::<D>(-0.033))) * x[1]);
    let mut m6: D = ((k::<D>(1.1))
        + (((m4 * m4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * ((m4 * m4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .acosh();
    ((((u2 + w3) + m4) + a5) + m6) * x[4]
}

#[differentiable]
fn p144<T>(x0: T, x1: T, x2: T, nk: usize) -> T
where
    T: Float,
{
    let a1 = x1;
    let mut s2 = T::one();
    for i3 in 0..nk {
        let a4: T = ((c::<T>(W[i3])).hypot(c::<T>(1.0))).log(Float::exp(
            (c::<T>(0.5))
                + (T::from(0.4).unwrap()
                    * ((((c::<T>(1.4)) + (c::<T>(std::f64::consts::E))).sin()).sin())),
        ));
        if i3 >= 1 {
            break;
        }
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3)) * Float::cos((c::<T>(1.5)) + (((c::<T>(-1.3)).sin()).tanh()))));
    }
    let mut m5 = ((((c::<T>(1.1)) + (Float::exp(x2) * Float::exp(x2))).acosh())
        / ((c::<T>(2.0)) + T::sin(x0 * a1)))
    .abs();
    for i6 in 0..nk {
        s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((x2 + x1).sin())));
        let mut m7 = ((c::<T>(1.0)) + (s2.tanh() * s2.tanh())).sqrt();
        s2 = s2 - ((c::<T>(1.361)).cos());
        s2 = s2
            + ((if Float::exp2(T::sin(m7)) <= c::<T>(0.4) {
                c::<T>(0.9)
            } else {
                x2.cosh()
            })
            .tanh());
    }
    ((c::<T>(0.001)) * ((((x1 - x2) + a1) + s2) + m5)).tanh()
}

fn p144_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = x1;
    let mut s2 = k::<D>(1.0);
    for i3 in 0..nk {
        let a4: D = ((((k::<D>(W[i3])) * (k::<D>(W[i3])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            .ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4))
                    * ((((k::<D>(1.4)) + (k::<D>(std::f64::consts::E))).sin()).sin())))
            .exp())
            .ln());
        if i3 >= 1 {
            break;
        }
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(1.5)) + (((k::<D>(-1.3)).sin()).tanh())).cos()));
    }
    let mut m5 = ((((k::<D>(1.1)) + (x2.exp() * x2.exp())).acosh())
        / ((k::<D>(2.0)) + ((x0 * a1).sin())))
    .abs();
    for i6 in 0..nk {
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x2 + x1).sin()));
        let mut m7 = ((k::<D>(1.0)) + (s2.tanh() * s2.tanh())).sqrt();
        s2 -= (k::<D>(1.361)).cos();
        s2 += (if m7.sin().exp2().re() <= (k::<D>(0.4)).re() {
            k::<D>(0.9)
        } else {
            x2.cosh()
        })
        .tanh();
    }
    ((k::<D>(0.001)) * ((((x1 - x2) + a1) + s2) + m5)).tanh()
}

#[differentiable]
fn p145<T>(x: [T; 5]) -> T
where
    T: Float + NumAssign,
{
    let a1 = x[4];
    let mut m2: T =
        ((c::<T>(-0.766)).exp()).powf(Float::tanh(((c::<T>(1.5)) + x[1].tanh()).powi(-1)));
    let a3 = a1
        / x[4]
            .tanh()
            .hypot(T::one())
            .powf(Float::atan2(m2, -((c::<T>(0.5)) + (x[4] * x[4]))).cos())
            .sin()
            .exp();
    if a3.atan2(-((c::<T>(0.5)) + (m2 * m2))) < c::<T>(-0.33) {
        m2 = ((c::<T>(0.5)) * m2)
            + Float::asin(
                T::from(0.9).unwrap() * T::tanh((T::from(-0.41).unwrap() * (c::<T>(1.708))).atan()),
            );
    } else {
        m2 += (((x[3] + x[3]) + Float::sin(x[0])).sin()).cosh();
    }
    let a4 = T::ln((c::<T>(2.0)) + a3.atan().sinh().sin());
    let mut m5 = m2.tanh() * x[1];
    let mut s6 = T::zero();
    for i7 in 0..=3 {
        let a8 = a1;
        let a9: T = m5;
        s6 /= a1.hypot(T::one());
        m2 = ((c::<T>(0.5)) * m2) + T::atan(((x[4] - a9).cos()) * T::min(a1, x[4]));
        if x[1].sinh() <= c::<T>(-0.39) {
            continue;
        }
    }
    ((((m2 + a3) + a4) + m5) + s6) + x[4]
}

fn p145_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[4];
    let mut m2: D =
        (((((k::<D>(1.5)) + x[1].tanh()).powi(-1)).tanh()) * ((k::<D>(-0.766)).exp()).ln()).exp();
    let a3 = a1
        / ((((datan2(m2, -((k::<D>(0.5)) + (x[4] * x[4]))).cos()
            * ((x[4].tanh() * x[4].tanh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
        .exp())
        .sin())
        .exp());
    if datan2(a3, -((k::<D>(0.5)) + (m2 * m2))).re() < (k::<D>(-0.33)).re() {
        m2 = ((k::<D>(0.5)) * m2)
            + (((k::<D>(0.9)) * ((((k::<D>(-0.41)) * (k::<D>(1.708))).atan()).tanh())).asin());
    } else {
        m2 += (((x[3] + x[3]) + x[0].sin()).sin()).cosh();
    }
    let a4 = ((k::<D>(2.0)) + a3.atan().sinh().sin()).ln();
    let mut m5 = m2.tanh() * x[1];
    let mut s6 = k::<D>(0.0);
    for i7 in 0..=3 {
        let a8 = a1;
        let a9: D = m5;
        s6 /= (a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        m2 = ((k::<D>(0.5)) * m2) + ((((x[4] - a9).cos()) * dmin(a1, x[4])).atan());
        if x[1].sinh().re() <= (k::<D>(-0.39)).re() {
            continue;
        }
    }
    ((((m2 + a3) + a4) + m5) + s6) + x[4]
}

#[differentiable]
fn p146(x0: f64, x1: f64) -> f64 {
    let mut m1: f64 = (((-0.73).tanh()).ceil()) * (-0.864f64);
    let a2: f64 = p128(
        f64::sin(x1.hypot(0.5f64 + (x1 * x1))),
        f64::sin(m1.hypot(0.5 + (x0 * x0))),
        1.109,
    );
    if p99(a2.tanh(), -0.111) <= Float::hypot(BETA, 0.5f64 + (m1 * m1)) {
        m1 += (1.0_f64 + (x0 * x0)).cbrt();
    } else {
        m1 = (0.5 * m1) + ((2.0_f64 + Float::sin(x0.exp2().cos().cosh().sqrt())).recip());
    }
    let a3: f64 = a2.floor() * Float::tanh(m1).sinh().atan();
    (((x0 - x1) * m1) + a2) + a3
}

fn p146_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = (k::<D>(((k::<D>(-0.73)).tanh()).re().ceil())) * (k::<D>(-0.864));
    let a2: D = p128_d(
        ((x1 * x1 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1))).sqrt()).sin(),
        ((m1 * m1 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt()).sin(),
        k::<D>(1.109),
    );
    if p99_d(a2.tanh(), k::<D>(-0.111)).re()
        <= (((k::<D>(BETA)) * (k::<D>(BETA))
            + ((k::<D>(0.5)) + (m1 * m1)) * ((k::<D>(0.5)) + (m1 * m1)))
            .sqrt())
        .re()
    {
        m1 += ((k::<D>(1.0)) + (x0 * x0)).cbrt();
    } else {
        m1 = ((k::<D>(0.5)) * m1) + (((k::<D>(2.0)) + x0.exp2().cos().cosh().sqrt().sin()).recip());
    }
    let a3: D = (k::<D>(a2.re().floor())) * m1.tanh().sinh().atan();
    (((x0 - x1) * m1) + a2) + a3
}

#[differentiable]
fn p147<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = if x0 / ((c::<T>(1.0)) + (x0 * x0)) <= x0.mul_add(x2, x1) {
        (T::cosh(c::<T>(-1.4)) + x0.mul_add(x0, x0)) * T::sin(x2.exp().recip()).sin().tan()
    } else {
        x2.exp().powi(-1)
    };
    let (u2, w3) = (x1, x0.sin() * (((a1 * x1) - ((c::<T>(-1.3)).sinh())).sin()));
    let a4: T = (((x0 + u2)
        * (((c::<T>(1.0)) + (T::from(-0.228).unwrap() * (c::<T>(-0.228)))).sqrt()))
    .cos())
    .exp2();
    let w3 = T::asin((c::<T>(0.9)) * T::sin(c::<T>(-1.56)));
    (((x2 + a1) + u2) + a4) + w3
}

fn p147_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (x0 / ((k::<D>(1.0)) + (x0 * x0))).re() <= (x0 * x2 + x1).re() {
        (((k::<D>(-1.4)).cosh()) + (x0 * x0 + x0)) * x2.exp().recip().sin().sin().tan()
    } else {
        x2.exp().powi(-1)
    };
    let (u2, w3) = (x1, x0.sin() * (((a1 * x1) - ((k::<D>(-1.3)).sinh())).sin()));
    let a4: D = (((x0 + u2) * (((k::<D>(1.0)) + ((k::<D>(-0.228)) * (k::<D>(-0.228)))).sqrt()))
        .cos())
    .exp2();
    let w3 = ((k::<D>(0.9)) * ((k::<D>(-1.56)).sin())).asin();
    (((x2 + a1) + u2) + a4) + w3
}

#[differentiable]
fn p148(x: &[f64], y: f64) -> f64 {
    let y = ((0.5
        + ((1.0 + (x[0].min(y) * x[0].min(y))) * (1.0 + (Float::min(x[0], y) * x[0].min(y)))))
    .ln_1p())
    .atan2(-(0.5 + (0.841.exp().asinh() * 0.841.exp().asinh())));
    let y = (0.9 * f64::tanh(f64::tanh(y))).acos();
    let mut s1: f64 = 0.0;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        for i3 in 0..x.len() {
            let a4: f64 = s1;
            let a5 = (x[i3] / (2.0 + Float::sin(s1.tanh().mul_add(x[i3], x[i3])))).powi(1);
            s1 *= 1.0_f64 + (0.3 * f64::sin(y));
            s1 -= (a5 + y).cos();
        }
        let mut s6 = 1.0;
        for i7 in (i2 + 1)..4 {
            let y = Float::ln(s6.hypot(1.0));
            if x[1] / f64::exp(-1.81) > s1 {
                continue;
            }
            let a8 = x[2];
            s6 *= 1.0 + (0.3 * Float::cos(f64::exp(std::f64::consts::E.sin())));
            s1 += Float::cos(((i7 as f64) + x[2]) - y.atan().cosh());
            s6 -= s6.cos().sin();
        }
        s6 = (0.5f64 * s6) + f64::atan(f64::exp(x[0]).cbrt()).cos();
    }
    let mut s9: f64 = 0.0;
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let mut m11 = Float::sin(x[1]) * Float::tanh(s9);
        if i10 % 2 == 0 {
            continue;
        }
        s1 *= 1.0 + (0.3 * f64::tan(s9.atan().sin()).sin());
        s9 = f64::tanh(
            (0.7 * s9) + f64::acosh(1.1 + (((i10 as f64).exp()) * ((i10 as f64).exp()))).asinh(),
        );
    }
    let mut m12: f64 = s9.mul_add(-0.2f64, BETA);
    (0.001 * ((((y + s1) - s9) + m12) + x[0])).tanh()
}

fn p148_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y = datan2(
        ((k::<D>(0.5))
            + (((k::<D>(1.0)) + (dmin(x[0], y) * dmin(x[0], y)))
                * ((k::<D>(1.0)) + (dmin(x[0], y) * dmin(x[0], y)))))
        .ln_1p(),
        -((k::<D>(0.5)) + ((((k::<D>(0.841)).exp()).asinh()) * (((k::<D>(0.841)).exp()).asinh()))),
    );
    let y = ((k::<D>(0.9)) * y.tanh().tanh()).acos();
    let mut s1: D = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        for i3 in 0..x.len() {
            let a4: D = s1;
            let a5 = (x[i3] / ((k::<D>(2.0)) + ((s1.tanh() * x[i3] + x[i3]).sin()))).powi(1);
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * y.sin());
            s1 -= (a5 + y).cos();
        }
        let mut s6 = k::<D>(1.0);
        for i7 in (i2 + 1)..4 {
            let y = ((s6 * s6 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln();
            if (x[1] / ((k::<D>(-1.81)).exp())).re() > s1.re() {
                continue;
            }
            let a8 = x[2];
            s6 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(std::f64::consts::E)).sin()).exp()).cos()));
            s1 += (((k::<D>(i7 as f64)) + x[2]) - y.atan().cosh()).cos();
            s6 -= s6.cos().sin();
        }
        s6 = ((k::<D>(0.5)) * s6) + x[0].exp().cbrt().atan().cos();
    }
    let mut s9: D = k::<D>(0.0);
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let mut m11 = x[1].sin() * s9.tanh();
        if i10 % 2 == 0 {
            continue;
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s9.atan().sin().tan().sin());
        s9 = (((k::<D>(0.7)) * s9)
            + ((((k::<D>(1.1)) + (((k::<D>(i10 as f64)).exp()) * ((k::<D>(i10 as f64)).exp())))
                .acosh())
            .asinh()))
        .tanh();
    }
    let mut m12: D = (s9 * (k::<D>(-0.2)) + (k::<D>(BETA)));
    ((k::<D>(0.001)) * ((((y + s1) - s9) + m12) + x[0])).tanh()
}

#[differentiable]
fn p149(x: &[f64], nk: usize) -> f64 {
    let a1 = (0.9 * Float::tanh(ALPHA.sin())).atanh();
    let mut s2: f64 = 0.5;
    for i3 in 0..nk {
        let a4 = x[0].abs();
        if i3 % 2 == 1 {
            continue;
        }
        let mut m5 = x[2];
        m5 *= 1.0 + (0.3 * f64::sin(a4.exp_m1()));
    }
    if 1.1.cosh() >= -0.92 {
        return p98(
            ((-1.808) + x[1]).tanh(),
            f64::cos({
                let t6 = s2;
                s2
            }),
        );
    }
    let mut s7 = 0.5;
    for i8 in 0..x.len() / 2 {
        let a9 = s7;
        let (u10, w11) = (
            ((((1.1
                + ((1.0 + (Float::atan(a9) * Float::atan(a9)))
                    * (1.0 + (a9.atan() * a9.atan()))))
            .acosh())
            .cos())
            .round())
                * (((x[2 * i8] - s7).abs()).cos()),
            f64::exp2(x[2 * i8 + 1].cos()) - f64::atan(f64::exp_m1(s7.tanh())),
        );
        s7 += (((2.0 + x[2 * i8].sin()).powf(s2.cos()))
            / (2.0 + a1.cos().exp().powf(a1.sin()).sin()))
        .tanh();
        s2 *= 1.0f64 + (0.3 * Float::cbrt(s2.hypot(1.0)).sin());
    }
    let mut s12 = 0.5;
    for i13 in x {
        s12 = (0.5 * s12)
            + (((s7.atan().exp_m1() * x[2]) + p126(*i13, f64::sin(f64::tanh(s7).exp()))).sin());
        for i14 in 0..x.len() {
            let a15 = a1 * std::f64::consts::E;
            let a16 = V[i14];
            let a17 = a15 / (1.0 + (s7.sin() * s7.sin()));
            s2 *= 1.0_f64 + (0.3 * (((2.0 + ((i14 as f64).sin())).ln()).sin()));
            s12 -= f64::sqrt(2.0 + Float::sin(a15)).tanh();
        }
        s12 -= Float::tanh(f64::cos(-0.39).cos());
    }
    let a1 = (2.0 + (((1.0 + (a1 * a1)).recip()).sin())).powi(-1);
    (0.001 * ((((s2 + s7) * s12) + a1) + x[1])).tanh()
}

fn p149_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = ((k::<D>(0.9)) * (((k::<D>(ALPHA)).sin()).tanh())).atanh();
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..nk {
        let a4 = x[0].abs();
        if i3 % 2 == 1 {
            continue;
        }
        let mut m5 = x[2];
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a4.exp_m1().sin());
    }
    if ((k::<D>(1.1)).cosh()).re() >= (k::<D>(-0.92)).re() {
        return p98_d(
            ((k::<D>(-1.808)) + x[1]).tanh(),
            ({
                let t6 = s2;
                s2
            })
            .cos(),
        );
    }
    let mut s7 = k::<D>(0.5);
    for i8 in 0..x.len() / 2 {
        let a9 = s7;
        let (u10, w11) = (
            (k::<D>(
                ((((k::<D>(1.1))
                    + (((k::<D>(1.0)) + (a9.atan() * a9.atan()))
                        * ((k::<D>(1.0)) + (a9.atan() * a9.atan()))))
                .acosh())
                .cos())
                .re()
                .round(),
            )) * (((x[2 * i8] - s7).abs()).cos()),
            x[2 * i8 + 1].cos().exp2() - s7.tanh().exp_m1().atan(),
        );
        s7 += (((s2.cos() * ((k::<D>(2.0)) + x[2 * i8].sin()).ln()).exp())
            / ((k::<D>(2.0)) + (((a1.sin() * a1.cos().exp().ln()).exp()).sin())))
        .tanh();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt()).sin()));
    }
    let mut s12 = k::<D>(0.5);
    for i13 in x {
        s12 = ((k::<D>(0.5)) * s12)
            + (((s7.atan().exp_m1() * x[2]) + p126_d(*i13, s7.tanh().exp().sin())).sin());
        for i14 in 0..x.len() {
            let a15 = a1 * (k::<D>(std::f64::consts::E));
            let a16 = k::<D>(V[i14]);
            let a17 = a15 / ((k::<D>(1.0)) + (s7.sin() * s7.sin()));
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(2.0)) + ((k::<D>(i14 as f64)).sin())).ln()).sin()));
            s12 -= (((k::<D>(2.0)) + a15.sin()).sqrt()).tanh();
        }
        s12 -= (((k::<D>(-0.39)).cos()).cos()).tanh();
    }
    let a1 = ((k::<D>(2.0)) + ((((k::<D>(1.0)) + (a1 * a1)).recip()).sin())).powi(-1);
    ((k::<D>(0.001)) * ((((s2 + s7) * s12) + a1) + x[1])).tanh()
}

#[test]
fn test_p0() {
    check(&Case {
        name: "p0",
        n: 2,
        f: |x| p0(x[0], x[1]),
        jvp: |x, v| p0_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p0_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p0_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p0_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p0_d(x[0], x[1]),
        hyper: |x| p0_d(x[0], x[1]),
    });
}

#[test]
fn test_p1() {
    check(&Case {
        name: "p1",
        n: 3,
        f: |x| p1(x[0], x[1], x[2]),
        jvp: |x, v| p1_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p1_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p1_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p1_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p1_d(x[0], x[1], x[2]),
        hyper: |x| p1_d(x[0], x[1], x[2]),
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
        n: 3,
        f: |x| p3(x[0], x[1], x[2]),
        jvp: |x, v| p3_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p3_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p3_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p3_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p3_d(x[0], x[1], x[2]),
        hyper: |x| p3_d(x[0], x[1], x[2]),
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
        n: 6,
        f: |x| p8(arr(x)),
        jvp: |x, v| p8_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p8_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p8_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p8_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p8_d(&x[..6]),
        hyper: |x| p8_d(&x[..6]),
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
        n: 2,
        f: |x| p10(x[0], x[1], 3),
        jvp: |x, v| p10_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p10_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p10_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p10_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p10_d(x[0], x[1], 3),
        hyper: |x| p10_d(x[0], x[1], 3),
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
fn test_p13() {
    check(&Case {
        name: "p13",
        n: 2,
        f: |x| p13(x[0], x[1], 3),
        jvp: |x, v| p13_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p13_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p13_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p13_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p13_d(x[0], x[1], 3),
        hyper: |x| p13_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p14() {
    check(&Case {
        name: "p14",
        n: 2,
        f: |x| p14(x[0], x[1]),
        jvp: |x, v| p14_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p14_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p14_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p14_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p14_d(x[0], x[1]),
        hyper: |x| p14_d(x[0], x[1]),
    });
}

#[test]
fn test_p15() {
    check(&Case {
        name: "p15",
        n: 2,
        f: |x| p15(x[0], x[1], 3),
        jvp: |x, v| p15_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p15_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p15_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p15_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p15_d(x[0], x[1], 3),
        hyper: |x| p15_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p16() {
    check(&Case {
        name: "p16",
        n: 2,
        f: |x| p16(x[0], x[1]),
        jvp: |x, v| p16_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p16_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p16_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p16_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p16_d(x[0], x[1]),
        hyper: |x| p16_d(x[0], x[1]),
    });
}

#[test]
fn test_p17() {
    check(&Case {
        name: "p17",
        n: 6,
        f: |x| p17(x),
        jvp: |x, v| p17_jvp(x, v),
        vjp: |x, s, bar| p17_vjp(x, bar, s),
        grad: |x, g| p17_grad(x, g),
        hvp: |x, v, hv| p17_hvp(x, v, hv),
        dual: |x| p17_d(x),
        hyper: |x| p17_d(x),
    });
}

#[test]
fn test_p18() {
    check(&Case {
        name: "p18",
        n: 3,
        f: |x| p18(x[0], x[1], x[2]),
        jvp: |x, v| p18_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p18_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p18_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p18_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p18_d(x[0], x[1], x[2]),
        hyper: |x| p18_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p19() {
    check(&Case {
        name: "p19",
        n: 3,
        f: |x| p19(x[0], x[1], x[2]),
        jvp: |x, v| p19_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p19_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p19_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p19_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p19_d(x[0], x[1], x[2]),
        hyper: |x| p19_d(x[0], x[1], x[2]),
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
        n: 6,
        f: |x| p21(x),
        jvp: |x, v| p21_jvp(x, v),
        vjp: |x, s, bar| p21_vjp(x, bar, s),
        grad: |x, g| p21_grad(x, g),
        hvp: |x, v, hv| p21_hvp(x, v, hv),
        dual: |x| p21_d(x),
        hyper: |x| p21_d(x),
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
        n: 2,
        f: |x| p23(x[0], x[1]),
        jvp: |x, v| p23_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p23_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p23_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p23_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p23_d(x[0], x[1]),
        hyper: |x| p23_d(x[0], x[1]),
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
        n: 6,
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
        n: 2,
        f: |x| p27(x[0], x[1]),
        jvp: |x, v| p27_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p27_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p27_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p27_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p27_d(x[0], x[1]),
        hyper: |x| p27_d(x[0], x[1]),
    });
}

#[test]
fn test_p28() {
    check(&Case {
        name: "p28",
        n: 6,
        f: |x| p28(x),
        jvp: |x, v| p28_jvp(x, v),
        vjp: |x, s, bar| p28_vjp(x, bar, s),
        grad: |x, g| p28_grad(x, g),
        hvp: |x, v, hv| p28_hvp(x, v, hv),
        dual: |x| p28_d(x),
        hyper: |x| p28_d(x),
    });
}

#[test]
fn test_p29() {
    check(&Case {
        name: "p29",
        n: 5,
        f: |x| p29(arr(x), x[4]),
        jvp: |x, v| p29_jvp(arr(x), arr(v), x[4], v[4]),
        vjp: |x, s, bar| {
            let (y, a, b) = p29_vjp(arr(x), x[4], s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            bar[4] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p29_grad(arr(x), x[4]);
            g[..4].copy_from_slice(&a);
            g[4] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p29_hvp(arr(x), arr(v), x[4], v[4]);
            hv[..4].copy_from_slice(&a);
            hv[4] = b;
            y
        },
        dual: |x| p29_d(&x[..4], x[4]),
        hyper: |x| p29_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p30() {
    check(&Case {
        name: "p30",
        n: 5,
        f: |x| p30(x),
        jvp: |x, v| p30_jvp(x, v),
        vjp: |x, s, bar| p30_vjp(x, bar, s),
        grad: |x, g| p30_grad(x, g),
        hvp: |x, v, hv| p30_hvp(x, v, hv),
        dual: |x| p30_d(x),
        hyper: |x| p30_d(x),
    });
}

#[test]
fn test_p31() {
    check(&Case {
        name: "p31",
        n: 3,
        f: |x| p31(x),
        jvp: |x, v| p31_jvp(x, v),
        vjp: |x, s, bar| p31_vjp(x, bar, s),
        grad: |x, g| p31_grad(x, g),
        hvp: |x, v, hv| p31_hvp(x, v, hv),
        dual: |x| p31_d(x),
        hyper: |x| p31_d(x),
    });
}

#[test]
fn test_p32() {
    check(&Case {
        name: "p32",
        n: 3,
        f: |x| p32(x[0], x[1], x[2], 3),
        jvp: |x, v| p32_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p32_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p32_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p32_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p32_d(x[0], x[1], x[2], 3),
        hyper: |x| p32_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p33() {
    check(&Case {
        name: "p33",
        n: 6,
        f: |x| p33(arr(x), x[5]),
        jvp: |x, v| p33_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p33_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p33_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p33_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p33_d(&x[..5], x[5]),
        hyper: |x| p33_d(&x[..5], x[5]),
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
        n: 2,
        f: |x| p35(x[0], x[1], 3),
        jvp: |x, v| p35_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p35_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p35_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p35_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p35_d(x[0], x[1], 3),
        hyper: |x| p35_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p36() {
    check(&Case {
        name: "p36",
        n: 3,
        f: |x| p36(arr(x)),
        jvp: |x, v| p36_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p36_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p36_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p36_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p36_d(&x[..3]),
        hyper: |x| p36_d(&x[..3]),
    });
}

#[test]
fn test_p37() {
    check(&Case {
        name: "p37",
        n: 2,
        f: |x| p37(x[0], x[1]),
        jvp: |x, v| p37_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p37_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p37_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p37_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p37_d(x[0], x[1]),
        hyper: |x| p37_d(x[0], x[1]),
    });
}

#[test]
fn test_p38() {
    check(&Case {
        name: "p38",
        n: 3,
        f: |x| p38(x[0], x[1], x[2]),
        jvp: |x, v| p38_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p38_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p38_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p38_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p38_d(x[0], x[1], x[2]),
        hyper: |x| p38_d(x[0], x[1], x[2]),
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
        f: |x| p40(x[0], x[1], x[2], 3),
        jvp: |x, v| p40_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p40_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p40_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p40_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p40_d(x[0], x[1], x[2], 3),
        hyper: |x| p40_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p41() {
    check(&Case {
        name: "p41",
        n: 3,
        f: |x| p41(x[0], x[1], x[2], 3),
        jvp: |x, v| p41_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p41_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p41_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p41_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p41_d(x[0], x[1], x[2], 3),
        hyper: |x| p41_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p42() {
    check(&Case {
        name: "p42",
        n: 6,
        f: |x| p42(arr(x), 3),
        jvp: |x, v| p42_jvp(arr(x), arr(v), 3),
        vjp: |x, s, bar| {
            let (y, a) = p42_vjp(arr(x), 3, s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p42_grad(arr(x), 3);
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p42_hvp(arr(x), arr(v), 3);
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p42_d(&x[..6], 3),
        hyper: |x| p42_d(&x[..6], 3),
    });
}

#[test]
fn test_p43() {
    check(&Case {
        name: "p43",
        n: 5,
        f: |x| p43(x),
        jvp: |x, v| p43_jvp(x, v),
        vjp: |x, s, bar| p43_vjp(x, bar, s),
        grad: |x, g| p43_grad(x, g),
        hvp: |x, v, hv| p43_hvp(x, v, hv),
        dual: |x| p43_d(x),
        hyper: |x| p43_d(x),
    });
}

#[test]
fn test_p44() {
    check(&Case {
        name: "p44",
        n: 3,
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
        n: 3,
        f: |x| p45(x[0], x[1], x[2], 3),
        jvp: |x, v| p45_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p45_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p45_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p45_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p45_d(x[0], x[1], x[2], 3),
        hyper: |x| p45_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p46() {
    check(&Case {
        name: "p46",
        n: 6,
        f: |x| p46(&x[..5], x[5]),
        jvp: |x, v| p46_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p46_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p46_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p46_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p46_d(&x[..5], x[5]),
        hyper: |x| p46_d(&x[..5], x[5]),
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
        n: 6,
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
        n: 3,
        f: |x| p50(x[0], x[1], x[2]),
        jvp: |x, v| p50_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p50_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p50_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p50_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p50_d(x[0], x[1], x[2]),
        hyper: |x| p50_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p51() {
    check(&Case {
        name: "p51",
        n: 7,
        f: |x| p51(arr(x), x[6]),
        jvp: |x, v| p51_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p51_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p51_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p51_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p51_d(&x[..6], x[6]),
        hyper: |x| p51_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p52() {
    check(&Case {
        name: "p52",
        n: 3,
        f: |x| p52(x[0], x[1], x[2]),
        jvp: |x, v| p52_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p52_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p52_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p52_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p52_d(x[0], x[1], x[2]),
        hyper: |x| p52_d(x[0], x[1], x[2]),
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
        n: 3,
        f: |x| p54(x[0], x[1], x[2]),
        jvp: |x, v| p54_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p54_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p54_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p54_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p54_d(x[0], x[1], x[2]),
        hyper: |x| p54_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p55() {
    check(&Case {
        name: "p55",
        n: 6,
        f: |x| p55(arr(x), x[5]),
        jvp: |x, v| p55_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p55_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p55_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p55_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p55_d(&x[..5], x[5]),
        hyper: |x| p55_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p56() {
    check(&Case {
        name: "p56",
        n: 6,
        f: |x| p56(&x[..5], x[5]),
        jvp: |x, v| p56_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p56_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p56_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p56_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p56_d(&x[..5], x[5]),
        hyper: |x| p56_d(&x[..5], x[5]),
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
        n: 4,
        f: |x| p58(x),
        jvp: |x, v| p58_jvp(x, v),
        vjp: |x, s, bar| p58_vjp(x, bar, s),
        grad: |x, g| p58_grad(x, g),
        hvp: |x, v, hv| p58_hvp(x, v, hv),
        dual: |x| p58_d(x),
        hyper: |x| p58_d(x),
    });
}

#[test]
fn test_p59() {
    check(&Case {
        name: "p59",
        n: 2,
        f: |x| p59(x[0], x[1], 3),
        jvp: |x, v| p59_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p59_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p59_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p59_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p59_d(x[0], x[1], 3),
        hyper: |x| p59_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p60() {
    check(&Case {
        name: "p60",
        n: 7,
        f: |x| p60(&x[..6], x[6]),
        jvp: |x, v| p60_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p60_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p60_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p60_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p60_d(&x[..6], x[6]),
        hyper: |x| p60_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p61() {
    check(&Case {
        name: "p61",
        n: 5,
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
        n: 6,
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
        n: 6,
        f: |x| p63(arr(x)),
        jvp: |x, v| p63_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p63_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p63_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p63_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p63_d(&x[..6]),
        hyper: |x| p63_d(&x[..6]),
    });
}

#[test]
fn test_p64() {
    check(&Case {
        name: "p64",
        n: 2,
        f: |x| p64(x[0], x[1], 3),
        jvp: |x, v| p64_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p64_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p64_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p64_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p64_d(x[0], x[1], 3),
        hyper: |x| p64_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p65() {
    check(&Case {
        name: "p65",
        n: 6,
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
        n: 3,
        f: |x| p66(x[0], x[1], x[2], 3),
        jvp: |x, v| p66_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p66_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p66_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p66_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p66_d(x[0], x[1], x[2], 3),
        hyper: |x| p66_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p67() {
    check(&Case {
        name: "p67",
        n: 3,
        f: |x| p67(x[0], x[1], x[2]),
        jvp: |x, v| p67_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p67_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p67_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p67_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p67_d(x[0], x[1], x[2]),
        hyper: |x| p67_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p68() {
    check(&Case {
        name: "p68",
        n: 5,
        f: |x| p68(x),
        jvp: |x, v| p68_jvp(x, v),
        vjp: |x, s, bar| p68_vjp(x, bar, s),
        grad: |x, g| p68_grad(x, g),
        hvp: |x, v, hv| p68_hvp(x, v, hv),
        dual: |x| p68_d(x),
        hyper: |x| p68_d(x),
    });
}

#[test]
fn test_p69() {
    check(&Case {
        name: "p69",
        n: 6,
        f: |x| p69(x),
        jvp: |x, v| p69_jvp(x, v),
        vjp: |x, s, bar| p69_vjp(x, bar, s),
        grad: |x, g| p69_grad(x, g),
        hvp: |x, v, hv| p69_hvp(x, v, hv),
        dual: |x| p69_d(x),
        hyper: |x| p69_d(x),
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
        n: 4,
        f: |x| p71(x),
        jvp: |x, v| p71_jvp(x, v),
        vjp: |x, s, bar| p71_vjp(x, bar, s),
        grad: |x, g| p71_grad(x, g),
        hvp: |x, v, hv| p71_hvp(x, v, hv),
        dual: |x| p71_d(x),
        hyper: |x| p71_d(x),
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
        n: 6,
        f: |x| p75(x),
        jvp: |x, v| p75_jvp(x, v),
        vjp: |x, s, bar| p75_vjp(x, bar, s),
        grad: |x, g| p75_grad(x, g),
        hvp: |x, v, hv| p75_hvp(x, v, hv),
        dual: |x| p75_d(x),
        hyper: |x| p75_d(x),
    });
}

#[test]
fn test_p76() {
    check(&Case {
        name: "p76",
        n: 5,
        f: |x| p76(arr(x), x[4]),
        jvp: |x, v| p76_jvp(arr(x), arr(v), x[4], v[4]),
        vjp: |x, s, bar| {
            let (y, a, b) = p76_vjp(arr(x), x[4], s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            bar[4] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p76_grad(arr(x), x[4]);
            g[..4].copy_from_slice(&a);
            g[4] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p76_hvp(arr(x), arr(v), x[4], v[4]);
            hv[..4].copy_from_slice(&a);
            hv[4] = b;
            y
        },
        dual: |x| p76_d(&x[..4], x[4]),
        hyper: |x| p76_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p77() {
    check(&Case {
        name: "p77",
        n: 3,
        f: |x| p77(x[0], x[1], x[2]),
        jvp: |x, v| p77_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p77_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p77_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p77_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p77_d(x[0], x[1], x[2]),
        hyper: |x| p77_d(x[0], x[1], x[2]),
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
        n: 3,
        f: |x| p79(x[0], x[1], x[2]),
        jvp: |x, v| p79_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p79_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p79_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p79_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p79_d(x[0], x[1], x[2]),
        hyper: |x| p79_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p80() {
    check(&Case {
        name: "p80",
        n: 2,
        f: |x| p80(x[0], x[1]),
        jvp: |x, v| p80_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p80_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p80_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p80_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p80_d(x[0], x[1]),
        hyper: |x| p80_d(x[0], x[1]),
    });
}

#[test]
fn test_p81() {
    check(&Case {
        name: "p81",
        n: 5,
        f: |x| p81(x),
        jvp: |x, v| p81_jvp(x, v),
        vjp: |x, s, bar| p81_vjp(x, bar, s),
        grad: |x, g| p81_grad(x, g),
        hvp: |x, v, hv| p81_hvp(x, v, hv),
        dual: |x| p81_d(x),
        hyper: |x| p81_d(x),
    });
}

#[test]
fn test_p82() {
    check(&Case {
        name: "p82",
        n: 5,
        f: |x| p82(arr(x), x[4], 3),
        jvp: |x, v| p82_jvp(arr(x), arr(v), x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (y, a, b) = p82_vjp(arr(x), x[4], 3, s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            bar[4] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p82_grad(arr(x), x[4], 3);
            g[..4].copy_from_slice(&a);
            g[4] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p82_hvp(arr(x), arr(v), x[4], v[4], 3);
            hv[..4].copy_from_slice(&a);
            hv[4] = b;
            y
        },
        dual: |x| p82_d(&x[..4], x[4], 3),
        hyper: |x| p82_d(&x[..4], x[4], 3),
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
        n: 3,
        f: |x| p84(x[0], x[1], x[2]),
        jvp: |x, v| p84_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p84_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p84_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p84_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p84_d(x[0], x[1], x[2]),
        hyper: |x| p84_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p85() {
    check(&Case {
        name: "p85",
        n: 3,
        f: |x| p85(x[0], x[1], x[2]),
        jvp: |x, v| p85_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p85_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p85_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p85_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p85_d(x[0], x[1], x[2]),
        hyper: |x| p85_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p86() {
    check(&Case {
        name: "p86",
        n: 2,
        f: |x| p86(x[0], x[1]),
        jvp: |x, v| p86_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p86_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p86_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p86_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p86_d(x[0], x[1]),
        hyper: |x| p86_d(x[0], x[1]),
    });
}

#[test]
fn test_p87() {
    check(&Case {
        name: "p87",
        n: 5,
        f: |x| p87(&x[..4], x[4], 3),
        jvp: |x, v| p87_jvp(&x[..4], &v[..4], x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p87_vjp(&x[..4], bx, x[4], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p87_grad(&x[..4], gx, x[4], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p87_hvp(&x[..4], &v[..4], hx, x[4], v[4], 3);
            hy[0] = a;
            y
        },
        dual: |x| p87_d(&x[..4], x[4], 3),
        hyper: |x| p87_d(&x[..4], x[4], 3),
    });
}

#[test]
fn test_p88() {
    check(&Case {
        name: "p88",
        n: 2,
        f: |x| p88(x[0], x[1]),
        jvp: |x, v| p88_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p88_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p88_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p88_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p88_d(x[0], x[1]),
        hyper: |x| p88_d(x[0], x[1]),
    });
}

#[test]
fn test_p89() {
    check(&Case {
        name: "p89",
        n: 6,
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
        n: 3,
        f: |x| p91(x[0], x[1], x[2], 3),
        jvp: |x, v| p91_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p91_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p91_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p91_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p91_d(x[0], x[1], x[2], 3),
        hyper: |x| p91_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p92() {
    check(&Case {
        name: "p92",
        n: 6,
        f: |x| p92(arr(x)),
        jvp: |x, v| p92_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p92_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p92_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p92_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p92_d(&x[..6]),
        hyper: |x| p92_d(&x[..6]),
    });
}

#[test]
fn test_p93() {
    check(&Case {
        name: "p93",
        n: 4,
        f: |x| p93(arr(x), x[3]),
        jvp: |x, v| p93_jvp(arr(x), arr(v), x[3], v[3]),
        vjp: |x, s, bar| {
            let (y, a, b) = p93_vjp(arr(x), x[3], s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            bar[3] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p93_grad(arr(x), x[3]);
            g[..3].copy_from_slice(&a);
            g[3] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p93_hvp(arr(x), arr(v), x[3], v[3]);
            hv[..3].copy_from_slice(&a);
            hv[3] = b;
            y
        },
        dual: |x| p93_d(&x[..3], x[3]),
        hyper: |x| p93_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p94() {
    check(&Case {
        name: "p94",
        n: 6,
        f: |x| p94(arr(x), x[5]),
        jvp: |x, v| p94_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p94_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p94_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p94_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p94_d(&x[..5], x[5]),
        hyper: |x| p94_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p95() {
    check(&Case {
        name: "p95",
        n: 2,
        f: |x| p95(x[0], x[1], 3),
        jvp: |x, v| p95_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p95_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p95_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p95_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p95_d(x[0], x[1], 3),
        hyper: |x| p95_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p96() {
    check(&Case {
        name: "p96",
        n: 5,
        f: |x| p96(arr(x)),
        jvp: |x, v| p96_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p96_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p96_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p96_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p96_d(&x[..5]),
        hyper: |x| p96_d(&x[..5]),
    });
}

#[test]
fn test_p97() {
    check(&Case {
        name: "p97",
        n: 6,
        f: |x| p97(arr(x), x[5]),
        jvp: |x, v| p97_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p97_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p97_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p97_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p97_d(&x[..5], x[5]),
        hyper: |x| p97_d(&x[..5], x[5]),
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
        n: 4,
        f: |x| p100(x, 3),
        jvp: |x, v| p100_jvp(x, v, 3),
        vjp: |x, s, bar| p100_vjp(x, bar, 3, s),
        grad: |x, g| p100_grad(x, g, 3),
        hvp: |x, v, hv| p100_hvp(x, v, hv, 3),
        dual: |x| p100_d(x, 3),
        hyper: |x| p100_d(x, 3),
    });
}

#[test]
fn test_p101() {
    check(&Case {
        name: "p101",
        n: 2,
        f: |x| p101(x[0], x[1]),
        jvp: |x, v| p101_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p101_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p101_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p101_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p101_d(x[0], x[1]),
        hyper: |x| p101_d(x[0], x[1]),
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
        n: 2,
        f: |x| p104(x[0], x[1]),
        jvp: |x, v| p104_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p104_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p104_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p104_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p104_d(x[0], x[1]),
        hyper: |x| p104_d(x[0], x[1]),
    });
}

#[test]
fn test_p105() {
    check(&Case {
        name: "p105",
        n: 3,
        f: |x| p105(x[0], x[1], x[2], 3),
        jvp: |x, v| p105_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p105_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p105_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p105_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p105_d(x[0], x[1], x[2], 3),
        hyper: |x| p105_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p106() {
    check(&Case {
        name: "p106",
        n: 2,
        f: |x| p106(x[0], x[1]),
        jvp: |x, v| p106_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p106_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p106_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p106_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p106_d(x[0], x[1]),
        hyper: |x| p106_d(x[0], x[1]),
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
        n: 2,
        f: |x| p109(x[0], x[1]),
        jvp: |x, v| p109_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p109_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p109_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p109_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p109_d(x[0], x[1]),
        hyper: |x| p109_d(x[0], x[1]),
    });
}

#[test]
fn test_p110() {
    check(&Case {
        name: "p110",
        n: 7,
        f: |x| p110(arr(x), x[6], 3),
        jvp: |x, v| p110_jvp(arr(x), arr(v), x[6], v[6], 3),
        vjp: |x, s, bar| {
            let (y, a, b) = p110_vjp(arr(x), x[6], 3, s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p110_grad(arr(x), x[6], 3);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p110_hvp(arr(x), arr(v), x[6], v[6], 3);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p110_d(&x[..6], x[6], 3),
        hyper: |x| p110_d(&x[..6], x[6], 3),
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
fn test_p113() {
    check(&Case {
        name: "p113",
        n: 5,
        f: |x| p113(arr(x), x[4]),
        jvp: |x, v| p113_jvp(arr(x), arr(v), x[4], v[4]),
        vjp: |x, s, bar| {
            let (y, a, b) = p113_vjp(arr(x), x[4], s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            bar[4] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p113_grad(arr(x), x[4]);
            g[..4].copy_from_slice(&a);
            g[4] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p113_hvp(arr(x), arr(v), x[4], v[4]);
            hv[..4].copy_from_slice(&a);
            hv[4] = b;
            y
        },
        dual: |x| p113_d(&x[..4], x[4]),
        hyper: |x| p113_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p114() {
    check(&Case {
        name: "p114",
        n: 2,
        f: |x| p114(x[0], x[1]),
        jvp: |x, v| p114_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p114_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p114_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p114_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p114_d(x[0], x[1]),
        hyper: |x| p114_d(x[0], x[1]),
    });
}

#[test]
fn test_p115() {
    check(&Case {
        name: "p115",
        n: 7,
        f: |x| p115(&x[..6], x[6]),
        jvp: |x, v| p115_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p115_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p115_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p115_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p115_d(&x[..6], x[6]),
        hyper: |x| p115_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p116() {
    check(&Case {
        name: "p116",
        n: 3,
        f: |x| p116(x[0], x[1], x[2], 3),
        jvp: |x, v| p116_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p116_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p116_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p116_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p116_d(x[0], x[1], x[2], 3),
        hyper: |x| p116_d(x[0], x[1], x[2], 3),
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
fn test_p118() {
    check(&Case {
        name: "p118",
        n: 5,
        f: |x| p118(&x[..4], x[4], 3),
        jvp: |x, v| p118_jvp(&x[..4], &v[..4], x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p118_vjp(&x[..4], bx, x[4], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p118_grad(&x[..4], gx, x[4], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p118_hvp(&x[..4], &v[..4], hx, x[4], v[4], 3);
            hy[0] = a;
            y
        },
        dual: |x| p118_d(&x[..4], x[4], 3),
        hyper: |x| p118_d(&x[..4], x[4], 3),
    });
}

#[test]
fn test_p119() {
    check(&Case {
        name: "p119",
        n: 7,
        f: |x| p119(arr(x), x[6]),
        jvp: |x, v| p119_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p119_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p119_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p119_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p119_d(&x[..6], x[6]),
        hyper: |x| p119_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p120() {
    check(&Case {
        name: "p120",
        n: 7,
        f: |x| p120(&x[..6], x[6]),
        jvp: |x, v| p120_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p120_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p120_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p120_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p120_d(&x[..6], x[6]),
        hyper: |x| p120_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p121() {
    check(&Case {
        name: "p121",
        n: 6,
        f: |x| p121(x),
        jvp: |x, v| p121_jvp(x, v),
        vjp: |x, s, bar| p121_vjp(x, bar, s),
        grad: |x, g| p121_grad(x, g),
        hvp: |x, v, hv| p121_hvp(x, v, hv),
        dual: |x| p121_d(x),
        hyper: |x| p121_d(x),
    });
}

#[test]
fn test_p122() {
    check(&Case {
        name: "p122",
        n: 2,
        f: |x| p122(x[0], x[1]),
        jvp: |x, v| p122_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p122_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p122_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p122_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p122_d(x[0], x[1]),
        hyper: |x| p122_d(x[0], x[1]),
    });
}

#[test]
fn test_p123() {
    check(&Case {
        name: "p123",
        n: 4,
        f: |x| p123(&x[..3], x[3], 3),
        jvp: |x, v| p123_jvp(&x[..3], &v[..3], x[3], v[3], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p123_vjp(&x[..3], bx, x[3], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p123_grad(&x[..3], gx, x[3], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p123_hvp(&x[..3], &v[..3], hx, x[3], v[3], 3);
            hy[0] = a;
            y
        },
        dual: |x| p123_d(&x[..3], x[3], 3),
        hyper: |x| p123_d(&x[..3], x[3], 3),
    });
}

#[test]
fn test_p124() {
    check(&Case {
        name: "p124",
        n: 3,
        f: |x| p124(x[0], x[1], x[2]),
        jvp: |x, v| p124_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p124_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p124_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p124_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p124_d(x[0], x[1], x[2]),
        hyper: |x| p124_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p125() {
    check(&Case {
        name: "p125",
        n: 5,
        f: |x| p125(x),
        jvp: |x, v| p125_jvp(x, v),
        vjp: |x, s, bar| p125_vjp(x, bar, s),
        grad: |x, g| p125_grad(x, g),
        hvp: |x, v, hv| p125_hvp(x, v, hv),
        dual: |x| p125_d(x),
        hyper: |x| p125_d(x),
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
        n: 2,
        f: |x| p127(x[0], x[1]),
        jvp: |x, v| p127_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p127_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p127_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p127_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p127_d(x[0], x[1]),
        hyper: |x| p127_d(x[0], x[1]),
    });
}

#[test]
fn test_p128() {
    check(&Case {
        name: "p128",
        n: 3,
        f: |x| p128(x[0], x[1], x[2]),
        jvp: |x, v| p128_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p128_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p128_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p128_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p128_d(x[0], x[1], x[2]),
        hyper: |x| p128_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p129() {
    check(&Case {
        name: "p129",
        n: 2,
        f: |x| p129(x[0], x[1], 3),
        jvp: |x, v| p129_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p129_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p129_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p129_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p129_d(x[0], x[1], 3),
        hyper: |x| p129_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p130() {
    check(&Case {
        name: "p130",
        n: 3,
        f: |x| p130(x, 3),
        jvp: |x, v| p130_jvp(x, v, 3),
        vjp: |x, s, bar| p130_vjp(x, bar, 3, s),
        grad: |x, g| p130_grad(x, g, 3),
        hvp: |x, v, hv| p130_hvp(x, v, hv, 3),
        dual: |x| p130_d(x, 3),
        hyper: |x| p130_d(x, 3),
    });
}

#[test]
fn test_p131() {
    check(&Case {
        name: "p131",
        n: 4,
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
        n: 6,
        f: |x| p132(arr(x), x[5]),
        jvp: |x, v| p132_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p132_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p132_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p132_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p132_d(&x[..5], x[5]),
        hyper: |x| p132_d(&x[..5], x[5]),
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
        n: 6,
        f: |x| p134(arr(x)),
        jvp: |x, v| p134_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p134_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p134_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p134_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p134_d(&x[..6]),
        hyper: |x| p134_d(&x[..6]),
    });
}

#[test]
fn test_p135() {
    check(&Case {
        name: "p135",
        n: 2,
        f: |x| p135(x[0], x[1]),
        jvp: |x, v| p135_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p135_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p135_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p135_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p135_d(x[0], x[1]),
        hyper: |x| p135_d(x[0], x[1]),
    });
}

#[test]
fn test_p136() {
    check(&Case {
        name: "p136",
        n: 6,
        f: |x| p136(arr(x)),
        jvp: |x, v| p136_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p136_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p136_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p136_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p136_d(&x[..6]),
        hyper: |x| p136_d(&x[..6]),
    });
}

#[test]
fn test_p137() {
    check(&Case {
        name: "p137",
        n: 3,
        f: |x| p137(x[0], x[1], x[2]),
        jvp: |x, v| p137_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p137_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p137_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p137_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p137_d(x[0], x[1], x[2]),
        hyper: |x| p137_d(x[0], x[1], x[2]),
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
        n: 2,
        f: |x| p139(x[0], x[1]),
        jvp: |x, v| p139_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p139_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p139_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p139_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p139_d(x[0], x[1]),
        hyper: |x| p139_d(x[0], x[1]),
    });
}

#[test]
fn test_p140() {
    check(&Case {
        name: "p140",
        n: 3,
        f: |x| p140(arr(x)),
        jvp: |x, v| p140_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p140_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p140_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p140_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p140_d(&x[..3]),
        hyper: |x| p140_d(&x[..3]),
    });
}

#[test]
fn test_p141() {
    check(&Case {
        name: "p141",
        n: 3,
        f: |x| p141(x[0], x[1], x[2]),
        jvp: |x, v| p141_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p141_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p141_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p141_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p141_d(x[0], x[1], x[2]),
        hyper: |x| p141_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p142() {
    check(&Case {
        name: "p142",
        n: 5,
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
        f: |x| p144(x[0], x[1], x[2], 3),
        jvp: |x, v| p144_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p144_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p144_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p144_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p144_d(x[0], x[1], x[2], 3),
        hyper: |x| p144_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p145() {
    check(&Case {
        name: "p145",
        n: 5,
        f: |x| p145(arr(x)),
        jvp: |x, v| p145_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p145_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p145_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p145_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p145_d(&x[..5]),
        hyper: |x| p145_d(&x[..5]),
    });
}

#[test]
fn test_p146() {
    check(&Case {
        name: "p146",
        n: 2,
        f: |x| p146(x[0], x[1]),
        jvp: |x, v| p146_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p146_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p146_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p146_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p146_d(x[0], x[1]),
        hyper: |x| p146_d(x[0], x[1]),
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
        n: 4,
        f: |x| p148(&x[..3], x[3]),
        jvp: |x, v| p148_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p148_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p148_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p148_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p148_d(&x[..3], x[3]),
        hyper: |x| p148_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p149() {
    check(&Case {
        name: "p149",
        n: 3,
        f: |x| p149(x, 3),
        jvp: |x, v| p149_jvp(x, v, 3),
        vjp: |x, s, bar| p149_vjp(x, bar, 3, s),
        grad: |x, g| p149_grad(x, g, 3),
        hvp: |x, v, hv| p149_hvp(x, v, hv, 3),
        dual: |x| p149_d(x, 3),
        hyper: |x| p149_d(x, 3),
    });
}
