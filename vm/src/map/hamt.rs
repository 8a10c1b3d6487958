//! Hash array mapped tries (OTP's hashmap), used for maps of more than 32 keys.
//!
//! The trie is OTP's, node for node, because the order of its leaves is what `maps:to_list/1`,
//! iterators, `~w` and `term_to_binary` show, and iterator paths index into its nodes:
//! - a key's path is its internal hash read four bits a level from the lowest
//!   (`term::hash::map_hash`); every eighth level the key is rehashed with the next salt;
//! - a node holds one entry per occupied 4-bit slot, in slot order: a leaf (a cons cell
//!   `[K|V]`) when one key of the node has that slot, a sub-node when several do;
//! - so the shape depends only on the set of keys: inserts, deletes (which pull a lone leaf
//!   back up) and bulk builds all produce the same trie, as in OTP.
//!
//! Node layout (`Kind::HamtNode`): header (arity `1 + entries`), an info word (raw, not a
//! term: the 16-bit slot bitmap, a head flag, a collision flag, and in the root (head) node
//! the number of keys), then the entries. Keys that collide on every level up to
//! [`MAX_LEVEL`] (never seen in practice: 256 hash bits) share a collision node, a plain list
//! of leaves in key order.

use crate::heap::Heap;
use crate::term::compare::{exact_eq, key_order};
use crate::term::hash::map_hash;
use crate::term::{Kind, Term};
use alloc::vec::Vec;
use core::cmp::Ordering;

const BITMAP_MASK: u64 = 0xFFFF;
const HEAD: u64 = 1 << 16;
const COLLISION: u64 = 1 << 17;
const SIZE_SHIFT: u32 = 18;

/// Levels (of 4 hash bits) before keys that still collide share a collision node.
pub const MAX_LEVEL: u32 = 64;

#[inline(always)]
fn info(node: Term) -> u64 {
    node.boxed_word(1)
}

/// Number of keys in a trie (`root` is a head node).
#[inline]
pub fn size(root: Term) -> usize {
    (info(root) >> SIZE_SHIFT) as usize
}

/// Whether `t` is the head node of a trie (a map), not an inner node.
#[inline]
pub fn is_head(t: Term) -> bool {
    info(t) & HEAD != 0
}

/// The entries of a node: leaves (list words) and sub-nodes (boxed words).
#[inline]
pub fn entries<'a>(node: Term) -> &'a [Term] {
    let n = node.header().arity().saturating_sub(1);
    // SAFETY: a trie node has its info word then `n` entry words after the header; Term is a
    // transparent u64.
    unsafe { core::slice::from_raw_parts(node.ptr().add(2) as *const Term, n) }
}

#[inline(always)]
fn is_node(t: Term) -> bool {
    t.is_boxed_kind(Kind::HamtNode)
}

/// Keys are the same key when exactly equal (`=:=`).
#[inline(always)]
fn same_key(a: Term, b: Term) -> bool {
    a == b || (!(a.is_immediate() && b.is_immediate()) && exact_eq(a, b))
}

/// Reverses the order of the eight nibbles, so that comparing swizzled hashes compares the
/// 4-bit paths from the root down.
#[inline(always)]
fn swizzle(h: u32) -> u32 {
    (((h & 0x0F0F_0F0F) << 4) | ((h >> 4) & 0x0F0F_0F0F)).swap_bytes()
}

/// A key's hash, recomputed for each group of eight levels as the walk goes down.
struct KeyHash {
    key: Term,
    group: u32,
    h: u32,
}

impl KeyHash {
    fn new(key: Term) -> KeyHash {
        KeyHash {
            key,
            group: 0,
            h: map_hash(key, 0),
        }
    }
    fn at_level(key: Term, level: u32) -> KeyHash {
        let group = level / 8;
        KeyHash {
            key,
            group,
            h: map_hash(key, group),
        }
    }
    /// The slot of the key at `level`.
    #[inline]
    fn slot(&mut self, level: u32) -> u32 {
        let g = level / 8;
        if g != self.group {
            self.group = g;
            self.h = map_hash(self.key, g);
        }
        (self.h >> (4 * (level % 8))) & 0xF
    }
}

fn alloc_node(heap: &mut Heap, info: u64, entries: &[Term]) -> Term {
    let p = heap.boxed(Kind::HamtNode, 1 + entries.len());
    // SAFETY: the object has 1 + len payload words; all are written.
    unsafe {
        *p.add(1) = info;
        for (i, e) in entries.iter().enumerate() {
            *p.add(2 + i) = e.raw();
        }
    }
    Term::make_boxed(p)
}

