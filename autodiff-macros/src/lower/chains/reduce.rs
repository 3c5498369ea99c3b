//! Reductions of a chain (`.sum()`, `.product()`, `.fold(init, f)`, `.count()`): an
//! accumulator set before the loop and updated once per element, `acc = acc + v` for a
//! sum (the same linear update as `s += v`, which the adjoint sweep needs no record
//! for), `acc = f(acc, v)` for a fold.

use super::{stream, Func, Item, Reduction};
use crate::ir::*;
use crate::lower::{err, err_node, Lowered, Lowerer, Res};
use proc_macro2::Span;
use syn::Expr;

impl Lowerer {
    /// `chain.sum()` and friends as `acc = init; for k in 0..count { acc = acc op item_k }`.
    pub(super) fn lower_reduction(
        &mut self,
        m: &syn::ExprMethodCall,
        reduction: Reduction,
        out: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let span = m.method.span();
        let stream = self.stream_of(&m.receiver, out)?;
        // an accumulator known before the loop (fold, count), or made once the
        // first element's value shows its type and activity (sum, product)
        let mut acc: Option<(VarId, Option<Val>)> = None;
        let mut fold_fn = None;
        match &reduction {
            Reduction::Fold => {
                let init = self.lower_expr(&m.args[0], out)?;
                fold_fn = Some(self.func_of(&m.args[1], 2, &m.method)?);
                let v = self.fold_accumulator(init, &m.args[0], out)?;
                acc = Some((v, None));
            }
            Reduction::Count => {
                let v = self.new_var("count", false);
                out.push(Stmt::Set {
                    var: v,
                    val: Val::Inact(Inact {
                        expr: syn::parse_quote!(0usize),
                    }),
                    span,
                    def: true,
                });
                acc = Some((v, None));
            }
            Reduction::Sum(_) | Reduction::Product(_) => {}
        }
        let k = self.new_var("k", false);
        let kx = placeholder(k, span);
        let kx: Expr = syn::parse_quote!(#kx);
        let mut body = Vec::new();
        self.nesting += 1;
        let r = self.each(
            &stream,
            &kx,
            &mut body,
            &mut |l, item, body| match &reduction {
                Reduction::Sum(ty) | Reduction::Product(ty) => {
                    let product = matches!(reduction, Reduction::Product(_));
                    let v = l.item_value(item, span, body)?;
                    let (var, init) = l.sum_accumulator(ty.as_ref(), &v, product, span)?;
                    l.accumulate(
                        var,
                        v,
                        if product { BinOp::Mul } else { BinOp::Add },
                        span,
                        body,
                    )?;
                    acc = Some((var, Some(init)));
                    Ok(())
                }
                Reduction::Fold => {
                    let (Some((var, _)), Some(f)) = (&acc, &fold_fn) else {
                        return err(span, "internal error: a fold without its accumulator");
                    };
                    l.fold_step(*var, f, item, body)
                }
                Reduction::Count => {
                    let Some((var, _)) = &acc else {
                        return err(span, "internal error: a count without its accumulator");
                    };
                    // the elements are computed as the iterator computes them (a closure
                    // that panics, panics here too)
                    let _ = l.materialize(item, body)?;
                    let ph = placeholder(*var, span);
                    body.push(Stmt::Set {
                        var: *var,
                        val: Val::Inact(Inact {
                            expr: syn::parse_quote!(#ph + 1usize),
                        }),
                        span,
                        def: false,
                    });
                    Ok(())
                }
            },
        );
        self.nesting -= 1;
        r?;
        let Some((var, init)) = acc else {
            return err(span, "internal error: a reduction without its accumulator");
        };
        if let Some(val) = init {
            out.push(Stmt::Set {
                var,
                val,
                span,
                def: true,
            });
        }
        out.push(Stmt::For(ForLoop {
            idx: k,
            lo: Inact {
                expr: syn::parse_quote!(0usize),
            },
            hi: Inact {
                expr: stream.count.clone(),
            },
            inclusive: false,
            body: Block { stmts: body },
            brk: None,
        }));
        Ok(if self.vars[var].active {
            Lowered::Active(Atom::Var(var))
        } else {
            let ph = placeholder(var, span);
            Lowered::Inactive(syn::parse_quote!(#ph))
        })
    }

    /// The accumulator of `.sum()` / `.product()` and its initial value: active when
    /// the elements are; zero (one) of the turbofish type, of the function's float
    /// type for active elements, or of whatever float an inactive element is.
    fn sum_accumulator(
        &mut self,
        ty: Option<&syn::Type>,
        item: &Lowered,
        product: bool,
        span: Span,
    ) -> Res<(VarId, Val)> {
        let what = if product { "product" } else { "sum" };
        let active = matches!(item, Lowered::Active(_));
        let identity = match (ty, item) {
            (Some(t), _) => self.identity_of(t, product),
            (None, Lowered::Active(_)) => match self.float_ty.clone() {
                Some(t) => self.identity_of(&t, product),
                None => return err(span, format!("the type of this `.{what}()` is not visible to #[differentiable]; write it: `.{what}::<f64>()`")),
            },
            (None, Lowered::Inactive(e)) if self.surely_float(e) => {
                match self.float_ty.clone().filter(|t| !matches!(quote::ToTokens::to_token_stream(t).to_string().as_str(), "f32" | "f64")) {
                    // a generic float has no literals
                    Some(t) => self.identity_of(&t, product),
                    // an inactive float literal takes the elements' type
                    None if product => syn::parse_quote!(1.0),
                    None => syn::parse_quote!(-0.0),
                }
            }
            _ => return err(span, format!("the type of this `.{what}()` is not visible to #[differentiable]; write it: `.{what}::<usize>()` (or whichever type the elements have)")),
        };
        let var = self.new_var(what, active);
        self.vars[var].float = active || self.is_float_expr(&identity);
        let val = self.coerce(var, Val::Inact(Inact { expr: identity }));
        Ok((var, val))
    }

    /// Whether an inactive value is a float, as [`Lowerer::is_float_expr`] tells, but
    /// not a conversion into another type (`usize::from(b)`), which that takes for
    /// `T::from(..)`.
    fn surely_float(&self, e: &Expr) -> bool {
        let converts = |f: &Expr| match f {
            Expr::Path(p) => {
                p.path.segments.len() == 2 && {
                    let q = &p.path.segments[0].ident;
                    q != "f32" && q != "f64" && !self.float_generics.contains(q)
                }
            }
            _ => false,
        };
        match stream::strip_parens(e) {
            Expr::Call(c) if converts(&c.func) => false,
            Expr::MethodCall(m) if m.method == "unwrap" => self.surely_float(&m.receiver),
            other => self.is_float_expr(other),
        }
    }

    /// Zero (or one) of type `t`.
    fn identity_of(&self, t: &syn::Type, one: bool) -> Expr {
        let float = crate::front::signature::is_float(t, &self.float_generics);
        let t = &strip_type_parens(t);
        let name = quote::ToTokens::to_token_stream(t).to_string();
        match (float, name.as_str(), one) {
            // `-0.0`, as the standard library's float sums start (`-0.0 + x` is `x` for
            // every `x`, `-0.0` included)
            (true, "f32" | "f64", false) => {
                let lit = syn::LitFloat::new(&format!("0.0{name}"), Span::call_site());
                syn::parse_quote!(-#lit)
            }
            (true, "f32" | "f64", true) => {
                let lit = syn::LitFloat::new(&format!("1.0{name}"), Span::call_site());
                syn::parse_quote!(#lit)
            }
            // a generic float (a name): through its `Float` bound
            (true, _, false) => syn::parse_quote!(-#t::zero()),
            (true, _, true) => syn::parse_quote!(#t::one()),
            (false, _, false) => syn::parse_quote!((0 as #t)),
            (false, _, true) => syn::parse_quote!((1 as #t)),
        }
    }

    /// `acc = acc op v`, the shape of `s += v` (a linear update needs no record).
    fn accumulate(
        &mut self,
        acc: VarId,
        v: Lowered,
        op: BinOp,
        span: Span,
        body: &mut Vec<Stmt>,
    ) -> Res<()> {
        let val = if self.vars[acc].active {
            let a = self.as_atom(v, span)?;
            Val::Bin(op, Atom::Var(acc), a)
        } else {
            let Lowered::Inactive(e) = v else {
                return err(
                    span,
                    "internal error: an active element in an inactive reduction",
                );
            };
            let ph = placeholder(acc, span);
            let e = stream::operand(&e);
            match op {
                BinOp::Mul => Val::Inact(Inact {
                    expr: syn::parse_quote!(#ph * #e),
                }),
                _ => Val::Inact(Inact {
                    expr: syn::parse_quote!(#ph + #e),
                }),
            }
        };
        body.push(Stmt::Set {
            var: acc,
            val,
            span,
            def: false,
        });
        Ok(())
    }

    /// The accumulator of `.fold(init, f)`, set to `init`: active when `init` is, or is
    /// a float (the function may add active values to it); otherwise `f` must keep it
    /// inactive (an integer count, a flag).
    fn fold_accumulator(
        &mut self,
        init: Lowered,
        init_expr: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<VarId> {
        let span = syn::spanned::Spanned::span(init_expr);
        let (active, val) = match init {
            Lowered::Active(a) => (true, Val::Atom(a)),
            Lowered::Inactive(e) => (self.is_float_init(&e), Val::Inact(Inact { expr: e })),
            _ => {
                return err_node(
                    init_expr,
                    "the initial value of `.fold(..)` must be a number",
                )
            }
        };
        let v = self.new_var("acc", active);
        self.vars[v].float = active;
        if let Val::Inact(i) = &val {
            self.vars[v].type_unseen = !active && self.is_type_unseen_expr(&i.expr);
        }
        let val = self.coerce(v, val);
        out.push(Stmt::Set {
            var: v,
            val,
            span,
            def: true,
        });
        Ok(v)
    }

    /// Whether a fold's initial value is a float: as [`Lowerer::is_float_expr`] tells,
    /// or a constant of a float type (`f64::NEG_INFINITY`, `T::neg_infinity()`).
    fn is_float_init(&self, e: &Expr) -> bool {
        let float_path = |p: &syn::ExprPath| {
            let segs: Vec<&syn::PathSegment> = p.path.segments.iter().collect();
            p.qself.is_none()
                && segs.len() == 2
                && (segs[0].ident == "f32"
                    || segs[0].ident == "f64"
                    || self.float_generics.contains(&segs[0].ident))
        };
        self.is_float_expr(e)
            || match stream::strip_parens(e) {
                Expr::Path(p) => float_path(p),
                Expr::Call(c) => {
                    c.args.is_empty() && matches!(&*c.func, Expr::Path(p) if float_path(p))
                }
                Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => self.is_float_init(&u.expr),
                _ => false,
            }
    }

    /// `acc = f(acc, item)` inside the loop of a fold.
    fn fold_step(&mut self, acc: VarId, f: &Func, item: Item, body: &mut Vec<Stmt>) -> Res<()> {
        self.scopes.push();
        let r = self.fold_step_in_scope(acc, f, item, body);
        self.scopes.pop();
        r
    }

    fn fold_step_in_scope(
        &mut self,
        acc: VarId,
        f: &Func,
        item: Item,
        body: &mut Vec<Stmt>,
    ) -> Res<()> {
        let acc_pat = &f.params[0];
        let span = syn::spanned::Spanned::span(&f.body);
        match super::bind::strip_pat_type(acc_pat) {
            syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                self.scopes.bind(pi.ident.to_string(), acc);
            }
            syn::Pat::Wild(_) => {}
            other => {
                return err_node(
                    other,
                    "bind the accumulator of `.fold(..)` to a name: `|acc, v| ..`",
                )
            }
        }
        let mut views = Vec::new();
        self.bind(&f.params[1], item, 0, body, &mut views)?;
        let expr = self.with_views_expr(&f.body, &views)?;
        let value = self.lower_expr(&expr, body)?;
        let val = match value {
            Lowered::Active(a) if self.vars[acc].active => Val::Atom(a),
            Lowered::Active(_) => return err_node(&f.body, "this `.fold(..)` adds active values to an accumulator whose initial value is not visibly a float; start it from a float (`0.0`, `f64::NEG_INFINITY`, `T::zero()`) or a local declared with its type (`let z: f64 = ..;`)"),
            Lowered::Inactive(e) => self.coerce(acc, Val::Inact(Inact { expr: e })),
            _ => return err_node(&f.body, "the function of `.fold(..)` must return a number"),
        };
        if !self.fold_temp(acc, &val, body) {
            body.push(Stmt::Set {
                var: acc,
                val,
                span,
                def: false,
            });
        }
        Ok(())
    }
}

/// `(T)` as `T`.
fn strip_type_parens(t: &syn::Type) -> syn::Type {
    match t {
        syn::Type::Paren(p) => strip_type_parens(&p.elem),
        syn::Type::Group(g) => strip_type_parens(&g.elem),
        other => other.clone(),
    }
}
