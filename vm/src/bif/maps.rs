//! The `maps` functions OTP 25 implements natively (`erlang:is_builtin/3` is true for exactly
//! these), and `erts_internal:map_next/3`, which the Erlang parts of `maps` (`to_list/1`,
//! iterators, `fold/3`...) are built on. Everything else in `maps` runs from the module's
//! `.beam`, as in OTP.
//!
//! Errors as OTP's: `{badmap,M}` for a non-map, `{badkey,K}` from `get/2` and `update/3`,
//! `badarg` for a bad list; `map_next/3` (an internal function) fails with plain `badarg`.

use crate::atom;
use crate::bif::pair_arg;
use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::map;
use crate::map::hamt;
use crate::process::Process;
use crate::term::{make_integer, Kind, Term};
use alloc::vec::Vec;

type A<'a> = &'a [Term];

fn need_map(p: &mut Process, m: Term) -> Result<(), Exception> {
    if m.is_map() {
        Ok(())
    } else {
        Err(Exception::error_tuple(p, atom::BADMAP, m))
    }
}

fn get2(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[1])?;
    map::get(a[1], a[0]).ok_or_else(|| Exception::error_tuple(p, atom::BADKEY, a[0]))
}

fn find2(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[1])?;
    match map::get(a[1], a[0]) {
        Some(v) => Ok(p.heap.tuple(&[Term::OK, v])),
        None => Ok(Term::atom(atom::ERROR)),
    }
}

fn put3(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[2])?;
    Ok(map::put(&mut p.heap, a[2], a[0], a[1]))
}

fn update3(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[2])?;
    map::update_many(&mut p.heap, a[2], &[(a[0], a[1])])
        .map_err(|k| Exception::error_tuple(p, atom::BADKEY, k))
}

fn remove2(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[1])?;
    Ok(map::remove(&mut p.heap, a[1], a[0]))
}

fn take2(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[1])?;
    match map::take(&mut p.heap, a[1], a[0]) {
        Some((m, v)) => Ok(p.heap.tuple(&[v, m])),
        None => Ok(Term::atom(atom::ERROR)),
    }
}

fn is_key2(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[1])?;
    Ok(Term::bool(map::contains(a[1], a[0])))
}

fn keys1(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[0])?;
    let k = map::keys_vec(a[0]);
    Ok(p.heap.list(&k))
}

fn values1(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[0])?;
    let v = map::values_vec(a[0]);
    Ok(p.heap.list(&v))
}

fn from_list1(p: &mut Process, a: A) -> BifResult {
    let mut pairs = Vec::new();
    let mut l = a[0];
    while let Some((h, t)) = l.as_cons() {
        let kv = pair_arg(h)?;
        pairs.push((kv[0], kv[1]));
        l = t;
    }
    if !l.is_nil() {
        return Err(Exception::badarg());
    }
    Ok(map::from_pairs(&mut p.heap, &pairs))
}

fn from_keys2(p: &mut Process, a: A) -> BifResult {
    let keys = crate::bif::erlang::list_to_vec(a[0]).ok_or_else(Exception::badarg)?;
    let pairs: Vec<(Term, Term)> = keys.into_iter().map(|k| (k, a[1])).collect();
    Ok(map::from_pairs(&mut p.heap, &pairs))
}

fn merge2(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[0])?;
    need_map(p, a[1])?;
    Ok(map::merge(&mut p.heap, a[0], a[1]))
}

/// How many pairs OTP's `map_next/3` returns in one call: a quarter of the reductions the
/// process has left (OTP: `fcalls / 4`); this VM counts as if a full slice (4000) were left.
const NEXT_ELEMS: usize = 1000;

/// The path argument of `map_next/3` as little-endian 64-bit digits (OTP reads a small as an
/// unsigned word), or `None` if it is not a non-negative integer.
fn path_digits(path: Term) -> Option<Vec<u64>> {
    if path.is_small() {
        return Some(alloc::vec![path.raw() >> 4]);
    }
    if path.is_bignum() {
        let (neg, limbs) = path.bignum_parts();
        if neg {
            return None;
        }
        return Some(limbs.to_vec());
    }
    None
}

/// `erts_internal:map_next(Path, Map, iterator | Acc)`.
///
/// With `iterator`: `{K1,V1,{K2,V2,...Next}}` where `Next` is `[Path2|Map]` or `none`. With a
/// list `Acc`: `[Path2, Map | Pairs]` or, at the end, `Pairs`, where `Pairs` is `Acc` with
/// the pairs read pushed on its head one by one. A flat map is read whole in one call; a trie
/// `NEXT_ELEMS` pairs a call (32 on the first call, path 0, as OTP does).
fn map_next3(p: &mut Process, a: A) -> BifResult {
    let (path, m, acc) = (a[0], a[1], a[2]);
    if !m.is_map() {
        return Err(Exception::badarg());
    }
    let iterator = acc == Term::atom(atom::ITERATOR);
    if !iterator && !acc.is_list() && !acc.is_nil() {
        return Err(Exception::badarg());
    }
    if m.header().kind() == Kind::FlatMap {
        let n = map::size(m);
        if !path.is_small() || (path.raw() >> 4) > n as u64 {
            return Err(Exception::badarg());
        }
        let pairs: Vec<(Term, Term)> = map::iter(m).collect();
        return Ok(if iterator {
            let mut r = Term::atom(atom::NONE);
            for &(k, v) in pairs.iter().rev() {
                r = p.heap.tuple(&[k, v, r]);
            }
            r
        } else {
            let mut r = acc;
            for &(k, v) in pairs.iter().rev() {
                let t = p.heap.tuple(&[k, v]);
                r = p.heap.cons(t, r);
            }
            r
        });
    }
    let digits = path_digits(path).ok_or_else(Exception::badarg)?;
    let mut elems = NEXT_ELEMS.min(map::size(m)).max(1);
    if path == Term::small(0) && elems > map::FLATMAP_MAX {
        elems = map::FLATMAP_MAX;
    }
    let chunk = hamt::next_chunk(m, &digits, elems).ok_or_else(Exception::badarg)?;
    p.reductions += 4 * chunk.pairs.len() as u64;
    let next_path = chunk
        .next_path
        .map(|d| make_integer(&mut p.heap, false, &d));
    if iterator {
        let mut r = match next_path {
            Some(np) => p.heap.cons(np, m),
            None => Term::atom(atom::NONE),
        };
        for &(k, v) in chunk.pairs.iter().rev() {
            r = p.heap.tuple(&[k, v, r]);
        }
        Ok(r)
    } else {
        let mut r = acc;
        for &(k, v) in chunk.pairs.iter() {
            let t = p.heap.tuple(&[k, v]);
            r = p.heap.cons(t, r);
        }
        if let Some(np) = next_path {
            r = p.heap.cons(m, r);
            r = p.heap.cons(np, r);
        }
        Ok(r)
    }
}

pub static BIFS: &[BifDef] = crate::bif_table! { "maps";
    "get", 2 => get2;
    "find", 2 => find2;
    "put", 3 => put3;
    "update", 3 => update3;
    "remove", 2 => remove2;
    "take", 2 => take2;
    "is_key", 2 => is_key2;
    "keys", 1 => keys1;
    "values", 1 => values1;
    "from_list", 1 => from_list1;
    "from_keys", 2 => from_keys2;
    "merge", 2 => merge2;
};

pub static ERTS_INTERNAL_BIFS: &[BifDef] = crate::bif_table! { "erts_internal";
    "map_next", 3 => map_next3;
};
