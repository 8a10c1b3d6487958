//! Other `erlang` BIFs about the system rather than terms: `is_builtin/3`,
//! `unique_integer/0,1`, `display/1`, `display_string/1`, `is_alive/0`, `nodes/0,1`,
//! `system_info/1`, `statistics/1`, `bump_reductions/1`, `garbage_collect/0,1,2`,
//! `is_record/2,3`.

use crate::atom::{self, Atom};
use crate::bif::badarg;
use crate::bif::otp_bifs::OTP_BIFS;
use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::sched::signal::atom_named;
use crate::term::Term;
use alloc::string::String;
use core::sync::atomic::{AtomicU64, Ordering};

type A<'a> = &'a [Term];

fn string_term(p: &mut Process, s: &str) -> Term {
    crate::bif::convert::bytes_to_list(&mut p.heap, s.as_bytes())
}

/// `erlang:is_builtin/3`: whether OTP 25 implements `M:F/A` in C.
fn is_builtin(_p: &mut Process, a: A) -> BifResult {
    let (Some(m), Some(f), Some(n)) = (a[0].as_atom(), a[1].as_atom(), a[2].as_small()) else {
        return badarg();
    };
    let (m, f) = (m.name(), f.name());
    Ok(Term::bool(OTP_BIFS.iter().any(|&(bm, bf, ba)| {
        bm == m && bf == f && i64::from(ba) == n
    })))
}

static UNIQUE: AtomicU64 = AtomicU64::new(1);

/// `unique_integer/0,1`: one counter for the whole VM. `monotonic` values count up from the
/// smallest small integer and `positive` ones from 1, as OTP's do; plain ones are unique
/// but may be negative.
fn unique_integer(p: &mut Process, a: A) -> BifResult {
    let (mut positive, mut monotonic) = (false, false);
    if let Some(&opts) = a.first() {
        let mut l = opts;
        while let Some((h, t)) = l.as_cons() {
            match h.as_atom().map(Atom::name) {
                Some("positive") => positive = true,
                Some("monotonic") => monotonic = true,
                _ => return badarg(),
            }
            l = t;
        }
        if !l.is_nil() {
            return badarg();
        }
    }
    let n = UNIQUE.fetch_add(1, Ordering::Relaxed) as i128;
    let v = if positive {
        n
    } else if monotonic {
        i128::from(crate::term::MIN_SMALL) + n
    } else {
        i128::from(crate::term::MIN_SMALL) + 2 + n
    };
    Ok(crate::term::make_i128(&mut p.heap, v))
}

/// `erlang:display/1`: the term as `~w` writes it, and a newline, on the console.
fn display(_p: &mut Process, a: A) -> BifResult {
    let mut s = String::new();
    crate::term::print::write_term(&mut s, a[0]);
    s.push('\n');
    if let Some(pl) = crate::platform::platform() {
        pl.console_write(s.as_bytes());
    }
    Ok(Term::TRUE)
}

/// `erlang:display_string/1`: a string (list of characters) on the diagnostic console.
fn display_string(_p: &mut Process, a: A) -> BifResult {
    let mut s = String::new();
    let mut l = a[0];
    while let Some((h, t)) = l.as_cons() {
        let c = h
            .as_small()
            .and_then(|c| u32::try_from(c).ok())
            .and_then(char::from_u32)
            .ok_or_else(Exception::badarg)?;
        s.push(c);
        l = t;
    }
    if !l.is_nil() {
        return badarg();
    }
    if let Some(pl) = crate::platform::platform() {
        pl.console_write_err(s.as_bytes());
    }
    Ok(Term::TRUE)
}

fn is_alive(_p: &mut Process, _a: A) -> BifResult {
    Ok(Term::FALSE)
}

/// `nodes/0,1`: no distribution, so no other nodes (`nodes(this)` is this node).
fn nodes(p: &mut Process, a: A) -> BifResult {
    let Some(&arg) = a.first() else {
        return Ok(Term::NIL);
    };
    let mut this = false;
    let mut check = |t: Term| match t.as_atom().map(Atom::name) {
        Some("this") => {
            this = true;
            true
        }
        Some("visible" | "hidden" | "connected" | "known") => true,
        _ => false,
    };
    if arg.is_atom() {
        if !check(arg) {
            return badarg();
        }
    } else {
        let mut l = arg;
        while let Some((h, t)) = l.as_cons() {
            if !check(h) {
                return badarg();
            }
            l = t;
        }
        if !l.is_nil() {
            return badarg();
        }
    }
    Ok(if this {
        p.heap.list(&[Term::atom(atom::NONODE)])
    } else {
        Term::NIL
    })
}

