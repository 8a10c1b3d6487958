//! `erlang:'++'/2` (`append/2`) and `erlang:'--'/2` (`subtract/2`).
//!
//! `A -- B` removes, for each element of `B`, the first element of `A` that is exactly equal
//! (`=:=`) to it, as OTP does. Walking `A` once and dropping an element while an equal one of
//! `B` is still unused gives the same list; `B`'s elements are counted in an ordered map
//! (map key order is exact: `1` and `1.0` are different keys), so long lists cost
//! O((|A| + |B|) log |B|) instead of O(|A| * |B|).

use crate::bif::erlang::list_to_vec;
use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::compare::{exact_eq, key_order};
use crate::term::Term;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::cmp::Ordering;

type A<'a> = &'a [Term];

fn append(p: &mut Process, a: A) -> BifResult {
    if a[0].is_nil() {
        return Ok(a[1]);
    }
    let v = list_to_vec(a[0]).ok_or_else(Exception::badarg)?;
    Ok(p.heap.list_with_tail(&v, a[1]))
}

/// A term ordered by exact term order (as map keys are).
#[derive(Clone, Copy)]
struct Key(Term);

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        exact_eq(self.0, other.0)
    }
}
impl Eq for Key {}
impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Key {
    fn cmp(&self, other: &Self) -> Ordering {
        key_order(self.0, other.0)
    }
}

/// Below this many elements on the right, a linear scan is cheaper than a map.
const SMALL_RIGHT: usize = 16;

fn subtract(p: &mut Process, a: A) -> BifResult {
    let left = list_to_vec(a[0]);
    let right = list_to_vec(a[1]);
    let (mut left, right) = match (left, right) {
        (Some(l), Some(r)) => (l, r),
        _ => return Err(Exception::badarg()),
    };
    if right.is_empty() || left.is_empty() {
        return Ok(a[0]);
    }
    if right.len() <= SMALL_RIGHT {
        for x in right {
            if let Some(i) = left.iter().position(|&y| exact_eq(x, y)) {
                left.remove(i);
            }
        }
        return Ok(p.heap.list(&left));
    }
    let mut counts: BTreeMap<Key, usize> = BTreeMap::new();
    for x in right {
        *counts.entry(Key(x)).or_insert(0) += 1;
    }
    let mut kept = Vec::with_capacity(left.len());
    for x in left {
        match counts.get_mut(&Key(x)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => kept.push(x),
        }
    }
    Ok(p.heap.list(&kept))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "++", 2 => append;
    "append", 2 => append;
    "--", 2 => subtract;
    "subtract", 2 => subtract;
};
