//! Features `const_data`, `field_data` and `field_method`: calls of the fixed helpers of
//! `tests/harness/data_helpers.rs` that hand a callee float data the caller does not
//! differentiate, and differentiable methods called on a field of an inactive struct.
//!
//! - `const_data` (programs over `f64`): `&W`, `&V` (module `const` arrays of 8, whose
//!   type the macro cannot see), `&W3` (`[f64; 3]`) and a `const` array declared in the
//!   body just before the call (`const DC4: [f64; 3] = [..];`), passed to a slice
//!   parameter the callee differentiates (`dh_dot(&W, e)`), to a fixed-size one
//!   (`dh_fixed(&W3, e)`, only `[f64; 3]` data), to one outside its `wrt(..)`
//!   (`dh_outside(&V, e)`, `dh_outside(&DC4, e)`), or three at once
//!   (`dh_mix(&W, &DC4, &V, e)`).
//! - `field_data` (struct programs): data of hidden type, `&m.w`, `&m.v`, `&m.data`,
//!   `&m.inner.d` (`&self.w`, .. in methods) of a struct outside `wrt(..)`, and the slice
//!   `x` (or `&x[1..]`) when it is outside `wrt(..)`, to the same callees, mixed in
//!   one call (`dh_mix(x, &m.data, &W3, e)`); the `#[no_grad]` field of a struct inside
//!   `wrt(..)` as `no_grad(&m.data)`, only to a parameter outside the callee's `wrt(..)`
//!   (the macro reads `&m.data` there as a differentiated field, a compile error at the
//!   field, and `no_grad(..)` as an argument outside the callee's `wrt(..)`), alone or
//!   beside other data (`dh_mix(&W, &W3, no_grad(&m.data), e)`).
//! - `field_method` (struct programs): `Inner`'s differentiable methods called with
//!   active arguments on a field of an inactive struct or on the inactive struct itself
//!   (`m.inner.dh_h(e)`, `self.inner.dh_hk(e, no_grad(0.5))`, `n.dh_hv(x)`) or in the path
//!   form (`Inner::dh_h(&m.inner, e)`); on an active struct only the path form of a
//!   method that differentiates `self` (`Inner::dh_hs(&m.inner, e)`), since a method
//!   called on a field of an active struct is a spanned error.
//!
//! Each call's value is bound with its type (`let dc5: f64 = ..;`): a call whose float
//! arguments happen to be inactive is an inactive value the macro must see the type of.
//! The twin calls the helper's twin (`dh_dot_d`, `m.inner.dh_h_d(e)`), with the data
//! converted to dual numbers (`&kds::<D>(&W)`).

use super::{Env, Gen};
use crate::gen::ast::{Mode, Node, Render, Stmt};

/// Float data a program holds and never differentiates.
#[derive(Clone, Debug)]
pub struct Data {
    /// The argument in the annotated program: `&W`, `&m.data`, `x`.
    pub text: String,
    /// The argument in the twin, as dual numbers: `&kds::<D>(&W)`, `x`.
    pub twin: String,
    /// Its length.
    pub len: usize,
    /// An array `[f64; len]` (else a slice or a `Vec`).
    pub fixed: bool,
    /// A bound on its elements.
    pub b: f64,
    /// Its type is visible to the macro (a slice parameter outside `wrt(..)`, a part of
    /// one, a `const` array of the body).
    pub visible: bool,
    /// Only for a parameter outside the callee's `wrt(..)`: `no_grad(&m.data)`, a
    /// `#[no_grad]` field of a differentiated struct (read where the callee differentiates
    /// it, the field is a compile error at the field).
    pub outside_only: bool,
}

impl Data {
    /// Data of the annotated program `text` whose twin converts it (`&kds::<D>(..)`).
    pub fn constant(text: &str, len: usize, fixed: bool, b: f64) -> Data {
        Data {
            text: text.into(),
            twin: format!("&kds::<D>({text})"),
            len,
            fixed,
            b,
            visible: false,
            outside_only: false,
        }
    }

    /// The data `W`, `V`, `W3` of the prelude.
    pub fn module_constants() -> Vec<Data> {
        vec![
            Data::constant("&W", 8, true, 1.5),
            Data::constant("&V", 8, true, 1.2),
            Data::constant("&W3", 3, true, 1.2),
        ]
    }
}

/// Where `Inner`'s methods are called (feature `field_method`).
#[derive(Clone, Debug)]
pub struct Recv {
    /// The receiver of the method form (`m.inner`, `self.inner`, `n`), or `None` for
    /// an active struct (only the path form).
    pub recv: Option<String>,
    /// The argument of the path form (`&m.inner`, `n`, `self`).
    pub path: String,
    /// The struct is differentiated: the path form calls `dh_hs`, whose twin is a
    /// method of `InnerD` (called `{recv}.dh_hs_d(e)` in the twin).
    pub active: bool,
}

