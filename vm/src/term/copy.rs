//! Copying terms between heaps and into owned storage.
//!
//! - [`copy_to_heap`] copies a term into a process heap (reading a stored term, or a term of
//!   another heap).
//! - [`OwnedTerm`] is a self-contained copy of a term in its own memory, outside every process
//!   heap: ETS objects, persistent terms, messages on their way. Its pointers carry the
//!   literal bit, so a collector that meets one leaves it alone; its ProcBins and magic
//!   references hold their own counts, released when it is dropped.
//!
//! Copies do not keep sharing (as OTP's `copy_struct`): a subterm referenced twice is copied
//! twice. The walks use an explicit work list, so deep terms cannot overflow the native stack.

use super::magic;
use super::{Header, Kind, Term};
use crate::heap::Heap;
use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

/// Whether module literals (pointers with the literal bit) are copied or shared.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Literals {
    /// Copy them too: the copy must outlive the module (storage).
    Copy,
    /// Keep pointing at them (a copy that lives no longer than loaded code may).
    Share,
}

/// A work list that lives on the native stack until it outgrows a few entries (most terms
/// copied are small: one allocation saved per copy).
struct Work<T: Copy> {
    inline: [core::mem::MaybeUninit<T>; 16],
    len: usize,
    spill: Vec<T>,
}

