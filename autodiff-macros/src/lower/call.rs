//! Calls: float methods with a derivative rule, calls to other differentiable
//! functions and methods, and how each argument is passed.

use super::rules_table::{self, Arity};
use super::{err, err_node, Lowered, Lowerer, Res};
use crate::ir::*;
use syn::spanned::Spanned;
use syn::Expr;

impl Lowerer {
    pub(super) fn lower_method(
        &mut self,
        m: &syn::ExprMethodCall,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        // `x.iter().map(..).sum()` and the rest of an iterator chain
        if let Some(l) = self.lower_iterator_method(m, out)? {
            return Ok(l);
        }
        let name = m.method.to_string();
        let span = m.method.span();
        if is_self(&m.receiver) {
            let args = self.call_args(m.args.iter(), out)?;
            return Ok(self.temp(
                &name,
                Val::Call(Call {
                    callee: m.method.clone().into(),
                    method_on_self: true,
                    receiver: None,
                    path: self.self_path().map(Box::new),
                    args,
                }),
                span,
                out,
            ));
        }
        // `self.model.loss(w)`, `m.loss(w)`, `m.inner.loss(w)` on an inactive parameter: a
        // differentiable method of a value the derivative code reads as it is, called
        // with active arguments (a float method of a field is a rule, below)
        if (is_field_of_self(&m.receiver) || self.is_inactive_param_path(&m.receiver))
            && rules_table::lookup(&name).is_none()
            && !rules_table::PREDICATES.contains(&name.as_str())
            && m.args.iter().any(|a| self.env().mentions_active(a))
        {
            let args = self.call_args(m.args.iter(), out)?;
            return Ok(self.temp(
                &name,
                Val::Call(Call {
                    callee: m.method.clone().into(),
                    method_on_self: false,
                    receiver: Some(Inact {
                        expr: (*m.receiver).clone(),
                    }),
                    path: self.param_method_path(&m.receiver).map(Box::new),
                    args,
                }),
                span,
                out,
            ));
        }
        let recv = self.lower_expr(&m.receiver, out)?;
        if m.args.iter().any(super::stmt::contains_let_stmt) {
            // arguments declaring variables are lowered in every case, so that the
            // user's variables are declared in the same order in every activity pass
            return self.lower_method_with_lowered_args(m, recv, e, out);
        }
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
                        let shown = quote::ToTokens::to_token_stream(&*m.receiver).to_string();
                        return err(span, format!("method `{name}` called with an active argument on a value whose type #[differentiable] cannot see (`{shown}`): call a #[differentiable] method through its type with a reference to that value, `Type::{name}(&value, ..)`; only float methods with a derivative rule and the methods of `self`, of parameters and of their fields are called as methods with active values"));
                    }
                    if name == "sin_cos" {
                        return err(span, "`sin_cos` returns a tuple: bind it, `let (s, c) = x.sin_cos();` (or read one part, `x.sin_cos().0`)");
                    }
                    if ["to_f64", "to_f32"].contains(&name.as_str()) {
                        return err(span, format!("`{name}` of an active value would drop its derivative; convert with `as` (`x as f64`) in concrete float code, or keep generic code in its float type"));
                    }
                    return err(span, format!("no derivative rule for method `{name}` on an active float; supported: {}", rules_table::supported_list()));
                };
                let all: Vec<&Expr> = std::iter::once(&*m.receiver).chain(m.args.iter()).collect();
                self.lower_rule(rule, arity, &all, vec![recv], e, out)
            }
            Lowered::Array(_) => err(span, "methods on array literals are not supported"),
            Lowered::Arr(_) if name == "len" || name == "is_empty" => self.inactive_use(e),
            Lowered::Arr(_) => err(
                span,
                format!("method `{name}` on a local array is not supported; index it in a `for` loop over `0..a.len()`"),
            ),
        }
    }

    /// A method call whose arguments are lowered first (they declare variables).
    fn lower_method_with_lowered_args(
        &mut self,
        m: &syn::ExprMethodCall,
        recv: Lowered,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let name = m.method.to_string();
        let span = m.method.span();
        let args = m
            .args
            .iter()
            .map(|a| self.lower_expr(a, out))
            .collect::<Res<Vec<_>>>()?;
        // the arguments' expressions, when every one of them is inactive
        let inactive_args: Option<Vec<Expr>> = args
            .iter()
            .map(|a| match a {
                Lowered::Inactive(x) => Some(x.clone()),
                _ => None,
            })
            .collect();
        match (recv, inactive_args) {
            (Lowered::Inactive(r), Some(inactive_args)) => {
                // the call itself, on the lowered receiver and arguments
                let mut call = m.clone();
                call.receiver = Box::new(r);
                call.args = inactive_args.into_iter().collect();
                let call = Expr::MethodCall(call);
                if self.is_impure(e) {
                    return Ok(Lowered::Inactive(self.snapshot("draw", call, span, out)));
                }
                Ok(Lowered::Inactive(call))
            }
            (recv @ (Lowered::Active(_) | Lowered::Inactive(_)), _) => {
                let Some((rule, arity)) = rules_table::lookup(&name) else {
                    return err(span, format!("method `{name}` called with an active argument or receiver has no derivative rule; supported: {}", rules_table::supported_list()));
                };
                let all: Vec<&Expr> = std::iter::once(&*m.receiver).chain(m.args.iter()).collect();
                let pre: Vec<Lowered> = std::iter::once(recv).chain(args).collect();
                self.lower_rule(rule, arity, &all, pre, e, out)
            }
            (Lowered::Slice(_) | Lowered::Array(_) | Lowered::Arr(_), _) => err(
                span,
                format!("method `{name}` on an active slice or array is not supported; index it"),
            ),
        }
    }

    /// `rule(args)`; `pre` are the leading arguments already lowered (the receiver).
    pub(super) fn lower_rule(
        &mut self,
        rule: &'static str,
        arity: Arity,
        args: &[&Expr],
        pre: Vec<Lowered>,
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
        // the leading arguments already lowered (the receiver, ...), then the others
        let mut pre = pre.into_iter();
        for a in &args[..n_float] {
            let l = match pre.next() {
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

    pub(super) fn lower_call(
        &mut self,
        c: &syn::ExprCall,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let Expr::Path(fp) = &*c.func else {
            return err_node(&c.func, "calls through expressions are not supported with active arguments; call a named function");
        };
        let segs = &fp.path.segments;
        let last = segs.last().map(|s| s.ident.to_string()).unwrap_or_default();
        if self.is_float_qualifier(fp) {
            if let Some((rule, arity)) = rules_table::lookup(&last) {
                let args: Vec<&Expr> = c.args.iter().collect();
                return self.lower_rule(rule, arity, &args, Vec::new(), e, out);
            }
            if let Some(to) = primitive_from(fp).filter(|_| c.args.len() == 1) {
                // `f64::from(x)` of an `f32`: a widening cast
                return self.lower_cast_to(&c.args[0], &to, c.paren_token.span.join(), e, out);
            }
            if ["from", "zero", "one", "from_f64", "from_f32"].contains(&last.as_str()) {
                let mut scratch = Vec::new();
                for a in &c.args {
                    if matches!(self.lower_expr(a, &mut scratch)?, Lowered::Active(_)) {
                        return err_node(&c, format!("`{last}` of an active value would drop its derivative: use the value directly, convert between `f32` and `f64` with `as` or `f64::from`, and in generic code keep active values in the generic type (give such a parameter the generic type, or leave it out of `wrt(..)` to make it a constant)"));
                    }
                }
                // e.g. `T::from(x.len())`: only an integer came from an active slice
                return self.inactive_use(e);
            }
        }
        if rules_table::PREDICATES.contains(&last.as_str()) {
            return self.inactive_use(e);
        }
        if let Some(r) = self.lower_known_path_call(c, fp, &last, e, out) {
            return r;
        }
        if let Some(id) = fp.path.get_ident().filter(|_| fp.qself.is_none()) {
            if self.env().resolve(&id.to_string()).is_some() {
                return err_node(&c.func, format!("`{id}` is a variable (a closure or a function value); calling it with an active argument is not supported in a differentiable function: write the expression inline, or make it a #[differentiable] fn"));
            }
        }
        if is_no_grad(fp) {
            return self.lower_no_grad(c, e);
        }
        // `let v = g_grad(x, &mut gx);`: a nested derivative of a function of a slice
        if let Some(l) = self.lower_nested_slice_call(c, fp, out)? {
            return Ok(l);
        }
        if let Some(a) = c.args.iter().find(|a| self.is_mut_borrow(a)) {
            return err_node(a, "a `&mut` argument to a differentiable call is not supported: the derivative code calls the function more than once, so its side effects would repeat; draw the values before the call (`let u = rng.uniform();`) and pass them");
        }
        let args = self.call_args(c.args.iter(), out)?;
        let active_call = args.iter().any(CallArg::is_active);
        // Only a callee declared in the body can be checked here. A macro sees the item
        // it is on and nothing else, and stable Rust gives generated code no way to ask
        // whether an item exists (`h_jvp` of a helper without the attribute) or how many
        // arguments it takes (a float outside the callee's `wrt(..)` without
        // `no_grad(..)`) other than naming and calling it: a missing item or a wrong
        // count is the compiler's error, at the user's call and argument, by design of
        // the spans below (`emit::forward::call_forward`).
        if active_call {
            self.nested_call_unbound(fp)?;
            self.check_local_callee_has_rules(fp)?;
        }
        if !active_call {
            return self.inactive_use(e);
        }
        Ok(self.temp(
            &last,
            Val::Call(Call {
                callee: fp.path.clone(),
                method_on_self: false,
                receiver: None,
                path: None,
                args,
            }),
            fp.path.span(),
            out,
        ))
    }

    /// Calls the macro knows without a `_jvp`: `libm::sin(x)` and the other `libm`
    /// functions with a rule, and, when an argument is active, the float paths
    /// without one (`f64::exp10(x)`, `libm::erf(x)`), which are errors.
    fn lower_known_path_call(
        &mut self,
        c: &syn::ExprCall,
        fp: &syn::ExprPath,
        last: &str,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Option<Res<Lowered>> {
        let active = || self.env().mentions_active(e);
        if is_libm_path(fp) {
            let args: Vec<&Expr> = c.args.iter().collect();
            return Some(match rules_table::lookup_libm(last) {
                Some((rule, arity)) => self.lower_rule(rule, arity, &args, Vec::new(), e, out),
                None if last == "sincos" || last == "sincosf" => err_node(c, format!("`libm::{last}` returns a tuple: bind it, `let (s, c) = libm::{last}(x);`")),
                None if active() => err_node(&fp.path, format!("`libm::{last}` has no derivative rule; differentiable `libm` functions (and their `f32` versions ending in `f`): {}; for another, wrap it in a function of your own with hand-written `_jvp`, `_vjp` and `_hvp` rules", rules_table::libm_list())),
                None => self.inactive_use(e),
            });
        }
        if self.is_float_qualifier(fp) && active() {
            let msg = if last == "sin_cos" {
                format!("`{last}` returns a tuple: bind it, `let (s, c) = x.sin_cos();`")
            } else {
                format!(
                    "no derivative rule for `{last}` on an active float; supported: {}",
                    rules_table::supported_list()
                )
            };
            return Some(err_node(&fp.path, msg));
        }
        None
    }

    /// The operand of `a.sin_cos()`, `f64::sin_cos(a)`, `T::sin_cos(a)` or
    /// `libm::sincos(a)` (`sincosf`), whose value is the pair `(sin a, cos a)`.
    pub(super) fn sin_cos_operand<'e>(&self, e: &'e Expr) -> Option<&'e Expr> {
        match e {
            Expr::Paren(p) => self.sin_cos_operand(&p.expr),
            Expr::MethodCall(m) if m.method == "sin_cos" && m.args.is_empty() => Some(&m.receiver),
            Expr::Call(c) if c.args.len() == 1 => {
                let Expr::Path(fp) = &*c.func else {
                    return None;
                };
                let last = fp.path.segments.last()?.ident.to_string();
                let float_path = last == "sin_cos" && self.is_float_qualifier(fp);
                let libm = is_libm_path(fp) && (last == "sincos" || last == "sincosf");
                (float_path || libm).then(|| &c.args[0])
            }
            _ => None,
        }
    }

    /// `let (s, c) = a.sin_cos();`: the rules `sin` and `cos` of the one operand, or
    /// only `parts` of them (`a.sin_cos().0` needs the sine alone).
    pub(super) fn lower_sin_cos(
        &mut self,
        operand: &Expr,
        whole: &Expr,
        parts: &[&'static str],
        out: &mut Vec<Stmt>,
    ) -> Res<Vec<Lowered>> {
        let a = match self.lower_expr(operand, out)? {
            // only an integer came from an active slice: `(x.len() as f64).sin_cos()`
            Lowered::Inactive(x) => {
                return Ok(parts
                    .iter()
                    .map(|p| {
                        let m = syn::Ident::new(p, whole.span());
                        Lowered::Inactive(syn::parse_quote!((#x).#m()))
                    })
                    .collect())
            }
            other => self.atom(other, operand.span())?,
        };
        let span = whole.span();
        Ok(parts
            .iter()
            .map(|&name| {
                let val = Val::Rule {
                    name,
                    args: vec![a.clone()],
                    extra: None,
                };
                self.temp(name, val, span, out)
            })
            .collect())
    }

    /// A function declared in the body and called with an active argument must have
    /// rules: the attribute, or hand-written `_jvp`, `_vjp` and `_hvp` beside it (the
    /// macro sees these items; for functions outside the body, the compiler reports a
    /// missing `h_jvp` at the call).
    fn check_local_callee_has_rules(&self, fp: &syn::ExprPath) -> Res<()> {
        let Some(id) = fp.path.get_ident().filter(|_| fp.qself.is_none()) else {
            return Ok(());
        };
        let fns: Vec<&syn::ItemFn> = self
            .items
            .iter()
            .filter_map(|it| match it {
                syn::Item::Fn(f) => Some(f),
                _ => None,
            })
            .collect();
        let Some(callee) = fns.iter().find(|f| f.sig.ident == *id) else {
            return Ok(());
        };
        let marked = callee.attrs.iter().any(|a| {
            a.path()
                .segments
                .last()
                .is_some_and(|s| s.ident == "differentiable")
        });
        let missing: Vec<String> = ["jvp", "vjp", "hvp"]
            .iter()
            .map(|k| format!("{id}_{k}"))
            .filter(|n| !fns.iter().any(|f| f.sig.ident == n.as_str()))
            .collect();
        if marked || missing.is_empty() {
            return Ok(());
        }
        err_node(&fp.path, format!("`{id}` is called with an active argument but has no derivative: mark it `#[differentiable]`, or write its rules beside it ({} missing)", missing.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")))
    }

    /// `no_grad(v)` outside a call's argument list: `v` itself, which must not carry a
    /// derivative.
    fn lower_no_grad(&mut self, c: &syn::ExprCall, e: &Expr) -> Res<Lowered> {
        if c.args.len() != 1 {
            return err_node(c, "`no_grad` takes one value: `no_grad(v)`");
        }
        if self.env().mentions_active(&c.args[0]) {
            return err_node(&c.args[0], NO_GRAD_ACTIVE);
        }
        self.inactive_use(e)
    }

    /// An argument passed in a way its syntax says: `no_grad(v)` (the callee does not
    /// differentiate it: the value alone), or a subslice `&x[a..b]` of an active slice
    /// or array parameter (with the same subslice of its tangent or shadow).
    fn marked_or_subslice_arg(&mut self, a: &Expr) -> Res<Option<CallArg>> {
        if let Expr::Call(c) = a {
            if matches!(&*c.func, Expr::Path(fp) if is_no_grad(fp)) {
                if c.args.len() != 1 {
                    return err_node(c, "`no_grad` takes one value: `no_grad(v)`");
                }
                if self.env().mentions_active(&c.args[0]) {
                    return err_node(&c.args[0], NO_GRAD_ACTIVE);
                }
                self.check_inactive_expr(a)?;
                return Ok(Some(CallArg::Inactive(Inact {
                    expr: self.env().rewrite(a),
                })));
            }
        }
        let Expr::Reference(r) = a else {
            return Ok(None);
        };
        let Expr::Index(ix) = &*r.expr else {
            return Ok(None);
        };
        if r.mutability.is_some() || !matches!(&*ix.index, Expr::Range(_)) {
            return Ok(None);
        }
        let Expr::Path(base) = &*ix.expr else {
            return Ok(None);
        };
        let Lowered::Slice(p) = self.lower_path(base, &ix.expr) else {
            return Ok(None);
        };
        if matches!(self.params[p].kind, crate::ir::ParamKind::Array(_)) {
            return err_node(a, "passing part of an active array parameter (`[F; N]` by value) to a differentiable call is not supported; take `x: &[F]` or `x: &[F; N]` in this function and pass `&x[a..b]`");
        }
        self.check_inactive_expr(&ix.index)?;
        Ok(Some(CallArg::SubSlice {
            param: p,
            range: Inact {
                expr: self.env().rewrite(&ix.index),
            },
        }))
    }

    /// The user's name of the local `e` reads, when its type is not visible.
    fn local_of_unseen_type(&self, e: &Expr) -> Option<String> {
        let Expr::Path(p) = e else { return None };
        let v = p.path.get_ident().and_then(crate::ir::placeholder_var)?;
        self.vars[v].type_unseen.then(|| self.vars[v].name.clone())
    }

    /// Whether an inactive (rewritten) expression's type is hidden from the syntax: a
    /// call or method whose result is not known, a field, an element of something
    /// other than a parameter, a constant, or a local of such a type.
    pub(crate) fn is_type_unseen_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Paren(p) => self.is_type_unseen_expr(&p.expr),
            Expr::Group(g) => self.is_type_unseen_expr(&g.expr),
            Expr::Field(_) | Expr::Call(_) => !self.is_float_expr(e),
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                // methods whose result is not a float whatever the receiver
                let not_float = [
                    "len",
                    "is_empty",
                    "count",
                    "count_ones",
                    "leading_zeros",
                    "trailing_zeros",
                    "is_some",
                    "is_none",
                    "is_nan",
                    "is_finite",
                    "contains",
                ];
                // methods of floats and integers alike, whose result has the receiver's type
                let same_type = [
                    "pow",
                    "abs",
                    "min",
                    "max",
                    "clamp",
                    "signum",
                    "rem_euclid",
                    "div_euclid",
                    "wrapping_add",
                    "wrapping_sub",
                    "wrapping_mul",
                    "saturating_sub",
                    "saturating_add",
                ];
                if not_float.contains(&name.as_str()) || self.is_float_expr(e) {
                    false
                } else if same_type.contains(&name.as_str()) {
                    self.is_type_unseen_expr(&m.receiver)
                } else {
                    !["clone", "unwrap", "to_owned"].contains(&name.as_str())
                        || self.is_type_unseen_expr(&m.receiver)
                }
            }
            Expr::Index(i) => match &*i.expr {
                Expr::Path(p) => {
                    p.path
                        .get_ident()
                        .is_some_and(|id| match crate::ir::placeholder_var(id) {
                            Some(v) => self.vars[v].type_unseen,
                            None => !self.params.iter().any(|q| q.ident == *id),
                        })
                }
                _ => true,
            },
            Expr::Path(p) => p
                .path
                .get_ident()
                .is_some_and(|id| match crate::ir::placeholder_var(id) {
                    Some(v) => self.vars[v].type_unseen,
                    None => type_unseen(e) && !self.is_float_expr(e),
                }),
            Expr::Binary(b) => {
                let arith = matches!(
                    b.op,
                    syn::BinOp::Add(_)
                        | syn::BinOp::Sub(_)
                        | syn::BinOp::Mul(_)
                        | syn::BinOp::Div(_)
                        | syn::BinOp::Rem(_)
                );
                arith
                    && !self.is_float_expr(e)
                    && (self.is_type_unseen_expr(&b.left) || self.is_type_unseen_expr(&b.right))
            }
            Expr::Unary(u) => {
                !matches!(u.op, syn::UnOp::Not(_)) && self.is_type_unseen_expr(&u.expr)
            }
            // the value of a `match`, `if` or block: what its arms hold is not seen here
            Expr::Match(_) | Expr::If(_) | Expr::Block(_) => !self.is_float_expr(e),
            _ => false,
        }
    }

    /// Whether `path` names a method of a float type: `f64::sin`, `Float::sin`,
    /// `num_traits::Float::sin`, `T::sin` with `T: Float`, `<T as Float>::sin`. Any
    /// other path (`my::exp`) is an ordinary call, never mistaken for a rule.
    pub(super) fn is_float_qualifier(&self, fp: &syn::ExprPath) -> bool {
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
            // a block ending in a float literal (`{ let t = s; 0.5 }`): only literals and
            // casts count, since a name at its tail may be one the block shadows
            Expr::Block(_) => self.is_float_literal_tail(e),
            // an `if` whose every branch is a float (`if c { c::<T>(0.5) } else { 1.5 }`)
            Expr::If(i) => {
                self.is_float_branch(&i.then_branch)
                    && i.else_branch.as_ref().is_some_and(|(_, e)| match &**e {
                        Expr::Block(b) => self.is_float_branch(&b.block),
                        other => self.is_float_expr(other),
                    })
            }
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
                // an element of a local array of floats (`h[i]`, also `r[i][j]`)
                Expr::Path(p)
                    if p.path
                        .get_ident()
                        .and_then(crate::ir::placeholder_var)
                        .is_some() =>
                {
                    p.path
                        .get_ident()
                        .and_then(crate::ir::placeholder_var)
                        .is_some_and(|v| self.vars[v].dims.is_some() && self.vars[v].float)
                }
                Expr::Path(p) => p.path.get_ident().is_some_and(|id| {
                    self.params.iter().any(|q| {
                        q.ident == *id && crate::front::signature::shape_of(&q.ty, fl).is_some()
                    })
                }),
                Expr::Index(_) => self.is_float_expr(&ix.expr),
                _ => false,
            },
            _ => false,
        }
    }

    /// A branch of an `if` whose value is a float: a single float expression (which no
    /// `let` of the branch can shadow), or a tail `block_tail_is_float_literal` accepts.
    fn is_float_branch(&self, b: &syn::Block) -> bool {
        match b.stmts.as_slice() {
            [syn::Stmt::Expr(t, None)] => self.is_float_expr(t),
            _ => self.block_tail_is_float_literal(b),
        }
    }

    /// A float literal, its negation, or a cast to a float type, in parentheses or at
    /// the tail of a nested block (also as a name the block binds to one): a float
    /// whatever the names in scope.
    fn is_float_literal_tail(&self, e: &Expr) -> bool {
        match e {
            Expr::Lit(l) => matches!(l.lit, syn::Lit::Float(_)),
            Expr::Paren(p) => self.is_float_literal_tail(&p.expr),
            Expr::Group(g) => self.is_float_literal_tail(&g.expr),
            Expr::Unary(u) => {
                matches!(u.op, syn::UnOp::Neg(_)) && self.is_float_literal_tail(&u.expr)
            }
            Expr::Cast(c) => crate::front::signature::is_float(&c.ty, &self.float_generics),
            Expr::Block(b) => self.block_tail_is_float_literal(&b.block),
            _ => false,
        }
    }

    /// A block whose tail is a float literal (`is_float_literal_tail`) or a name its
    /// statements bind to one.
    fn block_tail_is_float_literal(&self, b: &syn::Block) -> bool {
        match b.stmts.split_last() {
            Some((syn::Stmt::Expr(t, None), lets)) => {
                self.is_float_literal_tail(t) || self.bound_to_float_literal(t, lets)
            }
            _ => false,
        }
    }

    /// Whether `tail`, a name at the tail of a block, is bound by the block's last `let`
    /// of that name (before it, in `stmts`) to a float literal or with a float type:
    /// `{ let t = -0.5_f64; t }`. A tuple or struct pattern binding the name last hides
    /// its type.
    fn bound_to_float_literal(&self, tail: &Expr, stmts: &[syn::Stmt]) -> bool {
        let Expr::Path(p) = tail else { return false };
        let Some(name) = p.path.get_ident() else {
            return false;
        };
        let last = stmts.iter().rev().find_map(|s| match s {
            syn::Stmt::Local(l) if binds(&l.pat, name) => Some(l),
            _ => None,
        });
        let Some(l) = last else { return false };
        match &l.pat {
            syn::Pat::Ident(_) => l
                .init
                .as_ref()
                .is_some_and(|i| i.diverge.is_none() && self.is_float_literal_tail(&i.expr)),
            syn::Pat::Type(t) if matches!(&*t.pat, syn::Pat::Ident(_)) => {
                crate::front::signature::is_float(&t.ty, &self.float_generics)
            }
            _ => false,
        }
    }

    /// `c::<T>(..)` with `T` the float type: a helper producing that float.
    pub(super) fn returns_float_generic(&self, p: &syn::ExprPath) -> bool {
        p.path.segments.last().is_some_and(|seg| match &seg.arguments {
            syn::PathArguments::AngleBracketed(a) => a.args.iter().any(|g| {
                matches!(g, syn::GenericArgument::Type(t) if crate::front::signature::is_float(t, &self.float_generics))
            }),
            _ => false,
        })
    }

    /// Float data that is not active, passed where a callee may differentiate: a float
    /// slice or array parameter excluded by `wrt`, a local declared with such a type
    /// (`let c: &[f64] = &self.c;`), or a `const`/`static` float array declared in the
    /// body (`&W`). Passed with zero tangents; adjoints are dropped.
    pub(super) fn is_inactive_float_data(&self, e: &Expr) -> bool {
        use crate::front::signature::{shape_of, Shape};
        let e = match e {
            Expr::Reference(r) => &*r.expr,
            e => e,
        };
        // part of such data, `&x[a..b]`: its zero tangent is as long as the part
        if let Expr::Index(ix) = e {
            return matches!(&*ix.index, Expr::Range(_))
                && matches!(&*ix.expr, Expr::Path(_))
                && self.is_inactive_float_data(&ix.expr);
        }
        // an inactive local array of floats (`&buf`, its placeholder)
        let local_floats = matches!(e, Expr::Path(p) if p.path.get_ident().and_then(crate::ir::placeholder_var).is_some_and(|v| {
            self.vars[v].dims.as_ref().is_some_and(|d| d.len() == 1) && self.vars[v].float
        }));
        if local_floats {
            return true;
        }
        let Expr::Path(p) = e else { return false };
        let Some(id) = p.path.get_ident() else {
            return false;
        };
        let fl = &self.float_generics;
        let data = |ty: &syn::Type| matches!(shape_of(ty, fl), Some(Shape::Slice | Shape::Array));
        if let Some(v) = crate::ir::placeholder_var(id) {
            return !self.vars[v].active && self.annotations[v].as_ref().is_some_and(data);
        }
        let param = self
            .params
            .iter()
            .any(|q| q.ident == *id && matches!(shape_of(&q.ty, fl), Some(Shape::Slice)));
        let item = self.items.iter().any(|it| match it {
            syn::Item::Const(c) => c.ident == *id && data(&c.ty),
            syn::Item::Static(s) => s.ident == *id && data(&s.ty),
            _ => false,
        });
        param || item
    }

    /// A shared reference whose type the syntax hides but which may be float data: a
    /// field of an inactive receiver (`&self.xs`, `&m.w`, `&self.inner.w`) or a
    /// constant declared outside the body (`&W`). Whether the callee differentiates
    /// its parameter (a zero tangent) or not (passed as it is) is the compiler's to
    /// pick, at the call (`emit::dispatch`).
    fn is_hidden_data_ref(&self, a: &Expr) -> bool {
        let Expr::Reference(r) = a else { return false };
        if r.mutability.is_some() {
            return false;
        }
        match &*r.expr {
            Expr::Field(f) => {
                is_self(&f.base)
                    || is_field_of_self(&f.base)
                    || self.is_inactive_param_path(&f.base)
            }
            Expr::Path(p) => {
                p.qself.is_none()
                    && p.path.get_ident().is_some_and(|id| {
                        let name = id.to_string();
                        let declared_here = self.items.iter().any(|it| match it {
                            syn::Item::Const(c) => c.ident == *id,
                            syn::Item::Static(s) => s.ident == *id,
                            _ => false,
                        });
                        type_unseen(&r.expr)
                            && !declared_here
                            && self.env().resolve(&name).is_none()
                            && crate::ir::placeholder_var(id).is_none()
                    })
            }
            _ => false,
        }
    }

    pub(super) fn call_args<'e>(
        &mut self,
        args: impl Iterator<Item = &'e Expr>,
        out: &mut Vec<Stmt>,
    ) -> Res<Vec<CallArg>> {
        let mut res = Vec::new();
        for a in args {
            if let Some(arg) = self.marked_or_subslice_arg(a)? {
                res.push(arg);
                continue;
            }
            if let Some(arg) = self.buffer_arg(a, out) {
                res.push(arg);
                continue;
            }
            res.push(match self.lower_expr(a, out)? {
                Lowered::Active(at) => CallArg::Active(at),
                Lowered::Slice(p) if matches!(self.params[p].kind, crate::ir::ParamKind::Array(_)) => {
                    return err_node(&a, "passing an active array parameter (`[F; N]` by value) to a differentiable call is not supported; take `x: &[F]` or `x: &[F; N]` in this function and pass `x` on, or pass its elements as scalars");
                }
                Lowered::Slice(p) if matches!(self.params[p].kind, crate::ir::ParamKind::Out) => {
                    return err_node(&a, "passing an out-parameter on to a differentiable call is not supported; write its elements here (`out[i] = value;`)");
                }
                Lowered::Slice(p) => CallArg::Slice(p),
                // A float constant most likely fills a differentiable parameter of the
                // callee: pass it with a zero tangent and drop its adjoint. (If the
                // parameter is inactive instead, the call fails to type-check: never a
                // silently wrong derivative.)
                Lowered::Inactive(e) if self.is_float_expr(&e) => {
                    CallArg::Active(Atom::Const(Inact { expr: e }))
                }
                Lowered::Inactive(e) if self.is_inactive_float_data(&e) => {
                    CallArg::ConstSlice(Inact { expr: e })
                }
                // the callee takes a tangent for a float parameter, none for others: an
                // argument whose type the syntax does not show must be bound with one
                Lowered::Inactive(ref e) if self.local_of_unseen_type(e).is_some() => {
                    let name = self.local_of_unseen_type(e).unwrap_or_default();
                    return err_node(&a, format!("the type of `{name}` is not visible to #[differentiable] (it comes from a call, a field or a pattern), which must know whether a differentiable callee takes a derivative for it; declare it with its type (`let {name}: f64 = ..;`, or `let {name}: f64 = {name};` before the call) for a float, `usize` or another type otherwise; or pass `no_grad({name})` if the callee does not differentiate this parameter"));
                }
                Lowered::Inactive(ref e) if self.is_type_unseen_expr(e) => {
                    let shown = quote::ToTokens::to_token_stream(a).to_string();
                    return err_node(&a, format!("the type of `{shown}` is not visible to #[differentiable] (it reads a value from a call, a field or an item outside the function), which must know whether a differentiable callee takes a derivative for it; bind it to a typed local first: `let c: f64 = {shown};` for a float, `let n: usize = {shown};` otherwise; or pass `no_grad({shown})` if the callee does not differentiate this parameter"));
                }
                Lowered::Inactive(e) if self.is_hidden_data_ref(a) => {
                    CallArg::HiddenData(Inact { expr: e })
                }
                Lowered::Inactive(e) => CallArg::Inactive(Inact { expr: e }),
                Lowered::Array(_) => {
                    return err_node(&a, "array literals as arguments are not supported")
                }
                Lowered::Arr(v) if matches!(a, Expr::Reference(_)) && self.vars[v].dims.as_ref().is_some_and(|d| d.len() == 1) => CallArg::Arr(v),
                Lowered::Arr(v) if matches!(a, Expr::Reference(_)) => {
                    return err_node(&a, format!("only one-dimensional local arrays can be passed to a differentiable call; `{}` has more dimensions", self.vars[v].name))
                }
                Lowered::Arr(v) => {
                    let name = &self.vars[v].name;
                    return err_node(&a, format!("pass the local array by reference, `&{name}`, to a callee taking `&[F]` or `&[F; N]` (arrays by value cannot be passed to a differentiable call)"))
                }
            });
        }
        Ok(res)
    }
}

/// An argument whose type cannot be told from its syntax: a field (`self.c`), an
/// element of something other than a parameter (`W[i]`), a constant (`SCALE`).
pub(super) fn type_unseen(a: &Expr) -> bool {
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

/// The receiver and arguments of a call of a function or a method (not of a float
/// rule, nor a `no_grad`); `None` for anything else.
fn call_operands(e: &Expr) -> Option<Vec<&Expr>> {
    match e {
        Expr::Paren(p) => call_operands(&p.expr),
        Expr::Call(c) if matches!(&*c.func, Expr::Path(fp) if !is_no_grad(fp)) => {
            Some(c.args.iter().collect())
        }
        Expr::MethodCall(m) if rules_table::lookup(&m.method.to_string()).is_none() => Some(
            core::iter::once(&*m.receiver)
                .chain(m.args.iter())
                .collect(),
        ),
        _ => None,
    }
}

/// A call of [`call_operands`] whose arguments declare no variables: evaluated as
/// written when its result is inactive.
pub(super) fn is_plain_call(e: &Expr) -> bool {
    call_operands(e).is_some_and(|ops| !ops.into_iter().any(super::stmt::contains_let_stmt))
}

/// A call of [`call_operands`] with an argument or receiver that declares variables
/// (`nearest(&h, { let t = a.exp(); t })`).
pub(super) fn is_call_with_let_args(e: &Expr) -> bool {
    call_operands(e).is_some_and(|ops| ops.into_iter().any(super::stmt::contains_let_stmt))
}

impl Lowerer {
    /// The call of [`is_call_with_let_args`] with each argument (or receiver) that
    /// declares variables lowered first and replaced by a variable holding its value:
    /// the call then reads plain values, as one of [`is_plain_call`] does.
    pub(super) fn call_with_lowered_let_args(
        &mut self,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Expr> {
        let mut call = e.clone();
        while let Expr::Paren(p) = call {
            call = *p.expr;
        }
        match &mut call {
            Expr::Call(c) => {
                for a in c.args.iter_mut() {
                    self.lower_let_arg(a, out)?;
                }
            }
            Expr::MethodCall(m) => {
                self.lower_let_arg(&mut m.receiver, out)?;
                for a in m.args.iter_mut() {
                    self.lower_let_arg(a, out)?;
                }
            }
            _ => {}
        }
        Ok(call)
    }

    /// Lowers `a` if it declares variables and puts a variable holding its value in
    /// its place (the primal value, for an active one).
    fn lower_let_arg(&mut self, a: &mut Expr, out: &mut Vec<Stmt>) -> Res<()> {
        if !super::stmt::contains_let_stmt(a) {
            return Ok(());
        }
        let span = a.span();
        *a = match self.lower_expr(a, out)? {
            Lowered::Active(Atom::Var(t)) => {
                let ph = placeholder(t, span);
                syn::parse_quote!(#ph)
            }
            Lowered::Active(Atom::Const(c)) => c.expr,
            Lowered::Inactive(x) => self.snapshot("arg", x, span, out),
            _ => {
                return err(
                    span,
                    "an array argument that declares variables is not supported here; bind it with `let` before the call",
                )
            }
        };
        Ok(())
    }
}

/// `f64` in `f64::from`, `f32` in `f32::from`.
fn primitive_from(fp: &syn::ExprPath) -> Option<syn::Type> {
    let segs = &fp.path.segments;
    let float = segs.len() == 2 && (segs[0].ident == "f64" || segs[0].ident == "f32");
    (fp.qself.is_none() && float && segs[1].ident == "from").then(|| {
        let id = &segs[0].ident;
        syn::parse_quote!(#id)
    })
}

const NO_GRAD_ACTIVE: &str = "`no_grad(..)` marks a value that carries no derivative (for a parameter the callee does not differentiate), but this one depends on an active value, whose derivative would be lost: if the callee should differentiate this parameter, add it to the callee's `wrt(..)` and pass the value directly";

/// `no_grad` (any path ending so: `no_grad`, `differentiable::no_grad`).
pub(super) fn is_no_grad(fp: &syn::ExprPath) -> bool {
    fp.qself.is_none()
        && fp
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "no_grad")
}

/// A path into the `libm` crate: `libm::sin`, `::libm::sinf`.
fn is_libm_path(fp: &syn::ExprPath) -> bool {
    let segs = &fp.path.segments;
    fp.qself.is_none() && segs.len() == 2 && segs[0].ident == "libm"
}

pub(super) fn is_self(e: &Expr) -> bool {
    matches!(e, Expr::Path(p) if p.path.is_ident("self"))
}

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

pub(super) fn is_generic_like(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.get_ident().is_some_and(|i| {
        let s = i.to_string();
        s.len() == 1 && s.chars().all(|c| c.is_ascii_uppercase())
    }))
}

/// `self.a` or `self.a.b`: a field (of a field) of the receiver.
impl Lowerer {
    /// `m`, `m.inner` of a parameter outside `wrt(..)` (not `self`).
    fn is_inactive_param_path(&self, e: &Expr) -> bool {
        let mut base = e;
        loop {
            match base {
                Expr::Field(f) => base = &f.base,
                Expr::Paren(p) => base = &p.expr,
                _ => break,
            }
        }
        let Expr::Path(p) = base else {
            return false;
        };
        let Some(id) = p.path.get_ident().filter(|_| p.qself.is_none()) else {
            return false;
        };
        let env = self.env();
        matches!(env.resolve(&id.to_string()), Some(b @ super::scope::Binding::Param(_)) if !env.is_active(b))
    }
}

fn is_field_of_self(e: &Expr) -> bool {
    match e {
        Expr::Field(f) => is_self(&f.base) || is_field_of_self(&f.base),
        Expr::Paren(p) => is_field_of_self(&p.expr),
        _ => false,
    }
}

/// Whether a pattern binds `name` anywhere (also inside a tuple, struct or slice
/// pattern).
fn binds(p: &syn::Pat, name: &syn::Ident) -> bool {
    fn mentions(t: proc_macro2::TokenStream, name: &syn::Ident) -> bool {
        t.into_iter().any(|tt| match tt {
            proc_macro2::TokenTree::Ident(i) => i == *name,
            proc_macro2::TokenTree::Group(g) => mentions(g.stream(), name),
            _ => false,
        })
    }
    mentions(quote::ToTokens::to_token_stream(p), name)
}
