//! The problem a fit solves: a residual function and its forward-mode derivative, and
//! the two ways to build one from closures (slices, or arrays of a fixed count).

/// A residual function `r: ℝⁿ → ℝᵐ` and its forward-mode derivative, the problem
/// [`LevenbergMarquardt`](super::LevenbergMarquardt) solves. [`FnResiduals`] implements
/// it for the functions `#[differentiable]` generates.
pub trait Residuals<T> {
    /// The number of residuals `m`.
    fn residual_len(&self) -> usize;

    /// Writes `r(params)` into `out` (length `m`).
    fn residuals(&mut self, params: &[T], out: &mut [T]);

    /// Writes `r(params)` into `out` and `J · params_tangent` into `out_tangent`: the
    /// signature of a generated `r_jvp`.
    fn jvp(&mut self, params: &[T], params_tangent: &[T], out: &mut [T], out_tangent: &mut [T]);
}

/// A [`Residuals`] from two closures: `residuals(p, out)` and its generated
/// `jvp(p, p_tangent, out, out_tangent)`, usually capturing the data the residuals are
/// measured against.
#[derive(Clone)]
pub struct FnResiduals<R, J> {
    len: usize,
    residuals: R,
    jvp: J,
}

impl<R, J> FnResiduals<R, J> {
    /// `len` residuals computed by `residuals`, with the forward-mode derivative `jvp`.
    pub fn new(len: usize, residuals: R, jvp: J) -> Self {
        FnResiduals {
            len,
            residuals,
            jvp,
        }
    }
}

impl<R, J> core::fmt::Debug for FnResiduals<R, J> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FnResiduals")
            .field("len", &self.len)
            .finish_non_exhaustive()
    }
}

impl<T, R, J> Residuals<T> for FnResiduals<R, J>
where
    R: FnMut(&[T], &mut [T]),
    J: FnMut(&[T], &[T], &mut [T], &mut [T]),
{
    fn residual_len(&self) -> usize {
        self.len
    }

    fn residuals(&mut self, params: &[T], out: &mut [T]) {
        (self.residuals)(params, out);
    }

    fn jvp(&mut self, params: &[T], params_tangent: &[T], out: &mut [T], out_tangent: &mut [T]) {
        (self.jvp)(params, params_tangent, out, out_tangent);
    }
}

/// A [`Residuals`] of a fixed count `M`, from closures over arrays: `residuals(p, out)`
/// and `jvp(p, p_tangent, out, out_tangent)` with `out, out_tangent: &mut [T; M]`, the
/// shapes generated for `fn r(p: &[T], .., out: &mut [T; M])`. A fixed-size out-parameter
/// is what firmware wants: its generated derivatives need no heap.
///
/// ```
/// # extern crate autodiff_runtime as differentiable;
/// use differentiable::least_squares::{workspace_len, ArrayResiduals, LevenbergMarquardt};
///
/// // y = g·(raw − o) at three points; the residuals and their JVP written out.
/// const RAW: [f32; 3] = [0.1, 0.5, 0.9];
/// const REF: [f32; 3] = [0.2, 1.8, 3.4]; // g = 4, o = 0.05
/// fn r_jvp(p: &[f32], dp: &[f32], out: &mut [f32; 3], dout: &mut [f32; 3]) {
///     for i in 0..3 {
///         out[i] = p[0] * (RAW[i] - p[1]) - REF[i];
///         dout[i] = dp[0] * (RAW[i] - p[1]) - p[0] * dp[1];
///     }
/// }
/// let mut problem = ArrayResiduals::new(
///     |p: &[f32], out: &mut [f32; 3]| r_jvp(p, &[0.0, 0.0], out, &mut [0.0; 3]),
///     r_jvp,
/// );
/// let mut p = [1.0f32, 0.0];
/// let mut ws = [0.0f32; workspace_len(2, 3)];
/// let fit = LevenbergMarquardt::new().minimize(&mut problem, &mut p, &mut ws);
/// assert!(fit.stop.converged());
/// assert!((p[0] - 4.0).abs() < 1e-4 && (p[1] - 0.05).abs() < 1e-4, "{p:?}");
/// ```
#[derive(Clone)]
pub struct ArrayResiduals<const M: usize, R, J> {
    residuals: R,
    jvp: J,
}

impl<const M: usize, R, J> ArrayResiduals<M, R, J> {
    /// `M` residuals computed by `residuals`, with the forward-mode derivative `jvp`.
    pub fn new(residuals: R, jvp: J) -> Self {
        ArrayResiduals { residuals, jvp }
    }
}

impl<const M: usize, R, J> core::fmt::Debug for ArrayResiduals<M, R, J> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ArrayResiduals")
            .field("len", &M)
            .finish_non_exhaustive()
    }
}

impl<T, const M: usize, R, J> Residuals<T> for ArrayResiduals<M, R, J>
where
    R: FnMut(&[T], &mut [T; M]),
    J: FnMut(&[T], &[T], &mut [T; M], &mut [T; M]),
{
    fn residual_len(&self) -> usize {
        M
    }

    fn residuals(&mut self, params: &[T], out: &mut [T]) {
        (self.residuals)(params, as_array(out));
    }

    fn jvp(&mut self, params: &[T], params_tangent: &[T], out: &mut [T], out_tangent: &mut [T]) {
        (self.jvp)(params, params_tangent, as_array(out), as_array(out_tangent));
    }
}

/// The driver passes slices of exactly `residual_len()` entries.
fn as_array<T, const M: usize>(out: &mut [T]) -> &mut [T; M] {
    let len = out.len();
    out.try_into()
        .unwrap_or_else(|_| panic!("residual buffer of length {len}, expected {M}"))
}
