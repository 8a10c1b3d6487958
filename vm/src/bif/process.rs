//! Process BIFs: spawning, sending, links, monitors, exit signals, process flags,
//! `process_info`, the name registry, aliases, timers, `yield`, `hibernate` and `halt`.
//!
//! They work through `crate::sched`: another process is only ever reached by a signal, or,
//! when a BIF must see it (`process_info/2`, `is_process_alive/1`), through
//! `sched::with_process`, which first lets it handle everything queued for it.

use crate::atom::{self, Atom};
use crate::bif::badarg;
use crate::bif::erlang::list_to_vec;
use crate::bif::pair_arg;
use crate::bif::BifDef;
use crate::code;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::{
    CallTarget, MaxHeap, MonitorOut, PendingCall, Priority, Process, RefKey, Status,
};
use crate::sched::signal::atom_named as am;
use crate::sched::signal::{self, Signal};
use crate::sched::table::{self, AliasMode};
use crate::sched::{self, timer, ProcEntry, SpawnOpts};
use crate::term::copy::{copy_to_heap, Detached};
use crate::term::{ref_key, Term};
use alloc::boxed::Box;
use alloc::sync::Arc;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

fn new_ref(p: &mut Process) -> (Term, RefKey) {
    let r = crate::term::new_ref(&mut p.heap);
    (r, ref_key(r).unwrap_or((0, 0)))
}

/// Makes the BIF's process stop after returning (the interpreter acts on the request).
fn request(p: &mut Process, target: CallTarget) {
    p.pending_call = Some(PendingCall {
        target,
        args: Vec::new(),
    });
}

// ---- sending ----

/// Sends `msg` to `to` (pid, registered name, `{Name, Node}` or alias reference).
pub fn send(p: &mut Process, to: Term, msg: Term) -> Result<(), Exception> {
    if to.is_local_pid() {
        signal::send_from(p, to, msg);
        return Ok(());
    }
    if let Some(name) = to.as_atom() {
        return match table::whereis(name) {
            Some(pid) => {
                signal::send_from(p, pid, msg);
                Ok(())
            }
            None => badarg(),
        };
    }
    if let Some(t) = to.as_tuple() {
        if t.len() == 2 {
            if let (Some(name), Some(node)) = (t[0].as_atom(), t[1].as_atom()) {
                if node == atom::NONODE {
                    if let Some(pid) = table::whereis(name) {
                        signal::send_from(p, pid, msg);
                    }
                }
                // A free name or another node: dropped, as OTP does.
                return Ok(());
            }
        }
        return badarg();
    }
    if let Some(key) = ref_key(to) {
        if let Some((pid, mode)) = table::resolve_alias(key) {
            signal::send_from(p, pid, msg);
            if mode == AliasMode::ReplyDemonitor {
                // The reply ends the monitor too.
                if pid == p.pid {
                    drop_monitor(p, key);
                } else {
                    let _ = signal::send_signal(pid, Signal::AliasReplied { key });
                }
            }
        }
        return Ok(());
    }
    if to.is_pid() || to.is_port() {
        // Other nodes and ports: nothing to deliver to here.
        return Ok(());
    }
    badarg()
}

fn send3(p: &mut Process, a: A) -> BifResult {
    let opts = list_to_vec(a[2]).ok_or_else(Exception::badarg)?;
    for o in opts {
        match o.as_atom().map(|x| x.name()) {
            Some("noconnect" | "nosuspend") => {}
            _ => return badarg(),
        }
    }
    send(p, a[0], a[1])?;
    Ok(Term::atom(atom::OK))
}

fn send_nosuspend2(p: &mut Process, a: A) -> BifResult {
    send(p, a[0], a[1])?;
    Ok(Term::TRUE)
}

fn send_nosuspend3(p: &mut Process, a: A) -> BifResult {
    let opts = list_to_vec(a[2]).ok_or_else(Exception::badarg)?;
    for o in opts {
        match o.as_atom().map(|x| x.name()) {
            Some("noconnect") => {}
            _ => return badarg(),
        }
    }
    send(p, a[0], a[1])?;
    Ok(Term::TRUE)
}

// ---- spawning ----

/// What a new process runs.
enum Start {
    Fun(Term),
    Mfa(Atom, Atom, Vec<Term>),
}

/// Spawn options as `spawn_opt` takes them.
#[derive(Default)]
struct SpawnFlags {
    link: bool,
    monitor: Option<MonitorOpts>,
    opts: SpawnOpts,
}

#[derive(Default, Clone)]
struct MonitorOpts {
    tag: Option<Term>,
    alias: Option<AliasMode>,
}

fn parse_monitor_opts(l: Term) -> Result<MonitorOpts, Exception> {
    let mut o = MonitorOpts::default();
    for it in list_to_vec(l).ok_or_else(Exception::badarg)? {
        let t = pair_arg(it)?;
        match t[0].as_atom().map(|x| x.name()) {
            Some("alias") => {
                o.alias = Some(match t[1].as_atom().map(|x| x.name()) {
                    Some("explicit_unalias") => AliasMode::Explicit,
                    Some("demonitor") => AliasMode::Demonitor,
                    Some("reply_demonitor") => AliasMode::ReplyDemonitor,
                    _ => return badarg(),
                })
            }
            Some("tag") => o.tag = Some(t[1]),
            _ => return badarg(),
        }
    }
    Ok(o)
}

/// A `max_heap_size` value: a size (the other settings take their defaults) or a map that
/// must hold `size` (its other keys change `cur`).
fn parse_max_heap(v: Term, mut cur: MaxHeap) -> Result<MaxHeap, Exception> {
    if let Some(n) = v.as_small() {
        if n < 0 {
            return badarg();
        }
        return Ok(MaxHeap {
            size: n as usize,
            ..Default::default()
        });
    }
    if !v.is_map() || crate::map::get(v, Term::atom(atom::SIZE)).is_none() {
        return badarg();
    }
    for (k, x) in crate::map::to_vec(v) {
        match k.as_atom().map(|x| x.name()) {
            Some("size") => match x.as_small() {
                Some(n) if n >= 0 => cur.size = n as usize,
                _ => return badarg(),
            },
            Some("kill") if x.is_boolean() => cur.kill = x == Term::TRUE,
            Some("error_logger") if x.is_boolean() => cur.error_logger = x == Term::TRUE,
            _ => return badarg(),
        }
    }
    if cur.size != 0 && cur.size < crate::process::DEFAULT_HEAP_WORDS {
        return badarg();
    }
    Ok(cur)
}

fn parse_spawn_opts(l: Term, flags: &mut SpawnFlags) -> Result<(), Exception> {
    for it in list_to_vec(l).ok_or_else(Exception::badarg)? {
        if let Some(name) = it.as_atom() {
            match name.name() {
                "link" => flags.link = true,
                "monitor" => flags.monitor = Some(MonitorOpts::default()),
                _ => return badarg(),
            }
            continue;
        }
        let t = pair_arg(it)?;
        let v = t[1];
        let int = || v.as_small().filter(|&n| n >= 0).map(|n| n as usize);
        match t[0].as_atom().map(|x| x.name()) {
            Some("priority") => {
                flags.opts.priority = v
                    .as_atom()
                    .and_then(Priority::from_atom)
                    .ok_or_else(Exception::badarg)?
            }
            Some("min_heap_size") => {
                flags.opts.min_heap_size = int().ok_or_else(Exception::badarg)?
            }
            Some("min_bin_vheap_size") => {
                flags.opts.min_bin_vheap_size = int().ok_or_else(Exception::badarg)?
            }
            Some("fullsweep_after") => {
                flags.opts.fullsweep_after = Some(int().ok_or_else(Exception::badarg)?)
            }
            Some("max_heap_size") => {
                flags.opts.max_heap = parse_max_heap(v, flags.opts.max_heap)?;
            }
            Some("message_queue_data") => match v.as_atom().map(|x| x.name()) {
                Some("off_heap") => flags.opts.off_heap_messages = true,
                Some("on_heap") => flags.opts.off_heap_messages = false,
                _ => return badarg(),
            },
            Some("monitor") => flags.monitor = Some(parse_monitor_opts(v)?),
            Some("async_dist") if v.is_boolean() => {}
            _ => return badarg(),
        }
    }
    Ok(())
}

/// Starts a process: copies what it runs onto its heap, links and monitors as asked.
/// Returns the pid and, with a monitor, the reference.
fn do_spawn(
    p: &mut Process,
    start: Start,
    flags: SpawnFlags,
) -> Result<(Term, Option<Term>), Exception> {
    do_spawn_keyed(p, start, flags, None)
}

