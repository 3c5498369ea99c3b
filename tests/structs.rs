//! Structs as active parameters: `#[derive(Differentiable)]` models differentiated in
//! every mode, checked against the same functions written over a flat `&[f64]` (the
//! leaves in their fixed order) and against central finite differences of the primal.

// index loops are the grammar under test
#![allow(clippy::needless_range_loop)]

use differentiable::optim::schedule::{CosineAnnealingLr, ExponentialLr, LinearLr, StepLr};
use differentiable::optim::{
    minimize, minimize_struct, Adam, MinimizeOptions, Optimizer, Schedule, Scheduled, Sgd,
};
use differentiable::{differentiable, no_grad, Differentiable};

#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Linear {
    w: [f64; 3],
    b: f64,
    #[no_grad]
    n: usize,
}

#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Layer {
    /// 2 x 3, row-major
    w: [f64; 6],
    b: [f64; 2],
}

#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Mlp {
    l1: Layer,
    v: Vec<f64>,
    c: f64,
    #[no_grad]
    scale: f64,
    #[no_grad]
    name: String,
}

// ---------------------------------------------------------------- the functions

#[differentiable(wrt(m))]
fn lin_loss(m: &Linear, x: &[f64], y: f64) -> f64 {
    let mut s = m.b;
    for i in 0..m.n {
        s += m.w[i] * x[i];
    }
    let r = s - y;
    r * r + m.b.sin() * m.w[0]
}

#[differentiable(wrt(p))]
fn lin_loss_flat(p: &[f64], x: &[f64], y: f64) -> f64 {
    let mut s = p[3];
    for i in 0..3 {
        s += p[i] * x[i];
    }
    let r = s - y;
    r * r + p[3].sin() * p[0]
}

/// A struct and a by-value float, both active: the float's derivative is returned.
#[differentiable(wrt(m, t))]
fn lin_scaled(m: &Linear, t: f64, x: &[f64]) -> f64 {
    let s: f64 = m.w.iter().zip(x.iter()).map(|(w, x)| w * x).sum();
    (t * s + m.b).exp()
}

/// Two struct parameters.
#[differentiable(wrt(a, b))]
fn dist2(a: &Linear, b: &Linear) -> f64 {
    let mut s = (a.b - b.b) * (a.b - b.b);
    for i in 0..3 {
        let d = a.w[i] - b.w[i];
        s += d * d * a.w[i];
    }
    s
}

#[differentiable(wrt(l))]
fn neuron(l: &Layer, x: &[f64], k: usize) -> f64 {
    let mut s = l.b[k];
    for j in 0..3 {
        s += l.w[k * 3 + j] * x[j];
    }
    s.tanh()
}

impl Mlp {
    /// A nested struct passed to a differentiable function, a `Vec` field, a float field.
    #[differentiable(wrt(self))]
    fn predict(&self, x: &[f64]) -> f64 {
        let h0 = neuron(&self.l1, no_grad(x), 0);
        let h1 = neuron(&self.l1, no_grad(x), 1);
        self.v[0] * h0 + self.v[1] * h1 + self.c
    }

    /// A method calling another active method, beside direct reads of its fields (the
    /// `Vec` field is read both through `predict` and here).
    #[differentiable(wrt(self))]
    fn loss(&self, x: &[f64], y: f64) -> f64 {
        let p = self.predict(no_grad(x));
        let r = p - y;
        let reg: f64 = self.v.iter().map(|v| v * v).sum();
        r * r * no_grad(self.scale) + 0.01 * self.c * self.c + 0.001 * reg
    }
}

/// `Mlp::loss` over the flat view: `l1.w` (6), `l1.b` (2), `v` (2), `c`.
#[differentiable(wrt(p))]
fn mlp_loss_flat(p: &[f64], x: &[f64], y: f64, scale: f64) -> f64 {
    let mut s0 = p[6];
    let mut s1 = p[7];
    for j in 0..3 {
        s0 += p[j] * x[j];
        s1 += p[3 + j] * x[j];
    }
    let pred = p[8] * s0.tanh() + p[9] * s1.tanh() + p[10];
    let r = pred - y;
    r * r * scale + 0.01 * p[10] * p[10] + 0.001 * (p[8] * p[8] + p[9] * p[9])
}

