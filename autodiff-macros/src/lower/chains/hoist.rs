//! Reductions inside an `if` condition (`if x.iter().map(|v| v * v).sum::<f64>() > r2`):
//! a condition is kept as an inactive expression, which cannot hold the loop a chain
//! over active values becomes, so each such reduction is computed just before the
//! condition and the condition reads its value. Only reductions the condition always
//! evaluates are moved: one behind `&&`, `||` or inside a block or closure might not run
//! (and might panic if it did), so it is left for the usual error.

use super::stream::{is_iter_expr, strip_parens};
use crate::ir::{placeholder, Inact, Stmt, Val};
use crate::lower::{Lowered, Lowerer, Res};
use syn::visit_mut::VisitMut;
use syn::Expr;

impl Lowerer {
    /// The condition with every reduction over active values it always evaluates
    /// replaced by a variable computed before it (into `out`).
    pub(in crate::lower) fn hoist_reductions(
        &mut self,
        cond: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Expr> {
        let mut found = Collect {
            l: self,
            chains: Vec::new(),
        };
        found.visit(cond);
        let chains = found.chains;
        if chains.is_empty() {
            return Ok(cond.clone());
        }
        let mut names = Vec::new();
        for chain in &chains {
            let span = syn::spanned::Spanned::span(chain);
            let var = match self.lower_expr(chain, out)? {
                Lowered::Active(crate::ir::Atom::Var(v)) => v,
                Lowered::Inactive(e) => {
                    let v = self.new_var("chain", false);
                    self.vars[v].float = self.is_float_expr(&e);
                    out.push(Stmt::Set {
                        var: v,
                        val: Val::Inact(Inact { expr: e }),
                        span,
                        def: true,
                    });
                    v
                }
                _ => return Ok(cond.clone()),
            };
            let ph = placeholder(var, span);
            names.push(ph);
        }
        let mut cond = cond.clone();
        Replace {
            names: &names,
            next: 0,
            l: self,
        }
        .visit_expr_mut(&mut cond);
        Ok(cond)
    }

    /// A reduction of an iterator chain that reads an active value.
    fn is_active_reduction(&self, e: &Expr) -> bool {
        let Expr::MethodCall(m) = e else { return false };
        let reduces = matches!(
            (m.method.to_string().as_str(), m.args.len()),
            ("sum" | "product" | "count", 0) | ("fold", 2)
        );
        reduces && is_iter_expr(&m.receiver) && self.env().mentions_active(e)
    }
}

/// The reductions a condition always evaluates, in order.
struct Collect<'a> {
    l: &'a Lowerer,
    chains: Vec<Expr>,
}

impl Collect<'_> {
    fn visit(&mut self, e: &Expr) {
        let e = strip_parens(e);
        if self.l.is_active_reduction(e) {
            self.chains.push(e.clone());
            return;
        }
        match e {
            Expr::Binary(b) => {
                self.visit(&b.left);
                // the right side of `&&` / `||` runs only sometimes
                if !matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_)) {
                    self.visit(&b.right);
                }
            }
            Expr::Unary(u) => self.visit(&u.expr),
            Expr::MethodCall(m) => {
                self.visit(&m.receiver);
                m.args.iter().for_each(|a| self.visit(a));
            }
            Expr::Call(c) => c.args.iter().for_each(|a| self.visit(a)),
            Expr::Cast(c) => self.visit(&c.expr),
            _ => {}
        }
    }
}

/// Puts the variables in place of the reductions [`Collect`] found, in the same order.
struct Replace<'a> {
    names: &'a [syn::Ident],
    next: usize,
    l: &'a Lowerer,
}

impl VisitMut for Replace<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if self.next < self.names.len() && self.l.is_active_reduction(e) {
            let ph = &self.names[self.next];
            self.next += 1;
            *e = syn::parse_quote!(#ph);
            return;
        }
        match e {
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_)) => {
                self.visit_expr_mut(&mut b.left);
            }
            Expr::Paren(_)
            | Expr::Binary(_)
            | Expr::Unary(_)
            | Expr::MethodCall(_)
            | Expr::Call(_)
            | Expr::Cast(_) => syn::visit_mut::visit_expr_mut(self, e),
            _ => {}
        }
    }
}
