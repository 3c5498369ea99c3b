//! Rewrites of the user's syntax into the smaller grammar the lowering handles, done
//! before lowering so that every construct goes through the same, tested paths:
//!
//! - `match` on an inactive value becomes `let` of the scrutinee and an `if` chain
//!   (each arm's pattern tested by an inactive `match` that yields a `bool`, its
//!   bindings re-bound by `let`s in the arm's body);
//! - `let v = if c { break } else { e };` (a branch that leaves the loop or the
//!   function) becomes `let v; if c { break } else { v = e; }`;
//! - `while { statements; c } { body }` becomes `loop { let c = ..; if !c { break; } body }`.
//!
//! It also tells which syntax can stay an opaque inactive expression (copied into the
//! generated code as it is) and which cannot: anything that leaves a loop or the
//! function, or writes a local, has to be lowered statement by statement.

use proc_macro2::Span;
use syn::visit::Visit;
use syn::{Expr, Pat};

/// Why an inactive expression cannot be copied into the generated code as it is.
pub(crate) enum Hazard {
    /// `break` / `continue` of a loop outside the expression.
    Exit(Span),
    /// `return` (outside closures).
    Return(Span),
    /// An assignment to a variable or parameter declared outside the expression.
    Assign(Span),
}

/// The first hazard inside `e`, if any. `is_local` tells whether a name is a local
/// variable of the function (so assigning it is visible to the rest of the body).
pub(crate) fn hazard(e: &Expr, is_local: &dyn Fn(&str) -> bool) -> Option<Hazard> {
    struct Find<'a> {
        is_local: &'a dyn Fn(&str) -> bool,
        loops: usize,
        closures: usize,
        found: Option<Hazard>,
    }
    impl Find<'_> {
        fn note(&mut self, h: Hazard) {
            if self.found.is_none() {
                self.found = Some(h);
            }
        }
        fn target(&mut self, lhs: &Expr, span: Span) {
            if let Some(root) = root_ident(lhs) {
                if (self.is_local)(&root.to_string()) {
                    self.note(Hazard::Assign(span));
                }
            }
        }
    }
    impl<'ast> Visit<'ast> for Find<'_> {
        fn visit_expr_break(&mut self, b: &'ast syn::ExprBreak) {
            if self.loops == 0 && self.closures == 0 {
                self.note(Hazard::Exit(b.break_token.span));
            }
            syn::visit::visit_expr_break(self, b);
        }
        fn visit_expr_continue(&mut self, c: &'ast syn::ExprContinue) {
            if self.loops == 0 && self.closures == 0 {
                self.note(Hazard::Exit(c.continue_token.span));
            }
        }
        fn visit_expr_return(&mut self, r: &'ast syn::ExprReturn) {
            if self.closures == 0 {
                self.note(Hazard::Return(r.return_token.span));
            }
            syn::visit::visit_expr_return(self, r);
        }
        fn visit_expr_assign(&mut self, a: &'ast syn::ExprAssign) {
            self.target(&a.left, a.eq_token.span);
            syn::visit::visit_expr_assign(self, a);
        }
        fn visit_expr_binary(&mut self, b: &'ast syn::ExprBinary) {
            if is_compound(&b.op) {
                self.target(&b.left, syn::spanned::Spanned::span(&b.op));
            }
            syn::visit::visit_expr_binary(self, b);
        }
        fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
            self.visit_expr(&f.expr);
            self.loops += 1;
            self.visit_block(&f.body);
            self.loops -= 1;
        }
        fn visit_expr_while(&mut self, w: &'ast syn::ExprWhile) {
            self.loops += 1;
            syn::visit::visit_expr_while(self, w);
            self.loops -= 1;
        }
        fn visit_expr_loop(&mut self, l: &'ast syn::ExprLoop) {
            self.loops += 1;
            syn::visit::visit_expr_loop(self, l);
            self.loops -= 1;
        }
        fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
            self.closures += 1;
            syn::visit::visit_expr_closure(self, c);
            self.closures -= 1;
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Find {
        is_local,
        loops: 0,
        closures: 0,
        found: None,
    };
    f.visit_expr(e);
    f.found
}

