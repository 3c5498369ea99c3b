//! Dense derivative matrices for small problems: the Hessian of an [`Objective`]
//! from `n` Hessian-vector products, and the Jacobian of a vector-valued function
//! from its generated JVP or VJP (whichever needs fewer passes).
//!
//! Matrices are returned as row-major `Vec<f64>`: entry `(i, j)` of an `r × c`
//! matrix is at index `i * c + j`.
//!
//! The Jacobian helpers take closures of the shapes generated for a function of a
//! slice, `fn s(x: &[f64]) -> [f64; M]`. A function of an array,
//! `fn s(x: [f64; N]) -> [f64; M]`, gets `s_jvp(x, dx) -> ([f64; M], [f64; M])` and
//! `s_vjp(x, seed) -> ([f64; M], [f64; N])` (the adjoint returned, not
//! accumulated); adapt them with a closure:
//!
//! ```
//! # extern crate autodiff_runtime as differentiable;
//! use differentiable::dense::{jacobian_forward, jacobian_reverse};
//!
//! // s(x, y) = (x·y, x − y), written out as the macro would generate it.
//! fn s_jvp(x: [f64; 2], dx: [f64; 2]) -> ([f64; 2], [f64; 2]) {
//!     ([x[0] * x[1], x[0] - x[1]], [dx[0] * x[1] + x[0] * dx[1], dx[0] - dx[1]])
//! }
//! fn s_vjp(x: [f64; 2], seed: [f64; 2]) -> ([f64; 2], [f64; 2]) {
//!     let value = [x[0] * x[1], x[0] - x[1]];
//!     (value, [seed[0] * x[1] + seed[1], seed[0] * x[0] - seed[1]])
//! }
//! let arr = |x: &[f64]| -> [f64; 2] { x.try_into().unwrap() };
//! let x = [3.0, 5.0];
//! let fwd = jacobian_forward(&x, |x: &[f64], dx: &[f64]| s_jvp(arr(x), arr(dx)));
//! let rev = jacobian_reverse(&x, |x: &[f64], x_bar: &mut [f64], seed: [f64; 2]| {
//!     let (_, adjoint) = s_vjp(arr(x), seed);
//!     x_bar.copy_from_slice(&adjoint);
//! });
//! assert_eq!(fwd, vec![5.0, 3.0, 1.0, -1.0]);
//! assert_eq!(fwd, rev);
//! ```

use alloc::vec;
use alloc::vec::Vec;

use crate::objective::Objective;

/// The Hessian `∇²f(x)` of `obj` as a row-major `n × n` matrix, from `n` HVPs with
/// the unit vectors.
///
/// HVP `j` gives column `j`. Exact HVPs of a twice continuously differentiable
/// function give a symmetric matrix up to rounding; the result is **symmetrised**
/// (`(H + Hᵀ)/2`), so it is exactly symmetric, which eigen-solvers and Cholesky
/// factorisations expect, and the rounding-level asymmetry is averaged away. Costs
/// `n` HVPs, each a small constant times a gradient.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::dense::hessian;
/// use differentiable::saddle::FnObjective;
///
/// // f(x, y) = x²y + y³: Hessian [[2y, 2x], [2x, 6y]].
/// let f = |x: &[f64]| x[0] * x[0] * x[1] + x[1].powi(3);
/// let g = |x: &[f64], g: &mut [f64]| {
///     g[0] = 2.0 * x[0] * x[1];
///     g[1] = x[0] * x[0] + 3.0 * x[1] * x[1];
///     f(x)
/// };
/// let h = |x: &[f64], v: &[f64], hv: &mut [f64]| {
///     hv[0] = 2.0 * x[1] * v[0] + 2.0 * x[0] * v[1];
///     hv[1] = 2.0 * x[0] * v[0] + 6.0 * x[1] * v[1];
///     f(x)
/// };
/// let obj = FnObjective::new(2, f, g, h);
/// assert_eq!(hessian(&obj, &[1.0, 2.0]), vec![4.0, 2.0, 2.0, 12.0]);
/// ```
///
/// # Panics
/// If `x.len() != obj.dim()`.
pub fn hessian<O: Objective + ?Sized>(obj: &O, x: &[f64]) -> Vec<f64> {
    assert_eq!(
        x.len(),
        obj.dim(),
        "hessian: point has length {} but the objective has dimension {}",
        x.len(),
        obj.dim()
    );
    hessian_unchecked(obj, x)
}

