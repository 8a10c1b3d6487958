//! Running match specifications over tables: `select` (with limits and continuations),
//! `select_count`, `select_delete`, `select_replace`; `match`/`match_object` are `select` with
//! a generated specification.
//!
//! Orders are OTP's:
//! - hash tables are walked bucket by bucket, each chain in order; results are prepended, so
//!   the list comes out in reverse walking order. With a limit the walk stops after the bucket
//!   in which the count was reached; matches beyond the limit are kept in the continuation
//!   (`{Tid, NextBucket, Limit, MS, Rest, RestCount}`) and returned first next time.
//! - ordered sets are walked in key order (reverse key order for `select_reverse`) and the
//!   results keep that order; a limited walk stops at exactly the limit
//!   (`{Tid, LastKey, [], Limit, MS, [], Reverse, 0}`).

use super::atoms::atoms;
use super::hash::{HashStore, Pos};
use super::matchspec::{MatchSpec, Outcome};
use super::tree::{Edit, TreeStore};
use super::{EtsError, EtsResult, Store, TableKind, TableState};
use crate::process::Process;
use crate::term::compare::{compare, exact_eq};
use crate::term::copy::OwnedTerm;
use crate::term::Term;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// A compiled match specification as a magic reference's object
/// (`ets:match_spec_compile/1`, and the one continuations carry).
pub struct CompiledMs(pub MatchSpec);

/// The buckets of a hash table a specification needs to visit, when every clause binds the
/// key; `None`: all of them.
fn key_buckets(h: &HashStore, ms: &MatchSpec, keypos: usize) -> Option<Vec<usize>> {
    let keys = ms.bound_keys(keypos)?;
    let mut out: Vec<usize> = Vec::new();
    for k in keys {
        if !h.member(k) {
            continue;
        }
        let b = h.bucket_of(k);
        if !out.contains(&b) {
            out.push(b);
        }
    }
    Some(out)
}

/// The buckets a specification visits, in order: its bound keys' buckets, else all of them.
fn buckets_to_visit(h: &HashStore, ms: &MatchSpec, keypos: usize) -> Vec<usize> {
    key_buckets(h, ms, keypos).unwrap_or_else(|| (0..h.nactive()).collect())
}

/// Runs `ms` on each live object of `bucket` in chain order, pushing results to `acc`.
fn run_bucket(p: &mut Process, h: &HashStore, ms: &MatchSpec, b: usize, acc: &mut Vec<Term>) {
    for e in h.chain(b) {
        if !e.is_live() {
            continue;
        }
        if let Outcome::Matched(r) = ms.run(p, e.obj.term()) {
            acc.push(r);
        }
    }
}

/// Builds a list on the heap from `items`, last item first (results were "prepended").
fn list_rev(p: &mut Process, items: &[Term]) -> Term {
    let mut l = Term::NIL;
    for &x in items {
        l = p.heap.cons(x, l);
    }
    l
}

/// What a limited select returns when it stops: `{Results, Continuation}`,
/// `{Results, '$end_of_table'}` or `'$end_of_table'`.
fn chunk_result(p: &mut Process, results: Term, cont: Option<Term>) -> Term {
    let eot = atoms().end_of_table;
    match cont {
        Some(c) => p.heap.tuple(&[results, c]),
        None if results.is_nil() => eot,
        None => p.heap.tuple(&[results, eot]),
    }
}

/// Everything `select/2`, `select_reverse/2`, `match/2` and `match_object/2` return.
pub fn select_all(
    p: &mut Process,
    st: &TableState,
    keypos: usize,
    ms: &MatchSpec,
    reverse: bool,
) -> Term {
    if ms.is_empty() {
        return Term::NIL;
    }
    match &st.store {
        Store::Hash(h) => {
            let mut acc = Vec::new();
            for b in buckets_to_visit(h, ms, keypos) {
                run_bucket(p, h, ms, b, &mut acc);
            }
            list_rev(p, &acc)
        }
        Store::Tree(t) => {
            let mut acc = Vec::new();
            tree_walk(p, t, ms, keypos, reverse, None, usize::MAX, &mut acc);
            p.heap.list(&acc)
        }
    }
}

