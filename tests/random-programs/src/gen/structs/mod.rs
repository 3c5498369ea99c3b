//! Programs taking a `#[derive(Differentiable)]` struct (feature `struct_param`): free
//! functions `pN(m: &Model, x: &[f64])` and methods `fn pN_sS(&self, x: &[f64])` with the
//! struct in `wrt(..)` or outside it (a constant), whose bodies read its fields
//! (`m.w[i]`, `m.b`, `m.inner.c`, `no_grad(m.data[j])`, `m.flag`, `no_grad(m.k)`) in every
//! position the grammar writes, and call earlier struct programs with the struct or a
//! field (`p5(m, x)`, `m.p5_s1(x)`, `p7(&m.inner, x)`).
//!
//! The types (`Model`, `Inner`) live in `tests/harness/prelude.rs`; their twins over
//! num-dual's numbers (`ModelD`, `InnerD`), written without the derive, in the harness.
//! A case sees a struct program through the struct's flat view: the leaves in their
//! documented order (fields in declaration order, arrays element by element), then `x`.
//!
//! A struct program replaces a program that no other program calls, drawn from a stream
//! of its own: every other program is the same as before this feature existed.

mod render;

pub use render::{render, render_case};

use super::ast::{Cond, Mode, Node, Stmt};
use super::grammar::data_calls::{Data, Recv};
use super::grammar::{bin, konst, m1, Env, Gen};
use super::program::Program;
use super::rng::Rng;
use std::collections::BTreeSet;

/// The share of the programs no other program calls that become struct programs.
const SHARE: f64 = 0.16;

/// The struct a program takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// `Model { w: [f64; 4], k, b, inner: Inner, data, v: Vec<f64>, flag }`.
    Model,
    /// `Inner { c: f64, d: [f64; 2] }`.
    Inner,
}

impl Ty {
    /// The type's name.
    pub fn name(self) -> &'static str {
        match self {
            Ty::Model => "Model",
            Ty::Inner => "Inner",
        }
    }

    /// Its number of float leaves.
    pub fn leaves(self) -> usize {
        match self {
            Ty::Model => 11,
            Ty::Inner => 3,
        }
    }

    /// The prelude's function building a value from a flat vector of leaves.
    pub(crate) fn at(self) -> &'static str {
        match self {
            Ty::Model => "model_at",
            Ty::Inner => "inner_at",
        }
    }

    /// The harness's function building the twin's value from a flat vector of duals.
    pub(crate) fn twin_at(self) -> &'static str {
        match self {
            Ty::Model => "model_d",
            Ty::Inner => "inner_d",
        }
    }

    /// The prelude's constant leaves of a struct outside `wrt(..)`.
    pub(crate) fn consts(self) -> &'static str {
        match self {
            Ty::Model => "M0",
            Ty::Inner => "I0",
        }
    }
}

/// What a struct program takes and differentiates.
#[derive(Clone, Debug)]
pub struct StructSpec {
    /// The struct's type.
    pub ty: Ty,
    /// A method `fn pN_sS(&self, x)` in an `impl` block (else `fn pN(m, x)`).
    pub method: bool,
    /// The struct is in `wrt(..)`.
    pub active: bool,
    /// `x` is in `wrt(..)` (else data: the case passes `XD`).
    pub xactive: bool,
    /// The length of `x`.
    pub xlen: usize,
    /// The seed (methods are named by it: their names share the type's namespace).
    pub seed: u64,
}

impl StructSpec {
    /// The struct parameter's name in the body.
    pub fn root(&self) -> &'static str {
        match (self.method, self.ty) {
            (true, _) => "self",
            (false, Ty::Model) => "m",
            (false, Ty::Inner) => "n",
        }
    }

    /// The number of flat inputs: the struct's leaves if active, then `x` if active.
    pub fn n(&self) -> usize {
        let s = if self.active { self.ty.leaves() } else { 0 };
        s + if self.xactive { self.xlen } else { 0 }
    }
}

