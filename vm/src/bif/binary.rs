//! The `binary` module's BIFs (the 22 functions OTP 25 implements in C); `replace/3,4`,
//! `bin_to_list/1,2,3` and the rest are Erlang code in `binary.beam` that calls these.
//!
//! Searching follows OTP: one pattern is found leftmost; several patterns (OTP's Aho-Corasick
//! case) leftmost, and among those starting at the same place the longest. `matches` and
//! global `split` take non-overlapping matches from left to right.
//!
//! `compile_pattern/1` returns `{bm, Ref}` or `{ac, Ref}` as OTP does, `Ref` being a magic
//! reference that owns the patterns: it dies with its last holder and cannot be forged, so
//! any other tuple is `badarg`, as in OTP.

use crate::atom::{self, Atom};
use crate::bif::badarg;
use crate::bif::BifDef;
use crate::binary;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{magic, Term};
use alloc::boxed::Box;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

/// The whole bytes of a binary (`None` for other terms, bitstrings included).
fn bytes_of(t: Term) -> Option<Vec<u8>> {
    let s = binary::bitstring(t)?;
    s.is_binary().then(|| s.to_bytes())
}

/// A non-negative integer that fits a `u64` (OTP's `term_to_Uint`).
fn uint_arg(t: Term) -> Option<u64> {
    crate::term::integer_to_i128(t).and_then(|v| u64::try_from(v).ok())
}

/// An integer that fits an `i64` (OTP's `term_to_Sint`).
fn sint_arg(t: Term) -> Option<i64> {
    crate::term::integer_to_i64(t)
}

// ---- compiled patterns ----

/// What a compiled pattern's magic reference owns.
struct CompiledPattern {
    patterns: Vec<Vec<u8>>,
}

/// Search patterns: given in the call, or borrowed from a compiled pattern (valid for the
/// whole BIF call, which never collects).
enum Patterns<'a> {
    Given(Vec<Vec<u8>>),
    Compiled(&'a CompiledPattern),
}

impl Patterns<'_> {
    fn list(&self) -> &[Vec<u8>] {
        match self {
            Patterns::Given(v) => v,
            Patterns::Compiled(c) => &c.patterns,
        }
    }
}

/// The patterns of a `match`/`matches`/`split` argument: a non-empty binary, a non-empty
/// list of non-empty binaries, or a compiled pattern. `None` is `badarg`.
fn patterns_arg<'a>(t: Term) -> Option<Patterns<'a>> {
    if let Some(tp) = t.as_tuple() {
        return compiled_patterns(tp).map(Patterns::Compiled);
    }
    compile(t).map(Patterns::Given)
}

/// The patterns of `compile_pattern/1`'s argument.
fn compile(t: Term) -> Option<Vec<Vec<u8>>> {
    if let Some(b) = bytes_of(t) {
        return (!b.is_empty()).then(|| alloc::vec![b]);
    }
    if !t.is_list() {
        return None;
    }
    let mut out = Vec::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        let b = bytes_of(h)?;
        if b.is_empty() {
            return None;
        }
        out.push(b);
        l = tl;
    }
    l.is_nil().then_some(out)
}

/// `bm` for one pattern, `ac` for several, as OTP names its two search algorithms.
fn pattern_tag(count: usize) -> &'static str {
    if count == 1 {
        "bm"
    } else {
        "ac"
    }
}

fn compile_pattern(p: &mut Process, a: A) -> BifResult {
    let patterns = compile(a[0]).ok_or_else(Exception::badarg)?;
    let tag = Atom::intern(pattern_tag(patterns.len())).ok_or_else(Exception::badarg)?;
    let r = magic::make_magic_ref(&mut p.heap, Box::new(CompiledPattern { patterns }));
    Ok(p.heap.tuple(&[Term::atom(tag), r]))
}

/// The compiled pattern `{bm | ac, Ref}`.
fn compiled_patterns<'a>(tp: &[Term]) -> Option<&'a CompiledPattern> {
    if tp.len() != 2 {
        return None;
    }
    let c = magic::downcast::<CompiledPattern>(tp[1])?;
    (tp[0].as_atom()?.name() == pattern_tag(c.patterns.len())).then_some(c)
}

// ---- searching ----

