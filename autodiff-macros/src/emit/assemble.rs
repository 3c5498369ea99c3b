//! Builds the generated functions (`f_jvp`, `f_vjp`, `f_grad`, `f_hvp`): their
//! signatures and parameter bindings (the [`Header`], known from the signature alone,
//! so that stubs can be emitted when the body cannot be differentiated), and their
//! bodies around the sweeps that `forward` and `adjoint` produce.

use super::{mixed, Adjoint, Bindings, Forward, Kind};
use crate::front::signature::RetShape;
use crate::ir::{Atom, Func, Output, Param, ParamKind, VarId};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::{FnArg, ItemFn, Type};

/// What the generator knows about the user's function.
pub(crate) struct Source<'a> {
    pub item: &'a ItemFn,
    /// The parameters, classified (as the lowering sees them).
    pub params: &'a [Param],
    pub ret: &'a RetShape,
    /// `::differentiable::__private`, or the override.
    pub rt: TokenStream,
    /// A function outside `impl` blocks (see `emit::recursion`).
    pub free: bool,
}

/// Which body `generate_as` emits: a generated function, or for `f_hvp` of a recursion
/// (`emit::hvp_recursion`) the public `f_hvp` calling the variant, or the variant.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Variant {
    None,
    HvpCaller,
    Hvp,
}

/// A generated function's signature and how its body sees the parameters.
struct Header {
    name: Ident,
    sig_params: Vec<TokenStream>,
    ret_sig: TokenStream,
    /// Zeroing of overwritten shadows, dual numbers of scalar parameters.
    prologue: TokenStream,
    bindings: Bindings,
    /// Per parameter: where its adjoint (or H·v) accumulates.
    shadows: Vec<Option<Ident>>,
    /// By-value active parameters (their derivatives are returned), in order.
    by_value: Vec<usize>,
}

