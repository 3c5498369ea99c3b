//! Ridge Rider's solver paths: Lanczos instead of the dense solver, noisy HVPs, the
//! approximate mode, and problems of a few hundred dimensions.

use autodiff_runtime::ridge_rider::{Exploration, LeafKind, RideStop, RidgeRider};
use autodiff_runtime::saddle::{classify, EigenSolver, Objective, PointKind};

#[path = "common/double_well.rs"]
mod double_well;
use double_well::DoubleWell;

/// An objective whose HVPs carry relative noise of about `1e-11` (deterministic).
struct Noisy<O>(O);

impl<O: Objective> Objective for Noisy<O> {
    fn dim(&self) -> usize {
        self.0.dim()
    }
    fn value(&self, x: &[f64]) -> f64 {
        self.0.value(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        self.0.grad(x, g)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        self.0.hvp(x, v, hv);
        let s: f64 = v
            .iter()
            .enumerate()
            .map(|(i, c)| c * (i as f64 + 1.0))
            .sum();
        for (i, h) in hv.iter_mut().enumerate() {
            *h += 1e-11 * (s * (i as f64 + 0.5)).sin();
        }
    }
}

/// ½‖x‖² + Σⱼ (sⱼ⁴/4 − 3sⱼ²/2) with sⱼ = uⱼ·x for two dense orthonormal directions
/// u₁ = (1, ..., 1)/√n and u₂ = (1, −1, 1, ...)/√n: the origin is a saddle with the
/// eigenvalue −2 twice (on span{u₁, u₂}) and 1 elsewhere; the four minima are
/// ±√2·u₁ ± √2·u₂ with f = −2.
struct RotatedWells(usize);

impl RotatedWells {
    fn u(&self, j: usize, i: usize) -> f64 {
        let s = 1.0 / (self.0 as f64).sqrt();
        if j == 0 || i & 1 == 0 {
            s
        } else {
            -s
        }
    }
    fn s(&self, j: usize, x: &[f64]) -> f64 {
        x.iter().enumerate().map(|(i, xi)| self.u(j, i) * xi).sum()
    }
    fn minima(&self) -> Vec<Vec<f64>> {
        let r = 2f64.sqrt();
        [(r, r), (r, -r), (-r, r), (-r, -r)]
            .iter()
            .map(|&(a, b)| {
                (0..self.0)
                    .map(|i| a * self.u(0, i) + b * self.u(1, i))
                    .collect()
            })
            .collect()
    }
}

impl Objective for RotatedWells {
    fn dim(&self) -> usize {
        self.0
    }
    fn value(&self, x: &[f64]) -> f64 {
        let quad: f64 = 0.5 * x.iter().map(|v| v * v).sum::<f64>();
        quad + (0..2)
            .map(|j| {
                let s = self.s(j, x);
                s.powi(4) / 4.0 - 1.5 * s * s
            })
            .sum::<f64>()
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        g.copy_from_slice(x);
        for j in 0..2 {
            let s = self.s(j, x);
            let d = s.powi(3) - 3.0 * s;
            for (i, gi) in g.iter_mut().enumerate() {
                *gi += d * self.u(j, i);
            }
        }
        self.value(x)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        hv.copy_from_slice(v);
        for j in 0..2 {
            let s = self.s(j, x);
            let c = (3.0 * s * s - 3.0) * self.s(j, v);
            for (i, h) in hv.iter_mut().enumerate() {
                *h += c * self.u(j, i);
            }
        }
    }
}

fn near(a: &[f64], b: &[f64], tol: f64) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() <= tol)
}

/// (rounded point, sorted fingerprints) of every minimum: what two runs must agree on.
fn fingerprints(tree: &Exploration) -> Vec<(Vec<i64>, Vec<String>)> {
    let mut out: Vec<_> = tree
        .minima()
        .map(|l| {
            let x = l.x.iter().map(|v| (v * 1e4).round() as i64).collect();
            let mut paths: Vec<String> = core::iter::once(&l.path)
                .chain(&l.other_paths)
                .map(|p| p.to_string())
                .collect();
            paths.sort();
            (x, paths)
        })
        .collect();
    out.sort();
    out
}

fn lanczos() -> EigenSolver {
    EigenSolver::new().dense_threshold(0)
}

