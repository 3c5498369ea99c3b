//! The main example: annotate Rosenbrock's function, print its value, gradient and a
//! Hessian-vector product, then take a few gradient steps with the generated gradient.
//!
//! Run with `cargo run --release --example rosenbrock`.

use differentiable::differentiable;

/// Rosenbrock's banana function; its minimum is f(1, 1) = 0.
#[differentiable]
fn rosenbrock(x: f64, y: f64) -> f64 {
    let a = 1.0 - x;
    let b = y - x * x;
    a * a + 100.0 * b * b
}

/// The same function in n dimensions, over a slice.
#[differentiable]
fn rosenbrock_n(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        s += a * a + 100.0 * b * b;
    }
    s
}

fn main() {
    let (x, y) = (-1.2, 1.0);
    let (f, dfdx, dfdy) = rosenbrock_grad(x, y);
    assert_eq!(f, rosenbrock(x, y)); // the original function stays as written
    println!("f({x}, {y}) = {f}");
    println!("gradient      = ({dfdx:.4}, {dfdy:.4})");
    let (_, df) = rosenbrock_jvp(x, 1.0, y, 0.0);
    println!("jvp along x   = {df:.4} (forward mode, equals df/dx)");
    let (_, hx, hy) = rosenbrock_hvp(x, 1.0, y, 0.0);
    println!("H·(1, 0)      = ({hx:.4}, {hy:.4}) (first column of the Hessian)");

    // Gradient descent with a backtracking line search on the slice version.
    let mut p = vec![-1.2, 1.0, -1.2, 1.0];
    let mut g = vec![0.0; p.len()];
    let mut step = 1e-3;
    println!("\ngradient descent on the 4-D Rosenbrock function:");
    for it in 0..=20_000 {
        let value = rosenbrock_n_grad(&p, &mut g);
        if it % 4000 == 0 {
            let norm = g.iter().map(|v| v * v).sum::<f64>().sqrt();
            println!("  step {it:5}: f = {value:.6e}, |grad| = {norm:.3e}");
        }
        loop {
            let trial: Vec<f64> = p.iter().zip(&g).map(|(pi, gi)| pi - step * gi).collect();
            if rosenbrock_n(&trial) < value || step < 1e-12 {
                p = trial;
                step *= 1.2;
                break;
            }
            step *= 0.5;
        }
    }
    println!("  minimum found at {p:.4?}");
}
