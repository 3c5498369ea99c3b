//! The macro's library entry: attribute arguments and an item in, the item plus its
//! generated derivative functions out; on error, the item unchanged plus
//! `compile_error!`s, so the rest of the crate (and IDEs) keep working.

use crate::args::Args;
use crate::emit::Kind;
use crate::gen::Source;
use crate::lower::Lowerer;
use crate::signature::{self, RetShape};
use proc_macro2::TokenStream;
use quote::quote;
use syn::spanned::Spanned;
use syn::ItemFn;

/// Expands `#[differentiable(args)] input`. Never panics.
pub(crate) fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    match try_expand(args, input.clone()) {
        Ok(ts) => ts,
        Err(e) => {
            let err = e.to_compile_error();
            quote!(#input #err)
        }
    }
}

fn try_expand(args: TokenStream, input: TokenStream) -> syn::Result<TokenStream> {
    let args: Args = syn::parse2(args)?;
    let item = parse_fn(input)?;
    check_signature(&item)?;
    let fl = signature::float_generics(&item.sig);
    let ret = signature::ret_shape(&item.sig, &fl)?;
    let func = lower_fn(&item, &args, &fl, &ret)?;
    let rt = match &args.krate {
        Some(p) => quote!(#p::__private),
        None => quote!(::differentiable::__private),
    };
    let src = Source {
        item: &item,
        func: &func,
        ret: &ret,
        rt,
    };
    let mut kinds = vec![Kind::Jvp, Kind::Vjp];
    if matches!(ret, RetShape::Scalar(_)) {
        kinds.extend([Kind::Grad, Kind::Hvp]);
    }
    let mut out = quote!(#item);
    for k in kinds {
        out.extend(src.generate(k)?);
    }
    Ok(out)
}

fn parse_fn(input: TokenStream) -> syn::Result<ItemFn> {
    match syn::parse2::<ItemFn>(input.clone()) {
        Ok(f) => Ok(f),
        Err(e) => match syn::parse2::<syn::Item>(input) {
            Ok(item) => {
                let what = match &item {
                    syn::Item::Struct(_) => "a struct",
                    syn::Item::Enum(_) => "an enum",
                    syn::Item::Trait(_) => "a trait",
                    syn::Item::Impl(_) => "an impl block (put it on the methods inside)",
                    syn::Item::Const(_) => "a const",
                    syn::Item::Static(_) => "a static",
                    syn::Item::Mod(_) => "a module",
                    syn::Item::ForeignMod(_) => "an extern block",
                    _ => "this item",
                };
                Err(syn::Error::new(
                    item.span(),
                    format!("#[differentiable] applies to functions and methods with a body, not to {what}"),
                ))
            }
            Err(_) => Err(e),
        },
    }
}

fn check_signature(item: &ItemFn) -> syn::Result<()> {
    let sig = &item.sig;
    let bad = |span: proc_macro2::Span, what: &str| {
        Err(syn::Error::new(
            span,
            format!(
                "#[differentiable] does not support {what}; remove it or wrap a plain function"
            ),
        ))
    };
    if let Some(c) = &sig.constness {
        return bad(
            c.span,
            "`const fn` (the derivative code calls non-const math)",
        );
    }
    if let Some(a) = &sig.asyncness {
        return bad(a.span, "`async fn`");
    }
    if let syn::Safety::Unsafe(u) = &sig.safety {
        return bad(u.span, "`unsafe fn`");
    }
    if let Some(abi) = &sig.abi {
        return bad(abi.extern_token.span, "`extern` functions");
    }
    if let Some(v) = &sig.variadic {
        return bad(v.dots.spans[0], "variadic functions");
    }
    Ok(())
}

/// Lowers the body to the IR. Activity is a fixed point (a variable assigned an
/// active value later in a loop is active from its first definition), so lowering
/// repeats until the set of active variables stops growing.
fn lower_fn(
    item: &ItemFn,
    args: &Args,
    fl: &[syn::Ident],
    ret: &RetShape,
) -> syn::Result<crate::ir::Func> {
    let mut known: Vec<bool> = Vec::new();
    for _ in 0..16 {
        let mut vars = Vec::new();
        let params = signature::params(&item.sig, args.wrt.as_deref(), fl, |id| {
            vars.push(crate::ir::Var {
                name: id.to_string(),
                active: true,
                temp: false,
                float: false,
                user_ref: false,
                by_ref: false,
                user_mut: false,
            });
            vars.len() - 1
        })?;
        let annotations = vec![None; vars.len()];
        let mut l = Lowerer {
            vars,
            params,
            scopes: Default::default(),
            known_active: known.clone(),
            user_vars: Vec::new(),
            errors: Vec::new(),
            loops: Vec::new(),
            items: Vec::new(),
            annotations,
            body_out: Default::default(),
            float_generics: fl.to_vec(),
            nesting: 0,
            draw_sites: Vec::new(),
        };
        let output = l.lower_body(&item.block, matches!(ret, RetShape::Array(_)));
        let now: Vec<bool> = l.user_vars.iter().map(|&v| l.vars[v].active).collect();
        if now == known {
            if let Some(e) = combine(std::mem::take(&mut l.errors)) {
                return Err(e);
            }
            return match output {
                Some(o) => Ok(crate::lower::finish(l, o)),
                None => Err(syn::Error::new(
                    item.sig.ident.span(),
                    "could not lower this function",
                )),
            };
        }
        known = now;
    }
    Err(syn::Error::new(
        item.sig.ident.span(),
        "activity analysis did not converge; please report this function",
    ))
}

fn combine(errors: Vec<syn::Error>) -> Option<syn::Error> {
    let mut it = errors.into_iter();
    let mut first = it.next()?;
    for e in it {
        first.combine(e);
    }
    Some(first)
}
