//! `f_hvp` of a function that calls itself passing its slice on (a determinant by
//! minors): each recursive call runs once per evaluation, as in `f_grad`.
//!
//! In `f_hvp` a call passing data runs the callee's `_vjp` (for its gradient) and its
//! `_hvp` (for H·v) in the forward sweep (`emit::hvp_calls`). For a self-call both
//! recurse through every lower level, and each of those levels again runs both: the
//! lower levels run a number of times growing with the depth, not once per call.
//!
//! The adjoint sweep of `f_hvp` runs over dual numbers seeded with `1 + 0ε`: the real
//! part of a parameter's adjoint is the gradient, its tangent part H·v, and `f_hvp`
//! keeps only the tangent part. A hidden variant `__f_hvp_with(pool, .., x_grad)`,
//! whose parameters are the pool of `emit::recursion`, `f_hvp`'s, and one gradient
//! slice per active slice parameter, keeps both: every write of an adjoint into a
//! slice's shadow also adds its real part into the gradient slice
//! (`Adjoint::gradient_shadow`), and it returns the value and the by-value scalars'
//! adjoints as dual numbers (value and tangent; gradient and H·v). One run of the
//! variant is then what `_vjp` and `_hvp` give together: a self-call in `f_hvp` and
//! in the variant calls the variant once, with the two parts of the call site's
//! buffer (zeroed by `CallGradients::take`, so the variant zeroes neither) as its
//! gradient and H·v slices, so each call of the recursion tree runs once, and H·v
//! costs a constant times the gradient. The sites' buffers come from the pool, as in
//! `_vjp`: one per depth, not one per call; the public `f_hvp` keeps its own body and
//! a pool for its self-calls, as `f_grad` does.
//!
//! Where it applies: where `emit::recursion` gives `_vjp` its variant, for a function
//! of scalar result whose active parameters are scalars and slices of floats (no
//! arrays by value, no structs). A self-call takes it when it passes, position by
//! position, a slice (or a part of one) for each slice parameter, a scalar for each
//! scalar and an inactive value for each inactive parameter; other calls,
//! and evaluations past `CALL_GRADIENT_BUDGET` or without `alloc` (whose adjoint runs
//! the public `f_vjp` and `f_hvp` again), keep the path of `emit::hvp_calls`.

use super::forward::Forward;
use crate::front::signature::RetShape;
use crate::ir::{Call, CallArg, Func, Output, Param, ParamKind};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// The name of the hidden variant of `f_hvp`.
pub(crate) fn variant_name(item: &syn::ItemFn) -> Ident {
    let name = item.sig.ident.to_string();
    format_ident!(
        "__{}_hvp_with",
        name.trim_start_matches("r#"),
        span = item.sig.ident.span()
    )
}

/// Whether `f_hvp` of this function gets the variant (see the module docs).
pub(crate) fn applies(
    item: &syn::ItemFn,
    params: &[Param],
    func: &Func,
    free: bool,
    ret: &RetShape,
) -> bool {
    let shapes = params.iter().all(|p| match p.kind {
        ParamKind::Inactive | ParamKind::Scalar(_) => true,
        ParamKind::Slice => !super::assemble::is_struct_ref(&p.ty),
        ParamKind::Array(_) | ParamKind::Out => false,
    });
    shapes
        && matches!(ret, RetShape::Scalar(_))
        && matches!(func.output, Output::Scalar(_))
        && super::recursion::pool_element(item, params, func, free).is_some()
}

/// Whether the self-call `c` passes, position by position, what the variant takes:
/// a slice or a part of one for a slice parameter, a scalar for a scalar, an inactive
/// value for an inactive parameter.
pub(crate) fn plain_args(c: &Call, params: &[Param]) -> bool {
    c.args.len() == params.len()
        && c.args.iter().zip(params).all(|(a, p)| match p.kind {
            ParamKind::Slice => matches!(a, CallArg::Slice(_) | CallArg::SubSlice { .. }),
            ParamKind::Scalar(_) => matches!(a, CallArg::Active(_)),
            ParamKind::Inactive => matches!(a, CallArg::Inactive(_)),
            ParamKind::Array(_) | ParamKind::Out => false,
        })
}

impl Forward<'_> {
    /// Self-calls of the function `item` in this `f_hvp` (or its variant) call the
    /// variant.
    pub(crate) fn use_hvp_variant(&mut self, item: &syn::ItemFn) {
        self.self_calls.hvp = Some((item.sig.ident.clone(), variant_name(item)));
    }

    /// The variant's name when `c` is a self-call that takes it.
    pub(super) fn hvp_variant_for(&self, c: &Call) -> Option<Ident> {
        match &self.self_calls.hvp {
            Some((name, variant))
                if super::recursion::is_self_call(c, name) && plain_args(c, &self.f.params) =>
            {
                Some(variant.clone())
            }
            _ => None,
        }
    }
}

/// The variant's call: `f_hvp`'s arguments, then the gradient slices.
pub(crate) fn variant_call(
    variant: &Ident,
    hvp_args: &[TokenStream],
    grads: &[TokenStream],
) -> TokenStream {
    quote!(#variant(#(#hvp_args,)* #(#grads),*))
}
