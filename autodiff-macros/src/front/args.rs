//! The options of `#[differentiable(...)]`: `wrt(a, b)`, `no_hvp`, `crate = path`,
//! `float = Alias` and `checkpoint = s`.

use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, Path, Token};

/// Parsed attribute arguments.
#[derive(Default)]
pub(crate) struct Args {
    /// Only these parameters are active, when given.
    pub wrt: Option<Vec<Ident>>,
    /// Path of the crate that re-exports the runtime (default `::differentiable`).
    pub krate: Option<Path>,
    /// Generate no `f_hvp` (first-order rules only, for callees without `h_hvp`).
    pub no_hvp: bool,
    /// Type aliases of a float (`type Real = f64;`) that the function's signature uses:
    /// the macro cannot see an alias's definition, so it is told.
    pub float: Vec<Ident>,
    /// `checkpoint = s`: the reverse sweep reverses the top-level loops with at most
    /// `s` snapshots (see `emit::checkpoint`).
    pub checkpoint: Option<syn::Expr>,
    /// Parameters of a flattened function (see `crate::structs`) that are references to
    /// structs passed on to differentiable calls: active, with shadows like slices.
    /// Never parsed; set by the struct pass.
    pub struct_refs: Vec<Ident>,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = Args::default();
        while !input.is_empty() {
            if input.peek(Token![crate]) {
                let kw: Token![crate] = input.parse()?;
                if args.krate.is_some() {
                    return Err(syn::Error::new(kw.span, "duplicate option `crate`"));
                }
                input.parse::<Token![=]>()?;
                args.krate = Some(input.call(Path::parse_mod_style)?);
            } else {
                let key: Ident = input.parse()?;
                if key == "no_hvp" {
                    if args.no_hvp {
                        return Err(syn::Error::new(key.span(), "duplicate option `no_hvp`"));
                    }
                    args.no_hvp = true;
                    if !input.is_empty() {
                        input.parse::<Token![,]>()?;
                    }
                    continue;
                }
                if key == "float" {
                    input.parse::<Token![=]>()?;
                    let alias: Ident = input.parse()?;
                    if args.float.contains(&alias) {
                        return Err(syn::Error::new(
                            alias.span(),
                            format!("`float = {alias}` is given twice"),
                        ));
                    }
                    args.float.push(alias);
                    if !input.is_empty() {
                        input.parse::<Token![,]>()?;
                    }
                    continue;
                }
                if key == "checkpoint" {
                    if args.checkpoint.is_some() {
                        return Err(syn::Error::new(key.span(), "duplicate option `checkpoint`"));
                    }
                    input.parse::<Token![=]>()?;
                    args.checkpoint = Some(checkpoint_count(input)?);
                    if !input.is_empty() {
                        input.parse::<Token![,]>()?;
                    }
                    continue;
                }
                if key != "wrt" {
                    return Err(syn::Error::new(
                        key.span(),
                        format!("unknown option `{key}` of #[differentiable]; expected `wrt(a, b)`, `no_hvp`, `crate = path`, `float = Alias` or `checkpoint = s`"),
                    ));
                }
                if args.wrt.is_some() {
                    return Err(syn::Error::new(key.span(), "duplicate option `wrt`"));
                }
                let content;
                syn::parenthesized!(content in input);
                // `self` is a keyword: `wrt(self)` makes the receiver active
                let names = Punctuated::<Ident, Token![,]>::parse_terminated_with(
                    &content,
                    syn::ext::IdentExt::parse_any,
                )?;
                if names.is_empty() {
                    return Err(syn::Error::new(
                        key.span(),
                        "`wrt()` names no parameter; name at least one, e.g. `wrt(x)`",
                    ));
                }
                args.wrt = Some(names.into_iter().collect());
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(args)
    }
}

/// The snapshot count of `checkpoint = s`: a positive integer literal or the path of a
/// `usize` constant.
fn checkpoint_count(input: ParseStream) -> syn::Result<syn::Expr> {
    let e: syn::Expr = input.parse()?;
    // a `macro_rules!` fragment arrives in an invisible group
    let mut bare = &e;
    while let syn::Expr::Group(g) = bare {
        bare = &g.expr;
    }
    match bare {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) => {
            if i.base10_parse::<usize>()? == 0 {
                return Err(syn::Error::new(
                    i.span(),
                    "`checkpoint = 0` keeps no snapshot; give at least 1 (more snapshots, less recomputation)",
                ));
            }
            Ok(e)
        }
        syn::Expr::Path(_) => Ok(e),
        _ => Err(syn::Error::new_spanned(
            &e,
            "`checkpoint = s` takes the number of snapshots as an integer literal or a `usize` constant, e.g. `checkpoint = 32`",
        )),
    }
}
