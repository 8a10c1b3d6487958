//! Number <-> text conversion BIFs (`integer_to_list/1,2`, `list_to_integer/1,2`,
//! `float_to_list/1,2`, `binary_to_float/1`, `string:list_to_integer/1`, ...), `float/1`,
//! pids, ports and references to and from their text (`pid_to_list/1`, `list_to_ref/1`, ...),
//! and the term <-> [`Int`] bridge the other BIF files use. The arithmetic and the text
//! formats themselves live in [`crate::num`].

use crate::atom;
use crate::bif::pair_arg;
use crate::bif::BifDef;
use crate::binary;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::num::float::{self as nfloat, FloatOption};
use crate::num::Int;
use crate::process::Process;
use crate::term::{Kind, Term};
use alloc::vec::Vec;

type A<'a> = &'a [Term];

pub use crate::bif::arith::{int_to_term, num_error, term_to_int};

/// A list term of the bytes of `s` (character codes 0..255).
pub fn bytes_to_list(heap: &mut Heap, s: &[u8]) -> Term {
    let v: Vec<Term> = s.iter().map(|&c| Term::small(i64::from(c))).collect();
    heap.list(&v)
}

/// The elements of a proper list of bytes (each an integer 0..255), or `None`.
pub fn list_bytes(mut l: Term) -> Option<Vec<u8>> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        let c = h.as_small()?;
        v.push(u8::try_from(c).ok()?);
        l = t;
    }
    l.is_nil().then_some(v)
}

/// The base argument of the `/2` forms: an integer 2..36.
fn base_arg(a: A) -> Result<u32, Exception> {
    match a.get(1) {
        None => Ok(10),
        Some(b) => b
            .as_small()
            .filter(|b| (2..=36).contains(b))
            .map(|b| b as u32)
            .ok_or_else(Exception::badarg),
    }
}

fn int_text(a: A) -> Result<alloc::string::String, Exception> {
    let i = term_to_int(a[0]).ok_or_else(Exception::badarg)?;
    let base = base_arg(a)?;
    i.to_string_radix(base).map_err(num_error)
}

fn integer_to_list(p: &mut Process, a: A) -> BifResult {
    let s = int_text(a)?;
    Ok(bytes_to_list(&mut p.heap, s.as_bytes()))
}
fn integer_to_binary(p: &mut Process, a: A) -> BifResult {
    let s = int_text(a)?;
    Ok(binary::new_binary(&mut p.heap, s.as_bytes()))
}

fn parse_int(p: &mut Process, text: &[u8], a: A) -> BifResult {
    let base = base_arg(a)?;
    let i = Int::parse_radix(text, base).map_err(num_error)?;
    Ok(int_to_term(&mut p.heap, &i))
}
fn list_to_integer(p: &mut Process, a: A) -> BifResult {
    let text = list_bytes(a[0]);
    // OTP checks the base before the text.
    base_arg(a)?;
    parse_int(p, &text.ok_or_else(Exception::badarg)?, a)
}
fn binary_to_integer(p: &mut Process, a: A) -> BifResult {
    let text = binary::binary_bytes(a[0]).map(|b| b.to_vec());
    base_arg(a)?;
    parse_int(p, &text.ok_or_else(Exception::badarg)?, a)
}

/// The option list of `float_to_list/2` and `float_to_binary/2`.
fn float_options(l: Term) -> Result<Vec<FloatOption>, Exception> {
    let mut out = Vec::new();
    let mut l = l;
    while let Some((h, t)) = l.as_cons() {
        l = t;
        match h.as_atom() {
            Some(atom::COMPACT) => {
                out.push(FloatOption::Compact);
                continue;
            }
            Some(atom::SHORT) => {
                out.push(FloatOption::Short);
                continue;
            }
            Some(_) => return Err(Exception::badarg()),
            None => {}
        }
        let pair = pair_arg(h)?;
        let n = pair[1].as_small().ok_or_else(Exception::badarg)?;
        match pair[0].as_atom() {
            Some(atom::DECIMALS) if (0..=253).contains(&n) => out.push(FloatOption::Decimals(n)),
            Some(atom::SCIENTIFIC) if (0..=249).contains(&n) => {
                out.push(FloatOption::Scientific(n))
            }
            _ => return Err(Exception::badarg()),
        }
    }
    if !l.is_nil() {
        return Err(Exception::badarg());
    }
    Ok(out)
}

