//! A process: its heap, stack, saved registers, dictionary, mailbox, links and monitors.
//!
//! This is the part of a process that only the process itself (or whoever holds its lock,
//! see `sched::ProcEntry`) touches. While a process runs, the run loop keeps its instruction
//! pointer, frame pointer and X registers in locals and the scheduler's register file; they
//! are written back here when the process stops running (yield, wait, exit). What other
//! processes may touch concurrently (the signal queue, the run state, the registered name)
//! lives in `sched::ProcEntry`.

use crate::atom::Atom;
use crate::binary::BitWriter;
use crate::code::instr::Instr;
use crate::exception::Class;
use crate::heap::{Heap, Stack};
use crate::sched::signal::Signal;
use crate::sched::ProcEntry;
use crate::term::copy::Detached;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::{BTreeMap, BTreeSet, VecDeque};
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicU64, Ordering};

/// The number and serial `<0.N.S>` of a local pid.
pub fn pid_parts(pid: Term) -> (u64, u64) {
    let v = pid.pid_value();
    (v & 0xFFFF_FFFF, v >> 32)
}

/// Pids of processes made outside the process table (unit tests): the top serials.
static NEXT_DETACHED_PID: AtomicU64 = AtomicU64::new(0xFFFF_0000_0000);
static NEXT_REF: AtomicU64 = AtomicU64::new(1);

/// A fresh number for `make_ref` and friends.
pub fn next_ref_number() -> u64 {
    NEXT_REF.fetch_add(1, Ordering::Relaxed)
}

/// Where a process is, as the scheduler sees it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Runnable,
    /// In a receive with nothing to match (or hibernating).
    Waiting,
    Exited,
}

/// Where a process stands in a `receive ... after` (set by the first `wait_timeout`, which
/// alone evaluates the timeout: when the process comes back to it the operand may be gone).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RecvWait {
    /// Not waiting with a timeout.
    None,
    /// Waiting with `after infinity`.
    Infinite,
    /// Waiting; the timer is running.
    Timer(crate::sched::timer::TimerKey),
    /// The timer fired: the next `wait_timeout` goes on to `timeout`.
    TimedOut,
}

impl RecvWait {
    /// Ends the wait, cancelling its timer.
    pub fn end(&mut self) {
        if let RecvWait::Timer(k) = core::mem::replace(self, RecvWait::None) {
            crate::sched::timer::cancel_receive(k);
        }
    }
}

/// Scheduling priority.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Low = 0,
    Normal = 1,
    High = 2,
    Max = 3,
}

impl Priority {
    pub fn from_atom(a: Atom) -> Option<Priority> {
        Some(match a.name() {
            "low" => Priority::Low,
            "normal" => Priority::Normal,
            "high" => Priority::High,
            "max" => Priority::Max,
            _ => return None,
        })
    }
    pub fn atom(self) -> Term {
        use crate::atom;
        match self {
            Priority::Low => Term::atom(atom::LOW),
            Priority::Normal => Term::atom(atom::NORMAL),
            Priority::High => Term::atom(atom::HIGH),
            Priority::Max => Term::atom(atom::MAX),
        }
    }
    pub fn from_u8(v: u8) -> Priority {
        match v {
            0 => Priority::Low,
            2 => Priority::High,
            3 => Priority::Max,
            _ => Priority::Normal,
        }
    }
}

/// An uncaught exception that ended a process.
#[derive(Clone, Debug)]
pub struct Crash {
    pub class: Class,
    pub reason: Term,
    /// The stack trace term (built at exit).
    pub stacktrace: Term,
}

/// A reference's identity (its two number words), for tables keyed by references.
pub type RefKey = (u64, u64);

/// A monitor this process set up (it receives the `'DOWN'`).
#[derive(Debug)]
pub struct MonitorOut {
    /// The monitored process (`undefined` when the name was free: the monitor has fired).
    pub target: Term,
    /// The registered name it was monitored by (the `'DOWN'` then names `{Name, Node}`).
    pub name: Option<Atom>,
    /// `{tag, Tag}`: the first element of the `'DOWN'` message instead of `'DOWN'`.
    pub tag: Option<Detached>,
    /// Whether the monitor reference is also an alias, and how it ends.
    pub alias: Option<crate::sched::table::AliasMode>,
}

