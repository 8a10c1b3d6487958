//! OTP's portable term hashes: `erlang:phash2/1,2` (`make_hash2`, Bob Jenkins' mix over the
//! term's structure) and `erlang:phash/2` (`make_hash`, the older multiplicative hash), with
//! the values OTP 25 gives on a 64-bit machine (atoms by `term::hash::atom_hash`, their text hash).
//! Also MD5 (`md5.rs`).
//!
//! Both walk the term with an explicit work stack, so deep terms cannot exhaust the Rust stack.
//! Pids, ports and references hash their local numbers as OTP does (those numbers are
//! node-dependent, so their hashes match OTP only for equal numbers).

pub mod md5;

use crate::binary;
use crate::code;
use crate::term::hash::{
    atom_hash, block_hash, hash_1, hash_2, hash_byte_run, HCONST, HCONST_10, HCONST_11, HCONST_12,
    HCONST_13, HCONST_14, HCONST_15, HCONST_16, HCONST_19, HCONST_2, HCONST_3, HCONST_4, HCONST_5,
    HCONST_6, HCONST_7, HCONST_9,
};
use crate::term::{Kind, Term};
use alloc::vec::Vec;

fn atom_hvalue(t: Term) -> u32 {
    atom_hash(t.atom_value())
}

// ---- make_hash2 (phash2) ----

/// OTP's tag number for `[]` (`NIL_DEF`), which `make_hash2` mixes in.
const NIL_DEF: u32 = 2;

/// Work items of `make_hash2`.
enum Op2 {
    Term(Term),
    /// End of a map's pairs: restore the outer hash and mix in the pairs' xor.
    MapTail {
        hash: u32,
        xor: u32,
    },
    /// End of one key-value pair.
    MapPair,
}

/// The bytes of a bitstring: whole bytes and the trailing bits (left-aligned) with their count.
fn bitstring_content(t: Term) -> (Vec<u8>, u8, usize) {
    let Some(b) = binary::bitstring(t) else {
        return (Vec::new(), 0, 0);
    };
    let (tail, n) = b.tail_bits();
    (b.to_bytes(), tail, n)
}

