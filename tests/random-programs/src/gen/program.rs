//! One program: its parameters, body and tail, drawn by the grammar; rendered as the
//! annotated function `pN`, its num-dual twin `pN_d` and its entry in the table of cases.

use super::ast::{MArm, Mode, Node, Render, Stmt};
use super::grammar::{bin, konst, m1, slice_callable, Env, Gen, RecHelper, WrtHelper};
use super::rng::Rng;
use std::collections::BTreeSet;

/// A generated program.
#[derive(Clone, Debug)]
pub struct Program {
    /// Its index in its seed's sequence (`pN`).
    pub index: usize,
    /// `f64` or a generic `T: Float`.
    pub mode: Mode,
    /// `s += e` (needs `NumAssign` when generic) rather than `s = s + e`.
    pub compound: bool,
    /// The bound in a `where` clause.
    pub where_clause: bool,
    /// Takes a slice or array `x` (else scalars `x0, x1, ..`).
    pub slice: bool,
    /// The slice's length.
    pub len: usize,
    /// A scalar `y` after the slice.
    pub extra: bool,
    /// The number of active inputs.
    pub n: usize,
    /// An inactive `nk: usize` parameter.
    pub kparam: bool,
    /// An inactive `rng: &mut Lcg` parameter.
    pub rng: bool,
    /// `#[differentiable(wrt(..))]` naming the float parameters.
    pub wrt: bool,
    /// A by-value array `[F; N]` instead of `&[F]`.
    pub array: bool,
    /// The scalar parameters are `mut`, the first reassigned at the top of the body.
    pub mut_params: bool,
    /// With `array`: `&[F; N]` instead of `[F; N]`.
    pub aref: bool,
    /// The length of an out-parameter `out` (0: none).
    pub out: usize,
    /// `out: &mut [F; M]` (else `&mut [F]`).
    pub out_arr: bool,
    /// `out` is the last parameter (else it follows the active ones).
    pub out_last: bool,
    /// Returns `()` (needs `out`).
    pub unit: bool,
    /// The statements.
    pub body: Vec<Stmt>,
    /// The tail expression.
    pub tail: Node,
    /// Calls another generated program.
    pub calls: bool,
    /// Calls a generated derivative of another program (it has no `_hvp`).
    pub nested: bool,
    /// The indices of the programs it calls.
    pub callees: BTreeSet<usize>,
    /// The indices of the helpers with a restricted `wrt(..)` it calls (see
    /// `grammar::nested_calls`).
    pub wrt_helpers: BTreeSet<usize>,
    /// The indices of the recursive helpers it calls (see `grammar::recursion`).
    pub rec_helpers: BTreeSet<usize>,
    /// The shapes it contains.
    pub shapes: BTreeSet<String>,
    /// It takes a struct (feature `struct_param`, see `structs/`).
    pub strukt: Option<super::structs::StructSpec>,
    /// `#[differentiable(checkpoint = s)]` with this `s` (feature `checkpoint`).
    pub checkpoint: Option<usize>,
}

impl Program {
    /// The function's name.
    pub fn name(&self) -> String {
        format!("p{}", self.index)
    }

    /// Other programs may call it (scalar, no calls, no inactive parameters, no
    /// out-parameter).
    pub fn callable(&self) -> bool {
        !self.slice && !self.calls && !self.kparam && !self.rng && self.out == 0
    }
}