/// Array and `Vec` fields iterated through subslices, zips and windows (in a `for` loop
/// and in a chain). Their parameters in the flattened function once lost their hygiene
/// there: a rustc error inside the generated code.
#[differentiable(wrt(l, x))]
fn layer_windows(l: &Layer, x: &[f64]) -> f64 {
    let mut s = 0.0;
    for (&a, &b) in l.w.iter().zip(l.w[1..].iter()) {
        s += a * b * x[0];
    }
    for w in l.b.windows(2) {
        s += w[0] * w[1].sin();
    }
    let t = l.w[1..]
        .iter()
        .step_by(2)
        .map(|&e| e.sin())
        .fold(0.25, |acc, el| acc * 0.5 + el);
    s + t * x[1]
}

impl Layer {
    /// `self` outside `wrt(..)`: a constant.
    #[differentiable(wrt(x))]
    fn response(&self, x: &[f64]) -> f64 {
        let mut s = self.b[0];
        for j in 0..3 {
            s += self.w[j] * x[j] * x[j];
        }
        s.tanh()
    }
}

/// Differentiable methods called on struct parameters outside `wrt(..)` and on their
/// fields (the receiver is passed as it is; once rejected as "a method called with an
/// active argument").
#[differentiable(wrt(x))]
fn methods_of_constants(m: &Mlp, l: &Layer, x: &[f64]) -> f64 {
    let a = l.response(x) * x[0];
    a + m.l1.response(x).sin()
}

/// A `vec!` buffer filled with a value computed from fields (once read inside the macro
/// as the constant struct: a silently zero derivative with respect to `l.b`).
// (a runtime-length buffer is the shape under test)
#[allow(clippy::useless_vec)]
#[differentiable(wrt(l, x))]
fn buffer_of_fields(l: &Layer, x: &[f64]) -> f64 {
    let mut h = vec![l.b[0].cos() * x[0]; 3];
    for i in 0..3 {
        h[i] = h[i] * l.w[i] + l.b[1] * x[1];
    }
    h[0] * h[1] + h[2]
}

// ---------------------------------------------------------------- helpers

fn flat<D: Differentiable<Scalar = f64>>(d: &D) -> Vec<f64> {
    let mut v = vec![0.0; d.leaf_count()];
    d.write_flat(&mut v);
    v
}

fn with_flat<D: Differentiable<Scalar = f64>>(d: &D, v: &[f64]) -> D {
    let mut e = d.clone();
    e.read_flat(v);
    e
}

/// Central differences of `f` at `d` along each leaf.
fn fd_grad<D: Differentiable<Scalar = f64>>(d: &D, f: impl Fn(&D) -> f64) -> Vec<f64> {
    let x = flat(d);
    let h = 1e-6;
    (0..x.len())
        .map(|i| {
            let (mut a, mut b) = (x.clone(), x.clone());
            a[i] += h;
            b[i] -= h;
            (f(&with_flat(d, &a)) - f(&with_flat(d, &b))) / (2.0 * h)
        })
        .collect()
}

fn close(a: &[f64], b: &[f64], tol: f64) {
    assert_eq!(a.len(), b.len());
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        assert!(
            (x - y).abs() <= tol * (1.0 + y.abs()),
            "element {i}: {x} vs {y}\n{a:?}\n{b:?}"
        );
    }
}

fn linear() -> Linear {
    Linear {
        w: [0.5, -1.0, 2.0],
        b: 0.3,
        n: 3,
    }
}

