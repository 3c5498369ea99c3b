//! Expansion snapshots: what the macro generates for a few representative functions,
//! formatted by `rustfmt` and kept in `tests/expand/*.expanded.rs`, so that a change
//! to the generated code shows up in review as a readable diff. Run with
//! `UPDATE_EXPAND=1` to rewrite the files after an intended change.

use proc_macro2::TokenStream;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const CASES: &[(&str, &str)] = &[
    (
        "tuple_output",
        "fn polar(r: f64, t: f64) -> (f64, f64) {
            (r * t.cos(), r * t.sin())
        }",
    ),
    (
        "tuple_call",
        "fn radius2(r: f64, t: f64) -> f64 {
            let (a, b) = polar(r, t);
            a * a + b * b
        }",
    ),
    (
        "rosenbrock",
        "fn rosenbrock(x: f64, y: f64) -> f64 {
            let a = 1.0 - x;
            let b = y - x * x;
            a * a + 100.0 * b * b
        }",
    ),
    (
        "sum_of_squares",
        "fn sum_of_squares(x: &[f64]) -> f64 {
            let mut s = 0.0;
            for i in 0..x.len() {
                s += x[i] * x[i];
            }
            s
        }",
    ),
    (
        "running_product_with_break",
        "fn running_product(x: &[f64], limit: f64) -> f64 {
            let mut p = 1.0;
            for v in x.iter() {
                p *= 1.0 + v.tanh();
                if p > limit {
                    break;
                }
            }
            p.ln()
        }",
    ),
    (
        "iterator_chain",
        "fn sum_of_squares(x: &[f64]) -> f64 {
            x.iter().map(|v| v * v).sum::<f64>()
        }",
    ),
    (
        "match_and_draw",
        "fn noisy(x: f64, k: usize, rng: &mut Rng) -> f64 {
            let mut s = x;
            for i in 0..k {
                let w = match i % 3 {
                    0 => 0.5,
                    1 => continue,
                    _ => rng.uniform(),
                };
                s = s * (x + w);
            }
            s
        }",
    ),
    (
        "hidden_buffer_and_output",
        "fn layer(w: &[f64], x: &[f64; 2], out: &mut [f64; 2]) {
            let mut h = [0.0; 3];
            for j in 0..3 {
                h[j] = (w[2 * j] * x[0] + w[2 * j + 1] * x[1]).tanh();
            }
            out[0] = h[0] * h[1];
            out[1] = h[2];
        }",
    ),
    (
        "nested_gradient_into_out",
        "fn energy_gradient(x: &[f64; 3], out: &mut [f64; 3]) {
            let _ = energy_grad(x, out);
        }",
    ),
    (
        "method_call_with_constant",
        "fn energy(&self, x: f64) -> f64 {
            self.scaled(x, 0.5) * x
        }",
    ),
    (
        "log_sum_exp",
        "fn lse(x: &[f64]) -> f64 {
            let mut mx = x[0];
            for i in 1..x.len() {
                mx = mx.max(x[i]);
            }
            let mut s = 0.0;
            for i in 0..x.len() {
                s += (x[i] - mx).exp();
            }
            s.ln() + mx
        }",
    ),
    (
        "literal_nest",
        "fn nest(x: &[f64; 3]) -> f64 {
            let mut s = 0.0;
            for i in 0..3 {
                let mut p = 1.0;
                for j in 0..3 {
                    p *= (x[j] * x[i]).sin();
                }
                s = s * x[i] + p;
            }
            s
        }",
    ),
    (
        "vec_buffer",
        "fn layer(x: &[f64], m: usize) -> f64 {
            let mut h = vec![0.0; m];
            for j in 0..m {
                h[j] += x[j % x.len()] * x[0];
                h[j] = h[j].tanh();
            }
            let mut s = 0.0;
            for j in 0..h.len() {
                s += h[j] * h[j];
            }
            s
        }",
    ),
];

/// Cases with attribute arguments: `(name, arguments, function)`.
const CASES_WITH_ARGS: &[(&str, &str, &str)] = &[
    (
        "slice_call_in_loop",
        "wrt(x)",
        "fn chain(x: &[f64], k: usize) -> f64 {
            let mut s = 0.0;
            for i in 0..k {
                if x[i] > 0.0 {
                    s = s * x[i] + weigh(x, i, s);
                }
            }
            s
        }",
    ),
    (
        "slice_recursion",
        "wrt(x)",
        "fn chain(x: &[f64], k: usize) -> f64 {
            if k == 0 {
                return x[0];
            }
            x[k] * chain(x, k - 1)
        }",
    ),
    (
        "outside_wrt_callee",
        "wrt(y)",
        "fn add(x: f64, y: f64) -> f64 {
            x + y
        }",
    ),
    (
        "mlp_hidden_loop",
        "wrt(w)",
        "fn mlp_loss(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
            let mut loss = 0.0;
            for b in 0..B {
                let mut out = w[OFF_B2];
                for h in 0..H {
                    let mut z = w[OFF_B1 + h];
                    for k in 0..D {
                        z += w[h * D + k] * xs[b * D + k];
                    }
                    out += w[OFF_W2 + h] * z.tanh();
                }
                let r = out - ys[b];
                loss += r * r;
            }
            loss / B as f64
        }",
    ),
    (
        "nested_gradient_outside_wrt",
        "no_hvp",
        "fn confusion(x: f64) -> f64 {
            let (_, d) = add_grad(x, 1.0);
            x * d
        }",
    ),
    (
        "checkpointed_while",
        "wrt(x0), checkpoint = 4",
        "fn settle(x0: f64, t_end: f64) -> f64 {
            let mut x = x0;
            let mut t = 0.0;
            while t < t_end {
                x = x * x.cos();
                t += 0.1;
                if x.abs() < 1e-3 {
                    break;
                }
            }
            x
        }",
    ),
];

fn rustfmt(code: &str) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt (part of the toolchain) runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(code.as_bytes())
        .expect("write to rustfmt");
    let out = child.wait_with_output().expect("rustfmt finishes");
    assert!(out.status.success(), "rustfmt failed on:\n{code}");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn expansions_match_the_snapshots() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let update = std::env::var_os("UPDATE_EXPAND").is_some();
    let mut stale = Vec::new();
    let cases = CASES.iter().map(|(name, src)| (name, "", src)).chain(
        CASES_WITH_ARGS
            .iter()
            .map(|(name, args, src)| (name, *args, src)),
    );
    for (name, args, src) in cases {
        let input: TokenStream = src.parse().expect("a valid function");
        let args: TokenStream = args.parse().expect("valid attribute arguments");
        let out = crate::entry::expand(args, input);
        assert!(
            !out.to_string().contains("compile_error"),
            "{name}: the macro rejected a snapshot case:\n{out}"
        );
        let text = format!(
            "// Expansion of `#[differentiable]` on the function at the top; rewritten by\n// `UPDATE_EXPAND=1 cargo test -p autodiff-macros`.\n\n{}",
            rustfmt(&out.to_string())
        );
        let path = dir.join(format!("{name}.expanded.rs"));
        if update {
            std::fs::write(&path, &text).expect("write snapshot");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "generated code changed; review and run with UPDATE_EXPAND=1: {stale:?}"
    );
}
