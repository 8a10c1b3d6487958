//! The per-process copying collector (Cheney).
//!
//! Every list or boxed word without the literal bit points into the heap being collected
//! (its block or one of its fragments): terms of other processes are never referenced, and
//! literal areas are marked. So the collector copies every such object it reaches from the
//! roots into one new block, leaving a forwarding word behind:
//! - a moved cons cell gets a header word (0) in its head and the new list word in its tail;
//! - a moved boxed object gets the new boxed word in place of its header.
//!
//! Afterwards, ProcBins that were not moved are dead and release their off-heap binary.

use super::{next_heap_size, Heap};
use crate::term::{Header, Term, TAG_MASK};
use alloc::vec;
use alloc::vec::Vec;

/// Collects `heap`, keeping everything reachable from `roots`, and makes sure at least `need`
/// words are free in the new block afterwards. Root slices may contain any stack words:
/// continuation pointers (header-tagged) and immediates are left alone.
pub fn collect(heap: &mut Heap, need: usize, roots: &mut [&mut [Term]]) {
    let live_bound = heap.used_words();
    let size = heap.target_words.max(next_heap_size(live_bound + need));
    let mut to: Vec<u64> = vec![0; size];
    let mut cp = Copier {
        base: to.as_mut_ptr(),
        top: 0,
        size,
        procbins: Vec::new(),
    };

    for slice in roots.iter_mut() {
        for t in slice.iter_mut() {
            // SAFETY: roots hold valid terms of this heap (VM invariant).
            *t = unsafe { cp.evacuate(*t) };
        }
    }
    // SAFETY: scanning the to-space that the copier filled; all words below `top` are
    // initialised copies of valid objects.
    unsafe { cp.scan() };

    // Release the off-heap binaries (and magic objects) whose reference did not survive.
    for &pb in &heap.procbins {
        // SAFETY: the old block and fragments are still allocated; a registered object's
        // first word is either still its header (dead) or the forwarding word (moved).
        unsafe {
            if Header(*pb).is_header() {
                super::release_offheap(pb);
            }
        }
    }

    let live = cp.top;
    heap.procbins = core::mem::take(&mut cp.procbins);
    heap.block = to;
    heap.top = live;
    heap.live_after_gc = live;
    heap.frags.clear();
    heap.frag_words = 0;
    heap.collections += 1;
    // Aim for a block about twice the live data, so collection work stays proportional to
    // allocation.
    heap.target_words = next_heap_size(2 * (live + need));
}

struct Copier {
    base: *mut u64,
    top: usize,
    size: usize,
    procbins: Vec<*mut u64>,
}

impl Copier {
    #[inline]
    fn bump(&mut self, words: usize) -> *mut u64 {
        // The to-space holds at least every word of the old heap, so live data always fits;
        // a failure here means a corrupt heap, and stopping beats writing out of bounds.
        assert!(
            self.top + words <= self.size,
            "gc: to-space overflow (corrupt heap)"
        );
        // SAFETY: checked above to be within the to-space.
        let p = unsafe { self.base.add(self.top) };
        self.top += words;
        p
    }

    /// Copies the object `t` points to (if it is a heap pointer) and returns its new word.
    ///
    /// # Safety
    /// `t` must be a valid term of the heap being collected.
    #[inline]
    unsafe fn evacuate(&mut self, t: Term) -> Term {
        if !t.is_heap_ptr() {
            return t;
        }
        let p = t.ptr();
        if t.is_list() {
            let car = *p;
            if car & TAG_MASK == 0 {
                return Term::from_raw(*p.add(1));
            }
            let np = self.bump(2);
            *np = car;
            *np.add(1) = *p.add(1);
            let nt = Term::make_list(np);
            *p = 0;
            *p.add(1) = nt.raw();
            nt
        } else {
            let h = *p;
            if h & TAG_MASK != 0 {
                return Term::from_raw(h);
            }
            let hd = Header(h);
            let n = hd.arity() + 1;
            let np = self.bump(n);
            core::ptr::copy_nonoverlapping(p, np, n);
            if super::holds_offheap(hd) {
                self.procbins.push(np);
            }
            let nt = Term::make_boxed(np);
            *p = nt.raw();
            nt
        }
    }

    /// Cheney scan: evacuates what the copied objects point to, until nothing is left.
    unsafe fn scan(&mut self) {
        let mut scan = 0;
        while scan < self.top {
            let w = *self.base.add(scan);
            if w & TAG_MASK == 0 {
                let h = Header(w);
                for i in h.term_words() {
                    let slot = self.base.add(scan + i);
                    *slot = self.evacuate(Term::from_raw(*slot)).raw();
                }
                scan += 1 + h.arity();
            } else {
                let slot = self.base.add(scan);
                *slot = self.evacuate(Term::from_raw(w)).raw();
                scan += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::compare::exact_eq;

    fn build_sample(h: &mut Heap) -> Term {
        let f = h.float(1.5);
        let inner = h.tuple(&[Term::small(7), f, Term::NIL]);
        let l = h.list(&[Term::small(1), inner, Term::small(3)]);
        let shared = h.tuple(&[l, l]);
        h.cons(shared, inner)
    }

    #[test]
    fn collect_keeps_reachable_and_sharing() {
        let mut h = Heap::new(10);
        let mut roots = [Term::NIL; 2];
        roots[0] = build_sample(&mut h);
        for _ in 0..1000 {
            h.cons(Term::small(9), Term::NIL); // garbage, spills into fragments
        }
        let mut reference = Heap::new(10);
        let expected = build_sample(&mut reference);
        collect(&mut h, 10, &mut [&mut roots]);
        assert!(!h.has_fragments());
        assert!(h.contains(roots[0]));
        assert!(exact_eq(roots[0], expected));
        // sharing preserved: both tuple elements are the same cell
        let shared = roots[0].head();
        assert_eq!(shared.boxed_word(1), shared.boxed_word(2));
        assert!(h.free_words() >= 10);
        // a second collection is idempotent in content
        collect(&mut h, 0, &mut [&mut roots]);
        assert!(exact_eq(roots[0], expected));
        assert!(h.used_words() < 40);
    }

    #[test]
    fn literal_pointers_are_not_followed() {
        let mut lit = Heap::new(10);
        let t = lit.tuple(&[Term::small(1)]).with_literal_bit();
        let mut h = Heap::new(10);
        let mut roots = [h.cons(t, Term::NIL)];
        collect(&mut h, 0, &mut [&mut roots]);
        assert_eq!(roots[0].head(), t);
    }
}
