#!/usr/bin/env python3
"""Seeded generator of random `#[differentiable]` programs and their property test.

Writes one Rust test file: N random functions drawn from the supported grammar, each
annotated with `#[differentiable]`, a twin of each over num-dual's `DualNum` (num-dual's
types do not implement `num_traits::Float`, so the twin is the oracle's copy), and one
`#[test]` per program comparing `_jvp`, `_vjp`, `_grad`, `_hvp` with num-dual, with each
other (w (J v) = <J^T w, v>, gradient = jvp along each basis vector) and with central
finite differences at 3 seeded random points.

    python3 tests/random/gen.py --count 525 --seed 1 --out tests/random_programs.rs

See tests/random/README.md. Only the Python standard library is used; the output depends
only on (--count, --seed, --exclude), never on the Python version (random.Random with an
integer seed is stable across versions for the calls used here).
"""

import argparse
import os
import random
import re
import subprocess

# Features the generator can leave out (for bisecting a failure, or while a macro bug
# is open). `--exclude a,b`.
FEATURES = [
    "cmp_active",  # conditions comparing float values (if / while / break)
    "cmp_literal",  # conditions comparing a float with a constant
    "generic",  # programs generic over T: Float
    "calls",  # calls between generated programs
    "slices",  # programs taking &[F]
    "early_return",  # `if c { return e; }`
    "while",  # while loops
    "break",  # break / continue
    "nonlinear_loop",  # p *= ..., m = m.max(..), m = f(m) in loops
    "iter_ref",  # `for v in x` (v: &F)
    "inactive",  # an inactive `k: usize` parameter
    "nonsmooth",  # abs signum floor ceil round trunc max min clamp
    "int_cast",  # loop counters as floats: `i as f64`, `c::<T>(i as f64)`
    "const_array",  # `W[i]` of a const array indexed by a loop counter
    "arrays",  # by-value `[F; N]` parameters instead of `&[F]`
    "overwrite",  # plain overwrites `s = x * e` and resets `if i == 2 { s = 0.0; }` of carried values
    "inactive_tail",  # integer statements as block tails with and without `;` (`n += 2`, `i += 1`)
    "match",  # `match` statements and expressions on integer scrutinees
    "jump_branch",  # `let k = if c { break } else { i };`, `let y = match i { 3 => continue, _ => e };`
    "rev_range",  # `for i in (0..n).rev() { ..; n += 1; }`
    "shadow",  # closure parameters, `match` bindings, `Cfg { k }` field-init shorthand
    "rng",  # an inactive `rng: &mut Lcg` parameter, `let u = rng.uniform();`
    "tail_loop",  # the last statement is a loop, the tail its accumulator (`s`, `s + last`)
]

UNARY_ANY = ["sin", "cos", "tanh", "atan", "asinh"]
UNARY_SMALL = ["exp", "exp2", "exp_m1", "sinh", "cosh"]
UNARY_POS = ["ln", "log2", "log10", "sqrt", "cbrt", "recip"]
NONSMOOTH_ZERO = ["signum", "floor", "ceil", "round", "trunc"]

# The features whose statements `Gen.new_stmt` draws, and how often a statement is one of them.
NEW_FEATURES = ["overwrite", "inactive_tail", "match", "jump_branch", "rev_range", "shadow", "rng"]
NEW_SHAPES = 0.3
NEW_SHAPES_IN_LOOPS = 0.45


def env_without(env, name):
    """The scope seen where `name` is rebound (a closure parameter, a match binding)."""
    pat = re.compile(r"\b%s\b" % re.escape(name))
    e = dict(env)
    for key in ("vars", "muts", "ints", "imuts", "fconsts"):
        e[key] = [t for t in env.get(key, []) if t[0] != name]
    e["elems"] = [x for x in env["elems"] if not pat.search(x)]
    e["derefs"] = [x for x in env.get("derefs", []) if x != name]
    return e


class Node:
    """Expression AST: kind + children + payload; rendered by `Render`."""

    def __init__(self, kind, *args, **kw):
        self.kind = kind
        self.args = args
        self.kw = kw


def fmt_f(v):
    s = repr(float(v))
    if "e" in s or "inf" in s or "nan" in s:
        s = "%.6f" % v
    return s


class Render:
    """Renders an AST for one backend: 'f64', 'gen' (T: Float) or 'dual' (D: DualNum)."""

    def __init__(self, mode, rng):
        self.mode = mode
        self.rng = rng  # only for cosmetic choices (method vs path syntax, literal style)

    def const(self, v):
        s = fmt_f(v)
        if self.mode == "f64":
            r = self.rng.random()
            if r < 0.15:
                return s + "_f64"
            if r < 0.25:
                return s + "f64"
            return s
        if self.mode == "gen":
            r = self.rng.random()
            if v == 0.0 and r < 0.3:
                return "T::zero()"
            if v == 1.0 and r < 0.3:
                return "T::one()"
            if r < 0.2:
                return "T::from(%s).unwrap()" % s
            return "c::<T>(%s)" % s
        return "kd::<D>(%s)" % s

    def intc(self, e):
        # an integer expression used as a float constant
        if self.mode == "f64":
            return "(%s as f64)" % e
        if self.mode == "gen":
            return "c::<T>(%s as f64)" % e
        return "kd::<D>(%s as f64)" % e

    def named_const(self, name):
        # PI, E, const items
        paths = {"PI": "core::f64::consts::PI", "E": "std::f64::consts::E"}
        p = paths.get(name, name)
        if self.mode == "f64":
            return p
        if self.mode == "gen":
            return "c::<T>(%s)" % p
        return "kd::<D>(%s)" % p

    def tyname(self):
        return {"f64": "f64", "gen": "T", "dual": "D"}[self.mode]

    def method(self, name, recv, *rest):
        if self.mode == "dual":
            return self.dual_method(name, recv, *rest)
        r = self.rng.random()
        args = ", ".join(rest)
        if r < 0.7:
            return "%s.%s(%s)" % (paren(recv), name, args)
        owner = "f64" if self.mode == "f64" and r < 0.85 else ("T" if self.mode == "gen" and r < 0.85 else "Float")
        allargs = ", ".join([recv] + list(rest))
        return "%s::%s(%s)" % (owner, name, allargs)

    def dual_method(self, name, recv, *rest):
        pr = paren(recv)
        if name in NONSMOOTH_ZERO:
            return "kd::<D>(%s.re().%s())" % (pr, name)
        if name == "hypot":
            return "(%s * %s + %s * %s).sqrt()" % (pr, pr, paren(rest[0]), paren(rest[0]))
        if name == "max":
            return "dmax(%s, %s)" % (recv, rest[0])
        if name == "min":
            return "dmin(%s, %s)" % (recv, rest[0])
        if name == "clamp":
            return "dclamp(%s, %s, %s)" % (recv, rest[0], rest[1])
        if name == "mul_add":
            return "(%s * %s + %s)" % (pr, paren(rest[0]), paren(rest[1]))
        if name == "powf":
            return "(%s * %s.ln()).exp()" % (paren(rest[0]), pr)
        if name == "atan2":
            return "datan2(%s, %s)" % (recv, rest[0])
        if name == "log":
            return "(%s.ln() / %s.ln())" % (pr, paren(rest[0]))
        return "%s.%s(%s)" % (pr, name, ", ".join(rest))

    def expr(self, n):
        k = n.kind
        if k == "var":
            return n.args[0]
        if k == "deref":
            return "*" + n.args[0]
        if k == "const":
            return self.const(n.args[0])
        if k == "named":
            return self.named_const(n.args[0])
        if k == "constarr":
            if self.mode == "f64":
                return "%s[%s]" % (n.args[0], n.args[1])
            return ("c::<T>(%s[%s])" if self.mode == "gen" else "kd::<D>(%s[%s])") % (n.args[0], n.args[1])
        if k == "intc":
            return self.intc(n.args[0])
        if k == "idx":
            return "%s[%s]" % (n.args[0], n.args[1])
        if k == "bin":
            return "%s %s %s" % (paren(self.expr(n.args[1])), n.args[0], paren(self.expr(n.args[2])))
        if k == "neg":
            return "-%s" % paren(self.expr(n.args[0]))
        if k == "m":
            name = n.args[0]
            sub = [self.expr(a) for a in n.args[1:]]
            return self.method(name, *sub)
        if k == "powi":
            return self.method("powi", self.expr(n.args[0]), str(n.args[1]))
        if k == "call":
            name = n.args[0] + ("_d" if self.mode == "dual" else "")
            return "%s(%s)" % (name, ", ".join(self.expr(a) for a in n.args[1:]))
        if k == "if":
            return "if %s { %s } else { %s }" % (self.cond(n.args[0]), self.expr(n.args[1]), self.expr(n.args[2]))
        if k == "block":
            return "{ let %s = %s; %s }" % (n.args[0], self.expr(n.args[1]), self.expr(n.args[2]))
        if k == "fc":
            # an inactive f64 value (a random draw, a closure's sum, a match binding)
            return self.f64val(n.args[0])
        if k == "weight":
            return self.f64val("weight(Cfg { k })")
        if k == "jif":
            # `if c { break } else { e }`: a branch is a Node or a jump
            return "if %s { %s } else { %s }" % (self.cond(n.args[0]), self.arm(n.args[1]), self.arm(n.args[2]))
        if k == "match":
            arms = " ".join("%s => %s," % (p, self.arm(v)) for p, v in n.args[1])
            return "match %s { %s }" % (n.args[0], arms)
        if k == "optmatch":
            o, b, some, none = n.args
            return "match %s { Some(%s) => %s, None => %s }" % (o, b, self.expr(some), self.expr(none))
        raise ValueError(k)

    def arm(self, v):
        return v if isinstance(v, str) else self.expr(v)

    def f64val(self, e):
        if self.mode == "f64":
            return e
        if self.mode == "gen":
            return "c::<T>(%s)" % e
        return "kd::<D>(%s)" % e

    def cond(self, c):
        k = c.kind
        if k == "icmp":
            return c.args[0]
        if k == "fcmp":
            a, b = self.expr(c.args[1]), self.expr(c.args[2])
            if self.mode == "dual":
                a, b = "%s.re()" % paren(a), "%s.re()" % paren(b)
            return "%s %s %s" % (a, c.args[0], b)
        if k == "and":
            return "%s && %s" % (self.cond(c.args[0]), self.cond(c.args[1]))
        if k == "or":
            return "%s || %s" % (self.cond(c.args[0]), self.cond(c.args[1]))
        if k == "not":
            return "!(%s)" % self.cond(c.args[0])
        raise ValueError(k)


def paren(s):
    simple = s.replace("_", "").replace(".", "").replace("::", "")
    if simple.isalnum() or (s.endswith(")") and balanced_call(s)) or re.match(r"^[A-Za-z_]\w*\[[^\[\]]*\]$", s):
        return s
    return "(%s)" % s


def balanced_call(s):
    # `name(...)` or `x.m(...)` with one outer group and no top-level operator
    depth = 0
    for i, ch in enumerate(s):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and ch in " +-*/!<>&|":
            return False
    return depth == 0 and not s.startswith("(") or (s.startswith("(") and matching_close(s) == len(s) - 1)


