//! The process dictionary BIFs: `put/2`, `get/0`, `erase/0,1`, `get_keys/0,1` (`get/1` is
//! a guard BIF in `erlang.rs`). The table itself, in OTP's layout, is [`crate::pdict`].

use crate::bif::BifDef;
use crate::exception::BifResult;
use crate::process::Process;
use crate::term::compare::exact_eq;
use crate::term::Term;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

fn put(p: &mut Process, a: A) -> BifResult {
    Ok(p.dict.put(a[0], a[1]).unwrap_or(Term::UNDEFINED))
}

fn get_all(p: &mut Process, _a: A) -> BifResult {
    let pairs = p.dict.pairs_in_order();
    let items: Vec<Term> = pairs.iter().map(|kv| p.heap.tuple(kv)).collect();
    Ok(p.heap.list(&items))
}

fn erase_all(p: &mut Process, a: A) -> BifResult {
    let r = get_all(p, a)?;
    p.dict.clear();
    Ok(r)
}

fn erase(p: &mut Process, a: A) -> BifResult {
    Ok(p.dict.erase(a[0]).unwrap_or(Term::UNDEFINED))
}

fn get_keys(p: &mut Process, a: A) -> BifResult {
    let keys: Vec<Term> = p
        .dict
        .pairs_in_order()
        .iter()
        .filter(|kv| a.is_empty() || exact_eq(kv[1], a[0]))
        .map(|kv| kv[0])
        .collect();
    Ok(p.heap.list(&keys))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "put", 2 => put;
    "get", 0 => get_all;
    "erase", 0 => erase_all;
    "erase", 1 => erase;
    "get_keys", 0 => get_keys;
    "get_keys", 1 => get_keys;
};