/// [`hessian`] without the length check (callers in this crate have checked).
pub(crate) fn hessian_unchecked<O: Objective + ?Sized>(obj: &O, x: &[f64]) -> Vec<f64> {
    let n = obj.dim();
    let mut h = vec![0.0; n * n];
    let mut e = vec![0.0; n];
    symmetric_hessian_into(&mut h, &mut e, |v, hv| {
        obj.hvp(x, v, hv);
    });
    h
}

/// Fills the `n × n` matrix `h` (`n = e.len()`, `e` all zeros, used as scratch) with
/// the Hessian from `n` Hessian-vector products with the unit vectors, symmetrised
/// (`(H + Hᵀ)/2`). `hvp(v, hv)` writes `H·v` into `hv`.
///
/// HVP `j` is written into the contiguous run `h[j·n..(j + 1)·n]`: column `j` of a
/// column-major matrix, row `j` of a row-major one. Both give the same result, as the
/// symmetrised matrix is its own transpose. The one loop behind [`hessian`] and the
/// dense Hessians of the nalgebra and argmin integrations.
pub(crate) fn symmetric_hessian_into<T, F>(h: &mut [T], e: &mut [T], mut hvp: F)
where
    T: Copy + num_traits::Num,
    F: FnMut(&[T], &mut [T]),
{
    let n = e.len();
    debug_assert_eq!(h.len(), n * n, "the Hessian of order {n} has n² entries");
    for j in 0..n {
        e[j] = T::one();
        hvp(e, &mut h[j * n..(j + 1) * n]);
        e[j] = T::zero();
    }
    let half = T::one() / (T::one() + T::one());
    for i in 0..n {
        for j in i + 1..n {
            let s = half * (h[i * n + j] + h[j * n + i]);
            h[i * n + j] = s;
            h[j * n + i] = s;
        }
    }
}

/// The `M × n` Jacobian of `s: ℝⁿ → ℝᴹ` at `x` (row-major) by forward mode: `n`
/// JVPs with the unit vectors, JVP `j` giving column `j`.
///
/// `jvp(x, dx)` returns `(s(x), J·dx)`, the shape `#[differentiable]` generates as
/// `s_jvp` for `fn s(x: &[f64]) -> [f64; M]`, so `s_jvp` can be passed directly.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::dense::jacobian_forward;
///
/// // s(x, y) = (xy, x + y, y²), with its JVP written out.
/// fn s_jvp(x: &[f64], dx: &[f64]) -> ([f64; 3], [f64; 3]) {
///     let value = [x[0] * x[1], x[0] + x[1], x[1] * x[1]];
///     let tangent = [dx[0] * x[1] + x[0] * dx[1], dx[0] + dx[1], 2.0 * x[1] * dx[1]];
///     (value, tangent)
/// }
/// let j = jacobian_forward(&[2.0, 3.0], s_jvp);
/// assert_eq!(j, vec![3.0, 2.0, 1.0, 1.0, 0.0, 6.0]);
/// ```
pub fn jacobian_forward<const M: usize, F>(x: &[f64], mut jvp: F) -> Vec<f64>
where
    F: FnMut(&[f64], &[f64]) -> ([f64; M], [f64; M]),
{
    let n = x.len();
    let mut jac = vec![0.0; M * n];
    let mut e = vec![0.0; n];
    for j in 0..n {
        e[j] = 1.0;
        let (_, tangent) = jvp(x, &e);
        e[j] = 0.0;
        for (i, t) in tangent.iter().enumerate() {
            jac[i * n + j] = *t;
        }
    }
    jac
}