/// The name of program `index`'s function or method.
pub fn fn_name(p: &Program, spec: &StructSpec) -> String {
    if spec.method {
        format!("p{}_s{}", p.index, spec.seed)
    } else {
        p.name()
    }
}

/// Whether program `index` of `seed` becomes a struct program (when it is one no other
/// program calls), from a stream of its own.
pub fn drawn(seed: u64, index: usize, excl: &BTreeSet<String>) -> bool {
    !excl.contains("struct_param")
        && Rng::derived(seed ^ 0x5747_5543_5400_0001, index as u64).random() < SHARE
}

/// An earlier struct program of the group that later ones may call.
#[derive(Clone, Debug)]
pub struct Callee {
    index: usize,
    name: String,
    spec: StructSpec,
}

impl Callee {
    /// The earlier struct programs a program can call.
    pub fn of(p: &Program) -> Option<Callee> {
        let spec = p.strukt.clone()?;
        // a callee differentiates every float argument the caller's syntax shows, and
        // does not call further (one level: the pool stays small)
        let ok = spec.xactive && p.callees.is_empty() && !p.nested;
        ok.then(|| Callee {
            index: p.index,
            name: fn_name(p, &spec),
            spec,
        })
    }
}

/// The calls of struct callees a program with `spec` can write: (callee index, the
/// name as called, its arguments).
fn struct_calls(spec: &StructSpec, pool: &[Callee]) -> Vec<(usize, String, Vec<Node>)> {
    let r = spec.root();
    let mut out = Vec::new();
    for c in pool {
        // (a subslice of an `x` outside `wrt(..)` is passed with a zero tangent, as the
        // whole is)
        if c.spec.xlen > spec.xlen || c.spec.active != spec.active {
            continue;
        }
        // the callee's own length (its loops may run to `x.len()`): a prefix of a longer `x`
        let x = if c.spec.xlen == spec.xlen {
            Node::Var("x".into())
        } else {
            Node::Var(format!("&x[..{}]", c.spec.xlen))
        };
        match (spec.ty, c.spec.ty) {
            (a, b) if a == b => {
                if c.spec.method {
                    out.push((c.index, format!("{r}.{}", c.name), vec![x]));
                } else {
                    out.push((c.index, c.name.clone(), vec![Node::Var(r.into()), x]));
                }
            }
            // a field handed on: the nested struct, to a program taking it
            (Ty::Model, Ty::Inner) if !c.spec.method && spec.active => {
                out.push((
                    c.index,
                    c.name.clone(),
                    vec![Node::Var(format!("&{r}.inner")), x],
                ));
            }
            _ => {}
        }
    }
    out
}

