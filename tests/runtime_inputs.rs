//! The runtime under bad inputs: optimizers (`differentiable::optim`), saddle analysis
//! (`differentiable::saddle`) and Ridge Rider (`differentiable::ridge_rider`) given
//! mismatched lengths, empty slices, NaN or infinite starting points, zero dimensions or
//! absurd options.
//!
//! Oracle: the documented behaviour (`# Panics` / `# Errors` sections and the error
//! types): each misuse either returns the documented error, or panics with a message
//! that names what was wrong (checked with `catch_unwind`, never a bare index out of
//! bounds or `unwrap` on `None`), and every call returns: objectives are wrapped in a
//! [`Budget`] that counts evaluations and panics when a run exceeds a generous bound,
//! so a loop that never ends fails the test instead of hanging CI. Results on valid
//! but extreme inputs are checked against the analytic answer where there is one.

// Index loops are the grammar `#[differentiable]` takes.
#![allow(clippy::needless_range_loop)]

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};

use differentiable::differentiable;
use differentiable::optim::{
    minimize, Adagrad, AdagradConfig, Adam, AdamConfig, AdamW, AdamWConfig, MinimizeOptions,
    OptimError, Optimizer, RmsProp, RmsPropConfig, Sgd, SgdConfig, StopReason,
};
use differentiable::ridge_rider::{LeafKind, RidgeRider};
use differentiable::saddle::{
    classify, eigenpairs, eigenpairs_from, Classifier, EigenSolver, FnObjective, Objective,
    PointKind, SaddleError, Which,
};

/// Runs `f` and returns its panic message, or `None` when it returned.
fn panic_message<R>(f: impl FnOnce() -> R) -> Option<String> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(_) => None,
        Err(p) => Some(
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .unwrap_or_else(|| "<non-string panic payload>".to_string()),
        ),
    }
}

/// Asserts that `f` panics with a message containing every one of `needles`.
#[track_caller]
fn panics_with<R>(what: &str, needles: &[&str], f: impl FnOnce() -> R) {
    match panic_message(f) {
        None => panic!("{what}: expected a panic mentioning {needles:?}, but it returned"),
        Some(msg) => {
            for n in needles {
                assert!(
                    msg.contains(n),
                    "{what}: panic message {msg:?} does not mention {n:?}"
                );
            }
        }
    }
}

// ------------------------------------------------------------------ optimizers

/// One of each optimizer, with default hyper-parameters plus momentum where it has one.
fn all_optimizers() -> Vec<(&'static str, Box<dyn Optimizer<f64>>)> {
    vec![
        ("Sgd", Box::new(Sgd::new(0.1))),
        (
            "Sgd+momentum",
            Box::new(Sgd::new(0.1).momentum(0.9).nesterov(true)),
        ),
        ("Adagrad", Box::new(Adagrad::new(0.1))),
        (
            "RmsProp",
            Box::new(RmsProp::new(0.01).momentum(0.5).centered(true)),
        ),
        ("Adam", Box::new(Adam::new(0.01).amsgrad(true))),
        ("AdamW", Box::new(AdamW::new(0.01))),
    ]
}

#[test]
fn optimizers_reject_mismatched_lengths_with_a_message() {
    for (name, mut opt) in all_optimizers() {
        panics_with(name, &["`params` has 2 elements but `grads` has 1"], || {
            opt.step(&mut [1.0, 2.0], &[1.0]);
        });
        let mut opt = all_optimizers()
            .into_iter()
            .find(|(n, _)| *n == name)
            .unwrap()
            .1;
        panics_with(name, &["`params` has 1 elements but `grads` has 3"], || {
            opt.step(&mut [1.0], &[1.0, 2.0, 3.0]);
        });
        // the parameter count is fixed by the first step
        let mut opt = all_optimizers()
            .into_iter()
            .find(|(n, _)| *n == name)
            .unwrap()
            .1;
        opt.step(&mut [1.0], &[1.0]);
        panics_with(name, &["sized for 1 parameters"], || {
            opt.step(&mut [1.0, 2.0], &[1.0, 1.0]);
        });
        // until a reset
        opt.reset();
        let mut p = [1.0, 2.0];
        opt.step(&mut p, &[1.0, 1.0]);
        assert!(p[0] < 1.0 && p[1] < 2.0, "{name} after reset: {p:?}");
    }
}

