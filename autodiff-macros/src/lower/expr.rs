//! Lowering expressions and expression statements (assignments, loops, `if`).

use crate::ir::placeholder;
use crate::ir::{Atom, Base, BinOp, Block, Call, CallArg, ForLoop, Inact, Stmt, Val, VarId};
use crate::lower::rules_table::{self, Arity};
use crate::lower::scope::Binding;
use crate::lower::{err, err_node, pat_ident, LoopCtx, Lowered, Lowerer, Res};
use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Expr, Pat};

/// One stream of elements in a `for` loop over slices.
enum Iter {
    /// Elements of an active slice/array parameter, or of an inactive expression.
    Seq {
        src: Src,
        by_ref: bool,
    },
    Enumerate(Box<Iter>),
    Zip(Box<Iter>, Box<Iter>),
}

enum Src {
    Param(usize),
    Inactive(Expr),
}

impl Lowerer {
    /// Defines a new active temporary holding `val`.
    fn temp(&mut self, name: &str, val: Val, span: Span, out: &mut Vec<Stmt>) -> Lowered {
        let v = self.new_var(name, true);
        self.vars[v].temp = true;
        out.push(Stmt::Set {
            var: v,
            val,
            span,
            def: true,
        });
        Lowered::Active(Atom::Var(v))
    }

