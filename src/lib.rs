//! Compile-time automatic differentiation for Rust.
//!
//! Put `#[differentiable]` on an ordinary function and get its derivatives as plain
//! Rust generated beside it at compile time: forward mode (`f_jvp`), reverse mode
//! (`f_vjp`, `f_grad`) and exact Hessian-vector products (`f_hvp`). No tape
//! objects, no operator-overloading types in your code, no nightly compiler.
//!
//! ```
//! use differentiable::differentiable;
//!
//! #[differentiable]
//! fn rosenbrock(x: f64, y: f64) -> f64 {
//!     let a = 1.0 - x;
//!     let b = y - x * x;
//!     a * a + 100.0 * b * b
//! }
//!
//! let (f, dfdx, dfdy) = rosenbrock_grad(-1.2, 1.0);
//! assert!((f - 24.2).abs() < 1e-12);
//! assert!((dfdx - (-215.6)).abs() < 1e-9 && (dfdy - (-88.0)).abs() < 1e-9);
//!
//! // forward mode: each value followed by its direction, (x, dx, y, dy);
//! // the derivative along (0.5, 0)
//! let (_, d) = rosenbrock_jvp(-1.2, 0.5, 1.0, 0.0);
//! assert!((d - 0.5 * dfdx).abs() < 1e-9);
//!
//! // exact Hessian-vector product: H · (0.5, 0) is half the Hessian's first column
//! let (_, hvx, hvy) = rosenbrock_hvp(-1.2, 0.5, 1.0, 0.0);
//! assert!((hvx - 665.0).abs() < 1e-9 && (hvy - 240.0).abs() < 1e-9);
//! ```
//!
//! # The generated functions
//!
//! For `fn f(..) -> F` the macro keeps `f` exactly as written and adds, with the same
//! visibility, generics and where-clause:
//!
//! | item | when | what |
//! |---|---|---|
//! | `f_jvp` | always | forward mode: value and directional derivative |
//! | `f_vjp` | always | reverse mode: value and the pullback of a cotangent `seed` |
//! | `f_grad` | scalar output | reverse mode with seed 1: value and gradient |
//! | `f_hvp` | scalar output | exact Hessian-vector product (forward-over-reverse) |
//!
//! **Active parameters** are float scalars (`f32`, `f64`, a generic `T: Float`),
//! arrays `[F; N]` and shared slices `&[F]`, `&[F; N]`. Every other parameter
//! (integers, `bool`, `&self`, structs, `&[usize]`) is passed through unchanged;
//! `#[differentiable(wrt(a, b))]` makes only the named parameters active.
//!
//! By-value active parameters get their derivatives **returned**, in order, after the
//! value: `(value, d_1, ..., d_k)`, or the bare value when there are none. Borrowed
//! parameters get a **shadow** parameter inserted right after them:
//!
//! | function | scalar `x: F` | slice `x: &[F]` |
//! |---|---|---|
//! | `f_jvp` | `x, x_tangent: F` | `x, x_tangent: &[F]` |
//! | `f_vjp` | `x` (adjoint returned) + a final `seed` | `x, x_bar: &mut [F]` (**added to**) + `seed` |
//! | `f_grad` | `x` (partial returned) | `x, x_grad: &mut [F]` (**overwritten**) |
//! | `f_hvp` | `x, x_dir: F` ((H v)ₓ returned) | `x, x_dir: &[F], x_hv: &mut [F]` (**overwritten**) |
//!
//! ```
//! use differentiable::differentiable;
//!
//! #[differentiable]
//! fn energy(x: &[f64]) -> f64 {
//!     let mut e = 0.0;
//!     for i in 0..x.len() - 1 {
//!         let d = x[i + 1] - x[i] - 1.0;
//!         e += d * d;
//!     }
//!     e
//! }
//!
//! let x = [0.0, 1.5, 2.0];
//! let mut g = [0.0; 3];
//! let e = energy_grad(&x, &mut g);            // g is overwritten with the gradient
//! assert_eq!(e, 0.25 + 0.25);
//! assert_eq!(g, [-1.0, 2.0, -1.0]);
//!
//! let mut acc = [10.0; 3];
//! energy_vjp(&x, &mut acc, 2.0);              // pullbacks accumulate: acc += 2 * g
//! assert_eq!(acc, [8.0, 14.0, 8.0]);
//!
//! let (_, de) = energy_jvp(&x, &[1.0, 1.0, 1.0]); // a uniform shift changes nothing
//! assert_eq!(de, 0.0);
//!
//! let mut hv = [0.0; 3];
//! energy_hvp(&x, &[1.0, 0.0, 0.0], &mut hv);  // first column of the Hessian
//! assert_eq!(hv, [2.0, -2.0, 0.0]);
//! ```
//!
//! Functions returning an array `[F; M]` get `f_jvp` (value and tangent arrays),
//! `f_vjp` (taking a `seed: [F; M]`) and `f_hvp`, the Hessian-vector product of
//! `seed · f` (the `seed: [F; M]` last); a caller binds their result with its type,
//! `let p: [f64; 2] = polar(r, t);`, and differentiates through it in every mode:
//!
//! ```
//! use differentiable::differentiable;
//!
//! #[differentiable]
//! fn polar(r: f64, t: f64) -> [f64; 2] {
//!     [r * t.cos(), r * t.sin()]
//! }
//!
//! let (p, dp) = polar_jvp(2.0, 1.0, 0.0, 0.0);        // d/dr
//! assert_eq!(p, [2.0, 0.0]);
//! assert_eq!(dp, [1.0, 0.0]);
//! let (_, dr, dt) = polar_vjp(2.0, 0.0, [0.0, 1.0]);  // gradient of the y component
//! assert_eq!((dr, dt), (0.0, 2.0));
//!
//! #[differentiable]
//! fn radius2(r: f64, t: f64) -> f64 {
//!     let p: [f64; 2] = polar(r, t);
//!     p[0] * p[0] + p[1] * p[1]
//! }
//! assert_eq!(radius2_grad(3.0, 0.0), (9.0, 6.0, 0.0));
//! assert_eq!(radius2_hvp(3.0, 1.0, 0.0, 0.0), (9.0, 2.0, 0.0));
//! ```
//!
//! Functions returning a **tuple** of floats of one type, `(F, F, ..)`, follow the same
//! convention with tuples in place of arrays: `f_jvp` returns the tuple of values and
//! the tuple of tangents, `f_vjp` takes one seed per element (`seed: (F, F, ..)`, last)
//! and returns the tuple of values first, `f_hvp` is the Hessian-vector product of
//! `seed · f` (the seed tuple last). The tuple is written as a tuple expression
//! wherever the function gives its result (its tail, the tails of its branches, its
//! `return`s), and a caller binds it with a tuple pattern, `let (a, b) = polar(r, t);`
//! (names or `_`), differentiating through it in every mode. Methods returning tuples
//! are not supported (return an array).
//!
//! ```
//! use differentiable::differentiable;
//!
//! #[differentiable]
//! fn polar(r: f64, t: f64) -> (f64, f64) {
//!     (r * t.cos(), r * t.sin())
//! }
//!
//! let (p, dp) = polar_jvp(2.0, 1.0, 0.0, 0.0);        // d/dr
//! assert_eq!((p, dp), ((2.0, 0.0), (1.0, 0.0)));
//! let (_, dr, dt) = polar_vjp(2.0, 0.0, (0.0, 1.0));  // gradient of the y component
//! assert_eq!((dr, dt), (0.0, 2.0));
//!
//! #[differentiable]
//! fn radius2(r: f64, t: f64) -> f64 {
//!     let (a, b) = polar(r, t);
//!     a * a + b * b
//! }
//! assert_eq!(radius2_grad(3.0, 0.0), (9.0, 6.0, 0.0));
//! assert_eq!(radius2_hvp(3.0, 1.0, 0.0, 0.0), (9.0, 2.0, 0.0));
//! ```
//!
//! A function may write its results into an **out-parameter** `out: &mut [F]` (or
//! `&mut [F; M]`) instead of returning them, the shape of every residual function of
//! a least-squares problem. The output is differentiated whatever `wrt(..)` names, and
//! it gets a partner right after it: `r_jvp(p, p_tangent, out, out_tangent: &mut [F])`
//! fills `out` and `out_tangent = J·p_tangent`; `r_vjp(p, p_bar, out, out_seed: &[F])`
//! fills `out` and **adds** `Jᵀ·out_seed` into `p_bar`. A float returned beside the
//! output keeps its usual place (`r_jvp` returns `(value, tangent)`, `r_vjp` takes the
//! scalar `seed` last); `_grad` and `_hvp` are not generated (there is no single scalar
//! output). An out-parameter is only written (`out[i] = value;`), never read. The
//! Jacobian comes from [`dense::jacobian`] (for `&mut [F; M]`) or
//! [`dense::jacobian_of_len`]:
//!
//! ```
//! use differentiable::{dense, differentiable};
//!
//! /// Residuals of the model y = a·exp(-b·t) against samples (t, y).
//! #[differentiable(wrt(p))]
//! fn residuals(p: &[f64], t: &[f64], y: &[f64], out: &mut [f64]) {
//!     for i in 0..t.len() {
//!         out[i] = p[0] * (-p[1] * t[i]).exp() - y[i];
//!     }
//! }
//!
//! let (t, y) = ([0.0, 1.0, 2.0], [2.0, 1.2, 0.7]);
//! let p = [2.0, 0.5];
//! let mut r = [0.0; 3];
//! let mut dr = [0.0; 3];
//! residuals_jvp(&p, &[1.0, 0.0], &t, &y, &mut r, &mut dr); // d r / d a
//! assert_eq!(dr[0], 1.0);
//! let jac = dense::jacobian_of_len(
//!     &p,
//!     3,
//!     |p, dp, r, dr| residuals_jvp(p, dp, &t, &y, r, dr),
//!     |p, pb, r, s| residuals_vjp(p, pb, &t, &y, r, s),
//! );
//! // row 1: (exp(-b), -a·exp(-b))
//! assert!((jac[2] - (-0.5f64).exp()).abs() < 1e-15);
//! assert!((jac[3] + 2.0 * (-0.5f64).exp()).abs() < 1e-15);
//! ```
//!
//! Generic code works the same way; bound the scalar by [`Float`] (re-exported from
//! `num-traits`) or [`Scalar`]:
//!
//! ```
//! use differentiable::{differentiable, Float};
//!
//! #[differentiable]
//! fn softplus<T: Float>(x: T) -> T {
//!     (T::one() + x.exp()).ln()
//! }
//!
//! let (_, d) = softplus_grad(0.0_f32);
//! assert!((d - 0.5).abs() < 1e-6);
//! let (_, d) = softplus_grad(0.0_f64);
//! assert!((d - 0.5).abs() < 1e-15);
//! ```
//!
//! Methods work too; `self` is a constant, and a method may call the differentiable
//! methods of `self` and of its fields (`self.model.predict(w, t)`):
//!
//! ```
//! use differentiable::differentiable;
//!
//! struct Model { data: Vec<f64> }
//!
//! impl Model {
//!     #[differentiable]
//!     fn loss(&self, w: &[f64]) -> f64 {
//!         let mut s = 0.0;
//!         for (i, &d) in self.data.iter().enumerate() {
//!             let r = w[0] * (i as f64) + w[1] - d;
//!             s += r * r;
//!         }
//!         s
//!     }
//! }
//!
//! let m = Model { data: vec![1.0, 3.0, 5.0] };
//! let mut g = [0.0; 2];
//! let l = m.loss_grad(&[2.0, 1.0], &mut g);
//! assert_eq!((l, g), (0.0, [0.0, 0.0]));
//! ```
//!
//! # What can be differentiated
//!
//! - `let` (with or without a type), shadowing, `let mut` with reassignment and
//!   `+= -= *= /=` (also as the last statement of a block, without `;`), nested blocks,
//!   expression statements, early `return` (also from inside loops, in functions
//!   returning a float) and tail expressions;
//! - destructuring `let`s: tuples (`let (a, b) = (x, y);`, also from an `if` or `match`
//!   whose branches end in tuples: `let (a, b) = if c { (x, y) } else { (y, x) };`),
//!   the elements of an active array parameter (`let [a, b] = q;`,
//!   `let [first, .., last] = q;`), and any pattern of an inactive value (structs
//!   `let Params { k, w } = p;`, tuple structs, tuples and arrays of data);
//! - `mut` by-value parameters (`fn f(mut x: f64)`): a local copy the body reassigns;
//! - `+ - * /`, unary `-`, literals, constants (`PI`, `const` items and arrays,
//!   `T::from(..)`, `T::zero()`), `as` casts of integers, block expressions;
//! - casts of active values between float types, which keep the derivative (it converts
//!   with the value, and an `f32` parameter's derivative is an `f32`): `x as f64` of an
//!   `f32`, `x as f32` of an `f64`, `f64::from(x)`; a cast to the value's own type is the
//!   value. A function mixing float types takes each value's type from where it is
//!   visible (parameters, casts) and the arithmetic joining it to others; a call returns
//!   the float type of its active arguments;
//! - the float methods `sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh
//!   atanh exp exp2 exp_m1 ln log log2 log10 ln_1p sqrt cbrt powi powf hypot abs
//!   signum max min clamp mul_add recip floor ceil round trunc to_radians to_degrees`,
//!   as methods (`x.sin()`) and as paths (`f64::sin(x)`, `Float::sin(x)`), each with its
//!   rule in [`rules`]; `sin_cos` bound as a pair (`let (s, c) = x.sin_cos();`) or read
//!   by part (`x.sin_cos().0`);
//! - the same functions of the `libm` crate (`libm::sin`, `libm::sinf`, `libm::pow`,
//!   `libm::fmax`, `libm::sincos`, ...; one without a rule is an error listing those
//!   with one), through the same rules. The generated functions compute their values
//!   with the float methods, which under `std` may differ from `libm`'s in the last bit
//!   (under the `libm` feature without `std` they are `libm`'s);
//! - a float type alias in the signature (`type Real = f64;` then `fn f(x: Real) -> Real`),
//!   once named in the attribute, since the macro sees the function but not the alias:
//!   `#[differentiable(float = Real)]`. It is taken to be the function's float type;
//! - `if`/`else` (as expression or statement; conditions are not differentiated),
//!   `for` over integer ranges and over slices (`x.iter()`, `.copied()`,
//!   `.enumerate()`, `.zip(..)`), `while` (also with statements in the condition:
//!   `while { k += 1; k < n } { .. }`), `loop`, `break`, `continue`, also as a whole
//!   branch of a `let` (`let k = if c { break } else { i };`);
//! - local fixed-size arrays: `let mut h = [0.0; N];` (`N` a literal, a `const` or a
//!   const generic), nested `[[0.0; N]; M]`, literals with active elements
//!   `[x, y * x, 2.0]`, copies of array parameters (`let mut s = y;` for `y: [F; N]`,
//!   `*y` for `y: &[F; N]`) and of other local arrays, element reads `h[i]`,
//!   `r[i][j]`, element writes `h[i] = e;`, `h[i] += e;` (every operator), whole
//!   reassignments `t = s;`, a one-dimensional local array passed by reference to a
//!   differentiable callee taking `&[F]` or `&[F; N]` (`norm2(&h)`), and a local array
//!   as the result of a function returning `[F; M]`. Hidden layers, ODE states, small
//!   matrices: the arrays live on the stack, and fixed sizes stay free of heap
//!   allocation (see [How the code is generated](#how-the-code-is-generated));
//! - runtime-length float buffers (the `alloc` feature): `let mut h = vec![0.0; n];`
//!   (`n` any integer expression, such as `x.len()` or a parameter; the fill value may
//!   be active), element reads `h[i]` (also in `if` conditions and iterator-chain
//!   closures), element writes `h[i] = e;`, `h[i] += e;` (every operator), `h.len()`,
//!   and `&h` passed to a differentiable callee taking `&[F]`. A buffer is written in
//!   place; see [How the code is generated](#how-the-code-is-generated) for what the
//!   reverse sweep keeps:
//!
//!   ```
//!   use differentiable::differentiable;
//!
//!   /// A hidden layer of `m` units over the inputs `x`, weights `w`.
//!   #[differentiable(wrt(x, w))]
//!   fn layer(x: &[f64], w: &[f64], m: usize) -> f64 {
//!       let n = x.len();
//!       let mut h = vec![0.0; m];
//!       for j in 0..m {
//!           for i in 0..n {
//!               h[j] += w[j * n + i] * x[i];
//!           }
//!           h[j] = h[j].tanh();
//!       }
//!       let mut s = 0.0;
//!       for j in 0..h.len() {
//!           s += h[j] * h[j];
//!       }
//!       s
//!   }
//!
//!   let (x, w) = ([0.5, -1.0], [0.3, 0.2, -0.1, 0.4, 0.0, 0.7]);
//!   let (mut gx, mut gw) = ([0.0; 2], [0.0; 6]);
//!   let s = layer_grad(&x, &mut gx, &w, &mut gw, 3);
//!   assert!((s - layer(&x, &w, 3)).abs() < 1e-15);
//!   // ∂s/∂w[0] = 2 h₀ (1 - h₀²) x₀
//!   let h0 = (0.3f64 * 0.5 - 0.2).tanh();
//!   assert!((gw[0] - 2.0 * h0 * (1.0 - h0 * h0) * 0.5).abs() < 1e-12);
//!   ```
//!
//!   A buffer holds floats only, has one dimension, and is used only through its
//!   elements, its length and `&h` in a call: copying, moving, reassigning or returning
//!   it, iterating it (`h.iter()`, `for v in &h`), subslices (`&h[1..]`), `vec![a, b]`
//!   lists and reads of its elements in a `while` condition are compile errors saying
//!   what to write instead (index it in a loop over `0..h.len()`; read the element into
//!   a variable before the `while`);
//! - out-parameters `out: &mut [F]` written element by element (above);
//! - iterator chains over slices, arrays and inactive data, reduced to a value or looped
//!   over with `for`: built from `x.iter()`, `&x`, a subslice (`x[1..]`, `x[a..b]`,
//!   `x[..n]`), `x.windows(k)`, `x.chunks(k)`, `x.chunks_exact(k)` or a range (`a..b`,
//!   `a..=b` of any integer type, `a..` zipped with something finite);
//!   adapted by `.copied()`, `.cloned()`, `.enumerate()`, `.zip(..)`, `.rev()`,
//!   `.skip(k)`, `.take(k)`, `.step_by(k)`, `.map(..)` and `.filter(..)` (whose predicate
//!   is a condition, not differentiated, and which only `.map(..)`, `.filter(..)` and
//!   `.rev()` may follow); reduced by `.sum()`, `.product()`, `.fold(init, f)` or
//!   `.count()`. A closure is allowed as the argument of these adapters: it is inlined at
//!   each element, its parameters (patterns such as `&v`, `(i, v)`, `(a, b)`) may shadow
//!   outer names, and it may read the variables around it but not assign them. A function
//!   path works as well (`.map(f64::exp)`, `.fold(f64::NEG_INFINITY, f64::max)`, a
//!   `#[differentiable]` fn). A window or chunk `w` is read as `w[j]`, `w.len()` or
//!   iterated. Each chain becomes the index loop one would write by hand: the same
//!   derivatives, the same cost, no allocation.
//!
//! ```
//! use differentiable::differentiable;
//!
//! /// Cross-entropy of softmax(z) at `label`, with a stable log-sum-exp.
//! #[differentiable(wrt(z))]
//! fn xent(z: &[f64], label: usize) -> f64 {
//!     let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
//!     let lse = m + z.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
//!     lse - z[label]
//! }
//!
//! let z = [1.0, 2.0, 0.5];
//! let mut g = [0.0; 3];
//! xent_grad(&z, &mut g, 1);
//! // the gradient is softmax(z) minus the one-hot vector of the label
//! let total: f64 = z.iter().map(|v| v.exp()).sum();
//! assert!((g[0] - 1.0f64.exp() / total).abs() < 1e-12);
//! assert!((g[1] - (2.0f64.exp() / total - 1.0)).abs() < 1e-12);
//! ```
//!
//! - `match` on an inactive value (integers, enums, `Option`s), as a statement or with
//!   active arm values, arms with bindings, guards, `break`, `continue` and `return`;
//! - `assert!`-family macros and `println!`/`eprintln!` (which print the primal value,
//!   once per call), with format-string captures (`"got {m}"`);
//! - inactive values with side effects, such as draws from a random-number generator
//!   passed as `rng: &mut R` (`let u = rng.uniform();`): each runs exactly once per
//!   generated call, in the forward sweep; the reverse sweep reads back what it drew
//!   (a value drawn inside a branch or loop is recorded, and must be `Clone`).
//!   A value counts as having side effects when it borrows something mutably or uses a
//!   `&mut` parameter; other calls are taken to be pure (no interior mutability or
//!   global state);
//! - a local holding constants (an array, a row of a matrix, a scalar) lent to an
//!   ordinary call that writes it, `let mut h = [0.0; 3]; let n = fill(&mut h);`, then
//!   read in active expressions: the call runs once, like the draws above, and the
//!   reverse sweep reads back what it wrote. A local that carries derivatives (it holds
//!   an active value, or is copied whole into an array that does) and a `vec!` buffer
//!   cannot be lent: the call would lose their derivatives, a compile error says what to
//!   write instead;
//! - calls to other `#[differentiable]` functions, and to hand-written derivative
//!   rules: a call `h(a, b)` with active arguments uses `h_jvp` / `h_vjp` (and, in the
//!   caller's `f_hvp`, `h_vjp` and `h_hvp`) found in scope, so writing those by hand
//!   with the signatures above is how you supply a custom derivative. Float constants
//!   passed to such a call (`h(0.5, x)`) get a zero tangent; an argument for a
//!   parameter the callee does not differentiate (outside its `wrt(..)`) is wrapped in
//!   [`no_grad`], which passes it alone (see "Calls" below). Part of an active slice is
//!   passed as a subslice, `h(&x[1..])` or `h(&x[a..b])`: its derivative is the same part
//!   of the caller's. A caller with a scalar or array output gets an `f_hvp`, so a
//!   hand-written rule it calls needs `h_hvp` as well, unless the caller is marked
//!   `#[differentiable(no_hvp)]` (no `f_hvp` is generated then). In `f_hvp`, a call that
//!   passes a slice keeps its callee's gradient and H·v along the slice in a buffer of
//!   the call site (the `alloc` feature). A callee returning
//!   an array is bound with its type (`let p: [f64; 2] = polar(r, t);`), one returning
//!   a tuple of floats with a tuple pattern (`let (a, b) = polar(r, t);`), and a call
//!   declared to give an integer or `bool` (`let j: usize = nearest(p, c);`) has no
//!   derivative and needs no attribute;
//!
//! ```
//! use differentiable::differentiable;
//!
//! // a custom rule for an opaque function: cube(a) = a³
//! fn cube(a: f64) -> f64 { a * a * a }
//! fn cube_jvp(a: f64, da: f64) -> (f64, f64) { (cube(a), 3.0 * a * a * da) }
//! fn cube_vjp(a: f64, seed: f64) -> (f64, f64) { (cube(a), 3.0 * a * a * seed) }
//! fn cube_hvp(a: f64, va: f64) -> (f64, f64) { (cube(a), 6.0 * a * va) }
//!
//! #[differentiable]
//! fn f(x: f64) -> f64 { cube(2.0 * x) + x }
//!
//! assert_eq!(f_grad(1.0), (9.0, 25.0)); // 24 x² + 1
//! assert_eq!(f_hvp(1.0, 1.0), (9.0, 48.0)); // 48 x
//! ```
//!
//! Methods of a trait impl cannot get extra methods beside them, so there the attribute
//! goes on the `impl` block: the derivatives of its methods marked `#[differentiable]`
//! (or, when none is marked, of every method returning a float) land in an inherent
//! `impl` of the same type.
//!
//! ```
//! use differentiable::differentiable;
//!
//! trait Energy {
//!     fn energy(&self, x: f64) -> f64;
//! }
//! struct Spring {
//!     k: f64,
//! }
//!
//! #[differentiable]
//! impl Energy for Spring {
//!     fn energy(&self, x: f64) -> f64 {
//!         0.5 * self.k * x * x
//!     }
//! }
//!
//! assert_eq!(Spring { k: 2.0 }.energy_grad(3.0), (9.0, 6.0));
//! ```
//!
//! ```
//! use differentiable::differentiable;
//!
//! // a two-unit hidden layer in a local buffer
//! #[differentiable]
//! fn net(w: &[f64], x: f64) -> f64 {
//!     let mut h = [0.0; 2];
//!     for j in 0..2 {
//!         h[j] = (w[j] * x).tanh();
//!     }
//!     w[2] * h[0] + w[3] * h[1]
//! }
//!
//! let mut g = [0.0; 4];
//! net_grad(&[0.0, 0.0, 1.0, 1.0], &mut g, 2.0);
//! assert_eq!(g, [2.0, 2.0, 0.0, 0.0]); // d/dw_j at w_j = 0: w_(j+2) · x
//! ```
//!
//! # Calls
//!
//! The caller cannot see the callee's attribute, so a call follows one rule: an argument
//! gets a derivative (a tangent, or a shadow for a slice) when its syntax shows a float:
//! an active value, a float literal or constant, a local declared with a float type,
//! float data (a float slice parameter, a local declared `&[F]` or `[F; N]`, a `const`
//! float array declared in the body) or part of an active slice; any other argument, and
//! any argument wrapped in `no_grad(..)`, is passed as it is.
//!
//! - A float *constant* (a literal, an inactive local, a parameter outside the caller's
//!   `wrt(..)`, arithmetic on those) may fill a parameter the callee differentiates or
//!   one outside its `wrt(..)`: its derivative is zero either way, so it needs no
//!   marking. The compiler picks the callee's signature that fits (`h_vjp` returns an
//!   adjoint for the constant, or not) through a small trait the macro declares at the
//!   call, inlined away: the call costs what a direct one does. When a call passes
//!   several constants, the callee must differentiate all of them or none; otherwise
//!   mark the ones it does not differentiate `no_grad(..)` (the macro's error at the
//!   call says so).
//! - An *active* value must go to a parameter the callee differentiates. Passed to one
//!   outside the callee's `wrt(..)`, its derivative would be lost: the call is an error
//!   at the call, "`h` takes no derivative for an argument that this call
//!   differentiates", saying to add the parameter to `wrt(..)` or to wrap the argument
//!   in `no_grad(..)` (which drops its derivative on purpose).
//! - Float *data* the caller does not differentiate (a slice parameter outside its
//!   `wrt(..)`, a part `&x[1..]` of one, a `const` array of the body or of the module, a
//!   field `&self.xs` of an inactive receiver) needs no marking either: the compiler
//!   picks, through the same trait, whether the callee differentiates its parameter (the
//!   data then goes with a zero tangent, and its adjoint is dropped) or not (it goes as
//!   it is). Wrapping it in `no_grad(..)` says the callee does not differentiate it;
//!   an expression of hidden type, such as a part of a module constant
//!   (`&TARGET[..2]`), needs it:
//!
//! ```
//! use differentiable::{differentiable, no_grad};
//!
//! #[differentiable(wrt(x))]
//! fn penalty(x: &[f64], weight: f64, target: &[f64]) -> f64 {
//!     let mut s = 0.0;
//!     for i in 0..x.len() {
//!         let d = x[i] - target[i];
//!         s += weight * d * d;
//!     }
//!     s
//! }
//!
//! const TARGET: [f64; 3] = [1.0, 2.0, 3.0];
//!
//! #[differentiable(wrt(x, scale))]
//! fn loss(x: &[f64], scale: f64, target: &[f64]) -> f64 {
//!     // `weight` and `target` take no derivative in `penalty`: the constant and the
//!     // slice outside `wrt(..)` need no marking, the part of a module constant does
//!     scale * penalty(&x[1..], 0.5, no_grad(&TARGET[..2])) + penalty(x, 1.0, target)
//! }
//!
//! let mut g = [0.0; 3];
//! let (v, dscale) = loss_grad(&[1.0, 2.0, 1.0], &mut g, 2.0, &[1.0, 2.0, 1.0]);
//! assert_eq!((v, dscale), (2.0, 1.0));
//! assert_eq!(g, [0.0, 2.0, -2.0]);
//! ```
//!
//! A call whose result is declared an integer or `bool`, `let j: usize = nearest(p, c);`,
//! has no derivative: it runs on the values of its arguments, whatever they are, and
//! needs no attribute (the assignment step of k-means inside its cost). Without the
//! type, the macro cannot tell such a call from a float one: the compiler's error at the
//! call ("must return one float, not `usize`") says to declare it.
//!
//! ```
//! use differentiable::differentiable;
//!
//! /// The index of the centroid nearest to `p`: not differentiable, and needs not be.
//! fn nearest(p: f64, c: &[f64]) -> usize {
//!     let mut best = 0;
//!     for j in 1..c.len() {
//!         if (c[j] - p).abs() < (c[best] - p).abs() {
//!             best = j;
//!         }
//!     }
//!     best
//! }
//!
//! #[differentiable(wrt(c))]
//! fn cost(c: &[f64], points: &[f64]) -> f64 {
//!     let mut s = 0.0;
//!     for &p in points {
//!         let j: usize = nearest(p, c);
//!         s += (c[j] - p) * (c[j] - p);
//!     }
//!     s
//! }
//!
//! let mut g = [0.0; 2];
//! cost_grad(&[0.0, 10.0], &mut g, &[1.0, 9.0, 12.0]);
//! assert_eq!(g, [-2.0, -2.0]); // 2 (c₀ - 1); 2 (c₁ - 9) + 2 (c₁ - 12)
//! ```
//!
//! The derivative of a `no_grad(..)` value would be lost, so the value must not depend on
//! an active one (a spanned error otherwise: add the parameter to the callee's
//! `wrt(..)`). An argument whose type the
//! syntax hides (a field `self.c`, a value from a call or a pattern) is a spanned error
//! asking for a typed local (`let c: f64 = self.c;`) or `no_grad(..)`. A reference of
//! hidden type, to a field of an inactive receiver or struct parameter (`&self.xs`,
//! `&m.w`) or to a constant declared outside the function (`&W`), needs neither: the
//! compiler picks at the call whether the callee differentiates that parameter (the
//! data, a `Vec<F>`, `[F; N]` or `&[F]`, then goes as a slice, or as an array to a
//! `&[F; N]` parameter, with a zero tangent, and its adjoint is dropped) or not (it goes as it is, or as the slice `&[T]` a plain
//! call would coerce it to), as it does for float constants. A plain function called with an active
//! argument needs rules: the compiler reports the missing `h_jvp` (or `h_vjp`, `h_hvp`)
//! at the call; annotate `h` with `#[differentiable]`, wrap arguments it must not
//! differentiate in `no_grad(..)`, or declare an integer result's type.
//!
//! Data a model holds, passed by reference to a callee that differentiates it or not:
//!
//! ```
//! use differentiable::differentiable;
//!
//! /// Differentiates both parameters.
//! #[differentiable]
//! fn fit(w: &[f64], x: f64) -> f64 {
//!     let mut s = 0.0;
//!     for i in 0..w.len() {
//!         s += w[i] * x.powi(i as i32);
//!     }
//!     s
//! }
//!
//! /// Differentiates `x` only.
//! #[differentiable(wrt(x))]
//! fn pick(k: &[usize], c: &[f64], x: f64) -> f64 {
//!     c[k[0]] * x
//! }
//!
//! const SHIFT: [f64; 2] = [0.5, 2.0];
//!
//! struct Model {
//!     coeffs: Vec<f64>,
//!     order: Vec<usize>,
//! }
//!
//! impl Model {
//!     #[differentiable(wrt(x))]
//!     fn value(&self, x: f64) -> f64 {
//!         // `&self.coeffs` and `&SHIFT` get zero tangents in `fit`; `pick` takes
//!         // `&self.order` and `&SHIFT` as they are
//!         fit(&self.coeffs, x) + fit(&SHIFT, x) + pick(&self.order, &SHIFT, x)
//!     }
//! }
//!
//! let m = Model { coeffs: vec![1.0, 0.0, 3.0], order: vec![1] };
//! // value = 1 + 3x² + 0.5 + 2x + 2x
//! let (v, d) = m.value_grad(1.0);
//! assert_eq!((v, d), (8.5, 10.0));
//! ```
//!
//! A *method* of `self` (`self.h(x, 0.5)`) or of a parameter whose type the signature
//! names (`m.h(&m.w, x)` with `m: &Model`, `m: &Model<T>` or `m: Model`) follows the same
//! rule: its derivatives are called through their paths (`<Self>::h_jvp`,
//! `<Model>::h_jvp`) with the receiver first, so constants and data of hidden type need
//! no marking, and an active value for a parameter outside the method's `wrt(..)` is the
//! same error at the call. The compiler also picks how the method takes its receiver:
//! `&self`, `self` by value (a copy, for a `Copy` type), or, for a method with
//! `wrt(self)` called on a receiver the caller does not differentiate, with a zero
//! tangent (its shadow dropped). A method of a field (`self.model.loss(w, 0.5)`) has a
//! type the macro cannot see: it is called directly (see "Limits"), or, written through
//! its type (`Inner::loss(&self.model, w, 0.5)`), follows the rule of calls in full.
//!
//! ```
//! use differentiable::differentiable;
//!
//! struct Model {
//!     k: f64,
//!     w: Vec<f64>,
//! }
//!
//! impl Model {
//!     /// Differentiates `x` only.
//!     #[differentiable(wrt(x))]
//!     fn scaled(&self, x: f64, c: f64) -> f64 {
//!         self.k * c * x * x
//!     }
//!
//!     /// Differentiates both parameters.
//!     #[differentiable]
//!     fn dot(&self, w: &[f64], x: f64) -> f64 {
//!         w[0] * x + w[1] * x * x
//!     }
//!
//!     #[differentiable]
//!     fn energy(&self, x: f64) -> f64 {
//!         // `0.5` is no parameter of `scaled_jvp`; `&self.w` gets a zero tangent in `dot`
//!         self.scaled(x, 0.5) + self.dot(&self.w, x)
//!     }
//! }
//!
//! let m = Model { k: 2.0, w: vec![1.0, 3.0] };
//! // energy = x² + x + 3x²
//! assert_eq!(m.energy_grad(1.0), (5.0, 9.0));
//! ```
//!
//! Anything else (closures outside iterator chains, other iterator adapters and
//! reductions such as `.collect()`, `match` on active values, `loop` with a value, macros
//! other than assertions and printing on active values, `vec!` buffers used other than by
//! element, length or `&h` in a call, reading an out-parameter, other mutation through
//! `&mut`, calling a mutating method on a local, passing `&mut` to a differentiable
//! call) is a compile error pointing at the construct
//! and saying what to write instead:
//!
//! ```compile_fail
//! # use differentiable::differentiable;
//! #[differentiable]
//! fn f(x: f64) -> f64 {
//!     let g = |t: f64| t * x; // error: closures are not supported ...
//!     g(2.0)
//! }
//! ```
//!
//! # Nested derivatives
//!
//! A differentiable function may call the generated derivatives of another one, and is
//! then differentiated through them: the derivative of a gradient is a Hessian-vector
//! product, so an unrolled optimiser, a bilevel problem or a physics step that takes a
//! force as a gradient can itself be differentiated, in forward and in reverse mode.
//! The rule: a call whose function's name ends in `_grad`, `_jvp` or `_vjp`, with an
//! active argument, is a call to the generated derivative of the function named by the
//! rest (`g_grad` of `g`). Its tuple is bound by a tuple pattern (`_` for parts not
//! needed), and its arguments follow the rule of calls above (every float argument is
//! one `g` differentiates; `no_grad(..)` for a float `g` takes outside its `wrt(..)`,
//! where `g_grad` may also take an active value, see below):
//!
//! ```
//! use differentiable::differentiable;
//!
//! #[differentiable]
//! fn train_loss(w: f64, b: f64) -> f64 {
//!     (w * 2.0 + b - 1.0).powi(2) + 0.1 * w.powi(4)
//! }
//!
//! /// The loss after three gradient steps of size `lr`.
//! #[differentiable(wrt(lr), no_hvp)]
//! fn unrolled(lr: f64, w0: f64) -> f64 {
//!     let mut w = w0;
//!     let mut b = 0.0;
//!     for _ in 0..3 {
//!         let (_, gw, gb) = train_loss_grad(w, b);
//!         w -= lr * gw;
//!         b -= lr * gb;
//!     }
//!     train_loss(w, b)
//! }
//!
//! // the hypergradient d(loss)/d(lr), in reverse and in forward mode
//! let (v, d) = unrolled_grad(0.05, 1.0);
//! let (_, t) = unrolled_jvp(0.05, 1.0, 1.0);
//! let h = 1e-6;
//! let fd = (unrolled(0.05 + h, 1.0) - unrolled(0.05 - h, 1.0)) / (2.0 * h);
//! assert!((d - fd).abs() < 1e-6 && (t - fd).abs() < 1e-6);
//! assert_eq!(v, unrolled(0.05, 1.0));
//! ```
//!
//! | the call | its forward derivative (along `ẋ`) | its reverse derivative (seeds `s`) |
//! |---|---|---|
//! | `let (v, d..) = g_grad(x..)` | `v̇ = d·ẋ`, `ḋ = H ẋ` | `x̄ += s_v d + H s_d` |
//! | `let (v, t) = g_jvp(x, u..)` | `ṫ = uᵀH ẋ + d·u̇` | `x̄ += s_v d + s_t H u`, `ū += s_t d` |
//! | `let (v, r..) = g_vjp(x.., σ)` | `ṙ = σ̇ d + σ H ẋ` | `x̄ += s_v d + σ H s_r`, `σ̄ += s_r·d` |
//! | `let v = g_grad(x, &mut gx)` | `ġx = H ẋ` | `x̄ += s_v d + H s_gx` |
//! | `let (v, dy) = g_grad(x, y)`, `x` outside `g`'s `wrt(y)` | `v̇ = ∇g·(ẋ, ẏ)`, `ḋy = H_yx ẋ + H_yy ẏ` | `x̄ += s_v ∂g/∂x + H_xy s_dy`, `ȳ += s_v ∂g/∂y + H_yy s_dy` |
//!
//! Each is computed from `g_grad` and `g_hvp` (`d` is `g`'s gradient and `H` its
//! Hessian at `x`; reverse mode uses the symmetry of `H`), so `g` returns a scalar and
//! has its `_hvp`. Each derivative is exact, and none confuses perturbations: in
//! `d/dx [x · d/dy (x + y)]` the inner derivative's `x` is the outer one's (the answer
//! is 1; a forward mode that shares one perturbation between the levels gives 2). A
//! slice callee's gradient goes into a local array or an out-parameter whose length the
//! macro sees (`let mut gx = [0.0; N];`, `out: &mut [F; N]`); the callee may take
//! `x: &[F]` or `x: &[F; N]`, and `x` may be constant (the call still writes `gx`).
//!
//! What is refused, with a spanned error: the `_hvp` of a function making such a call
//! (it would need third derivatives of `g`: write `#[differentiable(no_hvp)]`, as
//! above), a nested call to `g_hvp`, a nested call not bound by a tuple pattern
//! (`g_grad(x).1`), nested `g_jvp`/`g_vjp` of functions of slices, nested derivatives of
//! methods (`self.loss_grad(w)`), and a gradient buffer whose length is a const generic
//! parameter.
//!
//! A `g_grad` call may pass an active value to a parameter outside `g`'s `wrt(..)`:
//! its tuple then has one value fewer than the call has float arguments plus one
//! (`g`'s gradient is over its `wrt` only), and the derivative of that gradient along
//! the caller's perturbation needs the cross derivatives `∂²g/∂y∂x` (last row of the
//! table). A function with a restricted `wrt(..)` generates them, hidden (a gradient
//! and Hessian-vector product over all its float parameters, with the same emission),
//! when it has an `_hvp`, its body calls no other function, and its parameters are
//! floats, integers, `bool`, `char` or shared references; this is the perturbation
//! test above with a callee differentiated in `y` only:
//!
//! ```
//! use differentiable::differentiable;
//!
//! #[differentiable(wrt(y))]
//! fn add(x: f64, y: f64) -> f64 {
//!     x + y
//! }
//!
//! #[differentiable(no_hvp)]
//! fn outer(x: f64) -> f64 {
//!     let (_, d) = add_grad(x, 1.0); // d/dy (x + y) at y = 1, with `x` active
//!     x * d
//! }
//!
//! assert_eq!(outer_jvp(3.0, 1.0).1, 1.0);
//! assert_eq!(outer_grad(3.0).1, 1.0);
//! ```
//!
//! For another such callee the call is a compiler error at it saying so (add the
//! parameter to the callee's `wrt(..)` and bind its derivative too, or pass the value
//! as `no_grad(..)`); so is a tuple of a wrong length (the compiler names the length
//! `g_grad` returns). `g_jvp` and `g_vjp` take active values for `wrt` parameters only
//! (the float arguments pair with tangents by position): pass the others as
//! `no_grad(..)`, or call `g_grad`. A nested call with a `no_grad(..)` float argument
//! is checked against `g`'s `wrt(..)` at compile time: `no_grad` on a parameter `g`
//! differentiates is an error at the call.
//!
//! The other way to nest is by dual numbers: [`Dual<T>`](Dual) is itself a float
//! ([`Float`], [`Scalar`]) and nests (`Dual<Dual<f64>>`), so the generated
//! functions of a *generic* differentiable function can be evaluated at dual numbers:
//! `f_grad::<Dual<f64>>` is forward over reverse (its derivative parts are H·v),
//! `f_jvp::<Dual<f64>>` forward over forward, and one more level gives third
//! derivatives. A parameter outside `wrt(..)` is then just a value of the dual type, so
//! its perturbation flows through:
//!
//! ```
//! use differentiable::{differentiable, Dual, Float};
//!
//! #[differentiable(wrt(y))]
//! fn add<T: Float>(x: T, y: T) -> T {
//!     x + y
//! }
//!
//! // d/dx [x · d/dy (x + y)] at x = 3: the inner derivative in y, the outer one in x
//! let x = Dual::variable(3.0);
//! let (_, d) = add_grad(x, Dual::constant(1.0));
//! assert_eq!((x * d).eps, 1.0);
//! ```
//!
//! The examples `saddle` and `particle` (GradBench's nested problems, in the four
//! combinations of forward and reverse mode) and `hypergradient` use nested derivatives.
//!
//! # Structs
//!
//! Model parameters can live in a struct. `#[derive(Differentiable)]` (the struct must
//! also be `Clone`) makes it a point of a parameter space whose tangents and gradients
//! are values of the same struct; name the parameter in `wrt(..)` (`wrt(self)` for a
//! method's `&self`) and its shadow comes right after it, following the slice rule:
//!
//! | generated | struct parameter `m: &T` |
//! |---|---|
//! | `f_grad(m, m_grad: &mut T, ..)` | the gradient **overwrites** `m_grad` |
//! | `f_vjp(m, m_bar: &mut T, .., seed)` | `seed ·` the gradient is **added** to `m_bar` |
//! | `f_jvp(m, m_tangent: &T, ..)` | `(value, tangent)` |
//! | `f_hvp(m, m_dir: &T, m_hv: &mut T, ..)` | H · `m_dir` **overwrites** `m_hv` |
//!
//! For a method, `self.loss_grad(self_grad: &mut Self, ..)`. Without `wrt(..)` naming it,
//! a struct parameter (and `&self`) is a constant, as any other non-float parameter.
//!
//! ```
//! use differentiable::optim::Adam;
//! use differentiable::{differentiable, no_grad, Differentiable};
//!
//! #[derive(Differentiable, Clone, Debug)]
//! struct Linear {
//!     w: [f64; 2],
//!     b: f64,
//!     #[no_grad]
//!     l2: f64, // a constant: a hyper-parameter stored with the model
//! }
//!
//! impl Linear {
//!     #[differentiable(wrt(self))]
//!     fn predict(&self, x: &[f64; 2]) -> f64 {
//!         self.w[0] * x[0] + self.w[1] * x[1] + self.b
//!     }
//!
//!     #[differentiable(wrt(self))]
//!     fn loss(&self, x: &[f64; 2], y: f64) -> f64 {
//!         let e = self.predict(no_grad(x)) - y; // an active method calling another
//!         let reg: f64 = self.w.iter().map(|w| w * w).sum();
//!         e * e + no_grad(self.l2) * reg
//!     }
//! }
//!
//! let mut m = Linear { w: [0.0, 0.0], b: 0.0, l2: 0.0 };
//! let mut g = m.zeros_like(); // the same shape; `#[no_grad]` fields copied
//! let v = m.loss_grad(&mut g, &[1.0, 2.0], 3.0);
//! assert_eq!(v, 9.0);
//! assert_eq!((g.w, g.b), ([-6.0, -12.0], -6.0));
//!
//! let mut opt = Adam::new(0.1);
//! for _ in 0..300 {
//!     m.loss_grad(&mut g, &[1.0, 2.0], 3.0);
//!     opt.step(&mut m, &g); // optimizers step any derived struct
//! }
//! assert!(m.loss(&[1.0, 2.0], 3.0) < 1e-6);
//! ```
//!
//! **Fields.** Differentiable fields are floats, arrays of them (nested too), `Vec<F>`,
//! `Box<[F]>` and other derived structs (or arrays and `Vec`s of those), all of one
//! float type; any other field (sizes, flags, names, data) must be marked `#[no_grad]`
//! (a compile error at the field says so otherwise). Enums, tuple structs and unions
//! are rejected by the derive. A `#[no_grad]` field is skipped by every operation of
//! the [`Differentiable`](trait@Differentiable) trait: in a tangent or gradient it is a
//! copy of the primal's. Build tangents and gradients with `zeros_like(&model)`, so that
//! `Vec` fields have the primal's lengths. A struct generic over its float type
//! (`struct Affine<T> { w: [T; 2], b: T }`) is differentiated in an impl bounded by
//! `where Self: Differentiable<Scalar = T>`.
//!
//! **In the body**, the macro cannot see the struct's fields, so it reads their use:
//!
//! - a field read as a value (`m.b`, `m.b.sin()`, `self.layer.c`) is a float;
//! - a field indexed or iterated (`m.w[i]`, `m.w.iter()`, `for v in &m.w`) is an array,
//!   `Vec` or boxed slice of floats, read as `&[F]`;
//! - the struct itself or a field passed to a differentiable function (`other(m, x)`,
//!   `Layer::forward(&self.layer, x)`, `norm2(&self.w)`) is passed with its shadow; a
//!   method on the struct (`self.predict(x)`) calls the method's generated functions,
//!   which must differentiate `self` (`wrt(self)`); a differentiable method of a struct
//!   parameter outside `wrt(..)` (`layer.forward(x)` with `x` active) follows the rule
//!   of calls like a method of a constant `self` (a method with `wrt(self)` gets a zero
//!   tangent for it), and one of its field is called with the receiver as it is, like a
//!   method of a field of a constant `self`;
//! - reads in positions never differentiated (indices, range bounds, conditions,
//!   comparisons, integer casts, `no_grad(..)`, macros) stay constants: `for i in 0..m.n`.
//!
//! What the macro cannot establish is a spanned compile error saying what to write
//! instead: a `#[no_grad]` field read where it would be differentiated (wrap it,
//! `no_grad(m.scale)`), a field indexed twice (`m.w[i][j]`: store matrices flat), a
//! method called on a field (`self.layer.forward(x)`: write
//! `Layer::forward(&self.layer, x)`), a borrow of a field outside a call argument, a
//! struct taken by value, a struct that does not derive `Differentiable`. Arguments of
//! other types passed with a struct to a differentiable method follow the rule of calls
//! (wrap data in `no_grad(..)`).
//!
//! **Optimizers** take the struct and its gradient: `opt.step(&mut model, &grad)` steps
//! the leaves in their fixed order (the flat view of
//! [`Differentiable::for_each_leaf`](trait@Differentiable)), giving exactly the numbers
//! stepping a flat slice gives, and without allocation for fixed-size structs with
//! `with_state` storage; a learning-rate schedule around one (`optim::Scheduled`) steps
//! structs the same way, and generic code takes `O: optim::ParamsOptimizer<f64>` for
//! "an optimizer that steps a struct"; `optim::minimize_struct` drives a struct's `_grad` like
//! `minimize` drives a slice's. The flat view (`leaf_count`, `write_flat`, `read_flat`)
//! also connects a struct to the slice-based tools (`saddle`, `ridge_rider`).
//!
//! # Conventions at non-smooth points
//!
//! | primitive | derivative |
//! |---|---|
//! | `abs` at 0 | 0 (the minimum-norm subgradient) |
//! | `max`/`min` on a tie | 0.5 to each side |
//! | `if` / comparisons | derivative of the branch taken |
//! | `floor`, `ceil`, `round`, `trunc`, `signum` | 0 |
//! | `sqrt` at 0, `ln` at 0 | what IEEE arithmetic of the formula gives (`inf`, `nan`) |
//! | `x.powf(y)` at `x = 0`, `y > 1` | 0 for both partials |
//!
//! # How the code is generated
//!
//! The body is lowered to a small IR in A-normal form; forward mode evaluates it over
//! [`Dual`] numbers; reverse mode emits the primal as a forward sweep and the adjoint
//! sweep in reverse statement order, with loops reversed as loops. What a gradient
//! costs, loop by loop:
//!
//! - A loop whose active values only accumulate (`s += ...`) records no value: when it
//!   ends the function (`s`, `s / n`) it runs once, fused with its adjoint; elsewhere
//!   (log-sum-exp's `s += exp(..)` before `s.ln()`) its adjoint runs it again in forward
//!   order, recomputing arithmetic, integer and inactive float recurrences
//!   (`mul *= t`) instead of recording them, and reading back the value and partials
//!   of each transcendental (`exp`, `sin`, ...) that its first run kept (one buffer per
//!   call, inline for the first 8 values, below; without the `alloc` feature nothing
//!   is kept and they are evaluated again). Slice code like the examples above
//!   performs no heap allocation.
//! - Any other loop is reversed: each iteration is replayed from its inputs (cheap
//!   arithmetic is recomputed), values it overwrites non-linearly (`p *= ...`) are
//!   recorded before each update, and the value and partials of each transcendental it
//!   computes (`exp`, `ln`, `sin`, `sqrt`, `powf`, ...) are kept from the forward sweep
//!   and read back, not evaluated again. A running maximum or minimum (`m = m.max(e)`,
//!   `m` read nowhere else in the body) records which operand each comparison selected
//!   (one byte per iteration), not its value. Each kind of record is one buffer per
//!   call that holds its first 8 records inline, in the generated function's frame,
//!   and moves to the heap past them, reserved to the trip count: a loop of at most 8
//!   iterations per call allocates nothing, and neither does a recursion with such a
//!   loop per level (a determinant by minors up to 8 × 8).
//! - A loop nested in a reversed loop runs forward once: it keeps its records for the
//!   whole nest and its results for the replay of the iteration around it, so the
//!   innermost body of a nest of any depth runs once forward and once in the reverse
//!   sweep. A result that the rest of the iteration reads only as the argument of
//!   transcendentals (an MLP's pre-activation `z` after `for k in .. { z += .. }`,
//!   read only by `z.tanh()`), or, in `_vjp` and `_grad`, of calls whose active
//!   arguments are all scalars, is not kept: the replay reads the kept value and
//!   partials of the transcendental or call instead. Nests in which every loop has a
//!   literal trip count (`0..4`, `0..x.len()` of a `[f64; 4]`) do the same on the
//!   stack: each record of a nested loop (and each kept rule or call of the nest) is
//!   a stack record sized by the product of the trip counts around it, so a
//!   fixed-size gradient (3 × 3 rotations, 4 × 4 products) runs each nested loop
//!   forward once and allocates nothing; so does a single loop of literal trip count
//!   holding a call (its callee runs once). A nest whose records would pass 4096 in
//!   all (`0..16` × `0..16` × `0..20`), or with a const generic trip count (`0..N`: a
//!   stable array length cannot be a product of const generics), keeps its records
//!   on the stack by replaying its nested loops instead: their bodies run forward
//!   once more per level of the nest. There, and in a single loop of constant trip
//!   count without a call, a loop of at most 256 iterations (a literal trip count)
//!   keeps its transcendentals in stack arrays, one slot per iteration, and longer
//!   ones evaluate them again in the replay.
//! - A local array is a value, like a scalar: a loop writing an array declared
//!   outside it carries the array, and records it per iteration only when the
//!   iteration also reads it (an ODE state); an array filled by one loop and read by the
//!   next is kept once. Its adjoint is one array of the same shape.
//! - A `vec![c; n]` buffer is written in place (never copied per write), and its adjoint
//!   is one buffer of the same length, allocated beside it. The reverse sweep replays
//!   branches and loop iterations after the buffer holds its final values, so an element
//!   read inside a branch or loop is recorded when the forward sweep reads it (one float
//!   per read) and the replay reads the record; `h[i] = e`, `h[i] += e` and `h[i] -= e`
//!   record nothing. A buffer passed to a differentiable call is recorded whole at a
//!   call inside a branch or loop, and copied once at a call outside them. A buffer
//!   declared inside a loop body is allocated per iteration, and again in the reverse
//!   iteration. In a checkpointed loop (`checkpoint = s`, below) the buffers are part
//!   of the snapshots instead, and only the step being reversed records its reads.
//! - A write into an out-parameter takes the seed of its element in the reverse sweep
//!   and clears it, so only the last write of an element receives a derivative.
//! - Branches and calls: the reverse sweep replays an `if` branch before
//!   differentiating it, but the transcendentals and calls in the branch are not
//!   evaluated again: the forward sweep's run of the branch hands their values and
//!   partials to the replay as extra results of the `if` (plain locals, no buffer),
//!   and inside a reversed loop it pushes them onto the loop's buffers. A loop inside a
//!   branch at the top of the body runs once, keeping what its reverse sweep needs, as
//!   a nested loop does. Values the adjoint never differentiates (integer counters, a
//!   loop that only computes inactive values) are recomputed, not recorded.
//! - A call `h(a, b)` whose active arguments are all scalars runs `h_vjp(a, b, 1)`
//!   once, in the forward sweep: it returns the value and the partials, which the
//!   call's adjoint multiplies by the seed as a primitive rule's (so a hand-written
//!   `h_vjp` must be linear in its seed, as every pullback is). `h` itself runs once
//!   per gradient, even when `h` calls itself (each level of a recursion runs once). A
//!   call passing active data by reference (a slice, a part `&x[i..j]`, a local array
//!   or `vec!` buffer) runs `h_vjp` the same way, into a zeroed scratch shadow per such
//!   argument: the gradient along the data is kept for the adjoint sweep, which adds
//!   the seed times it into the argument's adjoint. Those gradients take one float per
//!   element per call, up to [`CALL_GRADIENT_BUDGET`] floats per call site and run of
//!   `f_grad`/`f_vjp` (one buffer per site, on the heap; the first call of a site keeps
//!   its gradients whatever their size); a call past the budget keeps
//!   its value only and runs `h_vjp` again in the adjoint sweep (its callee then runs
//!   twice), and so does every such call without the `alloc` feature. This is the
//!   augmented forward pass of tape-based tools with
//!   the partials as the record: it keeps the generated `h_vjp` the documented
//!   signature, so hand-written rules and generated functions call each other freely,
//!   and needs no record type per function and no heap record per level of a
//!   recursion. Inside a loop of literal trip count the value and partials are kept
//!   on the stack too; inside a nest with a const generic trip count or past the
//!   stack bound (above), which keeps no heap buffer, the call runs again in the
//!   loop's replay. A function calling itself on its slice (a determinant by minors)
//!   hands its levels' gradient buffers from one to the next: one buffer per depth of
//!   the recursion, not one per call.
//! - In `f_hvp`, a call runs `h_vjp(a, b, 1)` and `h_hvp` along its arguments' tangents
//!   once each, in the forward sweep: the value, its tangent (the gradient times the
//!   tangents), and per argument the partial and its tangent (the entry of H·v) that the
//!   call's adjoint multiplies by the dual seed; a slice argument's gradient and H·v are
//!   kept as `f_grad` keeps its gradient, under the same budget (twice the floats). The
//!   adjoint sweep runs no callee. `h_jvp` is not called; `h_hvp` gives no gradient, so
//!   the two runs are the fewest the documented signatures allow. A function calling
//!   itself on its slice (a determinant by minors; the functions that share buffers per
//!   depth, above, of scalar result, whose active parameters are scalars and slices)
//!   gets a hidden variant of `f_hvp` that also gives the gradient: its self-calls run
//!   that variant once each instead, so every call of the recursion runs once per
//!   H·v, as in `f_grad`, its buffers shared per depth as there.
//! - With `checkpoint = s`, a top-level loop that records per iteration records
//!   nothing: it keeps at most `s` snapshots of its state and runs steps again instead
//!   (next section).
//!
//! `f_hvp` is the reverse sweep evaluated over dual numbers (forward-over-reverse):
//! exact, at a small constant times the gradient's cost.
//!
//! # Long loops: `checkpoint = s`
//!
//! A reversed loop records per iteration, so its memory grows with its trip count: a
//! time-stepping loop of 10⁶ steps keeps 10⁶ states. `#[differentiable(checkpoint = s)]`
//! bounds that. The forward sweep then keeps the loop's whole carried state (its
//! scalars, counters, local arrays and the contents of its `vec!` buffers) at a few
//! steps only, at most `s` snapshots alive
//! at once plus the state before the last step, and the reverse sweep, for each step
//! from the last, restores the latest snapshot before it, runs the steps in between
//! again (primal only) and replays the step for its adjoint. The snapshots follow
//! the binomial schedule of Griewank's treeverse (Revolve), which runs the fewest
//! steps again for `s` snapshots: with `r` the smallest integer such that
//! `C(s + r, s) >= n` (`n` steps), no step runs forward more than `r` times besides its
//! replay; for 10⁶ steps, `s = 30` gives `r = 6`, `s = 10` gives `r = 13`
//! ([`checkpoint::forward_steps`] gives the exact count). The snapshots are one
//! allocation of `s + 1` states (the `alloc` feature), made once per gradient call;
//! loops nested in the step keep one step's records at a time.
//!
//! A state held in `vec!` buffers written in place (created before the loop) is
//! snapshotted too: each snapshot copies the buffers' contents, into storage allocated
//! once per gradient call for `s + 1` copies, so the memory is O(snapshots × state),
//! whatever the number of steps; a reversed step runs again from its snapshot, writing
//! the buffers, and keeps the records of its own nested loops only. A buffer the loop
//! only reads and later code writes is copied as well (the reversed steps read it as
//! it was).
//!
//! ```
//! use differentiable::differentiable;
//!
//! /// A pendulum with friction, semi-implicit Euler.
//! #[differentiable(checkpoint = 30)]
//! fn pendulum(theta0: f64, friction: f64, steps: usize) -> f64 {
//!     let dt = 1e-3;
//!     let mut theta = theta0;
//!     let mut omega = 0.0;
//!     for _k in 0..steps {
//!         omega -= dt * (theta.sin() + friction * omega);
//!         theta += dt * omega;
//!     }
//!     theta * theta + omega * omega
//! }
//!
//! // 100 000 steps reversed with 31 states kept, not 100 000
//! let (e, de_dtheta0, de_dfriction) = pendulum_grad(0.8, 0.3, 100_000);
//! let h = 1e-6;
//! let fd = (pendulum(0.8 + h, 0.3, 100_000) - pendulum(0.8 - h, 0.3, 100_000)) / (2.0 * h);
//! assert!((de_dtheta0 - fd).abs() < 1e-6 && e >= 0.0 && de_dfriction.is_finite());
//! ```
//!
//! The option applies to every `for`, `while` and `loop` loop at the top level of the
//! body that records per iteration (a loop carrying a value updated other than by
//! `+=`, reading a buffer that it or later code writes, or holding a loop); `s` is an
//! integer literal or a `usize` constant. A loop that only accumulates
//! records nothing and is left as it is; `f_jvp` is unchanged. A compile error says
//! what a checkpointed loop cannot hold: a value drawn from a `&mut` generator (it
//! would be recorded per step, and drawn again when steps run again), a write into an
//! out-parameter (write it after the loop). Statements run for their effects
//! (`assert!`) run once, in the forward sweep.
//!
//! A loop whose step count is known only when it ends, `while t < t_end { .. }` or a
//! `for` (or `loop`) left by `break` or `return` (time stepping with an adaptive or a
//! convergence stop), is checkpointed too: its forward sweep counts the steps and keeps
//! the state before the first, and the reverse sweep lays out the binomial schedule
//! for that count from there. The memory bound is the same; the steps run forward once
//! more (`n + forward_steps(n, s)` runs instead of `forward_steps(n, s)`: for 10⁶ steps
//! and `s = 30`, each step at most 7 times besides its replay instead of 6). The
//! steps run again go by that count: the condition and the `break` are evaluated in
//! the forward sweep only, and the step that left the loop is the last one reversed.
//!
//! ```
//! use differentiable::differentiable;
//!
//! /// Relaxation with an adaptive step, until the clock ends or the state settles.
//! #[differentiable(wrt(x0, rate), checkpoint = 10)]
//! fn relax(x0: f64, rate: f64, t_end: f64) -> f64 {
//!     let mut x = x0;
//!     let mut t = 0.0;
//!     while t < t_end {
//!         let dt = 0.01 / (1.0 + x.abs());
//!         let next = x - dt * rate * x.sin();
//!         let settled = (next - x).abs() < 1e-9;
//!         x = next;
//!         t += dt;
//!         if settled {
//!             break;
//!         }
//!     }
//!     x * x
//! }
//!
//! let (v, dx0, _) = relax_grad(1.2, 0.8, 5.0);
//! let h = 1e-6;
//! let fd = (relax(1.2 + h, 0.8, 5.0) - relax(1.2 - h, 0.8, 5.0)) / (2.0 * h);
//! assert!((dx0 - fd).abs() < 1e-6 && v >= 0.0);
//! ```
//!
//! ```
//! use differentiable::differentiable;
//!
//! /// Explicit non-linear diffusion on a line, the state a buffer written in place.
//! #[differentiable(checkpoint = 8)]
//! fn diffuse(u0: &[f64], steps: usize) -> f64 {
//!     let n = u0.len();
//!     let mut u = vec![0.0; n];
//!     for i in 0..n {
//!         u[i] = u0[i];
//!     }
//!     for _k in 0..steps {
//!         let mut left = u[0];
//!         for i in 1..n - 1 {
//!             let here = u[i];
//!             u[i] = here + 0.2 * (left - 2.0 * here + u[i + 1]).sin();
//!             left = here;
//!         }
//!     }
//!     u[n / 2] * u[n / 2]
//! }
//!
//! // 10 000 steps reversed with 9 copies of the 5 floats of `u` kept
//! let u0 = [0.1, 0.5, -0.3, 0.8, 0.2];
//! let mut g = [0.0; 5];
//! let v = diffuse_grad(&u0, &mut g, 10_000);
//! let h = 1e-6;
//! let mut up = u0;
//! up[2] += h;
//! let mut um = u0;
//! um[2] -= h;
//! let fd = (diffuse(&up, 10_000) - diffuse(&um, 10_000)) / (2.0 * h);
//! assert!((g[2] - fd).abs() < 1e-6 * (1.0 + fd.abs()) && v >= 0.0);
//! ```
//!
//! # Limits
//!
//! - A call returning an array is bound with its type (`let p: [f64; 2] = h(..);`), one
//!   returning a tuple with a tuple pattern (`let (a, b) = h(..);`), one returning an
//!   integer or `bool` with its type (`let j: usize = h(..);`): used directly as a
//!   value, the compiler reports "a call used as a value inside a #[differentiable]
//!   function must return one float" at the call. Array parameters by value cannot be
//!   passed on to a differentiable call (pass slices, or local arrays by reference).
//! - Calls follow the rule of "Calls" above. A macro sees only the item it is on:
//!   whether `h` has the attribute, or which parameters its `wrt(..)` names, is known to
//!   the compiler alone. A plain function called with an active argument (a helper
//!   without `#[differentiable]`) is one compiler error at the user's call, "cannot find
//!   function `h_hvp`": stable Rust has no way to turn a missing item into a custom
//!   message (add `#[differentiable]` to `h`, write its rules, or wrap the argument in
//!   `no_grad(..)`). When the call also passes a float constant, the compiler reports
//!   each missing function (`h_jvp`, `h_vjp`, `h_hvp`) once. An active value for a
//!   parameter outside the callee's `wrt(..)` is the macro's message at the call, once
//!   per generated function; the forward mode's comes first as the compiler's
//!   "unexpected argument" (`h_jvp` takes fewer arguments) when the call passes no
//!   constant; for an active slice it is that compiler error alone (the callee's
//!   `h_jvp` and `h_vjp` take no tangent or shadow for the parameter). A function
//!   calling itself is the exception the macro can see: an active value for one of its
//!   own parameters outside its `wrt(..)` is refused at the call, naming the parameter.
//! - Methods of `self` and of parameters whose type the signature names (`m: &Model`)
//!   follow the rule of calls (see "Calls"); a method of a field (`self.model.loss(w)`,
//!   `m.inner.loss(w)`), of a parameter of `impl Trait` or `dyn Trait` type, or of a
//!   caller taking `self: Box<Self>`, is called directly (`self.model.loss_jvp(..)`): a
//!   constant goes with a zero tangent, data of hidden type as it is, data of visible
//!   type (a slice outside the caller's `wrt(..)`, `&x[1..]`, a `const` of the body)
//!   with a zero tangent, and the receiver as it is. For a parameter outside the
//!   method's `wrt(..)` (`self.model.loss(w, 0.5)` with `c` outside it, or
//!   `self.model.loss(w, x)` with `x` a slice outside both `wrt(..)`: wrap it in
//!   `no_grad(..)`), a slice parameter it differentiates given a field
//!   (`self.model.fit(&self.xs, w)`), or a method with `wrt(self)`, the compiler reports
//!   the wrong number of arguments at the call ("this method takes 3 arguments but 4
//!   arguments were supplied", "argument of type `&[f64]` is missing"): call the method
//!   through its type, `Inner::loss(&self.model, w, 0.5)`, which follows the rule of
//!   calls in full, or wrap the constant in `no_grad(..)`, or bind the data first
//!   (`let xs: &[f64] = &self.xs;`). A method taking `self` by value is called on a copy
//!   (its type is `Copy`, as a method call needs). A parameter behind a standard
//!   pointer (`m: &Box<Model>`, `Rc<Model>`, `Arc<Model>`) has its methods called
//!   directly too, as for a field. A method the receiver reaches only through another
//!   `Deref` (a wrapper type of your own dereferencing to the type defining the method)
//!   is not found by its path (`<Wrapper>::h_jvp`, the compiler's "no function or
//!   associated item named `h_jvp`" at the call): call it through the type defining it,
//!   `Model::h(model, ..)` with `let model: &Model = &m;`.
//! - `return` inside a loop of a function returning an array is a spanned error (store
//!   the result, `break`, return after the loop).
//! - Each `if` branch is replayed in the reverse sweep (its arithmetic recomputed, its
//!   transcendentals and calls read back), and so is a loop inside a branch, but for a
//!   reversed loop in a branch at the top of the body (a loop in a branch in a loop
//!   runs three times per gradient); the generated code grows with the square of the
//!   nesting depth; very long bodies (past about 450 statements) need a larger stack
//!   for rustc: `RUST_MIN_STACK=268435456`.
//! - A call passing a slice keeps the callee's gradient along it (one float per element
//!   per call) so that its callee runs once per gradient in `f_grad` and `f_vjp`; past
//!   [`CALL_GRADIENT_BUDGET`] kept floats per call site and run (after its first call;
//!   a call in a loop over a long slice, `for i in 0..n { s += h(x, i) }`, would keep
//!   `n²`), and without the `alloc` feature, a call runs its callee twice (for its
//!   value, and in its `h_vjp`). In `f_hvp` a call runs `h_vjp` and `h_hvp` once each
//!   (three times, `h_jvp` included, past the budget): `h_hvp` does not give the
//!   gradient, so the `f_hvp` of a caller runs its callee's whole call tree twice. A
//!   self-call (above) runs its function's hidden variant once instead, within the
//!   budget; past it, it runs `h_jvp`, then `h_vjp` and `h_hvp` in the adjoint sweep,
//!   whose recursions below run their levels once each again. A callee that reads few elements of a long
//!   slice still gets a dense gradient zeroed and added per call. A call that also
//!   passes a struct on, or passes several active data arguments other than parts of slice parameters of one element type
//!   (a local array and a slice, `&[f32]` and `&[f64]`) keeps the twice-run path.
//! - A reversed loop's records are inline for its first 8 iterations per call (about
//!   128 bytes of frame per record of an `f64`), and on the heap past them; a function
//!   making slice calls allocates one buffer for their gradients per call: a recursion
//!   allocates in each level whose loops run longer or that calls another function on a
//!   slice. A function calling itself by its bare name on its slice reuses one buffer
//!   per depth instead (a free function whose parameters are plain names, without
//!   lifetime parameters or items in its body, with one element type across its
//!   slices); a method, or a recursion through another function, allocates per call.
//! - Without `checkpoint = s` (above), a reversed loop's records grow with its trip
//!   count (for a loop of 10⁶ iterations recording one `f64`, 8 MB). With it, a loop
//!   whose step count is known only when it ends (`while`, `break`, `return`) runs its
//!   steps forward once more than a `for` loop without them (`n` more runs for `n`
//!   steps): when the count is cheap to know before the loop, loop over `0..steps`.
//! - `f_hvp` through a call that passes a slice uses two scratch buffers per call (a
//!   self-call of a recursion: two parts of its depth's buffer).
//! - Float data the caller does not differentiate, passed to a callee that does (a
//!   slice parameter outside `wrt(..)`, a part `&x[1..]` of one, a `const` array of the
//!   body or of the module, a field `&self.xs` or `&m.w` of an inactive receiver or
//!   parameter), gets a zero tangent, and the callee's adjoint for it is dropped:
//!   fixed-size data (`&[F; N]`, `&W` of a `const` array, an array field) gets its
//!   zeros on the stack, a slice, a part of one or a `Vec<F>` field a zeroed heap
//!   buffer of its length per call (the `alloc` feature).
//! - A reference of hidden type (`&self.xs`, `&m.w`, `&W` of a constant outside the
//!   function) goes to a parameter the callee differentiates as a slice `&[F]`, or as
//!   an array `&[F; N]` when the data is one. Data the callee cannot take (another
//!   float type) is the compiler's error at the call ("takes no derivative for an
//!   argument that this call differentiates", with a note on such references). Data
//!   of visible type (a slice outside `wrt(..)`, `&x[1..]`, a `const` of the body) is
//!   picked for the same way, and so is the form of an active `&[F; N]` array or an
//!   inactive reference `&v` (as it is, or as the slice a direct call would coerce it
//!   to) in a call with such data. The compiler picks among at most 64 combinations of
//!   shapes per call (three references or arrays, of four shapes, or six slices,
//!   parameters `x: &[F]` or parts `&x[a..b]`, of two); the data past them, and data of hidden type passed to a method of a
//!   field (`self.model.h(&self.xs, x)`), go as they are (bind them first, `let xs:
//!   &[f64] = &self.xs;`, for a parameter the callee differentiates, or wrap them in
//!   `no_grad(..)`). With two data arguments or more, `h_jvp` is picked beside `h_vjp`,
//!   whose shadows tell which data `h` differentiates (in `h_jvp`, a zero tangent
//!   looks like the data): a hand-written `h_jvp` needs its `h_vjp`, as reverse mode
//!   does.
//! - A local array is a value: a write outside loops copies it (a loop writes it in
//!   place), and a loop that both reads and writes an array declared outside it keeps
//!   the whole array per iteration for the reverse sweep (a 4-element ODE state over
//!   100 steps: 400 floats, on the stack when the trip count is a constant).
//!   Runtime-length buffers (`vec![0.0; n]`) need the `alloc` feature (without it the
//!   compiler says so at the buffer); they record one float per element read inside
//!   loops and branches (a fixed-size array filled by one loop and read by the next
//!   records nothing), so a fixed length, where it is known, is cheaper.
//! - The `_vjp` of a function with a runtime-length out-parameter copies `out_seed`
//!   once per call (the `alloc` feature); `&mut [F; M]` outputs do not allocate.
//!
//! # `no_std`
//!
//! Generated code uses only `core` paths. Depend on `differentiable` with
//! `default-features = false, features = ["libm"]` for float math without `std`;
//! loops that record values additionally need the `alloc` feature. Without it, what a
//! reversed loop would keep only to save work (the values and partials of its
//! transcendentals and calls) is evaluated again by the reverse sweep instead, so a
//! call inside such a loop runs twice per gradient.
//!
//! # Energy landscapes: symmetries, saddles, distinct minima
//!
//! The energy of a cluster of atoms does not change when the cluster moves, rotates
//! or has its atoms renumbered. [`saddle::Symmetric`] with [`saddle::RigidBody`]
//! tells the eigen-analysis, [`saddle::classify`], Ridge Rider and the saddle search
//! about the six rigid motions, so a minimum is a `Minimum` (not `Degenerate`) and no
//! ride follows a rotation; [`saddle::cluster_distance`] given to
//! [`ridge_rider::RidgeRider::distance`] reports each structure once;
//! [`saddle::SaddleSearch`] finds saddles of a given index and the minima an index-1
//! saddle joins. `cargo run --release --example lj7` maps the landscape of the
//! 7-atom Lennard-Jones cluster with them.
//!
//! ```
//! use differentiable::differentiable;
//! use differentiable::saddle::{classify, FnObjective, PointKind, RigidBody, Symmetric};
//!
//! #[differentiable]
//! fn lj(x: &[f64]) -> f64 {
//!     let n = x.len() / 3;
//!     let mut e = 0.0;
//!     for i in 0..n {
//!         for j in (i + 1)..n {
//!             let dx = x[3 * i] - x[3 * j];
//!             let dy = x[3 * i + 1] - x[3 * j + 1];
//!             let dz = x[3 * i + 2] - x[3 * j + 2];
//!             let inv3 = 1.0 / (dx * dx + dy * dy + dz * dz).powi(3);
//!             e += 4.0 * (inv3 * inv3 - inv3);
//!         }
//!     }
//!     e
//! }
//!
//! // Three atoms on an equilateral triangle of side 2^(1/6): the minimum, E = −3.
//! let r = 2f64.powf(1.0 / 6.0);
//! let x = [0.0, 0.0, 0.0, r, 0.0, 0.0, 0.5 * r, 0.75f64.sqrt() * r, 0.0];
//! let energy = FnObjective::new(9, lj, lj_grad, lj_hvp);
//! let plain = classify(&energy, &x);
//! assert_eq!((plain.kind, plain.zero_eigenvalues), (PointKind::Degenerate, 6));
//! let c = classify(&Symmetric::new(energy, RigidBody), &x);
//! assert_eq!((c.kind, c.symmetry_modes, c.eigenvalues.len()), (PointKind::Minimum, 6, 3));
//! assert!((c.value + 3.0).abs() < 1e-12);
//! ```
//!
//! # Fitting and integrations
//!
//! [`least_squares`] (always available, `no_std` without `alloc`): Levenberg–Marquardt on
//! a residual function's generated `_jvp`, in a workspace the caller owns, and the
//! covariance of the fitted parameters. Behind features, off by default:
//!
//! | feature | module | what |
//! |---|---|---|
//! | `argmin` | `integrations::argmin` | generated functions as argmin problems (`CostFunction`, `Gradient`, `Hessian`, `Operator`, `Jacobian`) for `Vec<f64>` and `DVector<f64>`; implies `nalgebra` |
//! | `nalgebra` | `integrations::nalgebra` | the `as_slice()` idiom for `SVector`/`DVector`/`SMatrix`, and gradient, Hessian and Jacobian as nalgebra values |
//! | `rayon` | `parallel` | the gradient of a sum over a dataset across cores, deterministic for a fixed thread count |
#![no_std]
#![warn(missing_docs)]

pub use autodiff_macros::{differentiable, Differentiable};
#[cfg(any(feature = "argmin", feature = "nalgebra"))]
pub use autodiff_runtime::integrations;
pub use autodiff_runtime::least_squares;
#[cfg(feature = "rayon")]
pub use autodiff_runtime::parallel;
pub use autodiff_runtime::{
    cast, dual, no_grad, optim, rules, scalar, Differentiable, Dual, Scalar, CALL_GRADIENT_BUDGET,
};
#[cfg(feature = "alloc")]
pub use autodiff_runtime::{checkpoint, dense, ridge_rider, saddle};

/// The float trait generic code is bounded by: `num_traits::Float`, re-exported so
/// that users need no direct dependency on `num-traits`.
pub use autodiff_runtime::__private::Float;

#[doc(hidden)]
pub mod __private {
    pub use autodiff_runtime::__private::*;
}

/// The README's code blocks, compiled and run as doc tests so they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
