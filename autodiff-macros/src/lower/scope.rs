//! Name resolution for the lowering: lexical scopes of local variables, and the
//! rewriting of inactive expressions so that local variables become placeholders.

use crate::ir::{placeholder, Param, ParamKind, Var, VarId};
use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident};

/// What a name refers to.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Binding {
    Local(VarId),
    Param(usize),
}

/// Lexical scopes of locals, above the parameters.
#[derive(Default)]
pub(crate) struct Scopes {
    /// Innermost last; `None` hides a name (see [`Scopes::barrier`]).
    frames: Vec<Vec<(String, Option<VarId>)>>,
}

impl Scopes {
    pub(crate) fn push(&mut self) {
        self.frames.push(Vec::new());
    }
    pub(crate) fn pop(&mut self) {
        self.frames.pop();
    }
    /// How many frames are open (to close the ones a sequence opened).
    pub(crate) fn depth(&self) -> usize {
        self.frames.len()
    }
    pub(crate) fn truncate(&mut self, depth: usize) {
        self.frames.truncate(depth);
    }
    pub(crate) fn bind(&mut self, name: String, var: VarId) {
        if self.frames.is_empty() {
            self.push();
        }
        if let Some(f) = self.frames.last_mut() {
            f.push((name, Some(var)));
        }
    }
    pub(crate) fn local(&self, name: &str) -> Option<VarId> {
        self.frames
            .iter()
            .rev()
            .flat_map(|f| f.iter().rev())
            .find(|(n, _)| n == name)
            .and_then(|&(_, v)| v)
    }
    /// What every name bound so far means now.
    pub(crate) fn snapshot(&self) -> Vec<(String, Option<VarId>)> {
        let mut names: Vec<String> = Vec::new();
        for (n, _) in self.frames.iter().flatten() {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
        names
            .into_iter()
            .map(|n| {
                let v = self.local(&n);
                (n, v)
            })
            .collect()
    }
    /// Opens a frame in which every name means what it meant at `snapshot`, and names
    /// bound since then are hidden: code moved after a block (the rest of a function
    /// appended to a branch that may `return`) must not see the block's variables.
    pub(crate) fn barrier(&mut self, snapshot: &[(String, Option<VarId>)]) {
        let mut frame: Vec<(String, Option<VarId>)> = Vec::new();
        for (n, _) in self.frames.iter().flatten() {
            if !frame.iter().any(|(m, _)| m == n) {
                let then = snapshot.iter().find(|(m, _)| m == n).and_then(|(_, v)| *v);
                frame.push((n.clone(), then));
            }
        }
        self.frames.push(frame);
    }
}

/// Where the format string is among a standard formatting or assertion macro's
/// arguments.
pub(crate) fn format_arg_index(name: &str) -> Option<usize> {
    match name {
        "println" | "print" | "eprintln" | "eprint" | "format" | "panic" | "unreachable"
        | "todo" | "unimplemented" | "format_args" => Some(0),
        "assert" | "debug_assert" | "write" | "writeln" => Some(1),
        "assert_eq" | "assert_ne" | "debug_assert_eq" | "debug_assert_ne" => Some(2),
        _ => None,
    }
}

/// The names a format string captures implicitly: `{m}`, `{m:?}`, `{m:.3}`, not
/// positions (`{0}`), not escaped braces (`{{`).
fn format_captures(fmt: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
            }
            '{' => {
                let mut arg = String::new();
                while let Some(&d) = chars.peek() {
                    if d == '}' || d == ':' {
                        break;
                    }
                    arg.push(d);
                    chars.next();
                }
                let arg = arg.trim().to_string();
                let ident = arg
                    .chars()
                    .next()
                    .is_some_and(|f| f.is_alphabetic() || f == '_')
                    && arg.chars().all(|d| d.is_alphanumeric() || d == '_');
                if ident && arg != "_" && !out.contains(&arg) {
                    out.push(arg);
                }
            }
            _ => {}
        }
    }
    out
}

/// Read-only view used to resolve names.
pub(crate) struct Env<'a> {
    pub scopes: &'a Scopes,
    pub params: &'a [Param],
    pub vars: &'a [Var],
}

