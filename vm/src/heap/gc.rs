//! The per-process generational copying collector (Cheney, two generations as OTP's).
//!
//! Every list or boxed word without the literal bit points into the heap being collected
//! (its young block, a fragment or the old generation): terms of other processes are never
//! referenced, and literal areas are marked. A collection copies every such object it
//! reaches from the roots, leaving a forwarding word behind:
//! - a moved cons cell gets a header word (0) in its head and the new list word in its tail;
//! - a moved boxed object gets the new boxed word in place of its header.
//!
//! A minor collection leaves the old generation alone (nothing old points to a young
//! object): young objects below the high-water mark (they survived the previous
//! collection) are promoted to the old generation, the others are copied into a new young
//! block. A major collection, run when the old generation might not hold the promotions,
//! also copies the old generation, into a new one sized by what survived. Long-lived data
//! is so copied at majors only, which come after twice the live data has been promoted.
//!
//! The stack is scanned from its top down to the part that was neither written nor held a
//! young pointer since the previous collection (the caller says how much that is): deep
//! recursion does not make every collection rescan the whole stack.
//!
//! Afterwards, registered ProcBins (and magic references) that were not moved are dead and
//! release their off-heap object.

use super::{next_heap_size, Heap};
use crate::term::{Header, Term, TAG_MASK};
use alloc::vec;
use alloc::vec::Vec;

/// Collects `heap`, keeping everything reachable from `roots`, and makes sure at least `need`
/// words are free in the young block afterwards. Root slices may contain any stack words:
/// continuation pointers (header-tagged) and immediates are left alone.
pub fn collect(heap: &mut Heap, need: usize, roots: &mut [&mut [Term]]) {
    collect_with_stack(heap, need, roots, &mut [], 0);
}

/// A major collection: copies both generations.
pub fn collect_major(heap: &mut Heap, need: usize, roots: &mut [&mut [Term]]) {
    let clean = major(heap, need, roots, &mut [], 0);
    shrink_young(heap, need, roots, &mut [], clean);
    drop_oversized_spare(heap);
}

/// As [`collect`], with the used part of the process stack (`stack[0]` is the top) as a
/// root of which the last `skip` words are known to hold no young pointer and to be unwritten
/// since the previous collection. Returns how many words at the end of the stack hold no
/// young pointer afterwards (the `skip` bound for the next collection).
pub fn collect_with_stack(
    heap: &mut Heap,
    need: usize,
    roots: &mut [&mut [Term]],
    stack: &mut [Term],
    skip: usize,
) -> usize {
    // Promotion may move every word below the high-water mark; too many old binaries are
    // only released by a major collection.
    let clean = if heap.major_requested()
        || heap.old.len() - heap.old_top < heap.hwm
        || heap.old_vheap_full()
    {
        major(heap, need, roots, stack, skip)
    } else {
        run(heap, need, roots, stack, skip, None)
    };
    let clean = shrink_young(heap, need, roots, stack, clean);
    drop_oversized_spare(heap);
    clean
}

/// A major collection. Its old to-space is sized for the worst case: every old and
/// promoted word surviving, twice over so that the next major comes only after as much
/// again has been promoted. But the old generation is collected only when full, and by then
/// it is often mostly garbage: when far less survived, the survivors move once more into an
/// old generation of about three times what is live (so the next major comes after twice
/// the live data has been promoted). Its size so follows the live data, not the garbage the
/// previous one filled up with.
fn major(
    heap: &mut Heap,
    need: usize,
    roots: &mut [&mut [Term]],
    stack: &mut [Term],
    skip: usize,
) -> usize {
    let worst = next_heap_size(2 * (heap.old_top + heap.hwm) + 64);
    let clean = run(heap, need, roots, stack, skip, Some(worst));
    // The compacting pass promotes the young survivors too (everything is old after it),
    // and frees the first to-space.
    let wanted = next_heap_size(3 * (heap.old_top + heap.top) + 64);
    if heap.old.len() <= 2 * wanted {
        return clean;
    }
    heap.hwm = heap.top;
    run(heap, need, roots, stack, clean, Some(wanted))
}

/// The young to-space is sized for the worst case (everything allocated since the previous
/// collection surviving). When far less survived, the survivors move once more into a block
/// of the usual size (a minor collection that promotes nothing), so the young generation does
/// not keep the peak size and its memory.
fn shrink_young(
    heap: &mut Heap,
    need: usize,
    roots: &mut [&mut [Term]],
    stack: &mut [Term],
    clean: usize,
) -> usize {
    if heap.block.len() <= 2 * heap.target_words {
        return clean;
    }
    heap.hwm = 0;
    run(heap, need, roots, stack, clean, None)
}

