//! Nested derivatives: differentiable functions whose bodies call the generated
//! derivatives of others (`g_grad`, `g_jvp`, `g_vjp`), differentiated in forward mode
//! (`_jvp`) and reverse mode (`_grad`, `_vjp`).
//!
//! Oracle: central finite differences of reference functions written with the
//! callee's derivatives by hand (never the generated ones), from `common/fd.rs`.

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::{differentiable, no_grad};
use fd::{close, points};
use num_traits::Float;

// ---------------------------------------------------------------- the callee

#[differentiable]
fn g(x: f64, y: f64) -> f64 {
    x * x * y + (x * y).sin()
}

/// `g`, `dg/dx`, `dg/dy`, by hand.
fn g_by_hand(x: f64, y: f64) -> (f64, f64, f64) {
    let c = (x * y).cos();
    (
        x * x * y + (x * y).sin(),
        2.0 * x * y + y * c,
        x * x + x * c,
    )
}

// ---------------------------------------------------------------- callers

#[differentiable(no_hvp)]
fn through_grad(a: f64, b: f64) -> f64 {
    let (v, dx, dy) = g_grad(a, b * b);
    v * dx + dy * a.sin()
}

fn through_grad_ref(a: f64, b: f64) -> f64 {
    let (v, dx, dy) = g_by_hand(a, b * b);
    v * dx + dy * a.sin()
}

// the direction of the inner JVP is active too
#[differentiable(no_hvp)]
fn through_jvp(a: f64, b: f64) -> f64 {
    let (v, t) = g_jvp(a, b, b, 0.5 * a);
    v * t + t * t
}

fn through_jvp_ref(a: f64, b: f64) -> f64 {
    let (v, dx, dy) = g_by_hand(a, b);
    let t = dx * b + dy * 0.5 * a;
    v * t + t * t
}

// the seed of the inner VJP is active too
#[differentiable(no_hvp)]
fn through_vjp(a: f64, b: f64) -> f64 {
    let (v, sx, sy) = g_vjp(a, b, a * b);
    v + sx * sy
}

fn through_vjp_ref(a: f64, b: f64) -> f64 {
    let (v, dx, dy) = g_by_hand(a, b);
    v + (a * b * dx) * (a * b * dy)
}

// gradient steps in a loop, with an inactive step size
#[differentiable(no_hvp)]
fn descent(w: f64, b: f64) -> f64 {
    let lr = 0.05;
    let mut x = w;
    let mut y = b;
    for _ in 0..4 {
        let (_, gx, gy) = g_grad(x, y);
        x -= lr * gx;
        y -= lr * gy;
    }
    x * y
}

fn descent_ref(w: f64, b: f64) -> f64 {
    let lr = 0.05;
    let (mut x, mut y) = (w, b);
    for _ in 0..4 {
        let (_, gx, gy) = g_by_hand(x, y);
        x -= lr * gx;
        y -= lr * gy;
    }
    x * y
}

// a nested call in a branch, one output unused, a constant argument
#[differentiable(no_hvp)]
fn branchy(a: f64, b: f64) -> f64 {
    if a > 0.0 {
        let (_, d) = g_jvp(a, 1.0, 0.3, 0.0);
        d * b
    } else {
        let (v, _, dy) = g_grad(b, a);
        v - dy
    }
}

fn branchy_ref(a: f64, b: f64) -> f64 {
    if a > 0.0 {
        g_by_hand(a, 0.3).1 * b
    } else {
        let (v, _, dy) = g_by_hand(b, a);
        v - dy
    }
}

// a callee with inactive parameters: an integer, and a float outside its `wrt`
#[differentiable(wrt(x))]
fn power(x: f64, k: i32, c: f64) -> f64 {
    c * x.powi(k)
}

#[differentiable(no_hvp)]
fn through_power(a: f64) -> f64 {
    let (_, d) = power_grad(a, 3, no_grad(2.0));
    let (_, t) = power_jvp(a, a, 2, no_grad(0.5));
    d * a + t
}

