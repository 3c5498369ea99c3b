//! Calls of differentiable methods (`self.h(..)` in an `impl` block, `m.h(..)` of a
//! parameter `m: &Model`) that pass a float constant or data of hidden type without
//! `no_grad(..)` or a typed `let`: constants for parameters inside and outside the
//! method's `wrt(..)`, `&self.xs` (a `Vec` field), `&self.k` (an array field) and `&W`
//! (a module constant) for data parameters the method differentiates or not, methods
//! of generic impls and of parameters of generic type, methods with `wrt(self)` (called
//! from one, and on a receiver the caller does not differentiate), receivers by
//! value, hand-written rules of a trait, and methods of a trait impl calling each
//! other.
//!
//! Oracle: central finite differences of the primal (`_jvp`, `_vjp`, `_grad`) and
//! central second differences (`_hvp`), from `common/fd.rs`.

// index loops are the grammar under test
#![allow(clippy::needless_range_loop)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::{differentiable, Differentiable};
use fd::{close, points, Scalar};
use num_traits::Float;

const W3: [f64; 3] = [0.3, -0.7, 1.1];
const SCALE: f64 = 1.25;

/// A model holding data it never differentiates.
struct Model {
    c: f64,
    xs: Vec<f64>,
    k: [f64; 2],
    idx: Vec<usize>,
}

fn model() -> Model {
    Model {
        c: 0.8,
        xs: vec![0.4, -0.9, 1.3, 0.2],
        k: [0.7, -1.1],
        idx: vec![1, 2],
    }
}

// ---------------------------------------------------------------- callee methods

impl Model {
    /// Differentiates `x` only: a constant goes to `c` without `no_grad(..)`.
    #[differentiable(wrt(x))]
    fn scaled(&self, x: f64, c: f64) -> f64 {
        self.c * c * x * x + c.sin() * x
    }

    /// Differentiates both parameters: a constant passed to it takes a zero tangent.
    #[differentiable]
    fn both(&self, x: f64, c: f64) -> f64 {
        c * x * x.sin() + c * c * self.c
    }

    /// Differentiates its data `w`.
    #[differentiable]
    fn blend(&self, w: &[f64], x: f64) -> f64 {
        let mut s = 0.0;
        for i in 0..w.len() {
            s += w[i] * (x * (i as f64 + 1.0)).sin();
        }
        s * self.c
    }

    /// Differentiates an array parameter.
    #[differentiable]
    fn first_two(&self, w: &[f64; 2], x: f64) -> f64 {
        w[0] * x.exp() + w[1] * x * x
    }

    /// Differentiates `x` only: its data parameters are passed as they are.
    #[differentiable(wrt(x))]
    fn offsets(&self, w: &[f64; 3], k: &[usize], c: &[f64], x: f64) -> f64 {
        let mut s = 0.0;
        for &i in k {
            s += w[i] * c[i] * x;
        }
        s * x
    }

    // ------------------------------------------------------------ caller methods

    #[differentiable]
    fn literal(&self, x: f64, y: f64) -> f64 {
        self.scaled(x, 0.5) * y + self.both(y, 0.75) * x
    }

    #[differentiable]
    fn locals_and_items(&self, x: f64, y: f64) -> f64 {
        let c = 1.5;
        let d: f64 = c * 2.0;
        let s: f64 = SCALE;
        self.scaled(x * y, c) + self.scaled(y, d) + self.both(x, s) * y
    }

    #[differentiable(wrt(x))]
    fn outside_own_wrt(&self, x: f64, c: f64) -> f64 {
        self.scaled(x, c) + self.both(x, c * c + 1.0)
    }

    #[differentiable]
    fn in_branch_and_loop(&self, x: f64, y: f64) -> f64 {
        let mut s = 0.0;
        for i in 0..3 {
            let c = i as f64 * 0.5;
            if x > y {
                s += self.scaled(x, c);
            } else {
                s += self.both(y, c) * x;
            }
        }
        s
    }

