use differentiable::{differentiable, no_grad, Differentiable};

#[derive(Differentiable, Clone, Debug, PartialEq)]
pub struct Linear { w: [f64; 3], b: f64, #[no_grad] n: usize }

#[differentiable(wrt(m))]
fn loss(m: &Linear, x: &[f64], y: f64) -> f64 {
    let mut s = m.b;
    for i in 0..m.n {
        s += m.w[i] * x[i];
    }
    (s - y) * (s - y) + m.b.sin()
}

impl Linear {
    #[differentiable(wrt(self))]
    fn predict(&self, x: &[f64]) -> f64 {
        self.w.iter().zip(x.iter()).map(|(w, x)| w * x).sum::<f64>() + self.b
    }
    #[differentiable(wrt(self))]
    fn mse(&self, x: &[f64], y: f64) -> f64 {
        let p = self.predict(no_grad(x));
        (p - y) * (p - y) + 0.1 * self.w[0] * self.w[0]
    }
}

#[test]
fn t() {
    let m = Linear { w: [0.5, -1.0, 2.0], b: 0.3, n: 3 };
    let x = [1.0, 2.0, 3.0];
    let mut g = m.zeros_like();
    let v = loss_grad(&m, &mut g, &x, 1.5);
    assert_eq!(v, loss(&m, &x, 1.5));
    let mut g2 = m.zeros_like();
    let v2 = m.mse_grad(&mut g2, &x, 1.5);
    println!("{v} {g:?} {v2} {g2:?}");
    let (_, t) = m.mse_jvp(&g2, &x, 1.5);
    println!("{t} {}", g2.dot(&g2));
    let mut hv = m.zeros_like();
    m.mse_hvp(&g2, &mut hv, &x, 1.5);
    println!("{hv:?}");
}