fn through_power_ref(a: f64) -> f64 {
    6.0 * a * a * a + a * a
}

// generic caller and callee
#[differentiable]
fn soft<T: Float>(x: T, y: T) -> T {
    (x * y).exp() + x * x
}

#[differentiable(no_hvp)]
fn soft_caller<T: Float>(a: T, b: T) -> T {
    let (_, dx, dy) = soft_grad(a, b);
    dx * dy
}

fn soft_caller_ref(a: f64, b: f64) -> f64 {
    let e = (a * b).exp();
    (b * e + 2.0 * a) * (a * e)
}

// a nested call in a loop whose arguments become active only through the value the
// loop carries (a plain call in the first pass of the activity analysis), its result
// passed on to another nested call
#[differentiable(no_hvp)]
fn carried(a: f64, b: f64) -> f64 {
    let mut s = 0.5;
    for _ in 0..3 {
        s += 0.1 * {
            let (_, dx, _) = g_grad(a, {
                let (_, t) = g_jvp(s, 0.5, b, 0.5);
                t
            });
            dx
        };
    }
    s
}

fn carried_ref(a: f64, b: f64) -> f64 {
    let mut s = 0.5;
    for _ in 0..3 {
        let (_, gx, gy) = g_by_hand(s, b);
        let t = 0.5 * gx + 0.5 * gy;
        let (_, dx, _) = g_by_hand(a, t);
        s += 0.1 * dx;
    }
    s
}

// the loop-carried value the inner call's only active argument (its other arguments
// constants): a plain call in the first pass of the activity analysis, whose results
// are floats all the same (passed on to a nested call that is active from the first
// pass), and whose block declares `t` in every pass (the variables after it keep their
// activity)
#[differentiable(no_hvp)]
fn carried_only(a: f64, b: f64) -> f64 {
    let mut s = 1.0;
    for _ in 0..3 {
        s += ({
            let (_, dx, _) = g_grad(a, {
                let (_, t) = g_jvp(s, 0.5, 0.5, 0.5);
                t
            });
            dx
        })
        .tanh();
    }
    s * b
}

fn carried_only_ref(a: f64, b: f64) -> f64 {
    let mut s = 1.0;
    for _ in 0..3 {
        let (_, gx, gy) = g_by_hand(s, 0.5);
        let t = 0.5 * gx + 0.5 * gy;
        let (_, dx, _) = g_by_hand(a, t);
        s += dx.tanh();
    }
    s * b
}

// the same with both calls plain in the first pass, and an integer declared after
// the loop (seeded with the activity of the variable declared after it)
#[differentiable(no_hvp)]
fn carried_twice(a: f64, b: f64) -> f64 {
    let mut s = 1.0;
    for _ in 0..3 {
        s += 0.2
            * b
            * ({
                let (_, dx, _) = g_grad(0.3, {
                    let (_, t) = g_jvp(s, 0.5, 0.5, 0.5);
                    t
                });
                dx
            })
            .tanh()
            + a;
    }
    let k = 2;
    let y = a * b;
    s * b.powi(k) + y
}

fn carried_twice_ref(a: f64, b: f64) -> f64 {
    let mut s = 1.0;
    for _ in 0..3 {
        let (_, gx, gy) = g_by_hand(s, 0.5);
        let t = 0.5 * gx + 0.5 * gy;
        let (_, dx, _) = g_by_hand(0.3, t);
        s += 0.2 * b * dx.tanh() + a;
    }
    s * b.powi(2) + a * b
}

/// The index of the entry of `h` nearest to `p`: a plain helper with an integer result.
fn nearest(h: &[f64; 3], p: f64) -> usize {
    let mut best = 0;
    for j in 1..3 {
        if (h[j] - p).abs() < (h[best] - p).abs() {
            best = j;
        }
    }
    best
}

