//! An `if` chain whose branches leaving the loop come between branches producing a
//! value, reordered so that the leaving branches come first:
//!
//! ```text
//! if c0 { v0 } else if c1 { continue } else { v2 }
//! ```
//!
//! becomes
//!
//! ```text
//! let t0: bool = c0;
//! let t1: bool = !t0 && (c1);
//! if t1 { continue } else if t0 { v0 } else { v2 }
//! ```
//!
//! which is the form [`desugar::nest_rest_in_value_branches`] binds a `let`'s value in:
//! a value the macro cannot give a placeholder (a generic `T` or a struct without
//! `Default`) is then never carried unassigned by the path leaving the iteration.
//! Each condition still runs once, in its order, and only when the ones before it
//! failed (the `&&` short-circuits), so conditions with effects keep their meaning; the
//! branches' bodies run after all the conditions before them, as before.

use super::desugar;
use proc_macro2::Span;
use syn::visit::Visit;
use syn::Expr;

/// One branch of a flattened chain: its condition (`None` for the final `else`) and body.
struct Branch {
    cond: Option<Expr>,
    body: syn::Block,
}

/// The flag `let`s and the reordered chain, or `None` when the chain cannot be
/// reordered this way (no final `else`, a condition binding names with `let`, no branch
/// leaving or none producing the value) or needs no reordering (the leaving branches
/// already come first).
pub(crate) fn leaves_first(i: &syn::ExprIf) -> Option<(Vec<syn::Stmt>, syn::ExprIf)> {
    let span = i.if_token.span;
    let branches = flatten(i)?;
    if branches
        .iter()
        .any(|b| b.cond.as_ref().is_some_and(binds_names))
    {
        return None;
    }
    let leaves: Vec<bool> = branches
        .iter()
        .map(|b| desugar::diverges(&b.body.stmts))
        .collect();
    let last_leave = leaves.iter().rposition(|l| *l)?;
    let first_value = leaves.iter().position(|l| !*l)?;
    if last_leave < first_value {
        return None;
    }
    // the conditions up to the last leaving branch, each as a flag "this branch is taken"
    let flagged = last_leave.min(branches.len() - 2);
    let mut flags = Vec::new();
    let mut taken = Vec::new();
    for (k, b) in branches.iter().enumerate().take(flagged + 1) {
        let t = flag_ident(k, span);
        let earlier = &taken;
        let c = b.cond.as_ref()?;
        let stmt: syn::Stmt = syn::parse_quote_spanned!(span=>
            #[__ad_synthetic] let #t: bool = #(!#earlier &&)* (#c);
        );
        flags.push(stmt);
        taken.push(t);
    }
    // the final `else` leaving: taken when no flagged branch is
    let none_taken: Expr = syn::parse_quote_spanned!(span=> true #(&& !#taken)*);
    let cond_of = |k: usize| -> Option<Expr> {
        if k <= flagged {
            let t = &taken[k];
            Some(syn::parse_quote_spanned!(span=> #t))
        } else if k + 1 == branches.len() && leaves[k] {
            Some(none_taken.clone())
        } else {
            branches[k].cond.clone()
        }
    };
    let mut order: Vec<(Option<Expr>, syn::Block)> = Vec::new();
    for (k, b) in branches.iter().enumerate() {
        if leaves[k] {
            order.push((cond_of(k), b.body.clone()));
        }
    }
    let values: Vec<usize> = (0..branches.len()).filter(|k| !leaves[*k]).collect();
    for (n, &k) in values.iter().enumerate() {
        // the last value branch is the `else` of the reordered chain (every other case
        // was taken by a branch before it)
        let cond = if n + 1 == values.len() {
            None
        } else {
            cond_of(k)
        };
        order.push((cond, branches[k].body.clone()));
    }
    Some((flags, rebuild(i, order)?))
}

/// The branches of a chain ending in an `else` block, in order.
fn flatten(i: &syn::ExprIf) -> Option<Vec<Branch>> {
    let mut out = vec![Branch {
        cond: Some((*i.cond).clone()),
        body: i.then_branch.clone(),
    }];
    match i.else_branch.as_ref().map(|(_, e)| &**e)? {
        Expr::If(ii) => out.extend(flatten(ii)?),
        Expr::Block(b) if b.label.is_none() && b.attrs.is_empty() => out.push(Branch {
            cond: None,
            body: b.block.clone(),
        }),
        _ => return None,
    }
    Some(out)
}

/// The chain of `branches` (only the last without a condition), with the tokens of `i`.
fn rebuild(i: &syn::ExprIf, branches: Vec<(Option<Expr>, syn::Block)>) -> Option<syn::ExprIf> {
    let mut rest: Option<Expr> = None;
    for (cond, body) in branches.into_iter().rev() {
        rest = Some(match (cond, rest) {
            (None, None) => Expr::Block(syn::ExprBlock {
                attrs: Vec::new(),
                label: None,
                block: body,
            }),
            (Some(cond), Some(r)) => Expr::If(syn::ExprIf {
                attrs: Vec::new(),
                if_token: i.if_token,
                cond: Box::new(cond),
                then_branch: body,
                else_branch: Some((Default::default(), Box::new(r))),
            }),
            _ => return None,
        });
    }
    match rest? {
        Expr::If(out) => Some(out),
        _ => None,
    }
}

/// The flag of branch `k`: whether the chain takes it.
fn flag_ident(k: usize, span: Span) -> syn::Ident {
    syn::Ident::new(&format!("__ad_branch_taken_{k}"), span)
}

/// Whether a condition binds names for its branch (`if let`, a let chain): it cannot
/// be evaluated apart from the branch.
fn binds_names(c: &Expr) -> bool {
    struct Find(bool);
    impl<'ast> Visit<'ast> for Find {
        fn visit_expr_let(&mut self, _: &'ast syn::ExprLet) {
            self.0 = true;
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    }
    let mut f = Find(false);
    f.visit_expr(c);
    f.0
}

#[cfg(test)]
mod tests {
    use super::leaves_first;
    use quote::quote;

    fn reorder(src: proc_macro2::TokenStream) -> Option<String> {
        let i: syn::ExprIf = syn::parse2(src).unwrap();
        let (flags, chain) = leaves_first(&i)?;
        Some(quote!(#(#flags)* #chain).to_string())
    }

    fn same(got: Option<String>, want: proc_macro2::TokenStream) {
        assert_eq!(got.as_deref(), Some(want.to_string().as_str()));
    }

    #[test]
    fn a_leaving_branch_between_values_comes_first() {
        same(
            reorder(quote!(if a {
                1
            } else if b {
                continue;
            } else {
                2
            })),
            quote!(
                #[__ad_synthetic] let __ad_branch_taken_0: bool = (a);
                #[__ad_synthetic] let __ad_branch_taken_1: bool = !__ad_branch_taken_0 && (b);
                if __ad_branch_taken_1 { continue; } else if __ad_branch_taken_0 { 1 } else { 2 }
            ),
        );
    }

    #[test]
    fn a_final_else_leaving_is_taken_when_no_flag_is() {
        same(
            reorder(quote!(if a {
                1
            } else if b {
                break;
            } else if c {
                2
            } else {
                continue;
            })),
            quote!(
                #[__ad_synthetic] let __ad_branch_taken_0: bool = (a);
                #[__ad_synthetic] let __ad_branch_taken_1: bool = !__ad_branch_taken_0 && (b);
                #[__ad_synthetic] let __ad_branch_taken_2: bool =
                    !__ad_branch_taken_0 && !__ad_branch_taken_1 && (c);
                if __ad_branch_taken_1 { break; }
                else if true && !__ad_branch_taken_0 && !__ad_branch_taken_1 && !__ad_branch_taken_2 { continue; }
                else if __ad_branch_taken_0 { 1 }
                else { 2 }
            ),
        );
    }

    #[test]
    fn values_after_the_last_leaving_branch_keep_their_conditions() {
        same(
            reorder(quote!(if a {
                1
            } else if b {
                continue;
            } else if c {
                2
            } else {
                3
            })),
            quote!(
                #[__ad_synthetic] let __ad_branch_taken_0: bool = (a);
                #[__ad_synthetic] let __ad_branch_taken_1: bool = !__ad_branch_taken_0 && (b);
                if __ad_branch_taken_1 { continue; }
                else if __ad_branch_taken_0 { 1 }
                else if c { 2 }
                else { 3 }
            ),
        );
    }

    #[test]
    fn chains_it_does_not_reorder() {
        // the leaving branches already first; no `else`; an `if let`; nothing leaves
        assert!(reorder(quote!(if a {
            continue;
        } else if b {
            1
        } else {
            2
        }))
        .is_none());
        assert!(reorder(quote!(if a {
            1
        } else if b {
            continue;
        }))
        .is_none());
        assert!(reorder(quote!(if let Some(v) = o {
            v
        } else if b {
            continue;
        } else {
            2
        }))
        .is_none());
        assert!(reorder(quote!(if a { 1 } else { 2 })).is_none());
    }
}
