//! Parameters held in nalgebra vectors and matrices passed to generated functions through
//! `as_slice()` / `as_mut_slice()`, and the helpers of `integrations::nalgebra`: each
//! gives exactly what the generated function computes (the same call on a plain array),
//! and the derivatives agree with central finite differences.

use differentiable::differentiable;
use differentiable::integrations::nalgebra::{gradient, hessian, jacobian};
use nalgebra::{DMatrix, DVector, SMatrix, SVector};

#[path = "../../common/fd.rs"]
mod fd;

/// A smooth function of four parameters with a full Hessian.
#[differentiable]
fn bowl(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let next = x[(i + 1) % x.len()];
        s += (x[i] - 0.5).powi(2) * (1.0 + next * next) + (x[i] * next).sin();
    }
    s
}

/// Residuals of y = a·exp(-b t) at five times.
#[differentiable(wrt(p))]
fn decay(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64]) {
    for i in 0..t.len() {
        out[i] = p[0] * (-p[1] * t[i]).exp() - y[i];
    }
}

const T: [f64; 5] = [0.0, 0.5, 1.0, 1.5, 2.0];
const Y: [f64; 5] = [2.0, 1.3, 0.7, 0.45, 0.3];
const X: [f64; 4] = [0.3, -1.1, 0.8, 2.0];

#[test]
fn slices_of_owned_vectors_need_no_copy() {
    let mut g_plain = [0.0; 4];
    let f_plain = bowl_grad(&X, &mut g_plain);

    let x = DVector::from_column_slice(&X);
    let mut g = DVector::zeros(4);
    assert_eq!(bowl_grad(x.as_slice(), g.as_mut_slice()), f_plain);
    assert_eq!(g.as_slice(), &g_plain);
    // the slice is the vector's own storage: no copy was made
    assert!(std::ptr::eq(x.as_slice().as_ptr(), &x[0]));

    let xs = SVector::<f64, 4>::from_column_slice(&X);
    let mut gs = SVector::<f64, 4>::zeros();
    assert_eq!(bowl_grad(xs.as_slice(), gs.as_mut_slice()), f_plain);
    assert_eq!(gs.as_slice(), &g_plain);

    // a 2 × 2 matrix of parameters is seen column by column
    let w = SMatrix::<f64, 2, 2>::from_column_slice(&X);
    let mut gw = SMatrix::<f64, 2, 2>::zeros();
    bowl_grad(w.as_slice(), gw.as_mut_slice());
    assert_eq!(gw[(1, 0)], g_plain[1]);
    assert_eq!(gw[(0, 1)], g_plain[2]);
}

#[test]
fn gradient_helper_equals_the_generated_gradient() {
    let mut want = [0.0; 4];
    let f = bowl_grad(&X, &mut want);
    let (v, g) = gradient(&DVector::from_column_slice(&X), bowl_grad);
    assert_eq!((v, g.as_slice()), (f, &want[..]));
    let (v, g) = gradient(&SVector::<f64, 4>::from_column_slice(&X), bowl_grad);
    assert_eq!((v, g.as_slice()), (f, &want[..]));
    let fd = fd::grad(&bowl, &X);
    for i in 0..4 {
        assert!((g[i] - fd[i]).abs() < 1e-7, "{g} vs {fd:?}");
    }
}

#[test]
fn hessian_helper_equals_the_generated_hvps() {
    let h = hessian(&DVector::from_column_slice(&X), bowl_hvp);
    let hs = hessian(&SVector::<f64, 4>::from_column_slice(&X), bowl_hvp);
    assert_eq!(h.as_slice(), hs.as_slice());
    for j in 0..4 {
        let mut e = [0.0; 4];
        e[j] = 1.0;
        let mut col = [0.0; 4];
        bowl_hvp(&X, &e, &mut col);
        for i in 0..4 {
            // symmetrised: the average of the two generated entries
            let mut ei = [0.0; 4];
            ei[i] = 1.0;
            let mut row = [0.0; 4];
            bowl_hvp(&X, &ei, &mut row);
            assert_eq!(h[(i, j)], 0.5 * (col[i] + row[j]));
        }
        // against finite differences of the generated gradient's partial j
        let fd = fd::grad(
            &|x: &[f64]| {
                let mut g = [0.0; 4];
                bowl_grad(x, &mut g);
                g[j]
            },
            &X,
        );
        for i in 0..4 {
            assert!((h[(i, j)] - fd[i]).abs() < 1e-6);
        }
    }
}

#[test]
fn jacobian_helper_equals_the_generated_jvps() {
    let p = SVector::<f64, 2>::new(1.8, 0.9);
    let (r, j) = jacobian(&p, 5, |p, dp, out, dout| {
        decay_jvp(p, dp, &T, &Y, out, dout)
    });
    let mut want_r = [0.0; 5];
    decay(p.as_slice(), &T, &Y, &mut want_r);
    assert_eq!(r.as_slice(), &want_r);
    for col in 0..2 {
        let mut e = [0.0; 2];
        e[col] = 1.0;
        let (mut out, mut dout) = ([0.0; 5], [0.0; 5]);
        decay_jvp(p.as_slice(), &e, &T, &Y, &mut out, &mut dout);
        assert_eq!(j.column(col).iter().copied().collect::<Vec<_>>(), dout);
    }
    // the analytic Jacobian of a·exp(-b t): [exp(-b t), -a t exp(-b t)]
    let want = DMatrix::from_fn(5, 2, |i, c| {
        let e = (-p[1] * T[i]).exp();
        if c == 0 {
            e
        } else {
            -p[0] * T[i] * e
        }
    });
    assert!((j - want).abs().max() < 1e-14);
}
