//! Lowering a function body (syn) to the IR, and every "unsupported" error.
//!
//! Statements and control flow are lowered here; expressions in `lower_expr.rs`.
//! `return` is turned into structured `if`/`else` (only outside loops), `break` and
//! `continue` into flag variables that guard the rest of the loop body, and `for`
//! loops over slices into index loops, so the transformations only ever see
//! structured code.

pub(crate) mod desugar;
pub(crate) mod expr;
pub(crate) mod rules_table;
pub(crate) mod scope;

use crate::ir::{Atom, Block, Func, Inact, Output, Param, Stmt, Val, Var, VarId};
use proc_macro2::Span;
use scope::{Env, Scopes};
use syn::spanned::Spanned;
use syn::{Expr, Pat};

/// The result of lowering an expression.
#[derive(Clone, Debug)]
pub(crate) enum Lowered {
    /// A float carrying a derivative.
    Active(Atom),
    /// Anything else, placeholders in place of locals.
    Inactive(Expr),
    /// An active slice or array parameter, by index.
    Slice(usize),
    /// An array literal of floats (only as a function result).
    Array(Vec<Lowered>),
}

/// Flags that implement `break` / `continue` of the innermost loop.
#[derive(Clone, Copy)]
pub(crate) struct LoopCtx {
    pub skip: Option<VarId>,
    pub brk: Option<VarId>,
}

/// Lowering state for one function.
pub(crate) struct Lowerer {
    pub vars: Vec<Var>,
    pub params: Vec<Param>,
    pub scopes: Scopes,
    /// Activity of the user's variables (by declaration order) known from the previous
    /// pass (activity is a fixed point over loops).
    pub known_active: Vec<bool>,
    /// The user's `let` variables in declaration order.
    pub user_vars: Vec<VarId>,
    pub errors: Vec<syn::Error>,
    pub loops: Vec<LoopCtx>,
    /// Items (`const`, `fn`, `use`) declared inside the body, re-emitted in every
    /// generated function.
    pub items: Vec<syn::Item>,
    /// User type annotations of inactive `let`s, kept for inference.
    pub annotations: Vec<Option<syn::Type>>,
    /// The lowered body, once done.
    pub body_out: Block,
    /// Generic type parameters bounded by a float trait (`T::sin(x)` is a rule).
    pub float_generics: Vec<syn::Ident>,
    /// How many branches and loop bodies enclose the code being lowered (code at depth
    /// 0 runs exactly once in every generated function).
    pub nesting: usize,
    /// The position counters of recorded values with side effects (see `Val::Recorded`).
    pub draw_sites: Vec<VarId>,
}

pub(crate) type Res<T> = Result<T, syn::Error>;

pub(crate) fn err<T>(span: Span, msg: impl std::fmt::Display) -> Res<T> {
    Err(syn::Error::new(span, msg))
}

/// An error covering the whole syntax node (first to last token).
pub(crate) fn err_node<T>(node: &impl quote::ToTokens, msg: impl std::fmt::Display) -> Res<T> {
    Err(syn::Error::new_spanned(node, msg))
}

