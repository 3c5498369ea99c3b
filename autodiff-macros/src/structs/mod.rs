//! Active struct parameters (`p: &Linear` named in `wrt(..)`, `&self` with
//! `wrt(self)`).
//!
//! The macro cannot see a struct's fields, but the body's field paths are syntax. Each
//! path the body reads (`p.w`, `p.b`, `self.layer.w`, or the struct itself when it is
//! passed on) becomes a parameter of a hidden *flattened* function, which the usual
//! pipeline differentiates: floats as `F`, arrays and vectors as `&[F]`, structs passed
//! to calls by reference with their own type. The user-facing `f_jvp`/`f_vjp`/
//! `f_grad`/`f_hvp` are thin wrappers that pass the fields of the primal and of its
//! shadow struct to the flattened ones, and check at compile time, through the marker
//! methods `#[derive(Differentiable)]` generates, that no path they differentiate is
//! a `#[no_grad]` field.

mod leaves;
mod wrappers;

pub(crate) use leaves::{Leaf, LeafKind};

use crate::front::args::Args;
use crate::front::signature::{self, RetShape};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{FnArg, Ident, ItemFn, Type};

/// An active struct parameter.
pub(crate) struct Root {
    /// `p`, or `self`.
    pub name: Ident,
    /// The struct type as written (`Linear`, `Linear<T>`, `Self`).
    pub ty: Type,
    /// The same type as an expression path prefix (`Linear::<T>`), for method calls.
    pub ty_path: TokenStream,
    /// Its position among the function's inputs.
    pub input: usize,
}

/// The flattened function and what the wrappers need to call its derivatives.
pub(crate) struct Flat {
    pub item: ItemFn,
    pub args: Args,
    pub roots: Vec<Root>,
    pub leaves: Vec<Leaf>,
}

/// The active struct parameters of `item`, if any: `&T` parameters named in `wrt(..)`
/// whose type is not a float slice or array, and `&self` under `wrt(self)`.
fn roots(item: &ItemFn, args: &Args, fl: &[Ident]) -> syn::Result<Vec<Root>> {
    let Some(wrt) = &args.wrt else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (i, arg) in item.sig.inputs.iter().enumerate() {
        match arg {
            FnArg::Receiver(r) if wrt.iter().any(|w| w == "self") => {
                if !matches!(r.kind, syn::ReceiverKind::Reference(_, _, None)) {
                    return Err(syn::Error::new_spanned(r, "`wrt(self)` differentiates a method taking `&self`; take the receiver as `&self`"));
                }
                out.push(Root {
                    name: Ident::new("self", r.self_token.span),
                    ty: syn::parse_quote!(Self),
                    ty_path: quote!(Self),
                    input: i,
                });
            }
            FnArg::Typed(pt) => {
                let syn::Pat::Ident(pi) = &*pt.pat else {
                    continue;
                };
                // a flattened function's struct references are leaves, not roots again
                if !wrt.contains(&pi.ident)
                    || args.struct_refs.contains(&pi.ident)
                    || signature::shape_of(&pt.ty, fl).is_some()
                {
                    continue;
                }
                let ty = match &*pt.ty {
                    Type::Reference(r) if r.mutability.is_none() => match &*r.elem {
                        Type::Path(p) if p.qself.is_none() => (*r.elem).clone(),
                        _ => continue,
                    },
                    // a struct by value (not an integer, nor a standard container,
                    // which get the usual message)
                    Type::Path(p)
                        if p.qself.is_none()
                            && !signature::is_float(&pt.ty, fl)
                            && p.path.segments.last().is_some_and(|s| {
                                !["Vec", "Box", "Option", "String", "Rc", "Arc"]
                                    .iter()
                                    .any(|n| s.ident == n)
                            })
                            && !p.path.get_ident().is_some_and(signature::is_primitive) =>
                    {
                        let shown = quote::ToTokens::to_token_stream(&pt.ty).to_string();
                        return Err(syn::Error::new_spanned(&pt.ty, format!("a struct parameter named in `wrt(..)` is taken by reference: `{}: &{shown}`", pi.ident)));
                    }
                    _ => continue,
                };
                if pi.mutability.is_some() {
                    return Err(syn::Error::new_spanned(pi, "`mut` on an active struct parameter is not supported; copy what changes into a local"));
                }
                let ty_path = expr_path_of(&ty);
                out.push(Root {
                    name: pi.ident.clone(),
                    ty,
                    ty_path,
                    input: i,
                });
            }
            _ => {}
        }
    }
    Ok(out)
}

