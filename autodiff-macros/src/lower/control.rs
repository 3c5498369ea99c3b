//! Control flow: `if` (as statement and value, with `return` in a branch), loops
//! (`for` over ranges and slices, `while`, `loop`) with `break`/`continue` as flags.

use super::desugar;
use super::{err, err_node, pat_ident, LoopCtx, Lowered, Lowerer, Res};
use crate::ir::*;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::Expr;

impl Lowerer {
    /// `if c { A } else { B }; rest` where a branch returns: the value is
    /// `if c { A; rest } else { B; rest }` (`rest` is dead after a `return`).
    pub(super) fn lower_returning_if(
        &mut self,
        ifx: &syn::ExprIf,
        rest: &[syn::Stmt],
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        // the rest runs after the branch's statements, but sees only what was in scope
        // at the `if` (not the branch's own variables)
        let barrier: Vec<syn::Stmt> = if rest.is_empty() {
            Vec::new()
        } else {
            vec![self.scope_barrier()]
        };
        let then_stmts: Vec<syn::Stmt> = ifx
            .then_branch
            .stmts
            .iter()
            .cloned()
            .chain(barrier.iter().cloned())
            .chain(rest.iter().cloned())
            .collect();
        let else_stmts: Vec<syn::Stmt> = match &ifx.else_branch {
            None => rest.to_vec(),
            Some((_, e)) => match &**e {
                Expr::Block(b) => b
                    .block
                    .stmts
                    .iter()
                    .cloned()
                    .chain(barrier)
                    .chain(rest.iter().cloned())
                    .collect(),
                Expr::If(inner) => {
                    let mut v = vec![syn::Stmt::Expr(Expr::If(inner.clone()), None)];
                    v.extend(rest.iter().cloned());
                    v
                }
                other => return err_node(&other, "unsupported `else` branch"),
            },
        };
        let cond = self.lower_if_cond(&ifx.cond, out)?;
        self.lower_branches(cond, &then_stmts, &else_stmts, true, ifx.if_token.span, out)
    }

