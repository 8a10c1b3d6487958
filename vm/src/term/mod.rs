//! Term words: one `u64` with BEAM-style low tag bits (see docs/ARCHITECTURE.md, "Terms").
//!
//! This module owns the raw word layout. Reading a boxed object or a cons cell dereferences
//! the pointer held in the word; that is sound under the VM-wide invariant that every term
//! value the machine handles points into memory that stays alive and unmoved until the next
//! garbage collection of the heap it belongs to (or forever, for literal areas). Collections
//! only happen at safe points where every live term is in a root, so a term read from a
//! register or built by a BIF is valid for the whole instruction or BIF call.

pub mod boxed;
pub mod compare;
pub mod copy;
pub mod hash;
pub mod magic;
pub mod print;

pub use boxed::*;

use crate::atom::Atom;

/// One tagged word.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Term(u64);

pub const TAG_MASK: u64 = 0b11;
pub const TAG_HEADER: u64 = 0b00;
pub const TAG_LIST: u64 = 0b01;
pub const TAG_BOXED: u64 = 0b10;
pub const TAG_IMMED: u64 = 0b11;
/// Set in list and boxed words that point into a module literal area.
pub const LITERAL_BIT: u64 = 0b100;
const PTR_MASK: u64 = !0b111;

const IMM1_MASK: u64 = 0b1111;
const IMM1_PID: u64 = 0b0011;
const IMM1_PORT: u64 = 0b0111;
const IMM1_SMALL: u64 = 0b1111;
const IMM2_MASK: u64 = 0b11_1111;
const IMM2_ATOM: u64 = 0b00_1011;
const IMM2_CATCH: u64 = 0b01_1011;
const IMM2_NIL: u64 = 0b11_1011;

/// Small integers are 60-bit signed.
pub const SMALL_BITS: u32 = 60;
pub const MAX_SMALL: i64 = (1 << (SMALL_BITS - 1)) - 1;
pub const MIN_SMALL: i64 = -(1 << (SMALL_BITS - 1));

impl Term {
    pub const NIL: Term = Term(IMM2_NIL);
    /// A word that is never a valid term value (a header word of kind tuple, arity 0).
    /// Used as "no value" in a few internal slots (e.g. an unset map lookup result).
    pub const NON_VALUE: Term = Term(0);

    #[inline(always)]
    pub const fn raw(self) -> u64 {
        self.0
    }
    /// Rebuilds a term from its raw word. The caller vouches that the word came from
    /// [`Term::raw`] of a term that is still valid.
    #[inline(always)]
    pub const fn from_raw(w: u64) -> Term {
        Term(w)
    }

    #[inline(always)]
    pub const fn tag(self) -> u64 {
        self.0 & TAG_MASK
    }

