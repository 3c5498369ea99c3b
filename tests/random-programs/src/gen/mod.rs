//! The generator of random `#[differentiable]` programs (used by `build.rs` through a
//! `#[path]` module and by the crate's library and command line).

pub mod ast;
pub mod checkpoint;
pub mod grammar;
pub mod program;
pub mod rng;
pub mod structs;

use program::{make_program, render_case, render_out_case, render_program, Program};
use rng::Rng;
use std::collections::{BTreeMap, BTreeSet};

/// Programs of one seed are generated in groups of this many; a program calls only earlier
/// programs of its group, so that groups can be compiled in different test targets.
pub const GROUP: usize = 64;

/// Seeds run by default (`RANDOM_SEEDS`).
pub const DEFAULT_SEEDS: &str = "1-8";

/// Programs per seed by default (`RANDOM_PROGRAMS`).
pub const DEFAULT_PROGRAMS: usize = 256;

/// Programs left out of the runs: (seed, index, the features left out when it fails,
/// comma-separated as `RANDOM_EXCLUDE` takes them, reason). Leaving features out changes
/// the programs, so an entry holds only for the features it names. Only programs the
/// macro rejects or mishandles belong here; a program that calls one of them is left out
/// too.
pub const KNOWN_FAILURES: &[(u64, usize, &str, &str)] = &[
    (
        8,
        212,
        // (the program of seed 8 before the recursive calls: with them, the programs after
        // the first one are drawn anew)
        "recursion",
        "oracle: num-dual's `tanh` is `sinh / cosh`, NaN past |x| = 710; a nested loop of two \
         `s *= 1 + 0.3 sin(..)` updates grows `s` to 7e5 (the bounds assume one loop level), \
         and the twin's condition on `s.tanh()` takes the other branch",
    ),
    (
        11,
        198,
        "",
        "oracle: a nested `p194_grad(cos(x2 - x0), cos(x0 - x2))` takes the gradient at \
         equal arguments, where `p194`'s `x1.max(x0)` has a kink: the macro's convention and \
         the twin's branch differ there",
    ),
];

/// What to generate.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The seeds.
    pub seeds: Vec<u64>,
    /// Programs per seed.
    pub count: usize,
    /// Features left out (see [`grammar::FEATURES`]).
    pub exclude: BTreeSet<String>,
    /// Only these programs get a test (their callees are still compiled): an index of
    /// every seed (`(None, 17)`), or of one seed (`(Some(3), 17)`).
    pub only: Option<BTreeSet<(Option<u64>, usize)>>,
    /// Programs left out: (seed, index).
    pub skip: BTreeSet<(u64, usize)>,
}

impl Config {
    /// The configuration from the values of `RANDOM_SEEDS`, `RANDOM_PROGRAMS`,
    /// `RANDOM_EXCLUDE`, `RANDOM_ONLY` and `RANDOM_SKIP` (each `None` when unset).
    pub fn from_vars(
        seeds: Option<&str>,
        programs: Option<&str>,
        exclude: Option<&str>,
        only: Option<&str>,
        skip: Option<&str>,
    ) -> Result<Config, String> {
        let seeds = parse_seeds(seeds.unwrap_or(DEFAULT_SEEDS))?;
        let count = match programs {
            None => DEFAULT_PROGRAMS,
            Some(p) => p
                .trim()
                .parse()
                .map_err(|_| format!("RANDOM_PROGRAMS={p:?}: expected a number"))?,
        };
        let exclude = parse_exclude(exclude.unwrap_or(""))?;
        let only = match only {
            None => None,
            Some(o) => Some(
                list(o)
                    .map(|v| {
                        let bad =
                            || format!("RANDOM_ONLY={o:?}: expected indices like 3,17 or 2:40");
                        match v.split_once(':') {
                            Some((s, i)) => Ok((
                                Some(s.trim().parse().map_err(|_| bad())?),
                                i.trim().parse().map_err(|_| bad())?,
                            )),
                            None => Ok((None, v.parse().map_err(|_| bad())?)),
                        }
                    })
                    .collect::<Result<_, String>>()?,
            ),
        };
        let excluded = exclude.iter().cloned().collect::<Vec<_>>().join(",");
        let mut skipped: BTreeSet<(u64, usize)> = KNOWN_FAILURES
            .iter()
            .filter(|k| k.2 == excluded)
            .map(|&(s, i, _, _)| (s, i))
            .collect();
        for item in list(skip.unwrap_or("")) {
            let (s, i) = item
                .split_once(':')
                .ok_or_else(|| format!("RANDOM_SKIP: {item:?} is not seed:index"))?;
            let s = s
                .trim()
                .parse()
                .map_err(|_| format!("RANDOM_SKIP: bad seed in {item:?}"))?;
            let i = i
                .trim()
                .parse()
                .map_err(|_| format!("RANDOM_SKIP: bad index in {item:?}"))?;
            skipped.insert((s, i));
        }
        Ok(Config {
            seeds,
            count,
            exclude,
            only,
            skip: skipped,
        })
    }

