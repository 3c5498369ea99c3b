//! Functions returning a tuple of floats, `fn polar(r: f64, t: f64) -> (f64, f64)`.
//!
//! Such a function is differentiated as its twin returning an array: a hidden copy,
//! `__polar_as_array`, whose tuple results (the body's tail, the tails of its branches
//! and `match` arms, its `return`s) are array literals. The derivatives the user and
//! callers see follow the array-output convention with tuples in place of arrays:
//! `polar_jvp` returns the tuple of values and the tuple of tangents, `polar_vjp` takes a
//! seed tuple last and returns the tuple of values first, `polar_hvp` is the
//! Hessian-vector product of `seed · f` with the seed tuple last. Each calls the twin's
//! derivative and converts, so that the tuple costs nothing after inlining.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Expr, ItemFn, Type};

/// The twin of a function returning a tuple of one float type, and that tuple's
/// element type and length; `None` for any other return type.
pub(crate) struct Twin {
    pub item: ItemFn,
    pub len: usize,
}

/// The array-returning twin of `item` when it returns a tuple of floats (see the
/// module docs); an error when its tuple mixes types or its results are not tuple
/// expressions.
pub(crate) fn array_twin(
    item: &ItemFn,
    fl: &[proc_macro2::Ident],
    free: bool,
) -> syn::Result<Option<Twin>> {
    let syn::ReturnType::Type(_, ty) = &item.sig.output else {
        return Ok(None);
    };
    let Type::Tuple(tup) = &**ty else {
        return Ok(None);
    };
    if tup.elems.len() < 2 {
        return Ok(None);
    }
    let first = &tup.elems[0];
    let same = tup
        .elems
        .iter()
        .all(|t| quote!(#t).to_string() == quote!(#first).to_string());
    if !crate::front::signature::is_float(first, fl) || !same {
        return Err(syn::Error::new_spanned(
            tup,
            "a differentiable function returning a tuple returns floats of one type, `(F, F, ..)`; return an array `[F; M]` or split the function",
        ));
    }
    if !free {
        return Err(syn::Error::new_spanned(
            tup,
            "a differentiable method returning a tuple is not supported; return an array `[F; M]` (`let p: [f64; 2] = self.h(..);` in a caller), or make it a free function",
        ));
    }
    let len = tup.elems.len();
    let mut twin = item.clone();
    twin.sig.ident = format_ident!("__{}_as_array", item.sig.ident);
    twin.sig.output = syn::parse_quote_spanned!(ty.span()=> -> [#first; #len]);
    twin.attrs.retain(|a| !a.path().is_ident("doc"));
    twin.attrs.push(syn::parse_quote!(#[doc(hidden)]));
    twin.attrs.push(syn::parse_quote!(#[allow(dead_code)]));
    let mut returns = Returns { len, err: None };
    returns.visit_block_mut(&mut twin.block);
    if let Some(e) = returns.err {
        return Err(e);
    }
    block_tail_to_array(&mut twin.block, len, item.sig.output.span())?;
    Ok(Some(Twin { item: twin, len }))
}

/// Turns the `return (a, b)`s of a body (outside closures and nested items) into
/// `return [a, b]`.
struct Returns {
    len: usize,
    err: Option<syn::Error>,
}

impl VisitMut for Returns {
    fn visit_expr_return_mut(&mut self, r: &mut syn::ExprReturn) {
        if let Some(e) = &mut r.expr {
            if let Err(err) = value_to_array(e, self.len) {
                self.err.get_or_insert(err);
            }
        }
    }
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

const NOT_A_TUPLE: &str = "a differentiable function returning a tuple gives its results as tuple expressions `(a, b)` (also in the tails of its branches and in `return`s), which become its derivatives' arrays; write the tuple here";

/// The tail of a block returning the function's result.
fn block_tail_to_array(b: &mut syn::Block, len: usize, span: Span) -> syn::Result<()> {
    match b.stmts.last_mut() {
        Some(syn::Stmt::Expr(e, None)) => value_to_array(e, len),
        // a block ending in `return (a, b);` (already rewritten) or another diverging
        // statement
        Some(syn::Stmt::Expr(Expr::Return(_), Some(_))) => Ok(()),
        Some(syn::Stmt::Macro(m)) if is_diverging_macro(&m.mac) => Ok(()),
        _ => Err(syn::Error::new(span, NOT_A_TUPLE)),
    }
}

/// A value in result position: a tuple becomes an array literal; branches and blocks
/// are rewritten at their tails.
fn value_to_array(e: &mut Expr, len: usize) -> syn::Result<()> {
    match e {
        Expr::Tuple(t) if t.elems.len() == len => {
            let elems = &t.elems;
            *e = syn::parse_quote_spanned!(t.span()=> [#elems]);
            Ok(())
        }
        Expr::Paren(p) => value_to_array(&mut p.expr, len),
        Expr::Block(b) => {
            let span = b.span();
            block_tail_to_array(&mut b.block, len, span)
        }
        Expr::If(i) => {
            let span = i.span();
            block_tail_to_array(&mut i.then_branch, len, span)?;
            match &mut i.else_branch {
                Some((_, els)) => value_to_array(els, len),
                None => Err(syn::Error::new(span, NOT_A_TUPLE)),
            }
        }
        Expr::Match(m) => m
            .arms
            .iter_mut()
            .try_for_each(|a| value_to_array(&mut a.body, len)),
        // rewritten by `Returns`; diverging values need nothing
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => Ok(()),
        Expr::Macro(m) if is_diverging_macro(&m.mac) => Ok(()),
        other => Err(syn::Error::new_spanned(other, NOT_A_TUPLE)),
    }
}

fn is_diverging_macro(m: &syn::Macro) -> bool {
    m.path.segments.last().is_some_and(|s| {
        ["panic", "unreachable", "todo", "unimplemented"]
            .iter()
            .any(|n| s.ident == n)
    })
}

/// The twin's generated items, hidden from the documentation (the user-facing
/// wrappers carry it).
pub(crate) fn hidden(generated: &TokenStream) -> TokenStream {
    let Ok(file) = syn::parse2::<syn::File>(generated.clone()) else {
        return generated.clone();
    };
    file.items
        .into_iter()
        .map(|it| match it {
            syn::Item::Fn(mut f) => {
                f.attrs.retain(|a| !a.path().is_ident("doc"));
                quote!(#[doc(hidden)] #f)
            }
            other => quote!(#other),
        })
        .collect()
}

/// The user-facing derivatives of the tuple function `item`, calling those generated
/// for its twin (`generated`, parsed back) and converting arrays to tuples.
pub(crate) fn wrappers(
    item: &ItemFn,
    twin: &Twin,
    generated: &TokenStream,
) -> syn::Result<TokenStream> {
    let file: syn::File = syn::parse2(generated.clone())?;
    let twin_name = twin.item.sig.ident.to_string();
    let mut out = TokenStream::new();
    for it in file.items {
        let syn::Item::Fn(f) = it else { continue };
        let name = f.sig.ident.to_string();
        let Some(kind) = name.strip_prefix(&format!("{twin_name}_")) else {
            continue;
        };
        if !["jvp", "vjp", "hvp"].contains(&kind) {
            continue;
        }
        out.extend(wrapper(item, twin.len, &f, kind));
    }
    Ok(out)
}

/// One wrapper: the signature of the twin's `kind` function with tuples for arrays in
/// the seed and the value, and a body converting.
fn wrapper(item: &ItemFn, len: usize, inner: &ItemFn, kind: &str) -> TokenStream {
    let syn::ReturnType::Type(_, ret_tuple) = &item.sig.output else {
        return TokenStream::new();
    };
    let mut sig = inner.sig.clone();
    sig.ident = format_ident!("{}_{}", item.sig.ident, kind, span = item.sig.ident.span());
    let mut args = Vec::new();
    let n_inputs = sig.inputs.len();
    for (i, input) in sig.inputs.iter_mut().enumerate() {
        let syn::FnArg::Typed(pt) = input else {
            continue;
        };
        let id = match &*pt.pat {
            syn::Pat::Ident(pi) => pi.ident.clone(),
            _ => syn::Ident::new(&format!("__ad_arg{i}"), Span::mixed_site()),
        };
        *pt.pat = syn::parse_quote!(#id);
        let seed = kind != "jvp" && i + 1 == n_inputs;
        if seed {
            // the seed, a tuple here and an array for the twin
            pt.ty = ret_tuple.clone();
            let parts = (0..len).map(syn::Index::from);
            args.push(quote!([#(#id.#parts),*]));
        } else {
            args.push(quote!(#id));
        }
    }
    let r = syn::Ident::new("__ad_r", Span::mixed_site());
    let to_tuple = |e: TokenStream| {
        let parts = 0..len;
        quote!((#(#e[#parts]),*))
    };
    let (ret, body) = match &sig.output {
        syn::ReturnType::Type(_, t) => match &**t {
            // `_jvp`: the values and the tangents
            Type::Tuple(tt) if kind == "jvp" && tt.elems.len() == 2 => {
                let (v, d) = (to_tuple(quote!(#r.0)), to_tuple(quote!(#r.1)));
                (quote!((#ret_tuple, #ret_tuple)), quote!((#v, #d)))
            }
            // `_vjp`, `_hvp`: the values, then the by-value parameters' results
            Type::Tuple(tt) => {
                let rest: Vec<&Type> = tt.elems.iter().skip(1).collect();
                let v = to_tuple(quote!(#r.0));
                let idx = (1..tt.elems.len()).map(syn::Index::from);
                (quote!((#ret_tuple, #(#rest),*)), quote!((#v, #(#r.#idx),*)))
            }
            _ => (quote!(#ret_tuple), to_tuple(quote!(#r))),
        },
        syn::ReturnType::Default => return TokenStream::new(),
    };
    sig.output = syn::parse_quote!(-> #ret);
    let inner_name = &inner.sig.ident;
    let vis = &item.vis;
    let doc = doc_for(kind, &item.sig.ident.to_string());
    quote! {
        #[doc = #doc]
        #[allow(unused_parens, non_snake_case, clippy::all, clippy::pedantic, clippy::nursery)]
        #[inline]
        #vis #sig {
            let #r = #inner_name(#(#args),*);
            #body
        }
    }
}

fn doc_for(kind: &str, name: &str) -> String {
    match kind {
        "jvp" => format!("Forward mode of [`{name}`], generated by `#[differentiable]`: returns the tuple of values and the tuple of directional derivatives along the tangents given after each active parameter."),
        "vjp" => format!("Reverse mode of [`{name}`], generated by `#[differentiable]`: takes one seed per element of the result (the tuple `seed`, last) and returns the tuple of values and the adjoints of `seed · {name}` for the by-value active parameters; adjoints of slice parameters are added into the `_bar` shadows."),
        _ => format!("Hessian-vector product of `seed · {name}` (the tuple `seed`, last), generated by `#[differentiable]`: returns the tuple of values and `H v` for the by-value active parameters; slice parameters' results are written into the `hv` buffers."),
    }
}