/// The `M × n` Jacobian of `s: ℝⁿ → ℝᴹ` at `x` (row-major) by reverse mode: `M`
/// VJPs with the unit seeds, VJP `i` giving row `i`.
///
/// `vjp(x, x_bar, seed)` must **add** `seedᵀJ` to `x_bar` and may return anything
/// (the generated `s_vjp` for `fn s(x: &[f64]) -> [f64; M]` returns `s(x)`), so
/// `s_vjp` can be passed directly. `x_bar` is zeroed before each call, so a VJP
/// that overwrites instead of accumulating works too.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::dense::jacobian_reverse;
///
/// // s(x, y) = (xy, x + y, y²), with its VJP written out.
/// fn s_vjp(x: &[f64], x_bar: &mut [f64], seed: [f64; 3]) -> [f64; 3] {
///     x_bar[0] += seed[0] * x[1] + seed[1];
///     x_bar[1] += seed[0] * x[0] + seed[1] + seed[2] * 2.0 * x[1];
///     [x[0] * x[1], x[0] + x[1], x[1] * x[1]]
/// }
/// let j = jacobian_reverse(&[2.0, 3.0], s_vjp);
/// assert_eq!(j, vec![3.0, 2.0, 1.0, 1.0, 0.0, 6.0]);
/// ```
pub fn jacobian_reverse<const M: usize, F, R>(x: &[f64], mut vjp: F) -> Vec<f64>
where
    F: FnMut(&[f64], &mut [f64], [f64; M]) -> R,
{
    let n = x.len();
    let mut jac = vec![0.0; M * n];
    if n == 0 {
        return jac;
    }
    for (i, row) in jac.chunks_exact_mut(n).enumerate() {
        let mut seed = [0.0; M];
        seed[i] = 1.0;
        row.fill(0.0);
        let _ = vjp(x, row, seed);
    }
    jac
}

/// The `M × n` Jacobian of `s: ℝⁿ → ℝᴹ` at `x` (row-major) with whichever mode
/// needs fewer passes: `M` VJPs when `M < n` (wide Jacobians, few outputs), else
/// `n` JVPs (forward mode on a tie: a JVP is the cheaper pass).
///
/// The closures are the generated `s_jvp` and `s_vjp` of either shape:
/// - a function returning `[f64; M]`: `s_jvp(x, dx) -> (value, J·dx)` and
///   `s_vjp(x, x_bar, seed) -> value` (the shapes of [`jacobian_forward`] and
///   [`jacobian_reverse`]);
/// - a function writing into an out-parameter `out: &mut [f64; M]`:
///   `s_jvp(x, dx, out, out_tangent)` and `s_vjp(x, x_bar, out, out_seed)`. For a
///   runtime-length `out: &mut [f64]`, see [`jacobian_of_len`].
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::dense::jacobian;
///
/// // s(x) = (Σ xᵢ², Π xᵢ) on ℝ⁴: two outputs, so two VJPs are used.
/// fn s_jvp(x: &[f64], dx: &[f64]) -> ([f64; 2], [f64; 2]) {
///     let p: f64 = x.iter().product();
///     let sq = x.iter().map(|v| v * v).sum();
///     let dsq = x.iter().zip(dx).map(|(v, d)| 2.0 * v * d).sum();
///     let dp = x.iter().zip(dx).map(|(v, d)| p / v * d).sum();
///     ([sq, p], [dsq, dp])
/// }
/// fn s_vjp(x: &[f64], x_bar: &mut [f64], seed: [f64; 2]) -> [f64; 2] {
///     let p: f64 = x.iter().product();
///     for (b, v) in x_bar.iter_mut().zip(x) {
///         *b += seed[0] * 2.0 * v + seed[1] * p / v;
///     }
///     [x.iter().map(|v| v * v).sum(), p]
/// }
/// let x = [1.0, 2.0, 3.0, 4.0];
/// let j = jacobian(&x, s_jvp, s_vjp);
/// assert_eq!(j, vec![2.0, 4.0, 6.0, 8.0, 24.0, 12.0, 8.0, 6.0]);
///
/// // The same function writing its results into `out`.
/// fn r_jvp(x: &[f64], dx: &[f64], out: &mut [f64; 2], out_tangent: &mut [f64; 2]) {
///     (*out, *out_tangent) = s_jvp(x, dx);
/// }
/// fn r_vjp(x: &[f64], x_bar: &mut [f64], out: &mut [f64; 2], out_seed: &[f64; 2]) {
///     *out = s_vjp(x, x_bar, *out_seed);
/// }
/// assert_eq!(jacobian(&x, r_jvp, r_vjp), j);
/// ```
pub fn jacobian<const M: usize, J, V, SJ, SV>(x: &[f64], mut jvp: J, mut vjp: V) -> Vec<f64>
where
    J: JvpShape<M, SJ>,
    V: VjpShape<M, SV>,
{
    if M < x.len() {
        jacobian_reverse(x, |x: &[f64], b: &mut [f64], s: [f64; M]| {
            vjp.pullback(x, b, s)
        })
    } else {
        jacobian_forward(x, |x: &[f64], d: &[f64]| jvp.push_forward(x, d))
    }
}

