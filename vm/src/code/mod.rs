//! Loaded code: modules, export entries, fun entries.

use crate::atom::Atom;
use crate::term::{Kind, Term};
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt::Write;

/// A lambda of a loaded module (from its `FunT` chunk). Fun entries are never freed, so a
/// closure's pointer to its entry stays valid; purging a module only clears the code address.
pub struct FunEntry {
    pub module: Atom,
    pub function: Atom,
    /// Arity of the implementing function (callable arity + number of free variables).
    pub arity: u32,
    pub num_free: u32,
    pub index: u32,
    pub old_uniq: u32,
}

/// An export entry: `{Module, Function, Arity}`. Entries are created once and never move or
/// die, so instructions and export funs refer to them by address.
pub struct Export {
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
}

/// The fun entry of a closure term.
pub fn closure_entry(t: Term) -> &'static FunEntry {
    // SAFETY: word 1 of a closure is a pointer to a fun entry, which is never freed.
    unsafe { &*(t.boxed_word(1) as *const FunEntry) }
}

/// The export entry of an export fun term.
pub fn export_entry(t: Term) -> &'static Export {
    // SAFETY: word 1 of an export fun is a pointer to an export entry, which is never freed.
    unsafe { &*(t.boxed_word(1) as *const Export) }
}

/// Environment (free variables) of a closure.
pub fn closure_env<'a>(t: Term) -> &'a [Term] {
    let n = t.header().arity() - 1;
    // SAFETY: a closure has the entry word then `n` environment words.
    unsafe { core::slice::from_raw_parts(t.ptr().add(2) as *const Term, n) }
}

/// `erlang:fun_to_list/1` text: `#Fun<M.Index.Uniq>` or `fun M:F/A`.
pub fn write_fun(out: &mut String, t: Term) {
    match t.header().kind() {
        Kind::Export => {
            let e = export_entry(t);
            out.push_str("fun ");
            crate::term::print::write_atom(out, e.module.name());
            out.push(':');
            crate::term::print::write_atom(out, e.function.name());
            let _ = write!(out, "/{}", e.arity);
        }
        _ => {
            let f = closure_entry(t);
            out.push_str("#Fun<");
            crate::term::print::write_atom(out, f.module.name());
            let _ = write!(out, ".{}.{}>", f.index, f.old_uniq);
        }
    }
}

/// Term order between two funs (closures and export funs).
pub fn compare_funs(a: Term, b: Term, work: &mut Vec<(Term, Term)>) -> Ordering {
    let (ka, kb) = (a.header().kind(), b.header().kind());
    if ka != kb {
        // Export funs sort after closures here; OTP 25 never compares them equal.
        return if ka == Kind::Fun {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    if ka == Kind::Export {
        let (x, y) = (export_entry(a), export_entry(b));
        return x
            .module
            .name()
            .cmp(y.module.name())
            .then(x.function.name().cmp(y.function.name()))
            .then(x.arity.cmp(&y.arity));
    }
    let (x, y) = (closure_entry(a), closure_entry(b));
    let o = x
        .module
        .name()
        .cmp(y.module.name())
        .then(x.index.cmp(&y.index))
        .then(x.old_uniq.cmp(&y.old_uniq));
    if o != Ordering::Equal {
        return o;
    }
    let (ea, eb) = (closure_env(a), closure_env(b));
    if ea.len() != eb.len() {
        return ea.len().cmp(&eb.len());
    }
    for i in (0..ea.len()).rev() {
        work.push((ea[i], eb[i]));
    }
    Ordering::Equal
}
