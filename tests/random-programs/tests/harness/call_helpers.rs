//! The differentiable helpers the programs of the feature `call_shapes` call (see
//! `src/gen/grammar/call_shapes.rs`), each with its twin over dual numbers (`_d`), which
//! the programs' twins call.

use super::kd;
use differentiable::differentiable;
pub use differentiable::no_grad;
use num_dual::DualNum;
use num_traits::Float;

/// A tuple result.
#[differentiable]
pub fn cs_polar<T: Float>(r: T, t: T) -> (T, T) {
    (r * t.cos(), r * t.sin())
}

pub fn cs_polar_d<D: DualNum<Primitive = f64> + Copy>(r: D, t: D) -> (D, D) {
    (r * t.cos(), r * t.sin())
}

/// An array result.
#[differentiable]
pub fn cs_pair<T: Float>(a: T, b: T) -> [T; 2] {
    [a * b, a - b.sin()]
}

pub fn cs_pair_d<D: DualNum<Primitive = f64> + Copy>(a: D, b: D) -> [D; 2] {
    [a * b, a - b.sin()]
}

/// A slice argument (a local array passed by reference).
#[differentiable]
pub fn cs_norm2<T: Float>(h: &[T]) -> T {
    let mut s = T::zero();
    for &v in h {
        s = s + v * v;
    }
    s
}

pub fn cs_norm2_d<D: DualNum<Primitive = f64> + Copy>(h: &[D]) -> D {
    let mut s = kd::<D>(0.0);
    for &v in h {
        s += v * v;
    }
    s
}

/// A float parameter outside `wrt(..)`, passed as `no_grad(..)`.
#[differentiable(wrt(x))]
pub fn cs_scaled<T: Float>(x: T, c: T) -> T {
    c * x.sin() + x * x * c
}

pub fn cs_scaled_d<D: DualNum<Primitive = f64> + Copy>(x: D, c: D) -> D {
    c * x.sin() + x * x * c
}

/// An integer result of float arguments (not differentiable): the index of the element
/// of `h` nearest to `p`.
pub fn cs_nearest<T: Float>(h: &[T], p: T) -> usize {
    let mut best = 0;
    for j in 1..h.len() {
        if (h[j] - p).abs() < (h[best] - p).abs() {
            best = j;
        }
    }
    best
}

pub fn cs_nearest_d<D: DualNum<Primitive = f64> + Copy>(h: &[D], p: D) -> usize {
    let re: Vec<f64> = h.iter().map(|v| v.re()).collect();
    cs_nearest(&re, p.re())
}

/// A callee without `_hvp`.
#[differentiable(no_hvp)]
pub fn cs_softplus<T: Float>(x: T) -> T {
    (T::one() + x.exp()).ln()
}

pub fn cs_softplus_d<D: DualNum<Primitive = f64> + Copy>(x: D) -> D {
    (kd::<D>(1.0) + x.exp()).ln()
}
