//! Binary and iolist BIFs of the `erlang` module: `list_to_binary/1`, `iolist_to_binary/1`,
//! `iolist_size/1`, `iolist_to_iovec/1`, `list_to_bitstring/1`, `bitstring_to_list/1`,
//! `binary_to_list/1,3`, `split_binary/2`.
//!
//! An iolist is a possibly deep list of bytes and binaries whose tails may also be binaries
//! (`[1, 2 | <<3>>]`); `list_to_bitstring/1` also takes bitstrings. Walks use an explicit
//! stack, so deep lists cannot overflow the native stack.

use crate::bif::badarg;
use crate::bif::BifDef;
use crate::binary::{self, BitSlice, BitWriter};
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

/// One piece of a flattened iolist.
enum Piece {
    Byte(u8),
    /// A bitstring term and its bits.
    Bits(Term, BitSlice),
}

/// Walks an iolist (or a bitstring) in order, calling `f` for each byte and bitstring.
/// Returns `false` when `t` is not an iolist: an element that is neither a byte, a list nor
/// a bitstring, or a tail that is neither a list, `[]` nor a bitstring.
fn walk(t: Term, mut f: impl FnMut(Piece)) -> bool {
    let mut stack: Vec<Term> = Vec::new();
    let mut cur = t;
    loop {
        if let Some((h, tl)) = cur.as_cons() {
            if let Some(c) = h.as_small() {
                match u8::try_from(c) {
                    Ok(b) => f(Piece::Byte(b)),
                    Err(_) => return false,
                }
                cur = tl;
            } else if h.is_list() || h.is_nil() {
                stack.push(tl);
                cur = h;
            } else if let Some(b) = binary::bitstring(h) {
                f(Piece::Bits(h, b));
                cur = tl;
            } else {
                return false;
            }
            continue;
        }
        if let Some(b) = binary::bitstring(cur) {
            f(Piece::Bits(cur, b));
        } else if !cur.is_nil() {
            return false;
        }
        match stack.pop() {
            Some(next) => cur = next,
            None => return true,
        }
    }
}

/// The bytes of an iolist or binary (`None` if it is neither, or holds a bitstring that is
/// not a whole number of bytes).
pub fn iolist_to_bytes(t: Term) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut whole = true;
    let ok = walk(t, |p| match p {
        Piece::Byte(b) => out.push(b),
        Piece::Bits(_, s) => {
            if s.is_binary() {
                match s.aligned_bytes() {
                    Some(b) => out.extend_from_slice(b),
                    None => out.extend((0..s.byte_len()).map(|i| s.byte(i))),
                }
            } else {
                whole = false;
            }
        }
    });
    (ok && whole).then_some(out)
}

/// `list_to_binary/1`, except that a binary is its own answer.
fn iolist_to_binary(p: &mut Process, a: A) -> BifResult {
    if binary::is_binary(a[0]) {
        return Ok(a[0]);
    }
    list_to_binary(p, a)
}

fn list_to_binary(p: &mut Process, a: A) -> BifResult {
    if !(a[0].is_list() || a[0].is_nil()) {
        return badarg();
    }
    let v = iolist_to_bytes(a[0]).ok_or_else(Exception::badarg)?;
    Ok(binary::new_binary(&mut p.heap, &v))
}

fn iolist_size(p: &mut Process, a: A) -> BifResult {
    let mut n: u64 = 0;
    let mut whole = true;
    let ok = walk(a[0], |piece| match piece {
        Piece::Byte(_) => n += 1,
        Piece::Bits(_, s) => {
            if s.is_binary() {
                n += s.byte_len() as u64;
            } else {
                whole = false;
            }
        }
    });
    if !(ok && whole) {
        return badarg();
    }
    Ok(crate::term::make_u64(&mut p.heap, n))
}

fn list_to_bitstring(p: &mut Process, a: A) -> BifResult {
    if !(a[0].is_list() || a[0].is_nil()) {
        return badarg();
    }
    let mut w = BitWriter::new();
    let ok = walk(a[0], |piece| match piece {
        Piece::Byte(b) => w.push_bits(u64::from(b), 8),
        Piece::Bits(_, s) => w.push_slice(&s),
    });
    if !ok {
        return badarg();
    }
    Ok(w.finish(&mut p.heap))
}

fn bytes_list(p: &mut Process, s: &BitSlice, tail: Term) -> Term {
    let mut l = tail;
    for i in (0..s.byte_len()).rev() {
        l = p.heap.cons(Term::small(i64::from(s.byte(i))), l);
    }
    l
}

fn binary_to_list1(p: &mut Process, a: A) -> BifResult {
    let s = binary::bitstring(a[0])
        .filter(BitSlice::is_binary)
        .ok_or_else(Exception::badarg)?;
    Ok(bytes_list(p, &s, Term::NIL))
}

