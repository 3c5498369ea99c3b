//! Lanczos on large quadratics whose spectra are known in closed form or by
//! construction, compared eigenvalue by eigenvalue.

use autodiff_runtime::saddle::{
    classify, eigenpairs, eigenpairs_from, Classifier, EigenSolver, Objective, PointKind, Which,
};
use std::cell::Cell;
use std::f64::consts::PI;

/// f(x) = ½ xᵀ T x with T tridiagonal Toeplitz (`a` on the diagonal, `b` beside
/// it): eigenvalues a + 2b·cos(kπ/(n+1)), k = 1..n. Counts HVPs.
struct Toeplitz {
    n: usize,
    a: f64,
    b: f64,
    hvps: Cell<usize>,
}

impl Toeplitz {
    fn new(n: usize, a: f64, b: f64) -> Self {
        Toeplitz {
            n,
            a,
            b,
            hvps: Cell::new(0),
        }
    }

    fn apply(&self, v: &[f64], out: &mut [f64]) {
        for i in 0..self.n {
            let mut s = self.a * v[i];
            if i > 0 {
                s += self.b * v[i - 1];
            }
            if i + 1 < self.n {
                s += self.b * v[i + 1];
            }
            out[i] = s;
        }
    }

    /// The exact spectrum, ascending.
    fn spectrum(&self) -> Vec<f64> {
        let mut s: Vec<f64> = (1..=self.n)
            .map(|k| self.a + 2.0 * self.b * (k as f64 * PI / (self.n as f64 + 1.0)).cos())
            .collect();
        s.sort_by(|x, y| x.partial_cmp(y).unwrap());
        s
    }
}

impl Objective for Toeplitz {
    fn dim(&self) -> usize {
        self.n
    }
    fn value(&self, x: &[f64]) -> f64 {
        let mut tx = vec![0.0; self.n];
        self.apply(x, &mut tx);
        0.5 * x.iter().zip(&tx).map(|(a, b)| a * b).sum::<f64>()
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        self.apply(x, g);
        self.value(x)
    }
    fn hvp(&self, _x: &[f64], v: &[f64], hv: &mut [f64]) {
        self.hvps.set(self.hvps.get() + 1);
        self.apply(v, hv);
    }
}

fn check_pairs(obj: &Toeplitz, pairs: &[autodiff_runtime::saddle::Eigenpair], want: &[f64]) {
    assert_eq!(pairs.len(), want.len());
    let mut hv = vec![0.0; obj.n];
    for (p, &w) in pairs.iter().zip(want) {
        assert!(
            (p.value - w).abs() < 1e-6,
            "eigenvalue {} vs exact {}",
            p.value,
            w
        );
        let len: f64 = p.vector.iter().map(|c| c * c).sum::<f64>().sqrt();
        assert!((len - 1.0).abs() < 1e-10, "eigenvector length {len}");
        // The reported residual is the true one.
        obj.apply(&p.vector, &mut hv);
        let r: f64 = hv
            .iter()
            .zip(&p.vector)
            .map(|(h, v)| (h - p.value * v).powi(2))
            .sum::<f64>()
            .sqrt();
        assert!(
            (r - p.residual).abs() < 1e-12 && r < 1e-5,
            "residual {r} vs reported {}",
            p.residual
        );
    }
    for (i, p) in pairs.iter().enumerate() {
        for q in &pairs[..i] {
            let d: f64 = p.vector.iter().zip(&q.vector).map(|(a, b)| a * b).sum();
            assert!(d.abs() < 1e-6, "eigenvectors not orthogonal: {d}");
        }
    }
}

/// f(x) = ½ xᵀ Q D Qᵀ x with Q = I − 2uuᵀ a dense Householder reflection: a full
/// Hessian whose spectrum is `d` by construction. Counts HVPs.
struct Reflected {
    d: Vec<f64>,
    u: Vec<f64>,
    hvps: Cell<usize>,
}

impl Reflected {
    fn new(d: Vec<f64>) -> Self {
        let n = d.len();
        // A fixed, dense, non-axis-aligned unit vector.
        let mut u: Vec<f64> = (0..n)
            .map(|i| ((i * 7919 % 101) as f64 - 50.0) / 50.0 + 0.01)
            .collect();
        let nu = u.iter().map(|c| c * c).sum::<f64>().sqrt();
        u.iter_mut().for_each(|c| *c /= nu);
        Reflected {
            d,
            u,
            hvps: Cell::new(0),
        }
    }