/// Walks an ordered set in key order (or reverse), from after `after`, collecting at most
/// `limit` results. Returns the key of the last object that gave a result when it stopped
/// at the limit.
#[allow(clippy::too_many_arguments)]
fn tree_walk(
    p: &mut Process,
    t: &TreeStore,
    ms: &MatchSpec,
    keypos: usize,
    reverse: bool,
    after: Option<Term>,
    limit: usize,
    acc: &mut Vec<Term>,
) -> Option<Term> {
    if let Some(mut keys) = ms.bound_keys(keypos) {
        keys.sort_by(|a, b| compare(*a, *b));
        keys.dedup_by(|a, b| compare(*a, *b) == Ordering::Equal);
        if reverse {
            keys.reverse();
        }
        for k in keys {
            if let Some(o) = t.get(k) {
                if let Outcome::Matched(r) = ms.run(p, o.term()) {
                    acc.push(r);
                }
            }
        }
        return None;
    }
    // Whether the limit is reached after running on `o`.
    let step = |p: &mut Process, o: &OwnedTerm, acc: &mut Vec<Term>| -> bool {
        if let Outcome::Matched(r) = ms.run(p, o.term()) {
            acc.push(r);
            return acc.len() >= limit;
        }
        false
    };
    if reverse {
        for (k, o) in t.iter_rev_from(after) {
            if step(p, o, acc) {
                return Some(k.term());
            }
        }
    } else {
        for (k, o) in t.iter_from(after) {
            if step(p, o, acc) {
                return Some(k.term());
            }
        }
    }
    None
}

/// `select/3`, `select_reverse/3`, `match/3`, `match_object/3`: the first chunk of at most
/// `limit` results. `tid` and `ms_ref` (the compiled specification) go into the
/// continuation.
#[allow(clippy::too_many_arguments)]
pub fn select_chunk(
    p: &mut Process,
    st: &TableState,
    keypos: usize,
    ms: &MatchSpec,
    ms_ref: Term,
    tid: Term,
    limit: usize,
    reverse: bool,
) -> Term {
    let eot = atoms().end_of_table;
    if ms.is_empty() {
        return eot;
    }
    match &st.store {
        Store::Hash(h) => {
            let mut acc = Vec::new();
            let mut next_slot: i64 = -1;
            match key_buckets(h, ms, keypos) {
                Some(bs) => {
                    for b in bs {
                        run_bucket(p, h, ms, b, &mut acc);
                    }
                }
                None => {
                    let n = h.nactive();
                    let mut b = 0;
                    while b < n {
                        run_bucket(p, h, ms, b, &mut acc);
                        b += 1;
                        if acc.len() >= limit && b < n {
                            next_slot = b as i64;
                            break;
                        }
                    }
                }
            }
            hash_chunk_end(p, acc, next_slot, limit, tid, ms_ref, true)
        }
        Store::Tree(t) => {
            let mut acc = Vec::new();
            let last = tree_walk(p, t, ms, keypos, reverse, None, limit, &mut acc);
            tree_chunk_end(p, acc, last, limit, tid, ms_ref, reverse)
        }
    }
}

fn tree_chunk_end(
    p: &mut Process,
    acc: Vec<Term>,
    last: Option<Term>,
    limit: usize,
    tid: Term,
    ms_ref: Term,
    reverse: bool,
) -> Term {
    let results = p.heap.list(&acc);
    let cont = last.map(|k| {
        let k =
            crate::term::copy::copy_to_heap_with(&mut p.heap, k, crate::term::copy::Literals::Copy);
        p.heap.tuple(&[
            tid,
            k,
            Term::NIL,
            Term::small(limit as i64),
            ms_ref,
            Term::NIL,
            Term::small(i64::from(reverse)),
            Term::small(0),
        ])
    });
    chunk_result(p, results, cont)
}