/// `max_heap_size` settings.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct MaxHeap {
    /// Words; 0 = no limit.
    pub size: usize,
    pub kill: bool,
    pub error_logger: bool,
}

impl Default for MaxHeap {
    fn default() -> Self {
        MaxHeap {
            size: 0,
            kill: true,
            error_logger: true,
        }
    }
}

/// A receive marker (OTP 24's `recv_marker_*`): the mailbox position when it was reserved.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Marker {
    pub id: i64,
    pub pos: usize,
    pub bound: Option<RefKey>,
}

/// Less used process state, allocated on first use (so an idle process stays small).
#[derive(Default)]
pub struct Extra {
    /// Links to other processes (raw pid words).
    pub links: BTreeSet<u64>,
    /// Monitors this process holds on others.
    pub monitors: BTreeMap<RefKey, MonitorOut>,
    /// Monitors others hold on this process: reference -> monitoring pid.
    pub monitored_by: BTreeMap<RefKey, Term>,
    /// Aliases of this process (removed at exit).
    pub aliases: Vec<RefKey>,
    pub(crate) markers: Vec<Marker>,
    /// Processes this one has suspended, and how many times (resumed when it exits).
    pub suspending: Vec<(Term, u32)>,
    pub min_heap_size: usize,
    /// 0: OTP's default.
    pub min_bin_vheap_size: usize,
    /// `None`: OTP's default.
    pub fullsweep_after: Option<usize>,
    pub max_heap: MaxHeap,
    pub off_heap_messages: bool,
    pub save_calls: i64,
    pub sensitive: bool,
    /// Literal areas being released that this process has not copied its terms out of yet.
    pub(crate) literal_releases: Vec<alloc::sync::Arc<crate::code::LiteralRelease>>,
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
    /// Received messages (terms on this process's heap), oldest first.
    pub mailbox: VecDeque<Term>,
    /// Index of the next message `loop_rec` looks at.
    pub(crate) recv_pos: usize,
    pub reductions: u64,
    /// Reductions left when the process last stopped running.
    pub(crate) reds_left: i64,
    pub status: Status,
    /// The normal return value of the first call, once it returned.
    pub result: Option<Term>,
    /// The uncaught exception, if the process crashed.
    pub crash: Option<Crash>,
    /// Set when a signal ends the process: its exit reason.
    pub killed: Option<Term>,
    /// State of the old-style binary construction (`bs_init2` ... `bs_put_*`): the bits
    /// written so far; the bits to reach (a small integer), or, while `bs_append` adds to a
    /// binary, that binary (a collector root), with `bin_append_bits` the bits to add to it
    /// (see `interp::bits::append`); where the result goes.
    pub(crate) bin_builder: BitWriter,
    pub(crate) bin_target: Term,
    pub(crate) bin_append_bits: u32,
    pub(crate) bin_dst: Option<u16>,
    /// A call a BIF asked the interpreter to make instead of returning (`apply/2,3`).
    pub(crate) pending_call: Option<PendingCall>,
    /// The timer of the receive this process waits in (`after`).
    pub(crate) recv_wait: RecvWait,
    /// Waiting in `erlang:hibernate/3`.
    pub(crate) hibernated: bool,
    /// Collect at every safe point (GC stress mode).
    pub gc_stress: bool,
    pub group_leader: Term,
    pub trap_exit: bool,
    pub priority: Priority,
    /// `{M, F, Arity}` of the first call.
    pub initial_call: (Atom, Atom, u32),
    /// The process that spawned this one (`[]` for processes the runtime made).
    pub parent: Term,
    /// `process_flag(error_handler, Module)`.
    pub error_handler: Atom,
    /// Signals taken from the queue and not yet handled (left over when one ended the
    /// process; the exit handles them). Kept to reuse its buffer.
    pub(crate) signals: VecDeque<Signal>,
    /// The shared part of this process (None outside the process table).
    pub(crate) entry: Option<Arc<ProcEntry>>,
    pub extra: Option<Box<Extra>>,
    /// Words at the end of the stack that held no young pointer after the last collection.
    pub(crate) stack_clean: usize,
    /// Words between the stack's end and the highest frame pointer since the last
    /// collection: frames above the frame there were not written since.
    pub(crate) stack_hi_words: usize,
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
    /// Enter this code (an export's code taken when the process was spawned, as OTP does:
    /// the process runs the version that was current then).
    Code(*const crate::code::instr::Instr),
    Fun(Term),
    /// Return the BIF's result, then give up the rest of the time slice (`erlang:yield/0`).
    Yield,
    /// End the process with the reason in `Process::killed` (an exit signal to itself).
    Exit,
    /// Discard the stack, shrink the heap and wait for a message; then call the export with
    /// the arguments (`erlang:hibernate/3`).
    Hibernate(&'static crate::code::Export),
}

// SAFETY: a process is run by one scheduler at a time; its raw pointers point into its own
// stack and into loaded code, which outlives every process running it.
unsafe impl Send for Process {}

/// OTP's default `min_bin_vheap_size` in words.
pub const DEFAULT_BIN_VHEAP_WORDS: usize = 46_422;
/// OTP's default `fullsweep_after`.
pub const DEFAULT_FULLSWEEP_AFTER: usize = 65_535;

impl Extra {
    pub fn min_bin_vheap_size(&self) -> usize {
        if self.min_bin_vheap_size == 0 {
            DEFAULT_BIN_VHEAP_WORDS
        } else {
            self.min_bin_vheap_size
        }
    }
    pub fn fullsweep_after(&self) -> usize {
        self.fullsweep_after.unwrap_or(DEFAULT_FULLSWEEP_AFTER)
    }
}

/// OTP's default initial heap size in words.
pub const DEFAULT_HEAP_WORDS: usize = 233;
/// Initial stack words (it grows on demand).
const INITIAL_STACK_WORDS: usize = 16;

impl Process {
    /// A process outside the process table (tests, tools); the scheduler makes its own
    /// with [`Process::with_heap`].
    pub fn new() -> Process {
        let n = NEXT_DETACHED_PID.fetch_add(1, Ordering::Relaxed);
        let mut p = Process::with_heap(DEFAULT_HEAP_WORDS);
        p.pid = Term::pid(n);
        p
    }

