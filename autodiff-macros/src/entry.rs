//! The macro's library entry: attribute arguments and an item in, the item plus its
//! generated derivative functions out; on error, the item unchanged plus
//! `compile_error!`s, so the rest of the crate (and IDEs) keep working.

use crate::emit::assemble::Source;
use crate::emit::Kind;
use crate::errors::Ctxt;
use crate::front::args::Args;
use crate::front::signature::{self, RetShape};
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
    if let Ok(imp) = syn::parse2::<syn::ItemImpl>(input.clone()) {
        return expand_impl(args, imp);
    }
    let args: Args = syn::parse2(args)?;
    let item = parse_fn(input.clone())?;
    let d = derive(&item, &args, true)?;
    Ok(match d.error {
        None => {
            let generated = d.generated;
            quote!(#item #generated)
        }
        // the item as written, stubs so that callers see only this error, the error
        Some(e) => {
            let (stubs, err) = (d.generated, e.to_compile_error());
            quote!(#input #stubs #err)
        }
    })
}

/// `#[differentiable]` on an `impl` block (the way to differentiate methods of a
/// trait impl, where extra methods cannot go): the block stays as written, minus the
/// inner `#[differentiable]` attributes, and the generated methods go into an inherent
/// `impl` of the same type. The methods marked `#[differentiable(..)]` inside are
/// differentiated with their own options; when none is marked, every method returning a
/// float or a float array is.
fn expand_impl(args: TokenStream, mut imp: syn::ItemImpl) -> syn::Result<TokenStream> {
    if !args.is_empty() {
        let outer: Args = syn::parse2(args.clone())?;
        if outer.wrt.is_some() {
            return Err(syn::Error::new_spanned(
                args,
                "`wrt(..)` names parameters of one method: put `#[differentiable(wrt(..))]` on that method inside the impl block",
            ));
        }
    }
    let is_ours = |a: &syn::Attribute| {
        a.path()
            .segments
            .last()
            .is_some_and(|s| s.ident == "differentiable")
    };
    let any_marked = imp.items.iter().any(|it| match it {
        syn::ImplItem::Fn(f) => f.attrs.iter().any(is_ours),
        _ => false,
    });
    let mut generated = TokenStream::new();
    let mut cx = Ctxt::default();
    for it in &mut imp.items {
        let syn::ImplItem::Fn(f) = it else { continue };
        let (ours, others): (Vec<syn::Attribute>, Vec<syn::Attribute>) =
            f.attrs.drain(..).partition(|a| is_ours(a));
        f.attrs = others;
        if any_marked && ours.is_empty() {
            continue;
        }
        let method_args = match ours.first().map(|a| &a.meta) {
            Some(syn::Meta::List(l)) => l.tokens.clone(),
            _ => args.clone(),
        };
        let item = syn::ItemFn {
            attrs: f.attrs.clone(),
            vis: f.vis.clone(),
            modifiers: f.modifiers.clone(),
            sig: f.sig.clone(),
            block: Box::new(f.block.clone()),
        };
        if !any_marked {
            let mut fl = signature::float_generics(&item.sig);
            if let Ok(a) = syn::parse2::<Args>(method_args.clone()) {
                fl.extend(a.float);
            }
            match signature::ret_shape(&item.sig, &fl) {
                Err(_) => continue,
                // a method returning `()` is differentiated only when it has an
                // out-parameter
                Ok(RetShape::Unit) if signature::out_elem_type(&item.sig, &fl).is_none() => {
                    continue
                }
                Ok(_) => {}
            }
        }
        let generated_here = syn::parse2::<Args>(method_args).and_then(|a| derivatives(&item, &a));
        match generated_here {
            Ok(ts) => generated.extend(ts),
            Err(e) => cx.push(e),
        }
    }
    if let Some(e) = cx.finish() {
        return Err(e);
    }
    let (impl_generics, _, where_clause) = imp.generics.split_for_impl();
    let self_ty = &imp.self_ty;
    Ok(quote! {
        #imp
        impl #impl_generics #self_ty #where_clause {
            #generated
        }
    })
}

/// The generated derivative functions of one function or method.
fn derivatives(item: &ItemFn, args: &Args) -> syn::Result<TokenStream> {
    let d = derive(item, args, false)?;
    match d.error {
        Some(e) => Err(e),
        None => Ok(d.generated),
    }
}

/// The generated functions of one function, or, when its body cannot be
/// differentiated, stubs with their signatures beside the error.
struct Derived {
    generated: TokenStream,
    error: Option<syn::Error>,
}

