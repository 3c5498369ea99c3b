//! Finite-difference oracles shared by the `grammar_*` tests.
//!
//! Everything here works on the primal function only (never on generated code):
//! central first differences for gradients, Jacobians and directional derivatives,
//! and central second differences of the primal for Hessians, so a generated HVP is
//! checked against an oracle independent of the generated gradient.
#![allow(dead_code)]

/// A small seeded xorshift64* generator for reproducible test points.
pub struct Rng(u64);

impl Rng {
    /// A generator from a nonzero seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let r = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        (r >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `[lo, hi)`.
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// A vector of `n` values uniform in `[lo, hi)`.
    pub fn vec(&mut self, n: usize, lo: f64, hi: f64) -> Vec<f64> {
        (0..n).map(|_| self.range(lo, hi)).collect()
    }
}

/// Asserts `|got - want| <= tol * (1 + |want|)`.
#[track_caller]
pub fn close(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol * (1.0 + want.abs()),
        "{what}: got {got}, want {want} (diff {:e}, tol {tol:e})",
        (got - want).abs()
    );
}

/// Elementwise [`close`].
#[track_caller]
pub fn close_all(what: &str, got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        close(
            &format!("{what}[{i}] (got {got:?}, want {want:?})"),
            *g,
            *w,
            tol,
        );
    }
}

fn step(x: f64) -> f64 {
    1e-5 * (1.0 + x.abs())
}

/// Central-difference gradient of a scalar function.
pub fn grad(f: &dyn Fn(&[f64]) -> f64, x: &[f64]) -> Vec<f64> {
    (0..x.len())
        .map(|i| {
            let h = step(x[i]);
            let mut p = x.to_vec();
            let mut m = x.to_vec();
            p[i] += h;
            m[i] -= h;
            (f(&p) - f(&m)) / (2.0 * h)
        })
        .collect()
}

/// Central-difference Jacobian (`m` rows, one per output) of a vector function.
pub fn jacobian(f: &dyn Fn(&[f64]) -> Vec<f64>, x: &[f64]) -> Vec<Vec<f64>> {
    let m = f(x).len();
    let mut jac = vec![vec![0.0; x.len()]; m];
    for j in 0..x.len() {
        let h = step(x[j]);
        let mut p = x.to_vec();
        let mut q = x.to_vec();
        p[j] += h;
        q[j] -= h;
        let (fp, fq) = (f(&p), f(&q));
        for i in 0..m {
            jac[i][j] = (fp[i] - fq[i]) / (2.0 * h);
        }
    }
    jac
}

/// Central second differences of the primal: the Hessian of a scalar function.
pub fn hessian(f: &dyn Fn(&[f64]) -> f64, x: &[f64]) -> Vec<Vec<f64>> {
    let n = x.len();
    let mut hess = vec![vec![0.0; n]; n];
    let at = |di: usize, si: f64, dj: usize, sj: f64| {
        let mut y = x.to_vec();
        y[di] += si;
        y[dj] += sj;
        f(&y)
    };
    for i in 0..n {
        for j in 0..n {
            let hi = 1e-4 * (1.0 + x[i].abs());
            let hj = 1e-4 * (1.0 + x[j].abs());
            hess[i][j] = (at(i, hi, j, hj) - at(i, hi, j, -hj) - at(i, -hi, j, hj)
                + at(i, -hi, j, -hj))
                / (4.0 * hi * hj);
        }
    }
    hess
}

/// `H v` from [`hessian`].
pub fn hvp(f: &dyn Fn(&[f64]) -> f64, x: &[f64], v: &[f64]) -> Vec<f64> {
    hessian(f, x)
        .iter()
        .map(|row| row.iter().zip(v).map(|(a, b)| a * b).sum())
        .collect()
}

/// Dot product.
pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// `(x, v) -> (value, J v)` of a scalar function.
pub type JvpFn<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, f64);
/// `(x, seed) -> (value, seed * grad)`.
pub type VjpFn<'a> = &'a dyn Fn(&[f64], f64) -> (f64, Vec<f64>);
/// `x -> (value, grad)`.
pub type GradFn<'a> = &'a dyn Fn(&[f64]) -> (f64, Vec<f64>);
/// `(x, v) -> (value, H v)`.
pub type HvpFn<'a> = &'a dyn Fn(&[f64], &[f64]) -> (f64, Vec<f64>);
/// `(x, v or seed) -> (value, J v or J^T seed)` of a vector function.
pub type VecModeFn<'a> = &'a dyn Fn(&[f64], &[f64]) -> (Vec<f64>, Vec<f64>);

