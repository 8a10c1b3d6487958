//! OTP's internal term hash (`make_internal_hash`) and the atom text hash, which decide the
//! layout of hash-based ETS tables (and so the order `ets:tab2list/1`, `ets:first/next` and
//! `ets:select` return objects in).
//!
//! The hash mixes the raw words of immediates. Small integers and `[]` have the same words
//! here as in OTP, so tables keyed by integers (or by atoms, which ETS hashes by their text)
//! get OTP's exact order. Atoms nested inside compound keys hash by their atom-table index,
//! pids and references by their numbers; those differ from run to run in OTP too.

use super::{Kind, Term};
use crate::atom::Atom;
use alloc::vec::Vec;

/// OTP's hash constants: `HCONST_n` is n times the golden ratio constant `HCONST`
/// (shared with `crate::hash`'s `make_hash2`).
pub(crate) const HCONST: u32 = 0x9e37_79b9;
pub(crate) const HCONST_2: u32 = 0x3c6e_f372;
pub(crate) const HCONST_3: u32 = 0xdaa6_6d2b;
pub(crate) const HCONST_4: u32 = 0x78dd_e6e4;
pub(crate) const HCONST_5: u32 = 0x1715_609d;
pub(crate) const HCONST_6: u32 = 0xb54c_da56;
pub(crate) const HCONST_7: u32 = 0x5384_540f;
pub(crate) const HCONST_8: u32 = 0xf1bb_cdc8;
pub(crate) const HCONST_9: u32 = 0x8ff3_4781;
pub(crate) const HCONST_10: u32 = 0x2e2a_c13a;
pub(crate) const HCONST_11: u32 = 0xcc62_3af3;
pub(crate) const HCONST_12: u32 = 0x6a99_b4ac;
pub(crate) const HCONST_13: u32 = 0x08d1_2e65;
pub(crate) const HCONST_14: u32 = 0xa708_a81e;
pub(crate) const HCONST_15: u32 = 0x4540_21d7;
pub(crate) const HCONST_16: u32 = 0xe377_9b90;
pub(crate) const HCONST_17: u32 = 0x81af_1549;
pub(crate) const HCONST_18: u32 = 0x1fe6_8f02;
pub(crate) const HCONST_19: u32 = 0xbe1e_08bb;
pub(crate) const HCONST_20: u32 = 0x5c55_8274;
pub(crate) const HCONST_21: u32 = 0xfa8c_fc2d;
pub(crate) const HCONST_22: u32 = 0x98c4_75e6;

/// Start value mixed into every internal hash (OTP's `INTERNAL_HASH_SALT`).
const INTERNAL_HASH_SALT: u32 = 3_432_918_353;

/// Bob Jenkins' mix, as OTP's `MIX`.
#[inline(always)]
pub(crate) fn mix(mut a: u32, mut b: u32, mut c: u32) -> (u32, u32, u32) {
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 13);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 8);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 13);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 12);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 16);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 5);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 3);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 10);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 15);
    (a, b, c)
}

/// OTP's `UINT32_HASH_2`: mixes two words into `hash` with the constant `k`. The one mixing
/// step of both the internal hash here and `crate::hash`'s `make_hash2`.
#[inline(always)]
pub(crate) fn hash_2(hash: u32, x: u32, y: u32, k: u32) -> u32 {
    mix(k.wrapping_add(x), k.wrapping_add(y), hash).2
}

/// OTP's `UINT32_HASH`: one word mixed in as [`hash_2`] with a zero second word.
#[inline(always)]
pub(crate) fn hash_1(hash: u32, x: u32, k: u32) -> u32 {
    hash_2(hash, x, 0, k)
}

/// A list's leading run of bytes after [`hash_byte_run`].
pub(crate) struct ByteRun {
    /// The hash with every full four-byte word of the run mixed in.
    pub hash: u32,
    /// The last 0-3 bytes of the run, packed as the full words are.
    pub partial: u32,
    /// How many bytes `partial` holds.
    pub count: u32,
    /// What follows the run: the first cons whose head is not a byte, or the list's tail.
    pub rest: Term,
}

/// Both of OTP's structural hashes (`make_hash2`, `make_internal_hash`) take a list's leading
/// bytes (small integers 0..=255) four at a time, packed big-endian into a word mixed in with
/// `HCONST_4`. The leftover bytes are returned unmixed: the two hashes finish them differently.
pub(crate) fn hash_byte_run(mut hash: u32, list: Term) -> ByteRun {
    let (mut partial, mut count) = (0u32, 0u32);
    let mut cell = list;
    while let Some(b) = cell.head().as_small().filter(|v| (0..=255).contains(v)) {
        partial = (partial << 8).wrapping_add(b as u32);
        if count == 3 {
            hash = hash_1(hash, partial, HCONST_4);
            partial = 0;
            count = 0;
        } else {
            count += 1;
        }
        let tail = cell.tail();
        if !tail.is_list() {
            return ByteRun {
                hash,
                partial,
                count,
                rest: tail,
            };
        }
        cell = tail;
    }
    ByteRun {
        hash,
        partial,
        count,
        rest: cell,
    }
}

