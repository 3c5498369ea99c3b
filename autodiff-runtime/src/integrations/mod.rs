//! Adapters to the numeric libraries Rust users already use, each behind a feature of
//! its own (off by default): [`nalgebra`](self::nalgebra) (feature `nalgebra`) and
//! [`argmin`](self::argmin) (feature `argmin`).

#[cfg(feature = "argmin")]
pub mod argmin;
#[cfg(feature = "nalgebra")]
pub mod nalgebra;
