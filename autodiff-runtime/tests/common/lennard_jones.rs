//! The Lennard-Jones energy of a cluster, `E = Σ_{i<j} 4 (r⁻¹² − r⁻⁶)` with σ = ε = 1 and
//! positions in a flat slice `[x0, y0, z0, x1, ...]`, with its gradient and
//! Hessian-vector product written by hand: the objective of the LJ7 landscape test, and
//! the hand-written baseline of the Lennard-Jones benchmark (which includes this file).

/// Hand-written gradient: one pass over the pairs, dE/ds with s = r², then ±2 dE/ds · d.
pub fn lj_hand_grad(x: &[f64], g: &mut [f64]) -> f64 {
    let n = x.len() / 3;
    g.fill(0.0);
    let mut e = 0.0;
    for i in 0..n {
        for j in (i + 1)..n {
            let d = [
                x[3 * i] - x[3 * j],
                x[3 * i + 1] - x[3 * j + 1],
                x[3 * i + 2] - x[3 * j + 2],
            ];
            let inv = 1.0 / (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            let inv3 = inv * inv * inv;
            e += 4.0 * (inv3 * inv3 - inv3);
            // dE/ds = 4 (-6 s⁻⁷ + 3 s⁻⁴) = inv · 4 (-6 inv⁶ + 3 inv³)
            let de = 2.0 * inv * 4.0 * (-6.0 * inv3 * inv3 + 3.0 * inv3);
            for k in 0..3 {
                g[3 * i + k] += de * d[k];
                g[3 * j + k] -= de * d[k];
            }
        }
    }
    e
}

/// Hand-written H·v (the R-operator of the gradient above): with ṡ = 2 d·ḋ,
/// the pair's contribution is 2 E''(s) ṡ d + 2 E'(s) ḋ.
pub fn lj_hand_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
    let n = x.len() / 3;
    hv.fill(0.0);
    let mut e = 0.0;
    for i in 0..n {
        for j in (i + 1)..n {
            let d = [
                x[3 * i] - x[3 * j],
                x[3 * i + 1] - x[3 * j + 1],
                x[3 * i + 2] - x[3 * j + 2],
            ];
            let dd = [
                v[3 * i] - v[3 * j],
                v[3 * i + 1] - v[3 * j + 1],
                v[3 * i + 2] - v[3 * j + 2],
            ];
            let inv = 1.0 / (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            let inv3 = inv * inv * inv;
            e += 4.0 * (inv3 * inv3 - inv3);
            let e1 = inv * 4.0 * (-6.0 * inv3 * inv3 + 3.0 * inv3);
            let e2 = inv * inv * 4.0 * (42.0 * inv3 * inv3 - 12.0 * inv3);
            let sdot = 2.0 * (d[0] * dd[0] + d[1] * dd[1] + d[2] * dd[2]);
            for k in 0..3 {
                let t = 2.0 * (e2 * sdot * d[k] + e1 * dd[k]);
                hv[3 * i + k] += t;
                hv[3 * j + k] -= t;
            }
        }
    }
    e
}
