//! Binaries and bitstrings: heap binaries (< 64 bytes), reference-counted off-heap binaries
//! referenced by ProcBins, and sub-binaries (any bit offset and bit length).
//!
//! Layouts (words after the header):
//! - heap binary: `[byte_size, bytes...]` (bytes padded to whole words)
//! - ProcBin: `[byte_size, *const OffHeapBin, flags]`
//! - sub-binary: `[original (heap binary or ProcBin term), bit_offset, bit_size, flags]`
//!
//! A ProcBin's `byte_size` is the size this reference sees; appending to a writable binary
//! (`bs_append`, `bs_private_append`) may extend the shared buffer in place past it.

use crate::heap::Heap;
use crate::term::{Header, Kind, Term};
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Binaries of this many bytes or more live off the heap.
pub const HEAP_BIN_LIMIT: usize = 64;

/// ProcBin flag: the buffer may be appended to in place (no other reference looks past its
/// own size).
pub const PB_WRITABLE: u64 = 1;

/// A reference-counted off-heap binary buffer.
pub struct OffHeapBin {
    refc: AtomicUsize,
    /// The buffer may grow in place (`append_writable`): made by an append and never shared
    /// with another heap since (sharing clears it for good).
    appendable: AtomicBool,
    data: UnsafeCell<Vec<u8>>,
}

// SAFETY: the buffer is only mutated (appended to) while `appendable`, that is while every
// reference to it is on the heap of the one process that made it; sharing a reference with
// another heap (`retain`) clears the flag first.
unsafe impl Sync for OffHeapBin {}
// SAFETY: see above.
unsafe impl Send for OffHeapBin {}

impl OffHeapBin {
    fn new(data: Vec<u8>) -> *mut OffHeapBin {
        Self::with_flag(data, false)
    }

    fn with_flag(data: Vec<u8>, appendable: bool) -> *mut OffHeapBin {
        Box::into_raw(Box::new(OffHeapBin {
            refc: AtomicUsize::new(1),
            appendable: AtomicBool::new(appendable),
            data: UnsafeCell::new(data),
        }))
    }
}

/// Drops one reference held by the ProcBin at `obj`.
///
/// # Safety
/// `obj` must point to a live ProcBin whose reference has not been released yet.
pub(crate) unsafe fn release_procbin(obj: *mut u64) {
    let ob = *obj.add(2) as *mut OffHeapBin;
    if (*ob).refc.fetch_sub(1, Ordering::AcqRel) == 1 {
        drop(Box::from_raw(ob));
    }
}

/// Adds a reference for a new ProcBin pointing at the same buffer (copying to another heap).
///
/// # Safety
/// `ob` must be a live buffer (some ProcBin holds a reference to it).
pub(crate) unsafe fn retain(ob: *const OffHeapBin) {
    // Shared with another heap: never appended to in place again.
    (*ob).appendable.store(false, Ordering::Relaxed);
    (*ob).refc.fetch_add(1, Ordering::Relaxed);
}

/// Adds a reference for a copy of the ProcBin at `obj` (copying it to another heap or into
/// storage).
///
/// # Safety
/// `obj` must point to a live ProcBin.
pub(crate) unsafe fn retain_at(obj: *const u64) {
    retain(*obj.add(2) as *const OffHeapBin);
}

fn words_for(bytes: usize) -> usize {
    bytes.div_ceil(8)
}

/// A new binary holding `bytes` (heap binary or off-heap, by size).
pub fn new_binary(heap: &mut Heap, bytes: &[u8]) -> Term {
    let (t, buf) = alloc_binary(heap, bytes.len());
    buf.copy_from_slice(bytes);
    t
}

