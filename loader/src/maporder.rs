//! The order in which OTP 25 iterates (and so prints) a map of more than 32 keys.
//!
//! Such a map is a HAMT keyed by `make_internal_hash(Key, 0)`: 4 hash bits per level, lowest
//! bits first, and `maps:iterator/1` (which `~w` uses) visits the children of each node from
//! index 0 up (`maps:to_list/1` gives the reverse); past
//! 32 bits a level uses `make_internal_hash(Key, 1)`, and so on. The hash of an integer, float or
//! bitstring depends on its value only, so for maps whose keys are all of those this module gives
//! OTP's exact order. Atoms, pids, ports, refs and funs hash by their slot in the running VM's
//! tables, and compound keys are not handled here: for those the result is `None`.

use alloc::vec::Vec;

use crate::etf::Term;
use crate::int::Int;

const HCONST: u32 = 0x9e37_79b9;
const HCONST_10: u32 = 0x2e2a_c13a;
const HCONST_11: u32 = 0xcc62_3af3;
const HCONST_12: u32 = 0x6a99_b4ac;
const HCONST_13: u32 = 0x08d1_2e65;
const HCONST_15: u32 = 0x4540_21d7;
/// The initial value `make_internal_hash` mixes its salt with.
const INTERNAL_HASH_SALT: u32 = 3_432_918_353;

/// Bob Jenkins' mix, as erts uses it.
fn mix(a: &mut u32, b: &mut u32, c: &mut u32) {
    *a = a.wrapping_sub(*b).wrapping_sub(*c) ^ (*c >> 13);
    *b = b.wrapping_sub(*c).wrapping_sub(*a) ^ (*a << 8);
    *c = c.wrapping_sub(*a).wrapping_sub(*b) ^ (*b >> 13);
    *a = a.wrapping_sub(*b).wrapping_sub(*c) ^ (*c >> 12);
    *b = b.wrapping_sub(*c).wrapping_sub(*a) ^ (*a << 16);
    *c = c.wrapping_sub(*a).wrapping_sub(*b) ^ (*b >> 5);
    *a = a.wrapping_sub(*b).wrapping_sub(*c) ^ (*c >> 3);
    *b = b.wrapping_sub(*c).wrapping_sub(*a) ^ (*a << 10);
    *c = c.wrapping_sub(*a).wrapping_sub(*b) ^ (*b >> 15);
}

fn hash2(hash: &mut u32, x: u32, y: u32, k: u32) {
    let mut a = k.wrapping_add(x);
    let mut b = k.wrapping_add(y);
    mix(&mut a, &mut b, hash);
}

fn le32(bytes: &[u8]) -> u32 {
    let mut w = [0u8; 4];
    for (d, s) in w.iter_mut().zip(bytes) {
        *d = *s;
    }
    u32::from_le_bytes(w)
}

fn block_hash(bytes: &[u8], initval: u32) -> u32 {
    let (mut a, mut b, mut c) = (HCONST, HCONST, initval);
    let (blocks, rest) = bytes.as_chunks::<12>();
    for k in blocks {
        a = a.wrapping_add(le32(&k[0..4]));
        b = b.wrapping_add(le32(&k[4..8]));
        c = c.wrapping_add(le32(&k[8..12]));
        mix(&mut a, &mut b, &mut c);
    }
    c = c.wrapping_add(bytes.len() as u32);
    a = a.wrapping_add(le32(rest.get(0..).unwrap_or(&[])));
    b = b.wrapping_add(le32(rest.get(4..).unwrap_or(&[])));
    // The low byte of `c` holds the length: the last three bytes go above it.
    c = c.wrapping_add(le32(rest.get(8..).unwrap_or(&[])) << 8);
    mix(&mut a, &mut b, &mut c);
    c
}

/// Signed 60-bit range of BEAM small integers on a 64-bit machine.
const SMALL_MIN: i64 = -(1 << 59);
const SMALL_MAX: i64 = (1 << 59) - 1;

