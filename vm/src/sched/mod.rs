//! Processes and their scheduling: the process table, run queues, signals (messages, links,
//! monitors, exits), timers and platform events.
//!
//! Designed for several schedulers (one per CPU) although one runs for now:
//! - A process is a [`ProcEntry`], shared (`Arc`) by the process table, run queues and
//!   whoever sends to it. Its body (`Process`: heap, stack, mailbox, links...) is behind a
//!   lock that the scheduler running it holds for the whole time slice; other processes
//!   never touch another's heap. What other processes do touch is the signal queue (its own
//!   lock, held only to push or to take everything) and the atomic run state.
//! - Every interaction between processes is a signal pushed into the receiver's queue
//!   (messages, exit signals, link/unlink, monitor/demonitor, 'DOWN'). The receiver handles
//!   them itself, in order, so the ordering OTP guarantees between a pair of processes holds.
//!   Messages are copied by the sender into memory owned by the signal, and onto the
//!   receiver's heap by the receiver.
//! - BIFs that must see another process "after all signals I sent it" (`is_process_alive/1`,
//!   `process_info/1,2`) lock that process's body and handle its queued signals first. With
//!   several schedulers a process running elsewhere would make them wait for its time slice.
//!
//! Run state (`ProcEntry::state`): `QUEUED` (in a run queue), `RUNNING` (a scheduler holds
//! it), `WAKE` (a signal came while it ran: look again before waiting), `EXITED`. A sender
//! wakes a process by setting `QUEUED` when none of the others is set, so a process is in at
//! most one run queue and never lost between "no message" and "waiting".

pub mod event;
pub mod signal;
pub mod table;
pub mod timer;

use crate::atom::Atom;
use crate::interp::{self, Machine, Stop};
use crate::process::{Priority, Process, Status};
use crate::term::copy::Detached;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicU64, AtomicU8, Ordering};
use signal::Inbox;
use signal::Signal;
use spin::Mutex;

const QUEUED: u32 = 1;
const RUNNING: u32 = 2;
const WAKE: u32 = 4;
const EXITED: u32 = 8;
const SUSPENDED: u32 = 16;

/// A process as the rest of the system sees it.
pub struct ProcEntry {
    pub pid: Term,
    state: AtomicU32,
    prio: AtomicU8,
    /// Low-priority processes run once every `LOW_SKIPS` turns in the normal queue.
    skips: AtomicU8,
    /// Registered name: atom index + 1, 0 for none.
    name: AtomicU32,
    /// Suspension count (`erlang:suspend_process/1`).
    suspends: AtomicU32,
    pub(crate) inbox: Mutex<Inbox>,
    pub(crate) body: Mutex<Option<Box<Process>>>,
}

impl ProcEntry {
    fn new(pid: Term, body: Box<Process>) -> ProcEntry {
        ProcEntry {
            pid,
            state: AtomicU32::new(0),
            prio: AtomicU8::new(body.priority as u8),
            skips: AtomicU8::new(LOW_SKIPS),
            name: AtomicU32::new(0),
            suspends: AtomicU32::new(0),
            inbox: Mutex::new(Inbox::default()),
            body: Mutex::new(Some(body)),
        }
    }

    pub fn registered_name(&self) -> Option<Atom> {
        match self.name.load(Ordering::Acquire) {
            0 => None,
            n => Some(Atom::from_index(n - 1)),
        }
    }
    pub(crate) fn set_registered_name(&self, a: Option<Atom>) {
        self.name
            .store(a.map_or(0, |a| a.index() + 1), Ordering::Release);
    }

    /// Whether the process has begun exiting (it takes no more signals).
    pub fn is_exiting(&self) -> bool {
        self.inbox.lock().closed
    }

    pub fn priority(&self) -> Priority {
        Priority::from_u8(self.prio.load(Ordering::Relaxed))
    }
    pub(crate) fn set_priority(&self, p: Priority) {
        self.prio.store(p as u8, Ordering::Relaxed);
    }

