//! Where a chain's elements come from: a slice or array parameter, inactive data, a
//! subslice of either (`x[a..b]`), its windows or chunks, or a range of integers. The
//! bounds, sizes and counts a source needs are evaluated once, before the loop, and the
//! counts are the iterator's own (a subslice out of range or a zero window size panics
//! as the iterator would).

use super::stream::{add, int_lit, operand, strip_parens, Kind, Shape, Stream, Views};
use super::Src;
use crate::ir::Stmt;
use crate::lower::{err_node, Lowered, Lowerer, Res};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::Expr;

impl Lowerer {
    /// The number of elements of a whole source.
    fn len_of(&self, src: &Src) -> Expr {
        let span = match src {
            Src::Param(p) => self.params[*p].ident.span(),
            Src::Inactive(_) | Src::Local(_) => Span::call_site(),
        };
        let s = self.src_expr(src, span);
        syn::parse_quote!(#s.len())
    }

    /// The source as an expression: the parameter's name, or the inactive expression.
    pub(super) fn src_expr(&self, src: &Src, span: Span) -> Expr {
        match src {
            Src::Param(p) => {
                // the parameter's name, where the user wrote the source; it keeps its
                // own hygiene (a struct field's parameter in the flattened function is
                // mixed-site, which a user token's span would not resolve)
                let mut id = self.params[*p].ident.clone();
                id.set_span(id.span().located_at(span));
                syn::parse_quote!(#id)
            }
            Src::Inactive(e) => operand(e),
            // the placeholder: a view's element reads (`w[k]`) are lowered as reads of
            // the array
            Src::Local(v) => {
                let ph = crate::ir::placeholder(*v, span);
                syn::parse_quote!(#ph)
            }
        }
    }

    /// The elements of a slice, array or inactive collection, possibly a subslice
    /// (`x[a..b]`, `x[1..]`, `x[..n]`).
    pub(super) fn slice_stream(&mut self, e: &Expr, depth: u8, out: &mut Vec<Stmt>) -> Res<Stream> {
        let (base, ranges) = peel_ranges(e);
        let src = self.src_of(base, out)?;
        if ranges.is_empty() {
            let count = self.len_of(&src);
            return Ok(Stream::new(
                Kind::Elems {
                    src,
                    lo: None,
                    depth,
                },
                count,
                false,
            ));
        }
        let (lo, sliced) = self.subslice(&src, &ranges, out)?;
        let count = self.count_once(syn::parse_quote!(#sliced.len()), e.span(), out);
        Ok(Stream::new(Kind::Elems { src, lo, depth }, count, false))
    }

    /// `x.windows(k)`, `x.chunks(k)`, `x.chunks_exact(k)` (of a subslice too).
    pub(super) fn view_stream(
        &mut self,
        m: &syn::ExprMethodCall,
        out: &mut Vec<Stmt>,
    ) -> Res<Stream> {
        let (base, ranges) = peel_ranges(&m.receiver);
        let src = self.src_of(base, out)?;
        let (lo, sliced) = if ranges.is_empty() {
            (None, self.src_expr(&src, base.span()))
        } else {
            self.subslice(&src, &ranges, out)?
        };
        let size = self.usize_once(&m.args[0], out)?;
        let size_lit = int_lit(&size);
        let method = &m.method;
        let span = m.method.span();
        // counted as the iterator counts, panicking on a zero size as it does
        let count: Expr =
            syn::parse_quote!(::core::iter::ExactSizeIterator::len(&#sliced.#method(#size)));
        let count = self.count_once(count, span, out);
        let shape = match method.to_string().as_str() {
            "windows" => Shape::Windows,
            "chunks" => Shape::Chunks {
                sub_len: self.count_once(syn::parse_quote!(#sliced.len()), span, out),
            },
            _ => Shape::ChunksExact,
        };
        Ok(Stream::new(
            Kind::Views(Box::new(Views {
                src,
                lo,
                size,
                size_lit,
                shape,
            })),
            count,
            false,
        ))
    }

    /// `a..b` / `a..=b` as a stream of `usize` indices.
    pub(super) fn range_stream(&mut self, r: &syn::ExprRange, out: &mut Vec<Stmt>) -> Res<Stream> {
        let Some(lo) = &r.start else {
            return err_node(
                r,
                "a range in an iterator chain needs a start: `a..b`, `a..=b` or `a..`",
            );
        };
        let Some(hi) = &r.end else {
            // `a..`: as long as what it is zipped with
            return self.integer_range_stream(lo, None, &r.limits, out);
        };
        let inclusive = matches!(r.limits, syn::RangeLimits::Closed(_));
        if !self.surely_usize(lo) && !self.surely_usize(hi) {
            return self.integer_range_stream(lo, Some(hi), &r.limits, out);
        }
        let lo = self.usize_once(lo, out)?;
        let hi = self.usize_once(hi, out)?;
        let count: Expr = match (int_lit(&lo), int_lit(&hi)) {
            (Some(a), Some(b)) => {
                let n = (b + u64::from(inclusive)).saturating_sub(a);
                let n = proc_macro2::Literal::u64_unsuffixed(n);
                syn::parse_quote!(#n)
            }
            _ if inclusive => {
                syn::parse_quote!(::core::primitive::usize::saturating_sub(#hi + 1, #lo))
            }
            _ => syn::parse_quote!(::core::primitive::usize::saturating_sub(#hi, #lo)),
        };
        let count = self.count_once(count, r.span(), out);
        Ok(Stream::new(Kind::Range { lo }, count, false))
    }

    /// A range whose integer type the syntax does not show (`0..n` with `n: i32`, or
    /// literals typed by their use), or without an end (`1..`, as long as what it is
    /// zipped with): its element at position `k` is the range's `k`-th, as the range
    /// itself computes it (in constant time, in its own type).
    fn integer_range_stream(
        &mut self,
        lo: &Expr,
        hi: Option<&Expr>,
        limits: &syn::RangeLimits,
        out: &mut Vec<Stmt>,
    ) -> Res<Stream> {
        let lo = self.integer_once(lo, out)?;
        let hi = match hi {
            Some(hi) => Some(self.integer_once(hi, out)?),
            None => None,
        };
        let range: Expr = syn::parse_quote!((#lo #limits #hi));
        // exact for a range of any integer type (`usize::MAX` for `a..`)
        let count: Expr = syn::parse_quote!(::core::iter::Iterator::size_hint(&#range).0);
        let count = self.count_once(count, syn::spanned::Spanned::span(&range), out);
        Ok(Stream::new(Kind::IntegerRange { range }, count, false))
    }

    /// Whether an integer expression is surely a `usize`: a length, a cast to `usize`,
    /// a `usize` literal, parameter or annotated local, or arithmetic on one.
    fn surely_usize(&self, e: &Expr) -> bool {
        let usize_ty = |t: &syn::Type| matches!(t, syn::Type::Path(p) if p.path.is_ident("usize"));
        match e {
            Expr::Paren(p) => self.surely_usize(&p.expr),
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(i),
                ..
            }) => i.suffix() == "usize",
            Expr::MethodCall(m) => m.method == "len" && m.args.is_empty(),
            Expr::Cast(c) => usize_ty(&c.ty),
            Expr::Binary(b) => {
                let arith = matches!(
                    b.op,
                    syn::BinOp::Add(_)
                        | syn::BinOp::Sub(_)
                        | syn::BinOp::Mul(_)
                        | syn::BinOp::Div(_)
                        | syn::BinOp::Rem(_)
                );
                arith && (self.surely_usize(&b.left) || self.surely_usize(&b.right))
            }
            Expr::Path(p) => {
                p.path
                    .get_ident()
                    .is_some_and(|id| match self.env().resolve(&id.to_string()) {
                        Some(crate::lower::scope::Binding::Param(i)) => {
                            usize_ty(&self.params[i].ty)
                        }
                        Some(crate::lower::scope::Binding::Local(v)) => {
                            self.annotations[v].as_ref().is_some_and(usize_ty)
                        }
                        None => false,
                    })
            }
            _ => false,
        }
    }

    /// An inactive integer argument of any type, evaluated once.
    fn integer_once(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Expr> {
        if let Expr::Lit(_) = e {
            return Ok(e.clone());
        }
        let mut scratch = Vec::new();
        let Lowered::Inactive(x) = self.lower_expr(e, &mut scratch)? else {
            return err_node(e, "expected an integer here, not a float or a slice");
        };
        out.extend(scratch);
        Ok(self.snapshot("n", x, e.span(), out))
    }

    /// Where the elements come from: an active parameter, or inactive data (held in a
    /// variable when reading it is more than reading a place).
    fn src_of(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Src> {
        let mut scratch = Vec::new();
        match self.lower_expr(e, &mut scratch)? {
            Lowered::Slice(p) if matches!(self.params[p].kind, crate::ir::ParamKind::Out) => {
                err_node(
                    e,
                    crate::lower::outputs::read_message(&self.params[p].ident.to_string()),
                )
            }
            Lowered::Slice(p) => Ok(Src::Param(p)),
            Lowered::Arr(v) if self.vars[v].dims.as_ref().is_some_and(|d| d.len() == 1) => {
                out.extend(scratch);
                Ok(Src::Local(v))
            }
            Lowered::Inactive(x) => {
                out.extend(scratch);
                if is_place(&x) {
                    return Ok(Src::Inactive(x));
                }
                let held = self.snapshot("data", syn::parse_quote!(&(#x)), e.span(), out);
                Ok(Src::Inactive(held))
            }
            _ => err_node(
                e,
                "iterate over a parameter slice or array, or over inactive data",
            ),
        }
    }

    /// The first element `lo` and the tokens of the subslice `src[r1][r2]..`; the
    /// bounds are evaluated once, in order.
    fn subslice(
        &mut self,
        src: &Src,
        ranges: &[&syn::ExprRange],
        out: &mut Vec<Stmt>,
    ) -> Res<(Option<Expr>, Expr)> {
        let mut lo: Option<Expr> = None;
        let mut sliced = self.src_expr(src, ranges[0].span());
        for r in ranges {
            let start = match &r.start {
                Some(s) => Some(self.usize_once(s, out)?),
                None => None,
            };
            let end = match &r.end {
                Some(e) => Some(self.usize_once(e, out)?),
                None => None,
            };
            let limits = &r.limits;
            let (s, e) = (start.iter(), end.iter());
            sliced = syn::parse_quote!(#sliced[#(#s)* #limits #(#e)*]);
            if let Some(s) = start {
                lo = Some(match lo {
                    Some(l) => add(&l, &s),
                    None => s,
                });
            }
        }
        Ok((lo, sliced))
    }

    /// An inactive `usize` argument, evaluated once: a literal stays, anything else is
    /// held in a variable (typed, so that another integer type is an error at it).
    pub(super) fn usize_once(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> Res<Expr> {
        if int_lit(e).is_some() {
            return Ok(e.clone());
        }
        let mut scratch = Vec::new();
        let Lowered::Inactive(x) = self.lower_expr(e, &mut scratch)? else {
            return err_node(
                e,
                "expected an integer (`usize`) here, not a float or a slice",
            );
        };
        out.extend(scratch);
        Ok(self.snapshot(
            "n",
            syn::parse_quote_spanned!(e.span()=> ::core::convert::identity::<::core::primitive::usize>(#x)),
            e.span(),
            out,
        ))
    }
}

/// `x[a..b][c..]` as `x` and its ranges, innermost first.
fn peel_ranges(e: &Expr) -> (&Expr, Vec<&syn::ExprRange>) {
    let mut ranges = Vec::new();
    let mut e = e;
    loop {
        match e {
            Expr::Paren(p) => e = &p.expr,
            Expr::Index(ix) => match strip_parens(&ix.index) {
                Expr::Range(r) => {
                    ranges.push(r);
                    e = &ix.expr;
                }
                _ => break,
            },
            _ => break,
        }
    }
    ranges.reverse();
    (e, ranges)
}

/// A place: reading it twice reads the same data without work or effects.
fn is_place(e: &Expr) -> bool {
    match e {
        Expr::Path(_) => true,
        Expr::Field(f) => is_place(&f.base),
        Expr::Paren(p) => is_place(&p.expr),
        Expr::Reference(r) => r.mutability.is_none() && is_place(&r.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => is_place(&u.expr),
        Expr::Index(ix) => is_place(&ix.expr) && matches!(&*ix.index, Expr::Path(_) | Expr::Lit(_)),
        _ => false,
    }
}
