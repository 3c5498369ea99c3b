//! The programs' syntax tree and its rendering for the three backends: the annotated
//! function over `f64`, over a generic `T: Float`, and its num-dual twin over `D: DualNum`.

use super::rng::Rng;

/// An expression.
#[derive(Clone, Debug)]
pub enum Node {
    /// A variable.
    Var(String),
    /// `*v` of `for v in x`.
    Deref(String),
    /// A float literal.
    Const(f64),
    /// `PI`, `E` or a `const` item.
    Named(&'static str),
    /// `W[i]`: a const array indexed by a counter.
    ConstArr(&'static str, String),
    /// A counter used as a float: `i as f64`.
    IntC(String),
    /// `x[e]` of the slice or array parameter.
    Idx(String, String),
    /// `a op b`.
    Bin(char, Box<Node>, Box<Node>),
    /// `-a`.
    Neg(Box<Node>),
    /// A float method: `a.sin()`, `a.hypot(b)`, ...
    M(&'static str, Vec<Node>),
    /// `a.powi(n)`.
    Powi(Box<Node>, i64),
    /// A call of an earlier generated program, or of one of its generated derivatives.
    Call(String, Vec<Node>, CallKind),
    /// `if c { a } else { b }`.
    If(Box<Cond>, Box<Node>, Box<Node>),
    /// `{ let t = a; b }`.
    Block(String, Box<Node>, Box<Node>),
    /// An inactive f64 (a random draw, a closure's sum, a match binding).
    Fc(String),
    /// `weight(Cfg { k })`.
    Weight,
    /// `if c { break } else { e }`.
    Jif(Box<Cond>, Arm, Arm),
    /// `match k { 0 => e1, 1 => continue, _ => e2 }`.
    Match(String, Vec<(String, Arm)>),
    /// `match o { Some(b) => e1, None => e2 }`.
    OptMatch(String, String, Box<Node>, Box<Node>),
    /// `(a as f64)` or `f64::from(a)`: a float cast to the program's own type (only
    /// `f64` programs write it; generic programs and twins read `a`).
    Cast(Box<Node>),
    /// `a.to_radians()` / `a.to_degrees()` (the twin multiplies by the constant).
    Angle(&'static str, Box<Node>),
    /// `x.iter().map(|&v| e).sum::<f64>()` and the other reductions of an iterator chain.
    Chain(Box<Chain>),
    /// `h[i]`, `r[i][j]`: an element of a local array (every dimension indexed).
    AIdx(String, Vec<String>),
}

/// What a [`Node::Call`] calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallKind {
    /// The program itself: `pK(a, b)`.
    Plain,
    /// One partial of its gradient, a nested derivative:
    /// `{ let (_, g, _) = pK_grad(a, b); g }` for the partial `usize`.
    GradPart(usize),
    /// Its directional derivative, a nested derivative; the arguments alternate values
    /// and constant directions: `{ let (_, t) = pK_jvp(a, 0.5, b, -1.0); t }`.
    Jvp,
    /// The gradient of a program of a slice, the arguments its elements, into a local
    /// array read back by element (`i`, `j`; `read` picks the expression; see
    /// `grammar::nested_calls`).
    SliceGrad { i: usize, j: usize, read: u8 },
    /// The partial in `param` (`slot` of the `slots` in the callee's `wrt(..)`) of the
    /// gradient of a helper with a restricted `wrt(..)`, every parameter given a value.
    OutsideWrt {
        param: usize,
        slot: usize,
        slots: usize,
    },
    /// A recursive helper (`grammar::recursion`): the first `lit` arguments the
    /// elements of a literal array passed as its first slice, the argument at
    /// `data - 1` (if `data > 0`) data the twin converts to dual numbers.
    Rec { lit: u8, data: u8 },
}

/// An iterator chain reduced to one value: `{iter}.map(|{pat}| {body})` and a reduction.
#[derive(Clone, Debug)]
pub struct Chain {
    /// The iterator the closure maps, the same text in every backend (`x.iter().enumerate()`).
    pub iter: String,
    /// The closure's parameter pattern (`&v`, `(i, &v)`, `w`).
    pub pat: String,
    /// The closure's body.
    pub body: Node,
    /// How the mapped values are combined.
    pub reduce: Reduce,
}

/// The reduction of a [`Chain`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduce {
    /// `.sum()`.
    Sum,
    /// `.product()`.
    Product,
    /// `.fold(0.25, |acc, e| acc * 0.5 + e)`: order matters.
    Geometric,
    /// `.fold(-inf, max)`.
    Max,
}

/// The value a local array is declared with or reassigned.
#[derive(Clone, Debug)]
pub enum ArrInit {
    /// `[e; N]`, `[[e; N]; M]` (lengths outermost first).
    Fill(Box<Node>, Vec<usize>),
    /// `[a, b, c]`, `[[a, b], [c, d]]`: the elements in row-major order, the lengths.
    Lit(Vec<Node>, Vec<usize>),
    /// `s`: a copy of another local array.
    Copy(String),
    /// `vec![e; n]`: a runtime-length buffer (the length as written, `x.len()` or a
    /// literal).
    Vec(Box<Node>, String),
    /// `x` (`[F; N]`) or `*x` (`&[F; N]`): a copy of the array parameter, of length N.
    Param(String, bool, usize),
}

/// A branch of an expression `if`/`match`: a value, or text (a jump, an integer expression).
#[derive(Clone, Debug)]
pub enum Arm {
    /// The same text in every backend.
    Raw(String),
    /// A float expression.
    E(Box<Node>),
}

/// A condition.
#[derive(Clone, Debug)]
pub enum Cond {
    /// Integer (or inactive) comparison, the same text in every backend.
    Icmp(String),
    /// A float comparison.
    Fcmp(&'static str, Node, Node),
    /// `a && b`.
    And(Box<Cond>, Box<Cond>),
    /// `a || b`.
    Or(Box<Cond>, Box<Cond>),
    /// `!(a)`.
    Not(Box<Cond>),
}

/// An arm of a `match` statement.
#[derive(Clone, Debug)]
pub enum MArm {
    /// `n += 1`, `{}`, `break`, ...
    Raw(String),
    /// `return e`.
    Ret(Node),
    /// `{ s += e; }`.
    Stmts(Vec<Stmt>),
    /// `h[i] = e` as the arm's expression (an `ASet`, written without braces).
    Set(Box<Stmt>),
}

/// A statement.
#[derive(Clone, Debug)]
pub enum Stmt {
    /// `let [mut] name[: F] = e;`
    Let {
        name: String,
        e: Node,
        mutable: bool,
        annot: bool,
    },
    /// `name op= e;` (`op` is one of `= + - * /`).
    Op { name: String, op: char, e: Node },
    /// `let (a, b) = (e1, e2);`
    Tuple(String, String, Node, Node),
    /// `if c { .. } else { .. }`.
    If(Cond, Vec<Stmt>, Vec<Stmt>),
    /// `if c { ..; break; }` (statements before the jump, often none).
    IfJump(Cond, Vec<Stmt>, &'static str),
    /// `if c { return e; }`.
    IfRet(Cond, Node),
    /// `for i in lo..[=]hi { .. }`.
    For {
        i: String,
        lo: String,
        hi: String,
        incl: bool,
        body: Vec<Stmt>,
    },
    /// `for &v in x.iter() { .. }`.
    ForIter(String, String, Vec<Stmt>),
    /// `for v in x { .. }` (`*v`).
    ForRef(String, String, Vec<Stmt>),
    /// Integer and inactive statements: the same text in every backend.
    Raw(String),
    /// `match k { .. }`.
    Match(String, Vec<(String, MArm)>),
    /// `for i in (lo..[=]n).rev() { .. }`.
    ForRev {
        i: String,
        lo: String,
        n: String,
        incl: bool,
        body: Vec<Stmt>,
    },
    /// `let mut i = 0; while i < trips { ..; i += 1 }`.
    WhileTail(String, i64, Vec<Stmt>),
    /// `let mut i = 0; while i < trips { i += 1; .. }`.
    While(String, i64, Vec<Stmt>),
    /// `for {pat} in {iter} { .. }` over an adapted iterator (the same text in every backend).
    ForChain(String, String, Vec<Stmt>),
    /// `let (s, c) = e.sin_cos();`
    SinCos(String, String, Node),
    /// `let (a, b) = if c { (e1, e2) } else { (e3, e4) };`
    TupleIf(String, String, Cond, Box<[Node; 4]>),
    /// `{ .. }`: a nested block.
    /// `let [mut] h = [0.0; 3];` (and the other forms of `ArrInit`).
    ALet {
        name: String,
        mutable: bool,
        init: ArrInit,
    },
    /// `h = s;`, `h = [0.0; 3];`: a whole local array reassigned.
    AAssign(String, ArrInit),
    /// `h[i] op= e;` (`op` is one of `= + - * /`), also `out[i] = e;` of an
    /// out-parameter; `semi: false` as the last statement of a block (its tail).
    ASet {
        name: String,
        idx: Vec<String>,
        op: char,
        e: Node,
        semi: bool,
    },
    /// `{ .. }`: an inner block.
    Block(Vec<Stmt>),
    /// A call of a fixed helper (feature `call_shapes`).
    CallShape(super::grammar::call_shapes::CallShape),
    /// A call handing data to a fixed helper, or a method of a field (features
    /// `const_data`, `field_data`, `field_method`).
    DataCall(super::grammar::data_calls::DataCall),
}

/// A float literal as Rust source (the shortest text that reads back as `v`).
pub fn fmt_f(v: f64) -> String {
    let s = format!("{v:?}");
    if s.contains('e') || s.contains("inf") || s.contains("NaN") {
        format!("{v:.6}")
    } else {
        s
    }
}

/// The backend a program is rendered for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `f64`.
    F64,
    /// A generic `T: Float`.
    Gen,
    /// The num-dual twin over `D: DualNum<Primitive = f64>`.
    Dual,
}

/// The float methods whose derivative is 0 (the twin uses a constant).
pub const NONSMOOTH_ZERO: [&str; 5] = ["signum", "floor", "ceil", "round", "trunc"];

/// Renders the syntax tree for one backend.
pub struct Render {
    /// The backend.
    pub mode: Mode,
    /// Only for cosmetic choices (method or path syntax, literal style).
    pub rng: Rng,
    /// The slice parameter is a by-value array (`for v in x.iter()`).
    pub array: bool,
    /// The `vec!` buffers rendered so far: their compound writes are spelled out
    /// (`h[i] = h[i] * e`), since `h[i] *= e` with `e` reading `h` borrows a `Vec` of a
    /// non-primitive element (`T`, a dual number) twice.
    pub vec_bufs: Vec<String>,
}

impl Render {
    fn konst(&mut self, v: f64) -> String {
        let s = fmt_f(v);
        match self.mode {
            Mode::F64 => {
                let r = self.rng.random();
                if r < 0.15 {
                    s + "_f64"
                } else if r < 0.25 {
                    s + "f64"
                } else {
                    s
                }
            }
            Mode::Gen => {
                let r = self.rng.random();
                if v == 0.0 && r < 0.3 {
                    "T::zero()".into()
                } else if v == 1.0 && r < 0.3 {
                    "T::one()".into()
                } else if r < 0.2 {
                    format!("T::from({s}).unwrap()")
                } else {
                    format!("c::<T>({s})")
                }
            }
            Mode::Dual => format!("kd::<D>({s})"),
        }
    }

    fn intc(&self, e: &str) -> String {
        match self.mode {
            Mode::F64 => format!("({e} as f64)"),
            Mode::Gen => format!("c::<T>({e} as f64)"),
            Mode::Dual => format!("kd::<D>({e} as f64)"),
        }
    }

    fn named_const(&self, name: &str) -> String {
        let p = match name {
            "PI" => "core::f64::consts::PI",
            "E" => "std::f64::consts::E",
            other => other,
        };
        self.f64val(p)
    }

    /// The float type's name.
    pub fn tyname(&self) -> &'static str {
        match self.mode {
            Mode::F64 => "f64",
            Mode::Gen => "T",
            Mode::Dual => "D",
        }
    }

    fn method(&mut self, name: &str, recv: &str, rest: &[String]) -> String {
        if self.mode == Mode::Dual {
            return dual_method(name, recv, rest);
        }
        let r = self.rng.random();
        if r < 0.7 {
            return format!("{}.{name}({})", paren(recv), rest.join(", "));
        }
        let owner = match self.mode {
            Mode::F64 if r < 0.85 => "f64",
            Mode::Gen if r < 0.85 => "T",
            _ => "Float",
        };
        let mut all = vec![recv.to_string()];
        all.extend(rest.iter().cloned());
        format!("{owner}::{name}({})", all.join(", "))
    }

    /// An expression.
    pub fn expr(&mut self, n: &Node) -> String {
        match n {
            Node::Var(v) => v.clone(),
            Node::Deref(v) => format!("*{v}"),
            Node::Const(v) => self.konst(*v),
            Node::Named(v) => self.named_const(v),
            Node::ConstArr(a, i) => self.f64val(&format!("{a}[{i}]")),
            Node::IntC(e) => self.intc(e),
            Node::Idx(a, i) => format!("{a}[{i}]"),
            Node::Bin(op, a, b) => {
                let (a, b) = (self.expr(a), self.expr(b));
                format!("{} {op} {}", paren(&a), paren(&b))
            }
            Node::Neg(a) => format!("-{}", paren(&self.expr(a))),
            Node::M(name, args) => {
                let sub: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
                self.method(name, &sub[0], &sub[1..])
            }
            Node::Powi(a, k) => {
                let a = self.expr(a);
                self.method("powi", &a, &[k.to_string()])
            }
            Node::Call(name, args, kind) => {
                let sub: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
                if let CallKind::Rec { lit, data } = kind {
                    super::grammar::rec_call_text(name, &sub, *lit, *data, self.mode)
                } else if matches!(
                    kind,
                    CallKind::SliceGrad { .. } | CallKind::OutsideWrt { .. }
                ) {
                    super::grammar::call_text(name, &sub, *kind, self.mode)
                } else {
                    nested_call(name, &sub, *kind, self.mode == Mode::Dual)
                }
            }
            Node::If(c, a, b) => {
                let c = self.cond(c);
                let (a, b) = (self.expr(a), self.expr(b));
                format!("if {c} {{ {a} }} else {{ {b} }}")
            }
            Node::Block(t, a, b) => {
                let (a, b) = (self.expr(a), self.expr(b));
                format!("{{ let {t} = {a}; {b} }}")
            }
            Node::Fc(e) => self.f64val(e),
            Node::Weight => self.f64val("weight(Cfg { k })"),
            Node::Jif(c, a, b) => {
                let c = self.cond(c);
                let (a, b) = (self.arm(a), self.arm(b));
                format!("if {c} {{ {a} }} else {{ {b} }}")
            }
            Node::Match(scr, arms) => {
                let arms: Vec<String> = arms
                    .iter()
                    .map(|(p, v)| format!("{p} => {},", self.arm(v)))
                    .collect();
                format!("match {scr} {{ {} }}", arms.join(" "))
            }
            Node::OptMatch(o, b, some, none) => {
                let (s, n) = (self.expr(some), self.expr(none));
                format!("match {o} {{ Some({b}) => {s}, None => {n} }}")
            }
            Node::Cast(a) => {
                let a = self.expr(a);
                match self.mode {
                    Mode::F64 if self.rng.random() < 0.7 => format!("({} as f64)", paren(&a)),
                    Mode::F64 => format!("f64::from({a})"),
                    Mode::Gen | Mode::Dual => paren(&a),
                }
            }
            Node::Angle(name, a) => {
                let a = self.expr(a);
                if self.mode == Mode::Dual {
                    let factor = if *name == "to_radians" {
                        "core::f64::consts::PI / 180.0"
                    } else {
                        "180.0 / core::f64::consts::PI"
                    };
                    return format!("({} * kd::<D>({factor}))", paren(&a));
                }
                self.method(name, &a, &[])
            }
            Node::Chain(c) => self.chain(c),
            Node::AIdx(a, idx) => element(a, idx),
        }
    }

    /// A reduced chain. num-dual's numbers are not `Sum`, nor is a generic `T: Float`:
    /// there the sum and the product are the folds they stand for.
    fn chain(&mut self, c: &Chain) -> String {
        let body = self.expr(&c.body);
        let it = format!("{}.map(|{}| {body})", c.iter, c.pat);
        let t = self.tyname();
        match (self.mode, c.reduce) {
            (Mode::F64, Reduce::Sum) => format!("{it}.sum::<{t}>()"),
            (Mode::F64, Reduce::Product) => format!("{it}.product::<{t}>()"),
            (_, Reduce::Sum) => {
                let z = self.konst(-0.0);
                format!("{it}.fold({z}, |cacc, cel| cacc + cel)")
            }
            (_, Reduce::Product) => {
                let one = self.konst(1.0);
                format!("{it}.fold({one}, |cacc, cel| cacc * cel)")
            }
            (_, Reduce::Geometric) => {
                let (init, half) = (self.konst(0.25), self.konst(0.5));
                format!("{it}.fold({init}, |cacc, cel| cacc * {half} + cel)")
            }
            (Mode::F64, Reduce::Max) => format!("{it}.fold(f64::NEG_INFINITY, f64::max)"),
            (Mode::Gen, Reduce::Max) => format!("{it}.fold(T::neg_infinity(), T::max)"),
            (Mode::Dual, Reduce::Max) => {
                format!("{it}.fold(kd::<D>(f64::NEG_INFINITY), dmax)")
            }
        }
    }

    /// An array value: the same shape in every backend (constants in the backend's
    /// type); the twin takes the array parameter as a slice, so its copy is written out
    /// element by element.
    pub fn arr_init(&mut self, init: &ArrInit) -> String {
        match init {
            ArrInit::Fill(e, dims) => {
                let mut s = self.expr(e);
                for n in dims.iter().rev() {
                    s = format!("[{s}; {n}]");
                }
                s
            }
            ArrInit::Lit(elems, dims) => {
                let items: Vec<String> = elems.iter().map(|e| self.expr(e)).collect();
                match dims.as_slice() {
                    [_] => format!("[{}]", items.join(", ")),
                    [_, cols] => {
                        let rows: Vec<String> = items
                            .chunks(*cols)
                            .map(|r| format!("[{}]", r.join(", ")))
                            .collect();
                        format!("[{}]", rows.join(", "))
                    }
                    _ => unreachable!("arrays have one or two dimensions"),
                }
            }
            ArrInit::Copy(src) => src.clone(),
            ArrInit::Vec(e, n) => {
                let s = self.expr(e);
                format!("vec![{s}; {n}]")
            }
            ArrInit::Param(x, deref, n) => {
                if self.mode == Mode::Dual {
                    let items: Vec<String> = (0..*n).map(|k| format!("{x}[{k}]")).collect();
                    format!("[{}]", items.join(", "))
                } else if *deref {
                    format!("*{x}")
                } else {
                    x.clone()
                }
            }
        }
    }

    /// `h[i] op= e` without the `;`.
    fn set(&mut self, name: &str, idx: &[String], op: char, e: &Node, compound: bool) -> String {
        let e = self.expr(e);
        let el = element(name, idx);
        if op == '=' {
            format!("{el} = {e}")
        } else if compound && !self.vec_bufs.iter().any(|b| b == name) {
            format!("{el} {op}= {e}")
        } else {
            format!("{el} = {el} {op} {}", paren(&e))
        }
    }

    fn arm(&mut self, a: &Arm) -> String {
        match a {
            Arm::Raw(s) => s.clone(),
            Arm::E(n) => self.expr(n),
        }
    }

    fn f64val(&self, e: &str) -> String {
        match self.mode {
            Mode::F64 => e.to_string(),
            Mode::Gen => format!("c::<T>({e})"),
            Mode::Dual => format!("kd::<D>({e})"),
        }
    }

    /// A condition.
    pub fn cond(&mut self, c: &Cond) -> String {
        match c {
            Cond::Icmp(s) => s.clone(),
            Cond::Fcmp(op, a, b) => {
                let (mut a, mut b) = (self.expr(a), self.expr(b));
                if self.mode == Mode::Dual {
                    a = format!("{}.re()", paren(&a));
                    b = format!("{}.re()", paren(&b));
                }
                format!("{a} {op} {b}")
            }
            Cond::And(a, b) => format!("{} && {}", self.cond(a), self.cond(b)),
            Cond::Or(a, b) => format!("{} || {}", self.cond(a), self.cond(b)),
            Cond::Not(a) => format!("!({})", self.cond(a)),
        }
    }

    /// Statements, indented `ind` levels; `compound` writes `s += e` (else `s = s + e`).
    pub fn stmts(&mut self, stmts: &[Stmt], compound: bool, ind: usize, out: &mut Vec<String>) {
        let pad = "    ".repeat(ind);
        for s in stmts {
            match s {
                Stmt::Let {
                    name,
                    e,
                    mutable,
                    annot,
                } => {
                    let ty = if *annot {
                        format!(": {}", self.tyname())
                    } else {
                        String::new()
                    };
                    let m = if *mutable { "mut " } else { "" };
                    let e = self.expr(e);
                    out.push(format!("{pad}let {m}{name}{ty} = {e};"));
                }
                Stmt::Op { name, op, e } => {
                    let e = self.expr(e);
                    if *op == '=' {
                        out.push(format!("{pad}{name} = {e};"));
                    } else if compound {
                        out.push(format!("{pad}{name} {op}= {e};"));
                    } else {
                        out.push(format!("{pad}{name} = {name} {op} {};", paren(&e)));
                    }
                }
                Stmt::Tuple(n1, n2, a, b) => {
                    let (a, b) = (self.expr(a), self.expr(b));
                    out.push(format!("{pad}let ({n1}, {n2}) = ({a}, {b});"));
                }
                Stmt::If(c, s1, s2) => {
                    let c = self.cond(c);
                    out.push(format!("{pad}if {c} {{"));
                    self.stmts(s1, compound, ind + 1, out);
                    if !s2.is_empty() {
                        out.push(format!("{pad}}} else {{"));
                        self.stmts(s2, compound, ind + 1, out);
                    }
                    out.push(format!("{pad}}}"));
                }
                Stmt::IfJump(c, pre, j) => {
                    let c = self.cond(c);
                    out.push(format!("{pad}if {c} {{"));
                    self.stmts(pre, compound, ind + 1, out);
                    out.push(format!("{pad}    {j};"));
                    out.push(format!("{pad}}}"));
                }
                Stmt::IfRet(c, e) => {
                    let c = self.cond(c);
                    let e = self.expr(e);
                    out.push(format!("{pad}if {c} {{"));
                    out.push(format!("{pad}    return {e};"));
                    out.push(format!("{pad}}}"));
                }
                Stmt::For {
                    i,
                    lo,
                    hi,
                    incl,
                    body,
                } => {
                    let eq = if *incl { "=" } else { "" };
                    out.push(format!("{pad}for {i} in {lo}..{eq}{hi} {{"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
                Stmt::ForIter(i, xs, body) => {
                    out.push(format!("{pad}for &{i} in {xs}.iter() {{"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
                Stmt::ForRef(i, xs, body) if xs.contains('.') => {
                    // a struct's array or `Vec` field: `for v in &m.w`
                    out.push(format!("{pad}for {i} in &{xs} {{"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
                Stmt::ForRef(i, xs, body) => {
                    let it = if self.array { ".iter()" } else { "" };
                    out.push(format!("{pad}for {i} in {xs}{it} {{"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
                Stmt::Raw(s) => out.push(format!("{pad}{s}")),
                Stmt::Match(scr, arms) => {
                    out.push(format!("{pad}match {scr} {{"));
                    for (pat, arm) in arms {
                        match arm {
                            MArm::Raw(s) => out.push(format!("{pad}    {pat} => {s},")),
                            MArm::Ret(e) => {
                                let e = self.expr(e);
                                out.push(format!("{pad}    {pat} => return {e},"));
                            }
                            MArm::Stmts(b) => {
                                out.push(format!("{pad}    {pat} => {{"));
                                self.stmts(b, compound, ind + 2, out);
                                out.push(format!("{pad}    }}"));
                            }
                            MArm::Set(st) => {
                                let Stmt::ASet {
                                    name, idx, op, e, ..
                                } = &**st
                                else {
                                    unreachable!("a write arm holds an element write")
                                };
                                let w = self.set(name, idx, *op, e, compound);
                                out.push(format!("{pad}    {pat} => {w},"));
                            }
                        }
                    }
                    out.push(format!("{pad}}}"));
                }
                Stmt::ForRev {
                    i,
                    lo,
                    n,
                    incl,
                    body,
                } => {
                    let eq = if *incl { "=" } else { "" };
                    out.push(format!("{pad}for {i} in ({lo}..{eq}{n}).rev() {{"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
                Stmt::WhileTail(i, trips, body) => {
                    out.push(format!("{pad}let mut {i} = 0;"));
                    out.push(format!("{pad}while {i} < {trips} {{"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
                Stmt::ForChain(pat, iter, body) => {
                    out.push(format!("{pad}for {pat} in {iter} {{"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
                Stmt::While(i, trips, body) => {
                    out.push(format!("{pad}let mut {i} = 0;"));
                    out.push(format!("{pad}while {i} < {trips} {{"));
                    out.push(format!("{pad}    {i} += 1;"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
                Stmt::CallShape(c) => {
                    for line in c.render(self) {
                        out.push(format!("{pad}{line}"));
                    }
                }
                Stmt::DataCall(c) => {
                    for line in c.render(self) {
                        out.push(format!("{pad}{line}"));
                    }
                }
                Stmt::SinCos(sn, cn, e) => {
                    let e = self.expr(e);
                    let call = match self.mode {
                        Mode::Dual => format!("{}.sin_cos()", paren(&e)),
                        _ => self.method("sin_cos", &e, &[]),
                    };
                    out.push(format!("{pad}let ({sn}, {cn}) = {call};"));
                }
                Stmt::TupleIf(n1, n2, c, parts) => {
                    let c = self.cond(c);
                    let p: Vec<String> = parts.iter().map(|e| self.expr(e)).collect();
                    out.push(format!(
                        "{pad}let ({n1}, {n2}) = if {c} {{ ({}, {}) }} else {{ ({}, {}) }};",
                        p[0], p[1], p[2], p[3]
                    ));
                }
                Stmt::ALet {
                    name,
                    mutable,
                    init,
                } => {
                    let m = if *mutable { "mut " } else { "" };
                    if matches!(init, ArrInit::Vec(..)) {
                        self.vec_bufs.push(name.clone());
                    }
                    let v = self.arr_init(init);
                    out.push(format!("{pad}let {m}{name} = {v};"));
                }
                Stmt::AAssign(name, init) => {
                    let v = self.arr_init(init);
                    out.push(format!("{pad}{name} = {v};"));
                }
                Stmt::ASet {
                    name,
                    idx,
                    op,
                    e,
                    semi,
                } => {
                    let w = self.set(name, idx, *op, e, compound);
                    let semi = if *semi { ";" } else { "" };
                    out.push(format!("{pad}{w}{semi}"));
                }
                Stmt::Block(body) => {
                    out.push(format!("{pad}{{"));
                    self.stmts(body, compound, ind + 1, out);
                    out.push(format!("{pad}}}"));
                }
            }
        }
    }
}

/// `h[i][j]`.
pub fn element(name: &str, idx: &[String]) -> String {
    let ix: String = idx.iter().map(|i| format!("[{i}]")).collect();
    format!("{name}{ix}")
}

fn dual_method(name: &str, recv: &str, rest: &[String]) -> String {
    let pr = paren(recv);
    if NONSMOOTH_ZERO.contains(&name) {
        return format!("kd::<D>({pr}.re().{name}())");
    }
    match name {
        "hypot" => {
            let r0 = paren(&rest[0]);
            format!("({pr} * {pr} + {r0} * {r0}).sqrt()")
        }
        "max" => format!("dmax({recv}, {})", rest[0]),
        "min" => format!("dmin({recv}, {})", rest[0]),
        "clamp" => format!("dclamp({recv}, {}, {})", rest[0], rest[1]),
        "mul_add" => format!("({pr} * {} + {})", paren(&rest[0]), paren(&rest[1])),
        "powf" => format!("({} * {pr}.ln()).exp()", paren(&rest[0])),
        "atan2" => format!("datan2({recv}, {})", rest[0]),
        "log" => format!("({pr}.ln() / {}.ln())", paren(&rest[0])),
        _ => format!("{pr}.{name}({})", rest.join(", ")),
    }
}

/// `s`, parenthesized unless it is a name, a literal, a call or an index.
pub fn paren(s: &str) -> String {
    let simple = s.replace('_', "").replace("::", "").replace('.', "");
    let alnum = !simple.is_empty() && simple.chars().all(char::is_alphanumeric);
    if alnum || (s.ends_with(')') && balanced_call(s)) || is_index(s) {
        s.to_string()
    } else {
        format!("({s})")
    }
}

/// `name[..]` or `name[..][..]` with no brackets inside the groups.
fn is_index(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || !(b[0].is_ascii_alphabetic() || b[0] == b'_') || !s.ends_with(']') {
        return false;
    }
    let Some(open) = s.find('[') else {
        return false;
    };
    if !s[..open].chars().all(|c| c.is_alphanumeric() || c == '_') {
        return false;
    }
    // `[..]` groups back to back
    let mut depth = 0;
    for ch in s[open..].chars() {
        match ch {
            '[' if depth == 0 => depth = 1,
            ']' if depth == 1 => depth = 0,
            '[' | ']' => return false,
            _ if depth == 0 => return false,
            _ => {}
        }
    }
    depth == 0
}

/// `name(...)` or `x.m(...)` with one outer group and no top-level operator.
fn balanced_call(s: &str) -> bool {
    let mut depth = 0i32;
    for ch in s.chars() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ' ' | '+' | '-' | '*' | '/' | '!' | '<' | '>' | '&' | '|' if depth == 0 => {
                return false
            }
            _ => {}
        }
    }
    (depth == 0 && !s.starts_with('('))
        || (s.starts_with('(') && matching_close(s) == Some(s.len() - 1))
}

fn matching_close(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, ch) in s.char_indices() {
        if ch == '(' {
            depth += 1;
        } else if ch == ')' {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// A call as written: `pK(a, b)` (the twin calls `pK_d`), or a nested derivative bound by
/// a tuple pattern in a block; the twin takes the same derivative of `pK_d` at dual
/// numbers over its own (`num_dual::Dual<D>`), so its value carries every perturbation
/// of the arguments.
fn nested_call(name: &str, sub: &[String], kind: CallKind, dual: bool) -> String {
    let dual_arg = |re: &str, eps: &str| format!("num_dual::Dual::new({re}, {eps})");
    match (kind, dual) {
        (CallKind::Plain, false) => format!("{name}({})", sub.join(", ")),
        (CallKind::Plain, true) => format!("{name}_d({})", sub.join(", ")),
        (CallKind::GradPart(k), false) => {
            let pat: Vec<&str> = (0..sub.len())
                .map(|i| if i == k { "nested_g" } else { "_" })
                .collect();
            format!(
                "{{ let (_, {}) = {name}_grad({}); nested_g }}",
                pat.join(", "),
                sub.join(", ")
            )
        }
        (CallKind::GradPart(k), true) => {
            let args: Vec<String> = sub
                .iter()
                .enumerate()
                .map(|(i, a)| dual_arg(a, if i == k { "D::one()" } else { "D::zero()" }))
                .collect();
            format!("{name}_d({}).eps", args.join(", "))
        }
        (CallKind::Jvp, false) => format!(
            "{{ let (_, nested_t) = {name}_jvp({}); nested_t }}",
            sub.join(", ")
        ),
        (CallKind::Jvp, true) => {
            let args: Vec<String> = sub.chunks(2).map(|p| dual_arg(&p[0], &p[1])).collect();
            format!("{name}_d({}).eps", args.join(", "))
        }
        (CallKind::SliceGrad { .. } | CallKind::OutsideWrt { .. } | CallKind::Rec { .. }, _) => {
            unreachable!("rendered by `grammar::call_text` and `grammar::rec_call_text`")
        }
    }
}