/// `erlang:system_info/1` for the keys programs commonly ask about.
fn system_info(p: &mut Process, a: A) -> BifResult {
    let key = a[0];
    if let Some(t) = key.as_tuple() {
        if t.len() == 2 && t[0] == atom_named("wordsize") {
            return match t[1].as_atom().map(Atom::name) {
                Some("internal" | "external") => Ok(Term::small(8)),
                _ => badarg(),
            };
        }
        return badarg();
    }
    let Some(k) = key.as_atom() else {
        return badarg();
    };
    let pair = |p: &mut Process, name: &str, v: Term| p.heap.tuple(&[atom_named(name), v]);
    Ok(match k.name() {
        "otp_release" => string_term(p, "25"),
        "version" => string_term(p, "13.1.5"),
        "system_version" => string_term(p, "Erlang/OTP 25 [erts-13.1.5] [beamos] [64-bit]\n"),
        "machine" => string_term(p, "BEAM"),
        "wordsize" => Term::small(8),
        "smp_support" | "threads" | "time_correction" => Term::TRUE,
        "debug_compiled" => Term::FALSE,
        "kernel_poll" => Term::TRUE,
        "hipe_architecture" => Term::UNDEFINED,
        "heap_type" => atom_named("private"),
        "emu_type" | "build_type" => atom_named("opt"),
        "emu_flavor" => atom_named("emu"),
        "time_warp_mode" => atom_named("no_time_warp"),
        "time_offset" => atom_named("final"),
        "os_type" => {
            let (u, b) = (atom_named("unix"), atom_named("beamos"));
            p.heap.tuple(&[u, b])
        }
        "atom_limit" => Term::small(crate::atom::MAX_ATOMS as i64),
        "atom_count" => Term::small(Atom::count() as i64),
        "process_limit" => Term::small(crate::sched::table::process_limit() as i64),
        "process_count" => Term::small(crate::sched::table::count() as i64),
        "endian" => atom_named("little"),
        "system_architecture" => string_term(p, "x86_64-pc-beamos"),
        "driver_version" => string_term(p, "3.3"),
        "nif_version" => string_term(p, "2.16"),
        // Monotonic time starts at 0 when the VM starts.
        "start_time" => Term::small(0),
        "os_monotonic_time_source" => {
            let items = [
                p.heap
                    .tuple(&[atom_named("function"), atom_named("platform")]),
                p.heap
                    .tuple(&[atom_named("resolution"), Term::small(1_000_000_000)]),
                p.heap.tuple(&[atom_named("extended"), atom_named("no")]),
                p.heap.tuple(&[atom_named("parallel"), atom_named("yes")]),
            ];
            p.heap.list(&items)
        }
        "dist_ctrl" => Term::NIL,
        "creation" => Term::small(0),
        "port_limit" => Term::small(65_536),
        "ets_limit" => Term::small(8192),
        "schedulers"
        | "schedulers_online"
        | "logical_processors"
        | "logical_processors_available"
        | "logical_processors_online" => Term::small(1),
        "dirty_cpu_schedulers" | "dirty_io_schedulers" | "thread_pool_size" => Term::small(0),
        "compat_rel" => Term::small(25),
        "min_heap_size" => pair(p, "min_heap_size", Term::small(233)),
        "min_bin_vheap_size" => pair(p, "min_bin_vheap_size", Term::small(46_422)),
        "fullsweep_after" => pair(p, "fullsweep_after", Term::small(65_535)),
        "max_heap_size" => {
            let entries = [
                (atom_named("error_logger"), Term::TRUE),
                (atom_named("kill"), Term::TRUE),
                (atom_named("size"), Term::small(0)),
            ];
            crate::map::from_pairs(&mut p.heap, &entries)
        }
        _ => return badarg(),
    })
}

/// Wall-clock milliseconds at the previous `statistics(wall_clock)` and runtime call.
static LAST_WALL_MS: AtomicU64 = AtomicU64::new(0);
static LAST_RUNTIME_MS: AtomicU64 = AtomicU64::new(0);
static LAST_REDUCTIONS: AtomicU64 = AtomicU64::new(0);

