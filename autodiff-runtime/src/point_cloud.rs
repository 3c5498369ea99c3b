//! Points in 3-D stored as `[x0, y0, z0, x1, ...]` (a cluster of atoms): their
//! rigid-body motions, the exact symmetries of an energy that depends only on
//! interatomic distances, and a fingerprint that tells two clusters apart up to
//! rigid motions and renumbering of identical atoms.

use alloc::vec;
use alloc::vec::Vec;

use crate::linalg::{abs, sqrt};
use crate::symmetry::{orthonormal_modes, Symmetry};

/// The rigid-body motions of points in 3-D stored as `[x0, y0, z0, x1, ...]`: three
/// translations and three rotations about the centroid (two for collinear points,
/// none for a single point, as [`rigid_body_modes`] computes them).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::{RigidBody, Symmetry};
///
/// // Three points of a triangle: 3 translations + 3 rotations.
/// let x = [0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0];
/// assert_eq!(RigidBody.directions(&x).len(), 6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RigidBody;

impl Symmetry for RigidBody {
    fn directions(&self, x: &[f64]) -> Vec<Vec<f64>> {
        rigid_body_modes(x)
    }
}

/// The orthonormal rigid-body modes of the points `x = [x0, y0, z0, x1, ...]` in 3-D:
/// the three unit translations, then the independent infinitesimal rotations about
/// the centroid (`ω × (rᵢ − c)` for the three axes), orthonormalised. Collinear points
/// have two rotations, a single point none.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::rigid_body_modes;
///
/// // Two atoms on the x axis: rotating about x moves nothing.
/// let modes = rigid_body_modes(&[0.0, 0.0, 0.0, 1.1, 0.0, 0.0]);
/// assert_eq!(modes.len(), 5);
/// for (i, a) in modes.iter().enumerate() {
///     for (j, b) in modes.iter().enumerate() {
///         let d: f64 = a.iter().zip(b).map(|(p, q)| p * q).sum();
///         assert!((d - if i == j { 1.0 } else { 0.0 }).abs() < 1e-12);
///     }
/// }
/// ```
///
/// # Panics
/// If `x.len()` is not a multiple of 3.
pub fn rigid_body_modes(x: &[f64]) -> Vec<Vec<f64>> {
    assert!(
        x.len() % 3 == 0,
        "rigid_body_modes: {} coordinates are not points in 3-D",
        x.len()
    );
    let atoms = x.len() / 3;
    let mut c = [0.0; 3];
    for p in x.chunks_exact(3) {
        for k in 0..3 {
            c[k] += p[k] / atoms.max(1) as f64;
        }
    }
    let mut raw: Vec<Vec<f64>> = Vec::with_capacity(6);
    for k in 0..3 {
        let mut t = vec![0.0; x.len()];
        for p in t.chunks_exact_mut(3) {
            p[k] = 1.0;
        }
        raw.push(t);
    }
    for axis in 0..3 {
        let mut r = vec![0.0; x.len()];
        for (p, q) in x.chunks_exact(3).zip(r.chunks_exact_mut(3)) {
            let d = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
            // ω × d for ω the unit vector of `axis`.
            let (a, b) = ((axis + 1) % 3, (axis + 2) % 3);
            q[a] = -d[b];
            q[b] = d[a];
        }
        raw.push(r);
    }
    orthonormal_modes(&raw)
}

/// The sorted interatomic distances of the points `x = [x0, y0, z0, x1, ...]` in 3-D:
/// a fingerprint of a cluster that rigid motions, reflections and permutations of
/// identical atoms leave unchanged. Two structures with the same spectrum are almost
/// always the same up to those symmetries (the exceptions, homometric sets, do not
/// occur among the minima of small clusters).
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::distance_spectrum;
///
/// // A right triangle with legs 3 and 4.
/// let d = distance_spectrum(&[0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 4.0, 0.0]);
/// assert_eq!(d, vec![3.0, 4.0, 5.0]);
/// ```
///
/// # Panics
/// If `x.len()` is not a multiple of 3.
pub fn distance_spectrum(x: &[f64]) -> Vec<f64> {
    assert!(
        x.len() % 3 == 0,
        "distance_spectrum: {} coordinates are not points in 3-D",
        x.len()
    );
    let atoms = x.len() / 3;
    let mut d = Vec::with_capacity(atoms * atoms.saturating_sub(1) / 2);
    for i in 0..atoms {
        for j in i + 1..atoms {
            let s: f64 = (0..3)
                .map(|k| (x[3 * i + k] - x[3 * j + k]) * (x[3 * i + k] - x[3 * j + k]))
                .sum();
            d.push(sqrt(s));
        }
    }
    d.sort_by(f64::total_cmp);
    d
}

/// The largest difference between the [`distance_spectrum`]s of two clusters of
/// identical atoms: 0 for the same structure moved, rotated, reflected or with its
/// atoms renumbered, and at least the change of one bond length otherwise. Pass it
/// to [`RidgeRider::distance`](crate::ridge_rider::RidgeRider::distance) so that one
/// minimum is reported once, whatever its orientation and numbering.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::saddle::cluster_distance;
///
/// let tri = [0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0];
/// // Moved by (5, 5, 5), atoms 0 and 2 swapped, rotated 90° about z.
/// let moved = [5.0, 5.0, 5.0, 5.0, 6.0, 5.0, 4.0, 5.0, 5.0];
/// assert!(cluster_distance(&tri, &moved) < 1e-12);
/// let stretched = [0.0, 0.0, 0.0, 1.2, 0.0, 0.0, 0.0, 1.0, 0.0];
/// assert!((cluster_distance(&tri, &stretched) - 0.2).abs() < 0.05);
/// ```
///
/// # Panics
/// If the lengths differ or are not multiples of 3.
pub fn cluster_distance(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(
        a.len(),
        b.len(),
        "cluster_distance: clusters of {} and {} coordinates",
        a.len(),
        b.len()
    );
    distance_spectrum(a)
        .iter()
        .zip(distance_spectrum(b))
        .fold(0.0, |m, (p, q)| m.max(abs(p - q)))
}