fn mlp() -> Mlp {
    Mlp {
        l1: Layer {
            w: [0.2, -0.4, 0.1, 0.7, 0.3, -0.5],
            b: [0.05, -0.1],
        },
        v: vec![1.5, -0.8],
        c: 0.25,
        scale: 0.5,
        name: "net".into(),
    }
}

const X: [f64; 3] = [1.0, 2.0, -0.5];

// ---------------------------------------------------------------- tests

#[test]
fn free_function_every_mode_matches_the_flat_function_and_differences() {
    let m = linear();
    let p = flat(&m);
    let dir = with_flat(&m, &[0.3, -0.2, 0.5, 1.0]);
    assert!((lin_loss(&m, &X, 1.5) - lin_loss_flat(&p, &X, 1.5)).abs() < 1e-14);

    // garbage in the gradient buffer, which `_grad` overwrites
    let mut g = with_flat(&m, &[7.0, 7.0, 7.0, -3.0]);
    let v = lin_loss_grad(&m, &mut g, &X, 1.5);
    assert_eq!(v, lin_loss(&m, &X, 1.5));
    assert_eq!(
        g.n, 3,
        "a no_grad field of the gradient keeps the primal's value"
    );
    let mut gf = vec![0.0; 4];
    lin_loss_flat_grad(&p, &mut gf, &X, 1.5);
    close(&flat(&g), &gf, 1e-12);
    close(&flat(&g), &fd_grad(&m, |m| lin_loss(m, &X, 1.5)), 1e-6);

    // vjp accumulates, scaled by the seed
    let mut bar = with_flat(&m, &[1.0, 1.0, 1.0, 1.0]);
    lin_loss_vjp(&m, &mut bar, &X, 1.5, 2.0);
    let want: Vec<f64> = gf.iter().map(|g| 1.0 + 2.0 * g).collect();
    close(&flat(&bar), &want, 1e-12);

    let (val, tan) = lin_loss_jvp(&m, &dir, &X, 1.5);
    assert_eq!(val, v);
    let (_, tanf) = lin_loss_flat_jvp(&p, &flat(&dir), &X, 1.5);
    assert!((tan - tanf).abs() < 1e-12);
    assert!(
        (tan - flat(&g)
            .iter()
            .zip(flat(&dir))
            .map(|(a, b)| a * b)
            .sum::<f64>())
        .abs()
            < 1e-12
    );

    let mut hv = m.zeros_like();
    hv.b = 99.0; // overwritten
    lin_loss_hvp(&m, &dir, &mut hv, &X, 1.5);
    let mut hvf = vec![0.0; 4];
    lin_loss_flat_hvp(&p, &flat(&dir), &mut hvf, &X, 1.5);
    close(&flat(&hv), &hvf, 1e-12);
    // H v by differences of the gradient along v
    let grad_at = |q: &Linear| {
        let mut g = q.zeros_like();
        lin_loss_grad(q, &mut g, &X, 1.5);
        flat(&g)
    };
    let h = 1e-6;
    let (mut a, mut b) = (m.clone(), m.clone());
    a.axpy(h, &dir);
    b.axpy(-h, &dir);
    let fd: Vec<f64> = grad_at(&a)
        .iter()
        .zip(grad_at(&b))
        .map(|(x, y)| (x - y) / (2.0 * h))
        .collect();
    close(&flat(&hv), &fd, 1e-5);
}

