//! Iterator chains over active data: reductions (`x.iter().map(|v| v * v).sum::<f64>()`,
//! `.product()`, `.fold(init, f)`, `.count()`) and `for` loops over adapted iterators
//! (`for c in x.chunks_exact(3)`, `for (i, v) in x.iter().enumerate().skip(1)`).
//!
//! A chain becomes the index loop one would write by hand: `for k in 0..count`, with
//! the element at position `k` read from its source by index (see [`stream`] and
//! [`sources`]), each closure inlined at that element (see [`bind`]), and a reduction
//! kept in an accumulator variable updated once per element (see [`reduce`]; a sum is
//! `acc = acc + v`, the same linear update as `s += v`), or the body of a `for` loop
//! run there (see [`for_loop`]). Nothing here has derivative code of its own: the
//! loops, branches and reads it produces are the ones the rest of the lowering already
//! differentiates, and they allocate nothing. A reduction in an `if` condition is
//! computed before it (see [`hoist`]).
//!
//! A closure of a chain is inlined, never called: its parameters are bound by pattern
//! in a scope of their own (so they may shadow an outer name without leaking), and its
//! body may read the variables around it but not assign them (see [`closures`]).
//! Windows and chunks are views of the source: `w[j]` reads the source at the view's
//! start plus `j` (see [`views`]).

mod bind;
mod closures;
mod for_loop;
mod hoist;
mod reduce;
mod sources;
mod stream;
mod views;

use super::{err_node, Lowered, Lowerer, Res};
use crate::ir::*;
use std::rc::Rc;
use syn::Expr;

pub(crate) use stream::is_iter_expr;

/// Where the elements of a chain come from.
#[derive(Clone)]
pub(super) enum Src {
    /// An active slice or array parameter, by index.
    Param(usize),
    /// Inactive data (placeholders in place of locals).
    Inactive(Expr),
    /// An active one-dimensional local array, by its variable.
    Local(VarId),
}

/// A closure of a chain (or a function path such as `f64::exp`, as the closure
/// calling it), to be inlined at each element.
pub(super) struct Func {
    pub params: Vec<syn::Pat>,
    pub body: Expr,
}

/// An element of a chain at one position, evaluated only when a pattern or the
/// reduction takes it.
#[derive(Clone)]
pub(super) enum Item {
    /// `src[index]`, behind `depth` references.
    Elem { src: Src, index: Expr, depth: u8 },
    /// A window or chunk of a source.
    View(View),
    /// A `usize` (the count of `.enumerate()`, an element of a range).
    Index(Expr),
    /// The pair `.enumerate()` and `.zip(..)` yield.
    Pair(Box<Item>, Box<Item>),
    /// `f(item)`, not yet computed.
    Mapped(Box<Item>, Rc<Func>),
    /// A computed value.
    Value(Lowered),
}

impl Item {
    /// The item `.copied()` / `.cloned()` yields: one reference less.
    fn copied(self) -> Item {
        match self {
            Item::Elem { src, index, depth } => Item::Elem {
                src,
                index,
                depth: depth.saturating_sub(1),
            },
            other => other,
        }
    }
}

/// The elements `src[offset..offset + len]`, as `windows`/`chunks` yield them.
#[derive(Clone)]
pub(super) struct View {
    pub src: Src,
    pub offset: Expr,
    pub len: Expr,
    /// `len` when it is a literal (`windows(2)`), so `w[1]` is checked here.
    pub len_lit: Option<u64>,
}

/// How a chain is reduced to one value.
pub(super) enum Reduction {
    /// `.sum()` / `.product()`, with the type of a turbofish (`.sum::<f64>()`).
    Sum(Option<syn::Type>),
    Product(Option<syn::Type>),
    Fold,
    Count,
}

/// The message for an iterator that is built but not reduced or looped over.
const UNCONSUMED: &str = "an iterator over active values must be consumed where it is built in a differentiable function: end the chain with `.sum()`, `.product()`, `.fold(init, f)` or `.count()`, or loop over it with `for`";

impl Lowerer {
    /// A method call that builds or reduces an iterator chain: the reduction's value,
    /// an error for a chain the lowering cannot take, or `None` for any other call.
    pub(in crate::lower) fn lower_iterator_method(
        &mut self,
        m: &syn::ExprMethodCall,
        out: &mut Vec<Stmt>,
    ) -> Res<Option<Lowered>> {
        let name = m.method.to_string();
        let adapter = stream::ADAPTERS.contains(&name.as_str());
        if !is_iter_expr(&m.receiver) {
            let builds = matches!(
                name.as_str(),
                "iter" | "into_iter" | "windows" | "chunks" | "chunks_exact"
            );
            return if builds {
                err_node(m, UNCONSUMED)
            } else {
                Ok(None)
            };
        }
        let turbofish = || {
            m.turbofish.as_ref().and_then(|t| {
                t.args.iter().find_map(|a| match a {
                    // `.sum::<_>()` names no type
                    syn::GenericArgument::Type(syn::Type::Infer(_)) => None,
                    syn::GenericArgument::Type(ty) => Some(ty.clone()),
                    _ => None,
                })
            })
        };
        let reduction = match (name.as_str(), m.args.len()) {
            ("sum", 0) => Reduction::Sum(turbofish()),
            ("product", 0) => Reduction::Product(turbofish()),
            ("fold", 2) => Reduction::Fold,
            ("count", 0) => Reduction::Count,
            _ if adapter => return err_node(m, UNCONSUMED),
            // a range's own methods (`(a..b).contains(&i)`): not a chain
            _ if matches!(stream::strip_parens(&m.receiver), Expr::Range(_)) => return Ok(None),
            ("collect", _) => return err_node(&m.method, "`.collect()` of an iterator over active values is not supported in a differentiable function (there are no local collections of active values); reduce the chain with `.sum()`, `.product()` or `.fold(init, f)`, or compute each value where it is used"),
            (other, _) => return err_node(&m.method, format!("`.{other}(..)` on an iterator over active values is not supported in a differentiable function; adapt it with `.copied()`, `.enumerate()`, `.zip(..)`, `.rev()`, `.skip(k)`, `.take(k)`, `.step_by(k)`, `.map(..)` or `.filter(..)` and reduce it with `.sum()`, `.product()`, `.fold(init, f)` or `.count()`; for anything else write a `for` loop")),
        };
        self.in_chains += 1;
        let r = self.lower_reduction(m, reduction, out);
        self.in_chains -= 1;
        r.map(Some)
    }
}
