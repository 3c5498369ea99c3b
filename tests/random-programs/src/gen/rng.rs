//! The generator's own seeded pseudo-random stream (SplitMix64): the same seed always gives
//! the same programs, on every platform and Rust version.

/// SplitMix64.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A stream for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x6a09_e667_f3bc_c909)
    }

    /// A stream derived from two numbers (a seed and a program index, ...).
    pub fn derived(a: u64, b: u64) -> Rng {
        let mut r = Rng::new(a);
        let x = r.next_u64();
        Rng::new(x ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn random(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `[lo, hi]` (both included).
    pub fn randint(&mut self, lo: i64, hi: i64) -> i64 {
        assert!(lo <= hi, "randint({lo}, {hi})");
        lo + (self.next_u64() % ((hi - lo + 1) as u64)) as i64
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        assert!(n > 0, "below(0)");
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `[lo, hi)`.
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.random()
    }

    /// One element.
    pub fn choice<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// `xs` in a random order.
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for j in 0..xs.len() {
            let k = j + self.below(xs.len() - j);
            xs.swap(j, k);
        }
    }

    /// `n` distinct values of `0..=hi`, sorted.
    pub fn sample(&mut self, hi: i64, n: usize) -> Vec<i64> {
        let mut pool: Vec<i64> = (0..=hi).collect();
        for j in 0..n {
            let k = j + self.below(pool.len() - j);
            pool.swap(j, k);
        }
        let mut out = pool[..n].to_vec();
        out.sort_unstable();
        out
    }
}

/// `v` rounded to `digits` decimals.
pub fn round_to(v: f64, digits: i32) -> f64 {
    let s = 10f64.powi(digits);
    (v * s).round() / s
}
