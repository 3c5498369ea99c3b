//! Lowering: a function body (syn) to the IR, with every "unsupported" error.
//!
//! [`lower`] runs the activity fixed point around one [`Lowerer`] pass. The pass is
//! split by construct: `stmt` (sequences, `let`, assignments), `control` (`if`, loops;
//! `return` becomes structured `if`/`else`, `break`/`continue` become flags guarding
//! the rest of the body, loops over slices become index loops), `expr` (expressions)
//! and `call` (calls and rules). `desugar` rewrites syntax into that smaller grammar
//! first; `scope` resolves names and rewrites inactive expressions to placeholders.

mod arrays;
mod assign;
mod buffers;
mod call;
mod chains;
mod control;
mod destructure;
pub(crate) mod desugar;
mod expr;
pub(crate) mod float_types;
mod leaves_first;
mod lent;
mod method_paths;
pub(crate) mod nested;
pub(crate) mod outputs;
pub(crate) mod rules_table;
pub(crate) mod scope;
mod stmt;
mod tuple_calls;
mod visible_types;

use crate::front::args::Args;
use crate::front::signature::{self, RetShape};
use crate::ir::{Atom, Block, Func, Inact, Output, Param, Stmt, Val, Var, VarId};
use proc_macro2::Span;
use scope::{Env, Scopes};
use syn::{Expr, Pat};

pub(crate) type Res<T> = Result<T, syn::Error>;

/// The result of lowering an expression.
#[derive(Clone, Debug)]
pub(crate) enum Lowered {
    /// A float carrying a derivative.
    Active(Atom),
    /// Anything else, placeholders in place of locals.
    Inactive(Expr),
    /// An active slice or array parameter, by index.
    Slice(usize),
    /// An array literal of floats (only as a function result).
    Array(Vec<Lowered>),
    /// A local array, by its variable.
    Arr(VarId),
}

/// Flags that implement `break` / `continue` of the innermost loop.
#[derive(Clone, Copy)]
pub(crate) struct LoopCtx {
    pub skip: Option<VarId>,
    pub brk: Option<VarId>,
}

/// Lowering state for one function.
pub(crate) struct Lowerer {
    vars: Vec<Var>,
    params: Vec<Param>,
    scopes: Scopes,
    /// Activity of the user's variables (by declaration order) known from the previous
    /// pass (activity is a fixed point over loops).
    known_active: Vec<bool>,
    /// The user's `let` variables in declaration order.
    user_vars: Vec<VarId>,
    errors: Vec<syn::Error>,
    loops: Vec<LoopCtx>,
    /// Items (`const`, `fn`, `use`) declared inside the body, re-emitted in every
    /// generated function.
    items: Vec<syn::Item>,
    /// User type annotations of inactive `let`s, kept for inference.
    annotations: Vec<Option<syn::Type>>,
    /// The lowered body, once done.
    body_out: Block,
    /// Generic type parameters bounded by a float trait (`T::sin(x)` is a rule).
    float_generics: Vec<syn::Ident>,
    /// How many branches and loop bodies enclose the code being lowered (code at depth
    /// 0 runs exactly once in every generated function).
    nesting: usize,
    /// The position counters of recorded values with side effects (see `Val::Recorded`).
    draw_sites: Vec<VarId>,
    /// The scopes remembered by scope barriers (see `stmt::scope_barrier`).
    barriers: Vec<Vec<(String, Option<VarId>)>>,
    /// A variable became active after it was created: what was lowered before may
    /// have used it as inactive, so the pass is repeated with its activity known.
    flipped: bool,
    /// The function's name, where errors about the macro's own variables point.
    fn_span: Span,
    /// The float type of the result (`f64`, `f32`, `T`): every active value has it.
    float_ty: Option<syn::Type>,
    /// Binding a variable of a `let` the desugaring wrote (see `desugar::is_synthetic`).
    synthetic: bool,
    /// How many iterator chains enclose the code being lowered (see `chains`). A chain
    /// is lowered only in the activity passes where it reads an active value, so the
    /// variables of its closures are not counted among the user's (whose order
    /// identifies them across passes); they are bound once and never assigned, so
    /// their activity is that of their value, as for the desugaring's.
    in_chains: usize,
    /// Type aliases of a float named in `float = ..`.
    float_aliases: Vec<syn::Ident>,
    /// The nested derivative calls lowered so far (see `nested`).
    nested: Vec<crate::ir::NestedCall>,
    /// The function's const generic parameters.
    const_generics: Vec<syn::Ident>,
    /// The caller's receiver as a `&self` argument, for its methods called as paths
    /// (see `method_paths`).
    self_as_ref: Option<Expr>,
}