    /// A process with no pid yet and a heap of at least `heap_words` words.
    pub fn with_heap(heap_words: usize) -> Process {
        let mut stack = Stack::new(INITIAL_STACK_WORDS);
        let e = stack.end_ptr();
        Process {
            pid: Term::NIL,
            heap: Heap::new(heap_words),
            stack,
            e,
            ip: core::ptr::null(),
            xsave: Vec::new(),
            dict: crate::pdict::Dict::new(),
            mailbox: VecDeque::new(),
            recv_pos: 0,
            reductions: 0,
            reds_left: 0,
            status: Status::Runnable,
            result: None,
            crash: None,
            killed: None,
            bin_builder: BitWriter::new(),
            bin_target: Term::NIL,
            bin_append_bits: 0,
            bin_dst: None,
            pending_call: None,
            recv_wait: RecvWait::None,
            hibernated: false,
            gc_stress: false,
            group_leader: Term::NIL,
            trap_exit: false,
            priority: Priority::Normal,
            initial_call: (crate::atom::ERLANG, crate::atom::APPLY, 2),
            parent: Term::NIL,
            error_handler: Atom::intern("error_handler").unwrap_or(crate::atom::UNDEFINED),
            signals: VecDeque::new(),
            entry: None,
            extra: None,
            stack_clean: 0,
            stack_hi_words: 0,
        }
    }

    /// The less used state, created on first use.
    pub fn extra_mut(&mut self) -> &mut Extra {
        self.extra.get_or_insert_with(Default::default)
    }