/// `Linear<T>` as the expression path `Linear::<T>`.
fn expr_path_of(ty: &Type) -> TokenStream {
    let Type::Path(p) = ty else {
        return quote!(#ty);
    };
    let mut path = p.path.clone();
    for seg in &mut path.segments {
        if let syn::PathArguments::AngleBracketed(a) = &mut seg.arguments {
            a.colon2_token = Some(Default::default());
        }
    }
    quote!(#path)
}

/// The float type of the function, from its result (or its out-parameters).
fn float_type(item: &ItemFn, ret: &RetShape, fl: &[Ident]) -> Type {
    match ret {
        RetShape::Scalar(t) => t.clone(),
        RetShape::Array(Type::Array(a)) => (*a.elem).clone(),
        RetShape::Array(t) => t.clone(),
        RetShape::Unit => signature::out_elem_type(&item.sig, fl).unwrap_or(syn::parse_quote!(f64)),
    }
}

/// The flattened function of `item` when it has active struct parameters.
pub(crate) fn flatten(
    item: &ItemFn,
    args: &Args,
    fl: &[Ident],
    ret: &RetShape,
) -> syn::Result<Option<Flat>> {
    let roots = roots(item, args, fl)?;
    if roots.is_empty() {
        return Ok(None);
    }
    let mut body = (*item.block).clone();
    let leaves = leaves::rewrite(&roots, &mut body)?;
    for r in &roots {
        if !leaves.iter().any(|l| *l.name_root(&roots) == r.name) {
            return Err(syn::Error::new_spanned(&r.name, format!("`{}` is named in `wrt(..)` but the body reads none of its differentiable fields", r.name)));
        }
    }
    let f = float_type(item, ret, fl);
    let rt = match &args.krate {
        Some(p) => quote!(#p::__private),
        None => quote!(::differentiable::__private),
    };
    let mut inputs: syn::punctuated::Punctuated<FnArg, syn::Token![,]> = Default::default();
    for (i, arg) in item.sig.inputs.iter().enumerate() {
        inputs.push(arg.clone());
        let Some(r) = roots.iter().position(|r| r.input == i) else {
            continue;
        };
        for l in leaves.iter().filter(|l| l.root == r) {
            let id = &l.ident;
            let ty = &roots[r].ty;
            let ty: TokenStream = match l.kind {
                LeafKind::Scalar => quote!(#f),
                LeafKind::Slice => quote!(&[#f]),
                LeafKind::Ref => {
                    let mut t = quote!(#ty);
                    for p in &l.path {
                        let h = field_hash(&p.to_string());
                        t = quote!(<#t as #rt::FieldType<#h>>::Ty);
                    }
                    quote!(&#t)
                }
            };
            inputs.push(syn::parse_quote!(#id: #ty));
        }
    }
    let mut sig = item.sig.clone();
    sig.inputs = inputs;
    sig.ident = format_ident!(
        "__ad_{}_leaves",
        item.sig.ident.to_string().trim_start_matches("r#"),
        span = item.sig.ident.span()
    );
    let flat_item = ItemFn {
        attrs: Vec::new(),
        vis: syn::Visibility::Inherited,
        modifiers: item.modifiers.clone(),
        sig,
        block: Box::new(body),
    };
    let mut wrt: Vec<Ident> = args
        .wrt
        .iter()
        .flatten()
        .filter(|w| !roots.iter().any(|r| r.name == **w))
        .cloned()
        .collect();
    wrt.extend(leaves.iter().map(|l| l.ident.clone()));
    let flat_args = Args {
        wrt: Some(wrt),
        krate: args.krate.clone(),
        no_hvp: args.no_hvp,
        float: args.float.clone(),
        checkpoint: args.checkpoint.clone(),
        struct_refs: leaves
            .iter()
            .filter(|l| l.kind == LeafKind::Ref)
            .map(|l| l.ident.clone())
            .collect(),
    };
    Ok(Some(Flat {
        item: flat_item,
        args: flat_args,
        roots,
        leaves,
    }))
}

impl Leaf {
    fn name_root<'r>(&self, roots: &'r [Root]) -> &'r Ident {
        &roots[self.root].name
    }
}

/// The key of a field in the runtime's `FieldType<H>`: FNV-1a of its name, which
/// `#[derive(Differentiable)]` computes the same way.
pub(crate) fn field_hash(name: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.trim_start_matches("r#").bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

pub(crate) use wrappers::{respan, wrappers};