/// Allocates a binary of `len` bytes and returns it with its (zeroed) contents to fill. The
/// slice is valid until the next collection of `heap`.
pub fn alloc_binary<'a>(heap: &mut Heap, len: usize) -> (Term, &'a mut [u8]) {
    if len < HEAP_BIN_LIMIT {
        let w = words_for(len);
        let p = heap.boxed(Kind::HeapBin, 1 + w);
        // SAFETY: the object has 1 + w payload words; we initialise all of them.
        unsafe {
            *p.add(1) = len as u64;
            for i in 0..w {
                *p.add(2 + i) = 0;
            }
            let data = core::slice::from_raw_parts_mut(p.add(2) as *mut u8, len);
            (Term::make_boxed(p), data)
        }
    } else {
        let ob = OffHeapBin::new(alloc::vec![0u8; len]);
        let t = make_procbin(heap, ob, len, 0);
        // SAFETY: the buffer was just created with `len` bytes and only this ProcBin refers to it.
        let data = unsafe { (&mut *(*ob).data.get()).as_mut_slice() };
        (t, data)
    }
}

/// A writable off-heap binary of `len` bytes with room for `capacity` (for appending).
pub fn alloc_writable<'a>(heap: &mut Heap, len: usize, capacity: usize) -> (Term, &'a mut [u8]) {
    let mut v = Vec::with_capacity(capacity.max(len));
    v.resize(len, 0);
    let ob = OffHeapBin::with_flag(v, true);
    let t = make_procbin(heap, ob, len, PB_WRITABLE);
    // SAFETY: fresh buffer, only this ProcBin refers to it.
    let data = unsafe { (&mut *(*ob).data.get()).as_mut_slice() };
    (t, data)
}

fn make_procbin(heap: &mut Heap, ob: *mut OffHeapBin, len: usize, flags: u64) -> Term {
    make_procbin_counted(heap, ob, len, flags, len)
}

/// A ProcBin seeing `len` bytes of `ob`, of which `new_bytes` count towards the heap's
/// binary limit (`Heap::note_offheap_bytes`).
fn make_procbin_counted(
    heap: &mut Heap,
    ob: *mut OffHeapBin,
    len: usize,
    flags: u64,
    new_bytes: usize,
) -> Term {
    heap.note_offheap_bytes(new_bytes);
    let p = heap.boxed(Kind::ProcBin, 3);
    // SAFETY: three payload words, all initialised here.
    unsafe {
        *p.add(1) = len as u64;
        *p.add(2) = ob as u64;
        *p.add(3) = flags;
    }
    heap.register_procbin(p);
    Term::make_boxed(p)
}

/// `<<Acc/binary, Rest/bits>>` as OTP's `bs_append` does it: when `acc` is a ProcBin that
/// sees the whole of an appendable buffer, `rest` is added to that buffer in place (amortised
/// doubling) and a new ProcBin sees the longer binary; otherwise the result is a new
/// appendable binary with room to grow. `None` when `acc` is not a binary (the caller builds
/// the bitstring the ordinary way). Older references keep seeing their own length.
pub fn append_writable(heap: &mut Heap, acc: Term, rest: &[u8]) -> Option<Term> {
    if acc.is_boxed_kind(Kind::ProcBin) && !acc.is_literal_ptr() {
        let ob = acc.boxed_word(2) as *mut OffHeapBin;
        let len = acc.boxed_word(1) as usize;
        // SAFETY: a live ProcBin holds a count on its buffer. The buffer is only touched here
        // while `appendable`, i.e. while every reference to it is on this process's heap,
        // and no view of its bytes is held across this call (callers copied `rest` out).
        unsafe {
            if (*ob).appendable.load(Ordering::Relaxed) {
                let data = &mut *(*ob).data.get();
                if data.len() == len {
                    if data.capacity() - len < rest.len() {
                        data.reserve(len.max(rest.len()).max(256));
                    }
                    data.extend_from_slice(rest);
                    (*ob).refc.fetch_add(1, Ordering::Relaxed);
                    // Only the added bytes are new off-heap memory.
                    let t =
                        make_procbin_counted(heap, ob, len + rest.len(), PB_WRITABLE, rest.len());
                    return Some(t);
                }
            }
        }
    }
    let a = binary_bytes(acc)?;
    let total = a.len() + rest.len();
    let (t, buf) = alloc_writable(heap, total, (2 * total).max(256));
    buf[..a.len()].copy_from_slice(a);
    buf[a.len()..].copy_from_slice(rest);
    Some(t)
}

