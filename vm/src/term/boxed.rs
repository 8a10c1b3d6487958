//! Typed access to boxed objects: tuples, floats, bignums, funs, maps.

use super::{Header, Kind, Term};
use crate::heap::Heap;

impl Term {
    // ---- tuples ----
    #[inline(always)]
    pub fn is_tuple(self) -> bool {
        self.is_boxed_kind(Kind::Tuple)
    }
    /// The elements of a tuple (unchecked kind: call only when `is_tuple`). Valid until the
    /// next collection.
    #[inline(always)]
    pub fn tuple_elems<'a>(self) -> &'a [Term] {
        let n = self.header().arity();
        // SAFETY: a tuple has `arity` element words after its header; Term is a transparent u64.
        unsafe { core::slice::from_raw_parts(self.ptr().add(1) as *const Term, n) }
    }
    #[inline(always)]
    pub fn as_tuple<'a>(self) -> Option<&'a [Term]> {
        if self.is_tuple() {
            Some(self.tuple_elems())
        } else {
            None
        }
    }
    /// Element `i` (0-based) of a tuple (unchecked).
    #[inline(always)]
    pub fn tuple_elem(self, i: usize) -> Term {
        Term::from_raw(self.boxed_word(i + 1))
    }

    // ---- floats ----
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.is_boxed_kind(Kind::Float)
    }
    #[inline(always)]
    pub fn float_value(self) -> f64 {
        f64::from_bits(self.boxed_word(1))
    }
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(self.float_value())
        } else {
            None
        }
    }

    // ---- integers and numbers ----
    #[inline(always)]
    pub fn is_bignum(self) -> bool {
        self.is_boxed() && matches!(self.header().kind(), Kind::PosBig | Kind::NegBig)
    }
    #[inline(always)]
    pub fn is_integer(self) -> bool {
        self.is_small() || self.is_bignum()
    }
    #[inline(always)]
    pub fn is_number(self) -> bool {
        self.is_small()
            || (self.is_boxed()
                && matches!(
                    self.header().kind(),
                    Kind::PosBig | Kind::NegBig | Kind::Float
                ))
    }
    /// Sign and little-endian magnitude limbs of a bignum (unchecked kind).
    pub fn bignum_parts<'a>(self) -> (bool, &'a [u64]) {
        let h = self.header();
        // SAFETY: a bignum has `arity` limb words after its header.
        let limbs = unsafe { core::slice::from_raw_parts(self.ptr().add(1), h.arity()) };
        (h.kind() == Kind::NegBig, limbs)
    }

    // ---- funs ----
    #[inline(always)]
    pub fn is_fun(self) -> bool {
        self.is_boxed() && matches!(self.header().kind(), Kind::Fun | Kind::Export)
    }

    // ---- maps ----
    #[inline(always)]
    pub fn is_map(self) -> bool {
        self.is_boxed() && matches!(self.header().kind(), Kind::FlatMap | Kind::HamtNode)
    }

    // ---- references, pids, ports ----
    #[inline(always)]
    pub fn is_ref(self) -> bool {
        self.is_boxed() && matches!(self.header().kind(), Kind::Ref | Kind::ExtRef)
    }
    #[inline(always)]
    pub fn is_pid(self) -> bool {
        self.is_local_pid() || self.is_boxed_kind(Kind::ExtPid)
    }
    #[inline(always)]
    pub fn is_port(self) -> bool {
        self.is_local_port() || self.is_boxed_kind(Kind::ExtPort)
    }
}

/// Builds a bignum (or small integer when it fits) from sign and little-endian limbs.
pub fn make_integer(heap: &mut Heap, negative: bool, limbs: &[u64]) -> Term {
    let mut n = limbs.len();
    while n > 0 && limbs[n - 1] == 0 {
        n -= 1;
    }
    let limbs = &limbs[..n];
    if n == 0 {
        return Term::small(0);
    }
    if n == 1 {
        let m = limbs[0];
        if !negative && m <= super::MAX_SMALL as u64 {
            return Term::small(m as i64);
        }
        if negative && m <= (super::MAX_SMALL as u64) + 1 {
            return Term::small((m as i64).wrapping_neg());
        }
    }
    let p = heap.boxed(if negative { Kind::NegBig } else { Kind::PosBig }, n);
    for (i, &l) in limbs.iter().enumerate() {
        // SAFETY: n payload words.
        unsafe { *p.add(1 + i) = l };
    }
    Term::make_boxed(p)
}

