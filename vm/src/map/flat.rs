//! Flat maps (OTP's flatmap), used for maps of up to 32 keys.
//!
//! Layout: header (`Kind::FlatMap`, arity `1 + n`), the keys tuple, then the `n` values. Keys
//! are unique and sorted in map key order (`compare::key_order`: term order with every
//! integer before every float), so iteration, `maps:to_list/1`, `~w` and `term_to_binary`
//! all see them in that order, as in OTP.

use crate::heap::{set_tuple_element, Heap};
use crate::term::compare::{exact_eq, key_order};
use crate::term::{Kind, Term};
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Number of keys.
#[inline]
pub fn size(m: Term) -> usize {
    m.header().arity().saturating_sub(1)
}

/// The keys tuple word (may carry the literal bit).
#[inline]
pub fn keys_tuple(m: Term) -> Term {
    Term::from_raw(m.boxed_word(1))
}

/// The sorted keys.
#[inline]
pub fn keys<'a>(m: Term) -> &'a [Term] {
    let kt = keys_tuple(m);
    let ks = kt.tuple_elems();
    // A well-formed map has as many keys as values; never read past either.
    &ks[..ks.len().min(size(m))]
}

/// The values, in key order.
#[inline]
pub fn values<'a>(m: Term) -> &'a [Term] {
    let n = size(m);
    // SAFETY: a flat map has the keys word then `n` value words after its header; Term is a
    // transparent u64.
    unsafe { core::slice::from_raw_parts(m.ptr().add(2) as *const Term, n) }
}

/// Index of `key` among the sorted keys, or where it would go.
pub fn search(ks: &[Term], key: Term) -> Result<usize, usize> {
    if key.is_immediate() {
        // Immediates are exactly equal only when identical.
        if let Some(i) = ks.iter().position(|&k| k == key) {
            return Ok(i);
        }
        if ks.len() <= 8 {
            return Err(ks
                .iter()
                .position(|&k| key_order(k, key) == Ordering::Greater)
                .unwrap_or(ks.len()));
        }
    } else if ks.len() <= 4 {
        for (i, &k) in ks.iter().enumerate() {
            match key_order(k, key) {
                Ordering::Less => {}
                Ordering::Equal => return Ok(i),
                Ordering::Greater => return Err(i),
            }
        }
        return Err(ks.len());
    }
    ks.binary_search_by(|&k| key_order(k, key))
}

pub fn get(m: Term, key: Term) -> Option<Term> {
    let ks = keys(m);
    match search(ks, key) {
        Ok(i) => values(m).get(i).copied(),
        Err(_) => None,
    }
}

/// Builds a flat map from a keys tuple (sorted, unique) and the values in the same order.
pub fn from_keys_tuple(
    heap: &mut Heap,
    keys_tuple: Term,
    vals: impl ExactSizeIterator<Item = Term>,
) -> Term {
    let n = vals.len();
    let p = heap.boxed(Kind::FlatMap, 1 + n);
    // SAFETY: 1 + n payload words, all written below (the iterator yields exactly n items;
    // any shortfall is filled with nil so the object is never left uninitialised).
    unsafe {
        *p.add(1) = keys_tuple.raw();
        let mut written = 0;
        for (i, v) in vals.enumerate().take(n) {
            *p.add(2 + i) = v.raw();
            written += 1;
        }
        for i in written..n {
            *p.add(2 + i) = Term::NIL.raw();
        }
    }
    Term::make_boxed(p)
}

/// Builds a flat map from pairs sorted in key order with unique keys.
pub fn from_sorted(heap: &mut Heap, pairs: &[(Term, Term)]) -> Term {
    let kt = heap.tuple_filled(pairs.len(), Term::NIL);
    for (i, &(k, _)) in pairs.iter().enumerate() {
        set_tuple_element(kt, i, k);
    }
    from_keys_tuple(heap, kt, pairs.iter().map(|p| p.1))
}

/// Sorts pairs in key order and drops repeated keys, the last pair of each key winning
/// (`maps:from_list/1`). With `unique`, a repeated key is an error instead.
pub fn sort_pairs(pairs: &[(Term, Term)], unique: bool) -> Option<Vec<(Term, Term)>> {
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
                if unique {
                    return None;
                }
                *last = (k, x);
                continue;
            }
        }
        out.push((k, x));
    }
    Some(out)
}

/// The map with new values for keys it has (`M#{K := V}` / `M#{K => V}` on existing keys):
/// the keys tuple is shared and the keys themselves are kept, as OTP does.
/// `updates` holds (index, value) pairs.
pub fn with_values(heap: &mut Heap, m: Term, updates: &[(usize, Term)]) -> Term {
    let vs = values(m);
    let mut nv: Vec<Term> = vs.to_vec();
    for &(i, v) in updates {
        if let Some(slot) = nv.get_mut(i) {
            *slot = v;
        }
    }
    if nv.iter().zip(vs).all(|(a, b)| a == b) {
        return m;
    }
    from_keys_tuple(heap, keys_tuple(m), nv.into_iter())
}

/// The pairs of `m` with `new` merged in: a key already present keeps its key term and takes
/// the new value; new keys are added. Later pairs of `new` win. The result is sorted.
pub fn merged_pairs(m: Term, new: &[(Term, Term)]) -> Vec<(Term, Term)> {
    let mut out: Vec<(Term, Term)> = keys(m)
        .iter()
        .copied()
        .zip(values(m).iter().copied())
        .collect();
    for &(k, v) in new {
        match out.binary_search_by(|p| key_order(p.0, k)) {
            Ok(i) => out[i].1 = v,
            Err(i) => out.insert(i, (k, v)),
        }
    }
    out
}

/// Sorted pairs of `a` and `b` merged, `b`'s pair winning for a key in both (its key term
/// too, as OTP's `maps:merge/2`).
pub fn merge_pairs(a: Term, b: Term) -> Vec<(Term, Term)> {
    let (ka, va, kb, vb) = (keys(a), values(a), keys(b), values(b));
    let mut out = Vec::with_capacity(ka.len() + kb.len());
    let (mut i, mut j) = (0, 0);
    while i < ka.len() && j < kb.len() {
        match key_order(ka[i], kb[j]) {
            Ordering::Less => {
                out.push((ka[i], va[i]));
                i += 1;
            }
            Ordering::Greater => {
                out.push((kb[j], vb[j]));
                j += 1;
            }
            Ordering::Equal => {
                out.push((kb[j], vb[j]));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend(ka[i..].iter().copied().zip(va[i..].iter().copied()));
    out.extend(kb[j..].iter().copied().zip(vb[j..].iter().copied()));
    out
}

/// The map without the key at index `i`.
pub fn without_index(heap: &mut Heap, m: Term, i: usize) -> Term {
    let pairs: Vec<(Term, Term)> = keys(m)
        .iter()
        .copied()
        .zip(values(m).iter().copied())
        .enumerate()
        .filter(|(j, _)| *j != i)
        .map(|(_, p)| p)
        .collect();
    from_sorted(heap, &pairs)
}

/// Sets the literal bit on the keys-tuple word of a flat map just built in a literal area.
pub fn mark_literal(m: Term) {
    // SAFETY: `m` is a flat map its builder owns; word 1 is its keys tuple.
    unsafe {
        let p = m.ptr().add(1);
        *p = Term::from_raw(*p).with_literal_bit().raw();
    }
}