impl Lowerer {
    pub(crate) fn env(&self) -> Env<'_> {
        Env {
            scopes: &self.scopes,
            params: &self.params,
            vars: &self.vars,
        }
    }

    /// A new variable (a temporary, a loop index, a flag: its activity is known
    /// where it is defined).
    pub(crate) fn new_var(&mut self, name: &str, active: bool) -> VarId {
        let id = self.vars.len();
        self.vars.push(Var {
            name: sanitize(name),
            active,
            temp: false,
            float: false,
            user_ref: false,
            by_ref: false,
            user_mut: false,
        });
        self.annotations.push(None);
        id
    }

    /// A variable the user declares with `let`: it may be assigned an active value
    /// after it is first read (in a loop), so its activity comes from the previous
    /// pass too. User variables are counted in source order, which does not depend
    /// on activity (temporaries do), so the count identifies them across passes.
    pub(crate) fn new_user_var(&mut self, name: &str, active: bool) -> VarId {
        let ordinal = self.user_vars.len();
        let seeded = self.known_active.get(ordinal).copied().unwrap_or(false);
        let v = self.new_var(name, active || seeded);
        self.user_vars.push(v);
        v
    }

    pub(crate) fn mark_active(&mut self, v: VarId) {
        self.vars[v].active = true;
    }

    /// Lowers the whole function body; `array_len` is `Some` for `[F; M]` outputs.
    pub(crate) fn lower_body(&mut self, body: &syn::Block, array_out: bool) -> Option<Output> {
        self.scopes.push();
        let mut out = Vec::new();
        let value = self.lower_seq(&body.stmts, &mut out, true);
        self.scopes.pop();
        let span = body.brace_token.span.close();
        let value = match value {
            Ok(Some(v)) => v,
            Ok(None) => {
                self.errors.push(syn::Error::new(span, "a differentiable function must end with a value (a tail expression or `return`)"));
                return None;
            }
            Err(e) => {
                self.errors.push(e);
                return None;
            }
        };
        let output = match self.output_of(value, array_out, span) {
            Ok(o) => o,
            Err(e) => {
                self.errors.push(e);
                return None;
            }
        };
        // every recorded site counts its values from 0
        let mut stmts: Vec<Stmt> = self
            .draw_sites
            .iter()
            .map(|&pos| Stmt::Set {
                var: pos,
                val: Val::Inact(Inact {
                    expr: syn::parse_quote!(0usize),
                }),
                span,
                def: true,
            })
            .collect();
        stmts.extend(out);
        self.body_out = Block { stmts };
        Some(output)
    }

    fn output_of(&mut self, v: Lowered, array_out: bool, span: Span) -> Res<Output> {
        match (v, array_out) {
            (Lowered::Array(items), true) => {
                let atoms = items.into_iter().map(|l| self.as_atom(l, span)).collect::<Res<Vec<_>>>()?;
                Ok(Output::Array(atoms))
            }
            (Lowered::Array(_), false) => err(span, "this function returns a scalar, but the value is an array"),
            (other, true) => match other {
                Lowered::Slice(_) => err(span, "returning an input array is not supported; build the result as an array literal `[a, b, c]`"),
                _ => err(span, "a function returning `[F; M]` must end with an array literal `[a, b, c]` (or `return [..]`)"),
            },
            (other, false) => Ok(Output::Scalar(self.as_atom(other, span)?)),
        }
    }

    /// Makes an atom of a scalar value (inactive values become constants).
    pub(crate) fn as_atom(&mut self, l: Lowered, span: Span) -> Res<Atom> {
        match l {
            Lowered::Active(a) => Ok(a),
            Lowered::Inactive(e) => {
                // an element of inactive data bound by reference is a float behind `&`
                let by_ref = match &e {
                    Expr::Path(p) => p
                        .path
                        .get_ident()
                        .and_then(crate::ir::placeholder_var)
                        .is_some_and(|v| self.vars[v].by_ref),
                    _ => false,
                };
                let expr = if by_ref { syn::parse_quote!((*#e)) } else { e };
                Ok(Atom::Const(Inact { expr }))
            }
            Lowered::Slice(_) => err(
                span,
                "an active slice or array is used where a float is expected; index it: `x[i]`",
            ),
            Lowered::Array(_) => err(
                span,
                "array literals are only supported as the result of a function returning `[F; M]`",
            ),
        }
    }

    /// Lowers a statement sequence; returns its value (tail expression), if any.
    /// `top` is true where `return` may appear (function level, outside loops).
    pub(crate) fn lower_seq(
        &mut self,
        stmts: &[syn::Stmt],
        out: &mut Vec<Stmt>,
        top: bool,
    ) -> Res<Option<Lowered>> {
        for (k, s) in stmts.iter().enumerate() {
            let last = k + 1 == stmts.len();
            let rest = &stmts[k + 1..];
            // statements rewritten into the smaller grammar, then lowered with the rest
            if let Some(replaced) = self.desugar_stmt(s)? {
                let mut v = replaced;
                v.extend(rest.iter().cloned());
                return self.lower_seq(&v, out, top);
            }
            // `return e;`
            if let Some(ret) = as_return(s) {
                if !top {
                    return err_node(&ret, RETURN_MSG);
                }
                let e = match &ret.expr {
                    Some(e) => e,
                    None => {
                        return err_node(
                            &ret,
                            "`return` without a value in a differentiable function",
                        )
                    }
                };
                return self.lower_expr(e, out).map(Some);
            }
            // `if c { ...; return a; } rest`: becomes `if c { ...; return a; } else { rest }`.
            if let Some(ifx) = as_if_stmt(s) {
                if contains_return(&Expr::If(ifx.clone())) {
                    if !top {
                        return match first_return(&Expr::If(ifx.clone())) {
                            Some(r) => err_node(&r, RETURN_MSG),
                            None => err_node(ifx, RETURN_MSG),
                        };
                    }
                    return self.lower_returning_if(ifx, rest, out).map(Some);
                }
            }
            // a tail expression
            if last {
                if let syn::Stmt::Expr(e, None) = s {
                    let statement = desugar::is_statement_like(e)
                        || matches!(
                            e,
                            Expr::If(_)
                                | Expr::ForLoop(_)
                                | Expr::While(_)
                                | Expr::Loop(_)
                                | Expr::Block(_)
                        );
                    if !statement || is_value_if(e) {
                        return self.lower_expr(e, out).map(Some);
                    }
                }
            }
            let exits = stmt_exits(s);
            let guard_rest = exits && !rest.is_empty();
            match self.lower_stmt(s, out, last) {
                Ok(Some(v)) => return Ok(Some(v)),
                Ok(None) => {}
                Err(e) => self.errors.push(e),
            }
            if matches!(s, syn::Stmt::Expr(Expr::Break(_) | Expr::Continue(_), _)) {
                // the rest of this sequence is unreachable
                return Ok(None);
            }
            if guard_rest {
                // run the rest only when no `break`/`continue` happened
                let Some(ctx) = self.loops.last().copied() else {
                    return err_node(&s, "`break`/`continue` outside a loop");
                };
                let Some(skip) = ctx.skip else {
                    return err_node(&s, "internal: missing loop flag");
                };
                let mut inner = Vec::new();
                self.scopes.push();
                let v = self.lower_seq(rest, &mut inner, false);
                self.scopes.pop();
                if let Some(v) = v? {
                    if !self.discard(v, &mut inner) {
                        return err_node(
                            &s,
                            "a loop body cannot produce a value after `break`/`continue`",
                        );
                    }
                }
                let ph = crate::ir::placeholder(skip, Span::call_site());
                out.push(Stmt::If {
                    cond: Inact {
                        expr: syn::parse_quote!(!#ph),
                    },
                    then_b: Block { stmts: inner },
                    else_b: Block::default(),
                });
                return Ok(None);
            }
        }
        Ok(None)
    }

    /// `if c { A } else { B }; rest` where a branch returns: the value is
    /// `if c { A; rest } else { B; rest }` (`rest` is dead after a `return`).
    fn lower_returning_if(
        &mut self,
        ifx: &syn::ExprIf,
        rest: &[syn::Stmt],
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let then_stmts: Vec<syn::Stmt> =
            ifx.then_branch.stmts.iter().chain(rest).cloned().collect();
        let else_stmts: Vec<syn::Stmt> = match &ifx.else_branch {
            None => rest.to_vec(),
            Some((_, e)) => match &**e {
                Expr::Block(b) => b.block.stmts.iter().chain(rest).cloned().collect(),
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
    /// a variable first (see [`Lowerer::inactive_value`]).
    pub(crate) fn lower_if_cond(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Inact> {
        if self.is_impure(e) && !matches!(e, Expr::Let(_)) && self.hazard(e).is_none() {
            self.check_inactive_expr(e)?;
            return Ok(Inact {
                expr: self.inactive_value(e, out),
            });
        }
        self.lower_cond(e)
    }

    /// Lowers one statement; returns a value only for a block-valued tail.
    fn lower_stmt(
        &mut self,
        s: &syn::Stmt,
        out: &mut Vec<Stmt>,
        last: bool,
    ) -> Res<Option<Lowered>> {
        match s {
            syn::Stmt::Local(local) => self.lower_let(local, out).map(|_| None),
            syn::Stmt::Item(item) => {
                match item {
                    syn::Item::Const(_) | syn::Item::Use(_) | syn::Item::Fn(_) | syn::Item::Static(_) => {
                        self.items.push(item.clone())
                    }
                    other => return err_node(&other, "only `const`, `static`, `fn` and `use` items may appear inside a differentiable function"),
                }
                Ok(None)
            }
            syn::Stmt::Macro(m) => {
                self.lower_macro_stmt(&m.mac, out)?;
                Ok(None)
            }
            syn::Stmt::Expr(e, semi) => {
                let v = self.lower_expr_stmt(e, out)?;
                if semi.is_none() && last {
                    return Ok(v);
                }
                if let Some(v) = v {
                    self.discard(v, out);
                }
                Ok(None)
            }
        }
    }

    pub(crate) fn lower_macro_stmt(&mut self, mac: &syn::Macro, out: &mut Vec<Stmt>) -> Res<()> {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        // assertions only read values: on active values they check the primal
        let assertion = matches!(
            name.as_str(),
            "assert"
                | "assert_eq"
                | "assert_ne"
                | "debug_assert"
                | "debug_assert_eq"
                | "debug_assert_ne"
        );
        // printing reads values too (their primal part), once per call
        let printing = matches!(name.as_str(), "println" | "print" | "eprintln" | "eprint");
        if !assertion && !printing && self.mentions_active_in_macro(mac) {
            return err(
                mac.path.span(),
                format!("macro `{name}!` on an active value is not supported in a differentiable function; compute the value and use it outside, or copy the primal into a plain variable first"),
            );
        }
        let mut mac = mac.clone();
        mac.tokens = self.env().rewrite_macro(&mac);
        out.push(Stmt::Effect(Inact {
            expr: Expr::Macro(syn::ExprMacro {
                attrs: Vec::new(),
                mac,
            }),
        }));
        Ok(())
    }

    /// Whether a macro's arguments, or the names its format string captures, are active.
    fn mentions_active_in_macro(&self, mac: &syn::Macro) -> bool {
        fn active_placeholder(ts: proc_macro2::TokenStream, vars: &[Var]) -> bool {
            ts.into_iter().any(|tt| match tt {
                proc_macro2::TokenTree::Ident(id) => {
                    crate::ir::placeholder_var(&id).is_some_and(|v| vars[v].active)
                }
                proc_macro2::TokenTree::Group(g) => active_placeholder(g.stream(), vars),
                _ => false,
            })
        }
        let env = self.env();
        let rewritten = env.rewrite_macro(mac);
        env.tokens_mention_active(&rewritten) || active_placeholder(rewritten, &self.vars)
    }

    fn lower_let(&mut self, local: &syn::Local, out: &mut Vec<Stmt>) -> Res<()> {
        let first_new = self.vars.len();
        self.lower_let_inner(local, out)?;
        // the variables this `let` declares as `mut` (its patterns' names)
        let muts = mut_names(&local.pat);
        for v in first_new..self.vars.len() {
            if muts.contains(&self.vars[v].name) && self.user_vars.contains(&v) {
                self.vars[v].user_mut = true;
            }
        }
        Ok(())
    }

    fn lower_let_inner(&mut self, local: &syn::Local, out: &mut Vec<Stmt>) -> Res<()> {
        if let Some(init) = &local.init {
            if let Some((els, _)) = &init.diverge {
                return err(
                    els.span,
                    "`let ... else` is not supported in a differentiable function",
                );
            }
        }
        let (pat, ty) = match &local.pat {
            Pat::Type(pt) => (&*pt.pat, Some((*pt.ty).clone())),
            p => (p, None),
        };
        match (pat, &local.init) {
            (Pat::Tuple(_), Some(init)) => {
                // evaluate all right-hand sides first, then bind, as Rust does
                let mut binds = Vec::new();
                self.lower_tuple_binding(pat, &init.expr, out, &mut binds)?;
                for (name, v, span) in binds {
                    self.bind_new(name, None, v, span, out)?;
                }
                Ok(())
            }
            (p, Some(init)) if self.diverging_init(&init.expr).is_some() => {
                // `let v = if c { break } else { e };`: declare `v`, then assign it in the
                // branches that produce a value
                let name = pat_ident(p)?;
                let Some((pre, chain)) = self.diverging_init(&init.expr) else {
                    return Ok(());
                };
                if let Some(syn::Stmt::Local(l)) = &pre {
                    self.lower_let(l, out)?;
                }
                let v = self.new_user_var(&name.to_string(), false);
                self.annotations[v] = ty;
                out.push(Stmt::Decl(v));
                self.scopes.bind(name.to_string(), v);
                let assigned = desugar::assign_tails(&name, &chain);
                self.lower_if_stmt(&assigned, out)
            }
            (p, init) => {
                let name = pat_ident(p)?;
                match init {
                    Some(init) => {
                        let v = self.lower_expr(&init.expr, out)?;
                        self.bind_new(name, ty, v, init.expr.span(), out)
                    }
                    None => {
                        let v = self.new_user_var(&name.to_string(), false);
                        self.annotations[v] = ty;
                        out.push(Stmt::Decl(v));
                        self.scopes.bind(name.to_string(), v);
                        Ok(())
                    }
                }
            }
        }
    }

    /// A `let` initialiser with a branch that leaves the loop or the function: the `if`
    /// chain (a `match` is desugared first, with the `let` of its scrutinee).
    fn diverging_init(&self, e: &Expr) -> Option<(Option<syn::Stmt>, syn::ExprIf)> {
        match e {
            Expr::Paren(p) => self.diverging_init(&p.expr),
            Expr::If(i) if desugar::has_diverging_branch(i) => Some((None, i.clone())),
            Expr::Match(m) => {
                let (pre, chain) = desugar::match_to_if(m).ok()?;
                match chain {
                    Expr::If(i) if desugar::has_diverging_branch(&i) => Some((Some(pre), i)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// A statement the desugaring rewrites: a `match` that does more than compute an
    /// inactive value, a `while` whose condition has statements.
    fn desugar_stmt(&self, s: &syn::Stmt) -> Res<Option<Vec<syn::Stmt>>> {
        match s {
            syn::Stmt::Expr(Expr::Match(m), semi) if self.match_needs_lowering(m) => {
                let (pre, chain) = desugar::match_to_if(m)?;
                Ok(Some(vec![pre, syn::Stmt::Expr(chain, *semi)]))
            }
            syn::Stmt::Expr(Expr::While(w), semi)
                if w.label.is_none() && desugar::cond_has_statements(&w.cond) =>
            {
                let l = desugar::while_to_loop(w)?;
                Ok(Some(vec![syn::Stmt::Expr(Expr::Loop(l), *semi)]))
            }
            _ => Ok(None),
        }
    }

    /// Whether a `match` must be lowered arm by arm: it reads an active value, or its
    /// arms leave a loop or the function, assign a local or declare variables.
    pub(crate) fn match_needs_lowering(&self, m: &syn::ExprMatch) -> bool {
        let e = Expr::Match(m.clone());
        self.env().mentions_active(&e) || self.hazard(&e).is_some() || contains_let_stmt(&e)
    }

    /// The first construct in `e` that cannot be copied into the generated code as it
    /// is (see [`desugar::hazard`]).
    pub(crate) fn hazard(&self, e: &Expr) -> Option<desugar::Hazard> {
        let env = self.env();
        desugar::hazard(e, &|name| env.resolve(name).is_some())
    }

    /// Emits a value nobody uses: an inactive one still runs (it may have effects), an
    /// active one is dropped (it is pure). Returns false for values that cannot be
    /// discarded (arrays, slices).
    pub(crate) fn discard(&mut self, v: Lowered, out: &mut Vec<Stmt>) -> bool {
        match v {
            Lowered::Inactive(e) => {
                // (an empty statement `;` is an empty verbatim expression)
                let empty = matches!(&e, Expr::Verbatim(ts) if ts.is_empty());
                if !is_plain_path(&e) && !empty {
                    out.push(Stmt::Effect(Inact {
                        expr: let_underscore(e),
                    }));
                }
                true
            }
            Lowered::Active(_) => true,
            Lowered::Slice(_) | Lowered::Array(_) => false,
        }
    }

    /// Lowers the value bound to a (possibly nested) tuple pattern into one value per name.
    fn lower_tuple_binding(
        &mut self,
        pat: &Pat,
        e: &Expr,
        out: &mut Vec<Stmt>,
        binds: &mut Vec<(syn::Ident, Lowered, Span)>,
    ) -> Res<()> {
        let Pat::Tuple(tp) = pat else {
            let name = pat_ident(pat)?;
            let v = self.lower_expr(e, out)?;
            binds.push((name, v, e.span()));
            return Ok(());
        };
        match e {
            Expr::Paren(p) => self.lower_tuple_binding(pat, &p.expr, out, binds),
            Expr::Tuple(tup) if tup.elems.len() == tp.elems.len() => {
                for (p, sub) in tp.elems.iter().zip(&tup.elems) {
                    self.lower_tuple_binding(p, sub, out, binds)?;
                }
                Ok(())
            }
            Expr::Tuple(_) => err_node(tp, "tuple pattern and tuple expression have different lengths"),
            Expr::MethodCall(m) if m.method == "sin_cos" => err_node(e, "`sin_cos` returns a tuple, which is not supported in a differentiable function; call `sin()` and `cos()` separately"),
            _ if !self.env().mentions_active(e) => {
                // an inactive tuple value: hold it, then take its fields
                let tmp = self.new_var("tuple", false);
                let (val, advance) = self.record_if_effectful(Val::Inact(Inact { expr: self.env().rewrite(e) }), e.span());
                out.push(Stmt::Set { var: tmp, val, span: e.span(), def: true });
                out.extend(advance);
                let ph = crate::ir::placeholder(tmp, e.span());
                for (k, p) in tp.elems.iter().enumerate() {
                    let k = syn::Index::from(k);
                    let field: Expr = syn::parse_quote!(#ph.#k);
                    self.lower_tuple_binding(p, &field, out, binds)?;
                }
                Ok(())
            }
            _ => err_node(e, "a tuple pattern must be bound to a tuple expression `(a, b)`; calls returning tuples of active values are not supported: return one value per function, or inline the call"),
        }
    }

    /// `let name = value;`
    fn bind_new(
        &mut self,
        name: syn::Ident,
        ty: Option<syn::Type>,
        value: Lowered,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Res<()> {
        let (active, val) = match value {
            Lowered::Active(a) => (true, Val::Atom(a)),
            Lowered::Inactive(e) => (false, Val::Inact(Inact { expr: e })),
            Lowered::Slice(_) => return err(span, "binding an active slice or array to a new name is not supported; index the parameter directly"),
            Lowered::Array(_) => return err(span, "local arrays of active values are not supported; use separate variables, or return the array literal directly"),
        };
        let v = self.new_user_var(&name.to_string(), active);
        let is_float_ty = ty
            .as_ref()
            .is_some_and(|t| crate::front::signature::is_float(t, &self.float_generics));
        self.vars[v].float |=
            is_float_ty || matches!(&val, Val::Inact(i) if self.is_float_expr(&i.expr));
        let val = self.coerce(v, val);
        if !self.vars[v].active {
            self.annotations[v] = ty;
        }
        let (val, advance) = self.record_if_effectful(val, span);
        let folded = self.fold_temp(v, &val, out);
        if !folded {
            out.push(Stmt::Set {
                var: v,
                val,
                span,
                def: true,
            });
        }
        if let Some(Stmt::Set { def, .. }) = out.last_mut() {
            if folded {
                *def = true;
            }
        }
        out.extend(advance);
        self.scopes.bind(name.to_string(), v);
        Ok(())
    }

    /// An inactive value with possible side effects, computed inside a branch or loop
    /// the reverse sweep replays, becomes a recorded value; returns it and the statement
    /// advancing its position counter (to run right after it).
    pub(crate) fn record_if_effectful(&mut self, val: Val, span: Span) -> (Val, Option<Stmt>) {
        match val {
            Val::Inact(i) if self.nesting > 0 && self.is_impure(&i.expr) => {
                let pos = self.new_var("draw_pos", false);
                self.draw_sites.push(pos);
                let ph = crate::ir::placeholder(pos, span);
                let advance = Stmt::Set {
                    var: pos,
                    val: Val::Inact(Inact {
                        expr: syn::parse_quote!(#ph + 1usize),
                    }),
                    span,
                    def: false,
                };
                (Val::Recorded { expr: i, pos }, Some(advance))
            }
            other => (other, None),
        }
    }

    /// An inactive value stored in an active variable becomes a constant atom.
    pub(crate) fn coerce(&self, v: VarId, val: Val) -> Val {
        match val {
            Val::Inact(i) if self.vars[v].active => Val::Atom(Atom::Const(i)),
            other => other,
        }
    }

    /// Assigns to an existing variable (`x = e`, `x += e`).
    pub(crate) fn assign(
        &mut self,
        v: VarId,
        value: Lowered,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Res<()> {
        let val =
            match value {
                Lowered::Active(a) => {
                    self.mark_active(v);
                    Val::Atom(a)
                }
                Lowered::Inactive(e) => {
                    self.vars[v].float |= self.is_float_expr(&e);
                    Val::Inact(Inact { expr: e })
                }
                Lowered::Slice(_) | Lowered::Array(_) => return err(
                    span,
                    "cannot assign an array or slice to a variable in a differentiable function",
                ),
            };
        let val = self.coerce(v, val);
        let (val, advance) = self.record_if_effectful(val, span);
        if !self.fold_temp(v, &val, out) {
            out.push(Stmt::Set {
                var: v,
                val,
                span,
                def: false,
            });
        }
        out.extend(advance);
        Ok(())
    }

    /// `t = a + b; v = t;` -> `v = a + b;` when `t` is a temporary defined by the
    /// last statement: fewer copies, and `s += e` stays visibly a linear update.
    fn fold_temp(&mut self, v: VarId, val: &Val, out: &mut [Stmt]) -> bool {
        let Val::Atom(Atom::Var(t)) = val else {
            return false;
        };
        if !self.vars[*t].temp || self.vars[*t].active != self.vars[v].active {
            return false;
        }
        match out.last_mut() {
            Some(Stmt::Set { var, def, .. }) if *var == *t && *def => {
                *var = v;
                *def = false;
                true
            }
            _ => false,
        }
    }
}

const RETURN_MSG: &str = "early `return` is supported at the function level only (not inside loops or nested blocks) in a differentiable function; store the result in a variable, `break` out of the loop, and return after it";

fn as_return(s: &syn::Stmt) -> Option<&syn::ExprReturn> {
    match s {
        syn::Stmt::Expr(Expr::Return(r), _) => Some(r),
        _ => None,
    }
}

fn as_if_stmt(s: &syn::Stmt) -> Option<&syn::ExprIf> {
    match s {
        syn::Stmt::Expr(Expr::If(i), _) => Some(i),
        _ => None,
    }
}

/// An `if` used for its value: it has an `else` and its branches end in a tail expression.
fn is_value_if(e: &Expr) -> bool {
    match e {
        Expr::If(i) => {
            i.else_branch.is_some()
                && matches!(i.then_branch.stmts.last(), Some(syn::Stmt::Expr(e, None)) if !desugar::is_statement_like(e))
        }
        Expr::Block(b) => {
            matches!(b.block.stmts.last(), Some(syn::Stmt::Expr(e, None)) if !desugar::is_statement_like(e))
        }
        _ => false,
    }
}

/// The single identifier a pattern binds (`x`, `mut x`, `_`).
pub(crate) fn pat_ident(p: &Pat) -> Res<syn::Ident> {
    match p {
        Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => Ok(pi.ident.clone()),
        Pat::Wild(w) => Ok(syn::Ident::new("_", w.underscore_token.span)),
        Pat::Type(t) => pat_ident(&t.pat),
        other => err_node(&other, "unsupported pattern in a differentiable function; bind a plain name or a tuple of names"),
    }
}

/// Turns a user name into a valid identifier fragment.
fn sanitize(name: &str) -> String {
    name.trim_start_matches("r#")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Whether a statement may `break`/`continue` the enclosing loop.
fn stmt_exits(s: &syn::Stmt) -> bool {
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
fn first_return(e: &Expr) -> Option<syn::ExprReturn> {
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
fn contains_return(e: &Expr) -> bool {
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

/// Builds the IR of a whole function.
pub(crate) fn finish(l: Lowerer, output: Output) -> Func {
    Func {
        vars: l.vars,
        params: l.params,
        body: l.body_out,
        output,
        items: l.items,
        annotations: l.annotations,
    }
}

/// A lone variable or constant: discarding it does nothing.
fn is_plain_path(e: &Expr) -> bool {
    matches!(e, Expr::Path(_) | Expr::Lit(_))
}

/// Whether a `let` statement appears in `e` (outside closures).
pub(crate) fn contains_let_stmt(e: &Expr) -> bool {
    struct Find(bool);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_local(&mut self, _: &'ast syn::Local) {
            self.0 = true;
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    }
    let mut f = Find(false);
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}

/// The names a pattern declares `mut`.
fn mut_names(p: &Pat) -> Vec<String> {
    struct Find(Vec<String>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            if p.mutability.is_some() {
                self.0.push(sanitize(&p.ident.to_string()));
            }
        }
    }
    let mut f = Find(Vec::new());
    syn::visit::Visit::visit_pat(&mut f, p);
    f.0
}

/// `{ let _ = e; }`, built without re-parsing `e` (which may be any expression).
fn let_underscore(e: Expr) -> Expr {
    let local = syn::Local {
        attrs: Vec::new(),
        modifiers: Default::default(),
        let_token: Default::default(),
        pat: Pat::Wild(syn::PatWild {
            attrs: Vec::new(),
            underscore_token: Default::default(),
        }),
        init: Some(syn::LocalInit {
            eq_token: Default::default(),
            expr: Box::new(e),
            diverge: None,
        }),
        semi_token: Default::default(),
    };
    Expr::Block(syn::ExprBlock {
        attrs: Vec::new(),
        label: None,
        block: syn::Block {
            brace_token: Default::default(),
            stmts: vec![syn::Stmt::Local(local)],
        },
    })
}