#[test]
fn optimizers_on_empty_slices_do_nothing() {
    for (name, mut opt) in all_optimizers() {
        for _ in 0..3 {
            opt.step(&mut [], &[]);
        }
        // the state was sized for 0 parameters: a longer step is the documented panic
        panics_with(name, &["sized for 0 parameters"], || {
            opt.step(&mut [1.0], &[1.0]);
        });
    }
}

#[test]
fn optimizers_with_nan_or_infinite_inputs_propagate_without_panic() {
    for (name, mut opt) in all_optimizers() {
        let mut p = [f64::NAN, 1.0, 2.0];
        opt.step(&mut p, &[1.0, f64::NAN, 0.5]);
        assert!(p[0].is_nan(), "{name}: NaN parameter stays NaN: {p:?}");
        assert!(
            p[1].is_nan(),
            "{name}: NaN gradient makes the parameter NaN: {p:?}"
        );
        assert!(
            p[2].is_finite() && p[2] < 2.0,
            "{name}: a clean entry still steps: {p:?}"
        );
        let mut q = [0.0];
        opt.reset();
        opt.step(&mut q, &[f64::INFINITY]);
        assert!(
            !q[0].is_finite() || q[0] < 0.0,
            "{name}: an infinite gradient: {q:?}"
        );
    }
}

#[test]
fn optimizer_hyper_parameters_are_checked_where_set() {
    // (what, needles, constructor that must panic)
    type Make = Box<dyn Fn() -> Box<dyn Optimizer<f64>>>;
    let cases: Vec<(&str, &str, Make)> = vec![
        (
            "Sgd lr < 0",
            "invalid `lr`: -0.1",
            Box::new(|| Box::new(Sgd::new(-0.1))),
        ),
        (
            "Sgd lr NaN",
            "invalid `lr`: NaN",
            Box::new(|| Box::new(Sgd::new(f64::NAN))),
        ),
        (
            "Sgd lr inf",
            "invalid `lr`: inf",
            Box::new(|| Box::new(Sgd::new(f64::INFINITY))),
        ),
        (
            "Sgd momentum",
            "invalid `momentum`",
            Box::new(|| Box::new(Sgd::new(0.1).momentum(-1.0))),
        ),
        (
            "Sgd dampening",
            "invalid `dampening`",
            Box::new(|| Box::new(Sgd::new(0.1).dampening(2.0))),
        ),
        (
            "Sgd nesterov",
            "`nesterov` requires",
            Box::new(|| Box::new(Sgd::new(0.1).nesterov(true))),
        ),
        (
            "Sgd weight_decay",
            "invalid `weight_decay`",
            Box::new(|| Box::new(Sgd::new(0.1).weight_decay(f64::NAN))),
        ),
        (
            "Adagrad lr_decay",
            "invalid `lr_decay`",
            Box::new(|| Box::new(Adagrad::new(0.1).lr_decay(-1.0))),
        ),
        (
            "Adagrad eps",
            "invalid `eps`",
            Box::new(|| Box::new(Adagrad::new(0.1).eps(f64::NEG_INFINITY))),
        ),
        (
            "Adagrad accumulator",
            "invalid `initial_accumulator_value`",
            Box::new(|| Box::new(Adagrad::new(0.1).initial_accumulator_value(-1e-9))),
        ),
        (
            "RmsProp alpha",
            "invalid `alpha`",
            Box::new(|| Box::new(RmsProp::new(0.1).alpha(1.5))),
        ),
        (
            "RmsProp eps",
            "invalid `eps`",
            Box::new(|| Box::new(RmsProp::new(0.1).eps(-1.0))),
        ),
        (
            "RmsProp momentum",
            "invalid `momentum`",
            Box::new(|| Box::new(RmsProp::new(0.1).momentum(f64::NAN))),
        ),
        (
            "Adam beta1 = 1",
            "invalid `betas.0`",
            Box::new(|| Box::new(Adam::new(0.1).betas(1.0, 0.999))),
        ),
        (
            "Adam beta2 NaN",
            "invalid `betas.1`",
            Box::new(|| Box::new(Adam::new(0.1).betas(0.9, f64::NAN))),
        ),
        (
            "Adam eps",
            "invalid `eps`",
            Box::new(|| Box::new(Adam::new(0.1).eps(-1e-8))),
        ),
        (
            "AdamW lr",
            "invalid `lr`",
            Box::new(|| Box::new(AdamW::new(-1.0))),
        ),
        (
            "AdamW beta",
            "invalid `betas.0`",
            Box::new(|| Box::new(AdamW::new(0.1).betas(-0.1, 0.9))),
        ),
        (
            "AdamW weight_decay",
            "invalid `weight_decay`",
            Box::new(|| Box::new(AdamW::new(0.1).weight_decay(f64::INFINITY))),
        ),
    ];
    for (what, needle, make) in &cases {
        panics_with(what, &[needle], make);
    }
    // set_lr at run time is checked too
    for (name, mut opt) in all_optimizers() {
        panics_with(name, &["lr"], || opt.set_lr(-1.0));
        panics_with(name, &["lr"], || opt.set_lr(f64::NAN));
        opt.set_lr(0.0);
        let mut p = [1.0];
        opt.step(&mut p, &[1.0]);
        assert_eq!(p, [1.0], "{name}: lr 0 leaves the parameters");
    }
}

