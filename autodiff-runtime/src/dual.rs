//! Dual numbers (in progress).

/// A dual number `re + eps·ε` with `ε² = 0`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Dual<T> {
    /// The primal value.
    pub re: T,
    /// The tangent (derivative) part.
    pub eps: T,
}
