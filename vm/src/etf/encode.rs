//! Encoding terms to the external format, as OTP 25's `term_to_binary` does it.
//!
//! Defaults are OTP 25's: minor version 1 (8-byte floats, Latin-1 atoms as `ATOM_EXT`, others
//! as UTF-8 atoms), no compression. Small maps are written in key order, maps of more than
//! 32 keys in OTP's hash-trie order (`vm::map::hamt`) unless `deterministic` asks for key
//! order. Compression uses `vm::zlib` (zlib 1.2.13's deflate) and is kept only when OTP
//! keeps it: when the zlib stream fits in the uncompressed size minus the 6 header bytes.

use super::tag;
use crate::atom::Atom;
use crate::binary;
use crate::code;
use crate::term::compare::key_order;
use crate::term::{Kind, Term};
use alloc::vec::Vec;

/// Options of `term_to_binary/2` and friends.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct EncodeOptions {
    /// 0: floats as 31-byte text; 1: 8-byte floats; 2: also atoms always as UTF-8.
    pub minor_version: u8,
    /// zlib level 1..=9, or 0 for no compression.
    pub compression: u8,
    /// Write every map in key order.
    pub deterministic: bool,
}

impl Default for EncodeOptions {
    fn default() -> Self {
        EncodeOptions {
            minor_version: 1,
            compression: 0,
            deterministic: false,
        }
    }
}

/// Binaries larger than this are separate elements of `term_to_iovec`'s result (OTP shares
/// its off-heap binaries, which are those above 64 bytes).
const IOVEC_BINARY_LIMIT: usize = 64;

enum Op {
    Term(Term),
    /// Writes the byte size of a fun (from its size field to here) at `at`.
    PatchFunSize {
        at: usize,
    },
}

struct Enc {
    opts: EncodeOptions,
    /// The pid written as the creator of local funs.
    creator: Term,
    count_only: bool,
    count: usize,
    out: Vec<u8>,
    /// `term_to_iovec`: finished parts, and whether big binaries become parts of their own.
    iovec: bool,
    parts: Vec<Vec<u8>>,
    /// Bytes moved to `parts` so far (absolute positions = parts bytes + `out` position).
    flushed: usize,
    patches: Vec<(usize, u32)>,
}

impl Enc {
    fn new(opts: EncodeOptions, creator: Term) -> Enc {
        Enc {
            opts,
            creator,
            count_only: false,
            count: 0,
            out: Vec::new(),
            iovec: false,
            parts: Vec::new(),
            flushed: 0,
            patches: Vec::new(),
        }
    }

    #[inline]
    fn pos(&self) -> usize {
        if self.count_only {
            self.count
        } else {
            self.flushed + self.out.len()
        }
    }

    #[inline]
    fn put(&mut self, b: &[u8]) {
        if self.count_only {
            self.count += b.len();
        } else {
            self.out.extend_from_slice(b);
        }
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        if self.count_only {
            self.count += 1;
        } else {
            self.out.push(b);
        }
    }

    fn u16(&mut self, v: u16) {
        self.put(&v.to_be_bytes());
    }

    fn u32(&mut self, v: u32) {
        self.put(&v.to_be_bytes());
    }

    fn atom(&mut self, a: Atom) {
        let name = a.name();
        let latin1 = self.opts.minor_version < 2 && name.chars().all(|c| (c as u32) < 256);
        if latin1 {
            self.byte(tag::ATOM);
            self.u16(name.chars().count() as u16);
            if name.is_ascii() {
                self.put(name.as_bytes());
            } else {
                for c in name.chars() {
                    self.byte(c as u32 as u8);
                }
            }
        } else {
            let b = name.as_bytes();
            if b.len() > 255 {
                self.byte(tag::ATOM_UTF8);
                self.u16(b.len() as u16);
            } else {
                self.byte(tag::SMALL_ATOM_UTF8);
                self.byte(b.len() as u8);
            }
            self.put(b);
        }
    }

    fn int(&mut self, v: i64) {
        if (0..256).contains(&v) {
            self.byte(tag::SMALL_INTEGER);
            self.byte(v as u8);
        } else if i32::try_from(v).is_ok() {
            self.byte(tag::INTEGER);
            self.u32(v as i32 as u32);
        } else {
            self.big(v < 0, &[v.unsigned_abs()]);
        }
    }

