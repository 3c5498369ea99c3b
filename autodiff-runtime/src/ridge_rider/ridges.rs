//! GetRidges (the negative eigenspace as a canonical list of ridges) and ridge tracking.

use alloc::vec;
use alloc::vec::Vec;

use crate::linalg::{abs, all_finite, axpy, dot, norm, normalize, orthogonalize, Deflated};
use crate::objective::Objective;
use crate::saddle::{EigenSolver, Eigenpair, Which};

/// A direction of negative curvature at a point.
#[derive(Debug, Clone)]
pub(crate) struct Ridge {
    pub eigenvalue: f64,
    /// Unit vector, canonical sign.
    pub vector: Vec<f64>,
}

/// Whether `a` and `b` are one repeated eigenvalue for the tolerance `tol`.
fn same_eigenvalue(a: f64, b: f64, tol: f64) -> bool {
    abs(a - b) <= tol * abs(a).max(abs(b)).max(1.0)
}

/// The eigenpairs with eigenvalue below `-tol`, at most `kmax`, ascending, with repeated
/// eigenvalues given an orthonormal basis of their whole eigenspace in canonical form.
pub(crate) fn negative_ridges<O: Objective + ?Sized>(
    solver: &EigenSolver,
    obj: &O,
    x: &[f64],
    kmax: usize,
    tol: f64,
) -> Vec<Ridge> {
    let n = obj.dim();
    let kmax = kmax.min(n);
    // Small problems: one dense solve gives everything. Large ones: Lanczos for the
    // single lowest pair, then one deflated solve per further ridge; asking Lanczos for
    // `kmax` pairs at once would converge the positive ones too, which are often
    // clustered and slow (ten times the time at n = 1000).
    let first = if n <= 32 { kmax } else { 1 };
    let mut pairs = smallest(solver, obj, x, first, None);
    pairs.sort_by(|a, b| a.value.total_cmp(&b.value));
    let mut basis: Vec<Vec<f64>> = Vec::new();
    let mut values: Vec<f64> = Vec::new();
    let mut lowest = f64::INFINITY;
    for p in &pairs {
        lowest = lowest.min(p.value);
        let negative = p.value < -tol;
        if !negative || basis.len() == kmax {
            continue;
        }
        push_new(&mut basis, &mut values, p.value, &p.vector);
    }
    // A Krylov solver sees one direction per eigenspace, and may report fewer pairs
    // than asked: look for more negative curvature with the found vectors deflated.
    while basis.len() < kmax && !basis.is_empty() {
        let shift = 2.0 * abs(lowest) + 1.0;
        let deflated = Deflated {
            inner: obj,
            vecs: &basis,
            shift,
        };
        let Some(p) = smallest(solver, &deflated, x, 1, None).into_iter().next() else {
            break;
        };
        let negative = p.value < -tol;
        if !negative || !push_new(&mut basis, &mut values, p.value, &p.vector) {
            break;
        }
    }
    let mut order: Vec<usize> = (0..basis.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let (values, basis): (Vec<f64>, Vec<Vec<f64>>) =
        order.iter().map(|&i| (values[i], basis[i].clone())).unzip();
    let mut ridges = Vec::with_capacity(basis.len());
    let mut start = 0;
    while start < basis.len() {
        let mut end = start + 1;
        while end < basis.len() && same_eigenvalue(values[end - 1], values[end], tol) {
            end += 1;
        }
        let mean = values[start..end].iter().sum::<f64>() / (end - start) as f64;
        for mut v in canonical_basis(&basis[start..end]) {
            canonical_sign(&mut v);
            let eigenvalue = if end - start > 1 { mean } else { values[start] };
            ridges.push(Ridge {
                eigenvalue,
                vector: v,
            });
        }
        start = end;
    }
    ridges
}

/// Adds `v` (normalised, orthogonalised against `basis`) unless it is a numerical
/// duplicate of the vectors already there.
fn push_new(basis: &mut Vec<Vec<f64>>, values: &mut Vec<f64>, value: f64, v: &[f64]) -> bool {
    let mut v = v.to_vec();
    if normalize(&mut v) == 0.0 {
        return false;
    }
    let r = orthogonalize(&mut v, basis.iter().map(Vec::as_slice));
    if r < 0.5 {
        return false;
    }
    normalize(&mut v);
    basis.push(v);
    values.push(value);
    true
}

/// Flips `v` so that its first component of magnitude at least half the largest one is
/// positive: a sign convention that numerical noise does not change.
fn canonical_sign(v: &mut [f64]) {
    let m = v.iter().fold(0.0_f64, |m, &x| m.max(abs(x)));
    if let Some(&first) = v.iter().find(|&&x| abs(x) >= 0.5 * m) {
        if first < 0.0 {
            for x in v.iter_mut() {
                *x = -*x;
            }
        }
    }
}

/// A canonical orthonormal basis of the span of the orthonormal `vecs`: the projections
/// of the coordinate axes, Gram-Schmidt orthogonalised, the axes best aligned with the
/// space first in index order. It depends only on the space, not on which basis of it a
/// solver returned, so the ridges of a repeated eigenvalue do not depend on noise.
fn canonical_basis(vecs: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let m = vecs.len();
    if m == 1 {
        return vec![vecs[0].clone()];
    }
    let n = vecs[0].len();
    let weight: Vec<f64> = (0..n)
        .map(|j| vecs.iter().map(|v| v[j] * v[j]).sum())
        .collect();
    let wmax = weight.iter().fold(0.0_f64, |a, &b| a.max(b));
    let mut cand: Vec<usize> = (0..n).filter(|&j| weight[j] >= 0.5 * wmax).collect();
    let mut rest: Vec<usize> = (0..n).filter(|&j| weight[j] < 0.5 * wmax).collect();
    rest.sort_by(|&a, &b| weight[b].total_cmp(&weight[a]));
    cand.extend(rest);
    let mut out: Vec<Vec<f64>> = Vec::with_capacity(m);
    for j in cand {
        if out.len() == m {
            break;
        }
        let mut p = vec![0.0; n];
        for v in vecs {
            let c = v[j];
            for (pi, vi) in p.iter_mut().zip(v) {
                *pi += c * vi;
            }
        }
        if orthogonalize(&mut p, out.iter().map(Vec::as_slice)) > 1e-4 {
            normalize(&mut p);
            out.push(p);
        }
    }
    for v in vecs {
        if out.len() == m {
            break;
        }
        let mut p = v.clone();
        if orthogonalize(&mut p, out.iter().map(Vec::as_slice)) > 1e-4 {
            normalize(&mut p);
            out.push(p);
        }
    }
    out
}

/// The `k` smallest eigenpairs, warm-started from `start` if given; none when the
/// eigen-analysis cannot run (a non-finite HVP).
fn smallest<O: Objective + ?Sized>(
    solver: &EigenSolver,
    obj: &O,
    x: &[f64],
    k: usize,
    start: Option<&[f64]>,
) -> Vec<Eigenpair> {
    let k = k.min(obj.dim());
    let r = match start {
        Some(s) => solver.try_solve_from(obj, x, k, Which::Smallest, s),
        None => solver.try_solve(obj, x, k, Which::Smallest),
    };
    r.unwrap_or_default()
}

/// The smallest Hessian eigenvalue at `x` (NaN if it cannot be computed).
pub(crate) fn min_eigenvalue<O: Objective + ?Sized>(
    solver: &EigenSolver,
    obj: &O,
    x: &[f64],
) -> f64 {
    smallest(solver, obj, x, 1, None)
        .first()
        .map_or(f64::NAN, |p| p.value)
}

/// Below this overlap with the previous ridge, the ridge is lost.
const MIN_OVERLAP: f64 = 0.5;

/// The continuation of the ridge `prev` among the candidate eigenpairs: the one with
/// the largest `|overlap|`; when its eigenvalue is repeated among the candidates (within
/// `tol`), the projection of `prev` onto that eigenspace, the vector of the eigenspace
/// closest to `prev` (any single basis vector the solver returned would be arbitrary).
/// Signed to overlap `prev` positively; `None` when the overlap is below one half.
fn follow(prev: &[f64], cands: &[(f64, Vec<f64>)], tol: f64) -> Option<(f64, Vec<f64>)> {
    let overlap = |v: &[f64]| abs(dot(v, prev));
    let best =
        (0..cands.len()).max_by(|&a, &b| overlap(&cands[a].1).total_cmp(&overlap(&cands[b].1)))?;
    let value = cands[best].0;
    let mut basis: Vec<Vec<f64>> = Vec::new();
    let mut values: Vec<f64> = Vec::new();
    for (lambda, v) in cands {
        if same_eigenvalue(*lambda, value, tol) {
            push_new(&mut basis, &mut values, *lambda, v);
        }
    }
    let mut v = vec![0.0; prev.len()];
    for b in &basis {
        axpy(dot(b, prev), b, &mut v);
    }
    let len = normalize(&mut v);
    if len < MIN_OVERLAP * norm(prev) {
        return None;
    }
    let value = values.iter().sum::<f64>() / values.len() as f64;
    Some((value, v))
}

/// The outcome of tracking a ridge one step further.
pub(crate) enum Tracked {
    /// The ridge's continuation: its eigenvalue and unit vector.
    Found(f64, Vec<f64>),
    /// No eigenvector continues it; the curvature along the previous ridge,
    /// `eᵀ H e`, says whether it has become non-negative (NaN if non-finite).
    Lost(f64),
}

/// The curvature `eᵀ H e / eᵀ e` along `e` at `x` (one HVP).
fn rayleigh<O: Objective + ?Sized>(obj: &O, x: &[f64], e: &[f64]) -> f64 {
    let mut he = vec![0.0; e.len()];
    obj.hvp(x, e, &mut he);
    dot(e, &he) / dot(e, e)
}

/// Exact tracking: the `k` smallest eigenpairs (the solver warm-started from `prev`),
/// then [`follow`]. When no pair of that window continues the ridge, its eigenvalue may
/// have risen past others (zero modes, a cluster of small eigenvalues): the window is
/// doubled, up to four times `k`, before the ridge is declared lost.
pub(crate) fn track_exact<O: Objective + ?Sized>(
    solver: &EigenSolver,
    obj: &O,
    x: &[f64],
    prev: &[f64],
    k: usize,
    tol: f64,
) -> Tracked {
    let n = obj.dim();
    let mut window = k.min(n);
    loop {
        let cands: Vec<(f64, Vec<f64>)> = smallest(solver, obj, x, window, Some(prev))
            .into_iter()
            .map(|p| (p.value, p.vector))
            .collect();
        if let Some((value, v)) = follow(prev, &cands, tol) {
            return Tracked::Found(value, v);
        }
        if window >= n || window >= 4 * k || cands.len() < window {
            return Tracked::Lost(rayleigh(obj, x, prev));
        }
        window = (2 * window).min(n);
    }
}

/// Approximate tracking: `m` Lanczos iterations started from `prev` (with full
/// reorthogonalisation, `m` HVPs), the Ritz pairs of that Krylov space, then [`follow`].
pub(crate) fn track_krylov<O: Objective + ?Sized>(
    obj: &O,
    x: &[f64],
    prev: &[f64],
    m: usize,
    tol: f64,
) -> Tracked {
    let n = obj.dim();
    let m = m.min(n);
    let mut q: Vec<Vec<f64>> = vec![prev.to_vec()];
    normalize(&mut q[0]);
    let mut alpha: Vec<f64> = Vec::with_capacity(m);
    let mut beta: Vec<f64> = Vec::with_capacity(m);
    let mut w = vec![0.0; n];
    for j in 0..m {
        obj.hvp(x, &q[j], &mut w);
        if !all_finite(&w) {
            return Tracked::Lost(f64::NAN);
        }
        let scale = norm(&w);
        alpha.push(dot(&q[j], &w));
        let r = orthogonalize(&mut w, q.iter().map(Vec::as_slice));
        if j + 1 == m || r <= 1e-10 * scale {
            break;
        }
        beta.push(r);
        let mut next = w.clone();
        normalize(&mut next);
        q.push(next);
    }
    let r = alpha.len();
    let mut t = vec![0.0; r * r];
    for i in 0..r {
        t[i * r + i] = alpha[i];
        if i + 1 < r {
            t[i * r + i + 1] = beta[i];
            t[(i + 1) * r + i] = beta[i];
        }
    }
    let spec = crate::eigen::jacobi(&t, r);
    let cands: Vec<(f64, Vec<f64>)> = (0..r)
        .map(|j| {
            let mut v = vec![0.0; n];
            for (qi, &c) in q.iter().zip(spec.vector(j)) {
                axpy(c, qi, &mut v);
            }
            (spec.values[j], v)
        })
        .collect();
    match follow(prev, &cands, tol) {
        Some((value, v)) => Tracked::Found(value, v),
        // The Krylov space starts at `prev`: alpha[0] is its Rayleigh quotient.
        None => Tracked::Lost(alpha[0]),
    }
}
