//! Nested derivative calls beyond one partial or one directional derivative of a
//! scalar program (those are in `grammar.rs`):
//!
//! - the gradient of an earlier program of one slice (`nested_slice`), into a local
//!   array, read back element by element:
//!   `{ let nested_h = [a, b, c]; let mut nested_gx = [0.0; 3];
//!      let nested_v = pK_grad(&nested_h, &mut nested_gx); nested_gx[1] + nested_v }`;
//! - one partial of the gradient of a helper `pwK` with a restricted `wrt(..)`, given
//!   values for its parameters outside the `wrt` too (`nested_wrt`):
//!   `{ let (_, nested_g) = pw1_grad(x0, e); nested_g }` with `pw1` over `x1` only.
//!
//! The helpers are drawn per group of programs (a few small generic functions of two
//! or three scalars, one expression each, no calls), and written into the group's
//! module only when a program there calls them. Their twins `pwK_d` are the same
//! expression over num-dual, and a call's twin takes the partial at dual numbers over
//! the caller's own (as for the scalar programs' partials).
//!
//! Every choice here comes from a stream of its own (salted by the program's index), so
//! programs without such a call are the ones drawn before these shapes existed. Nested
//! calls take one of these shapes, or an existing scalar nested call, as an argument
//! about a third of the time: chains of nested derivatives.

use super::{bin, konst, m1, Env, Gen};
use crate::gen::ast::{CallKind, Mode, Node, Render};
use crate::gen::rng::Rng;
use std::collections::BTreeSet;

/// Helpers with a restricted `wrt(..)` per group.
const HELPERS: usize = 3;

/// A generic helper `pwK<T: Float>(x0: T, x1: T, ..) -> T` differentiated only in
/// the parameters `wrt`.
#[derive(Clone, Debug)]
pub struct WrtHelper {
    /// `K` of `pwK`.
    pub index: usize,
    /// How many scalar parameters it takes.
    pub nparams: usize,
    /// The parameters in its `wrt(..)` (a non-empty proper subset, ascending).
    pub wrt: Vec<usize>,
    /// Its body.
    pub body: Node,
}

impl WrtHelper {
    /// The function's name.
    pub fn name(&self) -> String {
        format!("pw{}", self.index)
    }
}

/// The helpers of group `group` of `seed`.
pub fn wrt_helpers(seed: u64, group: usize, excl: &BTreeSet<String>) -> Vec<WrtHelper> {
    let mut rng = Rng::derived(seed ^ 0x77_7274_6865_6c70, group as u64);
    (0..HELPERS)
        .map(|index| {
            let nparams = rng.randint(2, 3) as usize;
            let mut wrt: Vec<usize> = (0..nparams).filter(|_| rng.random() < 0.5).collect();
            if wrt.is_empty() || wrt.len() == nparams {
                wrt = vec![rng.below(nparams)];
            }
            let env = Env {
                vars: (0..nparams).map(|i| (format!("x{i}"), 1.5)).collect(),
                cont_ok: true,
                ..Env::default()
            };
            // smooth: a nested derivative of a helper may be taken at a constant-folded
            // argument (`pw0_grad(s1.sin(), x1)` with `s1` exactly 0), where a kink
            // (`x0.abs()`) has a derivative by convention that the twin's `HyperDual64`
            // does not share
            let mut smooth = excl.clone();
            smooth.insert("nonsmooth".to_string());
            let mut g = Gen::new(&mut rng, &smooth, Vec::new());
            let (body, b) = g.expr(&env, 3);
            let body = if b > 50.0 {
                g.squash(body, b, 3.0).0
            } else {
                body
            };
            WrtHelper {
                index,
                nparams,
                wrt,
                body,
            }
        })
        .collect()
}

/// The helpers of `helpers` whose indices are in `used`: each annotated function and
/// its twin, as lines of Rust.
pub fn render_helpers(seed: u64, helpers: &[WrtHelper], used: &BTreeSet<usize>) -> Vec<String> {
    let mut out = Vec::new();
    for h in helpers.iter().filter(|h| used.contains(&h.index)) {
        let wrt: Vec<String> = h.wrt.iter().map(|i| format!("x{i}")).collect();
        for mode in [Mode::Gen, Mode::Dual] {
            let mut r = Render {
                mode,
                rng: Rng::derived(seed ^ 0x7077_6865_6c70, h.index as u64),
                array: false,
                vec_bufs: Vec::new(),
            };
            let t = r.tyname();
            let params: Vec<String> = (0..h.nparams).map(|i| format!("x{i}: {t}")).collect();
            let body = r.expr(&h.body);
            if mode == Mode::Gen {
                out.push(format!("// a helper over {} only", wrt.join(", ")));
                out.push(format!("#[differentiable(wrt({}))]", wrt.join(", ")));
                // (only its derivatives are called)
                out.push("#[allow(dead_code)]".into());
                out.push(format!(
                    "fn {}<T: Float>({}) -> T {{",
                    h.name(),
                    params.join(", ")
                ));
            } else {
                // (a twin may drop the call, e.g. in the argument of `floor`)
                out.push("#[allow(dead_code)]".into());
                out.push(format!(
                    "fn {}_d<D: DualNum<Primitive = f64> + Copy>({}) -> D {{",
                    h.name(),
                    params.join(", ")
                ));
            }
            out.push(format!("    {body}"));
            out.push("}".into());
            out.push(String::new());
        }
    }
    out
}

