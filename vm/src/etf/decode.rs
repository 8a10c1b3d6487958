//! Decoding the external format into heap terms, as OTP 25's `binary_to_term` does: every tag
//! OTP 25 accepts (old pid/port/reference tags and `FLOAT_EXT` included; `FUN_EXT`, atom cache
//! references and distribution headers are refused as OTP refuses them), the same validity
//! rules (atom length and UTF-8, local pid/port/reference number ranges, bitstring bit
//! counts, finite floats, no duplicate map keys), `safe` and `used`. Like OTP it ignores
//! bytes after the term.
//!
//! Hostile input cannot hurt: every count is checked against the bytes left before anything
//! is allocated (each element needs at least one byte), so memory use is linear in the input;
//! nesting is handled with an explicit stack of frames, so any depth works; compressed input
//! is inflated only up to its declared size, which must be plausible for its length.

use super::tag;
use crate::atom::{Atom, MAX_ATOM_CHARS};
use crate::binary;
use crate::code;
use crate::heap::Heap;
use crate::term::compare::{exact_eq, key_order};
use crate::term::{make_integer, Term};
use alloc::vec::Vec;

/// Options of `binary_to_term/2`.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct DecodeOptions {
    /// Refuse to create atoms or external function references.
    pub safe: bool,
}

/// Why a binary does not decode (`binary_to_term` raises `badarg` for all of them).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset where decoding failed (in the inflated data for compressed terms).
    pub offset: usize,
    pub what: &'static str,
}

type R<T> = Result<T, DecodeError>;

/// The largest bignum OTP builds, in bytes (2^19 - 1 limbs of 64 bits).
const MAX_BIG_BYTES: usize = ((1 << 19) - 1) * 8;
const MAX_LOCAL_PID_NUMBER: u32 = (1 << 15) - 1;
const MAX_LOCAL_PID_SERIAL: u32 = (1 << 13) - 1;
const MAX_LOCAL_PORT_NUMBER: u64 = (1 << 28) - 1;
const MAX_LOCAL_REF_ID0: u32 = (1 << 18) - 1;
const MAX_REF_IDS: usize = 5;
const LOCAL_REF_IDS: usize = 3;
/// OTP's limit on free variables of a fun.
const MAX_FUN_FREE: usize = 255;

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

fn err(offset: usize, what: &'static str) -> DecodeError {
    DecodeError { offset, what }
}

impl<'a> Reader<'a> {
    fn left(&self) -> usize {
        self.buf.len() - self.pos
    }
    fn take(&mut self, n: usize) -> R<&'a [u8]> {
        if n > self.left() {
            return Err(err(self.pos, "truncated"));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self) -> R<u8> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> R<u16> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> R<u32> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> R<u64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_be_bytes(a))
    }
    /// Checks that `n` more items of at least `min_bytes` each can still follow.
    fn need(&self, n: usize, min_bytes: usize) -> R<()> {
        if n.saturating_mul(min_bytes) > self.left() {
            return Err(err(self.pos, "count larger than the remaining input"));
        }
        Ok(())
    }
}

/// Partly decoded containers, waiting for their elements.
enum Frame {
    Tuple {
        n: usize,
        items: Vec<Term>,
    },
    /// `n` elements, then the tail.
    List {
        n: usize,
        items: Vec<Term>,
    },
    Map {
        n: usize,
        items: Vec<Term>,
    },
    Fun {
        entry: &'static code::FunEntry,
        n: usize,
        items: Vec<Term>,
    },
}

impl Frame {
    fn wanted(&self) -> usize {
        match self {
            Frame::Tuple { n, .. } => *n,
            Frame::List { n, .. } => *n + 1,
            Frame::Map { n, .. } => 2 * *n,
            Frame::Fun { n, .. } => *n,
        }
    }
    fn items(&mut self) -> &mut Vec<Term> {
        match self {
            Frame::Tuple { items, .. }
            | Frame::List { items, .. }
            | Frame::Map { items, .. }
            | Frame::Fun { items, .. } => items,
        }
    }
}

/// What reading one tag produced.
enum Step {
    Value(Term),
    Open(Frame),
}

