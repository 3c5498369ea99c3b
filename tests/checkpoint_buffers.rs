//! `#[differentiable(checkpoint = s)]` on loops whose state is a `vec!` buffer written
//! in place: each snapshot copies the buffers' contents, a reversed step runs again
//! from its snapshot.
//!
//! The shapes: an explicit diffusion step (the buffer read and written by a nested
//! loop), a step reading and writing the buffer with no nested loop, a fourth-order
//! Runge-Kutta solver writing its result into an out-parameter after the loop (the
//! GradBench `ode` kernel), two buffers beside a carried scalar, a buffer created inside
//! the step and one passed to a differentiable call, zero, one and many steps, one
//! snapshot and more snapshots than steps.
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`) for `_jvp`, `_vjp`, `_grad` and `_hvp`, and the same body without
//! the option (a tape per step) agreeing to rounding. A custom rule with a call counter
//! pins how many times the step runs for given (steps, snapshots): the least
//! recomputation found by exhaustive search, as for a scalar state.
// Written the way users write numeric loops (index loops, `s = s * x`); the state of a
// short buffer is a `vec!` on purpose.
#![allow(
    clippy::needless_range_loop,
    clippy::assign_op_pattern,
    clippy::useless_vec
)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;
use std::cell::Cell;

// ------------------------------------------------------------ a buffer as the state

macro_rules! diffusion {
    ($name:ident $(, $s:literal)?) => {
        /// Explicit non-linear diffusion on a line: the state a buffer, each step a
        /// nested loop reading neighbours and writing in place.
        #[differentiable$((checkpoint = $s))?]
        fn $name(u0: &[f64], steps: usize) -> f64 {
            let n = u0.len();
            let mut u = vec![0.0; n];
            for i in 0..n {
                u[i] = u0[i];
            }
            for _k in 0..steps {
                let mut left = u[0];
                for i in 1..n - 1 {
                    let here = u[i];
                    u[i] = here + 0.2 * (left - 2.0 * here + u[i + 1]).sin();
                    left = here;
                }
            }
            let mut s = 0.0;
            for i in 0..n {
                s += u[i] * u[i] * (1.0 + 0.1 * i as f64);
            }
            s
        }
    };
}
diffusion!(diffusion, 3);
diffusion!(diffusion_one, 1);
diffusion!(diffusion_many, 64);
diffusion!(diffusion_taped);

#[test]
fn a_buffer_state_with_a_nested_loop_in_every_mode() {
    for steps in [0, 1, 2, 9, 30] {
        check_slice!(
            diffusion,
            diffusion_jvp,
            diffusion_vjp,
            diffusion_grad,
            diffusion_hvp,
            points(11, 3, 5, -1.0, 1.0),
            [steps]
        );
        for x in points(12, 3, 6, -1.0, 1.0) {
            let (mut g, mut gt) = (vec![0.0; 6], vec![0.0; 6]);
            let v = diffusion_grad(&x, &mut g, steps);
            let vt = diffusion_taped_grad(&x, &mut gt, steps);
            assert_eq!(v, vt);
            assert_eq!(v, diffusion_taped(&x, steps));
            fd::close_all("checkpointed vs taped", &g, &gt, 1e-12);
        }
    }
    check_slice!(
        diffusion_one,
        diffusion_one_jvp,
        diffusion_one_vjp,
        diffusion_one_grad,
        diffusion_one_hvp,
        points(13, 2, 4, -1.0, 1.0),
        [7]
    );
    check_slice!(
        diffusion_many,
        diffusion_many_jvp,
        diffusion_many_vjp,
        diffusion_many_grad,
        diffusion_many_hvp,
        points(14, 2, 4, -1.0, 1.0),
        [7]
    );
}

/// A step with no nested loop: it reads two elements of the buffer and writes them
/// back (the reads are what a tape would keep per step).
#[differentiable(checkpoint = 2)]
fn rotor(x: &[f64], steps: usize) -> f64 {
    let mut r = vec![0.0; 2];
    r[0] = x[0];
    r[1] = x[1];
    for _k in 0..steps {
        let a = r[0];
        let b = r[1];
        r[0] = a + 0.1 * (b * x[2]).sin();
        r[1] = b - 0.1 * (a * a).cos();
    }
    r[0] * r[1]
}

#[test]
fn a_step_reading_and_writing_the_buffer_without_a_nested_loop() {
    for steps in [0, 1, 3, 25] {
        check_slice!(
            rotor,
            rotor_jvp,
            rotor_vjp,
            rotor_grad,
            rotor_hvp,
            points(21, 3, 3, -1.0, 1.0),
            [steps]
        );
    }
}

// ------------------------------------------------------------ an out-parameter after the loop

macro_rules! rk4 {
    ($name:ident $(, $s:literal)?) => {
        /// `s` fourth-order Runge-Kutta steps of `y₀' = x₀`, `yᵢ' = xᵢ yᵢ₋₁` from 0 to
        /// `t = 2`, the state a buffer, the result written into `out` after the loop.
        #[allow(clippy::manual_memcpy)]
        #[differentiable(wrt(x) $(, checkpoint = $s)?)]
        fn $name(x: &[f64], s: usize, out: &mut [f64]) {
            let n = x.len();
            let h = 2.0 / s as f64;
            let mut y = vec![0.0; n];
            for _step in 0..s {
                let mut y_prev = y[0];
                y[0] = y_prev + h * x[0];
                let mut k1_prev = x[0];
                let mut k2_prev = x[0];
                let mut k3_prev = x[0];
                for i in 1..n {
                    let yi = y[i];
                    let k1 = x[i] * y_prev;
                    let k2 = x[i] * (y_prev + h * k1_prev / 2.0);
                    let k3 = x[i] * (y_prev + h * k2_prev / 2.0);
                    let k4 = x[i] * (y_prev + h * k3_prev);
                    y[i] = yi + h * (k1 + 2.0 * k2 + 2.0 * k3 + k4) / 6.0;
                    k1_prev = k1;
                    k2_prev = k2;
                    k3_prev = k3;
                    y_prev = yi;
                }
            }
            for i in 0..n {
                out[i] = y[i];
            }
        }
    };
}
rk4!(rk4, 4);
rk4!(rk4_taped);

#[test]
fn runge_kutta_into_an_out_parameter() {
    for steps in [1, 2, 17] {
        let n = 4;
        let f = |x: &[f64]| {
            let mut y = vec![0.0; n];
            rk4(x, steps, &mut y);
            y
        };
        let jvp = |x: &[f64], v: &[f64]| {
            let (mut y, mut t) = (vec![0.0; n], vec![0.0; n]);
            rk4_jvp(x, v, steps, &mut y, &mut t);
            (y, t)
        };
        let vjp = |x: &[f64], s: &[f64]| {
            let (mut y, mut b) = (vec![0.0; n], vec![0.0; n]);
            rk4_vjp(x, &mut b, steps, &mut y, s);
            (y, b)
        };
        let m = fd::Vector {
            f: &f,
            jvp: &jvp,
            vjp: &vjp,
        };
        for x in points(31, 3, n, -1.0, 1.0) {
            fd::check_vector("rk4", &m, &x, 1e-6);
            let seed = [0.3, -0.2, 0.5, 1.0];
            let (mut y, mut b) = (vec![0.0; n], vec![0.0; n]);
            let (mut yt, mut bt) = (vec![0.0; n], vec![0.0; n]);
            rk4_vjp(&x, &mut b, steps, &mut y, &seed);
            rk4_taped_vjp(&x, &mut bt, steps, &mut yt, &seed);
            assert_eq!(y, yt);
            let mut yp = vec![0.0; n];
            rk4_taped(&x, steps, &mut yp);
            assert_eq!(y, yp);
            fd::close_all("checkpointed vs taped", &b, &bt, 1e-12);
        }
    }
}

// ------------------------------------------------------------ more than one buffer

/// Differentiated by the step below: the buffer passed by reference.
#[differentiable]
fn energy(v: &[f64]) -> f64 {
    let mut e = 0.0;
    for i in 0..v.len() {
        e += v[i] * v[i];
    }
    e
}

/// Two buffers and a carried scalar, a scratch buffer created in the step, a buffer
/// passed to a differentiable call in the step, and an accumulation over the buffers.
#[differentiable(checkpoint = 3)]
fn coupled(x: &[f64], steps: usize) -> f64 {
    let n = x.len();
    let mut p = vec![0.0; n];
    let mut q = vec![0.0; n];
    for i in 0..n {
        p[i] = x[i];
        q[i] = 0.5 * x[i];
    }
    let mut damping = 1.0;
    for _k in 0..steps {
        let mut force = vec![0.0; n];
        for i in 0..n {
            force[i] = -(p[i] * damping).sin();
        }
        for i in 0..n {
            q[i] = q[i] + 0.1 * force[i];
            p[i] = p[i] + 0.1 * q[i];
        }
        damping = damping * (1.0 - 0.01 * energy(&p));
        // an accumulation over the buffers (differentiated in forward order)
        let mut overlap = 0.0;
        for i in 0..n {
            overlap += p[i] * q[i];
        }
        damping = damping + 0.001 * overlap.sin();
    }
    let mut s = damping;
    for i in 0..n {
        s += p[i] * q[i];
    }
    s
}

#[test]
fn two_buffers_a_scratch_buffer_and_a_call() {
    for steps in [0, 1, 4, 12] {
        check_slice!(
            coupled,
            coupled_jvp,
            coupled_vjp,
            coupled_grad,
            coupled_hvp,
            points(41, 3, 3, -1.0, 1.0),
            [steps]
        );
    }
}

// ------------------------------------------------------------ branches, `while`, two loops

macro_rules! shapes {
    ($name:ident $(, $s:literal)?) => {
        /// A branch on a buffer element and a `while` inside the step; a second
        /// checkpointed loop writing the same buffer; a buffer the first loop only reads
        /// and later code writes (the first loop's reversed steps read it as it was).
        #[differentiable$((checkpoint = $s))?]
        fn $name(x: &[f64], steps: usize) -> f64 {
            let n = x.len();
            let mut u = vec![0.0; n];
            let mut w = vec![0.0; n];
            for i in 0..n {
                u[i] = x[i];
                w[i] = 0.5 + 0.1 * x[i];
            }
            let mut c = 0.0;
            for _k in 0..steps {
                for i in 0..n {
                    let e = u[i];
                    if e > 0.0 {
                        u[i] = e * (1.0 - 0.1 * e) + 0.05 * w[i];
                    } else {
                        u[i] = e + 0.1 * (e * w[i]).sin();
                    }
                }
                let mut j = 0;
                while j < n {
                    c = c * 0.9 + 0.1 * (u[j] * w[j]).cos();
                    j += 1;
                }
            }
            for i in 0..n {
                w[i] = w[i] * u[i];
            }
            for _k in 0..steps {
                for i in 1..n {
                    let a = u[i - 1];
                    u[i] = u[i] + 0.1 * (a * w[i]).sin();
                }
            }
            let mut s = c;
            for i in 0..n {
                s += u[i] * w[i];
            }
            s
        }
    };
}
shapes!(shapes, 2);
shapes!(shapes_taped);

#[test]
fn a_branch_a_while_two_loops_and_a_buffer_written_after_the_loop() {
    for steps in [0, 1, 3, 11] {
        check_slice!(
            shapes,
            shapes_jvp,
            shapes_vjp,
            shapes_grad,
            shapes_hvp,
            points(51, 3, 4, -1.0, 1.0),
            [steps]
        );
        for x in points(52, 2, 4, -1.0, 1.0) {
            let (mut g, mut gt) = (vec![0.0; 4], vec![0.0; 4]);
            let v = shapes_grad(&x, &mut g, steps);
            let vt = shapes_taped_grad(&x, &mut gt, steps);
            assert_eq!(v, vt);
            assert_eq!(v, shapes_taped(&x, steps));
            fd::close_all("checkpointed vs taped", &g, &gt, 1e-12);
        }
    }
}

// ------------------------------------------------------------ how often the step runs

thread_local! {
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

/// `x²`, counting its evaluations: a custom rule, so every run of the step is visible.
fn counted_sq(x: f64) -> f64 {
    CALLS.with(|c| c.set(c.get() + 1));
    x * x
}

fn counted_sq_jvp(x: f64, dx: f64) -> (f64, f64) {
    (x * x, 2.0 * x * dx)
}

fn counted_sq_vjp(x: f64, seed: f64) -> (f64, f64) {
    (x * x, 2.0 * x * seed)
}

fn counted_sq_hvp(x: f64, v: f64) -> (f64, f64) {
    (x * x, 2.0 * v)
}

macro_rules! counted {
    ($name:ident, $s:literal) => {
        /// One count per step: the rule is called once, on the buffer's first element.
        #[differentiable(checkpoint = $s)]
        fn $name(x0: f64, steps: usize) -> f64 {
            let mut u = vec![0.0; 2];
            u[0] = x0;
            u[1] = 1.0;
            for _k in 0..steps {
                let a = u[0];
                let b = u[1];
                u[0] = 0.5 * a + 0.1 * counted_sq(a);
                u[1] = b * 0.9 + 0.05 * a;
            }
            u[0] + u[1]
        }
    };
}
counted!(counted_1, 1);
counted!(counted_2, 2);
counted!(counted_3, 3);
counted!(counted_5, 5);

fn calls<R>(f: impl FnOnce() -> R) -> usize {
    CALLS.with(|c| c.set(0));
    std::hint::black_box(f());
    CALLS.with(Cell::get)
}

#[test]
fn the_step_runs_the_least_number_of_times_for_its_snapshots() {
    // (steps, snapshots, least steps run forward without recording): found by
    // exhaustive search over every split of the reversal (Griewank's recursion)
    let table: [(usize, usize, usize); 5] = [
        (1, 3, 0),
        (7, 1, 21),
        (10, 2, 20),
        (10, 3, 15),
        (1000, 5, 6284),
    ];
    for (steps, s, least) in table {
        let grad = |x: f64| match s {
            1 => counted_1_grad(x, steps),
            2 => counted_2_grad(x, steps),
            3 => counted_3_grad(x, steps),
            _ => counted_5_grad(x, steps),
        };
        let f = |x: f64| match s {
            1 => counted_1(x, steps),
            2 => counted_2(x, steps),
            3 => counted_3(x, steps),
            _ => counted_5(x, steps),
        };
        // the primal rule runs where a step runs without its adjoint: the forward
        // sweep and the reruns, `least + 1` times (the reversed step takes the `_vjp`)
        assert_eq!(
            calls(|| grad(0.3)),
            least + 1,
            "steps {steps}, snapshots {s}"
        );
        let (v, g) = grad(0.3);
        fd::close("value", v, f(0.3), 1e-14);
        fd::close("gradient", g, (f(0.3 + 1e-6) - f(0.3 - 1e-6)) / 2e-6, 1e-6);
        let (vj, t) = counted_1_jvp(0.3, 1.0, steps);
        fd::close("jvp", t, g, 1e-12);
        fd::close("jvp value", vj, v, 1e-14);
        let (vh, hv) = counted_2_hvp(0.3, 1.0, steps);
        fd::close("hvp value", vh, v, 1e-14);
        let (gp, gm) = (grad(0.3 + 1e-5).1, grad(0.3 - 1e-5).1);
        fd::close("hvp", hv, (gp - gm) / 2e-5, 1e-5);
    }
}