/// As [`do_spawn`]; `request_monitor`: the child is also monitored by the caller under this
/// reference (spawn_request's monitor; the caller records its own side).
fn do_spawn_keyed(
    p: &mut Process,
    start: Start,
    mut flags: SpawnFlags,
    request_monitor: Option<RefKey>,
) -> Result<(Term, Option<Term>), Exception> {
    flags.opts.group_leader = p.group_leader;
    flags.opts.gc_stress |= p.gc_stress;
    let parent = p.pid;
    let mon = flags.monitor.as_ref().map(|_| new_ref(p));
    let link = flags.link;
    let entry = sched::spawn_with(&flags.opts, |child, _pid| {
        child.parent = parent;
        match &start {
            Start::Fun(f) => {
                // OTP starts a fun through erlang:apply/2 (its initial call, and the frame
                // a badarity shows).
                let f = copy_to_heap(&mut child.heap, *f);
                let apply = code::export(atom::ERLANG, atom::APPLY, 2);
                crate::interp::setup_call(child, apply, &[f, Term::NIL]);
                child.initial_call = (atom::ERLANG, atom::APPLY, 2);
            }
            Start::Mfa(m, f, args) => {
                let on_heap: Vec<Term> = args
                    .iter()
                    .map(|&t| copy_to_heap(&mut child.heap, t))
                    .collect();
                let exp = code::export(*m, *f, on_heap.len() as u32);
                child.initial_call = (*m, *f, on_heap.len() as u32);
                crate::interp::setup_call(child, exp, &on_heap);
            }
        }
        if link {
            child.extra_mut().links.insert(parent.raw());
        }
        if let Some((_, key)) = mon {
            child.extra_mut().monitored_by.insert(key, parent);
        }
        if let Some(key) = request_monitor {
            child.extra_mut().monitored_by.insert(key, parent);
        }
    })
    .map_err(|_| Exception::system_limit())?;
    let pid = entry.pid;
    if link {
        p.extra_mut().links.insert(pid.raw());
    }
    let mut mref = None;
    if let (Some((r, key)), Some(mo)) = (mon, flags.monitor) {
        add_monitor_out(p, key, pid, None, &mo);
        mref = Some(r);
    }
    Ok((pid, mref))
}

fn add_monitor_out(
    p: &mut Process,
    key: RefKey,
    target: Term,
    name: Option<Atom>,
    mo: &MonitorOpts,
) {
    if let Some(mode) = mo.alias {
        table::add_alias(key, p.pid, mode);
        p.extra_mut().aliases.push(key);
    }
    let out = MonitorOut {
        target,
        name,
        tag: mo.tag.map(Detached::new),
        alias: mo.alias,
    };
    p.extra_mut().monitors.insert(key, out);
}

fn fun_arity(f: Term) -> Option<u32> {
    match f.boxed_kind()? {
        crate::term::Kind::Fun => Some(code::closure_entry(f).callable_arity()),
        crate::term::Kind::Export => Some(code::export_entry(f).arity),
        _ => None,
    }
}

fn fun_start(f: Term) -> Result<Start, Exception> {
    if f.is_fun() {
        Ok(Start::Fun(f))
    } else {
        badarg()
    }
}

fn mfa_start(m: Term, f: Term, args: Term) -> Result<Start, Exception> {
    let (Some(m), Some(f)) = (m.as_atom(), f.as_atom()) else {
        return badarg();
    };
    let args = list_to_vec(args).ok_or_else(Exception::badarg)?;
    if args.len() > 255 {
        return badarg();
    }
    Ok(Start::Mfa(m, f, args))
}

fn check_node(n: Term) -> Result<(), Exception> {
    if n == Term::atom(atom::NONODE) {
        Ok(())
    } else if n.is_atom() {
        // Other nodes are not reachable from a node that is not distributed.
        Err(Exception::error(am("notalive")))
    } else {
        badarg()
    }
}

fn spawn1(p: &mut Process, a: A) -> BifResult {
    Ok(do_spawn(p, fun_start(a[0])?, SpawnFlags::default())?.0)
}
fn spawn2(p: &mut Process, a: A) -> BifResult {
    check_node(a[0])?;
    spawn1(p, &a[1..])
}
fn spawn3(p: &mut Process, a: A) -> BifResult {
    Ok(do_spawn(p, mfa_start(a[0], a[1], a[2])?, SpawnFlags::default())?.0)
}
fn spawn4(p: &mut Process, a: A) -> BifResult {
    check_node(a[0])?;
    spawn3(p, &a[1..])
}

fn linked() -> SpawnFlags {
    SpawnFlags {
        link: true,
        ..Default::default()
    }
}
fn monitored() -> SpawnFlags {
    SpawnFlags {
        monitor: Some(MonitorOpts::default()),
        ..Default::default()
    }
}

fn spawn_link1(p: &mut Process, a: A) -> BifResult {
    Ok(do_spawn(p, fun_start(a[0])?, linked())?.0)
}
fn spawn_link2(p: &mut Process, a: A) -> BifResult {
    check_node(a[0])?;
    spawn_link1(p, &a[1..])
}
fn spawn_link3(p: &mut Process, a: A) -> BifResult {
    Ok(do_spawn(p, mfa_start(a[0], a[1], a[2])?, linked())?.0)
}
fn spawn_link4(p: &mut Process, a: A) -> BifResult {
    check_node(a[0])?;
    spawn_link3(p, &a[1..])
}

fn pid_ref(p: &mut Process, r: (Term, Option<Term>)) -> BifResult {
    Ok(p.heap.tuple(&[r.0, r.1.unwrap_or(Term::NIL)]))
}

fn spawn_monitor1(p: &mut Process, a: A) -> BifResult {
    // Unlike spawn/1, a fun of the wrong arity is refused here.
    if fun_arity(a[0]) != Some(0) {
        return badarg();
    }
    let r = do_spawn(p, fun_start(a[0])?, monitored())?;
    pid_ref(p, r)
}
fn spawn_monitor2(p: &mut Process, a: A) -> BifResult {
    check_node(a[0])?;
    spawn_monitor1(p, &a[1..])
}
fn spawn_monitor3(p: &mut Process, a: A) -> BifResult {
    let r = do_spawn(p, mfa_start(a[0], a[1], a[2])?, monitored())?;
    pid_ref(p, r)
}
fn spawn_monitor4(p: &mut Process, a: A) -> BifResult {
    check_node(a[0])?;
    spawn_monitor3(p, &a[1..])
}

fn spawn_opt_result(p: &mut Process, start: Start, opts: Term) -> BifResult {
    let mut flags = SpawnFlags::default();
    parse_spawn_opts(opts, &mut flags)?;
    let has_monitor = flags.monitor.is_some();
    let r = do_spawn(p, start, flags)?;
    if has_monitor {
        pid_ref(p, r)
    } else {
        Ok(r.0)
    }
}
fn spawn_opt2(p: &mut Process, a: A) -> BifResult {
    let s = fun_start(a[0])?;
    spawn_opt_result(p, s, a[1])
}
fn spawn_opt3(p: &mut Process, a: A) -> BifResult {
    check_node(a[0])?;
    spawn_opt2(p, &a[1..])
}
fn spawn_opt4(p: &mut Process, a: A) -> BifResult {
    let s = mfa_start(a[0], a[1], a[2])?;
    spawn_opt_result(p, s, a[3])
}
fn spawn_opt5(p: &mut Process, a: A) -> BifResult {
    check_node(a[0])?;
    spawn_opt4(p, &a[1..])
}

/// `spawn_request/1..5`: spawns and answers with a `{spawn_reply, ReqId, ok, Pid}` message
/// (or the `reply_tag` given); `{reply, no | error_only | success_only | yes}`.
/// How a spawn request is answered (`{reply, _}`).
#[derive(Copy, Clone)]
struct ReplyMode {
    success: bool,
    error: bool,
}

/// Splits the spawn_request-only options (`reply_tag`, `reply`) from the spawn options.
fn request_options(p: &mut Process, opts: Term) -> Result<(Term, ReplyMode, Term), Exception> {
    let mut reply_tag = am("spawn_reply");
    let mut mode = ReplyMode {
        success: true,
        error: true,
    };
    let mut plain = Vec::new();
    for it in list_to_vec(opts).ok_or_else(Exception::badarg)? {
        if let Some(t) = it.as_tuple().filter(|t| t.len() == 2) {
            match t[0].as_atom().map(|x| x.name()) {
                Some("reply_tag") => {
                    reply_tag = t[1];
                    continue;
                }
                Some("reply") => {
                    let (success, error) = match t[1].as_atom().map(|x| x.name()) {
                        Some("yes") => (true, true),
                        Some("no") => (false, false),
                        Some("success_only") => (true, false),
                        Some("error_only") => (false, true),
                        _ => return badarg(),
                    };
                    mode = ReplyMode { success, error };
                    continue;
                }
                _ => {}
            }
        }
        plain.push(it);
    }
    let l = p.heap.list(&plain);
    Ok((reply_tag, mode, l))
}

