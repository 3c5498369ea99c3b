//! The items the generated programs use besides the attribute: constants, the generic
//! constant `c::<T>`, the random stream `Lcg`, `weight(Cfg { k })` and the structs the
//! struct programs take (`Model`, `Inner`). Plain Rust over `num-traits` and the
//! `Differentiable` derive, so that a program's source pasted after this file compiles in a scratch
//! crate (`cargo run -p random-programs -- show SEED INDEX` prints both).

pub use differentiable::{no_grad, Differentiable};
use num_traits::Float;

pub const ALPHA: f64 = 0.7;
pub const BETA: f64 = -1.3;
pub const W: [f64; 8] = [0.5, -0.25, 1.5, 0.75, -1.0, 0.3, 1.1, -0.6];
pub const V: [f64; 8] = [1.0, 0.2, -0.4, 0.9, 0.1, -1.2, 0.6, 0.35];
/// Fixed-size data passed by reference to differentiable callees (`dh_fixed(&W3, e)`).
pub const W3: [f64; 3] = [0.8, -0.45, 1.2];

/// A constant in a program generic over `T: Float`.
pub fn c<T: Float>(v: f64) -> T {
    T::from(v).unwrap()
}

/// The programs' own random stream, an inactive `rng: &mut Lcg` parameter: a side effect
/// every generated mode must perform exactly as often as the original function.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The argument of `weight`, built with field-init shorthand (`Cfg { k }`).
pub struct Cfg {
    pub k: usize,
}

/// A plain (not differentiable) helper the programs call with inactive arguments.
pub fn weight(c: Cfg) -> f64 {
    W[c.k % 8] + 0.1 * (c.k % 5) as f64
}

/// The nested struct of [`Model`], and the struct of programs of its own.
#[derive(Differentiable, Clone, Debug)]
pub struct Inner {
    pub c: f64,
    pub d: [f64; 2],
}

/// The struct the struct programs take: float, array, nested and `Vec` fields (11
/// leaves: `w`, `b`, `inner.c`, `inner.d`, `v`) and `#[no_grad]` ones (a size, data, a
/// flag) between them.
#[derive(Differentiable, Clone, Debug)]
pub struct Model {
    pub w: [f64; 4],
    #[no_grad]
    pub k: usize,
    pub b: f64,
    pub inner: Inner,
    #[no_grad]
    pub data: [f64; 3],
    pub v: Vec<f64>,
    #[no_grad]
    pub flag: bool,
}

/// The `#[no_grad]` fields of every `Model` of the tests.
pub const K: usize = 3;
pub const DATA: [f64; 3] = [0.4, -0.6, 1.2];
pub const FLAG: bool = true;
/// The length of `Model::v`.
pub const VLEN: usize = 3;

/// The leaves of the struct a program takes outside its `wrt(..)`.
pub const M0: [f64; 11] = [0.3, -0.8, 1.1, 0.5, -0.2, 0.9, -1.3, 0.7, 0.25, -0.45, 1.4];
pub const I0: [f64; 3] = [-0.6, 0.35, 1.05];
/// The data `x` of a program whose `x` is outside its `wrt(..)`.
pub const XD: [f64; 4] = [0.55, -1.2, 0.8, -0.15];

/// A `Model` with the given leaves (its flat view, in the documented order).
pub fn model_at(leaves: &[f64]) -> Model {
    let mut m = Model {
        w: [0.0; 4],
        k: K,
        b: 0.0,
        inner: Inner {
            c: 0.0,
            d: [0.0; 2],
        },
        data: DATA,
        v: vec![0.0; VLEN],
        flag: FLAG,
    };
    m.read_flat(leaves);
    m
}

/// An `Inner` with the given leaves.
pub fn inner_at(leaves: &[f64]) -> Inner {
    let mut n = Inner {
        c: 0.0,
        d: [0.0; 2],
    };
    n.read_flat(leaves);
    n
}

/// An ordinary call (no derivative) writing a local array through `&mut`: rotates the
/// elements (or the rows of a matrix) one place left and returns the length. The values
/// stay those of the array, so every bound holds; a call run once too often (in a replay
/// of the reverse sweep) would show as elements in the wrong places.
pub fn lent_rotate<E>(h: &mut [E]) -> usize {
    h.rotate_left(1);
    h.len()
}