#[test]
fn a_by_value_float_beside_a_struct_is_returned() {
    let m = linear();
    let mut g = m.zeros_like();
    let (v, dt) = lin_scaled_grad(&m, &mut g, 0.7, &X);
    assert_eq!(v, lin_scaled(&m, 0.7, &X));
    close(&flat(&g), &fd_grad(&m, |m| lin_scaled(m, 0.7, &X)), 1e-6);
    let h = 1e-6;
    let fd_t = (lin_scaled(&m, 0.7 + h, &X) - lin_scaled(&m, 0.7 - h, &X)) / (2.0 * h);
    assert!((dt - fd_t).abs() < 1e-6 * (1.0 + fd_t.abs()));
    // forward mode along (m_tangent, dt = 1)
    let zero = m.zeros_like();
    let (_, d) = lin_scaled_jvp(&m, &zero, 0.7, 1.0, &X);
    assert!((d - dt).abs() < 1e-12);
    let mut hv = m.zeros_like();
    let (_, hv_t) = lin_scaled_hvp(&m, &zero, &mut hv, 0.7, 1.0, &X);
    // d²f/dt² = s² f and d²f/(dt dw_i) = (x_i + t s x_i) f
    let s: f64 = m.w.iter().zip(&X).map(|(w, x)| w * x).sum();
    let f = lin_scaled(&m, 0.7, &X);
    assert!((hv_t - s * s * f).abs() < 1e-9 * f);
    for i in 0..3 {
        let want = (X[i] + 0.7 * s * X[i]) * f;
        assert!((hv.w[i] - want).abs() < 1e-9 * (1.0 + want.abs()));
    }
}

#[test]
fn two_struct_parameters() {
    let a = linear();
    let b = with_flat(&a, &[0.1, 0.2, 0.3, -0.4]);
    let (mut ga, mut gb) = (a.zeros_like(), a.zeros_like());
    dist2_grad(&a, &mut ga, &b, &mut gb);
    close(&flat(&ga), &fd_grad(&a, |a| dist2(a, &b)), 1e-6);
    close(&flat(&gb), &fd_grad(&b, |b| dist2(&a, b)), 1e-6);
}

#[test]
fn nested_structs_vec_fields_and_methods_calling_methods() {
    let m = mlp();
    let p = flat(&m);
    assert_eq!(p.len(), 11);
    let y = 0.4;
    let f = |m: &Mlp| m.loss(&X, y);
    assert!((f(&m) - mlp_loss_flat(&p, &X, y, m.scale)).abs() < 1e-14);

    let mut g = m.zeros_like();
    let v = m.loss_grad(&mut g, &X, y);
    assert_eq!(v, f(&m));
    assert_eq!(g.name, "net");
    assert_eq!(g.scale, 0.5);
    let mut gf = vec![0.0; 11];
    mlp_loss_flat_grad(&p, &mut gf, &X, y, m.scale);
    close(&flat(&g), &gf, 1e-12);
    close(&flat(&g), &fd_grad(&m, f), 1e-6);

    // vjp adds into what the shadow holds
    let mut bar = with_flat(&m, &[0.5; 11]);
    m.loss_vjp(&mut bar, &X, y, -1.0);
    let want: Vec<f64> = gf.iter().map(|g| 0.5 - g).collect();
    close(&flat(&bar), &want, 1e-12);

    let dir_v: Vec<f64> = (0..11).map(|i| ((i * 7) % 5) as f64 * 0.1 - 0.2).collect();
    let dir = with_flat(&m, &dir_v);
    let (_, t) = m.loss_jvp(&dir, &X, y);
    let (_, tf) = mlp_loss_flat_jvp(&p, &dir_v, &X, y, m.scale);
    assert!((t - tf).abs() < 1e-12);

    let mut hv = with_flat(&m, &[3.0; 11]);
    m.loss_hvp(&dir, &mut hv, &X, y);
    let mut hvf = vec![0.0; 11];
    mlp_loss_flat_hvp(&p, &dir_v, &mut hvf, &X, y, m.scale);
    close(&flat(&hv), &hvf, 1e-12);

    // the inner method alone, and the nested struct through the free function
    let mut gp = m.zeros_like();
    m.predict_grad(&mut gp, &X);
    close(&flat(&gp), &fd_grad(&m, |m| m.predict(&X)), 1e-6);
    let mut gl = m.l1.zeros_like();
    neuron_grad(&m.l1, &mut gl, &X, 1);
    close(&flat(&gl), &fd_grad(&m.l1, |l| neuron(l, &X, 1)), 1e-6);
}