/// `erts_internal:spawn_request/4` on this node: a bad spawn option is answered with
/// `{error, badopt}`, as OTP does.
fn spawn_request(p: &mut Process, start: Start, opts: Term) -> BifResult {
    let (reply_tag, mode, plain) = request_options(p, opts)?;
    let mut flags = SpawnFlags::default();
    let (req, key) = new_ref(p);
    if parse_spawn_opts(plain, &mut flags).is_err() {
        if mode.error {
            let msg = p
                .heap
                .tuple(&[reply_tag, req, Term::atom(atom::ERROR), am("badopt")]);
            signal::send_from(p, p.pid, msg);
        }
        return Ok(req);
    }
    // A monitor made by spawn_request uses the request id as its reference.
    let want_monitor = flags.monitor.take();
    let (pid, _) = do_spawn_keyed(p, start, flags, want_monitor.as_ref().map(|_| key))?;
    if let Some(mo) = want_monitor {
        add_monitor_out(p, key, pid, None, &mo);
    }
    if mode.success {
        let msg = p.heap.tuple(&[reply_tag, req, Term::atom(atom::OK), pid]);
        signal::send_from(p, p.pid, msg);
    }
    Ok(req)
}

/// A spawn request to another node: there is no distribution, so it is answered with
/// `{error, noconnection}`.
fn spawn_request_remote(p: &mut Process, opts: Term) -> BifResult {
    let (reply_tag, mode, _) = request_options(p, opts)?;
    let (req, _) = new_ref(p);
    if mode.error {
        let msg = p
            .heap
            .tuple(&[reply_tag, req, Term::atom(atom::ERROR), am("noconnection")]);
        signal::send_from(p, p.pid, msg);
    }
    Ok(req)
}

/// `[F, []]` for starting a fun through `erlang:apply/2`.
fn apply_start(f: Term) -> Start {
    Start::Mfa(atom::ERLANG, atom::APPLY, alloc::vec![f, Term::NIL])
}

/// `spawn_request(Node, Fun, Opts)`: OTP's erlang.erl makes it
/// `spawn_request(Node, erlang, apply, [Fun, []], Opts)`.
fn spawn_request_fun_on(p: &mut Process, node: Term, f: Term, opts: Term) -> BifResult {
    let args = p.heap.list(&[f, Term::NIL]);
    spawn_request5(
        p,
        &[
            node,
            Term::atom(atom::ERLANG),
            Term::atom(atom::APPLY),
            args,
            opts,
        ],
    )
}

fn is_fun0(f: Term) -> bool {
    fun_arity(f) == Some(0)
}

// The spawn_request/1..5 clauses of OTP's erlang.erl, in order.
fn spawn_request1(p: &mut Process, a: A) -> BifResult {
    if !is_fun0(a[0]) {
        return badarg();
    }
    let s = apply_start(a[0]);
    spawn_request(p, s, Term::NIL)
}
fn spawn_request2(p: &mut Process, a: A) -> BifResult {
    if is_fun0(a[0]) {
        let s = apply_start(a[0]);
        return spawn_request(p, s, a[1]);
    }
    if is_fun0(a[1]) {
        return spawn_request_fun_on(p, a[0], a[1], Term::NIL);
    }
    badarg()
}
fn spawn_request3(p: &mut Process, a: A) -> BifResult {
    if is_fun0(a[1]) {
        return spawn_request_fun_on(p, a[0], a[1], a[2]);
    }
    spawn_request4(p, &[a[0], a[1], a[2], Term::NIL])
}
fn spawn_request4(p: &mut Process, a: A) -> BifResult {
    if a[2].is_atom() {
        // (Node, Module, Function, Args).
        return spawn_request5(p, &[a[0], a[1], a[2], a[3], Term::NIL]);
    }
    let s = mfa_start(a[0], a[1], a[2])?;
    spawn_request(p, s, a[3])
}
fn spawn_request5(p: &mut Process, a: A) -> BifResult {
    if a[0] == Term::atom(atom::NONODE) {
        return spawn_request4(p, &a[1..]);
    }
    if !a[0].is_atom() || !a[1].is_atom() || !a[2].is_atom() || list_to_vec(a[3]).is_none() {
        return badarg();
    }
    spawn_request_remote(p, a[4])
}
fn spawn_request_abandon(p: &mut Process, a: A) -> BifResult {
    if ref_key(a[0]).is_none() {
        return badarg();
    }
    let _ = p;
    // Local spawns are answered at once: nothing is pending.
    Ok(Term::FALSE)
}

// ---- links and exit signals ----

fn link(p: &mut Process, a: A) -> BifResult {
    let to = a[0];
    if to.is_local_port() {
        return badarg();
    }
    if !to.is_local_pid() {
        return badarg();
    }
    if to == p.pid || p.is_linked_to(to) {
        return Ok(Term::TRUE);
    }
    let ok = match table::lookup(to) {
        Some(e) => signal::deliver(&e, Signal::Link { from: p.pid }).is_ok(),
        None => false,
    };
    if ok {
        p.extra_mut().links.insert(to.raw());
        return Ok(Term::TRUE);
    }
    if p.trap_exit {
        let noproc = Term::atom(atom::NOPROC);
        let msg = p.heap.tuple(&[Term::atom(atom::EXIT_UPPER), to, noproc]);
        signal::send_from(p, p.pid, msg);
        Ok(Term::TRUE)
    } else {
        Err(Exception::error(Term::atom(atom::NOPROC)))
    }
}

fn unlink(p: &mut Process, a: A) -> BifResult {
    let to = a[0];
    if !to.is_local_pid() && !to.is_local_port() {
        return badarg();
    }
    if let Some(x) = p.extra.as_mut() {
        if x.links.remove(&to.raw()) {
            let _ = signal::send_signal(to, Signal::Unlink { from: p.pid });
        }
    }
    Ok(Term::TRUE)
}

/// Handles the signals a process sent itself; if one ended it, the BIF's process stops.
fn apply_own_signals(p: &mut Process) {
    if signal::handle_incoming(p) {
        request(p, CallTarget::Exit);
    }
}

fn exit2(p: &mut Process, a: A) -> BifResult {
    let (to, reason) = (a[0], a[1]);
    if to.is_local_port() {
        return Ok(Term::TRUE);
    }
    if !to.is_local_pid() {
        return badarg();
    }
    let sig = Signal::Exit {
        from: p.pid,
        reason: Arc::new(Detached::new(reason)),
        linked: false,
    };
    if to == p.pid {
        if let Some(e) = p.entry.clone() {
            let _ = signal::deliver(&e, sig);
            apply_own_signals(p);
        } else {
            p.signals.push_back(sig);
            apply_own_signals(p);
        }
    } else {
        let _ = signal::send_signal(to, sig);
    }
    Ok(Term::TRUE)
}

// ---- monitors ----

fn monitor_common(p: &mut Process, kind: Term, item: Term, opts: MonitorOpts) -> BifResult {
    match kind.as_atom().map(|x| x.name()) {
        Some("process") => {}
        Some("port") => {
            if !(item.is_port() || item.is_atom()) {
                return badarg();
            }
            let (r, key) = new_ref(p);
            let obj = item;
            let noproc = Term::atom(atom::NOPROC);
            let msg = p.heap.tuple(&[
                Term::atom(atom::DOWN),
                r,
                Term::atom(atom::PORT),
                obj,
                noproc,
            ]);
            let _ = key;
            signal::send_from(p, p.pid, msg);
            return Ok(r);
        }
        Some("time_offset") => {
            if item != am("clock_service") {
                return badarg();
            }
            // The time offset never changes here ("final"): the monitor never fires.
            let (r, key) = new_ref(p);
            let mo = MonitorOut {
                target: item,
                name: None,
                tag: None,
                alias: None,
            };
            p.extra_mut().monitors.insert(key, mo);
            return Ok(r);
        }
        _ => return badarg(),
    }
    let (target, name) = if item.is_local_pid() {
        (Some(item), None)
    } else if let Some(n) = item.as_atom() {
        (table::whereis(n), Some(n))
    } else if let Some(t) = item.as_tuple().filter(|t| t.len() == 2) {
        let (Some(n), Some(node)) = (t[0].as_atom(), t[1].as_atom()) else {
            return badarg();
        };
        if node != atom::NONODE {
            // Another node: never connected from here.
            let (r, key) = new_ref(p);
            let mo = MonitorOut {
                target: Term::UNDEFINED,
                name: None,
                tag: opts.tag.map(Detached::new),
                alias: None,
            };
            let reason = am("noconnection");
            let msg = signal::down_message(p, &mo, key, item, reason);
            signal::send_from(p, p.pid, msg);
            return Ok(r);
        }
        (table::whereis(n), Some(n))
    } else {
        // Remote pids (no distribution) and anything else.
        return badarg();
    };
    let (r, key) = new_ref(p);
    if target == Some(p.pid) {
        // Monitoring oneself: allowed, and nothing can ever fire.
        if let Some(mode) = opts.alias {
            table::add_alias(key, p.pid, mode);
            p.extra_mut().aliases.push(key);
        }
        return Ok(r);
    }
    let delivered = match target.and_then(table::lookup) {
        Some(e) => signal::deliver(&e, Signal::Monitor { from: p.pid, key }).is_ok(),
        None => false,
    };
    let tgt = target.unwrap_or(Term::UNDEFINED);
    add_monitor_out(p, key, tgt, name, &opts);
    if !delivered {
        // No such process: 'DOWN' with noproc at once.
        if let Some(mon) = p.extra.as_mut().and_then(|x| x.monitors.remove(&key)) {
            let reason = Term::atom(atom::NOPROC);
            let msg = signal::down_message(p, &mon, key, item, reason);
            if mon.alias == Some(AliasMode::Demonitor) {
                signal::remove_alias(p, key);
            }
            signal::send_from(p, p.pid, msg);
        }
    }
    Ok(r)
}

