//! Hygiene of the generated code: representative `#[differentiable]` functions (scalar,
//! array, slice, a loop that needs a tape, iterator chains, `if`/`else`, calls, a generic,
//! a method, a vector output, a checkpointed loop (and one with a `vec!` state), a hand-written rule reached through a module path, `%`, the `crate = path`
//! override, a `_` parameter) expanded inside a module under `#[deny(warnings, clippy::pedantic)]` and
//! `#[forbid(unsafe_code)]`, with the prelude shadowed (`Option`, `Result`, `Vec`, `Some`,
//! `drop`, a local `Float` trait, `core`, `std` and the crate's own name) and with user
//! names that look like the macro's temporaries (`dx`, `seed`, `x_bar`, `x_tangent`,
//! `__ad_0`, ...). Compiling at all is most of the test; the generated functions are then
//! checked against central finite differences of the originals.

#[deny(warnings, clippy::pedantic)]
// two pedantic style lints fire on the hand-written originals below (`i as f64`,
// `x.iter()`); everything the macro generates passes the rest
#[allow(clippy::cast_precision_loss, clippy::explicit_iter_loop)]
#[forbid(unsafe_code)]
mod m {

    use ::differentiable::differentiable;

    // The prelude, shadowed the way the proc-macro-workshop tests do it.
    #[allow(dead_code)]
    pub type Option = ();
    #[allow(dead_code)]
    pub type Result = ();
    #[allow(dead_code)]
    pub type Vec = ();
    #[allow(dead_code)]
    pub struct Some;
    #[allow(dead_code)]
    pub struct None;
    #[allow(dead_code)]
    pub struct Ok;
    #[allow(dead_code)]
    fn drop() {}
    #[allow(dead_code)]
    pub trait Float {}
    #[allow(dead_code)]
    pub trait Copy {}
    #[allow(dead_code)]
    pub trait Clone {}
    #[allow(dead_code)]
    pub trait Iterator {}
    #[allow(dead_code)]
    pub trait Into<T> {}
    #[allow(dead_code)]
    pub trait From<T> {}
    #[allow(dead_code)]
    pub trait Add {}
    #[allow(dead_code)]
    pub trait Mul {}
    #[allow(dead_code)]
    pub mod core {}
    #[allow(dead_code)]
    pub mod std {}
    #[allow(dead_code)]
    pub mod differentiable {}

    /// Scalar parameters named like the generated tangents, seeds and temporaries.
    #[differentiable]
    pub fn scalar(x: f64, dx: f64, seed: f64, x_tangent: f64) -> f64 {
        let x_bar = x * dx;
        let __ad_0 = x_bar.sin() + seed * x_tangent;
        let __ad_1 = __ad_0 * seed.exp();
        let dx_tangent = __ad_1 / (1.0 + x * x);
        dx_tangent + x_tangent.cos()
    }

    /// A fixed-size array with a loop, locals named like shadows.
    #[differentiable]
    pub fn array(x: [f64; 3], x_grad: f64) -> f64 {
        let mut x_bar = 0.0;
        for (i, &xi) in x.iter().enumerate() {
            let x_dir = xi * x_grad + i as f64;
            x_bar += x_dir * x_dir;
        }
        x_bar.sqrt()
    }

    /// A slice with the names of every shadow the macro inserts for it.
    #[differentiable(wrt(x))]
    pub fn slice(x: &[f64], x_bar: &[f64], x_grad: &[f64], x_hv: &[f64], x_dir: &[f64]) -> f64 {
        let mut seed = 0.0;
        for i in 0..x.len() {
            let __ad_0 = x[i] - x_bar[i];
            seed += __ad_0 * __ad_0 * (1.0 + x_grad[i] + x_hv[i] * x_dir[i]);
        }
        seed
    }

    /// A loop-carried non-linear value (`p *= ...`): the gradient needs a tape.
    #[differentiable]
    pub fn tape(x: &[f64]) -> f64 {
        let mut p = 1.0;
        let mut __ad_tape = 0.0;
        for &xi in x.iter() {
            p *= 1.0 + 0.5 * xi.sin();
            __ad_tape += p;
        }
        p + 0.1 * __ad_tape
    }

