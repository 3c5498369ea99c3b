//! The adjoint sweep of the reverse transformation: each recorded statement in
//! reverse order, `if` branches and loop iterations replayed from their inputs before
//! they are differentiated, calls pulled back through the callee's generated or
//! hand-written `h_vjp` (and `h_hvp` for second order), and trailing accumulation
//! loops fused with their forward sweep.

use super::forward::{located_at, mixed, Forward, Opnd, RVal, Rec};
use super::loops::{KeptSite, OrderKeep, Taping};
use crate::analysis;
use crate::ir::{Atom, BinOp, Block, Call, CallArg, Output, ParamKind, Stmt, VarId};
use proc_macro2::{Ident, TokenStream};
use quote::{quote, ToTokens};

/// The adjoint sweep's emitter: the forward emitter it replays code with, and where
/// adjoints accumulate.
pub(crate) struct Adjoint<'a> {
    pub(crate) fwd: Forward<'a>,
    /// Per parameter: where its adjoint accumulates (shadow slice or local array).
    shadow: Vec<Option<Ident>>,
    /// Per variable: its adjoint accumulator.
    bar: Vec<Option<Ident>>,
    /// Per variable: assigned once, outside loops (see [`analysis::assigned_once`]).
    once: Vec<bool>,
    /// Per slice parameter of `f_hvp`'s variant: where the real part of its adjoint
    /// (the gradient) accumulates (see `emit::hvp_recursion`).
    pub(crate) gradient_shadow: Vec<Option<Ident>>,
}

impl<'a> Adjoint<'a> {
    /// The adjoint emitter over `fwd`, with the shadow of each parameter that has one.
    pub(crate) fn new(fwd: Forward<'a>, shadow: Vec<Option<Ident>>) -> Self {
        let n = fwd.f.vars.len();
        let once = analysis::assigned_once(&fwd.f.body, n);
        let gradient_shadow = vec![None; shadow.len()];
        Adjoint {
            fwd,
            shadow,
            bar: vec![None; n],
            once,
            gradient_shadow,
        }
    }

    /// The accumulator of parameter `p`'s adjoint, if it has one.
    pub(crate) fn shadow(&self, p: usize) -> Option<&Ident> {
        self.shadow[p].as_ref()
    }

