//! Grammar coverage, methods in `impl` blocks: `&self` (a constant) with fields used
//! inside loops and conditions, slice and scalar parameters, a differentiable method
//! calling another (`self.predict(w, i)`), associated functions (`Self::f(x)`), `self`
//! by value, a `pub` method, and the generated methods called as `model.loss_grad(w, g)`.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences of the primal (`_hvp`), from `common/fd.rs`, plus the
//! analytic gradient of a least-squares loss.
// The functions under test are written the way users write them (index loops, late
// initialisation, `return` as the last statement), which clippy would restyle.
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::{close, close_all, points};

/// Linear least squares with an L2 penalty: data rows of length `dim`.
pub struct Model {
    data: Vec<f64>,
    targets: Vec<f64>,
    dim: usize,
    reg: f64,
}

impl Model {
    fn new() -> Self {
        Model {
            data: vec![
                0.5, -1.0, 2.0, 1.5, 0.3, -0.7, -1.2, 0.8, 0.1, 0.4, 1.1, -0.9,
            ],
            targets: vec![1.0, -0.5, 0.25, 2.0],
            dim: 3,
            reg: 0.1,
        }
    }

    #[differentiable]
    fn predict(&self, w: &[f64], row: usize) -> f64 {
        let mut s = 0.0;
        for j in 0..self.dim {
            s += self.data[row * self.dim + j] * w[j];
        }
        s
    }

    #[differentiable]
    fn loss(&self, w: &[f64]) -> f64 {
        let mut s = 0.0;
        for i in 0..self.targets.len() {
            let r = self.predict(w, i) - self.targets[i];
            s += 0.5 * r * r;
        }
        for j in 0..self.dim {
            s += 0.5 * self.reg * w[j] * w[j];
        }
        s
    }

    #[differentiable]
    fn robust_loss(&self, w: &[f64], delta: f64) -> f64 {
        let mut s = 0.0;
        for i in 0..self.targets.len() {
            let mut p = 0.0;
            for (j, &wj) in w.iter().enumerate() {
                p += self.data[i * self.dim + j] * wj;
            }
            let r = p - self.targets[i];
            s += delta * delta * ((1.0 + (r / delta).powi(2)).sqrt() - 1.0);
        }
        if self.reg > 0.0 {
            s += self.reg * Self::penalty(w[0]);
        }
        s
    }

    #[differentiable]
    fn penalty(x: f64) -> f64 {
        x.cosh().ln()
    }

    #[differentiable]
    pub fn scaled(&self, a: f64, b: f64) -> f64 {
        (a * self.reg).sin() * b + Self::penalty(a * b) + Model::penalty(b)
    }

    #[differentiable]
    fn weighted_targets(&self, w: &[f64]) -> f64 {
        let mut s = 0.0;
        for (i, t) in self.targets.iter().enumerate() {
            s += t * w[i % self.dim] * w[i % self.dim];
        }
        for &t in &self.targets {
            s += t * w[0];
        }
        s
    }

    #[differentiable]
    fn outputs(&self, w: &[f64]) -> [f64; 2] {
        [self.predict(w, 0), self.predict(w, 1) * w[0]]
    }
}

#[test]
fn method_with_self_and_slice_all_modes() {
    let model = Model::new();
    let f = |z: &[f64]| model.loss(z);
    let jvp = |z: &[f64], v: &[f64]| model.loss_jvp(z, v);
    let vjp = |z: &[f64], s: f64| {
        let mut b = vec![0.0; 3];
        let v = model.loss_vjp(z, &mut b, s);
        (v, b)
    };
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 3];
        let v = model.loss_grad(z, &mut b);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; 3];
        let v = model.loss_hvp(z, d, &mut b);
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(1, 3, 3, -1.5, 1.5) {
        fd::check_scalar("Model::loss", &m, &x, 1e-6, 1e-4);
    }
}