def matching_close(s):
    depth = 0
    for i, ch in enumerate(s):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


class Gen:
    """Builds one program: a list of statements (tuples) and a tail expression."""

    def __init__(self, rng, excl, callees, consts):
        self.rng = rng
        self.excl = excl
        self.callees = callees  # [(name, nargs)] earlier scalar programs without calls
        self.consts = consts
        self.counter = 0
        self.has_call = False
        self.shapes = set()  # the shapes this program contains (for --stats)
        self.typed = set()  # random draws passed bare to a call: their `let` gets `: f64`

    def on(self, feat):
        return feat not in self.excl

    def fresh(self, base="v"):
        self.counter += 1
        return "%s%d" % (base, self.counter)

    # ---- expressions: return (node, bound on |value|)
    def leaf(self, env):
        if env.get("fconsts") and self.rng.random() < 0.12:
            name, b = self.rng.choice(env["fconsts"])
            return Node("fc", name), b
        if any(nm == "k" for nm, _ in env["ints"]) and self.rng.random() < 0.1:
            return Node("weight"), 2.0
        r = self.rng.random()
        if r < 0.3 and (env["elems"] or env.get("derefs")):
            opts = [("idx", e) for e in env["elems"]] + [("deref", d) for d in env.get("derefs", [])]
            k, e = self.rng.choice(opts)
            if k == "deref":
                return Node("deref", e), 1.5
            return Node("idx", env["slice"], e), 1.5
        if r < 0.75 and env["vars"]:
            name, b = self.rng.choice(env["vars"])
            return Node("var", name), b
        if r < 0.8:
            nm = self.rng.choice(["PI", "E"] + [c for c, _ in self.consts["scalars"]])
            return Node("named", nm), 3.2
        if r < 0.85 and env["ints"] and self.on("int_cast"):
            i = self.rng.choice(env["ints"])
            return Node("intc", i[0]), i[1]
        if r < 0.9 and env["ints"] and self.on("const_array"):
            i = self.rng.choice([x for x in env["ints"] if x[1] <= 5] or [None])
            if i is not None:
                arr = self.rng.choice(self.consts["arrays"])
                return Node("constarr", arr, i[0]), 2.0
        v = round(self.rng.uniform(-2, 2), self.rng.choice([1, 2, 3]))
        return Node("const", v), abs(v)

    def squash(self, n, b, lim=3.0):
        if b <= lim:
            return n, b
        f = self.rng.choice(["tanh", "sin", "atan", "cos"])
        return Node("m", f, n), 1.6

    def pos(self, env, d):
        """A positive expression bounded away from 0: (node, lower, upper)."""
        a, b = self.expr(env, d)
        r = self.rng.random()
        if r < 0.3:
            a, b = self.squash(a, b, 5.0)
            return Node("bin", "+", Node("const", 1.0), Node("bin", "*", a, a)), 1.0, 1 + b * b
        if r < 0.5:
            return Node("bin", "+", Node("const", 2.0), Node("m", "sin", a)), 1.0, 3.0
        if r < 0.65:
            return Node("bin", "+", Node("const", 1.5), Node("m", "tanh", a)), 0.5, 2.5
        if r < 0.8:
            a, b = self.squash(a, b, 2.0)
            return Node("m", "exp", a), 0.13, 7.4
        if r < 0.9:
            a, b = self.squash(a, b, 2.0)
            return Node("m", "cosh", a), 1.0, 3.8
        return Node("m", "hypot", a, Node("const", 1.0)), 1.0, 1 + b

    def expr(self, env, d):
        if d <= 0 or self.rng.random() < 0.2:
            return self.leaf(env)
        r = self.rng.random()
        if r < 0.3:
            op = self.rng.choice("+-*")
            a, ba = self.expr(env, d - 1)
            b, bb = self.expr(env, d - 1)
            if op == "*":
                if ba * bb > 40:
                    a, ba = self.squash(a, ba, 1.0)
                    b, bb = self.squash(b, bb, 6.0)
                return Node("bin", "*", a, b), ba * bb
            return Node("bin", op, a, b), ba + bb
        if r < 0.38:
            a, ba = self.expr(env, d - 1)
            p, lo, _ = self.pos(env, d - 1)
            return Node("bin", "/", a, p), ba / lo
        if r < 0.42:
            a, ba = self.expr(env, d - 1)
            return Node("neg", a), ba
        if r < 0.52:
            a, _ = self.expr(env, d - 1)
            f = self.rng.choice(UNARY_ANY)
            return Node("m", f, a), 2.0 if f == "asinh" else 1.6
        if r < 0.6:
            a, ba = self.expr(env, d - 1)
            a, ba = self.squash(a, ba, 2.0)
            f = self.rng.choice(UNARY_SMALL)
            return Node("m", f, a), 7.5
        if r < 0.68:
            p, lo, hi = self.pos(env, d - 1)
            f = self.rng.choice(UNARY_POS)
            return Node("m", f, p), max(hi, 1 / lo, 3.0)
        if r < 0.73:
            a, ba = self.expr(env, d - 1)
            a, ba = self.squash(a, ba, 3.0)
            f = self.rng.choice(["asin", "acos", "atanh", "tan"])
            if f == "tan":
                return Node("m", "tan", Node("m", "sin", a)), 1.6
            inner = Node("bin", "*", Node("const", 0.9), Node("m", self.rng.choice(["sin", "tanh"]), a))
            return Node("m", f, inner), 3.2
        if r < 0.76:
            p, lo, hi = self.pos(env, d - 1)
            sq = Node("bin", "*", p, p)
            f = self.rng.choice(["acosh", "ln_1p"])
            # acosh needs >= 1 (and > 1 for a finite derivative); pos() may be as small as 0.13
            return Node("m", f, Node("bin", "+", Node("const", 1.1 if f == "acosh" else 0.5), sq)), max(3.0, hi)
        if r < 0.8:
            a, ba = self.expr(env, d - 1)
            n = self.rng.choice([2, 3, -1, -2, 0, 1])
            if n <= 0:
                p, lo, hi = self.pos(env, d - 1)
                return Node("powi", p, n), max(1.0, (1 / lo) ** -n)
            a, ba = self.squash(a, ba, 3.0)
            return Node("powi", a, n), ba ** n
        if r < 0.84:
            p, lo, hi = self.pos(env, d - 1)
            if hi > 10:
                return Node("m", "sqrt", p), hi ** 0.5
            e, be = self.expr(env, d - 1)
            e, be = self.squash(e, be, 1.5)
            if self.rng.random() < 0.3:
                # base exp(0.5 + 0.4 sin e) lies in [1.1, 2.5]: never 1
                base = Node("bin", "+", Node("const", 0.5), Node("bin", "*", Node("const", 0.4), Node("m", "sin", e)))
                return Node("m", "log", p, Node("m", "exp", base)), 5.0
            return Node("m", "powf", p, e), max(hi, 1 / lo) ** be + 1
        if r < 0.87:
            a, ba = self.expr(env, d - 1)
            b, bb = self.expr(env, d - 1)
            if self.rng.random() < 0.5:
                # keep (a, b) away from (0, 0), where atan2 has no derivative
                sq = Node("bin", "+", Node("const", 0.5), Node("bin", "*", b, b))
                return Node("m", "atan2", a, sq if self.rng.random() < 0.5 else Node("neg", sq)), 3.2
            # hypot is not differentiable at (0, 0), which a constant-folded value can hit exactly
            b = Node("bin", "+", Node("const", 0.5), Node("bin", "*", b, b))
            return Node("m", "hypot", a, b), ba + 0.5 + bb * bb
        if r < 0.9:
            a, ba = self.expr(env, d - 1)
            b, bb = self.expr(env, d - 1)
            e, be = self.expr(env, d - 1)
            a, ba = self.squash(a, ba, 3.0)
            b, bb = self.squash(b, bb, 3.0)
            return Node("m", "mul_add", a, b, e), ba * bb + be
        if r < 0.95 and self.on("nonsmooth"):
            a, ba = self.expr(env, d - 1)
            rr = self.rng.random()
            if rr < 0.3:
                b, bb = self.expr(env, d - 1)
                return Node("m", self.rng.choice(["max", "min"]), a, b), max(ba, bb)
            if rr < 0.5:
                lo = round(self.rng.uniform(-1.5, 0), 2)
                hi = round(self.rng.uniform(0.1, 1.5), 2)
                return Node("m", "clamp", a, Node("const", lo), Node("const", hi)), 1.5
            if rr < 0.7:
                return Node("m", "abs", a), ba
            f = self.rng.choice(NONSMOOTH_ZERO)
            b, bb = self.expr(env, d - 1)
            b, bb = self.squash(b, bb, 3.0)
            return Node("bin", "*", Node("m", f, a), b), (ba + 1) * bb
        if r < 0.97 and self.callees and self.on("calls") and not env.get("nocall"):
            name, nargs = self.rng.choice(self.callees)
            args = []
            for _ in range(nargs):
                a, ba = self.expr(env, d - 1)
                a = self.squash(a, ba, 1.5)[0]
                # the macro must see the type of a value from a method call that it
                # passes to a differentiable callee (also inside `-u`, `u + 1.0`):
                # `let u: f64 = rng.uniform();`
                self.typed.update(draws_in(a))
                args.append(a)
            self.has_call = True
            return Node("call", name, *args), self.callee_bound
        if r < 0.985:
            a, ba = self.expr(env, d - 1)
            t = self.fresh("t")
            env2 = dict(env, vars=env["vars"] + [(t, ba)])
            b, bb = self.expr(env2, d - 1)
            return Node("block", t, a, b), bb
        c = self.cond(env, d - 1)
        a, ba = self.expr(env, d - 1)
        b, bb = self.expr(env, d - 1)
        return Node("if", c, a, b), max(ba, bb)

    callee_bound = 50.0

    def cond(self, env, d, allow_int=True):
        if allow_int and env.get("fconsts") and self.rng.random() < 0.12:
            # an inactive float: a random draw, a closure's sum
            name, b = self.rng.choice(env["fconsts"])
            return Node("icmp", "%s %s %s" % (name, self.rng.choice(["<", ">"]), fmt_f(round(self.rng.uniform(-b, b), 2))))
        r = self.rng.random()
        ints = env["ints"] + env.get("imuts", [])
        if allow_int and ints and (r < 0.4 or (not self.on("cmp_active") and not self.on("cmp_literal"))):
            i = self.rng.choice(ints)
            k = self.rng.randint(0, max(0, i[1]))
            op = self.rng.choice(["<", ">", "==", "!=", "<=", ">="])
            c = Node("icmp", "%s %s %d" % (i[0], op, k))
            if self.rng.random() < 0.2:
                c = Node("icmp", "%s %% 2 == %d" % (i[0], self.rng.randint(0, 1)))
            return c
        if not self.on("cmp_active") and not self.on("cmp_literal"):
            return Node("icmp", self.rng.choice(["true", "false"]))
        op = self.rng.choice(["<", ">", "<=", ">="])
        a, _ = self.expr(env, min(d, 1))
        if self.on("cmp_literal") and (self.rng.random() < 0.5 or not self.on("cmp_active")):
            c = Node("fcmp", op, a, Node("const", round(self.rng.uniform(-1, 1), 2)))
        else:
            b, _ = self.expr(env, min(d, 1))
            c = Node("fcmp", op, a, b)
        rr = self.rng.random()
        if rr < 0.1:
            return Node("not", c)
        if rr < 0.2:
            return Node(self.rng.choice(["and", "or"]), c, self.cond(env, 0))
        return c

    # ---- statements
    def block(self, env, n, depth, loop=None, draw=False):
        """n statements in a scope; env is copied so that inner lets stay inner."""
        env = dict(
            env,
            vars=list(env["vars"]),
            muts=list(env["muts"]),
            ints=list(env["ints"]),
            imuts=list(env.get("imuts", [])),
            fconsts=list(env.get("fconsts", [])),
        )
        out = []
        at = self.rng.randint(0, n) if draw else -1
        for j in range(n + 1):
            if j == at:
                # a random draw of the program's `rng` somewhere in the block
                out.extend(self.s_uniform(env, depth, loop))
            if j < n:
                out.extend(self.stmt(env, depth, loop))
        return out, env

    def bounds_mul(self, env, name, f):
        for lst in (env["vars"], env["muts"]):
            for i, (nm, b) in enumerate(lst):
                if nm == name:
                    lst[i] = (nm, min(b * f, 1e6))

    def set_bound(self, env, name, b):
        for lst in (env["vars"], env["muts"]):
            for i, (nm, _) in enumerate(lst):
                if nm == name:
                    lst[i] = (nm, b)

    def stmt(self, env, depth, loop):
        rng = self.rng
        if self.any_new() and rng.random() < (NEW_SHAPES_IN_LOOPS if loop else NEW_SHAPES):
            out = self.new_stmt(env, depth, loop)
            if out:
                return out
        r = rng.random()
        ed = rng.choice([1, 2, 2, 3])
        if r < 0.25 or not env["vars"]:
            e, b = self.expr(env, ed)
            # shadowing: reuse an existing immutable name sometimes
            imm = [v for v, _ in env["vars"] if v not in [m for m, _ in env["muts"]] and not v.startswith("x")]
            if imm and rng.random() < 0.25:
                name = rng.choice(imm)
                env["vars"] = [(v, bb) for v, bb in env["vars"] if v != name]
            else:
                name = self.fresh("a")
            env["vars"].append((name, b))
            return [("let", name, e, False, rng.random() < 0.3)]
        if r < 0.37:
            e, b = self.expr(env, ed)
            name = self.fresh("m")
            env["vars"].append((name, b))
            env["muts"].append((name, b))
            return [("let", name, e, True, rng.random() < 0.3)]
        if r < 0.5 and env["muts"]:
            return [self.update(env, ed, loop)]
        if r < 0.55 and self.on("calls") or r < 0.58:
            # tuple let
            a, ba = self.expr(env, ed)
            b, bb = self.expr(env, ed)
            n1, n2 = self.fresh("u"), self.fresh("w")
            env["vars"] += [(n1, ba), (n2, bb)]
            return [("tuple", n1, n2, a, b)]
        if r < 0.68:
            c = self.cond(env, 1)
            if env["muts"] and rng.random() < 0.6:
                s1, _ = self.block(env, 0, depth, loop)
                s1 = [self.update(env, ed, loop)]
                s2 = [self.update(env, ed, loop)] if rng.random() < 0.7 else []
                return [("if", c, s1, s2)]
            a, ba = self.expr(env, ed)
            b, bb = self.expr(env, ed)
            name = self.fresh("a")
            env["vars"].append((name, max(ba, bb)))
            return [("let", name, Node("if", c, a, b), False, False)]
        if depth >= 2 or loop is not None and depth >= 1 and rng.random() < 0.5:
            e, b = self.expr(env, ed)
            name = self.fresh("a")
            env["vars"].append((name, b))
            return [("let", name, e, False, False)]
        return self.loop_stmt(env, depth)

    def loop_stmt(self, env, depth, kind=None, itail=False):
        rng = self.rng
        out = []
        if not env["muts"] or rng.random() < 0.5:
            # a fresh accumulator for the loop
            init = rng.choice([0.0, 1.0, 0.5])
            name = self.fresh("s")
            out.append(("let", name, Node("const", init), True, rng.random() < 0.3))
            env["vars"].append((name, 1.0))
            env["muts"].append((name, 1.0))
        out.extend(self.loop(env, depth, kind=kind, itail=itail))
        return out

    def pick_mut(self, env, name=None):
        if name is None:
            return self.rng.choice(env["muts"])
        return [m for m in env["muts"] if m[0] == name][0]

    def update(self, env, ed, loop, name=None):
        rng = self.rng
        name, b = self.pick_mut(env, name)
        r = rng.random()
        trips = loop or 1
        # Inside a loop the bounds of carried values are only known before the loop, so
        # every update is squashed: no iteration can grow a value more than linearly.
        lim = 0.0 if loop else 20.0
        if r < 0.35:
            e, be = self.expr(env, ed)
            e, be = self.squash(e, be, lim)
            self.set_bound(env, name, b + trips * be)
            return ("op", name, rng.choice("+-"), e)
        if r < 0.55 and self.on("nonlinear_loop") or loop is None and r < 0.55:
            e, be = self.expr(env, ed)
            f = Node("bin", "+", Node("const", 1.0), Node("bin", "*", Node("const", 0.3), Node("m", "sin", e)))
            self.bounds_mul(env, name, 1.3 ** trips)
            return ("op", name, "*", f)
        if r < 0.65 and (self.on("nonlinear_loop") or loop is None):
            p, lo, hi = self.pos(env, ed - 1)
            if lo >= 0.9:
                self.bounds_mul(env, name, 1.0 / lo ** trips)
                return ("op", name, "/", p)
            self.bounds_mul(env, name, 1.3 ** trips)
            return ("op", name, "*", Node("bin", "+", Node("const", 1.0), Node("bin", "*", Node("const", 0.3), Node("m", "cos", p))))
        if r < 0.8 and (self.on("nonlinear_loop") or loop is None):
            e, be = self.expr(env, ed)
            cur = Node("var", name)
            if rng.random() < 0.5 and self.on("nonsmooth"):
                e, be = self.squash(e, be, min(lim, 10.0))
                self.set_bound(env, name, max(b, be))
                return ("op", name, "=", Node("m", rng.choice(["max", "min"]), cur, e))
            f = rng.choice(["sin", "tanh", "atan", "cos"])
            self.set_bound(env, name, 1.6)
            return ("op", name, "=", Node("m", f, Node("bin", "+", Node("bin", "*", Node("const", 0.7), cur), e)))
        # linear overwrite: m = 0.5 * m + e
        e, be = self.expr(env, ed)
        e, be = self.squash(e, be, min(lim, 10.0))
        self.set_bound(env, name, b + trips * be)
        return ("op", name, "=", Node("bin", "+", Node("bin", "*", Node("const", 0.5), Node("var", name)), e))

    def loop(self, env, depth, kind=None, itail=False, focus=None):
        """The statements of one loop (an integer `let` may come first)."""
        rng = self.rng
        L = env["len"]
        pre = []
        if kind is None:
            kinds = ["range"]
            if L and self.on("slices"):
                kinds += ["slice_range", "slice_range", "iter"]
            if self.on("while"):
                kinds.append("while")
            if env.get("kparam"):
                kinds.append("kparam")
            if self.on("rev_range"):
                kinds.append("rev")
            kind = rng.choice(kinds)
        if kind == "while" and self.on("inactive_tail") and rng.random() < 0.4:
            kind = "while_tail"
        self.shapes.add({"rev": "reversed range, bound mutated", "while_tail": "while, increment as tail"}.get(kind, kind + " loop"))
        if depth > 0:
            self.shapes.add("nested loop")
        i = self.fresh("i")
        # Inside the body, a carried value may have grown over earlier iterations: use a
        # pessimistic bound for every mutable value of the enclosing scopes.
        carried = set(m for m, _ in env["muts"])
        grow = lambda lst: [(n, (b + 10) * 5 if n in carried else b) for n, b in lst]
        inner = dict(
            env,
            ints=list(env["ints"]),
            elems=list(env["elems"]),
            vars=grow(env["vars"]),
            muts=grow(env["muts"]),
            imuts=[(n, 40) for n, _ in env.get("imuts", [])],
            fconsts=list(env.get("fconsts", [])),
            cont_ok=True,
        )
        bump = None
        if kind == "range":
            lo = rng.randint(0, 2)
            hi = lo + rng.randint(1, 4)
            incl = rng.random() < 0.3
            if env["ints"] and rng.random() < 0.3:
                # (j + 1)..n with an enclosing counter
                j = rng.choice(env["ints"])
                lo_s, hi_s, trips, maxi = "(%s + 1)" % j[0], str(j[1] + 3), 3, j[1] + 3
                head = ("for", i, lo_s, hi_s, False)
            else:
                trips = hi - lo + (1 if incl else 0)
                maxi = hi
                head = ("for", i, str(lo), str(hi), incl)
            inner["ints"].append((i, maxi))
        elif kind == "kparam":
            head = ("for", i, "0", "nk", False)
            trips = 3
            inner["ints"].append((i, 3))
        elif kind == "slice_range":
            v = rng.random()
            xs = env["slice"]
            if v < 0.4:
                head = ("for", i, "0", "%s.len()" % xs, False)
                inner["elems"] = [i]
            elif v < 0.7:
                head = ("for", i, "0", "%s.len() - 1" % xs, False)
                inner["elems"] = [i, "%s + 1" % i]
            elif v < 0.85:
                head = ("for", i, "1", "%s.len()" % xs, False)
                inner["elems"] = [i, "%s - 1" % i]
            else:
                head = ("for", i, "0", "%s.len() / 2" % xs, False)
                inner["elems"] = ["2 * %s + 1" % i, "2 * %s" % i]
            trips = L
            inner["ints"].append((i, L))
        elif kind == "iter":
            xs = env["slice"]
            if self.on("iter_ref") and rng.random() < 0.4:
                head = ("forref", i, xs)
                inner["derefs"] = list(env.get("derefs", [])) + [i]
            else:
                head = ("foriter", i, xs)
                inner["vars"].append((i, 1.5))
            trips = L
        elif kind == "rev":
            # `let mut n = 3; for i in (0..n).rev() { ..; n += 1; }`: the range is fixed when
            # the loop starts
            n = self.fresh("n")
            init, lo, incl = rng.randint(2, 4), rng.choice([0, 0, 1]), rng.random() < 0.3
            pre.append(("raw", "let mut %s = %d;" % (n, init)))
            head = ("forrev", i, str(lo), n, incl)
            trips = init - lo + (1 if incl else 0)
            inner["ints"].append((i, init))
            bump = n
        elif kind == "while_tail":
            # `while i < 3 { ..; i += 1 }`: the increment is the body's tail (no `continue`)
            trips = rng.randint(1, 4)
            head = ("while_t", i, trips)
            inner["ints"].append((i, trips))
            inner["cont_ok"] = False
        else:
            trips = rng.randint(1, 4)
            head = ("while", i, trips)
            inner["ints"].append((i, trips))
        draw = bool(env.get("rng")) and rng.random() < 0.3
        body, benv = self.block(inner, rng.randint(1, 2), depth + 1, loop=trips, draw=draw)
        # loop-carried updates of the enclosing mutable variables
        body += self.carried(benv, trips, focus)
        if self.on("break") and kind != "iter" and rng.random() < 0.35:
            c = self.cond(inner, 1, allow_int=True)
            pos = rng.randint(0, len(body))
            jump = rng.choice(["break", "continue"]) if inner["cont_ok"] else "break"
            body.insert(pos, ("ifjump", c, jump))
        if bump:
            body.insert(rng.randint(0, len(body)), ("raw", "%s += 1;" % bump))
        if kind == "while_tail":
            body.append(("raw", "%s += 1;" % i))
        elif itail or self.on("inactive_tail") and rng.random() < 0.2:
            # `for .. { ..; n += 2 }`
            p2, nm = self.imut(env)
            pre += p2
            body.append(("raw", "%s += %d;" % (nm, rng.randint(1, 2))))
            self.shapes.add("inactive tail of a loop")
        last = body[-1]
        if last[0] == "raw" and re.match(r"^\w+ \+= \d+;$", last[1]) and rng.random() < 0.5:
            body[-1] = ("raw", last[1][:-1])
        # propagate bounds of the outer mutables
        for nm, b in benv["muts"]:
            self.set_bound(env, nm, b)
        env["imuts"] = [(n, 40) for n, _ in env.get("imuts", [])]
        if bump:
            env["imuts"].append((bump, init + trips))
        return pre + [head + (body,)]

    # ---- the shapes of the "new" features
    def any_new(self):
        return any(self.on(f) for f in NEW_FEATURES)

    def new_stmt(self, env, depth, loop):
        rng = self.rng
        opts = []
        if self.on("overwrite") and env["muts"]:
            opts += [(2, lambda: self.s_overwrite(env, loop)), (2, lambda: self.s_reset(env, loop))]
        if self.on("inactive_tail"):
            opts.append((2, lambda: self.s_inactive(env, depth, loop)))
        if self.on("match"):
            opts += [(3 if loop else 2, lambda: self.s_match(env, depth, loop)), (2, lambda: self.s_match_expr(env))]
        if self.on("jump_branch") and self.on("break") and loop is not None:
            opts.append((3, lambda: self.s_jump_let(env)))
        if self.on("rev_range") and depth < 2:
            opts.append((1, lambda: self.loop_stmt(env, depth, kind="rev")))
        if self.on("shadow"):
            opts += [(1, lambda: self.s_closure(env)), (1, lambda: self.s_option(env)), (1, lambda: self.s_cfg(env, loop))]
        if env.get("rng"):
            opts.append((2, lambda: self.s_uniform(env, depth, loop)))
        if not opts:
            return None
        r = rng.random() * sum(w for w, _ in opts)
        for w, f in opts:
            r -= w
            if r < 0:
                return f()
        return opts[-1][1]()

    def carried(self, env, trips, focus=None):
        """Loop-carried updates; `focus` (the accumulator of a trailing loop) is updated first."""
        rng = self.rng
        out = []
        for j in range(rng.randint(1, 2)):
            name = focus if j == 0 else None
            r = rng.random() if self.on("overwrite") else 1.0
            if self.on("overwrite") and r < (0.6 if name else 0.15):
                if rng.random() < 0.5:
                    out += self.s_overwrite(env, trips, name)
                else:
                    out += self.s_reset(env, trips, name)
            else:
                out.append(self.update(env, rng.randint(1, 2), trips, name))
        return out

    def s_overwrite(self, env, loop, name=None):
        """`s = x * e;`: a carried value overwritten without being read."""
        self.shapes.add("overwrite")
        rng = self.rng
        name, b = self.pick_mut(env, name)
        env2 = env_without(env, name)
        e, be = self.expr(env2, rng.randint(1, 2))
        if rng.random() < 0.5:
            a, ba = self.leaf(env2)
            e, be = Node("bin", "*", a, e), ba * be
        e, be = self.squash(e, be, 3.0 if loop else 20.0)
        self.set_bound(env, name, max(b, be))
        return [("op", name, "=", e)]

    def s_reset(self, env, loop, name=None):
        """`if i == 2 { s = 0.0; }` followed by `s += e;`."""
        self.shapes.add("reset")
        rng = self.rng
        name, b = self.pick_mut(env, name)
        if env["ints"] and rng.random() < 0.8:
            i, hi = rng.choice(env["ints"])
            c = Node("icmp", "%s == %d" % (i, rng.randint(0, max(0, min(hi, 3)))))
        else:
            c = self.cond(env, 1)
        val = rng.choice([0.0, 0.0, 1.0, 0.5])
        out = [("if", c, [("op", name, "=", Node("const", val))], [])]
        if rng.random() < 0.7:
            e, be = self.expr(env, rng.randint(1, 2))
            e, be = self.squash(e, be, 0.0 if loop else 20.0)
            self.set_bound(env, name, b + (loop or 1) * be)
            out.append(("op", name, rng.choice("+-"), e))
        else:
            out.append(self.update(env, rng.randint(1, 2), loop, name))
        return out

    def imut(self, env, fresh=False):
        """An inactive integer `let mut` (an existing one, or a new one declared first)."""
        rng = self.rng
        if env.get("imuts") and not fresh and rng.random() < 0.6:
            return [], rng.choice(env["imuts"])[0]
        nm = self.fresh("n")
        env["imuts"] = env.get("imuts", []) + [(nm, 40)]
        ty = rng.choice(["", "", ": usize"])
        return [("raw", "let mut %s%s = %s;" % (nm, ty, rng.choice(["0", "0", "1", "0usize"])))], nm

    def s_inactive(self, env, depth, loop):
        """Integer statements as block tails: `for .. { n += 2 }`, `while i < 3 { ..; i += 1 }`,
        `if c { k += 1 } else { k += 2 }`."""
        rng = self.rng
        semi = lambda: ";" if rng.random() < 0.5 else ""
        v = rng.random()
        if v < 0.2 and depth < 2:
            pre, nm = self.imut(env)
            i, hi = self.fresh("i"), rng.randint(1, 4)
            return pre + [("for", i, "0", str(hi), False, [("raw", "%s += %d%s" % (nm, rng.randint(1, 2), semi()))])]
        if v < 0.35 and depth < 2:
            return self.loop_stmt(env, depth, kind="range", itail=True)
        if v < 0.5 and depth < 2 and self.on("while"):
            return self.loop_stmt(env, depth, kind="while_tail")
        pre, nm = self.imut(env)
        if v < 0.9:
            c = self.cond(env, 1)
            a = [("raw", "%s += 1%s" % (nm, semi()))]
            b = [("raw", "%s += 2%s" % (nm, semi()))] if rng.random() < 0.7 else []
            self.shapes.add("inactive if/else")
            return pre + [("if", c, a, b)]
        return pre + [("raw", "%s += %d;" % (nm, rng.randint(1, 3)))]

    def scrutinee(self, env):
        """(statements, an integer expression, its bound): a counter, or a new `let`."""
        rng = self.rng
        ints = env["ints"] + env.get("imuts", [])
        if ints and rng.random() < 0.85:
            nm, b = rng.choice(ints)
            r = rng.random()
            if r < 0.6:
                return [], nm, b
            if r < 0.8:
                return [], "%s %% 3" % nm, 2
            return [], "%s + 1" % nm, b + 1
        nm = self.fresh("j")
        r = rng.random()
        if env.get("kparam") and r < 0.4:
            src, b = "nk %% %d" % rng.randint(2, 4), 3
        elif env.get("fconsts") and r < 0.7:
            u, ub = rng.choice(env["fconsts"])
            src, b = "(%s * 3.0) as usize" % u, int(3 * ub) + 1
        else:
            b = rng.randint(0, 3)
            src = str(b)
        env["ints"].append((nm, b))
        return [("raw", "let %s = %s;" % (nm, src))], nm, b

    def patterns(self, b, n):
        vals = self.rng.sample(range(0, max(b, n) + 1), n)
        return [str(v) for v in sorted(vals)]

    def s_match(self, env, depth, loop):
        """`match k { 0 => n += 1, 1 => break, 2 => continue, 3 => {} _ => { s += e; } }`,
        with a `return e` arm at the top level."""
        self.shapes.add("match statement")
        rng = self.rng
        pre, scr, b = self.scrutinee(env)
        pats = self.patterns(b, rng.randint(1, 3))
        if len(pats) >= 2 and rng.random() < 0.25:
            pats[:2] = ["%s | %s" % (pats[0], pats[1])]
        kinds = ["inc", "empty", "stmts", "stmts"]
        if loop is not None:
            kinds += ["break", "continue" if env.get("cont_ok", True) else "break"]
        elif depth == 0 and self.on("early_return"):
            kinds.append("return")
        arms = []

        def arm(pat, kind, aenv):
            if kind == "stmts" and not aenv["muts"]:
                kind = "inc"
            self.shapes.add("match arm: %s" % kind)
            if kind == "inc":
                p2, nm = self.imut(env)
                pre.extend(p2)
                return (pat, "raw", "%s += %d" % (nm, rng.randint(1, 2)))
            if kind == "empty":
                return (pat, "raw", "{}")
            if kind in ("break", "continue"):
                return (pat, "raw", kind)
            if kind == "return":
                e, _ = self.expr(aenv, 2)
                return (pat, "ret", e)
            st = [self.update(aenv, rng.randint(1, 2), loop) for _ in range(rng.randint(1, 2))]
            for nm, bb in aenv["muts"]:
                old = [t[1] for t in env["muts"] if t[0] == nm]
                if old:
                    self.set_bound(env, nm, max(bb, old[0]))
            return (pat, "stmts", st)

        for p in pats:
            k = rng.choice(kinds)
            if k == "return":
                kinds.remove("return")
            arms.append(arm(p, k, env))
        # the catch-all never diverges; sometimes it binds the value, shadowing a name
        if rng.random() < 0.3:
            bind = self.shadow_name(env)
            aenv = env_without(env, bind)
            aenv["ints"] = aenv["ints"] + [(bind, b)]
            arms.append(arm(bind, rng.choice(["stmts", "empty", "inc"]), aenv))
        else:
            arms.append(arm("_", rng.choice(["stmts", "empty", "inc"]), env))
        return pre + [("match", scr, arms)]

    def shadow_name(self, env):
        """A name in scope to shadow (an active value, a counter), or a fresh one."""
        cands = [n for n, _ in env["vars"] + env["ints"] if n not in ("k",)]
        if cands and self.rng.random() < 0.75:
            return self.rng.choice(cands)
        return self.fresh("v")

    def s_match_expr(self, env):
        """`let y = match k { 0 => e1, 1 => e2, _ => e3 };`"""
        self.shapes.add("match expression")
        rng = self.rng
        pre, scr, b = self.scrutinee(env)
        arms, bd = [], 0.0
        for p in self.patterns(b, rng.randint(1, 3)) + ["_"]:
            e, be = self.expr(env, rng.randint(1, 2))
            arms.append((p, e))
            bd = max(bd, be)
        name = self.fresh("a")
        env["vars"].append((name, bd))
        return pre + [("let", name, Node("match", scr, arms), False, rng.random() < 0.2)]

    def s_jump_let(self, env):
        """`let k = if i > 1 { break } else { i };`, `let k = match i { 3 => continue, _ => i };`
        and the same with an active value in the other branch."""
        self.shapes.add("jump branch in let")
        rng = self.rng
        jump = "continue" if env.get("cont_ok", True) and rng.random() < 0.5 else "break"
        active = rng.random() < 0.5 or not env["ints"]
        pre = []
        if active:
            val, bv = self.expr(env, rng.randint(1, 2))
        else:
            i, hi = rng.choice(env["ints"])
            val, bv = rng.choice([(i, hi), ("%s + 1" % i, hi + 1), ("2 * %s" % i, 2 * hi)])
        if env["ints"] and rng.random() < 0.5:
            pre, scr, b = self.scrutinee(env)
            pats = self.patterns(b, rng.randint(1, 2))
            arms = [(p, jump) for p in pats]
            if rng.random() < 0.4 and active:
                e2, b2 = self.expr(env, 1)
                arms[-1] = (arms[-1][0], e2)
                bv = max(bv, b2)
            node = Node("match", scr, arms + [("_", val)])
        else:
            c = self.cond(env, 1)
            node = Node("jif", c, jump, val) if rng.random() < 0.6 else Node("jif", c, val, jump)
        if active:
            name = self.fresh("a")
            env["vars"].append((name, bv))
            return pre + [("let", name, node, False, rng.random() < 0.2)]
        name = "k" if rng.random() < 0.4 else self.fresh("k")
        env["ints"] = [t for t in env["ints"] if t[0] != name] + [(name, bv)]
        return pre + [("let", name, node, False, False)]

    def s_closure(self, env):
        """`let q: f64 = (0..3).map(|k| W[k]).sum();`: the closure's parameter shadows a name."""
        self.shapes.add("closure parameter shadowing")
        rng = self.rng
        p = self.shadow_name(env) if rng.random() < 0.8 else "k"
        small = [(n, b) for n, b in env["ints"] if b <= 6 and n != p]
        if small and rng.random() < 0.4:
            j, b = rng.choice(small)
            rs, cnt = "(0..=%s)" % j, b + 1
        else:
            cnt = rng.randint(2, 6)
            rs = "(0..%d)" % cnt
        body = rng.choice(["W[{p}]", "W[{p}] * V[{p}]", "V[{p}] + {p} as f64 * 0.25", "W[7 - {p}]"])
        body = body.format(p=p) if "=" not in rs else body.replace("[{p}]", "[{p} % 8]").replace("[7 - {p}]", "[7 - {p} % 8]").format(p=p)
        if rng.random() < 0.3:
            acc = self.shadow_name(env)
            if acc == p:
                acc = self.fresh("v")
            src = "%s.fold(0.0, |%s, %s| %s + %s)" % (rs, acc, p, acc, body)
        else:
            src = "%s.map(|%s| %s).sum()" % (rs, p, body)
        name = self.fresh("q")
        env["fconsts"].append((name, 3.0 * cnt))
        out = [("raw", "let %s: f64 = %s;" % (name, src))]
        return out + self.use_fconst(env, name, 3.0 * cnt)

    def use_fconst(self, env, name, b):
        """A statement using an inactive f64 right away (sometimes)."""
        rng = self.rng
        if rng.random() < 0.4:
            return []
        e, be = self.expr(env, rng.randint(1, 2))
        e, be = self.squash(e, be, 3.0)
        if env["muts"] and rng.random() < 0.5:
            m, mb = rng.choice(env["muts"])
            s = Node("fc", name)
            if b > 3.0:
                s = Node("m", "tanh", s)
            self.set_bound(env, m, mb + 3.0 * be)
            return [("op", m, "+", Node("bin", "*", s, e))]
        a = self.fresh("a")
        env["vars"].append((a, be * b))
        return [("let", a, Node("bin", "*", Node("fc", name), e), False, False)]

    def s_option(self, env):
        """`let v = e; let q = match opt { Some(v) => v, None => 0.5 };` with an inactive
        `opt: Option<f64>` built from a counter; or arms with active values."""
        self.shapes.add("match binding shadowing")
        rng = self.rng
        pre, scr, b = self.scrutinee(env)
        o = self.fresh("o")
        src = rng.choice(
            ["if {i} % 2 == 0 {{ Some(W[{i} % 8]) }} else {{ None }}", "if {i} > 1 {{ None }} else {{ Some(V[{i} % 8]) }}"]
        ).format(i="(%s)" % scr if " " in scr else scr)
        pre.append(("raw", "let %s: Option<f64> = %s;" % (o, src)))
        if rng.random() < 0.3:
            bind = self.fresh("v")
            e, be = self.expr(env, 1)
            env["vars"].append((bind, be))
            pre.append(("let", bind, e, False, False))
        else:
            bind = self.shadow_name(env)
        if rng.random() < 0.5:
            q = self.fresh("q")
            d = fmt_f(rng.choice([0.5, -0.25, 1.0]))
            pre.append(("raw", "let %s: f64 = match %s { Some(%s) => %s, None => %s };" % (q, o, bind, bind, d)))
            env["fconsts"].append((q, 1.5))
            return pre + self.use_fconst(env, q, 1.5)
        aenv = env_without(env, bind)
        aenv["fconsts"] = aenv["fconsts"] + [(bind, 1.5)]
        e1, b1 = self.expr(aenv, rng.randint(1, 2))
        some = Node("bin", rng.choice("+*"), Node("fc", bind), e1)
        e2, b2 = self.expr(env, rng.randint(1, 2))
        a = self.fresh("a")
        env["vars"].append((a, max(1.5 * b1 + 1.5, b2)))
        return pre + [("let", a, Node("optmatch", o, bind, some, e2), False, rng.random() < 0.2)]

    def s_cfg(self, env, loop):
        """`let k = i + 1; let k = k * 2; .. weight(Cfg { k })` (field-init shorthand)."""
        self.shapes.add("Cfg { k } shorthand")
        rng = self.rng
        r = rng.random()
        if env["ints"] and r < 0.6:
            i, b = rng.choice(env["ints"])
            src, b = rng.choice([("%s + 1" % i, b + 1), (i, b), ("%s %% 3" % i, 2)])
        elif env.get("kparam") and r < 0.8:
            src, b = "nk", 3
        else:
            b = rng.randint(0, 3)
            src = str(b)
        out = [("raw", "let k = %s;" % src), ("raw", "let k = k * 2;")]
        env["ints"] = [t for t in env["ints"] if t[0] != "k"] + [("k", 2 * b)]
        e, be = self.expr(env, rng.randint(1, 2))
        e, be = self.squash(e, be, 3.0)
        if env["muts"] and rng.random() < 0.5:
            m, mb = rng.choice(env["muts"])
            self.set_bound(env, m, mb + 2.0 * be * (loop or 1))
            return out + [("op", m, "+", Node("bin", "*", Node("weight"), e))]
        a = self.fresh("a")
        env["vars"].append((a, 2.0 * be))
        return out + [("let", a, Node("bin", "*", e, Node("weight")), False, False)]

    def s_uniform(self, env, depth, loop):
        """`let u = rng.uniform();` in the current scope, inside an `if`, or deciding one."""
        self.shapes.add("rng.uniform()")
        rng = self.rng
        u = self.fresh("u")
        draw = ("raw", "let %s%s = rng.uniform();" % (u, ": f64" if rng.random() < 0.3 else ""))
        v = rng.random()
        if v < 0.4 or not env["muts"]:
            env["fconsts"].append((u, 1.0))
            out = [draw] + self.use_fconst(env, u, 1.0)
            if rng.random() < 0.25:
                j = self.fresh("j")
                out.append(("raw", "let %s = (%s * 3.0) as usize;" % (j, u)))
                env["ints"].append((j, 2))
            return out
        if v < 0.75:
            c = self.cond(env, 1)
            # the branch's draw is in scope in the branch only; bounds are shared with env
            s1 = [draw] + self.use_update(dict(env, fconsts=env["fconsts"] + [(u, 1.0)]), u, loop)
            s2 = []
            if rng.random() < 0.4:
                u2 = self.fresh("u")
                benv = dict(env, fconsts=env["fconsts"] + [(u2, 1.0)])
                s2 = [("raw", "let %s = rng.uniform();" % u2)] + self.use_update(benv, u2, loop)
            return [("if", c, s1, s2)]
        env["fconsts"].append((u, 1.0))
        c = Node("icmp", "%s %s %s" % (u, rng.choice(["<", ">"]), fmt_f(round(rng.uniform(0.2, 0.8), 2))))
        s1 = [self.update(env, rng.randint(1, 2), loop)]
        s2 = [self.update(env, rng.randint(1, 2), loop)] if rng.random() < 0.5 else []
        return [draw, ("if", c, s1, s2)]

    def use_update(self, env, u, loop):
        rng = self.rng
        m, mb = rng.choice(env["muts"])
        e, be = self.expr(env, rng.randint(1, 2))
        e, be = self.squash(e, be, 3.0)
        self.set_bound(env, m, mb + be * (loop or 1))
        return [("op", m, rng.choice("+-"), Node("bin", "*", Node("fc", u), e))]


