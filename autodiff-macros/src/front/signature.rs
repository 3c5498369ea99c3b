//! Classifying the parameters and the return type of the user's function.

use crate::ir::{Param, ParamKind};
use syn::{FnArg, GenericParam, Ident, Pat, ReturnType, Signature, Type};

/// Whether `ty` names a float scalar: `f32`, `f64`, or a generic type parameter of
/// the function bounded by a float trait.
pub(crate) fn is_float(ty: &Type, float_generics: &[Ident]) -> bool {
    match ty {
        Type::Path(p) if p.qself.is_none() => p
            .path
            .get_ident()
            .is_some_and(|id| id == "f32" || id == "f64" || float_generics.contains(id)),
        Type::Paren(p) => is_float(&p.elem, float_generics),
        Type::Group(g) => is_float(&g.elem, float_generics),
        _ => false,
    }
}

/// Generic type parameters bounded by `Float`, `Scalar` or `Real` (any path ending so).
pub(crate) fn float_generics(sig: &Signature) -> Vec<Ident> {
    let mut out = Vec::new();
    let is_float_bound = |b: &syn::TypeParamBound| match b {
        syn::TypeParamBound::Trait(t) => t
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "Float" || s.ident == "Scalar"),
        _ => false,
    };
    for gp in &sig.generics.params {
        if let GenericParam::Type(tp) = gp {
            if tp.bounds.iter().any(is_float_bound) {
                out.push(tp.ident.clone());
            }
        }
    }
    if let Some(wc) = &sig.generics.where_clause {
        for pred in &wc.predicates {
            if let syn::WherePredicate::Type(pt) = pred {
                if let Type::Path(p) = &pt.bounded_ty {
                    if let Some(id) = p.path.get_ident() {
                        if pt.bounds.iter().any(is_float_bound) && !out.contains(id) {
                            out.push(id.clone());
                        }
                    }
                }
            }
        }
    }
    // Type parameters of an enclosing `impl<T: Float>` are invisible to an attribute on
    // a method: a one-letter type name the method does not declare is taken to be one
    // (if it is not a float, the generated code fails to type-check, never silently).
    let declared: Vec<String> = sig
        .generics
        .params
        .iter()
        .filter_map(|g| match g {
            GenericParam::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect();
    // Only when the method returns such a type (or an array of it): a one-letter
    // parameter type of a method returning `f64` stays an ordinary inactive type.
    if let ReturnType::Type(_, ty) = &sig.output {
        let elem = match &**ty {
            Type::Array(a) => &*a.elem,
            t => t,
        };
        let mut v = OneLetter(Vec::new());
        syn::visit::Visit::visit_type(&mut v, elem);
        if let [id] = v.0.as_slice() {
            if matches!(elem, Type::Path(_))
                && !declared.contains(&id.to_string())
                && !out.contains(id)
            {
                out.push(id.clone());
            }
        }
    }
    out
}

/// One-letter uppercase type names (`T`, `F`) in a type.
struct OneLetter(Vec<Ident>);

impl<'ast> syn::visit::Visit<'ast> for OneLetter {
    fn visit_type_path(&mut self, p: &'ast syn::TypePath) {
        if let Some(id) = p.path.get_ident().filter(|_| p.qself.is_none()) {
            let s = id.to_string();
            if s.len() == 1 && s.chars().all(|c| c.is_ascii_uppercase()) {
                self.0.push(id.clone());
            }
        }
        syn::visit::visit_type_path(self, p);
    }
}

/// The shape of an active parameter's type, if it is one.
pub(crate) enum Shape {
    Scalar,
    Array,
    Slice,
    Out,
}

/// Classifies a parameter type.
pub(crate) fn shape_of(ty: &Type, fl: &[Ident]) -> Option<Shape> {
    match ty {
        _ if is_float(ty, fl) => Some(Shape::Scalar),
        Type::Array(a) if is_float(&a.elem, fl) => Some(Shape::Array),
        Type::Reference(r) => match &*r.elem {
            Type::Slice(s) if is_float(&s.elem, fl) => Some(if r.mutability.is_none() {
                Shape::Slice
            } else {
                Shape::Out
            }),
            Type::Array(a) if is_float(&a.elem, fl) => Some(if r.mutability.is_none() {
                Shape::Slice
            } else {
                Shape::Out
            }),
            _ => None,
        },
        _ => None,
    }
}

/// `&mut F`: a float scalar behind a mutable reference.
fn is_mut_float_ref(ty: &Type, fl: &[Ident]) -> bool {
    match ty {
        Type::Reference(r) if r.mutability.is_some() => is_float(&r.elem, fl),
        _ => false,
    }
}

/// What a function returns, for differentiation.
pub(crate) enum RetShape {
    Scalar(Type),
    /// `[F; M]`: the element type and the whole type.
    Array(Type),
    /// `()`, for a function writing its results into out-parameters.
    Unit,
}

/// Classifies the return type; only float scalars and float arrays are differentiable,
/// and `()` for functions with out-parameters (see [`check_unit_return`]).
pub(crate) fn ret_shape(sig: &Signature, fl: &[Ident]) -> syn::Result<RetShape> {
    match &sig.output {
        ReturnType::Type(_, ty) if is_float(ty, fl) => Ok(RetShape::Scalar((**ty).clone())),
        ReturnType::Type(_, ty) if matches!(&**ty, Type::Tuple(t) if t.elems.is_empty()) => {
            Ok(RetShape::Unit)
        }
        ReturnType::Type(_, ty) => match &**ty {
            Type::Array(a) if is_float(&a.elem, fl) => Ok(RetShape::Array((**ty).clone())),
            Type::Path(p) if p.qself.is_none() && p.path.get_ident().is_some_and(|id| !is_primitive(id)) => {
                let name = p.path.get_ident().map(ToString::to_string).unwrap_or_default();
                Err(syn::Error::new_spanned(p,
                    format!("a differentiable function must return a float (`f32`, `f64`, a generic `T: Float`) or an array `[F; M]` of them; if `{name}` is an alias of a float type (`type {name} = f64;`), name it, since the macro cannot see the alias: `#[differentiable(float = {name})]`"),
                ))
            }
            other => Err(syn::Error::new_spanned(other,
                "a differentiable function must return a float (`f32`, `f64`, a generic `T: Float` — the derivative rules need `num_traits::Float`) or an array `[F; M]` of them",
            )),
        },
        ReturnType::Default => Ok(RetShape::Unit),
    }
}

/// A primitive type other than a float (`bool`, `usize`), which no alias can hide.
pub(crate) fn is_primitive(id: &Ident) -> bool {
    [
        "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize",
    ]
    .iter()
    .any(|p| id == p)
}

/// Classifies the parameters. `new_var` allocates the variable of a scalar parameter.
pub(crate) fn params(
    sig: &Signature,
    wrt: Option<&[Ident]>,
    fl: &[Ident],
    struct_refs: &[Ident],
    mut new_var: impl FnMut(&Ident) -> usize,
) -> syn::Result<Vec<Param>> {
    let mut out = Vec::new();
    let mut errors: Vec<syn::Error> = Vec::new();
    let mut push_err = |e: syn::Error| errors.push(e);
    for arg in &sig.inputs {
        match arg {
            FnArg::Receiver(r) => {
                if matches!(r.kind, syn::ReceiverKind::Reference(_, _, Some(_))) {
                    push_err(syn::Error::new_spanned(r,
                        "`&mut self` is not supported in a differentiable method; take `&self` (the receiver is a constant)",
                    ));
                }
                out.push(Param {
                    ident: Ident::new("self", r.self_token.span),
                    ty: syn::parse_quote!(Self),
                    kind: ParamKind::Inactive,
                });
            }
            FnArg::Typed(pt) => {
                let ident = match &*pt.pat {
                    Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                        // a `mut` parameter is a local copy (`lower` starts the body with
                        // `let mut x = x;`), which works for values, not for references
                        // (a `&mut` one must stay a parameter to keep its effects in order)
                        // nor for active arrays (which cannot be copied into a local)
                        let array = matches!(&*pt.ty, Type::Array(_))
                            && shape_of(&pt.ty, fl).is_some()
                            && wrt.is_none_or(|w| w.contains(&pi.ident));
                        if pi.mutability.is_some()
                            && (matches!(&*pt.ty, Type::Reference(_)) || array)
                        {
                            push_err(syn::Error::new_spanned(pi,
                                "`mut` on a reference or array parameter is not supported in a differentiable function; copy what changes into a local: `let mut v = x[0];`",
                            ));
                        }
                        pi.ident.clone()
                    }
                    Pat::Wild(_) => {
                        // an unused parameter: passed through, never differentiated
                        out.push(Param {
                            ident: Ident::new("__ad_unused", proc_macro2::Span::mixed_site()),
                            ty: (*pt.ty).clone(),
                            kind: ParamKind::Inactive,
                        });
                        continue;
                    }
                    other => {
                        push_err(syn::Error::new_spanned(other,
                            "patterns in parameters are not supported in a differentiable function; bind a plain name and destructure inside: `let (a, b) = (p.0, p.1);`",
                        ));
                        continue;
                    }
                };
                let wanted = wrt.is_none_or(|w| w.contains(&ident));
                let shape = if struct_refs.contains(&ident) {
                    Some(Shape::Slice)
                } else {
                    shape_of(&pt.ty, fl)
                };
                if wanted && is_mut_float_ref(&pt.ty, fl) {
                    push_err(syn::Error::new_spanned(&pt.ty,
                        "an active parameter cannot be a `&mut` float: return the value, or write results into an out-parameter `out: &mut [F]`",
                    ));
                }
                let kind = match (wanted, shape) {
                    (true, Some(Shape::Scalar)) => ParamKind::Scalar(new_var(&ident)),
                    (true, Some(Shape::Array)) => ParamKind::Array(pt.ty.clone()),
                    (true, Some(Shape::Slice)) => ParamKind::Slice,
                    // an output is differentiated whatever `wrt` names (it lists inputs)
                    (_, Some(Shape::Out)) => ParamKind::Out,
                    (true, None) if wrt.is_some() => {
                        push_err(syn::Error::new_spanned(&pt.ty,
                            format!("`{ident}` is named in `wrt` but its type is not differentiable; active parameters are `F`, `[F; N]`, `&[F]` or `&[F; N]` with `F` a float"),
                        ));
                        ParamKind::Inactive
                    }
                    _ => ParamKind::Inactive,
                };
                out.push(Param {
                    ident,
                    ty: (*pt.ty).clone(),
                    kind,
                });
            }
        }
    }
    if let Some(w) = wrt {
        for name in w {
            if !out.iter().any(|p| &p.ident == name) {
                push_err(syn::Error::new_spanned(
                    name,
                    format!("`wrt` names `{name}`, which is not a parameter of this function"),
                ));
            }
        }
    }
    if !out
        .iter()
        .any(|p| p.is_active() && !matches!(p.kind, ParamKind::Out))
        && errors.is_empty()
    {
        errors.push(syn::Error::new_spanned(&sig.ident,
            "this function has no active parameter: differentiable parameters are `F`, `[F; N]`, `&[F]` or `&[F; N]` with `F` = `f32`, `f64` or a generic `T: Float`",
        ));
    }
    let mut it = errors.into_iter();
    match it.next() {
        Some(mut first) => {
            it.for_each(|e| first.combine(e));
            Err(first)
        }
        None => Ok(out),
    }
}

/// A function returning `()` must write its results into an out-parameter.
pub(crate) fn check_unit_return(sig: &Signature, params: &[Param]) -> syn::Result<()> {
    if params.iter().any(|p| matches!(p.kind, ParamKind::Out)) {
        return Ok(());
    }
    let msg = "a differentiable function must return a float (`f32`, `f64`, a generic `T: Float`) or an array `[F; M]` (add `-> f64`), or write its results into an out-parameter `out: &mut [F]`";
    Err(match &sig.output {
        ReturnType::Type(_, ty) => syn::Error::new_spanned(ty, msg),
        ReturnType::Default => syn::Error::new(sig.fn_token.span, msg),
    })
}

/// The element type of the first `&mut [F]` / `&mut [F; N]` parameter, if any.
pub(crate) fn out_elem_type(sig: &Signature, fl: &[Ident]) -> Option<Type> {
    sig.inputs.iter().find_map(|a| match a {
        FnArg::Typed(pt) if matches!(shape_of(&pt.ty, fl), Some(Shape::Out)) => match &*pt.ty {
            Type::Reference(r) => match &*r.elem {
                Type::Slice(s) => Some((*s.elem).clone()),
                Type::Array(a) => Some((*a.elem).clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    })
}
