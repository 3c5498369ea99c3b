//! The grammar: random expressions and statements with a bound on every value, so that
//! every program stays in the safe domain of every function it calls.

pub(crate) mod call_shapes;
pub(crate) mod data_calls;

use super::ast::{
    fmt_f, Arm, ArrInit, CallKind, Chain, Cond, MArm, Node, Reduce, Stmt, NONSMOOTH_ZERO,
};
use super::rng::{round_to, Rng};
use std::collections::BTreeSet;

mod nested_calls;
mod recursion;
pub use nested_calls::{call_text, render_helpers, slice_callable, wrt_helpers, WrtHelper};
pub use recursion::{rec_call_text, rec_helpers, render_rec_helpers, RecHelper};

/// Parts of the grammar that can be left out (`RANDOM_EXCLUDE=a,b`), for bisecting a
/// failure or while a macro bug is open.
pub const FEATURES: [(&str, &str); 45] = [
    (
        "struct_param",
        "programs taking a `#[derive(Differentiable)]` struct (free functions and methods, in `wrt(..)` or constant)",
    ),
    (
        "nested",
        "nested derivatives: calls of `pK_grad` and `pK_jvp` of earlier programs",
    ),
    (
        "nested_slice",
        "nested `pK_grad(&h, &mut gx)` of earlier programs of a slice, `gx` read by element",
    ),
    (
        "nested_wrt",
        "nested `pwK_grad(..)` of helpers with a restricted `wrt(..)`, given values outside it",
    ),
    (
        "recursion",
        "calls of self-recursive helpers `recK(.., 2)` passing on the same slice, `&x[1..]`, swapped slices, an active scalar, data outside `wrt(..)`, or scalars only; the self-call in an `else` (tail or `let`), `for` loops of literal and runtime trip count, `while`, beside `break`/`continue`, twice per level",
    ),
    (
        "cmp_active",
        "conditions comparing float values (if / while / break)",
    ),
    (
        "cmp_literal",
        "conditions comparing a float with a constant",
    ),
    ("generic", "programs generic over T: Float"),
    ("calls", "calls between generated programs"),
    ("slices", "programs taking &[F]"),
    ("early_return", "`if c { return e; }`"),
    ("while", "while loops"),
    ("break", "break / continue"),
    (
        "nonlinear_loop",
        "p *= ..., m = m.max(..), m = f(m) in loops",
    ),
    ("iter_ref", "`for v in x` (v: &F)"),
    ("inactive", "an inactive `nk: usize` parameter"),
    (
        "nonsmooth",
        "abs signum floor ceil round trunc max min clamp",
    ),
    (
        "int_cast",
        "loop counters as floats: `i as f64`, `c::<T>(i as f64)`",
    ),
    (
        "const_array",
        "`W[i]` of a const array indexed by a loop counter",
    ),
    ("arrays", "by-value `[F; N]` parameters instead of `&[F]`"),
    (
        "overwrite",
        "plain overwrites `s = x * e` and resets `if i == 2 { s = 0.0; }` of carried values",
    ),
    (
        "inactive_tail",
        "integer statements as block tails with and without `;` (`n += 2`, `i += 1`)",
    ),
    (
        "match",
        "`match` statements and expressions on integer scrutinees",
    ),
    (
        "jump_branch",
        "`let k = if c { break } else { i };`, `let y = match i { 3 => continue, _ => e };`",
    ),
    ("rev_range", "`for i in (0..n).rev() { ..; n += 1; }`"),
    (
        "shadow",
        "closure parameters, `match` bindings, `Cfg { k }` field-init shorthand",
    ),
    (
        "rng",
        "an inactive `rng: &mut Lcg` parameter, `let u = rng.uniform();`",
    ),
    (
        "tail_loop",
        "the last statement is a loop, the tail its accumulator (`s`, `s + last`)",
    ),
    (
        "branch_loop",
        "a loop inside an `if` branch (inside a loop or not)",
    ),
    (
        "iter_chain",
        "iterator chains: `x.windows(2).map(|w| ..).sum()`, folds, `for (i, &v) in x.iter().enumerate().skip(1)`",
    ),
    (
        "float_cast",
        "float casts `(e as f64)`, `f64::from(e)` (in `f64` programs)",
    ),
    (
        "angles",
        "`to_radians`, `to_degrees`, `let (s, c) = e.sin_cos();`",
    ),
    (
        "tuple_branch",
        "`let (a, b) = if c { (e1, e2) } else { (e3, e4) };`",
    ),
    (
        "mut_param",
        "`mut` scalar parameters reassigned in the body",
    ),
    (
        "block_tail",
        "a nested block `{ .. }` as the last statement of a loop body",
    ),
    ("loop_return", "`if c { return e; }` inside a loop body"),
    (
        "local_array",
        "local arrays `[c; N]`, `[[c; N]; M]`, `[a, b]`, copies of `x: [F; N]` / `&[F; N]` and of each other, element reads and writes, reassignments",
    ),
    (
        "vec_buffer",
        "runtime-length buffers `let mut h = vec![c; n];` (`n` a literal or `x.len()`), filled by loops, written and read by element",
    ),
    (
        "out_param",
        "an out-parameter `out: &mut [F]` / `&mut [F; M]` written with `out[i] = e;`, returning `()` or a float",
    ),
    (
        "lent_array",
        "a local array of constants lent to an ordinary call that writes it, `lent_rotate(&mut h)` (also a row `&mut m[1]`, again in loops), then read in active expressions",
    ),
    (
        "call_shapes",
        "calls of fixed helpers: a tuple result `let (a, b) = cs_polar(..);`, an array result bound to a local array, `cs_norm2(&h)`, `no_grad(..)` arguments, constants outside the callee's `wrt(..)` without `no_grad` (a literal, an inactive local), `let j: usize = cs_nearest(&h, e);`, a `no_hvp` callee",
    ),
    (
        "const_data",
        "`&W`, `&W3` of module `const` arrays and `&DC4` of a `const` array of the body passed to differentiable callees (`dh_dot(&W, e)`, `dh_fixed(&W3, e)` to `&[F; 3]`, `dh_outside(&V, e)` outside the callee's `wrt(..)`, three at once in `dh_mix`), in `f64` programs",
    ),
    (
        "field_data",
        "struct programs: data of hidden type (`&m.w`, `&self.v`, `&m.data` of a struct outside `wrt(..)`, `x` outside `wrt(..)`) passed to the same callees, `no_grad(&m.data)` of one inside it to a parameter outside the callee's `wrt(..)`",
    ),
    (
        "field_method",
        "struct programs: `Inner`'s differentiable methods on a field of an inactive struct (`m.inner.dh_h(e)`, `self.inner.dh_hk(e, no_grad(c))`, `n.dh_hv(x)`), the path form `Inner::dh_h(&m.inner, e)`, and `Inner::dh_hs(&m.inner, e)` (wrt(self, x)) on an active one",
    ),
    (
        "checkpoint",
        "`#[differentiable(checkpoint = s)]` on programs whose top-level loops the macro checkpoints as written (a top-level `for` or `while` holding a nested loop; no `return`, `rng` draw or out-parameter write in a top-level loop; `break` and `while` counted)",
    ),
];

const UNARY_ANY: [&str; 5] = ["sin", "cos", "tanh", "atan", "asinh"];
const UNARY_SMALL: [&str; 5] = ["exp", "exp2", "exp_m1", "sinh", "cosh"];
const UNARY_POS: [&str; 6] = ["ln", "log2", "log10", "sqrt", "cbrt", "recip"];
const SQUASH: [&str; 4] = ["tanh", "sin", "atan", "cos"];

/// The features whose statements `Gen::new_stmt` draws, and how often a statement is one of them.
const NEW_FEATURES: [&str; 18] = [
    "const_data",
    "field_data",
    "field_method",
    "local_array",
    "lent_array",
    "out_param",
    "overwrite",
    "branch_loop",
    "inactive_tail",
    "match",
    "jump_branch",
    "rev_range",
    "shadow",
    "rng",
    "iter_chain",
    "float_cast",
    "angles",
    "tuple_branch",
];
const NEW_SHAPES: f64 = 0.3;
const NEW_SHAPES_IN_LOOPS: f64 = 0.45;

/// The bound assumed for the value of a call of another generated program.
const CALLEE_BOUND: f64 = 3.0;

/// At most this many local arrays per program (they are cheap, but each adds code to
/// every mode).
const MAX_ARRAYS: usize = 4;

/// A local array in scope.
#[derive(Clone, Debug)]
pub struct Arr {
    /// Its name.
    pub name: String,
    /// Its lengths, outermost first (one or two).
    pub dims: Vec<usize>,
    /// A bound on every element.
    pub b: f64,
    /// Declared `let mut`.
    pub mutable: bool,
    /// Surely active for the macro (it holds a value computed from a parameter): only
    /// then are its elements arguments of calls (see `Gen::surely_active`).
    pub active: bool,
    /// A `vec![c; n]` buffer (one dimension): written and read by element only, never
    /// copied or reassigned as a whole.
    pub vec: bool,
    /// Lent to `lent_rotate(&mut ..)` (feature `lent_array`), or a copy of such an array:
    /// it holds constants and must stay inactive, so it is never `mutable` nor the source
    /// of a copy that is (the macro's copies carry derivatives together with their
    /// source, and lending an array with derivatives is a spanned error).
    pub lent: bool,
}

/// What is in scope, with a bound on every value.
#[derive(Clone, Debug, Default)]
pub struct Env {
    /// Local arrays.
    pub arrs: Vec<Arr>,
    /// The length of the out-parameter `out` (0: none).
    pub out: usize,
    /// The parameter `x` is an array that a local can copy: `Some(false)` for `x: [F; N]`
    /// (`let s = x;`), `Some(true)` for `x: &[F; N]` (`let s = *x;`).
    pub xarr: Option<bool>,
    /// Active values (immutable and mutable).
    pub vars: Vec<(String, f64)>,
    /// Mutable active values (also in `vars`).
    pub muts: Vec<(String, f64)>,
    /// Integer values (loop counters, lets) and their upper bound.
    pub ints: Vec<(String, i64)>,
    /// Mutable integers.
    pub imuts: Vec<(String, i64)>,
    /// Inactive f64 values (random draws, closure sums, match bindings).
    pub fconsts: Vec<(String, f64)>,
    /// Index expressions of the slice valid here.
    pub elems: Vec<String>,
    /// `v` of `for v in x`, read as `*v`.
    pub derefs: Vec<String>,
    /// The slice parameter's name.
    pub slice: String,
    /// The slice's length (0: no slice).
    pub len: usize,
    /// The program has an `nk: usize` parameter.
    pub kparam: bool,
    /// The program has an `rng: &mut Lcg` parameter.
    pub rng: bool,
    /// `continue` is allowed in the innermost loop.
    pub cont_ok: bool,
    /// Float fields of an active struct parameter read as values (`m.b`, `m.inner.d[1]`,
    /// `m.v[2]`): leaves like the slice's elements (feature `struct_param`).
    pub fields: Vec<(String, f64)>,
    /// The slice is data outside `wrt(..)` (a struct program's `x`): its elements are
    /// not active.
    pub data_slice: bool,
}

impl Env {
    fn has_int(&self, name: &str) -> bool {
        self.ints.iter().any(|(n, _)| n == name)
    }
}

/// Whether `name` occurs in `s` as a whole word.
fn mentions(s: &str, name: &str) -> bool {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|w| w == name)
}

/// The scope seen where `name` is rebound (a closure parameter, a match binding).
pub fn env_without(env: &Env, name: &str) -> Env {
    let keep = |l: &Vec<(String, f64)>| {
        l.iter()
            .filter(|t| t.0 != name)
            .cloned()
            .collect::<Vec<_>>()
    };
    let keepi = |l: &Vec<(String, i64)>| {
        l.iter()
            .filter(|t| t.0 != name)
            .cloned()
            .collect::<Vec<_>>()
    };
    Env {
        vars: keep(&env.vars),
        muts: keep(&env.muts),
        ints: keepi(&env.ints),
        imuts: keepi(&env.imuts),
        fconsts: keep(&env.fconsts),
        elems: env
            .elems
            .iter()
            .filter(|x| !mentions(x, name))
            .cloned()
            .collect(),
        derefs: env.derefs.iter().filter(|x| *x != name).cloned().collect(),
        arrs: env
            .arrs
            .iter()
            .filter(|a| a.name != name)
            .cloned()
            .collect(),
        ..env.clone()
    }
}

/// The bounds of `inner`'s values back into `outer` (the larger of the two), for the
/// names both hold (not `shadowed`, a different value in `inner`).
fn merge_bounds(outer: &mut Env, inner: &Env, shadowed: &str) {
    for lst in [&mut outer.vars, &mut outer.muts] {
        for (n, b) in lst.iter_mut().filter(|t| t.0 != shadowed) {
            if let Some((_, bi)) = inner.muts.iter().find(|(m, _)| m == n) {
                *b = b.max(*bi);
            }
        }
    }
    merge_arrs(&mut outer.arrs, &inner.arrs, shadowed);
}

