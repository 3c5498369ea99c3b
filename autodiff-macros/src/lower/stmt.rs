//! Statement sequences: tails and values, `let` (with tuple patterns and branches that
//! leave the loop), statement macros, side effects held once, and what happens to
//! values nobody reads.

use super::control::{contains_return, first_return, stmt_exits};
use super::desugar;
use super::{err, err_node, pat_ident, sanitize, Lowered, Lowerer, Res};
use crate::ir::*;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Expr, Pat};

impl Lowerer {
    /// Lowers a statement sequence; returns its value (tail expression), if any.
    /// `top` is true where `return` may appear (function level, outside loops).
    pub(crate) fn lower_seq(
        &mut self,
        stmts: &[syn::Stmt],
        out: &mut Vec<Stmt>,
        top: bool,
    ) -> Res<Option<Lowered>> {
        // scope barriers met in the sequence open frames; they close with it
        let depth = self.scopes.depth();
        let r = self.lower_seq_open(stmts, out, top);
        self.scopes.truncate(depth);
        r
    }

    /// A statement marking where code moved after a block starts (see
    /// [`super::scope::Scopes::barrier`]); it remembers the scope at the `if`.
    pub(super) fn scope_barrier(&mut self) -> syn::Stmt {
        let id = self.barriers.len();
        self.barriers.push(self.scopes.snapshot());
        let marker = syn::Ident::new(
            &format!("__ad_scope_barrier_{id}"),
            proc_macro2::Span::call_site(),
        );
        syn::Stmt::Item(syn::Item::Verbatim(quote::quote!(#marker)))
    }

    /// The barrier a statement marks, if it is one of [`Lowerer::scope_barrier`]'s.
    fn barrier_of(&self, s: &syn::Stmt) -> Option<usize> {
        let syn::Stmt::Item(syn::Item::Verbatim(ts)) = s else {
            return None;
        };
        let id: usize = ts
            .to_string()
            .strip_prefix("__ad_scope_barrier_")?
            .parse()
            .ok()?;
        (id < self.barriers.len()).then_some(id)
    }

    fn lower_seq_open(
        &mut self,
        stmts: &[syn::Stmt],
        out: &mut Vec<Stmt>,
        top: bool,
    ) -> Res<Option<Lowered>> {
        for (k, s) in stmts.iter().enumerate() {
            let last = k + 1 == stmts.len();
            let rest = &stmts[k + 1..];
            if let Some(id) = self.barrier_of(s) {
                let snapshot = self.barriers[id].clone();
                self.scopes.barrier(&snapshot);
                continue;
            }
            // `let a = match i { 0 => continue, _ => e }; rest`: `rest` moves into the
            // branches producing `a` (before a tuple `let` becomes a declaration)
            if let syn::Stmt::Local(local) = s {
                if let Some(nested) = self.nest_diverging_let(local, rest) {
                    return self.lower_seq(&nested, out, top);
                }
            }
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

    /// Lowers one statement; returns a value only for a block-valued tail.
    pub(super) fn lower_stmt(
        &mut self,
        s: &syn::Stmt,
        out: &mut Vec<Stmt>,
        last: bool,
    ) -> Res<Option<Lowered>> {
        match s {
            syn::Stmt::Local(local) => self.lower_let(local, out).map(|_| None),
            syn::Stmt::Item(item) => {
                match item {
                    // (the statements after an `if` whose branch returns are lowered
                    // in both branches, `lower_returning_if`: an item among them is
                    // declared once)
                    syn::Item::Const(_) | syn::Item::Use(_) | syn::Item::Fn(_) | syn::Item::Static(_) => {
                        if !self.items.contains(item) {
                            self.items.push(item.clone())
                        }
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
    pub(super) fn mentions_active_in_macro(&self, mac: &syn::Macro) -> bool {
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

    pub(super) fn lower_let(&mut self, local: &syn::Local, out: &mut Vec<Stmt>) -> Res<()> {
        let first_new = self.vars.len();
        let was = std::mem::replace(&mut self.synthetic, desugar::is_synthetic(local));
        let r = self.lower_let_inner(local, out);
        self.synthetic = was;
        r?;
        // the variables this `let` declares as `mut` (its patterns' names)
        let muts = mut_names(&local.pat);
        for v in first_new..self.vars.len() {
            if muts.contains(&self.vars[v].name) && self.user_vars.contains(&v) {
                self.vars[v].user_mut = true;
            }
        }
        Ok(())
    }

    pub(super) fn lower_let_inner(&mut self, local: &syn::Local, out: &mut Vec<Stmt>) -> Res<()> {
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
            (
                Pat::Tuple(_)
                | Pat::Slice(_)
                | Pat::Struct(_)
                | Pat::TupleStruct(_)
                | Pat::Reference(_),
                Some(init),
            ) => {
                // evaluate all right-hand sides first, then bind, as Rust does
                let mut binds = Vec::new();
                self.lower_tuple_binding(pat, &init.expr, out, &mut binds)?;
                // `let (a, b): (f64, f64) = ..;`: each name has its part's type
                let typed = tuple_part_types(pat, ty.as_ref());
                for (name, v, span) in binds {
                    let ty = typed
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, t)| t.clone());
                    self.bind_new(name, ty, v, span, out)?;
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
                self.vars[v].span = name.span();
                self.annotations[v] = ty;
                out.push(Stmt::Decl(v));
                // the branches assign `v` under a name of its own: in the condition and
                // the branches, `name` still means what it meant before this `let`
                let target = syn::Ident::new(
                    &format!("__ad_let_{}", sanitize(&name.to_string())),
                    name.span(),
                );
                self.scopes.bind(target.to_string(), v);
                let assigned = desugar::assign_tails(&target, &chain);
                self.lower_if_stmt(&assigned, out)?;
                self.scopes.bind(name.to_string(), v);
                Ok(())
            }
            (p, init) => {
                let name = pat_ident(p)?;
                let mutable = matches!(p, Pat::Ident(pi) if pi.mutability.is_some());
                match init {
                    Some(init)
                        if self.lower_array_let(
                            &name,
                            mutable,
                            ty.as_ref(),
                            &init.expr,
                            out,
                        )? =>
                    {
                        Ok(())
                    }
                    // `let j: usize = nearest(p, c, d);`: a call declared to give an
                    // integer or `bool` has no derivative, whatever its arguments
                    Some(init)
                        if ty.as_ref().is_some_and(is_integer_or_bool)
                            && super::call::is_plain_call(&init.expr)
                            && self.hazard(&init.expr).is_none() =>
                    {
                        let v = self.inactive_use_in(&init.expr, out)?;
                        self.bind_new(name, ty, v, init.expr.span(), out)
                    }
                    // `let j: usize = nearest(&h, { let (_, d, _) = g_grad(a, b); d });`: the
                    // arguments declaring variables are lowered first (in every activity
                    // pass, so that their variables are declared in the same order), then
                    // the call reads their values and still has no derivative
                    Some(init)
                        if ty.as_ref().is_some_and(is_integer_or_bool)
                            && super::call::is_call_with_let_args(&init.expr)
                            && self.hazard(&init.expr).is_none() =>
                    {
                        let call = self.call_with_lowered_let_args(&init.expr, out)?;
                        let v = self.inactive_use_in(&call, out)?;
                        self.bind_new(name, ty, v, init.expr.span(), out)
                    }
                    Some(init) => {
                        let v = self.lower_expr(&init.expr, out)?;
                        self.bind_new(name, ty, v, init.expr.span(), out)
                    }
                    None => {
                        let v = self.new_user_var(&name.to_string(), false);
                        self.vars[v].span = name.span();
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
    pub(super) fn diverging_init(&self, e: &Expr) -> Option<(Option<syn::Stmt>, syn::ExprIf)> {
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

    /// `let a = <if or match with branches leaving the loop>; rest` inside a loop, as the
    /// `if` statement whose branches producing `a` bind it and run `rest` (see
    /// [`desugar::nest_rest_in_value_branches`]), after the `match`'s scrutinee; a chain
    /// leaving between values is reordered first (see [`super::leaves_first`]). `None`
    /// where that does not apply: the `let` is then a declaration assigned by the
    /// branches, and `rest` runs when no branch left.
    fn nest_diverging_let(&self, local: &syn::Local, rest: &[syn::Stmt]) -> Option<Vec<syn::Stmt>> {
        let init = local.init.as_ref().filter(|i| i.diverge.is_none())?;
        // a name, or a tuple of names (each bound by the `let` in the value branches)
        let name =
            |p: &Pat| matches!(p, Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none());
        let names = |p: &Pat| {
            name(p)
                || matches!(p, Pat::Tuple(t) if t.elems.iter().all(|e| name(e) || matches!(e, Pat::Wild(_))))
        };
        let plain = match &local.pat {
            Pat::Ident(_) => true,
            Pat::Type(t) => names(&t.pat),
            p => names(p),
        };
        // the sequence's own value must stay its tail
        let tail_value = matches!(rest.last(), Some(syn::Stmt::Expr(e, None)) if is_value_if(e) || !(desugar::is_statement_like(e) || matches!(e, Expr::If(_) | Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) | Expr::Block(_))));
        if !plain || tail_value || self.loops.is_empty() {
            return None;
        }
        let (pre, chain) = self.diverging_init(&init.expr)?;
        if contains_return(&Expr::If(chain.clone())) {
            return None;
        }
        let bind = |v: Expr| {
            let mut l = local.clone();
            if let Some(i) = &mut l.init {
                *i.expr = v;
            }
            let mut stmts = vec![syn::Stmt::Local(l)];
            stmts.extend(rest.iter().cloned());
            stmts
        };
        let mut stmts: Vec<syn::Stmt> = pre.into_iter().collect();
        let nested = match desugar::nest_rest_in_value_branches(&chain, &bind) {
            Some(nested) => nested,
            None => {
                // a branch leaving between branches producing the value: the leaving
                // ones first, after flags holding the conditions
                let (flags, reordered) = super::leaves_first::leaves_first(&chain)?;
                let nested = desugar::nest_rest_in_value_branches(&reordered, &bind)?;
                stmts.extend(flags);
                nested
            }
        };
        stmts.push(syn::Stmt::Expr(Expr::If(nested), Some(Default::default())));
        Some(stmts)
    }

    /// A statement the desugaring rewrites: a `match` that does more than compute an
    /// inactive value, a `while` whose condition has statements.
    pub(super) fn desugar_stmt(&self, s: &syn::Stmt) -> Res<Option<Vec<syn::Stmt>>> {
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
            // the count of variables so far names the desugaring's own (unique, and the
            // same in every activity pass)
            syn::Stmt::Local(l) => desugar::tuple_let_from_branches(l, self.vars.len()),
            _ => Ok(None),
        }
    }

    /// Whether a `match` must be lowered arm by arm: it reads an active value, or its
    /// arms leave a loop or the function, assign a local or declare variables.
    pub(crate) fn match_needs_lowering(&self, m: &syn::ExprMatch) -> bool {
        let e = Expr::Match(m.clone());
        self.env().mentions_active(&e) || self.hazard(&e).is_some() || contains_let_stmt(&e)
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
            Lowered::Slice(_) | Lowered::Array(_) | Lowered::Arr(_) => false,
        }
    }

    /// Lowers the value bound to a (possibly nested) tuple pattern into one value per name.
    pub(super) fn lower_tuple_binding(
        &mut self,
        pat: &Pat,
        e: &Expr,
        out: &mut Vec<Stmt>,
        binds: &mut Vec<(syn::Ident, Lowered, Span)>,
    ) -> Res<()> {
        let Pat::Tuple(tp) = pat else {
            return self.bind_pattern(pat, e, out, binds);
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
            // (also of an inactive value: its parts are then visibly floats)
            _ if tp.elems.len() == 2 && self.sin_cos_operand(e).is_some() => {
                let operand = self.sin_cos_operand(e).unwrap_or(e);
                let parts = self.lower_sin_cos(operand, e, &["sin", "cos"], out)?;
                for (p, v) in tp.elems.iter().zip(parts) {
                    binds.push((pat_ident(p)?, v, e.span()));
                }
                Ok(())
            }
            // `let (v, d) = g_grad(x);` of scalars: its results are floats whether or not
            // an argument is active yet (activity is a fixed point over the passes)
            _ if super::nested::scalar_nested_call(e).is_some() => {
                self.lower_nested_binding(tp, e, out, binds).map(|_| ())
            }
            // a call whose arguments declare variables: those lowered first, in every
            // activity pass, so that the user's variables are declared in the same order
            // whether or not the call is active yet
            _ if super::call::is_call_with_let_args(e) => {
                let call = self.call_with_lowered_let_args(e, out)?;
                self.lower_tuple_binding(pat, &call, out, binds)
            }
            // an inactive tuple value: each name bound as Rust binds it
            _ if !self.env().mentions_active(e) => self.bind_inactive(pat, e, out, binds),
            // `let (v, d) = g_grad(x);`: a nested derivative
            _ if self.lower_nested_binding(tp, e, out, binds)? => Ok(()),
            // `let (a, b) = polar(r, t);`: a differentiable callee returning a tuple
            _ if self.lower_tuple_call_binding(tp, e, out, binds)? => Ok(()),
            _ => err_node(e, "a tuple pattern must be bound to a tuple expression `(a, b)`; or, for a call returning a tuple, to a call of a function with active arguments, `let (a, b) = polar(r, t);`"),
        }
    }

    /// `let name = value;`
    pub(super) fn bind_new(
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
            Lowered::Array(_) => return err(span, "an array literal of this shape is not supported as a local array; write `[a, b, c]`, `[[a, b], [c, d]]` or `[c; N]`"),
            Lowered::Arr(_) => return err(span, "internal: a local array bound outside its `let`"),
        };
        let v = self.new_user_var(&name.to_string(), active);
        self.vars[v].span = name.span();
        let is_float_ty = ty
            .as_ref()
            .is_some_and(|t| crate::front::signature::is_float(t, &self.float_generics));
        self.vars[v].float |= is_float_ty
            || matches!(&val, Val::Inact(i) if self.is_float_expr(&i.expr) || self.match_shows_float(&i.expr));
        let val = self.coerce(v, val);
        if !self.vars[v].active {
            // a value computed by an `if` or `match` is held in a variable of its own:
            // the type the user wrote is its type too
            if let Val::Inact(Inact {
                expr: Expr::Path(p),
            }) = &val
            {
                if let Some(b) = p.path.get_ident().and_then(placeholder_var) {
                    if self.annotations[b].is_none() && !self.vars[b].active {
                        self.annotations[b].clone_from(&ty);
                    }
                }
            }
            if let (None, Val::Inact(i)) = (&ty, &val) {
                self.vars[v].type_unseen = !self.vars[v].float && self.is_type_unseen_expr(&i.expr);
            }
            // the scrutinee the desugaring of a `match` holds has the type the user
            // wrote for it (read by `match_shows_float`)
            let ty = match (&ty, &val) {
                (
                    None,
                    Val::Inact(Inact {
                        expr: Expr::Path(p),
                    }),
                ) if self.synthetic => p.path.get_ident().and_then(|id| self.declared_type(id)),
                _ => ty,
            };
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
}

pub(super) const RETURN_MSG: &str = "early `return` is supported at the function level only (not inside loops or nested blocks) in a differentiable function; store the result in a variable, `break` out of the loop, and return after it";

pub(super) fn as_return(s: &syn::Stmt) -> Option<&syn::ExprReturn> {
    match s {
        syn::Stmt::Expr(Expr::Return(r), _) => Some(r),
        _ => None,
    }
}

pub(super) fn as_if_stmt(s: &syn::Stmt) -> Option<&syn::ExprIf> {
    match s {
        syn::Stmt::Expr(Expr::If(i), _) => Some(i),
        _ => None,
    }
}

/// An `if` used for its value: it has an `else` and its branches end in a tail expression
/// (a block: it ends in one), which is not itself a statement (`{ if c { break; } }`).
pub(super) fn is_value_if(e: &Expr) -> bool {
    let value_tail = |b: &syn::Block| {
        matches!(b.stmts.last(), Some(syn::Stmt::Expr(e, None)) if !desugar::is_statement_like(e) && match e {
            Expr::If(_) | Expr::Block(_) => is_value_if(e),
            Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) => false,
            _ => true,
        })
    };
    match e {
        Expr::If(i) => i.else_branch.is_some() && value_tail(&i.then_branch),
        Expr::Block(b) => value_tail(&b.block),
        _ => false,
    }
}

/// A lone variable or constant: discarding it does nothing.
pub(super) fn is_plain_path(e: &Expr) -> bool {
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
pub(super) fn mut_names(p: &Pat) -> Vec<String> {
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
pub(super) fn let_underscore(e: Expr) -> Expr {
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

/// Integer types and `bool`: what a declared type says has no derivative.
pub(super) fn is_integer_or_bool(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Paren(p) => is_integer_or_bool(&p.elem),
        syn::Type::Group(g) => is_integer_or_bool(&g.elem),
        syn::Type::Path(p) if p.qself.is_none() => p.path.get_ident().is_some_and(|id| {
            [
                "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
                "usize", "bool",
            ]
            .iter()
            .any(|t| id == t)
        }),
        _ => false,
    }
}

/// The names of a flat tuple pattern with a tuple type, each with its part's type.
fn tuple_part_types(pat: &Pat, ty: Option<&syn::Type>) -> Vec<(syn::Ident, syn::Type)> {
    let (Pat::Tuple(tp), Some(syn::Type::Tuple(tt))) = (pat, ty) else {
        return Vec::new();
    };
    if tp.elems.len() != tt.elems.len() {
        return Vec::new();
    }
    tp.elems
        .iter()
        .zip(&tt.elems)
        .filter_map(|(p, t)| match p {
            Pat::Ident(pi) if pi.subpat.is_none() => Some((pi.ident.clone(), t.clone())),
            _ => None,
        })
        .collect()
}