def render_stmts(stmts, R, compound, ind):
    pad = "    " * ind
    out = []
    for s in stmts:
        k = s[0]
        if k == "let":
            _, name, e, mut, annot = s
            ty = (": %s" % R.tyname()) if annot else ""
            out.append("%slet %s%s%s = %s;" % (pad, "mut " if mut else "", name, ty, R.expr(e)))
        elif k == "op":
            _, name, op, e = s
            if op == "=":
                out.append("%s%s = %s;" % (pad, name, R.expr(e)))
            elif compound:
                out.append("%s%s %s= %s;" % (pad, name, op, R.expr(e)))
            else:
                out.append("%s%s = %s %s %s;" % (pad, name, name, op, paren(R.expr(e))))
        elif k == "tuple":
            _, n1, n2, a, b = s
            out.append("%slet (%s, %s) = (%s, %s);" % (pad, n1, n2, R.expr(a), R.expr(b)))
        elif k == "if":
            _, c, s1, s2 = s
            out.append("%sif %s {" % (pad, R.cond(c)))
            out += render_stmts(s1, R, compound, ind + 1)
            if s2:
                out.append("%s} else {" % pad)
                out += render_stmts(s2, R, compound, ind + 1)
            out.append("%s}" % pad)
        elif k == "ifjump":
            out.append("%sif %s {" % (pad, R.cond(s[1])))
            out.append("%s    %s;" % (pad, s[2]))
            out.append("%s}" % pad)
        elif k == "ifret":
            out.append("%sif %s {" % (pad, R.cond(s[1])))
            out.append("%s    return %s;" % (pad, R.expr(s[2])))
            out.append("%s}" % pad)
        elif k == "for":
            _, i, lo, hi, incl, body = s
            out.append("%sfor %s in %s..%s%s {" % (pad, i, lo, "=" if incl else "", hi))
            out += render_stmts(body, R, compound, ind + 1)
            out.append("%s}" % pad)
        elif k == "foriter":
            _, i, xs, body = s
            out.append("%sfor &%s in %s.iter() {" % (pad, i, xs))
            out += render_stmts(body, R, compound, ind + 1)
            out.append("%s}" % pad)
        elif k == "forref":
            _, i, xs, body = s
            out.append("%sfor %s in %s%s {" % (pad, i, xs, ".iter()" if getattr(R, "array", False) else ""))
            out += render_stmts(body, R, compound, ind + 1)
            out.append("%s}" % pad)
        elif k == "raw":
            # integer and inactive statements: the same text in every backend
            out.append(pad + s[1])
        elif k == "match":
            _, scr, arms = s
            out.append("%smatch %s {" % (pad, scr))
            for pat, kind, payload in arms:
                if kind == "raw":
                    out.append("%s    %s => %s," % (pad, pat, payload))
                elif kind == "ret":
                    out.append("%s    %s => return %s," % (pad, pat, R.expr(payload)))
                else:
                    out.append("%s    %s => {" % (pad, pat))
                    out += render_stmts(payload, R, compound, ind + 2)
                    out.append("%s    }" % pad)
            out.append("%s}" % pad)
        elif k == "forrev":
            _, i, lo, n, incl, body = s
            out.append("%sfor %s in (%s..%s%s).rev() {" % (pad, i, lo, "=" if incl else "", n))
            out += render_stmts(body, R, compound, ind + 1)
            out.append("%s}" % pad)
        elif k == "while_t":
            _, i, trips, body = s
            out.append("%slet mut %s = 0;" % (pad, i))
            out.append("%swhile %s < %d {" % (pad, i, trips))
            out += render_stmts(body, R, compound, ind + 1)
            out.append("%s}" % pad)
        elif k == "while":
            _, i, trips, body = s
            out.append("%slet mut %s = 0;" % (pad, i))
            out.append("%swhile %s < %d {" % (pad, i, trips))
            out.append("%s    %s += 1;" % (pad, i))
            out += render_stmts(body, R, compound, ind + 1)
            out.append("%s}" % pad)
        else:
            raise ValueError(k)
    return out


