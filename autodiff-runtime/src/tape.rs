//! The records of a reversed loop: what the forward sweep pushes per iteration and the
//! reverse sweep pops, in a buffer that keeps up to [`INLINE`] elements inline (in the
//! generated function's stack frame) and moves to the heap only past them.
//!
//! A generated `_vjp` declares one such record per recorded value of each reversed loop
//! whose trip count is not a constant. With a heap buffer per record, every call
//! allocated, and a recursive function (a determinant by minors: a loop over the
//! columns per level) allocated at every level of the recursion; inline first, a loop
//! of at most [`INLINE`] iterations per call allocates nothing.
//!
//! `unsafe` is forbidden, so the inline part is `[Option<T>; K]` (no bound on `T`: a
//! record may hold any value a loop carries, which the generated code cannot name).
//! Past `K` elements all of them move to a `Vec`, and the tape stays there: a long
//! loop's push and pop are then a `Vec`'s (the conditions in `push` and `pop` test the
//! heap buffer first, and the optimizer merges them with the `Vec`'s own). The inline
//! elements are not a slice, which the generated code never asks of this type (a
//! record read back as a slice is declared a `Vec`).

use alloc::vec::Vec;

/// Elements kept inline, before any heap allocation. Each costs its size plus a tag in
/// the frame of every call of a generated `_vjp` that declares the record (an
/// `Option<f64>` is 16 bytes: 128 for 8), and the empty slots are written at every
/// call, whether its loop runs or not. 8 covers the short loops of recursions (a
/// determinant by minors up to 8 × 8 allocates nothing; past it only its few top-level
/// calls do) and keeps that per-call cost small: measured in instructions, 16 made the
/// determinant's gradient 2-3 % slower at ℓ = 5 and 7 and an MLP's (whose loops spill
/// anyway) 14 % slower, and paid off only from ℓ = 9.
pub const INLINE: usize = 8;

/// A stack of records: up to `K` elements inline; past them, all of them on the heap.
/// Elements are pushed in the forward sweep and popped in reverse order, or read by
/// position.
///
/// Once on the heap, the tape stays there (a `clear` keeps the allocation for the next
/// run of the loop).
pub struct Tape<T, const K: usize = INLINE> {
    /// While on the inline part: the elements, `inline[..len]`; `None` past them.
    inline: [Option<T>; K],
    /// How many elements `inline` holds (0 once on the heap).
    len: usize,
    /// Once a push or a `reserve` went past `K` elements: all the elements. The tape is
    /// on the heap when this has a capacity (a `Vec` of a zero-sized type always has
    /// one, and never allocates).
    heap: Vec<T>,
}

impl<T> Tape<T> {
    /// An empty tape of [`INLINE`] inline elements; nothing is allocated. (Only the
    /// default `K` has this constructor: a default const parameter does not take part in
    /// inference, and the generated code names no type.)
    #[inline(always)]
    pub fn new() -> Self {
        Self::empty()
    }

    /// The record of a rule's or a call's value and partials, kept by the forward run
    /// of a reversed loop for the replay of each iteration: with `alloc`, a tape like
    /// any other. (Without `alloc` the same constructor gives a record that keeps
    /// nothing, and the replay evaluates the site again.)
    #[inline(always)]
    pub fn for_sites() -> Self {
        Self::empty()
    }
}

impl<T, const K: usize> Tape<T, K> {
    /// An empty tape; nothing is allocated.
    #[inline(always)]
    fn empty() -> Self {
        Tape {
            inline: [const { None }; K],
            len: 0,
            heap: Vec::new(),
        }
    }

    /// Whether the elements are on the heap.
    #[inline(always)]
    fn on_heap(&self) -> bool {
        self.heap.capacity() != 0
    }

    /// Moves the inline elements to a heap buffer of room for `capacity` elements.
    #[cold]
    #[inline(never)]
    fn spill(&mut self, capacity: usize) {
        let mut heap = Vec::with_capacity(capacity.max(K + 1));
        for slot in &mut self.inline[..self.len] {
            if let Some(v) = slot.take() {
                heap.push(v);
            }
        }
        self.heap = heap;
        self.len = 0;
    }

    /// A push that finds no room where the tape's mode puts it: the first past the
    /// inline elements, or one that grows the heap buffer.
    #[cold]
    #[inline(never)]
    fn push_slow(&mut self, value: T) {
        if !self.on_heap() {
            self.spill(2 * K);
        }
        self.heap.push(value);
    }