    /// `&self.xs`, `&self.k` and `&W3` to methods differentiating them, and to one
    /// that does not.
    #[differentiable(wrt(x))]
    fn data(&self, x: f64) -> f64 {
        self.blend(&self.xs, x)
            + self.blend(&self.k, x) * 0.5
            + self.first_two(&self.k, x)
            + self.blend(&W3, 0.5 * x)
            + self.offsets(&W3, &self.idx, &self.xs, x)
    }

    /// Data and a constant in one call.
    #[differentiable]
    fn data_and_constant(&self, x: f64, y: f64) -> f64 {
        self.blend(&self.xs, 0.25) * x + self.blend(&self.k, x) * y
    }
}

/// The same calls on a parameter `m: &Model`.
#[differentiable(wrt(x, y))]
fn through_param(m: &Model, x: f64, y: f64) -> f64 {
    m.scaled(x, 0.5) * y + m.both(y, 2.0) + m.blend(&m.xs, x * y) + m.first_two(&m.k, y)
}

/// Methods of a parameter behind a standard pointer, reached through `Deref`: called
/// directly, as written.
#[allow(clippy::borrowed_box)] // the pointer is the point
#[differentiable(wrt(x, y))]
fn through_box(m: &Box<Model>, x: f64, y: f64) -> f64 {
    m.both(x * y, y) + m.both(y, x)
}

// ---------------------------------------------------------------- generic impls

struct Gen<T> {
    c: T,
    w: [T; 2],
}

impl<T: Float> Gen<T> {
    #[differentiable(wrt(x))]
    fn scaled(&self, x: T, c: T) -> T {
        self.c * c * x.exp() + x * x
    }

    #[differentiable]
    fn weighted(&self, w: &[T], x: T) -> T {
        let mut s = T::zero();
        for i in 0..w.len() {
            s = s + w[i] * (x * w[i]).sin();
        }
        s
    }

    #[differentiable]
    fn caller(&self, x: T, y: T) -> T {
        let c = T::from(0.5).unwrap();
        self.scaled(x, c) * y + self.weighted(&self.w, y) + self.scaled(y, T::one())
    }
}

#[differentiable(wrt(x, y))]
fn generic_param<T: Float>(g: &Gen<T>, x: T, y: T) -> T {
    g.scaled(x, T::from(1.5).unwrap()) + g.weighted(&g.w, x) * y
}

// ---------------------------------------------------------------- wrt(self)

#[derive(Differentiable, Clone, Debug, PartialEq)]
struct Lin {
    w: [f64; 2],
    b: f64,
}

impl Lin {
    /// Differentiates the receiver and `x`, not `c`.
    #[differentiable(wrt(self, x))]
    fn pred(&self, x: f64, c: f64) -> f64 {
        (self.w[0] * x + self.w[1] * c + self.b).tanh()
    }

    /// A method with `wrt(self)` called on a receiver the caller does not
    /// differentiate: zeros for its tangent and shadow.
    #[differentiable(wrt(x))]
    fn fit(&self, x: f64) -> f64 {
        self.pred(x, 0.5) * self.pred(x * x, 0.25) + self.pred(0.5 * x, 1.0)
    }

    /// `self.pred(..)` with a constant and with a parameter outside `wrt(..)` for
    /// `c`, the receiver active.
    #[differentiable(wrt(self))]
    fn loss(&self, x: f64) -> f64 {
        let p = self.pred(x * self.b, 0.5);
        p * p + self.pred(self.w[0], x) * self.b
    }
}

/// Methods of a constant receiver and of a parameter called beside an active struct
/// parameter (whose function the macro flattens).
impl Model {
    #[differentiable(wrt(p))]
    fn with_struct(&self, p: &Lin, x: f64) -> f64 {
        self.scaled(p.b, 0.5) + self.blend(&self.xs, p.w[0]) * x
    }
}

#[differentiable(wrt(p))]
fn param_with_struct(m: &Model, p: &Lin, x: f64) -> f64 {
    m.scaled(p.b * x, 0.5) + m.blend(&m.xs, p.w[1]) * m.both(p.w[0], 1.5)
}

// ---------------------------------------------------------------- receivers by value

/// A `Copy` model whose methods take `self` by value or by reference.
#[derive(Clone, Copy)]
struct Cp {
    c: f64,
}

