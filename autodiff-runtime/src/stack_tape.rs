//! The records of the loops nested in a loop nest of constant trip counts: a stack of
//! at most `K` elements, all in the generated function's frame, with no heap at all
//! (it exists without the `alloc` feature).
//!
//! A loop nested in a reversed loop runs forward once and keeps what its reverse sweep
//! needs (its records, the values and partials of its rules and calls, its results) for
//! the replay of the iteration around it. When every loop of the nest has a literal trip
//! count, the macro knows how many elements each record can hold at most (the product
//! of the trip counts of the loops around the push) and declares it as this type, so a
//! fixed-size function keeps its nests without allocating. The pushes of one run of the
//! nest are popped by its reverse sweep in reverse order, so the stack is empty again
//! after each gradient and `K` bounds it.
//!
//! `unsafe` is forbidden, so the slots are `[Option<T>; K]` (no bound on `T`: a record
//! may hold any value a loop carries, which the generated code cannot name).

/// A stack of at most `K` records, inline.
pub struct StackTape<T, const K: usize> {
    /// The elements, `slots[..len]`; `None` past them.
    slots: [Option<T>; K],
    /// How many elements the stack holds.
    len: usize,
}

impl<T, const K: usize> StackTape<T, K> {
    /// An empty stack.
    #[inline(always)]
    pub fn new() -> Self {
        StackTape {
            slots: [const { None }; K],
            len: 0,
        }
    }

    /// How many elements the stack holds.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the stack holds no element.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Nothing to do: the room is fixed, and the macro sized it to every push.
    #[inline(always)]
    pub fn reserve(&mut self, _additional: usize) {}

    /// Appends `value`. The macro sizes `K` to the pushes of one run of the nest; a
    /// push past it is an internal error of the macro, reported, never written past.
    #[inline(always)]
    pub fn push(&mut self, value: T) {
        match self.slots.get_mut(self.len) {
            Some(slot) => {
                *slot = Some(value);
                self.len += 1;
            }
            None => overflow(K),
        }
    }

    /// Removes and returns the last element, or `None` when the stack is empty.
    #[inline(always)]
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        self.slots[self.len].take()
    }

    /// The element at position `i`, if the stack holds that many.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<&T> {
        if i < self.len {
            self.slots[i].as_ref()
        } else {
            None
        }
    }

    /// Removes every element.
    #[inline]
    pub fn clear(&mut self) {
        for slot in &mut self.slots[..self.len] {
            *slot = None;
        }
        self.len = 0;
    }
}

impl<T, const K: usize> Default for StackTape<T, K> {
    fn default() -> Self {
        Self::new()
    }
}

#[cold]
#[inline(never)]
fn overflow(k: usize) -> ! {
    panic!(
        "internal error of `#[differentiable]`: a loop nest pushed more than the {k} records it was sized for"
    )
}

#[cfg(test)]
mod tests {
    use super::StackTape;

    /// Pushes and pops in the order of a nest: last in, first out, up to the room.
    #[test]
    fn pops_in_reverse_order_of_the_pushes() {
        let mut t: StackTape<u32, 4> = StackTape::new();
        assert!(t.is_empty());
        for v in 0..4 {
            t.push(v);
        }
        assert_eq!((t.len(), t.get(3), t.get(4)), (4, Some(&3), None));
        assert_eq!(t.pop(), Some(3));
        t.push(9);
        let popped: [Option<u32>; 5] = core::array::from_fn(|_| t.pop());
        assert_eq!(popped, [Some(9), Some(2), Some(1), Some(0), None]);
        t.push(5);
        t.clear();
        assert_eq!(t.pop(), None);
    }

    /// A push past the room panics instead of writing past it.
    #[test]
    #[should_panic(expected = "sized for")]
    fn a_push_past_the_room_panics() {
        let mut t: StackTape<f64, 1> = StackTape::new();
        t.push(1.0);
        t.push(2.0);
    }
}
