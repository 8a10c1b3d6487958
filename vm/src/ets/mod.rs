//! ETS: tables of tuples shared between processes.
//!
//! - A table is an `Arc<Table>`; its id is a magic reference whose object holds that Arc, so
//!   `ets:lookup(Tid, K)` finds the table without a registry lookup. Named tables are also
//!   found by name through the registry.
//! - Each table has its own lock (`spin::RwLock`): readers share it, writers hold it alone,
//!   whatever scheduler they run on. The registry has its own lock, always taken before a
//!   table's when both are needed.
//! - Objects are stored as self-contained copies (`OwnedTerm`); reads copy onto the caller's
//!   heap. `hash.rs` keeps `set`/`bag`/`duplicate_bag` in OTP's hash order, `tree.rs` keeps
//!   `ordered_set` in term order; `select.rs` runs match specifications over them.
//! - Ownership: the scheduler reports process exits through [`process_exited`], which gives
//!   each table the process owned to its heir (sending `{'ETS-TRANSFER', ...}` through the
//!   installed [`EtsHost`]) or deletes it, and drops the process's fixations.

pub mod atoms;
pub(crate) mod hash;
pub mod matchspec;
pub mod select;
pub(crate) mod tree;

#[cfg(test)]
mod tests;

use crate::atom::Atom;
use crate::heap::Heap;
use crate::term::copy::OwnedTerm;
use crate::term::magic::MagicHandle;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::sync::Arc;
use alloc::vec::Vec;
use atoms::atoms;
use hash::HashStore;
use spin::{Once, RwLock, RwLockReadGuard, RwLockWriteGuard};
use tree::TreeStore;

/// Table types.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum TableKind {
    Set,
    OrderedSet,
    Bag,
    DuplicateBag,
}

impl TableKind {
    pub fn atom(self) -> Term {
        let a = atoms();
        match self {
            TableKind::Set => a.set,
            TableKind::OrderedSet => a.ordered_set,
            TableKind::Bag => a.bag,
            TableKind::DuplicateBag => a.duplicate_bag,
        }
    }
    pub fn is_bag(self) -> bool {
        matches!(self, TableKind::Bag | TableKind::DuplicateBag)
    }
}

/// Who may read and write a table.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Protection {
    Public,
    Protected,
    Private,
}

impl Protection {
    pub fn atom(self) -> Term {
        let a = atoms();
        match self {
            Protection::Public => a.public,
            Protection::Protected => a.protected,
            Protection::Private => a.private,
        }
    }
}

/// `write_concurrency` as given.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum WriteConcurrency {
    Off,
    On,
    Auto,
}

/// Why an ETS operation failed: `badarg`, with OTP's `error_info` cause when it gives one.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum EtsError {
    Badarg,
    /// The table does not exist (`cause => id`).
    Id,
    /// The caller may not access it so (`cause => access`).
    Access,
    /// The key is not in the table (`cause => badkey`).
    BadKey,
    /// The position is the key position (`cause => keypos`).
    KeyPos,
    /// The position is outside the object (`cause => position`).
    Position,
    /// Not for this table type (`cause => table_type`).
    TableType,
    /// A named table of that name exists (`cause => already_exists`).
    AlreadyExists,
    /// Only the owner may do this, or the process already owns it (`cause => owner`).
    Owner,
    /// The table argument is neither a table id nor an atom (`cause => type`).
    Type,
}

impl EtsError {
    /// The `cause` atom, if the error has one.
    pub fn cause(self) -> Option<Term> {
        let a = atoms();
        match self {
            EtsError::Badarg => None,
            EtsError::Id => Some(a.id),
            EtsError::Access => Some(a.access),
            EtsError::BadKey => Some(a.badkey),
            EtsError::KeyPos => Some(a.keypos),
            EtsError::Position => Some(a.position),
            EtsError::TableType => Some(a.table_type),
            EtsError::AlreadyExists => Some(a.already_exists),
            EtsError::Owner => Some(a.owner),
            EtsError::Type => Some(a.type_),
        }
    }
}

pub type EtsResult<T> = Result<T, EtsError>;

/// Where the objects are.
pub(crate) enum Store {
    Hash(HashStore),
    Tree(TreeStore),
}

impl Store {
    pub(crate) fn len(&self) -> usize {
        match self {
            Store::Hash(h) => h.len(),
            Store::Tree(t) => t.len(),
        }
    }
}

