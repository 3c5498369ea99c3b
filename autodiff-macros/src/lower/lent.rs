//! Locals lent through `&mut` to a call without derivatives: `fill(&mut h)`, `bump(&mut k)`,
//! `row(&mut m[1])`.
//!
//! Every version of a local is an immutable value of the generated code, so the call
//! cannot borrow one mutably. The call is rewritten to write a copy instead, and the copy
//! becomes the local's next version, as an assignment would:
//!
//! ```text
//! let r = fill(&mut h);   ->   let d = { let mut c = h; let r = fill(&mut c); (r, c) };
//!                              h = d.1;  let r = d.0;
//! ```
//!
//! `d` is a value with side effects like any other call writing through `&mut`: it is
//! evaluated once, and recorded where the reverse sweep replays the code around it, so
//! the call never runs again and a replay sees the local as the call left it.
//!
//! Only inactive locals can be lent this way: the callee has no derivative, so what it
//! computes from an active value would lose its derivative silently. Lending an active
//! local is a spanned error, and so is lending a `vec!` buffer: a buffer is written in
//! place and read back from records in the reverse sweep's replays (`lower::buffers`),
//! element by element, which a call writing the whole buffer does not fit.

use super::scope::Binding;
use super::{err_node, Lowerer, Res};
use crate::ir::*;
use proc_macro2::Span;
use syn::visit_mut::VisitMut;
use syn::Expr;

/// The local a place expression (`h`, `h[1]`, `(h)`, `m.f`) borrows from: its root name.
fn place_root(e: &Expr) -> Option<&syn::Ident> {
    match e {
        Expr::Path(p) if p.qself.is_none() => p.path.get_ident(),
        Expr::Index(i) => place_root(&i.expr),
        Expr::Field(f) => place_root(&f.base),
        Expr::Paren(p) => place_root(&p.expr),
        Expr::Group(g) => place_root(&g.expr),
        _ => None,
    }
}

/// Replaces the root of a place expression by `to`.
fn replace_root(e: &mut Expr, to: &syn::Ident) {
    match e {
        Expr::Path(p) => *p = syn::parse_quote!(#to),
        Expr::Index(i) => replace_root(&mut i.expr, to),
        Expr::Field(f) => replace_root(&mut f.base, to),
        Expr::Paren(p) => replace_root(&mut p.expr, to),
        Expr::Group(g) => replace_root(&mut g.expr, to),
        _ => {}
    }
}

/// Collects the `&mut` borrows of `e` whose root satisfies `lent` (closures excluded:
/// their bodies are copied as they are).
fn mut_borrows<'e>(e: &'e Expr, lent: &dyn Fn(&syn::Ident) -> bool) -> Vec<&'e syn::ExprReference> {
    struct Find<'e, 'f> {
        lent: &'f dyn Fn(&syn::Ident) -> bool,
        found: Vec<&'e syn::ExprReference>,
    }
    impl<'e> syn::visit::Visit<'e> for Find<'e, '_> {
        fn visit_expr_reference(&mut self, r: &'e syn::ExprReference) {
            if r.mutability.is_some() && place_root(&r.expr).is_some_and(|id| (self.lent)(id)) {
                self.found.push(r);
            }
            syn::visit::visit_expr_reference(self, r);
        }
        fn visit_expr_closure(&mut self, _: &'e syn::ExprClosure) {}
        fn visit_expr_call(&mut self, c: &'e syn::ExprCall) {
            // `g_grad(&h, &mut gx)` writes `gx` from the derivative (see `lower::nested`)
            let nested = matches!(&*c.func, Expr::Path(fp) if super::nested::nested_suffix(&fp.path).is_some());
            if !nested {
                syn::visit::visit_expr_call(self, c);
            }
        }
    }
    let mut f = Find {
        lent,
        found: Vec::new(),
    };
    syn::visit::Visit::visit_expr(&mut f, e);
    f.found
}