impl<T: Copy> Work<T> {
    #[inline]
    fn new() -> Work<T> {
        Work {
            inline: [core::mem::MaybeUninit::uninit(); 16],
            len: 0,
            spill: Vec::new(),
        }
    }
    #[inline]
    fn push(&mut self, x: T) {
        if self.len < self.inline.len() {
            self.inline[self.len] = core::mem::MaybeUninit::new(x);
            self.len += 1;
        } else {
            self.spill.push(x);
        }
    }
    #[inline]
    fn pop(&mut self) -> Option<T> {
        if let Some(x) = self.spill.pop() {
            return Some(x);
        }
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: entries below `len` were written by `push` (spilled entries are only
        // pushed once all inline ones are in use, and popped first).
        Some(unsafe { self.inline[self.len].assume_init() })
    }
}

/// The elements of `t` if it is a tuple of immediates (the commonest ETS object shape),
/// copied with one word copy.
#[inline]
fn flat_tuple<'a>(t: Term) -> Option<&'a [Term]> {
    let es = t.as_tuple()?;
    if es.iter().all(|e| e.is_immediate()) {
        Some(es)
    } else {
        None
    }
}

/// `Share` becomes `Copy` while a literal area is being released: the copy may reach a
/// process that has already copied its own references out of the area.
#[inline]
fn effective(lits: Literals) -> Literals {
    if lits == Literals::Share && crate::code::literal_release_active() {
        Literals::Copy
    } else {
        lits
    }
}

#[inline]
fn is_followed(t: Term, lits: Literals) -> bool {
    match lits {
        Literals::Copy => t.is_list() || t.is_boxed(),
        Literals::Share => t.is_heap_ptr(),
    }
}

/// Words a copy of `t` needs.
pub fn flat_size(t: Term, lits: Literals) -> usize {
    if is_followed(t, lits) {
        if let Some(es) = flat_tuple(t) {
            return es.len() + 1;
        }
    }
    let mut size = 0usize;
    let mut work: Work<Term> = Work::new();
    let mut cur = t;
    loop {
        if is_followed(cur, lits) {
            if cur.is_list() {
                size += 2;
                work.push(cur.tail());
                cur = cur.head();
                continue;
            }
            let h = cur.header();
            size += 1 + h.arity();
            for i in h.term_words() {
                work.push(Term::from_raw(cur.boxed_word(i)));
            }
        }
        match work.pop() {
            Some(n) => cur = n,
            None => return size,
        }
    }
}

/// Where a copy goes: `len` words at `base`, filled from `top`; `mark` is the literal bit to
/// set on every pointer written.
struct Dest {
    base: *mut u64,
    top: usize,
    len: usize,
    mark: bool,
}

impl Dest {
    fn take(&mut self, n: usize) -> *mut u64 {
        // The size was computed by `flat_size` with the same rules, so this always fits;
        // stopping beats writing out of bounds if that invariant were ever broken.
        assert!(self.top + n <= self.len, "term copy: size mismatch");
        // SAFETY: checked to be within the destination.
        let p = unsafe { self.base.add(self.top) };
        self.top += n;
        p
    }
    fn tag(&self, t: Term) -> Term {
        if self.mark {
            t.with_literal_bit()
        } else {
            t
        }
    }
}

/// Copies `t` into `dest`; `on_offheap` is told the address of every ProcBin and magic
/// reference written (each already holds its own new count).
///
/// # Safety
/// `t` must be a valid term and `dest` must have room for `flat_size(t, lits)` words.
unsafe fn copy_into(
    t: Term,
    lits: Literals,
    dest: &mut Dest,
    on_offheap: &mut dyn FnMut(*mut u64),
) -> Term {
    if !is_followed(t, lits) {
        return t;
    }
    let mut root: u64 = 0;
    let mut work: Work<(Term, *mut u64)> = Work::new();
    work.push((t, &mut root as *mut u64));
    while let Some((src, slot)) = work.pop() {
        if !is_followed(src, lits) {
            *slot = src.raw();
            continue;
        }
        if src.is_list() {
            let cell = dest.take(2);
            *slot = dest.tag(Term::make_list(cell)).raw();
            let (h, tl) = (src.head(), src.tail());
            *cell = h.raw();
            *cell.add(1) = tl.raw();
            if is_followed(tl, lits) {
                work.push((tl, cell.add(1)));
            }
            if is_followed(h, lits) {
                work.push((h, cell));
            }
            continue;
        }
        let h = src.header();
        let n = h.arity() + 1;
        let obj = dest.take(n);
        core::ptr::copy_nonoverlapping(src.ptr() as *const u64, obj, n);
        *slot = dest.tag(Term::make_boxed(obj)).raw();
        match h.kind() {
            Kind::ProcBin => {
                crate::binary::retain_at(obj);
                // A shared buffer is never appended to in place.
                *obj.add(3) &= !crate::binary::PB_WRITABLE;
                on_offheap(obj);
            }
            Kind::Ref if magic::is_magic_header(h) => {
                magic::retain_at(obj);
                on_offheap(obj);
            }
            _ => {}
        }
        // Words that are not followed were copied as they are.
        for i in h.term_words().rev() {
            let w = Term::from_raw(*obj.add(i));
            if is_followed(w, lits) {
                work.push((w, obj.add(i)));
            }
        }
    }
    Term::from_raw(root)
}

/// Copies `t` onto `heap` (module literals shared). The result is an ordinary heap term.
pub fn copy_to_heap(heap: &mut Heap, t: Term) -> Term {
    copy_to_heap_with(heap, t, Literals::Share)
}

/// Copies `t` onto `heap`, choosing what happens to module literals.
pub fn copy_to_heap_with(heap: &mut Heap, t: Term, lits: Literals) -> Term {
    let lits = effective(lits);
    if !is_followed(t, lits) {
        return t;
    }
    let n = flat_size(t, lits);
    let base = heap.alloc(n);
    let mut dest = Dest {
        base,
        top: 0,
        len: n,
        mark: false,
    };
    let mut registered: Vec<*mut u64> = Vec::new();
    // SAFETY: `t` is valid (caller's invariant) and the destination has exactly its size.
    let r = unsafe { copy_into(t, lits, &mut dest, &mut |p| registered.push(p)) };
    for p in registered {
        heap.register_procbin(p);
        // SAFETY: `p` is an object just copied into the heap.
        unsafe {
            if crate::binary::is_procbin(Header(*p)) {
                heap.note_offheap_bytes(*p.add(1) as usize);
            }
        }
    }
    r
}

/// A self-contained copy of a term, outside every process heap.
pub struct OwnedTerm {
    root: Term,
    words: Box<[u64]>,
    /// Whether `words` holds ProcBins or magic references (released on drop).
    has_offheap: bool,
    /// How many ProcBins (OTP's are two words larger; see `otp_words`).
    procbins: u32,
}

// SAFETY: the words are owned and never mutated after construction; off-heap objects they
// reference are reference counted atomically.
unsafe impl Send for OwnedTerm {}
// SAFETY: as above (shared access only reads).
unsafe impl Sync for OwnedTerm {}

impl OwnedTerm {
    /// Copies `t` (module literals included).
    pub fn new(t: Term) -> OwnedTerm {
        if !(t.is_list() || t.is_boxed()) {
            return OwnedTerm::immediate(t);
        }
        let n = flat_size(t, Literals::Copy);
        let mut words = vec![0u64; n].into_boxed_slice();
        let mut dest = Dest {
            base: words.as_mut_ptr(),
            top: 0,
            len: n,
            mark: true,
        };
        let mut has_offheap = false;
        let mut procbins = 0u32;
        // SAFETY: `t` is valid (caller's invariant) and `words` has exactly its size.
        let root = unsafe {
            copy_into(t, Literals::Copy, &mut dest, &mut |p| {
                has_offheap = true;
                if Header(*p).kind() == Kind::ProcBin {
                    procbins += 1;
                }
            })
        };
        OwnedTerm {
            root,
            words,
            has_offheap,
            procbins,
        }
    }

