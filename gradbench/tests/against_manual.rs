//! Every implemented eval, on small inputs, against the outputs of GradBench's
//! hand-written C++ tool `manual` recorded in `tests/data/` (its analytic derivatives
//! are the oracle). The comparison is the eval's own (ADBench's normalised
//! difference `|a - b| / max(1, |a| + |b|)`), at a tolerance of 1e-9 instead of the
//! eval's 1e-4.

use differentiable_gradbench::{evals, protocol};
use serde_json::{json, Value};

const TOLERANCE: f64 = 1e-9;

/// Mismatches between `expected` and `actual`, by path.
fn compare(expected: &Value, actual: &Value, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (e.as_f64().unwrap(), a.as_f64().unwrap());
            let diff = (e - a).abs() / (e.abs() + a.abs()).max(1.0);
            if diff.is_nan() || diff > TOLERANCE {
                out.push(format!("{path}: expected {e}, got {a}"));
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                out.push(format!(
                    "{path}: expected {} elements, got {}",
                    e.len(),
                    a.len()
                ));
                return;
            }
            for (i, (e, a)) in e.iter().zip(a).enumerate() {
                compare(e, a, &format!("{path}[{i}]"), out);
            }
        }
        (Value::Object(e), Value::Object(a)) => {
            for key in e.keys().chain(a.keys()) {
                match (e.get(key), a.get(key)) {
                    (Some(e), Some(a)) => compare(e, a, &format!("{path}.{key}"), out),
                    _ => out.push(format!("{path}.{key}: present on one side only")),
                }
            }
        }
        (e, a) => {
            if e != a {
                out.push(format!("{path}: expected {e}, got {a}"));
            }
        }
    }
}

/// Runs every recorded function of `module` on the recorded input of `file`.
fn check(module: &str, file: &str) {
    let path = format!("{}/tests/data/{file}.json", env!("CARGO_MANIFEST_DIR"));
    let record: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let input = &record["input"];
    let outputs = record["outputs"].as_object().unwrap();
    assert!(!outputs.is_empty());
    for (function, expected) in outputs {
        let got = evals::evaluate(module, function, input)
            .unwrap_or_else(|e| panic!("{module}/{function} failed: {e}"));
        assert_eq!(got.timings.len(), 1, "one run when min_runs is absent");
        let mut mismatches = Vec::new();
        compare(expected, &got.output, "", &mut mismatches);
        assert!(
            mismatches.is_empty(),
            "{file} {function}: {} mismatches, first: {:?}",
            mismatches.len(),
            &mismatches[..mismatches.len().min(5)]
        );
    }
}

#[test]
fn lse_matches_manual() {
    check("lse", "lse");
}

#[test]
fn llsq_matches_manual() {
    check("llsq", "llsq");
}

#[test]
fn det_matches_manual() {
    check("det", "det");
}

#[test]
fn kmeans_matches_manual() {
    check("kmeans", "kmeans");
}

#[test]
fn gmm_matches_manual() {
    check("gmm", "gmm");
}

#[test]
fn ode_matches_manual() {
    check("ode", "ode");
}

#[test]
fn lstm_matches_manual() {
    check("lstm", "lstm");
}

#[test]
fn ba_matches_manual() {
    check("ba", "ba");
}

#[test]
fn ht_complicated_matches_manual() {
    check("ht", "ht_complicated");
}

#[test]
fn ht_simple_matches_manual() {
    check("ht", "ht_simple");
}

#[test]
fn hello_squares_and_doubles() {
    let sq = evals::evaluate("hello", "square", &json!(3.0)).unwrap();
    assert_eq!(sq.output, json!(9.0));
    let d = evals::evaluate("hello", "double", &json!(9.0)).unwrap();
    assert_eq!(d.output, json!(18.0));
}

