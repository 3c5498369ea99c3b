//! What an iterator chain runs over, read from its syntax: a source (see `sources`:
//! the elements of a slice or array, its windows or chunks, a range of integers) under
//! position adapters (`rev`, `skip`, `take`, `step_by`, `enumerate`, `zip`) and element
//! stages (`copied`, `map`, `filter`).
//!
//! A stream is evaluated at a position `k` of one index loop `for k in 0..count`: the
//! position adapters only change which element position `k` reads, so every chain
//! becomes the index loop the rest of the lowering already differentiates. Everything
//! the chain's construction evaluates once (range bounds, `skip` counts, window sizes)
//! is held in a variable before the loop, in source order.

use super::{Func, Item, Src, View};
use crate::ir::{placeholder, Stmt};
use crate::lower::{err, err_node, Lowerer, Res};
use proc_macro2::Span;
use std::rc::Rc;
use syn::Expr;

/// The methods that build or adapt an iterator (and so are lowered here, not called).
pub(crate) const ADAPTERS: &[&str] = &[
    "iter",
    "into_iter",
    "windows",
    "chunks",
    "chunks_exact",
    "copied",
    "cloned",
    "enumerate",
    "zip",
    "rev",
    "skip",
    "take",
    "step_by",
    "map",
    "filter",
];

const UNSUPPORTED: &str = "unsupported iterator in a differentiable function; build it from a slice or array (`x.iter()`, `x[a..b].iter()`, `&x`, `x.windows(k)`, `x.chunks(k)`, `x.chunks_exact(k)`) or a range (`0..n`), adapted by `.copied()`, `.enumerate()`, `.zip(..)`, `.rev()`, `.skip(k)`, `.take(k)`, `.step_by(k)`, `.map(..)` and `.filter(..)`; for anything else loop over indices (`for k in 0..n { .. }`)";

/// One stream of elements, at positions `0..count`.
pub(super) struct Stream {
    pub kind: Kind,
    /// How many positions the loop runs over: a `usize` expression, cheap and pure
    /// (placeholders, literals, lengths). A `.filter(..)` keeps this count: its loop
    /// runs over every position and skips the elements the predicate rejects.
    pub count: Expr,
    /// Whether a `.filter(..)` drops elements: the positions after it are not known
    /// before the loop, so no position adapter may follow.
    pub filtered: bool,
}

pub(super) enum Kind {
    /// Elements `lo + k` of a slice, array or inactive collection, behind `depth`
    /// references (`x.iter()` yields `&F`: 1).
    Elems {
        src: Src,
        lo: Option<Expr>,
        depth: u8,
    },
    /// `windows(size)`, `chunks(size)`, `chunks_exact(size)` of the elements from `lo`.
    Views(Box<Views>),
    /// The integers `lo + k` of a `usize` range.
    Range {
        lo: Expr,
    },
    /// The integers of a range of another (or an unseen) integer type: its `k`-th.
    IntegerRange {
        range: Expr,
    },
    Rev(Box<Stream>),
    Skip(Box<Stream>, Expr),
    StepBy(Box<Stream>, Expr),
    Take(Box<Stream>),
    Enumerate(Box<Stream>),
    Zip(Box<Stream>, Box<Stream>),
    Copied(Box<Stream>),
    Map(Box<Stream>, Rc<Func>),
    Filter(Box<Stream>, Rc<Func>),
}

pub(super) struct Views {
    pub src: Src,
    pub lo: Option<Expr>,
    pub size: Expr,
    pub size_lit: Option<u64>,
    pub shape: Shape,
}

pub(super) enum Shape {
    Windows,
    /// The last chunk is shorter when `size` does not divide the length `sub_len`.
    Chunks {
        sub_len: Expr,
    },
    ChunksExact,
}

impl Stream {
    pub(super) fn new(kind: Kind, count: Expr, filtered: bool) -> Self {
        Stream {
            kind,
            count,
            filtered,
        }
    }

