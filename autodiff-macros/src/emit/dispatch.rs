//! Calls of a callee's derivatives that fit the callee's `wrt(..)`, which the caller
//! cannot see.
//!
//! A float constant or inactive float passed to a differentiable call (`scaled(x, 0.5)`)
//! may fill a parameter the callee differentiates (its `h_jvp` then takes a tangent
//! for it, its `h_vjp` returns an adjoint for it) or one outside the callee's
//! `wrt(..)` (no tangent, no adjoint). Both are right: the argument's tangent is zero,
//! so it does not matter whether it is passed. The macro sees only the caller, so the
//! call goes through a small trait, declared in the block of the call, with one
//! implementation per shape of the callee's derivative (taking the constants'
//! derivatives, or none of them); the compiler picks the one the callee's function
//! fits, from its number of parameters (`h_jvp`, `h_hvp`) or results (`h_vjp`). The
//! implementations are `#[inline(always)]` forwarding, so the call costs what a direct
//! one does. An active value for a parameter the callee does not differentiate fits
//! no implementation: the trait's `#[diagnostic::on_unimplemented]` message, at the
//! user's call, says to add the parameter to `wrt(..)` or to pass `no_grad(..)`. So
//! do the rarer calls passing several constants to a callee that differentiates some
//! of them but not all (they would be ambiguous).

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// One argument (or a group of arguments, such as a slice and its shadow) of a
/// derivative call.
pub(crate) enum DArg {
    /// `n` arguments passed as written (`tok` is `a` or `a, b`).
    Fixed { tok: TokenStream, n: usize },
    /// A float constant's value; with `tangent`, the callee's `h_jvp`/`h_hvp` takes a
    /// zero tangent right after it if it differentiates its parameter.
    Constant { value: TokenStream, tangent: bool },
}

impl DArg {
    pub(crate) fn one(tok: TokenStream) -> Self {
        DArg::Fixed { tok, n: 1 }
    }

    pub(crate) fn group(tok: TokenStream, n: usize) -> Self {
        DArg::Fixed { tok, n }
    }

    /// The tokens of the arguments for a direct call (a constant with its zero
    /// tangent, as a callee that differentiates it takes them).
    fn direct(&self, rt: &TokenStream) -> TokenStream {
        match self {
            DArg::Fixed { tok, .. } => tok.clone(),
            DArg::Constant {
                value,
                tangent: false,
            } => value.clone(),
            DArg::Constant {
                value,
                tangent: true,
            } => quote!(#value, #rt::zero_like(&#value)),
        }
    }
}

/// What the derivative returns.
pub(crate) enum Results {
    /// The same whichever parameters the callee differentiates (`h_jvp`); whether
    /// the call passes an active scalar.
    Same(bool),
    /// The value and one adjoint (or H·v entry) per scalar argument of the call, in
    /// order (`h_vjp`, `h_hvp`); per such argument, whether it is a constant (whose
    /// adjoint is zero when the callee does not differentiate it).
    Adjoints(Vec<bool>),
}

/// A call of a callee's derivative `f` (the path, e.g. `scaled_vjp`), for the user's
/// callee `name`, reported at `span`.
pub(crate) struct DerivativeCall<'t> {
    pub f: TokenStream,
    pub name: String,
    pub args: &'t [DArg],
    pub results: Results,
    pub span: Span,
    /// A free function (a method's derivative, `self.h_jvp`, is not a value: it is
    /// called directly).
    pub free: bool,
}

/// Whether a call passes a float constant in a position the callee may or may not
/// differentiate, or an active scalar (whose callee must differentiate it).
pub(crate) fn dispatched(args: &[DArg], results: &Results) -> bool {
    args.iter().any(|a| matches!(a, DArg::Constant { .. }))
        || matches!(results, Results::Adjoints(r) if !r.is_empty())
        || matches!(results, Results::Same(true))
}

