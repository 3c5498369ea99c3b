//! Calls of a callee's derivatives that fit the callee's `wrt(..)`, which the caller
//! cannot see.
//!
//! A float constant or inactive float passed to a differentiable call (`scaled(x, 0.5)`)
//! may fill a parameter the callee differentiates (its `h_jvp` and `h_hvp` then take a
//! tangent for it, its `h_vjp` and `h_hvp` return an entry for it) or one outside the
//! callee's `wrt(..)` (neither). Both are right: the constant's tangent is zero, so
//! whether it is passed does not matter. The caller writes both shapes and lets the
//! compiler pick the one the callee fits, through a small trait declared in the block
//! of the call, with one implementation per shape (the callee differentiates every
//! constant of the call, or none):
//!
//! - `h_vjp` takes the same arguments either way: it is called directly, and its
//!   results go through the trait, implemented for tuples of the two lengths, which
//!   puts a zero where the callee returned nothing (`results_shape`);
//! - `h_jvp` and `h_hvp` of a call passing a constant take more arguments in one shape:
//!   the function itself is passed to the trait, implemented for functions of the two
//!   numbers of parameters (`FnOnce` bounds), which passes the zero tangent or not.
//!
//! The implementations are `#[inline(always)]` forwarding, so the call costs what a
//! direct one does. A direct call keeps the callee's name in call position, where the
//! compiler reports a missing `h_jvp`/`h_vjp`/`h_hvp` (a helper without the attribute)
//! once at the user's call rather than once per generated function. An active value
//! for a parameter the callee does not differentiate fits no implementation: the
//! trait's `#[diagnostic::on_unimplemented]` message, at the user's call, says to add
//! the parameter to `wrt(..)` or to pass `no_grad(..)`; so do the rarer calls passing
//! several constants to a callee that differentiates some of them but not all (which
//! shape they fit would be ambiguous).
//!
//! Float data the caller does not differentiate fits either shape the same way: a
//! reference of hidden type (`&self.xs`, `&W`) or data whose type the syntax shows (a
//! slice parameter outside the caller's `wrt(..)`, a part `&x[1..]` of one, a `const`
//! array of the body) goes with zeros for its tangent or shadow where the callee
//! differentiates its parameter, as it is (or as the slice a direct call would coerce
//! it to) where it does not; one implementation per combination of shapes. No
//! coercion happens through the trait, so in such a call an active `&[F; N]` array
//! with its tangent or shadow, and an inactive `&v`, are taken as they are or as
//! slices too (`DArg::Coercible`). Two data arguments of one element type make `h_jvp`
//! ambiguous (a zero tangent is a `&[F]` like the data): the call then passes `h_vjp`
//! beside it, as a type only, whose shadows (`&mut [F]`) say which data the callee
//! differentiates ([`Witness`]).
//!
//! A method (`self.h(x, 0.5)`, `m.h(x, 0.5)` of a parameter `m: &Model`) is passed to
//! the trait as the path of its derivative (`<Self>::h_jvp`, `<Model>::h_jvp`) with
//! its receiver as the first argument, whatever its other arguments: the compiler
//! also picks how the method takes its receiver (`receiver`). A method of a field
//! (`self.model.loss(w)`) has no path the macro can name: it is called directly, a
//! constant with its zero tangent, data of hidden type as it is.

use super::receiver::{self, ReceiverShape};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// One argument (or a group of arguments, such as a slice and its shadow) of a
/// derivative call.
#[derive(Clone)]
pub(crate) enum DArg {
    /// `n` arguments passed as written (`tok` is `a` or `a, b`).
    Fixed { tok: TokenStream, n: usize },
    /// A float constant's value; with `tangent`, the callee's `h_jvp`/`h_hvp` takes a
    /// zero tangent right after it if it differentiates its parameter.
    Constant { value: TokenStream, tangent: bool },
    /// Inactive float data (`&self.xs`, `&W`, a slice parameter outside the caller's
    /// `wrt(..)`, `&x[1..]` of one): zeros for its tangent or shadow (`mode`) if the
    /// callee differentiates its parameter, the value as it is otherwise. `direct` is
    /// what a direct call passes (a method of a field, which has no path); `shapes`,
    /// the shapes the callee may take it in.
    Data {
        value: TokenStream,
        mode: DataMode,
        direct: TokenStream,
        shapes: &'static [DataShape],
    },
    /// The receiver of a method called through its path (see `receiver`).
    Receiver { value: TokenStream, mode: DataMode },
    /// `n` arguments a direct call would coerce (an active array `&[F; N]` with its
    /// tangent or shadow, an inactive `&a`): the callee takes them as they are, or all
    /// as slices (`__private::CoerceSlice`). Alone, they pass through a direct call.
    Coercible { tok: TokenStream, n: usize },
}

/// What a callee's derivative takes for a slice parameter it differentiates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DataMode {
    /// `h_jvp`: the slice and its tangent.
    Jvp,
    /// `h_vjp`: the slice and the shadow it adds to.
    Vjp,
    /// `h_hvp`: the slice, its direction and the H·v it writes.
    Hvp,
}

/// The most implementations per call for the shapes of its data arguments: each
/// argument multiplies them by the number of its shapes (four for data that may be an
/// array, two for a slice), up to this; the data arguments past it are passed as they
/// are. 64 is three arrays, or six slices: the bound of three references of hidden
/// type (four shapes each) this replaced, so that no call gets more implementations
/// than one already could (each is an item the compiler checks at every call).
const MAX_DATA_IMPLS: usize = 64;

