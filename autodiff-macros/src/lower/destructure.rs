//! Destructuring `let`s: `let [a, b] = q;` of an active array or slice parameter (one
//! element per name), and any irrefutable pattern of an inactive value
//! (`let Params { k, w } = p;`, `let (n, c) = t;`, `let [u, v] = data;`), each name
//! bound by a `match` that binds only it, so Rust's own binding rules (moves, copies,
//! references through `&`) apply unchanged.

use super::{err_node, pat_ident, Lowered, Lowerer, Res};
use crate::ir::{Base, Inact, Stmt, Val};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Expr, Pat};

/// The names a destructuring binds, with their values, before they are bound.
pub(super) type Binds = Vec<(syn::Ident, Lowered, Span)>;

impl Lowerer {
    /// Binds `pat` (a name, or a pattern other than a tuple) to the value of `e`.
    pub(super) fn bind_pattern(
        &mut self,
        pat: &Pat,
        e: &Expr,
        out: &mut Vec<Stmt>,
        binds: &mut Binds,
    ) -> Res<()> {
        match pat {
            Pat::Slice(s) => match self.active_array_param(e) {
                Some((p, by_ref)) => self.bind_elements(s, p, by_ref, out, binds),
                None => self.bind_inactive(pat, e, out, binds),
            },
            // `let &[a, b] = q;`: the elements by value
            Pat::Reference(r) if matches!(&*r.pat, Pat::Slice(_)) => {
                match (&*r.pat, self.active_array_param(e)) {
                    (Pat::Slice(s), Some((p, _))) => self.bind_elements(s, p, false, out, binds),
                    _ => self.bind_inactive(pat, e, out, binds),
                }
            }
            Pat::Struct(_) | Pat::TupleStruct(_) | Pat::Reference(_) => {
                self.bind_inactive(pat, e, out, binds)
            }
            Pat::Paren(p) => self.bind_pattern(&p.pat, e, out, binds),
            _ => {
                let name = pat_ident(pat)?;
                let v = self.lower_expr(e, out)?;
                binds.push((name, v, e.span()));
                Ok(())
            }
        }
    }

    /// The active array or slice parameter `e` names (`q`, `*q`, `(q)`), if any, and
    /// whether a pattern binds references to its elements (`q` of type `&[F; N]`).
    fn active_array_param(&mut self, e: &Expr) -> Option<(usize, bool)> {
        let (inner, deref) = match e {
            Expr::Paren(p) => return self.active_array_param(&p.expr),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => (&*u.expr, true),
            e => (e, false),
        };
        match self.lower_path_only(inner)? {
            Lowered::Slice(p) => {
                let by_ref = !deref && matches!(self.params[p].ty, syn::Type::Reference(_));
                Some((p, by_ref))
            }
            _ => None,
        }
    }

    /// A path lowered without emitting anything (`None` for other expressions).
    fn lower_path_only(&mut self, e: &Expr) -> Option<Lowered> {
        match e {
            Expr::Path(p) => Some(self.lower_path(p, e)),
            _ => None,
        }
    }