/// Draws program `index`; `pool` holds the earlier programs it may call, `helpers`
/// the helpers with a restricted `wrt(..)` of its group.
pub fn make_program(
    index: usize,
    rng: &mut Rng,
    excl: &BTreeSet<String>,
    pool: &[Program],
    helpers: &[WrtHelper],
    recs: &[RecHelper],
) -> Program {
    let on = |f: &str| !excl.contains(f);
    let mode = if on("generic") && rng.random() < 0.4 {
        Mode::Gen
    } else {
        Mode::F64
    };
    let compound = mode == Mode::F64 || rng.random() < 0.6;
    let where_clause = mode == Mode::Gen && rng.random() < 0.3;
    let (slice, len, extra, n) = if on("slices") && rng.random() < 0.45 {
        let len = rng.randint(3, 6) as usize;
        let extra = rng.random() < 0.4;
        (true, len, extra, len + usize::from(extra))
    } else {
        (false, 0, false, rng.randint(2, 3) as usize)
    };
    let kparam = on("inactive") && rng.random() < 0.15;
    // an inactive `rng: &mut Lcg` parameter, drawn from with `rng.uniform()`
    let has_rng = on("rng") && rng.random() < 0.3;
    // ... inactive by default, or by naming the active parameters
    let wrt = has_rng && rng.random() < 0.3;
    let array = slice && on("arrays") && rng.random() < 0.3;
    // `x: &[F; N]`, copied with `*x`
    let aref = array && on("local_array") && rng.random() < 0.4;
    // an out-parameter, and no float result for some
    let (out, out_arr, out_last, unit) = if on("out_param") && rng.random() < 0.2 {
        (
            rng.randint(2, 4) as usize,
            rng.random() < 0.5,
            rng.random() < 0.5,
            rng.random() < 0.5,
        )
    } else {
        (0, false, false, false)
    };
    let compatible = |q: &&Program| {
        (q.mode == mode && (compound || !q.compound))
            || (mode == Mode::F64 && q.mode == Mode::Gen && !q.compound)
    };
    let callees: Vec<(String, usize)> = pool
        .iter()
        .filter(|q| q.callable())
        .filter(compatible)
        .map(|q| (q.name(), q.n))
        .collect();
    let callees = callees[callees.len().saturating_sub(12)..].to_vec();
    let slice_callees: Vec<(String, usize)> = pool
        .iter()
        .filter(|q| slice_callable(q))
        .filter(compatible)
        .map(|q| (q.name(), q.len))
        .collect();
    let mut g = Gen::new(rng, excl, callees);
    g.slice_callees = slice_callees[slice_callees.len().saturating_sub(6)..].to_vec();
    g.wrt_helpers = helpers
        .iter()
        .map(|h| (h.index, h.nparams, h.wrt.clone()))
        .collect();
    g.rec_helpers = recs.to_vec();
    // (an active by-value array `[F; N]`, or a part of one, passed to a differentiable
    // call is a spanned error asking for `&[F]` or `&[F; N]`)
    g.rec_x = (slice && (aref || !array)).then_some(len);
    g.nested_salt = index as u64;
    g.unit = unit;
    g.generic = mode == Mode::Gen;
    // (the data are `f64` arrays: generic programs cannot pass them)
    if mode == Mode::F64 && on("const_data") {
        g.data = super::grammar::data_calls::Data::module_constants();
        g.body_consts = true;
    }
    // about a third of the programs are about local arrays
    if on("local_array") && g_random(&mut g) < 0.35 {
        g.arr_focus = 4.0;
        g.shape("program focused on local arrays");
    }
    let vars: Vec<(String, f64)> = if slice {
        if extra {
            vec![("y".into(), 1.5)]
        } else {
            vec![]
        }
    } else {
        (0..n).map(|i| (format!("x{i}"), 1.5)).collect()
    };
    let env = Env {
        vars,
        elems: if slice {
            (0..len).map(|i| i.to_string()).collect()
        } else {
            vec![]
        },
        slice: "x".into(),
        len,
        out,
        xarr: if array && on("local_array") {
            Some(aref)
        } else {
            None
        },
        kparam,
        rng: has_rng,
        cont_ok: true,
        ..Env::default()
    };
    let mut env = env;
    let mut body = Vec::new();
    let mut_params = !slice && on("mut_param") && g_random(&mut g) < 0.15;
    if mut_params {
        env.muts.push(("x0".into(), 1.5));
        body.push(g.param_update(&mut env, "x0"));
    }
    if has_rng && g_random(&mut g) < 0.5 {
        let draw = g.s_uniform(&mut env, None);
        g.note_untyped(&env, &draw);
        body.extend(draw);
    }
    if out > 0 {
        // every element of `out` is written on every path (then overwritten, some)
        body.extend(g.out_init(&mut env, !out_arr));
        g.shape(if unit {
            "out-parameter, returns ()"
        } else {
            "out-parameter, returns a float"
        });
    }
    let k = g_randint(&mut g, 2, 3);
    let (b2, mut benv) = g.block(&env, k, 0, None, false);
    body.extend(b2);
    if on("early_return") && !unit && g_random(&mut g) < 0.15 {
        let c = g.cond(&benv, 1, false);
        if !matches!(c, super::ast::Cond::Icmp(_)) {
            let (e, _) = g.expr(&benv, 2);
            body.push(Stmt::IfRet(c, e));
        }
    }
    // every program with an `rng` parameter draws from it at least once
    let draw = has_rng && !g.shapes.contains("rng.uniform()");
    let k = g_randint(&mut g, 1, 2);
    let (b2, benv2) = g.block(&benv, k, 0, None, draw);
    body.extend(b2);
    benv = benv2;
    // tail: combine the live values so that (almost) everything is used
    let live: Vec<Node> = benv
        .vars
        .iter()
        .filter(|(v, _)| !v.starts_with('x') || !slice)
        .map(|(v, _)| Node::Var(v.clone()))
        .collect();
    let mut live = live[live.len().saturating_sub(5)..].to_vec();
    if slice {
        live.push(Node::Idx(
            "x".into(),
            g_randint(&mut g, 0, len as i64 - 1).to_string(),
        ));
    }
    // the local arrays of the top level, every element: read after whatever wrote them
    let arrs = benv.arrs[benv.arrs.len().saturating_sub(3)..].to_vec();
    let mut arr_bound = 0.0;
    for a in &arrs {
        let mut all: Vec<Vec<String>> = vec![vec![]];
        for &n in &a.dims {
            all = all
                .into_iter()
                .flat_map(|ix| {
                    (0..n).map(move |k| {
                        let mut ix = ix.clone();
                        ix.push(k.to_string());
                        ix
                    })
                })
                .collect();
        }
        arr_bound += a.b * all.len() as f64;
        let mut sum = Node::AIdx(a.name.clone(), all[0].clone());
        for ix in &all[1..] {
            sum = bin('+', sum, Node::AIdx(a.name.clone(), ix.clone()));
        }
        live.push(sum);
    }
    let mut tail = live[0].clone();
    for v in &live[1..] {
        let op = if g_random(&mut g) < 0.3 {
            g_choice(&mut g, &['+', '-', '*'])
        } else {
            '+'
        };
        tail = bin(op, tail, v.clone());
    }
    let mut tb: f64 = benv.vars[benv.vars.len().saturating_sub(5)..]
        .iter()
        .map(|t| t.1)
        .sum::<f64>()
        + 1.0
        + arr_bound;
    if on("tail_loop") && g_random(&mut g) < 0.35 {
        // the last statement is a loop overwriting or resetting its accumulator `s`; the tail
        // is `s`, `s + last` or `s + a` with an epilogue `let a = e;`
        let sn = g.fresh("s");
        let init = g_choice(&mut g, &[0.0, 1.0, 0.5]);
        let annot = g_random(&mut g) < 0.3;
        body.push(Stmt::Let {
            name: sn.clone(),
            e: konst(init),
            mutable: true,
            annot,
        });
        benv.vars.push((sn.clone(), 1.0));
        benv.muts.push((sn.clone(), 1.0));
        body.extend(g.trailing_loop(&mut benv, &sn));
        tb = benv
            .vars
            .iter()
            .rev()
            .find(|t| t.0 == sn)
            .map_or(1.0, |t| t.1);
        tail = Node::Var(sn.clone());
        let r = g_random(&mut g);
        let what = if r < 0.35 {
            "s + last"
        } else if r < 0.7 {
            "s + epilogue"
        } else {
            "s"
        };
        g.shapes.insert(format!("trailing loop, tail {what}"));
        let others: Vec<(String, f64)> = benv
            .vars
            .iter()
            .filter(|(v, _)| *v != sn && (!v.starts_with('x') || !slice))
            .cloned()
            .collect();
        if r < 0.35 && !others.is_empty() {
            let (v, b) = others[g_below(&mut g, others.len())].clone();
            let op = g_choice(&mut g, &['+', '*']);
            tail = bin(op, tail, Node::Var(v));
            tb *= b + 1.0;
        } else if r < 0.7 {
            let (e, b) = g.expr(&benv, 2);
            let a = g.fresh("a");
            body.push(Stmt::Let {
                name: a.clone(),
                e,
                mutable: false,
                annot: false,
            });
            tail = bin('+', tail, Node::Var(a));
            tb += b;
        }
    }
    if tb > 1e3 {
        tail = m1("tanh", bin('*', konst(0.001), tail));
    }
    if unit {
        // no float result: the tail is written into `out`
        let k = g_below(&mut g, out);
        body.push(Stmt::ASet {
            name: "out".into(),
            idx: vec![k.to_string()],
            op: '=',
            e: tail.clone(),
            semi: true,
        });
    }
    g.tail_writes(&mut body, unit);
    let body = type_draws(body, &g.typed);
    let calls = g.has_call;
    let nested = g.has_nested;
    let wrt_helpers = std::mem::take(&mut g.wrt_called);
    let rec_helpers = std::mem::take(&mut g.rec_called);
    let callees = g
        .called
        .iter()
        .map(|c| c[1..].parse().expect("pN"))
        .collect();
    let mut shapes = std::mem::take(&mut g.shapes);
    if has_rng {
        shapes.insert("rng parameter".into());
    }
    // from a side stream: the option leaves every program's draws as they were
    let mut side = Rng::derived(rng.clone().next_u64(), index as u64);
    let checkpoint = on("checkpoint")
        .then(|| super::checkpoint::draw(&body, compound, &mut side))
        .flatten();
    if checkpoint.is_some() {
        shapes.insert("checkpoint = s".into());
    }
    Program {
        index,
        mode,
        compound,
        where_clause,
        slice,
        len,
        extra,
        n,
        kparam,
        rng: has_rng,
        wrt,
        array,
        mut_params,
        aref,
        out,
        out_arr,
        out_last,
        unit,
        body,
        tail,
        calls,
        nested,
        callees,
        wrt_helpers,
        rec_helpers,
        shapes,
        strukt: None,
        checkpoint,
    }
}

