//! Runtime-length local buffers: `let mut h = vec![c; n];`, element writes
//! (`h[i] = e`, `h[i] += e`, `h[i] -= e`, other compound operators), element reads
//! (`h[i]`, also in conditions) and `h.len()`.
//!
//! A fixed-size array is a `Copy` value versioned like a scalar; copying a buffer at
//! every write would cost a clone per write. A buffer is written in place instead and
//! keeps one version for its whole life, so it is never carried by a loop or an `if`:
//!
//! - the forward sweep writes it in place; the replays of the reverse sweep (branches
//!   and iterations run again before their adjoint) skip the writes, since the buffer
//!   holds its final values by then;
//! - so a read inside a replayed branch or loop is recorded: the forward sweep pushes
//!   the value read, a replay reads it back at the read's position counter (the
//!   mechanism of [`Val::Recorded`]); a read outside every branch and loop runs once
//!   and is kept in its own local;
//! - the adjoint is one buffer of the same length, created with the buffer (again in
//!   each replay of its definition); `h[i] = e` takes the element's adjoint and zeroes
//!   it, `h[i] += e` passes it on, `h[i]` adds into it.
//!
//! Buffers hold floats and are always active (a constant buffer gets zero derivatives).

use super::{err_node, Lowered, Lowerer, Res};
use crate::ir::*;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::Expr;

/// `c` and `n` of `vec![c; n]`.
fn parse_fill(m: &syn::Macro) -> Option<(Expr, Expr)> {
    let parser = |input: syn::parse::ParseStream| {
        let c: Expr = input.parse()?;
        input.parse::<syn::Token![;]>()?;
        let n: Expr = input.parse()?;
        Ok((c, n))
    };
    syn::parse::Parser::parse2(parser, m.tokens.clone()).ok()
}

/// `vec![..]`.
pub(super) fn is_vec_macro(e: &Expr) -> Option<&syn::Macro> {
    match e {
        Expr::Macro(m) if m.mac.path.is_ident("vec") => Some(&m.mac),
        _ => None,
    }
}

impl Lowerer {
    /// The buffer a plain name (or its placeholder) refers to, if it is one.
    pub(super) fn local_buffer(&self, e: &Expr) -> Option<VarId> {
        let e = match e {
            Expr::Paren(p) => &*p.expr,
            other => other,
        };
        let Expr::Path(p) = e else { return None };
        let id = p.path.get_ident().filter(|_| p.qself.is_none())?;
        if let Some(v) = placeholder_var(id) {
            return self.vars.get(v).filter(|x| x.buffer).map(|_| v);
        }
        match self.env().resolve(&id.to_string())? {
            super::scope::Binding::Local(v) if self.vars[v].buffer => Some(v),
            _ => None,
        }
    }

