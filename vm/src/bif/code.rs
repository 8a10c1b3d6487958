//! Code loading BIFs over the code server (`vm::code`), with OTP 25's two versions per
//! module (current and old):
//!
//! - `erlang`: `load_module/2`, `delete_module/1`, `purge_module/1`, `check_old_code/1`,
//!   `pre_loaded/0`, `call_on_load_function/1`, `finish_after_on_load/2`.
//! - `erts_code_purger` (OTP's purger process is a BIF module here): `purge/1` kills the
//!   processes still running old code and removes it, giving `{WasOld, DidKill}`;
//!   `soft_purge/1` refuses (false) while any process runs it; `finish_after_on_load/2`.
//! - `beamos_code`, for otp-lite's `code` module (which has no server process: the
//!   bookkeeping lives in the code server): `load/3` (load with a file name), `find/1`
//!   (search the code path), `file/1`, `all_loaded/0`.
//!
//! A process killed by a purge handles the kill before it runs again, so the old code it
//! still points at is never executed after it is freed. With several schedulers a purge
//! will have to wait for processes running elsewhere to stop.

use crate::atom::{self, Atom};
use crate::bif::badarg;
use crate::bif::erlang::{list_to_string, string_to_list};
use crate::bif::BifDef;
use crate::code::{self, LoadError, Loaded, ModuleFile};
use crate::exception::{BifResult, Exception};
use crate::process::{CallTarget, PendingCall, Process};
use crate::sched::signal::atom_named as am;
use crate::sched::signal::{self, Signal};
use crate::term::copy::Detached;
use crate::term::Term;
use alloc::sync::Arc;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

fn error_tuple(p: &mut Process, reason: &str) -> Term {
    p.heap.tuple(&[Term::atom(atom::ERROR), am(reason)])
}

/// OTP 25's `erlang:pre_loaded()`, in its order.
const PRE_LOADED: &[&str] = &[
    "persistent_term",
    "counters",
    "atomics",
    "erts_dirty_process_signal_handler",
    "erts_literal_area_collector",
    "erl_tracer",
    "erts_internal",
    "erlang",
    "erl_prim_loader",
    "prim_zip",
    "prim_net",
    "prim_socket",
    "socket_registry",
    "zlib",
    "prim_file",
    "prim_inet",
    "prim_eval",
    "prim_buffer",
    "init",
    "erl_init",
    "erts_code_purger",
];

/// Whether `name` is one of OTP's preloaded modules (always loaded, sticky, file
/// `preloaded`).
pub fn is_preloaded(name: Atom) -> bool {
    PRE_LOADED.contains(&name.name())
}

fn load_result(p: &mut Process, name: Atom, r: Result<Loaded, LoadError>) -> Term {
    match r {
        Ok(Loaded::Current) => p.heap.tuple(&[am("module"), Term::atom(name)]),
        Ok(Loaded::OnLoadPending) => error_tuple(p, "on_load"),
        Err(LoadError::NotPurged) => error_tuple(p, "not_purged"),
        Err(_) => error_tuple(p, "badfile"),
    }
}

fn binary_arg<'a>(t: Term) -> Option<&'a [u8]> {
    crate::binary::binary_bytes(t)
}

fn load_module(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let bytes = binary_arg(a[1]).ok_or_else(Exception::badarg)?;
    let r = code::load_versioned(name, bytes, None, false);
    Ok(load_result(p, name, r))
}

fn delete_module(_p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    match code::delete_module(name) {
        None => Ok(Term::atom(atom::UNDEFINED)),
        Some(true) => Ok(Term::TRUE),
        Some(false) => badarg(),
    }
}

fn check_old_code(_p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(Term::bool(code::has_old(name)))
}

/// Kills every process (but the caller) running the old version of `name`, then removes
/// it. `None` if there is no old version; otherwise whether anything was killed.
fn hard_purge(p: &mut Process, name: Atom) -> Option<bool> {
    let old = code::old(name)?;
    let (s, e) = old.code_range();
    drop(old);
    let victims = crate::bif::process::processes_running_code(s, e, p.pid);
    let reason = Arc::new(Detached::new(Term::atom(atom::KILL)));
    for &pid in &victims {
        let _ = signal::send_signal(
            pid,
            Signal::Exit {
                from: p.pid,
                reason: reason.clone(),
                linked: false,
            },
        );
    }
    code::purge(name);
    yield_for_release(p);
    Some(!victims.is_empty())
}

/// After a purge the caller stops for a moment, so that it and every process the release
/// woke copy their literals out (and the old version is freed) before it goes on: a loop
/// of loads and purges never has more than one release under way, as OTP's purger, which
/// waits for the literal area collector.
fn yield_for_release(p: &mut Process) {
    p.pending_call = Some(PendingCall {
        target: CallTarget::Yield,
        args: Vec::new(),
    });
}

fn purge_module(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    match hard_purge(p, name) {
        Some(_) => Ok(Term::TRUE),
        None => badarg(),
    }
}

fn purger_purge(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let t = match hard_purge(p, name) {
        None => p.heap.tuple(&[Term::FALSE, Term::FALSE]),
        Some(killed) => p.heap.tuple(&[Term::TRUE, Term::bool(killed)]),
    };
    Ok(t)
}

fn soft_purge(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let Some(old) = code::old(name) else {
        return Ok(Term::TRUE);
    };
    let (s, e) = old.code_range();
    drop(old);
    if crate::bif::process::process_runs_code(p, s, e)
        || !crate::bif::process::processes_running_code(s, e, p.pid).is_empty()
    {
        return Ok(Term::FALSE);
    }
    code::purge(name);
    yield_for_release(p);
    Ok(Term::TRUE)
}