    /// The features left out, comma-separated (as `RANDOM_EXCLUDE` takes them).
    pub fn exclude_list(&self) -> String {
        self.exclude.iter().cloned().collect::<Vec<_>>().join(",")
    }
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split(',').map(str::trim).filter(|x| !x.is_empty())
}

/// `1-14`, `3,7,9` or `1-3,10`.
pub fn parse_seeds(s: &str) -> Result<Vec<u64>, String> {
    let bad = || format!("RANDOM_SEEDS={s:?}: expected seeds like 1-14 or 3,7,9");
    let mut out = Vec::new();
    for item in list(s) {
        match item.split_once('-') {
            Some((a, b)) => {
                let (a, b): (u64, u64) = (
                    a.trim().parse().map_err(|_| bad())?,
                    b.trim().parse().map_err(|_| bad())?,
                );
                if b < a {
                    return Err(bad());
                }
                out.extend(a..=b);
            }
            None => out.push(item.parse().map_err(|_| bad())?),
        }
    }
    Ok(out)
}

/// Feature names, comma-separated; each must be one of [`grammar::FEATURES`].
pub fn parse_exclude(s: &str) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for f in list(s) {
        if !grammar::FEATURES.iter().any(|(name, _)| *name == f) {
            let known: Vec<&str> = grammar::FEATURES.iter().map(|(n, _)| *n).collect();
            return Err(format!(
                "unknown feature {f:?} (known: {})",
                known.join(", ")
            ));
        }
        out.insert(f.to_string());
    }
    Ok(out)
}

/// The first `count` programs of `seed`.
pub fn programs(seed: u64, count: usize, exclude: &BTreeSet<String>) -> Vec<Program> {
    let mut rng = Rng::new(seed);
    let mut pool: Vec<Program> = Vec::new();
    let mut helpers = Vec::new();
    let mut recs = Vec::new();
    let mut spool: Vec<structs::Callee> = Vec::new();
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        if i % GROUP == 0 {
            pool.clear();
            helpers = grammar::wrt_helpers(seed, i / GROUP, exclude);
            recs = grammar::rec_helpers(seed, i / GROUP, exclude);
            spool.clear();
        }
        let mut p = make_program(i, &mut rng, exclude, &pool, &helpers, &recs);
        // a program no other one calls may become a struct program (drawn from a stream
        // of its own, so that the others stay the same)
        if !p.callable() && structs::drawn(seed, i, exclude) {
            p = structs::make(seed, i, exclude, &pool, &spool);
            spool.extend(structs::Callee::of(&p));
        }
        if p.callable() || grammar::slice_callable(&p) {
            pool.push(p.clone());
        }
        out.push(p);
    }
    out
}

/// The source of program `index` of `seed`: the annotated function and its twin.
pub fn program_lines(seed: u64, p: &Program) -> Vec<String> {
    let mut out = Vec::new();
    render_program(p, Rng::derived(seed, p.index as u64), &mut out);
    out
}

/// The source of program `index` of `seed` and of the programs it calls, annotated
/// functions only (what a scratch crate needs to reproduce a failure).
pub fn source_of(seed: u64, index: usize, exclude: &BTreeSet<String>) -> String {
    let progs = programs(seed, index + 1, exclude);
    let mut need: BTreeSet<usize> = BTreeSet::from([index]);
    let mut todo = vec![index];
    while let Some(i) = todo.pop() {
        for &c in &progs[i].callees {
            if need.insert(c) {
                todo.push(c);
            }
        }
    }
    let helpers = grammar::wrt_helpers(seed, index / GROUP, exclude);
    let used = need
        .iter()
        .flat_map(|&i| progs[i].wrt_helpers.clone())
        .collect();
    let mut out = grammar::render_helpers(seed, &helpers, &used);
    let recs = grammar::rec_helpers(seed, index / GROUP, exclude);
    let used = need
        .iter()
        .flat_map(|&i| progs[i].rec_helpers.clone())
        .collect();
    out.extend(grammar::render_rec_helpers(seed, &recs, &used));
    // (only the annotated helpers: their twins follow each after an empty line)
    out = annotated_only(&out);
    for &i in &need {
        let lines = program_lines(seed, &progs[i]);
        // the twin follows the annotated function after an empty line
        let end = lines
            .iter()
            .position(String::is_empty)
            .unwrap_or(lines.len());
        out.push(format!("// seed {seed}, program {i}"));
        out.extend(lines[..end].iter().cloned());
        out.push(String::new());
    }
    out.join("\n")
}

