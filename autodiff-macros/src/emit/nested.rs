//! The shims of nested derivative calls (see `lower::nested`): closures written at the
//! top of a generated function, with the signatures the emission of calls expects of
//! a callee `h` returning an array (`h(args)`, `h_jvp(args with tangents)`,
//! `h_vjp(args, seed)`), computed from the callee's `g_grad` and `g_hvp`.
//!
//! With `g`'s gradient `d` and Hessian `H` at the call's arguments `x`:
//! - `g_grad(x) = (g, d)`: along `ẋ` its tangent is `(d·ẋ, Hẋ)`; pulled back from
//!   `(s₀, s)` it gives `s₀d + Hs` (the Hessian is symmetric).
//! - `g_jvp(x, u) = (g, d·u)`: along `(ẋ, u̇)` its tangent is `(d·ẋ, uᵀHẋ + d·u̇)`;
//!   pulled back from `(s₀, s₁)` it gives `x̄ = s₀d + s₁Hu`, `ū = s₁d`.
//! - `g_vjp(x, σ) = (g, σd)`: along `(ẋ, σ̇)` its tangent is `(d·ẋ, σ̇d + σHẋ)`;
//!   pulled back from `(s₀, s)` it gives `x̄ = s₀d + σHs`, `σ̄ = s·d`.

use super::Kind;
use crate::ir::{Func, NestedCall, NestedKind};
use crate::lower::nested::{nested_suffix, sibling};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// The shims a generated function of `kind` calls: the primal and `_jvp` ones in
/// forward mode, the primal and `_vjp` ones in reverse mode.
pub(crate) fn shims(f: &Func, kind: Kind, rt: &TokenStream) -> TokenStream {
    f.nested
        .iter()
        .map(|n| {
            if let Some((at, len)) = &n.into {
                return into_shims(n, *at, len, kind, rt);
            }
            let parts = Parts::new(n);
            let mut ts = parts.wrt_check(rt);
            ts.extend(parts.primal());
            ts.extend(match kind {
                Kind::Jvp if n.outside_wrt => parts.outside_wrt_jvp(rt),
                Kind::Vjp | Kind::Grad if n.outside_wrt => parts.outside_wrt_vjp(),
                Kind::Jvp => parts.jvp(),
                Kind::Vjp | Kind::Grad => parts.vjp(),
                // refused before emission (`lower::nested::hvp_refused`)
                Kind::Hvp => TokenStream::new(),
            });
            ts
        })
        .collect()
}

/// What the three shims of one call share.
struct Parts<'a> {
    n: &'a NestedCall,
    /// One parameter per argument of the call.
    args: Vec<Ident>,
    /// The tangent parameter of each argument (used for floats only).
    tans: Vec<Ident>,
    /// The float arguments, by index, in the roles of their kind: the values `g`
    /// differentiates, and (`g_jvp`) their tangents or (`g_vjp`) the seed.
    xs: Vec<usize>,
    us: Vec<usize>,
    /// `g`'s gradient, one name per value it differentiates.
    ds: Vec<Ident>,
    hs: Vec<Ident>,
}

fn m(name: String) -> Ident {
    Ident::new(&name, Span::mixed_site())
}

impl<'a> Parts<'a> {
    fn new(n: &'a NestedCall) -> Self {
        let floats: Vec<usize> = (0..n.floats.len()).filter(|&i| n.floats[i]).collect();
        let (xs, us) = match n.kind {
            NestedKind::Grad => (floats, Vec::new()),
            // pairs: each float argument followed by its tangent
            NestedKind::Jvp => (
                floats.iter().step_by(2).copied().collect(),
                floats.iter().skip(1).step_by(2).copied().collect(),
            ),
            NestedKind::Vjp => {
                let (x, s) = floats.split_at(floats.len() - 1);
                (x.to_vec(), s.to_vec())
            }
        };
        let k = xs.len();
        Parts {
            n,
            args: (0..n.floats.len())
                .map(|i| m(format!("__ad_a{i}")))
                .collect(),
            tans: (0..n.floats.len())
                .map(|i| m(format!("__ad_t{i}")))
                .collect(),
            xs,
            us,
            ds: (0..k).map(|i| m(format!("__ad_d{i}"))).collect(),
            hs: (0..k).map(|i| m(format!("__ad_h{i}"))).collect(),
        }
    }