/// `let u = rng.uniform();` -> `let u: f64 = rng.uniform();` for the draws in `names`.
pub fn type_draws(stmts: Vec<Stmt>, names: &BTreeSet<String>) -> Vec<Stmt> {
    let fix = |v: Vec<Stmt>| type_draws(v, names);
    stmts
        .into_iter()
        .map(|st| match st {
            Stmt::Raw(t) => {
                let typed = t
                    .strip_prefix("let ")
                    .and_then(|r| r.strip_suffix(" = rng.uniform();"))
                    .filter(|u| names.contains(*u))
                    .map(|u| format!("let {u}: f64 = rng.uniform();"));
                Stmt::Raw(typed.unwrap_or(t))
            }
            Stmt::If(c, a, b) => Stmt::If(c, fix(a), fix(b)),
            Stmt::For {
                i,
                lo,
                hi,
                incl,
                body,
            } => Stmt::For {
                i,
                lo,
                hi,
                incl,
                body: fix(body),
            },
            Stmt::ForIter(i, x, b) => Stmt::ForIter(i, x, fix(b)),
            Stmt::ForRef(i, x, b) => Stmt::ForRef(i, x, fix(b)),
            Stmt::ForChain(p, it, b) => Stmt::ForChain(p, it, fix(b)),
            Stmt::ForRev {
                i,
                lo,
                n,
                incl,
                body,
            } => Stmt::ForRev {
                i,
                lo,
                n,
                incl,
                body: fix(body),
            },
            Stmt::WhileTail(i, t, b) => Stmt::WhileTail(i, t, fix(b)),
            Stmt::Block(b) => Stmt::Block(fix(b)),
            Stmt::IfJump(c, pre, j) => Stmt::IfJump(c, fix(pre), j),
            Stmt::While(i, t, b) => Stmt::While(i, t, fix(b)),
            Stmt::Match(scr, arms) => Stmt::Match(
                scr,
                arms.into_iter()
                    .map(|(p, a)| match a {
                        MArm::Stmts(b) => (p, MArm::Stmts(fix(b))),
                        other => (p, other),
                    })
                    .collect(),
            ),
            other => other,
        })
        .collect()
}

