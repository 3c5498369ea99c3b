//! Grammar coverage, statements: `let` with and without type annotation, tuple
//! patterns, shadowing, `let mut` with reassignment and `+= -= *= /=`, expression
//! statements, block expressions, early `return` (inside `if`/`else` chains), `return`
//! as the last statement and a tail expression.
//!
//! Oracle: central finite differences of the primal for `_jvp`, `_vjp`, `_grad`, and
//! central second differences of the primal for `_hvp` (`common/fd.rs`).
// The functions under test are written the way users write them (index loops, late
// initialisation, `return` as the last statement), which clippy would restyle.
#![allow(
    clippy::needless_range_loop,
    clippy::needless_late_init,
    clippy::needless_return,
    clippy::no_effect,
    clippy::assign_op_pattern
)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;

#[differentiable]
fn lets_annotated(x: f64, y: f64) -> f64 {
    let a: f64 = x * y;
    let b = a.sin();
    let c: f64 = 2.5;
    let d = c * b + x;
    d * y
}

#[test]
fn let_with_and_without_annotation() {
    check_scalars!(
        lets_annotated,
        lets_annotated_jvp,
        lets_annotated_vjp,
        lets_annotated_grad,
        lets_annotated_hvp,
        [0, 1],
        points(1, 4, 2, -2.0, 2.0)
    );
}

#[differentiable]
fn tuple_lets(x: &[f64]) -> f64 {
    let (a, b) = (x[0], x[1]);
    let (c, d): (f64, f64) = (a * b, a - b);
    let (e, (f, g)) = (c.exp(), (d * d, x[2]));
    let (mut h, k) = (e + f, g);
    h *= k;
    h + c * d
}

#[test]
fn tuple_patterns() {
    check_slice!(
        tuple_lets,
        tuple_lets_jvp,
        tuple_lets_vjp,
        tuple_lets_grad,
        tuple_lets_hvp,
        points(2, 4, 3, -1.0, 1.0)
    );
}

#[differentiable]
fn shadowing(x: f64, y: f64) -> f64 {
    let x = x * y;
    let y = x + y;
    let x = x.sin() * y;
    let t = x;
    let t = t * t;
    t + x * y
}

