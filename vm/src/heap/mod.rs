//! Process heaps: a young generation (one bump-allocated block plus heap fragments), an old
//! generation, and the process stack.
//!
//! Allocation never collects. When the young block is full, `alloc` takes a fragment; the
//! next collection (only at the interpreter's safe points) copies what is live. A minor
//! collection copies only young objects: those that already survived one collection (below
//! the high-water mark) move to the old generation, the others into a new young block. A
//! major collection copies the old generation too. See `gc.rs`.

pub mod gc;
pub mod literals;

use crate::term::{Header, Kind, Term};
use alloc::vec;
use alloc::vec::Vec;

/// Heap sizes in words, as OTP grows them (a Fibonacci-like sequence, then +20% steps).
const MIN_HEAP_WORDS: usize = 233;

/// Off-heap binary bytes (in words, as OTP counts them) that young ProcBins may reference
/// before a collection is due: OTP's default `min_bin_vheap_size`. The limit in use is this
/// times a power of two, adapted after each collection to what survived.
pub const MIN_VHEAP_WORDS: u32 = 46422;

/// Why the next safe point must collect (`Heap::requested`).
const COLLECT_MAJOR: u8 = 1;
const COLLECT_VHEAP: u8 = 2;

pub fn next_heap_size(words: usize) -> usize {
    let (mut a, mut b) = (MIN_HEAP_WORDS, 377usize);
    while a < words {
        if a > 1 << 22 {
            // Past ~32 MB grow by 20% steps, as OTP does.
            a += a / 5;
            continue;
        }
        let c = a + b;
        a = b;
        b = c;
    }
    a
}

/// A process heap.
pub struct Heap {
    /// The young block; its length is its capacity in words.
    block: Vec<u64>,
    /// Bump pointer into `block` (index of the first free word).
    top: usize,
    /// Words of `block` below this index survived a collection: the next minor collection
    /// promotes them to the old generation.
    hwm: usize,
    /// The old generation: objects that survived two collections (or a major one). Nothing
    /// in it points into the young generation (terms are never updated in place, except
    /// tuples the compiler fills right after creating them, which are young).
    old: Vec<u64>,
    old_top: usize,
    /// Registered off-heap holders (see `procbins`) that live in the old generation.
    pub(crate) old_procbins: Vec<*mut u64>,
    /// The previous young block, reused as the next to-space when big enough.
    spare: Vec<u64>,
    /// Overflow fragments, each full up to its own `used` count.
    frags: Vec<Fragment>,
    frag_words: usize,
    /// Addresses of the young objects (block or fragments) that hold a count on
    /// something off the heap: ProcBins and magic references.
    pub(crate) procbins: Vec<*mut u64>,
    /// Size of the young block the next collection allocates (adapted after each collection).
    target_words: usize,
    /// Off-heap binary words referenced by the young ProcBins (counted when they are made),
    /// and by the old ones: OTP's virtual binary heaps. A process that makes large
    /// binaries and drops them uses few heap words, so the words its binaries hold count
    /// too: past `vheap_limit` a collection is due (it releases the dead ones), past the old
    /// generation's limit the next collection is a major one.
    pub(crate) vheap: u32,
    pub(crate) old_vheap: u32,
    /// The limits, as `MIN_VHEAP_WORDS << shift`.
    vheap_shift: u8,
    old_vheap_shift: u8,
    /// A collection is due at the next safe point: `COLLECT_MAJOR` (asked for by
    /// `erlang:garbage_collect/0`), `COLLECT_VHEAP` (binaries over the limit).
    requested: u8,
    /// Statistics.
    pub collections: u64,
    pub major_collections: u64,
}

struct Fragment {
    mem: Vec<u64>,
    used: usize,
}

// SAFETY: a heap is owned by one process, which one scheduler at a time runs; its raw
// pointers (ProcBin addresses) point into its own block and fragments.
unsafe impl Send for Heap {}

impl Default for Heap {
    fn default() -> Self {
        Heap::new(MIN_HEAP_WORDS)
    }
}

impl Heap {
    pub fn new(words: usize) -> Heap {
        let words = next_heap_size(words);
        Heap {
            block: vec![0; words],
            top: 0,
            hwm: 0,
            old: Vec::new(),
            old_top: 0,
            old_procbins: Vec::new(),
            spare: Vec::new(),
            frags: Vec::new(),
            frag_words: 0,
            procbins: Vec::new(),
            target_words: words,
            vheap: 0,
            old_vheap: 0,
            vheap_shift: 0,
            old_vheap_shift: 0,
            requested: 0,
            collections: 0,
            major_collections: 0,
        }
    }