/// The text of a nested call of one of these shapes, in the backend `mode`, its
/// arguments rendered as `sub` (see `ast::nested_call`).
pub fn call_text(name: &str, sub: &[String], kind: CallKind, mode: Mode) -> String {
    let dual = mode == Mode::Dual;
    match kind {
        CallKind::SliceGrad { i, j, read } => {
            let n = sub.len();
            let zero = match mode {
                Mode::F64 => "0.0",
                Mode::Gen => "T::zero()",
                Mode::Dual => "D::zero()",
            };
            let tail = match read {
                0 => format!("nested_gx[{i}]"),
                1 => format!("nested_gx[{i}] + nested_v"),
                2 => format!("nested_gx[{i}] - nested_gx[{j}]"),
                _ => format!("nested_v * nested_gx[{j}] + nested_gx[{i}]"),
            };
            let h = format!("let nested_h = [{}];", sub.join(", "));
            let gx = format!("let mut nested_gx = [{zero}; {n}];");
            if dual {
                // each partial at dual numbers over the caller's own
                let hd: Vec<String> = (0..n)
                    .map(|k| {
                        format!("num_dual::Dual::new(nested_h[{k}], if nested_j == {k} {{ D::one() }} else {{ D::zero() }})")
                    })
                    .collect();
                format!(
                    "{{ {h} {gx} for nested_j in 0..{n} {{ let nested_hd = [{}]; nested_gx[nested_j] = {name}_d(&nested_hd).eps; }} let nested_v = {name}_d(&nested_h); {tail} }}",
                    hd.join(", ")
                )
            } else {
                format!(
                    "{{ {h} {gx} let nested_v = {name}_grad(&nested_h, &mut nested_gx); {tail} }}"
                )
            }
        }
        CallKind::OutsideWrt { param, slot, slots } => {
            if dual {
                let args: Vec<String> = sub
                    .iter()
                    .enumerate()
                    .map(|(k, a)| {
                        let eps = if k == param { "D::one()" } else { "D::zero()" };
                        format!("num_dual::Dual::new({a}, {eps})")
                    })
                    .collect();
                format!("{name}_d({}).eps", args.join(", "))
            } else {
                let pat: Vec<&str> = (0..slots)
                    .map(|k| if k == slot { "nested_g" } else { "_" })
                    .collect();
                format!(
                    "{{ let (_, {}) = {name}_grad({}); nested_g }}",
                    pat.join(", "),
                    sub.join(", ")
                )
            }
        }
        _ => unreachable!("not a call of this module: {kind:?}"),
    }
}

/// Whether `p` can be the callee of a nested `pK_grad(&h, &mut gx)`: one slice
/// parameter (`&[F]` or `&[F; N]`), no other parameter, no calls, an `_hvp`.
pub fn slice_callable(p: &crate::gen::program::Program) -> bool {
    p.slice
        && p.strukt.is_none()
        && !p.extra
        && (!p.array || p.aref)
        && !p.calls
        && !p.kparam
        && !p.rng
        && p.out == 0
}