pub(crate) fn err<T>(span: Span, msg: impl std::fmt::Display) -> Res<T> {
    Err(syn::Error::new(span, msg))
}

/// An error covering the whole syntax node (first to last token).
pub(crate) fn err_node<T>(node: &impl quote::ToTokens, msg: impl std::fmt::Display) -> Res<T> {
    Err(syn::Error::new_spanned(node, msg))
}

impl Lowerer {
    /// A pass over `item` knowing which user variables were active in the previous one.
    fn new(
        item: &syn::ItemFn,
        args: &Args,
        fl: &[syn::Ident],
        known_active: Vec<bool>,
    ) -> syn::Result<Self> {
        let mut vars = Vec::new();
        let params = signature::params(
            &item.sig,
            args.wrt.as_deref(),
            fl,
            &args.struct_refs,
            |id| {
                vars.push(Var {
                    name: id.to_string(),
                    active: true,
                    temp: false,
                    float: false,
                    user_ref: false,
                    by_ref: false,
                    user_mut: false,
                    type_unseen: false,
                    dims: None,
                    buffer: false,
                    span: id.span(),
                    float_ty: None,
                });
                vars.len() - 1
            },
        )?;
        let annotations = vec![None; vars.len()];
        Ok(Lowerer {
            vars,
            params,
            scopes: Scopes::default(),
            known_active,
            user_vars: Vec::new(),
            errors: Vec::new(),
            loops: Vec::new(),
            items: Vec::new(),
            annotations,
            body_out: Block::default(),
            float_generics: fl.to_vec(),
            nesting: 0,
            draw_sites: Vec::new(),
            barriers: Vec::new(),
            flipped: false,
            fn_span: item.sig.ident.span(),
            float_ty: match signature::ret_shape(&item.sig, fl) {
                Ok(RetShape::Scalar(t)) => Some(t),
                Ok(RetShape::Array(syn::Type::Array(a))) => Some((*a.elem).clone()),
                Ok(RetShape::Unit) => signature::out_elem_type(&item.sig, fl),
                _ => None,
            },
            synthetic: false,
            in_chains: 0,
            float_aliases: args.float.clone(),
            nested: Vec::new(),
            const_generics: item
                .sig
                .generics
                .const_params()
                .map(|c| c.ident.clone())
                .collect(),
            self_as_ref: method_paths::self_as_ref(&item.sig),
        })
    }

    /// The IR of the whole function, once lowered.
    fn finish(self, output: Output) -> Func {
        Func {
            vars: self.vars,
            params: self.params,
            body: self.body_out,
            output,
            items: self.items,
            annotations: self.annotations,
            nested: self.nested,
            checkpoint: None,
        }
    }

