//! `os` BIFs: the environment (`getenv/1`, `putenv/2`, `unsetenv/1`, `env/0`), `getpid/0`,
//! `perf_counter/0`, `set_signal/2` (the clock ones are in `time.rs`); and
//! `file:native_name_encoding/0`, which `filename` asks before handling any name.
//!
//! BeamOS has no operating-system environment of its own: the VM keeps one table of
//! variables, empty at start, that `putenv/2` and `unsetenv/1` change.

use crate::atom::Atom;
use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use spin::RwLock;

type A<'a> = &'a [Term];

static ENV: RwLock<BTreeMap<String, String>> = RwLock::new(BTreeMap::new());

/// A flat string of characters (OTP takes any Unicode text; `=` is not allowed in names).
fn string_arg(t: Term) -> Option<String> {
    let mut s = String::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        s.push(char::from_u32(u32::try_from(h.as_small()?).ok()?)?);
        l = tl;
    }
    (l.is_nil() && !s.contains('\0')).then_some(s)
}

fn string_term(p: &mut Process, s: &str) -> Term {
    let v: Vec<Term> = s.chars().map(|c| Term::small(c as i64)).collect();
    p.heap.list(&v)
}

fn getenv(p: &mut Process, a: A) -> BifResult {
    let name = string_arg(a[0]).ok_or_else(Exception::badarg)?;
    let value = ENV.read().get(&name).cloned();
    Ok(match value {
        Some(v) => string_term(p, &v),
        None => Term::FALSE,
    })
}

fn putenv(_p: &mut Process, a: A) -> BifResult {
    let name = string_arg(a[0]).filter(|n| !n.is_empty() && !n.contains('='));
    let value = string_arg(a[1]);
    let (Some(name), Some(value)) = (name, value) else {
        return Err(Exception::badarg());
    };
    ENV.write().insert(name, value);
    Ok(Term::TRUE)
}

fn unsetenv(_p: &mut Process, a: A) -> BifResult {
    let name = string_arg(a[0]).ok_or_else(Exception::badarg)?;
    ENV.write().remove(&name);
    Ok(Term::TRUE)
}

/// `os:env/0`: `[{Name, Value}]`.
fn env(p: &mut Process, _a: A) -> BifResult {
    let vars: Vec<(String, String)> = ENV
        .read()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut items = Vec::with_capacity(vars.len());
    for (k, v) in vars {
        let kt = string_term(p, &k);
        let vt = string_term(p, &v);
        items.push(p.heap.tuple(&[kt, vt]));
    }
    Ok(p.heap.list(&items))
}

/// `os:getpid/0`: the VM is the only "OS process".
fn getpid(p: &mut Process, _a: A) -> BifResult {
    Ok(string_term(p, "1"))
}

/// `os:perf_counter/0`, in the `perf_counter` unit (nanoseconds here).
fn perf_counter(p: &mut Process, _a: A) -> BifResult {
    let ns = crate::bif::erlang::now_ns(false);
    Ok(crate::term::make_u64(&mut p.heap, ns))
}

/// `os:set_signal/2`: accepted for OTP's signal names and handlings; there are no signals.
fn set_signal(p: &mut Process, a: A) -> BifResult {
    const SIGNALS: &[&str] = &[
        "sighup", "sigquit", "sigabrt", "sigalrm", "sigterm", "sigusr1", "sigusr2", "sigchld",
        "sigstop", "sigtstp",
    ];
    let sig = a[0].as_atom().map(Atom::name);
    let how = a[1].as_atom().map(Atom::name);
    if !sig.is_some_and(|s| SIGNALS.contains(&s)) {
        return Err(Exception::badarg());
    }
    match how {
        Some("handle" | "default" | "ignore") => Ok(Term::OK),
        _ => {
            // A bad handling option is reported as `#{cause => badopt}`, as OTP does.
            let cause = Atom::intern("cause").map_or(Term::UNDEFINED, Term::atom);
            let badopt = Atom::intern("badopt").map_or(Term::UNDEFINED, Term::atom);
            let info = crate::map::from_pairs(&mut p.heap, &[(cause, badopt)]);
            Err(Exception::badarg().with_cause(info))
        }
    }
}

pub static BIFS: &[BifDef] = crate::bif_table! { "os";
    "getenv", 1 => getenv;
    "putenv", 2 => putenv;
    "unsetenv", 1 => unsetenv;
    "env", 0 => env;
    "getpid", 0 => getpid;
    "perf_counter", 0 => perf_counter;
    "set_signal", 2 => set_signal;
};

/// File names are UTF-8 in BeamOS, as in OTP 25 on a UTF-8 locale (`+fnu`).
fn native_name_encoding(_p: &mut Process, _a: A) -> BifResult {
    Ok(Term::atom(crate::atom::UTF8))
}

pub static FILE_BIFS: &[BifDef] = crate::bif_table! { "file";
    "native_name_encoding", 0 => native_name_encoding;
};