// an integer call whose argument declares the variables of a nested call: its result
// stays inactive (an index), the nested call's variables are declared in every pass
#[differentiable(no_hvp)]
fn index_from_a_gradient(a: f64, b: f64) -> f64 {
    let s = a.sin();
    let h = [s, b, 0.5];
    let j: usize = nearest(
        &h,
        ({
            let (_, d, _) = g_grad(s, h[1]);
            d
        })
        .tanh(),
    );
    s * h[j] + b * s
}

fn index_from_a_gradient_ref(a: f64, b: f64) -> f64 {
    let s = a.sin();
    let h = [s, b, 0.5];
    let (_, d, _) = g_by_hand(s, h[1]);
    let j = nearest(&h, d.tanh());
    s * h[j] + b * s
}

// ---------------------------------------------------------------- checks

fn fd_partials(f: &dyn Fn(f64, f64) -> f64, a: f64, b: f64) -> (f64, f64) {
    let g = fd::grad(&|x: &[f64]| f(x[0], x[1]), &[a, b]);
    (g[0], g[1])
}

type Pair = fn(f64, f64) -> f64;
type Jvp2 = fn(f64, f64, f64, f64) -> (f64, f64);
type Grad2 = fn(f64, f64) -> (f64, f64, f64);
type Vjp2 = fn(f64, f64, f64) -> (f64, f64, f64);

/// The functions a two-argument caller has: itself and its derivatives.
struct Generated {
    primal: Pair,
    jvp: Jvp2,
    grad: Grad2,
    vjp: Vjp2,
}

/// Every mode of a two-argument caller against finite differences of its reference.
fn check_pair(name: &str, reference: Pair, f: Generated, seed: u64) {
    let Generated {
        primal,
        jvp,
        grad,
        vjp,
    } = f;
    for p in points(seed, 6, 2, -1.2, 1.2) {
        let (a, b) = (p[0], p[1]);
        let (fa, fb) = fd_partials(&reference, a, b);
        let value = reference(a, b);
        close(&format!("{name} value"), primal(a, b), value, 1e-12);
        let (v, ta) = jvp(a, 1.0, b, 0.0);
        close(&format!("{name} jvp value"), v, value, 1e-12);
        close(&format!("{name} jvp a at {p:?}"), ta, fa, 1e-6);
        let (_, tb) = jvp(a, 0.0, b, 1.0);
        close(&format!("{name} jvp b at {p:?}"), tb, fb, 1e-6);
        let (v, ga, gb) = grad(a, b);
        close(&format!("{name} grad value"), v, value, 1e-12);
        close(&format!("{name} grad a at {p:?}"), ga, fa, 1e-6);
        close(&format!("{name} grad b at {p:?}"), gb, fb, 1e-6);
        let (_, sa, sb) = vjp(a, b, -0.7);
        close(&format!("{name} vjp a at {p:?}"), sa, -0.7 * fa, 1e-6);
        close(&format!("{name} vjp b at {p:?}"), sb, -0.7 * fb, 1e-6);
    }
}

#[test]
fn derivative_of_a_gradient() {
    check_pair(
        "through_grad",
        through_grad_ref,
        Generated {
            primal: through_grad,
            jvp: through_grad_jvp,
            grad: through_grad_grad,
            vjp: through_grad_vjp,
        },
        1,
    );
}

#[test]
fn derivative_of_a_jvp() {
    check_pair(
        "through_jvp",
        through_jvp_ref,
        Generated {
            primal: through_jvp,
            jvp: through_jvp_jvp,
            grad: through_jvp_grad,
            vjp: through_jvp_vjp,
        },
        2,
    );
}

#[test]
fn derivative_of_a_vjp() {
    check_pair(
        "through_vjp",
        through_vjp_ref,
        Generated {
            primal: through_vjp,
            jvp: through_vjp_jvp,
            grad: through_vjp_grad,
            vjp: through_vjp_vjp,
        },
        3,
    );
}

#[test]
fn derivative_of_gradient_steps_in_a_loop() {
    check_pair(
        "descent",
        descent_ref,
        Generated {
            primal: descent,
            jvp: descent_jvp,
            grad: descent_grad,
            vjp: descent_vjp,
        },
        4,
    );
}