/// The variable an assignment target writes through: `k` in `k`, `k.0`, `k[i]`, `*k`.
pub(crate) fn root_ident(e: &Expr) -> Option<&syn::Ident> {
    match e {
        Expr::Path(p) if p.qself.is_none() => p.path.get_ident(),
        Expr::Field(f) => root_ident(&f.base),
        Expr::Index(i) => root_ident(&i.expr),
        Expr::Paren(p) => root_ident(&p.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => root_ident(&u.expr),
        _ => None,
    }
}

pub(crate) fn is_compound(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    matches!(
        op,
        AddAssign(_)
            | SubAssign(_)
            | MulAssign(_)
            | DivAssign(_)
            | RemAssign(_)
            | BitAndAssign(_)
            | BitOrAssign(_)
            | BitXorAssign(_)
            | ShlAssign(_)
            | ShrAssign(_)
    )
}

/// Expressions that are statements whatever their position: as the last expression
/// of a block without `;` they still produce no value (`for .. { n += 2 }`).
pub(crate) fn is_statement_like(e: &Expr) -> bool {
    match e {
        Expr::Assign(_) | Expr::Break(_) | Expr::Continue(_) | Expr::Return(_) => true,
        Expr::Binary(b) => is_compound(&b.op),
        Expr::Paren(p) => is_statement_like(&p.expr),
        _ => false,
    }
}

/// Parses generated syntax around pieces of the user's: an error (never a panic) if
/// a piece does not print back into valid syntax.
fn reparse<T: syn::parse::Parse>(ts: proc_macro2::TokenStream, span: Span) -> syn::Result<T> {
    syn::parse2(ts).map_err(|_| {
        syn::Error::new(
            span,
            "this construct could not be rewritten for differentiation; simplify it",
        )
    })
}

/// Whether a `let` was written by this desugaring (marked `#[__ad_synthetic]`): its
/// variable is not one of the user's, whose order identifies them across the passes
/// of the activity fixed point (a `match` is desugared only in the passes where it
/// reads an active value, so its variables would shift that order).
pub(crate) fn is_synthetic(local: &syn::Local) -> bool {
    local
        .attrs
        .iter()
        .any(|a| a.path().is_ident("__ad_synthetic"))
}

/// The name of the variable holding a desugared `match`'s scrutinee.
fn scrutinee_ident(span: Span) -> syn::Ident {
    syn::Ident::new("__ad_scrutinee", span)
}

/// `match s { arms }` as `(let tmp = s;, if-chain)`. The last arm becomes the final
/// `else` (the match is exhaustive, so it matches whenever the others do not).
pub(crate) fn match_to_if(m: &syn::ExprMatch) -> syn::Result<(syn::Stmt, Expr)> {
    let span = m.match_token.span;
    let tmp = scrutinee_ident(span);
    let scrutinee = &m.expr;
    let let_tmp: syn::Stmt = reparse(
        quote::quote_spanned!(span=> #[__ad_synthetic] let #tmp = #scrutinee;),
        span,
    )?;
    let mut chain: Option<Expr> = None;
    for (k, arm) in m.arms.iter().enumerate().rev() {
        let body = arm_body(arm, &tmp)?;
        let last = k + 1 == m.arms.len();
        chain = Some(match chain {
            None if last => {
                let block = syn::Block {
                    brace_token: Default::default(),
                    stmts: body,
                };
                Expr::Block(syn::ExprBlock {
                    attrs: Vec::new(),
                    label: None,
                    block,
                })
            }
            rest => {
                let pat = &arm.pat;
                let cond: Expr =
                    syn::parse_quote_spanned!(span=> match #tmp { #pat => true, _ => false });
                let then_branch = syn::Block {
                    brace_token: Default::default(),
                    stmts: body,
                };
                Expr::If(syn::ExprIf {
                    attrs: Vec::new(),
                    if_token: syn::Token![if](span),
                    cond: Box::new(cond),
                    then_branch,
                    else_branch: rest.map(|r| (syn::Token![else](span), Box::new(as_block(r)))),
                })
            }
        });
    }
    let chain = chain.unwrap_or_else(|| syn::parse_quote_spanned!(span=> {}));
    Ok((let_tmp, chain))
}

/// An `else` target must be a block or an `if`.
fn as_block(e: Expr) -> Expr {
    match e {
        Expr::If(_) | Expr::Block(_) => e,
        other => block_of(vec![syn::Stmt::Expr(other, None)]),
    }
}

fn block_of(stmts: Vec<syn::Stmt>) -> Expr {
    Expr::Block(syn::ExprBlock {
        attrs: Vec::new(),
        label: None,
        block: syn::Block {
            brace_token: Default::default(),
            stmts,
        },
    })
}

/// An arm's body as statements, preceded by `let`s re-binding the pattern's names
/// from the scrutinee.
fn arm_body(arm: &syn::Arm, tmp: &syn::Ident) -> syn::Result<Vec<syn::Stmt>> {
    let pat = strip_guard(&arm.pat);
    let mut stmts: Vec<syn::Stmt> = Vec::new();
    for name in bound_names(pat) {
        stmts.push(reparse(
            quote::quote_spanned!(name.span()=>
                #[__ad_synthetic] let #name = match #tmp { #pat => #name, _ => ::core::unreachable!() };
            ),
            name.span(),
        )?);
    }
    match &*arm.body {
        Expr::Block(b) if b.label.is_none() && b.attrs.is_empty() => {
            stmts.extend(b.block.stmts.iter().cloned())
        }
        other => stmts.push(syn::Stmt::Expr(other.clone(), None)),
    }
    Ok(stmts)
}

fn strip_guard(p: &Pat) -> &Pat {
    match p {
        Pat::Guard(g) => strip_guard(&g.pat),
        other => other,
    }
}

/// The names a pattern binds, in order (without duplicates: or-patterns bind each
/// name in every alternative).
pub(crate) fn bound_names(p: &Pat) -> Vec<syn::Ident> {
    struct Names(Vec<syn::Ident>);
    impl<'ast> Visit<'ast> for Names {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            // `None`, `MAX`: a path or constant, not a binding
            let s = p.ident.to_string();
            let binding = s
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c == '_');
            if binding && s != "_" && !self.0.contains(&p.ident) {
                self.0.push(p.ident.clone());
            }
            syn::visit::visit_pat_ident(self, p);
        }
        fn visit_expr(&mut self, _: &'ast Expr) {}
    }
    let mut n = Names(Vec::new());
    n.visit_pat(p);
    n.0
}

/// Whether a block's statements end by leaving (`break`, `continue`, `return`) rather
/// than with a value.
pub(crate) fn diverges(stmts: &[syn::Stmt]) -> bool {
    match stmts.last() {
        Some(syn::Stmt::Expr(e, _)) => {
            matches!(e, Expr::Break(_) | Expr::Continue(_) | Expr::Return(_))
        }
        _ => false,
    }
}

/// Whether some branch of the `if` chain leaves the loop or the function.
pub(crate) fn has_diverging_branch(i: &syn::ExprIf) -> bool {
    diverges(&i.then_branch.stmts)
        || match i.else_branch.as_ref().map(|(_, e)| &**e) {
            Some(Expr::If(ii)) => has_diverging_branch(ii),
            Some(Expr::Block(b)) => diverges(&b.block.stmts),
            _ => false,
        }
}

/// `if c { break } else { e }` as the statement `if c { break } else { target = e; }`.
pub(crate) fn assign_tails(target: &syn::Ident, i: &syn::ExprIf) -> syn::ExprIf {
    let target = Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path: target.clone().into(),
    });
    assign_tails_to(&target, i)
}

