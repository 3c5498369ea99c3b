//! Property test: 150 random programs from the grammar of issue 2, generated ahead of time.
//!
//! Each `pN` is annotated with `#[differentiable]`; `pN_d` is its twin over num-dual's `DualNum`
//! (num-dual's types do not implement `num_traits::Float`). Every mode (`_jvp`, `_vjp`, `_grad`,
//! `_hvp`) is compared at 3 seeded random points with num-dual (`Dual64` for first derivatives,
//! `HyperDual64` for H v) to a relative 1e-9, and with central finite differences as a sanity check.
//!
//! GENERATED, do not edit. Regenerate with:
//!     python3 tests/random/gen.py --count 150 --seed 1 --out tests/random_programs.rs
//! (generator seed 1; see tests/random/README.md for generating many more programs).

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
fn p0<T: Float>(x: &[T]) -> T {
    let a1: T = ((c::<T>(core::f64::consts::PI)).tanh())
        .mul_add((c::<T>(ALPHA)).atan(), c::<T>(std::f64::consts::E));
    let a2 = c::<T>(0.75);
    let mut s3: T = T::from(0.5).unwrap();
    for i4 in 0..x.len() - 1 {
        let a5 = x[i4 + 1].min(s3);
        let (u6, w7) = (x[i4 + 1], T::asinh((-s3) + Float::tan(s3.tanh().sin())));
        s3 = s3 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * u6.asinh().sin()));
    }
    let (u8, w9) = (T::from(-1.071).unwrap().exp_m1(), T::cosh(a2));
    ((((a1 + a2) * s3) + u8) * w9) + x[4]
}

fn p0_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (((k::<D>(core::f64::consts::PI)).tanh()) * ((k::<D>(ALPHA)).atan())
        + (k::<D>(std::f64::consts::E)));
    let a2 = k::<D>(0.75);
    let mut s3: D = k::<D>(0.5);
    for i4 in 0..x.len() - 1 {
        let a5 = dmin(x[i4 + 1], s3);
        let (u6, w7) = (x[i4 + 1], ((-s3) + s3.tanh().sin().tan()).asinh());
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u6.asinh().sin());
    }
    let (u8, w9) = ((k::<D>(-1.071)).exp_m1(), a2.cosh());
    ((((a1 + a2) * s3) + u8) * w9) + x[4]
}

#[differentiable]
fn p1(x: &[f64]) -> f64 {
    let a1 = (1.5 + BETA.tanh()).log2();
    let (u2, w3) = (ALPHA.tanh().powi(2), x[0]);
    let mut s4: f64 = 0.0;
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let mut m6 = u2;
        if s4 - ALPHA <= 0.8 {
            m6 = (0.5 * m6) + x[1].tanh();
        }
        m6 *= 1.0
            + (0.3
                * (({
                    let t7 = x[0].atan();
                    (1.0 + (s4.atan() * s4.atan())).powf(x[1])
                })
                .sin()));
        if w3 + x[0] <= a1.clamp(-0.98, 0.39f64) {
            break;
        }
    }
    s4 += -(x[3].exp2() - ((-0.625) - u2));
    let mut s8 = 0.0_f64;
    for i9 in 0..x.len() {
        let a10 = if i9 == 0 {
            f64::tan(f64::sin(Float::sinh(f64::tanh(ALPHA)).tanh()))
        } else {
            (((-0.17) * x[i9]).cosh()).powi(-1)
        };
        let a10: f64 = a1;
        s4 -= f64::atan(1.226_f64.tanh());
        if i9 < 2 {
            break;
        }
        s4 += ((s4 / Float::hypot(x[i9], 1.0)) - (BETA + w3)).sin();
    }
    if w3 / (1.0 + (ALPHA * ALPHA)) > 0.22_f64 {
        s4 -= x[2].sin().tan() * ALPHA.hypot(0.5 + ((-1.3) * (-1.3)));
    } else {
        s8 -= f64::cosh((1.5 + (((-1.0_f64) * s4.cos()).tanh())).powi(-1));
    }
    ((((a1 - u2) - w3) * s4) + s8) + x[3]
}

fn p1_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh())).log2();
    let (u2, w3) = (((k::<D>(ALPHA)).tanh()).powi(2), x[0]);
    let mut s4: D = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let mut m6 = u2;
        if (s4 - (k::<D>(ALPHA))).re() <= (k::<D>(0.8)).re() {
            m6 = ((k::<D>(0.5)) * m6) + x[1].tanh();
        }
        m6 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (({
                    let t7 = x[0].atan();
                    (x[1] * ((k::<D>(1.0)) + (s4.atan() * s4.atan())).ln()).exp()
                })
                .sin()));
        if (w3 + x[0]).re() <= dclamp(a1, k::<D>(-0.98), k::<D>(0.39)).re() {
            break;
        }
    }
    s4 += -(x[3].exp2() - ((k::<D>(-0.625)) - u2));
    let mut s8 = k::<D>(0.0);
    for i9 in 0..x.len() {
        let a10 = if i9 == 0 {
            (((((k::<D>(ALPHA)).tanh()).sinh()).tanh()).sin()).tan()
        } else {
            (((k::<D>(-0.17)) * x[i9]).cosh()).powi(-1)
        };
        let a10: D = a1;
        s4 -= ((k::<D>(1.226)).tanh()).atan();
        if i9 < 2 {
            break;
        }
        s4 += ((s4 / ((x[i9] * x[i9] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            - ((k::<D>(BETA)) + w3))
            .sin();
    }
    if (w3 / ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))).re() > (k::<D>(0.22)).re() {
        s4 -= x[2].sin().tan()
            * (((k::<D>(ALPHA)) * (k::<D>(ALPHA))
                + ((k::<D>(0.5)) + ((k::<D>(-1.3)) * (k::<D>(-1.3))))
                    * ((k::<D>(0.5)) + ((k::<D>(-1.3)) * (k::<D>(-1.3)))))
            .sqrt());
    } else {
        s8 -= (((k::<D>(1.5)) + (((k::<D>(-1.0)) * s4.cos()).tanh())).powi(-1)).cosh();
    }
    ((((a1 - u2) - w3) * s4) + s8) + x[3]
}

#[differentiable]
fn p2<T: Float>(x0: T, x1: T) -> T {
    let (u1, w2) = (x1, x1);
    let mut s3: T = c::<T>(0.5);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        s3 = s3 + (((T::from(0.9).unwrap() * x1.sin()).asin()).atan());
        let (u5, w6) = (
            T::sin((c::<T>(i4 as f64)).sin()).tan(),
            (c::<T>(W[i4])).atan2(-((c::<T>(0.5)) + (w2 * w2))),
        );
        let a7 = ((c::<T>(1.0)) + (w6 * w6)).recip();
        s3 = s3 / x1.hypot(c::<T>(1.0));
        if (c::<T>(-0.47)).clamp(c::<T>(-0.13), c::<T>(0.71)) < w2 - (c::<T>(0.64)) {
            break;
        }
    }
    let mut s8: T = c::<T>(0.0);
    for i9 in 1..=3 {
        let (u10, w11) = (
            Float::acosh(
                (c::<T>(1.1))
                    + (((c::<T>(2.0)) + Float::sin(T::atan(c::<T>(V[i9]))))
                        * ((c::<T>(2.0)) + Float::sin((c::<T>(V[i9])).atan()))),
            ),
            Float::atan(T::from(-1.903).unwrap() + s3).exp2(),
        );
        s8 = s8
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::ln_1p(
                        (c::<T>(0.5))
                            + (((c::<T>(1.5)) + ((s3.cos() * s8.tanh()).tanh()))
                                * (T::from(1.5).unwrap() + ((T::cos(s3) * s8.tanh()).tanh()))),
                    )
                    .sin()));
    }
    if (c::<T>(-0.364)).tanh() > T::cbrt(T::one() + (s3.cos() * Float::cos(s3))) {
        s3 = s3
            * ((c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * T::recip(T::log2(T::exp(w2)).tanh().exp().log10().hypot(c::<T>(1.0))).sin()));
    } else {
        s8 = s8 - ((x0 * s3.sin().exp().recip()).sin());
    }
    let a12 = if x0 - s3 > u1.cosh() {
        ((c::<T>(ALPHA)).sin()).exp_m1()
    } else {
        Float::acos((c::<T>(0.9)) * ((w2 * (c::<T>(-1.01))).sin()))
    };
    (((u1 + w2) * s3) + s8) + a12
}

fn p2_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x1, x1);
    let mut s3: D = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        s3 += (((k::<D>(0.9)) * x1.sin()).asin()).atan();
        let (u5, w6) = (
            (((k::<D>(i4 as f64)).sin()).sin()).tan(),
            datan2(k::<D>(W[i4]), -((k::<D>(0.5)) + (w2 * w2))),
        );
        let a7 = ((k::<D>(1.0)) + (w6 * w6)).recip();
        s3 /= (x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        if dclamp(k::<D>(-0.47), k::<D>(-0.13), k::<D>(0.71)).re() < (w2 - (k::<D>(0.64))).re() {
            break;
        }
    }
    let mut s8: D = k::<D>(0.0);
    for i9 in 1..=3 {
        let (u10, w11) = (
            ((k::<D>(1.1))
                + (((k::<D>(2.0)) + (((k::<D>(V[i9])).atan()).sin()))
                    * ((k::<D>(2.0)) + (((k::<D>(V[i9])).atan()).sin()))))
            .acosh(),
            (((k::<D>(-1.903)) + s3).atan()).exp2(),
        );
        s8 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.5))
                    + (((k::<D>(1.5)) + ((s3.cos() * s8.tanh()).tanh()))
                        * ((k::<D>(1.5)) + ((s3.cos() * s8.tanh()).tanh()))))
                .ln_1p())
                .sin()));
    }
    if ((k::<D>(-0.364)).tanh()).re() > (((k::<D>(1.0)) + (s3.cos() * s3.cos())).cbrt()).re() {
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((w2.exp().log2().tanh().exp().log10()
                    * w2.exp().log2().tanh().exp().log10()
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .recip())
                .sin()));
    } else {
        s8 -= (x0 * s3.sin().exp().recip()).sin();
    }
    let a12 = if (x0 - s3).re() > u1.cosh().re() {
        ((k::<D>(ALPHA)).sin()).exp_m1()
    } else {
        ((k::<D>(0.9)) * ((w2 * (k::<D>(-1.01))).sin())).acos()
    };
    (((u1 + w2) * s3) + s8) + a12
}

#[differentiable]
fn p3(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = x1.cos();
    let a1 = (((x1 * a1).trunc()) * Float::sin((1.0 + (x1 * x1)).sqrt()))
        - (x2 / (2.0 + x2.exp_m1().sin()));
    if -x1 >= 0.76 {
        return -1.9;
    }
    let (u2, w3) = (
        (x1 / (2.0_f64 + x0.sin())) - x1,
        Float::atanh(0.9 * Float::tanh(f64::cbrt(1.0 + (0.6 * 0.6)).hypot(1.0).cbrt().sin())),
    );
    let a4 = if !(f64::exp(w3.cos()) < (0.9f64 * Float::sin(ALPHA.sin())).asin()) {
        u2.atan()
    } else {
        a1 - w3
            .tanh()
            .mul_add(x0, x2)
            .cos()
            .mul_add(Float::sin(x2.atan2(0.5 + (x1 * x1))), x0)
    };
    let (u5, w6) = (
        BETA / w3.tanh().cosh(),
        f64::log(1.0 + (x1 * x1), (0.5f64 + (0.4 * Float::sin(x2))).exp()),
    );
    (((u2 + w3) + a4) * u5) + w6
}

fn p3_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = x1.cos();
    let a1 = ((k::<D>((x1 * a1).re().trunc())) * ((((k::<D>(1.0)) + (x1 * x1)).sqrt()).sin()))
        - (x2 / ((k::<D>(2.0)) + x2.exp_m1().sin()));
    if (-x1).re() >= (k::<D>(0.76)).re() {
        return k::<D>(-1.9);
    }
    let (u2, w3) = (
        (x1 / ((k::<D>(2.0)) + x0.sin())) - x1,
        ((k::<D>(0.9))
            * ((((((((k::<D>(1.0)) + ((k::<D>(0.6)) * (k::<D>(0.6)))).cbrt())
                * (((k::<D>(1.0)) + ((k::<D>(0.6)) * (k::<D>(0.6)))).cbrt())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .cbrt())
            .sin())
            .tanh()))
        .atanh(),
    );
    let a4 = if !(w3.cos().exp().re()
        < (((k::<D>(0.9)) * (((k::<D>(ALPHA)).sin()).sin())).asin()).re())
    {
        u2.atan()
    } else {
        a1 - (((w3.tanh() * x0 + x2).cos()) * datan2(x2, (k::<D>(0.5)) + (x1 * x1)).sin() + x0)
    };
    let (u5, w6) = (
        (k::<D>(BETA)) / w3.tanh().cosh(),
        (((k::<D>(1.0)) + (x1 * x1)).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x2.sin())).exp()).ln()),
    );
    (((u2 + w3) + a4) * u5) + w6
}

#[differentiable]
fn p4(x: &[f64], y: f64) -> f64 {
    let a1 = -0.7;
    let mut m2 = (((1.0 + (1.7 * 1.7)).powf(a1)).ceil()) * a1.clamp(-0.6, 0.58_f64);
    let y = (0.5 - 0.725f64).exp();
    let (u3, w4) = (
        ((-1.91f64).hypot(1.0f64)).powi(0),
        Float::powf(1.5_f64 + x[1].tanh(), 1.57_f64.cos()),
    );
    let mut s5 = 1.0_f64;
    for i6 in 2..6 {
        let a7 = f64::powi(
            1.5 + (((0.5_f64
                + ((2.0 + Float::cosh(w4.atan()).sin()) * (2.0 + w4.atan().cosh().sin())))
            .ln_1p())
            .tanh()),
            0,
        );
        let a8: f64 = Float::exp_m1(Float::tanh(x[3] * w4));
        m2 = (0.5 * m2) + f64::atan(ALPHA).atan();
    }
    ((((m2 + y) + u3) + w4) + s5) + x[0]
}

fn p4_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = k::<D>(-0.7);
    let mut m2 = (k::<D>(
        ((a1 * ((k::<D>(1.0)) + ((k::<D>(1.7)) * (k::<D>(1.7)))).ln()).exp())
            .re()
            .ceil(),
    )) * dclamp(a1, k::<D>(-0.6), k::<D>(0.58));
    let y = ((k::<D>(0.5)) - (k::<D>(0.725))).exp();
    let (u3, w4) = (
        (((k::<D>(-1.91)) * (k::<D>(-1.91)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0),
        (((k::<D>(1.57)).cos()) * ((k::<D>(1.5)) + x[1].tanh()).ln()).exp(),
    );
    let mut s5 = k::<D>(1.0);
    for i6 in 2..6 {
        let a7 = ((k::<D>(1.5))
            + ((((k::<D>(0.5))
                + (((k::<D>(2.0)) + w4.atan().cosh().sin())
                    * ((k::<D>(2.0)) + w4.atan().cosh().sin())))
            .ln_1p())
            .tanh()))
        .powi(0);
        let a8: D = ((x[3] * w4).tanh()).exp_m1();
        m2 = ((k::<D>(0.5)) * m2) + (((k::<D>(ALPHA)).atan()).atan());
    }
    ((((m2 + y) + u3) + w4) + s5) + x[0]
}

#[differentiable]
fn p5<T: Float>(x: &[T]) -> T {
    let a1 = ((c::<T>(1.0))
        + ((-(c::<T>(core::f64::consts::PI))) * (-(c::<T>(core::f64::consts::PI)))))
    .sqrt();
    let a2 = x[0];
    let mut s3 = c::<T>(1.0);
    for i4 in 2..4 {
        let a2: T = (((c::<T>(2.0))
            + ((if s3 > c::<T>(core::f64::consts::PI) {
                x[3]
            } else {
                x[4]
            })
            .sin()))
        .log(T::exp(
            (c::<T>(0.5))
                + ((c::<T>(0.4)) * T::sin(T::sin(Float::recip((c::<T>(2.0)) + a1.sin())))),
        ))) * T::ln_1p(
            (c::<T>(0.5))
                + ((T::one()
                    + (T::atan((c::<T>(V[i4])).sinh()) * Float::sinh(c::<T>(V[i4])).atan()))
                    * ((c::<T>(1.0))
                        + ((((c::<T>(V[i4])).sinh()).atan()) * (((c::<T>(V[i4])).sinh()).atan())))),
        );
        let a5 = ((c::<T>(0.9)) * a1.atan().tanh()).acos();
        s3 = s3 + ((a5 / ((c::<T>(1.0)) + (a5 * a5))).sin());
    }
    let (u6, w7) = (Float::exp_m1(x[1]), Float::tanh(x[1]));
    let a8 = ((c::<T>(0.9))
        * (((((c::<T>(0.9)) * T::atan(s3.tanh() * a1).sin()).acos()).sin()).tanh()))
    .atanh();
    ((((a2 - s3) + u6) + w7) + a8) + x[3]
}

fn p5_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.0))
        + ((-(k::<D>(core::f64::consts::PI))) * (-(k::<D>(core::f64::consts::PI)))))
    .sqrt();
    let a2 = x[0];
    let mut s3 = k::<D>(1.0);
    for i4 in 2..4 {
        let a2: D = (((k::<D>(2.0))
            + ((if s3.re() > (k::<D>(core::f64::consts::PI)).re() {
                x[3]
            } else {
                x[4]
            })
            .sin()))
        .ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4)) * (((((k::<D>(2.0)) + a1.sin()).recip()).sin()).sin())))
            .exp())
            .ln())
            * (((k::<D>(0.5))
                + (((k::<D>(1.0))
                    + ((((k::<D>(V[i4])).sinh()).atan()) * (((k::<D>(V[i4])).sinh()).atan())))
                    * ((k::<D>(1.0))
                        + ((((k::<D>(V[i4])).sinh()).atan())
                            * (((k::<D>(V[i4])).sinh()).atan())))))
            .ln_1p());
        let a5 = ((k::<D>(0.9)) * a1.atan().tanh()).acos();
        s3 += (a5 / ((k::<D>(1.0)) + (a5 * a5))).sin();
    }
    let (u6, w7) = (x[1].exp_m1(), x[1].tanh());
    let a8 = ((k::<D>(0.9))
        * (((((k::<D>(0.9)) * (((s3.tanh() * a1).atan()).sin())).acos()).sin()).tanh()))
    .atanh();
    ((((a2 - s3) + u6) + w7) + a8) + x[3]
}

#[differentiable]
fn p6<T>(x: &[T], y: T, nk: usize) -> T
where
    T: Float,
{
    let (u1, w2) = (
        ((y * y) - (((c::<T>(1.5)) + y.tanh()).cbrt()))
            * ((x[2] / ((c::<T>(1.0)) + (y * y)))
                / ((c::<T>(2.0)) + ((x[1] + (c::<T>(-1.0))).sin()))),
        y,
    );
    let (u3, w4) = (
        x[2].cos().exp2(),
        T::sqrt(T::hypot(
            ((c::<T>(-0.377)) - x[1])
                / T::exp(((c::<T>(1.0)) + (T::from(1.679).unwrap() * (c::<T>(1.679)))).powi(0)),
            T::one(),
        )),
    );
    let a5 = w2.sinh();
    if ((c::<T>(1.5)) + w4.tanh()).powf(w2) < a5 / (T::one() + (x[2] * x[2])) {
        return (T::from(-0.615).unwrap() / ((c::<T>(1.5)) + y.tanh()))
            + ((c::<T>(ALPHA)) / ((c::<T>(1.0)) + (T::sin(a5) * a5.sin())));
    }
    let mut m6 = w2 * (c::<T>(core::f64::consts::PI));
    ((((w2 + u3) * w4) + a5) * m6) + x[0]
}

fn p6_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let (u1, w2) = (
        ((y * y) - (((k::<D>(1.5)) + y.tanh()).cbrt()))
            * ((x[2] / ((k::<D>(1.0)) + (y * y)))
                / ((k::<D>(2.0)) + ((x[1] + (k::<D>(-1.0))).sin()))),
        y,
    );
    let (u3, w4) = (
        x[2].cos().exp2(),
        (((((k::<D>(-0.377)) - x[1])
            / ((((k::<D>(1.0)) + ((k::<D>(1.679)) * (k::<D>(1.679)))).powi(0)).exp()))
            * (((k::<D>(-0.377)) - x[1])
                / ((((k::<D>(1.0)) + ((k::<D>(1.679)) * (k::<D>(1.679)))).powi(0)).exp()))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .sqrt(),
    );
    let a5 = w2.sinh();
    if ((w2 * ((k::<D>(1.5)) + w4.tanh()).ln()).exp()).re()
        < (a5 / ((k::<D>(1.0)) + (x[2] * x[2]))).re()
    {
        return ((k::<D>(-0.615)) / ((k::<D>(1.5)) + y.tanh()))
            + ((k::<D>(ALPHA)) / ((k::<D>(1.0)) + (a5.sin() * a5.sin())));
    }
    let mut m6 = w2 * (k::<D>(core::f64::consts::PI));
    ((((w2 + u3) * w4) + a5) * m6) + x[0]
}

#[differentiable]
fn p7<T: Float>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (
        ((((c::<T>(2.0)) + T::sin(x1)).powf(T::sin(c::<T>(core::f64::consts::PI))))
            - Float::asinh(c::<T>(1.7)))
            - (Float::floor(x2) * (-x0)),
        T::min(
            (((c::<T>(1.0)) + (x2 * x2)).powi(-2)) / T::tanh(x2 * x2).exp(),
            x0 * ((c::<T>(-1.0)).sin()),
        ),
    );
    let (u3, w4) = (
        Float::tan(T::sin(T::cosh(Float::cos(w2)).sin())).sinh(),
        ((((c::<T>(core::f64::consts::PI)) + x2).ceil()) * Float::sin(u1 / x1.hypot(c::<T>(1.0))))
            .cos(),
    );
    let a5 = ((-u3) + (u3.sin() * u1.sin()))
        - Float::atan2(x1, -((c::<T>(0.5)) + (u1 * u1)))
            .sin()
            .exp_m1();
    let (u6, w7) = (Float::tanh(u3.atan().exp().powf(x0)), x1);
    (((u3 - w4) + a5) + u6) + w7
}

fn p7_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (((((k::<D>(core::f64::consts::PI)).sin()) * ((k::<D>(2.0)) + x1.sin()).ln()).exp())
            - ((k::<D>(1.7)).asinh()))
            - ((k::<D>(x2.re().floor())) * (-x0)),
        dmin(
            (((k::<D>(1.0)) + (x2 * x2)).powi(-2)) / (((x2 * x2).tanh()).exp()),
            x0 * ((k::<D>(-1.0)).sin()),
        ),
    );
    let (u3, w4) = (
        w2.cos().cosh().sin().sin().tan().sinh(),
        ((k::<D>(((k::<D>(core::f64::consts::PI)) + x2).re().ceil()))
            * ((u1 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin()))
        .cos(),
    );
    let a5 =
        ((-u3) + (u3.sin() * u1.sin())) - datan2(x1, -((k::<D>(0.5)) + (u1 * u1))).sin().exp_m1();
    let (u6, w7) = (((x0 * u3.atan().exp().ln()).exp()).tanh(), x1);
    (((u3 - w4) + a5) + u6) + w7
}

#[differentiable]
fn p8<T: Float>(x: &[T]) -> T {
    let a1 = x[1];
    let (u2, w3) = (
        Float::sqrt(
            (c::<T>(1.0))
                + (Float::tanh(((c::<T>(1.0)) + ((a1.round() * a1) * (a1.round() * a1))).log2())
                    * ((((c::<T>(1.0)) + ((a1.round() * a1) * (Float::round(a1) * a1))).log2())
                        .tanh())),
        ),
        ((T::from(1.1).unwrap() + (((x[0] / a1.cosh()).cosh()) * ((x[0] / a1.cosh()).cosh())))
            .acosh())
        .cos(),
    );
    let a4 = if !(w3 - T::from(1.1).unwrap() >= T::from(-0.9).unwrap()) {
        T::mul_add(c::<T>(1.75), x[4], x[4])
    } else {
        if u2 <= c::<T>(0.87) {
            c::<T>(-0.09)
        } else {
            w3
        }
    };
    let mut m5 = T::exp_m1(c::<T>(-1.737));
    let (u6, w7) = (a1, m5 / ((c::<T>(1.5)) + x[2].tanh()));
    ((((w3 + a4) * m5) + u6) + w7) + x[3]
}

fn p8_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[1];
    let (u2, w3) = (
        ((k::<D>(1.0))
            + (((((k::<D>(1.0))
                + (((k::<D>(a1.re().round())) * a1) * ((k::<D>(a1.re().round())) * a1)))
                .log2())
            .tanh())
                * ((((k::<D>(1.0))
                    + (((k::<D>(a1.re().round())) * a1) * ((k::<D>(a1.re().round())) * a1)))
                    .log2())
                .tanh())))
        .sqrt(),
        (((k::<D>(1.1)) + (((x[0] / a1.cosh()).cosh()) * ((x[0] / a1.cosh()).cosh()))).acosh())
            .cos(),
    );
    let a4 = if !((w3 - (k::<D>(1.1))).re() >= (k::<D>(-0.9)).re()) {
        ((k::<D>(1.75)) * x[4] + x[4])
    } else {
        if u2.re() <= (k::<D>(0.87)).re() {
            k::<D>(-0.09)
        } else {
            w3
        }
    };
    let mut m5 = (k::<D>(-1.737)).exp_m1();
    let (u6, w7) = (a1, m5 / ((k::<D>(1.5)) + x[2].tanh()));
    ((((w3 + a4) * m5) + u6) + w7) + x[3]
}

#[differentiable]
fn p9<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = ((c::<T>(std::f64::consts::E)) + (c::<T>(-0.94))).atan2(
        (c::<T>(0.5))
            + ((((c::<T>(core::f64::consts::PI)).sin()).exp_m1())
                * T::exp_m1((c::<T>(core::f64::consts::PI)).sin())),
    );
    let a2 = if a1 * (c::<T>(-1.7)) <= c::<T>(-0.41) {
        T::from(1.2).unwrap()
    } else {
        a1
    };
    let mut s3 = T::from(0.5).unwrap();
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let a6 = {
            let t5 = s3;
            x[1]
        };
        s3 += (((c::<T>(0.9)) * Float::sin(x[3].max(x[0]))).acos()).sin();
    }
    let a2 = (-a1).asinh();
    s3 -= a2;
    let mut s7 = T::zero();
    for i8 in 1..x.len() {
        let mut i9 = 0;
        while i9 < 4 {
            i9 += 1;
            let a10 = T::powi(
                T::cos(s7.atan().exp_m1() - Float::log10((c::<T>(2.0)) + x[i8 - 1].sin())),
                3,
            );
            let a11 = (T::from(0.9).unwrap() * Float::atan(-a1).tanh()).asin();
            let mut m12 = (c::<T>(W[i8])) / ((c::<T>(1.0)) + (a2 * a2));
            m12 -= (x[i8] / ((c::<T>(2.0)) + ((c::<T>(ALPHA)).sin()))).cos();
        }
        let mut s13 = c::<T>(0.0);
        let mut i14 = 0;
        while i14 < 2 {
            i14 += 1;
            let a15: T = ((T::tanh(s7) * s3.atan())
                * ((c::<T>(i14 as f64)) / ((c::<T>(1.0)) + (T::atan(s13) * s13.atan()))))
                + T::exp(T::hypot(c::<T>(BETA), (c::<T>(0.5)) + (x[i8] * x[i8])).atan()).sqrt();
            let a15 = ({
                let t16 = x[i8];
                ((c::<T>(0.9)) * x[i8].sin()).asin()
            }) - (x[i8] / ((c::<T>(2.0)) + T::sin(a2 * (c::<T>(W[i8])))));
            if i8 >= 0 {
                continue;
            }
            let a2: T = (x[i8] + a1) + a15;
            s7 += Float::sin(x[i8]);
        }
        s13 -= Float::tanh(s13 - s7);
        s7 = ((c::<T>(0.5)) * s7) + x[i8].exp().sqrt().atan();
    }
    for i17 in 0..x.len() - 1 {
        let mut m18: T = T::cos(s3 / ((c::<T>(2.0)) + ((c::<T>(W[i17])).sin())));
        if i17 <= 3 {
            continue;
        }
        let a19 = (s7.sin() - T::sin(x[i17]).tan())
            / ((c::<T>(2.0))
                + ((if ((c::<T>(0.5)) + (a2.cosh() * a2.cosh())).ln_1p() > c::<T>(-0.76) {
                    x[i17]
                } else {
                    c::<T>(i17 as f64)
                })
                .sin()));
        s7 = T::max(s7, x[i17].atan());
    }
    ((c::<T>(0.001)) * ((((a1 + s3) + a2) + s7) + x[1])).tanh()
}

fn p9_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = datan2(
        (k::<D>(std::f64::consts::E)) + (k::<D>(-0.94)),
        (k::<D>(0.5))
            + ((((k::<D>(core::f64::consts::PI)).sin()).exp_m1())
                * (((k::<D>(core::f64::consts::PI)).sin()).exp_m1())),
    );
    let a2 = if (a1 * (k::<D>(-1.7))).re() <= (k::<D>(-0.41)).re() {
        k::<D>(1.2)
    } else {
        a1
    };
    let mut s3 = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let a6 = {
            let t5 = s3;
            x[1]
        };
        s3 += (((k::<D>(0.9)) * dmax(x[3], x[0]).sin()).acos()).sin();
    }
    let a2 = (-a1).asinh();
    s3 -= a2;
    let mut s7 = k::<D>(0.0);
    for i8 in 1..x.len() {
        let mut i9 = 0;
        while i9 < 4 {
            i9 += 1;
            let a10 =
                ((s7.atan().exp_m1() - (((k::<D>(2.0)) + x[i8 - 1].sin()).log10())).cos()).powi(3);
            let a11 = ((k::<D>(0.9)) * (((-a1).atan()).tanh())).asin();
            let mut m12 = (k::<D>(W[i8])) / ((k::<D>(1.0)) + (a2 * a2));
            m12 -= (x[i8] / ((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin()))).cos();
        }
        let mut s13 = k::<D>(0.0);
        let mut i14 = 0;
        while i14 < 2 {
            i14 += 1;
            let a15: D = ((s7.tanh() * s3.atan())
                * ((k::<D>(i14 as f64)) / ((k::<D>(1.0)) + (s13.atan() * s13.atan()))))
                + ((((((k::<D>(BETA)) * (k::<D>(BETA))
                    + ((k::<D>(0.5)) + (x[i8] * x[i8])) * ((k::<D>(0.5)) + (x[i8] * x[i8])))
                    .sqrt())
                .atan())
                .exp())
                .sqrt());
            let a15 = ({
                let t16 = x[i8];
                ((k::<D>(0.9)) * x[i8].sin()).asin()
            }) - (x[i8] / ((k::<D>(2.0)) + ((a2 * (k::<D>(W[i8]))).sin())));
            if i8 >= 0 {
                continue;
            }
            let a2: D = (x[i8] + a1) + a15;
            s7 += x[i8].sin();
        }
        s13 -= (s13 - s7).tanh();
        s7 = ((k::<D>(0.5)) * s7) + x[i8].exp().sqrt().atan();
    }
    for i17 in 0..x.len() - 1 {
        let mut m18: D = (s3 / ((k::<D>(2.0)) + ((k::<D>(W[i17])).sin()))).cos();
        if i17 <= 3 {
            continue;
        }
        let a19 = (s7.sin() - x[i17].sin().tan())
            / ((k::<D>(2.0))
                + ((if (((k::<D>(0.5)) + (a2.cosh() * a2.cosh())).ln_1p()).re()
                    > (k::<D>(-0.76)).re()
                {
                    x[i17]
                } else {
                    k::<D>(i17 as f64)
                })
                .sin()));
        s7 = dmax(s7, x[i17].atan());
    }
    ((k::<D>(0.001)) * ((((a1 + s3) + a2) + s7) + x[1])).tanh()
}

#[differentiable]
fn p10<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.0);
    for i2 in 2..=5 {
        for i3 in 1..5 {
            s1 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::sin(
                        ((c::<T>(1.0)) + (Float::cosh(x1).cbrt() * Float::cosh(x1).cbrt())).log10(),
                    ));
            s1 -= Float::atan(x0.hypot((c::<T>(0.5)) + ((c::<T>(-1.1)) * (c::<T>(-1.1)))));
            s1 -= (s1.cos().exp().cbrt() - (x1 + x1)).sin();
            s1 = ((c::<T>(0.5)) * s1)
                + ((Float::cos(s1 + x1) * ((c::<T>(BETA)).clamp(c::<T>(-0.92), c::<T>(1.11))))
                    .sin());
        }
        s1 = ((c::<T>(0.5)) * s1)
            + ((((c::<T>(0.9)) * T::tanh(T::atan((c::<T>(ALPHA)) / Float::hypot(x0, T::one()))))
                .acos())
            .cos());
        let a4 = ((c::<T>(1.5)) + x0.tanh()).sqrt();
        s1 -= Float::sin(s1);
    }
    let (u5, w6) = (
        x1,
        ((c::<T>(1.0))
            + (((T::from(2.0).unwrap() + s1.sin()).log2())
                * (((c::<T>(2.0)) + Float::sin(s1)).log2())))
        .powi(0),
    );
    for i7 in 1..=5 {
        let (u8, w9) = (w6, -x1.powi(2));
        let (u10, w11) = (
            c::<T>(-1.08),
            u5.mul_add(
                (-(u5 - (c::<T>(W[i7])))).cos(),
                w9 / ((c::<T>(2.0)) + ((x1 - x0).sin())),
            ),
        );
        if i7 < 4 {
            continue;
        }
        s1 = (T::from(0.5).unwrap() * s1) + ((-(w9 / ((c::<T>(1.0)) + (w6 * w6)))).cos());
    }
    let mut i12 = 0;
    while i12 < 3 {
        i12 += 1;
        if i12 > 1 {
            s1 += (((c::<T>(2.0)) + T::sin(x0)).log10()).cos();
        }
        let mut s13 = c::<T>(0.5);
        for i14 in 0..4 {
            if x1
                .exp()
                .log(Float::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * u5.sin())))
                > c::<T>(0.62)
            {
                s1 = T::atan(((c::<T>(0.7)) * s1) + w6);
            }
            let u5 = x1;
            if i12 % 2 == 1 {
                break;
            }
            s1 -= T::cos(((c::<T>(-1.641)).atan()) * (s1 - (c::<T>(W[i14]))));
            s13 = (T::from(0.5).unwrap() * s13) + T::sin(s1 + s13);
        }
        s13 = (T::from(0.5).unwrap() * s13) + x1.max(w6.sin()).cos().tanh();
        if (c::<T>(i12 as f64)) + s1 > c::<T>(0.28) {
            continue;
        }
        s13 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * ((((c::<T>(0.9)) * ((((c::<T>(core::f64::consts::PI)).abs()).sin()).sin()))
                    .atanh())
                .sin()));
    }
    if c::<T>(0.83) < -(c::<T>(0.09)) {
        return Float::atan2(x0, -((c::<T>(0.5)) + (x1 * x1))) + x1;
    }
    let mut m15 = s1;
    (((x1 * s1) * u5) + w6) - m15
}

fn p10_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 2..=5 {
        for i3 in 1..5 {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.0)) + (x1.cosh().cbrt() * x1.cosh().cbrt())).log10()).sin()));
            s1 -= ((x0 * x0
                + ((k::<D>(0.5)) + ((k::<D>(-1.1)) * (k::<D>(-1.1))))
                    * ((k::<D>(0.5)) + ((k::<D>(-1.1)) * (k::<D>(-1.1)))))
            .sqrt())
            .atan();
            s1 -= (s1.cos().exp().cbrt() - (x1 + x1)).sin();
            s1 = ((k::<D>(0.5)) * s1)
                + ((((s1 + x1).cos()) * dclamp(k::<D>(BETA), k::<D>(-0.92), k::<D>(1.11))).sin());
        }
        s1 = ((k::<D>(0.5)) * s1)
            + ((((k::<D>(0.9))
                * ((((k::<D>(ALPHA)) / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                    .atan())
                .tanh()))
            .acos())
            .cos());
        let a4 = ((k::<D>(1.5)) + x0.tanh()).sqrt();
        s1 -= s1.sin();
    }
    let (u5, w6) = (
        x1,
        ((k::<D>(1.0))
            + ((((k::<D>(2.0)) + s1.sin()).log2()) * (((k::<D>(2.0)) + s1.sin()).log2())))
        .powi(0),
    );
    for i7 in 1..=5 {
        let (u8, w9) = (w6, -x1.powi(2));
        let (u10, w11) = (
            k::<D>(-1.08),
            (u5 * ((-(u5 - (k::<D>(W[i7])))).cos()) + (w9 / ((k::<D>(2.0)) + ((x1 - x0).sin())))),
        );
        if i7 < 4 {
            continue;
        }
        s1 = ((k::<D>(0.5)) * s1) + ((-(w9 / ((k::<D>(1.0)) + (w6 * w6)))).cos());
    }
    let mut i12 = 0;
    while i12 < 3 {
        i12 += 1;
        if i12 > 1 {
            s1 += (((k::<D>(2.0)) + x0.sin()).log10()).cos();
        }
        let mut s13 = k::<D>(0.5);
        for i14 in 0..4 {
            if (x1.exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * u5.sin())).exp()).ln()).re()
                > (k::<D>(0.62)).re()
            {
                s1 = (((k::<D>(0.7)) * s1) + w6).atan();
            }
            let u5 = x1;
            if i12 % 2 == 1 {
                break;
            }
            s1 -= (((k::<D>(-1.641)).atan()) * (s1 - (k::<D>(W[i14])))).cos();
            s13 = ((k::<D>(0.5)) * s13) + ((s1 + s13).sin());
        }
        s13 = ((k::<D>(0.5)) * s13) + dmax(x1, w6.sin()).cos().tanh();
        if ((k::<D>(i12 as f64)) + s1).re() > (k::<D>(0.28)).re() {
            continue;
        }
        s13 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.9)) * ((((k::<D>(core::f64::consts::PI)).abs()).sin()).sin()))
                    .atanh())
                .sin()));
    }
    if (k::<D>(0.83)).re() < (-(k::<D>(0.09))).re() {
        return datan2(x0, -((k::<D>(0.5)) + (x1 * x1))) + x1;
    }
    let mut m15 = s1;
    (((x1 * s1) * u5) + w6) - m15
}

#[differentiable]
fn p11(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (((-0.77) * (-std::f64::consts::E)).tanh(), -0.0);
    let mut s3 = 1.0;
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let (u5, w6) = (s3.hypot(0.5 + (x2 * x2)), 0.15);
        s3 += p7(
            x1,
            f64::atan((1.0 + (w6 * w6)).sqrt()),
            ((1.5_f64 + f64::tanh(x0)).ln()).tanh(),
        )
        .atan();
        if i4 <= 0 {
            continue;
        }
    }
    let mut m7 = (1.0 + (w2 * w2)).powf(f64::atan(-1.913_f64));
    let a8 = m7;
    (((u1 + w2) + s3) + m7) + a8
}

fn p11_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        ((-(k::<D>(0.77))) * (-(k::<D>(std::f64::consts::E)))).tanh(),
        k::<D>(-0.0),
    );
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let (u5, w6) = (
            (s3 * s3 + ((k::<D>(0.5)) + (x2 * x2)) * ((k::<D>(0.5)) + (x2 * x2))).sqrt(),
            k::<D>(0.15),
        );
        s3 += p7_d(
            x1,
            (((k::<D>(1.0)) + (w6 * w6)).sqrt()).atan(),
            (((k::<D>(1.5)) + x0.tanh()).ln()).tanh(),
        )
        .atan();
        if i4 <= 0 {
            continue;
        }
    }
    let mut m7 = (((k::<D>(-1.913)).atan()) * ((k::<D>(1.0)) + (w2 * w2)).ln()).exp();
    let a8 = m7;
    (((u1 + w2) + s3) + m7) + a8
}

#[differentiable]
fn p12(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 1.0;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        s1 *= 1.0
            + (0.3
                * f64::sin(
                    (2.0 + Float::sin(
                        x[1].tanh() / (1.0 + (f64::clamp(s1, -0.04, 1.27) * s1.clamp(-0.04, 1.27))),
                    ))
                    .powi(-2),
                ));
        s1 -= Float::asinh(s1).cos();
    }
    for i4 in 0..x.len() - 1 {
        let mut s5 = 0.5;
        for i6 in (i4 + 1)..6 {
            s1 *= 1.0 + (0.3f64 * Float::sin(Float::powi(1.5_f64 + ((i6 as f64).tanh()), 0)));
            s5 -= f64::tanh(x[i4] / (2.0 + ((i6 as f64).sin())));
        }
        let mut s7: f64 = 0.5f64;
        let mut i8 = 0;
        while i8 < 2 {
            i8 += 1;
            if y <= -0.61 {
                continue;
            }
            if i8 == 2 {
                s7 *= 1.0 + (0.3 * f64::powi(x[i4], 2).sin());
            } else {
                s1 += p7(
                    f64::sin(s1),
                    x[i4],
                    (((2.0f64 + s7.sin()).ln()) / x[i4 + 1].exp()).cos(),
                )
                .tanh();
            }
            s7 -= s5.atan();
            s5 += x[i4 + 1].tanh();
        }
        for i9 in 1..x.len() {
            let a10: f64 = x[i9];
            s7 -= V[i9].exp().sin();
            s1 = (0.5 * s1) + (((s7 - a10) + core::f64::consts::PI.cos()).cos());
        }
        s1 += f64::cos(p7(x[i4 + 1], x[i4], x[i4]));
        s7 = (0.5 * s7) + (((i4 as f64) + s7).cos());
    }
    for i11 in 2..6 {
        let a12 =
            f64::sqrt(1.0f64 + (s1.atan2(-(0.5 + (y * y))) * f64::atan2(s1, -(0.5 + (y * y)))))
                .asinh();
        s1 -= (f64::signum(f64::powi(-0.181, 2)) * ALPHA.sin().cosh().sin()).cos();
    }
    for i13 in 0..x.len() {
        let y = x[i13].sin();
        for i14 in 2..6 {
            let a15 = y;
            if y > (i14 as f64).atan() {
                continue;
            }
            s1 -= (x[i13].sin().tan() / (2.0 + x[i13].sin())).sin();
        }
        s1 -= f64::ln_1p(
            0.5f64
                + ((1.0 + (f64::cos(s1) * s1.cos())) * (1.0 + (Float::cos(s1) * Float::cos(s1)))),
        )
        .atan();
        if x[i13] - x[i13] <= -0.81 {
            break;
        }
        s1 /= ((s1 / (1.0 + (x[i13] * x[i13]))).sin()).cosh();
    }
    let a16 = s1.cos().mul_add(y, s1);
    f64::tanh(0.001 * (((y * s1) + a16) + x[0]))
}

fn p12_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(2.0))
                    + ((x[1].tanh()
                        / ((k::<D>(1.0))
                            + (dclamp(s1, k::<D>(-0.04), k::<D>(1.27))
                                * dclamp(s1, k::<D>(-0.04), k::<D>(1.27)))))
                    .sin()))
                .powi(-2))
                .sin()));
        s1 -= s1.asinh().cos();
    }
    for i4 in 0..x.len() - 1 {
        let mut s5 = k::<D>(0.5);
        for i6 in (i4 + 1)..6 {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.5)) + ((k::<D>(i6 as f64)).tanh())).powi(0)).sin()));
            s5 -= (x[i4] / ((k::<D>(2.0)) + ((k::<D>(i6 as f64)).sin()))).tanh();
        }
        let mut s7: D = k::<D>(0.5);
        let mut i8 = 0;
        while i8 < 2 {
            i8 += 1;
            if y.re() <= (k::<D>(-0.61)).re() {
                continue;
            }
            if i8 == 2 {
                s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i4].powi(2).sin());
            } else {
                s1 += p7_d(
                    s1.sin(),
                    x[i4],
                    ((((k::<D>(2.0)) + s7.sin()).ln()) / x[i4 + 1].exp()).cos(),
                )
                .tanh();
            }
            s7 -= s5.atan();
            s5 += x[i4 + 1].tanh();
        }
        for i9 in 1..x.len() {
            let a10: D = x[i9];
            s7 -= ((k::<D>(V[i9])).exp()).sin();
            s1 = ((k::<D>(0.5)) * s1)
                + (((s7 - a10) + ((k::<D>(core::f64::consts::PI)).cos())).cos());
        }
        s1 += p7_d(x[i4 + 1], x[i4], x[i4]).cos();
        s7 = ((k::<D>(0.5)) * s7) + (((k::<D>(i4 as f64)) + s7).cos());
    }
    for i11 in 2..6 {
        let a12 = (((k::<D>(1.0))
            + (datan2(s1, -((k::<D>(0.5)) + (y * y))) * datan2(s1, -((k::<D>(0.5)) + (y * y)))))
        .sqrt())
        .asinh();
        s1 -= ((k::<D>(((k::<D>(-0.181)).powi(2)).re().signum()))
            * ((((k::<D>(ALPHA)).sin()).cosh()).sin()))
        .cos();
    }
    for i13 in 0..x.len() {
        let y = x[i13].sin();
        for i14 in 2..6 {
            let a15 = y;
            if y.re() > ((k::<D>(i14 as f64)).atan()).re() {
                continue;
            }
            s1 -= (x[i13].sin().tan() / ((k::<D>(2.0)) + x[i13].sin())).sin();
        }
        s1 -= (((k::<D>(0.5))
            + (((k::<D>(1.0)) + (s1.cos() * s1.cos())) * ((k::<D>(1.0)) + (s1.cos() * s1.cos()))))
        .ln_1p())
        .atan();
        if (x[i13] - x[i13]).re() <= (k::<D>(-0.81)).re() {
            break;
        }
        s1 /= ((s1 / ((k::<D>(1.0)) + (x[i13] * x[i13]))).sin()).cosh();
    }
    let a16 = (s1.cos() * y + s1);
    ((k::<D>(0.001)) * (((y * s1) + a16) + x[0])).tanh()
}

#[differentiable]
fn p13(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = x2 / (1.5 + x1.tanh());
    let a2 = (1.5_f64 + Float::tanh((x1 / (1.0 + (ALPHA * ALPHA))).cos())).sqrt();
    if a2 - a2 <= Float::min(a2, a2) {
        return x1;
    }
    let a2: f64 = ({
        let t3 = -0.94;
        0.83
    })
    .exp2();
    let a4 = if (1.0_f64 + (a2.atan() * a2.atan())).powi(0) < -0.927 {
        (0.9 * f64::atan2(-1.93f64, -(0.5 + (x2 * x2))).cos().tanh()).atanh()
    } else {
        ((f64::cbrt(1.5 + BETA.tanh()) * (a2 + 1.66)).cos()) * (-1.684)
    };
    (((x1 - x2) + a1) + a2) + a4
}

fn p13_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x2 / ((k::<D>(1.5)) + x1.tanh());
    let a2 = ((k::<D>(1.5))
        + (((x1 / ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))).cos()).tanh()))
    .sqrt();
    if (a2 - a2).re() <= dmin(a2, a2).re() {
        return x1;
    }
    let a2: D = ({
        let t3 = k::<D>(-0.94);
        k::<D>(0.83)
    })
    .exp2();
    let a4 = if (((k::<D>(1.0)) + (a2.atan() * a2.atan())).powi(0)).re() < (-(k::<D>(0.927))).re() {
        ((k::<D>(0.9))
            * datan2(k::<D>(-1.93), -((k::<D>(0.5)) + (x2 * x2)))
                .cos()
                .tanh())
        .atanh()
    } else {
        (((((k::<D>(1.5)) + ((k::<D>(BETA)).tanh())).cbrt()) * (a2 + (k::<D>(1.66)))).cos())
            * (k::<D>(-1.684))
    };
    (((x1 - x2) + a1) + a2) + a4
}

#[differentiable]
fn p14<T>(x: [T; 5]) -> T
where
    T: Float,
{
    let a1 = (c::<T>(core::f64::consts::PI)) + x[0];
    let a2 = a1 - x[3];
    let mut s3 = c::<T>(0.5);
    for i4 in 0..x.len() {
        s3 = s3
            - Float::tanh(T::clamp(
                (x[i4] - s3) + ((c::<T>(1.14)).clamp(c::<T>(-0.28), c::<T>(1.0))),
                c::<T>(-0.5),
                c::<T>(0.28),
            ));
        let a5 = (((c::<T>(std::f64::consts::E)) / (T::one() + (s3.sin() * T::sin(s3))))
            .hypot(T::one()))
        .ln();
        let a6: T = Float::max(s3, x[i4]).cos() * (x[i4] * x[i4]);
        s3 = s3 + Float::cos(a1);
        if x[i4] + a2 > (c::<T>(-0.64)) + a2 {
            continue;
        }
        s3 = s3
            + ((a6
                / ((c::<T>(1.0))
                    + ((c::<T>(core::f64::consts::PI)) * (c::<T>(core::f64::consts::PI)))))
            .cos());
    }
    let mut s7 = c::<T>(1.0);
    for i8 in x.iter() {
        let mut s9 = c::<T>(0.5);
        for i10 in 0..x.len() - 1 {
            let a11 = ((s7 - s7) + Float::log2(T::exp(*i8)))
                - p2(((*i8) + s7).sin(), Float::atan(Float::exp_m1(x[i10])));
            s7 = s7
                + T::sin(
                    T::atan(a11.sin() * (c::<T>(i10 as f64)))
                        .mul_add(-x[i10], s3 / x[i10].hypot(c::<T>(1.0))),
                );
            s3 = s3 / (T::one() + (x[i10].max(x[i10 + 1]) * x[i10].max(x[i10 + 1])));
        }
        let mut s12: T = T::one();
        for i13 in 0..x.len() {
            s3 = s3
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3))
                        * Float::sin(
                            T::round(x[i13].tanh() / ((c::<T>(1.5)) + ((-a2).tanh())))
                                * (((T::one() + ((-x[i13]) * (-x[i13])))
                                    .powf(T::tanh(((*i8).tanh()) * s3.atan())))
                                .atan()),
                        )));
            if (*i8) + s3 >= (*i8) * (*i8) {
                continue;
            }
            let (u14, w15) = (a1, a1 * x[i13]);
            s12 = s12 * ((c::<T>(1.0)) + (T::from(0.3).unwrap() * ((a1 - s3).sin())));
        }
        s7 = Float::min(s7, T::sin(a1));
        s7 = s7.min(x[2].atan());
    }
    if s3.clamp(c::<T>(-0.21), c::<T>(0.96)) > c::<T>(-0.44) {
        return (-x[0]) * (x[2] - T::from(1.319).unwrap());
    }
    s7 = s7
        * ((c::<T>(1.0))
            + ((c::<T>(0.3)) * ((((((c::<T>(-0.8)) - x[1]).atan()).exp()).cbrt()).sin())));
    s3 = (T::from(0.5).unwrap() * s3) + ((if a2 >= c::<T>(-0.81) { a2 } else { s7 }).asinh());
    for i16 in 1..x.len() {
        let mut m17: T = a2;
        if i16 > 1 {
            continue;
        }
        s3 = s3 + a2.tanh();
        m17 = m17 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * m17.tanh().sinh().sin()));
    }
    (T::from(0.001).unwrap() * ((((a1 + a2) + s3) + s7) + x[0])).tanh()
}

fn p14_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(core::f64::consts::PI)) + x[0];
    let a2 = a1 - x[3];
    let mut s3 = k::<D>(0.5);
    for i4 in 0..x.len() {
        s3 -= dclamp(
            (x[i4] - s3) + dclamp(k::<D>(1.14), k::<D>(-0.28), k::<D>(1.0)),
            k::<D>(-0.5),
            k::<D>(0.28),
        )
        .tanh();
        let a5 = ((((k::<D>(std::f64::consts::E)) / ((k::<D>(1.0)) + (s3.sin() * s3.sin())))
            * ((k::<D>(std::f64::consts::E)) / ((k::<D>(1.0)) + (s3.sin() * s3.sin())))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .ln();
        let a6: D = dmax(s3, x[i4]).cos() * (x[i4] * x[i4]);
        s3 += a1.cos();
        if (x[i4] + a2).re() > ((k::<D>(-0.64)) + a2).re() {
            continue;
        }
        s3 += (a6
            / ((k::<D>(1.0))
                + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI)))))
        .cos();
    }
    let mut s7 = k::<D>(1.0);
    for i8 in x {
        let mut s9 = k::<D>(0.5);
        for i10 in 0..x.len() - 1 {
            let a11 = ((s7 - s7) + (((*i8).exp()).log2()))
                - p2_d(((*i8) + s7).sin(), x[i10].exp_m1().atan());
            s7 += (((a11.sin() * (k::<D>(i10 as f64))).atan()) * (-x[i10])
                + (s3 / ((x[i10] * x[i10] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .sin();
            s3 /= (k::<D>(1.0)) + (dmax(x[i10], x[i10 + 1]) * dmax(x[i10], x[i10 + 1]));
        }
        let mut s12: D = k::<D>(1.0);
        for i13 in 0..x.len() {
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((k::<D>(
                        (x[i13].tanh() / ((k::<D>(1.5)) + ((-a2).tanh())))
                            .re()
                            .round(),
                    )) * (((((((*i8).tanh()) * s3.atan()).tanh())
                        * ((k::<D>(1.0)) + ((-x[i13]) * (-x[i13]))).ln())
                    .exp())
                    .atan()))
                    .sin()));
            if ((*i8) + s3).re() >= ((*i8) * (*i8)).re() {
                continue;
            }
            let (u14, w15) = (a1, a1 * x[i13]);
            s12 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a1 - s3).sin()));
        }
        s7 = dmin(s7, a1.sin());
        s7 = dmin(s7, x[2].atan());
    }
    if dclamp(s3, k::<D>(-0.21), k::<D>(0.96)).re() > (k::<D>(-0.44)).re() {
        return (-x[0]) * (x[2] - (k::<D>(1.319)));
    }
    s7 *=
        (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((((k::<D>(-0.8)) - x[1]).atan()).exp()).cbrt()).sin()));
    s3 = ((k::<D>(0.5)) * s3)
        + ((if a2.re() >= (k::<D>(-0.81)).re() {
            a2
        } else {
            s7
        })
        .asinh());
    for i16 in 1..x.len() {
        let mut m17: D = a2;
        if i16 > 1 {
            continue;
        }
        s3 += a2.tanh();
        m17 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m17.tanh().sinh().sin());
    }
    ((k::<D>(0.001)) * ((((a1 + a2) + s3) + s7) + x[0])).tanh()
}

#[differentiable]
fn p15<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.0);
    for i2 in 1..5 {
        let a3 = if i2 < 0 {
            Float::log2(
                (c::<T>(1.0))
                    + ((x1 / ((c::<T>(1.5)) + x2.tanh())) * (x1 / ((c::<T>(1.5)) + x2.tanh()))),
            )
        } else {
            Float::powf(
                (c::<T>(1.5)) + Float::tanh(s1),
                (s1 / ((c::<T>(2.0)) + x0.sin())).atan(),
            )
        };
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * (((((c::<T>(-1.93)).ceil()) * s1.tanh()) + x1.cosh()).sin()));
        s1 /= (c::<T>(2.0)) + x1.sin();
    }
    s1 = ((c::<T>(0.5)) * s1) + ((s1 + (c::<T>(-0.5))).cos());
    let a4: T = x2.hypot(c::<T>(1.0)).cbrt() + ((c::<T>(std::f64::consts::E)).tanh());
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        if !(((c::<T>(2.0)) + x1.sin()).powf(x2) >= Float::tanh(c::<T>(i5 as f64))) {
            s1 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * (((((c::<T>(1.1))
                        + (((c::<T>(1.0)) + (x1 * x1)) * ((c::<T>(1.0)) + (x1 * x1))))
                        .acosh())
                        - Float::min(x0, x1))
                    .sin()));
        } else {
            s1 -= (((x0.atan() * Float::atan(s1)).round()) * Float::sin(s1)).sin();
        }
        let (u6, w7) = (s1, x2.max(x1));
        let a8 = p2(u6.tanh(), x2);
        s1 = ((c::<T>(0.5)) * s1)
            + ((T::atan(x2) - (a4 / ((c::<T>(1.0)) + ((c::<T>(V[i5])) * (c::<T>(V[i5])))))).sin());
        if i5 <= 0 {
            continue;
        }
        s1 += a8.tanh();
    }
    let a9: T = Float::tanh(s1 / ((c::<T>(2.0)) + ((c::<T>(core::f64::consts::PI)).sin())))
        * x0.mul_add(x1, s1).cos();
    T::tanh((c::<T>(0.001)) * ((((x1 + x2) - s1) + a4) + a9))
}

fn p15_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 1..5 {
        let a3 = if i2 < 0 {
            ((k::<D>(1.0))
                + ((x1 / ((k::<D>(1.5)) + x2.tanh())) * (x1 / ((k::<D>(1.5)) + x2.tanh()))))
            .log2()
        } else {
            (((s1 / ((k::<D>(2.0)) + x0.sin())).atan()) * ((k::<D>(1.5)) + s1.tanh()).ln()).exp()
        };
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>((k::<D>(-1.93)).re().ceil())) * s1.tanh()) + x1.cosh()).sin()));
        s1 /= (k::<D>(2.0)) + x1.sin();
    }
    s1 = ((k::<D>(0.5)) * s1) + ((s1 + (k::<D>(-0.5))).cos());
    let a4: D = (((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt())
        + ((k::<D>(std::f64::consts::E)).tanh());
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        if !(((x2 * ((k::<D>(2.0)) + x1.sin()).ln()).exp()).re()
            >= ((k::<D>(i5 as f64)).tanh()).re())
        {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((k::<D>(1.1))
                        + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1))))
                        .acosh())
                        - dmin(x0, x1))
                    .sin()));
        } else {
            s1 -= ((k::<D>((x0.atan() * s1.atan()).re().round())) * s1.sin()).sin();
        }
        let (u6, w7) = (s1, dmax(x2, x1));
        let a8 = p2_d(u6.tanh(), x2);
        s1 = ((k::<D>(0.5)) * s1)
            + ((x2.atan() - (a4 / ((k::<D>(1.0)) + ((k::<D>(V[i5])) * (k::<D>(V[i5])))))).sin());
        if i5 <= 0 {
            continue;
        }
        s1 += a8.tanh();
    }
    let a9: D = ((s1 / ((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin()))).tanh())
        * ((x0 * x1 + s1).cos());
    ((k::<D>(0.001)) * ((((x1 + x2) - s1) + a4) + a9)).tanh()
}

#[differentiable]
fn p16(x0: f64, x1: f64) -> f64 {
    let mut m1 = Float::sin(p3(x0, x1, x0) - 0.825f64.sinh()).sin().tan();
    let a2 = (1.1
        + ((1.0 + (Float::cos(m1.cosh()) * m1.cosh().cos()))
            * (1.0f64 + (Float::cos(m1.cosh()) * Float::cos(f64::cosh(m1))))))
    .acosh();
    for i3 in 0..=2 {
        let a4 = Float::exp(f64::tanh(0.1 + x0.atan2(0.5 + (m1 * m1)))).log10();
        let a5 = if m1 >= (1.1 + ((2.0 + Float::sin(a2)) * (2.0 + Float::sin(a2)))).acosh() {
            x0
        } else {
            x0.hypot(1.0).log10()
        };
        m1 = (0.5 * m1) + f64::exp2((a5 - m1).cos()).atan();
    }
    if m1.clamp(-0.16, 1.3) >= Float::tan(std::f64::consts::E.cos().sin()) {
        m1 = (0.5 * m1) + (-(Float::sin(x1).tan() + (x0 / f64::hypot(a2, 1.0))));
    } else {
        m1 *= 1.0
            + (0.3
                * ((Float::atan(Float::powf(1.0_f64 + (0.49 * 0.49f64), x0))
                    - Float::ln(
                        1.0 + ((if m1 > -0.69 { -0.4 } else { a2 })
                            * (if m1 > -0.69f64 { -0.4f64 } else { a2 })),
                    ))
                .sin()));
    }
    ((x0 - x1) + m1) + a2
}

fn p16_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = (((p3_d(x0, x1, x0) - ((k::<D>(0.825)).sinh())).sin()).sin()).tan();
    let a2 = ((k::<D>(1.1))
        + (((k::<D>(1.0)) + (m1.cosh().cos() * m1.cosh().cos()))
            * ((k::<D>(1.0)) + (m1.cosh().cos() * m1.cosh().cos()))))
    .acosh();
    for i3 in 0..=2 {
        let a4 = ((((k::<D>(0.1)) + datan2(x0, (k::<D>(0.5)) + (m1 * m1))).tanh()).exp()).log10();
        let a5 = if m1.re()
            >= (((k::<D>(1.1)) + (((k::<D>(2.0)) + a2.sin()) * ((k::<D>(2.0)) + a2.sin()))).acosh())
                .re()
        {
            x0
        } else {
            ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()
        };
        m1 = ((k::<D>(0.5)) * m1) + ((((a5 - m1).cos()).exp2()).atan());
    }
    if dclamp(m1, k::<D>(-0.16), k::<D>(1.3)).re()
        >= ((((k::<D>(std::f64::consts::E)).cos()).sin()).tan()).re()
    {
        m1 = ((k::<D>(0.5)) * m1)
            + (-(x1.sin().tan() + (x0 / ((a2 * a2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))));
    } else {
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((x0 * ((k::<D>(1.0)) + ((k::<D>(0.49)) * (k::<D>(0.49)))).ln()).exp())
                    .atan())
                    - (((k::<D>(1.0))
                        + ((if m1.re() > (k::<D>(-0.69)).re() {
                            k::<D>(-0.4)
                        } else {
                            a2
                        }) * (if m1.re() > (k::<D>(-0.69)).re() {
                            k::<D>(-0.4)
                        } else {
                            a2
                        })))
                    .ln()))
                .sin()));
    }
    ((x0 - x1) + m1) + a2
}

#[differentiable]
fn p17(x: &[f64], y: f64) -> f64 {
    let a1 = Float::cbrt(f64::sin(Float::exp(y)).cosh());
    let mut s2 = 0.5;
    for i3 in 1..=5 {
        let (u4, w5) = (
            (0.5_f64 + (x[2].hypot(1.0) * x[2].hypot(1.0))).ln_1p(),
            x[1] * a1,
        );
        let a6 = -1.929;
        s2 = (0.5_f64 * s2) + Float::tanh(u4);
        if y + (i3 as f64) < {
            let t7 = x[3];
            x[5]
        } {
            continue;
        }
    }
    for i8 in x {
        let a9 = s2.tanh().exp2();
        let a10 = if y - a9 <= BETA / (1.0 + (1.3 * 1.3)) {
            -1.5
        } else {
            (1.5 + a9.tanh()).powi(0)
        };
        s2 -= a9.tanh();
        s2 -= ((-1.753).cos()).sin();
    }
    let a11 = if !(s2.cos() * 0.641_f64 >= y + (-1.48)) {
        (0.9 * f64::tanh(p13(x[0], a1.tanh(), 1.6.sin()) / Float::hypot(Float::min(y, y), 1.0)))
            .asin()
    } else {
        if Float::sin(x[1]) <= x[0] {
            p13(x[0].abs(), (1.0_f64 + (y * y)).powi(0), y.exp_m1().tanh())
        } else {
            x[2]
        }
    };
    (((y - a1) * s2) + a11) + x[4]
}

fn p17_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = y.exp().sin().cosh().cbrt();
    let mut s2 = k::<D>(0.5);
    for i3 in 1..=5 {
        let (u4, w5) = (
            ((k::<D>(0.5))
                + (((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .ln_1p(),
            x[1] * a1,
        );
        let a6 = k::<D>(-1.929);
        s2 = ((k::<D>(0.5)) * s2) + u4.tanh();
        if (y + (k::<D>(i3 as f64))).re()
            < ({
                let t7 = x[3];
                x[5]
            })
            .re()
        {
            continue;
        }
    }
    for i8 in x {
        let a9 = s2.tanh().exp2();
        let a10 = if (y - a9).re()
            <= ((k::<D>(BETA)) / ((k::<D>(1.0)) + ((k::<D>(1.3)) * (k::<D>(1.3))))).re()
        {
            k::<D>(-1.5)
        } else {
            ((k::<D>(1.5)) + a9.tanh()).powi(0)
        };
        s2 -= a9.tanh();
        s2 -= ((k::<D>(-1.753)).cos()).sin();
    }
    let a11 = if !((s2.cos() * (k::<D>(0.641))).re() >= (y + (k::<D>(-1.48))).re()) {
        ((k::<D>(0.9))
            * ((p13_d(x[0], a1.tanh(), (k::<D>(1.6)).sin())
                / ((dmin(y, y) * dmin(y, y) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            .tanh()))
        .asin()
    } else {
        if x[1].sin().re() <= x[0].re() {
            p13_d(
                x[0].abs(),
                ((k::<D>(1.0)) + (y * y)).powi(0),
                y.exp_m1().tanh(),
            )
        } else {
            x[2]
        }
    };
    (((y - a1) * s2) + a11) + x[4]
}

#[differentiable]
fn p18(x: &[f64], nk: usize) -> f64 {
    let a1 = x[3];
    let a2 = std::f64::consts::E.cos().sinh();
    let mut s3: f64 = 0.0;
    for i4 in 1..2 {
        s3 *= 1.0_f64
            + (0.3
                * f64::mul_add(
                    Float::tanh(f64::log2(
                        1.0_f64 + (((x[5] / x[4].exp()).cos()) * Float::cos(x[5] / x[4].exp())),
                    )),
                    Float::tanh(
                        (1.0 + (Float::atan(x[5].exp().sqrt()) * x[5].exp().sqrt().atan()))
                            .powf(f64::tanh(1.96 / (2.0f64 + V[i4].sin()))),
                    ),
                    (((1.1 + (f64::exp((i4 as f64)) * f64::exp((i4 as f64)))).acosh()).trunc())
                        * ((x[1] + a2).atan()),
                )
                .sin());
        s3 = ((0.7 * s3)
            + (x[0].mul_add(a2.cos(), x[4]) / (1.5 + Float::tanh((i4 as f64).atan()))))
        .tanh();
        s3 *= 1.0_f64 + (0.3 * f64::sin(x[0]));
    }
    let mut m5 = x[5];
    let (u6, w7) = (x[4].cos(), x[4]);
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let a9: f64 = ((s3 - x[4]).sin()).cos();
        let a10 = f64::powi(2.0 + 0.08.sin(), -2);
        m5 *= 1.0 + (0.3 * ((1.5 + f64::tanh(f64::sin(s3))).cos()));
    }
    ((((a2 + s3) + m5) + u6) + w7) + x[1]
}

fn p18_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = x[3];
    let a2 = ((k::<D>(std::f64::consts::E)).cos()).sinh();
    let mut s3: D = k::<D>(0.0);
    for i4 in 1..2 {
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(1.0))
                    + (((x[5] / x[4].exp()).cos()) * ((x[5] / x[4].exp()).cos())))
                .log2())
                .tanh())
                    * ((((((k::<D>(1.96)) / ((k::<D>(2.0)) + ((k::<D>(V[i4])).sin())))
                        .tanh())
                        * ((k::<D>(1.0))
                            + (x[5].exp().sqrt().atan() * x[5].exp().sqrt().atan()))
                        .ln())
                    .exp())
                    .tanh())
                    + ((k::<D>(
                        (((k::<D>(1.1))
                            + (((k::<D>(i4 as f64)).exp()) * ((k::<D>(i4 as f64)).exp())))
                        .acosh())
                        .re()
                        .trunc(),
                    )) * ((x[1] + a2).atan())))
                .sin()));
        s3 = (((k::<D>(0.7)) * s3)
            + ((x[0] * a2.cos() + x[4]) / ((k::<D>(1.5)) + (((k::<D>(i4 as f64)).atan()).tanh()))))
        .tanh();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[0].sin());
    }
    let mut m5 = x[5];
    let (u6, w7) = (x[4].cos(), x[4]);
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let a9: D = ((s3 - x[4]).sin()).cos();
        let a10 = ((k::<D>(2.0)) + ((k::<D>(0.08)).sin())).powi(-2);
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + s3.sin().tanh()).cos()));
    }
    ((((a2 + s3) + m5) + u6) + w7) + x[1]
}

#[differentiable]
fn p19<T: Float>(x: &[T]) -> T {
    let a2 = (({
        let t1 = c::<T>(BETA);
        x[1]
    })
    .atan())
    .max(((c::<T>(-0.6)) * (c::<T>(BETA))) * ((c::<T>(core::f64::consts::PI)) + (c::<T>(ALPHA))));
    let a3 = if Float::atan(x[2]) < a2 - a2 {
        c::<T>(ALPHA)
    } else {
        a2
    };
    let mut s4 = c::<T>(0.0);
    for i5 in 0..x.len() / 2 {
        let mut s6: T = c::<T>(1.0);
        for i7 in 0..1 {
            let a8 = T::asin((c::<T>(0.9)) * Float::tanh(x[2 * i5])).cos();
            if i7 < 1 {
                s6 = s6
                    * ((c::<T>(1.0))
                        + ((c::<T>(0.3))
                            * Float::sin(
                                T::tanh(a3.max(x[2 * i5])).mul_add(
                                    (a3 / ((c::<T>(1.5)) + a2.tanh())).sin(),
                                    Float::sqrt((c::<T>(2.0)) + s6.sin()),
                                ) - (s4.sin().exp2() + x[2 * i5]),
                            )));
            } else {
                s6 = s6
                    * (T::one()
                        + ((c::<T>(0.3))
                            * (((((x[2 * i5 + 1] - (c::<T>(1.3)))
                                * (((c::<T>(1.1))
                                    + ((T::one() + (x[2 * i5 + 1] * x[2 * i5 + 1]))
                                        * ((c::<T>(1.0))
                                            + (x[2 * i5 + 1] * x[2 * i5 + 1]))))
                                    .acosh()))
                            .cos())
                                * ((((c::<T>(2.0)) + s4.sin()).sqrt()) * (c::<T>(V[i7]))))
                            .sin())));
            }
            s4 = s4
                * ((c::<T>(1.0))
                    + (T::from(0.3).unwrap()
                        * Float::sin(T::hypot(
                            ((c::<T>(1.0)) + (x[2 * i5 + 1] * x[2 * i5 + 1])).log2(),
                            (c::<T>(0.5)) + ((a3 - a8) * (a3 - a8)),
                        ))));
            s6 =
                s6 - T::cos(T::sin(s6).mul_add(c::<T>(-1.487), x[2 * i5 + 1]) + T::exp2(a3.tanh()));
        }
        s4 = ((c::<T>(0.5)) * s4)
            + ((((c::<T>(0.9)) * ((((c::<T>(ALPHA)) + x[2 * i5 + 1]).cos()).sin())).atanh()).cos());
        if i5 % 2 == 0 {
            break;
        }
        s6 = (T::from(0.5).unwrap() * s6)
            + (((T::from(0.5).unwrap()
                + (T::cos(if i5 != 3 { c::<T>(0.03) } else { a2 }).cosh()
                    * (((if i5 != 3 { c::<T>(0.03) } else { a2 }).cos()).cosh())))
            .ln_1p())
            .sin());
    }
    for i9 in 0..x.len() {
        let a10 = if ((c::<T>(1.0)) + (x[i9] * x[i9])).log(Float::exp(
            (c::<T>(0.5)) + (T::from(0.4).unwrap() * x[i9].sin()),
        )) >= Float::sin(c::<T>(ALPHA)).powi(1)
        {
            ((Float::atan(a2) * a2.cos())
                / ((x[i9] / ((c::<T>(1.0)) + ((c::<T>(V[i9])) * (c::<T>(V[i9])))))
                    .hypot(c::<T>(1.0))))
            .mul_add(
                T::from(-1.85).unwrap(),
                Float::sin(a2 + (c::<T>(1.55))).exp2(),
            )
        } else {
            T::cosh(c::<T>(1.779)).sin()
                / (T::one() + ((((c::<T>(0.7)).tanh()).atan()) * Float::atan(T::tanh(c::<T>(0.7)))))
        };
        let a3: T = x[i9].sin();
        s4 = s4 + Float::atan(x[i9]);
        s4 = ((c::<T>(0.5)) * s4) + (((x[i9] + a10) / a10.hypot(c::<T>(1.0))).atan());
    }
    for i11 in 0..=4 {
        let a12 = (c::<T>(-0.975)).cosh();
        s4 = s4 - T::atan((-x[2]).cos());
        s4 = ((c::<T>(0.5)) * s4) + ((x[1] / ((c::<T>(2.0)) + x[2].sin())).atan());
    }
    ((c::<T>(0.001)) * (((a2 + a3) - s4) + x[0])).tanh()
}

fn p19_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a2 = dmax(
        ({
            let t1 = k::<D>(BETA);
            x[1]
        })
        .atan(),
        ((k::<D>(-0.6)) * (k::<D>(BETA))) * ((k::<D>(core::f64::consts::PI)) + (k::<D>(ALPHA))),
    );
    let a3 = if x[2].atan().re() < (a2 - a2).re() {
        k::<D>(ALPHA)
    } else {
        a2
    };
    let mut s4 = k::<D>(0.0);
    for i5 in 0..x.len() / 2 {
        let mut s6: D = k::<D>(1.0);
        for i7 in 0..1 {
            let a8 = (((k::<D>(0.9)) * x[2 * i5].tanh()).asin()).cos();
            if i7 < 1 {
                s6 *= (k::<D>(1.0))
                    + ((k::<D>(0.3))
                        * (((dmax(a3, x[2 * i5]).tanh()
                            * ((a3 / ((k::<D>(1.5)) + a2.tanh())).sin())
                            + (((k::<D>(2.0)) + s6.sin()).sqrt()))
                            - (s4.sin().exp2() + x[2 * i5]))
                            .sin()));
            } else {
                s6 *= (k::<D>(1.0))
                    + ((k::<D>(0.3))
                        * (((((x[2 * i5 + 1] - (k::<D>(1.3)))
                            * (((k::<D>(1.1))
                                + (((k::<D>(1.0)) + (x[2 * i5 + 1] * x[2 * i5 + 1]))
                                    * ((k::<D>(1.0)) + (x[2 * i5 + 1] * x[2 * i5 + 1]))))
                                .acosh()))
                        .cos())
                            * ((((k::<D>(2.0)) + s4.sin()).sqrt()) * (k::<D>(V[i7]))))
                        .sin()));
            }
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((((k::<D>(1.0)) + (x[2 * i5 + 1] * x[2 * i5 + 1])).log2())
                        * (((k::<D>(1.0)) + (x[2 * i5 + 1] * x[2 * i5 + 1])).log2())
                        + ((k::<D>(0.5)) + ((a3 - a8) * (a3 - a8)))
                            * ((k::<D>(0.5)) + ((a3 - a8) * (a3 - a8))))
                        .sqrt())
                    .sin()));
            s6 -= ((s6.sin() * (k::<D>(-1.487)) + x[2 * i5 + 1]) + a3.tanh().exp2()).cos();
        }
        s4 = ((k::<D>(0.5)) * s4)
            + ((((k::<D>(0.9)) * ((((k::<D>(ALPHA)) + x[2 * i5 + 1]).cos()).sin())).atanh()).cos());
        if i5 % 2 == 0 {
            break;
        }
        s6 = ((k::<D>(0.5)) * s6)
            + ((((k::<D>(0.5))
                + ((((if i5 != 3 { k::<D>(0.03) } else { a2 }).cos()).cosh())
                    * (((if i5 != 3 { k::<D>(0.03) } else { a2 }).cos()).cosh())))
            .ln_1p())
            .sin());
    }
    for i9 in 0..x.len() {
        let a10 = if (((k::<D>(1.0)) + (x[i9] * x[i9])).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[i9].sin())).exp()).ln())
        .re()
            >= (((k::<D>(ALPHA)).sin()).powi(1)).re()
        {
            (((a2.atan() * a2.cos())
                / (((x[i9] / ((k::<D>(1.0)) + ((k::<D>(V[i9])) * (k::<D>(V[i9])))))
                    * (x[i9] / ((k::<D>(1.0)) + ((k::<D>(V[i9])) * (k::<D>(V[i9])))))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt()))
                * (k::<D>(-1.85))
                + (((a2 + (k::<D>(1.55))).sin()).exp2()))
        } else {
            (((k::<D>(1.779)).cosh()).sin())
                / ((k::<D>(1.0))
                    + ((((k::<D>(0.7)).tanh()).atan()) * (((k::<D>(0.7)).tanh()).atan())))
        };
        let a3: D = x[i9].sin();
        s4 += x[i9].atan();
        s4 = ((k::<D>(0.5)) * s4)
            + (((x[i9] + a10) / ((a10 * a10 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).atan());
    }
    for i11 in 0..=4 {
        let a12 = (k::<D>(-0.975)).cosh();
        s4 -= ((-x[2]).cos()).atan();
        s4 = ((k::<D>(0.5)) * s4) + ((x[1] / ((k::<D>(2.0)) + x[2].sin())).atan());
    }
    ((k::<D>(0.001)) * (((a2 + a3) - s4) + x[0])).tanh()
}

#[differentiable]
fn p20<T>(x0: T, x1: T, x2: T, nk: usize) -> T
where
    T: Float,
{
    let a1: T = x1;
    let mut s2: T = c::<T>(0.5);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = Float::atan(T::ln_1p(
            T::from(0.5).unwrap()
                + ((T::one() + (T::sin(s2) * T::sin(s2)))
                    * ((c::<T>(1.0)) + (s2.sin() * s2.sin()))),
        ));
        let mut m5: T = T::exp_m1(a4);
        s2 = s2 + ((-(-x0)).tanh());
        m5 = m5
            / (((c::<T>(i3 as f64)).atan2(T::from(0.5).unwrap() + (a1 * a1))).hypot(c::<T>(1.0)));
    }
    let mut s6 = c::<T>(0.0);
    for i7 in 0..2 {
        let mut m8 = ((x1.round() * T::atan(s6)).sin())
            / T::atan(
                ((c::<T>(1.0)) + (Float::powi(a1, 1) * a1.powi(1)))
                    .powf(Float::tan(T::atan(s2).sin()).sin()),
            )
            .exp();
        for i9 in 0..nk {
            let a10 = ((c::<T>(i7 as f64)) / ((c::<T>(2.0)) + x1.sin())).exp_m1();
            m8 = m8 + s2.atan();
            m8 = m8 / Float::hypot(s2 + a10, c::<T>(1.0));
        }
        let a11 = x2;
        s2 = s2 + ((x1 + x1).tanh());
    }
    s6 = s6 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((c::<T>(1.416)).sin())));
    let (u12, w13) = (
        (x2.abs() + T::powf(T::from(2.0).unwrap() + T::sin(a1), a1)) * (c::<T>(1.04)),
        Float::powf((c::<T>(1.0)) + (a1 * a1), s6.tanh())
            .atan()
            .mul_add(T::from(0.108).unwrap(), a1.atan())
            * x2,
    );
    T::tanh((c::<T>(0.001)) * ((((a1 + s2) * s6) + u12) + w13))
}

fn p20_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1: D = x1;
    let mut s2: D = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = (((k::<D>(0.5))
            + (((k::<D>(1.0)) + (s2.sin() * s2.sin())) * ((k::<D>(1.0)) + (s2.sin() * s2.sin()))))
        .ln_1p())
        .atan();
        let mut m5: D = a4.exp_m1();
        s2 += (-(-x0)).tanh();
        m5 /= (datan2(k::<D>(i3 as f64), (k::<D>(0.5)) + (a1 * a1))
            * datan2(k::<D>(i3 as f64), (k::<D>(0.5)) + (a1 * a1))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
    }
    let mut s6 = k::<D>(0.0);
    for i7 in 0..2 {
        let mut m8 = (((k::<D>(x1.re().round())) * s6.atan()).sin())
            / ((((s2.atan().sin().tan().sin()
                * ((k::<D>(1.0)) + (a1.powi(1) * a1.powi(1))).ln())
            .exp())
            .atan())
            .exp());
        for i9 in 0..nk {
            let a10 = ((k::<D>(i7 as f64)) / ((k::<D>(2.0)) + x1.sin())).exp_m1();
            m8 += s2.atan();
            m8 /= ((s2 + a10) * (s2 + a10) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        }
        let a11 = x2;
        s2 += (x1 + x1).tanh();
    }
    s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(1.416)).sin()));
    let (u12, w13) = (
        (x2.abs() + ((a1 * ((k::<D>(2.0)) + a1.sin()).ln()).exp())) * (k::<D>(1.04)),
        ((((s6.tanh() * ((k::<D>(1.0)) + (a1 * a1)).ln()).exp()).atan()) * (k::<D>(0.108))
            + a1.atan())
            * x2,
    );
    ((k::<D>(0.001)) * ((((a1 + s2) * s6) + u12) + w13)).tanh()
}

#[differentiable]
fn p21<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.5);
    for i2 in 0..2 {
        if c::<T>(ALPHA) < c::<T>(0.86) {
            s1 -= T::cos(
                (c::<T>(V[i2]))
                    / (T::from(1.5).unwrap() + ((c::<T>(core::f64::consts::PI)).tanh())),
            )
            .exp2()
            .sin();
        } else {
            s1 += (((x1 + s1).sin()).powi(2)).tanh();
        }
        s1 -= (T::from(1.1).unwrap() / (T::from(2.0).unwrap() + x1.sin())).tanh();
        if x0.cos()
            <= T::hypot(
                c::<T>(std::f64::consts::E),
                (c::<T>(0.5)) + ((c::<T>(i2 as f64)) * (c::<T>(i2 as f64))),
            )
        {
            continue;
        }
    }
    let mut s3 = T::one();
    for i4 in 1..=4 {
        let (u5, w6) = (s1, (x1 + x1).atan());
        s1 *=
            (c::<T>(1.0)) + ((c::<T>(0.3)) * p7((c::<T>(W[i4])).sin(), x1, u5.cos()).powi(1).sin());
        s3 /= (c::<T>(2.0)) + Float::sin(c::<T>(V[i4]));
    }
    let a7: T = (((c::<T>(1.5)) + x2.tanh()).cbrt()) - x2.tanh();
    let mut m8 = ((c::<T>(1.0))
        + ((((s1 / (T::from(1.5).unwrap() + s3.tanh())) - x1).cos())
            * (((s1 / ((c::<T>(1.5)) + Float::tanh(s3))) - x1).cos())))
    .powi(-2);
    m8 = m8.max((((c::<T>(1.816)) + m8).atan()).atan2(
        -((c::<T>(0.5))
            + (T::atan2(
                x1,
                (c::<T>(0.5))
                    + (T::acosh((c::<T>(1.1)) + (s3.cos().exp() * T::exp(Float::cos(s3))))
                        * T::acosh((c::<T>(1.1)) + (s3.cos().exp() * s3.cos().exp()))),
            ) * x1.atan2(
                (c::<T>(0.5))
                    + ((((c::<T>(1.1)) + (s3.cos().exp() * T::exp(T::cos(s3)))).acosh())
                        * (((c::<T>(1.1)) + (s3.cos().exp() * Float::cos(s3).exp())).acosh())),
            ))),
    ));
    s1 -= s3.sin();
    ((c::<T>(0.001)) * ((((x2 + s1) + s3) + a7) + m8)).tanh()
}

fn p21_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..2 {
        if (k::<D>(ALPHA)).re() < (k::<D>(0.86)).re() {
            s1 -= ((((k::<D>(V[i2]))
                / ((k::<D>(1.5)) + ((k::<D>(core::f64::consts::PI)).tanh())))
            .cos())
            .exp2())
            .sin();
        } else {
            s1 += (((x1 + s1).sin()).powi(2)).tanh();
        }
        s1 -= ((k::<D>(1.1)) / ((k::<D>(2.0)) + x1.sin())).tanh();
        if x0.cos().re()
            <= (((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))
                + ((k::<D>(0.5)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64))))
                    * ((k::<D>(0.5)) + ((k::<D>(i2 as f64)) * (k::<D>(i2 as f64)))))
            .sqrt())
            .re()
        {
            continue;
        }
    }
    let mut s3 = k::<D>(1.0);
    for i4 in 1..=4 {
        let (u5, w6) = (s1, (x1 + x1).atan());
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * p7_d((k::<D>(W[i4])).sin(), x1, u5.cos()).powi(1).sin());
        s3 /= (k::<D>(2.0)) + ((k::<D>(V[i4])).sin());
    }
    let a7: D = (((k::<D>(1.5)) + x2.tanh()).cbrt()) - x2.tanh();
    let mut m8 = ((k::<D>(1.0))
        + ((((s1 / ((k::<D>(1.5)) + s3.tanh())) - x1).cos())
            * (((s1 / ((k::<D>(1.5)) + s3.tanh())) - x1).cos())))
    .powi(-2);
    m8 = dmax(
        m8,
        datan2(
            ((k::<D>(1.816)) + m8).atan(),
            -((k::<D>(0.5))
                + (datan2(
                    x1,
                    (k::<D>(0.5))
                        + ((((k::<D>(1.1)) + (s3.cos().exp() * s3.cos().exp())).acosh())
                            * (((k::<D>(1.1)) + (s3.cos().exp() * s3.cos().exp())).acosh())),
                ) * datan2(
                    x1,
                    (k::<D>(0.5))
                        + ((((k::<D>(1.1)) + (s3.cos().exp() * s3.cos().exp())).acosh())
                            * (((k::<D>(1.1)) + (s3.cos().exp() * s3.cos().exp())).acosh())),
                ))),
        ),
    );
    s1 -= s3.sin();
    ((k::<D>(0.001)) * ((((x2 + s1) + s3) + a7) + m8)).tanh()
}

#[differentiable]
fn p22<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1 = x1 / ((c::<T>(2.0)) + Float::sin(x1));
    let mut s2 = T::zero();
    for i3 in 0..4 {
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            let a5 = s2.atan();
            let a6: T = Float::powf(
                ((c::<T>(V[i4])) - x0).hypot(c::<T>(1.0)),
                (x1 + (c::<T>(W[i3]))).tanh(),
            ) * T::cos(x0).tanh();
            let a1: T = T::tanh(Float::clamp(a1, c::<T>(-1.03), c::<T>(0.92)));
            s2 = ((c::<T>(0.5)) * s2) + s2.tanh();
            if (c::<T>(1.5)) / ((c::<T>(1.0)) + (a1 * a1)) <= c::<T>(-0.04) {
                continue;
            }
        }
        s2 /= T::from(2.0).unwrap() + ((if x1 >= s2 { x1 } else { a1 }).sin());
    }
    let mut m7 = (a1 + x1).sin();
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        for i9 in 0..=3 {
            if i9 >= 2 {
                m7 = T::max(
                    m7,
                    (((c::<T>(core::f64::consts::PI)).sin()).mul_add(s2.sin(), c::<T>(BETA))).cos(),
                );
            } else {
                m7 += Float::hypot(s2, (c::<T>(0.5)) + (x0 * x0)).cos();
            }
            m7 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::cos(T::from(1.5).unwrap() + m7.tanh()));
            m7 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * x0.sin().sin());
        }
        s2 -= (c::<T>(-0.7)).atan();
        m7 += (a1 + x0).tanh();
        s2 -= (((c::<T>(0.5)) + (((c::<T>(2.0)) + s2.sin()) * ((c::<T>(2.0)) + T::sin(s2))))
            .ln_1p())
        .sin();
        if i8 % 2 == 1 {
            break;
        }
    }
    Float::tanh(T::from(0.001).unwrap() * ((((x0 + x1) + a1) + s2) + m7))
}

fn p22_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x1 / ((k::<D>(2.0)) + x1.sin());
    let mut s2 = k::<D>(0.0);
    for i3 in 0..4 {
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            let a5 = s2.atan();
            let a6: D = ((((x1 + (k::<D>(W[i3]))).tanh())
                * ((((k::<D>(V[i4])) - x0) * ((k::<D>(V[i4])) - x0)
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .ln())
            .exp())
                * x0.cos().tanh();
            let a1: D = dclamp(a1, k::<D>(-1.03), k::<D>(0.92)).tanh();
            s2 = ((k::<D>(0.5)) * s2) + s2.tanh();
            if ((k::<D>(1.5)) / ((k::<D>(1.0)) + (a1 * a1))).re() <= (k::<D>(-0.04)).re() {
                continue;
            }
        }
        s2 /= (k::<D>(2.0)) + ((if x1.re() >= s2.re() { x1 } else { a1 }).sin());
    }
    let mut m7 = (a1 + x1).sin();
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        for i9 in 0..=3 {
            if i9 >= 2 {
                m7 = dmax(
                    m7,
                    (((k::<D>(core::f64::consts::PI)).sin()) * s2.sin() + (k::<D>(BETA))).cos(),
                );
            } else {
                m7 += ((s2 * s2 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
                    .sqrt())
                .cos();
            }
            m7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + m7.tanh()).cos()));
            m7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.sin().sin());
        }
        s2 -= (k::<D>(-0.7)).atan();
        m7 += (a1 + x0).tanh();
        s2 -= (((k::<D>(0.5)) + (((k::<D>(2.0)) + s2.sin()) * ((k::<D>(2.0)) + s2.sin()))).ln_1p())
            .sin();
        if i8 % 2 == 1 {
            break;
        }
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + a1) + s2) + m7)).tanh()
}

#[differentiable]
fn p23(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        ((x0 + x1) - x2.mul_add(x2, x2)).abs(),
        (0.9 * f64::tanh(
            ((1.1_f64
                + (((x2 / (1.0 + (0.5_f64 * 0.5))).cosh())
                    * ((x2 / (1.0 + (0.5 * 0.5_f64))).cosh())))
            .acosh())
            .cos(),
        ))
        .asin(),
    );
    let a3: f64 = f64::sin((2.0_f64 + f64::sin(x0)).log2()).exp2();
    let (u4, w5) = (u1, 0.592_f64);
    let w5 = {
        let t6 = x1;
        u4.sin() * u1.cos()
    };
    let a7 = if (-1.647) / (1.5 + f64::tanh(a3)) > f64::asinh(BETA) {
        x1
    } else {
        if 1.281.tanh() >= f64::cos(u1).cosh() {
            f64::powi(Float::hypot(u1, 1.0), -2) + (-w5)
        } else {
            Float::sin(std::f64::consts::E).sinh().sin()
        }
    };
    let a8 = if Float::exp(Float::sin(u1)).powf(u4.atan()) >= a7 * w5 {
        x2 - (-0.701)
    } else {
        Float::exp(f64::hypot(a7, 1.0).powi(-2))
    };
    (((a3 + u4) + w5) + a7) + a8
}

fn p23_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        ((x0 + x1) - (x2 * x2 + x2)).abs(),
        ((k::<D>(0.9))
            * (((((k::<D>(1.1))
                + (((x2 / ((k::<D>(1.0)) + ((k::<D>(0.5)) * (k::<D>(0.5))))).cosh())
                    * ((x2 / ((k::<D>(1.0)) + ((k::<D>(0.5)) * (k::<D>(0.5))))).cosh())))
            .acosh())
            .cos())
            .tanh()))
        .asin(),
    );
    let a3: D = ((((k::<D>(2.0)) + x0.sin()).log2()).sin()).exp2();
    let (u4, w5) = (u1, k::<D>(0.592));
    let w5 = {
        let t6 = x1;
        u4.sin() * u1.cos()
    };
    let a7 =
        if ((k::<D>(-1.647)) / ((k::<D>(1.5)) + a3.tanh())).re() > ((k::<D>(BETA)).asinh()).re() {
            x1
        } else {
            if ((k::<D>(1.281)).tanh()).re() >= u1.cos().cosh().re() {
                (((u1 * u1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2)) + (-w5)
            } else {
                (((k::<D>(std::f64::consts::E)).sin()).sinh()).sin()
            }
        };
    let a8 = if ((u4.atan() * u1.sin().exp().ln()).exp()).re() >= (a7 * w5).re() {
        x2 - (k::<D>(-0.701))
    } else {
        (((a7 * a7 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2)).exp()
    };
    (((a3 + u4) + w5) + a7) + a8
}

#[differentiable]
fn p24(x: [f64; 3]) -> f64 {
    let a1 = (-0.12) - ((1.0_f64 + (BETA * BETA)).sqrt());
    let (u2, w3) = (x[1] + x[2], p13(x[2], a1.atan(), x[0]));
    let a4 = x[1];
    let mut s5: f64 = 0.5;
    for i6 in 0..x.len() - 1 {
        let mut m7 = (x[i6 + 1] - Float::sqrt(f64::exp(x[i6 + 1]))) * core::f64::consts::PI;
        s5 -= f64::atan(x[i6]);
        m7 += ((a4 + x[i6])
            / (1.0f64
                + (f64::powf(1.85.exp(), Float::cos(W[i6])).tanh()
                    * f64::tanh(Float::powf(Float::exp(1.85), W[i6].cos())))))
        .atan();
    }
    ((((a1 + u2) + w3) * a4) + s5) + x[1]
}

fn p24_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(-0.12)) - (((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA)))).sqrt());
    let (u2, w3) = (x[1] + x[2], p13_d(x[2], a1.atan(), x[0]));
    let a4 = x[1];
    let mut s5: D = k::<D>(0.5);
    for i6 in 0..x.len() - 1 {
        let mut m7 = (x[i6 + 1] - x[i6 + 1].exp().sqrt()) * (k::<D>(core::f64::consts::PI));
        s5 -= x[i6].atan();
        m7 += ((a4 + x[i6])
            / ((k::<D>(1.0))
                + ((((((k::<D>(W[i6])).cos()) * ((k::<D>(1.85)).exp()).ln()).exp()).tanh())
                    * (((((k::<D>(W[i6])).cos()) * ((k::<D>(1.85)).exp()).ln()).exp()).tanh()))))
        .atan();
    }
    ((((a1 + u2) + w3) * a4) + s5) + x[1]
}

#[differentiable]
fn p25<T: Float + NumAssign>(x: [T; 4], y: T) -> T {
    let mut s1 = T::one();
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = T::ln_1p((c::<T>(0.5)) + (T::exp(s1.atan()) * s1.atan().exp()));
        let mut m4 = (((((c::<T>(BETA)).atan()).cosh())
            .log((T::from(0.5).unwrap() + ((c::<T>(0.4)) * x[2].sin())).exp()))
        .tanh())
        .exp_m1();
        m4 = ((c::<T>(0.5)) * m4) + Float::tanh(-x[0]);
        m4 -= m4.asinh().tanh();
    }
    for i5 in 2..=4 {
        let a6 = Float::log(
            Float::hypot(c::<T>(W[i5]), c::<T>(1.0)),
            Float::exp(T::from(0.5).unwrap() + ((c::<T>(0.4)) * Float::sin(x[1]))),
        );
        if y + y >= T::from(0.5).unwrap() {
            continue;
        }
        let y = Float::atan2((c::<T>(V[i5])) / x[3].exp(), -((c::<T>(0.5)) + (s1 * s1)));
        s1 /= T::one() + (x[0] * x[0]);
    }
    let a7 = if s1 + y <= x[3] - x[3] {
        x[3].exp()
    } else {
        Float::tanh(x[2]) * s1.tanh()
    };
    for i8 in 0..=3 {
        let a9 = T::tanh(-x[0]);
        s1 -= (((T::from(0.9).unwrap() * ((c::<T>(-0.3)).tanh())).acos())
            - (((c::<T>(0.9)) * ((c::<T>(W[i8])).tanh())).atanh()))
        .cos();
        let a10 = T::atan(c::<T>(-1.8));
        s1 = s1.max(T::atan(
            ((c::<T>(1.0))
                + (({
                    let t11 = a10;
                    c::<T>(i8 as f64)
                }) * ({
                    let t11 = a10;
                    c::<T>(i8 as f64)
                })))
            .sqrt(),
        ));
        s1 = ((c::<T>(0.5)) * s1) + Float::tanh((c::<T>(V[i8])) - s1);
    }
    let a12: T = (y / (T::one() + (a7.atan() * a7.atan()))) * ((c::<T>(-1.557)) * a7);
    if -x[2] <= c::<T>(0.76) {
        s1 -= Float::tanh(Float::sin(a7 / ((c::<T>(1.0)) + (T::sin(a7) * T::sin(a7)))).cosh())
            .powi(1);
    } else {
        s1 += T::exp(a12.atan());
    }
    let a13 = if x[1] * (c::<T>(1.284)) <= c::<T>(0.22) {
        ((c::<T>(1.5)) + Float::tanh(y)).log2()
    } else {
        a7.clamp(c::<T>(-1.45), T::from(1.3).unwrap())
    };
    ((c::<T>(0.001)) * (((((y + s1) - a7) + a12) + a13) + x[3])).tanh()
}

fn p25_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = ((k::<D>(0.5)) + (s1.atan().exp() * s1.atan().exp())).ln_1p();
        let mut m4 = (((((k::<D>(BETA)).atan()).cosh()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[2].sin())).exp()).ln())
        .tanh())
        .exp_m1();
        m4 = ((k::<D>(0.5)) * m4) + ((-x[0]).tanh());
        m4 -= m4.asinh().tanh();
    }
    for i5 in 2..=4 {
        let a6 = ((((k::<D>(W[i5])) * (k::<D>(W[i5])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            .ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[1].sin())).exp()).ln());
        if (y + y).re() >= (k::<D>(0.5)).re() {
            continue;
        }
        let y = datan2((k::<D>(V[i5])) / x[3].exp(), -((k::<D>(0.5)) + (s1 * s1)));
        s1 /= (k::<D>(1.0)) + (x[0] * x[0]);
    }
    let a7 = if (s1 + y).re() <= (x[3] - x[3]).re() {
        x[3].exp()
    } else {
        x[2].tanh() * s1.tanh()
    };
    for i8 in 0..=3 {
        let a9 = (-x[0]).tanh();
        s1 -= ((((k::<D>(0.9)) * ((k::<D>(-0.3)).tanh())).acos())
            - (((k::<D>(0.9)) * ((k::<D>(W[i8])).tanh())).atanh()))
        .cos();
        let a10 = (k::<D>(-1.8)).atan();
        s1 = dmax(
            s1,
            (((k::<D>(1.0))
                + (({
                    let t11 = a10;
                    k::<D>(i8 as f64)
                }) * ({
                    let t11 = a10;
                    k::<D>(i8 as f64)
                })))
            .sqrt())
            .atan(),
        );
        s1 = ((k::<D>(0.5)) * s1) + (((k::<D>(V[i8])) - s1).tanh());
    }
    let a12: D = (y / ((k::<D>(1.0)) + (a7.atan() * a7.atan()))) * ((k::<D>(-1.557)) * a7);
    if (-x[2]).re() <= (k::<D>(0.76)).re() {
        s1 -= ((((a7 / ((k::<D>(1.0)) + (a7.sin() * a7.sin()))).sin()).cosh()).tanh()).powi(1);
    } else {
        s1 += a12.atan().exp();
    }
    let a13 = if (x[1] * (k::<D>(1.284))).re() <= (k::<D>(0.22)).re() {
        ((k::<D>(1.5)) + y.tanh()).log2()
    } else {
        dclamp(a7, k::<D>(-1.45), k::<D>(1.3))
    };
    ((k::<D>(0.001)) * (((((y + s1) - a7) + a12) + a13) + x[3])).tanh()
}

#[differentiable]
fn p26(x: &[f64]) -> f64 {
    let a1: f64 = BETA.cos();
    let a2 = -(((a1 * 0.1).cosh()).log2());
    let mut m3 = Float::mul_add(x[0], x[1], a2);
    if (0.9 * Float::sin(a2).tanh()).acos() > -0.13 {
        m3 = (0.5 * m3) + (a1 * 1.21);
    } else {
        m3 /= 2.0f64 + m3.sin();
    }
    let (u4, w5) = (-1.77, a1 - x[0]);
    ((((a1 * a2) - m3) + u4) + w5) + x[2]
}

fn p26_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(BETA)).cos();
    let a2 = -(((a1 * (k::<D>(0.1))).cosh()).log2());
    let mut m3 = (x[0] * x[1] + a2);
    if (((k::<D>(0.9)) * a2.sin().tanh()).acos()).re() > (k::<D>(-0.13)).re() {
        m3 = ((k::<D>(0.5)) * m3) + (a1 * (k::<D>(1.21)));
    } else {
        m3 /= (k::<D>(2.0)) + m3.sin();
    }
    let (u4, w5) = (k::<D>(-1.77), a1 - x[0]);
    ((((a1 * a2) - m3) + u4) + w5) + x[2]
}

#[differentiable]
fn p27(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        s1 -= ((1.1f64 + (BETA.hypot(1.0f64) * f64::hypot(BETA, 1.0))).acosh()).sin();
        let a3 = ((i2 as f64) + (i2 as f64)) + (Float::sin(s1) * x0);
        s1 += (a3.sin() * s1.atan()).cos();
    }
    let (u4, w5) = (
        ((ALPHA * x2).tanh()).exp(),
        ((x2 / (1.0f64 + ((-0.0) * (-0.0)))) * (s1.cos() * x0)).atan(),
    );
    let a6 = s1;
    for i7 in 1..3 {
        if (0.9 * x2.tanh()).atanh() > -0.89_f64 {
            break;
        }
        let a8: f64 = Float::hypot(x1 * x0, 1.0f64).powi(0).cos();
        if i7 >= 1 {
            s1 = (0.5 * s1) + Float::cos((1.0 + (x1 * x1)).powf(a6.sin()));
        } else {
            s1 += (a6 / (2.0_f64 + f64::sin(u4))).atan();
        }
        s1 = (0.5 * s1) + ((u4 / (2.0 + u4.sin())).atan());
    }
    let a9: f64 = x2;
    let mut m10 = a9;
    let mut m11 = a9 + x1;
    (((w5 + a6) - a9) * m10) + m11
}

fn p27_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        s1 -= (((k::<D>(1.1))
            + ((((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * (((k::<D>(BETA)) * (k::<D>(BETA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh())
        .sin();
        let a3 = ((k::<D>(i2 as f64)) + (k::<D>(i2 as f64))) + (s1.sin() * x0);
        s1 += (a3.sin() * s1.atan()).cos();
    }
    let (u4, w5) = (
        (((k::<D>(ALPHA)) * x2).tanh()).exp(),
        ((x2 / ((k::<D>(1.0)) + ((k::<D>(-0.0)) * (k::<D>(-0.0))))) * (s1.cos() * x0)).atan(),
    );
    let a6 = s1;
    for i7 in 1..3 {
        if (((k::<D>(0.9)) * x2.tanh()).atanh()).re() > (k::<D>(-0.89)).re() {
            break;
        }
        let a8: D =
            ((((x1 * x0) * (x1 * x0) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0)).cos();
        if i7 >= 1 {
            s1 = ((k::<D>(0.5)) * s1)
                + (((a6.sin() * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp()).cos());
        } else {
            s1 += (a6 / ((k::<D>(2.0)) + u4.sin())).atan();
        }
        s1 = ((k::<D>(0.5)) * s1) + ((u4 / ((k::<D>(2.0)) + u4.sin())).atan());
    }
    let a9: D = x2;
    let mut m10 = a9;
    let mut m11 = a9 + x1;
    (((w5 + a6) - a9) * m10) + m11
}

#[differentiable]
fn p28<T: Float>(x: [T; 4]) -> T {
    let a1 = c::<T>(core::f64::consts::PI);
    let mut s2 = c::<T>(0.5);
    for i3 in 0..4 {
        let mut s4: T = c::<T>(0.5);
        for i5 in 0..x.len() - 1 {
            let (u6, w7) = (
                Float::exp(Float::atan(p2(Float::atan(a1), Float::tanh(a1)))).powi(-1)
                    + ((if s4 <= s4 { c::<T>(1.64) } else { x[i5] }) + (c::<T>(i5 as f64))),
                ((c::<T>(0.9)) * T::sin(((c::<T>(-1.114)).sinh()).cos())).asin(),
            );
            s4 =
                Float::tanh(((c::<T>(0.7)) * s4) + (s2 / ((c::<T>(1.5)) + (((-s2).sin()).tanh()))));
            s2 = (T::from(0.5).unwrap() * s2) + Float::min(a1, c::<T>(V[i3])).cos();
        }
        let a8 = x[0];
        s4 = s4 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * x[0].sin()));
    }
    let mut m9 = ((c::<T>(0.9)) * a1.sin().tanh()).atanh();
    let a10 = s2 / m9.hypot(c::<T>(1.0));
    for i11 in 1..4 {
        let a12 = x[3].exp_m1();
        m9 = m9 - T::cos(T::from(-0.688).unwrap().exp());
    }
    (T::from(0.001).unwrap() * ((((a1 + s2) + m9) + a10) + x[3])).tanh()
}

fn p28_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(core::f64::consts::PI);
    let mut s2 = k::<D>(0.5);
    for i3 in 0..4 {
        let mut s4: D = k::<D>(0.5);
        for i5 in 0..x.len() - 1 {
            let (u6, w7) = (
                p2_d(a1.atan(), a1.tanh()).atan().exp().powi(-1)
                    + ((if s4.re() <= s4.re() {
                        k::<D>(1.64)
                    } else {
                        x[i5]
                    }) + (k::<D>(i5 as f64))),
                ((k::<D>(0.9)) * ((((k::<D>(-1.114)).sinh()).cos()).sin())).asin(),
            );
            s4 = (((k::<D>(0.7)) * s4) + (s2 / ((k::<D>(1.5)) + (((-s2).sin()).tanh())))).tanh();
            s2 = ((k::<D>(0.5)) * s2) + dmin(a1, k::<D>(V[i3])).cos();
        }
        let a8 = x[0];
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[0].sin());
    }
    let mut m9 = ((k::<D>(0.9)) * a1.sin().tanh()).atanh();
    let a10 = s2 / ((m9 * m9 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    for i11 in 1..4 {
        let a12 = x[3].exp_m1();
        m9 -= ((k::<D>(-0.688)).exp()).cos();
    }
    ((k::<D>(0.001)) * ((((a1 + s2) + m9) + a10) + x[3])).tanh()
}

#[differentiable]
fn p29(x: &[f64]) -> f64 {
    let a1: f64 = (0.9 * x[3].tanh()).asin();
    let a2 = if Float::cos(a1).exp2() < a1 * ALPHA {
        x[3] + x[2]
    } else {
        a1
    };
    let a3 = if -(-1.8) >= 0.96 {
        a1
    } else {
        (0.9 * ((-1.49f64).tanh())).asin()
    };
    let a4 = if a1.atan().sinh() > a2 + a1 || x[3] < 0.5_f64 {
        f64::asin(0.9 * Float::atan(a3).tanh())
    } else {
        x[1]
    };
    let a6 = if (0.9 * a4.tanh().sin()).asin() < a2.cos().exp() {
        (0.9_f64 * f64::sin(Float::sin((-1.13) * a1))).acos()
    } else {
        {
            let t5 = p3(x[4], BETA.tanh(), a2.tanh());
            (1.5 + x[0].tanh()).cbrt()
        }
    };
    ((((a1 + a2) + a3) + a4) + a6) + x[3]
}

fn p29_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(0.9)) * x[3].tanh()).asin();
    let a2 = if a1.cos().exp2().re() < (a1 * (k::<D>(ALPHA))).re() {
        x[3] + x[2]
    } else {
        a1
    };
    let a3 = if (-(k::<D>(-1.8))).re() >= (k::<D>(0.96)).re() {
        a1
    } else {
        ((k::<D>(0.9)) * ((k::<D>(-1.49)).tanh())).asin()
    };
    let a4 = if a1.atan().sinh().re() > (a2 + a1).re() || x[3].re() < (k::<D>(0.5)).re() {
        ((k::<D>(0.9)) * a3.atan().tanh()).asin()
    } else {
        x[1]
    };
    let a6 = if (((k::<D>(0.9)) * a4.tanh().sin()).asin()).re() < a2.cos().exp().re() {
        ((k::<D>(0.9)) * ((((k::<D>(-1.13)) * a1).sin()).sin())).acos()
    } else {
        {
            let t5 = p3_d(x[4], (k::<D>(BETA)).tanh(), a2.tanh());
            ((k::<D>(1.5)) + x[0].tanh()).cbrt()
        }
    };
    ((((a1 + a2) + a3) + a4) + a6) + x[3]
}

#[differentiable]
fn p30(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1: f64 = Float::tanh(x0) / (1.0 + (x1.asinh() * x1.asinh()));
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let (u3, w4) = (
            (x0 * x2) / (2.0 + ((if i2 <= 1 { x0 } else { x0 }).sin())),
            x1,
        );
        m1 = (0.5f64 * m1) + ((i2 as f64).tanh());
        if (i2 as f64) > Float::log10(1.0 + (x2 * x2)) {
            break;
        }
        m1 += ((0.5
            + ((((W[i2] * std::f64::consts::E).atan()).cosh())
                * f64::atan(W[i2] * std::f64::consts::E).cosh()))
        .ln_1p())
        .atan();
    }
    let mut s5: f64 = 1.0;
    for i6 in 0..=4 {
        if i6 % 2 == 0 {
            continue;
        }
        s5 -= x1.tanh();
        s5 = ((0.7 * s5) + Float::sin(x0).tan()).cos();
        if i6 < 0 {
            s5 += (-1.2f64).sin();
        } else {
            m1 = f64::sin((0.7 * m1) + s5.hypot(0.5 + ((i6 as f64) * (i6 as f64))));
        }
        m1 *= 1.0 + (0.3 * ((x1.signum() * x2).sin()));
        m1 *= 1.0 + (0.3_f64 * f64::sin(f64::cos(s5)));
    }
    let a7 = if f64::exp(x2) >= m1.sin().mul_add(x2, x0) {
        std::f64::consts::E.asinh()
    } else {
        (1.0 + (1.41 * 1.41)).ln()
    };
    s5 += x0;
    for i8 in 2..6 {
        let mut s9 = 0.5;
        for i10 in 0..=2 {
            let mut m11 = -1.117;
            s9 *= 1.0 + (0.3_f64 * x1.sin());
            m11 /= 2.0 + Float::sin(m11);
        }
        s9 -= (-0.3f64).tanh();
        m1 *= 1.0 + (0.3f64 * s9.sin());
        s5 -= f64::atan(x1).atan();
    }
    if x1 < a7.asinh() {
        s5 -= (((-0.59f64) * 1.424.cosh()).tanh()).mul_add(
            Float::log2(1.5_f64 + Float::tanh(Float::tanh(s5) * BETA)),
            x1,
        );
    } else {
        m1 = (0.5 * m1)
            + ((((BETA * 0.62) * ((1.5 + f64::tanh(x2)).cbrt())) - x1.sin().cosh()).sin());
    }
    f64::tanh(0.001 * ((((x1 + x2) + m1) + s5) + a7))
}

fn p30_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = x0.tanh() / ((k::<D>(1.0)) + (x1.asinh() * x1.asinh()));
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let (u3, w4) = (
            (x0 * x2) / ((k::<D>(2.0)) + ((if i2 <= 1 { x0 } else { x0 }).sin())),
            x1,
        );
        m1 = ((k::<D>(0.5)) * m1) + ((k::<D>(i2 as f64)).tanh());
        if (k::<D>(i2 as f64)).re() > (((k::<D>(1.0)) + (x2 * x2)).log10()).re() {
            break;
        }
        m1 += (((k::<D>(0.5))
            + (((((k::<D>(W[i2])) * (k::<D>(std::f64::consts::E))).atan()).cosh())
                * ((((k::<D>(W[i2])) * (k::<D>(std::f64::consts::E))).atan()).cosh())))
        .ln_1p())
        .atan();
    }
    let mut s5: D = k::<D>(1.0);
    for i6 in 0..=4 {
        if i6 % 2 == 0 {
            continue;
        }
        s5 -= x1.tanh();
        s5 = (((k::<D>(0.7)) * s5) + x0.sin().tan()).cos();
        if i6 < 0 {
            s5 += (k::<D>(-1.2)).sin();
        } else {
            m1 = (((k::<D>(0.7)) * m1)
                + ((s5 * s5
                    + ((k::<D>(0.5)) + ((k::<D>(i6 as f64)) * (k::<D>(i6 as f64))))
                        * ((k::<D>(0.5)) + ((k::<D>(i6 as f64)) * (k::<D>(i6 as f64)))))
                .sqrt()))
            .sin();
        }
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(x1.re().signum())) * x2).sin()));
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s5.cos().sin());
    }
    let a7 = if x2.exp().re() >= (m1.sin() * x2 + x0).re() {
        (k::<D>(std::f64::consts::E)).asinh()
    } else {
        ((k::<D>(1.0)) + ((k::<D>(1.41)) * (k::<D>(1.41)))).ln()
    };
    s5 += x0;
    for i8 in 2..6 {
        let mut s9 = k::<D>(0.5);
        for i10 in 0..=2 {
            let mut m11 = k::<D>(-1.117);
            s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin());
            m11 /= (k::<D>(2.0)) + m11.sin();
        }
        s9 -= (k::<D>(-0.3)).tanh();
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s9.sin());
        s5 -= x1.atan().atan();
    }
    if x1.re() < a7.asinh().re() {
        s5 -= ((((k::<D>(-0.59)) * ((k::<D>(1.424)).cosh())).tanh())
            * (((k::<D>(1.5)) + ((s5.tanh() * (k::<D>(BETA))).tanh())).log2())
            + x1);
    } else {
        m1 = ((k::<D>(0.5)) * m1)
            + (((((k::<D>(BETA)) * (k::<D>(0.62))) * (((k::<D>(1.5)) + x2.tanh()).cbrt()))
                - x1.sin().cosh())
            .sin());
    }
    ((k::<D>(0.001)) * ((((x1 + x2) + m1) + s5) + a7)).tanh()
}

#[differentiable]
fn p31<T: Float>(x0: T, x1: T, x2: T) -> T {
    let mut m1: T = (x1 / ((c::<T>(1.0)) + ((c::<T>(-1.1)) * (c::<T>(-1.1))))).tanh();
    for i2 in 0..3 {
        let a3 = (c::<T>(i2 as f64)) + x2;
        let a4 = if i2 != 0 {
            Float::powi(x1, 3)
        } else {
            c::<T>(i2 as f64)
        };
        let a5 = ((c::<T>(0.9))
            * T::tanh(((((c::<T>(W[i2])) / ((c::<T>(2.0)) + T::sin(x1))).exp()).recip()).atan()))
        .acos();
        m1 = m1.min((c::<T>(-0.4)).sin());
    }
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7: T = Float::tan(x0.asinh().sin());
        let a8 = if Float::sin(m1) * (c::<T>(i6 as f64)) > ((c::<T>(ALPHA)).tanh()) * m1.tanh() {
            Float::powi(T::one() + (((-m1).sin()) * ((-m1).sin())), 0)
        } else {
            x1 * x0
        };
        m1 = ((c::<T>(0.5)) * m1) + x2.exp().sin();
        m1 = m1 / (T::from(2.0).unwrap() + x1.sin());
    }
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        let a10 = c::<T>(W[i9]);
        m1 = m1 + T::sin(x2);
        m1 = ((c::<T>(0.5)) * m1)
            + (((T::from(0.5).unwrap() + (x1.cosh() * Float::cosh(x1))).ln_1p()).cos());
    }
    m1 = m1 + (((c::<T>(1.1)) + (Float::sin(m1).exp() * T::sin(m1).exp())).acosh());
    m1 = m1 + x1.mul_add(x1, m1).cos();
    ((c::<T>(0.001)) * (((x0 * x1) + x2) + m1)).tanh()
}

fn p31_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = (x1 / ((k::<D>(1.0)) + ((k::<D>(-1.1)) * (k::<D>(-1.1))))).tanh();
    for i2 in 0..3 {
        let a3 = (k::<D>(i2 as f64)) + x2;
        let a4 = if i2 != 0 {
            x1.powi(3)
        } else {
            k::<D>(i2 as f64)
        };
        let a5 = ((k::<D>(0.9))
            * ((((((k::<D>(W[i2])) / ((k::<D>(2.0)) + x1.sin())).exp()).recip()).atan()).tanh()))
        .acos();
        m1 = dmin(m1, (k::<D>(-0.4)).sin());
    }
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7: D = x0.asinh().sin().tan();
        let a8 = if (m1.sin() * (k::<D>(i6 as f64))).re()
            > (((k::<D>(ALPHA)).tanh()) * m1.tanh()).re()
        {
            ((k::<D>(1.0)) + (((-m1).sin()) * ((-m1).sin()))).powi(0)
        } else {
            x1 * x0
        };
        m1 = ((k::<D>(0.5)) * m1) + x2.exp().sin();
        m1 /= (k::<D>(2.0)) + x1.sin();
    }
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        let a10 = k::<D>(W[i9]);
        m1 += x2.sin();
        m1 = ((k::<D>(0.5)) * m1) + ((((k::<D>(0.5)) + (x1.cosh() * x1.cosh())).ln_1p()).cos());
    }
    m1 += ((k::<D>(1.1)) + (m1.sin().exp() * m1.sin().exp())).acosh();
    m1 += (x1 * x1 + m1).cos();
    ((k::<D>(0.001)) * (((x0 * x1) + x2) + m1)).tanh()
}

#[differentiable]
fn p32(x: &[f64], y: f64) -> f64 {
    let a1 = Float::sin(((-1.4) / f64::exp(y)) / (2.0 + y.max(y).sin())).exp2();
    let (u2, w3) = ((1.5 + y.tanh()).log2(), -x[2]);
    let a4 = Float::sinh(((-1.346) + a1).tanh());
    let mut s5 = 0.0;
    for i6 in 0..2 {
        let mut s7: f64 = 0.5;
        for i8 in 0..x.len() {
            s7 = s7.min(Float::atan(a1 - (w3 / (1.0 + (a1.cos() * a1.cos())))));
            let (u9, w10) = (0.98f64 + x[i8], W[i8] - x[i8]);
            if y - u9 >= -0.45 {
                s5 = ((0.7 * s5)
                    + Float::exp((f64::log10(1.0 + (x[i8] * x[i8])) + x[i8].sin().tan()).atan()))
                .sin();
            } else {
                s5 *= 1.0
                    + (0.3
                        * Float::exp(
                            ((((1.0_f64 + (Float::atan(a4) * a4.atan())).log2()).sin()).cosh())
                                .sin(),
                        )
                        .cos());
            }
            s7 *= 1.0 + (0.3f64 * ((-Float::powf(w3.exp(), x[i8])).sin()));
            s5 -= (y - x[i8]).sin();
        }
        let a11 = u2.cos().sinh();
        if i6 % 2 == 0 {
            continue;
        }
        let (u12, w13) = (
            Float::exp((x[0] * u2).atan())
                .powf(f64::exp_m1(w3).sin())
                .hypot(1.0)
                .log2(),
            (((0.5f64 + (Float::cosh(x[1]) * x[1].cosh())).ln_1p()).cos()).exp_m1(),
        );
        s5 += Float::atan(w13.sin() * s5.sin());
    }
    let a14: f64 = u2 / (1.0 + (1.356 * 1.356));
    ((((u2 + w3) - a4) + s5) + a14) + x[2]
}

fn p32_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = ((((k::<D>(-1.4)) / y.exp()) / ((k::<D>(2.0)) + dmax(y, y).sin())).sin()).exp2();
    let (u2, w3) = (((k::<D>(1.5)) + y.tanh()).log2(), -x[2]);
    let a4 = (((k::<D>(-1.346)) + a1).tanh()).sinh();
    let mut s5 = k::<D>(0.0);
    for i6 in 0..2 {
        let mut s7: D = k::<D>(0.5);
        for i8 in 0..x.len() {
            s7 = dmin(
                s7,
                (a1 - (w3 / ((k::<D>(1.0)) + (a1.cos() * a1.cos())))).atan(),
            );
            let (u9, w10) = ((k::<D>(0.98)) + x[i8], (k::<D>(W[i8])) - x[i8]);
            if (y - u9).re() >= (k::<D>(-0.45)).re() {
                s5 = (((k::<D>(0.7)) * s5)
                    + ((((((k::<D>(1.0)) + (x[i8] * x[i8])).log10()) + x[i8].sin().tan()).atan())
                        .exp()))
                .sin();
            } else {
                s5 *= (k::<D>(1.0))
                    + ((k::<D>(0.3))
                        * ((((((((k::<D>(1.0)) + (a4.atan() * a4.atan())).log2()).sin())
                            .cosh())
                        .sin())
                        .exp())
                        .cos()));
            }
            s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-((x[i8] * w3.exp().ln()).exp())).sin()));
            s5 -= (y - x[i8]).sin();
        }
        let a11 = u2.cos().sinh();
        if i6 % 2 == 0 {
            continue;
        }
        let (u12, w13) = (
            ((((w3.exp_m1().sin() * (((x[0] * u2).atan()).exp()).ln()).exp())
                * ((w3.exp_m1().sin() * (((x[0] * u2).atan()).exp()).ln()).exp())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .log2(),
            ((((k::<D>(0.5)) + (x[1].cosh() * x[1].cosh())).ln_1p()).cos()).exp_m1(),
        );
        s5 += (w13.sin() * s5.sin()).atan();
    }
    let a14: D = u2 / ((k::<D>(1.0)) + ((k::<D>(1.356)) * (k::<D>(1.356))));
    ((((u2 + w3) - a4) + s5) + a14) + x[2]
}

#[differentiable]
fn p33<T: Float>(x: &[T], y: T, nk: usize) -> T {
    let y = ((c::<T>(1.5)) + ((c::<T>(core::f64::consts::PI)).tanh())).powf(y);
    let a1 = if y <= c::<T>(0.67) {
        -(((c::<T>(1.0)) + (x[0] * x[0])).sqrt())
    } else {
        Float::ceil(T::hypot(y, (c::<T>(0.5)) + (x[1] * x[1])))
            * (((c::<T>(1.1)) + ((T::from(2.0).unwrap() + y.sin()) * ((c::<T>(2.0)) + y.sin())))
                .acosh())
    };
    let a2 = ((c::<T>(0.4)).hypot(c::<T>(1.0))).log10();
    let mut s3 = c::<T>(0.5);
    for i4 in 0..x.len() / 2 {
        s3 = T::max(
            s3,
            ((((c::<T>(2.0)) + x[2 * i4 + 1].tanh().sin())
                .powf(T::tanh(Float::floor(a1) * x[2 * i4])))
                - ((if i4 < 0 { s3 } else { y })
                    .atan2(T::from(0.5).unwrap() + (T::sin(a2).tan() * T::tan(Float::sin(a2))))))
            .sin(),
        );
        s3 = s3 + ((((c::<T>(0.9)) * T::atan(x[2 * i4 + 1].exp2()).sin()).acos()).tanh());
    }
    s3 = s3 + (c::<T>(-0.72));
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let a6: T = (T::from(0.9).unwrap() * y.atan().sin()).atanh();
        let a7 = c::<T>(ALPHA);
        if !(a1 <= T::atan2(a1, -((c::<T>(0.5)) + (a2 * a2)))) {
            break;
        }
        s3 = s3 / ((c::<T>(2.0)) + ((((c::<T>(-1.65)).tanh()) * Float::tanh(s3)).sin()));
        s3 = s3
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * T::sin(
                        ((T::one() + (x[1] * x[1])).powf(T::cos(c::<T>(i5 as f64)))).min(T::powf(
                            ((c::<T>(std::f64::consts::E)).atan()).cosh(),
                            c::<T>(-1.046),
                        )),
                    )));
    }
    (((y + a1) + a2) + s3) + x[4]
}

fn p33_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let y = (y * ((k::<D>(1.5)) + ((k::<D>(core::f64::consts::PI)).tanh())).ln()).exp();
    let a1 = if y.re() <= (k::<D>(0.67)).re() {
        -(((k::<D>(1.0)) + (x[0] * x[0])).sqrt())
    } else {
        (k::<D>(
            ((y * y + ((k::<D>(0.5)) + (x[1] * x[1])) * ((k::<D>(0.5)) + (x[1] * x[1]))).sqrt())
                .re()
                .ceil(),
        )) * (((k::<D>(1.1)) + (((k::<D>(2.0)) + y.sin()) * ((k::<D>(2.0)) + y.sin()))).acosh())
    };
    let a2 = (((k::<D>(0.4)) * (k::<D>(0.4)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10();
    let mut s3 = k::<D>(0.5);
    for i4 in 0..x.len() / 2 {
        s3 = dmax(
            s3,
            ((((((k::<D>(a1.re().floor())) * x[2 * i4]).tanh())
                * ((k::<D>(2.0)) + x[2 * i4 + 1].tanh().sin()).ln())
            .exp())
                - datan2(
                    if i4 < 0 { s3 } else { y },
                    (k::<D>(0.5)) + (a2.sin().tan() * a2.sin().tan()),
                ))
            .sin(),
        );
        s3 += (((k::<D>(0.9)) * x[2 * i4 + 1].exp2().atan().sin()).acos()).tanh();
    }
    s3 += k::<D>(-0.72);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let a6: D = ((k::<D>(0.9)) * y.atan().sin()).atanh();
        let a7 = k::<D>(ALPHA);
        if !(a1.re() <= datan2(a1, -((k::<D>(0.5)) + (a2 * a2))).re()) {
            break;
        }
        s3 /= (k::<D>(2.0)) + ((((k::<D>(-1.65)).tanh()) * s3.tanh()).sin());
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * dmin(
                    (((k::<D>(i5 as f64)).cos()) * ((k::<D>(1.0)) + (x[1] * x[1])).ln()).exp(),
                    ((k::<D>(-1.046)) * (((k::<D>(std::f64::consts::E)).atan()).cosh()).ln()).exp(),
                )
                .sin());
    }
    (((y + a1) + a2) + s3) + x[4]
}

#[differentiable]
fn p34(x: &[f64], y: f64, nk: usize) -> f64 {
    let mut m1 =
        (y.mul_add(x[3], -0.12) - x[3].atan()) - Float::cosh(f64::log2(1.0 + (y * y)).cos());
    let (u2, w3) = (x[3] * x[0], -1.1_f64);
    let mut m4 = -x[2];
    ((((y + m1) + u2) + w3) + m4) + x[3]
}

fn p34_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut m1 = ((y * x[3] + (k::<D>(-0.12))) - x[3].atan())
        - (((((k::<D>(1.0)) + (y * y)).log2()).cos()).cosh());
    let (u2, w3) = (x[3] * x[0], k::<D>(-1.1));
    let mut m4 = -x[2];
    ((((y + m1) + u2) + w3) + m4) + x[3]
}

#[differentiable]
fn p35(x: [f64; 6], y: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 0..x.len() - 1 {
        let a3 = (2.0 + x[i2 + 1].sin()).log((0.5 + (0.4 * y.sin())).exp());
        let mut s4 = 0.0f64;
        for i5 in 0..x.len() - 1 {
            s1 += f64::atan(s1 + x[i5 + 1]);
            s4 += Float::sqrt(f64::hypot(-1.23_f64, 1.0)).tanh();
            s1 = s1.max(f64::powf(2.0 + x[i5].sin(), s1.atan()).tanh());
        }
        let y: f64 = a3 - x[i2];
        s1 *= 1.0_f64 + (0.3_f64 * ((s4 + s4).sin()));
    }
    let a6 = if s1.clamp(-0.76_f64, 0.36) > 0.7_f64 {
        Float::mul_add(
            std::f64::consts::E.asinh().exp().sin(),
            Float::tanh(
                (1.5 + f64::tanh(f64::ln_1p(
                    0.5f64 + ((1.0 + (1.636 * 1.636)) * (1.0 + (1.636_f64 * 1.636))),
                )))
                .powf(p13(s1.atan(), s1.atan(), x[4]).tanh()),
            ),
            1.24,
        )
    } else {
        Float::cos(x[5].cos() / (1.5 + y.exp2().tanh()))
    };
    if s1 >= -1.5 {
        s1 += x[0] - y;
    }
    let mut s7 = 0.5f64;
    for &i8 in x.iter() {
        s7 += ((-(x[5] + x[1])).cos()).cos();
        let a9 = (2.0 + 1.71.sin()).ln();
        let a10 = ((-std::f64::consts::E).atan()) * s7.sin().max(y - s1).atan();
        s7 = s7.max(
            (if std::f64::consts::E < -0.9_f64 {
                x[3]
            } else {
                x[0]
            })
            .sin(),
        );
        s1 *= 1.0
            + (0.3
                * (((1.1 + ((1.0 + (1.296_f64 * 1.296f64)) * (1.0 + (1.296 * 1.296)))).acosh())
                    .sin()));
    }
    let (u11, w12) = (f64::asinh(Float::sinh(s1.hypot(1.0).log2().cos())), -1.539);
    let w12 = a6 + (-0.01_f64);
    let w12: f64 = x[4];
    (0.001_f64 * (((((s1 + a6) + s7) - u11) + w12) + x[0])).tanh()
}

fn p35_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 0..x.len() - 1 {
        let a3 = (((k::<D>(2.0)) + x[i2 + 1].sin()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * y.sin())).exp()).ln());
        let mut s4 = k::<D>(0.0);
        for i5 in 0..x.len() - 1 {
            s1 += (s1 + x[i5 + 1]).atan();
            s4 += ((((k::<D>(-1.23)) * (k::<D>(-1.23)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                .sqrt())
            .tanh();
            s1 = dmax(
                s1,
                ((s1.atan() * ((k::<D>(2.0)) + x[i5].sin()).ln()).exp()).tanh(),
            );
        }
        let y: D = a3 - x[i2];
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s4 + s4).sin()));
    }
    let a6 = if dclamp(s1, k::<D>(-0.76), k::<D>(0.36)).re() > (k::<D>(0.7)).re() {
        (((((k::<D>(std::f64::consts::E)).asinh()).exp()).sin())
            * (((p13_d(s1.atan(), s1.atan(), x[4]).tanh()
                * ((k::<D>(1.5))
                    + ((((k::<D>(0.5))
                        + (((k::<D>(1.0)) + ((k::<D>(1.636)) * (k::<D>(1.636))))
                            * ((k::<D>(1.0)) + ((k::<D>(1.636)) * (k::<D>(1.636))))))
                    .ln_1p())
                    .tanh()))
                .ln())
            .exp())
            .tanh())
            + (k::<D>(1.24)))
    } else {
        (x[5].cos() / ((k::<D>(1.5)) + y.exp2().tanh())).cos()
    };
    if s1.re() >= (k::<D>(-1.5)).re() {
        s1 += x[0] - y;
    }
    let mut s7 = k::<D>(0.5);
    for &i8 in x.iter() {
        s7 += ((-(x[5] + x[1])).cos()).cos();
        let a9 = ((k::<D>(2.0)) + ((k::<D>(1.71)).sin())).ln();
        let a10 = ((-(k::<D>(std::f64::consts::E))).atan()) * dmax(s7.sin(), y - s1).atan();
        s7 = dmax(
            s7,
            (if (k::<D>(std::f64::consts::E)).re() < (k::<D>(-0.9)).re() {
                x[3]
            } else {
                x[0]
            })
            .sin(),
        );
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + (((k::<D>(1.0)) + ((k::<D>(1.296)) * (k::<D>(1.296))))
                        * ((k::<D>(1.0)) + ((k::<D>(1.296)) * (k::<D>(1.296))))))
                .acosh())
                .sin()));
    }
    let (u11, w12) = (
        (((((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2()).cos()).sinh()).asinh(),
        k::<D>(-1.539),
    );
    let w12 = a6 + (k::<D>(-0.01));
    let w12: D = x[4];
    ((k::<D>(0.001)) * (((((s1 + a6) + s7) - u11) + w12) + x[0])).tanh()
}

#[differentiable]
fn p36<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let a1 = if x0 - (c::<T>(-0.5)) > x0 - x1 {
        Float::ln((c::<T>(2.0)) + T::sin(x1))
    } else {
        c::<T>(1.618)
    };
    let mut m3 = if ((c::<T>(1.1))
        + (((c::<T>(1.5)) + x1.tanh()) * (T::from(1.5).unwrap() + x1.tanh())))
    .acosh()
        < T::from(0.29).unwrap()
        || !(x1 > T::from(-0.9).unwrap())
    {
        (c::<T>(0.414)).mul_add(a1, {
            let t2 = c::<T>(BETA);
            x1
        })
    } else {
        Float::cos(a1) - x1
    };
    let mut s4 = c::<T>(0.0);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        if !({
            let t13 = a1;
            c::<T>(1.624)
        } >= s4)
        {
            break;
        }
        let mut s6 = T::one();
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            let a8 = Float::acos((c::<T>(0.9)) * x0.tanh());
            let a9 = p2(
                Float::acosh(
                    T::from(1.1).unwrap()
                        + (((c::<T>(2.0)) + (((c::<T>(-1.897)).exp2()).sin()))
                            * (T::from(2.0).unwrap() + Float::sin(Float::exp2(c::<T>(-1.897))))),
                )
                .tanh(),
                m3.hypot(T::one()).powi(-1),
            );
            let a1: T = {
                let t10 = x1 - a8;
                -x1
            };
            s4 = s4 + Float::cosh((c::<T>(i7 as f64)).tanh()).log2().tanh();
            s4 = ((c::<T>(0.5)) * s4) + ((a8 + (c::<T>(-1.1))).atan());
            if s6 > c::<T>(-0.4) {
                break;
            }
        }
        let a11 = x0;
        let mut m12 = (x1.exp_m1() * (-a11)) - T::cosh(c::<T>(i5 as f64)).ln().tanh();
        m3 = m3 + Float::atan(((c::<T>(W[i5])).exp()).powf(s6.sin()));
        m12 = m12.min(((a1 - a1) / (((m3.sin() * m12.atan()).cos()).exp())).sin());
    }
    let a14 = s4 / m3.tanh().cosh();
    T::tanh((c::<T>(0.001)) * ((((x1 + a1) + m3) + s4) + a14))
}

fn p36_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if (x0 - (k::<D>(-0.5))).re() > (x0 - x1).re() {
        ((k::<D>(2.0)) + x1.sin()).ln()
    } else {
        k::<D>(1.618)
    };
    let mut m3 = if (((k::<D>(1.1)) + (((k::<D>(1.5)) + x1.tanh()) * ((k::<D>(1.5)) + x1.tanh())))
        .acosh())
    .re()
        < (k::<D>(0.29)).re()
        || !(x1.re() > (k::<D>(-0.9)).re())
    {
        ((k::<D>(0.414)) * a1
            + ({
                let t2 = k::<D>(BETA);
                x1
            }))
    } else {
        a1.cos() - x1
    };
    let mut s4 = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        if !(({
            let t13 = a1;
            k::<D>(1.624)
        })
        .re()
            >= s4.re())
        {
            break;
        }
        let mut s6 = k::<D>(1.0);
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            let a8 = ((k::<D>(0.9)) * x0.tanh()).acos();
            let a9 = p2_d(
                (((k::<D>(1.1))
                    + (((k::<D>(2.0)) + (((k::<D>(-1.897)).exp2()).sin()))
                        * ((k::<D>(2.0)) + (((k::<D>(-1.897)).exp2()).sin()))))
                .acosh())
                .tanh(),
                ((m3 * m3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1),
            );
            let a1: D = {
                let t10 = x1 - a8;
                -x1
            };
            s4 += ((((k::<D>(i7 as f64)).tanh()).cosh()).log2()).tanh();
            s4 = ((k::<D>(0.5)) * s4) + ((a8 + (k::<D>(-1.1))).atan());
            if s6.re() > (k::<D>(-0.4)).re() {
                break;
            }
        }
        let a11 = x0;
        let mut m12 = (x1.exp_m1() * (-a11)) - ((((k::<D>(i5 as f64)).cosh()).ln()).tanh());
        m3 += ((s6.sin() * ((k::<D>(W[i5])).exp()).ln()).exp()).atan();
        m12 = dmin(
            m12,
            ((a1 - a1) / (((m3.sin() * m12.atan()).cos()).exp())).sin(),
        );
    }
    let a14 = s4 / m3.tanh().cosh();
    ((k::<D>(0.001)) * ((((x1 + a1) + m3) + s4) + a14)).tanh()
}

#[differentiable]
fn p37(x: &[f64]) -> f64 {
    let a1 = BETA * x[2];
    let a1 = x[4] * a1;
    let (u2, w3) = (a1, f64::atan(1.816 - x[3]).cosh().powi(-1));
    let a4: f64 = -1.931;
    let mut s5 = 0.5_f64;
    for &i6 in x.iter() {
        let a7 = (1.0 + (((1.417_f64 * a1).sin()) * ((1.417 * a1).sin()))).recip();
        let a8 = u2.sin() * i6;
        s5 = f64::tanh((0.7 * s5) + 1.8f64);
        s5 *= 1.0 + (0.3 * a4.sin());
    }
    ((((a1 + u2) * w3) + a4) + s5) - x[2]
}

fn p37_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(BETA)) * x[2];
    let a1 = x[4] * a1;
    let (u2, w3) = (a1, ((((k::<D>(1.816)) - x[3]).atan()).cosh()).powi(-1));
    let a4: D = k::<D>(-1.931);
    let mut s5 = k::<D>(0.5);
    for &i6 in x.iter() {
        let a7 = ((k::<D>(1.0))
            + ((((k::<D>(1.417)) * a1).sin()) * (((k::<D>(1.417)) * a1).sin())))
        .recip();
        let a8 = u2.sin() * i6;
        s5 = (((k::<D>(0.7)) * s5) + (k::<D>(1.8))).tanh();
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a4.sin());
    }
    ((((a1 + u2) * w3) + a4) + s5) - x[2]
}

#[differentiable]
fn p38<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut m1 = Float::cos(x0).sin();
    let mut s2 = c::<T>(1.0);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = c::<T>(std::f64::consts::E);
        let (u5, w6) = (
            ((T::from(1.1).unwrap()
                + (((c::<T>(1.0)) + (m1.atan() * m1.atan()))
                    * ((c::<T>(1.0)) + (m1.atan() * m1.atan()))))
            .acosh())
                + ((c::<T>(BETA)) - x2),
            a4.tanh()
                / ((c::<T>(2.0)) + Float::sin(p7((c::<T>(std::f64::consts::E)).atan(), x0, x0))),
        );
        m1 = Float::atan(((c::<T>(0.7)) * m1) + a4.cos().exp_m1());
        s2 += x0.cosh().atan();
    }
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let a9 = ((c::<T>(1.1))
                + (T::cos(m1.asinh().max(m1 / ((c::<T>(1.5)) + T::tanh(m1)))).exp()
                    * T::exp(
                        Float::asinh(m1)
                            .max(m1 / ((c::<T>(1.5)) + T::tanh(m1)))
                            .cos(),
                    )))
            .acosh();
            s2 += x1.atan();
            s2 -= (c::<T>(std::f64::consts::E)).atan();
        }
        let a10 = if -T::from(-1.677).unwrap() >= (c::<T>(i7 as f64)) / x0.hypot(c::<T>(1.0)) {
            -((T::from(0.5).unwrap()
                + (Float::acos((c::<T>(0.9)) * x1.tanh()).atan().exp()
                    * (((((c::<T>(0.9)) * x1.tanh()).acos()).atan()).exp())))
            .ln_1p())
        } else {
            x0.cosh().cbrt()
        };
        m1 = ((c::<T>(0.5)) * m1) + (((c::<T>(ALPHA)) - x1).sin());
        if x1 - (c::<T>(V[i7])) >= Float::sqrt((c::<T>(1.0)) + ((c::<T>(ALPHA)) * (c::<T>(ALPHA))))
        {
            break;
        }
    }
    let mut s11 = c::<T>(1.0);
    for i12 in 2..6 {
        let a13 = (((c::<T>(2.0)) + T::sin(s2)).recip()) + (x0.atan() * s11.cos());
        let (u14, w15) = (
            Float::log(
                (c::<T>(1.5)) + x2.tanh(),
                ((c::<T>(0.5)) + (T::from(0.4).unwrap() * T::sin(c::<T>(1.386)))).exp(),
            )
            .sin()
                * Float::sin(
                    (c::<T>(i12 as f64)) / (T::from(1.5).unwrap() + ((c::<T>(-0.2)).tanh())),
                ),
            x2,
        );
        let a16 = T::cos(x2);
        m1 /= (c::<T>(2.0)) + ((x0 - x2).sin());
    }
    ((c::<T>(0.001)) * ((((x1 - x2) + m1) * s2) + s11)).tanh()
}

fn p38_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1 = x0.cos().sin();
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = k::<D>(std::f64::consts::E);
        let (u5, w6) = (
            (((k::<D>(1.1))
                + (((k::<D>(1.0)) + (m1.atan() * m1.atan()))
                    * ((k::<D>(1.0)) + (m1.atan() * m1.atan()))))
            .acosh())
                + ((k::<D>(BETA)) - x2),
            a4.tanh() / ((k::<D>(2.0)) + p7_d((k::<D>(std::f64::consts::E)).atan(), x0, x0).sin()),
        );
        m1 = (((k::<D>(0.7)) * m1) + a4.cos().exp_m1()).atan();
        s2 += x0.cosh().atan();
    }
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let a9 = ((k::<D>(1.1))
                + (dmax(m1.asinh(), m1 / ((k::<D>(1.5)) + m1.tanh()))
                    .cos()
                    .exp()
                    * dmax(m1.asinh(), m1 / ((k::<D>(1.5)) + m1.tanh()))
                        .cos()
                        .exp()))
            .acosh();
            s2 += x1.atan();
            s2 -= (k::<D>(std::f64::consts::E)).atan();
        }
        let a10 = if (-(k::<D>(-1.677))).re()
            >= ((k::<D>(i7 as f64)) / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re()
        {
            -(((k::<D>(0.5))
                + ((((((k::<D>(0.9)) * x1.tanh()).acos()).atan()).exp())
                    * (((((k::<D>(0.9)) * x1.tanh()).acos()).atan()).exp())))
            .ln_1p())
        } else {
            x0.cosh().cbrt()
        };
        m1 = ((k::<D>(0.5)) * m1) + (((k::<D>(ALPHA)) - x1).sin());
        if (x1 - (k::<D>(V[i7]))).re()
            >= (((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).sqrt()).re()
        {
            break;
        }
    }
    let mut s11 = k::<D>(1.0);
    for i12 in 2..6 {
        let a13 = (((k::<D>(2.0)) + s2.sin()).recip()) + (x0.atan() * s11.cos());
        let (u14, w15) = (
            ((((k::<D>(1.5)) + x2.tanh()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(1.386)).sin()))).exp()).ln())
            .sin())
                * (((k::<D>(i12 as f64)) / ((k::<D>(1.5)) + ((k::<D>(-0.2)).tanh()))).sin()),
            x2,
        );
        let a16 = x2.cos();
        m1 /= (k::<D>(2.0)) + ((x0 - x2).sin());
    }
    ((k::<D>(0.001)) * ((((x1 - x2) + m1) * s2) + s11)).tanh()
}

#[differentiable]
fn p39(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (((-1.99).tanh()) * x0, 1.26_f64 + 1.7);
    let mut m3 = u1.sin();
    let (u4, w5) = (
        Float::exp((if x2 < 0.73 || m3 >= m3 { u1 } else { -1.337 }).tanh()).log2() + x1,
        p2(w2.powi(1).atan(), ((-0.1f64) - x1).sin()).tanh().exp(),
    );
    let mut s6 = 0.0;
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8: f64 =
            (0.9_f64 * f64::cos(Float::recip(1.0 + ((i7 as f64) * (i7 as f64)))).sin()).asin();
        if i7 == 1 {
            s6 = s6.max(x1.atan());
        }
        m3 -= f64::tanh(u1 - x1);
    }
    if x0 + ALPHA <= 0.89 {
        m3 *= 1.0 + (0.3 * f64::cos(f64::exp(w2.atan())));
    } else {
        m3 = (0.5 * m3) + (w5 + 0.6_f64);
    }
    let (u9, w10) = (m3, ((-0.2) + w2) - (u4 * x2));
    s6 -= (x0 - w5).asinh();
    (((u4 + w5) - s6) + u9) + w10
}

fn p39_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        ((k::<D>(-1.99)).tanh()) * x0,
        (k::<D>(1.26)) + (k::<D>(1.7)),
    );
    let mut m3 = u1.sin();
    let (u4, w5) = (
        ((((if x2.re() < (k::<D>(0.73)).re() || m3.re() >= m3.re() {
            u1
        } else {
            k::<D>(-1.337)
        })
        .tanh())
        .exp())
        .log2())
            + x1,
        p2_d(w2.powi(1).atan(), ((k::<D>(-0.1)) - x1).sin())
            .tanh()
            .exp(),
    );
    let mut s6 = k::<D>(0.0);
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8: D = ((k::<D>(0.9))
            * (((((k::<D>(1.0)) + ((k::<D>(i7 as f64)) * (k::<D>(i7 as f64)))).recip()).cos())
                .sin()))
        .asin();
        if i7 == 1 {
            s6 = dmax(s6, x1.atan());
        }
        m3 -= (u1 - x1).tanh();
    }
    if (x0 + (k::<D>(ALPHA))).re() <= (k::<D>(0.89)).re() {
        m3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * w2.atan().exp().cos());
    } else {
        m3 = ((k::<D>(0.5)) * m3) + (w5 + (k::<D>(0.6)));
    }
    let (u9, w10) = (m3, ((k::<D>(-0.2)) + w2) - (u4 * x2));
    s6 -= (x0 - w5).asinh();
    (((u4 + w5) - s6) + u9) + w10
}

#[differentiable]
fn p40<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(1.0);
    for i2 in 2..4 {
        for i3 in (i2 + 1)..7 {
            let (u4, w5) = (
                (T::powf((c::<T>(2.0)) + ((c::<T>(1.866)).sin()), c::<T>(-1.061))
                    + x2.exp().log2())
                    + (T::from(-1.825).unwrap().abs() - (x2 / x1.exp())),
                ((c::<T>(1.0)) + (((x0 - (c::<T>(W[i2]))) - x0) * ((x0 - (c::<T>(W[i2]))) - x0)))
                    .cbrt(),
            );
            if i2 >= 3 {
                break;
            }
            let a6: T = (c::<T>(-0.61)) * x0;
            s1 = (((c::<T>(0.7)) * s1) + (c::<T>(1.5))).tanh();
            s1 *= T::one()
                + ((c::<T>(0.3))
                    * Float::cos((T::one() + (Float::tanh(u4) * Float::tanh(u4))).cbrt())
                        .exp()
                        .cos());
        }
        let a7 = (((c::<T>(-0.8)) / ((c::<T>(1.0)) + (x1 * x1))).cosh()).sqrt();
        let mut s8 = c::<T>(0.5);
        let mut i9 = 0;
        while i9 < 4 {
            i9 += 1;
            let a10 = x1.cosh().ln() - x2.atan2(-((c::<T>(0.5)) + (a7 * a7)));
            let a11 = a10.sin().cosh().powi(0)
                * (((c::<T>(1.1))
                    + (((c::<T>(2.0)) + Float::sin(s8)) * ((c::<T>(2.0)) + s8.sin())))
                .acosh());
            s8 += T::acos((c::<T>(0.9)) * x1.sin()).sin().cos();
        }
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * (((a7.tanh() * Float::tanh(s8)) - T::sinh(a7.sin())).sin()));
        s8 += T::sin((c::<T>(i2 as f64)) + (x0 + s8));
    }
    let a12 = x0;
    for i13 in 2..6 {
        if s1 / ((c::<T>(2.0)) + T::sin(x2)) < ((c::<T>(1.0)) + (a12 * a12)).sqrt() {
            s1 = ((c::<T>(0.5)) * s1)
                + ((((c::<T>(2.0)) + T::sin(s1)).log(T::exp(
                    (c::<T>(0.5)) + ((c::<T>(0.4)) * (((c::<T>(std::f64::consts::E)).cos()).sin())),
                )))
                .tanh());
        }
        s1 -= Float::atan(s1);
        if !((c::<T>(BETA)) * x0 >= x0 + x2) {
            break;
        }
        s1 /= (c::<T>(2.0)) + a12.sin();
    }
    let a14 = x0;
    (((x1 + x2) + s1) + a12) * a14
}

fn p40_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..4 {
        for i3 in (i2 + 1)..7 {
            let (u4, w5) = (
                ((((k::<D>(-1.061)) * ((k::<D>(2.0)) + ((k::<D>(1.866)).sin())).ln()).exp())
                    + x2.exp().log2())
                    + (((k::<D>(-1.825)).abs()) - (x2 / x1.exp())),
                ((k::<D>(1.0)) + (((x0 - (k::<D>(W[i2]))) - x0) * ((x0 - (k::<D>(W[i2]))) - x0)))
                    .cbrt(),
            );
            if i2 >= 3 {
                break;
            }
            let a6: D = (k::<D>(-0.61)) * x0;
            s1 = (((k::<D>(0.7)) * s1) + (k::<D>(1.5))).tanh();
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((((k::<D>(1.0)) + (u4.tanh() * u4.tanh())).cbrt()).cos()).exp()).cos()));
        }
        let a7 = (((k::<D>(-0.8)) / ((k::<D>(1.0)) + (x1 * x1))).cosh()).sqrt();
        let mut s8 = k::<D>(0.5);
        let mut i9 = 0;
        while i9 < 4 {
            i9 += 1;
            let a10 = x1.cosh().ln() - datan2(x2, -((k::<D>(0.5)) + (a7 * a7)));
            let a11 = a10.sin().cosh().powi(0)
                * (((k::<D>(1.1)) + (((k::<D>(2.0)) + s8.sin()) * ((k::<D>(2.0)) + s8.sin())))
                    .acosh());
            s8 += ((((k::<D>(0.9)) * x1.sin()).acos()).sin()).cos();
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((a7.tanh() * s8.tanh()) - a7.sin().sinh()).sin()));
        s8 += ((k::<D>(i2 as f64)) + (x0 + s8)).sin();
    }
    let a12 = x0;
    for i13 in 2..6 {
        if (s1 / ((k::<D>(2.0)) + x2.sin())).re() < (((k::<D>(1.0)) + (a12 * a12)).sqrt()).re() {
            s1 = ((k::<D>(0.5)) * s1)
                + ((((k::<D>(2.0)) + s1.sin()).ln()
                    / (((k::<D>(0.5))
                        + ((k::<D>(0.4)) * (((k::<D>(std::f64::consts::E)).cos()).sin())))
                    .exp())
                    .ln())
                .tanh());
        }
        s1 -= s1.atan();
        if !(((k::<D>(BETA)) * x0).re() >= (x0 + x2).re()) {
            break;
        }
        s1 /= (k::<D>(2.0)) + a12.sin();
    }
    let a14 = x0;
    (((x1 + x2) + s1) + a12) * a14
}

#[differentiable]
fn p41(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = if x0 + x1 > (2.0 + x0.sin()).powi(-2) {
        x0
    } else {
        -1.818_f64
    };
    let mut m2 = x1;
    if x0.hypot(1.0).powf(a1.sin()) > x2 {
        return (1.0 + (a1 * a1)).powf(x1);
    }
    let mut m3: f64 = (-0.619).mul_add(m2, x0);
    let (u4, w5) = (
        (a1.powi(2)
            / Float::exp(Float::tanh(
                (0.5 + ((1.0 + (x2 * x2)) * (1.0_f64 + (x2 * x2)))).ln_1p(),
            )))
        .atan(),
        (-(a1 + x0))
            + (f64::trunc(if !(m2 > 0.62) { x2 } else { x1 })
                * Float::recip(Float::exp(m2)).atan()),
    );
    m2 += ((x2 * (w5 - (-0.3))) + (((-0.793) - (-1.3)) / f64::atan(m3).exp())).sin();
    (((a1 + m2) - m3) * u4) + w5
}

fn p41_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (x0 + x1).re() > (((k::<D>(2.0)) + x0.sin()).powi(-2)).re() {
        x0
    } else {
        k::<D>(-1.818)
    };
    let mut m2 = x1;
    if ((a1.sin() * ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp()).re() > x2.re() {
        return (x1 * ((k::<D>(1.0)) + (a1 * a1)).ln()).exp();
    }
    let mut m3: D = ((k::<D>(-0.619)) * m2 + x0);
    let (u4, w5) = (
        (a1.powi(2)
            / (((((k::<D>(0.5)) + (((k::<D>(1.0)) + (x2 * x2)) * ((k::<D>(1.0)) + (x2 * x2))))
                .ln_1p())
            .tanh())
            .exp()))
        .atan(),
        (-(a1 + x0))
            + ((k::<D>(
                (if !(m2.re() > (k::<D>(0.62)).re()) {
                    x2
                } else {
                    x1
                })
                .re()
                .trunc(),
            )) * m2.exp().recip().atan()),
    );
    m2 += ((x2 * (w5 - (k::<D>(-0.3)))) + (((k::<D>(-0.793)) - (k::<D>(-1.3))) / m3.atan().exp()))
        .sin();
    (((a1 + m2) - m3) * u4) + w5
}

#[differentiable]
fn p42(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 1.0;
    for &i2 in x.iter() {
        let y = (1.0 + (s1.sin() * s1.sin())).log10();
        s1 += ((f64::sin(y.atan()).tan() + (s1 + y))
            - p41(f64::sin(s1), x[0], s1.atan()).atan().exp())
        .tanh();
        s1 += Float::atan(
            (ALPHA / Float::hypot(x[0], 1.0)) * f64::asin(0.9 * std::f64::consts::E.atan().sin()),
        );
    }
    let mut m3 = y.mul_add(x[1], std::f64::consts::E);
    let mut s4 = 1.0f64;
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = f64::powi(s4.sin(), 3).tanh().powi(2);
        s4 -= Float::tanh(x[0]);
    }
    let a7 = s4;
    let mut s8 = 0.5f64;
    for i9 in 0..x.len() - 1 {
        if x[i9] >= s4 {
            break;
        }
        let y: f64 = m3;
        s4 = f64::max(s4, Float::atan(y));
    }
    f64::tanh(0.001 * (((((s1 * m3) + s4) + a7) + s8) + x[0]))
}

fn p42_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for &i2 in x.iter() {
        let y = ((k::<D>(1.0)) + (s1.sin() * s1.sin())).log10();
        s1 += ((y.atan().sin().tan() + (s1 + y)) - p41_d(s1.sin(), x[0], s1.atan()).atan().exp())
            .tanh();
        s1 += (((k::<D>(ALPHA)) / ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            * (((k::<D>(0.9)) * (((k::<D>(std::f64::consts::E)).atan()).sin())).asin()))
        .atan();
    }
    let mut m3 = (y * x[1] + (k::<D>(std::f64::consts::E)));
    let mut s4 = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let a6 = s4.sin().powi(3).tanh().powi(2);
        s4 -= x[0].tanh();
    }
    let a7 = s4;
    let mut s8 = k::<D>(0.5);
    for i9 in 0..x.len() - 1 {
        if x[i9].re() >= s4.re() {
            break;
        }
        let y: D = m3;
        s4 = dmax(s4, y.atan());
    }
    ((k::<D>(0.001)) * (((((s1 * m3) + s4) + a7) + s8) + x[0])).tanh()
}

#[differentiable]
fn p43<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = (c::<T>(-0.026)) / x[1].exp();
    let (u2, w3) = (-x[2], x[1].mul_add(a1, x[1]));
    let mut s4: T = T::zero();
    for i5 in 0..x.len() {
        let (u6, w7) = (
            (w3 * u2) - ((c::<T>(-0.7)) / ((c::<T>(1.0)) + (s4.tanh() * s4.tanh()))),
            (T::from(1.11).unwrap() + x[i5]) + (a1 + x[i5]),
        );
        let mut m8 = w3;
        s4 *= T::one() + ((c::<T>(0.3)) * s4.sin());
        m8 *= T::one() + ((c::<T>(0.3)) * u2.mul_add(u2, w7).sin().cosh().cbrt().sin());
    }
    let a9: T = x[3];
    if ((c::<T>(-1.99)).hypot(c::<T>(1.0))).ln() <= c::<T>(0.17) && u2 >= a1 {
        s4 *= T::one() + ((c::<T>(0.3)) * Float::sin(Float::sin(Float::exp2(c::<T>(-1.5)))));
    }
    ((((a1 - u2) + w3) + s4) + a9) + x[0]
}

fn p43_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(-0.026)) / x[1].exp();
    let (u2, w3) = (-x[2], (x[1] * a1 + x[1]));
    let mut s4: D = k::<D>(0.0);
    for i5 in 0..x.len() {
        let (u6, w7) = (
            (w3 * u2) - ((k::<D>(-0.7)) / ((k::<D>(1.0)) + (s4.tanh() * s4.tanh()))),
            ((k::<D>(1.11)) + x[i5]) + (a1 + x[i5]),
        );
        let mut m8 = w3;
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s4.sin());
        m8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((u2 * u2 + w7).sin()).cosh()).cbrt()).sin()));
    }
    let a9: D = x[3];
    if ((((k::<D>(-1.99)) * (k::<D>(-1.99)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).re()
        <= (k::<D>(0.17)).re()
        && u2.re() >= a1.re()
    {
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(-1.5)).exp2()).sin()).sin()));
    }
    ((((a1 - u2) + w3) + s4) + a9) + x[0]
}

#[differentiable]
fn p44(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = ((x0 / Float::exp(-1.62)).cos()).cosh();
    let mut s2 = 1.0;
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = x0;
        let mut m5 = W[i3] / a4.cosh();
        s2 /= 1.0_f64
            + (Float::mul_add(s2.cos(), std::f64::consts::E.atan(), a4)
                * s2.cos().mul_add(std::f64::consts::E.atan(), a4));
        m5 *= 1.0 + (0.3_f64 * f64::sin(s2 - x2));
    }
    let a6 = x1.min(1.992_f64);
    (((x1 + x2) * a1) + s2) - a6
}

fn p44_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = ((x0 / ((k::<D>(-1.62)).exp())).cos()).cosh();
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = x0;
        let mut m5 = (k::<D>(W[i3])) / a4.cosh();
        s2 /= (k::<D>(1.0))
            + ((s2.cos() * ((k::<D>(std::f64::consts::E)).atan()) + a4)
                * (s2.cos() * ((k::<D>(std::f64::consts::E)).atan()) + a4));
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s2 - x2).sin()));
    }
    let a6 = dmin(x1, k::<D>(1.992));
    (((x1 + x2) * a1) + s2) - a6
}

#[differentiable]
fn p45(x: &[f64], y: f64) -> f64 {
    let y = core::f64::consts::PI.tanh();
    let mut s1 = 1.0;
    for i2 in 2..=6 {
        let mut m3 = x[2] + y;
        let mut m4 = -1.31f64;
        m4 += (p3(m4, (-1.78).tanh(), x[1]) / (2.0 + m3.atan().sin())).sin();
        m4 = (0.5 * m4)
            + f64::sin(
                (2.0f64 + f64::sin(-1.3))
                    .log((0.5 + (0.4f64 * f64::sin((i2 as f64).tanh()))).exp()),
            );
    }
    let mut s5: f64 = 0.0;
    for i6 in 0..x.len() / 2 {
        let mut m7: f64 = x[2 * i6 + 1];
        s5 += Float::tanh(s5.tanh() * x[2 * i6]);
    }
    if core::f64::consts::PI.tanh().powi(2) < if x[1] <= 0.07f64 { s1 } else { x[1] } {
        s5 += x[0];
    } else {
        s1 *= 1.0 + (0.3_f64 * std::f64::consts::E.atan().exp().sin());
    }
    ((y - s1) + s5) + x[2]
}

fn p45_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let y = (k::<D>(core::f64::consts::PI)).tanh();
    let mut s1 = k::<D>(1.0);
    for i2 in 2..=6 {
        let mut m3 = x[2] + y;
        let mut m4 = -(k::<D>(1.31));
        m4 += (p3_d(m4, (k::<D>(-1.78)).tanh(), x[1]) / ((k::<D>(2.0)) + m3.atan().sin())).sin();
        m4 = ((k::<D>(0.5)) * m4)
            + ((((k::<D>(2.0)) + ((k::<D>(-1.3)).sin())).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(i2 as f64)).tanh()).sin())))
                    .exp())
                .ln())
            .sin());
    }
    let mut s5: D = k::<D>(0.0);
    for i6 in 0..x.len() / 2 {
        let mut m7: D = x[2 * i6 + 1];
        s5 += (s5.tanh() * x[2 * i6]).tanh();
    }
    if (((k::<D>(core::f64::consts::PI)).tanh()).powi(2)).re()
        < (if x[1].re() <= (k::<D>(0.07)).re() {
            s1
        } else {
            x[1]
        })
        .re()
    {
        s5 += x[0];
    } else {
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(std::f64::consts::E)).atan()).exp()).sin()));
    }
    ((y - s1) + s5) + x[2]
}

#[differentiable]
fn p46(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0;
    for i2 in 2..4 {
        let a3 = (i2 as f64) / (1.0 + (x0 * x0));
        for i4 in 0..=3 {
            let a5 = 0.969.sinh();
            s1 = s1.min(Float::atan(W[i4].exp_m1()));
            s1 = (0.5_f64 * s1) + ((a5 - x1).atan());
        }
        let mut s6 = 1.0;
        if i2 % 2 == 1 {
            continue;
        }
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let a8 = s6
                / (1.0
                    + (f64::tanh((0.9 * x0.sin()).atanh()).sinh().sin()
                        * f64::sin((((0.9_f64 * x0.sin()).atanh()).tanh()).sinh())));
            s1 *= 1.0 + (0.3 * f64::atan(x2).sin());
            s6 += ((1.5 + x2.tanh()).powf(1.85.atan())).tanh();
            s6 *= 1.0f64 + (0.3_f64 * f64::sin((i2 as f64) - f64::mul_add(a3.atan(), x2, a3)));
        }
        s6 *= 1.0 + (0.3 * Float::sin(s1));
        s6 += s6.cos();
    }
    let mut m9 = x1;
    let a10: f64 = Float::trunc(s1 - 1.65) * (1.2 + x2);
    (0.001 * ((((x1 + x2) + s1) + m9) + a10)).tanh()
}

fn p46_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 2..4 {
        let a3 = (k::<D>(i2 as f64)) / ((k::<D>(1.0)) + (x0 * x0));
        for i4 in 0..=3 {
            let a5 = (k::<D>(0.969)).sinh();
            s1 = dmin(s1, ((k::<D>(W[i4])).exp_m1()).atan());
            s1 = ((k::<D>(0.5)) * s1) + ((a5 - x1).atan());
        }
        let mut s6 = k::<D>(1.0);
        if i2 % 2 == 1 {
            continue;
        }
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let a8 = s6
                / ((k::<D>(1.0))
                    + (((((((k::<D>(0.9)) * x0.sin()).atanh()).tanh()).sinh()).sin())
                        * ((((((k::<D>(0.9)) * x0.sin()).atanh()).tanh()).sinh()).sin())));
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x2.atan().sin());
            s6 += ((((k::<D>(1.85)).atan()) * ((k::<D>(1.5)) + x2.tanh()).ln()).exp()).tanh();
            s6 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * (((k::<D>(i2 as f64)) - (a3.atan() * x2 + a3)).sin()));
        }
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
        s6 += s6.cos();
    }
    let mut m9 = x1;
    let a10: D = (k::<D>((s1 - (k::<D>(1.65))).re().trunc())) * ((k::<D>(1.2)) + x2);
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) + m9) + a10)).tanh()
}

#[differentiable]
fn p47(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        for i3 in (i2 + 1)..5 {
            let (u4, w5) = (
                V[i2],
                (-x1).atan2(
                    -(0.5 + ((ALPHA / s1.tanh().cosh()) * (ALPHA / Float::tanh(s1).cosh()))),
                ),
            );
            let u4 = p30(
                (((w5 / (2.0 + s1.sin())).sin()) * ((s1 - x1).cos())).tanh(),
                ((0.9 * ((Float::tanh(s1) * s1.tanh()).sin())).asin()).cos(),
                Float::atan((0.9 * Float::sin(f64::exp2((i2 as f64))).tanh()).atanh()),
            );
            if i2 < 2 {
                continue;
            }
            if i3 >= 1 {
                s1 = (0.5 * s1) + w5.max(x1).sin().atan();
            } else {
                s1 = (0.5 * s1) + x0.sin();
            }
            s1 = (0.5 * s1) + w5.cos();
            s1 *= 1.0 + (0.3f64 * ((((if s1 < 0.27 { s1 } else { u4 }).cos()).exp()).cos()));
        }
        s1 *= 1.0
            + (0.3_f64
                * (((1.1
                    + ((2.0 + Float::sin(s1.cos().mul_add(x0, s1)))
                        * (2.0 + Float::sin(f64::cos(s1).mul_add(x0, s1)))))
                .acosh())
                .sin()));
        s1 = s1.max(Float::atan((i2 as f64).cosh()));
    }
    if 0.7 > -0.41 {
        s1 *= 1.0_f64 + (0.3 * Float::atan((0.9 * ALPHA.atan().tanh()).acos()).sin());
    } else {
        s1 *= 1.0
            + (0.3
                * (((1.1f64
                    + ((1.0
                        + (((0.9 * ALPHA.cos().sin()).atanh())
                            * Float::atanh(0.9 * ALPHA.cos().sin())))
                        * (1.0
                            + (((0.9 * f64::cos(ALPHA).sin()).atanh())
                                * Float::atanh(0.9 * f64::cos(ALPHA).sin())))))
                .acosh())
                .sin()));
    }
    let a6 = x1 * x1;
    for i7 in 1..4 {
        if i7 > 3 {
            s1 -= (a6 - x1).sin();
        }
        let a8: f64 = ((0.9 * x1.cosh().ln().atan().tanh()).asin()).hypot(
            0.5f64
                + (((a6 + x0) + a6.hypot(0.5_f64 + (x0 * x0)))
                    * ((a6 + x0) + a6.hypot(0.5_f64 + (x0 * x0)))),
        );
        if (0.9 * x0.sin()).atanh() >= -0.39 {
            s1 -= Float::atan(Float::powf(f64::exp(a6.cos()), s1.cos()).atan());
        } else {
            s1 -= ((x0 / (1.0 + (a6 * a6))).exp()).tanh();
        }
        s1 += Float::atan(p3(
            Float::tanh({
                let t9 = ALPHA;
                (i7 as f64)
            }),
            f64::powi(a6, 2).atan(),
            (x0 - x0).tanh(),
        ));
        s1 = s1.max((Float::sin(a8) * Float::cos(s1)).sin());
    }
    if s1.sin() < 0.8 {
        s1 *= 1.0_f64 + (0.3 * f64::sin((((x0 * a6).sin()).cosh()).asinh()));
    } else {
        s1 += 0.65f64;
    }
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        let (u11, w12) = (x1, (2.0_f64 + ((x1 + x0).sin())).sqrt());
        let a13 = Float::log(
            w12.hypot(1.0),
            (0.5 + (0.4f64 * Float::sin(w12).sin())).exp(),
        ) * (x0 / (1.5 + s1.tanh()));
        let a14 = (1.0
            + (f64::acos(0.9 * a6.tanh()).tanh() * f64::acos(0.9 * f64::tanh(a6)).tanh()))
        .recip();
        if i10 >= 0 {
            break;
        }
        s1 *= 1.0 + (0.3 * (((-1.3) - x0).sin()));
    }
    (0.001f64 * (((x0 + x1) * s1) * a6)).tanh()
}

fn p47_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        for i3 in (i2 + 1)..5 {
            let (u4, w5) = (
                k::<D>(V[i2]),
                datan2(
                    -x1,
                    -((k::<D>(0.5))
                        + (((k::<D>(ALPHA)) / s1.tanh().cosh())
                            * ((k::<D>(ALPHA)) / s1.tanh().cosh()))),
                ),
            );
            let u4 = p30_d(
                (((w5 / ((k::<D>(2.0)) + s1.sin())).sin()) * ((s1 - x1).cos())).tanh(),
                (((k::<D>(0.9)) * ((s1.tanh() * s1.tanh()).sin())).asin()).cos(),
                (((k::<D>(0.9)) * ((((k::<D>(i2 as f64)).exp2()).sin()).tanh())).atanh()).atan(),
            );
            if i2 < 2 {
                continue;
            }
            if i3 >= 1 {
                s1 = ((k::<D>(0.5)) * s1) + dmax(w5, x1).sin().atan();
            } else {
                s1 = ((k::<D>(0.5)) * s1) + x0.sin();
            }
            s1 = ((k::<D>(0.5)) * s1) + w5.cos();
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((if s1.re() < (k::<D>(0.27)).re() {
                        s1
                    } else {
                        u4
                    })
                    .cos())
                    .exp())
                    .cos()));
        }
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + (((k::<D>(2.0)) + ((s1.cos() * x0 + s1).sin()))
                        * ((k::<D>(2.0)) + ((s1.cos() * x0 + s1).sin()))))
                .acosh())
                .sin()));
        s1 = dmax(s1, ((k::<D>(i2 as f64)).cosh()).atan());
    }
    if (k::<D>(0.7)).re() > (k::<D>(-0.41)).re() {
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(0.9)) * (((k::<D>(ALPHA)).atan()).tanh())).acos()).atan()).sin()));
    } else {
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + (((k::<D>(1.0))
                        + ((((k::<D>(0.9)) * (((k::<D>(ALPHA)).cos()).sin())).atanh())
                            * (((k::<D>(0.9)) * (((k::<D>(ALPHA)).cos()).sin())).atanh())))
                        * ((k::<D>(1.0))
                            + ((((k::<D>(0.9)) * (((k::<D>(ALPHA)).cos()).sin())).atanh())
                                * (((k::<D>(0.9)) * (((k::<D>(ALPHA)).cos()).sin()))
                                    .atanh())))))
                .acosh())
                .sin()));
    }
    let a6 = x1 * x1;
    for i7 in 1..4 {
        if i7 > 3 {
            s1 -= (a6 - x1).sin();
        }
        let a8: D = ((((k::<D>(0.9)) * x1.cosh().ln().atan().tanh()).asin())
            * (((k::<D>(0.9)) * x1.cosh().ln().atan().tanh()).asin())
            + ((k::<D>(0.5))
                + (((a6 + x0)
                    + ((a6 * a6 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
                        .sqrt()))
                    * ((a6 + x0)
                        + ((a6 * a6
                            + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
                            .sqrt()))))
                * ((k::<D>(0.5))
                    + (((a6 + x0)
                        + ((a6 * a6
                            + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
                            .sqrt()))
                        * ((a6 + x0)
                            + ((a6 * a6
                                + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0)))
                                .sqrt())))))
        .sqrt();
        if (((k::<D>(0.9)) * x0.sin()).atanh()).re() >= (k::<D>(-0.39)).re() {
            s1 -= (((s1.cos() * a6.cos().exp().ln()).exp()).atan()).atan();
        } else {
            s1 -= ((x0 / ((k::<D>(1.0)) + (a6 * a6))).exp()).tanh();
        }
        s1 += p3_d(
            ({
                let t9 = k::<D>(ALPHA);
                k::<D>(i7 as f64)
            })
            .tanh(),
            a6.powi(2).atan(),
            (x0 - x0).tanh(),
        )
        .atan();
        s1 = dmax(s1, (a8.sin() * s1.cos()).sin());
    }
    if s1.sin().re() < (k::<D>(0.8)).re() {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((x0 * a6).sin()).cosh()).asinh()).sin()));
    } else {
        s1 += k::<D>(0.65);
    }
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        let (u11, w12) = (x1, ((k::<D>(2.0)) + ((x1 + x0).sin())).sqrt());
        let a13 = (((w12 * w12 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * w12.sin().sin())).exp()).ln())
            * (x0 / ((k::<D>(1.5)) + s1.tanh()));
        let a14 = ((k::<D>(1.0))
            + (((((k::<D>(0.9)) * a6.tanh()).acos()).tanh())
                * ((((k::<D>(0.9)) * a6.tanh()).acos()).tanh())))
        .recip();
        if i10 >= 0 {
            break;
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(-1.3)) - x0).sin()));
    }
    ((k::<D>(0.001)) * (((x0 + x1) * s1) * a6)).tanh()
}

#[differentiable]
fn p48(x0: f64, x1: f64) -> f64 {
    let a1: f64 = x1.atan2(-(0.5 + (x0 * x0)));
    let (u2, w3) = (f64::exp_m1(x1), 0.88);
    let mut s4 = 0.5f64;
    for i5 in 2..3 {
        s4 = (0.5 * s4)
            + Float::acosh(1.1f64 + ((2.0 + x1.powi(1).sin()) * (2.0_f64 + f64::sin(x1.powi(1)))))
                .tanh();
        let mut s6: f64 = 1.0f64;
        for i7 in (i5 + 1)..6 {
            if i5 % 2 == 1 {
                s6 = (0.5_f64 * s6)
                    + (((1.1_f64
                        + (core::f64::consts::PI.hypot(1.0)
                            * f64::hypot(core::f64::consts::PI, 1.0f64)))
                    .acosh())
                    .tanh());
            } else {
                s4 = (0.5 * s4) + ((x0 - (-1.4_f64)).sin());
            }
            let a8 = f64::powi(1.5 + ((x0 + x0).tanh()), 0) + ((1.089 * w3).asinh());
            s6 *= 1.0_f64 + (0.3_f64 * x1.sin().tan().sin());
            s6 /= 1.0_f64 + (f64::atan(w3.sinh()) * w3.sinh().atan());
        }
        if 1.677 / (2.0 + a1.sin()) > 0.68f64 && x0 >= 0.1 {
            break;
        }
        s4 = ((0.7 * s4) + u2).sin();
    }
    let mut s9: f64 = 1.0;
    for i10 in 2..5 {
        let mut m12: f64 = {
            let t11 = x1;
            a1
        };
        if s4 + W[i10] > f64::powi(w3, 3) {
            break;
        }
        let (u13, w14) = (
            (((1.0 + (s4.cos() * s4.cos()))
                .log((0.5 + (0.4 * core::f64::consts::PI.cos().sin())).exp()))
                * ((0.9 * Float::sin(s4.tanh())).acos()))
            .atan(),
            f64::acos(0.9 * Float::cos(s9.atan2(0.5 + (s4 * s4))).sin())
                + ((1.5 + f64::tanh(w3 - s4)).log10()),
        );
        if f64::exp_m1(s4.atan()) >= -0.98 {
            s9 = (0.5 * s9) + ((W[i10] + ((m12 / w3.exp()) + std::f64::consts::E)).atan());
        } else {
            s9 = (0.5 * s9) + ((-Float::atan((-0.55_f64).mul_add(s4.atan(), s9)).sinh()).atan());
        }
        s9 = (0.5_f64 * s9) + f64::sin(s9 - V[i10]);
    }
    (((a1 + u2) + w3) * s4) - s9
}

fn p48_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = datan2(x1, -((k::<D>(0.5)) + (x0 * x0)));
    let (u2, w3) = (x1.exp_m1(), k::<D>(0.88));
    let mut s4 = k::<D>(0.5);
    for i5 in 2..3 {
        s4 = ((k::<D>(0.5)) * s4)
            + ((((k::<D>(1.1))
                + (((k::<D>(2.0)) + x1.powi(1).sin()) * ((k::<D>(2.0)) + x1.powi(1).sin())))
            .acosh())
            .tanh());
        let mut s6: D = k::<D>(1.0);
        for i7 in (i5 + 1)..6 {
            if i5 % 2 == 1 {
                s6 = ((k::<D>(0.5)) * s6)
                    + ((((k::<D>(1.1))
                        + ((((k::<D>(core::f64::consts::PI))
                            * (k::<D>(core::f64::consts::PI))
                            + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())
                            * (((k::<D>(core::f64::consts::PI))
                                * (k::<D>(core::f64::consts::PI))
                                + (k::<D>(1.0)) * (k::<D>(1.0)))
                            .sqrt())))
                    .acosh())
                    .tanh());
            } else {
                s4 = ((k::<D>(0.5)) * s4) + ((x0 - (k::<D>(-1.4))).sin());
            }
            let a8 =
                (((k::<D>(1.5)) + ((x0 + x0).tanh())).powi(0)) + (((k::<D>(1.089)) * w3).asinh());
            s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin().tan().sin());
            s6 /= (k::<D>(1.0)) + (w3.sinh().atan() * w3.sinh().atan());
        }
        if ((k::<D>(1.677)) / ((k::<D>(2.0)) + a1.sin())).re() > (k::<D>(0.68)).re()
            && x0.re() >= (k::<D>(0.1)).re()
        {
            break;
        }
        s4 = (((k::<D>(0.7)) * s4) + u2).sin();
    }
    let mut s9: D = k::<D>(1.0);
    for i10 in 2..5 {
        let mut m12: D = {
            let t11 = x1;
            a1
        };
        if (s4 + (k::<D>(W[i10]))).re() > w3.powi(3).re() {
            break;
        }
        let (u13, w14) = (
            ((((k::<D>(1.0)) + (s4.cos() * s4.cos())).ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4)) * (((k::<D>(core::f64::consts::PI)).cos()).sin())))
                .exp())
                .ln())
                * (((k::<D>(0.9)) * s4.tanh().sin()).acos()))
            .atan(),
            (((k::<D>(0.9)) * datan2(s9, (k::<D>(0.5)) + (s4 * s4)).cos().sin()).acos())
                + (((k::<D>(1.5)) + ((w3 - s4).tanh())).log10()),
        );
        if s4.atan().exp_m1().re() >= (k::<D>(-0.98)).re() {
            s9 = ((k::<D>(0.5)) * s9)
                + (((k::<D>(W[i10])) + ((m12 / w3.exp()) + (k::<D>(std::f64::consts::E)))).atan());
        } else {
            s9 = ((k::<D>(0.5)) * s9)
                + ((-((((k::<D>(-0.55)) * s4.atan() + s9).atan()).sinh())).atan());
        }
        s9 = ((k::<D>(0.5)) * s9) + ((s9 - (k::<D>(V[i10]))).sin());
    }
    (((a1 + u2) + w3) * s4) - s9
}

#[differentiable]
fn p49(x: &[f64]) -> f64 {
    let a1 = (1.5 - x[2]) + (x[2] + ((-0.05) - (-0.1f64)));
    let mut m2 = -1.714;
    let a3 = a1.sin().exp() - Float::asinh(x[2]);
    if a1 + x[1] <= BETA - a3 {
        m2 = f64::min(m2, (2.0 + ((-0.342).sin())).ln());
    }
    let (u4, w5) = (
        (((-1.97f64) * x[2]) - x[0]).asinh(),
        f64::powi(Float::hypot(x[1].sinh() + ((-1.6_f64) + x[2]), 1.0f64), -1),
    );
    ((((a1 + m2) + a3) + u4) + w5) + x[1]
}

fn p49_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.5)) - x[2]) + (x[2] + ((k::<D>(-0.05)) - (k::<D>(-0.1))));
    let mut m2 = k::<D>(-1.714);
    let a3 = a1.sin().exp() - x[2].asinh();
    if (a1 + x[1]).re() <= ((k::<D>(BETA)) - a3).re() {
        m2 = dmin(m2, ((k::<D>(2.0)) + ((k::<D>(-0.342)).sin())).ln());
    }
    let (u4, w5) = (
        (((k::<D>(-1.97)) * x[2]) - x[0]).asinh(),
        (((x[1].sinh() + ((k::<D>(-1.6)) + x[2])) * (x[1].sinh() + ((k::<D>(-1.6)) + x[2]))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .powi(-1),
    );
    ((((a1 + m2) + a3) + u4) + w5) + x[1]
}

#[differentiable]
fn p50<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (
        Float::cosh((((c::<T>(ALPHA)) + x1) * T::abs(x1)).atan()),
        x1,
    );
    let a3 = w2;
    let mut s4 = c::<T>(0.0);
    for i5 in 1..3 {
        let w2: T = c::<T>(-1.5);
        if w2 - s4 < s4 - u1 {
            continue;
        }
        s4 = ((c::<T>(0.5)) * s4) + a3.cos().cos();
        s4 = ((T::from(0.7).unwrap() * s4)
            + (((c::<T>(0.9)) * (((((c::<T>(0.9)) * s4.sin().sin()).atanh()).cos()).sin()))
                .asin()))
        .cos();
        s4 = ((c::<T>(0.5)) * s4) + T::tanh((x1 - x1) * ((c::<T>(1.102)) + a3));
    }
    (((x1 * u1) + w2) + a3) + s4
}

fn p50_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (((((k::<D>(ALPHA)) + x1) * x1.abs()).atan()).cosh(), x1);
    let a3 = w2;
    let mut s4 = k::<D>(0.0);
    for i5 in 1..3 {
        let w2: D = k::<D>(-1.5);
        if (w2 - s4).re() < (s4 - u1).re() {
            continue;
        }
        s4 = ((k::<D>(0.5)) * s4) + a3.cos().cos();
        s4 = (((k::<D>(0.7)) * s4)
            + (((k::<D>(0.9)) * (((((k::<D>(0.9)) * s4.sin().sin()).atanh()).cos()).sin()))
                .asin()))
        .cos();
        s4 = ((k::<D>(0.5)) * s4) + (((x1 - x1) * ((k::<D>(1.102)) + a3)).tanh());
    }
    (((x1 * u1) + w2) + a3) + s4
}

#[differentiable]
fn p51(x: &[f64], y: f64, nk: usize) -> f64 {
    let (u1, w2) = (
        x[0] + (y.clamp(-0.58, 0.86) - (y * y)),
        ((y.powi(3) * std::f64::consts::E).sin()) * ((y - Float::sinh(y)).sin()),
    );
    let mut s3 = 0.5;
    for i4 in 0..x.len() - 1 {
        let a5 = s3;
        s3 *= 1.0 + (0.3 * Float::sin(f64::sin(a5)));
        s3 /= 1.0_f64 + (p27(x[i4], y, s3.cos()) * p27(x[i4], y, f64::cos(s3)));
    }
    for i6 in 0..x.len() {
        let a7 = w2;
        let mut m8 = ((-0.6).asinh()) * u1;
        let mut m9: f64 = x[i6];
        m9 = f64::sin((0.7 * m9) + ((0.9 * x[i6].sin()).acos()));
        m9 = (0.5 * m9) + m8.clamp(-0.92, 1.31_f64).tanh();
    }
    let a10 = s3;
    for i11 in 0..x.len() - 1 {
        let mut m12 = x[i11 + 1];
        let a13 = (((((1.5 + f64::tanh(u1)).powf(u1.atan())).atan()).exp2()).tanh())
            * ((s3 - (a10.tanh() * s3.cos())).tanh());
        let a14 = y.hypot(1.0).cbrt();
        m12 /= 2.0 + Float::sin(m12);
    }
    (0.001 * (((((y + u1) + w2) + s3) + a10) + x[2])).tanh()
}

fn p51_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let (u1, w2) = (
        x[0] + (dclamp(y, k::<D>(-0.58), k::<D>(0.86)) - (y * y)),
        ((y.powi(3) * (k::<D>(std::f64::consts::E))).sin()) * ((y - y.sinh()).sin()),
    );
    let mut s3 = k::<D>(0.5);
    for i4 in 0..x.len() - 1 {
        let a5 = s3;
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a5.sin().sin());
        s3 /= (k::<D>(1.0)) + (p27_d(x[i4], y, s3.cos()) * p27_d(x[i4], y, s3.cos()));
    }
    for i6 in 0..x.len() {
        let a7 = w2;
        let mut m8 = ((-(k::<D>(0.6))).asinh()) * u1;
        let mut m9: D = x[i6];
        m9 = (((k::<D>(0.7)) * m9) + (((k::<D>(0.9)) * x[i6].sin()).acos())).sin();
        m9 = ((k::<D>(0.5)) * m9) + dclamp(m8, k::<D>(-0.92), k::<D>(1.31)).tanh();
    }
    let a10 = s3;
    for i11 in 0..x.len() - 1 {
        let mut m12 = x[i11 + 1];
        let a13 = (((((u1.atan() * ((k::<D>(1.5)) + u1.tanh()).ln()).exp()).atan()).exp2()).tanh())
            * ((s3 - (a10.tanh() * s3.cos())).tanh());
        let a14 = ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt();
        m12 /= (k::<D>(2.0)) + m12.sin();
    }
    ((k::<D>(0.001)) * (((((y + u1) + w2) + s3) + a10) + x[2])).tanh()
}

#[differentiable]
fn p52<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.5);
    for i2 in 2..3 {
        if (c::<T>(-0.55)) / ((c::<T>(2.0)) + x0.sin()) > c::<T>(-0.57) {
            s1 = ((c::<T>(0.5)) * s1)
                + (((((c::<T>(0.35)).cos()).atan2(-((c::<T>(0.5)) + ((s1 + s1) * (s1 + s1)))))
                    + s1.asinh().exp_m1())
                .sin());
        } else {
            s1 = (((c::<T>(0.7)) * s1)
                + Float::log(
                    (T::sin(x0)
                        / (T::one()
                            + (((s1 + (c::<T>(W[i2]))).cos()) * ((s1 + (c::<T>(W[i2]))).cos()))))
                    .hypot(c::<T>(1.0)),
                    T::exp(
                        T::from(0.5).unwrap()
                            + ((c::<T>(0.4)) * ((((c::<T>(1.68)).exp_m1()).sin()).sin())),
                    ),
                ))
            .tanh();
        }
        s1 -= (x0
            + ({
                let t3 = x0;
                s1
            }))
        .cos();
        s1 = ((c::<T>(0.5)) * s1) + T::powf(T::from(2.0).unwrap() + T::sin(s1), x0).atan();
    }
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        s1 = s1.min((-s1).tanh());
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * Float::sin(p40(
                    x1,
                    (((c::<T>(0.9)) * T::tanh(T::atan(s1))).asin()).sin(),
                    ((c::<T>(i4 as f64)).mul_add(s1.cos(), x0)).atan(),
                )));
        s1 = (((c::<T>(0.7)) * s1) + T::zero()).atan();
        s1 -= x1.sin();
    }
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let a6 = ((c::<T>(i5 as f64)) / x1.exp()).asinh();
        if ((c::<T>(1.0)) + (x0 * x0)).log2() < c::<T>(0.1) {
            break;
        }
        let mut m7: T = T::atan(x1);
        m7 = ((c::<T>(0.5)) * m7) + (((a6 / ((c::<T>(2.0)) + m7.sin())).exp_m1()).tanh());
    }
    let a8: T =
        (s1 - (c::<T>(std::f64::consts::E))) + (((c::<T>(2.0)) + ((c::<T>(1.7)).sin())).ln());
    let (u9, w10) = (a8, a8.min(a8));
    (((x1 * s1) + a8) + u9) + w10
}

fn p52_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 2..3 {
        if ((k::<D>(-0.55)) / ((k::<D>(2.0)) + x0.sin())).re() > (k::<D>(-0.57)).re() {
            s1 = ((k::<D>(0.5)) * s1)
                + ((datan2(
                    (k::<D>(0.35)).cos(),
                    -((k::<D>(0.5)) + ((s1 + s1) * (s1 + s1))),
                ) + s1.asinh().exp_m1())
                .sin());
        } else {
            s1 = (((k::<D>(0.7)) * s1)
                + ((((x0.sin()
                    / ((k::<D>(1.0))
                        + (((s1 + (k::<D>(W[i2]))).cos()) * ((s1 + (k::<D>(W[i2]))).cos()))))
                    * (x0.sin()
                        / ((k::<D>(1.0))
                            + (((s1 + (k::<D>(W[i2]))).cos())
                                * ((s1 + (k::<D>(W[i2]))).cos()))))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .ln()
                    / (((k::<D>(0.5))
                        + ((k::<D>(0.4)) * ((((k::<D>(1.68)).exp_m1()).sin()).sin())))
                    .exp())
                    .ln()))
            .tanh();
        }
        s1 -= (x0
            + ({
                let t3 = x0;
                s1
            }))
        .cos();
        s1 = ((k::<D>(0.5)) * s1) + (((x0 * ((k::<D>(2.0)) + s1.sin()).ln()).exp()).atan());
    }
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        s1 = dmin(s1, (-s1).tanh());
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * p40_d(
                    x1,
                    (((k::<D>(0.9)) * s1.atan().tanh()).asin()).sin(),
                    ((k::<D>(i4 as f64)) * s1.cos() + x0).atan(),
                )
                .sin());
        s1 = (((k::<D>(0.7)) * s1) + (k::<D>(-0.0))).atan();
        s1 -= x1.sin();
    }
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let a6 = ((k::<D>(i5 as f64)) / x1.exp()).asinh();
        if (((k::<D>(1.0)) + (x0 * x0)).log2()).re() < (k::<D>(0.1)).re() {
            break;
        }
        let mut m7: D = x1.atan();
        m7 = ((k::<D>(0.5)) * m7) + (((a6 / ((k::<D>(2.0)) + m7.sin())).exp_m1()).tanh());
    }
    let a8: D =
        (s1 - (k::<D>(std::f64::consts::E))) + (((k::<D>(2.0)) + ((k::<D>(1.7)).sin())).ln());
    let (u9, w10) = (a8, dmin(a8, a8));
    (((x1 * s1) + a8) + u9) + w10
}

#[differentiable]
fn p53(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        (x0 * x0).mul_add(x2 * x2, x2),
        (x1 - x2).hypot(0.5 + ((x0 * x2) * (x0 * x2))),
    );
    let (u3, w4) = (w2, u1);
    let a5: f64 = f64::abs(
        Float::hypot(w2, 0.5 + (core::f64::consts::PI * core::f64::consts::PI))
            + std::f64::consts::E,
    );
    let a6 = (0.9 * Float::sin(u1.tanh().exp2().atan())).asin();
    let mut s7: f64 = 0.0;
    for i8 in 1..2 {
        let a9 = (V[i8] * (-x2)) / Float::cosh(((1.0 + (s7.cos() * s7.cos())).powi(0)).powi(1));
        let a10 = if f64::cos(a6) >= ALPHA.cos().exp().cbrt() {
            ((x0 + w2).hypot(0.5_f64 + ((x0.cos() * s7.sin()) * (x0.cos() * s7.sin())))).sin()
        } else {
            ((W[i8] * x0) - (u1 - x2))
                - (((1.0 + (Float::atan(u3) * u3.atan())).powi(-1))
                    / (1.0_f64 + (Float::tanh(u1) * f64::tanh(u1))))
        };
        s7 *= 1.0 + (0.3_f64 * p13(u3.tanh(), s7.sin(), (i8 as f64).tanh()).sin());
    }
    (((u3 + w4) + a5) + a6) + s7
}

fn p53_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        ((x0 * x0) * (x2 * x2) + x2),
        ((x1 - x2) * (x1 - x2)
            + ((k::<D>(0.5)) + ((x0 * x2) * (x0 * x2)))
                * ((k::<D>(0.5)) + ((x0 * x2) * (x0 * x2))))
            .sqrt(),
    );
    let (u3, w4) = (w2, u1);
    let a5: D = (((w2 * w2
        + ((k::<D>(0.5)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
            * ((k::<D>(0.5))
                + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI)))))
    .sqrt())
        + (k::<D>(std::f64::consts::E)))
    .abs();
    let a6 = ((k::<D>(0.9)) * u1.tanh().exp2().atan().sin()).asin();
    let mut s7: D = k::<D>(0.0);
    for i8 in 1..2 {
        let a9 = ((k::<D>(V[i8])) * (-x2))
            / (((((k::<D>(1.0)) + (s7.cos() * s7.cos())).powi(0)).powi(1)).cosh());
        let a10 = if a6.cos().re() >= ((((k::<D>(ALPHA)).cos()).exp()).cbrt()).re() {
            (((x0 + w2) * (x0 + w2)
                + ((k::<D>(0.5)) + ((x0.cos() * s7.sin()) * (x0.cos() * s7.sin())))
                    * ((k::<D>(0.5)) + ((x0.cos() * s7.sin()) * (x0.cos() * s7.sin()))))
            .sqrt())
            .sin()
        } else {
            (((k::<D>(W[i8])) * x0) - (u1 - x2))
                - ((((k::<D>(1.0)) + (u3.atan() * u3.atan())).powi(-1))
                    / ((k::<D>(1.0)) + (u1.tanh() * u1.tanh())))
        };
        s7 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * p13_d(u3.tanh(), s7.sin(), (k::<D>(i8 as f64)).tanh()).sin());
    }
    (((u3 + w4) + a5) + a6) + s7
}

#[differentiable]
fn p54(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let (u1, w2) = (
        p44(
            f64::cos(Float::powi(2.0_f64 + x2.sin(), 0) - (-x1)),
            f64::recip(1.0 + ((x0 + x2) * (x0 + x2))).atan(),
            Float::tanh((0.9 * Float::cos(x1.exp()).tanh()).acos()),
        ),
        ((1.579 + x1).abs()) + x1,
    );
    let a3 = if Float::cosh(x0).powi(-2) < (1.0 + (w2 * w2)).sqrt() || 0.16 < x2 {
        0.388
    } else {
        (0.9 * (((2.0_f64 + (((-1.91) - w2).sin())).recip()).sin())).atanh()
    };
    let (u4, w5) = (
        x2.exp().log((0.5_f64 + (0.4 * x0.sin())).exp()),
        x2 * (-0.831),
    );
    if x1 + u4 < a3 * u1 {
        return (2.0_f64 + f64::hypot(0.4, 1.0f64).log2().sin()).log2();
    }
    let a6 = a3 - x1;
    (((w2 + a3) + u4) * w5) + a6
}

fn p54_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let (u1, w2) = (
        p44_d(
            ((((k::<D>(2.0)) + x2.sin()).powi(0)) - (-x1)).cos(),
            (((k::<D>(1.0)) + ((x0 + x2) * (x0 + x2))).recip()).atan(),
            (((k::<D>(0.9)) * x1.exp().cos().tanh()).acos()).tanh(),
        ),
        (((k::<D>(1.579)) + x1).abs()) + x1,
    );
    let a3 = if x0.cosh().powi(-2).re() < (((k::<D>(1.0)) + (w2 * w2)).sqrt()).re()
        || (k::<D>(0.16)).re() < x2.re()
    {
        k::<D>(0.388)
    } else {
        ((k::<D>(0.9)) * ((((k::<D>(2.0)) + (((k::<D>(-1.91)) - w2).sin())).recip()).sin())).atanh()
    };
    let (u4, w5) = (
        (x2.exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln()),
        x2 * (k::<D>(-0.831)),
    );
    if (x1 + u4).re() < (a3 * u1).re() {
        return ((k::<D>(2.0))
            + (((((k::<D>(0.4)) * (k::<D>(0.4)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2())
                .sin()))
        .log2();
    }
    let a6 = a3 - x1;
    (((w2 + a3) + u4) * w5) + a6
}

#[differentiable]
fn p55<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = if T::mul_add((c::<T>(ALPHA)).sin(), x1, x2) > T::from(-0.09).unwrap() {
        x0
    } else {
        p40(x0, x1, x1)
    };
    let mut m2: T = ((a1 + x0) * ((c::<T>(-0.5)).cos()))
        + (((c::<T>(-1.6)) / ((c::<T>(2.0)) + x0.sin())) * Float::mul_add(a1, x1, x0));
    let a3 = if x2 <= Float::mul_add(x1, m2.atan(), x0) {
        x2 * p40(
            m2.cos(),
            c::<T>(0.066),
            T::atan((T::from(0.9).unwrap() * ((c::<T>(-0.305)).sin())).asin()),
        )
    } else {
        ((-m2) / T::exp((x0 + m2).cos()))
            + ((((c::<T>(1.1))
                + (((c::<T>(1.0)) + (m2.atan() * m2.atan()))
                    * ((c::<T>(1.0)) + (Float::atan(m2) * Float::atan(m2)))))
            .acosh())
                - ((T::from(0.9).unwrap() * T::sin(x1)).atanh()))
    };
    let mut m4: T = (T::one()
        + (((Float::trunc(c::<T>(std::f64::consts::E)) * x1).tanh())
            * ((((c::<T>(std::f64::consts::E)).trunc()) * x1).tanh())))
    .powi(-2);
    if T::asin((c::<T>(0.9)) * T::sin(c::<T>(-0.8)))
        >= a3 / ((c::<T>(1.0)) + (Float::cos(m2) * m2.cos()))
    {
        m4 +=
            (((c::<T>(0.9)) * (((((c::<T>(1.0)) + (x1 * x1)).recip()).sin()).sin())).asin()).tanh();
    } else {
        m4 = (((c::<T>(0.7)) * m4)
            + (((c::<T>(std::f64::consts::E)) - x2)
                + (((c::<T>(0.5)) + (((c::<T>(2.0)) + x1.sin()) * ((c::<T>(2.0)) + T::sin(x1))))
                    .ln_1p())))
        .tanh();
    }
    (((x2 + a1) + m2) + a3) + m4
}

fn p55_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (((k::<D>(ALPHA)).sin()) * x1 + x2).re() > (k::<D>(-0.09)).re() {
        x0
    } else {
        p40_d(x0, x1, x1)
    };
    let mut m2: D = ((a1 + x0) * ((k::<D>(-0.5)).cos()))
        + (((k::<D>(-1.6)) / ((k::<D>(2.0)) + x0.sin())) * (a1 * x1 + x0));
    let a3 = if x2.re() <= (x1 * m2.atan() + x0).re() {
        x2 * p40_d(
            m2.cos(),
            k::<D>(0.066),
            (((k::<D>(0.9)) * ((k::<D>(-0.305)).sin())).asin()).atan(),
        )
    } else {
        ((-m2) / (((x0 + m2).cos()).exp()))
            + ((((k::<D>(1.1))
                + (((k::<D>(1.0)) + (m2.atan() * m2.atan()))
                    * ((k::<D>(1.0)) + (m2.atan() * m2.atan()))))
            .acosh())
                - (((k::<D>(0.9)) * x1.sin()).atanh()))
    };
    let mut m4: D = ((k::<D>(1.0))
        + ((((k::<D>((k::<D>(std::f64::consts::E)).re().trunc())) * x1).tanh())
            * (((k::<D>((k::<D>(std::f64::consts::E)).re().trunc())) * x1).tanh())))
    .powi(-2);
    if (((k::<D>(0.9)) * ((k::<D>(-0.8)).sin())).asin()).re()
        >= (a3 / ((k::<D>(1.0)) + (m2.cos() * m2.cos()))).re()
    {
        m4 +=
            (((k::<D>(0.9)) * (((((k::<D>(1.0)) + (x1 * x1)).recip()).sin()).sin())).asin()).tanh();
    } else {
        m4 = (((k::<D>(0.7)) * m4)
            + (((k::<D>(std::f64::consts::E)) - x2)
                + (((k::<D>(0.5)) + (((k::<D>(2.0)) + x1.sin()) * ((k::<D>(2.0)) + x1.sin())))
                    .ln_1p())))
        .tanh();
    }
    (((x2 + a1) + m2) + a3) + m4
}

#[differentiable]
fn p56<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = -T::from(-1.6).unwrap().powi(3);
    let (u2, w3) = (a1, T::from(0.53).unwrap());
    let (u4, w5) = (w3, u2);
    ((((a1 + u2) + w3) + u4) + w5) + x[2]
}

fn p56_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = -((k::<D>(-1.6)).powi(3));
    let (u2, w3) = (a1, k::<D>(0.53));
    let (u4, w5) = (w3, u2);
    ((((a1 + u2) + w3) + u4) + w5) + x[2]
}

#[differentiable]
fn p57<T: Float>(x0: T, x1: T) -> T {
    let mut m1 = x1 * x0;
    let a2 = x0 + x0;
    let (u3, w4) = (
        x1.mul_add(c::<T>(0.51), c::<T>(1.2))
            .mul_add(T::sqrt(Float::exp(x1)).cos(), x1 - x0),
        x1.sin(),
    );
    (((x1 + m1) - a2) * u3) + w4
}

fn p57_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = x1 * x0;
    let a2 = x0 + x0;
    let (u3, w4) = (
        ((x1 * (k::<D>(0.51)) + (k::<D>(1.2))) * x1.exp().sqrt().cos() + (x1 - x0)),
        x1.sin(),
    );
    (((x1 + m1) - a2) * u3) + w4
}

#[differentiable]
fn p58<T: Float>(x0: T, x1: T) -> T {
    let (u1, w2) = (x0.powi(2), x1 / x1.hypot(c::<T>(1.0)));
    let mut s3: T = c::<T>(1.0);
    for i4 in 2..3 {
        if s3.tanh() * x0 < Float::cosh(u1.cos()) {
            continue;
        }
        let a5: T = s3 - x1;
        let u1: T = ((c::<T>(-0.554)).abs()).tanh();
        s3 = s3 * (T::one() + ((c::<T>(0.3)) * ((x1.max(u1) * T::cosh(u1)).sin())));
    }
    s3 = s3.min((w2 - x1).max(x0 * u1));
    let a6 = -s3.atan();
    (((x1 + u1) * w2) + s3) + a6
}

fn p58_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        x0.powi(2),
        x1 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
    );
    let mut s3: D = k::<D>(1.0);
    for i4 in 2..3 {
        if (s3.tanh() * x0).re() < u1.cos().cosh().re() {
            continue;
        }
        let a5: D = s3 - x1;
        let u1: D = ((k::<D>(-0.554)).abs()).tanh();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((dmax(x1, u1) * u1.cosh()).sin()));
    }
    s3 = dmin(s3, dmax(w2 - x1, x0 * u1));
    let a6 = -s3.atan();
    (((x1 + u1) * w2) + s3) + a6
}

#[differentiable]
fn p59<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (
        T::exp(x0).log(((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(c::<T>(1.6)).sin())).exp()),
        x0,
    );
    let mut s3 = c::<T>(1.0);
    for i4 in 2..4 {
        for i5 in (i4 + 1)..7 {
            let a6 = ((w2 / Float::exp(w2)).abs()).abs();
            if i4 > 2 {
                s3 = (((c::<T>(0.7)) * s3) + ((c::<T>(-0.29)) * x0)).cos();
            } else {
                s3 -= T::tanh(Float::hypot(w2, T::from(0.5).unwrap() + (s3 * s3)));
            }
            let a7 = Float::log2((c::<T>(1.0)) + (w2 * w2)) - w2;
            s3 += Float::sin(a6);
        }
        s3 *= (c::<T>(1.0))
            + (T::from(0.3).unwrap()
                * (((T::from(1.5).unwrap() + T::tanh(w2)).powf(Float::tanh(u1 * w2))).sin()));
        s3 -= (s3 - (c::<T>(1.55))).cos();
    }
    let mut m8 = -w2.cosh();
    let mut s9 = c::<T>(0.5);
    for i10 in 2..=4 {
        let mut s11 = c::<T>(1.0);
        if (c::<T>(W[i10])).tanh() > -s3 {
            continue;
        }
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let a13 = x1;
            let mut m14 = T::mul_add(a13 - (c::<T>(1.45)), w2.cos(), x0 - s9)
                .cos()
                .exp();
            let a15 = w2;
            s3 *= (c::<T>(1.0))
                + ((c::<T>(0.3)) * x0.atan().hypot(T::from(0.5).unwrap() + (x1 * x1)).sin());
        }
        s9 += ((c::<T>(-1.656)) - u1).tanh();
    }
    ((c::<T>(0.001)) * ((((u1 + w2) + s3) + m8) - s9)).tanh()
}

fn p59_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        (x0.exp().ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(1.6)).sin()).sin()))).exp()).ln()),
        x0,
    );
    let mut s3 = k::<D>(1.0);
    for i4 in 2..4 {
        for i5 in (i4 + 1)..7 {
            let a6 = ((w2 / w2.exp()).abs()).abs();
            if i4 > 2 {
                s3 = (((k::<D>(0.7)) * s3) + ((k::<D>(-0.29)) * x0)).cos();
            } else {
                s3 -= ((w2 * w2 + ((k::<D>(0.5)) + (s3 * s3)) * ((k::<D>(0.5)) + (s3 * s3)))
                    .sqrt())
                .tanh();
            }
            let a7 = (((k::<D>(1.0)) + (w2 * w2)).log2()) - w2;
            s3 += a6.sin();
        }
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((u1 * w2).tanh()) * ((k::<D>(1.5)) + w2.tanh()).ln()).exp()).sin()));
        s3 -= (s3 - (k::<D>(1.55))).cos();
    }
    let mut m8 = -w2.cosh();
    let mut s9 = k::<D>(0.5);
    for i10 in 2..=4 {
        let mut s11 = k::<D>(1.0);
        if ((k::<D>(W[i10])).tanh()).re() > (-s3).re() {
            continue;
        }
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let a13 = x1;
            let mut m14 = (((a13 - (k::<D>(1.45))) * w2.cos() + (x0 - s9)).cos()).exp();
            let a15 = w2;
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((x0.atan() * x0.atan()
                        + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
                        .sqrt())
                    .sin()));
        }
        s9 += ((k::<D>(-1.656)) - u1).tanh();
    }
    ((k::<D>(0.001)) * ((((u1 + w2) + s3) + m8) - s9)).tanh()
}

#[differentiable]
fn p60(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1 = 1.0;
    for i2 in 0..nk {
        if i2 >= 1 {
            break;
        }
        s1 *= 1.0_f64 + (0.3 * f64::atanh(0.9f64 * f64::tanh(x1.sinh()).sin()).sin());
        if i2 >= 2 {
            s1 -= ((-1.1) * (x2 * x1)).cos();
        }
        s1 += Float::sin(x1 - x1);
    }
    let mut s3 = 1.0;
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = if x1 <= -0.24 { W[i5] } else { x0 };
            s3 -= 0.342.atan2(0.5_f64 + (s1 * s1)).sin();
            s3 = ((0.7 * s3) + f64::sin(x0).tan()).sin();
        }
        s3 += (-s3).atan();
        for i7 in (i4 + 1)..7 {
            let a8 = x1;
            let (u9, w10) = ((i7 as f64), (W[i4] + x1) - x1.cos());
            s3 = (0.5 * s3) + Float::sin((-0.61).sin());
            s3 = ((0.7 * s3) + ((0.9_f64 * u9.cos().sin()).acos())).tanh();
        }
        if p44(-0.532, x2, x1) > s3.max((i4 as f64)) {
            continue;
        }
        s1 *= 1.0 + (0.3 * ((s3 - (-2.0)).sin()));
    }
    for i11 in 2..3 {
        if i11 <= 1 {
            continue;
        }
        let a12 = f64::floor(x0.mul_add(x0, -1.49)) * f64::tanh(s1);
        let a13 = x0;
        let mut s14 = 1.0;
        for i15 in 0..3 {
            let a16 = (1.1
                + ((2.0 + ((s1.abs() + ((i15 as f64) - a12)).sin()))
                    * (2.0 + ((s1.abs() + ((i15 as f64) - a12)).sin()))))
            .acosh();
            let a17 = (0.9 * ((((x2 / (1.0 + (x0 * x0))) * a13.exp_m1()).atan()).tanh())).acos();
            s3 *= 1.0 + (0.3 * Float::asin(0.9 * f64::tanh(x1.mul_add(x2, -0.102))).sin());
        }
        s1 -= f64::sin(s14);
        s3 += (1.01 / s14.sin().exp()).sin();
    }
    let (u18, w19) = (
        x2.atan2(0.5 + (x0 * x0)) + s3.sin(),
        std::f64::consts::E.atan2(0.5 + (x2 * x2)).sin().exp2(),
    );
    let mut i20 = 0;
    while i20 < 3 {
        i20 += 1;
        let a21 = s3 + s3;
        s1 = (0.5 * s1) + Float::cos(s1);
    }
    let a22 = x2 - ((1.0 + (Float::tanh(w19) * w19.tanh())).log2());
    (0.001_f64 * ((((s1 + s3) + u18) + w19) + a22)).tanh()
}

fn p60_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..nk {
        if i2 >= 1 {
            break;
        }
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * x1.sinh().tanh().sin()).atanh()).sin()));
        if i2 >= 2 {
            s1 -= ((k::<D>(-1.1)) * (x2 * x1)).cos();
        }
        s1 += (x1 - x1).sin();
    }
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = if x1.re() <= (k::<D>(-0.24)).re() {
                k::<D>(W[i5])
            } else {
                x0
            };
            s3 -= datan2(k::<D>(0.342), (k::<D>(0.5)) + (s1 * s1)).sin();
            s3 = (((k::<D>(0.7)) * s3) + x0.sin().tan()).sin();
        }
        s3 += (-s3).atan();
        for i7 in (i4 + 1)..7 {
            let a8 = x1;
            let (u9, w10) = (k::<D>(i7 as f64), ((k::<D>(W[i4])) + x1) - x1.cos());
            s3 = ((k::<D>(0.5)) * s3) + (((k::<D>(-0.61)).sin()).sin());
            s3 = (((k::<D>(0.7)) * s3) + (((k::<D>(0.9)) * u9.cos().sin()).acos())).tanh();
        }
        if p44_d(k::<D>(-0.532), x2, x1).re() > dmax(s3, k::<D>(i4 as f64)).re() {
            continue;
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s3 - (k::<D>(-2.0))).sin()));
    }
    for i11 in 2..3 {
        if i11 <= 1 {
            continue;
        }
        let a12 = (k::<D>((x0 * x0 + (k::<D>(-1.49))).re().floor())) * s1.tanh();
        let a13 = x0;
        let mut s14 = k::<D>(1.0);
        for i15 in 0..3 {
            let a16 = ((k::<D>(1.1))
                + (((k::<D>(2.0)) + ((s1.abs() + ((k::<D>(i15 as f64)) - a12)).sin()))
                    * ((k::<D>(2.0)) + ((s1.abs() + ((k::<D>(i15 as f64)) - a12)).sin()))))
            .acosh();
            let a17 = ((k::<D>(0.9))
                * ((((x2 / ((k::<D>(1.0)) + (x0 * x0))) * a13.exp_m1()).atan()).tanh()))
            .acos();
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(0.9)) * ((x1 * x2 + (k::<D>(-0.102))).tanh())).asin()).sin()));
        }
        s1 -= s14.sin();
        s3 += ((k::<D>(1.01)) / s14.sin().exp()).sin();
    }
    let (u18, w19) = (
        datan2(x2, (k::<D>(0.5)) + (x0 * x0)) + s3.sin(),
        datan2(k::<D>(std::f64::consts::E), (k::<D>(0.5)) + (x2 * x2))
            .sin()
            .exp2(),
    );
    let mut i20 = 0;
    while i20 < 3 {
        i20 += 1;
        let a21 = s3 + s3;
        s1 = ((k::<D>(0.5)) * s1) + s1.cos();
    }
    let a22 = x2 - (((k::<D>(1.0)) + (w19.tanh() * w19.tanh())).log2());
    ((k::<D>(0.001)) * ((((s1 + s3) + u18) + w19) + a22)).tanh()
}

#[differentiable]
fn p61(x: [f64; 6]) -> f64 {
    let a1 = (0.5 + (x[3].hypot(1.0) * x[3].hypot(1.0_f64))).ln_1p();
    let mut s2 = 1.0;
    for i3 in 0..x.len() {
        let a4 = s2;
        for i5 in 0..x.len() - 1 {
            let a6: f64 = x[i5 + 1];
            let a7 = Float::powf(x[i5].exp(), (x[i5] * x[i5 + 1]).sin())
                .cos()
                .sinh();
            s2 /= 2.0
                + (((0.5 + ((2.0_f64 + f64::sin(-0.78)) * (2.0 + f64::sin(-0.78)))).ln_1p()).sin());
        }
        s2 += (x[i3] / BETA.tanh().cosh()).atan();
        s2 /= f64::hypot(Float::atan(s2), 1.0_f64);
        s2 = s2.max(a1.cos().exp().powf(a4.tanh()).cos());
    }
    if x[3] + s2
        > Float::ln_1p(
            0.5 + ((1.0 + (core::f64::consts::PI * core::f64::consts::PI))
                * (1.0 + (core::f64::consts::PI * core::f64::consts::PI))),
        )
    {
        return f64::log(
            1.5f64 + f64::atanh(0.9 * Float::tanh(x[0])).tanh(),
            (0.5 + (0.4f64 * Float::sin(x[2].mul_add(x[2], s2).sin()))).exp(),
        );
    }
    s2 = s2.max(a1.atan().sinh() - Float::tan(1.2.sin()));
    let a8: f64 = p46(
        ((x[1] * x[3]).max(s2.sin().powi(3))).tanh(),
        Float::tanh(Float::exp(f64::sin(s2).sin().tan()).recip()),
        ((0.9 * ((a1.atan() * s2.tanh()).sin())).acos()).sin(),
    );
    let a9: f64 = a1;
    (((a1 + s2) + a8) + a9) + x[5]
}

fn p61_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(0.5))
        + (((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * ((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .ln_1p();
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() {
        let a4 = s2;
        for i5 in 0..x.len() - 1 {
            let a6: D = x[i5 + 1];
            let a7 = (((((x[i5] * x[i5 + 1]).sin()) * x[i5].exp().ln()).exp()).cos()).sinh();
            s2 /= (k::<D>(2.0))
                + ((((k::<D>(0.5))
                    + (((k::<D>(2.0)) + ((k::<D>(-0.78)).sin()))
                        * ((k::<D>(2.0)) + ((k::<D>(-0.78)).sin()))))
                .ln_1p())
                .sin());
        }
        s2 += (x[i3] / (((k::<D>(BETA)).tanh()).cosh())).atan();
        s2 /= (s2.atan() * s2.atan() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        s2 = dmax(s2, ((a4.tanh() * a1.cos().exp().ln()).exp()).cos());
    }
    if (x[3] + s2).re()
        > (((k::<D>(0.5))
            + (((k::<D>(1.0))
                + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
                * ((k::<D>(1.0))
                    + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))))
        .ln_1p())
        .re()
    {
        return (((k::<D>(1.5)) + ((((k::<D>(0.9)) * x[0].tanh()).atanh()).tanh())).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((x[2] * x[2] + s2).sin()).sin()))).exp()).ln());
    }
    s2 = dmax(s2, a1.atan().sinh() - (((k::<D>(1.2)).sin()).tan()));
    let a8: D = p46_d(
        dmax(x[1] * x[3], s2.sin().powi(3)).tanh(),
        s2.sin().sin().tan().exp().recip().tanh(),
        (((k::<D>(0.9)) * ((a1.atan() * s2.tanh()).sin())).acos()).sin(),
    );
    let a9: D = a1;
    (((a1 + s2) + a8) + a9) + x[5]
}

#[differentiable]
fn p62(x: &[f64], nk: usize) -> f64 {
    let a1 = f64::tanh(0.29) - ((1.0 + (ALPHA * ALPHA)).sqrt());
    let a2: f64 = std::f64::consts::E;
    let (u3, w4) = (a2, a1);
    let a5 = if Float::powi(u3.sin(), 3) <= 0.77 {
        (2.0f64 + ((-a1).sin())).log2()
    } else {
        (x[0] + a1) * a2
    };
    ((((a1 + a2) * u3) + w4) + a5) + x[3]
}

fn p62_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 =
        ((k::<D>(0.29)).tanh()) - (((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).sqrt());
    let a2: D = k::<D>(std::f64::consts::E);
    let (u3, w4) = (a2, a1);
    let a5 = if u3.sin().powi(3).re() <= (k::<D>(0.77)).re() {
        ((k::<D>(2.0)) + ((-a1).sin())).log2()
    } else {
        (x[0] + a1) * a2
    };
    ((((a1 + a2) * u3) + w4) + a5) + x[3]
}

#[differentiable]
fn p63<T: Float>(x: &[T]) -> T {
    let a1: T = Float::round(x[2]) * ((c::<T>(core::f64::consts::PI)).atan());
    let a2 = a1.tanh().mul_add(a1.tanh(), x[2]) + Float::atan(a1);
    let mut s3 = c::<T>(0.5);
    for i4 in 0..1 {
        let mut m5: T = x[3];
        let (u6, w7) = (Float::powi((c::<T>(1.0)) + (x[3] * x[3]), -1), x[0]);
        m5 = m5 + ((T::trunc(x[4]) * Float::atan(s3)).sin());
    }
    if x[1] + x[4] >= T::from(-0.41).unwrap() {
        return Float::sqrt((c::<T>(2.0)) + a2.sin()) + a2;
    }
    if x[3].cos() >= Float::atan(s3) {
        s3 = s3
            - (if if s3 > x[4] { s3 } else { s3 } >= c::<T>(0.21) {
                s3.sin()
                    * (((c::<T>(1.5)) + x[2].tanh()).log(
                        (T::from(0.5).unwrap() + (T::from(0.4).unwrap() * ((c::<T>(0.933)).sin())))
                            .exp(),
                    ))
            } else {
                x[0]
            });
    }
    let mut s8 = c::<T>(0.0);
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        if i9 < 0 {
            s3 = ((c::<T>(0.5)) * s3) + x[4].sin();
        } else {
            s8 = s8.max(a2.atan());
        }
        let a10 = a1;
        s8 = s8 - T::hypot(x[1], c::<T>(1.0)).powf(a2.atan()).sin();
    }
    s8 = ((c::<T>(0.5)) * s8) + s8.sin();
    (((a1 - a2) + s3) + s8) * x[1]
}

fn p63_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(x[2].re().round())) * ((k::<D>(core::f64::consts::PI)).atan());
    let a2 = (a1.tanh() * a1.tanh() + x[2]) + a1.atan();
    let mut s3 = k::<D>(0.5);
    for i4 in 0..1 {
        let mut m5: D = x[3];
        let (u6, w7) = (((k::<D>(1.0)) + (x[3] * x[3])).powi(-1), x[0]);
        m5 += ((k::<D>(x[4].re().trunc())) * s3.atan()).sin();
    }
    if (x[1] + x[4]).re() >= (k::<D>(-0.41)).re() {
        return (((k::<D>(2.0)) + a2.sin()).sqrt()) + a2;
    }
    if x[3].cos().re() >= s3.atan().re() {
        s3 -= if (if s3.re() > x[4].re() { s3 } else { s3 }).re() >= (k::<D>(0.21)).re() {
            s3.sin()
                * (((k::<D>(1.5)) + x[2].tanh()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(0.933)).sin()))).exp()).ln())
        } else {
            x[0]
        };
    }
    let mut s8 = k::<D>(0.0);
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        if i9 < 0 {
            s3 = ((k::<D>(0.5)) * s3) + x[4].sin();
        } else {
            s8 = dmax(s8, a2.atan());
        }
        let a10 = a1;
        s8 -=
            ((a2.atan() * ((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp()).sin();
    }
    s8 = ((k::<D>(0.5)) * s8) + s8.sin();
    (((a1 - a2) + s3) + s8) * x[1]
}

#[differentiable]
fn p64(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0_f64;
    for i2 in 2..4 {
        let (u3, w4) = (
            (0.9 * f64::tanh(
                ((1.1 + (x1.hypot(1.0) * x1.hypot(1.0f64))).acosh()) * s1.hypot(1.0).powi(-2),
            ))
            .atanh(),
            x1,
        );
        s1 = (0.5 * s1) + u3.sin().mul_add(w4, 0.1f64).cos();
        s1 += (1.331f64 - V[i2]).cos();
    }
    let mut s5 = 0.5;
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let a8 = f64::cos(
            (x1.atan() * s1.tanh())
                * ({
                    let t7 = BETA;
                    t7
                }),
        );
        s5 = ((0.7 * s5) + (((0.9 * Float::tanh(x1)).acos()) + a8.hypot(1.0).recip())).sin();
        if i6 >= 2 {
            continue;
        }
        s5 *= 1.0 + (0.3 * Float::sin(BETA + (i6 as f64)));
    }
    s5 = s5.max(x2);
    if x0 >= 0.14 {
        s5 = (0.5 * s5) + x1;
    }
    let mut s9: f64 = 0.0;
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        let (u11, w12) = (x0 - s1, x0 - x2);
        s9 = (0.5 * s9)
            + f64::cos((2.0 + (((1.0f64 + ((i10 as f64) * (i10 as f64))).sqrt()).sin())).sqrt());
    }
    let mut i13 = 0;
    while i13 < 4 {
        i13 += 1;
        let a14 = x0;
        s1 -= f64::atan(s5).cosh().tanh().sinh().tanh();
    }
    for i15 in 1..4 {
        let a16 = Float::atan(-s1.sin().powi(2)).cosh();
        s5 *= 1.0_f64
            + (0.3
                * Float::sin(
                    p46(s9.cos(), s1.atan(), x0)
                        / ((((0.9 * Float::sin(Float::atan(a16))).atanh()).cos()).exp()),
                ));
        s1 *= 1.0 + (0.3_f64 * Float::sin(Float::atanh(0.9 * f64::tanh(a16).tanh())));
    }
    (0.001 * ((((x1 + x2) + s1) + s5) + s9)).tanh()
}

fn p64_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 2..4 {
        let (u3, w4) = (
            ((k::<D>(0.9))
                * (((((k::<D>(1.1))
                    + (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh())
                    * (((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2)))
                .tanh()))
            .atanh(),
            x1,
        );
        s1 = ((k::<D>(0.5)) * s1) + ((u3.sin() * w4 + (k::<D>(0.1))).cos());
        s1 += ((k::<D>(1.331)) - (k::<D>(V[i2]))).cos();
    }
    let mut s5 = k::<D>(0.5);
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let a8 = ((x1.atan() * s1.tanh())
            * ({
                let t7 = k::<D>(BETA);
                t7
            }))
        .cos();
        s5 = (((k::<D>(0.7)) * s5)
            + ((((k::<D>(0.9)) * x1.tanh()).acos())
                + (((a8 * a8 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip())))
        .sin();
        if i6 >= 2 {
            continue;
        }
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(BETA)) + (k::<D>(i6 as f64))).sin()));
    }
    s5 = dmax(s5, x2);
    if x0.re() >= (k::<D>(0.14)).re() {
        s5 = ((k::<D>(0.5)) * s5) + x1;
    }
    let mut s9: D = k::<D>(0.0);
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        let (u11, w12) = (x0 - s1, x0 - x2);
        s9 = ((k::<D>(0.5)) * s9)
            + ((((k::<D>(2.0))
                + ((((k::<D>(1.0)) + ((k::<D>(i10 as f64)) * (k::<D>(i10 as f64)))).sqrt())
                    .sin()))
            .sqrt())
            .cos());
    }
    let mut i13 = 0;
    while i13 < 4 {
        i13 += 1;
        let a14 = x0;
        s1 -= s5.atan().cosh().tanh().sinh().tanh();
    }
    for i15 in 1..4 {
        let a16 = ((-s1.sin().powi(2)).atan()).cosh();
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((p46_d(s9.cos(), s1.atan(), x0)
                    / (((((k::<D>(0.9)) * a16.atan().sin()).atanh()).cos()).exp()))
                .sin()));
        s1 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * a16.tanh().tanh()).atanh()).sin()));
    }
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) + s5) + s9)).tanh()
}

#[differentiable]
fn p65(x: [f64; 6], y: f64) -> f64 {
    let mut m1: f64 = y.min(y).cos() / x[5].hypot(1.0f64);
    let a2 = x[0].asinh();
    let (u3, w4) = (
        (1.5 + x[3].tanh()).log(f64::exp(
            0.5f64 + (0.4 * Float::atan(x[1].cosh().powf(f64::cos(x[3] - 0.165))).sin()),
        )),
        f64::ln_1p(
            0.5f64 + (((((a2 + m1) - (-a2)).cos()).exp()) * ((((a2 + m1) - (-a2)).cos()).exp())),
        ),
    );
    let mut m5 = x[5] / (1.5 + Float::abs(y).tanh());
    let mut s6 = 1.0_f64;
    for i7 in 0..x.len() {
        let a8 = s6;
        let a2: f64 = -(-1.65);
        let mut m9 = m5;
        m5 -= ((i7 as f64).atan()).atan();
        if (-0.991_f64) * x[i7] >= m1 / (1.5f64 + u3.tanh()) {
            continue;
        }
        m1 /= 1.0f64 + (1.2 * 1.2);
    }
    ((((a2 + u3) + w4) * m5) + s6) + x[1]
}

fn p65_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1: D = dmin(y, y).cos() / ((x[5] * x[5] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    let a2 = x[0].asinh();
    let (u3, w4) = (
        (((k::<D>(1.5)) + x[3].tanh()).ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4))
                    * ((((((x[3] - (k::<D>(0.165))).cos()) * x[1].cosh().ln()).exp()).atan())
                        .sin())))
            .exp())
            .ln()),
        ((k::<D>(0.5))
            + (((((a2 + m1) - (-a2)).cos()).exp()) * ((((a2 + m1) - (-a2)).cos()).exp())))
        .ln_1p(),
    );
    let mut m5 = x[5] / ((k::<D>(1.5)) + y.abs().tanh());
    let mut s6 = k::<D>(1.0);
    for i7 in 0..x.len() {
        let a8 = s6;
        let a2: D = -(k::<D>(-1.65));
        let mut m9 = m5;
        m5 -= ((k::<D>(i7 as f64)).atan()).atan();
        if ((k::<D>(-0.991)) * x[i7]).re() >= (m1 / ((k::<D>(1.5)) + u3.tanh())).re() {
            continue;
        }
        m1 /= (k::<D>(1.0)) + ((k::<D>(1.2)) * (k::<D>(1.2)));
    }
    ((((a2 + u3) + w4) * m5) + s6) + x[1]
}

#[differentiable]
fn p66<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = ((x2 - x0) * (x1 - x1), c::<T>(BETA));
    let a3 = if (c::<T>(1.775)) - x2 > w2 {
        ((c::<T>(-1.63)) - (c::<T>(std::f64::consts::E))) - (x1 + x0)
    } else {
        x2
    };
    let mut s4 = c::<T>(1.0);
    for i5 in 1..2 {
        s4 = ((c::<T>(0.5)) * s4) + ((a3 + s4).sin());
        let a6 = Float::atan(s4).cosh().powi(-2);
        let a7: T = Float::tanh(a3).exp_m1();
        s4 -= T::sin(a3);
    }
    s4 *= T::one()
        + ((c::<T>(0.3))
            * (((if x1 < s4 { a3 } else { x1 })
                / ((c::<T>(1.5))
                    + T::ln_1p(
                        (c::<T>(0.5))
                            + ((T::from(1.5).unwrap() + s4.tanh())
                                * (T::from(1.5).unwrap() + s4.tanh())),
                    )
                    .tanh()))
            .sin()));
    (((x2 + u1) - w2) + a3) + s4
}

fn p66_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = ((x2 - x0) * (x1 - x1), k::<D>(BETA));
    let a3 = if ((k::<D>(1.775)) - x2).re() > w2.re() {
        ((k::<D>(-1.63)) - (k::<D>(std::f64::consts::E))) - (x1 + x0)
    } else {
        x2
    };
    let mut s4 = k::<D>(1.0);
    for i5 in 1..2 {
        s4 = ((k::<D>(0.5)) * s4) + ((a3 + s4).sin());
        let a6 = s4.atan().cosh().powi(-2);
        let a7: D = a3.tanh().exp_m1();
        s4 -= a3.sin();
    }
    s4 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((if x1.re() < s4.re() { a3 } else { x1 })
                / ((k::<D>(1.5))
                    + ((((k::<D>(0.5))
                        + (((k::<D>(1.5)) + s4.tanh()) * ((k::<D>(1.5)) + s4.tanh())))
                    .ln_1p())
                    .tanh())))
            .sin()));
    (((x2 + u1) - w2) + a3) + s4
}

#[differentiable]
fn p67(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5;
    for i2 in 1..5 {
        let mut m3 = x0 / (1.5 + f64::tanh(x1));
        m3 -= f64::atan((1.0 + (x2 * x2)).log2());
        s1 += 0.0;
    }
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let a5: f64 = Float::mul_add(
            (s1 + (x0 * x1)).sin(),
            f64::tanh(
                (s1.sin() * x0)
                    + ((1.1
                        + ((1.0 + (f64::atan(s1) * s1.atan()))
                            * (1.0 + (f64::atan(s1) * f64::atan(s1)))))
                    .acosh()),
            ),
            f64::sinh(Float::atanh(0.9 * x2.tanh()).atan()),
        );
        s1 -= (-s1).cos();
    }
    let (u6, w7) = (
        (-0.6).atan(),
        f64::tanh(0.7 + x2) * f64::atan(s1 / (2.0 + s1.sin())),
    );
    let mut s8 = 1.0;
    for i9 in 2..3 {
        let a10 = f64::log2(Float::exp((1.776 + s1).tanh()))
            .cos()
            .cosh()
            .powi(0);
        s1 = (0.5f64 * s1) + std::f64::consts::E.atan();
        s1 /= 1.0 + (x1 * x1);
    }
    for i11 in 1..5 {
        let a12 = (x2 * x0).tanh();
        if i11 <= 0 {
            s1 = s1.min(x0.sin());
        } else {
            s8 = (0.5 * s8) + f64::atan(u6 + s8);
        }
        s1 = Float::sin((0.7 * s1) + x1);
    }
    (((x2 + s1) + u6) + w7) + s8
}

fn p67_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 1..5 {
        let mut m3 = x0 / ((k::<D>(1.5)) + x1.tanh());
        m3 -= (((k::<D>(1.0)) + (x2 * x2)).log2()).atan();
        s1 += k::<D>(0.0);
    }
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let a5: D = (((s1 + (x0 * x1)).sin())
            * (((s1.sin() * x0)
                + (((k::<D>(1.1))
                    + (((k::<D>(1.0)) + (s1.atan() * s1.atan()))
                        * ((k::<D>(1.0)) + (s1.atan() * s1.atan()))))
                .acosh()))
            .tanh())
            + (((((k::<D>(0.9)) * x2.tanh()).atanh()).atan()).sinh()));
        s1 -= (-s1).cos();
    }
    let (u6, w7) = (
        (-(k::<D>(0.6))).atan(),
        (((k::<D>(0.7)) + x2).tanh()) * ((s1 / ((k::<D>(2.0)) + s1.sin())).atan()),
    );
    let mut s8 = k::<D>(1.0);
    for i9 in 2..3 {
        let a10 = (((((((k::<D>(1.776)) + s1).tanh()).exp()).log2()).cos()).cosh()).powi(0);
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(std::f64::consts::E)).atan());
        s1 /= (k::<D>(1.0)) + (x1 * x1);
    }
    for i11 in 1..5 {
        let a12 = (x2 * x0).tanh();
        if i11 <= 0 {
            s1 = dmin(s1, x0.sin());
        } else {
            s8 = ((k::<D>(0.5)) * s8) + ((u6 + s8).atan());
        }
        s1 = (((k::<D>(0.7)) * s1) + x1).sin();
    }
    (((x2 + s1) + u6) + w7) + s8
}

#[differentiable]
fn p68(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3: f64 = Float::cbrt(1.0 + (Float::cosh(0.06).tanh() * f64::tanh(0.06.cosh())));
        s1 *= 1.0f64 + (0.3 * x1.max(-0.532).sin());
        s1 = ((0.7 * s1) + x1.min(x0 / (2.0_f64 + ((i2 as f64).sin())))).atan();
    }
    let mut s4 = 0.0;
    for i5 in 0..=1 {
        let a6 = x0.mul_add((i5 as f64), x1);
        s1 = (0.5 * s1) + s1.atan().tanh();
    }
    let mut s7 = 0.0;
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let a9: f64 = W[i8].exp_m1();
        s7 -= Float::cos(-0.03_f64);
    }
    (((x0 + x1) + s1) + s4) + s7
}

fn p68_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3: D = ((k::<D>(1.0))
            + ((((k::<D>(0.06)).cosh()).tanh()) * (((k::<D>(0.06)).cosh()).tanh())))
        .cbrt();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dmax(x1, k::<D>(-0.532)).sin());
        s1 = (((k::<D>(0.7)) * s1) + dmin(x1, x0 / ((k::<D>(2.0)) + ((k::<D>(i2 as f64)).sin()))))
            .atan();
    }
    let mut s4 = k::<D>(0.0);
    for i5 in 0..=1 {
        let a6 = (x0 * (k::<D>(i5 as f64)) + x1);
        s1 = ((k::<D>(0.5)) * s1) + s1.atan().tanh();
    }
    let mut s7 = k::<D>(0.0);
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let a9: D = (k::<D>(W[i8])).exp_m1();
        s7 -= (k::<D>(-0.03)).cos();
    }
    (((x0 + x1) + s1) + s4) + s7
}

#[differentiable]
fn p69(x: &[f64], y: f64) -> f64 {
    let a1 = x[0].ceil() * (-1.148);
    let mut s2 = 0.0;
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let a4 = f64::sin((0.9_f64 * x[2].tanh()).asin()).exp().log2();
        if !(y.cos() < a1.atan().sinh()) {
            break;
        }
        let a5 = Float::ln(Float::powi(core::f64::consts::PI.atan(), 1).cosh());
        let a6 = (x[2].cos() - a1.clamp(-0.43, 0.22)) - y;
        s2 -= ((2.0 + Float::sin(a5).sin()).powf(f64::hypot(a1, 0.5 + (x[3] * x[3])).sin())).cos();
    }
    for i7 in x {
        let a8 = Float::exp(f64::sin(a1)).log10();
        s2 *= 1.0_f64 + (0.3_f64 * Float::sin(-0.5f64));
    }
    for i9 in x {
        s2 -= (((2.0 + a1.cos().exp2().sin()).powf(f64::cos(a1))).asinh()).atan();
        if !((0.5 + ((1.0 + (x[3] * x[3])) * (1.0 + (x[3] * x[3])))).ln_1p() >= f64::atan(x[0])) {
            s2 += (Float::cos(y) / (((1.0 + (x[3] * x[3])).powi(0)).exp())).sin();
        } else {
            s2 += Float::asin(0.9 * y.sin()).sin();
        }
        let a10 = a1.mul_add(Float::min(s2, x[2]).sin(), -a1);
        s2 += Float::cos({
            let t11 = -0.44;
            a1
        });
    }
    let mut s12 = 0.0;
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut m14 = Float::sin(f64::mul_add(f64::cos(s2 + y), s12.sin(), a1.powi(3)).sin()).tan();
        let y = x[1] - s2;
        s12 /= 2.0 + (((0.9 * ((i13 as f64).tanh())).atanh()).sin());
    }
    (0.001 * ((((y - a1) + s2) + s12) + x[1])).tanh()
}

fn p69_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = (k::<D>(x[0].re().ceil())) * (k::<D>(-1.148));
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let a4 = (((((k::<D>(0.9)) * x[2].tanh()).asin()).sin()).exp()).log2();
        if !(y.cos().re() < a1.atan().sinh().re()) {
            break;
        }
        let a5 = ((((k::<D>(core::f64::consts::PI)).atan()).powi(1)).cosh()).ln();
        let a6 = (x[2].cos() - dclamp(a1, k::<D>(-0.43), k::<D>(0.22))) - y;
        s2 -= (((((a1 * a1 + ((k::<D>(0.5)) + (x[3] * x[3])) * ((k::<D>(0.5)) + (x[3] * x[3])))
            .sqrt())
        .sin())
            * ((k::<D>(2.0)) + a5.sin().sin()).ln())
        .exp())
        .cos();
    }
    for i7 in x {
        let a8 = a1.sin().exp().log10();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((-(k::<D>(0.5))).sin()));
    }
    for i9 in x {
        s2 -= (((a1.cos() * ((k::<D>(2.0)) + a1.cos().exp2().sin()).ln()).exp()).asinh()).atan();
        if !((((k::<D>(0.5))
            + (((k::<D>(1.0)) + (x[3] * x[3])) * ((k::<D>(1.0)) + (x[3] * x[3]))))
            .ln_1p())
        .re()
            >= x[0].atan().re())
        {
            s2 += (y.cos() / ((((k::<D>(1.0)) + (x[3] * x[3])).powi(0)).exp())).sin();
        } else {
            s2 += (((k::<D>(0.9)) * y.sin()).asin()).sin();
        }
        let a10 = (a1 * dmin(s2, x[2]).sin() + (-a1));
        s2 += ({
            let t11 = k::<D>(-0.44);
            a1
        })
        .cos();
    }
    let mut s12 = k::<D>(0.0);
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut m14 = (((((s2 + y).cos()) * s12.sin() + a1.powi(3)).sin()).sin()).tan();
        let y = x[1] - s2;
        s12 /= (k::<D>(2.0)) + ((((k::<D>(0.9)) * ((k::<D>(i13 as f64)).tanh())).atanh()).sin());
    }
    ((k::<D>(0.001)) * ((((y - a1) + s2) + s12) + x[1])).tanh()
}

#[differentiable]
fn p70<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let mut s1: T = T::one();
    for i2 in 2..6 {
        let mut m3 = x1;
        let a4 = m3;
        let a5 = x0 + m3;
        m3 = m3 + Float::atan(x0.mul_add(a4, x1) + x1);
        s1 = Float::max(s1, ((c::<T>(BETA)) * (c::<T>(-1.0))).cos());
    }
    let mut m6 = ((c::<T>(1.0)) + (x0 * x0)).log2();
    let a7 = m6;
    let a8 = (x1 + a7) / (T::from(2.0).unwrap() + T::exp2(x1).sin());
    (((x1 + s1) + m6) + a7) + a8
}

fn p70_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 2..6 {
        let mut m3 = x1;
        let a4 = m3;
        let a5 = x0 + m3;
        m3 += ((x0 * a4 + x1) + x1).atan();
        s1 = dmax(s1, ((k::<D>(BETA)) * (k::<D>(-1.0))).cos());
    }
    let mut m6 = ((k::<D>(1.0)) + (x0 * x0)).log2();
    let a7 = m6;
    let a8 = (x1 + a7) / ((k::<D>(2.0)) + x1.exp2().sin());
    (((x1 + s1) + m6) + a7) + a8
}

#[differentiable]
fn p71(x: &[f64], y: f64, nk: usize) -> f64 {
    let y = f64::atanh(0.9 * (((-0.0) + y).sin()));
    let y = ((x[1].asinh() + f64::sin(y)).sin()).exp();
    let y = p44(f64::cos(y), y.sin(), -0.7f64);
    let a1 = 0.558
        / f64::cos((2.0 + f64::sin((1.1 + ((1.5 + y.tanh()) * (1.5 + y.tanh()))).acosh())).log2())
            .exp();
    (y + a1) + x[1]
}

fn p71_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let y = ((k::<D>(0.9)) * (((k::<D>(-0.0)) + y).sin())).atanh();
    let y = ((x[1].asinh() + y.sin()).sin()).exp();
    let y = p44_d(y.cos(), y.sin(), k::<D>(-0.7));
    let a1 = (k::<D>(0.558))
        / (((((k::<D>(2.0))
            + ((((k::<D>(1.1)) + (((k::<D>(1.5)) + y.tanh()) * ((k::<D>(1.5)) + y.tanh())))
                .acosh())
            .sin()))
        .log2())
        .cos())
        .exp());
    (y + a1) + x[1]
}

#[differentiable]
fn p72(x0: f64, x1: f64) -> f64 {
    let mut s1 = 1.0;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let a3: f64 = Float::powi(x1, 2).cos();
        let a4 = x0;
        s1 += Float::atan(f64::sqrt(1.5 + x0.tanh()));
        s1 += (((0.5
            + ((1.0 + (s1.cos() * f64::cos(s1))) * (1.0f64 + (s1.cos() * Float::cos(s1)))))
        .ln_1p())
            / (2.0 + Float::atan2(a3, -(0.5 + (std::f64::consts::E * std::f64::consts::E))).sin()))
        .tanh();
        if f64::mul_add(x0, x0, s1) > -0.27 {
            break;
        }
    }
    let mut s5 = 0.5;
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        if i6 % 2 == 0 {
            continue;
        }
        s1 += (((2.0 + x1.sin()).sqrt()) / f64::hypot(V[i6].sin(), 1.0)).sin();
        let (u7, w8) = (
            (s1.atan() * s1.tanh()).atan(),
            f64::atan2(s5, -(0.5_f64 + (s5 * s5))),
        );
        s5 -= (s5.cos() * x0).tanh();
        s1 += Float::sqrt(2.0 + f64::sin(u7)).atan();
    }
    let mut s9: f64 = 0.5;
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        let (u11, w12) = (
            s9,
            ((0.5 + ((1.0 + (x0 * x0)) * (1.0f64 + (x0 * x0)))).ln_1p()) - s5,
        );
        let a13 = f64::asinh(s5);
        if -x1 > f64::tan(Float::sin(x0)) {
            continue;
        }
        let a14 = (i10 as f64);
        s9 += p46(
            f64::sin(f64::recip(2.0 + Float::sin(w12))),
            W[i10].cos(),
            ((2.0 + x0.sin()).powf(Float::tanh(std::f64::consts::E))).cos(),
        )
        .atan();
        s5 *= 1.0 + (0.3 * s9.sin().exp().powi(-2).sin());
    }
    if x1 <= s5.clamp(-1.2, 0.47_f64) {
        s5 = Float::sin((0.7_f64 * s5) + (((-0.4).cos()) / (1.5 + ((s1 - x0).tanh()))));
    }
    (0.001 * ((((x0 + x1) + s1) + s5) - s9)).tanh()
}

fn p72_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let a3: D = x1.powi(2).cos();
        let a4 = x0;
        s1 += (((k::<D>(1.5)) + x0.tanh()).sqrt()).atan();
        s1 += ((((k::<D>(0.5))
            + (((k::<D>(1.0)) + (s1.cos() * s1.cos()))
                * ((k::<D>(1.0)) + (s1.cos() * s1.cos()))))
        .ln_1p())
            / ((k::<D>(2.0))
                + datan2(
                    a3,
                    -((k::<D>(0.5))
                        + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))),
                )
                .sin()))
        .tanh();
        if (x0 * x0 + s1).re() > (k::<D>(-0.27)).re() {
            break;
        }
    }
    let mut s5 = k::<D>(0.5);
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        if i6 % 2 == 0 {
            continue;
        }
        s1 += ((((k::<D>(2.0)) + x1.sin()).sqrt())
            / ((((k::<D>(V[i6])).sin()) * ((k::<D>(V[i6])).sin())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt()))
        .sin();
        let (u7, w8) = (
            (s1.atan() * s1.tanh()).atan(),
            datan2(s5, -((k::<D>(0.5)) + (s5 * s5))),
        );
        s5 -= (s5.cos() * x0).tanh();
        s1 += (((k::<D>(2.0)) + u7.sin()).sqrt()).atan();
    }
    let mut s9: D = k::<D>(0.5);
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        let (u11, w12) = (
            s9,
            (((k::<D>(0.5)) + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0)))).ln_1p())
                - s5,
        );
        let a13 = s5.asinh();
        if (-x1).re() > x0.sin().tan().re() {
            continue;
        }
        let a14 = k::<D>(i10 as f64);
        s9 += p46_d(
            (((k::<D>(2.0)) + w12.sin()).recip()).sin(),
            (k::<D>(W[i10])).cos(),
            ((((k::<D>(std::f64::consts::E)).tanh()) * ((k::<D>(2.0)) + x0.sin()).ln()).exp())
                .cos(),
        )
        .atan();
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s9.sin().exp().powi(-2).sin());
    }
    if x1.re() <= dclamp(s5, k::<D>(-1.2), k::<D>(0.47)).re() {
        s5 = (((k::<D>(0.7)) * s5)
            + (((k::<D>(-0.4)).cos()) / ((k::<D>(1.5)) + ((s1 - x0).tanh()))))
        .sin();
    }
    ((k::<D>(0.001)) * ((((x0 + x1) + s1) + s5) - s9)).tanh()
}

#[differentiable]
fn p73<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(0.5);
    for i2 in 2..4 {
        let mut m3 = (s1.cos().sin().tan() / T::hypot(c::<T>(W[i2]), c::<T>(1.0)))
            + ((c::<T>(0.733)).mul_add(c::<T>(1.0), Float::powf((c::<T>(1.0)) + (x0 * x0), x1)));
        if x1 - s1 <= s1 + s1 || x0 < x0 {
            break;
        }
        s1 += Float::atan(x0).cos();
    }
    let a4 = (((x0 + x0).cos()).exp()).sqrt();
    let a5: T = x1;
    (((x0 * x1) + s1) * a4) + a5
}

fn p73_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 2..4 {
        let mut m3 = (s1.cos().sin().tan()
            / (((k::<D>(W[i2])) * (k::<D>(W[i2])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            + ((k::<D>(0.733)) * (k::<D>(1.0)) + ((x1 * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp()));
        if (x1 - s1).re() <= (s1 + s1).re() || x0.re() < x0.re() {
            break;
        }
        s1 += x0.atan().cos();
    }
    let a4 = (((x0 + x0).cos()).exp()).sqrt();
    let a5: D = x1;
    (((x0 * x1) + s1) * a4) + a5
}

#[differentiable]
fn p74(x0: f64, x1: f64) -> f64 {
    let a1 = ((x1 + x1) * f64::sin(1.452)) + Float::atanh(0.9 * 1.62.sin());
    let a1 = -(-0.968_f64);
    let mut s2 = 1.0;
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = a1;
        let mut s5 = 0.5;
        for i6 in 0..2 {
            let a7 = s2;
            s2 *= 1.0_f64 + (0.3 * x0.atan2(0.5 + (s5 * s5)).sin());
            s5 = (0.5 * s5) + ((f64::ln(2.0_f64 + f64::sin(x0)) + f64::exp(x1).powf(1.3)).sin());
        }
        s5 += (s5 * 0.09).sin();
        s2 *= 1.0 + (0.3 * a4.sin());
    }
    s2 += ((0.5f64 + (1.3.exp() * 1.3_f64.exp())).ln_1p()) / (2.0 + ((s2.cos() * a1).sin()));
    let (u8, w9) = (x0 / (1.5 + x1.tanh()), -0.13_f64);
    (((x1 - a1) + s2) * u8) + w9
}

fn p74_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 =
        ((x1 + x1) * ((k::<D>(1.452)).sin())) + (((k::<D>(0.9)) * ((k::<D>(1.62)).sin())).atanh());
    let a1 = -(k::<D>(-0.968));
    let mut s2 = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 1 {
        i3 += 1;
        let a4 = a1;
        let mut s5 = k::<D>(0.5);
        for i6 in 0..2 {
            let a7 = s2;
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * datan2(x0, (k::<D>(0.5)) + (s5 * s5)).sin());
            s5 = ((k::<D>(0.5)) * s5)
                + (((((k::<D>(2.0)) + x0.sin()).ln()) + (((k::<D>(1.3)) * x1.exp().ln()).exp()))
                    .sin());
        }
        s5 += (s5 * (k::<D>(0.09))).sin();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a4.sin());
    }
    s2 += (((k::<D>(0.5)) + (((k::<D>(1.3)).exp()) * ((k::<D>(1.3)).exp()))).ln_1p())
        / ((k::<D>(2.0)) + ((s2.cos() * a1).sin()));
    let (u8, w9) = (x0 / ((k::<D>(1.5)) + x1.tanh()), k::<D>(-0.13));
    (((x1 - a1) + s2) * u8) + w9
}

#[differentiable]
fn p75<T: Float>(x0: T, x1: T, x2: T) -> T {
    let mut s1 = c::<T>(0.0);
    for i2 in 2..=6 {
        s1 = s1 - (((T::abs(c::<T>(-1.3)) / ((c::<T>(1.0)) + (x1.abs() * x1.abs()))) - x0).tanh());
        let a3 = ((c::<T>(2.0)) + ((((c::<T>(ALPHA)).asinh()) + (x2 * x2)).sin())).log2();
        if ((c::<T>(1.5)) + Float::tanh(x2)).sqrt() < x1 - x0 {
            continue;
        }
        s1 = s1
            * ((c::<T>(1.0))
                + (T::from(0.3).unwrap() * (((c::<T>(1.5)) + ((c::<T>(BETA)).tanh())).cos())));
    }
    for i4 in 1..3 {
        let (u5, w6) = (
            ((c::<T>(0.9)) * x1.tanh()).atanh(),
            ((c::<T>(1.1)) + (((c::<T>(1.0)) + (x0 * x0)) * ((c::<T>(1.0)) + (x0 * x0)))).acosh(),
        );
        s1 = T::max(s1, x0.tanh());
    }
    let a7 = ((c::<T>(1.5)) + T::exp_m1(((c::<T>(0.58)).cosh()).atan()).tanh()).sqrt();
    s1 = s1.min(c::<T>(-1.148));
    if a7 / ((c::<T>(1.5)) + T::tanh(c::<T>(BETA))) >= (c::<T>(BETA)) + x0 && x2 <= x1 {
        s1 = s1 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(T::from(1.42).unwrap())));
    } else {
        s1 = s1 / x1.cosh();
    }
    s1 = s1 - ((x0 + x2).min(x1));
    ((c::<T>(0.001)) * ((((x0 + x1) + x2) * s1) - a7)).tanh()
}

fn p75_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 2..=6 {
        s1 -= ((((k::<D>(-1.3)).abs()) / ((k::<D>(1.0)) + (x1.abs() * x1.abs()))) - x0).tanh();
        let a3 = ((k::<D>(2.0)) + ((((k::<D>(ALPHA)).asinh()) + (x2 * x2)).sin())).log2();
        if (((k::<D>(1.5)) + x2.tanh()).sqrt()).re() < (x1 - x0).re() {
            continue;
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(BETA)).tanh())).cos()));
    }
    for i4 in 1..3 {
        let (u5, w6) = (
            ((k::<D>(0.9)) * x1.tanh()).atanh(),
            ((k::<D>(1.1)) + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0)))).acosh(),
        );
        s1 = dmax(s1, x0.tanh());
    }
    let a7 = ((k::<D>(1.5)) + (((((k::<D>(0.58)).cosh()).atan()).exp_m1()).tanh())).sqrt();
    s1 = dmin(s1, k::<D>(-1.148));
    if (a7 / ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))).re() >= ((k::<D>(BETA)) + x0).re()
        && x2.re() <= x1.re()
    {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(1.42)).sin()));
    } else {
        s1 /= x1.cosh();
    }
    s1 -= dmin(x0 + x2, x1);
    ((k::<D>(0.001)) * ((((x0 + x1) + x2) * s1) - a7)).tanh()
}

#[differentiable]
fn p76(x0: f64, x1: f64, nk: usize) -> f64 {
    let mut s1: f64 = 1.0;
    for i2 in 0..nk {
        let a3 = std::f64::consts::E.sin().cosh().powf(s1.atan());
        let mut m4 = s1;
        let mut s5 = 0.5;
        for i6 in (i2 + 1)..6 {
            let a7 = 0.3_f64 + f64::powi(m4.sin(), 1);
            let a8 = p46(a3.atan(), x1, Float::atan(a3)) + x0;
            let a9 = a3 - Float::tan(s1.sin().sin());
            s5 += ((1.0
                + (((s5.signum() * s1.cos()).sin()) * ((s5.signum() * f64::cos(s1)).sin())))
            .log10())
            .atan();
        }
        m4 -= f64::atan(Float::clamp(Float::min(m4, -1.26), -0.3, 1.05));
        m4 *= 1.0 + (0.3f64 * s5.sin());
    }
    let (u10, w11) = (
        -x1,
        f64::exp2(
            (if x1.hypot(1.0).sqrt() > 0.34.cos() {
                x0 * x1
            } else {
                x1 / (1.0 + (ALPHA * ALPHA))
            })
            .tanh(),
        ),
    );
    if x1 + x0 > (1.0 + (w11.cos() * w11.cos())).ln() {
        return (1.5 + Float::hypot(s1, 1.0).ln().tanh()).powi(0);
    }
    if w11 > -0.24 || w11 <= 1.785 {
        s1 -= w11;
    } else {
        s1 *= 1.0 + (0.3 * ((((-x0).abs()).asinh()).sin()));
    }
    let u10: f64 = (1.0 + (Float::atan(s1) * s1.atan())).recip();
    s1 += w11;
    (((x0 + x1) + s1) + w11) + u10
}

fn p76_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 0..nk {
        let a3 = (s1.atan() * (((k::<D>(std::f64::consts::E)).sin()).cosh()).ln()).exp();
        let mut m4 = s1;
        let mut s5 = k::<D>(0.5);
        for i6 in (i2 + 1)..6 {
            let a7 = (k::<D>(0.3)) + m4.sin().powi(1);
            let a8 = p46_d(a3.atan(), x1, a3.atan()) + x0;
            let a9 = a3 - s1.sin().sin().tan();
            s5 += (((k::<D>(1.0))
                + ((((k::<D>(s5.re().signum())) * s1.cos()).sin())
                    * (((k::<D>(s5.re().signum())) * s1.cos()).sin())))
            .log10())
            .atan();
        }
        m4 -= dclamp(dmin(m4, k::<D>(-1.26)), k::<D>(-0.3), k::<D>(1.05)).atan();
        m4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s5.sin());
    }
    let (u10, w11) = (
        -x1,
        ((if (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()).re()
            > ((k::<D>(0.34)).cos()).re()
        {
            x0 * x1
        } else {
            x1 / ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))
        })
        .tanh())
        .exp2(),
    );
    if (x1 + x0).re() > (((k::<D>(1.0)) + (w11.cos() * w11.cos())).ln()).re() {
        return ((k::<D>(1.5))
            + ((((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).tanh()))
        .powi(0);
    }
    if w11.re() > (k::<D>(-0.24)).re() || w11.re() <= (k::<D>(1.785)).re() {
        s1 -= w11;
    } else {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((-x0).abs()).asinh()).sin()));
    }
    let u10: D = ((k::<D>(1.0)) + (s1.atan() * s1.atan())).recip();
    s1 += w11;
    (((x0 + x1) + s1) + w11) + u10
}

#[differentiable]
fn p77<T: Float>(x: [T; 3]) -> T {
    let a1: T = (x[0] / ((c::<T>(2.0)) + ((c::<T>(std::f64::consts::E)).sin())))
        / ((c::<T>(1.0)) + ((-(c::<T>(BETA))) * (-(c::<T>(BETA)))));
    let mut s2 = T::from(0.5).unwrap();
    for i3 in 1..=4 {
        let a4: T = Float::atanh((c::<T>(0.9)) * ((c::<T>(-1.6)).sin())) - T::exp2(c::<T>(W[i3]));
        for &i5 in x.iter() {
            let a6 = p70(a1, Float::tanh(a4));
            let i5 = (((x[1] * x[2]).sin()).exp()).cbrt();
            s2 = (T::from(0.5).unwrap() * s2)
                + Float::cos(
                    ((c::<T>(1.0))
                        + (a6.tanh().cosh().powf(T::sin(s2)).atan()
                            * a6.tanh().cosh().powf(T::sin(s2)).atan()))
                    .powf(x[2].tanh().atan()),
                );
        }
        s2 = (T::from(0.5).unwrap() * s2) + T::exp(a4.tanh()).cos();
        s2 = ((c::<T>(0.5)) * s2)
            + ((((c::<T>(core::f64::consts::PI)) * a1)
                - Float::mul_add((c::<T>(i3 as f64)).sin(), x[2], c::<T>(0.965)))
            .cos());
    }
    let mut s7: T = c::<T>(1.0);
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let a9 = Float::ln_1p(
            T::from(0.5).unwrap()
                + (((c::<T>(2.0)) + s7.abs().sin()) * ((c::<T>(2.0)) + s7.abs().sin())),
        );
        s7 = (((c::<T>(0.7)) * s7) + x[1]).tanh();
        s7 = s7.max(
            ({
                let t10 = x[0];
                s2
            })
            .atan(),
        );
        if x[0]
            .exp()
            .log(Float::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * s7.cos().sin())))
            >= T::from(-0.7).unwrap()
            && c::<T>(1.905) < c::<T>(0.61)
        {
            break;
        }
    }
    for i11 in 2..4 {
        s2 = ((c::<T>(0.5)) * s2) + T::sin(T::acos(T::from(0.9).unwrap() * x[2].tanh()));
        s2 = T::tanh(
            ((c::<T>(0.7)) * s2)
                + (((c::<T>(W[i11])).exp_m1())
                    / ((({
                        let t12 = x[1];
                        c::<T>(i11 as f64)
                    })
                    .sin())
                    .exp())),
        );
        if x[1] > c::<T>(-0.01) {
            continue;
        }
    }
    if ((c::<T>(1.1))
        + (Float::cosh(Float::atan(c::<T>(std::f64::consts::E)))
            * (((c::<T>(std::f64::consts::E)).atan()).cosh())))
    .acosh()
        <= c::<T>(0.22)
        || x[2] <= T::from(0.6).unwrap()
    {
        return x[0];
    }
    let mut m13 = -a1;
    (((a1 + s2) + s7) + m13) + x[0]
}

fn p77_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (x[0] / ((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin())))
        / ((k::<D>(1.0)) + ((-(k::<D>(BETA))) * (-(k::<D>(BETA)))));
    let mut s2 = k::<D>(0.5);
    for i3 in 1..=4 {
        let a4: D = (((k::<D>(0.9)) * ((k::<D>(-1.6)).sin())).atanh()) - ((k::<D>(W[i3])).exp2());
        for &i5 in x.iter() {
            let a6 = p70_d(a1, a4.tanh());
            let i5 = (((x[1] * x[2]).sin()).exp()).cbrt();
            s2 = ((k::<D>(0.5)) * s2)
                + (((x[2].tanh().atan()
                    * ((k::<D>(1.0))
                        + ((((s2.sin() * a6.tanh().cosh().ln()).exp()).atan())
                            * (((s2.sin() * a6.tanh().cosh().ln()).exp()).atan())))
                    .ln())
                .exp())
                .cos());
        }
        s2 = ((k::<D>(0.5)) * s2) + a4.tanh().exp().cos();
        s2 = ((k::<D>(0.5)) * s2)
            + ((((k::<D>(core::f64::consts::PI)) * a1)
                - (((k::<D>(i3 as f64)).sin()) * x[2] + (k::<D>(0.965))))
            .cos());
    }
    let mut s7: D = k::<D>(1.0);
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let a9 = ((k::<D>(0.5))
            + (((k::<D>(2.0)) + s7.abs().sin()) * ((k::<D>(2.0)) + s7.abs().sin())))
        .ln_1p();
        s7 = (((k::<D>(0.7)) * s7) + x[1]).tanh();
        s7 = dmax(
            s7,
            ({
                let t10 = x[0];
                s2
            })
            .atan(),
        );
        if (x[0].exp().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s7.cos().sin())).exp()).ln()).re()
            >= (k::<D>(-0.7)).re()
            && (k::<D>(1.905)).re() < (k::<D>(0.61)).re()
        {
            break;
        }
    }
    for i11 in 2..4 {
        s2 = ((k::<D>(0.5)) * s2) + ((((k::<D>(0.9)) * x[2].tanh()).acos()).sin());
        s2 = (((k::<D>(0.7)) * s2)
            + (((k::<D>(W[i11])).exp_m1())
                / ((({
                    let t12 = x[1];
                    k::<D>(i11 as f64)
                })
                .sin())
                .exp())))
        .tanh();
        if x[1].re() > (k::<D>(-0.01)).re() {
            continue;
        }
    }
    if (((k::<D>(1.1))
        + ((((k::<D>(std::f64::consts::E)).atan()).cosh())
            * (((k::<D>(std::f64::consts::E)).atan()).cosh())))
    .acosh())
    .re()
        <= (k::<D>(0.22)).re()
        || x[2].re() <= (k::<D>(0.6)).re()
    {
        return x[0];
    }
    let mut m13 = -a1;
    (((a1 + s2) + s7) + m13) + x[0]
}

#[differentiable]
fn p78(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = ((1.5 + x2.tanh()).powi(0), x0 - (-0.5));
    let a3 = (-0.0_f64).sinh();
    let mut s4 = 0.0;
    for i5 in 0..=1 {
        let a6 = x0.exp().powf(u1);
        let a7 = a6.atan().mul_add(f64::tanh(a6), a3);
        let (u8, w9) = (Float::atan(x0) * f64::exp(w2).cos(), x1);
        s4 += ((1.0 + ((1.46 - (i5 as f64)) * (1.46 - (i5 as f64))))
            .powf(Float::sin(f64::asin(0.9 * Float::tanh(x1)))))
        .tanh();
        if x2.powi(2) >= x2 {
            continue;
        }
        s4 = s4.max(Float::cos(w2));
    }
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        if a3.max(s4) >= u1 * u1 {
            continue;
        }
        s4 *= 1.0 + (0.3 * ((a3 + a3).sin()));
        let (u11, w12) = (
            (x0.clamp(-0.05, 0.29) - s4.cos().exp_m1()) + (((i10 as f64) - x2).cos()),
            x0,
        );
        if !((1.0 + (u1 * u1)).ln() < -0.46_f64) {
            s4 += Float::atan(x2);
        }
        s4 += x2
            .sin()
            .tan()
            .atan2(0.5_f64 + ((x1 / (1.5 + u1.tanh())) * (x1 / (1.5 + u1.tanh()))))
            .tanh();
    }
    (((x2 + u1) + w2) + a3) + s4
}

fn p78_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (((k::<D>(1.5)) + x2.tanh()).powi(0), x0 - (k::<D>(-0.5)));
    let a3 = (k::<D>(-0.0)).sinh();
    let mut s4 = k::<D>(0.0);
    for i5 in 0..=1 {
        let a6 = (u1 * x0.exp().ln()).exp();
        let a7 = (a6.atan() * a6.tanh() + a3);
        let (u8, w9) = (x0.atan() * w2.exp().cos(), x1);
        s4 += ((((((k::<D>(0.9)) * x1.tanh()).asin()).sin())
            * ((k::<D>(1.0))
                + (((k::<D>(1.46)) - (k::<D>(i5 as f64)))
                    * ((k::<D>(1.46)) - (k::<D>(i5 as f64)))))
            .ln())
        .exp())
        .tanh();
        if x2.powi(2).re() >= x2.re() {
            continue;
        }
        s4 = dmax(s4, w2.cos());
    }
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        if dmax(a3, s4).re() >= (u1 * u1).re() {
            continue;
        }
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a3 + a3).sin()));
        let (u11, w12) = (
            (dclamp(x0, k::<D>(-0.05), k::<D>(0.29)) - s4.cos().exp_m1())
                + (((k::<D>(i10 as f64)) - x2).cos()),
            x0,
        );
        if !((((k::<D>(1.0)) + (u1 * u1)).ln()).re() < (k::<D>(-0.46)).re()) {
            s4 += x2.atan();
        }
        s4 += datan2(
            x2.sin().tan(),
            (k::<D>(0.5))
                + ((x1 / ((k::<D>(1.5)) + u1.tanh())) * (x1 / ((k::<D>(1.5)) + u1.tanh()))),
        )
        .tanh();
    }
    (((x2 + u1) + w2) + a3) + s4
}

#[differentiable]
fn p79<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1: T = ((((c::<T>(BETA)) + x[1])
        / (T::from(1.5).unwrap() + (((c::<T>(BETA)) + (c::<T>(BETA))).tanh())))
    .cos())
        * ((x[5].sin() + ((c::<T>(BETA)) - (c::<T>(ALPHA)))).cos());
    let mut m2: T = T::powi(x[5] * (c::<T>(-0.6)), 1);
    let a1: T = a1;
    m2 *= (c::<T>(1.0))
        + (T::from(0.3).unwrap()
            * Float::sin((((c::<T>(2.0)) + T::sin(x[2] + T::from(-0.66).unwrap())).cbrt()).tanh()));
    (m2 + a1) + x[5]
}

fn p79_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((((k::<D>(BETA)) + x[1])
        / ((k::<D>(1.5)) + (((k::<D>(BETA)) + (k::<D>(BETA))).tanh())))
    .cos())
        * ((x[5].sin() + ((k::<D>(BETA)) - (k::<D>(ALPHA)))).cos());
    let mut m2: D = (x[5] * (k::<D>(-0.6))).powi(1);
    let a1: D = a1;
    m2 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((((k::<D>(2.0)) + ((x[2] + (k::<D>(-0.66))).sin())).cbrt()).tanh()).sin()));
    (m2 + a1) + x[5]
}

#[differentiable]
fn p80(x: [f64; 3]) -> f64 {
    let a1 = 1.86_f64 * x[2];
    let a2 = if a1.clamp(-0.05, 0.88) >= x[0] {
        a1
    } else {
        a1
    };
    let mut m3 = 1.0;
    let a4 = a1.sin().exp().log(Float::exp(
        0.5 + (0.4 * Float::sin(f64::acos(0.9 * x[0].tanh()).sin())),
    ));
    let mut m5 = (((ALPHA / x[0].exp()).sin()).mul_add(
        Float::tanh(ALPHA - std::f64::consts::E),
        f64::mul_add(m3, x[1], 1.5),
    )) - (f64::sin(std::f64::consts::E - 0.487f64)
        * m3.hypot(0.5_f64 + (a4 * a4)).tanh());
    ((((a1 + a2) + m3) + a4) + m5) + x[0]
}

fn p80_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(1.86)) * x[2];
    let a2 = if dclamp(a1, k::<D>(-0.05), k::<D>(0.88)).re() >= x[0].re() {
        a1
    } else {
        a1
    };
    let mut m3 = k::<D>(1.0);
    let a4 = (a1.sin().exp().ln()
        / (((k::<D>(0.5))
            + ((k::<D>(0.4)) * (((((k::<D>(0.9)) * x[0].tanh()).acos()).sin()).sin())))
        .exp())
        .ln());
    let mut m5 = ((((k::<D>(ALPHA)) / x[0].exp()).sin())
        * (((k::<D>(ALPHA)) - (k::<D>(std::f64::consts::E))).tanh())
        + (m3 * x[1] + (k::<D>(1.5))))
        - ((((k::<D>(std::f64::consts::E)) - (k::<D>(0.487))).sin())
            * (((m3 * m3 + ((k::<D>(0.5)) + (a4 * a4)) * ((k::<D>(0.5)) + (a4 * a4))).sqrt())
                .tanh()));
    ((((a1 + a2) + m3) + a4) + m5) + x[0]
}

#[differentiable]
fn p81<T: Float>(x: &[T]) -> T {
    let a1: T = T::atan((c::<T>(ALPHA)).abs()).cosh().powi(-1)
        / ((c::<T>(2.0)) + ((((c::<T>(2.0)) + (((c::<T>(ALPHA)).abs()).sin())).ln()).sin()));
    let mut s2: T = T::one();
    for i3 in 1..x.len() {
        let a4 = x[i3 - 1].powi(2);
        s2 = s2 * (T::one() + ((c::<T>(0.3)) * Float::cos(T::exp(a1))));
        s2 = s2
            + Float::tanh(T::atan2(
                x[i3] * x[i3 - 1],
                (c::<T>(0.5))
                    + (T::exp_m1(Float::atan(c::<T>(core::f64::consts::PI)))
                        * (((c::<T>(core::f64::consts::PI)).atan()).exp_m1())),
            ));
    }
    let mut s5 = c::<T>(0.5);
    for i6 in 0..x.len() {
        s2 = s2
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * (((((c::<T>(1.0)) + ((c::<T>(W[i6])) * (c::<T>(W[i6])))).log10())
                        + x[i6].atan())
                    .sin())));
        s2 = s2 * (T::one() + ((c::<T>(0.3)) * ((c::<T>(-0.07)).sin())));
        s2 = s2
            * ((c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * (((((T::one() + (s5.atan() * T::atan(s5))).recip()).trunc())
                        * ((c::<T>(1.6)) - a1))
                        .sin())));
        if i6 <= 0 {
            continue;
        }
    }
    s2 = s2 + (((-s2).min(x[1] + a1)).atan());
    let mut s7: T = c::<T>(0.0);
    for i8 in 0..x.len() {
        let a9 = -s2;
        let mut m10 = a9;
        if p57(x[i8], s5.tanh()) < s2 / a1.exp() {
            break;
        }
        s5 = s5 + p31(m10.sin(), T::atan(a9), x[i8]).cos();
        s2 = (((c::<T>(0.7)) * s2)
            + (-(((c::<T>(2.0)) + s5.sin())
                .log(T::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * Float::sin(a1)))))))
        .atan();
    }
    (((a1 + s2) * s5) + s7) + x[3]
}

fn p81_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (((((k::<D>(ALPHA)).abs()).atan()).cosh()).powi(-1))
        / ((k::<D>(2.0)) + ((((k::<D>(2.0)) + (((k::<D>(ALPHA)).abs()).sin())).ln()).sin()));
    let mut s2: D = k::<D>(1.0);
    for i3 in 1..x.len() {
        let a4 = x[i3 - 1].powi(2);
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.exp().cos());
        s2 += datan2(
            x[i3] * x[i3 - 1],
            (k::<D>(0.5))
                + ((((k::<D>(core::f64::consts::PI)).atan()).exp_m1())
                    * (((k::<D>(core::f64::consts::PI)).atan()).exp_m1())),
        )
        .tanh();
    }
    let mut s5 = k::<D>(0.5);
    for i6 in 0..x.len() {
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(1.0)) + ((k::<D>(W[i6])) * (k::<D>(W[i6])))).log10())
                    + x[i6].atan())
                .sin()));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.07)).sin()));
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(
                    (((k::<D>(1.0)) + (s5.atan() * s5.atan())).recip())
                        .re()
                        .trunc(),
                )) * ((k::<D>(1.6)) - a1))
                    .sin()));
        if i6 <= 0 {
            continue;
        }
    }
    s2 += dmin(-s2, x[1] + a1).atan();
    let mut s7: D = k::<D>(0.0);
    for i8 in 0..x.len() {
        let a9 = -s2;
        let mut m10 = a9;
        if p57_d(x[i8], s5.tanh()).re() < (s2 / a1.exp()).re() {
            break;
        }
        s5 += p31_d(m10.sin(), a9.atan(), x[i8]).cos();
        s2 = (((k::<D>(0.7)) * s2)
            + (-(((k::<D>(2.0)) + s5.sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin())).exp()).ln())))
        .atan();
    }
    (((a1 + s2) * s5) + s7) + x[3]
}

#[differentiable]
fn p82(x0: f64, x1: f64) -> f64 {
    let mut m1 = x1 / (1.5 + f64::tanh(-0.14_f64));
    if !(x1 + m1 > 1.574 / ((-1.5).hypot(1.0))) {
        m1 *= 1.0_f64
            + (0.3
                * f64::cosh(
                    ((x1 / (1.5 + BETA.tanh())).min((1.0 + (1.368 * 1.368)).powf(0.5_f64))).cos(),
                )
                .sin());
    }
    let a2 = -(x0 + m1);
    m1 *= 1.0 + (0.3_f64 * ((0.378 - core::f64::consts::PI).sin()));
    ((x0 + x1) + m1) + a2
}

fn p82_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = x1 / ((k::<D>(1.5)) + ((k::<D>(-0.14)).tanh()));
    if !((x1 + m1).re()
        > ((k::<D>(1.574))
            / (((k::<D>(-1.5)) * (k::<D>(-1.5)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
        .re())
    {
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * dmin(
                    x1 / ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh())),
                    ((k::<D>(0.5)) * ((k::<D>(1.0)) + ((k::<D>(1.368)) * (k::<D>(1.368)))).ln())
                        .exp(),
                )
                .cos()
                .cosh()
                .sin());
    }
    let a2 = -(x0 + m1);
    m1 *= (k::<D>(1.0))
        + ((k::<D>(0.3)) * (((k::<D>(0.378)) - (k::<D>(core::f64::consts::PI))).sin()));
    ((x0 + x1) + m1) + a2
}

#[differentiable]
fn p83(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = ((-0.97) - x1, f64::mul_add(x1, x0, x0));
    let (u3, w4) = (
        f64::cos(p57(ALPHA.cos(), BETA.sin())).sinh(),
        ((u1 * w2).atan()).exp_m1(),
    );
    let a5: f64 = std::f64::consts::E;
    let a6 = if (1.1 + (Float::cosh(x1) * Float::cosh(x1))).acosh() < 0.88 {
        (1.3f64 * (-1.0f64)) - x1
    } else {
        w2
    };
    let a7 = Float::log10(1.0 + (u3.atan() * u3.atan()));
    (((u3 + w4) + a5) - a6) + a7
}

fn p83_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = ((k::<D>(-0.97)) - x1, (x1 * x0 + x0));
    let (u3, w4) = (
        p57_d((k::<D>(ALPHA)).cos(), (k::<D>(BETA)).sin())
            .cos()
            .sinh(),
        ((u1 * w2).atan()).exp_m1(),
    );
    let a5: D = k::<D>(std::f64::consts::E);
    let a6 = if (((k::<D>(1.1)) + (x1.cosh() * x1.cosh())).acosh()).re() < (k::<D>(0.88)).re() {
        ((k::<D>(1.3)) * (k::<D>(-1.0))) - x1
    } else {
        w2
    };
    let a7 = ((k::<D>(1.0)) + (u3.atan() * u3.atan())).log10();
    (((u3 + w4) + a5) - a6) + a7
}

#[differentiable]
fn p84<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 2..=5 {
        let mut s3 = c::<T>(0.0);
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            let mut m5 = (T::one() + ((c::<T>(i4 as f64)) * (c::<T>(i4 as f64)))).cbrt();
            m5 = ((c::<T>(0.5)) * m5)
                + (((x1 - (c::<T>(1.44))).clamp(c::<T>(-0.8), T::from(1.37).unwrap())).tanh());
            if i2 % 2 == 1 {
                continue;
            }
        }
        let a6 = ((c::<T>(1.5)) + ((-(c::<T>(-1.25))).tanh())).sqrt();
        let mut s7 = c::<T>(0.5);
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            s1 -= T::cos(
                x0.mul_add(a6, s1).atan().cosh() * ((T::from(-0.506).unwrap() + x0).powi(2)),
            );
            let a9 = if c::<T>(1.5) <= a6 {
                (s7.cos() * Float::cos(s7).cosh().cos()) - (s1.tanh().powi(1) * Float::asinh(x1))
            } else {
                T::powi(
                    ((T::from(0.5).unwrap()
                        + (((c::<T>(2.0)) + T::sin(c::<T>(1.12)))
                            * (T::from(2.0).unwrap() + T::sin(c::<T>(1.12)))))
                    .ln_1p())
                    .abs(),
                    3,
                )
            };
            s7 -= (c::<T>(W[i8])).sin();
            s1 += (s1 - x0).cos();
        }
        s1 = s1.max(
            Float::atan(((c::<T>(1.0)) + (s1.tanh() * Float::tanh(s1))).sqrt())
                .powi(1)
                .atan(),
        );
        s7 += x1.exp().recip().sin();
    }
    let a10: T = c::<T>(-1.993);
    let mut i11 = 0;
    while i11 < 1 {
        i11 += 1;
        let mut s12: T = c::<T>(1.0);
        if i11 < 1 {
            continue;
        }
        for i13 in (i11 + 1)..4 {
            let a14 = if x0.tanh() < c::<T>(0.24) {
                Float::exp_m1((c::<T>(BETA)).sin()).cos()
            } else {
                x1.tanh() * ((s1 + x1).tanh())
            };
            let a15 = (c::<T>(1.4)) / T::cbrt(T::from(2.0).unwrap() + s1.sin()).sin().cosh();
            if i11 <= 1 {
                break;
            }
            s12 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(V[i13])).exp2()).sin()));
            s1 /= T::one() + ((-(c::<T>(BETA))) * (-(c::<T>(BETA))));
            s1 /= (c::<T>(2.0)) + ((-a15).sin());
        }
        let mut i16 = 0;
        while i16 < 3 {
            i16 += 1;
            let a17 = x1;
            let a18 = T::sqrt((a10 / Float::exp(T::from(1.7).unwrap())).hypot(T::one()))
                - (s12.atan() * ((c::<T>(-1.3)) * (c::<T>(i11 as f64))));
            s1 = ((c::<T>(0.5)) * s1)
                + ((((c::<T>(-1.78)) + x0) + ((c::<T>(core::f64::consts::PI)) + x0)).sin());
            s1 = ((c::<T>(0.5)) * s1) + T::cos(x0 + Float::log2(a18.cos().exp()));
        }
        let a19 = x1;
        s12 = (T::from(0.5).unwrap() * s12) + a10.atan();
        s1 -= s1.min(x0).atan();
    }
    if p10(x0, Float::sin(c::<T>(ALPHA))) > c::<T>(-0.79) {
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * x1.sin());
    }
    let a20 = x1 - (x1 / (T::one() + (((c::<T>(-1.349)).powi(2)) * ((c::<T>(-1.349)).powi(2)))));
    let mut i21 = 0;
    while i21 < 4 {
        i21 += 1;
        let mut m22 = a20;
        let mut m23 = Float::log10(T::hypot(
            T::ceil(c::<T>(V[i21])) * ((s1 / x0.hypot(c::<T>(1.0))).tanh()),
            T::one(),
        ));
        m23 -= ({
            let t24 = m23 - m23;
            T::from(-1.862).unwrap() * t24
        })
        .cos();
    }
    ((c::<T>(0.001)) * ((((x0 - x1) * s1) + a10) - a20)).tanh()
}

fn p84_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..=5 {
        let mut s3 = k::<D>(0.0);
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            let mut m5 = ((k::<D>(1.0)) + ((k::<D>(i4 as f64)) * (k::<D>(i4 as f64)))).cbrt();
            m5 = ((k::<D>(0.5)) * m5)
                + dclamp(x1 - (k::<D>(1.44)), k::<D>(-0.8), k::<D>(1.37)).tanh();
            if i2 % 2 == 1 {
                continue;
            }
        }
        let a6 = ((k::<D>(1.5)) + ((-(k::<D>(-1.25))).tanh())).sqrt();
        let mut s7 = k::<D>(0.5);
        let mut i8 = 0;
        while i8 < 4 {
            i8 += 1;
            s1 -= ((((x0 * a6 + s1).atan()).cosh()) * (((k::<D>(-0.506)) + x0).powi(2))).cos();
            let a9 = if (k::<D>(1.5)).re() <= a6.re() {
                (s7.cos() * s7.cos().cosh().cos()) - (s1.tanh().powi(1) * x1.asinh())
            } else {
                ((((k::<D>(0.5))
                    + (((k::<D>(2.0)) + ((k::<D>(1.12)).sin()))
                        * ((k::<D>(2.0)) + ((k::<D>(1.12)).sin()))))
                .ln_1p())
                .abs())
                .powi(3)
            };
            s7 -= (k::<D>(W[i8])).sin();
            s1 += (s1 - x0).cos();
        }
        s1 = dmax(
            s1,
            (((((k::<D>(1.0)) + (s1.tanh() * s1.tanh())).sqrt()).atan()).powi(1)).atan(),
        );
        s7 += x1.exp().recip().sin();
    }
    let a10: D = k::<D>(-1.993);
    let mut i11 = 0;
    while i11 < 1 {
        i11 += 1;
        let mut s12: D = k::<D>(1.0);
        if i11 < 1 {
            continue;
        }
        for i13 in (i11 + 1)..4 {
            let a14 = if x0.tanh().re() < (k::<D>(0.24)).re() {
                (((k::<D>(BETA)).sin()).exp_m1()).cos()
            } else {
                x1.tanh() * ((s1 + x1).tanh())
            };
            let a15 = (k::<D>(1.4)) / (((((k::<D>(2.0)) + s1.sin()).cbrt()).sin()).cosh());
            if i11 <= 1 {
                break;
            }
            s12 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(V[i13])).exp2()).sin()));
            s1 /= (k::<D>(1.0)) + ((-(k::<D>(BETA))) * (-(k::<D>(BETA))));
            s1 /= (k::<D>(2.0)) + ((-a15).sin());
        }
        let mut i16 = 0;
        while i16 < 3 {
            i16 += 1;
            let a17 = x1;
            let a18 = ((((a10 / ((k::<D>(1.7)).exp())) * (a10 / ((k::<D>(1.7)).exp()))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .sqrt())
                - (s12.atan() * ((k::<D>(-1.3)) * (k::<D>(i11 as f64))));
            s1 = ((k::<D>(0.5)) * s1)
                + ((((k::<D>(-1.78)) + x0) + ((k::<D>(core::f64::consts::PI)) + x0)).sin());
            s1 = ((k::<D>(0.5)) * s1) + ((x0 + a18.cos().exp().log2()).cos());
        }
        let a19 = x1;
        s12 = ((k::<D>(0.5)) * s12) + a10.atan();
        s1 -= dmin(s1, x0).atan();
    }
    if p10_d(x0, (k::<D>(ALPHA)).sin()).re() > (k::<D>(-0.79)).re() {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin());
    }
    let a20 =
        x1 - (x1 / ((k::<D>(1.0)) + (((k::<D>(-1.349)).powi(2)) * ((k::<D>(-1.349)).powi(2)))));
    let mut i21 = 0;
    while i21 < 4 {
        i21 += 1;
        let mut m22 = a20;
        let mut m23 = ((((k::<D>((k::<D>(V[i21])).re().ceil()))
            * ((s1 / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).tanh()))
            * ((k::<D>((k::<D>(V[i21])).re().ceil()))
                * ((s1 / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).tanh()))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .log10();
        m23 -= ({
            let t24 = m23 - m23;
            (k::<D>(-1.862)) * t24
        })
        .cos();
    }
    ((k::<D>(0.001)) * ((((x0 - x1) * s1) + a10) - a20)).tanh()
}

#[differentiable]
fn p85(x: &[f64], y: f64) -> f64 {
    let mut m1 = 0.65_f64 / (2.0f64 + Float::sin((2.0 + x[2].sin()).powi(0)));
    let (u2, w3) = (
        (((y - m1).tanh()).exp_m1()) * ((x[2] * 0.124) * (-x[2])),
        (((2.0 + y.sin()).log2()).sin()) + ((y - x[0]) * ((-0.8).asinh())),
    );
    let mut s4 = 1.0;
    for i5 in 0..=2 {
        let a6 = (s4 / (1.0 + (x[2] * x[2]))) / 1.7f64.exp();
        let mut s7 = 0.5;
        for i8 in 0..x.len() - 1 {
            let mut m9: f64 = (1.5 + ((x[i8 + 1] - w3).tanh())).log2();
            let a10 = 1.81.sin() / x[i8 + 1].exp();
            let a12 = {
                let t11 = x[i8];
                (2.0 + ((y + x[i8]).sin())).log10()
            };
            s7 /= a10.tanh().mul_add((i5 as f64), y).hypot(1.0);
            s4 += x[i8].abs().atan();
        }
        s7 -= f64::sin(x[2].hypot(1.0).recip());
        s7 /= 1.0 + ((x[0] - 1.3) * (x[0] - 1.3));
    }
    ((((y - m1) + u2) + w3) + s4) + x[2]
}

fn p85_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = (k::<D>(0.65)) / ((k::<D>(2.0)) + ((((k::<D>(2.0)) + x[2].sin()).powi(0)).sin()));
    let (u2, w3) = (
        (((y - m1).tanh()).exp_m1()) * ((x[2] * (k::<D>(0.124))) * (-x[2])),
        ((((k::<D>(2.0)) + y.sin()).log2()).sin()) + ((y - x[0]) * ((k::<D>(-0.8)).asinh())),
    );
    let mut s4 = k::<D>(1.0);
    for i5 in 0..=2 {
        let a6 = (s4 / ((k::<D>(1.0)) + (x[2] * x[2]))) / ((k::<D>(1.7)).exp());
        let mut s7 = k::<D>(0.5);
        for i8 in 0..x.len() - 1 {
            let mut m9: D = ((k::<D>(1.5)) + ((x[i8 + 1] - w3).tanh())).log2();
            let a10 = ((k::<D>(1.81)).sin()) / x[i8 + 1].exp();
            let a12 = {
                let t11 = x[i8];
                ((k::<D>(2.0)) + ((y + x[i8]).sin())).log10()
            };
            s7 /= ((a10.tanh() * (k::<D>(i5 as f64)) + y) * (a10.tanh() * (k::<D>(i5 as f64)) + y)
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt();
            s4 += x[i8].abs().atan();
        }
        s7 -= (((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).sin();
        s7 /= (k::<D>(1.0)) + ((x[0] - (k::<D>(1.3))) * (x[0] - (k::<D>(1.3))));
    }
    ((((y - m1) + u2) + w3) + s4) + x[2]
}

#[differentiable]
fn p86(x: [f64; 5]) -> f64 {
    let a1 = if (0.5 + ((1.5f64 + ALPHA.tanh()) * (1.5 + ALPHA.tanh()))).ln_1p() > -0.32_f64 {
        (0.95 + core::f64::consts::PI) - BETA.sin().exp_m1()
    } else {
        x[4] + Float::cosh(x[2])
    };
    let a2 = -1.343;
    let mut s3 = 0.0;
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = (a2 + x[2]) - f64::sqrt(2.0f64 + a2.sin());
        let a6 = a2;
        s3 *= 1.0 + (0.3 * x[2].atan2(-(0.5 + (a1 * a1))).cos().exp().cos());
        if i4 > 0 {
            continue;
        }
        s3 -= Float::cos((a1 / (1.0 + (a2 * a2))).abs());
    }
    let mut s7 = 0.5;
    for i8 in x.iter() {
        let mut i9 = 0;
        while i9 < 1 {
            i9 += 1;
            if i9 <= 1 {
                s3 = s3.max((((2.0 + x[1].sin()).log2()) / (1.5 + a2.sinh().tanh())).tanh());
            } else {
                s3 = (0.5_f64 * s3) + ((f64::ln(1.0 + (x[2] * x[2])) + (s7 + V[i9])).atan());
            }
            let a10 = s3.tanh() * (-0.859);
            s3 /= 2.0_f64 + f64::sin(x[0].hypot(0.5 + (a1 * a1)));
            if i9 < 1 {
                continue;
            }
        }
        s7 = (0.5 * s7) + a2.cos();
        s7 = s7.min(f64::cos(
            ((a2 + s7).floor())
                * ((1.1_f64 + (x[0].hypot(1.0) * f64::hypot(x[0], 1.0f64))).acosh()),
        ));
    }
    s3 += 1.655;
    Float::tanh(0.001 * ((((a1 + a2) + s3) + s7) - x[1]))
}

fn p86_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = if (((k::<D>(0.5))
        + (((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))
            * ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))))
    .ln_1p())
    .re()
        > (k::<D>(-0.32)).re()
    {
        ((k::<D>(0.95)) + (k::<D>(core::f64::consts::PI))) - (((k::<D>(BETA)).sin()).exp_m1())
    } else {
        x[4] + x[2].cosh()
    };
    let a2 = k::<D>(-1.343);
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = (a2 + x[2]) - (((k::<D>(2.0)) + a2.sin()).sqrt());
        let a6 = a2;
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * datan2(x[2], -((k::<D>(0.5)) + (a1 * a1))).cos().exp().cos());
        if i4 > 0 {
            continue;
        }
        s3 -= ((a1 / ((k::<D>(1.0)) + (a2 * a2))).abs()).cos();
    }
    let mut s7 = k::<D>(0.5);
    for i8 in x {
        let mut i9 = 0;
        while i9 < 1 {
            i9 += 1;
            if i9 <= 1 {
                s3 = dmax(
                    s3,
                    ((((k::<D>(2.0)) + x[1].sin()).log2()) / ((k::<D>(1.5)) + a2.sinh().tanh()))
                        .tanh(),
                );
            } else {
                s3 = ((k::<D>(0.5)) * s3)
                    + (((((k::<D>(1.0)) + (x[2] * x[2])).ln()) + (s7 + (k::<D>(V[i9])))).atan());
            }
            let a10 = s3.tanh() * (k::<D>(-0.859));
            s3 /= (k::<D>(2.0))
                + (((x[0] * x[0] + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1)))
                    .sqrt())
                .sin());
            if i9 < 1 {
                continue;
            }
        }
        s7 = ((k::<D>(0.5)) * s7) + a2.cos();
        s7 = dmin(
            s7,
            ((k::<D>((a2 + s7).re().floor()))
                * (((k::<D>(1.1))
                    + (((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh()))
            .cos(),
        );
    }
    s3 += k::<D>(1.655);
    ((k::<D>(0.001)) * ((((a1 + a2) + s3) + s7) - x[1])).tanh()
}

#[differentiable]
fn p87(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (
        f64::powf(
            ((((-0.068).exp_m1()) / (1.0 + (x1.max(x1) * x1.max(x1)))).sin()).exp(),
            (-f64::acos(0.9 * x1.sin())).tanh(),
        ),
        0.92_f64,
    );
    let (u3, w4) = (
        ((0.9_f64 * p58((-1.67).cos(), x1).sin()).asin()).atan2(
            -(0.5
                + ((f64::exp2(u1.tanh()) / (1.0 + (f64::cos(u1 * 0.8) * ((u1 * 0.8).cos()))))
                    * (Float::exp2(Float::tanh(u1))
                        / (1.0 + (((u1 * 0.8).cos()) * f64::cos(u1 * 0.8)))))),
        ),
        x1,
    );
    let a5 = ((0.9 * 1.21.tanh()).acos()) - BETA;
    let a6 = -0.2f64.mul_add(u1.atan(), a5);
    let mut m7 = a5 - w4;
    m7 += (2.0 + ((-(-u1)).sin())).cbrt();
    (((u3 + w4) + a5) + a6) - m7
}

fn p87_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        (((-(((k::<D>(0.9)) * x1.sin()).acos())).tanh())
            * (((((k::<D>(-0.068)).exp_m1()) / ((k::<D>(1.0)) + (dmax(x1, x1) * dmax(x1, x1))))
                .sin())
            .exp())
            .ln())
        .exp(),
        k::<D>(0.92),
    );
    let (u3, w4) = (
        datan2(
            ((k::<D>(0.9)) * p58_d((k::<D>(-1.67)).cos(), x1).sin()).asin(),
            -((k::<D>(0.5))
                + ((u1.tanh().exp2()
                    / ((k::<D>(1.0))
                        + (((u1 * (k::<D>(0.8))).cos()) * ((u1 * (k::<D>(0.8))).cos()))))
                    * (u1.tanh().exp2()
                        / ((k::<D>(1.0))
                            + (((u1 * (k::<D>(0.8))).cos()) * ((u1 * (k::<D>(0.8))).cos())))))),
        ),
        x1,
    );
    let a5 = (((k::<D>(0.9)) * ((k::<D>(1.21)).tanh())).acos()) - (k::<D>(BETA));
    let a6 = -((k::<D>(0.2)) * u1.atan() + a5);
    let mut m7 = a5 - w4;
    m7 += ((k::<D>(2.0)) + ((-(-u1)).sin())).cbrt();
    (((u3 + w4) + a5) + a6) - m7
}

#[differentiable]
fn p88<T: Float>(x: &[T], y: T) -> T {
    let a1 = if x[3].clamp(c::<T>(-0.75), c::<T>(1.47)) <= T::from(0.16).unwrap() {
        x[0].powi(3)
    } else {
        c::<T>(0.88)
    };
    let a1 = a1.floor() * ((c::<T>(-1.7)) / ((c::<T>(2.0)) + T::sin(y)));
    if c::<T>(1.419) < T::exp(x[3]).sqrt() {
        return y;
    }
    let a2 = a1;
    let y = T::sin(Float::cos(T::acos(
        T::from(0.9).unwrap() * a1.atan().tanh(),
    )))
    .tan();
    ((a1 + a2) * y) + x[0]
}

fn p88_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if dclamp(x[3], k::<D>(-0.75), k::<D>(1.47)).re() <= (k::<D>(0.16)).re() {
        x[0].powi(3)
    } else {
        k::<D>(0.88)
    };
    let a1 = (k::<D>(a1.re().floor())) * ((k::<D>(-1.7)) / ((k::<D>(2.0)) + y.sin()));
    if (k::<D>(1.419)).re() < x[3].exp().sqrt().re() {
        return y;
    }
    let a2 = a1;
    let y = (((((k::<D>(0.9)) * a1.atan().tanh()).acos()).cos()).sin()).tan();
    ((a1 + a2) * y) + x[0]
}

#[differentiable]
fn p89<T: Float>(x: &[T]) -> T {
    let a1 = T::log10(x[0].cosh());
    let mut s2 = c::<T>(0.5);
    for i3 in 0..x.len() {
        let a1 = x[i3] + (s2 - (a1 - s2));
        s2 = s2
            - ((({
                let t4 = x[i3];
                c::<T>(-0.39)
            }) * (((c::<T>(0.9)) * x[i3].tanh()).asin()))
            .sin());
    }
    s2 = s2 + (x[1].asinh() + (a1 + (c::<T>(-0.57))));
    let a6 = ({
        let t5 = x[0];
        s2
    }) / Float::sin(a1 * x[0]).cosh();
    if a1 >= c::<T>(0.7) {
        return (((c::<T>(-1.744)) - a1).tanh()).mul_add((a1 - a6).cos(), x[1].exp2());
    }
    for i7 in x {
        let mut s8 = c::<T>(0.5);
        for i9 in 0..x.len() / 2 {
            let a10 = ((-x[2 * i9]).hypot(c::<T>(1.0))).powf((c::<T>(i9 as f64)).cos());
            s2 = ((c::<T>(0.5)) * s2)
                + T::atan(
                    ((c::<T>(0.5))
                        + (((c::<T>(1.0)) + (s8.atan() * s8.atan()))
                            * ((c::<T>(1.0)) + (T::atan(s8) * Float::atan(s8)))))
                    .ln_1p(),
                );
        }
        s8 = s8.max((c::<T>(-0.8)).sin());
    }
    let mut i11 = 0;
    while i11 < 4 {
        i11 += 1;
        for i12 in 2..4 {
            let a13 = Float::sin(((c::<T>(W[i12])) * a1).atan()).tan();
            s2 = s2 + Float::atan((((c::<T>(1.0)) + (a13 * a13)).powf(x[2])) - x[1].cos());
            s2 = s2 / (T::one() + (x[1] * x[1]));
        }
        if p2(s2.tanh(), Float::sin(s2)) < c::<T>(0.56) && a6 < T::from(0.73).unwrap() {
            continue;
        }
        s2 = s2
            * (T::one()
                + ((c::<T>(0.3)) * (((((c::<T>(V[i11])) * (c::<T>(-1.419))).sin()).tan()).sin())));
    }
    ((c::<T>(0.001)) * (((a1 + s2) + a6) + x[2])).tanh()
}

fn p89_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[0].cosh().log10();
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() {
        let a1 = x[i3] + (s2 - (a1 - s2));
        s2 -= (({
            let t4 = x[i3];
            k::<D>(-0.39)
        }) * (((k::<D>(0.9)) * x[i3].tanh()).asin()))
        .sin();
    }
    s2 += x[1].asinh() + (a1 + (k::<D>(-0.57)));
    let a6 = ({
        let t5 = x[0];
        s2
    }) / (((a1 * x[0]).sin()).cosh());
    if a1.re() >= (k::<D>(0.7)).re() {
        return ((((k::<D>(-1.744)) - a1).tanh()) * ((a1 - a6).cos()) + x[1].exp2());
    }
    for i7 in x {
        let mut s8 = k::<D>(0.5);
        for i9 in 0..x.len() / 2 {
            let a10 = (((k::<D>(i9 as f64)).cos())
                * (((-x[2 * i9]) * (-x[2 * i9]) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
            .exp();
            s2 = ((k::<D>(0.5)) * s2)
                + ((((k::<D>(0.5))
                    + (((k::<D>(1.0)) + (s8.atan() * s8.atan()))
                        * ((k::<D>(1.0)) + (s8.atan() * s8.atan()))))
                .ln_1p())
                .atan());
        }
        s8 = dmax(s8, (k::<D>(-0.8)).sin());
    }
    let mut i11 = 0;
    while i11 < 4 {
        i11 += 1;
        for i12 in 2..4 {
            let a13 = ((((k::<D>(W[i12])) * a1).atan()).sin()).tan();
            s2 += (((x[2] * ((k::<D>(1.0)) + (a13 * a13)).ln()).exp()) - x[1].cos()).atan();
            s2 /= (k::<D>(1.0)) + (x[1] * x[1]);
        }
        if p2_d(s2.tanh(), s2.sin()).re() < (k::<D>(0.56)).re() && a6.re() < (k::<D>(0.73)).re() {
            continue;
        }
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((k::<D>(V[i11])) * (k::<D>(-1.419))).sin()).tan()).sin()));
    }
    ((k::<D>(0.001)) * (((a1 + s2) + a6) + x[2])).tanh()
}

#[differentiable]
fn p90<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut s1 = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3 = c::<T>(V[i2]);
        let a4 = T::cosh(c::<T>(1.1)).asinh();
        s1 -= m3.atan();
    }
    let mut s5 = c::<T>(1.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        for i7 in (i6 + 1)..7 {
            let a8 = Float::powf(
                (c::<T>(1.5)) + ((((c::<T>(2.0)) + Float::sin(x1)).recip()).tanh()),
                x1 / (T::one() + (T::from(-0.417).unwrap() * T::from(-0.417).unwrap())),
            );
            let a9: T = Float::cbrt(
                (c::<T>(1.5))
                    + (((T::from(2.0).unwrap() + T::sin((c::<T>(-0.293)).cos())).sqrt()).tanh()),
            );
            let a10 = T::sin(c::<T>(i7 as f64)).exp2();
            s5 -= (((c::<T>(1.1))
                + (((c::<T>(2.0)) + T::sin(x2 - (c::<T>(-1.318))))
                    * (T::from(2.0).unwrap() + ((x2 - (c::<T>(-1.318))).sin()))))
            .acosh())
            .tanh();
        }
        for i11 in 1..3 {
            let a12 = x1;
            if i6 == 2 {
                break;
            }
            let a12: T = (T::floor(a12 - x0) * T::exp(s1.sin()).powi(-1).cos())
                + ((((c::<T>(2.0)) + Float::sin(x2)).powf(a12))
                    + (((c::<T>(0.9)) * x2.tanh()).asin()));
            let a13 = T::exp2((((c::<T>(2.0)) + ((Float::sin(x0) * s5.sin()).sin())).sqrt()).sin());
            s5 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(s5.tanh().asinh()));
        }
        let mut i14 = 0;
        while i14 < 2 {
            i14 += 1;
            let a16 = ({
                let t15 = c::<T>(W[i6]);
                s5
            }) + (c::<T>(W[i6]));
            if !(T::from(1.5).unwrap().sinh() >= c::<T>(-0.07)) {
                break;
            }
            let a17 = c::<T>(ALPHA);
            let a18: T = c::<T>(i14 as f64);
            s5 -= T::tanh(
                ((c::<T>(0.5))
                    + ((T::from(2.0).unwrap() + ((c::<T>(V[i6])).sin()))
                        * ((c::<T>(2.0)) + Float::sin(c::<T>(V[i6])))))
                .ln_1p(),
            );
            s1 = ((c::<T>(0.5)) * s1) + Float::cos((c::<T>(core::f64::consts::PI)) - x0);
        }
        s5 *= T::one() + ((c::<T>(0.3)) * ((((c::<T>(std::f64::consts::E)).atan()).exp2()).sin()));
        s1 = s1.min(Float::cos((c::<T>(i6 as f64)) * x2));
    }
    let mut m19 = s1;
    ((c::<T>(0.001)) * ((((x1 + x2) + s1) + s5) + m19)).tanh()
}

fn p90_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3 = k::<D>(V[i2]);
        let a4 = ((k::<D>(1.1)).cosh()).asinh();
        s1 -= m3.atan();
    }
    let mut s5 = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        for i7 in (i6 + 1)..7 {
            let a8 = ((x1 / ((k::<D>(1.0)) + ((k::<D>(-0.417)) * (k::<D>(-0.417)))))
                * ((k::<D>(1.5)) + ((((k::<D>(2.0)) + x1.sin()).recip()).tanh())).ln())
            .exp();
            let a9: D = ((k::<D>(1.5))
                + ((((k::<D>(2.0)) + (((k::<D>(-0.293)).cos()).sin())).sqrt()).tanh()))
            .cbrt();
            let a10 = ((k::<D>(i7 as f64)).sin()).exp2();
            s5 -= (((k::<D>(1.1))
                + (((k::<D>(2.0)) + ((x2 - (k::<D>(-1.318))).sin()))
                    * ((k::<D>(2.0)) + ((x2 - (k::<D>(-1.318))).sin()))))
            .acosh())
            .tanh();
        }
        for i11 in 1..3 {
            let a12 = x1;
            if i6 == 2 {
                break;
            }
            let a12: D = ((k::<D>((a12 - x0).re().floor())) * s1.sin().exp().powi(-1).cos())
                + (((a12 * ((k::<D>(2.0)) + x2.sin()).ln()).exp())
                    + (((k::<D>(0.9)) * x2.tanh()).asin()));
            let a13 = ((((k::<D>(2.0)) + ((x0.sin() * s5.sin()).sin())).sqrt()).sin()).exp2();
            s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s5.tanh().asinh().sin());
        }
        let mut i14 = 0;
        while i14 < 2 {
            i14 += 1;
            let a16 = ({
                let t15 = k::<D>(W[i6]);
                s5
            }) + (k::<D>(W[i6]));
            if !(((k::<D>(1.5)).sinh()).re() >= (k::<D>(-0.07)).re()) {
                break;
            }
            let a17 = k::<D>(ALPHA);
            let a18: D = k::<D>(i14 as f64);
            s5 -= (((k::<D>(0.5))
                + (((k::<D>(2.0)) + ((k::<D>(V[i6])).sin()))
                    * ((k::<D>(2.0)) + ((k::<D>(V[i6])).sin()))))
            .ln_1p())
            .tanh();
            s1 = ((k::<D>(0.5)) * s1) + (((k::<D>(core::f64::consts::PI)) - x0).cos());
        }
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(std::f64::consts::E)).atan()).exp2()).sin()));
        s1 = dmin(s1, ((k::<D>(i6 as f64)) * x2).cos());
    }
    let mut m19 = s1;
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) + s5) + m19)).tanh()
}

#[differentiable]
fn p91<T: Float>(x: [T; 6]) -> T {
    let a1 = x[1];
    let (u2, w3) = (
        T::ln_1p(
            (c::<T>(0.5)) + (((c::<T>(1.0)) + (x[4] * x[4])) * ((c::<T>(1.0)) + (x[4] * x[4]))),
        ),
        -(c::<T>(1.129)),
    );
    if x[5].sin()
        < if c::<T>(-0.57) >= c::<T>(-0.34) {
            T::from(0.01).unwrap()
        } else {
            u2
        }
    {
        return a1;
    }
    let a4 = if x[1] < (c::<T>(-0.2)).atan() {
        T::asinh(u2)
    } else {
        (c::<T>(0.353)) - (c::<T>(BETA))
    };
    let a5: T = T::hypot(x[3].asinh(), (c::<T>(0.5)) + ((-a4) * (-a4)));
    let a6 = if a5.sin().sin().tan() >= c::<T>(-0.5) {
        T::exp(u2.atan())
    } else {
        ((c::<T>(2.0)) + a5.sin()).log10()
    };
    ((((u2 + w3) * a4) + a5) + a6) + x[0]
}

fn p91_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[1];
    let (u2, w3) = (
        ((k::<D>(0.5)) + (((k::<D>(1.0)) + (x[4] * x[4])) * ((k::<D>(1.0)) + (x[4] * x[4]))))
            .ln_1p(),
        -(k::<D>(1.129)),
    );
    if x[5].sin().re()
        < (if (k::<D>(-0.57)).re() >= (k::<D>(-0.34)).re() {
            k::<D>(0.01)
        } else {
            u2
        })
        .re()
    {
        return a1;
    }
    let a4 = if x[1].re() < ((k::<D>(-0.2)).atan()).re() {
        u2.asinh()
    } else {
        (k::<D>(0.353)) - (k::<D>(BETA))
    };
    let a5: D = (x[3].asinh() * x[3].asinh()
        + ((k::<D>(0.5)) + ((-a4) * (-a4))) * ((k::<D>(0.5)) + ((-a4) * (-a4))))
        .sqrt();
    let a6 = if a5.sin().sin().tan().re() >= (k::<D>(-0.5)).re() {
        u2.atan().exp()
    } else {
        ((k::<D>(2.0)) + a5.sin()).log10()
    };
    ((((u2 + w3) * a4) + a5) + a6) + x[0]
}

#[differentiable]
fn p92(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = if x2 <= x0 - x1 {
        x2
    } else {
        (((2.0 + std::f64::consts::E.sin()).powi(-1)) - x1.atan2(0.5 + ((-1.5) * (-1.5f64))))
            - (((0.9 * x0.sin()).atanh()) * ((0.9 * x2.sin()).asin()))
    };
    let mut m2: f64 = x1;
    let mut s3: f64 = 1.0f64;
    for i4 in 0..2 {
        if !((-1.724_f64).powi(2) > -0.01_f64) {
            break;
        }
        let a5 = if a1 * (-0.1) < -0.82 {
            x2
        } else {
            f64::asin(0.9 * s3.hypot(0.5 + (m2 * m2)).cos().tanh())
                + (a1 / (1.0 + (f64::sin((-0.39f64) * m2) * (((-0.39) * m2).sin()))))
        };
        m2 *= 1.0
            + (0.3 * f64::powf(1.0 + (V[i4] * V[i4]), (f64::tanh(m2) * a1.atan()).atan()).sin());
        s3 -= (V[i4].hypot(1.0_f64).cbrt() + x1.mul_add(x2, m2)).cos();
    }
    let a6 = (1.5 + x2.sin().tanh()).log2();
    let mut m7 = p67(
        (((((0.9 * ((-0.8).sin())).acos()).sin()).exp())
            .powf(Float::cos(m2 - core::f64::consts::PI)))
        .cos(),
        ((m2 / (1.0f64 + (1.4 * 1.4))) - (((-1.549).exp()).log10())).sin(),
        Float::exp2(0.1.sin()).cos(),
    );
    for i8 in 0..2 {
        let a1 = f64::tanh(m2 - a6).exp2() * x0;
        let mut m9: f64 = ((s3 + x2).atan()).powi(2);
        let a10 = x1 - x2;
        if a1 <= 0.53 && i8 != 0 {
            break;
        }
        m9 += f64::exp(f64::atan(a10 - m9)).cos();
        s3 *= 1.0 + (0.3 * m9.sin().sin());
    }
    f64::tanh(0.001 * ((((a1 + m2) - s3) + a6) * m7))
}

fn p92_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if x2.re() <= (x0 - x1).re() {
        x2
    } else {
        ((((k::<D>(2.0)) + ((k::<D>(std::f64::consts::E)).sin())).powi(-1))
            - datan2(x1, (k::<D>(0.5)) + ((k::<D>(-1.5)) * (k::<D>(-1.5)))))
            - ((((k::<D>(0.9)) * x0.sin()).atanh()) * (((k::<D>(0.9)) * x2.sin()).asin()))
    };
    let mut m2: D = x1;
    let mut s3: D = k::<D>(1.0);
    for i4 in 0..2 {
        if !(((k::<D>(-1.724)).powi(2)).re() > (k::<D>(-0.01)).re()) {
            break;
        }
        let a5 = if (a1 * (k::<D>(-0.1))).re() < (k::<D>(-0.82)).re() {
            x2
        } else {
            (((k::<D>(0.9))
                * ((((s3 * s3 + ((k::<D>(0.5)) + (m2 * m2)) * ((k::<D>(0.5)) + (m2 * m2)))
                    .sqrt())
                .cos())
                .tanh()))
            .asin())
                + (a1
                    / ((k::<D>(1.0))
                        + ((((k::<D>(-0.39)) * m2).sin()) * (((k::<D>(-0.39)) * m2).sin()))))
        };
        m2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((m2.tanh() * a1.atan()).atan())
                    * ((k::<D>(1.0)) + ((k::<D>(V[i4])) * (k::<D>(V[i4])))).ln())
                .exp())
                .sin()));
        s3 -= (((((k::<D>(V[i4])) * (k::<D>(V[i4])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            .cbrt())
            + (x1 * x2 + m2))
            .cos();
    }
    let a6 = ((k::<D>(1.5)) + x2.sin().tanh()).log2();
    let mut m7 = p67_d(
        ((((m2 - (k::<D>(core::f64::consts::PI))).cos())
            * (((((k::<D>(0.9)) * ((k::<D>(-0.8)).sin())).acos()).sin()).exp()).ln())
        .exp())
        .cos(),
        ((m2 / ((k::<D>(1.0)) + ((k::<D>(1.4)) * (k::<D>(1.4)))))
            - (((k::<D>(-1.549)).exp()).log10()))
        .sin(),
        (((k::<D>(0.1)).sin()).exp2()).cos(),
    );
    for i8 in 0..2 {
        let a1 = (((m2 - a6).tanh()).exp2()) * x0;
        let mut m9: D = ((s3 + x2).atan()).powi(2);
        let a10 = x1 - x2;
        if a1.re() <= (k::<D>(0.53)).re() && i8 != 0 {
            break;
        }
        m9 += (((a10 - m9).atan()).exp()).cos();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m9.sin().sin());
    }
    ((k::<D>(0.001)) * ((((a1 + m2) - s3) + a6) * m7)).tanh()
}

#[differentiable]
fn p93(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a1 = if x0.asinh() < -0.79 { x0 } else { x0 };
    let a1: f64 = ((1.0 + (x2 * x2)).cbrt()) / x0.exp();
    let a1 = Float::log2(x1.exp());
    let a1 = a1.atan().powi(1);
    let mut m2 =
        ((0.9_f64 * 1.6.sin()).atanh()) * Float::atan2(x1.sin().tan(), -(0.5_f64 + (x1 * x1)));
    if Float::exp(m2.sin()) > -0.97 {
        m2 = (0.5f64 * m2)
            + ((if (2.0 + x1.sin()).recip() < x2 + (-1.1) {
                if x1 <= -0.07 {
                    x2
                } else {
                    x0
                }
            } else {
                m2 + m2
            })
            .tanh());
    } else {
        m2 -= m2 / (1.0 + (x1 * x1));
    }
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut s4 = 0.0;
        for i5 in 0..nk {
            let a6: f64 =
                (-0.5) / (1.5 + ((x1.cosh().log10() / (2.0 + f64::exp2(a1).sin())).tanh()));
            s4 -= (s4 + m2).sin();
            if Float::ln(1.5 + 1.33.tanh()) < Float::powi(1.0 + ((i3 as f64) * (i3 as f64)), -2) {
                break;
            }
            m2 = m2.max(x1.powi(1).cos());
        }
        m2 += s4.max(V[i3]).tanh().cos();
        for i7 in 0..nk {
            let a8: f64 = (x2 - (i7 as f64)) - (a1 / m2.sin().cosh());
            let mut m9 = ((W[i3] * x1).hypot(1.0)).sqrt();
            s4 =
                (0.5f64 * s4) + (((s4 - x1) / Float::exp((m9 / (2.0 + f64::sin(s4))).cos())).sin());
            s4 = ((0.7 * s4) + (m2 - s4)).sin();
            s4 += Float::cos(p68(m9.sin(), a8.atan()));
        }
        if -a1 < m2.atan() {
            continue;
        }
        s4 += (((1.1 + ((1.5 + Float::tanh(x1)) * (1.5 + x1.tanh()))).acosh()).asinh()).atan();
        s4 = (0.5 * s4)
            + Float::tanh(
                Float::powf(1.0 + (s4.atan() * s4.atan()), m2.sin())
                    .cos()
                    .exp()
                    .sqrt(),
            );
    }
    (0.001 * ((((x0 + x1) * x2) + a1) + m2)).tanh()
}

fn p93_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = if x0.asinh().re() < (k::<D>(-0.79)).re() {
        x0
    } else {
        x0
    };
    let a1: D = (((k::<D>(1.0)) + (x2 * x2)).cbrt()) / x0.exp();
    let a1 = x1.exp().log2();
    let a1 = a1.atan().powi(1);
    let mut m2 = (((k::<D>(0.9)) * ((k::<D>(1.6)).sin())).atanh())
        * datan2(x1.sin().tan(), -((k::<D>(0.5)) + (x1 * x1)));
    if m2.sin().exp().re() > (k::<D>(-0.97)).re() {
        m2 = ((k::<D>(0.5)) * m2)
            + ((if (((k::<D>(2.0)) + x1.sin()).recip()).re() < (x2 + (k::<D>(-1.1))).re() {
                if x1.re() <= (k::<D>(-0.07)).re() {
                    x2
                } else {
                    x0
                }
            } else {
                m2 + m2
            })
            .tanh());
    } else {
        m2 -= m2 / ((k::<D>(1.0)) + (x1 * x1));
    }
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut s4 = k::<D>(0.0);
        for i5 in 0..nk {
            let a6: D = (k::<D>(-0.5))
                / ((k::<D>(1.5))
                    + ((x1.cosh().log10() / ((k::<D>(2.0)) + a1.exp2().sin())).tanh()));
            s4 -= (s4 + m2).sin();
            if (((k::<D>(1.5)) + ((k::<D>(1.33)).tanh())).ln()).re()
                < (((k::<D>(1.0)) + ((k::<D>(i3 as f64)) * (k::<D>(i3 as f64)))).powi(-2)).re()
            {
                break;
            }
            m2 = dmax(m2, x1.powi(1).cos());
        }
        m2 += dmax(s4, k::<D>(V[i3])).tanh().cos();
        for i7 in 0..nk {
            let a8: D = (x2 - (k::<D>(i7 as f64))) - (a1 / m2.sin().cosh());
            let mut m9 = ((((k::<D>(W[i3])) * x1) * ((k::<D>(W[i3])) * x1)
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .sqrt();
            s4 = ((k::<D>(0.5)) * s4)
                + (((s4 - x1) / (((m9 / ((k::<D>(2.0)) + s4.sin())).cos()).exp())).sin());
            s4 = (((k::<D>(0.7)) * s4) + (m2 - s4)).sin();
            s4 += p68_d(m9.sin(), a8.atan()).cos();
        }
        if (-a1).re() < m2.atan().re() {
            continue;
        }
        s4 += ((((k::<D>(1.1)) + (((k::<D>(1.5)) + x1.tanh()) * ((k::<D>(1.5)) + x1.tanh())))
            .acosh())
        .asinh())
        .atan();
        s4 = ((k::<D>(0.5)) * s4)
            + ((((((m2.sin() * ((k::<D>(1.0)) + (s4.atan() * s4.atan())).ln()).exp()).cos())
                .exp())
            .sqrt())
            .tanh());
    }
    ((k::<D>(0.001)) * ((((x0 + x1) * x2) + a1) + m2)).tanh()
}

#[differentiable]
fn p94(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1: f64 = x0.sin();
    m1 -= x2;
    m1 += 1.8_f64 + x1;
    let a2 = m1 - x0;
    if !((-1.909_f64) - a2 > (-1.771).exp()) {
        return x2;
    }
    let a2 = ((-0.5) + BETA) * Float::powf(1.0 + (x0 * x0), f64::cos(x0.sinh()));
    (((x0 + x1) + x2) - m1) + a2
}

fn p94_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = x0.sin();
    m1 -= x2;
    m1 += (k::<D>(1.8)) + x1;
    let a2 = m1 - x0;
    if !(((k::<D>(-1.909)) - a2).re() > ((k::<D>(-1.771)).exp()).re()) {
        return x2;
    }
    let a2 = ((k::<D>(-0.5)) + (k::<D>(BETA)))
        * ((x0.sinh().cos() * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp());
    (((x0 + x1) + x2) - m1) + a2
}

#[differentiable]
fn p95(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (
        (((-1.162) / (1.0 + (x0 * x0))).exp2()) + Float::asinh(x0),
        -(-1.01f64),
    );
    let mut s3 = 1.0;
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        s3 -= (-Float::tan(x1.exp().powf(w2).tanh().sin())).tanh();
        let mut m5: f64 = (((2.0 + f64::sin(u1)).cbrt()) - (x0 - s3)).tanh();
        if 0.1.cos() > 0.4_f64 {
            break;
        }
        s3 -= ((1.0 + (0.76 * 0.76_f64)).recip()).tanh();
        s3 /= 1.0 + ((std::f64::consts::E + x1) * (std::f64::consts::E + x1));
    }
    let a6 = if !(x1 + s3 > 0.49_f64) {
        f64::exp_m1(w2)
    } else {
        x0
    };
    let mut s7 = 0.0;
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let mut s9 = 0.5;
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            s9 += (f64::sin(s7) - s9.max(s9)).cos();
            let a12 = (((f64::tanh(s7) * 0.2).hypot(1.0)).ln())
                / (2.0
                    + (({
                        let t11 = -s3;
                        (1.5 + 0.23.tanh()).recip()
                    })
                    .sin()));
            s7 = f64::atan((0.7 * s7) + Float::asin(0.9 * Float::tanh(-0.26)));
            if std::f64::consts::E < -0.17 {
                continue;
            }
            s7 = Float::cos(
                (0.7 * s7)
                    + Float::cosh(s7).log((0.5_f64 + (0.4 * Float::sin(f64::cos(u1)))).exp()),
            );
        }
        let a13 = -(-1.91);
        s9 *= 1.0_f64 + (0.3 * ((1.5 + ((s9 + a6).tanh())).cos()));
    }
    if s3 + (-1.1) > (-0.7).cosh() {
        s3 /= 1.0
            + (f64::tanh((s3 / Float::hypot(w2, 1.0)) + (x1 * BETA))
                * f64::tanh((s3 / w2.hypot(1.0)) + (x1 * BETA)));
    } else {
        s3 += ((1.0 + (Float::tanh(s3 + 0.8) * Float::tanh(s3 + 0.8))).sqrt())
            + (x0.mul_add(1.3, x1) / (2.0_f64 + ((u1 - core::f64::consts::PI).sin())));
    }
    let mut i14 = 0;
    while i14 < 4 {
        i14 += 1;
        if f64::powi(f64::sin(a6), 3) < -0.35 {
            break;
        }
        s7 += Float::sin(((i14 as f64).atan()) * s3.atan());
        s3 += Float::sin((x0 * x1) / 0.236.exp());
    }
    (0.001 * ((((u1 + w2) + s3) + a6) + s7)).tanh()
}

fn p95_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        (((k::<D>(-1.162)) / ((k::<D>(1.0)) + (x0 * x0))).exp2()) + x0.asinh(),
        -(k::<D>(-1.01)),
    );
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        s3 -= (-(((((w2 * x1.exp().ln()).exp()).tanh()).sin()).tan())).tanh();
        let mut m5: D = ((((k::<D>(2.0)) + u1.sin()).cbrt()) - (x0 - s3)).tanh();
        if ((k::<D>(0.1)).cos()).re() > (k::<D>(0.4)).re() {
            break;
        }
        s3 -= (((k::<D>(1.0)) + ((k::<D>(0.76)) * (k::<D>(0.76)))).recip()).tanh();
        s3 /= (k::<D>(1.0))
            + (((k::<D>(std::f64::consts::E)) + x1) * ((k::<D>(std::f64::consts::E)) + x1));
    }
    let a6 = if !((x1 + s3).re() > (k::<D>(0.49)).re()) {
        w2.exp_m1()
    } else {
        x0
    };
    let mut s7 = k::<D>(0.0);
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let mut s9 = k::<D>(0.5);
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            s9 += (s7.sin() - dmax(s9, s9)).cos();
            let a12 = ((((s7.tanh() * (k::<D>(0.2))) * (s7.tanh() * (k::<D>(0.2)))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .ln())
                / ((k::<D>(2.0))
                    + (({
                        let t11 = -s3;
                        ((k::<D>(1.5)) + ((k::<D>(0.23)).tanh())).recip()
                    })
                    .sin()));
            s7 =
                (((k::<D>(0.7)) * s7) + (((k::<D>(0.9)) * ((k::<D>(-0.26)).tanh())).asin())).atan();
            if (k::<D>(std::f64::consts::E)).re() < (k::<D>(-0.17)).re() {
                continue;
            }
            s7 = (((k::<D>(0.7)) * s7)
                + (s7.cosh().ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * u1.cos().sin())).exp()).ln()))
            .cos();
        }
        let a13 = -(k::<D>(-1.91));
        s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((s9 + a6).tanh())).cos()));
    }
    if (s3 + (k::<D>(-1.1))).re() > ((k::<D>(-0.7)).cosh()).re() {
        s3 /= (k::<D>(1.0))
            + ((((s3 / ((w2 * w2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                + (x1 * (k::<D>(BETA))))
            .tanh())
                * (((s3 / ((w2 * w2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                    + (x1 * (k::<D>(BETA))))
                .tanh()));
    } else {
        s3 += (((k::<D>(1.0)) + (((s3 + (k::<D>(0.8))).tanh()) * ((s3 + (k::<D>(0.8))).tanh())))
            .sqrt())
            + ((x0 * (k::<D>(1.3)) + x1)
                / ((k::<D>(2.0)) + ((u1 - (k::<D>(core::f64::consts::PI))).sin())));
    }
    let mut i14 = 0;
    while i14 < 4 {
        i14 += 1;
        if a6.sin().powi(3).re() < (k::<D>(-0.35)).re() {
            break;
        }
        s7 += (((k::<D>(i14 as f64)).atan()) * s3.atan()).sin();
        s3 += ((x0 * x1) / ((k::<D>(0.236)).exp())).sin();
    }
    ((k::<D>(0.001)) * ((((u1 + w2) + s3) + a6) + s7)).tanh()
}

#[differentiable]
fn p96(x: [f64; 4]) -> f64 {
    let a1 = ((0.5_f64
        + ((2.0 + f64::max(std::f64::consts::E, std::f64::consts::E).sin())
            * (2.0 + std::f64::consts::E.max(std::f64::consts::E).sin())))
    .ln_1p())
        / f64::hypot((-1.124) + (1.8 - ALPHA), 1.0);
    let mut m2: f64 = f64::sinh(f64::sin(
        (1.5f64 + ((x[1] - x[0]).tanh())).powf(x[1] * (-0.698)),
    ));
    let mut m3 = Float::recip(Float::exp(Float::atan((0.9 * f64::cos(m2).tanh()).asin())));
    if !(f64::atan(m3) <= 0.2) {
        m3 = (0.5 * m3) + x[2].mul_add(-0.081, BETA);
    } else {
        m2 += x[2] - x[2];
    }
    let a4 = (1.0
        + (Float::cos(Float::atan(m2).mul_add(m2.sin(), a1))
            * m2.atan().mul_add(m2.sin(), a1).cos()))
    .ln();
    (((a1 + m2) + m3) - a4) + x[0]
}

fn p96_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((k::<D>(0.5))
        + (((k::<D>(2.0))
            + dmax(k::<D>(std::f64::consts::E), k::<D>(std::f64::consts::E)).sin())
            * ((k::<D>(2.0))
                + dmax(k::<D>(std::f64::consts::E), k::<D>(std::f64::consts::E)).sin())))
    .ln_1p())
        / ((((k::<D>(-1.124)) + ((k::<D>(1.8)) - (k::<D>(ALPHA))))
            * ((k::<D>(-1.124)) + ((k::<D>(1.8)) - (k::<D>(ALPHA))))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt());
    let mut m2: D =
        ((((x[1] * (k::<D>(-0.698))) * ((k::<D>(1.5)) + ((x[1] - x[0]).tanh())).ln()).exp()).sin())
            .sinh();
    let mut m3 = (((((k::<D>(0.9)) * m2.cos().tanh()).asin()).atan()).exp()).recip();
    if !(m3.atan().re() <= (k::<D>(0.2)).re()) {
        m3 = ((k::<D>(0.5)) * m3) + (x[2] * (k::<D>(-0.081)) + (k::<D>(BETA)));
    } else {
        m2 += x[2] - x[2];
    }
    let a4 = ((k::<D>(1.0))
        + (((m2.atan() * m2.sin() + a1).cos()) * ((m2.atan() * m2.sin() + a1).cos())))
    .ln();
    (((a1 + m2) + m3) - a4) + x[0]
}

#[differentiable]
fn p97(x: &[f64]) -> f64 {
    let a1: f64 = f64::abs(1.235);
    let (u2, w3) = (a1 + x[3], (0.9 * ((x[2] - x[1]).tanh())).asin());
    let mut s4 = 0.5;
    for &i5 in x.iter() {
        s4 *= 1.0 + (0.3 * x[4].mul_add((s4 - (-1.4)).atan(), a1 * (-1.4)).sin());
        s4 -= x[2].cos();
        let mut m6: f64 = u2 - (-0.2_f64);
        s4 = (0.5_f64 * s4) + ((s4 - m6).cos());
    }
    if !(x[0].cosh().powf(1.246f64) < 0.93f64) {
        return 0.545 + x[2].cos();
    }
    let mut m7 = x[1].tanh();
    let (u9, w10) = (
        {
            let t8 = x[1];
            a1
        },
        m7 - 0.44f64,
    );
    let w10 = f64::atan(Float::powf(1.0 + (x[5] * x[5]), x[4]) / f64::atan(m7 * BETA).cosh()).exp();
    ((((w3 + s4) + m7) + u9) + w10) + x[0]
}

fn p97_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(1.235)).abs();
    let (u2, w3) = (a1 + x[3], ((k::<D>(0.9)) * ((x[2] - x[1]).tanh())).asin());
    let mut s4 = k::<D>(0.5);
    for &i5 in x.iter() {
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((x[4] * ((s4 - (k::<D>(-1.4))).atan()) + (a1 * (k::<D>(-1.4)))).sin()));
        s4 -= x[2].cos();
        let mut m6: D = u2 - (k::<D>(-0.2));
        s4 = ((k::<D>(0.5)) * s4) + ((s4 - m6).cos());
    }
    if !((((k::<D>(1.246)) * x[0].cosh().ln()).exp()).re() < (k::<D>(0.93)).re()) {
        return (k::<D>(0.545)) + x[2].cos();
    }
    let mut m7 = x[1].tanh();
    let (u9, w10) = (
        {
            let t8 = x[1];
            a1
        },
        m7 - (k::<D>(0.44)),
    );
    let w10 = ((((x[4] * ((k::<D>(1.0)) + (x[5] * x[5])).ln()).exp())
        / (((m7 * (k::<D>(BETA))).atan()).cosh()))
    .atan())
    .exp();
    ((((w3 + s4) + m7) + u9) + w10) + x[0]
}

#[differentiable]
fn p98(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = (y.sin(), Float::log2(x[1].hypot(1.0)));
    let mut s3 = 0.5;
    for i4 in 0..x.len() / 2 {
        let mut m5 = w2;
        s3 += Float::cos(if f64::clamp(0.33_f64, -0.53_f64, 0.86) >= 0.92_f64 {
            u1.cosh()
        } else {
            u1 / (1.5 + Float::tanh(x[2 * i4]))
        });
        if core::f64::consts::PI >= (1.5_f64 + f64::tanh(x[2 * i4])).recip() {
            continue;
        }
        m5 *= 1.0_f64 + (0.3f64 * ((x[2 * i4].mul_add(V[i4], y) + Float::cosh(s3.atan())).sin()));
    }
    let (u6, w7) = (
        if x[2].hypot(0.5 + ((-0.493) * (-0.493))) > Float::powf(1.0_f64 + (0.9 * 0.9), x[1])
            && -1.57f64 <= x[3]
        {
            ALPHA.cos().mul_add(w2, y) / (1.0 + (1.776_f64 * 1.776))
        } else {
            ((1.1f64 + (x[0].hypot(1.0) * x[0].hypot(1.0))).acosh()) * (x[3] * x[2])
        },
        ((((x[2] * w2).sin()).powi(3)).sin())
            .mul_add(y, (1.0 + ((x[2] + w2) * (x[2] + w2))).sqrt()),
    );
    s3 -= Float::tanh(f64::hypot(
        p68(u6.sin(), s3.cos()),
        0.5 + ((u6 / u1.exp()) * (u6 / u1.exp())),
    ));
    let mut m8 = x[2];
    let mut i9 = 0;
    while i9 < 2 {
        i9 += 1;
        s3 = f64::min(s3, (u1 + w2.atan().exp2()).cos());
        if !((2.0f64 + u1.sin()).recip() > V[i9]) {
            continue;
        }
        s3 = ((0.7 * s3) + x[1]).sin();
        m8 += (((i9 as f64) * u1) + (u1 * u6)).atan();
    }
    ((((w2 + s3) + u6) - w7) + m8) + x[2]
}

fn p98_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        y.sin(),
        ((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2(),
    );
    let mut s3 = k::<D>(0.5);
    for i4 in 0..x.len() / 2 {
        let mut m5 = w2;
        s3 += (if dclamp(k::<D>(0.33), k::<D>(-0.53), k::<D>(0.86)).re() >= (k::<D>(0.92)).re() {
            u1.cosh()
        } else {
            u1 / ((k::<D>(1.5)) + x[2 * i4].tanh())
        })
        .cos();
        if (k::<D>(core::f64::consts::PI)).re() >= (((k::<D>(1.5)) + x[2 * i4].tanh()).recip()).re()
        {
            continue;
        }
        m5 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((x[2 * i4] * (k::<D>(V[i4])) + y) + s3.atan().cosh()).sin()));
    }
    let (u6, w7) = (
        if ((x[2] * x[2]
            + ((k::<D>(0.5)) + ((k::<D>(-0.493)) * (k::<D>(-0.493))))
                * ((k::<D>(0.5)) + ((k::<D>(-0.493)) * (k::<D>(-0.493)))))
        .sqrt())
        .re()
            > ((x[1] * ((k::<D>(1.0)) + ((k::<D>(0.9)) * (k::<D>(0.9)))).ln()).exp()).re()
            && (k::<D>(-1.57)).re() <= x[3].re()
        {
            (((k::<D>(ALPHA)).cos()) * w2 + y)
                / ((k::<D>(1.0)) + ((k::<D>(1.776)) * (k::<D>(1.776))))
        } else {
            (((k::<D>(1.1))
                + (((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .acosh())
                * (x[3] * x[2])
        },
        (((((x[2] * w2).sin()).powi(3)).sin()) * y
            + (((k::<D>(1.0)) + ((x[2] + w2) * (x[2] + w2))).sqrt())),
    );
    s3 -= ((p68_d(u6.sin(), s3.cos()) * p68_d(u6.sin(), s3.cos())
        + ((k::<D>(0.5)) + ((u6 / u1.exp()) * (u6 / u1.exp())))
            * ((k::<D>(0.5)) + ((u6 / u1.exp()) * (u6 / u1.exp()))))
    .sqrt())
    .tanh();
    let mut m8 = x[2];
    let mut i9 = 0;
    while i9 < 2 {
        i9 += 1;
        s3 = dmin(s3, (u1 + w2.atan().exp2()).cos());
        if !((((k::<D>(2.0)) + u1.sin()).recip()).re() > (k::<D>(V[i9])).re()) {
            continue;
        }
        s3 = (((k::<D>(0.7)) * s3) + x[1]).sin();
        m8 += (((k::<D>(i9 as f64)) * u1) + (u1 * u6)).atan();
    }
    ((((w2 + s3) + u6) - w7) + m8) + x[2]
}

#[differentiable]
fn p99(x: [f64; 6]) -> f64 {
    let a1 = (1.0 + (BETA * BETA)).powi(-1);
    let mut s2 = 0.5;
    for i3 in 0..x.len() {
        let a4 = if ((i3 as f64).sin()).cosh() >= 0.61 {
            f64::cosh(Float::tanh(s2)) + (a1 + (a1 - a1))
        } else {
            (-1.6)
                / (1.0f64
                    + (((2.0_f64 + x[i3].sin())
                        .log(f64::exp(0.5 + (0.4 * f64::sin(f64::tanh(x[i3] - x[i3]))))))
                        * ((2.0f64 + Float::sin(x[i3]))
                            .log((0.5 + (0.4f64 * (((x[i3] - x[i3]).tanh()).sin()))).exp()))))
        };
        s2 += f64::cos({
            let t5 = a4;
            x[i3]
        });
        if i3 % 2 == 1 {
            continue;
        }
    }
    let a6 = ((a1 / (1.0 + ((-0.89) * (-0.89)))) * x[0])
        / (1.5 + (((1.5_f64 + core::f64::consts::PI.sin().tanh()).powi(0)).tanh()));
    ((a1 + s2) + a6) + x[3]
}

fn p99_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA)))).powi(-1);
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() {
        let a4 = if (((k::<D>(i3 as f64)).sin()).cosh()).re() >= (k::<D>(0.61)).re() {
            s2.tanh().cosh() + (a1 + (a1 - a1))
        } else {
            (k::<D>(-1.6))
                / ((k::<D>(1.0))
                    + ((((k::<D>(2.0)) + x[i3].sin()).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((x[i3] - x[i3]).tanh()).sin())))
                            .exp())
                        .ln())
                        * (((k::<D>(2.0)) + x[i3].sin()).ln()
                            / (((k::<D>(0.5))
                                + ((k::<D>(0.4)) * (((x[i3] - x[i3]).tanh()).sin())))
                            .exp())
                            .ln())))
        };
        s2 += ({
            let t5 = a4;
            x[i3]
        })
        .cos();
        if i3 % 2 == 1 {
            continue;
        }
    }
    let a6 = ((a1 / ((k::<D>(1.0)) + ((k::<D>(-0.89)) * (k::<D>(-0.89))))) * x[0])
        / ((k::<D>(1.5))
            + ((((k::<D>(1.5)) + (((k::<D>(core::f64::consts::PI)).sin()).tanh())).powi(0))
                .tanh()));
    ((a1 + s2) + a6) + x[3]
}

#[differentiable]
fn p100(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 0.5;
    for i2 in 1..2 {
        let mut m4: f64 = ((1.0
            + (({
                let t3 = std::f64::consts::E;
                x[1]
            }) * ({
                let t3 = std::f64::consts::E;
                x[1]
            })))
        .powi(0))
            - (((1.1 + (((-0.53).exp()) * ((-0.53).exp()))).acosh()) - ((1.0 + (y * y)).recip()));
        let mut m5: f64 = p57(
            x[3].cosh().tanh(),
            ((1.1 + ((1.0 + (y * y)) * (1.0 + (y * y)))).acosh()).cos(),
        )
        .cos();
        m5 += Float::powi(m5, 1).atan();
        if i2 <= 0 {
            break;
        }
        m5 *= 1.0 + (0.3 * m5.sin());
    }
    let a6: f64 = (1.5 + 1.504_f64.tanh()).ln();
    let mut m7 = s1;
    m7 /= f64::hypot(s1, 1.0);
    let mut s8 = 0.0;
    for i9 in 2..6 {
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            let a11: f64 = Float::atan(f64::exp(y).recip() - m7.hypot(1.0).ln()).powi(2);
            let mut m12: f64 = (i10 as f64);
            let a13 = 2.0f64.tanh();
            if i9 == 4 {
                continue;
            }
            m12 += (x[0] * x[0]).atan();
            m12 *= 1.0_f64 + (0.3 * ((s8 / (((a11 * 0.88).tanh()).exp())).sin()));
        }
        let mut i14 = 0;
        while i14 < 3 {
            i14 += 1;
            let a15 = m7;
            let a16 = -(a6 * a15.sin().exp());
            if !(m7.sin() * x[5] <= core::f64::consts::PI) {
                break;
            }
            s1 = (0.5 * s1)
                + (((((2.0 + 1.7.sin()).log10()).sin()) * ((a15 / (2.0 + x[3].sin())).sin()))
                    .atan());
        }
        s1 = (0.5f64 * s1) + Float::atan(-Float::clamp(m7, -0.18, 1.01));
        m7 -= f64::cos(Float::cosh(s1.atan()).powf(0.025_f64));
    }
    Float::tanh(0.001 * (((((y + s1) + a6) + m7) * s8) + x[3]))
}

fn p100_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 1..2 {
        let mut m4: D = (((k::<D>(1.0))
            + (({
                let t3 = k::<D>(std::f64::consts::E);
                x[1]
            }) * ({
                let t3 = k::<D>(std::f64::consts::E);
                x[1]
            })))
        .powi(0))
            - ((((k::<D>(1.1)) + (((k::<D>(-0.53)).exp()) * ((k::<D>(-0.53)).exp()))).acosh())
                - (((k::<D>(1.0)) + (y * y)).recip()));
        let mut m5: D = p57_d(
            x[3].cosh().tanh(),
            (((k::<D>(1.1)) + (((k::<D>(1.0)) + (y * y)) * ((k::<D>(1.0)) + (y * y)))).acosh())
                .cos(),
        )
        .cos();
        m5 += m5.powi(1).atan();
        if i2 <= 0 {
            break;
        }
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m5.sin());
    }
    let a6: D = ((k::<D>(1.5)) + ((k::<D>(1.504)).tanh())).ln();
    let mut m7 = s1;
    m7 /= (s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    let mut s8 = k::<D>(0.0);
    for i9 in 2..6 {
        let mut i10 = 0;
        while i10 < 4 {
            i10 += 1;
            let a11: D = ((y.exp().recip()
                - (((m7 * m7 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()))
            .atan())
            .powi(2);
            let mut m12: D = k::<D>(i10 as f64);
            let a13 = (k::<D>(2.0)).tanh();
            if i9 == 4 {
                continue;
            }
            m12 += (x[0] * x[0]).atan();
            m12 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((s8 / (((a11 * (k::<D>(0.88))).tanh()).exp())).sin()));
        }
        let mut i14 = 0;
        while i14 < 3 {
            i14 += 1;
            let a15 = m7;
            let a16 = -(a6 * a15.sin().exp());
            if !((m7.sin() * x[5]).re() <= (k::<D>(core::f64::consts::PI)).re()) {
                break;
            }
            s1 = ((k::<D>(0.5)) * s1)
                + ((((((k::<D>(2.0)) + ((k::<D>(1.7)).sin())).log10()).sin())
                    * ((a15 / ((k::<D>(2.0)) + x[3].sin())).sin()))
                .atan());
        }
        s1 = ((k::<D>(0.5)) * s1) + ((-dclamp(m7, k::<D>(-0.18), k::<D>(1.01))).atan());
        m7 -= (((k::<D>(0.025)) * s1.atan().cosh().ln()).exp()).cos();
    }
    ((k::<D>(0.001)) * (((((y + s1) + a6) + m7) * s8) + x[3])).tanh()
}

#[differentiable]
fn p101(x: &[f64]) -> f64 {
    let a1: f64 = f64::max(x[2], x[2]);
    let a2 = if !(Float::acosh(1.1_f64 + (Float::exp(x[1]) * x[1].exp())) < a1 - a1) {
        f64::cosh(x[4])
    } else {
        Float::atanh(0.9 * a1.tanh())
    };
    let (u3, w4) = (
        (((-0.4).sinh()).trunc()) * Float::tan(Float::sin(a1)),
        f64::atan(a1).mul_add(-0.819_f64, 1.66),
    );
    let a5 = (u3 - x[1]) - x[5];
    ((((a1 + a2) - u3) + w4) + a5) + x[2]
}

fn p101_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = dmax(x[2], x[2]);
    let a2 = if !((((k::<D>(1.1)) + (x[1].exp() * x[1].exp())).acosh()).re() < (a1 - a1).re()) {
        x[4].cosh()
    } else {
        ((k::<D>(0.9)) * a1.tanh()).atanh()
    };
    let (u3, w4) = (
        (k::<D>(((k::<D>(-0.4)).sinh()).re().trunc())) * a1.sin().tan(),
        (a1.atan() * (k::<D>(-0.819)) + (k::<D>(1.66))),
    );
    let a5 = (u3 - x[1]) - x[5];
    ((((a1 + a2) - u3) + w4) + a5) + x[2]
}

#[differentiable]
fn p102<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let a1 = if c::<T>(ALPHA) < c::<T>(-0.92) {
        (((c::<T>(1.5)) + x0.tanh())
            .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(c::<T>(-1.2)))).exp()))
        .atan2((c::<T>(0.5)) + (x1.asinh() * x1.asinh()))
    } else {
        ((c::<T>(0.9)) * x1).min(if c::<T>(1.066) > c::<T>(-0.68) {
            x0
        } else {
            c::<T>(-1.7)
        })
    };
    let (u2, w3) = (
        T::powf((c::<T>(1.0)) + (x1 * x1), T::from(-0.962).unwrap())
            .tanh()
            .sin()
            .tan(),
        Float::powf(a1.cos().exp(), x0)
            / ((c::<T>(2.0)) + Float::clamp(a1, c::<T>(-0.02), c::<T>(1.31)).sin()),
    );
    if p7(T::atan(c::<T>(1.7)), a1.cos(), u2.tanh()) >= c::<T>(-0.69) {
        return x1 - x0;
    }
    let a4: T = ((c::<T>(1.0)) + (T::exp(x0).log10().tanh() * Float::tanh(x0.exp().log10())))
        .powf(T::atan(p58(u2.tanh(), w3.tanh())));
    (((x1 + a1) * u2) + w3) + a4
}

fn p102_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if (k::<D>(ALPHA)).re() < (k::<D>(-0.92)).re() {
        datan2(
            (((k::<D>(1.5)) + x0.tanh()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * ((k::<D>(-1.2)).sin()))).exp()).ln()),
            (k::<D>(0.5)) + (x1.asinh() * x1.asinh()),
        )
    } else {
        dmin(
            (k::<D>(0.9)) * x1,
            if (k::<D>(1.066)).re() > (k::<D>(-0.68)).re() {
                x0
            } else {
                k::<D>(-1.7)
            },
        )
    };
    let (u2, w3) = (
        (((((k::<D>(-0.962)) * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp()).tanh()).sin()).tan(),
        ((x0 * a1.cos().exp().ln()).exp())
            / ((k::<D>(2.0)) + dclamp(a1, k::<D>(-0.02), k::<D>(1.31)).sin()),
    );
    if p7_d((k::<D>(1.7)).atan(), a1.cos(), u2.tanh()).re() >= (k::<D>(-0.69)).re() {
        return x1 - x0;
    }
    let a4: D = (p58_d(u2.tanh(), w3.tanh()).atan()
        * ((k::<D>(1.0)) + (x0.exp().log10().tanh() * x0.exp().log10().tanh())).ln())
    .exp();
    (((x1 + a1) * u2) + w3) + a4
}

#[differentiable]
fn p103<T>(x: [T; 5]) -> T
where
    T: Float + NumAssign,
{
    let a1 = c::<T>(core::f64::consts::PI);
    let (u2, w3) = (
        x[2] + ((a1 - x[1]) + T::atan2(x[3], -((c::<T>(0.5)) + (x[2] * x[2])))),
        c::<T>(ALPHA),
    );
    let mut s4 = T::zero();
    for &i5 in x.iter() {
        for i6 in 1..4 {
            let a7 = x[1] + x[0];
            s4 = ((c::<T>(0.5)) * s4) + ((i5 / ((c::<T>(1.5)) + a7.tanh())).sin());
            s4 *= T::one()
                + (T::from(0.3).unwrap()
                    * T::sin(
                        (T::atan(s4) * (c::<T>(-0.4)))
                            / ((c::<T>(1.0))
                                + (Float::hypot(x[1], (c::<T>(0.5)) + (w3 * w3)).atan()
                                    * Float::atan(x[1].hypot((c::<T>(0.5)) + (w3 * w3))))),
                    ));
        }
        s4 = ((c::<T>(0.5)) * s4) + a1.cos().cos();
        s4 -= (i5 + u2).cos();
    }
    s4 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * x[1].cos().sin());
    (((a1 - u2) + w3) - s4) + x[1]
}

fn p103_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(core::f64::consts::PI);
    let (u2, w3) = (
        x[2] + ((a1 - x[1]) + datan2(x[3], -((k::<D>(0.5)) + (x[2] * x[2])))),
        k::<D>(ALPHA),
    );
    let mut s4 = k::<D>(0.0);
    for &i5 in x.iter() {
        for i6 in 1..4 {
            let a7 = x[1] + x[0];
            s4 = ((k::<D>(0.5)) * s4) + ((i5 / ((k::<D>(1.5)) + a7.tanh())).sin());
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((s4.atan() * (k::<D>(-0.4)))
                        / ((k::<D>(1.0))
                            + ((((x[1] * x[1]
                                + ((k::<D>(0.5)) + (w3 * w3)) * ((k::<D>(0.5)) + (w3 * w3)))
                                .sqrt())
                            .atan())
                                * (((x[1] * x[1]
                                    + ((k::<D>(0.5)) + (w3 * w3))
                                        * ((k::<D>(0.5)) + (w3 * w3)))
                                    .sqrt())
                                .atan()))))
                    .sin()));
        }
        s4 = ((k::<D>(0.5)) * s4) + a1.cos().cos();
        s4 -= (i5 + u2).cos();
    }
    s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[1].cos().sin());
    (((a1 - u2) + w3) - s4) + x[1]
}

#[differentiable]
fn p104<T: Float>(x0: T, x1: T, x2: T, nk: usize) -> T {
    let (u1, w2) = (
        ((c::<T>(0.5)) + (((c::<T>(1.0)) + (x1 * x1)) * ((c::<T>(1.0)) + (x1 * x1)))).ln_1p(),
        ((c::<T>(1.5)) + x0.tanh()).cbrt(),
    );
    let a4 = (T::from(0.9).unwrap()
        * T::tanh(Float::sin(
            u1 * ({
                let t3 = x1;
                c::<T>(ALPHA)
            }),
        )))
    .atanh();
    let a5 = if ((c::<T>(2.0)) + x2.sin()).log10() > a4 {
        Float::recip(
            (((c::<T>(0.9)) * (((c::<T>(1.7)) / x2.cosh()).sin())).atanh()).hypot(T::one()),
        )
    } else {
        T::acosh(
            (c::<T>(1.1))
                + (((c::<T>(1.0)) + ((x2 * u1) * (x2 * u1)))
                    * (T::one() + ((x2 * u1) * (x2 * u1)))),
        )
        .atan()
    };
    let (u6, w7) = (T::powi(u1.atan(), 2), x1);
    (((w2 + a4) + a5) + u6) + w7
}

fn p104_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let (u1, w2) = (
        ((k::<D>(0.5)) + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1)))).ln_1p(),
        ((k::<D>(1.5)) + x0.tanh()).cbrt(),
    );
    let a4 = ((k::<D>(0.9))
        * (((u1
            * ({
                let t3 = x1;
                k::<D>(ALPHA)
            }))
        .sin())
        .tanh()))
    .atanh();
    let a5 = if (((k::<D>(2.0)) + x2.sin()).log10()).re() > a4.re() {
        (((((k::<D>(0.9)) * (((k::<D>(1.7)) / x2.cosh()).sin())).atanh())
            * (((k::<D>(0.9)) * (((k::<D>(1.7)) / x2.cosh()).sin())).atanh())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .recip()
    } else {
        (((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((x2 * u1) * (x2 * u1)))
                * ((k::<D>(1.0)) + ((x2 * u1) * (x2 * u1)))))
            .acosh())
        .atan()
    };
    let (u6, w7) = (u1.atan().powi(2), x1);
    (((w2 + a4) + a5) + u6) + w7
}

#[differentiable]
fn p105(x0: f64, x1: f64) -> f64 {
    let a1: f64 = f64::tan(f64::sin(-x1));
    let (u2, w3) = (a1.abs(), f64::log10(x0.hypot(1.0)));
    let a4 = a1;
    let (u5, w6) = (
        1.09_f64.mul_add(-0.292, u2).mul_add(a1 * a4, x1),
        a4.sin() - (0.64f64 + x1),
    );
    (((u2 + w3) + a4) + u5) - w6
}

fn p105_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = ((-x1).sin()).tan();
    let (u2, w3) = (
        a1.abs(),
        ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10(),
    );
    let a4 = a1;
    let (u5, w6) = (
        (((k::<D>(1.09)) * (k::<D>(-0.292)) + u2) * (a1 * a4) + x1),
        a4.sin() - ((k::<D>(0.64)) + x1),
    );
    (((u2 + w3) + a4) + u5) - w6
}

#[differentiable]
fn p106(x: [f64; 3], y: f64) -> f64 {
    let mut s1 = 0.5;
    for i2 in 1..4 {
        let a3 = W[i2] * x[0];
        let mut m4: f64 = Float::log10(Float::asin(0.9f64 * x[0].sin().tanh()).tanh().cosh());
        let a5 = x[1] / (1.5f64 + Float::tanh(m4));
        s1 *= 1.0_f64 + (0.3 * p95(Float::cos(a5), core::f64::consts::PI.sin()).sin());
    }
    for i6 in 0..x.len() {
        if x[i6] * x[i6] < f64::ln(1.5_f64 + x[i6].tanh()) || ALPHA >= y {
            continue;
        }
        let mut s7 = 0.0;
        let mut i8 = 0;
        while i8 < 1 {
            i8 += 1;
            let a9 = s1;
            s7 /= 1.0 + (a9.atan() * a9.atan());
            s7 -= Float::log2(1.5 + f64::tanh((0.9 * Float::sin(x[i6])).asin())).tanh();
        }
        let mut m10 = f64::abs(x[i6].exp_m1()).clamp(-1.36, 1.21);
        m10 *= 1.0 + (0.3 * Float::sin(y * 0.9));
        s1 += f64::cos(x[i6] + y);
    }
    let a11 = x[0] + std::f64::consts::E;
    let mut s12 = 1.0_f64;
    for i13 in 1..4 {
        if x[1].sin().tan() <= a11 && x[0] >= x[2] || i13 != 0 {
            s1 *= 1.0 + (0.3 * Float::sin(Float::asinh(a11)));
        } else {
            s1 -= s1.cos().atan();
        }
        let (u14, w15) = ((s1.sin() * s12.tanh()) / a11.atan().cosh(), y);
        s1 = (0.5_f64 * s1)
            + (((({
                let t16 = s12;
                x[1]
            }) * (1.128 / (2.0 + Float::sin(s12))))
                - ({
                    let t17 = f64::sqrt(1.0_f64 + (w15 * w15));
                    s1.tanh() * x[1]
                }))
            .tanh());
        s12 *= 1.0 + (0.3_f64 * (((1.0 + ((-V[i13]) * (-V[i13]))).cbrt()).sin()));
        if i13 > 2 {
            continue;
        }
        s1 /= 1.0 + ((((i13 as f64) + u14).atan()) * (((i13 as f64) + u14).atan()));
    }
    let a11 = (-x[2]) / f64::tan((-0.08).sin()).hypot(1.0);
    (0.001 * ((((y + s1) + s12) + a11) + x[2])).tanh()
}

fn p106_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 1..4 {
        let a3 = (k::<D>(W[i2])) * x[0];
        let mut m4: D = (((((k::<D>(0.9)) * x[0].sin().tanh()).asin()).tanh()).cosh()).log10();
        let a5 = x[1] / ((k::<D>(1.5)) + m4.tanh());
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * p95_d(a5.cos(), (k::<D>(core::f64::consts::PI)).sin()).sin());
    }
    for i6 in 0..x.len() {
        if (x[i6] * x[i6]).re() < (((k::<D>(1.5)) + x[i6].tanh()).ln()).re()
            || (k::<D>(ALPHA)).re() >= y.re()
        {
            continue;
        }
        let mut s7 = k::<D>(0.0);
        let mut i8 = 0;
        while i8 < 1 {
            i8 += 1;
            let a9 = s1;
            s7 /= (k::<D>(1.0)) + (a9.atan() * a9.atan());
            s7 -= (((k::<D>(1.5)) + ((((k::<D>(0.9)) * x[i6].sin()).asin()).tanh())).log2()).tanh();
        }
        let mut m10 = dclamp(x[i6].exp_m1().abs(), k::<D>(-1.36), k::<D>(1.21));
        m10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((y * (k::<D>(0.9))).sin()));
        s1 += (x[i6] + y).cos();
    }
    let a11 = x[0] + (k::<D>(std::f64::consts::E));
    let mut s12 = k::<D>(1.0);
    for i13 in 1..4 {
        if x[1].sin().tan().re() <= a11.re() && x[0].re() >= x[2].re() || i13 != 0 {
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a11.asinh().sin());
        } else {
            s1 -= s1.cos().atan();
        }
        let (u14, w15) = ((s1.sin() * s12.tanh()) / a11.atan().cosh(), y);
        s1 = ((k::<D>(0.5)) * s1)
            + (((({
                let t16 = s12;
                x[1]
            }) * ((k::<D>(1.128)) / ((k::<D>(2.0)) + s12.sin())))
                - ({
                    let t17 = ((k::<D>(1.0)) + (w15 * w15)).sqrt();
                    s1.tanh() * x[1]
                }))
            .tanh());
        s12 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.0)) + ((-(k::<D>(V[i13]))) * (-(k::<D>(V[i13]))))).cbrt()).sin()));
        if i13 > 2 {
            continue;
        }
        s1 /= (k::<D>(1.0))
            + ((((k::<D>(i13 as f64)) + u14).atan()) * (((k::<D>(i13 as f64)) + u14).atan()));
    }
    let a11 = (-x[2])
        / (((((k::<D>(-0.08)).sin()).tan()) * (((k::<D>(-0.08)).sin()).tan())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt());
    ((k::<D>(0.001)) * ((((y + s1) + s12) + a11) + x[2])).tanh()
}

#[differentiable]
fn p107<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1: T = x1 - x1;
    let a2 = T::powf((c::<T>(1.0)) + (x0 * x0), c::<T>(-0.6));
    let (u3, w4) = (-a2, p50(x1, a1.tanh()));
    let mut s5: T = T::one();
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        s5 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * T::sin(a1));
        s5 = ((c::<T>(0.5)) * s5)
            + ((T::hypot(
                s5,
                (c::<T>(0.5)) + ((w4 / (T::one() + (x1 * x1))) * (w4 / (T::one() + (x1 * x1)))),
            ) + u3)
                .cos());
        s5 = ((c::<T>(0.5)) * s5)
            + Float::sin(Float::sqrt(
                (c::<T>(1.0)) + ((c::<T>(core::f64::consts::PI)) * (c::<T>(core::f64::consts::PI))),
            ));
        if x0 / ((c::<T>(1.0)) + (u3 * u3)) < s5 {
            continue;
        }
    }
    let mut s7: T = c::<T>(0.0);
    for i8 in 2..=5 {
        let mut s9 = T::one();
        for i10 in (i8 + 1)..8 {
            let a11 = if i10 < 4 { -s5 } else { s9 - s7 };
            s7 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * x0.sin());
        }
        s5 -= Float::tan(a2.tanh().sin()).atan();
        s9 = ((c::<T>(0.5)) * s9) + ((((c::<T>(0.9)) * Float::sin(s7).sin()).asin()).atan());
    }
    (T::from(0.001).unwrap() * ((((a2 + u3) + w4) + s5) + s7)).tanh()
}

fn p107_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = x1 - x1;
    let a2 = ((k::<D>(-0.6)) * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp();
    let (u3, w4) = (-a2, p50_d(x1, a1.tanh()));
    let mut s5: D = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
        s5 = ((k::<D>(0.5)) * s5)
            + ((((s5 * s5
                + ((k::<D>(0.5))
                    + ((w4 / ((k::<D>(1.0)) + (x1 * x1)))
                        * (w4 / ((k::<D>(1.0)) + (x1 * x1)))))
                    * ((k::<D>(0.5))
                        + ((w4 / ((k::<D>(1.0)) + (x1 * x1)))
                            * (w4 / ((k::<D>(1.0)) + (x1 * x1))))))
                .sqrt())
                + u3)
                .cos());
        s5 = ((k::<D>(0.5)) * s5)
            + ((((k::<D>(1.0))
                + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
            .sqrt())
            .sin());
        if (x0 / ((k::<D>(1.0)) + (u3 * u3))).re() < s5.re() {
            continue;
        }
    }
    let mut s7: D = k::<D>(0.0);
    for i8 in 2..=5 {
        let mut s9 = k::<D>(1.0);
        for i10 in (i8 + 1)..8 {
            let a11 = if i10 < 4 { -s5 } else { s9 - s7 };
            s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.sin());
        }
        s5 -= a2.tanh().sin().tan().atan();
        s9 = ((k::<D>(0.5)) * s9) + ((((k::<D>(0.9)) * s7.sin().sin()).asin()).atan());
    }
    ((k::<D>(0.001)) * ((((a2 + u3) + w4) + s5) + s7)).tanh()
}

#[differentiable]
fn p108(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = x0 - x2;
    let mut m2: f64 = a1 * x2;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut m4 = f64::atan(x2).hypot(0.5 + (V[i3].exp_m1() * Float::exp_m1(V[i3])))
            / (1.0
                + (Float::powi(
                    f64::exp(f64::tanh(Float::powf(
                        1.0 + (a1 * a1),
                        Float::atan(core::f64::consts::PI),
                    ))),
                    0,
                ) * f64::powi(
                    f64::tanh((1.0f64 + (a1 * a1)).powf(core::f64::consts::PI.atan())).exp(),
                    0,
                )));
        let a1: f64 = Float::max(x0, Float::powi(1.5 + x0.tanh(), -1)) + x1;
        if x0 - x1 > m2.atan() {
            break;
        }
        m2 += Float::sin(a1).exp2().abs().atan();
    }
    m2 = (0.5 * m2) + (m2.tanh() * a1);
    m2 *= 1.0 + (0.3 * Float::sin(1.04));
    let (u5, w6) = (
        -(-(1.71 / Float::cosh(Float::sin(a1)))),
        ((a1.mul_add(x1, std::f64::consts::E) * (x2.signum() * x2)).atan()).exp_m1(),
    );
    let a7 = ((m2 - 1.61f64).asinh()) * w6;
    (((a1 + m2) + u5) * w6) - a7
}

fn p108_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = x0 - x2;
    let mut m2: D = a1 * x2;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut m4 = ((x2.atan() * x2.atan()
            + ((k::<D>(0.5)) + (((k::<D>(V[i3])).exp_m1()) * ((k::<D>(V[i3])).exp_m1())))
                * ((k::<D>(0.5)) + (((k::<D>(V[i3])).exp_m1()) * ((k::<D>(V[i3])).exp_m1()))))
        .sqrt())
            / ((k::<D>(1.0))
                + ((((((((k::<D>(core::f64::consts::PI)).atan())
                    * ((k::<D>(1.0)) + (a1 * a1)).ln())
                .exp())
                .tanh())
                .exp())
                .powi(0))
                    * (((((((k::<D>(core::f64::consts::PI)).atan())
                        * ((k::<D>(1.0)) + (a1 * a1)).ln())
                    .exp())
                    .tanh())
                    .exp())
                    .powi(0))));
        let a1: D = dmax(x0, ((k::<D>(1.5)) + x0.tanh()).powi(-1)) + x1;
        if (x0 - x1).re() > m2.atan().re() {
            break;
        }
        m2 += a1.sin().exp2().abs().atan();
    }
    m2 = ((k::<D>(0.5)) * m2) + (m2.tanh() * a1);
    m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(1.04)).sin()));
    let (u5, w6) = (
        -(-((k::<D>(1.71)) / a1.sin().cosh())),
        (((a1 * x1 + (k::<D>(std::f64::consts::E))) * ((k::<D>(x2.re().signum())) * x2)).atan())
            .exp_m1(),
    );
    let a7 = ((m2 - (k::<D>(1.61))).asinh()) * w6;
    (((a1 + m2) + u5) * w6) - a7
}

#[differentiable]
fn p109(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = if !(x2 * x0 > x2 * x2) {
        -0.066f64
    } else {
        (((0.842 / (2.0 + x2.sin())) - Float::hypot(x0, 0.5 + (x0 * x0))).tanh())
            .mul_add(f64::powi(1.0 + (x2 * x2), 0).powi(2), (x2 - x0).tanh())
    };
    let a2 = (1.0 + (x1 * x1)).log((0.5 + (0.4 * x1.sin())).exp());
    let (u3, w4) = (
        (-a2)
            / (1.0 + (f64::hypot(-0.514, 0.5 + (x2 * x2)) * Float::hypot(-0.514, 0.5 + (x2 * x2)))),
        (x1 - x1).atan(),
    );
    let (u5, w6) = (Float::cbrt(x1.exp()), p78((-1.983).cos(), x2, x1));
    let a7 = if f64::mul_add(w6, f64::cos(a2), u3) > 0.98 {
        (0.9 * (((a1 - x2).sin()).sin())).asin()
    } else {
        (-0.824).sin()
    };
    let (u8, w9) = (
        w4,
        ((1.0 + (u3 * u3)).powi(-1)) / f64::exp((a1 - (-1.604)).sin()),
    );
    (((u5 * w6) + a7) + u8) + w9
}

fn p109_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if !((x2 * x0).re() > (x2 * x2).re()) {
        k::<D>(-0.066)
    } else {
        (((((k::<D>(0.842)) / ((k::<D>(2.0)) + x2.sin()))
            - ((x0 * x0 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt()))
        .tanh())
            * ((((k::<D>(1.0)) + (x2 * x2)).powi(0)).powi(2))
            + ((x2 - x0).tanh()))
    };
    let a2 = (((k::<D>(1.0)) + (x1 * x1)).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln());
    let (u3, w4) = (
        (-a2)
            / ((k::<D>(1.0))
                + ((((k::<D>(-0.514)) * (k::<D>(-0.514))
                    + ((k::<D>(0.5)) + (x2 * x2)) * ((k::<D>(0.5)) + (x2 * x2)))
                    .sqrt())
                    * (((k::<D>(-0.514)) * (k::<D>(-0.514))
                        + ((k::<D>(0.5)) + (x2 * x2)) * ((k::<D>(0.5)) + (x2 * x2)))
                        .sqrt()))),
        (x1 - x1).atan(),
    );
    let (u5, w6) = (x1.exp().cbrt(), p78_d((k::<D>(-1.983)).cos(), x2, x1));
    let a7 = if (w6 * a2.cos() + u3).re() > (k::<D>(0.98)).re() {
        ((k::<D>(0.9)) * (((a1 - x2).sin()).sin())).asin()
    } else {
        (-(k::<D>(0.824))).sin()
    };
    let (u8, w9) = (
        w4,
        (((k::<D>(1.0)) + (u3 * u3)).powi(-1)) / (((a1 - (k::<D>(-1.604))).sin()).exp()),
    );
    (((u5 * w6) + a7) + u8) + w9
}

#[differentiable]
fn p110(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (1.8 / x1.hypot(1.0), 1.7 - x0);
    let mut s3: f64 = 0.5f64;
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let (u5, w6) = (
            if s3 <= -0.58 {
                x1
            } else {
                w2 / (1.0 + (u1 * u1))
            },
            u1,
        );
        s3 *= 1.0 + (0.3 * Float::mul_add(u5.sin(), -1.042, 1.4).sin());
    }
    for i7 in 2..5 {
        let mut m8 = x0 + x0;
        let u1 = x1.cos() * ((s3 + s3).tanh());
        let a9 = if i7 >= 0 {
            s3.hypot(1.0)
                .powi(-1)
                .atan2(0.5f64 + (((i7 as f64) - w2) * ((i7 as f64) - w2)))
        } else {
            x0
        };
        m8 += (m8 / f64::tanh(f64::log10(1.5 + x0.tanh())).cosh()).tanh();
        s3 = ((0.7 * s3) + s3.cos().sinh()).tanh();
    }
    s3 -= f64::acosh(1.1 + (ALPHA.hypot(1.0) * ALPHA.hypot(1.0)));
    let a10 = Float::tan(1.77.sin());
    let mut m11 = -0.58;
    (((u1 + w2) + s3) + a10) + m11
}

fn p110_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        (k::<D>(1.8)) / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
        (k::<D>(1.7)) - x0,
    );
    let mut s3: D = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let (u5, w6) = (
            if s3.re() <= (k::<D>(-0.58)).re() {
                x1
            } else {
                w2 / ((k::<D>(1.0)) + (u1 * u1))
            },
            u1,
        );
        s3 *=
            (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u5.sin() * (k::<D>(-1.042)) + (k::<D>(1.4))).sin()));
    }
    for i7 in 2..5 {
        let mut m8 = x0 + x0;
        let u1 = x1.cos() * ((s3 + s3).tanh());
        let a9 = if i7 >= 0 {
            datan2(
                ((s3 * s3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1),
                (k::<D>(0.5)) + (((k::<D>(i7 as f64)) - w2) * ((k::<D>(i7 as f64)) - w2)),
            )
        } else {
            x0
        };
        m8 += (m8 / (((((k::<D>(1.5)) + x0.tanh()).log10()).tanh()).cosh())).tanh();
        s3 = (((k::<D>(0.7)) * s3) + s3.cos().sinh()).tanh();
    }
    s3 -= ((k::<D>(1.1))
        + ((((k::<D>(ALPHA)) * (k::<D>(ALPHA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * (((k::<D>(ALPHA)) * (k::<D>(ALPHA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .acosh();
    let a10 = ((k::<D>(1.77)).sin()).tan();
    let mut m11 = k::<D>(-0.58);
    (((u1 + w2) + s3) + a10) + m11
}

#[differentiable]
fn p111(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 1.0_f64;
    for i2 in 0..x.len() - 1 {
        let mut s3 = 1.0;
        for i4 in 0..x.len() {
            let (u5, w6) = (
                s1,
                (0.9 * s1.atan2(-(0.5 + (BETA * BETA))).atan().tanh()).atanh(),
            );
            let mut m7 = f64::tan(
                f64::powf(
                    1.5f64 + ((x[i4] / (2.0_f64 + Float::sin(x[i4]))).tanh()),
                    ((0.5 + ((2.0 + Float::sin(V[i4])) * (2.0f64 + f64::sin(V[i4])))).ln_1p())
                        .tanh(),
                )
                .tanh()
                .sin(),
            );
            s3 *= 1.0
                + (0.3
                    * f64::log10(
                        1.5_f64
                            + (((1.0 + ((x[i4].tanh() * s1.sin()) * (x[i4].tanh() * s1.sin())))
                                .log10())
                            .tanh()),
                    )
                    .sin());
            m7 = (0.5 * m7) + ((x[i4] / (2.0 + x[i4].atan2(0.5_f64 + (m7 * m7)).sin())).sin());
            m7 -= Float::log2(2.0 + f64::exp_m1(f64::tanh((i4 as f64))).sin()).sin();
        }
        s3 = (0.5 * s3) + ((i2 as f64).atan());
    }
    let y = Float::powi(s1.sin(), 1)
        .atan2(0.5 + ((ALPHA / (2.0 + y.sin())) * (ALPHA / (2.0 + f64::sin(y)))))
        .cos()
        .cosh();
    let a8 = f64::log10(1.5 + y.tanh()) - (if x[0] < y { y } else { x[4] });
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        s1 *= 1.0f64
            + (0.3
                * Float::sin(f64::powi(
                    2.0 + (((BETA / (1.0_f64 + (x[3] * x[3]))).cos()).sin()),
                    -2,
                )));
        let (u10, w11) = (0.246, s1 - (s1 / (1.0 + ((-1.714) * (-1.714)))));
        s1 = Float::sin((0.7 * s1) + y);
        s1 = Float::min(s1, f64::atan((i9 as f64).tanh()));
    }
    if (-0.26).sin() <= 0.38 {
        return s1.cos().powi(1);
    }
    let (u12, w13) = (
        Float::sin(x[0]).sin(),
        (y + s1) - ((2.0f64 + Float::sin(x[3])).log((0.5 + (0.4 * Float::tanh(y).sin())).exp())),
    );
    let mut s14 = 1.0;
    for i15 in 1..2 {
        let a16 = f64::sqrt(Float::cosh(y.sin()));
        if i15 < 2 {
            continue;
        }
        s1 *= 1.0_f64 + (0.3f64 * x[3].exp_m1().sin());
    }
    ((((y + a8) + u12) - w13) + s14) + x[3]
}

fn p111_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 0..x.len() - 1 {
        let mut s3 = k::<D>(1.0);
        for i4 in 0..x.len() {
            let (u5, w6) = (
                s1,
                ((k::<D>(0.9))
                    * datan2(s1, -((k::<D>(0.5)) + ((k::<D>(BETA)) * (k::<D>(BETA)))))
                        .atan()
                        .tanh())
                .atanh(),
            );
            let mut m7 = ((((((((k::<D>(0.5))
                + (((k::<D>(2.0)) + ((k::<D>(V[i4])).sin()))
                    * ((k::<D>(2.0)) + ((k::<D>(V[i4])).sin()))))
            .ln_1p())
            .tanh())
                * ((k::<D>(1.5)) + ((x[i4] / ((k::<D>(2.0)) + x[i4].sin())).tanh())).ln())
            .exp())
            .tanh())
            .sin())
            .tan();
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.5))
                        + ((((k::<D>(1.0))
                            + ((x[i4].tanh() * s1.sin()) * (x[i4].tanh() * s1.sin())))
                        .log10())
                        .tanh()))
                    .log10())
                    .sin()));
            m7 = ((k::<D>(0.5)) * m7)
                + ((x[i4] / ((k::<D>(2.0)) + datan2(x[i4], (k::<D>(0.5)) + (m7 * m7)).sin()))
                    .sin());
            m7 -= (((k::<D>(2.0)) + ((((k::<D>(i4 as f64)).tanh()).exp_m1()).sin())).log2()).sin();
        }
        s3 = ((k::<D>(0.5)) * s3) + ((k::<D>(i2 as f64)).atan());
    }
    let y = datan2(
        s1.sin().powi(1),
        (k::<D>(0.5))
            + (((k::<D>(ALPHA)) / ((k::<D>(2.0)) + y.sin()))
                * ((k::<D>(ALPHA)) / ((k::<D>(2.0)) + y.sin()))),
    )
    .cos()
    .cosh();
    let a8 = (((k::<D>(1.5)) + y.tanh()).log10()) - (if x[0].re() < y.re() { y } else { x[4] });
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(2.0))
                    + ((((k::<D>(BETA)) / ((k::<D>(1.0)) + (x[3] * x[3]))).cos()).sin()))
                .powi(-2))
                .sin()));
        let (u10, w11) = (
            k::<D>(0.246),
            s1 - (s1 / ((k::<D>(1.0)) + ((k::<D>(-1.714)) * (k::<D>(-1.714))))),
        );
        s1 = (((k::<D>(0.7)) * s1) + y).sin();
        s1 = dmin(s1, ((k::<D>(i9 as f64)).tanh()).atan());
    }
    if ((k::<D>(-0.26)).sin()).re() <= (k::<D>(0.38)).re() {
        return s1.cos().powi(1);
    }
    let (u12, w13) = (
        x[0].sin().sin(),
        (y + s1)
            - (((k::<D>(2.0)) + x[3].sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * y.tanh().sin())).exp()).ln()),
    );
    let mut s14 = k::<D>(1.0);
    for i15 in 1..2 {
        let a16 = y.sin().cosh().sqrt();
        if i15 < 2 {
            continue;
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[3].exp_m1().sin());
    }
    ((((y + a8) + u12) - w13) + s14) + x[3]
}

#[differentiable]
fn p112(x0: f64, x1: f64, nk: usize) -> f64 {
    let a1: f64 = Float::sinh(f64::cos(BETA));
    let mut s2 = 0.0;
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = (x0.exp2().floor() * (x1.tanh() * s2.atan()))
            - ((1.0 + (x1.tanh() * x1.tanh())).powf((x0 + s2).sin()));
        s2 += Float::cos((0.9 * f64::sin(ALPHA.asinh())).acos());
    }
    let mut s5: f64 = 0.0;
    for i6 in 0..=1 {
        if s5 / (1.0 + (f64::atan(a1) * a1.atan())) < -0.36 {
            break;
        }
        let mut m7: f64 = (a1.sin() * s5.atan()).tanh();
        s2 -= (0.205 / s2.cos().cosh()).sin();
        m7 = f64::tanh((0.7 * m7) + ((1.0_f64 + (s5.tanh() * s5.tanh())).ln()));
    }
    let a8 = s5;
    for i9 in 0..nk {
        let mut s10: f64 = 0.5;
        for i11 in 1..3 {
            let a12 = -1.66;
            s5 -= f64::sin(BETA + x1);
            if (1.0 + (x0 * x0)).log((0.5_f64 + (0.4 * Float::sin(x1))).exp()) <= 0.08f64 {
                break;
            }
            s10 /= 1.0_f64 + (Float::cos(s5) * s5.cos());
        }
        s2 = (0.5 * s2) + ((-f64::min(a1, x0)).cos());
        s5 *= 1.0 + (0.3 * a1.sin());
    }
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        let a8: f64 = (0.9f64
            * (((((a1 * x0).cos()).mul_add(f64::max(W[i13], (i13 as f64)), (i13 as f64).exp2()))
                .atan())
            .tanh()))
        .acos();
        for i14 in (i13 + 1)..4 {
            let a15 = f64::asin(0.9 * x1.tanh()) - (x1 * a8);
            let a16 = s2;
            s5 = Float::tanh((0.7 * s5) + a16);
        }
        s2 /= 1.0 + (s2.sin() * s2.sin());
    }
    (0.001 * ((((x1 * a1) + s2) - s5) * a8)).tanh()
}

fn p112_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1: D = ((k::<D>(BETA)).cos()).sinh();
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = ((k::<D>(x0.exp2().re().floor())) * (x1.tanh() * s2.atan()))
            - ((((x0 + s2).sin()) * ((k::<D>(1.0)) + (x1.tanh() * x1.tanh())).ln()).exp());
        s2 += (((k::<D>(0.9)) * (((k::<D>(ALPHA)).asinh()).sin())).acos()).cos();
    }
    let mut s5: D = k::<D>(0.0);
    for i6 in 0..=1 {
        if (s5 / ((k::<D>(1.0)) + (a1.atan() * a1.atan()))).re() < (k::<D>(-0.36)).re() {
            break;
        }
        let mut m7: D = (a1.sin() * s5.atan()).tanh();
        s2 -= ((k::<D>(0.205)) / s2.cos().cosh()).sin();
        m7 = (((k::<D>(0.7)) * m7) + (((k::<D>(1.0)) + (s5.tanh() * s5.tanh())).ln())).tanh();
    }
    let a8 = s5;
    for i9 in 0..nk {
        let mut s10: D = k::<D>(0.5);
        for i11 in 1..3 {
            let a12 = k::<D>(-1.66);
            s5 -= ((k::<D>(BETA)) + x1).sin();
            if (((k::<D>(1.0)) + (x0 * x0)).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln())
            .re()
                <= (k::<D>(0.08)).re()
            {
                break;
            }
            s10 /= (k::<D>(1.0)) + (s5.cos() * s5.cos());
        }
        s2 = ((k::<D>(0.5)) * s2) + ((-dmin(a1, x0)).cos());
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
    }
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        let a8: D = ((k::<D>(0.9))
            * (((((a1 * x0).cos()) * dmax(k::<D>(W[i13]), k::<D>(i13 as f64))
                + ((k::<D>(i13 as f64)).exp2()))
            .atan())
            .tanh()))
        .acos();
        for i14 in (i13 + 1)..4 {
            let a15 = (((k::<D>(0.9)) * x1.tanh()).asin()) - (x1 * a8);
            let a16 = s2;
            s5 = (((k::<D>(0.7)) * s5) + a16).tanh();
        }
        s2 /= (k::<D>(1.0)) + (s2.sin() * s2.sin());
    }
    ((k::<D>(0.001)) * ((((x1 * a1) + s2) - s5) * a8)).tanh()
}

#[differentiable]
fn p113(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (x0 - BETA, x1 + x0);
    let (u3, w4) = (x1.atan2(-(0.5 + (w2 * w2))), f64::atan(u1).sinh());
    let (u5, w6) = (x1.cosh(), 0.108.sin());
    let u5 = x1;
    (((w2 - u3) + w4) - w6) + u5
}

fn p113_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x0 - (k::<D>(BETA)), x1 + x0);
    let (u3, w4) = (datan2(x1, -((k::<D>(0.5)) + (w2 * w2))), u1.atan().sinh());
    let (u5, w6) = (x1.cosh(), (k::<D>(0.108)).sin());
    let u5 = x1;
    (((w2 - u3) + w4) - w6) + u5
}

#[differentiable]
fn p114(x: &[f64]) -> f64 {
    let a1 = p110(std::f64::consts::E.tanh(), BETA.cos()).sin();
    let a1 = -0.494;
    let (u2, w3) = (
        x[3] - a1,
        (-x[3].mul_add(-0.2, -1.61)).hypot(0.5 + (std::f64::consts::E * std::f64::consts::E)),
    );
    let mut s4: f64 = 0.5_f64;
    for &i5 in x.iter() {
        let a6 = (((-1.2) + x[1]) * (-i5))
            - (p68(x[0], x[3]) / (2.0 + f64::recip(1.0 + (w3.atan() * w3.atan())).sin()));
        let a7 = x[1];
        s4 *= 1.0 + (0.3 * f64::sin(a1));
        s4 = (0.5 * s4) + ((i5.cos() + Float::cosh(s4.tanh())).cos());
    }
    (((a1 * u2) + w3) + s4) + x[4]
}

fn p114_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = p110_d((k::<D>(std::f64::consts::E)).tanh(), (k::<D>(BETA)).cos()).sin();
    let a1 = k::<D>(-0.494);
    let (u2, w3) = (
        x[3] - a1,
        ((-(x[3] * (k::<D>(-0.2)) + (k::<D>(-1.61))))
            * (-(x[3] * (k::<D>(-0.2)) + (k::<D>(-1.61))))
            + ((k::<D>(0.5)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                * ((k::<D>(0.5))
                    + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))))
        .sqrt(),
    );
    let mut s4: D = k::<D>(0.5);
    for &i5 in x.iter() {
        let a6 = (((k::<D>(-1.2)) + x[1]) * (-i5))
            - (p68_d(x[0], x[3])
                / ((k::<D>(2.0)) + ((((k::<D>(1.0)) + (w3.atan() * w3.atan())).recip()).sin())));
        let a7 = x[1];
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
        s4 = ((k::<D>(0.5)) * s4) + ((i5.cos() + s4.tanh().cosh()).cos());
    }
    (((a1 * u2) + w3) + s4) + x[4]
}

#[differentiable]
fn p115<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = (((c::<T>(0.5))
        + (Float::hypot(
            c::<T>(-1.3),
            T::from(0.5).unwrap() + ((c::<T>(std::f64::consts::E)) * (c::<T>(std::f64::consts::E))),
        )
        .hypot(T::one())
            * T::from(-1.3)
                .unwrap()
                .hypot(
                    (c::<T>(0.5)) + ((c::<T>(std::f64::consts::E)) * (c::<T>(std::f64::consts::E))),
                )
                .hypot(c::<T>(1.0))))
    .ln_1p())
    .atan();
    let a2 = ((c::<T>(2.0)) + Float::sin(a1 + a1)).log10();
    let mut s3 = T::from(0.5).unwrap();
    for i4 in 0..3 {
        if i4 > 1 {
            break;
        }
        s3 -= (-a2).atan();
        let mut m5 = x[1].sin();
        let a6 = x[1].cos();
        s3 -= ((c::<T>(i4 as f64)).tanh()).cos();
    }
    let (u7, w8) = (
        ((c::<T>(-1.601)) / ((c::<T>(2.0)) + Float::sin(x[1]))).powi(1),
        -(c::<T>(-1.0)),
    );
    let (u9, w10) = (Float::round(x[1]) * (c::<T>(-1.8)), u7.cosh().powi(-2));
    if x[2] < x[1].mul_add(a1, c::<T>(1.4)) {
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * u9.sin().exp().cos());
    } else {
        s3 = ((c::<T>(0.5)) * s3) + (-a2);
    }
    let mut s11 = T::one();
    for i12 in 0..x.len() - 1 {
        s3 -= ((x[i12] / (T::one() + (u7 * u7))).mul_add(
            Float::log2((c::<T>(1.0)) + ((c::<T>(1.01)) * (c::<T>(1.01)))),
            a1.tanh(),
        ))
        .tanh();
        let a13 =
            (((x[i12] / T::exp(x[i12])).sin()) * (((c::<T>(i12 as f64)).powi(3)).tanh())).sin();
        let a14 = x[i12 + 1].exp();
        s3 += Float::atan(x[i12 + 1] * (-(c::<T>(i12 as f64))));
        s3 = ((c::<T>(0.5)) * s3) + Float::sin((a1 + w8) / (T::one() + (x[i12] * x[i12])));
    }
    ((((u7 - w8) + u9) + w10) + s11) + x[0]
}

fn p115_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (((k::<D>(0.5))
        + ((((((k::<D>(-1.3)) * (k::<D>(-1.3))
            + ((k::<D>(0.5))
                + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                * ((k::<D>(0.5))
                    + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))))
        .sqrt())
            * (((k::<D>(-1.3)) * (k::<D>(-1.3))
                + ((k::<D>(0.5))
                    + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                    * ((k::<D>(0.5))
                        + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))))
            .sqrt())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
            * (((((k::<D>(-1.3)) * (k::<D>(-1.3))
                + ((k::<D>(0.5))
                    + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                    * ((k::<D>(0.5))
                        + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E)))))
            .sqrt())
                * (((k::<D>(-1.3)) * (k::<D>(-1.3))
                    + ((k::<D>(0.5))
                        + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                        * ((k::<D>(0.5))
                            + ((k::<D>(std::f64::consts::E))
                                * (k::<D>(std::f64::consts::E)))))
                .sqrt())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())))
    .ln_1p())
    .atan();
    let a2 = ((k::<D>(2.0)) + ((a1 + a1).sin())).log10();
    let mut s3 = k::<D>(0.5);
    for i4 in 0..3 {
        if i4 > 1 {
            break;
        }
        s3 -= (-a2).atan();
        let mut m5 = x[1].sin();
        let a6 = x[1].cos();
        s3 -= ((k::<D>(i4 as f64)).tanh()).cos();
    }
    let (u7, w8) = (
        ((k::<D>(-1.601)) / ((k::<D>(2.0)) + x[1].sin())).powi(1),
        -(k::<D>(-1.0)),
    );
    let (u9, w10) = (
        (k::<D>(x[1].re().round())) * (k::<D>(-1.8)),
        u7.cosh().powi(-2),
    );
    if x[2].re() < (x[1] * a1 + (k::<D>(1.4))).re() {
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u9.sin().exp().cos());
    } else {
        s3 = ((k::<D>(0.5)) * s3) + (-a2);
    }
    let mut s11 = k::<D>(1.0);
    for i12 in 0..x.len() - 1 {
        s3 -= ((x[i12] / ((k::<D>(1.0)) + (u7 * u7)))
            * (((k::<D>(1.0)) + ((k::<D>(1.01)) * (k::<D>(1.01)))).log2())
            + a1.tanh())
        .tanh();
        let a13 = (((x[i12] / x[i12].exp()).sin()) * (((k::<D>(i12 as f64)).powi(3)).tanh())).sin();
        let a14 = x[i12 + 1].exp();
        s3 += (x[i12 + 1] * (-(k::<D>(i12 as f64)))).atan();
        s3 = ((k::<D>(0.5)) * s3) + (((a1 + w8) / ((k::<D>(1.0)) + (x[i12] * x[i12]))).sin());
    }
    ((((u7 - w8) + u9) + w10) + s11) + x[0]
}

#[differentiable]
fn p116(x: &[f64]) -> f64 {
    let a1 = Float::exp(Float::sin(Float::cosh(Float::atan(BETA)))).log10();
    let mut m2 = 1.1;
    let (u3, w4) = (m2, x[1]);
    for i5 in 0..x.len() {
        let mut m6 = -Float::sinh(f64::cos((2.0 + x[i5].sin()).powf(a1.atan())));
        if i5 > 5 {
            m6 += Float::atan((f64::exp2(x[i5]).tanh() * ((a1 * u3).sin())).sin());
        } else {
            m2 *= 1.0 + (0.3 * Float::sin(u3 + x[i5].exp()));
        }
        for i7 in (i5 + 1)..9 {
            m2 *= 1.0 + (0.3 * f64::exp(Float::asinh(u3)).cbrt().sin());
            if (-1.94) + u3 <= f64::log2(1.0 + (m2.tanh() * m2.tanh())) {
                break;
            }
            let (u8, w9) = (a1, -x[i5]);
            m6 = ((0.7 * m6) + p70(0.18f64, f64::cos(m2))).tanh();
            m2 = (0.5 * m2) + (((0.9 * Float::tanh(w4 * x[i5])).asin()).atan());
        }
        m2 = ((0.7 * m2) + w4).tanh();
    }
    let mut s10 = 1.0;
    for i11 in 1..x.len() {
        m2 /= Float::cosh(x[i11]);
        let mut m12 = (-1.0).asinh();
        let a13 = (a1 - (-0.677)) + u3.asinh();
        m12 -= Float::cos((x[i11] * u3) * x[i11 - 1].cosh());
        if s10.hypot(1.0_f64).recip() > Float::powf(1.0 + ((-0.92) * (-0.92)), x[i11]) {
            continue;
        }
        m2 = (0.5_f64 * m2) + ((x[i11] * 0.7).atan());
    }
    let mut s14 = 0.0;
    let mut i15 = 0;
    while i15 < 4 {
        i15 += 1;
        for &i16 in x.iter() {
            let (u17, w18) = (
                ALPHA / (1.0 + (u3.exp_m1().atan() * Float::exp_m1(u3).atan())),
                p75(Float::sin(i16 * u3), a1.tanh(), (s10 - i16).cos()),
            );
            s10 /= 1.0 + ((i15 as f64) * (i15 as f64));
            s10 = (0.5 * s10) + u3.sin();
        }
        s10 -= f64::cos(f64::cosh(f64::cos(m2)).atan());
        m2 *= 1.0
            + (0.3
                * Float::sin(Float::ln_1p(
                    0.5 + ((2.0 + f64::sin(s10)) * (2.0 + f64::sin(s10))),
                )));
        m2 -= x[3].sinh().cos();
    }
    (0.001 * (((((m2 - u3) + w4) - s10) + s14) - x[0])).tanh()
}

fn p116_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((((k::<D>(BETA)).atan()).cosh()).sin()).exp()).log10();
    let mut m2 = k::<D>(1.1);
    let (u3, w4) = (m2, x[1]);
    for i5 in 0..x.len() {
        let mut m6 = -((((a1.atan() * ((k::<D>(2.0)) + x[i5].sin()).ln()).exp()).cos()).sinh());
        if i5 > 5 {
            m6 += ((x[i5].exp2().tanh() * ((a1 * u3).sin())).sin()).atan();
        } else {
            m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u3 + x[i5].exp()).sin()));
        }
        for i7 in (i5 + 1)..9 {
            m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u3.asinh().exp().cbrt().sin());
            if ((k::<D>(-1.94)) + u3).re()
                <= (((k::<D>(1.0)) + (m2.tanh() * m2.tanh())).log2()).re()
            {
                break;
            }
            let (u8, w9) = (a1, -x[i5]);
            m6 = (((k::<D>(0.7)) * m6) + p70_d(k::<D>(0.18), m2.cos())).tanh();
            m2 = ((k::<D>(0.5)) * m2) + ((((k::<D>(0.9)) * ((w4 * x[i5]).tanh())).asin()).atan());
        }
        m2 = (((k::<D>(0.7)) * m2) + w4).tanh();
    }
    let mut s10 = k::<D>(1.0);
    for i11 in 1..x.len() {
        m2 /= x[i11].cosh();
        let mut m12 = (k::<D>(-1.0)).asinh();
        let a13 = (a1 - (k::<D>(-0.677))) + u3.asinh();
        m12 -= ((x[i11] * u3) * x[i11 - 1].cosh()).cos();
        if (((s10 * s10 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).re()
            > ((x[i11] * ((k::<D>(1.0)) + ((k::<D>(-0.92)) * (k::<D>(-0.92)))).ln()).exp()).re()
        {
            continue;
        }
        m2 = ((k::<D>(0.5)) * m2) + ((x[i11] * (k::<D>(0.7))).atan());
    }
    let mut s14 = k::<D>(0.0);
    let mut i15 = 0;
    while i15 < 4 {
        i15 += 1;
        for &i16 in x.iter() {
            let (u17, w18) = (
                (k::<D>(ALPHA)) / ((k::<D>(1.0)) + (u3.exp_m1().atan() * u3.exp_m1().atan())),
                p75_d((i16 * u3).sin(), a1.tanh(), (s10 - i16).cos()),
            );
            s10 /= (k::<D>(1.0)) + ((k::<D>(i15 as f64)) * (k::<D>(i15 as f64)));
            s10 = ((k::<D>(0.5)) * s10) + u3.sin();
        }
        s10 -= m2.cos().cosh().atan().cos();
        m2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.5))
                    + (((k::<D>(2.0)) + s10.sin()) * ((k::<D>(2.0)) + s10.sin())))
                .ln_1p())
                .sin()));
        m2 -= x[3].sinh().cos();
    }
    ((k::<D>(0.001)) * (((((m2 - u3) + w4) - s10) + s14) - x[0])).tanh()
}

#[differentiable]
fn p117<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float,
{
    let a1 = c::<T>(-1.1);
    let a3 = if x1 * (c::<T>(0.999)) <= ((c::<T>(0.9)) * T::sin(c::<T>(1.2))).asin() {
        {
            let t2 = x2;
            t2
        }
    } else {
        Float::exp2(x0)
    };
    let (u4, w5) = (
        (c::<T>(1.603)).mul_add(T::atan(a3).exp2().atan(), x0),
        a3.hypot(c::<T>(1.0)).powi(0) - (x0 - (c::<T>(BETA))),
    );
    let (u6, w7) = (
        ((x2 * a1).asinh()) * (w5 * Float::sin(w5).sin().tan()),
        c::<T>(core::f64::consts::PI),
    );
    let a8 = Float::atan(w5) * Float::cos(u6);
    let (u9, w10) = (-(c::<T>(0.5)), T::cosh(x1) + p58(Float::atan(u4), x1));
    (((u6 + w7) * a8) + u9) + w10
}

fn p117_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = k::<D>(-1.1);
    let a3 = if (x1 * (k::<D>(0.999))).re() <= (((k::<D>(0.9)) * ((k::<D>(1.2)).sin())).asin()).re()
    {
        {
            let t2 = x2;
            t2
        }
    } else {
        x0.exp2()
    };
    let (u4, w5) = (
        ((k::<D>(1.603)) * a3.atan().exp2().atan() + x0),
        (((a3 * a3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0)) - (x0 - (k::<D>(BETA))),
    );
    let (u6, w7) = (
        ((x2 * a1).asinh()) * (w5 * w5.sin().sin().tan()),
        k::<D>(core::f64::consts::PI),
    );
    let a8 = w5.atan() * u6.cos();
    let (u9, w10) = (-(k::<D>(0.5)), x1.cosh() + p58_d(u4.atan(), x1));
    (((u6 + w7) * a8) + u9) + w10
}

#[differentiable]
fn p118(x0: f64, x1: f64) -> f64 {
    let a1 = f64::sin(x1).tan();
    let (u2, w3) = (
        a1.exp_m1(),
        0.23.round() * Float::cos((1.7 - x0) + (1.64_f64 + x1)),
    );
    let mut s4 = 0.5;
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let mut m6 = p68(u2.sin(), x0);
        s4 = s4.min(
            ({
                let t7 = w3;
                a1
            })
            .cos(),
        );
        m6 -= x0.cosh().powf(BETA.cos()).tanh();
    }
    let a8 = -u2;
    let a1 = w3;
    let (u9, w10) = (Float::min(-0.71, x1), a1 / (1.5 + Float::tanh(-0.093)));
    (((s4 + a8) + a1) + u9) + w10
}

fn p118_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x1.sin().tan();
    let (u2, w3) = (
        a1.exp_m1(),
        (k::<D>((k::<D>(0.23)).re().round()))
            * ((((k::<D>(1.7)) - x0) + ((k::<D>(1.64)) + x1)).cos()),
    );
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let mut m6 = p68_d(u2.sin(), x0);
        s4 = dmin(
            s4,
            ({
                let t7 = w3;
                a1
            })
            .cos(),
        );
        m6 -= ((((k::<D>(BETA)).cos()) * x0.cosh().ln()).exp()).tanh();
    }
    let a8 = -u2;
    let a1 = w3;
    let (u9, w10) = (
        dmin(k::<D>(-0.71), x1),
        a1 / ((k::<D>(1.5)) + ((k::<D>(-0.093)).tanh())),
    );
    (((s4 + a8) + a1) + u9) + w10
}

#[differentiable]
fn p119<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (x0 / x0.hypot(c::<T>(1.0)), (c::<T>(ALPHA)).asinh());
    let a3 = u1.abs();
    let (u4, w5) = (
        w2 / ((c::<T>(1.0)) + ((c::<T>(1.0)) * T::one())),
        x0.hypot(c::<T>(1.0)).powf(u1),
    );
    let mut m6 = T::log2(((x0 - u1).tanh()).exp());
    let a7 = Float::acosh(
        (c::<T>(1.1))
            + ((T::from(1.5).unwrap() + ((u1.round() * x1).tanh()))
                * ((c::<T>(1.5)) + ((u1.round() * x1).tanh()))),
    )
    .powi(3);
    (((a3 + u4) + w5) - m6) + a7
}

fn p119_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        x0 / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
        (k::<D>(ALPHA)).asinh(),
    );
    let a3 = u1.abs();
    let (u4, w5) = (
        w2 / ((k::<D>(1.0)) + ((k::<D>(1.0)) * (k::<D>(1.0)))),
        (u1 * ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp(),
    );
    let mut m6 = (((x0 - u1).tanh()).exp()).log2();
    let a7 = (((k::<D>(1.1))
        + (((k::<D>(1.5)) + (((k::<D>(u1.re().round())) * x1).tanh()))
            * ((k::<D>(1.5)) + (((k::<D>(u1.re().round())) * x1).tanh()))))
    .acosh())
    .powi(3);
    (((a3 + u4) + w5) - m6) + a7
}

#[differentiable]
fn p120(x: [f64; 6]) -> f64 {
    let a2 = std::f64::consts::E
        .atan()
        .mul_add(x[5], std::f64::consts::E)
        * ({
            let t1 = ALPHA;
            x[1]
        });
    let a3 = if (1.0 + (x[4] * x[4])).recip() >= x[1] {
        (0.9 * Float::sin(f64::cos(x[5] + a2))).atanh()
    } else {
        a2
    };
    let mut s4 = 0.5;
    for i5 in 0..3 {
        let a6 = Float::tanh((-0.549) + (-0.3));
        let (u7, w8) = (
            (2.0 + (((2.0f64 + ((a2 + s4).sin())).log2()).sin()))
                .powf(x[3] / (2.0 + a3.sin().exp_m1().sin())),
            (((0.9 * a6.sin()).atanh()) * x[2].hypot(0.5 + (x[1] * x[1]))).tanh(),
        );
        let mut m9 = (((-2.0) * u7) - x[5]) * V[i5];
        s4 += f64::sin(s4 - x[3].sin());
        s4 += 0.69.atan();
    }
    let a10 = if a2 / (1.5f64 + Float::tanh(a3)) > 0.25 {
        0.5
    } else {
        -1.94
    };
    if x[0] < x[3] {
        return ((-1.91) + (-1.1)) * x[0].mul_add(a10, -0.63);
    }
    let mut m11 = f64::tan(1.59f64.sin()) + 1.4.sinh();
    let (u12, w13) = (a10, a2.max(a3));
    let mut s14 = 0.0;
    let mut i15 = 0;
    while i15 < 3 {
        i15 += 1;
        s4 = (0.5_f64 * s4) + x[4].sinh().tanh();
        m11 = (0.5f64 * m11) + f64::atan(x[3].min(x[4]));
    }
    ((((a10 + m11) * u12) + w13) + s14) + x[2]
}

fn p120_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a2 = (((k::<D>(std::f64::consts::E)).atan()) * x[5] + (k::<D>(std::f64::consts::E)))
        * ({
            let t1 = k::<D>(ALPHA);
            x[1]
        });
    let a3 = if (((k::<D>(1.0)) + (x[4] * x[4])).recip()).re() >= x[1].re() {
        ((k::<D>(0.9)) * (((x[5] + a2).cos()).sin())).atanh()
    } else {
        a2
    };
    let mut s4 = k::<D>(0.5);
    for i5 in 0..3 {
        let a6 = ((k::<D>(-0.549)) + (k::<D>(-0.3))).tanh();
        let (u7, w8) = (
            ((x[3] / ((k::<D>(2.0)) + a3.sin().exp_m1().sin()))
                * ((k::<D>(2.0)) + ((((k::<D>(2.0)) + ((a2 + s4).sin())).log2()).sin())).ln())
            .exp(),
            ((((k::<D>(0.9)) * a6.sin()).atanh())
                * ((x[2] * x[2]
                    + ((k::<D>(0.5)) + (x[1] * x[1])) * ((k::<D>(0.5)) + (x[1] * x[1])))
                    .sqrt()))
            .tanh(),
        );
        let mut m9 = (((k::<D>(-2.0)) * u7) - x[5]) * (k::<D>(V[i5]));
        s4 += (s4 - x[3].sin()).sin();
        s4 += (k::<D>(0.69)).atan();
    }
    let a10 = if (a2 / ((k::<D>(1.5)) + a3.tanh())).re() > (k::<D>(0.25)).re() {
        k::<D>(0.5)
    } else {
        k::<D>(-1.94)
    };
    if x[0].re() < x[3].re() {
        return ((k::<D>(-1.91)) + (k::<D>(-1.1))) * (x[0] * a10 + (k::<D>(-0.63)));
    }
    let mut m11 = (((k::<D>(1.59)).sin()).tan()) + ((k::<D>(1.4)).sinh());
    let (u12, w13) = (a10, dmax(a2, a3));
    let mut s14 = k::<D>(0.0);
    let mut i15 = 0;
    while i15 < 3 {
        i15 += 1;
        s4 = ((k::<D>(0.5)) * s4) + x[4].sinh().tanh();
        m11 = ((k::<D>(0.5)) * m11) + dmin(x[3], x[4]).atan();
    }
    ((((a10 + m11) * u12) + w13) + s14) + x[2]
}

#[differentiable]
fn p121<T: Float>(x: &[T], nk: usize) -> T {
    let a1 = T::tanh(-x[1]);
    let (u2, w3) = (
        ((T::from(-0.29).unwrap() * a1).asinh())
            - (((T::from(2.0).unwrap() + a1.sin()).powf(x[2]))
                + (if x[0] > c::<T>(-0.25) { a1 } else { x[3] })),
        T::tan(a1.asinh().sin()),
    );
    let mut s4 = c::<T>(0.5);
    for i5 in 0..nk {
        s4 = ((c::<T>(0.5)) * s4)
            + Float::cos((-(Float::atan(s4) * x[1])) + Float::hypot(s4 + s4, T::one()).ln());
        let (u6, w7) = (
            w3 * (c::<T>(0.42)),
            Float::log2((c::<T>(1.0)) + (u2.cos() * u2.cos())),
        );
        let (u9, w10) = (
            ((((c::<T>(i5 as f64)).atan()) * s4.tanh()) - ((c::<T>(-1.748)).cos()))
                + (((c::<T>(i5 as f64)).atan()).cosh()),
            {
                let t8 = ((c::<T>(V[i5])).mul_add(u2.sin(), c::<T>(core::f64::consts::PI))) - x[3];
                (((c::<T>(2.0)) + ((c::<T>(i5 as f64)).sin())).powf(T::sin(c::<T>(W[i5])))).abs()
            },
        );
        s4 = T::max(s4, Float::atan(x[1] + u2));
    }
    if u2 - a1 <= c::<T>(-0.53) {
        s4 = s4 - (c::<T>(-1.907));
    } else {
        s4 = ((c::<T>(0.5)) * s4) + T::sin(x[0]).tan();
    }
    let mut m11 = (T::from(0.5).unwrap()
        + (((c::<T>(1.5)) + ((w3.cosh().cbrt() / T::cosh(s4.atan())).tanh()))
            * ((c::<T>(1.5)) + ((w3.cosh().cbrt() / T::atan(s4).cosh()).tanh()))))
    .ln_1p();
    let (u12, w13) = (
        ((c::<T>(1.5)) + T::tanh(c::<T>(1.056))).powi(-2),
        (((w3 + (Float::ceil(m11) * x[2])).tanh()).sin()).tan(),
    );
    ((((w3 + s4) + m11) + u12) + w13) - x[2]
}

fn p121_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = (-x[1]).tanh();
    let (u2, w3) = (
        (((k::<D>(-0.29)) * a1).asinh())
            - (((x[2] * ((k::<D>(2.0)) + a1.sin()).ln()).exp())
                + (if x[0].re() > (k::<D>(-0.25)).re() {
                    a1
                } else {
                    x[3]
                })),
        a1.asinh().sin().tan(),
    );
    let mut s4 = k::<D>(0.5);
    for i5 in 0..nk {
        s4 = ((k::<D>(0.5)) * s4)
            + (((-(s4.atan() * x[1]))
                + ((((s4 + s4) * (s4 + s4) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()))
            .cos());
        let (u6, w7) = (
            w3 * (k::<D>(0.42)),
            ((k::<D>(1.0)) + (u2.cos() * u2.cos())).log2(),
        );
        let (u9, w10) = (
            ((((k::<D>(i5 as f64)).atan()) * s4.tanh()) - ((k::<D>(-1.748)).cos()))
                + (((k::<D>(i5 as f64)).atan()).cosh()),
            {
                let t8 = ((k::<D>(V[i5])) * u2.sin() + (k::<D>(core::f64::consts::PI))) - x[3];
                ((((k::<D>(W[i5])).sin()) * ((k::<D>(2.0)) + ((k::<D>(i5 as f64)).sin())).ln())
                    .exp())
                .abs()
            },
        );
        s4 = dmax(s4, (x[1] + u2).atan());
    }
    if (u2 - a1).re() <= (k::<D>(-0.53)).re() {
        s4 -= k::<D>(-1.907);
    } else {
        s4 = ((k::<D>(0.5)) * s4) + x[0].sin().tan();
    }
    let mut m11 = ((k::<D>(0.5))
        + (((k::<D>(1.5)) + ((w3.cosh().cbrt() / s4.atan().cosh()).tanh()))
            * ((k::<D>(1.5)) + ((w3.cosh().cbrt() / s4.atan().cosh()).tanh()))))
    .ln_1p();
    let (u12, w13) = (
        ((k::<D>(1.5)) + ((k::<D>(1.056)).tanh())).powi(-2),
        (((w3 + ((k::<D>(m11.re().ceil())) * x[2])).tanh()).sin()).tan(),
    );
    ((((w3 + s4) + m11) + u12) + w13) - x[2]
}

#[differentiable]
fn p122<T: Float>(x: &[T], y: T) -> T {
    let mut s1: T = c::<T>(0.5);
    for i2 in 2..=6 {
        s1 = s1 + ((T::from(1.57).unwrap() * x[4]).cos());
        let a3 = if s1 >= (T::from(1.5).unwrap() + x[4].tanh()).log10() {
            x[0] + x[4]
        } else {
            ((c::<T>(i2 as f64)).tanh()).mul_add((c::<T>(i2 as f64)).sin(), y)
        };
        let a4 = (((c::<T>(1.0)).exp_m1())
            .hypot(T::from(0.5).unwrap() + ((a3 * (c::<T>(-0.77))) * (a3 * (c::<T>(-0.77))))))
            * ((c::<T>(0.91)).sin());
        s1 = s1 / ((c::<T>(1.0)) + (x[1] * x[1]));
    }
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        s1 = s1.min(T::cos(x[2] * y));
        if (c::<T>(W[i5])) / (T::from(2.0).unwrap() + T::from(0.63).unwrap().sin()) < c::<T>(0.81) {
            continue;
        }
        let y = x[3];
        let mut s6: T = T::from(0.5).unwrap();
        for i7 in 0..=2 {
            let y = (T::from(1.9).unwrap().atan2((c::<T>(0.5)) + (x[4] * x[4]))
                * (if x[3] >= c::<T>(0.27) {
                    c::<T>(core::f64::consts::PI)
                } else {
                    c::<T>(V[i7])
                }))
                + ((x[1] - x[1]).abs());
            let y = -(s1.atan2(-((c::<T>(0.5)) + ((c::<T>(i5 as f64)) * (c::<T>(i5 as f64)))))
                + ((c::<T>(2.0)) - (c::<T>(1.51))));
            if i7 < 2 {
                continue;
            }
            s6 = s6
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3))
                        * ((((c::<T>(i5 as f64)) * s6.sin()) - (x[1] + (c::<T>(-1.14)))).sin())));
        }
        s6 = s6 / s1.hypot(c::<T>(1.0));
    }
    let (u8, w9) = (
        x[4].tanh() * (-y),
        if -x[2] > c::<T>(-0.24) {
            (c::<T>(BETA)) + (c::<T>(-1.877))
        } else {
            y * (c::<T>(1.666))
        },
    );
    s1 = ((c::<T>(0.5)) * s1) + (x[4] + x[3]);
    let mut s10 = c::<T>(0.0);
    for &i11 in x.iter() {
        let u8 = x[4] - (c::<T>(1.2));
        s10 = s10
            + ((((c::<T>(1.0)) + (T::sin(T::mul_add(u8, u8, u8)) * u8.mul_add(u8, u8).sin()))
                .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * x[2].sin())).exp()))
            .sin());
    }
    let a12 = c::<T>(-0.2);
    ((c::<T>(0.001)) * (((((s1 * u8) + w9) + s10) + a12) + x[3])).tanh()
}

fn p122_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 2..=6 {
        s1 += ((k::<D>(1.57)) * x[4]).cos();
        let a3 = if s1.re() >= (((k::<D>(1.5)) + x[4].tanh()).log10()).re() {
            x[0] + x[4]
        } else {
            (((k::<D>(i2 as f64)).tanh()) * ((k::<D>(i2 as f64)).sin()) + y)
        };
        let a4 = ((((k::<D>(1.0)).exp_m1()) * ((k::<D>(1.0)).exp_m1())
            + ((k::<D>(0.5)) + ((a3 * (k::<D>(-0.77))) * (a3 * (k::<D>(-0.77)))))
                * ((k::<D>(0.5)) + ((a3 * (k::<D>(-0.77))) * (a3 * (k::<D>(-0.77))))))
        .sqrt())
            * ((k::<D>(0.91)).sin());
        s1 /= (k::<D>(1.0)) + (x[1] * x[1]);
    }
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        s1 = dmin(s1, (x[2] * y).cos());
        if ((k::<D>(W[i5])) / ((k::<D>(2.0)) + ((k::<D>(0.63)).sin()))).re() < (k::<D>(0.81)).re() {
            continue;
        }
        let y = x[3];
        let mut s6: D = k::<D>(0.5);
        for i7 in 0..=2 {
            let y = (datan2(k::<D>(1.9), (k::<D>(0.5)) + (x[4] * x[4]))
                * (if x[3].re() >= (k::<D>(0.27)).re() {
                    k::<D>(core::f64::consts::PI)
                } else {
                    k::<D>(V[i7])
                }))
                + ((x[1] - x[1]).abs());
            let y = -(datan2(
                s1,
                -((k::<D>(0.5)) + ((k::<D>(i5 as f64)) * (k::<D>(i5 as f64)))),
            ) + ((k::<D>(2.0)) - (k::<D>(1.51))));
            if i7 < 2 {
                continue;
            }
            s6 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(i5 as f64)) * s6.sin()) - (x[1] + (k::<D>(-1.14)))).sin()));
        }
        s6 /= (s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    let (u8, w9) = (
        x[4].tanh() * (-y),
        if (-x[2]).re() > (k::<D>(-0.24)).re() {
            (k::<D>(BETA)) + (k::<D>(-1.877))
        } else {
            y * (k::<D>(1.666))
        },
    );
    s1 = ((k::<D>(0.5)) * s1) + (x[4] + x[3]);
    let mut s10 = k::<D>(0.0);
    for &i11 in x.iter() {
        let u8 = x[4] - (k::<D>(1.2));
        s10 += (((k::<D>(1.0)) + (((u8 * u8 + u8).sin()) * ((u8 * u8 + u8).sin()))).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[2].sin())).exp()).ln())
        .sin();
    }
    let a12 = k::<D>(-0.2);
    ((k::<D>(0.001)) * (((((s1 * u8) + w9) + s10) + a12) + x[3])).tanh()
}

#[differentiable]
fn p123(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u3, w4) = ((1.0 + (s1.cos() * Float::cos(s1))).sqrt(), s1);
        s1 *= 1.0 + (0.3 * f64::sin(w4));
        s1 = f64::sin((0.7 * s1) + (i2 as f64));
    }
    s1 *= 1.0 + (0.3_f64 * (((1.5 + ((x0 + x0).tanh())).log2()).sin()));
    let a5 = if if 1.114f64 > x0 { x1 } else { x1 } >= 0.65 {
        (-0.09_f64) / (2.0 + s1.cos().exp().powi(-1).sin())
    } else {
        (((s1 + x0) / (1.0 + ((x1 + x1) * (x1 + x1)))).sin())
            .mul_add(Float::atan(s1).cosh().powi(-1), core::f64::consts::PI)
    };
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        let mut i7 = 0;
        while i7 < 2 {
            i7 += 1;
            let a8 = a5.cos().exp().sqrt();
            s1 -= 1.74_f64.powi(3).cos();
        }
        s1 -= Float::cos(p108(a5.sin(), V[i6].cos(), V[i6].tanh()));
    }
    let (u10, w11) = (
        ({
            let t9 = x1;
            x1
        }) / ((((1.0 + (x1 * x1)).powf(s1.tanh())).cos()).exp()),
        ((1.0 + (x0 * x0)).powf(a5.atan())) * ALPHA,
    );
    let mut s12: f64 = 0.5;
    let mut i13 = 0;
    while i13 < 4 {
        i13 += 1;
        let a14 = if i13 >= 0 {
            u10.atan()
        } else {
            (1.0 + (s12.atan() * s12.atan())).log2()
        };
        s1 *= 1.0 + (0.3 * ((1.5_f64 + a5.tanh()).cos()));
        if s1.hypot(1.0).powi(-1) <= -0.84 {
            break;
        }
    }
    (0.001f64 * ((((s1 + a5) + u10) + w11) + s12)).tanh()
}

fn p123_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u3, w4) = (((k::<D>(1.0)) + (s1.cos() * s1.cos())).sqrt(), s1);
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * w4.sin());
        s1 = (((k::<D>(0.7)) * s1) + (k::<D>(i2 as f64))).sin();
    }
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(1.5)) + ((x0 + x0).tanh())).log2()).sin()));
    let a5 = if (if (k::<D>(1.114)).re() > x0.re() {
        x1
    } else {
        x1
    })
    .re()
        >= (k::<D>(0.65)).re()
    {
        (k::<D>(-0.09)) / ((k::<D>(2.0)) + s1.cos().exp().powi(-1).sin())
    } else {
        ((((s1 + x0) / ((k::<D>(1.0)) + ((x1 + x1) * (x1 + x1)))).sin())
            * s1.atan().cosh().powi(-1)
            + (k::<D>(core::f64::consts::PI)))
    };
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        let mut i7 = 0;
        while i7 < 2 {
            i7 += 1;
            let a8 = a5.cos().exp().sqrt();
            s1 -= ((k::<D>(1.74)).powi(3)).cos();
        }
        s1 -= p108_d(a5.sin(), (k::<D>(V[i6])).cos(), (k::<D>(V[i6])).tanh()).cos();
    }
    let (u10, w11) = (
        ({
            let t9 = x1;
            x1
        }) / ((((s1.tanh() * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp()).cos()).exp()),
        ((a5.atan() * ((k::<D>(1.0)) + (x0 * x0)).ln()).exp()) * (k::<D>(ALPHA)),
    );
    let mut s12: D = k::<D>(0.5);
    let mut i13 = 0;
    while i13 < 4 {
        i13 += 1;
        let a14 = if i13 >= 0 {
            u10.atan()
        } else {
            ((k::<D>(1.0)) + (s12.atan() * s12.atan())).log2()
        };
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a5.tanh()).cos()));
        if (((s1 * s1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1)).re()
            <= (k::<D>(-0.84)).re()
        {
            break;
        }
    }
    ((k::<D>(0.001)) * ((((s1 + a5) + u10) + w11) + s12)).tanh()
}

#[differentiable]
fn p124(x0: f64, x1: f64) -> f64 {
    let a1 = x1 - x1;
    let mut s2: f64 = 1.0;
    for i3 in 0..3 {
        let a4: f64 = (2.0_f64 + ((i3 as f64).sin())).powf(a1.atan());
        let a5 = (0.9 * f64::sin(((i3 as f64) - s2) + (V[i3] + x1)).tanh()).atanh();
        let a5: f64 =
            Float::atanh(0.9 * Float::atan(Float::exp_m1(s2.cos())).sin()) * Float::sin(a4).exp2();
        s2 *= 1.0 + (0.3 * f64::sin(s2.floor() * f64::sin(a5 - a1)));
    }
    let a1 = s2.cos().cosh().cos();
    s2 += f64::sqrt(1.5 + (((-0.8).cos()).tanh())).abs();
    if -0.86_f64 >= p78(x1, f64::atan(s2), x0) {
        return a1.exp().log10().atan();
    }
    let a6 = (((2.0 + x0.sin()).cbrt()).cos()).exp();
    (((x0 + x1) + s2) + a1) + a6
}

fn p124_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x1 - x1;
    let mut s2: D = k::<D>(1.0);
    for i3 in 0..3 {
        let a4: D = (a1.atan() * ((k::<D>(2.0)) + ((k::<D>(i3 as f64)).sin())).ln()).exp();
        let a5 = ((k::<D>(0.9))
            * (((((k::<D>(i3 as f64)) - s2) + ((k::<D>(V[i3])) + x1)).sin()).tanh()))
        .atanh();
        let a5: D = (((k::<D>(0.9)) * s2.cos().exp_m1().atan().sin()).atanh()) * a4.sin().exp2();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(s2.re().floor())) * ((a5 - a1).sin())).sin()));
    }
    let a1 = s2.cos().cosh().cos();
    s2 += (((k::<D>(1.5)) + (((k::<D>(-0.8)).cos()).tanh())).sqrt()).abs();
    if (k::<D>(-0.86)).re() >= p78_d(x1, s2.atan(), x0).re() {
        return a1.exp().log10().atan();
    }
    let a6 = ((((k::<D>(2.0)) + x0.sin()).cbrt()).cos()).exp();
    (((x0 + x1) + s2) + a1) + a6
}

#[differentiable]
fn p125(x: &[f64]) -> f64 {
    let a1 = x[2];
    let mut s2 = 1.0;
    for i3 in 0..x.len() {
        s2 = s2.min(((x[i3] + x[i3]) * a1).sin());
        s2 = (0.5_f64 * s2)
            + (({
                let t4 = s2;
                s2 / (1.5 + x[i3].tanh())
            })
            .cos());
        s2 = (0.5 * s2) + ((p113(-0.004, a1) + (a1 + x[i3])).sin());
        if s2 / s2.hypot(1.0) <= -x[i3] && x[i3] >= 0.85_f64 {
            break;
        }
    }
    let (u5, w6) = (-0.7, (x[3] - a1) + Float::cbrt(1.0 + (x[4] * x[4])));
    for i7 in 0..x.len() {
        s2 -= x[i7].clamp(-0.63, 1.42).cos();
        s2 = s2.max((V[i7] - x[i7]).atan());
    }
    s2 *= 1.0_f64
        + (0.3
            * (({
                let t8 = w6;
                a1
            })
            .sin()));
    (((a1 + s2) + u5) + w6) + x[3]
}

fn p125_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[2];
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() {
        s2 = dmin(s2, ((x[i3] + x[i3]) * a1).sin());
        s2 = ((k::<D>(0.5)) * s2)
            + (({
                let t4 = s2;
                s2 / ((k::<D>(1.5)) + x[i3].tanh())
            })
            .cos());
        s2 = ((k::<D>(0.5)) * s2) + ((p113_d(k::<D>(-0.004), a1) + (a1 + x[i3])).sin());
        if (s2 / ((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re() <= (-x[i3]).re()
            && x[i3].re() >= (k::<D>(0.85)).re()
        {
            break;
        }
    }
    let (u5, w6) = (
        k::<D>(-0.7),
        (x[3] - a1) + (((k::<D>(1.0)) + (x[4] * x[4])).cbrt()),
    );
    for i7 in 0..x.len() {
        s2 -= dclamp(x[i7], k::<D>(-0.63), k::<D>(1.42)).cos();
        s2 = dmax(s2, ((k::<D>(V[i7])) - x[i7]).atan());
    }
    s2 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (({
                let t8 = w6;
                a1
            })
            .sin()));
    (((a1 + s2) + u5) + w6) + x[3]
}

#[differentiable]
fn p126(x: &[f64]) -> f64 {
    let a1 = x[0];
    let a2 = -0.31;
    let mut m3: f64 = f64::sin(BETA).mul_add(
        x[3].hypot(1.0).cbrt().min((0.9 * a2.tanh()).asin()).tanh(),
        1.3,
    );
    let mut s4 = 0.0;
    for &i5 in x.iter() {
        let a6 = f64::powi((((x[1] * (-1.51)).hypot(1.0)).log2()).hypot(1.0), 0);
        let a7: f64 = -m3;
        s4 -= f64::atan(Float::sin(f64::trunc(s4) * 0.42));
        m3 -= f64::atan(i5 + a7);
    }
    let a8: f64 = (x[4] - (-1.49)) + Float::powf(1.0_f64 + (x[0] * x[0]), f64::tanh(s4));
    ((((a1 + a2) + m3) + s4) + a8) + x[4]
}

fn p126_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[0];
    let a2 = k::<D>(-0.31);
    let mut m3: D = (((k::<D>(BETA)).sin())
        * dmin(
            ((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt(),
            ((k::<D>(0.9)) * a2.tanh()).asin(),
        )
        .tanh()
        + (k::<D>(1.3)));
    let mut s4 = k::<D>(0.0);
    for &i5 in x.iter() {
        let a6 = ((((((x[1] * (k::<D>(-1.51))) * (x[1] * (k::<D>(-1.51)))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .log2())
            * ((((x[1] * (k::<D>(-1.51))) * (x[1] * (k::<D>(-1.51)))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .log2())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .powi(0);
        let a7: D = -m3;
        s4 -= (((k::<D>(s4.re().trunc())) * (k::<D>(0.42))).sin()).atan();
        m3 -= (i5 + a7).atan();
    }
    let a8: D =
        (x[4] - (k::<D>(-1.49))) + ((s4.tanh() * ((k::<D>(1.0)) + (x[0] * x[0])).ln()).exp());
    ((((a1 + a2) + m3) + s4) + a8) + x[4]
}

#[differentiable]
fn p127(x0: f64, x1: f64) -> f64 {
    let mut m1 = f64::tanh(x1).hypot(
        0.5 + (f64::acosh(
            1.1 + (f64::hypot(Float::exp_m1(x0), 1.0) * Float::exp_m1(x0).hypot(1.0)),
        ) * ((1.1 + (x0.exp_m1().hypot(1.0) * Float::hypot(x0.exp_m1(), 1.0_f64))).acosh())),
    );
    let mut s2: f64 = 1.0;
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let a4 = ((1.0 + (x1 * x1)).powi(-1)) / (2.0 + ((m1 / (1.0 + (x1 * x1))).sin()));
        let a4 = W[i3].abs();
        let mut m5: f64 = ((x1 / Float::hypot(s2, 1.0)) * Float::sinh(s2.cos())) - (-(x0 - x1));
        m5 = (0.5 * m5) + f64::atan(Float::sin(-x1) * s2.tanh());
        m1 += Float::atan(W[i3]).tanh();
    }
    let mut m6 = (Float::sin(s2 + x1) * x0).hypot(
        0.5 + (((1.0 + (f64::sin(m1.cos()).tan() * Float::sin(m1.cos()).tan())).log2())
            * Float::log2(1.0 + (f64::cos(m1).sin().tan() * f64::tan(m1.cos().sin())))),
    );
    m1 = Float::cos((0.7 * m1) + (((1.78 + (-1.71)).sin()).exp_m1()));
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8 = if i7 <= 1 {
            p105(f64::atan(x0).cos(), x0.sin().atan())
        } else {
            ALPHA
        };
        m6 *= 1.0f64 + (0.3 * W[i7].sin());
        if !(x0 > x1 / (1.0 + (Float::tanh(m6) * m6.tanh()))) {
            break;
        }
        m6 = (0.5 * m6) + a8.cos().tanh();
    }
    (((x0 + x1) + m1) + s2) + m6
}

fn p127_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = (x1.tanh() * x1.tanh()
        + ((k::<D>(0.5))
            + ((((k::<D>(1.1))
                + (((x0.exp_m1() * x0.exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((x0.exp_m1() * x0.exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .acosh())
                * (((k::<D>(1.1))
                    + (((x0.exp_m1() * x0.exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((x0.exp_m1() * x0.exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0)))
                            .sqrt())))
                .acosh())))
            * ((k::<D>(0.5))
                + ((((k::<D>(1.1))
                    + (((x0.exp_m1() * x0.exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((x0.exp_m1() * x0.exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0)))
                            .sqrt())))
                .acosh())
                    * (((k::<D>(1.1))
                        + (((x0.exp_m1() * x0.exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0)))
                            .sqrt())
                            * ((x0.exp_m1() * x0.exp_m1() + (k::<D>(1.0)) * (k::<D>(1.0)))
                                .sqrt())))
                    .acosh()))))
    .sqrt();
    let mut s2: D = k::<D>(1.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let a4 = (((k::<D>(1.0)) + (x1 * x1)).powi(-1))
            / ((k::<D>(2.0)) + ((m1 / ((k::<D>(1.0)) + (x1 * x1))).sin()));
        let a4 = (k::<D>(W[i3])).abs();
        let mut m5: D = ((x1 / ((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            * s2.cos().sinh())
            - (-(x0 - x1));
        m5 = ((k::<D>(0.5)) * m5) + ((((-x1).sin()) * s2.tanh()).atan());
        m1 += ((k::<D>(W[i3])).atan()).tanh();
    }
    let mut m6 = ((((s2 + x1).sin()) * x0) * (((s2 + x1).sin()) * x0)
        + ((k::<D>(0.5))
            + ((((k::<D>(1.0)) + (m1.cos().sin().tan() * m1.cos().sin().tan())).log2())
                * (((k::<D>(1.0)) + (m1.cos().sin().tan() * m1.cos().sin().tan())).log2())))
            * ((k::<D>(0.5))
                + ((((k::<D>(1.0)) + (m1.cos().sin().tan() * m1.cos().sin().tan())).log2())
                    * (((k::<D>(1.0)) + (m1.cos().sin().tan() * m1.cos().sin().tan())).log2()))))
    .sqrt();
    m1 = (((k::<D>(0.7)) * m1) + ((((k::<D>(1.78)) + (k::<D>(-1.71))).sin()).exp_m1())).cos();
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let a8 = if i7 <= 1 {
            p105_d(x0.atan().cos(), x0.sin().atan())
        } else {
            k::<D>(ALPHA)
        };
        m6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(W[i7])).sin()));
        if !(x0.re() > (x1 / ((k::<D>(1.0)) + (m6.tanh() * m6.tanh()))).re()) {
            break;
        }
        m6 = ((k::<D>(0.5)) * m6) + a8.cos().tanh();
    }
    (((x0 + x1) + m1) + s2) + m6
}

#[differentiable]
fn p128(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let (u3, w4) = (
            (1.0 + (((0.9 * x0.sin()).asin()) * ((0.9 * x0.sin()).asin()))).sqrt(),
            (1.0 + ((-1.3) * (-1.3))).log(
                (0.5 + (0.4
                    * Float::acosh(1.1 + (x0.hypot(1.0) * f64::hypot(x0, 1.0)))
                        .cos()
                        .sin()))
                .exp(),
            ),
        );
        if i2 >= 2 {
            break;
        }
        s1 += ((1.5 + ((x1 / Float::sin(s1).cosh()).tanh())).ln()).atan();
    }
    let mut s5: f64 = 0.0;
    let mut i6 = 0;
    while i6 < 1 {
        i6 += 1;
        if (1.5 + W[i6].tanh()).ln() < {
            let t7 = x1;
            t7
        } {
            s1 *= 1.0
                + (0.3_f64
                    * (((((1.5_f64 + f64::mul_add(x0, 1.58, -0.846).tanh())
                        .powf(s5.abs().atan()))
                    .sin())
                    .sinh())
                    .sin()));
        } else {
            s1 = (0.5_f64 * s1)
                + f64::cos(
                    s1.tanh() * Float::cos((((1.0 + (W[i6] * W[i6])).log10()).atan()).exp2()),
                );
        }
        let mut m8 = s5;
        s1 /= 2.0.cosh();
        s1 += (Float::log(
            1.0 + (s5.cos() * s5.cos()),
            f64::exp(0.5 + (0.4 * x1.sin())),
        ) - x1)
            .atan();
        if s5 > x0.hypot(0.5 + (s5 * s5)) {
            break;
        }
    }
    let a9 = ((-1.3).tanh()) / ((BETA + x1).hypot(1.0_f64));
    (((x0 + x1) + s1) * s5) + a9
}

fn p128_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let (u3, w4) = (
            ((k::<D>(1.0))
                + ((((k::<D>(0.9)) * x0.sin()).asin()) * (((k::<D>(0.9)) * x0.sin()).asin())))
            .sqrt(),
            (((k::<D>(1.0)) + ((k::<D>(-1.3)) * (k::<D>(-1.3)))).ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4))
                        * (((((k::<D>(1.1))
                            + (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                                * ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                        .acosh())
                        .cos())
                        .sin())))
                .exp())
                .ln()),
        );
        if i2 >= 2 {
            break;
        }
        s1 += (((k::<D>(1.5)) + ((x1 / s1.sin().cosh()).tanh())).ln()).atan();
    }
    let mut s5: D = k::<D>(0.0);
    let mut i6 = 0;
    while i6 < 1 {
        i6 += 1;
        if (((k::<D>(1.5)) + ((k::<D>(W[i6])).tanh())).ln()).re()
            < ({
                let t7 = x1;
                t7
            })
            .re()
        {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((s5.abs().atan()
                        * ((k::<D>(1.5)) + ((x0 * (k::<D>(1.58)) + (k::<D>(-0.846))).tanh()))
                            .ln())
                    .exp())
                    .sin())
                    .sinh())
                    .sin()));
        } else {
            s1 = ((k::<D>(0.5)) * s1)
                + ((s1.tanh()
                    * ((((((k::<D>(1.0)) + ((k::<D>(W[i6])) * (k::<D>(W[i6])))).log10())
                        .atan())
                    .exp2())
                    .cos()))
                .cos());
        }
        let mut m8 = s5;
        s1 /= (k::<D>(2.0)).cosh();
        s1 += ((((k::<D>(1.0)) + (s5.cos() * s5.cos())).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln())
            - x1)
            .atan();
        if s5.re()
            > ((x0 * x0 + ((k::<D>(0.5)) + (s5 * s5)) * ((k::<D>(0.5)) + (s5 * s5))).sqrt()).re()
        {
            break;
        }
    }
    let a9 = ((k::<D>(-1.3)).tanh())
        / ((((k::<D>(BETA)) + x1) * ((k::<D>(BETA)) + x1) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    (((x0 + x1) + s1) * s5) + a9
}

#[differentiable]
fn p129<T: Float + NumAssign>(x: [T; 5]) -> T {
    let a1 = (c::<T>(0.363))
        / ((c::<T>(1.5)) + Float::sin(T::from(-0.18).unwrap().sinh()).powi(1).tanh());
    let (u2, w3) = (
        ((a1 - x[0]).clamp(c::<T>(-1.28), c::<T>(1.41)))
            * (if x[2] > T::from(-0.96).unwrap() {
                x[2] - (c::<T>(BETA))
            } else {
                (T::one() + (a1 * a1)).log2()
            }),
        ((if a1 < x[4] { x[3] } else { x[0] }).min(-a1)).exp(),
    );
    let mut m4 = x[2];
    let mut s5 = c::<T>(1.0);
    for i6 in 1..x.len() {
        if i6 % 2 == 0 {
            break;
        }
        s5 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * T::sin(p50(u2.cos(), x[i6]) / (T::one() + (x[i6 - 1] * x[i6 - 1]))));
        let mut m7 = ((c::<T>(2.0)) + a1.sin()).cbrt();
        let mut s8 = c::<T>(0.0);
        for &i9 in x.iter() {
            let a10 = Float::cos(s5.atan().exp_m1()).sinh().atan();
            let a11 = T::mul_add(
                T::sin(c::<T>(i6 as f64)),
                Float::tanh(c::<T>(core::f64::consts::PI)),
                w3,
            ) + Float::powi(m4.tanh().exp(), -2);
            let a12 = Float::acos((c::<T>(0.9)) * Float::sin(c::<T>(-0.6))).asinh();
            s8 *= T::one() + ((c::<T>(0.3)) * ((s5 - x[i6]).sin()));
            s5 = s5.max(
                Float::cos(c::<T>(i6 as f64))
                    .mul_add(Float::atan(m7), c::<T>(i6 as f64))
                    .cos(),
            );
        }
        s5 *= T::one() + ((c::<T>(0.3)) * x[i6].sin());
        s8 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((a1 * x[i6 - 1]).sin()));
    }
    if x[2] < c::<T>(0.19) {
        s5 = s5.min(T::log(
            x[3].cosh(),
            T::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * m4.sin().sin())),
        ));
    } else {
        s5 = T::min(s5, (T::from(1.5).unwrap() + s5.tanh()).cbrt());
    }
    Float::tanh((c::<T>(0.001)) * (((((a1 - u2) + w3) + m4) + s5) + x[1]))
}

fn p129_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 =
        (k::<D>(0.363)) / ((k::<D>(1.5)) + (((((k::<D>(-0.18)).sinh()).sin()).powi(1)).tanh()));
    let (u2, w3) = (
        dclamp(a1 - x[0], k::<D>(-1.28), k::<D>(1.41))
            * (if x[2].re() > (k::<D>(-0.96)).re() {
                x[2] - (k::<D>(BETA))
            } else {
                ((k::<D>(1.0)) + (a1 * a1)).log2()
            }),
        dmin(if a1.re() < x[4].re() { x[3] } else { x[0] }, -a1).exp(),
    );
    let mut m4 = x[2];
    let mut s5 = k::<D>(1.0);
    for i6 in 1..x.len() {
        if i6 % 2 == 0 {
            break;
        }
        s5 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((p50_d(u2.cos(), x[i6]) / ((k::<D>(1.0)) + (x[i6 - 1] * x[i6 - 1]))).sin()));
        let mut m7 = ((k::<D>(2.0)) + a1.sin()).cbrt();
        let mut s8 = k::<D>(0.0);
        for &i9 in x.iter() {
            let a10 = s5.atan().exp_m1().cos().sinh().atan();
            let a11 = (((k::<D>(i6 as f64)).sin()) * ((k::<D>(core::f64::consts::PI)).tanh()) + w3)
                + m4.tanh().exp().powi(-2);
            let a12 = (((k::<D>(0.9)) * ((k::<D>(-0.6)).sin())).acos()).asinh();
            s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s5 - x[i6]).sin()));
            s5 = dmax(
                s5,
                (((k::<D>(i6 as f64)).cos()) * m7.atan() + (k::<D>(i6 as f64))).cos(),
            );
        }
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i6].sin());
        s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a1 * x[i6 - 1]).sin()));
    }
    if x[2].re() < (k::<D>(0.19)).re() {
        s5 = dmin(
            s5,
            (x[3].cosh().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * m4.sin().sin())).exp()).ln()),
        );
    } else {
        s5 = dmin(s5, ((k::<D>(1.5)) + s5.tanh()).cbrt());
    }
    ((k::<D>(0.001)) * (((((a1 - u2) + w3) + m4) + s5) + x[1])).tanh()
}

#[differentiable]
fn p130<T: Float>(x: &[T], nk: usize) -> T {
    let a1 = Float::ln((c::<T>(1.0)) + (x[1] * x[1]));
    let mut m2: T = Float::tanh(
        ((c::<T>(1.0)) + (Float::sin(a1 * a1) * Float::sin(a1 * a1))).log(
            (T::from(0.5).unwrap()
                + ((c::<T>(0.4)) * (((c::<T>(-1.374)) / ((c::<T>(1.0)) + (x[1] * x[1]))).sin())))
            .exp(),
        ),
    )
    .exp_m1();
    let a3 = m2 * (c::<T>(2.0));
    m2 = m2 + (((-(c::<T>(core::f64::consts::PI))).atan()).sin());
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        if x[1] - a3 > (c::<T>(1.78)) / (T::from(2.0).unwrap() + x[2].sin()) || x[0] > a1 {
            continue;
        }
        let a5 = x[2].cos().asinh();
        m2 = m2.max(T::sin(a3));
    }
    let a6 = if if m2 < a1 { c::<T>(0.5) } else { x[1] } > c::<T>(0.31) {
        T::exp_m1(c::<T>(-0.818)) - (c::<T>(0.16))
    } else {
        x[0] + T::one().atan2(
            -(T::from(0.5).unwrap()
                + ((((c::<T>(0.44)).exp())
                    .log(Float::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * x[2].sin()))))
                    * T::exp(c::<T>(0.44))
                        .log(T::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * x[2].sin()))))),
        )
    };
    (((a1 + m2) + a3) + a6) + x[2]
}

fn p130_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = ((k::<D>(1.0)) + (x[1] * x[1])).ln();
    let mut m2: D = ((((k::<D>(1.0)) + (((a1 * a1).sin()) * ((a1 * a1).sin()))).ln()
        / (((k::<D>(0.5))
            + ((k::<D>(0.4)) * (((k::<D>(-1.374)) / ((k::<D>(1.0)) + (x[1] * x[1]))).sin())))
        .exp())
        .ln())
    .tanh())
    .exp_m1();
    let a3 = m2 * (k::<D>(2.0));
    m2 += ((-(k::<D>(core::f64::consts::PI))).atan()).sin();
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        if (x[1] - a3).re() > ((k::<D>(1.78)) / ((k::<D>(2.0)) + x[2].sin())).re()
            || x[0].re() > a1.re()
        {
            continue;
        }
        let a5 = x[2].cos().asinh();
        m2 = dmax(m2, a3.sin());
    }
    let a6 = if (if m2.re() < a1.re() { k::<D>(0.5) } else { x[1] }).re() > (k::<D>(0.31)).re() {
        ((k::<D>(-0.818)).exp_m1()) - (k::<D>(0.16))
    } else {
        x[0] + datan2(
            k::<D>(1.0),
            -((k::<D>(0.5))
                + ((((k::<D>(0.44)).exp()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[2].sin())).exp()).ln())
                    * (((k::<D>(0.44)).exp()).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[2].sin())).exp()).ln()))),
        )
    };
    (((a1 + m2) + a3) + a6) + x[2]
}

#[differentiable]
fn p131(x0: f64, x1: f64) -> f64 {
    let mut m1 = x1 / (1.5 + x1.tanh());
    let (u2, w3) = (x1 * x1, (2.0 + 0.6.sin()).powi(-1));
    let a4: f64 = u2;
    let mut s5 = 1.0;
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let a7 = Float::atan(f64::mul_add((i6 as f64), m1.atan(), x1));
        let a8 = if i6 != 2 {
            a7.powi(3).hypot(0.5f64 + (f64::sin(x1) * x1.sin()))
        } else {
            f64::min(u2, a7).atan().cosh().log2()
        };
        s5 /= 2.0 + f64::sin(s5);
        m1 -= s5.sin();
        s5 *= 1.0 + (0.3_f64 * Float::sin(Float::cosh(x1.min(V[i6])).powi(-1)));
    }
    (((m1 + u2) * w3) - a4) * s5
}

fn p131_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = x1 / ((k::<D>(1.5)) + x1.tanh());
    let (u2, w3) = (x1 * x1, ((k::<D>(2.0)) + ((k::<D>(0.6)).sin())).powi(-1));
    let a4: D = u2;
    let mut s5 = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        let a7 = ((k::<D>(i6 as f64)) * m1.atan() + x1).atan();
        let a8 = if i6 != 2 {
            (a7.powi(3) * a7.powi(3)
                + ((k::<D>(0.5)) + (x1.sin() * x1.sin())) * ((k::<D>(0.5)) + (x1.sin() * x1.sin())))
            .sqrt()
        } else {
            dmin(u2, a7).atan().cosh().log2()
        };
        s5 /= (k::<D>(2.0)) + s5.sin();
        m1 -= s5.sin();
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dmin(x1, k::<D>(V[i6])).cosh().powi(-1).sin());
    }
    (((m1 + u2) * w3) - a4) * s5
}

#[differentiable]
fn p132(x: &[f64], y: f64, nk: usize) -> f64 {
    let a1 = if !(Float::atan2(x[0], 0.5 + (BETA * BETA)) > -0.81) {
        (p82(y, -0.7) / ((-0.42).cosh())) + Float::powi(Float::log2(2.0 + f64::sin(BETA)), 2)
    } else {
        f64::mul_add(
            (y + y) / (2.0_f64 + Float::sin(1.839)),
            y.hypot(1.0).recip() / (1.0 + ((x[3] - x[0]) * (x[3] - x[0]))),
            (y - x[1]) - ((1.1_f64 + ((1.5 + y.tanh()) * (1.5 + f64::tanh(y)))).acosh()),
        )
    };
    let (u2, w3) = (
        (-0.7_f64).sin(),
        (((-1.16).atan()) * (a1 + y)).clamp(-1.44, 1.21),
    );
    let mut m4 = Float::powi(1.5 + ((0.6 + w3).tanh()), 0);
    let u2: f64 = ((2.0_f64 + a1.sin()).ln()) * Float::sin(x[2]);
    let mut m5 = m4;
    ((((a1 + w3) + m4) + u2) - m5) - x[3]
}

fn p132_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let a1 = if !(datan2(x[0], (k::<D>(0.5)) + ((k::<D>(BETA)) * (k::<D>(BETA)))).re()
        > (k::<D>(-0.81)).re())
    {
        (p82_d(y, k::<D>(-0.7)) / ((k::<D>(-0.42)).cosh()))
            + ((((k::<D>(2.0)) + ((k::<D>(BETA)).sin())).log2()).powi(2))
    } else {
        (((y + y) / ((k::<D>(2.0)) + ((k::<D>(1.839)).sin())))
            * ((((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip())
                / ((k::<D>(1.0)) + ((x[3] - x[0]) * (x[3] - x[0]))))
            + ((y - x[1])
                - (((k::<D>(1.1)) + (((k::<D>(1.5)) + y.tanh()) * ((k::<D>(1.5)) + y.tanh())))
                    .acosh())))
    };
    let (u2, w3) = (
        (k::<D>(-0.7)).sin(),
        dclamp(
            ((k::<D>(-1.16)).atan()) * (a1 + y),
            k::<D>(-1.44),
            k::<D>(1.21),
        ),
    );
    let mut m4 = ((k::<D>(1.5)) + (((k::<D>(0.6)) + w3).tanh())).powi(0);
    let u2: D = (((k::<D>(2.0)) + a1.sin()).ln()) * x[2].sin();
    let mut m5 = m4;
    ((((a1 + w3) + m4) + u2) - m5) - x[3]
}

#[differentiable]
fn p133<T: Float>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (
        ((c::<T>(1.5))
            + T::powi(
                (c::<T>(1.0))
                    + (x1.atan2(-((c::<T>(0.5)) + (x2 * x2)))
                        * Float::atan2(x1, -((c::<T>(0.5)) + (x2 * x2)))),
                0,
            )
            .tanh())
        .log(
            ((c::<T>(0.5))
                + ((c::<T>(0.4))
                    * T::sin(
                        (((c::<T>(1.3)).asinh())
                            + Float::cosh(x2)
                                .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(x0))).exp()))
                        .atan(),
                    )))
            .exp(),
        ),
        (((c::<T>(0.6)).abs()) + (-x0)).asinh(),
    );
    let mut s3 = c::<T>(0.0);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut s5 = c::<T>(0.0);
        let mut i6 = 0;
        while i6 < 4 {
            i6 += 1;
            s5 = T::min(s5, Float::sin(-(-(c::<T>(i4 as f64)))));
            if i6 <= 0 {
                break;
            }
            let a7 = p2(
                (c::<T>(i6 as f64)).sin(),
                T::asin((c::<T>(0.9)) * ((((c::<T>(V[i4])).atan()) * s5.atan()).sin())).cos(),
            );
            s3 = (T::from(0.5).unwrap() * s3) + (((c::<T>(-1.23)).tanh()).cos());
        }
        let a8 = (-(c::<T>(V[i4]))) - (c::<T>(std::f64::consts::E));
        s3 = ((c::<T>(0.5)) * s3)
            + T::atan(
                (T::from(1.1).unwrap()
                    + (((c::<T>(2.0)) + Float::sin(x2)) * ((c::<T>(2.0)) + x2.sin())))
                .acosh(),
            );
        s5 = s5 / (T::from(2.0).unwrap() + Float::sin(x2.ceil() * s3.sin()));
    }
    let a9 = T::hypot(
        (T::from(1.1).unwrap() + (((c::<T>(2.0)) + u1.sin()) * ((c::<T>(2.0)) + u1.sin()))).acosh(),
        c::<T>(1.0),
    )
    .log(
        ((c::<T>(0.5))
            + (T::from(0.4).unwrap()
                * T::ln_1p(
                    (c::<T>(0.5))
                        + (((c::<T>(1.5)) + ((c::<T>(BETA)).tanh()))
                            * ((c::<T>(1.5)) + T::tanh(c::<T>(BETA)))),
                )
                .sin()
                .sin()))
        .exp(),
    );
    s3 = s3
        - (((c::<T>(0.5))
            + (((({
                let t10 = c::<T>(-0.375);
                s3
            })
            .sin())
            .exp())
                * ((({
                    let t10 = c::<T>(-0.375);
                    s3
                })
                .sin())
                .exp())))
        .ln_1p());
    let mut s11 = T::one();
    for i12 in 1..2 {
        let mut m13: T = T::exp(Float::mul_add(s11.atan(), x0, c::<T>(W[i12])).tanh()).log10();
        s11 = s11
            + T::cos(p57(
                x1.exp2().cos(),
                Float::atan(a9.sin().mul_add(w2, c::<T>(W[i12]))),
            ));
        m13 = m13.max(((c::<T>(-0.65)).asinh()).cos());
    }
    let mut s14 = c::<T>(0.0);
    for i15 in 2..4 {
        let a16 = s14.tanh();
        if !(x0 >= T::from(-0.77).unwrap()) {
            continue;
        }
        let mut s17 = c::<T>(1.0);
        for i18 in (i15 + 1)..7 {
            let a19 = x1;
            let a20: T = if x2 - a16 > c::<T>(0.66) {
                (c::<T>(std::f64::consts::E)) + (c::<T>(BETA))
            } else {
                a19 - (c::<T>(W[i15]))
            };
            let mut m21 = a16;
            m21 = m21.max(
                u1.sin()
                    .mul_add(c::<T>(-0.047), (c::<T>(i15 as f64)) + w2)
                    .sin(),
            );
        }
        s11 = (T::from(0.5).unwrap() * s11) + T::sin(x0);
    }
    Float::tanh((c::<T>(0.001)) * ((((w2 + s3) + a9) * s11) + s14))
}

fn p133_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (((k::<D>(1.5))
            + ((((k::<D>(1.0))
                + (datan2(x1, -((k::<D>(0.5)) + (x2 * x2)))
                    * datan2(x1, -((k::<D>(0.5)) + (x2 * x2)))))
            .powi(0))
            .tanh()))
        .ln()
            / (((k::<D>(0.5))
                + ((k::<D>(0.4))
                    * (((((k::<D>(1.3)).asinh())
                        + (x2.cosh().ln()
                            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln()))
                    .atan())
                    .sin())))
            .exp())
            .ln()),
        (((k::<D>(0.6)).abs()) + (-x0)).asinh(),
    );
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut s5 = k::<D>(0.0);
        let mut i6 = 0;
        while i6 < 4 {
            i6 += 1;
            s5 = dmin(s5, (-(-(k::<D>(i4 as f64)))).sin());
            if i6 <= 0 {
                break;
            }
            let a7 = p2_d(
                (k::<D>(i6 as f64)).sin(),
                (((k::<D>(0.9)) * ((((k::<D>(V[i4])).atan()) * s5.atan()).sin())).asin()).cos(),
            );
            s3 = ((k::<D>(0.5)) * s3) + (((k::<D>(-1.23)).tanh()).cos());
        }
        let a8 = (-(k::<D>(V[i4]))) - (k::<D>(std::f64::consts::E));
        s3 = ((k::<D>(0.5)) * s3)
            + ((((k::<D>(1.1)) + (((k::<D>(2.0)) + x2.sin()) * ((k::<D>(2.0)) + x2.sin())))
                .acosh())
            .atan());
        s5 /= (k::<D>(2.0)) + (((k::<D>(x2.re().ceil())) * s3.sin()).sin());
    }
    let a9 = ((((((k::<D>(1.1)) + (((k::<D>(2.0)) + u1.sin()) * ((k::<D>(2.0)) + u1.sin())))
        .acosh())
        * (((k::<D>(1.1)) + (((k::<D>(2.0)) + u1.sin()) * ((k::<D>(2.0)) + u1.sin()))).acosh())
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .ln()
        / (((k::<D>(0.5))
            + ((k::<D>(0.4))
                * (((((k::<D>(0.5))
                    + (((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))
                        * ((k::<D>(1.5)) + ((k::<D>(BETA)).tanh()))))
                .ln_1p())
                .sin())
                .sin())))
        .exp())
        .ln());
    s3 -= ((k::<D>(0.5))
        + (((({
            let t10 = k::<D>(-0.375);
            s3
        })
        .sin())
        .exp())
            * ((({
                let t10 = k::<D>(-0.375);
                s3
            })
            .sin())
            .exp())))
    .ln_1p();
    let mut s11 = k::<D>(1.0);
    for i12 in 1..2 {
        let mut m13: D = (((s11.atan() * x0 + (k::<D>(W[i12]))).tanh()).exp()).log10();
        s11 += p57_d(x1.exp2().cos(), (a9.sin() * w2 + (k::<D>(W[i12]))).atan()).cos();
        m13 = dmax(m13, ((k::<D>(-0.65)).asinh()).cos());
    }
    let mut s14 = k::<D>(0.0);
    for i15 in 2..4 {
        let a16 = s14.tanh();
        if !(x0.re() >= (k::<D>(-0.77)).re()) {
            continue;
        }
        let mut s17 = k::<D>(1.0);
        for i18 in (i15 + 1)..7 {
            let a19 = x1;
            let a20: D = if (x2 - a16).re() > (k::<D>(0.66)).re() {
                (k::<D>(std::f64::consts::E)) + (k::<D>(BETA))
            } else {
                a19 - (k::<D>(W[i15]))
            };
            let mut m21 = a16;
            m21 = dmax(
                m21,
                (u1.sin() * (k::<D>(-0.047)) + ((k::<D>(i15 as f64)) + w2)).sin(),
            );
        }
        s11 = ((k::<D>(0.5)) * s11) + x0.sin();
    }
    ((k::<D>(0.001)) * ((((w2 + s3) + a9) * s11) + s14)).tanh()
}

#[differentiable]
fn p134<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (
        Float::ln((c::<T>(2.0)) + ((x2 + x0).sin())) * ((x2 / x1.hypot(c::<T>(1.0))).exp_m1()),
        (-x0).min(-x0),
    );
    let mut s3 = c::<T>(0.5);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = x0 - w2;
        let a6 = if i4 % 2 == 0 {
            (x1 + x1)
                - (if x0 < s3 {
                    c::<T>(core::f64::consts::PI)
                } else {
                    u1
                })
        } else {
            a5 - ((c::<T>(-1.004)) - (c::<T>(V[i4])))
        };
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * x1.cosh().sin());
        s3 *= (c::<T>(1.0))
            + (T::from(0.3).unwrap() * T::mul_add(s3.cos(), a6.atan(), c::<T>(V[i4])).sin());
        s3 = (T::from(0.5).unwrap() * s3) + Float::tanh(Float::cos(a6));
    }
    let a7 = (((c::<T>(1.1))
        + (((c::<T>(1.0)) + (T::tanh(s3) * Float::tanh(s3)))
            * ((c::<T>(1.0)) + (s3.tanh() * s3.tanh()))))
    .acosh())
        - T::acosh(
            (c::<T>(1.1))
                + (((c::<T>(1.0)) + (((c::<T>(0.04)) + w2) * ((c::<T>(0.04)) + w2)))
                    * (T::one() + (((c::<T>(0.04)) + w2) * ((c::<T>(0.04)) + w2)))),
        );
    for i8 in 1..4 {
        let a10: T = {
            let t9 = c::<T>(i8 as f64);
            w2 + T::from(1.909).unwrap()
        };
        let mut s11 = c::<T>(1.0);
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let mut m13 = a7 + (T::round(s11) * T::tanh(c::<T>(i8 as f64)));
            s11 += (-(c::<T>(i8 as f64))).tanh();
            let a14 = a7 - s3;
            s11 = ((c::<T>(0.5)) * s11) + ((T::from(0.15).unwrap() + (u1 - x2)).atan());
        }
        s3 = ((c::<T>(0.5)) * s3) + T::tanh(c::<T>(std::f64::consts::E));
        s11 -= (((c::<T>(1.0)) + (Float::atan(u1) * Float::atan(u1))).log2()).cos();
    }
    let (u15, w16) = (x0, T::from(1.4).unwrap() + x1);
    let a17 = (((c::<T>(1.1))
        + (T::hypot(x0.exp2(), T::one()) * T::hypot(x0.exp2(), c::<T>(1.0))))
    .acosh())
        / ((c::<T>(1.0))
            + ((((c::<T>(0.39)).abs()) / ((c::<T>(2.0)) + Float::sin(u1 * x2)))
                * (T::from(0.39).unwrap().abs() / ((c::<T>(2.0)) + ((u1 * x2).sin())))));
    T::tanh(T::from(0.001).unwrap() * ((((s3 + a7) + u15) + w16) + a17))
}

fn p134_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (((k::<D>(2.0)) + ((x2 + x0).sin())).ln())
            * ((x2 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).exp_m1()),
        dmin(-x0, -x0),
    );
    let mut s3 = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = x0 - w2;
        let a6 = if i4 % 2 == 0 {
            (x1 + x1)
                - (if x0.re() < s3.re() {
                    k::<D>(core::f64::consts::PI)
                } else {
                    u1
                })
        } else {
            a5 - ((k::<D>(-1.004)) - (k::<D>(V[i4])))
        };
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.cosh().sin());
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s3.cos() * a6.atan() + (k::<D>(V[i4]))).sin()));
        s3 = ((k::<D>(0.5)) * s3) + a6.cos().tanh();
    }
    let a7 = (((k::<D>(1.1))
        + (((k::<D>(1.0)) + (s3.tanh() * s3.tanh())) * ((k::<D>(1.0)) + (s3.tanh() * s3.tanh()))))
    .acosh())
        - (((k::<D>(1.1))
            + (((k::<D>(1.0)) + (((k::<D>(0.04)) + w2) * ((k::<D>(0.04)) + w2)))
                * ((k::<D>(1.0)) + (((k::<D>(0.04)) + w2) * ((k::<D>(0.04)) + w2)))))
            .acosh());
    for i8 in 1..4 {
        let a10: D = {
            let t9 = k::<D>(i8 as f64);
            w2 + (k::<D>(1.909))
        };
        let mut s11 = k::<D>(1.0);
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let mut m13 = a7 + ((k::<D>(s11.re().round())) * ((k::<D>(i8 as f64)).tanh()));
            s11 += (-(k::<D>(i8 as f64))).tanh();
            let a14 = a7 - s3;
            s11 = ((k::<D>(0.5)) * s11) + (((k::<D>(0.15)) + (u1 - x2)).atan());
        }
        s3 = ((k::<D>(0.5)) * s3) + ((k::<D>(std::f64::consts::E)).tanh());
        s11 -= (((k::<D>(1.0)) + (u1.atan() * u1.atan())).log2()).cos();
    }
    let (u15, w16) = (x0, (k::<D>(1.4)) + x1);
    let a17 = (((k::<D>(1.1))
        + (((x0.exp2() * x0.exp2() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
            * ((x0.exp2() * x0.exp2() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
    .acosh())
        / ((k::<D>(1.0))
            + ((((k::<D>(0.39)).abs()) / ((k::<D>(2.0)) + ((u1 * x2).sin())))
                * (((k::<D>(0.39)).abs()) / ((k::<D>(2.0)) + ((u1 * x2).sin())))));
    ((k::<D>(0.001)) * ((((s3 + a7) + u15) + w16) + a17)).tanh()
}

#[differentiable]
fn p135(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1: f64 = ((x0 * x2) + x0.exp2()).max(x1);
    let (u2, w3) = (x1 - x1, x1);
    m1 = ((0.7 * m1) + (-x1)).atan();
    let mut s4: f64 = 1.0;
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        m1 -= Float::tanh(
            (1.1 + (Float::cosh(((1.0_f64 + (u2 * u2)).recip()).tanh())
                * ((((1.0_f64 + (u2 * u2)).recip()).tanh()).cosh())))
            .acosh(),
        );
        for i6 in 1..2 {
            let a7 = m1;
            let a8 = a7;
            let a9: f64 = W[i5].atan();
            if Float::mul_add(s4.atan(), s4.tanh(), (i6 as f64)) > -0.87 {
                continue;
            }
            s4 *= 1.0 + (0.3_f64 * s4.sin());
        }
        let a10 = (1.0
            + (((2.0f64 + ((V[i5] - (i5 as f64)).sin())).log10())
                * Float::log10(2.0 + ((V[i5] - (i5 as f64)).sin()))))
        .log10();
        m1 = (0.5 * m1) + x2.atan2(0.5 + (s4 * s4)).sin().exp2().sin();
        s4 *= 1.0f64
            + (0.3
                * p75(
                    Float::atan(x0.exp()),
                    m1.atan().tanh(),
                    ((2.0 + f64::sin((i5 as f64))).log10()).atan(),
                )
                .sin());
        if -x2 < -0.67 {
            break;
        }
    }
    let a11 = (-u2).asinh();
    (0.001 * ((((m1 + u2) + w3) + s4) + a11)).tanh()
}

fn p135_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = dmax((x0 * x2) + x0.exp2(), x1);
    let (u2, w3) = (x1 - x1, x1);
    m1 = (((k::<D>(0.7)) * m1) + (-x1)).atan();
    let mut s4: D = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        m1 -= (((k::<D>(1.1))
            + ((((((k::<D>(1.0)) + (u2 * u2)).recip()).tanh()).cosh())
                * (((((k::<D>(1.0)) + (u2 * u2)).recip()).tanh()).cosh())))
        .acosh())
        .tanh();
        for i6 in 1..2 {
            let a7 = m1;
            let a8 = a7;
            let a9: D = (k::<D>(W[i5])).atan();
            if (s4.atan() * s4.tanh() + (k::<D>(i6 as f64))).re() > (k::<D>(-0.87)).re() {
                continue;
            }
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s4.sin());
        }
        let a10 = ((k::<D>(1.0))
            + ((((k::<D>(2.0)) + (((k::<D>(V[i5])) - (k::<D>(i5 as f64))).sin())).log10())
                * (((k::<D>(2.0)) + (((k::<D>(V[i5])) - (k::<D>(i5 as f64))).sin())).log10())))
        .log10();
        m1 = ((k::<D>(0.5)) * m1) + datan2(x2, (k::<D>(0.5)) + (s4 * s4)).sin().exp2().sin();
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * p75_d(
                    x0.exp().atan(),
                    m1.atan().tanh(),
                    (((k::<D>(2.0)) + ((k::<D>(i5 as f64)).sin())).log10()).atan(),
                )
                .sin());
        if (-x2).re() < (k::<D>(-0.67)).re() {
            break;
        }
    }
    let a11 = (-u2).asinh();
    ((k::<D>(0.001)) * ((((m1 + u2) + w3) + s4) + a11)).tanh()
}

#[differentiable]
fn p136(x: [f64; 6], y: f64) -> f64 {
    let (u1, w2) = ((0.9_f64 * x[5].sin()).atanh(), x[5]);
    let (u3, w4) = (
        x[0],
        Float::tan(Float::sin(std::f64::consts::E.tanh()))
            .min(f64::log10(Float::hypot(x[3], 1.0_f64)))
            .abs(),
    );
    let a5: f64 = (0.9f64 * x[3].tanh()).acos();
    let mut m6 = a5;
    ((((w2 + u3) + w4) + a5) + m6) + x[3]
}

fn p136_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (((k::<D>(0.9)) * x[5].sin()).atanh(), x[5]);
    let (u3, w4) = (
        x[0],
        dmin(
            (((k::<D>(std::f64::consts::E)).tanh()).sin()).tan(),
            ((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10(),
        )
        .abs(),
    );
    let a5: D = ((k::<D>(0.9)) * x[3].tanh()).acos();
    let mut m6 = a5;
    ((((w2 + u3) + w4) + a5) + m6) + x[3]
}

#[differentiable]
fn p137(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1: f64 = 0.0;
    for i2 in 2..4 {
        let mut s3 = 0.0f64;
        for i4 in 0..nk {
            let a5 = (x2.tanh() * s3.cos()).powi(3);
            let a6 = s3 / x1.cosh();
            s1 = Float::cos((0.7 * s1) + x0.exp().powi(-2).sin().exp_m1());
            s1 += Float::sin(x1 * a5);
        }
        s1 = (0.5 * s1) + Float::sin(s1 - (i2 as f64));
    }
    let a7 = 0.1.exp().powi(0);
    let mut s8 = 0.5_f64;
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let a10: f64 = x2.abs();
        let a7: f64 = Float::atan2(a10, -(0.5_f64 + (x1 * x1)));
        for i11 in 2..6 {
            let a12 = a10;
            if (i11 as f64) + s1 <= a7.abs() {
                break;
            }
            let a13 = (2.0 + Float::sin(s8)).ln();
            s1 = ((0.7 * s1) + (V[i9] - s8)).tanh();
        }
        s1 += f64::cos(Float::sin(-0.3f64).tan());
    }
    let a14: f64 = p74(
        (-s1).tanh(),
        f64::tanh(Float::mul_add(a7, f64::cos(s8), ALPHA)),
    );
    (((x2 * s1) - a7) + s8) + a14
}

fn p137_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 2..4 {
        let mut s3 = k::<D>(0.0);
        for i4 in 0..nk {
            let a5 = (x2.tanh() * s3.cos()).powi(3);
            let a6 = s3 / x1.cosh();
            s1 = (((k::<D>(0.7)) * s1) + x0.exp().powi(-2).sin().exp_m1()).cos();
            s1 += (x1 * a5).sin();
        }
        s1 = ((k::<D>(0.5)) * s1) + ((s1 - (k::<D>(i2 as f64))).sin());
    }
    let a7 = ((k::<D>(0.1)).exp()).powi(0);
    let mut s8 = k::<D>(0.5);
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let a10: D = x2.abs();
        let a7: D = datan2(a10, -((k::<D>(0.5)) + (x1 * x1)));
        for i11 in 2..6 {
            let a12 = a10;
            if ((k::<D>(i11 as f64)) + s1).re() <= a7.abs().re() {
                break;
            }
            let a13 = ((k::<D>(2.0)) + s8.sin()).ln();
            s1 = (((k::<D>(0.7)) * s1) + ((k::<D>(V[i9])) - s8)).tanh();
        }
        s1 += (((k::<D>(-0.3)).sin()).tan()).cos();
    }
    let a14: D = p74_d((-s1).tanh(), (a7 * s8.cos() + (k::<D>(ALPHA))).tanh());
    (((x2 * s1) - a7) + s8) + a14
}

#[differentiable]
fn p138<T: Float>(x0: T, x1: T, x2: T) -> T {
    let a2 = if x2 >= c::<T>(0.35) {
        {
            let t1 = c::<T>(ALPHA);
            x0
        }
    } else {
        (c::<T>(1.6)).powi(3)
    };
    let mut s3: T = c::<T>(0.5);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let mut m5 = Float::acos(
            (c::<T>(0.9))
                * Float::tanh(((c::<T>(0.9)) * T::sin(Float::sin(Float::cosh(s3.sin())))).atanh())
                    .tanh(),
        );
        let a6 = (T::one() + (s3.tanh() * T::tanh(s3))).log2();
        let mut s7 = c::<T>(0.0);
        for i8 in 2..5 {
            let mut m9 = a6.atan().mul_add(Float::cos(a6), m5);
            if (c::<T>(1.3)) + x1 > ((c::<T>(0.9)) * Float::sin(c::<T>(-1.4))).atanh() {
                m5 = ((c::<T>(0.5)) * m5) + T::hypot(s3, c::<T>(1.0)).recip().cos();
            } else {
                s7 = s7 + x2.cosh().tanh();
            }
            m9 = m9
                + ((((c::<T>(1.5)) + ((s7 + a6).tanh())).powf(T::tanh(
                    (c::<T>(V[i8])) / (T::one() + (m5.cos() * m5.cos())),
                )))
                .sin());
            if p7(x0, (c::<T>(core::f64::consts::PI)).tanh(), c::<T>(-1.2)) <= c::<T>(-0.21) {
                break;
            }
            s3 = ((c::<T>(0.5)) * s3)
                + Float::sin(Float::log(
                    T::from(2.0).unwrap() + x0.sin(),
                    ((c::<T>(0.5))
                        + ((c::<T>(0.4)) * Float::sin(m5 + (c::<T>(core::f64::consts::PI))).sin()))
                    .exp(),
                ));
        }
        m5 = ((c::<T>(0.5)) * m5) + a6.tanh();
        s7 = ((c::<T>(0.5)) * s7) + Float::atan(-a2);
    }
    s3 = s3 + a2.cos();
    if (c::<T>(std::f64::consts::E)) - T::from(0.16).unwrap()
        >= if T::from(-1.93).unwrap() < c::<T>(-0.8) {
            x0
        } else {
            c::<T>(-0.78)
        }
        || x2 <= c::<T>(0.64)
    {
        return (((x1 * x1).sin()).cosh()).log10();
    }
    let a2 = a2;
    s3 = ((c::<T>(0.5)) * s3) + T::atan(s3.abs());
    let a10 = x0;
    (((x1 + x2) * s3) + a2) + a10
}

fn p138_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = if x2.re() >= (k::<D>(0.35)).re() {
        {
            let t1 = k::<D>(ALPHA);
            x0
        }
    } else {
        (k::<D>(1.6)).powi(3)
    };
    let mut s3: D = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let mut m5 = ((k::<D>(0.9))
            * (((((k::<D>(0.9)) * s3.sin().cosh().sin().sin()).atanh()).tanh()).tanh()))
        .acos();
        let a6 = ((k::<D>(1.0)) + (s3.tanh() * s3.tanh())).log2();
        let mut s7 = k::<D>(0.0);
        for i8 in 2..5 {
            let mut m9 = (a6.atan() * a6.cos() + m5);
            if ((k::<D>(1.3)) + x1).re() > (((k::<D>(0.9)) * ((k::<D>(-1.4)).sin())).atanh()).re() {
                m5 = ((k::<D>(0.5)) * m5)
                    + ((((s3 * s3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).cos());
            } else {
                s7 += x2.cosh().tanh();
            }
            m9 += (((((k::<D>(V[i8])) / ((k::<D>(1.0)) + (m5.cos() * m5.cos()))).tanh())
                * ((k::<D>(1.5)) + ((s7 + a6).tanh())).ln())
            .exp())
            .sin();
            if p7_d(x0, (k::<D>(core::f64::consts::PI)).tanh(), k::<D>(-1.2)).re()
                <= (k::<D>(-0.21)).re()
            {
                break;
            }
            s3 = ((k::<D>(0.5)) * s3)
                + ((((k::<D>(2.0)) + x0.sin()).ln()
                    / (((k::<D>(0.5))
                        + ((k::<D>(0.4))
                            * (((m5 + (k::<D>(core::f64::consts::PI))).sin()).sin())))
                    .exp())
                    .ln())
                .sin());
        }
        m5 = ((k::<D>(0.5)) * m5) + a6.tanh();
        s7 = ((k::<D>(0.5)) * s7) + ((-a2).atan());
    }
    s3 += a2.cos();
    if ((k::<D>(std::f64::consts::E)) - (k::<D>(0.16))).re()
        >= (if (k::<D>(-1.93)).re() < (k::<D>(-0.8)).re() {
            x0
        } else {
            k::<D>(-0.78)
        })
        .re()
        || x2.re() <= (k::<D>(0.64)).re()
    {
        return (((x1 * x1).sin()).cosh()).log10();
    }
    let a2 = a2;
    s3 = ((k::<D>(0.5)) * s3) + s3.abs().atan();
    let a10 = x0;
    (((x1 + x2) * s3) + a2) + a10
}

#[differentiable]
fn p139<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut m1: T = T::cos(T::from(1.8).unwrap());
    let mut s2 = T::one();
    for i3 in 0..3 {
        m1 -= T::tanh(
            ((x0.cos() / ((c::<T>(1.0)) + (Float::cos(x1.exp2()) * T::cos(x1.exp2())))).sin())
                .tan(),
        );
        m1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * ((((c::<T>(0.5)) + (((c::<T>(2.0)) + m1.sin()) * ((c::<T>(2.0)) + m1.sin())))
                    .ln_1p())
                .sin()));
        m1 -= (x1 + x1).tanh();
    }
    let a4 = m1.asinh();
    (((x0 + x1) + m1) + s2) + a4
}

fn p139_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = (k::<D>(1.8)).cos();
    let mut s2 = k::<D>(1.0);
    for i3 in 0..3 {
        m1 -= (((x0.cos() / ((k::<D>(1.0)) + (x1.exp2().cos() * x1.exp2().cos()))).sin()).tan())
            .tanh();
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(0.5)) + (((k::<D>(2.0)) + m1.sin()) * ((k::<D>(2.0)) + m1.sin())))
                    .ln_1p())
                .sin()));
        m1 -= (x1 + x1).tanh();
    }
    let a4 = m1.asinh();
    (((x0 + x1) + m1) + s2) + a4
}

#[differentiable]
fn p140(x0: f64, x1: f64) -> f64 {
    let a1 = (((0.9 * x1.sin()).asin()) + (x0 * 1.34))
        / (1.0
            + (Float::atan2(x0, 0.5 + ((-1.01) * (-1.01))) * x0.atan2(0.5 + ((-1.01) * (-1.01)))));
    let a1: f64 = a1;
    let a2: f64 = (x0 / (2.0 + 1.7.sin())).abs();
    let (u3, w4) = (0.8 - (-1.25), BETA - a1);
    let mut s5: f64 = 0.0;
    for i6 in 2..6 {
        let a7 = a2 + 1.5;
        s5 += f64::min(
            -(w4 + x1),
            u3.hypot(1.0)
                .log((0.5_f64 + (0.4 * a1.sin().sin())).exp())
                .atan()
                .exp_m1(),
        )
        .cos();
        let mut s8 = 0.0;
        for i9 in 0..=4 {
            let a10 = (a7.cos() * Float::tanh(s8))
                / (1.0
                    + (Float::tanh(s5 / (1.5 + ((i6 as f64).tanh())))
                        * Float::tanh(s5 / (1.5 + ((i6 as f64).tanh())))));
            s5 = ((0.7f64 * s5) + a2).tanh();
        }
        s8 += Float::atan(a2);
    }
    let w4 = (x1.atan() - 0.282) - ALPHA.cos().exp();
    s5 = f64::cos(
        (0.7 * s5)
            + (f64::mul_add(
                a2.max(0.227),
                ((2.0 + Float::sin(0.196)).powf(Float::cos(core::f64::consts::PI))).atan(),
                Float::sin(std::f64::consts::E),
            ) + w4),
    );
    (((a1 + a2) + u3) + s5) + w4
}

fn p140_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = ((((k::<D>(0.9)) * x1.sin()).asin()) + (x0 * (k::<D>(1.34))))
        / ((k::<D>(1.0))
            + (datan2(x0, (k::<D>(0.5)) + ((k::<D>(-1.01)) * (k::<D>(-1.01))))
                * datan2(x0, (k::<D>(0.5)) + ((k::<D>(-1.01)) * (k::<D>(-1.01))))));
    let a1: D = a1;
    let a2: D = (x0 / ((k::<D>(2.0)) + ((k::<D>(1.7)).sin()))).abs();
    let (u3, w4) = ((k::<D>(0.8)) - (k::<D>(-1.25)), (k::<D>(BETA)) - a1);
    let mut s5: D = k::<D>(0.0);
    for i6 in 2..6 {
        let a7 = a2 + (k::<D>(1.5));
        s5 += dmin(
            -(w4 + x1),
            ((((u3 * u3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a1.sin().sin())).exp()).ln())
            .atan())
            .exp_m1(),
        )
        .cos();
        let mut s8 = k::<D>(0.0);
        for i9 in 0..=4 {
            let a10 = (a7.cos() * s8.tanh())
                / ((k::<D>(1.0))
                    + (((s5 / ((k::<D>(1.5)) + ((k::<D>(i6 as f64)).tanh()))).tanh())
                        * ((s5 / ((k::<D>(1.5)) + ((k::<D>(i6 as f64)).tanh()))).tanh())));
            s5 = (((k::<D>(0.7)) * s5) + a2).tanh();
        }
        s8 += a2.atan();
    }
    let w4 = (x1.atan() - (k::<D>(0.282))) - (((k::<D>(ALPHA)).cos()).exp());
    s5 = (((k::<D>(0.7)) * s5)
        + ((dmax(a2, k::<D>(0.227))
            * (((((k::<D>(core::f64::consts::PI)).cos())
                * ((k::<D>(2.0)) + ((k::<D>(0.196)).sin())).ln())
            .exp())
            .atan())
            + ((k::<D>(std::f64::consts::E)).sin()))
            + w4))
        .cos();
    (((a1 + a2) + u3) + s5) + w4
}

#[differentiable]
fn p141(x0: f64, x1: f64, nk: usize) -> f64 {
    let a1 = (0.11.hypot(0.5_f64 + (x1 * x1)) + ((1.0 + (x1 * x1)).log2())).atan2(
        0.5_f64
            + ((((0.9_f64 * x0.sin()).atanh()).asinh())
                * f64::asinh(Float::atanh(0.9 * Float::sin(x0)))),
    );
    let a1 = -(x0.round() * 1.231);
    let mut m2 = (1.0_f64 + (x1 * x1)).log2();
    let a3 = a1.asinh();
    (((x0 + x1) + a1) + m2) * a3
}

fn p141_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1 = datan2(
        (((k::<D>(0.11)) * (k::<D>(0.11))
            + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1)))
            .sqrt())
            + (((k::<D>(1.0)) + (x1 * x1)).log2()),
        (k::<D>(0.5))
            + (((((k::<D>(0.9)) * x0.sin()).atanh()).asinh())
                * ((((k::<D>(0.9)) * x0.sin()).atanh()).asinh())),
    );
    let a1 = -((k::<D>(x0.re().round())) * (k::<D>(1.231)));
    let mut m2 = ((k::<D>(1.0)) + (x1 * x1)).log2();
    let a3 = a1.asinh();
    (((x0 + x1) + a1) + m2) * a3
}

#[differentiable]
fn p142<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(1.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = ((c::<T>(core::f64::consts::PI)) / x1.exp()) + x0;
        s1 = ((c::<T>(0.5)) * s1) + T::cos(a3 - s1);
        s1 -= (((c::<T>(1.5)) + ((c::<T>(1.214)).tanh())).ln()).cos();
    }
    let mut m4 = (((((c::<T>(-0.89)).exp()).log10()).hypot(c::<T>(1.0))).sqrt())
        + (Float::round(T::from(0.321).unwrap().exp())
            * x0.hypot(T::from(0.5).unwrap() + (x1 * x1)).sin());
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6 = Float::atan(s1.tanh().exp_m1());
        let a7 = (T::from(2.0).unwrap() + T::sin((c::<T>(std::f64::consts::E)) + a6)).recip();
        let a8 = (s1.cos().exp().cbrt() * (x0 - (c::<T>(i5 as f64)))).hypot(
            (c::<T>(0.5))
                + ((((c::<T>(1.0))
                    + (Float::atan(s1 / ((c::<T>(1.0)) + (x0 * x0)))
                        * ((s1 / ((c::<T>(1.0)) + (x0 * x0))).atan())))
                .cbrt())
                    * (((c::<T>(1.0))
                        + (T::atan(s1 / ((c::<T>(1.0)) + (x0 * x0)))
                            * ((s1 / ((c::<T>(1.0)) + (x0 * x0))).atan())))
                    .cbrt())),
        );
        s1 -= Float::tanh(
            ((c::<T>(W[i5])).mul_add(c::<T>(-0.459), s1))
                / ((c::<T>(1.0)) + (a8.abs().cos() * T::abs(a8).cos())),
        );
    }
    for i9 in 2..=3 {
        let a10 = x0 - (c::<T>(W[i9]));
        m4 *= T::one() + ((c::<T>(0.3)) * T::sin(x0.exp()));
    }
    let mut m11 = x1.asinh();
    (T::from(0.001).unwrap() * ((((x0 + x1) + s1) + m4) + m11)).tanh()
}

fn p142_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let a3 = ((k::<D>(core::f64::consts::PI)) / x1.exp()) + x0;
        s1 = ((k::<D>(0.5)) * s1) + ((a3 - s1).cos());
        s1 -= (((k::<D>(1.5)) + ((k::<D>(1.214)).tanh())).ln()).cos();
    }
    let mut m4 = ((((((k::<D>(-0.89)).exp()).log10()) * (((k::<D>(-0.89)).exp()).log10())
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .sqrt())
        + ((k::<D>(((k::<D>(0.321)).exp()).re().round()))
            * (((x0 * x0 + ((k::<D>(0.5)) + (x1 * x1)) * ((k::<D>(0.5)) + (x1 * x1))).sqrt())
                .sin()));
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6 = s1.tanh().exp_m1().atan();
        let a7 = ((k::<D>(2.0)) + (((k::<D>(std::f64::consts::E)) + a6).sin())).recip();
        let a8 = ((s1.cos().exp().cbrt() * (x0 - (k::<D>(i5 as f64))))
            * (s1.cos().exp().cbrt() * (x0 - (k::<D>(i5 as f64))))
            + ((k::<D>(0.5))
                + ((((k::<D>(1.0))
                    + (((s1 / ((k::<D>(1.0)) + (x0 * x0))).atan())
                        * ((s1 / ((k::<D>(1.0)) + (x0 * x0))).atan())))
                .cbrt())
                    * (((k::<D>(1.0))
                        + (((s1 / ((k::<D>(1.0)) + (x0 * x0))).atan())
                            * ((s1 / ((k::<D>(1.0)) + (x0 * x0))).atan())))
                    .cbrt())))
                * ((k::<D>(0.5))
                    + ((((k::<D>(1.0))
                        + (((s1 / ((k::<D>(1.0)) + (x0 * x0))).atan())
                            * ((s1 / ((k::<D>(1.0)) + (x0 * x0))).atan())))
                    .cbrt())
                        * (((k::<D>(1.0))
                            + (((s1 / ((k::<D>(1.0)) + (x0 * x0))).atan())
                                * ((s1 / ((k::<D>(1.0)) + (x0 * x0))).atan())))
                        .cbrt()))))
        .sqrt();
        s1 -= (((k::<D>(W[i5])) * (k::<D>(-0.459)) + s1)
            / ((k::<D>(1.0)) + (a8.abs().cos() * a8.abs().cos())))
        .tanh();
    }
    for i9 in 2..=3 {
        let a10 = x0 - (k::<D>(W[i9]));
        m4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.exp().sin());
    }
    let mut m11 = x1.asinh();
    ((k::<D>(0.001)) * ((((x0 + x1) + s1) + m4) + m11)).tanh()
}

#[differentiable]
fn p143(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        if x0.mul_add(x0, core::f64::consts::PI) > {
            let t5 = x1;
            x0
        } {
            continue;
        }
        s1 *= 1.0
            + (0.3_f64
                * Float::powf(2.0 + f64::sin(x0), f64::tanh(BETA))
                    .sin()
                    .mul_add((1.0 + (x2 * x2)).powi(-1), x1 - 1.515_f64)
                    .sin());
        let mut s3 = 1.0;
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            if x1.min(s1) >= -0.96 {
                continue;
            }
            s3 += s3.tanh();
            s3 *= 1.0 + (0.3 * x0.hypot(0.5 + (s1 * s1)).sin());
            s1 += f64::hypot(x0, 0.5 + (s1 * s1)).tanh();
        }
        s1 += Float::atan(x0);
        s1 *= 1.0_f64 + (0.3 * f64::cbrt(1.0_f64 + (x1 * x1)).sin());
    }
    let a6 = x1;
    let mut i7 = 0;
    while i7 < 1 {
        i7 += 1;
        s1 = f64::tanh((0.7f64 * s1) + s1);
        if V[i7] * V[i7] > 0.32 {
            continue;
        }
        s1 = Float::sin((0.7_f64 * s1) + (V[i7] * x0));
        let mut s8 = 0.0;
        for i9 in 1..3 {
            s8 += (x2 - x2).cos();
            let a11 = if Float::sinh(x0) <= {
                let t10 = core::f64::consts::PI;
                s8
            } {
                1.93
            } else {
                if i7 == 0 {
                    x2
                } else {
                    BETA
                }
            };
            s8 += f64::sin(x0.sin() + (std::f64::consts::E.atan() * s1.sin()));
            s1 = (0.5 * s1) + Float::sin((2.0 + ((x2.cos() * s1.cos()).sin())).powi(-2));
            if !(f64::hypot(s8, 0.5 + (s1 * s1)) > 0.48) {
                break;
            }
        }
        s1 = f64::max(s1, s1.atan());
    }
    let mut i12 = 0;
    while i12 < 4 {
        i12 += 1;
        let a6 = x2;
        let a13 = ((-0.9_f64).hypot(1.0f64)).powf(x2);
        s1 = s1.min((W[i12].atan() * s1.cos()).sin());
    }
    (((x0 + x1) + x2) + s1) + a6
}

fn p143_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        if (x0 * x0 + (k::<D>(core::f64::consts::PI))).re()
            > ({
                let t5 = x1;
                x0
            })
            .re()
        {
            continue;
        }
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((((k::<D>(BETA)).tanh()) * ((k::<D>(2.0)) + x0.sin()).ln()).exp()).sin())
                    * (((k::<D>(1.0)) + (x2 * x2)).powi(-1))
                    + (x1 - (k::<D>(1.515))))
                .sin()));
        let mut s3 = k::<D>(1.0);
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            if dmin(x1, s1).re() >= (k::<D>(-0.96)).re() {
                continue;
            }
            s3 += s3.tanh();
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((x0 * x0 + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1)))
                        .sqrt())
                    .sin()));
            s1 += ((x0 * x0 + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1))).sqrt())
                .tanh();
        }
        s1 += x0.atan();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(1.0)) + (x1 * x1)).cbrt()).sin()));
    }
    let a6 = x1;
    let mut i7 = 0;
    while i7 < 1 {
        i7 += 1;
        s1 = (((k::<D>(0.7)) * s1) + s1).tanh();
        if ((k::<D>(V[i7])) * (k::<D>(V[i7]))).re() > (k::<D>(0.32)).re() {
            continue;
        }
        s1 = (((k::<D>(0.7)) * s1) + ((k::<D>(V[i7])) * x0)).sin();
        let mut s8 = k::<D>(0.0);
        for i9 in 1..3 {
            s8 += (x2 - x2).cos();
            let a11 = if x0.sinh().re()
                <= ({
                    let t10 = k::<D>(core::f64::consts::PI);
                    s8
                })
                .re()
            {
                k::<D>(1.93)
            } else {
                if i7 == 0 {
                    x2
                } else {
                    k::<D>(BETA)
                }
            };
            s8 += (x0.sin() + (((k::<D>(std::f64::consts::E)).atan()) * s1.sin())).sin();
            s1 = ((k::<D>(0.5)) * s1)
                + ((((k::<D>(2.0)) + ((x2.cos() * s1.cos()).sin())).powi(-2)).sin());
            if !(((s8 * s8 + ((k::<D>(0.5)) + (s1 * s1)) * ((k::<D>(0.5)) + (s1 * s1))).sqrt())
                .re()
                > (k::<D>(0.48)).re())
            {
                break;
            }
        }
        s1 = dmax(s1, s1.atan());
    }
    let mut i12 = 0;
    while i12 < 4 {
        i12 += 1;
        let a6 = x2;
        let a13 = (x2
            * (((k::<D>(-0.9)) * (k::<D>(-0.9)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
        .exp();
        s1 = dmin(s1, (((k::<D>(W[i12])).atan()) * s1.cos()).sin());
    }
    (((x0 + x1) + x2) + s1) + a6
}

#[differentiable]
fn p144(x: &[f64]) -> f64 {
    let a1 = (2.0 + 1.1.sin()).log2();
    let a2 = -Float::sin(x[1]);
    let mut s3 = 0.0;
    for &i4 in x.iter() {
        s3 = s3.min(Float::tanh((0.9_f64 * Float::tanh(a1)).asin()));
        s3 += Float::recip(1.0 + (x[3] * x[3])).tanh();
    }
    let a5: f64 = Float::exp_m1((a2 - ((1.5f64 + Float::tanh(a2)).powf(x[1]))).cos());
    (((a1 + a2) + s3) - a5) + x[1]
}

fn p144_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(2.0)) + ((k::<D>(1.1)).sin())).log2();
    let a2 = -x[1].sin();
    let mut s3 = k::<D>(0.0);
    for &i4 in x.iter() {
        s3 = dmin(s3, (((k::<D>(0.9)) * a1.tanh()).asin()).tanh());
        s3 += (((k::<D>(1.0)) + (x[3] * x[3])).recip()).tanh();
    }
    let a5: D = ((a2 - ((x[1] * ((k::<D>(1.5)) + a2.tanh()).ln()).exp())).cos()).exp_m1();
    (((a1 + a2) + s3) - a5) + x[1]
}

#[differentiable]
fn p145(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.5_f64;
    for i2 in 1..4 {
        if (2.0f64 + 0.0.sin()).powf(s1.sin()) <= 0.14 {
            s1 -= ((-x1) / (1.0_f64 + (s1.atan() * s1.atan()))).tanh();
        } else {
            s1 *= 1.0
                + (0.3
                    * Float::sin((x0 / (1.0 + (V[i2] * V[i2]))).hypot(
                        0.5f64 + (f64::sqrt(1.5 + s1.tanh()) * ((1.5_f64 + s1.tanh()).sqrt())),
                    )));
        }
        let mut m3: f64 = x1
            / (1.0
                + (Float::tanh(
                    p94(V[i2].cos(), x0, f64::atan(-1.585))
                        - f64::acosh(1.1 + ((1.5 + x2.tanh()) * (1.5 + x2.tanh()))),
                ) * ((p94(V[i2].cos(), x0, (-1.585).atan())
                    - ((1.1 + ((1.5 + x2.tanh()) * (1.5_f64 + x2.tanh()))).acosh()))
                .tanh())));
        if i2 == 2 {
            continue;
        }
        s1 -= x2.tanh();
    }
    for i4 in 0..=2 {
        for i5 in 2..3 {
            s1 += Float::atan(f64::cos((i4 as f64)).sinh());
            s1 = (0.5 * s1) + Float::tanh(f64::min(W[i4], 0.607_f64));
            s1 -= x2.max((2.0 + f64::sin(x0)).recip()).sin();
            s1 = Float::cos(
                (0.7 * s1)
                    + ((0.5_f64
                        + (Float::mul_add((i4 as f64), f64::tanh(s1), -1.9)
                            .tanh()
                            .cosh()
                            * ((((i4 as f64).mul_add(s1.tanh(), -1.9_f64)).tanh()).cosh())))
                    .ln_1p()),
            );
        }
        let mut s6 = 0.5;
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            let a8 = -1.05;
            let a9 = s1;
            s6 = ((0.7 * s6) + (-(-0.73_f64))).cos();
            s1 -= Float::tanh(s6 / ((-0.6).cosh()));
        }
        s6 *= 1.0 + (0.3 * ((x1 + x0).sin()));
        s1 -= (f64::sqrt(1.0 + ((i4 as f64) * (i4 as f64)))
            - ((1.5_f64 + ALPHA.tanh()).powf((i4 as f64).atan())))
        .sin();
    }
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        s1 += ((x1 * x1) / (2.0 + x2.sin())).cos();
        s1 -= f64::sin(f64::cbrt(1.5f64 + x1.tanh()).hypot(1.0).sqrt());
    }
    let mut m11: f64 = (1.0 + ((x0 + Float::powi(x2, 1)) * (x0 + x2.powi(1)))).ln();
    for i12 in 1..4 {
        let a13 = x0;
        s1 = (0.5 * s1) + f64::cosh(m11.sin()).cos();
        if i12 != 1 {
            continue;
        }
        let (u14, w15) = (
            m11.hypot(1.0_f64).recip(),
            f64::atan(s1).exp_m1().sin().exp_m1(),
        );
        m11 = (0.5 * m11) + ((x2 * std::f64::consts::E).tanh());
    }
    let a16 = std::f64::consts::E;
    Float::tanh(0.001 * ((((x1 * x2) + s1) + m11) + a16))
}

fn p145_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 1..4 {
        if ((s1.sin() * ((k::<D>(2.0)) + ((k::<D>(0.0)).sin())).ln()).exp()).re()
            <= (k::<D>(0.14)).re()
        {
            s1 -= ((-x1) / ((k::<D>(1.0)) + (s1.atan() * s1.atan()))).tanh();
        } else {
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((x0 / ((k::<D>(1.0)) + ((k::<D>(V[i2])) * (k::<D>(V[i2])))))
                        * (x0 / ((k::<D>(1.0)) + ((k::<D>(V[i2])) * (k::<D>(V[i2])))))
                        + ((k::<D>(0.5))
                            + ((((k::<D>(1.5)) + s1.tanh()).sqrt())
                                * (((k::<D>(1.5)) + s1.tanh()).sqrt())))
                            * ((k::<D>(0.5))
                                + ((((k::<D>(1.5)) + s1.tanh()).sqrt())
                                    * (((k::<D>(1.5)) + s1.tanh()).sqrt()))))
                    .sqrt())
                    .sin()));
        }
        let mut m3: D = x1
            / ((k::<D>(1.0))
                + (((p94_d((k::<D>(V[i2])).cos(), x0, (k::<D>(-1.585)).atan())
                    - (((k::<D>(1.1))
                        + (((k::<D>(1.5)) + x2.tanh()) * ((k::<D>(1.5)) + x2.tanh())))
                    .acosh()))
                .tanh())
                    * ((p94_d((k::<D>(V[i2])).cos(), x0, (k::<D>(-1.585)).atan())
                        - (((k::<D>(1.1))
                            + (((k::<D>(1.5)) + x2.tanh()) * ((k::<D>(1.5)) + x2.tanh())))
                        .acosh()))
                    .tanh())));
        if i2 == 2 {
            continue;
        }
        s1 -= x2.tanh();
    }
    for i4 in 0..=2 {
        for i5 in 2..3 {
            s1 += (((k::<D>(i4 as f64)).cos()).sinh()).atan();
            s1 = ((k::<D>(0.5)) * s1) + dmin(k::<D>(W[i4]), k::<D>(0.607)).tanh();
            s1 -= dmax(x2, ((k::<D>(2.0)) + x0.sin()).recip()).sin();
            s1 = (((k::<D>(0.7)) * s1)
                + (((k::<D>(0.5))
                    + (((((k::<D>(i4 as f64)) * s1.tanh() + (k::<D>(-1.9))).tanh()).cosh())
                        * ((((k::<D>(i4 as f64)) * s1.tanh() + (k::<D>(-1.9))).tanh()).cosh())))
                .ln_1p()))
            .cos();
        }
        let mut s6 = k::<D>(0.5);
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            let a8 = k::<D>(-1.05);
            let a9 = s1;
            s6 = (((k::<D>(0.7)) * s6) + (-(k::<D>(-0.73)))).cos();
            s1 -= (s6 / ((k::<D>(-0.6)).cosh())).tanh();
        }
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 + x0).sin()));
        s1 -= ((((k::<D>(1.0)) + ((k::<D>(i4 as f64)) * (k::<D>(i4 as f64)))).sqrt())
            - ((((k::<D>(i4 as f64)).atan()) * ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh())).ln())
                .exp()))
        .sin();
    }
    let mut i10 = 0;
    while i10 < 4 {
        i10 += 1;
        s1 += ((x1 * x1) / ((k::<D>(2.0)) + x2.sin())).cos();
        s1 -= ((((((k::<D>(1.5)) + x1.tanh()).cbrt()) * (((k::<D>(1.5)) + x1.tanh()).cbrt())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .sqrt())
        .sin();
    }
    let mut m11: D = ((k::<D>(1.0)) + ((x0 + x2.powi(1)) * (x0 + x2.powi(1)))).ln();
    for i12 in 1..4 {
        let a13 = x0;
        s1 = ((k::<D>(0.5)) * s1) + m11.sin().cosh().cos();
        if i12 != 1 {
            continue;
        }
        let (u14, w15) = (
            ((m11 * m11 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip(),
            s1.atan().exp_m1().sin().exp_m1(),
        );
        m11 = ((k::<D>(0.5)) * m11) + ((x2 * (k::<D>(std::f64::consts::E))).tanh());
    }
    let a16 = k::<D>(std::f64::consts::E);
    ((k::<D>(0.001)) * ((((x1 * x2) + s1) + m11) + a16)).tanh()
}

#[differentiable]
fn p146<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let mut s1 = T::one();
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut s3 = c::<T>(0.5);
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            let a5 = (if i4 == 0 {
                T::from(-1.5).unwrap()
            } else {
                p142(x1, (c::<T>(i4 as f64)).sin())
            }) - T::cosh(x1)
                .hypot((c::<T>(0.5)) + ((x0.floor() * x2) * (T::floor(x0) * x2)));
            s1 *= T::one() + (T::from(0.3).unwrap() * Float::cosh(Float::sin(s3)).powi(-1).sin());
        }
        for i6 in (i2 + 1)..7 {
            let mut m7: T = (s1 / Float::exp(x1))
                / ((c::<T>(1.5)) + Float::tanh(if i2 != 1 { Float::recip(x2.exp()) } else { x1 }));
            let mut m8 = ((x0 * x0) - T::atan2(m7, T::from(0.5).unwrap() + (s3 * s3))) - x2;
            let mut m9 = -(c::<T>(i2 as f64));
            if i2 < 2 {
                break;
            }
            m9 += s3.sin().exp().powf((-(c::<T>(V[i2]))).cos()).cos();
            s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((c::<T>(i6 as f64)).sin()));
        }
        s1 = ((c::<T>(0.5)) * s1) + ((c::<T>(BETA)).sin());
    }
    s1 = ((c::<T>(0.5)) * s1)
        + (((c::<T>(1.1)) + (((c::<T>(1.5)) + ((-x2).tanh())) * ((c::<T>(1.5)) + ((-x2).tanh()))))
            .acosh());
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let (u11, w12) = (
            x2,
            (((c::<T>(1.0))
                + (x0.clamp(c::<T>(-1.06), T::from(0.4).unwrap())
                    * T::clamp(x0, T::from(-1.06).unwrap(), T::from(0.4).unwrap())))
            .recip())
                * (Float::log2((c::<T>(2.0)) + s1.sin()) - x2),
        );
        if i10 != 0 {
            break;
        }
        for i13 in (i10 + 1)..4 {
            let mut m14 = (c::<T>(std::f64::consts::E)).cos();
            m14 += T::sin(w12).atan();
            s1 *= (c::<T>(1.0))
                + (T::from(0.3).unwrap()
                    * ((w12 + (((c::<T>(W[i10])).exp()).powf((c::<T>(V[i13])).tanh()))).sin()));
        }
        let w12 = p66(
            (x2 + x1).atan(),
            Float::cos(
                (T::one() + ((Float::sin(w12) * T::sin(s1)) * (w12.sin() * T::sin(s1)))).sqrt(),
            ),
            T::sin(T::log2((c::<T>(ALPHA)).hypot(T::one())) - x2),
        );
        s1 /= T::one() + ((Float::tanh(s1) * w12) * (s1.tanh() * w12));
        s1 *= T::one() + ((c::<T>(0.3)) * ((x0 * u11).sin()));
    }
    T::tanh((c::<T>(0.001)) * (((x0 + x1) + x2) * s1))
}

fn p146_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut s3 = k::<D>(0.5);
        let mut i4 = 0;
        while i4 < 4 {
            i4 += 1;
            let a5 = (if i4 == 0 {
                k::<D>(-1.5)
            } else {
                p142_d(x1, (k::<D>(i4 as f64)).sin())
            }) - ((x1.cosh() * x1.cosh()
                + ((k::<D>(0.5))
                    + (((k::<D>(x0.re().floor())) * x2) * ((k::<D>(x0.re().floor())) * x2)))
                    * ((k::<D>(0.5))
                        + (((k::<D>(x0.re().floor())) * x2) * ((k::<D>(x0.re().floor())) * x2))))
                .sqrt());
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s3.sin().cosh().powi(-1).sin());
        }
        for i6 in (i2 + 1)..7 {
            let mut m7: D = (s1 / x1.exp())
                / ((k::<D>(1.5)) + ((if i2 != 1 { x2.exp().recip() } else { x1 }).tanh()));
            let mut m8 = ((x0 * x0) - datan2(m7, (k::<D>(0.5)) + (s3 * s3))) - x2;
            let mut m9 = -(k::<D>(i2 as f64));
            if i2 < 2 {
                break;
            }
            m9 += ((((-(k::<D>(V[i2]))).cos()) * s3.sin().exp().ln()).exp()).cos();
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(i6 as f64)).sin()));
        }
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(BETA)).sin());
    }
    s1 = ((k::<D>(0.5)) * s1)
        + (((k::<D>(1.1)) + (((k::<D>(1.5)) + ((-x2).tanh())) * ((k::<D>(1.5)) + ((-x2).tanh()))))
            .acosh());
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let (u11, w12) = (
            x2,
            (((k::<D>(1.0))
                + (dclamp(x0, k::<D>(-1.06), k::<D>(0.4))
                    * dclamp(x0, k::<D>(-1.06), k::<D>(0.4))))
            .recip())
                * ((((k::<D>(2.0)) + s1.sin()).log2()) - x2),
        );
        if i10 != 0 {
            break;
        }
        for i13 in (i10 + 1)..4 {
            let mut m14 = (k::<D>(std::f64::consts::E)).cos();
            m14 += w12.sin().atan();
            s1 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((w12
                        + ((((k::<D>(V[i13])).tanh()) * ((k::<D>(W[i10])).exp()).ln()).exp()))
                    .sin()));
        }
        let w12 = p66_d(
            (x2 + x1).atan(),
            (((k::<D>(1.0)) + ((w12.sin() * s1.sin()) * (w12.sin() * s1.sin()))).sqrt()).cos(),
            (((((k::<D>(ALPHA)) * (k::<D>(ALPHA)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log2())
                - x2)
                .sin(),
        );
        s1 /= (k::<D>(1.0)) + ((s1.tanh() * w12) * (s1.tanh() * w12));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x0 * u11).sin()));
    }
    ((k::<D>(0.001)) * (((x0 + x1) + x2) * s1)).tanh()
}

#[differentiable]
fn p147<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = (T::abs(x1), (c::<T>(-0.1)) + x0);
    let a3 = if !(Float::ln_1p(
        T::from(0.5).unwrap()
            + ((T::from(2.0).unwrap() + ((c::<T>(-0.608)).sin()))
                * ((c::<T>(2.0)) + ((c::<T>(-0.608)).sin()))),
    ) <= u1 - x0)
    {
        Float::tanh(u1)
    } else {
        x0
    };
    let (u4, w5) = (
        p75(u1, x1, w2.atan()) - (a3.atan() + ((c::<T>(0.33)) + x0)),
        u1 / (T::one() + (w2 * w2)),
    );
    let mut m6 = u1.exp2();
    (((w2 * a3) + u4) + w5) + m6
}

fn p147_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x1.abs(), (k::<D>(-0.1)) + x0);
    let a3 = if !((((k::<D>(0.5))
        + (((k::<D>(2.0)) + ((k::<D>(-0.608)).sin()))
            * ((k::<D>(2.0)) + ((k::<D>(-0.608)).sin()))))
    .ln_1p())
    .re()
        <= (u1 - x0).re())
    {
        u1.tanh()
    } else {
        x0
    };
    let (u4, w5) = (
        p75_d(u1, x1, w2.atan()) - (a3.atan() + ((k::<D>(0.33)) + x0)),
        u1 / ((k::<D>(1.0)) + (w2 * w2)),
    );
    let mut m6 = u1.exp2();
    (((w2 * a3) + u4) + w5) + m6
}

#[differentiable]
fn p148(x: [f64; 5]) -> f64 {
    let a1 = std::f64::consts::E.asinh();
    let (u2, w3) = (-a1, a1.clamp(-0.01, 0.95_f64));
    let mut s4 = 0.0;
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        s4 -= w3.atan();
        let (u6, w7) = (
            ((-(s4.trunc() * u2)).signum()) * ((x[2].tanh() - x[4]).atan()),
            p82(
                (if i5 < 0 { x[2] } else { s4.atan() }).sin(),
                ((1.1_f64 + (x[2].cosh().cos().cosh() * Float::cosh(f64::cos(x[2].cosh()))))
                    .acosh())
                .cos(),
            ),
        );
        s4 *= 1.0 + (0.3_f64 * p110(a1.tanh(), s4.cos()).sin());
        if i5 % 2 == 1 {
            break;
        }
    }
    let a1 = f64::exp_m1(u2);
    for i8 in 0..x.len() {
        let a9 = (((2.0 + x[i8].sin()).log10()).powi(2))
            + w3.exp().cos().mul_add(
                (f64::ceil(w3) * x[i8]).atan(),
                w3 / (2.0_f64 + Float::sin(a1)),
            );
        s4 -= f64::atan(Float::sinh((a1 - s4).atan()))
            .mul_add(
                (if x[i8].sin() < -0.62 {
                    s4 + core::f64::consts::PI
                } else {
                    Float::mul_add((i8 as f64).cos(), s4.sin(), (i8 as f64))
                })
                .sin(),
                if Float::cosh(x[i8]).recip() < a1.tanh().sinh() {
                    x[i8] / (1.0 + (x[i8] * x[i8]))
                } else {
                    s4
                },
            )
            .cos();
        s4 = (0.5 * s4) + ((s4 - a1).cos());
    }
    (((u2 - w3) + s4) + a1) + x[2]
}

fn p148_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(std::f64::consts::E)).asinh();
    let (u2, w3) = (-a1, dclamp(a1, k::<D>(-0.01), k::<D>(0.95)));
    let mut s4 = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        s4 -= w3.atan();
        let (u6, w7) = (
            (k::<D>((-((k::<D>(s4.re().trunc())) * u2)).re().signum()))
                * ((x[2].tanh() - x[4]).atan()),
            p82_d(
                (if i5 < 0 { x[2] } else { s4.atan() }).sin(),
                (((k::<D>(1.1)) + (x[2].cosh().cos().cosh() * x[2].cosh().cos().cosh())).acosh())
                    .cos(),
            ),
        );
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * p110_d(a1.tanh(), s4.cos()).sin());
        if i5 % 2 == 1 {
            break;
        }
    }
    let a1 = u2.exp_m1();
    for i8 in 0..x.len() {
        let a9 = ((((k::<D>(2.0)) + x[i8].sin()).log10()).powi(2))
            + (w3.exp().cos() * (((k::<D>(w3.re().ceil())) * x[i8]).atan())
                + (w3 / ((k::<D>(2.0)) + a1.sin())));
        s4 -= (((((a1 - s4).atan()).sinh()).atan())
            * ((if x[i8].sin().re() < (k::<D>(-0.62)).re() {
                s4 + (k::<D>(core::f64::consts::PI))
            } else {
                (((k::<D>(i8 as f64)).cos()) * s4.sin() + (k::<D>(i8 as f64)))
            })
            .sin())
            + (if x[i8].cosh().recip().re() < a1.tanh().sinh().re() {
                x[i8] / ((k::<D>(1.0)) + (x[i8] * x[i8]))
            } else {
                s4
            }))
        .cos();
        s4 = ((k::<D>(0.5)) * s4) + ((s4 - a1).cos());
    }
    (((u2 - w3) + s4) + a1) + x[2]
}

#[differentiable]
fn p149(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = (
        (1.5 + ((y + x[5]).tanh())).powf(((-0.812) + y).sin()),
        f64::mul_add(
            (y - core::f64::consts::PI).sin(),
            Float::tanh(x[1].mul_add(x[3], y)),
            x[3],
        ),
    );
    let (u3, w4) = (
        y,
        f64::tan(1.03.tanh().sin())
            - ((((1.5f64 + ((-1.143_f64).tanh())).log(Float::exp(0.5 + (0.4 * Float::sin(y)))))
                .tanh())
                * (((1.0 + (w2 * w2)).log2()).atan())),
    );
    let (u5, w6) = ((((u1 * ALPHA).atan()).cosh()).sqrt(), x[4].sin().tan() * w2);
    let mut s7: f64 = 0.0;
    for i8 in 1..3 {
        let mut m9: f64 = Float::atan2((i8 as f64), -(0.5 + (y * y))).atan();
        let a10 = Float::mul_add((u3 - u5).tanh(), m9, s7.tanh())
            .min(f64::exp2(m9) * ((-1.8_f64).clamp(-0.26, 0.5)));
        m9 = (0.5 * m9) + Float::acos(0.9 * V[i8].tanh()).atan();
    }
    ((((u3 + w4) + u5) + w6) + s7) + x[3]
}

fn p149_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        ((((k::<D>(-0.812)) + y).sin()) * ((k::<D>(1.5)) + ((y + x[5]).tanh())).ln()).exp(),
        (((y - (k::<D>(core::f64::consts::PI))).sin()) * ((x[1] * x[3] + y).tanh()) + x[3]),
    );
    let (u3, w4) = (
        y,
        ((((k::<D>(1.03)).tanh()).sin()).tan())
            - (((((k::<D>(1.5)) + ((k::<D>(-1.143)).tanh())).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * y.sin())).exp()).ln())
            .tanh())
                * ((((k::<D>(1.0)) + (w2 * w2)).log2()).atan())),
    );
    let (u5, w6) = (
        (((u1 * (k::<D>(ALPHA))).atan()).cosh()).sqrt(),
        x[4].sin().tan() * w2,
    );
    let mut s7: D = k::<D>(0.0);
    for i8 in 1..3 {
        let mut m9: D = datan2(k::<D>(i8 as f64), -((k::<D>(0.5)) + (y * y))).atan();
        let a10 = dmin(
            (((u3 - u5).tanh()) * m9 + s7.tanh()),
            m9.exp2() * dclamp(k::<D>(-1.8), k::<D>(-0.26), k::<D>(0.5)),
        );
        m9 = ((k::<D>(0.5)) * m9) + ((((k::<D>(0.9)) * ((k::<D>(V[i8])).tanh())).acos()).atan());
    }
    ((((u3 + w4) + u5) + w6) + s7) + x[3]
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
fn test_p2() {
    check(&Case {
        name: "p2",
        n: 2,
        f: |x| p2(x[0], x[1]),
        jvp: |x, v| p2_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p2_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p2_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p2_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p2_d(x[0], x[1]),
        hyper: |x| p2_d(x[0], x[1]),
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
        n: 5,
        f: |x| p5(x),
        jvp: |x, v| p5_jvp(x, v),
        vjp: |x, s, bar| p5_vjp(x, bar, s),
        grad: |x, g| p5_grad(x, g),
        hvp: |x, v, hv| p5_hvp(x, v, hv),
        dual: |x| p5_d(x),
        hyper: |x| p5_d(x),
    });
}

#[test]
fn test_p6() {
    check(&Case {
        name: "p6",
        n: 4,
        f: |x| p6(&x[..3], x[3], 3),
        jvp: |x, v| p6_jvp(&x[..3], &v[..3], x[3], v[3], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p6_vjp(&x[..3], bx, x[3], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p6_grad(&x[..3], gx, x[3], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p6_hvp(&x[..3], &v[..3], hx, x[3], v[3], 3);
            hy[0] = a;
            y
        },
        dual: |x| p6_d(&x[..3], x[3], 3),
        hyper: |x| p6_d(&x[..3], x[3], 3),
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
        n: 2,
        f: |x| p10(x[0], x[1]),
        jvp: |x, v| p10_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p10_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p10_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p10_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p10_d(x[0], x[1]),
        hyper: |x| p10_d(x[0], x[1]),
    });
}

#[test]
fn test_p11() {
    check(&Case {
        name: "p11",
        n: 3,
        f: |x| p11(x[0], x[1], x[2]),
        jvp: |x, v| p11_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p11_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p11_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p11_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p11_d(x[0], x[1], x[2]),
        hyper: |x| p11_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p12() {
    check(&Case {
        name: "p12",
        n: 4,
        f: |x| p12(&x[..3], x[3]),
        jvp: |x, v| p12_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p12_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p12_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p12_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p12_d(&x[..3], x[3]),
        hyper: |x| p12_d(&x[..3], x[3]),
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
        n: 5,
        f: |x| p14(arr(x)),
        jvp: |x, v| p14_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p14_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p14_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p14_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p14_d(&x[..5]),
        hyper: |x| p14_d(&x[..5]),
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
        n: 7,
        f: |x| p17(&x[..6], x[6]),
        jvp: |x, v| p17_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p17_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p17_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p17_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p17_d(&x[..6], x[6]),
        hyper: |x| p17_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p18() {
    check(&Case {
        name: "p18",
        n: 6,
        f: |x| p18(x, 3),
        jvp: |x, v| p18_jvp(x, v, 3),
        vjp: |x, s, bar| p18_vjp(x, bar, 3, s),
        grad: |x, g| p18_grad(x, g, 3),
        hvp: |x, v, hv| p18_hvp(x, v, hv, 3),
        dual: |x| p18_d(x, 3),
        hyper: |x| p18_d(x, 3),
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
        n: 3,
        f: |x| p20(x[0], x[1], x[2], 3),
        jvp: |x, v| p20_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p20_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p20_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p20_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p20_d(x[0], x[1], x[2], 3),
        hyper: |x| p20_d(x[0], x[1], x[2], 3),
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
        n: 3,
        f: |x| p24(arr(x)),
        jvp: |x, v| p24_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p24_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p24_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p24_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p24_d(&x[..3]),
        hyper: |x| p24_d(&x[..3]),
    });
}

#[test]
fn test_p25() {
    check(&Case {
        name: "p25",
        n: 5,
        f: |x| p25(arr(x), x[4]),
        jvp: |x, v| p25_jvp(arr(x), arr(v), x[4], v[4]),
        vjp: |x, s, bar| {
            let (y, a, b) = p25_vjp(arr(x), x[4], s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            bar[4] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p25_grad(arr(x), x[4]);
            g[..4].copy_from_slice(&a);
            g[4] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p25_hvp(arr(x), arr(v), x[4], v[4]);
            hv[..4].copy_from_slice(&a);
            hv[4] = b;
            y
        },
        dual: |x| p25_d(&x[..4], x[4]),
        hyper: |x| p25_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p26() {
    check(&Case {
        name: "p26",
        n: 3,
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
        n: 4,
        f: |x| p28(arr(x)),
        jvp: |x, v| p28_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p28_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p28_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p28_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p28_d(&x[..4]),
        hyper: |x| p28_d(&x[..4]),
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
        n: 3,
        f: |x| p30(x[0], x[1], x[2]),
        jvp: |x, v| p30_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p30_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p30_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p30_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p30_d(x[0], x[1], x[2]),
        hyper: |x| p30_d(x[0], x[1], x[2]),
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
        n: 4,
        f: |x| p32(&x[..3], x[3]),
        jvp: |x, v| p32_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p32_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p32_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p32_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p32_d(&x[..3], x[3]),
        hyper: |x| p32_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p33() {
    check(&Case {
        name: "p33",
        n: 6,
        f: |x| p33(&x[..5], x[5], 3),
        jvp: |x, v| p33_jvp(&x[..5], &v[..5], x[5], v[5], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p33_vjp(&x[..5], bx, x[5], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p33_grad(&x[..5], gx, x[5], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p33_hvp(&x[..5], &v[..5], hx, x[5], v[5], 3);
            hy[0] = a;
            y
        },
        dual: |x| p33_d(&x[..5], x[5], 3),
        hyper: |x| p33_d(&x[..5], x[5], 3),
    });
}

#[test]
fn test_p34() {
    check(&Case {
        name: "p34",
        n: 6,
        f: |x| p34(&x[..5], x[5], 3),
        jvp: |x, v| p34_jvp(&x[..5], &v[..5], x[5], v[5], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p34_vjp(&x[..5], bx, x[5], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p34_grad(&x[..5], gx, x[5], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p34_hvp(&x[..5], &v[..5], hx, x[5], v[5], 3);
            hy[0] = a;
            y
        },
        dual: |x| p34_d(&x[..5], x[5], 3),
        hyper: |x| p34_d(&x[..5], x[5], 3),
    });
}

#[test]
fn test_p35() {
    check(&Case {
        name: "p35",
        n: 7,
        f: |x| p35(arr(x), x[6]),
        jvp: |x, v| p35_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p35_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p35_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p35_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p35_d(&x[..6], x[6]),
        hyper: |x| p35_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p36() {
    check(&Case {
        name: "p36",
        n: 2,
        f: |x| p36(x[0], x[1]),
        jvp: |x, v| p36_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p36_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p36_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p36_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p36_d(x[0], x[1]),
        hyper: |x| p36_d(x[0], x[1]),
    });
}

#[test]
fn test_p37() {
    check(&Case {
        name: "p37",
        n: 5,
        f: |x| p37(x),
        jvp: |x, v| p37_jvp(x, v),
        vjp: |x, s, bar| p37_vjp(x, bar, s),
        grad: |x, g| p37_grad(x, g),
        hvp: |x, v, hv| p37_hvp(x, v, hv),
        dual: |x| p37_d(x),
        hyper: |x| p37_d(x),
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
        f: |x| p41(x[0], x[1], x[2]),
        jvp: |x, v| p41_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p41_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p41_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p41_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p41_d(x[0], x[1], x[2]),
        hyper: |x| p41_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p42() {
    check(&Case {
        name: "p42",
        n: 4,
        f: |x| p42(&x[..3], x[3]),
        jvp: |x, v| p42_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p42_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p42_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p42_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p42_d(&x[..3], x[3]),
        hyper: |x| p42_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p43() {
    check(&Case {
        name: "p43",
        n: 4,
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
        n: 4,
        f: |x| p45(&x[..3], x[3]),
        jvp: |x, v| p45_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p45_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p45_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p45_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p45_d(&x[..3], x[3]),
        hyper: |x| p45_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p46() {
    check(&Case {
        name: "p46",
        n: 3,
        f: |x| p46(x[0], x[1], x[2]),
        jvp: |x, v| p46_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p46_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p46_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p46_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p46_d(x[0], x[1], x[2]),
        hyper: |x| p46_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p47() {
    check(&Case {
        name: "p47",
        n: 2,
        f: |x| p47(x[0], x[1]),
        jvp: |x, v| p47_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p47_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p47_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p47_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p47_d(x[0], x[1]),
        hyper: |x| p47_d(x[0], x[1]),
    });
}

#[test]
fn test_p48() {
    check(&Case {
        name: "p48",
        n: 2,
        f: |x| p48(x[0], x[1]),
        jvp: |x, v| p48_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p48_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p48_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p48_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p48_d(x[0], x[1]),
        hyper: |x| p48_d(x[0], x[1]),
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
        n: 2,
        f: |x| p50(x[0], x[1]),
        jvp: |x, v| p50_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p50_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p50_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p50_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p50_d(x[0], x[1]),
        hyper: |x| p50_d(x[0], x[1]),
    });
}

#[test]
fn test_p51() {
    check(&Case {
        name: "p51",
        n: 4,
        f: |x| p51(&x[..3], x[3], 3),
        jvp: |x, v| p51_jvp(&x[..3], &v[..3], x[3], v[3], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p51_vjp(&x[..3], bx, x[3], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p51_grad(&x[..3], gx, x[3], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p51_hvp(&x[..3], &v[..3], hx, x[3], v[3], 3);
            hy[0] = a;
            y
        },
        dual: |x| p51_d(&x[..3], x[3], 3),
        hyper: |x| p51_d(&x[..3], x[3], 3),
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
        n: 3,
        f: |x| p54(x[0], x[1], x[2], 3),
        jvp: |x, v| p54_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p54_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p54_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p54_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p54_d(x[0], x[1], x[2], 3),
        hyper: |x| p54_d(x[0], x[1], x[2], 3),
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
        n: 4,
        f: |x| p56(x),
        jvp: |x, v| p56_jvp(x, v),
        vjp: |x, s, bar| p56_vjp(x, bar, s),
        grad: |x, g| p56_grad(x, g),
        hvp: |x, v, hv| p56_hvp(x, v, hv),
        dual: |x| p56_d(x),
        hyper: |x| p56_d(x),
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
        n: 2,
        f: |x| p59(x[0], x[1]),
        jvp: |x, v| p59_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p59_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p59_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p59_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p59_d(x[0], x[1]),
        hyper: |x| p59_d(x[0], x[1]),
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
        n: 6,
        f: |x| p61(arr(x)),
        jvp: |x, v| p61_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p61_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p61_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p61_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p61_d(&x[..6]),
        hyper: |x| p61_d(&x[..6]),
    });
}

#[test]
fn test_p62() {
    check(&Case {
        name: "p62",
        n: 4,
        f: |x| p62(x, 3),
        jvp: |x, v| p62_jvp(x, v, 3),
        vjp: |x, s, bar| p62_vjp(x, bar, 3, s),
        grad: |x, g| p62_grad(x, g, 3),
        hvp: |x, v, hv| p62_hvp(x, v, hv, 3),
        dual: |x| p62_d(x, 3),
        hyper: |x| p62_d(x, 3),
    });
}

#[test]
fn test_p63() {
    check(&Case {
        name: "p63",
        n: 5,
        f: |x| p63(x),
        jvp: |x, v| p63_jvp(x, v),
        vjp: |x, s, bar| p63_vjp(x, bar, s),
        grad: |x, g| p63_grad(x, g),
        hvp: |x, v, hv| p63_hvp(x, v, hv),
        dual: |x| p63_d(x),
        hyper: |x| p63_d(x),
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
        n: 7,
        f: |x| p65(arr(x), x[6]),
        jvp: |x, v| p65_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p65_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p65_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p65_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p65_d(&x[..6], x[6]),
        hyper: |x| p65_d(&x[..6], x[6]),
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
        n: 5,
        f: |x| p69(&x[..4], x[4]),
        jvp: |x, v| p69_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p69_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p69_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p69_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p69_d(&x[..4], x[4]),
        hyper: |x| p69_d(&x[..4], x[4]),
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
        n: 5,
        f: |x| p71(&x[..4], x[4], 3),
        jvp: |x, v| p71_jvp(&x[..4], &v[..4], x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p71_vjp(&x[..4], bx, x[4], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p71_grad(&x[..4], gx, x[4], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p71_hvp(&x[..4], &v[..4], hx, x[4], v[4], 3);
            hy[0] = a;
            y
        },
        dual: |x| p71_d(&x[..4], x[4], 3),
        hyper: |x| p71_d(&x[..4], x[4], 3),
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
        n: 3,
        f: |x| p75(x[0], x[1], x[2]),
        jvp: |x, v| p75_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p75_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p75_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p75_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p75_d(x[0], x[1], x[2]),
        hyper: |x| p75_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p76() {
    check(&Case {
        name: "p76",
        n: 2,
        f: |x| p76(x[0], x[1], 3),
        jvp: |x, v| p76_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p76_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p76_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p76_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p76_d(x[0], x[1], 3),
        hyper: |x| p76_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p77() {
    check(&Case {
        name: "p77",
        n: 3,
        f: |x| p77(arr(x)),
        jvp: |x, v| p77_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p77_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p77_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p77_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p77_d(&x[..3]),
        hyper: |x| p77_d(&x[..3]),
    });
}

#[test]
fn test_p78() {
    check(&Case {
        name: "p78",
        n: 3,
        f: |x| p78(x[0], x[1], x[2]),
        jvp: |x, v| p78_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p78_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p78_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p78_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p78_d(x[0], x[1], x[2]),
        hyper: |x| p78_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p79() {
    check(&Case {
        name: "p79",
        n: 6,
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
        f: |x| p80(arr(x)),
        jvp: |x, v| p80_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p80_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p80_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p80_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p80_d(&x[..3]),
        hyper: |x| p80_d(&x[..3]),
    });
}

#[test]
fn test_p81() {
    check(&Case {
        name: "p81",
        n: 4,
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
        n: 2,
        f: |x| p82(x[0], x[1]),
        jvp: |x, v| p82_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p82_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p82_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p82_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p82_d(x[0], x[1]),
        hyper: |x| p82_d(x[0], x[1]),
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
        n: 5,
        f: |x| p86(arr(x)),
        jvp: |x, v| p86_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p86_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p86_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p86_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p86_d(&x[..5]),
        hyper: |x| p86_d(&x[..5]),
    });
}

#[test]
fn test_p87() {
    check(&Case {
        name: "p87",
        n: 2,
        f: |x| p87(x[0], x[1]),
        jvp: |x, v| p87_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p87_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p87_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p87_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p87_d(x[0], x[1]),
        hyper: |x| p87_d(x[0], x[1]),
    });
}

#[test]
fn test_p88() {
    check(&Case {
        name: "p88",
        n: 5,
        f: |x| p88(&x[..4], x[4]),
        jvp: |x, v| p88_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p88_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p88_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p88_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p88_d(&x[..4], x[4]),
        hyper: |x| p88_d(&x[..4], x[4]),
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
fn test_p93() {
    check(&Case {
        name: "p93",
        n: 3,
        f: |x| p93(x[0], x[1], x[2], 3),
        jvp: |x, v| p93_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p93_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p93_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p93_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p93_d(x[0], x[1], x[2], 3),
        hyper: |x| p93_d(x[0], x[1], x[2], 3),
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
        n: 2,
        f: |x| p95(x[0], x[1]),
        jvp: |x, v| p95_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p95_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p95_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p95_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p95_d(x[0], x[1]),
        hyper: |x| p95_d(x[0], x[1]),
    });
}

#[test]
fn test_p96() {
    check(&Case {
        name: "p96",
        n: 4,
        f: |x| p96(arr(x)),
        jvp: |x, v| p96_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p96_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p96_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p96_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p96_d(&x[..4]),
        hyper: |x| p96_d(&x[..4]),
    });
}

#[test]
fn test_p97() {
    check(&Case {
        name: "p97",
        n: 6,
        f: |x| p97(x),
        jvp: |x, v| p97_jvp(x, v),
        vjp: |x, s, bar| p97_vjp(x, bar, s),
        grad: |x, g| p97_grad(x, g),
        hvp: |x, v, hv| p97_hvp(x, v, hv),
        dual: |x| p97_d(x),
        hyper: |x| p97_d(x),
    });
}

#[test]
fn test_p98() {
    check(&Case {
        name: "p98",
        n: 5,
        f: |x| p98(&x[..4], x[4]),
        jvp: |x, v| p98_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p98_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p98_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p98_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p98_d(&x[..4], x[4]),
        hyper: |x| p98_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p99() {
    check(&Case {
        name: "p99",
        n: 6,
        f: |x| p99(arr(x)),
        jvp: |x, v| p99_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p99_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p99_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p99_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p99_d(&x[..6]),
        hyper: |x| p99_d(&x[..6]),
    });
}

#[test]
fn test_p100() {
    check(&Case {
        name: "p100",
        n: 7,
        f: |x| p100(&x[..6], x[6]),
        jvp: |x, v| p100_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p100_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p100_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p100_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p100_d(&x[..6], x[6]),
        hyper: |x| p100_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p101() {
    check(&Case {
        name: "p101",
        n: 6,
        f: |x| p101(x),
        jvp: |x, v| p101_jvp(x, v),
        vjp: |x, s, bar| p101_vjp(x, bar, s),
        grad: |x, g| p101_grad(x, g),
        hvp: |x, v, hv| p101_hvp(x, v, hv),
        dual: |x| p101_d(x),
        hyper: |x| p101_d(x),
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
        n: 5,
        f: |x| p103(arr(x)),
        jvp: |x, v| p103_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p103_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p103_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p103_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p103_d(&x[..5]),
        hyper: |x| p103_d(&x[..5]),
    });
}

#[test]
fn test_p104() {
    check(&Case {
        name: "p104",
        n: 3,
        f: |x| p104(x[0], x[1], x[2], 3),
        jvp: |x, v| p104_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p104_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p104_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p104_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p104_d(x[0], x[1], x[2], 3),
        hyper: |x| p104_d(x[0], x[1], x[2], 3),
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
        n: 4,
        f: |x| p106(arr(x), x[3]),
        jvp: |x, v| p106_jvp(arr(x), arr(v), x[3], v[3]),
        vjp: |x, s, bar| {
            let (y, a, b) = p106_vjp(arr(x), x[3], s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            bar[3] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p106_grad(arr(x), x[3]);
            g[..3].copy_from_slice(&a);
            g[3] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p106_hvp(arr(x), arr(v), x[3], v[3]);
            hv[..3].copy_from_slice(&a);
            hv[3] = b;
            y
        },
        dual: |x| p106_d(&x[..3], x[3]),
        hyper: |x| p106_d(&x[..3], x[3]),
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
        n: 6,
        f: |x| p111(&x[..5], x[5]),
        jvp: |x, v| p111_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p111_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p111_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p111_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p111_d(&x[..5], x[5]),
        hyper: |x| p111_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p112() {
    check(&Case {
        name: "p112",
        n: 2,
        f: |x| p112(x[0], x[1], 3),
        jvp: |x, v| p112_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p112_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p112_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p112_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p112_d(x[0], x[1], 3),
        hyper: |x| p112_d(x[0], x[1], 3),
    });
}

#[test]
fn test_p113() {
    check(&Case {
        name: "p113",
        n: 2,
        f: |x| p113(x[0], x[1]),
        jvp: |x, v| p113_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p113_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p113_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p113_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p113_d(x[0], x[1]),
        hyper: |x| p113_d(x[0], x[1]),
    });
}

#[test]
fn test_p114() {
    check(&Case {
        name: "p114",
        n: 5,
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
        n: 3,
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
        n: 6,
        f: |x| p116(x),
        jvp: |x, v| p116_jvp(x, v),
        vjp: |x, s, bar| p116_vjp(x, bar, s),
        grad: |x, g| p116_grad(x, g),
        hvp: |x, v, hv| p116_hvp(x, v, hv),
        dual: |x| p116_d(x),
        hyper: |x| p116_d(x),
    });
}

#[test]
fn test_p117() {
    check(&Case {
        name: "p117",
        n: 3,
        f: |x| p117(x[0], x[1], x[2]),
        jvp: |x, v| p117_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p117_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p117_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p117_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p117_d(x[0], x[1], x[2]),
        hyper: |x| p117_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p118() {
    check(&Case {
        name: "p118",
        n: 2,
        f: |x| p118(x[0], x[1]),
        jvp: |x, v| p118_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p118_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p118_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p118_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p118_d(x[0], x[1]),
        hyper: |x| p118_d(x[0], x[1]),
    });
}

#[test]
fn test_p119() {
    check(&Case {
        name: "p119",
        n: 2,
        f: |x| p119(x[0], x[1]),
        jvp: |x, v| p119_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p119_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p119_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p119_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p119_d(x[0], x[1]),
        hyper: |x| p119_d(x[0], x[1]),
    });
}

#[test]
fn test_p120() {
    check(&Case {
        name: "p120",
        n: 6,
        f: |x| p120(arr(x)),
        jvp: |x, v| p120_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p120_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p120_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p120_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p120_d(&x[..6]),
        hyper: |x| p120_d(&x[..6]),
    });
}

#[test]
fn test_p121() {
    check(&Case {
        name: "p121",
        n: 4,
        f: |x| p121(x, 3),
        jvp: |x, v| p121_jvp(x, v, 3),
        vjp: |x, s, bar| p121_vjp(x, bar, 3, s),
        grad: |x, g| p121_grad(x, g, 3),
        hvp: |x, v, hv| p121_hvp(x, v, hv, 3),
        dual: |x| p121_d(x, 3),
        hyper: |x| p121_d(x, 3),
    });
}

#[test]
fn test_p122() {
    check(&Case {
        name: "p122",
        n: 6,
        f: |x| p122(&x[..5], x[5]),
        jvp: |x, v| p122_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p122_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p122_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p122_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p122_d(&x[..5], x[5]),
        hyper: |x| p122_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p123() {
    check(&Case {
        name: "p123",
        n: 2,
        f: |x| p123(x[0], x[1]),
        jvp: |x, v| p123_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p123_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p123_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p123_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p123_d(x[0], x[1]),
        hyper: |x| p123_d(x[0], x[1]),
    });
}

#[test]
fn test_p124() {
    check(&Case {
        name: "p124",
        n: 2,
        f: |x| p124(x[0], x[1]),
        jvp: |x, v| p124_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p124_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p124_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p124_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p124_d(x[0], x[1]),
        hyper: |x| p124_d(x[0], x[1]),
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
        n: 5,
        f: |x| p126(x),
        jvp: |x, v| p126_jvp(x, v),
        vjp: |x, s, bar| p126_vjp(x, bar, s),
        grad: |x, g| p126_grad(x, g),
        hvp: |x, v, hv| p126_hvp(x, v, hv),
        dual: |x| p126_d(x),
        hyper: |x| p126_d(x),
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
        n: 5,
        f: |x| p129(arr(x)),
        jvp: |x, v| p129_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p129_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p129_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p129_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p129_d(&x[..5]),
        hyper: |x| p129_d(&x[..5]),
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
        n: 2,
        f: |x| p131(x[0], x[1]),
        jvp: |x, v| p131_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p131_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p131_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p131_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p131_d(x[0], x[1]),
        hyper: |x| p131_d(x[0], x[1]),
    });
}

#[test]
fn test_p132() {
    check(&Case {
        name: "p132",
        n: 5,
        f: |x| p132(&x[..4], x[4], 3),
        jvp: |x, v| p132_jvp(&x[..4], &v[..4], x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p132_vjp(&x[..4], bx, x[4], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p132_grad(&x[..4], gx, x[4], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p132_hvp(&x[..4], &v[..4], hx, x[4], v[4], 3);
            hy[0] = a;
            y
        },
        dual: |x| p132_d(&x[..4], x[4], 3),
        hyper: |x| p132_d(&x[..4], x[4], 3),
    });
}

#[test]
fn test_p133() {
    check(&Case {
        name: "p133",
        n: 3,
        f: |x| p133(x[0], x[1], x[2]),
        jvp: |x, v| p133_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p133_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p133_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p133_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p133_d(x[0], x[1], x[2]),
        hyper: |x| p133_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p134() {
    check(&Case {
        name: "p134",
        n: 3,
        f: |x| p134(x[0], x[1], x[2]),
        jvp: |x, v| p134_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p134_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p134_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p134_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p134_d(x[0], x[1], x[2]),
        hyper: |x| p134_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p135() {
    check(&Case {
        name: "p135",
        n: 3,
        f: |x| p135(x[0], x[1], x[2]),
        jvp: |x, v| p135_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p135_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p135_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p135_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p135_d(x[0], x[1], x[2]),
        hyper: |x| p135_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p136() {
    check(&Case {
        name: "p136",
        n: 7,
        f: |x| p136(arr(x), x[6]),
        jvp: |x, v| p136_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p136_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p136_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p136_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p136_d(&x[..6], x[6]),
        hyper: |x| p136_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p137() {
    check(&Case {
        name: "p137",
        n: 3,
        f: |x| p137(x[0], x[1], x[2], 3),
        jvp: |x, v| p137_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p137_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p137_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p137_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p137_d(x[0], x[1], x[2], 3),
        hyper: |x| p137_d(x[0], x[1], x[2], 3),
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
        n: 2,
        f: |x| p140(x[0], x[1]),
        jvp: |x, v| p140_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p140_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p140_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p140_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p140_d(x[0], x[1]),
        hyper: |x| p140_d(x[0], x[1]),
    });
}

#[test]
fn test_p141() {
    check(&Case {
        name: "p141",
        n: 2,
        f: |x| p141(x[0], x[1], 3),
        jvp: |x, v| p141_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p141_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p141_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p141_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p141_d(x[0], x[1], 3),
        hyper: |x| p141_d(x[0], x[1], 3),
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
        n: 5,
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
        n: 3,
        f: |x| p146(x[0], x[1], x[2]),
        jvp: |x, v| p146_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p146_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p146_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p146_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p146_d(x[0], x[1], x[2]),
        hyper: |x| p146_d(x[0], x[1], x[2]),
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
        n: 5,
        f: |x| p148(arr(x)),
        jvp: |x, v| p148_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p148_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p148_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p148_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p148_d(&x[..5]),
        hyper: |x| p148_d(&x[..5]),
    });
}

#[test]
fn test_p149() {
    check(&Case {
        name: "p149",
        n: 7,
        f: |x| p149(&x[..6], x[6]),
        jvp: |x, v| p149_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p149_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p149_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p149_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p149_d(&x[..6], x[6]),
        hyper: |x| p149_d(&x[..6], x[6]),
    });
}