    /// An immediate (no memory).
    pub fn immediate(t: Term) -> OwnedTerm {
        OwnedTerm {
            root: t,
            words: Box::new([]),
            has_offheap: false,
            procbins: 0,
        }
    }

    /// The stored term. Valid as long as `self`; never put it where a process heap's roots
    /// could keep it longer (copy it with [`OwnedTerm::to_heap`]).
    #[inline]
    pub fn term(&self) -> Term {
        self.root
    }

    /// A copy on `heap`.
    pub fn to_heap(&self, heap: &mut Heap) -> Term {
        copy_to_heap_with(heap, self.root, Literals::Copy)
    }

    /// Words of memory used.
    pub fn size_words(&self) -> usize {
        self.words.len()
    }

    /// The words OTP would use for the same term (`ets:info(T, memory)` counts those): the
    /// same layouts, except that OTP's ProcBins are two words larger.
    pub fn otp_words(&self) -> usize {
        self.words.len() + 2 * self.procbins as usize
    }
}

impl Clone for OwnedTerm {
    fn clone(&self) -> Self {
        OwnedTerm::new(self.root)
    }
}

impl Drop for OwnedTerm {
    fn drop(&mut self) {
        if !self.has_offheap {
            return;
        }
        // Walk the objects in order: a header word starts a boxed object of 1 + arity words;
        // any other word is the head of a cons cell (whose tail is the next word).
        let mut i = 0;
        while i < self.words.len() {
            let h = Header(self.words[i]);
            if h.is_header() {
                if crate::heap::holds_offheap(h) {
                    // SAFETY: this object holds a count taken when it was copied here.
                    unsafe { crate::heap::release_offheap(self.words.as_mut_ptr().add(i)) };
                }
                i += 1 + h.arity();
            } else {
                i += 2;
            }
        }
    }
}

/// A copy of a term outside every heap that still shares module literals: a message, exit
/// reason or spawn argument on its way to another process. Unlike [`OwnedTerm`] its
/// pointers are ordinary heap pointers, so it must be copied onto a heap
/// ([`Detached::to_heap`]) before a process uses it; it lives no longer than loaded code
/// (a purge must first copy literals out of queued messages).
pub struct Detached {
    root: Term,
    words: Box<[u64]>,
    has_offheap: bool,
}

// SAFETY: the words are owned and only read after construction; off-heap objects they
// reference are reference counted atomically.
unsafe impl Send for Detached {}
// SAFETY: as above.
unsafe impl Sync for Detached {}

impl Detached {
    /// Copies `t` (module literals shared, except while a literal area is being released).
    pub fn new(t: Term) -> Detached {
        let lits = effective(Literals::Share);
        if !is_followed(t, lits) {
            return Detached::immediate(t);
        }
        let n = flat_size(t, lits);
        let mut words = vec![0u64; n].into_boxed_slice();
        let mut dest = Dest {
            base: words.as_mut_ptr(),
            top: 0,
            len: n,
            mark: false,
        };
        let mut has_offheap = false;
        // SAFETY: `t` is valid (caller's invariant) and `words` has exactly its size.
        let root = unsafe { copy_into(t, lits, &mut dest, &mut |_| has_offheap = true) };
        Detached {
            root,
            words,
            has_offheap,
        }
    }

    /// An immediate (no memory).
    pub fn immediate(t: Term) -> Detached {
        Detached {
            root: t,
            words: Box::new([]),
            has_offheap: false,
        }
    }