/// The callee of a [`DataCall`].
#[derive(Clone, Debug)]
pub enum Callee {
    /// `dh_dot(w, e)`: the data differentiated, as a slice.
    Dot,
    /// `dh_fixed(w, e)`: the data differentiated, as an array `&[F; 3]`.
    Fixed,
    /// `dh_outside(w, e)`: the data outside the callee's `wrt(..)`.
    Outside,
    /// `dh_mix(a, b, c, e)`: three data references.
    Mix,
    /// A method of `Inner`: `recv.name(args)` or `Inner::name(path, args)`.
    Method {
        /// `dh_h`, `dh_hk`, `dh_hv`, `dh_hs`.
        name: &'static str,
        /// Where it is called.
        at: Recv,
        /// The path form `Inner::name(path, ..)`.
        path: bool,
        /// `dh_hk`'s constant, passed `no_grad(..)`.
        k: Option<f64>,
        /// `dh_hv`'s slice argument (`x`).
        slice: Option<String>,
    },
}

/// `let name: F = callee(data.., args..);`, after the declaration of a `const` array of
/// the body when the data holds one.
#[derive(Clone, Debug)]
pub struct DataCall {
    /// The bound value.
    pub name: String,
    /// A `const` array declared just before the call: (name, elements).
    pub body_const: Option<(String, [f64; 3])>,
    /// The callee.
    pub callee: Callee,
    /// The data arguments, in order.
    pub data: Vec<Data>,
    /// The float argument.
    pub arg: Node,
}

impl<'a> Gen<'a> {
    /// Whether a data call or a method of a field can be drawn here.
    pub fn data_call_fits(&self) -> bool {
        !self.data.is_empty() || !self.recvs.is_empty()
    }

    /// One call of a data helper or of a method of a field, its value added to `env`.
    pub fn s_data_call(&mut self, env: &mut Env) -> Vec<Stmt> {
        let methods = !self.recvs.is_empty() && self.on("field_method");
        if methods && (self.data.is_empty() || self.rng.random() < 0.45) {
            return self.s_field_method(env);
        }
        let mut data = self.data.clone();
        let mut body_const = None;
        if self.on("const_data") && self.body_consts && self.rng.random() < 0.3 {
            let name = self.fresh("DC");
            let vals = [0, 1, 2].map(|_| super::round_to(self.rng.uniform(-1.2, 1.2), 2));
            data.push(Data {
                visible: true,
                ..Data::constant(&format!("&{name}"), 3, true, 1.2)
            });
            body_const = Some((name, vals));
        }
        // the declared `const` goes to the call (else it would be unused)
        let fresh = |d: &Data| {
            body_const
                .as_ref()
                .is_some_and(|(n, _)| d.text == format!("&{n}"))
        };
        let pick = |g: &mut Self, ok: &dyn Fn(&Data) -> bool| -> Option<Data> {
            let fits: Vec<Data> = data.iter().filter(|d| ok(d)).cloned().collect();
            if let Some(d) = fits.iter().find(|d| fresh(d)) {
                if g.rng.random() < 0.5 {
                    return Some(d.clone());
                }
            }
            (!fits.is_empty()).then(|| g.pick(&fits))
        };
        let any = |d: &Data| !d.outside_only;
        let three = |d: &Data| !d.outside_only && d.fixed && d.len == 3;
        let mut kinds = vec![];
        if !data.is_empty() {
            kinds.extend([2, 2]);
        }
        if data.iter().any(any) {
            kinds.extend([0, 0]);
        }
        if data.iter().any(three) {
            kinds.extend([1, 1]);
        }
        if data.iter().any(three) && data.iter().any(|d| any(d) && d.len >= 2) {
            kinds.extend([3, 3]);
        }
        let name = self.fresh("dc");
        let (arg, _) = self.call_arg(env);
        let (callee, ds, b) = match self.pick(&kinds) {
            0 => {
                self.shape("data to a slice parameter the callee differentiates");
                let d = pick(self, &any).expect("data");
                let b = d.len as f64 * d.b;
                (Callee::Dot, vec![d], b)
            }
            1 => {
                self.shape("fixed-size data to an array parameter the callee differentiates");
                let d = pick(self, &three).expect("data of 3");
                let b = 2.0 * d.b;
                (Callee::Fixed, vec![d], b)
            }
            2 => {
                let d = pick(self, &|_| true).expect("data");
                self.shape(if d.visible {
                    "data of visible type outside the callee's wrt"
                } else {
                    "data of hidden type outside the callee's wrt"
                });
                (Callee::Outside, vec![d.clone()], 2.0 * d.b)
            }
            _ => {
                self.shape("three data references in one call");
                let a = pick(self, &|d| any(d) && d.len >= 2).expect("data of 2");
                let f = pick(self, &three).expect("data of 3");
                let c = pick(self, &|_| true).expect("data");
                let ds = [&a, &f, &c];
                if ds.iter().any(|d| d.visible) && ds.iter().any(|d| !d.visible) {
                    self.shape("data of visible type beside references of hidden type");
                }
                if c.outside_only {
                    self.shape("no_grad data beside other data in one call");
                }
                let b = a.b + f.b + a.b * f.b;
                (Callee::Mix, vec![a, f, c], b)
            }
        };
        // (the twin converts constants and fields: `&kds::<D>(&m.w)`)
        if ds
            .iter()
            .any(|d| d.twin.starts_with("&kds") && d.text.contains('.'))
        {
            self.shape("field of a struct passed by reference as data");
        }
        if ds
            .iter()
            .any(|d| d.text.starts_with('x') || d.text.starts_with("&x"))
        {
            self.shape("slice outside wrt passed as data");
        }
        // (the `const` may go unused when another datum was picked)
        let used = body_const
            .as_ref()
            .is_some_and(|(n, _)| ds.iter().any(|d| d.text == format!("&{n}")));
        let body_const = body_const.filter(|_| used);
        if body_const.is_some() {
            self.shape("const array of the body passed by reference");
        }
        env.vars.push((name.clone(), b));
        vec![Stmt::DataCall(DataCall {
            name,
            body_const,
            callee,
            data: ds,
            arg,
        })]
    }

