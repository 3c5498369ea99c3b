//! `#[differentiable(checkpoint = s)]`: the reverse sweep of a long loop with bounded
//! memory.
//!
//! A reversed loop normally records what each iteration overwrites (memory linear in
//! the trip count). A checkpointed loop records nothing per iteration: its forward run
//! keeps the whole carried state at the few steps a binomial schedule picks (at most
//! `s` snapshots alive, beside the state before the last step; the runtime's
//! `Checkpoints`), and its reverse sweep, for each step from the last to the first,
//! restores the latest snapshot before it, runs the steps in between again (plain
//! primal code, taking the snapshots the schedule asks for), then replays the step and
//! differentiates it as any reversed loop does. Loops nested in the body run again in
//! that replay, with tapes that hold one iteration's records only.
//!
//! It applies to every `for` loop at the top level of the body that the reverse sweep
//! reverses (a loop whose active values only accumulate, `s += ..`, keeps no tape and
//! is left as it is). What a rerun of a step could not reproduce is refused
//! ([`refused`]).

use super::adjoint::Adjoint;
use super::forward::{Forward, Rec};
use super::loops::Taping;
use crate::analysis;
use crate::ir::{CallArg, ForLoop, Func, Stmt, Val, VarId};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

/// Whether the top-level loop statement `s` of `f` is checkpointed.
pub(crate) fn applies(f: &Func, s: &Stmt) -> bool {
    f.checkpoint.is_some()
        && f.body.stmts.iter().any(|t| std::ptr::eq(t, s))
        && matches!(s, Stmt::For(l) if reversed(f, &l.body))
}

/// Whether a loop with this body records something per iteration for its reverse
/// sweep: an active value it carries is more than accumulated (`s += ..`), or it holds
/// a loop. (A loop that only writes buffers or out-parameters is reversed too, but
/// records nothing per iteration: checkpointing is not for it.)
fn reversed(f: &Func, body: &crate::ir::Block) -> bool {
    analysis::has_loop(body)
        || analysis::carried(body).iter().any(|v| {
            f.vars[*v].active
                && (analysis::needs_record(*v, body, true) || !analysis::only_accumulated(*v, body))
        })
}

/// What `checkpoint = s` cannot do for this function, as spanned errors: a top-level
/// loop it would reverse that may leave early or is a `while`, a body whose steps a
/// rerun could not reproduce, or no loop to checkpoint at all.
pub(crate) fn refused(f: &Func) -> Option<syn::Error> {
    let opt = f.checkpoint.as_ref()?;
    let mut cx = crate::errors::Ctxt::default();
    let mut any = false;
    for s in &f.body.stmts {
        match s {
            Stmt::For(l) if reversed(f, &l.body) => {
                any = true;
                let at = l
                    .brk
                    .and_then(|b| analysis::first_assignment(b, &l.body))
                    .unwrap_or(f.vars[l.idx].span);
                if l.brk.is_some() {
                    cx.push(syn::Error::new(
                        at,
                        "`checkpoint` cannot reverse a loop that may stop early (`break` or `return` inside): its trip count must be known when it starts; compute the last step first and loop over `0..steps`",
                    ));
                }
                let mut found = Vec::new();
                unrepeatable(f, &l.body, &mut found);
                // the first is enough: the others say the same about the same loop
                cx.extend(found.into_iter().take(1));
            }
            Stmt::While { body, .. } if reversed(f, body) => {
                any = true;
                let at = analysis::first_assignment_any(body).unwrap_or_else(Span::call_site);
                cx.push(syn::Error::new(
                    at,
                    "`checkpoint` cannot reverse a `while` loop: its trip count must be known when it starts; write it as `for step in 0..steps`",
                ));
            }
            _ => {}
        }
    }
    if !any {
        cx.push(syn::Error::new_spanned(
            opt,
            "`checkpoint` applies to the `for` loops at the top level of the body whose reverse sweep records each iteration; this function has none (a loop that only accumulates, `s += ..`, records nothing): remove the option",
        ));
    }
    cx.finish()
}

/// Pushes an error for each statement of a checkpointed loop's body that a rerun of the
/// step could not reproduce without recording it per step.
fn unrepeatable(f: &Func, b: &crate::ir::Block, cx: &mut Vec<syn::Error>) {
    for s in &b.stmts {
        match s {
            Stmt::Set { val, span, .. } => {
                if let Some(what) = unrepeatable_val(f, val) {
                    cx.push(syn::Error::new(*span, what));
                }
            }
            Stmt::If { then_b, else_b, .. } => {
                unrepeatable(f, then_b, cx);
                unrepeatable(f, else_b, cx);
            }
            Stmt::For(l) => unrepeatable(f, &l.body, cx),
            Stmt::While { body, .. } => unrepeatable(f, body, cx),
            Stmt::Decl(_) | Stmt::Effect(_) => {}
        }
    }
}

fn unrepeatable_val(f: &Func, val: &Val) -> Option<&'static str> {
    let buffer = "a checkpointed loop cannot use a `vec!` buffer: its snapshots copy the loop's state, and a buffer written in place is not part of it; use a local array `[F; N]` for the state, or take the data as a slice parameter";
    match val {
        Val::Recorded { .. } => Some(
            "a checkpointed loop cannot call what may have side effects (its value would be recorded at every step, defeating the memory bound, and its effects would run again when steps are recomputed); compute these values before the loop into a slice and index it",
        ),
        Val::OutStore { .. } => Some(
            "a checkpointed loop cannot write an out-parameter (steps recomputed in the reverse sweep would write it again); write the out-parameter after the loop",
        ),
        Val::BufNew { .. } | Val::BufStore { .. } | Val::BufRead { .. } => Some(buffer),
        Val::Call(c) | Val::ArrCall(c)
            if c.args.iter().any(|a| matches!(a, CallArg::Buf { .. })) =>
        {
            Some(buffer)
        }
        Val::Elem { arr, .. } | Val::ArrCopy(arr) if f.vars[*arr].buffer => Some(buffer),
        _ => None,
    }
}

