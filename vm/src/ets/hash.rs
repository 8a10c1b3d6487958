//! Storage of `set`, `bag` and `duplicate_bag` tables: OTP's linear dynamic hash table
//! (erl_db_hash.c), reproduced closely enough that objects sit in the same buckets, in the
//! same chain order, as in OTP 25 — so `first/next`, `tab2list`, `select` and `slot` return
//! them in OTP's order:
//!
//! - keys hash with `ets_key_hash` (atoms by their text, other terms by OTP's internal hash);
//! - a table starts with 256 buckets; after an insert that makes the object count exceed the
//!   bucket count, the table grows by one bucket (splitting one bucket, keeping chain order);
//!   after a delete that leaves fewer objects than half the buckets (and more than 256
//!   buckets), it shrinks by joining the top bucket back; neither happens while the table is
//!   fixed (`safe_fixtable`);
//! - a new key goes at the end of its bucket's chain; a new object of an existing key in a
//!   bag goes in front of the key's other objects;
//! - while the table is fixed, a deleted key's first object stays in its chain marked
//!   deleted ("pseudo-deleted"), so iteration keeps its place; unfixing purges them.

use super::TableKind;
use crate::term::compare::exact_eq;
use crate::term::copy::OwnedTerm;
use crate::term::hash::ets_key_hash;
use crate::term::Term;
use alloc::vec::Vec;

const FIRST_SEGSZ: usize = 256;
const EXT_SEGSZ: usize = 2048;
/// The hash value of a pseudo-deleted object.
const INVALID_HASH: u32 = 0xFFFF_FFFF;
/// How many buckets one grow or shrink may move at most.
const RESIZE_LOOP_LIMIT: usize = 5;

pub(crate) struct Entry {
    pub(crate) hval: u32,
    pub(crate) obj: OwnedTerm,
}

impl Entry {
    #[inline]
    pub(crate) fn is_live(&self) -> bool {
        self.hval != INVALID_HASH
    }
}

/// A bucket's chain. Most chains hold one object or none, so one object is kept inline: a
/// lookup then touches the bucket array and the object only, as OTP's does.
#[derive(Default)]
pub(crate) enum Chain {
    #[default]
    Empty,
    One(Entry),
    Many(Vec<Entry>),
}

impl core::ops::Deref for Chain {
    type Target = [Entry];
    fn deref(&self) -> &[Entry] {
        match self {
            Chain::Empty => &[],
            Chain::One(e) => core::slice::from_ref(e),
            Chain::Many(v) => v,
        }
    }
}

impl core::ops::DerefMut for Chain {
    fn deref_mut(&mut self) -> &mut [Entry] {
        match self {
            Chain::Empty => &mut [],
            Chain::One(e) => core::slice::from_mut(e),
            Chain::Many(v) => v,
        }
    }
}

impl Chain {
    fn into_vec(self) -> Vec<Entry> {
        match self {
            Chain::Empty => Vec::new(),
            Chain::One(e) => alloc::vec![e],
            Chain::Many(v) => v,
        }
    }

    fn from_vec(mut v: Vec<Entry>) -> Chain {
        match v.len() {
            0 => Chain::Empty,
            1 => match v.pop() {
                Some(e) => Chain::One(e),
                None => Chain::Empty,
            },
            _ => Chain::Many(v),
        }
    }

    fn insert(&mut self, i: usize, e: Entry) {
        match self {
            Chain::Empty => *self = Chain::One(e),
            Chain::Many(v) => v.insert(i, e),
            Chain::One(_) => {
                let mut v = core::mem::take(self).into_vec();
                v.insert(i, e);
                *self = Chain::Many(v);
            }
        }
    }

    fn push(&mut self, e: Entry) {
        let n = self.len();
        self.insert(n, e);
    }

    fn remove(&mut self, i: usize) -> Entry {
        let mut v = core::mem::take(self).into_vec();
        let e = v.remove(i);
        *self = Chain::from_vec(v);
        e
    }
}

pub(crate) struct HashStore {
    kind: TableKind,
    keypos: usize,
    /// One chain per active bucket (`buckets.len()` is OTP's `nactive`).
    buckets: Vec<Chain>,
    /// Size mask: the bucket of a hash is `hval & szm`, or `hval & (szm >> 1)` when that is
    /// not active yet.
    szm: usize,
    /// Live objects.
    nitems: usize,
    /// Buckets holding pseudo-deleted objects (purged when the table is unfixed).
    fixdel: Vec<usize>,
    /// Words of the stored objects (for `info(memory)`).
    pub(crate) object_words: usize,
}

