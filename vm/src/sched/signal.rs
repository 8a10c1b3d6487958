//! Signals between processes: messages, exit signals, links, monitors, and the end of a
//! process.
//!
//! A sender pushes a [`Signal`] into the receiver's queue (its [`Inbox`]) and wakes it; the
//! receiver handles its queue in order when it next runs (or when a BIF needs to see it up to
//! date, see `sched::with_process`). A process that has begun exiting closes its queue:
//! signals sent afterwards are refused, and the sender answers for the dead process (a link
//! gets `noproc`, a monitor a `'DOWN'` with `noproc`). Signals still queued when a process
//! ends are answered the same way by the exit.
//!
//! Exit signal rules (OTP's): an exit signal from `exit/2` with reason `kill` ends the
//! receiver with reason `killed`, whatever it traps; otherwise a trapping receiver gets
//! `{'EXIT', From, Reason}`; otherwise `normal` is ignored (except from the process itself),
//! and any other reason ends the receiver with that reason. An exit signal from a link only
//! counts while the link exists (`unlink/1` makes later ones vanish).

use super::table;
use super::timer::{self, TimerKey};
use super::ProcEntry;
use crate::atom::{self, Atom};
use crate::exception::Class;
use crate::process::{MonitorOut, Process, RecvWait, RefKey, Status};
use crate::term::copy::Detached;
use crate::term::Term;
use alloc::collections::VecDeque;
use alloc::sync::Arc;
use alloc::vec::Vec;

/// A process's incoming signal queue.
#[derive(Default)]
pub struct Inbox {
    pub(crate) q: VecDeque<Signal>,
    /// The process is exiting: no more signals.
    pub(crate) closed: bool,
}

/// A signal from one process (or the runtime) to another.
pub enum Signal {
    Message(Detached),
    /// An exit signal: from a link that ended (`linked`) or from `exit/2`.
    Exit {
        from: Term,
        reason: Arc<Detached>,
        linked: bool,
    },
    Link {
        from: Term,
    },
    Unlink {
        from: Term,
    },
    /// `from` monitors the receiver with reference `key`.
    Monitor {
        from: Term,
        key: RefKey,
    },
    Demonitor {
        from: Term,
        key: RefKey,
    },
    /// The process `from` that the receiver monitors with `key` ended with `reason`.
    Down {
        from: Term,
        key: RefKey,
        reason: Arc<Detached>,
    },
    /// The receive timeout `key` fired.
    ReceiveTimeout {
        key: TimerKey,
    },
    GroupLeader {
        leader: Term,
    },
    /// A message came through the `reply_demonitor` alias `key` of the receiver: its
    /// monitor ends.
    AliasReplied {
        key: RefKey,
    },
    /// A purged version's literal area is being released: the receiver copies what it
    /// holds there onto its heap at its next stop (`sched::copy_literals_if_asked`), then
    /// drops this reference.
    ReleaseLiterals(Arc<crate::code::LiteralRelease>),
}

/// Queues `sig` for the process of `entry` and wakes it; gives the signal back if the
/// process is exiting.
pub(crate) fn deliver(entry: &Arc<ProcEntry>, sig: Signal) -> Result<(), Signal> {
    {
        let mut ib = entry.inbox.lock();
        if ib.closed {
            return Err(sig);
        }
        ib.q.push_back(sig);
    }
    entry.wake();
    Ok(())
}

/// Queues `sig` for `to`; gives it back if there is no such process (or it is exiting).
pub fn send_signal(to: Term, sig: Signal) -> Result<(), Signal> {
    match table::lookup(to) {
        Some(e) => deliver(&e, sig),
        None => Err(sig),
    }
}

/// Sends a copy of `msg` to the process `to` from native code (drivers, ETS transfers, the
/// I/O system). False if there is no such process.
pub fn send_message(to: Term, msg: Term) -> bool {
    send_signal(to, Signal::Message(Detached::new(msg))).is_ok()
}

/// Sends `msg` from `p` to the local pid `to`.
pub fn send_from(p: &mut Process, to: Term, msg: Term) {
    if to == p.pid {
        // Keep the order with what others sent before: take their messages in first.
        let _ = handle_incoming(p);
        p.mailbox.push_back(msg);
        return;
    }
    let _ = send_signal(to, Signal::Message(Detached::new(msg)));
}

/// Whether signals are queued for `entry` that it has not handled.
pub(crate) fn inbox_nonempty(entry: &ProcEntry) -> bool {
    !entry.inbox.lock().q.is_empty()
}

/// Whether a waiting process has something new to look at.
pub(crate) fn has_news(p: &Process) -> bool {
    p.mailbox.len() > p.recv_pos || p.recv_wait == RecvWait::TimedOut
}

/// Handles every signal queued for `p`. True if one ended the process (`p.killed` says
/// why; the signals after it stay in `p.signals` for the exit).
pub fn handle_incoming(p: &mut Process) -> bool {
    if let Some(entry) = p.entry.clone() {
        let mut ib = entry.inbox.lock();
        if !ib.q.is_empty() {
            p.signals.append(&mut ib.q);
        }
    }
    while let Some(sig) = p.signals.pop_front() {
        if let Some(reason) = handle_one(p, sig) {
            p.killed = Some(reason);
            return true;
        }
    }
    false
}