/// `make_hash2` of a term: the value behind `erlang:phash2/1,2`.
pub fn phash2(term: Term) -> u32 {
    let mut hash: u32 = 0;
    let mut xor_pairs: u32 = 0;
    let mut stack: Vec<Op2> = Vec::new();
    let mut next = Some(term);
    loop {
        if let Some(t) = next.take() {
            // Each arm either hands the next term over through `next` or falls through to
            // popping the stack (OTP's `hash2_common`).
            if t.is_list() {
                let run = hash_byte_run(hash, t);
                hash = run.hash;
                if run.count > 0 {
                    hash = hash_1(hash, run.partial, HCONST_4);
                }
                if run.rest.is_list() {
                    stack.push(Op2::Term(run.rest.tail()));
                    next = Some(run.rest.head());
                } else {
                    next = Some(run.rest);
                }
                continue;
            } else if t.is_small() {
                let x = t.small_value();
                if (-(1i64 << 27)..(1i64 << 27)).contains(&x) {
                    let y = x as i32;
                    if y < 0 {
                        hash = hash_1(hash, y.wrapping_neg() as u32, HCONST);
                    }
                    hash = hash_1(hash, y as u32, HCONST);
                } else {
                    let (con, m) = if x < 0 {
                        (HCONST_10, x.unsigned_abs())
                    } else {
                        (HCONST_11, x as u64)
                    };
                    hash = hash_2(hash, m as u32, (m >> 32) as u32, con);
                }
            } else if t.is_atom() {
                let hv = atom_hvalue(t);
                hash = if hash == 0 {
                    hv
                } else {
                    hash_1(hash, hv, HCONST_3)
                };
            } else if t.is_nil() {
                hash = if hash == 0 {
                    3_468_870_702
                } else {
                    hash_1(hash, NIL_DEF, HCONST_2)
                };
            } else if t.is_local_pid() {
                hash = hash_1(hash, crate::process::pid_parts(t).0 as u32, HCONST_5);
            } else if t.is_local_port() {
                let n = t.port_value();
                hash = hash_2(hash, n as u32, (n >> 32) as u32, HCONST_6);
            } else if t.is_boxed() {
                match t.header().kind() {
                    Kind::Tuple => {
                        let e = t.tuple_elems();
                        hash = hash_1(hash, e.len() as u32, HCONST_9);
                        if !e.is_empty() {
                            for &x in e[1..].iter().rev() {
                                stack.push(Op2::Term(x));
                            }
                            next = Some(e[0]);
                            continue;
                        }
                    }
                    Kind::FlatMap | Kind::HamtNode => {
                        let pairs = crate::map::to_vec(t);
                        hash = hash_1(hash, pairs.len() as u32, HCONST_16);
                        if !pairs.is_empty() {
                            stack.push(Op2::MapTail {
                                hash,
                                xor: xor_pairs,
                            });
                            hash = 0;
                            xor_pairs = 0;
                            for &(k, v) in pairs.iter().rev() {
                                stack.push(Op2::MapPair);
                                stack.push(Op2::Term(v));
                                stack.push(Op2::Term(k));
                            }
                        }
                    }
                    Kind::Fun => {
                        let f = code::closure_entry(t);
                        let env = code::closure_env(t);
                        let hv = atom_hash(f.module);
                        hash = hash_2(hash, env.len() as u32, hv, HCONST);
                        hash = hash_2(hash, f.index, f.old_uniq, HCONST);
                        if let Some((&first, rest)) = env.split_first() {
                            for &x in rest.iter().rev() {
                                stack.push(Op2::Term(x));
                            }
                            next = Some(first);
                            continue;
                        }
                    }
                    Kind::Export => {
                        let e = code::export_entry(t);
                        let hm = atom_hash(e.module);
                        let hf = atom_hash(e.function);
                        hash = hash_2(hash, e.arity, hm, HCONST);
                        hash = hash_1(hash, hf, HCONST_14);
                    }
                    Kind::HeapBin | Kind::ProcBin | Kind::SubBin => {
                        let (bytes, tail, nbits) = bitstring_content(t);
                        // Sizes are truncated to 32 bits, as OTP does for compatibility.
                        let sz = bytes.len() & 0xFFFF_FFFF;
                        let con = HCONST_13.wrapping_add(hash);
                        if sz == 0 && nbits == 0 {
                            hash = con;
                        } else {
                            hash = block_hash(&bytes[..sz], con);
                            if nbits > 0 {
                                hash = hash_2(
                                    hash,
                                    nbits as u32,
                                    u32::from(tail >> (8 - nbits)),
                                    HCONST_15,
                                );
                            }
                        }
                    }
                    Kind::PosBig | Kind::NegBig => {
                        let (neg, limbs) = t.bignum_parts();
                        let con = if neg { HCONST_10 } else { HCONST_11 };
                        for &d in limbs {
                            hash = hash_2(hash, d as u32, (d >> 32) as u32, con);
                        }
                    }
                    Kind::Float => {
                        let mut f = t.float_value();
                        if f == 0.0 {
                            f = 0.0; // -0.0 hashes as 0.0
                        }
                        let bits = f.to_bits();
                        hash = hash_2(hash, (bits >> 32) as u32, bits as u32, HCONST_12);
                    }
                    Kind::Ref => {
                        hash = hash_1(hash, ref_numbers(t)[0], HCONST_7);
                    }
                    Kind::ExtRef => {
                        hash = hash_1(hash, ref_numbers(t).first().copied().unwrap_or(0), HCONST_7);
                    }
                    Kind::ExtPid => {
                        hash = hash_1(hash, crate::etf::ext_pid_number(t), HCONST_5);
                    }
                    Kind::ExtPort => {
                        let n = crate::etf::ext_port_number(t);
                        hash = hash_2(hash, n as u32, (n >> 32) as u32, HCONST_6);
                    }
                    Kind::MatchCtx => {}
                }
            }
        }
        // hash2_common: continue with the next pending item.
        match stack.pop() {
            None => return hash,
            Some(Op2::Term(t)) => next = Some(t),
            Some(Op2::MapPair) => {
                xor_pairs ^= hash;
                hash = 0;
            }
            Some(Op2::MapTail { hash: h, xor }) => {
                hash = hash_1(h, xor_pairs, HCONST_19);
                xor_pairs = xor;
            }
        }
    }
}

/// The 32-bit numbers of a reference as OTP orders them (`ref_numbers[0]` first).
pub fn ref_numbers(t: Term) -> Vec<u32> {
    match t.header().kind() {
        Kind::Ref => {
            let (w1, w2) = (t.boxed_word(1), t.boxed_word(2));
            alloc::vec![w2 as u32, w1 as u32, (w1 >> 32) as u32]
        }
        Kind::ExtRef => crate::etf::ext_ref_numbers(t),
        _ => Vec::new(),
    }
}

