//! Nested derivatives: a call to a generated derivative of another differentiable
//! function (`g_grad`, `g_jvp`, `g_vjp`) with an active argument, bound by a tuple
//! pattern (`let (v, d) = g_grad(x);`).
//!
//! The rule: a call whose function's name ends in `_grad`, `_jvp` or `_vjp` is a call
//! to the derivative of the function named by the rest (`g`), when it takes an active
//! argument. It is lowered as a call returning its tuple as an array, of a shim the
//! emission writes from `g_grad` and `g_hvp` (the derivative of a gradient is a
//! Hessian-vector product; see `emit::nested`). The macro cannot see `g`'s signature,
//! so the arguments are read as the calling convention of calls says: a float
//! argument is one `g` differentiates (a float for a parameter outside its `wrt(..)`
//! is passed as `no_grad(c)`), in `g_jvp` each one followed by its tangent, in `g_vjp`
//! the last one the seed.

use super::{err, err_node, pat_ident, Lowered, Lowerer, Res};
use crate::ir::{Atom, Call, CallArg, Inact, NestedCall, NestedKind, Stmt, Val};
use quote::format_ident;
use syn::spanned::Spanned;
use syn::{Expr, Pat};

/// Which generated derivative a callee's name calls, by its suffix (`None` for an
/// ordinary name). `_hvp` is one too (its derivative is refused).
pub(crate) fn nested_suffix(path: &syn::Path) -> Option<(&'static str, String)> {
    let last = path.segments.last()?.ident.to_string();
    ["grad", "jvp", "vjp", "hvp"].into_iter().find_map(|s| {
        let base = last.strip_suffix(&format!("_{s}"))?;
        (!base.is_empty() && !base.ends_with('_')).then(|| (s, base.to_string()))
    })
}

/// The path of `e` when it is a call to a generated derivative (`g_grad(..)`).
pub(crate) fn nested_callee(e: &Expr) -> Option<&syn::ExprPath> {
    match e {
        Expr::Paren(p) => nested_callee(&p.expr),
        Expr::Call(c) => match &*c.func {
            Expr::Path(fp) if nested_suffix(&fp.path).is_some() => Some(fp),
            _ => None,
        },
        _ => None,
    }
}

/// `e` when it is a call to a generated `_grad`, `_jvp` or `_vjp` taking no reference
/// (of a function of scalars: a slice callee's calls pass `&x`).
pub(crate) fn scalar_nested_call(e: &Expr) -> Option<&syn::ExprCall> {
    match e {
        Expr::Paren(p) => scalar_nested_call(&p.expr),
        Expr::Call(c) => {
            let Expr::Path(fp) = &*c.func else {
                return None;
            };
            let (suffix, _) = nested_suffix(&fp.path)?;
            let by_ref = c.args.iter().any(|a| matches!(a, Expr::Reference(_)));
            (suffix != "hvp" && !by_ref).then_some(c)
        }
        _ => None,
    }
}