    fn atom(&mut self, l: Lowered, span: Span) -> Res<Atom> {
        self.as_atom(l, span)
    }

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
                        "closures capturing an active value are not supported in a differentiable function; write a `for` loop or a separate #[differentiable] function",
                    ));
                }
            }
        }
        let mut c = Check { l: self, err: None };
        syn::visit::Visit::visit_expr(&mut c, e);
        match c.err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Lowers an expression in value position.
    pub(crate) fn lower_expr(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
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
        let span = e.span();
        match e {
            Expr::Paren(p) => self.lower_expr(&p.expr, out),
            Expr::Group(g) => self.lower_expr(&g.expr, out),
            Expr::Path(p) => Ok(self.lower_path(p, e)),
            Expr::Unary(u) => match u.op {
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
            },
            Expr::Binary(b) => self.lower_binary(b, e, out),
            Expr::MethodCall(m) => self.lower_method(m, e, out),
            Expr::Call(c) => self.lower_call(c, e, out),
            Expr::Index(ix) => {
                let base = self.lower_expr(&ix.expr, out)?;
                match base {
                    Lowered::Slice(p) => {
                        let index = Inact { expr: self.inactive_value(&ix.index, out) };
                        Ok(self.temp("elem", Val::Index { base: Base::Param(p), index }, span, out))
                    }
                    Lowered::Inactive(_) => self.inactive_use(e),
                    _ => err_node(&ix.expr, "indexing this value is not supported in a differentiable function: only array and slice parameters can be indexed (local arrays and the results of calls returning `[F; M]` cannot; split such a function into functions returning one float each)"),
                }
            }
            Expr::Cast(c) => {
                let mut scratch = Vec::new();
                if !matches!(self.lower_expr(&c.expr, &mut scratch)?, Lowered::Active(_)) {
                    return self.inactive_use(e);
                }
                if crate::front::signature::is_float(&c.ty, &[]) || is_generic_like(&c.ty) {
                    return err_node(
                        c,
                        "an `as` cast of an active value to a float would drop its derivative; use the value directly (all active values share one float type)",
                    );
                }
                self.inactive_use(e)
            }
            Expr::Block(b) => {
                if b.label.is_some() {
                    return err(span, "labeled blocks are not supported in a differentiable function");
                }
                self.scopes.push();
                let v = self.lower_seq(&b.block.stmts, out, false);
                self.scopes.pop();
                match v? {
                    Some(v) => Ok(v),
                    None => err(span, "this block has no value; end it with an expression"),
                }
            }
            Expr::If(i) => {
                let Some((_, els)) = &i.else_branch else {
                    return err(i.if_token.span, "an `if` used as a value needs an `else` branch");
                };
                let cond = self.lower_if_cond(&i.cond, out)?;
                let else_stmts = match &**els {
                    Expr::Block(b) => b.block.stmts.clone(),
                    other => vec![syn::Stmt::Expr(other.clone(), None)],
                };
                self.lower_branches(cond, &i.then_branch.stmts, &else_stmts, false, i.if_token.span, out)
            }
            Expr::Array(a) => {
                let items = a.elems.iter().map(|x| self.lower_expr(x, out)).collect::<Res<Vec<_>>>()?;
                Ok(Lowered::Array(items))
            }
            Expr::Reference(r) => match self.lower_expr(&r.expr, out)? {
                Lowered::Slice(p) if r.mutability.is_none() => Ok(Lowered::Slice(p)),
                Lowered::Inactive(_) => self.inactive_use(e),
                _ => err(span, "references to active values are not supported; pass the value, or a slice parameter as it is"),
            },
            Expr::Closure(c) => err_node(c, "closures are not supported in a differentiable function; write a `for` loop or a separate #[differentiable] function"),
            Expr::Match(m) => {
                // `{ let scrutinee = ..; if .. { arm } else if .. { arm } else { arm } }`
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
            Expr::Loop(l) => err(l.loop_token.span, "`loop` with a value is not supported in a differentiable function; use a variable assigned before `break`"),
            Expr::Macro(m) => {
                let name = m.mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                err_node(&m.mac.path, format!("macro `{name}!` on an active value is not supported in a differentiable function; compute with ordinary expressions"))
            }
            Expr::Tuple(t) => err(t.paren_token.span.join(), "tuples of active values are supported only in `let (a, b) = (x, y);`"),
            Expr::Field(f) => err(f.dot_token.span, "fields of active values are not supported; active values are floats, float arrays and float slices"),
            Expr::Return(r) => err(r.return_token.span, "`return` inside an expression is not supported in a differentiable function"),
            Expr::Repeat(r) => err(r.bracket_token.span.join(), "array repeat expressions of active values are not supported; bind the value (`let a = ..;`) and write the array out: `[a, a, a]`"),
            Expr::Assign(a) => err(a.eq_token.span, "an assignment used as a value is not supported"),
            Expr::Try(t) => err(t.question_token.span, "`?` is not supported in a differentiable function"),
            Expr::Unsafe(u) => err(u.unsafe_token.span, "`unsafe` blocks are not supported in a differentiable function; move the unsafe code into a function with a hand-written derivative rule (`h_jvp`, `h_vjp`, `h_hvp`)"),
            other => err_node(&other, format!("unsupported expression `{}` involving an active value in a differentiable function", short(other))),
        }
    }

    /// Whether every expression lowers to an inactive value (`x.len()` of an active
    /// slice does: only an integer comes out).
    fn all_inactive<'e>(&mut self, es: impl Iterator<Item = &'e Expr>) -> Res<bool> {
        for a in es {
            let mut scratch = Vec::new();
            if !matches!(self.lower_expr(a, &mut scratch)?, Lowered::Inactive(_))
                || !scratch.is_empty()
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// [`Lowerer::inactive_use`] for a value that may have side effects: held once.
    fn inactive_use_in(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
        self.check_inactive_expr(e)?;
        Ok(Lowered::Inactive(self.inactive_value(e, out)))
    }

    /// An expression with an inactive result that may read active values' primal parts.
    fn inactive_use(&mut self, e: &Expr) -> Res<Lowered> {
        self.check_inactive_expr(e)?;
        Ok(Lowered::Inactive(self.env().rewrite(e)))
    }

    fn lower_path(&mut self, p: &syn::ExprPath, e: &Expr) -> Lowered {
        let Some(id) = p.path.get_ident().filter(|_| p.qself.is_none()) else {
            return Lowered::Inactive(e.clone());
        };
        match self.env().resolve(&id.to_string()) {
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

    fn lower_binary(&mut self, b: &syn::ExprBinary, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
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

    fn lower_method(
        &mut self,
        m: &syn::ExprMethodCall,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let name = m.method.to_string();
        let span = m.method.span();
        if is_self(&m.receiver) {
            let args = self.call_args(m.args.iter(), out)?;
            return Ok(self.temp(
                &name,
                Val::Call(Call {
                    callee: m.method.clone().into(),
                    method_on_self: true,
                    args,
                }),
                span,
                out,
            ));
        }
        let recv = self.lower_expr(&m.receiver, out)?;
        match recv {
            Lowered::Slice(_) if name == "len" || name == "is_empty" => self.inactive_use(e),
            Lowered::Slice(_) => err(
                span,
                format!("method `{name}` on an active slice is not supported; write a `for` loop over the elements (e.g. `for &v in x.iter() {{ s += v; }}` instead of `x.iter().sum()`)"),
            ),
            Lowered::Active(_) if rules_table::PREDICATES.contains(&name.as_str()) => self.inactive_use(e),
            Lowered::Inactive(_) if self.all_inactive(m.args.iter())? => self.inactive_use_in(e, out),
            Lowered::Active(_) | Lowered::Inactive(_) => {
                let Some((rule, arity)) = rules_table::lookup(&name) else {
                    if matches!(recv, Lowered::Inactive(_)) {
                        return err(span, format!("method `{name}` called with an active argument: only float methods with a derivative rule and methods of `self` marked #[differentiable] can take active values"));
                    }
                    if name == "sin_cos" {
                        return err(span, "`sin_cos` returns a tuple; call `sin()` and `cos()` separately");
                    }
                    return err(span, format!("no derivative rule for method `{name}` on an active float; supported: {}", rules_table::supported_list()));
                };
                let all: Vec<&Expr> = std::iter::once(&*m.receiver).chain(m.args.iter()).collect();
                self.lower_rule(rule, arity, &all, Some(recv), e, out)
            }
            Lowered::Array(_) => err(span, "methods on array literals are not supported"),
        }
    }

    /// `rule(args)`; `first` is the already lowered receiver, if any.
    fn lower_rule(
        &mut self,
        rule: &'static str,
        arity: Arity,
        args: &[&Expr],
        first: Option<Lowered>,
        whole: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let span = whole.span();
        let n_float = rules_table::float_args(arity);
        let expected = n_float + usize::from(arity == Arity::WithInt);
        if args.len() != expected {
            return err(
                span,
                format!("`{rule}` takes {expected} argument(s) including the receiver"),
            );
        }
        let mut atoms = Vec::new();
        let mut first = first;
        for a in &args[..n_float] {
            let l = match first.take() {
                Some(l) => l,
                None => self.lower_expr(a, out)?,
            };
            atoms.push(self.atom(l, a.span())?);
        }
        let extra = if arity == Arity::WithInt {
            let n = args[n_float];
            Some(Inact {
                expr: self.inactive_value(n, out),
            })
        } else {
            None
        };
        if atoms.iter().all(|a| matches!(a, Atom::Const(_))) {
            // e.g. `f64::max(x.len() as f64, 1.0)`: only an integer came from an active slice
            return self.inactive_use(whole);
        }
        Ok(self.temp(
            rule,
            Val::Rule {
                name: rule,
                args: atoms,
                extra,
            },
            span,
            out,
        ))
    }

    fn lower_call(&mut self, c: &syn::ExprCall, e: &Expr, out: &mut Vec<Stmt>) -> Res<Lowered> {
        let Expr::Path(fp) = &*c.func else {
            return err_node(&c.func, "calls through expressions are not supported with active arguments; call a named function");
        };
        let segs = &fp.path.segments;
        let last = segs.last().map(|s| s.ident.to_string()).unwrap_or_default();
        if self.is_float_qualifier(fp) {
            if let Some((rule, arity)) = rules_table::lookup(&last) {
                let args: Vec<&Expr> = c.args.iter().collect();
                return self.lower_rule(rule, arity, &args, None, e, out);
            }
            if ["from", "zero", "one", "from_f64", "from_f32"].contains(&last.as_str()) {
                let mut scratch = Vec::new();
                for a in &c.args {
                    if matches!(self.lower_expr(a, &mut scratch)?, Lowered::Active(_)) {
                        return err_node(&c, format!("`{last}` of an active value would drop its derivative; use the value directly"));
                    }
                }
                // e.g. `T::from(x.len())`: only an integer came from an active slice
                return self.inactive_use(e);
            }
        }
        if rules_table::PREDICATES.contains(&last.as_str()) {
            return self.inactive_use(e);
        }
        if let Some(id) = fp.path.get_ident().filter(|_| fp.qself.is_none()) {
            if self.env().resolve(&id.to_string()).is_some() {
                return err_node(&c.func, format!("`{id}` is a variable (a closure or a function value); calling it with an active argument is not supported in a differentiable function: write the expression inline, or make it a #[differentiable] fn"));
            }
        }
        if let Some(a) = c.args.iter().find(|a| self.is_mut_borrow(a)) {
            return err_node(a, "a `&mut` argument to a differentiable call is not supported: the derivative code calls the function more than once, so its side effects would repeat; draw the values before the call (`let u = rng.uniform();`) and pass them");
        }
        let args = self.call_args(c.args.iter(), out)?;
        if !args
            .iter()
            .any(|a| matches!(a, CallArg::Active(Atom::Var(_)) | CallArg::Slice(_)))
        {
            return self.inactive_use(e);
        }
        Ok(self.temp(
            &last,
            Val::Call(Call {
                callee: fp.path.clone(),
                method_on_self: false,
                args,
            }),
            fp.path.span(),
            out,
        ))
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

    /// Whether `path` names a method of a float type: `f64::sin`, `Float::sin`,
    /// `num_traits::Float::sin`, `T::sin` with `T: Float`, `<T as Float>::sin`. Any
    /// other path (`my::exp`) is an ordinary call, never mistaken for a rule.
    fn is_float_qualifier(&self, fp: &syn::ExprPath) -> bool {
        let trait_name = |id: &syn::Ident| id == "Float" || id == "Scalar";
        let segs: Vec<&syn::PathSegment> = fp.path.segments.iter().collect();
        if let Some(q) = &fp.qself {
            if q.position == 0 {
                // `<f64>::exp`
                return crate::front::signature::is_float(&q.ty, &self.float_generics);
            }
            // `<T as Float>::sin`: the trait is the path before the method
            return segs.len() >= 2 && trait_name(&segs[segs.len() - 2].ident);
        }
        if segs.len() < 2 {
            return false;
        }
        let q = &segs[segs.len() - 2].ident;
        trait_name(q)
            || q == "f32"
            || q == "f64"
            || (segs.len() == 2 && self.float_generics.contains(q))
    }

    /// Whether an inactive (rewritten) expression is a float, as far as its syntax
    /// tells: literals, casts to a float, float methods, arithmetic with a float,
    /// float variables and parameters, constants like `PI`.
    pub(crate) fn is_float_expr(&self, e: &Expr) -> bool {
        let fl = &self.float_generics;
        match e {
            Expr::Lit(l) => matches!(l.lit, syn::Lit::Float(_)),
            Expr::Paren(p) => self.is_float_expr(&p.expr),
            Expr::Group(g) => self.is_float_expr(&g.expr),
            Expr::Unary(u) => !matches!(u.op, syn::UnOp::Not(_)) && self.is_float_expr(&u.expr),
            Expr::Binary(b) => {
                matches!(
                    b.op,
                    syn::BinOp::Add(_)
                        | syn::BinOp::Sub(_)
                        | syn::BinOp::Mul(_)
                        | syn::BinOp::Div(_)
                        | syn::BinOp::Rem(_)
                ) && (self.is_float_expr(&b.left) || self.is_float_expr(&b.right))
            }
            Expr::Cast(c) => crate::front::signature::is_float(&c.ty, fl),
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                let rule = rules_table::lookup(&name).is_some();
                // `sin`, `sqrt`, `atan`, ... exist only on floats; `abs`, `max`, ... on integers too
                let float_only =
                    rule && !["abs", "max", "min", "signum", "clamp"].contains(&name.as_str());
                float_only || rule && self.is_float_expr(&m.receiver) || is_float_constant(e)
            }
            Expr::Call(c) => {
                is_float_constant(e)
                    || matches!(&*c.func, Expr::Path(p) if self.is_float_qualifier(p)
                        && p.path.segments.last().is_some_and(|s| rules_table::lookup(&s.ident.to_string()).is_some()))
                    || matches!(&*c.func, Expr::Path(p) if self.returns_float_generic(p))
            }
            Expr::Path(p) => match p.path.get_ident() {
                Some(id) => match crate::ir::placeholder_var(id) {
                    Some(v) => self.vars[v].float,
                    None => {
                        self.params
                            .iter()
                            .any(|q| q.ident == *id && crate::front::signature::is_float(&q.ty, fl))
                            || is_float_constant(e)
                    }
                },
                None => is_float_constant(e),
            },
            Expr::Index(ix) => match &*ix.expr {
                Expr::Path(p) => p.path.get_ident().is_some_and(|id| {
                    self.params.iter().any(|q| {
                        q.ident == *id && crate::front::signature::shape_of(&q.ty, fl).is_some()
                    })
                }),
                _ => false,
            },
            _ => false,
        }
    }

    /// `c::<T>(..)` with `T` the float type: a helper producing that float.
    fn returns_float_generic(&self, p: &syn::ExprPath) -> bool {
        p.path.segments.last().is_some_and(|seg| match &seg.arguments {
            syn::PathArguments::AngleBracketed(a) => a.args.iter().any(|g| {
                matches!(g, syn::GenericArgument::Type(t) if crate::front::signature::is_float(t, &self.float_generics))
            }),
            _ => false,
        })
    }

    /// A float slice or array parameter that is not active (excluded by `wrt`).
    fn is_float_slice_param(&self, e: &Expr) -> bool {
        let e = match e {
            Expr::Reference(r) => &*r.expr,
            e => e,
        };
        matches!(e, Expr::Path(p) if p.path.get_ident().is_some_and(|id| self.params.iter().any(|q| {
            q.ident == *id && matches!(crate::front::signature::shape_of(&q.ty, &self.float_generics), Some(crate::front::signature::Shape::Slice))
        })))
    }

    fn call_args<'e>(
        &mut self,
        args: impl Iterator<Item = &'e Expr>,
        out: &mut Vec<Stmt>,
    ) -> Res<Vec<CallArg>> {
        let mut res = Vec::new();
        for a in args {
            res.push(match self.lower_expr(a, out)? {
                Lowered::Active(at) => CallArg::Active(at),
                Lowered::Slice(p) if matches!(self.params[p].kind, crate::ir::ParamKind::Array(_)) => {
                    return err_node(&a, "passing an active array parameter (`[F; N]` by value) to a differentiable call is not supported; take `x: &[F]` or `x: &[F; N]` in this function and pass `x` on, or pass its elements as scalars");
                }
                Lowered::Slice(p) => CallArg::Slice(p),
                // A float constant most likely fills a differentiable parameter of the
                // callee: pass it with a zero tangent and drop its adjoint. (If the
                // parameter is inactive instead, the call fails to type-check: never a
                // silently wrong derivative.)
                Lowered::Inactive(e) if self.is_float_expr(&e) => {
                    CallArg::Active(Atom::Const(Inact { expr: e }))
                }
                Lowered::Inactive(e) if self.is_float_slice_param(&e) => {
                    CallArg::ConstSlice(Inact { expr: e })
                }
                // the callee takes a tangent for a float parameter, none for others: an
                // argument whose type the syntax does not show must be bound with one
                Lowered::Inactive(_) if type_unseen(a) => {
                    let shown = quote::ToTokens::to_token_stream(a).to_string();
                    return err_node(&a, format!("the type of `{shown}` is not visible to #[differentiable], which must know whether a differentiable callee takes a derivative for it; bind it to a typed local first: `let c: f64 = {shown};` for a float, `let n: usize = {shown};` otherwise"));
                }
                Lowered::Inactive(e) => CallArg::Inactive(Inact { expr: e }),
                Lowered::Array(_) => {
                    return err_node(&a, "array literals as arguments are not supported")
                }
            });
        }
        Ok(res)
    }

    /// Lowers an expression in statement position. Returns the value of a tail block.
    pub(crate) fn lower_expr_stmt(
        &mut self,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Option<Lowered>> {
        match e {
            Expr::Assign(a) if matches!(&*a.left, Expr::Tuple(_)) => {
                // `(a, b) = (b, a * b)`: all right-hand sides first, then the assignments
                let (Expr::Tuple(lhs), Expr::Tuple(rhs)) = (&*a.left, &*a.right) else {
                    return err_node(
                        &a.right,
                        "a tuple assignment needs a tuple on the right: `(a, b) = (b, a * b);`",
                    );
                };
                if lhs.elems.len() != rhs.elems.len() {
                    return err_node(a, "tuple assignment with different lengths");
                }
                let mut vals = Vec::new();
                for r in &rhs.elems {
                    let v = self.lower_expr(r, out)?;
                    // hold each value in a fresh variable so later assignments cannot change it
                    let t = match v {
                        Lowered::Active(at) => self.temp("tuple", Val::Atom(at), r.span(), out),
                        Lowered::Inactive(e) => {
                            let t = self.new_var("tuple", false);
                            out.push(Stmt::Set {
                                var: t,
                                val: Val::Inact(Inact { expr: e }),
                                span: r.span(),
                                def: true,
                            });
                            let ph = placeholder(t, r.span());
                            Lowered::Inactive(syn::parse_quote!(#ph))
                        }
                        other => other,
                    };
                    vals.push(t);
                }
                for (l, v) in lhs.elems.iter().zip(vals) {
                    match self.assign_target(l)? {
                        Some(var) => self.assign(var, v, l.span(), out)?,
                        None => {
                            return err_node(l, "in a tuple assignment, assign to local variables")
                        }
                    }
                }
                Ok(None)
            }
            Expr::Assign(a) => {
                let v = self.assign_target(&a.left)?;
                let Some(v) = v else {
                    if self.env().mentions_active(&a.right) {
                        return err_node(&a.left, "assigning an active value here is not supported; assign to a local variable");
                    }
                    out.push(Stmt::Effect(Inact {
                        expr: self.env().rewrite(e),
                    }));
                    return Ok(None);
                };
                let value = self.lower_expr(&a.right, out)?;
                self.assign(v, value, a.eq_token.span, out)?;
                Ok(None)
            }
            Expr::Binary(b) if is_compound(&b.op) => {
                let Some(v) = self.assign_target(&b.left)? else {
                    if self.env().mentions_active(&b.right) {
                        return err_node(&b.left, "updating this place with an active value is not supported; update a local variable");
                    }
                    out.push(Stmt::Effect(Inact {
                        expr: self.env().rewrite(e),
                    }));
                    return Ok(None);
                };
                let plain = plain_op(&b.op);
                let left = &b.left;
                let right = &b.right;
                let full: Expr = syn::parse_quote_spanned!(b.op.span()=> #left #plain (#right));
                let value = self.lower_expr(&full, out)?;
                self.assign(v, value, b.op.span(), out)?;
                Ok(None)
            }
            Expr::If(i)
                if !crate::lower::expr_exits(e) && i.else_branch.is_some() && value_branches(i) =>
            {
                self.lower_expr(e, out).map(Some)
            }
            Expr::If(i) => self.lower_if_stmt(i, out).map(|_| None),
            Expr::ForLoop(f) => self.lower_for(f, out).map(|_| None),
            Expr::While(w) => {
                if w.label.is_some() {
                    return err_node(&w.label, LABEL_MSG);
                }
                let cond = self.lower_cond(&w.cond)?;
                let (body, brk) = self.lower_loop_body(&w.body.stmts, |_, _| Ok(()))?;
                out.push(Stmt::While { cond, body, brk });
                Ok(None)
            }
            Expr::Loop(l) => {
                if l.label.is_some() {
                    return err_node(&l.label, LABEL_MSG);
                }
                let (body, brk) = self.lower_loop_body(&l.body.stmts, |_, _| Ok(()))?;
                out.push(Stmt::While {
                    cond: Inact {
                        expr: syn::parse_quote!(true),
                    },
                    body,
                    brk,
                });
                Ok(None)
            }
            Expr::Block(b) if b.label.is_none() => {
                self.scopes.push();
                let v = self.lower_seq(&b.block.stmts, out, false);
                self.scopes.pop();
                v
            }
            Expr::Break(b) => {
                if b.label.is_some() {
                    return err_node(&b.label, LABEL_MSG);
                }
                if let Some(v) = &b.expr {
                    return err_node(v, "`break` with a value is not supported in a differentiable function; assign the value to a variable declared before the loop, then `break`");
                }
                let Some(ctx) = self.loops.last().copied() else {
                    return err(b.break_token.span, "`break` outside a loop");
                };
                self.set_flag(ctx.skip, out);
                self.set_flag(ctx.brk, out);
                Ok(None)
            }
            Expr::Continue(c) => {
                if c.label.is_some() {
                    return err_node(&c.label, LABEL_MSG);
                }
                let Some(ctx) = self.loops.last().copied() else {
                    return err(c.continue_token.span, "`continue` outside a loop");
                };
                self.set_flag(ctx.skip, out);
                Ok(None)
            }
            Expr::Macro(m) => {
                self.lower_macro_stmt(&m.mac, out)?;
                Ok(None)
            }
            Expr::MethodCall(m) if !is_self(&m.receiver) && self.env().mentions_active(e) => {
                let recv_active = self.env().mentions_active(&m.receiver);
                let name = &m.method;
                if recv_active {
                    err_node(
                        &e,
                        format!("the value of `.{name}()` is unused; bind it with `let`"),
                    )
                } else {
                    err_node(&e, format!("method `{name}` called with an active argument: an active value cannot be stored or passed to code that is not differentiated; only float methods with a derivative rule and #[differentiable] methods of `self` take active values"))
                }
            }
            Expr::MethodCall(_) | Expr::Call(_) => {
                if self.env().mentions_active(e) {
                    return err_node(&e, "the value of this call is unused; bind it with `let`");
                }
                if let Expr::MethodCall(m) = e {
                    self.check_not_mutating_local(&m.receiver, &m.method)?;
                }
                out.push(Stmt::Effect(Inact {
                    expr: self.env().rewrite(e),
                }));
                Ok(None)
            }
            other => self.lower_expr(other, out).map(Some),
        }
    }

    /// `v.push(..)` on a local declared `mut`: the generated code holds every local
    /// as immutable versions and replays statements in the reverse sweep, so a
    /// mutation in place would fail to compile or run twice.
    fn check_not_mutating_local(&self, receiver: &Expr, method: &syn::Ident) -> Res<()> {
        let Some(root) = crate::lower::desugar::root_ident(receiver) else {
            return Ok(());
        };
        match self.env().resolve(&root.to_string()) {
            Some(Binding::Local(v)) if self.vars[v].user_mut => err_node(
                &receiver,
                format!("calling `.{method}(..)` on the mutable local `{root}` is not supported in a differentiable function (the derivative code keeps locals immutable and replays statements); build `{root}` before calling the function and pass it in, or compute the values with ordinary expressions"),
            ),
            _ => Ok(()),
        }
    }

    fn set_flag(&mut self, flag: Option<VarId>, out: &mut Vec<Stmt>) {
        if let Some(f) = flag {
            out.push(Stmt::Set {
                var: f,
                val: Val::Inact(Inact {
                    expr: syn::parse_quote!(true),
                }),
                span: Span::call_site(),
                def: false,
            });
        }
    }

    /// The local variable an assignment writes; `None` for places that are not locals
    /// (fields, `_`), which are only allowed for inactive values.
    fn assign_target(&mut self, lhs: &Expr) -> Res<Option<VarId>> {
        match lhs {
            Expr::Path(p) if p.qself.is_none() && p.path.get_ident().is_some() => {
                let id = p.path.get_ident().map(ToString::to_string).unwrap_or_default();
                match self.env().resolve(&id) {
                    Some(Binding::Local(v)) => Ok(Some(v)),
                    Some(Binding::Param(_)) => err_node(&lhs, format!("assignment to parameter `{id}` is not supported; copy it into a local first: `let mut {id} = {id};`")),
                    None => Ok(None),
                }
            }
            Expr::Paren(p) => self.assign_target(&p.expr),
            Expr::Index(_) => {
                err_node(&lhs, "writing into an array element is not supported in a differentiable function; use separate scalar variables, or return an array literal")
            }
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                err_node(&lhs, "mutation through a `&mut` reference is not supported in a differentiable function (the generated derivatives run the body's code more than once); return the value instead")
            }
            Expr::Infer(_) => Ok(None),
            Expr::Field(_) => Ok(None),
            other => err_node(&other, "unsupported assignment target in a differentiable function"),
        }
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
    fn lower_loop_body(
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

    /// Holds an inactive value in a fresh variable; returns the placeholder reading it.
    fn snapshot(&mut self, name: &str, e: Expr, span: Span, out: &mut Vec<Stmt>) -> Expr {
        let v = self.new_var(name, false);
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
            self.snapshot("draw", rewritten, e.span(), out)
        } else {
            rewritten
        }
    }

    fn new_flag(&mut self, name: &str, body: &mut Vec<Stmt>) -> VarId {
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

    fn lower_for(&mut self, f: &syn::ExprForLoop, out: &mut Vec<Stmt>) -> Res<()> {
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
        let it = self.iter_of(&f.expr)?;
        let len = self.iter_len(&it);
        let idx = self.new_var("i", false);
        let pat = (*f.pat).clone();
        let (body, brk) =
            self.lower_loop_body(&f.body.stmts, |l, body| l.bind_elems(&it, &pat, idx, body))?;
        out.push(Stmt::For(ForLoop {
            idx,
            lo: Inact {
                expr: syn::parse_quote!(0usize),
            },
            hi: Inact { expr: len },
            inclusive: false,
            body,
            brk,
        }));
        Ok(())
    }

    /// Parses the iterator of a `for` loop over slices.
    fn iter_of(&mut self, e: &Expr) -> Res<Iter> {
        const MSG: &str = "unsupported iterator in a differentiable function; iterate over a range (`0..n`, `(0..n).rev()`), a slice (`x`, `x.iter()`, `x.iter().copied()`), `.enumerate()` or `.zip(..)` of those; for other orders loop over indices (`for k in 0..n { let i = 2 * k; .. }`)";
        match e {
            Expr::Paren(p) => self.iter_of(&p.expr),
            Expr::MethodCall(m) => match m.method.to_string().as_str() {
                "enumerate" if m.args.is_empty() => {
                    Ok(Iter::Enumerate(Box::new(self.iter_of(&m.receiver)?)))
                }
                "zip" if m.args.len() == 1 => {
                    let a = self.iter_of(&m.receiver)?;
                    let b = self.iter_of(&m.args[0])?;
                    Ok(Iter::Zip(Box::new(a), Box::new(b)))
                }
                "copied" | "cloned" if m.args.is_empty() => match self.iter_of(&m.receiver)? {
                    Iter::Seq { src, .. } => Ok(Iter::Seq { src, by_ref: false }),
                    _ => err_node(&m.method, MSG),
                },
                "iter" | "into_iter" if m.args.is_empty() => Ok(Iter::Seq {
                    src: self.src_of(&m.receiver)?,
                    by_ref: true,
                }),
                _ => err_node(&m.method, MSG),
            },
            Expr::Reference(r) => Ok(Iter::Seq {
                src: self.src_of(&r.expr)?,
                by_ref: true,
            }),
            Expr::Path(_) | Expr::Field(_) => {
                let src = self.src_of(e)?;
                let by_ref = match &src {
                    Src::Param(p) => matches!(self.params[*p].ty, syn::Type::Reference(_)),
                    Src::Inactive(_) => true,
                };
                Ok(Iter::Seq { src, by_ref })
            }
            other => err_node(&other, MSG),
        }
    }

    fn src_of(&mut self, e: &Expr) -> Res<Src> {
        let mut scratch = Vec::new();
        match self.lower_expr(e, &mut scratch)? {
            Lowered::Slice(p) => Ok(Src::Param(p)),
            Lowered::Inactive(x) if scratch.is_empty() => Ok(Src::Inactive(x)),
            _ => err_node(
                &e,
                "iterate over a parameter slice or array, or over inactive data",
            ),
        }
    }

    fn iter_len(&self, it: &Iter) -> Expr {
        match it {
            Iter::Seq {
                src: Src::Param(p), ..
            } => {
                let id = &self.params[*p].ident;
                syn::parse_quote!(#id.len())
            }
            Iter::Seq {
                src: Src::Inactive(e),
                ..
            } => syn::parse_quote!((#e).len()),
            Iter::Enumerate(i) => self.iter_len(i),
            Iter::Zip(a, b) => {
                let (a, b) = (self.iter_len(a), self.iter_len(b));
                syn::parse_quote!(::core::cmp::min(#a, #b))
            }
        }
    }

    /// Binds the loop pattern to the elements at index `idx`.
    fn bind_elems(&mut self, it: &Iter, pat: &Pat, idx: VarId, body: &mut Vec<Stmt>) -> Res<()> {
        let span = pat.span();
        let ph = placeholder(idx, span);
        match (it, pat) {
            (_, Pat::Wild(_)) => Ok(()),
            (Iter::Enumerate(inner), Pat::Tuple(t)) if t.elems.len() == 2 => {
                let name = pat_ident(&t.elems[0])?;
                if name != "_" {
                    let v = self.new_var(&name.to_string(), false);
                    body.push(Stmt::Set { var: v, val: Val::Inact(Inact { expr: syn::parse_quote!(#ph) }), span, def: true });
                    self.scopes.bind(name.to_string(), v);
                }
                self.bind_elems(inner, &t.elems[1], idx, body)
            }
            (Iter::Zip(a, b), Pat::Tuple(t)) if t.elems.len() == 2 => {
                self.bind_elems(a, &t.elems[0], idx, body)?;
                self.bind_elems(b, &t.elems[1], idx, body)
            }
            (Iter::Seq { src, by_ref }, p) => {
                let (p, deref) = match p {
                    Pat::Reference(r) => (&*r.pat, true),
                    p => (p, false),
                };
                let name = pat_ident(p)?;
                if name == "_" {
                    return Ok(());
                }
                let (active, val) = match src {
                    Src::Param(pi) => (true, Val::Index { base: Base::Param(*pi), index: Inact { expr: syn::parse_quote!(#ph) } }),
                    Src::Inactive(e) => {
                        let expr: Expr =
                            if *by_ref && !deref { syn::parse_quote!(&(#e)[#ph]) } else { syn::parse_quote!((#e)[#ph]) };
                        (false, Val::Inact(Inact { expr }))
                    }
                };
                let v = self.new_var(&name.to_string(), active);
                self.vars[v].by_ref = !active && *by_ref && !deref;
                self.vars[v].user_ref = active && *by_ref && !deref;
                body.push(Stmt::Set { var: v, val, span, def: true });
                self.scopes.bind(name.to_string(), v);
                Ok(())
            }
            (_, other) => err_node(&other, "this pattern does not match the iterator; use `(i, v)` for `.enumerate()` and `(a, b)` for `.zip(..)`"),
        }
    }
}

const LABEL_MSG: &str = "loop labels are not supported in a differentiable function; use a `bool` flag set before a plain `break` and checked by the outer loop";

/// Float literals, `T::from(..).unwrap()`, `T::zero()`/`T::one()`, `f64::consts::PI`-like
/// paths, and negations of those.
pub(crate) fn is_float_constant(e: &Expr) -> bool {
    match e {
        Expr::Lit(l) => matches!(l.lit, syn::Lit::Float(_)),
        Expr::Paren(p) => is_float_constant(&p.expr),
        Expr::Group(g) => is_float_constant(&g.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => is_float_constant(&u.expr),
        Expr::MethodCall(m) if m.method == "unwrap" && m.args.is_empty() => {
            is_float_constant(&m.receiver)
        }
        Expr::Call(c) => match &*c.func {
            Expr::Path(p) => {
                let segs = &p.path.segments;
                let last = segs.last().map(|s| s.ident.to_string()).unwrap_or_default();
                segs.len() >= 2
                    && ["from", "from_f64", "from_f32", "zero", "one", "constant"]
                        .contains(&last.as_str())
            }
            _ => false,
        },
        Expr::Path(p) => {
            let names: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            names.iter().any(|n| n == "consts")
                || matches!(
                    names.last().map(String::as_str),
                    Some("PI" | "E" | "TAU" | "SQRT_2" | "LN_2" | "LN_10")
                )
        }
        _ => false,
    }
}

/// Whether a `let` appears anywhere inside `e`.
fn contains_let(e: &Expr) -> bool {
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

/// `(a..b).rev()` (parentheses optional), as a range.
fn reversed_range(e: &Expr) -> Option<&syn::ExprRange> {
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

/// An argument whose type cannot be told from its syntax: a field (`self.c`), an
/// element of something other than a parameter (`W[i]`), a constant (`SCALE`).
fn type_unseen(a: &Expr) -> bool {
    match a {
        Expr::Paren(p) => type_unseen(&p.expr),
        Expr::Field(_) => true,
        Expr::Index(i) => {
            !matches!(&*i.expr, Expr::Path(p) if p.path.get_ident().is_some_and(|id| id.to_string().chars().any(char::is_lowercase)))
        }
        Expr::Path(p) => p.path.get_ident().is_some_and(|id| {
            let s = id.to_string();
            s.chars().any(|c| c.is_ascii_uppercase()) && !s.chars().any(char::is_lowercase)
        }),
        _ => false,
    }
}

/// `&mut T`.
fn is_mut_ref(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Reference(r) if r.mutability.is_some())
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

fn is_self(e: &Expr) -> bool {
    matches!(e, Expr::Path(p) if p.path.is_ident("self"))
}

fn is_compound(op: &syn::BinOp) -> bool {
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

fn plain_op(op: &syn::BinOp) -> proc_macro2::TokenStream {
    use syn::BinOp::*;
    let s = op.span();
    match op {
        AddAssign(_) => quote::quote_spanned!(s=> +),
        SubAssign(_) => quote::quote_spanned!(s=> -),
        MulAssign(_) => quote::quote_spanned!(s=> *),
        DivAssign(_) => quote::quote_spanned!(s=> /),
        RemAssign(_) => quote::quote_spanned!(s=> %),
        BitAndAssign(_) => quote::quote_spanned!(s=> &),
        BitOrAssign(_) => quote::quote_spanned!(s=> |),
        BitXorAssign(_) => quote::quote_spanned!(s=> ^),
        ShlAssign(_) => quote::quote_spanned!(s=> <<),
        _ => quote::quote_spanned!(s=> >>),
    }
}

/// Whether both branches of an `if` end in a value (so it is an expression).
fn value_branches(i: &syn::ExprIf) -> bool {
    let ends = |b: &syn::Block| matches!(b.stmts.last(), Some(syn::Stmt::Expr(e, None)) if !matches!(e, Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_)) && !crate::lower::desugar::is_statement_like(e));
    ends(&i.then_branch)
        && match i.else_branch.as_ref().map(|(_, e)| &**e) {
            Some(Expr::Block(b)) => ends(&b.block),
            Some(Expr::If(ii)) => ii.else_branch.is_some() && value_branches(ii),
            _ => false,
        }
}

/// `(has break, has continue)` for the loop owning `stmts` (not nested loops).
fn scan_exits(stmts: &[syn::Stmt]) -> (bool, bool) {
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

fn is_generic_like(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.get_ident().is_some_and(|i| {
        let s = i.to_string();
        s.len() == 1 && s.chars().all(|c| c.is_ascii_uppercase())
    }))
}

/// A short description of an expression for error messages.
fn short(e: &Expr) -> String {
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