/// `make_internal_hash(Key, Salt)` for the keys whose hash depends on their value only.
fn internal_hash(key: &Term, salt: u32) -> Option<u32> {
    let mut hash = salt ^ INTERNAL_HASH_SALT;
    match key {
        Term::Int(Int::Small(v)) if (SMALL_MIN..=SMALL_MAX).contains(v) => {
            let word = ((*v as u64) << 4) | 0xf;
            hash2(&mut hash, word as u32, (word >> 32) as u32, HCONST);
        }
        Term::Int(i) => {
            let (negative, limbs): (bool, Vec<u32>) = match i {
                Int::Small(v) => {
                    let m = v.unsigned_abs();
                    (*v < 0, alloc::vec![m as u32, (m >> 32) as u32])
                }
                Int::Big(b) => (b.negative, b.limbs.clone()),
            };
            let con = if negative { HCONST_10 } else { HCONST_11 };
            // 64-bit digits, each mixed as its low and high halves.
            for pair in limbs.chunks(2) {
                let x = pair.first().copied().unwrap_or(0);
                let y = pair.get(1).copied().unwrap_or(0);
                hash2(&mut hash, x, y, con);
            }
        }
        Term::Float(f) => {
            let bits = if *f == 0.0 { 0 } else { f.to_bits() };
            hash2(&mut hash, bits as u32, (bits >> 32) as u32, HCONST_12);
        }
        Term::Binary(bytes) => {
            let con = HCONST_13.wrapping_add(hash);
            hash = if bytes.is_empty() {
                con
            } else {
                block_hash(bytes, con)
            };
        }
        Term::BitBinary { bytes, bits } => {
            let (last, whole) = bytes.split_last()?;
            let con = HCONST_13.wrapping_add(hash);
            hash = block_hash(whole, con);
            hash2(
                &mut hash,
                u32::from(*bits),
                u32::from(*last >> (8 - bits)),
                HCONST_15,
            );
        }
        _ => return None,
    }
    Some(hash)
}

/// The hash with its 4-bit groups reversed, so that comparing these values compares the
/// HAMT paths (lowest group = top level).
fn path_key(h: u32) -> u32 {
    let mut out = 0;
    for i in 0..8 {
        out = (out << 4) | ((h >> (4 * i)) & 0xf);
    }
    out
}

/// The indexes of `pairs` in OTP 25's iteration order, or `None` if some key's hash depends on
/// VM state (or is not handled).
pub fn otp_order(pairs: &[(Term, Term)]) -> Option<Vec<usize>> {
    let mut keyed: Vec<(u32, usize)> = Vec::with_capacity(pairs.len());
    for (i, (k, _)) in pairs.iter().enumerate() {
        keyed.push((path_key(internal_hash(k, 0)?), i));
    }
    // The iterator visits children from index 0 up.
    keyed.sort_by_key(|k| k.0);
    // Keys whose 32-bit hashes collide sit deeper, ordered by the next salt's hash.
    let mut order: Vec<usize> = Vec::with_capacity(pairs.len());
    let mut i = 0;
    while i < keyed.len() {
        let mut j = i + 1;
        while j < keyed.len() && keyed[j].0 == keyed[i].0 {
            j += 1;
        }
        if j - i == 1 {
            order.push(keyed[i].1);
        } else {
            let mut group: Vec<(u32, usize)> = Vec::with_capacity(j - i);
            for &(_, idx) in &keyed[i..j] {
                group.push((path_key(internal_hash(&pairs[idx].0, 1)?), idx));
            }
            group.sort_by_key(|k| k.0);
            order.extend(group.iter().map(|&(_, idx)| idx));
        }
        i = j;
    }
    Some(order)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_map(keys: impl Iterator<Item = i64>) -> Vec<(Term, Term)> {
        keys.map(|k| (Term::Int(Int::Small(k)), Term::Nil))
            .collect()
    }

    #[test]
    fn integer_keys_in_otp_order() {
        // lists:reverse(maps:keys(maps:from_list([{I, x} || I <- lists:seq(0, 40)]))) in OTP 25:
        // the order of maps:iterator/1.
        let mut want = [
            33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25, 28, 6, 0, 38, 13, 40, 20, 15,
            14, 2, 7, 1, 8, 3, 17, 22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16,
        ];
        want.reverse();
        let pairs = int_map(0..=40);
        let got: Vec<i64> = otp_order(&pairs)
            .unwrap()
            .iter()
            .map(|&i| i as i64)
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn binary_keys_in_otp_order() {
        // lists:reverse(maps:keys(maps:from_list([{<<I>>, x} || I <- lists:seq(0, 40)]))) in OTP 25.
        let mut want = [
            7, 17, 39, 3, 22, 20, 26, 16, 2, 12, 33, 15, 24, 0, 1, 18, 21, 27, 4, 10, 30, 5, 11, 8,
            40, 6, 32, 37, 23, 13, 14, 29, 19, 36, 38, 34, 35, 28, 31, 9, 25,
        ];
        want.reverse();
        let pairs: Vec<(Term, Term)> = (0..=40u8)
            .map(|i| (Term::Binary(alloc::vec![i]), Term::Nil))
            .collect();
        let got: Vec<usize> = otp_order(&pairs).unwrap();
        assert_eq!(got, want);
    }

    #[test]
    fn atom_keys_have_no_file_order() {
        let pairs = alloc::vec![(Term::Atom("a".into()), Term::Nil)];
        assert_eq!(otp_order(&pairs), None);
    }
}