/// `binary_to_list/3` also takes a bitstring, as long as the range is within its whole
/// bytes.
fn binary_to_list3(p: &mut Process, a: A) -> BifResult {
    let s = binary::bitstring(a[0]).ok_or_else(Exception::badarg)?;
    let len = s.byte_len() as i64;
    let (start, stop) = match (a[1].as_small(), a[2].as_small()) {
        (Some(b), Some(e)) if b >= 1 && e >= b && e <= len => (b as usize, e as usize),
        _ => return badarg(),
    };
    let part = s.slice(8 * (start - 1), 8 * (stop - start + 1));
    Ok(bytes_list(p, &part, Term::NIL))
}

fn bitstring_to_list(p: &mut Process, a: A) -> BifResult {
    let s = binary::bitstring(a[0]).ok_or_else(Exception::badarg)?;
    let (bits, n) = s.tail_bits();
    let tail = if n > 0 {
        let last = binary::new_bitstring(&mut p.heap, &[bits], n);
        p.heap.cons(last, Term::NIL)
    } else {
        Term::NIL
    };
    Ok(bytes_list(p, &s, tail))
}

fn split_binary(p: &mut Process, a: A) -> BifResult {
    // A bitstring splits too, as long as the split point is within its whole bytes.
    let (orig, off, bits) = binary::bitstring_parts(a[0]).ok_or_else(Exception::badarg)?;
    let n = match a[1].as_small() {
        Some(n) if n >= 0 && (n as u64) <= (bits / 8) as u64 => n as usize,
        _ => return badarg(),
    };
    let l = binary::extract_sub_binary(&mut p.heap, orig, off, 8 * n);
    let r = binary::extract_sub_binary(&mut p.heap, orig, off + 8 * n, bits - 8 * n);
    Ok(p.heap.tuple(&[l, r]))
}

/// Binaries at least this big are returned by `iolist_to_iovec` as they are rather than
/// copied into a combined binary (OTP's `IOL2V_SMALL_BIN_LIMIT`).
const IOVEC_SMALL_BIN: usize = 256;

/// `iolist_to_iovec/1` with OTP 25's exact splitting: bytes and small binaries go into an
/// accumulating binary; a large binary is returned as is when the accumulator is empty or
/// already large, copied into it when the two together stay below twice the limit, and
/// otherwise split, topping the accumulator up to the limit.
fn iolist_to_iovec(p: &mut Process, a: A) -> BifResult {
    if let Some(s) = binary::bitstring(a[0]) {
        if !s.is_binary() {
            return badarg();
        }
        if s.byte_len() == 0 {
            return Ok(Term::NIL);
        }
        return Ok(p.heap.cons(a[0], Term::NIL));
    }
    if !(a[0].is_list() || a[0].is_nil()) {
        return badarg();
    }
    /// What the result list holds, built after the walk.
    enum Out {
        Acc(Vec<u8>),
        /// A binary term as it is.
        Whole(Term),
        /// The bytes of a binary term from this offset on.
        Tail(Term, usize),
    }
    let mut out: Vec<Out> = Vec::new();
    let mut acc: Vec<u8> = Vec::new();
    let mut whole = true;
    let ok = walk(a[0], |piece| match piece {
        Piece::Byte(b) => acc.push(b),
        Piece::Bits(t, s) => {
            if !s.is_binary() {
                whole = false;
                return;
            }
            let size = s.byte_len();
            if size == 0 {
                return;
            }
            let bin_small = size < IOVEC_SMALL_BIN;
            let acc_small = acc.len() < IOVEC_SMALL_BIN;
            if !bin_small && (acc.is_empty() || !acc_small) {
                if !acc.is_empty() {
                    out.push(Out::Acc(core::mem::take(&mut acc)));
                }
                out.push(Out::Whole(t));
            } else if bin_small || size + acc.len() < 2 * IOVEC_SMALL_BIN {
                acc.extend((0..size).map(|i| s.byte(i)));
            } else {
                let spill = IOVEC_SMALL_BIN - acc.len();
                acc.extend((0..spill).map(|i| s.byte(i)));
                out.push(Out::Acc(core::mem::take(&mut acc)));
                out.push(Out::Tail(t, spill));
            }
        }
    });
    if !(ok && whole) {
        return badarg();
    }
    if !acc.is_empty() {
        out.push(Out::Acc(acc));
    }
    let mut items = Vec::with_capacity(out.len());
    for o in out {
        let t = match o {
            Out::Acc(bytes) => binary::new_binary(&mut p.heap, &bytes),
            Out::Whole(t) => t,
            Out::Tail(t, skip) => match binary::bitstring_parts(t) {
                Some((orig, off, bits)) => {
                    binary::sub_binary(&mut p.heap, orig, off + 8 * skip, bits - 8 * skip)
                }
                None => t,
            },
        };
        items.push(t);
    }
    Ok(p.heap.list(&items))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "iolist_to_binary", 1 => iolist_to_binary;
    "list_to_binary", 1 => list_to_binary;
    "iolist_size", 1 => iolist_size;
    "iolist_to_iovec", 1 => iolist_to_iovec;
    "list_to_bitstring", 1 => list_to_bitstring;
    "bitstring_to_list", 1 => bitstring_to_list;
    "binary_to_list", 1 => binary_to_list1;
    "binary_to_list", 3 => binary_to_list3;
    "split_binary", 2 => split_binary;
};