    /// Iterator chains: a fold with a function path, windows, chunks in a loop, a range
    /// filtered by an integer predicate.
    #[differentiable]
    pub fn chains(x: &[f64]) -> f64 {
        let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let d: f64 = x.windows(2).map(|w| (w[1] - w[0]) * (w[1] - w[0])).sum();
        let mut s = 0.0;
        for (i, c) in x.chunks(2).enumerate().skip(1) {
            s += c[0] * c.len() as f64 + i as f64;
        }
        m + d
            + s
            + (0..x.len())
                .filter(|i| i % 3 != 1)
                .map(|i| x[i].exp())
                .sum::<f64>()
    }

    /// `if`/`else` as a statement and as an expression, with an early return.
    #[differentiable]
    pub fn branches(x: f64, y: f64) -> f64 {
        let mut dx = x * y;
        if x > y {
            dx = dx.tanh();
        } else if x < 0.0 {
            dx -= y;
        } else {
            dx *= 2.0;
        }
        if dx > 100.0 {
            return dx;
        }
        let dy = if y > 0.0 { y.ln() } else { -y };
        dx * dy
    }

    /// Calls to other differentiable functions.
    #[differentiable]
    pub fn calls(x: f64, y: f64) -> f64 {
        let seed = branches(x, y);
        scalar(seed, y, x, 0.5) + seed * y
    }

    /// Nested derivatives: the generated `_grad`, `_jvp` and a slice `_grad` called and
    /// differentiated, with user names like the shims' (`__ad_a0`, `__ad_r`).
    #[differentiable(no_hvp)]
    pub fn nested(x: f64, y: f64) -> f64 {
        let (__ad_a0, __ad_d0, __ad_h0) = calls_grad(x, y);
        let (_, __ad_t0) = calls_jvp(x, y, y, 0.5);
        let w = [x, y * y, __ad_d0];
        let mut __ad_r = [0.0; 3];
        let __ad_s = sum_sq_grad_target_grad(&w, &mut __ad_r);
        __ad_a0 * __ad_h0 + __ad_t0 + __ad_s * __ad_r[2]
    }

    #[differentiable]
    pub fn sum_sq_grad_target(x: &[f64]) -> f64 {
        let mut s = 0.0;
        for &v in x {
            s += v * v * v;
        }
        s
    }

    /// A generic over the runtime's float bound, spelled by absolute path because `Float` is shadowed.
    #[differentiable]
    pub fn generic<T: ::num_traits::Float>(x: T, y: T) -> T {
        let two = T::from(2.0).unwrap();
        (x * y).sin() + two * x.powi(3) - y.exp()
    }

    /// Vector output.
    #[differentiable]
    pub fn vector(r: f64, t: f64) -> [f64; 2] {
        let seed = r * t.cos();
        let x_bar = r * t.sin();
        [seed, x_bar]
    }

    /// Hand-written custom rules, reached through a module path whose function is named
    /// like a float rule: `rules_mod::exp` is *not* `f64::exp`.
    pub mod rules_mod {
        pub fn exp(a: f64) -> f64 {
            a * a * a
        }
        pub fn exp_jvp(a: f64, da: f64) -> (f64, f64) {
            (a * a * a, 3.0 * a * a * da)
        }
        pub fn exp_vjp(a: f64, seed: f64) -> (f64, f64) {
            (a * a * a, 3.0 * a * a * seed)
        }
        pub fn exp_hvp(a: f64, va: f64) -> (f64, f64) {
            (a * a * a, 6.0 * a * va)
        }
    }

    /// A custom rule through a path, and `%` (differentiated as `a - trunc(a / b) * b`).
    #[differentiable]
    pub fn custom(x: f64, y: f64) -> f64 {
        let dx = rules_mod::exp(x * y);
        let x_bar = (x * 3.0) % y;
        dx + x_bar * x_bar
    }