/// Adam and SGD with momentum stepping a struct give exactly the numbers they give
/// stepping the flat view with the same gradients.
#[test]
fn optimizer_trajectories_on_a_struct_equal_those_on_the_flat_view() {
    let y = 0.4;
    let mut m = mlp();
    let mut p = flat(&m);
    let mut opt_s = Adam::new(0.05).amsgrad(true);
    let mut opt_f = Adam::new(0.05).amsgrad(true);
    let mut sgd_s = Sgd::new(0.01).momentum(0.9).nesterov(true);
    let mut sgd_f = Sgd::new(0.01).momentum(0.9).nesterov(true);
    let mut g = m.zeros_like();
    let mut gf = vec![0.0; p.len()];
    let first = m.loss(&X, y);
    for k in 0..40 {
        m.loss_grad(&mut g, &X, y);
        g.write_flat(&mut gf);
        if k % 2 == 0 {
            opt_s.step(&mut m, &g);
            opt_f.step(&mut p, &gf);
        } else {
            sgd_s.step(&mut m, &g);
            // the flat slice through the object-safe trait
            let dyn_opt: &mut dyn Optimizer<f64> = &mut sgd_f;
            dyn_opt.step(&mut p, &gf);
        }
        assert_eq!(flat(&m), p, "step {k}");
    }
    assert!(m.loss(&X, y) < first);
    assert_eq!(m.name, "net");
}

#[test]
fn subslices_and_windows_of_fields_every_mode_against_differences() {
    let l = mlp().l1;
    let x = [0.8, -1.1];
    let n = l.leaf_count();
    // the function of the flat inputs: the leaves, then x
    let f = |z: &[f64]| layer_windows(&with_flat(&l, &z[..n]), &z[n..]);
    let grad = |z: &[f64]| {
        let mut g = with_flat(&l, &vec![f64::NAN; n]);
        let mut gx = [f64::NAN; 2];
        layer_windows_grad(&with_flat(&l, &z[..n]), &mut g, &z[n..], &mut gx);
        let mut out = flat(&g);
        out.extend(gx);
        out
    };
    let mut z = flat(&l);
    z.extend(x);
    let h = 1e-6;
    let shifted = |i: usize, d: f64| {
        let mut w = z.clone();
        w[i] += d;
        w
    };
    let fd: Vec<f64> = (0..z.len())
        .map(|i| (f(&shifted(i, h)) - f(&shifted(i, -h))) / (2.0 * h))
        .collect();
    let g = grad(&z);
    close(&g, &fd, 1e-6);

    // jvp and hvp along a direction, against the gradient and its differences
    let dir: Vec<f64> = (0..z.len()).map(|i| 0.3 - 0.1 * i as f64).collect();
    let (dl, dx) = (with_flat(&l, &dir[..n]), &dir[n..]);
    let (val, t) = layer_windows_jvp(&l, &dl, &x, dx);
    assert_eq!(val, f(&z));
    let gv: f64 = g.iter().zip(&dir).map(|(a, b)| a * b).sum();
    assert!((t - gv).abs() < 1e-12, "{t} vs {gv}");
    let mut hl = with_flat(&l, &vec![9.0; n]);
    let mut hx = [9.0; 2];
    layer_windows_hvp(&l, &dl, &mut hl, &x, dx, &mut hx);
    let mut hv = flat(&hl);
    hv.extend(hx);
    let along = |d: f64| -> Vec<f64> {
        let w: Vec<f64> = z.iter().zip(&dir).map(|(a, b)| a + d * b).collect();
        grad(&w)
    };
    let (gp, gm) = (along(h), along(-h));
    let hfd: Vec<f64> = gp
        .iter()
        .zip(&gm)
        .map(|(a, b)| (a - b) / (2.0 * h))
        .collect();
    close(&hv, &hfd, 1e-5);

    // vjp adds to its buffers
    let mut bl = with_flat(&l, &vec![0.5; n]);
    let mut bx = [0.5; 2];
    layer_windows_vjp(&l, &mut bl, &x, &mut bx, -2.0);
    let mut b = flat(&bl);
    b.extend(bx);
    let want: Vec<f64> = g.iter().map(|gi| 0.5 - 2.0 * gi).collect();
    close(&b, &want, 1e-12);
}

