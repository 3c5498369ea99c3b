//! The forward code of runtime-length buffers (`vec![c; n]`, see `lower::buffers`):
//! created and written in place by the forward sweep, never written by a replay;
//! reads inside replayed code recorded. Reverse modes create the buffer's adjoint
//! (`<buffer>_bar`, as long as the buffer) beside it, wherever the definition runs.
//! The steps of a checkpointed loop that run again from a snapshot write in place too
//! (`Forward::step_run`, see `emit::checkpoint`).

use super::forward::{mixed, Forward, RVal};
use crate::ir::{Atom, BufOp, Inact, VarId};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};

/// The adjoint of the buffer held in local `buf`, declared beside it.
pub(super) fn buffer_bar(buf: &Ident) -> Ident {
    format_ident!("{}_bar", buf, span = Span::mixed_site())
}

impl<'a> Forward<'a> {
    /// Whether buffer statements are emitted for a replay (the buffer holds its final
    /// values: writes skipped, recorded reads read back): in adjoint code, except in a
    /// step of a checkpointed loop run again from its snapshot, which writes in place.
    fn buffers_replayed(&self) -> bool {
        self.in_adjoint && self.step_run.is_none()
    }

    /// Whether reads that a replay needs are recorded: not in a checkpointed loop's
    /// plain runs of its steps (their records are taken when the step is reversed).
    fn reads_recorded(&self) -> bool {
        self.step_run != Some(super::checkpoint::StepRun::Plain)
    }

