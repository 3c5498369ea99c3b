use differentiable::differentiable;

pub struct Rng(u64);

impl Rng {
    pub fn uniform(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

// a `while` loop is checkpointed; what a rerun of its step could not reproduce is
// refused as in a `for` loop
#[differentiable(checkpoint = 8)]
fn settle(x0: f64, rng: &mut Rng) -> f64 {
    let mut x = x0;
    let mut t = 0.0;
    while t < 1.0 {
        x = x * x.cos();
        t += 0.01 + 0.01 * rng.uniform();
    }
    x
}

fn main() {}
