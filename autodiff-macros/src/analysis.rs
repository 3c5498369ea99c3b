//! Dataflow facts about loop bodies that the reverse transformation needs:
//! which outer variables a body overwrites, and which of those must be recorded
//! per iteration (the to-be-recorded analysis).

use crate::ir::placeholder_var;
use crate::ir::{Atom, BinOp, Block, CallArg, Inact, Stmt, Val, VarId};
use std::collections::BTreeSet;
use syn::visit::Visit;

/// Variables assigned in `b` (at any depth) that were declared outside it.
pub(crate) fn carried(b: &Block) -> Vec<VarId> {
    let mut assigned = BTreeSet::new();
    let mut defined = BTreeSet::new();
    walk_defs(b, &mut assigned, &mut defined);
    assigned.difference(&defined).copied().collect()
}

fn walk_defs(b: &Block, assigned: &mut BTreeSet<VarId>, defined: &mut BTreeSet<VarId>) {
    for s in &b.stmts {
        match s {
            Stmt::Set { var, def, .. } => {
                if *def {
                    defined.insert(*var);
                } else {
                    assigned.insert(*var);
                }
            }
            Stmt::Decl(v) => {
                defined.insert(*v);
            }
            Stmt::If { then_b, else_b, .. } => {
                walk_defs(then_b, assigned, defined);
                walk_defs(else_b, assigned, defined);
            }
            Stmt::For(l) => {
                defined.insert(l.idx);
                walk_defs(&l.body, assigned, defined);
            }
            Stmt::While { body, .. } => walk_defs(body, assigned, defined),
            Stmt::Effect(_) => {}
        }
    }
}

/// Whether every assignment of `v` in `b` (at any depth) is a linear self-update
/// `v = v + e`, `v = v - e` or `v = e + v`: then the adjoint of `v` is the same before
/// and after each iteration, which is what fusing a loop with its adjoint relies on. A
/// plain overwrite or reset (`v = e`, `v = 0.0`) kills the adjoint and is not one.
pub(crate) fn only_accumulated(v: VarId, b: &Block) -> bool {
    b.stmts.iter().all(|s| match s {
        Stmt::Set { var, val, .. } if *var == v => {
            let is_v = |a: &Atom| matches!(a, Atom::Var(u) if *u == v);
            match val {
                Val::Bin(BinOp::Add | BinOp::Sub, a, e) if is_v(a) && !is_v(e) => true,
                Val::Bin(BinOp::Add, e, a) if is_v(a) && !is_v(e) => true,
                _ => false,
            }
        }
        Stmt::If { then_b, else_b, .. } => {
            only_accumulated(v, then_b) && only_accumulated(v, else_b)
        }
        Stmt::For(l) => only_accumulated(v, &l.body),
        Stmt::While { body, .. } => only_accumulated(v, body),
        _ => true,
    })
}

/// Whether the value `v` has at the start of an iteration is needed to replay the
/// iteration: true unless every read of `v` in the body is a linear self-update
/// `v = v + e` / `v = v - e` (whose adjoint does not need `v`), or, for an inactive
/// `v`, any update of `v` from itself (its replayed value is then dead).
pub(crate) fn needs_record(v: VarId, body: &Block, active: bool) -> bool {
    let mut c = Counter {
        v,
        reads: 0,
        linear: 0,
        inactive_target: !active,
    };
    c.block(body);
    c.reads > c.linear
}

struct Counter {
    v: VarId,
    reads: usize,
    linear: usize,
    /// `v` is inactive: its self-updates need no record.
    inactive_target: bool,
}

