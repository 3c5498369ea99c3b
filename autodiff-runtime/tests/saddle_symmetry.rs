//! Known exact symmetries (zero modes): functions with a continuous symmetry, whose
//! Hessian eigenvalues are known in closed form, classified and searched with and
//! without telling the tools about the symmetry.

use autodiff_runtime::ridge_rider::{LeafKind, RidgeRider};
use autodiff_runtime::saddle::{
    classify, eigenpairs, escape_direction, Classifier, EigenSolver, Objective, PointKind,
    SaddleError, Symmetric, Which,
};

/// The Mexican hat `(x² + y² − 1)²`: a maximum at the origin, a circle of minima.
/// On the circle the Hessian is `8 r rᵀ` (eigenvalue 8 radially, 0 along the circle).
struct Hat;

impl Objective for Hat {
    fn dim(&self) -> usize {
        2
    }
    fn value(&self, p: &[f64]) -> f64 {
        let s = p[0] * p[0] + p[1] * p[1] - 1.0;
        s * s
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        let s = p[0] * p[0] + p[1] * p[1] - 1.0;
        g[0] = 4.0 * s * p[0];
        g[1] = 4.0 * s * p[1];
        s * s
    }
    fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
        let s = p[0] * p[0] + p[1] * p[1] - 1.0;
        let pv = p[0] * v[0] + p[1] * v[1];
        hv[0] = 8.0 * p[0] * pv + 4.0 * s * v[0];
        hv[1] = 8.0 * p[1] * pv + 4.0 * s * v[1];
    }
}

/// The rotation generator `(−y, x)` of the plane.
fn rotation(p: &[f64]) -> Vec<Vec<f64>> {
    vec![vec![-p[1], p[0]]]
}

#[test]
fn a_circle_of_minima_is_degenerate_without_the_symmetry_and_a_minimum_with_it() {
    let at = [0.6, -0.8];
    let plain = classify(&Hat, &at);
    assert_eq!(plain.kind, PointKind::Degenerate);
    assert_eq!((plain.zero_eigenvalues, plain.symmetry_modes), (1, 0));
    assert!(plain.eigenvalues[0].abs() < 1e-12 && (plain.eigenvalues[1] - 8.0).abs() < 1e-12);

    let told = Classifier::new()
        .expected_zero_eigenvalues(1)
        .classify(&Hat, &at);
    assert_eq!((told.kind, told.zero_eigenvalues), (PointKind::Minimum, 1));

    let sym = Symmetric::new(Hat, rotation);
    let c = classify(&sym, &at);
    assert_eq!(c.kind, PointKind::Minimum);
    assert_eq!((c.symmetry_modes, c.zero_eigenvalues, c.index), (1, 0, 0));
    assert_eq!(c.eigenvalues.len(), 1);
    assert!((c.min_eigenvalue - 8.0).abs() < 1e-12);
    // The only eigenvector left is radial.
    let p = eigenpairs(&sym, &at, 1, Which::Smallest);
    assert!((p[0].vector[0] * 0.6 - p[0].vector[1] * 0.8).abs() > 1.0 - 1e-12);
    // Asking for more eigenpairs than the complement holds is an error.
    assert_eq!(
        EigenSolver::new().try_solve(&sym, &at, 2, Which::Smallest),
        Err(SaddleError::InvalidCount { k: 2, n: 1 })
    );
}

#[test]
fn inside_the_circle_the_symmetric_hessian_is_the_projected_one() {
    // At (0.5, 0): H = diag(4s + 8x², 4s) with s = −0.75, so −3 + 2 = −1 radially and
    // −3 along the circle; the rotation is set aside and the point is not critical.
    let sym = Symmetric::new(Hat, rotation);
    let c = classify(&sym, &[0.5, 0.0]);
    assert_eq!(c.kind, PointKind::NotCritical);
    assert_eq!(c.eigenvalues.len(), 1);
    assert!((c.eigenvalues[0] + 1.0).abs() < 1e-12);
    // The maximum at the origin: the generator vanishes there, nothing is set aside.
    let top = classify(&sym, &[0.0, 0.0]);
    assert_eq!(
        (top.kind, top.symmetry_modes, top.index),
        (PointKind::Maximum, 0, 2)
    );
    // The projected gradient and HVP have no component along the rotation.
    let (x, v) = ([0.3, 0.4], [1.0, -2.0]);
    let (mut g, mut hv) = ([0.0; 2], [0.0; 2]);
    sym.grad(&x, &mut g);
    sym.hvp(&x, &v, &mut hv);
    assert!((-0.4 * g[0] + 0.3 * g[1]).abs() < 1e-15);
    assert!((-0.4 * hv[0] + 0.3 * hv[1]).abs() < 1e-15);
}