impl Lowerer {
    /// `let (v, d) = g_grad(x);`: the call, and one element of its result per name.
    /// With an active argument it is differentiated; with none (yet: a value a loop
    /// carries becomes active in a later activity pass) it is a plain call, its
    /// arguments lowered all the same (a block among them declares the user's
    /// variables in every pass) and its results floats (see
    /// [`Self::bind_plain_nested`]). Returns false when `e` is not such a call.
    pub(super) fn lower_nested_binding(
        &mut self,
        tp: &syn::PatTuple,
        e: &Expr,
        out: &mut Vec<Stmt>,
        binds: &mut super::destructure::Binds,
    ) -> Res<bool> {
        if let Expr::MethodCall(mc) = e {
            if let Some((suffix, base)) = nested_suffix(&mc.method.clone().into()) {
                return err_node(&mc.method, format!("a nested derivative of a method (`{base}_{suffix}`) is not supported; make `{base}` a free function taking what it reads of `self`, and call `{base}_{suffix}(..)`"));
            }
            return Ok(false);
        }
        let Expr::Call(c) = e else { return Ok(false) };
        let Expr::Path(fp) = &*c.func else {
            return Ok(false);
        };
        let Some((suffix, base)) = nested_suffix(&fp.path) else {
            return Ok(false);
        };
        let kind = match suffix {
            "grad" => NestedKind::Grad,
            "jvp" => NestedKind::Jvp,
            "vjp" => NestedKind::Vjp,
            _ => return err_node(&fp.path, third_order_msg(&base)),
        };
        let args = self.call_args(c.args.iter(), out)?;
        if let Some(plain) = args.iter().map(inactive_expr).collect::<Option<Vec<_>>>() {
            self.bind_plain_nested(tp, c, plain, out, binds);
            return Ok(true);
        }
        let Some(float_ty) = self.float_ty.clone() else {
            return err_node(c, "a nested derivative needs the float type of the calling function: give it a float result");
        };
        let mut floats = Vec::new();
        for (a, arg) in c.args.iter().zip(&args) {
            floats.push(match arg {
                CallArg::Active(_) => true,
                CallArg::Inactive(_) | CallArg::HiddenData(_) | CallArg::ConstSlice(_) => false,
                _ => return err_node(a, format!("a nested derivative of a function of slices or arrays (`{base}_{suffix}` taking `&[F]`) is not supported; give `{base}` scalar parameters, or compute this derivative outside the differentiable function")),
            });
        }
        let mut n_out = expected_outputs(kind, &floats, c, &base)?;
        // fewer values than float arguments plus one: a float argument fills a
        // parameter outside `g`'s `wrt(..)` (what `g` generates for this checks which)
        let outside_wrt = kind == NestedKind::Grad && (2..n_out).contains(&tp.elems.len());
        if outside_wrt {
            n_out = tp.elems.len();
        }
        if tp.elems.len() != n_out {
            return err_node(tp, format!("`{base}_{suffix}` returns {n_out} values here (the value, then one per float argument: {}); bind each of them (`_` for the ones not needed)", shape_hint(kind)));
        }
        let call = NestedCall {
            shim: shim_name(self.nested.len()),
            kind,
            callee: fp.path.clone(),
            floats,
            n_out,
            float_ty,
            span: fp.path.span(),
            into: None,
            outside_wrt,
            check_wrt: c.args.iter().any(is_float_no_grad),
        };
        let arr = self.push_nested(call, args, syn::parse_quote!(#n_out), out);
        for (k, p) in tp.elems.iter().enumerate() {
            if matches!(p, Pat::Wild(_)) {
                continue;
            }
            if matches!(p, Pat::Rest(_)) {
                return err_node(
                    p,
                    "bind each value a nested derivative returns (`_` for the ones not needed)",
                );
            }
            let name = pat_ident(p)?;
            let elem = Val::Elem {
                arr,
                index: vec![Inact {
                    expr: syn::parse_quote!(#k),
                }],
            };
            let v = self.temp("elem", elem, p.span(), out);
            binds.push((name, v, p.span()));
        }
        Ok(true)
    }

    /// `let (v, d) = g_grad(x);` with no active argument, `args` its arguments lowered
    /// and rewritten: the call, held in a variable, and each
    /// name bound to its part by a `match`. The parts are floats (what a generated
    /// derivative returns), so that a part passed on to a differentiable call, or to
    /// another nested call, is seen to be one.
    fn bind_plain_nested(
        &mut self,
        tp: &syn::PatTuple,
        c: &syn::ExprCall,
        args: Vec<Expr>,
        out: &mut Vec<Stmt>,
        binds: &mut super::destructure::Binds,
    ) {
        let mut call = c.clone();
        call.args = args.into_iter().collect();
        let span = c.span();
        let place = self.snapshot("nested_plain", Expr::Call(call), span, out);
        let pat = Pat::Tuple(tp.clone());
        for name in crate::lower::desugar::bound_names(&pat) {
            let only = super::destructure::keep_only(&pat, &name);
            let part = self.new_var("nested_part", false);
            self.vars[part].float = true;
            out.push(Stmt::Set {
                var: part,
                val: Val::Inact(Inact {
                    expr: syn::parse_quote_spanned!(name.span()=> match #place { #only => #name }),
                }),
                span: name.span(),
                def: true,
            });
            let ph = crate::ir::placeholder(part, name.span());
            binds.push((
                name.clone(),
                Lowered::Inactive(syn::parse_quote!(#ph)),
                name.span(),
            ));
        }
    }

    /// `let v = g_grad(x, &mut gx);` of a function of a slice, with `x` an active slice
    /// or local array and `gx` a local array or an out-parameter of known length: the
    /// call, returning `[value, gx..]`, then `gx[k] = r[k + 1]` for each `k`. `None`
    /// when the call is not such a call.
    pub(super) fn lower_nested_slice_call(
        &mut self,
        c: &syn::ExprCall,
        fp: &syn::ExprPath,
        out: &mut Vec<Stmt>,
    ) -> Res<Option<Lowered>> {
        let Some((suffix, base)) = nested_suffix(&fp.path) else {
            return Ok(None);
        };
        let Some(at) = c.args.iter().position(|a| self.is_mut_borrow(a)) else {
            return Ok(None);
        };
        let shadow = &c.args[at];
        // A call with no active argument (yet: activity is a fixed point over the
        // passes) is lowered the same way when its buffer is one this lowering tracks:
        // the buffer is written by the call either way, element by element below.
        let active = self.env().mentions_active(&Expr::Call(c.clone()));
        if !active && (suffix != "grad" || self.shadow_target(shadow).is_none()) {
            return Ok(None);
        }
        if suffix != "grad" {
            return err_node(shadow, format!("a nested `{base}_{suffix}` of a function of slices is not supported; its `{base}_grad(x, &mut gx)` is (the derivative of a gradient), or give `{base}` scalar parameters"));
        }
        let Some(float_ty) = self.float_ty.clone() else {
            return err_node(c, "a nested derivative needs the float type of the calling function: give it a float result");
        };
        let Some((target, len)) = self.shadow_target(shadow) else {
            return err_node(shadow, format!("the gradient of a nested `{base}_grad` goes into a local array (`let mut gx = [0.0; N];` and `&mut gx`) or an out-parameter of type `&mut [F; N]`: its length must be known to differentiate the call"));
        };
        if self.mentions_const_generic(&len) {
            return err_node(shadow, format!("the gradient buffer of a nested `{base}_grad` has a length given by a const generic parameter, which the derivative code cannot compute with (`1 + N` is not a constant there); give it a literal or `const` length"));
        }
        let (args, floats) = self.slice_call_args(c, at, &base, out)?;
        let id = self.nested.len();
        let span = fp.path.span();
        let call = NestedCall {
            shim: shim_name(id),
            kind: NestedKind::Grad,
            callee: fp.path.clone(),
            floats,
            n_out: 0,
            float_ty,
            span,
            into: Some((at, len.clone())),
            outside_wrt: false,
            check_wrt: false,
        };
        let arr = self.push_nested(call, args, syn::parse_quote!(1 + #len), out);
        let value = Val::Elem {
            arr,
            index: vec![Inact {
                expr: syn::parse_quote!(0usize),
            }],
        };
        let v = self.temp("nested_value", value, span, out);
        // the gradient, element by element, into the buffer
        let r = syn::Ident::new(&format!("__ad_nested_r{id}"), span);
        self.scopes.bind(r.to_string(), arr);
        let k = syn::Ident::new("__ad_k", span);
        let copy: syn::ExprForLoop = syn::parse_quote_spanned!(span=>
            for #k in 0..#len { #target[#k] = #r[#k + 1]; }
        );
        self.lower_for(&copy, out)?;
        Ok(Some(v))
    }

    /// The lowered arguments of `g_grad(x, &mut gx, ..)` but the buffer (at `at`), and
    /// which of them is the active slice `x` (right before the buffer; the others must
    /// be inactive).
    fn slice_call_args(
        &mut self,
        c: &syn::ExprCall,
        at: usize,
        base: &str,
        out: &mut Vec<Stmt>,
    ) -> Res<(Vec<CallArg>, Vec<bool>)> {
        let rest = c
            .args
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, a)| a);
        let args = self.call_args(rest, out)?;
        let mut floats = Vec::new();
        for (i, arg) in args.iter().enumerate() {
            let user = &c.args[if i < at { i } else { i + 1 }];
            match arg {
                CallArg::Inactive(_) | CallArg::HiddenData(_) => floats.push(false),
                CallArg::Slice(_) | CallArg::Arr(_) | CallArg::ConstSlice(_) if i + 1 == at => {
                    floats.push(true);
                }
                _ => return err_node(user, format!("a nested `{base}_grad(x, &mut gx)` takes one active slice `x`, followed by the gradient's buffer, and inactive arguments (integers, data)")),
            }
        }
        if !floats.contains(&true) {
            return err_node(&c.args[at], format!("the buffer of a nested `{base}_grad` follows the active slice it is the gradient of: `{base}_grad(x, &mut gx)`"));
        }
        Ok((args, floats))
    }

    /// Records `call` and defines the local array its shim returns (`len` values).
    fn push_nested(
        &mut self,
        call: NestedCall,
        args: Vec<CallArg>,
        len: Expr,
        out: &mut Vec<Stmt>,
    ) -> crate::ir::VarId {
        let (shim, span) = (call.shim.clone(), call.span);
        self.nested.push(call);
        let arr = self.new_var("nested", true);
        self.vars[arr].dims = Some(vec![len]);
        self.vars[arr].float = true;
        out.push(Stmt::Set {
            var: arr,
            val: Val::ArrCall(Call {
                callee: shim.into(),
                method_on_self: false,
                receiver: None,
                path: None,
                args,
            }),
            span,
            def: true,
        });
        arr
    }

    /// Whether `e` names one of the function's const generic parameters.
    fn mentions_const_generic(&self, e: &Expr) -> bool {
        quote::ToTokens::to_token_stream(e).into_iter().any(
            |t| matches!(t, proc_macro2::TokenTree::Ident(id) if self.const_generics.contains(&id)),
        )
    }

    /// The buffer of `&mut gx` (a local one-dimensional array) or of `out` (an
    /// out-parameter `&mut [F; N]`), and its length.
    fn shadow_target(&self, e: &Expr) -> Option<(syn::Ident, Expr)> {
        let e = match e {
            Expr::Paren(p) => return self.shadow_target(&p.expr),
            Expr::Reference(r) if r.mutability.is_some() => &*r.expr,
            e => e,
        };
        let Expr::Path(p) = e else { return None };
        let id = p.path.get_ident()?;
        match self.env().resolve(&id.to_string())? {
            super::scope::Binding::Local(v) => {
                let dims = self.vars[v].dims.as_ref()?;
                (dims.len() == 1).then(|| (id.clone(), dims[0].clone()))
            }
            super::scope::Binding::Param(i) => {
                let syn::Type::Reference(r) = &self.params[i].ty else {
                    return None;
                };
                let syn::Type::Array(a) = &*r.elem else {
                    return None;
                };
                (r.mutability.is_some() && matches!(self.params[i].kind, crate::ir::ParamKind::Out))
                    .then(|| (id.clone(), a.len.clone()))
            }
        }
    }

    /// A call to a generated derivative with an active argument where a tuple pattern
    /// does not bind it (`g_grad(x).1`): an error saying how to write it.
    pub(super) fn nested_call_unbound(&self, fp: &syn::ExprPath) -> Res<()> {
        let Some((suffix, base)) = nested_suffix(&fp.path) else {
            return Ok(());
        };
        if suffix == "hvp" {
            return err_node(&fp.path, third_order_msg(&base));
        }
        err_node(&fp.path, format!("a nested derivative is differentiated where a tuple pattern binds it: write `let (v, d) = {base}_{suffix}(..);` and use `v`, `d` (names ending in `_grad`, `_jvp`, `_vjp` and `_hvp` call generated derivatives)"))
    }
}

/// The expression of a lowered argument that carries no derivative (a constant
/// float, an inactive value), `None` for one that does.
fn inactive_expr(a: &CallArg) -> Option<Expr> {
    match a {
        CallArg::Active(Atom::Const(i))
        | CallArg::Inactive(i)
        | CallArg::HiddenData(i)
        | CallArg::ConstSlice(i) => Some(i.expr.clone()),
        _ => None,
    }
}

/// `no_grad(v)` with `v` not an integer literal.
fn is_float_no_grad(a: &Expr) -> bool {
    match a {
        Expr::Call(c) => {
            matches!(&*c.func, Expr::Path(fp) if super::call::is_no_grad(fp))
                && !matches!(c.args.first(), Some(Expr::Lit(l)) if matches!(l.lit, syn::Lit::Int(_)))
        }
        _ => false,
    }
}

/// The length of the tuple the call returns, from its float arguments.
fn expected_outputs(
    kind: NestedKind,
    floats: &[bool],
    c: &syn::ExprCall,
    base: &str,
) -> Res<usize> {
    let m = floats.iter().filter(|f| **f).count();
    match kind {
        NestedKind::Grad => Ok(m + 1),
        NestedKind::Jvp => {
            // each float argument is followed by its tangent
            let mut i = 0;
            while i < floats.len() {
                if floats[i] {
                    if !floats.get(i + 1).copied().unwrap_or(false) {
                        return err_node(&c.args[i], format!("in `{base}_jvp(..)` each float argument is followed by its tangent (`{base}_jvp(x, dx, y, dy)`); this one is not: pass a float for a parameter outside `{base}`'s `wrt(..)` as `no_grad(c)`"));
                    }
                    i += 2;
                } else {
                    i += 1;
                }
            }
            Ok(2)
        }
        NestedKind::Vjp => {
            if !floats.last().copied().unwrap_or(false) || m < 2 {
                return err(
                    c.paren_token.span.join(),
                    format!("`{base}_vjp(..)` takes the seed last, after the values `{base}` differentiates (`{base}_vjp(x, y, seed)`)"),
                );
            }
            Ok(m)
        }
    }
}

fn shape_hint(kind: NestedKind) -> &'static str {
    match kind {
        NestedKind::Grad => "`let (v, dx, dy) = g_grad(x, y);`",
        NestedKind::Jvp => "`let (v, t) = g_jvp(x, dx, y, dy);`",
        NestedKind::Vjp => "`let (v, sx, sy) = g_vjp(x, y, seed);`",
    }
}

fn third_order_msg(base: &str) -> String {
    format!("differentiating `{base}_hvp` would need third derivatives of `{base}`, which #[differentiable] does not generate; call `{base}_grad` or `{base}_jvp` here (their derivatives are Hessian-vector products), or evaluate a generic `{base}_hvp` at dual numbers outside the differentiable function")
}

/// The name of the shim of nested call `k`: mixed-site, and not ending in a number, so
/// that it is none of the emission's fresh names (which do).
fn shim_name(k: usize) -> proc_macro2::Ident {
    proc_macro2::Ident::new(
        &format!("__ad_shim{k}_nested"),
        proc_macro2::Span::mixed_site(),
    )
}

/// The name of the callee's generated function `suffix`, at the user's path.
pub(crate) fn sibling(path: &syn::Path, suffix: &str) -> syn::Path {
    let mut p = path.clone();
    if let Some(last) = p.segments.last_mut() {
        if let Some((_, base)) = nested_suffix(path) {
            last.ident = format_ident!("{}_{}", base, suffix, span = last.ident.span());
        }
    }
    p
}

/// The error for a function with a `_hvp` that calls a generated derivative: its
/// Hessian-vector product would need the callee's third derivatives.
pub(crate) fn hvp_refused(nested: &[NestedCall]) -> Option<syn::Error> {
    let n = nested.first()?;
    let name = n
        .callee
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default();
    Some(syn::Error::new(n.span, format!("this function calls `{name}`, a generated derivative: its `_jvp`, `_vjp` and `_grad` differentiate the call (with the callee's `_hvp`), but its own `_hvp` would need third derivatives of the callee; add `#[differentiable(no_hvp)]` to this function")))
}
