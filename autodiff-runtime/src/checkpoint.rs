//! Binomial checkpointing (Griewank's treeverse, the schedule of Revolve) for the
//! reverse sweep of a long loop: `#[differentiable(checkpoint = s)]`.
//!
//! A loop of `n` steps reversed with a tape keeps every step's state: memory O(n). With
//! checkpointing, the forward sweep keeps the state at a few steps only (at most `s`
//! snapshots alive at any time) and the reverse sweep, needing the state at step `i`,
//! restores the nearest earlier snapshot and runs the steps in between again, taking
//! new snapshots on the way where the schedule says so. The positions follow the
//! binomial rule, which makes the number of recomputed steps the least possible for
//! `s` snapshots (beside them, the state before the last step is kept): with `r` the smallest integer such that `C(s + r, s) >= n`, the
//! steps run forward without recording, the first sweep's included, number
//! `r * n - C(s + r, s + 1)` ([`forward_steps`]); each step is run `r` times at most.
//! For `n = 10^6` and `s = 30`, `r = 6`.
//!
//! [`Checkpoints`] is what the generated code drives: [`Checkpoints::due`] and
//! [`Checkpoints::take`] before each step run forward, [`Checkpoints::restore`] before
//! each step reversed.
//!
//! A loop whose step count is known only when it ends (a `while`, a `for` left by
//! `break`) uses [`Checkpoints::open_ended`]: its forward sweep keeps the state before
//! its first step only and [`Checkpoints::stop`] gives the count at the end; the
//! reverse sweep's first restore then runs the `n - 1` first steps again taking the
//! binomial schedule's snapshots, so the steps run forward without recording number
//! `n + forward_steps(n, s)`, with the same bound on the snapshots alive: each step
//! runs forward at most `r + 1` times besides its replay.
//!
//! ```
//! use autodiff_runtime::checkpoint::Checkpoints;
//!
//! // x_{k+1} = x_k * 1.01, ten steps, reversed with two snapshots
//! let step = |x: f64| x * 1.01;
//! let mut ck = Checkpoints::new(10, 2);
//! let mut x = 1.0;
//! for k in 0..10 {
//!     if ck.due(k) {
//!         ck.take(k, x);
//!     }
//!     x = step(x);
//! }
//! for i in (0..10).rev() {
//!     let (from, mut s) = ck.restore(i);
//!     for k in from..i {
//!         if ck.due(k) {
//!             ck.take(k, s);
//!         }
//!         s = step(s);
//!     }
//!     // `s` is the state before step `i`
//!     assert!((s - 1.01f64.powi(i as i32)).abs() < 1e-12);
//! }
//! assert!(ck.peak() <= 3);
//! ```

use alloc::vec::Vec;

/// The step count of an open-ended schedule before [`Checkpoints::stop`], and the end
/// of its first segment until the reverse sweep's first restore closes it.
const OPEN: usize = usize::MAX;

/// One snapshot and the segment of steps it starts.
#[derive(Clone, Copy, Debug)]
struct Frame<S> {
    /// The step the snapshot is the state before.
    pos: usize,
    /// The end (exclusive) of the steps still to reverse from this snapshot.
    end: usize,
    /// The snapshots the segment may use, its own included.
    slots: usize,
    /// The step before which the schedule takes the next snapshot (`usize::MAX`: none).
    next: usize,
    state: S,
}

/// The snapshots of one run of a checkpointed loop and their binomial schedule.
#[derive(Clone, Debug)]
pub struct Checkpoints<S> {
    frames: Vec<Frame<S>>,
    steps: usize,
    slots: usize,
    peak: usize,
}

impl<S: Copy> Checkpoints<S> {
    /// The schedule of a loop of `steps` steps with at most `slots` snapshots alive
    /// (0 counts as 1). Allocates room for the snapshots once, here.
    pub fn new(steps: usize, slots: usize) -> Self {
        let slots = slots.max(1);
        Checkpoints {
            frames: Vec::with_capacity(slots.min(steps.max(1)) + 1),
            steps,
            slots,
            peak: 0,
        }
    }