    /// Links of this process (raw pid words).
    pub fn links(&self) -> Option<&BTreeSet<u64>> {
        self.extra.as_ref().map(|x| &x.links)
    }

    pub fn is_linked_to(&self, pid: Term) -> bool {
        self.extra
            .as_ref()
            .is_some_and(|x| x.links.contains(&pid.raw()))
    }

    /// The shared part of this process, if it is in the process table.
    pub fn entry(&self) -> Option<&Arc<ProcEntry>> {
        self.entry.as_ref()
    }

    /// What a collection or a literal copy-out starts from besides the X registers: the
    /// heap, the used stack, and the other roots (dictionary, the two halves of the
    /// mailbox, the binary being appended to, the group leader, and the arguments and fun
    /// of a call not yet made: a new process's first call, or after hibernation).
    fn roots_mut(&mut self) -> (&mut Heap, &mut [Term], [&mut [Term]; 7]) {
        let stack = self.stack.used_mut(self.e);
        let (mb1, mb2) = self.mailbox.as_mut_slices();
        let (pending_args, pending_fun): (&mut [Term], &mut [Term]) = match &mut self.pending_call {
            Some(pc) => (
                &mut pc.args[..],
                match &mut pc.target {
                    CallTarget::Fun(f) => core::slice::from_mut(f),
                    _ => &mut [],
                },
            ),
            None => (&mut [], &mut []),
        };
        let roots = [
            self.dict.roots_mut(),
            mb1,
            mb2,
            core::slice::from_mut(&mut self.bin_target),
            core::slice::from_mut(&mut self.group_leader),
            pending_args,
            pending_fun,
        ];
        (&mut self.heap, stack, roots)
    }

    /// Collects this process's heap with the given extra roots (besides the saved X
    /// registers, stack, dictionary and mailbox), scanning the whole stack.
    pub fn collect(&mut self, need: usize, xregs: &mut [Term]) {
        self.stack_clean = 0;
        self.collect_in_run(need, xregs);
    }

    /// As [`Process::collect`], for the run loop, which keeps `stack_hi_words` up to date:
    /// the stack below the frame found there that held no young pointer after the previous
    /// collection is not scanned again.
    pub(crate) fn collect_in_run(&mut self, need: usize, xregs: &mut [Term]) {
        let stack = self.stack.used_mut(self.e);
        let len = stack.len();
        // The frame at the highest frame pointer may have been written up to its
        // continuation pointer; the frames above it were not.
        let hi = len - self.stack_hi_words.min(len);
        let unwritten = stack[hi..]
            .iter()
            .position(|w| w.is_header_word() && w.raw() != 0)
            .map_or(0, |i| len - (hi + i + 1));
        let skip = self.stack_clean.min(unwritten);
        let (heap, stack, [dict, mb1, mb2, bt, gl, pending_args, pf]) = self.roots_mut();
        self.stack_clean = crate::heap::gc::collect_with_stack(
            heap,
            need,
            &mut [xregs, dict, mb1, mb2, bt, gl, pending_args, pf],
            stack,
            skip,
        );
        self.stack_hi_words = len;
        self.check_max_heap();
    }

    /// Copies onto the heap every term the process holds in `area` (a literal area being
    /// released), from the same roots a collection uses, then runs a major collection if
    /// anything was copied: old objects may now point at the copies, and the collection
    /// promotes them together. The process must be stopped (its registers in `xsave`) with
    /// its signal queue handled. Monitor tags are detached copies made again (they may
    /// share literals).
    pub(crate) fn copy_literals_out(&mut self, area: &crate::heap::literals::Area) {
        use crate::heap::literals::CopyOut;
        let mut xs = core::mem::take(&mut self.xsave);
        let mut done = self.copy_literals_once(&mut xs, area);
        if let CopyOut::NeedRoom(words) = done {
            self.collect(words, &mut xs);
            done = self.copy_literals_once(&mut xs, area);
        }
        if let Some(x) = self.extra.as_mut() {
            for mon in x.monitors.values_mut() {
                if let Some(tag) = &mut mon.tag {
                    *tag = Detached::new(tag.peek());
                }
            }
        }
        if let CopyOut::Copied(_) = done {
            self.heap.request_major();
            self.collect(0, &mut xs);
        }
        self.xsave = xs;
    }