/// Where an object is: bucket and position in its chain.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pos {
    pub(crate) bucket: usize,
    pub(crate) index: usize,
}

/// OTP's per-object overhead in words (chain link, hash value, term header words).
const OBJECT_OVERHEAD: usize = 4;

pub(crate) fn object_words(obj: &OwnedTerm) -> usize {
    OBJECT_OVERHEAD + obj.otp_words()
}

impl HashStore {
    pub(crate) fn new(kind: TableKind, keypos: usize) -> HashStore {
        let mut buckets = Vec::with_capacity(FIRST_SEGSZ);
        buckets.resize_with(FIRST_SEGSZ, Chain::default);
        HashStore {
            kind,
            keypos,
            buckets,
            szm: FIRST_SEGSZ - 1,
            nitems: 0,
            fixdel: Vec::new(),
            object_words: 0,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.nitems
    }

    pub(crate) fn is_bag(&self) -> bool {
        self.kind.is_bag()
    }

    pub(crate) fn nactive(&self) -> usize {
        self.buckets.len()
    }

    /// Words of bucket arrays (as OTP's segments and segment table).
    pub(crate) fn table_words(&self) -> usize {
        let n = self.buckets.len();
        if n <= FIRST_SEGSZ {
            return 0;
        }
        let ext = (n - FIRST_SEGSZ).div_ceil(EXT_SEGSZ);
        let segtab = if ext < 256 { 256 } else { ext + 1 + 128 };
        ext * EXT_SEGSZ + segtab + 6
    }

    #[inline]
    fn key_of(&self, obj: Term) -> Term {
        obj.tuple_elem(self.keypos - 1)
    }

    #[inline]
    fn ix(&self, hval: u32) -> usize {
        let mut ix = hval as usize & self.szm;
        if ix >= self.buckets.len() {
            ix &= self.szm >> 1;
        }
        ix
    }

    #[inline]
    fn has_key(&self, e: &Entry, key: Term, hval: u32) -> bool {
        (e.hval == hval || e.hval == INVALID_HASH) && exact_eq(self.key_of(e.obj.term()), key)
    }

    #[inline]
    fn has_live_key(&self, e: &Entry, key: Term, hval: u32) -> bool {
        e.hval == hval && exact_eq(self.key_of(e.obj.term()), key)
    }

    /// The live objects with `key`, in chain order (newest first for bags).
    pub(crate) fn key_objects(&self, key: Term) -> impl Iterator<Item = &OwnedTerm> {
        let hval = ets_key_hash(key);
        let chain = &self.buckets[self.ix(hval)];
        let start = chain
            .iter()
            .position(|e| self.has_live_key(e, key, hval))
            .unwrap_or(chain.len());
        chain[start..]
            .iter()
            .take_while(move |e| self.has_key(e, key, hval))
            .filter(|e| e.is_live())
            .map(|e| &e.obj)
    }

    pub(crate) fn member(&self, key: Term) -> bool {
        self.key_objects(key).next().is_some()
    }

    fn alloc_words(&mut self, obj: &OwnedTerm) {
        self.object_words += object_words(obj);
    }

    fn free_words(&mut self, obj: &OwnedTerm) {
        self.object_words = self.object_words.saturating_sub(object_words(obj));
    }

    /// Inserts `obj` (a tuple with the key at keypos). With `key_clash_fail` (insert_new),
    /// does nothing and answers false when a live object has the key. `fixed`: the table
    /// is fixed (no resizing).
    pub(crate) fn put(&mut self, obj: OwnedTerm, key_clash_fail: bool, fixed: bool) -> bool {
        let key = self.key_of(obj.term());
        let hval = ets_key_hash(key);
        let ix = self.ix(hval);
        let first = self.buckets[ix]
            .iter()
            .position(|e| self.has_key(e, key, hval));
        let Some(first) = first else {
            self.alloc_words(&obj);
            self.buckets[ix].push(Entry { hval, obj });
            self.nitems += 1;
            self.after_insert(fixed);
            return true;
        };
        match self.kind {
            TableKind::Set => {
                let was_live = self.buckets[ix][first].is_live();
                if was_live && key_clash_fail {
                    return false;
                }
                if !was_live {
                    self.nitems += 1;
                }
                self.alloc_words(&obj);
                let old = core::mem::replace(&mut self.buckets[ix][first], Entry { hval, obj });
                self.free_words(&old.obj);
                return true;
            }
            _ => {
                let end = self.group_end(ix, first, key, hval);
                if key_clash_fail {
                    if self.buckets[ix][first..end].iter().any(|e| e.is_live()) {
                        return false;
                    }
                } else if self.kind == TableKind::Bag {
                    let same = (first..end)
                        .find(|&i| exact_eq(self.buckets[ix][i].obj.term(), obj.term()));
                    if let Some(i) = same {
                        if !self.buckets[ix][i].is_live() {
                            // Revive it, as the newest object of the key.
                            self.nitems += 1;
                            let mut e = self.buckets[ix].remove(i);
                            e.hval = hval;
                            self.buckets[ix].insert(first, e);
                        }
                        return true;
                    }
                }
            }
        }
        self.alloc_words(&obj);
        self.buckets[ix].insert(first, Entry { hval, obj });
        self.nitems += 1;
        self.after_insert(fixed);
        true
    }

    /// One past the last object (live or not) of the key group starting at `first`.
    fn group_end(&self, ix: usize, first: usize, key: Term, hval: u32) -> usize {
        let chain = &self.buckets[ix];
        let mut end = first;
        while end < chain.len() && self.has_key(&chain[end], key, hval) {
            end += 1;
        }
        end
    }

    fn after_insert(&mut self, fixed: bool) {
        if self.nitems > self.buckets.len() && !fixed {
            self.grow();
        }
    }

    fn grow(&mut self) {
        let mut loops = RESIZE_LOOP_LIMIT;
        loop {
            let nactive = self.buckets.len();
            if self.nitems <= nactive {
                return;
            }
            let (from, szm) = if nactive <= self.szm {
                (nactive & (self.szm >> 1), self.szm)
            } else {
                (0, (self.szm << 1) | 1)
            };
            self.szm = szm;
            let old = core::mem::take(&mut self.buckets[from]).into_vec();
            let (stay, moved): (Vec<Entry>, Vec<Entry>) = old
                .into_iter()
                .filter(|e| e.is_live())
                .partition(|e| (e.hval as usize & szm) == from);
            self.buckets[from] = Chain::from_vec(stay);
            self.buckets.push(Chain::from_vec(moved));
            loops -= 1;
            if loops == 0 || self.nitems <= self.buckets.len() {
                return;
            }
        }
    }

    fn try_shrink(&mut self, fixed: bool) {
        if fixed {
            return;
        }
        let mut loops = RESIZE_LOOP_LIMIT;
        while loops > 0 {
            let nactive = self.buckets.len();
            if !(nactive > FIRST_SEGSZ && self.nitems < nactive / 2) {
                return;
            }
            let src = nactive - 1;
            let low_szm = self.szm >> 1;
            let dst = src & low_szm;
            let mut moved = self.buckets.pop().unwrap_or_default().into_vec();
            moved.retain(|e| e.is_live());
            let old_dst = core::mem::take(&mut self.buckets[dst]).into_vec();
            moved.extend(old_dst);
            self.buckets[dst] = Chain::from_vec(moved);
            if dst == 0 {
                self.szm = low_szm;
            }
            loops -= 1;
        }
    }

    /// Removes (or pseudo-deletes, the first one, when fixed) the entry at `pos`. Returns the
    /// index in the chain of the entry that followed it, where a scan of the chain goes on.
    fn erase_at(&mut self, pos: Pos, pseudo: bool) -> usize {
        if pseudo {
            self.buckets[pos.bucket][pos.index].hval = INVALID_HASH;
            if !self.fixdel.contains(&pos.bucket) {
                self.fixdel.push(pos.bucket);
            }
            pos.index + 1
        } else {
            let e = self.buckets[pos.bucket].remove(pos.index);
            self.free_words(&e.obj);
            pos.index
        }
    }

    /// Deletes every object with `key`; returns the number deleted.
    pub(crate) fn delete_key(&mut self, key: Term, fixed: bool) -> usize {
        let hval = ets_key_hash(key);
        let ix = self.ix(hval);
        let mut i = 0;
        let mut deleted = 0;
        while i < self.buckets[ix].len() {
            let e = &self.buckets[ix][i];
            if self.has_live_key(e, key, hval) {
                deleted += 1;
                let pos = Pos {
                    bucket: ix,
                    index: i,
                };
                i = self.erase_at(pos, deleted == 1 && fixed);
                continue;
            }
            if deleted > 0 && e.is_live() {
                break;
            }
            i += 1;
        }
        if deleted > 0 {
            self.nitems -= deleted;
            self.try_shrink(fixed);
        }
        deleted
    }

    /// Deletes the objects exactly equal to `obj` (all of them in a duplicate bag).
    pub(crate) fn delete_object(&mut self, obj: Term, fixed: bool) {
        let key = self.key_of(obj);
        let hval = ets_key_hash(key);
        let ix = self.ix(hval);
        let mut i = 0;
        let mut deleted = 0;
        let mut nkeys = 0;
        while i < self.buckets[ix].len() {
            let e = &self.buckets[ix][i];
            if self.has_live_key(e, key, hval) {
                nkeys += 1;
                if exact_eq(e.obj.term(), obj) {
                    deleted += 1;
                    let pos = Pos {
                        bucket: ix,
                        index: i,
                    };
                    i = self.erase_at(pos, nkeys == 1 && fixed);
                    if self.kind == TableKind::DuplicateBag {
                        continue;
                    }
                    break;
                }
            } else if deleted > 0 && e.is_live() {
                break;
            }
            i += 1;
        }
        if deleted > 0 {
            self.nitems -= deleted;
            self.try_shrink(fixed);
        }
    }

    /// Removes and returns the objects of `key` (in lookup order).
    pub(crate) fn take(&mut self, key: Term, fixed: bool) -> Vec<OwnedTerm> {
        let hval = ets_key_hash(key);
        let ix = self.ix(hval);
        let Some(first) = self.buckets[ix]
            .iter()
            .position(|e| self.has_live_key(e, key, hval))
        else {
            return Vec::new();
        };
        let end = self.group_end(ix, first, key, hval);
        let mut out = Vec::new();
        let mut i = first;
        let mut removed = 0;
        let mut end = end;
        while i < end {
            if !self.buckets[ix][i].is_live() {
                i += 1;
                continue;
            }
            removed += 1;
            if removed == 1 && fixed {
                out.push(self.buckets[ix][i].obj.clone());
                let pos = Pos {
                    bucket: ix,
                    index: i,
                };
                i = self.erase_at(pos, true);
            } else {
                let e = self.buckets[ix].remove(i);
                self.free_words(&e.obj);
                out.push(e.obj);
                end -= 1;
            }
        }
        self.nitems -= removed;
        self.try_shrink(fixed);
        out.reverse();
        out
    }

    /// Purges the pseudo-deleted objects (the table was unfixed).
    pub(crate) fn unfix(&mut self) {
        for b in core::mem::take(&mut self.fixdel) {
            if let Some(chain) = self.buckets.get_mut(b) {
                let before: Vec<Entry> = core::mem::take(chain).into_vec();
                let mut kept = Vec::with_capacity(before.len());
                for e in before {
                    if e.is_live() {
                        kept.push(e);
                    } else {
                        self.object_words = self.object_words.saturating_sub(object_words(&e.obj));
                    }
                }
                self.buckets[b] = Chain::from_vec(kept);
            }
        }
    }

    /// Removes everything (a fresh table, or every object pseudo-deleted when fixed).
    pub(crate) fn clear(&mut self, fixed: bool) {
        if fixed {
            for (b, chain) in self.buckets.iter_mut().enumerate() {
                if !chain.is_empty() {
                    for e in chain.iter_mut() {
                        e.hval = INVALID_HASH;
                    }
                    if !self.fixdel.contains(&b) {
                        self.fixdel.push(b);
                    }
                }
            }
            self.nitems = 0;
        } else {
            *self = HashStore::new(self.kind, self.keypos);
        }
    }

    /// The first live entry at or after `pos` in iteration order.
    fn live_from(&self, mut pos: Pos) -> Option<Pos> {
        while pos.bucket < self.buckets.len() {
            let chain = &self.buckets[pos.bucket];
            while pos.index < chain.len() {
                if chain[pos.index].is_live() {
                    return Some(pos);
                }
                pos.index += 1;
            }
            pos.bucket += 1;
            pos.index = 0;
        }
        None
    }

    pub(crate) fn first_key(&self) -> Option<Term> {
        let pos = self.live_from(Pos {
            bucket: 0,
            index: 0,
        })?;
        Some(self.key_of(self.buckets[pos.bucket][pos.index].obj.term()))
    }

    /// The key after `key` in iteration order; `Err` when `key` is not in the table.
    pub(crate) fn next_key(&self, key: Term) -> Result<Option<Term>, ()> {
        let hval = ets_key_hash(key);
        let ix = self.ix(hval);
        let chain = &self.buckets[ix];
        let i = chain
            .iter()
            .position(|e| self.has_key(e, key, hval))
            .ok_or(())?;
        let mut pos = Pos {
            bucket: ix,
            index: i + 1,
        };
        loop {
            let Some(p) = self.live_from(pos) else {
                return Ok(None);
            };
            let e = &self.buckets[p.bucket][p.index];
            if self.kind != TableKind::Set && self.has_live_key(e, key, hval) {
                pos = Pos {
                    bucket: p.bucket,
                    index: p.index + 1,
                };
                continue;
            }
            return Ok(Some(self.key_of(e.obj.term())));
        }
    }

    /// The objects of bucket `i`, as `ets:slot/2` lists them (reverse chain order); `None`
    /// past the end.
    pub(crate) fn slot(&self, i: usize) -> Option<Vec<&OwnedTerm>> {
        let chain = self.buckets.get(i)?;
        Some(
            chain
                .iter()
                .rev()
                .filter(|e| e.is_live())
                .map(|e| &e.obj)
                .collect(),
        )
    }

    pub(crate) fn bucket_of(&self, key: Term) -> usize {
        self.ix(ets_key_hash(key))
    }

    /// The chain of bucket `b` (empty past the end).
    pub(crate) fn chain(&self, b: usize) -> &[Entry] {
        self.buckets.get(b).map(|c| &c[..]).unwrap_or(&[])
    }

    /// Deletes the live entry at `pos` during a traversal (select_delete), pseudo-deleting
    /// when fixed. Returns whether the entry stays in the chain (pseudo-deleted).
    pub(crate) fn delete_at(&mut self, pos: Pos, fixed: bool) -> bool {
        self.erase_at(pos, fixed);
        self.nitems -= 1;
        fixed
    }

    /// Replaces the object at `pos` (select_replace, update_element, update_counter: the
    /// key is unchanged).
    pub(crate) fn replace_at(&mut self, pos: Pos, obj: OwnedTerm) {
        self.alloc_words(&obj);
        let old = core::mem::replace(&mut self.buckets[pos.bucket][pos.index].obj, obj);
        self.free_words(&old);
    }

    /// Where the live object of `key` is (sets).
    pub(crate) fn find(&self, key: Term) -> Option<Pos> {
        let hval = ets_key_hash(key);
        let ix = self.ix(hval);
        let i = self.buckets[ix]
            .iter()
            .position(|e| self.has_live_key(e, key, hval))?;
        Some(Pos {
            bucket: ix,
            index: i,
        })
    }

    pub(crate) fn object_at(&self, pos: Pos) -> &OwnedTerm {
        &self.buckets[pos.bucket][pos.index].obj
    }

    /// After deletions during a traversal.
    pub(crate) fn finish_deletions(&mut self, fixed: bool) {
        self.try_shrink(fixed);
    }

    /// Chain-length statistics for `info(T, stats)`: (buckets, mean, std dev, expected std
    /// dev, min, max, kept (pseudo-deleted) objects).
    pub(crate) fn stats(&self) -> (usize, f64, f64, f64, usize, usize, usize) {
        let n = self.buckets.len();
        let mut sum = 0usize;
        let mut sq = 0usize;
        let mut min = usize::MAX;
        let mut max = 0usize;
        let mut kept = 0usize;
        for c in &self.buckets {
            let live = c.iter().filter(|e| e.is_live()).count();
            kept += c.len() - live;
            sum += live;
            sq += live * live;
            min = min.min(live);
            max = max.max(live);
        }
        // OTP computes these in single precision.
        let nf = n as f32;
        let avg = sum as f32 / nf;
        let std = libm::sqrtf((sq as f32 / nf) - avg * avg);
        let exp = libm::sqrtf(avg * (1.0 - 1.0 / nf));
        (
            n,
            f64::from(avg),
            f64::from(std),
            f64::from(exp),
            if n == 0 { 0 } else { min },
            max,
            kept,
        )
    }
}