impl Lowerer {
    /// A spanned error when `e` (the user's expression) lends an active local or a `vec!`
    /// buffer through `&mut` to a call, which has no derivative in that position.
    pub(crate) fn check_lent_locals(&self, e: &Expr) -> Res<()> {
        let env = self.env();
        let active_local = |id: &syn::Ident| matches!(env.resolve(&id.to_string()), Some(Binding::Local(v)) if self.vars[v].active);
        let Some(r) = mut_borrows(e, &active_local).into_iter().next() else {
            return Ok(());
        };
        let name = place_root(&r.expr)
            .map(ToString::to_string)
            .unwrap_or_default();
        let is_buffer =
            matches!(env.resolve(&name), Some(Binding::Local(v)) if self.vars[v].buffer);
        let msg = if is_buffer {
            format!("the `vec!` buffer `{name}` holds floats the derivative code tracks element by element: a call cannot write it through `&mut` in a differentiable function; let the call fill a fixed-size local array (`let mut {name} = [0.0; N];`), or fill the buffer before the function and pass it in as a `&[f64]` outside `wrt(..)`")
        } else {
            format!("`{name}` carries derivatives here (it holds active values, or is copied whole into a local array that does): a call without derivatives cannot write it through `&mut` (what it computes from them would have no derivative); let the call write a local of its own (`let mut c = [0.0; N];`) and combine the two after the call, copying elements (`g[i] = c[i]`) rather than the whole array, or make the callee #[differentiable] and return the values")
        };
        err_node(r, msg)
    }

    /// `e` (rewritten: locals are placeholders) lends inactive locals through `&mut`: the
    /// call is held once, writing copies that become the locals' next versions (see the
    /// module docs); returns the expression reading the call's value. `None` when `e`
    /// lends no local.
    pub(crate) fn lend_locals(
        &mut self,
        e: &Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Option<Expr> {
        let nvars = self.vars.len();
        let is_local = |id: &syn::Ident| placeholder_var(id).is_some_and(|v| v < nvars);
        let mut lent: Vec<VarId> = Vec::new();
        for r in mut_borrows(e, &is_local) {
            let v = place_root(&r.expr).and_then(placeholder_var)?;
            if !lent.contains(&v) {
                lent.push(v);
            }
        }
        // (a local with derivatives is the error of `check_lent_locals`)
        if lent.is_empty() || lent.iter().any(|&v| self.vars[v].active) {
            return None;
        }
        let copies: Vec<syn::Ident> = (0..lent.len())
            .map(|k| syn::Ident::new(&format!("__ad_lent{k}_copy"), Span::mixed_site()))
            .collect();
        let mut call = e.clone();
        Retarget {
            lent: &lent,
            copies: &copies,
        }
        .visit_expr_mut(&mut call);
        let origins: Vec<syn::Ident> = lent.iter().map(|&v| placeholder(v, span)).collect();
        let result = syn::Ident::new("__ad_lent_result", Span::mixed_site());
        let held: Expr = syn::parse_quote!({
            #(let mut #copies = #origins;)*
            let #result = #call;
            (#result, #(#copies),*)
        });
        let d = self.new_var("lent", false);
        let (val, advance) = self.record_if_effectful(Val::Inact(Inact { expr: held }), span);
        out.push(Stmt::Set {
            var: d,
            val,
            span,
            def: true,
        });
        out.extend(advance);
        let ph = placeholder(d, span);
        for (k, &v) in lent.iter().enumerate() {
            let part = syn::Index::from(k + 1);
            out.push(Stmt::Set {
                var: v,
                val: Val::Inact(Inact {
                    expr: syn::parse_quote!(#ph.#part),
                }),
                span,
                def: false,
            });
        }
        Some(syn::parse_quote!(#ph.0))
    }
}

/// Points the `&mut` borrows of lent locals at their copies.
struct Retarget<'a> {
    lent: &'a [VarId],
    copies: &'a [syn::Ident],
}

impl VisitMut for Retarget<'_> {
    fn visit_expr_reference_mut(&mut self, r: &mut syn::ExprReference) {
        if r.mutability.is_some() {
            let k = place_root(&r.expr)
                .and_then(placeholder_var)
                .and_then(|v| self.lent.iter().position(|&l| l == v));
            if let Some(k) = k {
                replace_root(&mut r.expr, &self.copies[k]);
                return;
            }
        }
        syn::visit_mut::visit_expr_reference_mut(self, r);
    }
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
}