/// [`assign_tails`] to any place (a tuple of variables: `(a, b) = e;`).
fn assign_tails_to(target: &Expr, i: &syn::ExprIf) -> syn::ExprIf {
    let mut i = i.clone();
    assign_block(target, &mut i.then_branch);
    if let Some((_, e)) = &mut i.else_branch {
        match &mut **e {
            Expr::If(ii) => **e = Expr::If(assign_tails_to(target, ii)),
            Expr::Block(b) => assign_block(target, &mut b.block),
            other => {
                let v = other.clone();
                *other = block_of(vec![syn::Stmt::Expr(
                    assign(target, v),
                    Some(Default::default()),
                )]);
            }
        }
    }
    i
}

fn assign_block(target: &Expr, b: &mut syn::Block) {
    if diverges(&b.stmts) {
        return;
    }
    if let Some(syn::Stmt::Expr(e, semi @ None)) = b.stmts.last_mut() {
        let new = match &*e {
            Expr::If(ii) if has_diverging_branch(ii) => Expr::If(assign_tails_to(target, ii)),
            v => assign(target, v.clone()),
        };
        *e = new;
        *semi = Some(Default::default());
    }
}

/// `target = value`.
fn assign(target: &Expr, value: Expr) -> Expr {
    let span = syn::spanned::Spanned::span(&value);
    Expr::Assign(syn::ExprAssign {
        attrs: Vec::new(),
        left: Box::new(target.clone()),
        eq_token: syn::Token![=](span),
        right: Box::new(value),
    })
}