#[inline(always)]
fn const_hash(hash: &mut u32, k: u32) {
    *hash ^= k;
    *hash = hash.rotate_left(17);
}

/// Bob Jenkins' block hash over bytes (OTP's `block_hash`), seeded with `initval`: binaries in
/// both the internal hash and `crate::hash`'s `make_hash2`.
pub(crate) fn block_hash(k: &[u8], initval: u32) -> u32 {
    let word = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    let (mut a, mut b, mut c) = (HCONST, HCONST, initval);
    let (blocks, rest) = k.as_chunks::<12>();
    for ch in blocks {
        a = a.wrapping_add(word(&ch[0..4]));
        b = b.wrapping_add(word(&ch[4..8]));
        c = c.wrapping_add(word(&ch[8..12]));
        (a, b, c) = mix(a, b, c);
    }
    c = c.wrapping_add(k.len() as u32);
    let at = |i: usize| u32::from(rest.get(i).copied().unwrap_or(0));
    // The first byte of c is reserved for the length.
    c = c.wrapping_add((at(10) << 24) | (at(9) << 16) | (at(8) << 8));
    b = b.wrapping_add((at(7) << 24) | (at(6) << 16) | (at(5) << 8) | at(4));
    a = a.wrapping_add((at(3) << 24) | (at(2) << 16) | (at(1) << 8) | at(0));
    mix(a, b, c).2
}

/// The hash OTP keeps for an atom (hashpjw over its UTF-8 name, reading the two-byte
/// encodings of U+0080..U+00FF as one Latin-1 character).
pub fn atom_hash(a: Atom) -> u32 {
    let bytes = a.name().as_bytes();
    let mut h: u32 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mut v = bytes[i];
        i += 1;
        if i < bytes.len() && (v & 0xFE) == 0xC2 && (bytes[i] & 0xC0) == 0x80 {
            v = (v << 6) | (bytes[i] & 0x3F);
            i += 1;
        }
        h = (h << 4).wrapping_add(u32::from(v));
        let g = h & 0xf000_0000;
        if g != 0 {
            h ^= g >> 24;
            h ^= g;
        }
    }
    h
}

enum Work {
    Term(Term),
    /// The tail of a cons cell that is not itself a list follows.
    Cdr,
}

/// OTP's `make_internal_hash(Term, Salt)`.
pub fn internal_hash(t: Term, salt: u32) -> u32 {
    let mut hash = salt ^ INTERNAL_HASH_SALT;
    if t.is_immediate() {
        return hash_2(hash, t.raw() as u32, (t.raw() >> 32) as u32, HCONST);
    }
    let mut stack: Vec<Work> = Vec::new();
    let mut term = t;
    loop {
        // Hash `term`: either it names the part to hash next (`continue_with`), or the
        // next item comes from the stack.
        let mut continue_with: Option<Term> = None;
        if term.is_list() {
            let run = hash_byte_run(hash, term);
            hash = run.hash;
            if run.count > 0 {
                hash = hash_2(hash, run.partial, run.count, HCONST_22);
            }
            let rest = run.rest;
            if rest.is_list() {
                let tail = rest.tail();
                const_hash(&mut hash, HCONST_17);
                stack.push(Work::Term(tail));
                if !tail.is_list() {
                    stack.push(Work::Cdr);
                }
                continue_with = Some(rest.head());
            } else {
                continue_with = Some(rest);
            }
        } else if term.is_boxed() {
            let h = term.header();
            match h.kind() {
                Kind::Tuple => {
                    let elems = term.tuple_elems();
                    hash = hash_1(hash, elems.len() as u32, HCONST_9);
                    if let Some((&first, rest)) = elems.split_first() {
                        for &e in rest.iter().rev() {
                            stack.push(Work::Term(e));
                        }
                        continue_with = Some(first);
                    }
                }
                Kind::FlatMap | Kind::HamtNode => {
                    let pairs = crate::map::to_vec(term);
                    hash = hash_1(hash, pairs.len() as u32, HCONST_16);
                    for &(k, v) in pairs.iter().rev() {
                        stack.push(Work::Term(v));
                        stack.push(Work::Term(k));
                    }
                }
                Kind::Fun => {
                    let e = crate::code::closure_entry(term);
                    let env = crate::code::closure_env(term);
                    hash = hash_2(
                        hash,
                        env.len() as u32,
                        Term::atom(e.module).raw() as u32,
                        HCONST_20,
                    );
                    hash = hash_2(hash, e.index, e.old_uniq, HCONST_21);
                    if let Some((&first, rest)) = env.split_first() {
                        for &x in rest.iter().rev() {
                            stack.push(Work::Term(x));
                        }
                        continue_with = Some(first);
                    }
                }
                Kind::Export => {
                    let p = term.boxed_word(1);
                    hash = hash_2(hash, p as u32, (p >> 32) as u32, HCONST_14);
                }
                Kind::HeapBin | Kind::ProcBin | Kind::SubBin | Kind::MatchCtx => {
                    let con = HCONST_13.wrapping_add(hash);
                    match crate::binary::bitstring(term) {
                        Some(bits) if bits.bit_len > 0 => {
                            let bytes = bits.to_bytes();
                            hash = block_hash(&bytes, con);
                            let (tail, n) = bits.tail_bits();
                            if n > 0 {
                                hash =
                                    hash_2(hash, n as u32, u32::from(tail >> (8 - n)), HCONST_15);
                            }
                        }
                        _ => hash = con,
                    }
                }
                Kind::PosBig | Kind::NegBig => {
                    let (neg, limbs) = term.bignum_parts();
                    let con = if neg { HCONST_10 } else { HCONST_11 };
                    for &l in limbs {
                        hash = hash_2(hash, l as u32, (l >> 32) as u32, con);
                    }
                }
                Kind::Ref => {
                    let (w1, w2) = (term.boxed_word(1), term.boxed_word(2));
                    hash = hash_1(hash, w2 as u32, HCONST_7);
                    hash = hash_2(hash, w1 as u32, (w1 >> 32) as u32, HCONST_8);
                }
                Kind::Float => {
                    let mut f = term.float_value();
                    if f == 0.0 {
                        f = 0.0;
                    }
                    let bits = f.to_bits();
                    hash = hash_2(hash, bits as u32, (bits >> 32) as u32, HCONST_12);
                }
                Kind::ExtPid | Kind::ExtPort | Kind::ExtRef => {
                    let k = if h.kind() == Kind::ExtPid {
                        HCONST_5
                    } else {
                        HCONST_6
                    };
                    for i in 1..=h.arity() {
                        let w = term.boxed_word(i);
                        hash = hash_2(hash, w as u32, (w >> 32) as u32, k);
                    }
                }
            }
        } else {
            hash = hash_2(hash, term.raw() as u32, (term.raw() >> 32) as u32, HCONST);
        }
        if let Some(next) = continue_with {
            term = next;
            continue;
        }
        // pop_next
        loop {
            match stack.pop() {
                None => return hash,
                Some(Work::Cdr) => const_hash(&mut hash, HCONST_18),
                Some(Work::Term(x)) => {
                    term = x;
                    break;
                }
            }
        }
    }
}