    fn big(&mut self, negative: bool, limbs: &[u64]) {
        let mut n = limbs.len() * 8;
        if let Some(&top) = limbs.last() {
            n -= (top.leading_zeros() / 8) as usize;
        }
        if n < 256 {
            self.byte(tag::SMALL_BIG);
            self.byte(n as u8);
        } else {
            self.byte(tag::LARGE_BIG);
            self.u32(n as u32);
        }
        self.byte(u8::from(negative));
        if self.count_only {
            self.count += n;
            return;
        }
        for (i, l) in limbs.iter().enumerate() {
            let bytes = l.to_le_bytes();
            let take = (n - 8 * i).min(8);
            self.out.extend_from_slice(&bytes[..take]);
        }
    }

    fn float(&mut self, f: f64) {
        if self.opts.minor_version == 0 {
            self.byte(tag::FLOAT);
            let s = crate::num::float::format_default(f);
            let mut b = [0u8; 31];
            for (i, c) in s.bytes().take(31).enumerate() {
                b[i] = c;
            }
            self.put(&b);
        } else {
            self.byte(tag::NEW_FLOAT);
            self.put(&f.to_bits().to_be_bytes());
        }
    }

    fn pid(&mut self, node: Atom, number: u32, serial: u32, creation: u32) {
        self.byte(tag::NEW_PID);
        self.atom(node);
        self.u32(number);
        self.u32(serial);
        self.u32(creation);
    }

    /// Port numbers of more than 28 bits need `V4_PORT_EXT` (64-bit number).
    fn port(&mut self, node: Atom, number: u64, creation: u32) {
        if number <= 0x0FFF_FFFF {
            self.byte(tag::NEW_PORT);
            self.atom(node);
            self.u32(number as u32);
        } else {
            self.byte(tag::V4_PORT);
            self.atom(node);
            self.put(&number.to_be_bytes());
        }
        self.u32(creation);
    }

    fn reference(&mut self, node: Atom, creation: u32, ids: &[u32]) {
        self.byte(tag::NEWER_REFERENCE);
        self.u16(ids.len() as u16);
        self.atom(node);
        self.u32(creation);
        for &id in ids {
            self.u32(id);
        }
    }

    /// The whole bytes of a bitstring go out as a part of their own (`term_to_iovec`).
    fn split_part(&mut self, bytes: Vec<u8>) {
        let cur = core::mem::take(&mut self.out);
        if !cur.is_empty() {
            self.flushed += cur.len();
            self.parts.push(cur);
        }
        self.flushed += bytes.len();
        self.parts.push(bytes);
    }

    fn bitstring(&mut self, t: Term) {
        let Some(b) = binary::bitstring(t) else {
            return;
        };
        let nbytes = b.byte_len();
        let (tail, nbits) = b.tail_bits();
        if nbits == 0 {
            self.byte(tag::BINARY);
            self.u32(nbytes as u32);
        } else {
            self.byte(tag::BIT_BINARY);
            self.u32(nbytes as u32 + 1);
            self.byte(nbits as u8);
        }
        if self.count_only {
            self.count += nbytes;
        } else if self.iovec && nbytes > IOVEC_BINARY_LIMIT {
            self.split_part(b.to_bytes());
        } else {
            match b.aligned_bytes() {
                Some(bytes) => self.out.extend_from_slice(bytes),
                None => {
                    for i in 0..nbytes {
                        self.out.push(b.byte(i));
                    }
                }
            }
        }
        if nbits != 0 {
            self.byte(tail);
        }
    }

    fn run(&mut self, root: Term) {
        let mut work: Vec<Op> = alloc::vec![Op::Term(root)];
        while let Some(op) = work.pop() {
            match op {
                Op::Term(t) => self.term(t, &mut work),
                Op::PatchFunSize { at } => {
                    let size = (self.pos() - at) as u32;
                    self.patches.push((at, size));
                }
            }
        }
        if !self.count_only {
            for &(at, size) in &self.patches {
                patch(&mut self.parts, &mut self.out, at, &size.to_be_bytes());
            }
        }
    }

