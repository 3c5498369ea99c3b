//! Feature `recursion`: calls of self-recursive helpers `recK`, drawn per group of
//! programs like the helpers of `nested_calls`, each with its twin `recK_d` (the same
//! function over num-dual, calling itself), so the harness's oracles apply unchanged.
//!
//! A helper takes a depth `k: usize` last, which its callers pass as a literal from 1
//! to 3; its base case is `k == 0`, and every level's value is squashed (`tanh`, `sin`,
//! `atan`), so a helper's value stays bounded whatever the depth. The helpers draw,
//! between them, every shape the macro's recursion code treats differently:
//!
//! - what the self-call passes on ([`Pass`]): the same slice (`f(x, k - 1)`), a part
//!   of it (`f(&x[1..], k - 1)`, its callers passing slices long enough for every
//!   level), two slices swapped (`f(b, x, k - 1)`), an active scalar computed at this
//!   level (`f(x, (y * x[0]).sin(), k - 1)`, or `f(&x[1..], ..)`), data outside the
//!   helper's `wrt(..)` (`#[differentiable(wrt(x))] fn rec1(x: &[f64], w: &[f64], k:
//!   usize)` calling `rec1(x, w, k - 1)`, its callers passing `&W`, `&V` or `&W3`), or
//!   scalars only;
//! - where the self-call stands ([`Site`]): the tail of the `else` branch (or both
//!   branches of a float condition there), a `let` in a branch, a `for` of literal trip
//!   count with a product (`p *= 1 + c x[i] f(..)`, a loop the adjoint sweep replays),
//!   a `for` of runtime trip count (`0..x.len() - k`, or `0..k` over scalars) with a
//!   sum (reversed) or a squashed update (replayed), a `while`, a loop with `continue`
//!   and `break`, and two self-calls per level (an expansion like a determinant's);
//! - generic `T: Float` helpers and `f64` ones (called only from `f64` programs).
//!
//! Callers pass their slice `x` (not a by-value array `[F; N]`, which the macro refuses
//! to pass: it asks for `&[F]`), a part `&x[1..]`, an active local array `&h` (whole:
//! the macro refuses a part `&h[1..]` of one), or a literal array bound in a block
//! (`{ let rec_h = [a, b, c]; rec2(&rec_h, 2) }`), and scalars drawn as other calls'
//! arguments. The choices come from streams of their own, so programs without such a
//! call are the ones drawn before the feature existed. (The helpers are `recK`, not
//! `prK`: the programs name pairs `pr1`, `pr2`, ...)

use super::{bin, konst, m1, Env, Gen};
use crate::gen::ast::{CallKind, Cond, Mode, Node, Render, Stmt};
use crate::gen::rng::{round_to, Rng};
use std::collections::BTreeSet;

/// Helpers drawn per group (only those a program calls are written).
const HELPERS: usize = 5;

/// How often a place where a call may go draws a recursive call, when a helper fits.
const SHARE: f64 = 0.35;

/// The bound of a helper's value (every level ends squashed).
const BOUND: f64 = 1.6;

/// What the self-call passes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// `f(x, k - 1)`.
    Same,
    /// `f(&x[1..], k - 1)`.
    Part,
    /// `f(b, x, k - 1)` of `f(x, b, k)`.
    Swap,
    /// `f(x, e(y), k - 1)`: an active scalar computed at this level.
    Scalar,
    /// `f(x, w, k - 1)` with `w` outside `wrt(..)` (an `f64` helper).
    Data,
    /// `f(e1(u, v), e2(u, v), k - 1)`: no slice.
    Scalars,
}

/// Where the self-call stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// `if k == 0 { b } else { sq(e + e * f(..)) }`, the `else` value also
    /// `if x[0] > c { sq(e + e * f(..)) } else { sq(e - e * f(..)) }`.
    ElseTail,
    /// `let mut r = b; if k == 0 { r = .. } else { let t = f(..); r = sq(..t..); } r`.
    ElseLet,
    /// `for i in 0..2 { p *= 1 + c * x[i] * f(..) }`.
    ForLiteral,
    /// `for i in 0..x.len() - k { s += x[i] * f(..) }` (`0..k` over scalars).
    ForRuntime,
    /// `while i < 2 { i += 1; s = sq(s + e * f(..)) }`.
    While,
    /// `for i in 0..3 { if i == 1 { continue; } s = ..f(..)..; if c { break; } }`.
    Jumps,
    /// `let ra = f(..); let rb = f(..); sq(x[0] * ra - x[1] * rb)`.
    Two,
}