/// Ends a limited walk of a hash table. `mlrev` holds the match list with its head last
/// (newest match last). As in OTP, matches beyond the limit are taken off the list's front
/// and kept for the next call: in list order on the first call, reversed on later calls.
fn hash_chunk_end(
    p: &mut Process,
    mut mlrev: Vec<Term>,
    next_slot: i64,
    limit: usize,
    tid: Term,
    ms_ref: Term,
    first_call: bool,
) -> Term {
    let got = mlrev.len();
    let mut rest: Vec<Term> = Vec::new();
    if got > limit {
        for _ in 0..got - limit {
            if let Some(x) = mlrev.pop() {
                rest.push(x);
            }
        }
    }
    // `rest` holds the kept matches in the order they were taken off the list's front.
    let rest_list = if first_call {
        p.heap.list(&rest)
    } else {
        list_rev(p, &rest)
    };
    let rest_size = rest.len();
    let results = list_rev(p, &mlrev);
    let cont = if rest_size > 0 || next_slot >= 0 {
        Some(p.heap.tuple(&[
            tid,
            Term::small(next_slot),
            Term::small(limit as i64),
            ms_ref,
            rest_list,
            Term::small(rest_size as i64),
        ]))
    } else {
        None
    };
    chunk_result(p, results, cont)
}

/// A continuation, parsed.
pub enum Continuation {
    Hash {
        slot: i64,
        limit: usize,
        ms_ref: Term,
        rest: Term,
        rest_size: usize,
    },
    Tree {
        last_key: Term,
        limit: usize,
        ms_ref: Term,
        reverse: bool,
    },
}

impl Continuation {
    /// Parses `{Tid, ...}`; returns the table argument too. `Err` for anything else.
    pub fn parse(c: Term) -> EtsResult<(Term, Continuation)> {
        let es = c.as_tuple().ok_or(EtsError::Badarg)?;
        let ms_ok = |t: Term| crate::term::magic::downcast::<CompiledMs>(t).is_some();
        match es {
            [tid, slot, limit, ms, rest, size] => {
                let slot = slot.as_small().ok_or(EtsError::Badarg)?;
                let limit = limit
                    .as_small()
                    .filter(|&n| n >= 0)
                    .ok_or(EtsError::Badarg)?;
                let size = size
                    .as_small()
                    .filter(|&n| n >= 0)
                    .ok_or(EtsError::Badarg)?;
                if !(rest.is_list() || rest.is_nil()) || !ms_ok(*ms) {
                    return Err(EtsError::Badarg);
                }
                Ok((
                    *tid,
                    Continuation::Hash {
                        slot,
                        limit: limit as usize,
                        ms_ref: *ms,
                        rest: *rest,
                        rest_size: size as usize,
                    },
                ))
            }
            [tid, last, _end, limit, ms, _rest, reverse, _got] => {
                let limit = limit
                    .as_small()
                    .filter(|&n| n > 0)
                    .ok_or(EtsError::Badarg)?;
                let reverse = match reverse.as_small() {
                    Some(0) => false,
                    Some(1) => true,
                    _ => return Err(EtsError::Badarg),
                };
                if !ms_ok(*ms) {
                    return Err(EtsError::Badarg);
                }
                Ok((
                    *tid,
                    Continuation::Tree {
                        last_key: *last,
                        limit: limit as usize,
                        ms_ref: *ms,
                        reverse,
                    },
                ))
            }
            _ => Err(EtsError::Badarg),
        }
    }
}

