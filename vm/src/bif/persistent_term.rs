//! `persistent_term`: a global key-value store for terms read often and written rarely.
//!
//! A value is stored once as an `OwnedTerm` (literal-marked words outside every heap), and
//! `get/1` returns it without copying, as OTP does: the collector never moves or copies
//! literal-marked terms. So a value must outlive every process that may still hold it; OTP
//! scans all processes when a term is erased or replaced. Until the scheduler offers such a
//! scan, replaced and erased values are retired, not freed (`retired_words` reports them).
//!
//! Keys are compared exactly (`1` and `1.0` are different keys), in map key order.

use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::compare::{exact_eq, key_order};
use crate::term::copy::OwnedTerm;
use crate::term::Term;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::cmp::Ordering;
use spin::RwLock;

type A<'a> = &'a [Term];

/// A caller's key, for lookups without copying it; ordered as map keys are (exact
/// equality).
struct KeyRef(Term);

impl PartialEq for KeyRef {
    fn eq(&self, o: &Self) -> bool {
        key_order(self.0, o.0) == Ordering::Equal
    }
}
impl Eq for KeyRef {}
impl PartialOrd for KeyRef {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for KeyRef {
    fn cmp(&self, o: &Self) -> Ordering {
        key_order(self.0, o.0)
    }
}

/// A stored key: its own copy and the word naming it.
struct Key {
    key: KeyRef,
    own: OwnedTerm,
}

impl Key {
    fn new(t: Term) -> Key {
        let own = OwnedTerm::new(t);
        Key {
            key: KeyRef(own.term()),
            own,
        }
    }
}

impl core::borrow::Borrow<KeyRef> for Key {
    fn borrow(&self) -> &KeyRef {
        &self.key
    }
}
impl PartialEq for Key {
    fn eq(&self, o: &Self) -> bool {
        self.key == o.key
    }
}
impl Eq for Key {}
impl PartialOrd for Key {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Key {
    fn cmp(&self, o: &Self) -> Ordering {
        self.key.cmp(&o.key)
    }
}

struct Store {
    map: BTreeMap<Key, OwnedTerm>,
    retired: Vec<OwnedTerm>,
}

static STORE: RwLock<Store> = RwLock::new(Store {
    map: BTreeMap::new(),
    retired: Vec::new(),
});

fn get_value(key: Term) -> Option<Term> {
    STORE.read().map.get(&KeyRef(key)).map(|v| v.term())
}

fn put2(_p: &mut Process, a: A) -> BifResult {
    let (key, value) = (a[0], a[1]);
    if let Some(old) = get_value(key) {
        if exact_eq(old, value) {
            return Ok(Term::OK);
        }
    }
    let v = OwnedTerm::new(value);
    let mut s = STORE.write();
    match s.map.get_mut(&KeyRef(key)) {
        Some(slot) => {
            let old = core::mem::replace(slot, v);
            s.retired.push(old);
        }
        None => {
            s.map.insert(Key::new(key), v);
        }
    }
    Ok(Term::OK)
}

fn get1(_p: &mut Process, a: A) -> BifResult {
    get_value(a[0]).ok_or_else(Exception::badarg)
}

fn get2(_p: &mut Process, a: A) -> BifResult {
    Ok(get_value(a[0]).unwrap_or(a[1]))
}

fn get0(p: &mut Process, _a: A) -> BifResult {
    let pairs: Vec<(Term, Term)> = {
        let s = STORE.read();
        s.map.iter().map(|(k, v)| (k.key.0, v.term())).collect()
    };
    let mut items = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        items.push(p.heap.tuple(&[k, v]));
    }
    Ok(p.heap.list(&items))
}

fn erase1(_p: &mut Process, a: A) -> BifResult {
    let mut s = STORE.write();
    match s.map.remove_entry(&KeyRef(a[0])) {
        Some((key, v)) => {
            s.retired.push(v);
            s.retired.push(key.own);
            Ok(Term::TRUE)
        }
        None => Ok(Term::FALSE),
    }
}

fn info0(p: &mut Process, _a: A) -> BifResult {
    let (count, words) = {
        let s = STORE.read();
        let words: usize = s
            .map
            .iter()
            .map(|(k, v)| k.own.otp_words() + v.otp_words() + 4)
            .sum();
        (s.map.len(), words)
    };
    let at = crate::ets::atoms::atoms();
    let c = crate::term::make_u64(&mut p.heap, count as u64);
    let m = crate::term::make_u64(&mut p.heap, (words * 8) as u64);
    Ok(crate::map::from_pairs(
        &mut p.heap,
        &[(at.count, c), (at.memory, m)],
    ))
}

/// Words held by values replaced or erased but possibly still referenced by processes.
pub fn retired_words() -> usize {
    STORE.read().retired.iter().map(|t| t.size_words()).sum()
}

pub static BIFS: &[BifDef] = crate::bif_table! { "persistent_term";
    "put", 2 => put2;
    "get", 1 => get1;
    "get", 2 => get2;
    "get", 0 => get0;
    "erase", 1 => erase1;
    "info", 0 => info0;
};