#[test]
fn protocol_answers_each_kind() {
    let eval = |m: Value| protocol::respond(&m, evals::evaluate);
    assert_eq!(
        eval(json!({"id": 0, "kind": "start", "eval": "lse"}))["id"],
        json!(0)
    );
    assert_eq!(
        eval(json!({"id": 1, "kind": "define", "module": "gmm"}))["success"],
        json!(true)
    );
    for nested in ["saddle", "particle"] {
        let r = eval(json!({"id": 2, "kind": "define", "module": nested}));
        assert_eq!(r["success"], json!(true), "{nested}: {r}");
    }
    let r = eval(json!({"id": 2, "kind": "define", "module": "nope"}));
    assert_eq!(r["success"], json!(false));
    assert!(r["error"].as_str().unwrap().contains("unknown module"));
    let r = eval(
        json!({"id": 3, "kind": "evaluate", "module": "lse", "function": "primal",
        "input": {"x": [0.0, 0.0], "min_runs": 3, "min_seconds": 0.0}}),
    );
    assert!((r["output"].as_f64().unwrap() - 2f64.ln()).abs() < 1e-15);
    assert_eq!(r["timings"].as_array().unwrap().len(), 3);
    assert_eq!(r["timings"][0]["name"], json!("evaluate"));
    let r = eval(
        json!({"id": 4, "kind": "evaluate", "module": "lse", "function": "nope", "input": {"x": [1.0]}}),
    );
    assert_eq!(r["success"], json!(false));
    assert_eq!(
        eval(json!({"id": 5, "kind": "analysis", "of": 3, "valid": true})),
        json!({"id": 5})
    );
}

fn recorded_input(file: &str) -> Value {
    let path = format!("{}/tests/data/{file}.json", env!("CARGO_MANIFEST_DIR"));
    let record: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    record["input"].clone()
}

fn assert_close(a: &[f64], b: &[f64]) {
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        assert!((x - y).abs() <= 1e-12 * (1.0 + x.abs()), "{x} != {y}");
    }
}

/// The tests run with the `rayon` feature, so `evaluate` above takes the parallel
/// paths; the sequential ones (the default build) must give the same numbers.
#[test]
fn sequential_paths_match_parallel() {
    use evals::{ba, gmm, ht};

    let g = gmm::Input::parse(&recorded_input("gmm")).unwrap();
    assert!((g.objective() - g.objective_parallel()).abs() <= 1e-12 * g.objective().abs());
    let (mut seq, mut par) = (gmm::Gradient::zeros(&g), gmm::Gradient::zeros(&g));
    g.gradient(&mut seq);
    g.gradient_parallel(&mut par);
    for (a, b) in [
        (&seq.alpha, &par.alpha),
        (&seq.mu, &par.mu),
        (&seq.q, &par.q),
        (&seq.l, &par.l),
    ] {
        assert_close(a, b);
    }

    let b = ba::Problem::parse(&recorded_input("ba")).unwrap();
    let (mut r1, mut w1, mut r2, mut w2) = (
        vec![0.0; 2 * b.p],
        vec![0.0; b.p],
        vec![0.0; 2 * b.p],
        vec![0.0; b.p],
    );
    b.objective(&mut r1, &mut w1);
    b.objective_parallel(&mut r2, &mut w2);
    assert_eq!((r1, w1), (r2, w2));
    let (mut j1, mut j2) = (ba::Sparse::default(), ba::Sparse::default());
    b.jacobian(&mut j1);
    b.jacobian_parallel(&mut j2);
    assert_eq!(
        (&j1.rows, &j1.cols, &j1.vals),
        (&j2.rows, &j2.cols, &j2.vals)
    );
    assert_eq!(j1.rows.len(), 3 * b.p + 1);

    for file in ["ht_complicated", "ht_simple"] {
        let h = ht::Input::parse(&recorded_input(file)).unwrap();
        let size = h.points.len() * h.columns();
        let (mut seq, mut par) = (vec![0.0; size], vec![0.0; size]);
        h.jacobian(&mut seq, &mut ht::Scratch::new(&h));
        h.jacobian_parallel(&mut par);
        assert_eq!(seq, par);
    }
}
