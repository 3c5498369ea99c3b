//! Loops in the forward sweep: the variables a loop carries (one mutable local
//! each), what the reverse sweep needs restored per iteration (undone increments, stack
//! records for constant trip counts, growable buffers otherwise), and the loops
//! themselves.

use super::forward::{mixed, rename_ident, Forward, Rec};
use crate::analysis;
use crate::ir::{Block, ForLoop, Inact, VarId};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// How a loop restores, in its reverse sweep, the carried values each iteration needs.
#[derive(Default)]
pub(crate) struct Taping {
    /// Values recorded per iteration.
    pub recorded: Vec<(VarId, Ident)>,
    /// `Some(position)`: the records are stack arrays (constant trip count), indexed
    /// by this counter; `None`: growable buffers.
    pub stack_pos: Option<Ident>,
    /// Values restored by undoing a constant increment (`i += 1`): `(var, c, adds)`,
    /// `c` evaluated in the reverse iteration (it may read the loop index).
    pub inverted: Vec<(VarId, Inact, bool)>,
}

impl<'a> Forward<'a> {
    /// Loop-carried variables: one mutable local each, initialised from the current version.
    pub(crate) fn loop_muts(&mut self, body: &Block) -> (Vec<(VarId, Ident)>, TokenStream) {
        let mut ts = TokenStream::new();
        let mut muts = Vec::new();
        for v in analysis::carried(body) {
            let m = self.fresh(&format!("{}_mut", self.f.vars[v].name));
            let cur = self.version(v);
            ts.extend(quote!(let mut #m = #cur;));
            muts.push((v, m));
        }
        (muts, ts)
    }

    /// How the loop's reverse sweep gets back the carried values it needs: undoing a
    /// constant increment, a stack array when the trip count `len` is a constant, or a
    /// buffer declared once per call and reserved to the trip count `trips` (an
    /// iterator) when that is known. Returns the taping, its declarations and the
    /// per-iteration recording code.
    pub(super) fn loop_tapes(
        &mut self,
        body: &Block,
        muts: &[(VarId, Ident)],
        trips: Option<TokenStream>,
        len: Option<TokenStream>,
    ) -> (Taping, TokenStream, TokenStream) {
        let mut decls = TokenStream::new();
        let mut pushes = TokenStream::new();
        let mut taping = Taping::default();
        let carried: Vec<VarId> = muts.iter().map(|(v, _)| *v).collect();
        for (v, m) in muts {
            let active = self.f.vars[*v].active;
            if !analysis::needs_record(*v, body, active) {
                continue;
            }
            // an integer counter (`i += 1`) is restored by undoing its update; a float
            // could not be undone exactly
            if !active && !self.f.vars[*v].float {
                if let Some((c, add)) = analysis::invertible_update(*v, body, &carried) {
                    taping.inverted.push((*v, c, add));
                    continue;
                }
            }
            let t = self.fresh(&format!("{}_tape", self.f.vars[*v].name));
            match &len {
                Some(n) => {
                    let pos = taping
                        .stack_pos
                        .get_or_insert_with(|| mixed("__ad_pos"))
                        .clone();
                    decls.extend(quote!(let mut #t = [#m; #n];));
                    pushes.extend(quote!(#t[#pos] = #m;));
                }
                None => {
                    if let Some(trips) = &trips {
                        decls.extend(
                            quote!(#t.reserve(::core::iter::Iterator::size_hint(&#trips).0);),
                        );
                    }
                    let span = analysis::first_assignment(*v, body).unwrap_or_else(Span::call_site);
                    self.tapes.push((t.clone(), span));
                    pushes.extend(quote!(#t.push(#m);));
                }
            }
            taping.recorded.push((*v, t));
        }
        if let Some(pos) = &taping.stack_pos {
            let fresh_pos = self.fresh("pos");
            // a fresh name per loop; the placeholder above is renamed here
            let rename = |ts: TokenStream| rename_ident(ts, pos, &fresh_pos);
            decls = rename(decls);
            pushes = rename(pushes);
            decls.extend(quote!(let mut #fresh_pos: usize = 0;));
            pushes.extend(quote!(#fresh_pos += 1;));
            taping.stack_pos = Some(fresh_pos);
        }
        (taping, decls, pushes)
    }

    /// A constant trip count of `l` usable as an array length: literal bounds, `0..N`
    /// with `N` a const generic, or `0..x.len()` with `x: [F; L]`.
    pub(super) fn const_trips(&self, l: &ForLoop) -> Option<TokenStream> {
        let int = |e: &syn::Expr| match e {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(i),
                ..
            }) => i.base10_parse::<u64>().ok(),
            _ => None,
        };
        let lo = int(&l.lo.expr)?;
        if let Some(hi) = int(&l.hi.expr) {
            let n = (hi + u64::from(l.inclusive)).checked_sub(lo)?;
            // a long literal loop records on the heap: the stack is not that large
            if n > 4096 {
                return None;
            }
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            return Some(quote!(#n));
        }
        if lo != 0 || l.inclusive {
            return None;
        }
        match &l.hi.expr {
            syn::Expr::Path(p) => {
                let id = p.path.get_ident()?;
                self.const_generics
                    .contains(&id.to_string())
                    .then(|| quote!(#id))
            }
            syn::Expr::MethodCall(m) if m.method == "len" && m.args.is_empty() => {
                let syn::Expr::Path(p) = &*m.receiver else {
                    return None;
                };
                let id = p.path.get_ident()?;
                let param = self.f.params.iter().find(|q| q.ident == *id)?;
                let arr = match &param.ty {
                    syn::Type::Array(a) => a,
                    syn::Type::Reference(r) => match &*r.elem {
                        syn::Type::Array(a) => a,
                        _ => return None,
                    },
                    _ => return None,
                };
                match &arr.len {
                    e @ syn::Expr::Lit(_) => Some(quote!(#e)),
                    syn::Expr::Path(p)
                        if p.path
                            .get_ident()
                            .is_some_and(|i| self.const_generics.contains(&i.to_string())) =>
                    {
                        Some(quote!(#p))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// One forward iteration (primal only): body, write-back, `break` check.
    pub(super) fn iteration(
        &mut self,
        body: &'a Block,
        muts: &[(VarId, Ident)],
        brk: Option<VarId>,
    ) -> TokenStream {
        for (v, m) in muts {
            self.ver[*v] = Some(m.clone());
        }
        let mut scratch = Vec::new();
        let ts = self.block(body, false, &mut scratch);
        let wb: Vec<TokenStream> = muts
            .iter()
            .map(|(v, m)| {
                let cur = self.version(*v);
                quote!(#m = #cur;)
            })
            .collect();
        let stop = brk.map(|b| {
            let cur = self.version(b);
            quote!(if #cur { break; })
        });
        quote!(#ts #(#wb)* #stop)
    }

    /// After a loop: later code reads immutable snapshots of the carried variables.
    pub(crate) fn after_loop(&mut self, muts: &[(VarId, Ident)]) -> TokenStream {
        let mut ts = TokenStream::new();
        for (v, m) in muts {
            let s = self.fresh(&self.f.vars[*v].name.clone());
            ts.extend(quote!(let #s = #m;));
            self.ver[*v] = Some(s);
        }
        ts
    }

    /// A `for` loop; `dead_results`: nothing after it reads what it computes, so when
    /// it records nothing it does not run forward at all (only its reverse sweep).
    pub(super) fn for_loop(
        &mut self,
        l: &'a ForLoop,
        record: bool,
        dead_results: bool,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let (lo, hi) = (self.fresh("lo"), self.fresh("hi"));
        let (loe, hie) = (self.inact(&l.lo), self.inact(&l.hi));
        let (muts, mut_ts) = self.loop_muts(&l.body);
        let range = if l.inclusive {
            quote!(#lo..=#hi)
        } else {
            quote!(#lo..#hi)
        };
        let len = self.const_trips(l);
        let (tapes, tape_ts, pushes) = if record {
            self.loop_tapes(&l.body, &muts, Some(quote!((#range))), len)
        } else {
            Default::default()
        };
        let last = (record && l.brk.is_some()).then(|| self.fresh("last"));
        let entry = self.ver.clone();
        if record
            && dead_results
            && tapes.recorded.is_empty()
            && tapes.inverted.is_empty()
            && last.is_none()
        {
            for (v, m) in &muts {
                self.ver[*v] = Some(m.clone());
            }
            recs.push(Rec::For {
                l,
                entry,
                lo: lo.clone(),
                hi: hi.clone(),
                last,
                muts,
                tapes,
            });
            return quote!(let #lo = #loe; let #hi = #hie; #mut_ts);
        }
        let i = self.fresh(&self.f.vars[l.idx].name.clone());
        self.ver[l.idx] = Some(i.clone());
        let mark = last
            .as_ref()
            .map(|la| quote!(#la = ::core::option::Option::Some(#i);));
        let iter_ts = self.iteration(&l.body, &muts, l.brk);
        let last_decl = last
            .as_ref()
            .map(|la| quote!(let mut #la = ::core::option::Option::None;));
        let after = self.after_loop(&muts);
        if record {
            recs.push(Rec::For {
                l,
                entry,
                lo: lo.clone(),
                hi: hi.clone(),
                last,
                muts,
                tapes,
            });
        }
        quote! {
            let #lo = #loe;
            let #hi = #hie;
            #mut_ts
            #tape_ts
            #last_decl
            for #i in #range {
                #mark
                #pushes
                #iter_ts
            }
            #after
        }
    }

    pub(super) fn while_loop(
        &mut self,
        cond: &'a Inact,
        body: &'a Block,
        brk: Option<VarId>,
        record: bool,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let (muts, mut_ts) = self.loop_muts(body);
        let (tapes, tape_ts, pushes) = if record {
            self.loop_tapes(body, &muts, None, None)
        } else {
            Default::default()
        };
        let count = self.fresh("count");
        let entry = self.ver.clone();
        for (v, m) in &muts {
            self.ver[*v] = Some(m.clone());
        }
        let ce = self.inact(cond);
        let iter_ts = self.iteration(body, &muts, brk);
        let after = self.after_loop(&muts);
        let counting = record.then(|| quote!(#count += 1;));
        let count_decl = record.then(|| quote!(let mut #count: usize = 0;));
        if record {
            recs.push(Rec::While {
                body,
                entry,
                count,
                muts,
                tapes,
            });
        }
        quote! {
            #mut_ts
            #tape_ts
            #count_decl
            while #ce {
                #counting
                #pushes
                #iter_ts
            }
            #after
        }
    }
}