/// A new ProcBin on `heap` sharing the buffer of the ProcBin `pb` (for copying between heaps).
pub fn share_procbin(heap: &mut Heap, pb: Term) -> Term {
    let ob = pb.boxed_word(2) as *mut OffHeapBin;
    // SAFETY: `pb` is a live ProcBin, so its buffer is live.
    unsafe { retain(ob) };
    make_procbin(heap, ob, pb.boxed_word(1) as usize, 0)
}

/// A view of a bitstring: where its bits are. Valid until the next collection of the heap
/// that holds the term (or forever, for literals).
#[derive(Copy, Clone, Debug)]
pub struct BitSlice {
    pub data: *const u8,
    pub bit_offset: usize,
    pub bit_len: usize,
}

impl BitSlice {
    pub fn is_binary(&self) -> bool {
        self.bit_len % 8 == 0
    }
    pub fn byte_len(&self) -> usize {
        self.bit_len / 8
    }
    /// The bytes, when the bitstring starts on a byte boundary (trailing bits excluded).
    pub fn aligned_bytes<'a>(&self) -> Option<&'a [u8]> {
        if self.bit_offset % 8 != 0 {
            return None;
        }
        // SAFETY: the view covers bit_len bits of live binary data from data + offset.
        unsafe {
            Some(core::slice::from_raw_parts(
                self.data.add(self.bit_offset / 8),
                self.bit_len / 8,
            ))
        }
    }
    /// Bit `i` (0 = first), as 0 or 1.
    #[inline]
    pub fn bit(&self, i: usize) -> u8 {
        let b = self.bit_offset + i;
        // SAFETY: callers index below bit_len, inside the live data.
        let byte = unsafe { *self.data.add(b / 8) };
        (byte >> (7 - (b % 8))) & 1
    }
    /// Byte `i` of the bitstring (the 8 bits from bit 8*i), whatever the alignment.
    #[inline]
    pub fn byte(&self, i: usize) -> u8 {
        let b = self.bit_offset + 8 * i;
        let sh = b % 8;
        // SAFETY: callers index whole bytes inside bit_len; the second byte read is only
        // done when the bits straddle, so it is inside the data too.
        unsafe {
            let hi = *self.data.add(b / 8);
            if sh == 0 {
                hi
            } else {
                (hi << sh) | (*self.data.add(b / 8 + 1) >> (8 - sh))
            }
        }
    }
    /// The whole bytes (copied when unaligned).
    pub fn to_bytes(&self) -> Vec<u8> {
        match self.aligned_bytes() {
            Some(b) => b.to_vec(),
            None => (0..self.byte_len()).map(|i| self.byte(i)).collect(),
        }
    }
    /// The trailing bits after the whole bytes, left-aligned in a byte, and their count.
    pub fn tail_bits(&self) -> (u8, usize) {
        let n = self.bit_len % 8;
        let mut v = 0u8;
        for i in 0..n {
            v |= self.bit(self.bit_len - n + i) << (7 - i);
        }
        (v, n)
    }
    /// Reads `n` (<= 64) bits starting at bit `pos`, big-endian, as an unsigned value.
    pub fn read_bits(&self, pos: usize, n: usize) -> u64 {
        let mut v: u64 = 0;
        let mut i = 0;
        // whole bytes when aligned
        while i < n {
            let b = self.bit_offset + pos + i;
            if b % 8 == 0 && n - i >= 8 {
                // SAFETY: inside the view.
                v = (v << 8) | u64::from(unsafe { *self.data.add(b / 8) });
                i += 8;
            } else {
                v = (v << 1) | u64::from(self.bit(pos + i));
                i += 1;
            }
        }
        v
    }
    /// The sub-range `[pos, pos+len)` in bits.
    pub fn slice(&self, pos: usize, len: usize) -> BitSlice {
        BitSlice {
            data: self.data,
            bit_offset: self.bit_offset + pos,
            bit_len: len,
        }
    }
}

/// The original binary object (heap binary or ProcBin) and the bit range a bitstring term
/// covers in it; `None` when `t` is not a bitstring. Match contexts are not bitstrings.
pub fn bitstring_parts(t: Term) -> Option<(Term, usize, usize)> {
    if !t.is_boxed() {
        return None;
    }
    match t.header().kind() {
        Kind::HeapBin | Kind::ProcBin => Some((t, 0, 8 * t.boxed_word(1) as usize)),
        Kind::SubBin => {
            let orig = Term::from_raw(t.boxed_word(1));
            Some((orig, t.boxed_word(2) as usize, t.boxed_word(3) as usize))
        }
        _ => None,
    }
}

