//! Out-parameters: `fn r(p: &[f64], out: &mut [f64])` writes its results with
//! `out[i] = value;`. An out-parameter is only written: reading it back (`out[i] += ..`,
//! `out[i]` in an expression, passing it on) would read values the reverse sweep does
//! not restore, so it is rejected with what to write instead.

use super::scope::Binding;
use super::{err_node, Lowerer, Res};
use crate::ir::*;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::Expr;

/// What to write instead of reading an out-parameter.
pub(crate) fn read_message(name: &str) -> String {
    format!("the out-parameter `{name}` can only be written (`{name}[i] = value;`), not read: compute the value in a local variable (`let mut s = 0.0; .. s += ..;`) and write it once")
}

impl Lowerer {
    /// The out-parameter `e` names, if it is one.
    pub(super) fn out_param(&self, e: &Expr) -> Option<usize> {
        let Expr::Path(p) = e else { return None };
        let id = p.path.get_ident().filter(|_| p.qself.is_none())?;
        match self.env().resolve(&id.to_string())? {
            Binding::Param(i) if matches!(self.params[i].kind, ParamKind::Out) => Some(i),
            _ => None,
        }
    }

    /// `out[i] = rhs` (or `out[i] op= rhs`, rejected); returns whether `lhs` is an
    /// element of an out-parameter.
    pub(super) fn lower_out_store(
        &mut self,
        lhs: &Expr,
        compound: bool,
        rhs: &Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Res<bool> {
        let Expr::Index(ix) = lhs else {
            return Ok(false);
        };
        let Some(p) = self.out_param(&ix.expr) else {
            return Ok(false);
        };
        let name = self.params[p].ident.to_string();
        if compound {
            return err_node(lhs, read_message(&name));
        }
        if self.env().mentions_active(&ix.index) {
            return err_node(
                &ix.index,
                "an index must be an integer, not computed from active floats",
            );
        }
        self.check_inactive_expr(&ix.index)?;
        let index = Inact {
            expr: self.inactive_value(&ix.index, out),
        };
        let value = self.lower_expr(rhs, out)?;
        let value = self.as_atom(value, rhs.span())?;
        // every write is recorded (also of a constant): its adjoint consumes the seed
        let v = self.new_var(&format!("{name}_write"), true);
        out.push(Stmt::Set {
            var: v,
            val: Val::OutStore {
                param: p,
                index,
                value,
            },
            span,
            def: true,
        });
        Ok(true)
    }
}