fn monitor2(p: &mut Process, a: A) -> BifResult {
    monitor_common(p, a[0], a[1], MonitorOpts::default())
}
fn monitor3(p: &mut Process, a: A) -> BifResult {
    let o = parse_monitor_opts(a[2])?;
    monitor_common(p, a[0], a[1], o)
}

/// Removes monitor `key`; true if it was active.
pub(crate) fn drop_monitor(p: &mut Process, key: RefKey) -> bool {
    let Some(mon) = p.extra.as_mut().and_then(|x| x.monitors.remove(&key)) else {
        return false;
    };
    if mon.target.is_local_pid() {
        let _ = signal::send_signal(mon.target, Signal::Demonitor { from: p.pid, key });
    }
    if matches!(
        mon.alias,
        Some(AliasMode::Demonitor | AliasMode::ReplyDemonitor)
    ) {
        signal::remove_alias(p, key);
    }
    true
}

fn demonitor1(p: &mut Process, a: A) -> BifResult {
    let key = ref_key(a[0]).ok_or_else(Exception::badarg)?;
    drop_monitor(p, key);
    Ok(Term::TRUE)
}

fn demonitor2(p: &mut Process, a: A) -> BifResult {
    let key = ref_key(a[0]).ok_or_else(Exception::badarg)?;
    let (mut flush, mut info) = (false, false);
    for o in list_to_vec(a[1]).ok_or_else(Exception::badarg)? {
        match o.as_atom().map(|x| x.name()) {
            Some("flush") => flush = true,
            Some("info") => info = true,
            _ => return badarg(),
        }
    }
    let was = drop_monitor(p, key);
    let mut flushed = false;
    if flush {
        let _ = signal::handle_incoming(p);
        let mut i = 0;
        while i < p.mailbox.len() {
            let m = p.mailbox[i];
            let hit = m
                .as_tuple()
                .is_some_and(|t| t.len() == 5 && ref_key(t[1]) == Some(key));
            if hit {
                p.remove_message(i);
                flushed = true;
                if p.recv_pos > i {
                    p.recv_pos -= 1;
                }
            } else {
                i += 1;
            }
        }
    }
    let _ = flushed;
    if info {
        Ok(Term::bool(was))
    } else {
        Ok(Term::TRUE)
    }
}

// ---- aliases ----

fn alias0(p: &mut Process, _a: A) -> BifResult {
    let (r, key) = new_ref(p);
    table::add_alias(key, p.pid, AliasMode::Explicit);
    p.extra_mut().aliases.push(key);
    Ok(r)
}
fn alias1(p: &mut Process, a: A) -> BifResult {
    let mut mode = AliasMode::Explicit;
    for o in list_to_vec(a[0]).ok_or_else(Exception::badarg)? {
        match o.as_atom().map(|x| x.name()) {
            Some("explicit_unalias") => mode = AliasMode::Explicit,
            Some("reply") => mode = AliasMode::Reply,
            _ => return badarg(),
        }
    }
    let (r, key) = new_ref(p);
    table::add_alias(key, p.pid, mode);
    p.extra_mut().aliases.push(key);
    Ok(r)
}
fn unalias(p: &mut Process, a: A) -> BifResult {
    let key = ref_key(a[0]).ok_or_else(Exception::badarg)?;
    let was = table::remove_alias(key, p.pid);
    if let Some(x) = p.extra.as_mut() {
        x.aliases.retain(|k| *k != key);
    }
    Ok(Term::bool(was))
}

// ---- registry ----

fn register(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    if !a[1].is_local_pid() {
        return badarg();
    }
    let entry = if a[1] == p.pid {
        p.entry.clone()
    } else {
        table::lookup(a[1])
    };
    let Some(entry) = entry else {
        return badarg();
    };
    table::register(name, &entry).map_err(|_| Exception::badarg())?;
    Ok(Term::TRUE)
}

fn unregister(_p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    match table::unregister(name) {
        Some(_) => Ok(Term::TRUE),
        None => badarg(),
    }
}

fn whereis(_p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(table::whereis(name).unwrap_or(Term::UNDEFINED))
}

fn registered(p: &mut Process, _a: A) -> BifResult {
    let names: Vec<Term> = table::registered().into_iter().map(Term::atom).collect();
    Ok(p.heap.list(&names))
}

// ---- process state ----

fn is_process_alive(p: &mut Process, a: A) -> BifResult {
    let pid = a[0];
    if !pid.is_local_pid() {
        return badarg();
    }
    if pid == p.pid {
        return Ok(Term::TRUE);
    }
    let alive = table::lookup(pid).is_some_and(|e| sched::with_process(&e, |_| ()).is_some());
    Ok(Term::bool(alive))
}

fn processes(p: &mut Process, _a: A) -> BifResult {
    let pids: Vec<Term> = table::all().iter().map(|e| e.pid).collect();
    Ok(p.heap.list(&pids))
}

fn group_leader0(p: &mut Process, _a: A) -> BifResult {
    Ok(p.group_leader)
}

fn group_leader2(p: &mut Process, a: A) -> BifResult {
    let (gl, pid) = (a[0], a[1]);
    if !gl.is_pid() || !pid.is_local_pid() {
        return badarg();
    }
    if pid == p.pid {
        p.group_leader = gl;
        return Ok(Term::TRUE);
    }
    match signal::send_signal(pid, Signal::GroupLeader { leader: gl }) {
        Ok(()) => Ok(Term::TRUE),
        Err(_) => badarg(),
    }
}

fn yield0(p: &mut Process, _a: A) -> BifResult {
    request(p, CallTarget::Yield);
    Ok(Term::TRUE)
}

fn hibernate(p: &mut Process, a: A) -> BifResult {
    let (Some(m), Some(f)) = (a[0].as_atom(), a[1].as_atom()) else {
        return badarg();
    };
    let args = list_to_vec(a[2]).ok_or_else(Exception::badarg)?;
    if args.len() > 255 {
        return badarg();
    }
    let exp = code::export(m, f, args.len() as u32);
    p.pending_call = Some(PendingCall {
        target: CallTarget::Hibernate(exp),
        args,
    });
    Ok(Term::TRUE)
}

fn bool_arg(t: Term) -> Result<bool, Exception> {
    if t.is_boolean() {
        Ok(t == Term::TRUE)
    } else {
        badarg()
    }
}

/// A non-negative integer argument (a heap size or a count).
fn size_arg(t: Term) -> Result<usize, Exception> {
    t.as_small()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(Exception::badarg)
}

fn max_heap_term(h: &mut Heap, m: MaxHeap) -> Term {
    let pairs = [
        (am("error_logger"), Term::bool(m.error_logger)),
        (am("kill"), Term::bool(m.kill)),
        (am("size"), Term::small(m.size as i64)),
    ];
    crate::map::from_pairs(h, &pairs)
}

fn process_flag(p: &mut Process, a: A) -> BifResult {
    let (flag, v) = (a[0], a[1]);
    let Some(f) = flag.as_atom() else {
        return badarg();
    };
    match f.name() {
        "trap_exit" => {
            let new = bool_arg(v)?;
            let old = p.trap_exit;
            p.trap_exit = new;
            Ok(Term::bool(old))
        }
        "priority" => {
            let new = v
                .as_atom()
                .and_then(Priority::from_atom)
                .ok_or_else(Exception::badarg)?;
            let old = p.priority;
            p.priority = new;
            if let Some(e) = &p.entry {
                e.set_priority(new);
            }
            Ok(old.atom())
        }
        "min_heap_size" => {
            let n = size_arg(v)?;
            let x = p.extra_mut();
            let old = x.min_heap_size.max(crate::process::DEFAULT_HEAP_WORDS);
            x.min_heap_size = n;
            Ok(Term::small(old as i64))
        }
        "min_bin_vheap_size" => {
            let n = size_arg(v)?;
            let x = p.extra_mut();
            let old = x.min_bin_vheap_size();
            x.min_bin_vheap_size = n;
            Ok(Term::small(old as i64))
        }
        "fullsweep_after" => {
            let n = size_arg(v)?;
            let x = p.extra_mut();
            let old = x.fullsweep_after();
            x.fullsweep_after = Some(n);
            Ok(Term::small(old as i64))
        }
        "max_heap_size" => {
            let cur = p.extra.as_ref().map(|x| x.max_heap).unwrap_or_default();
            let new = parse_max_heap(v, cur)?;
            p.extra_mut().max_heap = new;
            Ok(max_heap_term(&mut p.heap, cur))
        }
        "message_queue_data" => {
            let off = match v.as_atom().map(|x| x.name()) {
                Some("off_heap") => true,
                Some("on_heap") => false,
                _ => return badarg(),
            };
            let x = p.extra_mut();
            let old = x.off_heap_messages;
            x.off_heap_messages = off;
            Ok(am(if old { "off_heap" } else { "on_heap" }))
        }
        "save_calls" => {
            let n = v
                .as_small()
                .filter(|&n| (0..=10_000).contains(&n))
                .ok_or_else(Exception::badarg)?;
            let x = p.extra_mut();
            let old = x.save_calls;
            x.save_calls = n;
            Ok(Term::small(old))
        }
        "sensitive" => {
            let new = bool_arg(v)?;
            let x = p.extra_mut();
            let old = x.sensitive;
            x.sensitive = new;
            Ok(Term::bool(old))
        }
        "error_handler" => {
            let new = v.as_atom().ok_or_else(Exception::badarg)?;
            let old = p.error_handler;
            p.error_handler = new;
            Ok(Term::atom(old))
        }
        _ => badarg(),
    }
}