/// Draws struct program `index` of `seed`; `pool` holds the group's earlier scalar
/// programs, `spool` its earlier struct programs.
pub fn make(
    seed: u64,
    index: usize,
    excl: &BTreeSet<String>,
    pool: &[Program],
    spool: &[Callee],
) -> Program {
    let mut rng = Rng::derived(seed ^ 0x5747_5543_5400_0002, index as u64);
    let ty = if rng.random() < 0.75 {
        Ty::Model
    } else {
        Ty::Inner
    };
    let method = rng.random() < 0.35;
    let r = rng.random();
    let (active, xactive) = if r < 0.45 {
        (true, true)
    } else if r < 0.7 {
        (true, false)
    } else {
        (false, true)
    };
    let xlen = rng.randint(2, 4) as usize;
    let spec = StructSpec {
        ty,
        method,
        active,
        xactive,
        xlen,
        seed,
    };
    let root = spec.root();
    let callees: Vec<(String, usize)> = pool
        .iter()
        .filter(|q| q.callable())
        .filter(|q| q.mode == Mode::F64 || !q.compound)
        .map(|q| (q.name(), q.n))
        .collect();
    let callees = callees[callees.len().saturating_sub(12)..].to_vec();
    let mut g = Gen::new(&mut rng, excl, callees);
    g.nested_salt = index as u64 ^ 0x5747;
    g.shape("struct parameter");
    g.shape(match (method, active) {
        (true, true) => "struct: method with wrt(self)",
        (true, false) => "struct: method, self constant",
        (false, true) => "struct: free function with the struct in wrt",
        (false, false) => "struct: free function, struct constant",
    });
    if on(excl, "calls") {
        g.struct_callees = struct_calls(&spec, spool);
    }

    // the fields the body reads: active floats, or inactive ones of a constant struct
    let mut floats: Vec<String> = Vec::new();
    let (slice, len): (String, usize) = match ty {
        Ty::Model => {
            floats.extend([
                format!("{root}.b"),
                format!("{root}.inner.c"),
                format!("{root}.inner.d[0]"),
                format!("{root}.inner.d[1]"),
            ]);
            // the slice the grammar's loops and chains run over: `x`, or (an active
            // struct's) array or `Vec` field
            let s = g.rng().random();
            if active && s < 0.3 {
                floats.extend((0..xlen).map(|j| format!("x[{j}]")));
                floats.extend((0..3).map(|j| format!("{root}.v[{j}]")));
                (format!("{root}.w"), 4)
            } else if active && s < 0.5 {
                floats.extend((0..xlen).map(|j| format!("x[{j}]")));
                floats.extend((0..4).map(|j| format!("{root}.w[{j}]")));
                (format!("{root}.v"), 3)
            } else {
                floats.extend((0..4).map(|j| format!("{root}.w[{j}]")));
                floats.extend((0..3).map(|j| format!("{root}.v[{j}]")));
                ("x".into(), xlen)
            }
        }
        Ty::Inner => {
            floats.extend([
                format!("{root}.c"),
                format!("{root}.d[0]"),
                format!("{root}.d[1]"),
            ]);
            ("x".into(), xlen)
        }
    };
    let mut env = Env {
        elems: (0..len).map(|i| i.to_string()).collect(),
        data_slice: slice == "x" && !xactive,
        slice: slice.clone(),
        len,
        cont_ok: true,
        ..Env::default()
    };
    if active {
        env.fields = floats.iter().map(|f| (f.clone(), 1.5)).collect();
    } else {
        // a constant struct's fields are inactive floats whose type the macro cannot
        // see: never arguments of a differentiable call
        for f in &floats {
            env.fconsts.push((f.clone(), 1.5));
            g.opaque.insert(f.clone());
        }
    }
    data_and_receivers(&mut g, &spec, excl);
    let mut body: Vec<Stmt> = Vec::new();
    if ty == Ty::Model {
        // `#[no_grad]` data: a constant factor (`no_grad(..)` where it would be
        // differentiated), and in conditions
        for j in 0..3 {
            let f = if active {
                format!("no_grad({root}.data[{j}])")
            } else {
                format!("{root}.data[{j}]")
            };
            env.fconsts.push((f.clone(), 1.2));
            g.opaque.insert(f);
        }
        // the `#[no_grad]` size as a local named like the field, read by `weight(Cfg { k })`
        // (struct shorthand), indices and conditions
        if g.rng().random() < 0.6 {
            let read = if active {
                format!("no_grad({root}.k)")
            } else {
                format!("{root}.k")
            };
            body.push(Stmt::Raw(format!("let k = {read};")));
            env.ints.push(("k".into(), 3));
            g.shape("struct: no_grad size in a local named like the field");
        }
    }
    // locals named like fields (`let b = m.b * 0.5;`), which later bindings (closure
    // parameters, `match` arms, lets) may shadow
    let named: Vec<(&str, String)> = match ty {
        Ty::Model => vec![("b", format!("{root}.b")), ("c", format!("{root}.inner.c"))],
        Ty::Inner => vec![("c", format!("{root}.c")), ("d", format!("{root}.d[1]"))],
    };
    for (name, field) in named {
        if g.rng().random() < 0.5 {
            continue;
        }
        g.shape("struct: local named like a field");
        if active {
            let f = konst(round_to2(g.rng().uniform(0.3, 1.2)));
            body.push(Stmt::Let {
                name: name.into(),
                e: bin('*', Node::Var(field), f),
                mutable: false,
                annot: g.rng().random() < 0.3,
            });
            env.vars.push((name.into(), 1.8));
        } else {
            body.push(Stmt::Raw(format!("let {name}: f64 = {field};")));
            env.fconsts.push((name.into(), 1.5));
        }
    }
    let k = g.rng().randint(2, 3);
    let (b1, benv) = g.block(&env, k, 0, None, false);
    body.extend(b1);
    let mut env = benv;
    // data handed to a callee, a method of a field (also drawn by the grammar, in every
    // position; one more here, since struct programs are few)
    if g.data_call_fits() && g.rng().random() < 0.6 {
        body.extend(g.s_data_call(&mut env));
    }
    // a branch on the `#[no_grad]` flag, or on `#[no_grad]` data
    if ty == Ty::Model && g.rng().random() < 0.5 {
        let c = if g.rng().random() < 0.5 {
            Cond::Icmp(format!("{root}.flag"))
        } else {
            Cond::Icmp(format!("!{root}.flag || {root}.data[1] < 0.0"))
        };
        let (a, aenv) = g.block(&env, 1, 1, None, false);
        let (b, benv) = g.block(&env, 1, 1, None, false);
        widen(&mut env, &aenv);
        widen(&mut env, &benv);
        body.push(Stmt::If(c, a, b));
        g.shape("struct: branch on a no_grad flag");
    }
    // a call of an earlier struct program with the struct or its nested field
    if !g.struct_callees.is_empty() && g.rng().random() < 0.6 {
        let sc = g.struct_callees.clone();
        let (ci, name, args) = g.rng().choice(&sc).clone();
        g.has_call = true;
        g.struct_called.insert(ci);
        g.shape("struct: call of a struct program");
        let a = g.fresh("a");
        let (e, b) = g.expr(&env, 1);
        let (e, b) = g.squash(e, b, 2.0);
        let call = Node::Call(name, args, super::ast::CallKind::Plain);
        body.push(Stmt::Let {
            name: a.clone(),
            e: bin('*', e, m1("tanh", call)),
            mutable: false,
            annot: g.rng().random() < 0.4,
        });
        env.vars.push((a, b));
    }
    let k = g.rng().randint(1, 2);
    let (b2, env2) = g.block(&env, k, 0, None, false);
    body.extend(b2);
    let env = env2;

    // the tail: the live values, an element of the slice, a field (so that every
    // active parameter is read)
    let mut live: Vec<(Node, f64)> = env
        .vars
        .iter()
        .map(|(v, b)| (Node::Var(v.clone()), *b))
        .collect();
    live = live[live.len().saturating_sub(4)..].to_vec();
    let j = g.rng().below(len).to_string();
    live.push((Node::Idx(slice.clone(), j), 1.5));
    if active {
        let f = floats[g.rng().below(floats.len())].clone();
        live.push((Node::Var(f), 1.5));
    }
    if xactive && slice != "x" {
        live.push((Node::Idx("x".into(), "0".into()), 1.5));
    }
    let mut tail = live[0].0.clone();
    let mut tb = live[0].1;
    for (v, b) in &live[1..] {
        tail = bin('+', tail, v.clone());
        tb += b;
    }
    if tb > 1e3 {
        tail = m1("tanh", bin('*', konst(0.001), tail));
    }
    g.tail_writes(&mut body, false);
    let nested = g.has_nested;
    let mut callees: BTreeSet<usize> = g
        .called
        .iter()
        .map(|c| c[1..].parse().expect("pN"))
        .collect();
    callees.extend(g.struct_called.iter().copied());
    let shapes = std::mem::take(&mut g.shapes);
    let typed = std::mem::take(&mut g.typed);
    let body = super::program::type_draws(body, &typed);
    Program {
        index,
        mode: Mode::F64,
        compound: true,
        where_clause: false,
        slice: true,
        len: xlen,
        extra: false,
        n: spec.n(),
        kparam: false,
        rng: false,
        wrt: true,
        array: false,
        mut_params: false,
        aref: false,
        out: 0,
        out_arr: false,
        out_last: false,
        unit: false,
        body,
        tail,
        calls: !callees.is_empty(),
        nested,
        callees,
        shapes,
        strukt: Some(spec),
        wrt_helpers: std::mem::take(&mut g.wrt_called),
        rec_helpers: BTreeSet::new(),
        checkpoint: None,
    }
}

