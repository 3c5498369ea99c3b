use differentiable::differentiable;

#[path = "common/fd.rs"]
mod fd;

#[differentiable]
fn rosen(x: f64, y: f64) -> f64 {
    let a = 1.0 - x;
    let b = y - x * x;
    a * a + 100.0 * b * b
}

#[differentiable]
fn ext_rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

#[differentiable]
fn product_chain(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for &xi in x.iter() {
        p *= 1.0 + 0.5 * xi.sin();
    }
    p
}

#[test]
fn smoke() {
    let (v, gx, gy) = rosen_grad(0.3, 0.7);
    let fd = fd::grad(&|z: &[f64]| rosen(z[0], z[1]), &[0.3, 0.7]);
    assert!((v - rosen(0.3, 0.7)).abs() < 1e-12);
    assert!((gx - fd[0]).abs() < 1e-5, "{gx} {}", fd[0]);
    assert!((gy - fd[1]).abs() < 1e-5);
    let x = [0.3, -0.2, 0.9, 1.4];
    let mut g = [0.0; 4];
    let v = ext_rosenbrock_grad(&x, &mut g);
    assert!((v - ext_rosenbrock(&x)).abs() < 1e-12);
    let fd = fd::grad(&ext_rosenbrock, &x);
    for i in 0..4 {
        assert!((g[i] - fd[i]).abs() < 1e-4, "{g:?} {fd:?}");
    }
    let v = product_chain_grad(&x, &mut g);
    assert!((v - product_chain(&x)).abs() < 1e-12);
    let fd = fd::grad(&product_chain, &x);
    for i in 0..4 {
        assert!((g[i] - fd[i]).abs() < 1e-6, "{g:?} {fd:?}");
    }
    let (v2, t) = product_chain_jvp(&x, &[1.0, 0.0, 0.0, 0.0]);
    assert!((v2 - v).abs() < 1e-12);
    assert!((t - g[0]).abs() < 1e-12);
    let mut hv = [0.0; 4];
    let dir = [0.0, 1.0, 0.0, 0.0];
    let v3 = ext_rosenbrock_hvp(&x, &dir, &mut hv);
    assert!((v3 - ext_rosenbrock(&x)).abs() < 1e-12);
    // fd of gradient
    let mut gp = [0.0; 4];
    let mut gm = [0.0; 4];
    let h = 1e-6;
    ext_rosenbrock_grad(&[x[0], x[1] + h, x[2], x[3]], &mut gp);
    ext_rosenbrock_grad(&[x[0], x[1] - h, x[2], x[3]], &mut gm);
    for i in 0..4 {
        let fdh = (gp[i] - gm[i]) / (2.0 * h);
        assert!((hv[i] - fdh).abs() < 1e-4, "{hv:?} {i} {fdh}");
    }
    let (v4, hx, hy) = rosen_hvp(0.3, 1.0, 0.7, 0.0);
    assert!((v4 - rosen(0.3, 0.7)).abs() < 1e-12);
    // d2/dx2 = 2 - 400 (y - 3x^2) ; d2/dxdy = -400 x
    assert!(
        (hx - (2.0 - 400.0 * (0.7 - 3.0 * 0.09))).abs() < 1e-9,
        "{hx}"
    );
    assert!((hy - (-400.0 * 0.3)).abs() < 1e-9, "{hy}");
}
