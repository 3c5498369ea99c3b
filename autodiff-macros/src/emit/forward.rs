//! IR -> tokens: the forward sweep (primal code in SSA form, with tangents when the
//! scalar is a dual number) and what it records for the adjoint sweep (`adjoint.rs`).
//!
//! Every value the IR defines becomes a fresh immutable local (`__ad_<name>_<n>`,
//! mixed-site hygiene, so user names cannot collide). Variables that a loop
//! overwrites live in one mutable local across the loop. The adjoint sweep replays
//! each `if` branch and each loop iteration (recomputing its locals) right before
//! differentiating it; a loop records only the outer values that the iteration both
//! overwrites and needs (see `analysis::needs_record`).

use super::loops::{OrderKeep, StoredLoop, Taping};
use crate::analysis;
use crate::ir::placeholder_var;
use crate::ir::{Atom, Base, BinOp, Block, Call, CallArg, ForLoop, Func, Inact, Stmt, Val, VarId};
use crate::lower::rules_table;
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
pub(crate) struct Opnd {
    pub var: Option<VarId>,
    pub tok: TokenStream,
    /// For a constant over dual numbers: the plain value, so that `c * x` can scale
    /// `x` instead of multiplying two duals.
    pub raw: Option<TokenStream>,
}

pub(crate) enum RVal<'a> {
    Copy(Opnd),
    Neg(Opnd),
    Bin(BinOp, Opnd, Opnd),
    Rule(Vec<(Opnd, Ident)>),
    Index(usize, Ident),
    Call(&'a Call, Vec<TokenStream>),
    /// A call passing active data that kept its gradients (see `emit::slice_calls`).
    KeptCall(
        &'a Call,
        Vec<TokenStream>,
        super::slice_calls::KeptGradients,
    ),
    /// A local array filled with one value.
    ArrFill(Opnd),
    /// A local array copied from an array parameter.
    ArrParam(usize),
    /// A local array copied from another local array.
    ArrCopy(VarId),
    /// A local array returned by a call, with the primal arguments.
    ArrCall(&'a Call, Vec<TokenStream>),
    /// One element of the array replaced: its indices and the stored value.
    ArrStore(Vec<Ident>, Opnd),
    /// One element of a local array read: the array and the indices.
    Elem(VarId, Vec<Ident>),
    /// A write into out-parameter `usize` at the index, of the operand.
    OutStore(usize, Ident, Opnd),
    /// A buffer created (the buffer's local) filled with the operand.
    BufNew(Ident, Opnd),
    /// A write into a buffer (its local) at the index, of the operand.
    BufStore(Ident, Ident, Opnd, crate::ir::BufOp),
    /// An element of a buffer (its local) read at the index.
    BufRead(Ident, Ident),
}

type Versions = Vec<Option<Ident>>;

/// What the forward sweep leaves for the adjoint sweep.
pub(crate) enum Rec<'a> {
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
        /// The values and partials of the sites the branches kept (`emit::sites`).
        kept: super::sites::Kept,
        /// The branches stored their reversed loops (a branch at the top of the body).
        stored: bool,
    },
    For {
        l: &'a ForLoop,
        entry: Versions,
        lo: Ident,
        hi: Ident,
        last: Option<Ident>,
        muts: Vec<(VarId, Ident)>,
        tapes: Taping,
        /// The loop's body is inside a replayed nest of constant trip counts (see
        /// [`Forward::const_nest`]).
        const_nest: bool,
        /// The loop ran forward with its iterations storing what their replays
        /// restore (false when a replay skipped its forward run).
        stored: bool,
    },
    While {
        body: &'a Block,
        entry: Versions,
        count: Ident,
        muts: Vec<(VarId, Ident)>,
        tapes: Taping,
    },
    /// A loop whose active carried values only accumulate: its adjoint runs the loop
    /// again in forward order from the entry values, differentiating each iteration
    /// right after recomputing it (no tape, inactive state recomputed in order).
    Forward {
        s: &'a Stmt,
        entry: Versions,
        /// The buffers in which the forward run kept the values and partials of its
        /// expensive rules, for the adjoint's run to read in the same order (empty
        /// when that run evaluates them again).
        kept: Vec<(usize, Ident)>,
    },
    /// A loop reversed from snapshots (`checkpoint = s`, see `emit::checkpoint`).
    Checkpointed(super::checkpoint::CheckpointedLoop<'a>),
}

/// How the generated function binds the parameters: the variable of each scalar
/// parameter, the tangent (or direction) input of each array and slice parameter, the
/// const generic parameters (constant trip counts).
pub(crate) struct Bindings {
    pub versions: Vec<(VarId, Ident)>,
    pub tangents: Vec<Option<Ident>>,
    pub const_generics: Vec<String>,
}

