//! Loops in the forward sweep: the variables a loop carries (one mutable local
//! each), what the reverse sweep needs restored per iteration (undone increments, stack
//! records for constant trip counts, growable buffers otherwise), and the loops
//! themselves.
//!
//! A loop nested in a reversed loop is stored: it runs forward once, in the forward run
//! of the iteration around it, keeping its records and results for that iteration's
//! replay, which restores them instead of running it again. In a nest of runtime trip
//! counts these records are growable buffers. In a nest of literal trip counts they
//! are `StackTape`s whose room is the product of the trip counts around each push
//! ([`Forward::room_of`]), as long as the whole nest keeps at most
//! [`STACK_NEST_RECORDS`] of them; a nest past that bound, or with a const generic trip
//! count (whose product no stable array length can name), replays its nested loops
//! instead (`Forward::const_nest`): no buffer at all, each nested body run forward once
//! more per level.

use super::forward::Rec;
use super::forward::{mixed, rename_ident, Forward};
use crate::analysis;
use crate::ir::{Block, ForLoop, Inact, Stmt, VarId};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// How a loop is emitted, from where it stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum LoopMode {
    /// Runs; nothing is kept for an adjoint.
    Plain,
    /// Runs and is differentiated later in the same scope: records what its reverse
    /// sweep needs (stack arrays when the trip count is a constant).
    Recorded,
    /// Runs inside an iteration that the reverse sweep replays: records into buffers
    /// that outlive the iteration and pushes its results, so that the replay restores
    /// them instead of running the loop again (no loop nest replays its iterations).
    Stored,
    /// The replay of a stored loop: its results are restored; its adjoint reads what
    /// the stored run recorded.
    Restored,
}

/// The buffers of a loop run in [`LoopMode::Stored`], for its restored replay.
#[derive(Clone, Default)]
pub(crate) struct StoredLoop {
    /// What each iteration recorded for the reverse sweep.
    taping: Taping,
    /// Per carried variable: the buffer of its value after each run of the loop.
    results: Vec<(VarId, Ident)>,
    /// The buffer of the last index run (a `for` with `break`) or of the trip count (a
    /// `while`).
    exit: Option<Ident>,
}

/// The emission flags of the loop machinery, saved while a branch is emitted.
#[derive(Clone, Copy)]
pub(crate) struct LoopFlags {
    storing: bool,
    restoring: bool,
    const_nest: bool,
}

/// How a loop restores, in its reverse sweep, the carried values each iteration needs.
#[derive(Default, Clone)]
pub(crate) struct Taping {
    /// Values recorded per iteration.
    pub recorded: Vec<(VarId, Ident)>,
    /// `Some(position)`: the records are stack arrays (constant trip count), indexed
    /// by this counter; `None`: growable buffers.
    pub stack_pos: Option<Ident>,
    /// Values restored by undoing a constant increment (`i += 1`): `(var, c, adds)`,
    /// `c` evaluated in the reverse iteration (it may read the loop index).
    pub inverted: Vec<(VarId, Inact, bool)>,
    /// The stack arrays of the rules a loop of constant trip count keeps per iteration
    /// (see [`OrderKeep`]).
    pub kept_rules: Vec<KeptSite>,
    /// Carried values updated only by a selection of themselves (`m = m.max(e)`, read
    /// nowhere else in the body): their adjoint needs which operand was selected, not
    /// the value, so the loop records that outcome (one byte per iteration) instead of
    /// the value, and the replay takes the selection's partials from it. Per selection
    /// rule (by the address of its IR value): the tape of its outcomes, and the position
    /// of its other operand.
    pub selections: Vec<(usize, Ident, usize)>,
}

/// Where a loop keeps the values and partials of its expensive rules (`exp`, `sin`,
/// ..) so that the second evaluation of its body reads them instead of evaluating
/// each rule again. Cheap rules and plain arithmetic are recomputed: storing them
/// would cost more than they do.
///
/// - A loop differentiated in forward order ([`Rec::Forward`]) keeps them in a record
///   (`Kept`, one buffer per call), in the order it evaluates them; its adjoint's run
///   (the iterations again, in the same order) reads them with a cursor.
/// - A reversed loop of constant trip count, whose other records are stack arrays
///   (and whose rules the site machinery recomputes, to stay free of heap buffers),
///   keeps them in a stack array per rule indexed by the iteration (`slot`) when the
///   trip count is a literal of at most 256; the replay of each iteration reads its
///   own slot.
#[derive(Clone, Default)]
pub(crate) struct OrderKeep {
    /// The rules kept so far.
    pub(crate) sites: Vec<KeptSite>,
    /// Emitting the second evaluation: the sites read what was kept.
    pub(crate) reading: bool,
    /// The iteration's position (`i - lo`) in the stack arrays of a loop of constant
    /// trip count; `None` for a record read with a cursor.
    pub(crate) slot: Option<TokenStream>,
    /// Whether the expensive rules are kept (false: only the selections below).
    pub(crate) rules: bool,
    /// The selections (`m = m.max(e)`) whose outcome the loop records instead of the
    /// carried value (see [`Taping::selections`]): per rule (by the address of its IR
    /// value), the tape of their outcomes and the position of the other operand.
    pub(crate) selections: Vec<(usize, Ident, usize)>,
}