impl Counter {
    fn atom(&mut self, a: &Atom) {
        match a {
            Atom::Var(u) if *u == self.v => self.reads += 1,
            Atom::Var(_) => {}
            Atom::Const(i) => self.inact(i),
        }
    }
    fn inact(&mut self, i: &Inact) {
        let mut f = PlaceholderCount { v: self.v, n: 0 };
        f.visit_expr(&i.expr);
        self.reads += f.n;
    }
    fn val(&mut self, target: VarId, val: &Val) {
        match val {
            Val::Atom(a) | Val::Neg(a) => self.atom(a),
            Val::Bin(op, a, b) => {
                self.atom(a);
                self.atom(b);
                let is_self = |x: &Atom| matches!(x, Atom::Var(u) if *u == self.v);
                let self_update = target == self.v
                    && matches!(op, BinOp::Add | BinOp::Sub)
                    && is_self(a)
                    && !is_self(b);
                let self_update_rev =
                    target == self.v && *op == BinOp::Add && is_self(b) && !is_self(a);
                if self_update || self_update_rev {
                    self.linear += 1;
                }
            }
            Val::Rule { args, extra, .. } => {
                args.iter().for_each(|a| self.atom(a));
                if let Some(e) = extra {
                    self.inact(e);
                }
            }
            Val::Index { index, .. } => self.inact(index),
            Val::Call(c) | Val::ArrCall(c) => {
                for a in &c.args {
                    match a {
                        CallArg::Active(at) => self.atom(at),
                        CallArg::Inactive(i)
                        | CallArg::HiddenData(i)
                        | CallArg::ConstSlice(i)
                        | CallArg::SubSlice { range: i, .. } => self.inact(i),
                        CallArg::Slice(_) => {}
                        CallArg::Buf { buf, pos } => {
                            if *buf == self.v || *pos == Some(self.v) {
                                self.reads += 1;
                            }
                        }
                        CallArg::Arr(u) => {
                            if *u == self.v {
                                self.reads += 1;
                            }
                        }
                    }
                }
            }
            Val::Recorded { expr, pos } => {
                self.inact(expr);
                if *pos == self.v {
                    self.reads += 1;
                }
            }
            Val::ArrFill(a) => self.atom(a),
            Val::ArrParam(_) => {}
            Val::ArrCopy(src) => {
                if *src == self.v {
                    self.reads += 1;
                }
            }
            // a store builds on the array's previous version, but in a replay what it
            // builds is read only by the iteration's element reads (counted as reads)
            // and its adjoint needs no primal value: like a self-update, it needs no
            // record
            Val::ArrStore { index, value } => {
                if target == self.v {
                    self.reads += 1;
                    self.linear += 1;
                }
                index.iter().for_each(|i| self.inact(i));
                self.atom(value);
            }
            Val::OutStore { index, value, .. } => {
                self.inact(index);
                self.atom(value);
            }
            Val::BufNew { len, fill } => {
                self.inact(len);
                self.atom(fill);
            }
            Val::BufStore {
                buf, index, value, ..
            } => {
                if *buf == self.v {
                    self.reads += 1;
                }
                self.inact(index);
                self.atom(value);
            }
            Val::BufRead { buf, index, pos } => {
                if *buf == self.v || *pos == Some(self.v) {
                    self.reads += 1;
                }
                self.inact(index);
            }
            Val::Elem { arr, index } => {
                if *arr == self.v {
                    self.reads += 1;
                }
                index.iter().for_each(|i| self.inact(i));
            }
            Val::Inact(i) => {
                let before = self.reads;
                self.inact(i);
                // an inactive value updated only from itself (`k = k + 1`, `m = m * 2.0`)
                // is dead in a replay: reading it there needs no record
                if target == self.v && self.inactive_target {
                    self.linear += self.reads - before;
                }
            }
        }
    }
    fn block(&mut self, b: &Block) {
        self.stmts(&b.stmts);
    }
    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            match s {
                Stmt::Set { var, val, .. } => self.val(*var, val),
                Stmt::Decl(_) => {}
                Stmt::If {
                    cond,
                    then_b,
                    else_b,
                } => {
                    self.inact(cond);
                    self.block(then_b);
                    self.block(else_b);
                }
                Stmt::For(l) => {
                    self.inact(&l.lo);
                    self.inact(&l.hi);
                    self.block(&l.body);
                }
                Stmt::While { cond, body, .. } => {
                    self.inact(cond);
                    self.block(body);
                }
                Stmt::Effect(i) => self.inact(i),
            }
        }
    }
}

