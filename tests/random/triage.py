#!/usr/bin/env python3
"""Finds the programs of one seed that fail, and writes a test file without them.

    python3 tests/random/triage.py --seed 8 [--count 150] [--out tests/random_programs.rs]

Generates the programs into a scratch crate (like run_many.sh: outside the repository,
depending on it by path), builds the test, maps every compile error to the program it
points into, regenerates with those programs left out (`--skip`), runs the test and prints
the programs that fail at run time. Every program it lists is a macro bug (or an oracle
caveat, see README.md): reduce it with reduce.py. With --out, the final file (skip list in
its header) is also written there, e.g. to refresh the checked-in test once bugs are fixed.
"""

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def scratch(dirname):
    os.makedirs(os.path.join(dirname, "src"), exist_ok=True)
    os.makedirs(os.path.join(dirname, "tests"), exist_ok=True)
    with open(os.path.join(dirname, "Cargo.toml"), "w") as fh:
        fh.write(
            '[package]\nname = "differentiable-random"\nversion = "0.0.0"\nedition = "2021"\n\n'
            '[dev-dependencies]\ndifferentiable = { path = "%s" }\n'
            'num-dual = { version = "0.15", default-features = false }\nnum-traits = "0.2"\n\n[workspace]\n' % REPO
        )
    open(os.path.join(dirname, "src", "lib.rs"), "w").close()


def failing_programs(path, build_output):
    """Program names whose source lines the compile errors point into."""
    src = open(path).read().split("\n")
    starts = [(i + 1, m.group(1)) for i, l in enumerate(src) for m in [re.match(r"fn (p\d+)\b", l)] if m]
    bad = set()
    for line in re.findall(r"--> tests/random_\w+\.rs:(\d+)", build_output):
        name = None
        for s, n in starts:
            if s <= int(line) + 1:  # errors at `#[differentiable]` sit one line above `fn`
                name = n
        if name:
            bad.add(int(name[1:]))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--exclude", default="")
    ap.add_argument("--out")
    ap.add_argument("--dir", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "differentiable-triage"))
    a = ap.parse_args()
    scratch(a.dir)
    test = os.path.join(a.dir, "tests", "random_triage.rs")
    gen = [sys.executable, os.path.join(HERE, "gen.py"), "--count", str(a.count), "--seed", str(a.seed), "--no-fmt"]
    if a.exclude:
        gen += ["--exclude", a.exclude]
    cargo = ["cargo", "test", "--test", "random_triage"]
    subprocess.run(gen + ["--out", test], check=True)
    r = subprocess.run(cargo + ["--no-run"], cwd=a.dir, capture_output=True, text=True)
    bad = failing_programs(test, r.stdout + r.stderr) if r.returncode != 0 else set()
    print("compile failures:", " ".join("p%d" % b for b in sorted(bad)) or "none")
    skip = ["--skip", ",".join(str(b) for b in sorted(bad))] if bad else []
    subprocess.run(gen + skip + ["--out", test], check=True)
    r = subprocess.run(cargo, cwd=a.dir, capture_output=True, text=True)
    out = r.stdout + r.stderr
    if r.returncode != 0 and "test result" not in out:
        sys.exit("the build still fails:\n" + out[-3000:])
    for m in re.finditer(r"panicked at [^\n]*\n([^\n]*)", out):
        print("run-time failure:", m.group(1)[:400])
    print(re.search(r"test result[^\n]*", out).group(0))
    if a.out:
        final = [x for x in gen if x != "--no-fmt"] + skip + ["--out", a.out]
        if bad:
            final += ["--skip-reason", "open macro bugs"]
        subprocess.run(final, check=True)
        print("wrote", a.out, "(edit --skip-reason in its header command to say why)")


if __name__ == "__main__":
    main()