#[test]
fn methods_called_on_constant_structs_every_mode_against_differences() {
    let m = mlp();
    let l = Layer {
        w: [0.3, -0.6, 0.9, 0.1, 0.2, 0.4],
        b: [0.2, -0.3],
    };
    let x = [0.4, -0.7, 1.1];
    let f = |z: &[f64]| methods_of_constants(&m, &l, z);
    let grad = |z: &[f64]| {
        let mut g = [f64::NAN; 3];
        let v = methods_of_constants_grad(&m, &l, z, &mut g);
        assert_eq!(v, f(z));
        g.to_vec()
    };
    let h = 1e-6;
    let shifted = |i: usize, d: f64| {
        let mut w = x;
        w[i] += d;
        w
    };
    let fd: Vec<f64> = (0..3)
        .map(|i| (f(&shifted(i, h)) - f(&shifted(i, -h))) / (2.0 * h))
        .collect();
    let g = grad(&x);
    close(&g, &fd, 1e-6);
    let dir = [0.5, -0.25, 1.0];
    let (val, t) = methods_of_constants_jvp(&m, &l, &x, &dir);
    assert_eq!(val, f(&x));
    let gv: f64 = g.iter().zip(&dir).map(|(a, b)| a * b).sum();
    assert!((t - gv).abs() < 1e-12, "{t} vs {gv}");
    let mut bar = [0.5; 3];
    methods_of_constants_vjp(&m, &l, &x, &mut bar, 3.0);
    let want: Vec<f64> = g.iter().map(|gi| 0.5 + 3.0 * gi).collect();
    close(&bar, &want, 1e-12);
    let mut hv = [9.0; 3];
    methods_of_constants_hvp(&m, &l, &x, &dir, &mut hv);
    let along = |d: f64| -> Vec<f64> {
        let w: Vec<f64> = x.iter().zip(&dir).map(|(a, b)| a + d * b).collect();
        grad(&w)
    };
    let (gp, gm) = (along(h), along(-h));
    let hfd: Vec<f64> = gp
        .iter()
        .zip(&gm)
        .map(|(a, b)| (a - b) / (2.0 * h))
        .collect();
    close(&hv, &hfd, 1e-5);
}

#[test]
fn a_buffer_filled_from_fields_every_mode_against_differences() {
    let l = mlp().l1;
    let x = [0.9, -0.6];
    let n = l.leaf_count();
    let f = |z: &[f64]| buffer_of_fields(&with_flat(&l, &z[..n]), &z[n..]);
    let grad = |z: &[f64]| {
        let mut g = with_flat(&l, &vec![f64::NAN; n]);
        let mut gx = [f64::NAN; 2];
        let v = buffer_of_fields_grad(&with_flat(&l, &z[..n]), &mut g, &z[n..], &mut gx);
        assert_eq!(v, f(z));
        let mut out = flat(&g);
        out.extend(gx);
        out
    };
    let mut z = flat(&l);
    z.extend(x);
    let h = 1e-6;
    let fd: Vec<f64> = (0..z.len())
        .map(|i| {
            let (mut a, mut b) = (z.clone(), z.clone());
            a[i] += h;
            b[i] -= h;
            (f(&a) - f(&b)) / (2.0 * h)
        })
        .collect();
    let g = grad(&z);
    close(&g, &fd, 1e-6);
    // the derivative through the buffer's fill value is there
    assert!(g[6].abs() > 1e-3, "d/d b[0] = {}", g[6]);
    let dir: Vec<f64> = (0..z.len()).map(|i| 0.2 * i as f64 - 0.5).collect();
    let (val, t) = buffer_of_fields_jvp(&l, &with_flat(&l, &dir[..n]), &x, &dir[n..]);
    assert_eq!(val, f(&z));
    let gv: f64 = g.iter().zip(&dir).map(|(a, b)| a * b).sum();
    assert!((t - gv).abs() < 1e-12, "{t} vs {gv}");
    let mut hl = with_flat(&l, &vec![9.0; n]);
    let mut hx = [9.0; 2];
    buffer_of_fields_hvp(
        &l,
        &with_flat(&l, &dir[..n]),
        &mut hl,
        &x,
        &dir[n..],
        &mut hx,
    );
    let mut hv = flat(&hl);
    hv.extend(hx);
    let along = |d: f64| -> Vec<f64> {
        let w: Vec<f64> = z.iter().zip(&dir).map(|(a, b)| a + d * b).collect();
        grad(&w)
    };
    let (gp, gm) = (along(h), along(-h));
    let hfd: Vec<f64> = gp
        .iter()
        .zip(&gm)
        .map(|(a, b)| (a - b) / (2.0 * h))
        .collect();
    close(&hv, &hfd, 1e-5);
    let mut bl = with_flat(&l, &vec![0.25; n]);
    let mut bx = [0.25; 2];
    buffer_of_fields_vjp(&l, &mut bl, &x, &mut bx, 1.5);
    let mut b = flat(&bl);
    b.extend(bx);
    let want: Vec<f64> = g.iter().map(|gi| 0.25 + 1.5 * gi).collect();
    close(&b, &want, 1e-12);
}

