//! `ba`: ADBench's bundle adjustment: reprojection errors of points seen by cameras
//! and a weight penalty, and their sparse Jacobian (a 2 × 15 block per observation and
//! one entry per weight).
//!
//! The eval sends one camera, one point, one weight and one feature, which the tool
//! duplicates into `n` cameras, `m` points and `p` observations (observation `i` sees
//! camera `i mod n` and point `i mod m`), as GradBench's C++ tools do.

use crate::protocol::{f64_of, field, usize_of, vec_of, EvalError, Evaluated, Runs};
use differentiable::{dense, differentiable};
use serde_json::{json, Value};

/// Parameters per camera: rotation (3, angle-axis), center (3), focal length,
/// principal point (2), radial distortion (2).
pub const CAM: usize = 11;
/// The parameters of one observation: its camera, its point (3) and its weight.
pub const BLOCK: usize = CAM + 3 + 1;

/// `pt` rotated by the angle-axis vector `rot` (Rodrigues' formula; to first order
/// at a zero angle).
#[differentiable]
pub fn rodrigues_rotate_point(rot: &[f64], pt: &[f64]) -> [f64; 3] {
    let sqtheta = rot[0] * rot[0] + rot[1] * rot[1] + rot[2] * rot[2];
    let mut out = [0.0; 3];
    if sqtheta != 0.0 {
        let theta = sqtheta.sqrt();
        let (sin, cos) = (theta.sin(), theta.cos());
        let w = [rot[0] / theta, rot[1] / theta, rot[2] / theta];
        let cross = [
            w[1] * pt[2] - w[2] * pt[1],
            w[2] * pt[0] - w[0] * pt[2],
            w[0] * pt[1] - w[1] * pt[0],
        ];
        let tmp = (w[0] * pt[0] + w[1] * pt[1] + w[2] * pt[2]) * (1.0 - cos);
        for i in 0..3 {
            out[i] = pt[i] * cos + cross[i] * sin + w[i] * tmp;
        }
    } else {
        out[0] = pt[0] + rot[1] * pt[2] - rot[2] * pt[1];
        out[1] = pt[1] + rot[2] * pt[0] - rot[0] * pt[2];
        out[2] = pt[2] + rot[0] * pt[1] - rot[1] * pt[0];
    }
    out
}

/// The weighted reprojection error of one observation into `out`: `b` holds the
/// camera, the point and the weight ([`BLOCK`] numbers), `feat` the observed feature.
#[differentiable(wrt(b))]
pub fn reprojection_error(b: &[f64], feat: &[f64], out: &mut [f64; 2]) {
    let centered = [b[11] - b[3], b[12] - b[4], b[13] - b[5]];
    let xcam: [f64; 3] = rodrigues_rotate_point(&b[0..3], &centered);
    let px = xcam[0] / xcam[2];
    let py = xcam[1] / xcam[2];
    let rsq = px * px + py * py;
    let distortion = 1.0 + b[9] * rsq + b[10] * rsq * rsq;
    let w = b[14];
    out[0] = w * (px * distortion * b[6] + b[7] - feat[0]);
    out[1] = w * (py * distortion * b[6] + b[8] - feat[1]);
}

/// The weight penalty `1 - w²`.
#[differentiable]
pub fn weight_error(w: f64) -> f64 {
    1.0 - w * w
}

/// A `ba` problem, duplicated to its full size.
pub struct Problem {
    /// Cameras.
    pub n: usize,
    /// Points.
    pub m: usize,
    /// Observations.
    pub p: usize,
    /// Cameras, [`CAM`] numbers each.
    pub cams: Vec<f64>,
    /// Points, 3 numbers each.
    pub points: Vec<f64>,
    /// Weights, one per observation.
    pub weights: Vec<f64>,
    /// Features, 2 numbers per observation.
    pub feats: Vec<f64>,
    /// (camera, point) of each observation.
    pub obs: Vec<(usize, usize)>,
}

impl Problem {
    /// Reads the eval's input and duplicates it.
    pub fn parse(input: &Value) -> Result<Problem, EvalError> {
        let n = usize_of(field(input, "n")?, "n")?;
        let m = usize_of(field(input, "m")?, "m")?;
        let p = usize_of(field(input, "p")?, "p")?;
        let cam = vec_of(field(input, "cam")?, "cam")?;
        let x = vec_of(field(input, "x")?, "x")?;
        let w = f64_of(field(input, "w")?, "w")?;
        let feat = vec_of(field(input, "feat")?, "feat")?;
        if cam.len() != CAM || x.len() != 3 || feat.len() != 2 || n == 0 || m == 0 || p == 0 {
            return Err("ba needs 11 camera parameters, 3 coordinates, 2 feature coordinates and n, m, p > 0".into());
        }
        Ok(Problem {
            n,
            m,
            p,
            cams: cam.repeat(n),
            points: x.repeat(m),
            weights: vec![w; p],
            feats: feat.repeat(p),
            obs: (0..p).map(|i| (i % n, i % m)).collect(),
        })
    }

