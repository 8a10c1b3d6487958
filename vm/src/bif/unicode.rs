//! The `unicode` module's BIFs: `characters_to_list/2`, `characters_to_binary/2`,
//! `bin_is_7bit/1`; and `io:printable_range/0`.
//!
//! Latin-1 and UTF-8 input are converted here, following OTP's `erl_unicode.c` step by step,
//! because the shape of the `Rest` in `{error, Done, Rest}` and `{incomplete, Done, Rest}`
//! depends on where the walk stopped: the failing list cell (or binary tail), wrapped in one
//! list level per enclosing list whose tail was still pending, and preceded by the bytes of
//! a UTF-8 sequence left incomplete at the end of a binary. For UTF-16 and UTF-32 input OTP's
//! BIFs call `unicode:characters_to_binary_int/2` and `unicode:characters_to_list_int/2`
//! (Erlang code in `unicode.beam`), and so do these.

use crate::atom;
use crate::bif::BifDef;
use crate::binary;
use crate::code;
use crate::exception::{BifResult, Exception};
use crate::process::{CallTarget, PendingCall, Process};
use crate::term::Term;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

/// The whole bytes of a binary term (`None` for other terms, bitstrings included).
fn binary_bytes(t: Term) -> Option<Vec<u8>> {
    let s = binary::bitstring(t)?;
    s.is_binary().then(|| s.to_bytes())
}

/// OTP's `utf8_need` pass: whether `t` is chardata at all (bytes or code points as small
/// integers, binaries, nested lists, binary tails). Anything else is `badarg` before any
/// conversion starts, wherever it sits.
fn is_chardata(t: Term) -> bool {
    if t.is_nil() {
        return true;
    }
    if binary::bitstring(t).is_some() {
        return binary::is_binary(t);
    }
    if !t.is_list() {
        return false;
    }
    let mut stack = alloc::vec![t];
    while let Some(mut io) = stack.pop() {
        while let Some((h, tl)) = io.as_cons() {
            if h.is_list() {
                stack.push(tl);
                io = h;
                continue;
            }
            if !(h.is_small() || h.is_nil() || binary::is_binary(h)) {
                return false;
            }
            io = tl;
        }
        if !io.is_nil() && !binary::is_binary(io) {
            return false;
        }
    }
    true
}

/// The byte length of a UTF-8 sequence from its first byte (`None`: not a lead byte).
fn utf8_len(first: u8) -> Option<usize> {
    match first {
        0x00..=0x7F => Some(1),
        _ if first & 0xE0 == 0xC0 => Some(2),
        _ if first & 0xF0 == 0xE0 => Some(3),
        _ if first & 0xF8 == 0xF0 => Some(4),
        _ => None,
    }
}

/// Whether a complete `n`-byte sequence at the start of `s` is valid UTF-8 (no overlong
/// forms, no surrogates, nothing above U+10FFFF).
fn valid_sequence(s: &[u8], n: usize) -> bool {
    let cont = |i: usize| s[i] & 0xC0 == 0x80;
    match n {
        1 => true,
        2 => cont(1) && s[0] >= 0xC2,
        3 => {
            cont(1)
                && cont(2)
                && !(s[0] == 0xE0 && s[1] < 0xA0)
                && !(s[0] & 0x0F == 0x0D && s[1] & 0x20 != 0)
        }
        _ => {
            cont(1)
                && cont(2)
                && cont(3)
                && !(s[0] == 0xF0 && s[1] < 0x90)
                && !(s[0] & 0x07 > 4 || (s[0] & 0x07 == 4 && s[1] & 0x3F > 0x0F))
        }
    }
}

/// OTP's `check_leftovers`: whether the incomplete bytes at the end could still become a
/// valid sequence (`true`: incomplete, `false`: an error).
fn leftover_may_complete(s: &[u8]) -> bool {
    let cont = |i: usize| s[i] & 0xC0 == 0x80;
    let n = s.len();
    match s.first() {
        Some(&b) if b & 0xE0 == 0xC0 => true,
        Some(&b) if b & 0xF0 == 0xE0 => n < 2 || (n < 3 && cont(1)),
        Some(&b) if b & 0xF8 == 0xF0 => {
            n < 2 || (n < 3 && cont(1)) || (n < 4 && cont(1) && cont(2))
        }
        _ => false,
    }
}

