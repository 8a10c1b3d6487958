//! Maps, as OTP 25 keeps them: flat sorted maps up to 32 keys ([`flat`]), hash array mapped
//! tries above ([`hamt`]). A map of at most 32 keys is always flat and a bigger one always a
//! trie: operations convert when a map crosses the limit, as OTP does.
//!
//! Orders (all as OTP's, so output matches erl byte for byte):
//! - iteration ([`iter`]: `maps:next/1`, `maps:fold/3`, `~w`): flat maps in map key order,
//!   tries in trie order (by the keys' internal hashes);
//! - list order ([`to_vec`], [`keys_vec`], [`values_vec`]: `maps:to_list/1`, `maps:keys/1`,
//!   `maps:values/1`, `term_to_binary/1`, the internal hash of a map): the same for flat maps,
//!   the reverse for tries (OTP builds those lists by consing while it walks the trie);
//! - term order (`term::compare`, with [`sorted_pairs`]): size, then keys in key order, then
//!   values.
//!
//! What cannot match erl exactly: tries whose keys contain atoms, pids, ports, references or
//! funs, because OTP hashes those by their atom-table index or internal numbers, which depend
//! on what the node happened to load or create (they change from run to run in erl too).

pub mod flat;
pub mod hamt;

use crate::heap::Heap;
use crate::term::compare::key_order;
use crate::term::{Kind, Term};
use alloc::vec::Vec;

/// The most keys a flat map has (OTP's `MAP_SMALL_MAP_LIMIT`).
pub const FLATMAP_MAX: usize = 32;

#[inline]
pub fn is_map(t: Term) -> bool {
    t.is_map()
}

#[inline(always)]
fn is_flat(m: Term) -> bool {
    m.header().kind() == Kind::FlatMap
}

/// Number of keys (`m` must be a map).
#[inline]
pub fn size(m: Term) -> usize {
    if is_flat(m) {
        flat::size(m)
    } else {
        hamt::size(m)
    }
}

/// The value under `key` (keys match when exactly equal: `1` and `1.0` are different keys).
#[inline]
pub fn get(m: Term, key: Term) -> Option<Term> {
    if is_flat(m) {
        flat::get(m, key)
    } else {
        hamt::get(m, key)
    }
}

#[inline]
pub fn contains(m: Term, key: Term) -> bool {
    get(m, key).is_some()
}

/// Pairs in iteration order.
pub enum Iter<'a> {
    Flat(core::iter::Zip<core::slice::Iter<'a, Term>, core::slice::Iter<'a, Term>>),
    Trie(hamt::Iter),
}

impl Iterator for Iter<'_> {
    type Item = (Term, Term);
    #[inline]
    fn next(&mut self) -> Option<(Term, Term)> {
        match self {
            Iter::Flat(z) => z.next().map(|(&k, &v)| (k, v)),
            Iter::Trie(t) => t.next(),
        }
    }
}

/// The pairs in iteration order (`maps:next/1`, `maps:fold/3`, `~w`).
pub fn iter<'a>(m: Term) -> Iter<'a> {
    if is_flat(m) {
        Iter::Flat(flat::keys(m).iter().zip(flat::values(m).iter()))
    } else {
        Iter::Trie(hamt::Iter::new(m))
    }
}

/// The pairs in list order (`maps:to_list/1`, `term_to_binary/1`).
pub fn to_vec(m: Term) -> Vec<(Term, Term)> {
    let mut v: Vec<(Term, Term)> = iter(m).collect();
    if !is_flat(m) {
        v.reverse();
    }
    v
}

/// Keys in list order (`maps:keys/1`).
pub fn keys_vec(m: Term) -> Vec<Term> {
    to_vec(m).into_iter().map(|p| p.0).collect()
}

/// Values in list order (`maps:values/1`).
pub fn values_vec(m: Term) -> Vec<Term> {
    to_vec(m).into_iter().map(|p| p.1).collect()
}

/// The empty map.
pub fn new_empty(heap: &mut Heap) -> Term {
    flat::from_sorted(heap, &[])
}

/// A map of pairs (any order, distinct keys), flat or a trie by size.
fn from_distinct(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    if pairs.len() <= FLATMAP_MAX {
        let sorted = flat::sort_pairs(pairs, false).unwrap_or_default();
        return flat::from_sorted(heap, &sorted);
    }
    build(heap, pairs, false).unwrap_or_else(|| new_empty(heap))
}

fn build(heap: &mut Heap, pairs: &[(Term, Term)], unique: bool) -> Option<Term> {
    if pairs.len() <= FLATMAP_MAX {
        let sorted = flat::sort_pairs(pairs, unique)?;
        return Some(flat::from_sorted(heap, &sorted));
    }
    match hamt::from_pairs(heap, pairs, unique, FLATMAP_MAX)? {
        hamt::Built::Trie(t) => Some(t),
        hamt::Built::Small(small) => {
            let sorted = flat::sort_pairs(&small, unique)?;
            Some(flat::from_sorted(heap, &sorted))
        }
    }
}

/// A map of pairs in any order; the last pair of a repeated key wins (`maps:from_list/1`).
pub fn from_pairs(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    build(heap, pairs, false).unwrap_or_else(|| new_empty(heap))
}

/// A map of pairs whose keys must all differ (`binary_to_term/1`); `None` on a repeated key.
pub fn from_unique_pairs(heap: &mut Heap, pairs: &[(Term, Term)]) -> Option<Term> {
    build(heap, pairs, true)
}

