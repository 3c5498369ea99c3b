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

use super::ast::{Cond, Mode, Node, Render, Stmt};
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
    fn at(self) -> &'static str {
        match self {
            Ty::Model => "model_at",
            Ty::Inner => "inner_at",
        }
    }

    /// The harness's function building the twin's value from a flat vector of duals.
    fn twin_at(self) -> &'static str {
        match self {
            Ty::Model => "model_d",
            Ty::Inner => "inner_d",
        }
    }

    /// The prelude's constant leaves of a struct outside `wrt(..)`.
    fn consts(self) -> &'static str {
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
        // (a subslice of an `x` outside `wrt(..)` is passed without a tangent, which the
        // callee's generated functions would need: only `x` itself then)
        let prefix_ok = spec.xactive || c.spec.xlen == spec.xlen;
        if c.spec.xlen > spec.xlen || c.spec.active != spec.active || !prefix_ok {
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
    let (active, xactive) = if r < 0.55 {
        (true, true)
    } else if r < 0.8 {
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

/// The annotated function (or method, in an `impl` block) and its twin.
pub fn render(p: &Program, spec: &StructSpec, rng: Rng, out: &mut Vec<String>) {
    let mut rng = Some(rng);
    let name = fn_name(p, spec);
    let root = spec.root();
    let ty = spec.ty.name();
    for dual in [false, true] {
        let mut r = Render {
            mode: if dual { Mode::Dual } else { Mode::F64 },
            rng: rng.take().unwrap_or_else(|| Rng::new(0)),
            array: true,
            vec_bufs: Vec::new(),
        };
        let t = r.tyname();
        // the twin of an active struct takes its twin type; of a constant one, the struct
        let sty = match (dual && spec.active, spec.ty) {
            (true, Ty::Model) => "ModelD<D>",
            (true, Ty::Inner) => "InnerD<D>",
            (false, _) => ty,
        };
        let gens = if dual && !(spec.method && spec.active) {
            "<D: DualNum<Primitive = f64> + Copy>"
        } else {
            ""
        };
        let ind = if spec.method { "    " } else { "" };
        if spec.method {
            if dual && spec.active {
                out.push(format!("impl<D: DualNum<Primitive = f64> + Copy> {sty} {{"));
            } else {
                out.push(format!("impl {ty} {{"));
            }
        }
        if !dual {
            let mut wrt = Vec::new();
            if spec.active {
                wrt.push(root);
            }
            if spec.xactive {
                wrt.push("x");
            }
            let no_hvp = if p.nested { ", no_hvp" } else { "" };
            out.push(format!(
                "{ind}#[differentiable(wrt({}){no_hvp})]",
                wrt.join(", ")
            ));
        }
        let fname = if dual {
            format!("{name}_d")
        } else {
            name.clone()
        };
        let sparam = if spec.method {
            "&self".to_string()
        } else {
            format!("{root}: &{sty}")
        };
        out.push(format!(
            "{ind}fn {fname}{gens}({sparam}, x: &[{t}]) -> {t} {{"
        ));
        let mut lines = Vec::new();
        r.stmts(&p.body, true, 1, &mut lines);
        lines.push(format!("    {}", r.expr(&p.tail)));
        out.extend(lines.into_iter().map(|l| format!("{ind}{l}")));
        out.push(format!("{ind}}}"));
        if spec.method {
            out.push("}".into());
        }
        out.push(String::new());
        rng = Some(r.rng);
    }
}

/// The program's entry in the table of cases: the flat inputs are the struct's leaves
/// (its flat view, through the `Differentiable` trait) then `x`.
pub fn render_case(p: &Program, spec: &StructSpec, seed: u64) -> Vec<String> {
    let nm = fn_name(p, spec);
    let ty = spec.ty;
    let s = if spec.active { ty.leaves() } else { 0 };
    let l = spec.xlen;
    // the struct: from the flat inputs, or the constant one
    let mk = |v: &str| format!("{}(&{v}[..{s}])", ty.at());
    let m = if spec.active {
        mk("x")
    } else {
        format!("{}(&{})", ty.at(), ty.consts())
    };
    let xs = if spec.xactive {
        format!("&x[{s}..]")
    } else {
        format!("&XD[..{l}]")
    };
    // `f(struct args, x args)` as a free function or a method on the struct `m`
    let call = |suffix: &str, sargs: &[&str], xargs: &[&str]| -> String {
        let xargs = xargs.join(", ");
        let sa: Vec<&str> = sargs.to_vec();
        if spec.method {
            let rest: Vec<String> = sa.iter().map(|a| a.to_string()).collect();
            let mut args = rest;
            args.push(xargs);
            format!("m.{nm}{suffix}({})", args.join(", "))
        } else {
            let mut args: Vec<String> = vec!["&m".into()];
            args.extend(sa.iter().map(|a| a.to_string()));
            args.push(xargs);
            format!("{nm}{suffix}({})", args.join(", "))
        }
    };
    let act = spec.active;
    let f = format!("|x, _| {{ let m = {m}; {} }}", call("", &[], &[&xs]));
    let vs = format!("&v[{s}..]");
    let jx: Vec<&str> = if spec.xactive {
        vec![&xs, &vs]
    } else {
        vec![&xs]
    };
    let jvp = if act {
        format!(
            "|x, v, _| {{ let m = {m}; let dm = {}; {} }}",
            mk("v"),
            call("_jvp", &["&dm"], &jx)
        )
    } else {
        format!("|x, v, _| {{ let m = {m}; {} }}", call("_jvp", &[], &jx))
    };
    let vx: Vec<&str> = if spec.xactive {
        vec![&xs, "bx"]
    } else {
        vec![&xs]
    };
    let vjp = if act {
        format!(
            "|x, s, bar, _| {{ let m = {m}; let mut mb = {}; let (bs, bx) = bar.split_at_mut({s}); let y = {}; mb.write_flat(bs); y }}",
            mk("bar"),
            call("_vjp", &["&mut mb"], &[&vx.join(", "), "s"])
        )
    } else {
        format!(
            "|x, s, bar, _| {{ let m = {m}; let bx = bar; {} }}",
            call("_vjp", &[], &[&vx.join(", "), "s"])
        )
    };
    let gx: Vec<&str> = if spec.xactive {
        vec![&xs, "gx"]
    } else {
        vec![&xs]
    };
    let grad = if act {
        format!(
            "|x, g, _| {{ let m = {m}; let mut mg = {}; let (gs, gx) = g.split_at_mut({s}); let y = {}; mg.write_flat(gs); y }}",
            mk("g"),
            call("_grad", &["&mut mg"], &gx)
        )
    } else {
        format!(
            "|x, g, _| {{ let m = {m}; let gx = g; {} }}",
            call("_grad", &[], &gx)
        )
    };
    let hx: Vec<&str> = if spec.xactive {
        vec![&xs, &vs, "hx"]
    } else {
        vec![&xs]
    };
    let hvp = if act {
        format!(
            "|x, v, hv, _| {{ let m = {m}; let md = {}; let mut mh = {}; let (hs, hx) = hv.split_at_mut({s}); let y = {}; mh.write_flat(hs); y }}",
            mk("v"),
            mk("hv"),
            call("_hvp", &["&md", "&mut mh"], &hx)
        )
    } else {
        format!(
            "|x, v, hv, _| {{ let m = {m}; let hx = hv; {} }}",
            call("_hvp", &[], &hx)
        )
    };
    // the twin: the struct's twin from the flat duals (hand-written in the harness, in
    // the documented leaf order), or the constant struct itself
    let md = if act {
        format!("{}(&x[..{s}])", ty.twin_at())
    } else {
        format!("{}(&{})", ty.at(), ty.consts())
    };
    let xd = if spec.xactive {
        format!("x[{s}..].to_vec()")
    } else {
        format!("kds(&XD[..{l}])")
    };
    let dual = if spec.method {
        format!("|x, _| {{ let m = {md}; let xd: Vec<HyperDual64> = {xd}; m.{nm}_d(&xd) }}")
    } else {
        format!("|x, _| {{ let m = {md}; let xd: Vec<HyperDual64> = {xd}; {nm}_d(&m, &xd) }}")
    };
    vec![
        "        Case {".into(),
        format!("            seed: {seed},"),
        format!("            index: {},", p.index),
        format!("            n: {},", spec.n()),
        format!("            f: {f},"),
        format!("            jvp: {jvp},"),
        format!("            vjp: {vjp},"),
        format!("            grad: {grad},"),
        if p.nested {
            "            hvp: None,".to_string()
        } else {
            format!("            hvp: Some({hvp}),")
        },
        format!("            dual: {dual},"),
        "        },".into(),
    ]
}
