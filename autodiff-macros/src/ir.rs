//! The intermediate representation the transformations work on.
//!
//! A function body is lowered to structured statements over variables. Active
//! arithmetic is in A-normal form: every operation reads atoms (variables or inactive
//! constants) and defines one variable, so each mode can attach its tangent or adjoint
//! rule to one small node. Everything inactive (integers, conditions, index
//! expressions, constants) stays an opaque Rust expression in which references to
//! local variables have been replaced by placeholders, resolved per emission.

use proc_macro2::{Ident, Span};
use syn::Expr;

/// Index into [`Func::vars`].
pub(crate) type VarId = usize;

/// A local variable (or a by-value scalar parameter) of the lowered function.
#[derive(Clone, Debug)]
pub(crate) struct Var {
    /// The user's name, kept for readable generated identifiers.
    pub name: String,
    /// Whether the variable carries a derivative (depends on an active input).
    pub active: bool,
    /// A temporary of the lowering (not a user variable); folded into the
    /// variable it is assigned to.
    pub temp: bool,
    /// Holds a float (known from how it was defined), though maybe inactive: a
    /// call passes it with a zero tangent.
    pub float: bool,
    /// Holds a value the user's code sees as a reference (`for v in x.iter()` over an
    /// active slice binds the element by value): `*v` reads it.
    pub user_ref: bool,
    /// Holds a reference to inactive data (`for w in data.iter()`); read through `*`
    /// where a float is needed.
    pub by_ref: bool,
    /// A user variable declared `let mut`.
    pub user_mut: bool,
    /// An inactive user variable whose type the syntax does not show (bound from a
    /// call, a field, a method of unknown result): whether a differentiable callee
    /// takes a derivative for it cannot be told.
    pub type_unseen: bool,
    /// A local fixed-size array (`let mut h = [0.0; N];`): its lengths, outermost
    /// first. Its versions are array values, copied like scalars; its adjoint is one
    /// array accumulator of the same shape.
    pub dims: Option<Vec<syn::Expr>>,
    /// A runtime-length local buffer (`let mut h = vec![0.0; n];`), written in place
    /// (see `lower::buffers`): one version for its whole life, its adjoint one buffer
    /// of the same length.
    pub buffer: bool,
    /// Where the user declared it (the function's name for the macro's own variables),
    /// for errors about it.
    pub span: Span,
    /// The float type of an active variable when it is not the function's (an `f32`
    /// parameter of a function returning `f64`, the result of a cast); set once the
    /// body is lowered (`lower::float_types`).
    pub float_ty: Option<syn::Type>,
}

/// How a parameter takes part in differentiation.
#[derive(Clone, Debug)]
pub(crate) enum ParamKind {
    /// A float scalar passed by value; the variable holds it.
    Scalar(VarId),
    /// `[F; N]` by value; the expression is `N`.
    Array(Box<syn::Type>),
    /// `&[F]` or `&[F; N]`; derivatives go through a shadow parameter.
    Slice,
    /// `&mut [F]` or `&mut [F; N]` the function writes its results into (only
    /// written, never read): a tangent output beside it in forward mode, a seed
    /// beside it in reverse mode.
    Out,
    /// Passed through unchanged.
    Inactive,
}

/// One parameter of the user's function.
#[derive(Clone, Debug)]
pub(crate) struct Param {
    /// Parameter name (`self` for a receiver).
    pub ident: syn::Ident,
    /// The user's type.
    pub ty: syn::Type,
    pub kind: ParamKind,
}

impl Param {
    pub(crate) fn is_active(&self) -> bool {
        !matches!(self.kind, ParamKind::Inactive)
    }
    pub(crate) fn is_by_value_active(&self) -> bool {
        matches!(self.kind, ParamKind::Scalar(_) | ParamKind::Array(_))
    }
}

/// An inactive Rust expression; local variables inside are placeholders
/// (see [`placeholder`]).
#[derive(Clone, Debug)]
pub(crate) struct Inact {
    pub expr: Expr,
}

/// An operand of an active operation.
#[derive(Clone, Debug)]
pub(crate) enum Atom {
    Var(VarId),
    /// An inactive float expression (literal, `const`, `T::from(..)`, ...).
    Const(Inact),
}

/// Binary float operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// What an array or slice read indexes into.
#[derive(Clone, Debug)]
pub(crate) enum Base {
    /// Parameter number `usize` of [`Func::params`] (an active array or slice).
    Param(usize),
}