/// A table's mutable state, behind its lock.
pub struct TableState {
    /// Set once the table is deleted; the `Arc` may outlive it in terms still held.
    pub deleted: bool,
    pub name: Atom,
    pub owner: Term,
    /// `{heir, Pid, Data}`.
    pub heir: Option<(Term, OwnedTerm)>,
    pub protection: Protection,
    pub(crate) store: Store,
    /// `safe_fixtable` counts per process, in order of first fixation (newest first, as OTP
    /// lists them).
    pub fixations: Vec<(Term, u64)>,
    /// When the table became fixed: (monotonic ns, system time ns).
    pub fixed_at: Option<(u64, u64)>,
}

impl TableState {
    pub fn is_fixed(&self) -> bool {
        !self.fixations.is_empty()
    }
    pub fn size(&self) -> usize {
        self.store.len()
    }
}

/// A table.
pub struct Table {
    /// Unique number of this table.
    pub serial: u64,
    pub kind: TableKind,
    /// 1-based key position.
    pub keypos: usize,
    pub named: bool,
    pub read_concurrency: bool,
    pub write_concurrency: WriteConcurrency,
    pub decentralized_counters: bool,
    pub compressed: bool,
    state: RwLock<TableState>,
}

/// What a table's magic reference holds.
pub struct TableRef(pub Arc<Table>);

/// Process-level services ETS needs from the scheduler.
pub trait EtsHost: Sync {
    /// Whether the local process `pid` exists.
    fn is_alive(&self, pid: Term) -> bool;
    /// Delivers `msg` to `to` (copying it into the receiver); false if it does not exist.
    fn send(&self, to: Term, msg: OwnedTerm) -> bool;
}

static HOST: Once<&'static dyn EtsHost> = Once::new();

/// Installs the scheduler's services (once, at start-up). Until then only the calling
/// process counts as alive and no message can be sent, so `give_away` and heirs other than
/// the caller fail as they would for dead processes.
pub fn set_host(h: &'static dyn EtsHost) {
    HOST.call_once(|| h);
}

fn host() -> Option<&'static dyn EtsHost> {
    HOST.get().copied()
}

/// The number of schedulers `ets:internal_request_all/0` answers for (`ets:all/0` waits for
/// one message per scheduler).
pub fn scheduler_count() -> usize {
    1
}

struct Entry {
    table: Arc<Table>,
    /// Keeps the id's magic object (and so the id's numbers) while the table exists.
    handle: MagicHandle,
}

struct Registry {
    tables: BTreeMap<u64, Entry>,
    names: BTreeMap<Atom, u64>,
}

static REGISTRY: RwLock<Registry> = RwLock::new(Registry {
    tables: BTreeMap::new(),
    names: BTreeMap::new(),
});

static NEXT_SERIAL: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(1);

/// Options of `ets:new/2`, parsed.
#[derive(Clone, Debug)]
pub struct NewOptions {
    pub kind: TableKind,
    pub protection: Protection,
    pub named: bool,
    pub keypos: usize,
    pub heir: Option<(Term, Term)>,
    pub read_concurrency: bool,
    pub write_concurrency: WriteConcurrency,
    pub decentralized_counters: Option<bool>,
    pub compressed: bool,
}

impl NewOptions {
    /// Parses the option list of `ets:new/2` (the last type or protection given wins).
    pub fn parse(opts: Term) -> EtsResult<NewOptions> {
        let a = atoms();
        let mut o = NewOptions {
            kind: TableKind::Set,
            protection: Protection::Protected,
            named: false,
            keypos: 1,
            heir: None,
            read_concurrency: false,
            write_concurrency: WriteConcurrency::Off,
            decentralized_counters: None,
            compressed: false,
        };
        let mut l = opts;
        while let Some((x, rest)) = l.as_cons() {
            l = rest;
            if x.is_atom() {
                match x {
                    _ if x == a.set => o.kind = TableKind::Set,
                    _ if x == a.ordered_set => o.kind = TableKind::OrderedSet,
                    _ if x == a.bag => o.kind = TableKind::Bag,
                    _ if x == a.duplicate_bag => o.kind = TableKind::DuplicateBag,
                    _ if x == a.public => o.protection = Protection::Public,
                    _ if x == a.protected => o.protection = Protection::Protected,
                    _ if x == a.private => o.protection = Protection::Private,
                    _ if x == a.named_table => o.named = true,
                    _ if x == a.compressed => o.compressed = true,
                    _ => return Err(EtsError::Badarg),
                }
                continue;
            }
            let Some(t) = x.as_tuple() else {
                return Err(EtsError::Badarg);
            };
            match t {
                [k, v] if *k == a.keypos => match v.as_small() {
                    Some(n) if n >= 1 => o.keypos = n as usize,
                    _ => return Err(EtsError::Badarg),
                },
                [k, v] if *k == a.write_concurrency => {
                    o.write_concurrency = match *v {
                        Term::TRUE => WriteConcurrency::On,
                        Term::FALSE => WriteConcurrency::Off,
                        _ if *v == a.auto => WriteConcurrency::Auto,
                        _ => return Err(EtsError::Badarg),
                    }
                }
                [k, v] if *k == a.read_concurrency && v.is_boolean() => {
                    o.read_concurrency = *v == Term::TRUE
                }
                [k, v] if *k == a.decentralized_counters && v.is_boolean() => {
                    o.decentralized_counters = Some(*v == Term::TRUE)
                }
                [k, v] if *k == a.heir && *v == a.none => o.heir = None,
                [k, pid, data] if *k == a.heir && pid.is_local_pid() => {
                    o.heir = Some((*pid, *data))
                }
                _ => return Err(EtsError::Badarg),
            }
        }
        if !l.is_nil() {
            return Err(EtsError::Badarg);
        }
        Ok(o)
    }
}