#[test]
fn least_squares_gradient_and_hessian_are_analytic() {
    // grad = A^T (A w - t) + reg w, H = A^T A + reg I
    let model = Model::new();
    let w = [0.3, -0.6, 0.9];
    let mut g = [0.0; 3];
    model.loss_grad(&w, &mut g);
    let a = |i: usize, j: usize| model.data[i * 3 + j];
    let mut want = [0.0; 3];
    for j in 0..3 {
        want[j] = model.reg * w[j];
        for i in 0..4 {
            let r: f64 = (0..3).map(|k| a(i, k) * w[k]).sum::<f64>() - model.targets[i];
            want[j] += a(i, j) * r;
        }
    }
    close_all("least squares grad", &g, &want, 1e-12);
    let v = [1.0, 0.5, -2.0];
    let mut hv = [0.0; 3];
    model.loss_hvp(&w, &v, &mut hv);
    for j in 0..3 {
        let mut h = model.reg * v[j];
        for i in 0..4 {
            let av: f64 = (0..3).map(|k| a(i, k) * v[k]).sum();
            h += a(i, j) * av;
        }
        close("least squares hvp", hv[j], h, 1e-12);
    }
}

#[test]
fn method_calling_methods_and_associated_functions() {
    let model = Model::new();
    let f = |z: &[f64]| model.robust_loss(&z[..3], z[3]);
    let jvp = |z: &[f64], v: &[f64]| model.robust_loss_jvp(&z[..3], &v[..3], z[3], v[3]);
    let vjp = |z: &[f64], s: f64| {
        let mut b = vec![0.0; 3];
        let (v, db) = model.robust_loss_vjp(&z[..3], &mut b, z[3], s);
        b.push(db);
        (v, b)
    };
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 3];
        let (v, db) = model.robust_loss_grad(&z[..3], &mut b, z[3]);
        b.push(db);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; 3];
        let (v, db) = model.robust_loss_hvp(&z[..3], &d[..3], &mut b, z[3], d[3]);
        b.push(db);
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for mut x in points(2, 3, 4, -1.5, 1.5) {
        x[3] = x[3].abs() + 0.5;
        fd::check_scalar("Model::robust_loss", &m, &x, 1e-6, 1e-4);
    }
}

#[test]
fn inactive_fields_iterated_by_reference() {
    let model = Model::new();
    let w = [0.3, -0.6, 0.9];
    let mut g = [0.0; 3];
    let v = model.weighted_targets_grad(&w, &mut g);
    close("value", v, model.weighted_targets(&w), 1e-15);
    // analytic: d/dw_j = sum over i = j mod 3 of 2 t_i w_j, plus sum(t) for j = 0
    let t = &model.targets;
    let want = [
        2.0 * (t[0] + t[3]) * w[0] + t.iter().sum::<f64>(),
        2.0 * t[1] * w[1],
        2.0 * t[2] * w[2],
    ];
    close_all("grad", &g, &want, 1e-12);
    let mut hv = [0.0; 3];
    model.weighted_targets_hvp(&w, &[1.0, 1.0, 1.0], &mut hv);
    close_all(
        "hvp",
        &hv,
        &[2.0 * (t[0] + t[3]), 2.0 * t[1], 2.0 * t[2]],
        1e-12,
    );
    let (_, tan) = model.weighted_targets_jvp(&w, &[0.0, 1.0, 0.0]);
    close("jvp", tan, want[1], 1e-12);
}

#[test]
fn associated_function_without_self() {
    for x in [-1.2, 0.3, 2.0] {
        let (v, g) = Model::penalty_grad(x);
        close("penalty value", v, Model::penalty(x), 1e-15);
        close("penalty grad", g, x.tanh(), 1e-12);
        let (_, t) = Model::penalty_jvp(x, 2.0);
        close("penalty jvp", t, 2.0 * x.tanh(), 1e-12);
        let (_, b) = Model::penalty_vjp(x, -1.0);
        close("penalty vjp", b, -x.tanh(), 1e-12);
        let (_, h) = Model::penalty_hvp(x, 1.0);
        close("penalty hvp", h, 1.0 - x.tanh() * x.tanh(), 1e-12);
    }
}

