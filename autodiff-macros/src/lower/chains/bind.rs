//! The elements of a chain inside its loop: evaluating a stream at a position (its
//! filters as `if`s around what follows), binding a closure's or a `for` loop's
//! pattern to an element, and inlining a closure.

use super::stream::{operand, Kind, Stream};
use super::views::ViewName;
use super::{Func, Item, Src};
use crate::ir::*;
use crate::lower::{err, err_node, Lowered, Lowerer, Res};
use proc_macro2::Span;
use syn::{Expr, Pat};

/// What happens to each element that passes the stream's filters.
pub(super) type Consumer<'c> = dyn FnMut(&mut Lowerer, Item, &mut Vec<Stmt>) -> Res<()> + 'c;

impl Lowerer {
    /// Lowers `consume` for the element at position `k` of `s`, inside an `if` for
    /// each filter the element must pass.
    pub(super) fn each(
        &mut self,
        s: &Stream,
        k: &Expr,
        body: &mut Vec<Stmt>,
        consume: &mut Consumer<'_>,
    ) -> Res<()> {
        if !s.filtered {
            return consume(self, s.at(k.clone()), body);
        }
        match &s.kind {
            Kind::Filter(inner, p) => self.each(inner, k, body, &mut |l, item, body| {
                // computed once, for the predicate and for what follows
                let item = l.materialize(item, body)?;
                let cond = l.predicate(p, item.clone(), body)?;
                let mut kept = Vec::new();
                l.nesting += 1;
                let r = consume(l, item, &mut kept);
                l.nesting -= 1;
                r?;
                body.push(Stmt::If {
                    cond: Inact { expr: cond },
                    then_b: Block { stmts: kept },
                    else_b: Block::default(),
                });
                Ok(())
            }),
            Kind::Map(inner, f) => self.each(inner, k, body, &mut |l, item, body| {
                consume(l, Item::Mapped(Box::new(item), f.clone()), body)
            }),
            Kind::Copied(inner) => self.each(inner, k, body, &mut |l, item, body| {
                consume(l, item.copied(), body)
            }),
            _ => consume(self, s.at(k.clone()), body),
        }
    }

    /// The item with every pending `map` computed.
    pub(super) fn materialize(&mut self, item: Item, body: &mut Vec<Stmt>) -> Res<Item> {
        match item {
            Item::Mapped(inner, f) => {
                let v = self.apply(&f, *inner, 0, body)?;
                Ok(Item::Value(v))
            }
            Item::Pair(a, b) => {
                let a = self.materialize(*a, body)?;
                let b = self.materialize(*b, body)?;
                Ok(Item::Pair(Box::new(a), Box::new(b)))
            }
            other => Ok(other),
        }
    }

    /// `f(item)`: the closure's body lowered with its parameter bound to the item
    /// (behind `extra` more references: a `filter` predicate takes `&item`).
    pub(super) fn apply(
        &mut self,
        f: &Func,
        item: Item,
        extra: u8,
        body: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        self.scopes.push();
        self.in_chains += 1;
        let r = self.apply_in_scope(f, item, extra, body);
        self.in_chains -= 1;
        self.scopes.pop();
        r
    }

    fn apply_in_scope(
        &mut self,
        f: &Func,
        item: Item,
        extra: u8,
        body: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        let mut views = Vec::new();
        self.bind(&f.params[0], item, extra, body, &mut views)?;
        let expr = self.with_views_expr(&f.body, &views)?;
        match self.lower_expr(&expr, body)? {
            v @ (Lowered::Active(_) | Lowered::Inactive(_)) => Ok(v),
            _ => err_node(
                &f.body,
                "a closure in an iterator chain must return a number (or a `bool` in `.filter(..)`); an array or slice is not supported there",
            ),
        }
    }

    /// The condition of a `filter` at this element.
    fn predicate(&mut self, p: &Func, item: Item, body: &mut Vec<Stmt>) -> Res<Expr> {
        match self.apply(p, item, 1, body)? {
            Lowered::Inactive(e) => Ok(e),
            _ => err_node(
                &p.body,
                "the predicate of `.filter(..)` must be a `bool`; it is a float here",
            ),
        }
    }