/// `select/1` and friends: the next chunk.
pub fn select_continue(
    p: &mut Process,
    st: &TableState,
    keypos: usize,
    tid: Term,
    c: &Continuation,
) -> EtsResult<Term> {
    match (c, &st.store) {
        (
            Continuation::Hash {
                slot,
                limit,
                ms_ref,
                rest,
                rest_size: _,
            },
            Store::Hash(h),
        ) => {
            let ms = &crate::term::magic::downcast::<CompiledMs>(*ms_ref)
                .ok_or(EtsError::Badarg)?
                .0;
            // The match list so far: the kept matches (head first) — held with the head
            // last.
            let mut mlrev: Vec<Term> = Vec::new();
            let mut l = *rest;
            while let Some((x, t)) = l.as_cons() {
                mlrev.push(x);
                l = t;
            }
            mlrev.reverse();
            let mut next_slot = *slot;
            if *slot >= 0 && mlrev.len() < *limit {
                let n = h.nactive();
                let start = *slot as usize;
                if start >= n {
                    return Err(EtsError::Badarg);
                }
                next_slot = -1;
                let mut b = start;
                while b < n {
                    run_bucket(p, h, ms, b, &mut mlrev);
                    b += 1;
                    if mlrev.len() >= *limit && b < n {
                        next_slot = b as i64;
                        break;
                    }
                }
            }
            Ok(hash_chunk_end(
                p, mlrev, next_slot, *limit, tid, *ms_ref, false,
            ))
        }
        (
            Continuation::Tree {
                last_key,
                limit,
                ms_ref,
                reverse,
            },
            Store::Tree(t),
        ) => {
            let ms = &crate::term::magic::downcast::<CompiledMs>(*ms_ref)
                .ok_or(EtsError::Badarg)?
                .0;
            let mut acc = Vec::new();
            let last = tree_walk(
                p,
                t,
                ms,
                keypos,
                *reverse,
                Some(*last_key),
                *limit,
                &mut acc,
            );
            if ms.bound_keys(keypos).is_some() {
                // A bound-key select never continues past its first answer.
                return Ok(atoms().end_of_table);
            }
            Ok(tree_chunk_end(p, acc, last, *limit, tid, *ms_ref, *reverse))
        }
        _ => Err(EtsError::Badarg),
    }
}

/// `select_count/2`: objects for which the specification returns `true`.
pub fn select_count(p: &mut Process, st: &TableState, keypos: usize, ms: &MatchSpec) -> usize {
    if ms.is_empty() {
        return 0;
    }
    let mut n = 0;
    let mut count = |r: Outcome| {
        if r == Outcome::Matched(Term::TRUE) {
            n += 1;
        }
    };
    match &st.store {
        Store::Hash(h) => {
            for b in buckets_to_visit(h, ms, keypos) {
                for e in h.chain(b) {
                    if e.is_live() {
                        count(ms.run(p, e.obj.term()));
                    }
                }
            }
        }
        Store::Tree(t) => {
            for (_, o) in t.iter_from(None) {
                count(ms.run(p, o.term()));
            }
        }
    }
    n
}

