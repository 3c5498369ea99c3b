//! `lstm`: ADBench's LSTM loss (diagonal weight matrices) over a character sequence,
//! and its gradient with respect to the main and extra parameters.
//!
//! The width `B` (bits per character) is a const generic so that the layer states are
//! stack arrays; the eval's ASCII text gives `B = 7`, and widths 1 to 8 are
//! instantiated. Up to [`MAX_LAYERS`] layers.

use crate::protocol::{field, matrix_of, EvalError, Evaluated, Runs};
use differentiable::differentiable;
use serde_json::{json, Value};

/// The most layers an input may have (the eval uses 2, 4 and 6).
pub const MAX_LAYERS: usize = 8;

/// The loss: the mean over the sequence of `-Σᵢ yᵢ log softmax₂(ŷ)ᵢ`, where `ŷ` is the
/// prediction from the previous character and `log softmax₂` normalises with
/// `log(Σ exp ŷ + 2)` as ADBench does. `main` holds per layer the four weight rows
/// then the four bias rows (forget, input, output, change) of `B`, `extra` the input
/// weights, output weights and output biases, `state` per layer the hidden then the
/// cell state, `seq` the characters as rows of `B` bits; `l` is the number of layers.
// element-wise copies: a `#[differentiable]` body writes arrays element by element
#[allow(clippy::manual_memcpy)]
#[differentiable(wrt(main, extra))]
pub fn objective<const B: usize>(
    main: &[f64],
    extra: &[f64],
    state: &[f64],
    seq: &[f64],
    l: usize,
) -> f64 {
    let c = seq.len() / B;
    let mut hidden = [[0.0; B]; MAX_LAYERS];
    let mut cell = [[0.0; B]; MAX_LAYERS];
    for layer in 0..l {
        for i in 0..B {
            hidden[layer][i] = state[2 * B * layer + i];
            cell[layer][i] = state[2 * B * layer + B + i];
        }
    }
    let mut total = 0.0;
    for t in 0..c - 1 {
        let mut x = [0.0; B];
        for i in 0..B {
            x[i] = seq[t * B + i] * extra[i];
        }
        for layer in 0..l {
            let w = 8 * B * layer;
            // the new states in arrays of their own, copied back after: a loop that
            // reads an array and writes it would record the whole array per element
            let mut new_hidden = [0.0; B];
            let mut new_cell = [0.0; B];
            for i in 0..B {
                // the gates, sigmoids written inline
                let forget = 1.0 / (1.0 + (-(x[i] * main[w + i] + main[w + 4 * B + i])).exp());
                let ingate = 1.0
                    / (1.0 + (-(hidden[layer][i] * main[w + B + i] + main[w + 5 * B + i])).exp());
                let outgate =
                    1.0 / (1.0 + (-(x[i] * main[w + 2 * B + i] + main[w + 6 * B + i])).exp());
                let change = (hidden[layer][i] * main[w + 3 * B + i] + main[w + 7 * B + i]).tanh();
                let c = cell[layer][i] * forget + ingate * change;
                new_cell[i] = c;
                new_hidden[i] = outgate * c.tanh();
            }
            for i in 0..B {
                hidden[layer][i] = new_hidden[i];
                cell[layer][i] = new_cell[i];
                x[i] = new_hidden[i];
            }
        }
        let mut ypred = [0.0; B];
        let mut sum = 0.0;
        for i in 0..B {
            ypred[i] = x[i] * extra[B + i] + extra[2 * B + i];
            sum += ypred[i].exp();
        }
        let lse = (sum + 2.0).ln();
        for i in 0..B {
            total += seq[(t + 1) * B + i] * (ypred[i] - lse);
        }
    }
    -total / ((c - 1) * B) as f64
}

/// A parsed `lstm` input, flattened row by row.
pub struct Input {
    /// Layers.
    pub l: usize,
    /// Bits per character.
    pub b: usize,
    /// Main parameters (`8b` per layer).
    pub main: Vec<f64>,
    /// Extra parameters (`3b`).
    pub extra: Vec<f64>,
    /// Initial state (`2b` per layer).
    pub state: Vec<f64>,
    /// The characters (`b` each).
    pub seq: Vec<f64>,
}

impl Input {
    /// Reads the eval's input.
    pub fn parse(input: &Value) -> Result<Input, EvalError> {
        let (main, main_w) = matrix_of(field(input, "main_params")?, "main_params")?;
        let (extra, _) = matrix_of(field(input, "extra_params")?, "extra_params")?;
        let (state, _) = matrix_of(field(input, "state")?, "state")?;
        let (seq, _) = matrix_of(field(input, "sequence")?, "sequence")?;
        let b = main_w / 4;
        let l = main.len().checked_div(8 * b).unwrap_or(0);
        if b == 0 || !(1..=8).contains(&b) || l == 0 || l > MAX_LAYERS {
            return Err(format!(
                "lstm supports 1 to {MAX_LAYERS} layers of width 1 to 8 (got {l} of {b})"
            ));
        }
        if main.len() != 8 * b * l
            || extra.len() != 3 * b
            || state.len() != 2 * b * l
            || seq.len() % b != 0
            || seq.len() < 2 * b
        {
            return Err("lstm input sizes do not match".into());
        }
        Ok(Input {
            l,
            b,
            main,
            extra,
            state,
            seq,
        })
    }

    /// The loss.
    pub fn objective(&self) -> f64 {
        macro_rules! by_width {
            ($($w:literal)*) => {
                match self.b {
                    $($w => objective::<$w>(&self.main, &self.extra, &self.state, &self.seq, self.l),)*
                    _ => unreachable!("checked by `parse`"),
                }
            };
        }
        by_width!(1 2 3 4 5 6 7 8)
    }

    /// The gradient into `g` (main parameters, then extra parameters).
    pub fn gradient(&self, g: &mut [f64]) -> f64 {
        let (gm, ge) = g.split_at_mut(self.main.len());
        macro_rules! by_width {
            ($($w:literal)*) => {
                match self.b {
                    $($w => objective_grad::<$w>(&self.main, gm, &self.extra, ge, &self.state, &self.seq, self.l),)*
                    _ => unreachable!("checked by `parse`"),
                }
            };
        }
        by_width!(1 2 3 4 5 6 7 8)
    }
}

/// Answers `objective` or `jacobian`.
pub fn evaluate(function: &str, input: &Value) -> Result<Evaluated, EvalError> {
    let parsed = Input::parse(input)?;
    let runs = Runs::of(input);
    let (output, timings) = match function {
        "objective" => {
            let (y, t) = runs.measure(|| parsed.objective());
            (json!(y), t)
        }
        "jacobian" => {
            let mut g = vec![0.0; parsed.main.len() + parsed.extra.len()];
            let (_, t) = runs.measure(|| parsed.gradient(&mut g));
            (json!(g), t)
        }
        other => return Err(super::unknown_function("lstm", other)),
    };
    Ok(Evaluated { output, timings })
}
