//! Expressions in value position: active arithmetic in A-normal form, inactive
//! expressions kept whole (with side effects held once), paths and casts.

use super::call::is_generic_like;
use super::desugar;
use super::scope::Binding;
use super::{err, err_node, Lowered, Lowerer, Res};
use crate::ir::*;
use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::Expr;

impl Lowerer {
    /// Rejects constructs that can never be differentiated when they touch an
    /// active value; used on conditions and other inactive positions.
    pub(crate) fn check_inactive_expr(&self, e: &Expr) -> Res<()> {
        struct Check<'a> {
            l: &'a Lowerer,
            err: Option<syn::Error>,
        }
        impl<'ast> syn::visit::Visit<'ast> for Check<'_> {
            fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
                // the whole closure, so that its parameters shadow outer names
                if self.err.is_none() && self.l.env().mentions_active(&Expr::Closure(c.clone())) {
                    self.err = Some(syn::Error::new_spanned(
                        c,
                        "a closure capturing an active value is supported in a differentiable function only inside an iterator chain reduced to a value (`x.iter().map(|v| v * w).sum::<f64>()`); bind such a value with `let` before this expression reads it, or write a `for` loop",
                    ));
                }
            }
        }
        let mut c = Check { l: self, err: None };
        syn::visit::Visit::visit_expr(&mut c, e);
        match c.err {
            Some(e) => Err(e),
            None => self.check_lent_locals(e),
        }
    }

    /// Lowers an expression in value position.
    pub(crate) fn lower_expr(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
        if let Some(l) = self.lower_buffer_use(e)? {
            return Ok(l);
        }
        // `g_grad(x, &mut gx)` writes `gx` whether or not `x` is active
        if let Expr::Call(c) = e {
            if let Expr::Path(fp) = &*c.func {
                if let Some(l) = self.lower_nested_slice_call(c, fp, out)? {
                    return Ok(l);
                }
            }
        }
        if matches!(e, Expr::Call(_) | Expr::MethodCall(_)) {
            self.check_lent_locals(e)?;
        }
        let structural = matches!(
            e,
            Expr::Block(_)
                | Expr::If(_)
                | Expr::ForLoop(_)
                | Expr::While(_)
                | Expr::Loop(_)
                | Expr::Assign(_)
                | Expr::Array(_)
                | Expr::Paren(_)
        );
        // Expressions with `let`s inside (in blocks) are always lowered, so that the
        // user's variables are declared in the same order in every activity pass.
        if !structural && !self.env().mentions_active(e) && !contains_let(e) {
            match (self.hazard(e), e) {
                (None, _) => {
                    self.check_inactive_expr(e)?;
                    return Ok(Lowered::Inactive(self.inactive_value(e, out)));
                }
                // lowered arm by arm below
                (Some(_), Expr::Match(_)) => {}
                (Some(h), _) => return Err(hazard_error(h)),
            }
        }
        // each construct in a function of its own: this one recurses once per level of
        // nesting, so its stack frame stays small (debug builds of the macro included)
        match e {
            Expr::Paren(p) => self.lower_expr(&p.expr, out),
            Expr::Group(g) => self.lower_expr(&g.expr, out),
            Expr::Path(p) => Ok(self.lower_path(p, e)),
            Expr::Unary(u) => self.lower_unary(u, e, out),
            Expr::Binary(b) => self.lower_binary(b, e, out),
            Expr::MethodCall(m) => self.lower_method(m, e, out),
            Expr::Call(c) => self.lower_call(c, e, out),
            Expr::Index(ix) => self.lower_index(ix, e, out),
            Expr::Cast(c) => self.lower_cast(c, e, out),
            Expr::Block(b) => self.lower_block_value(b, out),
            Expr::If(i) => self.lower_if_value(i, out),
            Expr::Array(a) => {
                let items = a
                    .elems
                    .iter()
                    .map(|x| self.lower_expr(x, out))
                    .collect::<Res<Vec<_>>>()?;
                Ok(Lowered::Array(items))
            }
            Expr::Reference(r) => self.lower_reference(r, e, out),
            Expr::Match(m) => self.lower_match_value(m, out),
            Expr::Field(f) => {
                // `g_grad(x).1`: said how to bind it
                if let Some(fp) = super::nested::nested_callee(&f.base) {
                    if self.env().mentions_active(&f.base) {
                        self.nested_call_unbound(fp)?;
                    }
                }
                self.lower_field(f, e, out)
            }
            other => Err(unsupported(other)),
        }
    }

    #[inline(never)]
    fn lower_unary(&mut self, u: &syn::ExprUnary, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
        let span = e.span();
        match u.op {
            syn::UnOp::Neg(_) => match self.lower_expr(&u.expr, out)? {
                Lowered::Active(a) => Ok(self.temp("neg", Val::Neg(a), span, out)),
                Lowered::Inactive(_) => Ok(Lowered::Inactive(self.env().rewrite(e))),
                _ => err(span, "negation of an array or slice is not supported"),
            },
            syn::UnOp::Deref(_) => match self.lower_expr(&u.expr, out)? {
                Lowered::Inactive(_) => Ok(Lowered::Inactive(self.env().rewrite(e))),
                Lowered::Slice(_) => err_node(e, "dereferencing an active array or slice parameter (`*x`) is not supported; index it (`x[i]`), or pass `x` itself to a function taking the same reference type"),
                other => Ok(other),
            },
            _ => self.inactive_use(e),
        }
    }

    #[inline(never)]
    fn lower_index(&mut self, ix: &syn::ExprIndex, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
        if let Some(l) = self.lower_array_read(e, out)? {
            return Ok(l);
        }
        let base = self.lower_expr(&ix.expr, out)?;
        match base {
            Lowered::Slice(p) if matches!(self.params[p].kind, crate::ir::ParamKind::Out) => {
                err_node(e, super::outputs::read_message(&self.params[p].ident.to_string()))
            }
            Lowered::Slice(_) if matches!(&*ix.index, Expr::Range(_)) => err_node(e, "a subslice of an active slice or array parameter can only be iterated (`x[a..b].iter()`, `for v in &x[a..b]`, `x[a..b].windows(k)`) or passed on to a differentiable call (`h(&x[1..])`, which gets the same part of its derivative); elsewhere index the parameter itself: `x[a + j]`"),
            Lowered::Slice(p) => {
                let index = Inact { expr: self.inactive_value(&ix.index, out) };
                Ok(self.temp("elem", Val::Index { base: Base::Param(p), index }, e.span(), out))
            }
            Lowered::Inactive(_) => self.inactive_use(e),
            _ => err_node(&ix.expr, "indexing this value is not supported in a differentiable function: only array and slice parameters can be indexed (local arrays and the results of calls returning `[F; M]` cannot; split such a function into functions returning one float each)"),
        }
    }

    /// `e as F`. A cast of an active value to a float type keeps its derivative: it
    /// becomes the `float_cast` rule (derivative 1, converting tangents and adjoints
    /// between the two float types); a cast to the value's own type is dropped once
    /// the float types are known (`float_types`). A cast to an integer reads the
    /// primal value.
    #[inline(never)]
    fn lower_cast(&mut self, c: &syn::ExprCast, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
        let to_float = crate::front::signature::is_float(&c.ty, &self.float_generics)
            || is_generic_like(&c.ty);
        let active = self.env().mentions_active(&c.expr);
        // an operand declaring variables is lowered in every activity pass (whether or not
        // it is active yet), so that the user's variables keep their order across passes
        let lets = contains_let(&c.expr);
        if !to_float && lets {
            return self.lower_cast_to_integer(c, out);
        }
        if !to_float || !(active || lets) {
            return self.inactive_use(e);
        }
        if active && self.is_generic_param(&c.ty) {
            return err_node(c, "`as` cannot convert to a generic float type; keep the computation in that type (convert constants into it instead: `T::from(0.5).unwrap()`)");
        }
        self.lower_cast_to(&c.expr, &c.ty, c.as_token.span, e, out)
    }

    /// `operand as ty` (or `ty::from(operand)`) for a float type `ty`.
    pub(super) fn lower_cast_to(
        &mut self,
        operand: &Expr,
        ty: &syn::Type,
        span: Span,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        match self.lower_expr(operand, out)? {
            // `x.len() as f64`: only an integer came from an active slice
            Lowered::Inactive(inner) => Ok(Lowered::Inactive(syn::parse_quote!((#inner) as #ty))),
            Lowered::Active(a) => {
                let to: Expr = syn::parse_quote!(::core::marker::PhantomData::<#ty>);
                Ok(self.temp(
                    "cast",
                    Val::Rule {
                        name: "float_cast",
                        args: vec![a],
                        extra: Some(Inact { expr: to }),
                    },
                    span,
                    out,
                ))
            }
            Lowered::Slice(_) | Lowered::Array(_) | Lowered::Arr(_) => err_node(e, "a conversion of an active array or slice is not supported; convert its elements (`x[i] as f64`)"),
        }
    }

    /// `{ let t = ..; e } as usize`: the operand lowered (it declares variables), the
    /// cast reading its primal value.
    fn lower_cast_to_integer(&mut self, c: &syn::ExprCast, out: &mut Vec<Stmt>) -> Res<Lowered> {
        let ty = &c.ty;
        let inner: Expr = match self.lower_expr(&c.expr, out)? {
            Lowered::Inactive(inner) => inner,
            Lowered::Active(Atom::Var(v)) => {
                let ph = placeholder(v, c.as_token.span);
                syn::parse_quote!(#ph)
            }
            Lowered::Active(Atom::Const(i)) => i.expr,
            Lowered::Slice(_) | Lowered::Array(_) | Lowered::Arr(_) => return err_node(c, "a conversion of an active array or slice is not supported; convert its elements (`x[i] as usize`)"),
        };
        Ok(Lowered::Inactive(syn::parse_quote!((#inner) as #ty)))
    }

    /// A type parameter of the function (or a one-letter name from an enclosing
    /// `impl<T>`), which `as` cannot target; aliases named in `float = ..` can be.
    fn is_generic_param(&self, ty: &syn::Type) -> bool {
        let syn::Type::Path(p) = ty else { return false };
        p.path.get_ident().is_some_and(|id| {
            !self.float_aliases.contains(id)
                && id != "f32"
                && id != "f64"
                && (self.float_generics.contains(id) || is_generic_like(ty))
        })
    }

    /// `x.sin_cos().0` / `.1`: one part of the pair; other fields of active values are
    /// not supported.
    #[inline(never)]
    fn lower_field(&mut self, f: &syn::ExprField, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
        let part = match &f.member {
            syn::Member::Unnamed(i) if i.index < 2 => i.index,
            _ => return Err(unsupported(e)),
        };
        let Some(operand) = self.sin_cos_operand(&f.base) else {
            return Err(unsupported(e));
        };
        let name = if part == 0 { "sin" } else { "cos" };
        let mut v = self.lower_sin_cos(operand, e, &[name], out)?;
        v.pop().ok_or_else(|| unsupported(e))
    }

    #[inline(never)]
    fn lower_block_value(&mut self, b: &syn::ExprBlock, out: &mut Vec<Stmt>) -> Res<Lowered> {
        let span = b.block.brace_token.span.join();
        if b.label.is_some() {
            return err(
                span,
                "labeled blocks are not supported in a differentiable function",
            );
        }
        self.scopes.push();
        let v = self.lower_seq(&b.block.stmts, out, false);
        self.scopes.pop();
        match v? {
            Some(v) => Ok(v),
            None => err(span, "this block has no value; end it with an expression"),
        }
    }

    #[inline(never)]
    fn lower_if_value(&mut self, i: &syn::ExprIf, out: &mut Vec<Stmt>) -> Res<Lowered> {
        let Some((_, els)) = &i.else_branch else {
            return err(
                i.if_token.span,
                "an `if` used as a value needs an `else` branch",
            );
        };
        let cond = self.lower_if_cond(&i.cond, out)?;
        let else_stmts = match &**els {
            Expr::Block(b) => b.block.stmts.clone(),
            other => vec![syn::Stmt::Expr(other.clone(), None)],
        };
        self.lower_branches(
            cond,
            &i.then_branch.stmts,
            &else_stmts,
            false,
            i.if_token.span,
            out,
        )
    }

    #[inline(never)]
    fn lower_reference(
        &mut self,
        r: &syn::ExprReference,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        match self.lower_expr(&r.expr, out)? {
            Lowered::Slice(p) if r.mutability.is_none() => Ok(Lowered::Slice(p)),
            Lowered::Inactive(_) => self.inactive_use(e),
            Lowered::Arr(v) if r.mutability.is_none() => Ok(Lowered::Arr(v)),
            _ => err(e.span(), "references to active values are not supported; pass the value, or a slice parameter as it is"),
        }
    }

    /// `{ let scrutinee = ..; if .. { arm } else if .. { arm } else { arm } }`
    #[inline(never)]
    fn lower_match_value(&mut self, m: &syn::ExprMatch, out: &mut Vec<Stmt>) -> Res<Lowered> {
        let (pre, chain) = crate::lower::desugar::match_to_if(m)?;
        let block = Expr::Block(syn::ExprBlock {
            attrs: Vec::new(),
            label: None,
            block: syn::Block {
                brace_token: Default::default(),
                stmts: vec![pre, syn::Stmt::Expr(chain, None)],
            },
        });
        self.lower_expr(&block, out)
    }

    /// Whether no expression reads an active value other than through `x.len()` or
    /// `x.is_empty()` of an active slice (which give integers). Decided from the syntax:
    /// lowering here would declare the variables of inner blocks twice.
    pub(super) fn all_inactive<'e>(&mut self, es: impl Iterator<Item = &'e Expr>) -> Res<bool> {
        struct Find<'a> {
            l: &'a Lowerer,
            found: bool,
        }
        impl<'ast> syn::visit::Visit<'ast> for Find<'_> {
            fn visit_expr(&mut self, e: &'ast Expr) {
                if let Expr::MethodCall(m) = e {
                    let integer =
                        (m.method == "len" || m.method == "is_empty") && m.args.is_empty();
                    if integer && matches!(&*m.receiver, Expr::Path(_)) {
                        return;
                    }
                }
                if let Expr::Path(_) | Expr::Macro(_) | Expr::Closure(_) = e {
                    self.found |= self.l.env().mentions_active(e);
                    return;
                }
                syn::visit::visit_expr(self, e);
            }
        }
        let mut f = Find {
            l: self,
            found: false,
        };
        for a in es {
            syn::visit::Visit::visit_expr(&mut f, a);
        }
        Ok(!f.found)
    }

    /// [`Lowerer::inactive_use`] for a value that may have side effects: held once.
    pub(super) fn inactive_use_in(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
        self.check_inactive_expr(e)?;
        Ok(Lowered::Inactive(self.inactive_value(e, out)))
    }

    /// An expression with an inactive result that may read active values' primal parts.
    pub(super) fn inactive_use(&mut self, e: &Expr) -> Res<Lowered> {
        self.check_inactive_expr(e)?;
        Ok(Lowered::Inactive(self.env().rewrite(e)))
    }

    pub(super) fn lower_path(&mut self, p: &syn::ExprPath, e: &Expr) -> Lowered {
        let Some(id) = p.path.get_ident().filter(|_| p.qself.is_none()) else {
            return Lowered::Inactive(e.clone());
        };
        // a placeholder the lowering wrote into syntax it lowers again
        if let Some(v) = placeholder_var(id).filter(|&v| v < self.vars.len()) {
            return match (self.vars[v].active, self.vars[v].dims.is_some()) {
                (true, true) => Lowered::Arr(v),
                (true, false) => Lowered::Active(Atom::Var(v)),
                (false, _) => Lowered::Inactive(e.clone()),
            };
        }
        match self.env().resolve(&id.to_string()) {
            Some(Binding::Local(v)) if self.vars[v].active && self.vars[v].dims.is_some() => {
                Lowered::Arr(v)
            }
            Some(Binding::Local(v)) if self.vars[v].active => Lowered::Active(Atom::Var(v)),
            Some(Binding::Local(v)) => {
                let ph = placeholder(v, id.span());
                Lowered::Inactive(syn::parse_quote!(#ph))
            }
            Some(Binding::Param(i)) => match self.env().param_var(i) {
                Some(v) => Lowered::Active(Atom::Var(v)),
                None if self.params[i].is_active() => Lowered::Slice(i),
                None => Lowered::Inactive(e.clone()),
            },
            None => Lowered::Inactive(e.clone()),
        }
    }

    pub(super) fn lower_binary(
        &mut self,
        b: &syn::ExprBinary,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let op = match b.op {
            syn::BinOp::Add(_) => BinOp::Add,
            syn::BinOp::Sub(_) => BinOp::Sub,
            syn::BinOp::Mul(_) => BinOp::Mul,
            syn::BinOp::Div(_) => BinOp::Div,
            syn::BinOp::Rem(_) => {
                let l = self.lower_expr(&b.left, out)?;
                let r = self.lower_expr(&b.right, out)?;
                if matches!((&l, &r), (Lowered::Inactive(_), Lowered::Inactive(_))) {
                    return Ok(Lowered::Inactive(self.env().rewrite(e)));
                }
                let la = self.atom(l, b.left.span())?;
                let ra = self.atom(r, b.right.span())?;
                return Ok(self.temp(
                    "rem",
                    Val::Rule {
                        name: "rem",
                        args: vec![la, ra],
                        extra: None,
                    },
                    b.op.span(),
                    out,
                ));
            }
            syn::BinOp::AddAssign(_)
            | syn::BinOp::SubAssign(_)
            | syn::BinOp::MulAssign(_)
            | syn::BinOp::DivAssign(_) => {
                return err_node(
                    &b.op,
                    "compound assignment used as a value is not supported",
                )
            }
            _ => return self.inactive_use(e),
        };
        let l = self.lower_expr(&b.left, out)?;
        let r = self.lower_expr(&b.right, out)?;
        if matches!((&l, &r), (Lowered::Inactive(_), Lowered::Inactive(_))) {
            return Ok(Lowered::Inactive(self.env().rewrite(e)));
        }
        let span = b.op.span();
        let la = self.atom(l, b.left.span())?;
        let ra = self.atom(r, b.right.span())?;
        Ok(self.temp("t", Val::Bin(op, la, ra), span, out))
    }

    /// Holds an inactive value in a fresh variable; returns the placeholder reading it.
    pub(super) fn snapshot(
        &mut self,
        name: &str,
        e: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let v = self.new_var(name, false);
        self.vars[v].type_unseen = self.is_type_unseen_expr(&e);
        self.vars[v].float = self.is_float_expr(&e);
        let (val, advance) = self.record_if_effectful(Val::Inact(Inact { expr: e }), span);
        out.push(Stmt::Set {
            var: v,
            val,
            span,
            def: true,
        });
        out.extend(advance);
        let ph = placeholder(v, span);
        syn::parse_quote!(#ph)
    }

    /// An inactive expression in value position, rewritten. One with side effects is
    /// evaluated once into a variable of its own (recorded when the reverse sweep
    /// replays the code around it), so that neither a replay nor an adjoint that
    /// reads the value as an operand runs it again.
    pub(crate) fn inactive_value(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Expr {
        let rewritten = self.env().rewrite(e);
        if self.is_impure(e) {
            if let Some(read) = self.lend_locals(&rewritten, e.span(), out) {
                return read;
            }
            self.snapshot("draw", rewritten, e.span(), out)
        } else {
            rewritten
        }
    }

    /// `&mut e`, or a parameter of a `&mut` type.
    pub(crate) fn is_mut_borrow(&self, e: &Expr) -> bool {
        match e {
            Expr::Reference(r) => r.mutability.is_some(),
            Expr::Paren(p) => self.is_mut_borrow(&p.expr),
            Expr::Path(p) => p.path.get_ident().is_some_and(|id| {
                matches!(self.env().resolve(&id.to_string()), Some(Binding::Param(i)) if is_mut_ref(&self.params[i].ty))
            }),
            _ => false,
        }
    }

    /// Whether an inactive expression may have side effects: it borrows something
    /// mutably, calls a method on a `&mut` parameter or passes one on
    /// (`rng.uniform()`, `sample(rng)`). Other calls are taken to be pure (no interior
    /// mutability, no global state).
    pub(crate) fn is_impure(&self, e: &Expr) -> bool {
        struct Find<'a> {
            l: &'a Lowerer,
            found: bool,
        }
        impl<'ast> syn::visit::Visit<'ast> for Find<'_> {
            fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
                // `rng.uniform()`: a method on a `&mut` parameter may mutate it
                let on_mut = crate::lower::desugar::root_ident(&m.receiver).is_some_and(|id| {
                    let e: Expr = syn::parse_quote!(#id);
                    self.l.is_mut_borrow(&e)
                });
                self.found |= on_mut || m.args.iter().any(|a| self.l.is_mut_borrow(a));
                syn::visit::visit_expr_method_call(self, m);
            }
            fn visit_expr_call(&mut self, c: &'ast syn::ExprCall) {
                self.found |= c.args.iter().any(|a| self.l.is_mut_borrow(a));
                syn::visit::visit_expr_call(self, c);
            }
            fn visit_expr_reference(&mut self, r: &'ast syn::ExprReference) {
                self.found |= r.mutability.is_some();
                syn::visit::visit_expr_reference(self, r);
            }
        }
        let mut f = Find {
            l: self,
            found: false,
        };
        syn::visit::Visit::visit_expr(&mut f, e);
        f.found
    }

    /// The first construct in `e` that cannot be copied into the generated code as it
    /// is (see [`desugar::hazard`]).
    pub(crate) fn hazard(&self, e: &Expr) -> Option<desugar::Hazard> {
        let env = self.env();
        desugar::hazard(e, &|name| env.resolve(name).is_some())
    }
}

/// Whether a `let` appears anywhere inside `e`.
pub(super) fn contains_let(e: &Expr) -> bool {
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

/// `&mut T`.
pub(super) fn is_mut_ref(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Reference(r) if r.mutability.is_some())
}

/// The error for a construct that cannot take an active value.
#[inline(never)]
fn unsupported(e: &Expr) -> syn::Error {
    let (span, msg): (proc_macro2::Span, String) = match e {
        Expr::Closure(c) => return syn::Error::new_spanned(c, "closures are not supported in a differentiable function; write a `for` loop or a separate #[differentiable] function"),
        Expr::Loop(l) => (l.loop_token.span, "`loop` with a value is not supported in a differentiable function; use a variable assigned before `break`".into()),
        Expr::Macro(m) => {
            let name = m.mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
            return syn::Error::new_spanned(&m.mac.path, format!("macro `{name}!` on an active value is not supported in a differentiable function; compute with ordinary expressions"));
        }
        Expr::Tuple(t) => (t.paren_token.span.join(), "tuples of active values are supported only in `let (a, b) = (x, y);`".into()),
        Expr::Field(f) => (f.dot_token.span, "fields of active values are not supported; active values are floats, float arrays and float slices".into()),
        Expr::Return(r) => (r.return_token.span, "`return` inside an expression is not supported in a differentiable function".into()),
        Expr::Repeat(r) => (r.bracket_token.span.join(), "array repeat expressions of active values are not supported; bind the value (`let a = ..;`) and write the array out: `[a, a, a]`".into()),
        Expr::Assign(a) => (a.eq_token.span, "an assignment used as a value is not supported".into()),
        Expr::Try(t) => (t.question_token.span, "`?` is not supported in a differentiable function".into()),
        Expr::Unsafe(u) => (u.unsafe_token.span, "`unsafe` blocks are not supported in a differentiable function; move the unsafe code into a function with a hand-written derivative rule (`h_jvp`, `h_vjp`, `h_hvp`)".into()),
        other => return syn::Error::new_spanned(other, format!("unsupported expression `{}` involving an active value in a differentiable function", short(other))),
    };
    syn::Error::new(span, msg)
}

/// The error for an expression that cannot be copied into the generated code as it is.
pub(crate) fn hazard_error(h: crate::lower::desugar::Hazard) -> syn::Error {
    use crate::lower::desugar::Hazard;
    match h {
        Hazard::Exit(span) => syn::Error::new(span, "`break`/`continue` inside an expression is supported only as a whole branch of an `if`/`match` bound by `let` (`let k = if c { break } else { e };`) or in statement position; write `if c { break; }` before the expression"),
        Hazard::Return(span) => syn::Error::new(span, "`return` inside an expression is not supported in a differentiable function; use `if c { return e; }` as a statement"),
        Hazard::Assign(span) => syn::Error::new(span, "an assignment to a local inside an expression is not supported in a differentiable function; write it as a statement of its own"),
    }
}

/// A short description of an expression for error messages.
pub(super) fn short(e: &Expr) -> String {
    let s = e.to_token_stream().to_string();
    if s.len() > 40 {
        format!(
            "{}...",
            &s[..s.char_indices().nth(37).map_or(s.len(), |(i, _)| i)]
        )
    } else {
        s
    }
}
