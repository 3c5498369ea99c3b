//! `gmm`: the log posterior of a Gaussian mixture model with a Wishart prior on the
//! precision matrices (ADBench's GMM objective with GradBench's three fixes), and its
//! gradient.

use crate::protocol::{
    f64_of, field, matrix_of, rows_json, usize_of, vec_of, EvalError, Evaluated, Runs,
};
use differentiable::{differentiable, no_grad};
use serde_json::{json, Value};

/// `-½‖Q(q, l)(x - μ)‖² + Σⱼ qⱼ` for one point `x` and one component (`μ`, `q`, `l`),
/// where `Q` is lower triangular with diagonal `exp(q)` and strictly lower part `l`
/// stored column by column.
#[differentiable(wrt(mu, q, l))]
pub fn component_term(x: &[f64], mu: &[f64], q: &[f64], l: &[f64]) -> f64 {
    let d = x.len();
    let mut sq = 0.0;
    let mut sum_q = 0.0;
    for j in 0..d {
        // row j of Q (x - μ); column i of l starts at i (2d - i - 1) / 2
        let mut v = q[j].exp() * (x[j] - mu[j]);
        for i in 0..j {
            v += l[i * (2 * d - i - 1) / 2 + j - i - 1] * (x[i] - mu[i]);
        }
        sq += v * v;
        sum_q += q[j];
    }
    sum_q - 0.5 * sq
}

/// `Σᵢ logsumexpₖ(αₖ + component_term(xᵢ, μₖ, qₖ, lₖ))` over the points `x` (rows
/// of `d`): the part of the log posterior that depends on the data.
#[differentiable(wrt(alpha, mu, q, l))]
pub fn point_terms(alpha: &[f64], mu: &[f64], q: &[f64], l: &[f64], x: &[f64], d: usize) -> f64 {
    let k = alpha.len();
    let n = x.len() / d;
    let l_sz = d * (d - 1) / 2;
    // the log-sum-exp over components in one pass per point (a running maximum and a
    // sum rescaled when the maximum moves)
    let mut slse = 0.0;
    for i in 0..n {
        let xi: &[f64] = &x[i * d..(i + 1) * d];
        let mut mx = alpha[0] + component_term(no_grad(xi), &mu[0..d], &q[0..d], &l[0..l_sz]);
        let mut s = 1.0;
        for c in 1..k {
            let b = alpha[c]
                + component_term(
                    no_grad(xi),
                    &mu[c * d..(c + 1) * d],
                    &q[c * d..(c + 1) * d],
                    &l[c * l_sz..(c + 1) * l_sz],
                );
            if b > mx {
                s = s * (mx - b).exp() + 1.0;
                mx = b;
            } else {
                s += (b - mx).exp();
            }
        }
        slse += mx + s.ln();
    }
    slse
}

