use differentiable::differentiable;

mod my {
    pub fn exp(x: f64) -> f64 {
        x * x * x
    }
}

// `my::exp` is not the float `exp`: it needs its own derivative (`exp_jvp`, ...), it must
// not be replaced by the rule of `f64::exp` (bug 15 in RELIABILITY.md).
#[differentiable]
fn f(x: f64) -> f64 {
    my::exp(x)
}

fn main() {}
