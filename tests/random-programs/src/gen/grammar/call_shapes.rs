//! Feature `call_shapes`: calls of the fixed differentiable helpers of
//! `tests/harness/call_helpers.rs` in the shapes the calls between generated programs do
//! not write: a tuple result bound by a tuple pattern (`let (a, b) = cs_polar(r, t);`), an
//! array result bound to a local array (`let p: [F; 2] = cs_pair(u, v);`, then read by
//! element like any local array), a local array passed by reference
//! (`cs_norm2(&h)`), a float outside the callee's `wrt(..)` passed as
//! `no_grad(..)` (`cs_scaled(e, no_grad(0.5))`) or as it is, a literal or an inactive
//! local (`cs_scaled(e, 0.5)`, `let k: F = 0.5; cs_scaled(e, k)`), an integer result of active arguments
//! bound with its type (`let j: usize = cs_nearest(&h, e);`, then an index), and a
//! callee without `_hvp` (`cs_softplus(e)`, `#[differentiable(no_hvp)]`, which makes the
//! caller `no_hvp` too). Each helper has a twin over dual numbers (`cs_polar_d`, ..),
//! which the program's twin calls. The values the shapes bind are declared with their
//! types (`let (a, b): (F, F) = ..;`, `let n: F = ..;`): a call whose arguments are all
//! inactive is an inactive value, whose type the macro must see where it is passed on.

use super::{draws_in, Arr, Env, Gen};
use crate::gen::ast::{Mode, Node, Render};

/// One statement of the feature.
#[derive(Clone, Debug)]
pub enum CallShape {
    /// `let (a, b) = cs_polar(r, t);`
    Tuple(String, String, Node, Node),
    /// `let p: [F; 2] = cs_pair(u, v);`
    Array(String, Node, Node),
    /// `let n = cs_norm2(&h);`
    Norm(String, String),
    /// `let s = cs_scaled(e, no_grad(c));`
    NoGrad(String, Node, f64),
    /// `let s = cs_scaled(e, c);`, or with `Some(k)`, `let k: F = c; let s =
    /// cs_scaled(e, k);`: a constant outside the callee's `wrt(..)` without `no_grad`
    Constant(String, Node, f64, Option<String>),
    /// `let j: usize = cs_nearest(&h, e);` then `let s = e2 * h[j];`
    Nearest(String, String, Node, String, Node),
    /// `let s = cs_softplus(e);`
    NoHvp(String, Node),
}

impl<'a> Gen<'a> {
    /// One call shape, its names added to `env`.
    pub(super) fn s_call_shape(&mut self, env: &mut Env) -> Vec<crate::gen::ast::Stmt> {
        // (a `vec!` buffer is read by the macro's generated code only by element or
        // passed to a differentiable call, not read whole by an inactive call)
        let one_dim: Vec<Arr> = env
            .arrs
            .iter()
            .filter(|a| a.dims.len() == 1 && !a.vec)
            .cloned()
            .collect();
        // one of the shapes that fit here, uniformly
        let mut kinds = vec![0, 3, 4, 6];
        if self.on("local_array") && self.arrays < super::MAX_ARRAYS {
            kinds.push(1);
        }
        if !one_dim.is_empty() {
            kinds.extend([2, 2, 5, 5]);
        }
        let k = self.pick(&kinds);
        let shape = if k == 0 {
            self.shape("call returning a tuple");
            let (a, b) = (self.fresh("pa"), self.fresh("pb"));
            let (rr, br) = self.call_arg(env);
            let (t, _) = self.call_arg(env);
            env.vars.push((a.clone(), br));
            env.vars.push((b.clone(), br));
            CallShape::Tuple(a, b, rr, t)
        } else if k == 1 {
            self.shape("call returning an array, bound to a local array");
            let p = self.fresh("pr");
            let (u, bu) = self.call_arg(env);
            let (v, bv) = self.call_arg(env);
            // an array of an inactive call is no local array for the macro (it cannot be
            // copied into one, `let mut h = p;`): only an active one is read afterwards
            if self.surely_active(env, &u) || self.surely_active(env, &v) {
                self.arrays += 1;
                env.arrs.push(Arr {
                    name: p.clone(),
                    dims: vec![2],
                    b: (bu * bv).max(bu + 1.0),
                    mutable: false,
                    active: true,
                    vec: false,
                    lent: false,
                });
            }
            CallShape::Array(p, u, v)
        } else if k == 2 {
            self.shape("local array passed by reference to a call");
            let a = self.pick(&one_dim);
            let n = self.fresh("nrm");
            env.vars.push((n.clone(), a.dims[0] as f64 * a.b * a.b));
            CallShape::Norm(n, a.name)
        } else if k == 5 {
            self.shape("integer result of a call on active arguments");
            let a = self.pick(&one_dim);
            let (j, s) = (self.fresh("j"), self.fresh("sel"));
            let (e, _) = self.call_arg(env);
            let (w, bw) = self.call_arg(env);
            env.vars.push((s.clone(), bw * a.b));
            CallShape::Nearest(j, a.name, e, s, w)
        } else if k == 6 {
            self.shape("constant outside the callee's wrt without no_grad");
            let s = self.fresh("sk");
            let (x, bx) = self.call_arg(env);
            let c = super::round_to(self.rng.uniform(-1.5, 1.5), 2);
            let local = (self.rng.random() < 0.5).then(|| self.fresh("kc"));
            env.vars.push((s.clone(), c.abs() * (1.0 + bx * bx)));
            CallShape::Constant(s, x, c, local)
        } else if k == 3 {
            self.shape("no_grad argument");
            let s = self.fresh("sc");
            let (x, bx) = self.call_arg(env);
            let c = super::round_to(self.rng.uniform(-1.5, 1.5), 2);
            env.vars.push((s.clone(), c.abs() * (1.0 + bx * bx)));
            CallShape::NoGrad(s, x, c)
        } else {
            self.shape("call of a no_hvp callee");
            // the program has no `_hvp`, so no later program calls it (as one with a
            // nested derivative call)
            self.has_nested = true;
            self.has_call = true;
            let s = self.fresh("sp");
            let (x, _) = self.call_arg(env);
            env.vars.push((s.clone(), 1.8));
            CallShape::NoHvp(s, x)
        };
        vec![crate::gen::ast::Stmt::CallShape(shape)]
    }