    fn term(&mut self, t: Term, work: &mut Vec<Op>) {
        if t.is_small() {
            self.int(t.small_value());
        } else if t.is_atom() {
            self.atom(t.atom_value());
        } else if t.is_nil() {
            self.byte(tag::NIL);
        } else if t.is_list() {
            self.list(t, work);
        } else if t.is_local_pid() {
            let (n, s) = crate::process::pid_parts(t);
            self.pid(
                super::local_node(),
                n as u32,
                s as u32,
                super::LOCAL_CREATION,
            );
        } else if t.is_local_port() {
            self.port(super::local_node(), t.port_value(), super::LOCAL_CREATION);
        } else if t.is_boxed() {
            match t.header().kind() {
                Kind::Tuple => {
                    let e = t.tuple_elems();
                    if e.len() < 256 {
                        self.byte(tag::SMALL_TUPLE);
                        self.byte(e.len() as u8);
                    } else {
                        self.byte(tag::LARGE_TUPLE);
                        self.u32(e.len() as u32);
                    }
                    for &x in e.iter().rev() {
                        work.push(Op::Term(x));
                    }
                }
                Kind::PosBig | Kind::NegBig => {
                    let (neg, limbs) = t.bignum_parts();
                    self.big(neg, limbs);
                }
                Kind::Float => self.float(t.float_value()),
                Kind::HeapBin | Kind::ProcBin | Kind::SubBin => self.bitstring(t),
                Kind::FlatMap | Kind::HamtNode => {
                    // Iteration order is OTP's (flat maps in key order, big maps in
                    // hash-trie order); `deterministic` writes big maps in key order too.
                    let mut pairs = crate::map::to_vec(t);
                    if self.opts.deterministic {
                        pairs.sort_by(|a, b| key_order(a.0, b.0));
                    }
                    self.byte(tag::MAP);
                    self.u32(pairs.len() as u32);
                    for &(k, v) in pairs.iter().rev() {
                        work.push(Op::Term(v));
                        work.push(Op::Term(k));
                    }
                }
                Kind::Export => {
                    let e = code::export_entry(t);
                    self.byte(tag::EXPORT);
                    self.atom(e.module);
                    self.atom(e.function);
                    self.int(i64::from(e.arity));
                }
                Kind::Fun => self.fun(t, work),
                Kind::Ref => {
                    let ids = crate::hash::ref_numbers(t);
                    self.reference(super::local_node(), super::LOCAL_CREATION, &ids);
                }
                Kind::ExtRef => {
                    let (node, creation) = super::ext_ref_node(t);
                    let ids = super::ext_ref_numbers(t);
                    self.reference(node, creation, &ids);
                }
                Kind::ExtPid => {
                    let (node, n, s, c) = super::ext_pid_parts(t);
                    self.pid(node, n, s, c);
                }
                Kind::ExtPort => {
                    let (node, n, c) = super::ext_port_parts(t);
                    self.port(node, n, c);
                }
                // Not a term value (never reachable from a term a program holds).
                Kind::MatchCtx => self.byte(tag::NIL),
            }
        }
    }

    fn list(&mut self, t: Term, work: &mut Vec<Op>) {
        // A proper list of bytes shorter than 65536 elements is a STRING_EXT.
        let mut n: usize = 0;
        let mut is_string = true;
        let mut l = t;
        while let Some((h, tl)) = l.as_cons() {
            if is_string && !(h.as_small().is_some_and(|v| (0..=255).contains(&v)) && n < 0xFFFF) {
                is_string = false;
            }
            n += 1;
            l = tl;
        }
        if is_string && l.is_nil() {
            self.byte(tag::STRING);
            self.u16(n as u16);
            let mut l = t;
            while let Some((h, tl)) = l.as_cons() {
                self.byte(h.small_value() as u8);
                l = tl;
            }
            return;
        }
        self.byte(tag::LIST);
        self.u32(n as u32);
        work.push(Op::Term(l));
        let mut elems: Vec<Term> = Vec::with_capacity(n);
        let mut l = t;
        while let Some((h, tl)) = l.as_cons() {
            elems.push(h);
            l = tl;
        }
        for &e in elems.iter().rev() {
            work.push(Op::Term(e));
        }
    }