#[test]
fn nested_calls_on_a_loop_carried_value() {
    check_pair(
        "carried",
        carried_ref,
        Generated {
            primal: carried,
            jvp: carried_jvp,
            grad: carried_grad,
            vjp: carried_vjp,
        },
        11,
    );
}

#[test]
fn nested_calls_active_only_through_a_loop_carried_value() {
    check_pair(
        "carried_only",
        carried_only_ref,
        Generated {
            primal: carried_only,
            jvp: carried_only_jvp,
            grad: carried_only_grad,
            vjp: carried_only_vjp,
        },
        12,
    );
    check_pair(
        "carried_twice",
        carried_twice_ref,
        Generated {
            primal: carried_twice,
            jvp: carried_twice_jvp,
            grad: carried_twice_grad,
            vjp: carried_twice_vjp,
        },
        13,
    );
}

#[test]
fn nested_calls_in_branches() {
    check_pair(
        "branchy",
        branchy_ref,
        Generated {
            primal: branchy,
            jvp: branchy_jvp,
            grad: branchy_grad,
            vjp: branchy_vjp,
        },
        5,
    );
}

#[test]
fn generic_nested_call() {
    check_pair(
        "soft_caller",
        soft_caller_ref,
        Generated {
            primal: soft_caller::<f64>,
            jvp: soft_caller_jvp::<f64>,
            grad: soft_caller_grad::<f64>,
            vjp: soft_caller_vjp::<f64>,
        },
        6,
    );
}

#[test]
fn callee_with_inactive_parameters() {
    for a in [-1.1, -0.3, 0.4, 1.3] {
        let h = 1e-6;
        let want = (through_power_ref(a + h) - through_power_ref(a - h)) / (2.0 * h);
        close(
            "through_power value",
            through_power(a),
            through_power_ref(a),
            1e-12,
        );
        close("through_power jvp", through_power_jvp(a, 1.0).1, want, 1e-7);
        close("through_power grad", through_power_grad(a).1, want, 1e-7);
    }
}

// ---------------------------------------------------------------- perturbation confusion

#[differentiable]
fn add(x: f64, y: f64) -> f64 {
    x + y
}

#[differentiable]
fn mul(x: f64, y: f64) -> f64 {
    x * y
}

// d/dx [x · d/dy (x + y)] = 1 (a derivative that confuses the perturbations of x and
// y gives 2)
#[differentiable(no_hvp)]
fn confusion_grad_inner(x: f64) -> f64 {
    let (_, _, d) = add_grad(x, 1.0);
    x * d
}

#[differentiable(no_hvp)]
fn confusion_jvp_inner(x: f64) -> f64 {
    let (_, d) = add_jvp(x, 0.0, 1.0, 1.0);
    x * d
}

// d/dx [x · d/dy (x · y)] = d/dx x² = 2x: the inner derivative depends on x
#[differentiable(no_hvp)]
fn cross_grad_inner(x: f64) -> f64 {
    let (_, _, d) = mul_grad(x, 1.0);
    x * d
}

#[differentiable(no_hvp)]
fn cross_jvp_inner(x: f64) -> f64 {
    let (_, d) = mul_jvp(x, 0.0, 1.0, 1.0);
    x * d
}

#[test]
fn no_perturbation_confusion() {
    for x in [-2.0, 0.5, 1.0, 3.0] {
        assert_eq!(confusion_grad_inner(x), x);
        assert_eq!(confusion_jvp_inner(x), x);
        assert_eq!(cross_grad_inner(x), x * x);
        assert_eq!(cross_jvp_inner(x), x * x);
        assert_eq!(
            confusion_grad_inner_jvp(x, 1.0).1,
            1.0,
            "forward over reverse"
        );
        assert_eq!(confusion_grad_inner_grad(x).1, 1.0, "reverse over reverse");
        assert_eq!(
            confusion_jvp_inner_jvp(x, 1.0).1,
            1.0,
            "forward over forward"
        );
        assert_eq!(confusion_jvp_inner_grad(x).1, 1.0, "reverse over forward");
        assert_eq!(cross_grad_inner_jvp(x, 1.0).1, 2.0 * x);
        assert_eq!(cross_grad_inner_grad(x).1, 2.0 * x);
        assert_eq!(cross_jvp_inner_jvp(x, 1.0).1, 2.0 * x);
        assert_eq!(cross_jvp_inner_grad(x).1, 2.0 * x);
    }
}