// The builder owns the stream while it lives; these draw through it.
fn g_random(g: &mut Gen<'_>) -> f64 {
    g.rng().random()
}
fn g_randint(g: &mut Gen<'_>, lo: i64, hi: i64) -> i64 {
    g.rng().randint(lo, hi)
}
fn g_below(g: &mut Gen<'_>, n: usize) -> usize {
    g.rng().below(n)
}
fn g_choice<T: Copy>(g: &mut Gen<'_>, xs: &[T]) -> T {
    *g.rng().choice(xs)
}

/// The annotated function and its num-dual twin, as lines of Rust.
pub fn render_program(p: &Program, rng: Rng, out: &mut Vec<String>) {
    if let Some(spec) = &p.strukt {
        return super::structs::render(p, spec, rng, out);
    }
    let mut rng = Some(rng);
    for dual in [false, true] {
        let mode = if dual { Mode::Dual } else { p.mode };
        let mut r = Render {
            mode,
            rng: rng.take().unwrap_or_else(|| Rng::new(0)),
            array: p.array && !dual,
            vec_bufs: Vec::new(),
        };
        let t = r.tyname();
        let (gens, where_, name, compound) = if dual {
            (
                "<D: DualNum<Primitive = f64> + Copy>".to_string(),
                String::new(),
                format!("{}_d", p.name()),
                true,
            )
        } else {
            let bound = if p.compound {
                "Float + NumAssign"
            } else {
                "Float"
            };
            let gens = match (p.mode, p.where_clause) {
                (Mode::F64, _) => String::new(),
                (_, true) => "<T>".into(),
                (_, false) => format!("<T: {bound}>"),
            };
            let where_ = if p.where_clause && p.mode == Mode::Gen {
                format!(" where T: {bound}")
            } else {
                String::new()
            };
            // its `_hvp` would need third derivatives of the callee
            let no_hvp = if p.nested { ", no_hvp" } else { "" };
            let checkpoint = p
                .checkpoint
                .map(|s| format!(", checkpoint = {s}"))
                .unwrap_or_default();
            if p.wrt {
                let act: Vec<String> = if p.slice {
                    let mut a = vec!["x".to_string()];
                    if p.extra {
                        a.push("y".into());
                    }
                    a
                } else {
                    (0..p.n).map(|i| format!("x{i}")).collect()
                };
                out.push(format!(
                    "#[differentiable(wrt({}){no_hvp}{checkpoint})]",
                    act.join(", ")
                ));
            } else if p.nested {
                out.push(format!("#[differentiable(no_hvp{checkpoint})]"));
            } else if let Some(s) = p.checkpoint {
                out.push(format!("#[differentiable(checkpoint = {s})]"));
            } else {
                out.push("#[differentiable]".into());
            }
            (gens, where_, p.name(), p.compound)
        };
        let mut params: Vec<String> = if p.slice {
            let xt = match (p.array && !dual, p.aref) {
                (true, false) => format!("[{t}; {}]", p.len),
                (true, true) => format!("&[{t}; {}]", p.len),
                (false, _) => format!("&[{t}]"),
            };
            let mut v = vec![format!("x: {xt}")];
            if p.extra {
                v.push(format!("y: {t}"));
            }
            v
        } else {
            let m = if p.mut_params { "mut " } else { "" };
            (0..p.n).map(|i| format!("{m}x{i}: {t}")).collect()
        };
        let out_param = if p.out_arr && !dual {
            format!("out: &mut [{t}; {}]", p.out)
        } else {
            format!("out: &mut [{t}]")
        };
        if p.out > 0 && !p.out_last {
            params.push(out_param.clone());
        }
        if p.kparam {
            params.push("nk: usize".into());
        }
        if p.rng {
            params.push("rng: &mut Lcg".into());
        }
        if p.out > 0 && p.out_last {
            params.push(out_param);
        }
        let ret = if p.unit {
            String::new()
        } else {
            format!(" -> {t}")
        };
        out.push(format!(
            "fn {name}{gens}({}){ret}{where_} {{",
            params.join(", ")
        ));
        r.stmts(&p.body, compound, 1, out);
        if !p.unit {
            let tail = r.expr(&p.tail);
            out.push(format!("    {tail}"));
        }
        out.push("}".into());
        out.push(String::new());
        rng = Some(r.rng);
    }
}

