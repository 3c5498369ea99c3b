//! Local fixed-size arrays: `let mut h = [0.0; N];`, `[a, b, c]`, `[[0.0; 3]; 3]`,
//! copies of array parameters and of other local arrays (`let mut s = y;`), element
//! reads (`h[i]`, `r[i][j]`), element writes (`h[i] = e`, `h[i] += e`) and whole
//! reassignments (`s = t;`).
//!
//! Arrays are `Copy` values, so a local array is lowered like a scalar variable: each
//! write defines a new version (the previous one with one element replaced). Every
//! mechanism that keeps scalars right (replayed branches and iterations, records of
//! carried values, stored loop nests) then keeps local arrays right too, and the
//! generated code stays free of heap buffers wherever the scalars' code is. The
//! adjoint of a local array is one accumulator of the same shape.

use super::scope::Binding;
use super::{err_node, Lowered, Lowerer, Res};
use crate::ir::*;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::Expr;

/// The initial value of a local array, read from its syntax.
struct Shape<'e> {
    /// Lengths, outermost first.
    dims: Vec<Expr>,
    /// `[c; N]` (nested): the one value of every element.
    fill: Option<&'e Expr>,
    /// `[a, b, c]` (nested): each element with its indices.
    elems: Vec<(Vec<usize>, &'e Expr)>,
}

/// The shape of an array expression: nested `[c; N]`, or nested literals of equal
/// lengths. `None` for anything else.
fn shape_of(e: &Expr) -> Option<Shape<'_>> {
    match e {
        Expr::Paren(p) => shape_of(&p.expr),
        Expr::Repeat(r) => {
            let (mut dims, fill) = match &*r.expr {
                Expr::Repeat(_) => {
                    let inner = shape_of(&r.expr)?;
                    (inner.dims, inner.fill?)
                }
                Expr::Array(_) => return None,
                leaf => (Vec::new(), leaf),
            };
            dims.insert(0, (*r.len).clone());
            Some(Shape {
                dims,
                fill: Some(fill),
                elems: Vec::new(),
            })
        }
        Expr::Array(a) => {
            let n = a.elems.len();
            let len = usize_literal(n);
            if a.elems.is_empty() {
                return None;
            }
            let nested = a.elems.iter().all(|x| matches!(x, Expr::Array(_)));
            if nested {
                let inner: Vec<Shape> = a.elems.iter().map(shape_of).collect::<Option<_>>()?;
                let dims_text = |s: &Shape| {
                    s.dims
                        .iter()
                        .map(|d| quote::ToTokens::to_token_stream(d).to_string())
                        .collect::<Vec<_>>()
                };
                let first = dims_text(&inner[0]);
                if inner
                    .iter()
                    .any(|s| s.fill.is_some() || dims_text(s) != first)
                {
                    return None;
                }
                let mut dims = vec![len];
                dims.extend(inner[0].dims.iter().cloned());
                let mut elems = Vec::new();
                for (k, s) in inner.into_iter().enumerate() {
                    for (mut ix, x) in s.elems {
                        ix.insert(0, k);
                        elems.push((ix, x));
                    }
                }
                Some(Shape {
                    dims,
                    fill: None,
                    elems,
                })
            } else if a
                .elems
                .iter()
                .any(|x| matches!(x, Expr::Array(_) | Expr::Repeat(_)))
            {
                None
            } else {
                Some(Shape {
                    dims: vec![len],
                    fill: None,
                    elems: a
                        .elems
                        .iter()
                        .enumerate()
                        .map(|(k, x)| (vec![k], x))
                        .collect(),
                })
            }
        }
        _ => None,
    }
}

/// `[F; N]` or `&[F; N]` (also `&mut`): `N`.
fn array_param_len(ty: &syn::Type) -> Option<Expr> {
    match ty {
        syn::Type::Array(a) => Some(a.len.clone()),
        syn::Type::Reference(r) => match &*r.elem {
            syn::Type::Array(a) => Some(a.len.clone()),
            _ => None,
        },
        syn::Type::Paren(p) => array_param_len(&p.elem),
        _ => None,
    }
}

/// `h[i][j]`: the indexed expression at the root and the indices, outermost first.
fn index_chain(e: &Expr) -> (&Expr, Vec<&Expr>) {
    match e {
        Expr::Index(ix) => {
            let (root, mut idx) = index_chain(&ix.expr);
            idx.push(&ix.index);
            (root, idx)
        }
        Expr::Paren(p) => index_chain(&p.expr),
        other => (other, Vec::new()),
    }
}

fn literal_index(k: usize) -> Inact {
    Inact {
        expr: usize_literal(k),
    }
}

