//! The generator's command line:
//!
//! ```text
//! cargo run -p random-programs -- show SEED INDEX [EXCLUDE]   # a program as a scratch crate's lib.rs
//! cargo run -p random-programs -- stats SEED COUNT [EXCLUDE]  # how many programs contain each shape
//! cargo run -p random-programs -- with SEEDS COUNT SHAPE [EXCLUDE]
//!                                  # the programs containing a shape, as RANDOM_ONLY takes them
//! cargo run -p random-programs -- frozen SEED COUNT           # the frozen corpus (tests/frozen.rs)
//! cargo test -p random-programs --no-run 2>&1 | cargo run -p random-programs -- locate
//!                                  # the programs compile errors point into, as RANDOM_SKIP takes them
//! ```
//!
//! `EXCLUDE` is a comma-separated list of features, as `RANDOM_EXCLUDE` takes them.

use random_programs::gen::{self, Config};
use std::collections::BTreeSet;
use std::process::exit;

const PRELUDE: &str = include_str!("../tests/harness/prelude.rs");

fn usage() -> ! {
    eprintln!(
        "usage: random-programs show SEED INDEX [EXCLUDE] | stats SEED COUNT [EXCLUDE] | with SEEDS COUNT SHAPE [EXCLUDE] | frozen SEED COUNT | locate < build-output"
    );
    exit(2)
}

fn num<T: std::str::FromStr>(s: Option<&String>) -> T {
    s.and_then(|s| s.parse().ok()).unwrap_or_else(|| usage())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let excl = |i: usize| -> BTreeSet<String> {
        gen::parse_exclude(args.get(i).map_or("", String::as_str)).unwrap_or_else(|e| {
            eprintln!("{e}");
            exit(2)
        })
    };
    match args.first().map(String::as_str) {
        Some("show") => {
            let (seed, index) = (num(args.get(1)), num(args.get(2)));
            println!("// Scratch crate: depends on differentiable and num-traits.");
            println!("#![allow(unused)]");
            println!("use differentiable::differentiable;");
            println!("use num_traits::NumAssign;");
            println!();
            println!("{}", PRELUDE.replace("//!", "//"));
            println!("{}", gen::source_of(seed, index, &excl(3)));
        }
        Some("stats") => {
            let (seed, count) = (num(args.get(1)), num(args.get(2)));
            let progs = gen::programs(seed, count, &excl(3));
            for (pct, shape) in gen::stats(&progs) {
                println!("{pct:5.1}%  {shape}");
            }
        }
        Some("locate") => locate(),
        Some("with") => {
            let seeds =
                gen::parse_seeds(args.get(1).map_or("", String::as_str)).unwrap_or_else(|e| {
                    eprintln!("{e}");
                    exit(2)
                });
            let count: usize = num(args.get(2));
            let shape = args.get(3).unwrap_or_else(|| usage());
            let mut found = Vec::new();
            for seed in seeds {
                for p in gen::programs(seed, count, &excl(4)) {
                    if p.shapes.contains(shape) {
                        found.push(format!("{seed}:{}", p.index));
                    }
                }
            }
            println!("{}", found.join(","));
        }
        Some("frozen") => {
            let (seed, count): (u64, usize) = (num(args.get(1)), num(args.get(2)));
            let cfg = Config {
                seeds: vec![seed],
                count,
                ..Config::default()
            };
            print!("{}", frozen(&cfg));
        }
        _ => usage(),
    }
}

/// The frozen corpus as a test file.
fn frozen(cfg: &Config) -> String {
    let (seed, count) = (cfg.seeds[0], cfg.count);
    let mut out = vec![
        format!("//! Frozen corpus: {count} random programs (seed {seed}) generated once and checked in, so that"),
        "//! these fixed programs are tested whatever the generator becomes. Checked like the".into(),
        "//! programs `build.rs` generates (see README.md and tests/harness/mod.rs).".into(),
        "//!".into(),
        "//! GENERATED, do not edit. Written by".into(),
        format!("//!     cargo run -p random-programs -- frozen {seed} {count} > tests/random-programs/tests/frozen.rs"),
        "//! then `cargo fmt`; programs that fail because of a macro bug are left out of `cases()`".into(),
        "//! by hand, with the reason.".into(),
        String::new(),
        "mod harness;".into(),
        "use harness::*;".into(),
        String::new(),
    ];
    let progs = gen::programs(seed, count, &cfg.exclude);
    let mut mods = Vec::new();
    for group in progs.chunks(gen::GROUP) {
        out.extend(gen::render_group(seed, group, cfg));
        mods.push(format!("s{seed}_g{}", group[0].index / gen::GROUP));
    }
    out.push("fn cases() -> Vec<Case> {".into());
    out.push("    let mut all: Vec<Case> = Vec::new();".into());
    for m in &mods {
        out.push(format!("    all.extend({m}::cases());"));
    }
    out.push("    all".into());
    out.push("}".into());
    out.push(String::new());
    out.push("fn out_cases() -> Vec<OutCase> {".into());
    out.push("    let mut all: Vec<OutCase> = Vec::new();".into());
    for m in &mods {
        out.push(format!("    all.extend({m}::out_cases());"));
    }
    out.push("    all".into());
    out.push("}".into());
    out.push(String::new());
    out.push("#[test]".into());
    out.push("fn frozen_programs() {".into());
    out.push("    run_all(file!(), None, &cases(), &out_cases());".into());
    out.push("}".into());
    out.join("\n") + "\n"
}

/// Reads a build's output on stdin and prints the programs its errors point into
/// (`seed:index,...`, as `RANDOM_SKIP` takes them), found through the `// seed S, program I`
/// line above each generated function.
fn locate() {
    use std::io::Read;
    let mut log = String::new();
    std::io::stdin()
        .read_to_string(&mut log)
        .expect("read stdin");
    let mut files: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    let mut found = BTreeSet::new();
    for line in log.lines() {
        let Some(loc) = line.trim_start().strip_prefix("--> ") else {
            continue;
        };
        let mut parts = loc.rsplitn(3, ':');
        let (_, Some(l), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Ok(l) = l.parse::<usize>() else { continue };
        let text = files.entry(path.to_string()).or_insert_with(|| {
            std::fs::read_to_string(path)
                .map(|t| t.lines().map(String::from).collect())
                .unwrap_or_default()
        });
        let marker = text[..l.min(text.len())].iter().rev().find_map(|t| {
            let rest = t.trim().strip_prefix("// seed ")?;
            let (s, i) = rest.split_once(", program ")?;
            Some((s.parse::<u64>().ok()?, i.trim().parse::<usize>().ok()?))
        });
        if let Some(m) = marker {
            found.insert(m);
        }
    }
    let list: Vec<String> = found.iter().map(|(s, i)| format!("{s}:{i}")).collect();
    println!("{}", list.join(","));
}