#[test]
fn optimizer_configs_from_user_input_return_errors() {
    let bad = |e: Result<(), OptimError>, name: &str| match e {
        Err(OptimError::InvalidValue { name: n, .. }) => assert_eq!(n, name),
        other => panic!("expected an invalid `{name}`, got {other:?}"),
    };
    bad(
        SgdConfig {
            lr: -1.0,
            ..SgdConfig::default()
        }
        .validate(),
        "lr",
    );
    assert_eq!(
        SgdConfig {
            nesterov: true,
            ..SgdConfig::<f64>::default()
        }
        .validate(),
        Err(OptimError::NesterovRequiresMomentum)
    );
    assert!(Sgd::try_new(SgdConfig {
        lr: f64::NAN,
        ..SgdConfig::default()
    })
    .is_err());
    bad(
        AdagradConfig {
            eps: f64::NAN,
            ..AdagradConfig::default()
        }
        .validate(),
        "eps",
    );
    bad(
        RmsPropConfig {
            alpha: -0.5,
            ..RmsPropConfig::default()
        }
        .validate(),
        "alpha",
    );
    bad(
        AdamConfig {
            betas: (0.9, 1.0),
            ..AdamConfig::default()
        }
        .validate(),
        "betas.1",
    );
    assert!(Adam::try_new(AdamConfig {
        lr: -3.0,
        ..AdamConfig::default()
    })
    .is_err());
    bad(
        AdamWConfig {
            weight_decay: -1.0,
            ..AdamWConfig::default()
        }
        .validate(),
        "weight_decay",
    );
    assert!(AdamW::try_new(AdamWConfig::<f64>::default()).is_ok());
    // the message names the argument and the valid range
    let e = AdamConfig {
        betas: (2.0, 0.9),
        ..AdamConfig::default()
    }
    .validate()
    .unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("betas.0") && msg.contains("[0, 1)"), "{msg}");
}

#[test]
fn fixed_size_state_too_small_panics_with_a_message() {
    let mut opt = Sgd::with_state(0.1, [[0.0f64; 2]]).momentum(0.9);
    panics_with(
        "Sgd [_; 2] with 3 parameters",
        &["holds 2 slots", "3 elements"],
        || {
            opt.step(&mut [1.0, 2.0, 3.0], &[1.0, 1.0, 1.0]);
        },
    );
    let mut opt = Adam::with_state(0.1, [[0.0f64; 1], [0.0; 1], [0.0; 1]]);
    panics_with(
        "Adam [_; 1] with 2 parameters",
        &["holds 1 slots", "2 elements"],
        || {
            opt.step(&mut [1.0, 2.0], &[1.0, 1.0]);
        },
    );
    // caller-owned empty slices serve 0 parameters
    let mut buf: [f64; 0] = [];
    let mut opt = Sgd::with_state(0.1, [&mut buf[..]]).momentum(0.5);
    let mut none: [f64; 0] = [];
    opt.step(&mut none, &[]);
}

