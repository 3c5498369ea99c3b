#!/bin/sh
# Runs the random-program property test on many more programs than the checked-in file,
# in a scratch crate outside the repository: FILES test files of COUNT programs each,
# seeds FIRST_SEED.. (default 1000, so they differ from the checked-in seed 1).
#   tests/random/run_many.sh FILES COUNT [FIRST_SEED]
# Needs only cargo and python3; the scratch crate depends on this repository by path.
set -eu
files=${1:-10}
count=${2:-300}
first=${3:-1000}
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${RANDOM_PROGRAMS_DIR:-${TMPDIR:-/tmp}/differentiable-random}
mkdir -p "$dir/src" "$dir/tests"
cat > "$dir/Cargo.toml" <<TOML
[package]
name = "differentiable-random"
version = "0.0.0"
edition = "2021"

[dev-dependencies]
differentiable = { path = "$repo" }
num-dual = { version = "0.15", default-features = false }
num-traits = "0.2"

[workspace]
TOML
: > "$dir/src/lib.rs"
rm -f "$dir"/tests/random_*.rs
i=0
while [ "$i" -lt "$files" ]; do
    seed=$((first + i))
    python3 "$repo/tests/random/gen.py" --count "$count" --seed "$seed" --out "$dir/tests/random_$seed.rs"
    i=$((i + 1))
done
cd "$dir" && cargo test --tests