    /// `let [a, _, b] = q;` or `let [first, .., last] = q;` of an active array or slice
    /// parameter: each name is the element at its position.
    /// `by_ref`: the user's names are references to the elements, read through `*`.
    fn bind_elements(
        &mut self,
        s: &syn::PatSlice,
        p: usize,
        by_ref: bool,
        out: &mut Vec<Stmt>,
        binds: &mut Binds,
    ) -> Res<()> {
        let rest = s.elems.iter().position(|e| matches!(e, Pat::Rest(_)));
        let n = s.elems.len();
        let x = self.params[p].ident.clone();
        for (k, el) in s.elems.iter().enumerate() {
            if matches!(el, Pat::Rest(_) | Pat::Wild(_)) {
                continue;
            }
            let name = match el {
                Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => pi.ident.clone(),
                other => return err_node(other, "in `let [a, b] = q;` of an active array, bind plain names (`a`, `mut a`, `_`, `..`)"),
            };
            let index: Expr = match rest {
                Some(r) if k > r => {
                    let from_end = n - k;
                    syn::parse_quote!(#x.len() - #from_end)
                }
                _ => syn::parse_quote!(#k),
            };
            let val = Val::Index {
                base: Base::Param(p),
                index: Inact { expr: index },
            };
            let v = self.temp("elem", val, el.span(), out);
            if let Lowered::Active(crate::ir::Atom::Var(t)) = &v {
                self.vars[*t].user_ref = by_ref;
            }
            binds.push((name, v, el.span()));
        }
        Ok(())
    }

    /// Binds each name of `pat` to `match value { pat_only_name => name }`, `value`
    /// being `e` itself when it is a place (so that nothing is moved but what the
    /// pattern moves), or a variable holding it otherwise (evaluated once).
    pub(super) fn bind_inactive(
        &mut self,
        pat: &Pat,
        e: &Expr,
        out: &mut Vec<Stmt>,
        binds: &mut Binds,
    ) -> Res<()> {
        if self.env().mentions_active(e) {
            return err_node(e, "destructuring a value that depends on an active value is supported for tuples `(a, b)` and for arrays and slices that are active parameters (`let [a, b] = q;`); bind the parts one by one");
        }
        self.check_inactive_expr(e)?;
        if is_place(e) {
            let place = self.env().rewrite(e);
            self.bind_parts(pat, place, binds);
        } else {
            let value = self.env().rewrite(e);
            self.bind_inactive_value(pat, value, e.span(), out, binds);
        }
        Ok(())
    }

    /// Binds the names of `pat` to the parts of `value`, an inactive expression already
    /// rewritten (held once in a hidden local, so that it is evaluated once).
    pub(super) fn bind_inactive_value(
        &mut self,
        pat: &Pat,
        value: Expr,
        span: proc_macro2::Span,
        out: &mut Vec<Stmt>,
        binds: &mut Binds,
    ) {
        let place = self.snapshot("destructured", value, span, out);
        self.bind_parts(pat, place, binds);
    }

    fn bind_parts(&mut self, pat: &Pat, place: Expr, binds: &mut Binds) {
        let names = crate::lower::desugar::bound_names(pat);
        if names.is_empty() {
            return;
        }
        for name in names {
            let only = keep_only(pat, &name);
            let value: Expr =
                syn::parse_quote_spanned!(name.span()=> match #place { #only => #name });
            binds.push((name.clone(), Lowered::Inactive(value), name.span()));
        }
    }
}

/// A path, field, element or dereference: an expression a `match` reads in place.
fn is_place(e: &Expr) -> bool {
    match e {
        Expr::Path(_) => true,
        Expr::Field(f) => is_place(&f.base),
        Expr::Index(i) => is_place(&i.expr) && matches!(&*i.index, Expr::Lit(_) | Expr::Path(_)),
        Expr::Paren(p) => is_place(&p.expr),
        Expr::Unary(u) => matches!(u.op, syn::UnOp::Deref(_)) && is_place(&u.expr),
        _ => false,
    }
}

/// `pat` with every binding other than `name` replaced by `_` (shorthand struct
/// fields `P { k, w }` become `P { k, w: _ }`).
pub(super) fn keep_only(pat: &Pat, name: &syn::Ident) -> Pat {
    struct Keep<'a>(&'a syn::Ident);
    impl VisitMut for Keep<'_> {
        fn visit_pat_mut(&mut self, p: &mut Pat) {
            if let Pat::Ident(pi) = p {
                let binding = pi
                    .ident
                    .to_string()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase() || c == '_');
                if binding && pi.ident != *self.0 {
                    *p = match pi.subpat.take() {
                        Some((_, sub)) => *sub,
                        None => Pat::Wild(syn::PatWild {
                            attrs: Vec::new(),
                            underscore_token: syn::Token![_](pi.ident.span()),
                        }),
                    };
                }
            }
            syn::visit_mut::visit_pat_mut(self, p);
        }
        fn visit_field_pat_mut(&mut self, f: &mut syn::FieldPat) {
            let kept = matches!(&*f.pat, Pat::Ident(pi) if pi.ident == *self.0);
            if f.colon_token.is_none() && !kept {
                // `P { w }` becomes `P { w: _ }`, but `P { k }` stays shorthand
                f.colon_token = Some(syn::Token![:](f.member.span()));
            }
            syn::visit_mut::visit_field_pat_mut(self, f);
        }
    }
    let mut p = pat.clone();
    Keep(name).visit_pat_mut(&mut p);
    p
}