/// A learning-rate schedule around an optimizer steps a struct exactly as it steps the
/// flat view: the same rates at the same steps, the same inner state.
#[test]
fn scheduled_trajectory_on_a_struct_equals_the_one_on_the_flat_view() {
    let y = 0.4;
    let mut m = mlp();
    let mut p = flat(&m);
    let schedule = || LinearLr::new(0.25, 1.0, 5).then(5, CosineAnnealingLr::new(20, 0.001));
    let mut opt_s = Scheduled::new(Adam::new(0.05), schedule());
    let mut opt_f = Scheduled::new(Adam::new(0.05), schedule());
    // a schedule around a schedule, around SGD with momentum
    let mut sgd_s = Scheduled::new(
        Scheduled::new(Sgd::new(0.02).momentum(0.9), StepLr::new(7, 0.5)),
        ExponentialLr::new(0.97),
    );
    let mut sgd_f = sgd_s.clone();
    let mut g = m.zeros_like();
    let mut gf = vec![0.0; p.len()];
    let first = m.loss(&X, y);
    for k in 0..40 {
        m.loss_grad(&mut g, &X, y);
        g.write_flat(&mut gf);
        assert_eq!(opt_s.lr(), opt_f.lr(), "step {k}");
        if k % 3 == 0 {
            sgd_s.step(&mut m, &g);
            // the flat slice through the object-safe trait
            let dyn_opt: &mut dyn Optimizer<f64> = &mut sgd_f;
            dyn_opt.step(&mut p, &gf);
        } else {
            opt_s.step(&mut m, &g);
            opt_f.step(p.as_mut_slice(), &gf);
        }
        assert_eq!(flat(&m), p, "step {k}");
    }
    assert_eq!((opt_s.steps(), sgd_s.steps()), (26, 14));
    assert!(m.loss(&X, y) < first);
    // the flat trajectory itself moves: the comparison is not between two frozen copies
    assert_ne!(p, flat(&mlp()));
}

#[test]
fn fixed_size_structs_step_with_fixed_state() {
    let mut m = linear();
    let mut opt: Adam<f64, [f64; 4]> = Adam::with_state(0.1, [[0.0; 4]; 3]);
    let mut g = m.zeros_like();
    let before = lin_loss(&m, &X, 1.5);
    for _ in 0..50 {
        lin_loss_grad(&m, &mut g, &X, 1.5);
        opt.step(&mut m, &g);
    }
    assert!(lin_loss(&m, &X, 1.5) < before);
}

