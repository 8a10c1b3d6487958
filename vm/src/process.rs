//! A process: its heap, stack, saved registers, dictionary and mailbox.
//!
//! While a process runs, the run loop keeps its instruction pointer, frame pointer and X
//! registers in locals and the scheduler's register file; they are written back here when
//! the process stops running (yield, wait, exit).

use crate::binary::BitWriter;
use crate::code::instr::Instr;
use crate::exception::Class;
use crate::heap::{Heap, Stack};
use crate::term::Term;
use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicU64, Ordering};

/// The number and serial `<0.N.S>` of a local pid.
pub fn pid_parts(pid: Term) -> (u64, u64) {
    let v = pid.pid_value();
    (v & 0xFFFF_FFFF, v >> 32)
}

static NEXT_PID: AtomicU64 = AtomicU64::new(80);
static NEXT_REF: AtomicU64 = AtomicU64::new(1);

/// A fresh number for `make_ref` and friends.
pub fn next_ref_number() -> u64 {
    NEXT_REF.fetch_add(1, Ordering::Relaxed)
}

/// Why a process stopped running.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Runnable,
    Waiting,
    Exited,
}

/// An uncaught exception that ended a process.
#[derive(Clone, Debug)]
pub struct Crash {
    pub class: Class,
    pub reason: Term,
    /// The stack trace term (built at exit).
    pub stacktrace: Term,
}

pub struct Process {
    pub pid: Term,
    pub heap: Heap,
    pub stack: Stack,
    /// Saved frame pointer (into `stack`).
    pub(crate) e: *mut u64,
    /// Saved instruction pointer.
    pub(crate) ip: *const Instr,
    /// Saved live X registers.
    pub(crate) xsave: Vec<Term>,
    /// The process dictionary.
    pub dict: crate::pdict::Dict,
    /// Received messages (terms on this process's heap).
    pub mailbox: VecDeque<Term>,
    /// Index of the next message `loop_rec` looks at.
    pub(crate) recv_pos: usize,
    pub reductions: u64,
    pub status: Status,
    /// The normal return value of the first call, once it returned.
    pub result: Option<Term>,
    /// The uncaught exception, if the process crashed.
    pub crash: Option<Crash>,
    /// State of the old-style binary construction (`bs_init2` ... `bs_put_*`).
    pub(crate) bin_builder: BitWriter,
    pub(crate) bin_target: Term,
    pub(crate) bin_dst: Option<u16>,
    /// A call a BIF asked the interpreter to make instead of returning (`apply/2,3`).
    pub(crate) pending_call: Option<PendingCall>,
    /// Where to continue when a receive times out.
    pub(crate) timeout_ip: *const Instr,
    /// Receive timeout in milliseconds (`None`: infinity).
    pub timeout_ms: Option<u64>,
    /// Collect at every safe point (GC stress mode).
    pub gc_stress: bool,
    pub group_leader: Term,
}

/// A call requested by a BIF (or the first call of a process): callee and arguments. The
/// arguments are moved into X registers before any collection can happen.
#[derive(Clone, Debug)]
pub struct PendingCall {
    pub target: CallTarget,
    pub args: Vec<Term>,
}

#[derive(Copy, Clone, Debug)]
pub enum CallTarget {
    Export(&'static crate::code::Export),
    Fun(Term),
}

// SAFETY: a process is run by one scheduler at a time; its raw pointers point into its own
// stack and into loaded code, which outlives every process running it.
unsafe impl Send for Process {}

impl Process {
    pub fn new() -> Process {
        let n = NEXT_PID.fetch_add(1, Ordering::Relaxed);
        let mut stack = Stack::new(64);
        let e = stack.end_ptr();
        Process {
            pid: Term::pid(n),
            heap: Heap::new(233),
            stack,
            e,
            ip: core::ptr::null(),
            xsave: Vec::new(),
            dict: crate::pdict::Dict::new(),
            mailbox: VecDeque::new(),
            recv_pos: 0,
            reductions: 0,
            status: Status::Runnable,
            result: None,
            crash: None,
            bin_builder: BitWriter::new(),
            bin_target: Term::NIL,
            bin_dst: None,
            pending_call: None,
            timeout_ip: core::ptr::null(),
            timeout_ms: None,
            gc_stress: false,
            group_leader: Term::NIL,
        }
    }

    /// Collects this process's heap with the given extra roots (besides the saved X
    /// registers, stack, dictionary and mailbox).
    pub fn collect(&mut self, need: usize, xregs: &mut [Term]) {
        let stack = self.stack.used_mut(self.e);
        let dict: &mut [Term] = self.dict.roots_mut();
        let (mb1, mb2) = self.mailbox.as_mut_slices();
        let bt = core::slice::from_mut(&mut self.bin_target);
        crate::heap::gc::collect(
            &mut self.heap,
            need,
            &mut [xregs, stack, dict, mb1, mb2, bt],
        );
    }
}

impl Default for Process {
    fn default() -> Self {
        Process::new()
    }
}
