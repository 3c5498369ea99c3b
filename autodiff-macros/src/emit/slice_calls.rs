//! Reverse mode through a call of scalar result that passes active data by reference
//! (`g(&a, y)`, `g(&x[i..j], y)`, a local array or `vec!` buffer): the callee runs once
//! per gradient.
//!
//! The caller may rely on nothing but the callee's documented `g_vjp` (a hand-written
//! rule composes like a generated one). The forward sweep runs `g_vjp(a, g_a, y, 1)`
//! once with a zeroed scratch shadow `g_a` per active slice argument: that gives the
//! call's value, the gradient `g_a` of its result with respect to each slice, and the
//! partials of its scalar arguments. The adjoint sweep adds `ȳ · g_a` into the
//! argument's adjoint (the caller's shadow of `a`, the region of a subslice, the
//! accumulator of a local array or buffer) and `ȳ · ∂y` into each scalar's, as a rule's
//! adjoint does, instead of running `g_vjp` again.
//!
//! Storage: the gradients go into one buffer per call site (`__private::CallGradients`,
//! declared at the top of the generated function), appended per evaluation; the site
//! keeps its position in the buffer as one more float beside its value and partials.
//! Those floats travel exactly as a scalar call's partials do ([`super::sites`]): as
//! locals in straight-line code, as extra results of a branch, in the records of a
//! reversed loop; a replay that evaluates the call again (a loop of constant trip
//! count) appends anew and reads its own position. Nothing is popped: a position, not
//! the order of the sweeps, says where an evaluation's gradients are, so a replay that
//! re-evaluates a call cannot desynchronise a stack.
//!
//! Memory: a gradient is one float per element of each slice argument per call; a call
//! in a loop over a long slice that reads one element (`for i in 0..n { s += g(&x, i) }`)
//! would keep `n²` floats. Each site's buffer is bounded by
//! `__private::CALL_GRADIENT_BUDGET` floats per run of the generated function, or by
//! its first evaluation's gradients if they are more (as much as the caller's own
//! shadow of the data: a single call on a long slice still runs its callee once); an
//! evaluation past it keeps the position zero, its value comes from the callee itself,
//! and its adjoint runs `g_vjp` as before this path existed (the callee then runs twice
//! for that call). Both paths are emitted; the kept position selects one at run time.
//! Without the `alloc` feature no buffer exists and every call takes the second path.
//!
//! Inactive data (`&W`, `&self.xs`, a slice outside the caller's `wrt(..)`) goes to
//! the callee through `emit::dispatch` here too, with zeros for its shadow if the
//! callee differentiates it. Calls the path does not cover keep the value-only path:
//! those passing a struct on (its shadow is a tree), or several active data arguments
//! that are not all parts of slice parameters of one element type (one buffer holds a
//! call's gradients, and the syntax does not show a local array's element type); and
//! everything in forward mode. `_hvp` keeps the gradient and the H·v of each covered
//! call the same way (`emit::hvp_calls`); a function calling itself takes its sites'
//! buffers from a pool shared by the levels of the recursion (`emit::recursion`).

use super::adjoint::Adjoint;
use super::forward::{located_at, Forward, Kind, Opnd, RVal};
use crate::ir::{Call, CallArg, Val};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, ToTokens};

/// The buffers of kept call gradients of one generated function, per call site (by
/// the address of its IR value).
#[derive(Default)]
pub(crate) struct SliceCalls {
    stacks: Vec<(usize, Ident, Span)>,
}

/// What the adjoint of a call that kept its gradients reads.
pub(crate) struct KeptGradients {
    /// The site's buffer.
    pub(super) stack: Ident,
    /// The kept position in it (zero: nothing kept, run `g_vjp`).
    pub(super) pos: Ident,
    /// The scalar arguments and their kept partials.
    pub(super) partials: Vec<(Opnd, Ident)>,
}

impl SliceCalls {
    /// Whether the buffer `t` is declared.
    pub(crate) fn declares(&self, t: &Ident) -> bool {
        self.stacks.iter().any(|(_, s, _)| s == t)
    }