/// Creates a table owned by `owner`; returns its id (or its name, for a named table).
pub fn new_table(heap: &mut Heap, owner: Term, name: Atom, o: &NewOptions) -> EtsResult<Term> {
    let serial = NEXT_SERIAL.fetch_add(1, core::sync::atomic::Ordering::Relaxed);
    let store = match o.kind {
        TableKind::OrderedSet => Store::Tree(TreeStore::new(o.keypos)),
        k => Store::Hash(HashStore::new(k, o.keypos)),
    };
    let wc_on = o.write_concurrency != WriteConcurrency::Off;
    let decentralized_counters = match o.kind {
        TableKind::OrderedSet => wc_on && o.decentralized_counters != Some(false),
        _ => {
            o.write_concurrency == WriteConcurrency::Auto
                || (o.write_concurrency == WriteConcurrency::On
                    && o.decentralized_counters == Some(true))
        }
    };
    let heir = o.heir.map(|(pid, data)| (pid, OwnedTerm::new(data)));
    let table = Arc::new(Table {
        serial,
        kind: o.kind,
        keypos: o.keypos,
        named: o.named,
        read_concurrency: o.read_concurrency,
        write_concurrency: o.write_concurrency,
        decentralized_counters,
        compressed: o.compressed,
        state: RwLock::new(TableState {
            deleted: false,
            name,
            owner,
            heir,
            protection: o.protection,
            store,
            fixations: Vec::new(),
            fixed_at: None,
        }),
    });
    let mut reg = REGISTRY.write();
    if o.named {
        if reg.names.contains_key(&name) {
            return Err(EtsError::AlreadyExists);
        }
        reg.names.insert(name, serial);
    }
    let handle = MagicHandle::new(Box::new(TableRef(table.clone())));
    let id = handle.to_term(heap);
    reg.tables.insert(serial, Entry { table, handle });
    Ok(if o.named { Term::atom(name) } else { id })
}

/// The table a table argument names (an id or the name of a named table).
pub fn resolve(t: Term) -> EtsResult<Arc<Table>> {
    if let Some(r) = crate::term::magic::downcast::<TableRef>(t) {
        return Ok(r.0.clone());
    }
    if let Some(name) = t.as_atom() {
        let reg = REGISTRY.read();
        let serial = reg.names.get(&name).ok_or(EtsError::Id)?;
        return reg
            .tables
            .get(serial)
            .map(|e| e.table.clone())
            .ok_or(EtsError::Id);
    }
    Err(EtsError::Type)
}

/// How a BIF uses a table.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Access {
    Read,
    Write,
    /// Information only (`ets:info`): any process, any protection.
    Info,
}

impl Table {
    fn allowed(&self, st: &TableState, caller: Term, access: Access) -> EtsResult<()> {
        if st.deleted {
            return Err(EtsError::Id);
        }
        let ok = match (access, st.protection) {
            (Access::Info, _) | (_, Protection::Public) => true,
            (Access::Read, Protection::Protected) => true,
            _ => st.owner == caller,
        };
        if ok {
            Ok(())
        } else {
            Err(EtsError::Access)
        }
    }

