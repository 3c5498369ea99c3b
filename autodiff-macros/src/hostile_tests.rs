//! The macro under hostile input: `expand` never panics and always returns either
//! code or a spanned error.
//!
//! Oracle: the contract of `expand` itself, checked on every input:
//! 1. it returns (a panic is caught with `catch_unwind` and fails the test);
//! 2. its output either contains `compile_error` or parses as a file of items
//!    (`syn::parse2::<syn::File>`);
//! 3. on error, the user's original tokens are emitted first, unchanged (so the rest
//!    of the crate and IDEs keep working); on success, the first item is the original
//!    function, unchanged, followed by its `_jvp`/`_vjp` (and `_grad`/`_hvp`).
//!
//! Inputs: every item kind and odd signature (structs, traits, `unsafe`/`async`/`const`
//! fns, `extern` blocks, macros in bodies, attributes in odd places, non-float
//! numerics, lifetimes, `impl Trait`, where-clauses, 1 000-statement bodies, nesting
//! depth 200, empty bodies, `-> !`, `-> impl Trait`), then a seeded loop of random
//! token streams and of mutations of valid differentiable functions (delete,
//! duplicate, swap, replace identifiers/literals/punctuation, regroup, re-delimit).
//! `HOSTILE_ITERATIONS=100000 cargo test -p autodiff-macros --lib hostile` runs more
//! mutations than the CI default (`HOSTILE_SEED` picks another seed).

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use std::panic::{catch_unwind, AssertUnwindSafe};
use syn::ext::IdentExt;

/// What `expand` made of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Items that parse, starting with the original function.
    Code,
    /// The original tokens followed by `compile_error!`.
    Error,
}