/// Emission state of the forward sweep of one generated function.
pub(crate) struct Forward<'a> {
    pub f: &'a Func,
    /// `::differentiable::__private` (or the user's override).
    pub rt: TokenStream,
    pub kind: Kind,
    /// Current SSA name of each variable.
    pub ver: Versions,
    /// Per parameter: the tangent (jvp) or direction (hvp) input.
    pub tangent: Vec<Option<Ident>>,
    counter: usize,
    /// Tapes of loop-carried values, declared once at the top of the function so a
    /// loop nested in another reuses its buffer across outer iterations.
    pub tapes: Vec<(Ident, Span)>,
    /// The tapes read back as a slice (a buffer's contents passed to a call in a
    /// replay): declared as a `Vec`, whose elements are one slice; the others are
    /// `Tape`s, which keep their first elements inline.
    pub sliced_tapes: Vec<Ident>,
    /// The records of the rules of forward-order loops (`Kept`, see [`OrderKeep`]),
    /// declared at the top of the function like the tapes.
    pub kept_records: Vec<(Ident, Span)>,
    /// Emitting the replay of an iteration or branch for its adjoint.
    pub(crate) replaying: bool,
    /// Names of the function's const generic parameters (constant trip counts).
    pub const_generics: Vec<String>,
    /// Emitting inside the adjoint sweep (a replayed branch or iteration): effects do
    /// not run again, recorded values are read back.
    pub(crate) in_adjoint: bool,
    /// Per recorded site (by its position variable): the buffer of its values.
    records: Vec<(VarId, Ident)>,
    /// Emitting the forward run of an iteration that the reverse sweep will replay:
    /// nested loops keep what their own reverse sweeps need in buffers that outlive
    /// the iteration and push their results (a stored loop).
    pub(crate) storing: bool,
    /// Emitting such a replay: nested loops do not run again; their results are
    /// restored from what the forward run stored (a restored loop).
    pub(crate) restoring: bool,
    /// The iteration being emitted belongs to a nest in which every loop has a
    /// constant trip count and whose records do not fit the stack (see
    /// `emit::loops`): nested loops there are replayed instead of stored, so a
    /// fixed-size function stays free of heap buffers.
    pub(crate) const_nest: bool,
    /// Emitting inside a nest of literal trip counts whose records fit the stack
    /// (see `emit::loops::STACK_NEST_RECORDS`): the room of a record pushed once per
    /// run of the loop being emitted, and of one pushed once per iteration of it (the
    /// products of the trip counts around the push). Buffers created here are
    /// `StackTape`s of that room. Unlike the loop flags it holds inside branches: a
    /// site there pushes at most once per iteration; every loop sets its own.
    pub(crate) stack_room: Option<(u64, u64)>,
    /// The buffers that are `StackTape`s, with their room.
    pub(crate) stack_tapes: Vec<(Ident, u64)>,
    /// The loops run in storing mode, by the address of their body: their buffers.
    pub(crate) stored: Vec<(usize, StoredLoop)>,
    /// The rules evaluated in storing mode, by the address of their IR value: the
    /// buffer of their values and partials.
    rule_tapes: Vec<(usize, Ident)>,
    /// What forward runs keep of rules and calls for their replays (see `emit::sites`).
    pub(crate) sites: super::sites::Sites,
    /// The buffers of the gradients kept by calls passing slices (see
    /// `emit::slice_calls`), declared at the top of the function.
    pub(crate) slice_calls: super::slice_calls::SliceCalls,
    /// Calls of the function being defined (see `emit::recursion`).
    pub(crate) self_calls: super::recursion::SelfCalls,
    /// Emitting a step of a checkpointed loop run from its snapshot (see
    /// `emit::checkpoint`): buffers are written in place there, even in adjoint code.
    pub(crate) step_run: Option<super::checkpoint::StepRun>,
    /// Emitting a loop differentiated in forward order, or its adjoint's run: where its
    /// expensive rules are kept (see [`OrderKeep`]).
    pub(crate) order_keep: Option<OrderKeep>,
    /// Internal inconsistencies, reported as compile errors (never a panic).
    pub errors: Vec<syn::Error>,
}

