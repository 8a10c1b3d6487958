//! The run loop: executes a process's code until it yields, waits or exits.
//!
//! While running, the instruction pointer `ip`, the frame pointer `e` and the reduction
//! budget live in locals, the X registers in the scheduler's register file. Instructions are
//! dispatched by one `match`; the few that can raise break out of the inner loop with the
//! exception, which `trace::handle` turns into a jump to a handler or the end of the process.
//!
//! Code pointers are raw pointers into a module's boxed code slice. SAFETY invariant for
//! every dereference of `ip` (and of continuation pointers popped from the stack): code is
//! kept alive as long as any process may run it (a version is only purged after every
//! process in it is gone), and every offset the load step wrote (jumps, constants, data slots)
//! stays inside the same slice.

pub mod bits;
mod fast;
pub mod trace;

use crate::atom;
use crate::bif::{self, arith};
use crate::code::instr::*;
use crate::code::{self, Export};
use crate::exception::{Class, Exception, Frame};
use crate::heap::set_tuple_element;
use crate::process::{CallTarget, PendingCall, Process, RecvWait, Status};
use crate::term::compare::{compare, eq, exact_eq};
use crate::term::{Kind, Term};
use crate::{binary, map};
use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
pub use trace::Raised;

/// Number of X registers.
pub const X_REGS: usize = 1024;
/// Reductions a process may spend before it is preempted.
pub const REDUCTIONS: i64 = 4000;

/// A scheduler's register file.
pub struct Machine {
    pub x: Box<[Term; X_REGS]>,
    pub fr: Box<[f64; X_REGS]>,
}

impl Default for Machine {
    fn default() -> Self {
        Machine::new()
    }
}

impl Machine {
    pub fn new() -> Machine {
        let x: Box<[Term; X_REGS]> = vec![Term::NIL; X_REGS]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!());
        let fr: Box<[f64; X_REGS]> = vec![0.0; X_REGS]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!());
        Machine { x, fr }
    }
}

/// Why `run` returned.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Budget used up; the process can continue.
    Yield,
    /// Waiting for a message (or a timeout).
    Wait,
    /// The process finished (normally or by an uncaught exception).
    Exit,
}

/// Static code every process can return to.
static SPECIAL: [Instr; 2] = [Instr::NormalExit, Instr::CallPending];

pub(crate) fn exit_code() -> *const Instr {
    &SPECIAL[0] as *const Instr
}
pub(crate) fn pending_code() -> *const Instr {
    &SPECIAL[1] as *const Instr
}

/// Prepares `p` to call `exp` with `args` when it next runs; when that call returns, the
/// process ends with the result in `p.result`.
pub fn setup_call(p: &mut Process, exp: &'static Export, args: &[Term]) {
    // As OTP, the export is resolved now: a process spawned before its module is replaced
    // or deleted still starts in the version that was current.
    let code = exp.code();
    let target = if exp.bif.is_none() && !code.is_null() {
        CallTarget::Code(code)
    } else {
        CallTarget::Export(exp)
    };
    setup_pending(p, target, args);
}

/// As [`setup_call`] for any call target (a fun: `spawn/1`).
pub fn setup_pending(p: &mut Process, target: CallTarget, args: &[Term]) {
    let mut e = p.stack.end_ptr();
    // SAFETY: a new stack has room for the bottom continuation pointer.
    unsafe {
        e = e.sub(1);
        *e = exit_code() as u64;
    }
    p.e = e;
    p.stack_clean = 0;
    p.stack_hi_words = 0;
    p.xsave.clear();
    p.pending_call = Some(PendingCall {
        target,
        args: args.to_vec(),
    });
    p.ip = pending_code();
    p.status = Status::Runnable;
}

/// Where a call goes after its target is entered.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Tail {
    /// Push the return address (ip + `next`).
    Call(usize),
    /// Jump; the return address is already on the stack.
    Only,
    /// Drop `n` stack words, then jump.
    Last(usize),
}

/// `op` on two small integers when the result needs no more than an i64 (the caller checks
/// that it is small); `None` sends the operation the general way (bignums, errors, `/`).
#[inline(always)]
fn small_arith(op: ArithOp, a: i64, b: i64) -> Option<i64> {
    // Smalls are below 2^59 in magnitude: + and - cannot overflow an i64.
    match op {
        ArithOp::Add => Some(a + b),
        ArithOp::Sub => Some(a - b),
        ArithOp::Mul => a.checked_mul(b),
        // Rust's / and % truncate toward zero, as div and rem do.
        ArithOp::IntDiv if b != 0 => Some(a / b),
        ArithOp::Rem if b != 0 => Some(a % b),
        ArithOp::Band => Some(a & b),
        ArithOp::Bor => Some(a | b),
        ArithOp::Bxor => Some(a ^ b),
        ArithOp::Bsl if (0..64).contains(&b) => {
            let r = a << b;
            (r >> b == a).then_some(r)
        }
        ArithOp::Bsr if (0..64).contains(&b) => Some(a >> b),
        _ => None,
    }
}

/// `a < b` in term order, with the common small-integer and float cases inline.
#[inline(always)]
fn less_than(a: Term, b: Term) -> bool {
    if a.is_small() && b.is_small() {
        a.small_value() < b.small_value()
    } else if a.is_float() && b.is_float() {
        // Erlang floats are never NaN.
        a.float_value() < b.float_value()
    } else {
        compare(a, b) == Ordering::Less
    }
}

/// `+ - * /` when the result is a float: both operands floats or small integers (not both
/// small, except for `/`), converted as OTP's mixed arithmetic does; `None` for anything
/// else and for the results OTP rejects (infinite or NaN, division by zero), which the
/// general path then raises.
#[inline(always)]
fn float_arith(op: ArithOp, a: Term, b: Term) -> Option<f64> {
    let operand = |t: Term| {
        if t.is_float() {
            Some(t.float_value())
        } else if t.is_small() {
            Some(t.small_value() as f64)
        } else {
            None
        }
    };
    if a.is_small() && b.is_small() && op != ArithOp::Div {
        // Integer arithmetic.
        return None;
    }
    let (x, y) = (operand(a)?, operand(b)?);
    let r = match op {
        ArithOp::Add => x + y,
        ArithOp::Sub => x - y,
        ArithOp::Mul => x * y,
        ArithOp::Div if y != 0.0 => x / y,
        _ => return None,
    };
    r.is_finite().then_some(r)
}

/// Reads a constant slot at `off` slots from `ip`.
#[inline(always)]
fn konst(ip: *const Instr, off: isize) -> Term {
    // SAFETY: the load step only writes constant offsets that land on `Const` slots of the
    // same code (see module docs).
    match unsafe { &*ip.offset(off) } {
        Instr::Const(t) => *t,
        _ => Term::NIL,
    }
}

/// The `Srcs` operand `i` of the data slots following the instruction at `ip`.
#[inline(always)]
fn data_src(ip: *const Instr, i: usize) -> Src {
    // SAFETY: instructions with operand lists are followed by enough `Srcs` slots. Read in
    // place: copying the whole slot out costs a store-forwarding stall per operand.
    match unsafe { &*ip.add(1 + i / 3) } {
        Instr::Srcs(a) => a[i % 3],
        _ => Src::NONE,
    }
}

fn data_dst(ip: *const Instr, skip: usize, i: usize) -> Dst {
    // SAFETY: as for `data_src`.
    match unsafe { *ip.add(1 + skip + i / 7) } {
        Instr::Dsts(a) => a[i % 7],
        _ => Dst(0),
    }
}

fn data_bytes(ip: *const Instr, skip: usize, len: usize) -> Vec<u8> {
    let mut v = Vec::with_capacity(len);
    let mut i = 0;
    while v.len() < len {
        // SAFETY: the load step wrote ceil(len/15) `Bytes` slots here.
        match unsafe { *ip.add(1 + skip + i) } {
            Instr::Bytes(b) => {
                let take = (len - v.len()).min(15);
                v.extend_from_slice(&b[..take]);
            }
            _ => break,
        }
        i += 1;
    }
    v
}

fn seg_at(ip: *const Instr, i: usize) -> Instr {
    // SAFETY: segment instructions are followed by their `Seg` slots.
    unsafe { *ip.add(1 + i) }
}

