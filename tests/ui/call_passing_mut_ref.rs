use differentiable::differentiable;

pub struct Lcg(u64);

impl Lcg {
    fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[differentiable(wrt(x))]
fn h(x: f64, rng: &mut Lcg) -> f64 {
    let u = rng.uniform();
    x * (x + u)
}

#[differentiable(wrt(x))]
fn outer(x: f64, rng: &mut Lcg) -> f64 {
    h(x, rng) * 2.0
}

fn main() {}