#[test]
fn pub_method_with_scalar_parameters() {
    let model = Model::new();
    let f = |z: &[f64]| model.scaled(z[0], z[1]);
    let jvp = |z: &[f64], v: &[f64]| model.scaled_jvp(z[0], v[0], z[1], v[1]);
    let vjp = |z: &[f64], s: f64| {
        let (v, a, b) = model.scaled_vjp(z[0], z[1], s);
        (v, vec![a, b])
    };
    let grad = |z: &[f64]| {
        let (v, a, b) = model.scaled_grad(z[0], z[1]);
        (v, vec![a, b])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a, b) = model.scaled_hvp(z[0], d[0], z[1], d[1]);
        (v, vec![a, b])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(3, 3, 2, -1.5, 1.5) {
        fd::check_scalar("Model::scaled", &m, &x, 1e-6, 1e-4);
    }
}

#[test]
fn method_with_array_output() {
    let model = Model::new();
    let f = |z: &[f64]| model.outputs(z).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = model.outputs_jvp(z, v);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let mut b = vec![0.0; 3];
        let a = model.outputs_vjp(z, &mut b, [s[0], s[1]]);
        (a.to_vec(), b)
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in points(4, 3, 3, -1.5, 1.5) {
        fd::check_vector("Model::outputs", &m, &x, 1e-6);
    }
}

// ---------------------------------------------------------------- self by value

#[derive(Clone, Copy)]
struct Spring {
    k: f64,
    rest: f64,
}

impl Spring {
    #[differentiable]
    fn energy(self, x: f64, y: f64) -> f64 {
        let d = (x * x + y * y).sqrt() - self.rest;
        0.5 * self.k * d * d
    }
}

#[test]
fn self_by_value() {
    let s = Spring { k: 3.0, rest: 1.0 };
    let f = |z: &[f64]| s.energy(z[0], z[1]);
    let jvp = |z: &[f64], v: &[f64]| s.energy_jvp(z[0], v[0], z[1], v[1]);
    let vjp = |z: &[f64], sd: f64| {
        let (v, a, b) = s.energy_vjp(z[0], z[1], sd);
        (v, vec![a, b])
    };
    let grad = |z: &[f64]| {
        let (v, a, b) = s.energy_grad(z[0], z[1]);
        (v, vec![a, b])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, a, b) = s.energy_hvp(z[0], d[0], z[1], d[1]);
        (v, vec![a, b])
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in [vec![0.5, 0.7], vec![-1.2, 0.4], vec![2.0, -1.5]] {
        fd::check_scalar("Spring::energy", &m, &x, 1e-6, 1e-4);
    }
}

// ---------------------------------------------------------------- generic impl

struct Layer<T> {
    scale: T,
    shift: Vec<T>,
}

impl<T: num_traits::Float> Layer<T> {
    #[differentiable]
    fn act<F: num_traits::Float>(&self, x: &[F], a: F) -> F {
        let mut s = F::zero();
        for i in 0..x.len() {
            let u = x[i] * a;
            s = s + u.tanh() * u;
        }
        s
    }
}

#[test]
fn generic_method_in_a_generic_impl() {
    let layer = Layer {
        scale: 2.0f64,
        shift: vec![0.0],
    };
    assert!(layer.scale > 0.0 && layer.shift.len() == 1);
    let f = |z: &[f64]| layer.act(&z[..3], z[3]);
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 3];
        let (v, ab) = layer.act_grad(&z[..3], &mut b, z[3]);
        b.push(ab);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; 3];
        let (v, ab) = layer.act_hvp(&z[..3], &d[..3], &mut b, z[3], d[3]);
        b.push(ab);
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: None,
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(5, 3, 4, -1.5, 1.5) {
        fd::check_scalar("Layer::act", &m, &x, 1e-6, 1e-4);
    }
}