    /// Whether the process is in a run queue or running.
    pub fn is_scheduled(&self) -> bool {
        self.state.load(Ordering::Acquire) & (QUEUED | RUNNING) != 0
    }
    pub fn is_running(&self) -> bool {
        self.state.load(Ordering::Acquire) & RUNNING != 0
    }
    pub fn is_suspended(&self) -> bool {
        self.suspends.load(Ordering::Acquire) > 0
    }

    /// Makes the process runnable if it is not already (after a signal was queued).
    pub(crate) fn wake(self: &Arc<Self>) {
        let mut s = self.state.load(Ordering::Acquire);
        loop {
            if s & (EXITED | QUEUED) != 0 {
                return;
            }
            let new = if s & RUNNING != 0 {
                s | WAKE
            } else {
                s | QUEUED
            };
            match self
                .state
                .compare_exchange(s, new, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => {
                    if new & QUEUED != 0 && s & SUSPENDED == 0 {
                        runq_push(self.clone());
                    }
                    return;
                }
                Err(x) => s = x,
            }
        }
    }

    /// Taken from a run queue: becomes running. False if it exited meanwhile.
    fn begin_running(&self) -> bool {
        let mut s = self.state.load(Ordering::Acquire);
        loop {
            if s & EXITED != 0 {
                return false;
            }
            let new = (s & !(QUEUED | WAKE)) | RUNNING;
            match self
                .state
                .compare_exchange(s, new, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return true,
                Err(x) => s = x,
            }
        }
    }

    /// Stops running and goes back to a run queue.
    fn requeue(self: &Arc<Self>) {
        let mut s = self.state.load(Ordering::Acquire);
        loop {
            let new = (s & !(RUNNING | WAKE)) | QUEUED;
            match self
                .state
                .compare_exchange(s, new, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => break,
                Err(x) => s = x,
            }
        }
        if s & SUSPENDED == 0 {
            runq_push(self.clone());
        }
    }

    /// Stops running to wait for a signal; requeues instead if one came meanwhile.
    fn finish_wait(self: &Arc<Self>) {
        let mut s = self.state.load(Ordering::Acquire);
        loop {
            if s & WAKE != 0 {
                self.requeue();
                return;
            }
            match self
                .state
                .compare_exchange(s, s & !RUNNING, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return,
                Err(x) => s = x,
            }
        }
    }

    fn mark_exited(&self) {
        self.state.fetch_or(EXITED, Ordering::AcqRel);
    }

    /// `erlang:suspend_process/1`: the process is not scheduled until resumed as many times.
    pub(crate) fn suspend(&self) {
        if self.suspends.fetch_add(1, Ordering::AcqRel) == 0 {
            self.state.fetch_or(SUSPENDED, Ordering::AcqRel);
        }
    }

    /// `erlang:resume_process/1`; false if it was not suspended.
    pub(crate) fn resume(self: &Arc<Self>) -> bool {
        let n = self.suspends.load(Ordering::Acquire);
        if n == 0 {
            return false;
        }
        if self.suspends.fetch_sub(1, Ordering::AcqRel) == 1 {
            let s = self.state.fetch_and(!SUSPENDED, Ordering::AcqRel);
            // Queued while suspended: it was left out of the run queue.
            if s & QUEUED != 0 && s & RUNNING == 0 && s & EXITED == 0 {
                runq_push(self.clone());
            }
        }
        true
    }
}

// ---- run queues ----

/// How many turns a low-priority process waits in the normal queue (OTP's RESCHEDULE_LOW).
const LOW_SKIPS: u8 = 8;

struct RunQueues {
    max: VecDeque<Arc<ProcEntry>>,
    high: VecDeque<Arc<ProcEntry>>,
    /// Normal and low priority processes share a queue, as in OTP.
    normal: VecDeque<Arc<ProcEntry>>,
}

static RUNQ: Mutex<RunQueues> = Mutex::new(RunQueues {
    max: VecDeque::new(),
    high: VecDeque::new(),
    normal: VecDeque::new(),
});

