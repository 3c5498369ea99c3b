//! A loop nest of literal trip counts (4 × 4 × 4, the shape of small fixed-size linear
//! algebra), each level's result read non-linearly by the level around it, with its
//! hand-written gradient: measured by the `instructions` binary.

use differentiable::differentiable;

#[differentiable]
pub fn nest(x: &[f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        let mut q = 0.0;
        for j in 0..4 {
            let mut p = 1.0;
            for k in 0..4 {
                p *= (x[j] * x[i] + x[k]).sin();
            }
            q = q * x[j] + p;
        }
        s = s * x[i] + q;
    }
    s
}

/// Hand-written gradient: the forward sweep keeps each sine and cosine, each level's
/// value before its update and each product's prefixes; the reverse sweep walks the
/// three levels back (`s = s x_i + q`, `q = q x_j + p`, `p = p sin t_ijk`).
pub fn nest_hand_grad(x: &[f64; 4], g: &mut [f64; 4]) -> f64 {
    let mut sines = [[[0.0; 4]; 4]; 4];
    let mut cosines = [[[0.0; 4]; 4]; 4];
    let mut prefix = [[[0.0; 4]; 4]; 4];
    let mut q_before = [[0.0; 4]; 4];
    let mut s_before = [0.0; 4];
    let mut s = 0.0;
    for i in 0..4 {
        let mut q = 0.0;
        for j in 0..4 {
            let mut p = 1.0;
            for k in 0..4 {
                let (sn, cs) = (x[j] * x[i] + x[k]).sin_cos();
                prefix[i][j][k] = p;
                sines[i][j][k] = sn;
                cosines[i][j][k] = cs;
                p *= sn;
            }
            q_before[i][j] = q;
            q = q * x[j] + p;
        }
        s_before[i] = s;
        s = s * x[i] + q;
    }
    *g = [0.0; 4];
    let mut s_bar = 1.0;
    for i in (0..4).rev() {
        g[i] += s_bar * s_before[i];
        let mut q_bar = s_bar;
        s_bar *= x[i];
        for j in (0..4).rev() {
            g[j] += q_bar * q_before[i][j];
            let mut p_bar = q_bar;
            q_bar *= x[j];
            for k in (0..4).rev() {
                let t_bar = p_bar * prefix[i][j][k] * cosines[i][j][k];
                p_bar *= sines[i][j][k];
                g[j] += t_bar * x[i];
                g[i] += t_bar * x[j];
                g[k] += t_bar;
            }
        }
    }
    s
}
