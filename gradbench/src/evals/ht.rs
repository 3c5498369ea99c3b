//! `ht`: ADBench's hand tracking: the residuals between observed points and a skinned
//! hand model posed by 26 parameters `theta` (and, in the "complicated" variant, a
//! point on a triangle per correspondence given by barycentric `us`), and their
//! Jacobian.
//!
//! The bone transforms are stack arrays (up to [`MAX_BONES`] bones); each residual
//! skins only the vertices it reads. The Jacobian comes from forward mode: one JVP per
//! component of `theta`, and, for `us`, whose residual `i` reads only `us[2i]` and
//! `us[2i + 1]`, one JVP along every `u₀` and one along every `u₁` at once.

use crate::protocol::{field, matrix_of, usizes_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// The most bones a model may have (the eval's models have 22).
pub const MAX_BONES: usize = 32;

/// A hand model: bones with their rest transforms, and vertices skinned to them.
pub struct Model {
    /// Number of bones.
    pub bones: usize,
    /// Parent of each bone (earlier in the order), or -1.
    pub parents: Vec<i64>,
    /// The transform of each bone relative to its parent, 4 × 4 row-major.
    pub base_relatives: Vec<f64>,
    /// The inverse of each bone's absolute rest transform, 4 × 4 row-major.
    pub inverse_base_absolutes: Vec<f64>,
    /// Homogeneous rest positions of the vertices (4 each).
    pub base_positions: Vec<f64>,
    /// Weight of each bone for each vertex (`bones` per vertex).
    pub weights: Vec<f64>,
    /// Vertices of each triangle.
    pub triangles: Vec<usize>,
    /// Whether the model is a left hand (x mirrored).
    pub is_mirrored: bool,
}

/// The residuals `points - model(theta, us)` into `out` (3 per correspondence).
/// Without `us` (empty), correspondence `i` is the vertex `correspondences[i]`; with
/// `us`, it is the point `u₀ a + u₁ b + (1 - u₀ - u₁) c` of the triangle
/// `correspondences[i]`.
// element-wise copies: a `#[differentiable]` body writes arrays element by element
#[allow(clippy::manual_memcpy)]
#[differentiable(wrt(theta, us))]
pub fn objective(
    theta: &[f64],
    us: &[f64],
    model: &Model,
    points: &[f64],
    correspondences: &[usize],
    out: &mut [f64],
) {
    let bones = model.bones;
    let parents: &[i64] = &model.parents;
    let base_relatives: &[f64] = &model.base_relatives;
    let inverse_base_absolutes: &[f64] = &model.inverse_base_absolutes;
    let base_positions: &[f64] = &model.base_positions;
    let weights: &[f64] = &model.weights;
    let triangles: &[usize] = &model.triangles;
    let mirror = if model.is_mirrored { -1.0 } else { 1.0 };

    // Euler angles (x, z, y) of each bone: the first two bones and the last bone of
    // each finger are fixed; a finger's base bone has two angles, the others one.
    let mut angles = [[0.0; 3]; MAX_BONES];
    let mut k = 6;
    for finger in 0..5 {
        for joint in 0..3 {
            let bone = 2 + 4 * finger + joint;
            angles[bone][0] = theta[k];
            k += 1;
            if joint == 0 {
                angles[bone][1] = theta[k];
                k += 1;
            }
        }
    }

    // Posed absolute transforms (4 × 4 row-major) and skinning transforms.
    let mut absolutes = [[0.0; 16]; MAX_BONES];
    let mut transforms = [[0.0; 16]; MAX_BONES];
    for b in 0..bones {
        let (cx, sx) = (angles[b][0].cos(), angles[b][0].sin());
        let (cy, sy) = (angles[b][2].cos(), angles[b][2].sin());
        let (cz, sz) = (angles[b][1].cos(), angles[b][1].sin());
        // R = Rz Ry Rx
        let rot = [
            cz * cy,
            -sz * cx + cz * sy * sx,
            sz * sx + cz * sy * cx,
            sz * cy,
            cz * cx + sz * sy * sx,
            -cz * sx + sz * sy * cx,
            -sy,
            cy * sx,
            cy * cx,
        ];
        // relative = base_relative · [R 0; 0 1]
        let mut relative = [0.0; 16];
        for r in 0..4 {
            for c in 0..3 {
                let mut s = 0.0;
                for i in 0..3 {
                    s += base_relatives[16 * b + 4 * r + i] * rot[3 * i + c];
                }
                relative[4 * r + c] = s;
            }
            relative[4 * r + 3] = base_relatives[16 * b + 4 * r + 3];
        }
        if parents[b] < 0 {
            for e in 0..16 {
                absolutes[b][e] = relative[e];
            }
        } else {
            let p = parents[b] as usize;
            for r in 0..4 {
                for c in 0..4 {
                    let mut s = 0.0;
                    for i in 0..4 {
                        s += absolutes[p][4 * r + i] * relative[4 * i + c];
                    }
                    absolutes[b][4 * r + c] = s;
                }
            }
        }
        for r in 0..4 {
            for c in 0..4 {
                let mut s = 0.0;
                for i in 0..4 {
                    s += absolutes[b][4 * r + i] * inverse_base_absolutes[16 * b + 4 * i + c];
                }
                transforms[b][4 * r + c] = s;
            }
        }
    }

    // The global rotation (angle-axis theta[0..3]; the identity near zero).
    let norm = (theta[0] * theta[0] + theta[1] * theta[1] + theta[2] * theta[2]).sqrt();
    let mut global = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0];
    if norm >= 0.0001 {
        let (x, y, z) = (theta[0] / norm, theta[1] / norm, theta[2] / norm);
        let (s, c) = (norm.sin(), norm.cos());
        global = [
            x * x + (1.0 - x * x) * c,
            x * y * (1.0 - c) - z * s,
            x * z * (1.0 - c) + y * s,
            x * y * (1.0 - c) + z * s,
            y * y + (1.0 - y * y) * c,
            y * z * (1.0 - c) - x * s,
            x * z * (1.0 - c) - y * s,
            z * y * (1.0 - c) + x * s,
            z * z + (1.0 - z * z) * c,
        ];
    }

    let complicated = !us.is_empty();
    let corners = if complicated { 3 } else { 1 };
    for (i, &cor) in correspondences.iter().enumerate() {
        let mut point = [0.0; 3];
        for t in 0..corners {
            let (v, coef) = if complicated {
                let coef = if t == 0 {
                    us[2 * i]
                } else if t == 1 {
                    us[2 * i + 1]
                } else {
                    1.0 - us[2 * i] - us[2 * i + 1]
                };
                (triangles[3 * cor + t], coef)
            } else {
                (cor, 1.0)
            };
            // skinned position: Σ_b w_b (T_b x)
            let mut skinned = [0.0; 3];
            for b in 0..bones {
                let w = weights[bones * v + b];
                if w != 0.0 {
                    for r in 0..3 {
                        let mut s = 0.0;
                        for c in 0..4 {
                            s += transforms[b][4 * r + c] * base_positions[4 * v + c];
                        }
                        skinned[r] += w * s;
                    }
                }
            }
            skinned[0] *= mirror;
            for r in 0..3 {
                let g = global[3 * r] * skinned[0]
                    + global[3 * r + 1] * skinned[1]
                    + global[3 * r + 2] * skinned[2]
                    + theta[3 + r];
                point[r] += coef * g;
            }
        }
        for r in 0..3 {
            out[3 * i + r] = points[3 * i + r] - point[r];
        }
    }
}

