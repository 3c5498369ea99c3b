//! The argmin adapters hand argmin exactly what the generated functions compute (cost,
//! gradient, Hessian from HVPs, residuals, Jacobian, `Jᵀr`), for `Vec<f64>` and
//! `DVector<f64>` parameters; and argmin's solvers converge with them: L-BFGS on
//! Rosenbrock and on a logistic regression, Newton with the HVP Hessian, conjugate
//! gradients on the matrix-free Hessian, Gauss–Newton on a curve fit. The derivatives
//! themselves are checked against central finite differences.

use argmin::core::{CostFunction, Executor, Gradient, Hessian, Jacobian, Operator};
use argmin::solver::conjugategradient::ConjugateGradient;
use argmin::solver::gaussnewton::GaussNewton;
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::newton::Newton;
use argmin::solver::quasinewton::LBFGS;
use differentiable::differentiable;
use differentiable::integrations::argmin::{Cost, HessianOperator, LeastSquares};
use nalgebra::{DMatrix, DVector};

#[path = "../../common/fd.rs"]
mod fd;

#[differentiable]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        s += a * a + 100.0 * b * b;
    }
    s
}

/// Residuals of y = A·exp(−t/τ)·cos(ω t) against samples.
#[differentiable(wrt(p))]
fn oscillation(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64]) {
    for i in 0..t.len() {
        out[i] = p[0] * (-t[i] / p[1]).exp() * (p[2] * t[i]).cos() - y[i];
    }
}

/// Mean logistic loss of a linear model on rows of `x` (`d` features each) with labels
/// 0/1, plus a small ridge term so that the minimum is unique.
#[allow(clippy::needless_range_loop)]
#[differentiable(wrt(w))]
fn logistic(w: &[f64], x: &[f64], labels: &[f64], d: usize) -> f64 {
    let n = labels.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut z = w[d];
        for j in 0..d {
            z += w[j] * x[i * d + j];
        }
        // log(1 + e^z) − y z, written stably for both signs of z
        let softplus = if z > 0.0 {
            z + (-z).exp().ln_1p()
        } else {
            z.exp().ln_1p()
        };
        s += softplus - labels[i] * z;
    }
    let mut ridge = 0.0;
    for j in 0..d {
        ridge += w[j] * w[j];
    }
    s / n as f64 + 0.005 * ridge
}

const X0: [f64; 4] = [-1.2, 1.0, 0.3, -0.5];

#[test]
fn cost_gradient_and_hessian_are_the_generated_values() {
    let mut g = [0.0; 4];
    let f = rosenbrock_grad(&X0, &mut g);
    let mut h = [[0.0; 4]; 4];
    for (j, col) in h.iter_mut().enumerate() {
        let mut e = [0.0; 4];
        e[j] = 1.0;
        rosenbrock_hvp(&X0, &e, col);
    }

    let on_vec: Cost<Vec<f64>, _, _, _> =
        Cost::new(rosenbrock, rosenbrock_grad).with_hvp(rosenbrock_hvp);
    let x = X0.to_vec();
    assert_eq!(on_vec.cost(&x).unwrap(), f);
    assert_eq!(on_vec.gradient(&x).unwrap(), g.to_vec());
    let hv = on_vec.hessian(&x).unwrap();
    for i in 0..4 {
        for j in 0..4 {
            assert_eq!(hv[i][j], 0.5 * (h[j][i] + h[i][j]), "({i}, {j})");
        }
    }

    let on_dvector: Cost<DVector<f64>, _, _, _> =
        Cost::new(rosenbrock, rosenbrock_grad).with_hvp(rosenbrock_hvp);
    let x = DVector::from_column_slice(&X0);
    assert_eq!(on_dvector.cost(&x).unwrap(), f);
    assert_eq!(on_dvector.gradient(&x).unwrap().as_slice(), &g);
    let hd = on_dvector.hessian(&x).unwrap();
    assert_eq!(hd, DMatrix::from_fn(4, 4, |i, j| hv[i][j]));

    // the oracle: finite differences
    let fd = fd::grad(&rosenbrock, &X0);
    for i in 0..4 {
        assert!(
            (g[i] - fd[i]).abs() < 1e-5 * (1.0 + fd[i].abs()),
            "{g:?} vs {fd:?}"
        );
        let fd_col = fd::grad(
            &|x: &[f64]| {
                let mut g = [0.0; 4];
                rosenbrock_grad(x, &mut g);
                g[i]
            },
            &X0,
        );
        for j in 0..4 {
            assert!((hd[(i, j)] - fd_col[j]).abs() < 1e-4 * (1.0 + fd_col[j].abs()));
        }
    }
}