/// The program's entry in the table of cases: uniform closures over a flat input vector.
pub fn render_case(p: &Program, seed: u64) -> Vec<String> {
    if let Some(spec) = &p.strukt {
        return super::structs::render_case(p, spec, seed);
    }
    let (n, l, nm) = (p.n, p.len, p.name());
    // the inactive trailing arguments: `nk` (3) and the program's random stream
    let k = format!(
        "{}{}",
        if p.kparam { ", 3" } else { "" },
        if p.rng { ", r" } else { "" }
    );
    let r = if p.rng { "r" } else { "_" };
    let (f, jvp, vjp, grad, hvp, dual);
    if !p.slice {
        let xs = (0..n)
            .map(|i| format!("x[{i}]"))
            .collect::<Vec<_>>()
            .join(", ");
        let xv = (0..n)
            .map(|i| format!("x[{i}], v[{i}]"))
            .collect::<Vec<_>>()
            .join(", ");
        let outs = (0..n)
            .map(|i| format!("a{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let acc = (0..n)
            .map(|i| format!("bar[{i}] += a{i};"))
            .collect::<Vec<_>>()
            .join(" ");
        let st = (0..n)
            .map(|i| format!("g[{i}] = a{i};"))
            .collect::<Vec<_>>()
            .join(" ");
        let sth = (0..n)
            .map(|i| format!("hv[{i}] = a{i};"))
            .collect::<Vec<_>>()
            .join(" ");
        f = format!("|x, {r}| {nm}({xs}{k})");
        jvp = format!("|x, v, {r}| {nm}_jvp({xv}{k})");
        vjp = format!("|x, s, bar, {r}| {{ let (y, {outs}) = {nm}_vjp({xs}{k}, s); {acc} y }}");
        grad = format!("|x, g, {r}| {{ let (y, {outs}) = {nm}_grad({xs}{k}); {st} y }}");
        hvp = format!("|x, v, hv, {r}| {{ let (y, {outs}) = {nm}_hvp({xv}{k}); {sth} y }}");
        dual = format!("|x, {r}| {nm}_d({xs}{k})");
    } else if p.array && !p.aref {
        let ax = "arr(x)";
        let (ys, yv) = if p.extra {
            (format!(", x[{l}]"), format!(", x[{l}], v[{l}]"))
        } else {
            (String::new(), String::new())
        };
        let outs = if p.extra { "(y, a, b)" } else { "(y, a)" };
        f = format!("|x, {r}| {nm}({ax}{ys}{k})");
        jvp = format!("|x, v, {r}| {nm}_jvp({ax}, arr(v){yv}{k})");
        let badd = if p.extra {
            format!(" bar[{l}] += b;")
        } else {
            String::new()
        };
        let bset = if p.extra {
            format!(" g[{l}] = b;")
        } else {
            String::new()
        };
        let hset = if p.extra {
            format!(" hv[{l}] = b;")
        } else {
            String::new()
        };
        vjp = format!(
            "|x, s, bar, {r}| {{ let {outs} = {nm}_vjp({ax}{ys}{k}, s); for i in 0..{l} {{ bar[i] += a[i]; }}{badd} y }}"
        );
        grad = format!("|x, g, {r}| {{ let {outs} = {nm}_grad({ax}{ys}{k}); g[..{l}].copy_from_slice(&a);{bset} y }}");
        hvp = format!(
            "|x, v, hv, {r}| {{ let {outs} = {nm}_hvp({ax}, arr(v){yv}{k}); hv[..{l}].copy_from_slice(&a);{hset} y }}"
        );
        dual = if p.extra {
            format!("|x, {r}| {nm}_d(&x[..{l}], x[{l}]{k})")
        } else {
            format!("|x, {r}| {nm}_d(&x[..{l}]{k})")
        };
    } else if p.aref {
        // `x: &[F; N]`: the shadows are `&mut [F; N]` too
        let (ys, yv) = if p.extra {
            (format!(", x[{l}]"), format!(", x[{l}], v[{l}]"))
        } else {
            (String::new(), String::new())
        };
        let (split, pat, addy, gety, hvy) = if p.extra {
            (
                format!("let (bx, by) = bar.split_at_mut({l}); "),
                "(y, b)",
                " by[0] += b;",
                format!(" g[{l}] = b;"),
                format!(" hv[{l}] = b;"),
            )
        } else {
            (
                format!("let bx = &mut bar[..{l}]; "),
                "y",
                "",
                String::new(),
                String::new(),
            )
        };
        f = format!("|x, {r}| {nm}(&arr(x){ys}{k})");
        jvp = format!("|x, v, {r}| {nm}_jvp(&arr(x), &arr(v){yv}{k})");
        vjp = format!(
            "|x, s, bar, {r}| {{ {split}let {pat} = {nm}_vjp(&arr(x), arr_mut(bx){ys}{k}, s);{addy} y }}"
        );
        grad =
            format!("|x, g, {r}| {{ let {pat} = {nm}_grad(&arr(x), arr_mut(g){ys}{k});{gety} y }}");
        hvp = format!(
            "|x, v, hv, {r}| {{ let {pat} = {nm}_hvp(&arr(x), &arr(v), arr_mut(hv){yv}{k});{hvy} y }}"
        );
        dual = if p.extra {
            format!("|x, {r}| {nm}_d(&x[..{l}], x[{l}]{k})")
        } else {
            format!("|x, {r}| {nm}_d(&x[..{l}]{k})")
        };
    } else if !p.extra {
        f = format!("|x, {r}| {nm}(x{k})");
        jvp = format!("|x, v, {r}| {nm}_jvp(x, v{k})");
        vjp = format!("|x, s, bar, {r}| {nm}_vjp(x, bar{k}, s)");
        grad = format!("|x, g, {r}| {nm}_grad(x, g{k})");
        hvp = format!("|x, v, hv, {r}| {nm}_hvp(x, v, hv{k})");
        dual = format!("|x, {r}| {nm}_d(x{k})");
    } else {
        let sx = format!("&x[..{l}]");
        f = format!("|x, {r}| {nm}({sx}, x[{l}]{k})");
        jvp = format!("|x, v, {r}| {nm}_jvp({sx}, &v[..{l}], x[{l}], v[{l}]{k})");
        vjp = format!(
            "|x, s, bar, {r}| {{ let (bx, by) = bar.split_at_mut({l}); let (y, a) = {nm}_vjp({sx}, bx, x[{l}]{k}, s); by[0] += a; y }}"
        );
        grad = format!(
            "|x, g, {r}| {{ let (gx, gy) = g.split_at_mut({l}); let (y, a) = {nm}_grad({sx}, gx, x[{l}]{k}); gy[0] = a; y }}"
        );
        hvp = format!(
            "|x, v, hv, {r}| {{ let (hx, hy) = hv.split_at_mut({l}); let (y, a) = {nm}_hvp({sx}, &v[..{l}], hx, x[{l}], v[{l}]{k}); hy[0] = a; y }}"
        );
        dual = format!("|x, {r}| {nm}_d(&x[..{l}], x[{l}]{k})");
    }
    case_lines(
        seed,
        p,
        n,
        &CaseClosures {
            f,
            jvp,
            vjp,
            grad,
            hvp,
            dual,
        },
    )
}

/// The closures of one `Case`, as text.
pub struct CaseClosures {
    pub f: String,
    pub jvp: String,
    pub vjp: String,
    pub grad: String,
    pub hvp: String,
    pub dual: String,
}

/// The entry of program `p` (of `n` inputs) in the table of `Case`s.
pub fn case_lines(seed: u64, p: &Program, n: usize, c: &CaseClosures) -> Vec<String> {
    vec![
        "        Case {".into(),
        format!("            seed: {seed},"),
        format!("            index: {},", p.index),
        format!("            n: {n},"),
        format!("            f: {},", c.f),
        format!("            jvp: {},", c.jvp),
        format!("            vjp: {},", c.vjp),
        format!("            grad: {},", c.grad),
        if p.nested {
            // no `_hvp`: the function calls a generated derivative
            "            hvp: None,".to_string()
        } else {
            format!("            hvp: Some({}),", c.hvp)
        },
        format!("            dual: {},", c.dual),
        "        },".into(),
    ]
}

/// The entry of a program with an out-parameter in the table of `OutCase`s: closures over
/// the flat inputs and the outputs `o` (its tangents `ot`, its seeds `os`).
pub fn render_out_case(p: &Program, seed: u64) -> Vec<String> {
    let (n, l, m, nm) = (p.n, p.len, p.out, p.name());
    let r = if p.rng { "r" } else { "_" };
    // the arguments of the active parameters: original, jvp, vjp, twin
    let (mut fa, mut ja, mut va, mut da) = (vec![], vec![], vec![], vec![]);
    // the by-value adjoints `_vjp` returns, and how each is added into `bar`
    let mut byval: Vec<(String, String)> = vec![];
    let mut split = String::new();
    if !p.slice {
        for i in 0..n {
            fa.push(format!("x[{i}]"));
            ja.push(format!("x[{i}], v[{i}]"));
            va.push(format!("x[{i}]"));
            da.push(format!("x[{i}]"));
            byval.push((format!("a{i}"), format!(" bar[{i}] += a{i};")));
        }
    } else {
        da.push(format!("&x[..{l}]"));
        if p.array && !p.aref {
            fa.push("arr(x)".into());
            ja.push("arr(x), arr(v)".into());
            va.push("arr(x)".into());
            byval.push((
                "ax".into(),
                format!(" for i in 0..{l} {{ bar[i] += ax[i]; }}"),
            ));
        } else {
            split = format!("let (bx, by) = bar.split_at_mut({l}); ");
            if p.aref {
                fa.push("&arr(x)".into());
                ja.push("&arr(x), &arr(v)".into());
                va.push("&arr(x), arr_mut(bx)".into());
            } else {
                fa.push(format!("&x[..{l}]"));
                ja.push(format!("&x[..{l}], &v[..{l}]"));
                va.push(format!("&x[..{l}], bx"));
            }
        }
        if p.extra {
            fa.push(format!("x[{l}]"));
            ja.push(format!("x[{l}], v[{l}]"));
            va.push(format!("x[{l}]"));
            da.push(format!("x[{l}]"));
            let add = if split.is_empty() {
                format!(" bar[{l}] += b;")
            } else {
                " by[0] += b;".to_string()
            };
            byval.push(("b".into(), add));
        }
    }
    // the out-parameter's arguments, then the inactive ones, in the parameters' order
    let (fo, jo, vo, dout) = if p.out_arr {
        (
            "arr_mut(o)",
            "arr_mut(o), arr_mut(ot)",
            "arr_mut(o), &arr(os)",
            "o",
        )
    } else {
        ("o", "o, ot", "o, os", "o")
    };
    let mut inactive = vec![];
    if p.kparam {
        inactive.push("3");
    }
    if p.rng {
        inactive.push("r");
    }
    let args = |mut act: Vec<String>, o: &str| {
        if p.out_last {
            act.extend(inactive.iter().map(|s| s.to_string()));
            act.push(o.to_string());
        } else {
            act.push(o.to_string());
            act.extend(inactive.iter().map(|s| s.to_string()));
        }
        act.join(", ")
    };
    let (fargs, jargs, dargs) = (args(fa, fo), args(ja, jo), args(da, dout));
    let mut vargs = args(va, vo);
    if !p.unit {
        vargs += ", s";
    }
    let (f, jvp, dual) = if p.unit {
        (
            format!("|x, o, {r}| {{ {nm}({fargs}); 0.0 }}"),
            format!("|x, v, o, ot, {r}| {{ {nm}_jvp({jargs}); (0.0, 0.0) }}"),
            format!("|x, o, {r}| {{ {nm}_d({dargs}); kd(0.0) }}"),
        )
    } else {
        (
            format!("|x, o, {r}| {nm}({fargs})"),
            format!("|x, v, o, ot, {r}| {nm}_jvp({jargs})"),
            format!("|x, o, {r}| {nm}_d({dargs})"),
        )
    };
    let mut names: Vec<String> = byval.iter().map(|b| b.0.clone()).collect();
    if !p.unit {
        names.insert(0, "y".into());
    }
    let bind = match names.len() {
        0 => String::new(),
        1 => format!("let {} = ", names[0]),
        _ => format!("let ({}) = ", names.join(", ")),
    };
    let adds: String = byval.iter().map(|b| b.1.clone()).collect();
    let y = if p.unit { "0.0" } else { "y" };
    let vjp = format!("|x, os, s, bar, o, {r}| {{ {split}{bind}{nm}_vjp({vargs});{adds} {y} }}");
    vec![
        "        OutCase {".into(),
        format!("            seed: {seed},"),
        format!("            index: {},", p.index),
        format!("            n: {n},"),
        format!("            m: {m},"),
        format!("            f: {f},"),
        format!("            jvp: {jvp},"),
        format!("            vjp: {vjp},"),
        format!("            dual: {dual},"),
        "        },".into(),
    ]
}