    fn reflect(&self, v: &mut [f64]) {
        let c = 2.0 * self.u.iter().zip(v.iter()).map(|(a, b)| a * b).sum::<f64>();
        v.iter_mut().zip(&self.u).for_each(|(vi, ui)| *vi -= c * ui);
    }

    fn apply(&self, v: &[f64], out: &mut [f64]) {
        out.copy_from_slice(v);
        self.reflect(out);
        out.iter_mut().zip(&self.d).for_each(|(o, di)| *o *= di);
        self.reflect(out);
    }

    fn sorted(&self) -> Vec<f64> {
        let mut s = self.d.clone();
        s.sort_by(|a, b| a.partial_cmp(b).unwrap());
        s
    }
}

impl Objective for Reflected {
    fn dim(&self) -> usize {
        self.d.len()
    }
    fn value(&self, x: &[f64]) -> f64 {
        let mut hx = vec![0.0; x.len()];
        self.apply(x, &mut hx);
        0.5 * x.iter().zip(&hx).map(|(a, b)| a * b).sum::<f64>()
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        self.apply(x, g);
        self.value(x)
    }
    fn hvp(&self, _x: &[f64], v: &[f64], hv: &mut [f64]) {
        self.hvps.set(self.hvps.get() + 1);
        self.apply(v, hv);
    }
}

/// A spectrum with `neg` negative outliers (one close pair), a bulk in [0.1, 1]
/// and three large outliers.
fn outlier_spectrum(n: usize, neg: usize) -> Vec<f64> {
    let mut d: Vec<f64> = (0..n).map(|i| 0.1 + 0.9 * i as f64 / n as f64).collect();
    for (i, v) in d.iter_mut().take(neg).enumerate() {
        *v = -3.0 + 0.5 * i as f64;
    }
    if neg >= 2 {
        d[1] = d[0] + 1e-3;
    }
    d[n - 1] = 7.0;
    d[n - 2] = 6.0;
    d[n - 3] = 5.0;
    d
}

fn check_values(pairs: &[autodiff_runtime::saddle::Eigenpair], want: &[f64], tol: f64) {
    assert_eq!(pairs.len(), want.len());
    for (p, &w) in pairs.iter().zip(want) {
        assert!(
            (p.value - w).abs() < tol,
            "eigenvalue {} vs exact {}",
            p.value,
            w
        );
        assert!(p.residual < 1e-4, "residual {}", p.residual);
        let len: f64 = p.vector.iter().map(|c| c * c).sum::<f64>().sqrt();
        assert!((len - 1.0).abs() < 1e-10);
    }
}

#[test]
fn well_separated_ends_converge_long_before_n_steps() {
    let obj = Reflected::new(outlier_spectrum(600, 4));
    let exact = obj.sorted();
    let x = vec![0.0; 600];
    let low = eigenpairs(&obj, &x, 4, Which::Smallest);
    check_values(&low, &exact[..4], 1e-9);
    let used = obj.hvps.get();
    assert!(
        used < 200,
        "{used} HVPs for 4 outliers of a 600-dimensional Hessian"
    );
    obj.hvps.set(0);
    let high = eigenpairs(&obj, &x, 3, Which::Largest);
    check_values(&high, &[7.0, 6.0, 5.0], 1e-9);
    assert!(obj.hvps.get() < 200);
}

#[test]
fn thick_restart_converges_with_a_small_basis() {
    // 12 stored vectors for 5 pairs of a 500-dimensional problem: several restarts.
    let obj = Reflected::new(outlier_spectrum(500, 5));
    let exact = obj.sorted();
    let x = vec![0.0; 500];
    let solver = EigenSolver::new().max_basis(12);
    let low = solver.try_solve(&obj, &x, 5, Which::Smallest).unwrap();
    check_values(&low, &exact[..5], 1e-8);
    assert!(obj.hvps.get() > 12, "should have restarted");
    let high = solver.try_solve(&obj, &x, 3, Which::Largest).unwrap();
    check_values(&high, &[7.0, 6.0, 5.0], 1e-8);
    // Orthogonal eigenvectors even across restarts, including the close pair.
    for i in 0..low.len() {
        for j in 0..i {
            let d: f64 = low[i]
                .vector
                .iter()
                .zip(&low[j].vector)
                .map(|(a, b)| a * b)
                .sum();
            assert!(d.abs() < 1e-6, "pairs {i}, {j}: {d}");
        }
    }
}