#[test]
fn callees_match_their_formulas() {
    for p in points(7, 4, 2, -1.0, 1.0) {
        let (a, b) = (p[0], p[1]);
        close("g", g(a, b), g_by_hand(a, b).0, 1e-15);
        close("power", power(a, 3, 2.0), 2.0 * a * a * a, 1e-15);
        close("soft", soft(a, b), (a * b).exp() + a * a, 1e-15);
        close("add", add(a, b), a + b, 0.0);
        close("mul", mul(a, b), a * b, 0.0);
        close(
            "energy",
            energy(&[a, b, a]),
            energy_by_hand(&[a, b, a]).0,
            1e-15,
        );
    }
}

// ---------------------------------------------------------------- active values outside the callee's `wrt`

/// `add` differentiated in `y` only; the callers pass an active `x`.
mod add_in_y {
    use differentiable::differentiable;

    #[differentiable(wrt(y))]
    pub fn add(x: f64, y: f64) -> f64 {
        x + y
    }

    // d/dx [x · d/dy (x + y)] = 1, with the inner derivative from a `wrt(y)` callee
    #[differentiable(no_hvp)]
    pub fn confusion(x: f64) -> f64 {
        let (_, d) = add_grad(x, 1.0);
        x * d
    }
}

#[test]
fn no_perturbation_confusion_through_a_callee_with_wrt() {
    use add_in_y::*;
    for x in [-2.0, 0.5, 1.0, 3.0] {
        assert_eq!(add(x, 0.25), x + 0.25);
        assert_eq!(confusion(x), x);
        assert_eq!(confusion_jvp(x, 1.0), (x, 1.0), "forward over reverse");
        assert_eq!(confusion_grad(x), (x, 1.0), "reverse over reverse");
        assert_eq!(confusion_vjp(x, -0.5), (x, -0.5), "reverse over reverse");
    }
}

// a callee differentiated in `y` only, with a cross term in `x` and `y`, an integer
// parameter and a float one outside its `wrt`
#[differentiable(wrt(y))]
fn twist(x: f64, n: i32, y: f64, c: f64) -> f64 {
    c * x * x * y.sin() + x.powi(n) * y * y
}

/// `twist` and `d twist / dy`, by hand.
fn twist_by_hand(x: f64, n: i32, y: f64, c: f64) -> (f64, f64) {
    (
        c * x * x * y.sin() + x.powi(n) * y * y,
        c * x * x * y.cos() + 2.0 * x.powi(n) * y,
    )
}

// `x` active outside the callee's `wrt`, `y` active inside, `c` passed as `no_grad`
#[differentiable(no_hvp)]
fn through_twist(a: f64, b: f64) -> f64 {
    let (v, d) = twist_grad(a * b, 3, b, no_grad(1.5));
    v * d + d.sin() * a
}

fn through_twist_ref(a: f64, b: f64) -> f64 {
    let (v, d) = twist_by_hand(a * b, 3, b, 1.5);
    v * d + d.sin() * a
}

// a constant for the `wrt` parameter, active values for both floats outside it
#[differentiable(no_hvp)]
fn twist_at_constant(a: f64, b: f64) -> f64 {
    let (_, d) = twist_grad(a, 2, 0.7, b * b);
    d * d + a
}

fn twist_at_constant_ref(a: f64, b: f64) -> f64 {
    let (_, d) = twist_by_hand(a, 2, 0.7, b * b);
    d * d + a
}

// two `wrt` parameters and one outside them: the gradient's parts in order
#[differentiable(wrt(y, z))]
fn tri(x: f64, y: f64, z: f64) -> f64 {
    x * y * z + x.exp() * z * z
}