    /// `let mut h = vec![c; n];` into local `id`.
    pub(super) fn buffer_new(
        &mut self,
        var: VarId,
        id: &Ident,
        len: &Inact,
        fill: &Atom,
        span: Span,
    ) -> (TokenStream, Option<RVal<'a>>) {
        let rt = self.rt.clone();
        if self.f.vars[var].float_ty.is_some() {
            // its adjoint is created from the function's zero
            self.errors.push(syn::Error::new(
                self.f.vars[var].span,
                "a `vec!` buffer holds the float type of the function's result; convert the values written into it (`e as f64`)",
            ));
        }
        let n = self.fresh("len");
        let e = self.inact(len);
        let o = self.opnd(fill);
        let t = &o.tok;
        let mut ts =
            quote_spanned!(span=> let #n: usize = #e; let mut #id = #rt::vec_buffer(#n, #t););
        if self.kind != super::Kind::Jvp {
            let bar = buffer_bar(id);
            let zero = super::adjoint::zero_name();
            ts.extend(quote_spanned!(span=> let mut #bar = #rt::vec_buffer(#n, #zero);));
        }
        (ts, Some(RVal::BufNew(id.clone(), o)))
    }

    /// `h[i] = v`, `h[i] += v`, `h[i] -= v`: in place, except in a replay (the buffer
    /// holds its final values then).
    pub(super) fn buffer_store(
        &mut self,
        buf: VarId,
        index: &Inact,
        value: &Atom,
        op: BufOp,
        span: Span,
    ) -> (TokenStream, Option<RVal<'a>>) {
        let ix = self.fresh("ix");
        let e = self.inact(index);
        let o = self.opnd(value);
        let h = self.version(buf);
        let t = &o.tok;
        let write = if self.buffers_replayed() {
            TokenStream::new()
        } else {
            match op {
                BufOp::Set => quote_spanned!(span=> #h[#ix] = #t;),
                BufOp::Add => quote_spanned!(span=> #h[#ix] = #h[#ix] + #t;),
                BufOp::Sub => quote_spanned!(span=> #h[#ix] = #h[#ix] - #t;),
            }
        };
        (
            quote_spanned!(span=> let #ix: usize = #e; #write),
            Some(RVal::BufStore(h, ix, o, op)),
        )
    }

    /// `h[i]` into local `id`: read from the buffer, or, in a replay of a read that
    /// the forward sweep recorded, from the record.
    pub(super) fn buffer_read(
        &mut self,
        id: &Ident,
        buf: VarId,
        index: &Inact,
        pos: Option<VarId>,
        span: Span,
    ) -> (TokenStream, Option<RVal<'a>>) {
        let ix = self.fresh("ix");
        let e = self.inact(index);
        let h = self.version(buf);
        let read = match pos {
            Some(pos) if self.kind != super::Kind::Jvp && self.reads_recorded() => {
                let tape = self.record_of(pos, span);
                let p = self.version(pos);
                if self.buffers_replayed() {
                    quote_spanned!(span=> let #id = #tape[#p];)
                } else {
                    quote_spanned!(span=> let #id = #h[#ix]; #tape.push(#id);)
                }
            }
            _ => quote_spanned!(span=> let #id = #h[#ix];),
        };
        (
            quote_spanned!(span=> let #ix: usize = #e; #read),
            Some(RVal::BufRead(h, ix)),
        )
    }

    /// A buffer passed to a differentiable call: the contents it has at the call (the
    /// buffer itself, a record in a replay, a copy where the reverse sweep runs after
    /// later writes), bound in `prelude` as a slice. Returns that slice and, over dual
    /// numbers, the callee's primal and tangent arguments.
    pub(super) fn buffer_call_arg(
        &mut self,
        buf: VarId,
        pos: Option<VarId>,
        prelude: &mut TokenStream,
        span: Span,
    ) -> (TokenStream, TokenStream) {
        let rt = self.rt.clone();
        let h = self.version(buf);
        let snap = self.fresh("contents");
        let src = match (self.kind, pos) {
            (super::Kind::Jvp, _) => quote!(&#h[..]),
            (_, Some(_)) if !self.reads_recorded() => quote!(&#h[..]),
            (_, Some(pos)) => {
                let tape = self.record_of(pos, span);
                if !self.sliced_tapes.contains(&tape) {
                    self.sliced_tapes.push(tape.clone());
                }
                let p = self.version(pos);
                if self.buffers_replayed() {
                    quote!(&#tape[#p - #h.len()..#p])
                } else {
                    prelude.extend(quote!(#tape.extend_from_slice(&#h[..]);));
                    quote!(&#h[..])
                }
            }
            (_, None) => {
                // outside loops and branches the adjoint runs after the whole forward
                // sweep, which may write the buffer again
                let owned = self.fresh("copy");
                prelude.extend(quote!(let #owned = ::core::clone::Clone::clone(&#h);));
                quote!(&#owned[..])
            }
        };
        prelude.extend(quote_spanned!(span=> let #snap: &[_] = #src;));
        if self.kind.dual() {
            let (p, t) = (self.fresh("primal"), self.fresh("tangent"));
            prelude.extend(quote!(let (#p, #t) = #rt::buffer_parts(#snap);));
            (quote!(#snap), quote!(&#p[..], &#t[..]))
        } else {
            (quote!(#snap), quote!(#snap))
        }
    }

    /// A buffer named in an inactive expression: only its length may be taken there
    /// (its elements are read through [`Forward::buffer_read`], which replays see
    /// right).
    pub(super) fn buffer_mention(
        &mut self,
        v: VarId,
        ph: &Ident,
        after: &[TokenTree],
    ) -> TokenTree {
        let length = matches!(after, [TokenTree::Punct(p), TokenTree::Ident(m)] if p.as_char() == '.' && (m == "len" || m == "is_empty"));
        if !length {
            let name = &self.f.vars[v].name;
            self.errors.push(syn::Error::new(
                ph.span(),
                format!("the `vec!` buffer `{name}` can be used here only through its length (`{name}.len()`); read the element into a variable first (`let e = {name}[i];`) and use that"),
            ));
        }
        TokenTree::Ident(self.version(v))
    }
}

/// The adjoint of a buffer statement (`r` one of the buffer values of [`RVal`]).
pub(super) fn buffer_adjoint(
    r: &RVal<'_>,
    acc: &mut dyn FnMut(&super::forward::Opnd, TokenStream) -> TokenStream,
) -> TokenStream {
    let zero = super::adjoint::zero_name();
    match r {
        RVal::BufNew(h, o) => {
            let hb = buffer_bar(h);
            let sum = mixed("__ad_sum");
            let add = acc(o, quote!(#sum));
            if add.is_empty() {
                return TokenStream::new();
            }
            quote!({ let mut #sum = #zero; for __ad_e in #hb.iter() { #sum = #sum + *__ad_e; } #add })
        }
        RVal::BufStore(h, ix, o, op) => {
            let hb = buffer_bar(h);
            match op {
                BufOp::Set => {
                    let take = acc(o, quote!(#hb[#ix]));
                    quote!(#take #hb[#ix] = #zero;)
                }
                BufOp::Add => acc(o, quote!(#hb[#ix])),
                BufOp::Sub => acc(o, quote!((-#hb[#ix]))),
            }
        }
        _ => TokenStream::new(),
    }
}