    fn f(&self) -> &syn::Type {
        &self.n.float_ty
    }

    fn path(&self, suffix: &str) -> TokenStream {
        let p = sibling(&self.n.callee, suffix);
        quote!(#p)
    }

    /// The closure parameters: each argument (floats typed), and after each float its
    /// tangent when `tangents`.
    fn params(&self, tangents: bool) -> Vec<TokenStream> {
        let f = self.f();
        let mut ps = Vec::new();
        for (i, a) in self.args.iter().enumerate() {
            if self.n.floats[i] {
                ps.push(quote!(#a: #f));
                if tangents {
                    let t = &self.tans[i];
                    ps.push(quote!(#t: #f));
                }
            } else {
                ps.push(quote!(#a));
            }
        }
        ps
    }

    /// `let (v, d..) = g_grad(x..);` at the arguments (without `g_jvp`'s tangents or
    /// `g_vjp`'s seed).
    fn gradient(&self) -> TokenStream {
        let grad = self.path("grad");
        let args: Vec<&Ident> = (0..self.args.len())
            .filter(|i| !self.us.contains(i))
            .map(|i| &self.args[i])
            .collect();
        let ds = &self.ds;
        let v = m("__ad_v".into());
        let pat = quote_spanned!(self.n.span=> (#v, #(#ds),*));
        quote!(let #pat = #grad(#(#args),*);)
    }

    /// `let (_, h..) = g_hvp(x, dir(x)..);`, the direction of the value `g`
    /// differentiates at position `j` given by `dir(j)`.
    fn hvp(&self, dir: impl Fn(usize) -> TokenStream) -> TokenStream {
        let hvp = self.path("hvp");
        let mut args = Vec::new();
        for (i, a) in self.args.iter().enumerate() {
            if self.us.contains(&i) {
                // `g_jvp`'s tangent (`g_hvp` takes the direction in its place) or
                // `g_vjp`'s seed
                continue;
            }
            args.push(quote!(#a));
            if let Some(j) = self.xs.iter().position(|x| *x == i) {
                args.push(dir(j));
            }
        }
        let hs = &self.hs;
        let pat = quote_spanned!(self.n.span=> (_, #(#hs),*));
        quote!(let #pat = #hvp(#(#args),*);)
    }

    /// `Σ d_j·w(j)`.
    fn dot(&self, w: impl Fn(usize) -> TokenStream) -> TokenStream {
        let terms = self.ds.iter().enumerate().map(|(j, d)| {
            let wj = w(j);
            quote!(#d * #wj)
        });
        quote!((#(#terms)+*))
    }

    fn arg(&self, i: usize) -> TokenStream {
        let a = &self.args[i];
        quote!(#a)
    }

    fn tan(&self, i: usize) -> TokenStream {
        let t = &self.tans[i];
        quote!(#t)
    }

    /// The call itself, its tuple as an array.
    fn primal(&self) -> TokenStream {
        let (name, n_out, f) = (&self.n.shim, self.n.n_out, self.f());
        let callee = &self.n.callee;
        let params = self.params(false);
        let args = &self.args;
        let outs: Vec<Ident> = (0..n_out)
            .map(|i| format_ident!("__ad_r{i}", span = Span::mixed_site()))
            .collect();
        let pat = quote_spanned!(self.n.span=> (#(#outs),*));
        quote! {
            let #name = |#(#params),*| -> [#f; #n_out] {
                let #pat = #callee(#(#args),*);
                [#(#outs),*]
            };
        }
    }

    /// The value of the call, as an array, from the gradient (`__ad_v`, `ds`).
    fn value(&self) -> TokenStream {
        let (v, ds) = (m("__ad_v".into()), &self.ds);
        match self.n.kind {
            NestedKind::Grad => quote!([#v, #(#ds),*]),
            NestedKind::Jvp => {
                let dot = self.dot(|j| self.arg(self.us[j]));
                quote!([#v, #dot])
            }
            NestedKind::Vjp => {
                let s = self.arg(self.us[0]);
                quote!([#v, #(#s * #ds),*])
            }
        }
    }

    fn jvp(&self) -> TokenStream {
        let (name, n_out, f) = (format_ident!("{}_jvp", self.n.shim), self.n.n_out, self.f());
        let params = self.params(true);
        let gradient = self.gradient();
        // H ẋ: the tangents of the values `g` differentiates
        let hvp = self.hvp(|j| self.tan(self.xs[j]));
        let value = self.value();
        let along = self.dot(|j| self.tan(self.xs[j]));
        let (ds, hs) = (&self.ds, &self.hs);
        let tangent = match self.n.kind {
            NestedKind::Grad => quote!([#along, #(#hs),*]),
            NestedKind::Jvp => {
                let uh = self.hs.iter().enumerate().map(|(j, h)| {
                    let u = self.arg(self.us[j]);
                    quote!(#u * #h)
                });
                let du = self.dot(|j| self.tan(self.us[j]));
                quote!([#along, #(#uh)+* + #du])
            }
            NestedKind::Vjp => {
                let (s, sd) = (self.arg(self.us[0]), self.tan(self.us[0]));
                quote!([#along, #(#sd * #ds + #s * #hs),*])
            }
        };
        quote! {
            let #name = |#(#params),*| -> ([#f; #n_out], [#f; #n_out]) {
                #gradient
                #hvp
                (#value, #tangent)
            };
        }
    }

    fn vjp(&self) -> TokenStream {
        let (name, n_out, f) = (format_ident!("{}_vjp", self.n.shim), self.n.n_out, self.f());
        let mut params = self.params(false);
        let s = m("__ad_s".into());
        params.push(quote!(#s: [#f; #n_out]));
        let gradient = self.gradient();
        let value = self.value();
        let (ds, hs) = (&self.ds, &self.hs);
        let (hvp, adjoints) = match self.n.kind {
            NestedKind::Grad => {
                let hvp = self.hvp(|j| {
                    let k = j + 1;
                    quote!(#s[#k])
                });
                let adj: Vec<TokenStream> = ds
                    .iter()
                    .zip(hs)
                    .map(|(d, h)| quote!(#s[0] * #d + #h))
                    .collect();
                (hvp, adj)
            }
            NestedKind::Jvp => {
                let hvp = self.hvp(|j| self.arg(self.us[j]));
                let mut adj = Vec::new();
                for (i, fl) in self.n.floats.iter().enumerate() {
                    if !fl {
                        continue;
                    }
                    if let Some(j) = self.xs.iter().position(|x| *x == i) {
                        let (d, h) = (&ds[j], &hs[j]);
                        adj.push(quote!(#s[0] * #d + #s[1] * #h));
                    } else if let Some(j) = self.us.iter().position(|u| *u == i) {
                        let d = &ds[j];
                        adj.push(quote!(#s[1] * #d));
                    }
                }
                (hvp, adj)
            }
            NestedKind::Vjp => {
                let hvp = self.hvp(|j| {
                    let k = j + 1;
                    quote!(#s[#k])
                });
                let sigma = self.arg(self.us[0]);
                let mut adj: Vec<TokenStream> = ds
                    .iter()
                    .zip(hs)
                    .map(|(d, h)| quote!(#s[0] * #d + #sigma * #h))
                    .collect();
                adj.push(self.dot(|j| {
                    let k = j + 1;
                    quote!(#s[#k])
                }));
                (hvp, adj)
            }
        };
        let adj_ty = adjoints.iter().map(|_| quote!(#f));
        quote! {
            let #name = |#(#params),*| -> ([#f; #n_out], #(#adj_ty),*) {
                #gradient
                #hvp
                (#value, #(#adjoints),*)
            };
        }
    }
}

/// The hidden function `__g_grad_outside_wrt_<suffix>` of the callee `g`, at the
/// user's path and span (see `emit::outside_wrt`).
fn outside_wrt_path(n: &NestedCall, suffix: &str) -> syn::Path {
    let mut p = n.callee.clone();
    if let (Some(last), Some((_, base))) = (p.segments.last_mut(), nested_suffix(&n.callee)) {
        last.ident = format_ident!(
            "__{}_grad_outside_wrt_{}",
            base,
            suffix,
            span = last.ident.span()
        );
    }
    p
}

impl Parts<'_> {
    /// With a `no_grad(..)` float argument: a compile-time check that `g`
    /// differentiates exactly the parameters given the values the call takes as
    /// differentiated (`no_grad` on a `wrt` parameter beside an active value for
    /// another would otherwise type-check, and be wrong).
    fn wrt_check(&self, rt: &TokenStream) -> TokenStream {
        if !self.n.check_wrt || self.n.outside_wrt {
            return TokenStream::new();
        }
        let mut mask = self.n.callee.clone();
        if let (Some(last), Some((_, base))) =
            (mask.segments.last_mut(), nested_suffix(&self.n.callee))
        {
            last.ident = format_ident!("__{}_wrt_mask", base, span = last.ident.span());
            last.arguments = syn::PathArguments::None;
        }
        let flags = (0..self.args.len())
            .filter(|i| !self.us.contains(i))
            .map(|i| self.xs.contains(&i));
        let name = nested_suffix(&self.n.callee)
            .map(|(s, b)| format!("{b}_{s}"))
            .unwrap_or_default();
        let msg = format!("the values this `{name}` call takes as differentiated are not the parameters in the callee's `wrt(..)`: pass `no_grad(..)` only for parameters outside it (an active value may go to one, with `_grad`)");
        quote_spanned! {self.n.span=>
            const _: () = ::core::assert!(#rt::same_wrt(&#mask, &[#(#flags),*]), #msg);
        }
    }

    /// The `_jvp` shim of a `g_grad` call with an active argument outside `g`'s
    /// `wrt(..)`: `g`'s hidden function takes the tangents of all arguments (zero for
    /// inactive ones; it ignores those of non-float parameters).
    fn outside_wrt_jvp(&self, rt: &TokenStream) -> TokenStream {
        let (name, n_out, f) = (format_ident!("{}_jvp", self.n.shim), self.n.n_out, self.f());
        let params = self.params(true);
        let first = self.n.floats.iter().position(|fl| *fl).unwrap_or(0);
        let zero = self.arg(first);
        let dir = (0..self.args.len()).map(|i| {
            if self.n.floats[i] {
                self.tan(i)
            } else {
                quote!(#rt::zero_of(&[#zero]))
            }
        });
        let args = &self.args;
        let hidden = outside_wrt_path(self.n, "jvp");
        let call = quote_spanned!(self.n.span=> #hidden(#(#args,)* [#(#dir),*]));
        quote! {
            let #name = |#(#params),*| -> ([#f; #n_out], [#f; #n_out]) { #call };
        }
    }

    /// The `_vjp` shim of such a call: `g`'s hidden function returns the adjoints of
    /// all arguments, of which those of the float ones are passed on.
    fn outside_wrt_vjp(&self) -> TokenStream {
        let (name, n_out, f) = (format_ident!("{}_vjp", self.n.shim), self.n.n_out, self.f());
        let mut params = self.params(false);
        let (s, v, adj) = (m("__ad_s".into()), m("__ad_v".into()), m("__ad_adj".into()));
        params.push(quote!(#s: [#f; #n_out]));
        let args = &self.args;
        let hidden = outside_wrt_path(self.n, "vjp");
        // the seed in a block at the user's span: a refusal (`emit::outside_wrt`) is
        // reported there
        let call = quote_spanned!(self.n.span=> #hidden(#(#args,)* { #s }));
        let floats: Vec<usize> = (0..self.args.len()).filter(|&i| self.n.floats[i]).collect();
        let adj_ty = floats.iter().map(|_| quote!(#f));
        quote! {
            let #name = |#(#params),*| -> ([#f; #n_out], #(#adj_ty),*) {
                let (#v, #adj) = #call;
                (#v, #(#adj[#floats]),*)
            };
        }
    }
}

/// The shims of `g_grad(x, &mut gx)` of a function of a slice, returning
/// `[value, gx..]` (`1 + len` values): with `d` the gradient and `H` the Hessian at
/// `x`, its tangent along `ẋ` is `[d·ẋ, Hẋ]`, and pulled back from `s` it adds
/// `s₀d + H·s[1..]` to `x̄`.
///
/// The shims take slices (what the emission of calls passes), and pass `g_grad` and
/// `g_hvp` arrays of the buffer's length, copied: an array reference coerces to the
/// slice a `g(x: &[F])` takes, and is what a `g(x: &[F; N])` takes.
fn into_shims(
    n: &NestedCall,
    at: usize,
    len: &syn::Expr,
    kind: Kind,
    rt: &TokenStream,
) -> TokenStream {
    let f = &n.float_ty;
    let name = &n.shim;
    let hvp = sibling(&n.callee, "hvp");
    let callee = &n.callee;
    let args: Vec<Ident> = (0..n.floats.len())
        .map(|i| m(format!("__ad_a{i}")))
        .collect();
    let slice = n.floats.iter().position(|s| *s).unwrap_or(0);
    let x = &args[slice];
    let (r, t, h, s) = (
        m("__ad_r".into()),
        m("__ad_t".into()),
        m("__ad_h".into()),
        m("__ad_s".into()),
    );
    let (xa, ga, da, sa) = (
        m("__ad_xa".into()),
        m("__ad_ga".into()),
        m("__ad_da".into()),
        m("__ad_sa".into()),
    );
    let dx = m("__ad_dx".into());
    let xb = m("__ad_xb".into());
    let m_len = quote!({ 1 + #len });
    // an array of the buffer's length, element `i` being `elem(i)`
    let array = |elem: TokenStream| quote!(::core::array::from_fn::<#f, { #len }, _>(|__ad_i: usize| #elem));
    // the user's arguments, the slice as the array `xa`, with the buffer `buf` put back
    // in the shadow's place
    let call_args = |buf: TokenStream, x_dir: Option<TokenStream>| {
        let mut v: Vec<TokenStream> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if i == at {
                v.push(buf.clone());
            }
            if i == slice {
                v.push(quote!(&#xa));
            } else {
                v.push(quote!(#a));
            }
            if let (true, Some(d)) = (i == slice, &x_dir) {
                v.push(d.clone());
            }
        }
        if at >= args.len() {
            v.push(buf);
        }
        v
    };
    let params = |extra: Option<TokenStream>| {
        let mut ps: Vec<TokenStream> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if i == slice {
                ps.push(quote!(#a: &[#f]));
                if let Some(e) = &extra {
                    ps.push(e.clone());
                }
            } else {
                ps.push(quote!(#a));
            }
        }
        ps
    };
    let value_args = call_args(quote!(&mut #ga), None);
    let x_array = array(quote!(#x[__ad_i]));
    let value = quote_spanned! {n.span=>
        let #xa = #x_array;
        let mut #ga = [#rt::zero_of(#x); #len];
        let mut #r = [#rt::zero_of(#x); #m_len];
        #r[0] = #callee(#(#value_args),*);
        #r[1..].copy_from_slice(&#ga);
    };
    let primal_params = params(None);
    let mut ts = quote! {
        let #name = |#(#primal_params),*| -> [#f; #m_len] {
            #value
            #r
        };
    };
    match kind {
        Kind::Jvp => {
            let jvp = format_ident!("{}_jvp", name);
            let ps = params(Some(quote!(#dx: &[#f])));
            let hv_args = call_args(quote!(&mut #h), Some(quote!(&#da)));
            let dx_array = array(quote!(#dx[__ad_i]));
            // `g_hvp` takes the direction right after the slice, and its result buffer
            // where `g_grad` takes the gradient's
            ts.extend(quote! {
                let #jvp = |#(#ps),*| -> ([#f; #m_len], [#f; #m_len]) {
                    #value
                    let #da = #dx_array;
                    let mut #h = [#rt::zero_of(#x); #len];
                    let _ = #hvp(#(#hv_args),*);
                    let mut #t = [#rt::zero_of(#x); #m_len];
                    #t[1..].copy_from_slice(&#h);
                    let mut __ad_dot = #rt::zero_of(#x);
                    for __ad_i in 0..#len {
                        __ad_dot = __ad_dot + #r[__ad_i + 1] * #dx[__ad_i];
                    }
                    #t[0] = __ad_dot;
                    (#r, #t)
                };
            });
        }
        Kind::Vjp | Kind::Grad => {
            let vjp = format_ident!("{}_vjp", name);
            let mut ps = params(Some(quote!(#xb: &mut [#f])));
            ps.push(quote!(#s: [#f; #m_len]));
            let hv_args = call_args(quote!(&mut #h), Some(quote!(&#sa)));
            let s_array = array(quote!(#s[__ad_i + 1]));
            ts.extend(quote! {
                let #vjp = |#(#ps),*| -> [#f; #m_len] {
                    #value
                    let #sa = #s_array;
                    let mut #h = [#rt::zero_of(#x); #len];
                    let _ = #hvp(#(#hv_args),*);
                    for __ad_i in 0..#len {
                        #xb[__ad_i] = #xb[__ad_i] + #s[0] * #r[__ad_i + 1] + #h[__ad_i];
                    }
                    #r
                };
            });
        }
        Kind::Hvp => {}
    }
    ts
}