pub(crate) fn mixed(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

impl<'a> Forward<'a> {
    /// The emitter of one generated function, with the bindings of its parameters.
    pub(crate) fn new(f: &'a Func, rt: TokenStream, kind: Kind, bindings: Bindings) -> Self {
        let mut ver = vec![None; f.vars.len()];
        for (v, id) in bindings.versions {
            ver[v] = Some(id);
        }
        Forward {
            f,
            rt,
            kind,
            ver,
            tangent: bindings.tangents,
            counter: 0,
            tapes: Vec::new(),
            sliced_tapes: Vec::new(),
            kept_records: Vec::new(),
            replaying: false,
            const_generics: bindings.const_generics,
            in_adjoint: false,
            records: Vec::new(),
            storing: false,
            restoring: false,
            const_nest: false,
            stack_room: None,
            stack_tapes: Vec::new(),
            stored: Vec::new(),
            rule_tapes: Vec::new(),
            sites: super::sites::Sites::default(),
            slice_calls: super::slice_calls::SliceCalls::default(),
            self_calls: super::recursion::SelfCalls::default(),
            step_run: None,
            order_keep: None,
            errors: Vec::new(),
        }
    }

    pub(crate) fn fresh(&mut self, base: &str) -> Ident {
        self.counter += 1;
        // a raw identifier (`r#type`) contributes its bare name
        let base: String = base
            .trim_start_matches("r#")
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        format_ident!("__ad_{}_{}", base, self.counter, span = Span::mixed_site())
    }

    pub(crate) fn version(&mut self, v: VarId) -> Ident {
        match self.ver[v].clone() {
            Some(id) => id,
            None => {
                self.errors.push(syn::Error::new(
                    self.f.vars[v].span,
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
        let tts: Vec<TokenTree> = ts.into_iter().collect();
        let next: Vec<Vec<TokenTree>> = (0..tts.len())
            .map(|k| tts[k + 1..tts.len().min(k + 3)].to_vec())
            .collect();
        tts.into_iter()
            .zip(next)
            .map(|(tt, after)| match tt {
                TokenTree::Ident(id) => match placeholder_var(&id) {
                    Some(v) if self.f.vars[v].buffer => self.buffer_mention(v, &id, &after),
                    Some(v) => {
                        let cur = self.version(v);
                        if self.kind.dual()
                            && self.f.vars[v].active
                            && self.f.vars[v].dims.is_some()
                        {
                            let rt = &self.rt;
                            TokenTree::Group(Group::new(
                                Delimiter::Parenthesis,
                                quote!(#rt::primal_array(&#cur)),
                            ))
                        } else if self.kind.dual() && self.f.vars[v].active {
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
    pub(crate) fn opnd(&mut self, a: &Atom) -> Opnd {
        match a {
            Atom::Var(v) => Opnd {
                var: Some(*v).filter(|v| self.f.vars[*v].active),
                tok: self.version(*v).to_token_stream(),
                raw: None,
            },
            Atom::Const(c) => {
                let e = self.inact(c);
                let rt = &self.rt;
                if self.kind.dual() {
                    Opnd {
                        var: None,
                        tok: quote!(#rt::Dual::constant(#e)),
                        raw: Some(quote!((#e))),
                    }
                } else {
                    Opnd {
                        var: None,
                        tok: quote!((#e)),
                        raw: None,
                    }
                }
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
    pub(crate) fn block(
        &mut self,
        b: &'a Block,
        record: bool,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let mut out = TokenStream::new();
        for (k, s) in b.stmts.iter().enumerate() {
            if matches!(s, Stmt::For(_) | Stmt::While { .. }) {
                out.extend(self.loop_stmt(s, record, Some(&b.stmts[k + 1..]), recs));
            } else {
                out.extend(self.stmt(s, record, recs));
            }
        }
        out
    }

    /// The forward sweep of a whole body.
    pub(crate) fn forward(&mut self, b: &'a Block, record: bool) -> (TokenStream, Vec<Rec<'a>>) {
        let mut recs = Vec::new();
        let ts = self.block(b, record, &mut recs);
        (ts, recs)
    }

    pub(crate) fn stmt(
        &mut self,
        s: &'a Stmt,
        record: bool,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        match s {
            Stmt::Set { var, val, span, .. } => self.set(*var, val, *span, record, recs),
            Stmt::Decl(_) => TokenStream::new(),
            // a statement run for its effects runs once, in the forward sweep
            Stmt::Effect(_) if self.in_adjoint => TokenStream::new(),
            Stmt::Effect(i) => {
                let e = self.inact(i);
                if matches!(i.expr, syn::Expr::Block(_)) {
                    e
                } else {
                    quote!(#e;)
                }
            }
            Stmt::If {
                cond,
                then_b,
                else_b,
            } => self.if_stmt(cond, then_b, else_b, record, recs),
            Stmt::For(_) | Stmt::While { .. } => self.loop_stmt(s, record, None, recs),
        }
    }

    fn set(
        &mut self,
        var: VarId,
        val: &'a Val,
        span: Span,
        record: bool,
        recs: &mut Vec<Rec<'a>>,
    ) -> TokenStream {
        let active = self.f.vars[var].active;
        let id = self.fresh(&self.f.vars[var].name.clone());
        let rt = self.rt.clone();
        let (ts, r) = match val {
            Val::Inact(i) if !active => {
                let e = self.inact(i);
                // every version of the variable has the type the user wrote
                let ann = self.f.annotations[var].as_ref().map(|t| quote!(: #t));
                (quote_spanned!(span=> let #id #ann = #e;), None)
            }
            Val::Recorded { expr, pos } => {
                let e = self.inact(expr);
                if self.kind == Kind::Jvp {
                    (quote_spanned!(span=> let #id = #e;), None)
                } else {
                    let tape = self.record_of(*pos, span);
                    let p = self.version(*pos);
                    if self.in_adjoint {
                        (
                            quote_spanned!(span=> let #id = ::core::clone::Clone::clone(&#tape[#p]);),
                            None,
                        )
                    } else {
                        (
                            quote_spanned!(span=> let #id = #e; #tape.push(::core::clone::Clone::clone(&#id));),
                            None,
                        )
                    }
                }
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
                let rt = &self.rt;
                // over duals, a constant operand scales or shifts the other operand
                // (no dual product with a zero tangent)
                let e = match (op, &oa.raw, &ob.raw) {
                    (BinOp::Mul, None, Some(c)) => quote_spanned!(span=> #rt::dual_mul_c(#ta, #c)),
                    (BinOp::Mul, Some(c), None) => quote_spanned!(span=> #rt::dual_mul_c(#tb, #c)),
                    (BinOp::Div, None, Some(c)) => quote_spanned!(span=> #rt::dual_div_c(#ta, #c)),
                    (BinOp::Add, None, Some(c)) => quote_spanned!(span=> #rt::dual_add_c(#ta, #c)),
                    (BinOp::Add, Some(c), None) => quote_spanned!(span=> #rt::dual_add_c(#tb, #c)),
                    (BinOp::Sub, None, Some(c)) => quote_spanned!(span=> #rt::dual_add_c(#ta, -#c)),
                    (BinOp::Add, _, _) => quote_spanned!(span=> #ta + #tb),
                    (BinOp::Sub, _, _) => quote_spanned!(span=> #ta - #tb),
                    (BinOp::Mul, _, _) => quote_spanned!(span=> #ta * #tb),
                    (BinOp::Div, _, _) => quote_spanned!(span=> #ta / #tb),
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
                // kept, except in replayed nests of constant trip counts (those stay
                // free of heap buffers, and recompute); cheap rules are recomputed
                let keep = active && !rules_table::is_cheap(name) && self.kind != Kind::Jvp;
                let plain = quote!(#call.0);
                // a value only compared keeps its value, not its partials
                let (active, full, n) = if self.differentiated(var) {
                    (active, call.clone(), ops.len())
                } else {
                    (false, quote!((#plain,)), 0)
                };
                let (full, plain) =
                    self.order_kept(val, (full, plain), keep && active, n + 1, span);
                let (full, plain) = self.selection_kept(val, (full, plain), &toks);
                let (ts, ds) = self.site(val, &id, &full, &plain, n, record && active, keep, span);
                let r = ds
                    .filter(|_| record && active)
                    .map(|ds| RVal::Rule(ops.into_iter().zip(ds).collect()));
                (ts, r)
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
            Val::Call(c) => self.call_site(var, val, c, &id, span, record && active),
            Val::ArrCall(c) => {
                let n = self.f.vars[var].dims.iter().flatten().next().cloned();
                let (ts, primal_args) = self.call_forward(c, &id, span, n.as_ref());
                (ts, Some(RVal::ArrCall(c, primal_args)))
            }
            Val::ArrFill(a) => {
                let o = self.elem_opnd(var, a);
                let dims = self.f.vars[var].dims.clone().unwrap_or_default();
                let mut e = o.tok.clone();
                for d in dims.iter().rev() {
                    e = quote!([#e; #d]);
                }
                (quote_spanned!(span=> let #id = #e;), Some(RVal::ArrFill(o)))
            }
            Val::ArrParam(p) => {
                let x = self.f.params[*p].ident.clone();
                let by_ref = matches!(self.f.params[*p].ty, syn::Type::Reference(_));
                let e = if active && self.kind.dual() {
                    let i = mixed("__ad_i");
                    let read = self.read_elem(*p, &quote!(#i));
                    let n = self.f.vars[var].dims.iter().flatten().next().cloned();
                    quote!(::core::array::from_fn::<_, { #n }, _>(|#i: usize| #read))
                } else if by_ref {
                    quote!(*#x)
                } else {
                    quote!(#x)
                };
                (
                    quote_spanned!(span=> let #id = #e;),
                    Some(RVal::ArrParam(*p)),
                )
            }
            Val::ArrCopy(src) => {
                let cur = self.version(*src);
                (
                    quote_spanned!(span=> let #id = #cur;),
                    Some(RVal::ArrCopy(*src)),
                )
            }
            Val::ArrStore { index, value } => {
                let (ixs, decl) = self.indices(index);
                let o = self.elem_opnd(var, value);
                let old = self.version(var);
                let t = &o.tok;
                (
                    quote_spanned!(span=> #decl let mut #id = #old; #id #([#ixs])* = #t;),
                    Some(RVal::ArrStore(ixs, o)),
                )
            }
            Val::OutStore {
                param,
                index,
                value,
            } => {
                let ix = self.fresh("ix");
                let e = self.inact(index);
                let o = self.opnd(value);
                let x = self.f.params[*param].ident.clone();
                let t = &o.tok;
                let write = if self.in_adjoint {
                    // a replay: the output holds its final values already
                    TokenStream::new()
                } else if self.kind.dual() {
                    match &self.tangent[*param] {
                        Some(tx) => quote_spanned!(span=> #x[#ix] = #t.re; #tx[#ix] = #t.eps;),
                        None => quote_spanned!(span=> #x[#ix] = #t.re;),
                    }
                } else {
                    quote_spanned!(span=> #x[#ix] = #t;)
                };
                (
                    quote_spanned!(span=> let #ix: usize = #e; #write),
                    Some(RVal::OutStore(*param, ix, o)),
                )
            }
            Val::BufNew { len, fill } => self.buffer_new(var, &id, len, fill, span),
            Val::BufStore {
                buf,
                index,
                value,
                op,
            } => self.buffer_store(*buf, index, value, *op, span),
            Val::BufRead { buf, index, pos } => self.buffer_read(&id, *buf, index, *pos, span),
            Val::Elem { arr, index } => {
                let (ixs, decl) = self.indices(index);
                let a = self.version(*arr);
                (
                    quote_spanned!(span=> #decl let #id = #a #([#ixs])*;),
                    Some(RVal::Elem(*arr, ixs)),
                )
            }
        };
        self.ver[var] = Some(id.clone());
        // a value whose adjoint is always zero (only compared) has no adjoint code
        if record && active && self.differentiated(var) {
            if let Some(r) = r {
                recs.push(Rec::Set { var, r, out: id });
            }
        }
        ts
    }

    /// Zeros shaped like the inactive float data `e` passed where a callee
    /// differentiates (`i` its expression): an array of zeros for a local array (which
    /// keeps the callee's `&[F; N]` type), a buffer (`alloc`) for a slice.
    pub(crate) fn const_zeros(&self, i: &Inact, e: &TokenStream) -> TokenStream {
        let rt = &self.rt;
        let inner = match &i.expr {
            syn::Expr::Reference(r) => &*r.expr,
            other => other,
        };
        let local_array = matches!(inner, syn::Expr::Path(p) if p.path.get_ident().and_then(placeholder_var).is_some_and(|v| self.f.vars[v].dims.is_some()));
        if local_array {
            quote!((*#e).map(|__ad_d| #rt::zero_like(&__ad_d)))
        } else {
            // on the stack for fixed-size data (`&[F; N]`, a `const` array), a heap
            // buffer for a slice; not sliced, so that a reference to it fills a `&[F]`
            // parameter by coercion and a `&[F; N]` one as it is
            quote!(#rt::zero_data(#e))
        }
    }

    /// The indices of an element access, each evaluated once into a local (the
    /// adjoint reads them again).
    fn indices(&mut self, index: &[Inact]) -> (Vec<Ident>, TokenStream) {
        let mut ixs = Vec::new();
        let mut decl = TokenStream::new();
        for i in index {
            let ix = self.fresh("ix");
            let e = self.inact(i);
            decl.extend(quote!(let #ix: usize = #e;));
            ixs.push(ix);
        }
        (ixs, decl)
    }

    /// An element stored in local array `arr`: an operand over dual numbers when the
    /// array is active, the plain value otherwise.
    fn elem_opnd(&mut self, arr: VarId, a: &Atom) -> Opnd {
        if self.f.vars[arr].active {
            return self.opnd(a);
        }
        let tok = match a {
            Atom::Var(v) => self.version(*v).to_token_stream(),
            Atom::Const(c) => {
                let e = self.inact(c);
                quote!((#e))
            }
        };
        Opnd {
            var: None,
            tok,
            raw: None,
        }
    }

    /// A new buffer for the value and partials of the rule at `val`, kept by the
    /// forward run of an iteration for its replay.
    pub(super) fn new_rule_tape(&mut self, val: &Val, span: Span) -> Ident {
        let key = std::ptr::from_ref(val) as usize;
        let t = self.fresh("kept");
        self.new_tape(&t, span, false);
        self.rule_tapes.retain(|(k, _)| *k != key);
        self.rule_tapes.push((key, t.clone()));
        t
    }

    /// Declares the buffer `t` at the top of the function: a `StackTape` inside a nest
    /// whose records fit the stack (`per_run`: pushed once per run of the loop being
    /// emitted, else once per iteration), else a growable `Tape`.
    pub(super) fn new_tape(&mut self, t: &Ident, span: Span, per_run: bool) {
        self.tapes.push((t.clone(), span));
        if let Some((run, iteration)) = self.stack_room {
            let room = if per_run { run } else { iteration };
            self.stack_tapes.push((t.clone(), room));
        }
    }

    /// The buffers of kept rules and calls: what they hold the reverse sweep can
    /// evaluate again, so they need no heap to be correct (see `__private::Tape::for_sites`).
    pub(crate) fn site_tapes(&self) -> Vec<Ident> {
        self.rule_tapes.iter().map(|(_, t)| t.clone()).collect()
    }

    /// How many buffers of kept rules and calls, and of recorded reads, exist so far
    /// (see [`Forward::kept_rules_since`]).
    pub(crate) fn kept_rules(&self) -> (usize, usize) {
        (self.rule_tapes.len(), self.records.len())
    }

    /// The buffers of kept rules and calls and of recorded reads (buffer elements,
    /// draws) created after the marker `n`: a loop's forward run pushes onto each at
    /// least once per iteration, so it reserves its trip count in them.
    pub(crate) fn kept_rules_since(&self, n: (usize, usize)) -> Vec<Ident> {
        let rules = self.rule_tapes[n.0.min(self.rule_tapes.len())..]
            .iter()
            .map(|(_, t)| t.clone());
        let records = self.records[n.1.min(self.records.len())..]
            .iter()
            .map(|(_, t)| t.clone());
        rules.chain(records).collect()
    }

    /// The buffer the forward run kept for the rule at `val`, if it kept one.
    pub(super) fn rule_tape(&self, val: &Val) -> Option<Ident> {
        let key = std::ptr::from_ref(val) as usize;
        self.rule_tapes
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, t)| t.clone())
    }

    /// The buffer recording the values of the site counted by `pos` (declared once at
    /// the top of the function).
    pub(super) fn record_of(&mut self, pos: VarId, span: Span) -> Ident {
        if let Some((_, t)) = self.records.iter().find(|(p, _)| *p == pos) {
            return t.clone();
        }
        let t = self.fresh("draws");
        self.records.push((pos, t.clone()));
        self.tapes.push((t.clone(), span));
        t
    }

    /// The buffer recording the values of the site counted by `pos`, if some code
    /// records them.
    pub(super) fn existing_record(&self, pos: VarId) -> Option<Ident> {
        self.records
            .iter()
            .find(|(p, _)| *p == pos)
            .map(|(_, t)| t.clone())
    }

    /// The current version of `v` as the output of a branch; a variable the branch
    /// leaves unassigned (declared before an `if` whose other branch leaves the loop)
    /// gets a placeholder value that is never read.
    fn branch_output(&mut self, v: VarId) -> TokenStream {
        match self.ver[v].clone() {
            Some(id) => quote!(#id),
            None if self.f.vars[v].active || self.f.vars[v].float => {
                let rt = &self.rt;
                quote!(#rt::unassigned())
            }
            None => quote!(::core::default::Default::default()),
        }
    }

    /// The callee's generated function: `h` -> `h_jvp` (keeping the path and generics);
    /// `None` calls the callee itself.
    pub(crate) fn callee(&self, c: &Call, suffix: Option<&str>) -> TokenStream {
        let mut path = c.callee.clone();
        if let (Some(last), Some(suffix)) = (path.segments.last_mut(), suffix) {
            last.ident = format_ident!("{}_{}", last.ident, suffix, span = last.ident.span());
        }
        if let Some(r) = &c.receiver {
            let r = &r.expr;
            quote!((#r).#path)
        } else if c.method_on_self {
            quote!(self.#path)
        } else {
            quote!(#path)
        }
    }

    /// A call's forward code; `array` is the length of the array it returns, if it
    /// returns one.
    fn call_forward(
        &mut self,
        c: &'a Call,
        id: &Ident,
        span: Span,
        array: Option<&syn::Expr>,
    ) -> (TokenStream, Vec<TokenStream>) {
        let (ranges, value, primal) = self.call_parts(c, span, array);
        (quote_spanned!(span=> #ranges let #id = #value;), primal)
    }

    /// A call's parts: the locals its arguments need first (subslice ranges, buffer
    /// snapshots), the expression of its value, and its primal arguments (what the
    /// adjoint sweep is given).
    pub(super) fn call_parts(
        &mut self,
        c: &'a Call,
        span: Span,
        array: Option<&syn::Expr>,
    ) -> (TokenStream, TokenStream, Vec<TokenStream>) {
        let rt = self.rt.clone();
        let mut primal = Vec::new();
        let mut with_tangents = Vec::new();
        // the arguments of the primal call, where they differ from `primal` (what the
        // adjoint sweep is given)
        let mut plain: Vec<Option<TokenStream>> = Vec::new();
        let mut ranges = TokenStream::new();
        // the same arguments, for a call through `dispatch`
        let mut dargs = Vec::new();
        for a in &c.args {
            plain.push(None);
            let n_before = with_tangents.len();
            let mut constant = None;
            match a {
                CallArg::SubSlice { param, range } => {
                    let x = self.f.params[*param].ident.clone();
                    let e = self.inact(range);
                    let rg = self.fresh("range");
                    ranges.extend(quote!(let #rg = #e;));
                    let sub = |t: &Ident| quote!(&#t[::core::clone::Clone::clone(&#rg)]);
                    let t = self.tangent[*param].clone().unwrap_or_else(|| x.clone());
                    let (xs, ts) = (sub(&x), sub(&t));
                    with_tangents.push(quote!(#xs, #ts));
                    primal.push(quote!(#rg));
                    if let Some(last) = plain.last_mut() {
                        *last = Some(xs);
                    }
                }
                CallArg::Active(at) => {
                    let o = self.opnd(at);
                    let t = o.tok.clone();
                    primal.push(t.clone());
                    constant = matches!(at, Atom::Const(_))
                        .then(|| o.raw.clone().unwrap_or_else(|| t.clone()));
                    // at the user's argument: a callee that takes no tangent there (a
                    // parameter outside its `wrt(..)`) is reported at it
                    let at_arg = match at {
                        Atom::Const(c) => syn::spanned::Spanned::span(&c.expr),
                        Atom::Var(_) => span,
                    };
                    with_tangents.push(located_at(quote!(#t.re, #t.eps), at_arg));
                }
                CallArg::Slice(p) => {
                    let x = self.f.params[*p].ident.clone();
                    primal.push(quote!(#x));
                    match &self.tangent[*p] {
                        Some(t) => with_tangents.push(quote!(#x, #t)),
                        None => with_tangents.push(quote!(#x, #x)),
                    }
                }
                CallArg::Inactive(i) | CallArg::HiddenData(i) => {
                    let e = self.inact(i);
                    primal.push(e.clone());
                    with_tangents.push(e);
                }
                CallArg::ConstSlice(i) => {
                    let e = self.inact(i);
                    primal.push(e.clone());
                    let z = self.const_zeros(i, &e);
                    with_tangents.push(quote!(#e, &#z));
                }
                CallArg::Buf { buf, pos } => {
                    let (snap, with) = self.buffer_call_arg(*buf, *pos, &mut ranges, span);
                    primal.push(snap.clone());
                    with_tangents.push(with);
                    if let Some(last) = plain.last_mut() {
                        *last = Some(snap);
                    }
                }
                CallArg::Arr(v) => {
                    // the version itself; each mode takes what it needs of it
                    let h = self.version(*v);
                    primal.push(quote!(#h));
                    with_tangents
                        .push(quote!(&#h.map(|__ad_d| __ad_d.re), &#h.map(|__ad_d| __ad_d.eps)));
                    if let Some(last) = plain.last_mut() {
                        *last = Some(quote!(&#h));
                    }
                }
            }
            let value = primal.last().cloned().unwrap_or_default();
            dargs.push(self.dispatch_arg(a, constant, &with_tangents[n_before..], value));
        }
        if let (true, Some(n)) = (self.kind.dual(), array) {
            let jvp = self.jvp_call(c, &dargs, span);
            let (v, t) = (self.fresh("v"), self.fresh("t"));
            return (
                ranges,
                quote_spanned!(span=> { let (#v, #t) = #jvp; let (#v, #t) = (#rt::as_array(#v), #rt::as_array(#t)); ::core::array::from_fn::<_, { #n }, _>(|__ad_i: usize| #rt::Dual::new(#v[__ad_i], #t[__ad_i])) }),
                primal,
            );
        }
        if self.kind.dual() {
            let jvp = self.jvp_call(c, &dargs, span);
            let (v, t) = (self.fresh("v"), self.fresh("t"));
            (
                ranges,
                quote_spanned!(span=> { let (#v, #t) = #rt::scalar_pair(#jvp); #rt::Dual::new(#v, #t) }),
                primal,
            )
        } else {
            let f = self.callee(c, None);
            let args = primal
                .iter()
                .zip(plain)
                .map(|(p, plain)| plain.unwrap_or_else(|| p.clone()));
            let call = quote_spanned!(span=> #f(#(#args),*));
            // an array, or a tuple of floats read as one
            let value = if array.is_some() {
                quote_spanned!(span=> #rt::as_array(#call))
            } else {
                quote_spanned!(span=> #rt::scalar_result(#call))
            };
            (ranges, value, primal)
        }
    }

    /// An argument of a call in the form `dispatch` takes: a constant's value alone
    /// (its zero tangent is the callee's to take or not), inactive data as its `value`
    /// (likewise), anything else as `toks`, the arguments the direct call passes for it.
    fn dispatch_arg(
        &self,
        a: &CallArg,
        constant: Option<TokenStream>,
        toks: &[TokenStream],
        value: TokenStream,
    ) -> super::dispatch::DArg {
        use super::dispatch::DArg;
        if let Some(value) = constant {
            return DArg::Constant {
                value,
                tangent: self.kind.dual(),
            };
        }
        match a {
            CallArg::Active(Atom::Var(_)) if self.kind.dual() => DArg::group(quote!(#(#toks),*), 2),
            a if self.kind.dual() && super::dispatch::coercible(self.f, a) => DArg::Coercible {
                tok: quote!(#(#toks),*),
                n: if matches!(a, CallArg::Inactive(_)) {
                    1
                } else {
                    2
                },
            },
            CallArg::HiddenData(_) if self.kind.dual() => DArg::Data {
                value: quote!(#(#toks),*),
                mode: super::dispatch::DataMode::Jvp,
                direct: quote!(#(#toks),*),
                shapes: super::dispatch::ANY_SHAPE,
            },
            CallArg::ConstSlice(i) if self.kind.dual() => DArg::Data {
                value,
                mode: super::dispatch::DataMode::Jvp,
                direct: quote!(#(#toks),*),
                shapes: super::dispatch::visible_data_shapes(self.f, i),
            },
            CallArg::SubSlice { .. }
            | CallArg::Slice(_)
            | CallArg::Buf { .. }
            | CallArg::Arr(_)
                if self.kind.dual() =>
            {
                DArg::group(quote!(#(#toks),*), 2)
            }
            _ => DArg::group(quote!(#(#toks),*), 1),
        }
    }

    /// The call of the callee's `h_jvp` with `args` (see `dispatch`).
    fn jvp_call(&self, c: &Call, args: &[super::dispatch::DArg], span: Span) -> TokenStream {
        let path = method_path(c, "jvp");
        // two or more data arguments: which the callee differentiates, its `h_vjp` says
        let choices = args
            .iter()
            .filter(|a| {
                matches!(
                    a,
                    super::dispatch::DArg::Data { .. } | super::dispatch::DArg::Coercible { .. }
                )
            })
            .count();
        let vjp = match method_path(c, "vjp") {
            Some(p) => Some(p.f),
            None => free_call(c).then(|| self.callee(c, Some("vjp"))),
        };
        let witness = vjp
            .filter(|_| choices > 1)
            .map(|f| super::dispatch::Witness {
                f,
                shadows: c
                    .args
                    .iter()
                    .map(|a| {
                        matches!(
                            a,
                            CallArg::Slice(_)
                                | CallArg::SubSlice { .. }
                                | CallArg::Buf { .. }
                                | CallArg::Arr(_)
                        )
                    })
                    .collect(),
            });
        super::dispatch::DerivativeCall {
            f: self.callee(c, Some("jvp")),
            name: callee_name(c),
            args,
            results: super::dispatch::Results::Same,
            span: dispatch_span(c, span),
            free: free_call(c),
            path,
            witness,
        }
        .expr(&self.rt)
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
        // the types the user wrote for inactive variables (`let o: Option<f64> = ..`),
        // which `None` in one branch needs, are given below
        let entry = self.ver.clone();
        let mut scratch = Vec::new();
        // a branch runs as plain code: what the adjoint needs of it comes from its
        // own replay (`Rec::If`), which reads the values of the rules and calls the
        // branch kept (`emit::sites`), not from buffers of an enclosing loop
        let (site_saved, stored) = self.enter_branch_sites(record);
        let flags = self.take_loop_flags();
        // an `if` inside a branch that keeps its sites keeps its own, for that branch
        let collect = record || self.in_branch_frame();
        self.open_frame(collect);
        let tts = self.block(then_b, false, &mut scratch);
        let then_kept = self.close_frame(collect);
        let mut tvals: Vec<TokenStream> = outs.iter().map(|&v| self.branch_output(v)).collect();
        self.ver = entry.clone();
        self.open_frame(collect);
        let ets = self.block(else_b, false, &mut scratch);
        let else_kept = self.close_frame(collect);
        let mut evals: Vec<TokenStream> = outs.iter().map(|&v| self.branch_output(v)).collect();
        self.set_loop_flags(flags);
        self.leave_branch_sites(site_saved);
        self.ver = entry.clone();
        let mut names: Vec<Ident> = outs
            .iter()
            .map(|&v| self.fresh(&self.f.vars[v].name.clone()))
            .collect();
        for (&v, n) in outs.iter().zip(&names) {
            self.ver[v] = Some(n.clone());
        }
        let mut tys: Vec<TokenStream> = outs
            .iter()
            .map(|&v| match (&self.f.annotations[v], self.f.vars[v].active) {
                (Some(t), false) => quote!(#t),
                _ => quote!(_),
            })
            .collect();
        let (kt, ke, kn, kept) = self.export_kept(&then_kept, &else_kept);
        tvals.extend(kt);
        evals.extend(ke);
        tys.extend(kn.iter().map(|_| quote!(_)));
        names.extend(kn);
        if record {
            recs.push(Rec::If {
                cond: c.clone(),
                entry,
                then_b,
                else_b,
                kept,
                stored,
            });
        }
        quote! {
            let #c: bool = #ce;
            let (#(#names,)*): (#(#tys,)*) = if #c { #tts (#(#tvals,)*) } else { #ets (#(#evals,)*) };
        }
    }
}

/// `ts` reported at `span` (same hygiene, so every name still resolves).
pub(super) fn located_at(ts: TokenStream, span: Span) -> TokenStream {
    ts.into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(g) = &tt {
                let mut ng = Group::new(g.delimiter(), located_at(g.stream(), span));
                ng.set_span(g.span().located_at(span));
                return TokenTree::Group(ng);
            }
            tt.set_span(tt.span().located_at(span));
            tt
        })
        .collect()
}

/// Replaces every `from` identifier in `ts` by `to`.
pub(super) fn rename_ident(ts: TokenStream, from: &Ident, to: &Ident) -> TokenStream {
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

/// The name of a call's callee as the user wrote it (`scaled` in `m::scaled(x)`).
pub(super) fn callee_name(c: &Call) -> String {
    c.callee
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

/// Where a call's derivative call is reported: the callee's path.
pub(super) fn dispatch_span(c: &Call, _fallback: Span) -> Span {
    syn::spanned::Spanned::span(&c.callee)
}

/// A call of a free function (not a method).
pub(super) fn free_call(c: &Call) -> bool {
    c.receiver.is_none() && !c.method_on_self
}

impl Forward<'_> {
    /// The call of the callee's `h_vjp` or `h_hvp` (by `suffix`) with `args`, whose
    /// results are the value and one entry per scalar argument (see `dispatch`).
    pub(super) fn adjoints_call(
        &self,
        c: &Call,
        suffix: &str,
        args: &[super::dispatch::DArg],
    ) -> TokenStream {
        super::dispatch::DerivativeCall {
            f: self.callee(c, Some(suffix)),
            name: callee_name(c),
            args,
            results: super::dispatch::Results::Adjoints(super::dispatch::constant_scalars(c)),
            span: syn::spanned::Spanned::span(&c.callee),
            free: free_call(c),
            path: method_path(c, suffix),
            witness: None,
        }
        .expr(&self.rt)
    }

    /// The operand of a scalar argument of a call (`None` for anything else): what its
    /// partial's adjoint is added into.
    pub(super) fn scalar_arg(&self, a: &CallArg, tok: &TokenStream) -> Option<Opnd> {
        let CallArg::Active(at) = a else {
            return None;
        };
        Some(Opnd {
            var: match at {
                Atom::Var(v) => Some(*v).filter(|v| self.f.vars[*v].active),
                Atom::Const(_) => None,
            },
            tok: tok.clone(),
            raw: None,
        })
    }
}

/// A method's derivative `h_suffix` as a path with its receiver, when its type has a
/// name (see `lower::method_paths`).
pub(super) fn method_path(c: &Call, suffix: &str) -> Option<super::dispatch::MethodPath> {
    let p = c.path.as_ref()?;
    let last = c.callee.segments.last()?;
    let id = format_ident!("{}_{}", last.ident, suffix, span = last.ident.span());
    let (ty, recv) = (&p.ty, &p.recv);
    let mode = match suffix {
        "jvp" => super::dispatch::DataMode::Jvp,
        "hvp" => super::dispatch::DataMode::Hvp,
        _ => super::dispatch::DataMode::Vjp,
    };
    Some(super::dispatch::MethodPath {
        f: quote_spanned!(last.ident.span()=> <#ty>::#id),
        recv: quote!(#recv),
        mode,
    })
}
