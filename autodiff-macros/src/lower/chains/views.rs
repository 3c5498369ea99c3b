//! Windows and chunks (`x.windows(2)`, `x.chunks_exact(3)`) bound to a name: views of
//! their source. The code that uses a view `w` is rewritten before it is lowered, so
//! that it reads the source itself: `w[j]` becomes `x[start + j]` (checked against the
//! view's length, as indexing the view would be), `w.len()` the view's length, and `w`
//! anywhere else the subslice `x[start..start + len]` (which chains and `for` loops
//! iterate). The start and length are variables of the loop, bound under names of the
//! macro's own.

use super::bind::strip_pat_type;
use super::stream::int_lit;
use super::View;
use crate::ir::{Inact, Stmt, Val};
use crate::lower::{err, Lowerer, Res};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::Expr;

/// A name bound to a window or chunk, and how to read through it.
pub(super) struct ViewName {
    name: String,
    /// The source, as an expression (a parameter's name, or inactive data).
    src: Expr,
    /// The name that the source's root variable or parameter goes by, if any: the
    /// code using the view must not rebind it.
    src_root: Option<String>,
    start: syn::Ident,
    len: Expr,
    len_lit: Option<u64>,
}

impl Lowerer {
    /// Binds `ident` to a view: its start and length become variables of the loop.
    pub(super) fn bind_view(
        &mut self,
        ident: &syn::Ident,
        view: View,
        body: &mut Vec<Stmt>,
        views: &mut Vec<ViewName>,
    ) -> Res<()> {
        let span = ident.span();
        let start = self.view_var(&format!("{ident}_start"), view.offset, span, body);
        let len = match view.len_lit {
            Some(n) => {
                let n = proc_macro2::Literal::u64_unsuffixed(n);
                syn::parse_quote!(#n)
            }
            None => {
                let len = self.view_var(&format!("{ident}_len"), view.len, span, body);
                syn::parse_quote!(#len)
            }
        };
        let src = self.src_expr(&view.src, span);
        let src_root = crate::lower::desugar::root_ident(&src).map(ToString::to_string);
        views.push(ViewName {
            name: ident.to_string(),
            src,
            src_root,
            start,
            len,
            len_lit: view.len_lit,
        });
        Ok(())
    }

    /// An inactive `usize` variable of the loop, under a name only this code uses.
    fn view_var(
        &mut self,
        name: &str,
        value: Expr,
        span: Span,
        body: &mut Vec<Stmt>,
    ) -> syn::Ident {
        let v = self.new_var(name, false);
        body.push(Stmt::Set {
            var: v,
            val: Val::Inact(Inact { expr: value }),
            span,
            def: true,
        });
        let id = syn::Ident::new(&format!("__ad_view_{v}"), span);
        self.scopes.bind(id.to_string(), v);
        id
    }

    /// A closure body with its views read through their source.
    pub(super) fn with_views_expr(&self, e: &Expr, views: &[ViewName]) -> Res<Expr> {
        if views.is_empty() {
            return Ok(e.clone());
        }
        check_not_rebound(|v| v.visit_expr(e), views)?;
        let mut e = e.clone();
        let mut s = Substitute { views, error: None };
        s.visit_expr_mut(&mut e);
        s.error.map_or(Ok(e), Err)
    }

    /// A loop body with its views read through their source.
    pub(super) fn with_views_stmts(
        &self,
        stmts: &[syn::Stmt],
        views: &[ViewName],
    ) -> Res<Vec<syn::Stmt>> {
        if views.is_empty() {
            return Ok(stmts.to_vec());
        }
        check_not_rebound(|v| stmts.iter().for_each(|s| v.visit_stmt(s)), views)?;
        let mut stmts = stmts.to_vec();
        let mut s = Substitute { views, error: None };
        stmts.iter_mut().for_each(|st| s.visit_stmt_mut(st));
        s.error.map_or(Ok(stmts), Err)
    }
}

/// The code that uses a view may not bind its name or its source's name again: the
/// rewriting reads both by name, everywhere in that code.
fn check_not_rebound(walk: impl FnOnce(&mut Bindings), views: &[ViewName]) -> Res<()> {
    let mut b = Bindings(Vec::new());
    walk(&mut b);
    for id in b.0 {
        let name = id.to_string();
        for v in views {
            if name == v.name {
                return err(id.span(), format!("`{name}` names a window or chunk of the iterator here; binding the name again inside its loop or closure is not supported in a differentiable function: choose another name"));
            }
            if v.src_root.as_deref() == Some(name.as_str()) {
                return err(id.span(), format!("`{name}` is the slice that the window or chunk `{}` reads; binding the name again inside its loop or closure is not supported in a differentiable function: choose another name", v.name));
            }
        }
    }
    Ok(())
}

/// Every name a pattern binds, in closures, `let`s, loops and arms alike.
struct Bindings(Vec<syn::Ident>);

impl<'ast> Visit<'ast> for Bindings {
    fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
        self.0.push(p.ident.clone());
        syn::visit::visit_pat_ident(self, p);
    }
    fn visit_pat(&mut self, p: &'ast syn::Pat) {
        syn::visit::visit_pat(self, strip_pat_type(p));
    }
}

struct Substitute<'a> {
    views: &'a [ViewName],
    error: Option<syn::Error>,
}