    /// The declarations of the adjoint accumulators created so far: a zero, or an
    /// array of zeros for a local array.
    /// A variable of a float type other than the function's gets an accumulator of
    /// that type (`typed` names the adjoint's type for it).
    pub(crate) fn accumulator_decls(
        &self,
        typed: impl Fn(&syn::Type) -> TokenStream,
    ) -> TokenStream {
        let mut ts = TokenStream::new();
        for (v, b) in self.bar.iter().enumerate() {
            let Some(b) = b else { continue };
            match &self.fwd.f.vars[v].float_ty {
                Some(ty) => {
                    let mut adj = typed(ty);
                    for d in self.fwd.f.vars[v].dims.iter().flatten().rev() {
                        adj = quote!([#adj; #d]);
                    }
                    let z = self.zero_value(v);
                    ts.extend(quote!(let mut #b: #adj = #z;));
                }
                None => {
                    let z = self.zero_value(v);
                    ts.extend(quote!(let mut #b = #z;));
                }
            }
        }
        ts
    }

    /// The zero of variable `v`'s adjoint (an array of zeros for a local array).
    fn zero_value(&self, v: VarId) -> TokenStream {
        let mut e = self.elem_zero(v);
        for d in self.fwd.f.vars[v].dims.iter().flatten().rev() {
            e = quote!([#e; #d]);
        }
        e
    }

    /// The zero of one element of variable `v`'s adjoint: the shared `__ad_zero`, or one
    /// inferred from the accumulator's own type when `v` has a float type of its own.
    fn elem_zero(&self, v: VarId) -> TokenStream {
        if self.fwd.f.vars[v].float_ty.is_some() {
            let rt = &self.fwd.rt;
            quote!(#rt::acc_zero_typed())
        } else {
            zero_name().to_token_stream()
        }
    }

    /// `body` run on every element of the local array accumulator `b` of variable `v`
    /// (bound as `&mut` to `elem`), and, with `src`, beside the element of another
    /// array of the same shape (bound as `&` to `other`).
    fn each_elem(
        &self,
        v: VarId,
        b: &TokenStream,
        src: Option<&TokenStream>,
        body: TokenStream,
    ) -> TokenStream {
        let rank = self.fwd.f.vars[v].dims.as_ref().map_or(0, Vec::len);
        let (elem, other) = (mixed("__ad_elem"), mixed("__ad_other"));
        let mut inner = body;
        for k in (0..rank).rev() {
            let (d, o) = (mixed(&format!("__ad_d{k}")), mixed(&format!("__ad_o{k}")));
            let (dst_src, src_src) = if k == 0 {
                (b.clone(), src.cloned())
            } else {
                let (pd, po) = (
                    mixed(&format!("__ad_d{}", k - 1)),
                    mixed(&format!("__ad_o{}", k - 1)),
                );
                (quote!((*#pd)), src.map(|_| quote!((*#po))))
            };
            let last = k + 1 == rank;
            let (bd, bo) = if last {
                (elem.clone(), other.clone())
            } else {
                (d.clone(), o.clone())
            };
            inner = match src_src {
                Some(ss) => {
                    quote!(for (#bd, #bo) in #dst_src.iter_mut().zip(#ss.iter()) { #inner })
                }
                None => quote!(for #bd in #dst_src.iter_mut() { #inner }),
            };
        }
        inner
    }

    /// The adjoint of a definition of the local array `var` (its accumulator is
    /// consumed and reset, as a scalar's is).
    fn array_adjoint(&mut self, var: VarId, r: RVal<'a>) -> TokenStream {
        let b = self.bar_of(var).to_token_stream();
        let reset = {
            let z = self.zero_value(var);
            quote!(#b = #z;)
        };
        let (elem, other) = (mixed("__ad_elem"), mixed("__ad_other"));
        match r {
            RVal::ArrFill(o) => match o.var {
                Some(u) => {
                    let ub = self.bar_of(u);
                    let sum = mixed("__ad_sum");
                    let add = self.each_elem(var, &b, None, quote!(#sum = #sum + *#elem;));
                    quote!({ let mut #sum = #ub; #add #ub = #sum; } #reset)
                }
                None => reset,
            },
            RVal::ArrParam(p) => {
                let Some(sh) = self.shadow[p].clone() else {
                    return reset;
                };
                let slice = matches!(self.fwd.f.params[p].kind, ParamKind::Slice);
                let part = if slice && self.fwd.kind.dual() {
                    quote!((*#other).eps)
                } else {
                    quote!(*#other)
                };
                let gradient = match &self.gradient_shadow[p] {
                    Some(g) => quote! {
                        for (#elem, #other) in #g.iter_mut().zip(#b.iter()) { *#elem = *#elem + (*#other).re; }
                    },
                    None => TokenStream::new(),
                };
                quote! {
                    for (#elem, #other) in #sh.iter_mut().zip(#b.iter()) { *#elem = *#elem + #part; }
                    #gradient
                    #reset
                }
            }
            RVal::ArrCopy(src) => {
                let sb = self.bar_of(src).to_token_stream();
                let add = self.each_elem(var, &sb, Some(&b), quote!(*#elem = *#elem + *#other;));
                quote!(#add #reset)
            }
            RVal::ArrCall(c, primal) => {
                let b = self.bar_of(var);
                let s = if self.fwd.kind.dual() {
                    self.second_order_call(c, &primal, &b, true)
                } else {
                    // the seed in the callee's type: an array, or a tuple of floats
                    let rt = &self.fwd.rt;
                    self.call_adjoint(c, &primal, &quote!(#rt::from_array(#b)))
                };
                quote!(#s #reset)
            }
            RVal::ArrStore(ixs, o) => {
                let zero = self.elem_zero(var);
                let at = quote!(#b #([#ixs])*);
                match o.var {
                    Some(u) => {
                        let ub = self.bar_of(u);
                        quote!(#ub = #ub + #at; #at = #zero;)
                    }
                    None => quote!(#at = #zero;),
                }
            }
            _ => {
                self.fwd.errors.push(syn::Error::new(
                    self.fwd.f.vars[var].span,
                    "internal: an array definition without an array adjoint",
                ));
                TokenStream::new()
            }
        }
    }

    /// The accumulator of variable `v`, if one was created.
    pub(crate) fn bar(&self, v: VarId) -> Option<&Ident> {
        self.bar[v].as_ref()
    }

    // ---------------------------------------------------- fused accumulation loops

    fn fusable_loop(&self, s: &Stmt) -> bool {
        match s {
            Stmt::For(l) => self.fwd.fusable(&l.body),
            Stmt::While { body, .. } => self.fwd.fusable(body),
            _ => false,
        }
    }

    /// When a reverse body ends with a loop that accumulates the output (`s += ..;`
    /// then `s`), the loop's adjoint needs only the seed: it is fused with the loop
    /// (one pass instead of a forward and a reverse one), as a hand-written gradient
    /// does. Returns the forward sweep before the loop, the fused loop, and the records
    /// of the part before it. `None` when the body does not end that way.
    pub(crate) fn fused_tail(
        &mut self,
        b: &'a Block,
        out: &Output,
    ) -> Option<(TokenStream, TokenStream, Vec<Rec<'a>>)> {
        let Output::Scalar(Atom::Var(o)) = out else {
            return None;
        };
        // the last loop, followed only by a linear epilogue such as `loss / n`
        let k = b
            .stmts
            .iter()
            .rposition(|s| matches!(s, Stmt::For(_) | Stmt::While { .. }))?;
        let (prefix, rest) = b.stmts.split_at(k);
        let (last, epilogue) = rest.split_first()?;
        let body = match last {
            Stmt::For(l) => &l.body,
            Stmt::While { body, .. } => body,
            _ => return None,
        };
        let carried = analysis::carried(body);
        let epilogue_vars: Vec<VarId> = epilogue
            .iter()
            .filter_map(|s| match s {
                Stmt::Set { var, .. } => Some(*var),
                _ => None,
            })
            .collect();
        let reaches_output = carried.contains(o) || epilogue_vars.contains(o);
        let fixed: Vec<VarId> = carried.iter().chain(&epilogue_vars).copied().collect();
        if !reaches_output
            || !self.fwd.fusable(body)
            || !epilogue.iter().all(|s| self.linear_epilogue(s, &fixed))
        {
            return None;
        }
        let mut recs = Vec::new();
        let mut pre = TokenStream::new();
        for s in prefix {
            pre.extend(self.fwd.stmt(s, true, &mut recs));
        }
        let fused = self.fused_loop(last);
        // The epilogue's adjoint reads no primal value of the loop's results (it is
        // linear with constant coefficients), so it runs before the loop and gives
        // the accumulators their (constant) adjoints; its forward runs after.
        let mut erecs = Vec::new();
        let mut epi_fwd = TokenStream::new();
        for s in epilogue {
            epi_fwd.extend(self.fwd.stmt(s, true, &mut erecs));
        }
        let epi_adj = self.adjoint_list(erecs);
        Some((pre, quote!(#epi_adj #fused #epi_fwd), recs))
    }

    /// A statement after a fused loop whose adjoint needs no primal value: a linear
    /// update of an active variable with constant coefficients that read none of the
    /// `fixed` variables (those the loop or the epilogue compute).
    fn linear_epilogue(&self, s: &Stmt, fixed: &[VarId]) -> bool {
        let const_ok =
            |c: &crate::ir::Inact| !fixed.iter().any(|v| analysis::reads_placeholder(*v, c));
        let atom_ok = |a: &Atom| match a {
            Atom::Var(_) => true,
            Atom::Const(c) => const_ok(c),
        };
        match s {
            Stmt::Set { var, val, .. } if self.fwd.f.vars[*var].active => match val {
                crate::ir::Val::Atom(a) | crate::ir::Val::Neg(a) => atom_ok(a),
                crate::ir::Val::Bin(BinOp::Add | BinOp::Sub, a, b) => atom_ok(a) && atom_ok(b),
                crate::ir::Val::Bin(BinOp::Mul, Atom::Var(_), Atom::Const(c))
                | crate::ir::Val::Bin(BinOp::Mul, Atom::Const(c), Atom::Var(_))
                | crate::ir::Val::Bin(BinOp::Div, Atom::Var(_), Atom::Const(c)) => const_ok(c),
                _ => false,
            },
            _ => false,
        }
    }

    fn fused_loop(&mut self, s: &'a Stmt) -> TokenStream {
        let sites = self.fwd.enter_loop_sites(false);
        let ts = self.fused_loop_in(s);
        self.fwd.leave_loop_sites(sites);
        ts
    }

    fn fused_loop_in(&mut self, s: &'a Stmt) -> TokenStream {
        match s {
            Stmt::For(l) => {
                let (lo, hi) = (self.fwd.fresh("lo"), self.fwd.fresh("hi"));
                let (loe, hie) = (self.fwd.inact(&l.lo), self.fwd.inact(&l.hi));
                let (muts, mut_ts) = self.fwd.loop_muts(&l.body);
                let i = self.fwd.fresh(&self.fwd.f.vars[l.idx].name.clone());
                self.fwd.ver[l.idx] = Some(i.clone());
                let body = self.fused_iteration(&l.body, &muts, l.brk);
                let after = self.fwd.after_loop(&muts);
                let range = if l.inclusive {
                    quote!(#lo..=#hi)
                } else {
                    quote!(#lo..#hi)
                };
                quote!(let #lo = #loe; let #hi = #hie; #mut_ts for #i in #range { #body } #after)
            }
            Stmt::While { cond, body, brk } => {
                let (muts, mut_ts) = self.fwd.loop_muts(body);
                for (v, m) in &muts {
                    self.fwd.ver[*v] = Some(m.clone());
                }
                let ce = self.fwd.inact(cond);
                let b = self.fused_iteration(body, &muts, *brk);
                let after = self.fwd.after_loop(&muts);
                quote!(#mut_ts while #ce { #b } #after)
            }
            _ => TokenStream::new(),
        }
    }

    /// One iteration of a fused loop: forward (recorded), a trailing accumulation loop
    /// fused in turn, write-back, then the iteration's adjoint.
    fn fused_iteration(
        &mut self,
        body: &'a Block,
        muts: &[(VarId, Ident)],
        brk: Option<VarId>,
    ) -> TokenStream {
        let mut ts = TokenStream::new();
        for (v, m) in muts {
            let s = self.fwd.fresh(&self.fwd.f.vars[*v].name.clone());
            ts.extend(quote!(let #s = #m;));
            self.fwd.ver[*v] = Some(s);
        }
        let fuse_last = body.stmts.last().is_some_and(|s| self.fusable_loop(s));
        let n = body.stmts.len() - usize::from(fuse_last);
        let mut recs = Vec::new();
        for s in &body.stmts[..n] {
            ts.extend(self.fwd.stmt(s, true, &mut recs));
        }
        if fuse_last {
            if let Some(last) = body.stmts.last() {
                ts.extend(self.fused_loop(last));
            }
        }
        let wb: Vec<TokenStream> = muts
            .iter()
            .map(|(v, m)| {
                let cur = self.fwd.version(*v);
                quote!(#m = #cur;)
            })
            .collect();
        let stop = brk.map(|b| {
            let cur = self.fwd.version(b);
            quote!(if #cur { break; })
        });
        let adj = self.adjoint_list(recs);
        quote!(#ts #(#wb)* #adj #stop)
    }

    // ---------------------------------------------------------------- adjoint sweep

    /// The adjoint sweep of recorded statements, in reverse order.
    pub(crate) fn adjoint(&mut self, recs: Vec<Rec<'a>>) -> TokenStream {
        self.adjoint_list(recs)
    }

    fn adjoint_list(&mut self, recs: Vec<Rec<'a>>) -> TokenStream {
        let mut out = TokenStream::new();
        for r in recs.into_iter().rev() {
            out.extend(self.adjoint_rec(r));
        }
        out
    }

    /// The adjoint accumulator of `v`, created on first use.
    pub(crate) fn bar_of(&mut self, v: VarId) -> Ident {
        match self.bar[v].clone() {
            Some(b) => b,
            None => {
                let b = self.fwd.fresh(&format!("{}_bar", self.fwd.f.vars[v].name));
                self.bar[v] = Some(b.clone());
                b
            }
        }
    }

    /// The zero that `var`'s adjoint `b` is compared with and reset to: the shared
    /// `__ad_zero`, or one of `b`'s own type when `var` has a float type of its own.
    fn zero_for(&self, var: VarId, b: &Ident) -> TokenStream {
        if self.fwd.f.vars[var].float_ty.is_some() {
            let rt = &self.fwd.rt;
            quote!(#rt::acc_zero(&#b))
        } else {
            let zero = zero_name();
            quote!(#zero)
        }
    }

    /// `bar_u += contribution` when the operand is active.
    pub(super) fn acc(&mut self, o: &Opnd, contribution: TokenStream) -> TokenStream {
        match o.var {
            Some(u) => {
                let b = self.bar_of(u);
                quote!(#b = #b + #contribution;)
            }
            None => TokenStream::new(),
        }
    }

    fn adjoint_rec(&mut self, r: Rec<'a>) -> TokenStream {
        let rt = self.fwd.rt.clone();
        match r {
            Rec::Set {
                r: r @ (RVal::BufNew(..) | RVal::BufStore(..)),
                ..
            } => super::buffers::buffer_adjoint(&r, &mut |o, c| self.acc(o, c)),
            Rec::Set { var, r, .. } if self.fwd.f.vars[var].dims.is_some() => {
                self.array_adjoint(var, r)
            }
            Rec::Set {
                r: RVal::OutStore(p, ix, o),
                ..
            } => {
                // the seed of this element goes to the value written, and to nothing
                // written there before (this write hid it)
                let zero = zero_name();
                let Some(w) = self.shadow[p].clone() else {
                    return TokenStream::new();
                };
                let take = self.acc(&o, quote!(#w[#ix]));
                quote!(#take #w[#ix] = #zero;)
            }
            Rec::Set { var, r, out } => {
                let b = self.bar_of(var);
                let zero = self.zero_for(var, &b);
                // the adjoint is taken (and the accumulator reset) where the variable
                // can be assigned again; a variable assigned once is read in place
                let (t, head) = if self.once[var] {
                    (b.clone(), TokenStream::new())
                } else {
                    let t = self.fwd.fresh("adj");
                    (t.clone(), quote!(let #t = #b; #b = #zero;))
                };
                let body = match r {
                    RVal::Copy(a) => self.acc(&a, quote!(#t)),
                    RVal::Neg(a) => self.acc(&a, quote!((-#t))),
                    RVal::Bin(op, a, bb) => {
                        let (ta, tb) = (a.tok.clone(), bb.tok.clone());
                        match op {
                            BinOp::Add => {
                                let mut s = self.acc(&a, quote!(#t));
                                s.extend(self.acc(&bb, quote!(#t)));
                                s
                            }
                            BinOp::Sub => {
                                let mut s = self.acc(&a, quote!(#t));
                                s.extend(self.acc(&bb, quote!((-#t))));
                                s
                            }
                            BinOp::Mul => {
                                let by_b = match &bb.raw {
                                    Some(c) => quote!(#rt::dual_mul_c(#t, #c)),
                                    None => quote!(#t * #tb),
                                };
                                let by_a = match &a.raw {
                                    Some(c) => quote!(#rt::dual_mul_c(#t, #c)),
                                    None => quote!(#t * #ta),
                                };
                                let mut s = self.acc(&a, by_b);
                                s.extend(self.acc(&bb, by_a));
                                s
                            }
                            BinOp::Div => {
                                let over_b = match &bb.raw {
                                    Some(c) => quote!(#rt::dual_div_c(#t, #c)),
                                    None => quote!(#t / #tb),
                                };
                                let mut s = self.acc(&a, over_b);
                                // d(1/b)/db = -(1/b)²: a reciprocal's adjoint multiplies
                                // by its value instead of dividing a second time; the
                                // square does not wait for the adjoint (one multiply
                                // after it, not two: the reverse sweep of a loop like
                                // Lennard-Jones' is bound by such chains)
                                let by_b = if a.var.is_none() && is_one(&a) {
                                    quote!((-(#t * (#out * #out))))
                                } else {
                                    quote!((-(#t * #out / #tb)))
                                };
                                s.extend(self.acc(&bb, by_b));
                                quote!(if #t != #zero { #s })
                            }
                        }
                    }
                    RVal::Rule(parts) => {
                        let mut s = TokenStream::new();
                        for (o, d) in parts {
                            s.extend(self.acc(&o, quote!(#t * #d)));
                        }
                        // a zero adjoint contributes nothing, even where a partial is
                        // infinite (sqrt at 0): the value was not used on this path
                        quote!(if #t != #zero { #s })
                    }
                    RVal::Index(p, ix) => self.index_adjoint(p, &ix, &t),
                    RVal::Elem(arr, ixs) => {
                        let ab = self.bar_of(arr);
                        quote!(#ab #([#ixs])* = #ab #([#ixs])* + #t;)
                    }
                    RVal::BufRead(h, ix) => {
                        let hb = super::buffers::buffer_bar(&h);
                        quote!(#hb[#ix] = #hb[#ix] + #t;)
                    }
                    RVal::ArrFill(_)
                    | RVal::BufNew(..)
                    | RVal::BufStore(..)
                    | RVal::ArrParam(_)
                    | RVal::ArrCopy(_)
                    | RVal::ArrCall(..)
                    | RVal::ArrStore(..)
                    | RVal::OutStore(..) => {
                        self.fwd.errors.push(syn::Error::new(
                            self.fwd.f.vars[var].span,
                            "internal: an array value defines a scalar",
                        ));
                        TokenStream::new()
                    }
                    RVal::Call(c, primal) => {
                        let s = if self.fwd.kind.dual() {
                            self.second_order_call(c, &primal, &t, false)
                        } else {
                            self.call_adjoint(c, &primal, &t.to_token_stream())
                        };
                        quote!(if #t != #zero { #s })
                    }
                    RVal::KeptCall(c, primal, kept) => {
                        let s = if self.fwd.kind.dual() {
                            self.second_order_kept_call_adjoint(c, &primal, kept, &t)
                        } else {
                            self.kept_call_adjoint(c, &primal, kept, &t)
                        };
                        quote!(if #t != #zero { #s })
                    }
                };
                if head.is_empty() {
                    body
                } else {
                    quote!({ #head #body })
                }
            }
            Rec::If {
                cond,
                entry,
                then_b,
                else_b,
                kept,
                stored,
            } => {
                let saved = std::mem::replace(&mut self.fwd.ver, entry.clone());
                let was = std::mem::replace(&mut self.fwd.in_adjoint, true);
                let flags = self.fwd.take_loop_flags();
                let (lookup, sites) = self.fwd.enter_branch_replay(kept, stored);
                let mut tr = Vec::new();
                let tf = self.fwd.block(then_b, true, &mut tr);
                let ta = self.adjoint_list(tr);
                self.fwd.ver = entry;
                let mut er = Vec::new();
                let ef = self.fwd.block(else_b, true, &mut er);
                let ea = self.adjoint_list(er);
                self.fwd.leave_branch_replay(lookup, sites);
                self.fwd.set_loop_flags(flags);
                self.fwd.in_adjoint = was;
                self.fwd.ver = saved;
                quote!(if #cond { #tf #ta } else { #ef #ea })
            }
            Rec::For {
                l,
                entry,
                lo,
                hi,
                last,
                muts,
                tapes,
                const_nest,
                stored,
            } => {
                let saved = std::mem::replace(&mut self.fwd.ver, entry);
                let i = self.fwd.fresh(&self.fwd.f.vars[l.idx].name.clone());
                self.fwd.ver[l.idx] = Some(i.clone());
                // the replay reads the rules the forward run kept in this iteration's slot
                let keep =
                    (!tapes.kept_rules.is_empty() || !tapes.selections.is_empty()).then(|| {
                        OrderKeep {
                            sites: tapes.kept_rules.clone(),
                            reading: true,
                            slot: Some(quote!((#i - #lo))),
                            rules: true,
                            selections: tapes.selections.clone(),
                        }
                    });
                let outer_keep = std::mem::replace(&mut self.fwd.order_keep, keep);
                let (restore, replay, adj) =
                    self.reverse_iteration(&l.body, &muts, &tapes, const_nest, stored);
                self.fwd.order_keep = outer_keep;
                self.fwd.ver = saved;
                let body = quote!({ #restore #replay #adj });
                match (last, l.inclusive) {
                    (Some(la), _) => {
                        quote!(if let ::core::option::Option::Some(#la) = #la { for #i in (#lo..=#la).rev() #body })
                    }
                    (None, true) => quote!(for #i in (#lo..=#hi).rev() #body),
                    (None, false) => quote!(for #i in (#lo..#hi).rev() #body),
                }
            }
            Rec::While {
                body,
                entry,
                count,
                muts,
                tapes,
            } => {
                let saved = std::mem::replace(&mut self.fwd.ver, entry);
                // the replay reads the outcomes of the selections the forward run recorded
                let keep = (!tapes.selections.is_empty()).then(|| OrderKeep {
                    reading: true,
                    selections: tapes.selections.clone(),
                    ..OrderKeep::default()
                });
                let outer_keep = std::mem::replace(&mut self.fwd.order_keep, keep);
                let (restore, replay, adj) =
                    self.reverse_iteration(body, &muts, &tapes, false, true);
                self.fwd.order_keep = outer_keep;
                self.fwd.ver = saved;
                quote!(for _ in 0..#count { #restore #replay #adj })
            }
            Rec::Forward { s, entry, kept } => {
                let saved = std::mem::replace(&mut self.fwd.ver, entry);
                let was = std::mem::replace(&mut self.fwd.in_adjoint, true);
                let flags = self.fwd.take_loop_flags();
                // the rules the forward run kept are read back, in the order it kept them
                let sites: Vec<KeptSite> = kept
                    .into_iter()
                    .map(|(key, buf)| KeptSite {
                        key,
                        buf,
                        cursor: self.fwd.fresh("cursor"),
                        arity: 0,
                    })
                    .collect();
                let cursors = sites.iter().map(|k| {
                    let c = &k.cursor;
                    quote!(let mut #c: usize = 0;)
                });
                let cursors: TokenStream = cursors.collect();
                let outer_keep = self.fwd.order_keep.replace(OrderKeep {
                    sites,
                    reading: true,
                    rules: true,
                    ..OrderKeep::default()
                });
                let ts = self.fused_loop(s);
                self.fwd.order_keep = outer_keep;
                self.fwd.set_loop_flags(flags);
                self.fwd.in_adjoint = was;
                self.fwd.ver = saved;
                quote!({ #cursors #ts })
            }
            Rec::Checkpointed(c) => self.checkpointed_reverse(c),
        }
    }

    /// One reverse iteration: restore recorded values, replay the body (nested loops
    /// restored from what the forward run stored when it `stored`, unless
    /// `const_nest`: then they run again), differentiate it.
    pub(super) fn reverse_iteration(
        &mut self,
        body: &'a Block,
        muts: &[(VarId, Ident)],
        tapes: &Taping,
        const_nest: bool,
        stored: bool,
    ) -> (TokenStream, TokenStream, TokenStream) {
        let mut restore = TokenStream::new();
        if let Some(pos) = &tapes.stack_pos {
            restore.extend(quote!(#pos -= 1;));
        }
        let mut_of = |v: &VarId| muts.iter().find(|(u, _)| u == v).map(|(_, m)| m.clone());
        for (v, t) in &tapes.recorded {
            let Some(m) = mut_of(v) else { continue };
            match &tapes.stack_pos {
                Some(pos) => restore.extend(quote!(#m = #t[#pos];)),
                None => {
                    let val = self.fwd.fresh("rec");
                    restore.extend(
                        quote!(if let ::core::option::Option::Some(#val) = #t.pop() { #m = #val; }),
                    );
                }
            }
        }
        for (v, c, add) in &tapes.inverted {
            let Some(m) = mut_of(v) else { continue };
            let c = self.fwd.inact(c);
            restore.extend(if *add {
                quote!(#m = #m - (#c);)
            } else {
                quote!(#m = #m + (#c);)
            });
        }
        for (v, m) in muts {
            let s = self.fwd.fresh(&self.fwd.f.vars[*v].name.clone());
            restore.extend(quote!(let #s = #m;));
            self.fwd.ver[*v] = Some(s);
        }
        let mut recs = Vec::new();
        let was = std::mem::replace(&mut self.fwd.replaying, true);
        let was_adjoint = std::mem::replace(&mut self.fwd.in_adjoint, true);
        let flags = self.fwd.take_loop_flags();
        self.fwd.restoring = stored;
        self.fwd.const_nest = const_nest;
        let sites = self.fwd.enter_loop_sites(false);
        // the rules the loop kept (see `OrderKeep`) are read by the replay alone
        let replay = self.fwd.block(body, true, &mut recs);
        self.fwd.order_keep = None;
        self.fwd.leave_loop_sites(sites);
        self.fwd.set_loop_flags(flags);
        let adj = self.adjoint_list(recs);
        self.fwd.in_adjoint = was_adjoint;
        self.fwd.replaying = was;
        (restore, replay, adj)
    }

    fn index_adjoint(&mut self, p: usize, ix: &Ident, t: &Ident) -> TokenStream {
        let Some(sh) = self.shadow[p].clone() else {
            return TokenStream::new();
        };
        let slice = matches!(self.fwd.f.params[p].kind, ParamKind::Slice);
        let part = if slice && self.fwd.kind.dual() {
            quote!(#t.eps)
        } else {
            quote!(#t)
        };
        let gradient = match &self.gradient_shadow[p] {
            Some(g) => quote!(#g[#ix] = #g[#ix] + #t.re;),
            None => TokenStream::new(),
        };
        quote!(#sh[#ix] = #sh[#ix] + #part; #gradient)
    }

    pub(super) fn call_adjoint(
        &mut self,
        c: &'a Call,
        primal: &[TokenStream],
        t: &TokenStream,
    ) -> TokenStream {
        let rt = self.fwd.rt.clone();
        let mut args = Vec::new();
        let mut receivers = Vec::new();
        let mut seen = Vec::new();
        let mut after = TokenStream::new();
        let mut before = TokenStream::new();
        for (a, tok) in c.args.iter().zip(primal) {
            match a {
                CallArg::Active(at) => {
                    args.push(tok.clone());
                    receivers.push(self.receiver(at, tok));
                }
                CallArg::Slice(p) => {
                    let x = &self.fwd.f.params[*p].ident;
                    let sh = self.shadow[*p].clone();
                    if seen.contains(p) {
                        // the same slice passed twice: the second shadow is a scratch
                        // buffer, added in after the call (two `&mut` cannot alias)
                        let tmp = self.fwd.fresh("shadow");
                        if super::assemble::is_struct_ref(&self.fwd.f.params[*p].ty) {
                            before.extend(
                                quote!(let mut #tmp = #rt::Differentiable::zeros_like(#x);),
                            );
                            after.extend(quote!(#rt::Differentiable::add_assign(#sh, &#tmp);));
                            args.push(quote!(#x, &mut #tmp));
                            seen.push(*p);
                            continue;
                        }
                        before.extend(quote!(let mut #tmp = #rt::zeros_like(#x);));
                        after.extend(quote!(for (__ad_d, __ad_s) in #sh.iter_mut().zip(#tmp.iter()) { *__ad_d = *__ad_d + *__ad_s; }));
                        args.push(quote!(#x, &mut #tmp[..]));
                    } else {
                        // reborrowed: a call through `dispatch` takes its arguments in
                        // a tuple, which would move the shadow (in a loop, once per
                        // iteration)
                        args.push(quote!(#x, &mut *#sh));
                    }
                    seen.push(*p);
                }
                CallArg::SubSlice { param, .. } => {
                    let x = &self.fwd.f.params[*param].ident;
                    let sh = self.shadow[*param].clone();
                    // `tok` holds the range, evaluated once by the forward sweep
                    let xs = quote!(&#x[::core::clone::Clone::clone(&#tok)]);
                    let region = quote!(#sh[::core::clone::Clone::clone(&#tok)]);
                    if seen.contains(param) {
                        // another part of a slice already passed: a scratch shadow
                        let tmp = self.fwd.fresh("shadow");
                        before.extend(quote!(let mut #tmp = #rt::zeros_like(#xs);));
                        after.extend(quote!(for (__ad_d, __ad_s) in #region.iter_mut().zip(#tmp.iter()) { *__ad_d = *__ad_d + *__ad_s; }));
                        args.push(quote!(#xs, &mut #tmp[..]));
                    } else {
                        args.push(quote!(#xs, &mut #region));
                    }
                    seen.push(*param);
                }
                CallArg::Inactive(_) | CallArg::HiddenData(_) => args.push(tok.clone()),
                CallArg::ConstSlice(i) => {
                    let z = self.fwd.const_zeros(i, tok);
                    args.push(quote!(#tok, &mut #z));
                }
                CallArg::Buf { buf, .. } => {
                    // the callee adds into a scratch buffer, added into the buffer's
                    // adjoint after the call
                    let h_ver = self.fwd.version(*buf);
                    let hb = super::buffers::buffer_bar(&h_ver);
                    let tmp = self.fwd.fresh("shadow");
                    let zero = zero_name();
                    before.extend(quote!(let mut #tmp = #rt::vec_buffer(#tok.len(), #zero);));
                    after.extend(quote!(for (__ad_d, __ad_s) in #hb.iter_mut().zip(#tmp.iter()) { *__ad_d = *__ad_d + *__ad_s; }));
                    args.push(quote!(#tok, &mut #tmp[..]));
                }
                CallArg::Arr(v) => {
                    // the callee adds into a scratch array, added into the array's
                    // accumulator after the call (which may pass the array twice)
                    let ab = self.bar_of(*v);
                    let tmp = self.fwd.fresh("shadow");
                    let z = self.zero_value(*v);
                    before.extend(quote!(let mut #tmp = #z;));
                    let (elem, other) = (mixed("__ad_elem"), mixed("__ad_other"));
                    after.extend(self.each_elem(
                        *v,
                        &ab.to_token_stream(),
                        Some(&tmp.to_token_stream()),
                        quote!(*#elem = *#elem + *#other;),
                    ));
                    args.push(quote!(&#tok, &mut #tmp));
                }
            }
        }
        // the values of constants and data as the forward sweep passes them
        let mut dargs = super::dispatch::args_of(self.fwd.f, c, &args, primal, false, 2);
        dargs.push(super::dispatch::DArg::one(quote!(#t)));
        let pullback = self.derivative_call(c, "vjp", &dargs);
        let outs: Vec<Ident> = receivers.iter().map(|_| self.fwd.fresh("cb")).collect();
        let mut s = if outs.is_empty() {
            quote!(#before let _ = #pullback; #after)
        } else {
            // the pattern's arity is the callee's: a mismatch is reported at the call
            let pat = located_at(quote!((_, #(#outs),*)), call_span(c));
            quote!(#before let #pat = #pullback; #after)
        };
        for (o, id) in receivers.iter().zip(&outs) {
            s.extend(self.acc(o, quote!(#id)));
        }
        s
    }

    /// The call of the callee's `h_vjp` or `h_hvp` (by `suffix`) with `args`, whose
    /// results are the value and one entry per scalar argument (see `dispatch`).
    fn derivative_call(
        &self,
        c: &Call,
        suffix: &str,
        args: &[super::dispatch::DArg],
    ) -> TokenStream {
        self.fwd.adjoints_call(c, suffix, args)
    }

    fn receiver(&self, at: &Atom, tok: &TokenStream) -> Opnd {
        match at {
            Atom::Var(v) => Opnd {
                var: Some(*v).filter(|v| self.fwd.f.vars[*v].active),
                tok: tok.clone(),
                raw: None,
            },
            Atom::Const(_) => Opnd {
                var: None,
                tok: tok.clone(),
                raw: None,
            },
        }
    }

    /// Forward-over-reverse through a call, from the callee's documented `h_vjp` and
    /// `h_hvp` (so hand-written rules compose too). With the seed `t + ṫε` and the
    /// callee's gradient `g` and Hessian-vector product `H·v` along the arguments'
    /// tangents, an argument's adjoint is `t·g + (ṫ·g + t·H·v)ε`. Slice arguments need
    /// scratch buffers for `g` and `H·v` (their shadows only keep the `ε` part).
    ///
    /// With `array`, the callee returns `[F; M]` and its `h_vjp` and `h_hvp` take an
    /// array seed: with the seed `t + ṫε` (arrays), an argument's adjoint is
    /// `Jᵀt + (Jᵀṫ + (Σᵢ tᵢ Hᵢ)·v)ε`, from two pullbacks and one seeded Hessian-vector
    /// product.
    pub(super) fn second_order_call(
        &mut self,
        c: &'a Call,
        primal: &[TokenStream],
        t: &Ident,
        array: bool,
    ) -> TokenStream {
        let rt = self.fwd.rt.clone();
        // the pullbacks run: one with seed 1 (scalar), or with the two parts of the
        // array seed
        let passes = if array { 2 } else { 1 };
        let mut vjp_args: Vec<Vec<TokenStream>> = vec![Vec::new(); passes];
        let mut hvp_args = Vec::new();
        let mut receivers = Vec::new();
        let mut before = TokenStream::new();
        let mut after = TokenStream::new();
        // the primal and tangent parts of an argument's adjoint, from the pullbacks'
        // results `g` (one per pass) and the Hessian-vector product `h`
        let re = |g: &[TokenStream]| {
            let g0 = &g[0];
            if array {
                quote!(#g0)
            } else {
                quote!(#t.re * #g0)
            }
        };
        let eps = |g: &[TokenStream], h: &TokenStream| {
            if array {
                let g1 = &g[1];
                quote!(#g1 + #h)
            } else {
                let g0 = &g[0];
                quote!(#t.eps * #g0 + #t.re * #h)
            }
        };
        for (a, tok) in c.args.iter().zip(primal) {
            match a {
                CallArg::Active(at) => {
                    for args in &mut vjp_args {
                        args.push(quote!(#tok.re));
                    }
                    let at_arg = match at {
                        Atom::Const(k) => syn::spanned::Spanned::span(&k.expr),
                        Atom::Var(_) => call_span(c),
                    };
                    hvp_args.push(located_at(quote!(#tok.re, #tok.eps), at_arg));
                    receivers.push(self.receiver(at, tok));
                }
                CallArg::Slice(p) if super::assemble::is_struct_ref(&self.fwd.f.params[*p].ty) => {
                    // a struct passed on (see `crate::structs`): the same, leaf by leaf
                    let x = self.fwd.f.params[*p].ident.clone();
                    let (dir, sh) = (self.fwd.tangent[*p].clone(), self.shadow[*p].clone());
                    let h = self.fwd.fresh("hv");
                    let d = quote!(#rt::Differentiable);
                    before.extend(quote!(let mut #h = #d::zeros_like(#x);));
                    let mut gs = Vec::new();
                    for args in &mut vjp_args {
                        let g = self.fwd.fresh("g");
                        before.extend(quote!(let mut #g = #d::zeros_like(#x);));
                        args.push(quote!(#x, &mut #g));
                        gs.push(g);
                    }
                    hvp_args.push(quote!(#x, #dir, &mut #h));
                    after.extend(if array {
                        let g1 = &gs[1];
                        quote!(#d::add_assign(#sh, &#g1); #d::add_assign(#sh, &#h);)
                    } else {
                        let g0 = &gs[0];
                        quote!(#d::axpy(#sh, #t.eps, &#g0); #d::axpy(#sh, #t.re, &#h);)
                    });
                }
                CallArg::Slice(p) => {
                    let x = self.fwd.f.params[*p].ident.clone();
                    let (dir, sh) = (self.fwd.tangent[*p].clone(), self.shadow[*p].clone());
                    let h = self.fwd.fresh("hv");
                    before.extend(quote!(let mut #h = #rt::zeros_like(#x);));
                    let mut gs = Vec::new();
                    for args in &mut vjp_args {
                        let g = self.fwd.fresh("g");
                        before.extend(quote!(let mut #g = #rt::zeros_like(#x);));
                        args.push(quote!(#x, &mut #g[..]));
                        gs.push(g);
                    }
                    hvp_args.push(quote!(#x, #dir, &mut #h[..]));
                    let gi: Vec<TokenStream> = gs.iter().map(|g| quote!(#g[__ad_i])).collect();
                    let e = eps(&gi, &quote!(#h[__ad_i]));
                    after.extend(quote! {
                        for __ad_i in 0..#sh.len() {
                            #sh[__ad_i] = #sh[__ad_i] + #e;
                        }
                    });
                    if let Some(gsh) = self.gradient_shadow[*p].clone() {
                        let r = re(&gi);
                        after.extend(quote! {
                            for __ad_i in 0..#gsh.len() {
                                #gsh[__ad_i] = #gsh[__ad_i] + #r;
                            }
                        });
                    }
                }
                CallArg::Buf { buf, .. } => {
                    // a buffer's adjoint is dual: both parts
                    let h_ver = self.fwd.version(*buf);
                    let ab = super::buffers::buffer_bar(&h_ver);
                    let (p, d) = (self.fwd.fresh("primal"), self.fwd.fresh("dir"));
                    let h = self.fwd.fresh("hv");
                    before.extend(quote! {
                        let (#p, #d) = #rt::buffer_parts(#tok);
                        let mut #h = #rt::zeros_like(&#p[..]);
                    });
                    let mut gs = Vec::new();
                    for args in &mut vjp_args {
                        let g = self.fwd.fresh("g");
                        before.extend(quote!(let mut #g = #rt::zeros_like(&#p[..]);));
                        args.push(quote!(&#p[..], &mut #g[..]));
                        gs.push(g);
                    }
                    hvp_args.push(quote!(&#p[..], &#d[..], &mut #h[..]));
                    let gi: Vec<TokenStream> = gs.iter().map(|g| quote!(#g[__ad_i])).collect();
                    let (r, e) = (re(&gi), eps(&gi, &quote!(#h[__ad_i])));
                    after.extend(quote! {
                        for __ad_i in 0..#ab.len() {
                            #ab[__ad_i] = #ab[__ad_i] + #rt::Dual::new(#r, #e);
                        }
                    });
                }
                CallArg::Arr(v) => {
                    // a local array's adjoint is dual: both parts
                    let ab = self.bar_of(*v);
                    let (p, d) = (self.fwd.fresh("primal"), self.fwd.fresh("dir"));
                    let h = self.fwd.fresh("hv");
                    before.extend(quote! {
                        let #p = #tok.map(|__ad_d| __ad_d.re);
                        let #d = #tok.map(|__ad_d| __ad_d.eps);
                        let mut #h = #tok.map(|__ad_d| #rt::zero_like(&__ad_d.re));
                    });
                    let mut gs = Vec::new();
                    for args in &mut vjp_args {
                        let g = self.fwd.fresh("g");
                        before.extend(quote!(let mut #g = #h;));
                        args.push(quote!(&#p, &mut #g));
                        gs.push(g);
                    }
                    hvp_args.push(quote!(&#p, &#d, &mut #h));
                    let gi: Vec<TokenStream> = gs.iter().map(|g| quote!(#g[__ad_i])).collect();
                    let (r, e) = (re(&gi), eps(&gi, &quote!(#h[__ad_i])));
                    after.extend(quote! {
                        for __ad_i in 0..#ab.len() {
                            #ab[__ad_i] = #ab[__ad_i] + #rt::Dual::new(#r, #e);
                        }
                    });
                }
                CallArg::SubSlice { param, .. } => {
                    let x = self.fwd.f.params[*param].ident.clone();
                    let (dir, sh) = (
                        self.fwd.tangent[*param].clone(),
                        self.shadow[*param].clone(),
                    );
                    let part = |t: &Option<Ident>| quote!(#t[::core::clone::Clone::clone(&#tok)]);
                    let (xs, ds, region) = (part(&Some(x)), part(&dir), part(&sh));
                    let h = self.fwd.fresh("hv");
                    before.extend(quote!(let mut #h = #rt::zeros_like(&#xs);));
                    let mut gs = Vec::new();
                    for args in &mut vjp_args {
                        let g = self.fwd.fresh("g");
                        before.extend(quote!(let mut #g = #rt::zeros_like(&#xs);));
                        args.push(quote!(&#xs, &mut #g[..]));
                        gs.push(g);
                    }
                    hvp_args.push(quote!(&#xs, &#ds, &mut #h[..]));
                    let gi: Vec<TokenStream> = gs.iter().map(|g| quote!(#g[__ad_i])).collect();
                    let e = eps(&gi, &quote!(#h[__ad_i]));
                    after.extend(quote! {
                        let __ad_region = &mut #region;
                        for __ad_i in 0..__ad_region.len() {
                            __ad_region[__ad_i] = __ad_region[__ad_i] + #e;
                        }
                    });
                    if let Some(gsh) = self.gradient_shadow[*param].clone() {
                        let r = re(&gi);
                        after.extend(quote! {
                            let __ad_region = &mut #gsh[::core::clone::Clone::clone(&#tok)];
                            for __ad_i in 0..__ad_region.len() {
                                __ad_region[__ad_i] = __ad_region[__ad_i] + #r;
                            }
                        });
                    }
                }
                CallArg::Inactive(_) | CallArg::HiddenData(_) => {
                    for args in &mut vjp_args {
                        args.push(tok.clone());
                    }
                    hvp_args.push(tok.clone());
                }
                CallArg::ConstSlice(i) => {
                    let z = self.fwd.const_zeros(i, tok);
                    for args in &mut vjp_args {
                        args.push(quote!(#tok, &mut #z));
                    }
                    hvp_args.push(quote!(#tok, &#z, &mut #z));
                }
            }
        }
        let seeds: Vec<TokenStream> = if array {
            // in the callee's type: an array, or a tuple of floats
            vec![
                quote!(#rt::from_array(#t.map(|__ad_d| __ad_d.re))),
                quote!(#rt::from_array(#t.map(|__ad_d| __ad_d.eps))),
            ]
        } else {
            vec![quote!(#rt::one_like(&#t.re))]
        };
        let gs: Vec<Vec<Ident>> = (0..passes)
            .map(|_| receivers.iter().map(|_| self.fwd.fresh("g")).collect())
            .collect();
        let hs: Vec<Ident> = receivers.iter().map(|_| self.fwd.fresh("hv")).collect();
        // at the call: a callee whose signature does not fit is reported there
        let pat = |ids: &[Ident]| {
            if ids.is_empty() {
                quote!(_)
            } else {
                located_at(quote!((_, #(#ids),*)), call_span(c))
            }
        };
        // the values of constants (their primal parts) and of data (as they are)
        let values: Vec<TokenStream> = c
            .args
            .iter()
            .zip(primal)
            .map(|(a, tok)| match a {
                CallArg::Active(_) => quote!(#tok.re),
                _ => tok.clone(),
            })
            .collect();
        let mut s = before;
        for ((args, seed), g) in vjp_args.iter().zip(&seeds).zip(&gs) {
            let gp = pat(g);
            let mut dargs = super::dispatch::args_of(self.fwd.f, c, args, &values, false, 2);
            dargs.push(super::dispatch::DArg::one(seed.clone()));
            let pullback = self.derivative_call(c, "vjp", &dargs);
            s.extend(quote!(let #gp = #pullback;));
        }
        let hp = pat(&hs);
        let mut dargs = super::dispatch::args_of(self.fwd.f, c, &hvp_args, &values, true, 3);
        if array {
            dargs.push(super::dispatch::DArg::one(seeds[0].clone()));
        }
        // a callee returning an array takes its seed last in `h_hvp` too
        let product = self.derivative_call(c, "hvp", &dargs);
        s.extend(quote!(let #hp = #product; #after));
        for (k, (o, h)) in receivers.iter().zip(&hs).enumerate() {
            let g: Vec<TokenStream> = gs.iter().map(|pass| pass[k].to_token_stream()).collect();
            let (r, e) = (re(&g), eps(&g, &h.to_token_stream()));
            s.extend(self.acc(o, quote!(#rt::Dual::new(#r, #e))));
        }
        s
    }
}

/// Whether a constant operand is the literal one (`1.0`, `1`, `1f64`), through the
/// parentheses and the dual-number constructor the forward sweep wraps it in.
fn is_one(o: &Opnd) -> bool {
    let tok = o.raw.as_ref().unwrap_or(&o.tok);
    let Ok(mut e) = syn::parse2::<syn::Expr>(tok.clone()) else {
        return false;
    };
    while let syn::Expr::Paren(p) = e {
        e = *p.expr;
    }
    match e {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Float(f),
            ..
        }) => f.base10_parse::<f64>().is_ok_and(|v| v == 1.0),
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) => i.base10_parse::<u64>().is_ok_and(|v| v == 1),
        _ => false,
    }
}

/// Where the user wrote a call (its callee's path).
fn call_span(c: &Call) -> proc_macro2::Span {
    syn::spanned::Spanned::span(&c.callee)
}

/// The additive identity of adjoints (`-0.0` of the adjoints' type), declared once at
/// the top of a reverse-mode function.
pub(crate) fn zero_name() -> Ident {
    super::mixed("__ad_zero")
}
