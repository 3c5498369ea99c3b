//! The running product of the `running_product` bench, p = Π (1 + 0.5 sin xᵢ), with its
//! hand-written gradient and H·v: shared by the criterion bench and the `instructions`
//! binary, so both measure the same code.

use differentiable::differentiable;

#[differentiable]
pub fn running_product(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for &xi in x.iter() {
        p *= 1.0 + 0.5 * xi.sin();
    }
    p
}

/// Hand-written gradient: ∂p/∂xᵢ = (Π_{j<i} gⱼ) · 0.5 cos xᵢ · (Π_{j>i} gⱼ).
pub fn running_product_hand_grad(x: &[f64], g: &mut [f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        g[i] = p;
        p *= 1.0 + 0.5 * x[i].sin();
    }
    let mut suffix = 1.0;
    for i in (0..x.len()).rev() {
        let (s, c) = x[i].sin_cos();
        g[i] *= 0.5 * c * suffix;
        suffix *= 1.0 + 0.5 * s;
    }
    p
}

/// Hand-written H·v: prefix products P and their tangents Ṗ along v (Ṗ in a buffer),
/// then the reverse sweep with the suffix S and its tangent Ṡ:
/// (H v)ᵢ = Ṗᵢ g'ᵢ Sᵢ + Pᵢ g''ᵢ vᵢ Sᵢ + Pᵢ g'ᵢ Ṡᵢ.
pub fn running_product_hand_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
    let n = x.len();
    let mut pd_buf = vec![0.0; n];
    let (mut p, mut pd) = (1.0, 0.0);
    for i in 0..n {
        hv[i] = p;
        pd_buf[i] = pd;
        let (s, c) = x[i].sin_cos();
        let gi = 1.0 + 0.5 * s;
        pd = pd * gi + p * 0.5 * c * v[i];
        p *= gi;
    }
    let (mut suf, mut sufd) = (1.0, 0.0);
    for i in (0..n).rev() {
        let (s, c) = x[i].sin_cos();
        let (g1, g2) = (0.5 * c, -0.5 * s);
        let pi = hv[i];
        hv[i] = pd_buf[i] * g1 * suf + pi * g2 * v[i] * suf + pi * g1 * sufd;
        let gi = 1.0 + 0.5 * s;
        sufd = sufd * gi + suf * g1 * v[i];
        suf *= gi;
    }
    p
}