    /// Constructs supported since the macro's second round: a `_` parameter (the generated
    /// functions must name it without clashing), `debug_assert!` on active values, a reversed
    /// range, tuple assignment.
    #[differentiable]
    pub fn newer(_: f64, x: &[f64], t: f64) -> f64 {
        debug_assert!(t.is_finite() && x.len() > 1);
        let mut p = 0.0;
        let mut q = 1.0;
        for i in (0..x.len()).rev() {
            p = p * t + x[i];
            (p, q) = (q * 0.5 + p, p.sin());
        }
        p + q
    }

    /// A checkpointed time-stepping loop: snapshots of a float and an array state.
    #[differentiable(checkpoint = 3)]
    pub fn stepped(x: &[f64], steps: usize) -> f64 {
        let mut u = [x[0], x[1]];
        let mut e = 0.0;
        for k in 0..steps {
            let dx = u[1] * (1.0 + 0.1 * (k as f64).sin());
            u[1] -= 0.05 * u[0].sin();
            u[0] += 0.05 * dx;
            e = e * 0.9 + u[0] * u[1];
        }
        e
    }

    /// A checkpointed loop whose state is a `vec!` buffer (snapshots of its contents), a
    /// nested loop reading and writing it.
    // the grammar writes a buffer element by element (lints on the original)
    #[allow(clippy::manual_memcpy, clippy::needless_range_loop)]
    #[differentiable(checkpoint = 2)]
    pub fn stepped_buffer(x: &[f64], steps: usize) -> f64 {
        let n = x.len();
        let mut u = vec![0.0; n];
        for i in 0..n {
            u[i] = x[i];
        }
        for _k in 0..steps {
            let mut left = u[0];
            for i in 1..n {
                let here = u[i];
                u[i] = here + 0.1 * (left * here).sin();
                left = here;
            }
        }
        u[n - 1] * u[0]
    }

    /// The `crate = path` override, as used by code depending on the runtime directly.
    #[::autodiff_macros::differentiable(crate = ::autodiff_runtime)]
    pub fn direct(x: &[f64], k: f64) -> f64 {
        let mut s = 0.0;
        for &v in x.iter() {
            s += (v * k).cosh();
        }
        s.ln()
    }

    pub struct Model {
        pub scale: f64,
    }

    impl Model {
        /// A method: `self` is a constant.
        #[differentiable]
        pub fn loss(&self, w: &[f64]) -> f64 {
            let mut s = 0.0;
            for (i, &wi) in w.iter().enumerate() {
                let dx = wi - self.scale * i as f64;
                s += dx * dx * dx.cos();
            }
            s
        }
    }
}

const H: f64 = 1e-6;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * (1.0 + a.abs().max(b.abs()))
}

/// Central finite-difference gradient of `f` at `x`.
fn fd_grad(f: &dyn Fn(&[f64]) -> f64, x: &[f64]) -> std::vec::Vec<f64> {
    fd_grad_step(f, x, H)
}

fn fd_grad_step(f: &dyn Fn(&[f64]) -> f64, x: &[f64], h: f64) -> std::vec::Vec<f64> {
    (0..x.len())
        .map(|i| {
            let mut a = x.to_vec();
            let mut b = x.to_vec();
            a[i] += h;
            b[i] -= h;
            (f(&a) - f(&b)) / (2.0 * h)
        })
        .collect()
}

/// Central finite-difference Hessian-vector product, from finite-difference gradients (steps
/// chosen large enough that round-off stays below the tolerances for values up to ~1e3).
fn fd_hvp(f: &dyn Fn(&[f64]) -> f64, x: &[f64], v: &[f64]) -> std::vec::Vec<f64> {
    fd_hvp_step(f, x, v, 1e-3)
}

fn fd_hvp_step(f: &dyn Fn(&[f64]) -> f64, x: &[f64], v: &[f64], h: f64) -> std::vec::Vec<f64> {
    let xp: std::vec::Vec<f64> = x.iter().zip(v).map(|(a, b)| a + h * b).collect();
    let xm: std::vec::Vec<f64> = x.iter().zip(v).map(|(a, b)| a - h * b).collect();
    let gp = fd_grad_step(f, &xp, 1e-4);
    let gm = fd_grad_step(f, &xm, 1e-4);
    gp.iter()
        .zip(&gm)
        .map(|(p, q)| (p - q) / (2.0 * h))
        .collect()
}

