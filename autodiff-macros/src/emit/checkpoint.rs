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
//! It applies to every `for` and `while` loop (`loop` included) at the top level of the
//! body that the reverse sweep reverses (a loop whose active values only accumulate,
//! `s += ..`, keeps no tape and is left as it is). What a rerun of a step could not
//! reproduce is refused ([`refused`]): a call that may have side effects (`&mut`
//! generators; its value would be recorded per step and its effects run again) and
//! a write into an out-parameter. Statements run for their effects (`assert!`) run in
//! the forward run only, as in any loop the reverse sweep replays.
//!
//! A loop whose trip count is known only when it ends (a `while`, a `for` holding
//! `break` or `return`) cannot lay out the binomial schedule before it runs. Its
//! forward run keeps the state before its first step only and counts the steps
//! (`Checkpoints::open_ended`, then `stop`); the reverse sweep's first restore runs
//! the steps again from there, taking the schedule's snapshots for that count, and
//! goes on as for a `for` loop. Rejected alternative: an online schedule
//! (Stumm–Walther) saves that sweep, but it is optimal only for counts up to a bound
//! that depends on `s` and needs a second scheduler in the runtime; a sweep that
//! records nothing is the cheapest part of the reversal. The cost: the same memory
//! bound (at most `s` snapshots alive beside the state before the last step, whatever
//! the count), and `n + forward_steps(n, s)` steps run forward without recording
//! instead of `forward_steps(n, s)` (each step at most `r + 1` times besides its
//! replay instead of `r`). The reruns go by the count, never by the condition or the
//! `break`, which run in the forward run only: the step that left the loop there is
//! the last one reversed, replayed with its exit flags like any iteration, so it stops
//! where it stopped. What the condition reads and the body assigns (a counter, a
//! clock, active or not) is a carried value, in every snapshot.
//!
//! `vec!` buffers are written in place and are no carried value: a buffer created
//! before the loop and written in it (or read in it and written later) is part of the
//! state all the same, so each snapshot also copies its contents (the runtime's
//! `BufferSnapshots`, one allocation per run of the loop), and a restore copies them
//! back. The runs of steps in between
//! ([`StepRun::Plain`]) write the buffers and record nothing; the run of the step being
//! reversed ([`StepRun::Taped`]) is a forward sweep of that one step: it writes the
//! buffers and records the reads its own replays need, in records emptied before each
//! step (their position counters start again at 0).

use super::adjoint::Adjoint;
use super::forward::{Forward, Rec};
use crate::analysis;
use crate::ir::{Block, CallArg, ForLoop, Func, Inact, Stmt, Val, VarId};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

/// Whether the top-level loop statement `s` of `f` is checkpointed.
pub(crate) fn applies(f: &Func, s: &Stmt) -> bool {
    f.checkpoint.is_some()
        && f.body.stmts.iter().any(|t| std::ptr::eq(t, s))
        && match s {
            Stmt::For(l) => reversed(f, &l.body),
            Stmt::While { body, .. } => reversed(f, body),
            _ => false,
        }
}

/// How the buffer statements of a checkpointed step are emitted where the step runs
/// from a snapshot (see the module's header).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum StepRun {
    /// A step run to get the state of a later one: buffers written, nothing recorded.
    Plain,
    /// The step being reversed, run forward: buffers written, reads recorded for the
    /// replays of its nested loops and branches.
    Taped,
}

/// Whether a loop with this body records something per iteration for its reverse
/// sweep: an active value it carries is more than accumulated (`s += ..`), it reads a
/// buffer that it or later code writes (such reads are recorded), or it holds a loop.
/// (A loop that only writes buffers or out-parameters is reversed too, but records
/// nothing per iteration: checkpointing is not for it.)
fn reversed(f: &Func, body: &crate::ir::Block) -> bool {
    analysis::has_loop(body)
        || !draw_positions(body).is_empty()
        || analysis::carried(body).iter().any(|v| {
            f.vars[*v].active
                && (analysis::needs_record(*v, body, true) || !analysis::only_accumulated(*v, body))
        })
}

