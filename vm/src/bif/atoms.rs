//! Atom <-> text BIFs: `atom_to_list/1`, `atom_to_binary/1,2`, `list_to_atom/1`,
//! `binary_to_atom/1,2` and their `_existing_` forms. Atoms hold up to 255 characters
//! (any Unicode code point); a longer name is `system_limit`, as in OTP.

use crate::atom::{self, Atom, MAX_ATOM_CHARS};
use crate::bif::BifDef;
use crate::binary;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use alloc::string::String;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

/// The text of an atom as a list of code points.
fn atom_to_list(p: &mut Process, a: A) -> BifResult {
    let at = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let v: Vec<Term> = at.name().chars().map(|c| Term::small(c as i64)).collect();
    Ok(p.heap.list(&v))
}

/// The encoding argument of the `/2` forms: `Some(true)` for UTF-8, `Some(false)` for latin1.
fn encoding_is_utf8(t: Term) -> Option<bool> {
    match t.as_atom()? {
        atom::UTF8 | atom::UNICODE => Some(true),
        atom::LATIN1 => Some(false),
        _ => None,
    }
}

fn atom_to_binary(p: &mut Process, a: A) -> BifResult {
    let at = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let utf8 = match a.get(1) {
        None => true,
        Some(&e) => encoding_is_utf8(e).ok_or_else(Exception::badarg)?,
    };
    if utf8 {
        return Ok(binary::new_binary(&mut p.heap, at.name().as_bytes()));
    }
    let mut b = Vec::with_capacity(at.name().len());
    for c in at.name().chars() {
        b.push(u8::try_from(c as u32).map_err(|_| Exception::badarg())?);
    }
    Ok(binary::new_binary(&mut p.heap, &b))
}

/// Makes (or, with `existing`, finds) the atom named `name`.
fn make_atom(name: &str, existing: bool) -> BifResult {
    if existing {
        return Atom::existing(name)
            .map(Term::atom)
            .ok_or_else(Exception::badarg);
    }
    if name.chars().count() > MAX_ATOM_CHARS {
        return Err(Exception::system_limit());
    }
    Atom::intern(name)
        .map(Term::atom)
        .ok_or_else(Exception::system_limit)
}

/// The characters of a flat list of code points, or `None`.
fn list_chars(mut l: Term) -> Option<String> {
    let mut s = String::new();
    while let Some((h, t)) = l.as_cons() {
        let c = u32::try_from(h.as_small()?).ok()?;
        s.push(char::from_u32(c)?);
        l = t;
    }
    l.is_nil().then_some(s)
}

fn list_to_atom_impl(a: A, existing: bool) -> BifResult {
    let s = list_chars(a[0]).ok_or_else(Exception::badarg)?;
    make_atom(&s, existing)
}
fn list_to_atom(_p: &mut Process, a: A) -> BifResult {
    list_to_atom_impl(a, false)
}
fn list_to_existing_atom(_p: &mut Process, a: A) -> BifResult {
    list_to_atom_impl(a, true)
}

fn binary_to_atom_impl(a: A, existing: bool) -> BifResult {
    let bytes = binary::binary_bytes(a[0]);
    let utf8 = match a.get(1) {
        None => true,
        Some(&e) => encoding_is_utf8(e).ok_or_else(Exception::badarg)?,
    };
    let bytes = bytes.ok_or_else(Exception::badarg)?;
    if utf8 {
        let s = core::str::from_utf8(bytes).map_err(|_| Exception::badarg())?;
        make_atom(s, existing)
    } else {
        if bytes.len() > MAX_ATOM_CHARS && !existing {
            return Err(Exception::system_limit());
        }
        let s: String = bytes.iter().map(|&b| char::from(b)).collect();
        make_atom(&s, existing)
    }
}
fn binary_to_atom(_p: &mut Process, a: A) -> BifResult {
    binary_to_atom_impl(a, false)
}
fn binary_to_existing_atom(_p: &mut Process, a: A) -> BifResult {
    binary_to_atom_impl(a, true)
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "atom_to_list", 1 => atom_to_list;
    "atom_to_binary", 1 => atom_to_binary;
    "atom_to_binary", 2 => atom_to_binary;
    "list_to_atom", 1 => list_to_atom;
    "list_to_existing_atom", 1 => list_to_existing_atom;
    "binary_to_atom", 1 => binary_to_atom;
    "binary_to_atom", 2 => binary_to_atom;
    "binary_to_existing_atom", 1 => binary_to_existing_atom;
    "binary_to_existing_atom", 2 => binary_to_existing_atom;
};
