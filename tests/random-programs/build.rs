//! Writes the random programs into `OUT_DIR` (`part0.rs` .. `part3.rs`, one per test target)
//! from `RANDOM_SEEDS` and `RANDOM_PROGRAMS` (and `RANDOM_EXCLUDE`, `RANDOM_ONLY`,
//! `RANDOM_SKIP`); see README.md.

#[allow(dead_code)]
#[path = "src/gen/mod.rs"]
mod gen;

use std::path::PathBuf;

/// Test targets `tests/programs_{0..PARTS}.rs`, one file of programs each.
const PARTS: usize = 4;

fn main() {
    let vars = [
        "RANDOM_SEEDS",
        "RANDOM_PROGRAMS",
        "RANDOM_EXCLUDE",
        "RANDOM_ONLY",
        "RANDOM_SKIP",
    ];
    for v in vars {
        println!("cargo:rerun-if-env-changed={v}");
    }
    println!("cargo:rerun-if-changed=src/gen");
    println!("cargo:rerun-if-changed=build.rs");
    let get = |v: &str| std::env::var(v).ok();
    let cfg = gen::Config::from_vars(
        get("RANDOM_SEEDS").as_deref(),
        get("RANDOM_PROGRAMS").as_deref(),
        get("RANDOM_EXCLUDE").as_deref(),
        get("RANDOM_ONLY").as_deref(),
        get("RANDOM_SKIP").as_deref(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let mut total = 0;
    for (k, (text, n)) in gen::render_parts(&cfg, PARTS).into_iter().enumerate() {
        let path = out.join(format!("part{k}.rs"));
        // unchanged files keep their time stamps
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).expect("write generated programs");
        }
        total += n;
    }
    if total == 0 {
        println!("cargo:warning=random-programs: no programs selected");
    }
}