impl<'a> Forward<'a> {
    /// The forward run of a checkpointed `for` loop: plain iterations, the carried
    /// state kept where the schedule says.
    pub(super) fn checkpointed_for(
        &mut self,
        l: &'a ForLoop,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let (lo, hi) = (self.fresh("lo"), self.fresh("hi"));
        let (loe, hie) = (self.inact(&l.lo), self.inact(&l.hi));
        let (muts, mut_ts) = self.loop_muts(&l.body);
        let range = range(&lo, &hi, l.inclusive);
        let ck = self.fresh("checkpoints");
        let k = self.fresh("step");
        let rt = &self.rt;
        let slots = self.f.checkpoint.clone();
        // spanned at the option, so that a runtime without `alloc` points there
        let span = slots.as_ref().map_or_else(Span::call_site, Spanned::span);
        let schedule = quote_spanned!(span=> #rt::Checkpoints::new(
            ::core::iter::Iterator::size_hint(&(#range)).0, #slots));
        let state = state(&muts);
        let entry = self.ver.clone();
        let i = self.fresh(&self.f.vars[l.idx].name.clone());
        self.ver[l.idx] = Some(i.clone());
        let flags = self.take_loop_flags();
        let iter_ts = self.iteration(&l.body, &muts, None);
        self.set_loop_flags(flags);
        let after = self.after_loop(&muts);
        recs.push(Rec::Checkpointed(CheckpointedLoop {
            l,
            entry,
            lo: lo.clone(),
            hi: hi.clone(),
            muts,
            ck: ck.clone(),
        }));
        quote! {
            let #lo = #loe;
            let #hi = #hie;
            #mut_ts
            let mut #ck = #schedule;
            let mut #k: usize = 0;
            for #i in #range {
                if #ck.due(#k) {
                    #ck.take(#k, #state);
                }
                #k += 1;
                #iter_ts
            }
            #after
        }
    }
}

impl<'a> Adjoint<'a> {
    /// The reverse sweep of a checkpointed loop: per step, from the last, the state
    /// restored (snapshot, then the steps in between run again), the step replayed and
    /// differentiated.
    pub(super) fn checkpointed_reverse(&mut self, c: CheckpointedLoop<'a>) -> TokenStream {
        let CheckpointedLoop {
            l,
            entry,
            lo,
            hi,
            muts,
            ck,
        } = c;
        let saved = std::mem::replace(&mut self.fwd.ver, entry);
        let range = range(&lo, &hi, l.inclusive);
        let (k, from, at) = (
            self.fwd.fresh("step"),
            self.fwd.fresh("from"),
            self.fwd.fresh("at"),
        );
        let snap = self.fwd.fresh("snapshot");
        let idx_name = self.fwd.f.vars[l.idx].name.clone();
        // the steps in between: primal only, effects not run again
        let j = self.fwd.fresh(&idx_name);
        self.fwd.ver[l.idx] = Some(j.clone());
        let was_adjoint = std::mem::replace(&mut self.fwd.in_adjoint, true);
        let was_replaying = std::mem::replace(&mut self.fwd.replaying, false);
        let flags = self.fwd.take_loop_flags();
        let advance = self.fwd.iteration(&l.body, &muts, None);
        self.fwd.set_loop_flags(flags);
        self.fwd.replaying = was_replaying;
        self.fwd.in_adjoint = was_adjoint;
        let i = self.fwd.fresh(&idx_name);
        self.fwd.ver[l.idx] = Some(i.clone());
        let (restore, replay, adj) =
            self.reverse_iteration(&l.body, &muts, &Taping::default(), false, false);
        self.fwd.ver = saved;
        let ms: Vec<&Ident> = muts.iter().map(|(_, m)| m).collect();
        let state = state(&muts);
        quote! {
            let mut #k: usize = #ck.steps();
            for #i in (#range).rev() {
                #k -= 1;
                let (#from, #snap) = #ck.restore(#k);
                (#(#ms,)*) = #snap;
                let mut #at: usize = #from;
                for #j in ::core::iter::Iterator::take(
                    ::core::iter::Iterator::skip(#range, #from),
                    #k - #from,
                ) {
                    if #ck.due(#at) {
                        #ck.take(#at, #state);
                    }
                    #at += 1;
                    #advance
                }
                #restore
                #replay
                #adj
            }
        }
    }
}

/// What the adjoint sweep of a checkpointed loop gets from its forward run.
pub(crate) struct CheckpointedLoop<'a> {
    pub l: &'a ForLoop,
    pub entry: Vec<Option<Ident>>,
    pub lo: Ident,
    pub hi: Ident,
    pub muts: Vec<(VarId, Ident)>,
    pub ck: Ident,
}

fn range(lo: &Ident, hi: &Ident, inclusive: bool) -> TokenStream {
    if inclusive {
        quote!(#lo..=#hi)
    } else {
        quote!(#lo..#hi)
    }
}

/// The carried state as one value: a tuple of the loop's mutable locals.
fn state(muts: &[(VarId, Ident)]) -> TokenStream {
    let ms = muts.iter().map(|(_, m)| m);
    quote!((#(#ms,)*))
}
