//! Tuple BIFs: `tuple_to_list/1`, `list_to_tuple/1`, `make_tuple/2,3`, `setelement/3`,
//! `append_element/2`, `insert_element/3`, `delete_element/2`. Tuples hold at most
//! 2^24 - 1 elements (OTP's `MAX_ARITY`); anything larger is `badarg`.

use crate::bif::erlang::list_to_vec;
use crate::bif::pair_arg;
use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

/// OTP's largest tuple arity.
pub const MAX_ARITY: usize = (1 << 24) - 1;

fn tuple_arg<'a>(t: Term) -> Result<&'a [Term], Exception> {
    t.as_tuple().ok_or_else(Exception::badarg)
}

/// A 1-based index argument within `1..=max`, as a 0-based index.
fn index_arg(t: Term, max: usize) -> Result<usize, Exception> {
    match t.as_small() {
        Some(i) if i >= 1 && (i as u64) <= max as u64 => Ok(i as usize - 1),
        _ => Err(Exception::badarg()),
    }
}

fn tuple_to_list(p: &mut Process, a: A) -> BifResult {
    let t = tuple_arg(a[0])?;
    let mut l = Term::NIL;
    for &e in t.iter().rev() {
        l = p.heap.cons(e, l);
    }
    Ok(l)
}

fn list_to_tuple(p: &mut Process, a: A) -> BifResult {
    let v = list_to_vec(a[0]).ok_or_else(Exception::badarg)?;
    if v.len() > MAX_ARITY {
        return Err(Exception::badarg());
    }
    Ok(p.heap.tuple(&v))
}

fn arity_arg(t: Term) -> Result<usize, Exception> {
    match t.as_small() {
        Some(n) if n >= 0 && (n as u64) <= MAX_ARITY as u64 => Ok(n as usize),
        _ => Err(Exception::badarg()),
    }
}

fn make_tuple2(p: &mut Process, a: A) -> BifResult {
    let n = arity_arg(a[0])?;
    Ok(p.heap.tuple_filled(n, a[1]))
}

fn make_tuple3(p: &mut Process, a: A) -> BifResult {
    let n = arity_arg(a[0])?;
    let inits = list_to_vec(a[2]).ok_or_else(Exception::badarg)?;
    let mut sets = Vec::with_capacity(inits.len());
    for it in inits {
        let pair = pair_arg(it)?;
        sets.push((index_arg(pair[0], n)?, pair[1]));
    }
    let t = p.heap.tuple_filled(n, a[1]);
    for (i, v) in sets {
        crate::heap::set_tuple_element(t, i, v);
    }
    Ok(t)
}

fn setelement(p: &mut Process, a: A) -> BifResult {
    let t = tuple_arg(a[1])?;
    let i = index_arg(a[0], t.len())?;
    let n = p.heap.tuple(t);
    crate::heap::set_tuple_element(n, i, a[2]);
    Ok(n)
}

fn append_element(p: &mut Process, a: A) -> BifResult {
    let t = tuple_arg(a[0])?;
    if t.len() >= MAX_ARITY {
        return Err(Exception::badarg());
    }
    let mut v = Vec::with_capacity(t.len() + 1);
    v.extend_from_slice(t);
    v.push(a[1]);
    Ok(p.heap.tuple(&v))
}

fn insert_element(p: &mut Process, a: A) -> BifResult {
    let t = tuple_arg(a[1])?;
    let i = index_arg(a[0], t.len() + 1)?;
    if t.len() >= MAX_ARITY {
        return Err(Exception::badarg());
    }
    let mut v = Vec::with_capacity(t.len() + 1);
    v.extend_from_slice(&t[..i]);
    v.push(a[2]);
    v.extend_from_slice(&t[i..]);
    Ok(p.heap.tuple(&v))
}

fn delete_element(p: &mut Process, a: A) -> BifResult {
    let t = tuple_arg(a[1])?;
    let i = index_arg(a[0], t.len())?;
    let mut v = Vec::with_capacity(t.len());
    v.extend_from_slice(&t[..i]);
    v.extend_from_slice(&t[i + 1..]);
    Ok(p.heap.tuple(&v))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "tuple_to_list", 1 => tuple_to_list;
    "list_to_tuple", 1 => list_to_tuple;
    "make_tuple", 2 => make_tuple2;
    "make_tuple", 3 => make_tuple3;
    "setelement", 3 => setelement;
    "append_element", 2 => append_element;
    "insert_element", 3 => insert_element;
    "delete_element", 2 => delete_element;
};