    // ---- small integers ----
    #[inline(always)]
    pub const fn is_small(self) -> bool {
        self.0 & IMM1_MASK == IMM1_SMALL
    }
    /// Value of a small integer (unchecked: call only when `is_small`).
    #[inline(always)]
    pub const fn small_value(self) -> i64 {
        (self.0 as i64) >> 4
    }
    #[inline(always)]
    pub const fn small_fits(v: i64) -> bool {
        v >= MIN_SMALL && v <= MAX_SMALL
    }
    /// A small integer; `v` must be within [`MIN_SMALL`, `MAX_SMALL`].
    #[inline(always)]
    pub const fn small(v: i64) -> Term {
        debug_assert!(Term::small_fits(v));
        Term(((v << 4) as u64) | IMM1_SMALL)
    }
    #[inline(always)]
    pub fn try_small(v: i64) -> Option<Term> {
        if Term::small_fits(v) {
            Some(Term::small(v))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn as_small(self) -> Option<i64> {
        if self.is_small() {
            Some(self.small_value())
        } else {
            None
        }
    }

    // ---- atoms ----
    #[inline(always)]
    pub const fn is_atom(self) -> bool {
        self.0 & IMM2_MASK == IMM2_ATOM
    }
    #[inline(always)]
    pub const fn atom(a: Atom) -> Term {
        Term(((a.index() as u64) << 6) | IMM2_ATOM)
    }
    /// The atom of an atom term (unchecked: call only when `is_atom`).
    #[inline(always)]
    pub const fn atom_value(self) -> Atom {
        Atom::from_index((self.0 >> 6) as u32)
    }
    #[inline(always)]
    pub fn as_atom(self) -> Option<Atom> {
        if self.is_atom() {
            Some(self.atom_value())
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_boolean(self) -> bool {
        self == Term::TRUE || self == Term::FALSE
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Term {
        if b {
            Term::TRUE
        } else {
            Term::FALSE
        }
    }

    // ---- nil, pids, ports, catch tags ----
    #[inline(always)]
    pub const fn is_nil(self) -> bool {
        self.0 == IMM2_NIL
    }
    #[inline(always)]
    pub const fn is_local_pid(self) -> bool {
        self.0 & IMM1_MASK == IMM1_PID
    }
    #[inline(always)]
    pub const fn pid(n: u64) -> Term {
        Term((n << 4) | IMM1_PID)
    }
    #[inline(always)]
    pub const fn pid_value(self) -> u64 {
        self.0 >> 4
    }
    #[inline(always)]
    pub const fn is_local_port(self) -> bool {
        self.0 & IMM1_MASK == IMM1_PORT
    }
    #[inline(always)]
    pub const fn port(n: u64) -> Term {
        Term((n << 4) | IMM1_PORT)
    }
    #[inline(always)]
    pub const fn port_value(self) -> u64 {
        self.0 >> 4
    }
    #[inline(always)]
    pub const fn is_catch(self) -> bool {
        self.0 & IMM2_MASK == IMM2_CATCH
    }
    #[inline(always)]
    pub const fn catch(index: u32) -> Term {
        Term(((index as u64) << 6) | IMM2_CATCH)
    }
    #[inline(always)]
    pub const fn catch_value(self) -> u32 {
        (self.0 >> 6) as u32
    }
    #[inline(always)]
    pub const fn is_immediate(self) -> bool {
        self.0 & TAG_MASK == TAG_IMMED
    }
    /// Header-tagged words on a stack are continuation pointers.
    #[inline(always)]
    pub const fn is_header_word(self) -> bool {
        self.0 & TAG_MASK == TAG_HEADER
    }

    // ---- pointers ----
    #[inline(always)]
    pub const fn is_list(self) -> bool {
        self.0 & TAG_MASK == TAG_LIST
    }
    #[inline(always)]
    pub const fn is_boxed(self) -> bool {
        self.0 & TAG_MASK == TAG_BOXED
    }
    #[inline(always)]
    pub const fn is_literal_ptr(self) -> bool {
        let t = self.0 & TAG_MASK;
        (t == TAG_LIST || t == TAG_BOXED) && self.0 & LITERAL_BIT != 0
    }
    /// Whether a collection must copy what this word points to.
    #[inline(always)]
    pub const fn is_heap_ptr(self) -> bool {
        let t = self.0 & TAG_MASK;
        (t == TAG_LIST || t == TAG_BOXED) && self.0 & LITERAL_BIT == 0
    }
    #[inline(always)]
    pub fn ptr(self) -> *mut u64 {
        (self.0 & PTR_MASK) as *mut u64
    }
    #[inline(always)]
    pub fn make_list(cell: *const u64) -> Term {
        debug_assert!(cell as u64 & 7 == 0);
        Term(cell as u64 | TAG_LIST)
    }
    #[inline(always)]
    pub fn make_boxed(obj: *const u64) -> Term {
        debug_assert!(obj as u64 & 7 == 0);
        Term(obj as u64 | TAG_BOXED)
    }
    /// The same pointer word marked as pointing into a literal area.
    #[inline(always)]
    pub const fn with_literal_bit(self) -> Term {
        Term(self.0 | LITERAL_BIT)
    }

    /// Head of a cons cell (unchecked: call only when `is_list`).
    #[inline(always)]
    pub fn head(self) -> Term {
        debug_assert!(self.is_list());
        // SAFETY: a list word points to a live two-word cons cell (module invariant).
        unsafe { Term(*self.ptr()) }
    }
    /// Tail of a cons cell (unchecked: call only when `is_list`).
    #[inline(always)]
    pub fn tail(self) -> Term {
        debug_assert!(self.is_list());
        // SAFETY: as in `head`.
        unsafe { Term(*self.ptr().add(1)) }
    }
    #[inline(always)]
    pub fn as_cons(self) -> Option<(Term, Term)> {
        if self.is_list() {
            Some((self.head(), self.tail()))
        } else {
            None
        }
    }

    /// The header word of a boxed object (unchecked: call only when `is_boxed`).
    #[inline(always)]
    pub fn header(self) -> Header {
        debug_assert!(self.is_boxed());
        // SAFETY: a boxed word points to a live object starting with its header.
        unsafe { Header(*self.ptr()) }
    }
    /// Payload word `i` (1-based: word 0 is the header) of a boxed object.
    #[inline(always)]
    pub fn boxed_word(self, i: usize) -> u64 {
        // SAFETY: callers index within the object's arity (checked in debug builds).
        unsafe {
            debug_assert!(i <= Header(*self.ptr()).arity());
            *self.ptr().add(i)
        }
    }
    #[inline(always)]
    pub fn boxed_kind(self) -> Option<Kind> {
        if self.is_boxed() {
            Some(self.header().kind())
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_boxed_kind(self, k: Kind) -> bool {
        self.is_boxed() && self.header().kind() == k
    }

    pub const TRUE: Term = Term::atom(crate::atom::TRUE);
    pub const FALSE: Term = Term::atom(crate::atom::FALSE);
    pub const OK: Term = Term::atom(crate::atom::OK);
    pub const UNDEFINED: Term = Term::atom(crate::atom::UNDEFINED);
}

impl core::fmt::Debug for Term {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.is_header_word() {
            return write!(f, "<header {:#x}>", self.0);
        }
        if self.is_catch() {
            return write!(f, "<catch {}>", self.catch_value());
        }
        let mut s = alloc::string::String::new();
        print::write_term(&mut s, *self);
        f.write_str(&s)
    }
}

/// Object kinds stored in bits 2-5 of a header word.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    Tuple = 0,
    PosBig = 1,
    NegBig = 2,
    Float = 3,
    Ref = 4,
    Fun = 5,
    Export = 6,
    HeapBin = 7,
    ProcBin = 8,
    SubBin = 9,
    MatchCtx = 10,
    FlatMap = 11,
    HamtNode = 12,
    ExtPid = 13,
    ExtPort = 14,
    ExtRef = 15,
}

impl Kind {
    const ALL: [Kind; 16] = [
        Kind::Tuple,
        Kind::PosBig,
        Kind::NegBig,
        Kind::Float,
        Kind::Ref,
        Kind::Fun,
        Kind::Export,
        Kind::HeapBin,
        Kind::ProcBin,
        Kind::SubBin,
        Kind::MatchCtx,
        Kind::FlatMap,
        Kind::HamtNode,
        Kind::ExtPid,
        Kind::ExtPort,
        Kind::ExtRef,
    ];
}

/// A header word: kind and arity (number of words after the header).
#[derive(Copy, Clone, PartialEq, Eq)]
#[repr(transparent)]
pub struct Header(pub u64);

impl Header {
    #[inline(always)]
    pub const fn new(kind: Kind, arity: usize) -> Header {
        Header(((arity as u64) << 6) | ((kind as u64) << 2))
    }
    #[inline(always)]
    pub fn kind(self) -> Kind {
        Kind::ALL[((self.0 >> 2) & 0xF) as usize]
    }
    #[inline(always)]
    pub const fn arity(self) -> usize {
        (self.0 >> 6) as usize
    }
    #[inline(always)]
    pub const fn is_header(self) -> bool {
        self.0 & TAG_MASK == TAG_HEADER
    }
    /// The range of payload words (1-based) that hold terms; the others are raw data.
    #[inline]
    pub fn term_words(self) -> core::ops::Range<usize> {
        let n = self.arity();
        match self.kind() {
            Kind::Tuple | Kind::FlatMap => 1..n + 1,
            // entry pointer, then the environment
            Kind::Fun => 2..n + 1,
            // bitmap, then entries
            Kind::HamtNode => 2..n + 1,
            // the original binary, then offsets
            Kind::SubBin | Kind::MatchCtx => 1..2,
            // the node name, then numbers
            Kind::ExtPid | Kind::ExtPort | Kind::ExtRef => 1..2,
            _ => 1..1,
        }
    }
}

impl core::fmt::Debug for Header {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Header({:?}, {})", self.kind(), self.arity())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_roundtrip() {
        for v in [0i64, 1, -1, 42, MAX_SMALL, MIN_SMALL, 1 << 40, -(1 << 40)] {
            let t = Term::small(v);
            assert!(t.is_small());
            assert_eq!(t.small_value(), v);
            assert!(!t.is_atom() && !t.is_list() && !t.is_boxed());
        }
        assert!(Term::try_small(MAX_SMALL + 1).is_none());
        assert!(Term::try_small(MIN_SMALL - 1).is_none());
    }

    #[test]
    fn immediates_are_distinct() {
        let a = Term::atom(Atom::from_index(5));
        assert!(a.is_atom() && !a.is_small() && !a.is_nil() && !a.is_catch());
        assert_eq!(a.atom_value().index(), 5);
        assert!(Term::NIL.is_nil() && !Term::NIL.is_atom());
        let c = Term::catch(77);
        assert!(c.is_catch() && !c.is_atom() && c.catch_value() == 77);
        let p = Term::pid(12);
        assert!(p.is_local_pid() && !p.is_local_port() && p.pid_value() == 12);
        let q = Term::port(3);
        assert!(q.is_local_port() && !q.is_small());
    }

    #[test]
    fn header_fields() {
        let h = Header::new(Kind::FlatMap, 9);
        assert!(h.is_header());
        assert_eq!(h.kind(), Kind::FlatMap);
        assert_eq!(h.arity(), 9);
        assert_eq!(h.term_words(), 1..10);
    }
}