#[test]
fn repeated_eigenvalue_through_lanczos_gives_one_ride_per_basis_vector() {
    // Lanczos from one start vector sees a single direction of the eigenspace of -4;
    // deflation completes it, and the canonical basis makes the fingerprints identical
    // to the dense solver's.
    let dense = RidgeRider::new(&DoubleWell(4))
        .step_size(0.1)
        .explore(&[0.0; 4], |_| {});
    let mut roots = 0;
    let krylov = RidgeRider::new(&DoubleWell(4))
        .step_size(0.1)
        .eigen_solver(lanczos())
        .explore(&[0.0; 4], |e| {
            if let autodiff_runtime::ridge_rider::Event::Start { ridges, .. } = e {
                roots = *ridges;
            }
        });
    assert_eq!(roots, 8);
    assert_eq!(krylov.minima().count(), 16);
    assert!(krylov.minima().all(|l| l.path_count() == 24));
    assert_eq!(fingerprints(&dense), fingerprints(&krylov));
}

#[test]
fn numerical_noise_creates_no_duplicate_ridges() {
    let clean = RidgeRider::new(&DoubleWell(3)).explore(&[0.0; 3], |_| {});
    for solver in [EigenSolver::new(), lanczos()] {
        let noisy = RidgeRider::new(&Noisy(DoubleWell(3)))
            .eigen_solver(solver)
            .explore(&[0.0; 3], |_| {});
        let roots = noisy.rides.iter().filter(|r| r.parent.is_none()).count();
        assert_eq!(roots, 6);
        assert_eq!(noisy.rides.len(), clean.rides.len());
        assert_eq!(fingerprints(&noisy), fingerprints(&clean));
    }
}

#[test]
fn approximate_mode_finds_the_same_minima_with_at_most_m_hvps_per_step() {
    for m in [2, 4] {
        let exact = RidgeRider::new(&DoubleWell(3)).explore(&[0.0; 3], |_| {});
        let approx = RidgeRider::new(&DoubleWell(3))
            .approximate(m)
            .explore(&[0.0; 3], |_| {});
        assert_eq!(fingerprints(&exact), fingerprints(&approx));
        // At most m HVPs per step; fewer when the Krylov space closes early (here the
        // ridges are exact eigenvectors, so one HVP shows it is invariant).
        for r in &approx.rides {
            assert!(r.steps <= r.hvps && r.hvps <= m * r.steps, "{r:?}");
        }
    }
}

fn check_rotated_wells(tree: &Exploration, obj: &RotatedWells) {
    let found: Vec<_> = tree.minima().collect();
    assert_eq!(
        found.len(),
        4,
        "{:?}",
        tree.leaves
            .iter()
            .map(|l| (l.kind, l.value))
            .collect::<Vec<_>>()
    );
    for m in obj.minima() {
        let l = found
            .iter()
            .find(|l| near(&l.x, &m, 1e-6))
            .expect("every minimum found");
        assert!((l.value + 2.0).abs() < 1e-10);
        assert_eq!(l.path.len(), 1);
        assert_eq!(classify(obj, &l.x).kind, PointKind::Minimum);
    }
    assert!(tree.leaves.iter().all(|l| l.kind == LeafKind::Minimum));
    assert!(tree
        .rides
        .iter()
        .all(|r| r.stop == RideStop::CurvatureNonNegative));
}

#[test]
fn rotated_wells_in_300_dimensions_exact_mode() {
    let obj = RotatedWells(300);
    let tree = RidgeRider::new(&obj)
        .step_size(0.1)
        .explore(&vec![0.0; 300], |_| {});
    check_rotated_wells(&tree, &obj);
}

#[test]
fn rotated_wells_in_300_dimensions_approximate_mode() {
    let obj = RotatedWells(300);
    let tree = RidgeRider::new(&obj)
        .step_size(0.1)
        .approximate(3)
        .explore(&vec![0.0; 300], |_| {});
    check_rotated_wells(&tree, &obj);
    for r in &tree.rides {
        assert!(r.steps <= r.hvps && r.hvps <= 3 * r.steps);
    }
}

