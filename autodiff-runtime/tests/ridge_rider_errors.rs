//! Ridge Rider's input errors: `try_run` and `try_explore` report them, `run` and
//! `explore` panic with the same message, and a valid start gives the same search
//! either way.

use std::panic::{catch_unwind, AssertUnwindSafe};

use autodiff_runtime::ridge_rider::{RidgeRider, RidgeRiderError};

#[path = "common/double_well.rs"]
mod double_well;
use double_well::DoubleWell;

fn panic_message(f: impl FnOnce()) -> String {
    let p = catch_unwind(AssertUnwindSafe(f)).expect_err("expected a panic");
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_string()))
        .unwrap_or_default()
}

#[test]
fn wrong_start_length_is_an_error() {
    let obj = DoubleWell(2);
    let rr = RidgeRider::new(&obj);
    for x0 in [&[0.0, 0.0, 0.0][..], &[], &[0.0]] {
        let want = RidgeRiderError::StartLength {
            expected: 2,
            found: x0.len(),
        };
        assert_eq!(rr.try_run(x0), Err(want));
        assert_eq!(rr.try_explore(x0, |_| {}).unwrap_err(), want);
    }
}

#[test]
fn zero_dimension_is_an_error() {
    let obj = DoubleWell(0);
    assert_eq!(
        RidgeRider::new(&obj).try_run(&[]),
        Err(RidgeRiderError::ZeroDimension)
    );
}

#[test]
fn non_finite_start_is_an_error_with_or_without_find_start() {
    let obj = DoubleWell(2);
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        for find_start in [false, true] {
            let rr = RidgeRider::new(&obj).find_start(find_start);
            assert_eq!(
                rr.try_run(&[0.0, bad]),
                Err(RidgeRiderError::NonFiniteStart)
            );
        }
    }
}

#[test]
fn the_observer_sees_nothing_when_the_search_cannot_start() {
    let obj = DoubleWell(2);
    let mut events = 0;
    let r = RidgeRider::new(&obj).try_explore(&[f64::NAN, 0.0], |_| events += 1);
    assert_eq!(r.unwrap_err(), RidgeRiderError::NonFiniteStart);
    assert_eq!(events, 0);
}

#[test]
fn run_and_explore_panic_with_the_error_message() {
    let obj = DoubleWell(2);
    let rr = RidgeRider::new(&obj);
    let err = rr.try_run(&[1.0]).unwrap_err();
    assert_eq!(panic_message(|| drop(rr.run(&[1.0]))), err.to_string());
    assert_eq!(
        err.to_string(),
        "RidgeRider: the start point has 1 coordinates, the objective 2"
    );
    let err = rr.try_run(&[f64::NAN, 0.0]).unwrap_err();
    assert_eq!(
        panic_message(|| drop(rr.explore(&[f64::NAN, 0.0], |_| {}))),
        err.to_string()
    );
    let empty = DoubleWell(0);
    assert_eq!(
        panic_message(|| drop(RidgeRider::new(&empty).run(&[]))),
        "RidgeRider: the objective has dimension 0"
    );
}

#[test]
fn the_error_is_a_std_error() {
    let e: Box<dyn std::error::Error> = Box::new(RidgeRiderError::ZeroDimension);
    assert!(e.to_string().contains("dimension 0"));
}

#[test]
fn a_valid_start_gives_the_same_leaves_as_run() {
    let obj = DoubleWell(2);
    let rr = RidgeRider::new(&obj).max_depth(4);
    assert_eq!(rr.try_run(&[0.0, 0.0]).unwrap(), rr.run(&[0.0, 0.0]));
    assert_eq!(rr.try_run(&[0.0, 0.0]).unwrap().len(), 4);
}
