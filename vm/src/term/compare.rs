//! Term order and equality, as OTP defines them:
//! number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring.
//!
//! Comparison walks terms with an explicit work list, so deep terms cannot overflow the
//! native stack.

use super::{Kind, Term};
use crate::binary;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// How numbers of different types compare.
#[derive(Copy, Clone, PartialEq, Eq)]
#[repr(u8)]
enum Mode {
    /// `==`, `<`: by value (1 == 1.0).
    Arith,
    /// `=:=`: 1 =/= 1.0, otherwise by value.
    Exact,
    /// Map key order: all integers before all floats.
    KeyOrder,
}

fn class(t: Term) -> u8 {
    if t.is_small() {
        return 0;
    }
    if t.is_atom() {
        return 1;
    }
    if t.is_nil() {
        return 8;
    }
    if t.is_list() {
        return 9;
    }
    if t.is_local_pid() {
        return 5;
    }
    if t.is_local_port() {
        return 4;
    }
    if t.is_boxed() {
        return match t.header().kind() {
            Kind::PosBig | Kind::NegBig | Kind::Float => 0,
            Kind::Ref | Kind::ExtRef => 2,
            Kind::Fun | Kind::Export => 3,
            Kind::ExtPort => 4,
            Kind::ExtPid => 5,
            Kind::Tuple => 6,
            Kind::FlatMap | Kind::HamtNode => 7,
            Kind::HeapBin | Kind::ProcBin | Kind::SubBin | Kind::MatchCtx => 10,
        };
    }
    11
}

/// Term order (`<`, `>`, `==` semantics: 1 == 1.0).
pub fn compare(a: Term, b: Term) -> Ordering {
    cmp_mode(a, b, Mode::Arith)
}

/// The order of keys in maps (integers before floats, otherwise term order).
pub fn key_order(a: Term, b: Term) -> Ordering {
    cmp_mode(a, b, Mode::KeyOrder)
}

/// `=:=`.
#[inline]
pub fn exact_eq(a: Term, b: Term) -> bool {
    // Distinct words are equal only as two objects of the same tag (immediates are unique).
    a == b || (a.tag() == b.tag() && !a.is_immediate() && exact_eq_objects(a, b))
}

#[inline(never)]
fn exact_eq_objects(a: Term, b: Term) -> bool {
    cmp_mode(a, b, Mode::Exact) == Ordering::Equal
}

/// `==`.
#[inline]
pub fn eq(a: Term, b: Term) -> bool {
    // Two distinct immediates are never equal (an integer equals a float only boxed).
    a == b || (!(a.is_immediate() && b.is_immediate()) && eq_objects(a, b))
}

#[inline(never)]
fn eq_objects(a: Term, b: Term) -> bool {
    cmp_mode(a, b, Mode::Arith) == Ordering::Equal
}

fn cmp_mode(a: Term, b: Term, mode: Mode) -> Ordering {
    let mut work: Vec<(Term, Term)> = Vec::new();
    let (mut a, mut b) = (a, b);
    let mut mode = mode;
    loop {
        let o = cmp_step(a, b, &mut mode, &mut work);
        if o != Ordering::Equal {
            return o;
        }
        loop {
            match work.pop() {
                Some((x, y)) if x == Term::NON_VALUE => mode = mode_of_marker(y),
                Some((x, y)) => {
                    a = x;
                    b = y;
                    break;
                }
                None => return Ordering::Equal,
            }
        }
    }
}

/// A work-list entry that switches the comparison mode when popped (maps compare their keys
/// in key order, then their values in the mode of the map itself).
fn mode_marker(mode: Mode) -> (Term, Term) {
    (Term::NON_VALUE, Term::small(mode as i64))
}

fn mode_of_marker(t: Term) -> Mode {
    match t.small_value() {
        0 => Mode::Arith,
        1 => Mode::Exact,
        _ => Mode::KeyOrder,
    }
}

