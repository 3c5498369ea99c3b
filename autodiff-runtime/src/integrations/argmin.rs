//! Generated derivatives as [argmin](https://argmin-rs.org) problems (feature `argmin`,
//! for argmin 0.11 with argmin-math 0.5; implies the `nalgebra` feature).
//!
//! argmin's solvers ask a problem for its cost, gradient, Hessian, residuals or Jacobian
//! through the traits [`CostFunction`], [`Gradient`], [`Hessian`], [`Operator`] and
//! [`Jacobian`]. The adapters here implement them from the functions `#[differentiable]`
//! generates, for parameters held in a `Vec<f64>` or a nalgebra `DVector<f64>`:
//!
//! | adapter | from | implements |
//! |---|---|---|
//! | [`Cost`] | `f(x)`, `f_grad(x, g)`, optionally `f_hvp(x, v, hv)` | `CostFunction`, `Gradient`, and `Hessian` (dense, from `n` HVPs) with an HVP |
//! | [`HessianOperator`] | `f_hvp` at a fixed point | `Operator` `v ↦ H v`, matrix-free (for argmin's `ConjugateGradient`) |
//! | [`LeastSquares`] | `r(p, out)`, `r_jvp`, `r_vjp` of a residual function | `Operator` (the residuals), `Jacobian`, and `CostFunction` `½‖r‖²` with `Gradient` `Jᵀr` (one VJP) |
//!
//! Each returns exactly what the generated function computes (the Hessian is
//! symmetrised, `(H + Hᵀ)/2`, which only averages rounding). Matrices are `Vec<Vec<f64>>`
//! (rows) for `Vec<f64>` parameters and `DMatrix<f64>` for `DVector<f64>` parameters;
//! solvers that invert a matrix (Newton, Gauss–Newton) need the nalgebra types, as
//! argmin-math has no inverse for `Vec<Vec<f64>>`.
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use argmin::core::Executor;
//! use argmin::solver::linesearch::MoreThuenteLineSearch;
//! use argmin::solver::quasinewton::LBFGS;
//! use differentiable::integrations::argmin::Cost;
//!
//! // As `#[differentiable]` generates for `fn f(x: &[f64]) -> f64`, f = Σ (xᵢ − i)².
//! fn f(x: &[f64]) -> f64 {
//!     x.iter().enumerate().map(|(i, x)| (x - i as f64).powi(2)).sum()
//! }
//! fn f_grad(x: &[f64], g: &mut [f64]) -> f64 {
//!     for (i, (g, x)) in g.iter_mut().zip(x).enumerate() {
//!         *g = 2.0 * (x - i as f64);
//!     }
//!     f(x)
//! }
//!
//! let problem: Cost<Vec<f64>, _, _> = Cost::new(f, f_grad);
//! let solver = LBFGS::new(MoreThuenteLineSearch::new(), 5);
//! let result = Executor::new(problem, solver)
//!     .configure(|state| state.param(vec![5.0, 5.0, 5.0]).max_iters(50))
//!     .run()
//!     .unwrap();
//! let best = result.state.best_param.unwrap();
//! assert!(best.iter().enumerate().all(|(i, x)| (x - i as f64).abs() < 1e-6));
//! ```

use alloc::vec;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use argmin::core::{CostFunction, Error, Gradient, Hessian, Jacobian, Operator};
use nalgebra::{DMatrix, DVector};

/// A parameter vector type the adapters accept: `Vec<f64>` or `DVector<f64>`. Both
/// store their entries contiguously, so the generated functions read and write them as
/// slices without copies.
pub trait ParamVector: Clone {
    /// The dense matrix type argmin pairs with this vector: `Vec<Vec<f64>>` (a vector of
    /// rows) or `DMatrix<f64>`.
    type Matrix;
    /// The entries, in order.
    fn as_params(&self) -> &[f64];
    /// A vector holding `values`.
    fn from_values(values: Vec<f64>) -> Self;
    /// An `rows × cols` matrix from its entries in row-major order.
    fn matrix_from_row_major(rows: usize, cols: usize, entries: &[f64]) -> Self::Matrix;
}

