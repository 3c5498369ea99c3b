//! `ba`: ADBench's bundle adjustment: reprojection errors of points seen by cameras
//! and a weight penalty, and their sparse Jacobian (a 2 × 15 block per observation and
//! one entry per weight).
//!
//! The eval sends one camera, one point, one weight and one feature, which the tool
//! duplicates into `n` cameras, `m` points and `p` observations (observation `i` sees
//! camera `i mod n` and point `i mod m`), as GradBench's C++ tools do. The outputs
//! have the shapes of GradBench's reference tool, which the eval compares against: the
//! objective as `{"reproj_error": {"elements": [e₀, e₁], "repeated": p}, "w_err":
//! {"element": e, "repeated": p}}` (every observation is the same), the Jacobian as the
//! first 30 and the last entries of its compressed-row lists.

use crate::protocol::{f64_of, field, usize_of, vec_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// Parameters per camera: rotation (3, angle-axis), center (3), focal length,
/// principal point (2), radial distortion (2).
pub const CAM: usize = 11;

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

/// The weighted reprojection error of one observation into `out`: the camera `cam`
/// ([`CAM`] numbers) sees the point `x` (3) where the feature `feat` was observed;
/// `w` weighs the error.
#[differentiable(wrt(cam, x, w))]
pub fn reprojection_error(cam: &[f64], x: &[f64], w: f64, feat: &[f64], out: &mut [f64; 2]) {
    let centered = [x[0] - cam[3], x[1] - cam[4], x[2] - cam[5]];
    let xcam: [f64; 3] = rodrigues_rotate_point(&cam[0..3], &centered);
    let px = xcam[0] / xcam[2];
    let py = xcam[1] / xcam[2];
    let rsq = px * px + py * py;
    let distortion = 1.0 + cam[9] * rsq + cam[10] * rsq * rsq;
    out[0] = w * (px * distortion * cam[6] + cam[7] - feat[0]);
    out[1] = w * (py * distortion * cam[6] + cam[8] - feat[1]);
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

    /// The camera, point, weight and feature of observation `i`.
    fn observation(&self, i: usize) -> (&[f64], &[f64], f64, &[f64]) {
        let (c, pt) = self.obs[i];
        (
            &self.cams[c * CAM..(c + 1) * CAM],
            &self.points[pt * 3..pt * 3 + 3],
            self.weights[i],
            &self.feats[2 * i..2 * i + 2],
        )
    }

    /// The reprojection errors (2 per observation) and weight errors (1 per
    /// observation).
    pub fn objective(&self, reproj: &mut [f64], w_err: &mut [f64]) {
        for (i, err) in reproj.chunks_exact_mut(2).enumerate() {
            self.reprojection(i, err);
        }
        for (e, &w) in w_err.iter_mut().zip(&self.weights) {
            *e = weight_error(w);
        }
    }

    /// [`Problem::objective`] with the observations split among rayon's threads.
    #[cfg(feature = "rayon")]
    pub fn objective_parallel(&self, reproj: &mut [f64], w_err: &mut [f64]) {
        use rayon::prelude::*;
        reproj
            .par_chunks_exact_mut(2)
            .enumerate()
            .for_each(|(i, err)| self.reprojection(i, err));
        w_err
            .par_iter_mut()
            .zip(&self.weights)
            .for_each(|(e, &w)| *e = weight_error(w));
    }

    fn reprojection(&self, i: usize, err: &mut [f64]) {
        let (cam, x, w, feat) = self.observation(i);
        let mut out = [0.0; 2];
        reprojection_error(cam, x, w, feat, &mut out);
        err.copy_from_slice(&out);
    }

    /// The Jacobian of the residuals (reprojection errors, then weight errors) with
    /// respect to (cameras, points, weights), in compressed sparse rows: two rows of
    /// [`CAM`] + 4 entries per observation, then one entry per weight.
    pub fn jacobian(&self, jac: &mut Sparse) {
        let (blocks, weights) = jac.shape(self.p);
        for (i, (cols, vals)) in blocks
            .0
            .chunks_exact_mut(2 * BLOCK)
            .zip(blocks.1.chunks_exact_mut(2 * BLOCK))
            .enumerate()
        {
            self.block(i, cols, vals);
        }
        for (i, (col, val)) in weights.0.iter_mut().zip(weights.1.iter_mut()).enumerate() {
            (*col, *val) = self.weight_entry(i);
        }
    }

    /// [`Problem::jacobian`] with the observations split among rayon's threads.
    #[cfg(feature = "rayon")]
    pub fn jacobian_parallel(&self, jac: &mut Sparse) {
        use rayon::prelude::*;
        let (blocks, weights) = jac.shape(self.p);
        blocks
            .0
            .par_chunks_exact_mut(2 * BLOCK)
            .zip(blocks.1.par_chunks_exact_mut(2 * BLOCK))
            .enumerate()
            .for_each(|(i, (cols, vals))| self.block(i, cols, vals));
        weights
            .0
            .par_iter_mut()
            .zip(weights.1.par_iter_mut())
            .enumerate()
            .for_each(|(i, (col, val))| (*col, *val) = self.weight_entry(i));
    }

    /// The two rows of observation `i`'s block: two VJPs, one per residual.
    fn block(&self, i: usize, cols: &mut [usize], vals: &mut [f64]) {
        let (cam, x, w, feat) = self.observation(i);
        let (c, pt) = self.obs[i];
        let w_col = CAM * self.n + 3 * self.m;
        for row in 0..2 {
            let mut seed = [0.0; 2];
            seed[row] = 1.0;
            let mut cam_bar = [0.0; CAM];
            let mut x_bar = [0.0; 3];
            let mut out = [0.0; 2];
            let w_bar =
                reprojection_error_vjp(cam, &mut cam_bar, x, &mut x_bar, w, feat, &mut out, &seed);
            let row_cols = (CAM * c..CAM * c + CAM)
                .chain(CAM * self.n + 3 * pt..CAM * self.n + 3 * pt + 3)
                .chain([w_col + i]);
            let row_vals = cam_bar.into_iter().chain(x_bar).chain([w_bar]);
            let range = row * BLOCK..(row + 1) * BLOCK;
            for ((col, val), (rc, rv)) in cols[range.clone()]
                .iter_mut()
                .zip(&mut vals[range])
                .zip(row_cols.zip(row_vals))
            {
                *col = rc;
                *val = rv;
            }
        }
    }

    /// The entry of weight `i`'s row.
    fn weight_entry(&self, i: usize) -> (usize, f64) {
        let (_, d) = weight_error_grad(self.weights[i]);
        (CAM * self.n + 3 * self.m + i, d)
    }
}

/// Entries in each row of an observation's block: the camera, the point, the weight.
const BLOCK: usize = CAM + 3 + 1;

/// Column and value slices of the observation blocks and of the weight rows.
type Parts<'a> = (
    (&'a mut [usize], &'a mut [f64]),
    (&'a mut [usize], &'a mut [f64]),
);

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
    /// Sizes the matrix for `p` observations, fills the row starts, and hands out the
    /// entries of the blocks and of the weight rows to be filled.
    fn shape(&mut self, p: usize) -> Parts<'_> {
        self.rows.clear();
        self.rows.extend((0..=2 * p).map(|r| BLOCK * r));
        self.rows.extend((1..=p).map(|j| 2 * BLOCK * p + j));
        self.cols.resize(2 * BLOCK * p + p, 0);
        self.vals.resize(2 * BLOCK * p + p, 0.0);
        let (bc, wc) = self.cols.split_at_mut(2 * BLOCK * p);
        let (bv, wv) = self.vals.split_at_mut(2 * BLOCK * p);
        ((bc, bv), (wc, wv))
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
            #[cfg(feature = "rayon")]
            let ((), t) = runs.measure(|| problem.objective_parallel(&mut reproj, &mut w_err));
            #[cfg(not(feature = "rayon"))]
            let ((), t) = runs.measure(|| problem.objective(&mut reproj, &mut w_err));
            let out = json!({
                "reproj_error": { "elements": [reproj[0], reproj[1]], "repeated": problem.p },
                "w_err": { "element": w_err[0], "repeated": problem.p },
            });
            (out, t)
        }
        "jacobian" => {
            let mut jac = Sparse::default();
            #[cfg(feature = "rayon")]
            let ((), t) = runs.measure(|| problem.jacobian_parallel(&mut jac));
            #[cfg(not(feature = "rayon"))]
            let ((), t) = runs.measure(|| problem.jacobian(&mut jac));
            (jac.to_json(), t)
        }
        other => return Err(super::unknown_function("ba", other)),
    };
    Ok(Evaluated { output, timings })
}