/// The arrays of `inner` back into `outer`: the larger bound, and active if written with
/// an active value in either (not `shadowed`, a different value in `inner`).
fn merge_arrs(outer: &mut [Arr], inner: &[Arr], shadowed: &str) {
    for a in outer.iter_mut().filter(|a| a.name != shadowed) {
        if let Some(ai) = inner.iter().find(|x| x.name == a.name) {
            a.b = a.b.max(ai.b);
            a.active |= ai.active;
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum LoopKind {
    Range,
    SliceRange,
    Iter,
    While,
    WhileTail,
    KParam,
    Rev,
    Chain,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ArmKind {
    Inc,
    Empty,
    Stmts,
    Break,
    Continue,
    Return,
    Set,
}

/// Builds one program: a list of statements and a tail expression.
pub struct Gen<'a> {
    rng: &'a mut Rng,
    excl: &'a BTreeSet<String>,
    /// Earlier scalar programs without calls: (name, number of arguments).
    callees: Vec<(String, usize)>,
    counter: usize,
    /// The program calls another one.
    pub has_call: bool,
    /// The programs it calls.
    pub called: BTreeSet<String>,
    /// Inactive floats declared without a type (`let u = rng.uniform();`): the macro must
    /// know the type of a differentiable call's arguments, so they are never arguments.
    untyped: BTreeSet<String>,
    /// Random draws passed bare to a call: their `let` gets `: f64`.
    pub typed: BTreeSet<String>,
    /// The shapes this program contains (for statistics).
    pub shapes: BTreeSet<String>,
    /// The function returns `()` (it writes its results into an out-parameter): no
    /// `return e`.
    pub unit: bool,
    /// Local arrays declared so far.
    arrays: usize,
    /// The arrays `s_lend` declared (`let mut`, written only by `lent_rotate`): those a
    /// later statement may lend again.
    lendable: Vec<String>,
    /// The weight of the local arrays' statements among the new shapes (1: as others).
    pub arr_focus: f64,
    /// The program is generic over `T: Float`.
    pub generic: bool,
    /// Where the choices of nested derivative calls come from: a stream of their own, so
    /// that a program without one is the same as before they existed.
    pub nested_salt: u64,
    nested_draws: u64,
    /// The program calls a generated derivative (`pK_grad`, `pK_jvp`).
    pub has_nested: bool,
    /// Earlier programs of one slice a nested `pK_grad(&h, &mut gx)` may call: (name,
    /// length).
    pub slice_callees: Vec<(String, usize)>,
    /// The helpers with a restricted `wrt(..)` of the group: (index, parameters, wrt).
    pub wrt_helpers: Vec<(usize, usize, Vec<usize>)>,
    /// The helpers the program calls.
    pub wrt_called: BTreeSet<usize>,
    /// How many iterator chains' closures enclose the expression being drawn.
    in_chain: usize,
    /// The draws of `nested_calls`' stream so far.
    more_nested_draws: u64,
    /// The recursive helpers of the group (feature `recursion`).
    pub rec_helpers: Vec<RecHelper>,
    /// The recursive helpers the program calls.
    pub rec_called: BTreeSet<usize>,
    /// The draws of `recursion`'s stream so far.
    rec_draws: u64,
    /// The length of the program's slice `x`, when a recursive call may pass it.
    pub rec_x: Option<usize>,
    /// Inactive floats whose type the macro cannot see (fields of a constant struct,
    /// `no_grad(m.data[j])`): never arguments of a differentiable call, nor is a `let`
    /// of them.
    pub opaque: BTreeSet<String>,
    /// Calls of earlier struct programs: (program index, the callee as called, its
    /// arguments), e.g. `p5(m, x)`, `m.p5_s1(x)`, `p7(&m.inner, x)`.
    pub struct_callees: Vec<(usize, String, Vec<Node>)>,
    /// The struct programs it calls.
    pub struct_called: BTreeSet<usize>,
    /// Float data the program holds and never differentiates, which data calls pass
    /// (features `const_data`, `field_data`; see `data_calls`).
    pub data: Vec<data_calls::Data>,
    /// Data calls may declare a `const` array of the body (feature `const_data`).
    pub body_consts: bool,
    /// Where `Inner`'s methods are called (feature `field_method`).
    pub recvs: Vec<data_calls::Recv>,
}

impl<'a> Gen<'a> {
    /// A builder drawing from `rng`.
    pub fn new(
        rng: &'a mut Rng,
        excl: &'a BTreeSet<String>,
        callees: Vec<(String, usize)>,
    ) -> Gen<'a> {
        Gen {
            rng,
            excl,
            callees,
            counter: 0,
            has_call: false,
            called: BTreeSet::new(),
            untyped: BTreeSet::new(),
            typed: BTreeSet::new(),
            shapes: BTreeSet::new(),
            unit: false,
            arrays: 0,
            lendable: Vec::new(),
            arr_focus: 1.0,
            generic: false,
            nested_salt: 0,
            nested_draws: 0,
            has_nested: false,
            slice_callees: Vec::new(),
            wrt_helpers: Vec::new(),
            wrt_called: BTreeSet::new(),
            in_chain: 0,
            more_nested_draws: 0,
            rec_helpers: Vec::new(),
            rec_called: BTreeSet::new(),
            rec_draws: 0,
            rec_x: None,
            opaque: BTreeSet::new(),
            struct_callees: Vec::new(),
            struct_called: BTreeSet::new(),
            data: Vec::new(),
            body_consts: false,
            recvs: Vec::new(),
        }
    }

    /// The stream the builder draws from.
    pub fn rng(&mut self) -> &mut Rng {
        self.rng
    }

    /// A loop at the top level whose accumulator `acc` is updated (overwritten, reset) first.
    pub fn trailing_loop(&mut self, env: &mut Env, acc: &str) -> Vec<Stmt> {
        self.lp(env, 0, None, false, Some(acc))
    }

    /// Whether a call of a program of `nargs` arguments becomes a nested derivative
    /// (about two in five), and which, from the program's own stream of these choices.
    fn nested_kind(&mut self, nargs: usize) -> Option<CallKind> {
        if !self.on("nested") {
            return None;
        }
        self.nested_draws += 1;
        let mut r = Rng::derived(self.nested_salt, self.nested_draws);
        if r.random() >= 0.4 {
            return None;
        }
        Some(if r.random() < 0.5 {
            CallKind::GradPart(r.randint(0, nargs as i64 - 1) as usize)
        } else {
            CallKind::Jvp
        })
    }

    /// The arguments of a nested `pK_jvp`: each followed by a constant direction.
    fn with_directions(&mut self, args: Vec<Node>) -> Vec<Node> {
        let mut r = Rng::derived(self.nested_salt ^ 0x5bd1_e995, self.nested_draws);
        args.into_iter()
            .flat_map(|a| [a, konst(round_to(r.random() * 2.0 - 1.0, 2))])
            .collect()
    }

    /// The feature is not excluded.
    pub fn on(&self, feat: &str) -> bool {
        !self.excl.contains(feat)
    }

    /// A fresh name.
    pub fn fresh(&mut self, base: &str) -> String {
        self.counter += 1;
        format!("{base}{}", self.counter)
    }

    /// Records a shape for the statistics.
    pub fn shape(&mut self, s: &str) {
        self.shapes.insert(s.to_string());
    }

    fn pick<T: Clone>(&mut self, xs: &[T]) -> T {
        self.rng.choice(xs).clone()
    }

    // ---- expressions: (node, bound on |value|)

    /// A leaf: a variable, an element, a constant.
    pub fn leaf(&mut self, env: &Env) -> (Node, f64) {
        // (no draw without fields: the other programs are unchanged by them)
        if !env.fields.is_empty() && self.rng.random() < 0.3 {
            let (name, b) = self.pick(&env.fields);
            return (Node::Var(name), b);
        }
        if !env.arrs.is_empty() && self.rng.random() < 0.15 {
            let a = self.pick(&env.arrs);
            let idx = a.dims.iter().map(|&n| self.aindex(env, n)).collect();
            return (Node::AIdx(a.name, idx), a.b);
        }
        if !env.fconsts.is_empty() && self.rng.random() < 0.12 {
            let (name, b) = self.pick(&env.fconsts);
            return (Node::Fc(name), b);
        }
        if env.has_int("k") && self.rng.random() < 0.1 {
            return (Node::Weight, 2.0);
        }
        let r = self.rng.random();
        if r < 0.3 && (!env.elems.is_empty() || !env.derefs.is_empty()) {
            let mut opts: Vec<(bool, String)> =
                env.elems.iter().map(|e| (false, e.clone())).collect();
            opts.extend(env.derefs.iter().map(|d| (true, d.clone())));
            let (deref, e) = self.pick(&opts);
            if deref {
                return (Node::Deref(e), 1.5);
            }
            return (Node::Idx(env.slice.clone(), e), 1.5);
        }
        if r < 0.75 && !env.vars.is_empty() {
            let (name, b) = self.pick(&env.vars);
            return (Node::Var(name), b);
        }
        if r < 0.8 {
            let nm = *self.rng.choice(&["PI", "E", "ALPHA", "BETA"]);
            return (Node::Named(nm), 3.2);
        }
        if r < 0.85 && !env.ints.is_empty() && self.on("int_cast") {
            let (i, b) = self.pick(&env.ints);
            return (Node::IntC(i), b as f64);
        }
        if r < 0.9 && !env.ints.is_empty() && self.on("const_array") {
            let small: Vec<String> = env
                .ints
                .iter()
                .filter(|x| x.1 <= 5)
                .map(|x| x.0.clone())
                .collect();
            // one draw among the small counters and "none"
            let k = self.rng.below(small.len().max(1));
            if let Some(i) = small.get(k) {
                let arr = *self.rng.choice(&["W", "V"]);
                return (Node::ConstArr(arr, i.clone()), 2.0);
            }
        }
        let d = *self.rng.choice(&[1, 2, 3]);
        let v = round_to(self.rng.uniform(-2.0, 2.0), d);
        (Node::Const(v), v.abs())
    }

    /// `n` if its bound is at most `lim`, else a squashed `n`.
    pub fn squash(&mut self, n: Node, b: f64, lim: f64) -> (Node, f64) {
        if b <= lim {
            return (n, b);
        }
        let f = *self.rng.choice(&SQUASH);
        (Node::M(f, vec![n]), 1.6)
    }

    /// A positive expression bounded away from 0: (node, lower, upper).
    pub fn pos(&mut self, env: &Env, d: i64) -> (Node, f64, f64) {
        let (a, b) = self.expr(env, d);
        let r = self.rng.random();
        if r < 0.3 {
            let (a, b) = self.squash(a, b, 5.0);
            return (
                bin('+', konst(1.0), bin('*', a.clone(), a)),
                1.0,
                1.0 + b * b,
            );
        }
        if r < 0.5 {
            return (bin('+', konst(2.0), m1("sin", a)), 1.0, 3.0);
        }
        if r < 0.65 {
            return (bin('+', konst(1.5), m1("tanh", a)), 0.5, 2.5);
        }
        if r < 0.8 {
            let (a, _) = self.squash(a, b, 2.0);
            return (m1("exp", a), 0.13, 7.4);
        }
        if r < 0.9 {
            let (a, _) = self.squash(a, b, 2.0);
            return (m1("cosh", a), 1.0, 3.8);
        }
        (Node::M("hypot", vec![a, konst(1.0)]), 1.0, 1.0 + b)
    }

    /// An expression of depth at most `d`.
    pub fn expr(&mut self, env: &Env, d: i64) -> (Node, f64) {
        if d <= 0 || self.rng.random() < 0.2 {
            return self.leaf(env);
        }
        let r = self.rng.random();
        if r < 0.3 {
            let op = *self.rng.choice(&['+', '-', '*']);
            let (mut a, mut ba) = self.expr(env, d - 1);
            let (mut b, mut bb) = self.expr(env, d - 1);
            if op == '*' {
                if ba * bb > 40.0 {
                    (a, ba) = self.squash(a, ba, 1.0);
                    (b, bb) = self.squash(b, bb, 6.0);
                }
                return (bin('*', a, b), ba * bb);
            }
            return (bin(op, a, b), ba + bb);
        }
        if r < 0.38 {
            let (a, ba) = self.expr(env, d - 1);
            let (p, lo, _) = self.pos(env, d - 1);
            return (bin('/', a, p), ba / lo);
        }
        if r < 0.42 {
            let (a, ba) = self.expr(env, d - 1);
            return (Node::Neg(Box::new(a)), ba);
        }
        if r < 0.52 {
            let (a, _) = self.expr(env, d - 1);
            let f = *self.rng.choice(&UNARY_ANY);
            return (m1(f, a), if f == "asinh" { 2.0 } else { 1.6 });
        }
        if r < 0.6 {
            let (a, ba) = self.expr(env, d - 1);
            let (a, _) = self.squash(a, ba, 2.0);
            let f = *self.rng.choice(&UNARY_SMALL);
            return (m1(f, a), 7.5);
        }
        if r < 0.68 {
            let (p, lo, hi) = self.pos(env, d - 1);
            let f = *self.rng.choice(&UNARY_POS);
            return (m1(f, p), hi.max(1.0 / lo).max(3.0));
        }
        if r < 0.73 {
            let (a, ba) = self.expr(env, d - 1);
            let (a, _) = self.squash(a, ba, 3.0);
            let f = *self.rng.choice(&["asin", "acos", "atanh", "tan"]);
            if f == "tan" {
                return (m1("tan", m1("sin", a)), 1.6);
            }
            let g = *self.rng.choice(&["sin", "tanh"]);
            let inner = bin('*', konst(0.9), m1(g, a));
            return (m1(f, inner), 3.2);
        }
        if r < 0.76 {
            let (p, _, hi) = self.pos(env, d - 1);
            let sq = bin('*', p.clone(), p);
            let f = *self.rng.choice(&["acosh", "ln_1p"]);
            // acosh needs >= 1 (and > 1 for a finite derivative); pos() may be as small as 0.13
            let c = if f == "acosh" { 1.1 } else { 0.5 };
            return (m1(f, bin('+', konst(c), sq)), hi.max(3.0));
        }
        if r < 0.8 {
            let (a, ba) = self.expr(env, d - 1);
            let n = *self.rng.choice(&[2i64, 3, -1, -2, 0, 1]);
            if n <= 0 {
                let (p, lo, _) = self.pos(env, d - 1);
                return (
                    Node::Powi(Box::new(p), n),
                    1f64.max((1.0 / lo).powi(-n as i32)),
                );
            }
            let (a, ba) = self.squash(a, ba, 3.0);
            return (Node::Powi(Box::new(a), n), ba.powi(n as i32));
        }
        if r < 0.84 {
            let (p, lo, hi) = self.pos(env, d - 1);
            if hi > 10.0 {
                return (m1("sqrt", p), hi.sqrt());
            }
            let (e, be) = self.expr(env, d - 1);
            let (e, be) = self.squash(e, be, 1.5);
            if self.rng.random() < 0.3 {
                // base exp(0.5 + 0.4 sin e) lies in [1.1, 2.5]: never 1
                let base = bin('+', konst(0.5), bin('*', konst(0.4), m1("sin", e)));
                return (Node::M("log", vec![p, m1("exp", base)]), 5.0);
            }
            return (Node::M("powf", vec![p, e]), hi.max(1.0 / lo).powf(be) + 1.0);
        }
        if r < 0.87 {
            let (a, ba) = self.expr(env, d - 1);
            let (b, bb) = self.expr(env, d - 1);
            if self.rng.random() < 0.5 {
                // keep (a, b) away from (0, 0), where atan2 has no derivative
                let sq = bin('+', konst(0.5), bin('*', b.clone(), b));
                let second = if self.rng.random() < 0.5 {
                    sq
                } else {
                    Node::Neg(Box::new(sq))
                };
                return (Node::M("atan2", vec![a, second]), 3.2);
            }
            // hypot is not differentiable at (0, 0), which a constant-folded value can hit exactly
            let b = bin('+', konst(0.5), bin('*', b.clone(), b));
            return (Node::M("hypot", vec![a, b]), ba + 0.5 + bb * bb);
        }
        if r < 0.9 {
            let (a, ba) = self.expr(env, d - 1);
            let (b, bb) = self.expr(env, d - 1);
            let (e, be) = self.expr(env, d - 1);
            let (a, ba) = self.squash(a, ba, 3.0);
            let (b, bb) = self.squash(b, bb, 3.0);
            return (Node::M("mul_add", vec![a, b, e]), ba * bb + be);
        }
        if r < 0.95 && self.on("nonsmooth") {
            let (a, ba) = self.expr(env, d - 1);
            let rr = self.rng.random();
            if rr < 0.3 {
                let (b, bb) = self.expr(env, d - 1);
                let f = *self.rng.choice(&["max", "min"]);
                return (Node::M(f, vec![a, b]), ba.max(bb));
            }
            if rr < 0.5 {
                let lo = round_to(self.rng.uniform(-1.5, 0.0), 2);
                let hi = round_to(self.rng.uniform(0.1, 1.5), 2);
                return (Node::M("clamp", vec![a, konst(lo), konst(hi)]), 1.5);
            }
            if rr < 0.7 {
                return (m1("abs", a), ba);
            }
            let f = *self.rng.choice(&NONSMOOTH_ZERO);
            let (b, bb) = self.expr(env, d - 1);
            let (b, bb) = self.squash(b, bb, 3.0);
            return (bin('*', m1(f, a), b), (ba + 1.0) * bb);
        }
        if r < 0.97 && self.on("calls") {
            if let Some(call) = self.recursion_call(env, d) {
                return call;
            }
            if let Some(call) = self.new_nested_call(env, d) {
                return call;
            }
        }
        if r < 0.97
            && !self.struct_callees.is_empty()
            && self.on("calls")
            && (self.callees.is_empty() || self.rng.random() < 0.5)
        {
            let (index, name, args) = self.pick(&self.struct_callees.clone());
            self.has_call = true;
            self.struct_called.insert(index);
            self.shape("struct: call of a struct program");
            let call = Node::Call(name, args, CallKind::Plain);
            return (m1("tanh", bin('*', konst(0.5), call)), 1.0);
        }
        if r < 0.97 && !self.callees.is_empty() && self.on("calls") {
            let (name, nargs) = self.pick(&self.callees.clone());
            let mut args = Vec::new();
            let mut aenv = env.clone();
            aenv.vars.retain(|t| !self.untyped.contains(&t.0));
            if !self.opaque.is_empty() {
                aenv.fconsts.retain(|t| !self.opaque.contains(&t.0));
                aenv.vars.retain(|t| !self.opaque.contains(&t.0));
            }
            // the macro does not pass an element of an inactive local array to a
            // differentiable callee with a tangent: only active arrays' elements
            aenv.arrs.retain(|a| a.active);
            for _ in 0..nargs {
                let (a, ba) = self.expr(&aenv, d - 1);
                let a = self.squash(a, ba, 1.5).0;
                // the macro must see that an argument is a float (`ALPHA.clamp(..)`
                // and `weight(..)` hide it): `tanh` shows it
                let a = if nested_calls::shows_float(&a) {
                    a
                } else {
                    m1("tanh", a)
                };
                // the macro must see the type of a value from a method call that it passes
                // to a differentiable callee (also inside `-u`, `u + 1.0`):
                // `let u: f64 = rng.uniform();`
                draws_in(&a, &mut self.typed);
                args.push(a);
            }
            self.has_call = true;
            self.called.insert(name.clone());
            if let Some(kind) = self.nested_kind(nargs) {
                // a derivative has no bound the grammar knows: squashed
                let args = match kind {
                    CallKind::Jvp => self.with_directions(args),
                    _ => args,
                };
                self.has_nested = true;
                self.shape("nested derivative call");
                let call = Node::Call(name, args, kind);
                return (m1("tanh", bin('*', konst(0.25), call)), 1.0);
            }
            return (Node::Call(name, args, CallKind::Plain), CALLEE_BOUND);
        }
        if r < 0.985 {
            // the macro leaves a block whose value is inactive as written, where a `vec!`
            // buffer may be named only through its length: its `let` reads none
            let mut env_a = env.clone();
            env_a.arrs.retain(|a| !a.vec);
            let (a, ba) = self.expr(&env_a, d - 1);
            let t = self.fresh("t");
            let mut env2 = env.clone();
            env2.vars.push((t.clone(), ba));
            let (b, bb) = self.expr(&env2, d - 1);
            return (Node::Block(t, Box::new(a), Box::new(b)), bb);
        }
        let c = self.cond(env, d - 1, true);
        let (a, ba) = self.expr(env, d - 1);
        let (b, bb) = self.expr(env, d - 1);
        (Node::If(Box::new(c), Box::new(a), Box::new(b)), ba.max(bb))
    }

    /// A condition.
    pub fn cond(&mut self, env: &Env, d: i64, allow_int: bool) -> Cond {
        if allow_int && !env.fconsts.is_empty() && self.rng.random() < 0.12 {
            // an inactive float: a random draw, a closure's sum
            let (name, b) = self.pick(&env.fconsts);
            let op = *self.rng.choice(&["<", ">"]);
            let v = round_to(self.rng.uniform(-b, b), 2);
            return Cond::Icmp(format!("{name} {op} {}", fmt_f(v)));
        }
        let r = self.rng.random();
        let mut ints = env.ints.clone();
        ints.extend(env.imuts.iter().cloned());
        let no_float = !self.on("cmp_active") && !self.on("cmp_literal");
        if allow_int && !ints.is_empty() && (r < 0.4 || no_float) {
            let (i, b) = self.pick(&ints);
            let k = self.rng.randint(0, b.max(0));
            let op = *self.rng.choice(&["<", ">", "==", "!=", "<=", ">="]);
            let mut c = Cond::Icmp(format!("{i} {op} {k}"));
            if self.rng.random() < 0.2 {
                c = Cond::Icmp(format!("{i} % 2 == {}", self.rng.randint(0, 1)));
            }
            return c;
        }
        if no_float {
            return Cond::Icmp(self.rng.choice(&["true", "false"]).to_string());
        }
        // a condition the macro leaves as written (an `if` expression of inactive value,
        // the right of `&&` / `||`) may name a `vec!` buffer only through its length:
        // conditions read no buffer element
        let mut no_buffers = env.clone();
        no_buffers.arrs.retain(|a| !a.vec);
        let env = &no_buffers;
        let op = *self.rng.choice(&["<", ">", "<=", ">="]);
        let (a, _) = self.expr(env, d.min(1));
        let c = if self.on("cmp_literal") && (self.rng.random() < 0.5 || !self.on("cmp_active")) {
            Cond::Fcmp(op, a, konst(round_to(self.rng.uniform(-1.0, 1.0), 2)))
        } else {
            let (b, _) = self.expr(env, d.min(1));
            Cond::Fcmp(op, a, b)
        };
        let rr = self.rng.random();
        if rr < 0.1 {
            return Cond::Not(Box::new(c));
        }
        if rr < 0.2 {
            let other = self.cond(env, 0, true);
            return if self.rng.random() < 0.5 {
                Cond::And(Box::new(c), Box::new(other))
            } else {
                Cond::Or(Box::new(c), Box::new(other))
            };
        }
        c
    }

    // ---- statements

    /// `n` statements in a scope: the returned environment is the scope's own (inner lets
    /// stay inner); with `draw`, a random draw of the program's `rng` somewhere in it.
    pub fn block(
        &mut self,
        env: &Env,
        n: i64,
        depth: usize,
        lp: Option<i64>,
        draw: bool,
    ) -> (Vec<Stmt>, Env) {
        let mut env = env.clone();
        let mut out = Vec::new();
        let at = if draw { self.rng.randint(0, n) } else { -1 };
        for j in 0..=n {
            if j == at {
                let st = self.s_uniform(&mut env, lp);
                self.note_untyped(&env, &st);
                out.extend(st);
            }
            if j < n {
                let st = self.stmt(&mut env, depth, lp);
                self.note_untyped(&env, &st);
                out.extend(st);
            }
        }
        (out, env)
    }

    /// Lets without a type computed from untyped values only are untyped too (the macro
    /// cannot see their type either), and so are inactive values of a block
    /// (`{ let t = c::<T>(-1.9).exp_m1(); t * c::<T>(1.1) }.clamp(..)`).
    pub fn note_untyped(&mut self, env: &Env, stmts: &[Stmt]) {
        let hidden =
            |g: &Self, e: &Node| g.reads_untyped(e) || (has_block(e) && !g.surely_active(env, e));
        for st in stmts {
            match st {
                Stmt::Let {
                    name,
                    e,
                    annot: false,
                    ..
                } if hidden(self, e) => {
                    self.untyped.insert(name.clone());
                }
                Stmt::Tuple(n1, n2, a, b) => {
                    if hidden(self, a) {
                        self.untyped.insert(n1.clone());
                    }
                    if hidden(self, b) {
                        self.untyped.insert(n2.clone());
                    }
                }
                Stmt::SinCos(n1, n2, e) if hidden(self, e) => {
                    self.untyped.insert(n1.clone());
                    self.untyped.insert(n2.clone());
                }
                Stmt::TupleIf(n1, n2, _, parts) => {
                    if hidden(self, &parts[0]) || hidden(self, &parts[2]) {
                        self.untyped.insert(n1.clone());
                    }
                    if hidden(self, &parts[1]) || hidden(self, &parts[3]) {
                        self.untyped.insert(n2.clone());
                    }
                }
                _ => {}
            }
        }
    }

    /// Reads an untyped value, or is built of constants whose type the macro cannot see
    /// (`W[i]`, `ALPHA`, `W[i].abs()`): a name bound to it without a type cannot be
    /// passed to a differentiable call either.
    fn reads_untyped(&self, e: &Node) -> bool {
        self.reads_untyped_name(e) || hidden_const(e)
    }

    fn reads_untyped_name(&self, e: &Node) -> bool {
        let u = |n: &String| self.untyped.contains(n) || self.opaque.contains(n);
        match e {
            Node::Var(n) | Node::Fc(n) => u(n),
            Node::Deref(_)
            | Node::Const(_)
            | Node::Named(_)
            | Node::ConstArr(..)
            | Node::IntC(_)
            | Node::Idx(..)
            | Node::AIdx(..)
            | Node::Weight => false,
            Node::Bin(_, a, b) | Node::Block(_, a, b) => {
                self.reads_untyped_name(a) || self.reads_untyped_name(b)
            }
            Node::Neg(a) | Node::Powi(a, _) | Node::Cast(a) | Node::Angle(_, a) => {
                self.reads_untyped_name(a)
            }
            Node::M(_, args) | Node::Call(_, args, _) => {
                args.iter().any(|a| self.reads_untyped_name(a))
            }
            Node::If(_, a, b) | Node::OptMatch(_, _, a, b) => {
                self.reads_untyped_name(a) || self.reads_untyped_name(b)
            }
            Node::Jif(_, a, b) => [a, b]
                .iter()
                .any(|a| matches!(a, Arm::E(e) if self.reads_untyped_name(e))),
            Node::Match(_, arms) => arms
                .iter()
                .any(|(_, a)| matches!(a, Arm::E(e) if self.reads_untyped_name(e))),
            Node::Chain(c) => self.reads_untyped_name(&c.body),
        }
    }

    fn bounds_mul(env: &mut Env, name: &str, f: f64) {
        for lst in [&mut env.vars, &mut env.muts] {
            for t in lst.iter_mut().filter(|t| t.0 == name) {
                t.1 = (t.1 * f).min(1e6);
            }
        }
    }

    fn set_bound(env: &mut Env, name: &str, b: f64) {
        for lst in [&mut env.vars, &mut env.muts] {
            for t in lst.iter_mut().filter(|t| t.0 == name) {
                t.1 = b;
            }
        }
    }

    fn stmt(&mut self, env: &mut Env, depth: usize, lp: Option<i64>) -> Vec<Stmt> {
        let p = if lp.is_some() {
            NEW_SHAPES_IN_LOOPS
        } else {
            NEW_SHAPES
        };
        // programs about local arrays draw the new shapes (mostly theirs) more often
        let p = if self.arr_focus > 1.0 { p + 0.25 } else { p };
        if self.any_new() && self.rng.random() < p {
            if let Some(out) = self.new_stmt(env, depth, lp) {
                return out;
            }
        }
        let r = self.rng.random();
        let ed = *self.rng.choice(&[1, 2, 2, 3]);
        if r < 0.25 || env.vars.is_empty() {
            let (e, b) = self.expr(env, ed);
            // shadowing: reuse an existing immutable name sometimes
            let imm: Vec<String> = env
                .vars
                .iter()
                .filter(|(v, _)| !env.muts.iter().any(|m| &m.0 == v) && !v.starts_with('x'))
                .map(|t| t.0.clone())
                .collect();
            let name = if !imm.is_empty() && self.rng.random() < 0.25 {
                let name = self.pick(&imm);
                env.vars.retain(|t| t.0 != name);
                name
            } else {
                self.fresh("a")
            };
            env.vars.push((name.clone(), b));
            let annot = self.rng.random() < 0.3;
            return vec![Stmt::Let {
                name,
                e,
                mutable: false,
                annot,
            }];
        }
        if r < 0.37 {
            let (e, b) = self.expr(env, ed);
            let name = self.fresh("m");
            env.vars.push((name.clone(), b));
            env.muts.push((name.clone(), b));
            let annot = self.rng.random() < 0.3;
            return vec![Stmt::Let {
                name,
                e,
                mutable: true,
                annot,
            }];
        }
        if r < 0.5 && !env.muts.is_empty() {
            return vec![self.update(env, ed, lp, None)];
        }
        if (r < 0.55 && self.on("calls")) || r < 0.58 {
            // tuple let
            let (a, ba) = self.expr(env, ed);
            let (b, bb) = self.expr(env, ed);
            let (n1, n2) = (self.fresh("u"), self.fresh("w"));
            env.vars.push((n1.clone(), ba));
            env.vars.push((n2.clone(), bb));
            return vec![Stmt::Tuple(n1, n2, a, b)];
        }
        if r < 0.68 {
            let c = self.cond(env, 1, true);
            if self.writable(env) && self.rng.random() < 0.3 {
                // element writes in the branches
                self.shape("element write in a branch");
                let s1 = self.write(env, lp, None).into_iter().collect();
                let s2 = if self.rng.random() < 0.6 {
                    self.write(env, lp, None).into_iter().collect()
                } else {
                    vec![]
                };
                return vec![Stmt::If(c, s1, s2)];
            }
            if !env.muts.is_empty() && self.rng.random() < 0.6 {
                let s1 = vec![self.update(env, ed, lp, None)];
                let s2 = if self.rng.random() < 0.7 {
                    vec![self.update(env, ed, lp, None)]
                } else {
                    vec![]
                };
                return vec![Stmt::If(c, s1, s2)];
            }
            let (a, ba) = self.expr(env, ed);
            let (b, bb) = self.expr(env, ed);
            let name = self.fresh("a");
            env.vars.push((name.clone(), ba.max(bb)));
            let e = Node::If(Box::new(c), Box::new(a), Box::new(b));
            return vec![Stmt::Let {
                name,
                e,
                mutable: false,
                annot: false,
            }];
        }
        if depth >= 2 || (lp.is_some() && depth >= 1 && self.rng.random() < 0.5) {
            let (e, b) = self.expr(env, ed);
            let name = self.fresh("a");
            env.vars.push((name.clone(), b));
            return vec![Stmt::Let {
                name,
                e,
                mutable: false,
                annot: false,
            }];
        }
        self.loop_stmt(env, depth, None, false)
    }

    fn loop_stmt(
        &mut self,
        env: &mut Env,
        depth: usize,
        kind: Option<LoopKind>,
        itail: bool,
    ) -> Vec<Stmt> {
        let mut out = Vec::new();
        if env.muts.is_empty() || self.rng.random() < 0.5 {
            // a fresh accumulator for the loop
            let init = *self.rng.choice(&[0.0, 1.0, 0.5]);
            let name = self.fresh("s");
            let annot = self.rng.random() < 0.3;
            out.push(Stmt::Let {
                name: name.clone(),
                e: konst(init),
                mutable: true,
                annot,
            });
            env.vars.push((name.clone(), 1.0));
            env.muts.push((name, 1.0));
        }
        out.extend(self.lp(env, depth, kind, itail, None));
        out
    }

    fn pick_mut(&mut self, env: &Env, name: Option<&str>) -> (String, f64) {
        match name {
            None => self.pick(&env.muts),
            Some(n) => env
                .muts
                .iter()
                .find(|m| m.0 == n)
                .cloned()
                .expect("a mutable in scope"),
        }
    }

    /// An update of a mutable value (inside a loop of `lp` trips, if any).
    fn update(&mut self, env: &mut Env, ed: i64, lp: Option<i64>, name: Option<&str>) -> Stmt {
        let (name, b) = self.pick_mut(env, name);
        let r = self.rng.random();
        let trips = lp.unwrap_or(1);
        // Inside a loop the bounds of carried values are only known before the loop, so
        // every update is squashed: no iteration can grow a value more than linearly.
        let lim = if lp.is_some() { 0.0 } else { 20.0 };
        let nonlinear = self.on("nonlinear_loop") || lp.is_none();
        if r < 0.35 {
            let (e, be) = self.expr(env, ed);
            let (e, be) = self.squash(e, be, lim);
            Self::set_bound(env, &name, b + trips as f64 * be);
            let op = *self.rng.choice(&['+', '-']);
            return Stmt::Op { name, op, e };
        }
        if r < 0.55 && nonlinear {
            let (e, _) = self.expr(env, ed);
            let f = bin('+', konst(1.0), bin('*', konst(0.3), m1("sin", e)));
            Self::bounds_mul(env, &name, 1.3f64.powi(trips as i32));
            return Stmt::Op {
                name,
                op: '*',
                e: f,
            };
        }
        if r < 0.65 && nonlinear {
            let (p, lo, _) = self.pos(env, ed - 1);
            if lo >= 0.9 {
                Self::bounds_mul(env, &name, 1.0 / lo.powi(trips as i32));
                return Stmt::Op {
                    name,
                    op: '/',
                    e: p,
                };
            }
            Self::bounds_mul(env, &name, 1.3f64.powi(trips as i32));
            let e = bin('+', konst(1.0), bin('*', konst(0.3), m1("cos", p)));
            return Stmt::Op { name, op: '*', e };
        }
        if r < 0.8 && nonlinear {
            let (e, be) = self.expr(env, ed);
            let cur = Node::Var(name.clone());
            if self.rng.random() < 0.5 && self.on("nonsmooth") {
                let (e, be) = self.squash(e, be, lim.min(10.0));
                Self::set_bound(env, &name, b.max(be));
                let f = *self.rng.choice(&["max", "min"]);
                return Stmt::Op {
                    name,
                    op: '=',
                    e: Node::M(f, vec![cur, e]),
                };
            }
            let f = *self.rng.choice(&SQUASH);
            Self::set_bound(env, &name, 1.6);
            return Stmt::Op {
                name,
                op: '=',
                e: m1(f, bin('+', bin('*', konst(0.7), cur), e)),
            };
        }
        // linear overwrite: m = 0.5 * m + e
        let (e, be) = self.expr(env, ed);
        let (e, be) = self.squash(e, be, lim.min(10.0));
        Self::set_bound(env, &name, b + trips as f64 * be);
        let cur = Node::Var(name.clone());
        Stmt::Op {
            name,
            op: '=',
            e: bin('+', bin('*', konst(0.5), cur), e),
        }
    }

    /// The statements of one loop (an integer `let` may come first).
    fn lp(
        &mut self,
        env: &mut Env,
        depth: usize,
        kind: Option<LoopKind>,
        itail: bool,
        focus: Option<&str>,
    ) -> Vec<Stmt> {
        let len = env.len as i64;
        let mut pre = Vec::new();
        let mut kind = match kind {
            Some(k) => k,
            None => {
                let mut kinds = vec![LoopKind::Range];
                if len > 0 && self.on("slices") {
                    kinds.extend([LoopKind::SliceRange, LoopKind::SliceRange, LoopKind::Iter]);
                }
                if self.on("while") {
                    kinds.push(LoopKind::While);
                }
                if env.kparam {
                    kinds.push(LoopKind::KParam);
                }
                if self.on("rev_range") {
                    kinds.push(LoopKind::Rev);
                }
                if len > 0 && self.on("iter_chain") {
                    kinds.push(LoopKind::Chain);
                }
                self.pick(&kinds)
            }
        };
        if kind == LoopKind::While && self.on("inactive_tail") && self.rng.random() < 0.4 {
            kind = LoopKind::WhileTail;
        }
        let shape = match kind {
            LoopKind::Rev => "reversed range, bound mutated".to_string(),
            LoopKind::WhileTail => "while, increment as tail".to_string(),
            k => format!("{k:?} loop"),
        };
        self.shape(&shape);
        if depth > 0 {
            self.shape("nested loop");
        }
        let i = self.fresh("i");
        // Inside the body, a carried value may have grown over earlier iterations: use a
        // pessimistic bound for every mutable value of the enclosing scopes.
        let carried: BTreeSet<String> = env.muts.iter().map(|m| m.0.clone()).collect();
        let grow = |l: &Vec<(String, f64)>| {
            l.iter()
                .map(|(n, b)| {
                    (
                        n.clone(),
                        if carried.contains(n) {
                            (b + 10.0) * 5.0
                        } else {
                            *b
                        },
                    )
                })
                .collect::<Vec<_>>()
        };
        let mut inner = Env {
            vars: grow(&env.vars),
            muts: grow(&env.muts),
            imuts: env.imuts.iter().map(|(n, _)| (n.clone(), 40)).collect(),
            arrs: grow_arrs(&env.arrs),
            cont_ok: true,
            ..env.clone()
        };
        let mut bump = None;
        let mut init = 0;
        let trips: i64;
        let head: Box<dyn FnOnce(Vec<Stmt>) -> Stmt>;
        match kind {
            LoopKind::Range => {
                let lo = self.rng.randint(0, 2);
                let hi = lo + self.rng.randint(1, 4);
                let incl = self.rng.random() < 0.3;
                let maxi;
                if !env.ints.is_empty() && self.rng.random() < 0.3 {
                    // (j + 1)..n with an enclosing counter
                    let (j, jb) = self.pick(&env.ints);
                    trips = 3;
                    maxi = jb + 3;
                    let (i2, lo_s, hi_s) = (i.clone(), format!("({j} + 1)"), (jb + 3).to_string());
                    head = Box::new(move |body| Stmt::For {
                        i: i2,
                        lo: lo_s,
                        hi: hi_s,
                        incl: false,
                        body,
                    });
                } else {
                    trips = hi - lo + i64::from(incl);
                    maxi = hi;
                    let i2 = i.clone();
                    head = Box::new(move |body| Stmt::For {
                        i: i2,
                        lo: lo.to_string(),
                        hi: hi.to_string(),
                        incl,
                        body,
                    });
                }
                inner.ints.push((i.clone(), maxi));
            }
            LoopKind::KParam => {
                let i2 = i.clone();
                head = Box::new(move |body| Stmt::For {
                    i: i2,
                    lo: "0".into(),
                    hi: "nk".into(),
                    incl: false,
                    body,
                });
                trips = 3;
                inner.ints.push((i.clone(), 3));
            }
            LoopKind::SliceRange => {
                let v = self.rng.random();
                let xs = env.slice.clone();
                let (lo, hi, elems) = if v < 0.4 {
                    ("0", format!("{xs}.len()"), vec![i.clone()])
                } else if v < 0.7 {
                    (
                        "0",
                        format!("{xs}.len() - 1"),
                        vec![i.clone(), format!("{i} + 1")],
                    )
                } else if v < 0.85 {
                    (
                        "1",
                        format!("{xs}.len()"),
                        vec![i.clone(), format!("{i} - 1")],
                    )
                } else {
                    (
                        "0",
                        format!("{xs}.len() / 2"),
                        vec![format!("2 * {i} + 1"), format!("2 * {i}")],
                    )
                };
                inner.elems = elems;
                let i2 = i.clone();
                head = Box::new(move |body| Stmt::For {
                    i: i2,
                    lo: lo.into(),
                    hi,
                    incl: false,
                    body,
                });
                trips = len;
                inner.ints.push((i.clone(), len));
            }
            LoopKind::Iter => {
                let xs = env.slice.clone();
                let i2 = i.clone();
                if self.on("iter_ref") && self.rng.random() < 0.4 {
                    head = Box::new(move |body| Stmt::ForRef(i2, xs, body));
                    inner.derefs.push(i.clone());
                } else {
                    head = Box::new(move |body| Stmt::ForIter(i2, xs, body));
                    inner.vars.push((i.clone(), 1.5));
                }
                trips = len;
            }
            LoopKind::Rev => {
                // `let mut n = 3; for i in (0..n).rev() { ..; n += 1; }`: the range is fixed
                // when the loop starts
                let n = self.fresh("n");
                init = self.rng.randint(2, 4);
                let lo = *self.rng.choice(&[0, 0, 1]);
                let incl = self.rng.random() < 0.3;
                pre.push(Stmt::Raw(format!("let mut {n} = {init};")));
                let (i2, n2) = (i.clone(), n.clone());
                head = Box::new(move |body| Stmt::ForRev {
                    i: i2,
                    lo: lo.to_string(),
                    n: n2,
                    incl,
                    body,
                });
                trips = init - lo + i64::from(incl);
                inner.ints.push((i.clone(), init));
                bump = Some(n);
            }
            LoopKind::Chain => {
                let (pat, iter, n) = self.chain_loop_head(env, &mut inner, &i);
                head = Box::new(move |body| Stmt::ForChain(pat, iter, body));
                trips = n;
            }
            LoopKind::WhileTail => {
                // `while i < 3 { ..; i += 1 }`: the increment is the body's tail (no `continue`)
                trips = self.rng.randint(1, 4);
                let i2 = i.clone();
                head = Box::new(move |body| Stmt::WhileTail(i2, trips, body));
                inner.ints.push((i.clone(), trips));
                inner.cont_ok = false;
            }
            LoopKind::While => {
                trips = self.rng.randint(1, 4);
                let i2 = i.clone();
                head = Box::new(move |body| Stmt::While(i2, trips, body));
                inner.ints.push((i.clone(), trips));
            }
        }
        let draw = env.rng && self.rng.random() < 0.3;
        let nstmts = self.rng.randint(1, 2);
        let (mut body, mut benv) = self.block(&inner, nstmts, depth + 1, Some(trips), draw);
        // loop-carried updates of the enclosing mutable variables
        body.extend(self.carried(&mut benv, trips, focus));
        if self.on("break") && kind != LoopKind::Iter && self.rng.random() < 0.35 {
            let c = self.cond(&inner, 1, true);
            let at = self.rng.below(body.len() + 1);
            let jump = if inner.cont_ok {
                *self.rng.choice(&["break", "continue"])
            } else {
                "break"
            };
            // an element written just before the jump (what the body declares may come
            // after it: the scope of the body's start)
            let pre = if self.writable(&inner) && self.rng.random() < 0.4 {
                self.shape(&format!("element write before {jump}"));
                let mut wenv = inner.clone();
                let w = self.write(&mut wenv, Some(trips), None);
                merge_bounds(&mut benv, &wenv, "");
                w.into_iter().collect()
            } else {
                vec![]
            };
            body.insert(at, Stmt::IfJump(c, pre, jump));
        }
        // (a function returning `()` returns no value)
        if self.on("loop_return") && !self.unit && self.rng.random() < 0.12 {
            // at the end of the body, where the body's values are in scope
            let c = self.cond(&benv, 1, true);
            let (e, _) = self.expr(&benv, 2);
            body.push(Stmt::IfRet(c, e));
            self.shape("return inside a loop");
        }
        if let Some(n) = &bump {
            let at = self.rng.below(body.len() + 1);
            body.insert(at, Stmt::Raw(format!("{n} += 1;")));
        }
        if kind == LoopKind::WhileTail {
            body.push(Stmt::Raw(format!("{i} += 1;")));
        } else if itail || (self.on("inactive_tail") && self.rng.random() < 0.2) {
            // `for .. { ..; n += 2 }`
            let (p2, nm) = self.imut(env, false);
            pre.extend(p2);
            body.push(Stmt::Raw(format!("{nm} += {};", self.rng.randint(1, 2))));
            self.shape("inactive tail of a loop");
        }
        if let Some(Stmt::Raw(last)) = body.last() {
            if is_int_bump(last) && self.rng.random() < 0.5 {
                let t = last.trim_end_matches(';').to_string();
                *body.last_mut().expect("non-empty") = Stmt::Raw(t);
            }
        }
        if self.on("block_tail") && self.rng.random() < 0.15 {
            // `for .. { ..; { s += e; } }`: the last statement in a block of its own
            if let Some(last) = body.pop() {
                body.push(Stmt::Block(vec![last]));
                self.shape("nested block as a loop tail");
            }
        }
        // propagate bounds of the outer mutables
        for (nm, b) in &benv.muts {
            Self::set_bound(env, nm, *b);
        }
        for a in env.arrs.iter_mut() {
            if let Some(ai) = benv.arrs.iter().find(|x| x.name == a.name) {
                a.b = ai.b;
                a.active |= ai.active;
            }
        }
        for t in env.imuts.iter_mut() {
            t.1 = 40;
        }
        if let Some(n) = bump {
            env.imuts.push((n, init + trips));
        }
        pre.push(head(body));
        pre
    }

    // ---- the shapes of the "new" features

    fn any_new(&self) -> bool {
        NEW_FEATURES.iter().any(|f| self.on(f))
    }

    fn new_stmt(&mut self, env: &mut Env, depth: usize, lp: Option<i64>) -> Option<Vec<Stmt>> {
        #[derive(Clone, Copy)]
        enum S {
            Overwrite,
            Reset,
            Inactive,
            Match,
            MatchExpr,
            JumpLet,
            Rev,
            Closure,
            Option,
            Cfg,
            Uniform,
            BranchLoop,
            Chain,
            Cast,
            Angles,
            TupleBranch,
            ArrDecl,
            ArrFill,
            ArrCopy,
            ArrAssign,
            ArrShadow,
            Write,
            CallShape,
            DataCall,
            Lend,
            Relend,
        }
        let mut opts: Vec<(f64, S)> = Vec::new();
        if self.on("call_shapes") {
            opts.push((3.0, S::CallShape));
        }
        if self.data_call_fits() {
            // (struct programs, fewer, draw them more often)
            let w = if self.recvs.is_empty() { 2.5 } else { 10.0 };
            opts.push((w, S::DataCall));
        }
        if self.on("float_cast") {
            opts.push((1.0, S::Cast));
        }
        if self.on("angles") {
            opts.push((1.0, S::Angles));
        }
        if self.on("tuple_branch") {
            opts.push((1.0, S::TupleBranch));
        }
        if self.on("overwrite") && !env.muts.is_empty() {
            opts.extend([(2.0, S::Overwrite), (2.0, S::Reset)]);
        }
        if self.on("inactive_tail") {
            opts.push((2.0, S::Inactive));
        }
        if self.on("match") {
            opts.extend([
                (if lp.is_some() { 3.0 } else { 2.0 }, S::Match),
                (2.0, S::MatchExpr),
            ]);
        }
        if self.on("jump_branch") && self.on("break") && lp.is_some() {
            opts.push((3.0, S::JumpLet));
        }
        if self.on("rev_range") && depth < 2 {
            opts.push((1.0, S::Rev));
        }
        if self.on("shadow") {
            opts.extend([(1.0, S::Closure), (1.0, S::Option), (1.0, S::Cfg)]);
        }
        if env.rng {
            opts.push((2.0, S::Uniform));
        }
        if self.on("branch_loop") && depth < 2 {
            opts.push((1.5, S::BranchLoop));
        }
        if self.on("iter_chain") {
            opts.push((2.0, S::Chain));
        }
        if self.on("local_array") {
            let f = self.arr_focus;
            if self.arrays < MAX_ARRAYS {
                opts.push((2.5 * f, S::ArrDecl));
                if depth < 2 {
                    opts.push((1.5 * f, S::ArrFill));
                }
                if env.arrs.iter().any(|a| !a.vec) {
                    opts.push((2.0 * f, S::ArrCopy));
                }
            }
            if env.arrs.iter().any(|a| a.mutable && !a.vec) {
                opts.push((1.5 * f, S::ArrAssign));
            }
            if !env.arrs.is_empty() && self.writable(env) {
                opts.push((2.0 * f, S::ArrShadow));
            }
        }
        if self.on("lent_array") {
            if self.arrays < MAX_ARRAYS {
                opts.push((1.5, S::Lend));
            }
            if env.arrs.iter().any(|a| self.lendable.contains(&a.name)) {
                opts.push((3.0, S::Relend));
            }
        }
        if self.writable(env) {
            opts.push((4.0 * self.arr_focus, S::Write));
        }
        if opts.is_empty() {
            return None;
        }
        let mut r = self.rng.random() * opts.iter().map(|o| o.0).sum::<f64>();
        let mut pick = opts[opts.len() - 1].1;
        for (w, s) in &opts {
            r -= w;
            if r < 0.0 {
                pick = *s;
                break;
            }
        }
        Some(match pick {
            S::Overwrite => self.s_overwrite(env, lp, None),
            S::Reset => self.s_reset(env, lp, None),
            S::Inactive => self.s_inactive(env, depth),
            S::Match => self.s_match(env, depth, lp),
            S::MatchExpr => self.s_match_expr(env),
            S::JumpLet => self.s_jump_let(env),
            S::Rev => self.loop_stmt(env, depth, Some(LoopKind::Rev), false),
            S::Closure => self.s_closure(env),
            S::Option => self.s_option(env),
            S::Cfg => self.s_cfg(env, lp),
            S::Uniform => self.s_uniform(env, lp),
            S::BranchLoop => self.s_branch_loop(env, depth, lp),
            S::Chain => self.s_chain(env),
            S::Cast => self.s_cast(env),
            S::Angles => self.s_angles(env),
            S::TupleBranch => self.s_tuple_branch(env),
            S::ArrDecl => self.s_arr_decl(env, lp),
            S::ArrFill => {
                if lp.is_some() {
                    self.shape("buffer filled by a loop inside a loop");
                }
                self.s_arr_fill(env)
            }
            S::ArrCopy => self.s_arr_copy(env, lp),
            S::ArrAssign => self.s_arr_assign(env),
            S::ArrShadow => self.s_arr_shadow(env, lp),
            S::Write => self.s_write(env, lp),
            S::CallShape => self.s_call_shape(env),
            S::DataCall => self.s_data_call(env),
            S::Lend => self.s_lend(env, lp),
            S::Relend => self.s_relend(env, lp),
        })
    }

    /// `let a = (e as f64) op e2;` (rendered without the cast in generic programs).
    fn s_cast(&mut self, env: &mut Env) -> Vec<Stmt> {
        self.shape("float cast");
        let (e, b) = self.expr(env, 2);
        let (e2, b2) = self.expr(env, 1);
        let name = self.fresh("a");
        env.vars.push((name.clone(), b + b2));
        vec![Stmt::Let {
            name,
            e: bin('+', Node::Cast(Box::new(e)), e2),
            mutable: false,
            annot: false,
        }]
    }

    /// `let a = e.to_radians();`, `let a = (0.02 * e).to_degrees();` or
    /// `let (s, c) = e.sin_cos();`.
    fn s_angles(&mut self, env: &mut Env) -> Vec<Stmt> {
        let (e, b) = self.expr(env, 2);
        let r = self.rng.random();
        if r < 0.5 {
            self.shape("sin_cos");
            let (sn, cn) = (self.fresh("s"), self.fresh("c"));
            env.vars.push((sn.clone(), 1.0));
            env.vars.push((cn.clone(), 1.0));
            return vec![Stmt::SinCos(sn, cn, e)];
        }
        self.shape("to_radians / to_degrees");
        let name = self.fresh("a");
        let (node, bound) = if r < 0.75 {
            (Node::Angle("to_radians", Box::new(e)), b * 0.02)
        } else {
            let small = bin('*', konst(0.02), e);
            (Node::Angle("to_degrees", Box::new(small)), b * 1.2)
        };
        env.vars.push((name.clone(), bound));
        vec![Stmt::Let {
            name,
            e: node,
            mutable: false,
            annot: false,
        }]
    }

    /// `let (a, b) = if c { (e1, e2) } else { (e3, e4) };`
    fn s_tuple_branch(&mut self, env: &mut Env) -> Vec<Stmt> {
        self.shape("tuple let from an if");
        let c = self.cond(env, 1, true);
        let mut parts = Vec::new();
        let mut bounds = [0.0_f64; 2];
        for k in 0..4 {
            let (e, b) = self.expr(env, 2);
            bounds[k % 2] = bounds[k % 2].max(b);
            parts.push(e);
        }
        let (n1, n2) = (self.fresh("u"), self.fresh("w"));
        env.vars.push((n1.clone(), bounds[0]));
        env.vars.push((n2.clone(), bounds[1]));
        let mut it = parts.into_iter();
        let mut next = || it.next().expect("four parts");
        let parts = [next(), next(), next(), next()];
        vec![Stmt::TupleIf(n1, n2, c, Box::new(parts))]
    }

    /// The update of a `mut` parameter, at the top of the body.
    pub fn param_update(&mut self, env: &mut Env, name: &str) -> Stmt {
        self.shape("mut parameter");
        self.update(env, 2, None, Some(name))
    }

    /// `if c { <a loop> }` (sometimes with an update in `else`): the loop's own locals
    /// stay in the branch; the enclosing values it updates keep the larger bound of the
    /// two paths.
    fn s_branch_loop(&mut self, env: &mut Env, depth: usize, lp: Option<i64>) -> Vec<Stmt> {
        self.shape("loop inside a branch");
        let c = if !env.ints.is_empty() && self.rng.random() < 0.7 {
            let (i, hi) = self.pick(&env.ints);
            Cond::Icmp(format!(
                "{i} % 2 == {}",
                self.rng.randint(0, hi.clamp(0, 1))
            ))
        } else {
            self.cond(env, 1, true)
        };
        let mut inner = env.clone();
        let then_b = self.loop_stmt(&mut inner, depth, None, false);
        let merge = |outer: &mut Vec<(String, f64)>, inner: &[(String, f64)]| {
            for (n, b) in outer.iter_mut() {
                if let Some((_, bi)) = inner.iter().find(|(m, _)| m == n) {
                    *b = b.max(*bi);
                }
            }
        };
        merge(&mut env.vars, &inner.vars);
        merge(&mut env.muts, &inner.muts);
        merge_arrs(&mut env.arrs, &inner.arrs, "");
        for (n, b) in env.imuts.iter_mut().chain(env.ints.iter_mut()) {
            if let Some((_, bi)) = inner.imuts.iter().chain(&inner.ints).find(|(m, _)| m == n) {
                *b = (*b).max(*bi);
            }
        }
        let else_b = if !env.muts.is_empty() && self.rng.random() < 0.4 {
            vec![self.update(env, 1, lp, None)]
        } else {
            vec![]
        };
        vec![Stmt::If(c, then_b, else_b)]
    }

    /// Loop-carried updates; `focus` (the accumulator of a trailing loop) is updated first.
    fn carried(&mut self, env: &mut Env, trips: i64, focus: Option<&str>) -> Vec<Stmt> {
        let mut out = Vec::new();
        let n = self.rng.randint(1, 2);
        for j in 0..n {
            let name = if j == 0 { focus } else { None };
            if name.is_none() && self.writable(env) && self.rng.random() < 0.35 {
                // a buffer written in the loop (read in later iterations, or after it)
                self.shape("element write in a loop");
                out.extend(self.write(env, Some(trips), None));
                continue;
            }
            let r = if self.on("overwrite") {
                self.rng.random()
            } else {
                1.0
            };
            if self.on("overwrite") && r < (if name.is_some() { 0.6 } else { 0.15 }) {
                if self.rng.random() < 0.5 {
                    out.extend(self.s_overwrite(env, Some(trips), name));
                } else {
                    out.extend(self.s_reset(env, Some(trips), name));
                }
            } else {
                let ed = self.rng.randint(1, 2);
                out.push(self.update(env, ed, Some(trips), name));
            }
        }
        out
    }

    /// `s = x * e;`: a carried value overwritten without being read.
    fn s_overwrite(&mut self, env: &mut Env, lp: Option<i64>, name: Option<&str>) -> Vec<Stmt> {
        self.shape("overwrite");
        let (name, b) = self.pick_mut(env, name);
        let env2 = env_without(env, &name);
        let d = self.rng.randint(1, 2);
        let (mut e, mut be) = self.expr(&env2, d);
        if self.rng.random() < 0.5 {
            let (a, ba) = self.leaf(&env2);
            (e, be) = (bin('*', a, e), ba * be);
        }
        let (e, be) = self.squash(e, be, if lp.is_some() { 3.0 } else { 20.0 });
        Self::set_bound(env, &name, b.max(be));
        vec![Stmt::Op { name, op: '=', e }]
    }

    /// `if i == 2 { s = 0.0; }` followed by `s += e;`.
    fn s_reset(&mut self, env: &mut Env, lp: Option<i64>, name: Option<&str>) -> Vec<Stmt> {
        self.shape("reset");
        let (name, b) = self.pick_mut(env, name);
        let c = if !env.ints.is_empty() && self.rng.random() < 0.8 {
            let (i, hi) = self.pick(&env.ints);
            Cond::Icmp(format!("{i} == {}", self.rng.randint(0, hi.clamp(0, 3))))
        } else {
            self.cond(env, 1, true)
        };
        let val = *self.rng.choice(&[0.0, 0.0, 1.0, 0.5]);
        let mut out = vec![Stmt::If(
            c,
            vec![Stmt::Op {
                name: name.clone(),
                op: '=',
                e: konst(val),
            }],
            vec![],
        )];
        if self.rng.random() < 0.7 {
            let d = self.rng.randint(1, 2);
            let (e, be) = self.expr(env, d);
            let (e, be) = self.squash(e, be, if lp.is_some() { 0.0 } else { 20.0 });
            Self::set_bound(env, &name, b + lp.unwrap_or(1) as f64 * be);
            let op = *self.rng.choice(&['+', '-']);
            out.push(Stmt::Op { name, op, e });
        } else {
            let d = self.rng.randint(1, 2);
            out.push(self.update(env, d, lp, Some(&name)));
        }
        out
    }

    /// An inactive integer `let mut` (an existing one, or a new one declared first).
    fn imut(&mut self, env: &mut Env, fresh: bool) -> (Vec<Stmt>, String) {
        if !env.imuts.is_empty() && !fresh && self.rng.random() < 0.6 {
            return (vec![], self.pick(&env.imuts).0);
        }
        let nm = self.fresh("n");
        env.imuts.push((nm.clone(), 40));
        let ty = *self.rng.choice(&["", "", ": usize"]);
        let init = *self.rng.choice(&["0", "0", "1", "0usize"]);
        (vec![Stmt::Raw(format!("let mut {nm}{ty} = {init};"))], nm)
    }

    fn semi(&mut self) -> &'static str {
        if self.rng.random() < 0.5 {
            ";"
        } else {
            ""
        }
    }

    /// Integer statements as block tails: `for .. { n += 2 }`, `while i < 3 { ..; i += 1 }`,
    /// `if c { k += 1 } else { k += 2 }`.
    fn s_inactive(&mut self, env: &mut Env, depth: usize) -> Vec<Stmt> {
        let v = self.rng.random();
        if v < 0.2 && depth < 2 {
            let (mut pre, nm) = self.imut(env, false);
            let (i, hi) = (self.fresh("i"), self.rng.randint(1, 4));
            let s = format!("{nm} += {}{}", self.rng.randint(1, 2), self.semi());
            pre.push(Stmt::For {
                i,
                lo: "0".into(),
                hi: hi.to_string(),
                incl: false,
                body: vec![Stmt::Raw(s)],
            });
            return pre;
        }
        if v < 0.35 && depth < 2 {
            return self.loop_stmt(env, depth, Some(LoopKind::Range), true);
        }
        if v < 0.5 && depth < 2 && self.on("while") {
            return self.loop_stmt(env, depth, Some(LoopKind::WhileTail), false);
        }
        let (mut pre, nm) = self.imut(env, false);
        if v < 0.9 {
            let c = self.cond(env, 1, true);
            let a = vec![Stmt::Raw(format!("{nm} += 1{}", self.semi()))];
            let b = if self.rng.random() < 0.7 {
                vec![Stmt::Raw(format!("{nm} += 2{}", self.semi()))]
            } else {
                vec![]
            };
            self.shape("inactive if/else");
            pre.push(Stmt::If(c, a, b));
            return pre;
        }
        pre.push(Stmt::Raw(format!("{nm} += {};", self.rng.randint(1, 3))));
        pre
    }

    /// (statements, an integer expression, its bound): a counter, or a new `let`.
    fn scrutinee(&mut self, env: &mut Env) -> (Vec<Stmt>, String, i64) {
        let mut ints = env.ints.clone();
        ints.extend(env.imuts.iter().cloned());
        if !ints.is_empty() && self.rng.random() < 0.85 {
            let (nm, b) = self.pick(&ints);
            let r = self.rng.random();
            if r < 0.6 {
                return (vec![], nm, b);
            }
            if r < 0.8 {
                return (vec![], format!("{nm} % 3"), 2);
            }
            return (vec![], format!("{nm} + 1"), b + 1);
        }
        let nm = self.fresh("j");
        let r = self.rng.random();
        let (src, b) = if env.kparam && r < 0.4 {
            (format!("nk % {}", self.rng.randint(2, 4)), 3)
        } else if !env.fconsts.is_empty() && r < 0.7 {
            let (u, ub) = self.pick(&env.fconsts);
            (format!("({u} * 3.0) as usize"), (3.0 * ub) as i64 + 1)
        } else {
            let b = self.rng.randint(0, 3);
            (b.to_string(), b)
        };
        env.ints.push((nm.clone(), b));
        (vec![Stmt::Raw(format!("let {nm} = {src};"))], nm, b)
    }

    fn patterns(&mut self, b: i64, n: usize) -> Vec<String> {
        self.rng
            .sample(b.max(n as i64), n)
            .iter()
            .map(|v| v.to_string())
            .collect()
    }

    /// `match k { 0 => n += 1, 1 => break, 2 => continue, 3 => {} _ => { s += e; } }`,
    /// with a `return e` arm at the top level.
    fn s_match(&mut self, env: &mut Env, depth: usize, lp: Option<i64>) -> Vec<Stmt> {
        self.shape("match statement");
        let (mut pre, scr, b) = self.scrutinee(env);
        let n = self.rng.randint(1, 3) as usize;
        let mut pats = self.patterns(b, n);
        if pats.len() >= 2 && self.rng.random() < 0.25 {
            let joined = format!("{} | {}", pats[0], pats[1]);
            pats.splice(0..2, [joined]);
        }
        let mut kinds = vec![ArmKind::Inc, ArmKind::Empty, ArmKind::Stmts, ArmKind::Stmts];
        if lp.is_some() {
            kinds.push(ArmKind::Break);
            kinds.push(if env.cont_ok {
                ArmKind::Continue
            } else {
                ArmKind::Break
            });
        } else if depth == 0 && self.on("early_return") && !self.unit {
            kinds.push(ArmKind::Return);
        }
        if self.writable(env) {
            kinds.push(ArmKind::Set);
        }
        let mut arms = Vec::new();
        for p in pats {
            let k = self.pick(&kinds);
            if k == ArmKind::Return {
                kinds.retain(|x| *x != ArmKind::Return);
            }
            arms.push(self.match_arm(env, None, p, k, lp, &mut pre));
        }
        // the catch-all never diverges; sometimes it binds the value, shadowing a name
        let k = *self
            .rng
            .choice(&[ArmKind::Stmts, ArmKind::Empty, ArmKind::Inc]);
        if self.rng.random() < 0.3 {
            let bind = self.shadow_name(env);
            arms.push(self.match_arm(env, Some((bind.clone(), b)), bind, k, lp, &mut pre));
        } else {
            arms.push(self.match_arm(env, None, "_".into(), k, lp, &mut pre));
        }
        pre.push(Stmt::Match(scr, arms));
        pre
    }

    fn match_arm(
        &mut self,
        env: &mut Env,
        bind: Option<(String, i64)>,
        pat: String,
        mut kind: ArmKind,
        lp: Option<i64>,
        pre: &mut Vec<Stmt>,
    ) -> (String, MArm) {
        let mut aenv = match &bind {
            Some((name, b)) => {
                let mut e = env_without(env, name);
                e.ints.push((name.clone(), *b));
                e
            }
            None => env.clone(),
        };
        if kind == ArmKind::Stmts && aenv.muts.is_empty() {
            kind = ArmKind::Inc;
        }
        let label = match kind {
            ArmKind::Inc => "inc",
            ArmKind::Empty => "empty",
            ArmKind::Stmts => "stmts",
            ArmKind::Break => "break",
            ArmKind::Continue => "continue",
            ArmKind::Return => "return",
            ArmKind::Set => "element write",
        };
        self.shape(&format!("match arm: {label}"));
        match kind {
            ArmKind::Inc => {
                let (p2, nm) = self.imut(env, false);
                pre.extend(p2);
                (
                    pat,
                    MArm::Raw(format!("{nm} += {}", self.rng.randint(1, 2))),
                )
            }
            ArmKind::Empty => (pat, MArm::Raw("{}".into())),
            ArmKind::Break | ArmKind::Continue => (pat, MArm::Raw(label.into())),
            ArmKind::Return => {
                let (e, _) = self.expr(&aenv, 2);
                (pat, MArm::Ret(e))
            }
            ArmKind::Set => match self.write(&mut aenv, lp, None) {
                Some(w) => {
                    merge_bounds(env, &aenv, bind.as_ref().map_or("", |b| b.0.as_str()));
                    (pat, MArm::Set(Box::new(w)))
                }
                None => (pat, MArm::Raw("{}".into())),
            },
            ArmKind::Stmts => {
                let n = self.rng.randint(1, 2);
                let mut st = Vec::new();
                for _ in 0..n {
                    if self.writable(&aenv) && self.rng.random() < 0.3 {
                        self.shape("element write in a match arm");
                        st.extend(self.write(&mut aenv, lp, None));
                        continue;
                    }
                    let d = self.rng.randint(1, 2);
                    st.push(self.update(&mut aenv, d, lp, None));
                }
                merge_arrs(&mut env.arrs, &aenv.arrs, "");
                if bind.is_none() {
                    env.vars = aenv.vars;
                    env.muts = aenv.muts;
                } else {
                    for (nm, bb) in &aenv.muts {
                        if let Some(old) = env.muts.iter().find(|t| &t.0 == nm).map(|t| t.1) {
                            Self::set_bound(env, nm, bb.max(old));
                        }
                    }
                }
                (pat, MArm::Stmts(st))
            }
        }
    }

    /// A name in scope to shadow (an active value, a counter), or a fresh one.
    fn shadow_name(&mut self, env: &Env) -> String {
        let cands: Vec<String> = env
            .vars
            .iter()
            .map(|t| t.0.clone())
            .chain(env.ints.iter().map(|t| t.0.clone()))
            .filter(|n| n != "k")
            .collect();
        if !cands.is_empty() && self.rng.random() < 0.75 {
            return self.pick(&cands);
        }
        self.fresh("v")
    }

    /// `let a = <chain>;`: a reduction of an iterator chain over the slice (or, in a
    /// program without one, a range), its closure's parameters sometimes shadowing names
    /// in scope.
    fn s_chain(&mut self, env: &mut Env) -> Vec<Stmt> {
        self.shape("iterator chain");
        let (iter, pat, cenv, n) = self.chain_head(env);
        let d = self.rng.randint(1, 2);
        self.in_chain += 1;
        let (body, bb) = self.expr(&cenv, d);
        self.in_chain -= 1;
        let r = self.rng.random();
        let (reduce, body, bound) = if r < 0.45 {
            (Reduce::Sum, body, n as f64 * bb)
        } else if r < 0.6 {
            let f = bin('+', konst(1.0), bin('*', konst(0.3), m1("sin", body)));
            (Reduce::Product, f, 1.3f64.powi(n as i32))
        } else if r < 0.8 || !self.on("nonsmooth") {
            let (body, bb) = self.squash(body, bb, 3.0);
            (Reduce::Geometric, body, 0.25 + 2.0 * bb)
        } else {
            (Reduce::Max, body, bb)
        };
        let name = self.fresh("a");
        env.vars.push((name.clone(), bound));
        let annot = self.rng.random() < 0.3;
        let chain = Chain {
            iter,
            pat,
            body,
            reduce,
        };
        vec![Stmt::Let {
            name,
            e: Node::Chain(Box::new(chain)),
            mutable: false,
            annot,
        }]
    }

    /// A closure parameter: a fresh name, or one in scope (shadowed in the closure only).
    fn chain_param(&mut self, env: &Env, base: &str) -> String {
        let name = self.shadow_name(env);
        if name.starts_with('x') || name == env.slice || self.rng.random() < 0.5 {
            return self.fresh(base);
        }
        name
    }

    /// The iterator of a chain (never empty), its closure's pattern, the scope its body
    /// sees and the number of elements.
    fn chain_head(&mut self, env: &Env) -> (String, String, Env, usize) {
        let (xs, len) = (env.slice.clone(), env.len);
        if len == 0 {
            let j = self.fresh("j");
            let n = self.rng.randint(2, 4);
            let mut cenv = env_without(env, &j);
            cenv.ints.push((j.clone(), n - 1));
            return (format!("(0..{n})"), j, cenv, n as usize);
        }
        let v = self.chain_param(env, "v");
        let mut cenv = env_without(env, &v);
        cenv.vars.push((v.clone(), 1.5));
        let r = self.rng.below(8);
        match r {
            0 => (format!("{xs}.iter()"), format!("&{v}"), cenv, len),
            1 => (format!("{xs}.iter().copied().rev()"), v, cenv, len),
            2 => {
                let i = self.fresh("i");
                cenv.ints.push((i.clone(), len as i64 - 1));
                (
                    format!("{xs}.iter().enumerate()"),
                    format!("({i}, &{v})"),
                    cenv,
                    len,
                )
            }
            3 => {
                let b = self.fresh("b");
                cenv.vars.push((b.clone(), 1.5));
                (
                    format!("{xs}.iter().zip({xs}.iter().skip(1))"),
                    format!("(&{v}, &{b})"),
                    cenv,
                    len - 1,
                )
            }
            4 | 5 => {
                // a window or chunk: its elements `w[0]`, `w[1]`
                let w = self.fresh("w");
                let mut cenv = env.clone();
                cenv.slice = w.clone();
                cenv.elems = vec!["0".into(), "1".into()];
                cenv.len = 2;
                // (not `x`: no copy of `x` from it)
                cenv.xarr = None;
                if r == 4 {
                    (format!("{xs}.windows(2)"), w, cenv, len - 1)
                } else {
                    (format!("{xs}.chunks_exact(2)"), w, cenv, len / 2)
                }
            }
            6 => (
                format!("{xs}[1..].iter().step_by(2)"),
                format!("&{v}"),
                cenv,
                len / 2,
            ),
            _ => {
                let i = self.fresh("i");
                cenv.ints.push((i.clone(), len as i64 - 1));
                (
                    format!("{xs}.iter().enumerate().filter(|({i}, _)| {i} % 2 == 0)"),
                    format!("({i}, &{v})"),
                    cenv,
                    len.div_ceil(2),
                )
            }
        }
    }

    /// The head of a `for` loop over an adapted iterator of the slice: its pattern, its
    /// iterator and its trip count; the names it binds go into `inner`.
    fn chain_loop_head(&mut self, env: &Env, inner: &mut Env, i: &str) -> (String, String, i64) {
        let (xs, len) = (env.slice.clone(), env.len as i64);
        let v = self.fresh("v");
        match self.rng.below(5) {
            0 => {
                inner.ints.push((i.to_string(), len - 1));
                inner.vars.push((v.clone(), 1.5));
                (
                    format!("({i}, &{v})"),
                    format!("{xs}.iter().enumerate().skip(1)"),
                    len - 1,
                )
            }
            1 => {
                // the body reads the window through `w[j]`, `w.len()`, loops and chains over `w`
                inner.slice = i.to_string();
                inner.elems = vec!["0".into(), "1".into()];
                inner.len = 2;
                inner.xarr = None;
                (i.to_string(), format!("{xs}.windows(2)"), len - 1)
            }
            2 => {
                inner.vars.push((v.clone(), 1.5));
                (
                    format!("&{v}"),
                    format!("{xs}.iter().rev().step_by(2)"),
                    (len + 1) / 2,
                )
            }
            3 => {
                let b = self.fresh("b");
                inner.vars.push((v.clone(), 1.5));
                inner.vars.push((b.clone(), 1.5));
                (
                    format!("(&{v}, &{b})"),
                    format!("{xs}.iter().zip({xs}[1..].iter())"),
                    len - 1,
                )
            }
            _ => {
                // chunks of 2: the last one may hold 1 element, read as `c[0]` only
                inner.slice = i.to_string();
                inner.elems = vec!["0".into()];
                inner.len = 0;
                inner.xarr = None;
                (i.to_string(), format!("{xs}.chunks(2)"), (len + 1) / 2)
            }
        }
    }

    /// `let y = match k { 0 => e1, 1 => e2, _ => e3 };`
    fn s_match_expr(&mut self, env: &mut Env) -> Vec<Stmt> {
        self.shape("match expression");
        let (mut pre, scr, b) = self.scrutinee(env);
        let n = self.rng.randint(1, 3) as usize;
        let mut pats = self.patterns(b, n);
        pats.push("_".into());
        let mut arms = Vec::new();
        let mut bd = 0.0f64;
        for p in pats {
            let d = self.rng.randint(1, 2);
            let (e, be) = self.expr(env, d);
            arms.push((p, Arm::E(Box::new(e))));
            bd = bd.max(be);
        }
        let name = self.fresh("a");
        env.vars.push((name.clone(), bd));
        let annot = self.rng.random() < 0.2;
        pre.push(Stmt::Let {
            name,
            e: Node::Match(scr, arms),
            mutable: false,
            annot,
        });
        pre
    }

    /// `let k = if i > 1 { break } else { i };`, `let k = match i { 3 => continue, _ => i };`
    /// and the same with an active value in the other branch.
    fn s_jump_let(&mut self, env: &mut Env) -> Vec<Stmt> {
        self.shape("jump branch in let");
        let jump = if env.cont_ok && self.rng.random() < 0.5 {
            "continue"
        } else {
            "break"
        };
        let active = self.rng.random() < 0.5 || env.ints.is_empty();
        let mut pre = Vec::new();
        let (val, mut bv): (Arm, f64);
        // over a generic `T`, the macro's placeholder for the branch that jumps needs
        // `T: Default` when the value reads an inactive local array: only active ones
        let mut venv = env.clone();
        if self.generic {
            venv.arrs.retain(|a| a.active);
        }
        if active {
            let d = self.rng.randint(1, 2);
            let (e, b) = self.expr(&venv, d);
            (val, bv) = (Arm::E(Box::new(e)), b);
        } else {
            let (i, hi) = self.pick(&env.ints);
            let opts = [
                (i.clone(), hi),
                (format!("{i} + 1"), hi + 1),
                (format!("2 * {i}"), 2 * hi),
            ];
            let (s, b) = self.pick(&opts);
            (val, bv) = (Arm::Raw(s), b as f64);
        }
        let node = if !env.ints.is_empty() && self.rng.random() < 0.5 {
            let (p, scr, b) = self.scrutinee(env);
            pre = p;
            let n = self.rng.randint(1, 2) as usize;
            let pats = self.patterns(b, n);
            let mut arms: Vec<(String, Arm)> = pats
                .into_iter()
                .map(|p| (p, Arm::Raw(jump.into())))
                .collect();
            if self.rng.random() < 0.4 && active {
                let (e2, b2) = self.expr(&venv, 1);
                let last = arms.len() - 1;
                arms[last].1 = Arm::E(Box::new(e2));
                bv = bv.max(b2);
            }
            arms.push(("_".into(), val));
            Node::Match(scr, arms)
        } else {
            let c = Box::new(self.cond(env, 1, true));
            if self.rng.random() < 0.6 {
                Node::Jif(c, Arm::Raw(jump.into()), val)
            } else {
                Node::Jif(c, val, Arm::Raw(jump.into()))
            }
        };
        if active {
            let name = self.fresh("a");
            env.vars.push((name.clone(), bv));
            let annot = self.rng.random() < 0.2;
            pre.push(Stmt::Let {
                name,
                e: node,
                mutable: false,
                annot,
            });
            return pre;
        }
        let name = if self.rng.random() < 0.4 {
            "k".to_string()
        } else {
            self.fresh("k")
        };
        env.ints.retain(|t| t.0 != name);
        env.ints.push((name.clone(), bv as i64));
        pre.push(Stmt::Let {
            name,
            e: node,
            mutable: false,
            annot: false,
        });
        pre
    }

    /// `let q: f64 = (0..3).map(|k| W[k]).sum();`: the closure's parameter shadows a name.
    fn s_closure(&mut self, env: &mut Env) -> Vec<Stmt> {
        self.shape("closure parameter shadowing");
        let p = if self.rng.random() < 0.8 {
            self.shadow_name(env)
        } else {
            "k".to_string()
        };
        let small: Vec<(String, i64)> = env
            .ints
            .iter()
            .filter(|(n, b)| *b <= 6 && *n != p)
            .cloned()
            .collect();
        let (rs, cnt, incl) = if !small.is_empty() && self.rng.random() < 0.4 {
            let (j, b) = self.pick(&small);
            (format!("(0..={j})"), b + 1, true)
        } else {
            let cnt = self.rng.randint(2, 6);
            (format!("(0..{cnt})"), cnt, false)
        };
        let body = *self.rng.choice(&[
            "W[{p}]",
            "W[{p}] * V[{p}]",
            "V[{p}] + {p} as f64 * 0.25",
            "W[7 - {p}]",
        ]);
        let body = if incl {
            body.replace("[{p}]", "[{p} % 8]")
                .replace("[7 - {p}]", "[7 - {p} % 8]")
        } else {
            body.to_string()
        };
        let body = body.replace("{p}", &p);
        let src = if self.rng.random() < 0.3 {
            let mut acc = self.shadow_name(env);
            if acc == p {
                acc = self.fresh("v");
            }
            format!("{rs}.fold(0.0, |{acc}, {p}| {acc} + {body})")
        } else {
            format!("{rs}.map(|{p}| {body}).sum()")
        };
        let name = self.fresh("q");
        let b = 3.0 * cnt as f64;
        env.fconsts.push((name.clone(), b));
        let mut out = vec![Stmt::Raw(format!("let {name}: f64 = {src};"))];
        out.extend(self.use_fconst(env, &name, b));
        out
    }

    /// A statement using an inactive f64 right away (sometimes).
    fn use_fconst(&mut self, env: &mut Env, name: &str, b: f64) -> Vec<Stmt> {
        if self.rng.random() < 0.4 {
            return vec![];
        }
        let d = self.rng.randint(1, 2);
        let (e, be) = self.expr(env, d);
        let (e, be) = self.squash(e, be, 3.0);
        if !env.muts.is_empty() && self.rng.random() < 0.5 {
            let (m, mb) = self.pick(&env.muts);
            let mut s = Node::Fc(name.to_string());
            if b > 3.0 {
                s = m1("tanh", s);
            }
            Self::set_bound(env, &m, mb + 3.0 * be);
            return vec![Stmt::Op {
                name: m,
                op: '+',
                e: bin('*', s, e),
            }];
        }
        let a = self.fresh("a");
        env.vars.push((a.clone(), be * b));
        vec![Stmt::Let {
            name: a,
            e: bin('*', Node::Fc(name.to_string()), e),
            mutable: false,
            annot: false,
        }]
    }

    /// `let v = e; let q = match opt { Some(v) => v, None => 0.5 };` with an inactive
    /// `opt: Option<f64>` built from a counter; or arms with active values.
    fn s_option(&mut self, env: &mut Env) -> Vec<Stmt> {
        self.shape("match binding shadowing");
        let (mut pre, scr, _) = self.scrutinee(env);
        let o = self.fresh("o");
        let i = if scr.contains(' ') {
            format!("({scr})")
        } else {
            scr
        };
        let src = if self.rng.random() < 0.5 {
            format!("if {i} % 2 == 0 {{ Some(W[{i} % 8]) }} else {{ None }}")
        } else {
            format!("if {i} > 1 {{ None }} else {{ Some(V[{i} % 8]) }}")
        };
        pre.push(Stmt::Raw(format!("let {o}: Option<f64> = {src};")));
        let bind = if self.rng.random() < 0.3 {
            let bind = self.fresh("v");
            let (e, be) = self.expr(env, 1);
            env.vars.push((bind.clone(), be));
            pre.push(Stmt::Let {
                name: bind.clone(),
                e,
                mutable: false,
                annot: false,
            });
            bind
        } else {
            self.shadow_name(env)
        };
        if self.rng.random() < 0.5 {
            let q = self.fresh("q");
            let d = fmt_f(*self.rng.choice(&[0.5, -0.25, 1.0]));
            pre.push(Stmt::Raw(format!(
                "let {q}: f64 = match {o} {{ Some({bind}) => {bind}, None => {d} }};"
            )));
            env.fconsts.push((q.clone(), 1.5));
            pre.extend(self.use_fconst(env, &q, 1.5));
            return pre;
        }
        let mut aenv = env_without(env, &bind);
        aenv.fconsts.push((bind.clone(), 1.5));
        let d = self.rng.randint(1, 2);
        let (e1, b1) = self.expr(&aenv, d);
        let op = *self.rng.choice(&['+', '*']);
        let some = bin(op, Node::Fc(bind.clone()), e1);
        let d = self.rng.randint(1, 2);
        let (e2, b2) = self.expr(env, d);
        let a = self.fresh("a");
        env.vars.push((a.clone(), (1.5 * b1 + 1.5).max(b2)));
        let annot = self.rng.random() < 0.2;
        pre.push(Stmt::Let {
            name: a,
            e: Node::OptMatch(o, bind, Box::new(some), Box::new(e2)),
            mutable: false,
            annot,
        });
        pre
    }

    /// `let k = i + 1; let k = k * 2; .. weight(Cfg { k })` (field-init shorthand).
    fn s_cfg(&mut self, env: &mut Env, lp: Option<i64>) -> Vec<Stmt> {
        self.shape("Cfg { k } shorthand");
        let r = self.rng.random();
        let (src, b) = if !env.ints.is_empty() && r < 0.6 {
            let (i, b) = self.pick(&env.ints);
            let opts = [
                (format!("{i} + 1"), b + 1),
                (i.clone(), b),
                (format!("{i} % 3"), 2),
            ];
            self.pick(&opts)
        } else if env.kparam && r < 0.8 {
            ("nk".to_string(), 3)
        } else {
            let b = self.rng.randint(0, 3);
            (b.to_string(), b)
        };
        let mut out = vec![
            Stmt::Raw(format!("let k = {src};")),
            Stmt::Raw("let k = k * 2;".into()),
        ];
        env.ints.retain(|t| t.0 != "k");
        env.ints.push(("k".into(), 2 * b));
        let d = self.rng.randint(1, 2);
        let (e, be) = self.expr(env, d);
        let (e, be) = self.squash(e, be, 3.0);
        if !env.muts.is_empty() && self.rng.random() < 0.5 {
            let (m, mb) = self.pick(&env.muts);
            Self::set_bound(env, &m, mb + 2.0 * be * lp.unwrap_or(1) as f64);
            out.push(Stmt::Op {
                name: m,
                op: '+',
                e: bin('*', Node::Weight, e),
            });
            return out;
        }
        let a = self.fresh("a");
        env.vars.push((a.clone(), 2.0 * be));
        out.push(Stmt::Let {
            name: a,
            e: bin('*', e, Node::Weight),
            mutable: false,
            annot: false,
        });
        out
    }

    /// `let u = rng.uniform();` in the current scope, inside an `if`, or deciding one.
    pub fn s_uniform(&mut self, env: &mut Env, lp: Option<i64>) -> Vec<Stmt> {
        self.shape("rng.uniform()");
        let u = self.fresh("u");
        let ty = if self.rng.random() < 0.3 { ": f64" } else { "" };
        if ty.is_empty() {
            self.untyped.insert(u.clone());
        }
        let draw = Stmt::Raw(format!("let {u}{ty} = rng.uniform();"));
        let v = self.rng.random();
        if v < 0.4 || env.muts.is_empty() {
            env.fconsts.push((u.clone(), 1.0));
            let mut out = vec![draw];
            out.extend(self.use_fconst(env, &u, 1.0));
            if self.rng.random() < 0.25 {
                let j = self.fresh("j");
                out.push(Stmt::Raw(format!("let {j} = ({u} * 3.0) as usize;")));
                env.ints.push((j, 2));
            }
            return out;
        }
        if v < 0.75 {
            let c = self.cond(env, 1, true);
            // the branch's draw is in scope in the branch only; bounds are shared with env
            let mut s1 = vec![draw];
            s1.extend(self.use_update(env, &u, lp));
            let mut s2 = vec![];
            if self.rng.random() < 0.4 {
                let u2 = self.fresh("u");
                self.untyped.insert(u2.clone());
                s2.push(Stmt::Raw(format!("let {u2} = rng.uniform();")));
                s2.extend(self.use_update(env, &u2, lp));
            }
            return vec![Stmt::If(c, s1, s2)];
        }
        env.fconsts.push((u.clone(), 1.0));
        let op = *self.rng.choice(&["<", ">"]);
        let t = round_to(self.rng.uniform(0.2, 0.8), 2);
        let c = Cond::Icmp(format!("{u} {op} {}", fmt_f(t)));
        let d = self.rng.randint(1, 2);
        let s1 = vec![self.update(env, d, lp, None)];
        let s2 = if self.rng.random() < 0.5 {
            let d = self.rng.randint(1, 2);
            vec![self.update(env, d, lp, None)]
        } else {
            vec![]
        };
        vec![draw, Stmt::If(c, s1, s2)]
    }

    /// `m += u * e;` with `u` a draw in scope only here.
    fn use_update(&mut self, env: &mut Env, u: &str, lp: Option<i64>) -> Vec<Stmt> {
        env.fconsts.push((u.to_string(), 1.0));
        let (m, mb) = self.pick(&env.muts);
        let d = self.rng.randint(1, 2);
        let (e, be) = self.expr(env, d);
        env.fconsts.pop();
        let (e, be) = self.squash(e, be, 3.0);
        Self::set_bound(env, &m, mb + be * lp.unwrap_or(1) as f64);
        let op = *self.rng.choice(&['+', '-']);
        vec![Stmt::Op {
            name: m,
            op,
            e: bin('*', Node::Fc(u.to_string()), e),
        }]
    }

    // ---- local arrays and the out-parameter

    /// There is something to write: a mutable local array or the out-parameter.
    fn writable(&self, env: &Env) -> bool {
        env.out > 0 || env.arrs.iter().any(|a| a.mutable)
    }

    /// Whether the macro surely sees `e` as active: it reads a parameter (or an element
    /// of an active array) in a value position. Other values may be active too; this
    /// only errs on the side of "inactive".
    fn surely_active(&self, env: &Env, e: &Node) -> bool {
        let arm = |a: &Arm| matches!(a, Arm::E(e) if self.surely_active(env, e));
        match e {
            // the scalar parameters `x0, x1, ..` (never shadowed by a `let`; `y` may be)
            Node::Var(n) => {
                n.len() > 1 && n.starts_with('x') && n[1..].bytes().all(|c| c.is_ascii_digit())
            }
            Node::Deref(_) | Node::Idx(..) => !env.data_slice,
            Node::AIdx(a, _) => env.arrs.iter().any(|x| &x.name == a && x.active),
            Node::Const(_)
            | Node::Named(_)
            | Node::ConstArr(..)
            | Node::IntC(_)
            | Node::Fc(_)
            | Node::Weight => false,
            Node::Bin(_, a, b) | Node::If(_, a, b) | Node::OptMatch(_, _, a, b) => {
                self.surely_active(env, a) || self.surely_active(env, b)
            }
            Node::Block(_, _, b) => self.surely_active(env, b),
            Node::Neg(a) | Node::Powi(a, _) | Node::Cast(a) | Node::Angle(_, a) => {
                self.surely_active(env, a)
            }
            Node::M(_, args) | Node::Call(_, args, _) => {
                args.iter().any(|a| self.surely_active(env, a))
            }
            Node::Jif(_, a, b) => arm(a) || arm(b),
            Node::Match(_, arms) => arms.iter().any(|(_, a)| arm(a)),
            // (a chain may read an active slice; "inactive" errs on the safe side)
            Node::Chain(_) => false,
        }
    }

    /// Whether a local array's value is surely active.
    fn init_active(&self, env: &Env, init: &ArrInit) -> bool {
        match init {
            ArrInit::Fill(e, _) => self.surely_active(env, e),
            ArrInit::Lit(elems, _) => elems.iter().any(|e| self.surely_active(env, e)),
            ArrInit::Copy(src) => env.arrs.iter().any(|a| &a.name == src && a.active),
            ArrInit::Vec(e, _) => self.surely_active(env, e),
            ArrInit::Param(..) => true,
        }
    }

    /// Array `name` written with `e`: active from here on if `e` is.
    fn note_write(&self, env: &mut Env, name: &str, e: &Node) {
        if self.surely_active(env, e) {
            for a in env.arrs.iter_mut().filter(|a| a.name == name) {
                a.active = true;
            }
        }
    }

    /// An index into a dimension of length `n`: a literal, or an integer in scope
    /// (`i`, `n - 1 - i` for a loop counter below `n`; `k % n`, `(k + 1) % n` for any).
    fn aindex(&mut self, env: &Env, n: usize) -> String {
        let mut opts: Vec<String> = Vec::new();
        for (i, b) in &env.ints {
            if i.starts_with('i') && *b < n as i64 {
                opts.push(i.clone());
                opts.push(i.clone());
                opts.push(format!("{} - {i}", n - 1));
            }
            opts.push(format!("{i} % {n}"));
            opts.push(format!("({i} + 1) % {n}"));
        }
        for (i, _) in &env.imuts {
            opts.push(format!("{i} % {n}"));
        }
        if opts.is_empty() || self.rng.random() < 0.35 {
            return self.rng.below(n).to_string();
        }
        self.pick(&opts)
    }

    fn set_arr_bound(env: &mut Env, name: &str, b: f64) {
        for a in env.arrs.iter_mut().filter(|a| a.name == name) {
            a.b = b.min(1e6);
        }
    }

    /// `h[i] op= e;` of a mutable local array (`target`, or one drawn), or `out[i] = e;`;
    /// `None` when there is nothing to write.
    fn write(&mut self, env: &mut Env, lp: Option<i64>, target: Option<&str>) -> Option<Stmt> {
        let muts: Vec<Arr> = env
            .arrs
            .iter()
            .filter(|a| a.mutable && target.is_none_or(|t| a.name == t))
            .cloned()
            .collect();
        let d = self.rng.randint(1, 2);
        let to_out =
            target.is_none() && env.out > 0 && (muts.is_empty() || self.rng.random() < 0.4);
        if to_out {
            self.shape("out[i] = e");
            let idx = vec![self.aindex(env, env.out)];
            let (e, be) = self.expr(env, d);
            let (e, _) = self.squash(e, be, if lp.is_some() { 3.0 } else { 20.0 });
            return Some(Stmt::ASet {
                name: "out".into(),
                idx,
                op: '=',
                e,
                semi: true,
            });
        }
        if muts.is_empty() {
            return None;
        }
        let a = self.pick(&muts);
        let idx: Vec<String> = a.dims.iter().map(|&n| self.aindex(env, n)).collect();
        let trips = lp.unwrap_or(1);
        let lim = if lp.is_some() { 0.0 } else { 20.0 };
        let nonlinear = self.on("nonlinear_loop") || lp.is_none();
        let r = self.rng.random();
        let (op, e, b) = if r < 0.4 {
            let (e, be) = self.expr(env, d);
            let (e, be) = self.squash(e, be, if lp.is_some() { 3.0 } else { 20.0 });
            ('=', e, a.b.max(be))
        } else if r < 0.7 || !nonlinear {
            let (e, be) = self.expr(env, d);
            let (e, be) = self.squash(e, be, lim);
            (*self.rng.choice(&['+', '-']), e, a.b + trips as f64 * be)
        } else if r < 0.85 {
            let (e, _) = self.expr(env, d);
            let f = bin('+', konst(1.0), bin('*', konst(0.3), m1("sin", e)));
            ('*', f, a.b * 1.3f64.powi(trips as i32))
        } else {
            let (p, lo, _) = self.pos(env, d - 1);
            if lo >= 0.9 {
                ('/', p, a.b / lo.powi(trips as i32))
            } else {
                let f = bin('+', konst(1.0), bin('*', konst(0.3), m1("cos", p)));
                ('*', f, a.b * 1.3f64.powi(trips as i32))
            }
        };
        self.shape(&format!("element write `{op}`"));
        if a.dims.len() == 2 {
            self.shape("element write, two dimensions");
        }
        Self::set_arr_bound(env, &a.name, b);
        self.note_write(env, &a.name, &e);
        Some(Stmt::ASet {
            name: a.name,
            idx,
            op,
            e,
            semi: true,
        })
    }

    /// A write; writes in an `if`/`else`; two writes of one element (the last counts);
    /// a write and a read of the element written.
    fn s_write(&mut self, env: &mut Env, lp: Option<i64>) -> Vec<Stmt> {
        let r = self.rng.random();
        let Some(w) = self.write(env, lp, None) else {
            return vec![];
        };
        if r < 0.5 {
            return vec![w];
        }
        if r < 0.7 {
            self.shape("element write in a branch");
            let c = self.cond(env, 1, true);
            let s2 = if self.rng.random() < 0.6 {
                self.write(env, lp, None).into_iter().collect()
            } else {
                vec![]
            };
            return vec![Stmt::If(c, vec![w], s2)];
        }
        let Stmt::ASet { name, idx, .. } = &w else {
            unreachable!("a write")
        };
        let (name, idx) = (name.clone(), idx.clone());
        if r < 0.85 || name == "out" {
            // the same element written again, a statement in between sometimes
            self.shape("element written twice");
            let mut out = vec![w];
            if self.rng.random() < 0.5 {
                let (e, b) = self.expr(env, 1);
                let a = self.fresh("a");
                env.vars.push((a.clone(), b));
                out.push(Stmt::Let {
                    name: a,
                    e,
                    mutable: false,
                    annot: false,
                });
            }
            let d = self.rng.randint(1, 2);
            let (e, be) = self.expr(env, d);
            let (e, be) = self.squash(e, be, if lp.is_some() { 3.0 } else { 20.0 });
            if name != "out" {
                let b = env
                    .arrs
                    .iter()
                    .find(|a| a.name == name)
                    .map_or(0.0, |a| a.b);
                Self::set_arr_bound(env, &name, b.max(be));
                self.note_write(env, &name, &e);
            }
            out.push(Stmt::ASet {
                name,
                idx,
                op: '=',
                e,
                semi: true,
            });
            return out;
        }
        // the element just written, read back
        self.shape("element read after its write");
        let b = env
            .arrs
            .iter()
            .find(|a| a.name == name)
            .map_or(1.0, |a| a.b);
        let (e, be) = self.expr(env, 1);
        let (e, be) = self.squash(e, be, 3.0);
        let a = self.fresh("a");
        env.vars.push((a.clone(), b * be + b));
        let read = Node::AIdx(name, idx);
        vec![
            w,
            Stmt::Let {
                name: a,
                e: bin('+', bin('*', read.clone(), e), read),
                mutable: false,
                annot: self.rng.random() < 0.3,
            },
        ]
    }

    /// A new local array: (its lengths, the value, a bound, whether it is `mut`).
    fn arr_value(&mut self, env: &Env) -> (Vec<usize>, ArrInit, f64, bool) {
        let r = self.rng.random();
        let dims = if self.rng.random() < 0.25 {
            vec![
                self.rng.randint(2, 3) as usize,
                self.rng.randint(2, 3) as usize,
            ]
        } else {
            vec![self.rng.randint(2, 4) as usize]
        };
        if r < 0.15 || (env.xarr.is_some() && r < 0.45) {
            if let Some(deref) = env.xarr {
                self.shape(if deref {
                    "local array: copy of *x"
                } else {
                    "local array: copy of x"
                });
                let init = ArrInit::Param("x".into(), deref, env.len);
                return (vec![env.len], init, 1.5, self.rng.random() < 0.8);
            }
        }
        let n: usize = dims.iter().product();
        if r < 0.5 {
            self.shape("local array: [c; N]");
            let c = *self.rng.choice(&[0.0, 0.0, 1.0, 0.5, -0.25]);
            return (
                dims.clone(),
                ArrInit::Fill(Box::new(konst(c)), dims),
                1.0,
                true,
            );
        }
        if r < 0.7 {
            self.shape("local array: [e; N] of an active e");
            let (e, b) = self.expr(env, 1);
            let (e, b) = self.squash(e, b, 3.0);
            return (dims.clone(), ArrInit::Fill(Box::new(e), dims), b, true);
        }
        self.shape("local array: literal");
        let mut elems = Vec::new();
        let mut bound = 0.0f64;
        for _ in 0..n {
            let (e, b) = if self.rng.random() < 0.3 {
                let v = round_to(self.rng.uniform(-1.5, 1.5), 2);
                (konst(v), v.abs())
            } else {
                let (e, b) = self.expr(env, 1);
                self.squash(e, b, 3.0)
            };
            elems.push(e);
            bound = bound.max(b);
        }
        // an immutable literal holds a parameter: the macro rejects one of inactive values
        let params: Vec<Node> = if env.len > 0 {
            (0..env.len)
                .map(|k| Node::Idx(env.slice.clone(), k.to_string()))
                .collect()
        } else {
            env.vars
                .iter()
                .filter(|v| v.0.starts_with('x'))
                .map(|v| Node::Var(v.0.clone()))
                .collect()
        };
        let mutable = params.is_empty() || self.rng.random() < 0.7;
        if !mutable {
            let k = self.rng.below(n);
            elems[k] = self.pick(&params);
            bound = bound.max(1.5);
        }
        (dims.clone(), ArrInit::Lit(elems, dims), bound, mutable)
    }

    /// `let mut h = [0.0; 3];` (and the other forms), then sometimes a write.
    fn s_arr_decl(&mut self, env: &mut Env, lp: Option<i64>) -> Vec<Stmt> {
        self.arrays += 1;
        if lp.is_some() {
            self.shape("local array declared in a loop body");
        }
        let name = self.fresh("h");
        let (dims, mut init, b, mutable) = self.arr_value(env);
        if dims.len() == 2 {
            self.shape("local array, two dimensions");
        }
        let mut vec = false;
        if let (ArrInit::Fill(e, _), [n], true) = (&init, dims.as_slice(), mutable) {
            // the macro takes a `vec!` buffer's elements to be floats when its fill
            // shows it (not `weight(..)`, a draw or a `const` element)
            let hidden = matches!(**e, Node::Weight | Node::Fc(_)) || hidden_const(e);
            // nor does it read a chunk of a `for c in x.chunks(2)` inside `vec![..]` (the
            // loop's window, `env.len` 0)
            let window =
                env.len == 0 && any_node(e, &|n| matches!(n, Node::Idx(a, _) if *a == env.slice));
            if self.on("vec_buffer") && self.rng.random() < 0.4 && !hidden && !window {
                self.shape("vec! buffer declared");
                init = ArrInit::Vec(e.clone(), vec_len_text(env, *n));
                vec = true;
            }
        }
        let active = self.init_active(env, &init);
        env.arrs.push(Arr {
            name: name.clone(),
            dims,
            b,
            mutable,
            active,
            vec,
            lent: false,
        });
        let mut out = vec![Stmt::ALet {
            name: name.clone(),
            mutable,
            init,
        }];
        if mutable && self.rng.random() < 0.5 {
            out.extend(self.write(env, lp, Some(&name)));
        }
        if self.rng.random() < 0.6 {
            out.extend(self.use_arr(env, lp, &name));
        }
        out
    }

    /// `let mut h = [c1, c2, c3]; lent_rotate(&mut h);` (or `&mut m[1]`, `&mut m` of a
    /// matrix; or `let r = lent_rotate(&mut h);` and a read `h[r - 1]`): a local array of
    /// constants that an ordinary call writes through `&mut`, then read.
    fn s_lend(&mut self, env: &mut Env, lp: Option<i64>) -> Vec<Stmt> {
        self.arrays += 1;
        self.shape("local array lent to a call");
        if lp.is_some() {
            self.shape("local array lent to a call in a loop body");
        }
        let name = self.fresh("h");
        self.lendable.push(name.clone());
        let dims = if self.rng.random() < 0.3 {
            vec![
                self.rng.randint(2, 3) as usize,
                self.rng.randint(2, 3) as usize,
            ]
        } else {
            vec![self.rng.randint(2, 4) as usize]
        };
        let n: usize = dims.iter().product();
        // distinct constants, so that a call running once too often shows
        let vals: Vec<f64> = (0..n)
            .map(|k| {
                round_to(
                    round_to(self.rng.uniform(-1.5, 1.5), 2) + 0.001 * k as f64,
                    3,
                )
            })
            .collect();
        let b = vals.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let elems = vals.iter().map(|&v| konst(v)).collect();
        env.arrs.push(Arr {
            name: name.clone(),
            dims: dims.clone(),
            b,
            mutable: false,
            active: false,
            vec: false,
            lent: true,
        });
        let mut out = vec![Stmt::ALet {
            name: name.clone(),
            mutable: true,
            init: ArrInit::Lit(elems, dims.clone()),
        }];
        let place = self.lent_place(&name, &dims);
        if self.rng.random() < 0.35 && place == name {
            // the call's result, an index of the array's first dimension
            self.shape("lent array: the call's result read");
            let r = self.fresh("r");
            out.push(Stmt::Raw(format!("let {r} = lent_rotate(&mut {name});")));
            let mut idx = vec![format!("{r} - 1")];
            idx.extend(dims[1..].iter().map(|&m| self.aindex(env, m)));
            let (e, be) = self.expr(env, 1);
            let (e, be) = self.squash(e, be, 3.0);
            let v = self.fresh("a");
            env.vars.push((v.clone(), b * be));
            out.push(Stmt::Let {
                name: v,
                e: bin('*', Node::AIdx(name.clone(), idx), e),
                mutable: false,
                annot: false,
            });
        } else {
            out.push(Stmt::Raw(format!("lent_rotate(&mut {place});")));
        }
        if lp.is_none() && self.rng.random() < 0.4 {
            out.extend(self.lend_in_loop(env, &name, &dims));
        } else if self.rng.random() < 0.7 {
            out.extend(self.use_arr(env, lp, &name));
        }
        out
    }

    /// `let mut s = 0.0; for i in 0..t { lent_rotate(&mut h); s += h[i % n] * e; }`: a
    /// lent array the loop carries, written by the call in every iteration and read after
    /// it.
    fn lend_in_loop(&mut self, env: &mut Env, name: &str, dims: &[usize]) -> Vec<Stmt> {
        self.shape("lent array lent again in a loop");
        let b = env
            .arrs
            .iter()
            .find(|a| a.name == name)
            .map_or(1.5, |a| a.b);
        let trips = self.rng.randint(2, 3);
        let (i, acc) = (self.fresh("i"), self.fresh("s"));
        let place = self.lent_place(name, dims);
        let mut idx = vec![format!("{i} % {}", dims[0])];
        for &m in &dims[1..] {
            idx.push(self.rng.randint(0, m as i64 - 1).to_string());
        }
        let (e, be) = self.expr(env, 1);
        let (e, be) = self.squash(e, be, 3.0);
        env.vars.push((acc.clone(), trips as f64 * b * be));
        vec![
            Stmt::Let {
                name: acc.clone(),
                e: konst(0.0),
                mutable: true,
                annot: false,
            },
            Stmt::For {
                i,
                lo: "0".into(),
                hi: trips.to_string(),
                incl: false,
                body: vec![
                    Stmt::Raw(format!("lent_rotate(&mut {place});")),
                    Stmt::Op {
                        name: acc,
                        op: '+',
                        e: bin('*', Node::AIdx(name.to_string(), idx), e),
                    },
                ],
            },
        ]
    }

    /// `lent_rotate(&mut h);` of a lent array in scope (inside a loop: an array the loop
    /// carries, written by the call in every iteration), then maybe a read.
    fn s_relend(&mut self, env: &mut Env, lp: Option<i64>) -> Vec<Stmt> {
        let lent: Vec<Arr> = env
            .arrs
            .iter()
            .filter(|a| self.lendable.contains(&a.name))
            .cloned()
            .collect();
        let a = self.rng.choice(&lent).clone();
        self.shape(if lp.is_some() {
            "lent array lent again in a loop"
        } else {
            "lent array lent again"
        });
        let place = self.lent_place(&a.name, &a.dims);
        let mut out = vec![Stmt::Raw(format!("lent_rotate(&mut {place});"))];
        if self.rng.random() < 0.6 {
            out.extend(self.use_arr(env, lp, &a.name));
        }
        out
    }

    /// What a lending call borrows: the array, or one row of a matrix.
    fn lent_place(&mut self, name: &str, dims: &[usize]) -> String {
        match dims {
            [rows, _] if self.rng.random() < 0.5 => {
                self.shape("lent array: a row of a matrix");
                format!("{name}[{}]", self.rng.randint(0, *rows as i64 - 1))
            }
            _ => name.to_string(),
        }
    }

    /// `m += h[i] * e;` (a mutable scalar in scope) or `let a = h[i] * e;`: an element
    /// of array `name` read right away.
    fn use_arr(&mut self, env: &mut Env, lp: Option<i64>, name: &str) -> Vec<Stmt> {
        let Some(a) = env.arrs.iter().find(|a| a.name == name).cloned() else {
            return vec![];
        };
        let idx = a.dims.iter().map(|&n| self.aindex(env, n)).collect();
        let (e, be) = self.expr(env, 1);
        let (e, be) = self.squash(e, be, 3.0);
        let read = bin('*', Node::AIdx(a.name.clone(), idx), e);
        if !env.muts.is_empty() && self.rng.random() < 0.6 {
            let (m, mb) = self.pick(&env.muts);
            let (read, b) = self.squash(read, a.b * be, if lp.is_some() { 0.0 } else { 20.0 });
            Self::set_bound(env, &m, mb + lp.unwrap_or(1) as f64 * b);
            return vec![Stmt::Op {
                name: m,
                op: *self.rng.choice(&['+', '-']),
                e: read,
            }];
        }
        let v = self.fresh("a");
        env.vars.push((v.clone(), a.b * be));
        vec![Stmt::Let {
            name: v,
            e: read,
            mutable: false,
            annot: false,
        }]
    }

    /// `let mut h = [0.0; N]; for i in 0..N { h[i] = e; }` (or `+=`, or a nest over two
    /// dimensions): a buffer filled by a loop and read after it.
    fn s_arr_fill(&mut self, env: &mut Env) -> Vec<Stmt> {
        self.arrays += 1;
        self.shape("buffer filled by a loop");
        let name = self.fresh("h");
        let two = self.rng.random() < 0.3;
        let dims = if two {
            vec![
                self.rng.randint(2, 3) as usize,
                self.rng.randint(2, 3) as usize,
            ]
        } else if env.len > 0 && self.rng.random() < 0.5 {
            vec![env.len]
        } else {
            vec![self.rng.randint(2, 4) as usize]
        };
        let c = *self.rng.choice(&[0.0, 0.0, 1.0, 0.5]);
        let vec = !two && self.on("vec_buffer") && self.rng.random() < 0.4;
        let init = if vec {
            self.shape("vec! buffer filled by a loop");
            ArrInit::Vec(Box::new(konst(c)), vec_len_text(env, dims[0]))
        } else {
            ArrInit::Fill(Box::new(konst(c)), dims.clone())
        };
        let mut out = vec![Stmt::ALet {
            name: name.clone(),
            mutable: true,
            init,
        }];
        // the loop does not read the array it fills (its elements grow with each write)
        // but through the recurrence below, whose value is squashed
        let mut inner = loop_env(env);
        let counters: Vec<String> = dims.iter().map(|_| self.fresh("i")).collect();
        for (i, &n) in counters.iter().zip(&dims) {
            inner.ints.push((i.clone(), n as i64 - 1));
        }
        if !two && dims[0] <= env.len {
            inner.elems.push(counters[0].clone());
        }
        // `h[i] += e` over a nest (a matrix-vector product) or `h[i] = e`
        let accumulate = self.rng.random() < 0.3;
        let mut trips: i64 = dims.iter().map(|&n| n as i64).product();
        let mut loops = counters.clone();
        if accumulate && !two {
            let j = self.fresh("i");
            let m = self.rng.randint(2, 3);
            inner.ints.push((j.clone(), m - 1));
            loops.insert(0, j);
            trips *= m;
        }
        let d = self.rng.randint(1, 2);
        let (e, be) = self.expr(&inner, d);
        // a recurrence: each element from the one before (written in the iteration before)
        let recur = !two && !accumulate && self.rng.random() < 0.4;
        let (op, e, b) = if accumulate {
            let (e, be) = self.squash(e, be, 0.0);
            ('+', e, c.abs() + trips as f64 * be)
        } else if recur {
            self.shape("buffer filled by a recurrence h[i] = f(h[i - 1])");
            let i = &counters[0];
            let prev = Node::AIdx(name.clone(), vec![format!("{i} - 1")]);
            let (e, _) = self.squash(e, be, 3.0);
            let f = *self.rng.choice(&SQUASH);
            let v = m1(f, bin('+', bin('*', konst(0.8), prev), e));
            ('=', v, 1.6f64.max(c.abs()))
        } else {
            let (e, be) = self.squash(e, be, 5.0);
            ('=', e, be.max(c.abs()))
        };
        let active = self.surely_active(&inner, &e);
        let mut body = vec![Stmt::ASet {
            name: name.clone(),
            idx: counters.clone(),
            op,
            e,
            semi: true,
        }];
        // the innermost loop first; the outermost written last
        let lens: Vec<String> = if accumulate && !two {
            vec![(trips / dims[0] as i64).to_string(), len_text(env, dims[0])]
        } else {
            dims.iter().map(|&n| len_text(env, n)).collect()
        };
        for (i, hi) in loops.iter().zip(&lens).rev() {
            body = vec![Stmt::For {
                i: i.clone(),
                lo: if recur { "1" } else { "0" }.into(),
                hi: hi.clone(),
                incl: false,
                body,
            }];
        }
        out.extend(body);
        env.arrs.push(Arr {
            name,
            dims,
            b,
            mutable: true,
            active,
            vec,
            lent: false,
        });
        out
    }

    /// `let [mut] t = h;` then writes to the copy and to the original.
    fn s_arr_copy(&mut self, env: &mut Env, lp: Option<i64>) -> Vec<Stmt> {
        self.arrays += 1;
        self.shape("local array copied, both modified");
        let sources: Vec<Arr> = env.arrs.iter().filter(|a| !a.vec).cloned().collect();
        let src = self.pick(&sources);
        let name = self.fresh("h");
        // a copy of a lent array stays unwritten (see `Arr::lent`)
        let mutable = self.rng.random() < 0.75 && !src.lent;
        env.arrs.push(Arr {
            name: name.clone(),
            mutable,
            ..src.clone()
        });
        let mut out = vec![Stmt::ALet {
            name: name.clone(),
            mutable,
            init: ArrInit::Copy(src.name.clone()),
        }];
        if mutable {
            out.extend(self.write(env, lp, Some(&name)));
        }
        if src.mutable {
            out.extend(self.write(env, lp, Some(&src.name)));
        }
        out
    }

    /// `t = s;`, `t = x;` / `t = *x;`, `t = [0.0; N];`: a whole local array reassigned.
    fn s_arr_assign(&mut self, env: &mut Env) -> Vec<Stmt> {
        let muts: Vec<Arr> = env
            .arrs
            .iter()
            .filter(|a| a.mutable && !a.vec)
            .cloned()
            .collect();
        // an array with another of its shape, when there is one
        let paired: Vec<Arr> = muts
            .iter()
            .filter(|t| {
                env.arrs
                    .iter()
                    .any(|a| a.name != t.name && a.dims == t.dims && !a.vec && !a.lent)
            })
            .cloned()
            .collect();
        let t = if !paired.is_empty() && self.rng.random() < 0.8 {
            self.pick(&paired)
        } else {
            self.pick(&muts)
        };
        let same: Vec<Arr> = env
            .arrs
            .iter()
            // (a lent array assigned to one that becomes active would be made active with
            // it: lending it is then a spanned error)
            .filter(|a| a.name != t.name && a.dims == t.dims && !a.vec && !a.lent)
            .cloned()
            .collect();
        let r = self.rng.random();
        let (init, b): (ArrInit, f64) = if !same.is_empty() && r < 0.8 {
            self.shape("local array reassigned: t = s");
            let s = self.pick(&same);
            (ArrInit::Copy(s.name), s.b)
        } else if env.xarr.is_some() && t.dims == [env.len] && r < 0.8 {
            self.shape("local array reassigned: t = x");
            (
                ArrInit::Param("x".into(), env.xarr == Some(true), env.len),
                1.5,
            )
        } else {
            self.shape("local array reassigned: t = [c; N]");
            let c = *self.rng.choice(&[0.0, 1.0, 0.5]);
            (ArrInit::Fill(Box::new(konst(c)), t.dims.clone()), 1.0)
        };
        Self::set_arr_bound(env, &t.name, t.b.max(b));
        if self.init_active(env, &init) {
            for a in env.arrs.iter_mut().filter(|a| a.name == t.name) {
                a.active = true;
            }
        }
        vec![Stmt::AAssign(t.name, init)]
    }

    /// `{ let h = e; m += h * e2; }`: an array's name shadowed by a scalar in an inner
    /// block (a plain block or an `if` branch), the array used again after it.
    fn s_arr_shadow(&mut self, env: &mut Env, lp: Option<i64>) -> Vec<Stmt> {
        self.shape("array name shadowed by a scalar");
        let a = self.pick(&env.arrs);
        let mut inner = env_without(env, &a.name);
        let (e, b) = self.expr(&inner, 2);
        let (e, b) = self.squash(e, b, 5.0);
        inner.vars.push((a.name.clone(), b));
        let mut body = vec![Stmt::Let {
            name: a.name.clone(),
            e,
            mutable: false,
            annot: self.rng.random() < 0.3,
        }];
        let (e2, b2) = self.expr(&inner, 1);
        let (e2, b2) = self.squash(e2, b2, 3.0);
        let (use_, bu) = self.squash(
            bin('*', Node::Var(a.name.clone()), e2),
            b * b2,
            if lp.is_some() { 0.0 } else { 20.0 },
        );
        let to_scalar = !inner.muts.is_empty() && self.rng.random() < 0.4;
        if !to_scalar && !self.writable(&inner) && inner.muts.is_empty() {
            // nothing the block could update
            return vec![];
        }
        if to_scalar || !self.writable(&inner) {
            let (m, mb) = self.pick(&inner.muts);
            Self::set_bound(&mut inner, &m, mb + lp.unwrap_or(1) as f64 * bu);
            body.push(Stmt::Op {
                name: m,
                op: '+',
                e: use_,
            });
        } else if let Some(Stmt::ASet {
            name, idx, op, e, ..
        }) = self.write(&mut inner, lp, None)
        {
            // the write's value with the shadowing scalar in it (a factor stays near 1, a
            // divisor stays positive)
            let (u, _) = self.squash(use_, bu, 3.0);
            let e = match op {
                '*' => bin(
                    '*',
                    e,
                    bin('+', konst(1.0), bin('*', konst(0.1), m1("sin", u))),
                ),
                '/' => bin('+', e, bin('*', konst(0.1), bin('*', u.clone(), u))),
                _ => bin('+', e, u),
            };
            if name != "out" {
                let ab = inner
                    .arrs
                    .iter()
                    .find(|x| x.name == name)
                    .map_or(0.0, |x| x.b);
                let trips = lp.unwrap_or(1);
                let b = ab * 1.1f64.powi(trips as i32) + 3.0 * trips as f64;
                Self::set_arr_bound(&mut inner, &name, b);
            }
            body.push(Stmt::ASet {
                name,
                idx,
                op,
                e,
                semi: true,
            });
        }
        merge_bounds(env, &inner, &a.name);
        if self.rng.random() < 0.6 {
            vec![Stmt::Block(body)]
        } else {
            let c = self.cond(env, 1, true);
            vec![Stmt::If(c, body, vec![])]
        }
    }

    /// Writes every element of the out-parameter (of length `env.out`) once: a loop over
    /// `0..M` or `0..out.len()`, single writes, or an `if`/`else` writing one element in
    /// both branches.
    pub fn out_init(&mut self, env: &mut Env, runtime_len: bool) -> Vec<Stmt> {
        let m = env.out;
        let r = self.rng.random();
        if r < 0.4 {
            self.shape("out filled by a loop");
            let i = self.fresh("i");
            let mut inner = env.clone();
            inner.ints.push((i.clone(), m as i64 - 1));
            if m <= env.len {
                inner.elems.push(i.clone());
            }
            let (e, b) = self.expr(&inner, 2);
            let (e, _) = self.squash(e, b, 20.0);
            let hi = if runtime_len && self.rng.random() < 0.6 {
                "out.len()".to_string()
            } else {
                m.to_string()
            };
            return vec![Stmt::For {
                i: i.clone(),
                lo: "0".into(),
                hi,
                incl: false,
                body: vec![Stmt::ASet {
                    name: "out".into(),
                    idx: vec![i],
                    op: '=',
                    e,
                    semi: true,
                }],
            }];
        }
        let mut order: Vec<usize> = (0..m).collect();
        self.rng.shuffle(&mut order);
        let both = if r < 0.7 { Some(order[0]) } else { None };
        let mut out = Vec::new();
        for k in order {
            if both == Some(k) {
                self.shape("out element written in both branches");
                let (a, b) = (self.out_write(env, k), self.out_write(env, k));
                let c = self.cond(env, 1, true);
                out.push(Stmt::If(c, vec![a], vec![b]));
            } else {
                out.push(self.out_write(env, k));
            }
        }
        out
    }

    /// `out[k] = e;` at the top level.
    fn out_write(&mut self, env: &Env, k: usize) -> Stmt {
        let d = self.rng.randint(1, 2);
        let (e, b) = self.expr(env, d);
        let (e, _) = self.squash(e, b, 20.0);
        Stmt::ASet {
            name: "out".into(),
            idx: vec![k.to_string()],
            op: '=',
            e,
            semi: true,
        }
    }

    /// Drops the `;` of some element writes that end a block (an `if` branch, a loop
    /// body, a `match` arm, an inner block; the function's body too when `top`).
    pub fn tail_writes(&mut self, stmts: &mut [Stmt], top: bool) {
        if top {
            if let Some(Stmt::ASet { semi, .. }) = stmts.last_mut() {
                if self.rng.random() < 0.5 {
                    *semi = false;
                    self.shape("element write as the function's tail");
                }
            }
        }
        for st in stmts.iter_mut() {
            let blocks: Vec<&mut Vec<Stmt>> = match st {
                Stmt::If(_, a, b) => vec![a, b],
                Stmt::For { body, .. }
                | Stmt::ForIter(_, _, body)
                | Stmt::ForRef(_, _, body)
                | Stmt::ForRev { body, .. }
                | Stmt::While(_, _, body)
                | Stmt::WhileTail(_, _, body)
                | Stmt::Block(body) => vec![body],
                Stmt::Match(_, arms) => arms
                    .iter_mut()
                    .filter_map(|(_, a)| match a {
                        MArm::Stmts(b) => Some(b),
                        _ => None,
                    })
                    .collect(),
                _ => vec![],
            };
            for b in blocks {
                self.tail_writes(b, false);
                if let Some(Stmt::ASet { semi, .. }) = b.last_mut() {
                    if self.rng.random() < 0.5 {
                        *semi = false;
                        self.shape("element write as a block's tail, no `;`");
                    }
                }
            }
        }
    }
}

/// A value of constants only whose float type the syntax hides from the macro: an
/// element of a `const` array, a `const` other than `PI`/`E`, and what keeps their type
/// (sums and products of them, `abs`, `min`, `max`, `clamp`, negation). A float literal or
/// a float-only method anywhere shows the type.
/// Whether `e` holds a block (`{ let t = ..; t * 2.0 }`) anywhere.
fn has_block(e: &Node) -> bool {
    any_node(e, &|n| matches!(n, Node::Block(..)))
}

/// Whether `e` or a node inside it satisfies `p`.
fn any_node(e: &Node, p: &dyn Fn(&Node) -> bool) -> bool {
    let arm = |a: &Arm| matches!(a, Arm::E(e) if any_node(e, p));
    p(e) || match e {
        Node::Bin(_, a, b)
        | Node::Block(_, a, b)
        | Node::If(_, a, b)
        | Node::OptMatch(_, _, a, b) => any_node(a, p) || any_node(b, p),
        Node::Neg(a) | Node::Powi(a, _) | Node::Cast(a) | Node::Angle(_, a) => any_node(a, p),
        Node::M(_, args) | Node::Call(_, args, _) => args.iter().any(|a| any_node(a, p)),
        Node::Jif(_, a, b) => arm(a) || arm(b),
        Node::Match(_, arms) => arms.iter().any(|(_, a)| arm(a)),
        Node::Chain(c) => any_node(&c.body, p),
        _ => false,
    }
}

fn hidden_const(e: &Node) -> bool {
    match e {
        Node::ConstArr(..) => true,
        Node::Named(n) => *n != "PI" && *n != "E",
        Node::Bin(_, a, b) => hidden_const(a) && hidden_const(b),
        Node::Neg(a) => hidden_const(a),
        Node::M(f, args) if ["abs", "min", "max", "clamp", "signum"].contains(f) => {
            hidden_const(&args[0])
        }
        _ => false,
    }
}

/// The inactive floats (`Fc` leaves: random draws, closure sums, ..) `e` reads.
fn draws_in(e: &Node, out: &mut BTreeSet<String>) {
    let arm = |a: &Arm, out: &mut BTreeSet<String>| {
        if let Arm::E(e) = a {
            draws_in(e, out);
        }
    };
    match e {
        Node::Fc(n) => {
            out.insert(n.clone());
        }
        Node::Bin(_, a, b)
        | Node::Block(_, a, b)
        | Node::If(_, a, b)
        | Node::OptMatch(_, _, a, b) => {
            draws_in(a, out);
            draws_in(b, out);
        }
        Node::Neg(a) | Node::Powi(a, _) | Node::Cast(a) | Node::Angle(_, a) => draws_in(a, out),
        Node::M(_, args) | Node::Call(_, args, _) => args.iter().for_each(|a| draws_in(a, out)),
        Node::Jif(_, a, b) => {
            arm(a, out);
            arm(b, out);
        }
        Node::Match(_, arms) => arms.iter().for_each(|(_, a)| arm(a, out)),
        Node::Chain(c) => draws_in(&c.body, out),
        _ => {}
    }
}

/// `n += 1;` (an integer increment, the kind of statement that may end a block without `;`).
fn is_int_bump(s: &str) -> bool {
    let Some(rest) = s.strip_suffix(';') else {
        return false;
    };
    let mut parts = rest.split(" += ");
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None) => {
            !a.is_empty()
                && a.chars().all(|c| c.is_alphanumeric() || c == '_')
                && !b.is_empty()
                && b.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// `a op b`.
pub fn bin(op: char, a: Node, b: Node) -> Node {
    Node::Bin(op, Box::new(a), Box::new(b))
}

/// A float literal.
pub fn konst(v: f64) -> Node {
    Node::Const(v)
}

/// A one-argument float method.
pub fn m1(f: &'static str, a: Node) -> Node {
    Node::M(f, vec![a])
}

/// The arrays' bounds inside a loop body: a mutable array may have grown over earlier
/// iterations (as the enclosing scalars, see `Gen::lp`).
fn grow_arrs(arrs: &[Arr]) -> Vec<Arr> {
    arrs.iter()
        .map(|a| Arr {
            b: if a.mutable { (a.b + 10.0) * 5.0 } else { a.b },
            ..a.clone()
        })
        .collect()
}

/// The scope inside a loop body: carried values with pessimistic bounds.
fn loop_env(env: &Env) -> Env {
    let carried: BTreeSet<String> = env.muts.iter().map(|m| m.0.clone()).collect();
    let grow = |l: &Vec<(String, f64)>| {
        l.iter()
            .map(|(n, b)| {
                (
                    n.clone(),
                    if carried.contains(n) {
                        (b + 10.0) * 5.0
                    } else {
                        *b
                    },
                )
            })
            .collect::<Vec<_>>()
    };
    Env {
        vars: grow(&env.vars),
        muts: grow(&env.muts),
        imuts: env.imuts.iter().map(|(n, _)| (n.clone(), 40)).collect(),
        arrs: grow_arrs(&env.arrs),
        cont_ok: true,
        ..env.clone()
    }
}

/// The bound of a loop over `0..n`: `x.len()` when `n` is the parameter's length
/// (a runtime trip count), else `n`.
/// The length of a `vec!` buffer of `n` elements: `x.len()` of the parameter `x` when
/// that is `n`, else the literal (a window or chunk of a chain cannot be read inside a
/// macro).
fn vec_len_text(env: &Env, n: usize) -> String {
    if env.slice == "x" {
        len_text(env, n)
    } else {
        n.to_string()
    }
}

fn len_text(env: &Env, n: usize) -> String {
    if n == env.len && env.len > 0 {
        format!("{}.len()", env.slice)
    } else {
        n.to_string()
    }
}
