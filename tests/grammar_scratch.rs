use differentiable::differentiable;
mod util {
    use differentiable::differentiable;
    #[differentiable]
    pub fn inner(u: f64, w: f64) -> f64 {
        (u * w).sin() + u * u
    }
}
use util::inner;
#[differentiable]
fn imported(x: f64, y: f64) -> f64 {
    inner(x, y)
}