impl Gen<'_> {
    /// A call of one of this module's shapes, where `expr` draws a call (about half of
    /// the time when a callee is available), from the program's stream of these
    /// choices; `None` leaves the draw to the other calls.
    pub(super) fn new_nested_call(&mut self, env: &Env, d: i64) -> Option<(Node, f64)> {
        if !self.on("nested") {
            return None;
        }
        self.more_nested_draws += 1;
        let mut r = Rng::derived(self.nested_salt ^ 0x6e65_7374_6564, self.more_nested_draws);
        let u = r.random();
        // a slice gradient writes a buffer through `&mut`, which a chain's closure
        // must not (the macro rejects it there: its closures run more than once)
        let slice_ok =
            self.on("nested_slice") && !self.slice_callees.is_empty() && self.in_chain == 0;
        let wrt_ok = self.on("nested_wrt") && !self.wrt_helpers.is_empty();
        let chain = r.random() < 0.35 && d > 1;
        if u < 0.25 && slice_ok {
            let k = r.below(self.slice_callees.len());
            let (name, len) = self.slice_callees[k].clone();
            Some(self.slice_grad(env, d, &name, len, chain, &mut r))
        } else if u < 0.45 && wrt_ok {
            let k = r.below(self.wrt_helpers.len());
            Some(self.outside_wrt(env, d, k, chain, &mut r))
        } else {
            None
        }
    }

    /// The arguments of a call: `n` values drawn as a call's arguments are, one of
    /// them (at `forced`) another nested call when one can be drawn.
    pub(super) fn nested_args(
        &mut self,
        env: &Env,
        d: i64,
        n: usize,
        forced: Option<usize>,
    ) -> Vec<Node> {
        let mut aenv = env.clone();
        aenv.vars.retain(|t| !self.untyped.contains(&t.0));
        // an inactive float of a type the syntax hides (a `match` binding) is not an
        // argument of a differentiable call (the macro asks for its type)
        aenv.fconsts.clear();
        aenv.arrs.retain(|a| a.active && !a.vec);
        (0..n)
            .map(|k| {
                let nested = if forced == Some(k) {
                    self.forced_nested(&aenv, d - 1)
                } else {
                    None
                };
                let (a, ba) = nested.unwrap_or_else(|| self.expr(&aenv, d - 1));
                let a = self.squash(a, ba, 1.5).0;
                // the macro must see that an argument is a float (not `weight(..)`,
                // a `const` element, or `min`/`clamp`/.. of one): `tanh` shows it
                let a = if shows_float(&a) { a } else { m1("tanh", a) };
                super::draws_in(&a, &mut self.typed);
                a
            })
            .collect()
    }

    /// A nested call as an argument of another: one of this module's shapes, or a
    /// partial of a scalar program.
    fn forced_nested(&mut self, env: &Env, d: i64) -> Option<(Node, f64)> {
        if let Some(c) = self.new_nested_call(env, d) {
            return Some(c);
        }
        if self.callees.is_empty() || !self.on("calls") {
            return None;
        }
        let (name, nargs) = self.pick(&self.callees.clone());
        let args = self.nested_args(env, d, nargs, None);
        self.has_call = true;
        self.called.insert(name.clone());
        self.has_nested = true;
        let part = self.rng().below(nargs);
        let call = Node::Call(name, args, CallKind::GradPart(part));
        Some((m1("tanh", bin('*', konst(0.25), call)), 1.0))
    }

    fn slice_grad(
        &mut self,
        env: &Env,
        d: i64,
        name: &str,
        len: usize,
        chain: bool,
        r: &mut Rng,
    ) -> (Node, f64) {
        let forced = chain.then(|| r.below(len));
        let elems = self.nested_args(env, d, len, forced);
        let kind = CallKind::SliceGrad {
            i: r.below(len),
            j: r.below(len),
            read: r.below(4) as u8,
        };
        self.has_call = true;
        self.called.insert(name.to_string());
        self.has_nested = true;
        self.shape("nested slice gradient call");
        if chain {
            self.shape("nested call of a nested call's result");
        }
        let call = Node::Call(name.to_string(), elems, kind);
        (m1("tanh", bin('*', konst(0.25), call)), 1.0)
    }

    fn outside_wrt(
        &mut self,
        env: &Env,
        d: i64,
        k: usize,
        chain: bool,
        r: &mut Rng,
    ) -> (Node, f64) {
        let (index, nparams, wrt) = self.wrt_helpers[k].clone();
        // the nested call, if any, goes to a parameter outside the `wrt`
        let outside: Vec<usize> = (0..nparams).filter(|i| !wrt.contains(i)).collect();
        let forced = chain.then(|| outside[r.below(outside.len())]);
        let args = self.nested_args(env, d, nparams, forced);
        let slot = r.below(wrt.len());
        let kind = CallKind::OutsideWrt {
            param: wrt[slot],
            slot,
            slots: wrt.len(),
        };
        self.wrt_called.insert(index);
        // (a program calling a derivative has no `_hvp`, so it is nobody's callee)
        self.has_call = true;
        self.has_nested = true;
        self.shape("nested call outside the callee's wrt");
        if chain {
            self.shape("nested call of a nested call's result");
        }
        let call = Node::Call(format!("pw{index}"), args, kind);
        (m1("tanh", bin('*', konst(0.25), call)), 1.0)
    }
}

/// Whether the macro sees from its syntax that `e` is a float: a literal, a local or
/// parameter (the arguments' scope holds floats only), an element of a parameter or a
/// local array, a float-only method, arithmetic with such a value; a random draw too
/// (its `let` gets `: f64` when a call reads it).
pub(super) fn shows_float(e: &Node) -> bool {
    match e {
        Node::Const(_)
        | Node::Var(_)
        | Node::Deref(_)
        | Node::Idx(..)
        | Node::AIdx(..)
        | Node::Fc(_) => true,
        Node::Named(n) => *n == "PI" || *n == "E",
        Node::Call(..) | Node::Angle(..) | Node::Powi(..) => true,
        Node::M(f, args) => {
            !["abs", "min", "max", "clamp", "signum"].contains(f) || shows_float(&args[0])
        }
        Node::Bin(_, a, b) => shows_float(a) || shows_float(b),
        Node::Neg(a) => shows_float(a),
        _ => false,
    }
}
