//! `term_to_binary`: the external term format as OTP 25 writes it (decoding is
//! `loader::etf`, turned into heap terms by `code::literal::build`).

use crate::atom::Atom;
use crate::binary;
use crate::code;
use crate::term::{Kind, Term};
use alloc::vec::Vec;

/// Encoding options of `term_to_binary/2`.
#[derive(Copy, Clone, Debug)]
pub struct Options {
    /// 0: floats as 31-byte text; 1 (default): 8-byte floats; 2: atoms always UTF-8.
    pub minor_version: u8,
}

impl Default for Options {
    fn default() -> Self {
        Options { minor_version: 1 }
    }
}

/// Encodes `t` (version byte included). Deep terms use an explicit work list.
pub fn encode(t: Term, opts: Options) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    out.push(131);
    let mut work: Vec<Term> = alloc::vec![t];
    while let Some(t) = work.pop() {
        encode_one(&mut out, t, opts, &mut work);
    }
    out
}

fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}
fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn encode_atom(out: &mut Vec<u8>, a: Atom, opts: Options) {
    let name = a.name();
    let latin1 = opts.minor_version < 2 && name.chars().all(|c| (c as u32) < 256);
    if latin1 {
        let bytes: Vec<u8> = name.chars().map(|c| c as u32 as u8).collect();
        out.push(100);
        put_u16(out, bytes.len() as u16);
        out.extend_from_slice(&bytes);
    } else {
        let b = name.as_bytes();
        if b.len() < 256 {
            out.push(119);
            out.push(b.len() as u8);
        } else {
            out.push(118);
            put_u16(out, b.len() as u16);
        }
        out.extend_from_slice(b);
    }
}

fn encode_int_i64(out: &mut Vec<u8>, v: i64) {
    if (0..=255).contains(&v) {
        out.push(97);
        out.push(v as u8);
    } else if v >= i64::from(i32::MIN) && v <= i64::from(i32::MAX) {
        out.push(98);
        out.extend_from_slice(&(v as i32).to_be_bytes());
    } else {
        encode_big(out, v < 0, &[v.unsigned_abs()]);
    }
}

fn encode_big(out: &mut Vec<u8>, neg: bool, limbs: &[u64]) {
    let mut bytes: Vec<u8> = Vec::with_capacity(limbs.len() * 8);
    for l in limbs {
        bytes.extend_from_slice(&l.to_le_bytes());
    }
    while bytes.last() == Some(&0) {
        bytes.pop();
    }
    if bytes.len() < 256 {
        out.push(110);
        out.push(bytes.len() as u8);
    } else {
        out.push(111);
        put_u32(out, bytes.len() as u32);
    }
    out.push(u8::from(neg));
    out.extend_from_slice(&bytes);
}

/// A proper list of small integers 0..=255 shorter than 65536 elements, as bytes.
fn as_string(mut l: Term) -> Option<Vec<u8>> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        let c = h.as_small().filter(|c| (0..=255).contains(c))?;
        v.push(c as u8);
        if v.len() >= 65536 {
            return None;
        }
        l = t;
    }
    if l.is_nil() {
        Some(v)
    } else {
        None
    }
}