    /// The parameters of observation `i`, gathered into `b`.
    fn gather(&self, i: usize, b: &mut [f64; BLOCK]) {
        let (c, pt) = self.obs[i];
        b[..CAM].copy_from_slice(&self.cams[c * CAM..(c + 1) * CAM]);
        b[CAM..CAM + 3].copy_from_slice(&self.points[pt * 3..pt * 3 + 3]);
        b[CAM + 3] = self.weights[i];
    }

    /// The reprojection errors (2 per observation) and weight errors (1 per
    /// observation).
    pub fn objective(&self, reproj: &mut [f64], w_err: &mut [f64]) {
        let mut b = [0.0; BLOCK];
        for i in 0..self.p {
            self.gather(i, &mut b);
            let mut out = [0.0; 2];
            reprojection_error(&b, &self.feats[2 * i..2 * i + 2], &mut out);
            reproj[2 * i..2 * i + 2].copy_from_slice(&out);
        }
        for (e, &w) in w_err.iter_mut().zip(&self.weights) {
            *e = weight_error(w);
        }
    }

    /// The Jacobian of the residuals (reprojection errors, then weight errors) with
    /// respect to (cameras, points, weights), in compressed sparse rows.
    pub fn jacobian(&self, jac: &mut Sparse) {
        jac.clear();
        let mut b = [0.0; BLOCK];
        let w_col = CAM * self.n + 3 * self.m;
        for i in 0..self.p {
            self.gather(i, &mut b);
            let feat = &self.feats[2 * i..2 * i + 2];
            let block = dense::jacobian(
                &b,
                |b: &[f64], db: &[f64], out: &mut [f64; 2], dout: &mut [f64; 2]| {
                    reprojection_error_jvp(b, db, feat, out, dout)
                },
                |b: &[f64], bb: &mut [f64], out: &mut [f64; 2], seed: &[f64; 2]| {
                    reprojection_error_vjp(b, bb, feat, out, seed)
                },
            );
            let (c, pt) = self.obs[i];
            for row in block.chunks_exact(BLOCK) {
                let cols = (CAM * c..CAM * c + CAM)
                    .chain(CAM * self.n + 3 * pt..CAM * self.n + 3 * pt + 3)
                    .chain([w_col + i]);
                jac.push_row(cols.zip(row.iter().copied()));
            }
        }
        for (i, &w) in self.weights.iter().enumerate() {
            let (_, d) = weight_error_grad(w);
            jac.push_row([(w_col + i, d)]);
        }
    }
}

/// A sparse matrix in compressed sparse rows.
#[derive(Default)]
pub struct Sparse {
    /// Start of each row in `cols`/`vals`, and the end of the last.
    pub rows: Vec<usize>,
    /// Column of each entry.
    pub cols: Vec<usize>,
    /// Value of each entry.
    pub vals: Vec<f64>,
}

impl Sparse {
    fn clear(&mut self) {
        self.rows.clear();
        self.cols.clear();
        self.vals.clear();
        self.rows.push(0);
    }

    fn push_row(&mut self, entries: impl IntoIterator<Item = (usize, f64)>) {
        for (c, v) in entries {
            self.cols.push(c);
            self.vals.push(v);
        }
        self.rows.push(self.cols.len());
    }

    /// The eval's output: the first 30 entries of each list and the last one.
    pub fn to_json(&self) -> Value {
        json!({ "rows": cut(&self.rows), "cols": cut(&self.cols), "vals": cut(&self.vals) })
    }
}

/// The first 30 elements of `v` and its last.
fn cut<T: Copy>(v: &[T]) -> Vec<T> {
    let mut out: Vec<T> = v.iter().take(30).copied().collect();
    out.extend(v.last().copied());
    out
}

/// Answers `objective` or `jacobian`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let problem = Problem::parse(input)?;
    let runs = Runs::of(input);
    let (output, timings) = match function {
        "objective" => {
            let mut reproj = vec![0.0; 2 * problem.p];
            let mut w_err = vec![0.0; problem.p];
            let ((), t) = runs.measure(|| problem.objective(&mut reproj, &mut w_err));
            let out = json!({
                "reproj_error": { "elements": [reproj[0], reproj[1]], "repeated": problem.p },
                "w_err": { "element": w_err[0], "repeated": problem.p },
            });
            (out, t)
        }
        "jacobian" => {
            let mut jac = Sparse::default();
            let ((), t) = runs.measure(|| problem.jacobian(&mut jac));
            (jac.to_json(), t)
        }
        other => return Err(super::unknown_function("ba", other)),
    };
    Ok(Evaluated { output, timings })
}