/// The data the program's calls may hand on and the receivers of `Inner`'s methods
/// (features `const_data`, `field_data`, `field_method`; see `grammar::data_calls`).
fn data_and_receivers(g: &mut Gen, spec: &StructSpec, excl: &BTreeSet<String>) {
    let r = spec.root();
    if on(excl, "const_data") {
        g.data = Data::module_constants();
        g.body_consts = true;
    }
    if on(excl, "field_data") {
        let fields: Vec<(String, usize, bool)> = match (spec.ty, spec.active) {
            (Ty::Model, false) => vec![
                (format!("&{r}.w"), 4, true),
                (format!("&{r}.v"), 3, false),
                (format!("&{r}.data"), 3, true),
                (format!("&{r}.inner.d"), 2, true),
            ],
            (Ty::Model, true) => vec![],
            (Ty::Inner, false) => vec![(format!("&{r}.d"), 2, true)],
            (Ty::Inner, true) => vec![],
        };
        for (text, len, fixed) in fields {
            g.data.push(Data::constant(&text, len, fixed, 1.5));
        }
        if spec.ty == Ty::Model && spec.active {
            // the `#[no_grad]` field of a differentiated struct, outside the callee's
            // `wrt(..)`
            g.data.push(Data {
                text: format!("no_grad(&{r}.data)"),
                twin: format!("&kds::<D>(&{r}.data)"),
                len: 3,
                fixed: true,
                b: 1.5,
                visible: false,
                outside_only: true,
            });
        }
        if !spec.xactive {
            // the slice outside `wrt(..)`, already dual numbers in the twin
            g.data.push(Data {
                text: "x".into(),
                twin: "x".into(),
                len: spec.xlen,
                fixed: false,
                b: 1.5,
                visible: true,
                outside_only: false,
            });
            g.data.push(Data {
                text: "&x[1..]".into(),
                twin: "&x[1..]".into(),
                len: spec.xlen - 1,
                fixed: false,
                b: 1.5,
                visible: true,
                outside_only: false,
            });
        }
    }
    if on(excl, "field_method") {
        let path = match spec.ty {
            Ty::Model => format!("&{r}.inner"),
            Ty::Inner => r.to_string(),
        };
        let recv = match spec.ty {
            Ty::Model => format!("{r}.inner"),
            Ty::Inner => r.to_string(),
        };
        g.recvs.push(Recv {
            recv: (!spec.active).then_some(recv),
            path,
            active: spec.active,
        });
    }
}

fn on(excl: &BTreeSet<String>, f: &str) -> bool {
    !excl.contains(f)
}

fn round_to2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// After an `if`: the bounds of the mutable values either branch may have grown.
fn widen(env: &mut Env, branch: &Env) {
    for lst in [&mut env.vars, &mut env.muts] {
        for (n, b) in lst.iter_mut() {
            if let Some((_, b2)) = branch.vars.iter().rev().find(|t| &t.0 == n) {
                *b = b.max(*b2);
            }
        }
    }
}