impl ParamVector for Vec<f64> {
    type Matrix = Vec<Vec<f64>>;
    fn as_params(&self) -> &[f64] {
        self
    }
    fn from_values(values: Vec<f64>) -> Self {
        values
    }
    fn matrix_from_row_major(rows: usize, cols: usize, entries: &[f64]) -> Vec<Vec<f64>> {
        (0..rows)
            .map(|i| entries[i * cols..(i + 1) * cols].to_vec())
            .collect()
    }
}

impl ParamVector for DVector<f64> {
    type Matrix = DMatrix<f64>;
    fn as_params(&self) -> &[f64] {
        self.as_slice()
    }
    fn from_values(values: Vec<f64>) -> Self {
        DVector::from_vec(values)
    }
    fn matrix_from_row_major(rows: usize, cols: usize, entries: &[f64]) -> DMatrix<f64> {
        DMatrix::from_row_slice(rows, cols, entries)
    }
}

/// Marks a [`Cost`] built without an HVP (it implements no [`Hessian`]).
#[derive(Debug, Clone, Copy)]
pub struct NoHvp;

/// A scalar objective for argmin from the generated functions of
/// `fn f(x: &[f64]) -> f64`: the value `f`, the gradient `f_grad(x, g) -> f` and,
/// after [`with_hvp`](Self::with_hvp), the Hessian-vector product
/// `f_hvp(x, v, hv) -> f`. `P` is the parameter vector type (`Vec<f64>` or
/// `DVector<f64>`). See the [module documentation](self) for an example.
#[derive(Clone)]
pub struct Cost<P, F, G, H = NoHvp> {
    f: F,
    grad: G,
    hvp: H,
    params: PhantomData<fn(&P)>,
}

impl<P, F, G> Cost<P, F, G, NoHvp> {
    /// The objective `f` with its gradient `grad(x, g) -> f(x)` (`g` overwritten), the
    /// shapes of `f` and `f_grad` for a function of a slice.
    pub fn new(f: F, grad: G) -> Self {
        Cost {
            f,
            grad,
            hvp: NoHvp,
            params: PhantomData,
        }
    }

    /// Adds the Hessian-vector product `hvp(x, v, hv) -> f(x)` (`hv` overwritten with
    /// `H v`), the shape of `f_hvp`, so that the objective implements [`Hessian`] too.
    pub fn with_hvp<H>(self, hvp: H) -> Cost<P, F, G, H> {
        Cost {
            f: self.f,
            grad: self.grad,
            hvp,
            params: PhantomData,
        }
    }
}

impl<P, F, G, H> fmt::Debug for Cost<P, F, G, H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cost").finish_non_exhaustive()
    }
}

impl<P, F, G, H> CostFunction for Cost<P, F, G, H>
where
    P: ParamVector,
    F: Fn(&[f64]) -> f64,
{
    type Param = P;
    type Output = f64;

    fn cost(&self, param: &P) -> Result<f64, Error> {
        Ok((self.f)(param.as_params()))
    }
}

impl<P, F, G, H> Gradient for Cost<P, F, G, H>
where
    P: ParamVector,
    G: Fn(&[f64], &mut [f64]) -> f64,
{
    type Param = P;
    type Gradient = P;

    fn gradient(&self, param: &P) -> Result<P, Error> {
        let x = param.as_params();
        let mut g = vec![0.0; x.len()];
        (self.grad)(x, &mut g);
        Ok(P::from_values(g))
    }
}

impl<P, F, G, H> Hessian for Cost<P, F, G, H>
where
    P: ParamVector,
    H: Fn(&[f64], &[f64], &mut [f64]) -> f64,
{
    type Param = P;
    type Hessian = P::Matrix;

    /// The dense Hessian from `n` HVPs with the unit vectors, symmetrised.
    fn hessian(&self, param: &P) -> Result<P::Matrix, Error> {
        let x = param.as_params();
        let n = x.len();
        // Row-major; by symmetry, HVP j fills row j as well as column j.
        let mut h = vec![0.0; n * n];
        let mut e = vec![0.0; n];
        crate::dense::symmetric_hessian_into(&mut h, &mut e, |v, hv| {
            (self.hvp)(x, v, hv);
        });
        Ok(P::matrix_from_row_major(n, n, &h))
    }
}