/// The right-hand side of a definition.
#[derive(Clone, Debug)]
pub(crate) enum Val {
    Atom(Atom),
    Neg(Atom),
    Bin(BinOp, Atom, Atom),
    /// A primitive with a rule in the runtime: `rules::name(args.., extra)`.
    Rule {
        name: &'static str,
        args: Vec<Atom>,
        /// An inactive trailing argument (`powi`'s exponent).
        extra: Option<Inact>,
    },
    /// An element of an active array or slice parameter.
    Index {
        base: Base,
        index: Inact,
    },
    /// A call to a differentiable function (free or method on `self`).
    Call(Call),
    /// Any inactive value.
    Inact(Inact),
    /// An inactive value whose expression may have side effects (`rng.uniform()`),
    /// inside a branch or loop that the reverse sweep replays: the forward sweep
    /// evaluates it once and records it; replays read the record at position `pos`
    /// (a counter variable of this site, advanced right after it).
    Recorded {
        expr: Inact,
        pos: VarId,
    },
    /// A local array filled with one value (`[c; N]`, `[[c; N]; M]`).
    ArrFill(Atom),
    /// A local array copied from an array parameter (`let mut s = y;`).
    ArrParam(usize),
    /// A local array copied from another (`let mut t = s;`).
    ArrCopy(VarId),
    /// A local array returned by a differentiable call (`let p: [F; 2] = polar(r, t);`).
    ArrCall(Call),
    /// The defined array's previous version with one element replaced (`h[i] = v`).
    ArrStore {
        index: Vec<Inact>,
        value: Atom,
    },
    /// One element of a local array (`h[i]`, `r[i][j]`).
    Elem {
        arr: VarId,
        index: Vec<Inact>,
    },
    /// A runtime-length buffer filled with one value (`vec![c; n]`), defining the
    /// buffer variable.
    BufNew {
        len: Inact,
        fill: Atom,
    },
    /// A write into buffer `buf` in place (`h[i] = v`, `h[i] += v`, `h[i] -= v`); the
    /// variable it defines is never read.
    BufStore {
        buf: VarId,
        index: Inact,
        value: Atom,
        op: BufOp,
    },
    /// One element of buffer `buf`. Inside a branch or loop the reverse sweep replays,
    /// the forward sweep records the value read and the replays read the record at
    /// position `pos` (the buffer itself holds its final values by then).
    BufRead {
        buf: VarId,
        index: Inact,
        pos: Option<VarId>,
    },
    /// A write into an out-parameter (`out[i] = v`); the variable it defines is
    /// never read.
    OutStore {
        param: usize,
        index: Inact,
        value: Atom,
    },
}

/// How a buffer write combines with the element it writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BufOp {
    /// `h[i] = v`
    Set,
    /// `h[i] += v`
    Add,
    /// `h[i] -= v`
    Sub,
}

/// A call whose derivative comes from the callee's generated functions.
#[derive(Clone, Debug)]
pub(crate) struct Call {
    /// Path of the callee (`h`, `module::h`), or the method name for `self.h(..)`.
    pub callee: syn::Path,
    pub method_on_self: bool,
    /// A method called on a field of `self` (`self.model.loss(w)`): the receiver.
    pub receiver: Option<Inact>,
    /// A method of a type the macro can name (`self.h(..)`, `m.h(..)` of a parameter
    /// `m: &Model`): its derivatives can be called as paths (`<Self>::h_jvp`).
    pub path: Option<Box<MethodPath>>,
    pub args: Vec<CallArg>,
}

impl Call {
    /// Whether every argument is a scalar or passed through (no data by reference):
    /// one run of the callee's `_vjp` gives its value and every partial, which reverse
    /// mode keeps for the replays (`emit::sites`).
    pub fn takes_scalars_only(&self) -> bool {
        self.args
            .iter()
            .all(|a| matches!(a, CallArg::Active(_) | CallArg::Inactive(_)))
    }
}

/// A method called through its type: `<ty>::h_jvp(recv, ..)` for `recv.h(..)`.
#[derive(Clone, Debug)]
pub(crate) struct MethodPath {
    /// The type whose method it is (`Self`, `Model<T>`).
    pub ty: syn::Type,
    /// The receiver as the method's `&self` argument (`self`, `m`, `&m`).
    pub recv: syn::Expr,
}

/// One argument of a differentiable call.
#[derive(Clone, Debug)]
pub(crate) enum CallArg {
    /// An active scalar.
    Active(Atom),
    /// An active slice or array parameter, passed by reference (`h(x)`).
    Slice(usize),
    /// Passed through.
    Inactive(Inact),
    /// Inactive float data (a `wrt`-excluded slice parameter) passed where the
    /// callee differentiates: zero tangents, adjoints dropped.
    ConstSlice(Inact),
    /// A reference whose type the syntax hides, to a field of an inactive receiver
    /// (`&self.xs`, `&m.w`) or to a constant declared outside the body (`&W`): float
    /// data with a zero tangent when the callee differentiates its parameter, passed
    /// as it is otherwise (the compiler picks, see `emit::dispatch`).
    HiddenData(Inact),
    /// An active one-dimensional local array, passed by reference (`h(&buf)`).
    Arr(VarId),
    /// A `vec!` buffer, passed by reference (`h(&buf)`). Inside a branch or loop the
    /// reverse sweep replays, the forward sweep records its contents at the call and
    /// the replays pass the record from position `pos` (advanced by the buffer's
    /// length right before the call).
    Buf { buf: VarId, pos: Option<VarId> },
    /// A subslice of an active slice or array parameter (`&x[1..]`): its tangent and
    /// shadow are the same subslice of the parameter's.
    SubSlice { param: usize, range: Inact },
}