fn assert_vec_close(got: &[f64], want: &[f64], tol: f64, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}");
    for (g, w) in got.iter().zip(want) {
        assert!(close(*g, *w, tol), "{what}: got {got:?}, want {want:?}");
    }
}

#[test]
fn scalar_parameters_named_like_temporaries() {
    let f = |z: &[f64]| m::scalar(z[0], z[1], z[2], z[3]);
    let p = [0.4, -0.7, 0.3, 1.1];
    let fd = fd_grad(&f, &p);
    let (v, g0, g1, g2, g3) = m::scalar_grad(p[0], p[1], p[2], p[3]);
    assert!(close(v, f(&p), 1e-14));
    assert_vec_close(&[g0, g1, g2, g3], &fd, 1e-6, "scalar_grad");
    let (v, b0, b1, b2, b3) = m::scalar_vjp(p[0], p[1], p[2], p[3], 2.5);
    assert!(close(v, f(&p), 1e-14));
    assert_vec_close(
        &[b0, b1, b2, b3],
        &fd.iter().map(|d| 2.5 * d).collect::<std::vec::Vec<_>>(),
        1e-6,
        "scalar_vjp",
    );
    let t = [0.3, -1.0, 0.5, 2.0];
    let (v, jv) = m::scalar_jvp(p[0], t[0], p[1], t[1], p[2], t[2], p[3], t[3]);
    assert!(close(v, f(&p), 1e-14));
    let want: f64 = fd.iter().zip(&t).map(|(a, b)| a * b).sum();
    assert!(close(jv, want, 1e-6), "scalar_jvp {jv} {want}");
    let (v, h0, h1, h2, h3) = m::scalar_hvp(p[0], t[0], p[1], t[1], p[2], t[2], p[3], t[3]);
    assert!(close(v, f(&p), 1e-14));
    assert_vec_close(&[h0, h1, h2, h3], &fd_hvp(&f, &p, &t), 1e-4, "scalar_hvp");
}

#[test]
fn array_with_shadow_named_locals() {
    let f = |z: &[f64]| m::array([z[0], z[1], z[2]], z[3]);
    let p = [0.4, -0.7, 0.3, 1.3];
    let fd = fd_grad(&f, &p);
    let (v, gx, gk) = m::array_grad([p[0], p[1], p[2]], p[3]);
    assert!(close(v, f(&p), 1e-14));
    assert_vec_close(&[gx[0], gx[1], gx[2], gk], &fd, 1e-6, "array_grad");
    let t = [1.0, 0.5, -0.25, 0.75];
    let (_, jv) = m::array_jvp([p[0], p[1], p[2]], [t[0], t[1], t[2]], p[3], t[3]);
    let want: f64 = fd.iter().zip(&t).map(|(a, b)| a * b).sum();
    assert!(close(jv, want, 1e-6), "array_jvp {jv} {want}");
    let (_, hx, hk) = m::array_hvp([p[0], p[1], p[2]], [t[0], t[1], t[2]], p[3], t[3]);
    assert_vec_close(
        &[hx[0], hx[1], hx[2], hk],
        &fd_hvp(&f, &p, &t),
        1e-4,
        "array_hvp",
    );
}

