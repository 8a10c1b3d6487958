//! Maps. A flat map is `[keys tuple, values...]` with keys sorted in map key order
//! (`compare::key_order`), as OTP's flatmap.
//!
//! OTP switches to a HAMT above 32 keys; its iteration order (and so `~w` output and
//! `maps:to_list` order of big maps) follows OTP's internal hash. Every map operation goes
//! through this module's functions, so the HAMT can be added here without touching callers;
//! until then maps of any size are flat.

use crate::heap::Heap;
use crate::term::compare::{exact_eq, key_order};
use crate::term::{Kind, Term};
use alloc::vec::Vec;
use core::cmp::Ordering;

pub const FLATMAP_MAX: usize = 32;

#[inline]
pub fn is_map(t: Term) -> bool {
    t.is_map()
}

/// Number of keys (`t` must be a map).
#[inline]
pub fn size(t: Term) -> usize {
    t.header().arity() - 1
}

/// The keys tuple of a flat map.
#[inline]
fn keys<'a>(t: Term) -> &'a [Term] {
    Term::from_raw(t.boxed_word(1)).tuple_elems()
}

#[inline]
fn values<'a>(t: Term) -> &'a [Term] {
    let n = size(t);
    // SAFETY: a flat map has the keys word then `n` value words.
    unsafe { core::slice::from_raw_parts(t.ptr().add(2) as *const Term, n) }
}

/// Index of `key` in the sorted keys, or where it would go.
fn search(ks: &[Term], key: Term) -> Result<usize, usize> {
    if ks.len() <= 8 {
        for (i, &k) in ks.iter().enumerate() {
            if k == key {
                return Ok(i);
            }
        }
        if key.is_immediate() {
            // Immediates are equal only when identical, so a linear miss is final; find the
            // insertion point.
            return Err(ks
                .iter()
                .position(|&k| key_order(k, key) == Ordering::Greater)
                .unwrap_or(ks.len()));
        }
    }
    ks.binary_search_by(|&k| key_order(k, key))
}

/// The value under `key`.
pub fn get(m: Term, key: Term) -> Option<Term> {
    let ks = keys(m);
    match search(ks, key) {
        Ok(i) => Some(values(m)[i]),
        Err(_) => None,
    }
}

pub fn contains(m: Term, key: Term) -> bool {
    get(m, key).is_some()
}

/// Pairs in OTP's iteration order.
pub fn iter(m: Term) -> impl Iterator<Item = (Term, Term)> {
    let ks = keys(m);
    let vs = values(m);
    ks.iter().copied().zip(vs.iter().copied())
}

pub fn to_vec(m: Term) -> Vec<(Term, Term)> {
    iter(m).collect()
}

/// The empty map.
pub fn new_empty(heap: &mut Heap) -> Term {
    from_sorted(heap, &[])
}

/// Builds a map from pairs already sorted by key order with unique keys.
pub fn from_sorted(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    let n = pairs.len();
    let kt = heap.tuple_filled(n, Term::NIL);
    for (i, (k, _)) in pairs.iter().enumerate() {
        crate::heap::set_tuple_element(kt, i, *k);
    }
    from_keys_tuple(heap, kt, pairs.iter().map(|p| p.1))
}

/// Builds a flat map from a keys tuple (sorted, unique) and the values in the same order.
pub fn from_keys_tuple(
    heap: &mut Heap,
    keys_tuple: Term,
    vals: impl ExactSizeIterator<Item = Term>,
) -> Term {
    let n = vals.len();
    let p = heap.boxed(Kind::FlatMap, 1 + n);
    // SAFETY: 1 + n payload words, all written.
    unsafe {
        *p.add(1) = keys_tuple.raw();
        for (i, v) in vals.enumerate() {
            *p.add(2 + i) = v.raw();
        }
    }
    Term::make_boxed(p)
}

/// Builds a map from pairs in any order; later pairs win for equal keys.
pub fn from_pairs(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    let mut v: Vec<(usize, Term, Term)> = pairs
        .iter()
        .enumerate()
        .map(|(i, &(k, x))| (i, k, x))
        .collect();
    v.sort_by(|a, b| key_order(a.1, b.1).then(a.0.cmp(&b.0)));
    let mut out: Vec<(Term, Term)> = Vec::with_capacity(v.len());
    for (_, k, x) in v {
        if let Some(last) = out.last_mut() {
            if exact_eq(last.0, k) {
                last.1 = x;
                continue;
            }
        }
        out.push((k, x));
    }
    from_sorted(heap, &out)
}

