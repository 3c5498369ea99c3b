//! What a forward run keeps so that no replay evaluates a rule or runs a call again.
//!
//! A *site* is a rule (`x.exp()`) or a call to a differentiable function. The reverse
//! sweep replays `if` branches and loop iterations before differentiating them; a site
//! in such code is evaluated once, by the forward run, and its replays read what that
//! run kept:
//!
//! - inside a branch, the site's value and partials leave the `if` as extra results of
//!   the branch (plain locals, so a fixed-size function stays free of heap buffers), and
//!   the branch's replay reads them (`Rec::If::kept`);
//! - inside the forward run of a reversed loop iteration (even inside a branch there),
//!   they are pushed onto a buffer and popped by the iteration's replay, as for loop
//!   nests (`emit::loops`; a stack record in a nest of literal trip counts), except in
//!   a replayed nest of constant trip counts, which recomputes;
//! - a loop directly inside a branch at the top of the body runs once, storing what its
//!   reverse sweep needs, and the branch's replay restores it (a branch is an iteration
//!   that runs once).
//!
//! A call whose active arguments are all scalars is evaluated by the callee's `_vjp`
//! with a unit seed: one run of the callee gives its value and its partials, and the
//! call's adjoint multiplies them, as a rule's does. This is the callee's augmented
//! forward pass, with the partials as its record. A call that takes a slice (or a part
//! of one, a local array or buffer) in reverse mode does the same into a scratch
//! shadow per slice: its gradient along the slice goes into a buffer of the site, and
//! its position there travels with the value and partials as one more kept float
//! (`emit::slice_calls`, which also bounds that memory and falls back, past a budget,
//! to keeping the value only and running the callee's `_vjp` again in the adjoint
//! sweep; so do data of hidden type and structs). In `_hvp` a call runs the callee's
//! `_vjp` and `_hvp` once each and keeps dual partials (`emit::hvp_calls`). Splitting every callee into
//! a forward part returning a record and a reverse part reading it would avoid the
//! dense gradient, at the price of a record type per function and a heap record per
//! level of a recursion; the generated functions keep the documented `_vjp` signature
//! instead, so hand-written rules compose with generated ones.
//!
//! A value the output depends on only through conditions (a distance compared with
//! the best so far) has an adjoint that is always zero: it keeps its value for the
//! replays' comparisons, but no partials, and gets no adjoint code
//! ([`Forward::differentiated`]).

use super::forward::{located_at, Forward, Kind, Opnd, RVal};
use super::loops::LoopMode;
use crate::ir::{Atom, Call, CallArg, Stmt, Val, VarId};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// The sites a branch keeps: per site (by the address of its IR value), the locals
/// holding its value and partials.
pub(crate) type Kept = Vec<(usize, Vec<Ident>)>;

/// The emission state of sites.
#[derive(Default)]
pub(crate) struct Sites {
    /// Per `if` being emitted (innermost last): the sites its branch keeps; `None` for
    /// a loop body (a site there runs once per iteration, and no branch around the
    /// loop can export it).
    frames: Vec<Option<Kept>>,
    /// Emitting the replay of a branch: the locals its forward run exported.
    lookup: Kept,
    /// Inside a branch of a loop iteration: the storing, restoring and constant-nest
    /// flags of that iteration (the loop flags are cleared inside branches).
    outer: Option<(bool, bool, bool)>,
    /// Emitting the forward run of a branch at the top of the body: loops that are
    /// reversed run stored.
    branch_storing: bool,
    /// Emitting the replay of such a branch: those loops are restored.
    branch_restoring: bool,
    /// Emitting a loop that a branch stores (see [`Forward::keep_loop_results`]).
    loop_by_branch: bool,
    /// Per variable: whether its adjoint can be non-zero; computed on first use.
    operand: Option<Vec<bool>>,
}

/// What a loop saves of the site state while its body is emitted.
pub(crate) struct SitesSaved {
    outer: Option<(bool, bool, bool)>,
    branch: (bool, bool),
    loop_by_branch: bool,
}

/// What an `if` saves of the site state while its branches are emitted.
pub(crate) struct BranchSaved {
    outer: Option<(bool, bool, bool)>,
    branch: (bool, bool),
}

impl<'a> Forward<'a> {
    /// The storing, restoring and constant-nest flags that apply to a site here.
    fn site_flags(&self) -> (bool, bool, bool) {
        self.sites
            .outer
            .unwrap_or((self.storing, self.restoring, self.const_nest))
    }

    pub(super) fn in_branch_frame(&self) -> bool {
        matches!(self.sites.frames.last(), Some(Some(_)))
    }

