//! Local fixed-size arrays inside differentiable functions: hidden-layer buffers, ODE
//! state arrays, small matrices, array literals, copies of array parameters, element
//! writes (`h[j] = ..`, `s[0] += ..`, `r[i][j] = ..`) in loops, branches, loops with
//! `break`, nested loops with runtime trip counts (stored in the reverse sweep) and
//! constant ones (replayed), arrays declared inside loop bodies, inactive integer
//! arrays, arrays returned as `[F; M]`, `f32` and generic code.
//!
//! Oracle: central first and second differences of the original function
//! (`common/fd.rs`) for `_jvp`, `_vjp`, `_grad` and `_hvp`; the Jacobians of
//! array-valued functions against finite-difference Jacobians.
#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

#[macro_use]
#[path = "common/fd.rs"]
mod fd;

use differentiable::differentiable;
use fd::points;

// ------------------------------------------------------------ models

/// A two-layer perceptron with a hidden buffer: `x` holds the input (3) then the
/// weights (3x4 + 4 + 4), as an optimizer sees them.
#[differentiable]
fn mlp(p: &[f64]) -> f64 {
    let mut h = [0.0; 4];
    for j in 0..4 {
        let mut a = p[15 + j];
        for i in 0..3 {
            a += p[3 + j * 3 + i] * p[i];
        }
        h[j] = a.tanh();
    }
    let mut out = 0.0;
    for j in 0..4 {
        out += p[19 + j] * h[j];
    }
    out * out
}

#[test]
fn mlp_with_a_hidden_buffer() {
    check_slice!(
        mlp,
        mlp_jvp,
        mlp_vjp,
        mlp_grad,
        mlp_hvp,
        points(1, 3, 23, -0.8, 0.8)
    );
}

/// RK4 on a damped oscillator with array state over 100 steps: `p = [y0, y1, k, c]`.
#[differentiable]
fn rk4(p: &[f64]) -> f64 {
    let mut s = [p[0], p[1]];
    let (k, c) = (p[2], p[3]);
    let dt = 0.02;
    for _step in 0..100 {
        let mut k1 = [0.0; 2];
        k1[0] = s[1];
        k1[1] = -k * s[0] - c * s[1];
        let mut t = s;
        t[0] += 0.5 * dt * k1[0];
        t[1] += 0.5 * dt * k1[1];
        let mut k2 = [0.0; 2];
        k2[0] = t[1];
        k2[1] = -k * t[0] - c * t[1];
        t = s;
        t[0] += 0.5 * dt * k2[0];
        t[1] += 0.5 * dt * k2[1];
        let mut k3 = [0.0; 2];
        k3[0] = t[1];
        k3[1] = -k * t[0] - c * t[1];
        t = s;
        t[0] += dt * k3[0];
        t[1] += dt * k3[1];
        let k4 = [t[1], -k * t[0] - c * t[1]];
        for i in 0..2 {
            s[i] += dt / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
        }
    }
    s[0] * s[0] + 0.5 * s[1] * s[1]
}

#[test]
fn rk4_with_array_state_over_100_steps() {
    check_slice!(
        rk4,
        rk4_jvp,
        rk4_vjp,
        rk4_grad,
        rk4_hvp,
        points(2, 3, 4, 0.2, 1.2)
    );
}

/// A bundle-adjustment style projection: a rotation matrix from an angle-axis vector
/// (Rodrigues), a translation, a pinhole with radial distortion; the squared
/// reprojection error against an observation. `p = [r(3), t(3), f, k1, X(3)]`.
#[differentiable(wrt(p))]
fn reprojection(p: &[f64], obs: &[f64; 2]) -> f64 {
    let theta2 = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
    let theta = theta2.sqrt();
    let w = [p[0] / theta, p[1] / theta, p[2] / theta];
    let (ct, st) = (theta.cos(), theta.sin());
    let mut r = [[0.0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            r[i][j] = (1.0 - ct) * w[i] * w[j];
        }
        r[i][i] += ct;
    }
    r[0][1] -= st * w[2];
    r[0][2] += st * w[1];
    r[1][0] += st * w[2];
    r[1][2] -= st * w[0];
    r[2][0] -= st * w[1];
    r[2][1] += st * w[0];
    let mut q = [0.0; 3];
    for i in 0..3 {
        q[i] = p[3 + i];
        for j in 0..3 {
            q[i] += r[i][j] * p[8 + j];
        }
    }
    let u = [-q[0] / q[2], -q[1] / q[2]];
    let d = 1.0 + p[7] * (u[0] * u[0] + u[1] * u[1]);
    let mut e = 0.0;
    for i in 0..2 {
        let ri = p[6] * d * u[i] - obs[i];
        e += ri * ri;
    }
    e
}