#[test]
fn rotated_wells_in_two_dimensions() {
    let obj = RotatedWells(2);
    let tree = RidgeRider::new(&obj)
        .step_size(0.05)
        .explore(&[0.0, 0.0], |_| {});
    check_rotated_wells(&tree, &obj);
}

/// The two-scale problem (x⁴ − 2x²) + 3(y⁴/81 − 2y²/9) + x²y² in (x₀, x₁), coupled to
/// n − 2 more coordinates by ½ Σᵢ cᵢ (xᵢ − x₀x₁/2)², which bends its ridges out of the
/// plane. Its minima are those of the 2-D problem with the other coordinates at 0.
struct BentTwoScale(usize);

impl BentTwoScale {
    fn c(i: usize) -> f64 {
        1.0 + i as f64 / 4.0
    }
}

impl Objective for BentTwoScale {
    fn dim(&self) -> usize {
        self.0
    }
    fn value(&self, p: &[f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        let base =
            x.powi(4) - 2.0 * x * x + 3.0 * (y.powi(4) / 81.0 - 2.0 * y * y / 9.0) + x * x * y * y;
        let q = 0.5 * x * y;
        base + (2..self.0)
            .map(|i| 0.5 * Self::c(i) * (p[i] - q).powi(2))
            .sum::<f64>()
    }
    fn grad(&self, p: &[f64], g: &mut [f64]) -> f64 {
        let (x, y) = (p[0], p[1]);
        g[0] = 4.0 * x.powi(3) - 4.0 * x + 2.0 * x * y * y;
        g[1] = 4.0 * y.powi(3) / 27.0 - 4.0 * y / 3.0 + 2.0 * x * x * y;
        let q = 0.5 * x * y;
        for i in 2..self.0 {
            let cr = Self::c(i) * (p[i] - q);
            g[i] = cr;
            g[0] -= 0.5 * y * cr;
            g[1] -= 0.5 * x * cr;
        }
        self.value(p)
    }
    fn hvp(&self, p: &[f64], v: &[f64], hv: &mut [f64]) {
        let (x, y) = (p[0], p[1]);
        let hxx = 12.0 * x * x - 4.0 + 2.0 * y * y;
        let hxy = 4.0 * x * y;
        let hyy = 4.0 * y * y / 9.0 - 4.0 / 3.0 + 2.0 * x * x;
        hv[0] = hxx * v[0] + hxy * v[1];
        hv[1] = hxy * v[0] + hyy * v[1];
        let q = 0.5 * x * y;
        for i in 2..self.0 {
            let c = Self::c(i);
            let r = p[i] - q;
            // ∇rᵢ = eᵢ − (y e₀ + x e₁)/2, ∇²rᵢ = −(e₀e₁ᵀ + e₁e₀ᵀ)/2.
            let dr_v = v[i] - 0.5 * (y * v[0] + x * v[1]);
            hv[i] = c * dr_v;
            hv[0] += c * (-0.5 * y * dr_v - 0.5 * r * v[1]);
            hv[1] += c * (-0.5 * x * dr_v - 0.5 * r * v[0]);
        }
    }
}

#[test]
fn approximate_mode_tracks_bent_ridges_like_the_exact_mode() {
    let obj = BentTwoScale(8);
    let x0 = [0.0; 8];
    let exact = RidgeRider::new(&obj).step_size(0.05).explore(&x0, |_| {});
    let approx = RidgeRider::new(&obj)
        .step_size(0.05)
        .approximate(4)
        .explore(&x0, |_| {});
    assert_eq!(fingerprints(&exact), fingerprints(&approx));
    for tree in [&exact, &approx] {
        for target in [[0.0, 3.0], [0.0, -3.0], [1.0, 0.0], [-1.0, 0.0]] {
            let mut full = vec![0.0; 8];
            full[..2].copy_from_slice(&target);
            assert!(tree.minima().any(|l| near(&l.x, &full, 1e-6)), "{target:?}");
        }
    }
    // The ridges really bend: the Krylov space did not close after one HVP.
    assert!(approx.rides.iter().any(|r| r.hvps > 2 * r.steps));
    assert!(approx.rides.iter().all(|r| r.hvps <= 4 * r.steps));
}

/// Σᵢ aᵢ ((Qx)ᵢ² − bᵢ)² for a fixed pseudo-random rotation Q: a maximum at the origin
/// with distinct eigenvalues −4aᵢbᵢ along the rows of Q, and the 2ⁿ minima
/// Qᵀ(±√b₁, ..., ±√bₙ) with f = 0.
struct RotatedSeparable {
    q: Vec<Vec<f64>>,
    a: Vec<f64>,
    b: Vec<f64>,
}

impl RotatedSeparable {
    fn new(n: usize) -> Self {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64 - 0.5
        };
        let mut q: Vec<Vec<f64>> = Vec::new();
        while q.len() < n {
            let mut v: Vec<f64> = (0..n).map(|_| next()).collect();
            for u in &q {
                let c: f64 = v.iter().zip(u).map(|(x, y)| x * y).sum();
                v.iter_mut().zip(u).for_each(|(x, y)| *x -= c * y);
            }
            let len = v.iter().map(|x| x * x).sum::<f64>().sqrt();
            if len > 0.1 {
                q.push(v.iter().map(|x| x / len).collect());
            }
        }
        let a = (0..n).map(|i| 1.0 + 0.5 * i as f64).collect();
        let b = (0..n).map(|i| 1.0 + 0.3 * i as f64).collect();
        RotatedSeparable { q, a, b }
    }
    fn rotate(&self, x: &[f64]) -> Vec<f64> {
        self.q
            .iter()
            .map(|row| row.iter().zip(x).map(|(r, v)| r * v).sum())
            .collect()
    }
    fn minima(&self) -> Vec<Vec<f64>> {
        let n = self.a.len();
        (0..1usize << n)
            .map(|mask| {
                let z: Vec<f64> = (0..n)
                    .map(|i| {
                        if mask >> i & 1 == 1 {
                            self.b[i].sqrt()
                        } else {
                            -self.b[i].sqrt()
                        }
                    })
                    .collect();
                (0..n)
                    .map(|j| (0..n).map(|i| self.q[i][j] * z[i]).sum())
                    .collect()
            })
            .collect()
    }
}