/// A copy of `node` with entry `i` replaced.
fn with_entry(heap: &mut Heap, node: Term, i: usize, e: Term) -> Term {
    let mut es: Vec<Term> = entries(node).to_vec();
    if let Some(slot) = es.get_mut(i) {
        *slot = e;
    }
    alloc_node(heap, info(node), &es)
}

/// A copy of `node` with `e` inserted at entry `i`, and info word `new_info`.
fn with_inserted(heap: &mut Heap, node: Term, new_info: u64, i: usize, e: Term) -> Term {
    let mut es: Vec<Term> = entries(node).to_vec();
    es.insert(i.min(es.len()), e);
    alloc_node(heap, new_info, &es)
}

/// A copy of `node` without entry `i`, and info word `new_info`.
fn without_entry(heap: &mut Heap, node: Term, new_info: u64, i: usize) -> Term {
    let mut es: Vec<Term> = entries(node).to_vec();
    if i < es.len() {
        es.remove(i);
    }
    alloc_node(heap, new_info, &es)
}

/// Writes the key count of a head node this module just built.
fn set_size(root: Term, n: usize) {
    let inf = (info(root) & ((1 << SIZE_SHIFT) - 1)) | ((n as u64) << SIZE_SHIFT);
    // SAFETY: `root` is a node just allocated by this module and not yet shared.
    unsafe { *root.ptr().add(1) = inf };
}

/// The entry index of `slot` in a node with `bitmap`, if the slot is occupied.
#[inline(always)]
fn entry_index(bitmap: u64, slot: u32) -> (bool, usize) {
    let bit = 1u64 << slot;
    (
        bitmap & bit != 0,
        (bitmap & (bit - 1)).count_ones() as usize,
    )
}

/// The value under `key`.
pub fn get(root: Term, key: Term) -> Option<Term> {
    let mut kh = KeyHash::new(key);
    let mut node = root;
    let mut level = 0;
    loop {
        let inf = info(node);
        let es = entries(node);
        if inf & COLLISION != 0 {
            return es
                .iter()
                .find(|e| e.is_list() && same_key(e.head(), key))
                .map(|e| e.tail());
        }
        let (present, i) = entry_index(inf & BITMAP_MASK, kh.slot(level));
        if !present {
            return None;
        }
        let e = *es.get(i)?;
        if e.is_list() {
            return if same_key(e.head(), key) {
                Some(e.tail())
            } else {
                None
            };
        }
        if !is_node(e) {
            return None;
        }
        node = e;
        level += 1;
    }
}

/// The smallest subtree holding the two leaves `a` (key `a_key`) and `b` (the key `kb`
/// hashes), starting at `level`.
fn split(heap: &mut Heap, level: u32, a: Term, a_key: Term, b: Term, kb: &mut KeyHash) -> Term {
    let mut ka = KeyHash::at_level(a_key, level);
    let mut l = level;
    while l < MAX_LEVEL && ka.slot(l) == kb.slot(l) {
        l += 1;
    }
    let mut node = if l >= MAX_LEVEL {
        let pair = if key_order(a_key, kb.key) == Ordering::Less {
            [a, b]
        } else {
            [b, a]
        };
        alloc_node(heap, COLLISION, &pair)
    } else {
        let (sa, sb) = (ka.slot(l), kb.slot(l));
        let pair = if sa < sb { [a, b] } else { [b, a] };
        alloc_node(heap, (1 << sa) | (1 << sb), &pair)
    };
    while l > level {
        l -= 1;
        node = alloc_node(heap, 1 << ka.slot(l), &[node]);
    }
    node
}

enum Put {
    /// The key is absent and only an update was asked for.
    Absent,
    /// Nothing changes (same key word, same value).
    Same,
    /// The new subtree, and whether a key was added.
    New(Term, bool),
}