fn process_flag3(p: &mut Process, a: A) -> BifResult {
    let (pid, flag, v) = (a[0], a[1], a[2]);
    if !pid.is_local_pid() || flag != am("save_calls") {
        return badarg();
    }
    if pid == p.pid {
        return process_flag(p, &a[1..]);
    }
    let n = v
        .as_small()
        .filter(|&n| (0..=10_000).contains(&n))
        .ok_or_else(Exception::badarg)?;
    let e = table::lookup(pid).ok_or_else(Exception::badarg)?;
    let old = sched::with_process(&e, |q| {
        let x = q.extra_mut();
        let old = x.save_calls;
        x.save_calls = n;
        old
    })
    .ok_or_else(Exception::badarg)?;
    Ok(Term::small(old))
}

fn suspend_process(p: &mut Process, a: A) -> BifResult {
    let pid = a[0];
    if !pid.is_local_pid() || pid == p.pid {
        return badarg();
    }
    let mut unless_suspending = false;
    if a.len() > 1 {
        for o in list_to_vec(a[1]).ok_or_else(Exception::badarg)? {
            match o.as_atom().map(|x| x.name()) {
                Some("unless_suspending") => unless_suspending = true,
                Some("asynchronous") => {}
                _ => return badarg(),
            }
        }
    }
    let e = table::lookup(pid).ok_or_else(Exception::badarg)?;
    if e.is_exiting() {
        return badarg();
    }
    let list = &mut p.extra_mut().suspending;
    match list.iter_mut().find(|(q, _)| *q == pid) {
        Some(_) if unless_suspending => return Ok(Term::FALSE),
        Some((_, n)) => *n += 1,
        None => list.push((pid, 1)),
    }
    e.suspend();
    Ok(Term::TRUE)
}

fn resume_process(p: &mut Process, a: A) -> BifResult {
    let pid = a[0];
    if !pid.is_local_pid() || pid == p.pid {
        return badarg();
    }
    // Only the suspensions this process made can be undone by it.
    let Some(list) = p.extra.as_mut().map(|x| &mut x.suspending) else {
        return badarg();
    };
    let Some(i) = list.iter().position(|(q, _)| *q == pid) else {
        return badarg();
    };
    list[i].1 -= 1;
    if list[i].1 == 0 {
        list.remove(i);
    }
    if let Some(e) = table::lookup(pid) {
        e.resume();
    }
    Ok(Term::TRUE)
}

// ---- process_info ----

/// The items of `process_info/1`, in OTP's order (`registered_name` first when there is one).
const DEFAULT_ITEMS: &[&str] = &[
    "current_function",
    "initial_call",
    "status",
    "message_queue_len",
    "links",
    "dictionary",
    "trap_exit",
    "error_handler",
    "priority",
    "group_leader",
    "total_heap_size",
    "heap_size",
    "stack_size",
    "reductions",
    "garbage_collection",
    "suspending",
];

const KNOWN_ITEMS: &[&str] = &[
    "backtrace",
    "binary",
    "catchlevel",
    "current_function",
    "current_location",
    "current_stacktrace",
    "dictionary",
    "error_handler",
    "garbage_collection",
    "garbage_collection_info",
    "group_leader",
    "heap_size",
    "initial_call",
    "links",
    "last_calls",
    "memory",
    "message_queue_len",
    "messages",
    "min_heap_size",
    "min_bin_vheap_size",
    "max_heap_size",
    "monitored_by",
    "monitors",
    "message_queue_data",
    "parent",
    "priority",
    "reductions",
    "registered_name",
    "sequential_trace_token",
    "stack_size",
    "status",
    "suspending",
    "total_heap_size",
    "trace",
    "trap_exit",
    "fullsweep_after",
    "async_dist",
];

/// How another process looks from outside, besides its body.
struct View {
    is_self: bool,
    running: bool,
    queued: bool,
    suspended: bool,
    name: Option<Atom>,
}

fn mfa_tuple(h: &mut Heap, m: Atom, f: Atom, ar: u32) -> Term {
    h.tuple(&[Term::atom(m), Term::atom(f), Term::small(i64::from(ar))])
}

/// The function at code address `pc` as `(M, F, A)`.
fn function_at(pc: *const crate::code::instr::Instr) -> Option<(Atom, Atom, u32)> {
    let m = code::module_of(pc)?;
    let slot = m.slot_of(pc)?;
    let f = m.function_at(slot)?;
    Some((m.name, f.name, f.arity))
}

/// Code addresses of `q`'s current function and callers (innermost first).
fn call_chain(q: &mut Process) -> Vec<*const crate::code::instr::Instr> {
    let mut v = Vec::new();
    if q.hibernated {
        return v;
    }
    v.push(q.ip);
    let stack = q.stack.used_mut(q.e);
    for &w in stack.iter() {
        if w.is_header_word() && w.raw() != 0 {
            let ret = w.raw() as *const crate::code::instr::Instr;
            v.push(ret.wrapping_sub(1));
        }
    }
    v
}

fn current_mfa(q: &mut Process) -> (Atom, Atom, u32) {
    if q.hibernated {
        return (
            atom::ERLANG,
            am("hibernate").as_atom().unwrap_or(atom::ERLANG),
            3,
        );
    }
    if q.ip == crate::interp::pending_code() || q.ip.is_null() {
        return q.initial_call;
    }
    function_at(q.ip).unwrap_or(q.initial_call)
}

fn location_list(h: &mut Heap, pc: *const crate::code::instr::Instr) -> Term {
    let Some(m) = code::module_of(pc) else {
        return Term::NIL;
    };
    let Some(slot) = m.slot_of(pc) else {
        return Term::NIL;
    };
    match m.location_at(slot) {
        Some((file, line)) => {
            let chars: Vec<Term> = file.chars().map(|c| Term::small(c as i64)).collect();
            let f = h.list(&chars);
            let ft = h.tuple(&[Term::atom(atom::FILE), f]);
            let lt = h.tuple(&[Term::atom(atom::LINE), Term::small(i64::from(line))]);
            h.list(&[ft, lt])
        }
        None => Term::NIL,
    }
}

/// Bytes of memory the process holds (its struct, heap, stack and queues).
/// `erlang:memory/0,1`: processes are measured (those another scheduler is running count
/// as an empty process); atoms are estimated from their count; code is the code and literal
/// areas of the module versions in memory (part of system); binaries and ETS are not
/// tracked and report 0.
fn memory(p: &mut Process, a: A) -> BifResult {
    const KEYS: [&str; 9] = [
        "total",
        "processes",
        "processes_used",
        "system",
        "atom",
        "atom_used",
        "binary",
        "code",
        "ets",
    ];
    let mut procs = 0usize;
    for e in table::all() {
        if e.pid == p.pid {
            procs += process_memory(p);
        } else if let Some(g) = e.body.try_lock() {
            procs += g.as_ref().map_or(0, |q| process_memory(q));
        } else {
            procs += core::mem::size_of::<Process>() + core::mem::size_of::<ProcEntry>();
        }
    }
    let atoms = Atom::count() * 48;
    let code = crate::code::code_bytes();
    let system = atoms + code + 1024 * 1024;
    let value = |k: &str| -> usize {
        match k {
            "total" => procs + system,
            "processes" | "processes_used" => procs,
            "system" => system,
            "atom" | "atom_used" => atoms,
            "code" => code,
            _ => 0,
        }
    };
    let key_name = |t: Term| -> Option<&'static str> {
        let n = t.as_atom()?.name();
        KEYS.iter().copied().find(|&k| k == n)
    };
    match a.first() {
        None => {
            let items: Vec<Term> = KEYS
                .iter()
                .map(|&k| {
                    let v = crate::term::make_u64(&mut p.heap, value(k) as u64);
                    p.heap.tuple(&[am(k), v])
                })
                .collect();
            Ok(p.heap.list(&items))
        }
        Some(&t) if t.is_atom() => {
            let k = key_name(t).ok_or_else(Exception::badarg)?;
            Ok(crate::term::make_u64(&mut p.heap, value(k) as u64))
        }
        Some(&t) => {
            let mut items = Vec::new();
            for x in list_to_vec(t).ok_or_else(Exception::badarg)? {
                let k = key_name(x).ok_or_else(Exception::badarg)?;
                let v = crate::term::make_u64(&mut p.heap, value(k) as u64);
                items.push(p.heap.tuple(&[am(k), v]));
            }
            Ok(p.heap.list(&items))
        }
    }
}