#[test]
fn slice_with_parameters_named_like_shadows() {
    let (b, g, hv, d) = (
        [0.1, 0.2, -0.3],
        [0.5, 0.0, 1.0],
        [1.0, 2.0, 3.0],
        [0.3, 0.3, -0.1],
    );
    let f = |z: &[f64]| m::slice(z, &b, &g, &hv, &d);
    let x = [0.9, -0.4, 0.25];
    let fd = fd_grad(&f, &x);
    let mut gx = [7.0; 3];
    let v = m::slice_grad(&x, &mut gx, &b, &g, &hv, &d);
    assert!(close(v, f(&x), 1e-14));
    assert_vec_close(&gx, &fd, 1e-6, "slice_grad");
    let mut acc = [1.0; 3];
    m::slice_vjp(&x, &mut acc, &b, &g, &hv, &d, 0.5);
    let want: std::vec::Vec<f64> = fd.iter().map(|d| 1.0 + 0.5 * d).collect();
    assert_vec_close(&acc, &want, 1e-6, "slice_vjp accumulates");
    let t = [0.2, -1.0, 0.4];
    let (_, jv) = m::slice_jvp(&x, &t, &b, &g, &hv, &d);
    let want: f64 = fd.iter().zip(&t).map(|(a, b)| a * b).sum();
    assert!(close(jv, want, 1e-6));
    let mut out = [7.0; 3];
    m::slice_hvp(&x, &t, &mut out, &b, &g, &hv, &d);
    assert_vec_close(&out, &fd_hvp(&f, &x, &t), 1e-4, "slice_hvp");
}

#[test]
fn taped_loop() {
    let x = [0.3, -1.2, 2.0, 0.7, -0.1];
    let fd = fd_grad(&m::tape, &x);
    let mut g = [0.0; 5];
    let v = m::tape_grad(&x, &mut g);
    assert!(close(v, m::tape(&x), 1e-14));
    assert_vec_close(&g, &fd, 1e-6, "tape_grad");
    let t = [1.0, -0.5, 0.25, 0.0, 2.0];
    let mut hv = [0.0; 5];
    m::tape_hvp(&x, &t, &mut hv);
    assert_vec_close(&hv, &fd_hvp(&m::tape, &x, &t), 1e-4, "tape_hvp");
}

#[test]
fn chains_against_finite_differences() {
    let x = [0.3, -0.7, 1.1, 0.4, -0.2];
    let fd = fd_grad(&m::chains, &x);
    let mut g = [0.0; 5];
    let v = m::chains_grad(&x, &mut g);
    assert!(close(v, m::chains(&x), 1e-14));
    assert_vec_close(&g, &fd, 1e-6, "chains_grad");
    let t = [1.0, -0.5, 0.25, 0.0, 2.0];
    let mut hv = [0.0; 5];
    m::chains_hvp(&x, &t, &mut hv);
    assert_vec_close(&hv, &fd_hvp(&m::chains, &x, &t), 1e-4, "chains_hvp");
}

#[test]
fn branches_every_path() {
    let f = |z: &[f64]| m::branches(z[0], z[1]);
    // x > y; x < 0 <= y; 0 <= x <= y; x < y < 0; the early return (dx > 100)
    for p in [
        [0.8, 0.3],
        [-0.5, 0.4],
        [0.2, 0.9],
        [-2.0, -1.0],
        [20.0, 30.0],
    ] {
        let fd = fd_grad(&f, &p);
        let (v, gx, gy) = m::branches_grad(p[0], p[1]);
        assert!(close(v, f(&p), 1e-14));
        assert_vec_close(&[gx, gy], &fd, 1e-6, &format!("branches_grad at {p:?}"));
        let (_, hx, hy) = m::branches_hvp(p[0], 1.0, p[1], -0.5);
        assert_vec_close(
            &[hx, hy],
            &fd_hvp(&f, &p, &[1.0, -0.5]),
            1e-4,
            &format!("branches_hvp at {p:?}"),
        );
    }
}

#[test]
fn calls_compose() {
    let f = |z: &[f64]| m::calls(z[0], z[1]);
    for p in [[0.8, 0.3], [-0.5, 0.4], [0.2, 0.9]] {
        let fd = fd_grad(&f, &p);
        let (v, gx, gy) = m::calls_grad(p[0], p[1]);
        assert!(close(v, f(&p), 1e-14));
        assert_vec_close(&[gx, gy], &fd, 1e-6, &format!("calls_grad at {p:?}"));
        let (_, jv) = m::calls_jvp(p[0], 0.3, p[1], 0.7);
        assert!(close(jv, 0.3 * fd[0] + 0.7 * fd[1], 1e-6));
        let (_, hx, hy) = m::calls_hvp(p[0], 0.3, p[1], 0.7);
        assert_vec_close(
            &[hx, hy],
            &fd_hvp(&f, &p, &[0.3, 0.7]),
            1e-4,
            &format!("calls_hvp at {p:?}"),
        );
    }
}