    /// The schedule of a loop whose step count is known only when it ends, with at
    /// most `slots` snapshots alive: the state before step 0 is its only snapshot until
    /// [`Checkpoints::stop`] gives the count. Allocates room for the snapshots once,
    /// here.
    ///
    /// ```
    /// use autodiff_runtime::checkpoint::Checkpoints;
    ///
    /// // x_{k+1} = x_k * 1.01 while x < 2: the count is known at the end
    /// let step = |x: f64| x * 1.01;
    /// let mut ck = Checkpoints::open_ended(2);
    /// let mut x = 1.0;
    /// ck.take(0, x);
    /// let mut n = 0;
    /// while x < 2.0 {
    ///     n += 1;
    ///     x = step(x);
    /// }
    /// ck.stop(n);
    /// for i in (0..n).rev() {
    ///     let (from, mut s) = ck.restore(i);
    ///     for k in from..i {
    ///         if ck.due(k) {
    ///             ck.take(k, s);
    ///         }
    ///         s = step(s);
    ///     }
    ///     assert!((s - 1.01f64.powi(i as i32)).abs() < 1e-12);
    /// }
    /// assert!(ck.peak() <= 3);
    /// ```
    pub fn open_ended(slots: usize) -> Self {
        Self::new(OPEN, slots)
    }

    /// The loop of an [`Checkpoints::open_ended`] schedule ran `steps` steps: the
    /// reverse sweep reverses them.
    pub fn stop(&mut self, steps: usize) {
        self.steps = steps;
    }

    /// Whether the schedule takes a snapshot of the state before step `k`. The state
    /// before the last step is always kept (the reverse sweep starts there), beside
    /// the at most `slots` snapshots of the schedule.
    #[inline(always)]
    pub fn due(&self, k: usize) -> bool {
        match self.frames.last() {
            Some(top) => top.next == k || k + 1 == self.steps,
            None => k == 0,
        }
    }

    /// Keeps `state`, the state before step `k` (called when [`Checkpoints::due`] says so).
    pub fn take(&mut self, k: usize, state: S) {
        let (end, slots) = match self.frames.last_mut() {
            Some(parent) => {
                let end = parent.end;
                parent.end = k;
                (end, parent.slots.saturating_sub(1))
            }
            None => (self.steps, self.slots),
        };
        self.frames.push(Frame {
            pos: k,
            end,
            slots,
            next: next_snapshot(k, end, slots),
            state,
        });
        self.peak = self.peak.max(self.frames.len());
    }

    /// For the reverse of step `i` (steps are reversed from the last to the first):
    /// the latest snapshot at or before `i`, as `(its step, its state)`. The caller runs
    /// the steps from there up to `i` (excluded), asking [`Checkpoints::due`] before each.
    ///
    /// # Panics
    /// When no snapshot precedes `i` (the forward sweep did not take the first one).
    pub fn restore(&mut self, i: usize) -> (usize, S) {
        while self.frames.last().is_some_and(|f| f.pos > i) {
            self.frames.pop();
        }
        let top = self
            .frames
            .last_mut()
            .expect("a checkpointed loop is reversed after its forward sweep");
        top.end = i + 1;
        top.next = next_snapshot(top.pos, top.end, top.slots);
        (top.pos, top.state)
    }

    /// The number of steps of the loop.
    pub fn steps(&self) -> usize {
        self.steps
    }

    /// The most snapshots alive at once so far: never more than the `slots` given,
    /// plus the state before the last step.
    pub fn peak(&self) -> usize {
        self.peak
    }

    /// The place of the latest snapshot among those alive (0 for the oldest): where
    /// storage kept beside the schedule ([`BufferSnapshots`]) holds its part of it,
    /// right after [`Checkpoints::take`] or [`Checkpoints::restore`].
    pub fn latest(&self) -> usize {
        self.frames.len().saturating_sub(1)
    }
}