/// `k` as a `usize` literal expression (`3usize`).
fn usize_literal(k: usize) -> Expr {
    let lit = proc_macro2::Literal::usize_suffixed(k);
    syn::parse_quote!(#lit)
}

impl Lowerer {
    /// The local array a plain name refers to, if it is one.
    pub(super) fn local_array(&self, e: &Expr) -> Option<VarId> {
        let Expr::Path(p) = e else { return None };
        let id = p.path.get_ident().filter(|_| p.qself.is_none())?;
        // a placeholder the lowering wrote (a view of an iterator chain reads through it)
        if let Some(v) = placeholder_var(id) {
            return self.vars[v].dims.is_some().then_some(v);
        }
        match self.env().resolve(&id.to_string())? {
            Binding::Local(v) if self.vars[v].dims.is_some() => Some(v),
            _ => None,
        }
    }

    /// The array parameter `e` names (`y`, or `*y` for `y: &[F; N]`) and its length.
    fn array_param(&self, e: &Expr) -> Option<(usize, Expr)> {
        let e = match e {
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => &*u.expr,
            Expr::Paren(p) => return self.array_param(&p.expr),
            other => other,
        };
        let Expr::Path(p) = e else { return None };
        let id = p.path.get_ident().filter(|_| p.qself.is_none())?;
        match self.env().resolve(&id.to_string())? {
            Binding::Param(i) => array_param_len(&self.params[i].ty).map(|n| (i, n)),
            Binding::Local(_) => None,
        }
    }

    /// `let [mut] name = init;` when `init` makes a local array (an array expression, a
    /// copy of a local array, of an array parameter). Returns whether it did; an
    /// immutable copy of an inactive array parameter stays an ordinary inactive value.
    pub(super) fn lower_array_let(
        &mut self,
        name: &syn::Ident,
        mutable: bool,
        ty: Option<&syn::Type>,
        init: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<bool> {
        if let (Some(t @ syn::Type::Array(a)), Expr::Call(_) | Expr::MethodCall(_)) = (ty, init) {
            return self.lower_array_call_let(name, t, &a.len, init, out);
        }
        if let (true, Some(m)) = (mutable, super::buffers::is_vec_macro(init)) {
            return self.lower_buffer_let(name, m, init, out);
        }
        let Some((val, dims, active)) = self.array_value(init, mutable, out)? else {
            return Ok(false);
        };
        // holds floats: active, or filled with float values (not `[0usize; 3]`)
        let float = active
            || match &val {
                ArrayInit::Fill(first, _) => match first {
                    Atom::Var(u) => self.vars[*u].float,
                    Atom::Const(c) => self.is_float_expr(&c.expr),
                },
                ArrayInit::Param(_) => true,
                ArrayInit::Copy(src) => self.vars[*src].float,
            };
        let v = self.new_user_var(&name.to_string(), active);
        self.vars[v].span = name.span();
        self.vars[v].dims = Some(dims);
        self.vars[v].float = float;
        self.define_array(v, val, init.span(), true, out);
        self.scopes.bind(name.to_string(), v);
        Ok(true)
    }

    /// `let p: [F; M] = h(..);` of a differentiable callee returning an array: a local
    /// array defined by the call. A call with no active argument stays an inactive
    /// value.
    fn lower_array_call_let(
        &mut self,
        name: &syn::Ident,
        ty: &syn::Type,
        len: &Expr,
        init: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<bool> {
        let value = self.lower_expr(init, out)?;
        let Lowered::Active(Atom::Var(t)) = value else {
            // no active argument: an ordinary inactive value
            self.bind_new(name.clone(), Some(ty.clone()), value, init.span(), out)?;
            return Ok(true);
        };
        let call = match out.last() {
            Some(Stmt::Set {
                var,
                val: Val::Call(c),
                ..
            }) if *var == t => c.clone(),
            _ => {
                return err_node(
                    init,
                    "bind the result of this call to a variable of its own first",
                )
            }
        };
        out.pop();
        let v = self.new_user_var(&name.to_string(), true);
        self.vars[v].span = name.span();
        self.vars[v].dims = Some(vec![len.clone()]);
        self.vars[v].float = true;
        out.push(Stmt::Set {
            var: v,
            val: Val::ArrCall(call),
            span: init.span(),
            def: true,
        });
        self.scopes.bind(name.to_string(), v);
        Ok(true)
    }

    /// The value of an array expression: its first definition, the element writes
    /// that complete it (array literals), its lengths and whether it is active.
    #[allow(clippy::type_complexity)]
    fn array_value(
        &mut self,
        init: &Expr,
        mutable: bool,
        out: &mut Vec<Stmt>,
    ) -> Res<Option<(ArrayInit, Vec<Expr>, bool)>> {
        if let Some(src) = self.local_array(init) {
            let dims = self.vars[src].dims.clone().unwrap_or_default();
            return Ok(Some((ArrayInit::Copy(src), dims, self.vars[src].active)));
        }
        if let Some((p, n)) = self.array_param(init) {
            let active = self.params[p].is_active();
            if !mutable && !active {
                return Ok(None);
            }
            return Ok(Some((ArrayInit::Param(p), vec![n], active)));
        }
        let Some(shape) = shape_of(init) else {
            return Ok(None);
        };
        let mut active = false;
        let mut lower_leaf = |l: &mut Lowerer, x: &Expr, out: &mut Vec<Stmt>| -> Res<Atom> {
            let low = l.lower_expr(x, out)?;
            active |= matches!(low, Lowered::Active(_));
            l.as_atom(low, x.span())
        };
        let init = match shape.fill {
            Some(x) => ArrayInit::Fill(lower_leaf(self, x, out)?, Vec::new()),
            None => {
                let mut atoms = Vec::new();
                for (ix, x) in &shape.elems {
                    atoms.push((ix.clone(), lower_leaf(self, x, out)?));
                }
                let (_, first) = atoms.remove(0);
                ArrayInit::Fill(first, atoms)
            }
        };
        Ok(Some((init, shape.dims, active)))
    }

    /// Emits the definition (`def`) or reassignment of local array `v`.
    fn define_array(
        &mut self,
        v: VarId,
        init: ArrayInit,
        span: Span,
        def: bool,
        out: &mut Vec<Stmt>,
    ) {
        match init {
            ArrayInit::Fill(first, rest) => {
                out.push(Stmt::Set {
                    var: v,
                    val: Val::ArrFill(first),
                    span,
                    def,
                });
                for (ix, value) in rest {
                    out.push(Stmt::Set {
                        var: v,
                        val: Val::ArrStore {
                            index: ix.into_iter().map(literal_index).collect(),
                            value,
                        },
                        span,
                        def: false,
                    });
                }
            }
            ArrayInit::Param(p) => out.push(Stmt::Set {
                var: v,
                val: Val::ArrParam(p),
                span,
                def,
            }),
            ArrayInit::Copy(src) => {
                // a copy and its source carry derivatives together (a constant array
                // copied into one that becomes active is read as duals)
                if self.vars[v].active {
                    self.mark_active(src);
                }
                out.push(Stmt::Set {
                    var: v,
                    val: Val::ArrCopy(src),
                    span,
                    def,
                });
            }
        }
    }

    /// `a = <array>` for a local array `a`; returns whether `lhs` is one.
    pub(super) fn lower_array_assign(
        &mut self,
        lhs: &Expr,
        rhs: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<bool> {
        if let Some(v) = self.local_buffer(lhs) {
            let name = &self.vars[v].name;
            return err_node(lhs, format!("the `vec!` buffer `{name}` cannot be assigned as a whole; write its elements (`{name}[i] = ..`), or declare a new buffer with `let`"));
        }
        let Some(v) = self.local_array(lhs) else {
            return Ok(false);
        };
        let Some((init, dims, active)) = self.array_value(rhs, true, out)? else {
            return err_node(rhs, format!("assign an array to the local array `{}`: `[c; N]`, an array literal, another local array or an array parameter", self.vars[v].name));
        };
        let have = self.vars[v].dims.clone().unwrap_or_default();
        if have.len() != dims.len() {
            return err_node(rhs, "the array assigned has another number of dimensions");
        }
        if active {
            self.mark_active(v);
        }
        self.define_array(v, init, rhs.span(), false, out);
        Ok(true)
    }

    /// The indices of an element of local array `v`, each evaluated once (held in a
    /// variable unless it is a literal or a plain name).
    fn element_indices(
        &mut self,
        v: VarId,
        idx: &[&Expr],
        whole: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Vec<Inact>> {
        let rank = self.vars[v].dims.as_ref().map_or(0, Vec::len);
        if idx.len() != rank {
            let name = &self.vars[v].name;
            let all: String = ["i", "j", "k", "l"]
                .iter()
                .cycle()
                .take(rank)
                .map(|i| format!("[{i}]"))
                .collect();
            return err_node(
                whole,
                format!("`{name}` has {rank} dimension(s): index every one of them (`{name}{all}`); rows and subarrays of a local array cannot be taken"),
            );
        }
        let mut res = Vec::new();
        for ix in idx {
            if self.env().mentions_active(ix) {
                return err_node(
                    ix,
                    "an index must be an integer, not computed from active floats",
                );
            }
            if matches!(ix, Expr::Range(_)) {
                return err_node(
                    ix,
                    "subarrays of a local array cannot be taken; index one element",
                );
            }
            self.check_inactive_expr(ix)?;
            let e = self.inactive_value(ix, out);
            let e = match e {
                Expr::Lit(_) | Expr::Path(_) => e,
                other => self.snapshot("ix", other, ix.span(), out),
            };
            res.push(Inact { expr: e });
        }
        Ok(res)
    }

    /// `a[i]` / `r[i][j]` of a local array; `None` when `e`'s root is not one.
    pub(super) fn lower_array_read(
        &mut self,
        e: &Expr,
        out: &mut Vec<Stmt>,
    ) -> Res<Option<Lowered>> {
        let (root, idx) = index_chain(e);
        if let Some(v) = self.local_buffer(root) {
            return self.lower_buffer_read(v, &idx, e, out).map(Some);
        }
        let Some(v) = self.local_array(root) else {
            return Ok(None);
        };
        let index = self.element_indices(v, &idx, e, out)?;
        let active = self.vars[v].active;
        let t = self.new_var("elem", active);
        self.vars[t].temp = active;
        self.vars[t].float = self.vars[v].float;
        out.push(Stmt::Set {
            var: t,
            val: Val::Elem { arr: v, index },
            span: e.span(),
            def: true,
        });
        Ok(Some(if active {
            Lowered::Active(Atom::Var(t))
        } else {
            let ph = placeholder(t, e.span());
            Lowered::Inactive(syn::parse_quote!(#ph))
        }))
    }

    /// `a[i] = rhs` or `a[i] op= rhs` (`op` the plain operator) for a local array `a`;
    /// returns whether `lhs` is an element of one.
    pub(super) fn lower_array_store(
        &mut self,
        lhs: &Expr,
        op: Option<proc_macro2::TokenStream>,
        rhs: &Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Res<bool> {
        let (root, idx) = index_chain(lhs);
        if idx.is_empty() {
            return Ok(false);
        }
        if let Some(v) = self.local_buffer(root) {
            self.lower_buffer_store(v, &idx, lhs, op, rhs, span, out)?;
            return Ok(true);
        }
        let Some(v) = self.local_array(root) else {
            return Ok(false);
        };
        let index = self.element_indices(v, &idx, lhs, out)?;
        let value = match op {
            None => self.lower_expr(rhs, out)?,
            Some(op) => {
                // the element read with the indices already evaluated
                let ixs: Vec<&Expr> = index.iter().map(|i| &i.expr).collect();
                let read: Expr = syn::parse_quote_spanned!(span=> #root #([#ixs])*);
                let full: Expr = syn::parse_quote_spanned!(span=> #read #op (#rhs));
                self.lower_expr(&full, out)?
            }
        };
        if matches!(value, Lowered::Active(_)) {
            self.mark_active(v);
        }
        let value = self.as_atom(value, rhs.span())?;
        out.push(Stmt::Set {
            var: v,
            val: Val::ArrStore { index, value },
            span,
            def: false,
        });
        Ok(true)
    }

    /// The elements of local array `v` as a function's `[F; M]` result.
    pub(super) fn array_result(
        &mut self,
        v: VarId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Res<Vec<Atom>> {
        let dims = self.vars[v].dims.clone().unwrap_or_default();
        let n = match dims.as_slice() {
            [Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(n),
                ..
            })] => n.base10_parse::<usize>().ok(),
            _ => None,
        };
        let Some(n) = n else {
            return super::err(span, format!("a local array returned as `[F; M]` needs one dimension written as a number (`[0.0; 3]`); return the literal `[{0}[0], {0}[1], ..]` instead", self.vars[v].name));
        };
        let mut atoms = Vec::new();
        for k in 0..n {
            let t = self.new_var("elem", self.vars[v].active);
            self.vars[t].float = true;
            out.push(Stmt::Set {
                var: t,
                val: Val::Elem {
                    arr: v,
                    index: vec![literal_index(k)],
                },
                span,
                def: true,
            });
            atoms.push(if self.vars[v].active {
                Atom::Var(t)
            } else {
                let ph = placeholder(t, span);
                Atom::Const(Inact {
                    expr: syn::parse_quote!(#ph),
                })
            });
        }
        Ok(atoms)
    }
}

/// How a local array gets its value.
enum ArrayInit {
    /// One value everywhere, then element writes (array literals).
    Fill(Atom, Vec<(Vec<usize>, Atom)>),
    /// A copy of an array parameter.
    Param(usize),
    /// A copy of another local array.
    Copy(VarId),
}