struct Decoder<'a, 'h> {
    r: Reader<'a>,
    heap: &'h mut Heap,
    safe: bool,
}

/// `binary_to_term`: decodes `bin` (starting with the version byte) into a term on `heap`.
/// Returns the term and the number of bytes used.
pub fn decode(heap: &mut Heap, bin: &[u8], opts: DecodeOptions) -> R<(Term, usize)> {
    let mut r = Reader { buf: bin, pos: 0 };
    if r.u8()? != tag::VERSION {
        return Err(err(0, "no version byte 131"));
    }
    if r.buf.get(1) == Some(&tag::COMPRESSED) {
        r.pos = 2;
        let size = r.u32()? as usize;
        if size == 0 {
            return Err(err(2, "compressed size 0"));
        }
        let (data, zlen) =
            crate::zlib::inflate_exact(&bin[6..], size).ok_or(err(6, "corrupt compressed data"))?;
        let mut d = Decoder {
            r: Reader { buf: &data, pos: 0 },
            heap,
            safe: opts.safe,
        };
        // Bytes after the term inside the compressed data, and after the zlib stream, are
        // ignored by OTP; what counts as used is the header and the zlib stream.
        let t = d.term()?;
        return Ok((t, 6 + zlen));
    }
    let mut d = Decoder {
        r,
        heap,
        safe: opts.safe,
    };
    // OTP ignores bytes after the term (`used` tells how many were read).
    let t = d.term()?;
    Ok((t, d.r.pos))
}

