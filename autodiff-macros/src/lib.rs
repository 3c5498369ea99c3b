//! The `#[differentiable]` attribute. See the `differentiable` crate for documentation.
//!
//! This file is only the entry point; `expand::expand` does the work on
//! `proc_macro2` tokens so that it can be tested and fuzzed outside the compiler.
#![warn(missing_docs)]

mod adjoint;
mod analysis;
mod args;
mod desugar;
mod emit;
mod expand;
mod gen;
mod ir;
mod lower;
mod lower_expr;
mod resolve;
mod rules_table;
mod signature;

use proc_macro::TokenStream;

/// Generates forward-mode, reverse-mode and Hessian-vector-product versions of a
/// function. See the `differentiable` crate documentation.
#[proc_macro_attribute]
pub fn differentiable(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::expand(args.into(), input.into()).into()
}

#[cfg(test)]
mod hostile_tests;