/// The `m × n` Jacobian (row-major) of a function that writes its `m` results into a
/// runtime-length out-parameter, `r(x, out: &mut [f64])`, from its generated `r_jvp`
/// and `r_vjp`: `m` VJPs when `m < n`, else `n` JVPs. The usual use is the Jacobian of
/// the residuals of a least-squares problem.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::dense::jacobian_of_len;
///
/// // Residuals of y = a·t + b at t = 0, 1, 2, written out with their derivatives.
/// fn r_jvp(p: &[f64], dp: &[f64], out: &mut [f64], out_tangent: &mut [f64]) {
///     for i in 0..out.len() {
///         let t = i as f64;
///         out[i] = p[0] * t + p[1] - 1.0;
///         out_tangent[i] = dp[0] * t + dp[1];
///     }
/// }
/// fn r_vjp(p: &[f64], p_bar: &mut [f64], out: &mut [f64], out_seed: &[f64]) {
///     for i in 0..out.len() {
///         let t = i as f64;
///         out[i] = p[0] * t + p[1] - 1.0;
///         p_bar[0] += out_seed[i] * t;
///         p_bar[1] += out_seed[i];
///     }
/// }
/// let j = jacobian_of_len(&[2.0, 1.0], 3, r_jvp, r_vjp);
/// assert_eq!(j, vec![0.0, 1.0, 1.0, 1.0, 2.0, 1.0]);
/// ```
pub fn jacobian_of_len<J, V>(x: &[f64], m: usize, mut jvp: J, mut vjp: V) -> Vec<f64>
where
    J: FnMut(&[f64], &[f64], &mut [f64], &mut [f64]),
    V: FnMut(&[f64], &mut [f64], &mut [f64], &[f64]),
{
    let n = x.len();
    let mut jac = vec![0.0; m * n];
    let mut out = vec![0.0; m];
    if m < n {
        let mut seed = vec![0.0; m];
        for (i, row) in jac.chunks_exact_mut(n.max(1)).enumerate() {
            seed[i] = 1.0;
            row.fill(0.0);
            vjp(x, row, &mut out, &seed);
            seed[i] = 0.0;
        }
    } else {
        let mut e = vec![0.0; n];
        let mut col = vec![0.0; m];
        for j in 0..n {
            e[j] = 1.0;
            jvp(x, &e, &mut out, &mut col);
            e[j] = 0.0;
            for (i, t) in col.iter().enumerate() {
                jac[i * n + j] = *t;
            }
        }
    }
    jac
}

/// Marks the forward-mode shape of a function returning `[f64; M]` (see [`JvpShape`]).
pub enum ReturnsArray {}
/// Marks the shape of a function writing into `out: &mut [f64; M]` (see [`JvpShape`]).
pub enum WritesOut {}