/// The annotated functions of rendered lines (each followed by its twin after an
/// empty line, the twin by another).
fn annotated_only(lines: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut keep = true;
    for l in lines {
        if keep {
            out.push(l.clone());
        }
        if l.is_empty() {
            keep = !keep;
        }
    }
    out
}

/// The lints generated programs are allowed to trip: they are written the way no one
/// writes by hand (`x - x`, unused lets, loops that only index a const array, ...).
pub const ALLOWS: &[&str] = &[
    "unused_mut",
    "unused_variables",
    "unused_assignments",
    "unused_parens",
    "unused_comparisons",
    "unused_braces",
    "unreachable_code",
    "clippy::absurd_extreme_comparisons",
    "clippy::approx_constant",
    "clippy::collapsible_else_if",
    "clippy::collapsible_if",
    "clippy::double_parens",
    "clippy::eq_op",
    "clippy::identity_op",
    "clippy::if_same_then_else",
    "clippy::let_and_return",
    "clippy::manual_range_contains",
    "clippy::needless_range_loop",
    "clippy::neg_multiply",
    "clippy::erasing_op",
    "clippy::precedence",
    "clippy::unnecessary_cast",
    "clippy::useless_conversion",
    "clippy::manual_inspect",
    "clippy::useless_vec",
    "clippy::neg_cmp_op_on_partial_ord",
    "clippy::nonminimal_bool",
    "clippy::overly_complex_bool_expr",
    "clippy::redundant_locals",
    "clippy::unnecessary_min_or_max",
    "clippy::explicit_counter_loop",
    "clippy::manual_is_multiple_of",
    "clippy::manual_unwrap_or",
    "clippy::manual_unwrap_or_default",
    "clippy::misrefactored_assign_op",
    "clippy::mut_range_bound",
    "clippy::single_match",
    "clippy::match_single_binding",
    "clippy::match_overlapping_arm",
    "clippy::never_loop",
    "clippy::needless_late_init",
    "clippy::shadow_unrelated",
    "clippy::too_many_lines",
    "clippy::unused_unit",
    "clippy::toplevel_ref_arg",
    "clippy::almost_swapped",
    "clippy::redundant_comparisons",
    "clippy::self_assignment",
    "clippy::no_effect",
    "clippy::map_identity",
    "clippy::map_clone",
    "clippy::unnecessary_fold",
    "clippy::unused_enumerate_index",
    "clippy::unnecessary_operation",
    "clippy::impossible_comparisons",
    "clippy::assign_op_pattern",
    "clippy::manual_memcpy",
    "clippy::manual_slice_fill",
    // `hvp: Some(|x, v, hv, r| pN_hvp(x, v, hv, r))` in the table of cases
    "clippy::redundant_closure",
];

/// One module of generated code: the programs of one group of one seed that are kept
/// (and the ones they call), and `cases()`, the table of their cases.
pub fn render_group(seed: u64, group: &[Program], cfg: &Config) -> Vec<String> {
    let skipped = skipped(seed, group, cfg);
    let keep: Vec<&Program> = group
        .iter()
        .filter(|p| {
            !skipped.contains(&p.index)
                && cfg.only.as_ref().is_none_or(|o| {
                    o.contains(&(None, p.index)) || o.contains(&(Some(seed), p.index))
                })
        })
        .collect();
    let mut need: BTreeSet<usize> = keep.iter().map(|p| p.index).collect();
    let mut todo: Vec<usize> = need.iter().copied().collect();
    let by_index: BTreeMap<usize, &Program> = group.iter().map(|p| (p.index, p)).collect();
    while let Some(i) = todo.pop() {
        for &c in &by_index[&i].callees {
            if need.insert(c) {
                todo.push(c);
            }
        }
    }
    if need.is_empty() {
        return vec![];
    }
    let first = group[0].index / GROUP;
    let mut out = vec![
        format!(
            "/// Seed {seed}, programs {} to {}.",
            group[0].index,
            group[group.len() - 1].index
        ),
        format!("#[allow({})]", ALLOWS.join(", ")),
        format!("mod s{seed}_g{first} {{"),
        "    use super::*;".into(),
        String::new(),
    ];
    let helpers = grammar::wrt_helpers(seed, first, &cfg.exclude);
    let used = need
        .iter()
        .flat_map(|i| by_index[i].wrt_helpers.clone())
        .collect();
    out.extend(grammar::render_helpers(seed, &helpers, &used));
    let recs = grammar::rec_helpers(seed, first, &cfg.exclude);
    let used = need
        .iter()
        .flat_map(|i| by_index[i].rec_helpers.clone())
        .collect();
    out.extend(grammar::render_rec_helpers(seed, &recs, &used));
    for &i in &need {
        out.push(format!("// seed {seed}, program {i}"));
        out.extend(program_lines(seed, by_index[&i]));
    }
    out.push("pub fn cases() -> Vec<Case> {".into());
    out.push("    vec![".into());
    for p in keep.iter().filter(|p| p.out == 0) {
        out.extend(render_case(p, seed));
    }
    out.push("    ]".into());
    out.push("}".into());
    out.push("pub fn out_cases() -> Vec<OutCase> {".into());
    out.push("    vec![".into());
    for p in keep.iter().filter(|p| p.out > 0) {
        out.extend(render_out_case(p, seed));
    }
    out.push("    ]".into());
    out.push("}".into());
    out.push("}".into());
    out.push(String::new());
    out
}