fn process_memory(q: &Process) -> usize {
    core::mem::size_of::<Process>()
        + core::mem::size_of::<ProcEntry>()
        + 8 * (q.heap.block_words()
            + q.heap
                .used_words()
                .saturating_sub(q.heap.block_words().min(q.heap.used_words())))
        + 8 * q.stack.len_words()
        + 8 * q.mailbox.capacity()
        + q.extra
            .as_ref()
            .map_or(0, |_| core::mem::size_of::<crate::process::Extra>())
}

/// The value of one `process_info` item for `q`, built on `h`.
fn info_item(q: &mut Process, v: &View, h: &mut Heap, item: &str) -> Term {
    match item {
        "registered_name" => match v.name {
            Some(n) => Term::atom(n),
            None => Term::NIL,
        },
        "current_function" => {
            let (m, f, ar) = current_mfa(q);
            mfa_tuple(h, m, f, ar)
        }
        "current_location" => {
            let (m, f, ar) = current_mfa(q);
            let loc = if q.hibernated || q.ip == crate::interp::pending_code() {
                Term::NIL
            } else {
                location_list(h, q.ip)
            };
            h.tuple(&[
                Term::atom(m),
                Term::atom(f),
                Term::small(i64::from(ar)),
                loc,
            ])
        }
        "current_stacktrace" => {
            let chain = call_chain(q);
            let mut frames = Vec::new();
            if chain.is_empty() || q.ip == crate::interp::pending_code() {
                let (m, f, ar) = current_mfa(q);
                frames.push(h.tuple(&[
                    Term::atom(m),
                    Term::atom(f),
                    Term::small(i64::from(ar)),
                    Term::NIL,
                ]));
            } else {
                for pc in chain
                    .into_iter()
                    .take(crate::interp::trace::BACKTRACE_DEPTH)
                {
                    if let Some((m, f, ar)) = function_at(pc) {
                        let loc = location_list(h, pc);
                        frames.push(h.tuple(&[
                            Term::atom(m),
                            Term::atom(f),
                            Term::small(i64::from(ar)),
                            loc,
                        ]));
                    }
                }
            }
            h.list(&frames)
        }
        "initial_call" => {
            let (m, f, ar) = q.initial_call;
            mfa_tuple(h, m, f, ar)
        }
        "status" => am(if v.is_self || v.running {
            "running"
        } else if v.suspended {
            "suspended"
        } else if v.queued || q.status != Status::Waiting {
            "runnable"
        } else {
            "waiting"
        }),
        "message_queue_len" => Term::small(q.mailbox.len() as i64),
        "messages" => {
            let ms: Vec<Term> = q.mailbox.iter().map(|&m| copy_to_heap(h, m)).collect();
            h.list(&ms)
        }
        "links" => {
            let ls: Vec<Term> = q
                .links()
                .map(|l| l.iter().map(|&w| Term::from_raw(w)).collect())
                .unwrap_or_default();
            h.list(&ls)
        }
        "monitors" => {
            let mut items = Vec::new();
            if let Some(x) = q.extra.as_ref() {
                for mon in x.monitors.values() {
                    let obj = match mon.name {
                        Some(n) => h.tuple(&[Term::atom(n), Term::atom(atom::NONODE)]),
                        None => mon.target,
                    };
                    items.push(h.tuple(&[Term::atom(atom::PROCESS), obj]));
                }
            }
            h.list(&items)
        }
        "monitored_by" => {
            let items: Vec<Term> = q
                .extra
                .as_ref()
                .map(|x| x.monitored_by.values().copied().collect())
                .unwrap_or_default();
            h.list(&items)
        }
        "dictionary" => {
            let pairs = q.dict.pairs_in_order();
            let items: Vec<Term> = pairs
                .iter()
                .map(|kv| {
                    let k = copy_to_heap(h, kv[0]);
                    let val = copy_to_heap(h, kv[1]);
                    h.tuple(&[k, val])
                })
                .collect();
            h.list(&items)
        }
        "trap_exit" => Term::bool(q.trap_exit),
        "error_handler" => Term::atom(q.error_handler),
        "priority" => q.priority.atom(),
        "group_leader" => q.group_leader,
        "total_heap_size" => Term::small(q.heap.block_words().max(q.heap.used_words()) as i64),
        "heap_size" => Term::small(q.heap.block_words() as i64),
        "stack_size" => {
            let used = q.stack.used_mut(q.e).len();
            Term::small(used as i64)
        }
        "reductions" => Term::small(q.reductions as i64),
        "garbage_collection" => {
            let mh = q.extra.as_ref().map(|x| x.max_heap).unwrap_or_default();
            let bin_vheap = q
                .extra
                .as_ref()
                .map_or(crate::process::DEFAULT_BIN_VHEAP_WORDS, |x| {
                    x.min_bin_vheap_size()
                });
            let sweep = q
                .extra
                .as_ref()
                .map_or(crate::process::DEFAULT_FULLSWEEP_AFTER, |x| {
                    x.fullsweep_after()
                });
            let min = q
                .extra
                .as_ref()
                .map_or(0, |x| x.min_heap_size)
                .max(crate::process::DEFAULT_HEAP_WORDS);
            let mhm = crate::map::from_pairs(
                h,
                &[
                    (am("error_logger"), Term::bool(mh.error_logger)),
                    (am("kill"), Term::bool(mh.kill)),
                    (am("size"), Term::small(mh.size as i64)),
                ],
            );
            let items = [
                h.tuple(&[am("max_heap_size"), mhm]),
                h.tuple(&[am("min_bin_vheap_size"), Term::small(bin_vheap as i64)]),
                h.tuple(&[am("min_heap_size"), Term::small(min as i64)]),
                h.tuple(&[am("fullsweep_after"), Term::small(sweep as i64)]),
                h.tuple(&[am("minor_gcs"), Term::small(q.heap.collections as i64)]),
            ];
            h.list(&items)
        }
        "garbage_collection_info" => {
            let block = q.heap.block_words() as i64;
            let used = q.heap.used_words() as i64;
            let stack = q.stack.used_mut(q.e).len() as i64;
            let pairs: [(&str, i64); 11] = [
                ("old_heap_block_size", 0),
                ("heap_block_size", block),
                ("mbuf_size", 0),
                ("recent_size", 0),
                ("stack_size", stack),
                ("old_heap_size", 0),
                ("heap_size", used),
                ("bin_vheap_size", 0),
                ("bin_vheap_block_size", 46_422),
                ("bin_old_vheap_size", 0),
                ("bin_old_vheap_block_size", 46_422),
            ];
            let items: Vec<Term> = pairs
                .iter()
                .map(|&(k, n)| h.tuple(&[am(k), Term::small(n)]))
                .collect();
            h.list(&items)
        }
        "suspending" => {
            let list: Vec<(Term, u32)> = q
                .extra
                .as_ref()
                .map(|x| x.suspending.clone())
                .unwrap_or_default();
            let items: Vec<Term> = list
                .iter()
                .map(|&(pid, n)| h.tuple(&[pid, Term::small(i64::from(n)), Term::small(0)]))
                .collect();
            h.list(&items)
        }
        "binary" | "sequential_trace_token" => Term::NIL,
        "memory" => Term::small(process_memory(q) as i64),
        "min_heap_size" => Term::small(
            q.extra
                .as_ref()
                .map_or(0, |x| x.min_heap_size)
                .max(crate::process::DEFAULT_HEAP_WORDS) as i64,
        ),
        "min_bin_vheap_size" => Term::small(
            q.extra
                .as_ref()
                .map_or(crate::process::DEFAULT_BIN_VHEAP_WORDS, |x| {
                    x.min_bin_vheap_size()
                }) as i64,
        ),
        "fullsweep_after" => Term::small(
            q.extra
                .as_ref()
                .map_or(crate::process::DEFAULT_FULLSWEEP_AFTER, |x| {
                    x.fullsweep_after()
                }) as i64,
        ),
        "max_heap_size" => {
            let mh = q.extra.as_ref().map(|x| x.max_heap).unwrap_or_default();
            crate::map::from_pairs(
                h,
                &[
                    (am("error_logger"), Term::bool(mh.error_logger)),
                    (am("kill"), Term::bool(mh.kill)),
                    (am("size"), Term::small(mh.size as i64)),
                ],
            )
        }
        "message_queue_data" => am(if q.extra.as_ref().is_some_and(|x| x.off_heap_messages) {
            "off_heap"
        } else {
            "on_heap"
        }),
        "parent" => {
            if q.parent.is_local_pid() {
                q.parent
            } else {
                Term::UNDEFINED
            }
        }
        "catchlevel" => {
            let n = q
                .stack
                .used_mut(q.e)
                .iter()
                .filter(|w| w.is_catch())
                .count();
            Term::small(n as i64)
        }
        "last_calls" => Term::FALSE,
        "trace" => Term::small(0),
        "async_dist" => Term::FALSE,
        "backtrace" => crate::binary::new_binary(h, b""),
        _ => Term::UNDEFINED,
    }
}