#[test]
fn the_escape_direction_is_never_the_symmetry() {
    // At (0.5, 0) the most negative curvature (−3) is along the circle: a rotation,
    // which leads nowhere. With the symmetry the escape is radial (−1), outwards.
    let plain = escape_direction(&Hat, &[0.5, 0.0]).unwrap();
    assert!((plain.value + 3.0).abs() < 1e-12 && plain.vector[1].abs() > 1.0 - 1e-12);
    let sym = Symmetric::new(Hat, rotation);
    let d = escape_direction(&sym, &[0.5, 0.0]).unwrap();
    assert!((d.value + 1.0).abs() < 1e-12);
    // Signed to decrease f: the gradient points inwards, so the escape outwards.
    assert!((d.vector[0] - 1.0).abs() < 1e-12);
}

#[test]
fn ridge_rider_on_the_hat_reports_minima_and_merges_them_with_an_invariant_distance() {
    // Without the symmetry every leaf on the circle is degenerate.
    let leaves = RidgeRider::new(&Hat).run(&[0.0, 0.0]);
    assert!(!leaves.is_empty());
    assert!(leaves.iter().all(|l| l.kind == LeafKind::Degenerate));
    // With it they are minima: four rides (±x, ±y) and, with a distance that only
    // sees the radius, one solution reached by four paths.
    let sym = Symmetric::new(Hat, rotation);
    let radius = |a: &[f64], b: &[f64]| (a[0].hypot(a[1]) - b[0].hypot(b[1])).abs();
    let leaves = RidgeRider::new(&sym).distance(radius).run(&[0.0, 0.0]);
    assert_eq!(leaves.len(), 1);
    assert_eq!(leaves[0].kind, LeafKind::Minimum);
    assert_eq!(leaves[0].path_count(), 4);
    assert!((leaves[0].x[0].hypot(leaves[0].x[1]) - 1.0).abs() < 1e-8);
    assert!((leaves[0].min_eigenvalue - 8.0).abs() < 1e-6);
}

/// `(x₀² + x₁² − 1)² + Σ_{i≥2} cᵢ xᵢ²` in 40 dimensions, `cᵢ = 0.5 + i/10`: a circle of
/// minima in the first plane; on it the Hessian has eigenvalues 0 (the rotation), 8
/// and the `2cᵢ` (1.4 to 8.8).
struct WideHat;

impl WideHat {
    fn c(i: usize) -> f64 {
        0.5 + i as f64 / 10.0
    }
}

impl Objective for WideHat {
    fn dim(&self) -> usize {
        40
    }
    fn value(&self, p: &[f64]) -> f64 {
        let s = p[0] * p[0] + p[1] * p[1] - 1.0;
        s * s + (2..40).map(|i| Self::c(i) * p[i] * p[i]).sum::<f64>()
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        let s = p[0] * p[0] + p[1] * p[1] - 1.0;
        g[0] = 4.0 * s * p[0];
        g[1] = 4.0 * s * p[1];
        for i in 2..40 {
            g[i] = 2.0 * Self::c(i) * p[i];
        }
        self.value(p)
    }
    fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
        Hat.hvp(&p[..2], &v[..2], &mut hv[..2]);
        for i in 2..40 {
            hv[i] = 2.0 * Self::c(i) * v[i];
        }
    }
}

#[test]
fn the_lanczos_path_sets_the_symmetry_aside_too() {
    let mut at = vec![0.0; 40];
    at[0] = 0.8;
    at[1] = 0.6;
    let lanczos = Classifier::new().solver(EigenSolver::new().dense_threshold(0).verify(true));
    let plain = lanczos.classify(&WideHat, &at);
    assert_eq!(plain.kind, PointKind::Degenerate);
    assert_eq!(plain.zero_eigenvalues, 1);
    let sym = Symmetric::new(WideHat, |p: &[f64]| {
        let mut r = vec![0.0; 40];
        r[0] = -p[1];
        r[1] = p[0];
        vec![r]
    });
    let c = lanczos.classify(&sym, &at);
    assert_eq!(c.kind, PointKind::Minimum);
    assert_eq!((c.symmetry_modes, c.zero_eigenvalues), (1, 0));
    // Smallest 2c₂ = 1.4, largest 2c₃₉ = 8.8.
    assert!((c.min_eigenvalue - 1.4).abs() < 1e-8);
    assert!((c.max_eigenvalue - 8.8).abs() < 1e-8);
    let p = EigenSolver::new()
        .dense_threshold(0)
        .try_solve(&sym, &at, 3, Which::Smallest)
        .unwrap();
    for (got, want) in p.iter().zip([1.4, 1.6, 1.8]) {
        assert!((got.value - want).abs() < 1e-8, "{} vs {want}", got.value);
        assert!((got.vector[0] * -0.6 + got.vector[1] * 0.8).abs() < 1e-10);
    }
}
