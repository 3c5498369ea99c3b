//! The pieces of one step of the saddle search: which modes to climb, and the
//! truncated conjugate-gradient descent in the rest of the space.

use alloc::vec;
use alloc::vec::Vec;

use crate::eigenpair::Eigenpair;
use crate::linalg::{abs, axpy, dot, norm, scale, sqrt};
use crate::objective::Objective;

/// An eigenvalue and its unit eigenvector.
pub(super) type Mode = (f64, Vec<f64>);

/// The `index` modes to climb along: the one of largest overlap with `follow` first
/// (signed to overlap it positively), then the lowest others; without `follow`, the
/// `index` lowest.
pub(super) fn uphill_modes(pairs: &[Eigenpair], index: usize, follow: Option<&[f64]>) -> Vec<Mode> {
    let mut out: Vec<Mode> = Vec::with_capacity(index);
    let mut taken = vec![false; pairs.len()];
    if let Some(prev) = follow {
        if index > 0 {
            let best = (0..pairs.len())
                .max_by(|&a, &b| {
                    abs(dot(&pairs[a].vector, prev)).total_cmp(&abs(dot(&pairs[b].vector, prev)))
                })
                .expect("a nonempty window");
            let mut v = pairs[best].vector.clone();
            if dot(&v, prev) < 0.0 {
                scale(&mut v, -1.0);
            }
            taken[best] = true;
            out.push((pairs[best].value, v));
        }
    }
    for (p, t) in pairs.iter().zip(&mut taken) {
        if out.len() >= index {
            break;
        }
        if !*t {
            *t = true;
            out.push((p.value, p.vector.clone()));
        }
    }
    out
}

/// Removes from `v` its components along the orthonormal `vecs`.
pub(super) fn project(v: &mut [f64], vecs: &[&[f64]]) {
    for u in vecs {
        let c = dot(u, v);
        axpy(-c, u, v);
    }
}

/// Steihaug's truncated CG for `min bᵀ(−s) + ½ sᵀ A s` (that is `A s ≈ b`) with
/// `A = P H P`, `P` the projector off `vecs`, within `‖s‖ ≤ radius`: stops at the
/// boundary, at non-positive curvature (going to the boundary along it), or at the
/// forcing tolerance `min(0.1, ‖b‖)·‖b‖`.
pub(super) fn steihaug<O: Objective + ?Sized>(
    obj: &O,
    x: &[f64],
    b: &[f64],
    vecs: &[&[f64]],
    radius: f64,
) -> Vec<f64> {
    let n = x.len();
    let mut z = vec![0.0; n];
    let bnorm = norm(b);
    if bnorm == 0.0 {
        return z;
    }
    let tol = bnorm.min(0.1) * bnorm;
    let mut r = b.to_vec();
    let mut d = r.clone();
    let mut ad = vec![0.0; n];
    let mut rr = dot(&r, &r);
    for _ in 0..(2 * n).min(500) {
        obj.hvp(x, &d, &mut ad);
        project(&mut ad, vecs);
        let dad = dot(&d, &ad);
        let positive = dad > 1e-14 * dot(&d, &d);
        if !positive {
            axpy(to_boundary(&z, &d, radius), &d, &mut z);
            return z;
        }
        let a = rr / dad;
        let mut zn = z.clone();
        axpy(a, &d, &mut zn);
        if norm(&zn) >= radius {
            axpy(to_boundary(&z, &d, radius), &d, &mut z);
            return z;
        }
        z = zn;
        axpy(-a, &ad, &mut r);
        project(&mut r, vecs);
        let rr_new = dot(&r, &r);
        if sqrt(rr_new) <= tol {
            break;
        }
        let beta = rr_new / rr;
        rr = rr_new;
        for (di, ri) in d.iter_mut().zip(&r) {
            *di = ri + beta * *di;
        }
    }
    z
}

/// The `τ ≥ 0` with `‖z + τ d‖ = radius` (for `‖z‖ ≤ radius`).
fn to_boundary(z: &[f64], d: &[f64], radius: f64) -> f64 {
    let (dd, zd, zz) = (dot(d, d), dot(z, d), dot(z, z));
    if dd == 0.0 {
        return 0.0;
    }
    let disc = (zd * zd + dd * (radius * radius - zz)).max(0.0);
    (-zd + sqrt(disc)) / dd
}
