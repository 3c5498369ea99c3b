//! The Lennard-Jones energy of the `lennard_jones` bench, E = Σ_{i<j} 4 (r⁻¹² − r⁻⁶),
//! shared by the criterion bench and the `instructions` binary (the hand-written
//! gradient and H·v are in `autodiff-runtime/tests/common/lennard_jones.rs`).

use differentiable::differentiable;

#[differentiable]
pub fn lj(x: &[f64]) -> f64 {
    let n = x.len() / 3;
    let mut e = 0.0;
    for i in 0..n {
        for j in (i + 1)..n {
            let dx = x[3 * i] - x[3 * j];
            let dy = x[3 * i + 1] - x[3 * j + 1];
            let dz = x[3 * i + 2] - x[3 * j + 2];
            let inv = 1.0 / (dx * dx + dy * dy + dz * dz);
            let inv3 = inv * inv * inv;
            e += 4.0 * (inv3 * inv3 - inv3);
        }
    }
    e
}