/// The indices of `group` left out: skipped ones and those calling them.
fn skipped(seed: u64, group: &[Program], cfg: &Config) -> BTreeSet<usize> {
    let mut out: BTreeSet<usize> = group
        .iter()
        .filter(|p| cfg.skip.contains(&(seed, p.index)))
        .map(|p| p.index)
        .collect();
    loop {
        let more: Vec<usize> = group
            .iter()
            .filter(|p| !out.contains(&p.index) && p.callees.iter().any(|c| out.contains(c)))
            .map(|p| p.index)
            .collect();
        if more.is_empty() {
            return out;
        }
        out.extend(more);
    }
}

/// The generated test code, split into `parts` files: each holds whole groups (groups
/// dealt in turn), its modules and `cases()`, the concatenation of their tables.
/// Returns the files' texts and how many programs each tests.
pub fn render_parts(cfg: &Config, parts: usize) -> Vec<(String, usize)> {
    let mut files: Vec<(Vec<String>, Vec<String>, usize)> =
        (0..parts).map(|_| (vec![], vec![], 0)).collect();
    let mut turn = 0;
    for &seed in &cfg.seeds {
        let progs = programs(seed, cfg.count, &cfg.exclude);
        for group in progs.chunks(GROUP) {
            let text = render_group(seed, group, cfg);
            if text.is_empty() {
                continue;
            }
            let cases = text
                .iter()
                .filter(|l| matches!(l.trim(), "Case {" | "OutCase {"))
                .count();
            let f = &mut files[turn % parts];
            f.0.extend(text);
            f.1.push(format!("s{seed}_g{}", group[0].index / GROUP));
            f.2 += cases;
            turn += 1;
        }
    }
    files
        .into_iter()
        .enumerate()
        .map(|(k, (body, mods, n))| {
            let mut out = vec![
                format!("// GENERATED by build.rs, part {k} of {parts}: {n} programs of seeds {:?}, {} per seed.", cfg.seeds, cfg.count),
                format!("/// The features left out (for regenerating a failing program's source)."),
                format!("const EXCLUDED: &str = {:?};", cfg.exclude_list()),
                String::new(),
                "/// The cases of this part.".into(),
                "fn cases() -> Vec<Case> {".into(),
                "    #[allow(unused_mut)]".into(),
                "    let mut all: Vec<Case> = Vec::new();".into(),
            ];
            for m in &mods {
                out.push(format!("    all.extend({m}::cases());"));
            }
            out.push("    all".into());
            out.push("}".into());
            out.push(String::new());
            out.push("/// The cases of this part's programs with an out-parameter.".into());
            out.push("fn out_cases() -> Vec<OutCase> {".into());
            out.push("    #[allow(unused_mut)]".into());
            out.push("    let mut all: Vec<OutCase> = Vec::new();".into());
            for m in &mods {
                out.push(format!("    all.extend({m}::out_cases());"));
            }
            out.push("    all".into());
            out.push("}".into());
            out.push(String::new());
            out.extend(body);
            (out.join("\n"), n)
        })
        .collect()
}

/// Shape statistics: (percentage of programs containing it, shape), most frequent first.
pub fn stats(progs: &[Program]) -> Vec<(f64, String)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for p in progs {
        for s in &p.shapes {
            *counts.entry(s).or_default() += 1;
        }
    }
    let mut out: Vec<(f64, String)> = counts
        .into_iter()
        .map(|(s, c)| (100.0 * c as f64 / progs.len().max(1) as f64, s.to_string()))
        .collect();
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    out
}