/// The match at the leftmost position in `hay[from..to]`, longest among those starting
/// there: `(position, length)`.
fn find_first(hay: &[u8], pats: &[Vec<u8>], from: usize, to: usize) -> Option<(usize, usize)> {
    let mut first_bytes = [false; 256];
    for p in pats {
        first_bytes[usize::from(p[0])] = true;
    }
    let mut i = from;
    while i < to {
        if first_bytes[usize::from(hay[i])] {
            let mut best: Option<usize> = None;
            for p in pats {
                if i + p.len() <= to
                    && hay[i..i + p.len()] == p[..]
                    && best.is_none_or(|b| p.len() > b)
                {
                    best = Some(p.len());
                }
            }
            if let Some(len) = best {
                return Some((i, len));
            }
        }
        i += 1;
    }
    None
}

/// All non-overlapping matches in `hay[from..to]`, left to right.
fn find_all(hay: &[u8], pats: &[Vec<u8>], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = from;
    while let Some((pos, len)) = find_first(hay, pats, at, to) {
        out.push((pos, len));
        at = pos + len;
    }
    out
}

/// The search range `[start, end)` of a `{scope, {Start, Length}}` option (a negative
/// length counts back from `Start`); `None` when it does not fit the subject.
fn scope_range(t: Term, size: usize) -> Option<(usize, usize)> {
    let pair = t.as_tuple().filter(|x| x.len() == 2)?;
    let start = uint_arg(pair[0])?;
    let len = sint_arg(pair[1])?;
    let (start, len) = if len < 0 {
        (start.checked_sub(len.unsigned_abs())?, len.unsigned_abs())
    } else {
        (start, len as u64)
    };
    let end = start.checked_add(len)?;
    (end <= size as u64).then_some((start as usize, end as usize))
}

/// Options of `split/3`.
#[derive(Default)]
struct SplitOpts {
    global: bool,
    trim: bool,
    trim_all: bool,
}

/// Parses an option list: `{scope, _}` always, the `split` flags when `split` is given.
/// Like OTP, a list that ends in a non-list tail is accepted up to that tail.
fn parse_opts(l: Term, size: usize, mut split: Option<&mut SplitOpts>) -> Option<(usize, usize)> {
    let mut range = (0, size);
    if l.is_nil() {
        return Some(range);
    }
    if !l.is_list() {
        return None;
    }
    let mut l = l;
    while let Some((h, tl)) = l.as_cons() {
        l = tl;
        if let (Some(a), Some(o)) = (h.as_atom(), split.as_deref_mut()) {
            match a.name() {
                "global" => {
                    o.global = true;
                    continue;
                }
                "trim" => {
                    o.trim = true;
                    continue;
                }
                "trim_all" => {
                    o.trim_all = true;
                    continue;
                }
                _ => {}
            }
        }
        let t = h.as_tuple().filter(|x| x.len() == 2)?;
        if t[0] != Term::atom(atom::SCOPE) {
            return None;
        }
        range = scope_range(t[1], size)?;
    }
    Some(range)
}

fn match_impl(p: &mut Process, a: A, global: bool) -> BifResult {
    let hay = bytes_of(a[0]).ok_or_else(Exception::badarg)?;
    let opts = a.get(2).copied().unwrap_or(Term::NIL);
    let (from, to) = parse_opts(opts, hay.len(), None).ok_or_else(Exception::badarg)?;
    let not_found = if global {
        Term::NIL
    } else {
        Term::atom(Atom::intern("nomatch").ok_or_else(Exception::badarg)?)
    };
    if to == 0 {
        return Ok(not_found);
    }
    let pats = patterns_arg(a[1]).ok_or_else(Exception::badarg)?;
    let pats = pats.list();
    let pair = |p: &mut Process, (pos, len): (usize, usize)| {
        p.heap
            .tuple(&[Term::small(pos as i64), Term::small(len as i64)])
    };
    if global {
        let all = find_all(&hay, pats, from, to);
        let items: Vec<Term> = all.into_iter().map(|m| pair(p, m)).collect();
        return Ok(p.heap.list(&items));
    }
    Ok(match find_first(&hay, pats, from, to) {
        Some(m) => pair(p, m),
        None => not_found,
    })
}

fn match2(p: &mut Process, a: A) -> BifResult {
    match_impl(p, a, false)
}
fn matches(p: &mut Process, a: A) -> BifResult {
    match_impl(p, a, true)
}