impl Cp {
    #[differentiable(wrt(x))]
    fn by_ref(&self, x: f64, c: f64) -> f64 {
        self.c * x * x * c + x.cos()
    }

    #[differentiable(wrt(x))]
    fn by_value(self, x: f64, c: f64) -> f64 {
        self.c * x.exp() * c
    }

    /// A caller taking `self` by value.
    #[differentiable]
    fn value_caller(self, x: f64, y: f64) -> f64 {
        self.by_ref(x, 0.5) * y + self.by_value(y, 0.25)
    }

    /// A caller taking `&self`.
    #[differentiable]
    fn ref_caller(&self, x: f64, y: f64) -> f64 {
        self.by_value(x, 0.75) * self.by_ref(y, 1.5) + self.by_value(x * y, 2.0)
    }
}

// ---------------------------------------------------------------- hand-written rules

/// A loss behind a trait whose implementations write their rules by hand.
pub trait Loss {
    fn loss(&self, x: f64, c: f64) -> f64;
    fn loss_jvp(&self, x: f64, dx: f64, c: f64) -> (f64, f64);
    fn loss_vjp(&self, x: f64, c: f64, seed: f64) -> (f64, f64);
    fn loss_hvp(&self, x: f64, v: f64, c: f64) -> (f64, f64);
}

pub struct Cube {
    k: f64,
}

/// `k c x³`, differentiated in `x` only.
impl Loss for Cube {
    fn loss(&self, x: f64, c: f64) -> f64 {
        self.k * c * x * x * x
    }
    fn loss_jvp(&self, x: f64, dx: f64, c: f64) -> (f64, f64) {
        (self.loss(x, c), 3.0 * self.k * c * x * x * dx)
    }
    fn loss_vjp(&self, x: f64, c: f64, seed: f64) -> (f64, f64) {
        (self.loss(x, c), seed * 3.0 * self.k * c * x * x)
    }
    fn loss_hvp(&self, x: f64, v: f64, c: f64) -> (f64, f64) {
        (self.loss(x, c), 6.0 * self.k * c * x * v)
    }
}

/// A method of a parameter of generic type: `<M>::loss_jvp` through the trait bound.
#[differentiable(wrt(x))]
fn through_trait<M: Loss>(m: &M, x: f64) -> f64 {
    m.loss(x, 0.5) * x + m.loss(x * x, 1.5)
}

/// A method with `wrt(self)` of a parameter outside `wrt(..)`.
#[differentiable(wrt(x))]
fn lin_param(l: &Lin, x: f64) -> f64 {
    l.pred(x, 0.5) * l.pred(0.5, 0.25) + x
}

// ---------------------------------------------------------------- trait impls

pub trait Energy {
    fn inner(&self, x: f64, c: f64) -> f64;
    fn outer(&self, x: f64, y: f64) -> f64;
}

pub struct Spring {
    k: f64,
}

#[differentiable]
impl Energy for Spring {
    #[differentiable(wrt(x))]
    fn inner(&self, x: f64, c: f64) -> f64 {
        self.k * x * x * c + x.sin()
    }

    #[differentiable]
    fn outer(&self, x: f64, y: f64) -> f64 {
        self.inner(x, 0.5) * y + self.inner(y, 2.0)
    }
}

// ---------------------------------------------------------------- checks

type Jvp2<'a> = &'a dyn Fn(f64, f64, f64, f64) -> (f64, f64);
type Vjp2<'a> = &'a dyn Fn(f64, f64, f64) -> (f64, f64, f64);
type Grad2<'a> = &'a dyn Fn(f64, f64) -> (f64, f64, f64);