class Program:
    pass


def make_program(idx, rng, excl, pool, consts, side):
    P = Program()
    P.name = "p%d" % idx
    on = lambda f: f not in excl
    P.mode = "gen" if on("generic") and rng.random() < 0.4 else "f64"
    P.compound = P.mode == "f64" or rng.random() < 0.6
    P.where = P.mode == "gen" and rng.random() < 0.3
    if on("slices") and rng.random() < 0.45:
        P.kind = "slice"
        P.len = rng.randint(3, 6)
        P.extra = rng.random() < 0.4
        P.n = P.len + (1 if P.extra else 0)
    else:
        P.kind = "scalar"
        P.len = 0
        P.extra = False
        P.n = rng.randint(2, 3)
    P.kparam = on("inactive") and rng.random() < 0.15
    # an inactive `rng: &mut Lcg` parameter, drawn from with `rng.uniform()`
    P.rng = on("rng") and rng.random() < 0.3
    # ... inactive by default, or by naming the active parameters
    P.wrt = P.rng and rng.random() < 0.3
    # by-value arrays `[F; N]`, drawn from a side stream so that adding them kept the programs of
    # the main stream unchanged
    P.array = P.kind == "slice" and on("arrays") and side.random() < 0.3
    callees = [
        (q.name, q.n)
        for q in pool
        if (q.mode == P.mode and (P.compound or not q.compound))
        or (P.mode == "f64" and q.mode == "gen" and not q.compound)
    ]
    g = Gen(rng, excl, callees[-12:], consts)
    g.callee_bound = 3.0
    if P.kind == "scalar":
        vars_ = [("x%d" % i, 1.5) for i in range(P.n)]
        elems = []
    else:
        vars_ = [("y", 1.5)] if P.extra else []
        elems = [str(i) for i in range(P.len)]
    env = {
        "vars": vars_,
        "muts": [],
        "ints": [],
        "elems": elems,
        "slice": "x",
        "len": P.len,
        "kparam": P.kparam,
        "rng": P.rng,
        "imuts": [],
        "fconsts": [],
        "cont_ok": True,
    }
    body = []
    if P.rng and rng.random() < 0.5:
        body += g.s_uniform(env, 0, None)
    body2, benv = g.block(env, rng.randint(2, 3), 0)
    body += body2
    if on("early_return") and rng.random() < 0.15:
        c = g.cond(benv, 1, allow_int=False)
        if c.kind != "icmp":
            e, _ = g.expr(benv, 2)
            body.append(("ifret", c, e))
    # every program with an `rng` parameter draws from it at least once
    draw = P.rng and "rng.uniform()" not in g.shapes
    body2, benv = g.block(benv, rng.randint(1, 2), 0, draw=draw)
    body += body2
    # tail: combine the live values so that (almost) everything is used
    live = [Node("var", v) for v, _ in benv["vars"] if not v.startswith("x") or P.kind == "scalar"]
    live = live[-5:]
    if P.kind == "slice":
        live.append(Node("idx", "x", str(rng.randrange(P.len))))
    tail = live[0]
    for v in live[1:]:
        tail = Node("bin", rng.choice("+-*") if rng.random() < 0.3 else "+", tail, v)
    tb = sum(b for _, b in benv["vars"][-5:]) + 1
    if on("tail_loop") and rng.random() < 0.35:
        # the last statement is a loop overwriting or resetting its accumulator `s`; the tail
        # is `s`, `s + last` or `s + a` with an epilogue `let a = e;`
        sn = g.fresh("s")
        body.append(("let", sn, Node("const", rng.choice([0.0, 1.0, 0.5])), True, rng.random() < 0.3))
        benv["vars"].append((sn, 1.0))
        benv["muts"].append((sn, 1.0))
        body += g.loop(benv, 0, focus=sn)
        tb = dict(benv["vars"])[sn]
        tail = Node("var", sn)
        r = rng.random()
        g.shapes.add("trailing loop, tail " + ("s + last" if r < 0.35 else "s + epilogue" if r < 0.7 else "s"))
        others = [(v, b) for v, b in benv["vars"] if v != sn and (not v.startswith("x") or P.kind == "scalar")]
        if r < 0.35 and others:
            v, b = rng.choice(others)
            tail, tb = Node("bin", rng.choice("+*"), tail, Node("var", v)), tb * (b + 1)
        elif r < 0.7:
            e, b = g.expr(benv, 2)
            a = g.fresh("a")
            body.append(("let", a, e, False, False))
            tail, tb = Node("bin", "+", tail, Node("var", a)), tb + b
    if tb > 1e3:
        tail = Node("m", "tanh", Node("bin", "*", Node("const", 0.001), tail))
    P.body = type_draws(body, g.typed)
    P.tail = tail
    P.calls = g.has_call
    P.shapes = g.shapes | ({"rng parameter"} if P.rng else set())
    return P