fn exit_tuple(p: &mut Process, from: Term, reason: Term) -> Term {
    p.heap.tuple(&[Term::atom(atom::EXIT_UPPER), from, reason])
}

/// Handles one signal; `Some(reason)` if it ends the process.
fn handle_one(p: &mut Process, sig: Signal) -> Option<Term> {
    match sig {
        Signal::Message(m) => {
            let t = m.to_heap(&mut p.heap);
            p.mailbox.push_back(t);
        }
        Signal::Exit {
            from,
            reason,
            linked,
        } => {
            if linked {
                let x = p.extra.as_mut()?;
                if !x.links.remove(&from.raw()) {
                    return None;
                }
            }
            let r = reason.peek();
            if !linked && r == Term::atom(atom::KILL) {
                return Some(Term::atom(atom::KILLED));
            }
            if p.trap_exit {
                let rv = reason.to_heap(&mut p.heap);
                let t = exit_tuple(p, from, rv);
                p.mailbox.push_back(t);
            } else if r == Term::atom(atom::NORMAL) {
                if !linked && from == p.pid {
                    return Some(r);
                }
            } else {
                return Some(reason.to_heap(&mut p.heap));
            }
        }
        Signal::Link { from } => {
            p.extra_mut().links.insert(from.raw());
        }
        Signal::Unlink { from } => {
            if let Some(x) = p.extra.as_mut() {
                x.links.remove(&from.raw());
            }
        }
        Signal::Monitor { from, key } => {
            p.extra_mut().monitored_by.insert(key, from);
        }
        Signal::Demonitor { key, .. } => {
            if let Some(x) = p.extra.as_mut() {
                x.monitored_by.remove(&key);
            }
        }
        Signal::Down { from, key, reason } => {
            let mon = p.extra.as_mut().and_then(|x| x.monitors.remove(&key))?;
            let r = reason.to_heap(&mut p.heap);
            let msg = down_message(p, &mon, key, from, r);
            if matches!(
                mon.alias,
                Some(table::AliasMode::Demonitor | table::AliasMode::ReplyDemonitor)
            ) {
                remove_alias(p, key);
            }
            p.mailbox.push_back(msg);
        }
        Signal::ReceiveTimeout { key } => {
            if p.recv_wait == RecvWait::Timer(key) {
                p.recv_wait = RecvWait::TimedOut;
            }
        }
        Signal::GroupLeader { leader } => {
            p.group_leader = leader;
        }
        Signal::AliasReplied { key } => {
            crate::bif::process::drop_monitor(p, key);
        }
        Signal::ReleaseLiterals(release) => {
            // The process may be running with live registers: the copy waits for its stop.
            p.extra_mut().literal_releases.push(release);
        }
    }
    None
}

/// Switches off an alias of `p`.
pub(crate) fn remove_alias(p: &mut Process, key: RefKey) {
    table::remove_alias(key, p.pid);
    if let Some(x) = p.extra.as_mut() {
        x.aliases.retain(|k| *k != key);
    }
}

/// `{'DOWN', Ref, process, Object, Reason}` (or the monitor's own tag) on `p`'s heap.
pub(crate) fn down_message(
    p: &mut Process,
    mon: &MonitorOut,
    key: RefKey,
    from: Term,
    reason: Term,
) -> Term {
    let tag = match &mon.tag {
        Some(t) => t.to_heap(&mut p.heap),
        None => Term::atom(atom::DOWN),
    };
    let r = crate::term::make_ref(&mut p.heap, key);
    let obj = match mon.name {
        Some(n) => p.heap.tuple(&[Term::atom(n), Term::atom(atom::NONODE)]),
        None => from,
    };
    p.heap
        .tuple(&[tag, r, Term::atom(atom::PROCESS), obj, reason])
}

/// The exit reason of a process that stopped running.
fn exit_reason(p: &mut Process) -> Term {
    if let Some(r) = p.killed {
        return r;
    }
    if let Some(c) = p.crash.clone() {
        return match c.class {
            Class::Exit => c.reason,
            Class::Error => p.heap.tuple(&[c.reason, c.stacktrace]),
            Class::Throw => {
                let n = p.heap.tuple(&[Term::atom(atom::NOCATCH), c.reason]);
                p.heap.tuple(&[n, c.stacktrace])
            }
        };
    }
    Term::atom(atom::NORMAL)
}