/// The generated modes of a scalar-valued function, adapted to flat `&[f64]` inputs.
/// Each closure returns the primal value first; missing modes are `None`.
pub struct Scalar<'a> {
    /// The user's function.
    pub f: &'a dyn Fn(&[f64]) -> f64,
    /// `(x, v) -> (value, J v)`.
    pub jvp: Option<JvpFn<'a>>,
    /// `(x, seed) -> (value, seed * grad)`.
    pub vjp: Option<VjpFn<'a>>,
    /// `x -> (value, grad)`.
    pub grad: Option<GradFn<'a>>,
    /// `(x, v) -> (value, H v)`.
    pub hvp: Option<HvpFn<'a>>,
}

/// Checks every provided mode of `m` at `x` against finite differences of `m.f`
/// (first derivatives to `tol`, Hessian-vector products to `htol`).
#[track_caller]
pub fn check_scalar(name: &str, m: &Scalar, x: &[f64], tol: f64, htol: f64) {
    let n = x.len();
    let value = (m.f)(x);
    let g = grad(m.f, x);
    let mut rng =
        Rng::new(0x9e37_79b9 ^ (n as u64) ^ x.iter().map(|v| v.to_bits()).fold(0, |a, b| a ^ b));
    let v = rng.vec(n, -1.0, 1.0);
    if let Some(jvp) = m.jvp {
        let (val, t) = jvp(x, &v);
        close(&format!("{name}_jvp value at {x:?}"), val, value, 1e-12);
        close(&format!("{name}_jvp tangent at {x:?}"), t, dot(&g, &v), tol);
        for i in 0..n {
            let mut e = vec![0.0; n];
            e[i] = 1.0;
            close(
                &format!("{name}_jvp e{i} at {x:?}"),
                jvp(x, &e).1,
                g[i],
                tol,
            );
        }
    }
    if let Some(vjp) = m.vjp {
        let seed = -1.75;
        let (val, b) = vjp(x, seed);
        close(&format!("{name}_vjp value at {x:?}"), val, value, 1e-12);
        let want: Vec<f64> = g.iter().map(|gi| seed * gi).collect();
        close_all(&format!("{name}_vjp at {x:?}"), &b, &want, tol);
    }
    if let Some(gr) = m.grad {
        let (val, b) = gr(x);
        close(&format!("{name}_grad value at {x:?}"), val, value, 1e-12);
        close_all(&format!("{name}_grad at {x:?}"), &b, &g, tol);
    }
    if let Some(h) = m.hvp {
        let (val, hv) = h(x, &v);
        close(&format!("{name}_hvp value at {x:?}"), val, value, 1e-12);
        close_all(&format!("{name}_hvp at {x:?}"), &hv, &hvp(m.f, x, &v), htol);
    }
}

/// The generated modes of an array-valued function, adapted to flat inputs.
pub struct Vector<'a> {
    /// The user's function.
    pub f: &'a dyn Fn(&[f64]) -> Vec<f64>,
    /// `(x, v) -> (value, J v)`.
    pub jvp: VecModeFn<'a>,
    /// `(x, seed) -> (value, J^T seed)`.
    pub vjp: VecModeFn<'a>,
}

/// Checks `jvp` and `vjp` of a vector function against the finite-difference Jacobian.
#[track_caller]
pub fn check_vector(name: &str, m: &Vector, x: &[f64], tol: f64) {
    let value = (m.f)(x);
    let jac = jacobian(m.f, x);
    let mut rng = Rng::new(0x5151 ^ x.iter().map(|v| v.to_bits()).fold(0, |a, b| a ^ b));
    let v = rng.vec(x.len(), -1.0, 1.0);
    let s = rng.vec(value.len(), -1.0, 1.0);
    let (val, t) = (m.jvp)(x, &v);
    close_all(&format!("{name}_jvp value at {x:?}"), &val, &value, 1e-12);
    let want: Vec<f64> = jac.iter().map(|row| dot(row, &v)).collect();
    close_all(&format!("{name}_jvp at {x:?}"), &t, &want, tol);
    let (val, b) = (m.vjp)(x, &s);
    close_all(&format!("{name}_vjp value at {x:?}"), &val, &value, 1e-12);
    let want: Vec<f64> = (0..x.len())
        .map(|j| (0..value.len()).map(|i| s[i] * jac[i][j]).sum())
        .collect();
    close_all(&format!("{name}_vjp at {x:?}"), &b, &want, tol);
}