fn runq_push(e: Arc<ProcEntry>) {
    let mut q = RUNQ.lock();
    match e.priority() {
        Priority::Max => q.max.push_back(e),
        Priority::High => q.high.push_back(e),
        _ => q.normal.push_back(e),
    }
}

fn runq_pick() -> Option<Arc<ProcEntry>> {
    let mut q = RUNQ.lock();
    if let Some(e) = q.max.pop_front() {
        return Some(e);
    }
    if let Some(e) = q.high.pop_front() {
        return Some(e);
    }
    // A low-priority process goes to the back until it has waited LOW_SKIPS turns; every
    // turn counts down, so this ends.
    loop {
        let e = q.normal.pop_front()?;
        if e.priority() == Priority::Low && !q.normal.is_empty() {
            let left = e.skips.load(Ordering::Relaxed).saturating_sub(1);
            if left > 0 {
                e.skips.store(left, Ordering::Relaxed);
                q.normal.push_back(e);
                continue;
            }
            e.skips.store(LOW_SKIPS, Ordering::Relaxed);
        }
        return Some(e);
    }
}

/// Processes waiting in run queues.
pub fn run_queue_length() -> usize {
    let q = RUNQ.lock();
    q.max.len() + q.high.len() + q.normal.len()
}

// ---- statistics ----

static CONTEXT_SWITCHES: AtomicU64 = AtomicU64::new(0);
static REDUCTIONS: AtomicU64 = AtomicU64::new(0);

pub fn context_switches() -> u64 {
    CONTEXT_SWITCHES.load(Ordering::Relaxed)
}
/// Reductions of every time slice completed so far.
pub fn total_reductions() -> u64 {
    REDUCTIONS.load(Ordering::Relaxed)
}

// ---- halting ----

const NOT_HALTED: i64 = i64::MIN;
static HALT: AtomicI64 = AtomicI64::new(NOT_HALTED);
static HALT_ABORT: AtomicBool = AtomicBool::new(false);

/// Asks the schedulers to stop: the VM ends with `status` (`erlang:halt/1`).
pub fn request_halt(status: i64) {
    let _ = HALT.compare_exchange(NOT_HALTED, status, Ordering::AcqRel, Ordering::Acquire);
}
/// `erlang:halt(abort)`.
pub fn request_abort() {
    HALT_ABORT.store(true, Ordering::Release);
    request_halt(134);
}
fn halted() -> Option<i64> {
    match HALT.load(Ordering::Acquire) {
        NOT_HALTED => None,
        s => Some(s),
    }
}

// ---- spawning ----

/// Options of a new process.
#[derive(Clone, Debug)]
pub struct SpawnOpts {
    pub priority: Priority,
    pub min_heap_size: usize,
    /// 0: the default.
    pub min_bin_vheap_size: usize,
    pub fullsweep_after: Option<usize>,
    pub max_heap: crate::process::MaxHeap,
    pub off_heap_messages: bool,
    pub gc_stress: bool,
    pub group_leader: Term,
    /// Report the end of this process to the scheduler's caller ([`Outcome::Exited`]).
    pub watched: bool,
}

impl Default for SpawnOpts {
    fn default() -> Self {
        SpawnOpts {
            priority: Priority::Normal,
            min_heap_size: 0,
            min_bin_vheap_size: 0,
            fullsweep_after: None,
            max_heap: Default::default(),
            off_heap_messages: false,
            gc_stress: gc_stress_default(),
            group_leader: Term::NIL,
            watched: false,
        }
    }
}

static GC_STRESS: AtomicBool = AtomicBool::new(false);

/// Makes every new process collect at every safe point (`--gc-stress`).
pub fn set_gc_stress(on: bool) {
    GC_STRESS.store(on, Ordering::Relaxed);
}
fn gc_stress_default() -> bool {
    GC_STRESS.load(Ordering::Relaxed)
}

static WATCHED: Mutex<Vec<Term>> = Mutex::new(Vec::new());