def draws_in(node):
    """The draws (`fc` leaves) an expression reads."""
    if not isinstance(node, Node):
        return set()
    if node.kind == "fc":
        return {node.args[0]}
    out = set()
    for a in node.args:
        out |= draws_in(a)
    return out


def type_draws(stmts, names):
    """`let u = rng.uniform();` -> `let u: f64 = rng.uniform();` for the draws in `names`."""
    if not names:
        return stmts

    def fix(x):
        if isinstance(x, list):
            return [fix(y) for y in x]
        if isinstance(x, tuple):
            if x and x[0] == "raw":
                m = re.match(r"^let (\w+) = rng\.uniform\(\);$", x[1])
                if m and m.group(1) in names:
                    return ("raw", "let %s: f64 = rng.uniform();" % m.group(1))
                return x
            return tuple(fix(y) for y in x)
        return x

    return fix(stmts)


def render_program(P, rng):
    out = []
    for mode in ("src", "dual"):
        if mode == "src":
            R = Render(P.mode, rng)
            T = "f64" if P.mode == "f64" else "T"
            bound = "Float + NumAssign" if P.compound else "Float"
            gens = "" if P.mode == "f64" else ("<T>" if P.where else "<T: %s>" % bound)
            where = " where T: %s" % bound if P.where and P.mode == "gen" else ""
            name = P.name
            if P.wrt:
                act = ["x%d" % i for i in range(P.n)] if P.kind == "scalar" else ["x"] + (["y"] if P.extra else [])
                out.append("#[differentiable(wrt(%s))]" % ", ".join(act))
            else:
                out.append("#[differentiable]")
            compound = P.compound
        else:
            R = Render("dual", rng)
            T = "D"
            gens = "<D: DualNum<Primitive = f64> + Copy>"
            where = ""
            name = P.name + "_d"
            compound = True
        if P.kind == "scalar":
            params = ["x%d: %s" % (i, T) for i in range(P.n)]
        else:
            xt = ("[%s; %d]" % (T, P.len)) if P.array and mode == "src" else ("&[%s]" % T)
            params = ["x: %s" % xt] + (["y: %s" % T] if P.extra else [])
        if P.kparam:
            params.append("nk: usize")
        if P.rng:
            params.append("rng: &mut Lcg")
        out.append("fn %s%s(%s) -> %s%s {" % (name, gens, ", ".join(params), T, where))
        R.array = P.array and mode == "src"
        out += render_stmts(P.body, R, compound, 1)
        out.append("    " + R.expr(P.tail))
        out.append("}")
        out.append("")
    return out


