//! The MLP loss of the `mlp` bench (4 → 16 tanh → 1, mean squared error over a batch of
//! 32, 97 parameters `w = [W1 (16×4, row-major), b1 (16), w2 (16), b2]`), its
//! hand-written backpropagation and H·v: shared by the criterion bench and the
//! `instructions` binary, so both measure the same code.

use differentiable::differentiable;

pub const D: usize = 4;
pub const H: usize = 16;
pub const B: usize = 32;
pub const OFF_B1: usize = H * D;
pub const OFF_W2: usize = OFF_B1 + H;
pub const OFF_B2: usize = OFF_W2 + H;
pub const P: usize = OFF_B2 + 1;

#[differentiable(wrt(w))]
pub fn mlp_loss(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..B {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            out += w[OFF_W2 + h] * z.tanh();
        }
        let r = out - ys[b];
        loss += r * r;
    }
    loss / B as f64
}

/// Hand-written backpropagation, hidden activations kept in a stack array per sample.
pub fn mlp_hand_grad(w: &[f64], g: &mut [f64], xs: &[f64], ys: &[f64]) -> f64 {
    g.fill(0.0);
    let mut loss = 0.0;
    for b in 0..B {
        let x = &xs[b * D..b * D + D];
        let mut a = [0.0; H];
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * x[k];
            }
            a[h] = z.tanh();
            out += w[OFF_W2 + h] * a[h];
        }
        let r = out - ys[b];
        loss += r * r;
        let dout = 2.0 * r / B as f64;
        g[OFF_B2] += dout;
        for h in 0..H {
            g[OFF_W2 + h] += dout * a[h];
            let dz = dout * w[OFF_W2 + h] * (1.0 - a[h] * a[h]);
            g[OFF_B1 + h] += dz;
            for k in 0..D {
                g[h * D + k] += dz * x[k];
            }
        }
    }
    loss / B as f64
}

/// Hand-written H·v: the forward tangent along v, then backpropagation and its tangent.
pub fn mlp_hand_hvp(w: &[f64], v: &[f64], hv: &mut [f64], xs: &[f64], ys: &[f64]) -> f64 {
    hv.fill(0.0);
    let mut loss = 0.0;
    for b in 0..B {
        let x = &xs[b * D..b * D + D];
        let (mut a, mut ad) = ([0.0; H], [0.0; H]);
        let (mut out, mut outd) = (w[OFF_B2], v[OFF_B2]);
        for h in 0..H {
            let (mut z, mut zd) = (w[OFF_B1 + h], v[OFF_B1 + h]);
            for k in 0..D {
                z += w[h * D + k] * x[k];
                zd += v[h * D + k] * x[k];
            }
            a[h] = z.tanh();
            ad[h] = (1.0 - a[h] * a[h]) * zd;
            out += w[OFF_W2 + h] * a[h];
            outd += v[OFF_W2 + h] * a[h] + w[OFF_W2 + h] * ad[h];
        }
        let r = out - ys[b];
        loss += r * r;
        let dout = 2.0 * r / B as f64;
        let doutd = 2.0 * outd / B as f64;
        hv[OFF_B2] += doutd;
        for h in 0..H {
            let w2 = w[OFF_W2 + h];
            let s = 1.0 - a[h] * a[h];
            hv[OFF_W2 + h] += doutd * a[h] + dout * ad[h];
            let dzd = doutd * w2 * s + dout * v[OFF_W2 + h] * s - dout * w2 * 2.0 * a[h] * ad[h];
            hv[OFF_B1 + h] += dzd;
            for k in 0..D {
                hv[h * D + k] += dzd * x[k];
            }
        }
    }
    loss / B as f64
}