struct PlaceholderCount {
    v: VarId,
    n: usize,
}

impl<'ast> Visit<'ast> for PlaceholderCount {
    fn visit_ident(&mut self, id: &'ast proc_macro2::Ident) {
        if placeholder_var(id) == Some(self.v) {
            self.n += 1;
        }
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        fn scan(ts: proc_macro2::TokenStream, v: VarId) -> usize {
            ts.into_iter()
                .map(|tt| match tt {
                    proc_macro2::TokenTree::Ident(id) => {
                        usize::from(placeholder_var(&id) == Some(v))
                    }
                    proc_macro2::TokenTree::Group(g) => scan(g.stream(), v),
                    _ => 0,
                })
                .sum()
        }
        self.n += scan(m.tokens.clone(), self.v);
    }
}

/// Whether any statement of `stmts` reads `v`.
pub(crate) fn is_read(v: VarId, stmts: &[Stmt]) -> bool {
    let mut c = Counter {
        v,
        reads: 0,
        linear: 0,
        inactive_target: false,
    };
    c.stmts(stmts);
    c.reads > 0
}

/// Whether the statements `rest` (the remainder of an iteration body, after a loop
/// nested in it) need the value of `v` only as an operand of sites that a replay
/// does not evaluate: `kept(target, val)` says whether the rule or call `val`
/// computing `target` keeps its value and partials for the replay. Then neither the
/// replay (which reads the site's kept value) nor the adjoint (which reads the kept
/// partials) reads `v`, and the nested loop need not store its final value for the
/// replay. Conservative: `v` assigned anywhere in `rest`, or mentioned inside a loop
/// there (a loop's replay and adjoint run its iterations again from their inputs),
/// counts as needed, as does any other read (a condition, an index, arithmetic, an
/// inactive argument, a site that is not kept).
pub(crate) fn read_only_by_kept_rules(
    v: VarId,
    rest: &[Stmt],
    kept: &impl Fn(VarId, &Val) -> bool,
) -> bool {
    let operand = |a: &Atom| match a {
        Atom::Var(_) => true,
        Atom::Const(c) => !reads_placeholder(v, c),
    };
    rest.iter().all(|s| match s {
        Stmt::Set { var, .. } if *var == v => false,
        Stmt::Set { var, val, .. } if kept(*var, val) => match val {
            Val::Rule { args, extra, .. } => {
                args.iter().all(operand) && extra.as_ref().is_none_or(|e| !reads_placeholder(v, e))
            }
            Val::Call(c) => c.args.iter().all(|a| match a {
                CallArg::Active(at) => operand(at),
                CallArg::Inactive(i) => !reads_placeholder(v, i),
                _ => false,
            }),
            _ => false,
        },
        Stmt::Set { .. } | Stmt::Effect(_) => !is_read(v, std::slice::from_ref(s)),
        Stmt::Decl(u) => *u != v,
        Stmt::If {
            cond,
            then_b,
            else_b,
        } => {
            !reads_placeholder(v, cond)
                && read_only_by_kept_rules(v, &then_b.stmts, kept)
                && read_only_by_kept_rules(v, &else_b.stmts, kept)
        }
        Stmt::For(_) | Stmt::While { .. } => {
            let body = match s {
                Stmt::For(l) => &l.body,
                Stmt::While { body, .. } => body,
                _ => return false,
            };
            !is_read(v, std::slice::from_ref(s)) && !assigns(v, body)
        }
    })
}

/// Whether `b` assigns `v` at any depth.
fn assigns(v: VarId, b: &Block) -> bool {
    b.stmts.iter().any(|s| match s {
        Stmt::Set { var, .. } => *var == v,
        Stmt::Decl(u) => *u == v,
        Stmt::If { then_b, else_b, .. } => assigns(v, then_b) || assigns(v, else_b),
        Stmt::For(l) => l.idx == v || assigns(v, &l.body),
        Stmt::While { body, .. } => assigns(v, body),
        Stmt::Effect(_) => false,
    })
}