/// Compares the outer layer of `a` and `b`; pushes pairs of sub-terms still to compare
/// (in reverse order, so they pop in order).
fn cmp_step(a: Term, b: Term, mode: &mut Mode, work: &mut Vec<(Term, Term)>) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (ca, cb) = (class(a), class(b));
    if ca != cb {
        return ca.cmp(&cb);
    }
    match ca {
        0 => cmp_numbers(a, b, *mode),
        1 => a.atom_value().name().cmp(b.atom_value().name()),
        6 => {
            let (ea, eb) = (a.tuple_elems(), b.tuple_elems());
            if ea.len() != eb.len() {
                return ea.len().cmp(&eb.len());
            }
            for i in (0..ea.len()).rev() {
                work.push((ea[i], eb[i]));
            }
            Ordering::Equal
        }
        9 => {
            work.push((a.tail(), b.tail()));
            work.push((a.head(), b.head()));
            Ordering::Equal
        }
        7 => {
            // Size, then the keys in key order (exactly: 1 and 1.0 are different keys), then
            // the values in this comparison's mode.
            let (na, nb) = (crate::map::size(a), crate::map::size(b));
            if na != nb {
                return na.cmp(&nb);
            }
            let (pa, pb) = (crate::map::sorted_pairs(a), crate::map::sorted_pairs(b));
            for (x, y) in pa.iter().zip(pb.iter()).rev() {
                work.push((x.1, y.1));
            }
            work.push(mode_marker(*mode));
            for (x, y) in pa.iter().zip(pb.iter()).rev() {
                work.push((x.0, y.0));
            }
            *mode = Mode::KeyOrder;
            Ordering::Equal
        }
        10 => cmp_bits(a, b),
        2 => cmp_refs(a, b),
        3 => cmp_funs(a, b, work),
        4 if !(a.is_local_port() && b.is_local_port()) => crate::etf::compare_ports(a, b),
        5 if !(a.is_local_pid() && b.is_local_pid()) => crate::etf::compare_pids(a, b),
        4 => a.raw().cmp(&b.raw()),
        5 => a.raw().cmp(&b.raw()),
        _ => a.raw().cmp(&b.raw()),
    }
}

fn num_rank(t: Term) -> (i8, bool) {
    // (sign-ish class, is_float)
    if t.is_small() {
        (0, false)
    } else {
        match t.header().kind() {
            Kind::Float => (0, true),
            _ => (0, false),
        }
    }
}

fn cmp_numbers(a: Term, b: Term, mode: Mode) -> Ordering {
    let (_, fa) = num_rank(a);
    let (_, fb) = num_rank(b);
    match (fa, fb) {
        (false, false) => cmp_integers(a, b),
        (true, true) => {
            let (x, y) = (a.float_value(), b.float_value());
            x.partial_cmp(&y).unwrap_or(Ordering::Equal)
        }
        (false, true) => {
            if mode == Mode::KeyOrder {
                return Ordering::Less;
            }
            let o = cmp_int_float(a, b.float_value());
            if o == Ordering::Equal && mode == Mode::Exact {
                Ordering::Less
            } else {
                o
            }
        }
        (true, false) => {
            if mode == Mode::KeyOrder {
                return Ordering::Greater;
            }
            let o = cmp_int_float(b, a.float_value()).reverse();
            if o == Ordering::Equal && mode == Mode::Exact {
                Ordering::Greater
            } else {
                o
            }
        }
    }
}