/// `select_delete/2`: deletes the objects for which the specification returns `true`.
pub fn select_delete(p: &mut Process, st: &mut TableState, keypos: usize, ms: &MatchSpec) -> usize {
    if ms.is_empty() {
        return 0;
    }
    let fixed = st.is_fixed();
    match &mut st.store {
        Store::Hash(h) => {
            let mut n = 0;
            for b in buckets_to_visit(h, ms, keypos) {
                let mut i = 0;
                while i < h.chain(b).len() {
                    let e = &h.chain(b)[i];
                    if !e.is_live() {
                        i += 1;
                        continue;
                    }
                    let obj = e.obj.term();
                    if ms.run(p, obj) == Outcome::Matched(Term::TRUE) {
                        n += 1;
                        if h.delete_at(
                            Pos {
                                bucket: b,
                                index: i,
                            },
                            fixed,
                        ) {
                            i += 1;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            if n > 0 {
                h.finish_deletions(fixed);
            }
            n
        }
        Store::Tree(t) => t.edit(|obj| {
            if ms.run(p, obj) == Outcome::Matched(Term::TRUE) {
                Edit::Delete
            } else {
                Edit::Keep
            }
        }),
    }
}

/// Whether a specification is allowed for `select_replace/2`: every clause's single body
/// expression keeps the key, as OTP checks before touching the table (`'$_'`, or a tuple
/// construction whose key element is written exactly as the head's key).
pub fn keeps_key(ms: &MatchSpec, keypos: usize) -> bool {
    let a = atoms();
    let src = ms.source();
    let mut l = src;
    while let Some((clause, rest)) = l.as_cons() {
        l = rest;
        let Some(&[head, _guards, body]) = clause
            .as_tuple()
            .and_then(|c| <&[Term; 3]>::try_from(c).ok())
        else {
            return false;
        };
        let Some((expr, more)) = body.as_cons() else {
            return false;
        };
        if !more.is_nil() {
            return false;
        }
        if expr == a.dollar_underscore {
            continue;
        }
        let body_key = match expr.as_tuple() {
            Some([inner]) => match inner.as_tuple().and_then(|es| es.get(keypos - 1).copied()) {
                Some(k) => k,
                None => return false,
            },
            _ => return false,
        };
        // `{element, KeyPos, '$_'}` is the object's own key, whatever the head says.
        let is_own_key = body_key.as_tuple().is_some_and(|c| match c {
            [f, pos, obj] => {
                f.as_atom().is_some_and(|f| f.name() == "element")
                    && pos.as_small() == Some(keypos as i64)
                    && *obj == a.dollar_underscore
            }
            _ => false,
        });
        if is_own_key {
            continue;
        }
        let Some(head_key) = head.as_tuple().and_then(|h| h.get(keypos - 1).copied()) else {
            return false;
        };
        if head_key == a.underscore {
            return false;
        }
        // The key written as the head has it, or as `{const, Key}`.
        let same = exact_eq(body_key, head_key)
            || body_key.as_tuple().is_some_and(|c| match c {
                [k, v] if *k == a.const_ => exact_eq(*v, head_key),
                _ => false,
            });
        if !same {
            return false;
        }
    }
    true
}

/// `select_replace/2`: replaces each object by the specification's result (which keeps the
/// key). Returns how many were replaced.
pub fn select_replace(
    p: &mut Process,
    st: &mut TableState,
    kind: TableKind,
    keypos: usize,
    ms: &MatchSpec,
) -> EtsResult<usize> {
    if kind == TableKind::Bag {
        return Err(EtsError::TableType);
    }
    if !keeps_key(ms, keypos) {
        return Err(EtsError::Badarg);
    }
    if ms.is_empty() {
        return Ok(0);
    }
    // A result that is not a tuple with the same key is refused, leaving the object as is.
    let valid = |obj: Term, r: Term| -> bool {
        match r.as_tuple() {
            Some(es) if es.len() >= keypos => {
                let (k_old, k_new) = (obj.tuple_elem(keypos - 1), es[keypos - 1]);
                exact_eq(k_old, k_new)
            }
            _ => false,
        }
    };
    match &mut st.store {
        Store::Hash(h) => {
            let mut n = 0;
            for b in buckets_to_visit(h, ms, keypos) {
                for i in 0..h.chain(b).len() {
                    let e = &h.chain(b)[i];
                    if !e.is_live() {
                        continue;
                    }
                    let obj = e.obj.term();
                    if let Outcome::Matched(r) = ms.run(p, obj) {
                        if valid(obj, r) {
                            let new = OwnedTerm::new(r);
                            h.replace_at(
                                Pos {
                                    bucket: b,
                                    index: i,
                                },
                                new,
                            );
                            n += 1;
                        }
                    }
                }
            }
            Ok(n)
        }
        Store::Tree(t) => Ok(t.edit(|obj| match ms.run(p, obj) {
            Outcome::Matched(r) if valid(obj, r) => Edit::Replace(OwnedTerm::new(r)),
            _ => Edit::Keep,
        })),
    }
}