// ---- make_hash (phash) ----

const FUNNY_NUMBER1: u32 = 268_440_163;
const FUNNY_NUMBER2: u32 = 268_439_161;
const FUNNY_NUMBER3: u32 = 268_435_459;
const FUNNY_NUMBER4: u32 = 268_436_141;
const FUNNY_NUMBER5: u32 = 268_438_633;
const FUNNY_NUMBER6: u32 = 268_437_017;
const FUNNY_NUMBER8: u32 = 268_437_511;
const FUNNY_NUMBER9: u32 = 268_439_627;
const FUNNY_NUMBER10: u32 = 268_440_479;
const FUNNY_NUMBER11: u32 = 268_440_577;
const FUNNY_NUMBER12: u32 = 268_440_581;
const FUNNY_NUMBER13: u32 = 268_440_593;
const FUNNY_NUMBER14: u32 = 268_440_611;

/// `UINT32_HASH_STEP`: the four bytes of `x`, least significant first.
#[inline(always)]
fn step(hash: u32, x: u32, p: u32) -> u32 {
    let mut h = hash;
    for i in 0..4 {
        h = h.wrapping_mul(p).wrapping_add((x >> (8 * i)) & 0xFF);
    }
    h
}

enum Op1 {
    Term(Term),
    /// The rest of a list after its head: another cell, or the tail that ends it.
    ListTail(Term),
    /// After a list's final tail.
    CdrPost,
    TupleEnd(u32),
}

