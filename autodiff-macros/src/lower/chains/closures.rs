//! The closures of a chain: what they may contain. A closure is inlined at every
//! element, so it must compute a value and nothing else: it may read the variables
//! around it, but not assign them, loop, leave, or have side effects.

use super::stream::strip_parens;
use super::Func;
use crate::lower::{err, err_node, Lowerer, Res};
use proc_macro2::Span;
use syn::visit::Visit;
use syn::Expr;

impl Lowerer {
    /// The function an adapter takes (`map`, `filter`: one parameter; `fold`: two), as
    /// a closure to inline. A path (`f64::exp`, `T::max`, a #[differentiable] fn) is
    /// the closure calling it.
    pub(super) fn func_of(&self, e: &Expr, arity: usize, adapter: &syn::Ident) -> Res<Func> {
        match strip_parens(e) {
            Expr::Closure(c) => {
                check_closure(c)?;
                if self.is_impure(&c.body) {
                    return err_node(&c.body, "a closure in an iterator chain must not have side effects (a `&mut` borrow, or a call on a `&mut` parameter) in a differentiable function: it is inlined at every element and the derivative code runs it again; draw the values before the chain, or write a `for` loop");
                }
                if c.inputs.len() != arity {
                    let want = if arity == 1 { "one parameter" } else { "two parameters (the accumulator and the element)" };
                    return err_node(&c.inputs, format!("the closure of `.{adapter}(..)` takes {want}"));
                }
                Ok(Func {
                    params: c.inputs.iter().cloned().collect(),
                    body: (*c.body).clone(),
                })
            }
            Expr::Path(p) => {
                let span = syn::spanned::Spanned::span(p);
                let names: Vec<syn::Ident> = (0..arity)
                    .map(|i| syn::Ident::new(&format!("__ad_arg{i}"), span))
                    .collect();
                let body: Expr = syn::parse_quote_spanned!(span=> #p(#(#names),*));
                let params = names
                    .into_iter()
                    .map(|ident| {
                        syn::Pat::Ident(syn::PatIdent {
                            attrs: Vec::new(),
                            by_ref: None,
                            mutability: None,
                            ident,
                            subpat: None,
                        })
                    })
                    .collect();
                Ok(Func { params, body })
            }
            other => err_node(other, format!("pass a closure (`|v| ..`) or a function path (`f64::exp`) to `.{adapter}(..)` in a differentiable function")),
        }
    }
}

/// Rejects what a closure of a chain may not contain.
fn check_closure(c: &syn::ExprClosure) -> Res<()> {
    if let Some(a) = &c.asyncness {
        return err(
            a.span,
            "an `async` closure cannot be differentiated; write a plain closure `|v| ..`",
        );
    }
    let mut f = Forbidden(None);
    f.visit_expr(&c.body);
    match f.0 {
        Some((span, what)) => err(span, format!("{what} inside a closure of an iterator chain is not supported in a differentiable function: the closure is inlined at every element and may only compute a value from its parameters and the variables around it; write a `for` loop instead")),
        None => Ok(()),
    }
}

/// The first construct a chain's closure may not contain.
struct Forbidden(Option<(Span, &'static str)>);

impl Forbidden {
    fn note(&mut self, span: Span, what: &'static str) {
        self.0.get_or_insert((span, what));
    }
}

impl<'ast> Visit<'ast> for Forbidden {
    fn visit_expr_assign(&mut self, a: &'ast syn::ExprAssign) {
        self.note(a.eq_token.span, "an assignment");
    }
    fn visit_expr_binary(&mut self, b: &'ast syn::ExprBinary) {
        if crate::lower::desugar::is_compound(&b.op) {
            self.note(syn::spanned::Spanned::span(&b.op), "a compound assignment");
        }
        syn::visit::visit_expr_binary(self, b);
    }
    fn visit_expr_for_loop(&mut self, l: &'ast syn::ExprForLoop) {
        self.note(l.for_token.span, "a loop");
    }
    fn visit_expr_while(&mut self, l: &'ast syn::ExprWhile) {
        self.note(l.while_token.span, "a loop");
    }
    fn visit_expr_loop(&mut self, l: &'ast syn::ExprLoop) {
        self.note(l.loop_token.span, "a loop");
    }
    fn visit_expr_return(&mut self, r: &'ast syn::ExprReturn) {
        self.note(r.return_token.span, "`return`");
    }
    fn visit_expr_break(&mut self, b: &'ast syn::ExprBreak) {
        self.note(b.break_token.span, "`break`");
    }
    fn visit_expr_continue(&mut self, c: &'ast syn::ExprContinue) {
        self.note(c.continue_token.span, "`continue`");
    }
    fn visit_expr_try(&mut self, t: &'ast syn::ExprTry) {
        self.note(t.question_token.span, "`?`");
    }
    fn visit_expr_await(&mut self, a: &'ast syn::ExprAwait) {
        self.note(a.await_token.span, "`.await`");
    }
    fn visit_item(&mut self, i: &'ast syn::Item) {
        self.note(syn::spanned::Spanned::span(i), "an item");
    }
}
