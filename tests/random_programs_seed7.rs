//! Property test: 150 random programs from the grammar of issue 2, generated ahead of time.
//!
//! Each `pN` is annotated with `#[differentiable]`; `pN_d` is its twin over num-dual's `DualNum`
//! (num-dual's types do not implement `num_traits::Float`). Every mode (`_jvp`, `_vjp`, `_grad`,
//! `_hvp`) is compared at 3 seeded random points with num-dual (`Dual64` for first derivatives,
//! `HyperDual64` for H v) to a relative 1e-9, and with central finite differences as a sanity check.
//!
//! GENERATED, do not edit. Regenerate with:
//!     python3 tests/random/gen.py --count 150 --seed 7 --out tests/random_programs_seed7.rs
//! (generator seed 7; see tests/random/README.md for generating many more programs).

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
fn p0<T: Float + NumAssign>(x: [T; 3], y: T, nk: usize) -> T {
    let a1 = y + (c::<T>(-1.5));
    let a3 = {
        let t2 = c::<T>(-0.8);
        (((T::from(0.9).unwrap() * x[2].tanh()).acos()).tanh()).cosh()
    };
    let a5 = if (c::<T>(-0.6)).cos() >= a1.cos().exp_m1() {
        y
    } else {
        ({
            let t4 = x[2];
            a3
        }) - (a1 / x[0].hypot(T::one()))
    };
    let (u6, w7) = (
        a3,
        if a5.atan().mul_add(y, a1) <= c::<T>(-0.5) {
            ((c::<T>(1.46)) + a3) - (-x[0])
        } else {
            x[0]
        },
    );
    if u6 - a1 > ((c::<T>(2.0)) + y.sin()).recip() {
        return -y;
    }
    let a3 = x[0] * u6;
    ((((a1 + a5) + u6) - w7) + a3) + x[0]
}

fn p0_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let a1 = y + (k::<D>(-1.5));
    let a3 = {
        let t2 = k::<D>(-0.8);
        ((((k::<D>(0.9)) * x[2].tanh()).acos()).tanh()).cosh()
    };
    let a5 = if ((k::<D>(-0.6)).cos()).re() >= a1.cos().exp_m1().re() {
        y
    } else {
        ({
            let t4 = x[2];
            a3
        }) - (a1 / ((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
    };
    let (u6, w7) = (
        a3,
        if (a5.atan() * y + a1).re() <= (k::<D>(-0.5)).re() {
            ((k::<D>(1.46)) + a3) - (-x[0])
        } else {
            x[0]
        },
    );
    if (u6 - a1).re() > (((k::<D>(2.0)) + y.sin()).recip()).re() {
        return -y;
    }
    let a3 = x[0] * u6;
    ((((a1 + a5) + u6) - w7) + a3) + x[0]
}

#[differentiable]
fn p1(x: [f64; 6]) -> f64 {
    let a1 = ALPHA;
    let mut s2: f64 = 0.0f64;
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let mut s4 = 0.5;
        if f64::acosh(1.1 + ((1.0 + (x[1] * x[1])) * (1.0 + (x[1] * x[1])))) >= 0.18f64 {
            continue;
        }
        for i5 in 0..x.len() - 1 {
            let mut m6 = f64::cosh((i3 as f64).cos()).powi(0);
            m6 *= 1.0f64 + (0.3 * f64::sin(if x[i5 + 1] >= 0.87 { -0.5 } else { x[i5 + 1] }));
            if i3 >= 3 {
                break;
            }
        }
        s2 *= 1.0 + (0.3 * ALPHA.sin());
    }
    if core::f64::consts::PI > f64::sin(1.3) {
        s2 = ((0.7 * s2) + f64::sinh((s2.sin() * s2.sin()).tanh())).sin();
    }
    if s2 / f64::tanh(core::f64::consts::PI).cosh() < -0.45 {
        return Float::cosh(f64::cos(f64::abs(a1)));
    }
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let mut s8 = 0.0;
        for i9 in 0..x.len() {
            s8 = s8.min(f64::tanh(s2.cos() * x[i9]));
            s2 += a1.tanh().atan();
            if (i9 as f64) - s8 > (0.9 * x[i9].tanh()).acos() {
                break;
            }
            s2 -= ((0.9 * Float::sin(x[i9].sin())).acos()).tanh();
        }
        if i7 == 0 {
            s8 = (0.5 * s8)
                + (((x[0] * (-1.0)).max(ALPHA / (1.0 + (s8.atan() * f64::atan(s8))))).atan());
        } else {
            s2 = s2.min((s8.atan() - f64::exp2(W[i7])).sin());
        }
        if a1 * (i7 as f64)
            < (0.5 + ((1.0f64 + ((-0.02) * (-0.02))) * (1.0 + ((-0.02) * (-0.02))))).ln_1p()
        {
            break;
        }
        let mut s10 = 0.5;
        for i11 in 0..x.len() - 1 {
            let a12 = Float::log10(1.0 + ((x[i11] - x[i11 + 1]) * (x[i11] - x[i11 + 1])));
            if i7 <= 0 {
                continue;
            }
            s2 = (0.5 * s2) + f64::sin(x[i11 + 1] / (1.5f64 + x[i11 + 1].tanh()));
            s10 = f64::min(s10, (i7 as f64).tanh());
        }
        s2 -= (f64::cbrt(s2.hypot(1.0f64)).atan()
            * f64::log(
                1.5 + x[5].tanh(),
                Float::exp(0.5 + (0.4 * W[i7].tanh().sin())),
            ))
        .tanh();
        s10 -= f64::cos(s2);
    }
    if x[2] - (-1.6) <= Float::sin(s2) {
        s2 = (0.5_f64 * s2) + ((s2 - (-1.7)).tanh());
    } else {
        s2 = (0.5_f64 * s2) + 0.0;
    }
    let mut s13 = 1.0;
    for i14 in 0..x.len() {
        let a15 = s2;
        let a1 = BETA;
        s13 -= 1.0
            .atan2(0.5f64 + ((x[i14] * x[i14]) * (x[i14] * x[i14])))
            .atan();
        s13 = (0.5 * s13) + s2.cos().sinh().sin();
    }
    (0.001 * (((a1 + s2) + s13) + x[2])).tanh()
}

fn p1_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(ALPHA);
    let mut s2: D = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 3 {
        i3 += 1;
        let mut s4 = k::<D>(0.5);
        if (((k::<D>(1.1)) + (((k::<D>(1.0)) + (x[1] * x[1])) * ((k::<D>(1.0)) + (x[1] * x[1]))))
            .acosh())
        .re()
            >= (k::<D>(0.18)).re()
        {
            continue;
        }
        for i5 in 0..x.len() - 1 {
            let mut m6 = (((k::<D>(i3 as f64)).cos()).cosh()).powi(0);
            m6 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((if x[i5 + 1].re() >= (k::<D>(0.87)).re() {
                        k::<D>(-0.5)
                    } else {
                        x[i5 + 1]
                    })
                    .sin()));
            if i3 >= 3 {
                break;
            }
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(ALPHA)).sin()));
    }
    if (k::<D>(core::f64::consts::PI)).re() > ((k::<D>(1.3)).sin()).re() {
        s2 = (((k::<D>(0.7)) * s2) + (((s2.sin() * s2.sin()).tanh()).sinh())).sin();
    }
    if (s2 / (((k::<D>(core::f64::consts::PI)).tanh()).cosh())).re() < (k::<D>(-0.45)).re() {
        return a1.abs().cos().cosh();
    }
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let mut s8 = k::<D>(0.0);
        for i9 in 0..x.len() {
            s8 = dmin(s8, (s2.cos() * x[i9]).tanh());
            s2 += a1.tanh().atan();
            if ((k::<D>(i9 as f64)) - s8).re() > (((k::<D>(0.9)) * x[i9].tanh()).acos()).re() {
                break;
            }
            s2 -= (((k::<D>(0.9)) * x[i9].sin().sin()).acos()).tanh();
        }
        if i7 == 0 {
            s8 = ((k::<D>(0.5)) * s8)
                + dmax(
                    x[0] * (k::<D>(-1.0)),
                    (k::<D>(ALPHA)) / ((k::<D>(1.0)) + (s8.atan() * s8.atan())),
                )
                .atan();
        } else {
            s2 = dmin(s2, (s8.atan() - ((k::<D>(W[i7])).exp2())).sin());
        }
        if (a1 * (k::<D>(i7 as f64))).re()
            < (((k::<D>(0.5))
                + (((k::<D>(1.0)) + ((k::<D>(-0.02)) * (k::<D>(-0.02))))
                    * ((k::<D>(1.0)) + ((k::<D>(-0.02)) * (k::<D>(-0.02))))))
            .ln_1p())
            .re()
        {
            break;
        }
        let mut s10 = k::<D>(0.5);
        for i11 in 0..x.len() - 1 {
            let a12 = ((k::<D>(1.0)) + ((x[i11] - x[i11 + 1]) * (x[i11] - x[i11 + 1]))).log10();
            if i7 <= 0 {
                continue;
            }
            s2 = ((k::<D>(0.5)) * s2) + ((x[i11 + 1] / ((k::<D>(1.5)) + x[i11 + 1].tanh())).sin());
            s10 = dmin(s10, (k::<D>(i7 as f64)).tanh());
        }
        s2 -= (((((s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt()).atan())
            * (((k::<D>(1.5)) + x[5].tanh()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(W[i7])).tanh()).sin()))).exp())
                    .ln()))
        .tanh();
        s10 -= s2.cos();
    }
    if (x[2] - (k::<D>(-1.6))).re() <= s2.sin().re() {
        s2 = ((k::<D>(0.5)) * s2) + ((s2 - (-(k::<D>(1.7)))).tanh());
    } else {
        s2 = ((k::<D>(0.5)) * s2) + (k::<D>(0.0));
    }
    let mut s13 = k::<D>(1.0);
    for i14 in 0..x.len() {
        let a15 = s2;
        let a1 = k::<D>(BETA);
        s13 -= datan2(
            k::<D>(1.0),
            (k::<D>(0.5)) + ((x[i14] * x[i14]) * (x[i14] * x[i14])),
        )
        .atan();
        s13 = ((k::<D>(0.5)) * s13) + s2.cos().sinh().sin();
    }
    ((k::<D>(0.001)) * (((a1 + s2) + s13) + x[2])).tanh()
}

#[differentiable]
fn p2<T>(x: [T; 5]) -> T
where
    T: Float + NumAssign,
{
    let a1: T = c::<T>(core::f64::consts::PI);
    let mut s2: T = c::<T>(0.5);
    for i3 in 0..x.len() / 2 {
        s2 -= s2.sin();
        let mut m4: T = Float::ln_1p(
            T::from(0.5).unwrap()
                + (((c::<T>(1.0)) + (Float::sin(s2 + x[2 * i3 + 1]) * T::sin(s2 + x[2 * i3 + 1])))
                    * ((c::<T>(1.0))
                        + (Float::sin(s2 + x[2 * i3 + 1]) * ((s2 + x[2 * i3 + 1]).sin())))),
        ) - T::hypot(c::<T>(W[i3]), (c::<T>(0.5)) + (x[2 * i3] * x[2 * i3])).atan();
        m4 += T::cos(x[2 * i3 + 1]);
        s2 = s2.max((Float::ceil(s2) * T::tanh(s2)).atan());
    }
    let a5 = s2;
    s2 -= ((c::<T>(2.0)) + x[1].sin()).recip();
    ((a1 * s2) + a5) + x[0]
}

fn p2_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(core::f64::consts::PI);
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..x.len() / 2 {
        s2 -= s2.sin();
        let mut m4: D = (((k::<D>(0.5))
            + (((k::<D>(1.0)) + (((s2 + x[2 * i3 + 1]).sin()) * ((s2 + x[2 * i3 + 1]).sin())))
                * ((k::<D>(1.0))
                    + (((s2 + x[2 * i3 + 1]).sin()) * ((s2 + x[2 * i3 + 1]).sin())))))
        .ln_1p())
            - ((((k::<D>(W[i3])) * (k::<D>(W[i3]))
                + ((k::<D>(0.5)) + (x[2 * i3] * x[2 * i3]))
                    * ((k::<D>(0.5)) + (x[2 * i3] * x[2 * i3])))
                .sqrt())
            .atan());
        m4 += x[2 * i3 + 1].cos();
        s2 = dmax(s2, ((k::<D>(s2.re().ceil())) * s2.tanh()).atan());
    }
    let a5 = s2;
    s2 -= ((k::<D>(2.0)) + x[1].sin()).recip();
    ((a1 * s2) + a5) + x[0]
}

#[differentiable]
fn p3(x0: f64, x1: f64, x2: f64) -> f64 {
    let a2 = Float::tanh({
        let t1 = x0;
        x1
    });
    let mut m3 = Float::max(a2, a2) + (x0.mul_add(-0.7, a2) - a2);
    let mut s4: f64 = 0.0;
    for i5 in 1..5 {
        let (u6, w7) = (a2.powi(2), x2);
        s4 *= 1.0 + (0.3 * ((u6 - x0).sin()));
        m3 = (0.5 * m3) + f64::atan(x1);
    }
    let a9 = (((1.0_f64 + ((-1.9) * (-1.9))).recip())
        * ({
            let t8 = x2;
            1.3f64
        }))
        / (((f64::atanh(0.9f64 * x1.tanh()) * m3.cos().powi(3)).sin()).exp());
    s4 += (((if a2 > 0.78_f64 { a9 } else { x0 }) + (x2 - x2)) + x1).sin();
    let mut m10 = x2;
    (((a2 + m3) + s4) + a9) + m10
}

fn p3_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = ({
        let t1 = x0;
        x1
    })
    .tanh();
    let mut m3 = dmax(a2, a2) + ((x0 * (k::<D>(-0.7)) + a2) - a2);
    let mut s4: D = k::<D>(0.0);
    for i5 in 1..5 {
        let (u6, w7) = (a2.powi(2), x2);
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((u6 - x0).sin()));
        m3 = ((k::<D>(0.5)) * m3) + x1.atan();
    }
    let a9 = ((((k::<D>(1.0)) + ((k::<D>(-1.9)) * (k::<D>(-1.9)))).recip())
        * ({
            let t8 = x2;
            k::<D>(1.3)
        }))
        / ((((((k::<D>(0.9)) * x1.tanh()).atanh()) * m3.cos().powi(3)).sin()).exp());
    s4 += (((if a2.re() > (k::<D>(0.78)).re() {
        a9
    } else {
        x0
    }) + (x2 - x2))
        + x1)
        .sin();
    let mut m10 = x2;
    (((a2 + m3) + s4) + a9) + m10
}

#[differentiable]
fn p4<T: Float + NumAssign>(x0: T, x1: T, x2: T, nk: usize) -> T {
    let a1 = c::<T>(0.3);
    let mut s2: T = c::<T>(0.5);
    for i3 in 0..nk {
        let a1 = x0
            / ((c::<T>(1.5))
                + ((((c::<T>(i3 as f64)).clamp(T::from(-0.94).unwrap(), T::from(0.97).unwrap()))
                    * a1)
                    .tanh()));
        if i3 < 3 {
            continue;
        }
        s2 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * ((if c::<T>(-0.751) >= x0 {
                    c::<T>(-0.5)
                } else {
                    s2
                })
                .sin()));
    }
    s2 += Float::recip((c::<T>(-1.644)).hypot(T::one()));
    if (c::<T>(std::f64::consts::E)) - x0 > s2.sin() * x1 {
        return a1 - (x1 - T::from(1.3).unwrap());
    }
    let mut s4: T = c::<T>(1.0);
    for i5 in 0..nk {
        let (u6, w7) = (T::cosh((x0.sin() - s2.atan()).cos()).sqrt(), a1);
        let mut m8 = Float::ln(s4.tanh().exp());
        if x2 * x1 >= c::<T>(0.27) {
            continue;
        }
        s2 = (T::from(0.5).unwrap() * s2)
            + Float::atan(
                ((c::<T>(0.5))
                    + (((c::<T>(1.0)) + ((c::<T>(i5 as f64)) * (c::<T>(i5 as f64))))
                        * ((c::<T>(1.0)) + ((c::<T>(i5 as f64)) * (c::<T>(i5 as f64))))))
                .ln_1p(),
            );
        m8 = (((c::<T>(0.7)) * m8) + (s2 - s2)).cos();
    }
    (((x1 - x2) * a1) - s2) + s4
}

fn p4_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = k::<D>(0.3);
    let mut s2: D = k::<D>(0.5);
    for i3 in 0..nk {
        let a1 = x0
            / ((k::<D>(1.5))
                + ((dclamp(k::<D>(i3 as f64), k::<D>(-0.94), k::<D>(0.97)) * a1).tanh()));
        if i3 < 3 {
            continue;
        }
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((if (k::<D>(-0.751)).re() >= x0.re() {
                    k::<D>(-0.5)
                } else {
                    s2
                })
                .sin()));
    }
    s2 += (((k::<D>(-1.644)) * (k::<D>(-1.644)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip();
    if ((k::<D>(std::f64::consts::E)) - x0).re() > (s2.sin() * x1).re() {
        return a1 - (x1 - (k::<D>(1.3)));
    }
    let mut s4: D = k::<D>(1.0);
    for i5 in 0..nk {
        let (u6, w7) = ((((x0.sin() - s2.atan()).cos()).cosh()).sqrt(), a1);
        let mut m8 = s4.tanh().exp().ln();
        if (x2 * x1).re() >= (k::<D>(0.27)).re() {
            continue;
        }
        s2 = ((k::<D>(0.5)) * s2)
            + ((((k::<D>(0.5))
                + (((k::<D>(1.0)) + ((k::<D>(i5 as f64)) * (k::<D>(i5 as f64))))
                    * ((k::<D>(1.0)) + ((k::<D>(i5 as f64)) * (k::<D>(i5 as f64))))))
            .ln_1p())
            .atan());
        m8 = (((k::<D>(0.7)) * m8) + (s2 - s2)).cos();
    }
    (((x1 - x2) * a1) - s2) + s4
}

#[differentiable]
fn p5(x0: f64, x1: f64) -> f64 {
    let a1 = if if x0 <= -0.65_f64 { x1 } else { x1 } <= x1 - x1 {
        x0
    } else {
        x1
    };
    let mut m2: f64 = (f64::cos(x0) - (1.13 + 1.9)) * Float::sin(f64::log2(a1.exp())).exp();
    let (u3, w4) = (x0, x1);
    let a5 = m2.sin().cosh().cbrt();
    if m2 - w4 >= -0.55 && w4 < -0.9 {
        return f64::sin(w4.exp2());
    }
    let a6: f64 = (m2 - x1)
        .atan2(0.5_f64 + (1.927_f64.hypot(0.5 + (a5 * a5)) * 1.927f64.hypot(0.5 + (a5 * a5))));
    let mut s7: f64 = 0.5_f64;
    for i8 in 0..=1 {
        let a9 = if i8 % 2 == 0 {
            std::f64::consts::E * (i8 as f64)
        } else {
            (1.1 + ((1.0f64 + (a5 * a5)) * (1.0 + (a5 * a5)))).acosh()
        };
        if i8 >= 0 {
            continue;
        }
        m2 -= Float::cos((2.0 + u3.sin()).powf(f64::atan(m2)));
    }
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let (u11, w12) = (Float::atanh(0.9 * f64::tanh(m2).sin()), x0.exp());
        let mut m13: f64 = (1.0 + (Float::sin(s7) * s7.sin())).powi(0);
        s7 -= f64::cos((2.0f64 + Float::sin(ALPHA)).powi(0));
    }
    (((u3 + w4) + a5) + a6) + s7
}

fn p5_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if (if x0.re() <= (k::<D>(-0.65)).re() {
        x1
    } else {
        x1
    })
    .re()
        <= (x1 - x1).re()
    {
        x0
    } else {
        x1
    };
    let mut m2: D = (x0.cos() - ((k::<D>(1.13)) + (k::<D>(1.9)))) * a1.exp().log2().sin().exp();
    let (u3, w4) = (x0, x1);
    let a5 = m2.sin().cosh().cbrt();
    if (m2 - w4).re() >= (k::<D>(-0.55)).re() && w4.re() < (k::<D>(-0.9)).re() {
        return w4.exp2().sin();
    }
    let a6: D = datan2(
        m2 - x1,
        (k::<D>(0.5))
            + ((((k::<D>(1.927)) * (k::<D>(1.927))
                + ((k::<D>(0.5)) + (a5 * a5)) * ((k::<D>(0.5)) + (a5 * a5)))
                .sqrt())
                * (((k::<D>(1.927)) * (k::<D>(1.927))
                    + ((k::<D>(0.5)) + (a5 * a5)) * ((k::<D>(0.5)) + (a5 * a5)))
                    .sqrt())),
    );
    let mut s7: D = k::<D>(0.5);
    for i8 in 0..=1 {
        let a9 = if i8 % 2 == 0 {
            (k::<D>(std::f64::consts::E)) * (k::<D>(i8 as f64))
        } else {
            ((k::<D>(1.1)) + (((k::<D>(1.0)) + (a5 * a5)) * ((k::<D>(1.0)) + (a5 * a5)))).acosh()
        };
        if i8 >= 0 {
            continue;
        }
        m2 -= ((m2.atan() * ((k::<D>(2.0)) + u3.sin()).ln()).exp()).cos();
    }
    let mut i10 = 0;
    while i10 < 1 {
        i10 += 1;
        let (u11, w12) = (((k::<D>(0.9)) * m2.tanh().sin()).atanh(), x0.exp());
        let mut m13: D = ((k::<D>(1.0)) + (s7.sin() * s7.sin())).powi(0);
        s7 -= (((k::<D>(2.0)) + ((k::<D>(ALPHA)).sin())).powi(0)).cos();
    }
    (((u3 + w4) + a5) + a6) + s7
}

#[differentiable]
fn p6<T: Float + NumAssign>(x: &[T], nk: usize) -> T {
    let a1 = (((T::from(0.5).unwrap() + (Float::exp(x[3]) * x[3].exp())).ln_1p())
        - ((c::<T>(std::f64::consts::E)) - (c::<T>(ALPHA))))
        / ((c::<T>(1.0))
            + ((((c::<T>(0.9))
                * T::sin(T::sin((c::<T>(0.893)) + (c::<T>(std::f64::consts::E)))))
            .atanh())
                * (((c::<T>(0.9))
                    * T::sin((c::<T>(0.893)) + (c::<T>(std::f64::consts::E))).sin())
                .atanh())));
    let mut s2: T = c::<T>(0.5);
    for i3 in x {
        let a4 = Float::mul_add(
            T::tanh(s2 - a1),
            ((c::<T>(0.5)) + (x[1].hypot(c::<T>(1.0)) * x[1].hypot(c::<T>(1.0)))).ln_1p(),
            a1.sin().exp2(),
        ) + ((x[3] - a1) / s2.asinh().exp());
        s2 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * (({
                    let t5 = a1;
                    {
                        let t6 = x[2];
                        *i3
                    }
                })
                .sin()));
    }
    s2 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * T::cos(s2).exp().powf(x[1]).sin());
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let a1 = Float::asinh(s2) + (a1 * (c::<T>(1.84)));
        let a8: T = s2;
        if ((c::<T>(2.0)) + Float::sin(c::<T>(BETA))).log2() <= c::<T>(-0.25) {
            s2 *= (c::<T>(1.0))
                + ((c::<T>(0.3)) * Float::sin((((c::<T>(2.0)) + a1.sin()).recip()).powi(2)));
        } else {
            s2 -= (-a1).sin();
        }
        s2 = ((c::<T>(0.5)) * s2) + Float::atan(s2 + x[3]);
    }
    for i9 in 0..nk {
        for i10 in 0..nk {
            let a11 = ((a1 + a1) + (a1 + x[2]))
                - T::hypot(s2, (c::<T>(0.5)) + ((c::<T>(0.7)) * (c::<T>(0.7))))
                    .tanh()
                    .exp();
            let a12 = Float::mul_add(x[3], s2.atan(), x[2])
                - Float::sinh(Float::atan(c::<T>(std::f64::consts::E)));
            s2 *= (c::<T>(1.0))
                + ((c::<T>(0.3)) * Float::cos(((a11 - (c::<T>(W[i10]))).tanh()).exp()));
            s2 += T::exp(((c::<T>(2.0)) + a12.sin()).powi(0)).tanh();
        }
        s2 = (((c::<T>(0.7)) * s2)
            + Float::log2(
                (c::<T>(1.0))
                    + (((T::from(1.5).unwrap() + Float::tanh(a1.tanh().sinh())).log2())
                        * T::log2((c::<T>(1.5)) + Float::tanh(a1).sinh().tanh())),
            ))
        .cos();
        let a13 =
            (x[0] - (((c::<T>(1.5)) + T::tanh(T::from(-1.782).unwrap())).ln())) - ((-x[3]).asinh());
        s2 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * a1.sin());
    }
    s2 = (T::from(0.5).unwrap() * s2) + (x[0] + x[1]);
    (a1 + s2) + x[3]
}

fn p6_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = ((((k::<D>(0.5)) + (x[3].exp() * x[3].exp())).ln_1p())
        - ((k::<D>(std::f64::consts::E)) - (k::<D>(ALPHA))))
        / ((k::<D>(1.0))
            + ((((k::<D>(0.9))
                * ((((k::<D>(0.893)) + (k::<D>(std::f64::consts::E))).sin()).sin()))
            .atanh())
                * (((k::<D>(0.9))
                    * ((((k::<D>(0.893)) + (k::<D>(std::f64::consts::E))).sin()).sin()))
                .atanh())));
    let mut s2: D = k::<D>(0.5);
    for i3 in x {
        let a4 = (((s2 - a1).tanh())
            * (((k::<D>(0.5))
                + (((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((x[1] * x[1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .ln_1p())
            + a1.sin().exp2())
            + ((x[3] - a1) / s2.asinh().exp());
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (({
                    let t5 = a1;
                    {
                        let t6 = x[2];
                        *i3
                    }
                })
                .sin()));
    }
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((x[1] * s2.cos().exp().ln()).exp()).sin()));
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let a1 = s2.asinh() + (a1 * (k::<D>(1.84)));
        let a8: D = s2;
        if (((k::<D>(2.0)) + ((k::<D>(BETA)).sin())).log2()).re() <= (k::<D>(-0.25)).re() {
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * (((((k::<D>(2.0)) + a1.sin()).recip()).powi(2)).sin()));
        } else {
            s2 -= (-a1).sin();
        }
        s2 = ((k::<D>(0.5)) * s2) + ((s2 + x[3]).atan());
    }
    for i9 in 0..nk {
        for i10 in 0..nk {
            let a11 = ((a1 + a1) + (a1 + x[2]))
                - ((((s2 * s2
                    + ((k::<D>(0.5)) + ((k::<D>(0.7)) * (k::<D>(0.7))))
                        * ((k::<D>(0.5)) + ((k::<D>(0.7)) * (k::<D>(0.7)))))
                .sqrt())
                .tanh())
                .exp());
            let a12 = (x[3] * s2.atan() + x[2]) - (((k::<D>(std::f64::consts::E)).atan()).sinh());
            s2 *=
                (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((a11 - (k::<D>(W[i10]))).tanh()).exp()).cos()));
            s2 += ((((k::<D>(2.0)) + a12.sin()).powi(0)).exp()).tanh();
        }
        s2 = (((k::<D>(0.7)) * s2)
            + (((k::<D>(1.0))
                + ((((k::<D>(1.5)) + a1.tanh().sinh().tanh()).log2())
                    * (((k::<D>(1.5)) + a1.tanh().sinh().tanh()).log2())))
            .log2()))
        .cos();
        let a13 = (x[0] - (((k::<D>(1.5)) + ((k::<D>(-1.782)).tanh())).ln())) - ((-x[3]).asinh());
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sin());
    }
    s2 = ((k::<D>(0.5)) * s2) + (x[0] + x[1]);
    (a1 + s2) + x[3]
}

#[differentiable]
fn p7<T: Float>(x: &[T], y: T) -> T {
    let (u1, w2) = (
        x[2] + y.exp().log2(),
        Float::log(
            (c::<T>(1.0))
                + (((c::<T>(0.91)) / y.hypot(T::one())) * ((c::<T>(0.91)) / y.hypot(T::one()))),
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * Float::atan(y - (c::<T>(1.138))).sin())).exp(),
        ),
    );
    let w2 =
        T::log2((c::<T>(1.5)) + T::powf(T::from(1.5).unwrap() + u1.tanh(), c::<T>(-1.02)).tanh())
            .atan()
            .cosh()
            .powf(((x[0] + (c::<T>(1.469))) / T::from(1.189).unwrap().exp()).cos());
    let (u3, w4) = (
        w2.cos() * ((T::sin(x[1]) + T::exp_m1(c::<T>(1.54))).sin()),
        x[0],
    );
    let mut m5: T = (((y * x[2]) - x[2]).tanh()).powi(2);
    let mut s6: T = c::<T>(0.5);
    for i7 in 0..x.len() - 1 {
        if i7 > 2 {
            continue;
        }
        let mut s8 = c::<T>(0.0);
        for i9 in 0..x.len() {
            let a11 = (T::from(0.9).unwrap()
                * T::sin(T::atan2(
                    u1.atan2(-(T::from(0.5).unwrap() + (u1 * u1))),
                    (c::<T>(0.5))
                        + (({
                            let t10 = s6;
                            x[i9]
                        }) * ({
                            let t10 = s6;
                            x[i9]
                        })),
                ))
                .sin())
            .acos();
            m5 = m5
                + Float::atan(
                    ((c::<T>(1.1))
                        + (((c::<T>(1.0)) + ((c::<T>(BETA)) * (c::<T>(BETA))))
                            * ((c::<T>(1.0)) + ((c::<T>(BETA)) * (c::<T>(BETA))))))
                    .acosh(),
                );
        }
        let a12 = if s6 - x[i7 + 1] >= c::<T>(-0.12) {
            T::powi(x[i7], 2).asinh()
        } else {
            T::mul_add(
                Float::sin(u1),
                -x[i7],
                (c::<T>(i7 as f64)) / (T::one() + (x[i7 + 1] * x[i7 + 1])),
            )
        };
        s8 = s8 * (T::one() + ((c::<T>(0.3)) * x[i7 + 1].atan().sin()));
    }
    ((((w2 + u3) * w4) * m5) + s6) + x[1]
}

fn p7_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        x[2] + y.exp().log2(),
        (((k::<D>(1.0))
            + (((k::<D>(0.91)) / ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                * ((k::<D>(0.91)) / ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))))
        .ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((y - (k::<D>(1.138))).atan()).sin()))).exp())
                .ln()),
    );
    let w2 = ((((x[0] + (k::<D>(1.469))) / ((k::<D>(1.189)).exp())).cos())
        * (((((k::<D>(1.5))
            + ((((k::<D>(-1.02)) * ((k::<D>(1.5)) + u1.tanh()).ln()).exp()).tanh()))
        .log2())
        .atan())
        .cosh())
        .ln())
    .exp();
    let (u3, w4) = (
        w2.cos() * ((x[1].sin() + ((k::<D>(1.54)).exp_m1())).sin()),
        x[0],
    );
    let mut m5: D = (((y * x[2]) - x[2]).tanh()).powi(2);
    let mut s6: D = k::<D>(0.5);
    for i7 in 0..x.len() - 1 {
        if i7 > 2 {
            continue;
        }
        let mut s8 = k::<D>(0.0);
        for i9 in 0..x.len() {
            let a11 = ((k::<D>(0.9))
                * datan2(
                    datan2(u1, -((k::<D>(0.5)) + (u1 * u1))),
                    (k::<D>(0.5))
                        + (({
                            let t10 = s6;
                            x[i9]
                        }) * ({
                            let t10 = s6;
                            x[i9]
                        })),
                )
                .sin()
                .sin())
            .acos();
            m5 += (((k::<D>(1.1))
                + (((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))
                    * ((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA))))))
            .acosh())
            .atan();
        }
        let a12 = if (s6 - x[i7 + 1]).re() >= (k::<D>(-0.12)).re() {
            x[i7].powi(2).asinh()
        } else {
            (u1.sin() * (-x[i7])
                + ((k::<D>(i7 as f64)) / ((k::<D>(1.0)) + (x[i7 + 1] * x[i7 + 1]))))
        };
        s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i7 + 1].atan().sin());
    }
    ((((w2 + u3) * w4) * m5) + s6) + x[1]
}

#[differentiable]
fn p8(x: [f64; 4]) -> f64 {
    let a1: f64 = x[1];
    let mut s2 = 0.0;
    for i3 in 1..4 {
        let a4 = s2
            / (1.0
                + ((((x[0] + (i3 as f64)) + (a1 + a1)).cos())
                    * Float::cos((x[0] + (i3 as f64)) + (a1 + a1))));
        let (u5, w6) = (
            x[3].cos().hypot(0.5 + ((s2 + x[2]) * (s2 + x[2]))),
            p3(x[1], f64::cos((i3 as f64)), a1)
                / (1.0_f64 + ((a4.tanh() * x[1]) * (a4.tanh() * x[1]))),
        );
        s2 += f64::atan(Float::exp2(-1.922f64));
    }
    let a7 = if 0.9_f64 >= -0.07f64 { x[1] } else { s2 + 1.75 };
    let mut s8 = 0.0;
    for i9 in 0..x.len() - 1 {
        for &i10 in x.iter() {
            let mut m11: f64 = f64::abs(x[i9 + 1]);
            s2 += x[i9 + 1].hypot(1.0).sqrt().tanh();
        }
        let a12 = f64::clamp(
            (1.0f64 + ((x[i9] + a1) * (x[i9] + a1))).log10(),
            -1.25,
            0.18,
        );
        s8 /= 1.0 + ((-0.24) * (-0.24));
        s8 /= 1.0
            + (Float::ln_1p(0.5 + (Float::cosh(a7.sin()) * Float::sin(a7).cosh()))
                * ((0.5 + (a7.sin().cosh() * a7.sin().cosh())).ln_1p()));
    }
    s8 /= 1.0f64
        + (((s8.sin() * x[2]) / (1.0 + ((a7.atan() * x[1]) * (a7.atan() * x[1]))))
            * ((s8.sin() * x[2]) / (1.0 + ((Float::atan(a7) * x[1]) * (a7.atan() * x[1])))));
    let (u13, w14) = (s8.tanh(), f64::cbrt(f64::exp(f64::atan(-s2))) + 1.69);
    (0.001_f64 * (((((s2 + a7) + s8) + u13) + w14) * x[2])).tanh()
}

fn p8_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[1];
    let mut s2 = k::<D>(0.0);
    for i3 in 1..4 {
        let a4 = s2
            / ((k::<D>(1.0))
                + ((((x[0] + (k::<D>(i3 as f64))) + (a1 + a1)).cos())
                    * (((x[0] + (k::<D>(i3 as f64))) + (a1 + a1)).cos())));
        let (u5, w6) = (
            (x[3].cos() * x[3].cos()
                + ((k::<D>(0.5)) + ((s2 + x[2]) * (s2 + x[2])))
                    * ((k::<D>(0.5)) + ((s2 + x[2]) * (s2 + x[2]))))
                .sqrt(),
            p3_d(x[1], (k::<D>(i3 as f64)).cos(), a1)
                / ((k::<D>(1.0)) + ((a4.tanh() * x[1]) * (a4.tanh() * x[1]))),
        );
        s2 += ((k::<D>(-1.922)).exp2()).atan();
    }
    let a7 = if (k::<D>(0.9)).re() >= (k::<D>(-0.07)).re() {
        x[1]
    } else {
        s2 + (k::<D>(1.75))
    };
    let mut s8 = k::<D>(0.0);
    for i9 in 0..x.len() - 1 {
        for &i10 in x.iter() {
            let mut m11: D = x[i9 + 1].abs();
            s2 += (((x[i9 + 1] * x[i9 + 1] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()).tanh();
        }
        let a12 = dclamp(
            ((k::<D>(1.0)) + ((x[i9] + a1) * (x[i9] + a1))).log10(),
            k::<D>(-1.25),
            k::<D>(0.18),
        );
        s8 /= (k::<D>(1.0)) + ((k::<D>(-0.24)) * (k::<D>(-0.24)));
        s8 /= (k::<D>(1.0))
            + ((((k::<D>(0.5)) + (a7.sin().cosh() * a7.sin().cosh())).ln_1p())
                * (((k::<D>(0.5)) + (a7.sin().cosh() * a7.sin().cosh())).ln_1p()));
    }
    s8 /= (k::<D>(1.0))
        + (((s8.sin() * x[2]) / ((k::<D>(1.0)) + ((a7.atan() * x[1]) * (a7.atan() * x[1]))))
            * ((s8.sin() * x[2]) / ((k::<D>(1.0)) + ((a7.atan() * x[1]) * (a7.atan() * x[1])))));
    let (u13, w14) = (s8.tanh(), ((((-s2).atan()).exp()).cbrt()) + (k::<D>(1.69)));
    ((k::<D>(0.001)) * (((((s2 + a7) + s8) + u13) + w14) * x[2])).tanh()
}

#[differentiable]
fn p9(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = (((i2 as f64) * x1).sin()).cosh();
        let mut m4: f64 = s1 / Float::hypot(x1, 1.0);
        s1 -= 1.094.asinh().cos();
        m4 *= 1.0
            + (0.3_f64 * ((Float::cbrt(2.0 + f64::sin(x0)) / (2.0_f64 + x1.sinh().sin())).sin()));
    }
    let a5 = if x0 < s1 - (-0.3) {
        Float::mul_add(
            ((0.5 / x0.exp()) * x1.sin().tan()).sin(),
            (((ALPHA - 1.582).sin()).cosh()).tanh(),
            x0,
        )
    } else {
        s1
    };
    s1 = (0.5f64 * s1) + s1.sin();
    let mut m6: f64 = Float::tanh(x1) * f64::tanh(a5);
    m6 -= (1.42 + a5).atan();
    (((x0 + x1) + s1) + a5) + m6
}

fn p9_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = (((k::<D>(i2 as f64)) * x1).sin()).cosh();
        let mut m4: D = s1 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
        s1 -= ((k::<D>(1.094)).asinh()).cos();
        m4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(2.0)) + x0.sin()).cbrt()) / ((k::<D>(2.0)) + x1.sinh().sin()))
                    .sin()));
    }
    let a5 = if x0.re() < (s1 - (k::<D>(-0.3))).re() {
        (((((k::<D>(0.5)) / x0.exp()) * x1.sin().tan()).sin())
            * (((((k::<D>(ALPHA)) - (k::<D>(1.582))).sin()).cosh()).tanh())
            + x0)
    } else {
        s1
    };
    s1 = ((k::<D>(0.5)) * s1) + s1.sin();
    let mut m6: D = x1.tanh() * a5.tanh();
    m6 -= ((k::<D>(1.42)) + a5).atan();
    (((x0 + x1) + s1) + a5) + m6
}

#[differentiable]
fn p10<T: Float + NumAssign>(x: [T; 5], y: T) -> T {
    let mut s1: T = c::<T>(0.0);
    for i2 in 0..x.len() {
        let a3 = (y / ((c::<T>(1.5)) + Float::tanh(s1))) / ((c::<T>(1.0)) + (s1.sin() * s1.sin()));
        s1 -= x[i2].cos();
    }
    let mut s4 = c::<T>(0.0);
    for &i5 in x.iter() {
        let a6: T = T::abs(c::<T>(0.38)) - (s1.tanh() * T::from(-1.509).unwrap());
        let a7 = ((c::<T>(std::f64::consts::E)) + y) + (c::<T>(1.22));
        let a8 = (-a7.hypot((c::<T>(0.5)) + ((c::<T>(1.4)) * (c::<T>(1.4))))) + a7;
        s1 = ((c::<T>(0.5)) * s1) + ((Float::floor(x[2]) * (i5 + x[2])).sin());
    }
    let (u9, w10) = (
        (((c::<T>(0.9)) * s1.sin().tanh()).asin())
            + T::atanh((c::<T>(0.9)) * Float::sin(c::<T>(0.7)))
                .cos()
                .mul_add(
                    (c::<T>(-0.331)) / (T::from(1.5).unwrap() + s4.tanh()),
                    s1.cos().exp_m1(),
                ),
        Float::cbrt(
            T::one()
                + (y.powi(2).hypot(c::<T>(1.0)).cbrt() * T::cbrt(y.powi(2).hypot(c::<T>(1.0)))),
        ),
    );
    ((((y + s1) + s4) + u9) + w10) - x[1]
}

fn p10_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.0);
    for i2 in 0..x.len() {
        let a3 = (y / ((k::<D>(1.5)) + s1.tanh())) / ((k::<D>(1.0)) + (s1.sin() * s1.sin()));
        s1 -= x[i2].cos();
    }
    let mut s4 = k::<D>(0.0);
    for &i5 in x.iter() {
        let a6: D = ((k::<D>(0.38)).abs()) - (s1.tanh() * (k::<D>(-1.509)));
        let a7 = ((k::<D>(std::f64::consts::E)) + y) + (k::<D>(1.22));
        let a8 = (-((a7 * a7
            + ((k::<D>(0.5)) + ((k::<D>(1.4)) * (k::<D>(1.4))))
                * ((k::<D>(0.5)) + ((k::<D>(1.4)) * (k::<D>(1.4)))))
        .sqrt()))
            + a7;
        s1 = ((k::<D>(0.5)) * s1) + (((k::<D>(x[2].re().floor())) * (i5 + x[2])).sin());
    }
    let (u9, w10) = (
        (((k::<D>(0.9)) * s1.sin().tanh()).asin())
            + (((((k::<D>(0.9)) * ((k::<D>(0.7)).sin())).atanh()).cos())
                * ((k::<D>(-0.331)) / ((k::<D>(1.5)) + s4.tanh()))
                + s1.cos().exp_m1()),
        ((k::<D>(1.0))
            + ((((y.powi(2) * y.powi(2) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt())
                * (((y.powi(2) * y.powi(2) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).cbrt())))
        .cbrt(),
    );
    ((((y + s1) + s4) + u9) + w10) - x[1]
}

#[differentiable]
fn p11(x: &[f64], y: f64) -> f64 {
    let a1 = if Float::cos(-0.59) < y {
        y
    } else {
        (-0.4f64) - x[2]
    };
    let a2: f64 = (y - x[3]) - (x[0] / x[3].hypot(1.0_f64));
    let mut s3: f64 = 0.5;
    for &i4 in x.iter() {
        let a5 = x[4]
            / (((1.0 + ((y + std::f64::consts::E) * (y + std::f64::consts::E))).log2()).hypot(1.0));
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            let a7: f64 = ((i6 as f64) / (1.5_f64 + x[0].tanh()))
                / (1.5_f64 + f64::powf(y.hypot(1.0), s3.sin()).tanh());
            let a8 = p3(1.4_f64, x[2], x[4]);
            s3 -= f64::tanh(a5);
            s3 = (0.5 * s3) + Float::atan(x[3]);
        }
        s3 *= 1.0f64 + (0.3 * f64::sin(a1.sinh()));
        s3 = ((0.7 * s3) + f64::sqrt(s3.hypot(1.0))).tanh();
    }
    let (u9, w10) = (x[3], Float::tanh(f64::exp_m1(s3)).exp2() * 0.2);
    let w10 = a1.asinh() * (0.27 * s3);
    ((((a1 + a2) + s3) + u9) + w10) + x[0]
}

fn p11_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if ((k::<D>(-0.59)).cos()).re() < y.re() {
        y
    } else {
        (k::<D>(-0.4)) - x[2]
    };
    let a2: D = (y - x[3]) - (x[0] / ((x[3] * x[3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()));
    let mut s3: D = k::<D>(0.5);
    for &i4 in x.iter() {
        let a5 = x[4]
            / (((((k::<D>(1.0))
                + ((y + (k::<D>(std::f64::consts::E))) * (y + (k::<D>(std::f64::consts::E)))))
            .log2())
                * (((k::<D>(1.0))
                    + ((y + (k::<D>(std::f64::consts::E)))
                        * (y + (k::<D>(std::f64::consts::E)))))
                .log2())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt());
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            let a7: D = ((k::<D>(i6 as f64)) / ((k::<D>(1.5)) + x[0].tanh()))
                / ((k::<D>(1.5))
                    + (((s3.sin() * ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp())
                        .tanh()));
            let a8 = p3_d(k::<D>(1.4), x[2], x[4]);
            s3 -= a5.tanh();
            s3 = ((k::<D>(0.5)) * s3) + x[3].atan();
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.sinh().sin());
        s3 = (((k::<D>(0.7)) * s3) + (((s3 * s3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()))
            .tanh();
    }
    let (u9, w10) = (x[3], s3.exp_m1().tanh().exp2() * (k::<D>(0.2)));
    let w10 = a1.asinh() * ((k::<D>(0.27)) * s3);
    ((((a1 + a2) + s3) + u9) + w10) + x[0]
}

#[differentiable]
fn p12(x0: f64, x1: f64) -> f64 {
    let a1: f64 = x1;
    let mut s2: f64 = 1.0_f64;
    for i3 in 1..2 {
        let (u4, w5) = (
            f64::exp(Float::tanh(a1 - a1))
                .powf(a1 / (1.0f64 + ((i3 as f64) * (i3 as f64))))
                .atan()
                * ((x0 * x0) / (1.5_f64 + f64::tanh(1.495f64 * x1))),
            (0.9 * x1.clamp(-0.77, 0.14).sin()).asin(),
        );
        s2 = (0.5 * s2) + p9(a1, a1).cos().tanh();
        if (-0.74).asinh() >= -0.55f64 {
            break;
        }
    }
    let a6 = if x1 * (-1.864f64) < s2 {
        (f64::ceil(a1) * x1) + x0.exp_m1()
    } else {
        f64::mul_add(1.24.cos(), s2.tanh(), -std::f64::consts::E)
    };
    let a7 = f64::tan(Float::clamp(f64::abs(x0), -0.97, 0.76).sin());
    let mut i8 = 0;
    while i8 < 3 {
        i8 += 1;
        let a9 = s2 + a6;
        if a7 < a7 {
            break;
        }
        let a7 = p9(x0, (i8 as f64).sin());
        let a10 = a7;
        s2 *= 1.0 + (0.3 * Float::cos(core::f64::consts::PI - a9).exp().cos());
    }
    (((x1 + a1) + s2) + a6) + a7
}

fn p12_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = x1;
    let mut s2: D = k::<D>(1.0);
    for i3 in 1..2 {
        let (u4, w5) = (
            ((((a1 / ((k::<D>(1.0)) + ((k::<D>(i3 as f64)) * (k::<D>(i3 as f64)))))
                * (((a1 - a1).tanh()).exp()).ln())
            .exp())
            .atan())
                * ((x0 * x0) / ((k::<D>(1.5)) + (((k::<D>(1.495)) * x1).tanh()))),
            ((k::<D>(0.9)) * dclamp(x1, k::<D>(-0.77), k::<D>(0.14)).sin()).asin(),
        );
        s2 = ((k::<D>(0.5)) * s2) + p9_d(a1, a1).cos().tanh();
        if ((k::<D>(-0.74)).asinh()).re() >= (k::<D>(-0.55)).re() {
            break;
        }
    }
    let a6 = if (x1 * (k::<D>(-1.864))).re() < s2.re() {
        ((k::<D>(a1.re().ceil())) * x1) + x0.exp_m1()
    } else {
        (((k::<D>(1.24)).cos()) * s2.tanh() + (-(k::<D>(std::f64::consts::E))))
    };
    let a7 = dclamp(x0.abs(), k::<D>(-0.97), k::<D>(0.76)).sin().tan();
    let mut i8 = 0;
    while i8 < 3 {
        i8 += 1;
        let a9 = s2 + a6;
        if a7.re() < a7.re() {
            break;
        }
        let a7 = p9_d(x0, (k::<D>(i8 as f64)).sin());
        let a10 = a7;
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((((k::<D>(core::f64::consts::PI)) - a9).cos()).exp()).cos()));
    }
    (((x1 + a1) + s2) + a6) + a7
}

#[differentiable]
fn p13<T: Float>(x: &[T], y: T) -> T {
    let (u1, w2) = ((c::<T>(BETA)) / ((c::<T>(1.5)) + y.tanh()), y + y);
    let a3: T = (T::from(1.1).unwrap()
        + (((c::<T>(1.0)) + (x[1] * x[1])) * (T::one() + (x[1] * x[1]))))
        .acosh();
    let mut s4: T = T::from(0.5).unwrap();
    for i5 in 0..x.len() / 2 {
        let (u6, w7) = (
            ((c::<T>(-0.4)).clamp(c::<T>(-0.14), c::<T>(0.25))) - ((c::<T>(0.7)) * x[2 * i5]),
            T::clamp(
                T::recip(T::one() + (x[2 * i5] * x[2 * i5])),
                c::<T>(-1.15),
                T::from(0.38).unwrap(),
            ),
        );
        s4 = (T::from(0.5).unwrap() * s4)
            + (({
                let t8 = (c::<T>(1.1)).tanh();
                a3 / ((c::<T>(1.0)) + (x[2 * i5] * x[2 * i5]))
            })
            .tanh());
        s4 = s4 + Float::tanh(u1.tanh());
        if u1 * a3 > T::from(-0.32).unwrap() {
            continue;
        }
    }
    for i9 in 1..x.len() {
        let y: T = y - x[i9 - 1];
        s4 = s4 - Float::atan(y.tanh().cosh());
        let a11 = {
            let t10 = c::<T>(V[i9]);
            u1
        };
        s4 = ((c::<T>(0.5)) * s4) + x[i9 - 1].atan();
        s4 = s4.min(Float::exp_m1(a11.cos()).atan());
    }
    for i12 in 0..3 {
        s4 = (((c::<T>(0.7)) * s4) + y).sin();
        s4 = s4.min(T::atan(
            (T::from(2.0).unwrap() + ((((((c::<T>(1.5)) + w2.tanh()).sqrt()).sin()).sinh()).sin()))
                .ln(),
        ));
        let a13: T = (((s4 / ((c::<T>(1.0)) + (x[1] * x[1])))
            - (x[1] / Float::exp((c::<T>(i12 as f64)).sin())))
        .round())
            * T::from(1.423).unwrap();
        s4 = s4 - x[0].atan();
        s4 = s4.min((u1.asinh() - w2).sin());
    }
    let mut s14: T = c::<T>(0.0);
    for i15 in 0..x.len() {
        let mut m16 = (((c::<T>(1.0)) + (y * y)).powf(w2.powi(2).cos()))
            / (T::from(2.0).unwrap() + ((c::<T>(BETA)).sin()));
        s4 = s4
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::sin(T::max(
                        c::<T>(0.85),
                        x[i15].atan2(-((c::<T>(0.5)) + (s4 * s4))),
                    ))));
        m16 = m16 / ((c::<T>(2.0)) + T::sin(c::<T>(0.8)));
    }
    ((((u1 + w2) + a3) + s4) + s14) + x[0]
}

fn p13_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = ((k::<D>(BETA)) / ((k::<D>(1.5)) + y.tanh()), y + y);
    let a3: D = ((k::<D>(1.1))
        + (((k::<D>(1.0)) + (x[1] * x[1])) * ((k::<D>(1.0)) + (x[1] * x[1]))))
        .acosh();
    let mut s4: D = k::<D>(0.5);
    for i5 in 0..x.len() / 2 {
        let (u6, w7) = (
            dclamp(k::<D>(-0.4), k::<D>(-0.14), k::<D>(0.25)) - ((k::<D>(0.7)) * x[2 * i5]),
            dclamp(
                ((k::<D>(1.0)) + (x[2 * i5] * x[2 * i5])).recip(),
                k::<D>(-1.15),
                k::<D>(0.38),
            ),
        );
        s4 = ((k::<D>(0.5)) * s4)
            + (({
                let t8 = (k::<D>(1.1)).tanh();
                a3 / ((k::<D>(1.0)) + (x[2 * i5] * x[2 * i5]))
            })
            .tanh());
        s4 += u1.tanh().tanh();
        if (u1 * a3).re() > (k::<D>(-0.32)).re() {
            continue;
        }
    }
    for i9 in 1..x.len() {
        let y: D = y - x[i9 - 1];
        s4 -= y.tanh().cosh().atan();
        let a11 = {
            let t10 = k::<D>(V[i9]);
            u1
        };
        s4 = ((k::<D>(0.5)) * s4) + x[i9 - 1].atan();
        s4 = dmin(s4, a11.cos().exp_m1().atan());
    }
    for i12 in 0..3 {
        s4 = (((k::<D>(0.7)) * s4) + y).sin();
        s4 = dmin(
            s4,
            (((k::<D>(2.0)) + ((((((k::<D>(1.5)) + w2.tanh()).sqrt()).sin()).sinh()).sin())).ln())
                .atan(),
        );
        let a13: D = (k::<D>(
            ((s4 / ((k::<D>(1.0)) + (x[1] * x[1])))
                - (x[1] / (((k::<D>(i12 as f64)).sin()).exp())))
            .re()
            .round(),
        )) * (k::<D>(1.423));
        s4 -= x[0].atan();
        s4 = dmin(s4, (u1.asinh() - w2).sin());
    }
    let mut s14: D = k::<D>(0.0);
    for i15 in 0..x.len() {
        let mut m16 = ((w2.powi(2).cos() * ((k::<D>(1.0)) + (y * y)).ln()).exp())
            / ((k::<D>(2.0)) + ((k::<D>(BETA)).sin()));
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * dmax(k::<D>(0.85), datan2(x[i15], -((k::<D>(0.5)) + (s4 * s4)))).sin());
        m16 /= (k::<D>(2.0)) + ((k::<D>(0.8)).sin());
    }
    ((((u1 + w2) + a3) + s4) + s14) + x[0]
}

#[differentiable]
fn p14(x: &[f64]) -> f64 {
    let a1 = x[0];
    let a1 = BETA;
    let (u2, w3) = (
        (1.1 + (Float::cosh(-1.44) * ((-1.44).cosh()))).acosh(),
        x[2] + x[1],
    );
    if a1.tanh() <= 0.73 {
        return x[2] + w3.cos();
    }
    let mut s4 = 0.0;
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let mut m6: f64 = 1.3;
        let a8 = {
            let t7 = -u2;
            W[i5] - x[0]
        };
        let a9 = f64::exp2(a8.tanh());
        s4 *= 1.0 + (0.3 * Float::sin((-0.341) + (i5 as f64)));
    }
    let a10: f64 = (-0.8_f64) + 1.189;
    ((((a1 + u2) + w3) * s4) + a10) + x[1]
}

fn p14_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[0];
    let a1 = k::<D>(BETA);
    let (u2, w3) = (
        ((k::<D>(1.1)) + (((k::<D>(-1.44)).cosh()) * ((k::<D>(-1.44)).cosh()))).acosh(),
        x[2] + x[1],
    );
    if a1.tanh().re() <= (k::<D>(0.73)).re() {
        return x[2] + w3.cos();
    }
    let mut s4 = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        let mut m6: D = k::<D>(1.3);
        let a8 = {
            let t7 = -u2;
            (k::<D>(W[i5])) - x[0]
        };
        let a9 = a8.tanh().exp2();
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(-0.341)) + (k::<D>(i5 as f64))).sin()));
    }
    let a10: D = (k::<D>(-0.8)) + (k::<D>(1.189));
    ((((a1 + u2) + w3) * s4) + a10) + x[1]
}

#[differentiable]
fn p15<T: Float + NumAssign>(x: [T; 3], y: T, nk: usize) -> T {
    let (u1, w2) = (
        (c::<T>(1.985)) - ((c::<T>(core::f64::consts::PI)) - (y - x[1])),
        T::mul_add(
            y - T::max(y, y),
            (c::<T>(1.236)) / ((c::<T>(1.0)) + ((x[0] * y) * (x[0] * y))),
            y,
        ),
    );
    let a3 = if w2 <= c::<T>(-0.66) {
        Float::hypot(c::<T>(-0.1), (c::<T>(0.5)) + (x[0] * x[0]))
    } else {
        w2
    };
    let (u4, w5) = (u1 - x[2], u1 + (c::<T>(-1.9)));
    let (u6, w7) = (
        (T::from(0.9).unwrap()
            * ((((c::<T>(1.1))
                + (((c::<T>(2.0)) + x[0].sin()) * ((c::<T>(2.0)) + Float::sin(x[0]))))
            .acosh())
            .sin()))
        .atanh(),
        u1,
    );
    ((((a3 + u4) + w5) + u6) + w7) - x[0]
}

fn p15_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let (u1, w2) = (
        (k::<D>(1.985)) - ((k::<D>(core::f64::consts::PI)) - (y - x[1])),
        ((y - dmax(y, y)) * ((k::<D>(1.236)) / ((k::<D>(1.0)) + ((x[0] * y) * (x[0] * y)))) + y),
    );
    let a3 = if w2.re() <= (k::<D>(-0.66)).re() {
        ((k::<D>(-0.1)) * (k::<D>(-0.1))
            + ((k::<D>(0.5)) + (x[0] * x[0])) * ((k::<D>(0.5)) + (x[0] * x[0])))
            .sqrt()
    } else {
        w2
    };
    let (u4, w5) = (u1 - x[2], u1 + (k::<D>(-1.9)));
    let (u6, w7) = (
        ((k::<D>(0.9))
            * ((((k::<D>(1.1)) + (((k::<D>(2.0)) + x[0].sin()) * ((k::<D>(2.0)) + x[0].sin())))
                .acosh())
            .sin()))
        .atanh(),
        u1,
    );
    ((((a3 + u4) + w5) + u6) + w7) - x[0]
}

#[differentiable]
fn p16(x: &[f64]) -> f64 {
    let a1: f64 = -0.35;
    let mut s2 = 0.5;
    for i3 in 0..x.len() {
        let a4 = 1.99 / x[i3].hypot(1.0);
        let a5 = ((((i3 as f64).cos()).exp2()) * Float::sin(a1).tan())
            - Float::powf(
                1.5f64 + f64::tanh((i3 as f64).asinh()),
                (std::f64::consts::E - x[i3]).sin(),
            );
        s2 = ((0.7f64 * s2) + ((-x[i3]).abs())).cos();
    }
    let a1 = p5(f64::atan((1.5 + Float::tanh(s2)).ln()), x[2].sin().atan());
    let a6 = (-(x[3] + a1)) / f64::hypot(Float::sin(s2 + x[1]), 1.0_f64);
    ((s2 + a1) + a6) + x[2]
}

fn p16_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(-0.35);
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() {
        let a4 = (k::<D>(1.99)) / ((x[i3] * x[i3] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
        let a5 = ((((k::<D>(i3 as f64)).cos()).exp2()) * a1.sin().tan())
            - (((((k::<D>(std::f64::consts::E)) - x[i3]).sin())
                * ((k::<D>(1.5)) + (((k::<D>(i3 as f64)).asinh()).tanh())).ln())
            .exp());
        s2 = (((k::<D>(0.7)) * s2) + ((-x[i3]).abs())).cos();
    }
    let a1 = p5_d((((k::<D>(1.5)) + s2.tanh()).ln()).atan(), x[2].sin().atan());
    let a6 = (-(x[3] + a1))
        / ((((s2 + x[1]).sin()) * ((s2 + x[1]).sin()) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt());
    ((s2 + a1) + a6) + x[2]
}

#[differentiable]
fn p17(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a1 = if !(p5(x2, x1) <= x1 * x0) {
        (0.9 * x1.sin()).atanh()
    } else {
        Float::acosh(1.1_f64 + ((2.0 + x1.sin()) * (2.0 + x1.sin())))
    };
    let mut s2: f64 = 0.0;
    for i3 in 0..nk {
        let a4: f64 = x2;
        let a5 = (2.0 + ((i3 as f64).sin())).recip();
        let mut m6 = f64::cosh(Float::sin(x1 * a5)).powf(Float::atan(Float::cosh(x0)));
        m6 -= ((-0.388) - a5).atan();
        m6 -= ((1.0 + ((-a4) * (-a4))).log10()).cos();
    }
    let mut m7 = -a1.hypot(0.5 + (core::f64::consts::PI * core::f64::consts::PI));
    for i8 in 2..3 {
        let a9 = f64::recip(f64::powi(a1.atan().cosh(), -1).cosh().recip().cos().cosh());
        let a10 = s2 - s2.atan().exp2();
        let a11 = Float::powf(1.0 + (s2.cos() * s2.cos()), s2.tanh())
            .atan()
            .mul_add(Float::tanh(a1), x1)
            + x1;
        s2 *= 1.0_f64
            + (0.3_f64
                * Float::sin({
                    let t12 = Float::exp(a11.cos());
                    0.1 - a1
                }));
        if x2.atan() * f64::tanh(m7) < Float::sin(x1) {
            continue;
        }
    }
    let a13 = if f64::atan(1.522) >= 0.23 && s2 > 0.55_f64 {
        (0.89 + x2) * (Float::atan(m7) * f64::sin(s2))
    } else {
        (x2 * x0) / (2.0 + Float::sin(x0.cos()))
    };
    let mut i14 = 0;
    while i14 < 3 {
        i14 += 1;
        if x1.mul_add((i14 as f64), x2) < 0.57 {
            break;
        }
        let mut i15 = 0;
        while i15 < 4 {
            i15 += 1;
            let mut m16 = 0.841;
            m7 += Float::tanh(a13);
            m7 = ((0.7 * m7) + 1.43.cosh()).cos();
        }
        if i14 != 2 {
            s2 = (0.5 * s2) + f64::tanh(f64::exp(0.74));
        }
        s2 = f64::min(
            s2,
            (((x0 - a13).tanh()).mul_add(f64::cos(m7 - (i14 as f64)), x0.max(x1))).sin(),
        );
    }
    (0.001 * ((((x2 + a1) + s2) + m7) + a13)).tanh()
}

fn p17_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = if !(p5_d(x2, x1).re() <= (x1 * x0).re()) {
        ((k::<D>(0.9)) * x1.sin()).atanh()
    } else {
        ((k::<D>(1.1)) + (((k::<D>(2.0)) + x1.sin()) * ((k::<D>(2.0)) + x1.sin()))).acosh()
    };
    let mut s2: D = k::<D>(0.0);
    for i3 in 0..nk {
        let a4: D = x2;
        let a5 = ((k::<D>(2.0)) + ((k::<D>(i3 as f64)).sin())).recip();
        let mut m6 = (x0.cosh().atan() * (((x1 * a5).sin()).cosh()).ln()).exp();
        m6 -= ((k::<D>(-0.388)) - a5).atan();
        m6 -= (((k::<D>(1.0)) + ((-a4) * (-a4))).log10()).cos();
    }
    let mut m7 = -((a1 * a1
        + ((k::<D>(0.5)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
            * ((k::<D>(0.5))
                + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI)))))
    .sqrt());
    for i8 in 2..3 {
        let a9 = a1
            .atan()
            .cosh()
            .powi(-1)
            .cosh()
            .recip()
            .cos()
            .cosh()
            .recip();
        let a10 = s2 - s2.atan().exp2();
        let a11 = ((((s2.tanh() * ((k::<D>(1.0)) + (s2.cos() * s2.cos())).ln()).exp()).atan())
            * a1.tanh()
            + x1)
            + x1;
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (({
                    let t12 = a11.cos().exp();
                    (k::<D>(0.1)) - a1
                })
                .sin()));
        if (x2.atan() * m7.tanh()).re() < x1.sin().re() {
            continue;
        }
    }
    let a13 =
        if ((k::<D>(1.522)).atan()).re() >= (k::<D>(0.23)).re() && s2.re() > (k::<D>(0.55)).re() {
            ((k::<D>(0.89)) + x2) * (m7.atan() * s2.sin())
        } else {
            (x2 * x0) / ((k::<D>(2.0)) + x0.cos().sin())
        };
    let mut i14 = 0;
    while i14 < 3 {
        i14 += 1;
        if (x1 * (k::<D>(i14 as f64)) + x2).re() < (k::<D>(0.57)).re() {
            break;
        }
        let mut i15 = 0;
        while i15 < 4 {
            i15 += 1;
            let mut m16 = k::<D>(0.841);
            m7 += a13.tanh();
            m7 = (((k::<D>(0.7)) * m7) + ((k::<D>(1.43)).cosh())).cos();
        }
        if i14 != 2 {
            s2 = ((k::<D>(0.5)) * s2) + (((k::<D>(0.74)).exp()).tanh());
        }
        s2 = dmin(
            s2,
            (((x0 - a13).tanh()) * ((m7 - (k::<D>(i14 as f64))).cos()) + dmax(x0, x1)).sin(),
        );
    }
    ((k::<D>(0.001)) * ((((x2 + a1) + s2) + m7) + a13)).tanh()
}

#[differentiable]
fn p18(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (
        f64::cbrt(Float::tanh(1.25 + x0).exp()),
        Float::exp_m1(f64::atan(x0 * x1)),
    );
    let mut s3 = 1.0;
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let w2 = s3;
        if i4 == 2 {
            break;
        }
        s3 = (0.5 * s3) + Float::sin(x1).tan().tanh();
        s3 *= 1.0 + (0.3f64 * (((i4 as f64) - x0).sin()));
    }
    s3 += x1.signum() * x0;
    let mut s5 = 1.0_f64;
    for i6 in 1..=3 {
        if i6 >= 0 {
            s3 = Float::max(
                s3,
                Float::tanh(
                    Float::log10(1.0 + ((-0.86) * (-0.86)))
                        + (Float::recip(1.5 + f64::tanh(s5)) + w2),
                ),
            );
        } else {
            s3 *= 1.0 + (0.3 * w2.sin());
        }
        s3 = (0.5_f64 * s3) + ((-(V[i6] * x1)).tanh());
        if i6 < 0 {
            break;
        }
        s3 -= ((((i6 as f64).hypot(1.0)).log2())
            / (1.0
                + (((1.0 + (u1.sin() * u1.sin())).sqrt())
                    * ((1.0f64 + (u1.sin() * u1.sin())).sqrt()))))
        .tanh();
    }
    let mut m7: f64 = s5;
    let mut m8: f64 = Float::mul_add(
        ((x1 * ALPHA) - x0.mul_add(s5.sin(), u1)).cos(),
        (x0 * w2).atan(),
        ((u1 + x1).trunc()) * w2.sin(),
    );
    (0.001 * ((((w2 + s3) + s5) + m7) + m8)).tanh()
}

fn p18_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        ((((k::<D>(1.25)) + x0).tanh()).exp()).cbrt(),
        ((x0 * x1).atan()).exp_m1(),
    );
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let w2 = s3;
        if i4 == 2 {
            break;
        }
        s3 = ((k::<D>(0.5)) * s3) + x1.sin().tan().tanh();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(i4 as f64)) - x0).sin()));
    }
    s3 += (k::<D>(x1.re().signum())) * x0;
    let mut s5 = k::<D>(1.0);
    for i6 in 1..=3 {
        if i6 >= 0 {
            s3 = dmax(
                s3,
                ((((k::<D>(1.0)) + ((k::<D>(-0.86)) * (k::<D>(-0.86)))).log10())
                    + ((((k::<D>(1.5)) + s5.tanh()).recip()) + w2))
                    .tanh(),
            );
        } else {
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * w2.sin());
        }
        s3 = ((k::<D>(0.5)) * s3) + ((-((k::<D>(V[i6])) * x1)).tanh());
        if i6 < 0 {
            break;
        }
        s3 -= (((((k::<D>(i6 as f64)) * (k::<D>(i6 as f64)) + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
        .log2())
            / ((k::<D>(1.0))
                + ((((k::<D>(1.0)) + (u1.sin() * u1.sin())).sqrt())
                    * (((k::<D>(1.0)) + (u1.sin() * u1.sin())).sqrt()))))
        .tanh();
    }
    let mut m7: D = s5;
    let mut m8: D = ((((x1 * (k::<D>(ALPHA))) - (x0 * s5.sin() + u1)).cos()) * ((x0 * w2).atan())
        + ((k::<D>((u1 + x1).re().trunc())) * w2.sin()));
    ((k::<D>(0.001)) * ((((w2 + s3) + s5) + m7) + m8)).tanh()
}

#[differentiable]
fn p19<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = (x1 / ((c::<T>(1.5)) + x0.tanh())) - (((c::<T>(0.574)).exp()).powf(x0));
    let a1 = T::from(1.782).unwrap();
    let a1: T = ((c::<T>(0.9))
        * (((({
            let t2 = c::<T>(-0.78);
            x0
        })
        .atan2(
            -((c::<T>(0.5))
                + (Float::sqrt(T::one() + (a1 * a1)) * (((c::<T>(1.0)) + (a1 * a1)).sqrt()))),
        ))
        .cos())
        .sin()))
    .acos();
    let mut s3: T = c::<T>(1.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let a5: T = (x2 + a1) - (((c::<T>(0.9)) * x1.tanh()).asin());
        let a5: T = x0;
        s3 = ((c::<T>(0.5)) * s3)
            + (((x0 * x0)
                .hypot((c::<T>(0.5)) + ((x1.round() * a1.atan()) * (x1.round() * a1.atan()))))
            .tanh());
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * a1.tanh().cosh().cos().cosh().log2().sin());
    }
    let mut s6 = c::<T>(1.0);
    let mut i7 = 0;
    while i7 < 1 {
        i7 += 1;
        let mut s8 = c::<T>(1.0);
        for i9 in 1..5 {
            let a10 = Float::powi(Float::atan(T::from(-1.17).unwrap()), 3);
            let a11 = Float::acos((c::<T>(0.9)) * Float::sin(a10.atan()));
            if i7 <= 1 {
                s8 *= (c::<T>(1.0))
                    + (T::from(0.3).unwrap()
                        * Float::atan(
                            (T::from(0.5).unwrap() + (a10.sin().exp() * Float::exp(a10.sin())))
                                .ln_1p(),
                        )
                        .exp()
                        .sin());
            }
            s8 += Float::sin(Float::powi(Float::atan(s3), 1));
            s8 = ((c::<T>(0.5)) * s8) + (((-x0) + x2).tanh());
        }
        let a1: T = c::<T>(1.1);
        let a12: T = s6;
        s6 += T::tanh(x1);
        s3 = (((c::<T>(0.7)) * s3)
            + (((c::<T>(i7 as f64)) * (c::<T>(i7 as f64)))
                / ((c::<T>(1.0)) + (Float::tan(x1.sin()) * x1.sin().tan()))))
        .tanh();
    }
    (((x1 + x2) + a1) + s3) + s6
}

fn p19_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (x1 / ((k::<D>(1.5)) + x0.tanh())) - ((x0 * ((k::<D>(0.574)).exp()).ln()).exp());
    let a1 = k::<D>(1.782);
    let a1: D = ((k::<D>(0.9))
        * datan2(
            {
                let t2 = k::<D>(-0.78);
                x0
            },
            -((k::<D>(0.5))
                + ((((k::<D>(1.0)) + (a1 * a1)).sqrt()) * (((k::<D>(1.0)) + (a1 * a1)).sqrt()))),
        )
        .cos()
        .sin())
    .acos();
    let mut s3: D = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let a5: D = (x2 + a1) - (((k::<D>(0.9)) * x1.tanh()).asin());
        let a5: D = x0;
        s3 = ((k::<D>(0.5)) * s3)
            + ((((x0 * x0) * (x0 * x0)
                + ((k::<D>(0.5))
                    + (((k::<D>(x1.re().round())) * a1.atan())
                        * ((k::<D>(x1.re().round())) * a1.atan())))
                    * ((k::<D>(0.5))
                        + (((k::<D>(x1.re().round())) * a1.atan())
                            * ((k::<D>(x1.re().round())) * a1.atan()))))
            .sqrt())
            .tanh());
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.tanh().cosh().cos().cosh().log2().sin());
    }
    let mut s6 = k::<D>(1.0);
    let mut i7 = 0;
    while i7 < 1 {
        i7 += 1;
        let mut s8 = k::<D>(1.0);
        for i9 in 1..5 {
            let a10 = ((k::<D>(-1.17)).atan()).powi(3);
            let a11 = ((k::<D>(0.9)) * a10.atan().sin()).acos();
            if i7 <= 1 {
                s8 *= (k::<D>(1.0))
                    + ((k::<D>(0.3))
                        * ((((((k::<D>(0.5)) + (a10.sin().exp() * a10.sin().exp())).ln_1p())
                            .atan())
                        .exp())
                        .sin()));
            }
            s8 += s3.atan().powi(1).sin();
            s8 = ((k::<D>(0.5)) * s8) + (((-x0) + x2).tanh());
        }
        let a1: D = k::<D>(1.1);
        let a12: D = s6;
        s6 += x1.tanh();
        s3 = (((k::<D>(0.7)) * s3)
            + (((k::<D>(i7 as f64)) * (k::<D>(i7 as f64)))
                / ((k::<D>(1.0)) + (x1.sin().tan() * x1.sin().tan()))))
        .tanh();
    }
    (((x1 + x2) + a1) + s3) + s6
}

#[differentiable]
fn p20(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if !(1.6 > 0.37) {
            continue;
        }
        let (u3, w4) = (
            f64::atanh(0.9 * x1.sin()),
            (0.9_f64
                * Float::sin((f64::ceil(x2 / (1.0 + (x0 * x0))) * f64::atan(x2.exp())).tanh()))
            .atanh(),
        );
        let a5 = f64::asinh(u3);
        s1 -= s1.tanh();
        s1 -= ((0.9 * ALPHA.cos().sin()).atanh()).tanh();
    }
    s1 *= 1.0f64 + (0.3 * ((-1.8f64).sin()));
    let a6 = 0.41 / (2.0 + Float::sin(x1));
    let mut s7 = 0.0;
    for i8 in 0..nk {
        let a9 = (0.9 * Float::tanh(Float::cos((x1 - x1) + a6.clamp(-1.13, 0.46)))).acos();
        s7 -= x2.tanh();
        s1 = (0.5_f64 * s1) + Float::tanh(Float::atan2((i8 as f64), 0.5 + ((-0.794) * (-0.794))));
    }
    let a6 = (2.0f64
        + f64::sin(Float::ln_1p(
            0.5 + ((1.5 + f64::tanh(1.963_f64.min(x2))) * (1.5 + f64::min(1.963, x2).tanh())),
        )))
    .log10();
    (((x1 + x2) + s1) + s7) * a6
}

fn p20_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if !((k::<D>(1.6)).re() > (k::<D>(0.37)).re()) {
            continue;
        }
        let (u3, w4) = (
            ((k::<D>(0.9)) * x1.sin()).atanh(),
            ((k::<D>(0.9))
                * ((((k::<D>((x2 / ((k::<D>(1.0)) + (x0 * x0))).re().ceil())) * x2.exp().atan())
                    .tanh())
                .sin()))
            .atanh(),
        );
        let a5 = u3.asinh();
        s1 -= s1.tanh();
        s1 -= (((k::<D>(0.9)) * (((k::<D>(ALPHA)).cos()).sin())).atanh()).tanh();
    }
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-1.8)).sin()));
    let a6 = (k::<D>(0.41)) / ((k::<D>(2.0)) + x1.sin());
    let mut s7 = k::<D>(0.0);
    for i8 in 0..nk {
        let a9 = ((k::<D>(0.9))
            * ((((x1 - x1) + dclamp(a6, k::<D>(-1.13), k::<D>(0.46))).cos()).tanh()))
        .acos();
        s7 -= x2.tanh();
        s1 = ((k::<D>(0.5)) * s1)
            + datan2(
                k::<D>(i8 as f64),
                (k::<D>(0.5)) + ((k::<D>(-0.794)) * (k::<D>(-0.794))),
            )
            .tanh();
    }
    let a6 = ((k::<D>(2.0))
        + ((((k::<D>(0.5))
            + (((k::<D>(1.5)) + dmin(k::<D>(1.963), x2).tanh())
                * ((k::<D>(1.5)) + dmin(k::<D>(1.963), x2).tanh())))
        .ln_1p())
        .sin()))
    .log10();
    (((x1 + x2) + s1) + s7) * a6
}

#[differentiable]
fn p21(x0: f64, x1: f64) -> f64 {
    let mut s1 = 1.0_f64;
    for i2 in 2..5 {
        if !(f64::ln_1p(0.5 + ((1.5 + x0.tanh()) * (1.5 + x0.tanh())))
            > (1.0 + (V[i2] * V[i2])).powi(0))
        {
            break;
        }
        let a3 = Float::min(s1, x1 - (i2 as f64));
        s1 = ((0.7 * s1) + ((1.6.tanh() * Float::sin(a3)).mul_add(x0 / (2.0 + x0.sin()), x0 + s1)))
            .atan();
        s1 = ((0.7 * s1) + (W[i2] - x0)).tanh();
    }
    let (u4, w5) = (x0 * s1, (1.5 + x0.tanh()).sqrt());
    let u4: f64 = x1.abs();
    let a6 = f64::acos(0.9 * w5.tanh());
    for i7 in 2..=6 {
        let a8 = std::f64::consts::E / (2.0 + ((-1.09).sin()));
        if i7 % 2 == 1 {
            s1 = (0.5 * s1) + f64::tanh(((u4 * u4).sin()).exp2());
        } else {
            s1 = (0.5_f64 * s1)
                + f64::cos((w5 / Float::cosh(Float::tanh(w5))) / (2.0 + Float::sin(BETA)));
        }
        s1 *= 1.0
            + (0.3
                * Float::cos(
                    Float::ln_1p(0.5 + (((-1.42).exp()) * f64::exp(-1.42)))
                        .sin()
                        .exp(),
                ));
        s1 *= 1.0 + (0.3 * ((1.902_f64 + s1.asinh()).sin()));
    }
    let mut m9 = (((1.0 + (ALPHA * ALPHA)).sqrt()) - 0.5)
        / (((x0 * x0) / f64::tanh(x0 - x0).exp()).hypot(1.0));
    (0.001_f64 * ((((s1 + w5) + u4) + a6) * m9)).tanh()
}

fn p21_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..5 {
        if !((((k::<D>(0.5)) + (((k::<D>(1.5)) + x0.tanh()) * ((k::<D>(1.5)) + x0.tanh())))
            .ln_1p())
        .re()
            > (((k::<D>(1.0)) + ((k::<D>(V[i2])) * (k::<D>(V[i2])))).powi(0)).re())
        {
            break;
        }
        let a3 = dmin(s1, x1 - (k::<D>(i2 as f64)));
        s1 = (((k::<D>(0.7)) * s1)
            + ((((k::<D>(1.6)).tanh()) * a3.sin()) * (x0 / ((k::<D>(2.0)) + x0.sin()))
                + (x0 + s1)))
            .atan();
        s1 = (((k::<D>(0.7)) * s1) + ((k::<D>(W[i2])) - x0)).tanh();
    }
    let (u4, w5) = (x0 * s1, ((k::<D>(1.5)) + x0.tanh()).sqrt());
    let u4: D = x1.abs();
    let a6 = ((k::<D>(0.9)) * w5.tanh()).acos();
    for i7 in 2..=6 {
        let a8 = (k::<D>(std::f64::consts::E)) / ((k::<D>(2.0)) + ((k::<D>(-1.09)).sin()));
        if i7 % 2 == 1 {
            s1 = ((k::<D>(0.5)) * s1) + ((((u4 * u4).sin()).exp2()).tanh());
        } else {
            s1 = ((k::<D>(0.5)) * s1)
                + (((w5 / w5.tanh().cosh()) / ((k::<D>(2.0)) + ((k::<D>(BETA)).sin()))).cos());
        }
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((k::<D>(0.5)) + (((k::<D>(-1.42)).exp()) * ((k::<D>(-1.42)).exp())))
                    .ln_1p())
                .sin())
                .exp())
                .cos()));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.902)) + s1.asinh()).sin()));
    }
    let mut m9 = ((((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).sqrt()) - (k::<D>(0.5)))
        / ((((x0 * x0) / (((x0 - x0).tanh()).exp())) * ((x0 * x0) / (((x0 - x0).tanh()).exp()))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt());
    ((k::<D>(0.001)) * ((((s1 + w5) + u4) + a6) * m9)).tanh()
}

#[differentiable]
fn p22(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let mut s1 = 0.0;
    for i2 in 0..=1 {
        let a3 = x2 - p9(V[i2].cos(), f64::atan(0.8 + x1));
        s1 = ((0.7_f64 * s1)
            + x0.mul_add(
                x1 / (1.0 + (V[i2] * V[i2])),
                (0.9 * a3.tanh().tanh()).atanh(),
            ))
        .tanh();
    }
    let mut s4 = 1.0_f64;
    for i5 in 0..nk {
        let mut m6 = -1.156;
        if x0.exp() >= x0 {
            continue;
        }
        s4 /= f64::powf(f64::cosh(s4.cos()), 1.4).tanh().cosh();
    }
    let mut s7 = 1.0;
    for i8 in 0..4 {
        let a9 = f64::powi(Float::exp_m1(ALPHA.cos()).atan(), 1);
        s1 = Float::tanh((0.7 * s1) + x0);
        s1 -= Float::sin(a9.sin());
        s7 -= Float::log(
            1.0 + (p3(a9.atan(), x1, -1.1_f64) * p3(a9.atan(), x1, -1.1)),
            (0.5 + (0.4 * f64::cos(a9 * s1).sin())).exp(),
        )
        .cos();
    }
    let mut s10 = 0.5;
    for i11 in 0..nk {
        let mut s12 = 1.0_f64;
        for i13 in 0..4 {
            if i11 == 1 {
                continue;
            }
            let mut m15: f64 = {
                let t14 = x1 / Float::exp((s7.atan() * x2).atan());
                (ALPHA / (1.5 + s1.tanh())) - ((2.0 + s1.sin()).recip())
            };
            let a16 = m15 + s1;
            let a18 = if i11 >= 1 {
                {
                    let t17 = a16;
                    f64::cos((0.9 * f64::sin(x2)).asin())
                }
            } else {
                (((-0.38_f64) / a16.cos().cosh()) * s4.sin())
                    + f64::mul_add(
                        x0,
                        Float::log10(2.0 + Float::sin(x2)),
                        (-1.0) / (1.0 + (x2 * x2)),
                    )
            };
            s7 *= 1.0 + (0.3_f64 * m15.tanh().exp().sin());
        }
        s7 *= 1.0 + (0.3f64 * 2.0.sin());
        s12 -= (-1.21).tanh();
    }
    s1 *= 1.0_f64 + (0.3 * ((x0 + Float::atan(x0)).sin()));
    (0.001_f64 * ((((x2 * s1) + s4) * s7) + s10)).tanh()
}

fn p22_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..=1 {
        let a3 = x2 - p9_d((k::<D>(V[i2])).cos(), ((k::<D>(0.8)) + x1).atan());
        s1 = (((k::<D>(0.7)) * s1)
            + (x0 * (x1 / ((k::<D>(1.0)) + ((k::<D>(V[i2])) * (k::<D>(V[i2])))))
                + (((k::<D>(0.9)) * a3.tanh().tanh()).atanh())))
        .tanh();
    }
    let mut s4 = k::<D>(1.0);
    for i5 in 0..nk {
        let mut m6 = k::<D>(-1.156);
        if x0.exp().re() >= x0.re() {
            continue;
        }
        s4 /= ((((k::<D>(1.4)) * s4.cos().cosh().ln()).exp()).tanh()).cosh();
    }
    let mut s7 = k::<D>(1.0);
    for i8 in 0..4 {
        let a9 = ((((k::<D>(ALPHA)).cos()).exp_m1()).atan()).powi(1);
        s1 = (((k::<D>(0.7)) * s1) + x0).tanh();
        s1 -= a9.sin().sin();
        s7 -= (((k::<D>(1.0))
            + (p3_d(a9.atan(), x1, k::<D>(-1.1)) * p3_d(a9.atan(), x1, k::<D>(-1.1))))
        .ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((a9 * s1).cos()).sin()))).exp()).ln())
        .cos();
    }
    let mut s10 = k::<D>(0.5);
    for i11 in 0..nk {
        let mut s12 = k::<D>(1.0);
        for i13 in 0..4 {
            if i11 == 1 {
                continue;
            }
            let mut m15: D = {
                let t14 = x1 / (((s7.atan() * x2).atan()).exp());
                ((k::<D>(ALPHA)) / ((k::<D>(1.5)) + s1.tanh()))
                    - (((k::<D>(2.0)) + s1.sin()).recip())
            };
            let a16 = m15 + s1;
            let a18 = if i11 >= 1 {
                {
                    let t17 = a16;
                    (((k::<D>(0.9)) * x2.sin()).asin()).cos()
                }
            } else {
                (((k::<D>(-0.38)) / a16.cos().cosh()) * s4.sin())
                    + (x0 * (((k::<D>(2.0)) + x2.sin()).log10())
                        + ((k::<D>(-1.0)) / ((k::<D>(1.0)) + (x2 * x2))))
            };
            s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m15.tanh().exp().sin());
        }
        s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(2.0)).sin()));
        s12 -= (k::<D>(-1.21)).tanh();
    }
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x0 + x0.atan()).sin()));
    ((k::<D>(0.001)) * ((((x2 * s1) + s4) * s7) + s10)).tanh()
}

#[differentiable]
fn p23<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let a1 = Float::log2(T::one() + (x1 * x1));
    let a2: T = x1;
    let a3: T = Float::tanh(x1);
    (((x0 + x1) + a1) * a2) + a3
}

fn p23_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = ((k::<D>(1.0)) + (x1 * x1)).log2();
    let a2: D = x1;
    let a3: D = x1.tanh();
    (((x0 + x1) + a1) * a2) + a3
}

#[differentiable]
fn p24(x: &[f64]) -> f64 {
    let a1 = x[0] * core::f64::consts::PI;
    let mut s2 = 0.0_f64;
    for i3 in 0..x.len() {
        let a4 = (a1 - x[i3]) / f64::tanh(Float::exp(x[i3]).ln()).cosh();
        if i3 == 0 {
            s2 = (0.5 * s2) + a1.clamp(-1.19, 1.12).sin();
        } else {
            s2 *= 1.0 + (0.3 * ((1.5 + a1.tanh()).cos()));
        }
        s2 -= ((((a4 * x[i3]).tanh()).powi(1)) * ((V[i3] - s2).cos())).sin();
        s2 -= f64::cos(a1);
        s2 += std::f64::consts::E.cos();
    }
    let mut m5 = x[1];
    let mut m7 = {
        let t6 = x[0];
        a1
    };
    let mut s8 = 0.0;
    for &i9 in x.iter() {
        let mut s10 = 1.0;
        for &i11 in x.iter() {
            let a12 = i9
                / (1.0
                    + (((1.0_f64 + (f64::sin(m7) * m7.sin())).log10())
                        * ((1.0 + (f64::sin(m7) * f64::sin(m7))).log10())));
            let a13 = i9.exp();
            s10 /= 2.0 + f64::sin(x[0].atan());
        }
        s2 = (0.5 * s2) + ((-1.04).sin());
        s10 += f64::atan(i9 / (1.0 + (a1 * a1))).cos();
    }
    Float::tanh(0.001 * (((((a1 + s2) + m5) + m7) + s8) + x[2]))
}

fn p24_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[0] * (k::<D>(core::f64::consts::PI));
    let mut s2 = k::<D>(0.0);
    for i3 in 0..x.len() {
        let a4 = (a1 - x[i3]) / x[i3].exp().ln().tanh().cosh();
        if i3 == 0 {
            s2 = ((k::<D>(0.5)) * s2) + dclamp(a1, k::<D>(-1.19), k::<D>(1.12)).sin();
        } else {
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a1.tanh()).cos()));
        }
        s2 -= ((((a4 * x[i3]).tanh()).powi(1)) * (((k::<D>(V[i3])) - s2).cos())).sin();
        s2 -= a1.cos();
        s2 += (k::<D>(std::f64::consts::E)).cos();
    }
    let mut m5 = x[1];
    let mut m7 = {
        let t6 = x[0];
        a1
    };
    let mut s8 = k::<D>(0.0);
    for &i9 in x.iter() {
        let mut s10 = k::<D>(1.0);
        for &i11 in x.iter() {
            let a12 = i9
                / ((k::<D>(1.0))
                    + ((((k::<D>(1.0)) + (m7.sin() * m7.sin())).log10())
                        * (((k::<D>(1.0)) + (m7.sin() * m7.sin())).log10())));
            let a13 = i9.exp();
            s10 /= (k::<D>(2.0)) + x[0].atan().sin();
        }
        s2 = ((k::<D>(0.5)) * s2) + ((k::<D>(-1.04)).sin());
        s10 += ((i9 / ((k::<D>(1.0)) + (a1 * a1))).atan()).cos();
    }
    ((k::<D>(0.001)) * (((((a1 + s2) + m5) + m7) + s8) + x[2])).tanh()
}

#[differentiable]
fn p25(x: &[f64]) -> f64 {
    let a1: f64 = x[0] + BETA;
    let mut s2 = 1.0;
    for i3 in 0..x.len() {
        s2 = (0.5 * s2)
            + f64::sin(((s2 / (1.5 + f64::tanh(x[i3]))).cos()).mul_add(
                s2.atan2(0.5f64 + (x[i3] * x[i3])).atan(),
                a1 / (2.0 + f64::sin(-1.209)),
            ));
        let a1 = (2.0f64 + Float::acosh(1.1 + (x[i3].exp() * x[i3].exp())).sin())
            .powf((x[i3] + Float::exp(x[i3]).log10()).atan());
        let a4 = (1.0
            + (std::f64::consts::E.atan().exp().cbrt().atan()
                * f64::atan(f64::cbrt(f64::exp(f64::atan(std::f64::consts::E))))))
        .sqrt();
        s2 /= 1.0_f64 + (x[i3] * x[i3]);
    }
    let a1 = Float::sin((0.9 * x[2].atan2(0.5 + (a1 * a1)).tanh().sin()).asin());
    let mut m5: f64 = ((0.9_f64 + a1).asinh()).mul_add(
        Float::cos(a1.exp2())
            .mul_add(Float::tanh(s2 - x[2]), a1 + a1)
            .cos(),
        f64::powi(s2.atan().sin().tan(), 1),
    );
    for &i6 in x.iter() {
        let mut s7 = 0.5;
        for i8 in 1..4 {
            s7 *= 1.0_f64 + (0.3_f64 * f64::exp(f64::tanh(x[2])).cos());
            if i8 <= 1 {
                break;
            }
            s7 = ((0.7 * s7) + BETA.hypot(0.5 + ((i8 as f64) * (i8 as f64)))).cos();
        }
        m5 -= Float::sin(a1);
        m5 /= 1.0 + (s2.sin() * s2.sin());
    }
    (0.001 * (((s2 * a1) + m5) + x[3])).tanh()
}

fn p25_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[0] + (k::<D>(BETA));
    let mut s2 = k::<D>(1.0);
    for i3 in 0..x.len() {
        s2 = ((k::<D>(0.5)) * s2)
            + ((((s2 / ((k::<D>(1.5)) + x[i3].tanh())).cos())
                * datan2(s2, (k::<D>(0.5)) + (x[i3] * x[i3])).atan()
                + (a1 / ((k::<D>(2.0)) + ((k::<D>(-1.209)).sin()))))
            .sin());
        let a1 = (((x[i3] + x[i3].exp().log10()).atan())
            * ((k::<D>(2.0)) + ((((k::<D>(1.1)) + (x[i3].exp() * x[i3].exp())).acosh()).sin()))
                .ln())
        .exp();
        let a4 = ((k::<D>(1.0))
            + ((((((k::<D>(std::f64::consts::E)).atan()).exp()).cbrt()).atan())
                * (((((k::<D>(std::f64::consts::E)).atan()).exp()).cbrt()).atan())))
        .sqrt();
        s2 /= (k::<D>(1.0)) + (x[i3] * x[i3]);
    }
    let a1 = (((k::<D>(0.9)) * datan2(x[2], (k::<D>(0.5)) + (a1 * a1)).tanh().sin()).asin()).sin();
    let mut m5: D = ((((k::<D>(0.9)) + a1).asinh())
        * ((a1.exp2().cos() * ((s2 - x[2]).tanh()) + (a1 + a1)).cos())
        + s2.atan().sin().tan().powi(1));
    for &i6 in x.iter() {
        let mut s7 = k::<D>(0.5);
        for i8 in 1..4 {
            s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[2].tanh().exp().cos());
            if i8 <= 1 {
                break;
            }
            s7 = (((k::<D>(0.7)) * s7)
                + (((k::<D>(BETA)) * (k::<D>(BETA))
                    + ((k::<D>(0.5)) + ((k::<D>(i8 as f64)) * (k::<D>(i8 as f64))))
                        * ((k::<D>(0.5)) + ((k::<D>(i8 as f64)) * (k::<D>(i8 as f64)))))
                .sqrt()))
            .cos();
        }
        m5 -= a1.sin();
        m5 /= (k::<D>(1.0)) + (s2.sin() * s2.sin());
    }
    ((k::<D>(0.001)) * (((s2 * a1) + m5) + x[3])).tanh()
}

#[differentiable]
fn p26<T: Float>(x0: T, x1: T) -> T {
    let a1 = if x0 - x0 < c::<T>(-0.59) {
        (x1 / ((c::<T>(1.0)) + (x1 * x1))) + (x1 - x0)
    } else {
        (-x1) + (-x1)
    };
    let a2 = if ((c::<T>(1.3)).exp()).powf(x1) >= a1.tanh() {
        T::recip(Float::exp(x1.atan())) - (x1.exp().cbrt() - (a1 / x0.exp()))
    } else {
        T::cos((if a1 <= c::<T>(0.0) { a1 } else { x1 }) * (-x0)).exp2()
    };
    let mut s3 = T::one();
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let a5 = s3.max(a2);
        let a6 = s3;
        let mut m7: T = ((c::<T>(2.0))
            + Float::powf(
                T::from(1.5).unwrap()
                    + T::tanh(
                        (c::<T>(core::f64::consts::PI)) / (T::from(1.5).unwrap() + x1.tanh()),
                    ),
                T::exp2(x0).atan(),
            )
            .sin())
        .powi(-1);
        s3 = s3 / (T::one() + (Float::tanh(T::exp(Float::tanh(s3))) * s3.tanh().exp().tanh()));
    }
    let a8 = ((c::<T>(1.0)) + (a1.atan().cosh().tanh() * T::tanh(Float::atan(a1).cosh()))).ln();
    let a9: T = ((c::<T>(2.0)) + T::sin(a1)).powf(s3.atan());
    (((a1 + a2) + s3) + a8) + a9
}

fn p26_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if (x0 - x0).re() < (k::<D>(-0.59)).re() {
        (x1 / ((k::<D>(1.0)) + (x1 * x1))) + (x1 - x0)
    } else {
        (-x1) + (-x1)
    };
    let a2 = if ((x1 * ((k::<D>(1.3)).exp()).ln()).exp()).re() >= a1.tanh().re() {
        x1.atan().exp().recip() - (x1.exp().cbrt() - (a1 / x0.exp()))
    } else {
        (((if a1.re() <= (k::<D>(0.0)).re() {
            a1
        } else {
            x1
        }) * (-x0))
            .cos())
        .exp2()
    };
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let a5 = dmax(s3, a2);
        let a6 = s3;
        let mut m7: D = ((k::<D>(2.0))
            + (((x0.exp2().atan()
                * ((k::<D>(1.5))
                    + (((k::<D>(core::f64::consts::PI)) / ((k::<D>(1.5)) + x1.tanh())).tanh()))
                .ln())
            .exp())
            .sin()))
        .powi(-1);
        s3 /= (k::<D>(1.0)) + (s3.tanh().exp().tanh() * s3.tanh().exp().tanh());
    }
    let a8 = ((k::<D>(1.0)) + (a1.atan().cosh().tanh() * a1.atan().cosh().tanh())).ln();
    let a9: D = (s3.atan() * ((k::<D>(2.0)) + a1.sin()).ln()).exp();
    (((a1 + a2) + s3) + a8) + a9
}

#[differentiable]
fn p27(x: &[f64]) -> f64 {
    let a1 = x[1];
    let a1: f64 = a1;
    let (u2, w3) = (a1, ((1.11 + a1).sin()).exp());
    let mut s4 = 1.0;
    for i5 in 0..x.len() / 2 {
        s4 = (0.5 * s4) + (((V[i5] + a1) * (x[2 * i5] * (-0.8))).atan());
        let a6: f64 = x[2 * i5] - core::f64::consts::PI;
        s4 *= 1.0 + (0.3 * Float::cos(1.5_f64 + s4.tanh()));
        s4 *= 1.0 + (0.3 * Float::sin(1.5 * core::f64::consts::PI));
    }
    (((a1 + u2) + w3) * s4) + x[3]
}

fn p27_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[1];
    let a1: D = a1;
    let (u2, w3) = (a1, (((k::<D>(1.11)) + a1).sin()).exp());
    let mut s4 = k::<D>(1.0);
    for i5 in 0..x.len() / 2 {
        s4 =
            ((k::<D>(0.5)) * s4) + ((((k::<D>(V[i5])) + a1) * (x[2 * i5] * (k::<D>(-0.8)))).atan());
        let a6: D = x[2 * i5] - (k::<D>(core::f64::consts::PI));
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + s4.tanh()).cos()));
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(1.5)) * (k::<D>(core::f64::consts::PI))).sin()));
    }
    (((a1 + u2) + w3) * s4) + x[3]
}

#[differentiable]
fn p28<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3 = (Float::sin(x2) - (x1 + x1)).clamp(c::<T>(-1.0), c::<T>(1.43));
        s1 /= (c::<T>(1.0)) + ((c::<T>(-1.3)) * (c::<T>(-1.3)));
        s1 = ((c::<T>(0.5)) * s1) + T::tanh(x1.cos());
    }
    let a4 = -(c::<T>(-2.0));
    let a5 = c::<T>(1.41);
    (((x1 + x2) + s1) + a4) - a5
}

fn p28_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 1 {
        i2 += 1;
        let mut m3 = dclamp(x2.sin() - (x1 + x1), k::<D>(-1.0), k::<D>(1.43));
        s1 /= (k::<D>(1.0)) + ((k::<D>(-1.3)) * (k::<D>(-1.3)));
        s1 = ((k::<D>(0.5)) * s1) + x1.cos().tanh();
    }
    let a4 = -(k::<D>(-2.0));
    let a5 = k::<D>(1.41);
    (((x1 + x2) + s1) + a4) - a5
}

#[differentiable]
fn p29(x: &[f64]) -> f64 {
    let a1 = x[2].asinh().atan();
    let mut s2 = 0.0;
    for &i3 in x.iter() {
        let a4 = if f64::asinh(x[2]) > 0.267.exp() {
            x[2].sinh()
        } else {
            x[1].signum() * x[2]
        };
        let mut s5: f64 = 0.5;
        for i6 in 0..x.len() {
            let a7 = ((p3(x[i6], -1.39, x[i6]) / (2.0 + ((core::f64::consts::PI - (-1.3)).sin())))
                .tanh())
            .exp_m1();
            let mut m8: f64 = a1.abs();
            if i6 >= 1 {
                continue;
            }
            s5 = (0.5 * s5) + (((i6 as f64) + (-1.78f64)).tanh());
            s5 /= Float::hypot((i6 as f64), 1.0_f64);
        }
        s5 = (0.5_f64 * s5) + Float::acos(0.9f64 * a1.tanh()).tanh();
    }
    let mut s9: f64 = 0.5f64;
    for i10 in 0..3 {
        if !(x[2].atan() > 0.25f64) {
            continue;
        }
        let a1 = a1 * x[2];
        s9 -= f64::cosh(s2.tanh()).powi(0).atan();
    }
    (0.001 * (((a1 + s2) + s9) - x[0])).tanh()
}

fn p29_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[2].asinh().atan();
    let mut s2 = k::<D>(0.0);
    for &i3 in x.iter() {
        let a4 = if x[2].asinh().re() > ((k::<D>(0.267)).exp()).re() {
            x[2].sinh()
        } else {
            (k::<D>(x[1].re().signum())) * x[2]
        };
        let mut s5: D = k::<D>(0.5);
        for i6 in 0..x.len() {
            let a7 = ((p3_d(x[i6], k::<D>(-1.39), x[i6])
                / ((k::<D>(2.0)) + (((k::<D>(core::f64::consts::PI)) - (k::<D>(-1.3))).sin())))
            .tanh())
            .exp_m1();
            let mut m8: D = a1.abs();
            if i6 >= 1 {
                continue;
            }
            s5 = ((k::<D>(0.5)) * s5) + (((k::<D>(i6 as f64)) + (k::<D>(-1.78))).tanh());
            s5 /=
                ((k::<D>(i6 as f64)) * (k::<D>(i6 as f64)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        }
        s5 = ((k::<D>(0.5)) * s5) + ((((k::<D>(0.9)) * a1.tanh()).acos()).tanh());
    }
    let mut s9: D = k::<D>(0.5);
    for i10 in 0..3 {
        if !(x[2].atan().re() > (k::<D>(0.25)).re()) {
            continue;
        }
        let a1 = a1 * x[2];
        s9 -= s2.tanh().cosh().powi(0).atan();
    }
    ((k::<D>(0.001)) * (((a1 + s2) + s9) - x[0])).tanh()
}

#[differentiable]
fn p30<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (p26(x0 * (c::<T>(0.64)), (x1 - x2).cos()), x2.cosh().sqrt());
    let mut s3 = c::<T>(1.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        s3 = ((c::<T>(0.5)) * s3) + Float::atan(((c::<T>(0.9)) * x0.sin()).asin());
        if -(c::<T>(0.9)) >= (c::<T>(i4 as f64)) + x0 {
            continue;
        }
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((((c::<T>(0.9)) * T::tanh(u1)).atanh()).sin()));
        s3 += T::cos(Float::atan(u1).cosh());
    }
    for i5 in 2..=3 {
        let a6 = T::acosh(
            (c::<T>(1.1))
                + (((c::<T>(2.0)) + Float::sin(x1 - x0)) * ((c::<T>(2.0)) + Float::sin(x1 - x0))),
        );
        s3 *= T::one()
            + (T::from(0.3).unwrap()
                * (((c::<T>(ALPHA)) + (u1 * (c::<T>(core::f64::consts::PI)))).sin()));
        s3 = ((c::<T>(0.5)) * s3) + x0.cosh().atan();
    }
    if x2.tanh() >= T::from(0.15).unwrap() {
        s3 *= T::one()
            + (T::from(0.3).unwrap() * ((((u1 / ((c::<T>(1.5)) + x0.tanh())).cos()).exp()).cos()));
    } else {
        s3 *=
            (c::<T>(1.0)) + (T::from(0.3).unwrap() * (((((x1 + x0).atan()).exp()).recip()).sin()));
    }
    T::tanh((c::<T>(0.001)) * ((((x1 + x2) - u1) + w2) + s3))
}

fn p30_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        p26_d(x0 * (k::<D>(0.64)), (x1 - x2).cos()),
        x2.cosh().sqrt(),
    );
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        s3 = ((k::<D>(0.5)) * s3) + ((((k::<D>(0.9)) * x0.sin()).asin()).atan());
        if (-(k::<D>(0.9))).re() >= ((k::<D>(i4 as f64)) + x0).re() {
            continue;
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * u1.tanh()).atanh()).sin()));
        s3 += u1.atan().cosh().cos();
    }
    for i5 in 2..=3 {
        let a6 = ((k::<D>(1.1))
            + (((k::<D>(2.0)) + ((x1 - x0).sin())) * ((k::<D>(2.0)) + ((x1 - x0).sin()))))
        .acosh();
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(ALPHA)) + (u1 * (k::<D>(core::f64::consts::PI)))).sin()));
        s3 = ((k::<D>(0.5)) * s3) + x0.cosh().atan();
    }
    if x2.tanh().re() >= (k::<D>(0.15)).re() {
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((u1 / ((k::<D>(1.5)) + x0.tanh())).cos()).exp()).cos()));
    } else {
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((((x1 + x0).atan()).exp()).recip()).sin()));
    }
    ((k::<D>(0.001)) * ((((x1 + x2) - u1) + w2) + s3)).tanh()
}

#[differentiable]
fn p31(x: [f64; 6]) -> f64 {
    let a1 = (x[5] + x[2]) - (BETA + x[3]);
    let mut m2 = (((((0.9 * x[1].sin()).atanh()).atan()).exp()).log10())
        .min((-0.9) / (1.5_f64 + (((2.0_f64 + Float::sin(a1)).ln()).tanh())));
    let mut s3 = 1.0;
    for i4 in 0..x.len() - 1 {
        m2 = (0.5 * m2) + (((-1.212) + x[i4 + 1]).atan());
        let mut s5: f64 = 0.5;
        let mut i6 = 0;
        while i6 < 4 {
            i6 += 1;
            let a7 = x[i4];
            s5 /= 1.0f64 + (V[i6] * V[i6]);
        }
        s3 -= Float::tanh(p9(x[i4 + 1], -1.204_f64));
        s5 = f64::min(s5, f64::tanh(ALPHA + a1));
    }
    s3 -= (1.0 + (Float::tanh(x[2] + m2) * ((x[2] + m2).tanh()))).powf(Float::cos((-1.8) * x[3]));
    let mut m8 = m2.sin().sinh();
    (((a1 + m2) + s3) + m8) + x[5]
}

fn p31_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (x[5] + x[2]) - ((k::<D>(BETA)) + x[3]);
    let mut m2 = dmin(
        (((((k::<D>(0.9)) * x[1].sin()).atanh()).atan()).exp()).log10(),
        (k::<D>(-0.9)) / ((k::<D>(1.5)) + ((((k::<D>(2.0)) + a1.sin()).ln()).tanh())),
    );
    let mut s3 = k::<D>(1.0);
    for i4 in 0..x.len() - 1 {
        m2 = ((k::<D>(0.5)) * m2) + (((k::<D>(-1.212)) + x[i4 + 1]).atan());
        let mut s5: D = k::<D>(0.5);
        let mut i6 = 0;
        while i6 < 4 {
            i6 += 1;
            let a7 = x[i4];
            s5 /= (k::<D>(1.0)) + ((k::<D>(V[i6])) * (k::<D>(V[i6])));
        }
        s3 -= p9_d(x[i4 + 1], k::<D>(-1.204)).tanh();
        s5 = dmin(s5, ((k::<D>(ALPHA)) + a1).tanh());
    }
    s3 -= ((((k::<D>(-1.8)) * x[3]).cos())
        * ((k::<D>(1.0)) + (((x[2] + m2).tanh()) * ((x[2] + m2).tanh()))).ln())
    .exp();
    let mut m8 = m2.sin().sinh();
    (((a1 + m2) + s3) + m8) + x[5]
}

#[differentiable]
fn p32(x: [f64; 6], y: f64) -> f64 {
    let (u1, w2) = (
        if y < -0.02 || y > -0.83f64 || -1.1 > -0.54 {
            x[1]
        } else {
            x[3]
        },
        y.mul_add(ALPHA.sin(), std::f64::consts::E),
    );
    let (u3, w4) = (
        y.tanh(),
        (std::f64::consts::E.hypot(1.0).recip() * x[0])
            + ((0.5f64 + ((1.5_f64 + ((y - w2).tanh())) * (1.5 + ((y - w2).tanh())))).ln_1p()),
    );
    let a6 = {
        let t5 = x[5];
        u1
    };
    let w2 = y - (-1.059f64);
    ((((u1 + u3) + w4) + a6) + w2) + x[3]
}

fn p32_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        if y.re() < (k::<D>(-0.02)).re()
            || y.re() > (k::<D>(-0.83)).re()
            || (k::<D>(-1.1)).re() > (k::<D>(-0.54)).re()
        {
            x[1]
        } else {
            x[3]
        },
        (y * ((k::<D>(ALPHA)).sin()) + (k::<D>(std::f64::consts::E))),
    );
    let (u3, w4) = (
        y.tanh(),
        (((((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .recip())
            * x[0])
            + (((k::<D>(0.5))
                + (((k::<D>(1.5)) + ((y - w2).tanh())) * ((k::<D>(1.5)) + ((y - w2).tanh()))))
            .ln_1p()),
    );
    let a6 = {
        let t5 = x[5];
        u1
    };
    let w2 = y - (k::<D>(-1.059));
    ((((u1 + u3) + w4) + a6) + w2) + x[3]
}

#[differentiable]
fn p33<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let (u1, w2) = (c::<T>(0.66), (c::<T>(std::f64::consts::E)).min(x1));
    let a3 = (x1 - T::tanh(c::<T>(0.9))) + (Float::sqrt(T::cosh(x2)) - x1);
    if T::exp_m1(a3.sin()) <= T::from(-0.12).unwrap() {
        return x1;
    }
    let mut s4 = c::<T>(1.0);
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            if (((c::<T>(ALPHA)).sin()).exp()).powi(-1) <= (T::one() + (x2 * x2)).log10() {
                break;
            }
            let a7 = (((T::one() + (w2 * w2)).sqrt()) - a3)
                - (x2.sin() * (((c::<T>(1.5)) + x2.tanh()).powf(c::<T>(1.3))));
            s4 -= T::atan(s4.hypot(T::from(0.5).unwrap() + (a7 * a7)));
        }
        let w2 = (a3 * T::from(0.06).unwrap()) - (c::<T>(W[i5]));
        s4 = ((c::<T>(0.5)) * s4) + ((x2 + (c::<T>(i5 as f64))).tanh());
        s4 -= Float::hypot(T::zero(), (c::<T>(0.5)) + ((c::<T>(BETA)) * (c::<T>(BETA)))).atan();
        if x2 - u1 >= c::<T>(0.58) {
            continue;
        }
    }
    (((x2 + u1) + w2) + a3) + s4
}

fn p33_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (k::<D>(0.66), dmin(k::<D>(std::f64::consts::E), x1));
    let a3 = (x1 - ((k::<D>(0.9)).tanh())) + (x2.cosh().sqrt() - x1);
    if a3.sin().exp_m1().re() <= (k::<D>(-0.12)).re() {
        return x1;
    }
    let mut s4 = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 4 {
        i5 += 1;
        let mut i6 = 0;
        while i6 < 3 {
            i6 += 1;
            if ((((k::<D>(ALPHA)).sin()).exp()).powi(-1)).re()
                <= (((k::<D>(1.0)) + (x2 * x2)).log10()).re()
            {
                break;
            }
            let a7 = ((((k::<D>(1.0)) + (w2 * w2)).sqrt()) - a3)
                - (x2.sin() * (((k::<D>(1.3)) * ((k::<D>(1.5)) + x2.tanh()).ln()).exp()));
            s4 -= ((s4 * s4 + ((k::<D>(0.5)) + (a7 * a7)) * ((k::<D>(0.5)) + (a7 * a7))).sqrt())
                .atan();
        }
        let w2 = (a3 * (k::<D>(0.06))) - (k::<D>(W[i5]));
        s4 = ((k::<D>(0.5)) * s4) + ((x2 + (k::<D>(i5 as f64))).tanh());
        s4 -= (((k::<D>(0.0)) * (k::<D>(0.0))
            + ((k::<D>(0.5)) + ((k::<D>(BETA)) * (k::<D>(BETA))))
                * ((k::<D>(0.5)) + ((k::<D>(BETA)) * (k::<D>(BETA)))))
        .sqrt())
        .atan();
        if (x2 - u1).re() >= (k::<D>(0.58)).re() {
            continue;
        }
    }
    (((x2 + u1) + w2) + a3) + s4
}

#[differentiable]
fn p34(x0: f64, x1: f64) -> f64 {
    let a1 = -((-0.31) * x0);
    let mut m2 = x1 / (2.0 + x0.sin());
    let (u3, w4) = (
        (-x0.cosh().powi(-2)) * (a1.asinh() + (x1 * (-1.6))),
        ((1.0_f64 + (x1 * x1)).powf(Float::powi(x1, 3).cos())).tanh(),
    );
    let a5 = m2 / ((-1.86).cosh());
    let (u6, w7) = (0.86_f64, a5.sinh());
    m2 -= a5;
    let a8 = ((w4 / m2.tanh().cosh()).sinh()) * a1;
    (((w4 + a5) + u6) + w7) + a8
}

fn p34_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = -((k::<D>(-0.31)) * x0);
    let mut m2 = x1 / ((k::<D>(2.0)) + x0.sin());
    let (u3, w4) = (
        (-x0.cosh().powi(-2)) * (a1.asinh() + (x1 * (k::<D>(-1.6)))),
        ((x1.powi(3).cos() * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp()).tanh(),
    );
    let a5 = m2 / ((k::<D>(-1.86)).cosh());
    let (u6, w7) = (k::<D>(0.86), a5.sinh());
    m2 -= a5;
    let a8 = ((w4 / m2.tanh().cosh()).sinh()) * a1;
    (((w4 + a5) + u6) + w7) + a8
}

#[differentiable]
fn p35(x: &[f64]) -> f64 {
    let a1 = f64::log10(2.0 + x[1].sin()) * (core::f64::consts::PI * 1.26);
    let a3 = {
        let t2 = x[1];
        -ALPHA
    };
    let mut s4 = 0.0;
    for i5 in 2..3 {
        let mut m6: f64 = x[1] - a3;
        if i5 != 1 {
            continue;
        }
        let a7: f64 = Float::exp(W[i5].clamp(-1.46, 0.51).exp().atan());
        let a8 = (x[1] + (0.13 + (-0.639_f64)))
            / f64::cosh((1.0f64 + (x[1].exp_m1().cos() * x[1].exp_m1().cos())).powi(0));
        s4 -= f64::sin(a3);
        s4 = ((0.7 * s4) + ((x[2] - x[1]) - (x[0] * x[1]))).sin();
    }
    s4 *= 1.0 + (0.3 * (((x[1] * (-1.664)) * s4.cos()).sin()));
    s4 *= 1.0
        + (0.3
            * Float::sin(
                if (-1.05_f64).sinh() <= f64::sin(std::f64::consts::E).exp2() {
                    x[0] - s4
                } else {
                    a3.tanh().mul_add(x[0], a1)
                },
            ));
    let mut s9 = 1.0_f64;
    for i10 in 0..x.len() {
        let a1: f64 = Float::min(p26(W[i10].atan(), x[i10]), {
            let t11 = (i10 as f64);
            a1
        });
        let mut s12 = 1.0;
        let mut i13 = 0;
        while i13 < 4 {
            i13 += 1;
            let mut m14 = core::f64::consts::PI;
            s4 = Float::cos(
                (0.7f64 * s4) + Float::powf(2.0 + W[i13].sin(), Float::tanh(s4.cos().exp2())),
            );
        }
        for i15 in (i10 + 1)..6 {
            s9 *= 1.0f64 + (0.3 * f64::sin(-0.015_f64));
            if i15 != 5 {
                continue;
            }
            let mut m16 = a1 / (2.0 + s4.sin());
            m16 = (0.5 * m16) + Float::tanh(a3 + m16);
            s9 += f64::cos(V[i10]);
        }
        s4 = (0.5f64 * s4) + ((s12.atan().exp() - a3.tanh().exp2()).sin());
        s4 *= 1.0 + (0.3 * x[i10].sin());
    }
    (0.001f64 * ((((a1 - a3) + s4) + s9) - x[1])).tanh()
}

fn p35_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 =
        (((k::<D>(2.0)) + x[1].sin()).log10()) * ((k::<D>(core::f64::consts::PI)) * (k::<D>(1.26)));
    let a3 = {
        let t2 = x[1];
        -(k::<D>(ALPHA))
    };
    let mut s4 = k::<D>(0.0);
    for i5 in 2..3 {
        let mut m6: D = x[1] - a3;
        if i5 != 1 {
            continue;
        }
        let a7: D = dclamp(k::<D>(W[i5]), k::<D>(-1.46), k::<D>(0.51))
            .exp()
            .atan()
            .exp();
        let a8 = (x[1] + ((k::<D>(0.13)) + (k::<D>(-0.639))))
            / ((((k::<D>(1.0)) + (x[1].exp_m1().cos() * x[1].exp_m1().cos())).powi(0)).cosh());
        s4 -= a3.sin();
        s4 = (((k::<D>(0.7)) * s4) + ((x[2] - x[1]) - (x[0] * x[1]))).sin();
    }
    s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((x[1] * (k::<D>(-1.664))) * s4.cos()).sin()));
    s4 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * ((if ((k::<D>(-1.05)).sinh()).re()
                <= (((k::<D>(std::f64::consts::E)).sin()).exp2()).re()
            {
                x[0] - s4
            } else {
                (a3.tanh() * x[0] + a1)
            })
            .sin()));
    let mut s9 = k::<D>(1.0);
    for i10 in 0..x.len() {
        let a1: D = dmin(p26_d((k::<D>(W[i10])).atan(), x[i10]), {
            let t11 = k::<D>(i10 as f64);
            a1
        });
        let mut s12 = k::<D>(1.0);
        let mut i13 = 0;
        while i13 < 4 {
            i13 += 1;
            let mut m14 = k::<D>(core::f64::consts::PI);
            s4 = (((k::<D>(0.7)) * s4)
                + ((s4.cos().exp2().tanh() * ((k::<D>(2.0)) + ((k::<D>(W[i13])).sin())).ln())
                    .exp()))
            .cos();
        }
        for i15 in (i10 + 1)..6 {
            s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-0.015)).sin()));
            if i15 != 5 {
                continue;
            }
            let mut m16 = a1 / ((k::<D>(2.0)) + s4.sin());
            m16 = ((k::<D>(0.5)) * m16) + ((a3 + m16).tanh());
            s9 += (k::<D>(V[i10])).cos();
        }
        s4 = ((k::<D>(0.5)) * s4) + ((s12.atan().exp() - a3.tanh().exp2()).sin());
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i10].sin());
    }
    ((k::<D>(0.001)) * ((((a1 - a3) + s4) + s9) - x[1])).tanh()
}

#[differentiable]
fn p36<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let a1: T = (x0 * x0) - Float::cbrt(x2.cosh());
    let a2 = Float::clamp(c::<T>(std::f64::consts::E), c::<T>(-1.33), c::<T>(0.89));
    let mut s3: T = T::zero();
    for i4 in 2..=6 {
        s3 += ((((c::<T>(-0.0)).exp2()).tanh()) * ((s3 + T::from(1.9).unwrap()).tanh())).tanh();
        let a5 = ((c::<T>(-0.42)) / T::hypot(s3, c::<T>(1.0))).cosh();
        s3 -= s3.cos().powi(2).atan().cos();
    }
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7 = ((c::<T>(1.0)) + ((c::<T>(i6 as f64)) * (c::<T>(i6 as f64)))).sqrt();
        let a9 = {
            let t8 = x2;
            a7
        };
        if c::<T>(ALPHA) <= T::powi(x2, 3) {
            s3 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * Float::sin(x0.asinh()));
        } else {
            s3 -= (c::<T>(0.137)).tanh();
        }
        s3 -= Float::tanh(
            a2.mul_add(x1, c::<T>(-0.1)) / ((c::<T>(1.0)) + (Float::sin(a2) * Float::sin(a2))),
        );
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * (((x2 - a1).asinh()).sin()));
    }
    s3 += Float::abs(x0.tanh());
    ((c::<T>(0.001)) * ((((x1 * x2) + a1) + a2) + s3)).tanh()
}

fn p36_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = (x0 * x0) - x2.cosh().cbrt();
    let a2 = dclamp(k::<D>(std::f64::consts::E), k::<D>(-1.33), k::<D>(0.89));
    let mut s3: D = k::<D>(0.0);
    for i4 in 2..=6 {
        s3 += ((((k::<D>(-0.0)).exp2()).tanh()) * ((s3 + (k::<D>(1.9))).tanh())).tanh();
        let a5 = ((k::<D>(-0.42)) / ((s3 * s3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).cosh();
        s3 -= s3.cos().powi(2).atan().cos();
    }
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7 = ((k::<D>(1.0)) + ((k::<D>(i6 as f64)) * (k::<D>(i6 as f64)))).sqrt();
        let a9 = {
            let t8 = x2;
            a7
        };
        if (k::<D>(ALPHA)).re() <= x2.powi(3).re() {
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.asinh().sin());
        } else {
            s3 -= (k::<D>(0.137)).tanh();
        }
        s3 -= ((a2 * x1 + (k::<D>(-0.1))) / ((k::<D>(1.0)) + (a2.sin() * a2.sin()))).tanh();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((x2 - a1).asinh()).sin()));
    }
    s3 += x0.tanh().abs();
    ((k::<D>(0.001)) * ((((x1 * x2) + a1) + a2) + s3)).tanh()
}

#[differentiable]
fn p37(x0: f64, x1: f64) -> f64 {
    let a2 = ({
        let t1 = x1;
        core::f64::consts::PI
    }) + x0;
    let (u3, w4) = (x0 / x1.hypot(1.0), x0.powi(2));
    let a5: f64 = u3 + 0.1;
    (((x1 + a2) + u3) * w4) + a5
}

fn p37_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a2 = ({
        let t1 = x1;
        k::<D>(core::f64::consts::PI)
    }) + x0;
    let (u3, w4) = (
        x0 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
        x0.powi(2),
    );
    let a5: D = u3 + (k::<D>(0.1));
    (((x1 + a2) + u3) * w4) + a5
}

#[differentiable]
fn p38(x: [f64; 5], nk: usize) -> f64 {
    let a1 = (1.0 + (1.88_f64 * 1.88)).sqrt();
    let a1 = x[1];
    let mut s2: f64 = 0.0_f64;
    for i3 in 0..x.len() {
        if x[i3] + s2 <= Float::ln(1.0 + (x[i3] * x[i3])) {
            continue;
        }
        let a1: f64 = Float::exp(Float::tanh(x[i3] * core::f64::consts::PI));
        s2 = s2.min((-(x[i3] + V[i3])).cos());
    }
    (a1 - s2) - x[3]
}

fn p38_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1 = ((k::<D>(1.0)) + ((k::<D>(1.88)) * (k::<D>(1.88)))).sqrt();
    let a1 = x[1];
    let mut s2: D = k::<D>(0.0);
    for i3 in 0..x.len() {
        if (x[i3] + s2).re() <= (((k::<D>(1.0)) + (x[i3] * x[i3])).ln()).re() {
            continue;
        }
        let a1: D = ((x[i3] * (k::<D>(core::f64::consts::PI))).tanh()).exp();
        s2 = dmin(s2, (-(x[i3] + (k::<D>(V[i3])))).cos());
    }
    (a1 - s2) - x[3]
}

#[differentiable]
fn p39(x0: f64, x1: f64) -> f64 {
    let a1 = if f64::atan(x0) <= 0.57_f64 {
        x0 + x1
    } else {
        (-0.125).exp_m1()
    };
    let mut m2 = -0.43;
    let a3 = a1;
    let a4: f64 = -a3;
    if 1.997_f64 * 1.9 < 0.62 {
        m2 -= a3;
    }
    (((x1 * a1) + m2) + a3) + a4
}

fn p39_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if x0.atan().re() <= (k::<D>(0.57)).re() {
        x0 + x1
    } else {
        (k::<D>(-0.125)).exp_m1()
    };
    let mut m2 = k::<D>(-0.43);
    let a3 = a1;
    let a4: D = -a3;
    if ((k::<D>(1.997)) * (k::<D>(1.9))).re() < (k::<D>(0.62)).re() {
        m2 -= a3;
    }
    (((x1 * a1) + m2) + a3) + a4
}

#[differentiable]
fn p40(x0: f64, x1: f64) -> f64 {
    let a1: f64 = (Float::sin(x1.exp().powi(-2)) * x1.tanh()).max(
        ((1.0 + (0.5 * 0.5)).powi(-1))
            / (1.5 + core::f64::consts::PI.atan2(-(0.5 + (1.8_f64 * 1.8))).tanh()),
    );
    let (u2, w3) = (
        a1.sin().tanh().hypot(
            0.5 + ((((1.0f64 + (x0 * x0)).ln()) * ((1.0 + (x1 * x1)).cbrt()))
                * (((1.0f64 + (x0 * x0)).ln()) * ((1.0 + (x1 * x1)).cbrt()))),
        ),
        (0.74 / (1.0 + (x0.tanh() * x0.tanh()))) + a1,
    );
    let mut s4: f64 = 1.0;
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let (u6, w7) = (w3, p18(Float::tanh(a1), w3.sin()));
        let u2: f64 = -f64::exp(f64::atan2(W[i5], 0.5 + (x1 * x1)).cos()).ln();
        let (u8, w9) = (
            ((1.0
                + (Float::cos(Float::acosh(1.1f64 + (u2.hypot(1.0f64) * u2.hypot(1.0))))
                    * (((1.1 + (u2.hypot(1.0) * u2.hypot(1.0))).acosh()).cos())))
            .powi(-1))
                - ((-V[i5]) + u2.hypot(1.0).powf(x1)),
            W[i5].sinh().cos().sin().tan()
                + ((1.0 + (((a1 * ALPHA).atan()) * f64::atan(a1 * ALPHA))).powf(u6.sin())),
        );
        s4 += (((2.0_f64 + w3.sin()).cbrt()) * Float::log2(1.0f64 + ((-0.31) * (-0.31)))).atan();
        s4 += ((i5 as f64).powi(3)).atan();
    }
    (((x1 + a1) + u2) + w3) + s4
}

fn p40_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1: D = dmax(
        x1.exp().powi(-2).sin() * x1.tanh(),
        (((k::<D>(1.0)) + ((k::<D>(0.5)) * (k::<D>(0.5)))).powi(-1))
            / ((k::<D>(1.5))
                + datan2(
                    k::<D>(core::f64::consts::PI),
                    -((k::<D>(0.5)) + ((k::<D>(1.8)) * (k::<D>(1.8)))),
                )
                .tanh()),
    );
    let (u2, w3) = (
        (a1.sin().tanh() * a1.sin().tanh()
            + ((k::<D>(0.5))
                + (((((k::<D>(1.0)) + (x0 * x0)).ln()) * (((k::<D>(1.0)) + (x1 * x1)).cbrt()))
                    * ((((k::<D>(1.0)) + (x0 * x0)).ln())
                        * (((k::<D>(1.0)) + (x1 * x1)).cbrt()))))
                * ((k::<D>(0.5))
                    + (((((k::<D>(1.0)) + (x0 * x0)).ln())
                        * (((k::<D>(1.0)) + (x1 * x1)).cbrt()))
                        * ((((k::<D>(1.0)) + (x0 * x0)).ln())
                            * (((k::<D>(1.0)) + (x1 * x1)).cbrt())))))
        .sqrt(),
        ((k::<D>(0.74)) / ((k::<D>(1.0)) + (x0.tanh() * x0.tanh()))) + a1,
    );
    let mut s4: D = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let (u6, w7) = (w3, p18_d(a1.tanh(), w3.sin()));
        let u2: D = -datan2(k::<D>(W[i5]), (k::<D>(0.5)) + (x1 * x1))
            .cos()
            .exp()
            .ln();
        let (u8, w9) = (
            (((k::<D>(1.0))
                + (((((k::<D>(1.1))
                    + (((u2 * u2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((u2 * u2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh())
                .cos())
                    * ((((k::<D>(1.1))
                        + (((u2 * u2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                            * ((u2 * u2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                    .acosh())
                    .cos())))
            .powi(-1))
                - ((-(k::<D>(V[i5])))
                    + ((x1 * ((u2 * u2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp())),
            (((((k::<D>(W[i5])).sinh()).cos()).sin()).tan())
                + ((u6.sin()
                    * ((k::<D>(1.0))
                        + (((a1 * (k::<D>(ALPHA))).atan()) * ((a1 * (k::<D>(ALPHA))).atan())))
                    .ln())
                .exp()),
        );
        s4 += ((((k::<D>(2.0)) + w3.sin()).cbrt())
            * (((k::<D>(1.0)) + ((k::<D>(-0.31)) * (k::<D>(-0.31)))).log2()))
        .atan();
        s4 += ((k::<D>(i5 as f64)).powi(3)).atan();
    }
    (((x1 + a1) + u2) + w3) + s4
}

#[differentiable]
fn p41(x: &[f64]) -> f64 {
    let a1: f64 = ALPHA - x[1];
    let mut s2 = 1.0;
    for &i3 in x.iter() {
        let a4 = s2;
        s2 = ((0.7 * s2) + (((-0.824_f64).exp_m1()) - x[1])).atan();
        s2 *= 1.0 + (0.3 * (((1.5 + x[1].tanh()).log(f64::exp(0.5 + (0.4 * x[0].sin())))).sin()));
    }
    let (u6, w7) = (
        (((0.9 * x[4].tanh()).asin()) / Float::sinh(s2.sin()).hypot(1.0_f64)) / (1.0 + (a1 * a1)),
        if x[4] >= 0.12 {
            s2
        } else {
            {
                let t5 = x[0].clamp(-1.39, 0.91);
                f64::asin(0.9 * x[3].tanh())
            }
        },
    );
    (((a1 * s2) - u6) + w7) + x[4]
}

fn p41_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(ALPHA)) - x[1];
    let mut s2 = k::<D>(1.0);
    for &i3 in x.iter() {
        let a4 = s2;
        s2 = (((k::<D>(0.7)) * s2) + (((k::<D>(-0.824)).exp_m1()) - x[1])).atan();
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.5)) + x[1].tanh()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[0].sin())).exp()).ln())
                .sin()));
    }
    let (u6, w7) = (
        ((((k::<D>(0.9)) * x[4].tanh()).asin())
            / ((s2.sin().sinh() * s2.sin().sinh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
            / ((k::<D>(1.0)) + (a1 * a1)),
        if x[4].re() >= (k::<D>(0.12)).re() {
            s2
        } else {
            {
                let t5 = dclamp(x[0], k::<D>(-1.39), k::<D>(0.91));
                ((k::<D>(0.9)) * x[3].tanh()).asin()
            }
        },
    );
    (((a1 * s2) - u6) + w7) + x[4]
}

#[differentiable]
fn p42(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0;
    for i2 in 2..6 {
        s1 = ((0.7 * s1) + (((x0 + x1).tanh()).exp())).tanh();
        let a3 = f64::log2(2.0 + x0.cosh().sin());
        let mut s4 = 0.5;
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = (0.5 + ((1.0 + (a3 * a3)) * (1.0 + (a3 * a3)))).ln_1p();
            let a7 = Float::sqrt(2.0f64 + ((-1.03_f64).sin()));
            s4 *= 1.0 + (0.3 * a7.sin().sin());
            s4 -= p18((-1.63).sin(), (-1.6).tanh()).atan();
            if i5 % 2 == 0 {
                break;
            }
        }
        if Float::exp((i2 as f64).sin()) <= 0.52f64 || i2 == 1 {
            continue;
        }
        s1 = (0.5_f64 * s1) + f64::cos(x1 + x2);
        s4 += (s4 + s1).sin();
    }
    let a8: f64 = f64::sin(x0.atan2(0.5_f64 + (0.26f64 * 0.26)));
    let a9 = (-1.65).cosh();
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        let mut m11 = (i10 as f64);
        m11 *= 1.0 + (0.3 * Float::sin((-1.378).powi(1)));
        m11 += Float::mul_add(x2, f64::tanh(m11), a9)
            .atan()
            .mul_add(p37(x2, a8.cos()), (i10 as f64))
            .atan();
    }
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let a13 = p26(
            f64::atan((1.1 + ((1.5 + s1.tanh()) * (1.5 + s1.tanh()))).acosh()),
            (a9 - a9).sin(),
        )
        .abs();
        s1 = (0.5 * s1) + f64::tanh(f64::cos(a13));
        if !(s1 - a8 >= -0.98) {
            continue;
        }
    }
    (0.001 * ((((x1 + x2) + s1) + a8) + a9)).tanh()
}

fn p42_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 2..6 {
        s1 = (((k::<D>(0.7)) * s1) + (((x0 + x1).tanh()).exp())).tanh();
        let a3 = ((k::<D>(2.0)) + x0.cosh().sin()).log2();
        let mut s4 = k::<D>(0.5);
        let mut i5 = 0;
        while i5 < 3 {
            i5 += 1;
            let a6 = ((k::<D>(0.5)) + (((k::<D>(1.0)) + (a3 * a3)) * ((k::<D>(1.0)) + (a3 * a3))))
                .ln_1p();
            let a7 = ((k::<D>(2.0)) + ((k::<D>(-1.03)).sin())).sqrt();
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a7.sin().sin());
            s4 -= p18_d((k::<D>(-1.63)).sin(), (k::<D>(-1.6)).tanh()).atan();
            if i5 % 2 == 0 {
                break;
            }
        }
        if (((k::<D>(i2 as f64)).sin()).exp()).re() <= (k::<D>(0.52)).re() || i2 == 1 {
            continue;
        }
        s1 = ((k::<D>(0.5)) * s1) + ((x1 + x2).cos());
        s4 += (s4 + s1).sin();
    }
    let a8: D = datan2(x0, (k::<D>(0.5)) + ((k::<D>(0.26)) * (k::<D>(0.26)))).sin();
    let a9 = (k::<D>(-1.65)).cosh();
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        let mut m11 = k::<D>(i10 as f64);
        m11 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(-1.378)).powi(1)).sin()));
        m11 +=
            (((x2 * m11.tanh() + a9).atan()) * p37_d(x2, a8.cos()) + (k::<D>(i10 as f64))).atan();
    }
    let mut i12 = 0;
    while i12 < 2 {
        i12 += 1;
        let a13 = p26_d(
            (((k::<D>(1.1)) + (((k::<D>(1.5)) + s1.tanh()) * ((k::<D>(1.5)) + s1.tanh()))).acosh())
                .atan(),
            (a9 - a9).sin(),
        )
        .abs();
        s1 = ((k::<D>(0.5)) * s1) + a13.cos().tanh();
        if !((s1 - a8).re() >= (k::<D>(-0.98)).re()) {
            continue;
        }
    }
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) + a8) + a9)).tanh()
}

#[differentiable]
fn p43(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = s1;
        if {
            let t4 = W[i2];
            t4
        } >= x2 * x0
            || x1 >= s1
        {
            break;
        }
        s1 -= (x2 * core::f64::consts::PI).cos();
    }
    let a5 = if x2 > x0 + s1 {
        (core::f64::consts::PI * x2.sin()).atan()
    } else {
        x2
    };
    let a5 = ALPHA.cos().powi(1);
    s1 -= (((a5 * a5).mul_add(f64::sin(x0), x2 - s1)).hypot(1.0)).powi(-2);
    let mut s6 = 0.5;
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let mut m8: f64 = s1.tanh() - std::f64::consts::E.sin().cosh().powi(0);
        let a5 = Float::atan((0.9 * Float::tanh(x1)).acos()).exp().log10();
        let mut s9: f64 = 1.0;
        for i10 in (i7 + 1)..5 {
            let a11 = f64::log2(std::f64::consts::E.sin().exp());
            let a5: f64 = x1;
            let a13 = {
                let t12 = x2;
                t12
            };
            s1 *= 1.0 + (0.3_f64 * f64::sin(x1 / (1.5f64 + f64::tanh(x2))));
            s9 += x2.hypot(0.5_f64 + (x0 * x0)).atan();
        }
        m8 -= Float::cos(m8.sin().sin().tan());
    }
    (0.001 * ((((x1 - x2) + s1) + a5) + s6)).tanh()
}

fn p43_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = s1;
        if ({
            let t4 = k::<D>(W[i2]);
            t4
        })
        .re()
            >= (x2 * x0).re()
            || x1.re() >= s1.re()
        {
            break;
        }
        s1 -= (x2 * (k::<D>(core::f64::consts::PI))).cos();
    }
    let a5 = if x2.re() > (x0 + s1).re() {
        ((k::<D>(core::f64::consts::PI)) * x2.sin()).atan()
    } else {
        x2
    };
    let a5 = ((k::<D>(ALPHA)).cos()).powi(1);
    s1 -= ((((a5 * a5) * x0.sin() + (x2 - s1)) * ((a5 * a5) * x0.sin() + (x2 - s1))
        + (k::<D>(1.0)) * (k::<D>(1.0)))
    .sqrt())
    .powi(-2);
    let mut s6 = k::<D>(0.5);
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        let mut m8: D = s1.tanh() - ((((k::<D>(std::f64::consts::E)).sin()).cosh()).powi(0));
        let a5 = (((((k::<D>(0.9)) * x1.tanh()).acos()).atan()).exp()).log10();
        let mut s9: D = k::<D>(1.0);
        for i10 in (i7 + 1)..5 {
            let a11 = (((k::<D>(std::f64::consts::E)).sin()).exp()).log2();
            let a5: D = x1;
            let a13 = {
                let t12 = x2;
                t12
            };
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 / ((k::<D>(1.5)) + x2.tanh())).sin()));
            s9 += ((x2 * x2 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt())
                .atan();
        }
        m8 -= m8.sin().sin().tan().cos();
    }
    ((k::<D>(0.001)) * ((((x1 - x2) + s1) + a5) + s6)).tanh()
}

#[differentiable]
fn p44<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = x0.sin().abs()
        - Float::atan(
            ((c::<T>(1.1)) + (((c::<T>(1.0)) + (x2 * x2)) * (T::one() + (x2 * x2)))).acosh(),
        )
        .mul_add(Float::cos(x0.exp_m1()), x1.sin().tan());
    let a2 = x0;
    let a3 = (c::<T>(0.543)).exp_m1();
    let a2 = a2;
    let a3 = x1;
    (((x1 + x2) * a1) * a2) + a3
}

fn p44_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = x0.sin().abs()
        - (((((k::<D>(1.1)) + (((k::<D>(1.0)) + (x2 * x2)) * ((k::<D>(1.0)) + (x2 * x2))))
            .acosh())
        .atan())
            * x0.exp_m1().cos()
            + x1.sin().tan());
    let a2 = x0;
    let a3 = (k::<D>(0.543)).exp_m1();
    let a2 = a2;
    let a3 = x1;
    (((x1 + x2) * a1) * a2) + a3
}

#[differentiable]
fn p45<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let a1 = x1 - ((x1 - x1) + x0);
    let (u2, w3) = (
        T::ln_1p(
            (c::<T>(0.5))
                + (T::hypot(((c::<T>(0.9)) * a1.sin().sin()).asin(), c::<T>(1.0))
                    * ((((c::<T>(0.9)) * a1.sin().sin()).asin()).hypot(T::one()))),
        ),
        ((c::<T>(1.1))
            + (((c::<T>(-1.63)).hypot(c::<T>(1.0))) * ((c::<T>(-1.63)).hypot(c::<T>(1.0)))))
        .acosh(),
    );
    let mut s4: T = c::<T>(0.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6: T = x1.hypot(T::one()).log10();
        s4 = ((c::<T>(0.5)) * s4)
            + (((u2 - a6) * Float::asin((c::<T>(0.9)) * Float::tanh(x1))).sin());
        s4 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::cos(Float::exp(u2.sin())));
    }
    let mut s7 = c::<T>(0.5);
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let mut m9 = T::sin(x0 - u2).sin().tan();
        let a10 = (((((c::<T>(i8 as f64)).atan()) * T::tanh(s7)).cos()).exp()).cbrt();
        s4 = ((c::<T>(0.5)) * s4)
            + Float::hypot(
                m9.powi(2),
                (c::<T>(0.5))
                    + ((((c::<T>(2.0)) + x1.sin()).log(T::exp(
                        (c::<T>(0.5)) + ((c::<T>(0.4)) * T::from(1.72).unwrap().cos().sin()),
                    ))) * (((c::<T>(2.0)) + x1.sin()).log(
                        ((c::<T>(0.5)) + ((c::<T>(0.4)) * Float::cos(c::<T>(1.72)).sin())).exp(),
                    ))),
            )
            .atan();
        m9 = ((c::<T>(0.5)) * m9) + m9.atan();
    }
    (((a1 - u2) + w3) + s4) + s7
}

fn p45_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = x1 - ((x1 - x1) + x0);
    let (u2, w3) = (
        ((k::<D>(0.5))
            + ((((((k::<D>(0.9)) * a1.sin().sin()).asin())
                * (((k::<D>(0.9)) * a1.sin().sin()).asin())
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
                * (((((k::<D>(0.9)) * a1.sin().sin()).asin())
                    * (((k::<D>(0.9)) * a1.sin().sin()).asin())
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())))
        .ln_1p(),
        ((k::<D>(1.1))
            + ((((k::<D>(-1.63)) * (k::<D>(-1.63)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * (((k::<D>(-1.63)) * (k::<D>(-1.63)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .acosh(),
    );
    let mut s4: D = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let a6: D = ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10();
        s4 = ((k::<D>(0.5)) * s4) + (((u2 - a6) * (((k::<D>(0.9)) * x1.tanh()).asin())).sin());
        s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u2.sin().exp().cos());
    }
    let mut s7 = k::<D>(0.5);
    let mut i8 = 0;
    while i8 < 2 {
        i8 += 1;
        let mut m9 = (((x0 - u2).sin()).sin()).tan();
        let a10 = (((((k::<D>(i8 as f64)).atan()) * s7.tanh()).cos()).exp()).cbrt();
        s4 = ((k::<D>(0.5)) * s4)
            + (((m9.powi(2) * m9.powi(2)
                + ((k::<D>(0.5))
                    + ((((k::<D>(2.0)) + x1.sin()).ln()
                        / (((k::<D>(0.5))
                            + ((k::<D>(0.4)) * (((k::<D>(1.72)).cos()).sin())))
                        .exp())
                        .ln())
                        * (((k::<D>(2.0)) + x1.sin()).ln()
                            / (((k::<D>(0.5))
                                + ((k::<D>(0.4)) * (((k::<D>(1.72)).cos()).sin())))
                            .exp())
                            .ln())))
                    * ((k::<D>(0.5))
                        + ((((k::<D>(2.0)) + x1.sin()).ln()
                            / (((k::<D>(0.5))
                                + ((k::<D>(0.4)) * (((k::<D>(1.72)).cos()).sin())))
                            .exp())
                            .ln())
                            * (((k::<D>(2.0)) + x1.sin()).ln()
                                / (((k::<D>(0.5))
                                    + ((k::<D>(0.4)) * (((k::<D>(1.72)).cos()).sin())))
                                .exp())
                                .ln()))))
            .sqrt())
            .atan());
        m9 = ((k::<D>(0.5)) * m9) + m9.atan();
    }
    (((a1 - u2) + w3) + s4) + s7
}

#[differentiable]
fn p46<T>(x0: T, x1: T, x2: T, nk: usize) -> T
where
    T: Float,
{
    let (u1, w2) = (x0 - x0, x0.hypot((c::<T>(0.5)) + (x0 * x0)));
    let mut s3 = T::zero();
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let mut m5: T = (c::<T>(1.4)).asinh();
        let a6 = x0 * (c::<T>(i4 as f64));
        let mut s7 = T::one();
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let (u9, w10) = (
                (T::one()
                    + (T::tanh(x1.cosh().cos().exp().sqrt())
                        * T::cos(Float::cosh(x1)).exp().sqrt().tanh()))
                .log10(),
                (((c::<T>(2.0)) + T::sin(m5.sin().exp_m1())).ln())
                    / (T::one()
                        + (T::cos(
                            (x2 + x1)
                                * ((c::<T>(std::f64::consts::E)) / ((c::<T>(2.0)) + x2.sin())),
                        ) * (((x2 + x1)
                            * ((c::<T>(std::f64::consts::E)) / ((c::<T>(2.0)) + x2.sin())))
                        .cos()))),
            );
            s3 = s3 - T::acos((c::<T>(0.9)) * Float::sin(-(c::<T>(W[i4])))).sin();
        }
        s3 = s3
            * ((c::<T>(1.0))
                + ((c::<T>(0.3)) * T::sin(T::recip((c::<T>(1.5)) + Float::tanh(-s3)))));
    }
    let a11 = T::from(-0.72).unwrap();
    let mut s12 = c::<T>(0.0);
    for i13 in 1..2 {
        let (u14, w15) = (
            -T::clamp(w2.atan().sinh(), c::<T>(-0.52), T::from(0.32).unwrap()),
            T::tanh(-x1),
        );
        let mut s16: T = c::<T>(0.0);
        let mut i17 = 0;
        while i17 < 2 {
            i17 += 1;
            let a18 = u14.exp2();
            if i17 % 2 == 0 {
                break;
            }
            s16 = s16.min(Float::sin(
                T::exp(s12.tanh()).sqrt() / ((c::<T>(1.0)) + (T::tanh(s12) * s12.tanh())),
            ));
        }
        s12 = s12 + w2.tanh();
        s3 = s3 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(s16 + (c::<T>(-0.318)))));
    }
    let mut s19: T = c::<T>(0.0);
    for i20 in 0..nk {
        let mut s21 = c::<T>(0.0);
        let mut i22 = 0;
        while i22 < 3 {
            i22 += 1;
            let mut m23 = ((c::<T>(1.0)) + (T::cos(s3) * s3.cos())).log10();
            m23 = m23
                * ((c::<T>(1.0))
                    + ((c::<T>(0.3))
                        * Float::sin(
                            (T::from(0.9).unwrap() * (((c::<T>(V[i22])).atan()).tanh())).atanh(),
                        )));
        }
        s12 = s12 - T::atan((c::<T>(-0.77)) / T::exp(x0));
    }
    (T::from(0.001).unwrap() * ((((w2 * s3) + a11) + s12) + s19)).tanh()
}

fn p46_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let (u1, w2) = (
        x0 - x0,
        (x0 * x0 + ((k::<D>(0.5)) + (x0 * x0)) * ((k::<D>(0.5)) + (x0 * x0))).sqrt(),
    );
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let mut m5: D = (k::<D>(1.4)).asinh();
        let a6 = x0 * (k::<D>(i4 as f64));
        let mut s7 = k::<D>(1.0);
        let mut i8 = 0;
        while i8 < 3 {
            i8 += 1;
            let (u9, w10) = (
                ((k::<D>(1.0))
                    + (x1.cosh().cos().exp().sqrt().tanh() * x1.cosh().cos().exp().sqrt().tanh()))
                .log10(),
                (((k::<D>(2.0)) + m5.sin().exp_m1().sin()).ln())
                    / ((k::<D>(1.0))
                        + ((((x2 + x1)
                            * ((k::<D>(std::f64::consts::E)) / ((k::<D>(2.0)) + x2.sin())))
                        .cos())
                            * (((x2 + x1)
                                * ((k::<D>(std::f64::consts::E)) / ((k::<D>(2.0)) + x2.sin())))
                            .cos()))),
            );
            s3 -= (((k::<D>(0.9)) * ((-(k::<D>(W[i4]))).sin())).acos()).sin();
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(1.5)) + ((-s3).tanh())).recip()).sin()));
    }
    let a11 = k::<D>(-0.72);
    let mut s12 = k::<D>(0.0);
    for i13 in 1..2 {
        let (u14, w15) = (
            -dclamp(w2.atan().sinh(), k::<D>(-0.52), k::<D>(0.32)),
            (-x1).tanh(),
        );
        let mut s16: D = k::<D>(0.0);
        let mut i17 = 0;
        while i17 < 2 {
            i17 += 1;
            let a18 = u14.exp2();
            if i17 % 2 == 0 {
                break;
            }
            s16 = dmin(
                s16,
                (s12.tanh().exp().sqrt() / ((k::<D>(1.0)) + (s12.tanh() * s12.tanh()))).sin(),
            );
        }
        s12 += w2.tanh();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s16 + (k::<D>(-0.318))).sin()));
    }
    let mut s19: D = k::<D>(0.0);
    for i20 in 0..nk {
        let mut s21 = k::<D>(0.0);
        let mut i22 = 0;
        while i22 < 3 {
            i22 += 1;
            let mut m23 = ((k::<D>(1.0)) + (s3.cos() * s3.cos())).log10();
            m23 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(0.9)) * (((k::<D>(V[i22])).atan()).tanh())).atanh()).sin()));
        }
        s12 -= ((k::<D>(-0.77)) / x0.exp()).atan();
    }
    ((k::<D>(0.001)) * ((((w2 * s3) + a11) + s12) + s19)).tanh()
}

#[differentiable]
fn p47(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0_f64;
    for i2 in 1..=5 {
        let a3 = x0.asinh();
        let mut m4 = V[i2];
        let a5 = W[i2];
        m4 = f64::atan((0.7_f64 * m4) + Float::asinh((-1.3_f64) * a3));
        s1 *= 1.0 + (0.3 * Float::atan(if i2 < 2 { a5 } else { BETA }).sin());
    }
    s1 *= 1.0
        + (0.3
            * (((-(ALPHA + (-1.46)))
                / (1.0
                    + (f64::hypot(x2 + x2, 1.0).powi(-1)
                        * f64::hypot(x2 + x2, 1.0_f64).powi(-1))))
            .sin()));
    if s1.tanh().cosh() < -1.582 && !(x1 > -0.5_f64) {
        s1 -= (0.9 * x0.sin()).atanh();
    } else {
        s1 -= x0.tanh();
    }
    let a6 = x0 - 1.5;
    s1 = (0.5f64 * s1) + (((-x2).hypot(1.0)).powi(-1));
    let mut s7: f64 = 1.0;
    for i8 in 0..4 {
        if x2 / Float::exp(s1.cos()) >= Float::powi(1.0 + (a6 * a6), -1) {
            s7 = f64::sin(
                (0.7 * s7)
                    + (({
                        let t9 = 1.8 - x0;
                        p37(x0, f64::tanh(W[i8]))
                    }) * ((1.0
                        + (((1.0_f64 + (a6 * a6)).log((0.5 + (0.4 * x0.sin())).exp()))
                            * ((1.0 + (a6 * a6)).log((0.5 + (0.4 * x0.sin())).exp()))))
                    .sqrt())),
            );
        }
        s1 -= ((0.9_f64 * f64::sin(x0)).asin()).sin();
    }
    s7 *= 1.0 + (0.3_f64 * ((2.0 - a6).sin()));
    (0.001 * ((((x1 + x2) + s1) + a6) * s7)).tanh()
}

fn p47_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 1..=5 {
        let a3 = x0.asinh();
        let mut m4 = k::<D>(V[i2]);
        let a5 = k::<D>(W[i2]);
        m4 = (((k::<D>(0.7)) * m4) + (((k::<D>(-1.3)) * a3).asinh())).atan();
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((if i2 < 2 { a5 } else { k::<D>(BETA) }).atan()).sin()));
    }
    s1 *= (k::<D>(1.0))
        + ((k::<D>(0.3))
            * (((-((k::<D>(ALPHA)) + (k::<D>(-1.46))))
                / ((k::<D>(1.0))
                    + (((((x2 + x2) * (x2 + x2) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        .powi(-1))
                        * ((((x2 + x2) * (x2 + x2) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                            .powi(-1)))))
            .sin()));
    if s1.tanh().cosh().re() < (-(k::<D>(1.582))).re() && !(x1.re() > (k::<D>(-0.5)).re()) {
        s1 -= ((k::<D>(0.9)) * x0.sin()).atanh();
    } else {
        s1 -= x0.tanh();
    }
    let a6 = x0 - (k::<D>(1.5));
    s1 = ((k::<D>(0.5)) * s1) + ((((-x2) * (-x2) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-1));
    let mut s7: D = k::<D>(1.0);
    for i8 in 0..4 {
        if (x2 / s1.cos().exp()).re() >= (((k::<D>(1.0)) + (a6 * a6)).powi(-1)).re() {
            s7 = (((k::<D>(0.7)) * s7)
                + (({
                    let t9 = (k::<D>(1.8)) - x0;
                    p37_d(x0, (k::<D>(W[i8])).tanh())
                }) * (((k::<D>(1.0))
                    + ((((k::<D>(1.0)) + (a6 * a6)).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln())
                        * (((k::<D>(1.0)) + (a6 * a6)).ln()
                            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln())))
                .sqrt())))
            .sin();
        }
        s1 -= (((k::<D>(0.9)) * x0.sin()).asin()).sin();
    }
    s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(2.0)) - a6).sin()));
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) + a6) * s7)).tanh()
}

#[differentiable]
fn p48(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 1.0;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x0;
        let a5 = {
            let t4 = a3;
            s1
        };
        s1 /= 1.0 + ((core::f64::consts::PI * a3) * (core::f64::consts::PI * a3));
        if i2 <= 1 {
            break;
        }
    }
    for i6 in 0..=4 {
        let mut s7 = 0.5;
        for i8 in 0..4 {
            let a9 = -0.8;
            let a10 = if !(0.7 <= 0.72) {
                -s7
            } else {
                V[i8] / (1.0_f64 + (W[i6] * W[i6]))
            };
            s1 /= 1.0 + (f64::cos(s7) * f64::cos(s7));
            s7 *= 1.0 + (0.3 * a9.sin());
        }
        let (u11, w12) = (
            f64::acos(0.9 * Float::sin(s7.tanh())),
            if s7 <= s1 { x0 } else { s7 },
        );
        let a13 = x1;
        s1 *= 1.0 + (0.3_f64 * x1.exp().cos());
        s1 *= 1.0 + (0.3 * ((1.5 + f64::atan2(a13, 0.5 + (a13 * a13)).tanh()).cos()));
    }
    let a14 = Float::powi(1.0_f64 + (x1 * x1), -2);
    for i15 in 0..3 {
        for i16 in 2..4 {
            let a17 = (0.5 + ((1.5 + x1.tanh()) * (1.5 + f64::tanh(x1)))).ln_1p();
            let a18 = s1;
            s1 -= f64::cosh(f64::cos(x0 * x0)).log10().cos();
        }
        let a19 = ((W[i15] * ALPHA.sin().mul_add(s1.sin(), a14)).cos()) * s1.tanh().exp().cos();
        let a20 = Float::powi(f64::tanh(s1), 3);
        s1 = Float::cos(
            (0.7_f64 * s1)
                + f64::powf(
                    Float::hypot(p34(a14, ALPHA.atan()), 1.0),
                    (a19 / (1.0_f64 + (a19 * a19))).cos(),
                ),
        );
    }
    let a14 = x0 / x1.cosh();
    let a21 = x1 - x1;
    let (u22, w23) = (x0 * a21, -0.1);
    (((s1 + a14) + a21) + u22) * w23
}

fn p48_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(1.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x0;
        let a5 = {
            let t4 = a3;
            s1
        };
        s1 /= (k::<D>(1.0))
            + (((k::<D>(core::f64::consts::PI)) * a3) * ((k::<D>(core::f64::consts::PI)) * a3));
        if i2 <= 1 {
            break;
        }
    }
    for i6 in 0..=4 {
        let mut s7 = k::<D>(0.5);
        for i8 in 0..4 {
            let a9 = k::<D>(-0.8);
            let a10 = if !((k::<D>(0.7)).re() <= (k::<D>(0.72)).re()) {
                -s7
            } else {
                (k::<D>(V[i8])) / ((k::<D>(1.0)) + ((k::<D>(W[i6])) * (k::<D>(W[i6]))))
            };
            s1 /= (k::<D>(1.0)) + (s7.cos() * s7.cos());
            s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a9.sin());
        }
        let (u11, w12) = (
            ((k::<D>(0.9)) * s7.tanh().sin()).acos(),
            if s7.re() <= s1.re() { x0 } else { s7 },
        );
        let a13 = x1;
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.exp().cos());
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(1.5)) + datan2(a13, (k::<D>(0.5)) + (a13 * a13)).tanh()).cos()));
    }
    let a14 = ((k::<D>(1.0)) + (x1 * x1)).powi(-2);
    for i15 in 0..3 {
        for i16 in 2..4 {
            let a17 = ((k::<D>(0.5)) + (((k::<D>(1.5)) + x1.tanh()) * ((k::<D>(1.5)) + x1.tanh())))
                .ln_1p();
            let a18 = s1;
            s1 -= ((((x0 * x0).cos()).cosh()).log10()).cos();
        }
        let a19 = (((k::<D>(W[i15])) * (((k::<D>(ALPHA)).sin()) * s1.sin() + a14)).cos())
            * s1.tanh().exp().cos();
        let a20 = s1.tanh().powi(3);
        s1 = (((k::<D>(0.7)) * s1)
            + ((((a19 / ((k::<D>(1.0)) + (a19 * a19))).cos())
                * ((p34_d(a14, (k::<D>(ALPHA)).atan()) * p34_d(a14, (k::<D>(ALPHA)).atan())
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
                .ln())
            .exp()))
        .cos();
    }
    let a14 = x0 / x1.cosh();
    let a21 = x1 - x1;
    let (u22, w23) = (x0 * a21, k::<D>(-0.1));
    (((s1 + a14) + a21) + u22) * w23
}

#[differentiable]
fn p49(x: &[f64]) -> f64 {
    let a1 = BETA.cos().exp_m1();
    let mut s2: f64 = 1.0;
    for i3 in 0..x.len() - 1 {
        let mut s4 = 0.5f64;
        for &i5 in x.iter() {
            s4 *= 1.0 + (0.3 * Float::sin(s2.atan().sin().tan().atan()));
            s2 += Float::cos(1.473 / (1.5_f64 + ((-1.99).tanh())));
            s2 -= f64::sin(f64::atan(s4));
        }
        let a6 = if x[i3] + s2 < s2 + a1 {
            Float::atan(s2)
        } else {
            (1.1 + ((((i3 as f64).tanh()).exp()) * Float::exp(f64::tanh((i3 as f64))))).acosh()
        };
        s4 += Float::recip(1.5 + Float::tanh(x[i3 + 1] / (1.5f64 + a6.tanh()))).atan();
        s4 = (0.5 * s4) + Float::asinh(s2).tanh();
        if (-1.513f64).sin() <= 0.91 {
            continue;
        }
        s2 /= 1.0 + (s2.tanh() * s2.tanh());
    }
    let a7: f64 = Float::tanh(a1).sinh();
    if s2 + s2 >= 0.86 {
        s2 *= 1.0 + (0.3 * f64::sin(((1.0_f64 + (s2.atan() * s2.atan())).recip()) * x[1]));
    }
    ((a1 * s2) + a7) + x[2]
}

fn p49_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(BETA)).cos()).exp_m1();
    let mut s2: D = k::<D>(1.0);
    for i3 in 0..x.len() - 1 {
        let mut s4 = k::<D>(0.5);
        for &i5 in x.iter() {
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.atan().sin().tan().atan().sin());
            s2 += ((k::<D>(1.473)) / ((k::<D>(1.5)) + ((k::<D>(-1.99)).tanh()))).cos();
            s2 -= s4.atan().sin();
        }
        let a6 = if (x[i3] + s2).re() < (s2 + a1).re() {
            s2.atan()
        } else {
            ((k::<D>(1.1))
                + ((((k::<D>(i3 as f64)).tanh()).exp()) * (((k::<D>(i3 as f64)).tanh()).exp())))
            .acosh()
        };
        s4 += (((k::<D>(1.5)) + ((x[i3 + 1] / ((k::<D>(1.5)) + a6.tanh())).tanh())).recip()).atan();
        s4 = ((k::<D>(0.5)) * s4) + s2.asinh().tanh();
        if ((k::<D>(-1.513)).sin()).re() <= (k::<D>(0.91)).re() {
            continue;
        }
        s2 /= (k::<D>(1.0)) + (s2.tanh() * s2.tanh());
    }
    let a7: D = a1.tanh().sinh();
    if (s2 + s2).re() >= (k::<D>(0.86)).re() {
        s2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(1.0)) + (s2.atan() * s2.atan())).recip()) * x[1]).sin()));
    }
    ((a1 * s2) + a7) + x[2]
}

#[differentiable]
fn p50(x: &[f64]) -> f64 {
    let a1: f64 = BETA / Float::cosh(f64::tanh(core::f64::consts::PI));
    let (u2, w3) = (a1, (-1.83) * (a1 + 0.2));
    let mut s4 = 0.0;
    for i5 in x {
        let mut s6 = 0.5;
        for i7 in 0..x.len() {
            s6 += f64::tanh((0.9 * f64::sin(core::f64::consts::PI).sin()).acos());
            let w3 = f64::trunc((1.0 + (((i7 as f64).tanh()) * ((i7 as f64).tanh()))).sqrt())
                * s4.tanh();
            let a8 = (1.0_f64 + (ALPHA * ALPHA)).log2();
            s6 = (0.5 * s6) + (((0.9 * Float::atan(-u2).tanh()).atanh()).sin());
        }
        s6 *= 1.0 + (0.3 * f64::clamp(w3, -1.22, 0.85).sin());
        s6 += s6.cos();
    }
    let mut s9: f64 = 0.5;
    for i10 in 0..x.len() {
        s9 = ((0.7 * s9)
            + ((((f64::acos(0.9 * Float::sin(f64::cos(s4))) - x[i10]).cos()).sin()).tan()))
        .tanh();
        if a1 * ALPHA > u2 {
            break;
        }
        s9 *= 1.0f64 + (0.3 * (((1.0_f64 + ((s9 - s9) * (s9 - s9))).sqrt()).sin()));
        s4 -= (a1 * x[i10]).sin();
    }
    let u2 = (x[4].hypot(0.5 + (u2 * u2)) * (x[1] / (1.5_f64 + ((-0.6).tanh()))))
        .max((f64::cos(x[5]) * s4.cos()) + (w3 - (-0.29)));
    (0.001 * (((((a1 + w3) + s4) + s9) + u2) - x[5])).tanh()
}

fn p50_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(BETA)) / (((k::<D>(core::f64::consts::PI)).tanh()).cosh());
    let (u2, w3) = (a1, (k::<D>(-1.83)) * (a1 + (k::<D>(0.2))));
    let mut s4 = k::<D>(0.0);
    for i5 in x {
        let mut s6 = k::<D>(0.5);
        for i7 in 0..x.len() {
            s6 += (((k::<D>(0.9)) * (((k::<D>(core::f64::consts::PI)).sin()).sin())).acos()).tanh();
            let w3 = (k::<D>(
                (((k::<D>(1.0)) + (((k::<D>(i7 as f64)).tanh()) * ((k::<D>(i7 as f64)).tanh())))
                    .sqrt())
                .re()
                .trunc(),
            )) * s4.tanh();
            let a8 = ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA)))).log2();
            s6 = ((k::<D>(0.5)) * s6) + ((((k::<D>(0.9)) * (((-u2).atan()).tanh())).atanh()).sin());
        }
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * dclamp(w3, k::<D>(-1.22), k::<D>(0.85)).sin());
        s6 += s6.cos();
    }
    let mut s9: D = k::<D>(0.5);
    for i10 in 0..x.len() {
        s9 = (((k::<D>(0.7)) * s9)
            + (((((((k::<D>(0.9)) * s4.cos().sin()).acos()) - x[i10]).cos()).sin()).tan()))
        .tanh();
        if (a1 * (k::<D>(ALPHA))).re() > u2.re() {
            break;
        }
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(1.0)) + ((s9 - s9) * (s9 - s9))).sqrt()).sin()));
        s4 -= (a1 * x[i10]).sin();
    }
    let u2 = dmax(
        ((x[4] * x[4] + ((k::<D>(0.5)) + (u2 * u2)) * ((k::<D>(0.5)) + (u2 * u2))).sqrt())
            * (x[1] / ((k::<D>(1.5)) + ((k::<D>(-0.6)).tanh()))),
        (x[5].cos() * s4.cos()) + (w3 - (k::<D>(-0.29))),
    );
    ((k::<D>(0.001)) * (((((a1 + w3) + s4) + s9) + u2) - x[5])).tanh()
}

#[differentiable]
fn p51(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = (x0.asinh() + x1) * x1;
    let a2 = (x1 * a1) + x2.cos();
    let a1 = ALPHA;
    let mut s3 = 0.0_f64;
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let a5 = x2;
        s3 -= Float::tanh((0.9 * ((-0.593).tanh())).acos());
    }
    let a6 = a2;
    (((x2 + a2) + a1) - s3) + a6
}

fn p51_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (x0.asinh() + x1) * x1;
    let a2 = (x1 * a1) + x2.cos();
    let a1 = k::<D>(ALPHA);
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let a5 = x2;
        s3 -= (((k::<D>(0.9)) * ((k::<D>(-0.593)).tanh())).acos()).tanh();
    }
    let a6 = a2;
    (((x2 + a2) + a1) - s3) + a6
}

#[differentiable]
fn p52(x: &[f64]) -> f64 {
    let a1: f64 = f64::tan(f64::sin(
        Float::mul_add(
            core::f64::consts::PI.abs().cos(),
            -0.02f64,
            std::f64::consts::E + std::f64::consts::E,
        )
        .tanh(),
    ));
    let a2 = if a1 + a1 > a1.exp_m1() {
        Float::tanh(a1)
    } else {
        f64::sinh((a1 + (-1.7)).cos()) * ((x[4] + a1) / (2.0 + a1.min(std::f64::consts::E).sin()))
    };
    let mut s3 = 1.0;
    for i4 in 0..x.len() {
        if i4 != 4 {
            s3 /= (x[i4] + s3).hypot(1.0_f64);
        }
        if x[i4] <= 1.417.max(x[i4]) {
            s3 += a2.cos();
        }
        s3 *= 1.0 + (0.3 * Float::sin(((-1.98).exp()).powi(0)));
        s3 *= 1.0 + (0.3_f64 * Float::cos(1.5f64 + ((i4 as f64).tanh())));
    }
    if Float::log2(2.0f64 + f64::sin(s3)) >= 0.43_f64 {
        return a2.tanh() * ((a2 / (1.5 + s3.tanh())).cos());
    }
    let (u5, w6) = (
        (a1 - (s3.tanh() * x[2])) * Float::powi(f64::exp(-1.52_f64), -1),
        f64::hypot((a1 - x[2]) / (1.0 + (x[4] * x[4])), 0.5 + (x[2] * x[2])),
    );
    let a7 = if x[4] > s3.atan().exp() {
        f64::recip(1.5 + ((u5 / (1.5 + w6.tanh())).tanh()))
    } else {
        if a2 / (1.0 + (s3.cos() * Float::cos(s3))) > x[3] {
            1.2
        } else {
            w6 + w6
        }
    };
    let a8 = 0.26;
    (0.001_f64 * (((((s3 + u5) + w6) + a7) + a8) + x[2])).tanh()
}

fn p52_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((((((k::<D>(core::f64::consts::PI)).abs()).cos()) * (-(k::<D>(0.02)))
        + ((k::<D>(std::f64::consts::E)) + (k::<D>(std::f64::consts::E))))
    .tanh())
    .sin())
    .tan();
    let a2 = if (a1 + a1).re() > a1.exp_m1().re() {
        a1.tanh()
    } else {
        (((a1 + (k::<D>(-1.7))).cos()).sinh())
            * ((x[4] + a1) / ((k::<D>(2.0)) + dmin(a1, k::<D>(std::f64::consts::E)).sin()))
    };
    let mut s3 = k::<D>(1.0);
    for i4 in 0..x.len() {
        if i4 != 4 {
            s3 /= ((x[i4] + s3) * (x[i4] + s3) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        }
        if x[i4].re() <= dmax(k::<D>(1.417), x[i4]).re() {
            s3 += a2.cos();
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(-1.98)).exp()).powi(0)).sin()));
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(i4 as f64)).tanh())).cos()));
    }
    if (((k::<D>(2.0)) + s3.sin()).log2()).re() >= (k::<D>(0.43)).re() {
        return a2.tanh() * ((a2 / ((k::<D>(1.5)) + s3.tanh())).cos());
    }
    let (u5, w6) = (
        (a1 - (s3.tanh() * x[2])) * (((k::<D>(-1.52)).exp()).powi(-1)),
        (((a1 - x[2]) / ((k::<D>(1.0)) + (x[4] * x[4])))
            * ((a1 - x[2]) / ((k::<D>(1.0)) + (x[4] * x[4])))
            + ((k::<D>(0.5)) + (x[2] * x[2])) * ((k::<D>(0.5)) + (x[2] * x[2])))
            .sqrt(),
    );
    let a7 = if x[4].re() > s3.atan().exp().re() {
        ((k::<D>(1.5)) + ((u5 / ((k::<D>(1.5)) + w6.tanh())).tanh())).recip()
    } else {
        if (a2 / ((k::<D>(1.0)) + (s3.cos() * s3.cos()))).re() > x[3].re() {
            k::<D>(1.2)
        } else {
            w6 + w6
        }
    };
    let a8 = k::<D>(0.26);
    ((k::<D>(0.001)) * (((((s3 + u5) + w6) + a7) + a8) + x[2])).tanh()
}

#[differentiable]
fn p53<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = T::tan(x[3].sin());
    let a2 = x[0] + x[1];
    let a3 = p19(Float::tanh(a1), c::<T>(-0.469), x[3]) - p45(a2.tanh(), c::<T>(1.19));
    ((a1 + a2) * a3) + x[1]
}

fn p53_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = x[3].sin().tan();
    let a2 = x[0] + x[1];
    let a3 = p19_d(a1.tanh(), k::<D>(-0.469), x[3]) - p45_d(a2.tanh(), k::<D>(1.19));
    ((a1 + a2) * a3) + x[1]
}

#[differentiable]
fn p54(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x1.powi(2).powi(2) - ((s1 + x1).tanh());
        if V[i2] * x0 >= x0.cosh().sqrt() {
            continue;
        }
        let (u4, w5) = (
            BETA.tanh() - p3(a3.tanh(), V[i2].atan(), f64::atan(a3)),
            (0.9_f64 * f64::tanh((i2 as f64)).tanh()).atanh(),
        );
        s1 -= u4.asinh().cos();
        s1 = ((0.7 * s1) + ((-0.7f64) + x0)).sin();
    }
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7 = x1 + x1;
        s1 = Float::atan((0.7 * s1) + (-(x0 - (-1.558))));
        let mut m8 = -x0;
        m8 = (0.5 * m8) + f64::cos(s1.exp_m1());
        m8 *= 1.0
            + (0.3
                * Float::sin(
                    (m8 * a7) - Float::recip(1.0 + (std::f64::consts::E * std::f64::consts::E)),
                ));
    }
    let mut s9 = 1.0;
    for i10 in 0..3 {
        s9 += ((((s1 / s1.tanh().cosh()).sin()).cosh()).sqrt()).atan();
        let (u11, w12) = (x1.cos(), -s1);
        s9 *= 1.0
            + (0.3
                * ((((1.5 + w12.tanh()).cbrt())
                    / (((1.5_f64 + x1.tanh()).powf(Float::sin(s9))).hypot(1.0_f64)))
                .sin()));
    }
    let mut s13: f64 = 0.5;
    for i14 in 0..1 {
        if s1.sin() * Float::atan(s1) >= 0.21 {
            s9 = ((0.7 * s9) + s1).cos();
        } else {
            s1 *= 1.0 + (0.3 * Float::sin(s1 + (f64::atan(s13) - x0)));
        }
        let a15 = x1.sin();
        s13 *=
            1.0 + (0.3 * Float::sin(Float::clamp(s9, -0.6, 0.47).mul_add(s9.sin(), s9 + (-1.783))));
    }
    if {
        let t16 = s13;
        x1
    } < -0.54
    {
        s1 -= (s13.tanh() * s9) + (s9 - x1);
    } else {
        s13 = ((0.7 * s13) + ((s1.atan() * (-1.7_f64)) / (1.0_f64 + (s1.cos() * s1.cos())))).tanh();
    }
    let a17: f64 = x1.exp().log10().cos();
    (((x1 + s1) + s9) - s13) + a17
}

fn p54_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x1.powi(2).powi(2) - ((s1 + x1).tanh());
        if ((k::<D>(V[i2])) * x0).re() >= x0.cosh().sqrt().re() {
            continue;
        }
        let (u4, w5) = (
            ((k::<D>(BETA)).tanh()) - p3_d(a3.tanh(), (k::<D>(V[i2])).atan(), a3.atan()),
            ((k::<D>(0.9)) * (((k::<D>(i2 as f64)).tanh()).tanh())).atanh(),
        );
        s1 -= u4.asinh().cos();
        s1 = (((k::<D>(0.7)) * s1) + ((k::<D>(-0.7)) + x0)).sin();
    }
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7 = x1 + x1;
        s1 = (((k::<D>(0.7)) * s1) + (-(x0 - (k::<D>(-1.558))))).atan();
        let mut m8 = -x0;
        m8 = ((k::<D>(0.5)) * m8) + s1.exp_m1().cos();
        m8 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((m8 * a7)
                    - (((k::<D>(1.0))
                        + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                    .recip()))
                .sin()));
    }
    let mut s9 = k::<D>(1.0);
    for i10 in 0..3 {
        s9 += ((((s1 / s1.tanh().cosh()).sin()).cosh()).sqrt()).atan();
        let (u11, w12) = (x1.cos(), -s1);
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(1.5)) + w12.tanh()).cbrt())
                    / ((((s9.sin() * ((k::<D>(1.5)) + x1.tanh()).ln()).exp())
                        * ((s9.sin() * ((k::<D>(1.5)) + x1.tanh()).ln()).exp())
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt()))
                .sin()));
    }
    let mut s13: D = k::<D>(0.5);
    for i14 in 0..1 {
        if (s1.sin() * s1.atan()).re() >= (k::<D>(0.21)).re() {
            s9 = (((k::<D>(0.7)) * s9) + s1).cos();
        } else {
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s1 + (s13.atan() - x0)).sin()));
        }
        let a15 = x1.sin();
        s13 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((dclamp(s9, k::<D>(-0.6), k::<D>(0.47)) * s9.sin() + (s9 + (k::<D>(-1.783))))
                    .sin()));
    }
    if ({
        let t16 = s13;
        x1
    })
    .re()
        < (k::<D>(-0.54)).re()
    {
        s1 -= (s13.tanh() * s9) + (s9 - x1);
    } else {
        s13 = (((k::<D>(0.7)) * s13)
            + ((s1.atan() * (k::<D>(-1.7))) / ((k::<D>(1.0)) + (s1.cos() * s1.cos()))))
        .tanh();
    }
    let a17: D = x1.exp().log10().cos();
    (((x1 + s1) + s9) - s13) + a17
}

#[differentiable]
fn p55(x0: f64, x1: f64, nk: usize) -> f64 {
    let a1 = x0.exp();
    let mut s2: f64 = 0.5;
    for i3 in 1..3 {
        let a4 = p37(s2.sin(), s2.tanh());
        let mut m5: f64 = (1.0
            + (Float::exp((i3 as f64).cos()).cos() * Float::cos((i3 as f64)).exp().cos()))
        .sqrt();
        s2 = (0.5 * s2) + p51(V[i3].tanh(), 0.48f64, a1.cos()).tanh();
        m5 *= 1.0f64 + (0.3 * f64::ln(1.5 + Float::tanh(s2)).sin());
        m5 /= 1.0 + (Float::sin((i3 as f64) - s2) * (((i3 as f64) - s2).sin()));
    }
    let a6 = x1.round() * (0.7_f64 + x1);
    for i7 in 0..nk {
        let a1 = a6.clamp(-1.27, 1.26);
        if !(s2.tanh().cosh() >= -0.24f64) {
            continue;
        }
        let a8 = p39(f64::tanh(W[i7]), x0);
        s2 = ((0.7f64 * s2) + (V[i7] + Float::hypot(W[i7], 1.0f64).ln())).cos();
        s2 = (0.5 * s2) + f64::cos(x0 / (2.0 + x1.sin()));
    }
    (((x0 + x1) + a1) + s2) + a6
}

fn p55_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1 = x0.exp();
    let mut s2: D = k::<D>(0.5);
    for i3 in 1..3 {
        let a4 = p37_d(s2.sin(), s2.tanh());
        let mut m5: D = ((k::<D>(1.0))
            + (((((k::<D>(i3 as f64)).cos()).exp()).cos())
                * ((((k::<D>(i3 as f64)).cos()).exp()).cos())))
        .sqrt();
        s2 = ((k::<D>(0.5)) * s2) + p51_d((k::<D>(V[i3])).tanh(), k::<D>(0.48), a1.cos()).tanh();
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(1.5)) + s2.tanh()).ln()).sin()));
        m5 /= (k::<D>(1.0))
            + ((((k::<D>(i3 as f64)) - s2).sin()) * (((k::<D>(i3 as f64)) - s2).sin()));
    }
    let a6 = (k::<D>(x1.re().round())) * ((k::<D>(0.7)) + x1);
    for i7 in 0..nk {
        let a1 = dclamp(a6, k::<D>(-1.27), k::<D>(1.26));
        if !(s2.tanh().cosh().re() >= (k::<D>(-0.24)).re()) {
            continue;
        }
        let a8 = p39_d((k::<D>(W[i7])).tanh(), x0);
        s2 = (((k::<D>(0.7)) * s2)
            + ((k::<D>(V[i7]))
                + ((((k::<D>(W[i7])) * (k::<D>(W[i7])) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    .ln())))
        .cos();
        s2 = ((k::<D>(0.5)) * s2) + ((x0 / ((k::<D>(2.0)) + x1.sin())).cos());
    }
    (((x0 + x1) + a1) + s2) + a6
}

#[differentiable]
fn p56(x0: f64, x1: f64) -> f64 {
    let a1 = (-0.85).asinh();
    let mut s2 = 0.0;
    for i3 in 1..3 {
        let a4 = Float::hypot(
            f64::powi(1.0 + (((ALPHA - a1).cos()) * ((ALPHA - a1).cos())), -2),
            0.5_f64 + (a1 * a1),
        );
        if !(s2 + a1 > x1 + a1) {
            break;
        }
        let mut s5 = 0.5;
        for i6 in (i3 + 1)..6 {
            let a1 = p9((s5 - s5).cos(), 0.1 * x1).hypot(
                0.5 + (({
                    let t7 = 0.896f64 * ALPHA;
                    -s5
                }) * ({
                    let t7 = 0.896f64 * ALPHA;
                    -s5
                })),
            );
            let a8 = (a4.signum() * f64::sqrt(1.5 + x1.tanh())) / (1.0 + (0.2 * 0.2));
            s5 = s5.max(x1.cos());
            s2 = (0.5f64 * s2) + f64::exp2(f64::tanh(a8)).cos();
        }
        s5 += ((0.9 * f64::tanh(Float::exp(x0).log2()).sin()).asin()).atan();
        s2 /= 1.0 + (a4.cos().exp_m1().atan() * f64::cos(a4).exp_m1().atan());
    }
    let mut m9 = if a1 < -0.02 { x0 } else { x1 };
    let a1: f64 = f64::round((if m9 >= m9 { m9 } else { x1 }) - s2.abs())
        * ((x0.atan() * Float::exp_m1(x1)).cos());
    let a10 = if !((0.9f64 * Float::sin(x1)).acos() > x1.sinh()) {
        m9
    } else {
        (1.1 + ((2.0 + Float::sin(x1 + m9)) * (2.0f64 + ((x1 + m9).sin())))).acosh()
    };
    (((x1 * s2) + m9) - a1) + a10
}

fn p56_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = (k::<D>(-0.85)).asinh();
    let mut s2 = k::<D>(0.0);
    for i3 in 1..3 {
        let a4 = ((((k::<D>(1.0))
            + ((((k::<D>(ALPHA)) - a1).cos()) * (((k::<D>(ALPHA)) - a1).cos())))
        .powi(-2))
            * (((k::<D>(1.0))
                + ((((k::<D>(ALPHA)) - a1).cos()) * (((k::<D>(ALPHA)) - a1).cos())))
            .powi(-2))
            + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1)))
            .sqrt();
        if !((s2 + a1).re() > (x1 + a1).re()) {
            break;
        }
        let mut s5 = k::<D>(0.5);
        for i6 in (i3 + 1)..6 {
            let a1 = (p9_d((s5 - s5).cos(), (k::<D>(0.1)) * x1)
                * p9_d((s5 - s5).cos(), (k::<D>(0.1)) * x1)
                + ((k::<D>(0.5))
                    + (({
                        let t7 = (k::<D>(0.896)) * (k::<D>(ALPHA));
                        -s5
                    }) * ({
                        let t7 = (k::<D>(0.896)) * (k::<D>(ALPHA));
                        -s5
                    })))
                    * ((k::<D>(0.5))
                        + (({
                            let t7 = (k::<D>(0.896)) * (k::<D>(ALPHA));
                            -s5
                        }) * ({
                            let t7 = (k::<D>(0.896)) * (k::<D>(ALPHA));
                            -s5
                        }))))
            .sqrt();
            let a8 = ((k::<D>(a4.re().signum())) * (((k::<D>(1.5)) + x1.tanh()).sqrt()))
                / ((k::<D>(1.0)) + ((k::<D>(0.2)) * (k::<D>(0.2))));
            s5 = dmax(s5, x1.cos());
            s2 = ((k::<D>(0.5)) * s2) + a8.tanh().exp2().cos();
        }
        s5 += (((k::<D>(0.9)) * x0.exp().log2().tanh().sin()).asin()).atan();
        s2 /= (k::<D>(1.0)) + (a4.cos().exp_m1().atan() * a4.cos().exp_m1().atan());
    }
    let mut m9 = if a1.re() < (k::<D>(-0.02)).re() {
        x0
    } else {
        x1
    };
    let a1: D = (k::<D>(
        ((if m9.re() >= m9.re() { m9 } else { x1 }) - s2.abs())
            .re()
            .round(),
    )) * ((x0.atan() * x1.exp_m1()).cos());
    let a10 = if !((((k::<D>(0.9)) * x1.sin()).acos()).re() > x1.sinh().re()) {
        m9
    } else {
        ((k::<D>(1.1))
            + (((k::<D>(2.0)) + ((x1 + m9).sin())) * ((k::<D>(2.0)) + ((x1 + m9).sin()))))
        .acosh()
    };
    (((x1 * s2) + m9) - a1) + a10
}

#[differentiable]
fn p57(x: &[f64]) -> f64 {
    let a1 = 1.7 - core::f64::consts::PI;
    let mut s2 = 0.5;
    for i3 in 0..x.len() {
        let a5 = {
            let t4 = (1.0 + (x[i3] * x[i3])).log(f64::exp(0.5 + (0.4 * x[i3].sin())));
            -x[i3]
        };
        let a1: f64 = ((Float::sin(a5).tan()
            * ((0.5_f64 + ((2.0 + f64::sin(-0.6_f64)) * (2.0 + ((-0.6).sin())))).ln_1p()))
        .cos())
        .powi(2);
        let a6: f64 = -f64::tanh(x[i3]);
        s2 *= 1.0 + (0.3_f64 * x[i3].sin());
        s2 -= f64::exp_m1((x[i3] * (-1.7)).cos()).atan();
    }
    let mut s7 = 0.0_f64;
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        s2 = (0.5 * s2) + ((a1 / 0.77.exp()).tanh());
        s2 += ((if 0.766 > x[1] { a1 } else { x[3] }).max(x[3] - x[2])).atan();
    }
    let a9 = s7;
    let mut m10 = x[2].sin() * s2.tanh();
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let mut m12 = s7;
        let mut m13 = W[i11];
        if i11 >= 1 {
            continue;
        }
        s7 -= (BETA * x[0]).cos();
        s2 *= 1.0 + (0.3 * Float::sinh(s2.sin()).sin());
    }
    s7 = (0.5_f64 * s7) + (s2.sin() * s2.sin());
    f64::tanh(0.001 * (((((a1 + s2) + s7) + a9) + m10) + x[4]))
}

fn p57_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(1.7)) - (k::<D>(core::f64::consts::PI));
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() {
        let a5 = {
            let t4 = (((k::<D>(1.0)) + (x[i3] * x[i3])).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[i3].sin())).exp()).ln());
            -x[i3]
        };
        let a1: D = ((a5.sin().tan()
            * (((k::<D>(0.5))
                + (((k::<D>(2.0)) + ((k::<D>(-0.6)).sin()))
                    * ((k::<D>(2.0)) + ((k::<D>(-0.6)).sin()))))
            .ln_1p()))
        .cos())
        .powi(2);
        let a6: D = -x[i3].tanh();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i3].sin());
        s2 -= (((x[i3] * (k::<D>(-1.7))).cos()).exp_m1()).atan();
    }
    let mut s7 = k::<D>(0.0);
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        s2 = ((k::<D>(0.5)) * s2) + ((a1 / ((k::<D>(0.77)).exp())).tanh());
        s2 += dmax(
            if (k::<D>(0.766)).re() > x[1].re() {
                a1
            } else {
                x[3]
            },
            x[3] - x[2],
        )
        .atan();
    }
    let a9 = s7;
    let mut m10 = x[2].sin() * s2.tanh();
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let mut m12 = s7;
        let mut m13 = k::<D>(W[i11]);
        if i11 >= 1 {
            continue;
        }
        s7 -= ((k::<D>(BETA)) * x[0]).cos();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s2.sin().sinh().sin());
    }
    s7 = ((k::<D>(0.5)) * s7) + (s2.sin() * s2.sin());
    ((k::<D>(0.001)) * (((((a1 + s2) + s7) + a9) + m10) + x[4])).tanh()
}

#[differentiable]
fn p58(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = ((1.0 + (x2 * x2)).powf(s1.tanh())) + (s1 / (1.0 + (x1 * x1)));
        let a4 = (s1 + x1) - (((-1.854).hypot(1.0)).powf(Float::cos(a3)));
        if i2 == 4 {
            continue;
        }
        s1 = (0.5 * s1) + (((a4 - a4) + f64::cbrt(Float::exp(a3.sin()))).atan());
    }
    let a6 = {
        let t5 = (x2 + s1) / (1.0 + (x1.exp_m1().tanh() * Float::tanh(x1.exp_m1())));
        p43(
            (x1 - x1).tanh(),
            ((-1.798_f64) * (-1.2)).tanh(),
            (x1 - s1).sin(),
        )
    };
    let (u7, w8) = (a6, x1.mul_add(x2, a6).sin().exp_m1());
    let mut s9: f64 = 0.0;
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        let u7 = w8
            / (1.0
                + (((i10 as f64) / (1.0 + ((x2 - x1) * (x2 - x1))))
                    * ((i10 as f64) / (1.0 + ((x2 - x1) * (x2 - x1))))));
        s9 += ((i10 as f64).hypot(0.5 + (a6 * a6))).atan();
        s1 = f64::cos((0.7 * s1) + Float::mul_add((-s9).cos(), f64::tanh(-s9), x2.atan()));
        if i10 != 0 {
            break;
        }
        s1 += ((1.0f64 + (w8.tanh() * f64::tanh(w8))).log2()).sin();
    }
    (((s1 + a6) - u7) + w8) + s9
}

fn p58_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3 = ((s1.tanh() * ((k::<D>(1.0)) + (x2 * x2)).ln()).exp())
            + (s1 / ((k::<D>(1.0)) + (x1 * x1)));
        let a4 = (s1 + x1)
            - ((a3.cos()
                * (((k::<D>(-1.854)) * (k::<D>(-1.854)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    .ln())
            .exp());
        if i2 == 4 {
            continue;
        }
        s1 = ((k::<D>(0.5)) * s1) + (((a4 - a4) + a3.sin().exp().cbrt()).atan());
    }
    let a6 = {
        let t5 = (x2 + s1) / ((k::<D>(1.0)) + (x1.exp_m1().tanh() * x1.exp_m1().tanh()));
        p43_d(
            (x1 - x1).tanh(),
            ((k::<D>(-1.798)) * (k::<D>(-1.2))).tanh(),
            (x1 - s1).sin(),
        )
    };
    let (u7, w8) = (a6, ((x1 * x2 + a6).sin()).exp_m1());
    let mut s9: D = k::<D>(0.0);
    let mut i10 = 0;
    while i10 < 2 {
        i10 += 1;
        let u7 = w8
            / ((k::<D>(1.0))
                + (((k::<D>(i10 as f64)) / ((k::<D>(1.0)) + ((x2 - x1) * (x2 - x1))))
                    * ((k::<D>(i10 as f64)) / ((k::<D>(1.0)) + ((x2 - x1) * (x2 - x1))))));
        s9 += (((k::<D>(i10 as f64)) * (k::<D>(i10 as f64))
            + ((k::<D>(0.5)) + (a6 * a6)) * ((k::<D>(0.5)) + (a6 * a6)))
            .sqrt())
        .atan();
        s1 = (((k::<D>(0.7)) * s1) + (((-s9).cos()) * ((-s9).tanh()) + x2.atan())).cos();
        if i10 != 0 {
            break;
        }
        s1 += (((k::<D>(1.0)) + (w8.tanh() * w8.tanh())).log2()).sin();
    }
    (((s1 + a6) - u7) + w8) + s9
}

#[differentiable]
fn p59(x: [f64; 4], y: f64) -> f64 {
    let a1: f64 = y;
    let (u2, w3) = (
        f64::mul_add(Float::atan(ALPHA), x[3], x[3]),
        (1.1 + (y.exp() * y.exp())).acosh(),
    );
    let mut s4 = 1.0_f64;
    for &i5 in x.iter() {
        if (-0.737) / (1.5 + i5.tanh()) >= if !(x[0] < -0.28_f64) { -0.3_f64 } else { a1 } {
            s4 /= 2.0_f64 + Float::sin((w3 + (-0.7)) - u2.atan().exp2());
        } else {
            s4 *= 1.0
                + (0.3f64
                    * (((1.66 - (x[3] * 0.85)).max(
                        Float::exp(s4.cos())
                            .log(Float::exp(0.5 + (0.4 * f64::tanh(ALPHA).sin())))
                            .hypot(0.5 + ((u2 + x[3]) * (u2 + x[3]))),
                    ))
                    .sin()));
        }
        s4 *= 1.0 + (0.3 * Float::sin((-1.456) - (u2.trunc() * y)));
    }
    let a7 = {
        let t6 = core::f64::consts::PI.cos().cosh();
        Float::atan(a1)
    };
    s4 = (0.5 * s4) + w3.abs();
    let a8 = x[1] / (1.0 + (Float::sin(w3) * w3.sin()));
    ((((u2 + w3) + s4) * a7) + a8) - x[3]
}

fn p59_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1: D = y;
    let (u2, w3) = (
        (((k::<D>(ALPHA)).atan()) * x[3] + x[3]),
        ((k::<D>(1.1)) + (y.exp() * y.exp())).acosh(),
    );
    let mut s4 = k::<D>(1.0);
    for &i5 in x.iter() {
        if ((k::<D>(-0.737)) / ((k::<D>(1.5)) + i5.tanh())).re()
            >= (if !(x[0].re() < (k::<D>(-0.28)).re()) {
                k::<D>(-0.3)
            } else {
                a1
            })
            .re()
        {
            s4 /= (k::<D>(2.0)) + (((w3 + (k::<D>(-0.7))) - u2.atan().exp2()).sin());
        } else {
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * dmax(
                        (k::<D>(1.66)) - (x[3] * (k::<D>(0.85))),
                        ((s4.cos().exp().ln()
                            / (((k::<D>(0.5))
                                + ((k::<D>(0.4)) * (((k::<D>(ALPHA)).tanh()).sin())))
                            .exp())
                            .ln())
                            * (s4.cos().exp().ln()
                                / (((k::<D>(0.5))
                                    + ((k::<D>(0.4)) * (((k::<D>(ALPHA)).tanh()).sin())))
                                .exp())
                                .ln())
                            + ((k::<D>(0.5)) + ((u2 + x[3]) * (u2 + x[3])))
                                * ((k::<D>(0.5)) + ((u2 + x[3]) * (u2 + x[3]))))
                            .sqrt(),
                    )
                    .sin());
        }
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(-1.456)) - ((k::<D>(u2.re().trunc())) * y)).sin()));
    }
    let a7 = {
        let t6 = ((k::<D>(core::f64::consts::PI)).cos()).cosh();
        a1.atan()
    };
    s4 = ((k::<D>(0.5)) * s4) + w3.abs();
    let a8 = x[1] / ((k::<D>(1.0)) + (w3.sin() * w3.sin()));
    ((((u2 + w3) + s4) * a7) + a8) - x[3]
}

#[differentiable]
fn p60(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.0_f64;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = Float::tanh(x1) * Float::tanh(s1);
        let mut m4: f64 = a3 - s1;
        let a5 = 0.142;
        m4 -= Float::powi(1.0f64 + (a3 * a3), -2).tanh();
    }
    let (u6, w7) = (x0 - s1, x0 + s1);
    let mut m8 = ((1.0_f64 + (x0.cos() * f64::cos(x0))).cbrt()) + f64::asinh(1.211);
    let mut m9 = ((w7 + x0).sin()).exp();
    let a10: f64 = f64::atan2(
        f64::cos(m9).cosh() * w7.atan(),
        -(0.5_f64 + (Float::cos(x0).exp_m1() * x0.cos().exp_m1())),
    );
    (((u6 * w7) + m8) + m9) * a10
}

fn p60_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        let a3 = x1.tanh() * s1.tanh();
        let mut m4: D = a3 - s1;
        let a5 = k::<D>(0.142);
        m4 -= (((k::<D>(1.0)) + (a3 * a3)).powi(-2)).tanh();
    }
    let (u6, w7) = (x0 - s1, x0 + s1);
    let mut m8 = (((k::<D>(1.0)) + (x0.cos() * x0.cos())).cbrt()) + ((k::<D>(1.211)).asinh());
    let mut m9 = ((w7 + x0).sin()).exp();
    let a10: D = datan2(
        m9.cos().cosh() * w7.atan(),
        -((k::<D>(0.5)) + (x0.cos().exp_m1() * x0.cos().exp_m1())),
    );
    (((u6 * w7) + m8) + m9) * a10
}

#[differentiable]
fn p61(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = f64::log(
        f64::exp(
            ((1.0 + (((1.5 + x0.tanh()).powf(x2)) * Float::powf(1.5_f64 + f64::tanh(x0), x2)))
                .sqrt())
            .sin(),
        ),
        (0.5 + (0.4
            * Float::cos(
                (0.5 + ((2.0 + (((1.0 + (x1 * x1)).ln()).sin()))
                    * (2.0_f64 + (((1.0 + (x1 * x1)).ln()).sin()))))
                .ln_1p(),
            )
            .sin()))
        .exp(),
    );
    let a2 = x2;
    let (u3, w4) = (
        f64::hypot(x1, 1.0f64).recip(),
        (1.0f64 + (a2 * a2)).powf(-0.04),
    );
    let mut m5 =
        (x1.mul_add(x2, -0.535_f64) / (1.0_f64 + (0.94 * 0.94f64))) + (0.21 - Float::cos(a2));
    let mut s6 = 0.5;
    for i7 in 1..=4 {
        let a8 = s6.sin().exp().powf(f64::cos(a1));
        s6 *= 1.0 + (0.3 * ((1.5f64 + a1.tanh()).cos()));
    }
    (((a2 + u3) + w4) + m5) + s6
}

fn p61_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = ((((((k::<D>(1.0))
        + (((x2 * ((k::<D>(1.5)) + x0.tanh()).ln()).exp())
            * ((x2 * ((k::<D>(1.5)) + x0.tanh()).ln()).exp())))
    .sqrt())
    .sin())
    .exp())
    .ln()
        / (((k::<D>(0.5))
            + ((k::<D>(0.4))
                * (((((k::<D>(0.5))
                    + (((k::<D>(2.0)) + ((((k::<D>(1.0)) + (x1 * x1)).ln()).sin()))
                        * ((k::<D>(2.0)) + ((((k::<D>(1.0)) + (x1 * x1)).ln()).sin()))))
                .ln_1p())
                .cos())
                .sin())))
        .exp())
        .ln());
    let a2 = x2;
    let (u3, w4) = (
        ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip(),
        ((k::<D>(-0.04)) * ((k::<D>(1.0)) + (a2 * a2)).ln()).exp(),
    );
    let mut m5 = ((x1 * x2 + (k::<D>(-0.535)))
        / ((k::<D>(1.0)) + ((k::<D>(0.94)) * (k::<D>(0.94)))))
        + ((k::<D>(0.21)) - a2.cos());
    let mut s6 = k::<D>(0.5);
    for i7 in 1..=4 {
        let a8 = (a1.cos() * s6.sin().exp().ln()).exp();
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a1.tanh()).cos()));
    }
    (((a2 + u3) + w4) + m5) + s6
}

#[differentiable]
fn p62<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = T::from(0.5).unwrap();
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3: T = (x0 + x1).atan2(
            -(T::from(0.5).unwrap()
                + ((x1 / (T::one() + (x0 * x0))) * (x1 / ((c::<T>(1.0)) + (x0 * x0))))),
        );
        let mut s4 = T::from(0.5).unwrap();
        let mut i5 = 0;
        while i5 < 1 {
            i5 += 1;
            let a3 = x2;
            if T::atan(s1) <= (c::<T>(0.627)) * s4 {
                break;
            }
            let a6 = (((x2 * x2) - ((c::<T>(BETA)).tanh())).sin()).mul_add(
                (c::<T>(BETA)).asinh(),
                Float::atan(s4 / ((c::<T>(core::f64::consts::PI)).hypot(T::one()))).powi(3),
            );
            s1 = (T::from(0.5).unwrap() * s1) + ((x0 * x0).atan());
        }
        let a7 = a3 - x2;
        s1 = ((c::<T>(0.5)) * s1) + Float::atan(c::<T>(W[i2]));
    }
    let a8: T = s1;
    let mut s9: T = T::zero();
    for i10 in 2..3 {
        s1 = s1.min(Float::cos(
            (c::<T>(V[i10]))
                - (a8
                    - (((c::<T>(0.5)) + (((c::<T>(V[i10])).cosh()) * ((c::<T>(V[i10])).cosh())))
                        .ln_1p())),
        ));
        let mut i11 = 0;
        while i11 < 2 {
            i11 += 1;
            let a12: T = x0;
            let mut m13: T = ((c::<T>(-1.4)) / ((c::<T>(1.0)) + (a12 * a12))).powi(1);
            let (u14, w15) = (
                T::sin((((c::<T>(i10 as f64)) - (c::<T>(i11 as f64))).tanh()).sinh()).exp_m1(),
                T::powi((((c::<T>(0.9)) * x0.tanh()).atanh()).cos(), 1)
                    / ((c::<T>(2.0))
                        + T::sin(if i11 > 2 {
                            a12.sin()
                        } else {
                            x0.tanh() * Float::tanh(s1)
                        })),
            );
            m13 -= a8.cos().tanh();
        }
        s1 -= T::tanh(if i10 % 2 == 1 { x2 } else { s1 });
    }
    if (c::<T>(ALPHA)).cos() <= s9 {
        s9 = ((T::from(0.7).unwrap() * s9)
            + (((((c::<T>(1.0)) + ((c::<T>(0.4)) * (c::<T>(0.4)))).powf(T::from(1.13).unwrap()))
                - (x1 + (c::<T>(core::f64::consts::PI))))
                + ((x0 * x0).asinh())))
        .sin();
    }
    ((c::<T>(0.001)) * ((((x1 + x2) + s1) + a8) + s9)).tanh()
}

fn p62_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3: D = datan2(
            x0 + x1,
            -((k::<D>(0.5))
                + ((x1 / ((k::<D>(1.0)) + (x0 * x0))) * (x1 / ((k::<D>(1.0)) + (x0 * x0))))),
        );
        let mut s4 = k::<D>(0.5);
        let mut i5 = 0;
        while i5 < 1 {
            i5 += 1;
            let a3 = x2;
            if s1.atan().re() <= ((k::<D>(0.627)) * s4).re() {
                break;
            }
            let a6 = ((((x2 * x2) - ((k::<D>(BETA)).tanh())).sin()) * ((k::<D>(BETA)).asinh())
                + (((s4
                    / (((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))
                        + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt()))
                .atan())
                .powi(3)));
            s1 = ((k::<D>(0.5)) * s1) + ((x0 * x0).atan());
        }
        let a7 = a3 - x2;
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(W[i2])).atan());
    }
    let a8: D = s1;
    let mut s9: D = k::<D>(0.0);
    for i10 in 2..3 {
        s1 = dmin(
            s1,
            ((k::<D>(V[i10]))
                - (a8
                    - (((k::<D>(0.5)) + (((k::<D>(V[i10])).cosh()) * ((k::<D>(V[i10])).cosh())))
                        .ln_1p())))
            .cos(),
        );
        let mut i11 = 0;
        while i11 < 2 {
            i11 += 1;
            let a12: D = x0;
            let mut m13: D = ((k::<D>(-1.4)) / ((k::<D>(1.0)) + (a12 * a12))).powi(1);
            let (u14, w15) = (
                (((((k::<D>(i10 as f64)) - (k::<D>(i11 as f64))).tanh()).sinh()).sin()).exp_m1(),
                (((((k::<D>(0.9)) * x0.tanh()).atanh()).cos()).powi(1))
                    / ((k::<D>(2.0))
                        + ((if i11 > 2 {
                            a12.sin()
                        } else {
                            x0.tanh() * s1.tanh()
                        })
                        .sin())),
            );
            m13 -= a8.cos().tanh();
        }
        s1 -= (if i10 % 2 == 1 { x2 } else { s1 }).tanh();
    }
    if ((k::<D>(ALPHA)).cos()).re() <= s9.re() {
        s9 = (((k::<D>(0.7)) * s9)
            + (((((k::<D>(1.13)) * ((k::<D>(1.0)) + ((k::<D>(0.4)) * (k::<D>(0.4)))).ln())
                .exp())
                - (x1 + (k::<D>(core::f64::consts::PI))))
                + ((x0 * x0).asinh())))
        .sin();
    }
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) + a8) + s9)).tanh()
}

#[differentiable]
fn p63<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let a1 = (((c::<T>(0.9)) * T::sin(x0)).acos()).cos();
    let a2: T = a1;
    let mut s3: T = T::from(0.5).unwrap();
    for i4 in 2..3 {
        let a5 = c::<T>(i4 as f64);
        let mut m6 = x0;
        let a7: T = c::<T>(ALPHA);
        m6 /= T::one() + (x1 * x1);
    }
    let mut s8 = c::<T>(0.5);
    let mut i9 = 0;
    while i9 < 2 {
        i9 += 1;
        let a10 = x0;
        s3 *= T::one() + ((c::<T>(0.3)) * Float::exp(c::<T>(1.072)).cos());
        if i9 % 2 == 0 {
            continue;
        }
    }
    let mut s11 = c::<T>(0.0);
    for i12 in 2..6 {
        let mut s13 = c::<T>(0.5);
        let mut i14 = 0;
        while i14 < 4 {
            i14 += 1;
            let a15 = T::max(s13, a1);
            let mut m17 = {
                let t16 = s13 / Float::tanh(s11).exp();
                x0 + a2
            };
            s13 -= s8.cos();
            s13 /= (c::<T>(1.0)) + (s3.cos() * s3.cos());
        }
        let mut m18 = (-a1).min((c::<T>(i12 as f64)).atan());
        s11 -= s8.tanh().exp().tanh();
        s13 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * m18.sinh().sin());
        if Float::cos(c::<T>(BETA)) < c::<T>(-0.41) && s3 >= c::<T>(0.89) || i12 < 5 {
            continue;
        }
    }
    let mut m19: T = T::sqrt(s11.hypot(c::<T>(1.0)));
    (T::from(0.001).unwrap() * ((((a2 * s3) + s8) + s11) + m19)).tanh()
}

fn p63_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = (((k::<D>(0.9)) * x0.sin()).acos()).cos();
    let a2: D = a1;
    let mut s3: D = k::<D>(0.5);
    for i4 in 2..3 {
        let a5 = k::<D>(i4 as f64);
        let mut m6 = x0;
        let a7: D = k::<D>(ALPHA);
        m6 /= (k::<D>(1.0)) + (x1 * x1);
    }
    let mut s8 = k::<D>(0.5);
    let mut i9 = 0;
    while i9 < 2 {
        i9 += 1;
        let a10 = x0;
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.072)).exp()).cos()));
        if i9 % 2 == 0 {
            continue;
        }
    }
    let mut s11 = k::<D>(0.0);
    for i12 in 2..6 {
        let mut s13 = k::<D>(0.5);
        let mut i14 = 0;
        while i14 < 4 {
            i14 += 1;
            let a15 = dmax(s13, a1);
            let mut m17 = {
                let t16 = s13 / s11.tanh().exp();
                x0 + a2
            };
            s13 -= s8.cos();
            s13 /= (k::<D>(1.0)) + (s3.cos() * s3.cos());
        }
        let mut m18 = dmin(-a1, (k::<D>(i12 as f64)).atan());
        s11 -= s8.tanh().exp().tanh();
        s13 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m18.sinh().sin());
        if ((k::<D>(BETA)).cos()).re() < (k::<D>(-0.41)).re() && s3.re() >= (k::<D>(0.89)).re()
            || i12 < 5
        {
            continue;
        }
    }
    let mut m19: D = ((s11 * s11 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt();
    ((k::<D>(0.001)) * ((((a2 * s3) + s8) + s11) + m19)).tanh()
}

#[differentiable]
fn p64(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1: f64 = x1;
    let mut s2 = 0.0;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 = x1;
        m1 -= x0.sin();
    }
    let a5: f64 = x1 - (-x0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7 = 0.41_f64;
        if !(a5 + x0 >= 0.42) {
            continue;
        }
        for i8 in 0..3 {
            let a9 = x1 - BETA;
            let mut m10 = x1 / BETA.atan().exp();
            let a11 = a7;
            m10 *= 1.0 + (0.3f64 * f64::atan(m1).exp().sin());
            s2 -= f64::acosh(1.1 + ((1.0 + (a11 * a11)) * (1.0f64 + (a11 * a11)))).sin();
        }
        let a12 = x2.exp().powi(-1).cos();
        s2 = (0.5_f64 * s2) + Float::atan2(x0, 0.5_f64 + (x2 * x2)).sin();
        m1 = ((0.7 * m1) + (-(a5 * x2))).sin();
    }
    Float::tanh(0.001f64 * ((((x1 + x2) * m1) + s2) + a5))
}

fn p64_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = x1;
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let a4 = x1;
        m1 -= x0.sin();
    }
    let a5: D = x1 - (-x0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let a7 = k::<D>(0.41);
        if !((a5 + x0).re() >= (k::<D>(0.42)).re()) {
            continue;
        }
        for i8 in 0..3 {
            let a9 = x1 - (k::<D>(BETA));
            let mut m10 = x1 / (((k::<D>(BETA)).atan()).exp());
            let a11 = a7;
            m10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m1.atan().exp().sin());
            s2 -= (((k::<D>(1.1))
                + (((k::<D>(1.0)) + (a11 * a11)) * ((k::<D>(1.0)) + (a11 * a11))))
                .acosh())
            .sin();
        }
        let a12 = x2.exp().powi(-1).cos();
        s2 = ((k::<D>(0.5)) * s2) + datan2(x0, (k::<D>(0.5)) + (x2 * x2)).sin();
        m1 = (((k::<D>(0.7)) * m1) + (-(a5 * x2))).sin();
    }
    ((k::<D>(0.001)) * ((((x1 + x2) * m1) + s2) + a5)).tanh()
}

#[differentiable]
fn p65<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let mut s1 = T::zero();
    for i2 in 0..=4 {
        let a3 = Float::log(
            (c::<T>(1.5)) + ((x[0] / ((c::<T>(2.0)) + T::sin(c::<T>(W[i2])))).tanh()),
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * (((s1 + T::from(0.734).unwrap()).sin()).sin())))
                .exp(),
        );
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            let a5 = ((c::<T>(1.0))
                + ((((c::<T>(0.9)) * T::tanh(T::sin(s1))).acos())
                    * T::acos((c::<T>(0.9)) * s1.sin().tanh())))
            .log2();
            s1 /= (c::<T>(2.0)) + ((y / T::hypot(y, c::<T>(1.0))).sin());
            if x[0].tanh() <= T::tanh(x[2]) {
                continue;
            }
        }
        if i2 > 3 {
            s1 -= ((x[3] * y) - ((c::<T>(0.54)) / Float::exp(s1.sin()))).cos();
        } else {
            s1 = T::max(s1, a3.atan());
        }
        s1 = ((c::<T>(0.5)) * s1) + ((s1 - y).cos());
        if (c::<T>(0.98)) + s1 <= Float::powi(T::exp(s1.cos()), 0) && s1 < c::<T>(-0.61) {
            break;
        }
        s1 += x[1].tanh();
    }
    let mut s6 = T::zero();
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        let mut m8 = (c::<T>(W[i7])) + s1;
        s1 = ((c::<T>(0.5)) * s1)
            + T::cos(m8.tanh().powi(2) / ((c::<T>(1.5)) + ((c::<T>(ALPHA)).tanh())));
        if s6 - x[0] <= c::<T>(-0.15) {
            break;
        }
        s6 += ((T::from(2.0).unwrap() + T::ln(m8.cos().cosh()).sin())
            .powf((s1 - (c::<T>(0.4))).tanh()))
        .cos();
    }
    let mut m9: T = (-T::from(0.002).unwrap()) + x[4].mul_add(x[2], x[2]);
    let mut s10 = c::<T>(0.5);
    for i11 in 0..x.len() - 1 {
        let mut m12 = s6;
        let y: T = y.exp2();
        s1 += Float::tanh(p28(x[i11], Float::sin(m9), T::cos(c::<T>(i11 as f64))));
        m12 -= (x[i11 + 1].sinh() / T::abs(x[i11 + 1]).cosh()).atan();
    }
    ((c::<T>(0.001)) * (((((y + s1) + s6) + m9) - s10) * x[1])).tanh()
}

fn p65_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..=4 {
        let a3 = (((k::<D>(1.5)) + ((x[0] / ((k::<D>(2.0)) + ((k::<D>(W[i2])).sin()))).tanh()))
            .ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((s1 + (k::<D>(0.734))).sin()).sin()))).exp())
                .ln());
        let mut i4 = 0;
        while i4 < 3 {
            i4 += 1;
            let a5 = ((k::<D>(1.0))
                + ((((k::<D>(0.9)) * s1.sin().tanh()).acos())
                    * (((k::<D>(0.9)) * s1.sin().tanh()).acos())))
            .log2();
            s1 /= (k::<D>(2.0)) + ((y / ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).sin());
            if x[0].tanh().re() <= x[2].tanh().re() {
                continue;
            }
        }
        if i2 > 3 {
            s1 -= ((x[3] * y) - ((k::<D>(0.54)) / s1.sin().exp())).cos();
        } else {
            s1 = dmax(s1, a3.atan());
        }
        s1 = ((k::<D>(0.5)) * s1) + ((s1 - y).cos());
        if ((k::<D>(0.98)) + s1).re() <= s1.cos().exp().powi(0).re()
            && s1.re() < (k::<D>(-0.61)).re()
        {
            break;
        }
        s1 += x[1].tanh();
    }
    let mut s6 = k::<D>(0.0);
    let mut i7 = 0;
    while i7 < 4 {
        i7 += 1;
        let mut m8 = (k::<D>(W[i7])) + s1;
        s1 = ((k::<D>(0.5)) * s1)
            + ((m8.tanh().powi(2) / ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh()))).cos());
        if (s6 - x[0]).re() <= (k::<D>(-0.15)).re() {
            break;
        }
        s6 += ((((s1 - (k::<D>(0.4))).tanh()) * ((k::<D>(2.0)) + m8.cos().cosh().ln().sin()).ln())
            .exp())
        .cos();
    }
    let mut m9: D = (-(k::<D>(0.002))) + (x[4] * x[2] + x[2]);
    let mut s10 = k::<D>(0.5);
    for i11 in 0..x.len() - 1 {
        let mut m12 = s6;
        let y: D = y.exp2();
        s1 += p28_d(x[i11], m9.sin(), (k::<D>(i11 as f64)).cos()).tanh();
        m12 -= (x[i11 + 1].sinh() / x[i11 + 1].abs().cosh()).atan();
    }
    ((k::<D>(0.001)) * (((((y + s1) + s6) + m9) - s10) * x[1])).tanh()
}

#[differentiable]
fn p66(x: &[f64], y: f64, nk: usize) -> f64 {
    let mut s1: f64 = 1.0;
    for i2 in 1..x.len() {
        let a3 = Float::asinh(s1);
        let mut s4 = 0.5;
        for i5 in 0..x.len() / 2 {
            let a6 = s1.asinh();
            s4 *= 1.0 + (0.3 * f64::sin(Float::acos(0.9_f64 * Float::sin(0.06))));
            s1 += x[2 * i5].sin();
        }
        if (1.0 + (s1.tanh() * s1.tanh())).sqrt() <= Float::mul_add(s1.tanh(), s1.sin(), x[i2]) {
            break;
        }
        s1 -= Float::exp2((V[i2] + x[i2 - 1]).cos()).atan();
    }
    s1 -= (1.0f64 + ((-0.96) * (-0.96))).sqrt();
    let (u7, w8) = (s1 - x[0], (1.0 + (s1.tanh() * Float::tanh(s1))).powi(-1));
    let mut s9 = 1.0;
    for i10 in 0..x.len() / 2 {
        if i10 <= 4 {
            s1 *= 1.0 + (0.3f64 * u7.sin());
        } else {
            s9 -= (x[2 * i10] + x[2 * i10 + 1]).cos();
        }
        let a11 = y;
        s9 *= 1.0_f64
            + (0.3f64
                * ((({
                    let t12 = u7;
                    x[2 * i10 + 1]
                }) * y)
                    .sin()));
        if i10 == 1 {
            continue;
        }
    }
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut m14: f64 = (i13 as f64) - x[4];
        let u7 = f64::recip(1.5 + x[0].tanh()).cos();
        let a15 = 0.135 + u7;
        if i13 <= 2 {
            continue;
        }
        m14 = (0.5 * m14) + s1.atan();
    }
    (0.001 * (((((y + s1) + u7) + w8) - s9) + x[4])).tanh()
}

fn p66_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let mut s1: D = k::<D>(1.0);
    for i2 in 1..x.len() {
        let a3 = s1.asinh();
        let mut s4 = k::<D>(0.5);
        for i5 in 0..x.len() / 2 {
            let a6 = s1.asinh();
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * ((k::<D>(0.06)).sin())).acos()).sin()));
            s1 += x[2 * i5].sin();
        }
        if (((k::<D>(1.0)) + (s1.tanh() * s1.tanh())).sqrt()).re()
            <= (s1.tanh() * s1.sin() + x[i2]).re()
        {
            break;
        }
        s1 -= ((((k::<D>(V[i2])) + x[i2 - 1]).cos()).exp2()).atan();
    }
    s1 -= ((k::<D>(1.0)) + ((k::<D>(-0.96)) * (k::<D>(-0.96)))).sqrt();
    let (u7, w8) = (
        s1 - x[0],
        ((k::<D>(1.0)) + (s1.tanh() * s1.tanh())).powi(-1),
    );
    let mut s9 = k::<D>(1.0);
    for i10 in 0..x.len() / 2 {
        if i10 <= 4 {
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u7.sin());
        } else {
            s9 -= (x[2 * i10] + x[2 * i10 + 1]).cos();
        }
        let a11 = y;
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((({
                    let t12 = u7;
                    x[2 * i10 + 1]
                }) * y)
                    .sin()));
        if i10 == 1 {
            continue;
        }
    }
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut m14: D = (k::<D>(i13 as f64)) - x[4];
        let u7 = (((k::<D>(1.5)) + x[0].tanh()).recip()).cos();
        let a15 = (k::<D>(0.135)) + u7;
        if i13 <= 2 {
            continue;
        }
        m14 = ((k::<D>(0.5)) * m14) + s1.atan();
    }
    ((k::<D>(0.001)) * (((((y + s1) + u7) + w8) - s9) + x[4])).tanh()
}

#[differentiable]
fn p67(x: &[f64], y: f64) -> f64 {
    let a1 = y;
    let a2 = Float::log(1.0 + (y * y), (0.5 + (0.4 * f64::sin(1.816.tanh()))).exp());
    let mut s3: f64 = 0.0;
    for &i4 in x.iter() {
        for &i5 in x.iter() {
            let a6 = p43(0.3, y, x[5]) - (x[1] + x[0]);
            let a7 = (2.0f64
                + (((0.9_f64 * f64::ln_1p(0.5 + (y.exp() * y.exp())).sin().tanh()).atanh()).sin()))
            .powf(x[1]);
            let a8 = f64::exp_m1(x[3]);
            s3 *= 1.0
                + (0.3
                    * f64::sin(
                        (1.0_f64 + (x[2].hypot(0.5 + (y * y)) * Float::hypot(x[2], 0.5 + (y * y))))
                            .sqrt(),
                    ));
            s3 *= 1.0 + (0.3 * f64::cbrt(2.0 + ((-0.7).sin())).sin());
        }
        let a9 = if f64::cos(x[2]) <= 0.04 {
            x[0]
        } else {
            (-1.875f64) / (1.5 + i4.tanh())
        };
        s3 -= f64::log2(f64::cosh(a9.tanh())).atan();
    }
    for i10 in 0..3 {
        let mut m11 = Float::hypot(y, 0.5 + (a1 * a1));
        m11 /= 1.0_f64 + (((a2 - x[1]).cos()) * ((a2 - x[1]).cos()));
    }
    if !(x[2].powi(3) <= -0.73) {
        return (1.1 + (a1.abs().cosh() * a1.abs().cosh())).acosh();
    }
    let y = ((2.0 + ((-0.7).sin())).recip()) - x[0];
    (0.001 * ((((a1 + a2) + s3) - y) * x[3])).tanh()
}

fn p67_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = y;
    let a2 = (((k::<D>(1.0)) + (y * y)).ln()
        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(1.816)).tanh()).sin()))).exp()).ln());
    let mut s3: D = k::<D>(0.0);
    for &i4 in x.iter() {
        for &i5 in x.iter() {
            let a6 = p43_d(k::<D>(0.3), y, x[5]) - (x[1] + x[0]);
            let a7 = (x[1]
                * ((k::<D>(2.0))
                    + ((((k::<D>(0.9))
                        * (((((k::<D>(0.5)) + (y.exp() * y.exp())).ln_1p()).sin()).tanh()))
                    .atanh())
                    .sin()))
                .ln())
            .exp();
            let a8 = x[3].exp_m1();
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(1.0))
                        + (((x[2] * x[2]
                            + ((k::<D>(0.5)) + (y * y)) * ((k::<D>(0.5)) + (y * y)))
                            .sqrt())
                            * ((x[2] * x[2]
                                + ((k::<D>(0.5)) + (y * y)) * ((k::<D>(0.5)) + (y * y)))
                                .sqrt())))
                    .sqrt())
                    .sin()));
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(2.0)) + ((k::<D>(-0.7)).sin())).cbrt()).sin()));
        }
        let a9 = if x[2].cos().re() <= (k::<D>(0.04)).re() {
            x[0]
        } else {
            (k::<D>(-1.875)) / ((k::<D>(1.5)) + i4.tanh())
        };
        s3 -= a9.tanh().cosh().log2().atan();
    }
    for i10 in 0..3 {
        let mut m11 = (y * y + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1))).sqrt();
        m11 /= (k::<D>(1.0)) + (((a2 - x[1]).cos()) * ((a2 - x[1]).cos()));
    }
    if !(x[2].powi(3).re() <= (k::<D>(-0.73)).re()) {
        return ((k::<D>(1.1)) + (a1.abs().cosh() * a1.abs().cosh())).acosh();
    }
    let y = (((k::<D>(2.0)) + ((k::<D>(-0.7)).sin())).recip()) - x[0];
    ((k::<D>(0.001)) * ((((a1 + a2) + s3) - y) * x[3])).tanh()
}

#[differentiable]
fn p68(x: &[f64]) -> f64 {
    let a1 = if Float::asin(0.9 * Float::sin(x[0])) > 0.6f64 {
        std::f64::consts::E.sin()
    } else {
        Float::floor(ALPHA) * Float::sin(BETA)
    };
    let mut s2 = 1.0;
    for &i3 in x.iter() {
        if (-1.04f64) + (-0.05) <= -0.45 {
            s2 += f64::tanh(f64::tanh(p18(
                Float::tanh((2.0 + 1.9f64.sin()).log((0.5 + (0.4 * s2.atan().sin())).exp())),
                f64::atan(-1.21_f64).tanh(),
            )));
        } else {
            s2 *= 1.0
                + (0.3
                    * (((((2.0_f64 + f64::sin(x[1])).powf(s2.cos()))
                        * s2.clamp(-0.19, 1.09_f64))
                        - f64::recip(2.0f64 + f64::tan(f64::sin(i3)).sin()))
                    .sin()));
        }
        let a1: f64 = Float::cos(x[3]);
        s2 *= 1.0_f64 + (0.3 * Float::sin(-1.93));
        s2 += ((i3 * 1.8) - ALPHA).cos();
    }
    let (u4, w5) = (ALPHA, x[0]);
    s2 *= 1.0 + (0.3 * ((((Float::round(u4) * x[0]).atan()).sinh()).sin()));
    s2 = f64::max(s2, (x[2] * x[2]) * f64::cos(x[3]));
    let w5 = x[3].min(w5) - (0.1 - x[2]);
    (((a1 + s2) + u4) + w5) + x[3]
}

fn p68_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = if (((k::<D>(0.9)) * x[0].sin()).asin()).re() > (k::<D>(0.6)).re() {
        (k::<D>(std::f64::consts::E)).sin()
    } else {
        (k::<D>((k::<D>(ALPHA)).re().floor())) * ((k::<D>(BETA)).sin())
    };
    let mut s2 = k::<D>(1.0);
    for &i3 in x.iter() {
        if ((k::<D>(-1.04)) + (k::<D>(-0.05))).re() <= (k::<D>(-0.45)).re() {
            s2 += p18_d(
                (((k::<D>(2.0)) + ((k::<D>(1.9)).sin())).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * s2.atan().sin())).exp()).ln())
                .tanh(),
                ((k::<D>(-1.21)).atan()).tanh(),
            )
            .tanh()
            .tanh();
        } else {
            s2 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (((((s2.cos() * ((k::<D>(2.0)) + x[1].sin()).ln()).exp())
                        * dclamp(s2, k::<D>(-0.19), k::<D>(1.09)))
                        - (((k::<D>(2.0)) + i3.sin().tan().sin()).recip()))
                    .sin()));
        }
        let a1: D = x[3].cos();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(-1.93)).sin()));
        s2 += ((i3 * (k::<D>(1.8))) - (k::<D>(ALPHA))).cos();
    }
    let (u4, w5) = (k::<D>(ALPHA), x[0]);
    s2 *= (k::<D>(1.0))
        + ((k::<D>(0.3)) * (((((k::<D>(u4.re().round())) * x[0]).atan()).sinh()).sin()));
    s2 = dmax(s2, (x[2] * x[2]) * x[3].cos());
    let w5 = dmin(x[3], w5) - ((k::<D>(0.1)) - x[2]);
    (((a1 + s2) + u4) + w5) + x[3]
}

#[differentiable]
fn p69(x0: f64, x1: f64) -> f64 {
    let a1 = Float::powf(
        2.0 + Float::sin(((((-0.185f64).sin()).tan()).sin()).tan()),
        Float::cos(((1.0 + (0.674 * 0.674)).powf(x1)) + (x0 * x1)),
    );
    let mut s2 = 1.0;
    for i3 in 2..=3 {
        let a4 = s2 + a1;
        let a5: f64 = a1.atan().exp_m1();
        let mut s6 = 1.0;
        let mut i7 = 0;
        while i7 < 1 {
            i7 += 1;
            let a8 = ((0.9 * f64::sin(x1)).asin()).tanh();
            s2 += a4.cos();
        }
        s2 += (s6 - a1).cos();
        s2 -= Float::sin(x1);
        if s2.tanh().exp_m1() > x1 - x1 && i3 <= 0 {
            break;
        }
    }
    s2 -= (1.1 + ((2.0 + a1.sin()) * (2.0 + f64::sin(a1)))).acosh();
    for i9 in 0..=2 {
        let a10 = (x1 * W[i9]).mul_add((a1 * BETA).cos(), x1.hypot(1.0).sqrt());
        let a11 = a1 - std::f64::consts::E;
        s2 *= 1.0_f64 + (0.3 * a10.sin().exp().cos());
    }
    let (u12, w13) = (if !(x1 > -0.86_f64) { x0 } else { -0.9 }, ALPHA);
    (0.001 * ((((x1 + a1) + s2) + u12) + w13)).tanh()
}

fn p69_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = (((((x1 * ((k::<D>(1.0)) + ((k::<D>(0.674)) * (k::<D>(0.674)))).ln()).exp())
        + (x0 * x1))
        .cos())
        * ((k::<D>(2.0)) + ((((((k::<D>(-0.185)).sin()).tan()).sin()).tan()).sin())).ln())
    .exp();
    let mut s2 = k::<D>(1.0);
    for i3 in 2..=3 {
        let a4 = s2 + a1;
        let a5: D = a1.atan().exp_m1();
        let mut s6 = k::<D>(1.0);
        let mut i7 = 0;
        while i7 < 1 {
            i7 += 1;
            let a8 = (((k::<D>(0.9)) * x1.sin()).asin()).tanh();
            s2 += a4.cos();
        }
        s2 += (s6 - a1).cos();
        s2 -= x1.sin();
        if s2.tanh().exp_m1().re() > (x1 - x1).re() && i3 <= 0 {
            break;
        }
    }
    s2 -= ((k::<D>(1.1)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin()))).acosh();
    for i9 in 0..=2 {
        let a10 = ((x1 * (k::<D>(W[i9]))) * ((a1 * (k::<D>(BETA))).cos())
            + (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()));
        let a11 = a1 - (k::<D>(std::f64::consts::E));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a10.sin().exp().cos());
    }
    let (u12, w13) = (
        if !(x1.re() > (k::<D>(-0.86)).re()) {
            x0
        } else {
            k::<D>(-0.9)
        },
        k::<D>(ALPHA),
    );
    ((k::<D>(0.001)) * ((((x1 + a1) + s2) + u12) + w13)).tanh()
}

#[differentiable]
fn p70(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = (
        Float::signum((0.9 * x[4].tanh()).atanh())
            * (((2.0f64 + x[0].sin()).log((0.5 + (0.4 * f64::tanh(1.788).sin())).exp())).tanh()),
        x[3],
    );
    let mut m3 = -w2;
    let mut m4: f64 = (((1.0f64 + (x[2] * x[2])).powi(-1))
        / (1.5 + x[1].atan2(-(0.5 + (w2 * w2))).tanh()))
        / (2.0 + u1.hypot(0.5 + (x[1].exp2() * f64::exp2(x[1]))).sin());
    if Float::abs(-0.2) < 1.0 {
        return ({
            let t5 = x[0];
            m3
        })
        .atan2(-(0.5 + (x[1].exp2() * x[1].exp2())));
    }
    let w2 = ((2.0 + x[4].sin()).powf(x[2])) - ((1.5_f64 + w2.tanh()).recip());
    m4 += (1.0 + ((((m4 + y).hypot(1.0_f64)).powi(-2)) * (((m4 + y).hypot(1.0)).powi(-2)))).log2();
    ((((y + u1) + m3) * m4) - w2) + x[4]
}

fn p70_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        (k::<D>((((k::<D>(0.9)) * x[4].tanh()).atanh()).re().signum()))
            * ((((k::<D>(2.0)) + x[0].sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(1.788)).tanh()).sin()))).exp())
                    .ln())
            .tanh()),
        x[3],
    );
    let mut m3 = -w2;
    let mut m4: D = ((((k::<D>(1.0)) + (x[2] * x[2])).powi(-1))
        / ((k::<D>(1.5)) + datan2(x[1], -((k::<D>(0.5)) + (w2 * w2))).tanh()))
        / ((k::<D>(2.0))
            + (((u1 * u1
                + ((k::<D>(0.5)) + (x[1].exp2() * x[1].exp2()))
                    * ((k::<D>(0.5)) + (x[1].exp2() * x[1].exp2())))
            .sqrt())
            .sin()));
    if ((k::<D>(-0.2)).abs()).re() < (k::<D>(1.0)).re() {
        return datan2(
            {
                let t5 = x[0];
                m3
            },
            -((k::<D>(0.5)) + (x[1].exp2() * x[1].exp2())),
        );
    }
    let w2 =
        ((x[2] * ((k::<D>(2.0)) + x[4].sin()).ln()).exp()) - (((k::<D>(1.5)) + w2.tanh()).recip());
    m4 += ((k::<D>(1.0))
        + (((((m4 + y) * (m4 + y) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2))
            * ((((m4 + y) * (m4 + y) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2))))
    .log2();
    ((((y + u1) + m3) * m4) - w2) + x[4]
}

#[differentiable]
fn p71<T: Float + NumAssign>(x: [T; 6]) -> T {
    let a1: T = x[4] / ((c::<T>(1.0)) + ((c::<T>(1.7)) * (c::<T>(1.7))));
    let (u2, w3) = (
        ((c::<T>(1.1))
            + (((c::<T>(2.0))
                + (((((c::<T>(2.0)) + T::sin(x[4]))
                    .log(T::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(x[1])))))
                .sin())
                .sin()))
                * ((c::<T>(2.0))
                    + T::sin(
                        ((c::<T>(2.0)) + x[4].sin())
                            .log(Float::exp((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(x[1])))),
                    )
                    .sin())))
        .acosh(),
        -T::atan(a1 - a1),
    );
    let a4 = if x[3] * x[2] >= (c::<T>(core::f64::consts::PI)) / a1.exp() {
        x[4]
    } else {
        x[0]
    };
    let (u5, w6) = (c::<T>(-1.09), u2 + x[1]);
    ((((u2 + w3) + a4) + u5) * w6) + x[5]
}

fn p71_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[4] / ((k::<D>(1.0)) + ((k::<D>(1.7)) * (k::<D>(1.7))));
    let (u2, w3) = (
        ((k::<D>(1.1))
            + (((k::<D>(2.0))
                + (((((k::<D>(2.0)) + x[4].sin()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[1].sin())).exp()).ln())
                .sin())
                .sin()))
                * ((k::<D>(2.0))
                    + (((((k::<D>(2.0)) + x[4].sin()).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[1].sin())).exp()).ln())
                    .sin())
                    .sin()))))
        .acosh(),
        -((a1 - a1).atan()),
    );
    let a4 = if (x[3] * x[2]).re() >= ((k::<D>(core::f64::consts::PI)) / a1.exp()).re() {
        x[4]
    } else {
        x[0]
    };
    let (u5, w6) = (k::<D>(-1.09), u2 + x[1]);
    ((((u2 + w3) + a4) + u5) * w6) + x[5]
}

#[differentiable]
fn p72(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = (1.66_f64 * x1).mul_add(x2 + 0.25, (-1.94) + x2);
    let mut s2 = 0.0;
    for i3 in 1..=2 {
        if x1 <= 0.4 * x1 {
            s2 += Float::sin(a1);
        } else {
            s2 -= (x0 - a1).cos();
        }
        s2 /= 2.0 + Float::sin(x2);
        let a4 = (f64::cos(s2) * ((-s2).sin())).atan2(0.5f64 + (a1 * a1));
        s2 *= 1.0_f64 + (0.3 * Float::atan(a4).cosh().ln().sin());
    }
    let mut m5 = p18(f64::sin(f64::cosh(x0).sqrt()), Float::sinh(x0).cos());
    if (2.0 + Float::sin(a1)).log10() > 0.9 {
        return f64::max(x0, -1.3)
            - Float::log(f64::hypot(-0.18, 1.0), (0.5f64 + (0.4 * x0.sin())).exp());
    }
    let a6 = (-x2) * (Float::ceil(m5) * 1.799);
    let a7 = (-0.7).asinh();
    let mut s8 = 1.0;
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let mut i10 = 0;
        while i10 < 3 {
            i10 += 1;
            let a11 = s8.abs();
            s2 = (0.5 * s2)
                + f64::atan(
                    ((((a1 - a7) / Float::tanh(x2.ceil() * a6.atan()).exp()).cos()).sin()).tan(),
                );
            let mut m12 =
                (((a1 / x1.exp()).hypot(1.0f64)).powi(-1)) * f64::hypot(s2.tanh(), 1.0f64).sqrt();
            m12 = (0.5_f64 * m12) + a7.sinh().atan();
            s8 -= ((a11 / x1.exp()).sin()).tanh();
            if i9 == 1 {
                continue;
            }
        }
        for i13 in 2..=5 {
            m5 = ((0.7 * m5) + (s2 / s2.atan().exp())).atan();
            let mut m14 = x2 * m5;
            let a15 = (i13 as f64) / (1.0 + ((i13 as f64) * (i13 as f64)));
            m5 += (((m14 - s2).tanh()) * Float::tanh(a15)).atan();
            s2 -= s2.sin();
        }
        m5 -= f64::cos(a6);
        s8 = s8.min(Float::cos(
            Float::powi(1.0_f64 + (std::f64::consts::E * std::f64::consts::E), -1) - (x0 * x0),
        ));
    }
    (0.001f64 * ((((s2 - m5) + a6) + a7) + s8)).tanh()
}

fn p72_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = (((k::<D>(1.66)) * x1) * (x2 + (k::<D>(0.25))) + ((k::<D>(-1.94)) + x2));
    let mut s2 = k::<D>(0.0);
    for i3 in 1..=2 {
        if x1.re() <= ((k::<D>(0.4)) * x1).re() {
            s2 += a1.sin();
        } else {
            s2 -= (x0 - a1).cos();
        }
        s2 /= (k::<D>(2.0)) + x2.sin();
        let a4 = datan2(s2.cos() * ((-s2).sin()), (k::<D>(0.5)) + (a1 * a1));
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a4.atan().cosh().ln().sin());
    }
    let mut m5 = p18_d(x0.cosh().sqrt().sin(), x0.sinh().cos());
    if (((k::<D>(2.0)) + a1.sin()).log10()).re() > (k::<D>(0.9)).re() {
        return dmax(x0, k::<D>(-1.3))
            - ((((k::<D>(-0.18)) * (k::<D>(-0.18)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x0.sin())).exp()).ln());
    }
    let a6 = (-x2) * ((k::<D>(m5.re().ceil())) * (k::<D>(1.799)));
    let a7 = (k::<D>(-0.7)).asinh();
    let mut s8 = k::<D>(1.0);
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let mut i10 = 0;
        while i10 < 3 {
            i10 += 1;
            let a11 = s8.abs();
            s2 = ((k::<D>(0.5)) * s2)
                + ((((((a1 - a7) / ((((k::<D>(x2.re().ceil())) * a6.atan()).tanh()).exp()))
                    .cos())
                .sin())
                .tan())
                .atan());
            let mut m12 = ((((a1 / x1.exp()) * (a1 / x1.exp()) + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
            .powi(-1))
                * (((s2.tanh() * s2.tanh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt());
            m12 = ((k::<D>(0.5)) * m12) + a7.sinh().atan();
            s8 -= ((a11 / x1.exp()).sin()).tanh();
            if i9 == 1 {
                continue;
            }
        }
        for i13 in 2..=5 {
            m5 = (((k::<D>(0.7)) * m5) + (s2 / s2.atan().exp())).atan();
            let mut m14 = x2 * m5;
            let a15 = (k::<D>(i13 as f64))
                / ((k::<D>(1.0)) + ((k::<D>(i13 as f64)) * (k::<D>(i13 as f64))));
            m5 += (((m14 - s2).tanh()) * a15.tanh()).atan();
            s2 -= s2.sin();
        }
        m5 -= a6.cos();
        s8 = dmin(
            s8,
            ((((k::<D>(1.0)) + ((k::<D>(std::f64::consts::E)) * (k::<D>(std::f64::consts::E))))
                .powi(-1))
                - (x0 * x0))
                .cos(),
        );
    }
    ((k::<D>(0.001)) * ((((s2 - m5) + a6) + a7) + s8)).tanh()
}

#[differentiable]
fn p73(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = f64::exp(1.678.sin())
        .tanh()
        .mul_add(x0, f64::sin(x2 * (-1.0)));
    let mut s2 = 0.0;
    for i3 in 1..2 {
        let a4 = f64::acosh(1.1 + ((1.0 + ((-x2) * (-x2))) * (1.0_f64 + ((-x2) * (-x2)))));
        let (u5, w6) = (x0 - a4, x1.abs());
        let a1: f64 = x0;
        s2 += f64::atan(Float::powi(a1, 1));
        s2 = ((0.7 * s2) + a4).tanh();
        if !(f64::exp2(V[i3]) <= (1.5 + f64::tanh((i3 as f64))).powi(0)) {
            break;
        }
    }
    s2 = (0.5 * s2) + Float::acos(0.9 * x0.tanh());
    let a1 = x2 + (x0.asinh() + (x2 * x1));
    (((x0 + x1) - x2) + s2) + a1
}

fn p73_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = (((((k::<D>(1.678)).sin()).exp()).tanh()) * x0 + ((x2 * (k::<D>(-1.0))).sin()));
    let mut s2 = k::<D>(0.0);
    for i3 in 1..2 {
        let a4 = ((k::<D>(1.1))
            + (((k::<D>(1.0)) + ((-x2) * (-x2))) * ((k::<D>(1.0)) + ((-x2) * (-x2)))))
            .acosh();
        let (u5, w6) = (x0 - a4, x1.abs());
        let a1: D = x0;
        s2 += a1.powi(1).atan();
        s2 = (((k::<D>(0.7)) * s2) + a4).tanh();
        if !(((k::<D>(V[i3])).exp2()).re()
            <= (((k::<D>(1.5)) + ((k::<D>(i3 as f64)).tanh())).powi(0)).re())
        {
            break;
        }
    }
    s2 = ((k::<D>(0.5)) * s2) + (((k::<D>(0.9)) * x0.tanh()).acos());
    let a1 = x2 + (x0.asinh() + (x2 * x1));
    (((x0 + x1) - x2) + s2) + a1
}

#[differentiable]
fn p74(x: &[f64], y: f64, nk: usize) -> f64 {
    let (u1, w2) = (y.sin(), y);
    let mut s3: f64 = 1.0;
    for i4 in x {
        let mut s5 = 0.5;
        for &i6 in x.iter() {
            let (u7, w8) = (1.0, s5 / (1.0f64 + ((x[1] * (*i4)) * (x[1] * (*i4)))));
            s3 = (0.5 * s3) + f64::acos(0.9 * Float::tanh(u7)).tanh();
            s3 *= 1.0 + (0.3 * Float::sin(i6));
        }
        let (u9, w10) = (
            (((0.9_f64 * ((-0.859_f64).tanh())).acos()).cos()).cosh(),
            x[0],
        );
        s5 += y.cos();
    }
    for i11 in 0..x.len() {
        if f64::atan(x[i11]) > 0.12 {
            s3 *= 1.0
                + (0.3
                    * ((((x[i11] * 0.074_f64).atan())
                        / Float::sqrt(
                            ((1.1 + ((2.0 + w2.sin()) * (2.0 + w2.sin()))).acosh()).hypot(1.0f64),
                        )
                        .hypot(1.0))
                    .sin()));
        } else {
            s3 = ((0.7 * s3) + (((x[i11] - y) - x[i11]) - (((-1.968) + u1).atan()))).atan();
        }
        let a12 = u1;
        s3 -= ((1.5 + w2.tanh()).sqrt()).cos();
        s3 = ((0.7 * s3) + s3).atan();
    }
    let y = s3.max(x[0]);
    for i13 in 0..x.len() - 1 {
        let (u14, w15) = (y / f64::hypot(y, 1.0), s3);
        let mut s16 = 1.0f64;
        for i17 in 2..=5 {
            let a18 = x[i13 + 1].max(x[i13 + 1]);
            let a19 = a18.exp2() / (1.0 + (s16.tanh() * f64::tanh(s16)));
            s16 = (0.5 * s16) + x[i13].sin();
            if if i13 <= 3 { w2 } else { y } > -0.84 {
                break;
            }
            s16 *= 1.0
                + (0.3
                    * Float::sin(p34(
                        Float::cos(a19 * x[i13 + 1]),
                        (x[i13 + 1] * x[i13]).cos(),
                    )));
        }
        s16 += f64::sin((i13 as f64));
    }
    let mut m20 = Float::cos(s3) * x[3];
    if x[3] - m20 > s3 {
        m20 /= f64::hypot(y, 1.0);
    }
    ((((u1 + w2) + s3) + y) + m20) + x[3]
}

fn p74_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let (u1, w2) = (y.sin(), y);
    let mut s3: D = k::<D>(1.0);
    for i4 in x {
        let mut s5 = k::<D>(0.5);
        for &i6 in x.iter() {
            let (u7, w8) = (
                k::<D>(1.0),
                s5 / ((k::<D>(1.0)) + ((x[1] * (*i4)) * (x[1] * (*i4)))),
            );
            s3 = ((k::<D>(0.5)) * s3) + ((((k::<D>(0.9)) * u7.tanh()).acos()).tanh());
            s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * i6.sin());
        }
        let (u9, w10) = (
            ((((k::<D>(0.9)) * ((-(k::<D>(0.859))).tanh())).acos()).cos()).cosh(),
            x[0],
        );
        s5 += y.cos();
    }
    for i11 in 0..x.len() {
        if x[i11].atan().re() > (k::<D>(0.12)).re() {
            s3 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((x[i11] * (k::<D>(0.074))).atan())
                        / ((((((((k::<D>(1.1))
                            + (((k::<D>(2.0)) + w2.sin()) * ((k::<D>(2.0)) + w2.sin())))
                        .acosh())
                            * (((k::<D>(1.1))
                                + (((k::<D>(2.0)) + w2.sin())
                                    * ((k::<D>(2.0)) + w2.sin())))
                            .acosh())
                            + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt())
                        .sqrt())
                            * ((((((k::<D>(1.1))
                                + (((k::<D>(2.0)) + w2.sin())
                                    * ((k::<D>(2.0)) + w2.sin())))
                            .acosh())
                                * (((k::<D>(1.1))
                                    + (((k::<D>(2.0)) + w2.sin())
                                        * ((k::<D>(2.0)) + w2.sin())))
                                .acosh())
                                + (k::<D>(1.0)) * (k::<D>(1.0)))
                            .sqrt())
                            .sqrt())
                            + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt()))
                    .sin()));
        } else {
            s3 = (((k::<D>(0.7)) * s3)
                + (((x[i11] - y) - x[i11]) - (((k::<D>(-1.968)) + u1).atan())))
            .atan();
        }
        let a12 = u1;
        s3 -= (((k::<D>(1.5)) + w2.tanh()).sqrt()).cos();
        s3 = (((k::<D>(0.7)) * s3) + s3).atan();
    }
    let y = dmax(s3, x[0]);
    for i13 in 0..x.len() - 1 {
        let (u14, w15) = (y / ((y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()), s3);
        let mut s16 = k::<D>(1.0);
        for i17 in 2..=5 {
            let a18 = dmax(x[i13 + 1], x[i13 + 1]);
            let a19 = a18.exp2() / ((k::<D>(1.0)) + (s16.tanh() * s16.tanh()));
            s16 = ((k::<D>(0.5)) * s16) + x[i13].sin();
            if (if i13 <= 3 { w2 } else { y }).re() > (k::<D>(-0.84)).re() {
                break;
            }
            s16 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * p34_d((a19 * x[i13 + 1]).cos(), (x[i13 + 1] * x[i13]).cos()).sin());
        }
        s16 += (k::<D>(i13 as f64)).sin();
    }
    let mut m20 = s3.cos() * x[3];
    if (x[3] - m20).re() > s3.re() {
        m20 /= (y * y + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    ((((u1 + w2) + s3) + y) + m20) + x[3]
}

#[differentiable]
fn p75<T>(x0: T, x1: T) -> T
where
    T: Float,
{
    let mut s1: T = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u3, w4) = (x1 + (c::<T>(core::f64::consts::PI)), (c::<T>(V[i2])) + x1);
        let a5 = (((c::<T>(2.0)) + Float::sin(s1.cos() * x0)).log(
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * (((s1 / ((c::<T>(2.0)) + w4.sin())).atan()).sin())))
                .exp(),
        ))
        .clamp(c::<T>(-1.4), T::from(0.96).unwrap());
        let a6 = s1.sin()
            * (((s1.tanh() * a5) * Float::asin((c::<T>(0.9)) * Float::tanh(c::<T>(V[i2])))).sin());
        s1 = ((c::<T>(0.5)) * s1)
            + T::sin(
                (((c::<T>(0.5)) + (T::hypot(x0, c::<T>(1.0)) * x0.hypot(c::<T>(1.0)))).ln_1p())
                    * a5.mul_add(T::sin(s1), x1),
            );
    }
    let (u7, w8) = (((c::<T>(2.0)) + s1.sin()).powi(-1), -(c::<T>(-0.83)));
    let a10 = if x1 >= c::<T>(0.63) {
        {
            let t9 = x1;
            T::tan(((c::<T>(-1.0)) * x0).sin())
        }
    } else {
        T::sinh(Float::tanh(s1)) + (-(T::from(-1.133).unwrap() - (c::<T>(-1.9))))
    };
    let u7 = Float::ln(x0.cosh())
        + (((c::<T>(2.0)) + ((((c::<T>(0.9)) * Float::sin(c::<T>(0.159))).acos()).sin())).cbrt());
    let a11 = w8.tanh();
    let mut m12 = x0.cos() + (x0 - T::from(0.85).unwrap());
    (((w8 + a10) + u7) - a11) + m12
}

fn p75_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 3 {
        i2 += 1;
        let (u3, w4) = (x1 + (k::<D>(core::f64::consts::PI)), (k::<D>(V[i2])) + x1);
        let a5 = dclamp(
            (((k::<D>(2.0)) + ((s1.cos() * x0).sin())).ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4)) * (((s1 / ((k::<D>(2.0)) + w4.sin())).atan()).sin())))
                .exp())
                .ln()),
            k::<D>(-1.4),
            k::<D>(0.96),
        );
        let a6 = s1.sin()
            * (((s1.tanh() * a5) * (((k::<D>(0.9)) * ((k::<D>(V[i2])).tanh())).asin())).sin());
        s1 = ((k::<D>(0.5)) * s1)
            + (((((k::<D>(0.5))
                + (((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                    * ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
            .ln_1p())
                * (a5 * s1.sin() + x1))
                .sin());
    }
    let (u7, w8) = (((k::<D>(2.0)) + s1.sin()).powi(-1), -(k::<D>(-0.83)));
    let a10 = if x1.re() >= (k::<D>(0.63)).re() {
        {
            let t9 = x1;
            (((k::<D>(-1.0)) * x0).sin()).tan()
        }
    } else {
        s1.tanh().sinh() + (-((k::<D>(-1.133)) - (k::<D>(-1.9))))
    };
    let u7 = x0.cosh().ln()
        + (((k::<D>(2.0)) + ((((k::<D>(0.9)) * ((k::<D>(0.159)).sin())).acos()).sin())).cbrt());
    let a11 = w8.tanh();
    let mut m12 = x0.cos() + (x0 - (k::<D>(0.85)));
    (((w8 + a10) + u7) - a11) + m12
}

#[differentiable]
fn p76<T: Float + NumAssign>(x: [T; 4]) -> T {
    let a1 = T::mul_add(
        x[3].mul_add(
            (c::<T>(std::f64::consts::E)).tanh(),
            T::from(-0.189).unwrap(),
        ),
        x[1].atan(),
        ((c::<T>(1.5)) + x[3].tanh()).powf(T::from(-0.518).unwrap()),
    ) - (c::<T>(BETA));
    let mut s2 = c::<T>(0.5);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let (u4, w5) = (
            T::log2((c::<T>(2.0)) + ((c::<T>(core::f64::consts::PI)).sin())),
            (c::<T>(std::f64::consts::E)).atan2(-((c::<T>(0.5)) + (a1 * a1))),
        );
        let a6 = a1.cos() * (x[3] - a1);
        for i7 in 2..3 {
            let mut m8 = ((u4 + x[1]) + Float::atan(u4))
                * T::powi(
                    T::one()
                        + (T::sin(a6 - (c::<T>(core::f64::consts::PI)))
                            * ((a6 - (c::<T>(core::f64::consts::PI))).sin())),
                    -1,
                );
            m8 = (((c::<T>(0.7)) * m8) + s2.sin()).tanh();
            if (c::<T>(W[i3])) - (c::<T>(BETA)) > c::<T>(0.73) {
                continue;
            }
            m8 =
                ((c::<T>(0.5)) * m8) + ((-T::powf((c::<T>(1.5)) + Float::tanh(x[0]), x[1])).atan());
        }
        s2 -= (x[2] - x[2]).cos();
        s2 = (T::from(0.5).unwrap() * s2) + x[2].exp().powf(a6.atan()).tanh();
    }
    let (u9, w10) = (s2, (x[3] + s2).atan());
    if x[2] > ((c::<T>(0.5)) + (x[1].exp() * T::exp(x[1]))).ln_1p() {
        return (-T::from(-0.18).unwrap()) - (x[2].cos() * s2.tanh());
    }
    let mut m11 = Float::sin(s2.tanh().cosh());
    ((((a1 + s2) + u9) * w10) + m11) + x[2]
}

fn p76_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((x[3] * ((k::<D>(std::f64::consts::E)).tanh()) + (k::<D>(-0.189))) * x[1].atan()
        + (((k::<D>(-0.518)) * ((k::<D>(1.5)) + x[3].tanh()).ln()).exp()))
        - (k::<D>(BETA));
    let mut s2 = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let (u4, w5) = (
            ((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin())).log2(),
            datan2(k::<D>(std::f64::consts::E), -((k::<D>(0.5)) + (a1 * a1))),
        );
        let a6 = a1.cos() * (x[3] - a1);
        for i7 in 2..3 {
            let mut m8 = ((u4 + x[1]) + u4.atan())
                * (((k::<D>(1.0))
                    + (((a6 - (k::<D>(core::f64::consts::PI))).sin())
                        * ((a6 - (k::<D>(core::f64::consts::PI))).sin())))
                .powi(-1));
            m8 = (((k::<D>(0.7)) * m8) + s2.sin()).tanh();
            if ((k::<D>(W[i3])) - (k::<D>(BETA))).re() > (k::<D>(0.73)).re() {
                continue;
            }
            m8 = ((k::<D>(0.5)) * m8)
                + ((-((x[1] * ((k::<D>(1.5)) + x[0].tanh()).ln()).exp())).atan());
        }
        s2 -= (x[2] - x[2]).cos();
        s2 = ((k::<D>(0.5)) * s2) + (((a6.atan() * x[2].exp().ln()).exp()).tanh());
    }
    let (u9, w10) = (s2, (x[3] + s2).atan());
    if x[2].re() > (((k::<D>(0.5)) + (x[1].exp() * x[1].exp())).ln_1p()).re() {
        return (-(k::<D>(-0.18))) - (x[2].cos() * s2.tanh());
    }
    let mut m11 = s2.tanh().cosh().sin();
    ((((a1 + s2) + u9) * w10) + m11) + x[2]
}

#[differentiable]
fn p77<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let (u1, w2) = (x1 - (c::<T>(1.49)), (c::<T>(0.7)) - x0);
    let u1 = T::atan(Float::exp_m1((w2 + (c::<T>(std::f64::consts::E))).atan()));
    let a3: T = w2;
    (((x0 + x1) + w2) + u1) + a3
}

fn p77_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (x1 - (k::<D>(1.49)), (k::<D>(0.7)) - x0);
    let u1 = (((w2 + (k::<D>(std::f64::consts::E))).atan()).exp_m1()).atan();
    let a3: D = w2;
    (((x0 + x1) + w2) + u1) + a3
}

#[differentiable]
fn p78(x0: f64, x1: f64) -> f64 {
    let a1 = Float::tanh(((x1 + core::f64::consts::PI).round()) * 0.34);
    let mut s2: f64 = 0.5;
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut s4 = 1.0;
        let mut i5 = 0;
        while i5 < 2 {
            i5 += 1;
            let mut m6 = f64::asinh(
                f64::cosh((s2 / (1.0 + (ALPHA * ALPHA))).atan()).powf(f64::sin(x0).tan().tanh()),
            );
            let mut m7 = x1 - 1.18;
            let a8 = ALPHA.tanh().sin().tan() - (1.13 / (1.0 + ((-0.231_f64) * (-0.231))));
            if i5 != 0 {
                continue;
            }
            s2 = (0.5 * s2)
                + f64::log(
                    ((BETA - x1).tanh()).cosh(),
                    (0.5 + (0.4 * f64::sin((ALPHA + W[i5]).atan()))).exp(),
                )
                .cos();
            s2 += f64::asinh(a1).tanh();
        }
        if a1.exp_m1() > s2.tanh() * x0 {
            s4 = f64::min(s4, Float::atan(-((1.0 + (0.133 * 0.133_f64)).log10())));
        } else {
            s2 = (0.5 * s2) + f64::atan(((1.5 + (i3 as f64)).sin()).cosh());
        }
        s2 = (0.5 * s2) + ((a1 - (W[i3] / (2.0 + a1.sin()))).cos());
    }
    s2 *= 1.0 + (0.3 * ((a1 + s2).sin()));
    s2 *= 1.0_f64 + (0.3f64 * f64::sin(1.537f64.exp_m1()));
    if Float::sin(x1) < -0.01_f64 {
        s2 -= f64::cosh(a1);
    }
    if x0 <= x1.atan() {
        s2 -= s2.atan();
    } else {
        s2 += (((0.5 + (f64::exp(x0) * Float::exp(x0))).ln_1p()) + 0.359)
            / (2.0 + f64::sin(Float::log10((-1.4).exp()).cos().powi(2)));
    }
    ((x0 + x1) + a1) + s2
}

fn p78_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 =
        ((k::<D>((x1 + (k::<D>(core::f64::consts::PI))).re().round())) * (k::<D>(0.34))).tanh();
    let mut s2: D = k::<D>(0.5);
    let mut i3 = 0;
    while i3 < 2 {
        i3 += 1;
        let mut s4 = k::<D>(1.0);
        let mut i5 = 0;
        while i5 < 2 {
            i5 += 1;
            let mut m6 = ((x0.sin().tan().tanh()
                * (((s2 / ((k::<D>(1.0)) + ((k::<D>(ALPHA)) * (k::<D>(ALPHA))))).atan()).cosh())
                    .ln())
            .exp())
            .asinh();
            let mut m7 = x1 - (k::<D>(1.18));
            let a8 = ((((k::<D>(ALPHA)).tanh()).sin()).tan())
                - ((k::<D>(1.13)) / ((k::<D>(1.0)) + ((k::<D>(-0.231)) * (k::<D>(-0.231)))));
            if i5 != 0 {
                continue;
            }
            s2 = ((k::<D>(0.5)) * s2)
                + ((((((k::<D>(BETA)) - x1).tanh()).cosh()).ln()
                    / (((k::<D>(0.5))
                        + ((k::<D>(0.4))
                            * ((((k::<D>(ALPHA)) + (k::<D>(W[i5]))).atan()).sin())))
                    .exp())
                    .ln())
                .cos());
            s2 += a1.asinh().tanh();
        }
        if a1.exp_m1().re() > (s2.tanh() * x0).re() {
            s4 = dmin(
                s4,
                (-(((k::<D>(1.0)) + ((k::<D>(0.133)) * (k::<D>(0.133)))).log10())).atan(),
            );
        } else {
            s2 = ((k::<D>(0.5)) * s2)
                + (((((k::<D>(1.5)) + (k::<D>(i3 as f64))).sin()).cosh()).atan());
        }
        s2 = ((k::<D>(0.5)) * s2) + ((a1 - ((k::<D>(W[i3])) / ((k::<D>(2.0)) + a1.sin()))).cos());
    }
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a1 + s2).sin()));
    s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.537)).exp_m1()).sin()));
    if x1.sin().re() < (k::<D>(-0.01)).re() {
        s2 -= a1.cosh();
    }
    if x0.re() <= x1.atan().re() {
        s2 -= s2.atan();
    } else {
        s2 += ((((k::<D>(0.5)) + (x0.exp() * x0.exp())).ln_1p()) + (k::<D>(0.359)))
            / ((k::<D>(2.0)) + ((((((k::<D>(-1.4)).exp()).log10()).cos()).powi(2)).sin()));
    }
    ((x0 + x1) + a1) + s2
}

#[differentiable]
fn p79<T: Float>(x: &[T], y: T) -> T {
    let mut s1: T = T::from(0.5).unwrap();
    for i2 in 2..5 {
        s1 = s1 / (T::one() + (y * y));
        let a3 = (c::<T>(V[i2])) + y;
        s1 = ((c::<T>(0.5)) * s1) + Float::tanh(x[1] + x[4]);
        s1 = s1 + Float::tanh(x[4].asinh());
    }
    let mut m4 = (((s1 - x[3]).tanh())
        * (((c::<T>(1.5)) + Float::tanh(s1))
            .log(((c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin((c::<T>(-1.81)).cos()))).exp())))
        / (T::from(1.5).unwrap()
            + Float::tanh(
                Float::acos((c::<T>(0.9)) * ((c::<T>(2.0)).tanh()))
                    .atan()
                    .cosh(),
            ));
    let a5: T = x[2] + x[0].tanh();
    let mut m6: T = s1;
    ((((y + s1) + m4) + a5) + m6) + x[3]
}

fn p79_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.5);
    for i2 in 2..5 {
        s1 /= (k::<D>(1.0)) + (y * y);
        let a3 = (k::<D>(V[i2])) + y;
        s1 = ((k::<D>(0.5)) * s1) + ((x[1] + x[4]).tanh());
        s1 += x[4].asinh().tanh();
    }
    let mut m4 = (((s1 - x[3]).tanh())
        * (((k::<D>(1.5)) + s1.tanh()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(-1.81)).cos()).sin()))).exp()).ln()))
        / ((k::<D>(1.5))
            + ((((((k::<D>(0.9)) * ((k::<D>(2.0)).tanh())).acos()).atan()).cosh()).tanh()));
    let a5: D = x[2] + x[0].tanh();
    let mut m6: D = s1;
    ((((y + s1) + m4) + a5) + m6) + x[3]
}

#[differentiable]
fn p80(x: [f64; 5]) -> f64 {
    let a1 = (1.0
        + ((Float::asinh(x[3]) / core::f64::consts::PI.atan().cosh())
            * (f64::asinh(x[3]) / core::f64::consts::PI.atan().cosh())))
    .log10();
    let mut s2 = 1.0;
    for i3 in 0..2 {
        let a1 = s2 / (1.0 + (x[2] * x[2]));
        let a4 = if (1.0 + (s2.cos() * f64::cos(s2))).powi(-1) >= -0.81 {
            Float::cos(s2.tanh() * W[i3])
                + ((s2.sin() * s2.sin())
                    + ((1.0 + (a1.sin() * a1.sin())).log((0.5f64 + (0.4 * x[0].sin())).exp())))
        } else {
            s2.sin().cosh().recip().hypot(1.0_f64).log10()
        };
        s2 = s2.max((s2.cos() * a4.cos()).sin());
    }
    let a5 = a1;
    s2 -= s2
        .sin()
        .exp_m1()
        .hypot(0.5f64 + (Float::max(x[2], 1.576_f64) * x[2].max(1.576)));
    let a6: f64 = a5 - (-0.74);
    (((a1 + s2) + a5) + a6) + x[0]
}

fn p80_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(1.0))
        + ((x[3].asinh() / (((k::<D>(core::f64::consts::PI)).atan()).cosh()))
            * (x[3].asinh() / (((k::<D>(core::f64::consts::PI)).atan()).cosh()))))
    .log10();
    let mut s2 = k::<D>(1.0);
    for i3 in 0..2 {
        let a1 = s2 / ((k::<D>(1.0)) + (x[2] * x[2]));
        let a4 = if (((k::<D>(1.0)) + (s2.cos() * s2.cos())).powi(-1)).re() >= (k::<D>(-0.81)).re()
        {
            ((s2.tanh() * (k::<D>(W[i3]))).cos())
                + ((s2.sin() * s2.sin())
                    + (((k::<D>(1.0)) + (a1.sin() * a1.sin())).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[0].sin())).exp()).ln()))
        } else {
            ((s2.sin().cosh().recip() * s2.sin().cosh().recip() + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt())
            .log10()
        };
        s2 = dmax(s2, (s2.cos() * a4.cos()).sin());
    }
    let a5 = a1;
    s2 -= (s2.sin().exp_m1() * s2.sin().exp_m1()
        + ((k::<D>(0.5)) + (dmax(x[2], k::<D>(1.576)) * dmax(x[2], k::<D>(1.576))))
            * ((k::<D>(0.5)) + (dmax(x[2], k::<D>(1.576)) * dmax(x[2], k::<D>(1.576)))))
    .sqrt();
    let a6: D = a5 - (k::<D>(-0.74));
    (((a1 + s2) + a5) + a6) + x[0]
}

#[differentiable]
fn p81<T: Float + NumAssign>(x0: T, x1: T, x2: T) -> T {
    let a1 = if !(Float::powi(x1.exp(), -1) > T::from(0.44).unwrap()) {
        Float::sin(T::exp(x2).sqrt()).powi(3) - x1
    } else {
        c::<T>(1.7)
    };
    let (u2, w3) = ((-T::exp_m1(x2)).sin(), x1.exp().powf(a1.cos()));
    let u2 = Float::recip(x2.hypot(T::one()));
    let mut s4: T = c::<T>(0.0);
    for i5 in 2..6 {
        let a6 = u2
            + (((T::from(2.0).unwrap() + x1.sin())
                .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * u2.sin().sin())).exp()))
            .hypot(
                (c::<T>(0.5))
                    + ((((c::<T>(1.1))
                        + (((c::<T>(1.0)) + (x1 * x1)) * ((c::<T>(1.0)) + (x1 * x1))))
                        .acosh())
                        * (((c::<T>(1.1))
                            + (((c::<T>(1.0)) + (x1 * x1)) * ((c::<T>(1.0)) + (x1 * x1))))
                            .acosh())),
            ));
        for i7 in 1..5 {
            let a8 = x2.atan().powi(3) + Float::sin(x0);
            s4 *= T::one() + ((c::<T>(0.3)) * x0.exp().sin().powi(1).sin());
            let a9 = (s4.sin().sin() * T::tanh(w3.hypot((c::<T>(0.5)) + (a1 * a1))))
                / ((c::<T>(2.0)) + Float::sin(Float::tanh(s4).exp2().tanh()));
            s4 = ((c::<T>(0.5)) * s4) + Float::cos(-w3);
            s4 += (a8 - a8).atan();
        }
        s4 += (a6.asinh() / ((c::<T>(2.0)) + Float::sin(w3))).atan();
        s4 -= u2.tanh();
        s4 = Float::sin(((c::<T>(0.7)) * s4) + ((c::<T>(std::f64::consts::E)) * a1));
    }
    let mut m10: T = w3;
    s4 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(x2));
    (((a1 + w3) + u2) + s4) + m10
}

fn p81_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if !(x1.exp().powi(-1).re() > (k::<D>(0.44)).re()) {
        x2.exp().sqrt().sin().powi(3) - x1
    } else {
        k::<D>(1.7)
    };
    let (u2, w3) = ((-x2.exp_m1()).sin(), (a1.cos() * x1.exp().ln()).exp());
    let u2 = ((x2 * x2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip();
    let mut s4: D = k::<D>(0.0);
    for i5 in 2..6 {
        let a6 = u2
            + (((((k::<D>(2.0)) + x1.sin()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * u2.sin().sin())).exp()).ln())
                * (((k::<D>(2.0)) + x1.sin()).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * u2.sin().sin())).exp()).ln())
                + ((k::<D>(0.5))
                    + ((((k::<D>(1.1))
                        + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1))))
                        .acosh())
                        * (((k::<D>(1.1))
                            + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1))))
                            .acosh())))
                    * ((k::<D>(0.5))
                        + ((((k::<D>(1.1))
                            + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1))))
                            .acosh())
                            * (((k::<D>(1.1))
                                + (((k::<D>(1.0)) + (x1 * x1)) * ((k::<D>(1.0)) + (x1 * x1))))
                                .acosh()))))
            .sqrt());
        for i7 in 1..5 {
            let a8 = x2.atan().powi(3) + x0.sin();
            s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x0.exp().sin().powi(1).sin());
            let a9 = (s4.sin().sin()
                * (((w3 * w3 + ((k::<D>(0.5)) + (a1 * a1)) * ((k::<D>(0.5)) + (a1 * a1))).sqrt())
                    .tanh()))
                / ((k::<D>(2.0)) + s4.tanh().exp2().tanh().sin());
            s4 = ((k::<D>(0.5)) * s4) + ((-w3).cos());
            s4 += (a8 - a8).atan();
        }
        s4 += (a6.asinh() / ((k::<D>(2.0)) + w3.sin())).atan();
        s4 -= u2.tanh();
        s4 = (((k::<D>(0.7)) * s4) + ((k::<D>(std::f64::consts::E)) * a1)).sin();
    }
    let mut m10: D = w3;
    s4 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x2.sin());
    (((a1 + w3) + u2) + s4) + m10
}

#[differentiable]
fn p82<T: Float + NumAssign>(x: [T; 4]) -> T {
    let a1: T = Float::atanh(
        (c::<T>(0.9))
            * (((((((c::<T>(BETA)).tanh()).sin()).tan()) * (x[1] - (c::<T>(BETA)))).tanh()).tanh()),
    );
    let a2 = if (c::<T>(1.8)) * x[1] > c::<T>(0.89) {
        (((a1 - x[3]).hypot((c::<T>(0.5)) + (((c::<T>(1.57)).powi(3)) * ((c::<T>(1.57)).powi(3)))))
            .sin())
            * ((x[0] / ((c::<T>(2.0)) + a1.sin())) - a1)
    } else {
        a1 * ((x[1] * a1)
            / ((c::<T>(1.0))
                + (p36(a1.atan(), x[0], c::<T>(0.212))
                    * p36(T::atan(a1), x[0], T::from(0.212).unwrap()))))
    };
    let mut s3: T = T::from(0.5).unwrap();
    for i4 in x.iter() {
        let (u5, w6) = (
            x[1].min((c::<T>(0.6)).mul_add(T::atan(s3), s3))
                .cos()
                .sin()
                .tan(),
            ((c::<T>(1.5)) + (((a2 - x[2]) - (-a2)).tanh())).log2(),
        );
        let a2 = T::log2((c::<T>(1.5)) + w6.tanh());
        s3 = (T::from(0.5).unwrap() * s3) + ((c::<T>(core::f64::consts::PI)).tanh());
        s3 = Float::max(
            s3,
            (((*i4) - a2)
                / ((c::<T>(1.0))
                    + (T::powf(
                        (c::<T>(1.0)) + (x[3] * x[3]),
                        T::atan(c::<T>(core::f64::consts::PI)),
                    )
                    .tanh()
                        * Float::powf(
                            (c::<T>(1.0)) + (x[3] * x[3]),
                            (c::<T>(core::f64::consts::PI)).atan(),
                        )
                        .tanh())))
            .cos(),
        );
    }
    let (u7, w8) = (x[3] - x[2], a2 - a1);
    let a9 = ((c::<T>(core::f64::consts::PI)) + x[0]).max(s3 + a2);
    let a10 = if s3 + x[2] > (c::<T>(1.13)).atan() {
        (c::<T>(ALPHA)) / (T::one() + (x[2] * x[2]))
    } else {
        s3
    };
    ((((s3 + u7) + w8) + a9) + a10) + x[0]
}

fn p82_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = ((k::<D>(0.9))
        * (((((((k::<D>(BETA)).tanh()).sin()).tan()) * (x[1] - (k::<D>(BETA)))).tanh()).tanh()))
    .atanh();
    let a2 = if ((k::<D>(1.8)) * x[1]).re() > (k::<D>(0.89)).re() {
        ((((a1 - x[3]) * (a1 - x[3])
            + ((k::<D>(0.5)) + (((k::<D>(1.57)).powi(3)) * ((k::<D>(1.57)).powi(3))))
                * ((k::<D>(0.5)) + (((k::<D>(1.57)).powi(3)) * ((k::<D>(1.57)).powi(3)))))
        .sqrt())
        .sin())
            * ((x[0] / ((k::<D>(2.0)) + a1.sin())) - a1)
    } else {
        a1 * ((x[1] * a1)
            / ((k::<D>(1.0))
                + (p36_d(a1.atan(), x[0], k::<D>(0.212)) * p36_d(a1.atan(), x[0], k::<D>(0.212)))))
    };
    let mut s3: D = k::<D>(0.5);
    for i4 in x {
        let (u5, w6) = (
            dmin(x[1], ((k::<D>(0.6)) * s3.atan() + s3))
                .cos()
                .sin()
                .tan(),
            ((k::<D>(1.5)) + (((a2 - x[2]) - (-a2)).tanh())).log2(),
        );
        let a2 = ((k::<D>(1.5)) + w6.tanh()).log2();
        s3 = ((k::<D>(0.5)) * s3) + ((k::<D>(core::f64::consts::PI)).tanh());
        s3 = dmax(
            s3,
            (((*i4) - a2)
                / ((k::<D>(1.0))
                    + ((((((k::<D>(core::f64::consts::PI)).atan())
                        * ((k::<D>(1.0)) + (x[3] * x[3])).ln())
                    .exp())
                    .tanh())
                        * (((((k::<D>(core::f64::consts::PI)).atan())
                            * ((k::<D>(1.0)) + (x[3] * x[3])).ln())
                        .exp())
                        .tanh()))))
            .cos(),
        );
    }
    let (u7, w8) = (x[3] - x[2], a2 - a1);
    let a9 = dmax((k::<D>(core::f64::consts::PI)) + x[0], s3 + a2);
    let a10 = if (s3 + x[2]).re() > ((k::<D>(1.13)).atan()).re() {
        (k::<D>(ALPHA)) / ((k::<D>(1.0)) + (x[2] * x[2]))
    } else {
        s3
    };
    ((((s3 + u7) + w8) + a9) + a10) + x[0]
}

#[differentiable]
fn p83<T>(x: [T; 3]) -> T
where
    T: Float + NumAssign,
{
    let a2 = {
        let t1 = (c::<T>(std::f64::consts::E)) - x[2];
        T::sin(c::<T>(-0.7)).tan()
    };
    let mut s3 = T::zero();
    for &i4 in x.iter() {
        let a5 = Float::tanh(i4 - a2).exp2();
        let a5 = (c::<T>(std::f64::consts::E)) - x[1];
        let mut m6 = ((c::<T>(0.9)) * x[1].tanh()).atanh();
        m6 = ((c::<T>(0.5)) * m6) + Float::cos(T::from(-0.635).unwrap());
    }
    s3 *= T::one() + ((c::<T>(0.3)) * T::sin(T::asinh(Float::cos(-s3))));
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let a9 = ({
            let t8 = x[1];
            x[0]
        }) * T::sin(x[0]).tan();
        let a10 = s3.atan() * a2;
        let a11 = x[1];
        s3 = (T::from(0.5).unwrap() * s3) + ((((c::<T>(1.0)) + (a10 * a10)).sqrt()).sin());
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::cos((c::<T>(1.5)) + a11.sin().tanh()));
        if T::ln_1p((c::<T>(0.5)) + (x[2].hypot(c::<T>(1.0)) * x[2].hypot(T::one())))
            <= T::from(0.4).unwrap()
            && i7 <= 0
        {
            break;
        }
    }
    if T::asin((c::<T>(0.9)) * x[2].tanh()) >= T::from(0.77).unwrap() {
        return (c::<T>(0.8)) * (c::<T>(1.387));
    }
    let a2: T = (x[2] - s3) + x[2];
    ((c::<T>(0.001)) * ((s3 + a2) + x[0])).tanh()
}

fn p83_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a2 = {
        let t1 = (k::<D>(std::f64::consts::E)) - x[2];
        ((k::<D>(-0.7)).sin()).tan()
    };
    let mut s3 = k::<D>(0.0);
    for &i4 in x.iter() {
        let a5 = ((i4 - a2).tanh()).exp2();
        let a5 = (k::<D>(std::f64::consts::E)) - x[1];
        let mut m6 = ((k::<D>(0.9)) * x[1].tanh()).atanh();
        m6 = ((k::<D>(0.5)) * m6) + ((k::<D>(-0.635)).cos());
    }
    s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((-s3).cos()).asinh()).sin()));
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let a9 = ({
            let t8 = x[1];
            x[0]
        }) * x[0].sin().tan();
        let a10 = s3.atan() * a2;
        let a11 = x[1];
        s3 = ((k::<D>(0.5)) * s3) + ((((k::<D>(1.0)) + (a10 * a10)).sqrt()).sin());
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a11.sin().tanh()).cos()));
        if (((k::<D>(0.5))
            + (((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                * ((x[2] * x[2] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
        .ln_1p())
        .re()
            <= (k::<D>(0.4)).re()
            && i7 <= 0
        {
            break;
        }
    }
    if (((k::<D>(0.9)) * x[2].tanh()).asin()).re() >= (k::<D>(0.77)).re() {
        return (k::<D>(0.8)) * (k::<D>(1.387));
    }
    let a2: D = (x[2] - s3) + x[2];
    ((k::<D>(0.001)) * ((s3 + a2) + x[0])).tanh()
}

#[differentiable]
fn p84(x: [f64; 4]) -> f64 {
    let a1 = f64::cbrt(2.0 + f64::sin(-1.514f64));
    let a2 = if -1.668 < 0.11 && -0.11 < a1 {
        1.35 - a1
    } else {
        x[1] - x[3]
    };
    let a3: f64 = -0.911;
    let (u4, w5) = (a3.atan(), a1);
    let (u6, w7) = (
        (1.5 + ALPHA.tanh()).powi(-2),
        ((2.0f64 + Float::sin((-1.2) * (-1.078))).ln())
            + ((a3 / (1.5 + f64::tanh(u4))) / (((a1 / (2.0 + a3.sin())).atan()).exp())),
    );
    ((((a3 + u4) + w5) + u6) + w7) + x[3]
}

fn p84_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(2.0)) + ((k::<D>(-1.514)).sin())).cbrt();
    let a2 = if (k::<D>(-1.668)).re() < (k::<D>(0.11)).re() && (k::<D>(-0.11)).re() < a1.re() {
        (k::<D>(1.35)) - a1
    } else {
        x[1] - x[3]
    };
    let a3: D = k::<D>(-0.911);
    let (u4, w5) = (a3.atan(), a1);
    let (u6, w7) = (
        ((k::<D>(1.5)) + ((k::<D>(ALPHA)).tanh())).powi(-2),
        (((k::<D>(2.0)) + (((k::<D>(-1.2)) * (k::<D>(-1.078))).sin())).ln())
            + ((a3 / ((k::<D>(1.5)) + u4.tanh()))
                / (((a1 / ((k::<D>(2.0)) + a3.sin())).atan()).exp())),
    );
    ((((a3 + u4) + w5) + u6) + w7) + x[3]
}

#[differentiable]
fn p85(x: &[f64]) -> f64 {
    let a1: f64 = core::f64::consts::PI;
    let a2 = (0.9 * a1.cos().cosh().powf(f64::cos(a1)).tanh().tanh()).atanh();
    let a3 = Float::recip(1.0 + (a2.atan().sin().tan() * a2.atan().sin().tan()));
    ((a1 + a2) + a3) + x[2]
}

fn p85_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(core::f64::consts::PI);
    let a2 = ((k::<D>(0.9)) * ((((a1.cos() * a1.cos().cosh().ln()).exp()).tanh()).tanh())).atanh();
    let a3 = ((k::<D>(1.0)) + (a2.atan().sin().tan() * a2.atan().sin().tan())).recip();
    ((a1 + a2) + a3) + x[2]
}

#[differentiable]
fn p86(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let a1 = x2.asinh().powi(1);
    let (u2, w3) = (x0, a1 + (-1.144));
    let mut s4 = 1.0;
    for i5 in 0..nk {
        let u2 = ((-0.15f64).exp()).cbrt();
        if i5 <= 3 {
            break;
        }
        let (u6, w7) = (W[i5], (f64::sin(w3) - u2) * u2.sin());
        s4 = (0.5 * s4) + (((a1 * w7) + (s4 + x1)).tanh());
        s4 += Float::cos(x2 + x0);
    }
    let mut s8 = 0.0;
    for i9 in 2..=3 {
        let a10 = (-a1) * ((2.0 + ((i9 as f64).sin())).powi(0));
        let (u11, w12) = (x1, a1);
        let mut i13 = 0;
        while i13 < 3 {
            i13 += 1;
            let a14 = Float::tanh(u2) - (V[i13].cos() * f64::cos(s4));
            if i13 < 0 {
                s4 -= u11.asinh().cos();
            } else {
                s8 *= 1.0 + (0.3_f64 * ((a10 * x0).sin()));
            }
            let mut m15 = a1 - s8;
            s8 *= 1.0 + (0.3 * s4.sin());
            s4 = ((0.7_f64 * s4) + (std::f64::consts::E + u11)).sin();
        }
        s8 -= f64::atan((a1 / (1.0 + (x2 * x2))) * ((0.9 * Float::tanh(u11)).acos()));
        s8 = (0.5 * s8) + (((i9 as f64) * x2).atan());
    }
    if !(p39(s8.tanh(), f64::cos(w3)) <= 0.65) {
        s8 += 1.1 + (u2.atan2(-(0.5 + (u2 * u2))) / ((-(-0.371)).cosh()));
    }
    (0.001 * ((((a1 + u2) + w3) + s4) + s8)).tanh()
}

fn p86_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1 = x2.asinh().powi(1);
    let (u2, w3) = (x0, a1 + (k::<D>(-1.144)));
    let mut s4 = k::<D>(1.0);
    for i5 in 0..nk {
        let u2 = ((k::<D>(-0.15)).exp()).cbrt();
        if i5 <= 3 {
            break;
        }
        let (u6, w7) = (k::<D>(W[i5]), (w3.sin() - u2) * u2.sin());
        s4 = ((k::<D>(0.5)) * s4) + (((a1 * w7) + (s4 + x1)).tanh());
        s4 += (x2 + x0).cos();
    }
    let mut s8 = k::<D>(0.0);
    for i9 in 2..=3 {
        let a10 = (-a1) * (((k::<D>(2.0)) + ((k::<D>(i9 as f64)).sin())).powi(0));
        let (u11, w12) = (x1, a1);
        let mut i13 = 0;
        while i13 < 3 {
            i13 += 1;
            let a14 = u2.tanh() - (((k::<D>(V[i13])).cos()) * s4.cos());
            if i13 < 0 {
                s4 -= u11.asinh().cos();
            } else {
                s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a10 * x0).sin()));
            }
            let mut m15 = a1 - s8;
            s8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s4.sin());
            s4 = (((k::<D>(0.7)) * s4) + ((k::<D>(std::f64::consts::E)) + u11)).sin();
        }
        s8 -= ((a1 / ((k::<D>(1.0)) + (x2 * x2))) * (((k::<D>(0.9)) * u11.tanh()).acos())).atan();
        s8 = ((k::<D>(0.5)) * s8) + (((k::<D>(i9 as f64)) * x2).atan());
    }
    if !(p39_d(s8.tanh(), w3.cos()).re() <= (k::<D>(0.65)).re()) {
        s8 += (k::<D>(1.1))
            + (datan2(u2, -((k::<D>(0.5)) + (u2 * u2))) / ((-(k::<D>(-0.371))).cosh()));
    }
    ((k::<D>(0.001)) * ((((a1 + u2) + w3) + s4) + s8)).tanh()
}

#[differentiable]
fn p87(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if i2 == 2 {
            continue;
        }
        let (u3, w4) = (-x1, f64::atan(-x1).sinh());
        s1 = (0.5 * s1) + ((u3 + BETA).cos());
        s1 = s1.max(s1.hypot(0.5 + (u3 * u3)).sin());
    }
    let mut m5 = x0;
    let mut s6 = 0.5f64;
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let (u8, w9) = ((1.1 + ((2.0 + s1.sin()) * (2.0 + s1.sin()))).acosh(), -0.3);
        s6 -= (((1.5 + s1.tanh()).powi(-1)).abs()).atan();
    }
    let a10 = 1.936_f64;
    let mut i11 = 0;
    while i11 < 2 {
        i11 += 1;
        let (u12, w13) = (
            m5 / (1.5 + s6.tanh()),
            -(if i11 == 1 {
                (i11 as f64) + x1
            } else {
                m5 + 1.587
            }),
        );
        s6 = s6.min(f64::sin(a10));
        s1 = s1.min(((0.9 * u12.tanh().tanh()).asin()).cos());
    }
    for i14 in 0..=2 {
        s1 = ((0.7 * s1) + f64::exp(m5.atan())).tanh();
        if x0 / a10.hypot(1.0_f64) < W[i14] {
            break;
        }
        for i15 in 1..4 {
            m5 -= f64::cos(s6.atan().cosh());
            let mut m16 = (2.0 + s1.tanh().sin()).cbrt();
            s6 -= Float::atan2(if i14 >= 2 { a10 } else { s6 }, -(0.5_f64 + (a10 * a10))).sin();
        }
        m5 /= 2.0 + f64::sin(1.3f64);
        s1 -= (x1 + x1).cos();
    }
    (0.001_f64 * ((((x1 + s1) + m5) + s6) + a10)).tanh()
}

fn p87_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 2 {
        i2 += 1;
        if i2 == 2 {
            continue;
        }
        let (u3, w4) = (-x1, ((-x1).atan()).sinh());
        s1 = ((k::<D>(0.5)) * s1) + ((u3 + (k::<D>(BETA))).cos());
        s1 = dmax(
            s1,
            ((s1 * s1 + ((k::<D>(0.5)) + (u3 * u3)) * ((k::<D>(0.5)) + (u3 * u3))).sqrt()).sin(),
        );
    }
    let mut m5 = x0;
    let mut s6 = k::<D>(0.5);
    let mut i7 = 0;
    while i7 < 3 {
        i7 += 1;
        let (u8, w9) = (
            ((k::<D>(1.1)) + (((k::<D>(2.0)) + s1.sin()) * ((k::<D>(2.0)) + s1.sin()))).acosh(),
            k::<D>(-0.3),
        );
        s6 -= ((((k::<D>(1.5)) + s1.tanh()).powi(-1)).abs()).atan();
    }
    let a10 = k::<D>(1.936);
    let mut i11 = 0;
    while i11 < 2 {
        i11 += 1;
        let (u12, w13) = (
            m5 / ((k::<D>(1.5)) + s6.tanh()),
            -(if i11 == 1 {
                (k::<D>(i11 as f64)) + x1
            } else {
                m5 + (k::<D>(1.587))
            }),
        );
        s6 = dmin(s6, a10.sin());
        s1 = dmin(s1, (((k::<D>(0.9)) * u12.tanh().tanh()).asin()).cos());
    }
    for i14 in 0..=2 {
        s1 = (((k::<D>(0.7)) * s1) + m5.atan().exp()).tanh();
        if (x0 / ((a10 * a10 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).re() < (k::<D>(W[i14])).re()
        {
            break;
        }
        for i15 in 1..4 {
            m5 -= s6.atan().cosh().cos();
            let mut m16 = ((k::<D>(2.0)) + s1.tanh().sin()).cbrt();
            s6 -= datan2(
                if i14 >= 2 { a10 } else { s6 },
                -((k::<D>(0.5)) + (a10 * a10)),
            )
            .sin();
        }
        m5 /= (k::<D>(2.0)) + ((k::<D>(1.3)).sin());
        s1 -= (x1 + x1).cos();
    }
    ((k::<D>(0.001)) * ((((x1 + s1) + m5) + s6) + a10)).tanh()
}

#[differentiable]
fn p88(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.5_f64;
    for i2 in 2..3 {
        let a4 = {
            let t3 = x1.cos().hypot(1.0).recip();
            if i2 % 2 == 0 {
                s1
            } else {
                x0.max(std::f64::consts::E)
            }
        };
        let a5 = a4;
        let mut s6: f64 = 1.0f64;
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            if s6.atan() * (-1.494) < -0.87f64 && s1 < 0.07 && (i7 as f64) >= -0.12_f64 {
                s1 = (0.5f64 * s1)
                    + 0.808
                        .exp()
                        .powf(f64::sin(if i7 < 2 {
                            (0.9_f64 * ((i7 as f64).tanh())).acos()
                        } else {
                            x0
                        }))
                        .tanh();
            }
            s1 *= 1.0 + (0.3_f64 * a4.sin());
            if !(s6.sin() < s6 - a5) {
                continue;
            }
            s1 /= 2.0 + s6.sin();
            s6 = (0.5_f64 * s6) + (((0.9_f64 * s1.sin().sin()).asin()).atan());
        }
        s1 -= Float::atan(1.83 - a4);
    }
    let mut m8 = (BETA * (s1.sin() * (-1.8))) * p61(0.43_f64, x0, x0).hypot(1.0).sqrt();
    for i9 in 1..3 {
        let mut m10 = (-(-0.1)) * f64::log2(1.0 + (x0 * x0));
        let mut s11 = 1.0_f64;
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let a13 = -0.958;
            if s1.atan2(-(0.5_f64 + (a13 * a13))) >= x0 {
                s11 += p39(x1.asinh().cos(), ((2.0 + 0.6.sin()).cbrt()).cos()).atan();
            } else {
                m8 -= x1.tanh();
            }
            let a14 = Float::exp2(m10.sin()) - a13.powi(1);
            s1 += ((0.366 / Float::hypot(core::f64::consts::PI, 1.0)) * (ALPHA - ALPHA)).sin();
        }
        s11 = (0.5_f64 * s11) + f64::cos(x1 + (-1.87));
        m10 += ((-BETA) / f64::atan(x1.mul_add(m10.tanh(), x0)).cosh()).atan();
    }
    let mut i15 = 0;
    while i15 < 2 {
        i15 += 1;
        for i16 in 0..1 {
            let a17: f64 = ((x0.atan() * s1.sin()) * (-x0))
                * (Float::exp(m8.atan())
                    / ((((1.0 + (Float::tanh(m8) * m8.tanh()))
                        .log((0.5 + (0.4 * Float::sin(x1))).exp()))
                    .tanh())
                    .cosh()));
            let a18 = (1.0 + (x1 * x1)).powi(0);
            m8 *= 1.0 + (0.3 * a18.sin());
            m8 += a17.tanh();
            if (1.0 + (m8.tanh() * m8.tanh())).recip() < m8.atan() * x1 {
                break;
            }
            m8 -= (x1 * 1.961).cos();
        }
        let mut s19: f64 = 1.0;
        let mut i20 = 0;
        while i20 < 4 {
            i20 += 1;
            let a21 = ALPHA;
            let a22 = if 0.815.cos() < -0.87 {
                if !((i15 as f64) + s1 > (0.9 * 1.8.sin()).atanh()) {
                    (a21 - x1) / (((i15 as f64).powi(1)).cosh())
                } else {
                    (1.0 + (Float::exp2(Float::atan(s19)).atan() * f64::atan(s19.atan().exp2())))
                        .powf(ALPHA.sin().sin().tan().cos())
                }
            } else {
                ((f64::sin(s1) * m8.tanh()) * (s19.atan() * a21))
                    / f64::exp(Float::asinh((1.0 + (s1.cos() * s1.cos())).sqrt()))
            };
            let mut m23: f64 = (0.9
                * Float::tanh(
                    (((1.1 + (f64::hypot(x1, 1.0) * x1.hypot(1.0))).acosh())
                        / f64::exp(((-1.3) - V[i15]).sin()))
                    .tanh(),
                ))
            .asin();
            s1 = ((0.7 * s1) + ((((-1.47).exp()).atan()) * m8.cos())).sin();
        }
        s19 -= Float::sin(
            ((0.5 + ((1.5 + 0.3.tanh()) * (1.5 + Float::tanh(0.3_f64)))).ln_1p())
                + f64::hypot(-1.26, 1.0).log10(),
        );
    }
    let a24 = f64::sin(x0.min(m8)).hypot(1.0).recip();
    (0.001 * ((((x0 + x1) + s1) + m8) + a24)).tanh()
}

fn p88_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.5);
    for i2 in 2..3 {
        let a4 = {
            let t3 = ((x1.cos() * x1.cos() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip();
            if i2 % 2 == 0 {
                s1
            } else {
                dmax(x0, k::<D>(std::f64::consts::E))
            }
        };
        let a5 = a4;
        let mut s6: D = k::<D>(1.0);
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            if (s6.atan() * (k::<D>(-1.494))).re() < (k::<D>(-0.87)).re()
                && s1.re() < (k::<D>(0.07)).re()
                && (k::<D>(i7 as f64)).re() >= (k::<D>(-0.12)).re()
            {
                s1 = ((k::<D>(0.5)) * s1)
                    + (((((if i7 < 2 {
                        ((k::<D>(0.9)) * ((k::<D>(i7 as f64)).tanh())).acos()
                    } else {
                        x0
                    })
                    .sin())
                        * ((k::<D>(0.808)).exp()).ln())
                    .exp())
                    .tanh());
            }
            s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a4.sin());
            if !(s6.sin().re() < (s6 - a5).re()) {
                continue;
            }
            s1 /= (k::<D>(2.0)) + s6.sin();
            s6 = ((k::<D>(0.5)) * s6) + ((((k::<D>(0.9)) * s1.sin().sin()).asin()).atan());
        }
        s1 -= ((k::<D>(1.83)) - a4).atan();
    }
    let mut m8 = ((k::<D>(BETA)) * (s1.sin() * (k::<D>(-1.8))))
        * (((p61_d(k::<D>(0.43), x0, x0) * p61_d(k::<D>(0.43), x0, x0)
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt())
        .sqrt());
    for i9 in 1..3 {
        let mut m10 = (-(k::<D>(-0.1))) * (((k::<D>(1.0)) + (x0 * x0)).log2());
        let mut s11 = k::<D>(1.0);
        let mut i12 = 0;
        while i12 < 1 {
            i12 += 1;
            let a13 = k::<D>(-0.958);
            if datan2(s1, -((k::<D>(0.5)) + (a13 * a13))).re() >= x0.re() {
                s11 += p39_d(
                    x1.asinh().cos(),
                    (((k::<D>(2.0)) + ((k::<D>(0.6)).sin())).cbrt()).cos(),
                )
                .atan();
            } else {
                m8 -= x1.tanh();
            }
            let a14 = m10.sin().exp2() - a13.powi(1);
            s1 += (((k::<D>(0.366))
                / (((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))
                    + (k::<D>(1.0)) * (k::<D>(1.0)))
                .sqrt()))
                * ((k::<D>(ALPHA)) - (k::<D>(ALPHA))))
            .sin();
        }
        s11 = ((k::<D>(0.5)) * s11) + ((x1 + (k::<D>(-1.87))).cos());
        m10 += ((-(k::<D>(BETA))) / (((x1 * m10.tanh() + x0).atan()).cosh())).atan();
    }
    let mut i15 = 0;
    while i15 < 2 {
        i15 += 1;
        for i16 in 0..1 {
            let a17: D = ((x0.atan() * s1.sin()) * (-x0))
                * (m8.atan().exp()
                    / (((((k::<D>(1.0)) + (m8.tanh() * m8.tanh())).ln()
                        / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln())
                    .tanh())
                    .cosh()));
            let a18 = ((k::<D>(1.0)) + (x1 * x1)).powi(0);
            m8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a18.sin());
            m8 += a17.tanh();
            if (((k::<D>(1.0)) + (m8.tanh() * m8.tanh())).recip()).re() < (m8.atan() * x1).re() {
                break;
            }
            m8 -= (x1 * (k::<D>(1.961))).cos();
        }
        let mut s19: D = k::<D>(1.0);
        let mut i20 = 0;
        while i20 < 4 {
            i20 += 1;
            let a21 = k::<D>(ALPHA);
            let a22 = if ((k::<D>(0.815)).cos()).re() < (k::<D>(-0.87)).re() {
                if !(((k::<D>(i15 as f64)) + s1).re()
                    > (((k::<D>(0.9)) * ((k::<D>(1.8)).sin())).atanh()).re())
                {
                    (a21 - x1) / (((k::<D>(i15 as f64)).powi(1)).cosh())
                } else {
                    ((((((k::<D>(ALPHA)).sin()).sin()).tan()).cos())
                        * ((k::<D>(1.0)) + (s19.atan().exp2().atan() * s19.atan().exp2().atan()))
                            .ln())
                    .exp()
                }
            } else {
                ((s1.sin() * m8.tanh()) * (s19.atan() * a21))
                    / (((((k::<D>(1.0)) + (s1.cos() * s1.cos())).sqrt()).asinh()).exp())
            };
            let mut m23: D = ((k::<D>(0.9))
                * ((((((k::<D>(1.1))
                    + (((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                        * ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                .acosh())
                    / ((((k::<D>(-1.3)) - (k::<D>(V[i15]))).sin()).exp()))
                .tanh())
                .tanh()))
            .asin();
            s1 = (((k::<D>(0.7)) * s1) + ((((k::<D>(-1.47)).exp()).atan()) * m8.cos())).sin();
        }
        s19 -= ((((k::<D>(0.5))
            + (((k::<D>(1.5)) + ((k::<D>(0.3)).tanh()))
                * ((k::<D>(1.5)) + ((k::<D>(0.3)).tanh()))))
        .ln_1p())
            + ((((k::<D>(-1.26)) * (k::<D>(-1.26)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())
                .log10()))
        .sin();
    }
    let a24 =
        ((dmin(x0, m8).sin() * dmin(x0, m8).sin() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip();
    ((k::<D>(0.001)) * ((((x0 + x1) + s1) + m8) + a24)).tanh()
}

#[differentiable]
fn p89(x: &[f64]) -> f64 {
    let a1: f64 = ALPHA;
    let a2 = std::f64::consts::E / ((0.29 / (1.0_f64 + (x[0] * x[0]))).exp());
    let mut s3 = 0.5;
    for i4 in 0..3 {
        let a5 = (1.1 + (x[0].exp() * x[0].exp())).acosh();
        if i4 % 2 == 0 {
            s3 += (((-1.991) - 1.66) - ((i4 as f64).asinh())).atan();
        } else {
            s3 = f64::max(s3, x[1].tanh().hypot(1.0).powi(-2).tanh());
        }
        s3 -= 1.94.sin();
    }
    let mut m6 = x[1] - a2;
    let (u7, w8) = (Float::mul_add(-1.6, x[1], x[0]), m6 + (-0.47));
    let mut s9 = 1.0;
    for &i10 in x.iter() {
        for i11 in 1..x.len() {
            let a12 = x[i11 - 1].tanh() * m6.atan();
            let a13 = f64::cbrt(1.5f64 + f64::tanh(x[i11 - 1]))
                / f64::cbrt(1.0 + (x[i11 - 1] * x[i11 - 1])).tanh().exp();
            if x[i11 - 1] - core::f64::consts::PI > a1 {
                break;
            }
            s9 += ((0.9 * p61(1.682.sin(), m6.tanh(), a1.atan()).tanh()).asin()).sin();
        }
        let a14 = w8.cos() / 0.1.atan().cosh();
        m6 += Float::sin(u7.tanh().cosh() * x[2]);
    }
    s3 += Float::sin(w8).cosh();
    f64::tanh(0.001 * (((((s3 + m6) + u7) - w8) + s9) + x[0]))
}

fn p89_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = k::<D>(ALPHA);
    let a2 =
        (k::<D>(std::f64::consts::E)) / (((k::<D>(0.29)) / ((k::<D>(1.0)) + (x[0] * x[0]))).exp());
    let mut s3 = k::<D>(0.5);
    for i4 in 0..3 {
        let a5 = ((k::<D>(1.1)) + (x[0].exp() * x[0].exp())).acosh();
        if i4 % 2 == 0 {
            s3 += (((k::<D>(-1.991)) - (k::<D>(1.66))) - ((k::<D>(i4 as f64)).asinh())).atan();
        } else {
            s3 = dmax(
                s3,
                (((x[1].tanh() * x[1].tanh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2))
                    .tanh(),
            );
        }
        s3 -= (k::<D>(1.94)).sin();
    }
    let mut m6 = x[1] - a2;
    let (u7, w8) = (((k::<D>(-1.6)) * x[1] + x[0]), m6 + (k::<D>(-0.47)));
    let mut s9 = k::<D>(1.0);
    for &i10 in x.iter() {
        for i11 in 1..x.len() {
            let a12 = x[i11 - 1].tanh() * m6.atan();
            let a13 = (((k::<D>(1.5)) + x[i11 - 1].tanh()).cbrt())
                / (((((k::<D>(1.0)) + (x[i11 - 1] * x[i11 - 1])).cbrt()).tanh()).exp());
            if (x[i11 - 1] - (k::<D>(core::f64::consts::PI))).re() > a1.re() {
                break;
            }
            s9 += (((k::<D>(0.9)) * p61_d((k::<D>(1.682)).sin(), m6.tanh(), a1.atan()).tanh())
                .asin())
            .sin();
        }
        let a14 = w8.cos() / (((k::<D>(0.1)).atan()).cosh());
        m6 += (u7.tanh().cosh() * x[2]).sin();
    }
    s3 += w8.sin().cosh();
    ((k::<D>(0.001)) * (((((s3 + m6) + u7) - w8) + s9) + x[0])).tanh()
}

#[differentiable]
fn p90<T>(x: &[T]) -> T
where
    T: Float + NumAssign,
{
    let a1 = (c::<T>(1.5)) + x[4].cosh();
    let mut s2 = c::<T>(0.0);
    for i3 in 2..6 {
        let mut m4 = ((c::<T>(1.0)) + (x[3] * x[3])).ln();
        for i5 in 2..4 {
            let a6 = a1 - (c::<T>(i3 as f64));
            if x[3].tanh() >= c::<T>(0.19) {
                m4 += (a1.min(c::<T>(-1.686)).atan() * a6).cos();
            } else {
                m4 = (T::from(0.5).unwrap() * m4)
                    + T::cos(s2 + ((c::<T>(V[i5])) * x[0]))
                        .mul_add(s2.atan(), (x[4] / ((c::<T>(2.0)) + a1.sin())) - a1)
                        .sin();
            }
            m4 += Float::atanh((c::<T>(0.9)) * T::sin(c::<T>(0.507))).atan();
            m4 -= ((T::atan(c::<T>(i5 as f64)) * a6.sin()).sin()).atan();
        }
        s2 += ((c::<T>(i3 as f64)) + x[0]).atan();
        s2 = ((c::<T>(0.5)) * s2) + x[1].exp_m1().sin();
    }
    for i7 in 0..x.len() {
        if i7 >= 5 {
            continue;
        }
        s2 /= (c::<T>(2.0)) + a1.sin();
        let a8 = if x[i7].mul_add(a1.cos(), c::<T>(-1.149))
            >= ((c::<T>(std::f64::consts::E)).atan()) * s2.sin()
        {
            (a1 - T::from(0.814).unwrap()) - (-x[i7])
        } else {
            (a1 - x[i7]).sin()
        };
        s2 -= T::cos(
            ((c::<T>(1.1))
                + (((c::<T>(1.5)) + x[i7].tanh()) * (T::from(1.5).unwrap() + x[i7].tanh())))
            .acosh(),
        );
        s2 += Float::log2((c::<T>(1.5)) + T::tanh(x[i7])).cos();
    }
    if x[4].cos() * T::sin(s2) <= x[4].round() * x[2] {
        return p75(Float::cos(a1), x[0]) + a1;
    }
    s2 -= Float::cos(T::exp_m1(x[0])).powi(2);
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        if x[1] - s2
            <= T::ln_1p(
                (c::<T>(0.5)) + (((c::<T>(2.0)) + a1.sin()) * ((c::<T>(2.0)) + Float::sin(a1))),
            )
        {
            s2 /= (c::<T>(2.0)) + Float::sin(T::sin(a1).mul_add(T::cos(a1), x[3]));
        } else {
            s2 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((((x[2] * a1).sin()).exp()).cos()));
        }
        s2 = ((c::<T>(0.5)) * s2)
            + ((((c::<T>(0.9)) * Float::tanh(c::<T>(core::f64::consts::PI)).tanh()).acos()).cos());
        s2 /= (c::<T>(2.0)) + a1.sin();
    }
    (T::from(0.001).unwrap() * ((a1 + s2) + x[0])).tanh()
}

fn p90_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(1.5)) + x[4].cosh();
    let mut s2 = k::<D>(0.0);
    for i3 in 2..6 {
        let mut m4 = ((k::<D>(1.0)) + (x[3] * x[3])).ln();
        for i5 in 2..4 {
            let a6 = a1 - (k::<D>(i3 as f64));
            if x[3].tanh().re() >= (k::<D>(0.19)).re() {
                m4 += (dmin(a1, k::<D>(-1.686)).atan() * a6).cos();
            } else {
                m4 = ((k::<D>(0.5)) * m4)
                    + ((((s2 + ((k::<D>(V[i5])) * x[0])).cos()) * s2.atan()
                        + ((x[4] / ((k::<D>(2.0)) + a1.sin())) - a1))
                        .sin());
            }
            m4 += (((k::<D>(0.9)) * ((k::<D>(0.507)).sin())).atanh()).atan();
            m4 -= ((((k::<D>(i5 as f64)).atan()) * a6.sin()).sin()).atan();
        }
        s2 += ((k::<D>(i3 as f64)) + x[0]).atan();
        s2 = ((k::<D>(0.5)) * s2) + x[1].exp_m1().sin();
    }
    for i7 in 0..x.len() {
        if i7 >= 5 {
            continue;
        }
        s2 /= (k::<D>(2.0)) + a1.sin();
        let a8 = if (x[i7] * a1.cos() + (k::<D>(-1.149))).re()
            >= (((k::<D>(std::f64::consts::E)).atan()) * s2.sin()).re()
        {
            (a1 - (k::<D>(0.814))) - (-x[i7])
        } else {
            (a1 - x[i7]).sin()
        };
        s2 -= (((k::<D>(1.1)) + (((k::<D>(1.5)) + x[i7].tanh()) * ((k::<D>(1.5)) + x[i7].tanh())))
            .acosh())
        .cos();
        s2 += (((k::<D>(1.5)) + x[i7].tanh()).log2()).cos();
    }
    if (x[4].cos() * s2.sin()).re() <= ((k::<D>(x[4].re().round())) * x[2]).re() {
        return p75_d(a1.cos(), x[0]) + a1;
    }
    s2 -= x[0].exp_m1().cos().powi(2);
    let mut i9 = 0;
    while i9 < 1 {
        i9 += 1;
        if (x[1] - s2).re()
            <= (((k::<D>(0.5)) + (((k::<D>(2.0)) + a1.sin()) * ((k::<D>(2.0)) + a1.sin()))).ln_1p())
                .re()
        {
            s2 /= (k::<D>(2.0)) + ((a1.sin() * a1.cos() + x[3]).sin());
        } else {
            s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((x[2] * a1).sin()).exp()).cos()));
        }
        s2 = ((k::<D>(0.5)) * s2)
            + ((((k::<D>(0.9)) * (((k::<D>(core::f64::consts::PI)).tanh()).tanh())).acos()).cos());
        s2 /= (k::<D>(2.0)) + a1.sin();
    }
    ((k::<D>(0.001)) * ((a1 + s2) + x[0])).tanh()
}

#[differentiable]
fn p91<T>(x: &[T], nk: usize) -> T
where
    T: Float + NumAssign,
{
    let a1: T = T::ln_1p(
        (c::<T>(0.5))
            + (((c::<T>(1.5)) + ((c::<T>(std::f64::consts::E)).tanh()))
                * ((c::<T>(1.5)) + ((c::<T>(std::f64::consts::E)).tanh()))),
    );
    let a2 = ((c::<T>(2.0)) + Float::sin(x[3])).log2();
    let a3 = x[1].max(a1);
    let a4 = if a1 + a1 > c::<T>(1.6) {
        (c::<T>(core::f64::consts::PI)).min(c::<T>(1.76))
    } else {
        ((c::<T>(1.5)) + ((c::<T>(-0.81)).tanh())).sqrt()
    };
    let mut s5 = c::<T>(1.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let mut m7 = a4.tanh() - (c::<T>(std::f64::consts::E));
        let a8 = ((c::<T>(1.0))
            + (((c::<T>(i6 as f64)) / T::hypot(a1, T::one()))
                * ((c::<T>(i6 as f64)) / a1.hypot(c::<T>(1.0)))))
        .recip();
        s5 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * ((x[0] + s5).sin()));
        if a4 * x[0] <= (c::<T>(BETA)).atan() {
            break;
        }
        s5 -= ((T::one() + (T::atan(a8) * a8.atan())).powf((c::<T>(V[i6])).tanh())).tanh();
    }
    let mut s9: T = c::<T>(0.5);
    for i10 in 0..x.len() - 1 {
        let mut i11 = 0;
        while i11 < 3 {
            i11 += 1;
            let mut m12: T = Float::sin(x[i10 + 1] / (T::from(2.0).unwrap() + T::sin(x[i10])))
                + T::hypot(-x[i10], (c::<T>(0.5)) + (a3 * a3));
            let a14 = (((c::<T>(core::f64::consts::PI)).abs()) + x[i10].tanh())
                / (T::from(2.0).unwrap()
                    + ((x[i10].tanh()
                        * ({
                            let t13 = m12;
                            t13
                        }))
                    .sin()));
            let a15 = (m12 + x[i10]) - (a3 / ((c::<T>(-1.99)).hypot(c::<T>(1.0))));
            s9 /= (c::<T>(2.0))
                + (((T::one() + (a3 * a3))
                    .log(((c::<T>(0.5)) + (T::from(0.4).unwrap() * a2.tanh().sin())).exp()))
                .sin());
            s5 += ((c::<T>(ALPHA)) - s9).cos();
        }
        let a16 = Float::powi((c::<T>(1.0)) + (a1.atan() * a1.atan()), 0);
        let a17: T = (-(c::<T>(0.4))).sinh();
        s5 += T::asin((c::<T>(0.9)) * a2.max(a1).sin()).cos();
        s9 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * T::sin(x[i10 + 1] / ((c::<T>(1.5)) + x[i10 + 1].tanh())));
    }
    Float::tanh((c::<T>(0.001)) * (((((a2 + a3) + a4) * s5) + s9) + x[1]))
}

fn p91_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], nk: usize) -> D {
    let a1: D = ((k::<D>(0.5))
        + (((k::<D>(1.5)) + ((k::<D>(std::f64::consts::E)).tanh()))
            * ((k::<D>(1.5)) + ((k::<D>(std::f64::consts::E)).tanh()))))
    .ln_1p();
    let a2 = ((k::<D>(2.0)) + x[3].sin()).log2();
    let a3 = dmax(x[1], a1);
    let a4 = if (a1 + a1).re() > (k::<D>(1.6)).re() {
        dmin(k::<D>(core::f64::consts::PI), k::<D>(1.76))
    } else {
        ((k::<D>(1.5)) + ((k::<D>(-0.81)).tanh())).sqrt()
    };
    let mut s5 = k::<D>(1.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let mut m7 = a4.tanh() - (k::<D>(std::f64::consts::E));
        let a8 = ((k::<D>(1.0))
            + (((k::<D>(i6 as f64)) / ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))
                * ((k::<D>(i6 as f64)) / ((a1 * a1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()))))
        .recip();
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x[0] + s5).sin()));
        if (a4 * x[0]).re() <= ((k::<D>(BETA)).atan()).re() {
            break;
        }
        s5 -= ((((k::<D>(V[i6])).tanh()) * ((k::<D>(1.0)) + (a8.atan() * a8.atan())).ln()).exp())
            .tanh();
    }
    let mut s9: D = k::<D>(0.5);
    for i10 in 0..x.len() - 1 {
        let mut i11 = 0;
        while i11 < 3 {
            i11 += 1;
            let mut m12: D = ((x[i10 + 1] / ((k::<D>(2.0)) + x[i10].sin())).sin())
                + (((-x[i10]) * (-x[i10])
                    + ((k::<D>(0.5)) + (a3 * a3)) * ((k::<D>(0.5)) + (a3 * a3)))
                    .sqrt());
            let a14 = (((k::<D>(core::f64::consts::PI)).abs()) + x[i10].tanh())
                / ((k::<D>(2.0))
                    + ((x[i10].tanh()
                        * ({
                            let t13 = m12;
                            t13
                        }))
                    .sin()));
            let a15 = (m12 + x[i10])
                - (a3
                    / (((k::<D>(-1.99)) * (k::<D>(-1.99)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()));
            s9 /= (k::<D>(2.0))
                + ((((k::<D>(1.0)) + (a3 * a3)).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * a2.tanh().sin())).exp()).ln())
                .sin());
            s5 += ((k::<D>(ALPHA)) - s9).cos();
        }
        let a16 = ((k::<D>(1.0)) + (a1.atan() * a1.atan())).powi(0);
        let a17: D = (-(k::<D>(0.4))).sinh();
        s5 += (((k::<D>(0.9)) * dmax(a2, a1).sin()).asin()).cos();
        s9 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((x[i10 + 1] / ((k::<D>(1.5)) + x[i10 + 1].tanh())).sin()));
    }
    ((k::<D>(0.001)) * (((((a2 + a3) + a4) * s5) + s9) + x[1])).tanh()
}

#[differentiable]
fn p92<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let mut m1 = ((x[1] + x[0]) * (x[0] / x[1].exp()))
        + (((c::<T>(core::f64::consts::PI)) * y)
            / (T::from(1.5).unwrap() + ((x[0] / x[1].exp()).tanh())));
    let (u2, w3) = (m1.sin(), (c::<T>(-0.6)) + y);
    let mut s4 = T::one();
    for i5 in 0..x.len() - 1 {
        for i6 in (i5 + 1)..6 {
            let a7 = (-x[i5 + 1].atan()).cosh();
            s4 += T::cos(x[i5] * ((c::<T>(-1.3)).asinh()));
        }
        if x[i5] > -m1 && i5 <= 0 {
            continue;
        }
        m1 *= T::one() + (T::from(0.3).unwrap() * Float::sin(y));
        m1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * ((((c::<T>(1.1))
                    + (((c::<T>(1.5)) + x[i5].tanh()) * ((c::<T>(1.5)) + x[i5].tanh())))
                .acosh())
                .sin()));
    }
    ((c::<T>(0.001)) * (((((y + m1) + u2) * w3) + s4) * x[2])).tanh()
}

fn p92_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = ((x[1] + x[0]) * (x[0] / x[1].exp()))
        + (((k::<D>(core::f64::consts::PI)) * y) / ((k::<D>(1.5)) + ((x[0] / x[1].exp()).tanh())));
    let (u2, w3) = (m1.sin(), (k::<D>(-0.6)) + y);
    let mut s4 = k::<D>(1.0);
    for i5 in 0..x.len() - 1 {
        for i6 in (i5 + 1)..6 {
            let a7 = (-x[i5 + 1].atan()).cosh();
            s4 += (x[i5] * ((k::<D>(-1.3)).asinh())).cos();
        }
        if x[i5].re() > (-m1).re() && i5 <= 0 {
            continue;
        }
        m1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * y.sin());
        m1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((k::<D>(1.1))
                    + (((k::<D>(1.5)) + x[i5].tanh()) * ((k::<D>(1.5)) + x[i5].tanh())))
                .acosh())
                .sin()));
    }
    ((k::<D>(0.001)) * (((((y + m1) + u2) * w3) + s4) * x[2])).tanh()
}

#[differentiable]
fn p93<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let (u1, w2) = (
        ((c::<T>(1.5))
            + Float::tanh((T::one() + ((c::<T>(1.773)) * T::from(1.773).unwrap())).recip()))
        .ln(),
        x[0] / (((x[2] - x[0]) * (if y >= y { x[3] } else { y })).hypot(T::one())),
    );
    let mut s3 = T::one();
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut s5: T = c::<T>(0.0);
        let mut i6 = 0;
        while i6 < 2 {
            i6 += 1;
            let a7: T = (((c::<T>(2.0)) + Float::sin(Float::powi(x[2], 1))).ln())
                * (T::atan2(s5, -((c::<T>(0.5)) + (x[0] * x[0]))) - Float::cos(u1).exp_m1());
            s5 += T::sin(((c::<T>(BETA)) - w2) * w2.sin());
            if i6 != 2 {
                continue;
            }
        }
        s5 = ((c::<T>(0.5)) * s5)
            + T::cos((c::<T>(V[i4])) * Float::atanh((c::<T>(0.9)) * x[1].tanh()));
        if x[0].asinh() < c::<T>(ALPHA) {
            continue;
        }
        s3 -= w2.cos().cos();
    }
    let u1 = (((c::<T>(0.9)) * T::tanh(s3).sin()).acos()) + (w2 + x[0]);
    let mut s8: T = c::<T>(0.0);
    for i9 in 0..x.len() {
        let a10: T =
            ((c::<T>(core::f64::consts::PI)).asinh()).mul_add((s8 + x[i9]).sin(), s3.asinh());
        s3 *= T::one() + ((c::<T>(0.3)) * T::sin(((c::<T>(2.0)) + Float::sin(a10)).recip()));
        if y.exp().sqrt() >= c::<T>(0.81) {
            break;
        }
    }
    let a11: T = x[2];
    let mut s12 = c::<T>(0.0);
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        if i13 == 0 {
            break;
        }
        let a14 = a11;
        let mut s15 = T::zero();
        for i16 in 0..x.len() / 2 {
            if x[2 * i16] > w2 - x[2 * i16 + 1] {
                s12 -= (((y * (c::<T>(V[i13]))).atan())
                    - (((c::<T>(2.0)) + a11.max(x[2 * i16 + 1]).sin()).sqrt()))
                .atan();
            } else {
                s12 -= (((-(c::<T>(ALPHA))).tanh()).exp()).atan();
            }
            let a17 = Float::powi((c::<T>(1.0)) + (s15.atan() * s15.atan()), -2);
            let a18 = ((c::<T>(0.5))
                + (((c::<T>(1.0)) + ((-(c::<T>(V[i13]))) * (-(c::<T>(V[i13])))))
                    * (T::one() + ((-(c::<T>(V[i13]))) * (-(c::<T>(V[i13])))))))
            .ln_1p();
            s15 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::sin(c::<T>(core::f64::consts::PI)));
            s8 *= (c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::sin({
                        let t19 = x[2 * i16].max(x[2 * i16 + 1]);
                        u1.sin()
                    }));
        }
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((s8.atan() * Float::sin(x[2].exp_m1())).sin()));
        s8 += x[2].atan();
    }
    T::tanh(T::from(0.001).unwrap() * (((((s3 * u1) + s8) + a11) + s12) + x[3]))
}

fn p93_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        ((k::<D>(1.5)) + ((((k::<D>(1.0)) + ((k::<D>(1.773)) * (k::<D>(1.773)))).recip()).tanh()))
            .ln(),
        x[0] / ((((x[2] - x[0]) * (if y.re() >= y.re() { x[3] } else { y }))
            * ((x[2] - x[0]) * (if y.re() >= y.re() { x[3] } else { y }))
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt()),
    );
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut s5: D = k::<D>(0.0);
        let mut i6 = 0;
        while i6 < 2 {
            i6 += 1;
            let a7: D = (((k::<D>(2.0)) + x[2].powi(1).sin()).ln())
                * (datan2(s5, -((k::<D>(0.5)) + (x[0] * x[0]))) - u1.cos().exp_m1());
            s5 += (((k::<D>(BETA)) - w2) * w2.sin()).sin();
            if i6 != 2 {
                continue;
            }
        }
        s5 = ((k::<D>(0.5)) * s5)
            + (((k::<D>(V[i4])) * (((k::<D>(0.9)) * x[1].tanh()).atanh())).cos());
        if x[0].asinh().re() < (k::<D>(ALPHA)).re() {
            continue;
        }
        s3 -= w2.cos().cos();
    }
    let u1 = (((k::<D>(0.9)) * s3.tanh().sin()).acos()) + (w2 + x[0]);
    let mut s8: D = k::<D>(0.0);
    for i9 in 0..x.len() {
        let a10: D =
            (((k::<D>(core::f64::consts::PI)).asinh()) * ((s8 + x[i9]).sin()) + s3.asinh());
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(2.0)) + a10.sin()).recip()).sin()));
        if y.exp().sqrt().re() >= (k::<D>(0.81)).re() {
            break;
        }
    }
    let a11: D = x[2];
    let mut s12 = k::<D>(0.0);
    let mut i13 = 0;
    while i13 < 1 {
        i13 += 1;
        if i13 == 0 {
            break;
        }
        let a14 = a11;
        let mut s15 = k::<D>(0.0);
        for i16 in 0..x.len() / 2 {
            if x[2 * i16].re() > (w2 - x[2 * i16 + 1]).re() {
                s12 -= (((y * (k::<D>(V[i13]))).atan())
                    - (((k::<D>(2.0)) + dmax(a11, x[2 * i16 + 1]).sin()).sqrt()))
                .atan();
            } else {
                s12 -= (((-(k::<D>(ALPHA))).tanh()).exp()).atan();
            }
            let a17 = ((k::<D>(1.0)) + (s15.atan() * s15.atan())).powi(-2);
            let a18 = ((k::<D>(0.5))
                + (((k::<D>(1.0)) + ((-(k::<D>(V[i13]))) * (-(k::<D>(V[i13])))))
                    * ((k::<D>(1.0)) + ((-(k::<D>(V[i13]))) * (-(k::<D>(V[i13])))))))
            .ln_1p();
            s15 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(core::f64::consts::PI)).sin()));
            s8 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * (({
                        let t19 = dmax(x[2 * i16], x[2 * i16 + 1]);
                        u1.sin()
                    })
                    .sin()));
        }
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((s8.atan() * x[2].exp_m1().sin()).sin()));
        s8 += x[2].atan();
    }
    ((k::<D>(0.001)) * (((((s3 * u1) + s8) + a11) + s12) + x[3])).tanh()
}

#[differentiable]
fn p94<T: Float>(x0: T, x1: T) -> T {
    let mut s1: T = c::<T>(0.5);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        s1 = s1 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * s1.sin()));
        s1 = ((c::<T>(0.5)) * s1) + T::atan(s1);
        s1 = ((c::<T>(0.5)) * s1)
            + Float::atan((x1 - x0) + T::cosh(T::from(-0.469).unwrap()).powi(-1));
    }
    for i3 in 1..4 {
        let mut m4 = ((c::<T>(0.5))
            + (((c::<T>(2.0)) + ((c::<T>(i3 as f64)).sin()))
                * (T::from(2.0).unwrap() + ((c::<T>(i3 as f64)).sin()))))
        .ln_1p();
        let a5: T = T::mul_add(
            s1.atan(),
            Float::tanh(x1.mul_add(T::tanh(s1), x0)),
            x0 / ((c::<T>(2.0)) + x1.sin()),
        );
        if x0.asinh() < x0 {
            break;
        }
        s1 = (((c::<T>(0.7)) * s1)
            + ({
                let t6 = c::<T>(i3 as f64);
                a5
            }))
        .cos();
    }
    let mut m7: T = c::<T>(BETA);
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let a9 = Float::ln_1p(
            (c::<T>(0.5))
                + ((T::one()
                    + (p75((c::<T>(i8 as f64)).tanh(), m7.sin())
                        * p75((c::<T>(i8 as f64)).tanh(), m7.sin())))
                    * ((c::<T>(1.0))
                        + (p75((c::<T>(i8 as f64)).tanh(), m7.sin())
                            * p75((c::<T>(i8 as f64)).tanh(), m7.sin())))),
        )
        .tanh()
        .powi(3);
        let a10 = T::tanh(Float::log(
            T::one() + (T::tanh(m7) * T::tanh(m7)),
            ((c::<T>(0.5)) + ((c::<T>(0.4)) * m7.sin().sin())).exp(),
        )) * T::sin(x0 - s1);
        if i8 < 3 {
            break;
        }
        m7 = m7
            * (T::one()
                + ((c::<T>(0.3))
                    * Float::sin(
                        if T::acosh(
                            (c::<T>(1.1))
                                + (((c::<T>(1.0)) + (x0 * x0)) * ((c::<T>(1.0)) + (x0 * x0))),
                        ) < (c::<T>(W[i8])) + a9
                        {
                            T::atan(m7)
                        } else {
                            a10 * x0
                        },
                    )));
        s1 = ((c::<T>(0.5)) * s1)
            + (((((c::<T>(1.5)) + T::tanh(a10)).powf(T::from(0.2).unwrap())) / x0.exp()).cos());
    }
    let a11: T = m7 + m7;
    let a12 = m7;
    for i13 in 2..3 {
        let a11 = T::log2(Float::exp(T::from(-1.192).unwrap().asinh()));
        let (u14, w15) = (((c::<T>(1.5)) + s1.tanh()).log2(), (c::<T>(W[i13])).sinh());
        s1 = s1
            - (((Float::sin(a11) * T::tanh(a12)).clamp(c::<T>(-0.63), T::from(1.26).unwrap()))
                .sin());
        m7 = m7 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::cos((c::<T>(1.5)) + a12.tanh())));
    }
    Float::tanh((c::<T>(0.001)) * ((((x1 + s1) + m7) + a11) + a12))
}

fn p94_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
        s1 = ((k::<D>(0.5)) * s1) + s1.atan();
        s1 = ((k::<D>(0.5)) * s1) + (((x1 - x0) + (((k::<D>(-0.469)).cosh()).powi(-1))).atan());
    }
    for i3 in 1..4 {
        let mut m4 = ((k::<D>(0.5))
            + (((k::<D>(2.0)) + ((k::<D>(i3 as f64)).sin()))
                * ((k::<D>(2.0)) + ((k::<D>(i3 as f64)).sin()))))
        .ln_1p();
        let a5: D =
            (s1.atan() * ((x1 * s1.tanh() + x0).tanh()) + (x0 / ((k::<D>(2.0)) + x1.sin())));
        if x0.asinh().re() < x0.re() {
            break;
        }
        s1 = (((k::<D>(0.7)) * s1)
            + ({
                let t6 = k::<D>(i3 as f64);
                a5
            }))
        .cos();
    }
    let mut m7: D = k::<D>(BETA);
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let a9 = ((((k::<D>(0.5))
            + (((k::<D>(1.0))
                + (p75_d((k::<D>(i8 as f64)).tanh(), m7.sin())
                    * p75_d((k::<D>(i8 as f64)).tanh(), m7.sin())))
                * ((k::<D>(1.0))
                    + (p75_d((k::<D>(i8 as f64)).tanh(), m7.sin())
                        * p75_d((k::<D>(i8 as f64)).tanh(), m7.sin())))))
        .ln_1p())
        .tanh())
        .powi(3);
        let a10 = ((((k::<D>(1.0)) + (m7.tanh() * m7.tanh())).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * m7.sin().sin())).exp()).ln())
        .tanh())
            * ((x0 - s1).sin());
        if i8 < 3 {
            break;
        }
        m7 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((if (((k::<D>(1.1))
                    + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0))))
                    .acosh())
                .re()
                    < ((k::<D>(W[i8])) + a9).re()
                {
                    m7.atan()
                } else {
                    a10 * x0
                })
                .sin()));
        s1 = ((k::<D>(0.5)) * s1)
            + (((((k::<D>(0.2)) * ((k::<D>(1.5)) + a10.tanh()).ln()).exp()) / x0.exp()).cos());
    }
    let a11: D = m7 + m7;
    let a12 = m7;
    for i13 in 2..3 {
        let a11 = (((k::<D>(-1.192)).asinh()).exp()).log2();
        let (u14, w15) = (((k::<D>(1.5)) + s1.tanh()).log2(), (k::<D>(W[i13])).sinh());
        s1 -= dclamp(a11.sin() * a12.tanh(), k::<D>(-0.63), k::<D>(1.26)).sin();
        m7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + a12.tanh()).cos()));
    }
    ((k::<D>(0.001)) * ((((x1 + s1) + m7) + a11) + a12)).tanh()
}

#[differentiable]
fn p95<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let (u2, w3) = (
        {
            let t1 = x1 - x0;
            x2 * x1
        },
        ((c::<T>(1.921)).abs()).exp_m1(),
    );
    let (u4, w5) = (Float::cosh(w3.sin()).tanh(), -x2);
    let a6 = if c::<T>(1.93) >= w3 - w5 {
        T::sin(w3).exp_m1()
    } else {
        x2
    };
    if !({
        let t7 = a6;
        u2
    } >= c::<T>(0.13))
    {
        return x1;
    }
    let (u8, w9) = (
        (-(w5 * x0)).abs(),
        Float::exp(T::from(-1.789).unwrap()).powi(-1).tanh()
            * (((w3 / ((c::<T>(1.0)) + ((c::<T>(-1.67)) * T::from(-1.67).unwrap())))
                / (T::one() + ((w5 - x2) * (w5 - x2))))
                .cos()),
    );
    let mut m10: T = ((c::<T>(0.9))
        * T::tanh(((c::<T>(std::f64::consts::E)) / ((c::<T>(1.0)) + (w5 * w5))).atan()))
    .asin();
    let mut m11 = ((c::<T>(1.0)) + (u4 * u4)).log10();
    (((a6 + u8) + w9) + m10) + m11
}

fn p95_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u2, w3) = (
        {
            let t1 = x1 - x0;
            x2 * x1
        },
        ((k::<D>(1.921)).abs()).exp_m1(),
    );
    let (u4, w5) = (w3.sin().cosh().tanh(), -x2);
    let a6 = if (k::<D>(1.93)).re() >= (w3 - w5).re() {
        w3.sin().exp_m1()
    } else {
        x2
    };
    if !(({
        let t7 = a6;
        u2
    })
    .re()
        >= (k::<D>(0.13)).re())
    {
        return x1;
    }
    let (u8, w9) = (
        (-(w5 * x0)).abs(),
        ((((k::<D>(-1.789)).exp()).powi(-1)).tanh())
            * (((w3 / ((k::<D>(1.0)) + ((k::<D>(-1.67)) * (k::<D>(-1.67)))))
                / ((k::<D>(1.0)) + ((w5 - x2) * (w5 - x2))))
                .cos()),
    );
    let mut m10: D = ((k::<D>(0.9))
        * ((((k::<D>(std::f64::consts::E)) / ((k::<D>(1.0)) + (w5 * w5))).atan()).tanh()))
    .asin();
    let mut m11 = ((k::<D>(1.0)) + (u4 * u4)).log10();
    (((a6 + u8) + w9) + m10) + m11
}

#[differentiable]
fn p96(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = 0.405;
    let a2 = ((-0.5) - x2).atan();
    let mut m3 = x1;
    let a4: f64 = f64::exp(f64::tanh(a2 - x1)).sqrt();
    let a5 = if if x0 >= -0.27 {
        core::f64::consts::PI
    } else {
        1.71
    } <= a4 + x0
    {
        f64::exp_m1(a1.powi(3))
    } else {
        (-m3) / Float::tanh(a1 - a4).cosh()
    };
    let a2: f64 = a1;
    (((a1 + m3) + a4) + a5) + a2
}

fn p96_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = k::<D>(0.405);
    let a2 = ((k::<D>(-0.5)) - x2).atan();
    let mut m3 = x1;
    let a4: D = (((a2 - x1).tanh()).exp()).sqrt();
    let a5 = if (if x0.re() >= (k::<D>(-0.27)).re() {
        k::<D>(core::f64::consts::PI)
    } else {
        k::<D>(1.71)
    })
    .re()
        <= (a4 + x0).re()
    {
        a1.powi(3).exp_m1()
    } else {
        (-m3) / (((a1 - a4).tanh()).cosh())
    };
    let a2: D = a1;
    (((a1 + m3) + a4) + a5) + a2
}

#[differentiable]
fn p97(x0: f64, x1: f64, x2: f64) -> f64 {
    let a2 = if x0 - x1 < (-0.15) * x0 {
        (({
            let t1 = x2;
            x2
        }) * x0)
            - x1.exp_m1()
    } else {
        x2
    };
    let mut s3 = 1.0f64;
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let a5 = x0;
        let a6 = (((0.9 * x0.sin()).atanh()) + a5.exp().log2())
            + Float::recip(1.5 + (((-0.5).atan()).tanh()));
        let (u7, w8) = (f64::powi(1.0 + ((-V[i4]) * (-V[i4])), -1), W[i4]);
        s3 = ((0.7_f64 * s3) + W[i4]).sin();
        s3 -= w8.atan();
    }
    let a9: f64 = ((-x1).trunc()) * ((x0 / (2.0 + f64::sin(a2))) * Float::asinh(-0.654));
    let a2: f64 = (f64::mul_add(-1.86, -1.7_f64, x1) / (1.0 + ((x0 * s3) * (x0 * s3))))
        + a2.cos()
            .sin()
            .tan()
            .mul_add(Float::cos(x0), a9 / (1.5 + x1.tanh()));
    let mut s10 = 0.0;
    for i11 in 1..3 {
        let a12: f64 = if (i11 as f64) >= -0.56_f64 { x2 } else { s10 };
        let mut m13: f64 = ((i11 as f64).atan()).sinh();
        m13 = m13.min(((-x2) + Float::clamp(x1, -1.09, 1.15)).sin());
        s3 -= Float::atan((1.5 + ((a2.tanh() * a12.tanh()).tanh())).sqrt());
    }
    let a14 = s3 - a9;
    s10 += x2.asinh();
    (((s3 + a9) + a2) + s10) + a14
}

fn p97_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a2 = if (x0 - x1).re() < ((k::<D>(-0.15)) * x0).re() {
        (({
            let t1 = x2;
            x2
        }) * x0)
            - x1.exp_m1()
    } else {
        x2
    };
    let mut s3 = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        let a5 = x0;
        let a6 = ((((k::<D>(0.9)) * x0.sin()).atanh()) + a5.exp().log2())
            + (((k::<D>(1.5)) + (((k::<D>(-0.5)).atan()).tanh())).recip());
        let (u7, w8) = (
            ((k::<D>(1.0)) + ((-(k::<D>(V[i4]))) * (-(k::<D>(V[i4]))))).powi(-1),
            k::<D>(W[i4]),
        );
        s3 = (((k::<D>(0.7)) * s3) + (k::<D>(W[i4]))).sin();
        s3 -= w8.atan();
    }
    let a9: D = (k::<D>((-x1).re().trunc()))
        * ((x0 / ((k::<D>(2.0)) + a2.sin())) * ((k::<D>(-0.654)).asinh()));
    let a2: D = (((k::<D>(-1.86)) * (k::<D>(-1.7)) + x1)
        / ((k::<D>(1.0)) + ((x0 * s3) * (x0 * s3))))
        + (a2.cos().sin().tan() * x0.cos() + (a9 / ((k::<D>(1.5)) + x1.tanh())));
    let mut s10 = k::<D>(0.0);
    for i11 in 1..3 {
        let a12: D = if (k::<D>(i11 as f64)).re() >= (k::<D>(-0.56)).re() {
            x2
        } else {
            s10
        };
        let mut m13: D = ((k::<D>(i11 as f64)).atan()).sinh();
        m13 = dmin(m13, ((-x2) + dclamp(x1, k::<D>(-1.09), k::<D>(1.15))).sin());
        s3 -= (((k::<D>(1.5)) + ((a2.tanh() * a12.tanh()).tanh())).sqrt()).atan();
    }
    let a14 = s3 - a9;
    s10 += x2.asinh();
    (((s3 + a9) + a2) + s10) + a14
}

#[differentiable]
fn p98<T: Float + NumAssign>(x0: T, x1: T, nk: usize) -> T {
    let (u1, w2) = (x0 + x0, ((c::<T>(0.9)) * x1.sin()).atanh());
    let mut s3 = T::one();
    for i4 in 1..4 {
        let (u5, w6) = (Float::powf(T::exp(x1), w2.tanh()), T::cos(u1));
        let a7 = T::atan2(
            ((c::<T>(i4 as f64)).cos()).exp(),
            -(T::from(0.5).unwrap() + (u1 * u1)),
        );
        s3 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * (((c::<T>(V[i4])) / (T::one() + ((c::<T>(W[i4])) * (c::<T>(W[i4]))))).sin()));
        s3 = ((c::<T>(0.5)) * s3) + ((w6 * a7).tanh());
    }
    for i8 in 2..3 {
        let mut m9 = (((c::<T>(i8 as f64)).tanh())
            / (T::one() + (((c::<T>(-0.3)) + u1) * ((c::<T>(-0.3)) + u1))))
            .exp();
        let a10 = s3;
        s3 -= Float::sin(((c::<T>(i8 as f64)).hypot(c::<T>(1.0))).powi(-1));
        s3 = s3.min((-m9).sin());
        if (c::<T>(W[i8])).abs() <= c::<T>(-0.31) {
            break;
        }
    }
    let mut s11 = c::<T>(1.0);
    for i12 in 0..nk {
        let a13 = ((-x1) * (c::<T>(0.72)))
            - (Float::sin(T::cos(w2)) * Float::atan(if i12 > 3 { s11 } else { c::<T>(ALPHA) }));
        let a14 = u1;
        let mut m15: T = (((c::<T>(0.9)) * a14.sin()).acos())
            / ((c::<T>(1.5)) + T::sqrt(w2.hypot(c::<T>(1.0))).tanh());
        m15 = ((c::<T>(0.5)) * m15) + ((c::<T>(core::f64::consts::PI)).tanh());
        s11 *= (c::<T>(1.0))
            + ((c::<T>(0.3)) * T::sin((c::<T>(i12 as f64)) + (c::<T>(core::f64::consts::PI))));
    }
    ((c::<T>(0.001)) * ((((x1 + u1) + w2) + s3) * s11)).tanh()
}

fn p98_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let (u1, w2) = (x0 + x0, ((k::<D>(0.9)) * x1.sin()).atanh());
    let mut s3 = k::<D>(1.0);
    for i4 in 1..4 {
        let (u5, w6) = ((w2.tanh() * x1.exp().ln()).exp(), u1.cos());
        let a7 = datan2(
            ((k::<D>(i4 as f64)).cos()).exp(),
            -((k::<D>(0.5)) + (u1 * u1)),
        );
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(V[i4])) / ((k::<D>(1.0)) + ((k::<D>(W[i4])) * (k::<D>(W[i4])))))
                    .sin()));
        s3 = ((k::<D>(0.5)) * s3) + ((w6 * a7).tanh());
    }
    for i8 in 2..3 {
        let mut m9 = (((k::<D>(i8 as f64)).tanh())
            / ((k::<D>(1.0)) + (((k::<D>(-0.3)) + u1) * ((k::<D>(-0.3)) + u1))))
            .exp();
        let a10 = s3;
        s3 -= ((((k::<D>(i8 as f64)) * (k::<D>(i8 as f64)) + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
        .powi(-1))
        .sin();
        s3 = dmin(s3, (-m9).sin());
        if ((k::<D>(W[i8])).abs()).re() <= (k::<D>(-0.31)).re() {
            break;
        }
    }
    let mut s11 = k::<D>(1.0);
    for i12 in 0..nk {
        let a13 = ((-x1) * (k::<D>(0.72)))
            - (w2.cos().sin() * ((if i12 > 3 { s11 } else { k::<D>(ALPHA) }).atan()));
        let a14 = u1;
        let mut m15: D = (((k::<D>(0.9)) * a14.sin()).acos())
            / ((k::<D>(1.5))
                + ((((w2 * w2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()).tanh()));
        m15 = ((k::<D>(0.5)) * m15) + ((k::<D>(core::f64::consts::PI)).tanh());
        s11 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(i12 as f64)) + (k::<D>(core::f64::consts::PI))).sin()));
    }
    ((k::<D>(0.001)) * ((((x1 + u1) + w2) + s3) * s11)).tanh()
}

#[differentiable]
fn p99(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        ((Float::cbrt(1.0 + (1.3 * 1.3)) + (-1.599)).tanh())
            * Float::sin(
                f64::mul_add(std::f64::consts::E.cos(), x1, x2)
                    + ((2.0 + Float::sin(x1)).powf(Float::tanh(1.57))),
            ),
        x1.exp().recip(),
    );
    let (u3, w4) = (((x0 - x0).atan()).cosh(), x2);
    let mut m5 = Float::sqrt(1.0 + (f64::sin(w2) * w2.sin()));
    if x1 - (-0.76) > x1 {
        m5 = m5.min((1.083.cosh() + f64::sqrt(1.0 + (m5 * m5))).tanh());
    } else {
        m5 -= u1.tanh().exp2();
    }
    let a6 = x1;
    (((w2 + u3) + w4) + m5) + a6
}

fn p99_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        (((((k::<D>(1.0)) + ((k::<D>(1.3)) * (k::<D>(1.3)))).cbrt()) + (k::<D>(-1.599))).tanh())
            * (((((k::<D>(std::f64::consts::E)).cos()) * x1 + x2)
                + ((((k::<D>(1.57)).tanh()) * ((k::<D>(2.0)) + x1.sin()).ln()).exp()))
            .sin()),
        x1.exp().recip(),
    );
    let (u3, w4) = (((x0 - x0).atan()).cosh(), x2);
    let mut m5 = ((k::<D>(1.0)) + (w2.sin() * w2.sin())).sqrt();
    if (x1 - (k::<D>(-0.76))).re() > x1.re() {
        m5 = dmin(
            m5,
            (((k::<D>(1.083)).cosh()) + (((k::<D>(1.0)) + (m5 * m5)).sqrt())).tanh(),
        );
    } else {
        m5 -= u1.tanh().exp2();
    }
    let a6 = x1;
    (((w2 + u3) + w4) + m5) + a6
}

#[differentiable]
fn p100<T: Float>(x: &[T]) -> T {
    let a1 = c::<T>(1.306);
    let (u2, w3) = (
        (((if c::<T>(std::f64::consts::E) <= c::<T>(ALPHA) {
            a1
        } else {
            a1
        })
        .abs())
        .sin())
        .tan(),
        a1,
    );
    let a4 = w3;
    let a5 = a1 + a4;
    ((((a1 - u2) - w3) + a4) * a5) + x[5]
}

fn p100_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(1.306);
    let (u2, w3) = (
        (((if (k::<D>(std::f64::consts::E)).re() <= (k::<D>(ALPHA)).re() {
            a1
        } else {
            a1
        })
        .abs())
        .sin())
        .tan(),
        a1,
    );
    let a4 = w3;
    let a5 = a1 + a4;
    ((((a1 - u2) - w3) + a4) * a5) + x[5]
}

#[differentiable]
fn p101<T: Float>(x0: T, x1: T, x2: T) -> T {
    let mut s1 = T::zero();
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut m3: T = x0.atan2((c::<T>(0.5)) + (x0 * x0));
        if s1 - (c::<T>(W[i2])) < s1 {
            continue;
        }
        let a4 = (((-(c::<T>(0.7))).exp2()).atan()).mul_add(((m3 - s1).sin()).powi(1), c::<T>(0.5));
        m3 = ((c::<T>(0.5)) * m3) + a4.cos().mul_add(a4.sin(), c::<T>(i2 as f64)).atan();
        s1 = s1
            * (T::one()
                + (T::from(0.3).unwrap()
                    * ((((c::<T>(-1.17)).cosh())
                        .powf((((c::<T>(1.5)) + ((c::<T>(-1.5)).tanh())).ln()).tanh()))
                    .sin())));
    }
    let mut s5 = c::<T>(0.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let a8 = x1 - (c::<T>(1.367));
            let mut m9 = x2 * T::atan(c::<T>(V[i7]));
            s1 = s1 - ((x2 + T::tan(Float::atan(s1).sin())).atan());
            s5 = s5 - Float::cos(x2.cos().sinh());
            m9 = ((c::<T>(0.5)) * m9) + Float::tanh(s1 - a8);
        }
        let mut s10: T = c::<T>(1.0);
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            let a12 = x0 + s5;
            s5 = s5
                * (T::one()
                    + ((c::<T>(0.3))
                        * ((({
                            let t13 = s10;
                            c::<T>(i6 as f64)
                        }) / ((c::<T>(1.5)) + T::atan(s10).exp2().tanh()))
                        .sin())));
            s1 = s1 / T::hypot(-a12, c::<T>(1.0));
        }
        s5 = (T::from(0.5).unwrap() * s5) + ((c::<T>(V[i6])).cos());
        s5 = s5 + T::sin(x2 - s5.atan().exp());
    }
    let mut m14 = ((c::<T>(2.0)) + Float::sin((c::<T>(1.572)) / Float::cosh(x1))).log10();
    s5 = s5 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * ((x1 + x1).sin())));
    let mut s15 = c::<T>(0.0);
    for i16 in 0..3 {
        let a17 = x0;
        if m14 > x1 {
            continue;
        }
        let (u18, w19) = (s5 - s15, s15);
        let mut s20 = c::<T>(1.0);
        for i21 in 2..6 {
            let a22 = Float::powi(s5.atan2((c::<T>(0.5)) + (x2 * x2)).cos(), 3);
            s1 = s1 + T::powi(s5.hypot(c::<T>(1.0)), 0).cos();
            m14 = m14 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * (((c::<T>(i16 as f64)).asinh()).sin())));
        }
        s5 = s5 + ((((c::<T>(1.5)) + T::tanh(x0)).ln()).cos());
    }
    s15 = T::max(s15, x1);
    T::tanh(T::from(0.001).unwrap() * ((((x2 - s1) + s5) + m14) * s15))
}

fn p101_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut m3: D = datan2(x0, (k::<D>(0.5)) + (x0 * x0));
        if (s1 - (k::<D>(W[i2]))).re() < s1.re() {
            continue;
        }
        let a4 = ((((-(k::<D>(0.7))).exp2()).atan()) * (((m3 - s1).sin()).powi(1)) + (k::<D>(0.5)));
        m3 = ((k::<D>(0.5)) * m3) + ((a4.cos() * a4.sin() + (k::<D>(i2 as f64))).atan());
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((((k::<D>(1.5)) + ((k::<D>(-1.5)).tanh())).ln()).tanh())
                    * ((k::<D>(-1.17)).cosh()).ln())
                .exp())
                .sin()));
    }
    let mut s5 = k::<D>(0.0);
    let mut i6 = 0;
    while i6 < 4 {
        i6 += 1;
        let mut i7 = 0;
        while i7 < 4 {
            i7 += 1;
            let a8 = x1 - (k::<D>(1.367));
            let mut m9 = x2 * ((k::<D>(V[i7])).atan());
            s1 -= (x2 + s1.atan().sin().tan()).atan();
            s5 -= x2.cos().sinh().cos();
            m9 = ((k::<D>(0.5)) * m9) + ((s1 - a8).tanh());
        }
        let mut s10: D = k::<D>(1.0);
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            let a12 = x0 + s5;
            s5 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((({
                        let t13 = s10;
                        k::<D>(i6 as f64)
                    }) / ((k::<D>(1.5)) + s10.atan().exp2().tanh()))
                    .sin()));
            s1 /= ((-a12) * (-a12) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        }
        s5 = ((k::<D>(0.5)) * s5) + ((k::<D>(V[i6])).cos());
        s5 += (x2 - s5.atan().exp()).sin();
    }
    let mut m14 = ((k::<D>(2.0)) + (((k::<D>(1.572)) / x1.cosh()).sin())).log10();
    s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 + x1).sin()));
    let mut s15 = k::<D>(0.0);
    for i16 in 0..3 {
        let a17 = x0;
        if m14.re() > x1.re() {
            continue;
        }
        let (u18, w19) = (s5 - s15, s15);
        let mut s20 = k::<D>(1.0);
        for i21 in 2..6 {
            let a22 = datan2(s5, (k::<D>(0.5)) + (x2 * x2)).cos().powi(3);
            s1 += (((s5 * s5 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0)).cos();
            m14 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(i16 as f64)).asinh()).sin()));
        }
        s5 += (((k::<D>(1.5)) + x0.tanh()).ln()).cos();
    }
    s15 = dmax(s15, x1);
    ((k::<D>(0.001)) * ((((x2 - s1) + s5) + m14) * s15)).tanh()
}

#[differentiable]
fn p102(x: &[f64]) -> f64 {
    let a1 = BETA / (1.0 + ((-1.51) * (-1.51)));
    let a2 = 0.85 / (1.5 + a1.tanh());
    let mut m3 = (a1 + x[0]) - f64::exp_m1(x[0]);
    if x[2] <= a2 / (2.0 + a1.sin()) {
        return a2;
    }
    let a4 = ((-0.5f64) * x[1]).hypot(0.5 + (a1.atan().sinh() * Float::sinh(a1.atan())));
    (((a1 + a2) + m3) + a4) + x[2]
}

fn p102_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(BETA)) / ((k::<D>(1.0)) + ((k::<D>(-1.51)) * (k::<D>(-1.51))));
    let a2 = (k::<D>(0.85)) / ((k::<D>(1.5)) + a1.tanh());
    let mut m3 = (a1 + x[0]) - x[0].exp_m1();
    if x[2].re() <= (a2 / ((k::<D>(2.0)) + a1.sin())).re() {
        return a2;
    }
    let a4 = (((k::<D>(-0.5)) * x[1]) * ((k::<D>(-0.5)) * x[1])
        + ((k::<D>(0.5)) + (a1.atan().sinh() * a1.atan().sinh()))
            * ((k::<D>(0.5)) + (a1.atan().sinh() * a1.atan().sinh())))
    .sqrt();
    (((a1 + a2) + m3) + a4) + x[2]
}

#[differentiable]
fn p103<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = x[1]
        - ((((c::<T>(std::f64::consts::E)).cos()).mul_add((c::<T>(ALPHA)).atan(), x[4]))
            - ((c::<T>(0.8)) / T::cosh(T::from(0.252).unwrap())));
    let a2 = T::powf((c::<T>(2.0)) + x[3].sin(), x[1]);
    let a3 = if x[1].sin() < (c::<T>(1.865)).sin() {
        (((c::<T>(2.0)) + T::from(-1.326).unwrap().tanh().sin())
            .powf(T::cos(((c::<T>(0.9)) * ((c::<T>(-0.8)).sin())).asin())))
        .min(x[4] * ((c::<T>(0.8)).atan2((c::<T>(0.5)) + (a1 * a1))))
    } else {
        T::powi((c::<T>(1.0)) + (T::sin(a1) * a1.sin()), -1)
    };
    let (u4, w5) = (
        ((c::<T>(1.5)) + T::powi(Float::hypot(a2 + a2, T::one()), 0).tanh())
            .powf((-Float::powf((c::<T>(2.0)) + a3.sin(), T::from(0.116).unwrap())).tanh()),
        x[2],
    );
    let mut m6: T = -(a1 + (c::<T>(0.2)));
    let mut s7 = c::<T>(0.0);
    for i8 in 1..=2 {
        let mut s9 = c::<T>(1.0);
        for i10 in x {
            let a11: T = p95(
                x[1].cosh().cos(),
                -x[3],
                ((c::<T>(W[i8]))
                    .atan2(-((c::<T>(0.5)) + ((c::<T>(i8 as f64)) * (c::<T>(i8 as f64))))))
                .cos(),
            );
            s9 *= (c::<T>(1.0)) + (T::from(0.3).unwrap() * Float::asinh(*i10).sin());
        }
        s7 -= (if T::from(-1.9).unwrap() > x[4] || x[2] < c::<T>(W[i8]) {
            c::<T>(-1.5)
        } else {
            x[1]
        })
        .tanh();
        s9 += Float::cos(T::hypot(x[0], T::one()).log10());
    }
    ((((a3 + u4) * w5) + m6) + s7) + x[2]
}

fn p103_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = x[1]
        - ((((k::<D>(std::f64::consts::E)).cos()) * ((k::<D>(ALPHA)).atan()) + x[4])
            - ((k::<D>(0.8)) / ((k::<D>(0.252)).cosh())));
    let a2 = (x[1] * ((k::<D>(2.0)) + x[3].sin()).ln()).exp();
    let a3 = if x[1].sin().re() < ((k::<D>(1.865)).sin()).re() {
        dmin(
            (((((k::<D>(0.9)) * ((k::<D>(-0.8)).sin())).asin()).cos())
                * ((k::<D>(2.0)) + (((k::<D>(-1.326)).tanh()).sin())).ln())
            .exp(),
            x[4] * datan2(k::<D>(0.8), (k::<D>(0.5)) + (a1 * a1)),
        )
    } else {
        ((k::<D>(1.0)) + (a1.sin() * a1.sin())).powi(-1)
    };
    let (u4, w5) = (
        (((-(((k::<D>(0.116)) * ((k::<D>(2.0)) + a3.sin()).ln()).exp())).tanh())
            * ((k::<D>(1.5))
                + (((((a2 + a2) * (a2 + a2) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(0))
                    .tanh()))
            .ln())
        .exp(),
        x[2],
    );
    let mut m6: D = -(a1 + (k::<D>(0.2)));
    let mut s7 = k::<D>(0.0);
    for i8 in 1..=2 {
        let mut s9 = k::<D>(1.0);
        for i10 in x {
            let a11: D = p95_d(
                x[1].cosh().cos(),
                -x[3],
                datan2(
                    k::<D>(W[i8]),
                    -((k::<D>(0.5)) + ((k::<D>(i8 as f64)) * (k::<D>(i8 as f64)))),
                )
                .cos(),
            );
            s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((*i10).asinh()).sin()));
        }
        s7 -= (if (k::<D>(-1.9)).re() > x[4].re() || x[2].re() < (k::<D>(W[i8])).re() {
            k::<D>(-1.5)
        } else {
            x[1]
        })
        .tanh();
        s9 += (((x[0] * x[0] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()).cos();
    }
    ((((a3 + u4) * w5) + m6) + s7) + x[2]
}

#[differentiable]
fn p104(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 1.0_f64;
    for i2 in 0..1 {
        let a3 = -x0;
        for i4 in 1..5 {
            let a5 = (1.0
                + (((2.0 + Float::sin(-(-1.76))).log2()) * ((2.0 + ((-(-1.76)).sin())).log2())))
            .ln();
            let a6 = if s1.sin().sin().tan() >= a3 / (1.0f64 + (V[i2] * V[i2])) {
                a3
            } else {
                Float::cbrt(1.5 + Float::tanh(s1))
            };
            let a8: f64 = Float::sinh(
                ((2.0
                    + Float::sin({
                        let t7 = s1;
                        0.187
                    }))
                .log10())
                .atan(),
            );
            s1 -= 0.4.sin();
            if core::f64::consts::PI >= -0.41 {
                break;
            }
            s1 = s1.max(x2.tanh());
        }
        s1 -= f64::sin(f64::atan((core::f64::consts::PI - x0) + (a3 + x1)));
        s1 += (x0 - W[i2]).cos();
        s1 *= 1.0f64 + (0.3f64 * a3.sin());
    }
    s1 += x1;
    for i9 in 1..4 {
        s1 *= 1.0 + (0.3 * (((2.0f64 + f64::sin(1.02)).ln()).sin()));
        s1 /= 2.0_f64 + W[i9].sin();
    }
    let (u10, w11) = (
        s1 / ((((2.0 + Float::sin(x2 - x2)).log10()).atan()).exp()),
        (1.5 + ((-Float::clamp(x1, -0.15, 1.48)).tanh())).log10(),
    );
    for i12 in 1..5 {
        let (u13, w14) = (Float::tan(u10.tanh().sin()), (i12 as f64));
        s1 = ((0.7 * s1) + (-u13)).tanh();
    }
    (0.001 * ((((x1 + x2) + s1) + u10) + w11)).tanh()
}

fn p104_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..1 {
        let a3 = -x0;
        for i4 in 1..5 {
            let a5 = ((k::<D>(1.0))
                + ((((k::<D>(2.0)) + ((-(k::<D>(-1.76))).sin())).log2())
                    * (((k::<D>(2.0)) + ((-(k::<D>(-1.76))).sin())).log2())))
            .ln();
            let a6 = if s1.sin().sin().tan().re()
                >= (a3 / ((k::<D>(1.0)) + ((k::<D>(V[i2])) * (k::<D>(V[i2]))))).re()
            {
                a3
            } else {
                ((k::<D>(1.5)) + s1.tanh()).cbrt()
            };
            let a8: D = ((((k::<D>(2.0))
                + (({
                    let t7 = s1;
                    k::<D>(0.187)
                })
                .sin()))
            .log10())
            .atan())
            .sinh();
            s1 -= (k::<D>(0.4)).sin();
            if (k::<D>(core::f64::consts::PI)).re() >= (k::<D>(-0.41)).re() {
                break;
            }
            s1 = dmax(s1, x2.tanh());
        }
        s1 -= ((((k::<D>(core::f64::consts::PI)) - x0) + (a3 + x1)).atan()).sin();
        s1 += (x0 - (k::<D>(W[i2]))).cos();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a3.sin());
    }
    s1 += x1;
    for i9 in 1..4 {
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((k::<D>(2.0)) + ((k::<D>(1.02)).sin())).ln()).sin()));
        s1 /= (k::<D>(2.0)) + ((k::<D>(W[i9])).sin());
    }
    let (u10, w11) = (
        s1 / (((((k::<D>(2.0)) + ((x2 - x2).sin())).log10()).atan()).exp()),
        ((k::<D>(1.5)) + ((-dclamp(x1, k::<D>(-0.15), k::<D>(1.48))).tanh())).log10(),
    );
    for i12 in 1..5 {
        let (u13, w14) = (u10.tanh().sin().tan(), k::<D>(i12 as f64));
        s1 = (((k::<D>(0.7)) * s1) + (-u13)).tanh();
    }
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) + u10) + w11)).tanh()
}

#[differentiable]
fn p105(x: [f64; 6], y: f64, nk: usize) -> f64 {
    let (u1, w2) = (y * x[5], 1.1.mul_add(y, y));
    let a3 = f64::sin(0.01).tan();
    let (u5, w6) = (
        ({
            let t4 = u1.atan().cosh();
            x[4].floor() * (-0.8)
        }) / (1.5_f64 + (((0.5 / (1.0 + (u1 * u1))) + (-w2)).tanh())),
        f64::hypot(0.24, 0.5 + (a3 * a3)),
    );
    ((((u1 + w2) * a3) + u5) + w6) * x[4]
}

fn p105_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D, nk: usize) -> D {
    let (u1, w2) = (y * x[5], ((k::<D>(1.1)) * y + y));
    let a3 = ((k::<D>(0.01)).sin()).tan();
    let (u5, w6) = (
        ({
            let t4 = u1.atan().cosh();
            (k::<D>(x[4].re().floor())) * (k::<D>(-0.8))
        }) / ((k::<D>(1.5)) + ((((k::<D>(0.5)) / ((k::<D>(1.0)) + (u1 * u1))) + (-w2)).tanh())),
        ((k::<D>(0.24)) * (k::<D>(0.24))
            + ((k::<D>(0.5)) + (a3 * a3)) * ((k::<D>(0.5)) + (a3 * a3)))
            .sqrt(),
    );
    ((((u1 + w2) * a3) + u5) + w6) * x[4]
}

#[differentiable]
fn p106<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let mut s1 = T::zero();
    for i2 in 1..2 {
        if i2 == 0 {
            continue;
        }
        let a3 = y.mul_add(c::<T>(2.0), y);
        s1 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * T::sin(
                    (x[1] + x[0])
                        * (((c::<T>(1.1))
                            + (((c::<T>(1.5)) + ((c::<T>(1.91)).tanh()))
                                * ((c::<T>(1.5)) + ((c::<T>(1.91)).tanh()))))
                        .acosh()),
                ));
    }
    let a4 = -s1;
    let (u5, w6) = (
        (-Float::atan(a4)).mul_add((x[4] - (s1 + y)).tanh(), a4 - y),
        c::<T>(-1.15),
    );
    if ((c::<T>(1.0)) + (a4.tanh() * T::tanh(a4))).powf(x[1]) <= c::<T>(-0.79) {
        return a4;
    }
    for i7 in 2..5 {
        let a8: T = (c::<T>(1.41)).sin();
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((((c::<T>(0.9)) * w6.tanh()).acos()).sin()));
    }
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let mut s10 = T::from(0.5).unwrap();
        let mut i11 = 0;
        while i11 < 4 {
            i11 += 1;
            s10 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * ((((u5 + a4).cos()).exp()).cos()));
            s1 += (c::<T>(1.54)).atan();
            if i9 < 1 {
                continue;
            }
        }
        s1 -= Float::sinh(c::<T>(-1.58)).tanh();
        if i9 > 3 {
            continue;
        }
        s10 *= (c::<T>(1.0))
            + ((c::<T>(0.3))
                * ((u5.min(u5) / (T::from(1.5).unwrap() + ((c::<T>(1.934)).tanh()))).sin()));
    }
    let mut i12 = 0;
    while i12 < 3 {
        i12 += 1;
        let a13 = T::min(T::asinh(x[4]).atan(), x[1]);
        s1 *= (c::<T>(1.0))
            + (T::from(0.3).unwrap() * ((((u5.tanh() * (c::<T>(i12 as f64))).sin()).exp()).cos()));
        s1 = s1.max(
            (((c::<T>(0.5)) + (((c::<T>(1.789)).cosh()) * Float::cosh(c::<T>(1.789)))).ln_1p())
                .sin(),
        );
    }
    ((c::<T>(0.001)) * (((((y * s1) + a4) + u5) + w6) + x[2])).tanh()
}

fn p106_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 1..2 {
        if i2 == 0 {
            continue;
        }
        let a3 = (y * (k::<D>(2.0)) + y);
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((x[1] + x[0])
                    * (((k::<D>(1.1))
                        + (((k::<D>(1.5)) + ((k::<D>(1.91)).tanh()))
                            * ((k::<D>(1.5)) + ((k::<D>(1.91)).tanh()))))
                    .acosh()))
                .sin()));
    }
    let a4 = -s1;
    let (u5, w6) = (
        ((-a4.atan()) * ((x[4] - (s1 + y)).tanh()) + (a4 - y)),
        k::<D>(-1.15),
    );
    if ((x[1] * ((k::<D>(1.0)) + (a4.tanh() * a4.tanh())).ln()).exp()).re() <= (k::<D>(-0.79)).re()
    {
        return a4;
    }
    for i7 in 2..5 {
        let a8: D = (k::<D>(1.41)).sin();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * w6.tanh()).acos()).sin()));
    }
    let mut i9 = 0;
    while i9 < 3 {
        i9 += 1;
        let mut s10 = k::<D>(0.5);
        let mut i11 = 0;
        while i11 < 4 {
            i11 += 1;
            s10 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((u5 + a4).cos()).exp()).cos()));
            s1 += (k::<D>(1.54)).atan();
            if i9 < 1 {
                continue;
            }
        }
        s1 -= ((k::<D>(-1.58)).sinh()).tanh();
        if i9 > 3 {
            continue;
        }
        s10 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((dmin(u5, u5) / ((k::<D>(1.5)) + ((k::<D>(1.934)).tanh()))).sin()));
    }
    let mut i12 = 0;
    while i12 < 3 {
        i12 += 1;
        let a13 = dmin(x[4].asinh().atan(), x[1]);
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * ((((u5.tanh() * (k::<D>(i12 as f64))).sin()).exp()).cos()));
        s1 = dmax(
            s1,
            (((k::<D>(0.5)) + (((k::<D>(1.789)).cosh()) * ((k::<D>(1.789)).cosh()))).ln_1p()).sin(),
        );
    }
    ((k::<D>(0.001)) * (((((y * s1) + a4) + u5) + w6) + x[2])).tanh()
}

#[differentiable]
fn p107(x0: f64, x1: f64) -> f64 {
    let mut m1: f64 = x0;
    let mut s2: f64 = 1.0;
    for i3 in 0..3 {
        let a4: f64 = (i3 as f64);
        let a5: f64 =
            (0.9 * ((((1.5 + Float::tanh(Float::sin(x0))).powf(a4.sin())).atan()).tanh())).acos();
        let a5 = -Float::atanh(0.9 * a5.atan().tanh());
        m1 = (0.5 * m1) + (((1.0 + (s2.atan() * s2.atan())).powf(Float::sin((i3 as f64)))).sin());
    }
    s2 = (0.5 * s2) + x1;
    for i6 in 2..4 {
        s2 = f64::atan(
            (0.7 * s2)
                + (({
                    let t7 = m1;
                    0.693_f64
                })
                .hypot(
                    0.5 + ((x0 / (1.0 + (m1.sin() * f64::sin(m1))))
                        * (x0 / (1.0 + (m1.sin() * m1.sin())))),
                )),
        );
        let a8 = s2.cosh();
        m1 = (0.5 * m1) + ((x1 * a8).atan());
    }
    let a9 = 0.95_f64;
    (((x0 * x1) + m1) + s2) - a9
}

fn p107_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1: D = x0;
    let mut s2: D = k::<D>(1.0);
    for i3 in 0..3 {
        let a4: D = k::<D>(i3 as f64);
        let a5: D = ((k::<D>(0.9))
            * ((((a4.sin() * ((k::<D>(1.5)) + x0.sin().tanh()).ln()).exp()).atan()).tanh()))
        .acos();
        let a5 = -(((k::<D>(0.9)) * a5.atan().tanh()).atanh());
        m1 = ((k::<D>(0.5)) * m1)
            + (((((k::<D>(i3 as f64)).sin()) * ((k::<D>(1.0)) + (s2.atan() * s2.atan())).ln())
                .exp())
            .sin());
    }
    s2 = ((k::<D>(0.5)) * s2) + x1;
    for i6 in 2..4 {
        s2 = (((k::<D>(0.7)) * s2)
            + ((({
                let t7 = m1;
                k::<D>(0.693)
            }) * ({
                let t7 = m1;
                k::<D>(0.693)
            }) + ((k::<D>(0.5))
                + ((x0 / ((k::<D>(1.0)) + (m1.sin() * m1.sin())))
                    * (x0 / ((k::<D>(1.0)) + (m1.sin() * m1.sin())))))
                * ((k::<D>(0.5))
                    + ((x0 / ((k::<D>(1.0)) + (m1.sin() * m1.sin())))
                        * (x0 / ((k::<D>(1.0)) + (m1.sin() * m1.sin()))))))
            .sqrt()))
        .atan();
        let a8 = s2.cosh();
        m1 = ((k::<D>(0.5)) * m1) + ((x1 * a8).atan());
    }
    let a9 = k::<D>(0.95);
    (((x0 * x1) + m1) + s2) - a9
}

#[differentiable]
fn p108(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut m1: f64 = x1 + x0;
    let a2 = if (0.5 + ((2.0_f64 + Float::sin(-1.8)) * (2.0 + Float::sin(-1.8)))).ln_1p() < 0.37_f64
    {
        Float::sinh(x1.asinh())
    } else {
        m1.cos() * m1.mul_add(x1, x2)
    };
    m1 += Float::acosh(
        1.1_f64
            + ((1.0 + (x0.atan2(-(0.5 + (a2 * a2))) * x0.atan2(-(0.5 + (a2 * a2)))))
                * (1.0 + (x0.atan2(-(0.5 + (a2 * a2))) * Float::atan2(x0, -(0.5 + (a2 * a2)))))),
    );
    for i3 in 0..1 {
        let mut m4 = a2;
        if (1.0 + (m1.cos() * m1.cos())).log(Float::exp(0.5 + (0.4_f64 * Float::tanh(m1).sin())))
            <= 0.9
        {
            continue;
        }
        let a5 = (2.0_f64 + f64::sin(a2.tanh().exp())).powi(-1);
        m4 = (0.5 * m4) + Float::acosh(1.1 + ((2.0 + m4.sin()) * (2.0 + Float::sin(m4)))).atan();
        m4 += f64::atan(W[i3]);
    }
    let a6 = m1;
    let a7: f64 = ((1.0 + (x0 * x0)).cbrt()) * x0;
    (((x2 + m1) + a2) + a6) + a7
}

fn p108_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = x1 + x0;
    let a2 = if (((k::<D>(0.5))
        + (((k::<D>(2.0)) + ((k::<D>(-1.8)).sin())) * ((k::<D>(2.0)) + ((k::<D>(-1.8)).sin()))))
    .ln_1p())
    .re()
        < (k::<D>(0.37)).re()
    {
        x1.asinh().sinh()
    } else {
        m1.cos() * (m1 * x1 + x2)
    };
    m1 += ((k::<D>(1.1))
        + (((k::<D>(1.0))
            + (datan2(x0, -((k::<D>(0.5)) + (a2 * a2)))
                * datan2(x0, -((k::<D>(0.5)) + (a2 * a2)))))
            * ((k::<D>(1.0))
                + (datan2(x0, -((k::<D>(0.5)) + (a2 * a2)))
                    * datan2(x0, -((k::<D>(0.5)) + (a2 * a2)))))))
    .acosh();
    for i3 in 0..1 {
        let mut m4 = a2;
        if (((k::<D>(1.0)) + (m1.cos() * m1.cos())).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * m1.tanh().sin())).exp()).ln())
        .re()
            <= (k::<D>(0.9)).re()
        {
            continue;
        }
        let a5 = ((k::<D>(2.0)) + a2.tanh().exp().sin()).powi(-1);
        m4 = ((k::<D>(0.5)) * m4)
            + ((((k::<D>(1.1)) + (((k::<D>(2.0)) + m4.sin()) * ((k::<D>(2.0)) + m4.sin())))
                .acosh())
            .atan());
        m4 += (k::<D>(W[i3])).atan();
    }
    let a6 = m1;
    let a7: D = (((k::<D>(1.0)) + (x0 * x0)).cbrt()) * x0;
    (((x2 + m1) + a2) + a6) + a7
}

#[differentiable]
fn p109<T>(x0: T, x1: T, x2: T, nk: usize) -> T
where
    T: Float,
{
    let a1: T = x2.atan();
    let mut m2: T = x1 / (((a1 + x0).sin()).exp());
    let a3: T = a1;
    for i4 in 0..nk {
        let a5 = x1.sin().tan().exp2();
        let (u7, w8) = (
            {
                let t6 = ((c::<T>(W[i4])).powi(3)).asinh();
                ((c::<T>(1.5)) + ((t6 + a5).tanh())).recip()
            },
            a5,
        );
        m2 = ((c::<T>(0.5)) * m2) + T::sqrt(m2.hypot(T::one())).tanh();
        m2 = m2 / Float::hypot(x0 + a3, c::<T>(1.0));
    }
    m2 = Float::tanh((T::from(0.7).unwrap() * m2) + x2.atan());
    let (u9, w10) = (T::abs(x1), a1.tanh());
    (((a1 + m2) + a3) - u9) * w10
}

fn p109_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let a1: D = x2.atan();
    let mut m2: D = x1 / (((a1 + x0).sin()).exp());
    let a3: D = a1;
    for i4 in 0..nk {
        let a5 = x1.sin().tan().exp2();
        let (u7, w8) = (
            {
                let t6 = ((k::<D>(W[i4])).powi(3)).asinh();
                ((k::<D>(1.5)) + ((t6 + a5).tanh())).recip()
            },
            a5,
        );
        m2 = ((k::<D>(0.5)) * m2)
            + ((((m2 * m2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt()).tanh());
        m2 /= ((x0 + a3) * (x0 + a3) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    m2 = (((k::<D>(0.7)) * m2) + x2.atan()).tanh();
    let (u9, w10) = (x1.abs(), a1.tanh());
    (((a1 + m2) + a3) - u9) * w10
}

#[differentiable]
fn p110(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = if x0 - 0.224 < -0.2 {
        (1.0 + (((x0 / f64::cosh(x1)) / ((if x2 <= 0.27 { x2 } else { -1.8 }).hypot(1.0)))
            * ((x0 / x1.cosh()) / ((if x2 <= 0.27 { x2 } else { -1.8 }).hypot(1.0)))))
        .powf(((x0 * x0) + f64::sin(x1)).sin())
    } else {
        Float::sin(x2 + x1) * ((BETA + 1.48) - 0.4f64.min(x1))
    };
    let mut m2 =
        (1.9 / ((-(-1.454)).cosh())) + ((0.5 + ((1.0 + (x0 * x0)) * (1.0 + (x0 * x0)))).ln_1p());
    let a3 = -1.951f64;
    let mut s4: f64 = 1.0;
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let mut m6 = f64::mul_add(
            ((0.9 * f64::tanh((i5 as f64))).acos()).sin(),
            (m2 + a3).atan(),
            if x1 <= -0.32 { m2 } else { ALPHA },
        );
        s4 -= Float::atan(-BETA);
        m2 *= 1.0 + (0.3_f64 * f64::hypot(s4, 0.5 + (m2 * m2)).atan().exp().cos());
    }
    let (u7, w8) = (
        Float::sin(ALPHA.cos()).tan().sin().tan(),
        x0 / (2.0 + Float::atanh(0.9 * x0.sin()).sin()),
    );
    let mut s9: f64 = 1.0;
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        s9 *= 1.0 + (0.3 * ((1.5 + Float::atan(m2).cosh().tanh()).cos()));
        let mut i11 = 0;
        while i11 < 3 {
            i11 += 1;
            let a12: f64 = a3;
            let a13 = s4 - s4;
            let a14 = Float::tanh((m2 + w8) - V[i11])
                * Float::powi(1.0 + (x0 * x0), -2).max((-0.451) * x1);
            if i10 > 2 {
                continue;
            }
            s9 -= (a3.trunc() * m2.cos()).sin();
            m2 = (0.5f64 * m2) + ((((0.9 * x0.sin()).atanh()) + (((-1.1).sin()).tan())).cos());
        }
        s4 /= 2.0 + a1.sin();
        m2 -= Float::tanh(a3.sinh());
        s9 *= 1.0 + (0.3 * Float::sin(s9));
    }
    f64::tanh(0.001 * ((((a3 + s4) + u7) - w8) + s9))
}

fn p110_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = if (x0 - (k::<D>(0.224))).re() < (k::<D>(-0.2)).re() {
        ((((x0 * x0) + x1.sin()).sin())
            * ((k::<D>(1.0))
                + (((x0 / x1.cosh())
                    / (((if x2.re() <= (k::<D>(0.27)).re() {
                        x2
                    } else {
                        k::<D>(-1.8)
                    }) * (if x2.re() <= (k::<D>(0.27)).re() {
                        x2
                    } else {
                        k::<D>(-1.8)
                    }) + (k::<D>(1.0)) * (k::<D>(1.0)))
                    .sqrt()))
                    * ((x0 / x1.cosh())
                        / (((if x2.re() <= (k::<D>(0.27)).re() {
                            x2
                        } else {
                            k::<D>(-1.8)
                        }) * (if x2.re() <= (k::<D>(0.27)).re() {
                            x2
                        } else {
                            k::<D>(-1.8)
                        }) + (k::<D>(1.0)) * (k::<D>(1.0)))
                        .sqrt()))))
            .ln())
        .exp()
    } else {
        ((x2 + x1).sin()) * (((k::<D>(BETA)) + (k::<D>(1.48))) - dmin(k::<D>(0.4), x1))
    };
    let mut m2 = ((k::<D>(1.9)) / ((-(k::<D>(-1.454))).cosh()))
        + (((k::<D>(0.5)) + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0)))).ln_1p());
    let a3 = k::<D>(-1.951);
    let mut s4: D = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let mut m6 = (((((k::<D>(0.9)) * ((k::<D>(i5 as f64)).tanh())).acos()).sin())
            * ((m2 + a3).atan())
            + (if x1.re() <= (k::<D>(-0.32)).re() {
                m2
            } else {
                k::<D>(ALPHA)
            }));
        s4 -= (-(k::<D>(BETA))).atan();
        m2 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((s4 * s4 + ((k::<D>(0.5)) + (m2 * m2)) * ((k::<D>(0.5)) + (m2 * m2)))
                    .sqrt())
                .atan())
                .exp())
                .cos()));
    }
    let (u7, w8) = (
        (((((k::<D>(ALPHA)).cos()).sin()).tan()).sin()).tan(),
        x0 / ((k::<D>(2.0)) + ((((k::<D>(0.9)) * x0.sin()).atanh()).sin())),
    );
    let mut s9: D = k::<D>(1.0);
    let mut i10 = 0;
    while i10 < 3 {
        i10 += 1;
        s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + m2.atan().cosh().tanh()).cos()));
        let mut i11 = 0;
        while i11 < 3 {
            i11 += 1;
            let a12: D = a3;
            let a13 = s4 - s4;
            let a14 = (((m2 + w8) - (k::<D>(V[i11]))).tanh())
                * dmax(((k::<D>(1.0)) + (x0 * x0)).powi(-2), (k::<D>(-0.451)) * x1);
            if i10 > 2 {
                continue;
            }
            s9 -= ((k::<D>(a3.re().trunc())) * m2.cos()).sin();
            m2 = ((k::<D>(0.5)) * m2)
                + (((((k::<D>(0.9)) * x0.sin()).atanh()) + (((k::<D>(-1.1)).sin()).tan())).cos());
        }
        s4 /= (k::<D>(2.0)) + a1.sin();
        m2 -= a3.sinh().tanh();
        s9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s9.sin());
    }
    ((k::<D>(0.001)) * ((((a3 + s4) + u7) - w8) + s9)).tanh()
}

#[differentiable]
fn p111(x: [f64; 3]) -> f64 {
    let a1 = core::f64::consts::PI;
    let mut s2 = 0.0;
    for i3 in 0..2 {
        if !(ALPHA >= 0.54) {
            break;
        }
        let a4 = a1;
        let a1 = -0.773;
        s2 /= s2.hypot(1.0_f64);
    }
    let a5 = a1.atan2(-(0.5 + (a1 * a1)));
    s2 = (0.5 * s2)
        + (Float::atan2(a1 * std::f64::consts::E, 0.5f64 + ((a1 - s2) * (a1 - s2))) - x[2]);
    let mut s6 = 0.5;
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        s6 += (-s2).sin();
        let mut m8 = s2;
        let mut s9: f64 = 0.5;
        for i10 in 0..x.len() {
            if i10 % 2 == 0 {
                continue;
            }
            let a11 = (0.5
                + ((1.5 + f64::hypot(x[i10], 0.5 + (x[i10] * x[i10])).tanh())
                    * (1.5 + f64::tanh(x[i10].hypot(0.5 + (x[i10] * x[i10]))))))
            .ln_1p();
            s9 = Float::tanh(
                (0.7 * s9) + ((V[i7] / (1.5 + core::f64::consts::PI.tanh())) + (x[i10] - s9)),
            );
        }
        m8 = (0.5 * m8) + m8.sin();
        s9 = s9.max((-0.46).cos());
    }
    (0.001 * ((((a1 + s2) * a5) + s6) * x[0])).tanh()
}

fn p111_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(core::f64::consts::PI);
    let mut s2 = k::<D>(0.0);
    for i3 in 0..2 {
        if !((k::<D>(ALPHA)).re() >= (k::<D>(0.54)).re()) {
            break;
        }
        let a4 = a1;
        let a1 = k::<D>(-0.773);
        s2 /= (s2 * s2 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
    }
    let a5 = datan2(a1, -((k::<D>(0.5)) + (a1 * a1)));
    s2 = ((k::<D>(0.5)) * s2)
        + (datan2(
            a1 * (k::<D>(std::f64::consts::E)),
            (k::<D>(0.5)) + ((a1 - s2) * (a1 - s2)),
        ) - x[2]);
    let mut s6 = k::<D>(0.5);
    let mut i7 = 0;
    while i7 < 2 {
        i7 += 1;
        s6 += (-s2).sin();
        let mut m8 = s2;
        let mut s9: D = k::<D>(0.5);
        for i10 in 0..x.len() {
            if i10 % 2 == 0 {
                continue;
            }
            let a11 = ((k::<D>(0.5))
                + (((k::<D>(1.5))
                    + (((x[i10] * x[i10]
                        + ((k::<D>(0.5)) + (x[i10] * x[i10]))
                            * ((k::<D>(0.5)) + (x[i10] * x[i10])))
                        .sqrt())
                    .tanh()))
                    * ((k::<D>(1.5))
                        + (((x[i10] * x[i10]
                            + ((k::<D>(0.5)) + (x[i10] * x[i10]))
                                * ((k::<D>(0.5)) + (x[i10] * x[i10])))
                            .sqrt())
                        .tanh()))))
            .ln_1p();
            s9 = (((k::<D>(0.7)) * s9)
                + (((k::<D>(V[i7])) / ((k::<D>(1.5)) + ((k::<D>(core::f64::consts::PI)).tanh())))
                    + (x[i10] - s9)))
                .tanh();
        }
        m8 = ((k::<D>(0.5)) * m8) + m8.sin();
        s9 = dmax(s9, (k::<D>(-0.46)).cos());
    }
    ((k::<D>(0.001)) * ((((a1 + s2) * a5) + s6) * x[0])).tanh()
}

#[differentiable]
fn p112(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u2, w3) = (f64::ceil(x1 + (-1.24f64)) * (x1 * x2), {
        let t1 = ALPHA / f64::atan(ALPHA).cosh();
        std::f64::consts::E * (-0.8_f64)
    });
    let a4: f64 = (0.9 * x2.sin()).acos();
    let (u5, w6) = (x1.powi(2), x1 + w3);
    let mut m7 = (w3 * w6) * ((-0.3) + 1.0);
    let mut m8: f64 = ((1.0 + (x1 * x1)).powf(u5.cos())) + a4.tanh();
    (((a4 + u5) + w6) + m7) + m8
}

fn p112_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u2, w3) = ((k::<D>((x1 + (k::<D>(-1.24))).re().ceil())) * (x1 * x2), {
        let t1 = (k::<D>(ALPHA)) / (((k::<D>(ALPHA)).atan()).cosh());
        (k::<D>(std::f64::consts::E)) * (k::<D>(-0.8))
    });
    let a4: D = ((k::<D>(0.9)) * x2.sin()).acos();
    let (u5, w6) = (x1.powi(2), x1 + w3);
    let mut m7 = (w3 * w6) * ((k::<D>(-0.3)) + (k::<D>(1.0)));
    let mut m8: D = ((u5.cos() * ((k::<D>(1.0)) + (x1 * x1)).ln()).exp()) + a4.tanh();
    (((a4 + u5) + w6) + m7) + m8
}

#[differentiable]
fn p113<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let a1 = if (c::<T>(-0.2)) / ((c::<T>(1.0)) + (x0 * x0)) <= c::<T>(0.72) && c::<T>(0.3) >= x0 {
        (x1 / ((c::<T>(2.0)) + T::from(0.1).unwrap().sin())).exp2()
    } else {
        (((c::<T>(1.0)) + (x0 * x0)).log2()).asinh()
    };
    let (u2, w3) = (a1 * x0, x0.cos());
    let a4: T = Float::powi((c::<T>(BETA)).tanh(), 1);
    let a5: T = (if w3 < x1 { x1 } else { c::<T>(-0.57) })
        - Float::acosh((c::<T>(1.1)) + (T::cos(u2).cosh() * u2.cos().cosh()));
    let mut s6 = T::one();
    for i7 in 2..4 {
        let a8 = T::tanh(Float::mul_add(
            p77(x1, x0),
            Float::ln(T::exp(c::<T>(0.742))).atan(),
            -w3,
        ));
        s6 = T::sin(((c::<T>(0.7)) * s6) + p75(x0, w3.cos()).mul_add(w3.max(w3), x0 + x1));
        if i7 >= 4 {
            break;
        }
    }
    (((u2 + w3) + a4) + a5) + s6
}

fn p113_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = if ((k::<D>(-0.2)) / ((k::<D>(1.0)) + (x0 * x0))).re() <= (k::<D>(0.72)).re()
        && (k::<D>(0.3)).re() >= x0.re()
    {
        (x1 / ((k::<D>(2.0)) + ((k::<D>(0.1)).sin()))).exp2()
    } else {
        (((k::<D>(1.0)) + (x0 * x0)).log2()).asinh()
    };
    let (u2, w3) = (a1 * x0, x0.cos());
    let a4: D = ((k::<D>(BETA)).tanh()).powi(1);
    let a5: D = (if w3.re() < x1.re() { x1 } else { k::<D>(-0.57) })
        - (((k::<D>(1.1)) + (u2.cos().cosh() * u2.cos().cosh())).acosh());
    let mut s6 = k::<D>(1.0);
    for i7 in 2..4 {
        let a8 = (p77_d(x1, x0) * ((((k::<D>(0.742)).exp()).ln()).atan()) + (-w3)).tanh();
        s6 = (((k::<D>(0.7)) * s6) + (p75_d(x0, w3.cos()) * dmax(w3, w3) + (x0 + x1))).sin();
        if i7 >= 4 {
            break;
        }
    }
    (((u2 + w3) + a4) + a5) + s6
}

#[differentiable]
fn p114(x0: f64, x1: f64) -> f64 {
    let (u2, w3) = (
        (f64::round(x0 + x1) * f64::mul_add(-0.827, x1, x0))
            - ((1.0 + (((1.0f64 + (x0 * x0)).log2()) * ((1.0f64 + (x0 * x0)).log2()))).sqrt()),
        (({
            let t1 = x1;
            t1
        }) + 0.5)
            + (((x0 + (-1.331)).sin()).tan()),
    );
    let mut s4: f64 = 1.0_f64;
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        if w3.clamp(-0.99f64, 0.27) < w3 / s4.sin().exp() {
            s4 *= 1.0
                + (0.3
                    * f64::sin(
                        (2.0_f64 + Float::sin((x1 + x0) / (1.5 + ((0.99 - (-0.1)).tanh())))).log2(),
                    ));
        } else {
            s4 -= ((Float::cosh(u2.atan()).ln().atan() * ((-u2).cos())) - x0.exp2().cos().powi(3))
                .atan();
        }
        s4 = f64::atan(
            (0.7 * s4)
                + ((1.1
                    + ((((2.0 + x1.sin()).powi(0)).exp()) * (((2.0 + x1.sin()).powi(0)).exp())))
                .acosh()),
        );
        s4 /= 2.0_f64 + Float::sin(s4);
    }
    if x1.sinh() > -0.08 {
        s4 *= 1.0f64
            + (0.3
                * (({
                    let t7 = (({
                        let t6 = 1.29f64;
                        x0
                    })
                    .exp())
                    .log2();
                    u2
                })
                .sin()));
    }
    if s4 < 0.62 || x1 < -0.04_f64 {
        s4 = f64::min(
            s4,
            (((-0.77).cosh()) * Float::atan2(s4, -(0.5_f64 + ((-0.249_f64) * (-0.249))))).cos(),
        );
    } else {
        s4 -= x1;
    }
    let mut m8: f64 = s4.cos() * u2.tanh();
    if !(Float::tan(f64::sin(Float::sin(s4))) <= 0.0_f64) {
        s4 -= {
            let t9 = s4;
            x0.exp()
        };
    }
    (((x1 + u2) + w3) + s4) + m8
}

fn p114_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u2, w3) = (
        ((k::<D>((x0 + x1).re().round())) * ((k::<D>(-0.827)) * x1 + x0))
            - (((k::<D>(1.0))
                + ((((k::<D>(1.0)) + (x0 * x0)).log2()) * (((k::<D>(1.0)) + (x0 * x0)).log2())))
            .sqrt()),
        (({
            let t1 = x1;
            t1
        }) + (k::<D>(0.5)))
            + (((x0 + (k::<D>(-1.331))).sin()).tan()),
    );
    let mut s4: D = k::<D>(1.0);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        if dclamp(w3, k::<D>(-0.99), k::<D>(0.27)).re() < (w3 / s4.sin().exp()).re() {
            s4 *= (k::<D>(1.0))
                + ((k::<D>(0.3))
                    * ((((k::<D>(2.0))
                        + (((x1 + x0)
                            / ((k::<D>(1.5)) + (((k::<D>(0.99)) - (k::<D>(-0.1))).tanh())))
                        .sin()))
                    .log2())
                    .sin()));
        } else {
            s4 -= ((u2.atan().cosh().ln().atan() * ((-u2).cos())) - x0.exp2().cos().powi(3)).atan();
        }
        s4 = (((k::<D>(0.7)) * s4)
            + (((k::<D>(1.1))
                + (((((k::<D>(2.0)) + x1.sin()).powi(0)).exp())
                    * ((((k::<D>(2.0)) + x1.sin()).powi(0)).exp())))
            .acosh()))
        .atan();
        s4 /= (k::<D>(2.0)) + s4.sin();
    }
    if x1.sinh().re() > (k::<D>(-0.08)).re() {
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (({
                    let t7 = (({
                        let t6 = k::<D>(1.29);
                        x0
                    })
                    .exp())
                    .log2();
                    u2
                })
                .sin()));
    }
    if s4.re() < (k::<D>(0.62)).re() || x1.re() < (k::<D>(-0.04)).re() {
        s4 = dmin(
            s4,
            (((k::<D>(-0.77)).cosh())
                * datan2(s4, -((k::<D>(0.5)) + ((k::<D>(-0.249)) * (k::<D>(-0.249))))))
            .cos(),
        );
    } else {
        s4 -= x1;
    }
    let mut m8: D = s4.cos() * u2.tanh();
    if !(s4.sin().sin().tan().re() <= (k::<D>(0.0)).re()) {
        s4 -= {
            let t9 = s4;
            x0.exp()
        };
    }
    (((x1 + u2) + w3) + s4) + m8
}

#[differentiable]
fn p115(x: &[f64]) -> f64 {
    let a1 = ((-0.4).exp()).powf(std::f64::consts::E.atan());
    let a1 = -a1;
    let (u2, w3) = (
        1.67.cos() * a1.sin(),
        (0.9_f64 * ((-1.231_f64).sin())).acos(),
    );
    let mut s4: f64 = 0.5;
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let u2 = ((((1.5 + 1.47_f64.tanh()).powf(w3.cos())) - s4).cos()).exp_m1();
        s4 = (0.5 * s4) + ((u2 - s4).atan());
    }
    let mut m6 = f64::powf(w3.hypot(1.0), a1.atan());
    ((((a1 + u2) + w3) + s4) + m6) + x[2]
}

fn p115_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (((k::<D>(std::f64::consts::E)).atan()) * ((k::<D>(-0.4)).exp()).ln()).exp();
    let a1 = -a1;
    let (u2, w3) = (
        ((k::<D>(1.67)).cos()) * a1.sin(),
        ((k::<D>(0.9)) * ((k::<D>(-1.231)).sin())).acos(),
    );
    let mut s4: D = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let u2 = ((((w3.cos() * ((k::<D>(1.5)) + ((k::<D>(1.47)).tanh())).ln()).exp()) - s4).cos())
            .exp_m1();
        s4 = ((k::<D>(0.5)) * s4) + ((u2 - s4).atan());
    }
    let mut m6 = (a1.atan() * ((w3 * w3 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp();
    ((((a1 + u2) + w3) + s4) + m6) + x[2]
}

#[differentiable]
fn p116(x0: f64, x1: f64) -> f64 {
    let (u1, w2) = (
        1.2 + (x1.floor() * std::f64::consts::E.tanh()),
        x1.asinh() + x1,
    );
    let mut s3 = 0.5;
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut m6 = w2
            + ({
                let t5 = u1;
                u1
            });
        m6 = (0.5 * m6) + ((((i4 as f64) - x1) + x1.atan()).tanh());
        let mut s7: f64 = 1.0;
        let mut i8 = 0;
        while i8 < 2 {
            i8 += 1;
            let mut m9 = s3.abs();
            m9 += ((1.0 + (((-0.94_f64) * s7.sin()) * ((-0.94) * s7.sin()))).ln()).cos();
            let a10: f64 = (1.0 + (((s7 + s3).sin()) * ((s7 + s3).sin()))).ln();
            m6 *= 1.0 + (0.3_f64 * ((1.5 + f64::tanh((i8 as f64))).cos()));
            m9 *= 1.0 + (0.3_f64 * ((a10 * a10).sin()));
        }
        if f64::log2(f64::cosh((i4 as f64).atan())) < 0.87_f64 {
            continue;
        }
        s7 += (-1.5).cos();
    }
    let mut i11 = 0;
    while i11 < 1 {
        i11 += 1;
        let a12 = -x1;
        s3 -= ((1.5 + u1.tanh()).log10()).tanh();
        s3 *= 1.0
            + (0.3
                * f64::cosh(((1.0 + ((-0.028f64) * (-0.028))).powf(s3.tanh())).atan())
                    .powi(0)
                    .sin());
        s3 -= Float::cos((1.0 + (V[i11] * V[i11])).powi(-2));
    }
    for i13 in 1..4 {
        s3 += s3.tanh();
        s3 += u1.min(u1).atan();
    }
    s3 = (0.5 * s3) + f64::cosh(f64::sin(u1)).log((0.5 + (0.4 * x1.sin())).exp());
    (0.001 * ((((x0 + x1) + u1) + w2) + s3)).tanh()
}

fn p116_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        (k::<D>(1.2)) + ((k::<D>(x1.re().floor())) * ((k::<D>(std::f64::consts::E)).tanh())),
        x1.asinh() + x1,
    );
    let mut s3 = k::<D>(0.5);
    let mut i4 = 0;
    while i4 < 4 {
        i4 += 1;
        let mut m6 = w2
            + ({
                let t5 = u1;
                u1
            });
        m6 = ((k::<D>(0.5)) * m6) + ((((k::<D>(i4 as f64)) - x1) + x1.atan()).tanh());
        let mut s7: D = k::<D>(1.0);
        let mut i8 = 0;
        while i8 < 2 {
            i8 += 1;
            let mut m9 = s3.abs();
            m9 += (((k::<D>(1.0)) + (((k::<D>(-0.94)) * s7.sin()) * ((k::<D>(-0.94)) * s7.sin())))
                .ln())
            .cos();
            let a10: D = ((k::<D>(1.0)) + (((s7 + s3).sin()) * ((s7 + s3).sin()))).ln();
            m6 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(i8 as f64)).tanh())).cos()));
            m9 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a10 * a10).sin()));
        }
        if ((((k::<D>(i4 as f64)).atan()).cosh()).log2()).re() < (k::<D>(0.87)).re() {
            continue;
        }
        s7 += (k::<D>(-1.5)).cos();
    }
    let mut i11 = 0;
    while i11 < 1 {
        i11 += 1;
        let a12 = -x1;
        s3 -= (((k::<D>(1.5)) + u1.tanh()).log10()).tanh();
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((s3.tanh()
                    * ((k::<D>(1.0)) + ((k::<D>(-0.028)) * (k::<D>(-0.028)))).ln())
                .exp())
                .atan())
                .cosh())
                .powi(0))
                .sin()));
        s3 -= (((k::<D>(1.0)) + ((k::<D>(V[i11])) * (k::<D>(V[i11])))).powi(-2)).cos();
    }
    for i13 in 1..4 {
        s3 += s3.tanh();
        s3 += dmin(u1, u1).atan();
    }
    s3 = ((k::<D>(0.5)) * s3)
        + (u1.sin().cosh().ln() / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x1.sin())).exp()).ln());
    ((k::<D>(0.001)) * ((((x0 + x1) + u1) + w2) + s3)).tanh()
}

#[differentiable]
fn p117(x: &[f64]) -> f64 {
    let a1 = ALPHA / (2.0 + core::f64::consts::PI.sin());
    let a2 = if x[2].abs() <= 0.84 {
        (-1.34) * core::f64::consts::PI
    } else {
        f64::tanh(a1).cosh() + 0.1f64
    };
    let a3 = a2;
    let mut s4 = 0.0;
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        s4 /= 1.0 + (a2.tanh() * a2.tanh());
        let a6 = if i5 < 0 {
            x[2] - f64::mul_add(
                x[2],
                Float::cos(std::f64::consts::E * a1),
                Float::ln(1.0 + (x[0] * x[0])),
            )
        } else {
            f64::sinh(s4.sin())
        };
        let mut m7: f64 = Float::atan(x[0] + core::f64::consts::PI).mul_add(
            a1.cos().powi(3).asinh(),
            p110(
                f64::sin(x[1]).cos(),
                (a3 * (-0.472)).atan(),
                Float::tanh(std::f64::consts::E - a1),
            ),
        );
        m7 += Float::sin(m7).clamp(-0.84, 0.39_f64).cos();
    }
    (((a1 + a2) + a3) + s4) + x[0]
}

fn p117_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>(ALPHA)) / ((k::<D>(2.0)) + ((k::<D>(core::f64::consts::PI)).sin()));
    let a2 = if x[2].abs().re() <= (k::<D>(0.84)).re() {
        (k::<D>(-1.34)) * (k::<D>(core::f64::consts::PI))
    } else {
        a1.tanh().cosh() + (k::<D>(0.1))
    };
    let a3 = a2;
    let mut s4 = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 1 {
        i5 += 1;
        s4 /= (k::<D>(1.0)) + (a2.tanh() * a2.tanh());
        let a6 = if i5 < 0 {
            x[2] - (x[2] * (((k::<D>(std::f64::consts::E)) * a1).cos())
                + (((k::<D>(1.0)) + (x[0] * x[0])).ln()))
        } else {
            s4.sin().sinh()
        };
        let mut m7: D = (((x[0] + (k::<D>(core::f64::consts::PI))).atan())
            * a1.cos().powi(3).asinh()
            + p110_d(
                x[1].sin().cos(),
                (a3 * (k::<D>(-0.472))).atan(),
                ((k::<D>(std::f64::consts::E)) - a1).tanh(),
            ));
        m7 += dclamp(m7.sin(), k::<D>(-0.84), k::<D>(0.39)).cos();
    }
    (((a1 + a2) + a3) + s4) + x[0]
}

#[differentiable]
fn p118(x: &[f64]) -> f64 {
    let a1 = f64::cos(std::f64::consts::E).exp_m1();
    let a2 = if (1.0_f64 + (x[1] * x[1])).powi(-2) <= x[2].cos() {
        -1.818
    } else {
        a1
    };
    let a3 = (((0.374 * a1) + (-1.063)).tanh()).exp_m1();
    let mut m4 = ((x[1] - a2).tanh()).exp_m1();
    let a5 = x[1].cosh().powi(-1) * f64::cosh(f64::atan(m4));
    ((((a1 + a2) + a3) * m4) + a5) + x[1]
}

fn p118_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = ((k::<D>(std::f64::consts::E)).cos()).exp_m1();
    let a2 = if (((k::<D>(1.0)) + (x[1] * x[1])).powi(-2)).re() <= x[2].cos().re() {
        k::<D>(-1.818)
    } else {
        a1
    };
    let a3 = ((((k::<D>(0.374)) * a1) + (k::<D>(-1.063))).tanh()).exp_m1();
    let mut m4 = ((x[1] - a2).tanh()).exp_m1();
    let a5 = x[1].cosh().powi(-1) * m4.atan().cosh();
    ((((a1 + a2) + a3) * m4) + a5) + x[1]
}

#[differentiable]
fn p119(x: &[f64], y: f64) -> f64 {
    let a1 = ((x[3] + y) * (x[3] + x[1])) / 1.2.exp();
    let mut m2 = (((y * x[1]) - x[0]).atan()).sinh();
    let mut s3: f64 = 1.0;
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let a6 = (0.9 * a1.sin().sin()).asin();
            let a7 = (1.0 + (s3.atan() * s3.atan())).ln();
            m2 *= 1.0 + (0.3 * (((i5 as f64) / (1.0 + (a7 * a7))).sin()));
            if -x[2] > -0.35f64 {
                break;
            }
        }
        let a9 = {
            let t8 = BETA;
            x[3]
        };
        let a10 = f64::atan2(x[0], 0.5f64 + (x[0] * x[0])).cos().exp2();
        if !(p87(a1.sin(), m2.cos()) <= -0.24f64) {
            continue;
        }
        m2 *= 1.0 + (0.3 * Float::tan(1.76.sin()).sin());
    }
    (0.001_f64 * ((((y + a1) + m2) + s3) * x[1])).tanh()
}

fn p119_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = ((x[3] + y) * (x[3] + x[1])) / ((k::<D>(1.2)).exp());
    let mut m2 = (((y * x[1]) - x[0]).atan()).sinh();
    let mut s3: D = k::<D>(1.0);
    let mut i4 = 0;
    while i4 < 2 {
        i4 += 1;
        let mut i5 = 0;
        while i5 < 4 {
            i5 += 1;
            let a6 = ((k::<D>(0.9)) * a1.sin().sin()).asin();
            let a7 = ((k::<D>(1.0)) + (s3.atan() * s3.atan())).ln();
            m2 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * (((k::<D>(i5 as f64)) / ((k::<D>(1.0)) + (a7 * a7))).sin()));
            if (-x[2]).re() > (k::<D>(-0.35)).re() {
                break;
            }
        }
        let a9 = {
            let t8 = k::<D>(BETA);
            x[3]
        };
        let a10 = datan2(x[0], (k::<D>(0.5)) + (x[0] * x[0])).cos().exp2();
        if !(p87_d(a1.sin(), m2.cos()).re() <= (k::<D>(-0.24)).re()) {
            continue;
        }
        m2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((((k::<D>(1.76)).sin()).tan()).sin()));
    }
    ((k::<D>(0.001)) * ((((y + a1) + m2) + s3) * x[1])).tanh()
}

#[differentiable]
fn p120(x0: f64, x1: f64) -> f64 {
    let a1 = (((-0.05f64).max(x1)) + 1.785f64).sin();
    let a2 = if x1 + 1.5f64 <= Float::atan2(x1, 0.5 + (x0 * x0)) {
        ALPHA + a1
    } else {
        (f64::asin(0.9 * x0.tanh()) / f64::atan2(x1, -(0.5 + (a1 * a1))).sin().exp())
            * (-((-0.4) / (1.0 + (a1 * a1))))
    };
    let a3 = if x1 + x1 >= 0.98 {
        x0
    } else {
        f64::exp(a1).log10()
    };
    let a4 = core::f64::consts::PI;
    let (u5, w6) = (
        (-1.6f64)
            * (((1.0 + (x0 * x0)).powi(-1)).atan2(
                -(0.5
                    + ((if BETA <= 0.86 { a3 } else { a3 })
                        * (if BETA <= 0.86 { a3 } else { a3 }))),
            )),
        x1,
    );
    let mut s7: f64 = 1.0;
    let mut i8 = 0;
    while i8 < 3 {
        i8 += 1;
        let a9 = (0.9 * f64::tanh(w6)).asin();
        if a3 * (-1.547) < 0.2 {
            s7 *= 1.0 + (0.3_f64 * f64::cos(1.5 + ((-1.68).tanh())));
        } else {
            s7 = (0.5_f64 * s7) + ((core::f64::consts::PI * 0.79).atan());
        }
        if i8 <= 2 {
            break;
        }
        let mut i10 = 0;
        while i10 < 2 {
            i10 += 1;
            let a11 = ((((-0.57) / a3.cos().exp()) - (w6 / x1.hypot(1.0f64))).hypot(1.0)).sqrt();
            if -a2 > -0.06f64 {
                s7 = f64::cos((0.7 * s7) + (a2 + (-1.588)));
            } else {
                s7 += (a3 - W[i8]).cos();
            }
            s7 *= 1.0 + (0.3 * a4.tanh().sin());
            s7 *= 1.0 + (0.3 * (((0.9f64 * (((u5 - a3).cos()).sin())).atanh()).sin()));
        }
        s7 = s7.max((w6 - (-1.05)).tanh());
        s7 *= 1.0 + (0.3 * f64::sinh(x1).sin());
    }
    let mut s12 = 0.5;
    let mut i13 = 0;
    while i13 < 3 {
        i13 += 1;
        if x0 > s7 - a4 {
            break;
        }
        let a14 = a1 + s7;
        s7 += Float::tanh(s12);
        s12 *= 1.0_f64 + (0.3_f64 * u5.sin());
    }
    (((a4 + u5) + w6) * s7) + s12
}

fn p120_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = (dmax(k::<D>(-0.05), x1) + (k::<D>(1.785))).sin();
    let a2 = if (x1 + (k::<D>(1.5))).re() <= datan2(x1, (k::<D>(0.5)) + (x0 * x0)).re() {
        (k::<D>(ALPHA)) + a1
    } else {
        ((((k::<D>(0.9)) * x0.tanh()).asin())
            / datan2(x1, -((k::<D>(0.5)) + (a1 * a1))).sin().exp())
            * (-((k::<D>(-0.4)) / ((k::<D>(1.0)) + (a1 * a1))))
    };
    let a3 = if (x1 + x1).re() >= (k::<D>(0.98)).re() {
        x0
    } else {
        a1.exp().log10()
    };
    let a4 = k::<D>(core::f64::consts::PI);
    let (u5, w6) = (
        (k::<D>(-1.6))
            * datan2(
                ((k::<D>(1.0)) + (x0 * x0)).powi(-1),
                -((k::<D>(0.5))
                    + ((if (k::<D>(BETA)).re() <= (k::<D>(0.86)).re() {
                        a3
                    } else {
                        a3
                    }) * (if (k::<D>(BETA)).re() <= (k::<D>(0.86)).re() {
                        a3
                    } else {
                        a3
                    }))),
            ),
        x1,
    );
    let mut s7: D = k::<D>(1.0);
    let mut i8 = 0;
    while i8 < 3 {
        i8 += 1;
        let a9 = ((k::<D>(0.9)) * w6.tanh()).asin();
        if (a3 * (k::<D>(-1.547))).re() < (k::<D>(0.2)).re() {
            s7 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(-1.68)).tanh())).cos()));
        } else {
            s7 = ((k::<D>(0.5)) * s7) + (((k::<D>(core::f64::consts::PI)) * (k::<D>(0.79))).atan());
        }
        if i8 <= 2 {
            break;
        }
        let mut i10 = 0;
        while i10 < 2 {
            i10 += 1;
            let a11 = (((((k::<D>(-0.57)) / a3.cos().exp())
                - (w6 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                * (((k::<D>(-0.57)) / a3.cos().exp())
                    - (w6 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .sqrt();
            if (-a2).re() > (k::<D>(-0.06)).re() {
                s7 = (((k::<D>(0.7)) * s7) + (a2 + (k::<D>(-1.588)))).cos();
            } else {
                s7 += (a3 - (k::<D>(W[i8]))).cos();
            }
            s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a4.tanh().sin());
            s7 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * ((((k::<D>(0.9)) * (((u5 - a3).cos()).sin())).atanh()).sin()));
        }
        s7 = dmax(s7, (w6 - (k::<D>(-1.05))).tanh());
        s7 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sinh().sin());
    }
    let mut s12 = k::<D>(0.5);
    let mut i13 = 0;
    while i13 < 3 {
        i13 += 1;
        if x0.re() > (s7 - a4).re() {
            break;
        }
        let a14 = a1 + s7;
        s7 += s12.tanh();
        s12 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * u5.sin());
    }
    (((a4 + u5) + w6) * s7) + s12
}

#[differentiable]
fn p121<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float + NumAssign,
{
    let (u1, w2) = ((c::<T>(0.8)) * x1, x2 + x1);
    let mut s3: T = c::<T>(0.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = T::sin(Float::sin(x0.asinh() - (s3 / ((c::<T>(2.0)) + s3.sin())))).tan();
        s3 = ((c::<T>(0.5)) * s3) + x1.sin();
    }
    let mut s6 = c::<T>(0.0);
    for i7 in 2..5 {
        let a8 = s3.sin().mul_add(
            (((c::<T>(0.9)) * w2.sin().sin()).asin()).tanh(),
            ((c::<T>(1.5)) + ((((c::<T>(1.5)) + x2.tanh()).powf(x2)).tanh())).log10(),
        );
        let w2 = w2;
        for i9 in 1..2 {
            let mut m10 = u1;
            let a11 = if i9 < 1 {
                p77(x0, T::sin(-T::cos(s3).sinh()))
            } else {
                ((c::<T>(0.9)) * ((T::atan(s3) * m10.mul_add(c::<T>(W[i7]), s3).tanh()).tanh()))
                    .asin()
            };
            m10 = m10.max(T::tanh(u1));
            s6 += u1.sin();
        }
        s3 -= T::sin(T::tanh(s3).mul_add((c::<T>(ALPHA)).tanh(), x2).abs());
        s3 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(s3).exp().cbrt().tanh().sin());
    }
    let a12 = w2 * x2;
    s6 += T::sin((c::<T>(1.75)) + (c::<T>(-0.96))) * ((w2 + s3).tanh());
    (T::from(0.001).unwrap() * ((((u1 + w2) + s3) - s6) + a12)).tanh()
}

fn p121_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = ((k::<D>(0.8)) * x1, x2 + x1);
    let mut s3: D = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = (((x0.asinh() - (s3 / ((k::<D>(2.0)) + s3.sin()))).sin()).sin()).tan();
        s3 = ((k::<D>(0.5)) * s3) + x1.sin();
    }
    let mut s6 = k::<D>(0.0);
    for i7 in 2..5 {
        let a8 = (s3.sin() * ((((k::<D>(0.9)) * w2.sin().sin()).asin()).tanh())
            + (((k::<D>(1.5)) + (((x2 * ((k::<D>(1.5)) + x2.tanh()).ln()).exp()).tanh())).log10()));
        let w2 = w2;
        for i9 in 1..2 {
            let mut m10 = u1;
            let a11 = if i9 < 1 {
                p77_d(x0, (-s3.cos().sinh()).sin())
            } else {
                ((k::<D>(0.9)) * ((s3.atan() * ((m10 * (k::<D>(W[i7])) + s3).tanh())).tanh()))
                    .asin()
            };
            m10 = dmax(m10, u1.tanh());
            s6 += u1.sin();
        }
        s3 -= ((s3.tanh() * ((k::<D>(ALPHA)).tanh()) + x2).abs()).sin();
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s3.sin().exp().cbrt().tanh().sin());
    }
    let a12 = w2 * x2;
    s6 += (((k::<D>(1.75)) + (k::<D>(-0.96))).sin()) * ((w2 + s3).tanh());
    ((k::<D>(0.001)) * ((((u1 + w2) + s3) - s6) + a12)).tanh()
}

#[differentiable]
fn p122(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1: f64 = Float::abs(x1);
    let a2 = if a1 + a1 <= a1 * x1 {
        (1.3f64.exp().powf(x2) + x1) / f64::sin(f64::abs((0.9_f64 * x0.sin()).asin())).cosh()
    } else {
        -((ALPHA - (-0.655)).min(x1.powi(1)))
    };
    let (u3, w4) = (
        f64::exp(a1).ln() + x0.cos(),
        p101(Float::sin(a2 / Float::exp(x2)), 0.3, a1 / (1.0 + (a1 * a1))),
    );
    let mut m5 = a2 + x0;
    (((a1 + a2) + u3) + w4) + m5
}

fn p122_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1: D = x1.abs();
    let a2 = if (a1 + a1).re() <= (a1 * x1).re() {
        (((x2 * ((k::<D>(1.3)).exp()).ln()).exp()) + x1)
            / ((((((k::<D>(0.9)) * x0.sin()).asin()).abs()).sin()).cosh())
    } else {
        -dmin((k::<D>(ALPHA)) - (k::<D>(-0.655)), x1.powi(1))
    };
    let (u3, w4) = (
        a1.exp().ln() + x0.cos(),
        p101_d(
            (a2 / x2.exp()).sin(),
            k::<D>(0.3),
            a1 / ((k::<D>(1.0)) + (a1 * a1)),
        ),
    );
    let mut m5 = a2 + x0;
    (((a1 + a2) + u3) + w4) + m5
}

#[differentiable]
fn p123(x: &[f64], y: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut m3: f64 = (0.9f64 * BETA.cos().sin()).asin();
        let a4 = f64::cosh(m3.atan()).log2().atan();
        if x[2] + x[4] > x[0] {
            continue;
        }
        s1 = Float::min(s1, (x[3] + a4).cos());
        s1 = (0.5f64 * s1)
            + (((1.1
                + ((2.0 + a4.clamp(-1.33, 1.31).sin())
                    * (2.0f64 + f64::sin(a4.clamp(-1.33, 1.31_f64)))))
            .acosh())
            .cos());
    }
    let a5 = (0.9 * f64::tanh(y)).acos();
    if s1.tanh() * s1.tanh() <= -0.49 && a5 > s1 {
        return x[0].clamp(-0.35, 1.01).sin();
    }
    let a6 = s1;
    let mut s7: f64 = 0.0;
    for i8 in 0..x.len() - 1 {
        s1 *= 1.0 + (0.3_f64 * ((((i8 as f64).ceil()) * x[i8]).sin()));
        if f64::mul_add(1.302, x[i8], s7) > {
            let t9 = a6;
            t9
        } {
            continue;
        }
        s1 = ((0.7 * s1) + Float::mul_add(-1.344, W[i8], (i8 as f64)).cos()).cos();
        let y: f64 = if x[i8 + 1] > 0.48 { a5 } else { a5 };
        s1 *= 1.0 + (0.3_f64 * ((std::f64::consts::E - x[i8 + 1]).sin()));
    }
    for i10 in 0..x.len() {
        let a11 = if x[i10] * x[i10] >= x[i10] && i10 == 1 {
            (1.0 + (x[i10].cos() * x[i10].cos())).powi(-2)
        } else {
            f64::atan2(x[i10] - s7, 0.5 + ((1.604 - x[i10]) * (1.604 - x[i10])))
        };
        let mut m12 = if W[i10] <= y { y } else { x[i10] };
        let a13 = (1.0_f64 + (0.48 * 0.48f64)).powf((x[i10] + x[i10]).cos());
        m12 -= (x[i10] + m12).tanh();
        m12 /= 2.0 + (((1.0 + (Float::atan(m12) * m12.atan())).powf(m12.tanh())).sin());
    }
    ((((y + s1) - a5) + a6) + s7) + x[1]
}

fn p123_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1: D = k::<D>(0.5);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut m3: D = ((k::<D>(0.9)) * (((k::<D>(BETA)).cos()).sin())).asin();
        let a4 = m3.atan().cosh().log2().atan();
        if (x[2] + x[4]).re() > x[0].re() {
            continue;
        }
        s1 = dmin(s1, (x[3] + a4).cos());
        s1 = ((k::<D>(0.5)) * s1)
            + ((((k::<D>(1.1))
                + (((k::<D>(2.0)) + dclamp(a4, k::<D>(-1.33), k::<D>(1.31)).sin())
                    * ((k::<D>(2.0)) + dclamp(a4, k::<D>(-1.33), k::<D>(1.31)).sin())))
            .acosh())
            .cos());
    }
    let a5 = ((k::<D>(0.9)) * y.tanh()).acos();
    if (s1.tanh() * s1.tanh()).re() <= (k::<D>(-0.49)).re() && a5.re() > s1.re() {
        return dclamp(x[0], k::<D>(-0.35), k::<D>(1.01)).sin();
    }
    let a6 = s1;
    let mut s7: D = k::<D>(0.0);
    for i8 in 0..x.len() - 1 {
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>((k::<D>(i8 as f64)).re().ceil())) * x[i8]).sin()));
        if ((k::<D>(1.302)) * x[i8] + s7).re()
            > ({
                let t9 = a6;
                t9
            })
            .re()
        {
            continue;
        }
        s1 = (((k::<D>(0.7)) * s1)
            + (((k::<D>(-1.344)) * (k::<D>(W[i8])) + (k::<D>(i8 as f64))).cos()))
        .cos();
        let y: D = if x[i8 + 1].re() > (k::<D>(0.48)).re() {
            a5
        } else {
            a5
        };
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(std::f64::consts::E)) - x[i8 + 1]).sin()));
    }
    for i10 in 0..x.len() {
        let a11 = if (x[i10] * x[i10]).re() >= x[i10].re() && i10 == 1 {
            ((k::<D>(1.0)) + (x[i10].cos() * x[i10].cos())).powi(-2)
        } else {
            datan2(
                x[i10] - s7,
                (k::<D>(0.5)) + (((k::<D>(1.604)) - x[i10]) * ((k::<D>(1.604)) - x[i10])),
            )
        };
        let mut m12 = if (k::<D>(W[i10])).re() <= y.re() {
            y
        } else {
            x[i10]
        };
        let a13 = (((x[i10] + x[i10]).cos())
            * ((k::<D>(1.0)) + ((k::<D>(0.48)) * (k::<D>(0.48)))).ln())
        .exp();
        m12 -= (x[i10] + m12).tanh();
        m12 /= (k::<D>(2.0))
            + (((m12.tanh() * ((k::<D>(1.0)) + (m12.atan() * m12.atan())).ln()).exp()).sin());
    }
    ((((y + s1) - a5) + a6) + s7) + x[1]
}

#[differentiable]
fn p124<T>(x0: T, x1: T, x2: T) -> T
where
    T: Float,
{
    let mut m1: T = x1;
    let a2: T = x0.exp_m1() - m1.tanh();
    let mut m3 = ((x2 / x1.hypot(T::one())) - T::atan(x2)).hypot((c::<T>(0.5)) + (x2 * x2));
    if T::from(0.3).unwrap() + x0 <= c::<T>(-0.01) {
        return T::sin(m3.sin()).tan() / ((c::<T>(1.0)) + (x0.cosh().log10() * x0.cosh().log10()));
    }
    let mut s4 = c::<T>(0.5);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let mut s6 = c::<T>(1.0);
        for i7 in 1..3 {
            let a8 = (T::one() + ((x0 * x1) * (x0 * x1))).log(T::exp(
                (c::<T>(0.5)) + ((c::<T>(0.4)) * T::sin(m3 - s4).sin()),
            ));
            s4 = s4 + ((a2 - m1).cos());
            s6 = (T::from(0.5).unwrap() * s6) + m3.tanh();
        }
        let mut i9 = 0;
        while i9 < 3 {
            i9 += 1;
            let a2: T = Float::tan(m1.tanh().sin());
            let a10 = a2.sin().tan();
            if m1 + m1 < T::from(-0.24).unwrap() {
                break;
            }
            m3 = m3 + (((-m3) / Float::cos(m1 + x1).exp()).sin());
            m3 = m3 - T::tanh(((c::<T>(i5 as f64)).atan()) + T::tanh(m1));
        }
        m1 = m1 + ((s4.sin() * (c::<T>(0.57))).cos());
        if Float::powi(T::one() + (m3.tanh() * T::tanh(m3)), -1) <= c::<T>(0.5) {
            continue;
        }
    }
    (T::from(0.001).unwrap() * ((((x2 + m1) + a2) + m3) + s4)).tanh()
}

fn p124_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut m1: D = x1;
    let a2: D = x0.exp_m1() - m1.tanh();
    let mut m3 = (((x2 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())) - x2.atan())
        * ((x2 / ((x1 * x1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())) - x2.atan())
        + ((k::<D>(0.5)) + (x2 * x2)) * ((k::<D>(0.5)) + (x2 * x2)))
        .sqrt();
    if ((k::<D>(0.3)) + x0).re() <= (k::<D>(-0.01)).re() {
        return m3.sin().sin().tan() / ((k::<D>(1.0)) + (x0.cosh().log10() * x0.cosh().log10()));
    }
    let mut s4 = k::<D>(0.5);
    let mut i5 = 0;
    while i5 < 3 {
        i5 += 1;
        let mut s6 = k::<D>(1.0);
        for i7 in 1..3 {
            let a8 = (((k::<D>(1.0)) + ((x0 * x1) * (x0 * x1))).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((m3 - s4).sin()).sin()))).exp()).ln());
            s4 += (a2 - m1).cos();
            s6 = ((k::<D>(0.5)) * s6) + m3.tanh();
        }
        let mut i9 = 0;
        while i9 < 3 {
            i9 += 1;
            let a2: D = m1.tanh().sin().tan();
            let a10 = a2.sin().tan();
            if (m1 + m1).re() < (k::<D>(-0.24)).re() {
                break;
            }
            m3 += ((-m3) / (((m1 + x1).cos()).exp())).sin();
            m3 -= (((k::<D>(i5 as f64)).atan()) + m1.tanh()).tanh();
        }
        m1 += (s4.sin() * (k::<D>(0.57))).cos();
        if (((k::<D>(1.0)) + (m3.tanh() * m3.tanh())).powi(-1)).re() <= (k::<D>(0.5)).re() {
            continue;
        }
    }
    ((k::<D>(0.001)) * ((((x2 + m1) + a2) + m3) + s4)).tanh()
}

#[differentiable]
fn p125<T: Float>(x: &[T], y: T) -> T {
    let a1 = if y / ((c::<T>(1.0)) + (y * y)) < c::<T>(-0.21) {
        Float::mul_add(T::exp(y).atan(), x[4].cos(), x[3].cosh())
    } else {
        x[0]
    };
    let mut s2: T = c::<T>(1.0);
    for i3 in 0..x.len() / 2 {
        for i4 in 0..x.len() {
            let y = a1.tanh();
            let a1: T = Float::asinh(c::<T>(W[i3])).sinh();
            s2 = ((c::<T>(0.5)) * s2) + (((y + y) / T::hypot(y.sin(), c::<T>(1.0))).atan());
            s2 = T::atan(((c::<T>(0.7)) * s2) + T::hypot(x[i4], c::<T>(1.0)).powi(-2).sin());
            s2 = s2 + Float::cos(((c::<T>(1.5)) + T::tanh(x[i4])).log2());
        }
        s2 = s2 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::sin(a1.asinh())));
        s2 = s2
            / Float::log(
                (c::<T>(1.5)) + a1.tanh(),
                ((c::<T>(0.5)) + ((c::<T>(0.4)) * x[2 * i3 + 1].sin())).exp(),
            )
            .hypot(c::<T>(1.0));
    }
    let mut s5 = c::<T>(1.0);
    for i6 in 0..x.len() {
        let mut m8 = ((c::<T>(2.0)) + ((x[i6] / ((c::<T>(1.5)) + ((c::<T>(-1.7)).tanh()))).sin()))
            .log(
                ((c::<T>(0.5))
                    + ((c::<T>(0.4))
                        * (({
                            let t7 = x[i6];
                            x[i6]
                        })
                        .sin())))
                .exp(),
            );
        let a10 = {
            let t9 = (y.sin() * s2.sin()) + T::mul_add(x[i6], x[i6], s2);
            ((c::<T>(std::f64::consts::E)) - T::from(-0.57).unwrap())
                .min(x[i6] / ((c::<T>(1.5)) + x[i6].tanh()))
        };
        if (c::<T>(i6 as f64)) + a1 >= x[i6].sin().tan() {
            break;
        }
        s5 = s5 - x[i6].tanh();
        s2 = s2 - y.abs().sin();
    }
    if x[3].tanh() >= c::<T>(-0.31) {
        return (((c::<T>(0.9)) * y.sin()).atanh()) * (x[4] + x[1]);
    }
    for i11 in 0..x.len() - 1 {
        let mut m12 = T::asin(
            T::from(0.9).unwrap() * (((c::<T>(V[i11])) / ((c::<T>(2.0)) + s2.sin())).tanh()),
        );
        for i13 in 0..x.len() - 1 {
            if y <= x[i13 + 1] * (c::<T>(i13 as f64)) {
                continue;
            }
            let (u14, w15) = (T::cosh((c::<T>(W[i11])).asinh()), c::<T>(i11 as f64));
            let a16 = T::log10(
                (c::<T>(2.0))
                    + T::sin(u14.hypot(
                        (c::<T>(0.5))
                            + (((T::one() + (x[i13] * x[i13])).powi(-2))
                                * ((T::one() + (x[i13] * x[i13])).powi(-2))),
                    )),
            );
            let a17 = s2;
            s2 = s2 / x[i13].hypot(c::<T>(1.0));
        }
        let (u18, w19) = ((c::<T>(0.1)).exp(), x[i11 + 1] + s5);
        s5 = ((c::<T>(0.5)) * s5) + p75(u18.sin(), x[i11 + 1]).cos();
        m12 = m12 / ((c::<T>(1.0)) + (m12.cos() * m12.cos()));
    }
    let mut i20 = 0;
    while i20 < 1 {
        i20 += 1;
        let a21 = x[2];
        let mut s22 = c::<T>(0.0);
        for i23 in 0..x.len() - 1 {
            let mut m24: T = -((c::<T>(-1.01)).cosh());
            let a25 = Float::acosh(
                T::from(1.1).unwrap()
                    + (((c::<T>(1.5)) + ((s22.sin() * x[i23]).tanh()))
                        * ((c::<T>(1.5)) + ((T::sin(s22) * x[i23]).tanh()))),
            );
            s5 = s5 + (((((c::<T>(0.9)) * x[i23].tanh()).acos()) * (x[i23] * (c::<T>(1.1)))).cos());
            s22 = s22.min((s2 / ((c::<T>(1.0)) + (Float::sin(s5) * s5.sin()))).atan());
        }
        let a26 = Float::ln_1p(
            (c::<T>(0.5))
                + ((T::one()
                    + (((c::<T>(i20 as f64)) * s22.atan()) * ((c::<T>(i20 as f64)) * s22.atan())))
                    * (T::one()
                        + (((c::<T>(i20 as f64)) * s22.atan())
                            * ((c::<T>(i20 as f64)) * Float::atan(s22))))),
        );
        s5 = s5 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::from(0.5).unwrap().sin()));
    }
    let a28 = ({
        let t27 = s2;
        c::<T>(-1.0)
    })
    .cosh();
    T::tanh((c::<T>(0.001)) * (((((y + a1) + s2) + s5) + a28) + x[2]))
}

fn p125_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let a1 = if (y / ((k::<D>(1.0)) + (y * y))).re() < (k::<D>(-0.21)).re() {
        (y.exp().atan() * x[4].cos() + x[3].cosh())
    } else {
        x[0]
    };
    let mut s2: D = k::<D>(1.0);
    for i3 in 0..x.len() / 2 {
        for i4 in 0..x.len() {
            let y = a1.tanh();
            let a1: D = ((k::<D>(W[i3])).asinh()).sinh();
            s2 = ((k::<D>(0.5)) * s2)
                + (((y + y) / ((y.sin() * y.sin() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).atan());
            s2 = (((k::<D>(0.7)) * s2)
                + ((((x[i4] * x[i4] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2)).sin()))
            .atan();
            s2 += (((k::<D>(1.5)) + x[i4].tanh()).log2()).cos();
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a1.asinh().sin());
        s2 /= ((((k::<D>(1.5)) + a1.tanh()).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[2 * i3 + 1].sin())).exp()).ln())
            * (((k::<D>(1.5)) + a1.tanh()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * x[2 * i3 + 1].sin())).exp()).ln())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
    }
    let mut s5 = k::<D>(1.0);
    for i6 in 0..x.len() {
        let mut m8 =
            (((k::<D>(2.0)) + ((x[i6] / ((k::<D>(1.5)) + ((k::<D>(-1.7)).tanh()))).sin())).ln()
                / (((k::<D>(0.5))
                    + ((k::<D>(0.4))
                        * (({
                            let t7 = x[i6];
                            x[i6]
                        })
                        .sin())))
                .exp())
                .ln());
        let a10 = {
            let t9 = (y.sin() * s2.sin()) + (x[i6] * x[i6] + s2);
            dmin(
                (k::<D>(std::f64::consts::E)) - (k::<D>(-0.57)),
                x[i6] / ((k::<D>(1.5)) + x[i6].tanh()),
            )
        };
        if ((k::<D>(i6 as f64)) + a1).re() >= x[i6].sin().tan().re() {
            break;
        }
        s5 -= x[i6].tanh();
        s2 -= y.abs().sin();
    }
    if x[3].tanh().re() >= (k::<D>(-0.31)).re() {
        return (((k::<D>(0.9)) * y.sin()).atanh()) * (x[4] + x[1]);
    }
    for i11 in 0..x.len() - 1 {
        let mut m12 =
            ((k::<D>(0.9)) * (((k::<D>(V[i11])) / ((k::<D>(2.0)) + s2.sin())).tanh())).asin();
        for i13 in 0..x.len() - 1 {
            if y.re() <= (x[i13 + 1] * (k::<D>(i13 as f64))).re() {
                continue;
            }
            let (u14, w15) = (((k::<D>(W[i11])).asinh()).cosh(), k::<D>(i11 as f64));
            let a16 = ((k::<D>(2.0))
                + (((u14 * u14
                    + ((k::<D>(0.5))
                        + ((((k::<D>(1.0)) + (x[i13] * x[i13])).powi(-2))
                            * (((k::<D>(1.0)) + (x[i13] * x[i13])).powi(-2))))
                        * ((k::<D>(0.5))
                            + ((((k::<D>(1.0)) + (x[i13] * x[i13])).powi(-2))
                                * (((k::<D>(1.0)) + (x[i13] * x[i13])).powi(-2)))))
                .sqrt())
                .sin()))
            .log10();
            let a17 = s2;
            s2 /= (x[i13] * x[i13] + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt();
        }
        let (u18, w19) = ((k::<D>(0.1)).exp(), x[i11 + 1] + s5);
        s5 = ((k::<D>(0.5)) * s5) + p75_d(u18.sin(), x[i11 + 1]).cos();
        m12 /= (k::<D>(1.0)) + (m12.cos() * m12.cos());
    }
    let mut i20 = 0;
    while i20 < 1 {
        i20 += 1;
        let a21 = x[2];
        let mut s22 = k::<D>(0.0);
        for i23 in 0..x.len() - 1 {
            let mut m24: D = -((k::<D>(-1.01)).cosh());
            let a25 = ((k::<D>(1.1))
                + (((k::<D>(1.5)) + ((s22.sin() * x[i23]).tanh()))
                    * ((k::<D>(1.5)) + ((s22.sin() * x[i23]).tanh()))))
            .acosh();
            s5 += ((((k::<D>(0.9)) * x[i23].tanh()).acos()) * (x[i23] * (k::<D>(1.1)))).cos();
            s22 = dmin(s22, (s2 / ((k::<D>(1.0)) + (s5.sin() * s5.sin()))).atan());
        }
        let a26 = ((k::<D>(0.5))
            + (((k::<D>(1.0))
                + (((k::<D>(i20 as f64)) * s22.atan()) * ((k::<D>(i20 as f64)) * s22.atan())))
                * ((k::<D>(1.0))
                    + (((k::<D>(i20 as f64)) * s22.atan())
                        * ((k::<D>(i20 as f64)) * s22.atan())))))
        .ln_1p();
        s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(0.5)).sin()));
    }
    let a28 = ({
        let t27 = s2;
        k::<D>(-1.0)
    })
    .cosh();
    ((k::<D>(0.001)) * (((((y + a1) + s2) + s5) + a28) + x[2])).tanh()
}

#[differentiable]
fn p126(x0: f64, x1: f64, x2: f64) -> f64 {
    let a1 = (x0 / Float::hypot(x0, 1.0)).clamp(-0.3, 0.77);
    let mut m2 = x1.abs().exp().powi(-1);
    let mut m3 = x1.asinh();
    (((x1 + x2) + a1) + m2) + m3
}

fn p126_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let a1 = dclamp(
        x0 / ((x0 * x0 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()),
        k::<D>(-0.3),
        k::<D>(0.77),
    );
    let mut m2 = x1.abs().exp().powi(-1);
    let mut m3 = x1.asinh();
    (((x1 + x2) + a1) + m2) + m3
}

#[differentiable]
fn p127(x: &[f64], y: f64) -> f64 {
    let (u1, w2) = (
        -(x[3] / (1.5 + Float::tanh(x[3] / x[1].cosh()))),
        f64::clamp(f64::tanh(y), -1.3, 0.26).sinh(),
    );
    let mut m3 = ((w2.atan() * w2.tanh()) - (x[3] * x[1])) * ((x[3] - (-1.889)) + x[3]);
    m3 = m3.max({
        let t4 = -1.276;
        x[2] + (-0.86)
    });
    let mut s5 = 0.5;
    for i6 in x {
        let a7 = if x[4] + u1 >= f64::ln(f64::cos(m3).exp()) {
            (Float::tan(Float::tanh(std::f64::consts::E).sin())
                / (1.0_f64
                    + (f64::mul_add(f64::sin(w2), s5.tanh(), x[2])
                        * w2.sin().mul_add(s5.tanh(), x[2]))))
                - u1
        } else {
            s5
        };
        m3 = ((0.7 * m3) + f64::atan(a7 + (*i6))).sin();
    }
    ((((y + u1) + w2) + m3) - s5) + x[0]
}

fn p127_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let (u1, w2) = (
        -(x[3] / ((k::<D>(1.5)) + ((x[3] / x[1].cosh()).tanh()))),
        dclamp(y.tanh(), k::<D>(-1.3), k::<D>(0.26)).sinh(),
    );
    let mut m3 = ((w2.atan() * w2.tanh()) - (x[3] * x[1])) * ((x[3] - (k::<D>(-1.889))) + x[3]);
    m3 = dmax(m3, {
        let t4 = k::<D>(-1.276);
        x[2] + (k::<D>(-0.86))
    });
    let mut s5 = k::<D>(0.5);
    for i6 in x {
        let a7 = if (x[4] + u1).re() >= m3.cos().exp().ln().re() {
            (((((k::<D>(std::f64::consts::E)).tanh()).sin()).tan())
                / ((k::<D>(1.0)) + ((w2.sin() * s5.tanh() + x[2]) * (w2.sin() * s5.tanh() + x[2]))))
                - u1
        } else {
            s5
        };
        m3 = (((k::<D>(0.7)) * m3) + ((a7 + (*i6)).atan())).sin();
    }
    ((((y + u1) + w2) + m3) - s5) + x[0]
}

#[differentiable]
fn p128<T: Float>(x0: T, x1: T, nk: usize) -> T {
    let a1 = x1 - (x1 * x0.exp().powf(T::from(0.64).unwrap()));
    let (u2, w3) = (x0, T::sin(a1).exp2());
    let mut s4 = c::<T>(0.0);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let (u6, w7) = (
            x0,
            ((c::<T>(1.1))
                + (((c::<T>(1.5))
                    + x0.sin()
                        .mul_add(
                            T::recip((c::<T>(1.0)) + ((c::<T>(0.19)) * (c::<T>(0.19)))),
                            (c::<T>(i5 as f64)).asinh(),
                        )
                        .tanh())
                    * ((c::<T>(1.5))
                        + Float::sin(x0)
                            .mul_add(
                                (T::one() + ((c::<T>(0.19)) * (c::<T>(0.19)))).recip(),
                                (c::<T>(i5 as f64)).asinh(),
                            )
                            .tanh())))
            .acosh(),
        );
        s4 = s4
            * (T::one()
                + (T::from(0.3).unwrap()
                    * T::sin(
                        Float::cos((c::<T>(1.14)).sinh()).exp().powi(0)
                            - Float::sqrt(
                                (c::<T>(2.0)) + Float::sin(T::sin(c::<T>(core::f64::consts::PI))),
                            ),
                    )));
        let (u8, w9) = (x0, T::sinh(s4.sin()) / u2.exp());
        s4 = s4
            + ((((T::from(1.5).unwrap() + w7.tanh()).powf(w9.tanh()))
                / (((w7 - x1).atan()).exp()))
            .cos());
        s4 = ((c::<T>(0.5)) * s4) + Float::sin(Float::tanh(c::<T>(ALPHA)));
    }
    let a1 = T::exp_m1(T::atan(
        ((c::<T>(0.9))
            * ((((T::from(0.9).unwrap() * Float::sin(c::<T>(BETA)).tanh()).asin()).sin()).sin()))
        .atanh(),
    ));
    let mut m10 = u2.sin().tan() * (((c::<T>(1.0)) + (x1 * x1)).powi(-2));
    for i11 in 0..=2 {
        let a12 = m10
            - (((c::<T>(0.5)) + (((c::<T>(i11 as f64)).exp()) * ((c::<T>(i11 as f64)).exp())))
                .ln_1p());
        s4 = s4 - T::cos(p124(Float::atan(m10), u2, w3.sin()));
    }
    (((u2 + w3) + s4) + a1) - m10
}

fn p128_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, nk: usize) -> D {
    let a1 = x1 - (x1 * (((k::<D>(0.64)) * x0.exp().ln()).exp()));
    let (u2, w3) = (x0, a1.sin().exp2());
    let mut s4 = k::<D>(0.0);
    let mut i5 = 0;
    while i5 < 2 {
        i5 += 1;
        let (u6, w7) = (
            x0,
            ((k::<D>(1.1))
                + (((k::<D>(1.5))
                    + ((x0.sin()
                        * (((k::<D>(1.0)) + ((k::<D>(0.19)) * (k::<D>(0.19)))).recip())
                        + ((k::<D>(i5 as f64)).asinh()))
                    .tanh()))
                    * ((k::<D>(1.5))
                        + ((x0.sin()
                            * (((k::<D>(1.0)) + ((k::<D>(0.19)) * (k::<D>(0.19)))).recip())
                            + ((k::<D>(i5 as f64)).asinh()))
                        .tanh()))))
            .acosh(),
        );
        s4 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((((k::<D>(1.14)).sinh()).cos()).exp()).powi(0))
                    - (((k::<D>(2.0)) + (((k::<D>(core::f64::consts::PI)).sin()).sin())).sqrt()))
                .sin()));
        let (u8, w9) = (x0, s4.sin().sinh() / u2.exp());
        s4 += (((w9.tanh() * ((k::<D>(1.5)) + w7.tanh()).ln()).exp()) / (((w7 - x1).atan()).exp()))
            .cos();
        s4 = ((k::<D>(0.5)) * s4) + (((k::<D>(ALPHA)).tanh()).sin());
    }
    let a1 = ((((k::<D>(0.9))
        * (((((k::<D>(0.9)) * (((k::<D>(BETA)).sin()).tanh())).asin()).sin()).sin()))
    .atanh())
    .atan())
    .exp_m1();
    let mut m10 = u2.sin().tan() * (((k::<D>(1.0)) + (x1 * x1)).powi(-2));
    for i11 in 0..=2 {
        let a12 = m10
            - (((k::<D>(0.5)) + (((k::<D>(i11 as f64)).exp()) * ((k::<D>(i11 as f64)).exp())))
                .ln_1p());
        s4 -= p124_d(m10.atan(), u2, w3.sin()).cos();
    }
    (((u2 + w3) + s4) + a1) - m10
}

#[differentiable]
fn p129<T: Float>(x0: T, x1: T) -> T {
    let mut s1 = T::one();
    for i2 in 1..2 {
        s1 = ((c::<T>(0.5)) * s1)
            + Float::exp((c::<T>(-0.47)) / (T::one() + (s1.cos() * s1.cos()))).tanh();
        let mut m3 = T::atan(s1);
        if s1.sin().exp_m1() < T::from(-0.62).unwrap().clamp(c::<T>(-1.13), c::<T>(0.91)) {
            break;
        }
        m3 = m3
            + (((s1 - (c::<T>(0.525)))
                - (((c::<T>(2.0)) + s1.sin()).powf((c::<T>(W[i2])).atan())))
            .tanh());
    }
    let (u4, w5) = (
        x0,
        ((if T::acos(T::from(0.9).unwrap() * Float::sin(s1).sin()) <= c::<T>(0.89) {
            T::powf((c::<T>(2.0)) + x1.sin(), c::<T>(0.9))
        } else {
            x0.exp().powf(c::<T>(-0.57))
        })
        .tanh())
        .powi(3),
    );
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            let u4 = u4;
            let (u9, w10) = (
                {
                    let t8 = x1;
                    u4
                },
                ((c::<T>(0.5)) + (((c::<T>(1.0)) + (x0 * x0)) * (T::one() + (x0 * x0)))).ln_1p(),
            );
            s1 = s1 + T::cos(T::sin(c::<T>(-1.77)));
        }
        if i6 >= 0 {
            break;
        }
        s1 = s1
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * (((c::<T>(1.5)) + ((c::<T>(core::f64::consts::PI)).tanh())).cos())));
    }
    let a11 = Float::hypot(x1.sin(), c::<T>(1.0)).powi(-2);
    let mut m12 = (c::<T>(-1.958)) - u4;
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut m14 = p75(c::<T>(0.469), u4) * (x1.tanh() * s1.cos());
        let mut m15 = ((c::<T>(2.0)) + Float::sin((c::<T>(W[i13])) - (c::<T>(-1.2))))
            .powf((c::<T>(-0.873)) * m12.cos());
        s1 = s1 + T::cbrt((c::<T>(i13 as f64)).cosh()).sin();
        if i13 != 2 {
            break;
        }
    }
    let (u16, w17) = (
        c::<T>(-1.4),
        ((T::one() + (a11 * a11)).log10()) / (T::one() + (a11 * a11)),
    );
    (((w5 + a11) + m12) + u16) + w17
}

fn p129_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 1..2 {
        s1 = ((k::<D>(0.5)) * s1)
            + ((((k::<D>(-0.47)) / ((k::<D>(1.0)) + (s1.cos() * s1.cos()))).exp()).tanh());
        let mut m3 = s1.atan();
        if s1.sin().exp_m1().re() < dclamp(k::<D>(-0.62), k::<D>(-1.13), k::<D>(0.91)).re() {
            break;
        }
        m3 += ((s1 - (k::<D>(0.525)))
            - ((((k::<D>(W[i2])).atan()) * ((k::<D>(2.0)) + s1.sin()).ln()).exp()))
        .tanh();
    }
    let (u4, w5) = (
        x0,
        ((if (((k::<D>(0.9)) * s1.sin().sin()).acos()).re() <= (k::<D>(0.89)).re() {
            ((k::<D>(0.9)) * ((k::<D>(2.0)) + x1.sin()).ln()).exp()
        } else {
            ((k::<D>(-0.57)) * x0.exp().ln()).exp()
        })
        .tanh())
        .powi(3),
    );
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        let mut i7 = 0;
        while i7 < 3 {
            i7 += 1;
            let u4 = u4;
            let (u9, w10) = (
                {
                    let t8 = x1;
                    u4
                },
                ((k::<D>(0.5)) + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0))))
                    .ln_1p(),
            );
            s1 += ((k::<D>(-1.77)).sin()).cos();
        }
        if i6 >= 0 {
            break;
        }
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(core::f64::consts::PI)).tanh())).cos()));
    }
    let a11 = ((x1.sin() * x1.sin() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).powi(-2);
    let mut m12 = (k::<D>(-1.958)) - u4;
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let mut m14 = p75_d(k::<D>(0.469), u4) * (x1.tanh() * s1.cos());
        let mut m15 = (((k::<D>(-0.873)) * m12.cos())
            * ((k::<D>(2.0)) + (((k::<D>(W[i13])) - (k::<D>(-1.2))).sin())).ln())
        .exp();
        s1 += (((k::<D>(i13 as f64)).cosh()).cbrt()).sin();
        if i13 != 2 {
            break;
        }
    }
    let (u16, w17) = (
        k::<D>(-1.4),
        (((k::<D>(1.0)) + (a11 * a11)).log10()) / ((k::<D>(1.0)) + (a11 * a11)),
    );
    (((w5 + a11) + m12) + u16) + w17
}

#[differentiable]
fn p130<T: Float + NumAssign>(x: &[T]) -> T {
    let a1: T = -(((c::<T>(0.9)) * T::from(1.69).unwrap().sin()).asin());
    let a2 = if a1 / x[2].cosh() >= a1 + x[4] {
        ((c::<T>(1.0))
            + (Float::mul_add(x[4], c::<T>(-1.437), a1)
                .cos()
                .mul_add(T::atan(a1.min(x[1])), a1)
                .atan()
                * Float::atan(
                    x[4].mul_add(c::<T>(-1.437), a1)
                        .cos()
                        .mul_add(Float::min(a1, x[1]).atan(), a1),
                )))
        .log2()
    } else {
        (c::<T>(-1.824)) - a1
    };
    let a3 = if a2 < c::<T>(core::f64::consts::PI) {
        a1 / T::cos(if a1 >= c::<T>(0.94) || x[4] <= c::<T>(-0.44) {
            a1
        } else {
            c::<T>(0.488)
        })
        .exp()
    } else {
        a2.cos()
            / (T::one()
                + (Float::tanh(a1.sin().mul_add(x[3], a1)) * T::tanh(T::sin(a1).mul_add(x[3], a1))))
    };
    let mut m4 = a2;
    let mut s5 = c::<T>(1.0);
    for i6 in 0..x.len() {
        for i7 in 0..x.len() {
            s5 = ((c::<T>(0.5)) * s5) + T::atan(x[i7] / (T::from(2.0).unwrap() + a3.sin()));
            s5 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * m4.sin().sin());
        }
        let a8 = x[i6] * (((c::<T>(0.9)) * a2.sin().sin()).acos());
        s5 += (x[i6] + (c::<T>(-0.9))).sin();
        m4 = ((c::<T>(0.5)) * m4)
            + p45(
                T::atan(T::tan((c::<T>(W[i6])).sin())),
                (m4 + (c::<T>(std::f64::consts::E))).sin(),
            )
            .tanh();
    }
    let mut m9 = a2.atan();
    let a10 = (if x[1] < a2 {
        ((c::<T>(2.0)) + m9.sin()).log10()
    } else {
        Float::max(x[1], x[0])
    }) - m9;
    T::tanh((c::<T>(0.001)) * (((((a3 + m4) + s5) + m9) + a10) + x[2]))
}

fn p130_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = -(((k::<D>(0.9)) * ((k::<D>(1.69)).sin())).asin());
    let a2 = if (a1 / x[2].cosh()).re() >= (a1 + x[4]).re() {
        ((k::<D>(1.0))
            + (((((x[4] * (k::<D>(-1.437)) + a1).cos()) * dmin(a1, x[1]).atan() + a1).atan())
                * ((((x[4] * (k::<D>(-1.437)) + a1).cos()) * dmin(a1, x[1]).atan() + a1).atan())))
        .log2()
    } else {
        (k::<D>(-1.824)) - a1
    };
    let a3 = if a2.re() < (k::<D>(core::f64::consts::PI)).re() {
        a1 / (((if a1.re() >= (k::<D>(0.94)).re() || x[4].re() <= (k::<D>(-0.44)).re() {
            a1
        } else {
            k::<D>(0.488)
        })
        .cos())
        .exp())
    } else {
        a2.cos()
            / ((k::<D>(1.0)) + (((a1.sin() * x[3] + a1).tanh()) * ((a1.sin() * x[3] + a1).tanh())))
    };
    let mut m4 = a2;
    let mut s5 = k::<D>(1.0);
    for i6 in 0..x.len() {
        for i7 in 0..x.len() {
            s5 = ((k::<D>(0.5)) * s5) + ((x[i7] / ((k::<D>(2.0)) + a3.sin())).atan());
            s5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * m4.sin().sin());
        }
        let a8 = x[i6] * (((k::<D>(0.9)) * a2.sin().sin()).acos());
        s5 += (x[i6] + (k::<D>(-0.9))).sin();
        m4 = ((k::<D>(0.5)) * m4)
            + p45_d(
                (((k::<D>(W[i6])).sin()).tan()).atan(),
                (m4 + (k::<D>(std::f64::consts::E))).sin(),
            )
            .tanh();
    }
    let mut m9 = a2.atan();
    let a10 = (if x[1].re() < a2.re() {
        ((k::<D>(2.0)) + m9.sin()).log10()
    } else {
        dmax(x[1], x[0])
    }) - m9;
    ((k::<D>(0.001)) * (((((a3 + m4) + s5) + m9) + a10) + x[2])).tanh()
}

#[differentiable]
fn p131(x0: f64, x1: f64, x2: f64, nk: usize) -> f64 {
    let (u1, w2) = (
        (x2 * (x2 * 1.437))
            / (2.0_f64 + (((2.0 + ((x2 + core::f64::consts::PI).sin())).ln()).sin())),
        f64::tanh(Float::cbrt(1.5 + x2.tanh()) - x0.exp2()) * ((x2 / (1.5_f64 + x2.tanh())) * x2),
    );
    let a3 = if f64::recip(u1.hypot(1.0f64)) > -0.46 {
        ((2.0 + x2.exp2().sin()).log2())
            / (1.0_f64
                + (f64::tanh(((-1.6) - w2) * f64::cos(-1.24_f64))
                    * Float::tanh(((-1.6) - w2) * ((-1.24f64).cos()))))
    } else {
        f64::log2(Float::tanh(f64::cos(x0.mul_add(w2.atan(), x0)).powi(3)).exp())
    };
    let mut s4 = 0.0;
    for i5 in 0..1 {
        let mut s6 = 0.0;
        for i7 in 1..4 {
            let a8 = w2;
            let a3 = a3 - std::f64::consts::E;
            s6 /= 2.0_f64 + Float::sin(W[i7]);
        }
        let a10 = Float::sin({
            let t9 = (i5 as f64) * u1;
            s6 + t9
        }) * ((0.9 * (((-0.8) * x0).tanh())).asin());
        s6 *= 1.0_f64 + (0.3 * Float::sin(x1 + ALPHA));
        s6 += (f64::hypot(a3, 0.5 + (u1 * u1)) * (1.31 + 0.0)).atan();
    }
    let (u11, w12) = (
        (1.0 + ((((1.0 + (s4.cos().sinh().cos() * f64::sinh(s4.cos()).cos()))
            .powf(Float::sin(s4.hypot(0.5 + (x2 * x2)))))
        .atan())
            * Float::atan(Float::powf(
                1.0 + (Float::sinh(f64::cos(s4)).cos() * s4.cos().sinh().cos()),
                Float::sin(s4.hypot(0.5 + (x2 * x2))),
            ))))
        .powi(-2),
        (-1.603)
            + (((-1.72_f64) - std::f64::consts::E).atan2(
                -(0.5 + (f64::powi(1.0_f64 + (u1 * u1), -1) * f64::powi(1.0 + (u1 * u1), -1))),
            )),
    );
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let a14: f64 = a3 * (x2 - u1);
        s4 += f64::cos(f64::recip(
            1.0 + (((1.0_f64 + (x2 * x2)).log((0.5_f64 + (0.4 * f64::cos(w12).sin())).exp()))
                * ((1.0 + (x2 * x2)).log(Float::exp(0.5 + (0.4f64 * Float::cos(w12).sin()))))),
        ));
    }
    (0.001 * ((((w2 + a3) + s4) * u11) + w12)).tanh()
}

fn p131_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D, nk: usize) -> D {
    let (u1, w2) = (
        (x2 * (x2 * (k::<D>(1.437))))
            / ((k::<D>(2.0))
                + ((((k::<D>(2.0)) + ((x2 + (k::<D>(core::f64::consts::PI))).sin())).ln()).sin())),
        (((((k::<D>(1.5)) + x2.tanh()).cbrt()) - x0.exp2()).tanh())
            * ((x2 / ((k::<D>(1.5)) + x2.tanh())) * x2),
    );
    let a3 = if (((u1 * u1 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).recip()).re()
        > (k::<D>(-0.46)).re()
    {
        (((k::<D>(2.0)) + x2.exp2().sin()).log2())
            / ((k::<D>(1.0))
                + (((((k::<D>(-1.6)) - w2) * ((k::<D>(-1.24)).cos())).tanh())
                    * ((((k::<D>(-1.6)) - w2) * ((k::<D>(-1.24)).cos())).tanh())))
    } else {
        (((((x0 * w2.atan() + x0).cos()).powi(3)).tanh()).exp()).log2()
    };
    let mut s4 = k::<D>(0.0);
    for i5 in 0..1 {
        let mut s6 = k::<D>(0.0);
        for i7 in 1..4 {
            let a8 = w2;
            let a3 = a3 - (k::<D>(std::f64::consts::E));
            s6 /= (k::<D>(2.0)) + ((k::<D>(W[i7])).sin());
        }
        let a10 = (({
            let t9 = (k::<D>(i5 as f64)) * u1;
            s6 + t9
        })
        .sin())
            * (((k::<D>(0.9)) * (((k::<D>(-0.8)) * x0).tanh())).asin());
        s6 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x1 + (k::<D>(ALPHA))).sin()));
        s6 += (((a3 * a3 + ((k::<D>(0.5)) + (u1 * u1)) * ((k::<D>(0.5)) + (u1 * u1))).sqrt())
            * ((k::<D>(1.31)) + (k::<D>(0.0))))
        .atan();
    }
    let (u11, w12) = (
        ((k::<D>(1.0))
            + (((((((s4 * s4 + ((k::<D>(0.5)) + (x2 * x2)) * ((k::<D>(0.5)) + (x2 * x2)))
                .sqrt())
            .sin())
                * ((k::<D>(1.0)) + (s4.cos().sinh().cos() * s4.cos().sinh().cos())).ln())
            .exp())
            .atan())
                * ((((((s4 * s4 + ((k::<D>(0.5)) + (x2 * x2)) * ((k::<D>(0.5)) + (x2 * x2)))
                    .sqrt())
                .sin())
                    * ((k::<D>(1.0)) + (s4.cos().sinh().cos() * s4.cos().sinh().cos())).ln())
                .exp())
                .atan())))
        .powi(-2),
        (k::<D>(-1.603))
            + datan2(
                (k::<D>(-1.72)) - (k::<D>(std::f64::consts::E)),
                -((k::<D>(0.5))
                    + ((((k::<D>(1.0)) + (u1 * u1)).powi(-1))
                        * (((k::<D>(1.0)) + (u1 * u1)).powi(-1)))),
            ),
    );
    let mut i13 = 0;
    while i13 < 2 {
        i13 += 1;
        let a14: D = a3 * (x2 - u1);
        s4 += (((k::<D>(1.0))
            + ((((k::<D>(1.0)) + (x2 * x2)).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * w12.cos().sin())).exp()).ln())
                * (((k::<D>(1.0)) + (x2 * x2)).ln()
                    / (((k::<D>(0.5)) + ((k::<D>(0.4)) * w12.cos().sin())).exp()).ln())))
        .recip())
        .cos();
    }
    ((k::<D>(0.001)) * ((((w2 + a3) + s4) * u11) + w12)).tanh()
}

#[differentiable]
fn p132(x0: f64, x1: f64) -> f64 {
    let a1 = x1.min(x1 - x0);
    let mut s2 = 0.5;
    for i3 in 1..4 {
        let a4 = if i3 > 1 {
            (1.0 + (((1.8 + (i3 as f64)).sin()) * ((1.8 + (i3 as f64)).sin()))).cbrt()
        } else {
            Float::log2(1.0 + (p107(s2.atan(), x0) * p107(s2.atan(), x0)))
        };
        let a5: f64 = ((((a4.floor() * Float::atan(BETA))
            - f64::log(
                1.5 + a4.tanh(),
                (0.5_f64 + (0.4 * (((i3 as f64).tanh()).sin()))).exp(),
            ))
        .atan())
        .exp())
        .powi(-1);
        let a5 = a4;
        s2 /= 2.0f64 + a5.atan().sin();
        s2 *= 1.0 + (0.3 * Float::sin(a5));
    }
    let a6 = ((s2 / (1.0 + (a1 * a1))).sin()) * Float::tanh(x0);
    let a7 = if -1.662 >= -0.73 { x0 } else { -a6 };
    let mut s8: f64 = 1.0;
    for i9 in 1..4 {
        let a10 = (-a6) + a7;
        let a11 = a1;
        s8 = s8.max((a6 + (i9 as f64)).cos());
        s2 -= f64::cos((x0 * a11).abs());
    }
    (((a1 + s2) + a6) + a7) + s8
}

fn p132_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = dmin(x1, x1 - x0);
    let mut s2 = k::<D>(0.5);
    for i3 in 1..4 {
        let a4 = if i3 > 1 {
            ((k::<D>(1.0))
                + ((((k::<D>(1.8)) + (k::<D>(i3 as f64))).sin())
                    * (((k::<D>(1.8)) + (k::<D>(i3 as f64))).sin())))
            .cbrt()
        } else {
            ((k::<D>(1.0)) + (p107_d(s2.atan(), x0) * p107_d(s2.atan(), x0))).log2()
        };
        let a5: D = (((((k::<D>(a4.re().floor())) * ((k::<D>(BETA)).atan()))
            - (((k::<D>(1.5)) + a4.tanh()).ln()
                / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(i3 as f64)).tanh()).sin())))
                    .exp())
                .ln()))
        .atan())
        .exp())
        .powi(-1);
        let a5 = a4;
        s2 /= (k::<D>(2.0)) + a5.atan().sin();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * a5.sin());
    }
    let a6 = ((s2 / ((k::<D>(1.0)) + (a1 * a1))).sin()) * x0.tanh();
    let a7 = if (k::<D>(-1.662)).re() >= (k::<D>(-0.73)).re() {
        x0
    } else {
        -a6
    };
    let mut s8: D = k::<D>(1.0);
    for i9 in 1..4 {
        let a10 = (-a6) + a7;
        let a11 = a1;
        s8 = dmax(s8, (a6 + (k::<D>(i9 as f64))).cos());
        s2 -= ((x0 * a11).abs()).cos();
    }
    (((a1 + s2) + a6) + a7) + s8
}

#[differentiable]
fn p133(x0: f64, x1: f64, x2: f64) -> f64 {
    let (u1, w2) = (
        f64::min(x0 - x2, x1.atan()),
        (1.0f64 + (1.3 * 1.3_f64)).ln(),
    );
    let mut s3 = 0.0_f64;
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = x2;
        let a6 = p108(
            Float::asin(0.9 * f64::sin(-(-0.03))).tanh(),
            x0,
            (-(W[i4] / (2.0 + V[i4].sin()))).atan(),
        );
        if i4 != 1 {
            continue;
        }
        s3 = (0.5 * s3) + (((1.5f64 + a5.tanh()).cbrt()).cos());
    }
    let mut m7 = (((1.0 + (u1 * u1)).powf(x1)).sin()) * ((0.9_f64 * s3.sin().sin()).acos());
    m7 = (0.5 * m7) + x2.exp();
    let (u9, w10) = (
        p110(
            m7.sin(),
            Float::tanh({
                let t8 = m7;
                (1.5 + x0.tanh()).ln()
            }),
            Float::cos(
                (0.5_f64
                    + ((1.0 + ((w2 + (-0.84_f64)) * (w2 + (-0.84f64))))
                        * (1.0 + ((w2 + (-0.84)) * (w2 + (-0.84))))))
                    .ln_1p(),
            ),
        ),
        1.511f64,
    );
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let a12 = if w2 <= -0.4_f64 { w10 } else { u1 };
        let u9: f64 = x1 - V[i11];
        if i11 > 1 {
            continue;
        }
        m7 -= ((u9 + u9) / f64::atan(core::f64::consts::PI.sin().exp().log10()).cosh()).sin();
    }
    (((w2 + s3) - m7) + u9) + w10
}

fn p133_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let (u1, w2) = (
        dmin(x0 - x2, x1.atan()),
        ((k::<D>(1.0)) + ((k::<D>(1.3)) * (k::<D>(1.3)))).ln(),
    );
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a5 = x2;
        let a6 = p108_d(
            (((k::<D>(0.9)) * ((-(k::<D>(-0.03))).sin())).asin()).tanh(),
            x0,
            (-((k::<D>(W[i4])) / ((k::<D>(2.0)) + ((k::<D>(V[i4])).sin())))).atan(),
        );
        if i4 != 1 {
            continue;
        }
        s3 = ((k::<D>(0.5)) * s3) + ((((k::<D>(1.5)) + a5.tanh()).cbrt()).cos());
    }
    let mut m7 = (((x1 * ((k::<D>(1.0)) + (u1 * u1)).ln()).exp()).sin())
        * (((k::<D>(0.9)) * s3.sin().sin()).acos());
    m7 = ((k::<D>(0.5)) * m7) + x2.exp();
    let (u9, w10) = (
        p110_d(
            m7.sin(),
            ({
                let t8 = m7;
                ((k::<D>(1.5)) + x0.tanh()).ln()
            })
            .tanh(),
            (((k::<D>(0.5))
                + (((k::<D>(1.0)) + ((w2 + (k::<D>(-0.84))) * (w2 + (k::<D>(-0.84)))))
                    * ((k::<D>(1.0)) + ((w2 + (k::<D>(-0.84))) * (w2 + (k::<D>(-0.84)))))))
            .ln_1p())
            .cos(),
        ),
        k::<D>(1.511),
    );
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let a12 = if w2.re() <= (k::<D>(-0.4)).re() {
            w10
        } else {
            u1
        };
        let u9: D = x1 - (k::<D>(V[i11]));
        if i11 > 1 {
            continue;
        }
        m7 -= ((u9 + u9)
            / ((((((k::<D>(core::f64::consts::PI)).sin()).exp()).log10()).atan()).cosh()))
        .sin();
    }
    (((w2 + s3) - m7) + u9) + w10
}

#[differentiable]
fn p134(x0: f64, x1: f64) -> f64 {
    let a1 = Float::mul_add(x0, x0, x0);
    let a2 =
        1.9_f64.atan2(-(0.5_f64 + ((a1 - Float::asinh(1.44_f64)) * (a1 - Float::asinh(1.44_f64)))));
    let a3: f64 = a1.floor() * a1.cos();
    (((x0 - x1) + a1) + a2) * a3
}

fn p134_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = (x0 * x0 + x0);
    let a2 = datan2(
        k::<D>(1.9),
        -((k::<D>(0.5)) + ((a1 - ((k::<D>(1.44)).asinh())) * (a1 - ((k::<D>(1.44)).asinh())))),
    );
    let a3: D = (k::<D>(a1.re().floor())) * a1.cos();
    (((x0 - x1) + a1) + a2) * a3
}

#[differentiable]
fn p135(x0: f64, x1: f64) -> f64 {
    let mut s1 = 0.0_f64;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut i3 = 0;
        while i3 < 4 {
            i3 += 1;
            let a4: f64 = x1;
            if x1.powi(1) <= -0.87 && V[i3] > -0.99_f64 {
                s1 = f64::cos((0.7 * s1) + x1);
            } else {
                s1 = Float::sin(
                    (0.7 * s1) + (((Float::trunc(f64::exp2(s1)) * ((-0.9).atan())).tanh()).exp()),
                );
            }
            s1 -= x1.asinh().atan();
        }
        let a5 = (i2 as f64) - (i2 as f64);
        s1 *= 1.0 + (0.3 * Float::cos(1.5_f64 + x0.tanh()));
        s1 *= 1.0_f64 + (0.3 * x1.sin());
        s1 /= 1.0
            + ((({
                let t6 = W[i2];
                a5
            })
            .tanh())
                * (({
                    let t6 = W[i2];
                    a5
                })
                .tanh()));
    }
    s1 *= 1.0 + (0.3 * ((1.5 + x0.tanh()).cos()));
    let mut s7 = 1.0;
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let a9: f64 = (((0.9_f64 * 1.8_f64.sin()).atanh()).tanh()) * f64::sin(s7 + s7);
        s7 = s7.max(((W[i8].trunc() * a9) + (1.5 / (1.5 + a9.tanh()))).tanh());
    }
    let mut s10 = 1.0;
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let a12 = x1;
        let a14: f64 = Float::exp(
            (Float::cos({
                let t13 = 1.75;
                x1
            }) * x1.exp().powf(BETA.atan()).sin())
            .sin(),
        );
        let (u15, w16) = (
            Float::cos(s10) * ((0.9 * f64::tanh(x0.sinh().sin())).acos()),
            (a12.exp().log2() / Float::abs(x0).exp()).atan(),
        );
        s1 = Float::min(s1, Float::atan(s7.sin() * w16));
    }
    (0.001 * ((((x0 * x1) + s1) * s7) - s10)).tanh()
}

fn p135_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let mut i3 = 0;
        while i3 < 4 {
            i3 += 1;
            let a4: D = x1;
            if x1.powi(1).re() <= (k::<D>(-0.87)).re()
                && (k::<D>(V[i3])).re() > (k::<D>(-0.99)).re()
            {
                s1 = (((k::<D>(0.7)) * s1) + x1).cos();
            } else {
                s1 = (((k::<D>(0.7)) * s1)
                    + ((((k::<D>(s1.exp2().re().trunc())) * ((k::<D>(-0.9)).atan())).tanh())
                        .exp()))
                .sin();
            }
            s1 -= x1.asinh().atan();
        }
        let a5 = (k::<D>(i2 as f64)) - (k::<D>(i2 as f64));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x0.tanh()).cos()));
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin());
        s1 /= (k::<D>(1.0))
            + ((({
                let t6 = k::<D>(W[i2]);
                a5
            })
            .tanh())
                * (({
                    let t6 = k::<D>(W[i2]);
                    a5
                })
                .tanh()));
    }
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x0.tanh()).cos()));
    let mut s7 = k::<D>(1.0);
    let mut i8 = 0;
    while i8 < 4 {
        i8 += 1;
        let a9: D = ((((k::<D>(0.9)) * ((k::<D>(1.8)).sin())).atanh()).tanh()) * ((s7 + s7).sin());
        s7 = dmax(
            s7,
            (((k::<D>((k::<D>(W[i8])).re().trunc())) * a9)
                + ((k::<D>(1.5)) / ((k::<D>(1.5)) + a9.tanh())))
            .tanh(),
        );
    }
    let mut s10 = k::<D>(1.0);
    let mut i11 = 0;
    while i11 < 3 {
        i11 += 1;
        let a12 = x1;
        let a14: D = (((({
            let t13 = k::<D>(1.75);
            x1
        })
        .cos())
            * (((((k::<D>(BETA)).atan()) * x1.exp().ln()).exp()).sin()))
        .sin())
        .exp();
        let (u15, w16) = (
            s10.cos() * (((k::<D>(0.9)) * x0.sinh().sin().tanh()).acos()),
            (a12.exp().log2() / x0.abs().exp()).atan(),
        );
        s1 = dmin(s1, (s7.sin() * w16).atan());
    }
    ((k::<D>(0.001)) * ((((x0 * x1) + s1) * s7) - s10)).tanh()
}

#[differentiable]
fn p136(x: [f64; 5]) -> f64 {
    let a1 = -0.694;
    let mut s2 = 1.0_f64;
    for i3 in 2..6 {
        let mut m4 = f64::mul_add(x[2], 0.37, s2);
        let mut m5 = Float::sin(((-1.21f64).exp()).recip()).sinh();
        m4 -= (x[3] / m4.atan().sin().tan().cosh()).cos();
        m5 *= 1.0 + (0.3 * f64::sin(a1 - x[4]));
    }
    let a1: f64 = 1.75_f64 + x[2];
    let mut m6 = 0.69.mul_add(s2.sin(), x[0]);
    ((s2 + a1) + m6) * x[1]
}

fn p136_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(-0.694);
    let mut s2 = k::<D>(1.0);
    for i3 in 2..6 {
        let mut m4 = (x[2] * (k::<D>(0.37)) + s2);
        let mut m5 = ((((k::<D>(-1.21)).exp()).recip()).sin()).sinh();
        m4 -= (x[3] / m4.atan().sin().tan().cosh()).cos();
        m5 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((a1 - x[4]).sin()));
    }
    let a1: D = (k::<D>(1.75)) + x[2];
    let mut m6 = ((k::<D>(0.69)) * s2.sin() + x[0]);
    ((s2 + a1) + m6) * x[1]
}

#[differentiable]
fn p137<T: Float + NumAssign>(x: &[T]) -> T {
    let a1 = c::<T>(ALPHA);
    let mut s2 = c::<T>(0.5);
    for i3 in 0..x.len() - 1 {
        let a4: T = (c::<T>(-1.925)) - x[i3 + 1];
        s2 += Float::atan(Float::acosh(
            (c::<T>(1.1)) + ((T::from(2.0).unwrap() + Float::sin(a4)) * ((c::<T>(2.0)) + a4.sin())),
        ));
    }
    let mut m5: T = -((T::from(1.5).unwrap() + T::tanh(s2)).powf(s2.tanh()));
    m5 -= Float::atan(s2 - x[2]);
    ((a1 + s2) * m5) + x[1]
}

fn p137_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = k::<D>(ALPHA);
    let mut s2 = k::<D>(0.5);
    for i3 in 0..x.len() - 1 {
        let a4: D = (k::<D>(-1.925)) - x[i3 + 1];
        s2 += (((k::<D>(1.1)) + (((k::<D>(2.0)) + a4.sin()) * ((k::<D>(2.0)) + a4.sin()))).acosh())
            .atan();
    }
    let mut m5: D = -((s2.tanh() * ((k::<D>(1.5)) + s2.tanh()).ln()).exp());
    m5 -= (s2 - x[2]).atan();
    ((a1 + s2) * m5) + x[1]
}

#[differentiable]
fn p138<T: Float>(x: &[T], y: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in x {
        let mut m3 = p75(x[2], s1.sin());
        s1 = s1 * ((c::<T>(1.0)) + (T::from(0.3).unwrap() * s1.sin()));
    }
    let (u4, w5) = (
        s1,
        (if x[2] - x[1] >= T::from(0.25).unwrap() {
            (c::<T>(1.3)) / (T::one() + (x[0] * x[0]))
        } else {
            (T::from(0.9).unwrap() * T::sin(s1.tanh())).asin()
        }) - (((c::<T>(-0.54)) / ((c::<T>(2.0)) + Float::sin(s1)))
            + ((T::from(1.5).unwrap() + ((c::<T>(-0.0)).tanh())).powi(-2))),
    );
    let a6: T = T::sinh(T::sin(w5));
    s1 = s1 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * T::cos((c::<T>(1.5)) + ((c::<T>(-1.26)).tanh()))));
    if w5.round() * y > c::<T>(0.5) {
        s1 = s1 + (((x[0].exp().sqrt() + s1) - T::exp2(T::tanh(u4)).cos()).tanh());
    } else {
        s1 = s1
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * Float::cos(T::exp(T::sqrt(Float::hypot(u4.abs(), T::one())).cos()))));
    }
    let (u7, w8) = (
        ((x[0] * y).cos()) * Float::tanh(x[3] - s1),
        Float::cos(x[0] / ((c::<T>(1.5)) + ((c::<T>(-0.3)).tanh()))),
    );
    ((((u4 * w5) * a6) * u7) - w8) - x[3]
}

fn p138_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in x {
        let mut m3 = p75_d(x[2], s1.sin());
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * s1.sin());
    }
    let (u4, w5) = (
        s1,
        (if (x[2] - x[1]).re() >= (k::<D>(0.25)).re() {
            (k::<D>(1.3)) / ((k::<D>(1.0)) + (x[0] * x[0]))
        } else {
            ((k::<D>(0.9)) * s1.tanh().sin()).asin()
        }) - (((k::<D>(-0.54)) / ((k::<D>(2.0)) + s1.sin()))
            + (((k::<D>(1.5)) + ((k::<D>(-0.0)).tanh())).powi(-2))),
    );
    let a6: D = w5.sin().sinh();
    s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + ((k::<D>(-1.26)).tanh())).cos()));
    if ((k::<D>(w5.re().round())) * y).re() > (k::<D>(0.5)).re() {
        s1 += ((x[0].exp().sqrt() + s1) - u4.tanh().exp2().cos()).tanh();
    } else {
        s1 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * ((((((u4.abs() * u4.abs() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).sqrt())
                    .cos())
                .exp())
                .cos()));
    }
    let (u7, w8) = (
        ((x[0] * y).cos()) * ((x[3] - s1).tanh()),
        (x[0] / ((k::<D>(1.5)) + ((k::<D>(-0.3)).tanh()))).cos(),
    );
    ((((u4 * w5) * a6) * u7) - w8) - x[3]
}

#[differentiable]
fn p139<T>(x0: T, x1: T) -> T
where
    T: Float + NumAssign,
{
    let mut m1 = (x1 * x1) - (x1 * x0);
    let mut s2 = c::<T>(0.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = T::tan((c::<T>(W[i3])).sin())
            - Float::cbrt((c::<T>(1.0)) + ((c::<T>(1.616)) * (c::<T>(1.616))));
        let a5 = x1.max(x0);
        m1 = ((c::<T>(0.5)) * m1)
            + (((((c::<T>(core::f64::consts::PI)).cos()).exp2()) + a4.tanh()).tanh());
        s2 += T::sinh(Float::cos(c::<T>(std::f64::consts::E))).cos();
        m1 += T::sin(x1);
    }
    let mut s6 = c::<T>(0.5);
    for i7 in 1..5 {
        let mut m8 = c::<T>(ALPHA);
        let a9 = Float::powi(
            Float::sin(
                Float::sinh(s6.tanh())
                    / (T::one()
                        + ((((c::<T>(2.0)) + x0.sin()).log2())
                            * (((c::<T>(2.0)) + x0.sin()).log2()))),
            ),
            2,
        );
        let mut s10 = T::from(0.5).unwrap();
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            let a9: T = ((x1
                / ((c::<T>(1.0)) + ((a9 * (c::<T>(i11 as f64))) * (a9 * (c::<T>(i11 as f64))))))
            .ceil())
                * (Float::tanh((c::<T>(W[i7])).exp_m1()) * ((-m8).sin()));
            s2 = ((c::<T>(0.5)) * s2) + T::sin(T::from(-1.19).unwrap());
        }
        s10 -= (((c::<T>(1.0)) + ((c::<T>(0.48)) * T::from(0.48).unwrap())).log(Float::exp(
            T::from(0.5).unwrap() + ((c::<T>(0.4)) * T::sin((c::<T>(i7 as f64)).sin())),
        )))
        .sin();
    }
    for i12 in 1..3 {
        s2 -= s6.tanh();
        let mut m13: T = Float::powf((c::<T>(-1.143)).hypot(T::one()), x0);
        if ((c::<T>(1.1)) + ((T::one() + (x0 * x0)) * ((c::<T>(1.0)) + (x0 * x0)))).acosh()
            > T::from(-0.9).unwrap()
        {
            continue;
        }
        m1 += (((c::<T>(core::f64::consts::PI)).atan()).cos()).cos();
        m13 *= T::one()
            + ((c::<T>(0.3))
                * (((c::<T>(0.88)).mul_add(
                    ((T::from(1.1).unwrap() + (x0.exp() * T::exp(x0))).acosh()).tanh(),
                    x1,
                ))
                .sin()));
        m1 = ((c::<T>(0.5)) * m1) + Float::atan(s6);
    }
    m1 = m1.max(T::acosh(
        (c::<T>(1.1))
            + (((c::<T>(2.0)) + Float::max(s2, m1).abs().sin())
                * ((c::<T>(2.0)) + T::sin(T::max(s2, m1).abs()))),
    ));
    T::tanh(T::from(0.001).unwrap() * ((((x0 + x1) + m1) + s2) + s6))
}

fn p139_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut m1 = (x1 * x1) - (x1 * x0);
    let mut s2 = k::<D>(0.0);
    let mut i3 = 0;
    while i3 < 4 {
        i3 += 1;
        let a4 = (((k::<D>(W[i3])).sin()).tan())
            - (((k::<D>(1.0)) + ((k::<D>(1.616)) * (k::<D>(1.616)))).cbrt());
        let a5 = dmax(x1, x0);
        m1 = ((k::<D>(0.5)) * m1)
            + (((((k::<D>(core::f64::consts::PI)).cos()).exp2()) + a4.tanh()).tanh());
        s2 += (((k::<D>(std::f64::consts::E)).cos()).sinh()).cos();
        m1 += x1.sin();
    }
    let mut s6 = k::<D>(0.5);
    for i7 in 1..5 {
        let mut m8 = k::<D>(ALPHA);
        let a9 = ((s6.tanh().sinh()
            / ((k::<D>(1.0))
                + ((((k::<D>(2.0)) + x0.sin()).log2()) * (((k::<D>(2.0)) + x0.sin()).log2()))))
        .sin())
        .powi(2);
        let mut s10 = k::<D>(0.5);
        let mut i11 = 0;
        while i11 < 1 {
            i11 += 1;
            let a9: D = (k::<D>(
                (x1 / ((k::<D>(1.0))
                    + ((a9 * (k::<D>(i11 as f64))) * (a9 * (k::<D>(i11 as f64))))))
                .re()
                .ceil(),
            )) * ((((k::<D>(W[i7])).exp_m1()).tanh()) * ((-m8).sin()));
            s2 = ((k::<D>(0.5)) * s2) + ((k::<D>(-1.19)).sin());
        }
        s10 -= (((k::<D>(1.0)) + ((k::<D>(0.48)) * (k::<D>(0.48)))).ln()
            / (((k::<D>(0.5)) + ((k::<D>(0.4)) * (((k::<D>(i7 as f64)).sin()).sin()))).exp()).ln())
        .sin();
    }
    for i12 in 1..3 {
        s2 -= s6.tanh();
        let mut m13: D = (x0
            * (((k::<D>(-1.143)) * (k::<D>(-1.143)) + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln())
        .exp();
        if (((k::<D>(1.1)) + (((k::<D>(1.0)) + (x0 * x0)) * ((k::<D>(1.0)) + (x0 * x0)))).acosh())
            .re()
            > (k::<D>(-0.9)).re()
        {
            continue;
        }
        m1 += (((k::<D>(core::f64::consts::PI)).atan()).cos()).cos();
        m13 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((k::<D>(0.88)) * ((((k::<D>(1.1)) + (x0.exp() * x0.exp())).acosh()).tanh())
                    + x1)
                    .sin()));
        m1 = ((k::<D>(0.5)) * m1) + s6.atan();
    }
    m1 = dmax(
        m1,
        ((k::<D>(1.1))
            + (((k::<D>(2.0)) + dmax(s2, m1).abs().sin())
                * ((k::<D>(2.0)) + dmax(s2, m1).abs().sin())))
        .acosh(),
    );
    ((k::<D>(0.001)) * ((((x0 + x1) + m1) + s2) + s6)).tanh()
}

#[differentiable]
fn p140<T: Float>(x: &[T]) -> T {
    let a1: T = (c::<T>(ALPHA)).abs();
    let a2 = if a1.sin().exp() >= c::<T>(0.27) && !(x[2] >= a1) {
        x[1]
    } else {
        T::tanh(a1.hypot(T::from(0.5).unwrap() + (x[3] * x[3])).round() * ((a1 - x[5]).sin()))
            * (((x[5].signum() * a1.sin()) - (Float::ceil(c::<T>(0.458)) * x[3])).atan())
    };
    let mut s3 = T::zero();
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a2 = x[0];
        s3 = s3 + ((s3 - (c::<T>(-1.777))).sin());
        s3 = s3 / x[0].cosh().powf(x[4]).hypot(c::<T>(1.0));
    }
    s3 = s3
        + ((((s3 + (c::<T>(1.6))).sin()).mul_add(
            Float::log10((c::<T>(2.0)) + ((c::<T>(-1.261)).sin())),
            (c::<T>(0.791)) / ((c::<T>(1.0)) + (x[4] * x[4])),
        ))
        .clamp(c::<T>(-1.32), c::<T>(1.13)));
    ((a1 + a2) + s3) + x[4]
}

fn p140_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (k::<D>(ALPHA)).abs();
    let a2 = if a1.sin().exp().re() >= (k::<D>(0.27)).re() && !(x[2].re() >= a1.re()) {
        x[1]
    } else {
        (((k::<D>(
            ((a1 * a1 + ((k::<D>(0.5)) + (x[3] * x[3])) * ((k::<D>(0.5)) + (x[3] * x[3]))).sqrt())
                .re()
                .round(),
        )) * ((a1 - x[5]).sin()))
        .tanh())
            * ((((k::<D>(x[5].re().signum())) * a1.sin())
                - ((k::<D>((k::<D>(0.458)).re().ceil())) * x[3]))
                .atan())
    };
    let mut s3 = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 3 {
        i4 += 1;
        let a2 = x[0];
        s3 += (s3 - (k::<D>(-1.777))).sin();
        s3 /= (((x[4] * x[0].cosh().ln()).exp()) * ((x[4] * x[0].cosh().ln()).exp())
            + (k::<D>(1.0)) * (k::<D>(1.0)))
        .sqrt();
    }
    s3 += dclamp(
        (((s3 + (k::<D>(1.6))).sin()) * (((k::<D>(2.0)) + ((k::<D>(-1.261)).sin())).log10())
            + ((k::<D>(0.791)) / ((k::<D>(1.0)) + (x[4] * x[4])))),
        k::<D>(-1.32),
        k::<D>(1.13),
    );
    ((a1 + a2) + s3) + x[4]
}

#[differentiable]
fn p141<T: Float>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(0.0);
    for i2 in 0..=2 {
        let a3 = s1 - (c::<T>(V[i2]));
        let a3 = T::exp(T::sin(if i2 % 2 == 0 { s1 } else { a3 })).sqrt();
        s1 = s1 * (T::one() + ((c::<T>(0.3)) * ((c::<T>(1.9)).sin())));
    }
    if x1.cos() > (c::<T>(1.808)) + x0 || s1 < s1 {
        s1 = s1 + T::sin(x1).tan();
    } else {
        s1 = ((c::<T>(0.5)) * s1) + s1.sin();
    }
    let a4 = x1 - x1;
    let mut s5 = T::zero();
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        if i6 > 1 {
            break;
        }
        let (u7, w8) = (
            x1.clamp(c::<T>(-1.47), c::<T>(1.48)),
            ((c::<T>(1.0))
                + (p26(T::atan(T::sin(s1).exp()), x0) * p26(Float::sin(s1).exp().atan(), x0)))
            .log10(),
        );
        let mut s9 = c::<T>(0.5);
        let mut i10 = 0;
        while i10 < 2 {
            i10 += 1;
            let a11 = T::powf((c::<T>(1.0)) + (a4 * a4), s5.atan());
            let a12 = x1.exp2();
            let a11 = ((c::<T>(1.5))
                + ((((c::<T>(2.0))
                    + Float::sin(Float::powf((c::<T>(1.5)) + x1.tanh(), s1.tanh())))
                .cbrt())
                .tanh()))
            .powi(-1);
            s9 = s9 - x1.exp().cos();
        }
        s1 = s1 - ((a4 / s9.hypot(c::<T>(1.0))).cos());
        s9 = Float::tanh(
            (T::from(0.7).unwrap() * s9) + T::powi(T::from(2.0).unwrap() + s1.sin(), -1),
        );
    }
    if ((c::<T>(BETA)).round()) * T::from(0.166).unwrap() <= c::<T>(-0.13) {
        return a4;
    }
    let a4 = a4;
    let a13 = (c::<T>(-1.6)).abs();
    ((c::<T>(0.001)) * ((((x1 + s1) + s5) + a4) * a13)).tanh()
}

fn p141_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..=2 {
        let a3 = s1 - (k::<D>(V[i2]));
        let a3 = (((if i2 % 2 == 0 { s1 } else { a3 }).sin()).exp()).sqrt();
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((k::<D>(1.9)).sin()));
    }
    if x1.cos().re() > ((k::<D>(1.808)) + x0).re() || s1.re() < s1.re() {
        s1 += x1.sin().tan();
    } else {
        s1 = ((k::<D>(0.5)) * s1) + s1.sin();
    }
    let a4 = x1 - x1;
    let mut s5 = k::<D>(0.0);
    let mut i6 = 0;
    while i6 < 3 {
        i6 += 1;
        if i6 > 1 {
            break;
        }
        let (u7, w8) = (
            dclamp(x1, k::<D>(-1.47), k::<D>(1.48)),
            ((k::<D>(1.0)) + (p26_d(s1.sin().exp().atan(), x0) * p26_d(s1.sin().exp().atan(), x0)))
                .log10(),
        );
        let mut s9 = k::<D>(0.5);
        let mut i10 = 0;
        while i10 < 2 {
            i10 += 1;
            let a11 = (s5.atan() * ((k::<D>(1.0)) + (a4 * a4)).ln()).exp();
            let a12 = x1.exp2();
            let a11 = ((k::<D>(1.5))
                + ((((k::<D>(2.0))
                    + (((s1.tanh() * ((k::<D>(1.5)) + x1.tanh()).ln()).exp()).sin()))
                .cbrt())
                .tanh()))
            .powi(-1);
            s9 -= x1.exp().cos();
        }
        s1 -= (a4 / ((s9 * s9 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt())).cos();
        s9 = (((k::<D>(0.7)) * s9) + (((k::<D>(2.0)) + s1.sin()).powi(-1))).tanh();
    }
    if ((k::<D>((k::<D>(BETA)).re().round())) * (k::<D>(0.166))).re() <= (k::<D>(-0.13)).re() {
        return a4;
    }
    let a4 = a4;
    let a13 = (k::<D>(-1.6)).abs();
    ((k::<D>(0.001)) * ((((x1 + s1) + s5) + a4) * a13)).tanh()
}

#[differentiable]
fn p142<T: Float + NumAssign>(x: &[T], y: T) -> T {
    let mut m1 = ((y / (T::one() + (T::from(0.715).unwrap() * (c::<T>(0.715))))) * x[0])
        + (p81(c::<T>(0.12), y, y) + y);
    let mut s2 = T::one();
    for i3 in 1..2 {
        let a4: T = T::sin(m1 + m1) + T::sin(x[3] + (c::<T>(BETA))).exp2();
        let (u5, w6) = (
            ((c::<T>(core::f64::consts::PI)).clamp(c::<T>(-1.45), c::<T>(1.27)))
                * (T::from(1.9).unwrap() / ((c::<T>(2.0)) + ((c::<T>(i3 as f64)).sin()))),
            y.tanh().hypot(c::<T>(1.0)).powf(-y),
        );
        if i3 > 2 {
            continue;
        }
        m1 = T::max(m1, m1.tanh());
    }
    for i7 in 2..5 {
        let y = s2.sin() * s2.tanh();
        s2 += T::cos(c::<T>(i7 as f64));
        let a8 = if i7 <= 2 {
            T::log2(Float::hypot(
                T::from(-1.856).unwrap() - (s2 + y),
                c::<T>(1.0),
            ))
        } else {
            (T::log2(T::from(1.5).unwrap() + T::tanh(c::<T>(-0.8))).sin() * T::cos(x[1] + s2))
                * Float::cos(T::mul_add(y, s2.tanh(), x[3]))
        };
        s2 -= T::acos(T::from(0.9).unwrap() * x[0].abs().sin()).cos();
        m1 /= (c::<T>(1.0)) + ((c::<T>(V[i7])) * (c::<T>(V[i7])));
    }
    let a9 = T::clamp(
        Float::log2((c::<T>(1.5)) + T::tanh((c::<T>(-0.764)) - s2)),
        c::<T>(-0.69),
        c::<T>(0.15),
    );
    let (u11, w12) = (y, {
        let t10 = (c::<T>(-1.52)) - (c::<T>(-1.0));
        Float::sin(c::<T>(-0.5))
    });
    ((((m1 + s2) + a9) + u11) + w12) + x[0]
}

fn p142_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut m1 = ((y / ((k::<D>(1.0)) + ((k::<D>(0.715)) * (k::<D>(0.715))))) * x[0])
        + (p81_d(k::<D>(0.12), y, y) + y);
    let mut s2 = k::<D>(1.0);
    for i3 in 1..2 {
        let a4: D = ((m1 + m1).sin()) + (((x[3] + (k::<D>(BETA))).sin()).exp2());
        let (u5, w6) = (
            dclamp(k::<D>(core::f64::consts::PI), k::<D>(-1.45), k::<D>(1.27))
                * ((k::<D>(1.9)) / ((k::<D>(2.0)) + ((k::<D>(i3 as f64)).sin()))),
            ((-y) * ((y.tanh() * y.tanh() + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).ln()).exp(),
        );
        if i3 > 2 {
            continue;
        }
        m1 = dmax(m1, m1.tanh());
    }
    for i7 in 2..5 {
        let y = s2.sin() * s2.tanh();
        s2 += (k::<D>(i7 as f64)).cos();
        let a8 = if i7 <= 2 {
            ((((k::<D>(-1.856)) - (s2 + y)) * ((k::<D>(-1.856)) - (s2 + y))
                + (k::<D>(1.0)) * (k::<D>(1.0)))
            .sqrt())
            .log2()
        } else {
            (((((k::<D>(1.5)) + ((k::<D>(-0.8)).tanh())).log2()).sin()) * ((x[1] + s2).cos()))
                * ((y * s2.tanh() + x[3]).cos())
        };
        s2 -= (((k::<D>(0.9)) * x[0].abs().sin()).acos()).cos();
        m1 /= (k::<D>(1.0)) + ((k::<D>(V[i7])) * (k::<D>(V[i7])));
    }
    let a9 = dclamp(
        ((k::<D>(1.5)) + (((k::<D>(-0.764)) - s2).tanh())).log2(),
        k::<D>(-0.69),
        k::<D>(0.15),
    );
    let (u11, w12) = (y, {
        let t10 = (k::<D>(-1.52)) - (k::<D>(-1.0));
        (k::<D>(-0.5)).sin()
    });
    ((((m1 + s2) + a9) + u11) + w12) + x[0]
}

#[differentiable]
fn p143(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s1 = 0.0;
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3: f64 = (1.5 + f64::tanh(s1)).powf(x2);
        let a4 = x0;
        s1 -= ((a3 * (i2 as f64)).clamp(-0.4, 1.36)).atan();
        s1 = s1.max(x0.exp_m1().cos());
        s1 -= a3.atan();
    }
    let mut s5: f64 = 0.5;
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        let a7 = ((1.0 + (BETA * BETA)).sqrt()) - x0;
        s1 /= 2.0_f64 + x1.sin();
    }
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let mut m9 = x0.cosh().sin();
        if Float::atan2(x2, -(0.5f64 + (V[i8] * V[i8]))) > 0.91 && i8 > 0 {
            continue;
        }
        let a10: f64 = x2;
        let a10 = x2.max(s1);
        s5 -= (m9 - s1).sin();
    }
    let mut m11 = x0.cosh()
        / (1.0 + (f64::recip(f64::exp(s5.cos())).sin() * Float::recip(f64::exp(s5.cos())).sin()));
    (0.001 * ((((x1 + x2) + s1) - s5) + m11)).tanh()
}

fn p143_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D, x2: D) -> D {
    let mut s1 = k::<D>(0.0);
    let mut i2 = 0;
    while i2 < 4 {
        i2 += 1;
        let a3: D = (x2 * ((k::<D>(1.5)) + s1.tanh()).ln()).exp();
        let a4 = x0;
        s1 -= dclamp(a3 * (k::<D>(i2 as f64)), k::<D>(-0.4), k::<D>(1.36)).atan();
        s1 = dmax(s1, x0.exp_m1().cos());
        s1 -= a3.atan();
    }
    let mut s5: D = k::<D>(0.5);
    let mut i6 = 0;
    while i6 < 2 {
        i6 += 1;
        let a7 = (((k::<D>(1.0)) + ((k::<D>(BETA)) * (k::<D>(BETA)))).sqrt()) - x0;
        s1 /= (k::<D>(2.0)) + x1.sin();
    }
    let mut i8 = 0;
    while i8 < 1 {
        i8 += 1;
        let mut m9 = x0.cosh().sin();
        if datan2(x2, -((k::<D>(0.5)) + ((k::<D>(V[i8])) * (k::<D>(V[i8]))))).re()
            > (k::<D>(0.91)).re()
            && i8 > 0
        {
            continue;
        }
        let a10: D = x2;
        let a10 = dmax(x2, s1);
        s5 -= (m9 - s1).sin();
    }
    let mut m11 =
        x0.cosh() / ((k::<D>(1.0)) + (s5.cos().exp().recip().sin() * s5.cos().exp().recip().sin()));
    ((k::<D>(0.001)) * ((((x1 + x2) + s1) - s5) + m11)).tanh()
}

#[differentiable]
fn p144<T: Float>(x0: T, x1: T) -> T {
    let (u1, w2) = (
        x0.atan2((c::<T>(0.5)) + (x0 * x0)),
        ((c::<T>(0.9)) * (((c::<T>(0.4)) * x1).sin())).acos(),
    );
    let mut s3: T = c::<T>(0.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        if x1 + (c::<T>(0.623)) <= x1 {
            continue;
        }
        let mut m5 = Float::atan2(x1.atan(), (c::<T>(0.5)) + (w2 * w2));
        let a6 = (x1 / T::atan(s3).exp()).atan2(T::from(0.5).unwrap() + (w2 * w2));
        let mut m7: T = x0;
        m7 = m7 + ((w2.signum() * T::sin(w2)).sin());
    }
    let w2 = c::<T>(-1.902);
    for i8 in 1..=4 {
        s3 = s3
            * ((c::<T>(1.0))
                + ((c::<T>(0.3))
                    * (((((c::<T>(2.0)) + T::from(-0.5).unwrap().sin()).cbrt())
                        + (((c::<T>(i8 as f64)).sin()).exp_m1()))
                    .sin())));
        let mut s9 = c::<T>(1.0);
        let mut i10 = 0;
        while i10 < 1 {
            i10 += 1;
            let a11 = Float::powi(T::atan(c::<T>(ALPHA)).cosh(), -1)
                .clamp(T::from(-1.48).unwrap(), c::<T>(0.69));
            let a12 = ((((c::<T>(i8 as f64)).tanh()).mul_add(a11, w2)).cos()).sinh();
            let mut m13: T = (T::from(2.0).unwrap()
                + ((Float::mul_add(s9.cos(), a12.atan(), s3).cos()
                    * Float::acos((c::<T>(0.9)) * s9.cos().tanh()))
                .sin()))
            .recip();
            s9 = s9
                / ((c::<T>(2.0)) + Float::sin(((c::<T>(0.9)) * ((c::<T>(V[i10])).tanh())).acos()));
        }
        let mut m14 = T::mul_add((c::<T>(BETA)).sin(), w2, s9);
        s3 = ((c::<T>(0.5)) * s3) + (((x1 - s3).asinh()).tanh());
        m14 = m14 + x1.atan();
    }
    let mut s15 = T::one();
    for i16 in 2..=3 {
        let a17 = w2.exp() / ((c::<T>(2.0)) + s3.cos().sin());
        s3 = s3 + Float::tanh(T::exp2(s15.cos()));
        s15 = ((c::<T>(0.5)) * s15) + (((T::from(1.5).unwrap() + s15.tanh()).recip()).atan());
        s3 = s3 * (T::one() + ((c::<T>(0.3)) * ((x0 - (c::<T>(W[i16]))).sin())));
    }
    ((c::<T>(0.001)) * ((((x1 * u1) + s3) + w2) + s15)).tanh()
}

fn p144_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let (u1, w2) = (
        datan2(x0, (k::<D>(0.5)) + (x0 * x0)),
        ((k::<D>(0.9)) * (((k::<D>(0.4)) * x1).sin())).acos(),
    );
    let mut s3: D = k::<D>(0.0);
    let mut i4 = 0;
    while i4 < 1 {
        i4 += 1;
        if (x1 + (k::<D>(0.623))).re() <= x1.re() {
            continue;
        }
        let mut m5 = datan2(x1.atan(), (k::<D>(0.5)) + (w2 * w2));
        let a6 = datan2(x1 / s3.atan().exp(), (k::<D>(0.5)) + (w2 * w2));
        let mut m7: D = x0;
        m7 += ((k::<D>(w2.re().signum())) * w2.sin()).sin();
    }
    let w2 = k::<D>(-1.902);
    for i8 in 1..=4 {
        s3 *= (k::<D>(1.0))
            + ((k::<D>(0.3))
                * (((((k::<D>(2.0)) + ((k::<D>(-0.5)).sin())).cbrt())
                    + (((k::<D>(i8 as f64)).sin()).exp_m1()))
                .sin()));
        let mut s9 = k::<D>(1.0);
        let mut i10 = 0;
        while i10 < 1 {
            i10 += 1;
            let a11 = dclamp(
                (((k::<D>(ALPHA)).atan()).cosh()).powi(-1),
                k::<D>(-1.48),
                k::<D>(0.69),
            );
            let a12 = ((((k::<D>(i8 as f64)).tanh()) * a11 + w2).cos()).sinh();
            let mut m13: D = ((k::<D>(2.0))
                + ((((s9.cos() * a12.atan() + s3).cos())
                    * (((k::<D>(0.9)) * s9.cos().tanh()).acos()))
                .sin()))
            .recip();
            s9 /= (k::<D>(2.0)) + ((((k::<D>(0.9)) * ((k::<D>(V[i10])).tanh())).acos()).sin());
        }
        let mut m14 = (((k::<D>(BETA)).sin()) * w2 + s9);
        s3 = ((k::<D>(0.5)) * s3) + (((x1 - s3).asinh()).tanh());
        m14 += x1.atan();
    }
    let mut s15 = k::<D>(1.0);
    for i16 in 2..=3 {
        let a17 = w2.exp() / ((k::<D>(2.0)) + s3.cos().sin());
        s3 += s15.cos().exp2().tanh();
        s15 = ((k::<D>(0.5)) * s15) + ((((k::<D>(1.5)) + s15.tanh()).recip()).atan());
        s3 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * ((x0 - (k::<D>(W[i16]))).sin()));
    }
    ((k::<D>(0.001)) * ((((x1 * u1) + s3) + w2) + s15)).tanh()
}

#[differentiable]
fn p145(x0: f64, x1: f64) -> f64 {
    let a1 = x1.mul_add(x1, x0);
    let mut s2 = 1.0;
    for i3 in 0..4 {
        let a4 = (1.1 + ((1.5 + V[i3].tanh()) * (1.5 + V[i3].tanh()))).acosh();
        s2 *= 1.0f64 + (0.3 * Float::exp(x1).powf(x1).sin());
    }
    let a5: f64 = (-x1).exp_m1();
    let mut s6 = 1.0;
    for i7 in 1..=2 {
        if W[i7] * (-0.5_f64) > 0.53 {
            break;
        }
        if !(W[i7] - s6 < -0.27) {
            s2 = s2.min(Float::tanh(((2.0 + s2.sin()).log2()).tanh()));
        } else {
            s2 = (0.5 * s2) + a5.cos();
        }
        s2 *= 1.0 + (0.3 * Float::sin(x1));
        s6 -= f64::sin(x1);
    }
    for i8 in 0..=2 {
        let a9 = s2.atan() - (-1.703f64);
        s6 = ((0.7 * s6) + a5).atan();
        s6 -= a1.sin();
    }
    (0.001 * ((((x1 + a1) + s2) + a5) + s6)).tanh()
}

fn p145_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let a1 = (x1 * x1 + x0);
    let mut s2 = k::<D>(1.0);
    for i3 in 0..4 {
        let a4 = ((k::<D>(1.1))
            + (((k::<D>(1.5)) + ((k::<D>(V[i3])).tanh()))
                * ((k::<D>(1.5)) + ((k::<D>(V[i3])).tanh()))))
        .acosh();
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((x1 * x1.exp().ln()).exp()).sin()));
    }
    let a5: D = (-x1).exp_m1();
    let mut s6 = k::<D>(1.0);
    for i7 in 1..=2 {
        if ((k::<D>(W[i7])) * (k::<D>(-0.5))).re() > (k::<D>(0.53)).re() {
            break;
        }
        if !(((k::<D>(W[i7])) - s6).re() < (k::<D>(-0.27)).re()) {
            s2 = dmin(s2, ((((k::<D>(2.0)) + s2.sin()).log2()).tanh()).tanh());
        } else {
            s2 = ((k::<D>(0.5)) * s2) + a5.cos();
        }
        s2 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x1.sin());
        s6 -= x1.sin();
    }
    for i8 in 0..=2 {
        let a9 = s2.atan() - (k::<D>(-1.703));
        s6 = (((k::<D>(0.7)) * s6) + a5).atan();
        s6 -= a1.sin();
    }
    ((k::<D>(0.001)) * ((((x1 + a1) + s2) + a5) + s6)).tanh()
}

#[differentiable]
fn p146(x: &[f64]) -> f64 {
    let a1: f64 = ((x[0] * std::f64::consts::E).atan()).mul_add((-1.184).max(x[4]), x[1] * x[1]);
    let (u3, w4) = (
        a1,
        -({
            let t2 = core::f64::consts::PI;
            a1
        }),
    );
    let a5: f64 = core::f64::consts::PI - u3;
    let mut s6 = 0.0;
    for i7 in 0..x.len() - 1 {
        for i8 in 0..x.len() {
            let a5: f64 = a5 + 0.4;
            let u3 = w4 * x[i8];
            s6 = (0.5_f64 * s6) + s6.atan();
        }
        s6 = (0.5 * s6) + Float::atan(x[i7] - a5);
        let a9 = if -s6 <= u3 + a1 {
            x[i7]
        } else {
            p110(x[i7 + 1], a5.tanh(), (-1.66).atan()) * ((-1.32).mul_add(x[i7], u3))
        };
        s6 += (x[i7] * x[i7]).atan();
    }
    for i10 in 0..=4 {
        let a11: f64 = Float::cos(x[0]);
        let a5: f64 = x[3];
        s6 += (V[i10] + u3).cos();
    }
    let a12: f64 = u3.sin();
    let mut s13 = 0.0_f64;
    for i14 in 2..5 {
        let a15 = x[3];
        s13 -= Float::powf(
            1.0 + (((a5 + a15).tanh()) * ((a5 + a15).tanh())),
            Float::atan(a1),
        )
        .sin();
    }
    (0.001 * (((((w4 + a5) - s6) + a12) + s13) + x[3])).tanh()
}

fn p146_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1: D = (((x[0] * (k::<D>(std::f64::consts::E))).atan()) * dmax(k::<D>(-1.184), x[4])
        + (x[1] * x[1]));
    let (u3, w4) = (
        a1,
        -({
            let t2 = k::<D>(core::f64::consts::PI);
            a1
        }),
    );
    let a5: D = (k::<D>(core::f64::consts::PI)) - u3;
    let mut s6 = k::<D>(0.0);
    for i7 in 0..x.len() - 1 {
        for i8 in 0..x.len() {
            let a5: D = a5 + (k::<D>(0.4));
            let u3 = w4 * x[i8];
            s6 = ((k::<D>(0.5)) * s6) + s6.atan();
        }
        s6 = ((k::<D>(0.5)) * s6) + ((x[i7] - a5).atan());
        let a9 = if (-s6).re() <= (u3 + a1).re() {
            x[i7]
        } else {
            p110_d(x[i7 + 1], a5.tanh(), (k::<D>(-1.66)).atan()) * ((k::<D>(-1.32)) * x[i7] + u3)
        };
        s6 += (x[i7] * x[i7]).atan();
    }
    for i10 in 0..=4 {
        let a11: D = x[0].cos();
        let a5: D = x[3];
        s6 += ((k::<D>(V[i10])) + u3).cos();
    }
    let a12: D = u3.sin();
    let mut s13 = k::<D>(0.0);
    for i14 in 2..5 {
        let a15 = x[3];
        s13 -= ((a1.atan() * ((k::<D>(1.0)) + (((a5 + a15).tanh()) * ((a5 + a15).tanh()))).ln())
            .exp())
        .sin();
    }
    ((k::<D>(0.001)) * (((((w4 + a5) - s6) + a12) + s13) + x[3])).tanh()
}

#[differentiable]
fn p147<T: Float>(x: [T; 6]) -> T {
    let a1 = ((c::<T>(std::f64::consts::E)).ceil()) * x[0];
    let (u2, w3) = (
        Float::exp(x[2].cosh().tanh()).atan2(
            (c::<T>(0.5))
                + (Float::atanh(
                    (c::<T>(0.9)) * ((x[2] / ((c::<T>(1.0)) + (T::atan(a1) * a1.atan()))).sin()),
                ) * ((T::from(0.9).unwrap()
                    * ((x[2] / ((c::<T>(1.0)) + (T::atan(a1) * a1.atan()))).sin()))
                .atanh())),
        ),
        T::exp_m1(Float::atan(c::<T>(0.473))).sin().mul_add(
            ((((c::<T>(2.0)) + T::sin(a1)).log10()) / ((c::<T>(1.5)) + T::tanh(x[5]))).tanh(),
            ((c::<T>(std::f64::consts::E)) * (c::<T>(-0.71))) * (c::<T>(-0.2)),
        ),
    );
    let mut s4: T = c::<T>(0.5);
    for i5 in 0..x.len() - 1 {
        let a6 = (((c::<T>(0.5))
            + ((T::one() + (Float::powi(x[i5], 2) * T::powi(x[i5], 2)))
                * ((c::<T>(1.0)) + (T::powi(x[i5], 2) * x[i5].powi(2)))))
        .ln_1p())
            * s4.hypot(T::one()).log10().cos().cosh().powi(-1);
        let a7 = -(c::<T>(-0.711));
        if a1 * T::from(0.76).unwrap() >= s4 - w3 {
            s4 = ((c::<T>(0.5)) * s4)
                + ((((c::<T>(0.9)) * (((a6 * w3).tanh()).sin())).asin()).sin());
        }
        s4 = s4
            - ((((if c::<T>(1.3) >= c::<T>(BETA) {
                w3
            } else {
                x[i5]
            })
            .tanh())
            .cosh())
            .sin());
        s4 = ((c::<T>(0.5)) * s4) + ((((c::<T>(std::f64::consts::E)).tanh()).exp_m1()).cos());
    }
    let mut m8 = T::from(-0.691).unwrap().min(u2) + s4.tanh();
    if (c::<T>(-0.294)) / ((c::<T>(2.0)) + Float::sin(m8)) > c::<T>(0.53) {
        m8 = m8 * ((c::<T>(1.0)) + ((c::<T>(0.3)) * x[1].sin()));
    } else {
        m8 = m8 / ((c::<T>(2.0)) + x[1].sin());
    }
    ((((a1 + u2) + w3) + s4) + m8) + x[4]
}

fn p147_d<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
    let a1 = (k::<D>((k::<D>(std::f64::consts::E)).re().ceil())) * x[0];
    let (u2, w3) = (
        datan2(
            x[2].cosh().tanh().exp(),
            (k::<D>(0.5))
                + ((((k::<D>(0.9)) * ((x[2] / ((k::<D>(1.0)) + (a1.atan() * a1.atan()))).sin()))
                    .atanh())
                    * (((k::<D>(0.9))
                        * ((x[2] / ((k::<D>(1.0)) + (a1.atan() * a1.atan()))).sin()))
                    .atanh())),
        ),
        (((((k::<D>(0.473)).atan()).exp_m1()).sin())
            * (((((k::<D>(2.0)) + a1.sin()).log10()) / ((k::<D>(1.5)) + x[5].tanh())).tanh())
            + (((k::<D>(std::f64::consts::E)) * (k::<D>(-0.71))) * (k::<D>(-0.2)))),
    );
    let mut s4: D = k::<D>(0.5);
    for i5 in 0..x.len() - 1 {
        let a6 = (((k::<D>(0.5))
            + (((k::<D>(1.0)) + (x[i5].powi(2) * x[i5].powi(2)))
                * ((k::<D>(1.0)) + (x[i5].powi(2) * x[i5].powi(2)))))
        .ln_1p())
            * ((((((s4 * s4 + (k::<D>(1.0)) * (k::<D>(1.0))).sqrt()).log10()).cos()).cosh())
                .powi(-1));
        let a7 = -(k::<D>(-0.711));
        if (a1 * (k::<D>(0.76))).re() >= (s4 - w3).re() {
            s4 = ((k::<D>(0.5)) * s4)
                + ((((k::<D>(0.9)) * (((a6 * w3).tanh()).sin())).asin()).sin());
        }
        s4 -= (((if (k::<D>(1.3)).re() >= (k::<D>(BETA)).re() {
            w3
        } else {
            x[i5]
        })
        .tanh())
        .cosh())
        .sin();
        s4 = ((k::<D>(0.5)) * s4) + ((((k::<D>(std::f64::consts::E)).tanh()).exp_m1()).cos());
    }
    let mut m8 = dmin(k::<D>(-0.691), u2) + s4.tanh();
    if ((k::<D>(-0.294)) / ((k::<D>(2.0)) + m8.sin())).re() > (k::<D>(0.53)).re() {
        m8 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[1].sin());
    } else {
        m8 /= (k::<D>(2.0)) + x[1].sin();
    }
    ((((a1 + u2) + w3) + s4) + m8) + x[4]
}

#[differentiable]
fn p148<T>(x: [T; 6], y: T) -> T
where
    T: Float + NumAssign,
{
    let mut s1 = T::zero();
    for i2 in 0..x.len() - 1 {
        if y <= c::<T>(0.16) {
            s1 = (((c::<T>(0.7)) * s1) + x[i2]).atan();
        } else {
            s1 = Float::tanh(((c::<T>(0.7)) * s1) + x[i2]);
        }
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * T::exp(x[i2].cos()).cos());
    }
    let a3 = s1 - (c::<T>(-0.1));
    for &i4 in x.iter() {
        s1 *= (c::<T>(1.0)) + ((c::<T>(0.3)) * Float::cos((c::<T>(1.5)) + x[5].asinh().tanh()));
        let mut m5 = (T::atan(s1 + i4) * (x[5] + x[4])) * a3;
        let a6 = i4 - m5;
        s1 = ((T::from(0.7).unwrap() * s1) + (((c::<T>(1.5)) + s1.tanh()).cbrt())).cos();
        m5 = ((c::<T>(0.5)) * m5)
            + T::sin(T::mul_add(
                T::cos(m5),
                (c::<T>(1.024)) / x[0].cosh(),
                (c::<T>(std::f64::consts::E)) / (T::one() + (a3.sin() * a3.sin())),
            ));
    }
    let mut s7 = c::<T>(0.0);
    for i8 in 2..=3 {
        let a9 = if a3.tanh() * Float::atan(s1) > y {
            x[5].powi(1)
        } else {
            s7.sin() * (c::<T>(i8 as f64))
        };
        let a10 = x[2];
        if i8 <= 1 {
            continue;
        }
        s1 = ((c::<T>(0.5)) * s1) + s7.tanh();
        s1 -= (x[4] - a3).sin();
    }
    if (c::<T>(-0.605)) + x[1] < s7.cos().exp_m1() {
        s1 = ((c::<T>(0.5)) * s1) + a3;
    } else {
        s1 = ((c::<T>(0.5)) * s1)
            + (((T::sin(s1).sin().tan() + ((c::<T>(-0.53)).mul_add(c::<T>(1.839), s1)))
                + ((s7 / ((c::<T>(2.0)) + x[3].sin())).cos()))
            .sin());
    }
    (((y + s1) + a3) - s7) + x[1]
}

fn p148_d<D: DualNum<Primitive = f64> + Copy>(x: &[D], y: D) -> D {
    let mut s1 = k::<D>(0.0);
    for i2 in 0..x.len() - 1 {
        if y.re() <= (k::<D>(0.16)).re() {
            s1 = (((k::<D>(0.7)) * s1) + x[i2]).atan();
        } else {
            s1 = (((k::<D>(0.7)) * s1) + x[i2]).tanh();
        }
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * x[i2].cos().exp().cos());
    }
    let a3 = s1 - (k::<D>(-0.1));
    for &i4 in x.iter() {
        s1 *= (k::<D>(1.0)) + ((k::<D>(0.3)) * (((k::<D>(1.5)) + x[5].asinh().tanh()).cos()));
        let mut m5 = (((s1 + i4).atan()) * (x[5] + x[4])) * a3;
        let a6 = i4 - m5;
        s1 = (((k::<D>(0.7)) * s1) + (((k::<D>(1.5)) + s1.tanh()).cbrt())).cos();
        m5 = ((k::<D>(0.5)) * m5)
            + ((m5.cos() * ((k::<D>(1.024)) / x[0].cosh())
                + ((k::<D>(std::f64::consts::E)) / ((k::<D>(1.0)) + (a3.sin() * a3.sin()))))
            .sin());
    }
    let mut s7 = k::<D>(0.0);
    for i8 in 2..=3 {
        let a9 = if (a3.tanh() * s1.atan()).re() > y.re() {
            x[5].powi(1)
        } else {
            s7.sin() * (k::<D>(i8 as f64))
        };
        let a10 = x[2];
        if i8 <= 1 {
            continue;
        }
        s1 = ((k::<D>(0.5)) * s1) + s7.tanh();
        s1 -= (x[4] - a3).sin();
    }
    if ((k::<D>(-0.605)) + x[1]).re() < s7.cos().exp_m1().re() {
        s1 = ((k::<D>(0.5)) * s1) + a3;
    } else {
        s1 = ((k::<D>(0.5)) * s1)
            + (((s1.sin().sin().tan() + ((k::<D>(-0.53)) * (k::<D>(1.839)) + s1))
                + ((s7 / ((k::<D>(2.0)) + x[3].sin())).cos()))
            .sin());
    }
    (((y + s1) + a3) - s7) + x[1]
}

#[differentiable]
fn p149<T: Float + NumAssign>(x0: T, x1: T) -> T {
    let mut s1 = c::<T>(1.0);
    for i2 in 0..=2 {
        let mut s3 = c::<T>(0.5);
        let mut i4 = 0;
        while i4 < 1 {
            i4 += 1;
            let a5 = ((c::<T>(W[i2])).trunc()) * T::cos((x1 * x0) - (s1 + x1));
            if s1 - s3 > T::abs(x1) {
                s1 = s1.min(Float::atan(a5));
            } else {
                s3 += (if x1 > a5 { x1 } else { s1 }).cos();
            }
            let a6 = s1;
            s1 = ((c::<T>(0.5)) * s1) + ((s1 / ((c::<T>(2.0)) + Float::sin(x0))).cos());
        }
        let a7 = ((((c::<T>(0.5)) + (x0.exp() * x0.exp())).ln_1p())
            - Float::powf((c::<T>(1.5)) + ((c::<T>(i2 as f64)).tanh()), s3.sin()))
            + T::asinh(x1).cos();
        s1 = ((c::<T>(0.5)) * s1) + ((c::<T>(BETA)).atan());
        s1 = ((c::<T>(0.5)) * s1) + T::mul_add(a7.tanh(), x1, c::<T>(i2 as f64)).atan();
    }
    let mut m8: T = c::<T>(-0.963);
    if x1 + m8 < m8 {
        s1 = s1.max(Float::tanh(
            ((c::<T>(1.0)) + ((c::<T>(core::f64::consts::PI)) * (c::<T>(core::f64::consts::PI))))
                .sqrt(),
        ));
    } else {
        m8 /= (c::<T>(2.0)) + ((c::<T>(-1.3)).sin());
    }
    let a9 = ((T::from(1.5).unwrap() + x1.tanh()).log2()) * m8;
    let a10 = c::<T>(-0.4);
    let mut i11 = 0;
    while i11 < 2 {
        i11 += 1;
        if a10 / ((c::<T>(1.0)) + (x1 * x1)) > (c::<T>(0.4)).exp_m1() || s1 <= a9 {
            m8 *= T::one() + ((c::<T>(0.3)) * Float::tanh(-(c::<T>(i11 as f64))).exp().ln().sin());
        } else {
            m8 /= (c::<T>(2.0)) + T::sin(a9);
        }
        m8 = (T::from(0.5).unwrap() * m8) + a10.cos();
    }
    ((c::<T>(0.001)) * ((((x1 + s1) + m8) + a9) + a10)).tanh()
}

fn p149_d<D: DualNum<Primitive = f64> + Copy>(x0: D, x1: D) -> D {
    let mut s1 = k::<D>(1.0);
    for i2 in 0..=2 {
        let mut s3 = k::<D>(0.5);
        let mut i4 = 0;
        while i4 < 1 {
            i4 += 1;
            let a5 = (k::<D>((k::<D>(W[i2])).re().trunc())) * (((x1 * x0) - (s1 + x1)).cos());
            if (s1 - s3).re() > x1.abs().re() {
                s1 = dmin(s1, a5.atan());
            } else {
                s3 += (if x1.re() > a5.re() { x1 } else { s1 }).cos();
            }
            let a6 = s1;
            s1 = ((k::<D>(0.5)) * s1) + ((s1 / ((k::<D>(2.0)) + x0.sin())).cos());
        }
        let a7 = ((((k::<D>(0.5)) + (x0.exp() * x0.exp())).ln_1p())
            - ((s3.sin() * ((k::<D>(1.5)) + ((k::<D>(i2 as f64)).tanh())).ln()).exp()))
            + x1.asinh().cos();
        s1 = ((k::<D>(0.5)) * s1) + ((k::<D>(BETA)).atan());
        s1 = ((k::<D>(0.5)) * s1) + ((a7.tanh() * x1 + (k::<D>(i2 as f64))).atan());
    }
    let mut m8: D = k::<D>(-0.963);
    if (x1 + m8).re() < m8.re() {
        s1 = dmax(
            s1,
            (((k::<D>(1.0)) + ((k::<D>(core::f64::consts::PI)) * (k::<D>(core::f64::consts::PI))))
                .sqrt())
            .tanh(),
        );
    } else {
        m8 /= (k::<D>(2.0)) + ((k::<D>(-1.3)).sin());
    }
    let a9 = (((k::<D>(1.5)) + x1.tanh()).log2()) * m8;
    let a10 = k::<D>(-0.4);
    let mut i11 = 0;
    while i11 < 2 {
        i11 += 1;
        if (a10 / ((k::<D>(1.0)) + (x1 * x1))).re() > ((k::<D>(0.4)).exp_m1()).re()
            || s1.re() <= a9.re()
        {
            m8 *= (k::<D>(1.0))
                + ((k::<D>(0.3)) * (((((-(k::<D>(i11 as f64))).tanh()).exp()).ln()).sin()));
        } else {
            m8 /= (k::<D>(2.0)) + a9.sin();
        }
        m8 = ((k::<D>(0.5)) * m8) + a10.cos();
    }
    ((k::<D>(0.001)) * ((((x1 + s1) + m8) + a9) + a10)).tanh()
}

#[test]
fn test_p0() {
    check(&Case {
        name: "p0",
        n: 4,
        f: |x| p0(arr(x), x[3], 3),
        jvp: |x, v| p0_jvp(arr(x), arr(v), x[3], v[3], 3),
        vjp: |x, s, bar| {
            let (y, a, b) = p0_vjp(arr(x), x[3], 3, s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            bar[3] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p0_grad(arr(x), x[3], 3);
            g[..3].copy_from_slice(&a);
            g[3] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p0_hvp(arr(x), arr(v), x[3], v[3], 3);
            hv[..3].copy_from_slice(&a);
            hv[3] = b;
            y
        },
        dual: |x| p0_d(&x[..3], x[3], 3),
        hyper: |x| p0_d(&x[..3], x[3], 3),
    });
}

#[test]
fn test_p1() {
    check(&Case {
        name: "p1",
        n: 6,
        f: |x| p1(arr(x)),
        jvp: |x, v| p1_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p1_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p1_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p1_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p1_d(&x[..6]),
        hyper: |x| p1_d(&x[..6]),
    });
}

#[test]
fn test_p2() {
    check(&Case {
        name: "p2",
        n: 5,
        f: |x| p2(arr(x)),
        jvp: |x, v| p2_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p2_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p2_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p2_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p2_d(&x[..5]),
        hyper: |x| p2_d(&x[..5]),
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
        f: |x| p4(x[0], x[1], x[2], 3),
        jvp: |x, v| p4_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p4_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p4_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p4_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p4_d(x[0], x[1], x[2], 3),
        hyper: |x| p4_d(x[0], x[1], x[2], 3),
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
        f: |x| p7(&x[..3], x[3]),
        jvp: |x, v| p7_jvp(&x[..3], &v[..3], x[3], v[3]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(3);
            let (y, a) = p7_vjp(&x[..3], bx, x[3], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(3);
            let (y, a) = p7_grad(&x[..3], gx, x[3]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(3);
            let (y, a) = p7_hvp(&x[..3], &v[..3], hx, x[3], v[3]);
            hy[0] = a;
            y
        },
        dual: |x| p7_d(&x[..3], x[3]),
        hyper: |x| p7_d(&x[..3], x[3]),
    });
}

#[test]
fn test_p8() {
    check(&Case {
        name: "p8",
        n: 4,
        f: |x| p8(arr(x)),
        jvp: |x, v| p8_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p8_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p8_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p8_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p8_d(&x[..4]),
        hyper: |x| p8_d(&x[..4]),
    });
}

#[test]
fn test_p9() {
    check(&Case {
        name: "p9",
        n: 2,
        f: |x| p9(x[0], x[1]),
        jvp: |x, v| p9_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p9_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p9_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p9_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p9_d(x[0], x[1]),
        hyper: |x| p9_d(x[0], x[1]),
    });
}

#[test]
fn test_p10() {
    check(&Case {
        name: "p10",
        n: 6,
        f: |x| p10(arr(x), x[5]),
        jvp: |x, v| p10_jvp(arr(x), arr(v), x[5], v[5]),
        vjp: |x, s, bar| {
            let (y, a, b) = p10_vjp(arr(x), x[5], s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            bar[5] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p10_grad(arr(x), x[5]);
            g[..5].copy_from_slice(&a);
            g[5] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p10_hvp(arr(x), arr(v), x[5], v[5]);
            hv[..5].copy_from_slice(&a);
            hv[5] = b;
            y
        },
        dual: |x| p10_d(&x[..5], x[5]),
        hyper: |x| p10_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p11() {
    check(&Case {
        name: "p11",
        n: 6,
        f: |x| p11(&x[..5], x[5]),
        jvp: |x, v| p11_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p11_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p11_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p11_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p11_d(&x[..5], x[5]),
        hyper: |x| p11_d(&x[..5], x[5]),
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
        n: 6,
        f: |x| p13(&x[..5], x[5]),
        jvp: |x, v| p13_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p13_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p13_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p13_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p13_d(&x[..5], x[5]),
        hyper: |x| p13_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p14() {
    check(&Case {
        name: "p14",
        n: 3,
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
        n: 4,
        f: |x| p15(arr(x), x[3], 3),
        jvp: |x, v| p15_jvp(arr(x), arr(v), x[3], v[3], 3),
        vjp: |x, s, bar| {
            let (y, a, b) = p15_vjp(arr(x), x[3], 3, s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            bar[3] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p15_grad(arr(x), x[3], 3);
            g[..3].copy_from_slice(&a);
            g[3] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p15_hvp(arr(x), arr(v), x[3], v[3], 3);
            hv[..3].copy_from_slice(&a);
            hv[3] = b;
            y
        },
        dual: |x| p15_d(&x[..3], x[3], 3),
        hyper: |x| p15_d(&x[..3], x[3], 3),
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
        n: 3,
        f: |x| p17(x[0], x[1], x[2], 3),
        jvp: |x, v| p17_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p17_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p17_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p17_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p17_d(x[0], x[1], x[2], 3),
        hyper: |x| p17_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p18() {
    check(&Case {
        name: "p18",
        n: 2,
        f: |x| p18(x[0], x[1]),
        jvp: |x, v| p18_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p18_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p18_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p18_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p18_d(x[0], x[1]),
        hyper: |x| p18_d(x[0], x[1]),
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
        f: |x| p22(x[0], x[1], x[2], 3),
        jvp: |x, v| p22_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p22_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p22_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p22_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p22_d(x[0], x[1], x[2], 3),
        hyper: |x| p22_d(x[0], x[1], x[2], 3),
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
        n: 3,
        f: |x| p24(x),
        jvp: |x, v| p24_jvp(x, v),
        vjp: |x, s, bar| p24_vjp(x, bar, s),
        grad: |x, g| p24_grad(x, g),
        hvp: |x, v, hv| p24_hvp(x, v, hv),
        dual: |x| p24_d(x),
        hyper: |x| p24_d(x),
    });
}

#[test]
fn test_p25() {
    check(&Case {
        name: "p25",
        n: 5,
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
        n: 2,
        f: |x| p26(x[0], x[1]),
        jvp: |x, v| p26_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p26_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p26_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p26_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p26_d(x[0], x[1]),
        hyper: |x| p26_d(x[0], x[1]),
    });
}

#[test]
fn test_p27() {
    check(&Case {
        name: "p27",
        n: 4,
        f: |x| p27(x),
        jvp: |x, v| p27_jvp(x, v),
        vjp: |x, s, bar| p27_vjp(x, bar, s),
        grad: |x, g| p27_grad(x, g),
        hvp: |x, v, hv| p27_hvp(x, v, hv),
        dual: |x| p27_d(x),
        hyper: |x| p27_d(x),
    });
}

#[test]
fn test_p28() {
    check(&Case {
        name: "p28",
        n: 3,
        f: |x| p28(x[0], x[1], x[2]),
        jvp: |x, v| p28_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p28_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p28_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p28_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p28_d(x[0], x[1], x[2]),
        hyper: |x| p28_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p29() {
    check(&Case {
        name: "p29",
        n: 3,
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
        n: 6,
        f: |x| p31(arr(x)),
        jvp: |x, v| p31_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p31_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p31_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p31_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p31_d(&x[..6]),
        hyper: |x| p31_d(&x[..6]),
    });
}

#[test]
fn test_p32() {
    check(&Case {
        name: "p32",
        n: 7,
        f: |x| p32(arr(x), x[6]),
        jvp: |x, v| p32_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p32_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p32_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p32_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p32_d(&x[..6], x[6]),
        hyper: |x| p32_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p33() {
    check(&Case {
        name: "p33",
        n: 3,
        f: |x| p33(x[0], x[1], x[2]),
        jvp: |x, v| p33_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p33_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p33_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p33_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p33_d(x[0], x[1], x[2]),
        hyper: |x| p33_d(x[0], x[1], x[2]),
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
        f: |x| p35(x),
        jvp: |x, v| p35_jvp(x, v),
        vjp: |x, s, bar| p35_vjp(x, bar, s),
        grad: |x, g| p35_grad(x, g),
        hvp: |x, v, hv| p35_hvp(x, v, hv),
        dual: |x| p35_d(x),
        hyper: |x| p35_d(x),
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
        n: 5,
        f: |x| p38(arr(x), 3),
        jvp: |x, v| p38_jvp(arr(x), arr(v), 3),
        vjp: |x, s, bar| {
            let (y, a) = p38_vjp(arr(x), 3, s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p38_grad(arr(x), 3);
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p38_hvp(arr(x), arr(v), 3);
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p38_d(&x[..5], 3),
        hyper: |x| p38_d(&x[..5], 3),
    });
}

#[test]
fn test_p39() {
    check(&Case {
        name: "p39",
        n: 2,
        f: |x| p39(x[0], x[1]),
        jvp: |x, v| p39_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p39_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p39_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p39_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p39_d(x[0], x[1]),
        hyper: |x| p39_d(x[0], x[1]),
    });
}

#[test]
fn test_p40() {
    check(&Case {
        name: "p40",
        n: 2,
        f: |x| p40(x[0], x[1]),
        jvp: |x, v| p40_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p40_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p40_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p40_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p40_d(x[0], x[1]),
        hyper: |x| p40_d(x[0], x[1]),
    });
}

#[test]
fn test_p41() {
    check(&Case {
        name: "p41",
        n: 5,
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
fn test_p46() {
    check(&Case {
        name: "p46",
        n: 3,
        f: |x| p46(x[0], x[1], x[2], 3),
        jvp: |x, v| p46_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p46_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p46_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p46_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p46_d(x[0], x[1], x[2], 3),
        hyper: |x| p46_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p47() {
    check(&Case {
        name: "p47",
        n: 3,
        f: |x| p47(x[0], x[1], x[2]),
        jvp: |x, v| p47_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p47_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p47_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p47_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p47_d(x[0], x[1], x[2]),
        hyper: |x| p47_d(x[0], x[1], x[2]),
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
        n: 6,
        f: |x| p50(x),
        jvp: |x, v| p50_jvp(x, v),
        vjp: |x, s, bar| p50_vjp(x, bar, s),
        grad: |x, g| p50_grad(x, g),
        hvp: |x, v, hv| p50_hvp(x, v, hv),
        dual: |x| p50_d(x),
        hyper: |x| p50_d(x),
    });
}

#[test]
fn test_p51() {
    check(&Case {
        name: "p51",
        n: 3,
        f: |x| p51(x[0], x[1], x[2]),
        jvp: |x, v| p51_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p51_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p51_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p51_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p51_d(x[0], x[1], x[2]),
        hyper: |x| p51_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p52() {
    check(&Case {
        name: "p52",
        n: 6,
        f: |x| p52(x),
        jvp: |x, v| p52_jvp(x, v),
        vjp: |x, s, bar| p52_vjp(x, bar, s),
        grad: |x, g| p52_grad(x, g),
        hvp: |x, v, hv| p52_hvp(x, v, hv),
        dual: |x| p52_d(x),
        hyper: |x| p52_d(x),
    });
}

#[test]
fn test_p53() {
    check(&Case {
        name: "p53",
        n: 4,
        f: |x| p53(x),
        jvp: |x, v| p53_jvp(x, v),
        vjp: |x, s, bar| p53_vjp(x, bar, s),
        grad: |x, g| p53_grad(x, g),
        hvp: |x, v, hv| p53_hvp(x, v, hv),
        dual: |x| p53_d(x),
        hyper: |x| p53_d(x),
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
        n: 2,
        f: |x| p55(x[0], x[1], 3),
        jvp: |x, v| p55_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p55_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p55_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p55_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p55_d(x[0], x[1], 3),
        hyper: |x| p55_d(x[0], x[1], 3),
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
        n: 5,
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
        n: 5,
        f: |x| p59(arr(x), x[4]),
        jvp: |x, v| p59_jvp(arr(x), arr(v), x[4], v[4]),
        vjp: |x, s, bar| {
            let (y, a, b) = p59_vjp(arr(x), x[4], s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            bar[4] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p59_grad(arr(x), x[4]);
            g[..4].copy_from_slice(&a);
            g[4] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p59_hvp(arr(x), arr(v), x[4], v[4]);
            hv[..4].copy_from_slice(&a);
            hv[4] = b;
            y
        },
        dual: |x| p59_d(&x[..4], x[4]),
        hyper: |x| p59_d(&x[..4], x[4]),
    });
}

#[test]
fn test_p60() {
    check(&Case {
        name: "p60",
        n: 2,
        f: |x| p60(x[0], x[1]),
        jvp: |x, v| p60_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p60_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p60_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p60_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p60_d(x[0], x[1]),
        hyper: |x| p60_d(x[0], x[1]),
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
        n: 3,
        f: |x| p62(x[0], x[1], x[2]),
        jvp: |x, v| p62_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p62_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p62_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p62_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p62_d(x[0], x[1], x[2]),
        hyper: |x| p62_d(x[0], x[1], x[2]),
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
        n: 6,
        f: |x| p65(&x[..5], x[5]),
        jvp: |x, v| p65_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p65_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p65_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p65_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p65_d(&x[..5], x[5]),
        hyper: |x| p65_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p66() {
    check(&Case {
        name: "p66",
        n: 6,
        f: |x| p66(&x[..5], x[5], 3),
        jvp: |x, v| p66_jvp(&x[..5], &v[..5], x[5], v[5], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p66_vjp(&x[..5], bx, x[5], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p66_grad(&x[..5], gx, x[5], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p66_hvp(&x[..5], &v[..5], hx, x[5], v[5], 3);
            hy[0] = a;
            y
        },
        dual: |x| p66_d(&x[..5], x[5], 3),
        hyper: |x| p66_d(&x[..5], x[5], 3),
    });
}

#[test]
fn test_p67() {
    check(&Case {
        name: "p67",
        n: 7,
        f: |x| p67(&x[..6], x[6]),
        jvp: |x, v| p67_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p67_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p67_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p67_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p67_d(&x[..6], x[6]),
        hyper: |x| p67_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p68() {
    check(&Case {
        name: "p68",
        n: 4,
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
        n: 6,
        f: |x| p70(&x[..5], x[5]),
        jvp: |x, v| p70_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p70_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p70_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p70_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p70_d(&x[..5], x[5]),
        hyper: |x| p70_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p71() {
    check(&Case {
        name: "p71",
        n: 6,
        f: |x| p71(arr(x)),
        jvp: |x, v| p71_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p71_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p71_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p71_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p71_d(&x[..6]),
        hyper: |x| p71_d(&x[..6]),
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
        n: 3,
        f: |x| p73(x[0], x[1], x[2]),
        jvp: |x, v| p73_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p73_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p73_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p73_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p73_d(x[0], x[1], x[2]),
        hyper: |x| p73_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p74() {
    check(&Case {
        name: "p74",
        n: 5,
        f: |x| p74(&x[..4], x[4], 3),
        jvp: |x, v| p74_jvp(&x[..4], &v[..4], x[4], v[4], 3),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p74_vjp(&x[..4], bx, x[4], 3, s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p74_grad(&x[..4], gx, x[4], 3);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p74_hvp(&x[..4], &v[..4], hx, x[4], v[4], 3);
            hy[0] = a;
            y
        },
        dual: |x| p74_d(&x[..4], x[4], 3),
        hyper: |x| p74_d(&x[..4], x[4], 3),
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
        n: 4,
        f: |x| p76(arr(x)),
        jvp: |x, v| p76_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p76_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p76_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p76_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p76_d(&x[..4]),
        hyper: |x| p76_d(&x[..4]),
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
        n: 6,
        f: |x| p79(&x[..5], x[5]),
        jvp: |x, v| p79_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p79_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p79_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p79_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p79_d(&x[..5], x[5]),
        hyper: |x| p79_d(&x[..5], x[5]),
    });
}

#[test]
fn test_p80() {
    check(&Case {
        name: "p80",
        n: 5,
        f: |x| p80(arr(x)),
        jvp: |x, v| p80_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p80_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p80_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p80_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p80_d(&x[..5]),
        hyper: |x| p80_d(&x[..5]),
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
        n: 4,
        f: |x| p82(arr(x)),
        jvp: |x, v| p82_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p82_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p82_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p82_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p82_d(&x[..4]),
        hyper: |x| p82_d(&x[..4]),
    });
}

#[test]
fn test_p83() {
    check(&Case {
        name: "p83",
        n: 3,
        f: |x| p83(arr(x)),
        jvp: |x, v| p83_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p83_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p83_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p83_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p83_d(&x[..3]),
        hyper: |x| p83_d(&x[..3]),
    });
}

#[test]
fn test_p84() {
    check(&Case {
        name: "p84",
        n: 4,
        f: |x| p84(arr(x)),
        jvp: |x, v| p84_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p84_vjp(arr(x), s);
            for i in 0..4 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p84_grad(arr(x));
            g[..4].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p84_hvp(arr(x), arr(v));
            hv[..4].copy_from_slice(&a);
            y
        },
        dual: |x| p84_d(&x[..4]),
        hyper: |x| p84_d(&x[..4]),
    });
}

#[test]
fn test_p85() {
    check(&Case {
        name: "p85",
        n: 6,
        f: |x| p85(x),
        jvp: |x, v| p85_jvp(x, v),
        vjp: |x, s, bar| p85_vjp(x, bar, s),
        grad: |x, g| p85_grad(x, g),
        hvp: |x, v, hv| p85_hvp(x, v, hv),
        dual: |x| p85_d(x),
        hyper: |x| p85_d(x),
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
        n: 3,
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
        n: 6,
        f: |x| p90(x),
        jvp: |x, v| p90_jvp(x, v),
        vjp: |x, s, bar| p90_vjp(x, bar, s),
        grad: |x, g| p90_grad(x, g),
        hvp: |x, v, hv| p90_hvp(x, v, hv),
        dual: |x| p90_d(x),
        hyper: |x| p90_d(x),
    });
}

#[test]
fn test_p91() {
    check(&Case {
        name: "p91",
        n: 5,
        f: |x| p91(x, 3),
        jvp: |x, v| p91_jvp(x, v, 3),
        vjp: |x, s, bar| p91_vjp(x, bar, 3, s),
        grad: |x, g| p91_grad(x, g, 3),
        hvp: |x, v, hv| p91_hvp(x, v, hv, 3),
        dual: |x| p91_d(x, 3),
        hyper: |x| p91_d(x, 3),
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
        n: 5,
        f: |x| p93(&x[..4], x[4]),
        jvp: |x, v| p93_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p93_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p93_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p93_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p93_d(&x[..4], x[4]),
        hyper: |x| p93_d(&x[..4], x[4]),
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
        n: 3,
        f: |x| p96(x[0], x[1], x[2]),
        jvp: |x, v| p96_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p96_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p96_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p96_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p96_d(x[0], x[1], x[2]),
        hyper: |x| p96_d(x[0], x[1], x[2]),
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
        n: 6,
        f: |x| p100(x),
        jvp: |x, v| p100_jvp(x, v),
        vjp: |x, s, bar| p100_vjp(x, bar, s),
        grad: |x, g| p100_grad(x, g),
        hvp: |x, v, hv| p100_hvp(x, v, hv),
        dual: |x| p100_d(x),
        hyper: |x| p100_d(x),
    });
}

#[test]
fn test_p101() {
    check(&Case {
        name: "p101",
        n: 3,
        f: |x| p101(x[0], x[1], x[2]),
        jvp: |x, v| p101_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p101_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p101_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p101_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p101_d(x[0], x[1], x[2]),
        hyper: |x| p101_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p102() {
    check(&Case {
        name: "p102",
        n: 3,
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
fn test_p103() {
    check(&Case {
        name: "p103",
        n: 5,
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
        n: 7,
        f: |x| p105(arr(x), x[6], 3),
        jvp: |x, v| p105_jvp(arr(x), arr(v), x[6], v[6], 3),
        vjp: |x, s, bar| {
            let (y, a, b) = p105_vjp(arr(x), x[6], 3, s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p105_grad(arr(x), x[6], 3);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p105_hvp(arr(x), arr(v), x[6], v[6], 3);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p105_d(&x[..6], x[6], 3),
        hyper: |x| p105_d(&x[..6], x[6], 3),
    });
}

#[test]
fn test_p106() {
    check(&Case {
        name: "p106",
        n: 7,
        f: |x| p106(&x[..6], x[6]),
        jvp: |x, v| p106_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p106_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p106_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p106_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p106_d(&x[..6], x[6]),
        hyper: |x| p106_d(&x[..6], x[6]),
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
        f: |x| p109(x[0], x[1], x[2], 3),
        jvp: |x, v| p109_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p109_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p109_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p109_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p109_d(x[0], x[1], x[2], 3),
        hyper: |x| p109_d(x[0], x[1], x[2], 3),
    });
}

#[test]
fn test_p110() {
    check(&Case {
        name: "p110",
        n: 3,
        f: |x| p110(x[0], x[1], x[2]),
        jvp: |x, v| p110_jvp(x[0], v[0], x[1], v[1], x[2], v[2]),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p110_vjp(x[0], x[1], x[2], s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p110_grad(x[0], x[1], x[2]);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p110_hvp(x[0], v[0], x[1], v[1], x[2], v[2]);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p110_d(x[0], x[1], x[2]),
        hyper: |x| p110_d(x[0], x[1], x[2]),
    });
}

#[test]
fn test_p111() {
    check(&Case {
        name: "p111",
        n: 3,
        f: |x| p111(arr(x)),
        jvp: |x, v| p111_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p111_vjp(arr(x), s);
            for i in 0..3 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p111_grad(arr(x));
            g[..3].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p111_hvp(arr(x), arr(v));
            hv[..3].copy_from_slice(&a);
            y
        },
        dual: |x| p111_d(&x[..3]),
        hyper: |x| p111_d(&x[..3]),
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
        n: 4,
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
        f: |x| p117(x),
        jvp: |x, v| p117_jvp(x, v),
        vjp: |x, s, bar| p117_vjp(x, bar, s),
        grad: |x, g| p117_grad(x, g),
        hvp: |x, v, hv| p117_hvp(x, v, hv),
        dual: |x| p117_d(x),
        hyper: |x| p117_d(x),
    });
}

#[test]
fn test_p118() {
    check(&Case {
        name: "p118",
        n: 3,
        f: |x| p118(x),
        jvp: |x, v| p118_jvp(x, v),
        vjp: |x, s, bar| p118_vjp(x, bar, s),
        grad: |x, g| p118_grad(x, g),
        hvp: |x, v, hv| p118_hvp(x, v, hv),
        dual: |x| p118_d(x),
        hyper: |x| p118_d(x),
    });
}

#[test]
fn test_p119() {
    check(&Case {
        name: "p119",
        n: 5,
        f: |x| p119(&x[..4], x[4]),
        jvp: |x, v| p119_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p119_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p119_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p119_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p119_d(&x[..4], x[4]),
        hyper: |x| p119_d(&x[..4], x[4]),
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
        n: 6,
        f: |x| p123(&x[..5], x[5]),
        jvp: |x, v| p123_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p123_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p123_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p123_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p123_d(&x[..5], x[5]),
        hyper: |x| p123_d(&x[..5], x[5]),
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
        n: 6,
        f: |x| p125(&x[..5], x[5]),
        jvp: |x, v| p125_jvp(&x[..5], &v[..5], x[5], v[5]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(5);
            let (y, a) = p125_vjp(&x[..5], bx, x[5], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(5);
            let (y, a) = p125_grad(&x[..5], gx, x[5]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(5);
            let (y, a) = p125_hvp(&x[..5], &v[..5], hx, x[5], v[5]);
            hy[0] = a;
            y
        },
        dual: |x| p125_d(&x[..5], x[5]),
        hyper: |x| p125_d(&x[..5], x[5]),
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
        n: 7,
        f: |x| p127(&x[..6], x[6]),
        jvp: |x, v| p127_jvp(&x[..6], &v[..6], x[6], v[6]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(6);
            let (y, a) = p127_vjp(&x[..6], bx, x[6], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(6);
            let (y, a) = p127_grad(&x[..6], gx, x[6]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(6);
            let (y, a) = p127_hvp(&x[..6], &v[..6], hx, x[6], v[6]);
            hy[0] = a;
            y
        },
        dual: |x| p127_d(&x[..6], x[6]),
        hyper: |x| p127_d(&x[..6], x[6]),
    });
}

#[test]
fn test_p128() {
    check(&Case {
        name: "p128",
        n: 2,
        f: |x| p128(x[0], x[1], 3),
        jvp: |x, v| p128_jvp(x[0], v[0], x[1], v[1], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p128_vjp(x[0], x[1], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p128_grad(x[0], x[1], 3);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p128_hvp(x[0], v[0], x[1], v[1], 3);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p128_d(x[0], x[1], 3),
        hyper: |x| p128_d(x[0], x[1], 3),
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
        n: 5,
        f: |x| p130(x),
        jvp: |x, v| p130_jvp(x, v),
        vjp: |x, s, bar| p130_vjp(x, bar, s),
        grad: |x, g| p130_grad(x, g),
        hvp: |x, v, hv| p130_hvp(x, v, hv),
        dual: |x| p130_d(x),
        hyper: |x| p130_d(x),
    });
}

#[test]
fn test_p131() {
    check(&Case {
        name: "p131",
        n: 3,
        f: |x| p131(x[0], x[1], x[2], 3),
        jvp: |x, v| p131_jvp(x[0], v[0], x[1], v[1], x[2], v[2], 3),
        vjp: |x, s, bar| {
            let (y, a0, a1, a2) = p131_vjp(x[0], x[1], x[2], 3, s);
            bar[0] += a0;
            bar[1] += a1;
            bar[2] += a2;
            y
        },
        grad: |x, g| {
            let (y, a0, a1, a2) = p131_grad(x[0], x[1], x[2], 3);
            g[0] = a0;
            g[1] = a1;
            g[2] = a2;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1, a2) = p131_hvp(x[0], v[0], x[1], v[1], x[2], v[2], 3);
            hv[0] = a0;
            hv[1] = a1;
            hv[2] = a2;
            y
        },
        dual: |x| p131_d(x[0], x[1], x[2], 3),
        hyper: |x| p131_d(x[0], x[1], x[2], 3),
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
        n: 5,
        f: |x| p136(arr(x)),
        jvp: |x, v| p136_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p136_vjp(arr(x), s);
            for i in 0..5 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p136_grad(arr(x));
            g[..5].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p136_hvp(arr(x), arr(v));
            hv[..5].copy_from_slice(&a);
            y
        },
        dual: |x| p136_d(&x[..5]),
        hyper: |x| p136_d(&x[..5]),
    });
}

#[test]
fn test_p137() {
    check(&Case {
        name: "p137",
        n: 4,
        f: |x| p137(x),
        jvp: |x, v| p137_jvp(x, v),
        vjp: |x, s, bar| p137_vjp(x, bar, s),
        grad: |x, g| p137_grad(x, g),
        hvp: |x, v, hv| p137_hvp(x, v, hv),
        dual: |x| p137_d(x),
        hyper: |x| p137_d(x),
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
        n: 6,
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
        n: 5,
        f: |x| p142(&x[..4], x[4]),
        jvp: |x, v| p142_jvp(&x[..4], &v[..4], x[4], v[4]),
        vjp: |x, s, bar| {
            let (bx, by) = bar.split_at_mut(4);
            let (y, a) = p142_vjp(&x[..4], bx, x[4], s);
            by[0] += a;
            y
        },
        grad: |x, g| {
            let (gx, gy) = g.split_at_mut(4);
            let (y, a) = p142_grad(&x[..4], gx, x[4]);
            gy[0] = a;
            y
        },
        hvp: |x, v, hv| {
            let (hx, hy) = hv.split_at_mut(4);
            let (y, a) = p142_hvp(&x[..4], &v[..4], hx, x[4], v[4]);
            hy[0] = a;
            y
        },
        dual: |x| p142_d(&x[..4], x[4]),
        hyper: |x| p142_d(&x[..4], x[4]),
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
        n: 2,
        f: |x| p144(x[0], x[1]),
        jvp: |x, v| p144_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p144_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p144_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p144_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p144_d(x[0], x[1]),
        hyper: |x| p144_d(x[0], x[1]),
    });
}

#[test]
fn test_p145() {
    check(&Case {
        name: "p145",
        n: 2,
        f: |x| p145(x[0], x[1]),
        jvp: |x, v| p145_jvp(x[0], v[0], x[1], v[1]),
        vjp: |x, s, bar| {
            let (y, a0, a1) = p145_vjp(x[0], x[1], s);
            bar[0] += a0;
            bar[1] += a1;
            y
        },
        grad: |x, g| {
            let (y, a0, a1) = p145_grad(x[0], x[1]);
            g[0] = a0;
            g[1] = a1;
            y
        },
        hvp: |x, v, hv| {
            let (y, a0, a1) = p145_hvp(x[0], v[0], x[1], v[1]);
            hv[0] = a0;
            hv[1] = a1;
            y
        },
        dual: |x| p145_d(x[0], x[1]),
        hyper: |x| p145_d(x[0], x[1]),
    });
}

#[test]
fn test_p146() {
    check(&Case {
        name: "p146",
        n: 6,
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
        n: 6,
        f: |x| p147(arr(x)),
        jvp: |x, v| p147_jvp(arr(x), arr(v)),
        vjp: |x, s, bar| {
            let (y, a) = p147_vjp(arr(x), s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            y
        },
        grad: |x, g| {
            let (y, a) = p147_grad(arr(x));
            g[..6].copy_from_slice(&a);
            y
        },
        hvp: |x, v, hv| {
            let (y, a) = p147_hvp(arr(x), arr(v));
            hv[..6].copy_from_slice(&a);
            y
        },
        dual: |x| p147_d(&x[..6]),
        hyper: |x| p147_d(&x[..6]),
    });
}

#[test]
fn test_p148() {
    check(&Case {
        name: "p148",
        n: 7,
        f: |x| p148(arr(x), x[6]),
        jvp: |x, v| p148_jvp(arr(x), arr(v), x[6], v[6]),
        vjp: |x, s, bar| {
            let (y, a, b) = p148_vjp(arr(x), x[6], s);
            for i in 0..6 {
                bar[i] += a[i];
            }
            bar[6] += b;
            y
        },
        grad: |x, g| {
            let (y, a, b) = p148_grad(arr(x), x[6]);
            g[..6].copy_from_slice(&a);
            g[6] = b;
            y
        },
        hvp: |x, v, hv| {
            let (y, a, b) = p148_hvp(arr(x), arr(v), x[6], v[6]);
            hv[..6].copy_from_slice(&a);
            hv[6] = b;
            y
        },
        dual: |x| p148_d(&x[..6], x[6]),
        hyper: |x| p148_d(&x[..6], x[6]),
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