/// A parsed `ht` input.
pub struct Input {
    /// Pose parameters (26).
    pub theta: Vec<f64>,
    /// Barycentric coordinates, 2 per correspondence, or empty.
    pub us: Vec<f64>,
    /// The hand model.
    pub model: Model,
    /// Observed points, 3 each.
    pub points: Vec<f64>,
    /// Vertex (or triangle, with `us`) of each point.
    pub correspondences: Vec<usize>,
}

fn matrices_of(v: &Value, what: &str, bones: usize) -> Result<Vec<f64>, EvalError> {
    let list = v
        .as_array()
        .ok_or_else(|| format!("`{what}` is not a list"))?;
    let mut flat = Vec::with_capacity(16 * list.len());
    for m in list {
        let (rows, w) = matrix_of(m, what)?;
        if w != 4 || rows.len() != 16 {
            return Err(format!("`{what}` must hold 4 × 4 matrices"));
        }
        flat.extend(rows);
    }
    if list.len() != bones {
        return Err(format!("`{what}` must hold one matrix per bone"));
    }
    Ok(flat)
}

impl Input {
    /// Reads the eval's input.
    pub fn parse(input: &Value) -> Result<Input, EvalError> {
        let theta = crate::protocol::vec_of(field(input, "theta")?, "theta")?;
        let (us, _) = matrix_of(field(input, "us")?, "us")?;
        let data = field(input, "data")?;
        let m = field(data, "model")?;
        let parents: Vec<i64> = field(m, "parents")?
            .as_array()
            .ok_or("`parents` is not a list")?
            .iter()
            .map(|p| p.as_i64().ok_or("`parents` must hold integers"))
            .collect::<Result<_, _>>()?;
        let bones = parents.len();
        let (base_positions, pw) = matrix_of(field(m, "base_positions")?, "base_positions")?;
        let (weights, ww) = matrix_of(field(m, "weights")?, "weights")?;
        let (points, dw) = matrix_of(field(data, "points")?, "points")?;
        let triangles: Vec<usize> = field(m, "triangles")?
            .as_array()
            .ok_or("`triangles` is not a list")?
            .iter()
            .map(|t| usizes_of(t, "triangles"))
            .collect::<Result<Vec<_>, _>>()?
            .concat();
        let model = Model {
            bones,
            base_relatives: matrices_of(field(m, "base_relatives")?, "base_relatives", bones)?,
            inverse_base_absolutes: matrices_of(
                field(m, "inverse_base_absolutes")?,
                "inverse_base_absolutes",
                bones,
            )?,
            parents,
            base_positions,
            weights,
            triangles,
            is_mirrored: field(m, "is_mirrored")?
                .as_bool()
                .ok_or("`is_mirrored` is not a boolean")?,
        };
        let correspondences = usizes_of(field(data, "correspondences")?, "correspondences")?;
        let n_verts = model.base_positions.len() / 4;
        let complicated = !us.is_empty();
        let in_range = correspondences.iter().all(|&c| {
            if complicated {
                3 * c + 2 < model.triangles.len()
            } else {
                c < n_verts
            }
        });
        let parents_ok = model.parents.iter().enumerate().all(|(b, &p)| p < b as i64);
        if theta.len() != 26
            || !(22..=MAX_BONES).contains(&bones)
            || pw != 4
            || ww != bones
            || model.weights.len() != bones * n_verts
            || dw != 3
            || points.len() != 3 * correspondences.len()
            || (complicated && us.len() != 2 * correspondences.len())
            || !model.triangles.iter().all(|&v| v < n_verts)
            || !in_range
            || !parents_ok
        {
            return Err(format!(
                "ht input sizes do not match (26 parameters, 22 to {MAX_BONES} bones)"
            ));
        }
        Ok(Input {
            theta,
            us,
            model,
            points,
            correspondences,
        })
    }