/// Why a process could not be made.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SpawnError {
    /// The process limit is reached (`system_limit`).
    SystemLimit,
}

/// Makes a new process and queues it. `setup` prepares the body (copies the arguments onto
/// its heap, sets up the first call, links/monitors on its side) before anyone can see it;
/// it is given the new pid. Returns the new process.
pub fn spawn_with(
    opts: &SpawnOpts,
    setup: impl FnOnce(&mut Process, Term),
) -> Result<Arc<ProcEntry>, SpawnError> {
    let mut body = Box::new(Process::with_heap(
        opts.min_heap_size.max(crate::process::DEFAULT_HEAP_WORDS),
    ));
    body.priority = opts.priority;
    body.gc_stress = opts.gc_stress;
    body.group_leader = opts.group_leader;
    if opts.min_heap_size > 0
        || opts.min_bin_vheap_size > 0
        || opts.fullsweep_after.is_some()
        || opts.max_heap != Default::default()
        || opts.off_heap_messages
    {
        let x = body.extra_mut();
        x.min_heap_size = opts.min_heap_size;
        x.min_bin_vheap_size = opts.min_bin_vheap_size;
        x.fullsweep_after = opts.fullsweep_after;
        x.max_heap = opts.max_heap;
        x.off_heap_messages = opts.off_heap_messages;
    }
    let mut slot = Some(body);
    let entry = table::insert(|pid| {
        let mut b = slot
            .take()
            .unwrap_or_else(|| Box::new(Process::with_heap(0)));
        b.pid = pid;
        Arc::new(ProcEntry::new(pid, b))
    })
    .ok_or(SpawnError::SystemLimit)?;
    {
        let mut guard = entry.body.lock();
        if let Some(p) = guard.as_mut() {
            p.entry = Some(entry.clone());
            if p.group_leader.is_nil() {
                p.group_leader = entry.pid;
            }
            setup(p, entry.pid);
        }
    }
    if opts.watched {
        WATCHED.lock().push(entry.pid);
    }
    entry.wake();
    Ok(entry)
}

/// Makes a process that calls `exp` with `args` (copied from wherever they are: another
/// heap or module literals). For native code that starts Erlang processes (drivers, the
/// I/O system, `beamos run`).
pub fn spawn_call(
    exp: &'static crate::code::Export,
    args: &[Term],
    opts: &SpawnOpts,
) -> Result<Term, SpawnError> {
    let detached: Vec<Detached> = args.iter().map(|&a| Detached::new(a)).collect();
    let e = spawn_with(opts, |p, _| {
        let on_heap: Vec<Term> = detached.iter().map(|d| d.to_heap(&mut p.heap)).collect();
        p.initial_call = (exp.module, exp.function, exp.arity);
        interp::setup_call(p, exp, &on_heap);
    })?;
    Ok(e.pid)
}

// ---- services for ETS ----

/// What ETS asks of the scheduler: whether a process lives, and sending it a message
/// (`'ETS-TRANSFER'` to heirs and new owners).
struct EtsServices;

impl crate::ets::EtsHost for EtsServices {
    fn is_alive(&self, pid: Term) -> bool {
        table::lookup(pid).is_some_and(|e| !e.is_exiting())
    }
    fn send(&self, to: Term, msg: crate::term::copy::OwnedTerm) -> bool {
        // An OwnedTerm's pointers are marked as literals: copy it out onto a scratch heap
        // first, so that the message owns all of it.
        let mut scratch = crate::heap::Heap::new(msg.size_words() + 8);
        let t = msg.to_heap(&mut scratch);
        signal::send_message(to, t)
    }
}

static ETS_SERVICES: EtsServices = EtsServices;

/// Installs what the rest of the VM needs from the scheduler (called by [`Scheduler::new`]).
fn install_services() {
    crate::ets::set_host(&ETS_SERVICES);
    add_exit_hook(crate::ets::process_exited);
}

// ---- exit hooks ----

