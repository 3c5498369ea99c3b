//! `for` loops over a chain: `for pat in chain { body }` as the index loop
//! `for k in 0..count { pat = item_k; body }`, its filters as `if`s around the body.

use super::Item;
use crate::ir::*;
use crate::lower::{err, Lowered, Lowerer, Res};
use proc_macro2::Span;
use syn::Expr;

impl Lowerer {
    /// `for pat in chain { body }` as `for k in 0..count { pat = item_k; body }`.
    pub(in crate::lower) fn lower_chain_for(
        &mut self,
        f: &syn::ExprForLoop,
        out: &mut Vec<Stmt>,
    ) -> Res<()> {
        self.in_chains += 1;
        let stream = self.stream_of(&f.expr, out);
        self.in_chains -= 1;
        let stream = stream?;
        let stmts = &f.body.stmts;
        let (has_break, has_continue) = crate::lower::control::scan_exits(stmts);
        let k = self.new_var("i", false);
        let kx = placeholder(k, syn::spanned::Spanned::span(&f.pat));
        let kx: Expr = syn::parse_quote!(#kx);
        let mut body = Vec::new();
        self.scopes.push();
        let skip = (has_break || has_continue).then(|| self.new_flag("skip", &mut body));
        let brk = has_break.then(|| self.new_flag("brk", &mut body));
        self.loops.push(crate::lower::LoopCtx { skip, brk });
        self.nesting += 1;
        let pat = &*f.pat;
        let r = self.each(&stream, &kx, &mut body, &mut |l, item, body| {
            l.chain_loop_body(pat, item, stmts, body)
        });
        self.nesting -= 1;
        self.loops.pop();
        self.scopes.pop();
        r?;
        out.push(Stmt::For(ForLoop {
            idx: k,
            lo: Inact {
                expr: syn::parse_quote!(0usize),
            },
            hi: Inact {
                expr: stream.count.clone(),
            },
            inclusive: false,
            body: Block { stmts: body },
            brk,
        }));
        Ok(())
    }

    /// One iteration of a `for` loop over a chain: the pattern bound to the element,
    /// then the user's statements.
    fn chain_loop_body(
        &mut self,
        pat: &syn::Pat,
        item: Item,
        stmts: &[syn::Stmt],
        body: &mut Vec<Stmt>,
    ) -> Res<()> {
        let mut views = Vec::new();
        self.bind(pat, item, 0, body, &mut views)?;
        let stmts = self.with_views_stmts(stmts, &views)?;
        if let Some(v) = self.lower_seq(&stmts, body, false)? {
            if matches!(v, Lowered::Active(_)) || !self.discard(v, body) {
                let span = stmts
                    .last()
                    .map_or_else(Span::call_site, syn::spanned::Spanned::span);
                return err(
                    span,
                    "a loop body cannot produce a value; end the statement with `;`",
                );
            }
        }
        Ok(())
    }
}