#[test]
fn shadowed_parameters_and_locals() {
    check_scalars!(
        shadowing,
        shadowing_jvp,
        shadowing_vjp,
        shadowing_grad,
        shadowing_hvp,
        [0, 1],
        points(3, 4, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn mut_reassign(x: f64, y: f64) -> f64 {
    let mut t = x;
    t = t * y + 1.0;
    t = t.sin();
    let mut u = 2.0;
    u += t;
    u -= x * x;
    u *= y;
    u /= 1.5 + t * t;
    u += 1.0;
    t = u * t;
    t
}

#[test]
fn let_mut_reassignment_and_compound_ops() {
    check_scalars!(
        mut_reassign,
        mut_reassign_jvp,
        mut_reassign_vjp,
        mut_reassign_grad,
        mut_reassign_hvp,
        [0, 1],
        points(4, 4, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn compound_self_reference(x: f64) -> f64 {
    let mut a = x;
    a *= a;
    a += a;
    a /= x + 3.0;
    a -= a * x;
    a
}

#[test]
fn compound_ops_reading_their_target() {
    check_scalars!(
        compound_self_reference,
        compound_self_reference_jvp,
        compound_self_reference_vjp,
        compound_self_reference_grad,
        compound_self_reference_hvp,
        [0],
        points(5, 4, 1, -1.5, 1.5)
    );
}

#[differentiable]
fn deferred_init(x: f64, y: f64) -> f64 {
    let a;
    if x > y {
        a = x * y;
    } else {
        a = x + y * y;
    }
    let b: f64;
    b = a.exp();
    a * b
}

#[test]
fn let_without_initializer() {
    check_scalars!(
        deferred_init,
        deferred_init_jvp,
        deferred_init_vjp,
        deferred_init_grad,
        deferred_init_hvp,
        [0, 1],
        points(6, 6, 2, -1.0, 1.0)
    );
}

#[differentiable]
fn expr_statements(x: &[f64]) -> f64 {
    let mut s = 0.0;
    s += x[0] * x[1];
    {
        let t = x[1].cos();
        s += t * x[2];
    }
    if s > 100.0 {
        s = 100.0;
    }
    for i in 0..x.len() {
        s *= 1.0 + 0.1 * x[i];
    }
    x[0];
    s
}

#[test]
fn expression_statements() {
    check_slice!(
        expr_statements,
        expr_statements_jvp,
        expr_statements_vjp,
        expr_statements_grad,
        expr_statements_hvp,
        points(7, 4, 3, -1.0, 1.0)
    );
}

#[differentiable]
fn block_exprs(x: f64, y: f64) -> f64 {
    let a = {
        let t = x * x;
        t + y
    };
    let b = { a.sin() };
    let c = {
        let mut u = b;
        u *= y;
        u
    };
    {
        c * a + { x - y }
    }
}

#[test]
fn block_expressions() {
    check_scalars!(
        block_exprs,
        block_exprs_jvp,
        block_exprs_vjp,
        block_exprs_grad,
        block_exprs_hvp,
        [0, 1],
        points(8, 4, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn early_returns(x: f64, y: f64) -> f64 {
    let a = x * y;
    if a < -0.5 {
        return a * a;
    } else if x > 0.5 {
        let t = x.exp();
        return t * y;
    } else if y > 0.5 && x < 0.0 {
        return y.sin() * x;
    }
    let b = a + x;
    if b > 0.0 {
        return b * b * b;
    }
    b.cos() + y
}

#[test]
fn early_return_in_if_else_chains() {
    let pts = points(9, 40, 2, -1.5, 1.5);
    // stay away from the branch boundaries, where finite differences straddle two branches
    let pts = pts.into_iter().filter(|z| {
        let (x, y) = (z[0], z[1]);
        (x * y + 0.5).abs() > 0.05
            && (x - 0.5).abs() > 0.05
            && (y - 0.5).abs() > 0.05
            && x.abs() > 0.05
            && (x * y + x).abs() > 0.05
    });
    check_scalars!(
        early_returns,
        early_returns_jvp,
        early_returns_vjp,
        early_returns_grad,
        early_returns_hvp,
        [0, 1],
        pts
    );
}

#[differentiable]
fn return_both_arms(x: f64) -> f64 {
    if x > 0.0 {
        return x.sqrt();
    } else {
        return -x * x;
    }
}

#[test]
fn return_in_both_arms() {
    check_scalars!(
        return_both_arms,
        return_both_arms_jvp,
        return_both_arms_vjp,
        return_both_arms_grad,
        return_both_arms_hvp,
        [0],
        [vec![0.7], vec![2.0], vec![-0.4], vec![-1.3]]
    );
}

#[differentiable]
fn return_last(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i].powi(3);
    }
    return s * x[0];
}

#[test]
fn return_as_last_statement() {
    check_slice!(
        return_last,
        return_last_jvp,
        return_last_vjp,
        return_last_grad,
        return_last_hvp,
        points(10, 3, 4, -1.0, 1.0)
    );
}

#[differentiable]
fn early_return_slice(x: &[f64], limit: f64) -> f64 {
    let s = x[0] * x[1];
    if s > limit {
        return limit * x[2];
    }
    let mut t = s;
    for i in 0..x.len() {
        t += x[i] * x[i];
    }
    t
}

#[test]
fn early_return_before_a_loop() {
    let f = |z: &[f64]| early_return_slice(&z[..3], z[3]);
    let jvp = |z: &[f64], v: &[f64]| early_return_slice_jvp(&z[..3], &v[..3], z[3], v[3]);
    let grad = |z: &[f64]| {
        let mut g = vec![0.0; 3];
        let (v, gl) = early_return_slice_grad(&z[..3], &mut g, z[3]);
        g.push(gl);
        (v, g)
    };
    let vjp = |z: &[f64], s: f64| {
        let mut g = vec![0.0; 3];
        let (v, gl) = early_return_slice_vjp(&z[..3], &mut g, z[3], s);
        g.push(gl);
        (v, g)
    };
    let hvp = |z: &[f64], d: &[f64]| {
        let mut g = vec![0.0; 3];
        let (v, gl) = early_return_slice_hvp(&z[..3], &d[..3], &mut g, z[3], d[3]);
        g.push(gl);
        (v, g)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    // one point in each branch
    fd::check_scalar("early_return_slice", &m, &[0.8, 0.9, 0.3, 0.2], 1e-6, 1e-4);
    fd::check_scalar("early_return_slice", &m, &[0.8, -0.9, 0.3, 0.2], 1e-6, 1e-4);
}

#[differentiable]
fn mut_copy_of_param(x: f64, y: f64) -> f64 {
    let mut x = x;
    x *= y;
    x = x.sin() + y;
    let mut y = y;
    y -= x;
    x * y
}

#[test]
fn let_mut_copy_of_a_parameter() {
    check_scalars!(
        mut_copy_of_param,
        mut_copy_of_param_jvp,
        mut_copy_of_param_vjp,
        mut_copy_of_param_grad,
        mut_copy_of_param_hvp,
        [0, 1],
        points(11, 4, 2, -1.5, 1.5)
    );
}

#[differentiable]
fn if_inside_expressions(x: f64, y: f64) -> f64 {
    let a = x * if y > 0.0 { y } else { -y };
    let b = (if x > y { x } else { y }) + { a * 2.0 };
    a * b - if a < 0.0 { a.exp() } else { a.sin() }
}

#[test]
fn if_else_inside_binary_expressions() {
    let pts = points(12, 30, 2, -1.5, 1.5)
        .into_iter()
        .filter(|z| z[1].abs() > 0.05 && (z[0] - z[1]).abs() > 0.05 && (z[0] * z[1]).abs() > 0.05);
    check_scalars!(
        if_inside_expressions,
        if_inside_expressions_jvp,
        if_inside_expressions_vjp,
        if_inside_expressions_grad,
        if_inside_expressions_hvp,
        [0, 1],
        pts
    );
}

#[differentiable]
fn array_early_return(x: f64, y: f64) -> [f64; 2] {
    let a = x * y;
    if a > 1.0 {
        return [a, y];
    } else if x < -1.0 {
        return [y * y, a.sin()];
    }
    [y, a * x]
}

#[test]
fn early_return_of_an_array() {
    let f = |z: &[f64]| array_early_return(z[0], z[1]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (a, b) = array_early_return_jvp(z[0], v[0], z[1], v[1]);
        (a.to_vec(), b.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let (a, bx, by) = array_early_return_vjp(z[0], z[1], [s[0], s[1]]);
        (a.to_vec(), vec![bx, by])
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    // one point per branch
    for x in [vec![1.5, 1.2], vec![-1.5, 0.3], vec![0.4, -0.6]] {
        fd::check_vector("array_early_return", &m, &x, 1e-6);
    }
}

// ---------------------------------------------------------------- outputs that do not (always) depend on the inputs

#[differentiable]
fn relu(x: f64) -> f64 {
    if x < 0.0 {
        return 0.0;
    }
    x
}

#[differentiable]
#[allow(unused_variables)]
fn constant_output(x: f64) -> f64 {
    1.0
}

#[differentiable]
#[allow(unused_variables)]
fn returns_a_parameter(x: f64, y: f64) -> f64 {
    x
}

#[differentiable]
fn returns_an_integer_cast(x: f64, k: usize) -> f64 {
    if x > 0.0 {
        return k as f64;
    }
    x * x
}

#[differentiable]
#[allow(unused_variables)]
fn constant_slice_output(x: &[f64]) -> f64 {
    2.5
}

#[differentiable]
#[allow(unused_variables)]
fn unused_slice(x: &[f64], y: &[f64]) -> f64 {
    x[0] * 2.0
}

#[test]
fn outputs_independent_of_some_or_all_inputs() {
    // analytic: the derivative of the branch taken, zero for constants
    assert_eq!(relu(-1.0), 0.0);
    assert_eq!(relu_grad(-1.0), (0.0, 0.0));
    assert_eq!(relu_grad(2.0), (2.0, 1.0));
    assert_eq!(relu_hvp(2.0, 1.0), (2.0, 0.0));
    assert_eq!(relu_jvp(-2.0, 1.0), (0.0, 0.0));
    assert_eq!(relu_vjp(2.0, 3.0), (2.0, 3.0));
    assert_eq!(constant_output(3.0), 1.0);
    assert_eq!(constant_output_grad(3.0), (1.0, 0.0));
    assert_eq!(constant_output_hvp(3.0, 1.0), (1.0, 0.0));
    assert_eq!(constant_output_jvp(3.0, 1.0), (1.0, 0.0));
    assert_eq!(constant_output_vjp(3.0, 1.0), (1.0, 0.0));
    assert_eq!(returns_a_parameter(3.0, 4.0), 3.0);
    assert_eq!(returns_a_parameter_grad(3.0, 4.0), (3.0, 1.0, 0.0));
    assert_eq!(returns_a_parameter_hvp(3.0, 1.0, 4.0, 1.0), (3.0, 0.0, 0.0));
    assert_eq!(returns_an_integer_cast(3.0, 7), 7.0);
    assert_eq!(returns_an_integer_cast_grad(3.0, 7), (7.0, 0.0));
    assert_eq!(returns_an_integer_cast_grad(-3.0, 7), (9.0, -6.0));
    assert_eq!(returns_an_integer_cast_hvp(-3.0, 1.0, 7), (9.0, 2.0));
    let mut g = [5.0; 3];
    assert_eq!(constant_slice_output(&[1.0, 2.0, 3.0]), 2.5);
    assert_eq!(constant_slice_output_grad(&[1.0, 2.0, 3.0], &mut g), 2.5);
    assert_eq!(g, [0.0; 3]);
    let mut h = [5.0; 3];
    constant_slice_output_hvp(&[1.0, 2.0, 3.0], &[1.0; 3], &mut h);
    assert_eq!(h, [0.0; 3]);
    let (mut gx, mut gy) = ([5.0; 2], [5.0; 2]);
    assert_eq!(unused_slice(&[1.0, 2.0], &[3.0, 4.0]), 2.0);
    unused_slice_grad(&[1.0, 2.0], &mut gx, &[3.0, 4.0], &mut gy);
    assert_eq!((gx, gy), ([2.0, 0.0], [0.0, 0.0]));
    unused_slice_hvp(
        &[1.0, 2.0],
        &[1.0, 1.0],
        &mut gx,
        &[3.0, 4.0],
        &[1.0, 1.0],
        &mut gy,
    );
    assert_eq!((gx, gy), ([0.0, 0.0], [0.0, 0.0]));
}

#[differentiable]
fn shadow_slice_by_element<T: num_traits::Float>(x: &[T]) -> T {
    let y: T = x[1];
    let x = x[0];
    let x: T = x * y;
    x * x
}

#[test]
fn shadowing_a_slice_parameter_by_a_scalar() {
    // f = (x0 x1)^2
    let mut g = [0.0; 2];
    let v = shadow_slice_by_element_grad(&[2.0, 3.0], &mut g);
    assert_eq!(v, shadow_slice_by_element(&[2.0, 3.0]));
    assert_eq!((v, g), (36.0, [36.0, 24.0]));
    let mut h = [0.0; 2];
    shadow_slice_by_element_hvp(&[2.0, 3.0], &[1.0, 0.0], &mut h);
    assert_eq!(h, [18.0, 24.0]);
}

#[differentiable]
fn tuple_assignment(x: f64, y: f64) -> f64 {
    let (mut a, mut b) = (x, y);
    for _ in 0..3 {
        (a, b) = (b, a * b + 0.5);
    }
    (a, b) = (a.sin(), b);
    a + b
}

#[test]
fn tuple_assignment_of_active_values() {
    check_scalars!(
        tuple_assignment,
        tuple_assignment_jvp,
        tuple_assignment_vjp,
        tuple_assignment_grad,
        tuple_assignment_hvp,
        [0, 1],
        points(13, 4, 2, -1.0, 1.0)
    );
}

#[differentiable]
#[allow(clippy::used_underscore_binding)]
fn assertions(x: &[f64], _: usize, _unused: bool) -> f64 {
    assert!(x.len() >= 2, "need two values");
    debug_assert!(x[0].is_finite());
    assert!(x[0] > -100.0);
    x[0] * x[1]
}

#[test]
fn assertions_and_underscore_parameters() {
    let mut g = [0.0; 2];
    assert_eq!(assertions(&[2.0, 3.0], 7, true), 6.0);
    assert_eq!(assertions_grad(&[2.0, 3.0], &mut g, 7, true), 6.0);
    assert_eq!(g, [3.0, 2.0]);
    let mut h = [0.0; 2];
    assertions_hvp(&[2.0, 3.0], &[1.0, 0.0], &mut h, 7, true);
    assert_eq!(h, [0.0, 1.0]);
    assert_eq!(
        assertions_jvp(&[2.0, 3.0], &[0.0, 1.0], 7, false),
        (6.0, 2.0)
    );
}

#[test]
#[should_panic(expected = "need two values")]
fn assertions_still_fire_in_generated_functions() {
    let mut g = [0.0; 1];
    assertions_grad(&[2.0], &mut g, 7, true);
}

#[differentiable]
fn local_names(x: f64, y: f64) -> f64 {
    let seed = x * 2.0;
    let x_bar = seed * y;
    let x_tangent = x_bar.sin();
    let y_dir = x_tangent + y;
    let x_grad = y_dir * x;
    let value = x_grad - seed;
    let krate = value * 1.5;
    krate + x_bar
}
#[differentiable]
fn local_names_slice(x: &[f64]) -> f64 {
    let mut x_hv = 0.0;
    let mut x_bar = 1.0;
    for i in 0..x.len() {
        let seed = x[i] * x[i];
        x_hv += seed;
        x_bar *= 1.0 + seed;
    }
    let x_dir = x_hv * x_bar;
    x_dir * x_dir.cos()
}
#[test]
fn locals_named_like_generated_identifiers() {
    check_scalars!(
        local_names,
        local_names_jvp,
        local_names_vjp,
        local_names_grad,
        local_names_hvp,
        [0, 1],
        points(1, 3, 2, -1.0, 1.0)
    );
    check_slice!(
        local_names_slice,
        local_names_slice_jvp,
        local_names_slice_vjp,
        local_names_slice_grad,
        local_names_slice_hvp,
        points(2, 3, 3, -1.0, 1.0)
    );
}