#[differentiable(no_hvp)]
fn through_tri(a: f64, b: f64) -> f64 {
    let (v, dy, dz) = tri_grad(a, b, a * b);
    v + dy * dz - 2.0 * dz
}

fn through_tri_ref(a: f64, b: f64) -> f64 {
    let (x, y, z) = (a, b, a * b);
    let (v, dy, dz) = (
        x * y * z + x.exp() * z * z,
        x * z,
        x * y + 2.0 * x.exp() * z,
    );
    v + dy * dz - 2.0 * dz
}

// generic callee and caller
#[differentiable(wrt(y))]
fn soft_in_y<T: Float>(x: T, y: T) -> T {
    (x * y).exp() + x * x * y
}

#[differentiable(no_hvp)]
fn soft_in_y_caller<T: Float>(a: T, b: T) -> T {
    let (v, d) = soft_in_y_grad(a * b, b);
    v + d * a
}

fn soft_in_y_caller_ref(a: f64, b: f64) -> f64 {
    let (x, y) = (a * b, b);
    let (v, d) = ((x * y).exp() + x * x * y, x * (x * y).exp() + x * x);
    v + d * a
}

#[test]
fn active_values_outside_the_callees_wrt() {
    for p in points(31, 5, 2, -1.0, 1.0) {
        let (x, y) = (p[0], p[1]);
        let (v, d) = twist_by_hand(x, 3, y, 0.8);
        close("twist", twist(x, 3, y, 0.8), v, 1e-15);
        close("twist_grad", twist_grad(x, 3, y, 0.8).1, d, 1e-14);
        close("tri", tri(x, y, 0.3), x * y * 0.3 + x.exp() * 0.09, 1e-15);
        close(
            "soft_in_y",
            soft_in_y(x, y),
            (x * y).exp() + x * x * y,
            1e-15,
        );
    }
    check_pair(
        "through_twist",
        through_twist_ref,
        Generated {
            primal: through_twist,
            jvp: through_twist_jvp,
            grad: through_twist_grad,
            vjp: through_twist_vjp,
        },
        32,
    );
    check_pair(
        "twist_at_constant",
        twist_at_constant_ref,
        Generated {
            primal: twist_at_constant,
            jvp: twist_at_constant_jvp,
            grad: twist_at_constant_grad,
            vjp: twist_at_constant_vjp,
        },
        33,
    );
    check_pair(
        "through_tri",
        through_tri_ref,
        Generated {
            primal: through_tri,
            jvp: through_tri_jvp,
            grad: through_tri_grad,
            vjp: through_tri_vjp,
        },
        34,
    );
    check_pair(
        "soft_in_y_caller",
        soft_in_y_caller_ref,
        Generated {
            primal: soft_in_y_caller::<f64>,
            jvp: soft_in_y_caller_jvp::<f64>,
            grad: soft_in_y_caller_grad::<f64>,
            vjp: soft_in_y_caller_vjp::<f64>,
        },
        35,
    );
}

// ---------------------------------------------------------------- callees of slices

#[differentiable]
fn energy(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        s += x[i] * x[i] * x[i + 1] + x[i].sin();
    }
    s
}

/// `energy` and its gradient, by hand.
fn energy_by_hand(x: &[f64]) -> (f64, Vec<f64>) {
    let mut s = 0.0;
    let mut g = vec![0.0; x.len()];
    for i in 0..x.len() - 1 {
        s += x[i] * x[i] * x[i + 1] + x[i].sin();
        g[i] += 2.0 * x[i] * x[i + 1] + x[i].cos();
        g[i + 1] += x[i] * x[i];
    }
    (s, g)
}

// the gradient into a local array, of a parameter and of a local array
#[differentiable(no_hvp)]
fn through_slice_grad(x: &[f64; 3]) -> f64 {
    let mut gx = [0.0; 3];
    let v = energy_grad(x, &mut gx);
    let y = [x[0] * 2.0, x[1] - x[2], x[2]];
    let mut gy = [0.0; 3];
    let w = energy_grad(&y, &mut gy);
    v * gx[0] + gx[1] * gx[2] + w * gy[1]
}