/// The hash OTP 25's hash maps (HAMTs) file `key` under at trie levels `8 * group` to
/// `8 * group + 7`, four bits a level from the lowest. Level 0-7 use the plain internal hash;
/// deeper levels (keys whose 32-bit hashes collide) rehash with a salt derived from the group
/// as if hashing the cons `[Group | Key]` (measured against erl 25 on colliding integers).
pub fn map_hash(key: Term, group: u32) -> u32 {
    let salt = if group == 0 {
        0
    } else {
        hash_2(0, group, 1, HCONST_22)
    };
    internal_hash(key, salt)
}

/// The hash a hash-based ETS table files a key under (OTP's `MAKE_HASH`): atoms by their
/// text, other terms by the internal hash, never the reserved all-ones value.
pub fn ets_key_hash(key: Term) -> u32 {
    let h = match key.as_atom() {
        Some(a) => atom_hash(a),
        None => internal_hash(key, 0),
    };
    h & 0xEFFF_FFFF
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;

    #[test]
    fn small_integers_hash_as_otp() {
        // Bucket (low 8 bits) of 1..12 in a fresh OTP 25 set table, measured with
        // ets:slot/2.
        let slots: [u32; 12] = [86, 71, 22, 36, 192, 121, 23, 54, 75, 115, 155, 159];
        for (i, &s) in slots.iter().enumerate() {
            let h = ets_key_hash(Term::small(i as i64 + 1));
            assert_eq!(h & 255, s, "key {}", i + 1);
        }
    }

    #[test]
    fn atom_text_hash() {
        crate::atom::init();
        let a = |s: &str| atom_hash(Atom::intern(s).unwrap());
        // hashpjw low bytes, as observed through ets:slot/2 in OTP 25.
        assert_eq!(a("a") & 255, 97);
        assert_eq!(a("world") & 255, 36);
        assert_eq!(a("hello") & 255, 47);
        assert_eq!(a("bar") & 255, 130);
    }

    #[test]
    fn compound_terms_hash_deterministically() {
        let mut h = Heap::new(100);
        let s = h.list(&[Term::small(104), Term::small(105)]);
        let t1 = h.tuple(&[Term::small(1), s]);
        let s2 = h.list(&[Term::small(104), Term::small(105)]);
        let t2 = h.tuple(&[Term::small(1), s2]);
        assert_eq!(internal_hash(t1, 0), internal_hash(t2, 0));
        let f1 = h.float(0.0);
        let f2 = h.float(-0.0);
        assert_eq!(internal_hash(f1, 0), internal_hash(f2, 0));
        let t3 = h.tuple(&[Term::small(2), s]);
        assert_ne!(internal_hash(t1, 0), internal_hash(t3, 0));
        assert_ne!(
            block_hash(b"abcdefghijklm", 1),
            block_hash(b"abcdefghijklM", 1)
        );
    }
}