def render_test(P):
    n, L, nm = P.n, P.len, P.name
    # the inactive trailing arguments: `nk` (3) and the program's random stream
    k = (", 3" if P.kparam else "") + (", r" if P.rng else "")
    r = "r" if P.rng else "_"
    if P.kind == "scalar":
        xs = ", ".join("x[%d]" % i for i in range(n))
        xv = ", ".join("x[%d], v[%d]" % (i, i) for i in range(n))
        outs = ", ".join("a%d" % i for i in range(n))
        acc = " ".join("bar[%d] += a%d;" % (i, i) for i in range(n))
        st = " ".join("g[%d] = a%d;" % (i, i) for i in range(n))
        sth = " ".join("hv[%d] = a%d;" % (i, i) for i in range(n))
        f = "|x, %s| %s(%s%s)" % (r, nm, xs, k)
        jvp = "|x, v, %s| %s_jvp(%s%s)" % (r, nm, xv, k)
        vjp = "|x, s, bar, %s| {\n            let (y, %s) = %s_vjp(%s%s, s);\n            %s\n            y\n        }" % (
            r, outs, nm, xs, k, acc)
        grad = "|x, g, %s| {\n            let (y, %s) = %s_grad(%s%s);\n            %s\n            y\n        }" % (
            r, outs, nm, xs, k, st)
        hvp = "|x, v, hv, %s| {\n            let (y, %s) = %s_hvp(%s%s);\n            %s\n            y\n        }" % (
            r, outs, nm, xv, k, sth)
        dual = "|x, %s| %s_d(%s%s)" % (r, nm, xs, k)
    elif P.array:
        ax = "arr(x)"
        ys, yv = (", x[%d]" % L, ", x[%d], v[%d]" % (L, L)) if P.extra else ("", "")
        outs = "(y, a, b)" if P.extra else "(y, a)"
        f = "|x, %s| %s(%s%s%s)" % (r, nm, ax, ys, k)
        jvp = "|x, v, %s| %s_jvp(%s, arr(v)%s%s)" % (r, nm, ax, yv, k)
        badd = ("\n            bar[%d] += b;" % L) if P.extra else ""
        bset = ("\n            g[%d] = b;" % L) if P.extra else ""
        hset = ("\n            hv[%d] = b;" % L) if P.extra else ""
        vjp = (
            "|x, s, bar, %s| {\n            let %s = %s_vjp(%s%s%s, s);\n"
            "            for i in 0..%d {\n                bar[i] += a[i];\n            }%s\n            y\n        }"
        ) % (r, outs, nm, ax, ys, k, L, badd)
        grad = (
            "|x, g, %s| {\n            let %s = %s_grad(%s%s%s);\n"
            "            g[..%d].copy_from_slice(&a);%s\n            y\n        }"
        ) % (r, outs, nm, ax, ys, k, L, bset)
        hvp = (
            "|x, v, hv, %s| {\n            let %s = %s_hvp(%s, arr(v)%s%s);\n"
            "            hv[..%d].copy_from_slice(&a);%s\n            y\n        }"
        ) % (r, outs, nm, ax, yv, k, L, hset)
        if P.extra:
            dual = "|x, %s| %s_d(&x[..%d], x[%d]%s)" % (r, nm, L, L, k)
        else:
            dual = "|x, %s| %s_d(&x[..%d]%s)" % (r, nm, L, k)
    elif not P.extra:
        f = "|x, %s| %s(x%s)" % (r, nm, k)
        jvp = "|x, v, %s| %s_jvp(x, v%s)" % (r, nm, k)
        vjp = "|x, s, bar, %s| %s_vjp(x, bar%s, s)" % (r, nm, k)
        grad = "|x, g, %s| %s_grad(x, g%s)" % (r, nm, k)
        hvp = "|x, v, hv, %s| %s_hvp(x, v, hv%s)" % (r, nm, k)
        dual = "|x, %s| %s_d(x%s)" % (r, nm, k)
    else:
        sx = "&x[..%d]" % L
        f = "|x, %s| %s(%s, x[%d]%s)" % (r, nm, sx, L, k)
        jvp = "|x, v, %s| %s_jvp(%s, &v[..%d], x[%d], v[%d]%s)" % (r, nm, sx, L, L, L, k)
        vjp = (
            "|x, s, bar, %s| {\n            let (bx, by) = bar.split_at_mut(%d);\n"
            "            let (y, a) = %s_vjp(%s, bx, x[%d]%s, s);\n            by[0] += a;\n            y\n        }"
        ) % (r, L, nm, sx, L, k)
        grad = (
            "|x, g, %s| {\n            let (gx, gy) = g.split_at_mut(%d);\n"
            "            let (y, a) = %s_grad(%s, gx, x[%d]%s);\n            gy[0] = a;\n            y\n        }"
        ) % (r, L, nm, sx, L, k)
        hvp = (
            "|x, v, hv, %s| {\n            let (hx, hy) = hv.split_at_mut(%d);\n"
            "            let (y, a) = %s_hvp(%s, &v[..%d], hx, x[%d], v[%d]%s);\n            hy[0] = a;\n            y\n        }"
        ) % (r, L, nm, sx, L, L, L, k)
        dual = "|x, %s| %s_d(&x[..%d], x[%d]%s)" % (r, nm, L, L, k)
    return [
        "#[test]",
        "fn test_%s() {" % nm,
        "    check(&Case {",
        '        name: "%s",' % nm,
        "        n: %d," % n,
        "        f: %s," % f,
        "        jvp: %s," % jvp,
        "        vjp: %s," % vjp,
        "        grad: %s," % grad,
        "        hvp: %s," % hvp,
        "        dual: %s," % dual,
        "    });",
        "}",
        "",
    ]