    /// Lowers `if cond { then } else { els }` in value position.
    pub(crate) fn lower_branches(
        &mut self,
        cond: Inact,
        then: &[syn::Stmt],
        els: &[syn::Stmt],
        top: bool,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let mut tb = Vec::new();
        self.nesting += 1;
        self.scopes.push();
        let tv = self.lower_seq(then, &mut tb, top);
        self.scopes.pop();
        let mut eb = Vec::new();
        self.scopes.push();
        let ev = self.lower_seq(els, &mut eb, top);
        self.scopes.pop();
        self.nesting -= 1;
        let (tv, ev) = (tv?, ev?);
        let (Some(tv), Some(ev)) = (tv, ev) else {
            let leaves = |stmts: &[syn::Stmt]| {
                stmts
                    .last()
                    .is_some_and(|st| matches!(st, syn::Stmt::Expr(e, _) if expr_exits(e)))
            };
            if leaves(then) || leaves(els) {
                return Err(crate::lower::expr::hazard_error(desugar::Hazard::Exit(
                    span,
                )));
            }
            return err(
                span,
                "both branches of this `if` must produce a value (add an `else` branch)",
            );
        };
        match (tv, ev) {
            (Lowered::Array(a), Lowered::Array(b)) if a.len() == b.len() => {
                let mut vars = Vec::new();
                let mut ta = Vec::new();
                let mut eb_atoms = Vec::new();
                for (x, y) in a.into_iter().zip(b) {
                    ta.push(self.as_atom(x, span)?);
                    eb_atoms.push(self.as_atom(y, span)?);
                }
                for (x, y) in ta.into_iter().zip(eb_atoms) {
                    let v = self.new_var("branch", true);
                    out.push(Stmt::Decl(v));
                    tb.push(Stmt::Set {
                        var: v,
                        val: Val::Atom(x),
                        span,
                        def: false,
                    });
                    eb.push(Stmt::Set {
                        var: v,
                        val: Val::Atom(y),
                        span,
                        def: false,
                    });
                    vars.push(Lowered::Active(Atom::Var(v)));
                }
                out.push(Stmt::If {
                    cond,
                    then_b: Block { stmts: tb },
                    else_b: Block { stmts: eb },
                });
                Ok(Lowered::Array(vars))
            }
            (tv, ev) => {
                let active = matches!(tv, Lowered::Active(_)) || matches!(ev, Lowered::Active(_));
                if !active {
                    if let (Lowered::Inactive(a), Lowered::Inactive(b)) = (&tv, &ev) {
                        // an inactive value computed under an active-dependent branch
                        let v = self.new_var("branch", false);
                        // its type is what the branches' values show
                        self.vars[v].float = self.is_float_expr(a) || self.is_float_expr(b);
                        self.vars[v].type_unseen = !self.vars[v].float
                            && (self.is_type_unseen_expr(a) || self.is_type_unseen_expr(b));
                        out.push(Stmt::Decl(v));
                        tb.push(Stmt::Set {
                            var: v,
                            val: Val::Inact(Inact { expr: a.clone() }),
                            span,
                            def: false,
                        });
                        eb.push(Stmt::Set {
                            var: v,
                            val: Val::Inact(Inact { expr: b.clone() }),
                            span,
                            def: false,
                        });
                        out.push(Stmt::If {
                            cond,
                            then_b: Block { stmts: tb },
                            else_b: Block { stmts: eb },
                        });
                        let ph = crate::ir::placeholder(v, span);
                        return Ok(Lowered::Inactive(syn::parse_quote!(#ph)));
                    }
                }
                let v = self.new_var("branch", true);
                let ta = self.as_atom(tv, span)?;
                let ea = self.as_atom(ev, span)?;
                out.push(Stmt::Decl(v));
                tb.push(Stmt::Set {
                    var: v,
                    val: Val::Atom(ta),
                    span,
                    def: false,
                });
                eb.push(Stmt::Set {
                    var: v,
                    val: Val::Atom(ea),
                    span,
                    def: false,
                });
                out.push(Stmt::If {
                    cond,
                    then_b: Block { stmts: tb },
                    else_b: Block { stmts: eb },
                });
                Ok(Lowered::Active(Atom::Var(v)))
            }
        }
    }

    /// A condition: any boolean expression; active values in it are read as plain values.
    pub(crate) fn lower_cond(&mut self, e: &Expr) -> Res<Inact> {
        if let Expr::Let(l) = e {
            return err(l.let_token.span, "`if let` / `while let` is not supported in a differentiable function; use a plain condition");
        }
        self.check_inactive_expr(e)?;
        if let Some(h) = self.hazard(e) {
            return Err(crate::lower::expr::hazard_error(h));
        }
        if self.is_impure(e) {
            return err_node(e, "a loop condition with side effects (a `&mut` borrow or argument) is not supported in a differentiable function: the reverse sweep evaluates it again; draw the value in the body (`let u = rng.uniform();`) and `break` on it");
        }
        Ok(Inact {
            expr: self.env().rewrite(e),
        })
    }

    /// The condition of an `if`: evaluated once, so one with side effects is held in
    /// a variable first (see [`Lowerer::inactive_value`]), and a reduction of an
    /// iterator chain over active values is computed before it.
    pub(crate) fn lower_if_cond(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Inact> {
        let hoisted;
        let e = if matches!(e, Expr::Let(_)) {
            e
        } else {
            let chains = self.hoist_reductions(e, out)?;
            hoisted = self.hoist_buffer_reads(&chains, out)?;
            &hoisted
        };
        if self.is_impure(e) && !matches!(e, Expr::Let(_)) && self.hazard(e).is_none() {
            self.check_inactive_expr(e)?;
            return Ok(Inact {
                expr: self.inactive_value(e, out),
            });
        }
        self.lower_cond(e)
    }

    pub(crate) fn lower_if_stmt(&mut self, i: &syn::ExprIf, out: &mut Vec<Stmt>) -> Res<()> {
        let cond = self.lower_if_cond(&i.cond, out)?;
        let mut tb = Vec::new();
        self.scopes.push();
        self.nesting += 1;
        let r = self.lower_seq(&i.then_branch.stmts, &mut tb, false);
        self.scopes.pop();
        let r = r.map(|v| {
            if let Some(v) = v {
                self.discard(v, &mut tb);
            }
        });
        if let Err(e) = r {
            self.nesting -= 1;
            return Err(e);
        }
        let mut eb = Vec::new();
        if let Some((_, els)) = &i.else_branch {
            self.scopes.push();
            let r = match &**els {
                Expr::Block(b) => self.lower_seq(&b.block.stmts, &mut eb, false),
                other => self.lower_expr_stmt(other, &mut eb),
            };
            self.scopes.pop();
            let r = r.map(|v| {
                if let Some(v) = v {
                    self.discard(v, &mut eb);
                }
            });
            if let Err(e) = r {
                self.nesting -= 1;
                return Err(e);
            }
        }
        self.nesting -= 1;
        out.push(Stmt::If {
            cond,
            then_b: Block { stmts: tb },
            else_b: Block { stmts: eb },
        });
        Ok(())
    }

    /// Lowers a loop body with fresh `break`/`continue` flags; `prologue` binds
    /// per-iteration variables (loop index, elements) in the body's scope.
    pub(super) fn lower_loop_body(
        &mut self,
        stmts: &[syn::Stmt],
        prologue: impl FnOnce(&mut Lowerer, &mut Vec<Stmt>) -> Res<()>,
    ) -> Res<(Block, Option<VarId>)> {
        let (has_break, has_continue) = scan_exits(stmts);
        let mut body = Vec::new();
        self.scopes.push();
        let skip = (has_break || has_continue).then(|| self.new_flag("skip", &mut body));
        let brk = has_break.then(|| self.new_flag("brk", &mut body));
        self.loops.push(LoopCtx { skip, brk });
        self.nesting += 1;
        let r = prologue(self, &mut body).and_then(|_| self.lower_seq(stmts, &mut body, false));
        self.nesting -= 1;
        self.loops.pop();
        self.scopes.pop();
        if let Some(v) = r? {
            if matches!(v, Lowered::Active(_)) || !self.discard(v, &mut body) {
                let span = stmts.last().map_or_else(Span::call_site, Spanned::span);
                return err(
                    span,
                    "a loop body cannot produce a value; end the statement with `;`",
                );
            }
        }
        Ok((Block { stmts: body }, brk))
    }

    pub(super) fn new_flag(&mut self, name: &str, body: &mut Vec<Stmt>) -> VarId {
        let v = self.new_var(name, false);
        body.push(Stmt::Set {
            var: v,
            val: Val::Inact(Inact {
                expr: syn::parse_quote!(false),
            }),
            span: Span::call_site(),
            def: true,
        });
        v
    }

    pub(super) fn set_flag(&mut self, flag: Option<VarId>, out: &mut Vec<Stmt>) {
        self.set_flag_at(flag, Span::call_site(), out);
    }

    /// [`Self::set_flag`] spanned at the statement that sets it (`break`), for errors
    /// about the loop it leaves.
    pub(super) fn set_flag_at(&mut self, flag: Option<VarId>, span: Span, out: &mut Vec<Stmt>) {
        if let Some(f) = flag {
            out.push(Stmt::Set {
                var: f,
                val: Val::Inact(Inact {
                    expr: syn::parse_quote!(true),
                }),
                span,
                def: false,
            });
        }
    }

    pub(super) fn lower_for(&mut self, f: &syn::ExprForLoop, out: &mut Vec<Stmt>) -> Res<()> {
        if f.label.is_some() {
            return err_node(&f.label, LABEL_MSG);
        }
        if let Expr::Range(r) = &*f.expr {
            let (Some(lo), Some(hi)) = (&r.start, &r.end) else {
                return err_node(&r, "a `for` loop range needs both ends: `a..b` or `a..=b`");
            };
            let lo = Inact {
                expr: self.inactive_value(lo, out),
            };
            let hi = Inact {
                expr: self.inactive_value(hi, out),
            };
            let inclusive = matches!(r.limits, syn::RangeLimits::Closed(_));
            let name = pat_ident(&f.pat)?;
            let idx = self.new_var(&name.to_string(), false);
            let (body, brk) = self.lower_loop_body(&f.body.stmts, |l, _| {
                l.scopes.bind(name.to_string(), idx);
                Ok(())
            })?;
            out.push(Stmt::For(ForLoop {
                idx,
                lo,
                hi,
                inclusive,
                body,
                brk,
            }));
            return Ok(());
        }
        if let Some(r) = reversed_range(&f.expr) {
            // `for i in (a..b).rev()`: an index loop `k` over `a..b` with `i = a + b - 1 - k`
            let (Some(lo), Some(hi)) = (&r.start, &r.end) else {
                return err_node(r, "a `for` loop range needs both ends: `(a..b).rev()`");
            };
            // the bounds are read once, before the loop, as the range is built once:
            // the body may change the variables they mention
            let lo = self.snapshot("lo", self.env().rewrite(lo), r.span(), out);
            let hi = self.snapshot("hi", self.env().rewrite(hi), r.span(), out);
            let inclusive = matches!(r.limits, syn::RangeLimits::Closed(_));
            let name = pat_ident(&f.pat)?;
            let k = self.new_var("k", false);
            let idx_val: Expr = if inclusive {
                let ph = placeholder(k, name.span());
                syn::parse_quote!((#lo) + (#hi) - #ph)
            } else {
                let ph = placeholder(k, name.span());
                syn::parse_quote!((#lo) + (#hi) - 1 - #ph)
            };
            let (body, brk) = self.lower_loop_body(&f.body.stmts, |l, body| {
                let i = l.new_var(&name.to_string(), false);
                body.push(Stmt::Set {
                    var: i,
                    val: Val::Inact(Inact { expr: idx_val }),
                    span: name.span(),
                    def: true,
                });
                l.scopes.bind(name.to_string(), i);
                Ok(())
            })?;
            out.push(Stmt::For(ForLoop {
                idx: k,
                lo: Inact { expr: lo },
                hi: Inact { expr: hi },
                inclusive,
                body,
                brk,
            }));
            return Ok(());
        }
        // slices, windows, chunks and adapted ranges: an iterator chain
        self.lower_chain_for(f, out)
    }
}

pub(super) const LABEL_MSG: &str = "loop labels are not supported in a differentiable function; use a `bool` flag set before a plain `break` and checked by the outer loop";

/// `(a..b).rev()` (parentheses optional), as a range.
pub(super) fn reversed_range(e: &Expr) -> Option<&syn::ExprRange> {
    let Expr::MethodCall(m) = e else { return None };
    if m.method != "rev" || !m.args.is_empty() {
        return None;
    }
    let mut r = &*m.receiver;
    while let Expr::Paren(p) = r {
        r = &p.expr;
    }
    match r {
        Expr::Range(range) => Some(range),
        _ => None,
    }
}

/// Whether both branches of an `if` end in a value (so it is an expression).
pub(super) fn value_branches(i: &syn::ExprIf) -> bool {
    block_has_value(&i.then_branch)
        && match i.else_branch.as_ref().map(|(_, e)| &**e) {
            Some(Expr::Block(b)) => block_has_value(&b.block),
            Some(Expr::If(ii)) => ii.else_branch.is_some() && value_branches(ii),
            _ => false,
        }
}

/// Whether a block ends in a value: a tail expression that is not a loop or a statement,
/// and, for a tail `if` or block, one that itself ends in values (`if c { if d { s += 1.0; } }`
/// ends in a statement, whatever its `else` branch ends in).
fn block_has_value(b: &syn::Block) -> bool {
    matches!(b.stmts.last(), Some(syn::Stmt::Expr(e, None)) if !crate::lower::desugar::is_statement_like(e) && match e {
        Expr::If(ii) => ii.else_branch.is_some() && value_branches(ii),
        Expr::Block(bb) => block_has_value(&bb.block),
        Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) => false,
        _ => true,
    })
}

/// `(has break, has continue)` for the loop owning `stmts` (not nested loops).
pub(super) fn scan_exits(stmts: &[syn::Stmt]) -> (bool, bool) {
    struct Scan {
        brk: bool,
        cont: bool,
    }
    impl<'ast> syn::visit::Visit<'ast> for Scan {
        fn visit_expr_break(&mut self, _: &'ast syn::ExprBreak) {
            self.brk = true;
        }
        fn visit_expr_continue(&mut self, _: &'ast syn::ExprContinue) {
            self.cont = true;
        }
        fn visit_expr_for_loop(&mut self, _: &'ast syn::ExprForLoop) {}
        fn visit_expr_while(&mut self, _: &'ast syn::ExprWhile) {}
        fn visit_expr_loop(&mut self, _: &'ast syn::ExprLoop) {}
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut s = Scan {
        brk: false,
        cont: false,
    };
    for st in stmts {
        syn::visit::Visit::visit_stmt(&mut s, st);
    }
    (s.brk, s.cont)
}

/// Whether a statement may `break`/`continue` the enclosing loop.
pub(super) fn stmt_exits(s: &syn::Stmt) -> bool {
    match s {
        syn::Stmt::Expr(e, _) => expr_exits(e),
        syn::Stmt::Local(l) => l.init.as_ref().is_some_and(|i| expr_exits(&i.expr)),
        _ => false,
    }
}

/// `break`/`continue` of the enclosing loop inside `e` (not inside nested loops).
pub(crate) fn expr_exits(e: &Expr) -> bool {
    match e {
        Expr::Break(_) | Expr::Continue(_) => true,
        Expr::If(i) => {
            i.then_branch.stmts.iter().any(stmt_exits)
                || i.else_branch.as_ref().is_some_and(|(_, e)| expr_exits(e))
        }
        Expr::Block(b) => b.block.stmts.iter().any(stmt_exits),
        Expr::Match(m) => m.arms.iter().any(|a| expr_exits(&a.body)),
        Expr::Paren(p) => expr_exits(&p.expr),
        _ => false,
    }
}

/// The first `return` expression inside `e`.
pub(super) fn first_return(e: &Expr) -> Option<syn::ExprReturn> {
    struct Find(Option<syn::ExprReturn>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_expr_return(&mut self, r: &'ast syn::ExprReturn) {
            if self.0.is_none() {
                self.0 = Some(r.clone());
            }
        }
    }
    let mut f = Find(None);
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}

/// `return` inside `e`, outside nested loops and closures.
pub(super) fn contains_return(e: &Expr) -> bool {
    let stmt_has = |s: &syn::Stmt| match s {
        syn::Stmt::Expr(e, _) => contains_return(e),
        syn::Stmt::Local(l) => l.init.as_ref().is_some_and(|i| contains_return(&i.expr)),
        _ => false,
    };
    match e {
        Expr::Return(_) => true,
        Expr::If(i) => {
            i.then_branch.stmts.iter().any(stmt_has)
                || i.else_branch
                    .as_ref()
                    .is_some_and(|(_, e)| contains_return(e))
        }
        Expr::Block(b) => b.block.stmts.iter().any(stmt_has),
        _ => false,
    }
}
