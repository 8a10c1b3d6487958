//! `atomics` BIFs and the `erts_internal` functions behind `atomics:new/2` and `counters`.
//!
//! An array is a magic reference's object: 64-bit cells updated with atomic instructions, so
//! processes on any scheduler may share it. Values wrap at 64 bits; signed arrays read as
//! `i64`, unsigned ones as `u64`. The Erlang halves (`atomics:new/2`, `sub/3`, `sub_get/3`,
//! all of `counters`) are otp-lite modules written as OTP's, so errors carry OTP's frames.

use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::magic;
use crate::term::{integer_to_i128, make_i64, make_u64, Term};
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicU64, Ordering};

type A<'a> = &'a [Term];

/// The object of an atomics array.
pub struct Atomics {
    signed: bool,
    cells: Box<[AtomicU64]>,
}

/// The object of a `write_concurrency` counters array (plain atomic cells here: one
/// scheduler's increments are as cheap as OTP's per-scheduler slots, and reads need no
/// summing).
pub struct Counters {
    cells: Box<[AtomicU64]>,
}

/// The largest array OTP accepts (arity is limited to what fits in memory; this bound keeps
/// a bad argument from asking for terabytes).
const MAX_ARITY: i64 = 1 << 32;

fn new_cells(n: usize) -> Box<[AtomicU64]> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || AtomicU64::new(0));
    v.into_boxed_slice()
}

fn arity_arg(t: Term) -> Result<usize, Exception> {
    match t.as_small() {
        Some(n) if (1..=MAX_ARITY).contains(&n) => Ok(n as usize),
        _ => Err(Exception::badarg()),
    }
}

fn erts_atomics_new(p: &mut Process, a: A) -> BifResult {
    let n = arity_arg(a[0])?;
    let opts = a[1].as_small().ok_or_else(Exception::badarg)?;
    let obj = Atomics {
        signed: opts & 1 != 0,
        cells: new_cells(n),
    };
    Ok(magic::make_magic_ref(&mut p.heap, Box::new(obj)))
}

fn atomics_of<'a>(t: Term) -> Result<&'a Atomics, Exception> {
    magic::downcast::<Atomics>(t).ok_or_else(Exception::badarg)
}

fn cell(cells: &[AtomicU64], ix: Term) -> Result<&AtomicU64, Exception> {
    match ix.as_small() {
        Some(i) if i >= 1 && (i as usize) <= cells.len() => Ok(&cells[i as usize - 1]),
        _ => Err(Exception::badarg()),
    }
}

/// A value to store: it must fit the array's range.
fn value_arg(a: &Atomics, v: Term) -> Result<u64, Exception> {
    let v = integer_to_i128(v).ok_or_else(Exception::badarg)?;
    let ok = if a.signed {
        v >= i128::from(i64::MIN) && v <= i128::from(i64::MAX)
    } else {
        v >= 0 && v <= i128::from(u64::MAX)
    };
    if ok {
        Ok(v as u64)
    } else {
        Err(Exception::badarg())
    }
}

/// An increment: any 64-bit value, signed or unsigned (it wraps).
fn incr_arg(v: Term) -> Result<u64, Exception> {
    let v = integer_to_i128(v).ok_or_else(Exception::badarg)?;
    if v >= i128::from(i64::MIN) && v <= i128::from(u64::MAX) {
        Ok(v as u64)
    } else {
        Err(Exception::badarg())
    }
}

fn read(p: &mut Process, a: &Atomics, v: u64) -> Term {
    if a.signed {
        make_i64(&mut p.heap, v as i64)
    } else {
        make_u64(&mut p.heap, v)
    }
}

fn put3(_p: &mut Process, a: A) -> BifResult {
    let at = atomics_of(a[0])?;
    let c = cell(&at.cells, a[1])?;
    let v = value_arg(at, a[2])?;
    c.store(v, Ordering::SeqCst);
    Ok(Term::OK)
}

fn get2(p: &mut Process, a: A) -> BifResult {
    let at = atomics_of(a[0])?;
    let c = cell(&at.cells, a[1])?;
    let v = c.load(Ordering::SeqCst);
    Ok(read(p, at, v))
}

fn add3(_p: &mut Process, a: A) -> BifResult {
    let at = atomics_of(a[0])?;
    let c = cell(&at.cells, a[1])?;
    let d = incr_arg(a[2])?;
    c.fetch_add(d, Ordering::SeqCst);
    Ok(Term::OK)
}

fn add_get3(p: &mut Process, a: A) -> BifResult {
    let at = atomics_of(a[0])?;
    let c = cell(&at.cells, a[1])?;
    let d = incr_arg(a[2])?;
    let v = c.fetch_add(d, Ordering::SeqCst).wrapping_add(d);
    Ok(read(p, at, v))
}

