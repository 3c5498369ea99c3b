//! The float methods the macro knows a derivative rule for, by name. Each maps to a
//! function of the same name in the runtime's `rules` module, which returns the value
//! and the partial derivatives.

/// How a known method is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Arity {
    /// `x.f()`
    Unary,
    /// `x.f(y)`
    Binary,
    /// `x.f(y, z)`
    Ternary,
    /// `x.powi(n)`: the second argument is an integer, not differentiated.
    WithInt,
}

const UNARY: &[&str] = &[
    "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
    "exp", "exp2", "exp_m1", "ln", "log2", "log10", "ln_1p", "sqrt", "cbrt", "abs", "signum",
    "recip", "floor", "ceil", "round", "trunc",
];
const BINARY: &[&str] = &["atan2", "powf", "log", "hypot", "max", "min"];
const TERNARY: &[&str] = &["clamp", "mul_add"];

/// Methods on a float whose result is not a float (no derivative flows through them).
pub(crate) const PREDICATES: &[&str] = &[
    "is_nan",
    "is_finite",
    "is_infinite",
    "is_normal",
    "is_sign_positive",
    "is_sign_negative",
    "is_subnormal",
    "classify",
    "to_bits",
    "partial_cmp",
    "total_cmp",
];

/// The rule for a method name, as the `'static` name of the runtime function.
pub(crate) fn lookup(name: &str) -> Option<(&'static str, Arity)> {
    let find = |list: &[&'static str]| list.iter().copied().find(|n| *n == name);
    if name == "powi" {
        return Some(("powi", Arity::WithInt));
    }
    find(UNARY)
        .map(|n| (n, Arity::Unary))
        .or_else(|| find(BINARY).map(|n| (n, Arity::Binary)))
        .or_else(|| find(TERNARY).map(|n| (n, Arity::Ternary)))
}

/// Rules cheaper to evaluate again than to keep: a replay recomputes them; the
/// others (transcendentals, roots, powers) are stored by the forward run of an
/// iteration and read back by its replay.
pub(crate) fn is_cheap(name: &str) -> bool {
    matches!(
        name,
        "abs"
            | "signum"
            | "floor"
            | "ceil"
            | "round"
            | "trunc"
            | "max"
            | "min"
            | "clamp"
            | "recip"
            | "mul_add"
            | "float_cast"
            | "to_radians"
            | "to_degrees"
    )
}

/// Number of partial derivatives a rule returns (its float arguments).
pub(crate) fn float_args(arity: Arity) -> usize {
    match arity {
        Arity::Unary | Arity::WithInt => 1,
        Arity::Binary => 2,
        Arity::Ternary => 3,
    }
}

/// All supported method names, for error messages.
pub(crate) fn supported_list() -> String {
    let mut all: Vec<&str> = UNARY.iter().chain(BINARY).chain(TERNARY).copied().collect();
    all.push("powi");
    all.join(" ")
}
