//! Timers: receive timeouts, `erlang:send_after/3,4` and `erlang:start_timer/3,4`, all in
//! one structure ordered by deadline (monotonic nanoseconds), driven by the scheduler loop.
//!
//! A timer is keyed by `(deadline, id)`. Receive timeouts are owned by their process (it
//! keeps the key and cancels the timer when the receive ends). Timers made by BIFs are also
//! found by their reference and by their receiving pid (they are cancelled when that
//! process exits, as OTP does).

use super::signal::{self, Signal};
use super::table;
use crate::heap::Heap;
use crate::process::RefKey;
use crate::term::copy::Detached;
use crate::term::Term;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicU64, Ordering};
use spin::Mutex;

/// A timer's key: deadline (monotonic ns) and a unique id.
pub type TimerKey = (u64, u64);

enum Action {
    /// The receive timeout of a process.
    Receive { pid: Term },
    /// `send_after`: send `msg` to `dest` (a pid or a registered name).
    Send {
        dest: Term,
        msg: Detached,
        key: RefKey,
    },
    /// `start_timer`: send `{timeout, Ref, Msg}`.
    Timeout {
        dest: Term,
        msg: Detached,
        key: RefKey,
    },
}

struct Timers {
    queue: BTreeMap<TimerKey, Action>,
    by_ref: BTreeMap<RefKey, TimerKey>,
    /// BIF timers by the pid they send to (raw pid word).
    by_pid: BTreeMap<u64, Vec<RefKey>>,
    next_id: u64,
}

static TIMERS: Mutex<Timers> = Mutex::new(Timers {
    queue: BTreeMap::new(),
    by_ref: BTreeMap::new(),
    by_pid: BTreeMap::new(),
    next_id: 1,
});

/// The earliest deadline (u64::MAX when none), readable without the lock.
static NEXT: AtomicU64 = AtomicU64::new(u64::MAX);

fn update_next(t: &Timers) {
    let n = t.queue.keys().next().map_or(u64::MAX, |k| k.0);
    NEXT.store(n, Ordering::Release);
}

fn insert(t: &mut Timers, deadline: u64, a: Action) -> TimerKey {
    let key = (deadline, t.next_id);
    t.next_id += 1;
    t.queue.insert(key, a);
    if deadline < NEXT.load(Ordering::Acquire) {
        NEXT.store(deadline, Ordering::Release);
    }
    key
}

/// Starts the receive timeout of `pid`.
pub fn start_receive(pid: Term, deadline: u64) -> TimerKey {
    let mut t = TIMERS.lock();
    insert(&mut t, deadline, Action::Receive { pid })
}

/// Cancels a receive timeout.
pub fn cancel_receive(key: TimerKey) {
    let mut t = TIMERS.lock();
    if t.queue.remove(&key).is_some() {
        update_next(&t);
    }
}

/// Starts a BIF timer (`send_after` if `wrap` is false, `start_timer` if true) that sends
/// `msg` to `dest` at `deadline`; `key` is its reference.
pub fn start_bif_timer(deadline: u64, dest: Term, msg: Detached, key: RefKey, wrap: bool) {
    let mut t = TIMERS.lock();
    let a = if wrap {
        Action::Timeout { dest, msg, key }
    } else {
        Action::Send { dest, msg, key }
    };
    let tk = insert(&mut t, deadline, a);
    t.by_ref.insert(key, tk);
    if dest.is_local_pid() {
        t.by_pid.entry(dest.raw()).or_default().push(key);
    }
}

fn forget_pid_timer(t: &mut Timers, dest: Term, key: RefKey) {
    if !dest.is_local_pid() {
        return;
    }
    if let Some(v) = t.by_pid.get_mut(&dest.raw()) {
        v.retain(|k| *k != key);
        if v.is_empty() {
            t.by_pid.remove(&dest.raw());
        }
    }
}

