use differentiable::differentiable;

trait Energy {
    fn energy(&self, x: f64) -> f64;
}

struct Spring;

// The attribute belongs on the impl block here: generated methods cannot go into a
// trait impl. The first error names the remedy.
impl Energy for Spring {
    #[differentiable]
    fn energy(&self, x: f64) -> f64 {
        x * x
    }
}

fn main() {}
