//! Adapters to the numeric libraries Rust users already use, each behind a feature of
//! its own (off by default): `nalgebra` (feature `nalgebra`) and `argmin` (feature
//! `argmin`, which implies `nalgebra`).

#[cfg(feature = "argmin")]
pub mod argmin;
#[cfg(feature = "nalgebra")]
pub mod nalgebra;