/// Where the bytes of a heap binary or ProcBin start.
pub fn base_ptr(orig: Term) -> *const u8 {
    match orig.header().kind() {
        // SAFETY: a heap binary's bytes start after header and size words.
        Kind::HeapBin => unsafe { orig.ptr().add(2) as *const u8 },
        _ => {
            let ob = orig.boxed_word(2) as *const OffHeapBin;
            // SAFETY: a live ProcBin holds a reference to a live buffer.
            unsafe { (*(*ob).data.get()).as_ptr() }
        }
    }
}

/// A view of the bitstring `t`, or `None` when `t` is not a bitstring.
pub fn bitstring(t: Term) -> Option<BitSlice> {
    let (orig, off, len) = bitstring_parts(t)?;
    Some(BitSlice {
        data: base_ptr(orig),
        bit_offset: off,
        bit_len: len,
    })
}

/// The bytes of a binary (whole bytes, byte-aligned); `None` for non-binaries and for
/// bitstrings whose size or offset is not a whole number of bytes (those need `bitstring`).
pub fn binary_bytes<'a>(t: Term) -> Option<&'a [u8]> {
    let b = bitstring(t)?;
    if !b.is_binary() {
        return None;
    }
    b.aligned_bytes()
}

pub fn is_bitstring(t: Term) -> bool {
    t.is_boxed()
        && matches!(
            t.header().kind(),
            Kind::HeapBin | Kind::ProcBin | Kind::SubBin
        )
}
pub fn is_binary(t: Term) -> bool {
    bitstring_parts(t).is_some_and(|(_, _, len)| len % 8 == 0)
}

/// A sub-binary of `orig` (a heap binary or ProcBin) covering bits `[offset, offset+len)`.
/// When the range is the whole original, the original is returned.
pub fn sub_binary(heap: &mut Heap, orig: Term, bit_offset: usize, bit_len: usize) -> Term {
    debug_assert!(matches!(
        orig.header().kind(),
        Kind::HeapBin | Kind::ProcBin
    ));
    if bit_offset == 0 && bit_len == 8 * orig.boxed_word(1) as usize {
        return orig;
    }
    let p = heap.boxed(Kind::SubBin, 4);
    // SAFETY: four payload words, all initialised.
    unsafe {
        *p.add(1) = orig.raw();
        *p.add(2) = bit_offset as u64;
        *p.add(3) = bit_len as u64;
        *p.add(4) = 0;
    }
    Term::make_boxed(p)
}

/// A part of a binary as OTP 25 extracts it in matching, `binary_part`, `binary:part` and
/// `split_binary`: whole-byte parts of at most `HEAP_BIN_LIMIT` bytes are copied into a new
/// binary (so `binary:referenced_byte_size/1` sees only them), larger or bit-sized parts
/// are sub-binaries of `orig`.
pub fn extract_sub_binary(heap: &mut Heap, orig: Term, bit_offset: usize, bit_len: usize) -> Term {
    if bit_len % 8 != 0 || bit_len / 8 > HEAP_BIN_LIMIT {
        return sub_binary(heap, orig, bit_offset, bit_len);
    }
    let len = bit_len / 8;
    let view = BitSlice {
        data: base_ptr(orig),
        bit_offset,
        bit_len,
    };
    // Copied out first: allocating may move a heap-binary original.
    let mut buf = [0u8; HEAP_BIN_LIMIT];
    for (i, b) in buf[..len].iter_mut().enumerate() {
        *b = view.byte(i);
    }
    new_binary(heap, &buf[..len])
}

/// A bitstring of `bit_len` bits from `bits` (bits beyond `bit_len` in the last byte must be
/// zero or are ignored): a binary when whole bytes, else a sub-binary of a fresh binary.
pub fn new_bitstring(heap: &mut Heap, bits: &[u8], bit_len: usize) -> Term {
    let nbytes = bit_len.div_ceil(8);
    let (orig, buf) = alloc_binary(heap, nbytes);
    buf.copy_from_slice(&bits[..nbytes]);
    if bit_len % 8 != 0 {
        let keep = bit_len % 8;
        buf[nbytes - 1] &= 0xFFu8 << (8 - keep);
        sub_binary(heap, orig, 0, bit_len)
    } else {
        orig
    }
}