/// Checks the four modes of a function of two floats against central differences.
fn check_two(
    name: &str,
    seed: u64,
    f: &dyn Fn(f64, f64) -> f64,
    jvp: Jvp2,
    vjp: Vjp2,
    grad: Grad2,
    hvp: Jvp2Hvp,
) {
    let fz = |z: &[f64]| f(z[0], z[1]);
    let jz = |z: &[f64], v: &[f64]| jvp(z[0], v[0], z[1], v[1]);
    let vz = |z: &[f64], s: f64| {
        let (v, a, b) = vjp(z[0], z[1], s);
        (v, vec![a, b])
    };
    let gz = |z: &[f64]| {
        let (v, a, b) = grad(z[0], z[1]);
        (v, vec![a, b])
    };
    let hz = |z: &[f64], d: &[f64]| {
        let (v, a, b) = hvp(z[0], d[0], z[1], d[1]);
        (v, vec![a, b])
    };
    let m = Scalar {
        f: &fz,
        jvp: Some(&jz),
        vjp: Some(&vz),
        grad: Some(&gz),
        hvp: Some(&hz),
    };
    for x in points(seed, 6, 2, -1.5, 1.5) {
        fd::check_scalar(name, &m, &x, 1e-6, 1e-4);
    }
}

type Jvp2Hvp<'a> = &'a dyn Fn(f64, f64, f64, f64) -> (f64, f64, f64);

/// Checks the four modes of a function of one float against central differences.
fn check_one(
    name: &str,
    f: &dyn Fn(f64) -> f64,
    jvp: &dyn Fn(f64, f64) -> (f64, f64),
    vjp: &dyn Fn(f64, f64) -> (f64, f64),
    grad: &dyn Fn(f64) -> (f64, f64),
    hvp: &dyn Fn(f64, f64) -> (f64, f64),
) {
    let flat = |r: (f64, f64)| (r.0, vec![r.1]);
    let fz = |z: &[f64]| f(z[0]);
    let jz = |z: &[f64], v: &[f64]| jvp(z[0], v[0]);
    let vz = |z: &[f64], s: f64| flat(vjp(z[0], s));
    let gz = |z: &[f64]| flat(grad(z[0]));
    let hz = |z: &[f64], v: &[f64]| flat(hvp(z[0], v[0]));
    let m = Scalar {
        f: &fz,
        jvp: Some(&jz),
        vjp: Some(&vz),
        grad: Some(&gz),
        hvp: Some(&hz),
    };
    for x in points(11, 6, 1, -1.5, 1.5) {
        fd::check_scalar(name, &m, &x, 1e-6, 1e-4);
    }
}

macro_rules! check_method {
    ($m:expr, $f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $seed:expr) => {{
        let m = &$m;
        check_two(
            stringify!($f),
            $seed,
            &|x, y| m.$f(x, y),
            &|x, dx, y, dy| m.$jvp(x, dx, y, dy),
            &|x, y, s| m.$vjp(x, y, s),
            &|x, y| m.$grad(x, y),
            &|x, vx, y, vy| m.$hvp(x, vx, y, vy),
        );
    }};
}

#[test]
fn literal_constants_to_methods() {
    check_method!(
        model(),
        literal,
        literal_jvp,
        literal_vjp,
        literal_grad,
        literal_hvp,
        1
    );
}

#[test]
fn inactive_locals_and_constant_items_to_methods() {
    check_method!(
        model(),
        locals_and_items,
        locals_and_items_jvp,
        locals_and_items_vjp,
        locals_and_items_grad,
        locals_and_items_hvp,
        2
    );
}

#[test]
fn constants_to_methods_in_branches_and_loops() {
    check_method!(
        model(),
        in_branch_and_loop,
        in_branch_and_loop_jvp,
        in_branch_and_loop_vjp,
        in_branch_and_loop_grad,
        in_branch_and_loop_hvp,
        3
    );
}

#[test]
fn parameter_outside_the_callers_wrt_to_methods() {
    let m = model();
    for p in points(4, 6, 2, -1.5, 1.5) {
        let (x, c) = (p[0], p[1]);
        let f = |z: f64| m.outside_own_wrt(z, c);
        let h = 1e-5;
        let d = (f(x + h) - f(x - h)) / (2.0 * h);
        let d2 = (f(x + h) - 2.0 * f(x) + f(x - h)) / (h * h);
        close("jvp", m.outside_own_wrt_jvp(x, 0.75, c).1, 0.75 * d, 1e-6);
        close("vjp", m.outside_own_wrt_vjp(x, c, -2.0).1, -2.0 * d, 1e-6);
        close("grad", m.outside_own_wrt_grad(x, c).1, d, 1e-6);
        close("hvp", m.outside_own_wrt_hvp(x, 0.5, c).1, 0.5 * d2, 1e-3);
    }
}

