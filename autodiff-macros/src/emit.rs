//! IR -> tokens: the forward sweep (primal code in SSA form, with tangents when the
//! scalar is a dual number) and the adjoint sweep of the reverse transformation.
//!
//! Every value the IR defines becomes a fresh immutable local (`__ad_<name>_<n>`,
//! mixed-site hygiene, so user names cannot collide). Variables that a loop
//! overwrites live in one mutable local across the loop. The adjoint sweep replays
//! each `if` branch and each loop iteration (recomputing its locals) right before
//! differentiating it; a loop records only the outer values that the iteration both
//! overwrites and needs (see `analysis::needs_record`).

use crate::analysis;
use crate::ir::{
    Atom, Base, BinOp, Block, Call, CallArg, ForLoop, Func, Inact, Output, ParamKind, Stmt, Val,
    VarId,
};
use crate::resolve::placeholder_var;
use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned, ToTokens};

/// Which generated function is being emitted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Jvp,
    Vjp,
    Grad,
    Hvp,
}

impl Kind {
    /// Active values are dual numbers (value + tangent).
    pub(crate) fn dual(self) -> bool {
        matches!(self, Kind::Jvp | Kind::Hvp)
    }
}

/// An operand recorded for the adjoint: the variable it reads (if active) and
/// the tokens of its primal value.
#[derive(Clone)]
struct Opnd {
    var: Option<VarId>,
    tok: TokenStream,
}

enum RVal<'a> {
    Copy(Opnd),
    Neg(Opnd),
    Bin(BinOp, Opnd, Opnd),
    Rule(Vec<(Opnd, Ident)>),
    Index(usize, Ident),
    Call(&'a Call, Vec<TokenStream>),
}

type Versions = Vec<Option<Ident>>;

/// What the forward sweep leaves for the adjoint sweep.
enum Rec<'a> {
    Set {
        var: VarId,
        r: RVal<'a>,
        out: Ident,
    },
    If {
        cond: Ident,
        entry: Versions,
        then_b: &'a Block,
        else_b: &'a Block,
    },
    For {
        l: &'a ForLoop,
        entry: Versions,
        lo: Ident,
        hi: Ident,
        last: Option<Ident>,
        muts: Vec<(VarId, Ident)>,
        tapes: Taping,
    },
    While {
        body: &'a Block,
        entry: Versions,
        count: Ident,
        muts: Vec<(VarId, Ident)>,
        tapes: Taping,
    },
}

/// How a loop restores, in its reverse sweep, the carried values each iteration needs.
#[derive(Default)]
struct Taping {
    /// Values recorded per iteration.
    recorded: Vec<(VarId, Ident)>,
    /// `Some(position)`: the records are stack arrays (constant trip count), indexed
    /// by this counter; `None`: growable buffers.
    stack_pos: Option<Ident>,
    /// Values restored by undoing a constant increment (`i += 1`): `(var, c, adds)`.
    inverted: Vec<(VarId, TokenStream, bool)>,
}

/// Emission state for one generated function.
pub(crate) struct Emitter<'a> {
    pub f: &'a Func,
    /// `::differentiable::__private` (or the user's override).
    pub rt: TokenStream,
    pub kind: Kind,
    /// Current SSA name of each variable.
    pub ver: Versions,
    /// Per parameter: the tangent (jvp) or direction (hvp) input.
    pub tangent: Vec<Option<Ident>>,
    /// Per parameter: where its adjoint accumulates (shadow slice or local array).
    pub shadow: Vec<Option<Ident>>,
    /// Per variable: its adjoint accumulator.
    pub bar: Vec<Option<Ident>>,
    counter: usize,
    /// Tapes of loop-carried values, declared once at the top of the function so a
    /// loop nested in another reuses its buffer across outer iterations.
    pub tapes: Vec<(Ident, Span)>,
    /// Emitting the replay of an iteration or branch for its adjoint.
    replaying: bool,
    /// Names of the function's const generic parameters (constant trip counts).
    pub const_generics: Vec<String>,
    /// Internal inconsistencies, reported as compile errors (never a panic).
    pub errors: Vec<syn::Error>,
}