fn pre_loaded(p: &mut Process, _a: A) -> BifResult {
    let v: Vec<Term> = PRE_LOADED.iter().map(|n| am(n)).collect();
    Ok(p.heap.list(&v))
}

/// Calls the `-on_load` function of the waiting version (its result is the BIF's).
fn call_on_load_function(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let exp = code::on_load_entry(name).ok_or_else(Exception::badarg)?;
    p.pending_call = Some(PendingCall {
        target: CallTarget::Export(exp),
        args: Vec::new(),
    });
    Ok(Term::NIL)
}

fn finish_after_on_load(_p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let keep = match a[1] {
        t if t == Term::TRUE => true,
        t if t == Term::FALSE => false,
        _ => return badarg(),
    };
    if !code::finish_on_load(name, keep) {
        return badarg();
    }
    Ok(Term::TRUE)
}

fn file_term(p: &mut Process, f: &Option<ModuleFile>) -> Term {
    match f {
        Some(ModuleFile::Path(s)) => string_to_list(p, s),
        Some(ModuleFile::Atom(a)) => Term::atom(*a),
        None => Term::NIL,
    }
}

/// `beamos_code:load(Module, File, Binary)`: `erlang:load_module/2` that records the file
/// name (a string or an atom) and refuses to replace a sticky module.
fn load_with_file(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let file = if let Some(f) = a[1].as_atom() {
        ModuleFile::Atom(f)
    } else {
        ModuleFile::Path(list_to_string(a[1]).ok_or_else(Exception::badarg)?)
    };
    let bytes = binary_arg(a[2]).ok_or_else(Exception::badarg)?;
    if is_sticky(name) {
        return Ok(error_tuple(p, "sticky_directory"));
    }
    let r = code::load_versioned(name, bytes, Some(file), false);
    Ok(load_result(p, name, r))
}

fn is_sticky(name: Atom) -> bool {
    is_preloaded(name) || code::module_file(name).is_some_and(|(_, sticky)| sticky)
}

/// `beamos_code:load_found(Module)`: loads `Module` from the code path: `{module, M}`,
/// `{error, nofile | badfile | not_purged | on_load | sticky_directory}`.
fn load_found(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    if is_sticky(name) {
        return Ok(error_tuple(p, "sticky_directory"));
    }
    let Some(found) = code::locate(name.name()) else {
        return Ok(error_tuple(p, "nofile"));
    };
    let r = code::load_versioned(
        name,
        &found.bytes,
        Some(ModuleFile::Path(found.path)),
        found.sticky,
    );
    Ok(load_result(p, name, r))
}

/// `beamos_code:find(Module)`: the path of `Module.beam` in the code path, or `false`.
fn find(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    match code::locate(name.name()) {
        Some(found) => Ok(string_to_list(p, &found.path)),
        None => Ok(Term::FALSE),
    }
}

/// `beamos_code:object_code(Module)`: `{Path, Binary}` of `Module.beam` in the code path,
/// or `false`.
fn object_code(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    match code::locate(name.name()) {
        Some(found) => {
            let path = string_to_list(p, &found.path);
            let bin = crate::binary::new_binary(&mut p.heap, &found.bytes);
            Ok(p.heap.tuple(&[path, bin]))
        }
        None => Ok(Term::FALSE),
    }
}

fn is_sticky_bif(_p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(Term::bool(is_sticky(name)))
}

/// `beamos_code:file(Module)`: where the current version came from: a file name,
/// `preloaded`, `[]` (loaded by `erlang:load_module/2`), or `false` when not loaded.
fn file(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    if is_preloaded(name) {
        return Ok(am("preloaded"));
    }
    match code::module_file(name) {
        None => Ok(Term::FALSE),
        Some((f, _)) => Ok(file_term(p, &f)),
    }
}

/// `beamos_code:all_loaded()`: `[{Module, File}]` as `file/1` gives them.
fn all_loaded(p: &mut Process, _a: A) -> BifResult {
    let mut items = Vec::new();
    for (name, f) in code::loaded_with_files() {
        let ft = if is_preloaded(name) {
            am("preloaded")
        } else {
            file_term(p, &f)
        };
        items.push(p.heap.tuple(&[Term::atom(name), ft]));
    }
    for n in PRE_LOADED {
        if let Some(name) = Atom::intern(n) {
            if !code::is_loaded(name) {
                items.push(p.heap.tuple(&[Term::atom(name), am("preloaded")]));
            }
        }
    }
    Ok(p.heap.list(&items))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "load_module", 2 => load_module;
    "delete_module", 1 => delete_module;
    "purge_module", 1 => purge_module;
    "check_old_code", 1 => check_old_code;
    "pre_loaded", 0 => pre_loaded;
    "call_on_load_function", 1 => call_on_load_function;
    "finish_after_on_load", 2 => finish_after_on_load;
};

pub static PURGER_BIFS: &[BifDef] = crate::bif_table! { "erts_code_purger";
    "purge", 1 => purger_purge;
    "soft_purge", 1 => soft_purge;
    "finish_after_on_load", 2 => finish_after_on_load;
};

pub static BEAMOS_BIFS: &[BifDef] = crate::bif_table! { "beamos_code";
    "load", 3 => load_with_file;
    "load_found", 1 => load_found;
    "find", 1 => find;
    "object_code", 1 => object_code;
    "is_sticky", 1 => is_sticky_bif;
    "file", 1 => file;
    "all_loaded", 0 => all_loaded;
};