    /// The element at position `k` (an inactive `usize` expression), under the
    /// stream's filters: `super::Lowerer::each` applies those.
    pub(super) fn at(&self, k: Expr) -> Item {
        match &self.kind {
            Kind::Elems { src, lo, depth } => Item::Elem {
                src: src.clone(),
                index: offset(lo.as_ref(), k),
                depth: *depth,
            },
            Kind::Views(views) => {
                let Views {
                    src,
                    lo,
                    size,
                    size_lit,
                    shape,
                } = &**views;
                let start = match shape {
                    Shape::Windows => k,
                    Shape::Chunks { .. } | Shape::ChunksExact => mul(&k, size),
                };
                let (len, len_lit) = match shape {
                    Shape::Chunks { sub_len } => {
                        let start = operand(&start);
                        (
                            syn::parse_quote!(::core::cmp::min(#size, #sub_len - #start)),
                            None,
                        )
                    }
                    Shape::Windows | Shape::ChunksExact => (size.clone(), *size_lit),
                };
                Item::View(View {
                    src: src.clone(),
                    offset: offset(lo.as_ref(), start),
                    len,
                    len_lit,
                })
            }
            Kind::Range { lo } => Item::Index(add(lo, &k)),
            // `k` is below the range's length: `nth` finds an element
            Kind::IntegerRange { range } => Item::Index(syn::parse_quote!(
                ::core::option::Option::unwrap(::core::iter::Iterator::nth(&mut #range, #k))
            )),
            Kind::Rev(inner) => {
                let (c, k) = (operand(&inner.count), operand(&k));
                let back: Expr = syn::parse_quote!(#c - 1 - #k);
                inner.at(back)
            }
            Kind::Skip(inner, n) => inner.at(add(&k, n)),
            Kind::StepBy(inner, n) => inner.at(mul(&k, n)),
            Kind::Take(inner) | Kind::Filter(inner, _) => inner.at(k),
            Kind::Enumerate(inner) => {
                Item::Pair(Box::new(Item::Index(k.clone())), Box::new(inner.at(k)))
            }
            Kind::Zip(a, b) => Item::Pair(Box::new(a.at(k.clone())), Box::new(b.at(k))),
            Kind::Copied(inner) => inner.at(k).copied(),
            Kind::Map(inner, f) => Item::Mapped(Box::new(inner.at(k)), f.clone()),
        }
    }
}

/// `lo + k`, or `k` from the start.
fn offset(lo: Option<&Expr>, k: Expr) -> Expr {
    match lo {
        Some(lo) => add(lo, &k),
        None => k,
    }
}

/// `a + b`, parenthesising operands that are not atoms.
pub(super) fn add(a: &Expr, b: &Expr) -> Expr {
    let (a, b) = (operand(a), operand(b));
    syn::parse_quote!(#a + #b)
}

fn mul(a: &Expr, b: &Expr) -> Expr {
    let (a, b) = (operand(a), operand(b));
    syn::parse_quote!(#a * #b)
}

/// `e`, in parentheses unless it is a single term.
pub(super) fn operand(e: &Expr) -> Expr {
    match e {
        Expr::Path(_)
        | Expr::Lit(_)
        | Expr::Paren(_)
        | Expr::MethodCall(_)
        | Expr::Call(_)
        | Expr::Index(_)
        | Expr::Field(_) => e.clone(),
        other => syn::parse_quote!((#other)),
    }
}

/// An unsuffixed or `usize` integer literal's value.
pub(super) fn int_lit(e: &Expr) -> Option<u64> {
    match e {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) if matches!(i.suffix(), "" | "usize") => i.base10_parse().ok(),
        Expr::Paren(p) => int_lit(&p.expr),
        _ => None,
    }
}

/// Whether `e` builds an iterator the way a chain does (a range, `x.iter()`,
/// `x.windows(k)`, or an adapter of such), from its syntax alone.
pub(crate) fn is_iter_expr(e: &Expr) -> bool {
    match e {
        Expr::Paren(p) => is_iter_expr(&p.expr),
        Expr::Range(_) => true,
        Expr::MethodCall(m) => match m.method.to_string().as_str() {
            "iter" | "into_iter" | "windows" | "chunks" | "chunks_exact" => true,
            name => ADAPTERS.contains(&name) && is_iter_expr(&m.receiver),
        },
        _ => false,
    }
}

impl Lowerer {
    /// Reads the stream an iterator expression builds; what it evaluates once goes to `out`.
    pub(super) fn stream_of(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Stream> {
        match e {
            Expr::Paren(p) => self.stream_of(&p.expr, out),
            Expr::Group(g) => self.stream_of(&g.expr, out),
            Expr::Range(r) => self.range_stream(r, out),
            Expr::Reference(r) if r.mutability.is_none() => self.slice_stream(&r.expr, 1, out),
            Expr::MethodCall(m) => self.adapter_stream(m, out),
            Expr::Path(_) | Expr::Field(_) | Expr::Index(_) => {
                let depth = self.bare_depth(e);
                self.slice_stream(e, depth, out)
            }
            other => err_node(other, UNSUPPORTED),
        }
    }

    /// How deep a bare `for v in x` binds: an array by value yields its elements,
    /// a reference yields references to them.
    fn bare_depth(&self, e: &Expr) -> u8 {
        let Expr::Path(p) = e else { return 1 };
        let by_value_array = p.path.get_ident().is_some_and(|id| {
            matches!(self.env().resolve(&id.to_string()), Some(crate::lower::scope::Binding::Param(i))
                if self.params[i].is_active() && !matches!(self.params[i].ty, syn::Type::Reference(_)))
        });
        u8::from(!by_value_array)
    }

    fn adapter_stream(&mut self, m: &syn::ExprMethodCall, out: &mut Vec<Stmt>) -> Res<Stream> {
        let name = m.method.to_string();
        let one_arg = m.args.len() == 1;
        match name.as_str() {
            "iter" | "into_iter" if m.args.is_empty() => {
                if matches!(strip_parens(&m.receiver), Expr::Range(_)) {
                    return self.stream_of(&m.receiver, out);
                }
                self.slice_stream(&m.receiver, 1, out)
            }
            "windows" if one_arg => self.view_stream(m, out),
            "chunks" if one_arg => self.view_stream(m, out),
            "chunks_exact" if one_arg => self.view_stream(m, out),
            "copied" | "cloned" if m.args.is_empty() => {
                let inner = self.stream_of(&m.receiver, out)?;
                let (count, filtered) = (inner.count.clone(), inner.filtered);
                Ok(Stream::new(Kind::Copied(Box::new(inner)), count, filtered))
            }
            "rev" if m.args.is_empty() => {
                let inner = self.stream_of(&m.receiver, out)?;
                Ok(reversed(inner))
            }
            "enumerate" if m.args.is_empty() => {
                let inner = self.positional(&m.receiver, &m.method, out)?;
                let count = inner.count.clone();
                Ok(Stream::new(Kind::Enumerate(Box::new(inner)), count, false))
            }
            "skip" | "take" | "step_by" if one_arg => {
                let inner = self.positional(&m.receiver, &m.method, out)?;
                let n = self.usize_once(&m.args[0], out)?;
                let c = inner.count.clone();
                let (kind, count): (Kind, Expr) = match name.as_str() {
                    "skip" => (
                        Kind::Skip(Box::new(inner), n.clone()),
                        syn::parse_quote!(::core::primitive::usize::saturating_sub(#c, #n)),
                    ),
                    "take" => (
                        Kind::Take(Box::new(inner)),
                        syn::parse_quote!(::core::cmp::min(#c, #n)),
                    ),
                    // counted as the iterator counts, panicking on a zero step as it does
                    _ => (
                        Kind::StepBy(Box::new(inner), n.clone()),
                        syn::parse_quote!(::core::iter::ExactSizeIterator::len(
                            &::core::iter::Iterator::step_by(0..#c, #n)
                        )),
                    ),
                };
                let count = self.count_once(count, m.method.span(), out);
                Ok(Stream::new(kind, count, false))
            }
            "zip" if one_arg => {
                let a = self.positional(&m.receiver, &m.method, out)?;
                let b = self.positional(&m.args[0], &m.method, out)?;
                let (ca, cb) = (&a.count, &b.count);
                let count: Expr = syn::parse_quote!(::core::cmp::min(#ca, #cb));
                let count = self.count_once(count, m.method.span(), out);
                Ok(Stream::new(
                    Kind::Zip(Box::new(a), Box::new(b)),
                    count,
                    false,
                ))
            }
            "map" | "filter" if one_arg => {
                let inner = self.stream_of(&m.receiver, out)?;
                let f = Rc::new(self.func_of(&m.args[0], 1, &m.method)?);
                let count = inner.count.clone();
                if name == "map" {
                    let filtered = inner.filtered;
                    Ok(Stream::new(Kind::Map(Box::new(inner), f), count, filtered))
                } else {
                    Ok(Stream::new(Kind::Filter(Box::new(inner), f), count, true))
                }
            }
            _ => err_node(&m.method, UNSUPPORTED),
        }
    }
}

impl Lowerer {
    /// A stream under a position adapter (`enumerate`, `zip`, `skip`, ...): its
    /// positions must be the elements' own, so no `.filter(..)` may come before.
    fn positional(&mut self, e: &Expr, adapter: &syn::Ident, out: &mut Vec<Stmt>) -> Res<Stream> {
        let s = self.stream_of(e, out)?;
        if s.filtered {
            return err(
                adapter.span(),
                format!("`.{adapter}(..)` after `.filter(..)` is not supported in a differentiable function: which elements the filter keeps is known only in the loop; move `.filter(..)` after it (to just before `.map(..)` and the reduction), or write a `for` loop with an `if`"),
            );
        }
        Ok(s)
    }

    /// A count, held in a variable unless it is a single term.
    pub(super) fn count_once(&mut self, count: Expr, span: Span, out: &mut Vec<Stmt>) -> Expr {
        match &count {
            Expr::Path(_) | Expr::Lit(_) => count,
            _ => {
                let v = self.new_var("count", false);
                out.push(Stmt::Set {
                    var: v,
                    val: crate::ir::Val::Inact(crate::ir::Inact { expr: count }),
                    span,
                    def: true,
                });
                let ph = placeholder(v, span);
                syn::parse_quote!(#ph)
            }
        }
    }
}

/// `.rev()` of a stream: the element stages (`map`, `filter`, `copied`) act on each
/// element alone, so they commute with reversing, which applies to the positions
/// below them (whose count is known even when a filter follows).
fn reversed(s: Stream) -> Stream {
    let Stream {
        kind,
        count,
        filtered,
    } = s;
    let kind = match kind {
        Kind::Map(inner, f) => Kind::Map(Box::new(reversed(*inner)), f),
        Kind::Filter(inner, f) => Kind::Filter(Box::new(reversed(*inner)), f),
        Kind::Copied(inner) => Kind::Copied(Box::new(reversed(*inner))),
        kind => Kind::Rev(Box::new(Stream::new(kind, count.clone(), filtered))),
    };
    Stream::new(kind, count, filtered)
}

pub(super) fn strip_parens(e: &Expr) -> &Expr {
    match e {
        Expr::Paren(p) => strip_parens(&p.expr),
        Expr::Group(g) => strip_parens(&g.expr),
        other => other,
    }
}
