//! Copying a process's references to a literal area onto its own heap, so that the area
//! can be freed (OTP's literal area release: `erts_garbage_collect_literals`).
//!
//! A purged module version's literals (constant tuples, lists, binaries, funs without free
//! variables) may still be referenced from process heaps, stacks, dictionaries and mailboxes
//! by pointers with the literal bit, which the collector never follows. [`copy_out`] walks
//! everything a process can reach from its roots and replaces each pointer into the area by
//! a pointer to an ordinary heap copy (one copy per distinct literal referenced, so sharing
//! of whole literals is kept). The walk is a trace, not a linear pass over the heap: the
//! young block may hold words that do not parse as objects. The caller then runs a major
//! collection, because objects of the old generation may now point at the young copies.

use super::Heap;
use crate::term::copy::{copy_to_heap_with, flat_size, Literals};
use crate::term::Term;
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::vec::Vec;

/// The memory of a literal area: byte ranges `[start, end)`.
#[derive(Debug, Default)]
pub struct Area {
    ranges: Vec<(usize, usize)>,
}

impl Area {
    /// The words `heap` has in use (its block and fragments; a literal area never collects,
    /// so it has no old generation).
    pub fn of_heap(heap: &Heap) -> Area {
        let mut ranges = Vec::with_capacity(1 + heap.frags.len());
        let b = heap.block.as_ptr() as usize;
        ranges.push((b, b + heap.top * 8));
        let o = heap.old.as_ptr() as usize;
        ranges.push((o, o + heap.old_top * 8));
        for f in &heap.frags {
            let s = f.mem.as_ptr() as usize;
            ranges.push((s, s + f.used * 8));
        }
        ranges.retain(|&(s, e)| e > s);
        Area { ranges }
    }

    /// Whether the object `t` points to lies in the area.
    #[inline]
    pub fn holds(&self, t: Term) -> bool {
        let a = t.ptr() as usize;
        self.ranges.iter().any(|&(s, e)| a >= s && a < e)
    }

    /// Bytes of objects in the area.
    pub fn bytes(&self) -> usize {
        self.ranges.iter().map(|&(s, e)| e - s).sum()
    }
}

/// What [`copy_out`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyOut {
    /// The process holds nothing in the area; the heap is unchanged.
    Nothing,
    /// This many words were replaced by pointers to copies. Every object now in the young
    /// block is marked as a survivor, so the major collection the caller must run next
    /// promotes the copies with the old objects that point at them.
    Copied(usize),
    /// The copies need this many words and the young block has fewer free: nothing was
    /// changed; collect with this `need` and call again.
    NeedRoom(usize),
}

struct Tracer<'a> {
    area: &'a Area,
    /// Words that point into the area.
    slots: Vec<*mut u64>,
    /// The distinct literals they point at, and the words a copy of each needs.
    literals: BTreeMap<u64, usize>,
    words: usize,
    /// Heap objects already queued (by address).
    seen: BTreeSet<usize>,
    work: Vec<Term>,
}

impl Tracer<'_> {
    /// Looks at one term word: a pointer into the area is noted, a heap pointer not seen
    /// yet is queued.
    ///
    /// # Safety
    /// `slot` must be a valid term word of the process being traced.
    unsafe fn visit(&mut self, slot: *mut u64) {
        let t = Term::from_raw(*slot);
        if t.is_literal_ptr() {
            if self.area.holds(t) {
                self.slots.push(slot);
                if let alloc::collections::btree_map::Entry::Vacant(e) =
                    self.literals.entry(t.raw())
                {
                    let n = flat_size(t, Literals::Copy);
                    e.insert(n);
                    self.words += n;
                }
            }
        } else if t.is_heap_ptr() && self.seen.insert(t.ptr() as usize) {
            self.work.push(t);
        }
    }
}