/// `M#{K => V}` for several pairs (later pairs win). Reuses the keys tuple when no key is new.
pub fn put_many(heap: &mut Heap, m: Term, new: &[(Term, Term)]) -> Term {
    let ks = keys(m);
    let vs = values(m);
    // Fast path: every key exists -> same keys tuple, new values.
    let mut all_exist = true;
    let mut idx: Vec<usize> = Vec::with_capacity(new.len());
    for &(k, _) in new {
        match search(ks, k) {
            Ok(i) => idx.push(i),
            Err(_) => {
                all_exist = false;
                break;
            }
        }
    }
    if all_exist {
        let mut nv: Vec<Term> = vs.to_vec();
        for (j, &(_, v)) in new.iter().enumerate() {
            nv[idx[j]] = v;
        }
        if nv.iter().zip(vs).all(|(a, b)| a == b) {
            return m;
        }
        return from_keys_tuple(heap, Term::from_raw(m.boxed_word(1)), nv.into_iter());
    }
    let mut pairs: Vec<(Term, Term)> = iter(m).collect();
    pairs.extend_from_slice(new);
    from_pairs(heap, &pairs)
}

pub fn put(heap: &mut Heap, m: Term, k: Term, v: Term) -> Term {
    put_many(heap, m, &[(k, v)])
}

/// `M#{K := V}` for several pairs: `Err(key)` with the first missing key.
pub fn update_many(heap: &mut Heap, m: Term, new: &[(Term, Term)]) -> Result<Term, Term> {
    for &(k, _) in new {
        if !contains(m, k) {
            return Err(k);
        }
    }
    Ok(put_many(heap, m, new))
}

/// The map without `key` (the same map when absent).
pub fn remove(heap: &mut Heap, m: Term, key: Term) -> Term {
    let ks = keys(m);
    match search(ks, key) {
        Err(_) => m,
        Ok(i) => {
            let pairs: Vec<(Term, Term)> = iter(m)
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, p)| p)
                .collect();
            from_sorted(heap, &pairs)
        }
    }
}

/// Compares two maps of the same class: size, then keys in key order, then values.
pub fn compare_maps(
    a: Term,
    b: Term,
    mut cmp: impl FnMut(Term, Term, bool) -> Ordering,
) -> Ordering {
    let (na, nb) = (size(a), size(b));
    if na != nb {
        return na.cmp(&nb);
    }
    let (ka, kb) = (keys(a), keys(b));
    for i in 0..na {
        let o = cmp(ka[i], kb[i], false);
        if o != Ordering::Equal {
            return o;
        }
    }
    let (va, vb) = (values(a), values(b));
    for i in 0..na {
        let o = cmp(va[i], vb[i], true);
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

/// Keys in iteration order.
pub fn keys_vec(m: Term) -> Vec<Term> {
    keys(m).to_vec()
}

pub fn values_vec(m: Term) -> Vec<Term> {
    values(m).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_maps() {
        let mut h = Heap::new(100);
        let f = h.float(1.0);
        let m = from_pairs(
            &mut h,
            &[
                (Term::small(3), Term::small(30)),
                (f, Term::small(10)),
                (Term::small(1), Term::small(1)),
            ],
        );
        assert_eq!(size(m), 3);
        let order: Vec<Term> = keys_vec(m);
        assert_eq!(order[0], Term::small(1));
        assert_eq!(order[1], Term::small(3));
        assert!(order[2].is_float());
        assert_eq!(get(m, Term::small(3)), Some(Term::small(30)));
        assert_eq!(get(m, Term::small(2)), None);
        let m2 = put(&mut h, m, Term::small(2), Term::small(20));
        assert_eq!(size(m2), 4);
        assert_eq!(keys_vec(m2)[1], Term::small(2));
        let m3 = update_many(&mut h, m2, &[(Term::small(2), Term::small(22))]).unwrap();
        assert_eq!(get(m3, Term::small(2)), Some(Term::small(22)));
        assert!(update_many(&mut h, m3, &[(Term::small(9), Term::NIL)]).is_err());
        let m4 = remove(&mut h, m3, Term::small(1));
        assert_eq!(size(m4), 3);
        assert_eq!(get(m4, Term::small(1)), None);
        let dup = from_pairs(
            &mut h,
            &[
                (Term::small(1), Term::small(1)),
                (Term::small(1), Term::small(2)),
            ],
        );
        assert_eq!(size(dup), 1);
        assert_eq!(get(dup, Term::small(1)), Some(Term::small(2)));
    }
}
