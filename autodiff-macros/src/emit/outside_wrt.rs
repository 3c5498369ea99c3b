//! What a function with a restricted `wrt(..)` generates for a caller that
//! differentiates through its `g_grad` while passing an active value for a float
//! parameter outside the `wrt` (`let (_, d) = add_grad(x, 1.0);` with `add` over `y`
//! and the caller's `x` active; see `emit::nested`).
//!
//! The derivative of `d = ∂g/∂y` along the caller's tangent needs the cross terms
//! `∂²g/∂y∂x`, which `g_hvp` (over the `wrt` parameters) does not give. So `g` also
//! generates, hidden, its gradient and Hessian-vector product over all its float
//! parameters (`__g_all_grad`, `__g_all_hvp`: the same emission, only the activity
//! widened), and two functions with the calling convention of the caller's shims, which
//! the caller cannot write itself as it does not see `g`'s signature:
//! - `__g_grad_outside_wrt_jvp(args.., dir: [F; P])`: the value of `g_grad` and its
//!   tangent along `dir` (one entry per parameter, in order; entries of non-float
//!   parameters are ignored), both as `[F; 1 + W]`;
//! - `__g_grad_outside_wrt_vjp(args.., seed: [F; 1 + W])`: the value of `g_grad` and
//!   the adjoints of all parameters, as `[F; P]` (zero for non-float ones).
//!
//! Beside them, `__g_wrt_mask` (which parameters `g` differentiates), which a nested
//! call passing `no_grad(..)` checks at compile time.
//!
//! They are generated only where the widened function is as safe to emit as the
//! function itself: its body calls no other function (a call would now pass active
//! values the callee may not differentiate), every parameter is a float scalar or a
//! plain `Copy` value, and it is a free function returning a float.

use super::assemble::Source;
use super::Kind;
use crate::front::args::Args;
use crate::front::signature::{self, RetShape};
use crate::ir::{Block, Param, ParamKind, Stmt, Val};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

/// The hidden functions, or nothing when `item` is not eligible (see the module docs).
pub(crate) fn helpers(
    item: &syn::ItemFn,
    args: &Args,
    fl: &[Ident],
    ret: &RetShape,
    params: &[Param],
    rt: &TokenStream,
) -> TokenStream {
    try_helpers(item, args, fl, ret, params, rt).unwrap_or_default()
}