    /// The residuals into `out`.
    pub fn objective(&self, out: &mut [f64]) {
        objective(
            &self.theta,
            &self.us,
            &self.model,
            &self.points,
            &self.correspondences,
            out,
        );
    }

    /// Columns of the Jacobian: `∂/∂u₀` and `∂/∂u₁` (with `us`) then `∂/∂θⱼ`.
    pub fn columns(&self) -> usize {
        self.theta.len() + if self.us.is_empty() { 0 } else { 2 }
    }

    /// The Jacobian into `jac`, column after column (`columns()` columns of
    /// `3 × correspondences` rows).
    pub fn jacobian(&self, jac: &mut [f64], w: &mut Scratch) {
        let rows = self.points.len();
        for (col, out) in jac.chunks_exact_mut(rows).enumerate() {
            self.column(col, out, w);
        }
    }

    /// [`Input::jacobian`] with the columns (independent JVPs) split among rayon's
    /// threads.
    #[cfg(feature = "rayon")]
    pub fn jacobian_parallel(&self, jac: &mut [f64]) {
        use rayon::prelude::*;
        let rows = self.points.len();
        jac.par_chunks_exact_mut(rows).enumerate().for_each_init(
            || Scratch::new(self),
            |w, (col, out)| self.column(col, out, w),
        );
    }