    fn fun(&mut self, t: Term, work: &mut Vec<Op>) {
        let f = code::closure_entry(t);
        let env = code::closure_env(t);
        self.byte(tag::NEW_FUN);
        let at = self.pos();
        self.u32(0); // size, patched when the environment is written
        self.byte(f.callable_arity() as u8);
        self.put(&module_md5(f));
        self.u32(f.index);
        self.u32(env.len() as u32);
        self.atom(f.module);
        self.int(i64::from(f.index));
        self.int(i64::from(f.old_uniq));
        let creator = self.creator;
        if creator.is_local_pid() {
            let (n, s) = crate::process::pid_parts(creator);
            self.pid(
                super::local_node(),
                n as u32,
                s as u32,
                super::LOCAL_CREATION,
            );
        } else {
            self.pid(super::local_node(), 0, 0, super::LOCAL_CREATION);
        }
        work.push(Op::PatchFunSize { at });
        for &x in env.iter().rev() {
            work.push(Op::Term(x));
        }
    }
}

/// Writes `bytes` at absolute position `at` of the stream made of `parts` then `out`.
fn patch(parts: &mut [Vec<u8>], out: &mut [u8], mut at: usize, bytes: &[u8]) {
    for &b in bytes {
        let mut pos = at;
        let mut done = false;
        for p in parts.iter_mut() {
            if pos < p.len() {
                p[pos] = b;
                done = true;
                break;
            }
            pos -= p.len();
        }
        if !done {
            if let Some(x) = out.get_mut(pos) {
                *x = b;
            }
        }
        at += 1;
    }
}

/// The MD5 of the module version that created a fun's entry (OTP's 16-byte fun `uniq`).
fn module_md5(f: &code::FunEntry) -> [u8; 16] {
    let m = code::module_of(f.code()).or_else(|| code::current(f.module));
    m.map(|m| m.md5).unwrap_or([0; 16])
}

/// `term_to_binary(T, Options)`. `creator` is the pid written into local funs.
pub fn encode(t: Term, opts: EncodeOptions, creator: Term) -> Vec<u8> {
    let mut e = Enc::new(opts, creator);
    e.byte(tag::VERSION);
    e.run(t);
    let raw = e.out;
    if opts.compression == 0 {
        return raw;
    }
    compress(raw, opts.compression)
}

/// OTP compresses everything after the version byte and keeps the result only when the
/// zlib stream fits in `uncompressed size - 6` bytes.
fn compress(raw: Vec<u8>, level: u8) -> Vec<u8> {
    let z = crate::zlib::compress(&raw[1..], level);
    if raw.len() < 6 || z.len() > raw.len() - 6 {
        return raw;
    }
    let mut out = Vec::with_capacity(6 + z.len());
    out.push(tag::VERSION);
    out.push(tag::COMPRESSED);
    out.extend_from_slice(&((raw.len() - 1) as u32).to_be_bytes());
    out.extend_from_slice(&z);
    out
}

/// A part of `term_to_iovec`'s result.
pub type IovecPart = Vec<u8>;

/// `term_to_iovec(T, Options)`: the encoding cut so that binaries of more than 64 bytes are
/// parts of their own. With compression OTP 25 returns one binary; `None` says so.
pub fn encode_iovec(t: Term, opts: EncodeOptions, creator: Term) -> Option<Vec<IovecPart>> {
    if opts.compression != 0 {
        return None;
    }
    let mut e = Enc::new(opts, creator);
    e.iovec = true;
    e.byte(tag::VERSION);
    e.run(t);
    let mut parts = e.parts;
    if !e.out.is_empty() {
        parts.push(e.out);
    }
    Some(parts)
}

/// `external_size(T, [{minor_version, V}])`: the size of the uncompressed encoding.
pub fn encoded_size(t: Term, minor_version: u8) -> usize {
    let opts = EncodeOptions {
        minor_version,
        ..EncodeOptions::default()
    };
    let mut e = Enc::new(opts, Term::NIL);
    e.count_only = true;
    e.byte(tag::VERSION);
    e.run(t);
    e.count
}