#[differentiable]
fn bowl(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += (x[i] - 1.0) * (x[i] - 1.0);
    }
    s
}

#[differentiable]
fn tilted(x: &[f64]) -> f64 {
    // unbounded below: descent never converges
    let mut s = 0.0;
    for i in 0..x.len() {
        s -= x[i];
    }
    s
}

#[test]
fn minimize_with_bad_starts_and_absurd_options_ends() {
    let opts = MinimizeOptions::new().max_iters(200);
    // NaN start: stops at once, before any step
    let r = minimize(bowl_grad, &[f64::NAN, 0.0], &mut Adam::new(0.1), &opts);
    assert_eq!((r.reason, r.iterations), (StopReason::NonFiniteLoss, 0));
    assert!(r.reason.is_failure());
    // infinite start: the loss is infinite too
    let r = minimize(bowl_grad, &[f64::INFINITY], &mut Sgd::new(0.1), &opts);
    assert_eq!((r.reason, r.iterations), (StopReason::NonFiniteLoss, 0));
    let r = minimize(bowl_grad, &[3.0, -1.0], &mut Adam::new(0.1), &opts);
    assert_eq!(r.loss, bowl(&r.x));
    // empty start: the gradient norm of nothing is 0, converged at once
    let r = minimize(bowl_grad, &[], &mut Adam::new(0.1), &opts);
    assert_eq!((r.reason, r.iterations), (StopReason::GradientTolerance, 0));
    assert_eq!(r.loss, 0.0);
    // no steps allowed
    let r = minimize(
        bowl_grad,
        &[3.0],
        &mut Adam::new(0.1),
        &MinimizeOptions::new().max_iters(0),
    );
    assert_eq!(
        (r.reason, r.iterations, r.x.clone()),
        (StopReason::MaxIterations, 0, vec![3.0])
    );
    // a NaN or negative gradient tolerance never fires: the step budget ends the run
    for tol in [f64::NAN, -1.0] {
        let o = MinimizeOptions::new().max_iters(50).grad_tol(tol);
        let r = minimize(bowl_grad, &[3.0], &mut Sgd::new(0.5), &o);
        assert_eq!(
            (r.reason, r.iterations),
            (StopReason::MaxIterations, 50),
            "grad_tol {tol}"
        );
        assert_eq!(r.x, vec![1.0], "SGD with lr 0.5 on (x-1)² jumps to 1");
    }
    // unbounded below: the budget ends it
    let r = minimize(tilted_grad, &[0.0, 0.0], &mut Adam::new(0.1), &opts);
    assert_eq!((r.reason, r.iterations), (StopReason::MaxIterations, 200));
    assert_eq!(r.loss, tilted(&r.x));
    // a huge learning rate overflows: a non-finite stop, holding the last finite point
    let r = minimize(tilted_grad, &[0.0], &mut Sgd::new(1e308), &opts);
    assert!(r.reason.is_failure(), "{:?}", r.reason);
    assert!(r.x.iter().all(|v| v.is_finite()) && r.loss.is_finite());
    // a stall window longer than the run never fires
    let o = MinimizeOptions::new()
        .max_iters(30)
        .stall(usize::MAX, 0.0)
        .report_every(0);
    let r = minimize(tilted_grad, &[0.0], &mut Sgd::new(0.1), &o);
    assert_eq!(r.reason, StopReason::MaxIterations);
    // an optimizer sized by an earlier run for another dimension: the documented panic
    let mut opt = Adam::new(0.1);
    minimize(
        bowl_grad,
        &[0.0, 0.0],
        &mut opt,
        &MinimizeOptions::new().max_iters(2),
    );
    panics_with(
        "minimize reusing an optimizer",
        &["sized for 2 parameters"],
        || {
            minimize(
                bowl_grad,
                &[0.0, 0.0, 0.0],
                &mut opt,
                &MinimizeOptions::new().max_iters(2),
            )
        },
    );
}