/// A struct generic over its float type.
#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Affine<T> {
    w: [T; 2],
    b: T,
}

impl<T: differentiable::Float> Affine<T>
where
    Self: Differentiable<Scalar = T>,
{
    #[differentiable(wrt(self))]
    fn err(&self, x: &[T; 2], y: T) -> T {
        let e = self.w[0] * x[0] + self.w[1] * x[1] + self.b - y;
        e * e
    }
}

#[test]
fn generic_structs_in_f32_and_f64() {
    let a = Affine {
        w: [0.5f32, -1.0],
        b: 0.25,
    };
    let mut g = a.zeros_like();
    let v = a.err_grad(&mut g, &[2.0, 1.0], 1.0);
    let e = 0.5 * 2.0 - 1.0 + 0.25 - 1.0;
    assert_eq!(v, e * e);
    assert_eq!(
        g,
        Affine {
            w: [2.0 * e * 2.0, 2.0 * e],
            b: 2.0 * e
        }
    );
    let a64 = Affine {
        w: [0.5, -1.0],
        b: 0.25,
    };
    let mut g64 = a64.zeros_like();
    a64.err_grad(&mut g64, &[2.0, 1.0], 1.0);
    close(
        &flat(&g64),
        &fd_grad(&a64, |a| a.err(&[2.0, 1.0], 1.0)),
        1e-6,
    );
}

/// `minimize_struct` on a model gives the run `minimize` gives on its flat view.
#[test]
fn minimize_struct_equals_minimize_on_the_flat_view() {
    let y = 0.4;
    let m = mlp();
    let opts = MinimizeOptions::new().max_iters(60);
    let (trained, r) = minimize_struct(
        |m: &Mlp, g: &mut Mlp| m.loss_grad(g, &X, y),
        &m,
        &mut Adam::new(0.05),
        &opts,
    );
    let rf = minimize(
        |p: &[f64], g: &mut [f64]| mlp_loss_flat_grad(p, g, &X, y, 0.5),
        &flat(&m),
        &mut Adam::new(0.05),
        &opts,
    );
    assert_eq!(r.iterations, rf.iterations);
    close(&r.x, &rf.x, 1e-12);
    close(&r.history, &rf.history, 1e-12);
    assert_eq!(flat(&trained), r.x);
    assert_eq!(trained.name, "net");
    assert!(r.loss < r.history[0]);
}

#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Inner {
    b: f64,
}

/// `o.a_b` and `o.a.b`: two leaves whose paths spell alike.
#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Odd {
    a_b: f64,
    a: Inner,
}

/// A struct parameter beside an out-parameter.
#[differentiable(wrt(o))]
fn odd_out(o: &Odd, out: &mut [f64]) {
    out[0] = o.a_b * o.a.b;
    out[1] = o.a.b.exp();
}

#[test]
fn struct_with_an_out_parameter() {
    let o = Odd {
        a_b: 0.5,
        a: Inner { b: -1.5 },
    };
    let t = Odd {
        a_b: 1.0,
        a: Inner { b: 2.0 },
    };
    let (mut out, mut out_t) = ([0.0; 2], [0.0; 2]);
    odd_out_jvp(&o, &t, &mut out, &mut out_t);
    assert_eq!(out, [0.5 * -1.5, (-1.5f64).exp()]);
    let mut direct = [0.0; 2];
    odd_out(&o, &mut direct);
    assert_eq!(direct, out);
    // J = [[b, a_b], [0, e^b]] over (a_b, a.b)
    close(
        &out_t,
        &[-1.5 * 1.0 + 0.5 * 2.0, (-1.5f64).exp() * 2.0],
        1e-14,
    );
    let mut bar = o.zeros_like();
    odd_out_vjp(&o, &mut bar, &mut out, &[1.0, 3.0]);
    close(&flat(&bar), &[-1.5, 0.5 + 3.0 * (-1.5f64).exp()], 1e-14);
}
