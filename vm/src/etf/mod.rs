//! The external term format as OTP 25 writes and reads it: `term_to_binary/1,2`,
//! `term_to_iovec/1,2`, `external_size/1,2` (`encode.rs`) and `binary_to_term/1,2`
//! (`decode.rs`), byte for byte as OTP for every term the VM can hold.
//!
//! This module also owns the heap layout of pids, ports and references of other nodes, which
//! only come into being by decoding:
//! - `ExtPid`: `[node atom, number, serial, creation]`
//! - `ExtPort`: `[node atom, number (64 bits), creation]`
//! - `ExtRef`: `[node atom, creation, count, id0, id1, ...]` (one 32-bit id a word)
//!
//! The local node is `nonode@nohost` with creation 0, as in a non-distributed OTP node.

pub mod decode;
pub mod encode;

pub use decode::{decode, DecodeError, DecodeOptions};
pub use encode::{encode, encode_iovec, encoded_size, EncodeOptions, IovecPart};

use crate::atom::Atom;
use crate::heap::Heap;
use crate::term::{Kind, Term};
use core::cmp::Ordering;

/// Tags of the external term format.
pub mod tag {
    pub const VERSION: u8 = 131;
    pub const COMPRESSED: u8 = 80;
    pub const NEW_FLOAT: u8 = 70;
    pub const BIT_BINARY: u8 = 77;
    pub const NEW_PID: u8 = 88;
    pub const NEW_PORT: u8 = 89;
    pub const NEWER_REFERENCE: u8 = 90;
    pub const SMALL_INTEGER: u8 = 97;
    pub const INTEGER: u8 = 98;
    pub const FLOAT: u8 = 99;
    pub const ATOM: u8 = 100;
    pub const REFERENCE: u8 = 101;
    pub const PORT: u8 = 102;
    pub const PID: u8 = 103;
    pub const SMALL_TUPLE: u8 = 104;
    pub const LARGE_TUPLE: u8 = 105;
    pub const NIL: u8 = 106;
    pub const STRING: u8 = 107;
    pub const LIST: u8 = 108;
    pub const BINARY: u8 = 109;
    pub const SMALL_BIG: u8 = 110;
    pub const LARGE_BIG: u8 = 111;
    pub const NEW_FUN: u8 = 112;
    pub const EXPORT: u8 = 113;
    pub const NEW_REFERENCE: u8 = 114;
    pub const SMALL_ATOM: u8 = 115;
    pub const MAP: u8 = 116;
    pub const ATOM_UTF8: u8 = 118;
    pub const SMALL_ATOM_UTF8: u8 = 119;
    pub const V4_PORT: u8 = 120;
}

/// The local node's name.
pub const LOCAL_NODE: &str = "nonode@nohost";
/// The local node's creation.
pub const LOCAL_CREATION: u32 = 0;

pub fn local_node() -> Atom {
    crate::atom::NONODE
}

// ---- external pids, ports and references ----

fn ext_node(t: Term) -> Atom {
    Term::from_raw(t.boxed_word(1)).atom_value()
}

/// Node, number, serial and creation of an external pid.
pub fn ext_pid_parts(t: Term) -> (Atom, u32, u32, u32) {
    (
        ext_node(t),
        t.boxed_word(2) as u32,
        t.boxed_word(3) as u32,
        t.boxed_word(4) as u32,
    )
}

pub fn ext_pid_number(t: Term) -> u32 {
    t.boxed_word(2) as u32
}

pub fn make_ext_pid(heap: &mut Heap, node: Atom, number: u32, serial: u32, creation: u32) -> Term {
    let p = heap.boxed(Kind::ExtPid, 4);
    // SAFETY: four payload words, all written.
    unsafe {
        *p.add(1) = Term::atom(node).raw();
        *p.add(2) = u64::from(number);
        *p.add(3) = u64::from(serial);
        *p.add(4) = u64::from(creation);
    }
    Term::make_boxed(p)
}