// ------------------------------------------------------------ saddle analysis

/// Wraps an objective and counts its evaluations; panics past `limit`, so that a
/// search that does not end fails instead of hanging.
struct Budget<O> {
    inner: O,
    calls: Cell<usize>,
    limit: usize,
}

impl<O: Objective> Budget<O> {
    fn new(inner: O, limit: usize) -> Self {
        Budget {
            inner,
            calls: Cell::new(0),
            limit,
        }
    }
    fn tick(&self) {
        let c = self.calls.get() + 1;
        self.calls.set(c);
        assert!(
            c <= self.limit,
            "work budget of {} evaluations exceeded",
            self.limit
        );
    }
}

impl<O: Objective> Objective for Budget<O> {
    fn dim(&self) -> usize {
        self.inner.dim()
    }
    fn value(&self, x: &[f64]) -> f64 {
        self.tick();
        self.inner.value(x)
    }
    fn grad(&self, x: &[f64], g: &mut [f64]) -> f64 {
        self.tick();
        self.inner.grad(x, g)
    }
    fn hvp(&self, x: &[f64], v: &[f64], hv: &mut [f64]) {
        self.tick();
        self.inner.hvp(x, v, hv);
    }
}

#[differentiable]
fn double_well(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += (x[i] * x[i] - 1.0) * (x[i] * x[i] - 1.0);
    }
    s
}

#[differentiable]
fn nan_curvature(x: &[f64]) -> f64 {
    // finite value and gradient at 0, infinite second derivative (x^1.5 at 0)
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i].powf(1.5) + x[i] * x[i];
    }
    s
}

fn well(n: usize) -> impl Objective {
    FnObjective::new(n, double_well, double_well_grad, double_well_hvp)
}

#[test]
fn saddle_zero_dimension_and_length_mismatch() {
    let empty = well(0);
    panics_with("classify dim 0", &["dimension 0"], || classify(&empty, &[]));
    panics_with("eigenpairs dim 0", &["dimension 0"], || {
        eigenpairs(&empty, &[], 1, Which::Smallest)
    });
    assert_eq!(
        Classifier::new().try_classify(&empty, &[]).unwrap_err(),
        SaddleError::ZeroDimension
    );
    assert_eq!(
        EigenSolver::new()
            .try_solve(&empty, &[], 1, Which::Smallest)
            .unwrap_err(),
        SaddleError::ZeroDimension
    );
    let obj = well(3);
    panics_with("classify short point", &["length 2", "dimension 3"], || {
        classify(&obj, &[0.0, 0.0])
    });
    panics_with(
        "eigenpairs long point",
        &["length 4", "dimension 3"],
        || eigenpairs(&obj, &[0.0; 4], 1, Which::Largest),
    );
    assert_eq!(
        Classifier::new().try_classify(&obj, &[]).unwrap_err(),
        SaddleError::PointLength {
            expected: 3,
            found: 0
        }
    );
    // warm starts of the wrong length, zero or NaN
    panics_with("start length", &["start vector has length 2"], || {
        eigenpairs_from(&obj, &[0.0; 3], 1, Which::Smallest, &[1.0, 0.0])
    });
    panics_with("zero start", &["start vector is zero"], || {
        eigenpairs_from(&obj, &[0.0; 3], 1, Which::Smallest, &[0.0; 3])
    });
    panics_with("NaN start", &["non-finite"], || {
        eigenpairs_from(&obj, &[0.0; 3], 1, Which::Smallest, &[f64::NAN, 1.0, 0.0])
    });
}

