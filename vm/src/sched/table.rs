//! The process table (pid -> process), the name registry and process aliases.
//!
//! The table is a vector of slots behind a read-write lock. A pid is `<0.Index.Serial>`:
//! its slot index and the slot's serial, bumped each time the slot is reused, so a pid of a
//! dead process never finds the process that took its slot. New processes take the next
//! free slot after the last one used (as OTP does), so pids mostly grow with creation order;
//! the table grows when it is half full, so that search stays short.

use super::ProcEntry;
use crate::atom::Atom;
use crate::term::Term;
use alloc::collections::BTreeMap;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};
use spin::{Mutex, RwLock};

/// OTP's default process limit (`+P`); `set_process_limit` changes it.
pub const DEFAULT_PROCESS_LIMIT: usize = 262_144;
/// The largest limit OTP accepts.
pub const MAX_PROCESS_LIMIT: usize = 134_217_727;

static LIMIT: AtomicUsize = AtomicUsize::new(DEFAULT_PROCESS_LIMIT);

/// Sets the maximum number of processes alive at once (clamped to OTP's range).
pub fn set_process_limit(n: usize) {
    LIMIT.store(n.clamp(1024, MAX_PROCESS_LIMIT), Ordering::Relaxed);
}

pub fn process_limit() -> usize {
    LIMIT.load(Ordering::Relaxed)
}

struct Slot {
    entry: Option<Arc<ProcEntry>>,
    serial: u32,
}

struct Table {
    slots: Vec<Slot>,
    live: usize,
    /// Where the search for a free slot starts.
    cursor: usize,
}

static TABLE: RwLock<Table> = RwLock::new(Table {
    slots: Vec::new(),
    live: 0,
    cursor: 0,
});

/// The pid of slot `index` with `serial`.
pub fn make_pid(index: usize, serial: u32) -> Term {
    Term::pid(index as u64 | (u64::from(serial) << 32))
}

fn pid_index(pid: Term) -> usize {
    (pid.pid_value() & 0xFFFF_FFFF) as usize
}

/// The process `pid` names, if it is in the table (it may be exiting: check its inbox).
pub fn lookup(pid: Term) -> Option<Arc<ProcEntry>> {
    if !pid.is_local_pid() {
        return None;
    }
    let t = TABLE.read();
    let e = t.slots.get(pid_index(pid))?.entry.as_ref()?;
    if e.pid == pid {
        Some(e.clone())
    } else {
        None
    }
}

/// Adds a process: `make` gets the new pid and builds the entry (under the table lock, so
/// keep it short). `None` when the process limit is reached.
pub(crate) fn insert(make: impl FnOnce(Term) -> Arc<ProcEntry>) -> Option<Arc<ProcEntry>> {
    let mut t = TABLE.write();
    if t.live >= process_limit() {
        return None;
    }
    let len = t.slots.len();
    let index = if 2 * (t.live + 1) > len {
        t.slots.push(Slot {
            entry: None,
            serial: 0,
        });
        len
    } else {
        // At least half the slots are free: the search is short on average.
        let mut i = t.cursor % len;
        while t.slots[i].entry.is_some() {
            i = (i + 1) % len;
        }
        i
    };
    let serial = t.slots[index].serial;
    let entry = make(make_pid(index, serial));
    t.slots[index].entry = Some(entry.clone());
    t.live += 1;
    t.cursor = index + 1;
    Some(entry)
}

/// Removes `pid` from the table (at exit); its slot gets a new serial.
pub(crate) fn remove(pid: Term) {
    let mut t = TABLE.write();
    let i = pid_index(pid);
    let Some(slot) = t.slots.get_mut(i) else {
        return;
    };
    if slot.entry.as_ref().is_some_and(|e| e.pid == pid) {
        slot.entry = None;
        slot.serial = slot.serial.wrapping_add(1) & 0x7FFF_FFFF;
        t.live -= 1;
    }
}

/// Number of processes in the table.
pub fn count() -> usize {
    TABLE.read().live
}

/// Every process in the table, in slot order (`processes/0`).
pub fn all() -> Vec<Arc<ProcEntry>> {
    let t = TABLE.read();
    t.slots.iter().filter_map(|s| s.entry.clone()).collect()
}