/// Compares two integer terms.
pub fn cmp_integers(a: Term, b: Term) -> Ordering {
    match (a.is_small(), b.is_small()) {
        (true, true) => a.small_value().cmp(&b.small_value()),
        (true, false) => {
            let (neg, _) = b.bignum_parts();
            if neg {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (false, true) => {
            let (neg, _) = a.bignum_parts();
            if neg {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (false, false) => {
            let (na, la) = a.bignum_parts();
            let (nb, lb) = b.bignum_parts();
            match (na, nb) {
                (false, true) => Ordering::Greater,
                (true, false) => Ordering::Less,
                (false, false) => cmp_magnitude(la, lb),
                (true, true) => cmp_magnitude(lb, la),
            }
        }
    }
}

/// Compares little-endian magnitudes without leading zero limbs.
pub fn cmp_magnitude(a: &[u64], b: &[u64]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

/// Exact comparison of an integer term with a float (no rounding of either).
pub fn cmp_int_float(i: Term, f: f64) -> Ordering {
    if f.is_nan() {
        return Ordering::Equal;
    }
    if i.is_small() {
        let v = i.small_value();
        // |v| < 2^59, so floats outside +-2^63 decide by sign.
        if f >= 9.223_372_036_854_776e18 {
            return Ordering::Less;
        }
        if f < -9.223_372_036_854_776e18 {
            return Ordering::Greater;
        }
        let t = crate::float::trunc(f);
        let ti = t as i64;
        match v.cmp(&ti) {
            Ordering::Equal => {
                let frac = f - t;
                if frac > 0.0 {
                    Ordering::Less
                } else if frac < 0.0 {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            }
            o => o,
        }
    } else {
        let (neg, limbs) = i.bignum_parts();
        // Compare signs first.
        let fneg = f < 0.0;
        if neg != fneg {
            return if neg {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        let mag = cmp_magnitude_float(limbs, f.abs());
        if neg {
            mag.reverse()
        } else {
            mag
        }
    }
}

/// Compares a magnitude with a non-negative float, exactly.
fn cmp_magnitude_float(limbs: &[u64], f: f64) -> Ordering {
    if f.is_infinite() {
        return Ordering::Less;
    }
    let bits = 64 * limbs.len() - limbs.last().map_or(64, |l| l.leading_zeros() as usize);
    // f < 2^fbits
    let (mant, exp) = decompose(f);
    if mant == 0 {
        return if bits == 0 {
            Ordering::Equal
        } else {
            Ordering::Greater
        };
    }
    // f = mant * 2^exp, mant < 2^53
    let fbits = 64 - mant.leading_zeros() as i64 + exp;
    if (bits as i64) != fbits {
        return (bits as i64).cmp(&fbits);
    }
    // Same bit length: compare the integer part of f shifted to the magnitude's scale.
    if exp >= 0 {
        // f is an integer: mant << exp; compare limb-wise.
        let mut fl: Vec<u64> = alloc::vec![0; limbs.len()];
        let e = exp as usize;
        let (w, s) = (e / 64, e % 64);
        if w < fl.len() {
            fl[w] |= mant << s;
        }
        if s != 0 && w + 1 < fl.len() {
            fl[w + 1] |= mant >> (64 - s);
        }
        cmp_magnitude(limbs, &fl)
    } else {
        // The magnitude is an integer of `bits` bits, f has a fraction: compare with floor(f).
        let ip = mant >> ((-exp) as u32).min(63);
        let o = cmp_magnitude(limbs, &[ip]);
        if o == Ordering::Equal {
            Ordering::Less
        } else {
            o
        }
    }
}

/// A finite non-negative float as mantissa * 2^exp.
fn decompose(f: f64) -> (u64, i64) {
    let b = f.to_bits();
    let e = ((b >> 52) & 0x7FF) as i64;
    let m = b & ((1 << 52) - 1);
    if e == 0 {
        (m, -1074)
    } else {
        (m | (1 << 52), e - 1075)
    }
}

fn cmp_bits(a: Term, b: Term) -> Ordering {
    let (Some(x), Some(y)) = (binary::bitstring(a), binary::bitstring(b)) else {
        return a.raw().cmp(&b.raw());
    };
    if let (Some(p), Some(q)) = (x.aligned_bytes(), y.aligned_bytes()) {
        if x.is_binary() && y.is_binary() {
            return p.cmp(q);
        }
    }
    let n = x.bit_len.min(y.bit_len);
    let whole = n / 8;
    for i in 0..whole {
        let (u, v) = (x.byte(i), y.byte(i));
        if u != v {
            return u.cmp(&v);
        }
    }
    for i in whole * 8..n {
        let (u, v) = (x.bit(i), y.bit(i));
        if u != v {
            return u.cmp(&v);
        }
    }
    x.bit_len.cmp(&y.bit_len)
}

fn cmp_refs(a: Term, b: Term) -> Ordering {
    let (ha, hb) = (a.header(), b.header());
    if ha.kind() != hb.kind() {
        return (ha.kind() as u8).cmp(&(hb.kind() as u8));
    }
    let n = ha.arity().min(hb.arity());
    for i in (1..=n).rev() {
        let (x, y) = (a.boxed_word(i), b.boxed_word(i));
        if x != y {
            return x.cmp(&y);
        }
    }
    ha.arity().cmp(&hb.arity())
}

fn cmp_funs(a: Term, b: Term, work: &mut Vec<(Term, Term)>) -> Ordering {
    crate::code::compare_funs(a, b, work)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::Atom;
    use crate::heap::Heap;
    use crate::term::{make_i128, make_i64};

    #[test]
    fn order_of_classes() {
        let mut h = Heap::new(100);
        let f = h.float(1.0);
        let t = h.tuple(&[]);
        let l = h.list(&[Term::small(1)]);
        let b = binary::new_binary(&mut h, b"");
        let seq = [
            Term::small(1),
            Term::atom(Atom::intern("a").unwrap()),
            t,
            Term::NIL,
            l,
            b,
        ];
        for w in seq.windows(2) {
            assert_eq!(
                compare(w[0], w[1]),
                Ordering::Less,
                "{:?} < {:?}",
                w[0],
                w[1]
            );
        }
        assert_eq!(compare(Term::small(1), f), Ordering::Equal);
        assert!(eq(Term::small(1), f));
        assert!(!exact_eq(Term::small(1), f));
        assert_eq!(key_order(Term::small(2), f), Ordering::Less);
    }

    #[test]
    fn numbers() {
        let mut h = Heap::new(100);
        let big = make_i128(&mut h, 1i128 << 80);
        let nbig = make_i128(&mut h, -(1i128 << 80));
        let f = h.float(1.5);
        let huge = h.float(1e30);
        let exact80 = h.float((1u128 << 80) as f64);
        assert_eq!(compare(Term::small(1), f), Ordering::Less);
        assert_eq!(compare(Term::small(2), f), Ordering::Greater);
        assert_eq!(compare(big, huge), Ordering::Less);
        assert_eq!(compare(nbig, Term::small(-5)), Ordering::Less);
        assert_eq!(compare(big, exact80), Ordering::Equal);
        assert!(!exact_eq(big, exact80));
        let big2 = make_i128(&mut h, 1i128 << 80);
        assert!(exact_eq(big, big2));
        let m = make_i64(&mut h, i64::MAX);
        assert_eq!(compare(m, big), Ordering::Less);
    }

    #[test]
    fn lists_tuples_binaries() {
        let mut h = Heap::new(100);
        let a = h.list(&[Term::small(1), Term::small(2)]);
        let b = h.list(&[Term::small(1), Term::small(3)]);
        let c = h.list(&[Term::small(1)]);
        assert_eq!(compare(a, b), Ordering::Less);
        assert_eq!(compare(c, a), Ordering::Less);
        let t1 = h.tuple(&[Term::small(9)]);
        let t2 = h.tuple(&[Term::small(1), Term::small(1)]);
        assert_eq!(compare(t1, t2), Ordering::Less);
        let b1 = binary::new_binary(&mut h, b"abc");
        let b2 = binary::new_binary(&mut h, b"abd");
        let b3 = binary::new_binary(&mut h, b"ab");
        assert_eq!(compare(b1, b2), Ordering::Less);
        assert_eq!(compare(b3, b1), Ordering::Less);
        let bits = binary::sub_binary(&mut h, b1, 0, 20);
        assert_eq!(compare(bits, b1), Ordering::Less);
        assert_eq!(compare(b3, bits), Ordering::Less);
    }

    #[test]
    fn deep_terms_do_not_overflow() {
        let mut h = Heap::new(100);
        let mut a = Term::NIL;
        let mut b = Term::NIL;
        for _ in 0..200_000 {
            a = h.tuple(&[a]);
            b = h.tuple(&[b]);
        }
        assert!(exact_eq(a, b));
    }
}