impl DerivativeCall<'_> {
    /// The call as an expression (see the module docs).
    pub(crate) fn expr(&self, rt: &TokenStream) -> TokenStream {
        if !self.free || !dispatched(self.args, &self.results) {
            let f = &self.f;
            let direct = self.args.iter().map(|a| a.direct(rt));
            return quote_spanned!(self.span=> #f(#(#direct),*));
        }
        let slots = self.slots();
        let n = slots.len();
        let tys: Vec<Ident> = (0..n).map(|i| format_ident!("__AdA{}", i)).collect();
        let tuple_ty = quote!((#(#tys,)*));
        let trait_def = self.trait_def();
        let all = self.implementation(rt, &slots, &tys, true);
        let none = if slots.iter().any(|s| s.constant) {
            self.implementation(rt, &slots, &tys, false)
        } else {
            // a second implementation, which nothing satisfies, so that a callee
            // fitting none is reported by the trait's message
            quote! {
                #[allow(dead_code)]
                trait __AdNever {}
                impl<__AdF, #(#tys),*> __AdCall<__AdNone, #tuple_ty> for __AdF where __AdF: __AdNever {
                    type Out = ();
                    fn __ad_call(self, _: #tuple_ty) {}
                }
            }
        };
        let f = &self.f;
        let toks = self.args.iter().map(|a| match a {
            DArg::Fixed { tok, .. } => tok.clone(),
            DArg::Constant { value, .. } => value.clone(),
        });
        let call = quote_spanned!(self.span=> __AdCall::__ad_call(#f, (#(#toks,)*)));
        quote!({
            #trait_def
            #all
            #none
            #call
        })
    }

    /// The flat list of argument slots: per slot, whether it is a constant and
    /// whether it takes a tangent.
    fn slots(&self) -> Vec<Slot> {
        let mut out = Vec::new();
        for a in self.args {
            match a {
                DArg::Fixed { n, .. } => out.extend((0..*n).map(|_| Slot {
                    constant: false,
                    tangent: false,
                })),
                DArg::Constant { tangent, .. } => out.push(Slot {
                    constant: true,
                    tangent: *tangent,
                }),
            }
        }
        out
    }

    fn trait_def(&self) -> TokenStream {
        let name = &self.name;
        let message = format!("`{name}` takes no derivative for an argument that this call differentiates");
        let label = format!("an argument of this call is active, but `{name}` does not differentiate its parameter");
        let note1 = format!("add the parameter to `{name}`'s `wrt(..)`, or pass the argument as `no_grad(..)` to drop its derivative");
        let note2 = format!("a float constant or inactive value needs neither, unless the call passes several of them and `{name}` differentiates some but not all: then mark the others `no_grad(..)`");
        let note3 = format!("hand-written `{name}_jvp`, `{name}_vjp` and `{name}_hvp` take a tangent (return an adjoint) for each active argument, in order");
        quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note1, note = #note2, note = #note3)]
            trait __AdCall<__AdM, __AdArgs> {
                type Out;
                fn __ad_call(self, args: __AdArgs) -> Self::Out;
            }
            #[allow(dead_code)]
            struct __AdAll;
            #[allow(dead_code)]
            struct __AdNone;
        }
    }

    /// The implementation for a callee that differentiates every constant (`all`) or
    /// none of them.
    fn implementation(
        &self,
        rt: &TokenStream,
        slots: &[Slot],
        tys: &[Ident],
        all: bool,
    ) -> TokenStream {
        let tuple_ty = quote!((#(#tys,)*));
        let marker = if all {
            quote!(__AdAll)
        } else {
            quote!(__AdNone)
        };
        // the callee's parameter types and arguments
        let mut params = Vec::new();
        let mut args = Vec::new();
        let mut bounds = Vec::new();
        for (i, (s, ty)) in slots.iter().zip(tys).enumerate() {
            let i = syn::Index::from(i);
            params.push(quote!(#ty));
            args.push(quote!(__ad_a.#i));
            if s.constant && (all && s.tangent || !all && matches!(self.results, Results::Adjoints(_))) {
                bounds.push(quote!(#ty: #rt::Float));
            }
            if all && s.tangent {
                params.push(quote!(#ty));
                args.push(quote!(#rt::zero_like(&__ad_a.#i)));
            }
        }
        let (ret, out, body) = match &self.results {
            Results::Same(_) => (quote!(__AdR), quote!(__AdR), quote!(__ad_f(#(#args),*))),
            Results::Adjoints(consts) => {
                let gs: Vec<Ident> = (0..consts.len()).map(|i| format_ident!("__AdG{}", i)).collect();
                let full = quote!((__AdV, #(#gs,)*));
                if all {
                    (full.clone(), full, quote!(__ad_f(#(#args),*)))
                } else {
                    // the adjoints of the constants are zero, typed like the constant
                    let kept: Vec<&Ident> = gs
                        .iter()
                        .zip(consts)
                        .filter(|(_, c)| !**c)
                        .map(|(g, _)| g)
                        .collect();
                    let mut constant_slots = (0..slots.len()).filter(|&i| slots[i].constant);
                    let mut zeros = TokenStream::new();
                    let mut outs = Vec::new();
                    let mut out_tys = Vec::new();
                    let mut k_kept = 0usize;
                    for (k, (g, c)) in gs.iter().zip(consts).enumerate() {
                        if *c {
                            let slot = constant_slots.next().unwrap_or(0);
                            let (i, ty, z) = (syn::Index::from(slot), &tys[slot], format_ident!("__ad_z{}", k));
                            zeros.extend(quote!(let #z = #rt::zero_like(&__ad_a.#i);));
                            outs.push(quote!(#z));
                            out_tys.push(quote!(#ty));
                        } else {
                            k_kept += 1;
                            let i = syn::Index::from(k_kept);
                            outs.push(quote!(__ad_r.#i));
                            out_tys.push(quote!(#g));
                        }
                    }
                    let value = if kept.is_empty() {
                        bounds.push(quote!(__AdV: #rt::Float));
                        quote!(__ad_r)
                    } else {
                        quote!(__ad_r.0)
                    };
                    let ret = if kept.is_empty() {
                        quote!(__AdV)
                    } else {
                        quote!((__AdV, #(#kept,)*))
                    };
                    let out = quote!((__AdV, #(#out_tys,)*));
                    let body = quote!({
                        #zeros
                        let __ad_r = __ad_f(#(#args),*);
                        (#value, #(#outs,)*)
                    });
                    (ret, out, body)
                }
            }
        };
        let gens = match &self.results {
            Results::Same(_) => quote!(__AdR),
            Results::Adjoints(consts) => {
                // the constants' adjoints are the callee's only when it takes them
                let gs = (0..consts.len())
                    .filter(|&i| all || !consts[i])
                    .map(|i| format_ident!("__AdG{}", i));
                quote!(__AdV #(, #gs)*)
            }
        };
        quote! {
            impl<__AdF, #gens, #(#tys),*> __AdCall<#marker, #tuple_ty> for __AdF
            where
                __AdF: ::core::ops::FnOnce(#(#params),*) -> #ret,
                #(#bounds,)*
            {
                type Out = #out;
                #[inline(always)]
                fn __ad_call(self, __ad_a: #tuple_ty) -> #out {
                    let __ad_f = self;
                    #body
                }
            }
        }
    }
}

/// One argument of the callee's primal signature, as the call passes it.
#[derive(Clone, Copy)]
struct Slot {
    constant: bool,
    tangent: bool,
}

/// The arguments of a derivative call of `c`, from the tokens passed for each of the
/// user's arguments (`toks`, one entry per argument, as the direct call passes them)
/// and the value of each (`values`, read for constants). With `tangent`, a scalar
/// argument is followed by its tangent (`h_jvp`, `h_hvp`); a slice, array or buffer
/// argument is `n_data` arguments (with its tangent, shadow or H·v buffer).
pub(crate) fn args_of(
    c: &crate::ir::Call,
    toks: &[TokenStream],
    values: &[TokenStream],
    tangent: bool,
    n_data: usize,
) -> Vec<DArg> {
    use crate::ir::{Atom, CallArg};
    c.args
        .iter()
        .zip(toks.iter().zip(values))
        .map(|(a, (tok, value))| match a {
            CallArg::Active(Atom::Const(_)) => DArg::Constant {
                value: value.clone(),
                tangent,
            },
            CallArg::Active(Atom::Var(_)) => DArg::group(tok.clone(), 1 + usize::from(tangent)),
            CallArg::Inactive(_) => DArg::one(tok.clone()),
            _ => DArg::group(tok.clone(), n_data),
        })
        .collect()
}

/// Per scalar argument of `c` (the ones whose adjoints `h_vjp` returns), whether it
/// is a constant.
pub(crate) fn constant_scalars(c: &crate::ir::Call) -> Vec<bool> {
    use crate::ir::{Atom, CallArg};
    c.args
        .iter()
        .filter_map(|a| match a {
            CallArg::Active(at) => Some(matches!(at, Atom::Const(_))),
            _ => None,
        })
        .collect()
}
