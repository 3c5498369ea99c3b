//! Builds the generated functions (`f_jvp`, `f_vjp`, `f_grad`, `f_hvp`): their signatures, prologues and return values around the bodies
//! that `emit` produces.

use crate::emit::{mixed, Emitter, Kind};
use crate::front::signature::RetShape;
use crate::ir::{Atom, Func, Output, Param, ParamKind};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::{FnArg, ItemFn, Type};

/// What the generator knows about the user's function.
pub(crate) struct Source<'a> {
    pub item: &'a ItemFn,
    pub func: &'a Func,
    pub ret: &'a RetShape,
    /// `::differentiable::__private`, or the override.
    pub rt: TokenStream,
}

fn param_name(p: &Param, suffix: &str) -> Ident {
    let base = if p.ident == "self" {
        "self_".to_string()
    } else {
        p.ident.to_string()
    };
    let base = base.trim_start_matches("r#").to_string();
    format_ident!(
        "{}_{}",
        base,
        suffix,
        span = proc_macro2::Span::mixed_site()
    )
}

/// `&[F]` -> `&mut [F]` for shadows.
fn mut_ref(ty: &Type) -> TokenStream {
    match ty {
        Type::Reference(r) => {
            let e = &r.elem;
            quote!(&mut #e)
        }
        other => quote!(&mut #other),
    }
}

/// `[F; N]` -> `N`.
fn array_len(ty: &Type) -> TokenStream {
    match ty {
        Type::Array(a) => {
            let n = &a.len;
            quote!(#n)
        }
        _ => quote!(0),
    }
}

impl<'a> Source<'a> {
    fn ret_ty(&self) -> &Type {
        match self.ret {
            RetShape::Scalar(t) | RetShape::Array(t) => t,
        }
    }

    /// The user's inputs, in order, each paired with its IR parameter.
    fn inputs(&self) -> impl Iterator<Item = (&FnArg, &Param)> {
        self.item.sig.inputs.iter().zip(&self.func.params)
    }

    /// Emits one generated function.
    pub(crate) fn generate(&self, kind: Kind) -> syn::Result<TokenStream> {
        let f = self.func;
        let mut em = Emitter::new(f, self.rt.clone(), kind);
        em.const_generics = self
            .item
            .sig
            .generics
            .params
            .iter()
            .filter_map(|g| match g {
                syn::GenericParam::Const(c) => Some(c.ident.to_string()),
                _ => None,
            })
            .collect();
        let rt = self.rt.clone();
        let reverse = !matches!(kind, Kind::Jvp);
        let mut sig_params = Vec::new();
        let mut prologue = TokenStream::new();
        let mut by_value_adjoints: Vec<(usize, &Param)> = Vec::new();
        for (i, (arg, p)) in self.inputs().enumerate() {
            let ty = &p.ty;
            let x = &p.ident;
            sig_params.push(quote!(#arg));
            match (&p.kind, kind) {
                (ParamKind::Inactive, _) => {}
                (ParamKind::Scalar(v), Kind::Jvp) => {
                    let t = param_name(p, "tangent");
                    sig_params.push(quote!(#t: #ty));
                    let d = em.fresh(&p.ident.to_string());
                    prologue.extend(quote!(let #d = #rt::Dual::new(#x, #t);));
                    em.ver[*v] = Some(d);
                }
                (ParamKind::Scalar(v), Kind::Hvp) => {
                    let t = param_name(p, "dir");
                    sig_params.push(quote!(#t: #ty));
                    let d = em.fresh(&p.ident.to_string());
                    prologue.extend(quote!(let #d = #rt::Dual::new(#x, #t);));
                    em.ver[*v] = Some(d);
                }
                (ParamKind::Scalar(v), _) => em.ver[*v] = Some(x.clone()),
                (ParamKind::Array(_), Kind::Jvp | Kind::Hvp) => {
                    let t = param_name(p, if kind == Kind::Jvp { "tangent" } else { "dir" });
                    sig_params.push(quote!(#t: #ty));
                    em.tangent[i] = Some(t);
                }
                (ParamKind::Array(_), _) => {}
                (ParamKind::Slice, Kind::Jvp) => {
                    let t = param_name(p, "tangent");
                    sig_params.push(quote!(#t: #ty));
                    em.tangent[i] = Some(t);
                }
                (ParamKind::Slice, Kind::Hvp) => {
                    let (t, hv) = (param_name(p, "dir"), param_name(p, "hv"));
                    let hv_ty = mut_ref(ty);
                    sig_params.push(quote!(#t: #ty, #hv: #hv_ty));
                    em.tangent[i] = Some(t);
                    em.shadow[i] = Some(hv.clone());
                    prologue.extend(quote!(for __ad_e in #hv.iter_mut() { *__ad_e = #rt::zero_like(&*__ad_e); }));
                }
                (ParamKind::Slice, Kind::Vjp) => {
                    let b = param_name(p, "bar");
                    let bty = mut_ref(ty);
                    sig_params.push(quote!(#b: #bty));
                    em.shadow[i] = Some(b);
                }
                (ParamKind::Slice, Kind::Grad) => {
                    let b = param_name(p, "grad");
                    let bty = mut_ref(ty);
                    sig_params.push(quote!(#b: #bty));
                    prologue.extend(
                        quote!(for __ad_e in #b.iter_mut() { *__ad_e = #rt::zero_like(&*__ad_e); }),
                    );
                    em.shadow[i] = Some(b);
                }
            }
            if reverse && p.is_by_value_active() {
                by_value_adjoints.push((i, p));
            }
        }
        let ret_ty = self.ret_ty().clone();
        let seed_ident = seed_name();
        if kind == Kind::Vjp {
            sig_params.push(quote!(#seed_ident: #ret_ty))
        }
        let items = &f.items;
        let value = mixed("__ad_value");
        let out_atoms: Vec<Atom> = match &f.output {
            Output::Scalar(a) => vec![a.clone()],
            Output::Array(v) => v.clone(),
        };
        let body_ts = if kind == Kind::Jvp {
            let (fwd, _) = em.forward(&f.body, false);
            let out_toks: Vec<TokenStream> = out_atoms.iter().map(|a| em.opnd(a).tok).collect();
            let end = match &f.output {
                Output::Scalar(_) => quote!(let #value = #(#out_toks)*; (#value.re, #value.eps)),
                Output::Array(_) => quote! {
                    let #value = [#(#out_toks),*];
                    (#value.map(|__ad_d| __ad_d.re), #value.map(|__ad_d| __ad_d.eps))
                },
            };
            quote!(#fwd #end)
        } else {
            self.reverse_body(&mut em, kind, &by_value_adjoints, &out_atoms)
        };
        // spanned at the loop's assignment, so a missing `alloc` feature points there
        let tape_decls: Vec<TokenStream> = em
            .tapes
            .iter()
            .map(|(t, span)| quote::quote_spanned!(*span=> let mut #t = #rt::Vec::new();))
            .collect();
        let ret_sig = self.ret_sig(kind, &by_value_adjoints);
        let name = format_ident!(
            "{}_{}",
            self.item.sig.ident,
            suffix(kind),
            span = self.item.sig.ident.span()
        );
        let vis = &self.item.vis;
        let generics = &self.item.sig.generics;
        let where_clause = &generics.where_clause;
        let doc = doc_for(kind, &self.item.sig.ident.to_string());
        let errors = em.errors.iter().map(syn::Error::to_compile_error);
        Ok(quote! {
            #[doc = #doc]
            #[allow(unused_variables, unused_mut, unused_parens, unused_braces, unreachable_patterns, unreachable_code, non_snake_case, clippy::all, clippy::pedantic, clippy::nursery)]
            #[inline]
            #vis fn #name #generics (#(#sig_params),*) -> #ret_sig #where_clause {
                #(#errors)*
                #(#items)*
                #(#tape_decls)*
                #prologue
                #body_ts
            }
        })
    }

    /// The body of a reverse-mode function: seed and adjoint accumulators, the forward
    /// sweep (with a trailing accumulation loop fused with its adjoint when possible),
    /// the value, the adjoint sweep, and the results.
    fn reverse_body(
        &self,
        em: &mut Emitter<'a>,
        kind: Kind,
        by_value: &[(usize, &Param)],
        out_atoms: &[Atom],
    ) -> TokenStream {
        let f = self.func;
        let rt = self.rt.clone();
        let seed = seed_name();
        let value = mixed("__ad_value");
        let array_out = matches!(f.output, Output::Array(_));
        let seed0 = if array_out {
            quote!(#seed[0])
        } else {
            quote!(#seed)
        };
        let anchor = self.anchor();
        let seed_def = match kind {
            Kind::Grad => quote!(let #seed = #rt::one_like(&#anchor);),
            Kind::Hvp => quote!(let #seed = #rt::Dual::constant(#rt::one_like(&#anchor));),
            _ => TokenStream::new(),
        };
        // by-value array parameters accumulate in local arrays
        let mut arrays = TokenStream::new();
        for (i, p) in by_value {
            if let ParamKind::Array(ty) = &p.kind {
                let n = array_len(ty);
                let b = em.fresh(&format!("{}_bar", p.ident));
                arrays.extend(quote!(let mut #b = [#rt::acc_zero(&#seed0); #n];));
                em.shadow[*i] = Some(b);
            }
        }
        let mut seeding = TokenStream::new();
        for (k, a) in out_atoms.iter().enumerate() {
            if let Atom::Var(v) = a {
                if f.vars[*v].active {
                    let s = if array_out {
                        quote!(#seed[#k])
                    } else {
                        quote!(#seed)
                    };
                    let b = em.bar_of(*v);
                    seeding.extend(quote!(#b = #b + #s;));
                }
            }
        }
        let (fwd, recs) = match em.fused_tail(&f.body, &f.output) {
            Some((pre, tail, recs)) => (quote!(#pre #seeding #tail), recs),
            None => {
                let (fwd, recs) = em.forward(&f.body, true);
                (quote!(#fwd #seeding), recs)
            }
        };
        let out_toks: Vec<TokenStream> = out_atoms.iter().map(|a| em.opnd(a).tok).collect();
        let value_def = if array_out {
            quote!(let #value = [#(#out_toks),*];)
        } else {
            quote!(let #value = #(#out_toks)*;)
        };
        let adj = em.adjoint(recs);
        let decls: Vec<TokenStream> = em
            .bar
            .iter()
            .flatten()
            .map(|b| quote!(let mut #b = #rt::acc_zero(&#seed0);))
            .collect();
        let hvp = kind == Kind::Hvp;
        let results: Vec<TokenStream> = by_value
            .iter()
            .map(|(i, p)| match &p.kind {
                ParamKind::Scalar(v) => {
                    let b = match em.bar[*v].clone() {
                        Some(b) => quote!(#b),
                        None => quote!(#rt::zero_like(&#seed0)),
                    };
                    if hvp {
                        quote!(#b.eps)
                    } else {
                        b
                    }
                }
                _ => {
                    let b = em.shadow[*i].clone();
                    if hvp {
                        quote!(#b.map(|__ad_d| __ad_d.eps))
                    } else {
                        quote!(#b)
                    }
                }
            })
            .collect();
        let value_out = if hvp {
            quote!(#value.re)
        } else {
            quote!(#value)
        };
        let ret = if results.is_empty() {
            value_out
        } else {
            quote!((#value_out, #(#results),*))
        };
        quote! {
            #seed_def
            #(#decls)*
            #arrays
            #fwd
            #value_def
            #adj
            #ret
        }
    }

    /// A plain zero or one of the scalar type can be made from this expression: the
    /// first active parameter's value (or its element type, for arrays and slices).
    fn anchor(&self) -> TokenStream {
        let rt = &self.rt;
        for p in &self.func.params {
            let x = &p.ident;
            match &p.kind {
                ParamKind::Scalar(_) => return quote!(#x),
                ParamKind::Array(_) => return quote!(#rt::zero_of(&#x[..])),
                ParamKind::Slice => return quote!(#rt::zero_of(#x)),
                ParamKind::Inactive => {}
            }
        }
        quote!(0.0)
    }

    fn ret_sig(&self, kind: Kind, adj: &[(usize, &Param)]) -> TokenStream {
        let r = self.ret_ty();
        match kind {
            Kind::Jvp => quote!((#r, #r)),
            _ => {
                let ts: Vec<&Type> = adj.iter().map(|(_, p)| &p.ty).collect();
                if ts.is_empty() {
                    quote!(#r)
                } else {
                    quote!((#r, #(#ts),*))
                }
            }
        }
    }
}

/// The cotangent parameter of `f_vjp`, and the local seed of `f_grad` / `f_hvp`.
fn seed_name() -> Ident {
    mixed("seed")
}

fn suffix(kind: Kind) -> &'static str {
    match kind {
        Kind::Jvp => "jvp",
        Kind::Vjp => "vjp",
        Kind::Grad => "grad",
        Kind::Hvp => "hvp",
    }
}

fn doc_for(kind: Kind, name: &str) -> String {
    match kind {
        Kind::Jvp => format!("Forward mode of [`{name}`], generated by `#[differentiable]`: returns the value and the directional derivative along the tangents given after each active parameter."),
        Kind::Vjp => format!("Reverse mode of [`{name}`], generated by `#[differentiable]`: returns the value and `seed`-weighted adjoints of the by-value active parameters; adjoints of slice parameters are added into the `_bar` shadows."),
        Kind::Grad => format!("Gradient of [`{name}`], generated by `#[differentiable]`: returns the value and the partial derivatives of the by-value active parameters; gradients of slice parameters overwrite the `_grad` shadows."),
        Kind::Hvp => format!("Exact Hessian-vector product of [`{name}`] (forward-over-reverse), generated by `#[differentiable]`: returns the value and H·v for by-value parameters; for slice parameters H·v overwrites the `_hv` shadows."),
    }
}