#[test]
fn hessian_operator_applies_the_generated_hvp() {
    let v = [0.5, -1.0, 2.0, 0.25];
    let mut want = [0.0; 4];
    rosenbrock_hvp(&X0, &v, &mut want);
    let op: HessianOperator<'_, Vec<f64>, _> = HessianOperator::new(&X0, rosenbrock_hvp);
    assert_eq!(op.apply(&v.to_vec()).unwrap(), want.to_vec());
    let op: HessianOperator<'_, DVector<f64>, _> = HessianOperator::new(&X0, rosenbrock_hvp);
    assert_eq!(
        op.apply(&DVector::from_column_slice(&v))
            .unwrap()
            .as_slice(),
        &want
    );
}

const T: [f64; 12] = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2];

fn exact_samples(p: [f64; 3]) -> [f64; 12] {
    T.map(|t| p[0] * (-t / p[1]).exp() * (p[2] * t).cos())
}

#[allow(clippy::type_complexity)]
fn oscillation_problem<'a, P>(
    y: &'a [f64],
) -> LeastSquares<
    P,
    impl Fn(&[f64], &mut [f64]) + 'a,
    impl Fn(&[f64], &[f64], &mut [f64], &mut [f64]) + 'a,
    impl Fn(&[f64], &mut [f64], &mut [f64], &[f64]) + 'a,
> {
    LeastSquares::new(
        T.len(),
        move |p: &[f64], out: &mut [f64]| oscillation(p, &T, y, out),
        move |p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]| {
            oscillation_jvp(p, dp, &T, y, out, dout)
        },
        move |p: &[f64], pb: &mut [f64], out: &mut [f64], s: &[f64]| {
            oscillation_vjp(p, pb, &T, y, out, s)
        },
    )
}

#[test]
fn residuals_jacobian_and_cost_gradient_are_the_generated_values() {
    let y = exact_samples([2.0, 1.5, 3.0]);
    let p = [1.7, 1.2, 2.8];
    let mut r = [0.0; 12];
    oscillation(&p, &T, &y, &mut r);
    // the Jacobian column by column from the generated JVP
    let mut cols = [[0.0; 12]; 3];
    for (j, col) in cols.iter_mut().enumerate() {
        let mut e = [0.0; 3];
        e[j] = 1.0;
        let mut out = [0.0; 12];
        oscillation_jvp(&p, &e, &T, &y, &mut out, col);
    }
    // Jᵀr from the generated VJP
    let mut jtr = [0.0; 3];
    oscillation_vjp(&p, &mut jtr, &T, &y, &mut [0.0; 12], &r);
    let half_sq = 0.5 * r.iter().map(|r| r * r).sum::<f64>();

    let on_vec = oscillation_problem::<Vec<f64>>(&y);
    let pv = p.to_vec();
    assert_eq!(on_vec.apply(&pv).unwrap(), r.to_vec());
    let jv = on_vec.jacobian(&pv).unwrap();
    for i in 0..12 {
        for j in 0..3 {
            assert_eq!(jv[i][j], cols[j][i]);
        }
    }
    assert_eq!(on_vec.cost(&pv).unwrap(), half_sq);
    assert_eq!(on_vec.gradient(&pv).unwrap(), jtr.to_vec());

    let on_dvector = oscillation_problem::<DVector<f64>>(&y);
    let pd = DVector::from_column_slice(&p);
    assert_eq!(on_dvector.apply(&pd).unwrap().as_slice(), &r);
    let jd = on_dvector.jacobian(&pd).unwrap();
    assert_eq!(jd, DMatrix::from_fn(12, 3, |i, j| cols[j][i]));
    assert_eq!(on_dvector.gradient(&pd).unwrap().as_slice(), &jtr);

    // the oracle: finite differences of the residuals and of the cost
    for j in 0..3 {
        let fd = fd::grad(
            &|q: &[f64]| {
                let mut out = [0.0; 12];
                oscillation(q, &T, &y, &mut out);
                out.iter().map(|r| r * r).sum::<f64>() * 0.5
            },
            &p,
        );
        assert!((jtr[j] - fd[j]).abs() < 1e-6, "{jtr:?} vs {fd:?}");
        for i in 0..12 {
            let fd_ij = fd::grad(
                &|q: &[f64]| {
                    let mut out = [0.0; 12];
                    oscillation(q, &T, &y, &mut out);
                    out[i]
                },
                &p,
            )[j];
            assert!((jd[(i, j)] - fd_ij).abs() < 1e-7);
        }
    }
}