HARNESS = r'''
/// A generated program seen through uniform closures over a flat input vector
/// (the slice's elements, then the extra scalar `y` if there is one) and the program's
/// random stream (ignored by programs without an `rng: &mut Lcg` parameter).
#[allow(clippy::type_complexity)]
struct Case {
    name: &'static str,
    n: usize,
    f: fn(&[f64], &mut Lcg) -> f64,
    jvp: fn(&[f64], &[f64], &mut Lcg) -> (f64, f64),
    /// Adds `s * gradient` into the last slice.
    vjp: fn(&[f64], f64, &mut [f64], &mut Lcg) -> f64,
    /// Overwrites the last slice with the gradient.
    grad: fn(&[f64], &mut [f64], &mut Lcg) -> f64,
    /// Overwrites the last slice with H v.
    hvp: fn(&[f64], &[f64], &mut [f64], &mut Lcg) -> f64,
    /// The num-dual twin, over hyper-dual numbers (first derivatives in `eps1`).
    dual: fn(&[HyperDual64], &mut Lcg) -> HyperDual64,
}

/// xorshift64*: seeded, reproducible (the test points).
struct Rng(u64);

impl Rng {
    fn new(name: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in name.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        lo + (hi - lo) * u
    }
}

/// The programs' own random stream, an inactive `rng: &mut Lcg` parameter: a side effect
/// every generated mode must perform exactly as often as the original function.
struct Lcg(u64);

impl Lcg {
    fn uniform(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    /// How many draws lead from `from` to `to` (for messages; `None` beyond 100 000).
    fn draws(from: u64, to: u64) -> Option<u32> {
        let mut l = Lcg(from);
        (0..100_000).find(|_| {
            let at = l.0 == to;
            l.uniform();
            at
        })
    }
}

/// Runs `eval` with a fresh `Lcg` seeded `s0`; asserts it left the stream at `want`.
fn with_lcg<R>(s0: u64, want: u64, ctx: &str, what: &str, eval: impl FnOnce(&mut Lcg) -> R) -> R {
    let mut l = Lcg(s0);
    let out = eval(&mut l);
    assert!(
        l.0 == want,
        "{ctx}: {what} drew {:?} random numbers, the original function {:?}",
        Lcg::draws(s0, l.0),
        Lcg::draws(s0, want)
    );
    out
}

/// The argument of `weight`, built with field-init shorthand (`Cfg { k }`).
#[allow(dead_code)]
struct Cfg {
    k: usize,
}

/// A plain (not differentiable) helper the programs call with inactive arguments.
#[allow(dead_code)]
fn weight(c: Cfg) -> f64 {
    W[c.k % 8] + 0.1 * (c.k % 5) as f64
}

/// Relative closeness with a floor of 1 on the scale (values are O(1) by construction).
fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * a.abs().max(b.abs()).max(1.0)
}

const TOL: f64 = 1e-9;
const FD_TOL: f64 = 2e-5;
const H: f64 = 1e-5;

#[allow(clippy::too_many_lines)]
fn check(c: &Case) {
    let n = c.n;
    let mut rng = Rng::new(c.name);
    for point in 0..3 {
        let x: Vec<f64> = (0..n).map(|_| rng.uniform(-1.5, 1.5)).collect();
        let v: Vec<f64> = (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let seed = rng.uniform(0.5, 2.0);
        let w = rng.uniform(-2.0, 2.0);
        let s0 = rng.next();
        let ctx = format!("{} at point {point}: x = {x:?}, v = {v:?}", c.name);
        // every evaluation starts the program's random stream afresh at s0 and must leave it
        // where the original function does
        let mut l = Lcg(s0);
        let f0 = (c.f)(&x, &mut l);
        let s1 = l.0;
        assert!(f0.is_finite(), "{ctx}: value {f0}");

        // Oracle: num-dual's hyper-dual numbers, one evaluation of the twin per input
        // (eps1 = e_i gives the gradient, eps2 = v gives H v) and one along v.
        let unit = |i: usize| -> Vec<f64> { (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect() };
        let hyper_at = |d1: &[f64], d2: &[f64], what: &str| {
            let xh: Vec<HyperDual64> = (0..n).map(|j| HyperDual64::new(x[j], d1[j], d2[j], 0.0)).collect();
            with_lcg(s0, s1, &ctx, what, |l| (c.dual)(&xh, l))
        };
        let zero = vec![0.0; n];
        let jvp_o = hyper_at(&v, &zero, "the num-dual twin");
        let (grad_o, hv_o): (Vec<f64>, Vec<f64>) = (0..n)
            .map(|i| {
                let h = hyper_at(&unit(i), &v, "the num-dual twin");
                (h.eps1, h.eps1eps2)
            })
            .unzip();
        assert!(close(jvp_o.re, f0, TOL), "{ctx}: dual twin value {} vs {f0}", jvp_o.re);

        // jvp
        let (val, t) = with_lcg(s0, s1, &ctx, "_jvp", |l| (c.jvp)(&x, &v, l));
        assert!(close(val, f0, 1e-12), "{ctx}: jvp value {val} vs {f0}");
        assert!(close(t, jvp_o.eps1, TOL), "{ctx}: jvp {t} vs num-dual {}", jvp_o.eps1);

        // grad (overwrites)
        let mut g = vec![f64::NAN; n];
        let val = with_lcg(s0, s1, &ctx, "_grad", |l| (c.grad)(&x, &mut g, l));
        assert!(close(val, f0, 1e-12), "{ctx}: grad value {val} vs {f0}");
        for i in 0..n {
            assert!(close(g[i], grad_o[i], TOL), "{ctx}: grad[{i}] {} vs num-dual {}", g[i], grad_o[i]);
        }

        // vjp (accumulates)
        let mut bar = vec![0.25; n];
        let val = with_lcg(s0, s1, &ctx, "_vjp", |l| (c.vjp)(&x, seed, &mut bar, l));
        assert!(close(val, f0, 1e-12), "{ctx}: vjp value {val} vs {f0}");
        for i in 0..n {
            let want = 0.25 + seed * grad_o[i];
            assert!(close(bar[i], want, TOL), "{ctx}: vjp[{i}] {} vs num-dual {want}", bar[i]);
        }

        // hvp (overwrites)
        let mut hv = vec![f64::NAN; n];
        let val = with_lcg(s0, s1, &ctx, "_hvp", |l| (c.hvp)(&x, &v, &mut hv, l));
        assert!(close(val, f0, 1e-12), "{ctx}: hvp value {val} vs {f0}");
        for i in 0..n {
            assert!(close(hv[i], hv_o[i], TOL), "{ctx}: hvp[{i}] {} vs num-dual {}", hv[i], hv_o[i]);
        }

        // Mode consistency, without the oracle: w (J v) from the jvp equals <J^T w, v> from
        // the vjp, and the gradient equals the jvp along each basis vector.
        let mut wbar = vec![0.0; n];
        with_lcg(s0, s1, &ctx, "_vjp", |l| (c.vjp)(&x, w, &mut wbar, l));
        let dot: f64 = wbar.iter().zip(&v).map(|(a, b)| a * b).sum();
        assert!(close(w * t, dot, TOL), "{ctx}: w (J v) = {} from _jvp, <J^T w, v> = {dot} from _vjp (w = {w})", w * t);
        for i in 0..n {
            let (_, ti) = with_lcg(s0, s1, &ctx, "_jvp", |l| (c.jvp)(&x, &unit(i), l));
            assert!(close(g[i], ti, TOL), "{ctx}: _grad[{i}] {} vs _jvp along e_{i} {ti}", g[i]);
        }

        // Finite differences: f along v against the jvp, the gradient along v against H v
        // (the rng of the gradient is checked against the original at the same point).
        let shift = |s: f64| -> Vec<f64> { x.iter().zip(&v).map(|(a, d)| a + s * d).collect() };
        let eval = |s: f64, g: &mut [f64]| {
            let xs = shift(s);
            let mut l = Lcg(s0);
            let f = (c.f)(&xs, &mut l);
            with_lcg(s0, l.0, &ctx, "_grad (shifted)", |l| (c.grad)(&xs, g, l));
            f
        };
        let (mut gp, mut gm) = (vec![0.0; n], vec![0.0; n]);
        let fd = (eval(H, &mut gp) - eval(-H, &mut gm)) / (2.0 * H);
        assert!(close(fd, t, FD_TOL), "{ctx}: jvp {t} vs finite difference {fd}");
        for i in 0..n {
            let fd = (gp[i] - gm[i]) / (2.0 * H);
            assert!(close(fd, hv[i], FD_TOL), "{ctx}: hvp[{i}] {} vs finite difference {fd}", hv[i]);
        }
    }
}

/// The first `N` inputs as a by-value array.
fn arr<const N: usize>(x: &[f64]) -> [f64; N] {
    x[..N].try_into().unwrap()
}

/// A constant in a program generic over `T: Float`.
fn c<T: Float>(v: f64) -> T {
    T::from(v).unwrap()
}

/// A constant in a num-dual twin.
fn kd<D: DualNum<Primitive = f64>>(v: f64) -> D {
    D::from(v)
}

/// `max`, `min`, `clamp` of the twins: the branch taken, as for the macro away from ties.
fn dmax<D: DualNum<Primitive = f64> + Copy>(a: D, b: D) -> D {
    if a.re() >= b.re() {
        a
    } else {
        b
    }
}

fn dmin<D: DualNum<Primitive = f64> + Copy>(a: D, b: D) -> D {
    if a.re() <= b.re() {
        a
    } else {
        b
    }
}

/// `atan2` of the twins. num-dual's `atan2` differentiates `atan(y / x)`, which is NaN at
/// `x = 0`; rotating by the primal angle gives the same value and exact derivatives of
/// every order wherever `(x, y) != (0, 0)`.
fn datan2<D: DualNum<Primitive = f64> + Copy>(y: D, x: D) -> D {
    let (x0, y0) = (x.re(), y.re());
    kd::<D>(y0.atan2(x0)) + ((y * x0 - x * y0) / (x * x0 + y * y0)).atan()
}

fn dclamp<D: DualNum<Primitive = f64> + Copy>(a: D, lo: D, hi: D) -> D {
    dmin(dmax(a, lo), hi)
}
'''


