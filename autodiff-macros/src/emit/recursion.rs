//! A function that calls itself passing its slice on (a determinant by minors): the
//! gradient buffers of its levels come from one pool per top-level call.
//!
//! A reverse-mode call passing a slice keeps its callee's gradient in a buffer of the
//! call site (`emit::slice_calls`), declared in the generated function: in a recursion
//! every level that calls the next one would allocate its own. When the callee is the
//! function being defined, the macro knows its `_vjp`, and gives it a hidden variant
//! `__f_vjp_with(pool, ..)` taking a `__private::CallGradientPool` first: each of its
//! self-calling sites takes its buffer from the pool when the level starts and gives it
//! back (cleared, with its capacity) when the level's adjoint sweep is done, and its
//! self-calls call the variant with the same pool. Calls nest, so the pool holds at most
//! one buffer per depth, reused by every call at that depth: a recursion allocates per
//! depth (and as a buffer grows), not per call. The public `f_vjp` calls the variant
//! with a new pool, and `f_grad` keeps one for its own self-calls.
//!
//! Where it applies: a free function (not in an `impl` block: there `f(..)` names
//! another function, and a method's variant would be public API of its type), whose
//! body declares no items (an item could shadow the function's name), whose parameters
//! are plain names (the public `f_vjp` passes them on), whose generics are types and
//! constants without `impl Trait` arguments (the variant is named with all of them),
//! and whose slice parameters share one element type as written (one pool of buffers of
//! that type). A self-call is a call by the function's bare name; calls of any other
//! callee, and a self-call past `CALL_GRADIENT_BUDGET` (whose adjoint runs `f_vjp`
//! again), use the public `_vjp`, as a hand-written rule has no variant. `f_hvp` has a
//! variant of its own (`emit::hvp_recursion`).

use super::dispatch::{DArg, DerivativeCall, Results};
use super::forward::Forward;
use super::{mixed, Kind};
use crate::ir::{Block, Call, CallArg, Func, Param, ParamKind, Stmt, Val};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, ToTokens};

/// What the emission of one generated function knows of self-calls.
#[derive(Default)]
pub(crate) struct SelfCalls {
    /// The function's name and its variant's, when self-calls use the variant.
    recursion: Option<(Ident, Ident)>,
    /// The function's name and its `f_hvp` variant's, when self-calls in `f_hvp` use
    /// it (`emit::hvp_recursion`).
    pub(super) hvp: Option<(Ident, Ident)>,
    /// The buffers of the sites that call the variant (taken from the pool).
    pub(super) pooled: Vec<Ident>,
}

impl SelfCalls {
    /// Whether `stack`, a site's buffer, comes from the pool.
    pub(crate) fn pooled(&self, stack: &Ident) -> bool {
        self.pooled.contains(stack)
    }

    /// Keeps the pooled buffers that `declared` says are declared: a site that keeps
    /// nothing (in a loop replayed in the adjoint sweep, say) has no buffer to give
    /// back.
    pub(crate) fn keep_declared(&mut self, declared: impl Fn(&Ident) -> bool) {
        self.pooled.retain(|t| declared(t));
    }

    /// Whether a site's buffer was taken from the pool.
    pub(crate) fn any(&self) -> bool {
        !self.pooled.is_empty()
    }