/// What `checkpoint = s` cannot do for this function, as spanned errors: a body whose
/// steps a rerun could not reproduce, or no loop to checkpoint at all.
pub(crate) fn refused(f: &Func) -> Option<syn::Error> {
    let opt = f.checkpoint.as_ref()?;
    let mut cx = crate::errors::Ctxt::default();
    let mut any = false;
    for s in &f.body.stmts {
        let body = match s {
            Stmt::For(l) => &l.body,
            Stmt::While { body, .. } => body,
            _ => continue,
        };
        if !reversed(f, body) {
            continue;
        }
        any = true;
        let mut found = Vec::new();
        unrepeatable(body, &mut found);
        // the first is enough: the others say the same about the same loop
        cx.extend(found.into_iter().take(1));
    }
    if !any {
        cx.push(syn::Error::new_spanned(
            opt,
            "`checkpoint` applies to the `for` and `while` loops at the top level of the body whose reverse sweep records each iteration; this function has none (a loop that only accumulates, `s += ..`, records nothing): remove the option",
        ));
    }
    cx.finish()
}

/// Pushes an error for each statement of a checkpointed loop's body that a rerun of the
/// step could not reproduce without recording it per step.
fn unrepeatable(b: &crate::ir::Block, cx: &mut Vec<syn::Error>) {
    for s in &b.stmts {
        match s {
            Stmt::Set { val, span, .. } => {
                if let Some(what) = unrepeatable_val(val) {
                    cx.push(syn::Error::new(*span, what));
                }
            }
            Stmt::If { then_b, else_b, .. } => {
                unrepeatable(then_b, cx);
                unrepeatable(else_b, cx);
            }
            Stmt::For(l) => unrepeatable(&l.body, cx),
            Stmt::While { body, .. } => unrepeatable(body, cx),
            Stmt::Decl(_) | Stmt::Effect(_) => {}
        }
    }
}

fn unrepeatable_val(val: &Val) -> Option<&'static str> {
    match val {
        Val::Recorded { .. } => Some(
            "a checkpointed loop cannot call what may have side effects (its value would be recorded at every step, defeating the memory bound, and its effects would run again when steps are recomputed); compute these values before the loop into a slice and index it",
        ),
        Val::OutStore { .. } => Some(
            "a checkpointed loop cannot write an out-parameter (steps recomputed in the reverse sweep would write it again); write the out-parameter after the loop",
        ),
        _ => None,
    }
}

