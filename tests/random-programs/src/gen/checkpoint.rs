//! Feature `checkpoint`: `#[differentiable(checkpoint = s)]` on the programs whose body
//! the macro reverses from snapshots as written.
//!
//! The macro checkpoints every top-level `for` and `while` loop that records per
//! iteration (a loop left by `break` or `return`, or a `while`, counts its steps and
//! runs the schedule from its first state), and refuses the option (a spanned error)
//! when one of them draws from `rng` or calls with a `&mut` argument, writes the
//! out-parameter, or when no loop records anything. Whether a loop records depends on
//! the macro's activity analysis, so the option is written only where the answer does
//! not: no top-level loop holding any of the refused constructs, no `return` anywhere
//! (an early `return` at the top puts the statements after it in a branch, where no
//! loop is top-level), and at least one top-level `for` or `while` holding a nested
//! loop (a loop holding a loop always records per iteration).
//! The program is otherwise unchanged, and its side stream is its own, so the other
//! programs are those drawn without the feature.

use super::ast::{Mode, Render, Stmt};
use super::rng::Rng;

/// What a checkpointed loop may not hold, as rendered text.
const REFUSED: [&str; 4] = ["return", "rng", "out[", "&mut"];

/// The snapshot count to write on a program with this body (drawn from `side`), or
/// `None` when the option does not go on it.
pub fn draw(body: &[Stmt], compound: bool, side: &mut Rng) -> Option<usize> {
    if side.random() >= 0.75 || !eligible(body, compound) {
        return None;
    }
    Some(side.randint(1, 4) as usize)
}

/// Whether the macro takes `checkpoint = s` on this body, whatever its activity.
fn eligible(body: &[Stmt], compound: bool) -> bool {
    if render(body, compound).contains("return") {
        return false;
    }
    let mut nested = false;
    for (s, in_block) in top_level(body) {
        let text = |b: &[Stmt]| render(b, compound);
        match s {
            // an integer loop written as text: checkpointed only if it records, never
            // refused unless it holds what a checkpointed loop may not
            Stmt::Raw(t)
                if (t.contains("while") || t.contains("loop"))
                    && REFUSED.iter().any(|w| t.contains(w)) =>
            {
                return false;
            }
            Stmt::While(_, _, body)
            | Stmt::WhileTail(_, _, body)
            | Stmt::For { body, .. }
            | Stmt::ForIter(_, _, body)
            | Stmt::ForRef(_, _, body)
            | Stmt::ForRev { body, .. }
            | Stmt::ForChain(_, _, body) => {
                let t = text(body);
                if REFUSED.iter().any(|w| t.contains(w)) {
                    return false;
                }
                // a loop of a block may not count as top-level for the macro
                nested |= !in_block && (t.contains("for ") || t.contains("while "));
            }
            _ => {}
        }
    }
    nested
}

/// The statements of the body with those of its blocks `{ .. }` (which the macro may
/// lower in line), each with whether it comes from a block.
fn top_level(body: &[Stmt]) -> Vec<(&Stmt, bool)> {
    let mut out = Vec::new();
    for s in body {
        match s {
            Stmt::Block(b) => out.extend(top_level(b).into_iter().map(|(s, _)| (s, true))),
            other => out.push((other, false)),
        }
    }
    out
}

fn render(body: &[Stmt], compound: bool) -> String {
    let mut r = Render {
        mode: Mode::F64,
        rng: Rng::new(0),
        array: false,
        vec_bufs: Vec::new(),
    };
    let mut lines = Vec::new();
    r.stmts(body, compound, 0, &mut lines);
    lines.join("\n")
}
