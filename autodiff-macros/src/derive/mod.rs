//! `#[derive(Differentiable)]`: the runtime's `Differentiable` trait for a struct (its
//! float leaves visited field by field), and one hidden marker method per field, which
//! the code `#[differentiable]` generates calls to check at compile time that a field
//! it differentiates is not `#[no_grad]`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident};

/// Expands the derive. Never panics; errors become `compile_error!`.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    match syn::parse2::<DeriveInput>(input).and_then(|d| derive(&d)) {
        Ok(ts) => ts,
        Err(e) => e.to_compile_error(),
    }
}

/// One field of the struct.
struct Field {
    ident: Ident,
    ty: syn::Type,
    vis: syn::Visibility,
    no_grad: bool,
}

/// The name of the hidden marker method of field `name`.
pub(crate) fn marker_method(name: &str, span: Span) -> Ident {
    format_ident!(
        "__differentiable_field_{}",
        name.trim_start_matches("r#"),
        span = span
    )
}

fn derive(d: &DeriveInput) -> syn::Result<TokenStream> {
    let fields = fields(d)?;
    let rt = quote!(::differentiable::__private);
    let active: Vec<&Field> = fields.iter().filter(|f| !f.no_grad).collect();
    let Some(first) = active.first() else {
        return Err(syn::Error::new(
            d.ident.span(),
            "`#[derive(Differentiable)]` needs at least one differentiable field (a float, a float array, a `Vec` of floats or a differentiable struct); every field here is `#[no_grad]`",
        ));
    };
    let name = &d.ident;
    let (impl_g, ty_g, where_clause) = d.generics.split_for_impl();
    let type_params: Vec<&Ident> = d.generics.type_params().map(|t| &t.ident).collect();
    // the float type, read from the first field that shows it (a projection of a
    // nested struct's otherwise: a where-clause over projections of concrete types
    // would not resolve)
    let scalar = match active
        .iter()
        .find_map(|f| visible_scalar(&f.ty, &type_params))
    {
        Some(t) => quote!(#t),
        None => {
            let t = &first.ty;
            quote!(<#t as #rt::Differentiable>::Scalar)
        }
    };
    let mut preds: Vec<TokenStream> = where_clause
        .map(|w| w.predicates.iter().map(|p| quote!(#p)).collect())
        .unwrap_or_default();
    // generic fields need bounds; concrete ones are checked where they are used
    if !type_params.is_empty() {
        preds.push(quote!(#scalar: #rt::Float));
        for f in &active {
            let ty = &f.ty;
            preds.push(quote_spanned!(ty.span()=> #ty: #rt::Differentiable<Scalar = #scalar>));
        }
    }
    let markers = fields.iter().map(|f| {
        let m = marker_method(&f.ident.to_string(), f.ident.span());
        let vis = &f.vis;
        let marker = if f.no_grad {
            quote!(#rt::NoGradField)
        } else {
            quote!(#rt::ActiveField)
        };
        quote! {
            #[doc(hidden)]
            #[inline(always)]
            #[allow(dead_code, non_snake_case)]
            #vis fn #m(&self) -> #marker { #marker }
        }
    });
    let field_types = fields.iter().map(|f| {
        let h = crate::structs::field_hash(&f.ident.to_string());
        let ty = &f.ty;
        quote! {
            #[automatically_derived]
            #[doc(hidden)]
            impl #impl_g #rt::FieldType<#h> for #name #ty_g #where_clause {
                type Ty = #ty;
            }
        }
    });
    // each field's part spanned at its type, so that a field that is not
    // differentiable is reported there
    let each = |f: &&Field, body: &dyn Fn(&Ident) -> TokenStream| {
        let span = f.ty.span();
        crate::structs::respan(&body(&f.ident), span)
    };
    let count: Vec<TokenStream> = active
        .iter()
        .map(|f| {
            each(
                f,
                &|id| quote!(+ #rt::Differentiable::leaf_count(&self.#id)),
            )
        })
        .collect();
    let visit: Vec<TokenStream> = active
        .iter()
        .map(|f| {
            each(
                f,
                &|id| quote!(#rt::Differentiable::for_each_leaf(&self.#id, f);),
            )
        })
        .collect();
    let visit_mut: Vec<TokenStream> = active
        .iter()
        .map(|f| {
            each(
                f,
                &|id| quote!(#rt::Differentiable::for_each_leaf_mut(&mut self.#id, f);),
            )
        })
        .collect();
    let zip_mut: Vec<TokenStream> = active
        .iter()
        .map(|f| {
            each(
                f,
                &|id| quote!(#rt::Differentiable::zip_leaves_mut(&mut self.#id, &other.#id, f);),
            )
        })
        .collect();
    let zip: Vec<TokenStream> = active
        .iter()
        .map(|f| {
            each(
                f,
                &|id| quote!(#rt::Differentiable::zip_leaves(&self.#id, &other.#id, f);),
            )
        })
        .collect();
    Ok(quote! {
        #(#field_types)*
        #[automatically_derived]
        impl #impl_g #rt::Differentiable for #name #ty_g where #(#preds,)* Self: ::core::clone::Clone {
            type Scalar = #scalar;
            #[inline]
            fn leaf_count(&self) -> usize {
                0 #(#count)*
            }
            #[inline]
            fn for_each_leaf<__G: ::core::ops::FnMut(Self::Scalar)>(&self, f: &mut __G) {
                #(#visit)*
            }
            #[inline]
            fn for_each_leaf_mut<__G: ::core::ops::FnMut(&mut Self::Scalar)>(&mut self, f: &mut __G) {
                #(#visit_mut)*
            }
            #[inline]
            fn zip_leaves_mut<__G: ::core::ops::FnMut(&mut Self::Scalar, Self::Scalar)>(&mut self, other: &Self, f: &mut __G) {
                #(#zip_mut)*
            }
            #[inline]
            fn zip_leaves<__G: ::core::ops::FnMut(Self::Scalar, Self::Scalar)>(&self, other: &Self, f: &mut __G) {
                #(#zip)*
            }
        }
        #[automatically_derived]
        impl #impl_g #name #ty_g #where_clause {
            #(#markers)*
        }
    })
}

/// The named fields, with their `#[no_grad]` marks.
fn fields(d: &DeriveInput) -> syn::Result<Vec<Field>> {
    let st = match &d.data {
        Data::Struct(s) => s,
        Data::Enum(e) => return Err(syn::Error::new(e.enum_token.span, "`#[derive(Differentiable)]` supports structs with named fields, not enums; put the parameters of each variant in a struct of their own")),
        Data::Union(u) => return Err(syn::Error::new(u.union_token.span, "`#[derive(Differentiable)]` supports structs with named fields, not unions")),
    };
    let named = match &st.fields {
        Fields::Named(n) => n,
        Fields::Unnamed(u) => return Err(syn::Error::new(u.span(), "`#[derive(Differentiable)]` supports structs with named fields, not tuple structs: name the fields, `struct Linear { w: [f64; 3], b: f64 }`")),
        Fields::Unit => return Err(syn::Error::new(d.ident.span(), "`#[derive(Differentiable)]` needs a struct with named fields; a unit struct has no parameters")),
    };
    let mut out = Vec::new();
    for f in &named.named {
        let mut no_grad = false;
        for a in &f.attrs {
            if a.path().is_ident("no_grad") {
                if !matches!(a.meta, syn::Meta::Path(_)) {
                    return Err(syn::Error::new_spanned(
                        a,
                        "`#[no_grad]` takes no arguments",
                    ));
                }
                no_grad = true;
            }
        }
        let Some(ident) = f.ident.clone() else {
            continue;
        };
        out.push(Field {
            ident,
            ty: f.ty.clone(),
            vis: f.vis.clone(),
            no_grad,
        });
    }
    Ok(out)
}

/// The float type of a field whose syntax shows it: `f32`, `f64` or a type parameter,
/// inside arrays, `Vec<..>` and `Box<[..]>`.
fn visible_scalar<'t>(ty: &'t syn::Type, type_params: &[&Ident]) -> Option<&'t syn::Type> {
    match ty {
        syn::Type::Array(a) => visible_scalar(&a.elem, type_params),
        syn::Type::Slice(a) => visible_scalar(&a.elem, type_params),
        syn::Type::Paren(p) => visible_scalar(&p.elem, type_params),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            if let Some(id) = p.path.get_ident() {
                if id == "f32" || id == "f64" || type_params.contains(&id) {
                    return Some(ty);
                }
            }
            if last.ident == "Vec" || last.ident == "Box" {
                if let syn::PathArguments::AngleBracketed(a) = &last.arguments {
                    if let Some(syn::GenericArgument::Type(t)) = a.args.first() {
                        return visible_scalar(t, type_params);
                    }
                }
            }
            None
        }
        _ => None,
    }
}