/// The rest of the log posterior for `n` points: the normalisation of the weights
/// and of the Gaussians, and the Wishart prior (`m`, `γ`) on the precision matrices;
/// `log_gamma_d` is the constant `log Γ_d((d + m + 1)/2)` (see [`log_multigamma`]).
#[allow(clippy::too_many_arguments)]
#[differentiable(wrt(alpha, q, l))]
pub fn prior_terms(
    alpha: &[f64],
    q: &[f64],
    l: &[f64],
    n: usize,
    d: usize,
    m: usize,
    gamma: f64,
    log_gamma_d: f64,
) -> f64 {
    let k = alpha.len();
    let l_sz = d * (d - 1) / 2;
    let a_max = alpha.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let lse_alpha = a_max + alpha.iter().map(|a| (a - a_max).exp()).sum::<f64>().ln();
    // -γ²/2 ‖Q‖²_F + m Σ q per component
    let mut prior = 0.0;
    for c in 0..k {
        let mut frobenius = 0.0;
        let mut sum_q = 0.0;
        for j in 0..d {
            let e = q[c * d + j].exp();
            frobenius += e * e;
            sum_q += q[c * d + j];
        }
        for j in 0..l_sz {
            frobenius += l[c * l_sz + j] * l[c * l_sz + j];
        }
        prior += (m as f64) * sum_q - 0.5 * gamma * gamma * frobenius;
    }
    let dof = (d + m + 1) as f64;
    let prior_constant = dof * (d as f64) * (gamma.ln() - 0.5 * 2.0f64.ln()) - log_gamma_d;
    let constant = -((n * d) as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    constant - (n as f64) * lse_alpha + prior + (k as f64) * prior_constant
}

/// The log posterior. `alpha` has one weight parameter per component, `mu` and `q`
/// rows of `d` per component, `l` rows of `d(d-1)/2`, `x` the points (rows of `d`);
/// `m`, `γ` and `log_gamma_d` as in [`prior_terms`].
#[allow(clippy::too_many_arguments)]
#[differentiable(wrt(alpha, mu, q, l))]
pub fn objective(
    alpha: &[f64],
    mu: &[f64],
    q: &[f64],
    l: &[f64],
    x: &[f64],
    d: usize,
    m: usize,
    gamma: f64,
    log_gamma_d: f64,
) -> f64 {
    let n = x.len() / d;
    point_terms(alpha, mu, q, l, no_grad(x), d)
        + prior_terms(alpha, q, l, n, d, m, no_grad(gamma), no_grad(log_gamma_d))
}

/// `log Γ(z)` for `z` a positive multiple of ½ (the only arguments the prior needs),
/// from `Γ(1) = 1`, `Γ(½) = √π` and `Γ(z + 1) = z Γ(z)`.
fn ln_gamma_half_integer(z: f64) -> f64 {
    let mut out = if (z - z.floor()).abs() < 0.25 {
        0.0
    } else {
        0.5 * std::f64::consts::PI.ln()
    };
    let mut t = z - 1.0;
    while t > 0.25 {
        out += t.ln();
        t -= 1.0;
    }
    out
}

/// The log of the multivariate gamma function `Γ_p(a)`, for `2a` an integer.
pub fn log_multigamma(a: f64, p: usize) -> f64 {
    let pf = p as f64;
    let mut out = 0.25 * pf * (pf - 1.0) * std::f64::consts::PI.ln();
    for j in 1..=p {
        out += ln_gamma_half_integer(a + 0.5 * (1.0 - j as f64));
    }
    out
}

/// A parsed `gmm` input.
pub struct Input {
    /// Dimension.
    pub d: usize,
    /// Wishart degrees of freedom beyond `d + 1`.
    pub m: usize,
    /// Wishart precision.
    pub gamma: f64,
    /// Weight parameters, one per component.
    pub alpha: Vec<f64>,
    /// Means (rows of `d`).
    pub mu: Vec<f64>,
    /// Log-diagonals (rows of `d`).
    pub q: Vec<f64>,
    /// Strictly lower parts (rows of `d(d-1)/2`).
    pub l: Vec<f64>,
    /// Points (rows of `d`).
    pub x: Vec<f64>,
}

impl Input {
    /// Reads the eval's input.
    pub fn parse(input: &Value) -> Result<Input, EvalError> {
        let d = usize_of(field(input, "d")?, "d")?;
        let k = usize_of(field(input, "k")?, "k")?;
        let n = usize_of(field(input, "n")?, "n")?;
        let m = usize_of(field(input, "m")?, "m")?;
        let gamma = f64_of(field(input, "gamma")?, "gamma")?;
        let alpha = vec_of(field(input, "alpha")?, "alpha")?;
        let (mu, _) = matrix_of(field(input, "mu")?, "mu")?;
        let (q, _) = matrix_of(field(input, "q")?, "q")?;
        let (l, _) = matrix_of(field(input, "l")?, "l")?;
        let (x, _) = matrix_of(field(input, "x")?, "x")?;
        let l_sz = d * d.saturating_sub(1) / 2;
        if d == 0
            || k == 0
            || alpha.len() != k
            || mu.len() != k * d
            || q.len() != k * d
            || l.len() != k * l_sz
            || x.len() != n * d
        {
            return Err("gmm input sizes do not match d, k and n".into());
        }
        Ok(Input {
            d,
            m,
            gamma,
            alpha,
            mu,
            q,
            l,
            x,
        })
    }

    fn log_gamma_d(&self) -> f64 {
        log_multigamma(0.5 * (self.d + self.m + 1) as f64, self.d)
    }

    /// The log posterior.
    pub fn objective(&self) -> f64 {
        objective(
            &self.alpha,
            &self.mu,
            &self.q,
            &self.l,
            &self.x,
            self.d,
            self.m,
            self.gamma,
            self.log_gamma_d(),
        )
    }

    /// The log posterior, the points split among rayon's threads.
    #[cfg(feature = "rayon")]
    pub fn objective_parallel(&self) -> f64 {
        use rayon::prelude::*;
        let points: f64 = self
            .x
            .par_chunks(self.chunk())
            .map(|xs| point_terms(&self.alpha, &self.mu, &self.q, &self.l, xs, self.d))
            .sum();
        let n = self.x.len() / self.d;
        points
            + prior_terms(
                &self.alpha,
                &self.q,
                &self.l,
                n,
                self.d,
                self.m,
                self.gamma,
                self.log_gamma_d(),
            )
    }

    /// The gradient, into `g`, the points split among rayon's threads: the gradient
    /// of a sum is the sum of the gradients of its parts.
    #[cfg(feature = "rayon")]
    pub fn gradient_parallel(&self, g: &mut Gradient) -> f64 {
        use rayon::prelude::*;
        let (points, mut total) = self
            .x
            .par_chunks(self.chunk())
            .map(|xs| {
                let mut part = Gradient::zeros(self);
                let value = point_terms_grad(
                    &self.alpha,
                    &mut part.alpha,
                    &self.mu,
                    &mut part.mu,
                    &self.q,
                    &mut part.q,
                    &self.l,
                    &mut part.l,
                    xs,
                    self.d,
                );
                (value, part)
            })
            .reduce(
                || (0.0, Gradient::zeros(self)),
                |(va, mut a), (vb, b)| {
                    a.add(&b);
                    (va + vb, a)
                },
            );
        let n = self.x.len() / self.d;
        let rest = prior_terms_vjp(
            &self.alpha,
            &mut total.alpha,
            &self.q,
            &mut total.q,
            &self.l,
            &mut total.l,
            n,
            self.d,
            self.m,
            self.gamma,
            self.log_gamma_d(),
            1.0,
        );
        *g = total;
        points + rest
    }

    /// Points per parallel task (whole points, one task per thread).
    #[cfg(feature = "rayon")]
    fn chunk(&self) -> usize {
        let n = self.x.len() / self.d;
        n.div_ceil(rayon::current_num_threads()).max(1) * self.d
    }

    /// The gradient, into `g` (shaped like the parameters).
    pub fn gradient(&self, g: &mut Gradient) -> f64 {
        objective_grad(
            &self.alpha,
            &mut g.alpha,
            &self.mu,
            &mut g.mu,
            &self.q,
            &mut g.q,
            &self.l,
            &mut g.l,
            &self.x,
            self.d,
            self.m,
            self.gamma,
            self.log_gamma_d(),
        )
    }
}

/// The gradient of the objective, by parameter.
pub struct Gradient {
    /// With respect to `alpha`.
    pub alpha: Vec<f64>,
    /// With respect to `mu`.
    pub mu: Vec<f64>,
    /// With respect to `q`.
    pub q: Vec<f64>,
    /// With respect to `l`.
    pub l: Vec<f64>,
}

impl Gradient {
    /// Zeros shaped like `input`'s parameters.
    pub fn zeros(input: &Input) -> Gradient {
        Gradient {
            alpha: vec![0.0; input.alpha.len()],
            mu: vec![0.0; input.mu.len()],
            q: vec![0.0; input.q.len()],
            l: vec![0.0; input.l.len()],
        }
    }

    /// Adds `other` element by element.
    pub fn add(&mut self, other: &Gradient) {
        for (a, b) in [
            (&mut self.alpha, &other.alpha),
            (&mut self.mu, &other.mu),
            (&mut self.q, &other.q),
            (&mut self.l, &other.l),
        ] {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
    }

    /// The eval's output format.
    pub fn to_json(&self) -> Value {
        let k = self.alpha.len();
        json!({
            "alpha": self.alpha,
            "mu": rows_json(&self.mu, k),
            "q": rows_json(&self.q, k),
            "l": rows_json(&self.l, k),
        })
    }
}

/// Answers `objective` or `jacobian`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let parsed = Input::parse(input)?;
    let runs = Runs::of(input);
    let (output, timings) = match function {
        "objective" => {
            #[cfg(feature = "rayon")]
            let (y, t) = runs.measure(|| parsed.objective_parallel());
            #[cfg(not(feature = "rayon"))]
            let (y, t) = runs.measure(|| parsed.objective());
            (json!(y), t)
        }
        "jacobian" => {
            let mut g = Gradient::zeros(&parsed);
            #[cfg(feature = "rayon")]
            let (_, t) = runs.measure(|| parsed.gradient_parallel(&mut g));
            #[cfg(not(feature = "rayon"))]
            let (_, t) = runs.measure(|| parsed.gradient(&mut g));
            (g.to_json(), t)
        }
        other => return Err(super::unknown_function("gmm", other)),
    };
    Ok(Evaluated { output, timings })
}