#[test]
fn lbfgs_minimises_rosenbrock() {
    let problem: Cost<Vec<f64>, _, _> = Cost::new(rosenbrock, rosenbrock_grad);
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 7)
        .with_tolerance_grad(1e-10)
        .unwrap();
    let start: Vec<f64> = (0..10)
        .map(|i| if i % 2 == 0 { -1.2 } else { 1.0 })
        .collect();
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(start).max_iters(500))
        .run()
        .unwrap();
    let best = result.state.best_param.unwrap();
    assert!(best.iter().all(|x| (x - 1.0).abs() < 1e-6), "{best:?}");
    assert!(result.state.best_cost < 1e-12);
}

/// 200 points in the plane, labelled by a noisy linear rule (fixed-seed generator).
fn classification_data() -> (Vec<f64>, Vec<f64>) {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut uniform = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut x = Vec::new();
    let mut labels = Vec::new();
    for _ in 0..200 {
        let (a, b) = (4.0 * uniform() - 2.0, 4.0 * uniform() - 2.0);
        let p = 1.0 / (1.0 + (-(1.5 * a - 2.0 * b + 0.5)).exp());
        x.extend([a, b]);
        labels.push(if uniform() < p { 1.0 } else { 0.0 });
    }
    (x, labels)
}

#[test]
fn lbfgs_fits_a_logistic_regression_to_a_stationary_point() {
    let (x, labels) = classification_data();
    let f = |w: &[f64]| logistic(w, &x, &labels, 2);
    let g = |w: &[f64], gw: &mut [f64]| logistic_grad(w, gw, &x, &labels, 2);
    let problem: Cost<DVector<f64>, _, _> = Cost::new(f, g);
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 5)
        .with_tolerance_grad(1e-9)
        .unwrap();
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(DVector::zeros(3)).max_iters(200))
        .run()
        .unwrap();
    let w = result.state.best_param.unwrap();
    // the gradient vanishes there, by finite differences (independent of the adapter)
    let fd = fd::grad(&f, w.as_slice());
    assert!(fd.iter().all(|g| g.abs() < 1e-6), "{fd:?}");
    // and the weights have the signs of the rule that labelled the data
    assert!(w[0] > 0.5 && w[1] < -0.5, "{w}");
}

#[test]
fn newton_with_the_hvp_hessian_converges_quadratically() {
    let problem: Cost<DVector<f64>, _, _, _> =
        Cost::new(rosenbrock, rosenbrock_grad).with_hvp(rosenbrock_hvp);
    let result = Executor::new(problem, Newton::<f64>::new())
        .configure(|state| {
            state
                .param(DVector::from_vec(vec![0.8, 0.7, 0.6, 0.5]))
                .max_iters(12)
        })
        .run()
        .unwrap();
    let x = result.state.param.unwrap();
    assert!(x.iter().all(|x| (x - 1.0).abs() < 1e-10), "{x}");
}

#[test]
fn conjugate_gradient_solves_a_newton_system_matrix_free() {
    // at a point where the Rosenbrock Hessian is positive definite
    let x = [0.9, 0.8, 0.7, 0.5];
    let mut g = [0.0; 4];
    rosenbrock_grad(&x, &mut g);
    let b: Vec<f64> = g.iter().map(|g| -g).collect();
    let op: HessianOperator<'_, Vec<f64>, _> = HessianOperator::new(&x, rosenbrock_hvp);
    let result = Executor::new(op, ConjugateGradient::<_, f64>::new(b.clone()))
        .configure(|state| state.param(vec![0.0; 4]).max_iters(40))
        .run()
        .unwrap();
    let d = result.state.best_param.unwrap();
    // H d = −g, checked with the generated HVP
    let mut hd = [0.0; 4];
    rosenbrock_hvp(&x, &d, &mut hd);
    for i in 0..4 {
        assert!(
            (hd[i] - b[i]).abs() < 1e-8 * (1.0 + b[i].abs()),
            "{hd:?} vs {b:?}"
        );
    }
}

#[test]
fn gauss_newton_recovers_the_parameters_of_exact_data() {
    let y = exact_samples([2.0, 1.5, 3.0]);
    let problem = oscillation_problem::<DVector<f64>>(&y);
    let result = Executor::new(problem, GaussNewton::new())
        .configure(|state| {
            state
                .param(DVector::from_vec(vec![1.5, 1.0, 2.7]))
                .max_iters(50)
        })
        .run()
        .unwrap();
    let p = result.state.best_param.unwrap();
    for (got, want) in p.iter().zip([2.0, 1.5, 3.0]) {
        assert!((got - want).abs() < 1e-8, "{p}");
    }
}