impl CallArg {
    /// Whether the argument carries a derivative into the callee.
    pub(crate) fn is_active(&self) -> bool {
        matches!(
            self,
            CallArg::Active(Atom::Var(_))
                | CallArg::Slice(_)
                | CallArg::SubSlice { .. }
                | CallArg::Arr(_)
                | CallArg::Buf { .. }
        )
    }
}

/// A structured statement.
#[derive(Clone, Debug)]
pub(crate) enum Stmt {
    /// Defines (`def`, a `let`) or redefines (an assignment) `var`.
    Set {
        var: VarId,
        val: Val,
        span: Span,
        def: bool,
    },
    /// Declares a variable that every branch of the following `if` defines.
    Decl(VarId),
    If {
        cond: Inact,
        then_b: Block,
        else_b: Block,
    },
    For(ForLoop),
    While {
        cond: Inact,
        body: Block,
        brk: Option<VarId>,
    },
    /// An inactive expression statement (`assert!(..)`).
    Effect(Inact),
}

/// `for idx in lo..hi` (or `..=`), with loop exits lowered to flags.
#[derive(Clone, Debug)]
pub(crate) struct ForLoop {
    pub idx: VarId,
    pub lo: Inact,
    pub hi: Inact,
    pub inclusive: bool,
    pub body: Block,
    /// Set when the body executed `break`: the loop stops after this iteration.
    pub brk: Option<VarId>,
}

/// A sequence of statements.
#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub stmts: Vec<Stmt>,
}

/// What the function returns.
#[derive(Clone, Debug)]
pub(crate) enum Output {
    Scalar(Atom),
    Array(Vec<Atom>),
    /// `()`: the results are in out-parameters.
    Unit,
}

/// A lowered function.
#[derive(Clone, Debug)]
pub(crate) struct Func {
    pub vars: Vec<Var>,
    pub params: Vec<Param>,
    pub body: Block,
    pub output: Output,
    /// Items declared in the body, emitted again in every generated function.
    pub items: Vec<syn::Item>,
    /// Type annotations of inactive variables, by variable.
    pub annotations: Vec<Option<syn::Type>>,
    /// The calls to generated derivatives of other functions (`g_grad(x)`), whose own
    /// derivatives come from the shims emitted for them (see [`NestedCall`]).
    pub nested: Vec<NestedCall>,
    /// `checkpoint = s`: the snapshot count of the top-level loops' reverse sweeps.
    pub checkpoint: Option<syn::Expr>,
}

/// Which generated derivative a nested call calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NestedKind {
    /// `g_grad(x, y)` -> `(value, dg/dx, dg/dy)`
    Grad,
    /// `g_jvp(x, dx, y, dy)` -> `(value, tangent)`
    Jvp,
    /// `g_vjp(x, y, seed)` -> `(value, seed*dg/dx, seed*dg/dy)`
    Vjp,
}

/// A call to a generated derivative of another differentiable function, lowered as a
/// call (`Val::ArrCall`) of a shim returning the call's tuple as an array. The shim and
/// its `_jvp` and `_vjp` are closures written at the top of each generated function,
/// from the callee's `g_grad` and `g_hvp` (see `emit::nested`).
#[derive(Clone, Debug)]
pub(crate) struct NestedCall {
    /// The shim's name (`__ad_shim<k>_nested`, mixed-site: not ending in a number, it
    /// cannot be one of the emission's fresh names, which do).
    pub shim: Ident,
    pub kind: NestedKind,
    /// The path as the user wrote it (`g_grad`, `m::g_grad::<T>`).
    pub callee: syn::Path,
    /// Per argument: whether it is a float (it takes a tangent, and the callee
    /// differentiates it).
    pub floats: Vec<bool>,
    /// The length of the tuple the call returns (0 with `into`).
    pub n_out: usize,
    /// The float type of the values (the calling function's).
    pub float_ty: syn::Type,
    /// For `g_grad(x, &mut gx)` of a function of a slice: where the shadow is among
    /// the user's arguments (it is not among the lowered call's), and its length. The
    /// call's tuple is then `[value, gx..]`, and `floats` marks the slice `x`.
    pub into: Option<(usize, syn::Expr)>,
    /// `g_grad(..)` bound to fewer values than it has float arguments plus one: some
    /// active argument fills a parameter outside `g`'s `wrt(..)`. Its shims call the
    /// functions `g` generates for that (`emit::outside_wrt`), which know which.
    pub outside_wrt: bool,
    /// An argument is `no_grad(..)` of a float: the callee's `wrt(..)` is checked at
    /// compile time against the parameters the call takes as differentiated.
    pub check_wrt: bool,
    /// Where the user wrote the call.
    pub span: Span,
}

// ------------------------------------------------------------ placeholders

/// The placeholder identifier of a local variable inside an inactive expression.
pub(crate) fn placeholder(var: VarId, span: Span) -> Ident {
    Ident::new(&format!("__ad_ph_{var}"), span)
}

/// The variable a placeholder identifier stands for.
pub(crate) fn placeholder_var(id: &Ident) -> Option<VarId> {
    id.to_string().strip_prefix("__ad_ph_")?.parse().ok()
}