#[test]
fn saddle_counts_nan_points_and_nan_derivatives() {
    let obj = well(3);
    for k in [0, 4, usize::MAX] {
        panics_with(
            "eigenpairs bad k",
            &["eigenpairs", "need 1 <= k <= 3"],
            || eigenpairs(&obj, &[0.0; 3], k, Which::Smallest),
        );
    }
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        panics_with(
            "classify NaN point",
            &["NaN or infinite coordinate"],
            || classify(&obj, &[0.0, bad, 0.0]),
        );
        assert_eq!(
            Classifier::new()
                .try_classify(&obj, &[bad, 0.0, 0.0])
                .unwrap_err(),
            SaddleError::NonFinitePoint
        );
    }
    let nan_h = Budget::new(
        FnObjective::new(2, nan_curvature, nan_curvature_grad, nan_curvature_hvp),
        10_000,
    );
    assert_eq!(
        Classifier::new()
            .try_classify(&nan_h, &[0.0, 0.0])
            .unwrap_err(),
        SaddleError::NonFiniteDerivative
    );
    panics_with("classify NaN HVP", &["NaN or infinite"], || {
        classify(&nan_h, &[0.0, 0.0])
    });
}

#[test]
fn saddle_absurd_solver_options() {
    panics_with("tol 0", &["`tol` must be positive"], || {
        EigenSolver::new().tol(0.0)
    });
    panics_with("tol NaN", &["`tol` must be positive"], || {
        EigenSolver::new().tol(f64::NAN)
    });
    panics_with("tol inf", &["`tol` must be positive"], || {
        EigenSolver::new().tol(f64::INFINITY)
    });
    panics_with("max_basis 0", &["`max_basis` must be at least 1"], || {
        EigenSolver::new().max_basis(0)
    });
    panics_with("max_iter 0", &["`max_iter` must be at least 1"], || {
        EigenSolver::new().max_iter(0)
    });
    panics_with("grad_tol < 0", &["`grad_tol` must be nonnegative"], || {
        Classifier::new().grad_tol(-1.0)
    });
    panics_with("grad_tol NaN", &["`grad_tol` must be nonnegative"], || {
        Classifier::new().grad_tol(f64::NAN)
    });
    panics_with(
        "eigenvalue_tol",
        &["`eigenvalue_tol` must be nonnegative"],
        || Classifier::new().eigenvalue_tol(-1e-3),
    );
    panics_with(
        "index_probe",
        &["`index_probe` needs 1 <= first <= max"],
        || Classifier::new().index_probe(3, 2),
    );
    // extreme but valid budgets on a 200-dimensional Lanczos problem still end, and
    // the answer is right when the budget allows (Hessian of the double well at 0 is -4 I,
    // at ±1 it is 8 I)
    let n = 200;
    let obj = Budget::new(well(n), 200_000);
    let x: Vec<f64> = (0..n)
        .map(|i| if i % 2 == 0 { 1.0 } else { -1.0 })
        .collect();
    for solver in [
        EigenSolver::new().max_iter(1),
        EigenSolver::new().max_basis(1),
        EigenSolver::new().max_basis(2).max_iter(3),
        EigenSolver::new().tol(1e-300).max_iter(50),
        EigenSolver::new().dense_threshold(0),
        EigenSolver::new().dense_threshold(usize::MAX).max_iter(1),
    ] {
        if let Ok(pairs) = solver.try_solve(&obj, &x, 2, Which::Smallest) {
            assert!(pairs.len() <= 2);
            for p in &pairs {
                assert!(
                    p.value.is_finite() && p.vector.len() == n,
                    "{solver:?}: {p:?}"
                );
            }
        }
    }
    let c = Classifier::new()
        .solver(EigenSolver::new().max_iter(2))
        .try_classify(&obj, &x);
    if let Ok(c) = c {
        assert_eq!(c.grad_norm, 0.0);
    }
    // -4 I: the index is a documented lower bound past the probe limit (64 by
    // default), exact when the probe may reach n
    let c = Classifier::new().classify(&obj, &vec![0.0; n]);
    assert_eq!(c.kind, PointKind::Maximum);
    assert!(
        c.index >= 64 && c.index <= n && (!c.index_exact || c.index == n),
        "{c:?}"
    );
    let c = Classifier::new()
        .index_probe(2, 256)
        .classify(&obj, &vec![0.0; n]);
    assert_eq!(
        (c.kind, c.index, c.index_exact),
        (PointKind::Maximum, n, true)
    );
    assert!((c.min_eigenvalue + 4.0).abs() < 1e-8 && (c.max_eigenvalue + 4.0).abs() < 1e-8);
}