    /// Free words left in the block (fragments not counted).
    #[inline(always)]
    pub fn free_words(&self) -> usize {
        self.block.len() - self.top
    }
    /// Words in use in both generations.
    pub fn used_words(&self) -> usize {
        self.top + self.frag_words + self.old_top
    }
    /// Words in use in the old generation.
    pub fn old_words(&self) -> usize {
        self.old_top
    }
    /// Words reserved by the heap (both generations, fragments, the spare block).
    pub fn reserved_words(&self) -> usize {
        self.block.len()
            + self.old.len()
            + self.spare.len()
            + self.frags.iter().map(|f| f.mem.len()).sum::<usize>()
    }
    pub fn block_words(&self) -> usize {
        self.block.len()
    }
    pub fn has_fragments(&self) -> bool {
        !self.frags.is_empty()
    }
    /// Whether the next safe point must collect: fragments to merge, a collection asked
    /// for or due (binaries), or (in stress mode) anything allocated since the last one
    /// (the block is in use up to the high-water mark right after a collection).
    #[inline(always)]
    pub fn must_collect(&self, stress: bool) -> bool {
        !self.frags.is_empty() || self.requested != 0 || (stress && self.top != self.hwm)
    }
    /// Asks for a major collection at the next safe point (where every root is known).
    pub fn request_major(&mut self) {
        self.requested |= COLLECT_MAJOR;
    }
    pub(crate) fn major_requested(&self) -> bool {
        self.requested & COLLECT_MAJOR != 0
    }
    /// Whether anything was allocated since the last collection.
    #[inline(always)]
    pub fn allocated_since_gc(&self) -> bool {
        self.top != self.hwm || !self.frags.is_empty()
    }

    /// Counts `bytes` of off-heap binary that a new young ProcBin references; a collection
    /// is due at the next safe point once they pass the limit.
    pub(crate) fn note_offheap_bytes(&mut self, bytes: usize) {
        let words = u32::try_from(bytes / 8).unwrap_or(u32::MAX);
        self.vheap = self.vheap.saturating_add(words);
        if self.vheap > vheap_limit(self.vheap_shift) {
            self.requested |= COLLECT_VHEAP;
        }
    }
    /// Whether the old generation's binaries passed their limit (the next collection is a
    /// major one).
    pub(crate) fn old_vheap_full(&self) -> bool {
        self.old_vheap > vheap_limit(self.old_vheap_shift)
    }
    /// After a collection: the binary words held by the young and the old ProcBins. A
    /// limit doubles when what survived fills three quarters of it and halves (down to
    /// OTP's default) when a quarter, as OTP's `next_vheap_size`; the old one only after a
    /// major collection, when the old ProcBins are all live (else dead ones, not yet
    /// released, would make it grow).
    pub(crate) fn set_vheap_after_gc(&mut self, young: u32, old: u32, major: bool) {
        self.vheap = young;
        self.old_vheap = old;
        self.vheap_shift = adapt_shift(young, self.vheap_shift);
        if major {
            self.old_vheap_shift = adapt_shift(old, self.old_vheap_shift);
        }
        self.requested = 0;
    }

    /// Allocates `words` words. Never collects: when the block is full the words come from a
    /// heap fragment. The memory is uninitialised garbage until the caller writes it, and must
    /// be fully written before the next collection.
    #[inline(always)]
    pub fn alloc(&mut self, words: usize) -> *mut u64 {
        if words <= self.block.len() - self.top {
            // SAFETY: top + words <= len, so the range is inside the block.
            let p = unsafe { self.block.as_mut_ptr().add(self.top) };
            self.top += words;
            p
        } else {
            self.alloc_fragment(words)
        }
    }

    #[cold]
    fn alloc_fragment(&mut self, words: usize) -> *mut u64 {
        if let Some(f) = self.frags.last_mut() {
            if f.mem.len() - f.used >= words {
                // SAFETY: used + words <= len.
                let p = unsafe { f.mem.as_mut_ptr().add(f.used) };
                f.used += words;
                self.frag_words += words;
                return p;
            }
        }
        let size = words.max(self.block.len() / 4).max(64);
        let mut mem = vec![0u64; size];
        let p = mem.as_mut_ptr();
        self.frags.push(Fragment { mem, used: words });
        self.frag_words += words;
        p
    }