    /// The state, locked for reading, if `caller` may access it so.
    pub fn read(&self, caller: Term, access: Access) -> EtsResult<RwLockReadGuard<'_, TableState>> {
        let st = self.state.read();
        self.allowed(&st, caller, access)?;
        Ok(st)
    }

    /// The state, locked for writing, if `caller` may access it so.
    pub fn write(
        &self,
        caller: Term,
        access: Access,
    ) -> EtsResult<RwLockWriteGuard<'_, TableState>> {
        let st = self.state.write();
        self.allowed(&st, caller, access)?;
        Ok(st)
    }

    /// A magic reference to this table on `heap` (its id), while it exists. Takes the
    /// registry's lock: never call it while holding this table's lock.
    pub fn id_term(&self, heap: &mut Heap) -> Option<Term> {
        let reg = REGISTRY.read();
        reg.tables.get(&self.serial).map(|e| e.handle.to_term(heap))
    }

    /// Words of memory, as `ets:info(T, memory)` reports (see `docs/ARCHITECTURE.md`: the
    /// same formula as OTP's allocations for plain tables).
    pub fn memory_words(&self, st: &TableState) -> usize {
        let wc = self.write_concurrency != WriteConcurrency::Off;
        match &st.store {
            Store::Hash(h) => {
                let mut base = 305;
                if wc {
                    base += if self.write_concurrency == WriteConcurrency::Auto {
                        1090
                    } else {
                        1056
                    };
                    if self.read_concurrency {
                        base += 2048;
                    }
                } else if self.read_concurrency {
                    base += 32;
                }
                base + h.table_words() + h.object_words
            }
            Store::Tree(t) => {
                let base = match (wc, self.read_concurrency) {
                    (false, false) => 139,
                    (false, true) => 171,
                    (true, false) if !self.decentralized_counters => 99,
                    (true, false) => 133,
                    (true, true) => 165,
                };
                base + t.object_words
            }
        }
    }
}

/// Deletes a table (`ets:delete/1` or its owner's exit): it disappears from the registry
/// and its objects are freed.
fn remove(table: &Table) {
    let mut reg = REGISTRY.write();
    let mut st = table.state.write();
    if st.deleted {
        return;
    }
    st.deleted = true;
    if table.named && reg.names.get(&st.name) == Some(&table.serial) {
        reg.names.remove(&st.name);
    }
    reg.tables.remove(&table.serial);
    // Free the objects now; terms still naming the table keep only its empty shell.
    st.store = match table.kind {
        TableKind::OrderedSet => Store::Tree(TreeStore::new(table.keypos)),
        k => Store::Hash(HashStore::new(k, table.keypos)),
    };
    st.heir = None;
    st.fixations.clear();
}

/// `ets:delete/1`.
pub fn delete_table(caller: Term, table: &Table) -> EtsResult<()> {
    {
        let _st = table.write(caller, Access::Write)?;
    }
    remove(table);
    Ok(())
}

/// `ets:rename/2`.
pub fn rename(caller: Term, table: &Table, name: Atom) -> EtsResult<()> {
    let mut reg = REGISTRY.write();
    let mut st = table.write(caller, Access::Write)?;
    if table.named {
        if reg.names.contains_key(&name) {
            return Err(EtsError::Badarg);
        }
        reg.names.remove(&st.name);
        reg.names.insert(name, table.serial);
    }
    st.name = name;
    Ok(())
}

/// `ets:whereis/1`: the id of the named table `name`.
pub fn whereis(heap: &mut Heap, name: Atom) -> Option<Term> {
    let reg = REGISTRY.read();
    let serial = reg.names.get(&name)?;
    reg.tables.get(serial).map(|e| e.handle.to_term(heap))
}

/// The ids of every table, as `ets:all/0` lists them (named tables by name).
pub fn all(heap: &mut Heap) -> Vec<Term> {
    let reg = REGISTRY.read();
    let mut out = Vec::with_capacity(reg.tables.len());
    for e in reg.tables.values().rev() {
        if e.table.named {
            let st = e.table.state.read();
            out.push(Term::atom(st.name));
        } else {
            out.push(e.handle.to_term(heap));
        }
    }
    out
}

fn alive(caller: Term, pid: Term) -> bool {
    if pid == caller {
        return true;
    }
    host().is_some_and(|h| h.is_alive(pid))
}

/// Builds `{'ETS-TRANSFER', Tid, From, Data}` as an owned message.
fn transfer_message(table: &Table, from: Term, data: Term) -> Option<OwnedTerm> {
    let mut scratch = Heap::new(16);
    let tid = if table.named {
        let st = table.state.read();
        Term::atom(st.name)
    } else {
        table.id_term(&mut scratch)?
    };
    let msg = scratch.tuple(&[atoms().ets_transfer, tid, from, data]);
    Some(OwnedTerm::new(msg))
}