// ---------------------------------------------------------------- Ridge Rider

#[test]
fn ridge_rider_rejects_bad_options_with_messages() {
    let obj = well(2);
    let rr = || RidgeRider::new(&obj);
    panics_with("step_size 0", &["`step_size` must be positive"], || {
        rr().step_size(0.0)
    });
    panics_with("step_size NaN", &["`step_size`"], || {
        rr().step_size(f64::NAN)
    });
    panics_with("step_size < 0", &["`step_size`"], || rr().step_size(-0.1));
    panics_with("max_leaves 0", &["`max_leaves` must be at least 1"], || {
        rr().max_leaves(0)
    });
    panics_with("max_rides 0", &["`max_rides`"], || rr().max_rides(0));
    panics_with("max_ridges 0", &["`max_ridges`"], || rr().max_ridges(0));
    panics_with("max_steps 0", &["`max_steps`"], || rr().max_steps(0));
    panics_with("max_distance 0", &["`max_distance`"], || {
        rr().max_distance(0.0)
    });
    panics_with("dedup_tolerance", &["`dedup_tolerance`"], || {
        rr().dedup_tolerance(-1.0)
    });
    panics_with("curvature_tolerance", &["`curvature_tolerance`"], || {
        rr().curvature_tolerance(f64::NAN)
    });
    panics_with("gradient_tolerance", &["`gradient_tolerance`"], || {
        rr().gradient_tolerance(0.0)
    });
    panics_with(
        "max_polish_iterations",
        &["`max_polish_iterations`"],
        || rr().max_polish_iterations(0),
    );
    panics_with("approximate 1", &["approximate"], || rr().approximate(1));
}

#[test]
fn ridge_rider_start_point_of_the_wrong_length() {
    let obj = well(2);
    panics_with(
        "x0 too long",
        &["RidgeRider", "3 coordinates", "objective 2"],
        || RidgeRider::new(&obj).run(&[0.0, 0.0, 0.0]),
    );
    panics_with(
        "x0 empty",
        &["RidgeRider", "0 coordinates", "objective 2"],
        || RidgeRider::new(&obj).run(&[]),
    );
}

#[test]
fn ridge_rider_absurd_but_valid_options_end() {
    // The double well in 2-D: a maximum at 0, minima at (±1, ±1).
    let obj = Budget::new(well(2), 2_000_000);
    let minima = |leaves: &[differentiable::ridge_rider::Leaf]| {
        leaves
            .iter()
            .filter(|l| l.kind == LeafKind::Minimum)
            .count()
    };
    // the default search finds the four minima
    assert_eq!(minima(&RidgeRider::new(&obj).run(&[0.0, 0.0])), 4);
    // a step far too large: rides overshoot and end, never loop
    let leaves = RidgeRider::new(&obj)
        .step_size(1e6)
        .max_steps(50)
        .run(&[0.0, 0.0]);
    assert!(!leaves.is_empty());
    // a step far too small: each ride hits its step limit
    let leaves = RidgeRider::new(&obj)
        .step_size(1e-12)
        .max_steps(20)
        .max_polish_iterations(20)
        .run(&[0.0, 0.0]);
    assert!(!leaves.is_empty() && leaves.iter().all(|l| l.value.is_finite()));
    // depth 0: the start is the only leaf
    let leaves = RidgeRider::new(&obj).max_depth(0).run(&[0.0, 0.0]);
    assert_eq!(leaves.len(), 1);
    assert_eq!(leaves[0].kind, LeafKind::DepthLimit);
    // one leaf, one ride, one ridge
    let leaves = RidgeRider::new(&obj)
        .max_leaves(1)
        .max_rides(1)
        .max_ridges(1)
        .run(&[0.0, 0.0]);
    assert!(leaves.len() <= 1);
    // a loss floor above every value: rides are declared unbounded at once
    let leaves = RidgeRider::new(&obj).loss_floor(1e300).run(&[0.0, 0.0]);
    assert!(
        leaves.iter().all(|l| l.kind != LeafKind::Minimum),
        "{leaves:?}"
    );
    // a NaN loss floor never fires; the search is the default one
    assert_eq!(
        minima(&RidgeRider::new(&obj).loss_floor(f64::NAN).run(&[0.0, 0.0])),
        4
    );
    // tolerances at the edge of representable numbers: polishing is bounded by its
    // iteration limit
    let leaves = RidgeRider::new(&obj)
        .gradient_tolerance(f64::MIN_POSITIVE)
        .curvature_tolerance(f64::MIN_POSITIVE)
        .dedup_tolerance(f64::MAX)
        .max_polish_iterations(100)
        .run(&[0.0, 0.0]);
    assert!(!leaves.is_empty());
    // find_start from far away, with a bounded budget
    let leaves = RidgeRider::new(&obj)
        .find_start(true)
        .max_steps(200)
        .run(&[40.0, -40.0]);
    assert!(leaves.iter().all(|l| l.x.iter().all(|v| v.is_finite())));
}