fn item_name(t: Term) -> Result<&'static str, Exception> {
    let n = t.as_atom().ok_or_else(Exception::badarg)?.name();
    if KNOWN_ITEMS.contains(&n) {
        Ok(n)
    } else {
        badarg()
    }
}

/// Runs `f` with the process `pid` (self or another, made up to date), its outside view and
/// a scratch heap; copies the result onto the caller's heap. `Ok(None)`: no such process.
fn with_info(
    p: &mut Process,
    pid: Term,
    f: impl FnOnce(&mut Process, &View, &mut Heap) -> Term,
) -> Result<Option<Term>, Exception> {
    if !pid.is_local_pid() {
        return badarg();
    }
    let mut scratch = Heap::new(64);
    let r = if pid == p.pid {
        let _ = signal::handle_incoming(p);
        let v = View {
            is_self: true,
            running: true,
            queued: false,
            suspended: false,
            name: p.entry.as_ref().and_then(|e| e.registered_name()),
        };
        f(p, &v, &mut scratch)
    } else {
        let Some(e) = table::lookup(pid) else {
            return Ok(None);
        };
        let v = View {
            is_self: false,
            running: e.is_running(),
            queued: e.is_scheduled(),
            suspended: e.is_suspended(),
            name: e.registered_name(),
        };
        match sched::with_process(&e, |q| f(q, &v, &mut scratch)) {
            Some(t) => t,
            None => return Ok(None),
        }
    };
    Ok(Some(copy_to_heap(&mut p.heap, r)))
}

fn process_info1(p: &mut Process, a_: A) -> BifResult {
    let r = with_info(p, a_[0], |q, v, h| {
        let mut items = Vec::new();
        if let Some(n) = v.name {
            items.push(h.tuple(&[Term::atom(atom::REGISTERED_NAME), Term::atom(n)]));
        }
        for it in DEFAULT_ITEMS {
            let val = info_item(q, v, h, it);
            items.push(h.tuple(&[am(it), val]));
        }
        h.list(&items)
    })?;
    Ok(r.unwrap_or(Term::UNDEFINED))
}

fn process_info2(p: &mut Process, a_: A) -> BifResult {
    let spec = a_[1];
    if let Some(at) = spec.as_atom() {
        let name = item_name(Term::atom(at))?;
        let r = with_info(p, a_[0], |q, v, h| {
            if name == "registered_name" && v.name.is_none() {
                return Term::NIL;
            }
            let val = info_item(q, v, h, name);
            h.tuple(&[Term::atom(at), val])
        })?;
        return Ok(r.unwrap_or(Term::UNDEFINED));
    }
    let items = list_to_vec(spec).ok_or_else(Exception::badarg)?;
    let mut names = Vec::with_capacity(items.len());
    for it in &items {
        names.push(item_name(*it)?);
    }
    let r = with_info(p, a_[0], |q, v, h| {
        let mut out = Vec::with_capacity(names.len());
        for n in &names {
            let val = info_item(q, v, h, n);
            out.push(h.tuple(&[am(n), val]));
        }
        h.list(&out)
    })?;
    Ok(r.unwrap_or(Term::UNDEFINED))
}

fn garbage_collect_other(p: &mut Process, a: A) -> BifResult {
    let pid = a[0];
    if !pid.is_local_pid() {
        return badarg();
    }
    let mut async_ref = None;
    if a.len() > 1 {
        for o in list_to_vec(a[1]).ok_or_else(Exception::badarg)? {
            let t = pair_arg(o)?;
            if t[0] == am("async") {
                async_ref = Some(t[1]);
            } else if !(t[0] == am("type") && (t[1] == am("major") || t[1] == am("minor"))) {
                return badarg();
            }
        }
    }
    let done = if pid == p.pid {
        // The running process's live registers are known only to the run loop: it
        // collects at its next safe point.
        p.heap.request_major();
        true
    } else {
        table::lookup(pid)
            .and_then(|e| {
                sched::with_process(&e, |q| {
                    let mut xs = core::mem::take(&mut q.xsave);
                    q.collect(0, &mut xs);
                    q.xsave = xs;
                })
            })
            .is_some()
    };
    if let Some(req) = async_ref {
        // {async, RequestId}: the answer comes as a message.
        let msg = p
            .heap
            .tuple(&[am("garbage_collect"), req, Term::bool(done)]);
        signal::send_from(p, p.pid, msg);
        return Ok(am("async"));
    }
    Ok(Term::bool(done))
}

// ---- halt ----

fn halt_with(p: &mut Process, status: Term, opts: Option<Term>) -> BifResult {
    if let Some(o) = opts {
        for it in list_to_vec(o).ok_or_else(Exception::badarg)? {
            let ok = it
                .as_tuple()
                .is_some_and(|t| t.len() == 2 && t[0] == am("flush") && t[1].is_boolean());
            if !ok {
                return badarg();
            }
        }
    }
    if let Some(n) = status.as_small() {
        if n < 0 {
            return badarg();
        }
        sched::request_halt(n);
    } else if status == am("abort") {
        sched::request_abort();
    } else if let Some(s) = crate::bif::erlang::list_to_string(status) {
        // A slogan: OTP writes a crash dump and ends with status 1.
        if let Some(pl) = crate::platform::platform() {
            let mut msg: Vec<u8> = b"beamos: halted: ".to_vec();
            msg.extend(s.chars().map(|c| c as u32 as u8));
            msg.push(b'\n');
            pl.console_write_err(&msg);
        }
        sched::request_halt(1);
    } else {
        return badarg();
    }
    request(p, CallTarget::Yield);
    Ok(Term::TRUE)
}

fn halt0(p: &mut Process, _a: A) -> BifResult {
    halt_with(p, Term::small(0), None)
}
fn halt1(p: &mut Process, a: A) -> BifResult {
    halt_with(p, a[0], None)
}
fn halt2(p: &mut Process, a: A) -> BifResult {
    halt_with(p, a[0], Some(a[1]))
}

// ---- timers ----

/// A timer time: a non-negative integer of milliseconds (up to 2^64-1 ns away).
fn timer_ms(t: Term) -> Result<u64, Exception> {
    match crate::term::integer_to_i128(t) {
        Some(v) if v >= 0 && v <= i128::from(u64::MAX / 1_000_000) => Ok(v as u64),
        _ => Err(Exception::badarg().with_cause(time_cause())),
    }
}

fn time_cause() -> Term {
    // `#{cause => time}` must live somewhere every process can read: a fresh literal-free
    // immediate map cannot be made without a heap, so the frame builder copies it.
    TIME_CAUSE.call_once(|| {
        let mut h = Heap::new(8);
        let m = crate::map::from_pairs(&mut h, &[(Term::atom(atom::CAUSE), am("time"))]);
        let owned = crate::term::copy::OwnedTerm::new(m);
        Box::leak(Box::new(owned)).term()
    });
    TIME_CAUSE.get().copied().unwrap_or(Term::NIL)
}
static TIME_CAUSE: spin::Once<Term> = spin::Once::new();

fn timer_opts(opts: Term) -> Result<bool, Exception> {
    let mut abs = false;
    for o in list_to_vec(opts).ok_or_else(Exception::badarg)? {
        let t = pair_arg(o)?;
        if t[0] == am("abs") && t[1].is_boolean() {
            abs = t[1] == Term::TRUE;
        } else {
            return badarg();
        }
    }
    Ok(abs)
}

fn start_bif_timer(p: &mut Process, a: A, wrap: bool, abs: bool) -> BifResult {
    let (time, dest, msg) = (a[0], a[1], a[2]);
    let now = sched::now_ns();
    let deadline = if abs {
        // An absolute time on erlang:monotonic_time(millisecond)'s scale.
        let t = crate::term::integer_to_i128(time)
            .ok_or_else(|| Exception::badarg().with_cause(time_cause()))?;
        let ns = t.saturating_mul(1_000_000);
        if ns < 0 {
            now
        } else {
            u64::try_from(ns).unwrap_or(u64::MAX)
        }
    } else {
        let ms = timer_ms(time)?;
        now.saturating_add(ms.saturating_mul(1_000_000))
    };
    if !(dest.is_local_pid() || dest.is_atom()) {
        return badarg();
    }
    let (r, key) = new_ref(p);
    if dest.is_local_pid() && dest != p.pid && table::lookup(dest).is_none() {
        // The receiver is gone: the timer is cancelled at once.
        return Ok(r);
    }
    timer::start_bif_timer(deadline, dest, Detached::new(msg), key, wrap);
    Ok(r)
}