/// How a callee's derivative takes one data argument.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DataShape {
    /// Outside the callee's `wrt(..)`, a parameter of the argument's own type.
    AsItIs,
    /// Outside the callee's `wrt(..)`, a slice parameter (`&[T]` for `&Vec<T>`, `&[T; N]`),
    /// as a direct call coerces it.
    AsSlice,
    /// Differentiated as a slice `&[F]`: float data with zeros for its tangent or shadow.
    Differentiated,
    /// Differentiated as an array `&[F; N]` (for `&[F; N]` data), with zeros likewise.
    DifferentiatedArray,
}

/// The shapes data of hidden type, or of a visible array type, may be taken in.
pub(crate) const ANY_SHAPE: &[DataShape] = &[
    DataShape::AsItIs,
    DataShape::AsSlice,
    DataShape::Differentiated,
    DataShape::DifferentiatedArray,
];

/// The shapes of `DArg::Coercible`: as written, or as slices.
const COERCIBLE_SHAPES: &[DataShape] = &[DataShape::AsItIs, DataShape::AsSlice];

/// The shapes a slice `&[F]` may be taken in: as it is, or differentiated (a slice
/// coerces to neither another slice nor an array).
pub(crate) const SLICE_SHAPES: &[DataShape] = &[DataShape::AsItIs, DataShape::Differentiated];

impl DArg {
    pub(crate) fn one(tok: TokenStream) -> Self {
        DArg::Fixed { tok, n: 1 }
    }

    pub(crate) fn group(tok: TokenStream, n: usize) -> Self {
        DArg::Fixed { tok, n }
    }

    /// The shapes the callee may take the argument in, when it has a choice.
    fn shapes(&self) -> Option<&'static [DataShape]> {
        match self {
            DArg::Data { shapes, .. } => Some(shapes),
            DArg::Coercible { .. } => Some(COERCIBLE_SHAPES),
            _ => None,
        }
    }

    /// The tokens of the arguments for a direct call (a constant with its zero
    /// tangent, as a callee that differentiates it takes them).
    fn direct(&self, rt: &TokenStream) -> TokenStream {
        match self {
            DArg::Fixed { tok, .. } => tok.clone(),
            DArg::Constant {
                value,
                tangent: false,
            } => value.clone(),
            DArg::Constant {
                value,
                tangent: true,
            } => quote!(#value, #rt::zero_like(&#value)),
            // a method's derivative is called directly: hidden data as it is, visible
            // data with zeros (see `direct` in `DArg::Data`)
            DArg::Data { direct, .. } => direct.clone(),
            DArg::Receiver { value, .. } => value.clone(),
            DArg::Coercible { tok, .. } => tok.clone(),
        }
    }
}

/// What the derivative returns.
#[derive(Clone)]
pub(crate) enum Results {
    /// The same whichever parameters the callee differentiates (`h_jvp`).
    Same,
    /// The value and one adjoint (or H·v entry) per scalar argument of the call, in
    /// order (`h_vjp`, `h_hvp`); per such argument, whether it is a constant (whose
    /// adjoint is zero when the callee does not differentiate it).
    Adjoints(Vec<bool>),
}

/// A call of a callee's derivative `f` (the path, e.g. `scaled_vjp`), for the user's
/// callee `name`, reported at `span`.
pub(crate) struct DerivativeCall<'t> {
    pub f: TokenStream,
    pub name: String,
    pub args: &'t [DArg],
    pub results: Results,
    pub span: Span,
    /// A free function (a method's derivative, `self.h_jvp`, is not a value: it is
    /// called directly, or through `path`).
    pub free: bool,
    /// A method's derivative as a path: the call goes through the trait.
    pub path: Option<MethodPath>,
    /// For `h_jvp` of a free function: the path of its `h_vjp`, and per argument
    /// whether `h_vjp` takes a shadow after it (see [`Witness`]).
    pub witness: Option<Witness>,
}

/// `h_vjp` beside `h_jvp`, to tell which data `h` differentiates. In `h_jvp` a data
/// argument's zero tangent is a `&[F]` like the data, so with two data arguments of
/// one element type, a callee differentiating the first and one differentiating the
/// second take the same parameter types: the compiler could pick neither. `h_vjp`
/// takes a `&mut [F]` shadow after each data argument it differentiates, which tells
/// them apart; it is passed to the trait only as a type, never called.
#[derive(Clone)]
pub(crate) struct Witness {
    pub f: TokenStream,
    /// Per argument, whether `h_vjp` takes a shadow after it (an active slice, array
    /// or buffer) where `h_jvp` takes its tangent.
    pub shadows: Vec<bool>,
}

/// A method's derivative as a value: its path (`<Self>::h_jvp`), the receiver it
/// takes first (`self`), and which derivative it is.
pub(crate) struct MethodPath {
    pub f: TokenStream,
    pub recv: TokenStream,
    pub mode: DataMode,
}