#[test]
fn fields_and_module_constants_to_methods() {
    let m = model();
    check_one(
        "data",
        &|x| m.data(x),
        &|x, dx| m.data_jvp(x, dx),
        &|x, s| m.data_vjp(x, s),
        &|x| m.data_grad(x),
        &|x, v| m.data_hvp(x, v),
    );
}

#[test]
fn data_and_a_constant_in_one_method_call() {
    check_method!(
        model(),
        data_and_constant,
        data_and_constant_jvp,
        data_and_constant_vjp,
        data_and_constant_grad,
        data_and_constant_hvp,
        5
    );
}

#[test]
fn methods_of_a_parameter() {
    let m = model();
    check_two(
        "through_param",
        6,
        &|x, y| through_param(&m, x, y),
        &|x, dx, y, dy| through_param_jvp(&m, x, dx, y, dy),
        &|x, y, s| through_param_vjp(&m, x, y, s),
        &|x, y| through_param_grad(&m, x, y),
        &|x, vx, y, vy| through_param_hvp(&m, x, vx, y, vy),
    );
}

#[test]
fn methods_of_a_parameter_behind_a_box() {
    let m = Box::new(model());
    check_two(
        "through_box",
        9,
        &|x, y| through_box(&m, x, y),
        &|x, dx, y, dy| through_box_jvp(&m, x, dx, y, dy),
        &|x, y, s| through_box_vjp(&m, x, y, s),
        &|x, y| through_box_grad(&m, x, y),
        &|x, vx, y, vy| through_box_hvp(&m, x, vx, y, vy),
    );
}

#[test]
fn methods_of_a_generic_impl() {
    let g = Gen {
        c: 0.6,
        w: [0.9, -0.4],
    };
    check_method!(
        g,
        caller,
        caller_jvp,
        caller_vjp,
        caller_grad,
        caller_hvp,
        7
    );
    check_two(
        "generic_param",
        8,
        &|x, y| generic_param(&g, x, y),
        &|x, dx, y, dy| generic_param_jvp(&g, x, dx, y, dy),
        &|x, y, s| generic_param_vjp(&g, x, y, s),
        &|x, y| generic_param_grad(&g, x, y),
        &|x, vx, y, vy| generic_param_hvp(&g, x, vx, y, vy),
    );
    // f32: the same code in another float type
    let g32 = Gen {
        c: 0.6f32,
        w: [0.9, -0.4],
    };
    let (v, dx, dy) = g32.caller_grad(0.3, -0.2);
    let (v64, dx64, dy64) = g.caller_grad(0.3, -0.2);
    close("caller f32", f64::from(v), v64, 1e-5);
    close("caller f32 d/dx", f64::from(dx), dx64, 1e-5);
    close("caller f32 d/dy", f64::from(dy), dy64, 1e-5);
}

/// The leaves of a `Lin` in order, `[w0, w1, b]`.
fn lin_of(p: &[f64]) -> Lin {
    Lin {
        w: [p[0], p[1]],
        b: p[2],
    }
}

#[test]
fn wrt_self_method_calling_one_with_constants() {
    let x = 0.7;
    let f = |p: &[f64]| lin_of(p).loss(x);
    let jvp = |p: &[f64], v: &[f64]| lin_of(p).loss_jvp(&lin_of(v), x);
    let vjp = |p: &[f64], s: f64| {
        let mut b = Lin {
            w: [0.25, 0.25],
            b: 0.25,
        };
        let v = lin_of(p).loss_vjp(&mut b, x, s);
        (v, vec![b.w[0] - 0.25, b.w[1] - 0.25, b.b - 0.25])
    };
    let grad = |p: &[f64]| {
        let mut g = lin_of(p).zeros_like();
        let v = lin_of(p).loss_grad(&mut g, x);
        (v, vec![g.w[0], g.w[1], g.b])
    };
    let hvp = |p: &[f64], d: &[f64]| {
        let mut hv = lin_of(p).zeros_like();
        let v = lin_of(p).loss_hvp(&lin_of(d), &mut hv, x);
        (v, vec![hv.w[0], hv.w[1], hv.b])
    };
    let m = Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    for p in points(9, 6, 3, -1.0, 1.0) {
        fd::check_scalar("Lin::loss", &m, &p, 1e-6, 1e-4);
    }
}