/// Ends process `p` (whose body the caller has taken out of `entry`): closes its queue,
/// frees its name, tells its links and monitors, answers the signals still queued, cancels
/// its timers and runs the exit hooks. The caller drops the body afterwards.
pub(crate) fn terminate(entry: &Arc<ProcEntry>, p: &mut Process) {
    let reason = exit_reason(p);
    p.killed = Some(reason);
    {
        let mut ib = entry.inbox.lock();
        ib.closed = true;
        p.signals.append(&mut ib.q);
    }
    entry.mark_exited();
    p.status = Status::Exited;
    let pid = p.pid;
    table::remove(pid);
    table::unregister_exiting(entry);
    p.recv_wait.end();
    timer::cancel_for_pid(pid);
    super::record_watched(p);
    report_crash(p, reason);

    let shared = Arc::new(Detached::new(reason));
    if let Some(x) = p.extra.take() {
        for &l in &x.links {
            let _ = send_signal(
                Term::from_raw(l),
                Signal::Exit {
                    from: pid,
                    reason: shared.clone(),
                    linked: true,
                },
            );
        }
        for (&key, &origin) in &x.monitored_by {
            let _ = send_signal(
                origin,
                Signal::Down {
                    from: pid,
                    key,
                    reason: shared.clone(),
                },
            );
        }
        for (&key, mon) in &x.monitors {
            if mon.target.is_local_pid() {
                let _ = send_signal(mon.target, Signal::Demonitor { from: pid, key });
            }
        }
        table::remove_aliases_of(pid, &x.aliases);
        // Suspensions end with the process that made them.
        for &(q, n) in &x.suspending {
            if let Some(e) = table::lookup(q) {
                for _ in 0..n {
                    e.resume();
                }
            }
        }
    }
    // Signals that came too late: answer them as a dead process would.
    let noproc = Arc::new(Detached::immediate(Term::atom(atom::NOPROC)));
    let late: Vec<Signal> = p.signals.drain(..).collect();
    for sig in late {
        match sig {
            Signal::Link { from } => {
                let _ = send_signal(
                    from,
                    Signal::Exit {
                        from: pid,
                        reason: noproc.clone(),
                        linked: true,
                    },
                );
            }
            Signal::Monitor { from, key } => {
                let _ = send_signal(
                    from,
                    Signal::Down {
                        from: pid,
                        key,
                        reason: noproc.clone(),
                    },
                );
            }
            _ => {}
        }
    }
    p.mailbox.clear();
    super::run_exit_hooks(pid);
}

/// The format of the emulator's report on a process that ended by an error or a throw.
const CRASH_FORMAT: &str = "Error in process ~p with exit value:~n~p~n";

/// A process that ends by an error or a throw is reported as OTP's emulator reports it: the
/// event `{log, error, Format, [Pid, Reason], Meta}` goes as a message to the process
/// registered as `logger` (otp-lite's logger_server), which applies the primary level and
/// filters and writes it as the default handler does. With no logger registered the report
/// goes straight to the diagnostic console (standard error on the host).
fn report_crash(p: &mut Process, reason: Term) {
    let Some(c) = &p.crash else {
        return;
    };
    if c.class == Class::Exit {
        return;
    }
    let logger = Atom::intern("logger").and_then(table::whereis);
    match logger {
        Some(to) if to != p.pid => {
            let event = crash_event(p, reason);
            let _ = send_signal(to, Signal::Message(Detached::new(event)));
        }
        _ => {
            if let Some(pl) = crate::platform::platform() {
                let mut s = alloc::string::String::from("=ERROR REPORT==== Error in process ");
                s.push_str(&crate::term::print::to_string(p.pid));
                s.push_str(" with exit value:\n");
                s.push_str(&crate::term::print::to_string(reason));
                s.push('\n');
                let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
                pl.console_write_err(&bytes);
            }
        }
    }
}

/// `{log, error, Format, [Pid, Reason], #{error_logger => #{emulator => true, tag => error},
/// gl => GroupLeader, pid => Pid, time => SystemTimeMicroseconds}}`, the message OTP 25's
/// emulator sends to the system logger, built on the ending process's heap.
fn crash_event(p: &mut Process, reason: Term) -> Term {
    let error = Term::atom(atom::ERROR);
    let format_chars: Vec<Term> = CRASH_FORMAT
        .bytes()
        .map(|b| Term::small(i64::from(b)))
        .collect();
    let format = p.heap.list(&format_chars);
    let args = p.heap.list(&[p.pid, reason]);
    let origin = crate::map::flat::from_sorted(
        &mut p.heap,
        &[
            (atom_named("emulator"), Term::TRUE),
            (atom_named("tag"), error),
        ],
    );
    let micros = crate::bif::erlang::now_ns(true) / 1000;
    let time = crate::term::boxed::make_u64(&mut p.heap, micros);
    let gl = if p.group_leader.is_nil() {
        Term::atom(atom::NOPROC)
    } else {
        p.group_leader
    };
    let meta = crate::map::flat::from_sorted(
        &mut p.heap,
        &[
            (atom_named("error_logger"), origin),
            (atom_named("gl"), gl),
            (atom_named("pid"), p.pid),
            (atom_named("time"), time),
        ],
    );
    p.heap
        .tuple(&[atom_named("log"), error, format, args, meta])
}

/// The atom `name` (interned on first use).
pub(crate) fn atom_named(name: &str) -> Term {
    Term::atom(Atom::intern(name).unwrap_or(atom::UNDEFINED))
}