/// Runs `p` for at most `budget` reductions.
// Some macro expansions assign the stack bounds right before returning.
#[allow(unused_assignments)]
pub fn run(m: &mut Machine, p: &mut Process, budget: i64) -> Stop {
    // The register files as unique local references, so their base addresses stay in
    // registers across stores through raw pointers.
    let xs: &mut [Term; X_REGS] = &mut m.x;
    let frs: &mut [f64; X_REGS] = &mut m.fr;
    // Restore registers.
    let nx = p.xsave.len().min(X_REGS);
    xs[..nx].copy_from_slice(&p.xsave[..nx]);
    p.xsave.clear();
    let mut ip: *const Instr = p.ip;
    let mut e: *mut u64 = p.e;
    let mut stack_start: *mut u64 = p.stack.start_ptr();
    let mut stack_end: usize = p.stack.end_ptr() as usize;
    // The highest frame pointer since the last collection (frames above the one there were
    // not written since; see `Process::collect_in_run`).
    let mut e_hi: *mut u64 =
        (stack_end - 8 * p.stack_hi_words.min((stack_end - e as usize) / 8)) as *mut u64;
    let mut reds: i64 = budget;

    macro_rules! x {
        ($i:expr) => {
            xs[($i) & (X_REGS - 1)]
        };
    }
    macro_rules! yref {
        ($i:expr) => {{
            let i: usize = $i;
            // SAFETY: checked against the end of the stack buffer; `e` points into it.
            unsafe {
                let p = e.add(i);
                if (p as usize) < stack_end {
                    Some(p)
                } else {
                    None
                }
            }
        }};
    }
    macro_rules! yget {
        ($i:expr) => {{
            match yref!($i) {
                // SAFETY: in bounds (checked by yref).
                Some(p) => unsafe { Term::from_raw(*p) },
                None => Term::NIL,
            }
        }};
    }
    macro_rules! yset {
        ($i:expr, $v:expr) => {{
            let v: Term = $v;
            if let Some(p) = yref!($i) {
                // SAFETY: in bounds (checked by yref).
                unsafe { *p = v.raw() };
            }
        }};
    }
    /// Reads a register operand (X or Y) given as a `Dst`.
    macro_rules! reg {
        ($d:expr) => {{
            let d: Dst = $d;
            if d.is_y() {
                yget!(d.index())
            } else {
                x!(d.index())
            }
        }};
    }
    macro_rules! src_at {
        ($owner:expr, $s:expr) => {{
            let s: Src = $s;
            match s.kind() {
                0 => x!(s.index()),
                1 => yget!(s.index()),
                _ => konst($owner, s.offset()),
            }
        }};
    }
    macro_rules! src {
        ($s:expr) => {
            src_at!(ip, $s)
        };
    }
    /// An optional operand (`Src::NONE` for none).
    macro_rules! opt_src {
        ($s:expr) => {{
            let s: Src = $s;
            if s == Src::NONE {
                None
            } else {
                Some(src!(s))
            }
        }};
    }
    /// Operand `i` of the operand list in the data slots after the instruction.
    macro_rules! list_src {
        ($i:expr) => {
            src!(data_src(ip, $i))
        };
    }
    macro_rules! put {
        ($d:expr, $v:expr) => {{
            let d: Dst = $d;
            let v: Term = $v;
            if d.is_y() {
                yset!(d.index(), v);
            } else {
                x!(d.index()) = v;
            }
        }};
    }
    macro_rules! next {
        () => {
            // SAFETY: the instruction stream of every function ends in a control transfer,
            // so the next slot exists.
            ip = unsafe { ip.add(1) }
        };
        ($n:expr) => {
            // SAFETY: as above, skipping this instruction's data slots.
            ip = unsafe { ip.add($n) }
        };
    }
    macro_rules! jump {
        ($off:expr) => {
            // SAFETY: label offsets written by the load step stay inside the code.
            ip = unsafe { ip.offset(($off) as isize) }
        };
    }
    /// Notes a rise of the frame pointer.
    macro_rules! e_up {
        () => {
            if (e as usize) > (e_hi as usize) {
                e_hi = e;
            }
        };
    }
    macro_rules! save {
        () => {
            p.ip = ip;
            p.e = e;
            p.reds_left = reds;
            p.stack_hi_words = (stack_end - e_hi as usize) / 8;
        };
    }
    /// Makes sure `n` words are free below `e`.
    macro_rules! stack_need {
        ($n:expr) => {{
            let n: usize = $n;
            if (e as usize) < (stack_start as usize) + 8 * n {
                let hi_words = (stack_end - e_hi as usize) / 8;
                e = p.stack.grow(e, n);
                stack_start = p.stack.start_ptr();
                stack_end = p.stack.end_ptr() as usize;
                e_hi = (stack_end - 8 * hi_words) as *mut u64;
            }
        }};
    }
    macro_rules! gc {
        ($need:expr, $live:expr) => {{
            let live: usize = ($live as usize).min(X_REGS);
            p.e = e;
            p.stack_hi_words = (stack_end - e_hi as usize) / 8;
            p.collect_in_run($need as usize, &mut xs[..live]);
            e_hi = e;
            if p.killed.is_some() {
                // The heap outgrew max_heap_size: the process ends here.
                save!();
                return Stop::Exit;
            }
        }};
    }
    macro_rules! push_cp {
        ($ret:expr) => {{
            let ret: *const Instr = $ret;
            stack_need!(1);
            // SAFETY: one free word below `e` (checked by stack_need).
            unsafe {
                e = e.sub(1);
                *e = ret as u64;
            }
        }};
    }
    /// Jumps to a local function (the return address, if any, already pushed): one
    /// reduction, then a collection or a yield if due.
    macro_rules! enter_local {
        ($off:expr, $arity:expr) => {{
            let arity: u16 = $arity;
            jump!($off);
            reds -= 1;
            if p.heap.must_collect(p.gc_stress) {
                gc!(0, arity);
            }
            if reds <= 0 {
                save!();
                p.xsave.extend_from_slice(&xs[..arity as usize]);
                return Stop::Yield;
            }
        }};
    }
    macro_rules! pop_return {
        () => {{
            // SAFETY: a `return` finds its continuation pointer on top of the stack (pushed
            // by the call); the bottom of every stack holds the exit continuation.
            unsafe {
                ip = *e as *const Instr;
                e = e.add(1);
            }
            e_up!();
        }};
    }
    'outer: loop {
        let raised: Raised = 'dispatch: loop {
            macro_rules! raise {
                ($exc:expr) => {
                    break 'dispatch Raised {
                        exc: $exc,
                        top: None,
                        include_ip: true,
                    }
                };
            }
            macro_rules! raise_code {
                ($reason:expr) => {
                    raise!(Exception::code_error($reason))
                };
            }
            macro_rules! tuple2 {
                ($a:expr, $b:expr) => {{
                    let a = Term::atom($a);
                    p.heap.tuple(&[a, $b])
                }};
            }
            macro_rules! fail_or {
                ($fail:expr, $exc:expr) => {{
                    if $fail != 0 {
                        jump!($fail);
                        continue 'dispatch;
                    } else {
                        raise!($exc)
                    }
                }};
            }
            /// Raises a BIF error with the BIF's frame on top.
            macro_rules! raise_bif {
                ($def:expr, $args:expr, $exc:expr) => {{
                    let exc: Exception = $exc;
                    let top = trace::bif_frame(p, $def, $args, &exc);
                    break 'dispatch Raised {
                        exc,
                        top,
                        include_ip: true,
                    };
                }};
            }
            /// Enters export `exp` with `arity` arguments in X registers.
            macro_rules! enter_export {
            ($exp:expr, $arity:expr, $tail:expr) => {{
                let exp: &'static Export = $exp;
                let arity: usize = $arity;
                let tail: Tail = $tail;
                if let Some(def) = exp.bif {
                    // The arguments, copied (the BIF's error frame shows them as they were);
                    // on the native stack for the usual small arities.
                    let n = arity.min(X_REGS);
                    let mut small_args = [Term::NIL; 8];
                    let big_args: Vec<Term>;
                    let args: &[Term] = if n <= small_args.len() {
                        small_args[..n].copy_from_slice(&xs[..n]);
                        &small_args[..n]
                    } else {
                        big_args = xs[..n].to_vec();
                        &big_args
                    };
                    reds -= 1;
                    // Where the process is, for BIFs that look at themselves
                    // (`process_info(self(), current_function)`).
                    p.ip = ip;
                    p.e = e;
                    match (def.f)(p, args) {
                        Ok(v) => {
                            x!(0) = v;
                            if let Some(pc) = p.pending_call.take() {
                                // The BIF wants a call made in its place.
                                match tail {
                                    // SAFETY: ip + n is the instruction after the call.
                                    Tail::Call(n) => push_cp!(unsafe { ip.add(n) }),
                                    Tail::Only => {}
                                    Tail::Last(n) => {
                                        // SAFETY: dropping the caller's frame words, which exist.
                                        e = unsafe { e.add(n) };
                                        e_up!();
                                    }
                                }
                                p.pending_call = Some(pc);
                                ip = pending_code();
                            } else {
                                match tail {
                                    Tail::Call(n) => next!(n),
                                    Tail::Only => pop_return!(),
                                    Tail::Last(n) => {
                                        // SAFETY: dropping the caller's frame words, which exist.
                                        e = unsafe { e.add(n) };
                                        pop_return!();
                                    }
                                }
                            }
                        }
                        Err(exc) => {
                            p.pending_call = None;
                            raise_bif!(def, &args, exc)
                        }
                    }
                } else {
                    do_enter!(exp, arity, tail);
                }
            }};
        }
            /// Enters the Erlang code of `exp` (loading its module on demand).
            macro_rules! do_enter {
                ($exp:expr, $arity:expr, $tail:expr) => {{
                    let exp: &'static Export = $exp;
                    let arity: usize = $arity;
                    let tail: Tail = $tail;
                    let mut target = exp.code();
                    if target.is_null()
                        && !code::is_loaded(exp.module)
                        && code::load_on_demand(exp.module)
                    {
                        target = exp.code();
                    }
                    if target.is_null() {
                        if let Some(def) = exp.bif {
                            // Loading may have revealed nothing new; a BIF target is handled above.
                            let _ = def;
                        }
                        let args = trace::args_list(p, &xs[..arity.min(X_REGS)]);
                        let top = p.heap.tuple(&[
                            Term::atom(exp.module),
                            Term::atom(exp.function),
                            args,
                            Term::NIL,
                        ]);
                        // The callee is where the error happens: the caller's frame appears only if
                        // it will be returned to.
                        let include_ip = false;
                        if let Tail::Call(n) = tail {
                            // SAFETY: ip + n is the instruction after the call.
                            push_cp!(unsafe { ip.add(n) });
                        } else if let Tail::Last(n) = tail {
                            // SAFETY: dropping the caller's frame.
                            e = unsafe { e.add(n) };
                            e_up!();
                        }
                        break 'dispatch Raised {
                            exc: Exception::undef(),
                            top: Some(top),
                            include_ip,
                        };
                    }
                    match tail {
                        // SAFETY: ip + n is the instruction after the call.
                        Tail::Call(n) => push_cp!(unsafe { ip.add(n) }),
                        Tail::Only => {}
                        Tail::Last(n) => {
                            // SAFETY: dropping the caller's frame words, which exist.
                            e = unsafe { e.add(n) };
                            e_up!();
                        }
                    }
                    ip = target;
                    reds -= 1;
                    if p.heap.must_collect(p.gc_stress) {
                        gc!(0, arity);
                    }
                    if reds <= 0 {
                        save!();
                        p.xsave.extend_from_slice(&xs[..arity.min(X_REGS)]);
                        return Stop::Yield;
                    }
                }};
            }
            /// OTP's call_fun pushes its return address before it finds that the term is no
            /// fun or has another arity, so the calling function shows twice in the trace;
            /// not when the call is last (call_fun, deallocate, return), which OTP's loader
            /// makes a tail call.
            macro_rules! fun_call_cp {
                ($tail:expr) => {{
                    if let Tail::Call(n) = $tail {
                        // SAFETY: a call is followed by at least one instruction (a function
                        // never ends in a call), and a Deallocate by another.
                        let last = unsafe {
                            matches!(*ip.add(n), Instr::DeallocateReturn { .. })
                                || (matches!(*ip.add(n), Instr::Deallocate { .. })
                                    && matches!(*ip.add(n + 1), Instr::Return))
                        };
                        if !last {
                            // SAFETY: ip + n is the instruction after the call.
                            push_cp!(unsafe { ip.add(n) });
                        }
                    }
                }};
            }
            /// Calls the fun `f` with `arity` arguments in X registers.
            macro_rules! do_call_fun {
                ($f:expr, $arity:expr, $tail:expr) => {{
                    let f: Term = $f;
                    let arity: usize = $arity;
                    let tail: Tail = $tail;
                    match f.boxed_kind() {
                        Some(Kind::Fun) => {
                            let entry = code::closure_entry(f);
                            if entry.callable_arity() as usize != arity {
                                let args = trace::args_list(p, &xs[..arity.min(X_REGS)]);
                                let inner = p.heap.tuple(&[f, args]);
                                let r = tuple2!(atom::BADARITY, inner);
                                fun_call_cp!(tail);
                                raise_code!(r);
                            }
                            let env = code::closure_env(f);
                            for (i, &v) in env.iter().enumerate() {
                                x!(arity + i) = v;
                            }
                            let target = entry.code();
                            if target.is_null() {
                                let r = tuple2!(atom::BADFUN, f);
                                raise_code!(r);
                            }
                            match tail {
                                // SAFETY: ip + n is the instruction after the call.
                                Tail::Call(n) => push_cp!(unsafe { ip.add(n) }),
                                Tail::Only => {}
                                Tail::Last(n) => {
                                    // SAFETY: dropping the caller's frame.
                                    e = unsafe { e.add(n) };
                                    e_up!();
                                }
                            }
                            ip = target;
                            reds -= 1;
                            let live = arity + env.len();
                            if p.heap.must_collect(p.gc_stress) {
                                gc!(0, live);
                            }
                            if reds <= 0 {
                                save!();
                                p.xsave.extend_from_slice(&xs[..live.min(X_REGS)]);
                                return Stop::Yield;
                            }
                        }
                        Some(Kind::Export) => {
                            let exp = code::export_entry(f);
                            if exp.arity as usize != arity {
                                let args = trace::args_list(p, &xs[..arity.min(X_REGS)]);
                                let inner = p.heap.tuple(&[f, args]);
                                let r = tuple2!(atom::BADARITY, inner);
                                fun_call_cp!(tail);
                                raise_code!(r);
                            }
                            enter_export!(exp, arity, tail);
                        }
                        _ => {
                            fun_call_cp!(tail);
                            let r = tuple2!(atom::BADFUN, f);
                            raise_code!(r);
                        }
                    }
                }};
            }

            // The common instructions first, in the fast loop; it returns at an instruction
            // (or a case of one) that needs the full machinery below.
            let mut hot = fast::Hot {
                ip,
                e,
                e_hi,
                reds,
                stack_start,
                stack_end,
            };
            fast::run_fast(&mut hot, xs, frs, p);
            ip = hot.ip;
            e = hot.e;
            e_hi = hot.e_hi;
            reds = hot.reds;

            // SAFETY: `ip` always points at a valid instruction (module docs).
            let instr = unsafe { *ip };
            match instr {
                Instr::MoveXX { src, dst } => {
                    x!(dst as usize) = x!(src as usize);
                    next!();
                }
                Instr::MoveXX2 { s1, d1, s2, d2 } => {
                    x!(d1 as usize) = x!(s1 as usize);
                    x!(d2 as usize) = x!(s2 as usize);
                    next!();
                }
                Instr::MoveXY { src, dst } => {
                    yset!(dst as usize, x!(src as usize));
                    next!();
                }
                Instr::MoveYX { src, dst } => {
                    x!(dst as usize) = yget!(src as usize);
                    next!();
                }
                Instr::MoveYY { src, dst } => {
                    let v = yget!(src as usize);
                    yset!(dst as usize, v);
                    next!();
                }
                Instr::MoveCX { c, dst } => {
                    x!(dst as usize) = c;
                    next!();
                }
                Instr::MoveCY { c, dst } => {
                    yset!(dst as usize, c);
                    next!();
                }
                Instr::Move2 { s1, d1, s2, d2 } => {
                    put!(d1, reg!(s1));
                    put!(d2, reg!(s2));
                    next!();
                }
                Instr::Swap { a, b } => {
                    let va = reg!(a);
                    let vb = reg!(b);
                    put!(a, vb);
                    put!(b, va);
                    next!();
                }
                Instr::InitY { y } => {
                    yset!(y as usize, Term::NIL);
                    next!();
                }

                // ---- frames ----
                Instr::Allocate { stack, live } => {
                    if p.heap.must_collect(p.gc_stress) {
                        gc!(0, live);
                    }
                    let n = stack as usize;
                    stack_need!(n);
                    // SAFETY: n free words below e.
                    unsafe {
                        e = e.sub(n);
                        for i in 0..n {
                            *e.add(i) = Term::NIL.raw();
                        }
                    }
                    next!();
                }
                Instr::AllocateHeap { stack, live, heap } => {
                    if p.heap.must_collect(p.gc_stress) || p.heap.free_words() < heap as usize {
                        gc!(heap, live);
                    }
                    let n = stack as usize;
                    stack_need!(n);
                    // SAFETY: n free words below e.
                    unsafe {
                        e = e.sub(n);
                        for i in 0..n {
                            *e.add(i) = Term::NIL.raw();
                        }
                    }
                    next!();
                }
                Instr::TestHeap { heap, live } => {
                    if p.heap.must_collect(p.gc_stress) || p.heap.free_words() < heap as usize {
                        gc!(heap, live);
                    }
                    next!();
                }
                Instr::Deallocate { n } => {
                    // SAFETY: the frame being dropped is on the stack.
                    e = unsafe { e.add(n as usize) };
                    e_up!();
                    next!();
                }
                Instr::Trim { n } => {
                    // SAFETY: trimming words of the current frame.
                    e = unsafe { e.add(n as usize) };
                    e_up!();
                    next!();
                }
                Instr::Return => {
                    pop_return!();
                }
                Instr::MoveReturn { s } => {
                    x!(0) = reg!(s);
                    pop_return!();
                }
                Instr::MoveCReturn { c } => {
                    x!(0) = c;
                    pop_return!();
                }
                Instr::DeallocateReturn { n } => {
                    // SAFETY: the frame being dropped is on the stack.
                    e = unsafe { e.add(n as usize) };
                    pop_return!();
                }

                // ---- calls ----
                Instr::Call { off, arity } => {
                    // SAFETY: the instruction after the call.
                    push_cp!(unsafe { ip.add(1) });
                    enter_local!(off, arity);
                }
                Instr::CallLast {
                    off,
                    arity,
                    dealloc,
                } => {
                    // SAFETY: dropping the current frame.
                    e = unsafe { e.add(dealloc as usize) };
                    e_up!();
                    enter_local!(off, arity);
                }
                Instr::CallOnly { off, arity } => {
                    enter_local!(off, arity);
                }
                Instr::MoveCall { off, arity, s, d } => {
                    put!(d, reg!(s));
                    // SAFETY: the instruction after the call.
                    push_cp!(unsafe { ip.add(1) });
                    enter_local!(off, arity);
                }
                Instr::MoveCallLast {
                    off,
                    arity,
                    dealloc,
                    s,
                    d,
                } => {
                    put!(d, reg!(s));
                    // SAFETY: dropping the current frame.
                    e = unsafe { e.add(dealloc as usize) };
                    e_up!();
                    enter_local!(off, arity);
                }
                Instr::MoveCallOnly { off, arity, s, d } => {
                    put!(d, reg!(s));
                    enter_local!(off, arity);
                }
                Instr::CallExt { exp } => {
                    do_enter!(exp, exp.arity as usize, Tail::Call(1));
                }
                Instr::CallExtOnly { exp } => {
                    do_enter!(exp, exp.arity as usize, Tail::Only);
                }
                Instr::CallExtLast { exp, dealloc } => {
                    do_enter!(exp, exp.arity as usize, Tail::Last(dealloc as usize));
                }
                Instr::CallBif { exp, dealloc, ret } => {
                    let tail = match ret {
                        0 => Tail::Call(1),
                        1 => Tail::Only,
                        _ => Tail::Last(dealloc as usize),
                    };
                    enter_export!(exp, exp.arity as usize, tail);
                }
                Instr::CallPending => match p.pending_call.take() {
                    Some(PendingCall { target, args }) => {
                        let n = args.len().min(X_REGS);
                        xs[..n].copy_from_slice(&args[..n]);
                        match target {
                            CallTarget::Export(exp) => {
                                enter_export!(exp, n, Tail::Only);
                            }
                            CallTarget::Code(target) => {
                                ip = target;
                                reds -= 1;
                                if p.heap.must_collect(p.gc_stress) {
                                    gc!(0, n);
                                }
                                if reds <= 0 {
                                    save!();
                                    p.xsave.extend_from_slice(&xs[..n]);
                                    return Stop::Yield;
                                }
                            }
                            CallTarget::Fun(f) => {
                                do_call_fun!(f, n, Tail::Only);
                            }
                            CallTarget::Yield => {
                                // x0 holds the BIF's result; return it after the yield.
                                pop_return!();
                                save!();
                                p.reds_left = 0;
                                p.xsave.push(x!(0));
                                return Stop::Yield;
                            }
                            CallTarget::Exit => {
                                save!();
                                return Stop::Exit;
                            }
                            CallTarget::Hibernate(exp) => {
                                // Drop the whole stack but the bottom (exit) frame, collect
                                // down to the live data, then wait for a message before the
                                // call (at once if one is there already).
                                p.stack = crate::heap::Stack::new(8);
                                e = p.stack.end_ptr();
                                // SAFETY: a new stack has room for the bottom continuation
                                // pointer.
                                unsafe {
                                    e = e.sub(1);
                                    *e = exit_code() as u64;
                                }
                                stack_start = p.stack.start_ptr();
                                stack_end = p.stack.end_ptr() as usize;
                                e_hi = e;
                                p.e = e;
                                p.collect_hibernate(&mut xs[..n]);
                                p.pending_call = Some(PendingCall {
                                    target: CallTarget::Export(exp),
                                    args: xs[..n].to_vec(),
                                });
                                ip = pending_code();
                                save!();
                                if crate::sched::signal::handle_incoming(p) {
                                    return Stop::Exit;
                                }
                                if p.mailbox.is_empty() {
                                    p.recv_pos = 0;
                                    p.hibernated = true;
                                    return Stop::Wait;
                                }
                            }
                        }
                    }
                    None => {
                        pop_return!();
                    }
                },
                Instr::Apply {
                    arity,
                    dealloc,
                    last,
                } => {
                    let tail = if !last {
                        Tail::Call(1)
                    } else if dealloc > 0 {
                        Tail::Last(dealloc as usize)
                    } else {
                        Tail::Only
                    };
                    if arity == 0xFFFF || arity == 0xFFFE {
                        // erlang:apply/3 (x0=M, x1=F, x2=Args) or apply/2 (x0=Fun, x1=Args)
                        let (argl, is3) = if arity == 0xFFFF {
                            (x!(2), true)
                        } else {
                            (x!(1), false)
                        };
                        let mut args = Vec::new();
                        let mut l = argl;
                        while let Some((h, t)) = l.as_cons() {
                            args.push(h);
                            l = t;
                        }
                        let head = if is3 {
                            [x!(0), x!(1)]
                        } else {
                            [x!(0), Term::NIL]
                        };
                        if !l.is_nil() || args.len() > 255 {
                            let def =
                                bif::lookup(atom::ERLANG, atom::APPLY, if is3 { 3 } else { 2 });
                            let a: Vec<Term> = if is3 {
                                vec![x!(0), x!(1), x!(2)]
                            } else {
                                vec![x!(0), x!(1)]
                            };
                            match def {
                                Some(d) => raise_bif!(d, &a, Exception::badarg()),
                                None => raise!(Exception::badarg()),
                            }
                        }
                        for (i, &a) in args.iter().enumerate() {
                            x!(i) = a;
                        }
                        if is3 {
                            let (md, fu) = (head[0], head[1]);
                            let (Some(ma), Some(fa)) = (md.as_atom(), fu.as_atom()) else {
                                let a = p.heap.list(&args);
                                let d = bif::lookup(atom::ERLANG, atom::APPLY, 3);
                                let av = [md, fu, a];
                                match d {
                                    Some(d) => raise_bif!(d, &av, Exception::badarg()),
                                    None => raise!(Exception::badarg()),
                                }
                            };
                            let exp = code::export(ma, fa, args.len() as u32);
                            enter_export!(exp, args.len(), tail);
                        } else {
                            do_call_fun!(head[0], args.len(), tail);
                        }
                    } else {
                        let a = arity as usize;
                        let (md, fu) = (x!(a), x!(a + 1));
                        let (Some(ma), Some(fa)) = (md.as_atom(), fu.as_atom()) else {
                            let args = trace::args_list(p, &xs[..a]);
                            let av = [md, fu, args];
                            match bif::lookup(atom::ERLANG, atom::APPLY, 3) {
                                Some(d) => raise_bif!(d, &av, Exception::badarg()),
                                None => raise!(Exception::badarg()),
                            }
                        };
                        let exp = code::export(ma, fa, a as u32);
                        enter_export!(exp, a, tail);
                    }
                }
                Instr::CallFun { arity } => {
                    let f = x!(arity as usize);
                    do_call_fun!(f, arity as usize, Tail::Call(1));
                }
                Instr::CallFun2 { arity, fun } => {
                    let f = src!(fun);
                    do_call_fun!(f, arity as usize, Tail::Call(1));
                }
                Instr::MakeFun { entry, dst, nfree } => {
                    let mut env = Vec::with_capacity(nfree as usize);
                    for i in 0..nfree as usize {
                        env.push(list_src!(i));
                    }
                    let f = code::make_closure(&mut p.heap, entry, &env);
                    put!(dst, f);
                    next!(1 + (nfree as usize).div_ceil(3));
                }
                Instr::FuncInfo {
                    module,
                    function,
                    arity,
                } => {
                    let args = trace::args_list(p, &xs[..(arity as usize).min(X_REGS)]);
                    let loc = trace::location_term(p, ip);
                    let top = p.heap.tuple(&[
                        Term::atom(atom::Atom::from_index(module)),
                        Term::atom(atom::Atom::from_index(function)),
                        args,
                        loc,
                    ]);
                    break 'dispatch Raised {
                        exc: Exception::code_error(Term::atom(atom::FUNCTION_CLAUSE)),
                        top: Some(top),
                        include_ip: false,
                    };
                }

                // ---- type tests ----
                Instr::IsInteger { fail, src } => {
                    if src!(src).is_integer() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsFloat { fail, src } => {
                    if src!(src).is_float() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsNumber { fail, src } => {
                    if src!(src).is_number() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsAtom { fail, src } => {
                    if src!(src).is_atom() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsPid { fail, src } => {
                    if src!(src).is_pid() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsRef { fail, src } => {
                    if src!(src).is_ref() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsPort { fail, src } => {
                    if src!(src).is_port() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsNil { fail, src } => {
                    if src!(src).is_nil() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsBinary { fail, src } => {
                    if binary::is_binary(src!(src)) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsBitstr { fail, src } => {
                    if binary::is_bitstring(src!(src)) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsList { fail, src } => {
                    let v = src!(src);
                    if v.is_list() || v.is_nil() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsNonemptyList { fail, src } => {
                    if src!(src).is_list() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsTuple { fail, src } => {
                    if src!(src).is_tuple() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsBoolean { fail, src } => {
                    if src!(src).is_boolean() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsMap { fail, src } => {
                    if src!(src).is_map() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsFunction { fail, src } => {
                    if src!(src).is_fun() {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsFunction2 { fail, src, arity } => {
                    let f = src!(src);
                    let a = src!(arity);
                    let Some(n) = a.as_small().filter(|&n| n >= 0) else {
                        raise!(Exception::badarg());
                    };
                    let ok = match f.boxed_kind() {
                        Some(Kind::Fun) => i64::from(code::closure_entry(f).callable_arity()) == n,
                        Some(Kind::Export) => i64::from(code::export_entry(f).arity) == n,
                        _ => false,
                    };
                    if ok {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::TestArity { fail, src, arity } => {
                    let t = src!(src);
                    if t.is_tuple() && t.header().arity() == arity as usize {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsTaggedTuple {
                    fail,
                    src,
                    arity,
                    tag,
                } => {
                    let t = src!(src);
                    if t.is_tuple()
                        && t.header().arity() == arity as usize
                        && arity > 0
                        && t.tuple_elem(0) == Term::atom(atom::Atom::from_index(tag))
                    {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsEqExactXC { fail, x, c } => {
                    if x!(x as usize) == c {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsNeExactXC { fail, x, c } => {
                    if x!(x as usize) != c {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsEqExact { fail, a, b } => {
                    if exact_eq(src!(a), src!(b)) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsNeExact { fail, a, b } => {
                    if !exact_eq(src!(a), src!(b)) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsEq { fail, a, b } => {
                    if eq(src!(a), src!(b)) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsNe { fail, a, b } => {
                    if !eq(src!(a), src!(b)) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsLt { fail, a, b } => {
                    if less_than(src!(a), src!(b)) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsGe { fail, a, b } => {
                    if !less_than(src!(a), src!(b)) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsLtXX { fail, a, b } => {
                    let (va, vb) = (x!(a as usize), x!(b as usize));
                    if less_than(va, vb) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsGeXX { fail, a, b } => {
                    let (va, vb) = (x!(a as usize), x!(b as usize));
                    if !less_than(va, vb) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsLtXC { fail, x, c } => {
                    if less_than(x!(x as usize), c) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::IsGeXC { fail, x, c } => {
                    if !less_than(x!(x as usize), c) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::SelectVal { src, fail, n } => {
                    let v = src!(src);
                    match select(ip, v, n as usize) {
                        Some(off) => jump!(off),
                        None => jump!(fail),
                    }
                }
                Instr::SelectTupleArity { src, fail, n } => {
                    let t = src!(src);
                    if t.is_tuple() {
                        let a = Term::small(t.header().arity() as i64);
                        match select(ip, a, n as usize) {
                            Some(off) => jump!(off),
                            None => jump!(fail),
                        }
                    } else {
                        jump!(fail);
                    }
                }
                Instr::Jump { off } => {
                    jump!(off);
                }

                // ---- data structures ----
                Instr::IsNonemptyListGetList { fail, src, hd, tl } => {
                    let l = reg!(src);
                    if l.is_list() {
                        let (h, t) = (l.head(), l.tail());
                        put!(hd, h);
                        put!(tl, t);
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::GetList { src, hd, tl } => {
                    let l = src!(src);
                    let (h, t) = (l.head(), l.tail());
                    put!(hd, h);
                    put!(tl, t);
                    next!();
                }
                Instr::GetHd { src, dst } => {
                    let l = src!(src);
                    put!(dst, l.head());
                    next!();
                }
                Instr::GetTl { src, dst } => {
                    let l = src!(src);
                    put!(dst, l.tail());
                    next!();
                }
                Instr::GetTupleElement { src, idx, dst } => {
                    let t = src!(src);
                    let v = if t.is_tuple() && (idx as usize) < t.header().arity() {
                        t.tuple_elem(idx as usize)
                    } else {
                        Term::NIL
                    };
                    put!(dst, v);
                    next!();
                }
                Instr::GetTupleElement2 { src, idx, d1, d2 } => {
                    let t = src!(src);
                    let i = idx as usize;
                    let (v1, v2) = if t.is_tuple() && i + 1 < t.header().arity() {
                        (t.tuple_elem(i), t.tuple_elem(i + 1))
                    } else {
                        let at = |k: usize| {
                            if t.is_tuple() && k < t.header().arity() {
                                t.tuple_elem(k)
                            } else {
                                Term::NIL
                            }
                        };
                        (at(i), at(i + 1))
                    };
                    put!(d1, v1);
                    put!(d2, v2);
                    next!();
                }
                Instr::SetTupleElement { val, tuple, idx } => {
                    let t = src!(tuple);
                    let v = src!(val);
                    if t.is_tuple() && (idx as usize) < t.header().arity() && !t.is_literal_ptr() {
                        set_tuple_element(t, idx as usize, v);
                    }
                    next!();
                }
                Instr::PutList { hd, tl, dst } => {
                    let (h, t) = (src!(hd), src!(tl));
                    let c = p.heap.cons(h, t);
                    put!(dst, c);
                    next!();
                }
                Instr::TestHeapPutList {
                    heap,
                    live,
                    hd,
                    tl,
                    dst,
                } => {
                    if p.heap.must_collect(p.gc_stress) || p.heap.free_words() < heap as usize {
                        gc!(heap, live);
                    }
                    // Read after the collection, which moves what the registers refer to.
                    let (h, t) = (src!(hd), src!(tl));
                    let c = p.heap.cons(h, t);
                    put!(dst, c);
                    next!();
                }
                Instr::PutTuple2 { dst, n } => {
                    let n = n as usize;
                    let t = p.heap.tuple_filled(n, Term::NIL);
                    for i in 0..n {
                        set_tuple_element(t, i, list_src!(i));
                    }
                    put!(dst, t);
                    next!(1 + n.div_ceil(3));
                }

                // ---- errors ----
                Instr::Badmatch { src } => {
                    let v = src!(src);
                    let r = tuple2!(atom::BADMATCH, v);
                    raise_code!(r);
                }
                Instr::CaseEnd { src } => {
                    let v = src!(src);
                    let r = tuple2!(atom::CASE_CLAUSE, v);
                    raise_code!(r);
                }
                Instr::IfEnd => {
                    raise_code!(Term::atom(atom::IF_CLAUSE));
                }
                Instr::TryCaseEnd { src } => {
                    let v = src!(src);
                    let r = tuple2!(atom::TRY_CLAUSE, v);
                    raise_code!(r);
                }
                Instr::Badrecord { src } => {
                    let v = src!(src);
                    let r = tuple2!(atom::BADRECORD, v);
                    raise_code!(r);
                }

                // ---- exceptions ----
                Instr::Catch { y, off } => {
                    // SAFETY: `off` leads to the handler label inside this code.
                    let handler = unsafe { ip.offset(off as isize) };
                    yset!(y as usize, trace::catch_tag(handler));
                    next!();
                }
                Instr::CatchEnd { y } => {
                    yset!(y as usize, Term::NIL);
                    if x!(0) == Term::NON_VALUE {
                        // Came here from an exception: x1 = class, x2 = reason, x3 = trace.
                        let class = Class::from_atom(x!(1)).unwrap_or(Class::Error);
                        let reason = x!(2);
                        x!(0) = match class {
                            Class::Throw => reason,
                            Class::Exit => tuple2!(atom::EXIT_UPPER, reason),
                            Class::Error => {
                                let st = trace::build_stacktrace(p, x!(3));
                                let inner = p.heap.tuple(&[reason, st]);
                                tuple2!(atom::EXIT_UPPER, inner)
                            }
                        };
                    }
                    next!();
                }
                Instr::TryEnd { y } => {
                    yset!(y as usize, Term::NIL);
                    next!();
                }
                Instr::TryCase { y } => {
                    yset!(y as usize, Term::NIL);
                    x!(0) = x!(1);
                    x!(1) = x!(2);
                    x!(2) = x!(3);
                    next!();
                }
                Instr::Raise { trace: tr, value } => {
                    let raw = src!(tr);
                    let reason = src!(value);
                    let class = trace::raw_class(raw).unwrap_or(Class::Error);
                    let exc = Exception {
                        class,
                        reason,
                        frame: Frame::Given(raw),
                    };
                    break 'dispatch Raised {
                        exc,
                        top: None,
                        include_ip: false,
                    };
                }
                Instr::BuildStacktrace => {
                    let raw = x!(0);
                    x!(0) = trace::build_stacktrace(p, raw);
                    next!();
                }
                Instr::RawRaise => {
                    let class = Class::from_atom(x!(0));
                    match class {
                        Some(class) => {
                            let exc = Exception {
                                class,
                                reason: x!(1),
                                frame: Frame::Given(x!(2)),
                            };
                            break 'dispatch Raised {
                                exc,
                                top: None,
                                include_ip: false,
                            };
                        }
                        None => {
                            x!(0) = Term::atom(atom::BADARG);
                            next!();
                        }
                    }
                }

                // ---- BIFs ----
                Instr::SelfPid { dst } => {
                    put!(dst, p.pid);
                    next!();
                }
                Instr::Bif1 { bif, dst, fail, a } => {
                    let def = bif::by_index(u16::from(bif));
                    let args = [src!(a)];
                    match (def.f)(p, &args) {
                        Ok(v) => {
                            put!(dst, v);
                            next!();
                        }
                        Err(exc) => {
                            if fail != 0 {
                                jump!(fail);
                            } else {
                                raise_bif!(def, &args, exc)
                            }
                        }
                    }
                }
                Instr::Bif2 {
                    bif,
                    dst,
                    fail,
                    a,
                    b,
                } => {
                    let def = bif::by_index(u16::from(bif));
                    let args = [src!(a), src!(b)];
                    match (def.f)(p, &args) {
                        Ok(v) => {
                            put!(dst, v);
                            next!();
                        }
                        Err(exc) => {
                            if fail != 0 {
                                jump!(fail);
                            } else {
                                raise_bif!(def, &args, exc)
                            }
                        }
                    }
                }
                Instr::Bif { bif, dst, fail, n } => {
                    let def = bif::by_index(bif);
                    let mut args = [Term::NIL; 3];
                    let n = (n as usize).min(3);
                    for (i, a) in args.iter_mut().enumerate().take(n) {
                        *a = list_src!(i);
                    }
                    match (def.f)(p, &args[..n]) {
                        Ok(v) => {
                            put!(dst, v);
                            next!(1 + n.div_ceil(3));
                        }
                        Err(exc) => {
                            if fail != 0 {
                                jump!(fail);
                            } else {
                                raise_bif!(def, &args[..n], exc)
                            }
                        }
                    }
                }
                Instr::AddRI { a, dst, fail, imm } => {
                    let a = reg!(a);
                    if a.is_small() {
                        // |a| < 2^59 and |imm| < 2^31: no i64 overflow.
                        let r = a.small_value() + i64::from(imm);
                        if let Some(t) = Term::try_small(r) {
                            put!(dst, t);
                            next!();
                            continue 'dispatch;
                        }
                    }
                    let b = Term::small(i64::from(imm));
                    match arith::add(&mut p.heap, a, b) {
                        Ok(v) => {
                            put!(dst, v);
                            next!();
                        }
                        Err(exc) => {
                            if fail != 0 {
                                jump!(fail);
                            } else {
                                raise!(exc)
                            }
                        }
                    }
                }
                Instr::AddLit {
                    sub,
                    dst,
                    a,
                    lit,
                    fail,
                } => {
                    let (va, vl) = (src!(a), src!(lit));
                    let op = if sub { ArithOp::Sub } else { ArithOp::Add };
                    if va.is_small() && vl.is_small() {
                        let r = small_arith(op, va.small_value(), vl.small_value());
                        if let Some(t) = r.and_then(Term::try_small) {
                            put!(dst, t);
                            next!();
                            continue 'dispatch;
                        }
                    }
                    match arith::binop(&mut p.heap, op, va, vl) {
                        Ok(v) => {
                            put!(dst, v);
                            next!();
                        }
                        Err(exc) => {
                            if fail != 0 {
                                jump!(fail);
                            } else {
                                raise!(exc)
                            }
                        }
                    }
                }
                Instr::UnaryPlus { dst, a, fail } => {
                    let v = src!(a);
                    let r = if v.is_small() {
                        Ok(v)
                    } else {
                        arith::binop(&mut p.heap, ArithOp::Add, Term::small(0), v)
                    };
                    match r {
                        Ok(v) => {
                            put!(dst, v);
                            next!();
                        }
                        Err(exc) => {
                            if fail != 0 {
                                jump!(fail);
                            } else {
                                raise!(exc)
                            }
                        }
                    }
                }
                Instr::Arith {
                    op,
                    dst,
                    fail,
                    a,
                    b,
                } => {
                    let (va, vb) = (src!(a), src!(b));
                    if va.is_small() && vb.is_small() {
                        let r = small_arith(op, va.small_value(), vb.small_value());
                        if let Some(t) = r.and_then(Term::try_small) {
                            put!(dst, t);
                            next!();
                            continue 'dispatch;
                        }
                    }
                    match arith::binop(&mut p.heap, op, va, vb) {
                        Ok(v) => {
                            put!(dst, v);
                            next!();
                        }
                        Err(exc) => {
                            if fail != 0 {
                                jump!(fail);
                            } else {
                                raise_bif!(arith::op_def(arith::op_name(op)), &[va, vb], exc)
                            }
                        }
                    }
                }
                Instr::Element {
                    dst,
                    fail,
                    idx,
                    tuple,
                } => {
                    let (i, t) = (src!(idx), src!(tuple));
                    if t.is_tuple() && i.is_small() {
                        let k = i.small_value();
                        if k >= 1 && (k as usize) <= t.header().arity() {
                            put!(dst, t.tuple_elem(k as usize - 1));
                            next!();
                            continue 'dispatch;
                        }
                    }
                    if fail != 0 {
                        jump!(fail);
                    } else {
                        let def = bif::lookup(
                            atom::ERLANG,
                            atom::Atom::intern("element").unwrap_or(atom::ERLANG),
                            2,
                        );
                        match def {
                            Some(d) => raise_bif!(d, &[i, t], Exception::badarg()),
                            None => raise!(Exception::badarg()),
                        }
                    }
                }
                Instr::Length { dst, fail, src } => {
                    let l = src!(src);
                    let mut n: i64 = 0;
                    let mut c = l;
                    while c.is_list() {
                        n += 1;
                        c = c.tail();
                    }
                    if c.is_nil() {
                        put!(dst, Term::small(n));
                        next!();
                    } else if fail != 0 {
                        jump!(fail);
                    } else {
                        match bif::lookup(
                            atom::ERLANG,
                            atom::Atom::intern("length").unwrap_or(atom::ERLANG),
                            1,
                        ) {
                            Some(d) => raise_bif!(d, &[l], Exception::badarg()),
                            None => raise!(Exception::badarg()),
                        }
                    }
                }

                // ---- floats ----
                Instr::FLoad { src, fr } => {
                    let v = src!(src);
                    frs[fr as usize & (X_REGS - 1)] = v.as_float().unwrap_or(0.0);
                    next!();
                }
                Instr::FStore { fr, dst } => {
                    let f = p.heap.float(frs[fr as usize & (X_REGS - 1)]);
                    put!(dst, f);
                    next!();
                }
                Instr::FConv { src, fr } => {
                    let v = src!(src);
                    match arith::to_f64(v) {
                        Some(f) if f.is_finite() => {
                            frs[fr as usize & (X_REGS - 1)] = f;
                            next!();
                        }
                        _ => raise_code!(Term::atom(atom::BADARITH)),
                    }
                }
                Instr::FMoveFr { src, dst } => {
                    frs[dst as usize & (X_REGS - 1)] = frs[src as usize & (X_REGS - 1)];
                    next!();
                }
                Instr::FArith { op, a, b, dst } => {
                    let (x, y) = (
                        frs[a as usize & (X_REGS - 1)],
                        frs[b as usize & (X_REGS - 1)],
                    );
                    let r = match op {
                        ArithOp::Add => x + y,
                        ArithOp::Sub => x - y,
                        ArithOp::Mul => x * y,
                        _ => x / y,
                    };
                    if !r.is_finite() {
                        // Float instructions fail without a BIF frame, as in OTP.
                        raise_code!(Term::atom(atom::BADARITH));
                    }
                    frs[dst as usize & (X_REGS - 1)] = r;
                    next!();
                }
                Instr::FNeg { a, dst } => {
                    // OTP's fnegate subtracts from 0.0, so both zeros give 0.0.
                    frs[dst as usize & (X_REGS - 1)] = 0.0 - frs[a as usize & (X_REGS - 1)];
                    next!();
                }

                // ---- binary matching ----
                Instr::BsStartMatch {
                    fail,
                    src,
                    dst,
                    mode,
                } => {
                    let v = src!(src);
                    match bits::start_match(&mut p.heap, v) {
                        Some(ctx) => {
                            put!(dst, ctx);
                            next!();
                        }
                        None => match mode {
                            MatchFail::Label => jump!(fail),
                            MatchFail::NoFail | MatchFail::Resume => {
                                put!(dst, v);
                                next!();
                            }
                        },
                    }
                }
                Instr::BsGetPosition { ctx, dst } => {
                    let c = src!(ctx);
                    put!(dst, Term::small(bits::position(c) as i64));
                    next!();
                }
                Instr::BsSetPosition { ctx, pos } => {
                    let c = src!(ctx);
                    let ps = src!(pos);
                    bits::set_position(c, ps.as_small().unwrap_or(0) as usize);
                    next!();
                }
                Instr::BsGetTail { ctx, dst } => {
                    let c = src!(ctx);
                    let t = bits::tail(&mut p.heap, c);
                    put!(dst, t);
                    next!();
                }
                Instr::BsTestTail { fail, ctx, bits: b } => {
                    let c = src!(ctx);
                    if bits::remaining(c) == b as usize {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::BsTestUnit { fail, ctx, unit } => {
                    let c = src!(ctx);
                    if unit == 0 || bits::remaining(c).is_multiple_of(unit as usize) {
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::BsGet { fail, ctx, dst } => {
                    let c = src!(ctx);
                    let Instr::Seg {
                        kind,
                        unit,
                        flags,
                        size,
                        ..
                    } = seg_at(ip, 0)
                    else {
                        jump!(fail);
                        continue 'dispatch;
                    };
                    let sz = opt_src!(size);
                    match bits::get(&mut p.heap, c, kind, unit, flags, sz) {
                        Ok(Some(v)) => {
                            put!(dst, v);
                            next!(2);
                        }
                        Ok(None) => jump!(fail),
                        Err(exc) => raise!(exc),
                    }
                }
                Instr::BsSkip { fail, ctx } => {
                    let c = src!(ctx);
                    let Instr::Seg {
                        kind,
                        unit,
                        flags,
                        size,
                        ..
                    } = seg_at(ip, 0)
                    else {
                        jump!(fail);
                        continue 'dispatch;
                    };
                    let sz = opt_src!(size);
                    match bits::skip(c, kind, unit, flags, sz) {
                        Ok(true) => next!(2),
                        Ok(false) => jump!(fail),
                        Err(exc) => raise!(exc),
                    }
                }
                Instr::BsMatchString {
                    fail,
                    ctx,
                    bits: nbits,
                } => {
                    let c = src!(ctx);
                    let nbytes = (nbits as usize).div_ceil(8);
                    let bytes = data_bytes(ip, 0, nbytes);
                    if bits::match_string(c, &bytes, nbits as usize) {
                        next!(1 + nbytes.div_ceil(15));
                    } else {
                        jump!(fail);
                    }
                }

                // ---- binary construction ----
                Instr::BsCreateBin { fail, dst, n } => {
                    let n = n as usize;
                    let mut segs = Vec::with_capacity(n);
                    let mut string_slot = n;
                    for i in 0..n {
                        if let Instr::Seg {
                            kind,
                            unit,
                            flags,
                            seg,
                            value,
                            size,
                        } = seg_at(ip, i)
                        {
                            if kind == SegType::String {
                                let len = size.0 as usize;
                                let b = data_bytes(ip, string_slot, len);
                                string_slot += len.div_ceil(15);
                                segs.push(bits::SegVal::String(b));
                            } else {
                                let v = opt_src!(value).unwrap_or(Term::NIL);
                                let s = opt_src!(size);
                                segs.push(bits::SegVal::Value {
                                    seg,
                                    kind,
                                    unit,
                                    flags,
                                    value: v,
                                    size: s,
                                });
                            }
                        }
                    }
                    match bits::create_bin(&mut p.heap, &segs) {
                        Ok(t) => {
                            put!(dst, t);
                            next!(1 + string_slot);
                        }
                        Err(be) => {
                            if fail != 0 {
                                jump!(fail);
                                continue 'dispatch;
                            }
                            let exc = trace::bs_error(p, &be);
                            raise!(exc)
                        }
                    }
                }
                Instr::BsInit {
                    fail,
                    size,
                    dst,
                    bits: is_bits,
                } => {
                    let s = src!(size);
                    match s.as_small().filter(|&v| v >= 0) {
                        Some(v) => {
                            let nbits = if is_bits { v as usize } else { 8 * v as usize };
                            p.bin_builder = binary::BitWriter::with_capacity(nbits.div_ceil(8));
                            p.bin_target = Term::small(nbits as i64);
                            // The binary is built when its last segment is written; until
                            // then dst holds a placeholder.
                            put!(dst, Term::NIL);
                            next!();
                            bits::pending_init(p, dst.0);
                            if let Some((d, t)) = bits::maybe_finish(p) {
                                put!(Dst(d), t);
                            }
                        }
                        None => fail_or!(fail, Exception::badarg()),
                    }
                }
                Instr::BsPut { fail } => {
                    let Instr::Seg {
                        kind,
                        unit,
                        flags,
                        value,
                        size,
                        ..
                    } = seg_at(ip, 0)
                    else {
                        next!(2);
                        continue 'dispatch;
                    };
                    let v = src!(value);
                    let s = opt_src!(size);
                    match bits::put_segment(&mut p.bin_builder, kind, unit, flags, v, s).map_err(
                        |(f, _)| {
                            if f == bits::BsFail::SystemLimit {
                                Exception::system_limit()
                            } else {
                                Exception::badarg()
                            }
                        },
                    ) {
                        Ok(()) => {
                            next!(2);
                            if let Some((d, t)) = bits::maybe_finish(p) {
                                put!(Dst(d), t);
                            }
                        }
                        Err(exc) => fail_or!(fail, exc),
                    }
                }
                Instr::BsPutString { len } => {
                    let b = data_bytes(ip, 0, len as usize);
                    p.bin_builder.push_bytes(&b);
                    next!(1 + (len as usize).div_ceil(15));
                    if let Some((d, t)) = bits::maybe_finish(p) {
                        put!(Dst(d), t);
                    }
                }
                Instr::BsAdd {
                    fail,
                    a,
                    b,
                    unit,
                    dst,
                } => {
                    let (va, vb) = (src!(a), src!(b));
                    match (va.as_small(), vb.as_small()) {
                        (Some(x), Some(y)) if x >= 0 && y >= 0 => {
                            put!(dst, Term::small(x + y * i64::from(unit)));
                            next!();
                        }
                        _ => fail_or!(fail, Exception::badarg()),
                    }
                }
                Instr::BsAppend { fail, dst, .. } => {
                    let Instr::Seg {
                        unit, value, size, ..
                    } = seg_at(ip, 0)
                    else {
                        next!(2);
                        continue 'dispatch;
                    };
                    let bin = src!(value);
                    let s = opt_src!(size);
                    match bits::append(p, bin, s, unit, dst.0) {
                        Ok(t) => {
                            put!(dst, t);
                            next!(2);
                            if let Some((d, t)) = bits::maybe_finish(p) {
                                put!(Dst(d), t);
                            }
                        }
                        Err(exc) => fail_or!(fail, exc),
                    }
                }
                Instr::BsUtfSize {
                    fail,
                    src,
                    dst,
                    utf16,
                } => {
                    let v = src!(src);
                    match v.as_small().and_then(|c| bits::utf_size(c, utf16)) {
                        Some(n) => {
                            put!(dst, Term::small(n));
                            next!();
                        }
                        None => fail_or!(fail, Exception::badarg()),
                    }
                }
                Instr::BsInitWritable => {
                    let v = x!(0);
                    let size = v.as_small().unwrap_or(0).max(0) as usize;
                    let (t, _) = binary::alloc_writable(&mut p.heap, 0, size.max(256));
                    x!(0) = t;
                    next!();
                }

                // ---- maps ----
                Instr::PutMap {
                    fail,
                    src,
                    dst,
                    n,
                    exact,
                } => {
                    let mv = src!(src);
                    let n = n as usize;
                    let mut pairs = Vec::with_capacity(n);
                    for i in 0..n {
                        let k = list_src!(2 * i);
                        let v = list_src!(2 * i + 1);
                        pairs.push((k, v));
                    }
                    if !mv.is_map() {
                        let r = tuple2!(atom::BADMAP, mv);
                        fail_or!(fail, Exception::code_error(r));
                    }
                    let r = if exact {
                        map::update_many(&mut p.heap, mv, &pairs)
                    } else {
                        Ok(map::put_many(&mut p.heap, mv, &pairs))
                    };
                    match r {
                        Ok(t) => {
                            put!(dst, t);
                            next!(1 + (2 * n).div_ceil(3));
                        }
                        Err(k) => {
                            let r = tuple2!(atom::BADKEY, k);
                            fail_or!(fail, Exception::code_error(r));
                        }
                    }
                }
                Instr::HasMapFields { fail, src, n } => {
                    let mv = src!(src);
                    let n = n as usize;
                    let mut ok = mv.is_map();
                    if ok {
                        for i in 0..n {
                            if !map::contains(mv, list_src!(i)) {
                                ok = false;
                                break;
                            }
                        }
                    }
                    if ok {
                        next!(1 + n.div_ceil(3));
                    } else {
                        jump!(fail);
                    }
                }
                Instr::GetMapElements { fail, src, n } => {
                    let mv = src!(src);
                    let n = n as usize;
                    let key_slots = n.div_ceil(3);
                    let mut ok = mv.is_map();
                    let mut vals: [Term; 8] = [Term::NIL; 8];
                    let mut many: Vec<Term> = Vec::new();
                    if ok {
                        for i in 0..n {
                            match map::get(mv, list_src!(i)) {
                                Some(v) => {
                                    if let Some(slot) = vals.get_mut(i) {
                                        *slot = v;
                                    } else {
                                        many.push(v);
                                    }
                                }
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                    }
                    if ok {
                        #[allow(clippy::needless_range_loop)]
                        for i in 0..n {
                            let v = if i < 8 { vals[i] } else { many[i - 8] };
                            put!(data_dst(ip, key_slots, i), v);
                        }
                        next!(1 + key_slots + n.div_ceil(7));
                    } else {
                        jump!(fail);
                    }
                }

                // ---- messages ----
                Instr::Send => {
                    let (to, msg) = (x!(0), x!(1));
                    match crate::bif::erlang::send(p, to, msg) {
                        Ok(v) => {
                            x!(0) = v;
                            next!();
                        }
                        Err(exc) => {
                            let d = bif::lookup(
                                atom::ERLANG,
                                atom::Atom::intern("!").unwrap_or(atom::ERLANG),
                                2,
                            );
                            match d {
                                Some(d) => raise_bif!(d, &[to, msg], exc),
                                None => raise!(exc),
                            }
                        }
                    }
                }
                Instr::LoopRec { fail, dst } => {
                    if p.recv_pos >= p.mailbox.len() && crate::sched::signal::handle_incoming(p) {
                        // An exit signal ended the process.
                        save!();
                        return Stop::Exit;
                    }
                    if p.recv_pos < p.mailbox.len() {
                        let msg = p.mailbox[p.recv_pos];
                        put!(dst, msg);
                        next!();
                    } else {
                        jump!(fail);
                    }
                }
                Instr::LoopRecEnd { off } => {
                    p.recv_pos += 1;
                    jump!(off);
                }
                Instr::RemoveMessage => {
                    let pos = p.recv_pos;
                    p.remove_message(pos);
                    p.recv_pos = 0;
                    p.recv_wait.end();
                    next!();
                }
                Instr::Timeout => {
                    p.recv_pos = 0;
                    p.recv_wait.end();
                    next!();
                }
                Instr::Wait { off } => {
                    // Nothing matched: wait for a new message; the receive goes on from
                    // where it stopped (messages already looked at never match).
                    jump!(off);
                    save!();
                    reds -= 1;
                    p.reds_left = reds;
                    return Stop::Wait;
                }
                Instr::WaitTimeout { off, time } => {
                    match p.recv_wait {
                        RecvWait::TimedOut => {
                            // The timer fired and nothing matched: on to `timeout`.
                            p.recv_wait = RecvWait::None;
                            next!();
                            continue 'dispatch;
                        }
                        RecvWait::Timer(_) | RecvWait::Infinite => {}
                        RecvWait::None => {
                            let t = src!(time);
                            if t == Term::atom(atom::INFINITY) {
                                p.recv_wait = RecvWait::Infinite;
                            } else {
                                match t.as_small() {
                                    // `after 0`: no waiting.
                                    Some(0) => {
                                        next!();
                                        continue 'dispatch;
                                    }
                                    Some(ms) if (0..=0xFFFF_FFFF).contains(&ms) => {
                                        let now = crate::sched::now_ns();
                                        let deadline = now
                                            .saturating_add((ms as u64).saturating_mul(1_000_000));
                                        p.recv_wait = RecvWait::Timer(
                                            crate::sched::timer::start_receive(p.pid, deadline),
                                        );
                                    }
                                    _ => {
                                        // The receive is over: the next one scans from
                                        // the start.
                                        p.recv_pos = 0;
                                        raise_code!(Term::atom(
                                            atom::Atom::intern("timeout_value")
                                                .unwrap_or(atom::TIMEOUT)
                                        ))
                                    }
                                }
                            }
                        }
                    }
                    jump!(off);
                    save!();
                    reds -= 1;
                    p.reds_left = reds;
                    return Stop::Wait;
                }
                Instr::RecvMarkerReserve { dst } => {
                    let m = p.reserve_marker();
                    put!(dst, m);
                    next!();
                }
                Instr::RecvMarkerBind { marker, reference } => {
                    let (m, r) = (src!(marker), src!(reference));
                    p.bind_marker(m, r);
                    next!();
                }
                Instr::RecvMarkerClear { reference } => {
                    let r = src!(reference);
                    p.clear_marker(r);
                    next!();
                }
                Instr::RecvMarkerUse { reference } => {
                    let r = src!(reference);
                    p.use_marker(r);
                    next!();
                }

                // ---- misc ----
                Instr::NormalExit => {
                    p.result = Some(x!(0));
                    p.status = Status::Exited;
                    save!();
                    return Stop::Exit;
                }
                Instr::Nop => next!(),
                Instr::Const(_)
                | Instr::Case(..)
                | Instr::Srcs(_)
                | Instr::Dsts(_)
                | Instr::Bytes(_)
                | Instr::Seg { .. }
                | Instr::Unreachable => {
                    raise_code!(Term::atom(
                        atom::Atom::intern("bad_code").unwrap_or(atom::ERROR)
                    ));
                }
            }
        };
        // An exception: find a handler or end the process.
        p.e = e;
        p.ip = ip;
        match trace::handle(p, xs, raised) {
            Some(handler) => {
                ip = handler;
                e = p.e;
                e_up!();
                stack_start = p.stack.start_ptr();
                stack_end = p.stack.end_ptr() as usize;
                continue 'outer;
            }
            None => {
                p.status = Status::Exited;
                p.reds_left = reds;
                return Stop::Exit;
            }
        }
    }
}

/// Looks `v` up in the select table after the instruction at `ip`.
fn select(ip: *const Instr, v: Term, n: usize) -> Option<i32> {
    let case = |i: usize| -> (Term, i32) {
        // SAFETY: the load step wrote `n` `Case` slots after the select instruction.
        match unsafe { *ip.add(1 + i) } {
            Instr::Case(t, o) => (t, o),
            _ => (Term::NON_VALUE, 0),
        }
    };
    if v.is_immediate() {
        if n > 8 {
            // Sorted by raw word when every value is immediate.
            let (mut lo, mut hi) = (0, n);
            let first = case(0).0;
            if first.is_immediate() && case(n - 1).0.is_immediate() {
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    let (t, o) = case(mid);
                    match t.raw().cmp(&v.raw()) {
                        Ordering::Equal => return Some(o),
                        Ordering::Less => lo = mid + 1,
                        Ordering::Greater => hi = mid,
                    }
                }
                return None;
            }
        }
        for i in 0..n {
            let (t, o) = case(i);
            if t == v {
                return Some(o);
            }
        }
        None
    } else {
        for i in 0..n {
            let (t, o) = case(i);
            if exact_eq(t, v) {
                return Some(o);
            }
        }
        None
    }
}
