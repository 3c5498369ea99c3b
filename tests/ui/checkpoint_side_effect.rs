use differentiable::differentiable;

pub struct Rng(u64);

impl Rng {
    pub fn uniform(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[differentiable(checkpoint = 8)]
fn noisy(x0: f64, rng: &mut Rng, steps: usize) -> f64 {
    let mut x = x0;
    for _k in 0..steps {
        let noise = rng.uniform();
        x = x * x.cos() + 0.01 * noise;
    }
    x
}

fn main() {}