impl Objective for RotatedSeparable {
    fn dim(&self) -> usize {
        self.a.len()
    }
    fn value(&self, x: &[f64]) -> f64 {
        let z = self.rotate(x);
        (0..z.len())
            .map(|i| self.a[i] * (z[i] * z[i] - self.b[i]).powi(2))
            .sum()
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        let z = self.rotate(x);
        g.fill(0.0);
        for (i, (zi, row)) in z.iter().zip(&self.q).enumerate() {
            let dz = 4.0 * self.a[i] * zi * (zi * zi - self.b[i]);
            g.iter_mut().zip(row).for_each(|(gj, qij)| *gj += dz * qij);
        }
        self.value(x)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        let z = self.rotate(x);
        let w = self.rotate(v);
        hv.fill(0.0);
        for (i, (zi, row)) in z.iter().zip(&self.q).enumerate() {
            let c = self.a[i] * (12.0 * zi * zi - 4.0 * self.b[i]) * w[i];
            hv.iter_mut().zip(row).for_each(|(h, qij)| *h += c * qij);
        }
    }
}

#[test]
fn a_rotated_separable_problem_yields_all_its_minima_in_every_mode() {
    let obj = RotatedSeparable::new(3);
    let runs = [
        RidgeRider::new(&obj).explore(&[0.0; 3], |_| {}),
        RidgeRider::new(&obj)
            .approximate(2)
            .explore(&[0.0; 3], |_| {}),
        RidgeRider::new(&obj)
            .eigen_solver(lanczos())
            .order(autodiff_runtime::ridge_rider::SearchOrder::BreadthFirst)
            .explore(&[0.0; 3], |_| {}),
    ];
    for tree in &runs {
        assert_eq!(tree.minima().count(), 8);
        for m in obj.minima() {
            let l = tree
                .minima()
                .find(|l| near(&l.x, &m, 1e-6))
                .expect("minimum found");
            assert!(l.value < 1e-14);
            // Every corner is reached by each of the 3! orders of its coordinates.
            assert_eq!(l.path_count(), 6);
        }
    }
    assert_eq!(fingerprints(&runs[0]), fingerprints(&runs[1]));
    assert_eq!(fingerprints(&runs[0]), fingerprints(&runs[2]));
}