/// A tuple `(value, d1, ..., dk)` of floats, flattened to `(value, vec![d1, ..., dk])`.
pub trait Flat {
    /// The value and the derivatives.
    fn flat(self) -> (f64, Vec<f64>);
}

macro_rules! impl_flat {
    (@f64 $t:ident) => { f64 };
    ($($t:ident),*) => {
        impl Flat for (f64, $(impl_flat!(@f64 $t)),*) {
            fn flat(self) -> (f64, Vec<f64>) {
                let (v, $($t),*) = self;
                (v, vec![$($t),*])
            }
        }
    };
}
impl_flat!(a);
impl_flat!(a, b);
impl_flat!(a, b, c);
impl_flat!(a, b, c, d);
impl_flat!(a, b, c, d, e);

/// Checks all four generated modes of `f(x0: f64, .., xk: f64) -> f64` at each point
/// of `$points` (an iterator of `Vec<f64>`): `check_scalars!(f, [0, 1], points)`.
#[allow(unused_macros)]
macro_rules! check_scalars {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, [$($i:tt),*], $points:expr) => {{
        use crate::fd::Flat as _;
        let f = |z: &[f64]| $f($(z[$i]),*);
        let jvp = |z: &[f64], v: &[f64]| $jvp($(z[$i], v[$i]),*);
        let vjp = |z: &[f64], s: f64| $vjp($(z[$i]),*, s).flat();
        let grad = |z: &[f64]| $grad($(z[$i]),*).flat();
        let hvp = |z: &[f64], v: &[f64]| $hvp($(z[$i], v[$i]),*).flat();
        let m = crate::fd::Scalar { f: &f, jvp: Some(&jvp), vjp: Some(&vjp), grad: Some(&grad), hvp: Some(&hvp) };
        for x in $points {
            crate::fd::check_scalar(stringify!($f), &m, &x, 1e-6, 1e-4);
        }
    }};
}

/// Checks all four generated modes of `f(x: &[f64]) -> f64` at each point of `$points`;
/// also that `_vjp` accumulates into its shadow and `_grad` / `_hvp` overwrite theirs.
/// `check_slice!(f, .., points, [a, b])` passes the inactive arguments `a, b` after the
/// slice (and its tangent or shadow) to every mode.
#[allow(unused_macros)]
macro_rules! check_slice {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $points:expr $(, [$($e:expr),*])?) => {{
        let f = |z: &[f64]| $f(z $($(, $e)*)?);
        let jvp = |z: &[f64], v: &[f64]| $jvp(z, v $($(, $e)*)?);
        let vjp = |z: &[f64], s: f64| {
            let mut b = vec![0.25; z.len()];
            let v = $vjp(z, &mut b $($(, $e)*)?, s);
            (v, b.iter().map(|x| x - 0.25).collect::<Vec<f64>>())
        };
        let grad = |z: &[f64]| {
            let mut g = vec![9.0; z.len()];
            let v = $grad(z, &mut g $($(, $e)*)?);
            (v, g)
        };
        let hvp = |z: &[f64], d: &[f64]| {
            let mut hv = vec![7.0; z.len()];
            let v = $hvp(z, d, &mut hv $($(, $e)*)?);
            (v, hv)
        };
        let m = crate::fd::Scalar {
            f: &f,
            jvp: Some(&jvp),
            vjp: Some(&vjp),
            grad: Some(&grad),
            hvp: Some(&hvp),
        };
        for x in $points {
            crate::fd::check_scalar(stringify!($f), &m, &x, 1e-6, 1e-4);
        }
    }};
}

/// `count` reproducible points of dimension `n`, uniform in `[lo, hi)`.
pub fn points(seed: u64, count: usize, n: usize, lo: f64, hi: f64) -> Vec<Vec<f64>> {
    let mut rng = Rng::new(seed);
    (0..count).map(|_| rng.vec(n, lo, hi)).collect()
}