impl Decoder<'_, '_> {
    /// Decodes one whole term.
    fn term(&mut self) -> R<Term> {
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            let mut value = match self.step()? {
                Step::Open(f) => {
                    stack.push(f);
                    continue;
                }
                Step::Value(v) => v,
            };
            // Hand the value to the innermost open container; close those that are full.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok(value);
                };
                top.items().push(value);
                if top.items().len() < top.wanted() {
                    break;
                }
                let Some(f) = stack.pop() else {
                    return Ok(value);
                };
                value = self.close(f)?;
            }
        }
    }

    fn close(&mut self, f: Frame) -> R<Term> {
        Ok(match f {
            Frame::Tuple { items, .. } => self.heap.tuple(&items),
            Frame::List { mut items, .. } => {
                let tail = items.pop().unwrap_or(Term::NIL);
                self.heap.list_with_tail(&items, tail)
            }
            Frame::Map { items, .. } => {
                let pairs: Vec<(Term, Term)> = items
                    .as_chunks::<2>()
                    .0
                    .iter()
                    .map(|&[k, v]| (k, v))
                    .collect();
                check_unique_keys(&pairs).map_err(|_| err(self.r.pos, "duplicate map key"))?;
                crate::map::from_pairs(self.heap, &pairs)
            }
            Frame::Fun { entry, items, .. } => code::make_closure(self.heap, entry, &items),
        })
    }

    fn step(&mut self) -> R<Step> {
        // An empty LIST_EXT is just its tail: skip any number of them without recursing.
        while self.r.buf.get(self.r.pos) == Some(&tag::LIST)
            && self.r.buf.get(self.r.pos + 1..self.r.pos + 5) == Some(&[0, 0, 0, 0][..])
        {
            self.r.pos += 5;
        }
        let at = self.r.pos;
        let t = self.r.u8()?;
        let v = match t {
            tag::SMALL_INTEGER => Term::small(i64::from(self.r.u8()?)),
            tag::INTEGER => crate::term::make_i64(self.heap, i64::from(self.r.u32()? as i32)),
            tag::SMALL_BIG => {
                let n = usize::from(self.r.u8()?);
                self.big(n)?
            }
            tag::LARGE_BIG => {
                let n = self.r.u32()? as usize;
                if n > MAX_BIG_BYTES {
                    return Err(err(at, "integer too large"));
                }
                self.big(n)?
            }
            tag::NEW_FLOAT => {
                let f = f64::from_bits(self.r.u64()?);
                if !f.is_finite() {
                    return Err(err(at, "float not finite"));
                }
                self.heap.float(f)
            }
            tag::FLOAT => {
                let text = self.r.take(31)?;
                let f = parse_float_ext(text).ok_or(err(at, "bad FLOAT_EXT text"))?;
                self.heap.float(f)
            }
            tag::ATOM | tag::SMALL_ATOM | tag::ATOM_UTF8 | tag::SMALL_ATOM_UTF8 => {
                self.r.pos = at;
                Term::atom(self.atom()?)
            }
            tag::NIL => Term::NIL,
            tag::STRING => {
                let n = usize::from(self.r.u16()?);
                let bytes = self.r.take(n)?;
                let v: Vec<Term> = bytes.iter().map(|&b| Term::small(i64::from(b))).collect();
                self.heap.list(&v)
            }
            tag::LIST => {
                let n = self.r.u32()? as usize;
                self.r.need(n + 1, 1)?;
                return Ok(Step::Open(Frame::List {
                    n,
                    items: Vec::new(),
                }));
            }
            tag::SMALL_TUPLE | tag::LARGE_TUPLE => {
                let n = if t == tag::SMALL_TUPLE {
                    usize::from(self.r.u8()?)
                } else {
                    self.r.u32()? as usize
                };
                if n == 0 {
                    self.heap.tuple(&[])
                } else {
                    self.r.need(n, 1)?;
                    return Ok(Step::Open(Frame::Tuple {
                        n,
                        items: Vec::new(),
                    }));
                }
            }
            tag::MAP => {
                let n = self.r.u32()? as usize;
                if n == 0 {
                    crate::map::new_empty(self.heap)
                } else {
                    self.r.need(n, 2)?;
                    return Ok(Step::Open(Frame::Map {
                        n,
                        items: Vec::new(),
                    }));
                }
            }
            tag::BINARY => {
                let n = self.r.u32()? as usize;
                let bytes = self.r.take(n)?;
                binary::new_binary(self.heap, bytes)
            }
            tag::BIT_BINARY => {
                let n = self.r.u32()? as usize;
                let bits = self.r.u8()?;
                if (n == 0) != (bits == 0) || bits > 8 {
                    return Err(err(at, "bad bit count"));
                }
                let bytes = self.r.take(n)?;
                if n == 0 || bits == 8 {
                    binary::new_binary(self.heap, bytes)
                } else {
                    binary::new_bitstring(self.heap, bytes, 8 * (n - 1) + usize::from(bits))
                }
            }
            tag::PID | tag::NEW_PID => self.pid(t)?,
            tag::PORT | tag::NEW_PORT | tag::V4_PORT => self.port(t)?,
            tag::REFERENCE | tag::NEW_REFERENCE | tag::NEWER_REFERENCE => self.reference(t)?,
            tag::EXPORT => {
                let module = self.atom()?;
                let function = self.atom()?;
                let arity = self.small_int()?;
                let arity = u32::try_from(arity).map_err(|_| err(at, "bad export arity"))?;
                let e = if self.safe {
                    code::find_export(module, function, arity)
                        .ok_or(err(at, "unknown export (safe)"))?
                } else {
                    code::export(module, function, arity)
                };
                code::make_export_fun(self.heap, e)
            }
            tag::NEW_FUN => return self.fun(at),
            _ => return Err(err(at, "unknown or unsupported tag")),
        };
        Ok(Step::Value(v))
    }

    fn big(&mut self, n: usize) -> R<Term> {
        let sign = self.r.u8()?;
        let bytes = self.r.take(n)?;
        let limbs: Vec<u64> = bytes
            .chunks(8)
            .map(|c| {
                let mut a = [0u8; 8];
                a[..c.len()].copy_from_slice(c);
                u64::from_le_bytes(a)
            })
            .collect();
        Ok(make_integer(self.heap, sign != 0, &limbs))
    }

    /// An atom tag and its text, as OTP's `dec_atom`.
    fn atom(&mut self) -> R<Atom> {
        let at = self.r.pos;
        let t = self.r.u8()?;
        let (len, utf8) = match t {
            tag::ATOM => (usize::from(self.r.u16()?), false),
            tag::SMALL_ATOM => (usize::from(self.r.u8()?), false),
            tag::ATOM_UTF8 => (usize::from(self.r.u16()?), true),
            tag::SMALL_ATOM_UTF8 => (usize::from(self.r.u8()?), true),
            _ => return Err(err(at, "atom expected")),
        };
        let bytes = self.r.take(len)?;
        let name: alloc::string::String = if utf8 {
            let s = core::str::from_utf8(bytes).map_err(|_| err(at, "atom not UTF-8"))?;
            if s.chars().count() > MAX_ATOM_CHARS {
                return Err(err(at, "atom too long"));
            }
            alloc::string::String::from(s)
        } else {
            if len > MAX_ATOM_CHARS {
                return Err(err(at, "atom too long"));
            }
            bytes.iter().map(|&b| b as char).collect()
        };
        let a = if self.safe {
            Atom::existing(&name)
        } else {
            Atom::intern(&name)
        };
        a.ok_or(err(
            at,
            "atom does not exist (safe) or the atom table is full",
        ))
    }

    /// An integer term that must be a small integer (fun indexes, export arities).
    fn small_int(&mut self) -> R<i64> {
        let at = self.r.pos;
        let v = match self.r.u8()? {
            tag::SMALL_INTEGER => i64::from(self.r.u8()?),
            tag::INTEGER => i64::from(self.r.u32()? as i32),
            t @ (tag::SMALL_BIG | tag::LARGE_BIG) => {
                let n = if t == tag::SMALL_BIG {
                    usize::from(self.r.u8()?)
                } else {
                    self.r.u32()? as usize
                };
                let neg = self.r.u8()? != 0;
                let bytes = self.r.take(n)?;
                let mut m: u64 = 0;
                for (i, &b) in bytes.iter().enumerate() {
                    if b != 0 && i >= 8 {
                        return Err(err(at, "integer is not small"));
                    }
                    if i < 8 {
                        m |= u64::from(b) << (8 * i);
                    }
                }
                if m > crate::term::MAX_SMALL as u64 + u64::from(neg) {
                    return Err(err(at, "integer is not small"));
                }
                if neg {
                    (m as i64).wrapping_neg()
                } else {
                    m as i64
                }
            }
            _ => return Err(err(at, "small integer expected")),
        };
        if !Term::small_fits(v) {
            return Err(err(at, "integer is not small"));
        }
        Ok(v)
    }

    fn pid(&mut self, t: u8) -> R<Term> {
        let at = self.r.pos;
        let node = self.atom()?;
        let number = self.r.u32()?;
        let serial = self.r.u32()?;
        let creation = if t == tag::PID {
            let c = u32::from(self.r.u8()?);
            if c > 3 {
                return Err(err(at, "bad creation"));
            }
            c
        } else {
            self.r.u32()?
        };
        if node == super::local_node() && creation == super::LOCAL_CREATION {
            if number > MAX_LOCAL_PID_NUMBER || serial > MAX_LOCAL_PID_SERIAL {
                return Err(err(at, "local pid out of range"));
            }
            return Ok(Term::pid(u64::from(number) | (u64::from(serial) << 32)));
        }
        Ok(super::make_ext_pid(
            self.heap, node, number, serial, creation,
        ))
    }

    fn port(&mut self, t: u8) -> R<Term> {
        let at = self.r.pos;
        let node = self.atom()?;
        let (number, creation) = match t {
            tag::PORT => {
                let n = u64::from(self.r.u32()?);
                let c = u32::from(self.r.u8()?);
                if c > 3 {
                    return Err(err(at, "bad creation"));
                }
                (n, c)
            }
            tag::NEW_PORT => (u64::from(self.r.u32()?), self.r.u32()?),
            _ => (self.r.u64()?, self.r.u32()?),
        };
        if node == super::local_node() && creation == super::LOCAL_CREATION {
            if number > MAX_LOCAL_PORT_NUMBER {
                return Err(err(at, "local port out of range"));
            }
            return Ok(Term::port(number));
        }
        Ok(super::make_ext_port(self.heap, node, number, creation))
    }

    fn reference(&mut self, t: u8) -> R<Term> {
        let at = self.r.pos;
        let count = if t == tag::REFERENCE {
            1
        } else {
            usize::from(self.r.u16()?)
        };
        let node = self.atom()?;
        let creation = if t == tag::NEWER_REFERENCE {
            self.r.u32()?
        } else {
            let c = u32::from(self.r.u8()?);
            if c > 3 {
                return Err(err(at, "bad creation"));
            }
            c
        };
        if count == 0 || count > MAX_REF_IDS {
            return Err(err(at, "bad reference length"));
        }
        let mut ids = [0u32; MAX_REF_IDS];
        for id in ids.iter_mut().take(count) {
            *id = self.r.u32()?;
        }
        if node == super::local_node() && creation == super::LOCAL_CREATION {
            if count > LOCAL_REF_IDS || ids[0] > MAX_LOCAL_REF_ID0 {
                return Err(err(at, "local reference out of range"));
            }
            return Ok(super::make_local_ref(self.heap, [ids[0], ids[1], ids[2]]));
        }
        Ok(super::make_ext_ref(
            self.heap,
            node,
            creation,
            &ids[..count],
        ))
    }

    fn fun(&mut self, at: usize) -> R<Step> {
        let size = self.r.u32()? as usize;
        // The size counts from its own field; OTP only checks that it is not past the end.
        if size > self.r.left() + 4 {
            return Err(err(at, "fun size past the end"));
        }
        let arity = u32::from(self.r.u8()?);
        let _uniq = self.r.take(16)?;
        let _index = self.r.u32()?;
        let num_free = self.r.u32()? as usize;
        if num_free > MAX_FUN_FREE {
            return Err(err(at, "too many free variables"));
        }
        let module = self.atom()?;
        let old_index = self.small_int()?;
        let old_uniq = self.small_int()?;
        match self.r.u8()? {
            t @ (tag::PID | tag::NEW_PID) => {
                self.pid(t)?;
            }
            _ => return Err(err(at, "fun creator is not a pid")),
        }
        self.r.need(num_free, 1)?;
        // This VM's funs point at their module's lambda table, so the module must be
        // loadable and have that lambda (OTP would make a fun entry to be resolved later).
        code::load_on_demand(module);
        let entry = code::current(module)
            .and_then(|m| {
                m.funs
                    .iter()
                    .find(|e| {
                        i64::from(e.index) == old_index
                            && i64::from(e.old_uniq) == old_uniq
                            && e.num_free as usize == num_free
                            && e.callable_arity() == arity
                    })
                    .copied()
            })
            .ok_or(err(at, "fun of an unknown module or lambda"))?;
        if num_free == 0 {
            return Ok(Step::Value(code::make_closure(self.heap, entry, &[])));
        }
        Ok(Step::Open(Frame::Fun {
            entry,
            n: num_free,
            items: Vec::new(),
        }))
    }
}