#[differentiable]
fn saddle_down(x: &[f64]) -> f64 {
    // x² - y²: unbounded below along y; the ride must stop at the distance limit
    x[0] * x[0] - x[1] * x[1]
}

#[test]
fn ridge_rider_on_an_unbounded_objective_ends_unbounded() {
    let obj = Budget::new(
        FnObjective::new(2, saddle_down, saddle_down_grad, saddle_down_hvp),
        1_000_000,
    );
    let leaves = RidgeRider::new(&obj)
        .step_size(0.5)
        .max_distance(10.0)
        .run(&[0.0, 0.0]);
    assert!(!leaves.is_empty());
    assert!(
        leaves.iter().all(|l| l.kind == LeafKind::Unbounded),
        "{leaves:?}"
    );
    // with an astronomically large distance limit the step limit ends it
    let leaves = RidgeRider::new(&obj)
        .step_size(1.0)
        .max_distance(f64::MAX)
        .max_steps(100)
        .run(&[0.0, 0.0]);
    assert!(leaves
        .iter()
        .all(|l| matches!(l.kind, LeafKind::Unbounded | LeafKind::StepLimit)));
}

/// Either a panic whose message names Ridge Rider and the problem, or leaves none of
/// which claims a minimum. Today the second (bug 43 in RELIABILITY.md asked for the first).
fn rejected_or_no_minimum(
    what: &str,
    needles: &[&str],
    run: impl FnOnce() -> Vec<differentiable::ridge_rider::Leaf>,
) {
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(leaves) => {
            assert!(!leaves.is_empty(), "{what}: no leaf at all");
            assert!(
                leaves.iter().all(|l| l.kind != LeafKind::Minimum),
                "{what}: a minimum claimed: {leaves:?}"
            );
        }
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .unwrap_or_default();
            for n in needles {
                assert!(
                    msg.contains(n),
                    "{what}: panic {msg:?} does not mention {n:?}"
                );
            }
        }
    }
}

#[test]
fn ridge_rider_nan_start_and_zero_dimension_end_without_a_minimum() {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let obj = Budget::new(well(2), 100_000);
        rejected_or_no_minimum("non-finite start", &["RidgeRider"], || {
            RidgeRider::new(&obj).run(&[bad, 0.0])
        });
        rejected_or_no_minimum("non-finite start, find_start", &["RidgeRider"], || {
            RidgeRider::new(&obj).find_start(true).run(&[0.0, bad])
        });
    }
    let empty = Budget::new(well(0), 100_000);
    rejected_or_no_minimum("dimension 0", &["RidgeRider", "dimension 0"], || {
        RidgeRider::new(&empty).run(&[])
    });
    // an objective that is NaN everywhere
    let nan = Budget::new(
        FnObjective::new(
            2,
            |_: &[f64]| f64::NAN,
            |_: &[f64], g: &mut [f64]| {
                g.fill(f64::NAN);
                f64::NAN
            },
            |_: &[f64], _: &[f64], h: &mut [f64]| {
                h.fill(f64::NAN);
                f64::NAN
            },
        ),
        100_000,
    );
    rejected_or_no_minimum("NaN objective", &[], || {
        RidgeRider::new(&nan).run(&[0.0, 0.0])
    });
}