    fn keep_in_frame(&mut self, key: usize, ids: Vec<Ident>) {
        if let Some(Some(frame)) = self.sites.frames.last_mut() {
            frame.retain(|(k, _)| *k != key);
            frame.push((key, ids));
        }
    }

    /// A site's code, binding `id` to its value. `full` evaluates to the tuple of its
    /// value and `n` partials, `plain` to the value alone (used when nothing needs the
    /// partials); `keep`: the site is worth keeping for replays. Returns the code and
    /// the partials' locals when bound.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn site(
        &mut self,
        val: &Val,
        id: &Ident,
        full: &TokenStream,
        plain: &TokenStream,
        n: usize,
        record: bool,
        keep: bool,
        span: Span,
    ) -> (TokenStream, Option<Vec<Ident>>) {
        let key = std::ptr::from_ref(val) as usize;
        let ds: Vec<Ident> = (0..n).map(|_| self.fresh("d")).collect();
        let mut ids = vec![id.clone()];
        ids.extend(ds.iter().cloned());
        // the replay of a branch: what its forward run exported
        if let Some((_, k)) = self.sites.lookup.iter().find(|(k, _)| *k == key).cloned() {
            if k.len() == ids.len() {
                self.keep_in_frame(key, ids.clone());
                return (quote!(#(let #ids = #k;)*), Some(ds));
            }
        }
        let (storing, restoring, const_nest) = self.site_flags();
        let taped = keep && !const_nest;
        if taped && restoring {
            if let Some(t) = self.rule_tape(val) {
                let r = self.fresh("kept");
                self.keep_in_frame(key, ids.clone());
                // nothing kept (a build without `alloc`, see `Tape::for_sites`): the
                // replay evaluates the site itself
                return (
                    quote!(let (#(#ids,)*) = match #t.pop() {
                        ::core::option::Option::Some(#r) => #r,
                        ::core::option::Option::None => #full,
                    };),
                    Some(ds),
                );
            }
        }
        if taped && storing {
            let t = self.new_rule_tape(val, span);
            self.keep_in_frame(key, ids.clone());
            return (
                quote!(let (#(#ids,)*) = #full; #t.push((#(#ids,)*));),
                Some(ds),
            );
        }
        let in_frame = keep && self.in_branch_frame();
        if record || in_frame {
            if in_frame {
                self.keep_in_frame(key, ids.clone());
            }
            return (quote!(let (#(#ids,)*) = #full;), Some(ds));
        }
        (quote!(let #id = #plain;), None)
    }

    /// Whether the adjoint of `v` can be non-zero: the output depends on `v` through
    /// operations, not only through conditions. A value only compared (`if r > 1.0`,
    /// or kept as a running minimum that is only compared) needs no partials and no
    /// adjoint: nothing differentiates through a condition.
    pub(super) fn differentiated(&mut self, v: VarId) -> bool {
        let var = &self.f.vars[v];
        if var.dims.is_some() || var.buffer {
            return true;
        }
        let f = self.f;
        self.sites
            .operand
            .get_or_insert_with(|| operands(f))
            .get(v)
            .copied()
            .unwrap_or(true)
    }

    /// A scalar call's forward code and what its adjoint needs: a call whose active
    /// arguments are all scalars gives its value and partials from one run of the
    /// callee's `_vjp` (its adjoint is then a rule's), a call passing slices its value,
    /// partials and gradients (`emit::slice_calls`); any other call keeps its value.
    pub(super) fn call_site(
        &mut self,
        var: VarId,
        val: &'a Val,
        c: &'a Call,
        id: &Ident,
        span: Span,
        record: bool,
    ) -> (TokenStream, Option<RVal<'a>>) {
        let active = self.f.vars[var].active;
        let keep = active && self.kind != Kind::Jvp;
        // a value only compared keeps its value, not its partials, and has no adjoint
        let differentiated = self.differentiated(var);
        let record = record && active && differentiated;
        let (ranges, value, primal) = self.call_parts(c, span, None);
        if differentiated {
            let parts = (&ranges, &value, &primal[..]);
            if let Some(r) = self.slice_call_site(val, c, id, parts, span, record, keep) {
                return r;
            }
        }
        if differentiated && self.kind == Kind::Hvp && c.takes_scalars_only() {
            return self.second_order_scalar_call_site(
                val,
                c,
                id,
                (&ranges, &value, &primal),
                span,
                record,
                keep,
            );
        }
        let scalar_args = differentiated && !self.kind.dual() && c.takes_scalars_only();
        if !scalar_args {
            let full = quote!((#value,));
            let (ts, _) = self.site(val, id, &full, &value, 0, record, keep, span);
            let r = differentiated.then_some(RVal::Call(c, primal));
            return (quote!(#ranges #ts), r);
        }
        let receivers: Vec<Opnd> = c
            .args
            .iter()
            .zip(&primal)
            .filter_map(|(a, tok)| self.scalar_arg(a, tok))
            .collect();
        // the callee's `_vjp` with a unit seed: its value and partials; a callee whose
        // `_vjp` is missing or returns another number of values is reported at the
        // callee's name
        let at = syn::spanned::Spanned::span(&c.callee);
        let outs: Vec<Ident> = (0..=receivers.len()).map(|_| self.fresh("cv")).collect();
        let pat = located_at(quote!((#(#outs),*)), at);
        let pullback = self.scalar_vjp_call(c, &primal);
        let full = quote!({ let #pat = #pullback; (#(#outs,)*) });
        let (ts, ds) = self.site(val, id, &full, &value, receivers.len(), record, keep, span);
        let r = ds.map(|ds| RVal::Rule(receivers.into_iter().zip(ds).collect()));
        (quote!(#ranges #ts), r)
    }

    /// `h_vjp(primal.., 1)` of a call whose active arguments are all scalars, through
    /// `dispatch` (a constant argument's partial is zero if `h` does not take it).
    fn scalar_vjp_call(&self, c: &Call, primal: &[TokenStream]) -> TokenStream {
        use super::dispatch::DArg;
        let rt = &self.rt;
        let mut args: Vec<DArg> = c
            .args
            .iter()
            .zip(primal)
            .map(|(a, tok)| match a {
                CallArg::Active(Atom::Const(_)) => DArg::Constant {
                    value: tok.clone(),
                    tangent: false,
                },
                _ => DArg::one(tok.clone()),
            })
            .collect();
        args.push(DArg::one(quote!(#rt::seed_one())));
        self.adjoints_call(c, "vjp", &args)
    }

    /// How a loop directly inside a branch at the top of the body runs: stored by the
    /// branch's forward run and restored by its replay when its reverse sweep would
    /// otherwise replay it (not a loop of constant trip count, which stays free of
    /// heap buffers, nor one differentiated in forward order).
    pub(super) fn branch_loop_mode(&self, s: &Stmt) -> Option<LoopMode> {
        if !(self.sites.branch_storing || self.sites.branch_restoring) {
            return None;
        }
        let body = match s {
            Stmt::For(l) if self.const_trips(l).is_none() => &l.body,
            Stmt::While { body, .. } => body,
            _ => return None,
        };
        if self.forward_order(body) {
            return None;
        }
        Some(if self.sites.branch_restoring {
            LoopMode::Restored
        } else {
            LoopMode::Stored
        })
    }

    /// Entering a loop body: its sites are kept per iteration (by the loop's own
    /// flags), never by a branch around the loop. `by_branch`: the loop is stored by
    /// the branch around it.
    pub(crate) fn enter_loop_sites(&mut self, by_branch: bool) -> SitesSaved {
        self.sites.frames.push(None);
        SitesSaved {
            outer: self.sites.outer.take(),
            branch: (
                std::mem::take(&mut self.sites.branch_storing),
                std::mem::take(&mut self.sites.branch_restoring),
            ),
            loop_by_branch: std::mem::replace(&mut self.sites.loop_by_branch, by_branch),
        }
    }

    pub(crate) fn leave_loop_sites(&mut self, saved: SitesSaved) {
        self.sites.frames.pop();
        self.sites.outer = saved.outer;
        (self.sites.branch_storing, self.sites.branch_restoring) = saved.branch;
        self.sites.loop_by_branch = saved.loop_by_branch;
    }

    /// After a loop that a branch stores (it runs once per run of the branch): its
    /// results `muts` leave the branch as extra results, for the branch's replay,
    /// instead of going through buffers. Only scalar floats (their placeholder in the
    /// other branch is a float). Returns whether they do.
    pub(super) fn keep_loop_results(&mut self, key: usize, muts: &[(VarId, Ident)]) -> bool {
        let floats = muts.iter().all(|(v, _)| {
            let var = &self.f.vars[*v];
            (var.active || var.float) && var.dims.is_none() && !var.buffer
        });
        let n = self.sites.frames.len();
        if !self.sites.loop_by_branch || !floats || n < 2 {
            return false;
        }
        // the branch's frame, under the loop's own
        let Some(Some(frame)) = self.sites.frames.get_mut(n - 2) else {
            return false;
        };
        frame.retain(|(k, _)| *k != key);
        frame.push((key, muts.iter().map(|(_, m)| m.clone()).collect()));
        true
    }

    /// In the replay of a branch, a loop that the branch stored: its results from the
    /// branch's extra results, if it kept them there.
    pub(super) fn kept_loop_results(
        &mut self,
        key: usize,
        muts: &[(VarId, Ident)],
    ) -> Option<TokenStream> {
        if !self.sites.loop_by_branch {
            return None;
        }
        let (_, k) = self.sites.lookup.iter().find(|(k, _)| *k == key)?;
        if k.len() != muts.len() {
            return None;
        }
        let ms = muts.iter().map(|(_, m)| m);
        Some(quote!(#(#ms = #k;)*))
    }

    /// Entering the branches of an `if` (`record`: its replay will differentiate
    /// them): a site there sees the flags of the iteration around it, and a branch
    /// at the top of the body stores its reversed loops. Returns whether it does.
    pub(super) fn enter_branch_sites(&mut self, record: bool) -> (BranchSaved, bool) {
        let top = record
            && !self.in_adjoint
            && !self.replaying
            && !self.storing
            && !self.restoring
            && self.sites.outer.is_none()
            && self.sites.frames.is_empty();
        let saved = BranchSaved {
            outer: self.sites.outer,
            branch: (self.sites.branch_storing, self.sites.branch_restoring),
        };
        self.sites.outer = Some(self.site_flags());
        self.sites.branch_storing = top;
        self.sites.branch_restoring = false;
        (saved, top)
    }

    pub(super) fn leave_branch_sites(&mut self, saved: BranchSaved) {
        self.sites.outer = saved.outer;
        (self.sites.branch_storing, self.sites.branch_restoring) = saved.branch;
    }

    /// Starts collecting the sites of one branch (only when `collect`).
    pub(super) fn open_frame(&mut self, collect: bool) {
        if collect {
            self.sites.frames.push(Some(Vec::new()));
        }
    }

    /// The sites the branch just emitted keeps.
    pub(super) fn close_frame(&mut self, collect: bool) -> Kept {
        if collect {
            self.sites.frames.pop().flatten().unwrap_or_default()
        } else {
            Vec::new()
        }
    }

    /// The extra results of an `if` whose branches keep `then_k` and `else_k`: per
    /// branch, the values it returns (placeholders for the other branch's sites), and
    /// the locals that receive them after the `if`, kept in turn by a branch around it.
    pub(super) fn export_kept(
        &mut self,
        then_k: &Kept,
        else_k: &Kept,
    ) -> (Vec<TokenStream>, Vec<TokenStream>, Vec<Ident>, Kept) {
        let rt = self.rt.clone();
        let (mut tv, mut ev, mut names, mut kept) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (side, list) in [(true, then_k), (false, else_k)] {
            for (key, ids) in list {
                let mut outs = Vec::new();
                for id in ids {
                    let n = self.fresh("kept");
                    let (mine, other) = (quote!(#id), quote!(#rt::unassigned()));
                    if side {
                        tv.push(mine);
                        ev.push(other);
                    } else {
                        tv.push(other);
                        ev.push(mine);
                    }
                    names.push(n.clone());
                    outs.push(n);
                }
                self.keep_in_frame(*key, outs.clone());
                kept.push((*key, outs));
            }
        }
        (tv, ev, names, kept)
    }

    /// Replaying a branch for its adjoint: its sites read `kept`; with `stored`, its
    /// loops are restored from the forward run of the branch.
    pub(crate) fn enter_branch_replay(&mut self, kept: Kept, stored: bool) -> (Kept, SitesSaved) {
        let lookup = std::mem::replace(&mut self.sites.lookup, kept);
        let saved = SitesSaved {
            outer: self.sites.outer.take(),
            branch: (
                std::mem::take(&mut self.sites.branch_storing),
                std::mem::replace(&mut self.sites.branch_restoring, stored),
            ),
            loop_by_branch: std::mem::take(&mut self.sites.loop_by_branch),
        };
        (lookup, saved)
    }

    pub(crate) fn leave_branch_replay(&mut self, lookup: Kept, saved: SitesSaved) {
        self.sites.lookup = lookup;
        self.sites.outer = saved.outer;
        (self.sites.branch_storing, self.sites.branch_restoring) = saved.branch;
        self.sites.loop_by_branch = saved.loop_by_branch;
    }
}

/// Whether `b` calls a differentiable function (at any depth, inside loops too).
pub(super) fn has_call(b: &crate::ir::Block) -> bool {
    b.stmts.iter().any(|s| match s {
        Stmt::Set { val, .. } => matches!(val, Val::Call(_) | Val::ArrCall(_)),
        Stmt::If { then_b, else_b, .. } => has_call(then_b) || has_call(else_b),
        Stmt::For(l) => has_call(&l.body),
        Stmt::While { body, .. } => has_call(body),
        _ => false,
    })
}

/// Whether the loop body `b` computes nothing the adjoint sweep differentiates: no
/// active value, no write into an output or a buffer, no recorded draw. Such a loop
/// runs plainly wherever it is replayed, and has no adjoint.
pub(super) fn inert(f: &crate::ir::Func, b: &crate::ir::Block) -> bool {
    b.stmts.iter().all(|s| match s {
        Stmt::Set { var, val, .. } => {
            !f.vars[*var].active
                && !matches!(
                    val,
                    Val::OutStore { .. }
                        | Val::BufStore { .. }
                        | Val::BufNew { .. }
                        | Val::BufRead { .. }
                        | Val::Recorded { .. }
                        | Val::Call(_)
                        | Val::ArrCall(_)
                )
        }
        Stmt::If { then_b, else_b, .. } => inert(f, then_b) && inert(f, else_b),
        Stmt::For(l) => inert(f, &l.body),
        Stmt::While { body, .. } => inert(f, body),
        Stmt::Decl(_) | Stmt::Effect(_) => true,
    })
}

/// Per variable of `f`: whether its adjoint can be non-zero (see
/// [`Forward::differentiated`]): it is the output, or an operand of a value that is
/// (a fixed point, as loops read later definitions), or written into an output or a
/// buffer. Arrays and buffers always are.
fn operands(f: &crate::ir::Func) -> Vec<bool> {
    let mut useful: Vec<bool> = f
        .vars
        .iter()
        .map(|v| v.dims.is_some() || v.buffer)
        .collect();
    let mark = |a: &Atom, u: &mut Vec<bool>| {
        if let Atom::Var(v) = a {
            u[*v] = true;
        }
    };
    match &f.output {
        crate::ir::Output::Scalar(a) => mark(a, &mut useful),
        crate::ir::Output::Array(v) => v.iter().for_each(|a| mark(a, &mut useful)),
        crate::ir::Output::Unit => {}
    }
    loop {
        let before = useful.clone();
        spread(&f.body, &mut useful);
        if useful == before {
            return useful;
        }
    }
}

/// One pass of [`operands`]: the operands of every useful definition become useful.
fn spread(b: &crate::ir::Block, u: &mut Vec<bool>) {
    for s in &b.stmts {
        match s {
            Stmt::Set { var, val, .. } => {
                // a write into an output or a buffer is differentiated (its variable
                // is never read)
                if matches!(
                    val,
                    Val::OutStore { .. } | Val::BufStore { .. } | Val::BufNew { .. }
                ) {
                    u[*var] = true;
                }
                if u[*var] {
                    operand_reads(val, &mut |v| u[v] = true);
                }
            }
            Stmt::If { then_b, else_b, .. } => {
                spread(then_b, u);
                spread(else_b, u);
            }
            Stmt::For(l) => spread(&l.body, u),
            Stmt::While { body, .. } => spread(body, u),
            Stmt::Decl(_) | Stmt::Effect(_) => {}
        }
    }
}

/// The variables `val` reads as operands (not inside inactive expressions).
fn operand_reads(val: &Val, read: &mut impl FnMut(VarId)) {
    let atom = |a: &Atom, read: &mut dyn FnMut(VarId)| {
        if let Atom::Var(v) = a {
            read(*v);
        }
    };
    match val {
        Val::Atom(a) | Val::Neg(a) | Val::ArrFill(a) => atom(a, read),
        Val::Bin(_, a, b) => {
            atom(a, read);
            atom(b, read);
        }
        Val::Rule { args, .. } => args.iter().for_each(|a| atom(a, read)),
        Val::Call(c) | Val::ArrCall(c) => {
            for a in &c.args {
                match a {
                    CallArg::Active(a) => atom(a, read),
                    CallArg::Arr(v) | CallArg::Buf { buf: v, .. } => read(*v),
                    _ => {}
                }
            }
        }
        Val::ArrStore { value, .. } | Val::BufStore { value, .. } | Val::OutStore { value, .. } => {
            atom(value, read);
        }
        Val::BufNew { fill, .. } => atom(fill, read),
        Val::ArrCopy(v) | Val::Elem { arr: v, .. } | Val::BufRead { buf: v, .. } => read(*v),
        Val::Index { .. } | Val::Inact(_) | Val::Recorded { .. } | Val::ArrParam(_) => {}
    }
}