    /// How many elements the tape holds (one of the two counts is 0).
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.heap.len() + self.len
    }

    /// Whether the tape holds no element.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Makes room for `additional` more elements: nothing when they fit inline, else
    /// one allocation of the room needed (the generated code reserves a loop's trip
    /// count when it is known, so a long loop goes to the heap at once).
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        if self.on_heap() {
            self.heap.reserve(additional);
        } else if self.len.saturating_add(additional) > K {
            self.spill(self.len.saturating_add(additional));
        }
    }

    // The conditions below are ordered so that the heap mode costs what a `Vec` costs: a
    // push finding room on the heap is a `Vec`'s push (whose own test of the room is
    // then known to pass), a pop from a non-empty heap buffer a `Vec`'s pop. The inline
    // mode comes second: its heap buffer has no capacity and no element.

    /// Appends `value`.
    #[inline(always)]
    pub fn push(&mut self, value: T) {
        if self.heap.len() < self.heap.capacity() {
            self.heap.push(value);
        } else if self.len < K && !self.on_heap() {
            self.inline[self.len] = Some(value);
            self.len += 1;
        } else {
            self.push_slow(value);
        }
    }

    /// Removes and returns the last element, or `None` when the tape is empty.
    #[inline(always)]
    pub fn pop(&mut self) -> Option<T> {
        if !self.heap.is_empty() {
            self.heap.pop()
        } else if self.len > 0 {
            self.len -= 1;
            self.inline[self.len].take()
        } else {
            None
        }
    }

    /// The element at position `i`, if the tape holds that many.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<&T> {
        if i < self.heap.len() {
            self.heap.get(i)
        } else if i < self.len {
            self.inline[i].as_ref()
        } else {
            None
        }
    }

    /// Removes every element; keeps the heap buffer, if any, for the next run.
    #[inline]
    pub fn clear(&mut self) {
        self.heap.clear();
        for slot in &mut self.inline[..self.len] {
            *slot = None;
        }
        self.len = 0;
    }

    /// Appends a copy of each element of `values`, in order.
    #[inline]
    pub fn extend_from_slice(&mut self, values: &[T])
    where
        T: Clone,
    {
        self.reserve(values.len());
        for v in values {
            self.push(v.clone());
        }
    }
}

impl<T, const K: usize> Default for Tape<T, K> {
    fn default() -> Self {
        Self::empty()
    }
}

impl<T, const K: usize> core::ops::Index<usize> for Tape<T, K> {
    type Output = T;
    #[inline(always)]
    fn index(&self, i: usize) -> &T {
        match self.get(i) {
            Some(v) => v,
            None => panic!(
                "record {i} read from a tape of {} elements: the reverse sweep read more than the forward sweep recorded",
                self.len()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Tape;
    use alloc::vec::Vec;

    /// The tape against a `Vec` under one script of pushes, pops, reads and clears that
    /// crosses the inline capacity both ways.
    #[test]
    fn behaves_as_a_vec_across_the_inline_capacity() {
        let mut tape: Tape<u32, 3> = Tape::empty();
        let mut oracle: Vec<u32> = Vec::new();
        let mut next = 0;
        // (pushes, pops) per round: grow past 3, shrink below it, grow far, empty
        for (pushes, pops) in [(2, 0), (2, 1), (1, 3), (6, 2), (0, 7), (4, 0), (5, 9)] {
            for _ in 0..pushes {
                tape.push(next);
                oracle.push(next);
                next += 1;
            }
            for _ in 0..pops {
                assert_eq!(tape.pop(), oracle.pop());
            }
            assert_eq!(tape.len(), oracle.len());
            for (i, v) in oracle.iter().enumerate() {
                assert_eq!(tape[i], *v);
            }
            assert_eq!(tape.get(oracle.len()), None);
        }
        tape.extend_from_slice(&[7, 8, 9, 10]);
        oracle.extend_from_slice(&[7, 8, 9, 10]);
        while let Some(v) = oracle.pop() {
            assert_eq!(tape.pop(), Some(v));
        }
        assert_eq!(tape.pop(), None);
        assert!(tape.is_empty());
    }

    /// `clear` empties both parts, and the tape is reusable after it.
    #[test]
    fn clear_forgets_inline_and_spilled_elements() {
        let mut tape: Tape<i64, 2> = Tape::empty();
        for v in 0..5 {
            tape.push(v);
        }
        tape.clear();
        assert!(tape.is_empty());
        assert_eq!(tape.get(0), None);
        assert_eq!(tape.pop(), None);
        tape.push(42);
        assert_eq!(tape[0], 42);
        assert_eq!(tape.pop(), Some(42));
    }

    /// Room asked for within the inline part allocates nothing; past it, one buffer for
    /// all the elements, which holds the inline ones moved there in order.
    #[test]
    fn reserve_allocates_only_past_the_inline_part() {
        let mut tape: Tape<f64, 4> = Tape::empty();
        tape.reserve(4);
        assert!(!tape.on_heap());
        tape.push(1.0);
        tape.push(2.0);
        tape.reserve(2);
        assert!(!tape.on_heap());
        tape.reserve(10);
        assert!(tape.on_heap());
        assert!(tape.heap.capacity() >= 12);
        assert_eq!((tape.len(), tape[0], tape[1]), (2, 1.0, 2.0));
        assert_eq!(tape.pop(), Some(2.0));
    }

    /// Values with a destructor are dropped when popped, cleared or left on the tape.
    #[test]
    fn owned_values_are_dropped_once() {
        use alloc::rc::Rc;
        let probe = Rc::new(());
        {
            let mut tape: Tape<Rc<()>, 2> = Tape::empty();
            for _ in 0..5 {
                tape.push(Rc::clone(&probe));
            }
            assert_eq!(Rc::strong_count(&probe), 6);
            drop(tape.pop());
            assert_eq!(Rc::strong_count(&probe), 5);
            tape.clear();
            assert_eq!(Rc::strong_count(&probe), 1);
            tape.push(Rc::clone(&probe));
            tape.push(Rc::clone(&probe));
            tape.push(Rc::clone(&probe));
        }
        assert_eq!(Rc::strong_count(&probe), 1);
    }
}