fn send_after3(p: &mut Process, a: A) -> BifResult {
    start_bif_timer(p, a, false, false)
}
fn send_after4(p: &mut Process, a: A) -> BifResult {
    let abs = timer_opts(a[3])?;
    start_bif_timer(p, a, false, abs)
}
fn start_timer3(p: &mut Process, a: A) -> BifResult {
    start_bif_timer(p, a, true, false)
}
fn start_timer4(p: &mut Process, a: A) -> BifResult {
    let abs = timer_opts(a[3])?;
    start_bif_timer(p, a, true, abs)
}

fn ms_left(ns: Option<u64>) -> Term {
    match ns {
        Some(ns) => Term::small(ns.div_ceil(1_000_000) as i64),
        None => Term::FALSE,
    }
}

fn async_info_opts(opts: Term) -> Result<(bool, bool), Exception> {
    let (mut is_async, mut info) = (false, true);
    for o in list_to_vec(opts).ok_or_else(Exception::badarg)? {
        let t = pair_arg(o)?;
        if !t[1].is_boolean() {
            return badarg();
        }
        if t[0] == am("async") {
            is_async = t[1] == Term::TRUE;
        } else if t[0] == am("info") {
            info = t[1] == Term::TRUE;
        } else {
            return badarg();
        }
    }
    Ok((is_async, info))
}

fn cancel_timer(p: &mut Process, r: Term, opts: Term) -> BifResult {
    let key = ref_key(r).ok_or_else(Exception::badarg)?;
    let (is_async, info) = async_info_opts(opts)?;
    let left = ms_left(timer::cancel_bif_timer(key, sched::now_ns()));
    if is_async {
        if info {
            let msg = p.heap.tuple(&[am("cancel_timer"), r, left]);
            signal::send_from(p, p.pid, msg);
        }
        return Ok(Term::atom(atom::OK));
    }
    if info {
        Ok(left)
    } else {
        Ok(Term::atom(atom::OK))
    }
}
fn cancel_timer1(p: &mut Process, a: A) -> BifResult {
    cancel_timer(p, a[0], Term::NIL)
}
fn cancel_timer2(p: &mut Process, a: A) -> BifResult {
    cancel_timer(p, a[0], a[1])
}

fn read_timer(p: &mut Process, r: Term, opts: Term) -> BifResult {
    let key = ref_key(r).ok_or_else(Exception::badarg)?;
    let (is_async, _) = async_info_opts(opts)?;
    let left = ms_left(timer::read_bif_timer(key, sched::now_ns()));
    if is_async {
        let msg = p.heap.tuple(&[am("read_timer"), r, left]);
        signal::send_from(p, p.pid, msg);
        return Ok(Term::atom(atom::OK));
    }
    Ok(left)
}
fn read_timer1(p: &mut Process, a: A) -> BifResult {
    read_timer(p, a[0], Term::NIL)
}
fn read_timer2(p: &mut Process, a: A) -> BifResult {
    read_timer(p, a[0], a[1])
}

// ---- code ----

/// Whether `q` runs code inside `[start, end)`: its current instruction or a return address
/// on its stack (a fun of that code it merely holds does not count, as in OTP).
pub fn process_runs_code(q: &mut Process, start: usize, end: usize) -> bool {
    let inside = |a: usize| a >= start && a < end;
    if q.pending_call.is_some() && q.ip == crate::interp::pending_code() {
        if let Some(PendingCall {
            target: CallTarget::Fun(f),
            ..
        }) = &q.pending_call
        {
            if f.is_boxed_kind(crate::term::Kind::Fun) {
                let c = code::closure_entry(*f).code() as usize;
                if inside(c) {
                    return true;
                }
            }
        }
        if let Some(PendingCall {
            target: CallTarget::Code(c),
            ..
        }) = &q.pending_call
        {
            if inside(*c as usize) {
                return true;
            }
        }
    } else if inside(q.ip as usize) {
        return true;
    }
    let stack = q.stack.used_mut(q.e);
    stack.iter().any(|w| {
        (w.is_header_word() && w.raw() != 0 && inside(w.raw() as usize))
            || (w.is_catch() && inside(crate::interp::trace::catch_target(*w) as usize))
    })
}

fn check_process_code(p: &mut Process, a: A) -> BifResult {
    let pid = a[0];
    let m = a[1].as_atom().ok_or_else(Exception::badarg)?;
    if !pid.is_local_pid() {
        return badarg();
    }
    if a.len() > 2 {
        for o in list_to_vec(a[2]).ok_or_else(Exception::badarg)? {
            let ok = o.as_tuple().is_some_and(|t| {
                t.len() == 2
                    && ((t[0] == am("async") && t[1] != Term::NIL)
                        || (t[0] == am("allow_gc") && t[1].is_boolean()))
            });
            if !ok {
                return badarg();
            }
        }
    }
    let Some(old) = code::old(m) else {
        return Ok(Term::FALSE);
    };
    let (s, e) = old.code_range();
    if pid == p.pid {
        return Ok(Term::bool(process_runs_code(p, s, e)));
    }
    let r = table::lookup(pid)
        .and_then(|en| sched::with_process(&en, |q| process_runs_code(q, s, e)))
        .unwrap_or(false);
    Ok(Term::bool(r))
}

/// Every process (other than `except`) running code inside `[start, end)`.
pub fn processes_running_code(start: usize, end: usize, except: Term) -> Vec<Term> {
    table::all()
        .iter()
        .filter(|e| e.pid != except)
        .filter(|e| sched::with_process(e, |q| process_runs_code(q, start, end)) == Some(true))
        .map(|e| e.pid)
        .collect()
}

/// Ends process `pid` as `exit(Pid, kill)` would (for purging old code).
pub fn kill(pid: Term) {
    let _ = signal::send_signal(
        pid,
        Signal::Exit {
            from: pid,
            reason: Arc::new(Detached::immediate(Term::atom(atom::KILL))),
            linked: false,
        },
    );
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "memory", 0 => memory;
    "memory", 1 => memory;
    "send", 3 => send3;
    "send_nosuspend", 2 => send_nosuspend2;
    "send_nosuspend", 3 => send_nosuspend3;
    "spawn", 1 => spawn1;
    "spawn", 2 => spawn2;
    "spawn", 3 => spawn3;
    "spawn", 4 => spawn4;
    "spawn_link", 1 => spawn_link1;
    "spawn_link", 2 => spawn_link2;
    "spawn_link", 3 => spawn_link3;
    "spawn_link", 4 => spawn_link4;
    "spawn_monitor", 1 => spawn_monitor1;
    "spawn_monitor", 2 => spawn_monitor2;
    "spawn_monitor", 3 => spawn_monitor3;
    "spawn_monitor", 4 => spawn_monitor4;
    "spawn_opt", 2 => spawn_opt2;
    "spawn_opt", 3 => spawn_opt3;
    "spawn_opt", 4 => spawn_opt4;
    "spawn_opt", 5 => spawn_opt5;
    "spawn_request", 1 => spawn_request1;
    "spawn_request", 2 => spawn_request2;
    "spawn_request", 3 => spawn_request3;
    "spawn_request", 4 => spawn_request4;
    "spawn_request", 5 => spawn_request5;
    "spawn_request_abandon", 1 => spawn_request_abandon;
    "link", 1 => link;
    "unlink", 1 => unlink;
    "exit", 2 => exit2;
    "monitor", 2 => monitor2;
    "monitor", 3 => monitor3;
    "demonitor", 1 => demonitor1;
    "demonitor", 2 => demonitor2;
    "alias", 0 => alias0;
    "alias", 1 => alias1;
    "unalias", 1 => unalias;
    "register", 2 => register;
    "unregister", 1 => unregister;
    "whereis", 1 => whereis;
    "registered", 0 => registered;
    "is_process_alive", 1 => is_process_alive;
    "processes", 0 => processes;
    "group_leader", 0 => group_leader0;
    "group_leader", 2 => group_leader2;
    "yield", 0 => yield0;
    "hibernate", 3 => hibernate;
    "process_flag", 2 => process_flag;
    "process_flag", 3 => process_flag3;
    "process_info", 1 => process_info1;
    "process_info", 2 => process_info2;
    "suspend_process", 1 => suspend_process;
    "suspend_process", 2 => suspend_process;
    "resume_process", 1 => resume_process;
    "halt", 0 => halt0;
    "halt", 1 => halt1;
    "halt", 2 => halt2;
    "send_after", 3 => send_after3;
    "send_after", 4 => send_after4;
    "start_timer", 3 => start_timer3;
    "start_timer", 4 => start_timer4;
    "cancel_timer", 1 => cancel_timer1;
    "cancel_timer", 2 => cancel_timer2;
    "read_timer", 1 => read_timer1;
    "read_timer", 2 => read_timer2;
    "check_process_code", 2 => check_process_code;
    "check_process_code", 3 => check_process_code;
};

/// `erlang:garbage_collect/1,2` on any process (registered before the self-only versions).
pub static GC_BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "garbage_collect", 1 => garbage_collect_other;
    "garbage_collect", 2 => garbage_collect_other;
};