// ---------------------------------------------------------------- associated consts, generic methods calling each other

struct Consts {
    k: f64,
    w: Vec<f64>,
}

impl Consts {
    const SCALE: f64 = 2.0;
    const W: [f64; 2] = [0.5, 1.5];

    #[differentiable]
    fn with_assoc_consts(&self, x: f64) -> f64 {
        x * Self::SCALE + Consts::SCALE * x * x + Self::W[1] * x + self.k * x * x * x
    }

    #[differentiable]
    fn g<T: num_traits::Float>(&self, x: &[T], a: T) -> T {
        let mut s = T::zero();
        for i in 0..x.len() {
            s = s + x[i] * a * T::from(self.k).unwrap();
        }
        s
    }

    #[differentiable]
    fn h<T: num_traits::Float>(&self, x: &[T], a: T) -> T {
        self.g(x, a) * a + self.g(x, x[0])
    }

    #[differentiable]
    fn len_of_field(&self, x: &[f64]) -> f64 {
        x[0] * self.w.len() as f64 + x[0] * x[0] * self.k
    }
}

#[test]
fn associated_consts_and_generic_methods_calling_methods() {
    let m = Consts {
        k: 3.0,
        w: vec![1.0; 4],
    };
    let f = |z: &[f64]| m.with_assoc_consts(z[0]);
    let grad = |z: &[f64]| {
        let (v, g) = m.with_assoc_consts_grad(z[0]);
        (v, vec![g])
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let (v, g) = m.with_assoc_consts_hvp(z[0], d[0]);
        (v, vec![g])
    };
    let s = fd::Scalar {
        f: &f,
        jvp: None,
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(6, 3, 1, -1.5, 1.5) {
        fd::check_scalar("with_assoc_consts", &s, &x, 1e-6, 1e-4);
    }
    let f = |z: &[f64]| m.h(&z[..2], z[2]);
    let jvp = |z: &[f64], v: &[f64]| m.h_jvp(&z[..2], &v[..2], z[2], v[2]);
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 2];
        let (v, a) = m.h_grad(&z[..2], &mut b, z[2]);
        b.push(a);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; 2];
        let (v, a) = m.h_hvp(&z[..2], &d[..2], &mut b, z[2], d[2]);
        b.push(a);
        (v, b)
    };
    let s = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(7, 3, 3, -1.5, 1.5) {
        fd::check_scalar("Consts::h", &s, &x, 1e-6, 1e-4);
    }
    let mut g = [0.0];
    let v = m.len_of_field_grad(&[0.5], &mut g);
    assert_eq!(v, m.len_of_field(&[0.5]));
    assert_eq!(g, [4.0 + 3.0]);
}

// ---------------------------------------------------------------- wrt on a method

struct Regression {
    y: Vec<f64>,
}

impl Regression {
    #[differentiable(wrt(w))]
    fn loss(&self, w: &[f64], x: &[f64], scale: f64) -> f64 {
        let mut s = 0.0;
        for i in 0..x.len() {
            let r = w[0] * x[i] + w[1] - self.y[i];
            s += r * r * scale;
        }
        s
    }
}