/// Called with the pid of every process that exits (after its links and monitors were
/// told), for tables that processes own (ETS: transfer to the heir or delete).
pub type ExitHook = fn(Term);

static EXIT_HOOKS: spin::RwLock<Vec<ExitHook>> = spin::RwLock::new(Vec::new());

/// Adds a hook run at every process exit (idempotent for the same function).
pub fn add_exit_hook(h: ExitHook) {
    let mut v = EXIT_HOOKS.write();
    if !v.iter().any(|&x| x as usize == h as usize) {
        v.push(h);
    }
}

pub(crate) fn run_exit_hooks(pid: Term) {
    let hooks: Vec<ExitHook> = EXIT_HOOKS.read().clone();
    for h in hooks {
        h(pid);
    }
}

// ---- the scheduler loop ----

/// A watched process that ended.
pub struct ExitInfo {
    pub pid: Term,
    /// The value its first call returned.
    pub result: Option<Detached>,
    /// `{Class, Reason, Stacktrace}` if it crashed, or `{exit, Reason, []}` if a signal
    /// ended it.
    pub crash: Option<Detached>,
}

/// Why [`Scheduler::run`] returned.
pub enum Outcome {
    /// A process spawned with `watched` ended.
    Exited(ExitInfo),
    /// `erlang:halt/1,2` with this status.
    Halted(i64),
    /// `erlang:halt(abort)`.
    Aborted,
    /// Nothing can ever run again: no runnable process, no timer, no event source.
    Deadlock,
}

/// One scheduler: a register file and the loop that runs processes from the run queues.
pub struct Scheduler {
    machine: Machine,
}

impl Default for Scheduler {
    fn default() -> Self {
        Scheduler::new()
    }
}

impl Scheduler {
    pub fn new() -> Scheduler {
        install_services();
        Scheduler {
            machine: Machine::new(),
        }
    }

    /// Runs processes until a watched process ends, the VM halts, or nothing can run.
    pub fn run(&mut self) -> Outcome {
        loop {
            if let Some(info) = FINISHED.lock().pop() {
                return Outcome::Exited(info);
            }
            if let Some(s) = halted() {
                return if HALT_ABORT.load(Ordering::Acquire) {
                    Outcome::Aborted
                } else {
                    Outcome::Halted(s)
                };
            }
            let now = now_ns();
            timer::fire_due(now);
            event::deliver_pending();
            let Some(entry) = runq_pick() else {
                if !self.idle() {
                    return Outcome::Deadlock;
                }
                continue;
            };
            if !entry.begin_running() {
                continue;
            }
            self.run_one(&entry);
        }
    }

    /// Nothing is runnable: waits for the next timer or event. False if nothing can ever
    /// come.
    fn idle(&mut self) -> bool {
        let deadline = timer::next_deadline();
        if deadline.is_none() && !event::has_subscribers() {
            return false;
        }
        match crate::platform::platform() {
            Some(pl) => {
                if !event::is_empty() {
                    return true;
                }
                pl.wait_until(deadline.unwrap_or(u64::MAX));
                true
            }
            None => deadline.is_some(),
        }
    }

    /// Runs one time slice of `entry` (already marked running).
    fn run_one(&mut self, entry: &Arc<ProcEntry>) {
        let mut guard = entry.body.lock();
        let Some(p) = guard.as_mut() else {
            entry.mark_exited();
            return;
        };
        CONTEXT_SWITCHES.fetch_add(1, Ordering::Relaxed);
        if signal::handle_incoming(p) || copy_literals_if_asked(p) {
            return finish_exit(entry, &mut guard);
        }
        if p.status == Status::Waiting && !signal::has_news(p) {
            drop(guard);
            entry.finish_wait();
            return;
        }
        p.status = Status::Runnable;
        p.hibernated = false;
        let budget = interp::REDUCTIONS;
        let stop = interp::run(&mut self.machine, p, budget);
        let used = (budget - p.reds_left).max(1) as u64;
        p.reductions += used;
        REDUCTIONS.fetch_add(used, Ordering::Relaxed);
        if stop != Stop::Exit && copy_literals_if_asked(p) {
            return finish_exit(entry, &mut guard);
        }
        match stop {
            Stop::Yield => {
                drop(guard);
                entry.requeue();
            }
            Stop::Wait => {
                p.status = Status::Waiting;
                drop(guard);
                if signal::inbox_nonempty(entry) {
                    entry.requeue();
                } else {
                    entry.finish_wait();
                }
            }
            Stop::Exit => finish_exit(entry, &mut guard),
        }
    }
}

