//! The GradBench protocol: one JSON message per line in, one JSON response per line
//! out, and the helpers every eval shares (reading inputs, timing repeated runs).

use serde_json::{json, Map, Value};
use std::time::Instant;

/// An error answered to the eval as `"success": false` with this text.
pub type EvalError = String;

/// What an eval's function produced: its output and one timing (ns) per run.
pub struct Evaluated {
    /// The function's output, already in the eval's JSON format.
    pub output: Value,
    /// Nanoseconds of each run of the function alone.
    pub timings: Vec<u64>,
}

/// How often a function runs: at least `min_runs` times and until the runs together
/// took `min_seconds` (the rule of GradBench's C++ tools).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Runs {
    /// Minimum number of runs (at least 1).
    pub min_runs: usize,
    /// Minimum total time of the runs, in seconds.
    pub min_seconds: f64,
}

impl Runs {
    /// Reads `min_runs` and `min_seconds` from an input (1 run and 0 s when absent).
    pub fn of(input: &Value) -> Runs {
        let min_runs = input
            .get("min_runs")
            .and_then(Value::as_u64)
            .map_or(1, |r| r.max(1) as usize);
        let min_seconds = input
            .get("min_seconds")
            .and_then(Value::as_f64)
            .unwrap_or(0.0);
        Runs {
            min_runs,
            min_seconds,
        }
    }

    /// One run, for tests.
    pub const ONCE: Runs = Runs {
        min_runs: 1,
        min_seconds: 0.0,
    };

    /// Runs `f` as often as asked, timing each run; returns the last result.
    pub fn measure<T>(self, mut f: impl FnMut() -> T) -> (T, Vec<u64>) {
        let mut timings = Vec::with_capacity(self.min_runs);
        let mut total = 0.0;
        let mut last = None;
        while timings.len() < self.min_runs || total < self.min_seconds {
            let start = Instant::now();
            let value = std::hint::black_box(f());
            let ns = start.elapsed().as_nanos() as u64;
            timings.push(ns);
            total += ns as f64 * 1e-9;
            last = Some(value);
        }
        (last.expect("at least one run"), timings)
    }
}

/// The field `key` of an object, or an error naming it.
pub fn field<'a>(input: &'a Value, key: &str) -> Result<&'a Value, EvalError> {
    input
        .get(key)
        .ok_or_else(|| format!("missing field `{key}`"))
}

/// A number.
pub fn f64_of(v: &Value, what: &str) -> Result<f64, EvalError> {
    v.as_f64()
        .ok_or_else(|| format!("`{what}` is not a number"))
}

/// A non-negative integer.
pub fn usize_of(v: &Value, what: &str) -> Result<usize, EvalError> {
    v.as_u64()
        .map(|u| u as usize)
        .ok_or_else(|| format!("`{what}` is not a non-negative integer"))
}

/// A list of numbers.
pub fn vec_of(v: &Value, what: &str) -> Result<Vec<f64>, EvalError> {
    v.as_array()
        .ok_or_else(|| format!("`{what}` is not a list"))?
        .iter()
        .map(|e| f64_of(e, what))
        .collect()
}

/// A list of non-negative integers.
pub fn usizes_of(v: &Value, what: &str) -> Result<Vec<usize>, EvalError> {
    v.as_array()
        .ok_or_else(|| format!("`{what}` is not a list"))?
        .iter()
        .map(|e| usize_of(e, what))
        .collect()
}

/// A list of lists of numbers, flattened row after row; also returns the row length
/// (0 for no rows). Rows of different lengths are an error.
pub fn matrix_of(v: &Value, what: &str) -> Result<(Vec<f64>, usize), EvalError> {
    let rows = v
        .as_array()
        .ok_or_else(|| format!("`{what}` is not a list"))?;
    let mut flat = Vec::new();
    let mut width = None;
    for row in rows {
        let r = vec_of(row, what)?;
        if *width.get_or_insert(r.len()) != r.len() {
            return Err(format!("`{what}` has rows of different lengths"));
        }
        flat.extend(r);
    }
    Ok((flat, width.unwrap_or(0)))
}

/// `flat` as a JSON list of `rows` lists of equal length.
pub fn rows_json(flat: &[f64], rows: usize) -> Value {
    let width = flat.len().checked_div(rows).unwrap_or(0);
    Value::Array(
        (0..rows)
            .map(|r| json!(flat[r * width..(r + 1) * width]))
            .collect(),
    )
}

/// The response to one message, by its `kind`.
pub fn respond(
    message: &Value,
    dispatch: impl Fn(&str, &str, &Value) -> Result<Evaluated, EvalError>,
) -> Value {
    let id = message.get("id").cloned().unwrap_or(Value::Null);
    let mut response = Map::new();
    response.insert("id".into(), id);
    match message.get("kind").and_then(Value::as_str) {
        Some("start") => {
            response.insert("tool".into(), json!("differentiable"));
        }
        Some("define") => {
            let module = message.get("module").and_then(Value::as_str).unwrap_or("");
            match crate::evals::defined(module) {
                Ok(()) => {
                    response.insert("success".into(), json!(true));
                }
                Err(e) => {
                    response.insert("success".into(), json!(false));
                    response.insert("error".into(), json!(e));
                }
            }
        }
        Some("evaluate") => {
            let module = message.get("module").and_then(Value::as_str).unwrap_or("");
            let function = message
                .get("function")
                .and_then(Value::as_str)
                .unwrap_or("");
            let input = message.get("input").unwrap_or(&Value::Null);
            match dispatch(module, function, input) {
                Ok(Evaluated { output, timings }) => {
                    response.insert("success".into(), json!(true));
                    response.insert("output".into(), output);
                    let t: Vec<Value> = timings
                        .iter()
                        .map(|ns| json!({"name": "evaluate", "nanoseconds": ns}))
                        .collect();
                    response.insert("timings".into(), Value::Array(t));
                }
                Err(e) => {
                    response.insert("success".into(), json!(false));
                    response.insert("error".into(), json!(e));
                }
            }
        }
        _ => {}
    }
    Value::Object(response)
}