#[test]
fn wrt_on_a_method_with_data_parameters() {
    let d = Regression {
        y: vec![1.0, 2.0, -0.5],
    };
    let x = [1.0, 3.0, -2.0];
    let f = |z: &[f64]| d.loss(z, &x, 2.0);
    let jvp = |z: &[f64], v: &[f64]| d.loss_jvp(z, v, &x, 2.0);
    let vjp = |z: &[f64], s: f64| {
        let mut b = vec![0.0; 2];
        let v = d.loss_vjp(z, &mut b, &x, 2.0, s);
        (v, b)
    };
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 2];
        let v = d.loss_grad(z, &mut b, &x, 2.0);
        (v, b)
    };
    let hvp = |z: &[f64], v: &[f64]| {
        let mut b = vec![0.0; 2];
        let val = d.loss_hvp(z, v, &mut b, &x, 2.0);
        (val, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for w in points(8, 3, 2, -1.5, 1.5) {
        fd::check_scalar("Regression::loss", &m, &w, 1e-6, 1e-4);
    }
}

// ---------------------------------------------------------------- the impl's float type parameter

struct GenericLayer<T> {
    scale: T,
    shift: Vec<T>,
}

impl<T: num_traits::Float> GenericLayer<T> {
    #[differentiable]
    fn act(&self, x: &[T], a: T) -> T {
        let mut s = T::zero();
        for i in 0..x.len() {
            s = s + (x[i] * self.scale * a + self.shift[i]).tanh();
        }
        s
    }
}

#[test]
fn method_using_the_impl_level_float_parameter() {
    let l = GenericLayer {
        scale: 2.0,
        shift: vec![0.1, -0.2, 0.3],
    };
    let f = |z: &[f64]| l.act(&z[..3], z[3]);
    let jvp = |z: &[f64], v: &[f64]| l.act_jvp(&z[..3], &v[..3], z[3], v[3]);
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 3];
        let (v, a) = l.act_grad(&z[..3], &mut b, z[3]);
        b.push(a);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; 3];
        let (v, a) = l.act_hvp(&z[..3], &d[..3], &mut b, z[3], d[3]);
        b.push(a);
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: None,
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(9, 3, 4, -1.0, 1.0) {
        fd::check_scalar("GenericLayer::act", &m, &x, 1e-6, 1e-4);
    }
    let l32 = GenericLayer {
        scale: 2.0f32,
        shift: vec![0.1, -0.2, 0.3],
    };
    let mut g = [0.0f32; 3];
    let (_, ga) = l32.act_grad(&[0.3, -0.4, 0.5], &mut g, 0.7);
    let z = [
        f64::from(0.3f32),
        f64::from(-0.4f32),
        f64::from(0.5f32),
        f64::from(0.7f32),
    ];
    let want = fd::grad(&f, &z);
    let got: Vec<f64> = g.iter().chain([&ga]).map(|v| f64::from(*v)).collect();
    close_all("GenericLayer::act f32", &got, &want, 1e-5);
}

// ---------------------------------------------------------------- an impl-level type parameter that is not a float

struct Indexed<I> {
    i: I,
}

impl<I: Copy + Into<f64>> Indexed<I> {
    #[differentiable]
    fn weighted(&self, x: f64, i: I) -> f64 {
        x * x * i.into() + x * self.i.into()
    }
}

#[test]
fn non_float_impl_parameter_stays_inactive() {
    // analytic: d/dx = 2 x i + self.i, d2/dx2 = 2 i
    let s = Indexed { i: 3u8 };
    assert_eq!(s.weighted(2.0, 5u8), 26.0);
    assert_eq!(s.weighted_grad(2.0, 5u8), (26.0, 23.0));
    assert_eq!(s.weighted_jvp(2.0, 0.5, 5u8), (26.0, 11.5));
    assert_eq!(s.weighted_vjp(2.0, 5u8, 2.0), (26.0, 46.0));
    assert_eq!(s.weighted_hvp(2.0, 1.0, 5u8), (26.0, 10.0));
}

// ---------------------------------------------------------------- trait impls

/// A loss behind a trait: derivative methods cannot be added to a trait impl, so the
/// attribute goes on the impl block and the generated methods land in an inherent impl.
pub trait Energy {
    fn energy(&self, x: &[f64]) -> f64;
    fn scaled(&self, x: f64, k: usize) -> f64;
    fn dim(&self) -> usize;
}

pub struct Spring2 {
    stiffness: f64,
}

#[differentiable]
impl Energy for Spring2 {
    #[differentiable]
    fn energy(&self, x: &[f64]) -> f64 {
        let mut s = 0.0;
        for i in 0..x.len() {
            s += 0.5 * self.stiffness * x[i] * x[i] * (1.0 + x[i].sin());
        }
        s
    }