/// The state of one conversion: the UTF-8 produced so far and the bytes of a sequence that
/// a binary left incomplete (to be completed by the next binary).
struct Builder {
    latin1: bool,
    out: Vec<u8>,
    leftover: Vec<u8>,
}

/// A conversion that stopped on bad data: what `Rest` starts from.
struct Stop(Term);

impl Builder {
    fn new(latin1: bool) -> Builder {
        Builder {
            latin1,
            out: Vec::new(),
            leftover: Vec::new(),
        }
    }

    fn push_char(&mut self, c: u32) {
        let mut buf = [0u8; 4];
        if let Some(ch) = char::from_u32(c) {
            self.out
                .extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
    }

    /// One integer element. `false` when it is not a character of the input encoding.
    fn put_int(&mut self, v: i64) -> bool {
        let Ok(c) = u32::try_from(v) else {
            return false;
        };
        if self.latin1 && c > 255 {
            return false;
        }
        if (0xD800..=0xDFFF).contains(&c) || c >= 0x11_0000 {
            return false;
        }
        self.push_char(c);
        true
    }

    /// Copies UTF-8 from `src` (OTP's `copy_utf8_bin` with a leftover buffer); `Some(i)` is
    /// the offset in `src` of an invalid sequence.
    fn copy_utf8(&mut self, src: &[u8]) -> Option<usize> {
        let mut i = 0;
        if !self.leftover.is_empty() {
            let need = utf8_len(self.leftover[0]).unwrap_or(1);
            let from_source = need.saturating_sub(self.leftover.len());
            if src.len() < from_source {
                self.leftover.extend_from_slice(src);
                return None;
            }
            let mut seq = self.leftover.clone();
            seq.extend_from_slice(&src[..from_source]);
            if !valid_sequence(&seq, need) {
                return Some(0);
            }
            self.out.extend_from_slice(&seq);
            self.leftover.clear();
            i = from_source;
        }
        while i < src.len() {
            let Some(n) = utf8_len(src[i]) else {
                return Some(i);
            };
            if src.len() - i < n {
                self.leftover.extend_from_slice(&src[i..]);
                return None;
            }
            if !valid_sequence(&src[i..], n) {
                return Some(i);
            }
            self.out.extend_from_slice(&src[i..i + n]);
            i += n;
        }
        None
    }

    /// A binary element or tail.
    fn put_binary(&mut self, p: &mut Process, bin: Term) -> Result<(), Stop> {
        let Some(bytes) = binary_bytes(bin) else {
            return Err(Stop(bin));
        };
        if self.latin1 {
            for b in bytes {
                self.push_char(u32::from(b));
            }
            return Ok(());
        }
        match self.copy_utf8(&bytes) {
            None => Ok(()),
            Some(at) => Err(Stop(sub_from(p, bin, at))),
        }
    }

    /// Converts chardata (already checked by [`is_chardata`]); on bad data, the `Rest` term
    /// OTP builds.
    fn build(&mut self, p: &mut Process, t: Term) -> Result<(), Term> {
        if t.is_nil() {
            return Ok(());
        }
        if !t.is_list() {
            return self.put_binary(p, t).map_err(|Stop(r)| r);
        }
        let mut stack: Vec<Term> = alloc::vec![t];
        while let Some(mut io) = stack.pop() {
            while let Some((h, tl)) = io.as_cons() {
                if let Some(v) = h.as_small() {
                    if !self.leftover.is_empty() || !self.put_int(v) {
                        return Err(wrap(p, io, stack));
                    }
                    io = tl;
                } else if h.is_nil() {
                    io = tl;
                } else if h.is_list() {
                    stack.push(tl);
                    io = h;
                } else if binary::is_binary(h) {
                    if let Err(Stop(rest)) = self.put_binary(p, h) {
                        let cell = p.heap.cons(rest, tl);
                        return Err(wrap(p, cell, stack));
                    }
                    io = tl;
                } else {
                    return Err(wrap(p, io, stack));
                }
            }
            if !io.is_nil() {
                if binary::is_binary(io) {
                    if let Err(Stop(rest)) = self.put_binary(p, io) {
                        return Err(wrap(p, rest, stack));
                    }
                } else {
                    return Err(wrap(p, io, stack));
                }
            }
        }
        Ok(())
    }

    /// The result tuple for the converted output `done` (a binary or a list).
    fn finish(&self, p: &mut Process, done: Term, stopped: Option<Term>) -> Term {
        let tag = |a| Term::atom(a);
        match stopped {
            Some(rest) => {
                let rest = if self.leftover.is_empty() {
                    rest
                } else {
                    let lb = binary::new_binary(&mut p.heap, &self.leftover);
                    p.heap.list(&[lb, rest])
                };
                p.heap.tuple(&[tag(atom::ERROR), done, rest])
            }
            None if !self.leftover.is_empty() => {
                let lb = binary::new_binary(&mut p.heap, &self.leftover);
                let t = if leftover_may_complete(&self.leftover) {
                    atom::INCOMPLETE
                } else {
                    atom::ERROR
                };
                p.heap.tuple(&[tag(t), done, lb])
            }
            None => done,
        }
    }
}

/// The sub-binary of `bin` from byte `at` on.
fn sub_from(p: &mut Process, bin: Term, at: usize) -> Term {
    match binary::bitstring_parts(bin) {
        Some((orig, off, bits)) => {
            binary::sub_binary(&mut p.heap, orig, off + 8 * at, bits - 8 * at)
        }
        None => bin,
    }
}

/// OTP's `done:` step: the stopping point wrapped in one cons per pending enclosing tail,
/// innermost first.
fn wrap(p: &mut Process, mut rest: Term, mut stack: Vec<Term>) -> Term {
    while let Some(tail) = stack.pop() {
        rest = p.heap.cons(rest, tail);
    }
    rest
}

/// `Some(latin1?)` for the encodings converted here; `None` for the others.
fn native_encoding(enc: Term) -> Option<bool> {
    match enc.as_atom()? {
        atom::LATIN1 => Some(true),
        atom::UNICODE | atom::UTF8 => Some(false),
        _ => None,
    }
}

/// Hands the call to the Erlang function `unicode:Name/2`, as OTP's BIF traps to it.
fn trap(p: &mut Process, name: &str, a: A) -> BifResult {
    let f = atom::Atom::intern(name).ok_or_else(Exception::badarg)?;
    let exp = code::export(atom::UNICODE, f, 2);
    p.pending_call = Some(PendingCall {
        target: CallTarget::Export(exp),
        args: a.to_vec(),
    });
    Ok(Term::NIL)
}

fn characters_to_binary(p: &mut Process, a: A) -> BifResult {
    let Some(latin1) = native_encoding(a[1]) else {
        return trap(p, "characters_to_binary_int", a);
    };
    // A list of exactly one binary is treated as that binary.
    let subject = match a[0].as_cons() {
        Some((h, tl)) if binary::is_binary(h) && tl.is_nil() => h,
        _ => a[0],
    };
    if !is_chardata(subject) {
        return Err(Exception::badarg());
    }
    if let Some(bytes) = binary_bytes(subject) {
        let plain = if latin1 {
            bytes.iter().all(|&b| b < 0x80)
        } else {
            core::str::from_utf8(&bytes).is_ok()
        };
        if plain {
            return Ok(subject);
        }
    }
    let mut b = Builder::new(latin1);
    let stopped = b.build(p, subject).err();
    let done = binary::new_binary(&mut p.heap, &b.out);
    Ok(b.finish(p, done, stopped))
}

fn characters_to_list(p: &mut Process, a: A) -> BifResult {
    let Some(latin1) = native_encoding(a[1]) else {
        return trap(p, "characters_to_list_int", a);
    };
    if !is_chardata(a[0]) {
        return Err(Exception::badarg());
    }
    let mut b = Builder::new(latin1);
    let stopped = b.build(p, a[0]).err();
    let text = core::str::from_utf8(&b.out).unwrap_or("");
    let chars: Vec<Term> = text.chars().map(|c| Term::small(c as i64)).collect();
    let done = p.heap.list(&chars);
    Ok(b.finish(p, done, stopped))
}

fn bin_is_7bit(_p: &mut Process, a: A) -> BifResult {
    Ok(Term::bool(
        binary_bytes(a[0]).is_some_and(|b| b.iter().all(|&c| c < 0x80)),
    ))
}

/// `io:printable_range/0`: `latin1` unless the emulator was started with `+pc unicode`.
fn printable_range(_p: &mut Process, _a: A) -> BifResult {
    Ok(Term::atom(atom::LATIN1))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "unicode";
    "characters_to_binary", 2 => characters_to_binary;
    "characters_to_list", 2 => characters_to_list;
    "bin_is_7bit", 1 => bin_is_7bit;
};

pub static IO_BIFS: &[BifDef] = crate::bif_table! { "io";
    "printable_range", 0 => printable_range;
};
