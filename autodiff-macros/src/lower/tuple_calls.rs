//! `let (a, b) = polar(r, t);`: a call with active arguments bound by a tuple
//! pattern is a call of a differentiable function returning a tuple of floats. It is
//! lowered as a call returning an array (`Val::ArrCall`, into a hidden local array),
//! and each name is bound to its element; the generated code converts the callee's
//! tuples with `as_array` / `from_array` of the runtime.

use super::destructure::Binds;
use super::{Lowered, Lowerer, Res};
use crate::ir::*;
use syn::spanned::Spanned;
use syn::{Expr, Pat};

impl Lowerer {
    /// Binds `tp` to the call `e` when `e` is a call with an active argument and `tp` a
    /// tuple of names (or `_`); returns whether it did.
    pub(super) fn lower_tuple_call_binding(
        &mut self,
        tp: &syn::PatTuple,
        e: &Expr,
        out: &mut Vec<Stmt>,
        binds: &mut Binds,
    ) -> Res<bool> {
        let names_only = tp.elems.iter().all(|p| {
            matches!(p, Pat::Wild(_))
                || matches!(p, Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none())
        });
        let call = match e {
            Expr::Call(c) => matches!(&*c.func, Expr::Path(fp) if !super::call::is_no_grad(fp)),
            Expr::MethodCall(_) => true,
            _ => false,
        };
        if !names_only || tp.elems.len() < 2 || !call {
            return Ok(false);
        }
        let value = self.lower_expr(e, out)?;
        // no argument active (one that only declares variables reading active values,
        // `polar(-({ let t = s; 0.2 }), 1.0)`): an inactive tuple, bound part by part
        if let Lowered::Inactive(inactive) = value {
            self.bind_inactive_value(&Pat::Tuple(tp.clone()), inactive, e.span(), out, binds);
            return Ok(true);
        }
        let Lowered::Active(Atom::Var(t)) = value else {
            return Ok(false);
        };
        let call = match out.last() {
            Some(Stmt::Set {
                var,
                val: Val::Call(c),
                ..
            }) if *var == t => c.clone(),
            _ => return Ok(false),
        };
        out.pop();
        let span = e.span();
        let len = tp.elems.len();
        let name = call
            .callee
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let arr = self.new_var(&format!("{name}_result"), true);
        self.vars[arr].span = span;
        self.vars[arr].dims = Some(vec![syn::parse_quote!(#len)]);
        self.vars[arr].float = true;
        out.push(Stmt::Set {
            var: arr,
            val: Val::ArrCall(call),
            span,
            def: true,
        });
        let ph = placeholder(arr, span);
        for (i, p) in tp.elems.iter().enumerate() {
            let Pat::Ident(pi) = p else { continue };
            let elem: Expr = syn::parse_quote_spanned!(span=> #ph[#i]);
            let v = self.lower_expr(&elem, out)?;
            binds.push((pi.ident.clone(), v, span));
        }
        Ok(true)
    }
}