fn try_helpers(
    item: &syn::ItemFn,
    args: &Args,
    fl: &[Ident],
    ret: &RetShape,
    params: &[Param],
    rt: &TokenStream,
) -> Option<TokenStream> {
    args.wrt.as_ref()?;
    let RetShape::Scalar(f) = ret else {
        return None;
    };
    if args.no_hvp || matches!(item.sig.inputs.first(), Some(syn::FnArg::Receiver(_))) {
        return None;
    }
    let mut n_vars = 0;
    let all = signature::params(&item.sig, None, fl, &[], |_| {
        n_vars += 1;
        n_vars - 1
    })
    .ok()?;
    let is_float = |p: &Param| matches!(p.kind, ParamKind::Scalar(_));
    // a float outside `wrt`, and nothing but scalars and plain values
    let outside = params
        .iter()
        .zip(&all)
        .any(|(p, a)| is_float(a) && !is_float(p));
    if !outside {
        return None;
    }
    let mask = wrt_mask(item, params, &all);
    let derivatives = widened(item, args, fl, ret, params, &all, f, rt)
        .unwrap_or_else(|| refusals(item, f, &all, rt));
    Some(quote!(#mask #derivatives))
}

/// The widened gradient and Hessian-vector product and the wrappers, or `None` when
/// the function is not eligible.
#[allow(clippy::too_many_arguments)]
fn widened(
    item: &syn::ItemFn,
    args: &Args,
    fl: &[Ident],
    ret: &RetShape,
    params: &[Param],
    all: &[Param],
    f: &syn::Type,
    rt: &TokenStream,
) -> Option<TokenStream> {
    // float scalars and plain values only (no slices or arrays, which the widened
    // function would take shadows for)
    let plain = |p: &Param| match p.kind {
        ParamKind::Scalar(_) => true,
        ParamKind::Inactive => is_plain_copy(&p.ty),
        _ => false,
    };
    if !all.iter().all(plain) {
        return None;
    }
    // the widened function: its own name, all float parameters active
    let name = &item.sig.ident;
    let mut widened = item.clone();
    widened.sig.ident = format_ident!("__{}_all", name);
    let wide_args = Args {
        wrt: None,
        krate: args.krate.clone(),
        no_hvp: false,
        float: args.float.clone(),
        checkpoint: args.checkpoint.clone(),
        struct_refs: Vec::new(),
    };
    let func = crate::lower::lower(&widened, &wide_args, fl, ret).ok()?;
    if !func.nested.is_empty() || calls(&func.body) {
        return None;
    }
    let src = Source {
        item: &widened,
        params: all,
        ret,
        rt: rt.clone(),
        // the widened function calls nothing
        free: false,
    };
    let mut errors = Vec::new();
    let mut out = TokenStream::new();
    for kind in [Kind::Grad, Kind::Hvp] {
        // hidden, without the doc of a function the user did not write
        let mut g: syn::ItemFn = syn::parse2(src.generate(kind, &func, &mut errors)).ok()?;
        g.attrs.retain(|a| !a.path().is_ident("doc"));
        out.extend(quote!(#[doc(hidden)] #g));
    }
    if !errors.is_empty() {
        return None;
    }
    out.extend(wrappers(item, f, params, all, rt));
    Some(out)
}

/// For a function that is not eligible: the two functions under the same names, with
/// a bound nothing satisfies, so that the caller's call is an error saying why and
/// what to write (see `OutsideWrtCrossDerivatives` in the runtime).
fn refusals(item: &syn::ItemFn, f: &syn::Type, all: &[Param], rt: &TokenStream) -> TokenStream {
    let name = &item.sig.ident;
    let vis = &item.vis;
    let mut generics = item.sig.generics.clone();
    generics
        .params
        .push(syn::parse_quote!(__AdRefused: #rt::OutsideWrtCrossDerivatives));
    generics.params.push(syn::parse_quote!(const __AD_N: usize));
    let where_clause = &generics.where_clause;
    let n_p = all.len();
    let decl: Vec<TokenStream> = all
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (p, ty) = (mixed(format!("__ad_p{i}")), &a.ty);
            quote!(#p: #ty)
        })
        .collect();
    let refused = mixed("__ad_refused".into());
    let jvp_name = format_ident!("__{}_grad_outside_wrt_jvp", name);
    let vjp_name = format_ident!("__{}_grad_outside_wrt_vjp", name);
    let allow = quote!(#[allow(unused_variables, non_snake_case, clippy::all, clippy::pedantic, clippy::nursery)]);
    quote! {
        #[doc(hidden)]
        #allow
        #vis fn #jvp_name #generics (#(#decl,)* #refused: __AdRefused) -> ([#f; __AD_N], [#f; __AD_N]) #where_clause {
            ::core::unreachable!()
        }
        #[doc(hidden)]
        #allow
        #vis fn #vjp_name #generics (#(#decl,)* #refused: __AdRefused) -> ([#f; __AD_N], [#f; #n_p]) #where_clause {
            ::core::unreachable!()
        }
    }
}

/// `__g_wrt_mask`: which parameters `g` differentiates, for the check of a nested
/// call passing `no_grad(..)` (`emit::nested`): with `no_grad` on a `wrt` parameter
/// and an active value for another, the call would otherwise type-check.
fn wrt_mask(item: &syn::ItemFn, params: &[Param], all: &[Param]) -> TokenStream {
    let name = format_ident!("__{}_wrt_mask", item.sig.ident);
    let vis = &item.vis;
    let n_p = all.len();
    let flags = params
        .iter()
        .map(|p| matches!(p.kind, ParamKind::Scalar(_)));
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        #vis const #name: [bool; #n_p] = [#(#flags),*];
    }
}

/// Whether a lowered body calls a function (a differentiable call).
fn calls(b: &Block) -> bool {
    b.stmts.iter().any(|s| match s {
        Stmt::Set { val, .. } => matches!(val, Val::Call(_) | Val::ArrCall(_)),
        Stmt::If { then_b, else_b, .. } => calls(then_b) || calls(else_b),
        Stmt::For(l) => calls(&l.body),
        Stmt::While { body, .. } => calls(body),
        Stmt::Decl(_) | Stmt::Effect(_) => false,
    })
}

/// Integers, `bool`, `char` and shared references: values the wrappers may pass twice.
fn is_plain_copy(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(r) => r.mutability.is_none(),
        syn::Type::Paren(p) => is_plain_copy(&p.elem),
        syn::Type::Path(p) if p.qself.is_none() => p.path.get_ident().is_some_and(|id| {
            [
                "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
                "usize", "bool", "char",
            ]
            .iter()
            .any(|t| id == t)
        }),
        _ => false,
    }
}

fn mixed(name: String) -> Ident {
    Ident::new(&name, Span::mixed_site())
}

/// `__g_grad_outside_wrt_jvp` and `__g_grad_outside_wrt_vjp` (see the module docs).
fn wrappers(
    item: &syn::ItemFn,
    f: &syn::Type,
    params: &[Param],
    all: &[Param],
    rt: &TokenStream,
) -> TokenStream {
    let name = &item.sig.ident;
    let vis = &item.vis;
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let n_p = all.len();
    let floats: Vec<usize> = (0..n_p)
        .filter(|&i| matches!(all[i].kind, ParamKind::Scalar(_)))
        .collect();
    let wrt: Vec<usize> = (0..n_p)
        .filter(|&i| matches!(params[i].kind, ParamKind::Scalar(_)))
        .collect();
    let n_w = 1 + wrt.len();
    let ps: Vec<Ident> = (0..n_p).map(|i| mixed(format!("__ad_p{i}"))).collect();
    let gs: Vec<Ident> = (0..n_p).map(|i| mixed(format!("__ad_g{i}"))).collect();
    let hs: Vec<Ident> = (0..n_p).map(|i| mixed(format!("__ad_h{i}"))).collect();
    let decl: Vec<TokenStream> = ps
        .iter()
        .zip(all)
        .map(|(p, a)| {
            let ty = &a.ty;
            quote!(#p: #ty)
        })
        .collect();
    let (v, z, dir, s) = (
        mixed("__ad_v".into()),
        mixed("__ad_z".into()),
        mixed("__ad_dir".into()),
        mixed("__ad_s".into()),
    );
    let all_grad = format_ident!("__{}_all_grad", name);
    let all_hvp = format_ident!("__{}_all_hvp", name);
    let float_gs: Vec<&Ident> = floats.iter().map(|&i| &gs[i]).collect();
    let float_hs: Vec<&Ident> = floats.iter().map(|&i| &hs[i]).collect();
    let gradient = quote!(let (#v, #(#float_gs),*) = #all_grad(#(#ps),*););
    // `__g_all_hvp`'s arguments: each float parameter followed by its direction
    let hvp = |dir_of: &dyn Fn(usize) -> TokenStream| {
        let mut a = Vec::new();
        for (i, p) in ps.iter().enumerate() {
            a.push(quote!(#p));
            if floats.contains(&i) {
                a.push(dir_of(i));
            }
        }
        quote!(let (_, #(#float_hs),*) = #all_hvp(#(#a),*);)
    };
    let wrt_gs: Vec<&Ident> = wrt.iter().map(|&i| &gs[i]).collect();
    let wrt_hs: Vec<&Ident> = wrt.iter().map(|&i| &hs[i]).collect();
    let value = quote!([#v, #(#wrt_gs),*]);
    let jvp_name = format_ident!("__{}_grad_outside_wrt_jvp", name);
    let vjp_name = format_ident!("__{}_grad_outside_wrt_vjp", name);
    let hvp_jvp = hvp(&|i| quote!(#dir[#i]));
    let along = floats.iter().map(|&i| {
        let g = &gs[i];
        quote!(#g * #dir[#i])
    });
    let hvp_vjp = hvp(&|i| match wrt.iter().position(|w| *w == i) {
        Some(k) => {
            let k = k + 1;
            quote!(#s[#k])
        }
        None => quote!(#z),
    });
    let adjoints = (0..n_p).map(|i| {
        if floats.contains(&i) {
            let (g, h) = (&gs[i], &hs[i]);
            quote!(#s[0] * #g + #h)
        } else {
            quote!(#z)
        }
    });
    let first = &ps[floats[0]];
    let allow = quote!(#[allow(unused_variables, unused_parens, non_snake_case, clippy::all, clippy::pedantic, clippy::nursery)]);
    quote! {
        #[doc(hidden)]
        #allow
        #[inline]
        #vis fn #jvp_name #generics (#(#decl,)* #dir: [#f; #n_p]) -> ([#f; #n_w], [#f; #n_w]) #where_clause {
            #gradient
            #hvp_jvp
            (#value, [#(#along)+*, #(#wrt_hs),*])
        }
        #[doc(hidden)]
        #allow
        #[inline]
        #vis fn #vjp_name #generics (#(#decl,)* #s: [#f; #n_w]) -> ([#f; #n_w], [#f; #n_p]) #where_clause {
            let #z = #rt::zero_of(&[#first]);
            #gradient
            #hvp_vjp
            (#value, [#(#adjoints),*])
        }
    }
}