#[test]
fn nested_derivatives() {
    assert!(close(m::sum_sq_grad_target(&[1.0, 2.0]), 9.0, 0.0));
    let f = |z: &[f64]| m::nested(z[0], z[1]);
    for p in [[0.8, 0.3], [-0.5, 0.4], [0.2, 0.9]] {
        let fd = fd_grad(&f, &p);
        let (v, gx, gy) = m::nested_grad(p[0], p[1]);
        assert!(close(v, f(&p), 1e-14));
        assert_vec_close(&[gx, gy], &fd, 1e-6, &format!("nested_grad at {p:?}"));
        let (_, jv) = m::nested_jvp(p[0], 0.3, p[1], 0.7);
        assert!(close(jv, 0.3 * fd[0] + 0.7 * fd[1], 1e-6));
    }
}

#[test]
fn generic_with_float_shadowed() {
    let f = |z: &[f64]| m::generic(z[0], z[1]);
    let p = [0.6, -0.3];
    let fd = fd_grad(&f, &p);
    let (v, gx, gy) = m::generic_grad(p[0], p[1]);
    assert!(close(v, f(&p), 1e-14));
    assert_vec_close(&[gx, gy], &fd, 1e-6, "generic_grad f64");
    let (v32, gx32, gy32) = m::generic_grad(0.6f32, -0.3f32);
    assert!(close(f64::from(v32), v, 1e-5));
    assert_vec_close(
        &[f64::from(gx32), f64::from(gy32)],
        &fd,
        1e-4,
        "generic_grad f32",
    );
}

#[test]
fn vector_output() {
    let (r, t) = (1.5, 0.4);
    let (v, j) = m::vector_jvp(r, 1.0, t, 0.0);
    assert_eq!(v, m::vector(r, t));
    assert_vec_close(&j, &[t.cos(), t.sin()], 1e-12, "d/dr");
    let (_, j) = m::vector_jvp(r, 0.0, t, 1.0);
    assert_vec_close(&j, &[-r * t.sin(), r * t.cos()], 1e-12, "d/dt");
    let (v, br, bt) = m::vector_vjp(r, t, [2.0, -1.0]);
    assert_eq!(v, m::vector(r, t));
    let want_r = 2.0 * t.cos() - t.sin();
    let want_t = -2.0 * r * t.sin() - r * t.cos();
    assert_vec_close(&[br, bt], &[want_r, want_t], 1e-12, "vector_vjp");
}

#[test]
fn method_on_self() {
    let model = m::Model { scale: 0.25 };
    let f = |w: &[f64]| model.loss(w);
    let w = [0.1, -0.6, 1.4];
    let fd = fd_grad(&f, &w);
    let mut g = [0.0; 3];
    let v = model.loss_grad(&w, &mut g);
    assert!(close(v, f(&w), 1e-14));
    assert_vec_close(&g, &fd, 1e-6, "loss_grad");
    let d = [0.5, 0.5, -1.0];
    let mut hv = [0.0; 3];
    model.loss_hvp(&w, &d, &mut hv);
    assert_vec_close(&hv, &fd_hvp(&f, &w, &d), 1e-4, "loss_hvp");
}

#[test]
fn custom_rule_through_a_path_and_rem() {
    let f = |z: &[f64]| m::custom(z[0], z[1]);
    for p in [[0.7, 0.9], [1.3, -0.8], [-0.4, 0.5]] {
        let fd = fd_grad(&f, &p);
        let (v, gx, gy) = m::custom_grad(p[0], p[1]);
        assert!(close(v, f(&p), 1e-14), "value {v} vs {}", f(&p));
        assert_vec_close(&[gx, gy], &fd, 1e-6, &format!("custom_grad at {p:?}"));
        let (_, jv) = m::custom_jvp(p[0], 0.3, p[1], -0.6);
        assert!(close(jv, 0.3 * fd[0] - 0.6 * fd[1], 1e-6));
        let (_, hx, hy) = m::custom_hvp(p[0], 0.3, p[1], -0.6);
        assert_vec_close(
            &[hx, hy],
            &fd_hvp(&f, &p, &[0.3, -0.6]),
            1e-4,
            &format!("custom_hvp at {p:?}"),
        );
    }
}

