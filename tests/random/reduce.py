#!/usr/bin/env python3
"""Line-based reducer for a generated program that fails to compile or to check.

    python3 tests/random/reduce.py --src tests/random_programs.rs --prog p17 \
        --expect 'cannot add' --out /tmp/min.rs

Extracts `pN` (and the generated programs it calls) as plain `#[differentiable]` functions
into a scratch crate (/tmp/tr_reduce, created on first use), then repeatedly deletes single lines and whole `{ ... }` blocks
while `cargo check` still prints the expected error text while the same functions without the
attribute compile.
"""

import argparse
import os
import re
import subprocess
import sys

HEADER = """//! scratch for reduce.py
#![allow(unused)]
use differentiable::differentiable;
use num_traits::{Float, NumAssign};
const ALPHA: f64 = 0.7;
const BETA: f64 = -1.3;
const W: [f64; 8] = [0.5, -0.25, 1.5, 0.75, -1.0, 0.3, 1.1, -0.6];
const V: [f64; 8] = [1.0, 0.2, -0.4, 0.9, 0.1, -1.2, 0.6, 0.35];
fn c<T: Float>(v: f64) -> T {
    T::from(v).unwrap()
}
struct Lcg(u64);
impl Lcg {
    fn uniform(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}
struct Cfg {
    k: usize,
}
fn weight(c: Cfg) -> f64 {
    W[c.k % 8] + 0.1 * (c.k % 5) as f64
}
"""

TARGET = "/tmp/tr_reduce/src/lib.rs"


def functions(text):
    """name -> source of each `#[differentiable] fn pN` in a generated file."""
    out = {}
    lines = text.split("\n")
    for i, l in enumerate(lines):
        m = re.match(r"fn (p\d+)\b", l)
        if m and i > 0 and lines[i - 1].startswith("#[differentiable"):
            j = i
            while lines[j] != "}":
                j += 1
            out[m.group(1)] = lines[i - 1 : j + 1]
    return out


def closure(fns, name):
    need, todo = [], [name]
    while todo:
        n = todo.pop()
        if n in need:
            continue
        need.append(n)
        body = "\n".join(fns[n][2:])
        todo += [m for m in re.findall(r"\b(p\d+)\(", body) if m in fns]
    return need


def compiles_with(lines, expect, cmd):
    """The plain functions (attribute removed) compile, and the annotated ones fail as expected."""
    plain = [l for l in lines if not l.startswith("#[differentiable")]
    with open(TARGET, "w") as fh:
        fh.write(HEADER + "\n".join(plain) + "\n")
    if subprocess.run(cmd, shell=True, capture_output=True, text=True).returncode != 0:
        return False
    with open(TARGET, "w") as fh:
        fh.write(HEADER + "\n".join(lines) + "\n")
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    out = r.stdout + r.stderr
    if expect is None:
        return r.returncode != 0
    return expect in out


def blocks(lines):
    """(start, end) line ranges of `{`-to-matching-`}` blocks, and single lines."""
    out = []
    for i, l in enumerate(lines):
        if l.rstrip().endswith("{") and not l.startswith("fn ") and not l.startswith("#"):
            depth = 0
            for j in range(i, len(lines)):
                depth += lines[j].count("{") - lines[j].count("}")
                if depth == 0:
                    out.append((i, j + 1))
                    break
    for i, l in enumerate(lines):
        s = l.strip()
        if s and not s.startswith("fn ") and not s.startswith("#") and s not in ("}", "} else {"):
            out.append((i, i + 1))
    # try big chunks first
    out.sort(key=lambda r: r[0] - r[1])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--prog", required=True)
    ap.add_argument("--expect", help="text the failing build must still print")
    ap.add_argument("--out", required=True)
    ap.add_argument("--cmd", default="cd /tmp/tr_reduce && CARGO_TARGET_DIR=/tmp/tr_reduce/target cargo check --offline")
    a = ap.parse_args()
    crate = os.path.dirname(os.path.dirname(TARGET))
    if not os.path.exists(os.path.join(crate, "Cargo.toml")):
        os.makedirs(os.path.dirname(TARGET), exist_ok=True)
        repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        with open(os.path.join(crate, "Cargo.toml"), "w") as fh:
            fh.write(
                '[package]\nname = "tr_reduce"\nversion = "0.0.0"\nedition = "2021"\n\n'
                '[dependencies]\ndifferentiable = { path = "%s" }\nnum-traits = "0.2"\n\n[workspace]\n' % repo
            )
    original = open(a.src).read()
    try:
        fns = functions(original)
        lines = []
        for n in reversed(closure(fns, a.prog)):
            lines += fns[n] + [""]
        if not compiles_with(lines, a.expect, a.cmd):
            sys.exit("the extracted program does not show the failure")
        changed = True
        while changed:
            changed = False
            pos = len(lines) + 1
            while True:
                cands = [b for b in blocks(lines) if b[0] < pos]
                cands.sort(key=lambda r: (-r[0], r[0] - r[1]))
                for s, e in cands:
                    trial = lines[:s] + lines[e:]
                    if compiles_with(trial, a.expect, a.cmd):
                        lines, pos, changed = trial, s, True
                        print("reduced to %d lines" % len(lines), file=sys.stderr)
                        break
                else:
                    break
        with open(a.out, "w") as fh:
            fh.write(HEADER + "\n".join(lines) + "\n")
        print(HEADER + "\n".join(lines))
    finally:
        pass  # the scratch crate is outside the repository; nothing to restore


if __name__ == "__main__":
    main()