fn split(p: &mut Process, a: A) -> BifResult {
    let hay = bytes_of(a[0]).ok_or_else(Exception::badarg)?;
    let (orig, off, _) = binary::bitstring_parts(a[0]).ok_or_else(Exception::badarg)?;
    let size = hay.len();
    let mut o = SplitOpts::default();
    let opts = a.get(2).copied().unwrap_or(Term::NIL);
    let (from, to) = parse_opts(opts, size, Some(&mut o)).ok_or_else(Exception::badarg)?;
    let trimming = o.trim || o.trim_all;
    let part = |p: &mut Process, start: usize, end: usize| {
        binary::sub_binary(&mut p.heap, orig, off + 8 * start, 8 * (end - start))
    };
    let not_found = |p: &mut Process| {
        if trimming && size == 0 {
            Term::NIL
        } else {
            p.heap.cons(a[0], Term::NIL)
        }
    };
    if to == 0 {
        return Ok(not_found(p));
    }
    let pats = patterns_arg(a[1]).ok_or_else(Exception::badarg)?;
    let pats = pats.list();
    if !o.global {
        let Some((pos, len)) = find_first(&hay, pats, from, to) else {
            return Ok(not_found(p));
        };
        if trimming && pos + len == size {
            if pos == 0 {
                return Ok(Term::NIL);
            }
            let first = part(p, 0, pos);
            return Ok(p.heap.cons(first, Term::NIL));
        }
        let rest = part(p, pos + len, size);
        let mut l = p.heap.cons(rest, Term::NIL);
        if !(o.trim_all && pos == 0) {
            let first = part(p, 0, pos);
            l = p.heap.cons(first, l);
        }
        return Ok(l);
    }
    let all = find_all(&hay, pats, from, to);
    if all.is_empty() {
        return Ok(not_found(p));
    }
    // Built from the end, as OTP does: with `trim` only the empty parts at the end go;
    // with `trim_all` every empty part goes.
    let mut trim_tail = o.trim;
    let mut end = size;
    let mut l = Term::NIL;
    for &(pos, len) in all.iter().rev() {
        let start = pos + len;
        let empty = end == start;
        if !(empty && (trim_tail || o.trim_all)) {
            let t = part(p, start, end);
            l = p.heap.cons(t, l);
            trim_tail = false;
        }
        end = pos;
    }
    if !(end == 0 && (trim_tail || o.trim_all)) {
        let t = part(p, 0, end);
        l = p.heap.cons(t, l);
    }
    Ok(l)
}

// ---- parts, bytes, copies ----

fn at(_p: &mut Process, a: A) -> BifResult {
    let b = bytes_of(a[0]).ok_or_else(Exception::badarg)?;
    let i = uint_arg(a[1]).ok_or_else(Exception::badarg)?;
    b.get(usize::try_from(i).map_err(|_| Exception::badarg())?)
        .map(|&c| Term::small(i64::from(c)))
        .ok_or_else(Exception::badarg)
}
fn first(_p: &mut Process, a: A) -> BifResult {
    let b = bytes_of(a[0]).ok_or_else(Exception::badarg)?;
    b.first()
        .map(|&c| Term::small(i64::from(c)))
        .ok_or_else(Exception::badarg)
}
fn last(_p: &mut Process, a: A) -> BifResult {
    let b = bytes_of(a[0]).ok_or_else(Exception::badarg)?;
    b.last()
        .map(|&c| Term::small(i64::from(c)))
        .ok_or_else(Exception::badarg)
}

/// The largest binary `copy/2` makes; OTP has no limit but memory, and a Rust allocation
/// failure would abort the whole VM, so bigger requests are `system_limit`.
pub const MAX_COPY_BYTES: u64 = 1 << 32;

fn copy_impl(p: &mut Process, bin: Term, n: Term) -> BifResult {
    if binary::bitstring(bin).is_none() {
        return badarg();
    }
    let n = uint_arg(n).ok_or_else(Exception::badarg)?;
    if n == 0 {
        return Ok(binary::new_binary(&mut p.heap, &[]));
    }
    let b = bytes_of(bin).ok_or_else(Exception::badarg)?;
    let total = (b.len() as u64)
        .checked_mul(n)
        .filter(|&t| t <= MAX_COPY_BYTES)
        .ok_or_else(Exception::system_limit)?;
    let (t, buf) = binary::alloc_binary(&mut p.heap, total as usize);
    if !b.is_empty() {
        for chunk in buf.chunks_mut(b.len()) {
            chunk.copy_from_slice(&b[..chunk.len()]);
        }
    }
    Ok(t)
}
fn copy1(p: &mut Process, a: A) -> BifResult {
    copy_impl(p, a[0], Term::small(1))
}
fn copy2(p: &mut Process, a: A) -> BifResult {
    copy_impl(p, a[0], a[1])
}

