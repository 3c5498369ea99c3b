//! The one slice of memory a fit uses, split into its pieces, and the linear algebra of
//! a step on them: the Jacobian from `n` JVPs, the normal equations, the damped solve.

use super::cholesky;
use super::Residuals;
use num_traits::Float;

/// The length of the workspace
/// [`LevenbergMarquardt::minimize`](super::LevenbergMarquardt::minimize) and
/// [`covariance`](super::covariance()) need for `params` parameters and `residuals`
/// residuals: `m·n + 2m + 2n² + 5n` scalars (the Jacobian, two residual vectors, the
/// normal matrix and its factor, five vectors of length `n`). A `const fn`, so a
/// fixed-size fit can keep it on the stack: `[0.0f32; workspace_len(3, 12)]`.
pub const fn workspace_len(params: usize, residuals: usize) -> usize {
    params * residuals + 2 * residuals + 2 * params * params + 5 * params
}

/// The workspace split into the pieces of one fit.
pub(super) struct Workspace<'a, T> {
    n: usize,
    m: usize,
    /// `Jᵀ`, row-major `n × m`: row `j` is the JVP along unit vector `j`, written in place.
    jt: &'a mut [T],
    /// The residuals at the current parameters.
    pub(super) r: &'a mut [T],
    /// The residuals at the trial parameters.
    pub(super) r_new: &'a mut [T],
    /// `JᵀJ`, row-major `n × n`.
    pub(super) a: &'a mut [T],
    /// The Cholesky factor of the damped normal matrix.
    pub(super) l: &'a mut [T],
    /// The gradient `Jᵀr`.
    pub(super) g: &'a mut [T],
    /// The step.
    pub(super) h: &'a mut [T],
    /// The trial parameters.
    pub(super) p_new: &'a mut [T],
    /// A unit vector, the JVP direction.
    e: &'a mut [T],
    /// Marquardt's scaling: the largest diagonal of `JᵀJ` seen so far.
    pub(super) d: &'a mut [T],
}

impl<'a, T: Float> Workspace<'a, T> {
    pub(super) fn split(workspace: &'a mut [T], n: usize, m: usize) -> Self {
        let need = workspace_len(n, m);
        assert!(
            workspace.len() >= need,
            "least squares: the workspace needs workspace_len({n}, {m}) = {need} entries, got {}",
            workspace.len()
        );
        let (jt, rest) = workspace.split_at_mut(n * m);
        let (r, rest) = rest.split_at_mut(m);
        let (r_new, rest) = rest.split_at_mut(m);
        let (a, rest) = rest.split_at_mut(n * n);
        let (l, rest) = rest.split_at_mut(n * n);
        let (g, rest) = rest.split_at_mut(n);
        let (h, rest) = rest.split_at_mut(n);
        let (p_new, rest) = rest.split_at_mut(n);
        let (e, rest) = rest.split_at_mut(n);
        let (d, _) = rest.split_at_mut(n);
        Workspace {
            n,
            m,
            jt,
            r,
            r_new,
            a,
            l,
            g,
            h,
            p_new,
            e,
            d,
        }
    }

    /// Evaluates `r`, `Jᵀ` (`n` JVPs), `JᵀJ` and `Jᵀr` at `params`.
    pub(super) fn linearise<P: Residuals<T>>(&mut self, problem: &mut P, params: &[T]) {
        let (n, m) = (self.n, self.m);
        self.e.fill(T::zero());
        for j in 0..n {
            self.e[j] = T::one();
            problem.jvp(params, self.e, self.r, &mut self.jt[j * m..(j + 1) * m]);
            self.e[j] = T::zero();
        }
        if n == 0 {
            problem.residuals(params, self.r);
        }
        for i in 0..n {
            let ji = &self.jt[i * m..(i + 1) * m];
            self.g[i] = dot(ji, self.r);
            for k in 0..=i {
                let v = dot(ji, &self.jt[k * m..(k + 1) * m]);
                self.a[i * n + k] = v;
                self.a[k * n + i] = v;
            }
        }
    }

    pub(super) fn update_scaling(&mut self) {
        let n = self.n;
        for i in 0..n {
            self.d[i] = self.d[i].max(self.a[i * n + i]);
        }
    }

    /// Solves `(JᵀJ + μ D) h = −Jᵀr`; false when the matrix is not positive definite.
    pub(super) fn solve_step(&mut self, mu: T) -> bool {
        let n = self.n;
        self.l.copy_from_slice(self.a);
        for i in 0..n {
            // A parameter the residuals do not depend on (a zero column of J) still gets
            // a positive diagonal, so the step in it is zero instead of undefined.
            let d = if self.d[i] > T::zero() {
                self.d[i]
            } else {
                T::one()
            };
            self.l[i * n + i] = self.l[i * n + i] + mu * d;
        }
        if !cholesky::factor(self.l, n) {
            return false;
        }
        for (h, g) in self.h.iter_mut().zip(self.g.iter()) {
            *h = -*g;
        }
        cholesky::solve(self.l, n, self.h);
        self.h.iter().all(|h| h.is_finite())
    }

    /// The reduction of the cost the linear model predicts for the step `h`:
    /// `½ hᵀ(μ D h − Jᵀr)` (positive for a solution of the damped normal equations).
    pub(super) fn predicted_reduction(&self, mu: T) -> T {
        let mut s = T::zero();
        for i in 0..self.n {
            let d = if self.d[i] > T::zero() {
                self.d[i]
            } else {
                T::one()
            };
            s = s + self.h[i] * (mu * d * self.h[i] - self.g[i]);
        }
        s / (T::one() + T::one())
    }
}

pub(super) fn half_squared_norm<T: Float>(r: &[T]) -> T {
    let s = r.iter().fold(T::zero(), |s, v| s + *v * *v);
    s / (T::one() + T::one())
}

pub(super) fn norm<T: Float>(v: &[T]) -> T {
    v.iter().fold(T::zero(), |s, x| s + *x * *x).sqrt()
}

fn dot<T: Float>(a: &[T], b: &[T]) -> T {
    a.iter().zip(b).fold(T::zero(), |s, (x, y)| s + *x * *y)
}