    /// An argument of a call: as those of calls between programs (a random draw read in
    /// it is declared with its type), bounded by 1.5.
    pub(super) fn call_arg(&mut self, env: &Env) -> (Node, f64) {
        let mut aenv = env.clone();
        aenv.vars.retain(|t| !self.untyped.contains(&t.0));
        // nor a float whose type the macro cannot see (a constant struct's field)
        aenv.vars.retain(|t| !self.opaque.contains(&t.0));
        aenv.fconsts.retain(|t| !self.opaque.contains(&t.0));
        aenv.arrs.retain(|a| a.active);
        let (a, ba) = self.expr(&aenv, 2);
        let (a, ba) = self.squash(a, ba, 1.5);
        draws_in(&a, &mut self.typed);
        (a, ba)
    }
}

impl CallShape {
    /// The statement's lines (without indentation).
    pub fn render(&self, r: &mut Render) -> Vec<String> {
        let d = if r.mode == Mode::Dual { "_d" } else { "" };
        let t = r.tyname();
        match self {
            CallShape::Tuple(a, b, rr, tt) => {
                let (rr, tt) = (r.expr(rr), r.expr(tt));
                vec![format!(
                    "let ({a}, {b}): ({t}, {t}) = cs_polar{d}({rr}, {tt});"
                )]
            }
            CallShape::Array(p, u, v) => {
                let (u, v) = (r.expr(u), r.expr(v));
                vec![format!("let {p}: [{t}; 2] = cs_pair{d}({u}, {v});")]
            }
            CallShape::Norm(n, h) => vec![format!("let {n}: {t} = cs_norm2{d}(&{h});")],
            CallShape::NoGrad(s, x, c) => {
                let x = r.expr(x);
                let c = r.expr(&Node::Const(*c));
                let c = if d.is_empty() {
                    format!("no_grad({c})")
                } else {
                    c
                };
                vec![format!("let {s}: {t} = cs_scaled{d}({x}, {c});")]
            }
            CallShape::Constant(s, x, c, local) => {
                let x = r.expr(x);
                let c = r.expr(&Node::Const(*c));
                match local {
                    Some(k) => vec![
                        format!("let {k}: {t} = {c};"),
                        format!("let {s}: {t} = cs_scaled{d}({x}, {k});"),
                    ],
                    None => vec![format!("let {s}: {t} = cs_scaled{d}({x}, {c});")],
                }
            }
            CallShape::Nearest(j, h, e, s, w) => {
                let (e, w) = (r.expr(e), r.expr(w));
                vec![
                    format!("let {j}: usize = cs_nearest{d}(&{h}, {e});"),
                    format!("let {s}: {t} = {w} * {h}[{j}];"),
                ]
            }
            CallShape::NoHvp(s, x) => {
                let x = r.expr(x);
                vec![format!("let {s}: {t} = cs_softplus{d}({x});")]
            }
        }
    }
}
