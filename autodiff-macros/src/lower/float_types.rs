//! The float type of each active variable, for functions that mix float types: an
//! `f32` parameter in a function returning `f64`, `x as f32` of an active `f64`.
//!
//! Forward mode needs no types (every value is inferred), but reverse mode declares an
//! adjoint accumulator per variable before the sweeps, where no value of its type is in
//! scope; a variable whose float type is not the function's gets its type written out.
//! Types come from where they are visible (parameters, elements of parameters, the
//! target of a cast) and flow along the arithmetic that joins values, which in valid
//! Rust always has one float type on both sides.

use crate::ir::{Atom, Base, Block, Call, CallArg, Func, ParamKind, Stmt, Val, VarId};
use proc_macro2::Span;
use quote::ToTokens;
use syn::Type;

/// Sets [`crate::ir::Var::float_ty`] of every active variable whose float type is not
/// `fn_ty`. `aliases` (from `float = ..`) are taken to be `fn_ty`.
pub(crate) fn assign(func: &mut Func, fn_ty: &Type, aliases: &[syn::Ident]) -> syn::Result<()> {
    let mut classes = Classes::new(func.vars.len(), fn_ty, aliases);
    for p in &func.params {
        if let (ParamKind::Scalar(v), Some(ty)) = (&p.kind, elem_type(&p.ty)) {
            classes.fix(*v, ty, p.ident.span())?;
        }
    }
    let mut calls = Vec::new();
    classes.block(&func.body, func, &mut calls)?;
    // a call's result has the float type of its active arguments, when they agree
    for (var, call) in calls {
        classes.call(var, call, func);
    }
    for v in 0..func.vars.len() {
        if func.vars[v].active {
            func.vars[v].float_ty = classes.foreign_type(v);
        }
    }
    classes.drop_identity_casts(&mut func.body);
    Ok(())
}

/// The float type inside a parameter's type: `F`, `[F; N]`, `&[F]`, `&[F; N]`.
pub(crate) fn elem_type(ty: &Type) -> Option<&Type> {
    match ty {
        Type::Reference(r) => elem_type(&r.elem),
        Type::Array(a) => Some(&a.elem),
        Type::Slice(s) => Some(&s.elem),
        Type::Paren(p) => elem_type(&p.elem),
        Type::Group(g) => elem_type(&g.elem),
        Type::Path(_) => Some(ty),
        _ => None,
    }
}