#[test]
fn thick_restart_on_the_hard_tridiagonal() {
    // The clustered ends of the Toeplitz spectrum with only 60 stored vectors.
    let obj = Toeplitz::new(200, 0.5, 1.0);
    let exact = obj.spectrum();
    let x = vec![0.0; 200];
    let solver = EigenSolver::new().max_basis(60).max_iter(20_000);
    let low = solver.try_solve(&obj, &x, 3, Which::Smallest).unwrap();
    check_pairs(&obj, &low, &exact[..3]);
}

#[test]
fn warm_start_saves_hvps() {
    let obj = Toeplitz::new(250, 1.0, -1.0);
    let x = vec![0.0; 250];
    let cold = eigenpairs(&obj, &x, 1, Which::Smallest);
    let cold_hvps = obj.hvps.get();
    // Restart from a slightly perturbed eigenvector, as after a small step.
    let mut start = cold[0].vector.clone();
    start
        .iter_mut()
        .enumerate()
        .for_each(|(i, c)| *c += 1e-6 * ((i % 7) as f64 - 3.0));
    obj.hvps.set(0);
    let warm = eigenpairs_from(&obj, &x, 1, Which::Smallest, &start);
    assert!((warm[0].value - cold[0].value).abs() < 1e-10);
    assert!(
        obj.hvps.get() < cold_hvps / 2,
        "warm {} vs cold {cold_hvps}",
        obj.hvps.get()
    );
    // Oriented along the start.
    let along: f64 = warm[0].vector.iter().zip(&start).map(|(a, b)| a * b).sum();
    assert!(along > 0.99);
    // From the negated start, the negated vector.
    let neg: Vec<f64> = start.iter().map(|c| -c).collect();
    let flipped = eigenpairs_from(&obj, &x, 1, Which::Smallest, &neg);
    for (a, b) in flipped[0].vector.iter().zip(&warm[0].vector) {
        assert!((a + b).abs() < 1e-8);
    }
}

#[test]
fn step_budget_returns_unconverged_pairs_with_honest_residuals() {
    let obj = Toeplitz::new(300, 1.0, -1.0);
    let x = vec![0.0; 300];
    let rough = EigenSolver::new()
        .max_iter(10)
        .try_solve(&obj, &x, 2, Which::Smallest)
        .unwrap();
    assert!(obj.hvps.get() <= 10 + 2);
    let exact = obj.spectrum();
    let mut hv = vec![0.0; 300];
    for (p, &w) in rough.iter().zip(&exact) {
        // A Ritz value is an upper bound of the smallest eigenvalues (Cauchy
        // interlacing), and the residual brackets an eigenvalue.
        assert!(p.value >= w - 1e-12);
        obj.apply(&p.vector, &mut hv);
        let r: f64 = hv
            .iter()
            .zip(&p.vector)
            .map(|(h, v)| (h - p.value * v).powi(2))
            .sum::<f64>()
            .sqrt();
        assert!((r - p.residual).abs() < 1e-12 && r > 1e-6);
        assert!(exact.iter().any(|&l| (l - p.value).abs() <= p.residual));
    }
}

#[test]
fn classify_large_saddle_counts_its_negative_eigenvalues() {
    let obj = Reflected::new(outlier_spectrum(300, 3));
    let c = classify(&obj, &vec![0.0; 300]);
    assert_eq!(c.kind, PointKind::Saddle);
    assert_eq!((c.index, c.index_exact), (3, true));
    assert!((c.min_eigenvalue + 3.0).abs() < 1e-9 && (c.max_eigenvalue - 7.0).abs() < 1e-9);
    assert_eq!(c.grad_norm, 0.0);
    // The escape direction at the saddle is the eigenvector of −3: H d = −3 d.
    let d = autodiff_runtime::saddle::escape_direction(&obj, &vec![0.0; 300]).unwrap();
    let mut hd = vec![0.0; 300];
    obj.apply(&d.vector, &mut hd);
    assert!(hd
        .iter()
        .zip(&d.vector)
        .all(|(h, v)| (h + 3.0 * v).abs() < 1e-7));
}

