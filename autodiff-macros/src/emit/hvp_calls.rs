//! `f_hvp` (forward-over-reverse) through a call of scalar result, of scalars (`g(x, y)`)
//! or passing active data by reference (`g(&a, y)`): the callee's derivatives run in
//! the forward sweep only, none in the adjoint sweep. A call of scalars keeps its dual
//! partials as a rule does; a call passing data also keeps its gradient and H·v along
//! the data, as below.
//!
//! The caller may rely on nothing but the callee's documented `g_vjp` and `g_hvp` (a
//! hand-written rule composes like a generated one), and `g_hvp` gives the value and
//! `H·v`, not the gradient: one of each runs per evaluation of the call, where the
//! value-only path runs three (`g_jvp` forward, `g_vjp` and `g_hvp` in the adjoint).
//!
//! Derivation. Over dual numbers the call's argument is `a + ȧε` (and `y + ẏε`), its
//! value `g(a, y) + (∇ₐg·ȧ + ∂ᵧg·ẏ)ε`: the forward sweep runs `g_vjp(a, g_a, y, 1)`,
//! seeded with one into a zeroed scratch gradient `g_a`, for the value, `g_a = ∇ₐg`
//! and `∂ᵧg`, then `g_hvp(a, ȧ, h_a, y, ẏ)` along the arguments' tangents into a
//! zeroed `h_a = (H·v)ₐ`, with `(H·v)ᵧ` among its results; the tangent of the value is
//! `g_a·ȧ + ∂ᵧg·ẏ`. The adjoint sweep runs at dual numbers too: with the call's
//! adjoint `t = t₀ + t₁ε`, the argument's adjoint grows by `t·∇g` taken at the dual
//! point, `∇g(a + ȧε) = ∇g + (H·v)ε`, that is
//! `t₀·g_a + (t₁·g_a + t₀·h_a)ε` for the slice (whose shadow keeps the `ε` part) and
//! `t·(∂ᵧg + (H·v)ᵧε)`, a product of two dual numbers, for each scalar argument.
//!
//! Storage, budget and fallback are those of `emit::slice_calls`: one buffer per call
//! site (`__private::CallGradients`), where an evaluation takes the gradients of its
//! data arguments followed by their `H·v`, twice the floats of `f_grad`'s, under the
//! same `CALL_GRADIENT_BUDGET`; the kept position travels as a dual number with a zero
//! tangent and each scalar argument's `∂ᵧg + (H·v)ᵧε` as one dual number, like a
//! site's value in `f_hvp`. An evaluation past the budget (and every one without the
//! `alloc` feature) keeps the position zero: its value comes from `g_jvp`, and its
//! adjoint runs `g_vjp` and `g_hvp` as before this path existed.

use super::adjoint::Adjoint;
use super::forward::{located_at, Forward, Opnd, RVal};
use super::slice_calls::KeptGradients;
use crate::ir::{Atom, Call, CallArg, Val};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, ToTokens};

/// One evaluation of a call in `f_hvp`'s forward sweep: the statements running the
/// callee's `_vjp` and `_hvp`, the call's dual value, and per scalar argument its
/// operand and dual partial `∂ᵧg + (H·v)ᵧε`.
struct Evaluation {
    code: TokenStream,
    value: TokenStream,
    partials: Vec<TokenStream>,
    receivers: Vec<Opnd>,
}