fn encode_one(out: &mut Vec<u8>, t: Term, opts: Options, work: &mut Vec<Term>) {
    if t.is_small() {
        encode_int_i64(out, t.small_value());
    } else if t.is_atom() {
        encode_atom(out, t.atom_value(), opts);
    } else if t.is_nil() {
        out.push(106);
    } else if t.is_list() {
        if let Some(s) = as_string(t) {
            out.push(107);
            put_u16(out, s.len() as u16);
            out.extend_from_slice(&s);
            return;
        }
        let mut elems = Vec::new();
        let mut l = t;
        while let Some((h, tl)) = l.as_cons() {
            elems.push(h);
            l = tl;
        }
        out.push(108);
        put_u32(out, elems.len() as u32);
        work.push(l);
        for &e in elems.iter().rev() {
            work.push(e);
        }
    } else if t.is_local_pid() {
        out.push(88);
        encode_atom(out, crate::atom::NONODE, opts);
        let (n, s) = crate::process::pid_parts(t);
        put_u32(out, n as u32);
        put_u32(out, s as u32);
        put_u32(out, 0);
    } else if t.is_local_port() {
        out.push(89);
        encode_atom(out, crate::atom::NONODE, opts);
        put_u32(out, t.port_value() as u32);
        put_u32(out, 0);
    } else if t.is_boxed() {
        match t.header().kind() {
            Kind::Tuple => {
                let e = t.tuple_elems();
                if e.len() < 256 {
                    out.push(104);
                    out.push(e.len() as u8);
                } else {
                    out.push(105);
                    put_u32(out, e.len() as u32);
                }
                for &x in e.iter().rev() {
                    work.push(x);
                }
            }
            Kind::PosBig | Kind::NegBig => {
                let (neg, limbs) = t.bignum_parts();
                encode_big(out, neg, limbs);
            }
            Kind::Float => {
                let f = t.float_value();
                if opts.minor_version == 0 {
                    out.push(99);
                    let s = crate::float::format_scientific(f, 20);
                    let mut b = [0u8; 31];
                    for (i, c) in s.bytes().take(31).enumerate() {
                        b[i] = c;
                    }
                    out.extend_from_slice(&b);
                } else {
                    out.push(70);
                    out.extend_from_slice(&f.to_bits().to_be_bytes());
                }
            }
            Kind::HeapBin | Kind::ProcBin | Kind::SubBin => {
                let Some(b) = binary::bitstring(t) else {
                    return;
                };
                let bytes = b.to_bytes();
                let (tail, n) = b.tail_bits();
                if n == 0 {
                    out.push(109);
                    put_u32(out, bytes.len() as u32);
                    out.extend_from_slice(&bytes);
                } else {
                    out.push(77);
                    put_u32(out, bytes.len() as u32 + 1);
                    out.push(n as u8);
                    out.extend_from_slice(&bytes);
                    out.push(tail);
                }
            }
            Kind::FlatMap | Kind::HamtNode => {
                let pairs = crate::map::to_vec(t);
                out.push(116);
                put_u32(out, pairs.len() as u32);
                for &(k, v) in pairs.iter().rev() {
                    work.push(v);
                    work.push(k);
                }
            }
            Kind::Export => {
                let e = code::export_entry(t);
                out.push(113);
                encode_atom(out, e.module, opts);
                encode_atom(out, e.function, opts);
                encode_int_i64(out, i64::from(e.arity));
            }
            Kind::Fun => {
                let f = code::closure_entry(t);
                let env = code::closure_env(t);
                // NEW_FUN_EXT: the size is patched once the free variables are written; they
                // are encoded inline here (not through the work list) to know the end.
                let start = out.len();
                out.push(112);
                put_u32(out, 0);
                out.push(f.callable_arity() as u8);
                out.extend_from_slice(&[0u8; 16]);
                put_u32(out, f.index);
                put_u32(out, env.len() as u32);
                encode_atom(out, f.module, opts);
                encode_int_i64(out, i64::from(f.index));
                encode_int_i64(out, i64::from(f.old_uniq));
                // creator pid: the encoding process is not known here; a local pid 0
                out.push(88);
                encode_atom(out, crate::atom::NONODE, opts);
                put_u32(out, 0);
                put_u32(out, 0);
                put_u32(out, 0);
                for &v in env {
                    let mut w: Vec<Term> = alloc::vec![v];
                    while let Some(x) = w.pop() {
                        encode_one(out, x, opts, &mut w);
                    }
                }
                let size = (out.len() - start - 1) as u32;
                out[start + 1..start + 5].copy_from_slice(&size.to_be_bytes());
            }
            Kind::Ref => {
                out.push(90);
                put_u16(out, 3);
                encode_atom(out, crate::atom::NONODE, opts);
                put_u32(out, 0);
                let (w1, w2) = (t.boxed_word(1), t.boxed_word(2));
                put_u32(out, (w2 & 0x3FFFF) as u32);
                put_u32(out, w1 as u32);
                put_u32(out, (w1 >> 32) as u32);
            }
            Kind::MatchCtx | Kind::ExtPid | Kind::ExtPort | Kind::ExtRef => {
                out.push(106);
            }
        }
    }
}
