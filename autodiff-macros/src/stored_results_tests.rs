//! Which results of loops nested in a reversed iteration the forward run stores for
//! the iteration's replay (a buffer `<name>_after` per result): none that the code
//! after the loop reads only as an argument of a kept rule (see
//! `Forward::results_unread`), every one read otherwise. The derivatives of these
//! shapes are checked against central differences in `tests/nested_results.rs`; this
//! pins which buffers exist.

use proc_macro2::TokenStream;

/// The names of the stored-result buffers in the `_grad` function that `src` expands
/// to (with attribute arguments `args`), one per buffer, sorted, without their
/// numeric suffix.
fn stored_results(args: &str, src: &str) -> Vec<String> {
    stored_results_in(args, src, "_grad (")
}

/// The same in the generated function whose name ends in `suffix` (`"_hvp ("`).
fn stored_results_in(args: &str, src: &str, suffix: &str) -> Vec<String> {
    let args: TokenStream = args.parse().expect("valid attribute arguments");
    let input: TokenStream = src.parse().expect("a valid function");
    let out = crate::entry::expand(args, input).to_string();
    assert!(!out.contains("compile_error"), "rejected:\n{out}");
    // that function alone: from its `fn` to the next one
    let start = out
        .match_indices("fn ")
        .map(|(i, _)| i)
        .find(|&i| {
            let name = out[i + 3..].split(' ').next().unwrap_or_default();
            format!("{name} (").ends_with(suffix)
        })
        .expect("the generated function");
    let out = &out[start..];
    let out = &out[..out[1..].find(" fn ").map_or(out.len(), |e| e + 1)];
    let mut idents: Vec<&str> = out
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| w.starts_with("__ad_") && w.contains("_after_"))
        .collect();
    idents.sort_unstable();
    idents.dedup();
    let mut names: Vec<String> = idents
        .into_iter()
        .filter_map(|w| {
            let w = w.strip_prefix("__ad_")?;
            let at = w.rfind("_after_")?;
            Some(w[..at + "_after".len()].to_string())
        })
        .collect();
    names.sort();
    names
}

#[test]
fn results_read_only_by_kept_rules_are_not_stored() {
    let expected: [&[&str]; 11] = [
        // `z.tanh()` only
        &[],
        // `z.tanh()` and `0.5 * z * z`
        &["z_after"],
        // `z = z.tanh()`: overwritten, then read
        &["z_after"],
        // rules in both branches; `y` read by a condition
        &["y_after"],
        // a nested `break` and `continue` around the nested loop
        &[],
        // a nested `while`: its counter stays, undone by the loop's own adjoint
        &["k_after"],
        // sibling loops: the first one's result is read by the second
        &["z_after"],
        // three levels, each result read by rules only
        &[],
        // a custom rule in the inner body
        &[],
        // carried by the outer loop, read by rules in the iteration and after the loop
        &[],
        // read only by a call to a custom rule (scalar arguments: value and partial kept)
        &[],
    ];
    assert_eq!(CASES.len(), expected.len());
    for ((args, src), want) in CASES.iter().zip(expected) {
        let got = stored_results(args, src);
        assert_eq!(got, want, "in:\n{src}");
    }
}

#[test]
fn over_dual_numbers_a_call_keeps_the_result_it_reads() {
    // `_hvp` differentiates a call by its second-order pullback, which reads the
    // argument; a rule's partials are kept there as in `_grad`
    let (args, src) = CASES[CASES.len() - 1];
    assert_eq!(stored_results_in(args, src, "_hvp ("), ["z_after"]);
    assert_eq!(stored_results_in(args, src, "_vjp ("), Vec::<String>::new());
    let (args, src) = CASES[0];
    assert_eq!(stored_results_in(args, src, "_hvp ("), Vec::<String>::new());
}

/// The functions of `tests/nested_results.rs`, in order.
const CASES: &[(&str, &str)] = &[
    (
        "wrt(w)",
        "fn mlp_rule_only(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            out += w[OFF_W2 + h] * z.tanh();
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}",
    ),
    (
        "wrt(w)",
        "fn mlp_rule_and_direct(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            out += w[OFF_W2 + h] * z.tanh() + 0.5 * z * z;
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}",
    ),
    (
        "wrt(w)",
        "fn mlp_overwritten(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            z = z.tanh();
            out += w[OFF_W2 + h] * z * z;
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}",
    ),
    (
        "wrt(w)",
        "fn mlp_branches(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            if (b + h) % 2 == 0 {
                out += w[OFF_W2 + h] * z.tanh();
            } else {
                out += w[OFF_W2 + h] * z.sin().exp();
            }
            let mut y = w[OFF_W2 + h];
            for k in 0..D {
                y += w[h * D + k] * xs[b * D + k] * xs[b * D + k];
            }
            if y > 0.0 {
                out += y.exp();
            } else {
                out += y.cos();
            }
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}",
    ),
    (
        "wrt(w)",
        "fn mlp_exits(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            if xs[b * D] > 1.0 && h == 0 {
                continue;
            }
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
                if xs[b * D + k] < -0.5 {
                    break;
                }
            }
            if h == 2 && b == 1 {
                continue;
            }
            out += w[OFF_W2 + h] * z.tanh();
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}",
    ),
    (
        "",
        "fn while_inside(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut q = x[i];
        let mut k = 0;
        while k < i + 1 {
            q = q * 0.8 + x[k] * x[i];
            k += 1;
        }
        s = s * 0.5 + q.exp();
    }
    s
}",
    ),
    (
        "",
        "fn siblings(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut z = x[i];
        for j in 0..n {
            z = z * 0.9 + x[j];
        }
        let a = z.sin();
        for j in 0..i {
            z = z * 0.5 + a * x[j];
        }
        s = s + a * z.exp() + z.tanh();
    }
    s
}",
    ),
    (
        "",
        "fn three_levels(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut a = 1.0;
        for j in 0..n {
            let mut b = x[j];
            for k in 0..n {
                b = b * 0.5 + x[k] * x[i];
            }
            a += b.tanh() * b.tanh();
        }
        s = s * 0.9 + a.ln();
    }
    s
}",
    ),
    (
        "wrt(w)",
        "fn mlp_counted(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += counted_sq(w[h * D + k] * xs[b * D + k]);
            }
            out += w[OFF_W2 + h] * z.tanh();
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}",
    ),
    (
        "",
        "fn carried_outside(x: &[f64]) -> f64 {
    let n = x.len();
    let mut z = 0.5f64;
    let mut s = 0.0;
    for i in 0..n {
        let a = z.sin();
        for k in 0..n {
            z = z * 0.9 + x[k] * a * x[i];
        }
        s += z.exp();
    }
    s + z * z
}",
    ),
    (
        "wrt(w)",
        "fn mlp_custom_activation(w: &[f64], xs: &[f64]) -> f64 {
    let mut loss = 0.0;
    for b in 0..xs.len() / D {
        let mut out = w[OFF_B2];
        for h in 0..H {
            let mut z = w[OFF_B1 + h];
            for k in 0..D {
                z += w[h * D + k] * xs[b * D + k];
            }
            out += w[OFF_W2 + h] * counted_act(z);
        }
        let r = out - 0.25;
        loss += r * r;
    }
    loss / 2.0
}",
    ),
];
