//! Native functions (BIFs) and their registry.
//!
//! A BIF is `fn(&mut Process, &[Term]) -> BifResult`. It reads its arguments from the slice,
//! allocates through `p.heap` (allocation never collects, so every term it holds stays valid
//! for the whole call), and returns `Ok(term)` or `Err(Exception)`: `Exception::badarg()`,
//! `Exception::error_tuple(p, atom::BADKEY, k)`, ... The interpreter adds the stack frame
//! (`{M,F,Args,[{error_info,...}]}` for BIF errors, as OTP 25 does).
//!
//! Register a BIF by adding it to a module table (`erlang::BIFS`, ...) listed in
//! `TABLES`. A function that is not registered is undefined (`undef` when called).

pub mod arith;
pub mod atomics;
pub mod atoms;
pub mod binary;
pub mod code;
pub mod console;
pub mod convert;
pub mod erlang;
pub mod etf;
pub mod ets;
pub mod iolist;
pub mod listops;
pub mod lists;
pub mod maps;
pub mod math;
pub mod misc;
pub mod os;
pub mod otp_bifs;
pub mod pdict;
pub mod persistent_term;
pub mod process;
pub mod re;
pub mod time;
pub mod tuples;
pub mod unicode;

use crate::atom::Atom;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use spin::{Once, RwLock};

/// `Err(badarg)`: what a BIF answers to an argument it refuses.
pub(crate) fn badarg<T>() -> Result<T, Exception> {
    Err(Exception::badarg())
}

/// A two-element tuple argument (a `{Name, Value}` option, a key-value pair), or badarg.
pub(crate) fn pair_arg(t: Term) -> Result<[Term; 2], Exception> {
    match t.as_tuple() {
        Some(&[a, b]) => Ok([a, b]),
        _ => Err(Exception::badarg()),
    }
}

/// A native function.
pub type BifFn = fn(&mut Process, &[Term]) -> BifResult;

/// A registered native function.
pub struct BifDef {
    pub module: &'static str,
    pub name: &'static str,
    pub arity: u32,
    pub f: BifFn,
}

/// All BIF tables. The first entries get the small indexes that compact instructions use,
/// so guard BIFs come first.
static TABLES: &[&[BifDef]] = &[
    erlang::GUARD_BIFS,
    etf::BIFS,
    etf::ZLIB_BIFS,
    erlang::BIFS,
    arith::BIFS,
    lists::BIFS,
    maps::BIFS,
    maps::ERTS_INTERNAL_BIFS,
    math::BIFS,
    atoms::BIFS,
    convert::BIFS,
    convert::STRING_BIFS,
    tuples::BIFS,
    listops::BIFS,
    iolist::BIFS,
    unicode::BIFS,
    unicode::IO_BIFS,
    binary::BIFS,
    time::BIFS,
    time::OS_BIFS,
    process::BIFS,
    process::GC_BIFS,
    misc::BIFS,
    pdict::BIFS,
    ets::BIFS,
    ets::ERLANG_BIFS,
    persistent_term::BIFS,
    atomics::BIFS,
    atomics::ERTS_INTERNAL_BIFS,
    os::BIFS,
    os::FILE_BIFS,
    re::BIFS,
    console::BIFS,
    code::BIFS,
    code::PURGER_BIFS,
    code::BEAMOS_BIFS,
];

struct Registry {
    by_mfa: BTreeMap<(Atom, Atom, u32), u16>,
    defs: Vec<&'static BifDef>,
}

static REGISTRY: Once<Registry> = Once::new();
/// Placeholders for BIFs that instructions use but nobody implements (indexes from
/// `EXTRA_BASE`).
static EXTRA: RwLock<Vec<&'static BifDef>> = RwLock::new(Vec::new());
const EXTRA_BASE: u16 = 0x8000;

fn registry() -> &'static Registry {
    REGISTRY.call_once(|| {
        let mut r = Registry {
            by_mfa: BTreeMap::new(),
            defs: Vec::new(),
        };
        for t in TABLES {
            for d in t.iter() {
                let (Some(m), Some(f)) = (Atom::intern(d.module), Atom::intern(d.name)) else {
                    continue;
                };
                if r.by_mfa.contains_key(&(m, f, d.arity)) {
                    continue;
                }
                r.by_mfa.insert((m, f, d.arity), r.defs.len() as u16);
                r.defs.push(d);
            }
        }
        r
    })
}

/// The BIF registered under `M:F/A`.
pub fn lookup(m: Atom, f: Atom, a: u32) -> Option<&'static BifDef> {
    let r = registry();
    r.by_mfa.get(&(m, f, a)).map(|&i| r.defs[i as usize])
}

/// Every registered BIF (for tests that exercise them all).
pub fn all() -> impl Iterator<Item = &'static BifDef> {
    registry().defs.iter().copied()
}

/// The index of a BIF (for compact instructions).
pub fn index_of(d: &'static BifDef) -> u16 {
    let r = registry();
    if let Some(i) = r.defs.iter().position(|&x| core::ptr::eq(x, d)) {
        return i as u16;
    }
    let e = EXTRA.read();
    e.iter()
        .position(|&x| core::ptr::eq(x, d))
        .map(|i| EXTRA_BASE + i as u16)
        .unwrap_or(0)
}

/// The BIF at `index`.
#[inline]
pub fn by_index(index: u16) -> &'static BifDef {
    let r = registry();
    match r.defs.get(index as usize) {
        Some(d) => d,
        None => {
            let e = EXTRA.read();
            e.get(index.wrapping_sub(EXTRA_BASE) as usize)
                .copied()
                .unwrap_or(&UNDEF_DEF)
        }
    }
}

fn raise_undef(_p: &mut Process, _args: &[Term]) -> BifResult {
    Err(Exception::undef())
}

static UNDEF_DEF: BifDef = BifDef {
    module: "erlang",
    name: "undefined",
    arity: 0,
    f: raise_undef,
};

/// A placeholder for a BIF used by an instruction but not implemented: calling it raises
/// `undef`.
pub fn undefined_bif(m: Atom, f: Atom, a: u32) -> &'static BifDef {
    let mut e = EXTRA.write();
    if let Some(d) = e
        .iter()
        .find(|d| d.module == m.name() && d.name == f.name() && d.arity == a)
    {
        return d;
    }
    let d: &'static BifDef = Box::leak(Box::new(BifDef {
        module: m.name(),
        name: f.name(),
        arity: a,
        f: raise_undef,
    }));
    if e.len() < (u16::MAX - EXTRA_BASE) as usize {
        e.push(d);
    }
    d
}

/// Shorthand for table entries.
#[macro_export]
macro_rules! bif_table {
    ($module:expr; $( $name:expr, $arity:expr => $f:expr; )*) => {
        &[ $( $crate::bif::BifDef { module: $module, name: $name, arity: $arity, f: $f } ),* ]
    };
}