    /// The declarations of the buffers, at the top of the generated function.
    pub(crate) fn declarations(
        &self,
        rt: &TokenStream,
        self_calls: &super::recursion::SelfCalls,
    ) -> TokenStream {
        let pool = super::recursion::pool_name();
        self.stacks
            .iter()
            .map(|(_, t, span)| {
                if self_calls.pooled(t) {
                    quote::quote_spanned!(*span=> let mut #t = #rt::CallGradients::from_pool(#pool);)
                } else {
                    quote::quote_spanned!(*span=> let mut #t = #rt::CallGradients::new();)
                }
            })
            .collect()
    }
}

/// Whether the path covers the call: its arguments are scalars, active slices, parts
/// of them, local arrays and buffers (at least one of these), or inactive data. The
/// gradients of one call share a buffer, so several data arguments must be parts of
/// slice parameters of one element type as written (`&[f64]` and `&[f64; 3]`);
/// otherwise (a local array with a slice, `&[f32]` with `&[f64]`) the call keeps the
/// value-only path.
fn covered(f: &crate::ir::Func, c: &Call) -> bool {
    let mut data = 0;
    let mut elems = Vec::new();
    for a in &c.args {
        match a {
            // inactive data goes through `emit::dispatch`, which fits it to the callee
            CallArg::Active(_)
            | CallArg::Inactive(_)
            | CallArg::ConstSlice(_)
            | CallArg::HiddenData(_) => {}
            CallArg::Slice(p) | CallArg::SubSlice { param: p, .. } => {
                if super::assemble::is_struct_ref(&f.params[*p].ty) {
                    return false;
                }
                data += 1;
                elems.push(element_type(&f.params[*p].ty));
            }
            CallArg::Arr(_) | CallArg::Buf { .. } => {
                data += 1;
                elems.push(None);
            }
        }
    }
    match elems.split_first() {
        Some((first, rest)) if data > 1 => first.is_some() && rest.iter().all(|e| e == first),
        _ => data == 1,
    }
}

/// The element type of a slice or array parameter type, as written.
fn element_type(ty: &syn::Type) -> Option<String> {
    let syn::Type::Reference(r) = ty else {
        return None;
    };
    match &*r.elem {
        syn::Type::Slice(s) => Some(s.elem.to_token_stream().to_string()),
        syn::Type::Array(a) => Some(a.elem.to_token_stream().to_string()),
        _ => None,
    }
}

impl<'a> Forward<'a> {
    /// The buffer of kept gradients of the call site at `val`: the one declared, or a
    /// new name (declared by [`Forward::declare_gradient_stack`] once code uses it).
    pub(super) fn gradient_stack(&mut self, val: &Val) -> Ident {
        let key = std::ptr::from_ref(val) as usize;
        if let Some((_, t, _)) = self.slice_calls.stacks.iter().find(|(k, ..)| *k == key) {
            return t.clone();
        }
        self.fresh("call_gradients")
    }

    pub(super) fn declare_gradient_stack(&mut self, val: &Val, t: &Ident, span: Span) {
        let key = std::ptr::from_ref(val) as usize;
        if !self.slice_calls.stacks.iter().any(|(k, ..)| *k == key) {
            self.slice_calls.stacks.push((key, t.clone(), span));
        }
    }

    /// The length of each data argument of `c` (for `take` and `kept`).
    pub(super) fn data_lens(&self, c: &Call, primal: &[TokenStream]) -> Vec<TokenStream> {
        c.args
            .iter()
            .zip(primal)
            .filter_map(|(a, tok)| match a {
                CallArg::Slice(p) => {
                    let x = &self.f.params[*p].ident;
                    Some(quote!(#x.len()))
                }
                CallArg::SubSlice { param, .. } => {
                    let x = &self.f.params[*param].ident;
                    Some(quote!(#x[::core::clone::Clone::clone(&#tok)].len()))
                }
                CallArg::Arr(_) | CallArg::Buf { .. } => Some(quote!(#tok.len())),
                _ => None,
            })
            .collect()
    }

    /// A reverse-mode call passing active data that this path covers: its code,
    /// binding `id` to its value, and what its adjoint reads (see the module docs).
    /// `None` when the path does not apply (the caller keeps the value-only path).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn slice_call_site(
        &mut self,
        val: &'a Val,
        c: &'a Call,
        id: &Ident,
        (ranges, value, primal): (&TokenStream, &TokenStream, &[TokenStream]),
        span: Span,
        record: bool,
        keep: bool,
    ) -> Option<(TokenStream, Option<RVal<'a>>)> {
        if self.kind == Kind::Jvp || !covered(self.f, c) {
            return None;
        }
        if self.kind == Kind::Hvp {
            return self.second_order_slice_call_site(
                val,
                c,
                id,
                (ranges, value, primal),
                span,
                record,
                keep,
            );
        }
        let rt = self.rt.clone();
        let stack = self.gradient_stack(val);
        let lens = self.data_lens(c, primal);
        let parts: Vec<Ident> = lens.iter().map(|_| self.fresh("gradient")).collect();
        let mut args = Vec::new();
        let mut receivers = Vec::new();
        let mut before = TokenStream::new();
        let mut after = TokenStream::new();
        let mut part = parts.iter();
        for (a, tok) in c.args.iter().zip(primal) {
            match a {
                CallArg::Active(_) => {
                    args.push(tok.clone());
                    receivers.extend(self.scalar_arg(a, tok));
                }
                CallArg::Inactive(_) | CallArg::HiddenData(_) => args.push(tok.clone()),
                CallArg::ConstSlice(i) => {
                    let z = self.const_zeros(i, tok);
                    args.push(quote!(#tok, &mut #z));
                }
                CallArg::Slice(p) => {
                    let x = &self.f.params[*p].ident;
                    let g = part.next()?;
                    args.push(quote!(#x, #g));
                }
                CallArg::SubSlice { param, .. } => {
                    let x = &self.f.params[*param].ident;
                    let g = part.next()?;
                    args.push(quote!(&#x[::core::clone::Clone::clone(&#tok)], #g));
                }
                CallArg::Buf { .. } => {
                    let g = part.next()?;
                    args.push(quote!(#tok, #g));
                }
                CallArg::Arr(_) => {
                    // the callee may take `&mut [F; N]`: a scratch array, copied into
                    // the kept part after the call
                    let g = part.next()?;
                    let tmp = self.fresh("shadow");
                    before
                        .extend(quote!(let mut #tmp = #tok.map(|__ad_d| #rt::zero_like(&__ad_d));));
                    after.extend(quote!(#g.copy_from_slice(&#tmp[..]);));
                    args.push(quote!(&#tok, &mut #tmp));
                }
            }
        }
        let mut dargs = super::dispatch::args_of(self.f, c, &args, primal, false, 2);
        dargs.push(super::dispatch::DArg::one(quote!(#rt::seed_one())));
        let pullback = self.slice_call_pullback(c, &dargs, &stack);
        let at = syn::spanned::Spanned::span(&c.callee);
        let outs: Vec<Ident> = (0..=receivers.len()).map(|_| self.fresh("cv")).collect();
        let (v0, douts) = (&outs[0], &outs[1..]);
        let pat = located_at(quote!((#(#outs),*)), at);
        let pos = self.fresh("at");
        let none = douts.iter().map(|_| quote!(#rt::unassigned()));
        let full = quote!(match #stack.take([#(#lens),*]) {
            ::core::option::Option::Some((#pos, [#(#parts),*])) => {
                #before
                let #pat = #pullback;
                #after
                (#v0, #pos, #(#douts,)*)
            }
            ::core::option::Option::None => (#value, #rt::unassigned(), #(#none,)*),
        });
        let n = 1 + receivers.len();
        let (ts, ds) = self.site(val, id, &full, value, n, record, keep, span);
        // the site's code reads or writes the buffer only when it keeps partials
        if ds.is_some() {
            self.declare_gradient_stack(val, &stack, span);
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
}

impl<'a> Adjoint<'a> {
    /// The adjoint of a call that kept its gradients, with the call's adjoint `t`: the
    /// kept gradients and partials scaled by `t`, or `g_vjp` run again when the call
    /// kept nothing (past the budget, or without `alloc`).
    pub(super) fn kept_call_adjoint(
        &mut self,
        c: &'a Call,
        primal: &[TokenStream],
        kept: KeptGradients,
        t: &Ident,
    ) -> TokenStream {
        let KeptGradients {
            stack,
            pos,
            partials,
        } = kept;
        let lens = self.fwd.data_lens(c, primal);
        let parts: Vec<Ident> = lens.iter().map(|_| self.fwd.fresh("gradient")).collect();
        let mut part = parts.iter();
        let mut add = TokenStream::new();
        let (d, s) = (super::mixed("__ad_d"), super::mixed("__ad_s"));
        for (a, tok) in c.args.iter().zip(primal) {
            let into = match a {
                CallArg::Slice(p) => self.shadow(*p).map(|sh| sh.to_token_stream()),
                CallArg::SubSlice { param, .. } => self
                    .shadow(*param)
                    .map(|sh| quote!(#sh[::core::clone::Clone::clone(&#tok)])),
                CallArg::Arr(v) => Some(self.bar_of(*v).to_token_stream()),
                CallArg::Buf { buf, .. } => {
                    let h = self.fwd.version(*buf);
                    Some(super::buffers::buffer_bar(&h).to_token_stream())
                }
                _ => continue,
            };
            let Some(g) = part.next() else { continue };
            add.extend(match into {
                Some(into) => {
                    quote!(for (#d, #s) in #into.iter_mut().zip(#g.iter()) { *#d = *#d + #t * *#s; })
                }
                None => quote!(let _ = #g;),
            });
        }
        for (o, p) in &partials {
            add.extend(self.acc(o, quote!(#t * #p)));
        }
        let again = self.call_adjoint(c, primal, &t.to_token_stream());
        quote!(match #stack.kept(#pos, [#(#lens),*]) {
            ::core::option::Option::Some([#(#parts),*]) => { #add }
            ::core::option::Option::None => { #again }
        })
    }
}