/// The type a cast rule converts to: `T` of the `PhantomData::<T>` argument that
/// [`crate::lower`] writes for `x as T`.
pub(crate) fn cast_target(extra: &syn::Expr) -> Option<Type> {
    let syn::Expr::Path(p) = extra else {
        return None;
    };
    match &p.path.segments.last()?.arguments {
        syn::PathArguments::AngleBracketed(a) => match a.args.first()? {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Union-find over variables, each class with the float type known for it, if any.
struct Classes {
    parent: Vec<VarId>,
    ty: Vec<Option<(String, Type)>>,
    fn_ty: String,
    aliases: Vec<String>,
}

impl Classes {
    fn new(n: usize, fn_ty: &Type, aliases: &[syn::Ident]) -> Self {
        Classes {
            parent: (0..n).collect(),
            ty: vec![None; n],
            fn_ty: type_key(fn_ty),
            aliases: aliases.iter().map(ToString::to_string).collect(),
        }
    }

    fn root(&mut self, v: VarId) -> VarId {
        let mut r = v;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        self.parent[v] = r;
        r
    }

    /// The type's key, with aliases of the function's float type replaced by it.
    fn key(&self, ty: &Type) -> String {
        let k = type_key(ty);
        if self.aliases.contains(&k) {
            self.fn_ty.clone()
        } else {
            k
        }
    }

    fn fix(&mut self, v: VarId, ty: &Type, span: Span) -> syn::Result<()> {
        let r = self.root(v);
        let key = self.key(ty);
        match &self.ty[r] {
            Some((k, _)) if *k != key => Err(mixed_types(span, k, &key)),
            Some(_) => Ok(()),
            None => {
                self.ty[r] = Some((key, ty.clone()));
                Ok(())
            }
        }
    }

    fn union(&mut self, a: VarId, b: VarId, span: Span) -> syn::Result<()> {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return Ok(());
        }
        let ty = match (self.ty[ra].take(), self.ty[rb].take()) {
            (Some((ka, _)), Some((kb, _))) if ka != kb => return Err(mixed_types(span, &ka, &kb)),
            (a, b) => a.or(b),
        };
        self.parent[rb] = ra;
        self.ty[ra] = ty;
        Ok(())
    }

    fn block<'f>(
        &mut self,
        b: &'f Block,
        func: &'f Func,
        calls: &mut Vec<(VarId, &'f Call)>,
    ) -> syn::Result<()> {
        for s in &b.stmts {
            match s {
                Stmt::Set { var, val, span, .. } if func.vars[*var].active => {
                    self.set(*var, val, *span, func, calls)?;
                }
                Stmt::If { then_b, else_b, .. } => {
                    self.block(then_b, func, calls)?;
                    self.block(else_b, func, calls)?;
                }
                Stmt::For(l) => self.block(&l.body, func, calls)?,
                Stmt::While { body, .. } => self.block(body, func, calls)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn set<'f>(
        &mut self,
        var: VarId,
        val: &'f Val,
        span: Span,
        func: &'f Func,
        calls: &mut Vec<(VarId, &'f Call)>,
    ) -> syn::Result<()> {
        let active = |a: &Atom| match a {
            Atom::Var(u) if func.vars[*u].active => Some(*u),
            _ => None,
        };
        match val {
            Val::Atom(a) | Val::Neg(a) => {
                if let Some(u) = active(a) {
                    self.union(var, u, span)?;
                }
            }
            Val::Bin(_, a, b) => {
                for u in [a, b].into_iter().filter_map(active) {
                    self.union(var, u, span)?;
                }
            }
            Val::Rule { name, extra, .. } if *name == "float_cast" => {
                if let Some(ty) = extra.as_ref().and_then(|e| cast_target(&e.expr)) {
                    self.fix(var, &ty, span)?;
                }
            }
            Val::Rule { args, .. } => {
                for u in args.iter().filter_map(active) {
                    self.union(var, u, span)?;
                }
            }
            Val::Index {
                base: Base::Param(p),
                ..
            } => {
                if let Some(ty) = elem_type(&func.params[*p].ty) {
                    self.fix(var, ty, span)?;
                }
            }
            Val::Call(c) | Val::ArrCall(c) => calls.push((var, c)),
            // a local array has the float type of its elements
            Val::ArrFill(a) | Val::ArrStore { value: a, .. } => {
                if let Some(u) = active(a) {
                    self.union(var, u, span)?;
                }
            }
            Val::ArrCopy(src) if func.vars[*src].active => self.union(var, *src, span)?,
            Val::Elem { arr, .. } if func.vars[*arr].active => self.union(var, *arr, span)?,
            Val::ArrParam(p) => {
                if let Some(ty) = elem_type(&func.params[*p].ty) {
                    self.fix(var, ty, span)?;
                }
            }
            Val::OutStore { param, value, .. } => {
                if let (Some(u), Some(ty)) = (active(value), elem_type(&func.params[*param].ty)) {
                    self.fix(u, ty, span)?;
                }
            }
            Val::BufNew { fill: a, .. } => {
                if let Some(u) = active(a) {
                    self.union(var, u, span)?;
                }
            }
            Val::BufStore { buf, value, .. } => {
                if let Some(u) = active(value) {
                    self.union(*buf, u, span)?;
                }
            }
            Val::BufRead { buf, .. } => self.union(var, *buf, span)?,
            Val::ArrCopy(_) | Val::Elem { .. } => {}
            Val::Inact(_) | Val::Recorded { .. } => {}
        }
        Ok(())
    }

    /// Joins a call's result with its active scalar arguments when their types agree
    /// (a callee mixing float types keeps its result's type unknown: the function's).
    fn call(&mut self, var: VarId, c: &Call, func: &Func) {
        let args: Vec<VarId> = c
            .args
            .iter()
            .filter_map(|a| match a {
                CallArg::Active(Atom::Var(u)) if func.vars[*u].active => Some(*u),
                _ => None,
            })
            .collect();
        let mut known = args
            .iter()
            .chain(std::iter::once(&var))
            .filter_map(|&u| {
                let r = self.root(u);
                self.ty[r].as_ref().map(|(k, _)| k.clone())
            })
            .collect::<Vec<_>>();
        known.dedup();
        if known.len() <= 1 {
            for u in args {
                // cannot conflict: every known type is the same
                let _ = self.union(var, u, Span::call_site());
            }
        }
    }

    /// Casts to the type their operand already has (`x as f64` of an `f64`) become
    /// copies.
    fn drop_identity_casts(&mut self, b: &mut Block) {
        for s in &mut b.stmts {
            match s {
                Stmt::Set { val, .. } => {
                    let Val::Rule {
                        name: "float_cast",
                        args,
                        extra,
                    } = &*val
                    else {
                        continue;
                    };
                    let (Some(Atom::Var(u)), Some(to)) = (
                        args.first(),
                        extra.as_ref().and_then(|e| cast_target(&e.expr)),
                    ) else {
                        continue;
                    };
                    let r = self.root(*u);
                    let from = self.ty[r]
                        .as_ref()
                        .map_or_else(|| self.fn_ty.clone(), |(k, _)| k.clone());
                    if from == self.key(&to) {
                        *val = Val::Atom(Atom::Var(*u));
                    }
                }
                Stmt::If { then_b, else_b, .. } => {
                    self.drop_identity_casts(then_b);
                    self.drop_identity_casts(else_b);
                }
                Stmt::For(l) => self.drop_identity_casts(&mut l.body),
                Stmt::While { body, .. } => self.drop_identity_casts(body),
                Stmt::Decl(_) | Stmt::Effect(_) => {}
            }
        }
    }

    /// The type of `v`'s class, unless it is the function's float type.
    fn foreign_type(&mut self, v: VarId) -> Option<Type> {
        let r = self.root(v);
        match &self.ty[r] {
            Some((k, ty)) if *k != self.fn_ty => Some(ty.clone()),
            _ => None,
        }
    }
}

/// A type's tokens as a string, without grouping parentheses.
fn type_key(ty: &Type) -> String {
    match ty {
        Type::Paren(p) => type_key(&p.elem),
        Type::Group(g) => type_key(&g.elem),
        other => other.to_token_stream().to_string(),
    }
}

fn mixed_types(span: Span, a: &str, b: &str) -> syn::Error {
    syn::Error::new(
        span,
        format!("#[differentiable] cannot tell the float type of this value: it finds both `{a}` and `{b}` here; convert one side explicitly with `as` (`x as {b}`)"),
    )
}