/// Runs the stages on one function. Errors in the signature are returned as they are;
/// errors in the body come with stubs of the generated functions. A `free` function
/// (not in an `impl` block) with a restricted `wrt(..)` may also get the hidden
/// functions of `emit::outside_wrt`.
fn derive(item: &ItemFn, args: &Args, free: bool) -> syn::Result<Derived> {
    check_signature(item)?;
    let mut fl = signature::float_generics(&item.sig);
    fl.extend(args.float.iter().cloned());
    if let Some(twin) = crate::tuples::array_twin(item, &fl, free)? {
        // a tuple of floats: the derivatives of the array-returning twin, and the
        // user-facing ones converting (also beside the twin's stubs)
        let inner = derive(&twin.item, args, false)?;
        let wrappers = crate::tuples::wrappers(item, &twin, &inner.generated)?;
        let (twin_item, generated) = (&twin.item, crate::tuples::hidden(&inner.generated));
        return Ok(Derived {
            generated: quote!(#twin_item #generated #wrappers),
            error: inner.error,
        });
    }
    let ret = signature::ret_shape(&item.sig, &fl)?;
    if let Some(flat) = crate::structs::flatten(item, args, &fl, &ret)? {
        // active struct parameters: the derivatives of the flattened function, and
        // the user-facing ones calling them (also beside the flattened function's
        // stubs, so that callers see only the body's error)
        let inner = derive(&flat.item, &flat.args, false)?;
        let rt = match &args.krate {
            Some(p) => quote!(#p::__private),
            None => quote!(::differentiable::__private),
        };
        let wrappers = crate::structs::wrappers(item, &flat, &fl, &ret, &rt)?;
        let generated = inner.generated;
        return Ok(Derived {
            generated: quote!(#generated #wrappers),
            error: inner.error,
        });
    }
    let mut n_vars = 0;
    let params = signature::params(
        &item.sig,
        args.wrt.as_deref(),
        &fl,
        &args.struct_refs,
        |_| {
            n_vars += 1;
            n_vars - 1
        },
    )?;
    if matches!(ret, RetShape::Unit) {
        signature::check_unit_return(&item.sig, &params)?;
    }
    let has_out = params
        .iter()
        .any(|p| matches!(p.kind, crate::ir::ParamKind::Out));
    let rt = match &args.krate {
        Some(p) => quote!(#p::__private),
        None => quote!(::differentiable::__private),
    };
    let src = Source {
        item,
        params: &params,
        ret: &ret,
        rt,
        free,
    };
    let mut kinds = vec![Kind::Jvp, Kind::Vjp];
    // with out-parameters there is no single scalar output to take a gradient of
    if matches!(ret, RetShape::Scalar(_)) && !has_out {
        kinds.push(Kind::Grad);
    }
    // for an array output, the Hessian-vector product of `seed · f`, which a caller's
    // `_hvp` needs
    if matches!(ret, RetShape::Scalar(_) | RetShape::Array(_)) && !has_out && !args.no_hvp {
        kinds.push(Kind::Hvp);
    }
    let stubs = |kinds: &[Kind]| kinds.iter().map(|&k| src.stub(k)).collect::<TokenStream>();
    let func = match crate::lower::lower(item, args, &fl, &ret) {
        Ok(func) => func,
        Err(e) => {
            return Ok(Derived {
                generated: stubs(&kinds),
                error: Some(e),
            })
        }
    };
    if let Some(e) = crate::emit::recursion::active_to_outside_wrt(item, &params, &func, free) {
        return Ok(Derived {
            generated: stubs(&kinds),
            error: Some(e),
        });
    }
    if let Some(e) = crate::emit::checkpoint::refused(&func) {
        return Ok(Derived {
            generated: stubs(&kinds),
            error: Some(e),
        });
    }
    if kinds.contains(&Kind::Hvp) {
        if let Some(e) = crate::lower::nested::hvp_refused(&func.nested) {
            return Ok(Derived {
                generated: stubs(&kinds),
                error: Some(e),
            });
        }
    }
    let trait_impl_hint = trait_impl_hint(item);
    let mut errors: Vec<syn::Error> = Vec::new();
    let generated: TokenStream = kinds
        .iter()
        .map(|&k| src.generate(k, &func, &mut errors))
        .collect();
    let mut cx = Ctxt::default();
    cx.extend(errors);
    Ok(match cx.finish() {
        // an inconsistency of the emission is reported once, not once per function
        Some(e) => Derived {
            generated: stubs(&kinds),
            error: Some(e),
        },
        None => {
            let hidden = if free {
                crate::emit::outside_wrt::helpers(item, args, &fl, &ret, &params, &src.rt)
            } else {
                TokenStream::new()
            };
            Derived {
                generated: quote!(#trait_impl_hint #generated #hidden),
                error: None,
            }
        }
    })
}

/// For a method (it has `self`): an associated constant whose name is advice. In an
/// inherent `impl` it is a hidden, unused constant; in a trait impl, where the generated
/// methods cannot go, the compiler's "not a member of trait" error for it names the
/// remedy, at the method's name.
fn trait_impl_hint(item: &ItemFn) -> Option<TokenStream> {
    let has_self = matches!(item.sig.inputs.first(), Some(syn::FnArg::Receiver(_)));
    if !has_self {
        return None;
    }
    let name = item.sig.ident.to_string();
    let hint = syn::Ident::new(
        &format!(
            "__in_a_trait_impl_put_differentiable_on_the_impl_block_not_on_{}",
            name.trim_start_matches("r#")
        ),
        item.sig.ident.span(),
    );
    Some(quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, dead_code)]
        const #hint: () = ();
    })
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