/// The previous young block is kept as the next to-space, which is usually about as big.
/// One much bigger than the block in use (left by a collection that had to size its
/// to-space for a burst of allocation) would not be reused soon: it is freed now.
fn drop_oversized_spare(heap: &mut Heap) {
    if heap.spare.len() > 4 * heap.block.len().max(heap.target_words) {
        heap.spare = Vec::new();
    }
}

fn run(
    heap: &mut Heap,
    need: usize,
    roots: &mut [&mut [Term]],
    stack: &mut [Term],
    skip: usize,
    major_old_words: Option<usize>,
) -> usize {
    let major = major_old_words.is_some();
    // Words that may stay young: those above the high-water mark and the fragments.
    let young_bound = (heap.top - heap.hwm) + heap.frag_words;
    let ysize = heap.target_words.max(next_heap_size(young_bound + need));
    let mut to = if heap.spare.len() >= ysize && heap.spare.len() <= 4 * ysize {
        core::mem::take(&mut heap.spare)
    } else {
        heap.spare = Vec::new();
        vec![0u64; ysize]
    };
    let mut new_old: Vec<u64> = Vec::new();
    let (old_base, old_start, old_size) = if let Some(words) = major_old_words {
        // Every old and promoted word must fit (the caller's size is at least that).
        debug_assert!(words >= heap.old_top + heap.hwm);
        new_old = vec![0u64; words];
        (new_old.as_mut_ptr(), 0, new_old.len())
    } else {
        (heap.old.as_mut_ptr(), heap.old_top, heap.old.len())
    };
    let mut cp = Copier {
        young: Space {
            base: to.as_mut_ptr(),
            top: 0,
            size: to.len(),
        },
        old: Space {
            base: old_base,
            top: old_start,
            size: old_size,
        },
        old_from: heap.old.as_ptr() as usize,
        old_from_bytes: heap.old.len() * 8,
        promote_from: heap.block.as_ptr() as usize,
        promote_bytes: heap.hwm * 8,
        major,
        young_procbins: Vec::new(),
        old_procbins: Vec::new(),
    };

    for slice in roots.iter_mut() {
        for t in slice.iter_mut() {
            // SAFETY: roots hold valid terms of this heap (VM invariant).
            *t = unsafe { cp.evacuate(*t) };
        }
    }
    let scan_to = if major {
        stack.len()
    } else {
        stack.len() - skip.min(stack.len())
    };
    let mut last_young: Option<usize> = None;
    for (i, t) in stack[..scan_to].iter_mut().enumerate() {
        // SAFETY: as for the other roots.
        let n = unsafe { cp.evacuate(*t) };
        *t = n;
        if cp.is_young(n) {
            last_young = Some(i);
        }
    }
    // SAFETY: scanning the to-spaces that the copier filled; all words below their tops are
    // initialised copies of valid objects.
    unsafe { cp.scan(old_start) };

    // Release the off-heap objects whose holder did not survive. The from-spaces are still
    // allocated; a registered object's first word is either still its header (dead) or the
    // forwarding word (moved).
    let dead_check = |list: &Vec<*mut u64>| {
        for &pb in list {
            // SAFETY: see above.
            unsafe {
                if Header(*pb).is_header() {
                    super::release_offheap(pb);
                }
            }
        }
    };
    dead_check(&heap.procbins);
    // SAFETY: the survivors' lists hold the to-space copies, initialised above.
    let (young_bin_words, promoted_bin_words) = unsafe {
        (
            binary_words(&cp.young_procbins),
            binary_words(&cp.old_procbins),
        )
    };
    let old_bin_words = if major {
        promoted_bin_words
    } else {
        heap.old_vheap.saturating_add(promoted_bin_words)
    };
    heap.set_vheap_after_gc(young_bin_words, old_bin_words, major);
    if major {
        dead_check(&heap.old_procbins);
        heap.old_procbins = core::mem::take(&mut cp.old_procbins);
        heap.old = new_old;
        heap.major_collections += 1;
    } else {
        heap.old_procbins.append(&mut cp.old_procbins);
    }
    heap.old_top = cp.old.top;
    let live = cp.young.top;
    heap.procbins = core::mem::take(&mut cp.young_procbins);
    heap.spare = core::mem::replace(&mut heap.block, to);
    heap.top = live;
    heap.hwm = live;
    heap.frags.clear();
    heap.frag_words = 0;
    heap.collections += 1;
    // A young block some times the surviving data, so collection work stays a fraction of
    // allocation; a process that keeps collecting gets a roomier one.
    let floor = if heap.collections > 4 { 32 * 1024 } else { 0 };
    heap.target_words = next_heap_size((4 * (live + need)).max(floor));
    match last_young {
        Some(i) => stack.len() - (i + 1),
        None => stack.len(),
    }
}

