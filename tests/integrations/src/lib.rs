//! Nothing but tests: see `tests/`. This package depends on `differentiable` with the
//! `argmin`, `nalgebra` and `rayon` features, so that the workspace's builds (clippy, doc,
//! test) compile the code and examples behind those features.
