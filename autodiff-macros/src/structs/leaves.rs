//! Finds the field paths of active struct parameters that the body reads, decides by
//! how each is used whether it is a float (`p.b`), an array or slice (`p.w[i]`,
//! `p.w.iter()`), or a struct or array handed to a differentiable call (`f(&p.a, x)`,
//! `p.method(x)`), and replaces each by the name of a parameter of the flattened
//! function. Reads in positions that are never differentiated (indices, range bounds,
//! conditions, comparisons, integer casts, `no_grad(..)`, macros) stay reads of the
//! struct, which the flattened function receives as a constant.

use super::Root;
use crate::lower::rules_table;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident};

/// How a leaf is passed to the flattened function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LeafKind {
    /// A float, by value.
    Scalar,
    /// An array, `Vec` or boxed slice of floats, as `&[F]`.
    Slice,
    /// The struct itself or a field passed on to differentiable calls, by reference
    /// with its own type.
    Ref,
}

/// One field path (empty: the whole struct) of an active struct parameter.
pub(crate) struct Leaf {
    /// Index into the roots.
    pub root: usize,
    pub path: Vec<Ident>,
    pub kind: LeafKind,
    /// The flattened function's parameter.
    pub ident: Ident,
    /// The first read, for errors and checks.
    pub span: Span,
}

impl Leaf {
    /// Whether `self`'s path is a proper prefix of `other`'s (same root).
    pub(crate) fn is_ancestor_of(&self, other: &Leaf) -> bool {
        self.root == other.root
            && self.path.len() < other.path.len()
            && other.path.starts_with(&self.path)
    }
}

/// Slice methods that read an array field as a whole.
const SLICE_METHODS: &[&str] = &[
    "iter",
    "len",
    "is_empty",
    "windows",
    "chunks",
    "chunks_exact",
    "first",
    "last",
];

/// The leaves of `body`, which is rewritten in place.
pub(crate) fn rewrite(roots: &[Root], body: &mut syn::Block) -> syn::Result<Vec<Leaf>> {
    let mut r = Rewriter {
        roots,
        leaves: Vec::new(),
        errors: Vec::new(),
    };
    r.visit_block_mut(body);
    let mut it = r.errors.into_iter();
    if let Some(mut first) = it.next() {
        it.for_each(|e| first.combine(e));
        return Err(first);
    }
    Ok(r.leaves)
}

struct Rewriter<'a> {
    roots: &'a [Root],
    leaves: Vec<Leaf>,
    errors: Vec<syn::Error>,
}

/// `p.a.b` rooted at a struct parameter: the root and the path.
fn chain(roots: &[Root], e: &Expr) -> Option<(usize, Vec<Ident>)> {
    match e {
        Expr::Path(p) if p.qself.is_none() => {
            let id = p.path.get_ident()?;
            roots
                .iter()
                .position(|r| r.name == *id)
                .map(|i| (i, Vec::new()))
        }
        Expr::Field(f) => {
            let (root, mut path) = chain(roots, &f.base)?;
            match &f.member {
                syn::Member::Named(id) => path.push(id.clone()),
                syn::Member::Unnamed(_) => return None,
            }
            Some((root, path))
        }
        Expr::Paren(p) => chain(roots, &p.expr),
        _ => None,
    }
}

/// A chain with at least one field.
fn field_chain(roots: &[Root], e: &Expr) -> Option<(usize, Vec<Ident>)> {
    chain(roots, e).filter(|(_, p)| !p.is_empty())
}

fn shown(e: &impl quote::ToTokens) -> String {
    quote::ToTokens::to_token_stream(e)
        .to_string()
        .replace(" . ", ".")
        .replace(" [", "[")
}

