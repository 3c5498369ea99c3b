//! Expression statements: assignments (plain, compound, to tuples), loops and `if`s
//! in statement position, `break`/`continue`, and calls run for their effects.

use super::call::is_self;
use super::control::{value_branches, LABEL_MSG};
use super::desugar::is_compound;
use super::scope::Binding;
use super::{err, err_node, Lowered, Lowerer, Res};
use crate::ir::*;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::Expr;

impl Lowerer {
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
                Lowered::Slice(_) | Lowered::Array(_) | Lowered::Arr(_) => return err(
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
    pub(super) fn fold_temp(&mut self, v: VarId, val: &Val, out: &mut [Stmt]) -> bool {
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
                            // what the syntax shows of its type, for calls it is passed to
                            self.vars[t].float = self.is_float_expr(&e);
                            self.vars[t].type_unseen =
                                !self.vars[t].float && self.is_type_unseen_expr(&e);
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
                if self.lower_out_store(&a.left, false, &a.right, a.eq_token.span, out)?
                    || self.lower_array_store(&a.left, None, &a.right, a.eq_token.span, out)?
                    || self.lower_array_assign(&a.left, &a.right, out)?
                {
                    return Ok(None);
                }
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
                if self.lower_out_store(&b.left, true, &b.right, b.op.span(), out)?
                    || self.lower_array_store(
                        &b.left,
                        Some(plain_op(&b.op)),
                        &b.right,
                        b.op.span(),
                        out,
                    )?
                {
                    return Ok(None);
                }
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
                if !super::control::expr_exits(e)
                    && i.else_branch.is_some()
                    && value_branches(i) =>
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
                self.set_flag_at(ctx.brk, b.break_token.span, out);
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
                self.check_lent_locals(e)?;
                if self.env().mentions_active(e) {
                    return err_node(&e, "the value of this call is unused; bind it with `let`");
                }
                if let Expr::MethodCall(m) = e {
                    self.check_not_mutating_local(&m.receiver, &m.method)?;
                }
                let rewritten = self.env().rewrite(e);
                // `fill(&mut h);`: the call writes a copy that becomes `h`
                if self.lend_locals(&rewritten, e.span(), out).is_none() {
                    out.push(Stmt::Effect(Inact { expr: rewritten }));
                }
                Ok(None)
            }
            other => self.lower_expr(other, out).map(Some),
        }
    }

    /// `v.push(..)` on a local declared `mut`: the generated code holds every local
    /// as immutable versions and replays statements in the reverse sweep, so a
    /// mutation in place would fail to compile or run twice.
    pub(super) fn check_not_mutating_local(&self, receiver: &Expr, method: &syn::Ident) -> Res<()> {
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

    /// The local variable an assignment writes; `None` for places that are not locals
    /// (fields, `_`), which are only allowed for inactive values.
    pub(super) fn assign_target(&mut self, lhs: &Expr) -> Res<Option<VarId>> {
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
                err_node(&lhs, "only elements of local fixed-size arrays (`let mut h = [0.0; N];`, `[[0.0; N]; M]`, `[a, b, c]`, `let mut s = y;` for an array parameter `y`), of float buffers declared in the function (`let mut h = vec![0.0; n];`) and of `&mut [F]` out-parameters can be written in a differentiable function; other containers cannot")
            }
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                err_node(&lhs, "mutation through a `&mut` reference is not supported in a differentiable function (the generated derivatives run the body's code more than once); return the value instead")
            }
            Expr::Infer(_) => Ok(None),
            Expr::Field(_) => Ok(None),
            other => err_node(&other, "unsupported assignment target in a differentiable function"),
        }
    }
}

pub(super) fn plain_op(op: &syn::BinOp) -> proc_macro2::TokenStream {
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