const PASSES: [Pass; 6] = [
    Pass::Same,
    Pass::Part,
    Pass::Swap,
    Pass::Scalar,
    Pass::Data,
    Pass::Scalars,
];
const SITES: [Site; 7] = [
    Site::ElseTail,
    Site::ElseLet,
    Site::ForLiteral,
    Site::ForRuntime,
    Site::While,
    Site::Jumps,
    Site::Two,
];

/// A parameter of a helper, besides the depth `k`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    /// An active slice `&[F]`.
    Slice,
    /// An active scalar.
    Scalar,
    /// A slice outside `wrt(..)`.
    Data,
}

/// A self-recursive helper `recK(.., k: usize)`.
#[derive(Clone, Debug)]
pub struct RecHelper {
    /// `K` of `recK`.
    pub index: usize,
    /// Generic over `T: Float` (else over `f64`).
    pub generic: bool,
    /// What its self-calls pass on.
    pub pass: Pass,
    /// Where they stand.
    pub site: Site,
    /// Its parameters' names and kinds, in order (the depth `k` follows).
    pub params: Vec<(&'static str, Param)>,
    /// The length its slices need at depth 0.
    pub min_len: usize,
    /// The slices lose an element per level: a call at depth `d` needs `min_len + d`.
    pub shrink: bool,
    /// Its statements.
    pub body: Vec<Stmt>,
    /// Its tail.
    pub tail: Node,
}

impl RecHelper {
    /// The function's name.
    pub fn name(&self) -> String {
        format!("rec{}", self.index)
    }

    /// The length its slices need for a call of depth `depth`.
    pub fn needs(&self, depth: usize) -> usize {
        self.min_len + if self.shrink { depth } else { 0 }
    }

