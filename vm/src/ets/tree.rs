//! Storage of `ordered_set` tables: objects ordered by key in term order, keys equal when
//! they compare equal (`1 == 1.0`), as OTP's AVL tree (erl_db_tree.c).

use crate::term::compare::compare;
use crate::term::copy::OwnedTerm;
use crate::term::Term;
use alloc::collections::btree_map::BTreeMap;
use core::borrow::Borrow;
use core::cmp::Ordering;
use core::ops::Bound;

/// A key compared in term order. Wraps any term: stored keys, or a caller's key to look up.
#[derive(Copy, Clone, Debug)]
#[repr(transparent)]
pub(crate) struct KeyRef(pub(crate) Term);

impl PartialEq for KeyRef {
    fn eq(&self, other: &Self) -> bool {
        compare(self.0, other.0) == Ordering::Equal
    }
}
impl Eq for KeyRef {}
impl PartialOrd for KeyRef {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for KeyRef {
    fn cmp(&self, other: &Self) -> Ordering {
        compare(self.0, other.0)
    }
}

/// A stored key: its own copy (immediates take no memory), so replacing an object never
/// leaves the map holding a key that points into freed storage.
pub(crate) struct TreeKey {
    key: KeyRef,
    _own: OwnedTerm,
}

impl TreeKey {
    fn new(k: Term) -> TreeKey {
        let own = OwnedTerm::new(k);
        TreeKey {
            key: KeyRef(own.term()),
            _own: own,
        }
    }
    pub(crate) fn term(&self) -> Term {
        self.key.0
    }
}

impl Borrow<KeyRef> for TreeKey {
    fn borrow(&self) -> &KeyRef {
        &self.key
    }
}
impl PartialEq for TreeKey {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}
impl Eq for TreeKey {}
impl PartialOrd for TreeKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for TreeKey {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key)
    }
}

/// OTP's per-object overhead in words (tree links, balance, term header words).
const OBJECT_OVERHEAD: usize = 5;

fn object_words(obj: &OwnedTerm) -> usize {
    OBJECT_OVERHEAD + obj.otp_words()
}

pub(crate) struct TreeStore {
    keypos: usize,
    map: BTreeMap<TreeKey, OwnedTerm>,
    pub(crate) object_words: usize,
}