fn exchange3(p: &mut Process, a: A) -> BifResult {
    let at = atomics_of(a[0])?;
    let c = cell(&at.cells, a[1])?;
    let v = value_arg(at, a[2])?;
    let old = c.swap(v, Ordering::SeqCst);
    Ok(read(p, at, old))
}

fn compare_exchange4(p: &mut Process, a: A) -> BifResult {
    let at = atomics_of(a[0])?;
    let c = cell(&at.cells, a[1])?;
    let expected = value_arg(at, a[2])?;
    let desired = value_arg(at, a[3])?;
    match c.compare_exchange(expected, desired, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(_) => Ok(Term::OK),
        Err(actual) => Ok(read(p, at, actual)),
    }
}

/// Bytes OTP reports for an array of `n` cells.
fn memory_bytes(n: usize) -> u64 {
    40 + 8 * n as u64
}

fn info1(p: &mut Process, a: A) -> BifResult {
    let at = atomics_of(a[0])?;
    let names = crate::ets::atoms::atoms();
    let n = at.cells.len();
    let (max, min) = if at.signed {
        (
            make_i64(&mut p.heap, i64::MAX),
            make_i64(&mut p.heap, i64::MIN),
        )
    } else {
        (make_u64(&mut p.heap, u64::MAX), Term::small(0))
    };
    let size = make_u64(&mut p.heap, n as u64);
    let mem = make_u64(&mut p.heap, memory_bytes(n));
    let size_atom = names.size;
    Ok(crate::map::from_pairs(
        &mut p.heap,
        &[
            (size_atom, size),
            (names.max, max),
            (names.min, min),
            (names.memory, mem),
        ],
    ))
}

// ---- write_concurrency counters ----

fn counters_of<'a>(t: Term) -> Result<&'a Counters, Exception> {
    magic::downcast::<Counters>(t).ok_or_else(Exception::badarg)
}

fn counters_new1(p: &mut Process, a: A) -> BifResult {
    let n = arity_arg(a[0])?;
    let obj = Counters {
        cells: new_cells(n),
    };
    Ok(magic::make_magic_ref(&mut p.heap, Box::new(obj)))
}

/// A counter value or increment: a signed 64-bit integer... or, as OTP accepts for
/// increments, an unsigned one (it wraps).
fn counter_incr(v: Term) -> Result<u64, Exception> {
    incr_arg(v)
}

fn counters_get2(p: &mut Process, a: A) -> BifResult {
    let c = counters_of(a[0])?;
    let v = cell(&c.cells, a[1])?.load(Ordering::SeqCst);
    Ok(make_i64(&mut p.heap, v as i64))
}

fn counters_add3(_p: &mut Process, a: A) -> BifResult {
    let c = counters_of(a[0])?;
    let x = cell(&c.cells, a[1])?;
    let d = counter_incr(a[2])?;
    x.fetch_add(d, Ordering::SeqCst);
    Ok(Term::OK)
}

fn counters_put3(_p: &mut Process, a: A) -> BifResult {
    let c = counters_of(a[0])?;
    let x = cell(&c.cells, a[1])?;
    let v = integer_to_i128(a[2])
        .filter(|&v| v >= i128::from(i64::MIN) && v <= i128::from(i64::MAX))
        .ok_or_else(Exception::badarg)?;
    x.store(v as u64, Ordering::SeqCst);
    Ok(Term::OK)
}

fn counters_info1(p: &mut Process, a: A) -> BifResult {
    let c = counters_of(a[0])?;
    let names = crate::ets::atoms::atoms();
    let n = c.cells.len();
    let size = make_u64(&mut p.heap, n as u64);
    let mem = make_u64(&mut p.heap, memory_bytes(n));
    Ok(crate::map::from_pairs(
        &mut p.heap,
        &[(names.size, size), (names.memory, mem)],
    ))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "atomics";
    "put", 3 => put3;
    "get", 2 => get2;
    "add", 3 => add3;
    "add_get", 3 => add_get3;
    "exchange", 3 => exchange3;
    "compare_exchange", 4 => compare_exchange4;
    "info", 1 => info1;
};

pub static ERTS_INTERNAL_BIFS: &[BifDef] = crate::bif_table! { "erts_internal";
    "atomics_new", 2 => erts_atomics_new;
    "counters_new", 1 => counters_new1;
    "counters_get", 2 => counters_get2;
    "counters_add", 3 => counters_add3;
    "counters_put", 3 => counters_put3;
    "counters_info", 1 => counters_info1;
};