fn through_slice_grad_ref(x: &[f64]) -> f64 {
    let (v, gx) = energy_by_hand(x);
    let y = [x[0] * 2.0, x[1] - x[2], x[2]];
    let (w, gy) = energy_by_hand(&y);
    v * gx[0] + gx[1] * gx[2] + w * gy[1]
}

// gradient steps on a local array
#[differentiable(no_hvp)]
fn slice_descent(x: &[f64; 3]) -> f64 {
    let mut w = [x[0], x[1], x[2]];
    let mut g = [0.0; 3];
    for _ in 0..3 {
        let _ = energy_grad(&w, &mut g);
        for i in 0..3 {
            w[i] -= 0.1 * g[i];
        }
    }
    w[0] * w[1] + w[2]
}

fn slice_descent_ref(x: &[f64]) -> f64 {
    let mut w = x.to_vec();
    for _ in 0..3 {
        let (_, g) = energy_by_hand(&w);
        for i in 0..3 {
            w[i] -= 0.1 * g[i];
        }
    }
    w[0] * w[1] + w[2]
}

// the gradient into an out-parameter: this function's Jacobian is energy's Hessian
#[differentiable]
fn energy_gradient_into(x: &[f64; 3], out: &mut [f64; 3]) {
    let _ = energy_grad(x, out);
}

// a callee taking `&[F; N]` (not `&[F]`), generic, called in a loop
#[differentiable]
fn energy_arr<T: Float>(x: &[T; 3]) -> T {
    let mut s = T::zero();
    for i in 0..2 {
        s = s + x[i] * x[i] * x[i + 1] + x[i].sin();
    }
    s
}

#[differentiable(no_hvp)]
fn through_array_callee(x: &[f64; 3]) -> f64 {
    let mut s = 0.5;
    for _ in 0..2 {
        let h = [x[0] * s, x[1], x[2] - s];
        let mut g = [0.0; 3];
        let v = energy_arr_grad(&h, &mut g);
        s = (0.3 * v + g[0] - g[2]).tanh();
    }
    s
}

fn through_array_callee_ref(x: &[f64]) -> f64 {
    let mut s = 0.5;
    for _ in 0..2 {
        let h = [x[0] * s, x[1], x[2] - s];
        let (v, g) = energy_by_hand(&h);
        s = (0.3 * v + g[0] - g[2]).tanh();
    }
    s
}

// a nested slice `g_grad` of a constant array, and one of an array active only
// through the value the loop carries (constant in the first activity pass): both
// write their buffers, which are read after the calls
#[differentiable(no_hvp)]
fn slice_grad_of_constants(a: f64, b: f64) -> f64 {
    let mut s = 0.5;
    for _ in 0..3 {
        let h = [0.3, -0.2, 0.7];
        let mut g = [0.0; 3];
        let v = energy_grad(&h, &mut g);
        let w = [s, 0.4, -0.1];
        let mut gw = [0.0; 3];
        let u = energy_grad(&w, &mut gw);
        s += a * (g[0] + 0.1 * v) + b * (0.3 * gw[0] - gw[1] + 0.1 * u).tanh();
    }
    s
}

fn slice_grad_of_constants_ref(a: f64, b: f64) -> f64 {
    let mut s = 0.5;
    for _ in 0..3 {
        let (v, g) = energy_by_hand(&[0.3, -0.2, 0.7]);
        let (u, gw) = energy_by_hand(&[s, 0.4, -0.1]);
        s += a * (g[0] + 0.1 * v) + b * (0.3 * gw[0] - gw[1] + 0.1 * u).tanh();
    }
    s
}

