//! Criterion benchmarks of `differentiable` (the bench targets of this package; run with
//! `cargo bench -p differentiable-benches`). This library is empty: the package exists
//! so that criterion is a dependency of the benchmarks alone. See BENCHMARKS.md.