HARNESS_CONSTS = """const ALPHA: f64 = 0.7;
const BETA: f64 = -1.3;
const W: [f64; 8] = [0.5, -0.25, 1.5, 0.75, -1.0, 0.3, 1.1, -0.6];
const V: [f64; 8] = [1.0, 0.2, -0.4, 0.9, 0.1, -1.2, 0.6, 0.35];
"""


def harness_path(out):
    """`random/harness.rs` beside the output file: where its `include!` looks (in the
    repository, tests/random/harness.rs; in a scratch crate, its own copy)."""
    return os.path.join(os.path.dirname(os.path.abspath(out)), "random", "harness.rs")


def write_harness(out):
    """Writes the harness included by every generated file: the constants the programs
    read, the checking harness and the num-dual helpers of the twins."""
    text = (
        "// GENERATED by tests/random/gen.py (HARNESS_CONSTS and HARNESS), do not edit:\n"
        "// included with `include!` by every tests/random_programs*.rs.\n\n"
        + HARNESS_CONSTS
        + HARNESS
    )
    path = harness_path(out)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def wrap(text, width=90):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + ([cur] if cur else [])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="tests/random_programs.rs")
    ap.add_argument("--exclude", default="", help="comma-separated features to leave out: " + ", ".join(FEATURES))
    ap.add_argument("--only", type=int, nargs="*", help="emit only these program indices (and their callees)")
    ap.add_argument("--no-fmt", action="store_true", help="do not run rustfmt on the output")
    ap.add_argument("--skip", default="", help="comma-separated program indices to leave out (open macro bugs)")
    ap.add_argument("--skip-reason", default="", help="a note for the header: why they are left out")
    ap.add_argument("--stats", action="store_true", help="print how many programs contain each shape")
    a = ap.parse_args()
    excl = set(f for f in a.exclude.split(",") if f)
    for f in excl:
        if f not in FEATURES:
            ap.error("unknown feature %r" % f)
    rng = random.Random(a.seed)
    consts = {"scalars": [("ALPHA", 0.7), ("BETA", -1.3)], "arrays": ["W", "V"]}
    pool, progs = [], []
    for i in range(a.count):
        P = make_program(i, rng, excl, pool, consts, random.Random(a.seed * 7919 + i))
        progs.append(P)
        if P.kind == "scalar" and not P.calls and not P.kparam and not P.rng:
            pool.append(P)
    if a.stats:
        counts = {}
        for P in progs:
            for sh in P.shapes:
                counts[sh] = counts.get(sh, 0) + 1
        for sh in sorted(counts, key=lambda k: -counts[k]):
            print("%5.1f%%  %s" % (100.0 * counts[sh] / len(progs), sh))
    cmd = "python3 tests/random/gen.py --count %d --seed %d" % (a.count, a.seed)
    if excl:
        cmd += " --exclude " + ",".join(sorted(excl))
    if a.only is not None:
        cmd += " --only " + " ".join(map(str, a.only))
    cmd += " --out " + a.out
    keep = set(range(a.count)) if a.only is None else set(a.only)
    skip = set(int(v) for v in a.skip.split(",") if v)
    # a program that calls a skipped one is skipped too (the callee would be emitted for it)
    calls = {}
    for i in range(a.count):
        text = "\n".join(render_program(progs[i], random.Random(a.seed * 1000003 + i)))
        calls[i] = set(int(m) for m in re.findall(r"\bp(\d+)\(", text)) - {i}
    grew = True
    while grew:
        grew = False
        for i in range(a.count):
            if i not in skip and calls[i] & skip:
                skip.add(i)
                grew = True
    keep -= skip
    if skip:
        cmd += " --skip " + ",".join(str(v) for v in sorted(skip))
        if a.skip_reason:
            cmd += " --skip-reason '%s'" % a.skip_reason
    lines = [
        "//! Property test: %d random programs of the supported grammar, generated ahead of time." % len(keep),
        "//!",
        "//! Each `pN` is annotated with `#[differentiable]`; `pN_d` is its twin over num-dual's `DualNum`",
        "//! (num-dual's types do not implement `num_traits::Float`). Every mode (`_jvp`, `_vjp`, `_grad`,",
        "//! `_hvp`) is compared at 3 seeded random points with num-dual (`HyperDual64`: first derivatives",
        "//! and H v) to a relative 1e-9, with the other modes (w (J v) = <J^T w, v>, gradient = jvp along",
        "//! each basis vector), and with central finite differences as a sanity check. Programs with an",
        "//! `rng: &mut Lcg` parameter get a fresh stream per evaluation, and every mode must draw from it",
        "//! exactly as often as the original function.",
        "//!",
        "//! GENERATED, do not edit. Regenerate with:",
        "//!     %s" % cmd,
        "//! (generator seed %d; see tests/random/README.md for generating many more programs)." % a.seed,
    ]
    if skip:
        lines += [
            "//!",
            "//! Left out (%s): %d program(s)," % (a.skip_reason or "open macro bugs", len(skip)),
        ]
        lines += ["//!     " + l for l in wrap(" ".join("p%d" % v for v in sorted(skip)))]
    lines += [
        "",
        "// Random programs are written the way no one would write them by hand (x - x, unused",
        "// lets, loops that only index a const array, ...); these lints are about that style.",
        "#![allow(",
        "    unused_mut,",
        "    unused_variables,",
        "    unused_assignments,",
        "    unused_parens,",
        "    unused_comparisons,",
        "    clippy::absurd_extreme_comparisons,",
        "    clippy::approx_constant,",
        "    clippy::collapsible_else_if,",
        "    clippy::collapsible_if,",
        "    clippy::double_parens,",
        "    clippy::eq_op,",
        "    clippy::identity_op,",
        "    clippy::if_same_then_else,",
        "    clippy::let_and_return,",
        "    clippy::manual_range_contains,",
        "    clippy::needless_range_loop,",
        "    clippy::neg_multiply,",
        "    clippy::erasing_op,",
        "    clippy::precedence,",
        "    clippy::unnecessary_cast,",
        "    clippy::neg_cmp_op_on_partial_ord,",
        "    clippy::nonminimal_bool,",
        "    clippy::overly_complex_bool_expr,",
        "    clippy::redundant_locals,",
        "    clippy::unnecessary_min_or_max,",
        "    clippy::explicit_counter_loop,",
        "    clippy::manual_is_multiple_of,",
        "    clippy::manual_unwrap_or,",
        "    clippy::manual_unwrap_or_default,",
        "    clippy::misrefactored_assign_op,",
        "    clippy::mut_range_bound,",
        "    clippy::single_match",
        ")]",
        "",
        "use differentiable::differentiable;",
        "use num_dual::{DualNum, HyperDual64};",
        "use num_traits::{Float, NumAssign};",
        "",
        "// constants, the test harness and the num-dual helpers, shared by every file",
        'include!("random/harness.rs");',
        "",
    ]
    write_harness(a.out)
    # callees are needed even with --only
    need = set(keep)
    todo = sorted(need)
    while todo:
        i = todo.pop()
        for qi in calls[i] - need:
            need.add(qi)
            todo.append(qi)
    for i in sorted(need):
        lines += render_program(progs[i], random.Random(a.seed * 1000003 + i))
    for i in sorted(keep):
        lines += render_test(progs[i])
    with open(a.out, "w") as fh:
        fh.write("\n".join(lines).rstrip() + "\n")
    if not a.no_fmt:
        # the checked-in file must pass `cargo fmt --check`
        subprocess.run(["rustfmt", "--edition", "2021", a.out], check=True)
        subprocess.run(["rustfmt", "--edition", "2021", harness_path(a.out)], check=True)


if __name__ == "__main__":
    main()
