//! Float types the syntax shows through a `match`: `match o { Some(v) => v, None => 0.5 }`
//! with `o: Option<f64>` is a float, by its pattern's binding as well as by its literal.
//! A differentiable call then passes such a value with a zero tangent instead of asking
//! for its type.

use super::Lowerer;
use crate::ir::placeholder_var;
use syn::{Expr, Pat};

impl Lowerer {
    /// Whether the value of a (rewritten) `match` is a float, as its arms show: an arm
    /// whose body is a float, or the binding `v` of `Some(v)` on a scrutinee declared
    /// `Option<F>` with `F` a float type.
    pub(super) fn match_shows_float(&self, e: &Expr) -> bool {
        let Expr::Match(m) = e else {
            return false;
        };
        let option_of_float = self.declared_option_of_float(&m.expr);
        m.arms.iter().any(|arm| {
            let body = match &*arm.body {
                Expr::Block(b) => match b.block.stmts.as_slice() {
                    [syn::Stmt::Expr(e, None)] => e,
                    _ => return false,
                },
                other => other,
            };
            if matches!(body, Expr::Macro(_)) {
                return false;
            }
            self.is_float_expr(body) || (option_of_float && some_binding(&arm.pat, body))
        })
    }

    /// The type the user wrote for a local (its placeholder `id`) or an inactive
    /// parameter.
    pub(super) fn declared_type(&self, id: &syn::Ident) -> Option<syn::Type> {
        match placeholder_var(id) {
            Some(b) => self.annotations.get(b).cloned().flatten(),
            None => match self.env().resolve(&id.to_string()) {
                Some(super::scope::Binding::Param(i)) if !self.params[i].is_active() => {
                    Some(self.params[i].ty.clone())
                }
                _ => None,
            },
        }
    }

    /// Whether `e` is a local declared with the type `Option<F>`, `F` a float.
    fn declared_option_of_float(&self, e: &Expr) -> bool {
        let Expr::Path(p) = e else { return false };
        let Some(v) = p.path.get_ident().and_then(placeholder_var) else {
            return false;
        };
        let Some(Some(syn::Type::Path(t))) = self.annotations.get(v) else {
            return false;
        };
        let Some(last) = t.path.segments.last().filter(|s| s.ident == "Option") else {
            return false;
        };
        match &last.arguments {
            syn::PathArguments::AngleBracketed(a) => match a.args.first() {
                Some(syn::GenericArgument::Type(inner)) if a.args.len() == 1 => {
                    crate::front::signature::is_float(inner, &self.float_generics)
                }
                _ => false,
            },
            _ => false,
        }
    }
}

/// `Some(v) => v` (also `Some(v) if guard => v`): the arm's value is the binding.
fn some_binding(pat: &Pat, body: &Expr) -> bool {
    let pat = match pat {
        Pat::Guard(g) => &*g.pat,
        other => other,
    };
    let Pat::TupleStruct(ts) = pat else {
        return false;
    };
    let [Pat::Ident(binding)] = ts.elems.iter().collect::<Vec<_>>()[..] else {
        return false;
    };
    ts.path.is_ident("Some")
        && binding.by_ref.is_none()
        && binding.subpat.is_none()
        && matches!(body, Expr::Path(p) if p.path.is_ident(&binding.ident))
}