// ---- registered names ----

static NAMES: Mutex<BTreeMap<Atom, Term>> = Mutex::new(BTreeMap::new());

/// Why `register/2` failed (all are `badarg` in OTP, the error info says which).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RegisterError {
    NameTaken,
    AlreadyNamed,
    NotAlive,
    BadName,
}

/// Registers `name` for the process of `entry`.
pub fn register(name: Atom, entry: &ProcEntry) -> Result<(), RegisterError> {
    if name == crate::atom::UNDEFINED {
        return Err(RegisterError::BadName);
    }
    let mut names = NAMES.lock();
    if names.contains_key(&name) {
        return Err(RegisterError::NameTaken);
    }
    if entry.registered_name().is_some() {
        return Err(RegisterError::AlreadyNamed);
    }
    if entry.is_exiting() {
        return Err(RegisterError::NotAlive);
    }
    names.insert(name, entry.pid);
    entry.set_registered_name(Some(name));
    Ok(())
}

/// Removes a name; returns the pid it named.
pub fn unregister(name: Atom) -> Option<Term> {
    let mut names = NAMES.lock();
    let pid = names.remove(&name)?;
    if let Some(e) = lookup(pid) {
        e.set_registered_name(None);
    }
    Some(pid)
}

/// Removes the name of an exiting process.
pub(crate) fn unregister_exiting(entry: &ProcEntry) {
    let mut names = NAMES.lock();
    if let Some(name) = entry.registered_name() {
        if names.get(&name) == Some(&entry.pid) {
            names.remove(&name);
        }
        entry.set_registered_name(None);
    }
}

/// The pid registered as `name`.
pub fn whereis(name: Atom) -> Option<Term> {
    NAMES.lock().get(&name).copied()
}

/// Every registered name.
pub fn registered() -> Vec<Atom> {
    NAMES.lock().keys().copied().collect()
}

// ---- aliases (OTP 24's `alias/0,1` and monitor aliases) ----

/// How an alias is switched off.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AliasMode {
    /// Only by `unalias/1` (or the death of its process).
    Explicit,
    /// Also by the first message sent through it (`{alias, reply}`).
    Reply,
    /// Also when its monitor is removed (`{alias, demonitor}`).
    Demonitor,
    /// Also when its monitor is removed, and the first message through it removes both
    /// (`{alias, reply_demonitor}`).
    ReplyDemonitor,
}

static ALIASES: Mutex<BTreeMap<(u64, u64), (Term, AliasMode)>> = Mutex::new(BTreeMap::new());

/// Makes the reference with `key` an alias of `pid`.
pub fn add_alias(key: (u64, u64), pid: Term, mode: AliasMode) {
    ALIASES.lock().insert(key, (pid, mode));
}

/// Switches an alias off; true if it was active and belonged to `pid`.
pub fn remove_alias(key: (u64, u64), pid: Term) -> bool {
    let mut a = ALIASES.lock();
    match a.get(&key) {
        Some(&(owner, _)) if owner == pid => {
            a.remove(&key);
            true
        }
        _ => false,
    }
}

/// The process an alias leads to and the alias's mode (switching a reply alias off as it
/// is used).
pub fn resolve_alias(key: (u64, u64)) -> Option<(Term, AliasMode)> {
    let mut a = ALIASES.lock();
    let &(pid, mode) = a.get(&key)?;
    if matches!(mode, AliasMode::Reply | AliasMode::ReplyDemonitor) {
        a.remove(&key);
    }
    Some((pid, mode))
}

/// The mode of an active alias.
pub fn alias_mode(key: (u64, u64)) -> Option<AliasMode> {
    ALIASES.lock().get(&key).map(|&(_, m)| m)
}

/// Removes every alias of an exiting process.
pub(crate) fn remove_aliases_of(pid: Term, keys: &[(u64, u64)]) {
    let mut a = ALIASES.lock();
    for k in keys {
        if a.get(k).is_some_and(|&(p, _)| p == pid) {
            a.remove(k);
        }
    }
}