/// The Hessian of an objective at a fixed point as a matrix-free argmin [`Operator`],
/// `v ↦ H v`, one generated `f_hvp` call per application: the linear system of a Newton
/// step, `H d = −∇f`, solved by argmin's `ConjugateGradient` without forming `H`.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use argmin::core::Executor;
/// use argmin::solver::conjugategradient::ConjugateGradient;
/// use differentiable::integrations::argmin::HessianOperator;
///
/// // f = x₀² + x₀x₁ + 2x₁², H = [[2, 1], [1, 4]].
/// fn f_hvp(_x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
///     hv[0] = 2.0 * v[0] + v[1];
///     hv[1] = v[0] + 4.0 * v[1];
///     0.0
/// }
/// let x = vec![0.0, 0.0];
/// let op: HessianOperator<'_, Vec<f64>, _> = HessianOperator::new(&x, f_hvp);
/// let b = vec![3.0, 5.0]; // H d = b has the solution d = (1, 1)
/// let result = Executor::new(op, ConjugateGradient::<_, f64>::new(b))
///     .configure(|state| state.param(vec![0.0, 0.0]).max_iters(2))
///     .run()
///     .unwrap();
/// let d = result.state.best_param.unwrap();
/// assert!((d[0] - 1.0).abs() < 1e-12 && (d[1] - 1.0).abs() < 1e-12);
/// ```
#[derive(Clone)]
pub struct HessianOperator<'a, P, H> {
    x: &'a [f64],
    hvp: H,
    params: PhantomData<fn(&P)>,
}

impl<'a, P, H> HessianOperator<'a, P, H> {
    /// The Hessian at `x` of the function whose HVP is `hvp(x, v, hv)` (the shape of a
    /// generated `f_hvp`).
    pub fn new(x: &'a [f64], hvp: H) -> Self {
        HessianOperator {
            x,
            hvp,
            params: PhantomData,
        }
    }
}

impl<P, H> fmt::Debug for HessianOperator<'_, P, H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HessianOperator")
            .field("x", &self.x)
            .finish_non_exhaustive()
    }
}

impl<P, H> Operator for HessianOperator<'_, P, H>
where
    P: ParamVector,
    H: Fn(&[f64], &[f64], &mut [f64]) -> f64,
{
    type Param = P;
    type Output = P;

    fn apply(&self, v: &P) -> Result<P, Error> {
        let mut hv = vec![0.0; self.x.len()];
        (self.hvp)(self.x, v.as_params(), &mut hv);
        Ok(P::from_values(hv))
    }
}

/// A least-squares problem for argmin from the generated functions of a residual
/// function `fn r(p: &[f64], .., out: &mut [f64])`: `residuals(p, out)`,
/// `jvp(p, p_tangent, out, out_tangent)` and `vjp(p, p_bar, out, out_seed)` (usually
/// closures capturing the data).
///
/// - [`Operator`]: the residual vector (what argmin's `GaussNewton` applies);
/// - [`Jacobian`]: the dense `m × n` Jacobian, from `n` JVPs or, when there are fewer
///   residuals than parameters, `m` VJPs (as `dense::jacobian_of_len` builds it);
/// - [`CostFunction`] `½ Σ rᵢ²` and its [`Gradient`] `Jᵀr`, from one VJP seeded with
///   `r`, so that gradient-based solvers (L-BFGS) minimise the same sum of squares.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use argmin::core::Executor;
/// use argmin::solver::gaussnewton::GaussNewton;
/// use differentiable::integrations::argmin::LeastSquares;
/// use nalgebra::DVector;
///
/// // Residuals of y = a·t + b·t² at t = 1, 2, 3 against y = (3, 10, 21): a = 1, b = 2.
/// const T: [f64; 3] = [1.0, 2.0, 3.0];
/// const Y: [f64; 3] = [3.0, 10.0, 21.0];
/// fn r(p: &[f64], out: &mut [f64]) {
///     for i in 0..3 {
///         out[i] = p[0] * T[i] + p[1] * T[i] * T[i] - Y[i];
///     }
/// }
/// fn r_jvp(p: &[f64], dp: &[f64], out: &mut [f64], dout: &mut [f64]) {
///     r(p, out);
///     for i in 0..3 {
///         dout[i] = dp[0] * T[i] + dp[1] * T[i] * T[i];
///     }
/// }
/// fn r_vjp(p: &[f64], p_bar: &mut [f64], out: &mut [f64], seed: &[f64]) {
///     r(p, out);
///     for i in 0..3 {
///         p_bar[0] += seed[i] * T[i];
///         p_bar[1] += seed[i] * T[i] * T[i];
///     }
/// }
/// let problem: LeastSquares<DVector<f64>, _, _, _> = LeastSquares::new(3, r, r_jvp, r_vjp);
/// let result = Executor::new(problem, GaussNewton::new())
///     .configure(|state| state.param(DVector::from_vec(vec![0.0, 0.0])).max_iters(10))
///     .run()
///     .unwrap();
/// let p = result.state.best_param.unwrap();
/// assert!((p[0] - 1.0).abs() < 1e-9 && (p[1] - 2.0).abs() < 1e-9);
/// ```
#[derive(Clone)]
pub struct LeastSquares<P, R, J, V> {
    len: usize,
    residuals: R,
    jvp: J,
    vjp: V,
    params: PhantomData<fn(&P)>,
}

