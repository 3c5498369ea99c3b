//! Criterion benchmarks of `differentiable` (the bench targets of this package; run with
//! `cargo bench -p differentiable-benches`), and the `instructions` binary, which counts
//! machine instructions of GradBench-style workloads under valgrind
//! (`benches/instructions/run.sh`). This library is empty: the package exists so that
//! criterion is a dependency of the benchmarks alone. See BENCHMARKS.md.
