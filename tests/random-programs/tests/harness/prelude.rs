//! The items the generated programs use besides the attribute: constants, the generic
//! constant `c::<T>`, the random stream `Lcg` and `weight(Cfg { k })`. Plain Rust over
//! `num-traits`, so that a program's source pasted after this file compiles in a scratch
//! crate (`cargo run -p random-programs -- show SEED INDEX` prints both).

use num_traits::Float;

pub const ALPHA: f64 = 0.7;
pub const BETA: f64 = -1.3;
pub const W: [f64; 8] = [0.5, -0.25, 1.5, 0.75, -1.0, 0.3, 1.1, -0.6];
pub const V: [f64; 8] = [1.0, 0.2, -0.4, 0.9, 0.1, -1.2, 0.6, 0.35];

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