impl Rewriter<'_> {
    /// The parameter name standing for the path, recording its use of `kind`.
    fn leaf(&mut self, root: usize, path: Vec<Ident>, kind: LeafKind, at: &Expr) -> Expr {
        let span = at.span();
        let idx = match self
            .leaves
            .iter()
            .position(|l| l.root == root && l.path == path)
        {
            Some(i) => {
                let l = &mut self.leaves[i];
                match (l.kind, kind) {
                    (a, b) if a == b => {}
                    // an array read by index and also handed to a call: a slice
                    (LeafKind::Slice, LeafKind::Ref) if !path.is_empty() => {}
                    (LeafKind::Ref, LeafKind::Slice) if !path.is_empty() => l.kind = LeafKind::Slice,
                    _ => self.errors.push(syn::Error::new(span, format!(
                        "`{}` is used both as a float and as an array or struct in this differentiable function; read a float field as a value (`p.b`), an array field by index (`p.w[i]`) or pass it to a call (`f(&p.w)`)",
                        shown(at)
                    ))),
                }
                i
            }
            None => {
                // numbered: `p.a_b` and `p.a.b` must not share a name
                let mut name = format!("__ad_leaf{}_{}", self.leaves.len(), self.roots[root].name);
                for p in &path {
                    name.push('_');
                    name.push_str(p.to_string().trim_start_matches("r#"));
                }
                self.leaves.push(Leaf {
                    root,
                    path,
                    kind,
                    ident: Ident::new(&name, Span::mixed_site()),
                    span,
                });
                self.leaves.len() - 1
            }
        };
        let id = Ident::new(
            &self.leaves[idx].ident.to_string(),
            Span::mixed_site().located_at(span),
        );
        syn::parse_quote!(#id)
    }

    fn error(&mut self, at: &impl quote::ToTokens, msg: String) {
        self.errors.push(syn::Error::new_spanned(at, msg));
    }

    /// An argument of a call: `&p.a` or `p` are passed by reference.
    fn call_arg(&mut self, a: &mut Expr) {
        let by_ref = matches!(a, Expr::Reference(r) if r.mutability.is_none());
        let target = match &*a {
            Expr::Reference(r) if r.mutability.is_none() => &*r.expr,
            other => other,
        };
        if let Some((root, path)) = chain(self.roots, target) {
            if by_ref || path.is_empty() {
                let at = a.clone();
                *a = self.leaf(root, path, LeafKind::Ref, &at);
                return;
            }
        }
        self.visit_expr_mut(a);
    }

    /// The elements of `vec![e; n]` or `vec![a, b, ..]`, rewritten like any value.
    fn rewrite_vec(&mut self, m: &mut syn::ExprMacro) {
        use syn::parse::Parser;
        let tokens = m.mac.tokens.clone();
        let repeat = |input: syn::parse::ParseStream| -> syn::Result<(Expr, Expr)> {
            let e: Expr = input.parse()?;
            input.parse::<syn::Token![;]>()?;
            let n: Expr = input.parse()?;
            Ok((e, n))
        };
        if let Ok((mut e, n)) = repeat.parse2(tokens.clone()) {
            self.visit_expr_mut(&mut e);
            m.mac.tokens = quote::quote!(#e; #n);
            return;
        }
        let list = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
        if let Ok(mut elems) = list.parse2(tokens) {
            for e in elems.iter_mut() {
                self.visit_expr_mut(e);
            }
            m.mac.tokens = quote::quote!(#elems);
        }
    }

    /// `p.method(args)` on the whole struct: `Type::method(p, args)`.
    fn method_on_struct(&mut self, e: &mut Expr, root: usize) {
        let Expr::MethodCall(m) = e else { return };
        let ty = &self.roots[root].ty_path;
        let method = &m.method;
        if m.turbofish.is_some() {
            self.error(&m.method, "a method of an active struct called with `::<..>` is not supported in a differentiable function".into());
            return;
        }
        let at = (*m.receiver).clone();
        let recv = self.leaf(root, Vec::new(), LeafKind::Ref, &at);
        let mut args: Vec<Expr> = m.args.iter().cloned().collect();
        for a in &mut args {
            self.call_arg(a);
        }
        let func: syn::ExprPath = syn::parse_quote_spanned!(method.span()=> #ty::#method);
        *e = syn::parse_quote_spanned!(method.span()=> #func(#recv, #(#args),*));
    }
}

impl VisitMut for Rewriter<'_> {
    fn visit_pat_ident_mut(&mut self, p: &mut syn::PatIdent) {
        if self.roots.iter().any(|r| r.name == p.ident) {
            self.error(&p.ident, format!("`{}` shadows an active struct parameter, whose fields this differentiable function reads; use another name", p.ident));
        }
        syn::visit_mut::visit_pat_ident_mut(self, p);
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Some((root, path)) = field_chain(self.roots, e) {
            let at = e.clone();
            *e = self.leaf(root, path, LeafKind::Scalar, &at);
            return;
        }
        match e {
            Expr::Path(_) if chain(self.roots, e).is_some() => {
                let name = &self.roots[chain(self.roots, e).map_or(0, |c| c.0)].name;
                let msg = format!("an active struct parameter is read through its fields (`{name}.b`, `{name}.w[i]`), passed to a differentiable call (`f({name}, x)`), or calls its differentiable methods (`{name}.loss(x)`); other uses of `{name}` itself are not supported in a differentiable function");
                self.error(e, msg);
            }
            Expr::Index(ix) => {
                if let Some((root, path)) = field_chain(self.roots, &ix.expr) {
                    let at = (*ix.expr).clone();
                    *ix.expr = self.leaf(root, path, LeafKind::Slice, &at);
                } else if let Expr::Index(inner) = &*ix.expr {
                    if field_chain(self.roots, &inner.expr).is_some() {
                        let shown = shown(&inner.expr);
                        self.error(&*ix, format!("a field of an active struct indexed twice (`{shown}[i][j]`) is not supported in a differentiable function; store the matrix flat (`[f64; R * C]`, read `{shown}[i * C + j]`), or make each row a field"));
                        return;
                    }
                    self.visit_expr_mut(&mut ix.expr);
                } else {
                    self.visit_expr_mut(&mut ix.expr);
                }
                // the index is never differentiated
            }
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                match chain(self.roots, &m.receiver) {
                    Some((root, path)) if path.is_empty() => self.method_on_struct(e, root),
                    Some((root, path)) => {
                        let kind = if SLICE_METHODS.contains(&name.as_str()) {
                            LeafKind::Slice
                        } else if rules_table::lookup(&name).is_some()
                            || rules_table::PREDICATES.contains(&name.as_str())
                        {
                            LeafKind::Scalar
                        } else {
                            let recv = shown(&m.receiver);
                            let msg = format!("a method of a field of an active struct cannot be called as a method in a differentiable function; call it through the field's type, `FieldType::{name}(&{recv}, ..)` (the macro cannot see the field's type)");
                            self.error(&m.method, msg);
                            return;
                        };
                        let at = (*m.receiver).clone();
                        *m.receiver = self.leaf(root, path, kind, &at);
                        for a in &mut m.args {
                            self.visit_expr_mut(a);
                        }
                    }
                    None => syn::visit_mut::visit_expr_method_call_mut(self, m),
                }
            }
            Expr::Call(c) => {
                let is_no_grad = matches!(&*c.func, Expr::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "no_grad"));
                if is_no_grad {
                    return;
                }
                for a in &mut c.args {
                    self.call_arg(a);
                }
            }
            Expr::Reference(r) if chain(self.roots, &r.expr).is_some() => {
                let shown = shown(&r.expr);
                self.error(&*r, format!("a borrow of an active struct or of its field (`&{shown}`) is supported only as an argument of a differentiable call; index the field directly (`{shown}[i]`) or iterate it (`{shown}.iter()`)"));
            }
            Expr::ForLoop(f) => {
                if let Expr::Reference(r) = &*f.expr {
                    if let Some((root, path)) = field_chain(self.roots, &r.expr) {
                        let at = (*r.expr).clone();
                        let leaf = self.leaf(root, path, LeafKind::Slice, &at);
                        *f.expr = syn::parse_quote!(#leaf.iter());
                        self.visit_pat_mut(&mut f.pat);
                        self.visit_block_mut(&mut f.body);
                        return;
                    }
                }
                syn::visit_mut::visit_expr_for_loop_mut(self, f);
            }
            // never differentiated: conditions, bounds, comparisons
            Expr::If(i) => {
                self.visit_block_mut(&mut i.then_branch);
                if let Some((_, els)) = &mut i.else_branch {
                    self.visit_expr_mut(els);
                }
            }
            Expr::While(w) => self.visit_block_mut(&mut w.body),
            // `vec![e; n]`, `vec![a, b]`: the elements are values the function computes with
            // (a buffer of active values), the length is not differentiated
            Expr::Macro(m) if m.mac.path.is_ident("vec") => self.rewrite_vec(m),
            Expr::Range(_) | Expr::Macro(_) => {}
            Expr::Binary(b) if is_comparison(&b.op) => {}
            Expr::Cast(c) if is_integer(&c.ty) => {}
            _ => syn::visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_macro_mut(&mut self, _m: &mut syn::Macro) {}

    fn visit_item_mut(&mut self, _i: &mut syn::Item) {}
}

fn is_comparison(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    matches!(
        op,
        Lt(_) | Le(_) | Gt(_) | Ge(_) | Eq(_) | Ne(_) | And(_) | Or(_)
    )
}

fn is_integer(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.get_ident().is_some_and(|id| {
        ["usize", "isize", "u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64", "i128", "bool"]
            .iter()
            .any(|t| id == t)
    }))
}
