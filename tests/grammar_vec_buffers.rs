//! Runtime-length local buffers (`let mut h = vec![0.0; n];`) inside differentiable
//! functions: hidden layers whose width is a parameter, elements written in place
//! (`h[i] = ..`, `+=`, `-=`, `*=`, `/=`), read back in the same iteration and in later
//! loops, overwritten many times, written in `if` branches and `match` arms, before
//! `break` and `continue`, read in conditions, buffers declared inside loop bodies,
//! filled with an active value, in `while` loops, next to draws with side effects,
//! shadowed by a scalar, in `f32` and generic code, and feeding out-parameters.
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`) for `_jvp`, `_vjp`, `_grad` and `_hvp`; the same functions with
//! fixed-size arrays where one exists (written independently, checked by the same
//! oracle).
// Some buffers have a constant length, which clippy would make arrays, and are filled
// element by element, which clippy would make `copy_from_slice`: buffers and element
// writes are the subject here.
#![allow(
    clippy::needless_range_loop,
    clippy::assign_op_pattern,
    clippy::useless_vec,
    clippy::manual_memcpy
)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;

// ------------------------------------------------------------ models

/// A two-layer perceptron whose hidden width `m` is a runtime value: `p` holds the
/// input (3), then the weights (`m`x3), biases (`m`) and output weights (`m`).
#[differentiable]
fn mlp(p: &[f64], m: usize) -> f64 {
    let n = 3;
    let mut h = vec![0.0; m];
    for j in 0..m {
        h[j] = p[n + n * m + j];
        for i in 0..n {
            h[j] += p[n + j * n + i] * p[i];
        }
        h[j] = h[j].tanh();
    }
    let mut out = 0.0;
    for j in 0..h.len() {
        out += p[n + n * m + m + j] * h[j];
    }
    out * out
}

#[test]
fn mlp_with_a_runtime_hidden_width() {
    for m in [1usize, 4, 7] {
        let dim = 3 + 3 * m + 2 * m;
        check_slice!(
            mlp,
            mlp_jvp,
            mlp_vjp,
            mlp_grad,
            mlp_hvp,
            points(1 + m as u64, 3, dim, -0.8, 0.8),
            [m]
        );
    }
}

/// Prefix products: each element reads the one written just before it (read after
/// write in the same loop), then a second loop overwrites every element from itself.
#[differentiable]
fn prefix(x: &[f64]) -> f64 {
    let n = x.len();
    let mut h = vec![0.0; n];
    h[0] = x[0];
    for i in 1..n {
        h[i] = h[i - 1] * x[i] + x[i].sin();
    }
    for i in 0..n {
        h[i] = h[i] * h[i] - 0.5 * h[i];
    }
    let mut s = 0.0;
    for i in 0..n {
        s += h[i] * x[(i + 1) % n];
    }
    s
}

#[test]
fn read_after_write_and_overwrites() {
    check_slice!(
        prefix,
        prefix_jvp,
        prefix_vjp,
        prefix_grad,
        prefix_hvp,
        points(2, 4, 5, -0.9, 0.9)
    );
}

/// Every element overwritten in each of several sweeps (a smoothing iteration), with
/// compound operators and a read of a neighbour the same sweep already overwrote.
#[differentiable]
fn smooth(x: &[f64], sweeps: usize) -> f64 {
    let n = x.len();
    let mut u = vec![0.0; n];
    for i in 0..n {
        u[i] = x[i];
    }
    for _k in 0..sweeps {
        for i in 1..n {
            u[i] = 0.5 * (u[i] + u[i - 1]);
            u[i] *= 1.0 + 0.1 * x[i];
            u[i] /= 1.0 + 0.05 * u[i] * u[i];
            u[i - 1] -= 0.01 * u[i];
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        s += u[i].exp();
    }
    s
}

#[test]
fn overwritten_in_repeated_sweeps() {
    check_slice!(
        smooth,
        smooth_jvp,
        smooth_vjp,
        smooth_grad,
        smooth_hvp,
        points(3, 3, 6, -0.7, 0.7),
        [3]
    );
}

/// Writes in branches and `match` arms, conditions on buffer elements, `continue` and
/// `break` after writes.
#[differentiable]
fn branchy(x: &[f64]) -> f64 {
    let n = x.len();
    let mut h = vec![1.0; n];
    for i in 0..n {
        if x[i] > 0.0 {
            h[i] = x[i] * x[i];
        } else {
            h[i] -= x[i].sin();
        }
        match i % 3 {
            0 => h[i] += 0.5 * x[0],
            1 => h[i] *= x[n - 1],
            _ => {}
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        if h[i] > 0.3 {
            s += h[i].ln();
            continue;
        }
        h[i] = 2.0 * h[i] * x[i];
        s += h[i];
        if s > 3.0 {
            break;
        }
    }
    s * h[0]
}

#[test]
fn branches_and_loop_exits() {
    check_slice!(
        branchy,
        branchy_jvp,
        branchy_vjp,
        branchy_grad,
        branchy_hvp,
        points(4, 8, 6, -1.0, 1.0)
    );
}

/// A buffer declared inside a loop body (a new one per iteration), its length varying
/// with the iteration, filled with an active value.
#[differentiable]
fn per_iteration(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for k in 1..4 {
        let mut v = vec![x[0] * 0.5; k + 1];
        for i in 0..v.len() {
            v[i] += x[i + 1] * (k as f64);
        }
        let mut t = 0.0;
        for i in 0..v.len() {
            t += v[i].sin() * v[i];
        }
        s += t * x[k];
    }
    s
}

#[test]
fn buffers_declared_in_loops() {
    check_slice!(
        per_iteration,
        per_iteration_jvp,
        per_iteration_vjp,
        per_iteration_grad,
        per_iteration_hvp,
        points(5, 4, 5, -0.8, 0.8)
    );
}

/// A `while` loop over a buffer, a read then an overwrite outside every loop, and the
/// buffer's name shadowed by a scalar at the end.
#[differentiable]
fn while_and_shadow(x: &[f64]) -> f64 {
    let n = x.len();
    let mut h = vec![0.0; n];
    let mut i = 0;
    while i < h.len() {
        h[i] = x[i].cosh() - h[(i + n - 1) % n];
        i += 1;
    }
    let a = h[0];
    h[0] = 3.0 * x[1] * a;
    let b = h[0] * h[n - 1];
    let h = a * b + h[1];
    h * h
}

#[test]
fn while_loops_and_shadowing() {
    check_slice!(
        while_and_shadow,
        while_and_shadow_jvp,
        while_and_shadow_vjp,
        while_and_shadow_grad,
        while_and_shadow_hvp,
        points(6, 4, 4, -0.8, 0.8)
    );
}

/// A buffer filled with the same formula as a fixed-size array: the two forms agree
/// with each other and with the oracle.
#[differentiable]
fn energy_vec(x: &[f64]) -> f64 {
    let mut d = vec![0.0; x.len() - 1];
    for i in 0..d.len() {
        d[i] = x[i + 1] - x[i];
    }
    let mut e = 0.0;
    for i in 0..d.len() {
        e += d[i] * d[i] * d[i].exp();
    }
    e
}

#[differentiable]
fn energy_arr(x: &[f64]) -> f64 {
    let mut d = [0.0; 4];
    for i in 0..4 {
        d[i] = x[i + 1] - x[i];
    }
    let mut e = 0.0;
    for i in 0..4 {
        e += d[i] * d[i] * d[i].exp();
    }
    e
}

#[test]
fn agrees_with_the_fixed_array_form() {
    for x in points(7, 4, 5, -0.6, 0.6) {
        let (mut gv, mut ga) = (vec![0.0; 5], vec![0.0; 5]);
        let v = energy_vec_grad(&x, &mut gv);
        let a = energy_arr_grad(&x, &mut ga);
        fd::close("value", v, a, 1e-12);
        fd::close("primal", energy_vec(&x), energy_arr(&x), 1e-12);
        fd::close_all("grad", &gv, &ga, 1e-12);
    }
    check_slice!(
        energy_vec,
        energy_vec_jvp,
        energy_vec_vjp,
        energy_vec_grad,
        energy_vec_hvp,
        points(8, 3, 5, -0.6, 0.6)
    );
}

// ------------------------------------------------------------ f32 and generic code

#[differentiable]
fn generic_energy<T: num_traits::Float>(x: &[T]) -> T {
    let mut d = vec![T::zero(); x.len() - 1];
    for i in 0..d.len() {
        d[i] = x[i + 1] - x[i];
    }
    let mut e = T::zero();
    for i in 0..d.len() {
        if d[i] > T::zero() {
            e = e + d[i] * d[i].exp();
        } else {
            e = e - d[i] * d[i];
        }
    }
    e
}

#[test]
fn generic_buffers() {
    check_slice!(
        generic_energy,
        generic_energy_jvp,
        generic_energy_vjp,
        generic_energy_grad,
        generic_energy_hvp,
        points(9, 4, 5, -0.5, 0.5)
    );
}

#[differentiable]
fn horner32(x: f32, c: &[f32]) -> f32 {
    let mut pow = vec![1.0f32; c.len()];
    for i in 1..c.len() {
        pow[i] = pow[i - 1] * x;
    }
    let mut s = 0.0;
    for i in 0..c.len() {
        s += c[i] * pow[i];
    }
    s
}

#[test]
fn f32_buffers() {
    let c = [0.5f32, -1.0, 0.25, 2.0];
    let x = 0.7f32;
    let (v, d) = horner32_jvp(x, 1.0, &c, &[0.0; 4]);
    let want = c[1] + 2.0 * c[2] * x + 3.0 * c[3] * x * x;
    assert!((v - horner32(x, &c)).abs() < 1e-6);
    assert!((d - want).abs() < 1e-5, "{d} vs {want}");
    let mut gc = [0.0f32; 4];
    let (_, gx) = horner32_vjp(x, &c, &mut gc, 1.0);
    assert!((gx - want).abs() < 1e-5);
    for i in 0..4 {
        assert!((gc[i] - x.powi(i as i32)).abs() < 1e-6);
    }
    let (_, hx) = horner32_hvp(x, 1.0, &c, &[0.0; 4], &mut [0.0; 4]);
    let want2 = 2.0 * c[2] + 6.0 * c[3] * x;
    assert!((hx - want2).abs() < 1e-4, "{hx} vs {want2}");
}

// ------------------------------------------------------------ side effects, outputs

/// A tiny generator passed as `&mut`: its draws must happen once per forward step,
/// never again in the reverse sweep.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1);
        ((self.0 >> 11) as f64) / ((1u64 << 53) as f64)
    }
}

#[differentiable]
fn noisy(x: &[f64], rng: &mut Lcg) -> f64 {
    let n = x.len();
    let mut h = vec![0.0; n];
    for i in 0..n {
        let u = rng.next();
        if u > 0.3 {
            h[i] = x[i] * u;
        } else {
            h[i] = x[i].sin() + u;
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        s += h[i] * h[(i + 1) % n];
    }
    s
}

#[test]
fn draws_run_once() {
    for x in points(11, 3, 5, -1.0, 1.0) {
        let f = |z: &[f64]| noisy(z, &mut Lcg(42));
        let want = fd::grad(&f, &x);
        let mut rng = Lcg(42);
        let mut g = vec![0.0; 5];
        let v = noisy_grad(&x, &mut g, &mut rng);
        fd::close("value", v, f(&x), 1e-12);
        fd::close_all("grad", &g, &want, 1e-6);
        // exactly five draws happened
        let mut after = Lcg(42);
        for _ in 0..5 {
            after.next();
        }
        assert_eq!(rng.0, after.0, "the reverse sweep drew again");
        let mut rng = Lcg(42);
        let dir = [0.3, -0.2, 0.5, 0.1, -0.4];
        let mut hv = vec![0.0; 5];
        noisy_hvp(&x, &dir, &mut hv, &mut rng);
        assert_eq!(rng.0, after.0, "the hvp's reverse sweep drew again");
        let want_hv = fd::hvp(&f, &x, &dir);
        fd::close_all("hvp", &hv, &want_hv, 1e-4);
    }
}

/// Results written into an out-parameter from a buffer.
#[differentiable]
fn squares_out(x: &[f64], out: &mut [f64]) {
    let n = x.len();
    let mut h = vec![0.0; n];
    for i in 0..n {
        h[i] = x[i] * x[(i + 1) % n];
    }
    for i in 0..n {
        out[i] = h[i].sin() + h[(i + 1) % n];
    }
}

#[test]
fn out_parameters_from_buffers() {
    let x = [0.3, -0.7, 0.5, 0.9];
    let f = |z: &[f64]| {
        let mut o = [0.0; 4];
        squares_out(z, &mut o);
        o.to_vec()
    };
    let dir = [0.2, -0.1, 0.4, 0.3];
    let mut o = [0.0; 4];
    let mut t = [0.0; 4];
    squares_out_jvp(&x, &dir, &mut o, &mut t);
    let jac = fd::jacobian(&f, &x);
    let want: Vec<f64> = jac.iter().map(|row| fd::dot(row, &dir)).collect();
    fd::close_all("jvp", &t, &want, 1e-6);
    let seed = [1.0, -0.5, 0.25, 2.0];
    let mut xb = [0.0; 4];
    squares_out_vjp(&x, &mut xb, &mut o, &seed);
    for k in 0..4 {
        let want: f64 = (0..4).map(|r| seed[r] * jac[r][k]).sum();
        fd::close("vjp", xb[k], want, 1e-6);
    }
}

// ------------------------------------------------------------ calls

#[differentiable]
fn norm2(v: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..v.len() {
        s += v[i] * v[i];
    }
    s.sqrt()
}

/// A buffer passed to a differentiable callee outside loops, then written again (the
/// reverse sweep must see the contents at the call), and inside loops and branches
/// while it changes from one iteration to the next.
#[differentiable]
fn with_calls(x: &[f64]) -> f64 {
    let n = x.len();
    let mut h = vec![0.0; n];
    for i in 0..n {
        h[i] = x[i].sin() * x[(i + 1) % n];
    }
    let a = norm2(&h);
    for i in 0..n {
        h[i] = h[i] * a + x[i];
    }
    let mut s = a;
    for k in 0..3 {
        for i in 0..n {
            h[i] = h[i] * x[i] + 0.1 * (k as f64);
        }
        if x[k] > 0.0 {
            s += norm2(&h) * x[k];
        } else {
            s -= norm2(&h);
        }
    }
    s + norm2(&h)
}

#[test]
fn passed_to_differentiable_calls() {
    check_slice!(
        with_calls,
        with_calls_jvp,
        with_calls_vjp,
        with_calls_grad,
        with_calls_hvp,
        points(12, 6, 4, -0.9, 0.9)
    );
}

/// A buffer element read inside the closure of an iterator chain.
#[differentiable]
fn in_chain(x: &[f64]) -> f64 {
    let n = x.len();
    let mut v = vec![0.0; n];
    for i in 0..n {
        v[i] = x[i].exp();
    }
    let s: f64 = x.iter().enumerate().map(|(i, a)| a * v[(i + 1) % n]).sum();
    s * v[0]
}

#[test]
fn read_in_iterator_chains() {
    check_slice!(
        in_chain,
        in_chain_jvp,
        in_chain_vjp,
        in_chain_grad,
        in_chain_hvp,
        points(13, 4, 4, -0.9, 0.9)
    );
}

/// Loops with constant trip counts around a buffer (the reverse sweep replays such
/// nests instead of storing them), and a `loop` left by `break`.
#[differentiable]
fn const_nest(x: &[f64]) -> f64 {
    let mut u = vec![0.0; 4];
    for i in 0..4 {
        u[i] = x[i];
    }
    for _k in 0..3 {
        for i in 0..3 {
            u[i + 1] = u[i + 1] * u[i] + 0.25 * x[i].cos();
        }
        for i in 0..4 {
            u[i] = u[i].sin();
        }
    }
    let mut s = 0.0;
    let mut j = 0;
    loop {
        s += u[j] * u[j] * x[j];
        j += 1;
        if j == 4 || s > 10.0 {
            break;
        }
    }
    s
}

#[test]
fn constant_nests_and_loop_break() {
    check_slice!(
        const_nest,
        const_nest_jvp,
        const_nest_vjp,
        const_nest_grad,
        const_nest_hvp,
        points(14, 5, 4, -0.9, 0.9)
    );
}

/// A buffer declared inside an `if` branch, and a condition reading an element behind a
/// bounds check (`i < h.len() && h[i] > ..`, read only when the check holds).
#[differentiable]
fn in_branch(x: &[f64], k: usize) -> f64 {
    let n = x.len();
    let mut s = x[0];
    if x[1] > -0.5 {
        let mut h = vec![0.0; n];
        for i in 0..n {
            h[i] = x[i] * s + 0.1;
            s += h[i].sin();
        }
        let e = if k < h.len() { h[k] } else { 0.0 };
        if e > 0.0 {
            s *= e;
        }
    } else {
        s -= x[2] * x[2];
    }
    s
}

#[test]
fn declared_in_branches() {
    for k in [0usize, 2, 9] {
        check_slice!(
            in_branch,
            in_branch_jvp,
            in_branch_vjp,
            in_branch_grad,
            in_branch_hvp,
            points(15 + k as u64, 4, 4, -1.0, 1.0),
            [k]
        );
    }
}
