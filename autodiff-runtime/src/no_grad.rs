//! The marker for arguments a differentiable callee does not differentiate.

/// Returns `value` unchanged. Inside a `#[differentiable]` function, wrapping an argument
/// of a call to another differentiable function in `no_grad(..)` says that the callee
/// does not differentiate that parameter (it is outside the callee's `wrt(..)`), so the
/// call passes the value alone, without a tangent or shadow.
///
/// The value must not depend on the caller's active inputs: its derivative could not
/// flow through the callee, so the macro rejects `no_grad(x)` of an active `x` (add the
/// parameter to the callee's `wrt(..)` instead). Outside differentiable functions it is
/// the identity.
///
/// ```
/// use autodiff_runtime::no_grad;
///
/// assert_eq!(no_grad(0.5_f64), 0.5);
/// ```
///
/// In a differentiable caller, `h(x, no_grad(0.5))` calls `h_jvp(x, dx, 0.5)` where
/// `h(x, 0.5)` would call `h_jvp(x, dx, 0.5, 0.0)`, the form for a callee that
/// differentiates both parameters.
#[inline(always)]
pub fn no_grad<T>(value: T) -> T {
    value
}