impl Env<'_> {
    pub(crate) fn resolve(&self, name: &str) -> Option<Binding> {
        if let Some(v) = self.scopes.local(name) {
            return Some(Binding::Local(v));
        }
        self.params
            .iter()
            .position(|p| p.ident == name)
            .map(Binding::Param)
    }

    /// Whether a binding carries derivatives.
    pub(crate) fn is_active(&self, b: Binding) -> bool {
        match b {
            Binding::Local(v) => self.vars[v].active,
            Binding::Param(i) => self.params[i].is_active(),
        }
    }

    /// Whether `e` mentions an active variable or parameter anywhere (macros included).
    pub(crate) fn mentions_active(&self, e: &Expr) -> bool {
        let mut finder = ActiveFinder {
            env: self,
            found: false,
            shadows: Shadows::default(),
        };
        finder.visit_expr(e);
        finder.found
    }

    /// Whether the tokens (of a macro) mention an active name.
    pub(crate) fn tokens_mention_active(&self, ts: &TokenStream) -> bool {
        ts.clone().into_iter().any(|tt| match tt {
            TokenTree::Ident(id) => self
                .resolve(&id.to_string())
                .is_some_and(|b| self.is_active(b)),
            TokenTree::Group(g) => self.tokens_mention_active(&g.stream()),
            _ => false,
        })
    }

    /// Rewrites every local variable in `e` to its placeholder. Macros inside are
    /// rewritten token by token, which is exact for the idents they mention.
    pub(crate) fn rewrite(&self, e: &Expr) -> Expr {
        let mut e = e.clone();
        Rewriter {
            env: self,
            shadows: Shadows::default(),
        }
        .visit_expr_mut(&mut e);
        e
    }

    /// The tokens of a macro call with locals rewritten. Formatting and assertion
    /// macros are parsed as their arguments, so that names captured inside the format
    /// string (`"got {m}"`) become explicit named arguments (`m = <placeholder>`);
    /// other macros are rewritten token by token.
    pub(crate) fn rewrite_macro(&self, m: &syn::Macro) -> TokenStream {
        let name = m
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let Some(fmt_at) = format_arg_index(&name) else {
            return self.rewrite_tokens(m.tokens.clone());
        };
        let parser = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
        let Ok(args) = syn::parse::Parser::parse2(parser, m.tokens.clone()) else {
            return self.rewrite_tokens(m.tokens.clone());
        };
        let mut args: Vec<Expr> = args.into_iter().collect();
        if let Some(Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(fmt),
            ..
        })) = args.get(fmt_at)
        {
            let named: Vec<String> = args
                .iter()
                .filter_map(|a| match a {
                    Expr::Assign(a) => match &*a.left {
                        Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            let span = fmt.span();
            for cap in format_captures(&fmt.value()) {
                if !named.contains(&cap) && self.resolve(&cap).is_some() {
                    let id = Ident::new(&cap, span);
                    args.push(syn::parse_quote!(#id = #id));
                }
            }
        }
        let args = args.into_iter().map(|a| match a {
            // a named argument: only its value is an expression of the function
            Expr::Assign(mut a) => {
                *a.right = self.rewrite(&a.right);
                Expr::Assign(a)
            }
            other => self.rewrite(&other),
        });
        quote::quote!(#(#args),*)
    }

    pub(crate) fn rewrite_tokens(&self, ts: TokenStream) -> TokenStream {
        ts.into_iter()
            .map(|tt| match tt {
                TokenTree::Ident(id) => match self.scopes.local(&id.to_string()) {
                    Some(v) => TokenTree::Ident(placeholder(v, id.span())),
                    None => TokenTree::Ident(id),
                },
                TokenTree::Group(g) => {
                    let mut ng =
                        proc_macro2::Group::new(g.delimiter(), self.rewrite_tokens(g.stream()));
                    ng.set_span(g.span());
                    TokenTree::Group(ng)
                }
                other => other,
            })
            .collect()
    }

    /// The scalar parameter variable, if `i` is one.
    pub(crate) fn param_var(&self, i: usize) -> Option<VarId> {
        match self.params[i].kind {
            ParamKind::Scalar(v) => Some(v),
            _ => None,
        }
    }
}

/// Names bound inside an expression that shadow the function's locals: closure
/// parameters, `match` arm bindings, `let`s in inner blocks, `for` and `if let`
/// patterns. Inside their scope a name is not the local of the same name.
#[derive(Default)]
struct Shadows {
    names: Vec<String>,
}

impl Shadows {
    fn contains(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }
    fn mark(&self) -> usize {
        self.names.len()
    }
    fn reset(&mut self, mark: usize) {
        self.names.truncate(mark);
    }
    fn bind_pat(&mut self, p: &syn::Pat) {
        struct Names<'a>(&'a mut Vec<String>);
        impl<'ast> Visit<'ast> for Names<'_> {
            fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
                self.0.push(p.ident.to_string());
                syn::visit::visit_pat_ident(self, p);
            }
            // a guard's expression binds nothing
            fn visit_expr(&mut self, _: &'ast Expr) {}
        }
        Names(&mut self.names).visit_pat(p);
    }
}

/// `if let P = e` / `while let P = e`: the pattern, when the condition is one.
fn let_pat(cond: &Expr) -> Option<&syn::Pat> {
    match cond {
        Expr::Let(l) => Some(&l.pat),
        _ => None,
    }
}

struct ActiveFinder<'a, 'b> {
    env: &'a Env<'b>,
    found: bool,
    shadows: Shadows,
}

impl<'ast> Visit<'ast> for ActiveFinder<'_, '_> {
    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if p.qself.is_none() {
            if let Some(id) = p.path.get_ident() {
                let name = id.to_string();
                // a placeholder written by the lowering itself (an iterator chain's
                // view reads its source through one) is as active as its variable
                if let Some(v) = crate::ir::placeholder_var(id) {
                    self.found |= self.env.vars.get(v).is_some_and(|v| v.active);
                } else if !self.shadows.contains(&name) {
                    if let Some(b) = self.env.resolve(&name) {
                        self.found |= self.env.is_active(b);
                    }
                }
            }
        }
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.found |= self.env.tokens_mention_active(&m.tokens);
    }
    fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
        let mark = self.shadows.mark();
        c.inputs.iter().for_each(|p| self.shadows.bind_pat(p));
        self.visit_expr(&c.body);
        self.shadows.reset(mark);
    }
    fn visit_arm(&mut self, a: &'ast syn::Arm) {
        let mark = self.shadows.mark();
        self.shadows.bind_pat(&a.pat);
        // the pattern itself: its guard (`Some(v) if v > k`) reads the bindings
        self.visit_pat(&a.pat);
        self.visit_expr(&a.body);
        self.shadows.reset(mark);
    }
    fn visit_block(&mut self, b: &'ast syn::Block) {
        let mark = self.shadows.mark();
        for s in &b.stmts {
            match s {
                syn::Stmt::Local(l) => {
                    if let Some(init) = &l.init {
                        self.visit_expr(&init.expr);
                        if let Some((_, e)) = &init.diverge {
                            self.visit_expr(e);
                        }
                    }
                    self.shadows.bind_pat(&l.pat);
                }
                other => self.visit_stmt(other),
            }
        }
        self.shadows.reset(mark);
    }
    fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
        self.visit_expr(&f.expr);
        let mark = self.shadows.mark();
        self.shadows.bind_pat(&f.pat);
        self.visit_block(&f.body);
        self.shadows.reset(mark);
    }
    fn visit_expr_if(&mut self, i: &'ast syn::ExprIf) {
        self.visit_expr(&i.cond);
        let mark = self.shadows.mark();
        if let Some(p) = let_pat(&i.cond) {
            self.shadows.bind_pat(p);
        }
        self.visit_block(&i.then_branch);
        self.shadows.reset(mark);
        if let Some((_, e)) = &i.else_branch {
            self.visit_expr(e);
        }
    }
    fn visit_expr_while(&mut self, w: &'ast syn::ExprWhile) {
        self.visit_expr(&w.cond);
        let mark = self.shadows.mark();
        if let Some(p) = let_pat(&w.cond) {
            self.shadows.bind_pat(p);
        }
        self.visit_block(&w.body);
        self.shadows.reset(mark);
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

struct Rewriter<'a, 'b> {
    env: &'a Env<'b>,
    shadows: Shadows,
}

impl Rewriter<'_, '_> {
    /// The local `name` refers to here, unless an inner binding shadows it.
    fn local(&self, name: &str) -> Option<VarId> {
        if self.shadows.contains(name) {
            return None;
        }
        self.env.scopes.local(name)
    }
}

impl VisitMut for Rewriter<'_, '_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        // `*v` (`**v` in a `filter` predicate) of an element the user sees as a
        // reference but the code holds by value
        let mut inner = &*e;
        while let Expr::Unary(u) = inner {
            if !matches!(u.op, syn::UnOp::Deref(_)) {
                break;
            }
            inner = &u.expr;
        }
        if let Expr::Path(p) = inner {
            let by_value = !std::ptr::eq(inner, &*e)
                && p.path
                    .get_ident()
                    .and_then(|id| self.local(&id.to_string()))
                    .is_some_and(|v| self.env.vars[v].user_ref);
            if by_value {
                *e = inner.clone();
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }

    fn visit_expr_path_mut(&mut self, p: &mut syn::ExprPath) {
        if p.qself.is_some() {
            return;
        }
        if let Some(id) = p.path.get_ident() {
            if let Some(v) = self.local(&id.to_string()) {
                let ph = placeholder(v, id.span());
                p.path = ph.into();
            }
        }
    }
    fn visit_field_value_mut(&mut self, f: &mut syn::FieldValue) {
        // `S { k }` reads the local `k`: spelled out as `S { k: <placeholder> }`
        if f.colon_token.is_none() {
            if let syn::Member::Named(name) = &f.member {
                if self.local(&name.to_string()).is_some() {
                    f.colon_token = Some(Default::default());
                }
            }
        }
        syn::visit_mut::visit_field_value_mut(self, f);
    }
    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        m.tokens = self.env.rewrite_macro(m);
    }
    fn visit_expr_closure_mut(&mut self, c: &mut syn::ExprClosure) {
        let mark = self.shadows.mark();
        c.inputs.iter().for_each(|p| self.shadows.bind_pat(p));
        self.visit_expr_mut(&mut c.body);
        self.shadows.reset(mark);
    }
    fn visit_arm_mut(&mut self, a: &mut syn::Arm) {
        let mark = self.shadows.mark();
        let pat = a.pat.clone();
        self.shadows.bind_pat(&pat);
        // the pattern itself: its guard (`Some(v) if v > k`) reads the bindings
        self.visit_pat_mut(&mut a.pat);
        self.visit_expr_mut(&mut a.body);
        self.shadows.reset(mark);
    }
    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        let mark = self.shadows.mark();
        for s in &mut b.stmts {
            match s {
                syn::Stmt::Local(l) => {
                    if let Some(init) = &mut l.init {
                        self.visit_expr_mut(&mut init.expr);
                        if let Some((_, e)) = &mut init.diverge {
                            self.visit_expr_mut(e);
                        }
                    }
                    let pat = l.pat.clone();
                    self.shadows.bind_pat(&pat);
                }
                other => self.visit_stmt_mut(other),
            }
        }
        self.shadows.reset(mark);
    }
    fn visit_expr_for_loop_mut(&mut self, f: &mut syn::ExprForLoop) {
        self.visit_expr_mut(&mut f.expr);
        let mark = self.shadows.mark();
        let pat = (*f.pat).clone();
        self.shadows.bind_pat(&pat);
        self.visit_block_mut(&mut f.body);
        self.shadows.reset(mark);
    }
    fn visit_expr_if_mut(&mut self, i: &mut syn::ExprIf) {
        self.visit_expr_mut(&mut i.cond);
        let mark = self.shadows.mark();
        if let Some(p) = let_pat(&i.cond).cloned() {
            self.shadows.bind_pat(&p);
        }
        self.visit_block_mut(&mut i.then_branch);
        self.shadows.reset(mark);
        if let Some((_, e)) = &mut i.else_branch {
            self.visit_expr_mut(e);
        }
    }
    fn visit_expr_while_mut(&mut self, w: &mut syn::ExprWhile) {
        self.visit_expr_mut(&mut w.cond);
        let mark = self.shadows.mark();
        if let Some(p) = let_pat(&w.cond).cloned() {
            self.shadows.bind_pat(&p);
        }
        self.visit_block_mut(&mut w.body);
        self.shadows.reset(mark);
    }
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}