fn put_in(
    heap: &mut Heap,
    node: Term,
    level: u32,
    kh: &mut KeyHash,
    val: Term,
    must_exist: bool,
) -> Put {
    let key = kh.key;
    let inf = info(node);
    let es = entries(node);
    if inf & COLLISION != 0 {
        for (i, &e) in es.iter().enumerate() {
            if e.is_list() && same_key(e.head(), key) {
                if e.head() == key && e.tail() == val {
                    return Put::Same;
                }
                let leaf = heap.cons(key, val);
                return Put::New(with_entry(heap, node, i, leaf), false);
            }
        }
        if must_exist {
            return Put::Absent;
        }
        let at = es
            .iter()
            .position(|e| key_order(e.head(), key) == Ordering::Greater)
            .unwrap_or(es.len());
        let leaf = heap.cons(key, val);
        return Put::New(with_inserted(heap, node, inf, at, leaf), true);
    }
    let slot = kh.slot(level);
    let (present, i) = entry_index(inf & BITMAP_MASK, slot);
    if !present {
        if must_exist {
            return Put::Absent;
        }
        let leaf = heap.cons(key, val);
        return Put::New(with_inserted(heap, node, inf | (1 << slot), i, leaf), true);
    }
    let Some(&e) = es.get(i) else {
        return Put::Absent;
    };
    if e.is_list() {
        let (k, v) = (e.head(), e.tail());
        if same_key(k, key) {
            if k == key && v == val {
                return Put::Same;
            }
            // OTP's trie stores the new key term (e.g. -0.0 replacing 0.0).
            let leaf = heap.cons(key, val);
            return Put::New(with_entry(heap, node, i, leaf), false);
        }
        if must_exist {
            return Put::Absent;
        }
        let leaf = heap.cons(key, val);
        let sub = split(heap, level + 1, e, k, leaf, kh);
        return Put::New(with_entry(heap, node, i, sub), true);
    }
    if !is_node(e) {
        return Put::Absent;
    }
    match put_in(heap, e, level + 1, kh, val, must_exist) {
        Put::New(sub, added) => Put::New(with_entry(heap, node, i, sub), added),
        other => other,
    }
}

/// The trie with `key => val` (the key added or its value replaced).
pub fn put(heap: &mut Heap, root: Term, key: Term, val: Term) -> Term {
    let mut kh = KeyHash::new(key);
    match put_in(heap, root, 0, &mut kh, val, false) {
        Put::New(r, added) => {
            if added {
                set_size(r, size(root) + 1);
            }
            r
        }
        Put::Same | Put::Absent => root,
    }
}

/// The trie with a new value for `key`, or `None` when the key is absent.
pub fn update(heap: &mut Heap, root: Term, key: Term, val: Term) -> Option<Term> {
    let mut kh = KeyHash::new(key);
    match put_in(heap, root, 0, &mut kh, val, true) {
        Put::New(r, _) => Some(r),
        Put::Same => Some(root),
        Put::Absent => None,
    }
}

enum Del {
    NotFound,
    /// The subtree is now empty.
    Gone,
    /// The subtree's replacement (a node, or a lone leaf moving up).
    Replaced(Term),
}

fn del_in(
    heap: &mut Heap,
    node: Term,
    level: u32,
    kh: &mut KeyHash,
    value: &mut Term,
    is_root: bool,
) -> Del {
    let key = kh.key;
    let inf = info(node);
    let es = entries(node);
    if inf & COLLISION != 0 {
        let Some(i) = es
            .iter()
            .position(|e| e.is_list() && same_key(e.head(), key))
        else {
            return Del::NotFound;
        };
        *value = es[i].tail();
        return match es.len() {
            1 => Del::Gone,
            2 => Del::Replaced(es[1 - i]),
            _ => Del::Replaced(without_entry(heap, node, inf, i)),
        };
    }
    let slot = kh.slot(level);
    let (present, i) = entry_index(inf & BITMAP_MASK, slot);
    if !present {
        return Del::NotFound;
    }
    let Some(&e) = es.get(i) else {
        return Del::NotFound;
    };
    let res = if e.is_list() {
        if !same_key(e.head(), key) {
            return Del::NotFound;
        }
        *value = e.tail();
        Del::Gone
    } else if is_node(e) {
        del_in(heap, e, level + 1, kh, value, false)
    } else {
        Del::NotFound
    };
    match res {
        Del::NotFound => Del::NotFound,
        Del::Gone => {
            if !is_root {
                if es.len() == 1 {
                    return Del::Gone;
                }
                if es.len() == 2 && es[1 - i].is_list() {
                    // The other key's leaf moves up to replace this node.
                    return Del::Replaced(es[1 - i]);
                }
            }
            Del::Replaced(without_entry(heap, node, inf & !(1 << slot), i))
        }
        Del::Replaced(t) => {
            if !is_root && t.is_list() && es.len() == 1 {
                return Del::Replaced(t);
            }
            Del::Replaced(with_entry(heap, node, i, t))
        }
    }
}

