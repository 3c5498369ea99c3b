//! The receiver of a method called through its path (`<Self>::h_jvp(self, ..)`, see
//! `dispatch`). The call passes it as `&Self`; the method's derivative may take it
//! that way, by value (a copy, as the method call `self.h_jvp(..)` would make), or,
//! under the method's `wrt(self)`, as an active struct with its tangent (`h_jvp`),
//! shadow (`h_vjp`) or direction and H·v (`h_hvp`): zeros, the caller not
//! differentiating its receiver. The compiler picks the one the method fits, as it
//! does for constants.

use super::dispatch::DataMode;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// How a method's derivative takes its receiver.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReceiverShape {
    /// `&self`, as the call passes it.
    Ref,
    /// `self` by value, a copy.
    Value,
    /// `&self` under `wrt(self)`, with zeros for its tangent or shadow.
    Struct,
}

pub(crate) const SHAPES: [ReceiverShape; 3] = [
    ReceiverShape::Ref,
    ReceiverShape::Value,
    ReceiverShape::Struct,
];

/// The marker types naming the shapes in the implementations of `dispatch`'s trait.
pub(crate) fn marker_defs() -> TokenStream {
    quote! {
        #[allow(dead_code)]
        struct __AdRef;
        #[allow(dead_code)]
        struct __AdValue;
        #[allow(dead_code)]
        struct __AdStruct;
    }
}

/// What one receiver slot adds to an implementation of `dispatch`'s trait.
pub(crate) struct Parts<'p> {
    pub params: &'p mut Vec<TokenStream>,
    pub args: &'p mut Vec<TokenStream>,
    pub bounds: &'p mut Vec<TokenStream>,
    /// The zeros made before the call.
    pub zeros: &'p mut TokenStream,
}

impl ReceiverShape {
    pub(crate) fn marker(self) -> TokenStream {
        match self {
            ReceiverShape::Ref => quote!(__AdRef),
            ReceiverShape::Value => quote!(__AdValue),
            ReceiverShape::Struct => quote!(__AdStruct),
        }
    }

    /// The parameters, arguments and bounds of the receiver, slot `k` of type `ty`
    /// (a `&S`), for a call of the derivative `mode`.
    pub(crate) fn slot(
        self,
        rt: &TokenStream,
        (k, ty): (usize, &Ident),
        mode: DataMode,
        p: Parts<'_>,
    ) {
        let i = syn::Index::from(k);
        let target = quote!(<#ty as ::core::ops::Deref>::Target);
        match self {
            ReceiverShape::Ref => {
                p.params.push(quote!(#ty));
                p.args.push(quote!(__ad_a.#i));
            }
            ReceiverShape::Value => {
                p.params.push(target.clone());
                p.args.push(quote!(*__ad_a.#i));
                p.bounds.push(quote!(#ty: ::core::ops::Deref));
                p.bounds.push(quote!(#target: ::core::marker::Copy));
            }
            ReceiverShape::Struct => {
                let (t, h) = (format_ident!("__ad_t{}", k), format_ident!("__ad_h{}", k));
                let zeros = quote!(#rt::Differentiable::zeros_like(&*__ad_a.#i));
                p.params.push(quote!(#ty));
                p.args.push(quote!(__ad_a.#i));
                p.bounds.push(quote!(#ty: ::core::ops::Deref));
                p.bounds.push(quote!(#target: #rt::Differentiable));
                if mode != DataMode::Vjp {
                    p.zeros.extend(quote!(let #t: #target = #zeros;));
                    p.params.push(quote!(&#target));
                    p.args.push(quote!(&#t));
                }
                if mode != DataMode::Jvp {
                    p.zeros.extend(quote!(let mut #h: #target = #zeros;));
                    p.params.push(quote!(&mut #target));
                    p.args.push(quote!(&mut #h));
                }
            }
        }
    }
}
