//! Compile-fail tests: every construct `#[differentiable]` cannot differentiate, and every
//! misuse of the attribute, must be rejected with a spanned error that names the construct
//! and says what to write instead. Oracle: the pinned `tests/ui/*.stderr` files (reviewed by
//! hand), compared by trybuild.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