/// Runs `expand` and checks the contract; `Err` describes a violation.
fn check(args: &TokenStream, input: &TokenStream) -> Result<Outcome, String> {
    let out = catch_unwind(AssertUnwindSafe(|| {
        crate::entry::expand(args.clone(), input.clone())
    }))
    .map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_default();
        format!("expand panicked: {msg}\nargs: {args}\ninput: {input}")
    })?;
    let text = out.to_string();
    if text.contains("compile_error") {
        // Compared without `Spacing` (re-printing an item through syn normalises a
        // `Joint` punctuation followed by an identifier, which only mutants contain).
        let got: Vec<String> = unjoint(out.clone())
            .into_iter()
            .map(|t| t.to_string())
            .collect();
        let want: Vec<String> = unjoint(input.clone())
            .into_iter()
            .map(|t| t.to_string())
            .collect();
        if got.len() < want.len() || got[..want.len()] != want[..] {
            return Err(format!(
                "error output does not start with the original item\ninput: {input}\noutput: {text}"
            ));
        }
        return Ok(Outcome::Error);
    }
    let file = syn::parse2::<syn::File>(out).map_err(|e| {
        format!("output is neither an error nor items: {e}\ninput: {input}\noutput: {text}")
    })?;
    if let Ok(mut imp) = syn::parse2::<syn::ItemImpl>(input.clone()) {
        // an impl block: emitted first (without the inner `#[differentiable]`s), then an
        // inherent impl with the derivatives
        for it in &mut imp.items {
            if let syn::ImplItem::Fn(f) = it {
                f.attrs.retain(|a| !a.path().is_ident("differentiable"));
            }
        }
        let first = file.items.first().map(|i| quote::quote!(#i).to_string());
        if first != Some(quote::quote!(#imp).to_string()) {
            return Err(format!(
                "the impl block is not emitted first, unchanged\ninput: {input}\noutput: {text}"
            ));
        }
        let generated = match file.items.get(1) {
            Some(syn::Item::Impl(g)) => g.items.len(),
            _ => 0,
        };
        if generated == 0 {
            return Err(format!(
                "no generated methods\ninput: {input}\noutput: {text}"
            ));
        }
        return Ok(Outcome::Code);
    }
    let original = syn::parse2::<syn::ItemFn>(input.clone()).map_err(|e| {
        format!("code emitted for an input that is not a function: {e}\ninput: {input}")
    })?;
    let first = file.items.first().map(|i| quote::quote!(#i).to_string());
    if first != Some(quote::quote!(#original).to_string()) {
        return Err(format!(
            "the original function is not emitted first, unchanged\ninput: {input}\noutput: {text}"
        ));
    }
    for suffix in ["_jvp", "_vjp"] {
        let name = format!("{}{suffix}", original.sig.ident.unraw());
        let found = file.items.iter().any(|i| match i {
            syn::Item::Fn(f) => f.sig.ident.unraw() == name,
            _ => false,
        });
        if !found {
            return Err(format!(
                "no `{name}` in the output\ninput: {input}\noutput: {text}"
            ));
        }
    }
    Ok(Outcome::Code)
}

/// `ts` with every punctuation `Alone`.
fn unjoint(ts: TokenStream) -> TokenStream {
    ts.into_iter()
        .map(|t| match t {
            TokenTree::Punct(p) => TokenTree::Punct(Punct::new(p.as_char(), Spacing::Alone)),
            TokenTree::Group(g) => TokenTree::Group(Group::new(g.delimiter(), unjoint(g.stream()))),
            leaf => leaf,
        })
        .collect()
}

fn ts(s: &str) -> TokenStream {
    s.parse()
        .unwrap_or_else(|e| panic!("test input does not lex: {e:?}\n{s}"))
}

/// Checks one named case; `expect` pins the outcome where the contract decides it.
fn case(name: &str, args: &str, input: &str, expect: Option<Outcome>) -> Result<Outcome, String> {
    let got = check(&ts(args), &ts(input)).map_err(|e| format!("[{name}] {e}"))?;
    match expect {
        Some(want) if want != got => Err(format!(
            "[{name}] expected {want:?}, got {got:?}\ninput: {input}"
        )),
        _ => Ok(got),
    }
}

use Outcome::{Code, Error};

/// Every item kind and odd signature: (name, attribute args, item, expected outcome).
const ITEMS: &[(&str, &str, &str, Option<Outcome>)] = &[
    ("plain", "", "fn f(x: f64) -> f64 { x * x }", Some(Code)),
    ("struct", "", "struct S { x: f64 }", Some(Error)),
    ("tuple struct", "", "struct S(f64);", Some(Error)),
    ("unit struct", "", "struct S;", Some(Error)),
    ("enum", "", "enum E { A(f64), B }", Some(Error)),
    ("union", "", "union U { a: f64, b: u64 }", Some(Error)),
    ("trait", "", "trait T { fn f(x: f64) -> f64; }", Some(Error)),
    ("trait with default", "", "trait T { fn f(x: f64) -> f64 { x } }", Some(Error)),
    ("impl block", "", "impl S { fn f(&self, x: f64) -> f64 { x } }", Some(Code)),
    ("trait impl", "", "impl Tr for S { fn f(x: f64) -> f64 { x } }", Some(Code)),
    ("trait impl, marked method", "", "impl Tr for S { #[differentiable(wrt(x))] fn f(x: f64, k: usize) -> f64 { x } fn g(&self) -> usize { 1 } }", Some(Code)),
    ("impl block with wrt", "wrt(x)", "impl S { fn f(x: f64) -> f64 { x } }", Some(Error)),
    ("unsafe fn", "", "unsafe fn f(x: f64) -> f64 { x }", Some(Error)),
    ("async fn", "", "async fn f(x: f64) -> f64 { x }", Some(Error)),
    ("const fn", "", "const fn f(x: f64) -> f64 { x }", Some(Error)),
    ("const unsafe fn", "", "const unsafe fn f(x: f64) -> f64 { x }", Some(Error)),
    ("extern C fn", "", "extern \"C\" fn f(x: f64) -> f64 { x }", Some(Error)),
    ("extern fn", "", "extern fn f(x: f64) -> f64 { x }", Some(Error)),
    ("pub unsafe extern fn", "", "pub unsafe extern \"C\" fn f(x: f64) -> f64 { x }", Some(Error)),
    ("extern block", "", "extern \"C\" { fn f(x: f64) -> f64; }", Some(Error)),
    ("unsafe extern block", "", "unsafe extern \"C\" { safe fn f(x: f64) -> f64; }", Some(Error)),
    ("variadic extern", "", "extern \"C\" { fn f(x: f64, ...) -> f64; }", Some(Error)),
    ("fn without body", "", "fn f(x: f64) -> f64;", Some(Error)),
    ("extern crate", "", "extern crate core;", Some(Error)),
    ("use", "", "use std::f64::consts::PI;", Some(Error)),
    ("mod", "", "mod m { pub fn f(x: f64) -> f64 { x } }", Some(Error)),
    ("mod decl", "", "mod m;", Some(Error)),
    ("static", "", "static X: f64 = 1.0;", Some(Error)),
    ("static mut", "", "static mut X: f64 = 1.0;", Some(Error)),
    ("const", "", "const X: f64 = 1.0;", Some(Error)),
    ("type alias", "", "type R = f64;", Some(Error)),
    ("macro_rules", "", "macro_rules! m { ($x:expr) => { $x * $x }; }", Some(Error)),
    ("macro item", "", "m! { fn f(x: f64) -> f64 { x } }", Some(Error)),
    ("closure", "", "|x: f64| x * x", Some(Error)),
    ("expression", "", "x * x + 1.0", Some(Error)),
    ("empty input", "", "", Some(Error)),
    ("two fns", "", "fn f(x: f64) -> f64 { x } fn g(x: f64) -> f64 { x }", Some(Error)),
    ("fn and struct", "", "fn f(x: f64) -> f64 { x } struct S;", Some(Error)),
    // macros in bodies
    ("println", "", "fn f(x: f64) -> f64 { println!(\"{}\", x); x * x }", None),
    ("assert", "", "fn f(x: f64) -> f64 { assert!(x > 0.0, \"x = {}\", x); x.sqrt() }", None),
    ("debug_assert", "", "fn f(x: f64) -> f64 { debug_assert!(x.is_finite()); x * 2.0 }", None),
    ("vec", "", "fn f(x: f64) -> f64 { let v = vec![x, x]; v[0] * v[1] }", None),
    ("format", "", "fn f(x: f64) -> f64 { let _s = format!(\"{x}\"); x }", None),
    ("user macro expr", "", "fn f(x: f64) -> f64 { sq!(x) + 1.0 }", Some(Error)),
    ("user macro stmt", "", "fn f(x: f64) -> f64 { m!(); x }", None),
    ("macro in condition", "", "fn f(x: f64) -> f64 { if cfg!(test) { x } else { -x } }", None),
    ("unreachable", "", "fn f(x: f64) -> f64 { if x > 0.0 { x } else { unreachable!() } }", None),
    ("panic", "", "fn f(x: f64) -> f64 { if x.is_nan() { panic!(\"nan\") } x }", None),
    ("todo body", "", "fn f(x: f64) -> f64 { todo!() }", None),
    ("macro_rules in body", "", "fn f(x: f64) -> f64 { macro_rules! sq { ($e:expr) => { $e * $e } } sq!(x) }", None),
    // attributes in odd places
    ("inline", "", "#[inline] fn f(x: f64) -> f64 { x * x }", Some(Code)),
    ("doc comments", "", "/// doc\n#[must_use]\nfn f(x: f64) -> f64 { /// inner doc\n let y = x; y * y }", None),
    ("cfg on stmt", "", "fn f(x: f64) -> f64 { #[cfg(test)] let x = x * 2.0; x * x }", None),
    ("allow on let", "", "fn f(x: f64) -> f64 { #[allow(unused_mut)] let mut y = x; y * y }", None),
    ("attr on expr", "", "fn f(x: f64) -> f64 { let y = #[rustfmt::skip] (x * x); y }", None),
    ("attr on param", "", "fn f(#[allow(unused)] x: f64, y: f64) -> f64 { y * y }", None),
    ("cfg on param", "", "fn f(#[cfg(any())] x: f64, y: f64) -> f64 { y * y }", None),
    ("inner attr", "", "fn f(x: f64) -> f64 { #![allow(clippy::all)] x * x }", None),
    ("attr on tail", "", "fn f(x: f64) -> f64 { #[allow(unused_parens)] (x * x) }", None),
    ("attr on loop", "", "fn f(x: &[f64]) -> f64 { let mut s = 0.0; #[allow(unused)] for v in x { s += *v; } s }", None),
    ("attr on block", "", "fn f(x: f64) -> f64 { #[allow(unused)] { x * x } }", None),
    ("attr on if", "", "fn f(x: f64) -> f64 { #[allow(unused)] if x > 0.0 { x } else { -x } }", None),
    ("differentiable on inner fn", "", "fn f(x: f64) -> f64 { #[differentiable] fn g(y: f64) -> f64 { y * y } g(x) }", None),
    ("differentiable twice", "", "#[differentiable] fn f(x: f64) -> f64 { x * x }", None),
    ("cfg_attr", "", "#[cfg_attr(test, inline)] fn f(x: f64) -> f64 { x }", None),
    // non-float numerics
    ("i32 fn", "", "fn f(x: i32) -> i32 { x * x }", None),
    ("u8 fn", "", "fn f(x: u8, y: u8) -> u8 { x.wrapping_add(y) }", None),
    ("i128 fn", "", "fn f(x: i128) -> i128 { x << 3 }", None),
    ("usize return", "", "fn f(x: f64) -> usize { x as usize }", None),
    ("i64 return", "", "fn f(x: f64) -> i64 { x.floor() as i64 }", None),
    ("bool return", "", "fn f(x: f64) -> bool { x > 0.0 }", None),
    ("integer param", "", "fn f(x: f64, n: u32) -> f64 { x.powi(n as i32) }", Some(Code)),
    ("isize slice", "", "fn f(x: &[isize]) -> isize { x.iter().sum() }", None),
    ("int casts", "", "fn f(x: f64) -> f64 { (x as i32) as f64 * x }", None),
    ("char param", "", "fn f(c: char, x: f64) -> f64 { if c == 'a' { x } else { 2.0 * x } }", None),
    ("str param", "", "fn f(s: &str, x: f64) -> f64 { x * s.len() as f64 }", None),
    ("unit return", "", "fn f(x: f64) { let _ = x; }", None),
    ("no return", "", "fn f(x: f64) {}", None),
    ("tuple return", "", "fn f(x: f64) -> (f64, f64) { (x, x * x) }", None),
    ("option return", "", "fn f(x: f64) -> Option<f64> { Some(x) }", None),
    ("result with ?", "", "fn f(x: f64) -> Result<f64, ()> { let y: f64 = Ok::<f64, ()>(x)?; Ok(y) }", None),
    ("vec param", "", "fn f(x: Vec<f64>) -> f64 { x[0] }", None),
    ("complex", "", "fn f(x: num_complex::Complex<f64>) -> f64 { x.re }", None),
    ("f16", "", "fn f(x: f16) -> f16 { x * x }", None),
    ("f128", "", "fn f(x: f128) -> f128 { x * x }", None),
    ("huge literals", "", "fn f(x: f64) -> f64 { x * 1e400 + 0x10 as f64 + 1_f64 + 340282366920938463463374607431768211456 as f64 }", None),
    ("zero array", "", "fn f(x: [f64; 0]) -> f64 { 0.0 }", None),
    ("huge array", "", "fn f(x: [f64; 1000000000000]) -> f64 { x[0] }", None),
    ("array return 0", "", "fn f(x: f64) -> [f64; 0] { [] }", None),
    ("never-ending array type", "", "fn f(x: [[f64; 2]; 3]) -> f64 { x[0][1] }", None),
    // lifetimes, references, receivers
    ("lifetime slice", "", "fn f<'a>(x: &'a [f64]) -> f64 { x[0] * x[1] }", None),
    ("lifetime ref", "", "fn f<'a>(x: &'a f64) -> f64 { *x * *x }", None),
    ("return ref", "", "fn f<'a>(x: &'a [f64]) -> &'a f64 { &x[0] }", None),
    ("static lifetime", "", "fn f(x: &'static [f64]) -> f64 { x[0] }", None),
    ("mut ref param", "", "fn f(x: &mut f64) -> f64 { *x *= 2.0; *x }", None),
    ("mut slice param", "", "fn f(x: &mut [f64]) -> f64 { x[0] = 1.0; x[1] }", None),
    ("self by value", "", "fn f(self, x: f64) -> f64 { x }", None),
    ("self ref", "", "fn f(&self, x: f64) -> f64 { self.k * x }", None),
    ("mut self", "", "fn f(&mut self, x: f64) -> f64 { self.k = x; x }", None),
    ("self typed", "", "fn f(self: Box<Self>, x: f64) -> f64 { x }", None),
    ("self lifetime", "", "fn f<'a>(&'a self, x: &'a [f64]) -> f64 { x[0] }", None),
    ("pattern param", "", "fn f((a, b): (f64, f64)) -> f64 { a * b }", None),
    ("wildcard param", "", "fn f(_: f64, y: f64) -> f64 { y * y }", None),
    ("mut param", "", "fn f(mut x: f64) -> f64 { x *= x; x }", None),
    ("ref pattern param", "", "fn f(ref x: f64) -> f64 { *x }", None),
    ("struct pattern param", "", "fn f(S { a, b }: S) -> f64 { a * b }", None),
    ("slice pattern", "", "fn f(&[a, b]: &[f64; 2]) -> f64 { a * b }", None),
    // impl Trait, generics, where-clauses
    ("impl Float arg", "", "fn f(x: impl num_traits::Float) -> f64 { 0.0 }", None),
    ("impl Fn arg", "", "fn f(g: impl Fn(f64) -> f64, x: f64) -> f64 { g(x) * x }", None),
    ("dyn Fn arg", "", "fn f(g: &dyn Fn(f64) -> f64, x: f64) -> f64 { g(x) }", None),
    ("fn pointer arg", "", "fn f(g: fn(f64) -> f64, x: f64) -> f64 { g(x) }", None),
    ("return impl Trait", "", "fn f(x: f64) -> impl Copy { x * x }", None),
    ("return impl Fn", "", "fn f(x: f64) -> impl Fn(f64) -> f64 { move |y| x * y }", None),
    ("return dyn", "", "fn f(x: f64) -> Box<dyn Fn(f64) -> f64> { Box::new(move |y| x * y) }", None),
    ("never return", "", "fn f(x: f64) -> ! { loop {} }", None),
    ("never via panic", "", "fn f(x: f64) -> ! { panic!(\"{}\", x) }", None),
    ("generic Float", "", "fn f<T: num_traits::Float>(x: T) -> T { x.sin() * x }", Some(Code)),
    ("generic where", "", "fn f<T>(x: T, y: T) -> T where T: num_traits::Float + Copy { x * y }", Some(Code)),
    ("hrtb where", "", "fn f<T>(x: T) -> T where T: Float, for<'a> &'a T: core::ops::Add<Output = T> { x }", None),
    ("where on lifetime", "", "fn f<'a, 'b: 'a, T: Float + 'b>(x: &'a [T]) -> T where 'b: 'a { x[0] }", None),
    ("const generic", "", "fn f<const N: usize>(x: [f64; N]) -> f64 { let mut s = 0.0; for i in 0..N { s += x[i]; } s }", None),
    ("const generic default", "", "fn f<const N: usize = 3>(x: [f64; N]) -> f64 { x[0] }", None),
    ("type param default", "", "fn f<T = f64>(x: T) -> T { x }", None),
    ("unbounded generic", "", "fn f<T>(x: T) -> T { x }", None),
    ("generic not float", "", "fn f<T: Clone>(x: T, y: f64) -> f64 { y * y }", None),
    ("generic shadowing f64", "", "fn f<f64: Float>(x: f64) -> f64 { x }", None),
    ("assoc type bound", "", "fn f<I: Iterator<Item = f64>>(it: I, x: f64) -> f64 { x }", None),
    ("qself", "", "fn f<T: Float>(x: T) -> <T as core::ops::Add>::Output { x + x }", None),
    ("float in generic arg", "", "fn f(x: Option<f64>, y: f64) -> f64 { y }", None),
    // bodies
    ("empty body float", "", "fn f(x: f64) -> f64 {}", None),
    ("empty body unit", "", "fn f() {}", None),
    ("no params", "", "fn f() -> f64 { 1.0 }", None),
    ("only semicolons", "", "fn f(x: f64) -> f64 { ;;; x }", None),
    ("nested empty blocks", "", "fn f(x: f64) -> f64 { {} {{}} x }", None),
    ("unsafe block", "", "fn f(x: f64) -> f64 { unsafe { x } }", None),
    ("async block", "", "fn f(x: f64) -> f64 { let _fut = async { x }; x }", None),
    ("await", "", "fn f(x: f64) -> f64 { x.await }", None),
    ("closure in body", "", "fn f(x: f64) -> f64 { let g = |y: f64| y * y; g(x) }", None),
    ("match", "", "fn f(x: f64, k: u8) -> f64 { match k { 0 => x, _ => x * x } }", None),
    ("loop with break value", "", "fn f(x: f64) -> f64 { let mut y = x; loop { y *= 0.5; if y < 1.0 { break y; } } }", None),
    ("labeled break", "", "fn f(x: &[f64]) -> f64 { let mut s = 0.0; 'o: for a in x { for b in x { if *b > 1.0 { break 'o; } s += a * b; } } s }", None),
    ("let else", "", "fn f(x: f64) -> f64 { let Some(y) = Some(x) else { return 0.0 }; y }", None),
    ("if let", "", "fn f(x: f64) -> f64 { if let Some(y) = Some(x) { y } else { 0.0 } }", None),
    ("while let", "", "fn f(x: f64) -> f64 { let mut v = vec![x]; let mut s = 0.0; while let Some(y) = v.pop() { s += y; } s }", None),
    ("return in loop", "", "fn f(x: &[f64]) -> f64 { for v in x { if *v > 0.0 { return *v * *v; } } 0.0 }", None),
    ("tuple index", "", "fn f(x: f64) -> f64 { let t = (x, 2.0 * x); t.0 * t.1 }", None),
    ("struct literal", "", "fn f(x: f64) -> f64 { let p = P { a: x }; p.a }", None),
    ("range expr", "", "fn f(x: f64) -> f64 { let _r = 0.0..x; x }", None),
    ("reference ops", "", "fn f(x: f64) -> f64 { let r = &x; *r * *r }", None),
    ("try block", "", "fn f(x: f64) -> f64 { let y: Option<f64> = try { x }; y.unwrap() }", None),
    ("yield", "", "fn f(x: f64) -> f64 { yield x; x }", None),
    ("inline const", "", "fn f(x: f64) -> f64 { x * const { 2.0 } }", None),
    ("verbatim asm", "", "fn f(x: f64) -> f64 { core::arch::asm!(\"nop\"); x }", None),
    ("item in body", "", "fn f(x: f64) -> f64 { struct S; const K: f64 = 2.0; K * x }", None),
    ("impl in body", "", "fn f(x: f64) -> f64 { impl S { } x }", None),
    ("use in body", "", "fn f(x: f64) -> f64 { use core::f64::consts::PI; PI * x }", None),
    ("unicode ident", "", "fn f(α: f64, β: f64) -> f64 { α * β }", None),
    ("raw idents", "", "fn r#fn(r#type: f64) -> f64 { let r#let = r#type * r#type; r#let }", Some(Code)),
    ("name clash suffix", "", "fn f_grad(x: f64) -> f64 { x }", None),
    ("internal names", "", "fn f(__ad_0: f64, seed: f64, dx: f64) -> f64 { __ad_0 * seed * dx }", None),
    ("shadowed param", "", "fn f(x: f64) -> f64 { let x = x * x; let x = x.sin(); x }", Some(Code)),
    ("path call", "", "fn f(x: f64) -> f64 { ::std::f64::consts::PI * f64::sin(x) + <f64 as num_traits::Float>::cos(x) }", None),
    ("turbofish", "", "fn f(x: f64) -> f64 { x.max::<>(1.0) }", None),
    // attribute arguments
    ("wrt unknown", "wrt(z)", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("wrt empty", "wrt()", "fn f(x: f64) -> f64 { x }", None),
    ("wrt twice", "wrt(x, x)", "fn f(x: f64) -> f64 { x }", None),
    ("wrt self", "wrt(self)", "fn f(&self, x: f64) -> f64 { x }", None),
    ("wrt integer", "wrt(n)", "fn f(x: f64, n: usize) -> f64 { x }", None),
    ("wrt literal", "wrt(1)", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("wrt path", "wrt(a::b)", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("wrt eq", "wrt = x", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("two wrt", "wrt(x), wrt(y)", "fn f(x: f64, y: f64) -> f64 { x * y }", None),
    ("crate path", "crate = ::my::path", "fn f(x: f64) -> f64 { x }", Some(Code)),
    ("crate string", "crate = \"x\"", "fn f(x: f64) -> f64 { x }", None),
    ("crate empty", "crate =", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("unknown arg", "foo", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("unknown call arg", "foo(bar)", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("trailing comma", "wrt(x),", "fn f(x: f64) -> f64 { x }", None),
    ("garbage args", "= = ; ; 1.0 [ ]", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("float alias", "float = Real", "fn f(x: Real) -> Real { x * x }", Some(Code)),
    ("float alias twice", "float = Real, float = Real", "fn f(x: Real) -> Real { x }", Some(Error)),
    ("float alias path", "float = a::Real", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("float alias missing", "float =", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("float alias literal", "float = 3", "fn f(x: f64) -> f64 { x }", Some(Error)),
    ("float alias generic", "float = T", "fn f<T>(x: T) -> T { x * x }", Some(Code)),
    // the gaps between the bigger constructs: casts, destructuring, calls
    ("cast chain", "", "fn f(x: f64) -> f64 { ((x as f32) as f64 as f32 as f64) * x }", Some(Code)),
    ("cast to generic", "", "fn f<T: Float>(x: T) -> T { x as T }", Some(Error)),
    ("cast of a slice", "", "fn f(x: &[f64]) -> f64 { (x as f64) }", Some(Error)),
    ("f64 from two args", "", "fn f(x: f32) -> f64 { f64::from(x, x) }", None),
    ("sin_cos three names", "", "fn f(x: f64) -> f64 { let (a, b, c) = x.sin_cos(); a }", None),
    ("sin_cos field 2", "", "fn f(x: f64) -> f64 { x.sin_cos().2 }", Some(Error)),
    ("sin_cos with arg", "", "fn f(x: f64) -> f64 { let (s, c) = x.sin_cos(1.0); s }", None),
    ("libm bare", "", "fn f(x: f64) -> f64 { libm::sin() }", None),
    ("libm nested path", "", "fn f(x: f64) -> f64 { libm::a::sin(x) }", None),
    ("array pattern rest only", "", "fn f(q: [f64; 2]) -> f64 { let [..] = q; q[0] }", None),
    ("array pattern nested", "", "fn f(q: [f64; 2]) -> f64 { let [(a, b), c] = q; a }", None),
    ("array pattern binding at", "", "fn f(q: [f64; 2]) -> f64 { let [a @ .., b] = q; b }", None),
    ("array pattern ref", "", "fn f(q: &[f64; 2]) -> f64 { let [ref a, b] = *q; *a * b }", Some(Error)),
    ("struct pattern of active", "", "fn f(x: f64) -> f64 { let P { a } = P { a: x }; a }", Some(Error)),
    ("struct pattern rest", "", "fn f(x: f64, p: &P) -> f64 { let P { .. } = p; x }", Some(Code)),
    ("tuple from if, three", "", "fn f(x: f64, c: bool) -> f64 { let (a, b, d) = if c { (x, x, x) } else { (x, 1.0, x) }; a * b * d }", Some(Code)),
    ("tuple from if, not a tuple", "", "fn f(x: f64, c: bool) -> f64 { let (a, b) = if c { g(x) } else { (x, x) }; a * b }", None),
    ("tuple from if without else", "", "fn f(x: f64, c: bool) -> f64 { let (a, b) = if c { (x, x) }; a }", None),
    ("mut ref param", "", "fn f(mut x: &[f64]) -> f64 { x[0] }", Some(Error)),
    ("mut array param", "", "fn f(mut q: [f64; 2]) -> f64 { q[0] }", Some(Error)),
    ("return in loop, no value", "", "fn f(x: f64) -> f64 { for _ in 0..3 { return; } x }", Some(Error)),
    ("return in loop, nested blocks", "", "fn f(x: f64) -> f64 { { for _ in 0..3 { return x; } } x }", None),
    ("return in loop in closure", "", "fn f(x: f64) -> f64 { let g = || { for _ in 0..3 { return 1.0; } 2.0 }; x * g() }", None),
    ("return in while condition", "", "fn f(x: f64) -> f64 { while { if x > 0.0 { return x; } false } {} x }", None),
    ("loop left only by return", "", "fn f(x: f64) -> f64 { let mut s = x; loop { s = s * 0.5; if s < 0.1 { return s; } } }", Some(Code)),
    ("no_grad of active", "", "fn f(x: f64) -> f64 { g(x, no_grad(x)) }", Some(Error)),
    ("no_grad empty", "", "fn f(x: f64) -> f64 { g(x, no_grad()) }", Some(Error)),
    ("no_grad alone", "", "fn f(x: f64) -> f64 { let c = no_grad(2.0); c * x }", Some(Code)),
    ("subslice mut", "", "fn f(x: &[f64]) -> f64 { g(&mut x[1..]) }", None),
    ("subslice open", "", "fn f(x: &[f64]) -> f64 { g(&x[..], &x[1..], &x[..=1]) }", Some(Code)),
    ("subslice as value", "", "fn f(x: &[f64]) -> f64 { let y = &x[1..]; y[0] }", Some(Error)),
];

#[test]
fn every_item_kind() {
    let mut failures = Vec::new();
    let (mut code, mut error) = (0, 0);
    for (name, args, input, expect) in ITEMS {
        match case(name, args, input, *expect) {
            Ok(Code) => code += 1,
            Ok(Error) => error += 1,
            Err(e) => failures.push(e),
        }
    }
    eprintln!(
        "item kinds: {} cases, {code} code, {error} errors",
        ITEMS.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Runs `f` on a thread with the stack `rustc` gives a proc macro (its main thread has
/// 8 MiB); the default 2 MiB of a test thread is smaller than what a real compile has.
fn on_compiler_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the checked closure does not panic")
}

fn long_body(n: usize) -> String {
    let mut s = String::from("fn f(x: f64, y: f64) -> f64 { let mut s = 0.0;");
    for i in 0..n {
        match i % 4 {
            0 => s.push_str(&format!("let a{i} = x * {}.5 + y;", i % 7)),
            1 => s.push_str(&format!("s += a{} * a{};", i - 1, i - 1)),
            2 => s.push_str(&format!("let a{i} = (s * 1e-3).sin();")),
            _ => s.push_str(&format!("s += 0.5 * a{};", i - 1)),
        }
    }
    s.push_str(" s }");
    s
}

/// Nesting of depth `depth` in several shapes; every one is valid Rust.
fn deep(shape: usize, depth: usize) -> String {
    let open = |a: &str, b: &str, mid: &str| format!("{}{mid}{}", a.repeat(depth), b.repeat(depth));
    let body = match shape {
        0 => open("(", ")", "x"),
        1 => open("{ ", " }", "x"),
        2 => open("-(", ")", "x"),
        3 => format!("x{}", ".sin()".repeat(depth)),
        4 => (0..depth).map(|_| "x").collect::<Vec<_>>().join(" * "),
        5 => format!(
            "{}x{}",
            "if x > 0.0 { ".repeat(depth),
            " } else { x }".repeat(depth)
        ),
        6 => format!("{}x{}", "(x + ".repeat(depth), ")".repeat(depth)),
        7 => format!("{}x", "x * ".repeat(depth)),
        8 => open("[", "][0]", "x"),
        _ => format!("{}0.5{}", "x.max(".repeat(depth), ")".repeat(depth)),
    };
    format!("fn f(x: f64) -> f64 {{ {body} }}")
}

/// Collects the failures of `cases` (name, input, expected outcome) run on the compiler's stack.
fn run_cases(cases: Vec<(String, String, Option<Outcome>)>) {
    let n = cases.len();
    let failures = on_compiler_stack(move || {
        cases
            .iter()
            .filter_map(|(name, input, expect)| case(name, "", input, *expect).err())
            .collect::<Vec<_>>()
    });
    eprintln!("{n} cases");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Set `HOSTILE_ITERATIONS` to run the slow extras too.
fn thorough() -> bool {
    std::env::var("HOSTILE_ITERATIONS").is_ok()
}

#[test]
fn long_body_of_1000_statements() {
    let mut cases = vec![("long body".to_string(), long_body(1000), Some(Code))];
    if thorough() {
        let stmts: String = (0..1000).map(|i| format!("let y{i} = x;")).collect();
        for input in [
            format!("fn f(x: f64) -> f64 {{ {stmts} x }}"),
            format!(
                "fn f(x: f64) -> f64 {{ {} x }}",
                "let x = x * 1.0001;".repeat(1000)
            ),
            format!(
                "fn f(x: f64) -> f64 {{ let mut s = x; {} s }}",
                "s *= 1.0001;".repeat(1000)
            ),
            format!(
                "fn f(x: &[f64]) -> f64 {{ let mut s = 0.0; for v in x {{ {} }} s }}",
                "s += v.sin();".repeat(1000)
            ),
        ] {
            cases.push(("long body".to_string(), input, Some(Code)));
        }
    }
    run_cases(cases);
}

#[test]
fn nesting_of_depth_200() {
    let mut cases = Vec::new();
    for shape in [0, 1, 2, 3, 4, 6, 7, 8, 9] {
        cases.push((format!("deep shape {shape}"), deep(shape, 200), None));
    }
    // An if/else chain and nested loops around a taped product cost time superlinear in
    // the depth (bug 32 in RELIABILITY.md: 35 s and 15 s at depth 200): depth 40 here.
    let d = if thorough() { 200 } else { 40 };
    cases.push((format!("if chain {d}"), deep(5, d), Some(Code)));
    let nest = format!(
        "fn f(x: f64) -> f64 {{ let mut p = x; {} p *= x.sin(); {} p }}",
        "for _i in 0..1 { ".repeat(d),
        "}".repeat(d)
    );
    cases.push((format!("loop nest {d}"), nest, Some(Code)));
    run_cases(cases);
}

/// xorshift64*: seeded, reproducible, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Valid differentiable functions the mutations start from: the whole grammar
/// (scalars, slices, arrays, generics, loops, tapes, branches, calls, methods, `wrt`).
const SEEDS: &[(&str, &str)] = &[
    ("", "fn rosen(x: f64, y: f64) -> f64 { let a = 1.0 - x; let b = y - x * x; a * a + 100.0 * b * b }"),
    ("", "fn ext(x: &[f64]) -> f64 { let mut s = 0.0; for i in 0..x.len() - 1 { let a = x[i + 1] - x[i] * x[i]; let b = 1.0 - x[i]; s += 100.0 * a * a + b * b; } s }"),
    ("", "fn prod(x: &[f64]) -> f64 { let mut p = 1.0; for &xi in x.iter() { p *= 1.0 + 0.5 * xi.sin(); } p }"),
    ("", "pub fn g<T: num_traits::Float>(x: T, y: T) -> T where T: Copy { if x > y { x.sin() * y } else { (x * y).exp().ln_1p() } }"),
    ("wrt(x)", "fn w(x: f64, k: usize, c: f64) -> f64 { let mut m = x; let mut i = 0; while i < k { m = (0.7 * m + c).tanh(); i += 1; } m.max(0.1).powf(2.5) }"),
    ("no_hvp", "fn nested(w: f64, b: f64) -> f64 { let mut x = w; for _ in 0..3 { let (_, g0, g1) = loss_grad(x, b); x = x - 0.1 * g0 + g1; } let (v, t) = loss_jvp(x, 1.0, b, x); let (u, s, _) = loss_vjp(x, b, t); v * t + u * s }"),
    ("", "fn nested_into(x: &[f64; 3], out: &mut [f64; 3]) { let mut g = [0.0; 3]; let _ = e_grad(x, &mut g); let _ = e_grad(&g, out); }"),
    ("", "fn s(r: f64, t: f64) -> [f64; 3] { [r * t.cos(), r * t.sin(), r.abs().sqrt()] }"),
    ("", "fn arr(x: [f64; 3], y: f64) -> f64 { let mut s = y; for i in 0..3 { s = s.hypot(x[i]) + x[i].powi(2); if s > 10.0 { break; } } s / (1.0 + y * y) }"),
    ("wrt(x)", "fn chains(x: &[f64], d: &[f64]) -> f64 { let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max); let s: f64 = x.windows(2).zip(d).map(|(w, c)| (w[1] - w[0]) * c).sum(); let mut t = 0.0; for (i, c) in x.chunks(2).enumerate().skip(1) { t += c[0] * i as f64 + c.len() as f64; } m + s * t + x[1..].iter().rev().step_by(2).filter(|v| **v > 0.0).map(|v| v.exp()).product::<f64>() }"),
    ("crate = ::autodiff_runtime", "fn loss(&self, w: &[f64]) -> f64 { let mut s = 0.0; for (i, wi) in w.iter().enumerate() { let z = *wi * self.k[i] as f64 - f64::atan2(*wi, 1.0); s += z.min(1.0).clamp(-2.0, 2.0); } rosen(s, w[0]) }"),
];

const IDENTS: &[&str] = &[
    "fn",
    "let",
    "mut",
    "for",
    "in",
    "while",
    "loop",
    "if",
    "else",
    "match",
    "return",
    "break",
    "continue",
    "self",
    "Self",
    "super",
    "crate",
    "impl",
    "dyn",
    "unsafe",
    "async",
    "await",
    "move",
    "ref",
    "static",
    "const",
    "struct",
    "enum",
    "trait",
    "where",
    "as",
    "pub",
    "use",
    "mod",
    "type",
    "extern",
    "true",
    "false",
    "x",
    "y",
    "s",
    "i",
    "f64",
    "f32",
    "i32",
    "usize",
    "u8",
    "T",
    "F",
    "Float",
    "Option",
    "Some",
    "None",
    "sin",
    "exp",
    "ln",
    "powf",
    "powi",
    "max",
    "min",
    "abs",
    "sqrt",
    "len",
    "iter",
    "sum",
    "map",
    "x_grad",
    "x_tangent",
    "seed",
    "__ad_0",
    "dx",
    "_",
    "differentiable",
    "r#type",
    "union",
    "yield",
    "try",
    "box",
    "macro_rules",
    "vec",
    "println",
];

const LITERALS: &[&str] = &[
    "0",
    "1",
    "2",
    "0.0",
    "0.5",
    "1.0",
    "-0.0",
    "1e308",
    "1e400",
    "1e-320",
    "0x10",
    "0b1",
    "1u8",
    "255u8",
    "1_000_000",
    "1.0f32",
    "2f64",
    "1i128",
    "340282366920938463463374607431768211455",
    "\"str\"",
    "'c'",
    "b'x'",
    "b\"bytes\"",
    "r#\"raw\"#",
    "'static",
    "1.",
    "0.5e-3_f64",
    "c\"c\"",
];

const PUNCTS: &[char] = &[
    '+', '-', '*', '/', '%', '=', '<', '>', '!', '&', '|', '^', '.', ',', ';', ':', '#', '?', '@',
    '~', '$', '\'',
];

fn random_leaf(rng: &mut Rng) -> TokenTree {
    match rng.below(3) {
        0 => {
            let s = *rng.pick(IDENTS);
            if let Some(raw) = s.strip_prefix("r#") {
                TokenTree::Ident(Ident::new_raw(raw, Span::call_site()))
            } else {
                TokenTree::Ident(Ident::new(s, Span::call_site()))
            }
        }
        1 => {
            let s = *rng.pick(LITERALS);
            s.parse::<TokenStream>()
                .expect("literal lexes")
                .into_iter()
                .next()
                .expect("one token")
        }
        _ => {
            let c = *rng.pick(PUNCTS);
            let spacing = if c != '\'' && rng.below(3) == 0 {
                Spacing::Joint
            } else {
                Spacing::Alone
            };
            let c = if c == '\'' { '#' } else { c };
            TokenTree::Punct(Punct::new(c, spacing))
        }
    }
}

fn random_delim(rng: &mut Rng) -> Delimiter {
    *rng.pick(&[
        Delimiter::Parenthesis,
        Delimiter::Brace,
        Delimiter::Bracket,
        Delimiter::None,
    ])
}

fn random_stream(rng: &mut Rng, depth: usize) -> TokenStream {
    let n = rng.below(12);
    (0..n)
        .map(|_| {
            if depth > 0 && rng.below(4) == 0 {
                TokenTree::Group(Group::new(random_delim(rng), random_stream(rng, depth - 1)))
            } else {
                random_leaf(rng)
            }
        })
        .collect()
}

/// A token tree as an editable value (proc_macro2 groups are immutable).
#[derive(Clone)]
enum Tok {
    Leaf(TokenTree),
    Group(Delimiter, Vec<Tok>),
}

fn to_toks(ts: TokenStream) -> Vec<Tok> {
    ts.into_iter()
        .map(|t| match t {
            TokenTree::Group(g) => Tok::Group(g.delimiter(), to_toks(g.stream())),
            leaf => Tok::Leaf(leaf),
        })
        .collect()
}

fn to_stream(toks: &[Tok]) -> TokenStream {
    toks.iter()
        .map(|t| match t {
            Tok::Leaf(l) => l.clone(),
            Tok::Group(d, inner) => TokenTree::Group(Group::new(*d, to_stream(inner))),
        })
        .collect()
}

/// The number of token sequences (the top level and every group's contents).
fn count_seqs(toks: &[Tok]) -> usize {
    1 + toks
        .iter()
        .map(|t| match t {
            Tok::Group(_, inner) => count_seqs(inner),
            Tok::Leaf(_) => 0,
        })
        .sum::<usize>()
}

/// Applies `f` to a random token sequence of `toks`.
fn with_random_seq(rng: &mut Rng, toks: &mut Vec<Tok>, f: impl FnOnce(&mut Rng, &mut Vec<Tok>)) {
    let mut k = rng.below(count_seqs(toks));
    fn walk<'a>(toks: &'a mut Vec<Tok>, k: &mut usize) -> Option<&'a mut Vec<Tok>> {
        if *k == 0 {
            return Some(toks);
        }
        *k -= 1;
        for t in toks.iter_mut() {
            if let Tok::Group(_, inner) = t {
                if let Some(found) = walk(inner, k) {
                    return Some(found);
                }
            }
        }
        None
    }
    if let Some(seq) = walk(toks, &mut k) {
        f(rng, seq);
    }
}

/// One random edit of one token sequence.
fn mutate(rng: &mut Rng, toks: &mut Vec<Tok>) {
    with_random_seq(rng, toks, |rng, seq| {
        let n = seq.len();
        let i = if n == 0 { 0 } else { rng.below(n) };
        match rng.below(10) {
            0 if n > 0 => {
                seq.remove(i);
            }
            1 if n > 0 => {
                let t = seq[i].clone();
                seq.insert(i, t);
            }
            2 if n > 1 => {
                let j = rng.below(n);
                seq.swap(i, j);
            }
            3 if n > 0 => {
                if let Tok::Leaf(TokenTree::Ident(_)) = seq[i] {
                    let s = *rng.pick(IDENTS);
                    let id = match s.strip_prefix("r#") {
                        Some(raw) => Ident::new_raw(raw, Span::call_site()),
                        None => Ident::new(s, Span::call_site()),
                    };
                    seq[i] = Tok::Leaf(TokenTree::Ident(id));
                } else {
                    seq[i] = Tok::Leaf(random_leaf(rng));
                }
            }
            4 if n > 0 => {
                if let Tok::Leaf(TokenTree::Literal(_)) = seq[i] {
                    let s = *rng.pick(LITERALS);
                    let lit: Literal =
                        match s.parse::<TokenStream>().expect("lexes").into_iter().next() {
                            Some(TokenTree::Literal(l)) => l,
                            _ => Literal::f64_unsuffixed(0.5),
                        };
                    seq[i] = Tok::Leaf(TokenTree::Literal(lit));
                }
            }
            5 => {
                let leaf = random_leaf(rng);
                seq.insert(i.min(n), Tok::Leaf(leaf));
            }
            6 if n > 0 => {
                // wrap a run of tokens in a new group
                let j = (i + 1 + rng.below(3)).min(n);
                let inner: Vec<Tok> = seq.drain(i..j).collect();
                seq.insert(i, Tok::Group(random_delim(rng), inner));
            }
            7 if n > 0 => {
                // change a group's delimiter, or splice its contents into the parent
                if let Tok::Group(d, inner) = &mut seq[i] {
                    if rng.below(2) == 0 {
                        *d = random_delim(rng);
                    } else {
                        let inner = std::mem::take(inner);
                        seq.splice(i..=i, inner);
                    }
                }
            }
            8 if n > 0 => {
                // delete a whole run (a statement's worth)
                let j = (i + 1 + rng.below(6)).min(n);
                seq.drain(i..j);
            }
            _ => {
                // copy a run from elsewhere in the sequence
                if n > 0 {
                    let a = rng.below(n);
                    let b = (a + 1 + rng.below(5)).min(n);
                    let run: Vec<Tok> = seq[a..b].to_vec();
                    let at = rng.below(n + 1);
                    seq.splice(at..at, run);
                }
            }
        }
    });
}

fn iterations() -> usize {
    std::env::var("HOSTILE_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000)
}

fn seed() -> u64 {
    std::env::var("HOSTILE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9E37_79B9_7F4A_7C15)
}

#[test]
fn seeds_are_valid() {
    for (args, input) in SEEDS {
        if let Err(e) = case("seed", args, input, Some(Code)) {
            panic!("{e}");
        }
    }
}

#[test]
fn mutated_functions() {
    let iters = iterations();
    let failures = on_compiler_stack(move || {
        let mut rng = Rng(seed());
        let mut failures = Vec::new();
        let (mut code, mut error) = (0usize, 0usize);
        let seeds: Vec<(TokenStream, Vec<Tok>)> =
            SEEDS.iter().map(|(a, f)| (ts(a), to_toks(ts(f)))).collect();
        for _ in 0..iters {
            let (args, base) = rng.pick(&seeds).clone();
            let mut toks = base;
            let edits = 1 + rng.below(4);
            for _ in 0..edits {
                mutate(&mut rng, &mut toks);
            }
            let mut args = to_toks(args);
            if rng.below(8) == 0 {
                mutate(&mut rng, &mut args);
            }
            match check(&to_stream(&args), &to_stream(&toks)) {
                Ok(Code) => code += 1,
                Ok(Error) => error += 1,
                Err(e) if failures.len() < 5 => failures.push(e),
                Err(_) => {}
            }
        }
        eprintln!(
            "mutations: {iters} mutants, {code} code, {error} errors, {} failures",
            failures.len()
        );
        failures
    });
    assert!(
        failures.is_empty(),
        "{} failures (first 5):\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn random_token_streams() {
    let iters = 2 * iterations();
    let mut rng = Rng(seed() ^ 0xDEAD_BEEF);
    let mut failures = Vec::new();
    let mut error = 0usize;
    for k in 0..iters {
        let body = random_stream(&mut rng, 3);
        // Half of them inside a function's braces, so the macro gets past parsing the
        // signature and into the body's lowering.
        let input = if k % 2 == 0 {
            body
        } else {
            let mut t = ts("fn f(x: f64, y: &[f64]) -> f64");
            t.extend([TokenTree::Group(Group::new(Delimiter::Brace, body))]);
            t
        };
        let args = if k % 5 == 0 {
            random_stream(&mut rng, 1)
        } else {
            TokenStream::new()
        };
        match check(&args, &input) {
            Ok(Error) => error += 1,
            Ok(Code) => {}
            Err(e) if failures.len() < 5 => failures.push(e),
            Err(_) => {}
        }
    }
    eprintln!("random streams: {iters} streams, {error} errors");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