/// A loop-carried integer (or other inactive) variable updated exactly once per
/// iteration, unconditionally, by `v = v + c` or `v = v - c` with `c` the same in every
/// iteration: the reverse sweep restores it by undoing the update, without a tape.
/// Returns `c` and whether the update adds.
pub(crate) fn invertible_update(
    v: VarId,
    body: &Block,
    carried: &[VarId],
) -> Option<(Inact, bool)> {
    let mut found = None;
    for s in &body.stmts {
        if let Stmt::Set {
            var,
            val,
            def: false,
            ..
        } = s
        {
            if *var == v {
                if found.is_some() {
                    return None;
                }
                let Val::Inact(i) = val else { return None };
                found = Some(self_increment(v, &i.expr, carried)?);
            }
        }
    }
    let (c, add) = found?;
    // no other (nested, conditional) assignment of `v`
    let mut assigned = BTreeSet::new();
    let mut defined = BTreeSet::new();
    let nested: Vec<&Stmt> = body
        .stmts
        .iter()
        .filter(|s| !matches!(s, Stmt::Set { .. }))
        .collect();
    for s in nested {
        walk_defs(
            &Block {
                stmts: vec![s.clone()],
            },
            &mut assigned,
            &mut defined,
        );
    }
    if assigned.contains(&v) {
        return None;
    }
    // `c` is evaluated when the iteration is restored, before the body is replayed:
    // it may read the loop index and outer values, not what the body defines
    let mut all_defined = BTreeSet::new();
    walk_defs(body, &mut BTreeSet::new(), &mut all_defined);
    for u in all_defined {
        let mut f = PlaceholderCount { v: u, n: 0 };
        f.visit_expr(&c.expr);
        if f.n > 0 {
            return None;
        }
    }
    Some((c, add))
}

/// `ph_v + c` / `ph_v - c` where `c` reads no variable the loop changes.
fn self_increment(v: VarId, e: &syn::Expr, carried: &[VarId]) -> Option<(Inact, bool)> {
    let syn::Expr::Binary(b) = strip(e) else {
        return None;
    };
    let add = match b.op {
        syn::BinOp::Add(_) => true,
        syn::BinOp::Sub(_) => false,
        _ => return None,
    };
    let syn::Expr::Path(p) = strip(&b.left) else {
        return None;
    };
    if p.path.get_ident().and_then(placeholder_var) != Some(v) {
        return None;
    }
    let c = (*b.right).clone();
    for &u in carried {
        let mut f = PlaceholderCount { v: u, n: 0 };
        f.visit_expr(&c);
        if f.n > 0 {
            return None;
        }
    }
    Some((Inact { expr: c }, add))
}

fn strip(e: &syn::Expr) -> &syn::Expr {
    match e {
        syn::Expr::Paren(p) => strip(&p.expr),
        syn::Expr::Group(g) => strip(&g.expr),
        other => other,
    }
}

/// Where `v` is first assigned in `b` (for error messages about that loop).
pub(crate) fn first_assignment(v: VarId, b: &Block) -> Option<proc_macro2::Span> {
    b.stmts.iter().find_map(|s| match s {
        Stmt::Set {
            var,
            span,
            def: false,
            ..
        } if *var == v => Some(*span),
        Stmt::If { then_b, else_b, .. } => {
            first_assignment(v, then_b).or_else(|| first_assignment(v, else_b))
        }
        Stmt::For(l) => first_assignment(v, &l.body),
        Stmt::While { body, .. } => first_assignment(v, body),
        _ => None,
    })
}

/// Whether `b` holds a loop, at any depth (inside branches too).
pub(crate) fn has_loop(b: &Block) -> bool {
    b.stmts.iter().any(|s| match s {
        Stmt::For(_) | Stmt::While { .. } => true,
        Stmt::If { then_b, else_b, .. } => has_loop(then_b) || has_loop(else_b),
        _ => false,
    })
}