#[test]
fn classify_large_index_beyond_the_probe_is_a_lower_bound() {
    // 40 negative eigenvalues, probing at most 16: index ≥ 16, flagged inexact.
    let mut d = outlier_spectrum(200, 0);
    for (i, v) in d.iter_mut().take(40).enumerate() {
        *v = -1.0 - 0.05 * i as f64;
    }
    let obj = Reflected::new(d);
    let x = vec![0.0; 200];
    let c = Classifier::new().index_probe(4, 16).classify(&obj, &x);
    assert_eq!(
        (c.kind, c.index, c.index_exact),
        (PointKind::Saddle, 16, false)
    );
    let full = Classifier::new().index_probe(4, 64).classify(&obj, &x);
    assert_eq!((full.index, full.index_exact), (40, true));
    // The dense path, forced, counts exactly too.
    let dense = Classifier::new()
        .solver(EigenSolver::new().dense_threshold(200))
        .classify(&obj, &x);
    assert_eq!((dense.index, dense.index_exact), (40, true));
    assert_eq!(dense.eigenvalues.len(), 200);
}

#[test]
fn large_minimum_and_maximum() {
    let obj = Reflected::new(outlier_spectrum(100, 0));
    let c = classify(&obj, &vec![0.0; 100]);
    assert_eq!((c.kind, c.index), (PointKind::Minimum, 0));
    assert!((c.min_eigenvalue - 0.1).abs() < 1e-9);
    let neg = Reflected::new(outlier_spectrum(100, 0).iter().map(|v| -v).collect());
    let c = classify(&neg, &vec![0.0; 100]);
    assert_eq!((c.kind, c.index_exact), (PointKind::Maximum, false));
    assert_eq!(c.index, 64);
}

#[test]
fn smallest_of_large_tridiagonal_including_negative_ones() {
    // a = 1, b = −1: spectrum in (−1, 3), the smallest ones negative and clustered.
    let obj = Toeplitz::new(400, 1.0, -1.0);
    let exact = obj.spectrum();
    let x = vec![0.0; obj.n];
    let pairs = eigenpairs(&obj, &x, 6, Which::Smallest);
    assert!(pairs[0].value < -0.99);
    check_pairs(&obj, &pairs, &exact[..6]);
}

#[test]
fn largest_of_large_tridiagonal() {
    let obj = Toeplitz::new(300, 2.5, 0.75);
    let exact = obj.spectrum();
    let x = vec![0.1; obj.n];
    let pairs = eigenpairs(&obj, &x, 5, Which::Largest);
    let want: Vec<f64> = exact.iter().rev().take(5).copied().collect();
    check_pairs(&obj, &pairs, &want);
}

#[test]
fn edge_cases_of_the_lanczos_path() {
    let lanczos = EigenSolver::new().dense_threshold(0);
    // k = n: the whole spectrum.
    let obj = Reflected::new(vec![-1.0, 0.5, 2.0, 3.0, 4.5]);
    let all = lanczos
        .try_solve(&obj, &[0.0; 5], 5, Which::Smallest)
        .unwrap();
    check_values(&all, &[-1.0, 0.5, 2.0, 3.0, 4.5], 1e-12);
    // n = 1.
    let one = Reflected::new(vec![-2.0]);
    let p = lanczos.try_solve(&one, &[0.0], 1, Which::Largest).unwrap();
    assert!((p[0].value + 2.0).abs() < 1e-15 && (p[0].vector[0] - 1.0).abs() < 1e-15);
    // A zero Hessian: every vector is an eigenvector of 0.
    let zero = Reflected::new(vec![0.0; 50]);
    let z = lanczos
        .try_solve(&zero, &vec![0.0; 50], 3, Which::Smallest)
        .unwrap();
    check_values(&z, &[0.0; 3], 1e-15);
    // A multiple of the identity (every Krylov space is invariant) with a repeated
    // eigenvalue requested several times: the pairs must still be orthonormal.
    let ident = Reflected::new(vec![3.0; 80]);
    let id = lanczos
        .try_solve(&ident, &vec![0.0; 80], 4, Which::Largest)
        .unwrap();
    check_values(&id, &[3.0; 4], 1e-12);
    for i in 0..4 {
        for j in 0..i {
            let d: f64 = id[i]
                .vector
                .iter()
                .zip(&id[j].vector)
                .map(|(a, b)| a * b)
                .sum();
            assert!(d.abs() < 1e-10);
        }
    }
    assert!(
        ident.hvps.get() < 80,
        "identity took {} HVPs",
        ident.hvps.get()
    );
}