/// Appends `bits` bits of `src` to a bit writer (a growable byte buffer).
#[derive(Default, Clone, Debug)]
pub struct BitWriter {
    pub bytes: Vec<u8>,
    pub bit_len: usize,
}

impl BitWriter {
    pub fn new() -> BitWriter {
        BitWriter::default()
    }
    pub fn with_capacity(bytes: usize) -> BitWriter {
        BitWriter {
            bytes: Vec::with_capacity(bytes),
            bit_len: 0,
        }
    }
    #[inline]
    pub fn is_aligned(&self) -> bool {
        self.bit_len % 8 == 0
    }
    pub fn push_bytes(&mut self, b: &[u8]) {
        if self.is_aligned() {
            self.bytes.extend_from_slice(b);
            self.bit_len += 8 * b.len();
        } else {
            for &x in b {
                self.push_bits(u64::from(x), 8);
            }
        }
    }
    /// Pushes the low `n` bits of `v` (n <= 64), most significant first.
    pub fn push_bits(&mut self, v: u64, n: usize) {
        let mut i = n;
        while i > 0 {
            if self.is_aligned() && i >= 8 {
                self.bytes.push((v >> (i - 8)) as u8);
                self.bit_len += 8;
                i -= 8;
            } else {
                let bit = ((v >> (i - 1)) & 1) as u8;
                let pos = self.bit_len % 8;
                if pos == 0 {
                    self.bytes.push(0);
                }
                if bit != 0 {
                    let last = self.bytes.len() - 1;
                    self.bytes[last] |= 0x80 >> pos;
                }
                self.bit_len += 1;
                i -= 1;
            }
        }
    }
    pub fn push_slice(&mut self, s: &BitSlice) {
        if self.is_aligned() {
            if let Some(b) = s.aligned_bytes() {
                self.push_bytes(b);
                let (v, n) = s.tail_bits();
                if n > 0 {
                    self.push_bits(u64::from(v >> (8 - n)), n);
                }
                return;
            }
        }
        for i in 0..s.byte_len() {
            self.push_bits(u64::from(s.byte(i)), 8);
        }
        let (v, n) = s.tail_bits();
        if n > 0 {
            self.push_bits(u64::from(v >> (8 - n)), n);
        }
    }
    /// Builds the bitstring term.
    pub fn finish(&self, heap: &mut Heap) -> Term {
        new_bitstring(heap, &self.bytes, self.bit_len)
    }
}