#[test]
fn crate_path_override() {
    let x = [0.3, -0.9, 1.2];
    let f = |z: &[f64]| m::direct(&z[..3], z[3]);
    let p = [x[0], x[1], x[2], 0.8];
    let fd = fd_grad(&f, &p);
    let mut gx = [0.0; 3];
    let (v, gk) = m::direct_grad(&x, &mut gx, 0.8);
    assert!(close(v, f(&p), 1e-14));
    assert_vec_close(&[gx[0], gx[1], gx[2], gk], &fd, 1e-6, "direct_grad");
    let mut hx = [0.0; 3];
    let (_, hk) = m::direct_hvp(&x, &[1.0, 0.5, -0.5], &mut hx, 0.8, 2.0);
    let want = fd_hvp(&f, &p, &[1.0, 0.5, -0.5, 2.0]);
    assert_vec_close(&[hx[0], hx[1], hx[2], hk], &want, 1e-4, "direct_hvp");
}

#[test]
fn underscore_parameter_assertion_rev_range_tuple_assignment() {
    let x = [0.3, -0.9, 1.2, 0.4];
    let f = |z: &[f64]| m::newer(9.0, &z[..4], z[4]);
    let p = [x[0], x[1], x[2], x[3], 0.7];
    let fd = fd_grad(&f, &p);
    let mut gx = [0.0; 4];
    // `_` is unused, so it is passed through as an inactive parameter.
    let (v, gt) = m::newer_grad(9.0, &x, &mut gx, 0.7);
    assert!(close(v, f(&p), 1e-14));
    assert_vec_close(&[gx[0], gx[1], gx[2], gx[3], gt], &fd, 1e-6, "newer_grad");
    let d = [1.0, 0.5, -0.5, 0.25, 2.0];
    let mut hx = [0.0; 4];
    let (_, ht) = m::newer_hvp(9.0, &x, &d[..4], &mut hx, 0.7, d[4]);
    // a smaller outer step: this polynomial in `t` has large third derivatives
    let want = fd_hvp_step(&f, &p, &d, 2e-4);
    assert_vec_close(&[hx[0], hx[1], hx[2], hx[3], ht], &want, 1e-4, "newer_hvp");
}

#[test]
fn checkpointed_buffer_state() {
    let x = [0.4, -0.3, 0.8];
    for steps in [0, 1, 9] {
        let f = |z: &[f64]| m::stepped_buffer(z, steps);
        let mut g = [0.0; 3];
        let v = m::stepped_buffer_grad(&x, &mut g, steps);
        assert!(close(v, f(&x), 1e-14));
        assert_vec_close(&g, &fd_grad(&f, &x), 1e-6, "stepped_buffer_grad");
        let dir = [0.7, 0.2, -0.4];
        let mut hv = [0.0; 3];
        m::stepped_buffer_hvp(&x, &dir, &mut hv, steps);
        assert_vec_close(&hv, &fd_hvp(&f, &x, &dir), 1e-4, "stepped_buffer_hvp");
    }
}

#[test]
fn checkpointed_loop() {
    let x = [0.4, -0.3];
    for steps in [0, 1, 9] {
        let f = |z: &[f64]| m::stepped(z, steps);
        let mut g = [0.0; 2];
        let v = m::stepped_grad(&x, &mut g, steps);
        assert!(close(v, f(&x), 1e-14));
        assert_vec_close(&g, &fd_grad(&f, &x), 1e-6, "stepped_grad");
        let dir = [0.7, 0.2];
        let mut hv = [0.0; 2];
        m::stepped_hvp(&x, &dir, &mut hv, steps);
        assert_vec_close(&hv, &fd_hvp(&f, &x, &dir), 1e-4, "stepped_hvp");
    }
}