/// A forward-mode function [`jacobian`] accepts: `(x, dx) -> (value, J·dx)` of a
/// function returning `[f64; M]`, or `(x, dx, out, out_tangent)` of one writing into
/// an out-parameter. `S` tells the two apart ([`ReturnsArray`], [`WritesOut`]) and is
/// inferred.
pub trait JvpShape<const M: usize, S> {
    /// The value and `J·dx`.
    fn push_forward(&mut self, x: &[f64], dx: &[f64]) -> ([f64; M], [f64; M]);
}

impl<const M: usize, F> JvpShape<M, ReturnsArray> for F
where
    F: FnMut(&[f64], &[f64]) -> ([f64; M], [f64; M]),
{
    fn push_forward(&mut self, x: &[f64], dx: &[f64]) -> ([f64; M], [f64; M]) {
        self(x, dx)
    }
}

impl<const M: usize, F> JvpShape<M, WritesOut> for F
where
    F: FnMut(&[f64], &[f64], &mut [f64; M], &mut [f64; M]),
{
    fn push_forward(&mut self, x: &[f64], dx: &[f64]) -> ([f64; M], [f64; M]) {
        let (mut value, mut tangent) = ([0.0; M], [0.0; M]);
        self(x, dx, &mut value, &mut tangent);
        (value, tangent)
    }
}

/// A reverse-mode function [`jacobian`] accepts: `(x, x_bar, seed) -> _` of a function
/// returning `[f64; M]`, or `(x, x_bar, out, out_seed)` of one writing into an
/// out-parameter; both add `seedᵀJ` into `x_bar`.
pub trait VjpShape<const M: usize, S> {
    /// Adds `seedᵀJ` into `x_bar`.
    fn pullback(&mut self, x: &[f64], x_bar: &mut [f64], seed: [f64; M]);
}

impl<const M: usize, F, R> VjpShape<M, (ReturnsArray, R)> for F
where
    F: FnMut(&[f64], &mut [f64], [f64; M]) -> R,
{
    fn pullback(&mut self, x: &[f64], x_bar: &mut [f64], seed: [f64; M]) {
        let _ = self(x, x_bar, seed);
    }
}