/// The trie without `key` and the value it had, or `None` when the key is absent. The caller
/// turns tries that shrink to 32 keys into flat maps.
pub fn remove(heap: &mut Heap, root: Term, key: Term) -> Option<(Term, Term)> {
    let mut kh = KeyHash::new(key);
    let mut value = Term::NIL;
    match del_in(heap, root, 0, &mut kh, &mut value, true) {
        Del::Replaced(r) if is_node(r) => {
            set_size(r, size(root).saturating_sub(1));
            Some((r, value))
        }
        _ => None,
    }
}

/// A key-value pair waiting to be placed in a trie being built.
struct Item {
    key: Term,
    val: Term,
    /// The key's hash for the current group of levels.
    h: u32,
    /// Position in the input (the last of equal keys wins).
    pos: usize,
}

/// Pairs with repeated keys removed (the last pair of a key wins; with `unique`, a repeated
/// key is an error), sorted in trie order (the root's view).
fn unique_items(pairs: &[(Term, Term)], unique: bool) -> Option<Vec<Item>> {
    let mut items: Vec<Item> = pairs
        .iter()
        .enumerate()
        .map(|(pos, &(key, val))| Item {
            key,
            val,
            h: map_hash(key, 0),
            pos,
        })
        .collect();
    items.sort_unstable_by_key(|it| (swizzle(it.h), it.pos));
    // Equal keys have equal hashes, so they sit in the same run of equal hashes.
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut run_start = 0;
    for it in items {
        if out.last().is_none_or(|last| last.h != it.h) {
            run_start = out.len();
        }
        if let Some(dup) = out[run_start..]
            .iter_mut()
            .find(|o| same_key(o.key, it.key))
        {
            if unique {
                return None;
            }
            *dup = it;
            continue;
        }
        out.push(it);
    }
    Some(out)
}

fn build_node(heap: &mut Heap, items: &mut [Item], level: u32, head: Option<usize>) -> Term {
    if items.len() == 1 && head.is_none() {
        return heap.cons(items[0].key, items[0].val);
    }
    if level >= MAX_LEVEL {
        items.sort_by(|a, b| key_order(a.key, b.key));
        let leaves: Vec<Term> = items.iter().map(|it| heap.cons(it.key, it.val)).collect();
        return alloc_node(heap, COLLISION, &leaves);
    }
    if level % 8 == 0 && level > 0 {
        for it in items.iter_mut() {
            it.h = map_hash(it.key, level / 8);
        }
        items.sort_unstable_by_key(|it| (swizzle(it.h), it.pos));
    }
    let shift = 4 * (level % 8);
    let mut bitmap = 0u64;
    let mut es: Vec<Term> = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let slot = (items[i].h >> shift) & 0xF;
        let mut j = i + 1;
        while j < items.len() && (items[j].h >> shift) & 0xF == slot {
            j += 1;
        }
        bitmap |= 1 << slot;
        es.push(build_node(heap, &mut items[i..j], level + 1, None));
        i = j;
    }
    let inf = match head {
        Some(n) => bitmap | HEAD | ((n as u64) << SIZE_SHIFT),
        None => bitmap,
    };
    alloc_node(heap, inf, &es)
}

/// What building from pairs gave.
pub enum Built {
    /// A trie (more than `limit` distinct keys).
    Trie(Term),
    /// Few enough distinct keys for a flat map: the pairs, unsorted.
    Small(Vec<(Term, Term)>),
}

/// Builds a trie from pairs in any order (the last pair of a key wins; with `unique`, a
/// repeated key gives `None`). If at most `limit` distinct keys remain, returns them instead.
pub fn from_pairs(
    heap: &mut Heap,
    pairs: &[(Term, Term)],
    unique: bool,
    limit: usize,
) -> Option<Built> {
    let mut items = unique_items(pairs, unique)?;
    if items.len() <= limit {
        return Some(Built::Small(
            items.into_iter().map(|it| (it.key, it.val)).collect(),
        ));
    }
    let n = items.len();
    Some(Built::Trie(build_node(heap, &mut items, 0, Some(n))))
}

/// Walks the leaves in trie order (OTP's iteration order).
pub struct Iter {
    /// Nodes being walked and the index of their next entry.
    stack: Vec<(Term, usize)>,
}

impl Iter {
    pub fn new(root: Term) -> Iter {
        let mut stack = Vec::with_capacity(8);
        stack.push((root, 0));
        Iter { stack }
    }
}