/// The contents of runtime-length buffers (a checkpointed loop's `vec!` state) at each
/// snapshot of a [`Checkpoints`] schedule, in one allocation made up front: room for as
/// many snapshots as the schedule keeps alive at most, each `width` elements (the
/// buffers' lengths added up).
///
/// Snapshots are alive in stack order (a newer one is dropped before an older one), so
/// the snapshot at place `k` ([`Checkpoints::latest`]) is stored at `k * width`.
///
/// ```
/// use autodiff_runtime::checkpoint::{BufferSnapshots, Checkpoints};
///
/// // u_{k+1} = u_k / 2 element-wise, a buffer of 3, eight steps, two snapshots
/// let mut ck = Checkpoints::new(8, 2);
/// let mut kept = BufferSnapshots::new(8, 2, 3);
/// let mut u = vec![1.0, 2.0, 4.0];
/// for k in 0..8 {
///     if ck.due(k) {
///         ck.take(k, ());
///         kept.save(ck.latest(), &[&u[..]]);
///     }
///     u.iter_mut().for_each(|e| *e /= 2.0);
/// }
/// for i in (0..8).rev() {
///     let (from, ()) = ck.restore(i);
///     kept.load(ck.latest(), &mut [&mut u[..]]);
///     for k in from..i {
///         if ck.due(k) {
///             ck.take(k, ());
///             kept.save(ck.latest(), &[&u[..]]);
///         }
///         u.iter_mut().for_each(|e| *e /= 2.0);
///     }
///     // `u` is the state before step `i`
///     assert_eq!(u[2], 4.0 / 2f64.powi(i as i32));
/// }
/// assert!(ck.peak() <= 3);
/// ```
#[derive(Clone, Debug)]
pub struct BufferSnapshots<F> {
    data: Vec<F>,
    width: usize,
}

impl<F: Copy> BufferSnapshots<F> {
    /// Room for the snapshots of a schedule of `steps` steps and `slots` snapshots
    /// ([`Checkpoints::new`]), each `width` elements: one allocation, here.
    pub fn new(steps: usize, slots: usize, width: usize) -> Self {
        let alive = slots.max(1).min(steps.max(1)) + 1;
        BufferSnapshots {
            data: Vec::with_capacity(alive * width),
            width,
        }
    }

    /// Stores the buffers `parts` (in order, `width` elements in all) as the snapshot
    /// at place `slot`; the snapshots at later places, no longer alive, are dropped.
    pub fn save(&mut self, slot: usize, parts: &[&[F]]) {
        self.data.truncate(slot * self.width);
        for p in parts {
            self.data.extend_from_slice(p);
        }
        debug_assert_eq!(self.data.len(), (slot + 1) * self.width);
    }

    /// Copies the snapshot at place `slot` back into the buffers `parts` (in the order
    /// they were saved).
    ///
    /// # Panics
    /// When no snapshot was saved at `slot`.
    pub fn load(&self, slot: usize, parts: &mut [&mut [F]]) {
        let mut at = slot * self.width;
        for p in parts.iter_mut() {
            p.copy_from_slice(&self.data[at..at + p.len()]);
            at += p.len();
        }
    }

    /// The elements the storage has room for (snapshots alive at most times `width`).
    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }
}

/// `C(s + r, s)`, saturating: the most steps that `s` snapshots reverse when no step
/// runs forward more than `r` times. `r < 0` gives 0.
pub fn binomial_steps(s: usize, r: isize) -> usize {
    if r < 0 {
        return 0;
    }
    let r = r.unsigned_abs();
    // C(s + r, r) built up one factor at a time: every partial product is a binomial
    let mut c: u128 = 1;
    for k in 1..=r as u128 {
        c = c * (s as u128 + k) / k;
        if c >= usize::MAX as u128 {
            return usize::MAX;
        }
    }
    c as usize
}

/// The repetition number of `n` steps with `s` snapshots: the smallest `r` with
/// `C(s + r, s) >= n`.
fn repetitions(n: usize, s: usize) -> isize {
    let mut r = 0;
    while binomial_steps(s, r) < n {
        r += 1;
    }
    r
}

/// The least number of steps run forward without recording (the first sweep's
/// included, up to the last step, which the reverse sweep's replay runs) to reverse
/// `n` steps with `s` snapshots, the first state's included: `r n - C(s + r, s + 1)`.
pub fn forward_steps(n: usize, s: usize) -> usize {
    if n <= 1 {
        return 0;
    }
    let s = s.max(1);
    let r = repetitions(n, s);
    r.unsigned_abs() * n - binomial_steps(s + 1, r - 1)
}

