//! The `#[differentiable]` attribute. See the `differentiable` crate for documentation.
//!
//! This file is only the entry point; `entry::expand` does the work on
//! `proc_macro2` tokens so that it can be tested and fuzzed outside the compiler.
#![warn(missing_docs)]

mod analysis;
mod derive;
mod emit;
mod entry;
mod errors;
mod front;
mod ir;
mod lower;
mod structs;
mod tuples;

use proc_macro::TokenStream;

/// Generates forward-mode, reverse-mode and Hessian-vector-product versions of a
/// function. See the `differentiable` crate documentation.
#[proc_macro_attribute]
pub fn differentiable(args: TokenStream, input: TokenStream) -> TokenStream {
    entry::expand(args.into(), input.into()).into()
}

/// Makes a struct usable as an active parameter of differentiable functions and as
/// the parameters of an optimizer. See the `differentiable` crate documentation.
#[proc_macro_derive(Differentiable, attributes(no_grad))]
pub fn derive_differentiable(input: TokenStream) -> TokenStream {
    derive::expand(input.into()).into()
}

#[cfg(test)]
mod hostile_tests;

#[cfg(test)]
mod snapshot_tests;
#[cfg(test)]
mod stored_results_tests;