    fn copy_literals_once(
        &mut self,
        xs: &mut [Term],
        area: &crate::heap::literals::Area,
    ) -> crate::heap::literals::CopyOut {
        let (heap, stack, [dict, mb1, mb2, bt, gl, pending_args, pf]) = self.roots_mut();
        crate::heap::literals::copy_out(
            heap,
            &mut [xs, dict, mb1, mb2, bt, gl, pending_args, pf, stack],
            area,
        )
    }

    /// After a collection: live data (with the stack) still larger than `max_heap_size` ends
    /// the process with reason `killed` when the setting says `kill`, as OTP does.
    fn check_max_heap(&mut self) {
        let Some(mh) = self.extra.as_ref().map(|x| x.max_heap) else {
            return;
        };
        if mh.size == 0 || !mh.kill || self.killed.is_some() {
            return;
        }
        let stack = self.stack.used_mut(self.e).len();
        // What survived the collection (block sizes depend on the collector's sizing,
        // which differs from OTP's and between modes).
        let words = self.heap.used_words() + stack;
        if words > mh.size {
            self.killed = Some(Term::atom(crate::atom::KILLED));
        }
    }

    /// Collects for `erlang:hibernate/3`: only `xregs` (the call's arguments) and the
    /// dictionary survive; the stack is already gone.
    pub fn collect_hibernate(&mut self, xregs: &mut [Term]) {
        self.collect(0, xregs);
    }

    /// `recv_marker_reserve`: marks the current end of the mailbox; returns the marker.
    pub(crate) fn reserve_marker(&mut self) -> Term {
        /// OTP keeps a few markers per process and reuses the oldest.
        const MAX_MARKERS: usize = 8;
        let pos = self.mailbox.len();
        let x = self.extra_mut();
        let id = x.markers.last().map_or(1, |m| m.id + 1);
        if x.markers.len() >= MAX_MARKERS {
            x.markers.remove(0);
        }
        x.markers.push(Marker {
            id,
            pos,
            bound: None,
        });
        Term::small(id)
    }

    /// `recv_marker_bind`: ties a marker to the reference a receive will match on.
    pub(crate) fn bind_marker(&mut self, marker: Term, reference: Term) {
        let (Some(id), Some(key)) = (marker.as_small(), crate::term::ref_key(reference)) else {
            return;
        };
        if let Some(x) = self.extra.as_mut() {
            if let Some(m) = x.markers.iter_mut().find(|m| m.id == id) {
                m.bound = Some(key);
            }
        }
    }

    /// `recv_marker_clear`: the receive on this reference is over.
    pub(crate) fn clear_marker(&mut self, reference: Term) {
        let Some(key) = crate::term::ref_key(reference) else {
            return;
        };
        if let Some(x) = self.extra.as_mut() {
            x.markers.retain(|m| m.bound != Some(key));
        }
    }

    /// `recv_marker_use`: the receive starts at the marker: messages older than the
    /// reference cannot contain it.
    pub(crate) fn use_marker(&mut self, reference: Term) {
        let Some(key) = crate::term::ref_key(reference) else {
            return;
        };
        if let Some(m) = self
            .extra
            .as_ref()
            .and_then(|x| x.markers.iter().find(|m| m.bound == Some(key)))
        {
            if self.recv_pos < m.pos {
                self.recv_pos = m.pos.min(self.mailbox.len());
            }
        }
    }

    /// Removes message `i` from the mailbox, keeping receive markers on their messages.
    pub fn remove_message(&mut self, i: usize) -> Option<Term> {
        let m = self.mailbox.remove(i)?;
        if let Some(x) = self.extra.as_mut() {
            for mk in x.markers.iter_mut() {
                if mk.pos > i {
                    mk.pos -= 1;
                }
            }
        }
        Some(m)
    }
}

impl Default for Process {
    fn default() -> Self {
        Process::new()
    }
}