impl<const M: usize, F> VjpShape<M, WritesOut> for F
where
    F: FnMut(&[f64], &mut [f64], &mut [f64; M], &[f64; M]),
{
    fn pullback(&mut self, x: &[f64], x_bar: &mut [f64], seed: [f64; M]) {
        let mut value = [0.0; M];
        self(x, x_bar, &mut value, &seed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objective::FnObjective;

    /// f(x) = Σ sin(xᵢ) xᵢ₊₁ with analytic derivatives.
    fn chain(x: &[f64]) -> f64 {
        x.windows(2).map(|w| w[0].sin() * w[1]).sum()
    }
    fn chain_grad(x: &[f64], g: &mut [f64]) -> f64 {
        g.fill(0.0);
        for i in 0..x.len() - 1 {
            g[i] += x[i].cos() * x[i + 1];
            g[i + 1] += x[i].sin();
        }
        chain(x)
    }
    fn chain_hvp(x: &[f64], v: &[f64], hv: &mut [f64]) -> f64 {
        hv.fill(0.0);
        for i in 0..x.len() - 1 {
            hv[i] += -x[i].sin() * x[i + 1] * v[i] + x[i].cos() * v[i + 1];
            hv[i + 1] += x[i].cos() * v[i];
        }
        chain(x)
    }

    #[test]
    fn hessian_matches_finite_differences_of_gradient() {
        let x = [0.3, -1.2, 2.0, 0.7];
        let n = x.len();
        let h = hessian(&FnObjective::new(n, chain, chain_grad, chain_hvp), &x);
        let eps = 1e-6;
        for j in 0..n {
            let (mut xp, mut xm) = (x, x);
            xp[j] += eps;
            xm[j] -= eps;
            let (mut gp, mut gm) = ([0.0; 4], [0.0; 4]);
            chain_grad(&xp, &mut gp);
            chain_grad(&xm, &mut gm);
            for i in 0..n {
                let fd = (gp[i] - gm[i]) / (2.0 * eps);
                assert!((h[i * n + j] - fd).abs() < 1e-8, "H[{i}][{j}]");
                assert_eq!(h[i * n + j], h[j * n + i]);
            }
        }
    }

    #[test]
    fn hessian_symmetrises_an_asymmetric_hvp() {
        // An "HVP" with matrix [[1, 2], [4, 3]] is averaged to [[1, 3], [3, 3]].
        let obj = FnObjective::new(
            2,
            |_: &[f64]| 0.0,
            |_: &[f64], g: &mut [f64]| {
                g.fill(0.0);
                0.0
            },
            |_: &[f64], v: &[f64], hv: &mut [f64]| {
                hv[0] = v[0] + 2.0 * v[1];
                hv[1] = 4.0 * v[0] + 3.0 * v[1];
                0.0
            },
        );
        assert_eq!(hessian(&obj, &[0.0, 0.0]), vec![1.0, 3.0, 3.0, 3.0]);
    }

    #[test]
    #[should_panic(expected = "point has length 3 but the objective has dimension 4")]
    fn hessian_rejects_wrong_length() {
        hessian(
            &FnObjective::new(4, chain, chain_grad, chain_hvp),
            &[1.0, 2.0, 3.0],
        );
    }

    /// s(x) = (x₀x₁x₂, eˣ⁰ − x₂) from ℝ³ to ℝ², and its derivatives by hand.
    fn s(x: &[f64]) -> [f64; 2] {
        [x[0] * x[1] * x[2], x[0].exp() - x[2]]
    }
    fn s_jac(x: &[f64]) -> Vec<f64> {
        vec![x[1] * x[2], x[0] * x[2], x[0] * x[1], x[0].exp(), 0.0, -1.0]
    }
    fn s_jvp(x: &[f64], dx: &[f64]) -> ([f64; 2], [f64; 2]) {
        let j = s_jac(x);
        let t = [0, 1].map(|i| (0..3).map(|k| j[i * 3 + k] * dx[k]).sum());
        (s(x), t)
    }
    fn s_vjp(x: &[f64], x_bar: &mut [f64], seed: [f64; 2]) -> [f64; 2] {
        let j = s_jac(x);
        for k in 0..3 {
            x_bar[k] += seed[0] * j[k] + seed[1] * j[3 + k];
        }
        s(x)
    }

    #[test]
    fn jacobian_modes_agree_with_analytic() {
        let x = [0.5, -2.0, 1.5];
        let want = s_jac(&x);
        assert_eq!(jacobian_forward(&x, s_jvp), want);
        assert_eq!(jacobian_reverse(&x, s_vjp), want);
        assert_eq!(jacobian(&x, s_jvp, s_vjp), want);
    }

    #[test]
    fn jacobian_picks_the_cheaper_mode() {
        use core::cell::Cell;
        let x = [0.5, -2.0, 1.5];
        let (fwd, rev) = (Cell::new(0), Cell::new(0));
        let jvp = |x: &[f64], dx: &[f64]| {
            fwd.set(fwd.get() + 1);
            s_jvp(x, dx)
        };
        let vjp = |x: &[f64], xb: &mut [f64], seed: [f64; 2]| {
            rev.set(rev.get() + 1);
            s_vjp(x, xb, seed)
        };
        // M = 2 outputs < n = 3 inputs: two reverse passes, no forward pass.
        jacobian(&x, jvp, vjp);
        assert_eq!((fwd.get(), rev.get()), (0, 2));
    }

    #[test]
    fn jacobian_reverse_resets_accumulator_between_rows() {
        // A VJP that accumulates must not leak row i into row i + 1.
        let j = jacobian_reverse(&[1.0, 1.0], |_: &[f64], xb: &mut [f64], seed: [f64; 2]| {
            xb[0] += seed[0];
            xb[1] += seed[1];
        });
        assert_eq!(j, vec![1.0, 0.0, 0.0, 1.0]);
    }

    #[test]
    fn jacobian_of_empty_input_is_empty() {
        assert!(jacobian_reverse(&[], |_: &[f64], _: &mut [f64], _: [f64; 2]| ()).is_empty());
        assert!(jacobian_forward(&[], s_jvp).is_empty());
    }
}
