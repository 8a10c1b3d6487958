//! `maps` BIFs.

use crate::atom;
use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::map;
use crate::process::Process;
use crate::term::Term;
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
fn get3(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[1])?;
    Ok(map::get(a[1], a[0]).unwrap_or(a[2]))
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
    match map::get(a[1], a[0]) {
        Some(v) => {
            let m = map::remove(&mut p.heap, a[1], a[0]);
            Ok(p.heap.tuple(&[v, m]))
        }
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
fn to_list1(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[0])?;
    let pairs = map::to_vec(a[0]);
    let mut items = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        items.push(p.heap.tuple(&[k, v]));
    }
    Ok(p.heap.list(&items))
}
fn from_list1(p: &mut Process, a: A) -> BifResult {
    let items = crate::bif::erlang::list_to_vec(a[0]).ok_or_else(Exception::badarg)?;
    let mut pairs = Vec::with_capacity(items.len());
    for it in items {
        let t = it
            .as_tuple()
            .filter(|t| t.len() == 2)
            .ok_or_else(Exception::badarg)?;
        pairs.push((t[0], t[1]));
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
    let add = map::to_vec(a[1]);
    Ok(map::put_many(&mut p.heap, a[0], &add))
}
fn new0(p: &mut Process, _a: A) -> BifResult {
    Ok(map::new_empty(&mut p.heap))
}
fn size1(p: &mut Process, a: A) -> BifResult {
    need_map(p, a[0])?;
    Ok(Term::small(map::size(a[0]) as i64))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "maps";
    "get", 2 => get2;
    "get", 3 => get3;
    "find", 2 => find2;
    "put", 3 => put3;
    "update", 3 => update3;
    "remove", 2 => remove2;
    "take", 2 => take2;
    "is_key", 2 => is_key2;
    "keys", 1 => keys1;
    "values", 1 => values1;
    "to_list", 1 => to_list1;
    "from_list", 1 => from_list1;
    "from_keys", 2 => from_keys2;
    "merge", 2 => merge2;
    "new", 0 => new0;
    "size", 1 => size1;
};
