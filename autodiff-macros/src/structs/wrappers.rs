//! The user-facing derivative functions of a function with active struct parameters:
//! each takes the struct's shadow (`p_tangent: &T`, `p_bar: &mut T`, `p_grad: &mut T`,
//! `p_dir: &T` + `p_hv: &mut T`) and calls the flattened function's derivative with the
//! matching fields of the primal and the shadow.

use super::{Flat, LeafKind};
use crate::emit::assemble::{mut_ref, param_name, shared_ref, suffix};
use crate::emit::Kind;
use crate::front::signature::{self, RetShape};
use crate::ir::{Param, ParamKind};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{FnArg, Ident, ItemFn, Type};

/// Which derivative functions the pipeline generates (as `entry::derive` decides).
pub(crate) fn kinds(ret: &RetShape, has_out: bool, no_hvp: bool) -> Vec<Kind> {
    let mut kinds = vec![Kind::Jvp, Kind::Vjp];
    if matches!(ret, RetShape::Scalar(_)) && !has_out {
        kinds.push(Kind::Grad);
    }
    if matches!(ret, RetShape::Scalar(_) | RetShape::Array(_)) && !has_out && !no_hvp {
        kinds.push(Kind::Hvp);
    }
    kinds
}

fn mixed(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// The shadow of root `name` in a function of `kind`: `p_tangent`, `self_bar`, ...
fn root_shadow(name: &Ident, what: &str) -> Ident {
    let base = name.to_string();
    format_ident!(
        "{}_{}",
        base.trim_start_matches("r#"),
        what,
        span = Span::mixed_site()
    )
}

/// What one generated wrapper is made of.
struct Parts {
    sig: Vec<TokenStream>,
    call: Vec<TokenStream>,
    /// Before the call: zeroed overwritten shadows, scratch shadows of nested leaves.
    before: TokenStream,
    /// After the call: scratch shadows added in, float leaves' derivatives stored.
    after: TokenStream,
    /// The names the call's result is bound to; `None` for a by-value derivative the
    /// wrapper returns.
    results: Vec<(Ident, bool)>,
    ret_tys: Vec<TokenStream>,
}

/// The wrappers of `item`, calling the derivatives of `flat`.
pub(crate) fn wrappers(
    item: &ItemFn,
    flat: &Flat,
    fl: &[Ident],
    ret: &RetShape,
    rt: &TokenStream,
) -> syn::Result<TokenStream> {
    let mut n = 0;
    let params = signature::params(
        &flat.item.sig,
        flat.args.wrt.as_deref(),
        fl,
        &flat.args.struct_refs,
        |_| {
            n += 1;
            n - 1
        },
    )?;
    let has_out = params.iter().any(|p| matches!(p.kind, ParamKind::Out));
    let mut out = TokenStream::new();
    for kind in kinds(ret, has_out, flat.args.no_hvp) {
        out.extend(wrapper(item, flat, &params, ret, rt, kind));
    }
    Ok(out)
}

fn ret_ty(ret: &RetShape) -> Option<&Type> {
    match ret {
        RetShape::Scalar(t) | RetShape::Array(t) => Some(t),
        RetShape::Unit => None,
    }
}

fn wrapper(
    item: &ItemFn,
    flat: &Flat,
    params: &[Param],
    ret: &RetShape,
    rt: &TokenStream,
    kind: Kind,
) -> TokenStream {
    let mut parts = Parts {
        sig: Vec::new(),
        call: Vec::new(),
        before: TokenStream::new(),
        after: TokenStream::new(),
        results: Vec::new(),
        ret_tys: Vec::new(),
    };
    let value = mixed("__ad_value");
    if ret_ty(ret).is_some() {
        parts.results.push((value.clone(), true));
    }
    let mut method = false;
    let mut unused = 0;
    for (arg, p) in flat.item.sig.inputs.iter().zip(params) {
        if let Some(l) = flat.leaves.iter().find(|l| l.ident == p.ident) {
            leaf_args(flat, l, kind, rt, &mut parts);
            continue;
        }
        let root = flat.roots.iter().find(|r| r.name == p.ident);
        match arg {
            FnArg::Receiver(_) => {
                method = true;
                parts.sig.push(quote!(#arg));
            }
            FnArg::Typed(pt) => {
                let x = match &*pt.pat {
                    syn::Pat::Wild(_) => {
                        unused += 1;
                        let x = mixed(&format!("__ad_unused_{unused}"));
                        let ty = &pt.ty;
                        parts.sig.push(quote!(#x: #ty));
                        x
                    }
                    _ => {
                        parts.sig.push(quote!(#arg));
                        p.ident.clone()
                    }
                };
                parts.call.push(quote!(#x));
            }
        }
        match root {
            Some(r) => {
                let ty = &r.ty;
                root_sig(&r.name, ty, kind, rt, &mut parts.sig, &mut parts.before);
            }
            None => other_param(p, kind, &mut parts),
        }
    }
    let array_hvp = kind == Kind::Hvp && matches!(ret, RetShape::Array(_));
    if let (true, Some(r)) = (kind == Kind::Vjp || array_hvp, ret_ty(ret)) {
        let seed = mixed("seed");
        parts.sig.push(quote!(#seed: #r));
        parts.call.push(quote!(#seed));
    }
    let flat_name = format_ident!(
        "{}_{}",
        flat.item.sig.ident,
        suffix(kind),
        span = item.sig.ident.span()
    );
    let name = format_ident!(
        "{}_{}",
        item.sig.ident,
        suffix(kind),
        span = item.sig.ident.span()
    );
    let call_args = &parts.call;
    let call = if method {
        quote!(self.#flat_name(#(#call_args),*))
    } else {
        quote!(#flat_name(#(#call_args),*))
    };
    let ret_sig = match (kind, ret_ty(ret)) {
        (Kind::Jvp, Some(r)) => quote!((#r, #r)),
        (Kind::Jvp, None) => quote!(()),
        (_, r) => {
            let tys = r
                .map(|r| quote!(#r))
                .into_iter()
                .chain(parts.ret_tys.iter().cloned());
            quote!((#(#tys),*))
        }
    };
    let body = if kind == Kind::Jvp {
        let checks = checks(flat, rt);
        quote!(#checks #call)
    } else {
        let pat: Vec<&Ident> = parts.results.iter().map(|(id, _)| id).collect();
        let kept: Vec<&Ident> = parts
            .results
            .iter()
            .filter(|(_, keep)| *keep)
            .map(|(id, _)| id)
            .collect();
        let (before, after) = (&parts.before, &parts.after);
        quote! {
            #before
            let (#(#pat),*) = #call;
            #after
            (#(#kept),*)
        }
    };
    let vis = &item.vis;
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let sig = &parts.sig;
    let doc = doc_for(kind, &item.sig.ident.to_string());
    quote! {
        #[doc = #doc]
        #[allow(unused_variables, unused_mut, unused_parens, non_snake_case, clippy::all, clippy::pedantic, clippy::nursery)]
        #[inline]
        #vis fn #name #generics (#(#sig),*) -> #ret_sig #where_clause {
            #body
        }
    }
}

/// The shadow parameters of a struct root, and the zeroing of overwritten ones.
fn root_sig(
    name: &Ident,
    ty: &Type,
    kind: Kind,
    rt: &TokenStream,
    sig: &mut Vec<TokenStream>,
    before: &mut TokenStream,
) {
    match kind {
        Kind::Jvp => {
            let t = root_shadow(name, "tangent");
            sig.push(quote!(#t: &#ty));
        }
        Kind::Vjp => {
            let b = root_shadow(name, "bar");
            sig.push(quote!(#b: &mut #ty));
        }
        Kind::Grad => {
            let g = root_shadow(name, "grad");
            sig.push(quote!(#g: &mut #ty));
            before.extend(quote!(#rt::Differentiable::set_zero(#g);));
        }
        Kind::Hvp => {
            let (d, hv) = (root_shadow(name, "dir"), root_shadow(name, "hv"));
            sig.push(quote!(#d: &#ty, #hv: &mut #ty));
            before.extend(quote!(#rt::Differentiable::set_zero(#hv);));
        }
    }
}

/// A parameter other than a struct root or leaf: its shadows, as the flattened
/// function's header names them, passed through.
fn other_param(p: &Param, kind: Kind, parts: &mut Parts) {
    let ty = &p.ty;
    let shadow = |what: &str, ty: TokenStream, parts: &mut Parts| {
        let s = param_name(p, what);
        parts.sig.push(quote!(#s: #ty));
        parts.call.push(quote!(#s));
    };
    match (&p.kind, kind) {
        (ParamKind::Inactive, _) => {}
        (ParamKind::Scalar(_) | ParamKind::Array(_), Kind::Jvp) => {
            shadow("tangent", quote!(#ty), parts)
        }
        (ParamKind::Scalar(_) | ParamKind::Array(_), Kind::Hvp) => {
            shadow("dir", quote!(#ty), parts)
        }
        (ParamKind::Scalar(_) | ParamKind::Array(_), _) => {}
        (ParamKind::Slice, Kind::Jvp) => shadow("tangent", quote!(#ty), parts),
        (ParamKind::Slice, Kind::Hvp) => {
            shadow("dir", quote!(#ty), parts);
            shadow("hv", mut_ref(ty), parts);
        }
        (ParamKind::Slice, Kind::Vjp) => shadow("bar", mut_ref(ty), parts),
        (ParamKind::Slice, Kind::Grad) => shadow("grad", mut_ref(ty), parts),
        (ParamKind::Out, Kind::Jvp) => shadow("tangent", quote!(#ty), parts),
        (ParamKind::Out, _) => shadow("seed", shared_ref(ty), parts),
    }
    if kind != Kind::Jvp && p.is_by_value_active() {
        let r = mixed(&format!(
            "__ad_d_{}",
            p.ident.to_string().trim_start_matches("r#")
        ));
        parts.results.push((r, true));
        parts.ret_tys.push(quote!(#ty));
    }
}

/// `(*p).a.b`, or the same path of a shadow.
fn path_of(base: &Ident, path: &[Ident]) -> TokenStream {
    quote!((*#base) #(.#path)*)
}

/// The arguments standing for one leaf.
fn leaf_args(flat: &Flat, l: &super::Leaf, kind: Kind, rt: &TokenStream, parts: &mut Parts) {
    let root = &flat.roots[l.root].name;
    let x = path_of(root, &l.path);
    let shadow = |what: &str| path_of(&root_shadow(root, what), &l.path);
    let span = l.span;
    // a leaf inside another leaf passed by reference: the two `&mut` shadows would
    // overlap, so this one accumulates in a scratch value added in after the call
    let nested = flat
        .leaves
        .iter()
        .any(|a| a.kind == LeafKind::Ref && a.is_ancestor_of(l));
    if l.kind == LeafKind::Scalar {
        // through `FloatLeaf`, which reports a field of another type once, at the field
        let field_span = l.path.last().map_or(span, Ident::span);
        let value = |x: TokenStream| respan(&quote!(#rt::FloatLeaf::value(#x)), field_span);
        parts.call.push(value(x));
        match kind {
            Kind::Jvp => parts.call.push(value(shadow("tangent"))),
            Kind::Hvp => parts.call.push(value(shadow("dir"))),
            _ => {}
        }
        if kind != Kind::Jvp {
            let r = mixed(&format!("{}_d", l.ident));
            let target = shadow(match kind {
                Kind::Vjp => "bar",
                Kind::Grad => "grad",
                _ => "hv",
            });
            parts.after.extend(respan(
                &quote!(#rt::FloatLeaf::add(&mut #target, #r);),
                field_span,
            ));
            parts.results.push((r, false));
        }
        return;
    }
    parts.call.push(quote_spanned!(span=> &#x));
    let target = match kind {
        Kind::Jvp => {
            let t = shadow("tangent");
            parts.call.push(quote_spanned!(span=> &#t));
            return;
        }
        Kind::Hvp => {
            let d = shadow("dir");
            parts.call.push(quote_spanned!(span=> &#d));
            shadow("hv")
        }
        Kind::Vjp => shadow("bar"),
        Kind::Grad => shadow("grad"),
    };
    if nested {
        let tmp = mixed(&format!("{}_scratch", l.ident));
        parts
            .before
            .extend(quote!(let mut #tmp = #rt::Differentiable::zeros_like(&#x);));
        parts.call.push(quote!(&mut #tmp));
        parts
            .after
            .extend(quote!(#rt::Differentiable::add_assign(&mut #target, &#tmp);));
    } else {
        parts.call.push(quote_spanned!(span=> &mut #target));
    }
}

/// Compile-time checks, at the body's reads: each root derives `Differentiable`, and
/// no field on a differentiated path is `#[no_grad]`.
fn checks(flat: &Flat, rt: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    for r in &flat.roots {
        let name = &r.name;
        out.extend(respan(
            &quote!(#rt::differentiable_struct(#name);),
            name.span(),
        ));
    }
    for l in &flat.leaves {
        let root = &flat.roots[l.root].name;
        for k in 1..=l.path.len() {
            let field = &l.path[k - 1];
            let span = field.span();
            let base = path_of(root, &l.path[..k - 1]);
            let m = crate::derive::marker_method(&field.to_string(), span);
            out.extend(respan(
                &quote!(#rt::differentiated_field(#base.#m());),
                span,
            ));
        }
        // the shape the body's use gave the leaf, where the type is known
        let x = path_of(root, &l.path);
        let span = l.path.last().map_or(l.span, Ident::span);
        match l.kind {
            LeafKind::Scalar => {}
            LeafKind::Slice => out.extend(respan(&quote!(#rt::array_leaf(&#x);), span)),
            LeafKind::Ref => {}
        }
    }
    out
}

/// `ts` with every token located at `span`, its hygiene kept (a check's error lands
/// on the user's field).
pub(crate) fn respan(ts: &TokenStream, span: Span) -> TokenStream {
    ts.clone()
        .into_iter()
        .map(|mut t| {
            if let proc_macro2::TokenTree::Group(g) = &t {
                let mut ng = proc_macro2::Group::new(g.delimiter(), respan(&g.stream(), span));
                ng.set_span(g.span().located_at(span));
                t = proc_macro2::TokenTree::Group(ng);
            } else {
                t.set_span(t.span().located_at(span));
            }
            t
        })
        .collect()
}

fn doc_for(kind: Kind, name: &str) -> String {
    match kind {
        Kind::Jvp => format!("Forward mode of [`{name}`], generated by `#[differentiable]`: returns the value and the directional derivative along the tangents given after each active parameter (a struct's tangent is a value of the struct)."),
        Kind::Vjp => format!("Reverse mode of [`{name}`], generated by `#[differentiable]`: `seed`-weighted adjoints are added into the `_bar` shadows (structs and slices) and returned for by-value parameters."),
        Kind::Grad => format!("Gradient of [`{name}`], generated by `#[differentiable]`: gradients overwrite the `_grad` shadows (structs and slices) and are returned for by-value parameters."),
        Kind::Hvp => format!("Exact Hessian-vector product of [`{name}`] (forward-over-reverse), generated by `#[differentiable]`: H·v overwrites the `_hv` shadows (structs and slices) and is returned for by-value parameters."),
    }
}
