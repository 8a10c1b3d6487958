//! Turning decoded external-format terms (`loader::Term`) into heap terms: module literals
//! (with the literal bit on every pointer, in an area the collector never touches) and
//! `binary_to_term` results (ordinary heap terms).

use crate::atom::Atom;
use crate::heap::Heap;
use crate::term::{make_integer, Kind, Term};
use alloc::vec::Vec;
use loader::etf::Term as Ext;
use loader::int::Int;

/// Why a decoded term cannot become a heap term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildError {
    /// An atom longer than 255 characters, or the atom table is full.
    Atom,
    /// A local fun whose module is not loaded (or no such lambda).
    Fun,
    /// A map with a repeated key.
    MapKey,
}

/// Builds `t` on `heap`. With `literal`, every pointer word gets the literal bit and binaries
/// of any size are stored inline (a literal area is never collected, so nothing needs
/// reference counting).
pub fn build(heap: &mut Heap, t: &Ext, literal: bool) -> Result<Term, BuildError> {
    let r = build_inner(heap, t, literal)?;
    Ok(r)
}

fn mark(t: Term, literal: bool) -> Term {
    if literal && (t.is_list() || t.is_boxed()) {
        t.with_literal_bit()
    } else {
        t
    }
}

pub fn atom_of(name: &str) -> Result<Atom, BuildError> {
    Atom::intern(name).ok_or(BuildError::Atom)
}

pub fn int_term(heap: &mut Heap, i: &Int) -> Term {
    match i {
        Int::Small(v) => crate::term::make_i64(heap, *v),
        Int::Big(b) => {
            let limbs: Vec<u64> = b
                .limbs
                .chunks(2)
                .map(|c| u64::from(c[0]) | (u64::from(c.get(1).copied().unwrap_or(0)) << 32))
                .collect();
            make_integer(heap, b.negative, &limbs)
        }
    }
}

fn inline_binary(heap: &mut Heap, bytes: &[u8]) -> Term {
    let w = bytes.len().div_ceil(8);
    let p = heap.boxed(Kind::HeapBin, 1 + w);
    // SAFETY: the object has 1 + w payload words; all are written.
    unsafe {
        *p.add(1) = bytes.len() as u64;
        for i in 0..w {
            *p.add(2 + i) = 0;
        }
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), p.add(2) as *mut u8, bytes.len());
    }
    Term::make_boxed(p)
}

fn binary(heap: &mut Heap, bytes: &[u8], literal: bool) -> Term {
    if literal {
        inline_binary(heap, bytes)
    } else {
        crate::binary::new_binary(heap, bytes)
    }
}

fn build_inner(heap: &mut Heap, t: &Ext, lit: bool) -> Result<Term, BuildError> {
    Ok(match t {
        Ext::Int(i) => mark(int_term(heap, i), lit),
        Ext::Float(f) => mark(heap.float(*f), lit),
        Ext::Atom(a) => Term::atom(atom_of(a)?),
        Ext::Nil => Term::NIL,
        Ext::Tuple(elems) => {
            let mut v = Vec::with_capacity(elems.len());
            for e in elems {
                v.push(build_inner(heap, e, lit)?);
            }
            mark(heap.tuple(&v), lit)
        }
        Ext::String(bytes) => {
            let v: Vec<Term> = bytes.iter().map(|&b| Term::small(i64::from(b))).collect();
            list_of(heap, &v, Term::NIL, lit)
        }
        Ext::List(elems, tail) => {
            let mut v = Vec::with_capacity(elems.len());
            for e in elems {
                v.push(build_inner(heap, e, lit)?);
            }
            let tl = build_inner(heap, tail, lit)?;
            list_of(heap, &v, tl, lit)
        }
        Ext::Binary(bytes) => mark(binary(heap, bytes, lit), lit),
        Ext::BitBinary { bytes, bits } => {
            let orig = binary(heap, bytes, lit);
            let nbits = (bytes.len().saturating_sub(1)) * 8 + usize::from(*bits);
            if nbits == bytes.len() * 8 {
                mark(orig, lit)
            } else {
                let p = heap.boxed(Kind::SubBin, 4);
                // SAFETY: four payload words.
                unsafe {
                    *p.add(1) = mark(orig, lit).raw();
                    *p.add(2) = 0;
                    *p.add(3) = nbits as u64;
                    *p.add(4) = 0;
                }
                mark(Term::make_boxed(p), lit)
            }
        }
        Ext::Map(pairs) => {
            let mut v = Vec::with_capacity(pairs.len());
            for (k, x) in pairs {
                v.push((build_inner(heap, k, lit)?, build_inner(heap, x, lit)?));
            }
            let m = crate::map::from_unique_pairs(heap, &v).ok_or(BuildError::MapKey)?;
            if lit {
                crate::map::mark_literal(m)
            } else {
                m
            }
        }
        Ext::Export {
            module,
            function,
            arity,
        } => {
            let e = crate::code::export(atom_of(module)?, atom_of(function)?, u32::from(*arity));
            mark(crate::code::make_export_fun(heap, e), lit)
        }
        Ext::Fun(f) => {
            let m = atom_of(&f.module)?;
            let module = crate::code::current(m).ok_or(BuildError::Fun)?;
            let entry = module
                .funs
                .iter()
                .find(|e| {
                    Some(i64::from(e.index)) == f.old_index.to_i64()
                        && Some(i64::from(e.old_uniq)) == f.old_uniq.to_i64()
                })
                .copied()
                .ok_or(BuildError::Fun)?;
            let mut env = Vec::with_capacity(f.free.len());
            for e in &f.free {
                env.push(build_inner(heap, e, lit)?);
            }
            mark(crate::code::make_closure(heap, entry, &env), lit)
        }
        Ext::Pid { id, serial, .. } => Term::pid(u64::from(*id) | (u64::from(*serial) << 32)),
        Ext::Port { id, .. } => Term::port(*id),
        Ext::Ref { ids, .. } => {
            let p = heap.boxed(Kind::Ref, 2);
            let w0 = (u64::from(ids.get(2).copied().unwrap_or(0)) << 32)
                | u64::from(ids.get(1).copied().unwrap_or(0));
            // SAFETY: two payload words.
            unsafe {
                *p.add(1) = w0;
                *p.add(2) = u64::from(ids.first().copied().unwrap_or(0));
            }
            mark(Term::make_boxed(p), lit)
        }
    })
}

fn list_of(heap: &mut Heap, elems: &[Term], tail: Term, lit: bool) -> Term {
    let mut l = tail;
    for &e in elems.iter().rev() {
        l = mark(heap.cons(e, l), lit);
    }
    l
}