/// Off-heap binary words the ProcBins among `objects` reference (OTP's virtual heap count).
///
/// # Safety
/// Every pointer must point to a live registered object (ProcBin or magic reference).
unsafe fn binary_words(objects: &[*mut u64]) -> u32 {
    let mut words = 0u64;
    for &obj in objects {
        if crate::binary::is_procbin(Header(*obj)) {
            words += *obj.add(1) / 8;
        }
    }
    u32::try_from(words).unwrap_or(u32::MAX)
}

/// A to-space: `size` words at `base`, filled up to `top`.
struct Space {
    base: *mut u64,
    top: usize,
    size: usize,
}

impl Space {
    #[inline]
    fn bump(&mut self, words: usize) -> *mut u64 {
        // The to-spaces are sized for every word that can move into them, so live data
        // always fits; a failure here means a corrupt heap, and stopping beats writing out
        // of bounds.
        assert!(
            self.top + words <= self.size,
            "gc: to-space overflow (corrupt heap)"
        );
        // SAFETY: checked above to be within the to-space.
        let p = unsafe { self.base.add(self.top) };
        self.top += words;
        p
    }
}

struct Copier {
    young: Space,
    old: Space,
    /// The old generation being collected from (byte range).
    old_from: usize,
    old_from_bytes: usize,
    /// The young words to promote (byte range: the block below the high-water mark).
    promote_from: usize,
    promote_bytes: usize,
    major: bool,
    young_procbins: Vec<*mut u64>,
    old_procbins: Vec<*mut u64>,
}

impl Copier {
    /// Whether `t` points into the new young block.
    #[inline]
    fn is_young(&self, t: Term) -> bool {
        t.is_heap_ptr()
            && (t.ptr() as usize).wrapping_sub(self.young.base as usize) < self.young.top * 8
    }

    /// Copies the object `t` points to (if it is a heap pointer that moves) and returns its
    /// new word.
    ///
    /// # Safety
    /// `t` must be a valid term of the heap being collected.
    #[inline]
    unsafe fn evacuate(&mut self, t: Term) -> Term {
        if !t.is_heap_ptr() {
            return t;
        }
        let p = t.ptr();
        let a = p as usize;
        let in_old = a.wrapping_sub(self.old_from) < self.old_from_bytes;
        if in_old && !self.major {
            return t;
        }
        let to_old = in_old || a.wrapping_sub(self.promote_from) < self.promote_bytes;
        if t.is_list() {
            let car = *p;
            if car & TAG_MASK == 0 {
                return Term::from_raw(*p.add(1));
            }
            let np = if to_old {
                self.old.bump(2)
            } else {
                self.young.bump(2)
            };
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
            let np = if to_old {
                self.old.bump(n)
            } else {
                self.young.bump(n)
            };
            core::ptr::copy_nonoverlapping(p, np, n);
            if super::holds_offheap(hd) {
                if to_old {
                    self.old_procbins.push(np);
                } else {
                    self.young_procbins.push(np);
                }
            }
            let nt = Term::make_boxed(np);
            *p = nt.raw();
            nt
        }
    }

    /// Cheney scan of both to-spaces (the old one from `old_start`, where this collection's
    /// copies begin): evacuates what the copied objects point to, until nothing is left.
    unsafe fn scan(&mut self, old_start: usize) {
        let mut yscan = 0;
        let mut oscan = old_start;
        loop {
            if yscan < self.young.top {
                yscan = self.scan_object(true, yscan);
            } else if oscan < self.old.top {
                oscan = self.scan_object(false, oscan);
            } else {
                return;
            }
        }
    }