/// Replaces every word that points into `area`, in `roots` and in the heap objects reachable
/// from them, by a pointer to a copy on `heap` (one copy per distinct literal, so sharing of
/// whole literals is kept). Root slices may hold any stack words (continuation pointers and
/// immediates are left alone). The copies go into the young block, never into fragments,
/// so that they can be promoted (see [`CopyOut::Copied`]).
pub fn copy_out(heap: &mut Heap, roots: &mut [&mut [Term]], area: &Area) -> CopyOut {
    let mut tr = Tracer {
        area,
        slots: Vec::new(),
        literals: BTreeMap::new(),
        words: 0,
        seen: BTreeSet::new(),
        work: Vec::new(),
    };
    for slice in roots.iter_mut() {
        for t in slice.iter_mut() {
            // SAFETY: a root slot is a term word the caller lent us mutably.
            unsafe { tr.visit(t as *mut Term as *mut u64) };
        }
    }
    while let Some(t) = tr.work.pop() {
        let p = t.ptr();
        // SAFETY: `t` is a heap pointer of this process (VM invariant: pointers without the
        // literal bit point into the process's own heap), so its cons cell or boxed object is
        // valid.
        unsafe {
            if t.is_list() {
                tr.visit(p);
                tr.visit(p.add(1));
            } else {
                for i in t.header().term_words() {
                    tr.visit(p.add(i));
                }
            }
        }
    }
    if tr.slots.is_empty() {
        return CopyOut::Nothing;
    }
    if heap.free_words() < tr.words {
        return CopyOut::NeedRoom(tr.words);
    }
    // A literal refers only to its own area (and to fun and export entries, which are never
    // freed), so a copy holds no literal pointer at all. The block has room for all of them.
    let copies: BTreeMap<u64, Term> = tr
        .literals
        .keys()
        .map(|&raw| {
            (
                raw,
                copy_to_heap_with(heap, Term::from_raw(raw), Literals::Copy),
            )
        })
        .collect();
    for &slot in &tr.slots {
        // SAFETY: the slots are term words of this process's heap or roots, found above;
        // the process is not running and its heap is ours (`&mut Heap`); copying appended
        // objects and moved none, so the slots are still where they were.
        unsafe { *slot = copies[&*slot].raw() };
    }
    heap.hwm = heap.top;
    CopyOut::Copied(tr.slots.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::compare::exact_eq;

    /// A literal area holding `{[1, 2.5 | <<"lit">>], <<"lit">>}`, built as the loader
    /// builds module literals.
    fn literal_area() -> (Heap, Term) {
        use loader::etf::Term as Ext;
        use loader::int::Int;
        let mut lit = Heap::new(64);
        let bin = Ext::Binary(b"lit".to_vec());
        let ext = Ext::Tuple(alloc::vec![
            Ext::List(
                alloc::vec![Ext::Int(Int::Small(1)), Ext::Float(2.5)],
                alloc::boxed::Box::new(bin.clone()),
            ),
            bin,
        ]);
        let t = crate::code::literal::build(&mut lit, &ext, true).unwrap();
        (lit, t)
    }

    #[test]
    fn literals_are_copied_out_with_sharing_and_others_left() {
        let (lit, t) = literal_area();
        let area = Area::of_heap(&lit);
        assert!(area.holds(t));
        let (other, o) = literal_area();
        let mut h = Heap::new(400);
        // A heap tuple holding the literal twice, and a literal of another area.
        let holder = h.tuple(&[t, t, o, Term::small(7)]);
        let mut roots = [holder, t];
        let n = copy_out(&mut h, &mut [&mut roots], &area);
        assert_eq!(n, CopyOut::Copied(3));
        assert!(roots[1].is_heap_ptr() && h.contains(roots[1]));
        assert!(exact_eq(roots[1], t));
        let es = roots[0].as_tuple().unwrap();
        // One copy per literal: both elements and the root are the same copy.
        assert_eq!(es[0].raw(), roots[1].raw());
        assert_eq!(es[1].raw(), roots[1].raw());
        assert_eq!(es[2].raw(), o.raw());
        // The area can go: the copies hold nothing of it.
        drop(lit);
        crate::heap::gc::collect_major(&mut h, 0, &mut [&mut roots]);
        let (_again, t2) = literal_area();
        assert!(exact_eq(roots[1], t2));
        assert!(exact_eq(roots[0].as_tuple().unwrap()[0], t2));
        drop(other);
    }

    #[test]
    fn nothing_in_the_area_changes_nothing() {
        let (lit, _t) = literal_area();
        let area = Area::of_heap(&lit);
        let mut h = Heap::new(16);
        let x = h.tuple(&[Term::small(1)]);
        let before = h.used_words();
        let mut roots = [x];
        assert_eq!(copy_out(&mut h, &mut [&mut roots], &area), CopyOut::Nothing);
        assert_eq!(h.used_words(), before);
        assert_eq!(roots[0].raw(), x.raw());
    }
}