/// An integer term for an `i64` (a bignum when outside the small range).
pub fn make_i64(heap: &mut Heap, v: i64) -> Term {
    match Term::try_small(v) {
        Some(t) => t,
        None => make_integer(heap, v < 0, &[v.unsigned_abs()]),
    }
}

/// An integer term for an `i128`.
pub fn make_i128(heap: &mut Heap, v: i128) -> Term {
    if let Ok(s) = i64::try_from(v) {
        return make_i64(heap, s);
    }
    let m = v.unsigned_abs();
    make_integer(heap, v < 0, &[m as u64, (m >> 64) as u64])
}

/// An integer term for a `u64`.
pub fn make_u64(heap: &mut Heap, v: u64) -> Term {
    make_integer(heap, false, &[v])
}

/// The value of an integer term if it fits an `i64`.
pub fn integer_to_i64(t: Term) -> Option<i64> {
    if t.is_small() {
        return Some(t.small_value());
    }
    if !t.is_bignum() {
        return None;
    }
    let (neg, limbs) = t.bignum_parts();
    if limbs.len() != 1 {
        return None;
    }
    let m = limbs[0];
    if neg {
        if m <= 1 << 63 {
            Some((m as i64).wrapping_neg())
        } else {
            None
        }
    } else if m <= i64::MAX as u64 {
        Some(m as i64)
    } else {
        None
    }
}

/// The value of an integer term if it fits an `i128`.
pub fn integer_to_i128(t: Term) -> Option<i128> {
    if t.is_small() {
        return Some(i128::from(t.small_value()));
    }
    if !t.is_bignum() {
        return None;
    }
    let (neg, limbs) = t.bignum_parts();
    if limbs.len() > 2 {
        return None;
    }
    let m = u128::from(limbs[0]) | (u128::from(limbs.get(1).copied().unwrap_or(0)) << 64);
    if neg {
        if m <= 1 << 127 {
            Some((m as i128).wrapping_neg())
        } else {
            None
        }
    } else {
        i128::try_from(m).ok()
    }
}

/// Header of a heap object at a raw address (for code that walks objects).
///
/// # Safety
/// `p` must point at a live object's header word.
pub unsafe fn header_at(p: *const u64) -> Header {
    Header(*p)
}

/// A new plain reference (`make_ref/0`).
pub fn new_ref(heap: &mut Heap) -> Term {
    let n = crate::process::next_ref_number();
    make_ref(heap, (n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 2, n))
}

/// The plain reference whose two number words are `key` (see [`ref_key`]).
pub fn make_ref(heap: &mut Heap, key: (u64, u64)) -> Term {
    let o = heap.boxed(Kind::Ref, 2);
    // SAFETY: two payload words after the header.
    unsafe {
        *o.add(1) = key.0;
        *o.add(2) = key.1;
    }
    Term::make_boxed(o)
}

/// The identity of a local reference (plain or magic): its two number words.
pub fn ref_key(t: Term) -> Option<(u64, u64)> {
    if t.is_boxed_kind(Kind::Ref) && t.header().arity() >= 2 {
        Some((t.boxed_word(1), t.boxed_word(2)))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers() {
        let mut h = Heap::new(100);
        for v in [
            0i64,
            5,
            -5,
            super::super::MAX_SMALL,
            super::super::MIN_SMALL,
            i64::MAX,
            i64::MIN,
            1 << 62,
            -(1 << 62),
        ] {
            let t = make_i64(&mut h, v);
            assert_eq!(integer_to_i64(t), Some(v), "{v}");
            assert_eq!(t.is_small(), Term::small_fits(v));
        }
        let big = make_i128(&mut h, -(1i128 << 100));
        assert!(big.is_bignum());
        assert_eq!(integer_to_i128(big), Some(-(1i128 << 100)));
        assert_eq!(integer_to_i64(big), None);
    }

    #[test]
    fn tuples_and_floats() {
        let mut h = Heap::new(100);
        let f = h.float(2.5);
        let t = h.tuple(&[Term::small(1), f]);
        assert!(t.is_tuple());
        assert_eq!(t.tuple_elems().len(), 2);
        assert_eq!(t.tuple_elem(1).as_float(), Some(2.5));
        assert!(f.is_number() && !t.is_number());
    }
}