/// Node, number and creation of an external port.
pub fn ext_port_parts(t: Term) -> (Atom, u64, u32) {
    (ext_node(t), t.boxed_word(2), t.boxed_word(3) as u32)
}

pub fn ext_port_number(t: Term) -> u64 {
    t.boxed_word(2)
}

pub fn make_ext_port(heap: &mut Heap, node: Atom, number: u64, creation: u32) -> Term {
    let p = heap.boxed(Kind::ExtPort, 3);
    // SAFETY: three payload words, all written.
    unsafe {
        *p.add(1) = Term::atom(node).raw();
        *p.add(2) = number;
        *p.add(3) = u64::from(creation);
    }
    Term::make_boxed(p)
}

/// Node and creation of an external reference.
pub fn ext_ref_node(t: Term) -> (Atom, u32) {
    (ext_node(t), t.boxed_word(2) as u32)
}

/// The ids of an external reference, `id0` first.
pub fn ext_ref_numbers(t: Term) -> alloc::vec::Vec<u32> {
    let n = (t.boxed_word(3) as usize).min(t.header().arity().saturating_sub(3));
    (0..n).map(|i| t.boxed_word(4 + i) as u32).collect()
}

pub fn make_ext_ref(heap: &mut Heap, node: Atom, creation: u32, ids: &[u32]) -> Term {
    let p = heap.boxed(Kind::ExtRef, 3 + ids.len());
    // SAFETY: 3 + ids.len() payload words, all written.
    unsafe {
        *p.add(1) = Term::atom(node).raw();
        *p.add(2) = u64::from(creation);
        *p.add(3) = ids.len() as u64;
        for (i, &id) in ids.iter().enumerate() {
            *p.add(4 + i) = u64::from(id);
        }
    }
    Term::make_boxed(p)
}

/// A local reference from its three ids (`id0` has at most 18 bits in OTP).
pub fn make_local_ref(heap: &mut Heap, ids: [u32; 3]) -> Term {
    let p = heap.boxed(Kind::Ref, 2);
    // SAFETY: two payload words, as `make_ref` lays them out: word 1 holds ids 1 and 2,
    // word 2 id 0.
    unsafe {
        *p.add(1) = u64::from(ids[1]) | (u64::from(ids[2]) << 32);
        *p.add(2) = u64::from(ids[0]);
    }
    Term::make_boxed(p)
}

/// Node name, creation, number and serial of any pid (local ones on `nonode@nohost`).
fn pid_key(t: Term) -> (&'static str, u32, u64, u64) {
    if t.is_local_pid() {
        let (n, s) = crate::process::pid_parts(t);
        (LOCAL_NODE, LOCAL_CREATION, n, s)
    } else {
        let (node, n, s, c) = ext_pid_parts(t);
        (node.name(), c, u64::from(n), u64::from(s))
    }
}

fn port_key(t: Term) -> (&'static str, u32, u64) {
    if t.is_local_port() {
        (LOCAL_NODE, LOCAL_CREATION, t.port_value())
    } else {
        let (node, n, c) = ext_port_parts(t);
        (node.name(), c, n)
    }
}

/// Term order between two pids of which at least one is external: node, then creation,
/// then number and serial. Equal exactly when all parts are equal.
pub fn compare_pids(a: Term, b: Term) -> Ordering {
    let (na, ca, xa, sa) = pid_key(a);
    let (nb, cb, xb, sb) = pid_key(b);
    na.cmp(nb)
        .then(ca.cmp(&cb))
        .then(sa.cmp(&sb))
        .then(xa.cmp(&xb))
}

/// Term order between two ports of which at least one is external.
pub fn compare_ports(a: Term, b: Term) -> Ordering {
    let (na, ca, xa) = port_key(a);
    let (nb, cb, xb) = port_key(b);
    na.cmp(nb).then(ca.cmp(&cb)).then(xa.cmp(&xb))
}