#[test]
fn projection_with_a_rotation_matrix() {
    let obs = [0.3, -0.2];
    let pts = points(3, 3, 11, 0.1, 0.6).into_iter().map(|mut x| {
        x[5] = -3.0 - x[5];
        x
    });
    check_slice!(
        reprojection,
        reprojection_jvp,
        reprojection_vjp,
        reprojection_grad,
        reprojection_hvp,
        pts,
        [&obs]
    );
}

// ------------------------------------------------------------ control flow

/// Literals with active elements, writes in a branch, a copy read after the original
/// is overwritten, compound writes of every operator, computed indices.
#[differentiable]
fn literal_branch_copy(x: &[f64]) -> f64 {
    let mut v = [x[0], x[1] * x[0], 2.0];
    if x[0] > 0.5 {
        v[2] = v[0] * v[1];
    } else {
        let k = x.len();
        v[(k + 1) % 3] *= x[1];
    }
    let c = v;
    v[0] = 0.0;
    v[1] -= x[0];
    v[2] /= 1.0 + x[1] * x[1];
    c[0] + c[2] * v[2] + v[0] + v[1]
}

#[test]
fn literals_branches_and_copies() {
    check_slice!(
        literal_branch_copy,
        literal_branch_copy_jvp,
        literal_branch_copy_vjp,
        literal_branch_copy_grad,
        literal_branch_copy_hvp,
        points(4, 4, 2, 0.1, 0.9)
    );
}

/// A prefix-sum buffer written and read in the same loop with a runtime trip count,
/// then a `while` with `break` that reads and overwrites it.
#[differentiable]
fn prefix_then_while(x: &[f64]) -> f64 {
    let mut acc = [0.0; 8];
    let n = x.len();
    for i in 0..n {
        let prev = if i == 0 { 0.0 } else { acc[i - 1] };
        acc[i] = prev + x[i] * x[i];
    }
    let mut k = 0;
    let mut s = 0.0;
    while k < n {
        acc[k] = acc[k].sin() * s + x[k];
        s += acc[k];
        if s > 2.5 {
            break;
        }
        k += 1;
    }
    s * acc[n - 1]
}

#[test]
fn buffers_in_runtime_loops_with_break() {
    check_slice!(
        prefix_then_while,
        prefix_then_while_jvp,
        prefix_then_while_vjp,
        prefix_then_while_grad,
        prefix_then_while_hvp,
        points(5, 4, 5, 0.1, 0.9)
    );
}