/// `ets:give_away/3`.
pub fn give_away(caller: Term, table: &Table, to: Term, gift: Term) -> EtsResult<()> {
    if !to.is_local_pid() {
        return Err(EtsError::Badarg);
    }
    {
        let st = table.read(caller, Access::Info)?;
        if st.owner != caller || to == caller {
            return Err(EtsError::Owner);
        }
    }
    let h = host().ok_or(EtsError::Badarg)?;
    if !h.is_alive(to) {
        return Err(EtsError::Badarg);
    }
    let msg = transfer_message(table, caller, gift).ok_or(EtsError::Id)?;
    {
        let mut st = table.state.write();
        if st.deleted || st.owner != caller {
            return Err(EtsError::Id);
        }
        st.owner = to;
    }
    h.send(to, msg);
    Ok(())
}

/// One `ets:setopts/2` option.
pub enum SetOpt {
    Heir(Option<(Term, Term)>),
    Protection(Protection),
}

/// `ets:setopts/2` (owner only); the options are applied in order.
pub fn setopts(caller: Term, table: &Table, opts: &[SetOpt]) -> EtsResult<()> {
    let mut st = table.write(caller, Access::Info)?;
    if st.owner != caller {
        return Err(EtsError::Owner);
    }
    for o in opts {
        match o {
            SetOpt::Heir(heir) => st.heir = heir.map(|(pid, data)| (pid, OwnedTerm::new(data))),
            SetOpt::Protection(p) => st.protection = *p,
        }
    }
    Ok(())
}

/// `ets:safe_fixtable/2`.
pub fn safe_fixtable(caller: Term, table: &Table, fix: bool) -> EtsResult<()> {
    let mut st = table.write(caller, Access::Read)?;
    fix_update(&mut st, caller, fix, false);
    Ok(())
}

/// Adds or drops one fixation by `pid` (`all`: every fixation it holds).
fn fix_update(st: &mut TableState, pid: Term, fix: bool, all: bool) {
    if fix {
        if st.fixations.is_empty() {
            let (mono, sys) = match crate::platform::platform() {
                Some(pl) => (pl.monotonic_ns(), pl.system_time_ns()),
                None => (0, 0),
            };
            st.fixed_at = Some((mono, sys));
        }
        match st.fixations.iter_mut().find(|(p, _)| *p == pid) {
            Some((_, n)) => *n += 1,
            None => st.fixations.insert(0, (pid, 1)),
        }
        return;
    }
    let Some(i) = st.fixations.iter().position(|(p, _)| *p == pid) else {
        return;
    };
    if all || st.fixations[i].1 <= 1 {
        st.fixations.remove(i);
    } else {
        st.fixations[i].1 -= 1;
    }
    if st.fixations.is_empty() {
        st.fixed_at = None;
        if let Store::Hash(h) = &mut st.store {
            h.unfix();
        }
    }
}

/// The scheduler's hook: process `pid` has exited. Its fixations are released; each table
/// it owned goes to its heir (if alive and not `pid`) with an `'ETS-TRANSFER'` message, or is
/// deleted.
pub fn process_exited(pid: Term) {
    let tables: Vec<Arc<Table>> = {
        let reg = REGISTRY.read();
        reg.tables.values().map(|e| e.table.clone()).collect()
    };
    for t in tables {
        let (owned, heir) = {
            let mut st = t.state.write();
            if st.deleted {
                continue;
            }
            fix_update(&mut st, pid, false, true);
            if st.owner != pid {
                continue;
            }
            let heir = st
                .heir
                .as_ref()
                .map(|(h, data)| (*h, data.clone()))
                .filter(|(h, _)| *h != pid);
            (true, heir)
        };
        if !owned {
            continue;
        }
        let handed = match (heir, host()) {
            (Some((h, data)), Some(hs)) if hs.is_alive(h) => {
                match transfer_message(&t, pid, data.term()) {
                    Some(msg) => {
                        {
                            let mut st = t.state.write();
                            // The heir setting stays (naming the new owner), as in OTP.
                            st.owner = h;
                        }
                        hs.send(h, msg);
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        };
        if !handed {
            remove(&t);
        }
    }
}

/// Whether `pid` is the calling process or a live one (for `give_away` and heirs).
pub fn is_alive(caller: Term, pid: Term) -> bool {
    alive(caller, pid)
}