impl<P, R, J, V> LeastSquares<P, R, J, V> {
    /// `len` residuals computed by `residuals`, with their generated `jvp` and `vjp`.
    pub fn new(len: usize, residuals: R, jvp: J, vjp: V) -> Self {
        LeastSquares {
            len,
            residuals,
            jvp,
            vjp,
            params: PhantomData,
        }
    }
}

impl<P, R, J, V> fmt::Debug for LeastSquares<P, R, J, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LeastSquares")
            .field("len", &self.len)
            .finish_non_exhaustive()
    }
}

impl<P, R, J, V> Operator for LeastSquares<P, R, J, V>
where
    P: ParamVector,
    R: Fn(&[f64], &mut [f64]),
{
    type Param = P;
    type Output = P;

    fn apply(&self, param: &P) -> Result<P, Error> {
        let mut out = vec![0.0; self.len];
        (self.residuals)(param.as_params(), &mut out);
        Ok(P::from_values(out))
    }
}

impl<P, R, J, V> Jacobian for LeastSquares<P, R, J, V>
where
    P: ParamVector,
    J: Fn(&[f64], &[f64], &mut [f64], &mut [f64]),
    V: Fn(&[f64], &mut [f64], &mut [f64], &[f64]),
{
    type Param = P;
    type Jacobian = P::Matrix;

    fn jacobian(&self, param: &P) -> Result<P::Matrix, Error> {
        let p = param.as_params();
        let jac = crate::dense::jacobian_of_len(p, self.len, &self.jvp, &self.vjp);
        Ok(P::matrix_from_row_major(self.len, p.len(), &jac))
    }
}

impl<P, R, J, V> CostFunction for LeastSquares<P, R, J, V>
where
    P: ParamVector,
    R: Fn(&[f64], &mut [f64]),
{
    type Param = P;
    type Output = f64;

    /// `½ Σ rᵢ²`.
    fn cost(&self, param: &P) -> Result<f64, Error> {
        let mut out = vec![0.0; self.len];
        (self.residuals)(param.as_params(), &mut out);
        Ok(0.5 * out.iter().map(|r| r * r).sum::<f64>())
    }
}

impl<P, R, J, V> Gradient for LeastSquares<P, R, J, V>
where
    P: ParamVector,
    R: Fn(&[f64], &mut [f64]),
    V: Fn(&[f64], &mut [f64], &mut [f64], &[f64]),
{
    type Param = P;
    type Gradient = P;

    /// `Jᵀr`: the residuals, then one VJP seeded with them.
    fn gradient(&self, param: &P) -> Result<P, Error> {
        let p = param.as_params();
        let mut r = vec![0.0; self.len];
        (self.residuals)(p, &mut r);
        let mut out = vec![0.0; self.len];
        let mut g = vec![0.0; p.len()];
        (self.vjp)(p, &mut g, &mut out, &r);
        Ok(P::from_values(g))
    }
}