    /// `let mut name = vec![c; n];`: a new buffer.
    pub(super) fn lower_buffer_let(
        &mut self,
        name: &syn::Ident,
        m: &syn::Macro,
        init: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<bool> {
        let Some((c, n)) = parse_fill(m) else {
            return err_node(init, format!("a buffer in a differentiable function is created filled with one value, `vec![0.0; n]`, and then written element by element (`{name}[i] = ..`)"));
        };
        let len = match self.lower_expr(&n, out)? {
            Lowered::Inactive(e) => Inact { expr: e },
            _ => return err_node(
                &n,
                "the length of a `vec!` buffer must be an integer, not computed from active floats",
            ),
        };
        let fill = self.lower_expr(&c, out)?;
        if let Lowered::Inactive(e) = &fill {
            if !self.is_float_expr(e) && !self.is_float_expr(&c) {
                return err_node(&c, format!("a `vec!` buffer in a differentiable function holds floats: fill it with a float (`vec![0.0; n]`, `vec![T::zero(); n]`); build other buffers outside the function and pass them in, or bind `{name}` without `mut`"));
            }
        }
        let fill = self.as_atom(fill, c.span())?;
        let v = self.new_user_var(&name.to_string(), true);
        self.mark_active(v);
        self.vars[v].span = name.span();
        self.vars[v].buffer = true;
        self.vars[v].float = true;
        self.vars[v].user_mut = true;
        out.push(Stmt::Set {
            var: v,
            val: Val::BufNew { len, fill },
            span: init.span(),
            def: true,
        });
        self.scopes.bind(name.to_string(), v);
        Ok(true)
    }

    /// The one index of an element of buffer `v` (a plain name or literal, or held in
    /// a variable: a compound write reads and writes the same element).
    fn buffer_index(
        &mut self,
        v: VarId,
        idx: &[&Expr],
        whole: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Inact> {
        let name = self.vars[v].name.clone();
        let [ix] = idx else {
            return err_node(
                whole,
                format!("`{name}` is a `vec!` buffer of floats: index it once (`{name}[i]`)"),
            );
        };
        if matches!(ix, Expr::Range(_)) {
            return err_node(ix, format!("a part of the `vec!` buffer `{name}` cannot be taken; index one element, or pass the whole buffer (`&{name}`)"));
        }
        let e = match self.lower_expr(ix, out)? {
            Lowered::Inactive(e) => e,
            _ => {
                return err_node(
                    ix,
                    "an index must be an integer, not computed from active floats",
                )
            }
        };
        let e = match e {
            Expr::Lit(_) | Expr::Path(_) => e,
            other => self.snapshot("ix", other, ix.span(), out),
        };
        Ok(Inact { expr: e })
    }

    /// `h[i]` of buffer `v`.
    pub(super) fn lower_buffer_read(
        &mut self,
        v: VarId,
        idx: &[&Expr],
        whole: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let index = self.buffer_index(v, idx, whole, out)?;
        Ok(self.buffer_read_at(v, index, whole.span(), out))
    }

    fn buffer_read_at(
        &mut self,
        v: VarId,
        index: Inact,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Lowered {
        let t = self.new_var("elem", true);
        self.vars[t].temp = true;
        self.vars[t].float = true;
        // a read that a replay runs again is recorded (see the module's header)
        let pos = (self.nesting > 0).then(|| {
            let pos = self.new_var("read_pos", false);
            self.draw_sites.push(pos);
            pos
        });
        out.push(Stmt::Set {
            var: t,
            val: Val::BufRead { buf: v, index, pos },
            span,
            def: true,
        });
        if let Some(pos) = pos {
            let ph = placeholder(pos, span);
            out.push(Stmt::Set {
                var: pos,
                val: Val::Inact(Inact {
                    expr: syn::parse_quote!(#ph + 1usize),
                }),
                span,
                def: false,
            });
        }
        Lowered::Active(Atom::Var(t))
    }

    /// `h[i] = rhs` or `h[i] op= rhs` (`op` the plain operator) for buffer `v`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn lower_buffer_store(
        &mut self,
        v: VarId,
        idx: &[&Expr],
        lhs: &Expr,
        op: Option<proc_macro2::TokenStream>,
        rhs: &Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Res<()> {
        let index = self.buffer_index(v, idx, lhs, out)?;
        let op_text = op.as_ref().map(ToString::to_string);
        let (value, bop) = match op_text.as_deref() {
            None => (self.lower_expr(rhs, out)?, BufOp::Set),
            Some("+") => (self.lower_expr(rhs, out)?, BufOp::Add),
            Some("-") => (self.lower_expr(rhs, out)?, BufOp::Sub),
            Some(_) => {
                // `h[i] *= e`: the element read, then written
                let Lowered::Active(old) = self.buffer_read_at(v, index.clone(), span, out) else {
                    return err_node(lhs, "internal: a buffer read that is not active");
                };
                let Atom::Var(old) = old else {
                    return err_node(lhs, "internal: a buffer read that is not a variable");
                };
                let ph = placeholder(old, span);
                let full: Expr = syn::parse_quote_spanned!(span=> #ph #op (#rhs));
                (self.lower_expr(&full, out)?, BufOp::Set)
            }
        };
        let value = self.as_atom(value, rhs.span())?;
        let name = self.vars[v].name.clone();
        let w = self.new_var(&format!("{name}_write"), true);
        out.push(Stmt::Set {
            var: w,
            val: Val::BufStore {
                buf: v,
                index,
                value,
                op: bop,
            },
            span,
            def: true,
        });
        Ok(())
    }

    /// `&h` for a buffer `h`, as an argument of a differentiable call: the buffer
    /// passed by reference (recorded in replayed code, see [`CallArg::Buf`]).
    pub(super) fn buffer_arg(&mut self, a: &Expr, out: &mut Vec<Stmt>) -> Option<CallArg> {
        let Expr::Reference(r) = a else { return None };
        if r.mutability.is_some() {
            return None;
        }
        let buf = self.local_buffer(&r.expr)?;
        let span = a.span();
        let pos = (self.nesting > 0).then(|| {
            let pos = self.new_var("call_pos", false);
            self.draw_sites.push(pos);
            let (p, h) = (placeholder(pos, span), placeholder(buf, span));
            // advanced before the call: the call reads the record just before `pos`
            out.push(Stmt::Set {
                var: pos,
                val: Val::Inact(Inact {
                    expr: syn::parse_quote!(#p + #h.len()),
                }),
                span,
                def: false,
            });
            pos
        });
        Some(CallArg::Buf { buf, pos })
    }

    /// A use of a buffer other than an element access: `h.len()` and `h.is_empty()`
    /// are inactive values; anything else is an error saying what to write.
    pub(super) fn lower_buffer_use(&mut self, e: &Expr) -> Res<Option<Lowered>> {
        match e {
            Expr::Path(_) => {
                if let Some(v) = self.local_buffer(e) {
                    let name = &self.vars[v].name;
                    return err_node(e, format!("`{name}` is a `vec!` buffer: read and write its elements (`{name}[i]`, in a loop over `0..{name}.len()`), take its length (`{name}.len()`) or pass it by reference to a differentiable call (`f(&{name})`); it cannot be copied, moved or returned"));
                }
                Ok(None)
            }
            Expr::MethodCall(m) => {
                let Some(v) = self.local_buffer(&m.receiver) else {
                    return Ok(None);
                };
                let method = m.method.to_string();
                if (method == "len" || method == "is_empty") && m.args.is_empty() {
                    return Ok(Some(Lowered::Inactive(self.env().rewrite(e))));
                }
                let name = &self.vars[v].name;
                err_node(e, format!("method `.{method}()` on the `vec!` buffer `{name}` is not supported in a differentiable function; index it in a `for` loop over `0..{name}.len()`"))
            }
            _ => Ok(None),
        }
    }

    /// A condition with every element read of a buffer (`h[i] > 0.0`) read first into
    /// a variable of its own, so that a replay of the condition reads the value the
    /// forward sweep saw.
    pub(super) fn hoist_buffer_reads(&mut self, cond: &Expr, out: &mut Vec<Stmt>) -> Res<Expr> {
        struct Hoist<'l, 'o> {
            l: &'l mut Lowerer,
            out: &'o mut Vec<Stmt>,
            err: Option<syn::Error>,
        }
        impl VisitMut for Hoist<'_, '_> {
            fn visit_expr_mut(&mut self, e: &mut Expr) {
                if self.err.is_some() {
                    return;
                }
                // the right operand of `&&` / `||` may not run (`i < h.len() && h[i] > 0.0`):
                // reading it first could fail, so a read there stays where it is (and is
                // reported)
                if let Expr::Binary(b) = e {
                    if matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_)) {
                        self.visit_expr_mut(&mut b.left);
                        return;
                    }
                }
                if let Expr::Index(ix) = &*e {
                    if let Some(v) = self.l.local_buffer(&ix.expr) {
                        let whole = e.clone();
                        let span = whole.span();
                        let read = self.l.lower_buffer_read(v, &[&ix.index], &whole, self.out);
                        match read {
                            Ok(Lowered::Active(Atom::Var(t))) => {
                                let ph = placeholder(t, span);
                                *e = syn::parse_quote!(#ph);
                            }
                            Ok(_) => {}
                            Err(err) => self.err = Some(err),
                        }
                        return;
                    }
                }
                syn::visit_mut::visit_expr_mut(self, e);
            }
            // a closure's names are its own
            fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
        }
        if !self.vars.iter().any(|v| v.buffer) {
            return Ok(cond.clone());
        }
        let mut e = cond.clone();
        let mut h = Hoist {
            l: self,
            out,
            err: None,
        };
        h.visit_expr_mut(&mut e);
        match h.err {
            Some(err) => Err(err),
            None => Ok(e),
        }
    }
}

/// Reads that need no record: a read of a buffer declared at the top level whose value
/// no later write changes (no write in the top-level statement holding the read, which
/// may be a loop, nor after it) reads in a replay what the forward sweep read, from the
/// buffer itself. Their position counters are dropped.
pub(super) fn unrecord_final_reads(body: &mut Block) {
    let mut dropped = Vec::new();
    for k in 0..body.stmts.len() {
        let buffers: Vec<VarId> = body.stmts[..k]
            .iter()
            .filter_map(|s| match s {
                Stmt::Set {
                    var,
                    val: Val::BufNew { .. },
                    ..
                } => Some(*var),
                _ => None,
            })
            .collect();
        for b in buffers {
            if body.stmts[k..].iter().any(|s| writes(s, b)) {
                continue;
            }
            unrecord(&mut body.stmts[k], b, &mut dropped);
        }
    }
    if !dropped.is_empty() {
        drop_counters(body, &dropped);
    }
}

/// Whether `s` writes buffer `b`, at any depth.
fn writes(s: &Stmt, b: VarId) -> bool {
    let block = |blk: &Block| blk.stmts.iter().any(|s| writes(s, b));
    match s {
        Stmt::Set {
            val: Val::BufStore { buf, .. },
            ..
        } => *buf == b,
        Stmt::If { then_b, else_b, .. } => block(then_b) || block(else_b),
        Stmt::For(l) => block(&l.body),
        Stmt::While { body, .. } => block(body),
        _ => false,
    }
}

/// Every recorded read of `b` in `s` read from the buffer instead; their counters go to
/// `dropped`.
fn unrecord(s: &mut Stmt, b: VarId, dropped: &mut Vec<VarId>) {
    let mut block = |blk: &mut Block| {
        for s in &mut blk.stmts {
            unrecord(s, b, dropped);
        }
    };
    match s {
        Stmt::Set {
            val: Val::BufRead { buf, pos, .. },
            ..
        } if *buf == b => {
            if let Some(p) = pos.take() {
                dropped.push(p);
            }
        }
        Stmt::If { then_b, else_b, .. } => {
            block(then_b);
            block(else_b);
        }
        Stmt::For(l) => block(&mut l.body),
        Stmt::While { body, .. } => block(body),
        _ => {}
    }
}

/// Removes the definitions and updates of the position counters `dropped`.
fn drop_counters(b: &mut Block, dropped: &[VarId]) {
    b.stmts
        .retain(|s| !matches!(s, Stmt::Set { var, .. } if dropped.contains(var)));
    for s in &mut b.stmts {
        match s {
            Stmt::If { then_b, else_b, .. } => {
                drop_counters(then_b, dropped);
                drop_counters(else_b, dropped);
            }
            Stmt::For(l) => drop_counters(&mut l.body, dropped),
            Stmt::While { body, .. } => drop_counters(body, dropped),
            _ => {}
        }
    }
}