/// Map keys must be unique (`=:=`, where `0.0 =:= -0.0` in OTP 25).
fn check_unique_keys(pairs: &[(Term, Term)]) -> Result<(), ()> {
    let mut keys: Vec<Term> = pairs.iter().map(|p| p.0).collect();
    keys.sort_by(|a, b| key_order(*a, *b));
    for w in keys.windows(2) {
        if exact_eq(w[0], w[1]) {
            return Err(());
        }
    }
    Ok(())
}

/// `FLOAT_EXT` text as OTP's `sys_chars_to_double` reads it: up to the first NUL,
/// `[+-]digits(.|,)digits[(e|E)[+-]digits]`, finite (an underflow to zero is accepted).
fn parse_float_ext(text: &[u8]) -> Option<f64> {
    let end = text.iter().position(|&b| b == 0).unwrap_or(text.len());
    let s = &text[..end];
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < s.len() && s[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    if !digits(&mut i) {
        return None;
    }
    if i >= s.len() || (s[i] != b'.' && s[i] != b',') {
        return None;
    }
    i += 1;
    if !digits(&mut i) {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        if !digits(&mut i) {
            return None;
        }
    }
    if i != s.len() {
        return None;
    }
    let text: alloc::string::String = s
        .iter()
        .map(|&b| if b == b',' { '.' } else { b as char })
        .collect();
    let f: f64 = text.parse().ok()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}
