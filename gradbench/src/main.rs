//! A GradBench tool: reads the eval's messages from stdin, one JSON object per line,
//! and answers each on stdout.

use differentiable_gradbench::{evals, protocol};
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let response = match serde_json::from_str(&line) {
            Ok(message) => protocol::respond(&message, evals::evaluate),
            Err(e) => serde_json::json!({"error": format!("not a JSON message: {e}")}),
        };
        if writeln!(stdout, "{response}")
            .and_then(|()| stdout.flush())
            .is_err()
        {
            break;
        }
    }
}
