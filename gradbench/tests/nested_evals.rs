//! The nested-derivative evals `saddle` and `particle`, each of the four variants (outer
//! and inner derivative forward or reverse) through the protocol on the eval's input,
//! against the values GradBench's eval expects (fixed in its eval code); and the outer
//! derivatives the descents use against central finite differences.

use differentiable_gradbench::evals::{self, descent::Mode, particle, saddle};
use serde_json::{json, Value};

/// GradBench's expected output of `saddle` from the start (1, 1), every variant.
const SADDLE_EXPECTED: [f64; 4] = [8.246324826140356e-06; 4];
/// GradBench's expected output of `particle` from w = 0, every variant.
const PARTICLE_EXPECTED: f64 = 0.2071918746486116;

const VARIANTS: [(&str, Mode, Mode); 4] = [
    ("ff", Mode::Forward, Mode::Forward),
    ("fr", Mode::Forward, Mode::Reverse),
    ("rf", Mode::Reverse, Mode::Forward),
    ("rr", Mode::Reverse, Mode::Reverse),
];

/// The output of `module`'s `function` on `input`, through the tool's dispatch.
fn evaluate(module: &str, function: &str, input: Value) -> Value {
    let got = evals::evaluate(module, function, &input)
        .unwrap_or_else(|e| panic!("{module}/{function} failed: {e}"));
    assert_eq!(got.timings.len(), 2, "min_runs is 2");
    got.output
}

#[test]
fn saddle_gives_gradbench_results_in_every_variant() {
    for (function, _, _) in VARIANTS {
        let out = evaluate(
            "saddle",
            function,
            json!({"start": [1.0, 1.0], "min_runs": 2, "min_seconds": 0.0}),
        );
        let out: Vec<f64> = serde_json::from_value(out).unwrap();
        assert_eq!(out.len(), 4);
        for (g, w) in out.iter().zip(SADDLE_EXPECTED) {
            // the eval accepts 1e-4; the descent is GradBench's, step for step
            assert!((g - w).abs() <= 1e-12, "saddle {function}: got {out:?}");
        }
    }
}

#[test]
fn particle_gives_gradbench_result_in_every_variant() {
    for (function, _, _) in VARIANTS {
        let out = evaluate(
            "particle",
            function,
            json!({"w": 0.0, "min_runs": 2, "min_seconds": 0.0}),
        );
        let w = out.as_f64().unwrap();
        assert!(
            (w - PARTICLE_EXPECTED).abs() <= 1e-12,
            "particle {function}: got {w}, want {PARTICLE_EXPECTED}"
        );
    }
}

#[test]
fn unknown_variants_and_bad_inputs_are_errors() {
    assert!(evals::evaluate("saddle", "fx", &json!({"start": [1.0, 1.0]})).is_err());
    assert!(evals::evaluate("saddle", "rr", &json!({"start": [1.0]})).is_err());
    assert!(evals::evaluate("particle", "r", &json!({"w": 0.0})).is_err());
    assert!(evals::evaluate("particle", "rr", &json!({"w": "0"})).is_err());
}

fn close(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol * (1.0 + want.abs()),
        "{what}: got {got}, want {want}"
    );
}

#[test]
fn saddle_outer_gradient_matches_finite_differences() {
    let s = [1.0, 1.0];
    for p in [[1.0, 1.0], [0.4, -0.7], [-1.3, 0.2]] {
        let h = 1e-6;
        for inner in [Mode::Forward, Mode::Reverse] {
            let f = |a: f64, b: f64| saddle::max_over_q(&[a, b], s, inner);
            let want = [
                (f(p[0] + h, p[1]) - f(p[0] - h, p[1])) / (2.0 * h),
                (f(p[0], p[1] + h) - f(p[0], p[1] - h)) / (2.0 * h),
            ];
            for (name, outer, _) in VARIANTS.iter().filter(|v| v.2 == inner) {
                let got = saddle::outer_gradient(&p, s, *outer, inner);
                close(&format!("{name} d/dp1 at {p:?}"), got[0], want[0], 1e-6);
                close(&format!("{name} d/dp2 at {p:?}"), got[1], want[1], 1e-6);
            }
        }
        // the two inner modes follow the same descent
        close(
            "max over q",
            saddle::max_over_q(&p, s, Mode::Forward),
            saddle::max_over_q(&p, s, Mode::Reverse),
            1e-13,
        );
    }
}

#[test]
fn particle_miss_derivative_matches_finite_differences() {
    for w in [-0.3, 0.0, 0.15, PARTICLE_EXPECTED, 0.4] {
        let h = 1e-6;
        for inner in [Mode::Forward, Mode::Reverse] {
            let want = (particle::miss(w + h, inner) - particle::miss(w - h, inner)) / (2.0 * h);
            for (name, outer, _) in VARIANTS.iter().filter(|v| v.2 == inner) {
                close(
                    &format!("{name} at w = {w}"),
                    particle::miss_derivative(w, *outer, inner),
                    want,
                    1e-6,
                );
            }
        }
        close(
            "miss",
            particle::miss(w, Mode::Forward),
            particle::miss(w, Mode::Reverse),
            1e-13,
        );
    }
}
