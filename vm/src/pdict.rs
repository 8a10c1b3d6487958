//! The process dictionary, laid out exactly as OTP's (`erl_process_dict.c`): a linear hash
//! table that grows and shrinks a few slots at a time, whose buckets are lists in an order
//! that depends on the history of puts, erases and rehashes. `get/0` and `get_keys/0,1`
//! walk it slot by slot, so keeping OTP's layout is what makes their order OTP's.
//!
//! The `{Key, Value}` pairs live in one vector (the collector's roots); the table holds
//! their indexes. Hashes are OTP's: a small integer hashes to its low 32 bits, an atom to
//! its table index, anything else to `make_internal_hash(Term, 0)`.

use crate::term::compare::exact_eq;
use crate::term::hash::internal_hash;
use crate::term::Term;
use alloc::vec::Vec;

/// OTP's default initial number of slots (`+hpds`).
const INITIAL_SIZE: usize = 8;

/// OTP's dictionary key hash (`MAKE_HASH`).
fn key_hash(key: Term) -> u32 {
    if let Some(v) = key.as_small() {
        v as u32
    } else if let Some(a) = key.as_atom() {
        a.index()
    } else {
        internal_hash(key, 0)
    }
}

/// A process dictionary.
#[derive(Default)]
pub struct Dict {
    /// `[key, value]` pairs, in no particular order.
    entries: Vec<[Term; 2]>,
    /// Key hashes, parallel to `entries`.
    hashes: Vec<u32>,
    /// The table: one bucket per used slot, each a list of entry indexes in OTP's order.
    /// Empty when the dictionary does not exist (before the first put, after `erase/0`).
    slots: Vec<Vec<u32>>,
    size_mask: u32,
    split_position: usize,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// The pairs as collector roots (`[key, value, key, value, ...]`).
    pub fn roots_mut(&mut self) -> &mut [Term] {
        self.entries.as_flattened_mut()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn slot_of(&self, hx: u32) -> usize {
        let high = hx & self.size_mask;
        if high as usize >= self.slots.len() {
            (hx & (self.size_mask >> 1)) as usize
        } else {
            high as usize
        }
    }

    fn find(&self, key: Term) -> Option<(usize, usize)> {
        if self.slots.is_empty() {
            return None;
        }
        let s = self.slot_of(key_hash(key));
        let pos = self.slots[s]
            .iter()
            .position(|&e| exact_eq(self.entries[e as usize][0], key))?;
        Some((s, pos))
    }

    /// `get/1`.
    pub fn get(&self, key: Term) -> Option<Term> {
        let (s, pos) = self.find(key)?;
        Some(self.entries[self.slots[s][pos] as usize][1])
    }

    /// `put/2`: the old value, if the key was there.
    pub fn put(&mut self, key: Term, value: Term) -> Option<Term> {
        if self.slots.is_empty() {
            self.slots = alloc::vec![Vec::new(); INITIAL_SIZE];
            self.size_mask = (INITIAL_SIZE * 2 - 1) as u32;
            self.split_position = 0;
        }
        let hx = key_hash(key);
        let s = self.slot_of(hx);
        let found = self.slots[s]
            .iter()
            .position(|&e| exact_eq(self.entries[e as usize][0], key));
        if let Some(i) = found {
            let e = self.slots[s][i] as usize;
            let old = self.entries[e][1];
            // The pair keeps its place in its bucket (OTP 25 rebuilds the bucket front
            // up to it in the same order).
            self.entries[e] = [key, value];
            return Some(old);
        }
        let e = self.entries.len() as u32;
        self.entries.push([key, value]);
        self.hashes.push(hx);
        self.slots[s].insert(0, e);
        if self.slots.len() <= self.entries.len() {
            self.grow();
        }
        None
    }

    fn grow(&mut self) {
        let steps = ((self.slots.len() / 4) & 0xf).max(1);
        let mut home = self.slots.len() - self.split_position;
        for _ in 0..steps {
            if self.split_position == home {
                home *= 2;
                self.size_mask = (home * 2 - 1) as u32;
                self.split_position = 0;
            }
            let pos = self.split_position;
            self.split_position += 1;
            self.slots.push(Vec::new());
            let old = core::mem::take(&mut self.slots[pos]);
            let (mut stay, mut moved) = (Vec::new(), Vec::new());
            for e in old {
                if self.slot_of(self.hashes[e as usize]) == pos {
                    stay.push(e);
                } else {
                    moved.push(e);
                }
            }
            // A bucket of one is a lone tuple in OTP and moves as is; longer ones are
            // rebuilt by prepending, which reverses them.
            if stay.len() + moved.len() > 1 {
                stay.reverse();
                moved.reverse();
            }
            self.slots[pos] = stay;
            self.slots[pos + home] = moved;
        }
    }

    /// `erase/1`: the value, if the key was there.
    pub fn erase(&mut self, key: Term) -> Option<Term> {
        let (s, pos) = self.find(key)?;
        let e = self.slots[s].remove(pos) as usize;
        let old = self.entries[e][1];
        self.remove_entry(e);
        if self.slots.len() > INITIAL_SIZE && self.slots.len() / 2 > self.entries.len() {
            self.shrink();
        }
        Some(old)
    }

    /// Removes entry `e` (already out of the table), moving the last entry into its place.
    fn remove_entry(&mut self, e: usize) {
        let last = self.entries.len() - 1;
        self.entries.swap_remove(e);
        self.hashes.swap_remove(e);
        if e != last {
            let s = self.slot_of(self.hashes[e]);
            if let Some(ix) = self.slots[s].iter_mut().find(|ix| **ix as usize == last) {
                *ix = e as u32;
            }
        }
    }

    fn shrink(&mut self) {
        let range = self.slots.len();
        let mut steps = range * 3 / 10;
        if range - steps < INITIAL_SIZE {
            steps = range - INITIAL_SIZE;
        }
        for _ in 0..steps {
            if self.split_position == 0 {
                self.size_mask = (self.slots.len() - 1) as u32;
                self.split_position = self.slots.len() / 2;
            }
            self.split_position -= 1;
            let hi = self.slots.pop().unwrap_or_default();
            let lo = &mut self.slots[self.split_position];
            match (lo.len(), hi.len()) {
                (_, 0) => {}
                (0, _) => *lo = hi,
                // a lone lo first, then hi
                (1, _) => lo.extend(hi),
                // a lone hi in front of the lo list
                (_, 1) => lo.insert(0, hi[0]),
                // two lists: hi's elements prepended one by one
                _ => {
                    let mut merged: Vec<u32> = hi.into_iter().rev().collect();
                    merged.extend(lo.iter());
                    *lo = merged;
                }
            }
        }
    }

    /// The pairs in the order `get/0` returns them.
    pub fn pairs_in_order(&self) -> Vec<[Term; 2]> {
        let mut out: Vec<[Term; 2]> = self
            .slots
            .iter()
            .flat_map(|b| b.iter().map(|&e| self.entries[e as usize]))
            .collect();
        out.reverse();
        out
    }

    /// `erase/0`: removes everything (the dictionary ceases to exist, as in OTP).
    pub fn clear(&mut self) {
        *self = Dict::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_get_erase() {
        let mut d = Dict::new();
        for i in 0..100 {
            assert_eq!(d.put(Term::small(i), Term::small(i * i)), None);
        }
        for i in 0..100 {
            assert_eq!(d.get(Term::small(i)), Some(Term::small(i * i)));
        }
        assert_eq!(d.put(Term::small(5), Term::small(0)), Some(Term::small(25)));
        for i in 0..90 {
            assert!(d.erase(Term::small(i)).is_some());
        }
        assert_eq!(d.len(), 10);
        for i in 90..100 {
            assert_eq!(d.get(Term::small(i)), Some(Term::small(i * i)));
        }
        assert_eq!(d.pairs_in_order().len(), 10);
    }
}