fn referenced_byte_size(p: &mut Process, a: A) -> BifResult {
    let (orig, _, _) = binary::bitstring_parts(a[0]).ok_or_else(Exception::badarg)?;
    let n = orig.boxed_word(1);
    Ok(crate::term::make_u64(&mut p.heap, n))
}

fn list_to_bin(p: &mut Process, a: A) -> BifResult {
    if !(a[0].is_list() || a[0].is_nil()) {
        return badarg();
    }
    let v = crate::bif::iolist::iolist_to_bytes(a[0]).ok_or_else(Exception::badarg)?;
    Ok(binary::new_binary(&mut p.heap, &v))
}

// ---- common prefix and suffix ----

fn common_impl(a: A, suffix: bool) -> BifResult {
    let mut bins = Vec::new();
    let mut l = a[0];
    while let Some((h, tl)) = l.as_cons() {
        bins.push(bytes_of(h).ok_or_else(Exception::badarg)?);
        l = tl;
    }
    if !l.is_nil() || bins.is_empty() {
        return badarg();
    }
    let min = bins.iter().map(Vec::len).min().unwrap_or(0);
    let byte_at = |b: &Vec<u8>, i: usize| {
        if suffix {
            b[b.len() - 1 - i]
        } else {
            b[i]
        }
    };
    let mut n = 0;
    while n < min && bins.iter().all(|b| byte_at(b, n) == byte_at(&bins[0], n)) {
        n += 1;
    }
    Ok(Term::small(n as i64))
}
fn longest_common_prefix(_p: &mut Process, a: A) -> BifResult {
    common_impl(a, false)
}
fn longest_common_suffix(_p: &mut Process, a: A) -> BifResult {
    common_impl(a, true)
}

// ---- unsigned integers ----

/// `Some(true)` for `big`, `Some(false)` for `little`.
fn endian_arg(a: A) -> Option<bool> {
    match a.get(1) {
        None => Some(true),
        Some(t) => match t.as_atom()? {
            atom::BIG => Some(true),
            atom::LITTLE => Some(false),
            _ => None,
        },
    }
}

fn encode_unsigned(p: &mut Process, a: A) -> BifResult {
    let big = endian_arg(a).ok_or_else(Exception::badarg)?;
    let i = crate::bif::convert::term_to_int(a[0]).ok_or_else(Exception::badarg)?;
    if i.is_negative() {
        return badarg();
    }
    let (_, limbs) = i.to_limbs();
    let mut le: Vec<u8> = limbs.iter().flat_map(|l| l.to_le_bytes()).collect();
    while le.len() > 1 && le.last() == Some(&0) {
        le.pop();
    }
    if le.is_empty() {
        le.push(0);
    }
    if big {
        le.reverse();
    }
    Ok(binary::new_binary(&mut p.heap, &le))
}

fn decode_unsigned(p: &mut Process, a: A) -> BifResult {
    let b = bytes_of(a[0]);
    let big = endian_arg(a).ok_or_else(Exception::badarg)?;
    let mut b = b.ok_or_else(Exception::badarg)?;
    if big {
        b.reverse();
    }
    let limbs: Vec<u64> = b
        .chunks(8)
        .map(|c| {
            let mut w = [0u8; 8];
            w[..c.len()].copy_from_slice(c);
            u64::from_le_bytes(w)
        })
        .collect();
    Ok(crate::term::make_integer(&mut p.heap, false, &limbs))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "binary";
    "compile_pattern", 1 => compile_pattern;
    "match", 2 => match2;
    "match", 3 => match2;
    "matches", 2 => matches;
    "matches", 3 => matches;
    "split", 2 => split;
    "split", 3 => split;
    // The same BIF as erlang:binary_part/2,3 in OTP (only the error_info module differs).
    "part", 2 => crate::bif::erlang::binary_part2;
    "part", 3 => crate::bif::erlang::binary_part3;
    "at", 2 => at;
    "first", 1 => first;
    "last", 1 => last;
    "copy", 1 => copy1;
    "copy", 2 => copy2;
    "referenced_byte_size", 1 => referenced_byte_size;
    "list_to_bin", 1 => list_to_bin;
    "longest_common_prefix", 1 => longest_common_prefix;
    "longest_common_suffix", 1 => longest_common_suffix;
    "encode_unsigned", 1 => encode_unsigned;
    "encode_unsigned", 2 => encode_unsigned;
    "decode_unsigned", 1 => decode_unsigned;
    "decode_unsigned", 2 => decode_unsigned;
};