/// 60 eigenvalues 1.0, 1.1, ..., with −1 three times.
fn triple_minus_one() -> Reflected {
    let mut d: Vec<f64> = (0..60).map(|i| 1.0 + i as f64 / 10.0).collect();
    d[10] = -1.0;
    d[20] = -1.0;
    d[30] = -1.0;
    Reflected::new(d)
}

#[test]
fn verify_finds_every_copy_of_a_repeated_eigenvalue() {
    // A single Krylov space holds one copy of −1; plain Lanczos may report 1.0
    // among the four smallest, the verified solve must not.
    let obj = triple_minus_one();
    let x = vec![0.0; 60];
    let solver = EigenSolver::new().dense_threshold(0).verify(true);
    let low = solver.try_solve(&obj, &x, 4, Which::Smallest).unwrap();
    let values: Vec<f64> = low.iter().map(|p| p.value).collect();
    for (got, want) in values.iter().zip([-1.0, -1.0, -1.0, 1.0]) {
        assert!((got - want).abs() < 1e-9, "{values:?}");
    }
    check_values(&low, &[-1.0, -1.0, -1.0, 1.0], 1e-9);
    for i in 0..4 {
        for j in 0..i {
            let d: f64 = low[i]
                .vector
                .iter()
                .zip(&low[j].vector)
                .map(|(a, b)| a * b)
                .sum();
            assert!(d.abs() < 1e-6, "pairs {i}, {j}: {d}");
        }
    }
    // Without verification every returned pair is still a true eigenpair.
    let plain = EigenSolver::new()
        .dense_threshold(0)
        .try_solve(&obj, &x, 4, Which::Smallest)
        .unwrap();
    let exact = obj.sorted();
    for p in &plain {
        assert!(p.residual < 1e-8 && exact.iter().any(|l| (l - p.value).abs() < 1e-8));
    }
    // The classifier verifies by default, so it counts the multiplicity.
    let c = Classifier::new()
        .solver(EigenSolver::new().dense_threshold(0).verify(true))
        .classify(&obj, &x);
    assert_eq!(
        (c.kind, c.index, c.index_exact),
        (PointKind::Saddle, 3, true)
    );
}

#[test]
fn verify_is_a_cheap_loose_solve_when_nothing_was_missed() {
    let obj = Reflected::new(outlier_spectrum(500, 3));
    let x = vec![0.0; 500];
    let plain = EigenSolver::new()
        .try_solve(&obj, &x, 3, Which::Smallest)
        .unwrap();
    let plain_hvps = obj.hvps.get();
    obj.hvps.set(0);
    let checked = EigenSolver::new()
        .verify(true)
        .try_solve(&obj, &x, 3, Which::Smallest)
        .unwrap();
    assert_eq!(plain, checked);
    // The check resolves the clustered bulk [0.1, 1] only loosely: well under n
    // extra HVPs.
    let extra = obj.hvps.get() - plain_hvps;
    assert!(extra < 500 / 4, "{extra} extra HVPs");
}