fn float_text(a: A) -> Result<alloc::string::String, Exception> {
    let f = a[0].as_float().ok_or_else(Exception::badarg)?;
    match a.get(1) {
        None => Ok(nfloat::format_default(f)),
        Some(&opts) => {
            let o = float_options(opts)?;
            nfloat::format_with_options(f, &o).map_err(num_error)
        }
    }
}
fn float_to_list(p: &mut Process, a: A) -> BifResult {
    let s = float_text(a)?;
    Ok(bytes_to_list(&mut p.heap, s.as_bytes()))
}
fn float_to_binary(p: &mut Process, a: A) -> BifResult {
    let s = float_text(a)?;
    Ok(binary::new_binary(&mut p.heap, s.as_bytes()))
}
fn list_to_float(p: &mut Process, a: A) -> BifResult {
    let text = list_bytes(a[0]).ok_or_else(Exception::badarg)?;
    let f = nfloat::parse_float(&text).map_err(num_error)?;
    Ok(p.heap.float(f))
}
fn binary_to_float(p: &mut Process, a: A) -> BifResult {
    let text = binary::binary_bytes(a[0]).ok_or_else(Exception::badarg)?;
    let f = nfloat::parse_float(text).map_err(num_error)?;
    Ok(p.heap.float(f))
}

/// `float/1`.
pub fn float(p: &mut Process, a: A) -> BifResult {
    if a[0].is_float() {
        return Ok(a[0]);
    }
    let i = term_to_int(a[0]).ok_or_else(Exception::badarg)?;
    let f = nfloat::int_to_float(&i).map_err(num_error)?;
    Ok(p.heap.float(f))
}

/// The leading elements of a list that are bytes (what `string:list_to_integer/1` and
/// `string:list_to_float/1` read), and the rest of the list after them. `None` when the
/// list is not a list.
fn byte_prefix(l: Term) -> Option<(Vec<u8>, Vec<Term>)> {
    if !(l.is_list() || l.is_nil()) {
        return None;
    }
    let mut bytes = Vec::new();
    let mut cells = Vec::new();
    let mut t = l;
    while let Some((h, tl)) = t.as_cons() {
        match h.as_small().and_then(|c| u8::try_from(c).ok()) {
            Some(b) => {
                bytes.push(b);
                cells.push(t);
            }
            None => break,
        }
        t = tl;
    }
    cells.push(t);
    Some((bytes, cells))
}

fn error_pair(p: &mut Process, reason: &str) -> Term {
    let r = atom::Atom::intern(reason).map_or(Term::UNDEFINED, Term::atom);
    p.heap.tuple(&[Term::atom(atom::ERROR), r])
}

/// `string:list_to_integer/1`: `{Int, Rest}` or `{error, no_integer | not_a_list}`.
fn string_list_to_integer(p: &mut Process, a: A) -> BifResult {
    let Some((bytes, cells)) = byte_prefix(a[0]) else {
        return Ok(error_pair(p, "not_a_list"));
    };
    match Int::parse_decimal_prefix(&bytes) {
        None => Ok(error_pair(p, "no_integer")),
        Some(Err(e)) => Err(num_error(e)),
        Some(Ok((i, used))) => {
            let v = int_to_term(&mut p.heap, &i);
            let rest = rest_after(&cells, used);
            Ok(p.heap.tuple(&[v, rest]))
        }
    }
}

/// `string:list_to_float/1`: `{Float, Rest}` or `{error, no_float | not_a_list}`.
fn string_list_to_float(p: &mut Process, a: A) -> BifResult {
    let Some((bytes, cells)) = byte_prefix(a[0]) else {
        return Ok(error_pair(p, "not_a_list"));
    };
    match nfloat::parse_float_prefix(&bytes) {
        None => Ok(error_pair(p, "no_float")),
        Some((f, used)) => {
            let v = p.heap.float(f);
            let rest = rest_after(&cells, used);
            Ok(p.heap.tuple(&[v, rest]))
        }
    }
}

/// The list cell after `used` elements (the cells of the byte prefix, then its tail).
fn rest_after(cells: &[Term], used: usize) -> Term {
    cells
        .get(used)
        .copied()
        .unwrap_or_else(|| *cells.last().unwrap_or(&Term::NIL))
}

// ---- pids, ports and references as text ----