    /// Evacuates the words of the object (or cons cell word) at `at` in the young or old
    /// to-space; returns the index after it.
    #[inline]
    unsafe fn scan_object(&mut self, young: bool, at: usize) -> usize {
        let base = if young {
            self.young.base
        } else {
            self.old.base
        };
        let w = *base.add(at);
        if w & TAG_MASK == 0 {
            let h = Header(w);
            for i in h.term_words() {
                let slot = base.add(at + i);
                *slot = self.evacuate(Term::from_raw(*slot)).raw();
            }
            at + 1 + h.arity()
        } else {
            let slot = base.add(at);
            *slot = self.evacuate(Term::from_raw(w)).raw();
            at + 1
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
        // further collections (promotion, then old-generation ones) keep the content
        for _ in 0..3 {
            collect(&mut h, 0, &mut [&mut roots]);
            assert!(exact_eq(roots[0], expected));
            assert!(h.contains(roots[0]));
        }
        assert!(h.old_words() > 0, "survivors are promoted");
        collect_major(&mut h, 0, &mut [&mut roots]);
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

    /// Builds a long-lived list and, interleaved, short-lived garbage and young data that
    /// points to old data; collects often (minor and major) and checks everything.
    #[test]
    fn generations_keep_mixed_ages_intact() {
        let mut h = Heap::new(10);
        let mut roots = [Term::NIL; 3];
        let mut expected_len = 0;
        for round in 0..2000i64 {
            // long-lived: grows every round
            roots[0] = h.cons(Term::small(round), roots[0]);
            expected_len += 1;
            // young data pointing at the (soon old) long-lived list
            roots[1] = h.tuple(&[roots[0], Term::small(round)]);
            // garbage
            let g = h.tuple(&[Term::small(1), Term::small(2)]);
            roots[2] = if round % 7 == 0 { g } else { roots[2] };
            if round % 3 == 0 {
                collect(&mut h, 4, &mut [&mut roots]);
            }
            if round % 500 == 0 {
                collect_major(&mut h, 0, &mut [&mut roots]);
            }
        }
        collect(&mut h, 0, &mut [&mut roots]);
        let mut n = 0;
        let mut l = roots[0];
        let mut want = 1999;
        while l.is_list() {
            assert_eq!(l.head(), Term::small(want));
            want -= 1;
            n += 1;
            l = l.tail();
        }
        assert_eq!(n, expected_len);
        assert!(exact_eq(roots[1].tuple_elem(0), roots[0]));
        assert!(h.major_collections >= 4);
        // Garbage does not pile up: live data is 2000 cells, a tuple and a few words.
        collect_major(&mut h, 0, &mut [&mut roots]);
        assert!(h.used_words() < 2 * 2000 + 10, "{}", h.used_words());
    }

    /// Promoted data that keeps dying: the old generation fills up with garbage between
    /// majors, and each major must size it by what survived, not by what it held.
    #[test]
    fn old_generation_follows_live_data() {
        let mut h = Heap::new(10);
        let mut roots = [Term::NIL; 1];
        let mut largest_old = 0;
        for _ in 0..300 {
            // A list of 1000 cells (2000 words) replaces the previous one and is promoted.
            let mut l = Term::NIL;
            for i in 0..1000 {
                l = h.cons(Term::small(i), l);
            }
            roots[0] = l;
            collect(&mut h, 0, &mut [&mut roots]);
            collect(&mut h, 0, &mut [&mut roots]);
            largest_old = largest_old.max(h.old.len());
        }
        // About twice the live data (4000 words, rounded up to a heap size).
        assert!(largest_old <= 10_946, "{largest_old}");
        assert!(h.major_collections > 10);
    }

    #[test]
    fn clean_stack_part_is_skipped_and_reported() {
        let mut h = Heap::new(10);
        let old_data = h.list(&[Term::small(1), Term::small(2)]);
        let mut stack = [Term::small(5), old_data, Term::small(6)];
        // Two collections: the list is promoted, so the stack no longer points to young data.
        let clean = collect_with_stack(&mut h, 0, &mut [], &mut stack, 0);
        assert_eq!(clean, 1, "the list is young after one collection");
        let clean = collect_with_stack(&mut h, 0, &mut [], &mut stack, 0);
        assert_eq!(clean, 3, "promoted: nothing young on the stack");
        let young = h.cons(Term::small(3), stack[1]);
        let mut top = [young, Term::small(7), stack[0], stack[1], stack[2]];
        let clean = collect_with_stack(&mut h, 0, &mut [], &mut top, 3);
        assert_eq!(clean, 4);
        assert_eq!(top[0].tail(), top[3]);
        assert_eq!(top[0].head(), Term::small(3));
    }
}
