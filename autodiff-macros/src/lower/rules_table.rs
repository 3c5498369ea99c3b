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
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "exp",
    "exp2",
    "exp_m1",
    "ln",
    "log2",
    "log10",
    "ln_1p",
    "sqrt",
    "cbrt",
    "abs",
    "signum",
    "recip",
    "floor",
    "ceil",
    "round",
    "trunc",
    "to_radians",
    "to_degrees",
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

/// The functions of the `libm` crate that have a rule, by name (`f32` versions end in
/// `f`), with the rule's name. `libm::pow` is `powf`, `libm::powf` is the `f32` `pow`.
const LIBM: &[(&str, &str)] = &[
    ("sin", "sin"),
    ("cos", "cos"),
    ("tan", "tan"),
    ("asin", "asin"),
    ("acos", "acos"),
    ("atan", "atan"),
    ("sinh", "sinh"),
    ("cosh", "cosh"),
    ("tanh", "tanh"),
    ("asinh", "asinh"),
    ("acosh", "acosh"),
    ("atanh", "atanh"),
    ("exp", "exp"),
    ("exp2", "exp2"),
    ("expm1", "exp_m1"),
    ("log", "ln"),
    ("log2", "log2"),
    ("log10", "log10"),
    ("log1p", "ln_1p"),
    ("sqrt", "sqrt"),
    ("cbrt", "cbrt"),
    ("fabs", "abs"),
    ("floor", "floor"),
    ("ceil", "ceil"),
    ("round", "round"),
    ("trunc", "trunc"),
    ("pow", "powf"),
    ("atan2", "atan2"),
    ("hypot", "hypot"),
    ("fmax", "max"),
    ("fmin", "min"),
    ("fma", "mul_add"),
    ("fmod", "rem"),
];

/// The rule of `libm::name` (`sin` or `sinf`), if it has one.
pub(crate) fn lookup_libm(name: &str) -> Option<(&'static str, Arity)> {
    let base = LIBM
        .iter()
        .find(|(n, _)| *n == name)
        .or_else(|| {
            let stem = name.strip_suffix('f')?;
            LIBM.iter().find(|(n, _)| *n == stem)
        })?
        .1;
    match base {
        "rem" => Some(("rem", Arity::Binary)),
        rule => lookup(rule),
    }
}

/// The `libm` functions with a rule, for error messages.
pub(crate) fn libm_list() -> String {
    LIBM.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(" ")
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