/// The `~w` text of a pid, port or reference, as a character list.
fn id_text(p: &mut Process, t: Term) -> Term {
    let s = crate::term::print::to_string(t);
    bytes_to_list(&mut p.heap, s.as_bytes())
}

fn pid_to_list(p: &mut Process, a: A) -> BifResult {
    let t = a[0];
    if t.is_local_pid() || t.boxed_kind() == Some(Kind::ExtPid) {
        Ok(id_text(p, t))
    } else {
        Err(Exception::badarg())
    }
}

fn port_to_list(p: &mut Process, a: A) -> BifResult {
    let t = a[0];
    if t.is_local_port() || t.boxed_kind() == Some(Kind::ExtPort) {
        Ok(id_text(p, t))
    } else {
        Err(Exception::badarg())
    }
}

fn ref_to_list(p: &mut Process, a: A) -> BifResult {
    let t = a[0];
    if matches!(t.boxed_kind(), Some(Kind::Ref | Kind::ExtRef)) {
        Ok(id_text(p, t))
    } else {
        Err(Exception::badarg())
    }
}

/// The numbers of `<prefix>0.N1.N2...>` (decimal, leading zeros allowed), without the node
/// number, which must be 0: only local pids, ports and references can be made from text.
fn id_fields(t: Term, prefix: &str, count: usize) -> Option<Vec<u64>> {
    let text = list_bytes(t)?;
    let body = text.strip_prefix(prefix.as_bytes())?.strip_suffix(b">")?;
    let mut fields = Vec::with_capacity(count + 1);
    for part in body.split(|&c| c == b'.') {
        if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let mut v: u64 = 0;
        for &d in part {
            v = v.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
        }
        fields.push(v);
    }
    (fields.len() == count + 1 && fields[0] == 0).then(|| fields.split_off(1))
}

fn list_to_pid(_p: &mut Process, a: A) -> BifResult {
    // A pid word holds a 32-bit process index and a 28-bit serial.
    match id_fields(a[0], "<", 2).as_deref() {
        Some(&[n, s]) if n < 1 << 32 && s < 1 << 28 => Ok(Term::pid(n | s << 32)),
        _ => Err(Exception::badarg()),
    }
}

fn list_to_port(_p: &mut Process, a: A) -> BifResult {
    match id_fields(a[0], "#Port<", 1).as_deref() {
        Some(&[n]) if n < 1 << 60 => Ok(Term::port(n)),
        _ => Err(Exception::badarg()),
    }
}

fn list_to_ref(p: &mut Process, a: A) -> BifResult {
    // The text shows the first reference word as two 32-bit halves, then the second word.
    match id_fields(a[0], "#Ref<", 3).as_deref() {
        Some(&[hi, lo, n]) if hi < 1 << 32 && lo < 1 << 32 => {
            let o = p.heap.boxed(Kind::Ref, 2);
            // SAFETY: two payload words, both written.
            unsafe {
                *o.add(1) = hi << 32 | lo;
                *o.add(2) = n;
            }
            Ok(Term::make_boxed(o))
        }
        _ => Err(Exception::badarg()),
    }
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "pid_to_list", 1 => pid_to_list;
    "port_to_list", 1 => port_to_list;
    "ref_to_list", 1 => ref_to_list;
    "list_to_pid", 1 => list_to_pid;
    "list_to_port", 1 => list_to_port;
    "list_to_ref", 1 => list_to_ref;
    "integer_to_list", 1 => integer_to_list;
    "integer_to_list", 2 => integer_to_list;
    "integer_to_binary", 1 => integer_to_binary;
    "integer_to_binary", 2 => integer_to_binary;
    "list_to_integer", 1 => list_to_integer;
    "list_to_integer", 2 => list_to_integer;
    "binary_to_integer", 1 => binary_to_integer;
    "binary_to_integer", 2 => binary_to_integer;
    "float_to_list", 1 => float_to_list;
    "float_to_list", 2 => float_to_list;
    "float_to_binary", 1 => float_to_binary;
    "float_to_binary", 2 => float_to_binary;
    "list_to_float", 1 => list_to_float;
    "binary_to_float", 1 => binary_to_float;
};

pub static STRING_BIFS: &[BifDef] = crate::bif_table! { "string";
    "list_to_integer", 1 => string_list_to_integer;
    "list_to_float", 1 => string_list_to_float;
};