    /// Whether the term is an immediate (copying it is free).
    pub fn is_immediate(&self) -> bool {
        self.words.is_empty()
    }

    /// The term, for reading only while `self` lives (never store it in a process).
    pub fn peek(&self) -> Term {
        self.root
    }

    /// A copy on `heap`.
    pub fn to_heap(&self, heap: &mut Heap) -> Term {
        if self.words.is_empty() {
            return self.root;
        }
        copy_to_heap_with(heap, self.root, Literals::Share)
    }

    /// Words of memory held.
    pub fn size_words(&self) -> usize {
        self.words.len()
    }
}

impl Drop for Detached {
    fn drop(&mut self) {
        if self.has_offheap {
            release_words(&mut self.words);
        }
    }
}

impl core::fmt::Debug for Detached {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Detached({:?})", self.root)
    }
}

/// Releases the off-heap counts held by the objects of a copy made by `copy_into`.
fn release_words(words: &mut [u64]) {
    // Walk the objects in order: a header word starts a boxed object of 1 + arity words;
    // any other word is the head of a cons cell (whose tail is the next word).
    let mut i = 0;
    while i < words.len() {
        let h = Header(words[i]);
        if h.is_header() {
            if crate::heap::holds_offheap(h) && i + 1 + h.arity() <= words.len() {
                // SAFETY: this object lies inside `words` and holds a count taken when it
                // was copied here.
                unsafe { crate::heap::release_offheap(words.as_mut_ptr().add(i)) };
            }
            i += 1 + h.arity();
        } else {
            i += 2;
        }
    }
}

impl core::fmt::Debug for OwnedTerm {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:?}", self.root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::compare::exact_eq;

    fn sample(h: &mut Heap) -> Term {
        let f = h.float(2.5);
        let big = crate::term::make_i128(h, 1i128 << 100);
        let bin = crate::binary::new_binary(h, &[1, 2, 3]);
        let refc = crate::binary::new_binary(h, &[9u8; 200]);
        let sub = crate::binary::sub_binary(h, refc, 8, 16);
        let inner = h.tuple(&[Term::small(1), f, big, bin, sub]);
        let m = crate::map::from_pairs(h, &[(Term::small(1), inner), (inner, Term::NIL)]);
        let l = h.list_with_tail(&[inner, m, Term::small(7)], Term::small(8));
        h.tuple(&[l, l, refc])
    }

    #[test]
    fn owned_roundtrip_and_gc_safety() {
        let mut h = Heap::new(20);
        let t = sample(&mut h);
        let owned = OwnedTerm::new(t);
        assert!(exact_eq(owned.term(), t));
        assert!(owned.term().is_literal_ptr());
        let mut h2 = Heap::new(10);
        let back = owned.to_heap(&mut h2);
        assert!(exact_eq(back, t));
        assert!(h2.contains(back));
        let mut roots = [back];
        crate::heap::gc::collect(&mut h2, 0, &mut [&mut roots]);
        assert!(exact_eq(roots[0], owned.term()));
        // Drop the original heap: the owned copy keeps its binaries.
        drop(h);
        assert!(exact_eq(roots[0], owned.term()));
        drop(owned);
        let mut h3 = Heap::new(10);
        let again = sample(&mut h3);
        assert!(exact_eq(roots[0], again));
    }

    #[test]
    fn sizes_match() {
        let mut h = Heap::new(20);
        let t = sample(&mut h);
        let n = flat_size(t, Literals::Share);
        let mut h2 = Heap::new(1000);
        let before = h2.used_words();
        let c = copy_to_heap(&mut h2, t);
        assert_eq!(h2.used_words() - before, n);
        assert!(exact_eq(c, t));
        assert_eq!(OwnedTerm::new(Term::small(3)).size_words(), 0);
    }

    #[test]
    fn deep_terms_copy_without_recursion() {
        let mut h = Heap::new(20);
        let mut t = Term::NIL;
        for i in 0..200_000 {
            t = h.tuple(&[Term::small(i), t]);
        }
        let o = OwnedTerm::new(t);
        let mut h2 = Heap::new(10);
        let c = o.to_heap(&mut h2);
        assert_eq!(c.tuple_elem(0).small_value(), 199_999);
    }
}