/// The span of the first statement of `b` that sets a variable (looking into nested
/// blocks): where an error about the block's buffers points.
pub(crate) fn first_assignment_any(b: &Block) -> Option<proc_macro2::Span> {
    b.stmts.iter().find_map(|s| match s {
        Stmt::Set { span, .. } => Some(*span),
        Stmt::If { then_b, else_b, .. } => {
            first_assignment_any(then_b).or_else(|| first_assignment_any(else_b))
        }
        Stmt::For(l) => first_assignment_any(&l.body),
        Stmt::While { body, .. } => first_assignment_any(body),
        _ => None,
    })
}

/// Whether the inactive expression reads variable `v`.
pub(crate) fn reads_placeholder(v: VarId, i: &Inact) -> bool {
    let mut f = PlaceholderCount { v, n: 0 };
    f.visit_expr(&i.expr);
    f.n > 0
}

/// Per variable: whether it is assigned exactly once in the whole body, outside every
/// loop. The adjoint of such a variable is consumed once, by that assignment's adjoint,
/// so it needs no reset to zero and no copy.
pub(crate) fn assigned_once(body: &Block, n_vars: usize) -> Vec<bool> {
    fn walk(b: &Block, in_loop: bool, count: &mut [usize]) {
        for s in &b.stmts {
            match s {
                Stmt::Set { var, .. } => {
                    // a loop runs its assignments any number of times
                    count[*var] += if in_loop { 2 } else { 1 };
                }
                Stmt::If { then_b, else_b, .. } => {
                    walk(then_b, in_loop, count);
                    walk(else_b, in_loop, count);
                }
                Stmt::For(l) => walk(&l.body, true, count),
                Stmt::While { body, .. } => walk(body, true, count),
                Stmt::Decl(_) | Stmt::Effect(_) => {}
            }
        }
    }
    let mut count = vec![0; n_vars];
    walk(body, false, &mut count);
    count.into_iter().map(|c| c == 1).collect()
}

/// Whether `b` writes into an out-parameter or a buffer, at any depth: the adjoints
/// of such writes take the element's adjoint in reverse order (the last write of an
/// element is the one that counts).
pub(crate) fn writes_output(b: &Block) -> bool {
    b.stmts.iter().any(|s| match s {
        Stmt::Set {
            val: Val::OutStore { .. } | Val::BufStore { .. },
            ..
        } => true,
        Stmt::If { then_b, else_b, .. } => writes_output(then_b) || writes_output(else_b),
        Stmt::For(l) => writes_output(&l.body),
        Stmt::While { body, .. } => writes_output(body),
        _ => false,
    })
}

/// Whether the carried variable `v` is updated in the loop body `body` only by one
/// unconditional selection of itself, `v = v.max(e)` or `v = v.min(e)` (either operand
/// order), and read nowhere else in the body: its adjoint then needs only which operand
/// each update selected, not the value. Returns the address of the selection's IR value
/// and the position of its other operand.
pub(crate) fn self_selection(v: VarId, body: &Block) -> Option<(usize, usize)> {
    let mut found = None;
    for s in &body.stmts {
        let Stmt::Set { var, val, .. } = s else {
            continue;
        };
        if *var != v {
            continue;
        }
        let Val::Rule {
            name,
            args,
            extra: None,
        } = val
        else {
            return None;
        };
        if found.is_some() || !matches!(*name, "max" | "min") {
            return None;
        }
        let is_v = |a: &Atom| matches!(a, Atom::Var(u) if *u == v);
        let other = match args.as_slice() {
            [a, b] if is_v(a) && !is_v(b) => 1,
            [a, b] if is_v(b) && !is_v(a) => 0,
            _ => return None,
        };
        found = Some((std::ptr::from_ref(val) as usize, other));
    }
    // the selection's own operand is the one read, and nothing nested assigns `v`
    let mut c = Counter {
        v,
        reads: 0,
        linear: 0,
        inactive_target: false,
    };
    c.block(body);
    let mut nested = BTreeSet::new();
    for s in body.stmts.iter().filter(|s| !matches!(s, Stmt::Set { .. })) {
        let one = Block {
            stmts: vec![s.clone()],
        };
        walk_defs(&one, &mut nested, &mut BTreeSet::new());
    }
    if c.reads != 1 || nested.contains(&v) {
        return None;
    }
    found
}