#[test]
fn warm_start_near_the_wrong_eigenvector_still_finds_the_smallest() {
    // Start almost exactly on the eigenvector of −2 (Q e₂); the smallest, −3, has a
    // component of only ~1e-7 in the start vector.
    let obj = Reflected::new(outlier_spectrum(300, 3));
    let mut start = vec![0.0; 300];
    start[2] = 1.0;
    obj.reflect(&mut start);
    start
        .iter_mut()
        .enumerate()
        .for_each(|(i, c)| *c += 1e-8 * ((i % 5) as f64 - 2.0));
    let x = vec![0.0; 300];
    let p = eigenpairs_from(&obj, &x, 1, Which::Smallest, &start);
    assert!((p[0].value + 3.0).abs() < 1e-9, "{}", p[0].value);
    // Exactly on it (an invariant start), too.
    let mut exact = vec![0.0; 300];
    exact[2] = 1.0;
    obj.reflect(&mut exact);
    let p = eigenpairs_from(&obj, &x, 2, Which::Smallest, &exact);
    assert!((p[0].value + 3.0).abs() < 1e-9 && (p[1].value + 2.999).abs() < 1e-9);
}

/// f(x) = ½ xᵀ Q D Qᵀ x with Q a product of three random Householder reflections.
struct RandomSpectrum {
    d: Vec<f64>,
    us: Vec<Vec<f64>>,
}

impl RandomSpectrum {
    fn apply(&self, v: &[f64], out: &mut [f64]) {
        out.copy_from_slice(v);
        for u in self.us.iter().rev() {
            let c = 2.0 * u.iter().zip(out.iter()).map(|(a, b)| a * b).sum::<f64>();
            out.iter_mut().zip(u).for_each(|(o, ui)| *o -= c * ui);
        }
        out.iter_mut().zip(&self.d).for_each(|(o, di)| *o *= di);
        for u in &self.us {
            let c = 2.0 * u.iter().zip(out.iter()).map(|(a, b)| a * b).sum::<f64>();
            out.iter_mut().zip(u).for_each(|(o, ui)| *o -= c * ui);
        }
    }
}

impl Objective for RandomSpectrum {
    fn dim(&self) -> usize {
        self.d.len()
    }
    fn value(&self, _x: &[f64]) -> f64 {
        0.0
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        self.apply(x, g);
        0.0
    }
    fn hvp(&self, _x: &[f64], v: &[f64], hv: &mut [f64]) {
        self.apply(v, hv);
    }
}

#[test]
fn random_spectra_with_small_restarted_bases() {
    // A linear congruential generator: reproducible test cases without a dependency.
    let mut state: u64 = 0x0123_4567_89ab_cdef;
    let mut uniform = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    for case in 0..16 {
        let n = 40 + (uniform() * 80.0) as usize;
        // Eigenvalues on a grid of spacing 0.05 in [-5, 5], so some repeat.
        let d: Vec<f64> = (0..n)
            .map(|_| (uniform() * 200.0).floor() * 0.05 - 5.0)
            .collect();
        let us = (0..3)
            .map(|_| {
                let mut u: Vec<f64> = (0..n).map(|_| uniform() - 0.5).collect();
                let nu = u.iter().map(|c| c * c).sum::<f64>().sqrt();
                u.iter_mut().for_each(|c| *c /= nu);
                u
            })
            .collect();
        let obj = RandomSpectrum { d, us };
        let mut exact = obj.d.clone();
        exact.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let k = 1 + case % 5;
        let basis = 2 * k + 5 + (uniform() * 20.0) as usize;
        let solver = EigenSolver::new()
            .dense_threshold(0)
            .max_basis(basis)
            .verify(true)
            .seed(case as u64);
        let x = vec![0.0; n];
        let low = solver.try_solve(&obj, &x, k, Which::Smallest).unwrap();
        let high = solver.try_solve(&obj, &x, k, Which::Largest).unwrap();
        for i in 0..k {
            assert!(
                (low[i].value - exact[i]).abs() < 1e-8,
                "case {case} (n = {n}, k = {k}, basis = {basis}): smallest {i}: {} vs {}",
                low[i].value,
                exact[i]
            );
            assert!(
                (high[i].value - exact[n - 1 - i]).abs() < 1e-8,
                "case {case} (n = {n}, k = {k}, basis = {basis}): largest {i}: {} vs {}",
                high[i].value,
                exact[n - 1 - i]
            );
            assert!(low[i].residual < 1e-6 && high[i].residual < 1e-6);
        }
        // The dense path agrees.
        let dense = EigenSolver::new()
            .dense_threshold(n)
            .try_solve(&obj, &x, k, Which::Smallest)
            .unwrap();
        for i in 0..k {
            assert!((dense[i].value - exact[i]).abs() < 1e-12);
        }
    }
}
