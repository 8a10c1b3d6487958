//! `lists` BIFs (the functions OTP implements in C: `reverse/2`, `member/2`, `keyfind/3`,
//! `keymember/3`, `keysearch/3`).

use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::compare::{eq, exact_eq};
use crate::term::Term;

type A<'a> = &'a [Term];

fn reverse2(p: &mut Process, a: A) -> BifResult {
    // Check for a proper list first (badarg with nothing built), then cons in one pass:
    // no copy of the elements into a vector (allocation never collects, so `a[0]` stays
    // valid meanwhile).
    let mut l = a[0];
    while let Some((_, t)) = l.as_cons() {
        l = t;
    }
    if !l.is_nil() {
        return Err(Exception::badarg());
    }
    let mut acc = a[1];
    let mut l = a[0];
    while let Some((h, t)) = l.as_cons() {
        acc = p.heap.cons(h, acc);
        l = t;
    }
    Ok(acc)
}

fn member2(_p: &mut Process, a: A) -> BifResult {
    let mut l = a[1];
    while let Some((h, t)) = l.as_cons() {
        if exact_eq(h, a[0]) {
            return Ok(Term::TRUE);
        }
        l = t;
    }
    if l.is_nil() {
        Ok(Term::FALSE)
    } else {
        Err(Exception::badarg())
    }
}

/// The first tuple in `list` whose element `pos` equals `key` (`==` for numbers, as OTP).
fn keyfind(key: Term, pos: Term, list: Term) -> Result<Option<Term>, Exception> {
    let n = pos
        .as_small()
        .filter(|&n| n >= 1)
        .ok_or_else(Exception::badarg)? as usize;
    let mut l = list;
    while let Some((h, t)) = l.as_cons() {
        if let Some(tp) = h.as_tuple() {
            if tp.len() >= n {
                let e = tp[n - 1];
                let hit = if key.is_number() {
                    eq(e, key)
                } else {
                    exact_eq(e, key)
                };
                if hit {
                    return Ok(Some(h));
                }
            }
        }
        l = t;
    }
    if l.is_nil() {
        Ok(None)
    } else {
        Err(Exception::badarg())
    }
}

fn keyfind3(_p: &mut Process, a: A) -> BifResult {
    Ok(keyfind(a[0], a[1], a[2])?.unwrap_or(Term::FALSE))
}
fn keymember3(_p: &mut Process, a: A) -> BifResult {
    Ok(Term::bool(keyfind(a[0], a[1], a[2])?.is_some()))
}
fn keysearch3(p: &mut Process, a: A) -> BifResult {
    match keyfind(a[0], a[1], a[2])? {
        Some(t) => Ok(p.heap.tuple(&[
            Term::atom(crate::atom::Atom::intern("value").unwrap_or(crate::atom::OK)),
            t,
        ])),
        None => Ok(Term::FALSE),
    }
}

pub static BIFS: &[BifDef] = crate::bif_table! { "lists";
    "reverse", 2 => reverse2;
    "member", 2 => member2;
    "keyfind", 3 => keyfind3;
    "keymember", 3 => keymember3;
    "keysearch", 3 => keysearch3;
};
