//! Platform events: what interrupt handlers and host threads tell the VM (a key was
//! pressed, console input arrived, a device is ready).
//!
//! [`push`] takes no lock and allocates nothing, so an interrupt handler may call it: the
//! queue is a fixed ring of atomic slots (a bounded multi-producer queue in the style of
//! Vyukov's). The scheduler drains it between time slices and turns each event into an
//! ordinary message `{platform_event, Source, Data}` to the process subscribed to its source
//! ([`subscribe`]); events of a source nobody subscribed to are dropped.

use super::signal;
use crate::heap::Heap;
use crate::term::Term;
use alloc::collections::BTreeMap;
use core::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use spin::Mutex;

/// Event sources the VM knows of; platforms may use any other number for their devices.
pub mod source {
    /// Bytes typed on the console (data: up to 7 bytes, count in the top byte).
    pub const CONSOLE_INPUT: u32 = 1;
    /// The console input ended (data 0).
    pub const CONSOLE_EOF: u32 = 2;
}

/// One event: where it comes from and a word of data.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub source: u32,
    pub data: u64,
}

const CAPACITY: usize = 1024;

struct Slot {
    /// Sequence number minus the slot's index (so every slot starts at 0).
    seq: AtomicUsize,
    source: AtomicU32,
    data: AtomicU64,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY_SLOT: Slot = Slot {
    seq: AtomicUsize::new(0),
    source: AtomicU32::new(0),
    data: AtomicU64::new(0),
};

static SLOTS: [Slot; CAPACITY] = [EMPTY_SLOT; CAPACITY];
static HEAD: AtomicUsize = AtomicUsize::new(0);
static TAIL: AtomicUsize = AtomicUsize::new(0);

fn seq_of(i: usize) -> usize {
    SLOTS[i % CAPACITY]
        .seq
        .load(Ordering::Acquire)
        .wrapping_add(i % CAPACITY)
}
fn set_seq(pos: usize, value: usize) {
    SLOTS[pos % CAPACITY]
        .seq
        .store(value.wrapping_sub(pos % CAPACITY), Ordering::Release);
}

/// Queues an event (lock-free, no allocation: callable from interrupt handlers) and wakes
/// the scheduler if it waits. False if the queue is full (the event is lost).
pub fn push(ev: Event) -> bool {
    let mut pos = TAIL.load(Ordering::Relaxed);
    loop {
        let seq = seq_of(pos);
        let diff = seq.wrapping_sub(pos) as isize;
        if diff == 0 {
            match TAIL.compare_exchange_weak(
                pos,
                pos.wrapping_add(1),
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => break,
                Err(p) => pos = p,
            }
        } else if diff < 0 {
            return false;
        } else {
            pos = TAIL.load(Ordering::Relaxed);
        }
    }
    let slot = &SLOTS[pos % CAPACITY];
    slot.source.store(ev.source, Ordering::Relaxed);
    slot.data.store(ev.data, Ordering::Relaxed);
    set_seq(pos, pos.wrapping_add(1));
    if let Some(pl) = crate::platform::platform() {
        pl.notify();
    }
    true
}

/// Takes the oldest event.
pub fn pop() -> Option<Event> {
    let mut pos = HEAD.load(Ordering::Relaxed);
    loop {
        let seq = seq_of(pos);
        let diff = seq.wrapping_sub(pos.wrapping_add(1)) as isize;
        if diff == 0 {
            match HEAD.compare_exchange_weak(
                pos,
                pos.wrapping_add(1),
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => break,
                Err(p) => pos = p,
            }
        } else if diff < 0 {
            return None;
        } else {
            pos = HEAD.load(Ordering::Relaxed);
        }
    }
    let slot = &SLOTS[pos % CAPACITY];
    let ev = Event {
        source: slot.source.load(Ordering::Relaxed),
        data: slot.data.load(Ordering::Relaxed),
    };
    set_seq(pos, pos.wrapping_add(CAPACITY));
    Some(ev)
}

/// Whether no event is queued.
pub fn is_empty() -> bool {
    let pos = HEAD.load(Ordering::Acquire);
    seq_of(pos) != pos.wrapping_add(1)
}

static SUBSCRIBERS: Mutex<BTreeMap<u32, Term>> = Mutex::new(BTreeMap::new());

/// Makes `pid` receive the events of `source` (replacing any earlier subscriber). A
/// subscription also means the VM waits for events when nothing else can run.
pub fn subscribe(source: u32, pid: Term) {
    SUBSCRIBERS.lock().insert(source, pid);
}

pub fn unsubscribe(source: u32) {
    SUBSCRIBERS.lock().remove(&source);
}

/// Whether any process waits for events.
pub fn has_subscribers() -> bool {
    !SUBSCRIBERS.lock().is_empty()
}

/// Turns queued events into messages to their subscribers.
pub(crate) fn deliver_pending() {
    while let Some(ev) = pop() {
        let to = SUBSCRIBERS.lock().get(&ev.source).copied();
        let Some(pid) = to else {
            continue;
        };
        let mut h = Heap::new(8);
        let data = crate::term::make_u64(&mut h, ev.data);
        let msg = h.tuple(&[
            signal::atom_named("platform_event"),
            Term::small(i64::from(ev.source)),
            data,
        ]);
        if !signal::send_message(pid, msg) {
            // The subscriber is gone.
            let mut s = SUBSCRIBERS.lock();
            if s.get(&ev.source) == Some(&pid) {
                s.remove(&ev.source);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ring_keeps_order_and_reports_full() {
        // The queue is global; this test is its only user.
        while pop().is_some() {}
        assert!(is_empty());
        for i in 0..CAPACITY as u64 {
            assert!(push(Event { source: 7, data: i }));
        }
        assert!(!push(Event { source: 7, data: 0 }));
        for i in 0..CAPACITY as u64 {
            assert_eq!(pop(), Some(Event { source: 7, data: i }));
        }
        assert_eq!(pop(), None);
        // Wrap around a few times.
        for round in 0..3u64 {
            for i in 0..700u64 {
                assert!(push(Event {
                    source: 1,
                    data: round * 1000 + i
                }));
            }
            for i in 0..700u64 {
                assert_eq!(pop().map(|e| e.data), Some(round * 1000 + i));
            }
        }
        assert!(is_empty());
    }
}