    /// Registers a ProcBin (or magic reference) just written at `obj` so the collector can
    /// release it when dead.
    pub(crate) fn register_procbin(&mut self, obj: *mut u64) {
        self.procbins.push(obj);
    }

    /// Whether `t` points into this heap (used by debug checks and tests).
    pub fn contains(&self, t: Term) -> bool {
        let p = t.ptr() as usize;
        let b = self.block.as_ptr() as usize;
        if p >= b && p < b + self.top * 8 {
            return true;
        }
        let o = self.old.as_ptr() as usize;
        if p >= o && p < o + self.old_top * 8 {
            return true;
        }
        self.frags.iter().any(|f| {
            let s = f.mem.as_ptr() as usize;
            p >= s && p < s + f.used * 8
        })
    }

    // ---- builders ----

    /// A cons cell `[h | t]`.
    #[inline(always)]
    pub fn cons(&mut self, h: Term, t: Term) -> Term {
        let p = self.alloc(2);
        // SAFETY: `p` points to two freshly allocated words.
        unsafe {
            *p = h.raw();
            *p.add(1) = t.raw();
        }
        Term::make_list(p)
    }

    /// A tuple of the given elements.
    pub fn tuple(&mut self, elems: &[Term]) -> Term {
        let p = self.alloc(elems.len() + 1);
        // SAFETY: `p` points to len+1 fresh words.
        unsafe {
            *p = Header::new(Kind::Tuple, elems.len()).0;
            for (i, e) in elems.iter().enumerate() {
                *p.add(i + 1) = e.raw();
            }
        }
        Term::make_boxed(p)
    }

    /// A tuple of `n` elements, all `fill`, to be set with [`Heap::set_tuple_element`].
    pub fn tuple_filled(&mut self, n: usize, fill: Term) -> Term {
        let p = self.alloc(n + 1);
        // SAFETY: `p` points to n+1 fresh words.
        unsafe {
            *p = Header::new(Kind::Tuple, n).0;
            for i in 0..n {
                *p.add(i + 1) = fill.raw();
            }
        }
        Term::make_boxed(p)
    }

    /// A list of the given elements ending in `tail`.
    pub fn list_with_tail(&mut self, elems: &[Term], tail: Term) -> Term {
        let mut l = tail;
        if elems.is_empty() {
            return l;
        }
        let p = self.alloc(2 * elems.len());
        for (i, e) in elems.iter().enumerate().rev() {
            // SAFETY: cell i lies within the 2*len fresh words.
            unsafe {
                let c = p.add(2 * i);
                *c = e.raw();
                *c.add(1) = l.raw();
                l = Term::make_list(c);
            }
        }
        l
    }
    pub fn list(&mut self, elems: &[Term]) -> Term {
        self.list_with_tail(elems, Term::NIL)
    }

    /// A boxed float.
    pub fn float(&mut self, f: f64) -> Term {
        let p = self.alloc(2);
        // SAFETY: two fresh words.
        unsafe {
            *p = Header::new(Kind::Float, 1).0;
            *p.add(1) = f.to_bits();
        }
        Term::make_boxed(p)
    }

    /// Allocates a boxed object of `arity` payload words with the header written; the caller
    /// fills the payload (all of it, before the next collection).
    pub fn boxed(&mut self, kind: Kind, arity: usize) -> *mut u64 {
        let p = self.alloc(arity + 1);
        // SAFETY: arity+1 fresh words.
        unsafe { *p = Header::new(kind, arity).0 };
        p
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &pb in self.procbins.iter().chain(self.old_procbins.iter()) {
            // SAFETY: every registered object lives in this heap, which is still allocated.
            unsafe { release_offheap(pb) };
        }
    }
}

fn vheap_limit(shift: u8) -> u32 {
    MIN_VHEAP_WORDS.saturating_mul(1 << shift.min(16))
}

fn adapt_shift(words: u32, shift: u8) -> u8 {
    let limit = vheap_limit(shift);
    if u64::from(words) * 4 > u64::from(limit) * 3 && shift < 16 {
        shift + 1
    } else if words < limit / 4 && shift > 0 {
        shift - 1
    } else {
        shift
    }
}

/// Whether objects with this header hold a count on an off-heap object (and so are
/// registered with their heap).
#[inline]
pub(crate) fn holds_offheap(h: Header) -> bool {
    h.kind() == Kind::ProcBin || crate::term::magic::is_magic_header(h)
}