    /// The shape, for the statistics.
    pub fn shape(&self) -> String {
        format!(
            "recursion: passes {:?}, self-call at {:?}",
            self.pass, self.site
        )
    }
}

/// The helpers of group `group` of `seed` (none without the feature).
pub fn rec_helpers(seed: u64, group: usize, excl: &BTreeSet<String>) -> Vec<RecHelper> {
    if excl.contains("recursion") {
        return Vec::new();
    }
    // the shapes in turn from a point of the seed's, so that a run of a few seeds
    // draws every pair of what the self-call passes and where it stands
    let pairs = PASSES.len() * SITES.len();
    let start = Rng::derived(seed ^ 0x7265_6375_7273, u64::MAX).below(pairs);
    let mut rng = Rng::derived(seed ^ 0x7265_6375_7273, group as u64);
    (0..HELPERS)
        .map(|index| {
            let pair = (start + group * HELPERS + index) % pairs;
            let (pass, site) = (PASSES[pair / SITES.len()], SITES[pair % SITES.len()]);
            draw(&mut rng, index, pass, site, excl)
        })
        .collect()
}

/// The self-call with `args` (the depth `k - 1` appended).
fn self_call(index: usize, mut args: Vec<Node>) -> Node {
    args.push(Node::Var("k - 1".into()));
    Node::Call(format!("rec{index}"), args, CallKind::Plain)
}

fn draw(rng: &mut Rng, index: usize, pass: Pass, site: Site, excl: &BTreeSet<String>) -> RecHelper {
    let generic = pass != Pass::Data && rng.random() < 0.5;
    let params: Vec<(&'static str, Param)> = match pass {
        Pass::Same | Pass::Part => vec![("x", Param::Slice)],
        Pass::Swap => vec![("x", Param::Slice), ("b", Param::Slice)],
        Pass::Scalar => vec![("x", Param::Slice), ("y", Param::Scalar)],
        Pass::Data => vec![("x", Param::Slice), ("w", Param::Data)],
        Pass::Scalars => vec![("u", Param::Scalar), ("v", Param::Scalar)],
    };
    let slices = pass != Pass::Scalars;
    // (the elements read are `x[0]`, `x[1]`; a loop to `x.len() - k` needs `k` of them)
    let min_len = match (slices, site) {
        (false, _) => 0,
        (true, Site::ForRuntime) => 3,
        (true, _) => 2,
    };
    // (a part of the slice beside a scalar computed at this level, now and then)
    let shrink = pass == Pass::Part
        || (pass == Pass::Scalar && rng.random() < 0.5)
        || (site == Site::Two && slices && rng.random() < 0.5);
    let env = Env {
        vars: params
            .iter()
            .filter(|p| p.1 == Param::Scalar)
            .map(|p| (p.0.to_string(), 1.5))
            .collect(),
        elems: if slices {
            vec!["0".into(), "1".into()]
        } else {
            vec![]
        },
        slice: "x".into(),
        len: if slices { 2 } else { 0 },
        cont_ok: true,
        ..Env::default()
    };
    // smooth (as `nested_calls`' helpers: a kink's derivative by convention differs
    // from the twin's), and no iterator chains, whose subslices assume longer slices
    let mut smooth = excl.clone();
    smooth.insert("nonsmooth".to_string());
    smooth.insert("iter_chain".to_string());
    let mut g = Gen::new(rng, &smooth, Vec::new());
    let e = |g: &mut Gen| {
        let (n, b) = g.expr(&env, 2);
        g.squash(n, b, 1.5).0
    };
    // the other slice or the data are read too
    // the base case reads every parameter (a parameter read only by the self-calls is
    // clippy's `only_used_in_recursion`, and a constant helper tests little)
    let every_param = |g: &mut Gen, n: Node| {
        params.iter().fold(n, |acc, &(name, p)| {
            let read = match p {
                Param::Slice | Param::Data => Node::Idx(name.into(), g.rng().below(2).to_string()),
                Param::Scalar => Node::Var(name.into()),
            };
            bin('+', acc, bin('*', konst(0.5), read))
        })
    };
    let sq = |g: &mut Gen, n: Node| {
        let f = *g.rng().choice(&["tanh", "sin", "atan"]);
        m1(f, n)
    };
    let args = |g: &mut Gen, part: bool| -> Vec<Node> {
        let x = if part { "&x[1..]" } else { "x" };
        match pass {
            Pass::Same | Pass::Part => vec![Node::Var(x.into())],
            Pass::Swap => vec![Node::Var("b".into()), Node::Var(x.into())],
            Pass::Scalar => {
                let a = e(g);
                vec![Node::Var(x.into()), sq(g, a)]
            }
            Pass::Data => vec![Node::Var(x.into()), Node::Var("w".into())],
            Pass::Scalars => {
                let (a, b) = (e(g), e(g));
                vec![sq(g, a), sq(g, b)]
            }
        }
    };
    let base0 = e(&mut g);
    let base = every_param(&mut g, base0);
    let base = sq(&mut g, base);
    let is_base = Cond::Icmp("k == 0".into());
    let ret_base = Stmt::IfRet(is_base.clone(), base.clone());
    let call = |g: &mut Gen, part: bool| {
        let a = args(g, part);
        self_call(index, a)
    };
    let c = |g: &mut Gen| konst(round_to(g.rng().uniform(0.2, 0.8), 2));
    let (body, tail) = match site {
        Site::ElseTail => {
            let r = call(&mut g, shrink);
            let (a, b) = (e(&mut g), e(&mut g));
            let mut rec = sq(&mut g, bin('+', a, bin('*', b, r)));
            // now and then a self-call in each branch of a float condition
            if g.rng().random() < 0.5 {
                let r2 = call(&mut g, shrink);
                let (a, b) = (e(&mut g), e(&mut g));
                let other = sq(&mut g, bin('-', a, bin('*', b, r2)));
                let lhs = match params[0] {
                    (name, Param::Scalar) => Node::Var(name.into()),
                    (name, _) => Node::Idx(name.into(), "0".into()),
                };
                let v = konst(round_to(g.rng().uniform(-0.5, 0.5), 2));
                let c = Cond::Fcmp(">", lhs, v);
                rec = Node::If(Box::new(c), Box::new(rec), Box::new(other));
            }
            (
                vec![],
                Node::If(Box::new(is_base), Box::new(base), Box::new(rec)),
            )
        }
        Site::ElseLet => {
            let r = call(&mut g, shrink);
            let a = e(&mut g);
            let at_base = sq(&mut g, bin('+', Node::Var("r".into()), a));
            let cc = c(&mut g);
            let a = e(&mut g);
            let upd = sq(
                &mut g,
                bin(
                    '+',
                    bin('*', a, Node::Var("t".into())),
                    bin('*', cc, Node::Var("r".into())),
                ),
            );
            let body = vec![
                carried("r", base),
                Stmt::If(
                    is_base,
                    vec![Stmt::Op {
                        name: "r".into(),
                        op: '=',
                        e: at_base,
                    }],
                    vec![
                        Stmt::Let {
                            name: "t".into(),
                            e: r,
                            mutable: false,
                            annot: false,
                        },
                        Stmt::Op {
                            name: "r".into(),
                            op: '=',
                            e: upd,
                        },
                    ],
                ),
            ];
            (body, Node::Var("r".into()))
        }
        Site::ForLiteral => {
            let r = call(&mut g, shrink);
            let xi = if slices {
                Node::Idx("x".into(), "i".into())
            } else {
                e(&mut g)
            };
            let cc = c(&mut g);
            let factor = bin('+', konst(1.0), bin('*', cc, bin('*', xi, r)));
            let body = vec![
                ret_base,
                carried("p", konst(1.0)),
                Stmt::For {
                    i: "i".into(),
                    lo: "0".into(),
                    hi: "2".into(),
                    incl: false,
                    body: vec![Stmt::Op {
                        name: "p".into(),
                        op: '*',
                        e: factor,
                    }],
                },
            ];
            let tail = sq(&mut g, bin('*', konst(0.5), Node::Var("p".into())));
            (body, tail)
        }
        Site::ForRuntime => {
            let r = call(&mut g, shrink);
            let (hi, xi) = if slices {
                ("x.len() - k", Node::Idx("x".into(), "i".into()))
            } else {
                ("k", e(&mut g))
            };
            let s0 = e(&mut g);
            // a sum the adjoint sweep runs backwards, or a squashed update it replays
            let upd = if g.rng().random() < 0.5 {
                Stmt::Op {
                    name: "s".into(),
                    op: '+',
                    e: bin('*', xi, r),
                }
            } else {
                let cc = c(&mut g);
                let e2 = bin('+', bin('*', cc, Node::Var("s".into())), bin('*', xi, r));
                Stmt::Op {
                    name: "s".into(),
                    op: '=',
                    e: sq(&mut g, e2),
                }
            };
            let body = vec![
                ret_base,
                carried("s", s0),
                Stmt::For {
                    i: "i".into(),
                    lo: "0".into(),
                    hi: hi.into(),
                    incl: false,
                    body: vec![upd],
                },
            ];
            let tail = sq(&mut g, bin('*', konst(0.3), Node::Var("s".into())));
            (body, tail)
        }
        Site::While | Site::Jumps => {
            let r = call(&mut g, shrink);
            let s0 = e(&mut g);
            let a = e(&mut g);
            let upd = Stmt::Op {
                name: "s".into(),
                op: '=',
                e: {
                    let n = bin('+', Node::Var("s".into()), bin('*', a, r));
                    sq(&mut g, n)
                },
            };
            let lp = if site == Site::While {
                Stmt::While("i".into(), 2, vec![upd])
            } else {
                let skip = g.rng().below(3);
                let stop = if g.rng().random() < 0.5 {
                    Cond::Icmp(format!("i == {}", 1 + g.rng().below(2)))
                } else {
                    let v = round_to(g.rng().uniform(0.6, 0.9), 2);
                    Cond::Fcmp(">", Node::Var("s".into()), konst(v))
                };
                Stmt::For {
                    i: "i".into(),
                    lo: "0".into(),
                    hi: "3".into(),
                    incl: false,
                    body: vec![
                        Stmt::IfJump(Cond::Icmp(format!("i == {skip}")), vec![], "continue"),
                        upd,
                        Stmt::IfJump(stop, vec![], "break"),
                    ],
                }
            };
            let body = vec![ret_base, carried("s", s0), lp];
            (body, Node::Var("s".into()))
        }
        Site::Two => {
            let r1 = call(&mut g, shrink);
            let r2 = call(&mut g, false);
            let (a, b) = if slices {
                (
                    Node::Idx("x".into(), "0".into()),
                    Node::Idx("x".into(), "1".into()),
                )
            } else {
                (e(&mut g), e(&mut g))
            };
            let det = bin(
                '-',
                bin('*', a, Node::Var("ra".into())),
                bin('*', b, Node::Var("rb".into())),
            );
            let body = vec![
                ret_base,
                Stmt::Let {
                    name: "ra".into(),
                    e: r1,
                    mutable: false,
                    annot: false,
                },
                Stmt::Let {
                    name: "rb".into(),
                    e: r2,
                    mutable: false,
                    annot: false,
                },
            ];
            (body, sq(&mut g, det))
        }
    };
    RecHelper {
        index,
        generic,
        pass,
        site,
        params,
        min_len,
        shrink,
        body,
        tail,
    }
}

/// The helpers of `helpers` whose indices are in `used`: each annotated function and
/// its twin, as lines of Rust.
pub fn render_rec_helpers(seed: u64, helpers: &[RecHelper], used: &BTreeSet<usize>) -> Vec<String> {
    let mut out = Vec::new();
    for h in helpers.iter().filter(|h| used.contains(&h.index)) {
        let modes = if h.generic {
            [Mode::Gen, Mode::Dual]
        } else {
            [Mode::F64, Mode::Dual]
        };
        for mode in modes {
            let mut r = Render {
                mode,
                rng: Rng::derived(seed ^ 0x7072_6865_6c70, h.index as u64),
                array: false,
                vec_bufs: Vec::new(),
            };
            let t = r.tyname();
            let mut params: Vec<String> = h
                .params
                .iter()
                .map(|(n, p)| match p {
                    Param::Slice | Param::Data => format!("{n}: &[{t}]"),
                    Param::Scalar => format!("{n}: {t}"),
                })
                .collect();
            params.push("k: usize".into());
            let name = h.name();
            match mode {
                Mode::Dual => {
                    out.push("#[allow(dead_code)]".into());
                    out.push(format!(
                        "fn {name}_d<D: DualNum<Primitive = f64> + Copy>({}) -> D {{",
                        params.join(", ")
                    ));
                }
                _ => {
                    out.push(format!(
                        "// a recursive helper: passes {:?}, self-call at {:?}",
                        h.pass, h.site
                    ));
                    if h.pass == Pass::Data {
                        out.push("#[differentiable(wrt(x))]".into());
                    } else {
                        out.push("#[differentiable]".into());
                    }
                    out.push("#[allow(dead_code)]".into());
                    let generics = if h.generic { "<T: Float>" } else { "" };
                    out.push(format!(
                        "fn {name}{generics}({}) -> {t} {{",
                        params.join(", ")
                    ));
                }
            }
            // `T: Float` has no `NumAssign`: `s = s + e`
            r.stmts(&h.body, mode == Mode::F64, 1, &mut out);
            out.push(format!("    {}", r.expr(&h.tail)));
            out.push("}".into());
            out.push(String::new());
        }
    }
    out
}

/// The text of a call of a helper from a program, in the backend `mode`, its arguments
/// rendered as `sub`: the first `lit` of them the elements of a literal array bound in
/// a block and passed as the first slice, the one at `data - 1` (if `data > 0`) data
/// the twin converts to dual numbers.
pub fn rec_call_text(name: &str, sub: &[String], lit: u8, data: u8, mode: Mode) -> String {
    let dual = mode == Mode::Dual;
    let callee = if dual {
        format!("{name}_d")
    } else {
        name.to_string()
    };
    let lit = lit as usize;
    let mut rest: Vec<String> = sub[lit..].to_vec();
    if data > 0 && dual {
        let k = data as usize - 1 - lit;
        rest[k] = format!("&kds::<D>({})", rest[k]);
    }
    if lit == 0 {
        return format!("{callee}({})", rest.join(", "));
    }
    format!(
        "{{ let rec_h = [{}]; {callee}(&rec_h, {}) }}",
        sub[..lit].join(", "),
        rest.join(", ")
    )
}

impl Gen<'_> {
    /// A call of a recursive helper, where `expr` draws a call (about a third of the
    /// time when one fits), from the program's stream of these choices; `None` leaves
    /// the draw to the other calls.
    pub(super) fn recursion_call(&mut self, env: &Env, d: i64) -> Option<(Node, f64)> {
        if !self.on("recursion") || self.rec_helpers.is_empty() {
            return None;
        }
        self.rec_draws += 1;
        let mut r = Rng::derived(self.nested_salt ^ 0x7265_6363_616c, self.rec_draws);
        if r.random() >= SHARE {
            return None;
        }
        let fits: Vec<usize> = (0..self.rec_helpers.len())
            .filter(|&k| {
                let h = &self.rec_helpers[k];
                (h.generic || !self.generic) && (h.pass != Pass::Data || !self.data.is_empty())
            })
            .collect();
        if fits.is_empty() {
            return None;
        }
        let h = self.rec_helpers[fits[r.below(fits.len())]].clone();
        let depth = r.randint(1, 3) as usize;
        let need = h.needs(depth);
        // the slices a call may pass (each surely active: the program's or an active array)
        let mut slices: Vec<String> = Vec::new();
        if let Some(len) = self.rec_x {
            if len >= need {
                slices.push("x".into());
            }
            if len > need {
                slices.push("&x[1..]".into());
            }
        }
        // (a part `&h[1..]` of a local array is a spanned error: the macro takes a
        // local array whole or by element)
        for a in &env.arrs {
            if a.active
                && !a.vec
                && !a.lent
                && a.dims.len() == 1
                && a.b <= BOUND
                && a.dims[0] >= need
            {
                slices.push(format!("&{}", a.name));
            }
        }
        let nslices = h.params.iter().filter(|p| p.1 == Param::Slice).count();
        // the first slice a literal array, when no slice fits or now and then
        let lit = if nslices > 0 && (slices.is_empty() || r.random() < 0.25) {
            need + r.below(2)
        } else {
            0
        };
        if nslices > usize::from(lit > 0) && slices.is_empty() {
            return None;
        }
        let mut args = Vec::new();
        let mut data = 0u8;
        let mut active = false;
        if lit > 0 {
            let elems = self.nested_args(env, d, lit, None);
            active |= elems.iter().any(|a| self.surely_active(env, a));
            args.extend(elems);
        }
        let nscalars = h.params.iter().filter(|p| p.1 == Param::Scalar).count();
        let mut scalars = self.nested_args(env, d, nscalars, None).into_iter();
        for (k, (_, p)) in h.params.iter().enumerate() {
            match p {
                Param::Slice if k == 0 && lit > 0 => {}
                Param::Slice => {
                    args.push(Node::Var(slices[r.below(slices.len())].clone()));
                    // (the program's slice, or an active array)
                    active = true;
                }
                Param::Scalar => {
                    let a = scalars.next().expect("drawn");
                    active |= self.surely_active(env, &a);
                    args.push(a);
                }
                Param::Data => {
                    let t = self.data[r.below(self.data.len())].text.clone();
                    data = (args.len() + 1) as u8;
                    args.push(Node::Var(t));
                }
            }
        }
        // a call of inactive arguments only is an inactive value whose type the macro
        // would have to see where it goes
        if !active {
            return None;
        }
        args.push(Node::Var(depth.to_string()));
        self.has_call = true;
        self.rec_called.insert(h.index);
        self.shape("recursive helper call");
        self.shape(&h.shape());
        let kind = CallKind::Rec {
            lit: lit as u8,
            data,
        };
        Some((Node::Call(h.name(), args, kind), BOUND))
    }
}

/// `let mut name = init;`: a value the helper's body carries and updates.
fn carried(name: &str, init: Node) -> Stmt {
    Stmt::Let {
        name: name.into(),
        e: init,
        mutable: true,
        annot: false,
    }
}