/// `let (a, b) = if c { (x, y) } else { (y, x) };` (or a `match`) as
/// `let t0; let t1; if c { (t0, t1) = (x, y); } else { (t0, t1) = (y, x); }
/// let a = t0; let b = t1;`: the branches assign a tuple of variables declared before
/// them (`id` makes their names unique), and the pattern's names are bound after, so
/// that inside the branches `a` and `b` still mean what they meant before the `let`.
/// `None` unless the pattern is a tuple of names and the value an `if` or a `match`.
pub(crate) fn tuple_let_from_branches(
    local: &syn::Local,
    id: usize,
) -> syn::Result<Option<Vec<syn::Stmt>>> {
    let (pat, ty) = match &local.pat {
        Pat::Type(pt) => (&*pt.pat, Some(&*pt.ty)),
        p => (p, None),
    };
    let (Pat::Tuple(tp), Some(init)) = (pat, &local.init) else {
        return Ok(None);
    };
    if init.diverge.is_some()
        || !tp.elems.iter().all(|p| {
            matches!(p, Pat::Wild(_))
                || matches!(p, Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none())
        })
    {
        return Ok(None);
    }
    let mut value = &*init.expr;
    while let Expr::Paren(p) = value {
        value = &p.expr;
    }
    let (pre, chain) = match value {
        Expr::If(i) if i.else_branch.is_some() => (None, i.clone()),
        Expr::Match(m) => match match_to_if(m)? {
            (pre, Expr::If(i)) => (Some(pre), i),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    let span = local.let_token.span;
    let targets: Vec<syn::Ident> = (0..tp.elems.len())
        .map(|k| syn::Ident::new(&format!("__ad_tuple_{id}_{k}"), span))
        .collect();
    let types: Vec<Option<&syn::Type>> = match ty {
        Some(syn::Type::Tuple(t)) if t.elems.len() == targets.len() => {
            t.elems.iter().map(Some).collect()
        }
        _ => vec![None; targets.len()],
    };
    let mut stmts: Vec<syn::Stmt> = pre.into_iter().collect();
    for t in &targets {
        stmts.push(reparse(
            quote::quote_spanned!(span=> #[__ad_synthetic] let #t;),
            span,
        )?);
    }
    let target: Expr = reparse(quote::quote_spanned!(span=> (#(#targets),*)), span)?;
    stmts.push(syn::Stmt::Expr(
        Expr::If(assign_tails_to(&target, &chain)),
        Some(Default::default()),
    ));
    for ((p, t), ty) in tp.elems.iter().zip(&targets).zip(types) {
        if let Pat::Ident(pi) = p {
            let ann = ty.map(|ty| quote::quote!(: #ty));
            stmts.push(reparse(
                quote::quote_spanned!(pi.ident.span()=> let #pi #ann = #t;),
                pi.ident.span(),
            )?);
        }
    }
    Ok(Some(stmts))
}

/// `while COND { BODY }` with statements in `COND` as
/// `loop { let __ad_while = COND; if !__ad_while { break; } BODY }`.
pub(crate) fn while_to_loop(w: &syn::ExprWhile) -> syn::Result<syn::ExprLoop> {
    let span = w.while_token.span;
    let c = syn::Ident::new("__ad_while", span);
    let cond = &w.cond;
    let stmts = &w.body.stmts;
    reparse(
        quote::quote_spanned!(span=> loop {
            #[__ad_synthetic] let #c: bool = #cond;
            if !#c { break; }
            #(#stmts)*
        }),
        span,
    )
}

/// Whether a condition needs statements of its own (a block with `let`s or assignments).
pub(crate) fn cond_has_statements(e: &Expr) -> bool {
    struct Find(bool);
    impl<'ast> Visit<'ast> for Find {
        fn visit_expr_block(&mut self, b: &'ast syn::ExprBlock) {
            self.0 |= b.block.stmts.len() > 1
                || matches!(
                    b.block.stmts.last(),
                    Some(syn::Stmt::Expr(_, Some(_))) | Some(syn::Stmt::Local(_))
                );
            syn::visit::visit_expr_block(self, b);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    }
    let mut f = Find(false);
    f.visit_expr(e);
    f.0
}

/// `return` inside loops as `break`s: each `return e` in a loop stores `e` and a flag and
/// leaves the loop; after a loop that may have returned, the enclosing loop leaves too
/// (`if returned { break; }`), and the outermost one returns at the function level
/// (`if returned { return value; }`, which the lowering supports). `init` is a value of
/// the function's float type for the variable holding the result. `None` when no loop
/// returns.
pub(crate) fn loop_returns_to_breaks(
    block: &syn::Block,
    ret_ty: &syn::Type,
    init: &Expr,
) -> syn::Result<Option<syn::Block>> {
    let span = block.brace_token.span.join();
    let mut r = LoopReturns {
        rewritten: 0,
        value: syn::Ident::new("__ad_returned_value", span),
        flag: syn::Ident::new("__ad_returned", span),
    };
    let mut stmts = r.stmts(&block.stmts, false)?;
    if r.rewritten == 0 {
        return Ok(None);
    }
    let (value, flag) = (&r.value, &r.flag);
    let mut body: Vec<syn::Stmt> = vec![
        reparse(
            quote::quote_spanned!(span=> let mut #flag: bool = false;),
            span,
        )?,
        reparse(
            quote::quote_spanned!(span=> let mut #value: #ret_ty = #init;),
            span,
        )?,
    ];
    // a function ending with a `loop` left only by `return` now ends after it
    let has_tail = matches!(block.stmts.last(), Some(syn::Stmt::Expr(e, None))
        if !is_statement_like(e) && !matches!(e, Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_)));
    if !has_tail {
        stmts.push(syn::Stmt::Expr(
            reparse(quote::quote_spanned!(span=> #value), span)?,
            None,
        ));
    }
    body.append(&mut stmts);
    Ok(Some(syn::Block {
        brace_token: block.brace_token,
        stmts: body,
    }))
}

/// The rewriting of [`loop_returns_to_breaks`].
struct LoopReturns {
    /// How many `return`s were rewritten so far.
    rewritten: usize,
    value: syn::Ident,
    flag: syn::Ident,
}

impl LoopReturns {
    /// `value = e; flag = true; break` (the `break` a tail when `tail`).
    fn leave(&mut self, r: &syn::ExprReturn, tail: bool) -> syn::Result<Vec<syn::Stmt>> {
        let span = r.return_token.span;
        let Some(e) = &r.expr else {
            return Err(syn::Error::new(
                span,
                "`return` without a value in a differentiable function",
            ));
        };
        self.rewritten += 1;
        let (value, flag) = (&self.value, &self.flag);
        let brk: syn::Stmt = if tail {
            syn::Stmt::Expr(reparse(quote::quote_spanned!(span=> break), span)?, None)
        } else {
            reparse(quote::quote_spanned!(span=> break;), span)?
        };
        Ok(vec![
            reparse(quote::quote_spanned!(span=> #value = #e;), span)?,
            reparse(quote::quote_spanned!(span=> #flag = true;), span)?,
            brk,
        ])
    }

    /// What follows a loop that returned: leave the enclosing loop too, or return.
    fn after_loop(&self, in_loop: bool, span: Span) -> syn::Result<syn::Stmt> {
        let (value, flag) = (&self.value, &self.flag);
        if in_loop {
            reparse(quote::quote_spanned!(span=> if #flag { break; }), span)
        } else {
            reparse(
                quote::quote_spanned!(span=> if #flag { return #value; }),
                span,
            )
        }
    }

    fn stmts(&mut self, stmts: &[syn::Stmt], in_loop: bool) -> syn::Result<Vec<syn::Stmt>> {
        let mut out = Vec::new();
        for s in stmts {
            match s {
                syn::Stmt::Expr(Expr::Return(r), semi) if in_loop => {
                    out.extend(self.leave(r, semi.is_none())?);
                }
                syn::Stmt::Expr(e, semi) => {
                    let before = self.rewritten;
                    let e2 = self.expr(e, in_loop)?;
                    let is_loop = matches!(e, Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_));
                    if is_loop && self.rewritten > before {
                        // the loop is a statement now, followed by its check
                        out.push(syn::Stmt::Expr(e2, Some(Default::default())));
                        out.push(self.after_loop(in_loop, syn::spanned::Spanned::span(e))?);
                    } else {
                        out.push(syn::Stmt::Expr(e2, *semi));
                    }
                }
                syn::Stmt::Local(l) if l.init.is_some() => {
                    let mut l = l.clone();
                    if let Some(init) = &mut l.init {
                        *init.expr = self.expr(&init.expr, in_loop)?;
                    }
                    out.push(syn::Stmt::Local(l));
                }
                other => out.push(other.clone()),
            }
        }
        Ok(out)
    }

    fn block(&mut self, b: &syn::Block, in_loop: bool) -> syn::Result<syn::Block> {
        Ok(syn::Block {
            brace_token: b.brace_token,
            stmts: self.stmts(&b.stmts, in_loop)?,
        })
    }

    fn expr(&mut self, e: &Expr, in_loop: bool) -> syn::Result<Expr> {
        Ok(match e {
            Expr::ForLoop(f) => {
                let mut f = f.clone();
                f.body = self.block(&f.body, true)?;
                Expr::ForLoop(f)
            }
            Expr::While(w) => {
                let mut w = w.clone();
                w.body = self.block(&w.body, true)?;
                Expr::While(w)
            }
            Expr::Loop(l) => {
                let mut l = l.clone();
                l.body = self.block(&l.body, true)?;
                Expr::Loop(l)
            }
            Expr::If(i) => {
                let mut i = i.clone();
                i.then_branch = self.block(&i.then_branch, in_loop)?;
                if let Some((_, els)) = &mut i.else_branch {
                    **els = self.expr(els, in_loop)?;
                }
                Expr::If(i)
            }
            Expr::Block(b) if b.label.is_none() => {
                let mut b = b.clone();
                b.block = self.block(&b.block, in_loop)?;
                Expr::Block(b)
            }
            Expr::Match(m) => {
                let mut m = m.clone();
                for arm in &mut m.arms {
                    *arm.body = match &*arm.body {
                        Expr::Return(r) if in_loop => block_of(self.leave(r, true)?),
                        other => self.expr(other, in_loop)?,
                    };
                }
                Expr::Match(m)
            }
            Expr::Paren(p) => {
                let mut p = p.clone();
                *p.expr = self.expr(&p.expr, in_loop)?;
                Expr::Paren(p)
            }
            other => other.clone(),
        })
    }
}

/// `let p = if c { continue } else { e }; rest` as
/// `if c { continue } else { let p = e; rest }`: the variable is bound only on the path
/// that produces its value, together with the code that reads it, so no path carries it
/// unassigned (that path's placeholder would need a value of a type the syntax may hide,
/// such as a generic `T` without `Default`). `bind(v)` is the `let` of value `v` followed
/// by the rest. Handles chains whose leading branches leave the loop and whose other
/// branches all produce values, and chains with a single branch producing the value;
/// `None` for other chains (and for a value branch ending in an `if` that leaves), which
/// [`super::leaves_first`] reorders into the first form where it can.
pub(crate) fn nest_rest_in_value_branches(
    i: &syn::ExprIf,
    bind: &dyn Fn(Expr) -> Vec<syn::Stmt>,
) -> Option<syn::ExprIf> {
    let mut out = i.clone();
    let Some((_, els)) = &mut out.else_branch else {
        return None;
    };
    if diverges(&i.then_branch.stmts) {
        match &mut **els {
            Expr::Block(b) if !diverges(&b.block.stmts) => bind_tail(&mut b.block, bind)?,
            Expr::If(ii) if has_diverging_branch(ii) => {
                *ii = nest_rest_in_value_branches(ii, bind)?;
            }
            Expr::If(ii) => {
                let value = Expr::If(ii.clone());
                **els = block_of(bind(value));
            }
            _ => return None,
        }
        return Some(out);
    }
    // a single branch produces the value: every other one leaves
    if !all_diverge(els) {
        return None;
    }
    bind_tail(&mut out.then_branch, bind)?;
    Some(out)
}

/// Whether every branch of an `else` leaves the loop or the function.
fn all_diverge(e: &Expr) -> bool {
    match e {
        Expr::Block(b) => diverges(&b.block.stmts),
        Expr::If(ii) => {
            diverges(&ii.then_branch.stmts)
                && ii.else_branch.as_ref().is_some_and(|(_, e)| all_diverge(e))
        }
        _ => false,
    }
}

/// Replaces the tail value `v` of a block by `bind(v)`.
fn bind_tail(b: &mut syn::Block, bind: &dyn Fn(Expr) -> Vec<syn::Stmt>) -> Option<()> {
    let Some(syn::Stmt::Expr(tail, None)) = b.stmts.last() else {
        return None;
    };
    if matches!(tail, Expr::If(ii) if has_diverging_branch(ii)) || is_statement_like(tail) {
        return None;
    }
    let tail = tail.clone();
    b.stmts.pop();
    b.stmts.extend(bind(tail));
    Some(())
}