/// Starts releasing a purged version's literal area: timers' messages are copied again
/// (copies made now hold no literals), and every process gets a signal to copy out what it
/// holds in the area at its next stop. The area is freed when the last process is done
/// with it (or dead): the signals hold the only references to `release`.
pub fn release_literal_area(release: crate::code::LiteralRelease) {
    let release = Arc::new(release);
    timer::copy_messages_again();
    for e in table::all() {
        let _ = signal::deliver(&e, Signal::ReleaseLiterals(release.clone()));
    }
}

/// At a stop of `p` (its registers saved): if literal areas are being released, takes in
/// every queued signal (messages sent before the release began may share literals) and
/// copies the process's terms out of each area. True if a signal ended the process.
fn copy_literals_if_asked(p: &mut Process) -> bool {
    while p
        .extra
        .as_ref()
        .is_some_and(|x| !x.literal_releases.is_empty())
    {
        if signal::handle_incoming(p) {
            return true;
        }
        let releases = p
            .extra
            .as_mut()
            .map(|x| core::mem::take(&mut x.literal_releases))
            .unwrap_or_default();
        for r in &releases {
            p.copy_literals_out(r.area());
        }
    }
    false
}

/// Ends the process whose body `guard` holds.
fn finish_exit(entry: &Arc<ProcEntry>, guard: &mut spin::MutexGuard<'_, Option<Box<Process>>>) {
    if let Some(mut p) = guard.take() {
        signal::terminate(entry, &mut p);
    }
}

static FINISHED: Mutex<Vec<ExitInfo>> = Mutex::new(Vec::new());

/// Records the end of `p` if it is watched.
pub(crate) fn record_watched(p: &mut Process) {
    let mut w = WATCHED.lock();
    let Some(i) = w.iter().position(|&x| x == p.pid) else {
        return;
    };
    w.swap_remove(i);
    drop(w);
    let crash = if let Some(c) = &p.crash {
        let class = c.class.atom();
        let t = p.heap.tuple(&[class, c.reason, c.stacktrace]);
        Some(Detached::new(t))
    } else if let Some(r) = p
        .killed
        .filter(|&r| r != Term::atom(crate::atom::NORMAL) || p.result.is_none())
    {
        let t = p.heap.tuple(&[Term::atom(crate::atom::EXIT), r, Term::NIL]);
        Some(Detached::new(t))
    } else {
        None
    };
    let info = ExitInfo {
        pid: p.pid,
        result: p.result.map(Detached::new),
        crash,
    };
    FINISHED.lock().push(info);
}

/// Monotonic time in nanoseconds (0 without a platform).
pub fn now_ns() -> u64 {
    crate::platform::platform().map_or(0, |pl| pl.monotonic_ns())
}

/// Runs `f` on the body of another process after it has handled every signal queued for
/// it (so it sees everything the caller sent it before). `None` if the process is gone or
/// exits while handling them. The caller must not hold the body of `entry`.
pub fn with_process<R>(entry: &Arc<ProcEntry>, f: impl FnOnce(&mut Process) -> R) -> Option<R> {
    let mut guard = entry.body.lock();
    let p = guard.as_mut()?;
    if signal::handle_incoming(p) {
        // A signal ended it: run its exit here.
        let mut body = guard.take()?;
        drop(guard);
        signal::terminate(entry, &mut body);
        return None;
    }
    Some(f(p))
}