/// Releases the off-heap count held by the registered object at `obj` (a ProcBin or a magic
/// reference).
///
/// # Safety
/// `obj` must point to a live registered object whose count has not been released.
pub(crate) unsafe fn release_offheap(obj: *mut u64) {
    if Header(*obj).kind() == Kind::ProcBin {
        crate::binary::release_procbin(obj);
    } else {
        crate::term::magic::release_at(obj);
    }
}

/// Sets element `i` (0-based) of a tuple that the caller just built and owns.
pub fn set_tuple_element(tuple: Term, i: usize, v: Term) {
    debug_assert!(tuple.is_boxed_kind(Kind::Tuple) && i < tuple.header().arity());
    // SAFETY: the tuple is live and `i` is within its arity.
    unsafe { *tuple.ptr().add(i + 1) = v.raw() };
}

/// The process stack: Y registers and continuation pointers, growing down from the end of
/// its buffer as BEAM's does. Frame layout: `E[0]` = continuation pointer, `E[1..=n]` = y0..
pub struct Stack {
    pub(crate) buf: Vec<u64>,
}

impl Stack {
    pub fn new(words: usize) -> Stack {
        Stack {
            buf: vec![Term::NIL.raw(); words.max(8)],
        }
    }
    pub fn len_words(&self) -> usize {
        self.buf.len()
    }
    /// Pointer one past the last word: an empty stack has `E == end`.
    pub fn end_ptr(&mut self) -> *mut u64 {
        // SAFETY: one-past-the-end pointer of the buffer.
        unsafe { self.buf.as_mut_ptr().add(self.buf.len()) }
    }
    pub fn start_ptr(&mut self) -> *mut u64 {
        self.buf.as_mut_ptr()
    }
    /// Grows the stack so that at least `need` words are free below `e`; returns the new `e`.
    /// Stack contents are copied; nothing points into a stack, so moving it is safe.
    pub fn grow(&mut self, e: *mut u64, need: usize) -> *mut u64 {
        let used = (self.end_ptr() as usize - e as usize) / 8;
        let mut size = self.buf.len() * 2;
        while size < used + need + 16 {
            size *= 2;
        }
        let mut nb = vec![Term::NIL.raw(); size];
        let old_start = self.buf.len() - used;
        nb[size - used..].copy_from_slice(&self.buf[old_start..]);
        self.buf = nb;
        // SAFETY: size-used is within the new buffer.
        unsafe { self.buf.as_mut_ptr().add(size - used) }
    }
    /// Used part of the stack given the current frame pointer, as terms (for GC roots).
    pub fn used_mut(&mut self, e: *mut u64) -> &mut [Term] {
        let end = self.end_ptr() as usize;
        let used = (end - e as usize) / 8;
        let start = self.buf.len() - used;
        let words: &mut [u64] = &mut self.buf[start..];
        // SAFETY: Term is repr(transparent) over u64.
        unsafe { core::slice::from_raw_parts_mut(words.as_mut_ptr() as *mut Term, words.len()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_grow() {
        assert_eq!(next_heap_size(0), 233);
        assert_eq!(next_heap_size(233), 233);
        assert_eq!(next_heap_size(234), 377);
        assert_eq!(next_heap_size(1000), 1597);
        assert!(next_heap_size(100_000_000) >= 100_000_000);
    }

    #[test]
    fn alloc_falls_back_to_fragments() {
        let mut h = Heap::new(10);
        let n = h.block_words();
        for _ in 0..n / 2 {
            h.cons(Term::small(1), Term::NIL);
        }
        assert!(!h.has_fragments());
        let t = h.tuple(&[Term::small(1), Term::small(2), Term::small(3)]);
        assert!(h.has_fragments());
        assert!(h.contains(t));
        assert_eq!(h.used_words(), (n / 2) * 2 + 4);
    }

    #[test]
    fn stack_grows_and_keeps_contents() {
        let mut s = Stack::new(8);
        let mut e = s.end_ptr();
        // SAFETY: test writes within the buffer.
        unsafe {
            e = e.sub(3);
            *e = 11;
            *e.add(1) = 22;
            *e.add(2) = 33;
        }
        let e2 = s.grow(e, 100);
        // SAFETY: the copied frame.
        unsafe {
            assert_eq!(*e2, 11);
            assert_eq!(*e2.add(2), 33);
        }
        assert!(s.len_words() >= 103);
    }
}