impl Iterator for Iter {
    type Item = (Term, Term);
    fn next(&mut self) -> Option<(Term, Term)> {
        loop {
            let top = self.stack.last_mut()?;
            let es = entries(top.0);
            match es.get(top.1) {
                None => {
                    self.stack.pop();
                }
                Some(&e) => {
                    top.1 += 1;
                    if e.is_list() {
                        return Some((e.head(), e.tail()));
                    }
                    if is_node(e) {
                        self.stack.push((e, 0));
                    }
                }
            }
        }
    }
}

/// Sets the literal bit on every pointer inside a trie just built in a literal area (its
/// keys and values were built marked already).
pub fn mark_literal(root: Term) {
    let mut work = alloc::vec![root];
    while let Some(node) = work.pop() {
        let n = entries(node).len();
        for i in 0..n {
            // SAFETY: the node was just built by this module in the literal area and is not
            // shared yet; entry i is within its arity.
            unsafe {
                let p = node.ptr().add(2 + i);
                let e = Term::from_raw(*p);
                if is_node(e) {
                    work.push(e);
                }
                if e.is_list() || e.is_boxed() {
                    *p = e.with_literal_bit().raw();
                }
            }
        }
    }
}

/// A step of `erts_internal:map_next/3` over a trie, as OTP 25 walks it.
pub struct NextChunk {
    /// The pairs read, in iteration order.
    pub pairs: Vec<(Term, Term)>,
    /// The path to the next leaf, 4 bits a level from the root in the lowest bits, as
    /// little-endian 64-bit digits; `None` when the walk is complete.
    pub next_path: Option<Vec<u64>>,
}

/// Reads up to `elems` pairs starting at `path` (digits as in [`NextChunk::next_path`]).
/// A path that does not name an entry of the trie gives `None` (OTP: `badarg`).
pub fn next_chunk(root: Term, path: &[u64], mut elems: usize) -> Option<NextChunk> {
    const PER_DIGIT: usize = 16;
    let mut pairs: Vec<(Term, Term)> = Vec::new();
    // (node, next entry index + 1 as OTP stores it, entries)
    let mut stack: Vec<(Term, usize, usize)> = Vec::new();
    let mut curr = path.first().copied().unwrap_or(0);
    let mut digit = 0usize;
    let mut i = 1usize;
    let mut node = root;
    loop {
        let es = entries(node);
        let e = (curr & 0xF) as usize;
        if e >= es.len() {
            return None;
        }
        stack.push((node, e + 1, es.len()));
        let entry = es[e];
        if entry.is_list() {
            pairs.push((entry.head(), entry.tail()));
            elems = elems.saturating_sub(1);
            break;
        }
        if !is_node(entry) {
            return None;
        }
        node = entry;
        curr >>= 4;
        if i == PER_DIGIT {
            i = 0;
            digit += 1;
            curr = path.get(digit).copied().unwrap_or(0);
        }
        i += 1;
    }
    while let Some((node, mut idx, sz)) = stack.pop() {
        let es = entries(node);
        while idx < sz && elems != 0 && es[idx].is_list() {
            pairs.push((es[idx].head(), es[idx].tail()));
            elems -= 1;
            idx += 1;
        }
        if elems == 0 {
            if idx < sz {
                stack.push((node, idx + 1, sz));
            } else {
                while let Some((n2, idx2, sz2)) = stack.pop() {
                    if idx2 < sz2 {
                        stack.push((n2, idx2 + 1, sz2));
                        break;
                    }
                }
            }
            break;
        }
        if idx < sz {
            stack.push((node, idx + 1, sz));
            let child = es[idx];
            if !is_node(child) {
                return None;
            }
            stack.push((child, 0, entries(child).len()));
        }
    }
    let next_path = if stack.is_empty() {
        None
    } else {
        let mut digits = alloc::vec![0u64; stack.len().div_ceil(PER_DIGIT)];
        for (level, &(_, idx, _)) in stack.iter().enumerate() {
            let nibble = (idx.saturating_sub(1) as u64) & 0xF;
            digits[level / PER_DIGIT] |= nibble << (4 * (level % PER_DIGIT));
        }
        Some(digits)
    };
    Some(NextChunk { pairs, next_path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swizzle_reverses_nibbles() {
        assert_eq!(swizzle(0x1234_5678), 0x8765_4321);
        assert_eq!(swizzle(0x0000_000F), 0xF000_0000);
    }
}