#[test]
fn wrt_self_method_called_on_a_constant_receiver() {
    let l = Lin {
        w: [0.4, -0.6],
        b: 0.2,
    };
    check_one(
        "Lin::fit",
        &|x| l.fit(x),
        &|x, dx| l.fit_jvp(x, dx),
        &|x, s| l.fit_vjp(x, s),
        &|x| l.fit_grad(x),
        &|x, v| l.fit_hvp(x, v),
    );
    check_one(
        "lin_param",
        &|x| lin_param(&l, x),
        &|x, dx| lin_param_jvp(&l, x, dx),
        &|x, s| lin_param_vjp(&l, x, s),
        &|x| lin_param_grad(&l, x),
        &|x, v| lin_param_hvp(&l, x, v),
    );
}

#[test]
fn receivers_by_value_and_by_reference() {
    let m = Cp { c: 0.9 };
    check_method!(
        m,
        value_caller,
        value_caller_jvp,
        value_caller_vjp,
        value_caller_grad,
        value_caller_hvp,
        12
    );
    check_method!(
        m,
        ref_caller,
        ref_caller_jvp,
        ref_caller_vjp,
        ref_caller_grad,
        ref_caller_hvp,
        13
    );
}

#[test]
fn hand_written_rules_of_a_trait_on_a_generic_parameter() {
    let m = Cube { k: 0.8 };
    check_one(
        "through_trait",
        &|x| through_trait(&m, x),
        &|x, dx| through_trait_jvp(&m, x, dx),
        &|x, s| through_trait_vjp(&m, x, s),
        &|x| through_trait_grad(&m, x),
        &|x, v| through_trait_hvp(&m, x, v),
    );
}

#[test]
fn trait_impl_methods_calling_each_other() {
    check_method!(
        Spring { k: 1.3 },
        outer,
        outer_jvp,
        outer_vjp,
        outer_grad,
        outer_hvp,
        10
    );
}

/// Checks `_grad` and `_hvp` of a function of a `Lin` against central differences
/// over its leaves `[w0, w1, b]`.
fn check_lin(
    name: &str,
    f: &dyn Fn(&Lin) -> f64,
    grad: &dyn Fn(&Lin, &mut Lin) -> f64,
    hvp: &dyn Fn(&Lin, &Lin, &mut Lin) -> f64,
) {
    let fz = |p: &[f64]| f(&lin_of(p));
    let gz = |p: &[f64]| {
        let mut g = lin_of(p).zeros_like();
        let v = grad(&lin_of(p), &mut g);
        (v, vec![g.w[0], g.w[1], g.b])
    };
    let hz = |p: &[f64], d: &[f64]| {
        let mut hv = lin_of(p).zeros_like();
        let v = hvp(&lin_of(p), &lin_of(d), &mut hv);
        (v, vec![hv.w[0], hv.w[1], hv.b])
    };
    let m = Scalar {
        f: &fz,
        jvp: None,
        vjp: None,
        grad: Some(&gz),
        hvp: Some(&hz),
    };
    for p in points(14, 6, 3, -1.0, 1.0) {
        fd::check_scalar(name, &m, &p, 1e-6, 1e-4);
    }
}

#[test]
fn methods_beside_an_active_struct_parameter() {
    let m = model();
    check_lin(
        "with_struct",
        &|p| m.with_struct(p, 1.3),
        &|p, g| m.with_struct_grad(p, g, 1.3),
        &|p, d, hv| m.with_struct_hvp(p, d, hv, 1.3),
    );
    check_lin(
        "param_with_struct",
        &|p| param_with_struct(&m, p, 0.7),
        &|p, g| param_with_struct_grad(&m, p, g, 0.7),
        &|p, d, hv| param_with_struct_hvp(&m, p, d, hv, 0.7),
    );
}