    /// The value of an element reduced as it is (`x.iter().sum()`).
    pub(super) fn item_value(
        &mut self,
        item: Item,
        span: Span,
        body: &mut Vec<Stmt>,
    ) -> Res<Lowered> {
        match self.materialize(item, body)? {
            Item::Elem {
                src: Src::Param(p),
                index,
                ..
            } => Ok(self.temp(
                "elem",
                Val::Index {
                    base: Base::Param(p),
                    index: Inact { expr: index },
                },
                span,
                body,
            )),
            Item::Elem {
                src: Src::Inactive(e),
                index,
                ..
            } => {
                let e = operand(&e);
                Ok(Lowered::Inactive(syn::parse_quote!(#e[#index])))
            }
            Item::Elem {
                src: Src::Local(arr),
                index,
                ..
            } => Ok(self.temp(
                "elem",
                Val::Elem {
                    arr,
                    index: vec![Inact { expr: index }],
                },
                span,
                body,
            )),
            Item::Index(e) => Ok(Lowered::Inactive(e)),
            // an element of inactive data held by reference is read through it
            Item::Value(v @ Lowered::Inactive(_)) => match self.as_atom(v, span)? {
                Atom::Const(c) => Ok(Lowered::Inactive(c.expr)),
                Atom::Var(v) => Ok(Lowered::Active(Atom::Var(v))),
            },
            Item::Value(v) => Ok(v),
            Item::Pair(..) => err(span, "this iterator yields pairs; `.map(|(a, b)| ..)` them to one value before reducing"),
            Item::View(_) => err(span, "this iterator yields slices (windows or chunks); `.map(|w| ..)` each to a value before reducing"),
            Item::Mapped(..) => err(span, "internal error: an element left uncomputed"),
        }
    }

    /// Binds a pattern to an element, `extra` references deep (see [`Lowerer::apply`]).
    /// A window or chunk bound to a name is recorded in `views` (see `super::views`).
    pub(super) fn bind(
        &mut self,
        pat: &Pat,
        item: Item,
        extra: u8,
        body: &mut Vec<Stmt>,
        views: &mut Vec<ViewName>,
    ) -> Res<()> {
        // computed even where the pattern ignores it, as the iterator computes it
        let item = self.materialize(item, body)?;
        match (strip_pat_type(pat), item) {
            (Pat::Wild(_), _) => Ok(()),
            (Pat::Reference(r), item) if r.mutability.is_none() => {
                if extra > 0 {
                    return self.bind(&r.pat, item, extra - 1, body, views);
                }
                match item {
                    Item::Elem { src, index, depth } if depth > 0 => self.bind(
                        &r.pat,
                        Item::Elem {
                            src,
                            index,
                            depth: depth - 1,
                        },
                        0,
                        body,
                        views,
                    ),
                    _ => err_node(r, "this pattern takes a reference, but the element is a value here: bind it by name (`v`, not `&v`)"),
                }
            }
            (Pat::Tuple(t), Item::Pair(a, b)) if t.elems.len() == 2 => {
                self.bind(&t.elems[0], *a, extra, body, views)?;
                self.bind(&t.elems[1], *b, extra, body, views)
            }
            (Pat::Ident(pi), item) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                self.bind_name(&pi.ident, item, extra, body, views)
            }
            (Pat::Tuple(t), _) => err_node(t, "this pattern does not match the element: a tuple pattern binds the pairs of `.enumerate()` (`(i, v)`) and `.zip(..)` (`(a, b)`)"),
            (other, _) => err_node(other, "unsupported pattern in an iterator chain; bind a name (`v`, `&v`) or a pair (`(i, v)`, `(a, b)`)"),
        }
    }

    /// Binds a name to an element: a new variable holding it (for an element of
    /// inactive data, a reference to it, as the iterator yields).
    fn bind_name(
        &mut self,
        ident: &syn::Ident,
        item: Item,
        extra: u8,
        body: &mut Vec<Stmt>,
        views: &mut Vec<ViewName>,
    ) -> Res<()> {
        let span = ident.span();
        let name = ident.to_string();
        let (v, val) = match item {
            Item::Elem {
                src: Src::Param(p),
                index,
                depth,
            } => {
                let v = self.new_var(&name, true);
                // the user sees a reference; the variable holds the value (`*v` reads it)
                self.vars[v].user_ref = depth + extra > 0;
                let val = Val::Index {
                    base: Base::Param(p),
                    index: Inact { expr: index },
                };
                (v, val)
            }
            Item::Elem {
                src: Src::Local(arr),
                index,
                depth,
            } => {
                let v = self.new_var(&name, true);
                self.vars[v].user_ref = depth + extra > 0;
                let val = Val::Elem {
                    arr,
                    index: vec![Inact { expr: index }],
                };
                (v, val)
            }
            Item::Elem {
                src: Src::Inactive(e),
                index,
                depth,
            } => {
                let e = operand(&e);
                let mut expr: Expr = syn::parse_quote!(#e[#index]);
                for _ in 0..depth + extra {
                    expr = syn::parse_quote!(&#expr);
                }
                let v = self.new_var(&name, false);
                self.vars[v].by_ref = depth + extra > 0;
                self.vars[v].type_unseen = self.is_type_unseen_expr(&expr);
                (v, Val::Inact(Inact { expr }))
            }
            Item::Index(e) => {
                let v = self.new_var(&name, false);
                self.vars[v].user_ref = extra > 0;
                (v, Val::Inact(Inact { expr: e }))
            }
            Item::Value(Lowered::Active(a)) => {
                let v = self.new_var(&name, true);
                self.vars[v].user_ref = extra > 0;
                (v, Val::Atom(a))
            }
            Item::Value(Lowered::Inactive(e)) => {
                let v = self.new_var(&name, false);
                self.vars[v].float = self.is_float_expr(&e);
                self.vars[v].type_unseen = self.is_type_unseen_expr(&e);
                // a reference to inactive data (`.map(|d| d)`) stays one, behind as many
                // more references as the pattern sees; a value is held as it is
                let by_ref = matches!(&e, Expr::Path(p) if p.path.get_ident()
                    .and_then(placeholder_var).is_some_and(|u| self.vars[u].by_ref));
                let mut expr = e;
                if by_ref {
                    for _ in 0..extra {
                        expr = syn::parse_quote!(&#expr);
                    }
                } else {
                    self.vars[v].user_ref = extra > 0;
                }
                self.vars[v].by_ref = by_ref;
                (v, Val::Inact(Inact { expr }))
            }
            Item::View(view) => return self.bind_view(ident, view, body, views),
            Item::Pair(..) => {
                return err(
                    span,
                    format!("`{name}` would be a pair here; bind it with a tuple pattern `(a, b)`"),
                )
            }
            Item::Value(_) | Item::Mapped(..) => {
                return err(span, "a closure in an iterator chain must return a number")
            }
        };
        self.vars[v].span = span;
        body.push(Stmt::Set {
            var: v,
            val,
            span,
            def: true,
        });
        self.scopes.bind(name, v);
        Ok(())
    }
}

/// `p` without a type ascription (`v: &f64`).
pub(super) fn strip_pat_type(p: &Pat) -> &Pat {
    match p {
        Pat::Type(t) => strip_pat_type(&t.pat),
        Pat::Paren(p) => strip_pat_type(&p.pat),
        other => other,
    }
}