/// A matrix-vector product accumulated into a buffer column by column inside a
/// runtime nest (the nested loop is stored, not replayed), and an array declared in a
/// loop body feeding an accumulation.
#[differentiable]
fn nest_into_buffer(x: &[f64]) -> f64 {
    let n = x.len();
    let mut y = [0.0; 6];
    for j in 0..n {
        for i in 0..n {
            y[i] += (x[i] * x[j]).sin();
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        let mut pair = [y[i], x[i]];
        pair[0] *= pair[1];
        s += pair[0] * pair[0];
    }
    s
}

#[test]
fn buffers_in_nests_and_loop_bodies() {
    check_slice!(
        nest_into_buffer,
        nest_into_buffer_jvp,
        nest_into_buffer_vjp,
        nest_into_buffer_grad,
        nest_into_buffer_hvp,
        points(6, 3, 4, 0.1, 0.9)
    );
}

/// An inactive integer array (counts) beside an active one; a shadowing `let` of the
/// same name in an inner block.
#[differentiable]
fn counts_and_shadowing(x: &[f64]) -> f64 {
    let mut counts = [0usize; 2];
    let mut m = [1.0; 2];
    for i in 0..x.len() {
        let b = i % 2;
        counts[b] += 1;
        m[b] = m[b] * (1.0 + x[i]);
    }
    {
        let m = [x[0], x[0]];
        counts[0] += (m[0] > 10.0) as usize;
    }
    m[0] * counts[0] as f64 + m[1] / counts[1] as f64
}

#[test]
fn inactive_arrays_and_shadowing() {
    check_slice!(
        counts_and_shadowing,
        counts_and_shadowing_jvp,
        counts_and_shadowing_vjp,
        counts_and_shadowing_grad,
        counts_and_shadowing_hvp,
        points(7, 3, 5, 0.1, 0.9)
    );
}

// ------------------------------------------------------------ parameters and results

/// A by-value array parameter copied into a local and updated; the result returned
/// as an array.
#[differentiable]
fn rotate_scale(a: f64, p: [f64; 3]) -> [f64; 3] {
    let mut q = p;
    let (c, s) = (a.cos(), a.sin());
    let t = q[0];
    q[0] = c * t - s * q[1];
    q[1] = s * t + c * q[1];
    q[2] *= a;
    q
}

#[test]
fn array_parameters_copied_and_returned() {
    let f = |z: &[f64]| rotate_scale(z[0], [z[1], z[2], z[3]]).to_vec();
    let jvp = |z: &[f64], v: &[f64]| {
        let (val, t) = rotate_scale_jvp(z[0], v[0], [z[1], z[2], z[3]], [v[1], v[2], v[3]]);
        (val.to_vec(), t.to_vec())
    };
    let vjp = |z: &[f64], s: &[f64]| {
        let (val, da, dp) = rotate_scale_vjp(z[0], [z[1], z[2], z[3]], [s[0], s[1], s[2]]);
        (val.to_vec(), vec![da, dp[0], dp[1], dp[2]])
    };
    let m = fd::Vector {
        f: &f,
        jvp: &jvp,
        vjp: &vjp,
    };
    for x in points(8, 3, 4, -1.0, 1.0) {
        fd::check_vector("rotate_scale", &m, &x, 1e-6);
    }
}

/// A shared array reference copied into a local (`*p`).
#[differentiable]
fn from_ref(p: &[f64; 3]) -> f64 {
    let mut q = *p;
    for i in 1..3 {
        q[i] = q[i - 1] * q[i] + 1.0;
    }
    q[2]
}

#[test]
fn array_references_copied() {
    for x in points(9, 3, 3, -1.0, 1.0) {
        let p = [x[0], x[1], x[2]];
        let mut g = [0.0; 3];
        let v = from_ref_grad(&p, &mut g);
        let want = fd::grad(&|z: &[f64]| from_ref(&[z[0], z[1], z[2]]), &x);
        fd::close("from_ref value", v, from_ref(&p), 1e-12);
        fd::close_all("from_ref_grad", &g, &want, 1e-6);
        let (_, t) = from_ref_jvp(&p, &[1.0, 0.5, -0.25]);
        fd::close("from_ref_jvp", t, fd::dot(&want, &[1.0, 0.5, -0.25]), 1e-6);
    }
}

// ------------------------------------------------------------ f32 and generic code

#[differentiable]
fn horner32(x: f32, c: &[f32; 4]) -> f32 {
    let mut pow = [1.0f32; 4];
    for i in 1..4 {
        pow[i] = pow[i - 1] * x;
    }
    let mut s = 0.0;
    for i in 0..4 {
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
}

#[differentiable]
fn generic_energy<T: num_traits::Float>(x: &[T]) -> T {
    let mut d = [T::zero(); 3];
    for i in 0..3 {
        d[i] = x[i + 1] - x[i];
    }
    let mut e = T::zero();
    for i in 0..3 {
        e = e + d[i] * d[i] * d[i].exp();
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
        points(10, 3, 4, -0.5, 0.5)
    );
}

/// Conditions reading an active local array (its primal values), loops over
/// `0..h.len()` (a constant trip count), a branch overwriting the element it read.
#[differentiable]
fn cond_on_array(x: &[f64]) -> f64 {
    let mut h = [0.0; 3];
    for i in 0..h.len() {
        h[i] = x[i] * x[(i + 1) % 3];
    }
    let mut s = 0.0;
    for i in 0..h.len() {
        if h[i] > 0.1 {
            s += h[i].sin();
        } else {
            h[i] = 2.0 * h[i];
            s += h[i];
        }
    }
    s * h[0]
}

#[test]
fn conditions_on_array_elements() {
    check_slice!(
        cond_on_array,
        cond_on_array_jvp,
        cond_on_array_vjp,
        cond_on_array_grad,
        cond_on_array_hvp,
        points(11, 6, 3, 0.0, 0.9)
    );
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

#[differentiable]
fn dot3(a: &[f64; 3], b: &[f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// Local arrays passed by reference to differentiable callees (a slice callee, an
/// array-reference callee, the same array twice, an inactive array of floats), inside
/// a loop that writes the array between calls.
#[differentiable]
fn arrays_to_calls(x: &[f64]) -> f64 {
    let mut h = [x[0], x[1] * x[2], 1.0];
    let w = [0.5, -1.0, 2.0];
    let mut s = norm2(&h);
    for k in 0..3 {
        h[k] = (h[k] * x[k]).sin();
        s += dot3(&h, &h) * norm2(&w) + dot3(&h, &w);
    }
    s
}

#[test]
fn local_arrays_passed_to_calls() {
    check_slice!(
        arrays_to_calls,
        arrays_to_calls_jvp,
        arrays_to_calls_vjp,
        arrays_to_calls_grad,
        arrays_to_calls_hvp,
        points(12, 4, 3, 0.2, 1.2)
    );
}

// ------------------------------------------------------------ callees returning arrays

#[differentiable]
fn polar(r: f64, t: f64) -> [f64; 2] {
    [r * t.cos(), r * t.sin()]
}

#[differentiable]
fn spread(x: &[f64], a: f64) -> [f64; 3] {
    let mut s = [0.0; 3];
    s[0] = x[0] * a;
    s[1] = (x[1] * a).sin();
    s[2] = x[0] * x[1];
    s
}

#[differentiable]
fn norm_cubed(v: &[f64]) -> f64 {
    (v[0] * v[0] + v[1] * v[1] * v[1]).sqrt()
}

/// Results of callees returning `[F; M]` bound to local arrays (`let p: [f64; 2] =
/// polar(..)`), written to, passed on by reference and read; in a loop too.
#[differentiable]
fn composed(x: &[f64]) -> f64 {
    let mut p: [f64; 2] = polar(x[0], x[1]);
    let q: [f64; 3] = spread(x, p[1]);
    let mut s = norm_cubed(&p) * q[1] + q[2] * q[0] + p[0].exp();
    for k in 0..2 {
        p[k] = p[k] * x[2];
        let r: [f64; 2] = polar(p[k], x[k]);
        s += r[0] * r[1];
    }
    s
}

#[test]
fn callees_returning_arrays() {
    check_slice!(
        composed,
        composed_jvp,
        composed_vjp,
        composed_grad,
        composed_hvp,
        points(13, 4, 3, 0.2, 1.0)
    );
}

/// The `_hvp` of a function returning an array is the Hessian-vector product of
/// `seed · f`.
#[test]
fn seeded_hvp_of_an_array_output() {
    for x in points(14, 3, 3, -1.0, 1.0) {
        let seed = [0.5, -1.25, 2.0];
        let v = [0.3, -0.7];
        let mut hv = [0.0; 2];
        let (val, ha) = spread_hvp(&x[..2], &v, &mut hv, x[2], 0.4, seed);
        let f = |z: &[f64]| {
            let s = spread(&z[..2], z[2]);
            seed[0] * s[0] + seed[1] * s[1] + seed[2] * s[2]
        };
        let want = fd::hvp(&f, &x, &[v[0], v[1], 0.4]);
        fd::close_all("spread_hvp", &[hv[0], hv[1], ha], &want, 1e-5);
        fd::close_all("spread_hvp value", &val, &spread(&x[..2], x[2]), 1e-15);
    }
}

// ------------------------------------------------------------ iterator chains

/// Iterator chains over an active local array: a reduction, `for` over `.enumerate()`,
/// windows reading two elements, a zip with a parameter.
#[differentiable]
fn chains_over_buffer(x: &[f64]) -> f64 {
    let mut h = [0.0; 4];
    for i in 0..4 {
        h[i] = (x[i] * x[(i + 1) % 4]).sin();
    }
    let sq: f64 = h.iter().map(|v| v * v).sum();
    let mut lin = 0.0;
    for (i, v) in h.iter().enumerate() {
        lin += (i as f64 + 1.0) * v;
    }
    let rough: f64 = h.windows(2).map(|w| (w[1] - w[0]).powi(2)).sum();
    let dot: f64 = h.iter().zip(x.iter()).map(|(a, b)| a * b).sum();
    sq * lin + rough + dot
}

#[test]
fn iterator_chains_over_local_arrays() {
    check_slice!(
        chains_over_buffer,
        chains_over_buffer_jvp,
        chains_over_buffer_vjp,
        chains_over_buffer_grad,
        chains_over_buffer_hvp,
        points(15, 4, 4, -1.0, 1.0)
    );
}