impl TreeStore {
    pub(crate) fn new(keypos: usize) -> TreeStore {
        TreeStore {
            keypos,
            map: BTreeMap::new(),
            object_words: 0,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    fn key_of(&self, obj: Term) -> Term {
        obj.tuple_elem(self.keypos - 1)
    }

    pub(crate) fn get(&self, key: Term) -> Option<&OwnedTerm> {
        self.map.get(&KeyRef(key))
    }

    /// Inserts or replaces; with `key_clash_fail`, refuses (false) when the key exists.
    pub(crate) fn put(&mut self, obj: OwnedTerm, key_clash_fail: bool) -> bool {
        let key = self.key_of(obj.term());
        if key_clash_fail && self.map.contains_key(&KeyRef(key)) {
            return false;
        }
        self.object_words += object_words(&obj);
        // The stored key becomes the new object's (it may differ: 1 replaced by 1.0).
        if let Some((_, old)) = self.map.remove_entry(&KeyRef(key)) {
            self.object_words = self.object_words.saturating_sub(object_words(&old));
        }
        self.map.insert(TreeKey::new(key), obj);
        true
    }

    /// Replaces the object of an existing key, keeping the stored key (the new object has
    /// an exactly equal key: update_counter, update_element, select_replace).
    pub(crate) fn replace(&mut self, key: Term, obj: OwnedTerm) {
        let new_words = object_words(&obj);
        if let Some(slot) = self.map.get_mut(&KeyRef(key)) {
            let old = core::mem::replace(slot, obj);
            self.object_words = (self.object_words + new_words).saturating_sub(object_words(&old));
        }
    }

    pub(crate) fn delete_key(&mut self, key: Term) -> bool {
        match self.map.remove(&KeyRef(key)) {
            Some(old) => {
                self.object_words = self.object_words.saturating_sub(object_words(&old));
                true
            }
            None => false,
        }
    }

    /// Deletes the object of `obj`'s key if it is exactly `obj`.
    pub(crate) fn delete_object(&mut self, obj: Term) {
        let key = self.key_of(obj);
        if let Some(o) = self.map.get(&KeyRef(key)) {
            if crate::term::compare::exact_eq(o.term(), obj) {
                self.delete_key(key);
            }
        }
    }

    pub(crate) fn take(&mut self, key: Term) -> Option<OwnedTerm> {
        let (_, old) = self.map.remove_entry(&KeyRef(key))?;
        self.object_words = self.object_words.saturating_sub(object_words(&old));
        Some(old)
    }

    pub(crate) fn clear(&mut self) {
        self.map.clear();
        self.object_words = 0;
    }

    pub(crate) fn first_key(&self) -> Option<Term> {
        self.map.first_key_value().map(|(k, _)| k.term())
    }

    pub(crate) fn last_key(&self) -> Option<Term> {
        self.map.last_key_value().map(|(k, _)| k.term())
    }

    /// The first key after `key` (which need not be in the table).
    pub(crate) fn next_key(&self, key: Term) -> Option<Term> {
        self.map
            .range::<KeyRef, _>((Bound::Excluded(KeyRef(key)), Bound::Unbounded))
            .next()
            .map(|(k, _)| k.term())
    }

    /// The last key before `key` (which need not be in the table).
    pub(crate) fn prev_key(&self, key: Term) -> Option<Term> {
        self.map
            .range::<KeyRef, _>((Bound::Unbounded, Bound::Excluded(KeyRef(key))))
            .next_back()
            .map(|(k, _)| k.term())
    }

    /// Objects in key order, from after `after` (or the start).
    pub(crate) fn iter_from(
        &self,
        after: Option<Term>,
    ) -> impl DoubleEndedIterator<Item = (&TreeKey, &OwnedTerm)> {
        let lower = match after {
            Some(k) => Bound::Excluded(KeyRef(k)),
            None => Bound::Unbounded,
        };
        self.map.range::<KeyRef, _>((lower, Bound::Unbounded))
    }

    /// Objects in reverse key order, from before `before` (or the end).
    pub(crate) fn iter_rev_from(
        &self,
        before: Option<Term>,
    ) -> impl Iterator<Item = (&TreeKey, &OwnedTerm)> {
        let upper = match before {
            Some(k) => Bound::Excluded(KeyRef(k)),
            None => Bound::Unbounded,
        };
        self.map.range::<KeyRef, _>((Bound::Unbounded, upper)).rev()
    }

    /// The `i`th object in key order.
    pub(crate) fn nth(&self, i: usize) -> Option<&OwnedTerm> {
        self.map.values().nth(i)
    }

    /// Runs `f` over the objects in key order, replacing or deleting as it answers
    /// (select_delete, select_replace). Returns how many were changed.
    pub(crate) fn edit<F>(&mut self, mut f: F) -> usize
    where
        F: FnMut(Term) -> Edit,
    {
        let mut changed = 0;
        let mut dead: alloc::vec::Vec<Term> = alloc::vec::Vec::new();
        let mut added = 0usize;
        let mut freed = 0usize;
        for (k, v) in self.map.iter_mut() {
            match f(v.term()) {
                Edit::Keep => {}
                Edit::Delete => {
                    dead.push(k.term());
                    changed += 1;
                }
                Edit::Replace(new) => {
                    added += object_words(&new);
                    let old = core::mem::replace(v, new);
                    freed += object_words(&old);
                    changed += 1;
                }
            }
        }
        // Each dead key points into its own stored key, alive until its entry is removed.
        for k in dead {
            if let Some(old) = self.map.remove(&KeyRef(k)) {
                freed += object_words(&old);
            }
        }
        self.object_words = (self.object_words + added).saturating_sub(freed);
        changed
    }
}

/// What `TreeStore::edit` does with one object.
pub(crate) enum Edit {
    Keep,
    Delete,
    Replace(OwnedTerm),
}