    pub(crate) fn env(&self) -> Env<'_> {
        Env {
            scopes: &self.scopes,
            params: &self.params,
            vars: &self.vars,
        }
    }

    /// A new variable (a temporary, a loop index, a flag: its activity is known
    /// where it is defined).
    pub(crate) fn new_var(&mut self, name: &str, active: bool) -> VarId {
        let id = self.vars.len();
        self.vars.push(Var {
            name: sanitize(name),
            active,
            temp: false,
            float: false,
            user_ref: false,
            by_ref: false,
            user_mut: false,
            type_unseen: false,
            dims: None,
            buffer: false,
            span: self.fn_span,
            float_ty: None,
        });
        self.annotations.push(None);
        id
    }

    /// A variable the user declares with `let`: it may be assigned an active value
    /// after it is first read (in a loop), so its activity comes from the previous
    /// pass too. User variables are counted in source order, which does not depend
    /// on activity (temporaries do), so the count identifies them across passes.
    pub(crate) fn new_user_var(&mut self, name: &str, active: bool) -> VarId {
        if self.synthetic || self.in_chains > 0 {
            // bound once by the desugaring or in a chain: its activity is that of its value
            return self.new_var(name, active);
        }
        let ordinal = self.user_vars.len();
        let seeded = self.known_active.get(ordinal).copied().unwrap_or(false);
        let v = self.new_var(name, active || seeded);
        self.user_vars.push(v);
        v
    }

    pub(crate) fn mark_active(&mut self, v: VarId) {
        // code lowered before this point may have read `v` as inactive
        self.flipped |= !self.vars[v].active;
        self.vars[v].active = true;
    }

    /// Lowers the whole function body; `array_out` for functions returning `[F; M]`.
    pub(crate) fn lower_body(&mut self, body: &syn::Block, ret: &RetShape) -> Option<Output> {
        let array_out = matches!(ret, RetShape::Array(_));
        let unit_out = matches!(ret, RetShape::Unit);
        self.scopes.push();
        let mut out = Vec::new();
        let value = self.lower_seq(&body.stmts, &mut out, true);
        self.scopes.pop();
        let span = body.brace_token.span.close();
        let value = match value {
            Ok(Some(v)) if unit_out => {
                if !self.discard(v, &mut out) {
                    self.errors.push(syn::Error::new(
                        span,
                        "this function returns `()`: its results go into its out-parameters",
                    ));
                    return None;
                }
                None
            }
            Ok(None) if unit_out => None,
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                self.errors.push(syn::Error::new(span, "a differentiable function must end with a value (a tail expression or `return`)"));
                return None;
            }
            Err(e) => {
                self.errors.push(e);
                return None;
            }
        };
        let output = match value {
            None => Output::Unit,
            Some(value) => match self.output_of(value, array_out, span, &mut out) {
                Ok(o) => o,
                Err(e) => {
                    self.errors.push(e);
                    return None;
                }
            },
        };
        // every recorded site counts its values from 0
        let mut stmts: Vec<Stmt> = self
            .draw_sites
            .iter()
            .map(|&pos| Stmt::Set {
                var: pos,
                val: Val::Inact(Inact {
                    expr: syn::parse_quote!(0usize),
                }),
                span,
                def: true,
            })
            .collect();
        stmts.extend(out);
        let mut body = Block { stmts };
        buffers::unrecord_final_reads(&mut body);
        self.body_out = body;
        Some(output)
    }

    fn output_of(
        &mut self,
        v: Lowered,
        array_out: bool,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Res<Output> {
        match (v, array_out) {
            (Lowered::Arr(v), true) => Ok(Output::Array(self.array_result(v, span, out)?)),
            (Lowered::Array(items), true) => {
                let atoms = items.into_iter().map(|l| self.as_atom(l, span)).collect::<Res<Vec<_>>>()?;
                Ok(Output::Array(atoms))
            }
            (Lowered::Array(_), false) => err(span, "this function returns a scalar, but the value is an array"),
            (other, true) => match other {
                Lowered::Slice(_) => err(span, "returning an input array is not supported; build the result as an array literal `[a, b, c]`"),
                _ => err(span, "a function returning `[F; M]` must end with an array literal `[a, b, c]` (or `return [..]`)"),
            },
            (other, false) => Ok(Output::Scalar(self.as_atom(other, span)?)),
        }
    }

    /// Makes an atom of a scalar value (inactive values become constants).
    pub(crate) fn as_atom(&mut self, l: Lowered, span: Span) -> Res<Atom> {
        match l {
            Lowered::Active(a) => Ok(a),
            Lowered::Inactive(e) => {
                // an element of inactive data bound by reference is a float behind `&`
                let by_ref = match &e {
                    Expr::Path(p) => p
                        .path
                        .get_ident()
                        .and_then(crate::ir::placeholder_var)
                        .is_some_and(|v| self.vars[v].by_ref),
                    _ => false,
                };
                let expr = if by_ref { syn::parse_quote!((*#e)) } else { e };
                Ok(Atom::Const(Inact { expr }))
            }
            Lowered::Slice(_) => err(
                span,
                "an active slice or array is used where a float is expected; index it: `x[i]`",
            ),
            Lowered::Array(_) => err(
                span,
                "array literals are only supported as the result of a function returning `[F; M]`, or as the value of a `let` (`let mut h = [a, b, c];`)",
            ),
            Lowered::Arr(v) => err(
                span,
                format!("the local array `{}` is used where a float is expected; index it: `{}[i]`", self.vars[v].name, self.vars[v].name),
            ),
        }
    }

    /// Defines a new active temporary holding `val`.
    fn temp(&mut self, name: &str, val: Val, span: Span, out: &mut Vec<Stmt>) -> Lowered {
        let v = self.new_var(name, true);
        self.vars[v].temp = true;
        out.push(Stmt::Set {
            var: v,
            val,
            span,
            def: true,
        });
        Lowered::Active(Atom::Var(v))
    }

    fn atom(&mut self, l: Lowered, span: Span) -> Res<Atom> {
        self.as_atom(l, span)
    }
}

/// The single identifier a pattern binds (`x`, `mut x`, `_`).
pub(crate) fn pat_ident(p: &Pat) -> Res<syn::Ident> {
    match p {
        Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => Ok(pi.ident.clone()),
        Pat::Wild(w) => Ok(syn::Ident::new("_", w.underscore_token.span)),
        Pat::Type(t) => pat_ident(&t.pat),
        other => err_node(&other, "unsupported pattern in a differentiable function; bind a plain name or a tuple of names"),
    }
}

/// Turns a user name into a valid identifier fragment.
fn sanitize(name: &str) -> String {
    name.trim_start_matches("r#")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Lowers a function to the IR. Activity is a fixed point (a variable assigned an
/// active value later in a loop is active from its first definition), so lowering
/// repeats until the set of active variables stops growing; it only grows, so this
/// takes at most one pass per user variable, plus one.
pub(crate) fn lower(
    item: &syn::ItemFn,
    args: &Args,
    fl: &[syn::Ident],
    ret: &RetShape,
) -> syn::Result<Func> {
    let item = &with_loop_returns_as_breaks(with_mut_params_as_locals(item), args, ret)?;
    let mut known: Vec<bool> = Vec::new();
    loop {
        let mut l = Lowerer::new(item, args, fl, known.clone())?;
        let output = l.lower_body(&item.block, ret);
        let now: Vec<bool> = l.user_vars.iter().map(|&v| l.vars[v].active).collect();
        // no variable changed its activity during the pass: every use saw the final one
        if now == known || !l.flipped {
            let mut cx = crate::errors::Ctxt::default();
            cx.extend(std::mem::take(&mut l.errors));
            if let Some(e) = cx.finish() {
                return Err(e);
            }
            return match output {
                Some(o) => {
                    let fn_ty = l.float_ty.clone();
                    let mut func = l.finish(o);
                    func.checkpoint = args.checkpoint.clone();
                    if let Some(t) = fn_ty {
                        float_types::assign(&mut func, &t, &args.float)?;
                    }
                    Ok(func)
                }
                None => Err(syn::Error::new(
                    item.sig.ident.span(),
                    "could not lower this function",
                )),
            };
        }
        let grew = now.iter().zip(&known).all(|(n, k)| *n || !*k);
        if !grew || now.len() < known.len() {
            // the user's variables are declared in the same order in every pass, and a
            // variable once active stays active: anything else is a bug here
            return Err(syn::Error::new(
                item.sig.ident.span(),
                "internal error: activity analysis is not monotone for this function; please report it",
            ));
        }
        known = now;
    }
}

/// The body with its `return`s inside loops rewritten as `break`s (see
/// [`desugar::loop_returns_to_breaks`]); a function returning an array keeps them (they
/// are reported where they are).
fn with_loop_returns_as_breaks(
    mut item: syn::ItemFn,
    args: &Args,
    ret: &RetShape,
) -> syn::Result<syn::ItemFn> {
    let RetShape::Scalar(ty) = ret else {
        return Ok(item);
    };
    let rt = match &args.krate {
        Some(p) => quote::quote!(#p::__private),
        None => quote::quote!(::differentiable::__private),
    };
    let init: Expr = syn::parse_quote!(#rt::unassigned::<#ty>());
    if let Some(block) = desugar::loop_returns_to_breaks(&item.block, ty, &init)? {
        *item.block = block;
    }
    Ok(item)
}

/// `fn f(mut x: f64) { body }` as `fn f(x: f64) { let mut x = x; body }`: a `mut`
/// parameter is a local the body may reassign, initialised from the parameter.
fn with_mut_params_as_locals(item: &syn::ItemFn) -> syn::ItemFn {
    let mut item = item.clone();
    let mut lets: Vec<syn::Stmt> = Vec::new();
    for arg in &mut item.sig.inputs {
        let syn::FnArg::Typed(pt) = arg else { continue };
        let Pat::Ident(pi) = &mut *pt.pat else {
            continue;
        };
        if pi.mutability.take().is_some() {
            let x = &pi.ident;
            lets.push(syn::parse_quote_spanned!(x.span()=> let mut #x = #x;));
        }
    }
    if !lets.is_empty() {
        lets.append(&mut item.block.stmts);
        item.block.stmts = lets;
    }
    item
}