/// `M#{K => V}` for several pairs, in order (later pairs win).
///
/// A flat map keeps the key terms it has (OTP merges into its sorted keys); a trie stores
/// the new key term, as OTP's trie insert does (visible only for `0.0` vs `-0.0`).
pub fn put_many(heap: &mut Heap, m: Term, new: &[(Term, Term)]) -> Term {
    if !is_flat(m) {
        let mut r = m;
        for &(k, v) in new {
            r = hamt::put(heap, r, k, v);
        }
        return r;
    }
    let ks = flat::keys(m);
    let mut updates: Vec<(usize, Term)> = Vec::with_capacity(new.len());
    for &(k, v) in new {
        match flat::search(ks, k) {
            Ok(i) => updates.push((i, v)),
            Err(_) => {
                let merged = flat::merged_pairs(m, new);
                return from_distinct(heap, &merged);
            }
        }
    }
    flat::with_values(heap, m, &updates)
}

pub fn put(heap: &mut Heap, m: Term, k: Term, v: Term) -> Term {
    put_many(heap, m, &[(k, v)])
}

/// `M#{K := V}` for several pairs: `Err(key)` with the first key (in the given order) that
/// the map lacks.
pub fn update_many(heap: &mut Heap, m: Term, new: &[(Term, Term)]) -> Result<Term, Term> {
    if is_flat(m) {
        let ks = flat::keys(m);
        let mut updates: Vec<(usize, Term)> = Vec::with_capacity(new.len());
        for &(k, v) in new {
            match flat::search(ks, k) {
                Ok(i) => updates.push((i, v)),
                Err(_) => return Err(k),
            }
        }
        return Ok(flat::with_values(heap, m, &updates));
    }
    for &(k, _) in new {
        if hamt::get(m, k).is_none() {
            return Err(k);
        }
    }
    let mut r = m;
    for &(k, v) in new {
        r = hamt::update(heap, r, k, v).ok_or(k)?;
    }
    Ok(r)
}

/// The map without `key` and the value it had; `None` when the key is absent.
pub fn take(heap: &mut Heap, m: Term, key: Term) -> Option<(Term, Term)> {
    if is_flat(m) {
        let i = flat::search(flat::keys(m), key).ok()?;
        let v = *flat::values(m).get(i)?;
        return Some((flat::without_index(heap, m, i), v));
    }
    if hamt::size(m) <= FLATMAP_MAX + 1 {
        // Shrinks to a flat map, as OTP does when a trie drops to 32 keys.
        let v = hamt::get(m, key)?;
        let rest: Vec<(Term, Term)> = iter(m)
            .filter(|&(k, _)| !crate::term::compare::exact_eq(k, key))
            .collect();
        let sorted = flat::sort_pairs(&rest, false).unwrap_or_default();
        return Some((flat::from_sorted(heap, &sorted), v));
    }
    hamt::remove(heap, m, key)
}

/// The map without `key` (the same map when absent).
pub fn remove(heap: &mut Heap, m: Term, key: Term) -> Term {
    take(heap, m, key).map_or(m, |(r, _)| r)
}

/// `maps:merge/2`: the keys of both, `b`'s pair winning for a key in both.
pub fn merge(heap: &mut Heap, a: Term, b: Term) -> Term {
    if is_flat(a) && is_flat(b) {
        let pairs = flat::merge_pairs(a, b);
        if pairs.len() <= FLATMAP_MAX {
            return flat::from_sorted(heap, &pairs);
        }
        return from_distinct(heap, &pairs);
    }
    let (na, nb) = (size(a), size(b));
    if nb <= na || is_flat(b) {
        // Insert b's pairs into a (b's key terms win, as OTP's merge keeps them).
        let mut r = if is_flat(a) {
            let pairs: Vec<(Term, Term)> = iter(a).collect();
            from_distinct(heap, &pairs)
        } else {
            a
        };
        for (k, v) in iter(b) {
            r = put_trie(heap, r, k, v);
        }
        r
    } else {
        // Insert a's pairs that b lacks into b.
        let mut r = b;
        for (k, v) in iter(a) {
            if hamt::get(r, k).is_none() {
                r = put_trie(heap, r, k, v);
            }
        }
        r
    }
}

/// Puts into a map that is a trie or a flat map about to become one.
fn put_trie(heap: &mut Heap, m: Term, k: Term, v: Term) -> Term {
    if is_flat(m) {
        let mut pairs: Vec<(Term, Term)> = iter(m).collect();
        match pairs
            .iter_mut()
            .find(|p| crate::term::compare::exact_eq(p.0, k))
        {
            Some(p) => *p = (k, v),
            None => pairs.push((k, v)),
        }
        return from_distinct(heap, &pairs);
    }
    hamt::put(heap, m, k, v)
}

/// The pairs in key order (term order compares maps by them).
pub fn sorted_pairs(m: Term) -> Vec<(Term, Term)> {
    let mut v: Vec<(Term, Term)> = iter(m).collect();
    if !is_flat(m) {
        v.sort_by(|x, y| key_order(x.0, y.0));
    }
    v
}

/// Sets the literal bit on the pointers inside a map just built in a literal area (keys and
/// values must have been built marked) and returns the map's word, marked too.
pub fn mark_literal(m: Term) -> Term {
    if is_flat(m) {
        flat::mark_literal(m);
    } else {
        hamt::mark_literal(m);
    }
    m.with_literal_bit()
}

#[cfg(test)]
mod tests;