    #[differentiable(wrt(x))]
    fn scaled(&self, x: f64, k: usize) -> f64 {
        self.stiffness * x.powi(3) * (k as f64)
    }

    // not marked: stays as written, no derivatives
    fn dim(&self) -> usize {
        3
    }
}

#[test]
fn trait_impl_methods_all_modes() {
    let s = Spring2 { stiffness: 1.7 };
    assert_eq!(s.dim(), 3);
    let f = |z: &[f64]| s.energy(z);
    let jvp = |z: &[f64], v: &[f64]| s.energy_jvp(z, v);
    let vjp = |z: &[f64], seed: f64| {
        let mut b = vec![0.0; 3];
        let v = s.energy_vjp(z, &mut b, seed);
        (v, b)
    };
    let grad = |z: &[f64]| {
        let mut b = vec![0.0; 3];
        let v = s.energy_grad(z, &mut b);
        (v, b)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut b = vec![0.0; 3];
        let v = s.energy_hvp(z, d, &mut b);
        (v, b)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for x in points(7, 3, 3, -1.5, 1.5) {
        fd::check_scalar("Spring2::energy", &m, &x, 1e-6, 1e-4);
    }
    // d/dx (1.7 x^3 k) = 5.1 x^2 k, d2/dx2 = 10.2 x k (exact, at x = 0.5, k = 2)
    let (v, d) = s.scaled_grad(0.5, 2);
    close("scaled", v, 1.7 * 0.125 * 2.0, 1e-12);
    close("scaled_grad", d, 5.1 * 0.25 * 2.0, 1e-12);
    let (_, t) = s.scaled_jvp(0.5, 1.0, 2);
    close("scaled_jvp", t, 5.1 * 0.25 * 2.0, 1e-12);
    let (_, h) = s.scaled_hvp(0.5, 1.0, 2);
    close("scaled_hvp", h, 10.2 * 0.5 * 2.0, 1e-12);
}

// ---------------------------------------------------------------- methods of fields

/// A model held in a field of another struct: the outer loss calls
/// `self.model.predict(w, ..)`, a differentiable method of the field.
struct Inner {
    scale: f64,
}

impl Inner {
    #[differentiable]
    fn predict(&self, w: &[f64], t: f64) -> f64 {
        self.scale * (w[0] * t).sin() + w[1]
    }
}

struct Outer {
    model: Inner,
    ts: Vec<f64>,
    ys: Vec<f64>,
}

impl Outer {
    #[differentiable(wrt(w))]
    fn loss(&self, w: &[f64]) -> f64 {
        let mut s = 0.0;
        for i in 0..self.ts.len() {
            let t: f64 = self.ts[i];
            let y: f64 = self.ys[i];
            let r = self.model.predict(w, t) - y;
            s += r * r;
        }
        s
    }
}

#[test]
fn methods_of_fields() {
    let o = Outer {
        model: Inner { scale: 1.5 },
        ts: vec![0.0, 0.4, 0.9, 1.3],
        ys: vec![0.1, 0.7, 1.2, 0.8],
    };
    let f = |w: &[f64]| o.loss(w);
    let jvp = |w: &[f64], v: &[f64]| o.loss_jvp(w, v);
    let vjp = |w: &[f64], s: f64| {
        let mut b = vec![0.0; 2];
        let v = o.loss_vjp(w, &mut b, s);
        (v, b)
    };
    let grad = |w: &[f64]| {
        let mut g = vec![0.0; 2];
        let v = o.loss_grad(w, &mut g);
        (v, g)
    };
    let hvp = |w: &[f64], d: &[f64]| {
        let mut h = vec![0.0; 2];
        let v = o.loss_hvp(w, d, &mut h);
        (v, h)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for w in fd::points(21, 3, 2, -1.0, 1.0) {
        fd::check_scalar("loss", &m, &w, 1e-6, 1e-4);
    }
}