impl<'a> Forward<'a> {
    /// A call whose active arguments are all scalars, in `f_hvp`: its value and dual
    /// partials from one run of the callee's `_vjp` and one of its `_hvp`, kept like a
    /// rule's, so that its adjoint is a rule's (see the module docs).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn second_order_scalar_call_site(
        &mut self,
        val: &'a Val,
        c: &'a Call,
        id: &Ident,
        (ranges, value, primal): (&TokenStream, &TokenStream, &[TokenStream]),
        span: Span,
        record: bool,
        keep: bool,
    ) -> (TokenStream, Option<RVal<'a>>) {
        let Some(e) = self.second_order_evaluation(c, primal, &[]) else {
            let (ts, _) = self.site(val, id, &quote!((#value,)), value, 0, record, keep, span);
            return (quote!(#ranges #ts), Some(RVal::Call(c, primal.to_vec())));
        };
        let Evaluation {
            code,
            value: dual,
            partials,
            receivers,
        } = e;
        let full = quote!({ #code (#dual, #(#partials,)*) });
        let (ts, ds) = self.site(val, id, &full, value, receivers.len(), record, keep, span);
        let r = ds.map(|ds| RVal::Rule(receivers.into_iter().zip(ds).collect()));
        (quote!(#ranges #ts), r)
    }

    /// The `f_hvp` version of `slice_call_site` (see the module docs): its code,
    /// binding `id` to the call's dual value, and what its adjoint reads.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn second_order_slice_call_site(
        &mut self,
        val: &'a Val,
        c: &'a Call,
        id: &Ident,
        (ranges, value, primal): (&TokenStream, &TokenStream, &[TokenStream]),
        span: Span,
        record: bool,
        keep: bool,
    ) -> Option<(TokenStream, Option<RVal<'a>>)> {
        let rt = self.rt.clone();
        let stack = self.gradient_stack(val);
        let lens = self.data_lens(c, primal);
        // the gradients of the data arguments, then their H·v, in one take
        let grads: Vec<Ident> = lens.iter().map(|_| self.fresh("gradient")).collect();
        let hvs: Vec<Ident> = lens.iter().map(|_| self.fresh("hv")).collect();
        let parts: Vec<(Ident, Ident)> = grads.iter().cloned().zip(hvs.iter().cloned()).collect();
        let Evaluation {
            code,
            value: dual,
            partials,
            receivers,
        } = self.second_order_evaluation(c, primal, &parts)?;
        let pos = self.fresh("at");
        let none = partials.iter().map(|_| quote!(#rt::unassigned()));
        let full = quote!(match #stack.take([#(#lens,)* #(#lens),*]) {
            ::core::option::Option::Some((#pos, [#(#grads,)* #(#hvs),*])) => {
                #code
                (#dual, #rt::Dual::constant(#pos), #(#partials,)*)
            }
            ::core::option::Option::None => (#value, #rt::unassigned(), #(#none,)*),
        });
        let n = 1 + receivers.len();
        let (ts, ds) = self.site(val, id, &full, value, n, record, keep, span);
        // the site's code reads or writes the buffer only when it keeps partials
        if ds.is_some() {
            self.declare_gradient_stack(val, &stack, span);
            // a call of the recursion's variant takes its buffer from the pool
            // (`emit::hvp_recursion`)
            if self.hvp_variant_for(c).is_some() && !self.self_calls.pooled(&stack) {
                self.self_calls.pooled.push(stack.clone());
            }
        }
        let r = ds.map(|ds| {
            let mut ds = ds.into_iter();
            let pos = ds.next().unwrap_or_else(|| pos.clone());
            RVal::KeptCall(
                c,
                primal.to_vec(),
                KeptGradients {
                    stack,
                    pos,
                    partials: receivers.into_iter().zip(ds).collect(),
                },
            )
        });
        let r = r.or_else(|| Some(RVal::Call(c, primal.to_vec())));
        Some((quote!(#ranges #ts), r))
    }

    /// The callee's `_vjp` (seeded with one) and `_hvp` along the arguments' tangents,
    /// writing each data argument's gradient and H·v into `parts` (zeroed slices, one
    /// pair per data argument in order). `None` for an argument this path does not
    /// take.
    fn second_order_evaluation(
        &mut self,
        c: &Call,
        primal: &[TokenStream],
        parts: &[(Ident, Ident)],
    ) -> Option<Evaluation> {
        let rt = self.rt.clone();
        let mut vjp_args = Vec::new();
        let mut hvp_args = Vec::new();
        let mut receivers = Vec::new();
        let mut before = TokenStream::new();
        let mut after = TokenStream::new();
        // the value's tangent: per data argument its gradient and direction, per
        // scalar argument its tangent
        let mut along = Vec::new();
        let mut scalar_tangents = Vec::new();
        // the parts are reborrowed where passed: a method of a field takes them through
        // a generic parameter, which would move them
        let grad_parts: Vec<&Ident> = parts.iter().map(|(g, _)| g).collect();
        let mut parts = parts.iter();
        for (a, tok) in c.args.iter().zip(primal) {
            match a {
                CallArg::Active(at) => {
                    vjp_args.push(quote!(#tok.re));
                    let at_arg = match at {
                        Atom::Const(k) => syn::spanned::Spanned::span(&k.expr),
                        Atom::Var(_) => syn::spanned::Spanned::span(&c.callee),
                    };
                    hvp_args.push(located_at(quote!(#tok.re, #tok.eps), at_arg));
                    receivers.extend(self.scalar_arg(a, tok));
                    scalar_tangents.push(quote!(#tok.eps));
                }
                CallArg::Inactive(_) => {
                    vjp_args.push(tok.clone());
                    hvp_args.push(tok.clone());
                }
                CallArg::ConstSlice(i) => {
                    let z = self.const_zeros(i, tok);
                    vjp_args.push(quote!(#tok, &mut #z));
                    hvp_args.push(quote!(#tok, &#z, &mut #z));
                }
                CallArg::Slice(p) => {
                    let (g, h) = parts.next()?;
                    let x = &self.f.params[*p].ident;
                    let dir = self.tangent[*p].clone()?;
                    vjp_args.push(quote!(#x, &mut *#g));
                    hvp_args.push(quote!(#x, #dir, &mut *#h));
                    along.push(quote!(#rt::along(&*#g, #dir.iter().copied())));
                }
                CallArg::SubSlice { param, .. } => {
                    let (g, h) = parts.next()?;
                    let x = &self.f.params[*param].ident;
                    let dir = self.tangent[*param].clone()?;
                    let range = quote!([::core::clone::Clone::clone(&#tok)]);
                    vjp_args.push(quote!(&#x #range, &mut *#g));
                    hvp_args.push(quote!(&#x #range, &#dir #range, &mut *#h));
                    along.push(quote!(#rt::along(&*#g, #dir #range.iter().copied())));
                }
                CallArg::Buf { .. } => {
                    // a buffer holds dual numbers: its values and tangents apart
                    let (g, h) = parts.next()?;
                    let (p, d) = (self.fresh("primal"), self.fresh("dir"));
                    before.extend(quote!(let (#p, #d) = #rt::buffer_parts(#tok);));
                    vjp_args.push(quote!(&#p[..], &mut *#g));
                    hvp_args.push(quote!(&#p[..], &#d[..], &mut *#h));
                    along.push(quote!(#rt::along(&*#g, #d.iter().copied())));
                }
                CallArg::Arr(_) => {
                    // the callee may take `&mut [F; N]`: scratch arrays, copied into
                    // the kept parts after the calls
                    let (g, h) = parts.next()?;
                    let (p, d) = (self.fresh("primal"), self.fresh("dir"));
                    let (tg, th) = (self.fresh("shadow"), self.fresh("shadow"));
                    before.extend(quote! {
                        let #p = #tok.map(|__ad_d| __ad_d.re);
                        let #d = #tok.map(|__ad_d| __ad_d.eps);
                        let mut #tg = #p.map(|__ad_d| #rt::zero_like(&__ad_d));
                        let mut #th = #tg;
                    });
                    after.extend(
                        quote!(#g.copy_from_slice(&#tg[..]); #h.copy_from_slice(&#th[..]);),
                    );
                    vjp_args.push(quote!(&#p, &mut #tg));
                    hvp_args.push(quote!(&#p, &#d, &mut #th));
                    along.push(quote!(#rt::along(&*#g, #d.iter().copied())));
                }
                CallArg::HiddenData(_) => return None,
            }
        }
        if let Some(variant) = self.hvp_variant_for(c) {
            // a self-call: the variant gives the value, gradient and H·v in one run
            // (see `emit::hvp_recursion`)
            let grads: Vec<TokenStream> = grad_parts.iter().map(|g| quote!(&mut *#g)).collect();
            let pool = super::recursion::pool_name();
            let mut args = vec![quote!(&mut *#pool)];
            args.extend(hvp_args);
            let call = super::hvp_recursion::variant_call(&variant, &args, &grads);
            let v = self.fresh("cv");
            let douts: Vec<Ident> = receivers.iter().map(|_| self.fresh("ch")).collect();
            let at = syn::spanned::Spanned::span(&c.callee);
            let pat = located_at(quote!((#v, #(#douts,)*)), at);
            return Some(Evaluation {
                code: quote!(let #pat = #call;),
                value: quote!(#v),
                partials: douts.iter().map(|d| quote!(#d)).collect(),
                receivers,
            });
        }
        // the values of constants (their primal parts) and of data (as they are)
        let values: Vec<TokenStream> = c
            .args
            .iter()
            .zip(primal)
            .map(|(a, tok)| match a {
                CallArg::Active(_) => quote!(#tok.re),
                _ => tok.clone(),
            })
            .collect();
        let mut dargs = super::dispatch::args_of(self.f, c, &vjp_args, &values, false, 2);
        dargs.push(super::dispatch::DArg::one(quote!(#rt::seed_one())));
        let pullback = self.adjoints_call(c, "vjp", &dargs);
        let dargs = super::dispatch::args_of(self.f, c, &hvp_args, &values, true, 3);
        let product = self.adjoints_call(c, "hvp", &dargs);
        // a callee whose `_vjp` or `_hvp` returns another number of values is reported
        // at the callee's name
        let at = syn::spanned::Spanned::span(&c.callee);
        let outs: Vec<Ident> = (0..=receivers.len()).map(|_| self.fresh("cv")).collect();
        let (v0, douts) = (&outs[0], &outs[1..]);
        let pat = located_at(quote!((#(#outs),*)), at);
        let houts: Vec<Ident> = receivers.iter().map(|_| self.fresh("ch")).collect();
        // `_hvp` returns the bare value when the call passes no scalar
        let hpat = if houts.is_empty() {
            quote!(_)
        } else {
            located_at(quote!((_, #(#houts),*)), at)
        };
        let tangent = self.fresh("tangent");
        let code = quote! {
            #before
            let #pat = #pullback;
            let #hpat = #product;
            #after
            let #tangent = #rt::zero_like(&#v0) #(+ #along)* #(+ #douts * #scalar_tangents)*;
        };
        Some(Evaluation {
            code,
            value: quote!(#rt::Dual::new(#v0, #tangent)),
            partials: douts
                .iter()
                .zip(&houts)
                .map(|(d, h)| quote!(#rt::Dual::new(#d, #h)))
                .collect(),
            receivers,
        })
    }
}

impl<'a> Adjoint<'a> {
    /// The `f_hvp` version of `kept_call_adjoint`, with the call's dual adjoint `t`:
    /// the kept gradients and `H·v` combined as the module docs derive, or `g_vjp` and
    /// `g_hvp` run when the call kept nothing.
    pub(super) fn second_order_kept_call_adjoint(
        &mut self,
        c: &'a Call,
        primal: &[TokenStream],
        kept: KeptGradients,
        t: &Ident,
    ) -> TokenStream {
        let rt = self.fwd.rt.clone();
        let KeptGradients {
            stack,
            pos,
            partials,
        } = kept;
        let lens = self.fwd.data_lens(c, primal);
        let grads: Vec<Ident> = lens.iter().map(|_| self.fwd.fresh("gradient")).collect();
        let hvs: Vec<Ident> = lens.iter().map(|_| self.fwd.fresh("hv")).collect();
        let mut parts = grads.iter().zip(&hvs);
        let mut add = TokenStream::new();
        let (d, g, h) = (
            super::mixed("__ad_d"),
            super::mixed("__ad_g"),
            super::mixed("__ad_h"),
        );
        for (a, tok) in c.args.iter().zip(primal) {
            // a parameter's shadow keeps the tangent part of its adjoint; a local
            // array's or buffer's adjoint is dual
            // the variant of `f_hvp` also keeps the real part (`emit::hvp_recursion`)
            let (into, dual, gradient) = match a {
                CallArg::Slice(p) => (
                    self.shadow(*p).map(|sh| sh.to_token_stream()),
                    false,
                    self.gradient_shadow[*p]
                        .clone()
                        .map(|g| g.to_token_stream()),
                ),
                CallArg::SubSlice { param, .. } => (
                    self.shadow(*param)
                        .map(|sh| quote!(#sh[::core::clone::Clone::clone(&#tok)])),
                    false,
                    self.gradient_shadow[*param]
                        .clone()
                        .map(|g| quote!(#g[::core::clone::Clone::clone(&#tok)])),
                ),
                CallArg::Arr(v) => (Some(self.bar_of(*v).to_token_stream()), true, None),
                CallArg::Buf { buf, .. } => {
                    let ver = self.fwd.version(*buf);
                    (
                        Some(super::buffers::buffer_bar(&ver).to_token_stream()),
                        true,
                        None,
                    )
                }
                _ => continue,
            };
            let Some((gs, hs)) = parts.next() else {
                continue;
            };
            let eps = quote!(#t.eps * *#g + #t.re * *#h);
            let each = if dual {
                quote!(*#d = *#d + #rt::Dual::new(#t.re * *#g, #eps);)
            } else {
                quote!(*#d = *#d + #eps;)
            };
            add.extend(match into {
                Some(into) => quote! {
                    for ((#d, #g), #h) in #into.iter_mut().zip(#gs.iter()).zip(#hs.iter()) {
                        #each
                    }
                },
                None => quote!(let _ = (#gs, #hs);),
            });
            if let Some(gradient) = gradient {
                add.extend(quote! {
                    for (#d, #g) in #gradient.iter_mut().zip(#gs.iter()) {
                        *#d = *#d + #t.re * *#g;
                    }
                });
            }
        }
        for (o, p) in &partials {
            add.extend(self.acc(o, quote!(#t * #p)));
        }
        let again = self.second_order_call(c, primal, t, false);
        quote!(match #stack.kept(#pos.re, [#(#lens,)* #(#lens),*]) {
            ::core::option::Option::Some([#(#grads,)* #(#hvs),*]) => { #add }
            ::core::option::Option::None => { #again }
        })
    }
}