impl DerivativeCall<'_> {
    /// The call as an expression (see the module docs).
    pub(crate) fn expr(&self, rt: &TokenStream) -> TokenStream {
        let tangents = self
            .args
            .iter()
            .any(|a| matches!(a, DArg::Constant { tangent: true, .. }));
        let data = self.args.iter().any(|a| matches!(a, DArg::Data { .. }));
        // a method's receiver, whose shape the compiler picks too
        let receiver = self.args.iter().any(|a| matches!(a, DArg::Receiver { .. }));
        if self.path.is_none() && (!self.free || !(tangents || data || receiver)) {
            // the same arguments whichever parameters the callee differentiates: a
            // direct call (so that a missing callee is one error at the user's call),
            // whose results are brought to one shape
            return self.direct_call(rt);
        }
        if let Some(path) = &self.path {
            // the method's path, a value, with the receiver as its first argument
            let recv = DArg::Receiver {
                value: path.recv.clone(),
                mode: path.mode,
            };
            let args: Vec<DArg> = std::iter::once(recv)
                .chain(self.args.iter().cloned())
                .collect();
            return DerivativeCall {
                f: path.f.clone(),
                name: self.name.clone(),
                args: &args,
                results: self.results.clone(),
                span: self.span,
                free: true,
                path: None,
                // the receiver first, which `h_vjp` takes where `h_jvp` does
                witness: self.witness.as_ref().map(|w| Witness {
                    f: w.f.clone(),
                    shadows: std::iter::once(false)
                        .chain(w.shadows.iter().copied())
                        .collect(),
                }),
            }
            .expr(rt);
        }
        let slots = self.slots();
        let n = slots.len();
        let tys: Vec<Ident> = (0..n).map(|i| format_ident!("__AdA{}", i)).collect();
        let trait_def = self.trait_def();
        // the constants' shape matters when the callee takes tangents for them or
        // returns adjoints for them
        let constants_matter =
            tangents || matches!(&self.results, Results::Adjoints(c) if c.iter().any(|c| *c));
        let constant_shapes: &[bool] = if constants_matter {
            &[true, false]
        } else {
            &[true]
        };
        // the data arguments whose shape the compiler picks, within the budget
        let mut choices: Vec<&'static [DataShape]> = Vec::new();
        let mut product = 1usize;
        for shapes in self.args.iter().filter_map(DArg::shapes) {
            if product * shapes.len() > MAX_DATA_IMPLS {
                break;
            }
            product *= shapes.len();
            choices.push(shapes);
        }
        let receiver_shapes: &[ReceiverShape] = if slots.iter().any(|s| s.receiver.is_some()) {
            &receiver::SHAPES
        } else {
            &[ReceiverShape::Ref]
        };
        let mut impls = TokenStream::new();
        for (&all, &recv) in constant_shapes
            .iter()
            .flat_map(|a| receiver_shapes.iter().map(move |r| (a, r)))
        {
            for mask in 0..product {
                let mut rest = mask;
                let data: Vec<DataShape> = choices
                    .iter()
                    .map(|shapes| {
                        let d = shapes[rest % shapes.len()];
                        rest /= shapes.len();
                        d
                    })
                    .collect();
                impls.extend(self.implementation(rt, &slots, &tys, (all, recv), &data));
            }
        }
        let f = &self.f;
        let toks = self.args.iter().map(|a| match a {
            DArg::Fixed { tok, .. } | DArg::Coercible { tok, .. } => tok.clone(),
            DArg::Constant { value, .. }
            | DArg::Data { value, .. }
            | DArg::Receiver { value, .. } => value.clone(),
        });
        let call = match &self.witness {
            Some(w) => {
                let wf = &w.f;
                quote_spanned!(self.span=> __AdCall::__ad_call((#f, #wf), (#(#toks,)*)))
            }
            None => quote_spanned!(self.span=> __AdCall::__ad_call(#f, (#(#toks,)*))),
        };
        let items = super::forward::located_at(quote!(#trait_def #impls), self.span);
        quote!({
            #items
            #call
        })
    }

    /// `f(args..)` as written, with its results, when they are the value and one
    /// adjoint per scalar argument, passed through [`Self::results_shape`].
    fn direct_call(&self, rt: &TokenStream) -> TokenStream {
        let f = &self.f;
        let mut locals = TokenStream::new();
        let mut constants = Vec::new();
        let direct: Vec<TokenStream> = self
            .args
            .iter()
            .map(|a| match a {
                DArg::Constant { value, tangent } if self.free => {
                    // evaluated once, for the call and for the zero of its adjoint
                    let k = super::forward::mixed(&format!("__ad_k{}", constants.len()));
                    locals.extend(quote!(let #k = #value;));
                    constants.push(k.clone());
                    DArg::Constant {
                        value: quote!(#k),
                        tangent: *tangent,
                    }
                    .direct(rt)
                }
                a => a.direct(rt),
            })
            .collect();
        let call = quote_spanned!(self.span=> #f(#(#direct),*));
        match &self.results {
            Results::Adjoints(consts) if self.free && !consts.is_empty() => {
                // spanned at the call, where the compiler's notes on the trait then point
                let shape = super::forward::located_at(self.results_shape(rt, consts), self.span);
                let fix =
                    quote_spanned!(self.span=> __AdResults::__ad_results(#call, (#(#constants,)*)));
                quote!({ #locals #shape #fix })
            }
            _ if constants.is_empty() => call,
            _ => quote!({ #locals #call }),
        }
    }

    /// A trait bringing the results of `h_vjp` (or `h_hvp`) to one shape, the value
    /// and one entry per scalar argument, whether or not the callee differentiates
    /// the constants among them (`consts`, per scalar argument): a zero for each
    /// constant it does not differentiate, typed like the constant.
    fn results_shape(&self, rt: &TokenStream, consts: &[bool]) -> TokenStream {
        let (message, label, notes) = self.messages();
        let k = consts.iter().filter(|c| **c).count();
        let zs: Vec<Ident> = (0..k).map(|i| format_ident!("__AdZ{}", i)).collect();
        let z_ty = quote!((#(#zs,)*));
        let gs: Vec<Ident> = (0..consts.len())
            .map(|i| format_ident!("__AdG{}", i))
            .collect();
        let all = quote! {
            #[diagnostic::do_not_recommend]
            impl<__AdV, #(#gs,)* #(#zs),*> __AdResults<__AdAll, #z_ty> for (__AdV, #(#gs,)*) {
                type Out = Self;
                #[inline(always)]
                fn __ad_results(self, _: #z_ty) -> Self {
                    self
                }
            }
        };
        // with no constant, one implementation: results of another shape are the
        // trait's error
        let none = if k == 0 {
            TokenStream::new()
        } else {
            let kept: Vec<&Ident> = gs
                .iter()
                .zip(consts)
                .filter(|(_, c)| !**c)
                .map(|(g, _)| g)
                .collect();
            let mut outs = Vec::new();
            let mut out_tys = Vec::new();
            let (mut j, mut kk) = (0usize, 0usize);
            for (g, c) in gs.iter().zip(consts) {
                if *c {
                    let (i, z) = (syn::Index::from(j), &zs[j]);
                    outs.push(quote!(#rt::zero_like(&__ad_z.#i)));
                    out_tys.push(quote!(#z));
                    j += 1;
                } else {
                    kk += 1;
                    let i = syn::Index::from(kk);
                    outs.push(quote!(self.#i));
                    out_tys.push(quote!(#g));
                }
            }
            let (self_ty, value, v_bound) = if kept.is_empty() {
                (quote!(__AdV), quote!(self), quote!(__AdV: #rt::Float,))
            } else {
                (
                    quote!((__AdV, #(#kept,)*)),
                    quote!(self.0),
                    TokenStream::new(),
                )
            };
            quote! {
                #[diagnostic::do_not_recommend]
                impl<__AdV, #(#kept,)* #(#zs),*> __AdResults<__AdNone, #z_ty> for #self_ty
                where
                    #v_bound
                    #(#zs: #rt::Float,)*
                {
                    type Out = (__AdV, #(#out_tys,)*);
                    #[inline(always)]
                    fn __ad_results(self, __ad_z: #z_ty) -> Self::Out {
                        (#value, #(#outs,)*)
                    }
                }
            }
        };
        quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label, #(note = #notes),*)]
            trait __AdResults<__AdM, __AdZ> {
                type Out;
                fn __ad_results(self, constants: __AdZ) -> Self::Out;
            }
            #[allow(dead_code)]
            struct __AdAll;
            #[allow(dead_code)]
            struct __AdNone;
            #all
            #none
        }
    }

    /// The flat list of argument slots: per slot, whether it is a constant and
    /// whether it takes a tangent.
    fn slots(&self) -> Vec<Slot> {
        let mut out = Vec::new();
        let mut choice = 0usize;
        for (j, a) in self.args.iter().enumerate() {
            let k = a.shapes().map(|_| {
                choice += 1;
                choice - 1
            });
            let start = out.len();
            let shadow = self
                .witness
                .as_ref()
                .is_some_and(|w| w.shadows.get(j).copied().unwrap_or(false));
            match a {
                DArg::Coercible { n, .. } => out.extend((0..*n).map(|_| Slot {
                    coercible: true,
                    choice: k,
                    shadow: true,
                    ..Slot::default()
                })),
                DArg::Fixed { n, .. } => out.extend((0..*n).map(|_| Slot {
                    shadow,
                    ..Slot::default()
                })),
                DArg::Constant { tangent, .. } => out.push(Slot {
                    constant: true,
                    tangent: *tangent,
                    ..Slot::default()
                }),
                DArg::Data { mode, .. } => out.push(Slot {
                    data: Some(*mode),
                    choice: k,
                    ..Slot::default()
                }),
                DArg::Receiver { mode, .. } => out.push(Slot {
                    receiver: Some(*mode),
                    ..Slot::default()
                }),
            }
            if let Some(first) = out.get_mut(start) {
                first.lead = true;
            }
        }
        out
    }

    /// The parameter types of `h_vjp` (see [`Witness`]) in the shapes `data`, from
    /// those of `h_jvp` (whose result is `__AdR`), with their bounds.
    fn witness_params(
        &self,
        rt: &TokenStream,
        (slots, tys): (&[Slot], &[Ident]),
        recv: ReceiverShape,
        data: &[DataShape],
    ) -> (Vec<TokenStream>, Vec<TokenStream>) {
        let mut params = Vec::new();
        let mut bounds = Vec::new();
        for (s, ty) in slots.iter().zip(tys) {
            if s.receiver.is_some() {
                // as `receiver` takes it, with a shadow under `wrt(self)` (the bounds
                // are those of `h_jvp`'s)
                let target = quote!(<#ty as ::core::ops::Deref>::Target);
                match recv {
                    ReceiverShape::Ref => params.push(quote!(#ty)),
                    ReceiverShape::Value => params.push(target),
                    ReceiverShape::Struct => {
                        params.push(quote!(#ty));
                        params.push(quote!(&mut #target));
                    }
                }
                continue;
            }
            let shape = s
                .choice
                .and_then(|c| data.get(c).copied())
                .unwrap_or(DataShape::AsItIs);
            if s.data.is_some() {
                match shape {
                    DataShape::AsItIs => params.push(quote!(#ty)),
                    DataShape::AsSlice => params.push(quote!(&[<#ty as #rt::AsSlice>::Item])),
                    DataShape::Differentiated => {
                        let elem = quote!(<#ty as #rt::DataArg>::Elem);
                        params.push(quote!(&[#elem]));
                        params.push(quote!(&mut [#elem]));
                    }
                    DataShape::DifferentiatedArray => {
                        let array = quote!(<#ty as #rt::ArrayArg>::Array);
                        params.push(quote!(&#array));
                        params.push(quote!(&mut #array));
                    }
                }
            } else if !s.lead {
                // a tangent: a shadow in `h_vjp` for data, nothing for a scalar
                if s.shadow && s.coercible && shape == DataShape::AsSlice {
                    let out = quote!(<#ty as #rt::CoerceSlice>::Out);
                    params.push(quote!(<#out as #rt::ShadowOf>::Mut));
                    bounds.push(quote!(#out: #rt::ShadowOf));
                } else if s.shadow {
                    params.push(quote!(<#ty as #rt::ShadowOf>::Mut));
                    bounds.push(quote!(#ty: #rt::ShadowOf));
                }
            } else if s.coercible && shape == DataShape::AsSlice {
                params.push(quote!(<#ty as #rt::CoerceSlice>::Out));
            } else {
                params.push(quote!(#ty));
            }
        }
        // the seed, of the type of the value
        params.push(quote!(<__AdR as #rt::JvpValue>::Value));
        bounds.push(quote!(__AdR: #rt::JvpValue));
        (params, bounds)
    }

    /// The message, label and notes of an error at a call whose callee's derivative
    /// fits no shape.
    fn messages(&self) -> (String, String, Vec<String>) {
        let name = &self.name;
        let mut m = (
            format!("`{name}` takes no derivative for an argument that this call differentiates"),
            format!("an argument of this call is active, but `{name}` does not differentiate its parameter"),
            vec![
                format!("add the parameter to `{name}`'s `wrt(..)`, or pass the argument as `no_grad(..)` to drop its derivative"),
                format!("a float constant or inactive value needs neither, unless the call passes several of them and `{name}` differentiates some but not all: then mark the others `no_grad(..)`"),
                format!("hand-written `{name}_jvp`, `{name}_vjp` and `{name}_hvp` take a tangent (return an adjoint) for each active argument, in order"),
            ],
        );
        if self.args.iter().any(|a| matches!(a, DArg::Data { .. })) {
            m.2.push(format!("float data this call does not differentiate (`&self.xs`, `&W`, a slice outside the caller's `wrt(..)`) gets a zero tangent if `{name}` differentiates its parameter (a `&[F]` or `&[F; N]` of the callee's float type), and is passed as it is (or as the slice it coerces to) otherwise; for a parameter of another type, bind it first with that type (`let xs: &[f64] = &self.xs;`), or pass `no_grad(&self.xs)` for a parameter outside `{name}`'s `wrt(..)`"));
        }
        let combinations = self
            .args
            .iter()
            .filter_map(DArg::shapes)
            .try_fold(1usize, |p, s| {
                Some(p * s.len()).filter(|p| *p <= MAX_DATA_IMPLS)
            });
        if combinations.is_none() {
            m.2.push(format!("this call passes more data than the shapes the macro lets the compiler pick among ({MAX_DATA_IMPLS} combinations: three references or arrays, or six slices); the data past them goes as it is, to a parameter outside `{name}`'s `wrt(..)`: pass fewer data arguments per call (gather them in one slice, or split `{name}`)"));
        }
        m
    }

    fn trait_def(&self) -> TokenStream {
        let (message, label, notes) = self.messages();
        let receivers = if self.args.iter().any(|a| matches!(a, DArg::Receiver { .. })) {
            receiver::marker_defs()
        } else {
            TokenStream::new()
        };
        quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label, #(note = #notes),*)]
            trait __AdCall<__AdM, __AdArgs> {
                type Out;
                fn __ad_call(self, args: __AdArgs) -> Self::Out;
            }
            #[allow(dead_code)]
            struct __AdAll;
            #[allow(dead_code)]
            struct __AdNone;
            #[allow(dead_code)]
            struct __AdSlice;
            #[allow(dead_code)]
            struct __AdArr;
            #receivers
        }
    }

    /// The implementation for a callee that differentiates every constant (`all`) or
    /// none of them, takes a method's receiver as `recv`, and, per argument with a
    /// choice of shapes (`data`, in order; later ones are passed as they are), how it
    /// takes that one.
    fn implementation(
        &self,
        rt: &TokenStream,
        slots: &[Slot],
        tys: &[Ident],
        (all, recv): (bool, ReceiverShape),
        data: &[DataShape],
    ) -> TokenStream {
        let tuple_ty = quote!((#(#tys,)*));
        // no scalar argument: the derivative returns the value alone (a function of
        // slices), whichever its data shapes
        let same = Results::Same;
        let results = match &self.results {
            Results::Adjoints(c) if c.is_empty() => &same,
            r => r,
        };
        let marker = if all {
            quote!(__AdAll)
        } else {
            quote!(__AdNone)
        };
        let data_markers = data.iter().map(|d| match d {
            DataShape::AsItIs => quote!(__AdNone),
            DataShape::AsSlice => quote!(__AdSlice),
            DataShape::Differentiated => quote!(__AdAll),
            DataShape::DifferentiatedArray => quote!(__AdArr),
        });
        let recv_marker = slots
            .iter()
            .any(|s| s.receiver.is_some())
            .then(|| recv.marker());
        let marker = quote!((#marker, #(#data_markers,)* #recv_marker));
        // the callee's parameter types and arguments
        let mut params = Vec::new();
        let mut args = Vec::new();
        let mut bounds = Vec::new();
        // zeros for the data the callee differentiates, made before the call
        let mut data_zeros = TokenStream::new();
        for (k, (s, ty)) in slots.iter().zip(tys).enumerate() {
            let i = syn::Index::from(k);
            if let Some(mode) = s.receiver {
                let parts = receiver::Parts {
                    params: &mut params,
                    args: &mut args,
                    bounds: &mut bounds,
                    zeros: &mut data_zeros,
                };
                recv.slot(rt, (k, ty), mode, parts);
                continue;
            }
            let shape = s
                .choice
                .and_then(|c| data.get(c).copied())
                .unwrap_or(DataShape::AsItIs);
            if s.coercible && shape == DataShape::AsSlice {
                params.push(quote!(<#ty as #rt::CoerceSlice>::Out));
                args.push(quote!(<#ty as #rt::CoerceSlice>::coerce(__ad_a.#i)));
                bounds.push(quote!(#ty: #rt::CoerceSlice));
                continue;
            }
            if let Some(mode) = s.data {
                match shape {
                    DataShape::AsItIs => {}
                    DataShape::AsSlice => {
                        params.push(quote!(&[<#ty as #rt::AsSlice>::Item]));
                        args.push(quote!(<#ty as #rt::AsSlice>::as_slice(&__ad_a.#i)));
                        bounds.push(quote!(#ty: #rt::AsSlice));
                        continue;
                    }
                    DataShape::Differentiated => {
                        self.data_slot(
                            rt,
                            (k, ty),
                            mode,
                            (&mut params, &mut args),
                            &mut data_zeros,
                        );
                        bounds.push(quote!(#ty: #rt::DataArg));
                        continue;
                    }
                    DataShape::DifferentiatedArray => {
                        array_slot(rt, (k, ty), mode, (&mut params, &mut args), &mut data_zeros);
                        bounds.push(quote!(#ty: #rt::ArrayArg));
                        continue;
                    }
                }
            }
            params.push(quote!(#ty));
            args.push(quote!(__ad_a.#i));
            if s.constant && (all && s.tangent || !all && matches!(results, Results::Adjoints(_))) {
                bounds.push(quote!(#ty: #rt::Float));
            }
            if all && s.tangent {
                params.push(quote!(#ty));
                args.push(quote!(#rt::zero_like(&__ad_a.#i)));
            }
        }
        let (ret, out, body) = match results {
            Results::Same => (
                quote!(__AdR),
                quote!(__AdR),
                quote!({ #data_zeros __ad_f(#(#args),*) }),
            ),
            Results::Adjoints(consts) => {
                let gs: Vec<Ident> = (0..consts.len())
                    .map(|i| format_ident!("__AdG{}", i))
                    .collect();
                let full = quote!((__AdV, #(#gs,)*));
                if all {
                    (
                        full.clone(),
                        full,
                        quote!({ #data_zeros __ad_f(#(#args),*) }),
                    )
                } else {
                    // the adjoints of the constants are zero, typed like the constant
                    let kept: Vec<&Ident> = gs
                        .iter()
                        .zip(consts)
                        .filter(|(_, c)| !**c)
                        .map(|(g, _)| g)
                        .collect();
                    let mut constant_slots = (0..slots.len()).filter(|&i| slots[i].constant);
                    let mut zeros = TokenStream::new();
                    let mut outs = Vec::new();
                    let mut out_tys = Vec::new();
                    let mut k_kept = 0usize;
                    for (k, (g, c)) in gs.iter().zip(consts).enumerate() {
                        if *c {
                            let slot = constant_slots.next().unwrap_or(0);
                            let (i, ty, z) = (
                                syn::Index::from(slot),
                                &tys[slot],
                                format_ident!("__ad_z{}", k),
                            );
                            zeros.extend(quote!(let #z = #rt::zero_like(&__ad_a.#i);));
                            outs.push(quote!(#z));
                            out_tys.push(quote!(#ty));
                        } else {
                            k_kept += 1;
                            let i = syn::Index::from(k_kept);
                            outs.push(quote!(__ad_r.#i));
                            out_tys.push(quote!(#g));
                        }
                    }
                    let value = if kept.is_empty() {
                        bounds.push(quote!(__AdV: #rt::Float));
                        quote!(__ad_r)
                    } else {
                        quote!(__ad_r.0)
                    };
                    let ret = if kept.is_empty() {
                        quote!(__AdV)
                    } else {
                        quote!((__AdV, #(#kept,)*))
                    };
                    let out = quote!((__AdV, #(#out_tys,)*));
                    let body = quote!({
                        #zeros
                        #data_zeros
                        let __ad_r = __ad_f(#(#args),*);
                        (#value, #(#outs,)*)
                    });
                    (ret, out, body)
                }
            }
        };
        let gens = match results {
            Results::Same => quote!(__AdR),
            Results::Adjoints(consts) => {
                // the constants' adjoints are the callee's only when it takes them
                let gs = (0..consts.len())
                    .filter(|&i| all || !consts[i])
                    .map(|i| format_ident!("__AdG{}", i));
                quote!(__AdV #(, #gs)*)
            }
        };
        if self.witness.is_some() {
            let (wparams, wbounds) = self.witness_params(rt, (slots, tys), recv, data);
            return quote! {
                #[diagnostic::do_not_recommend]
                impl<__AdF, __AdWF, __AdWR, #gens, #(#tys),*> __AdCall<#marker, #tuple_ty> for (__AdF, __AdWF)
                where
                    __AdF: ::core::ops::FnOnce(#(#params),*) -> #ret,
                    __AdWF: ::core::ops::FnOnce(#(#wparams),*) -> __AdWR,
                    #(#bounds,)*
                    #(#wbounds,)*
                {
                    type Out = #out;
                    #[inline(always)]
                    fn __ad_call(self, __ad_a: #tuple_ty) -> #out {
                        let (__ad_f, _) = self;
                        #body
                    }
                }
            };
        }
        quote! {
            #[diagnostic::do_not_recommend]
            impl<__AdF, #gens, #(#tys),*> __AdCall<#marker, #tuple_ty> for __AdF
            where
                __AdF: ::core::ops::FnOnce(#(#params),*) -> #ret,
                #(#bounds,)*
            {
                type Out = #out;
                #[inline(always)]
                fn __ad_call(self, __ad_a: #tuple_ty) -> #out {
                    let __ad_f = self;
                    #body
                }
            }
        }
    }
}

impl DerivativeCall<'_> {
    /// The parameters and arguments of data of hidden type (slot `k` of type `ty`)
    /// that the callee differentiates: the data as a slice, with zeros for its tangent
    /// (`h_jvp`), its shadow (`h_vjp`, dropped) or its direction and H·v (`h_hvp`),
    /// made into `zeros` before the call.
    fn data_slot(
        &self,
        rt: &TokenStream,
        (k, ty): (usize, &Ident),
        mode: DataMode,
        (params, args): (&mut Vec<TokenStream>, &mut Vec<TokenStream>),
        zeros: &mut TokenStream,
    ) {
        let i = syn::Index::from(k);
        let elem = quote!(<#ty as #rt::DataArg>::Elem);
        let (t, h) = (format_ident!("__ad_t{}", k), format_ident!("__ad_h{}", k));
        params.push(quote!(&[#elem]));
        args.push(quote!(<#ty as #rt::DataArg>::data(&__ad_a.#i)));
        if mode != DataMode::Vjp {
            zeros.extend(quote!(let mut #t = <#ty as #rt::DataArg>::zeros(&__ad_a.#i);));
            params.push(quote!(&[#elem]));
            args.push(quote!(&*<#ty as #rt::DataArg>::zeros_mut(&mut #t)));
        }
        if mode != DataMode::Jvp {
            zeros.extend(quote!(let mut #h = <#ty as #rt::DataArg>::zeros(&__ad_a.#i);));
            params.push(quote!(&mut [#elem]));
            args.push(quote!(<#ty as #rt::DataArg>::zeros_mut(&mut #h)));
        }
    }
}

/// [`DerivativeCall::data_slot`] for a callee taking the data as an array `&[F; N]`:
/// the zeros are arrays on the stack.
fn array_slot(
    rt: &TokenStream,
    (k, ty): (usize, &Ident),
    mode: DataMode,
    (params, args): (&mut Vec<TokenStream>, &mut Vec<TokenStream>),
    zeros: &mut TokenStream,
) {
    let i = syn::Index::from(k);
    let array = quote!(<#ty as #rt::ArrayArg>::Array);
    let (t, h) = (format_ident!("__ad_t{}", k), format_ident!("__ad_h{}", k));
    params.push(quote!(&#array));
    args.push(quote!(<#ty as #rt::ArrayArg>::array(&__ad_a.#i)));
    if mode != DataMode::Vjp {
        zeros.extend(quote!(let #t = <#ty as #rt::ArrayArg>::zero_array(&__ad_a.#i);));
        params.push(quote!(&#array));
        args.push(quote!(&#t));
    }
    if mode != DataMode::Jvp {
        zeros.extend(quote!(let mut #h = <#ty as #rt::ArrayArg>::zero_array(&__ad_a.#i);));
        params.push(quote!(&mut #array));
        args.push(quote!(&mut #h));
    }
}

/// One argument of the callee's primal signature, as the call passes it.
#[derive(Clone, Copy, Default)]
struct Slot {
    constant: bool,
    tangent: bool,
    /// Data, and what the derivative takes for it if differentiated.
    data: Option<DataMode>,
    /// The first slot of an argument (the others are its tangent or shadow).
    lead: bool,
    /// For [`Witness`]: `h_vjp` takes a shadow where `h_jvp` takes this argument's
    /// tangent (the slots after the first).
    shadow: bool,
    /// One of a group of arguments a direct call would coerce (`DArg::Coercible`).
    coercible: bool,
    /// The index of the argument's shape among the call's choices.
    choice: Option<usize>,
    /// A method's receiver, and which derivative takes it (see `receiver`).
    receiver: Option<DataMode>,
}

/// The arguments of a derivative call of `c`, from the tokens passed for each of the
/// user's arguments (`toks`, one entry per argument, as the direct call passes them)
/// and the value of each (`values`, read for constants and data). With `tangent`, a
/// scalar argument is followed by its tangent (`h_jvp`, `h_hvp`); a slice, array or
/// buffer argument is `n_data` arguments (with its tangent, shadow or H·v buffer).
pub(crate) fn args_of(
    f: &crate::ir::Func,
    c: &crate::ir::Call,
    toks: &[TokenStream],
    values: &[TokenStream],
    tangent: bool,
    n_data: usize,
) -> Vec<DArg> {
    use crate::ir::{Atom, CallArg};
    let mode = match (tangent, n_data) {
        (false, _) => DataMode::Vjp,
        (true, 3) => DataMode::Hvp,
        (true, _) => DataMode::Jvp,
    };
    c.args
        .iter()
        .zip(toks.iter().zip(values))
        .map(|(a, (tok, value))| match a {
            CallArg::Active(Atom::Const(_)) => DArg::Constant {
                value: value.clone(),
                tangent,
            },
            CallArg::Active(Atom::Var(_)) => DArg::group(tok.clone(), 1 + usize::from(tangent)),
            a if coercible(f, a) => DArg::Coercible {
                tok: tok.clone(),
                n: if matches!(a, CallArg::Inactive(_)) {
                    1
                } else {
                    n_data
                },
            },
            CallArg::Inactive(_) => DArg::one(tok.clone()),
            CallArg::HiddenData(_) => DArg::Data {
                value: tok.clone(),
                mode,
                direct: tok.clone(),
                shapes: ANY_SHAPE,
            },
            CallArg::ConstSlice(i) => DArg::Data {
                value: value.clone(),
                mode,
                direct: tok.clone(),
                shapes: visible_data_shapes(f, i),
            },
            _ => DArg::group(tok.clone(), n_data),
        })
        .collect()
}

/// Per scalar argument of `c` (the ones whose adjoints `h_vjp` returns), whether it
/// is a constant.
pub(crate) fn constant_scalars(c: &crate::ir::Call) -> Vec<bool> {
    use crate::ir::{Atom, CallArg};
    c.args
        .iter()
        .filter_map(|a| match a {
            CallArg::Active(at) => Some(matches!(at, Atom::Const(_))),
            _ => None,
        })
        .collect()
}

/// The shapes a callee may take data of visible type in (`CallArg::ConstSlice`): a part
/// `&x[a..b]` and a parameter `x: &[F]` are slices; an array parameter, a local or a
/// `const` array may go as an array too (each shape more doubles the implementations).
pub(crate) fn visible_data_shapes(
    f: &crate::ir::Func,
    i: &crate::ir::Inact,
) -> &'static [DataShape] {
    let mut e = &i.expr;
    if let syn::Expr::Reference(r) = e {
        e = &r.expr;
    }
    let slice_param = |p: &syn::ExprPath| {
        f.params.iter().any(|q| {
            p.path.is_ident(&q.ident)
                && matches!(&q.ty, syn::Type::Reference(r) if matches!(&*r.elem, syn::Type::Slice(_)))
        })
    };
    match e {
        syn::Expr::Index(ix) if matches!(&*ix.index, syn::Expr::Range(_)) => SLICE_SHAPES,
        syn::Expr::Path(p) if slice_param(p) => SLICE_SHAPES,
        _ => ANY_SHAPE,
    }
}

/// Whether a direct call would coerce the argument to a slice where the callee takes
/// one: an active array (a parameter `&[F; N]`, a local array) with its tangent or
/// shadow, or an inactive reference to a named value or a field (`&v`, `no_grad(&v)`,
/// `no_grad(&m.data)`; a part `&v[a..b]` is a slice already).
pub(crate) fn coercible(f: &crate::ir::Func, a: &crate::ir::CallArg) -> bool {
    use crate::ir::CallArg;
    match a {
        CallArg::Slice(p) => {
            matches!(&f.params[*p].ty, syn::Type::Reference(r) if matches!(&*r.elem, syn::Type::Array(_)))
        }
        CallArg::Arr(_) => true,
        CallArg::Inactive(i) => reference_to_named(&i.expr),
        _ => false,
    }
}

/// `&v`, `&m.w` or `no_grad(..)` of one, with `v`, `m` names.
fn reference_to_named(e: &syn::Expr) -> bool {
    fn named(e: &syn::Expr) -> bool {
        match e {
            syn::Expr::Path(p) => p.path.get_ident().is_some(),
            syn::Expr::Field(f) => named(&f.base),
            _ => false,
        }
    }
    match e {
        syn::Expr::Paren(p) => reference_to_named(&p.expr),
        syn::Expr::Reference(r) => r.mutability.is_none() && named(&r.expr),
        syn::Expr::Call(c) => {
            matches!(&*c.func, syn::Expr::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "no_grad"))
                && c.args.len() == 1
                && reference_to_named(&c.args[0])
        }
        _ => false,
    }
}