/// `erlang:statistics/1` for the common items. There is no CPU clock, so `runtime` is the
/// monotonic clock too.
fn statistics(p: &mut Process, a: A) -> BifResult {
    let Some(k) = a[0].as_atom() else {
        return badarg();
    };
    let ms = crate::bif::erlang::now_ns(false) / 1_000_000;
    let since = |last: &AtomicU64, now: u64| now.saturating_sub(last.swap(now, Ordering::Relaxed));
    let two = |p: &mut Process, x: u64, y: u64| {
        let (x, y) = (
            crate::term::make_u64(&mut p.heap, x),
            crate::term::make_u64(&mut p.heap, y),
        );
        p.heap.tuple(&[x, y])
    };
    Ok(match k.name() {
        "wall_clock" => {
            let d = since(&LAST_WALL_MS, ms);
            two(p, ms, d)
        }
        "runtime" => {
            let d = since(&LAST_RUNTIME_MS, ms);
            two(p, ms, d)
        }
        "reductions" | "exact_reductions" => {
            // Every finished time slice, and this process's part of the current one.
            let r = crate::sched::total_reductions() + 1;
            let d = since(&LAST_REDUCTIONS, r);
            two(p, r, d)
        }
        "run_queue" | "total_run_queue_lengths" => {
            Term::small(crate::sched::run_queue_length() as i64)
        }
        "total_active_tasks" => Term::small(crate::sched::run_queue_length() as i64 + 1),
        "context_switches" => {
            let c = crate::term::make_u64(&mut p.heap, crate::sched::context_switches());
            p.heap.tuple(&[c, Term::small(0)])
        }
        "garbage_collection" => {
            let count = p.heap.collections;
            let n = crate::term::make_u64(&mut p.heap, count);
            p.heap.tuple(&[n, Term::small(0), Term::small(0)])
        }
        "io" => {
            let i = p.heap.tuple(&[atom_named("input"), Term::small(0)]);
            let o = p.heap.tuple(&[atom_named("output"), Term::small(0)]);
            p.heap.tuple(&[i, o])
        }
        _ => return badarg(),
    })
}

/// `erlang:bump_reductions/1`: charges up to a whole time slice of reductions.
fn bump_reductions(p: &mut Process, a: A) -> BifResult {
    match a[0].as_small() {
        Some(n) if n >= 0 => {
            p.reductions = p.reductions.saturating_add((n as u64).min(4000));
            Ok(Term::TRUE)
        }
        _ => badarg(),
    }
}

/// `garbage_collect/0,1,2`: the collector runs when the heap fills, so a request has
/// nothing more to do; the answer is OTP's for a live process.
fn garbage_collect(p: &mut Process, a: A) -> BifResult {
    if let Some(&pid) = a.first() {
        if !pid.is_pid() {
            return badarg();
        }
        if pid != p.pid {
            return Ok(Term::FALSE);
        }
    }
    Ok(Term::TRUE)
}

/// `is_record/2,3`: a tuple whose first element is the tag (and of the given size).
fn is_record(_p: &mut Process, a: A) -> BifResult {
    if !a[1].is_atom() {
        return badarg();
    }
    let size = match a.get(2) {
        None => None,
        Some(n) => Some(n.as_small().ok_or_else(Exception::badarg)?),
    };
    let t = a[0].as_tuple().unwrap_or(&[]);
    let ok = t.first() == Some(&a[1]) && size.is_none_or(|n| n == t.len() as i64);
    Ok(Term::bool(ok))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "is_record", 2 => is_record;
    "is_record", 3 => is_record;
    "is_builtin", 3 => is_builtin;
    "unique_integer", 0 => unique_integer;
    "unique_integer", 1 => unique_integer;
    "display", 1 => display;
    "display_string", 1 => display_string;
    "is_alive", 0 => is_alive;
    "nodes", 0 => nodes;
    "nodes", 1 => nodes;
    "system_info", 1 => system_info;
    "statistics", 1 => statistics;
    "bump_reductions", 1 => bump_reductions;
    "garbage_collect", 0 => garbage_collect;
    "garbage_collect", 1 => garbage_collect;
    "garbage_collect", 2 => garbage_collect;
};