impl<'a> Substitute<'a> {
    fn view_of(&self, e: &Expr) -> Option<&'a ViewName> {
        let Expr::Path(p) = e else { return None };
        let id = p.path.get_ident().filter(|_| p.qself.is_none())?;
        let views: &'a [ViewName] = self.views;
        views.iter().find(|v| id == v.name.as_str())
    }

    /// `w[j]` as `x[start + j]`, its index checked against the view's length.
    fn element(&mut self, v: &ViewName, j: &Expr, span: Span) -> Expr {
        let (src, start, len) = (&v.src, &v.start, &v.len);
        if let (Some(j), Some(n)) = (int_lit(j), v.len_lit) {
            if j >= n {
                self.error.get_or_insert(syn::Error::new(
                    span,
                    format!("index {j} is out of bounds: this window or chunk has {n} elements"),
                ));
            }
            let j = proc_macro2::Literal::u64_unsuffixed(j);
            return syn::parse_quote_spanned!(span=> #src[#start + #j]);
        }
        let j_var = syn::Ident::new("__ad_view_index", span);
        syn::parse_quote_spanned!(span=> #src[#start + {
            let #j_var: ::core::primitive::usize = #j;
            if #j_var >= #len {
                ::core::panic!("index out of bounds: the len is {} but the index is {}", #len, #j_var)
            }
            #j_var
        }])
    }

    /// `w` as the subslice it is.
    fn whole(v: &ViewName, span: Span) -> Expr {
        let (src, start, len) = (&v.src, &v.start, &v.len);
        syn::parse_quote_spanned!(span=> (#src[#start..#start + #len]))
    }
}

impl VisitMut for Substitute<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let span = syn::spanned::Spanned::span(&*e);
        match e {
            Expr::Index(ix)
                if !matches!(super::stream::strip_parens(&ix.index), Expr::Range(_)) =>
            {
                if let Some(v) = self.view_of(&ix.expr) {
                    self.visit_expr_mut(&mut ix.index);
                    let new = self.element(v, &ix.index, span);
                    *e = new;
                    return;
                }
            }
            Expr::MethodCall(m) if m.method == "len" && m.args.is_empty() => {
                if let Some(v) = self.view_of(&m.receiver) {
                    *e = v.len.clone();
                    return;
                }
            }
            Expr::Path(_) => {
                if let Some(v) = self.view_of(e) {
                    *e = Self::whole(v, span);
                    return;
                }
            }
            _ => {}
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }

    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        let names: Vec<&str> = self.views.iter().map(|v| v.name.as_str()).collect();
        if let Some(id) = mentions(&m.tokens, &names) {
            self.error.get_or_insert(syn::Error::new(id.span(), format!("the window or chunk `{id}` cannot be used inside a macro in a differentiable function; bind what the macro needs first (`let a = {id}[0];`)")));
        }
    }
}

/// The first of `names` among the tokens.
fn mentions(ts: &TokenStream, names: &[&str]) -> Option<syn::Ident> {
    ts.clone().into_iter().find_map(|tt| match tt {
        TokenTree::Ident(id) if names.iter().any(|n| id == n) => Some(id),
        TokenTree::Group(g) => mentions(&g.stream(), names),
        _ => None,
    })
}