/// Cancels the BIF timer with reference `key`: the nanoseconds it had left, or `None` if
/// there is no such timer (it fired, was cancelled, or never existed).
pub fn cancel_bif_timer(key: RefKey, now: u64) -> Option<u64> {
    let mut t = TIMERS.lock();
    let tk = t.by_ref.remove(&key)?;
    let a = t.queue.remove(&tk);
    if let Some(Action::Send { dest, .. } | Action::Timeout { dest, .. }) = &a {
        forget_pid_timer(&mut t, *dest, key);
    }
    update_next(&t);
    drop(t);
    drop(a);
    Some(tk.0.saturating_sub(now))
}

/// Nanoseconds left on the BIF timer `key`.
pub fn read_bif_timer(key: RefKey, now: u64) -> Option<u64> {
    let t = TIMERS.lock();
    let tk = t.by_ref.get(&key)?;
    Some(tk.0.saturating_sub(now))
}

/// Cancels every BIF timer that would send to `pid` (it exited).
pub(crate) fn cancel_for_pid(pid: Term) {
    let mut t = TIMERS.lock();
    let Some(keys) = t.by_pid.remove(&pid.raw()) else {
        return;
    };
    let mut dropped = Vec::new();
    for k in keys {
        if let Some(tk) = t.by_ref.remove(&k) {
            if let Some(a) = t.queue.remove(&tk) {
                dropped.push(a);
            }
        }
    }
    update_next(&t);
    drop(t);
    drop(dropped);
}

/// The earliest deadline, if any timer is set.
pub fn next_deadline() -> Option<u64> {
    match NEXT.load(Ordering::Acquire) {
        u64::MAX => None,
        d => Some(d),
    }
}

/// Copies every timer's message again (a literal area is being released: the new copies
/// hold no module literals).
pub(crate) fn copy_messages_again() {
    let mut t = TIMERS.lock();
    for a in t.queue.values_mut() {
        if let Action::Send { msg, .. } | Action::Timeout { msg, .. } = a {
            *msg = Detached::new(msg.peek());
        }
    }
}

/// Number of timers set.
pub fn count() -> usize {
    TIMERS.lock().queue.len()
}

/// Fires every timer whose deadline has passed, in deadline order.
pub(crate) fn fire_due(now: u64) {
    if NEXT.load(Ordering::Acquire) > now {
        return;
    }
    loop {
        let mut t = TIMERS.lock();
        let Some((&key, _)) = t.queue.iter().next() else {
            update_next(&t);
            return;
        };
        if key.0 > now {
            update_next(&t);
            return;
        }
        let Some(action) = t.queue.remove(&key) else {
            return;
        };
        if let Action::Send { dest, key: rk, .. } | Action::Timeout { dest, key: rk, .. } = &action
        {
            let (dest, rk) = (*dest, *rk);
            t.by_ref.remove(&rk);
            forget_pid_timer(&mut t, dest, rk);
        }
        update_next(&t);
        drop(t);
        perform(key, action);
    }
}

fn perform(key: TimerKey, action: Action) {
    match action {
        Action::Receive { pid } => {
            let _ = signal::send_signal(pid, Signal::ReceiveTimeout { key });
        }
        Action::Send { dest, msg, .. } => deliver(dest, msg),
        Action::Timeout { dest, msg, key } => {
            let mut h = Heap::new(8);
            let r = crate::term::make_ref(&mut h, key);
            let m = msg.to_heap(&mut h);
            let t = h.tuple(&[Term::atom(crate::atom::TIMEOUT), r, m]);
            deliver(dest, Detached::new(t));
        }
    }
}

/// Sends a timer's message: the name of a registered process is looked up now.
fn deliver(dest: Term, msg: Detached) {
    let pid = match dest.as_atom() {
        Some(name) => match table::whereis(name) {
            Some(p) => p,
            None => return,
        },
        None => dest,
    };
    let _ = signal::send_signal(pid, Signal::Message(msg));
}