    /// Column `col` of the Jacobian: one JVP, along every `u₀` (column 0) or every
    /// `u₁` (column 1) with `us`, else along one pose parameter.
    fn column(&self, col: usize, out: &mut [f64], w: &mut Scratch) {
        w.dtheta.fill(0.0);
        w.dus.fill(0.0);
        let pose = if self.us.is_empty() {
            col
        } else {
            col.wrapping_sub(2)
        };
        if pose < self.theta.len() {
            w.dtheta[pose] = 1.0;
        } else {
            for (j, d) in w.dus.iter_mut().enumerate() {
                *d = if j % 2 == col { 1.0 } else { 0.0 };
            }
        }
        objective_jvp(
            &self.theta,
            &w.dtheta,
            &self.us,
            &w.dus,
            &self.model,
            &self.points,
            &self.correspondences,
            &mut w.out,
            out,
        );
    }
}

/// Tangent and value buffers of [`Input::jacobian`].
pub struct Scratch {
    dtheta: Vec<f64>,
    dus: Vec<f64>,
    out: Vec<f64>,
}

impl Scratch {
    /// Buffers for `input`.
    pub fn new(input: &Input) -> Scratch {
        Scratch {
            dtheta: vec![0.0; input.theta.len()],
            dus: vec![0.0; input.us.len()],
            out: vec![0.0; input.points.len()],
        }
    }
}

/// The Jacobian (stored column after column) as the eval's list of rows.
pub fn jacobian_json(jac: &[f64], rows: usize) -> Value {
    let cols = jac.len().checked_div(rows).unwrap_or(0);
    Value::Array(
        (0..rows)
            .map(|r| json!((0..cols).map(|c| jac[c * rows + r]).collect::<Vec<f64>>()))
            .collect(),
    )
}

/// Answers `objective` or `jacobian`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let parsed = Input::parse(input)?;
    let runs = Runs::of(input);
    let rows = parsed.points.len();
    let (output, timings) = match function {
        "objective" => {
            let mut out = vec![0.0; rows];
            let ((), t) = runs.measure(|| parsed.objective(&mut out));
            (json!(out), t)
        }
        "jacobian" => {
            let mut jac = vec![0.0; rows * parsed.columns()];
            #[cfg(feature = "rayon")]
            let ((), t) = runs.measure(|| parsed.jacobian_parallel(&mut jac));
            #[cfg(not(feature = "rayon"))]
            let mut w = Scratch::new(&parsed);
            #[cfg(not(feature = "rayon"))]
            let ((), t) = runs.measure(|| parsed.jacobian(&mut jac, &mut w));
            (jacobian_json(&jac, rows), t)
        }
        other => return Err(super::unknown_function("ht", other)),
    };
    Ok(Evaluated { output, timings })
}