/// The step before which the segment `[a, end)` with `slots` snapshots (the one at `a`
/// included) takes its next snapshot: the binomial split `a + m` with
/// `m = max(1, n - C(s - 1 + r, s - 1), C(s + r - 2, s))`, for which both halves are
/// reversed with the least recomputation.
fn next_snapshot(a: usize, end: usize, slots: usize) -> usize {
    let n = end - a;
    // an open-ended segment takes its snapshots once it is closed
    if n < 2 || slots < 2 || end == OPEN {
        return usize::MAX;
    }
    let r = repetitions(n, slots);
    let m = 1
        .max(n.saturating_sub(binomial_steps(slots - 1, r)))
        .max(binomial_steps(slots, r - 2));
    a + m
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The least recomputation by exhaustive search over every split (the oracle).
    fn least(
        n: usize,
        s: usize,
        memo: &mut std::collections::HashMap<(usize, usize), usize>,
    ) -> usize {
        if n == 1 {
            return 0;
        }
        if s == 1 {
            return n * (n - 1) / 2;
        }
        if let Some(&c) = memo.get(&(n, s)) {
            return c;
        }
        let c = (1..n)
            .map(|m| m + least(n - m, s - 1, memo) + least(m, s, memo))
            .min()
            .unwrap();
        memo.insert((n, s), c);
        c
    }

    /// Drives a schedule like the generated code and counts the steps run forward
    /// without recording, checking every restored state.
    fn drive(n: usize, s: usize) -> (usize, usize) {
        let mut ck = Checkpoints::new(n, s);
        // the state before step `k` is `k`
        for k in 0..n {
            if ck.due(k) {
                ck.take(k, k);
            }
        }
        // the forward sweep's steps, but the last, which the replay of the first
        // reverse step runs
        let mut runs = n - 1;
        for i in (0..n).rev() {
            let (from, mut st) = ck.restore(i);
            for k in from..i {
                if ck.due(k) {
                    ck.take(k, st);
                }
                st += 1;
                runs += 1;
            }
            assert_eq!(st, i, "state before step {i}");
            assert!(ck.frames.len() <= s + 1);
        }
        (runs, ck.peak())
    }

    #[test]
    fn the_schedule_is_as_cheap_as_the_best_split() {
        let mut memo = std::collections::HashMap::new();
        for s in 1..7 {
            for n in 1..160 {
                let best = least(n, s, &mut memo);
                assert_eq!(forward_steps(n, s), best, "n = {n}, s = {s}");
                let (runs, peak) = drive(n, s);
                assert_eq!(runs, best, "n = {n}, s = {s}");
                assert!(peak <= s + 1);
            }
        }
    }

    #[test]
    fn a_million_steps_with_thirty_snapshots_run_each_step_six_times_at_most() {
        let (runs, peak) = drive(1_000_000, 30);
        assert_eq!(runs, forward_steps(1_000_000, 30));
        assert!(runs <= 6 * 1_000_000, "{runs}");
        assert!(peak <= 31);
    }

    /// Drives an open-ended schedule like the generated code: the count is given at
    /// the end; the steps run forward without recording (the first sweep's all).
    fn drive_open(n: usize, s: usize) -> (usize, usize) {
        let mut ck = Checkpoints::open_ended(s);
        ck.take(0, 0);
        let mut runs = n;
        ck.stop(n);
        for i in (0..n).rev() {
            let (from, mut st) = ck.restore(i);
            for k in from..i {
                if ck.due(k) {
                    ck.take(k, st);
                }
                st += 1;
                runs += 1;
            }
            assert_eq!(st, i, "state before step {i}");
            assert!(ck.frames.len() <= s + 1);
        }
        (runs, ck.peak())
    }

    #[test]
    fn an_open_ended_schedule_runs_one_sweep_more_than_the_best_split() {
        let mut memo = std::collections::HashMap::new();
        for s in 1..7 {
            for n in 0..160 {
                let best = if n == 0 { 0 } else { least(n, s, &mut memo) };
                let (runs, peak) = drive_open(n, s);
                assert_eq!(runs, n + best, "n = {n}, s = {s}");
                assert!(peak <= s + 1);
            }
        }
        let (runs, peak) = drive_open(1_000_000, 30);
        assert_eq!(runs, 1_000_000 + forward_steps(1_000_000, 30));
        assert!(peak <= 31);
    }

    #[test]
    fn binomials() {
        assert_eq!(binomial_steps(2, 3), 10);
        assert_eq!(binomial_steps(30, 6), 1_947_792);
        assert_eq!(binomial_steps(5, -1), 0);
        assert_eq!(binomial_steps(400, 400), usize::MAX);
    }
}
