//! Nested derivatives by dual numbers: the generated functions of a generic
//! `#[differentiable]` function evaluated at `Dual<f64>` (forward over reverse, forward
//! over forward) and `Dual<Dual<f64>>` (third derivatives), and the classic
//! perturbation-confusion tests in that path.
//!
//! Oracle: central differences of the primal (`common/fd.rs`) and derivatives known in
//! closed form.

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::{differentiable, Dual};
use fd::{close, points};
use num_traits::Float;

type D = Dual<f64>;
type DD = Dual<Dual<f64>>;

#[differentiable]
fn f<T: Float>(x: T, y: T) -> T {
    let a = T::one() - x;
    let b = y - x * x;
    a * a + (x * y).sin() * b + b.exp()
}

fn f64_f(p: &[f64]) -> f64 {
    f(p[0], p[1])
}

#[test]
fn gradient_at_duals_is_forward_over_reverse() {
    for p in points(11, 6, 2, -1.0, 1.0) {
        let v = [0.3, -1.1];
        let (value, gx, gy) = f_grad(D::new(p[0], v[0]), D::new(p[1], v[1]));
        let g = fd::grad(&f64_f, &p);
        let hv = fd::hvp(&f64_f, &p, &v);
        close("value", value.re, f(p[0], p[1]), 1e-14);
        close("value tangent", value.eps, fd::dot(&g, &v), 1e-6);
        close("gradient x", gx.re, g[0], 1e-6);
        close("gradient y", gy.re, g[1], 1e-6);
        close("(H v)_x", gx.eps, hv[0], 1e-5);
        close("(H v)_y", gy.eps, hv[1], 1e-5);
        // and the macro's own Hessian-vector product agrees
        let (_, hx, hy) = f_hvp(p[0], v[0], p[1], v[1]);
        close("hvp x", gx.eps, hx, 1e-12);
        close("hvp y", gy.eps, hy, 1e-12);
    }
}

#[test]
fn jvp_and_vjp_at_duals_are_second_order() {
    for p in points(12, 6, 2, -1.0, 1.0) {
        let (u, v) = ([0.7, 0.2], [-0.4, 0.9]);
        let hv = fd::hvp(&f64_f, &p, &v);
        // forward over forward: the derivative along v of (∇f·u) is uᵀHv
        let (_, t) = f_jvp(
            D::new(p[0], v[0]),
            D::constant(u[0]),
            D::new(p[1], v[1]),
            D::constant(u[1]),
        );
        close("uᵀHv", t.eps, fd::dot(&u, &hv), 1e-5);
        // forward over a pullback with seed 2: 2·H v
        let (_, sx, sy) = f_vjp(D::new(p[0], v[0]), D::new(p[1], v[1]), D::constant(2.0));
        close("vjp (H v)_x", sx.eps, 2.0 * hv[0], 1e-5);
        close("vjp (H v)_y", sy.eps, 2.0 * hv[1], 1e-5);
    }
}

#[differentiable]
fn cubic<T: Float>(x: T, y: T) -> T {
    x * x * x * y + y * y * x
}

#[test]
fn gradient_at_nested_duals_gives_third_derivatives() {
    for p in points(13, 5, 2, -2.0, 2.0) {
        let (x, y) = (p[0], p[1]);
        // both perturbations along x: the gradient's ε₁ε₂ parts are ∂³f/∂x³·(1, 0) and
        // ∂³f/∂x²∂y: 6y and 6x
        let xx = DD::new(D::new(x, 1.0), D::new(1.0, 0.0));
        let yy = DD::constant(D::constant(y));
        let (value, gx, gy) = cubic_grad(xx, yy);
        close("value", value.re.re, cubic(x, y), 1e-14);
        close("f_xxx", gx.eps.eps, 6.0 * y, 1e-12);
        close("f_xxy", gy.eps.eps, 6.0 * x, 1e-12);
        close("f_xx", gx.eps.re, 6.0 * x * y, 1e-12);
        close("f_x", gx.re.re, 3.0 * x * x * y + y * y, 1e-12);
    }
}

// ---------------------------------------------------------------- perturbation confusion

#[differentiable(wrt(y))]
fn add_y<T: Float>(x: T, y: T) -> T {
    x + y
}

#[differentiable(wrt(y))]
fn mul_y<T: Float>(x: T, y: T) -> T {
    x * y
}

#[test]
fn no_perturbation_confusion_through_generated_code() {
    for x0 in [-1.5, 1.0, 2.5] {
        let x = D::variable(x0);
        // d/dx [x · d/dy (x + y)] at y = 1 is 1
        let (_, d) = add_y_grad(x, D::constant(1.0));
        assert_eq!((x * d).eps, 1.0, "x · ∂(x+y)/∂y");
        let (_, d) = add_y_jvp(x, D::constant(1.0), D::constant(1.0));
        assert_eq!((x * d).eps, 1.0, "x · ∂(x+y)/∂y by a JVP");
        // d/dx [x · d/dy (x · y)] = d/dx x² = 2x
        let (_, d) = mul_y_grad(x, D::constant(1.0));
        assert_eq!((x * d).eps, 2.0 * x0, "x · ∂(xy)/∂y");
        assert_eq!(add_y(x0, 1.0), x0 + 1.0);
        assert_eq!(mul_y(x0, 1.0), x0);
    }
}

#[test]
fn no_perturbation_confusion_with_nested_duals() {
    for x0 in [-1.5, 1.0, 2.5] {
        let x = D::variable(x0);
        // the inner derivative in y perturbs a level of its own; x enters it as a constant
        // of that level
        let y = DD::new(D::constant(1.0), D::constant(1.0));
        let inner = (DD::constant(x) + y).eps;
        assert_eq!((x * inner).eps, 1.0);
        let inner = (DD::constant(x) * y).eps;
        assert_eq!((x * inner).eps, 2.0 * x0);
    }
}
