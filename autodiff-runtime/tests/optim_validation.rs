//! Invalid hyper-parameters: every torch.optim check (plus finiteness) is reported by
//! the fallible constructors with the argument's name, and makes the matching
//! builder setter panic with a message naming it.
#![cfg(feature = "alloc")]

use std::panic::{catch_unwind, AssertUnwindSafe};

use autodiff_runtime::optim::{
    Adagrad, AdagradConfig, Adam, AdamConfig, AdamW, AdamWConfig, OptimError, RmsProp,
    RmsPropConfig, Sgd, SgdConfig,
};

fn name_of(e: Result<(), OptimError>) -> &'static str {
    match e {
        Err(OptimError::InvalidValue { name, .. }) => name,
        Err(OptimError::NesterovRequiresMomentum) => "nesterov",
        Ok(()) => "ok",
        Err(other) => panic!("unexpected {other:?}"),
    }
}

fn panic_message(f: impl FnOnce()) -> String {
    let err = catch_unwind(AssertUnwindSafe(f)).expect_err("expected a panic");
    err.downcast_ref::<String>()
        .cloned()
        .or_else(|| err.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

#[test]
fn sgd_checks() {
    let base = SgdConfig {
        lr: 0.1,
        ..SgdConfig::default()
    };
    let cases = [
        (SgdConfig { lr: -1.0, ..base }, "lr"),
        (
            SgdConfig {
                lr: f64::NAN,
                ..base
            },
            "lr",
        ),
        (
            SgdConfig {
                momentum: -0.1,
                ..base
            },
            "momentum",
        ),
        (
            SgdConfig {
                dampening: 1.5,
                ..base
            },
            "dampening",
        ),
        (
            SgdConfig {
                weight_decay: -1e-4,
                ..base
            },
            "weight_decay",
        ),
        (
            SgdConfig {
                nesterov: true,
                ..base
            },
            "nesterov",
        ),
        (
            SgdConfig {
                nesterov: true,
                momentum: 0.9,
                dampening: 0.1,
                ..base
            },
            "nesterov",
        ),
        (
            SgdConfig {
                nesterov: true,
                momentum: 0.9,
                ..base
            },
            "ok",
        ),
    ];
    for (cfg, want) in cases {
        assert_eq!(name_of(cfg.validate()), want, "{cfg:?}");
        assert_eq!(name_of(Sgd::try_new(cfg).map(|_| ())), want, "{cfg:?}");
    }
    let msg = panic_message(|| drop(Sgd::new(0.1).momentum(-0.5)));
    assert!(msg.contains("`momentum`") && msg.contains("-0.5"), "{msg}");
    let msg = panic_message(|| drop(Sgd::new(0.1).nesterov(true)));
    assert!(msg.contains("`nesterov` requires `momentum`"), "{msg}");
}

#[test]
fn adagrad_checks() {
    let base = AdagradConfig::<f64>::default();
    let cases = [
        (AdagradConfig { lr: -1.0, ..base }, "lr"),
        (
            AdagradConfig {
                lr_decay: -1.0,
                ..base
            },
            "lr_decay",
        ),
        (
            AdagradConfig {
                weight_decay: -1.0,
                ..base
            },
            "weight_decay",
        ),
        (
            AdagradConfig {
                initial_accumulator_value: -1.0,
                ..base
            },
            "initial_accumulator_value",
        ),
        (
            AdagradConfig {
                eps: -1e-10,
                ..base
            },
            "eps",
        ),
        (AdagradConfig { eps: 0.0, ..base }, "ok"),
    ];
    for (cfg, want) in cases {
        assert_eq!(name_of(Adagrad::try_new(cfg).map(|_| ())), want, "{cfg:?}");
    }
    let msg = panic_message(|| drop(Adagrad::new(0.1).initial_accumulator_value(-2.0)));
    assert!(msg.contains("`initial_accumulator_value`"), "{msg}");
}

#[test]
fn rmsprop_checks() {
    let base = RmsPropConfig::<f64>::default();
    let cases = [
        (RmsPropConfig { lr: -1.0, ..base }, "lr"),
        (
            RmsPropConfig {
                alpha: -0.1,
                ..base
            },
            "alpha",
        ),
        (RmsPropConfig { alpha: 1.0, ..base }, "ok"),
        (
            RmsPropConfig {
                eps: f64::INFINITY,
                ..base
            },
            "eps",
        ),
        (
            RmsPropConfig {
                weight_decay: -1.0,
                ..base
            },
            "weight_decay",
        ),
        (
            RmsPropConfig {
                momentum: -1.0,
                ..base
            },
            "momentum",
        ),
    ];
    for (cfg, want) in cases {
        assert_eq!(name_of(RmsProp::try_new(cfg).map(|_| ())), want, "{cfg:?}");
    }
    let msg = panic_message(|| drop(RmsProp::new(0.1).eps(-1.0)));
    assert!(msg.contains("`eps`"), "{msg}");
}

#[test]
fn adam_and_adamw_checks() {
    let cases = [
        (-1.0, (0.9, 0.999), 1e-8, 0.0, "lr"),
        (1e-3, (-0.1, 0.999), 1e-8, 0.0, "betas.0"),
        (1e-3, (1.0, 0.999), 1e-8, 0.0, "betas.0"),
        (1e-3, (0.9, 1.0), 1e-8, 0.0, "betas.1"),
        (1e-3, (0.9, f64::NAN), 1e-8, 0.0, "betas.1"),
        (1e-3, (0.0, 0.0), 1e-8, 0.0, "ok"),
        (1e-3, (0.9, 0.999), -1e-8, 0.0, "eps"),
        (1e-3, (0.9, 0.999), 1e-8, -0.01, "weight_decay"),
    ];
    for (lr, betas, eps, weight_decay, want) in cases {
        let adam = AdamConfig {
            lr,
            betas,
            eps,
            weight_decay,
            ..AdamConfig::default()
        };
        let adamw = AdamWConfig {
            lr,
            betas,
            eps,
            weight_decay,
            ..AdamWConfig::default()
        };
        assert_eq!(name_of(Adam::try_new(adam).map(|_| ())), want, "{adam:?}");
        assert_eq!(
            name_of(AdamW::try_new(adamw).map(|_| ())),
            want,
            "{adamw:?}"
        );
    }
    let msg = panic_message(|| drop(AdamW::new(0.1).betas(0.9, 1.5)));
    assert!(msg.contains("`betas.1`") && msg.contains("[0, 1)"), "{msg}");
    let msg = panic_message(|| drop(Adam::new(-0.1)));
    assert!(msg.contains("`lr`"), "{msg}");
}

#[test]
fn set_lr_rejects_negative_rates() {
    use autodiff_runtime::optim::Optimizer;
    let mut opt = Adam::new(0.1);
    let msg = panic_message(|| opt.set_lr(-1.0));
    assert!(msg.contains("`lr`"), "{msg}");
    assert_eq!(opt.lr(), 0.1);
}