/// One kept rule.
#[derive(Clone)]
pub(crate) struct KeptSite {
    /// The address of the rule's IR value.
    pub(crate) key: usize,
    /// Its record or stack array.
    pub(crate) buf: Ident,
    /// The cursor reading its record (a record only).
    pub(crate) cursor: Ident,
    /// Its value and partials: how many.
    pub(crate) arity: usize,
}

impl<'a> Forward<'a> {
    /// The code of a selection rule (`max`, `min`; `full`: its value and partials,
    /// `plain`: the value) whose outcome its loop records (see [`Taping::selections`]):
    /// in the forward run, evaluated with its outcome (`__private::selection`) and the
    /// outcome pushed as one byte; in the replay, the partials decoded from the byte
    /// popped (its value is then the operand that is not the carried variable: nothing
    /// in the replay reads it).
    pub(super) fn selection_kept(
        &mut self,
        val: &crate::ir::Val,
        (full, plain): (TokenStream, TokenStream),
        operands: &[&TokenStream],
    ) -> (TokenStream, TokenStream) {
        let key = std::ptr::from_ref(val) as usize;
        let Some(ok) = &self.order_keep else {
            return (full, plain);
        };
        let Some((_, t, o)) = ok.selections.iter().find(|(k, _, _)| *k == key) else {
            return (full, plain);
        };
        let Some(other) = operands.get(*o) else {
            return (full, plain);
        };
        let rt = &self.rt;
        let r = mixed("__ad_r");
        let code = if ok.reading {
            quote!(#rt::selection_partials(#t.pop(), #other))
        } else {
            let (a, b) = (operands[0], operands.get(1).copied().unwrap_or(other));
            let max = matches!(val, crate::ir::Val::Rule { name: "max", .. });
            let c = mixed("__ad_c");
            quote!({ let (#r, #c) = #rt::selection(#max, #a, #b); #t.push(#c); #r })
        };
        (code.clone(), quote!(#code.0))
    }

    /// The code of an expensive rule (`full`: its `arity` value and partials, `plain`:
    /// the value) inside a loop that keeps its rules ([`OrderKeep`]): in the first
    /// evaluation, evaluated and kept; in the second, read back. Elsewhere (or `keep`
    /// false) unchanged.
    pub(super) fn order_kept(
        &mut self,
        val: &crate::ir::Val,
        (full, plain): (TokenStream, TokenStream),
        keep: bool,
        arity: usize,
        span: Span,
    ) -> (TokenStream, TokenStream) {
        if !keep || !self.order_keep.as_ref().is_some_and(|ok| ok.rules) {
            return (full, plain);
        }
        let Some(mut ok) = self.order_keep.take() else {
            return (full, plain);
        };
        let key = std::ptr::from_ref(val) as usize;
        let r = mixed("__ad_r");
        let found = ok.sites.iter().find(|k| k.key == key).cloned();
        let code = match (found, ok.reading, &ok.slot) {
            (Some(k), true, Some(slot)) => {
                let t = &k.buf;
                Some(quote!(::core::clone::Clone::clone(&#t[#slot])))
            }
            // without the `alloc` feature nothing was kept: evaluated again
            (Some(k), true, None) => {
                let (t, c) = (&k.buf, &k.cursor);
                Some(quote!({
                    let #r = match #t.get(#c) {
                        ::core::option::Option::Some(#r) => #r,
                        ::core::option::Option::None => #full,
                    };
                    #c += 1;
                    #r
                }))
            }
            (None, true, _) => None,
            (found, false, slot) => {
                let t = match found {
                    Some(k) => k.buf,
                    None => {
                        let t = self.fresh("kept");
                        if slot.is_none() {
                            self.kept_records.push((t.clone(), span));
                        }
                        ok.sites.push(KeptSite {
                            key,
                            buf: t.clone(),
                            cursor: t.clone(),
                            arity,
                        });
                        t
                    }
                };
                Some(match slot {
                    Some(slot) => quote!({
                        let #r = #full;
                        #t[#slot] = ::core::clone::Clone::clone(&#r);
                        #r
                    }),
                    None => quote!(#t.keep(#full)),
                })
            }
        };
        self.order_keep = Some(ok);
        match code {
            Some(c) => (c.clone(), quote!(#c.0)),
            None => (full, plain),
        }
    }

    /// Loop-carried variables: one mutable local each, initialised from the current version.
    pub(crate) fn loop_muts(&mut self, body: &Block) -> (Vec<(VarId, Ident)>, TokenStream) {
        let mut ts = TokenStream::new();
        let mut muts = Vec::new();
        for v in analysis::carried(body) {
            let m = self.fresh(&format!("{}_mut", self.f.vars[v].name));
            let cur = self.version(v);
            ts.extend(quote!(let mut #m = #cur;));
            muts.push((v, m));
        }
        (muts, ts)
    }

    /// How the loop's reverse sweep gets back the carried values it needs: undoing a
    /// constant increment, a stack array when the trip count `len` is a constant, or a
    /// buffer declared once per call and reserved to the trip count `trips` (an
    /// iterator) when that is known. Returns the taping, its declarations and the
    /// per-iteration recording code.
    pub(super) fn loop_tapes(
        &mut self,
        body: &Block,
        muts: &[(VarId, Ident)],
        trips: Option<TokenStream>,
        len: Option<TokenStream>,
    ) -> (Taping, TokenStream, TokenStream) {
        let mut decls = TokenStream::new();
        let mut pushes = TokenStream::new();
        let mut taping = Taping::default();
        let carried: Vec<VarId> = muts.iter().map(|(v, _)| *v).collect();
        for (v, m) in muts {
            let active = self.f.vars[*v].active;
            // an integer counter (`i += 1`) is restored by undoing its update (a float
            // could not be undone exactly), even when the adjoint does not need it: the
            // replay recomputes its update, which must not see the value after the loop
            // (`n -= 1` on the final 0 would overflow)
            if !active && !self.f.vars[*v].float {
                if let Some((c, add)) = analysis::invertible_update(*v, body, &carried) {
                    taping.inverted.push((*v, c, add));
                    continue;
                }
            }
            if !analysis::needs_record(*v, body, active) {
                continue;
            }
            // a running maximum of a loop of runtime trip count records the outcome of
            // each comparison, not the value
            if len.is_none() && active && self.differentiated(*v) {
                if let Some((key, other)) = analysis::self_selection(*v, body) {
                    let t = self.fresh(&format!("{}_selected", self.f.vars[*v].name));
                    if let Some(trips) = &trips {
                        decls.extend(
                            quote!(#t.reserve(::core::iter::Iterator::size_hint(&#trips).0);),
                        );
                    }
                    let span = analysis::first_assignment(*v, body).unwrap_or_else(Span::call_site);
                    self.new_tape(&t, span, false);
                    taping.selections.push((key, t, other));
                    continue;
                }
            }
            let t = self.fresh(&format!("{}_tape", self.f.vars[*v].name));
            match &len {
                Some(n) => {
                    let pos = taping
                        .stack_pos
                        .get_or_insert_with(|| mixed("__ad_pos"))
                        .clone();
                    decls.extend(quote!(let mut #t = [#m; #n];));
                    pushes.extend(quote!(#t[#pos] = #m;));
                }
                None => {
                    if let Some(trips) = &trips {
                        decls.extend(
                            quote!(#t.reserve(::core::iter::Iterator::size_hint(&#trips).0);),
                        );
                    }
                    let span = analysis::first_assignment(*v, body).unwrap_or_else(Span::call_site);
                    self.new_tape(&t, span, false);
                    pushes.extend(quote!(#t.push(#m);));
                }
            }
            taping.recorded.push((*v, t));
        }
        if let Some(pos) = &taping.stack_pos {
            let fresh_pos = self.fresh("pos");
            // a fresh name per loop; the placeholder above is renamed here
            let rename = |ts: TokenStream| rename_ident(ts, pos, &fresh_pos);
            decls = rename(decls);
            pushes = rename(pushes);
            decls.extend(quote!(let mut #fresh_pos: usize = 0;));
            pushes.extend(quote!(#fresh_pos += 1;));
            taping.stack_pos = Some(fresh_pos);
        }
        (taping, decls, pushes)
    }

    /// A constant trip count of `l` usable as an array length: literal bounds, `0..N`
    /// with `N` a const generic, or `0..x.len()` with `x: [F; L]`.
    pub(super) fn const_trips(&self, l: &ForLoop) -> Option<TokenStream> {
        let int = |e: &syn::Expr| match e {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(i),
                ..
            }) => i.base10_parse::<u64>().ok(),
            _ => None,
        };
        let lo = int(&l.lo.expr)?;
        if let Some(hi) = int(&l.hi.expr) {
            let n = (hi + u64::from(l.inclusive)).checked_sub(lo)?;
            // a long literal loop records on the heap: the stack is not that large
            if n > 4096 {
                return None;
            }
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            return Some(quote!(#n));
        }
        if lo != 0 || l.inclusive {
            return None;
        }
        match &l.hi.expr {
            syn::Expr::Path(p) => {
                let id = p.path.get_ident()?;
                self.const_generics
                    .contains(&id.to_string())
                    .then(|| quote!(#id))
            }
            syn::Expr::MethodCall(m) if m.method == "len" && m.args.is_empty() => {
                let syn::Expr::Path(p) = &*m.receiver else {
                    return None;
                };
                let id = p.path.get_ident()?;
                // `0..h.len()` of a local array `[c; N]`
                if let Some(v) = crate::ir::placeholder_var(id) {
                    let n = self.f.vars[v].dims.as_ref()?.first()?;
                    return match n {
                        syn::Expr::Lit(_) => Some(quote!(#n)),
                        syn::Expr::Path(p)
                            if p.path
                                .get_ident()
                                .is_some_and(|i| self.const_generics.contains(&i.to_string())) =>
                        {
                            Some(quote!(#n))
                        }
                        _ => None,
                    };
                }
                let param = self.f.params.iter().find(|q| q.ident == *id)?;
                let arr = match &param.ty {
                    syn::Type::Array(a) => a,
                    syn::Type::Reference(r) => match &*r.elem {
                        syn::Type::Array(a) => a,
                        _ => return None,
                    },
                    _ => return None,
                };
                match &arr.len {
                    e @ syn::Expr::Lit(_) => Some(quote!(#e)),
                    syn::Expr::Path(p)
                        if p.path
                            .get_ident()
                            .is_some_and(|i| self.const_generics.contains(&i.to_string())) =>
                    {
                        Some(quote!(#p))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// One forward iteration (primal only): body, write-back, `break` check.
    pub(super) fn iteration(
        &mut self,
        body: &'a Block,
        muts: &[(VarId, Ident)],
        brk: Option<VarId>,
    ) -> TokenStream {
        for (v, m) in muts {
            self.ver[*v] = Some(m.clone());
        }
        let mut scratch = Vec::new();
        let ts = self.block(body, false, &mut scratch);
        let wb: Vec<TokenStream> = muts
            .iter()
            .map(|(v, m)| {
                let cur = self.version(*v);
                quote!(#m = #cur;)
            })
            .collect();
        let stop = brk.map(|b| {
            let cur = self.version(b);
            quote!(if #cur { break; })
        });
        quote!(#ts #(#wb)* #stop)
    }

    /// The buffers a forward-order loop's run keeps its rules in: emptied before the
    /// run (the same loop may run again, in a replay of an iteration around it) and
    /// reserved to the trip count `range` when known; and the buffers for its record.
    fn order_buffers(
        kept: OrderKeep,
        range: Option<&TokenStream>,
    ) -> (TokenStream, Vec<(usize, Ident)>) {
        let mut ts = TokenStream::new();
        let mut bufs = Vec::new();
        for k in kept.sites {
            let n = match range {
                Some(range) => quote!(::core::iter::Iterator::size_hint(&(#range)).0),
                None => quote!(0),
            };
            let t = &k.buf;
            ts.extend(quote!(#t.restart(#n);));
            bufs.push((k.key, k.buf));
        }
        (ts, bufs)
    }

    /// The keeping state of a loop's forward run, with the selections whose outcomes
    /// its taping records.
    fn with_selections(keep: Option<OrderKeep>, tapes: &Taping) -> Option<OrderKeep> {
        if tapes.selections.is_empty() {
            return keep;
        }
        let mut k = keep.unwrap_or_default();
        k.selections = tapes.selections.clone();
        Some(k)
    }

    /// The stack arrays of the rules a loop of constant trip count `len` keeps, one
    /// slot per iteration (their types come from what is stored in them).
    fn slot_arrays(&self, kept: &[KeptSite], len: &TokenStream) -> TokenStream {
        let rt = &self.rt;
        kept.iter()
            .map(|k| {
                let t = &k.buf;
                let init = (0..k.arity).map(|_| quote!(#rt::unassigned()));
                quote!(let mut #t = [(#(#init,)*); #len];)
            })
            .collect()
    }

    /// After a loop: later code reads immutable snapshots of the carried variables.
    pub(crate) fn after_loop(&mut self, muts: &[(VarId, Ident)]) -> TokenStream {
        let mut ts = TokenStream::new();
        for (v, m) in muts {
            let s = self.fresh(&self.f.vars[*v].name.clone());
            ts.extend(quote!(let #s = #m;));
            self.ver[*v] = Some(s);
        }
        ts
    }

    /// Whether every active value the loop body carries is a pure accumulator
    /// (`s += ..`): its adjoint is then constant across the loop, so iterations can be
    /// differentiated in any order, each right after it runs.
    pub(crate) fn fusable(&self, body: &Block) -> bool {
        // a write into an out-parameter takes its seed in reverse order (the last write
        // of an element is the one that counts)
        !analysis::writes_output(body)
            && analysis::carried(body).iter().all(|v| {
                !self.f.vars[*v].active
                    || (!analysis::needs_record(*v, body, true)
                        && analysis::only_accumulated(*v, body))
            })
    }

    /// Whether the loop is differentiated in forward order after its forward run
    /// ([`Rec::Forward`]): its active values only accumulate, and it holds no loop.
    /// Such a loop keeps no buffer at all; its rules are evaluated again in the
    /// adjoint's run. A loop holding a nest is reversed instead: its forward run stores
    /// the nest, which then runs once more (in the replay), not twice.
    ///
    /// A loop calling a differentiable function is reversed too: its forward run keeps
    /// the calls' results (or values and partials) for the replay, where a forward-order
    /// adjoint would run every call again (see `emit::sites`).
    pub(super) fn forward_order(&self, body: &Block) -> bool {
        self.fusable(body) && !analysis::has_loop(body) && !super::sites::has_call(body)
    }

    /// The loop flags, cleared for code that runs plainly (a branch).
    pub(crate) fn take_loop_flags(&mut self) -> LoopFlags {
        let flags = LoopFlags {
            storing: self.storing,
            restoring: self.restoring,
            const_nest: self.const_nest,
        };
        self.storing = false;
        self.restoring = false;
        self.const_nest = false;
        flags
    }

    pub(crate) fn set_loop_flags(&mut self, flags: LoopFlags) {
        self.storing = flags.storing;
        self.restoring = flags.restoring;
        self.const_nest = flags.const_nest;
    }

    /// Whether the loop statement has a constant trip count.
    fn const_loop(&self, s: &Stmt) -> bool {
        matches!(s, Stmt::For(l) if self.const_trips(l).is_some())
    }

    /// A loop statement; `rest`: the statements after it in its block, when known
    /// (a loop whose results nothing there reads may skip its forward run in a replay).
    pub(crate) fn loop_stmt(
        &mut self,
        s: &'a Stmt,
        record: bool,
        rest: Option<&[Stmt]>,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        // a loop nested in a nest of constant trip counts that does not fit the stack
        // is replayed (it runs again in the replay of its enclosing iteration), so
        // fixed sizes need no heap
        let replayed_nest = self.const_nest && self.const_loop(s);
        let branch_mode = self.branch_loop_mode(s);
        let mode = if let Some(m) = branch_mode {
            m
        } else if self.restoring {
            if replayed_nest {
                LoopMode::Recorded
            } else {
                LoopMode::Restored
            }
        } else if self.storing {
            if replayed_nest {
                LoopMode::Plain
            } else {
                LoopMode::Stored
            }
        } else if record {
            LoopMode::Recorded
        } else {
            LoopMode::Plain
        };
        if mode == LoopMode::Recorded
            && !self.replaying
            && !self.in_adjoint
            && super::checkpoint::applies(self.f, s)
        {
            let outer_room = self.stack_room.take();
            let ts = match s {
                Stmt::For(l) => Some(self.checkpointed_for(l, recs)),
                Stmt::While { cond, body, brk } => {
                    Some(self.checkpointed_while(cond, body, *brk, recs))
                }
                _ => None,
            };
            self.stack_room = outer_room;
            if let Some(ts) = ts {
                return ts;
            }
        }
        let (body, brk) = match s {
            Stmt::For(l) => (&l.body, l.brk),
            Stmt::While { body, brk, .. } => (body, *brk),
            _ => return TokenStream::new(),
        };
        // a loop with nothing to differentiate has no adjoint
        let mode = if mode == LoopMode::Recorded && super::sites::inert(self.f, body) {
            LoopMode::Plain
        } else {
            mode
        };
        let dead = mode == LoopMode::Recorded
            && self.replaying
            && brk.is_none()
            && rest.is_some_and(|rest| {
                !analysis::carried(body)
                    .iter()
                    .any(|v| analysis::is_read(*v, rest))
            });
        let unread = if mode == LoopMode::Stored && branch_mode.is_none() {
            self.results_unread(body, rest)
        } else {
            Vec::new()
        };
        // the constness of the nest the loop's own iterations belong to
        let root = !self.storing && !self.restoring;
        let room = self.room_of(s, root);
        // a nest whose records fit the stack is stored and restored like a nest of
        // runtime trip counts, not replayed
        let body_const = self.const_loop(s) && (root || self.const_nest) && room.is_none();
        let outer_room = std::mem::replace(&mut self.stack_room, room);
        let saved = self.take_loop_flags();
        let outer_keep = self.order_keep.take();
        let sites = self.enter_loop_sites(branch_mode.is_some());
        self.const_nest = body_const;
        let ts = match s {
            Stmt::For(l) => self.for_loop(s, l, mode, (dead, &unread), recs),
            Stmt::While { cond, body, brk } => {
                self.while_loop(s, cond, (body, *brk), mode, &unread, recs)
            }
            _ => TokenStream::new(),
        };
        self.leave_loop_sites(sites);
        self.order_keep = outer_keep;
        self.set_loop_flags(saved);
        self.stack_room = outer_room;
        ts
    }

    /// The room of the records of the loop `s` (see [`Forward::stack_room`]): for the
    /// root of a nest that fits the stack (`root`: no iteration around it is stored or
    /// restored), one per run and its trip count per iteration; for a loop of literal
    /// trip count nested in such a nest, the room per iteration of the loop around it
    /// and that times its own trip count. `None` elsewhere: growable buffers, or, in a
    /// nest of constant trip counts that does not fit, nested loops replayed.
    fn room_of(&self, s: &Stmt, root: bool) -> Option<(u64, u64)> {
        let Stmt::For(l) = s else { return None };
        let n = self.literal_trips(l)?;
        if root {
            let records = self.nest_records(&l.body, n)?;
            // a loop with neither a nested loop nor a call keeps its rules in slots
            // (`OrderKeep`)
            let stored = records.nested || calls_in(&l.body) > 0;
            return (stored && records.count <= STACK_NEST_RECORDS).then_some((1, n));
        }
        let (_, around) = self.stack_room?;
        if self.const_nest {
            return None;
        }
        Some((around, around.checked_mul(n)?))
    }

    /// A constant trip count that is a literal (the room of a stack record is a
    /// literal: a stable array length cannot be a product of const generics).
    fn literal_trips(&self, l: &ForLoop) -> Option<u64> {
        let n = self.const_trips(l)?;
        syn::parse2::<syn::LitInt>(n)
            .ok()?
            .base10_parse::<u64>()
            .ok()
    }

    /// The records a nest keeps when it is stored on the stack, counted from the body
    /// of its root, which runs `per_iteration` times: per site (a rule or a call, in
    /// branches too) one per iteration of the loops around it; per nested loop of
    /// literal trip count, per carried variable one per iteration (its record or
    /// selection) and one per run (its result), and one per run (its exit). Loops of
    /// runtime trip count keep theirs on the heap; loops in branches are replayed with
    /// the branch, as nests of their own. `None`: a nested loop of constant trip count
    /// whose count is not a literal, or a product that overflows.
    fn nest_records(&self, body: &Block, per_iteration: u64) -> Option<NestRecords> {
        let mut total = NestRecords {
            count: sites_in(body).checked_mul(per_iteration)?,
            nested: false,
        };
        for st in &body.stmts {
            let Stmt::For(l) = st else { continue };
            if self.const_trips(l).is_none() {
                continue;
            }
            let n = self.literal_trips(l)?;
            let inner = per_iteration.checked_mul(n)?;
            let carried = analysis::carried(&l.body).len() as u64;
            let own = carried
                .checked_mul(inner)?
                .checked_add(carried.checked_mul(per_iteration)?)?
                .checked_add(per_iteration)?;
            let nested = self.nest_records(&l.body, inner)?;
            total.count = total.count.checked_add(own)?.checked_add(nested.count)?;
            total.nested = true;
        }
        Some(total)
    }

    /// The carried variables of a loop stored by the forward run of an iteration
    /// whose replay needs their final values only as arguments of rules and calls
    /// that the forward run keeps (`z` after `for k in .. { z += .. }` read only by
    /// `z.tanh()`): the replay reads the kept value and the adjoint the kept partials,
    /// so the loop does not push these results and the replay does not restore them
    /// (see [`analysis::read_only_by_kept_rules`]). `rest`: the statements after the
    /// loop in the iteration body (unknown: nothing is skipped). In a replayed nest of
    /// constant trip counts the rules are evaluated again, so every result is restored.
    fn results_unread(&self, body: &Block, rest: Option<&[Stmt]>) -> Vec<VarId> {
        let Some(rest) = rest else {
            return Vec::new();
        };
        if self.const_nest || self.kind == super::forward::Kind::Jvp {
            return Vec::new();
        }
        let f = self.f;
        // what `Forward::set` keeps for a replay: a rule that is not cheap, and a call
        // whose active arguments are all scalars (its value and partials, from one run
        // of its `_vjp`; over dual numbers a call's adjoint reads its arguments)
        let dual = self.kind.dual();
        let kept = |target: VarId, val: &crate::ir::Val| {
            f.vars[target].active
                && match val {
                    crate::ir::Val::Rule { name, .. } => !crate::lower::rules_table::is_cheap(name),
                    crate::ir::Val::Call(c) => !dual && c.takes_scalars_only(),
                    _ => false,
                }
        };
        analysis::carried(body)
            .into_iter()
            .filter(|v| {
                let var = &f.vars[*v];
                var.active
                    && var.dims.is_none()
                    && !var.buffer
                    && analysis::read_only_by_kept_rules(*v, rest, &kept)
            })
            .collect()
    }

    /// The key of a loop in [`Forward::stored`]: the address of its body.
    fn loop_key(body: &Block) -> usize {
        std::ptr::from_ref(body) as usize
    }

    /// After a stored loop: push its results (and its exit) for the replay, but for
    /// those in `unread` (see [`Forward::results_unread`]).
    fn store_results(
        &mut self,
        body: &Block,
        muts: &[(VarId, Ident)],
        (exit, unread): (Option<&Ident>, &[VarId]),
        taping: Taping,
    ) -> TokenStream {
        let key = Self::loop_key(body);
        // a loop a branch stores runs once: its results leave the branch as locals
        if exit.is_none() && self.keep_loop_results(key, muts) {
            self.stored.retain(|(k, _)| *k != key);
            let st = StoredLoop {
                taping,
                ..StoredLoop::default()
            };
            self.stored.push((key, st));
            return TokenStream::new();
        }
        let span = analysis::first_assignment_any(body).unwrap_or_else(Span::call_site);
        let mut ts = TokenStream::new();
        let mut results = Vec::new();
        for (v, m) in muts.iter().filter(|(v, _)| !unread.contains(v)) {
            let t = self.fresh(&format!("{}_after", self.f.vars[*v].name));
            self.new_tape(&t, span, true);
            ts.extend(quote!(#t.push(#m);));
            results.push((*v, t));
        }
        let exit = exit.map(|e| {
            let t = self.fresh("exit");
            self.new_tape(&t, span, true);
            ts.extend(quote!(#t.push(#e);));
            t
        });
        let key = Self::loop_key(body);
        self.stored.retain(|(k, _)| *k != key);
        self.stored.push((
            key,
            StoredLoop {
                taping,
                results,
                exit,
            },
        ));
        ts
    }

    /// In the replay of an iteration: a stored loop's results popped into its carried
    /// variables, and the buffer of its exit.
    fn restore_results(
        &mut self,
        body: &Block,
        muts: &[(VarId, Ident)],
    ) -> (TokenStream, StoredLoop) {
        let key = Self::loop_key(body);
        let Some(st) = self
            .stored
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, st)| st.clone())
        else {
            self.errors.push(syn::Error::new(
                Span::call_site(),
                "internal error of `#[differentiable]`: a loop's replay found nothing stored",
            ));
            return (TokenStream::new(), StoredLoop::default());
        };
        if let Some(ts) = self.kept_loop_results(key, muts) {
            return (ts, st);
        }
        let mut ts = TokenStream::new();
        for (v, t) in &st.results {
            if let Some((_, m)) = muts.iter().find(|(u, _)| u == v) {
                let r = self.fresh("rec");
                ts.extend(quote!(if let ::core::option::Option::Some(#r) = #t.pop() { #m = #r; }));
            }
        }
        (ts, st)
    }

    /// A `for` loop in `mode`; `dead_results`: in a replay, nothing after it reads what
    /// it computes, so when it records nothing it does not run forward at all;
    /// `unread`: the results a stored loop does not store (see
    /// [`Forward::results_unread`]).
    fn for_loop(
        &mut self,
        s: &'a Stmt,
        l: &'a ForLoop,
        mode: LoopMode,
        (dead_results, unread): (bool, &[VarId]),
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let body_const = self.const_nest;
        let (lo, hi) = (self.fresh("lo"), self.fresh("hi"));
        let (loe, hie) = (self.inact(&l.lo), self.inact(&l.hi));
        let (muts, mut_ts) = self.loop_muts(&l.body);
        let head = quote!(let #lo = #loe; let #hi = #hie; #mut_ts);
        let range = if l.inclusive {
            quote!(#lo..=#hi)
        } else {
            quote!(#lo..#hi)
        };
        let fusable = mode != LoopMode::Plain && self.forward_order(&l.body);
        // what the adjoint sweep gets: the same in every mode that records
        let entry = self.ver.clone();
        let lo_slot = lo.clone();
        let rec = move |last, muts, tapes, const_nest, stored, kept| {
            if fusable {
                Rec::Forward { s, entry, kept }
            } else {
                Rec::For {
                    l,
                    entry,
                    lo,
                    hi,
                    last,
                    muts,
                    tapes,
                    const_nest,
                    stored,
                }
            }
        };
        if mode == LoopMode::Restored {
            let (restore, st) = self.restore_results(&l.body, &muts);
            let (last_decl, last) = match &st.exit {
                Some(t) => {
                    let (la, r) = (self.fresh("last"), self.fresh("rec"));
                    (
                        quote!(let mut #la = ::core::option::Option::None; if let ::core::option::Option::Some(#r) = #t.pop() { #la = #r; }),
                        Some(la),
                    )
                }
                None => (TokenStream::new(), None),
            };
            let after = self.after_loop(&muts);
            recs.push(rec(last, muts, st.taping, false, true, Vec::new()));
            return quote!(#head #restore #last_decl #after);
        }
        let reverse = matches!(mode, LoopMode::Recorded | LoopMode::Stored) && !fusable;
        let len = if mode == LoopMode::Recorded {
            self.const_trips(l)
        } else {
            None
        };
        let (mut tapes, tape_ts, pushes) = if reverse {
            self.loop_tapes(&l.body, &muts, Some(quote!((#range))), len.clone())
        } else {
            Default::default()
        };
        let last = (reverse && l.brk.is_some()).then(|| self.fresh("last"));
        if mode == LoopMode::Recorded
            && dead_results
            && (fusable
                || (tapes.recorded.is_empty()
                    && tapes.inverted.is_empty()
                    && tapes.selections.is_empty()))
        {
            for (v, m) in &muts {
                self.ver[*v] = Some(m.clone());
            }
            recs.push(rec(last, muts, tapes, body_const, false, Vec::new()));
            return head;
        }
        let i = self.fresh(&self.f.vars[l.idx].name.clone());
        self.ver[l.idx] = Some(i.clone());
        let mark = last
            .as_ref()
            .map(|la| quote!(#la = ::core::option::Option::Some(#i);));
        self.storing = reverse;
        let kept_from = self.kept_rules();
        // a forward-order loop of runtime trip count keeps its expensive rules for its
        // adjoint's run (a constant trip count stays free of heap buffers)
        // (a reversed loop of constant trip count keeps them in stack arrays)
        let keeps = mode == LoopMode::Recorded && fusable && self.const_trips(l).is_none();
        // the root of a nest stored on the stack keeps its rules and calls like the
        // nest's other loops, in stack records (`Forward::site`)
        let stack_root = mode == LoopMode::Recorded && self.stack_room.is_some();
        let slots = reverse
            .then_some(len.as_ref())
            .flatten()
            .filter(|n| small_literal(n) && !stack_root);
        let keep = match (keeps, slots) {
            (true, _) => Some(OrderKeep {
                rules: true,
                ..OrderKeep::default()
            }),
            (false, Some(_)) => Some(OrderKeep {
                slot: Some(quote!((#i - #lo_slot))),
                rules: true,
                ..OrderKeep::default()
            }),
            (false, None) => None,
        };
        let keep = Self::with_selections(keep, &tapes);
        let outer_keep = std::mem::replace(&mut self.order_keep, keep);
        let iter_ts = self.iteration(&l.body, &muts, l.brk);
        let kept = std::mem::replace(&mut self.order_keep, outer_keep).unwrap_or_default();
        let (clear, kept) = match slots {
            Some(n) => {
                let arrays = self.slot_arrays(&kept.sites, n);
                tapes.kept_rules = kept.sites;
                (arrays, Vec::new())
            }
            None => Self::order_buffers(kept, Some(&range)),
        };
        self.storing = false;
        // the buffers of the rules the iteration keeps grow once per run of the loop
        let reserve: Vec<TokenStream> = self
            .kept_rules_since(kept_from)
            .into_iter()
            .map(|t| quote!(#t.reserve(::core::iter::Iterator::size_hint(&(#range)).0);))
            .collect();
        let last_decl = last
            .as_ref()
            .map(|la| quote!(let mut #la = ::core::option::Option::None;));
        let stash = if mode == LoopMode::Stored {
            self.store_results(&l.body, &muts, (last.as_ref(), unread), tapes.clone())
        } else {
            TokenStream::new()
        };
        let after = self.after_loop(&muts);
        if mode == LoopMode::Recorded {
            recs.push(rec(last, muts, tapes, body_const, true, kept));
        }
        quote! {
            #head
            #tape_ts
            #clear
            #(#reserve)*
            #last_decl
            for #i in #range {
                #mark
                #pushes
                #iter_ts
            }
            #stash
            #after
        }
    }

    /// A `while` loop in `mode` (`unread` as for [`Forward::for_loop`]).
    fn while_loop(
        &mut self,
        s: &'a Stmt,
        cond: &'a Inact,
        (body, brk): (&'a Block, Option<VarId>),
        mode: LoopMode,
        unread: &[VarId],
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let (muts, mut_ts) = self.loop_muts(body);
        let fusable = mode != LoopMode::Plain && self.forward_order(body);
        let count = self.fresh("count");
        let entry = self.ver.clone();
        let counter = count.clone();
        let rec = move |muts, tapes, kept| {
            if fusable {
                Rec::Forward { s, entry, kept }
            } else {
                Rec::While {
                    body,
                    entry,
                    count: counter,
                    muts,
                    tapes,
                }
            }
        };
        if mode == LoopMode::Restored {
            let (restore, st) = self.restore_results(body, &muts);
            let r = self.fresh("rec");
            let count_ts = st.exit.as_ref().map(|t| {
                quote!(let mut #count: usize = 0; if let ::core::option::Option::Some(#r) = #t.pop() { #count = #r; })
            });
            let after = self.after_loop(&muts);
            recs.push(rec(muts, st.taping, Vec::new()));
            return quote!(#mut_ts #restore #count_ts #after);
        }
        let reverse = matches!(mode, LoopMode::Recorded | LoopMode::Stored) && !fusable;
        let (tapes, tape_ts, pushes) = if reverse {
            self.loop_tapes(body, &muts, None, None)
        } else {
            Default::default()
        };
        for (v, m) in &muts {
            self.ver[*v] = Some(m.clone());
        }
        let ce = self.inact(cond);
        self.storing = reverse;
        let keeps = mode == LoopMode::Recorded && fusable;
        let keep = keeps.then(|| OrderKeep {
            rules: true,
            ..OrderKeep::default()
        });
        let keep = Self::with_selections(keep, &tapes);
        let outer_keep = std::mem::replace(&mut self.order_keep, keep);
        let iter_ts = self.iteration(body, &muts, brk);
        let kept = std::mem::replace(&mut self.order_keep, outer_keep).unwrap_or_default();
        let (clear, kept) = Self::order_buffers(kept, None);
        self.storing = false;
        let counting = reverse.then(|| quote!(#count += 1;));
        let count_decl = reverse.then(|| quote!(let mut #count: usize = 0;));
        let stash = if mode == LoopMode::Stored {
            let exit = reverse.then_some(&count);
            self.store_results(body, &muts, (exit, unread), tapes.clone())
        } else {
            TokenStream::new()
        };
        let after = self.after_loop(&muts);
        if mode == LoopMode::Recorded {
            recs.push(rec(muts, tapes, kept));
        }
        quote! {
            #mut_ts
            #tape_ts
            #clear
            #count_decl
            while #ce {
                #counting
                #pushes
                #iter_ts
            }
            #stash
            #after
        }
    }
}

/// The most records a nest of literal trip counts keeps on the stack (see
/// [`Forward::nest_records`]); a larger nest replays its nested loops instead. Each
/// record is a value, or a rule's or call's value and partials, plus a tag: the bound
/// keeps the nest's part of the frame to 64 KiB of `f64` values (more for rules with
/// several partials, twice that over dual numbers), the order of the stack arrays of
/// one loop of 4096 iterations.
const STACK_NEST_RECORDS: u64 = 4096;

/// What a nest keeps on the stack.
struct NestRecords {
    /// How many records.
    count: u64,
    /// Whether the body holds a loop of literal trip count.
    nested: bool,
}

/// How many calls `body` holds, in its branches too, not in its loops.
fn calls_in(body: &Block) -> u64 {
    sets_in(body, &|val| {
        matches!(val, crate::ir::Val::Call(_) | crate::ir::Val::ArrCall(_))
    })
}

/// How many sites (rules and calls) `body` holds, in its branches too, not in its loops.
fn sites_in(body: &Block) -> u64 {
    sets_in(body, &|val| {
        matches!(
            val,
            crate::ir::Val::Rule { .. } | crate::ir::Val::Call(_) | crate::ir::Val::ArrCall(_)
        )
    })
}

/// How many assignments of `body` compute a value `counted`, in its branches too, not
/// in its loops.
fn sets_in(body: &Block, counted: &dyn Fn(&crate::ir::Val) -> bool) -> u64 {
    body.stmts
        .iter()
        .map(|st| match st {
            Stmt::Set { val, .. } => u64::from(counted(val)),
            Stmt::If { then_b, else_b, .. } => sets_in(then_b, counted) + sets_in(else_b, counted),
            _ => 0,
        })
        .sum()
}

/// Whether a constant trip count is a literal of at most 256: a rule's slots for that
/// many iterations fit the stack comfortably (4 KiB of `f64` values and partials for a
/// unary rule, 8 KiB over dual numbers); longer loops evaluate their rules again.
fn small_literal(n: &TokenStream) -> bool {
    syn::parse2::<syn::LitInt>(n.clone())
        .ok()
        .and_then(|l| l.base10_parse::<u64>().ok())
        .is_some_and(|n| n <= 256)
}