fn check_slice_caller(
    name: &str,
    reference: fn(&[f64]) -> f64,
    primal: fn(&[f64; 3]) -> f64,
    jvp: fn(&[f64; 3], &[f64; 3]) -> (f64, f64),
    grad: fn(&[f64; 3], &mut [f64; 3]) -> f64,
) {
    for p in points(21, 5, 3, -1.0, 1.0) {
        let x = [p[0], p[1], p[2]];
        let want = fd::grad(&reference, &p);
        close(&format!("{name} value"), primal(&x), reference(&p), 1e-12);
        let mut g = [0.0; 3];
        let v = grad(&x, &mut g);
        close(&format!("{name} grad value"), v, reference(&p), 1e-12);
        for k in 0..3 {
            let mut e = [0.0; 3];
            e[k] = 1.0;
            let (_, t) = jvp(&x, &e);
            close(&format!("{name} jvp {k} at {p:?}"), t, want[k], 1e-6);
            close(&format!("{name} grad {k} at {p:?}"), g[k], want[k], 1e-6);
        }
    }
}

#[test]
fn derivative_of_a_gradient_into_a_local_array() {
    check_slice_caller(
        "through_slice_grad",
        through_slice_grad_ref,
        through_slice_grad,
        through_slice_grad_jvp,
        through_slice_grad_grad,
    );
    check_slice_caller(
        "slice_descent",
        slice_descent_ref,
        slice_descent,
        slice_descent_jvp,
        slice_descent_grad,
    );
}

#[test]
fn derivative_of_a_gradient_of_a_callee_taking_an_array_reference() {
    check_slice_caller(
        "through_array_callee",
        through_array_callee_ref,
        through_array_callee,
        through_array_callee_jvp,
        through_array_callee_grad,
    );
    for p in points(23, 5, 3, -1.0, 1.0) {
        let x = [p[0], p[1], p[2]];
        close("energy_arr", energy_arr(&x), energy_by_hand(&p).0, 1e-12);
        let want = fd::grad(&through_array_callee_ref, &p);
        let mut xb = [0.25; 3];
        let v = through_array_callee_vjp(&x, &mut xb, -0.7);
        close(
            "through_array_callee vjp value",
            v,
            through_array_callee_ref(&p),
            1e-12,
        );
        for k in 0..3 {
            let msg = format!("through_array_callee vjp {k} at {p:?}");
            close(&msg, xb[k], 0.25 - 0.7 * want[k], 1e-6);
        }
    }
}

#[test]
fn slice_gradients_of_constant_arrays() {
    check_pair(
        "slice_grad_of_constants",
        slice_grad_of_constants_ref,
        Generated {
            primal: slice_grad_of_constants,
            jvp: slice_grad_of_constants_jvp,
            grad: slice_grad_of_constants_grad,
            vjp: slice_grad_of_constants_vjp,
        },
        24,
    );
}

#[test]
fn derivative_of_a_gradient_into_an_out_parameter() {
    for p in points(22, 5, 3, -1.0, 1.0) {
        let x = [p[0], p[1], p[2]];
        let mut out = [0.0; 3];
        energy_gradient_into(&x, &mut out);
        let (_, g) = energy_by_hand(&p);
        fd::close_all("gradient", &out, &g, 1e-12);
        let hess = fd::hessian(&|y: &[f64]| energy_by_hand(y).0, &p);
        let v = [0.4, -0.8, 0.3];
        let (mut o, mut t) = ([0.0; 3], [0.0; 3]);
        energy_gradient_into_jvp(&x, &v, &mut o, &mut t);
        let hv: Vec<f64> = (0..3).map(|i| fd::dot(&hess[i], &v)).collect();
        fd::close_all("H v", &t, &hv, 1e-5);
        let mut xb = [0.0; 3];
        energy_gradient_into_vjp(&x, &mut xb, &mut o, &v);
        fd::close_all("H s", &xb, &hv, 1e-5);
    }
}

#[test]
fn integer_call_of_a_nested_gradient() {
    check_pair(
        "index_from_a_gradient",
        index_from_a_gradient_ref,
        Generated {
            primal: index_from_a_gradient,
            jvp: index_from_a_gradient_jvp,
            grad: index_from_a_gradient_grad,
            vjp: index_from_a_gradient_vjp,
        },
        25,
    );
}
