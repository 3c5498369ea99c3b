//! Methods called through their type: `self.h(x, 0.5)` and `m.h(x, 0.5)` of a
//! parameter `m: &Model` have derivatives the generated code can name as paths,
//! `<Self>::h_jvp` and `<Model>::h_jvp`, with the receiver as the first argument.
//! A path is a value, which `emit::dispatch` passes to its trait so that the
//! compiler picks the shape of a call passing a constant or data of hidden type (as
//! for a function callee). A method of a field (`self.model.loss(w)`) has a type the
//! macro does not see: no path, the call stays direct.

use super::Lowerer;
use crate::ir::MethodPath;
use syn::{Expr, FnArg, ReceiverKind, Signature, Type};

/// How the caller's own receiver is passed as a `&self` argument: `self` for
/// `&self`, `&self` for `self` by value; `None` for a free function or another
/// receiver (`self: Box<Self>`), whose methods are called directly.
pub(super) fn self_as_ref(sig: &Signature) -> Option<Expr> {
    match sig.inputs.first()? {
        FnArg::Receiver(r) => match &r.kind {
            ReceiverKind::Reference(_, _, None) => Some(syn::parse_quote!(self)),
            ReceiverKind::Value => Some(syn::parse_quote!(&self)),
            _ => None,
        },
        FnArg::Typed(_) => None,
    }
}

impl Lowerer {
    /// `self.h(..)`: `<Self>::h_jvp(self, ..)`.
    pub(super) fn self_path(&self) -> Option<MethodPath> {
        Some(MethodPath {
            ty: syn::parse_quote!(Self),
            recv: self.self_as_ref.clone()?,
        })
    }

    /// `m.h(..)` of a parameter whose type is a path (`m: &Model`, `m: Model<T>`):
    /// `<Model>::h_jvp(m, ..)`; `None` for a field (`m.inner.h(..)`), a parameter of
    /// another type (`impl Trait`, `dyn Trait`) or a standard pointer (`&Box<Model>`).
    pub(super) fn param_method_path(&self, receiver: &Expr) -> Option<MethodPath> {
        let Expr::Path(p) = receiver else {
            return None;
        };
        let id = p.path.get_ident().filter(|_| p.qself.is_none())?;
        let param = self.params.iter().find(|q| q.ident == *id)?;
        let (ty, recv): (&Type, Expr) = match &param.ty {
            Type::Reference(r) if r.mutability.is_none() => (&r.elem, syn::parse_quote!(#id)),
            Type::Reference(r) => (&r.elem, syn::parse_quote!(&*#id)),
            ty => (ty, syn::parse_quote!(&#id)),
        };
        matches!(ty, Type::Path(tp) if tp.qself.is_none() && !is_smart_pointer(tp)).then(|| {
            MethodPath {
                ty: ty.clone(),
                recv,
            }
        })
    }
}

/// `Box<Model>`, `Rc<Model>`, `Arc<Model>`, `Cow<Model>`, `Pin<..>`: the standard
/// pointers through which a method call reaches `Model`'s methods by `Deref`; their own
/// path does not name those methods, so such a call stays direct, as it was written.
fn is_smart_pointer(tp: &syn::TypePath) -> bool {
    tp.path.segments.last().is_some_and(|s| {
        ["Box", "Rc", "Arc", "Cow", "Pin"].contains(&s.ident.to_string().as_str())
            && matches!(s.arguments, syn::PathArguments::AngleBracketed(_))
    })
}