    /// `m.inner.dh_h(e)` and the other methods of `Inner` on a field of an inactive struct
    /// (or on the struct), or the path form.
    fn s_field_method(&mut self, env: &mut Env) -> Vec<Stmt> {
        let at = self.pick(&self.recvs.clone());
        let name = self.fresh("fm");
        let (arg, bx) = self.call_arg(env);
        let (callee, b) = if at.active {
            self.shape("path form of a method differentiating self, on a field");
            (
                Callee::Method {
                    name: "dh_hs",
                    at,
                    path: true,
                    k: None,
                    slice: None,
                },
                3.0,
            )
        } else {
            let path = self.rng.random() < 0.35;
            self.shape(if path {
                "path form of a method of an inactive field"
            } else {
                "method of a field of an inactive struct"
            });
            let r = self.rng.random();
            let slice = (!env.data_slice && env.slice == "x").then(|| "x".to_string());
            if r < 0.3 {
                let k = super::round_to(self.rng.uniform(-1.2, 1.2), 2);
                self.shape("method of a field with a no_grad argument");
                let b = k.abs() * (1.0 + bx) + 1.5 + k.abs() * bx;
                let m = Callee::Method {
                    name: "dh_hk",
                    at,
                    path,
                    k: Some(k),
                    slice: None,
                };
                (m, b)
            } else if r < 0.5 && slice.is_some() {
                self.shape("method of a field taking the active slice");
                let m = Callee::Method {
                    name: "dh_hv",
                    at,
                    path,
                    k: None,
                    slice,
                };
                (m, 1.5 + 1.5 * env.len as f64)
            } else {
                let m = Callee::Method {
                    name: "dh_h",
                    at,
                    path,
                    k: None,
                    slice: None,
                };
                (m, 3.0)
            }
        };
        env.vars.push((name.clone(), b));
        vec![Stmt::DataCall(DataCall {
            name,
            body_const: None,
            callee,
            data: vec![],
            arg,
        })]
    }
}

impl DataCall {
    /// The statement's lines (without indentation).
    pub fn render(&self, r: &mut Render) -> Vec<String> {
        let dual = r.mode == Mode::Dual;
        let t = r.tyname();
        let mut out = Vec::new();
        if let Some((n, v)) = &self.body_const {
            let v: Vec<String> = v.iter().map(|x| crate::gen::ast::fmt_f(*x)).collect();
            out.push(format!("const {n}: [f64; 3] = [{}];", v.join(", ")));
        }
        let d = if dual { "_d" } else { "" };
        let data: Vec<String> = self
            .data
            .iter()
            .map(|x| if dual { x.twin.clone() } else { x.text.clone() })
            .collect();
        let arg = r.expr(&self.arg);
        let call = match &self.callee {
            Callee::Dot => format!("dh_dot{d}({}, {arg})", data[0]),
            Callee::Fixed => format!("dh_fixed{d}({}, {arg})", data[0]),
            Callee::Outside => format!("dh_outside{d}({}, {arg})", data[0]),
            Callee::Mix => format!("dh_mix{d}({}, {arg})", data.join(", ")),
            Callee::Method {
                name,
                at,
                path,
                k,
                slice,
            } => {
                let mut args = vec![];
                if let Some(s) = slice {
                    args.push(s.clone());
                } else {
                    args.push(arg);
                }
                if let Some(k) = k {
                    let c = r.expr(&Node::Const(*k));
                    args.push(if dual { c } else { format!("no_grad({c})") });
                }
                let args = args.join(", ");
                match (path, &at.recv) {
                    // the twin of a method differentiating `self` is `InnerD`'s
                    (true, _) if dual && at.active => {
                        format!("InnerD::{name}_d({}, {args})", at.path)
                    }
                    (true, _) => format!("Inner::{name}{d}({}, {args})", at.path),
                    (false, Some(recv)) => format!("{recv}.{name}{d}({args})"),
                    (false, None) => unreachable!("a method of an active struct's field"),
                }
            }
        };
        out.push(format!("let {}: {t} = {call};", self.name));
        out
    }
}
