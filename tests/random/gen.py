#!/usr/bin/env python3
"""Seeded generator of random `#[differentiable]` programs and their property test.

Writes one Rust test file: N random functions drawn from the grammar of issue 2, each
annotated with `#[differentiable]`, a twin of each over num-dual's `DualNum` (num-dual's
types do not implement `num_traits::Float`, so the twin is the oracle's copy), and one
`#[test]` per program comparing `_jvp`, `_vjp`, `_grad`, `_hvp` with num-dual and with
central finite differences at 3 seeded random points.

    python3 tests/random/gen.py --count 150 --seed 1 --out tests/random_programs.rs

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
]

UNARY_ANY = ["sin", "cos", "tanh", "atan", "asinh"]
UNARY_SMALL = ["exp", "exp2", "exp_m1", "sinh", "cosh"]
UNARY_POS = ["ln", "log2", "log10", "sqrt", "cbrt", "recip"]
NONSMOOTH_ZERO = ["signum", "floor", "ceil", "round", "trunc"]


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
        return "k::<D>(%s)" % s

    def intc(self, e):
        # an integer expression used as a float constant
        if self.mode == "f64":
            return "(%s as f64)" % e
        if self.mode == "gen":
            return "c::<T>(%s as f64)" % e
        return "k::<D>(%s as f64)" % e

    def named_const(self, name):
        # PI, E, const items
        paths = {"PI": "core::f64::consts::PI", "E": "std::f64::consts::E"}
        p = paths.get(name, name)
        if self.mode == "f64":
            return p
        if self.mode == "gen":
            return "c::<T>(%s)" % p
        return "k::<D>(%s)" % p

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
            return "k::<D>(%s.re().%s())" % (pr, name)
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
            return ("c::<T>(%s[%s])" if self.mode == "gen" else "k::<D>(%s[%s])") % (n.args[0], n.args[1])
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
        raise ValueError(k)

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

    def on(self, feat):
        return feat not in self.excl

    def fresh(self, base="v"):
        self.counter += 1
        return "%s%d" % (base, self.counter)

    # ---- expressions: return (node, bound on |value|)
    def leaf(self, env):
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
                args.append(self.squash(a, ba, 1.5)[0])
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
        r = self.rng.random()
        ints = env["ints"]
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
    def block(self, env, n, depth, loop=None):
        """n statements in a scope; env is copied so that inner lets stay inner."""
        env = dict(env, vars=list(env["vars"]), muts=list(env["muts"]))
        out = []
        for _ in range(n):
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
        r = rng.random()
        ed = rng.randint(1, 3)
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
        out = []
        if not env["muts"] or rng.random() < 0.5:
            # a fresh accumulator for the loop
            init = rng.choice([0.0, 1.0, 0.5])
            name = self.fresh("s")
            out.append(("let", name, Node("const", init), True, rng.random() < 0.3))
            env["vars"].append((name, 1.0))
            env["muts"].append((name, 1.0))
        out.append(self.loop(env, depth))
        return out

    def update(self, env, ed, loop):
        rng = self.rng
        name, b = rng.choice(env["muts"])
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

    def loop(self, env, depth):
        rng = self.rng
        L = env["len"]
        kinds = ["range"]
        if L and self.on("slices"):
            kinds += ["slice_range", "slice_range", "iter"]
        if self.on("while"):
            kinds.append("while")
        if env.get("kparam"):
            kinds.append("kparam")
        kind = rng.choice(kinds)
        i = self.fresh("i")
        # Inside the body, a carried value may have grown over earlier iterations: use a
        # pessimistic bound for every mutable value of the enclosing scopes.
        carried = set(m for m, _ in env["muts"])
        grow = lambda lst: [(n, (b + 10) * 5 if n in carried else b) for n, b in lst]
        inner = dict(env, ints=list(env["ints"]), elems=list(env["elems"]), vars=grow(env["vars"]), muts=grow(env["muts"]))
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
        else:
            trips = rng.randint(1, 4)
            head = ("while", i, trips)
            inner["ints"].append((i, trips))
        body, benv = self.block(inner, rng.randint(1, 3), depth + 1, loop=trips)
        # loop-carried updates of the enclosing mutable variables
        for _ in range(rng.randint(1, 2)):
            body.append(self.update(benv, rng.randint(1, 2), trips))
        if self.on("break") and kind != "iter" and rng.random() < 0.35:
            c = self.cond(inner, 1, allow_int=True)
            pos = rng.randint(0, len(body))
            body.insert(pos, ("ifjump", c, rng.choice(["break", "continue"])))
        # propagate bounds of the outer mutables
        for nm, b in benv["muts"]:
            self.set_bound(env, nm, b)
        return head + (body,)


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
    }
    body, benv = g.block(env, rng.randint(2, 4), 0)
    if on("early_return") and rng.random() < 0.15:
        c = g.cond(benv, 1, allow_int=False)
        if c.kind != "icmp":
            e, _ = g.expr(benv, 2)
            body.append(("ifret", c, e))
    body2, benv = g.block(benv, rng.randint(1, 3), 0)
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
    if tb > 1e3:
        tail = Node("m", "tanh", Node("bin", "*", Node("const", 0.001), tail))
    P.body = body
    P.tail = tail
    P.calls = g.has_call
    return P


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
        out.append("fn %s%s(%s) -> %s%s {" % (name, gens, ", ".join(params), T, where))
        R.array = P.array and mode == "src"
        out += render_stmts(P.body, R, compound, 1)
        out.append("    " + R.expr(P.tail))
        out.append("}")
        out.append("")
    return out


def render_test(P):
    n, L, nm = P.n, P.len, P.name
    k = [", 3"] if P.kparam else [""]
    k = k[0]
    if P.kind == "scalar":
        xs = ", ".join("x[%d]" % i for i in range(n))
        xv = ", ".join("x[%d], v[%d]" % (i, i) for i in range(n))
        outs = ", ".join("a%d" % i for i in range(n))
        acc = " ".join("bar[%d] += a%d;" % (i, i) for i in range(n))
        st = " ".join("g[%d] = a%d;" % (i, i) for i in range(n))
        sth = " ".join("hv[%d] = a%d;" % (i, i) for i in range(n))
        f = "|x| %s(%s%s)" % (nm, xs, k)
        jvp = "|x, v| %s_jvp(%s%s)" % (nm, xv, k)
        vjp = "|x, s, bar| {\n            let (y, %s) = %s_vjp(%s%s, s);\n            %s\n            y\n        }" % (outs, nm, xs, k, acc)
        grad = "|x, g| {\n            let (y, %s) = %s_grad(%s%s);\n            %s\n            y\n        }" % (outs, nm, xs, k, st)
        hvp = "|x, v, hv| {\n            let (y, %s) = %s_hvp(%s%s);\n            %s\n            y\n        }" % (outs, nm, xv, k, sth)
        dual = "|x| %s_d(%s%s)" % (nm, xs, k)
    elif P.array:
        ax = "arr(x)"
        ys, yv = (", x[%d]" % L, ", x[%d], v[%d]" % (L, L)) if P.extra else ("", "")
        outs = "(y, a, b)" if P.extra else "(y, a)"
        f = "|x| %s(%s%s%s)" % (nm, ax, ys, k)
        jvp = "|x, v| %s_jvp(%s, arr(v)%s%s)" % (nm, ax, yv, k)
        badd = ("\n            bar[%d] += b;" % L) if P.extra else ""
        bset = ("\n            g[%d] = b;" % L) if P.extra else ""
        hset = ("\n            hv[%d] = b;" % L) if P.extra else ""
        vjp = (
            "|x, s, bar| {\n            let %s = %s_vjp(%s%s%s, s);\n"
            "            for i in 0..%d {\n                bar[i] += a[i];\n            }%s\n            y\n        }"
        ) % (outs, nm, ax, ys, k, L, badd)
        grad = (
            "|x, g| {\n            let %s = %s_grad(%s%s%s);\n"
            "            g[..%d].copy_from_slice(&a);%s\n            y\n        }"
        ) % (outs, nm, ax, ys, k, L, bset)
        hvp = (
            "|x, v, hv| {\n            let %s = %s_hvp(%s, arr(v)%s%s);\n"
            "            hv[..%d].copy_from_slice(&a);%s\n            y\n        }"
        ) % (outs, nm, ax, yv, k, L, hset)
        dual = ("|x| %s_d(&x[..%d], x[%d]%s)" % (nm, L, L, k)) if P.extra else ("|x| %s_d(&x[..%d]%s)" % (nm, L, k))
    elif not P.extra:
        f = "|x| %s(x%s)" % (nm, k)
        jvp = "|x, v| %s_jvp(x, v%s)" % (nm, k)
        vjp = "|x, s, bar| %s_vjp(x, bar%s, s)" % (nm, k)
        grad = "|x, g| %s_grad(x, g%s)" % (nm, k)
        hvp = "|x, v, hv| %s_hvp(x, v, hv%s)" % (nm, k)
        dual = "|x| %s_d(x%s)" % (nm, k)
    else:
        sx = "&x[..%d]" % L
        f = "|x| %s(%s, x[%d]%s)" % (nm, sx, L, k)
        jvp = "|x, v| %s_jvp(%s, &v[..%d], x[%d], v[%d]%s)" % (nm, sx, L, L, L, k)
        vjp = (
            "|x, s, bar| {\n            let (bx, by) = bar.split_at_mut(%d);\n"
            "            let (y, a) = %s_vjp(%s, bx, x[%d]%s, s);\n            by[0] += a;\n            y\n        }"
        ) % (L, nm, sx, L, k)
        grad = (
            "|x, g| {\n            let (gx, gy) = g.split_at_mut(%d);\n"
            "            let (y, a) = %s_grad(%s, gx, x[%d]%s);\n            gy[0] = a;\n            y\n        }"
        ) % (L, nm, sx, L, k)
        hvp = (
            "|x, v, hv| {\n            let (hx, hy) = hv.split_at_mut(%d);\n"
            "            let (y, a) = %s_hvp(%s, &v[..%d], hx, x[%d], v[%d]%s);\n            hy[0] = a;\n            y\n        }"
        ) % (L, nm, sx, L, L, L, k)
        dual = "|x| %s_d(&x[..%d], x[%d]%s)" % (nm, L, L, k)
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
        "        hyper: %s," % dual,
        "    });",
        "}",
        "",
    ]


HARNESS = r'''
/// A generated program seen through uniform closures over a flat input vector
/// (the slice's elements, then the extra scalar `y` if there is one).
struct Case {
    name: &'static str,
    n: usize,
    f: fn(&[f64]) -> f64,
    jvp: fn(&[f64], &[f64]) -> (f64, f64),
    /// Adds `s * gradient` into the last argument.
    vjp: fn(&[f64], f64, &mut [f64]) -> f64,
    /// Overwrites the last argument with the gradient.
    grad: fn(&[f64], &mut [f64]) -> f64,
    /// Overwrites the last argument with H v.
    hvp: fn(&[f64], &[f64], &mut [f64]) -> f64,
    dual: fn(&[Dual64]) -> Dual64,
    hyper: fn(&[HyperDual64]) -> HyperDual64,
}

/// xorshift64*: seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn new(name: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in name.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h | 1)
    }
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let u = (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64;
        lo + (hi - lo) * u
    }
}

/// Relative closeness with a floor of 1 on the scale (values are O(1) by construction).
fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * a.abs().max(b.abs()).max(1.0)
}

const TOL: f64 = 1e-9;
const FD_TOL: f64 = 2e-5;
const H: f64 = 1e-5;

fn check(c: &Case) {
    let n = c.n;
    let mut rng = Rng::new(c.name);
    for point in 0..3 {
        let x: Vec<f64> = (0..n).map(|_| rng.uniform(-1.5, 1.5)).collect();
        let v: Vec<f64> = (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let seed = rng.uniform(0.5, 2.0);
        let ctx = format!("{} at point {point}: x = {x:?}, v = {v:?}", c.name);
        let f0 = (c.f)(&x);
        assert!(f0.is_finite(), "{ctx}: value {f0}");

        // Oracles: num-dual's forward mode (one Dual64 per direction) and hyper-duals.
        let dual_at = |dir: &[f64]| {
            let xd: Vec<Dual64> = x.iter().zip(dir).map(|(&a, &d)| Dual64::new(a, d)).collect();
            (c.dual)(&xd)
        };
        let unit = |i: usize| -> Vec<f64> { (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect() };
        let grad_o: Vec<f64> = (0..n).map(|i| dual_at(&unit(i)).eps).collect();
        let jvp_o = dual_at(&v);
        let hv_o: Vec<f64> = (0..n)
            .map(|i| {
                let xh: Vec<HyperDual64> =
                    (0..n).map(|j| HyperDual64::new(x[j], unit(i)[j], v[j], 0.0)).collect();
                (c.hyper)(&xh).eps1eps2
            })
            .collect();
        assert!(close(jvp_o.re, f0, TOL), "{ctx}: dual twin value {} vs {f0}", jvp_o.re);

        // jvp
        let (val, t) = (c.jvp)(&x, &v);
        assert!(close(val, f0, 1e-12), "{ctx}: jvp value {val} vs {f0}");
        assert!(close(t, jvp_o.eps, TOL), "{ctx}: jvp {t} vs num-dual {}", jvp_o.eps);

        // grad (overwrites)
        let mut g = vec![f64::NAN; n];
        let val = (c.grad)(&x, &mut g);
        assert!(close(val, f0, 1e-12), "{ctx}: grad value {val} vs {f0}");
        for i in 0..n {
            assert!(close(g[i], grad_o[i], TOL), "{ctx}: grad[{i}] {} vs num-dual {}", g[i], grad_o[i]);
        }

        // vjp (accumulates)
        let mut bar = vec![0.25; n];
        let val = (c.vjp)(&x, seed, &mut bar);
        assert!(close(val, f0, 1e-12), "{ctx}: vjp value {val} vs {f0}");
        for i in 0..n {
            let want = 0.25 + seed * grad_o[i];
            assert!(close(bar[i], want, TOL), "{ctx}: vjp[{i}] {} vs num-dual {want}", bar[i]);
        }

        // hvp (overwrites)
        let mut hv = vec![f64::NAN; n];
        let val = (c.hvp)(&x, &v, &mut hv);
        assert!(close(val, f0, 1e-12), "{ctx}: hvp value {val} vs {f0}");
        for i in 0..n {
            assert!(close(hv[i], hv_o[i], TOL), "{ctx}: hvp[{i}] {} vs num-dual {}", hv[i], hv_o[i]);
        }

        // Finite differences: f along v against the jvp, the gradient along v against H v.
        let shift = |s: f64| -> Vec<f64> { x.iter().zip(&v).map(|(a, d)| a + s * d).collect() };
        let fd = ((c.f)(&shift(H)) - (c.f)(&shift(-H))) / (2.0 * H);
        assert!(close(fd, t, FD_TOL), "{ctx}: jvp {t} vs finite difference {fd}");
        let (mut gp, mut gm) = (vec![0.0; n], vec![0.0; n]);
        (c.grad)(&shift(H), &mut gp);
        (c.grad)(&shift(-H), &mut gm);
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
fn k<D: DualNum<Primitive = f64>>(v: f64) -> D {
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
    k::<D>(y0.atan2(x0)) + ((y * x0 - x * y0) / (x * x0 + y * y0)).atan()
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
    ap.add_argument("--skip-reason", default="", help="a note for the header, e.g. the bug numbers")
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
        if P.kind == "scalar" and not P.calls and not P.kparam:
            pool.append(P)
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
        "//! Property test: %d random programs from the grammar of issue 2, generated ahead of time." % len(keep),
        "//!",
        "//! Each `pN` is annotated with `#[differentiable]`; `pN_d` is its twin over num-dual's `DualNum`",
        "//! (num-dual's types do not implement `num_traits::Float`). Every mode (`_jvp`, `_vjp`, `_grad`,",
        "//! `_hvp`) is compared at 3 seeded random points with num-dual (`Dual64` for first derivatives,",
        "//! `HyperDual64` for H v) to a relative 1e-9, and with central finite differences as a sanity check.",
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
        "    clippy::unnecessary_min_or_max",
        ")]",
        "",
        "use differentiable::differentiable;",
        "use num_dual::{Dual64, DualNum, HyperDual64};",
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