/// Header check used by the collector and copier.
pub fn is_procbin(h: Header) -> bool {
    h.kind() == Kind::ProcBin
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heap_and_offheap() {
        let mut h = Heap::new(100);
        let small = new_binary(&mut h, b"hello");
        assert_eq!(small.header().kind(), Kind::HeapBin);
        assert_eq!(binary_bytes(small), Some(&b"hello"[..]));
        let big_data: Vec<u8> = (0..200u32).map(|i| i as u8).collect();
        let big = new_binary(&mut h, &big_data);
        assert_eq!(big.header().kind(), Kind::ProcBin);
        assert_eq!(binary_bytes(big), Some(&big_data[..]));
        let sub = sub_binary(&mut h, big, 8 * 10, 8 * 5);
        assert_eq!(binary_bytes(sub), Some(&big_data[10..15]));
        let odd = sub_binary(&mut h, small, 3, 13);
        assert!(binary_bytes(odd).is_none());
        let v = bitstring(odd).unwrap();
        assert_eq!(v.bit_len, 13);
        // "he" = 0x68 0x65 = 0110_1000 0110_0101; from bit 3: 0100_0011 00101
        assert_eq!(v.byte(0), 0b0100_0011);
        assert_eq!(v.tail_bits(), (0b0010_1000, 5));
        assert_eq!(v.read_bits(0, 13), 0b0_1000_0110_0101);
    }

    #[test]
    fn appends_in_place_only_while_unshared() {
        let mut h = Heap::new(100);
        let start = new_binary(&mut h, b"ab");
        let a = append_writable(&mut h, start, b"cd").unwrap();
        let b = append_writable(&mut h, a, b"ef").unwrap();
        // Same buffer, extended in place.
        assert_eq!(a.boxed_word(2), b.boxed_word(2));
        assert_eq!(binary_bytes(a), Some(&b"abcd"[..]));
        assert_eq!(binary_bytes(b), Some(&b"abcdef"[..]));
        // Appending to the older reference copies: it does not see the whole buffer.
        let c = append_writable(&mut h, a, b"XY").unwrap();
        assert_ne!(c.boxed_word(2), a.boxed_word(2));
        assert_eq!(binary_bytes(c), Some(&b"abcdXY"[..]));
        assert_eq!(binary_bytes(b), Some(&b"abcdef"[..]));
        // Once shared with another heap, never extended in place again.
        let mut other = Heap::new(100);
        let shared = crate::term::copy::copy_to_heap(&mut other, b);
        let d = append_writable(&mut h, b, b"g").unwrap();
        assert_ne!(d.boxed_word(2), b.boxed_word(2));
        assert_eq!(binary_bytes(shared), Some(&b"abcdef"[..]));
        assert_eq!(binary_bytes(d), Some(&b"abcdefg"[..]));
        // Long loops stay linear: capacity doubles.
        let mut acc = new_binary(&mut h, b"");
        for i in 0..10_000u32 {
            acc = append_writable(&mut h, acc, &[i as u8]).unwrap();
        }
        assert_eq!(binary_bytes(acc).map(|b| b.len()), Some(10_000));
    }

    #[test]
    fn procbins_released_by_gc() {
        let mut h = Heap::new(100);
        let data = [7u8; 100];
        let keep = new_binary(&mut h, &data);
        let _dead = new_binary(&mut h, &data);
        assert_eq!(h.procbins.len(), 2);
        let mut roots = [keep];
        crate::heap::gc::collect(&mut h, 0, &mut [&mut roots]);
        assert_eq!(h.procbins.len(), 1);
        assert_eq!(binary_bytes(roots[0]), Some(&data[..]));
    }

    /// Large binaries made and dropped use few heap words (a ProcBin each): the bytes they
    /// hold make a collection due (OTP's virtual binary heap), young and old.
    #[test]
    fn dropped_binaries_make_collections_due() {
        let mut h = Heap::new(100);
        let data = alloc::vec![3u8; 100_000];
        let mut roots = [Term::NIL; 2];
        let mut collections = 0;
        let mut most_held = 0;
        for i in 0..400 {
            // Each binary stays live for two collections (so is promoted), then dies.
            let b = new_binary(&mut h, &data);
            if i % 3 == 0 {
                roots[i % 2] = b;
            }
            if h.must_collect(false) {
                crate::heap::gc::collect(&mut h, 0, &mut [&mut roots]);
                collections += 1;
            }
            // What is held stays about the limits' worth (371 KB young, as much old), not
            // everything made since the heap last filled up (58 ProcBins here).
            let held = h.procbins.len() + h.old_procbins.len();
            most_held = most_held.max(held);
        }
        assert!(most_held <= 12, "{most_held} binaries held");
        assert!(collections >= 80, "{collections}");
        assert!(h.major_collections >= 2);
        assert_eq!(binary_bytes(roots[0]), Some(&data[..]));
    }

    #[test]
    fn bit_writer() {
        let mut w = BitWriter::new();
        w.push_bits(0b101, 3);
        w.push_bytes(&[0xFF, 0x00]);
        w.push_bits(1, 1);
        assert_eq!(w.bit_len, 20);
        assert_eq!(w.bytes, alloc::vec![0b1011_1111, 0b1110_0000, 0b0001_0000]);
        let mut h = Heap::new(10);
        let t = w.finish(&mut h);
        let v = bitstring(t).unwrap();
        assert_eq!(v.bit_len, 20);
        let mut w2 = BitWriter::new();
        w2.push_slice(&v);
        assert_eq!(w2.bytes, w.bytes);
        assert_eq!(w2.bit_len, 20);
    }
}