pub(crate) fn param_name(p: &Param, suffix: &str) -> Ident {
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

/// A local of the prologue, named after parameter `p` (fresh names always end in a
/// number, these never do).
fn prologue_local(p: &Param, what: &str) -> Ident {
    let base = p.ident.to_string();
    mixed(&format!("__ad_{}_{what}", base.trim_start_matches("r#")))
}

/// `&[F]` -> `&mut [F]` for shadows.
pub(crate) fn mut_ref(ty: &Type) -> TokenStream {
    match ty {
        Type::Reference(r) => {
            let e = &r.elem;
            quote!(&mut #e)
        }
        other => quote!(&mut #other),
    }
}

/// A reference to a struct (a field of an active struct parameter passed on to calls,
/// see `crate::structs`), not to a float slice or array: whoever calls the generated
/// function zeroes its shadow.
pub(crate) fn is_struct_ref(ty: &Type) -> bool {
    matches!(ty, Type::Reference(r) if !matches!(&*r.elem, Type::Slice(_) | Type::Array(_)))
}

/// `&mut [F]` -> `&[F]` for seeds.
pub(crate) fn shared_ref(ty: &Type) -> TokenStream {
    match ty {
        Type::Reference(r) => {
            let e = &r.elem;
            quote!(&#e)
        }
        other => quote!(&#other),
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
    /// The return type; `None` for `()` (results in out-parameters).
    fn ret_ty(&self) -> Option<&Type> {
        match self.ret {
            RetShape::Scalar(t) | RetShape::Array(t) => Some(t),
            RetShape::Unit => None,
        }
    }

    /// The user's inputs, in order, each paired with its parameter.
    fn inputs(&self) -> impl Iterator<Item = (&FnArg, &Param)> {
        self.item.sig.inputs.iter().zip(self.params)
    }

    fn const_generics(&self) -> Vec<String> {
        self.item
            .sig
            .generics
            .params
            .iter()
            .filter_map(|g| match g {
                syn::GenericParam::Const(c) => Some(c.ident.to_string()),
                _ => None,
            })
            .collect()
    }

    /// The signature of the generated function of `kind` and its parameter bindings.
    fn header(&self, kind: Kind) -> Header {
        self.header_zeroing(kind, true)
    }

    /// The header, whose prologue zeroes the `_hv` shadows of `f_hvp` when `zero_hv`
    /// (the variant of `emit::hvp_recursion` is passed them zeroed).
    fn header_zeroing(&self, kind: Kind, zero_hv: bool) -> Header {
        let rt = &self.rt;
        let reverse = !matches!(kind, Kind::Jvp);
        let mut sig_params = Vec::new();
        let mut prologue = TokenStream::new();
        let mut versions: Vec<(VarId, Ident)> = Vec::new();
        let mut tangents = vec![None; self.params.len()];
        let mut shadows = vec![None; self.params.len()];
        let mut by_value = Vec::new();
        for (i, (arg, p)) in self.inputs().enumerate() {
            let ty = &p.ty;
            let x = &p.ident;
            sig_params.push(quote!(#arg));
            match (&p.kind, kind) {
                (ParamKind::Inactive, _) => {}
                (ParamKind::Out, Kind::Jvp) => {
                    let t = param_name(p, "tangent");
                    sig_params.push(quote!(#t: #ty));
                    tangents[i] = Some(t);
                }
                (ParamKind::Out, _) => {
                    // the seed is consumed element by element (a later write hides an
                    // earlier one): the reverse sweep works on a copy of it
                    let s = param_name(p, "seed");
                    let sty = shared_ref(ty);
                    sig_params.push(quote!(#s: #sty));
                    let w = prologue_local(p, "seed");
                    let copy = if matches!(ty, Type::Reference(r) if matches!(*r.elem, Type::Array(_)))
                    {
                        quote!(*#s)
                    } else {
                        quote!(#rt::seed_copy(#s))
                    };
                    prologue.extend(quote!(let mut #w = #copy;));
                    shadows[i] = Some(w);
                }
                (ParamKind::Scalar(v), Kind::Jvp | Kind::Hvp) => {
                    let t = param_name(p, if kind == Kind::Jvp { "tangent" } else { "dir" });
                    sig_params.push(quote!(#t: #ty));
                    let d = prologue_local(p, "dual");
                    prologue.extend(quote!(let #d = #rt::Dual::new(#x, #t);));
                    versions.push((*v, d));
                }
                (ParamKind::Scalar(v), _) => versions.push((*v, x.clone())),
                (ParamKind::Array(_), Kind::Jvp | Kind::Hvp) => {
                    let t = param_name(p, if kind == Kind::Jvp { "tangent" } else { "dir" });
                    sig_params.push(quote!(#t: #ty));
                    tangents[i] = Some(t);
                }
                (ParamKind::Array(_), _) => {}
                (ParamKind::Slice, Kind::Jvp) => {
                    let t = param_name(p, "tangent");
                    sig_params.push(quote!(#t: #ty));
                    tangents[i] = Some(t);
                }
                (ParamKind::Slice, Kind::Hvp) => {
                    let (t, hv) = (param_name(p, "dir"), param_name(p, "hv"));
                    let hv_ty = mut_ref(ty);
                    sig_params.push(quote!(#t: #ty, #hv: #hv_ty));
                    tangents[i] = Some(t);
                    if zero_hv && !is_struct_ref(ty) {
                        prologue.extend(quote!(for __ad_e in #hv.iter_mut() { *__ad_e = #rt::zero_like(&*__ad_e); }));
                    }
                    shadows[i] = Some(hv);
                }
                (ParamKind::Slice, Kind::Vjp) => {
                    let b = param_name(p, "bar");
                    let bty = mut_ref(ty);
                    sig_params.push(quote!(#b: #bty));
                    shadows[i] = Some(b);
                }
                (ParamKind::Slice, Kind::Grad) => {
                    let b = param_name(p, "grad");
                    let bty = mut_ref(ty);
                    sig_params.push(quote!(#b: #bty));
                    if !is_struct_ref(ty) {
                        prologue.extend(
                            quote!(for __ad_e in #b.iter_mut() { *__ad_e = #rt::zero_like(&*__ad_e); }),
                        );
                    }
                    shadows[i] = Some(b);
                }
            }
            if reverse && p.is_by_value_active() {
                by_value.push(i);
                if matches!(p.kind, ParamKind::Array(_)) {
                    // by-value array parameters accumulate in local arrays
                    shadows[i] = Some(prologue_local(p, "bar"));
                }
            }
        }
        // the cotangent of `f_vjp`, and the output weights of an array output's `f_hvp`
        let array_hvp = kind == Kind::Hvp && matches!(self.ret, RetShape::Array(_));
        let takes_seed = kind == Kind::Vjp || array_hvp;
        if let (true, Some(ret_ty)) = (takes_seed, self.ret_ty()) {
            let seed = seed_name();
            sig_params.push(quote!(#seed: #ret_ty));
        }
        let name = format_ident!(
            "{}_{}",
            self.item.sig.ident,
            suffix(kind),
            span = self.item.sig.ident.span()
        );
        Header {
            name,
            sig_params,
            ret_sig: self.ret_sig(kind, &by_value),
            prologue,
            bindings: Bindings {
                versions,
                tangents,
                const_generics: self.const_generics(),
            },
            shadows,
            by_value,
        }
    }

    /// The generated function of `kind` for the lowered `func`; internal
    /// inconsistencies of the emission go to `errors`.
    pub(crate) fn generate(
        &self,
        kind: Kind,
        func: &Func,
        errors: &mut Vec<syn::Error>,
    ) -> TokenStream {
        let hvp_variant = kind == Kind::Hvp
            && super::hvp_recursion::applies(self.item, self.params, func, self.free, self.ret);
        if !hvp_variant {
            return self.generate_as(kind, func, errors, Variant::None);
        }
        // `f_hvp` and its hidden variant, whose self-calls call the variant
        let public = self.generate_as(kind, func, errors, Variant::HvpCaller);
        let variant = self.generate_as(kind, func, errors, Variant::Hvp);
        quote!(#public #variant)
    }

    fn generate_as(
        &self,
        kind: Kind,
        func: &Func,
        errors: &mut Vec<syn::Error>,
        as_variant: Variant,
    ) -> TokenStream {
        // the variant of `f_hvp` adds into its H·v and gradient slices, which its
        // callers, call sites taking them from a buffer, pass zeroed
        let mut h = self.header_zeroing(kind, as_variant != Variant::Hvp);
        let rt = self.rt.clone();
        // the variant of `f_hvp` also takes the gradients of its slices
        let mut gradient_shadows = vec![None; self.params.len()];
        if as_variant == Variant::Hvp {
            for (i, p) in self.params.iter().enumerate() {
                if matches!(p.kind, ParamKind::Slice) {
                    let g = param_name(p, "grad");
                    let gty = mut_ref(&p.ty);
                    h.sig_params.push(quote!(#g: #gty));
                    gradient_shadows[i] = Some(g);
                }
            }
            h.name = super::hvp_recursion::variant_name(self.item);
            let r = self.ret_ty();
            let ts = h.by_value.iter().map(|&i| &self.params[i].ty);
            h.ret_sig = quote!((#rt::Dual<#r>, #(#rt::Dual<#ts>,)*));
            // the pool of the self-calls' buffers, first
            if let Some(elem) =
                super::recursion::pool_element(self.item, self.params, func, self.free)
            {
                h.sig_params
                    .insert(0, super::recursion::pool_param(&rt, &elem));
            }
        }
        let mut fwd = Forward::new(func, rt.clone(), kind, h.bindings);
        if as_variant != Variant::None {
            fwd.use_hvp_variant(self.item);
        }
        // a recursion on a slice: the levels' gradient buffers come from a pool
        let pool_elem = match kind {
            Kind::Vjp | Kind::Grad => {
                super::recursion::pool_element(self.item, self.params, func, self.free)
            }
            Kind::Jvp | Kind::Hvp => None,
        };
        if pool_elem.is_some() {
            fwd.use_variant(self.item);
        }
        let mut self_calls = super::recursion::SelfCalls::default();
        let value = mixed("__ad_value");
        let out_atoms: Vec<Atom> = match &func.output {
            Output::Scalar(a) => vec![a.clone()],
            Output::Array(v) => v.clone(),
            Output::Unit => Vec::new(),
        };
        let mut gradient_decls = TokenStream::new();
        let (body, (sites, tapes, sliced, kept), stacked, errs) = if kind == Kind::Jvp {
            let mut fwd = fwd;
            let (sweep, _) = fwd.forward(&func.body, false);
            let out_toks: Vec<TokenStream> = out_atoms.iter().map(|a| fwd.opnd(a).tok).collect();
            let end = match &func.output {
                Output::Scalar(_) => quote!(let #value = #(#out_toks)*; (#value.re, #value.eps)),
                Output::Unit => TokenStream::new(),
                Output::Array(_) => quote! {
                    let #value = [#(#out_toks),*];
                    (#value.map(|__ad_d| __ad_d.re), #value.map(|__ad_d| __ad_d.eps))
                },
            };
            (
                quote!(#sweep #end),
                (
                    fwd.site_tapes(),
                    fwd.tapes,
                    fwd.sliced_tapes,
                    fwd.kept_records,
                ),
                fwd.stack_tapes,
                fwd.errors,
            )
        } else {
            let mut adj = Adjoint::new(fwd, h.shadows.clone());
            adj.gradient_shadow = gradient_shadows;
            let dual_results = as_variant == Variant::Hvp;
            let body =
                self.reverse_body(&mut adj, kind, func, &h.by_value, &out_atoms, dual_results);
            self_calls = std::mem::take(&mut adj.fwd.self_calls);
            self_calls.keep_declared(|t| adj.fwd.slice_calls.declares(t));
            gradient_decls = adj.fwd.slice_calls.declarations(&rt, &self_calls);
            if (kind == Kind::Grad || as_variant == Variant::HvpCaller) && self_calls.any() {
                let pool = super::recursion::grad_pool(&rt);
                gradient_decls = quote!(#pool #gradient_decls);
            }
            (
                body,
                (
                    adj.fwd.site_tapes(),
                    adj.fwd.tapes,
                    adj.fwd.sliced_tapes,
                    adj.fwd.kept_records,
                ),
                adj.fwd.stack_tapes,
                adj.fwd.errors,
            )
        };
        errors.extend(errs);
        // spanned at the loop's assignment, so a missing `alloc` feature points there;
        // a `Tape` keeps its first elements inline (no allocation for short loops, nor
        // per level of a recursion), a tape read back as a slice is a `Vec`
        let tape_decls: Vec<TokenStream> = tapes
            .iter()
            .map(|(t, span)| {
                let room = stacked.iter().find(|(s, _)| s == t).map(|(_, n)| *n);
                if sliced.contains(t) {
                    quote::quote_spanned!(*span=> let mut #t = #rt::Vec::new();)
                } else if let Some(n) = room {
                    // a record of a loop nest of literal trip counts: no heap
                    let n = proc_macro2::Literal::u64_unsuffixed(n);
                    quote::quote_spanned!(*span=> let mut #t = #rt::StackTape::<_, #n>::new();)
                } else if sites.contains(t) {
                    // kept rules and calls: without `alloc`, evaluated again instead
                    quote::quote_spanned!(*span=> let mut #t = #rt::Tape::for_sites();)
                } else {
                    quote::quote_spanned!(*span=> let mut #t = #rt::Tape::new();)
                }
            })
            .chain(
                kept.iter()
                    .map(|(t, span)| quote::quote_spanned!(*span=> let mut #t = #rt::Kept::new();)),
            )
            .collect();
        let items = &func.items;
        let shims = super::nested::shims(func, kind, &rt);
        let prologue = &h.prologue;
        let body = super::recursion::give_back_after(
            &self_calls,
            quote! {
                #(#items)*
                #shims
                #(#tape_decls)*
                #gradient_decls
            },
            quote!(#prologue #body),
        );
        if as_variant == Variant::Hvp {
            let (name, params, ret_sig) = (&h.name, &h.sig_params, &h.ret_sig);
            let generics = &self.item.sig.generics;
            let where_clause = &generics.where_clause;
            return quote! {
                #[doc(hidden)]
                #[allow(unused_variables, unused_mut, unused_parens, unused_braces, unreachable_patterns, unreachable_code, non_snake_case, clippy::all, clippy::pedantic, clippy::nursery)]
                #[inline]
                fn #name #generics (#(#params),*) -> #ret_sig #where_clause {
                    #body
                }
            };
        }
        let Some(elem) = pool_elem.filter(|_| kind == Kind::Vjp) else {
            return self.wrap(kind, &h.name, &h.sig_params, &h.ret_sig, body);
        };
        // the body goes into the hidden variant; `f_vjp` calls it with a new pool
        let Some(public) = super::recursion::public_vjp_body(&rt, self.item, &h.sig_params) else {
            errors.push(syn::Error::new(
                self.item.sig.ident.span(),
                "internal: a parameter of the generated `_vjp` is not a name",
            ));
            return self.wrap(kind, &h.name, &h.sig_params, &h.ret_sig, body);
        };
        let variant = super::recursion::variant_name(self.item);
        let mut params = vec![super::recursion::pool_param(&rt, &elem)];
        params.extend(h.sig_params.iter().cloned());
        let generics = &self.item.sig.generics;
        let where_clause = &generics.where_clause;
        let ret_sig = &h.ret_sig;
        let public = self.wrap(kind, &h.name, &h.sig_params, &h.ret_sig, public);
        quote! {
            #public
            #[doc(hidden)]
            #[allow(unused_variables, unused_mut, unused_parens, unused_braces, unreachable_patterns, unreachable_code, non_snake_case, clippy::all, clippy::pedantic, clippy::nursery)]
            #[inline]
            fn #variant #generics (#(#params),*) -> #ret_sig #where_clause {
                #body
            }
        }
    }

    /// The generated function of `kind` with the right signature and no body: emitted
    /// beside the error when the function cannot be differentiated, so that its callers
    /// see the macro's error and not "cannot find function `f_grad`".
    pub(crate) fn stub(&self, kind: Kind) -> TokenStream {
        let h = self.header(kind);
        self.wrap(
            kind,
            &h.name,
            &h.sig_params,
            &h.ret_sig,
            quote!(::core::unreachable!()),
        )
    }

    fn wrap(
        &self,
        kind: Kind,
        name: &Ident,
        sig_params: &[TokenStream],
        ret_sig: &TokenStream,
        body: TokenStream,
    ) -> TokenStream {
        let vis = &self.item.vis;
        let generics = &self.item.sig.generics;
        let where_clause = &generics.where_clause;
        let array_out = matches!(self.ret, RetShape::Array(_));
        let doc = doc_for(kind, &self.item.sig.ident.to_string(), array_out);
        quote! {
            #[doc = #doc]
            #[allow(unused_variables, unused_mut, unused_parens, unused_braces, unreachable_patterns, unreachable_code, non_snake_case, clippy::all, clippy::pedantic, clippy::nursery)]
            #[inline]
            #vis fn #name #generics (#(#sig_params),*) -> #ret_sig #where_clause {
                #body
            }
        }
    }

    /// The body of a reverse-mode function: seed and adjoint accumulators, the forward
    /// sweep (with a trailing accumulation loop fused with its adjoint when possible),
    /// the value, the adjoint sweep, and the results.
    fn reverse_body<'f>(
        &self,
        em: &mut Adjoint<'f>,
        kind: Kind,
        f: &'f Func,
        by_value: &[usize],
        out_atoms: &[Atom],
        dual_results: bool,
    ) -> TokenStream {
        let rt = self.rt.clone();
        let seed = seed_name();
        let value = mixed("__ad_value");
        let array_out = matches!(f.output, Output::Array(_));
        let unit_out = matches!(f.output, Output::Unit);
        let anchor = self.anchor();
        let seed0 = if array_out {
            quote!(#seed[0])
        } else if unit_out {
            // no scalar seed: a zero of the float type from a parameter
            anchor.clone()
        } else {
            quote!(#seed)
        };
        let zero = super::adjoint::zero_name();
        let seed_def = match kind {
            Kind::Grad => quote!(let #seed = #rt::one_like(&#anchor);),
            // an array output's `seed` parameter, as constants of the dual adjoints
            Kind::Hvp if array_out => quote!(let #seed = #seed.map(#rt::Dual::constant);),
            Kind::Hvp => quote!(let #seed = #rt::Dual::constant(#rt::one_like(&#anchor));),
            _ => TokenStream::new(),
        };
        let mut arrays = TokenStream::new();
        for &i in by_value {
            if let (ParamKind::Array(ty), Some(b)) = (&self.params[i].kind, em.shadow(i)) {
                let n = array_len(ty);
                match self.foreign_elem(&self.params[i]) {
                    Some(elem) => {
                        let adj = adjoint_type(kind, &rt, elem);
                        arrays
                            .extend(quote!(let mut #b: [#adj; #n] = [#rt::acc_zero_typed(); #n];));
                    }
                    None => arrays.extend(quote!(let mut #b = [#zero; #n];)),
                }
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
        let (sweep, recs) = match em.fused_tail(&f.body, &f.output) {
            Some((pre, tail, recs)) => (quote!(#pre #seeding #tail), recs),
            None => {
                let (sweep, recs) = em.fwd.forward(&f.body, true);
                (quote!(#sweep #seeding), recs)
            }
        };
        let out_toks: Vec<TokenStream> = out_atoms.iter().map(|a| em.fwd.opnd(a).tok).collect();
        let value_def = if array_out {
            quote!(let #value = [#(#out_toks),*];)
        } else if unit_out {
            TokenStream::new()
        } else {
            quote!(let #value = #(#out_toks)*;)
        };
        let adj = em.adjoint(recs);
        let decls = em.accumulator_decls(|ty| adjoint_type(kind, &rt, ty));
        // the variant of `f_hvp` returns whole dual numbers (`emit::hvp_recursion`)
        let hvp = kind == Kind::Hvp && !dual_results;
        let results: Vec<TokenStream> = by_value
            .iter()
            .map(|&i| match &self.params[i].kind {
                ParamKind::Scalar(v) => match em.bar(*v) {
                    Some(b) if hvp => quote!(#b.eps),
                    Some(b) => quote!(#b),
                    // the parameter is never read: a zero of its own type
                    None if dual_results => {
                        let x = &self.params[i].ident;
                        quote!(#rt::Dual::constant(#rt::zero_like(&#x)))
                    }
                    None => {
                        let x = &self.params[i].ident;
                        quote!(#rt::zero_like(&#x))
                    }
                },
                _ => {
                    let b = em.shadow(i);
                    if hvp {
                        quote!(#b.map(|__ad_d| __ad_d.eps))
                    } else {
                        quote!(#b)
                    }
                }
            })
            .collect();
        let value_out = if hvp && array_out {
            quote!(#value.map(|__ad_d| __ad_d.re))
        } else if hvp {
            quote!(#value.re)
        } else {
            quote!(#value)
        };
        let ret = if dual_results {
            quote!((#value, #(#results,)*))
        } else if unit_out {
            quote!((#(#results),*))
        } else if results.is_empty() {
            value_out
        } else {
            quote!((#value_out, #(#results),*))
        };
        quote! {
            #seed_def
            let #zero = #rt::acc_zero(&#seed0);
            #decls
            #arrays
            #sweep
            #value_def
            #adj
            #ret
        }
    }

    /// The element type of an active parameter when it is not the function's float
    /// type (as written: an alias differs from what it names, which is harmless here).
    fn foreign_elem<'p>(&self, p: &'p Param) -> Option<&'p Type> {
        let key = |t: &Type| quote!(#t).to_string();
        let own = match self.ret {
            RetShape::Scalar(t) => key(t),
            RetShape::Array(Type::Array(a)) => key(&a.elem),
            RetShape::Array(t) => key(t),
            // the outputs' element type is the function's
            RetShape::Unit => {
                return crate::lower::float_types::elem_type(&p.ty).filter(|t| {
                    self.params
                        .iter()
                        .filter(|q| matches!(q.kind, ParamKind::Out))
                        .filter_map(|q| crate::lower::float_types::elem_type(&q.ty))
                        .all(|o| key(o) != key(t))
                })
            }
        };
        crate::lower::float_types::elem_type(&p.ty).filter(|t| key(t) != own)
    }

    /// A plain zero or one of the scalar type can be made from this expression: the
    /// first active parameter's value (or its element type, for arrays and slices) of
    /// the function's float type, or a zero of the result's type.
    fn anchor(&self) -> TokenStream {
        let rt = &self.rt;
        for p in self.params {
            let x = &p.ident;
            if self.foreign_elem(p).is_some() {
                continue;
            }
            match &p.kind {
                ParamKind::Scalar(_) => return quote!(#x),
                ParamKind::Array(_) => return quote!(#rt::zero_of(&#x[..])),
                ParamKind::Slice => return quote!(#rt::zero_of(#x)),
                ParamKind::Out => return quote!(#rt::zero_of(&*#x)),
                ParamKind::Inactive => {}
            }
        }
        let ty = match self.ret {
            RetShape::Array(Type::Array(a)) => &*a.elem,
            RetShape::Scalar(t) | RetShape::Array(t) => t,
            RetShape::Unit => {
                let out = self
                    .params
                    .iter()
                    .filter(|q| matches!(q.kind, ParamKind::Out))
                    .find_map(|q| crate::lower::float_types::elem_type(&q.ty));
                return match out {
                    Some(t) => quote!(#rt::acc_zero_typed::<#t>()),
                    None => quote!(#rt::acc_zero_typed::<f64>()),
                };
            }
        };
        quote!(#rt::acc_zero_typed::<#ty>())
    }

    fn ret_sig(&self, kind: Kind, by_value: &[usize]) -> TokenStream {
        let r = self.ret_ty();
        let ts: Vec<&Type> = by_value.iter().map(|&i| &self.params[i].ty).collect();
        match (kind, r) {
            (Kind::Jvp, Some(r)) => quote!((#r, #r)),
            (Kind::Jvp, None) => quote!(()),
            (_, Some(r)) if ts.is_empty() => quote!(#r),
            (_, Some(r)) => quote!((#r, #(#ts),*)),
            // `()` with out-parameters: the by-value derivatives only
            (_, None) => quote!((#(#ts),*)),
        }
    }
}

/// The type of an adjoint of float type `ty`: `ty`, or a dual number over it in `f_hvp`.
fn adjoint_type(kind: Kind, rt: &TokenStream, ty: &Type) -> TokenStream {
    if kind == Kind::Hvp {
        quote!(#rt::Dual<#ty>)
    } else {
        quote!(#ty)
    }
}

/// The cotangent parameter of `f_vjp`, and the local seed of `f_grad` / `f_hvp`.
fn seed_name() -> Ident {
    mixed("seed")
}

pub(crate) fn suffix(kind: Kind) -> &'static str {
    match kind {
        Kind::Jvp => "jvp",
        Kind::Vjp => "vjp",
        Kind::Grad => "grad",
        Kind::Hvp => "hvp",
    }
}

fn doc_for(kind: Kind, name: &str, array_out: bool) -> String {
    match kind {
        Kind::Jvp => format!("Forward mode of [`{name}`], generated by `#[differentiable]`: returns the value and the directional derivative along the tangents given after each active parameter."),
        Kind::Vjp => format!("Reverse mode of [`{name}`], generated by `#[differentiable]`: returns the value and `seed`-weighted adjoints of the by-value active parameters; adjoints of slice parameters are added into the `_bar` shadows."),
        Kind::Grad => format!("Gradient of [`{name}`], generated by `#[differentiable]`: returns the value and the partial derivatives of the by-value active parameters; gradients of slice parameters overwrite the `_grad` shadows."),
        Kind::Hvp if array_out => format!("Exact Hessian-vector product of `seed · {name}` (forward-over-reverse; [`{name}`] returns an array, `seed` weighs its elements), generated by `#[differentiable]`: returns the value and H·v for by-value parameters; for slice parameters H·v overwrites the `_hv` shadows."),
        Kind::Hvp => format!("Exact Hessian-vector product of [`{name}`] (forward-over-reverse), generated by `#[differentiable]`: returns the value and H·v for by-value parameters; for slice parameters H·v overwrites the `_hv` shadows."),
    }
}