    /// Giving the pooled buffers back, after the adjoint sweep.
    pub(crate) fn give_back(&self) -> TokenStream {
        let pool = pool_name();
        self.pooled
            .iter()
            .map(|t| quote!(#t.into_pool(#pool);))
            .collect()
    }
}

/// The pool parameter of the variant (and local of `f_grad`).
pub(crate) fn pool_name() -> Ident {
    mixed("__ad_pool")
}

/// The name of the hidden variant of `f_vjp`.
pub(crate) fn variant_name(item: &syn::ItemFn) -> Ident {
    let name = item.sig.ident.to_string();
    format_ident!(
        "__{}_vjp_with",
        name.trim_start_matches("r#"),
        span = item.sig.ident.span()
    )
}

/// The element type of the pool's buffers when the function gets the variant (see the
/// module docs for the conditions); `None` otherwise.
pub(crate) fn pool_element(
    item: &syn::ItemFn,
    params: &[Param],
    func: &Func,
    free: bool,
) -> Option<syn::Type> {
    if !free || !func.items.is_empty() || !self_calls(&func.body, &item.sig.ident) {
        return None;
    }
    let plain_inputs = item.sig.inputs.iter().all(|a| match a {
        syn::FnArg::Typed(t) => {
            matches!(&*t.pat, syn::Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none())
                && !matches!(&*t.ty, syn::Type::ImplTrait(_))
        }
        syn::FnArg::Receiver(_) => false,
    });
    let plain_generics = item
        .sig
        .generics
        .params
        .iter()
        .all(|g| !matches!(g, syn::GenericParam::Lifetime(_)));
    if !plain_inputs || !plain_generics {
        return None;
    }
    let mut elems = params.iter().filter_map(|p| match p.kind {
        ParamKind::Slice if !super::assemble::is_struct_ref(&p.ty) => Some(slice_element(&p.ty)),
        _ => None,
    });
    let first = elems.next()??;
    let same = elems.all(|e| {
        e.is_some_and(|e| e.to_token_stream().to_string() == first.to_token_stream().to_string())
    });
    same.then_some(first)
}

/// The element type of `&[F]` or `&[F; N]`.
fn slice_element(ty: &syn::Type) -> Option<syn::Type> {
    let syn::Type::Reference(r) = ty else {
        return None;
    };
    match &*r.elem {
        syn::Type::Slice(s) => Some((*s.elem).clone()),
        syn::Type::Array(a) => Some((*a.elem).clone()),
        _ => None,
    }
}

/// Whether the body calls the function `name` passing data.
fn self_calls(b: &Block, name: &Ident) -> bool {
    calls(b).iter().any(|(c, _)| is_self_call(c, name))
}

/// The calls of scalar result in a body, with their spans, in order, at every depth.
fn calls(b: &Block) -> Vec<(&Call, proc_macro2::Span)> {
    let mut out = Vec::new();
    fn walk<'a>(b: &'a Block, out: &mut Vec<(&'a Call, proc_macro2::Span)>) {
        for s in &b.stmts {
            match s {
                Stmt::Set {
                    val: Val::Call(c),
                    span,
                    ..
                } => out.push((c, *span)),
                Stmt::Set { .. } | Stmt::Decl(_) | Stmt::Effect(_) => {}
                Stmt::If { then_b, else_b, .. } => {
                    walk(then_b, out);
                    walk(else_b, out);
                }
                Stmt::For(l) => walk(&l.body, out),
                Stmt::While { body, .. } => walk(body, out),
            }
        }
    }
    walk(b, &mut out);
    out
}

/// A call of `name` by its bare name (no path, receiver or generic arguments), passing
/// a slice or a part of one.
pub(super) fn is_self_call(c: &Call, name: &Ident) -> bool {
    is_bare_call_of(c, name)
        && c.args
            .iter()
            .any(|a| matches!(a, CallArg::Slice(_) | CallArg::SubSlice { .. }))
}

/// A self-call passing an active value to one of the function's own parameters outside
/// its `wrt(..)`: the function has no derivative for that parameter, so the
/// derivative through it would be lost. The macro sees both sides of such a call and
/// says so at the call (for another callee it is the compiler's error, see
/// `emit::dispatch`). Only a free function's bare-name call is a self-call, and only
/// when the body declares no item that could shadow the name.
pub(crate) fn active_to_outside_wrt(
    item: &syn::ItemFn,
    params: &[Param],
    func: &Func,
    free: bool,
) -> Option<syn::Error> {
    if !free || !func.items.is_empty() {
        return None;
    }
    let name = &item.sig.ident;
    calls(&func.body)
        .into_iter()
        .filter(|(c, _)| is_bare_call_of(c, name))
        .find_map(|(c, span)| {
            let (_, p) = c
                .args
                .iter()
                .zip(params)
                .find(|(a, p)| matches!(p.kind, ParamKind::Inactive) && a.is_active())?;
            let p = &p.ident;
            Some(syn::Error::new(
                span,
                format!("`{name}` calls itself with an active value for `{p}`, a parameter outside its `wrt(..)`: its derivative through `{p}` would be lost; add `{p}` to `wrt(..)`"),
            ))
        })
}

/// A call of `name` by its bare name (no path, receiver or generic arguments).
fn is_bare_call_of(c: &Call, name: &Ident) -> bool {
    c.receiver.is_none()
        && !c.method_on_self
        && c.path.is_none()
        && c.callee.leading_colon.is_none()
        && c.callee.get_ident() == Some(name)
}

impl Forward<'_> {
    /// Self-calls of the function `item` use the variant in this generated function.
    pub(crate) fn use_variant(&mut self, item: &syn::ItemFn) {
        self.self_calls.recursion = Some((item.sig.ident.clone(), variant_name(item)));
    }

    /// The forward sweep's pullback of a slice call with `args` (its `_vjp`'s, the seed
    /// last), into parts of the site's buffer `stack`: the variant with the pool for a
    /// self-call (the buffer then comes from the pool), the callee's `_vjp` otherwise.
    pub(super) fn slice_call_pullback(
        &mut self,
        c: &Call,
        args: &[DArg],
        stack: &Ident,
    ) -> TokenStream {
        let variant = match &self.self_calls.recursion {
            Some((name, variant)) if is_self_call(c, name) && self.kind != Kind::Hvp => {
                variant.clone()
            }
            _ => return self.adjoints_call(c, "vjp", args),
        };
        if !self.self_calls.pooled(stack) {
            self.self_calls.pooled.push(stack.clone());
        }
        let pool = pool_name();
        let mut with_pool = vec![DArg::one(quote!(&mut *#pool))];
        with_pool.extend(args.iter().cloned());
        DerivativeCall {
            f: variant.to_token_stream(),
            name: variant.to_string(),
            args: &with_pool,
            results: Results::Adjoints(super::dispatch::constant_scalars(c)),
            span: syn::spanned::Spanned::span(&c.callee),
            free: true,
            path: None,
            witness: None,
        }
        .expr(&self.rt)
    }
}

/// The body of `f_grad` or of the variant, whose pooled buffers are given back once
/// its adjoint sweep is done: `decls` (the buffers' declarations and what precedes
/// them) and `body` (the sweeps, ending in the results).
pub(crate) fn give_back_after(s: &SelfCalls, decls: TokenStream, body: TokenStream) -> TokenStream {
    if !s.any() {
        return quote!(#decls #body);
    }
    let back = s.give_back();
    let result = mixed("__ad_result");
    quote! {
        #decls
        let #result = { #body };
        #back
        #result
    }
}

/// The pool of `f_grad`, declared before its buffers.
pub(crate) fn grad_pool(rt: &TokenStream) -> TokenStream {
    let pool = pool_name();
    let owned = mixed("__ad_pool_owned");
    quote! {
        let mut #owned = #rt::CallGradientPool::new();
        let #pool = &mut #owned;
    }
}

/// The variant's extra parameter, first.
pub(crate) fn pool_param(rt: &TokenStream, elem: &syn::Type) -> TokenStream {
    let pool = pool_name();
    quote!(#pool: &mut #rt::CallGradientPool<#elem>)
}

/// The body of the public `f_vjp`: the variant with a new pool. `None` when a
/// parameter of the signature is not a plain name.
pub(crate) fn public_vjp_body(
    rt: &TokenStream,
    item: &syn::ItemFn,
    sig_params: &[TokenStream],
) -> Option<TokenStream> {
    let variant = variant_name(item);
    let names = sig_params
        .iter()
        .map(|p| match syn::parse2::<syn::FnArg>(p.clone()).ok()? {
            syn::FnArg::Typed(t) => match *t.pat {
                syn::Pat::Ident(i) => Some(i.ident),
                _ => None,
            },
            syn::FnArg::Receiver(_) => None,
        })
        .collect::<Option<Vec<Ident>>>()?;
    let generics: Vec<TokenStream> = item
        .sig
        .generics
        .params
        .iter()
        .map(|g| match g {
            syn::GenericParam::Type(t) => t.ident.to_token_stream(),
            syn::GenericParam::Const(c) => c.ident.to_token_stream(),
            syn::GenericParam::Lifetime(l) => l.lifetime.to_token_stream(),
        })
        .collect();
    let turbofish = if generics.is_empty() {
        TokenStream::new()
    } else {
        quote!(::<#(#generics),*>)
    };
    Some(quote!(#variant #turbofish(&mut #rt::CallGradientPool::new(), #(#names),*)))
}