impl<'a> Forward<'a> {
    /// The forward run of a checkpointed `for` loop: plain iterations, the carried
    /// state kept where the schedule says; a loop that may leave early (`break`) keeps
    /// the state before its first step only and gives its count at the end.
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
        let steps = self.fresh("steps");
        let open = l.brk.is_some();
        let count = (!open).then(|| quote!(#steps));
        let (storage, kept, buffers) = self.snapshot_storage(&l.body, count.as_ref(), &ck);
        let (take, first) = if open {
            (
                TokenStream::new(),
                first_snapshot(&ck, &muts, kept.as_ref(), &buffers),
            )
        } else {
            (
                take(&ck, &k, &muts, kept.as_ref(), &buffers),
                TokenStream::new(),
            )
        };
        let entry = self.ver.clone();
        let i = self.fresh(&self.f.vars[l.idx].name.clone());
        self.ver[l.idx] = Some(i.clone());
        let iter_ts = self.first_run(&l.body, &muts, l.brk);
        let after = self.after_loop(&muts);
        let steps_ts = (!open)
            .then(|| quote!(let #steps: usize = ::core::iter::Iterator::size_hint(&(#range)).0;));
        let stop = open.then(|| quote!(#ck.stop(#k);));
        recs.push(Rec::Checkpointed(CheckpointedLoop {
            body: &l.body,
            steps: Steps::Range {
                l,
                lo: lo.clone(),
                hi: hi.clone(),
            },
            entry,
            muts,
            ck,
            kept,
            buffers,
        }));
        quote! {
            let #lo = #loe;
            let #hi = #hie;
            #mut_ts
            #steps_ts
            #storage
            #first
            let mut #k: usize = 0;
            for #i in #range {
                #take
                #k += 1;
                #iter_ts
            }
            #stop
            #after
        }
    }

    /// The forward run of a checkpointed `while` loop: plain iterations counted, the
    /// state before the first kept (the schedule starts when the count is known, in
    /// the reverse sweep). The condition runs here only: the reverse sweep runs the
    /// counted steps again, so a condition reading the state decides nothing twice.
    pub(super) fn checkpointed_while(
        &mut self,
        cond: &'a Inact,
        body: &'a Block,
        brk: Option<VarId>,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let (muts, mut_ts) = self.loop_muts(body);
        let ck = self.fresh("checkpoints");
        let k = self.fresh("step");
        let (storage, kept, buffers) = self.snapshot_storage(body, None, &ck);
        let first = first_snapshot(&ck, &muts, kept.as_ref(), &buffers);
        let entry = self.ver.clone();
        for (v, m) in &muts {
            self.ver[*v] = Some(m.clone());
        }
        let ce = self.inact(cond);
        let iter_ts = self.first_run(body, &muts, brk);
        let after = self.after_loop(&muts);
        recs.push(Rec::Checkpointed(CheckpointedLoop {
            body,
            steps: Steps::Counted,
            entry,
            muts,
            ck: ck.clone(),
            kept,
            buffers,
        }));
        quote! {
            #mut_ts
            #storage
            #first
            let mut #k: usize = 0;
            while #ce {
                #k += 1;
                #iter_ts
            }
            #ck.stop(#k);
            #after
        }
    }

    /// One iteration of a checkpointed loop's forward run: primal only, buffers
    /// written, nothing recorded.
    fn first_run(
        &mut self,
        body: &'a Block,
        muts: &[(VarId, Ident)],
        brk: Option<VarId>,
    ) -> TokenStream {
        let flags = self.take_loop_flags();
        let run = self.step_run.replace(StepRun::Plain);
        let ts = self.iteration(body, muts, brk);
        self.step_run = run;
        self.set_loop_flags(flags);
        ts
    }

    /// The schedule `ck` of a loop with this body (`steps` its count when it starts;
    /// `None`: known when it ends) and the storage of its buffers' contents: their
    /// declarations, the storage and the buffers of the state.
    fn snapshot_storage(
        &mut self,
        body: &Block,
        steps: Option<&TokenStream>,
        ck: &Ident,
    ) -> (TokenStream, Option<Ident>, Vec<Ident>) {
        let rt = self.rt.clone();
        let slots = self.f.checkpoint.clone();
        // spanned at the option, so that a runtime without `alloc` points there
        let span = slots.as_ref().map_or_else(Span::call_site, Spanned::span);
        let mut ts = match steps {
            Some(n) => quote_spanned!(span=> let mut #ck = #rt::Checkpoints::new(#n, #slots);),
            None => quote_spanned!(span=> let mut #ck = #rt::Checkpoints::open_ended(#slots);),
        };
        let buffers = self.snapshot_buffers(body);
        let kept = (!buffers.is_empty()).then(|| self.fresh("kept_buffers"));
        if let Some(kb) = &kept {
            let n = steps
                .cloned()
                .unwrap_or(quote!(::core::primitive::usize::MAX));
            ts.extend(quote_spanned!(span=> let mut #kb = #rt::BufferSnapshots::new(#n, #slots, 0 #(+ #buffers.len())*);));
        }
        (ts, kept, buffers)
    }

    /// The buffers created before the loop with this body and written in it, or read
    /// in it and written later (a read recorded): part of its state, copied by each
    /// snapshot (the step reversed reads them as they were when it first ran).
    fn snapshot_buffers(&mut self, body: &Block) -> Vec<Ident> {
        let mut used = Vec::new();
        let mut created = Vec::new();
        state_buffers(body, &mut used, &mut created);
        used.retain(|b| !created.contains(b));
        used.into_iter().map(|b| self.version(b)).collect()
    }
}

impl<'a> Adjoint<'a> {
    /// The reverse sweep of a checkpointed loop: per step, from the last, the state
    /// restored (snapshot, then the steps in between run again), the step run again
    /// and differentiated.
    pub(super) fn checkpointed_reverse(&mut self, c: CheckpointedLoop<'a>) -> TokenStream {
        let CheckpointedLoop {
            body,
            steps,
            entry,
            muts,
            ck,
            kept,
            buffers,
        } = c;
        let saved = std::mem::replace(&mut self.fwd.ver, entry.clone());
        let (k, from, at) = (
            self.fwd.fresh("step"),
            self.fwd.fresh("from"),
            self.fwd.fresh("at"),
        );
        let snap = self.fwd.fresh("snapshot");
        let idx = match &steps {
            Steps::Range { l, .. } => Some((l.idx, self.fwd.f.vars[l.idx].name.clone())),
            Steps::Counted => None,
        };
        // the steps in between: primal only, effects not run again
        let j = idx.as_ref().map(|(v, name)| {
            let j = self.fwd.fresh(name);
            self.fwd.ver[*v] = Some(j.clone());
            j
        });
        let was_adjoint = std::mem::replace(&mut self.fwd.in_adjoint, true);
        let was_replaying = std::mem::replace(&mut self.fwd.replaying, false);
        let flags = self.fwd.take_loop_flags();
        let run = self.fwd.step_run.replace(StepRun::Plain);
        let advance = self.fwd.iteration(body, &muts, None);
        self.fwd.step_run = run;
        self.fwd.set_loop_flags(flags);
        self.fwd.replaying = was_replaying;
        self.fwd.in_adjoint = was_adjoint;
        // the step reversed starts from the loop's entry too: no name of the
        // advance's iteration (a local left unassigned on a path) is visible there
        self.fwd.ver = entry;
        let i = idx.as_ref().map(|(v, name)| {
            let i = self.fwd.fresh(name);
            self.fwd.ver[*v] = Some(i.clone());
            i
        });
        let (restart, step) = self.reversed_step(body, &muts);
        self.fwd.ver = saved;
        let ms: Vec<&Ident> = muts.iter().map(|(_, m)| m).collect();
        let take = take(&ck, &at, &muts, kept.as_ref(), &buffers);
        let load = kept.map(|kb| quote!(#kb.load(#ck.latest(), &mut [#(&mut #buffers[..]),*]);));
        let restore = quote! {
            let (#from, #snap) = #ck.restore(#k);
            (#(#ms,)*) = #snap;
            #load
        };
        match (steps, i, j) {
            (Steps::Range { l, lo, hi }, Some(i), Some(j)) => {
                let range = range(&lo, &hi, l.inclusive);
                // a loop left early reverses the steps it ran, the first ones
                let reversed = if l.brk.is_some() {
                    quote!(::core::iter::Iterator::skip(
                        ::core::iter::Iterator::rev(#range),
                        ::core::iter::Iterator::size_hint(&(#range)).0 - #ck.steps(),
                    ))
                } else {
                    quote!((#range).rev())
                };
                quote! {
                    let mut #k: usize = #ck.steps();
                    for #i in #reversed {
                        #k -= 1;
                        #restore
                        let mut #at: usize = #from;
                        for #j in ::core::iter::Iterator::take(
                            ::core::iter::Iterator::skip(#range, #from),
                            #k - #from,
                        ) {
                            #take
                            #at += 1;
                            #advance
                        }
                        #restart
                        #step
                    }
                }
            }
            _ => quote! {
                for #k in (0..#ck.steps()).rev() {
                    #restore
                    for #at in #from..#k {
                        #take
                        #advance
                    }
                    #restart
                    #step
                }
            },
        }
    }

    /// The step being reversed: run forward from the state in the loop's variables
    /// (and buffers), recording what its own replays need, then differentiated.
    /// Returns the restart of its records and the step.
    fn reversed_step(
        &mut self,
        body: &'a Block,
        muts: &[(VarId, Ident)],
    ) -> (TokenStream, TokenStream) {
        let mut restore = TokenStream::new();
        for (v, m) in muts {
            let s = self.fwd.fresh(&self.fwd.f.vars[*v].name.clone());
            restore.extend(quote!(let #s = #m;));
            self.fwd.ver[*v] = Some(s);
        }
        let mut recs = Vec::new();
        // a nested loop whose results nothing reads may be skipped in a replay, not
        // when it writes a buffer this step reads
        let writes = analysis::writes_output(body);
        let was = std::mem::replace(&mut self.fwd.replaying, !writes);
        let was_adjoint = std::mem::replace(&mut self.fwd.in_adjoint, true);
        let flags = self.fwd.take_loop_flags();
        let sites = self.fwd.enter_loop_sites(false);
        let run = self.fwd.step_run.replace(StepRun::Taped);
        let replay = self.fwd.block(body, true, &mut recs);
        self.fwd.step_run = run;
        self.fwd.leave_loop_sites(sites);
        self.fwd.set_loop_flags(flags);
        let adj = self.adjoint(recs);
        self.fwd.in_adjoint = was_adjoint;
        self.fwd.replaying = was;
        // the records of this step's reads start empty, their counters at 0
        let mut restart = TokenStream::new();
        for pos in draw_positions(body) {
            let Some(t) = self.fwd.existing_record(pos) else {
                continue;
            };
            restart.extend(quote!(#t.clear();));
            if let Some((_, m)) = muts.iter().find(|(v, _)| *v == pos) {
                restart.extend(quote!(#m = 0;));
            }
        }
        (restart, quote!(#restore #replay #adj))
    }
}

/// What the adjoint sweep of a checkpointed loop gets from its forward run.
pub(crate) struct CheckpointedLoop<'a> {
    pub body: &'a Block,
    pub steps: Steps<'a>,
    pub entry: Vec<Option<Ident>>,
    pub muts: Vec<(VarId, Ident)>,
    pub ck: Ident,
    /// The storage of the buffers' contents at the snapshots, when the state holds
    /// buffers.
    pub kept: Option<Ident>,
    /// The buffers of the state.
    pub buffers: Vec<Ident>,
}

/// How a checkpointed loop's steps are numbered.
pub(crate) enum Steps<'a> {
    /// A `for` loop: step `k` is the `k`-th index of `lo..hi`.
    Range {
        l: &'a ForLoop,
        lo: Ident,
        hi: Ident,
    },
    /// A `while` loop: steps counted by its forward run.
    Counted,
}

/// Before the first step of a loop whose count is known when it ends: the state kept.
fn first_snapshot(
    ck: &Ident,
    muts: &[(VarId, Ident)],
    kept: Option<&Ident>,
    buffers: &[Ident],
) -> TokenStream {
    let state = state(muts);
    let save = kept.map(|kb| quote!(#kb.save(#ck.latest(), &[#(&#buffers[..]),*]);));
    quote! {
        #ck.take(0, #state);
        #save
    }
}

/// Before step `k` runs: a snapshot of the state where the schedule says.
fn take(
    ck: &Ident,
    k: &Ident,
    muts: &[(VarId, Ident)],
    kept: Option<&Ident>,
    buffers: &[Ident],
) -> TokenStream {
    let state = state(muts);
    let save = kept.map(|kb| quote!(#kb.save(#ck.latest(), &[#(&#buffers[..]),*]);));
    quote! {
        if #ck.due(#k) {
            #ck.take(#k, #state);
            #save
        }
    }
}

/// The buffers `b` writes or reads with a record (into `used`) and creates (into
/// `created`), at any depth.
fn state_buffers(b: &Block, used: &mut Vec<VarId>, created: &mut Vec<VarId>) {
    fn use_of(used: &mut Vec<VarId>, buf: &VarId) {
        if !used.contains(buf) {
            used.push(*buf);
        }
    }
    for s in &b.stmts {
        match s {
            Stmt::Set {
                val:
                    Val::BufStore { buf, .. }
                    | Val::BufRead {
                        buf, pos: Some(_), ..
                    },
                ..
            } => use_of(used, buf),
            Stmt::Set {
                val: Val::Call(c) | Val::ArrCall(c),
                ..
            } => {
                for a in &c.args {
                    if let CallArg::Buf { buf, pos: Some(_) } = a {
                        use_of(used, buf);
                    }
                }
            }
            Stmt::Set {
                var,
                val: Val::BufNew { .. },
                ..
            } => created.push(*var),
            Stmt::If { then_b, else_b, .. } => {
                state_buffers(then_b, used, created);
                state_buffers(else_b, used, created);
            }
            Stmt::For(l) => state_buffers(&l.body, used, created),
            Stmt::While { body, .. } => state_buffers(body, used, created),
            _ => {}
        }
    }
}

/// The position counters of the recorded buffer reads in `b` (element reads and
/// buffers passed to calls), at any depth.
fn draw_positions(b: &Block) -> Vec<VarId> {
    let mut out = Vec::new();
    collect_positions(b, &mut out);
    out
}

fn collect_positions(b: &Block, out: &mut Vec<VarId>) {
    for s in &b.stmts {
        match s {
            Stmt::Set {
                val: Val::BufRead { pos: Some(p), .. },
                ..
            } => out.push(*p),
            Stmt::Set {
                val: Val::Call(c) | Val::ArrCall(c),
                ..
            } => out.extend(c.args.iter().filter_map(|a| match a {
                CallArg::Buf { pos: Some(p), .. } => Some(*p),
                _ => None,
            })),
            Stmt::If { then_b, else_b, .. } => {
                collect_positions(then_b, out);
                collect_positions(else_b, out);
            }
            Stmt::For(l) => collect_positions(&l.body, out),
            Stmt::While { body, .. } => collect_positions(body, out),
            _ => {}
        }
    }
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