/// `make_hash` of a term: the value behind `erlang:phash/2`.
pub fn phash(term: Term) -> u32 {
    let mut hash: u32 = 0;
    let mut stack: Vec<Op1> = Vec::new();
    let mut op = Op1::Term(term);
    loop {
        match op {
            Op1::ListTail(t) if !t.is_list() => {
                stack.push(Op1::CdrPost);
                op = Op1::Term(t);
                continue;
            }
            Op1::ListTail(t) | Op1::Term(t) if t.is_list() => {
                let mut cell = t;
                loop {
                    match cell.head().as_small().filter(|v| (0..=255).contains(v)) {
                        Some(b) => {
                            hash = hash.wrapping_mul(FUNNY_NUMBER2).wrapping_add(b as u32);
                            let tl = cell.tail();
                            if !tl.is_list() {
                                stack.push(Op1::CdrPost);
                                op = Op1::Term(tl);
                                break;
                            }
                            cell = tl;
                        }
                        None => {
                            stack.push(Op1::ListTail(cell.tail()));
                            op = Op1::Term(cell.head());
                            break;
                        }
                    }
                }
                continue;
            }
            Op1::ListTail(_) => {}
            Op1::CdrPost => hash = hash.wrapping_mul(FUNNY_NUMBER8),
            Op1::TupleEnd(arity) => {
                hash = hash.wrapping_mul(FUNNY_NUMBER9).wrapping_add(arity);
            }
            Op1::Term(t) => {
                if t.is_nil() {
                    hash = hash.wrapping_mul(FUNNY_NUMBER3).wrapping_add(1);
                } else if t.is_atom() {
                    hash = hash
                        .wrapping_mul(FUNNY_NUMBER1)
                        .wrapping_add(atom_hvalue(t));
                } else if t.is_small() {
                    let y = t.small_value();
                    let m = y.unsigned_abs();
                    hash = step(hash, m as u32, FUNNY_NUMBER2);
                    if m >> 32 != 0 {
                        hash = step(hash, (m >> 32) as u32, FUNNY_NUMBER2);
                    }
                    hash = hash.wrapping_mul(if y < 0 { FUNNY_NUMBER4 } else { FUNNY_NUMBER3 });
                } else if t.is_local_pid() {
                    hash = step(hash, crate::process::pid_parts(t).0 as u32, FUNNY_NUMBER5)
                        .wrapping_mul(FUNNY_NUMBER6);
                } else if t.is_local_port() {
                    hash = step(hash, t.port_value() as u32, FUNNY_NUMBER9)
                        .wrapping_mul(FUNNY_NUMBER10);
                } else if t.is_boxed() {
                    match t.header().kind() {
                        Kind::Tuple => {
                            let e = t.tuple_elems();
                            stack.push(Op1::TupleEnd(e.len() as u32));
                            for &x in e.iter().rev() {
                                stack.push(Op1::Term(x));
                            }
                        }
                        Kind::HeapBin | Kind::ProcBin | Kind::SubBin => {
                            let (bytes, tail, nbits) = bitstring_content(t);
                            for &b in &bytes {
                                hash = hash.wrapping_mul(FUNNY_NUMBER1).wrapping_add(u32::from(b));
                            }
                            if nbits > 0 {
                                let b = u32::from(tail >> (8 - nbits));
                                hash = hash
                                    .wrapping_mul(FUNNY_NUMBER1)
                                    .wrapping_add(b)
                                    .wrapping_mul(FUNNY_NUMBER12)
                                    .wrapping_add(nbits as u32);
                            }
                            hash = hash
                                .wrapping_mul(FUNNY_NUMBER4)
                                .wrapping_add(bytes.len() as u32);
                        }
                        Kind::Export => {
                            let e = code::export_entry(t);
                            hash = hash.wrapping_mul(FUNNY_NUMBER11).wrapping_add(e.arity);
                            hash = hash
                                .wrapping_mul(FUNNY_NUMBER1)
                                .wrapping_add(atom_hash(e.module));
                            hash = hash
                                .wrapping_mul(FUNNY_NUMBER1)
                                .wrapping_add(atom_hash(e.function));
                        }
                        Kind::Fun => {
                            let f = code::closure_entry(t);
                            let env = code::closure_env(t);
                            hash = hash
                                .wrapping_mul(FUNNY_NUMBER10)
                                .wrapping_add(env.len() as u32);
                            hash = hash
                                .wrapping_mul(FUNNY_NUMBER1)
                                .wrapping_add(atom_hash(f.module));
                            hash = hash.wrapping_mul(FUNNY_NUMBER2).wrapping_add(f.index);
                            hash = hash.wrapping_mul(FUNNY_NUMBER2).wrapping_add(f.old_uniq);
                            for &x in env.iter().rev() {
                                stack.push(Op1::Term(x));
                            }
                        }
                        Kind::Ref | Kind::ExtRef => {
                            let n = ref_numbers(t).first().copied().unwrap_or(0);
                            hash = step(hash, n, FUNNY_NUMBER9).wrapping_mul(FUNNY_NUMBER10);
                        }
                        Kind::ExtPid => {
                            hash = step(hash, crate::etf::ext_pid_number(t), FUNNY_NUMBER5)
                                .wrapping_mul(FUNNY_NUMBER6);
                        }
                        Kind::ExtPort => {
                            let n = crate::etf::ext_port_number(t);
                            hash = step(hash, n as u32, FUNNY_NUMBER9).wrapping_mul(FUNNY_NUMBER10);
                        }
                        Kind::Float => {
                            let mut f = t.float_value();
                            if f == 0.0 {
                                f = 0.0;
                            }
                            let bits = f.to_bits();
                            hash = hash
                                .wrapping_mul(FUNNY_NUMBER6)
                                .wrapping_add((bits as u32) ^ ((bits >> 32) as u32));
                        }
                        Kind::PosBig | Kind::NegBig => {
                            let (neg, limbs) = t.bignum_parts();
                            if let Some((&last, rest)) = limbs.split_last() {
                                for &d in rest {
                                    for i in 0..8 {
                                        hash = hash
                                            .wrapping_mul(FUNNY_NUMBER2)
                                            .wrapping_add(((d >> (8 * i)) & 0xff) as u32);
                                    }
                                }
                                let k = if last >> 32 == 0 { 4 } else { 8 };
                                for i in 0..k {
                                    hash = hash
                                        .wrapping_mul(FUNNY_NUMBER2)
                                        .wrapping_add(((last >> (8 * i)) & 0xff) as u32);
                                }
                            }
                            hash =
                                hash.wrapping_mul(if neg { FUNNY_NUMBER4 } else { FUNNY_NUMBER3 });
                        }
                        Kind::FlatMap | Kind::HamtNode => {
                            hash = hash
                                .wrapping_mul(FUNNY_NUMBER13)
                                .wrapping_add(FUNNY_NUMBER14)
                                .wrapping_add(phash2(t));
                        }
                        Kind::MatchCtx => {}
                    }
                }
            }
        }
        match stack.pop() {
            None => return hash,
            Some(o) => op = o,
        }
    }
}

#[cfg(test)]
mod tests;
