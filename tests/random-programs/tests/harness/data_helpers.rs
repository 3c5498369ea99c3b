//! The differentiable helpers the programs of the features `const_data`, `field_data`
//! and `field_method` call (see `src/gen/grammar/data_calls.rs`): callees taking float
//! data the caller does not differentiate (a `const` array, a field of an inactive
//! struct, a slice outside the caller's `wrt(..)`), to parameters they differentiate
//! or not, and methods of `Inner` the programs call on a field (`m.inner.dh_h(e)`).
//! Each has a twin over dual numbers (`_d`), which the programs' twins call; the twins
//! take the data as duals (the programs' twins convert it with `kds`).

use super::{kd, Inner, InnerD};
use differentiable::differentiable;
use num_dual::DualNum;
use num_traits::Float;

/// Differentiates its slice and its float: data of hidden type (`&W`, `&m.v`) gets a
/// zero tangent. `|result| <= sum |w[i]|`.
#[differentiable]
pub fn dh_dot<T: Float>(w: &[T], x: T) -> T {
    let mut s = T::zero();
    for &v in w {
        s = s + v * (x * v + x).sin();
    }
    s
}

pub fn dh_dot_d<D: DualNum<Primitive = f64> + Copy>(w: &[D], x: D) -> D {
    let mut s = kd::<D>(0.0);
    for &v in w {
        s += v * (x * v + x).sin();
    }
    s
}

/// Differentiates a fixed-size array parameter: data `[f64; 3]` (`&W3`, a `const` of the
/// body, `&m.data`) goes as an array. `|result| <= |w[0]| + |w[1]|`.
#[differentiable]
pub fn dh_fixed<T: Float>(w: &[T; 3], x: T) -> T {
    w[0] * x.tanh() + w[1] * (w[2] * x).sin()
}

pub fn dh_fixed_d<D: DualNum<Primitive = f64> + Copy>(w: &[D], x: D) -> D {
    w[0] * x.tanh() + w[1] * (w[2] * x).sin()
}

/// Its slice is outside `wrt(..)`: data goes as it is. `|result| <= |w[0]| + |w[n-1]|`.
#[differentiable(wrt(x))]
pub fn dh_outside<T: Float>(w: &[T], x: T) -> T {
    w[0] * x.sin() + w[w.len() - 1] * (x * x).tanh()
}

pub fn dh_outside_d<D: DualNum<Primitive = f64> + Copy>(w: &[D], x: D) -> D {
    w[0] * x.sin() + w[w.len() - 1] * (x * x).tanh()
}

/// Three data references in one call: two differentiated (a slice and an array), one
/// outside `wrt(..)`. `|result| <= |a[1]| + |b[2]| + |a[0] b[1]|`.
#[differentiable(wrt(a, b, x))]
pub fn dh_mix<T: Float>(a: &[T], b: &[T; 3], c: &[T], x: T) -> T {
    a[1] * (x * b[0]).tanh() + b[2] * (c[0] * x).sin() + a[0] * b[1]
}

pub fn dh_mix_d<D: DualNum<Primitive = f64> + Copy>(a: &[D], b: &[D], c: &[D], x: D) -> D {
    a[1] * (x * b[0]).tanh() + b[2] * (c[0] * x).sin() + a[0] * b[1]
}

impl Inner {
    /// A method called on a field of an inactive struct (`m.inner.dh_h(e)`,
    /// `Inner::dh_h(&m.inner, e)`): `self` is a constant. `|result| <= |c| + |d[0]|`.
    #[differentiable]
    pub fn dh_h(&self, x: f64) -> f64 {
        self.c * x.sin() + self.d[0] * (x * self.d[1]).tanh()
    }

    pub fn dh_h_d<D: DualNum<Primitive = f64> + Copy>(&self, x: D) -> D {
        x.sin() * kd::<D>(self.c) + (x * kd::<D>(self.d[1])).tanh() * kd::<D>(self.d[0])
    }

    /// A method with a float outside its `wrt(..)` (passed `no_grad(..)`).
    /// `|result| <= |k| (1 + |x|) + |c|`.
    #[differentiable(wrt(x))]
    pub fn dh_hk(&self, x: f64, k: f64) -> f64 {
        k * x.cos() + self.c * (k * x).tanh() + k * x * self.d[1].sin()
    }

    pub fn dh_hk_d<D: DualNum<Primitive = f64> + Copy>(&self, x: D, k: D) -> D {
        k * x.cos() + (k * x).tanh() * kd::<D>(self.c) + k * x * kd::<D>(self.d[1].sin())
    }

    /// A method of a slice (the program's `x`). `|result| <= |c| + n |d[0]|`.
    #[differentiable]
    pub fn dh_hv(&self, v: &[f64]) -> f64 {
        let mut s = self.c;
        for &t in v {
            s += self.d[0] * (t * self.d[1]).sin();
        }
        s
    }

    pub fn dh_hv_d<D: DualNum<Primitive = f64> + Copy>(&self, v: &[D]) -> D {
        let mut s = kd::<D>(self.c);
        for &t in v {
            s += (t * kd::<D>(self.d[1])).sin() * kd::<D>(self.d[0]);
        }
        s
    }

    /// A method differentiating `self` too: called in the path form on a field of an
    /// active struct (`Inner::dh_hs(&m.inner, e)`). `|result| <= |c| + |d[0]|`.
    #[differentiable(wrt(self, x))]
    pub fn dh_hs(&self, x: f64) -> f64 {
        self.c * x.sin() + self.d[0] * (x * self.d[1]).tanh()
    }
}

impl<D: DualNum<Primitive = f64> + Copy> InnerD<D> {
    /// The twin of [`Inner::dh_hs`].
    pub fn dh_hs_d(&self, x: D) -> D {
        self.c * x.sin() + self.d[0] * (x * self.d[1]).tanh()
    }
}