pub(crate) fn mixed(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

impl<'a> Emitter<'a> {
    pub(crate) fn new(f: &'a Func, rt: TokenStream, kind: Kind) -> Self {
        Emitter {
            f,
            rt,
            kind,
            ver: vec![None; f.vars.len()],
            tangent: vec![None; f.params.len()],
            shadow: vec![None; f.params.len()],
            bar: vec![None; f.vars.len()],
            counter: 0,
            tapes: Vec::new(),
            replaying: false,
            const_generics: Vec::new(),
            errors: Vec::new(),
        }
    }

    pub(crate) fn fresh(&mut self, base: &str) -> Ident {
        self.counter += 1;
        format_ident!("__ad_{}_{}", base, self.counter, span = Span::mixed_site())
    }

    fn version(&mut self, v: VarId) -> Ident {
        match self.ver[v].clone() {
            Some(id) => id,
            None => {
                self.errors.push(syn::Error::new(
                    Span::call_site(),
                    format!(
                        "variable `{}` may be used before it is assigned on every path",
                        self.f.vars[v].name
                    ),
                ));
                mixed("__ad_unassigned")
            }
        }
    }

    /// Tokens of an inactive expression with placeholders resolved to current versions.
    pub(crate) fn inact(&mut self, i: &Inact) -> TokenStream {
        let ts = i.expr.to_token_stream();
        self.subst(ts)
    }

    fn subst(&mut self, ts: TokenStream) -> TokenStream {
        ts.into_iter()
            .map(|tt| match tt {
                TokenTree::Ident(id) => match placeholder_var(&id) {
                    Some(v) => {
                        let cur = self.version(v);
                        if self.kind.dual() && self.f.vars[v].active {
                            TokenTree::Group(Group::new(Delimiter::Parenthesis, quote!(#cur.re)))
                        } else {
                            TokenTree::Ident(cur)
                        }
                    }
                    None => TokenTree::Ident(id),
                },
                TokenTree::Group(g) => {
                    let mut ng = Group::new(g.delimiter(), self.subst(g.stream()));
                    ng.set_span(g.span());
                    TokenTree::Group(ng)
                }
                other => other,
            })
            .collect()
    }

    /// Tokens of an operand in active position.
    fn opnd(&mut self, a: &Atom) -> Opnd {
        match a {
            Atom::Var(v) => Opnd {
                var: Some(*v).filter(|v| self.f.vars[*v].active),
                tok: self.version(*v).to_token_stream(),
            },
            Atom::Const(c) => {
                let e = self.inact(c);
                let rt = &self.rt;
                let tok = if self.kind.dual() {
                    quote!(#rt::Dual::constant(#e))
                } else {
                    quote!((#e))
                };
                Opnd { var: None, tok }
            }
        }
    }

    /// Reads element `ix` of active parameter `p` as an active value.
    fn read_elem(&mut self, p: usize, ix: &TokenStream) -> TokenStream {
        let x = &self.f.params[p].ident;
        if self.kind.dual() {
            let rt = &self.rt;
            match &self.tangent[p] {
                Some(t) => quote!(#rt::Dual::new(#x[#ix], #t[#ix])),
                None => quote!(#rt::Dual::constant(#x[#ix])),
            }
        } else {
            quote!(#x[#ix])
        }
    }

    /// Emits a statement sequence; `record` keeps what the adjoint sweep needs.
    fn block(&mut self, b: &'a Block, record: bool, recs: &mut Vec<Rec<'a>>) -> TokenStream {
        let mut out = TokenStream::new();
        for (k, s) in b.stmts.iter().enumerate() {
            if let (Stmt::For(l), true, true) = (s, record, self.replaying) {
                // When replaying an iteration for its adjoint, a nested loop whose
                // results nothing after it reads need not run forward: its own
                // reverse sweep replays each of its iterations anyway.
                let rest = &b.stmts[k + 1..];
                let dead = l.brk.is_none()
                    && !analysis::carried(&l.body)
                        .iter()
                        .any(|v| analysis::is_read(*v, rest));
                out.extend(self.for_loop(l, record, dead, recs));
                continue;
            }
            out.extend(self.stmt(s, record, recs));
        }
        out
    }

    /// The forward sweep of a whole body.
    pub(crate) fn forward(
        &mut self,
        b: &'a Block,
        record: bool,
    ) -> (TokenStream, Vec<RecList<'a>>) {
        let mut recs = Vec::new();
        let ts = self.block(b, record, &mut recs);
        (ts, vec![RecList(recs)])
    }

    fn stmt(&mut self, s: &'a Stmt, record: bool, recs: &mut Vec<Rec<'a>>) -> TokenStream {
        match s {
            Stmt::Set {
                var,
                val,
                span,
                def,
            } => self.set(*var, val, *span, *def, record, recs),
            Stmt::Decl(_) => TokenStream::new(),
            Stmt::Effect(i) => {
                let e = self.inact(i);
                quote!(#e;)
            }
            Stmt::If {
                cond,
                then_b,
                else_b,
            } => self.if_stmt(cond, then_b, else_b, record, recs),
            Stmt::For(l) => self.for_loop(l, record, false, recs),
            Stmt::While { cond, body, brk } => self.while_loop(cond, body, *brk, record, recs),
        }
    }

    fn set(
        &mut self,
        var: VarId,
        val: &'a Val,
        span: Span,
        def: bool,
        record: bool,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let active = self.f.vars[var].active;
        let id = self.fresh(&self.f.vars[var].name.clone());
        let rt = self.rt.clone();
        let (ts, r) = match val {
            Val::Inact(i) if !active => {
                let e = self.inact(i);
                let ann = if def {
                    self.f.annotations[var].as_ref().map(|t| quote!(: #t))
                } else {
                    None
                };
                (quote_spanned!(span=> let #id #ann = #e;), None)
            }
            Val::Inact(i) => {
                let o = self.opnd(&Atom::Const(i.clone()));
                let t = &o.tok;
                (quote!(let #id = #t;), Some(RVal::Copy(o)))
            }
            Val::Atom(a) => {
                let o = self.opnd(a);
                let t = &o.tok;
                (quote!(let #id = #t;), Some(RVal::Copy(o)))
            }
            Val::Neg(a) => {
                let o = self.opnd(a);
                let t = &o.tok;
                (quote_spanned!(span=> let #id = -#t;), Some(RVal::Neg(o)))
            }
            Val::Bin(op, a, b) => {
                let (oa, ob) = (self.opnd(a), self.opnd(b));
                let (ta, tb) = (&oa.tok, &ob.tok);
                let e = match op {
                    BinOp::Add => quote_spanned!(span=> #ta + #tb),
                    BinOp::Sub => quote_spanned!(span=> #ta - #tb),
                    BinOp::Mul => quote_spanned!(span=> #ta * #tb),
                    BinOp::Div => quote_spanned!(span=> #ta / #tb),
                };
                (quote!(let #id = #e;), Some(RVal::Bin(*op, oa, ob)))
            }
            Val::Rule { name, args, extra } => {
                let ops: Vec<Opnd> = args.iter().map(|a| self.opnd(a)).collect();
                let toks: Vec<&TokenStream> = ops.iter().map(|o| &o.tok).collect();
                let extra = extra.as_ref().map(|e| {
                    let e = self.inact(e);
                    quote!(, #e)
                });
                let f = Ident::new(name, span);
                let call = quote_spanned!(span=> #rt::rules::#f(#(#toks),* #extra));
                if record && active {
                    let ds: Vec<Ident> = ops.iter().map(|_| self.fresh("d")).collect();
                    (
                        quote!(let (#id, #(#ds),*) = #call;),
                        Some(RVal::Rule(ops.into_iter().zip(ds).collect())),
                    )
                } else {
                    (quote!(let #id = #call.0;), None)
                }
            }
            Val::Index {
                base: Base::Param(p),
                index,
            } => {
                let ix = self.fresh("ix");
                let e = self.inact(index);
                let read = self.read_elem(*p, &ix.to_token_stream());
                (
                    quote!(let #ix: usize = #e; let #id = #read;),
                    Some(RVal::Index(*p, ix)),
                )
            }
            Val::Call(c) => {
                let (ts, primal_args) = self.call_forward(c, &id, span);
                (ts, Some(RVal::Call(c, primal_args)))
            }
        };
        self.ver[var] = Some(id.clone());
        if record && active {
            if let Some(r) = r {
                recs.push(Rec::Set { var, r, out: id });
            }
        }
        ts
    }

    /// The callee's generated function: `h` -> `h_jvp` (keeping the path and generics);
    /// `None` calls the callee itself.
    fn callee(&self, c: &Call, suffix: Option<&str>) -> TokenStream {
        let mut path = c.callee.clone();
        if let (Some(last), Some(suffix)) = (path.segments.last_mut(), suffix) {
            last.ident = format_ident!("{}_{}", last.ident, suffix, span = last.ident.span());
        }
        if c.method_on_self {
            quote!(self.#path)
        } else {
            quote!(#path)
        }
    }

    fn call_forward(
        &mut self,
        c: &'a Call,
        id: &Ident,
        span: Span,
    ) -> (TokenStream, Vec<TokenStream>) {
        let rt = self.rt.clone();
        let mut primal = Vec::new();
        let mut with_tangents = Vec::new();
        for a in &c.args {
            match a {
                CallArg::Active(at) => {
                    let o = self.opnd(at);
                    let t = o.tok.clone();
                    primal.push(t.clone());
                    with_tangents.push(quote!(#t.re, #t.eps));
                }
                CallArg::Slice(p) => {
                    let x = self.f.params[*p].ident.clone();
                    primal.push(quote!(#x));
                    match &self.tangent[*p] {
                        Some(t) => with_tangents.push(quote!(#x, #t)),
                        None => with_tangents.push(quote!(#x, #x)),
                    }
                }
                CallArg::Inactive(i) => {
                    let e = self.inact(i);
                    primal.push(e.clone());
                    with_tangents.push(e);
                }
                CallArg::ConstSlice(i) => {
                    let e = self.inact(i);
                    primal.push(e.clone());
                    with_tangents.push(quote!(#e, &#rt::zeros_like(#e)[..]));
                }
            }
        }
        if self.kind.dual() {
            let jvp = self.callee(c, Some("jvp"));
            let (v, t) = (self.fresh("v"), self.fresh("t"));
            (
                quote_spanned!(span=> let #id = { let (#v, #t) = #jvp(#(#with_tangents),*); #rt::Dual::new(#v, #t) };),
                primal,
            )
        } else {
            let f = self.callee(c, None);
            (quote_spanned!(span=> let #id = #f(#(#primal),*);), primal)
        }
    }

    fn if_stmt(
        &mut self,
        cond: &'a Inact,
        then_b: &'a Block,
        else_b: &'a Block,
        record: bool,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let c = self.fresh("cond");
        let ce = self.inact(cond);
        let mut outs = analysis::carried(then_b);
        for v in analysis::carried(else_b) {
            if !outs.contains(&v) {
                outs.push(v);
            }
        }
        let entry = self.ver.clone();
        let mut scratch = Vec::new();
        let tts = self.block(then_b, false, &mut scratch);
        let tvals: Vec<Ident> = outs.iter().map(|&v| self.version(v)).collect();
        self.ver = entry.clone();
        let ets = self.block(else_b, false, &mut scratch);
        let evals: Vec<Ident> = outs.iter().map(|&v| self.version(v)).collect();
        self.ver = entry.clone();
        let names: Vec<Ident> = outs
            .iter()
            .map(|&v| self.fresh(&self.f.vars[v].name.clone()))
            .collect();
        for (&v, n) in outs.iter().zip(&names) {
            self.ver[v] = Some(n.clone());
        }
        if record {
            recs.push(Rec::If {
                cond: c.clone(),
                entry,
                then_b,
                else_b,
            });
        }
        quote! {
            let #c: bool = #ce;
            let (#(#names,)*) = if #c { #tts (#(#tvals,)*) } else { #ets (#(#evals,)*) };
        }
    }

    /// Loop-carried variables: one mutable local each, initialised from the current version.
    fn loop_muts(&mut self, body: &Block) -> (Vec<(VarId, Ident)>, TokenStream) {
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
    fn loop_tapes(
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
            if !analysis::needs_record(*v, body) {
                continue;
            }
            if !self.f.vars[*v].active {
                if let Some((c, add)) = analysis::invertible_update(*v, body, &carried) {
                    let c = self.inact(&c);
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
    fn const_trips(&self, l: &ForLoop) -> Option<TokenStream> {
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
    fn iteration(
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
    fn after_loop(&mut self, muts: &[(VarId, Ident)]) -> TokenStream {
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
    fn for_loop(
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

    fn while_loop(
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

    // ---------------------------------------------------- fused accumulation loops

    /// Whether every active value the loop body carries is a pure accumulator
    /// (`s += ..`): its adjoint is then constant across the loop, so iterations can be
    /// differentiated in any order, each right after it runs.
    fn fusable(&self, body: &Block) -> bool {
        analysis::carried(body)
            .iter()
            .all(|v| !self.f.vars[*v].active || !analysis::needs_record(*v, body))
    }

    fn fusable_loop(&self, s: &Stmt) -> bool {
        match s {
            Stmt::For(l) => self.fusable(&l.body),
            Stmt::While { body, .. } => self.fusable(body),
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
    ) -> Option<(TokenStream, TokenStream, Vec<RecList<'a>>)> {
        let Output::Scalar(Atom::Var(o)) = out else {
            return None;
        };
        let (last, prefix) = b.stmts.split_last()?;
        let body = match last {
            Stmt::For(l) => &l.body,
            Stmt::While { body, .. } => body,
            _ => return None,
        };
        if !analysis::carried(body).contains(o) || !self.fusable(body) {
            return None;
        }
        let mut recs = Vec::new();
        let mut pre = TokenStream::new();
        for s in prefix {
            pre.extend(self.stmt(s, true, &mut recs));
        }
        let tail = self.fused_loop(last);
        Some((pre, tail, vec![RecList(recs)]))
    }

    fn fused_loop(&mut self, s: &'a Stmt) -> TokenStream {
        match s {
            Stmt::For(l) => {
                let (lo, hi) = (self.fresh("lo"), self.fresh("hi"));
                let (loe, hie) = (self.inact(&l.lo), self.inact(&l.hi));
                let (muts, mut_ts) = self.loop_muts(&l.body);
                let i = self.fresh(&self.f.vars[l.idx].name.clone());
                self.ver[l.idx] = Some(i.clone());
                let body = self.fused_iteration(&l.body, &muts, l.brk);
                let after = self.after_loop(&muts);
                let range = if l.inclusive {
                    quote!(#lo..=#hi)
                } else {
                    quote!(#lo..#hi)
                };
                quote!(let #lo = #loe; let #hi = #hie; #mut_ts for #i in #range { #body } #after)
            }
            Stmt::While { cond, body, brk } => {
                let (muts, mut_ts) = self.loop_muts(body);
                for (v, m) in &muts {
                    self.ver[*v] = Some(m.clone());
                }
                let ce = self.inact(cond);
                let b = self.fused_iteration(body, &muts, *brk);
                let after = self.after_loop(&muts);
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
            let s = self.fresh(&self.f.vars[*v].name.clone());
            ts.extend(quote!(let #s = #m;));
            self.ver[*v] = Some(s);
        }
        let fuse_last = body.stmts.last().is_some_and(|s| self.fusable_loop(s));
        let n = body.stmts.len() - usize::from(fuse_last);
        let mut recs = Vec::new();
        for s in &body.stmts[..n] {
            ts.extend(self.stmt(s, true, &mut recs));
        }
        if fuse_last {
            if let Some(last) = body.stmts.last() {
                ts.extend(self.fused_loop(last));
            }
        }
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
        let adj = self.adjoint_list(recs);
        quote!(#ts #(#wb)* #adj #stop)
    }

    // ---------------------------------------------------------------- adjoint sweep

    /// The adjoint sweep of recorded statements, in reverse order.
    pub(crate) fn adjoint(&mut self, recs: Vec<RecList<'a>>) -> TokenStream {
        let mut out = TokenStream::new();
        for RecList(list) in recs {
            out.extend(self.adjoint_list(list));
        }
        out
    }

    fn adjoint_list(&mut self, recs: Vec<Rec<'a>>) -> TokenStream {
        let mut out = TokenStream::new();
        for r in recs.into_iter().rev() {
            out.extend(self.adjoint_rec(r));
        }
        out
    }

    /// Tokens of an atom in active position (output values).
    pub(crate) fn atom_tokens(&mut self, a: &Atom) -> TokenStream {
        self.opnd(a).tok
    }

    /// The adjoint accumulator of `v`, created on first use.
    pub(crate) fn bar_ident(&mut self, v: VarId) -> Ident {
        self.bar_of(v)
    }

    fn bar_of(&mut self, v: VarId) -> Ident {
        match self.bar[v].clone() {
            Some(b) => b,
            None => {
                let b = self.fresh(&format!("{}_bar", self.f.vars[v].name));
                self.bar[v] = Some(b.clone());
                b
            }
        }
    }

    /// `bar_u += contribution` when the operand is active.
    fn acc(&mut self, o: &Opnd, contribution: TokenStream) -> TokenStream {
        match o.var {
            Some(u) => {
                let b = self.bar_of(u);
                quote!(#b = #b + #contribution;)
            }
            None => TokenStream::new(),
        }
    }

    fn adjoint_rec(&mut self, r: Rec<'a>) -> TokenStream {
        let rt = self.rt.clone();
        match r {
            Rec::Set { var, r, out } => {
                let b = self.bar_of(var);
                let t = self.fresh("adj");
                let head = quote!(let #t = #b; #b = #rt::zero_like(&#t););
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
                                let mut s = self.acc(&a, quote!(#t * #tb));
                                s.extend(self.acc(&bb, quote!(#t * #ta)));
                                s
                            }
                            BinOp::Div => {
                                let mut s = self.acc(&a, quote!(#t / #tb));
                                s.extend(self.acc(&bb, quote!((-(#t * #out / #tb)))));
                                s
                            }
                        }
                    }
                    RVal::Rule(parts) => {
                        let mut s = TokenStream::new();
                        for (o, d) in parts {
                            s.extend(self.acc(&o, quote!(#t * #d)));
                        }
                        s
                    }
                    RVal::Index(p, ix) => self.index_adjoint(p, &ix, &t),
                    RVal::Call(c, primal) => self.call_adjoint(c, &primal, &t),
                };
                quote!({ #head #body })
            }
            Rec::If {
                cond,
                entry,
                then_b,
                else_b,
            } => {
                let saved = std::mem::replace(&mut self.ver, entry.clone());
                let mut tr = Vec::new();
                let tf = self.block(then_b, true, &mut tr);
                let ta = self.adjoint_list(tr);
                self.ver = entry;
                let mut er = Vec::new();
                let ef = self.block(else_b, true, &mut er);
                let ea = self.adjoint_list(er);
                self.ver = saved;
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
            } => {
                let saved = std::mem::replace(&mut self.ver, entry);
                let i = self.fresh(&self.f.vars[l.idx].name.clone());
                self.ver[l.idx] = Some(i.clone());
                let (restore, replay, adj) = self.reverse_iteration(&l.body, &muts, &tapes);
                self.ver = saved;
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
                let saved = std::mem::replace(&mut self.ver, entry);
                let (restore, replay, adj) = self.reverse_iteration(body, &muts, &tapes);
                self.ver = saved;
                quote!(for _ in 0..#count { #restore #replay #adj })
            }
        }
    }

    /// One reverse iteration: restore recorded values, replay the body, differentiate it.
    fn reverse_iteration(
        &mut self,
        body: &'a Block,
        muts: &[(VarId, Ident)],
        tapes: &Taping,
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
                    let val = self.fresh("rec");
                    restore.extend(
                        quote!(if let ::core::option::Option::Some(#val) = #t.pop() { #m = #val; }),
                    );
                }
            }
        }
        for (v, c, add) in &tapes.inverted {
            let Some(m) = mut_of(v) else { continue };
            restore.extend(if *add {
                quote!(#m = #m - (#c);)
            } else {
                quote!(#m = #m + (#c);)
            });
        }
        for (v, m) in muts {
            let s = self.fresh(&self.f.vars[*v].name.clone());
            restore.extend(quote!(let #s = #m;));
            self.ver[*v] = Some(s);
        }
        let mut recs = Vec::new();
        let was = std::mem::replace(&mut self.replaying, true);
        let replay = self.block(body, true, &mut recs);
        let adj = self.adjoint_list(recs);
        self.replaying = was;
        (restore, replay, adj)
    }

    fn index_adjoint(&mut self, p: usize, ix: &Ident, t: &Ident) -> TokenStream {
        let Some(sh) = self.shadow[p].clone() else {
            return TokenStream::new();
        };
        let slice = matches!(self.f.params[p].kind, ParamKind::Slice);
        let part = if slice && self.kind.dual() {
            quote!(#t.eps)
        } else {
            quote!(#t)
        };
        quote!(#sh[#ix] = #sh[#ix] + #part;)
    }

    fn call_adjoint(&mut self, c: &'a Call, primal: &[TokenStream], t: &Ident) -> TokenStream {
        if self.kind.dual() {
            return self.call_adjoint_second_order(c, primal, t);
        }
        let rt = self.rt.clone();
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
                    let x = &self.f.params[*p].ident;
                    let sh = self.shadow[*p].clone();
                    if seen.contains(p) {
                        // the same slice passed twice: the second shadow is a scratch
                        // buffer, added in after the call (two `&mut` cannot alias)
                        let tmp = self.fresh("shadow");
                        before.extend(quote!(let mut #tmp = #rt::zeros_like(#x);));
                        after.extend(quote!(for (__ad_d, __ad_s) in #sh.iter_mut().zip(#tmp.iter()) { *__ad_d = *__ad_d + *__ad_s; }));
                        args.push(quote!(#x, &mut #tmp[..]));
                    } else {
                        args.push(quote!(#x, #sh));
                    }
                    seen.push(*p);
                }
                CallArg::Inactive(_) => args.push(tok.clone()),
                CallArg::ConstSlice(_) => args.push(quote!(#tok, &mut #rt::zeros_like(#tok)[..])),
            }
        }
        let f = self.callee(c, Some("vjp"));
        let outs: Vec<Ident> = receivers.iter().map(|_| self.fresh("cb")).collect();
        let mut s = if outs.is_empty() {
            quote!(#before let _ = #f(#(#args,)* #t); #after)
        } else {
            quote!(#before let (_, #(#outs),*) = #f(#(#args,)* #t); #after)
        };
        for (o, id) in receivers.iter().zip(&outs) {
            s.extend(self.acc(o, quote!(#id)));
        }
        s
    }

    fn receiver(&self, at: &Atom, tok: &TokenStream) -> Opnd {
        match at {
            Atom::Var(v) => Opnd {
                var: Some(*v).filter(|v| self.f.vars[*v].active),
                tok: tok.clone(),
            },
            Atom::Const(_) => Opnd {
                var: None,
                tok: tok.clone(),
            },
        }
    }

    /// Forward-over-reverse through a call, from the callee's documented `h_vjp` and
    /// `h_hvp` (so hand-written rules compose too). With the seed `t + ṫε` and the
    /// callee's gradient `g` and Hessian-vector product `H·v` along the arguments'
    /// tangents, an argument's adjoint is `t·g + (ṫ·g + t·H·v)ε`. Slice arguments need
    /// scratch buffers for `g` and `H·v` (their shadows only keep the `ε` part).
    fn call_adjoint_second_order(
        &mut self,
        c: &'a Call,
        primal: &[TokenStream],
        t: &Ident,
    ) -> TokenStream {
        let rt = self.rt.clone();
        let mut vjp_args = Vec::new();
        let mut hvp_args = Vec::new();
        let mut receivers = Vec::new();
        let mut before = TokenStream::new();
        let mut after = TokenStream::new();
        for (a, tok) in c.args.iter().zip(primal) {
            match a {
                CallArg::Active(at) => {
                    vjp_args.push(quote!(#tok.re));
                    hvp_args.push(quote!(#tok.re, #tok.eps));
                    receivers.push(self.receiver(at, tok));
                }
                CallArg::Slice(p) => {
                    let x = self.f.params[*p].ident.clone();
                    let (dir, sh) = (self.tangent[*p].clone(), self.shadow[*p].clone());
                    let (g, h) = (self.fresh("g"), self.fresh("hv"));
                    before.extend(
                        quote!(let mut #g = #rt::zeros_like(#x); let mut #h = #rt::zeros_like(#x);),
                    );
                    vjp_args.push(quote!(#x, &mut #g[..]));
                    hvp_args.push(quote!(#x, #dir, &mut #h[..]));
                    after.extend(quote! {
                        for ((__ad_d, __ad_g), __ad_h) in #sh.iter_mut().zip(#g.iter()).zip(#h.iter()) {
                            *__ad_d = *__ad_d + #t.eps * *__ad_g + #t.re * *__ad_h;
                        }
                    });
                }
                CallArg::Inactive(_) => {
                    vjp_args.push(tok.clone());
                    hvp_args.push(tok.clone());
                }
                CallArg::ConstSlice(_) => {
                    vjp_args.push(quote!(#tok, &mut #rt::zeros_like(#tok)[..]));
                    hvp_args.push(
                        quote!(#tok, &#rt::zeros_like(#tok)[..], &mut #rt::zeros_like(#tok)[..]),
                    );
                }
            }
        }
        let vjp = self.callee(c, Some("vjp"));
        let hvp = self.callee(c, Some("hvp"));
        let gs: Vec<Ident> = receivers.iter().map(|_| self.fresh("g")).collect();
        let hs: Vec<Ident> = receivers.iter().map(|_| self.fresh("hv")).collect();
        let (gpat, hpat) = if gs.is_empty() {
            (quote!(_), quote!(_))
        } else {
            (quote!((_, #(#gs),*)), quote!((_, #(#hs),*)))
        };
        let mut s = quote! {
            #before
            let #gpat = #vjp(#(#vjp_args,)* #rt::one_like(&#t.re));
            let #hpat = #hvp(#(#hvp_args),*);
            #after
        };
        for ((o, g), h) in receivers.iter().zip(&gs).zip(&hs) {
            s.extend(self.acc(
                o,
                quote!(#rt::Dual::new(#t.re * #g, #t.eps * #g + #t.re * #h)),
            ));
        }
        s
    }
}

/// A list of recorded statements (opaque outside this module).
pub(crate) struct RecList<'a>(Vec<Rec<'a>>);

/// Replaces every `from` identifier in `ts` by `to`.
fn rename_ident(ts: TokenStream, from: &Ident, to: &Ident) -> TokenStream {
    ts.into_iter()
        .map(|tt| match tt {
            TokenTree::Ident(id) if id == *from => TokenTree::Ident(to.clone()),
            TokenTree::Group(g) => {
                let mut ng = Group::new(g.delimiter(), rename_ident(g.stream(), from, to));
                ng.set_span(g.span());
                TokenTree::Group(ng)
            }
            other => other,
        })
        .collect()
}
