//! Name resolution for the lowering: lexical scopes of local variables, and the
//! rewriting of inactive expressions so that local variables become placeholders.

use crate::ir::{Param, ParamKind, Var, VarId};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident};

/// What a name refers to.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Binding {
    Local(VarId),
    Param(usize),
}

/// Lexical scopes of locals, above the parameters.
#[derive(Default)]
pub(crate) struct Scopes {
    frames: Vec<Vec<(String, VarId)>>,
}

impl Scopes {
    pub(crate) fn push(&mut self) {
        self.frames.push(Vec::new());
    }
    pub(crate) fn pop(&mut self) {
        self.frames.pop();
    }
    pub(crate) fn bind(&mut self, name: String, var: VarId) {
        if self.frames.is_empty() {
            self.push();
        }
        if let Some(f) = self.frames.last_mut() {
            f.push((name, var));
        }
    }
    pub(crate) fn local(&self, name: &str) -> Option<VarId> {
        self.frames
            .iter()
            .rev()
            .flat_map(|f| f.iter().rev())
            .find(|(n, _)| n == name)
            .map(|&(_, v)| v)
    }
}

/// The placeholder identifier of a local variable inside an inactive expression.
pub(crate) fn placeholder(var: VarId, span: Span) -> Ident {
    Ident::new(&format!("__ad_ph_{var}"), span)
}

/// The variable a placeholder identifier stands for.
pub(crate) fn placeholder_var(id: &Ident) -> Option<VarId> {
    id.to_string().strip_prefix("__ad_ph_")?.parse().ok()
}

/// Read-only view used to resolve names.
pub(crate) struct Env<'a> {
    pub scopes: &'a Scopes,
    pub params: &'a [Param],
    pub vars: &'a [Var],
}

impl Env<'_> {
    pub(crate) fn resolve(&self, name: &str) -> Option<Binding> {
        if let Some(v) = self.scopes.local(name) {
            return Some(Binding::Local(v));
        }
        self.params
            .iter()
            .position(|p| p.ident == name)
            .map(Binding::Param)
    }

    /// Whether a binding carries derivatives.
    pub(crate) fn is_active(&self, b: Binding) -> bool {
        match b {
            Binding::Local(v) => self.vars[v].active,
            Binding::Param(i) => self.params[i].is_active(),
        }
    }

    /// Whether `e` mentions an active variable or parameter anywhere (macros included).
    pub(crate) fn mentions_active(&self, e: &Expr) -> bool {
        let mut finder = ActiveFinder {
            env: self,
            found: false,
        };
        finder.visit_expr(e);
        finder.found
    }

    /// Whether the tokens (of a macro) mention an active name.
    pub(crate) fn tokens_mention_active(&self, ts: &TokenStream) -> bool {
        ts.clone().into_iter().any(|tt| match tt {
            TokenTree::Ident(id) => self
                .resolve(&id.to_string())
                .is_some_and(|b| self.is_active(b)),
            TokenTree::Group(g) => self.tokens_mention_active(&g.stream()),
            _ => false,
        })
    }

    /// Rewrites every local variable in `e` to its placeholder. Macros inside are
    /// rewritten token by token, which is exact for the idents they mention.
    pub(crate) fn rewrite(&self, e: &Expr) -> Expr {
        let mut e = e.clone();
        Rewriter { env: self }.visit_expr_mut(&mut e);
        e
    }

    pub(crate) fn rewrite_tokens(&self, ts: TokenStream) -> TokenStream {
        ts.into_iter()
            .map(|tt| match tt {
                TokenTree::Ident(id) => match self.scopes.local(&id.to_string()) {
                    Some(v) => TokenTree::Ident(placeholder(v, id.span())),
                    None => TokenTree::Ident(id),
                },
                TokenTree::Group(g) => {
                    let mut ng =
                        proc_macro2::Group::new(g.delimiter(), self.rewrite_tokens(g.stream()));
                    ng.set_span(g.span());
                    TokenTree::Group(ng)
                }
                other => other,
            })
            .collect()
    }

    /// The scalar parameter variable, if `i` is one.
    pub(crate) fn param_var(&self, i: usize) -> Option<VarId> {
        match self.params[i].kind {
            ParamKind::Scalar(v) => Some(v),
            _ => None,
        }
    }
}

struct ActiveFinder<'a, 'b> {
    env: &'a Env<'b>,
    found: bool,
}

impl<'ast> Visit<'ast> for ActiveFinder<'_, '_> {
    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if p.qself.is_none() {
            if let Some(id) = p.path.get_ident() {
                if let Some(b) = self.env.resolve(&id.to_string()) {
                    self.found |= self.env.is_active(b);
                }
            }
        }
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.found |= self.env.tokens_mention_active(&m.tokens);
    }
}

struct Rewriter<'a, 'b> {
    env: &'a Env<'b>,
}

impl VisitMut for Rewriter<'_, '_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        // `*v` of an element the user sees as a reference but the code holds by value
        if let Expr::Unary(u) = e {
            if matches!(u.op, syn::UnOp::Deref(_)) {
                if let Expr::Path(p) = &*u.expr {
                    let by_value = p
                        .path
                        .get_ident()
                        .and_then(|id| self.env.scopes.local(&id.to_string()))
                        .is_some_and(|v| self.env.vars[v].user_ref);
                    if by_value {
                        *e = (*u.expr).clone();
                    }
                }
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }

    fn visit_expr_path_mut(&mut self, p: &mut syn::ExprPath) {
        if p.qself.is_some() {
            return;
        }
        if let Some(id) = p.path.get_ident() {
            if let Some(v) = self.env.scopes.local(&id.to_string()) {
                let ph = placeholder(v, id.span());
                p.path = ph.into();
            }
        }
    }
    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        m.tokens = self.env.rewrite_tokens(m.tokens.clone());
    }
}
