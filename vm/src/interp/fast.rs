//! The fast loop: the common instructions, run by a small function whose hot state (`ip`,
//! the frame pointer, the reduction budget) stays in machine registers.
//!
//! `run`'s one big dispatch loop holds every instruction, and with them so many live values
//! and calls that the compiler keeps `ip` and `e` in memory; most of the time of call- and
//! arithmetic-bound code went into that dispatch. This loop handles only the frequent
//! instructions, and only their common case: a call that must collect or yield, arithmetic
//! that overflows or fails, a frame that needs a bigger stack, any other instruction, all
//! return to `run` *before* the instruction has done anything, with `ip` at it, and `run`
//! executes it in full. So every instruction here does exactly what `run` does for the same
//! case, and `run` stays the one reference for every case.
//!
//! SAFETY invariants: as in the parent module (code pointers stay inside live code, every
//! stack access is checked against the end of the stack buffer, and a push is preceded by a
//! check that the stack has room).

use super::{bits, float_arith, konst, less_than, select, small_arith, X_REGS};
use crate::code::instr::*;
use crate::heap::set_tuple_element;
use crate::process::Process;
use crate::term::compare::{eq, exact_eq};
use crate::term::Term;

/// The run loop's state, handed to the fast loop and back.
pub(super) struct Hot {
    pub ip: *const Instr,
    pub e: *mut u64,
    pub e_hi: *mut u64,
    pub reds: i64,
    pub stack_start: *mut u64,
    pub stack_end: usize,
}

/// Runs instructions from `h.ip` until one that the fast loop leaves to `run`.
#[inline(never)]
pub(super) fn run_fast(
    h: &mut Hot,
    xs: &mut [Term; X_REGS],
    frs: &mut [f64; X_REGS],
    p: &mut Process,
) {
    let mut ip = h.ip;
    let mut e = h.e;
    let mut e_hi = h.e_hi;
    let mut reds = h.reds;
    let stack_start = h.stack_start as usize;
    let stack_end = h.stack_end;
    let stress = p.gc_stress;

    macro_rules! x {
        ($i:expr) => {
            xs[($i) & (X_REGS - 1)]
        };
    }
    macro_rules! yget {
        ($i:expr) => {{
            let i: usize = $i;
            // SAFETY: checked against the end of the stack buffer; `e` points into it.
            unsafe {
                let a = e.add(i);
                if (a as usize) < stack_end {
                    Term::from_raw(*a)
                } else {
                    Term::NIL
                }
            }
        }};
    }
    macro_rules! yset {
        ($i:expr, $v:expr) => {{
            let v: Term = $v;
            let i: usize = $i;
            // SAFETY: checked against the end of the stack buffer; `e` points into it.
            unsafe {
                let a = e.add(i);
                if (a as usize) < stack_end {
                    *a = v.raw();
                }
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
    macro_rules! src {
        ($s:expr) => {{
            let s: Src = $s;
            match s.kind() {
                0 => x!(s.index()),
                1 => yget!(s.index()),
                _ => konst(ip, s.offset()),
            }
        }};
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
            // SAFETY: every function's instructions end in a control transfer, so the next
            // slot exists.
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
    macro_rules! test {
        ($cond:expr, $fail:expr) => {{
            if $cond {
                next!();
            } else {
                jump!($fail);
            }
        }};
    }
    macro_rules! e_up {
        () => {
            if (e as usize) > (e_hi as usize) {
                e_hi = e;
            }
        };
    }
    /// Whether `n` words are free below `e`.
    macro_rules! stack_has {
        ($n:expr) => {
            (e as usize) >= stack_start + 8 * ($n)
        };
    }
    /// Whether a call can go ahead here: no collection due, budget left after it (else
    /// `run` makes the call and collects or yields).
    macro_rules! call_ok {
        () => {
            reds > 1 && !p.heap.must_collect(stress)
        };
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
    /// Goes on with a small-integer result, or leaves the instruction to `run`.
    macro_rules! small_or_leave {
        ($dst:expr, $r:expr) => {{
            match $r.and_then(Term::try_small) {
                Some(t) => {
                    put!($dst, t);
                    next!();
                }
                None => break,
            }
        }};
    }

    loop {
        // SAFETY: `ip` always points at a valid instruction (parent module docs).
        match unsafe { &*ip } {
            // ---- moves ----
            &Instr::MoveXX { src, dst } => {
                x!(dst as usize) = x!(src as usize);
                next!();
            }
            &Instr::MoveXX2 { s1, d1, s2, d2 } => {
                x!(d1 as usize) = x!(s1 as usize);
                x!(d2 as usize) = x!(s2 as usize);
                next!();
            }
            &Instr::MoveXY { src, dst } => {
                yset!(dst as usize, x!(src as usize));
                next!();
            }
            &Instr::MoveYX { src, dst } => {
                x!(dst as usize) = yget!(src as usize);
                next!();
            }
            &Instr::MoveYY { src, dst } => {
                let v = yget!(src as usize);
                yset!(dst as usize, v);
                next!();
            }
            &Instr::MoveCX { c, dst } => {
                x!(dst as usize) = c;
                next!();
            }
            &Instr::MoveCY { c, dst } => {
                yset!(dst as usize, c);
                next!();
            }
            &Instr::Move2 { s1, d1, s2, d2 } => {
                put!(d1, reg!(s1));
                put!(d2, reg!(s2));
                next!();
            }
            &Instr::Swap { a, b } => {
                let va = reg!(a);
                let vb = reg!(b);
                put!(a, vb);
                put!(b, va);
                next!();
            }
            &Instr::InitY { y } => {
                yset!(y as usize, Term::NIL);
                next!();
            }

            // ---- frames ----
            &Instr::Allocate { stack, .. } => {
                let n = stack as usize;
                if p.heap.must_collect(stress) || !stack_has!(n) {
                    break;
                }
                // SAFETY: n free words below e (checked above).
                unsafe {
                    e = e.sub(n);
                    for i in 0..n {
                        *e.add(i) = Term::NIL.raw();
                    }
                }
                next!();
            }
            &Instr::AllocateHeap { stack, heap, .. } => {
                let n = stack as usize;
                if p.heap.must_collect(stress)
                    || p.heap.free_words() < heap as usize
                    || !stack_has!(n)
                {
                    break;
                }
                // SAFETY: n free words below e (checked above).
                unsafe {
                    e = e.sub(n);
                    for i in 0..n {
                        *e.add(i) = Term::NIL.raw();
                    }
                }
                next!();
            }
            &Instr::TestHeap { heap, .. } => {
                if p.heap.must_collect(stress) || p.heap.free_words() < heap as usize {
                    break;
                }
                next!();
            }
            &Instr::Deallocate { n } | &Instr::Trim { n } => {
                // SAFETY: the words dropped belong to the current frame.
                e = unsafe { e.add(n as usize) };
                e_up!();
                next!();
            }
            &Instr::Return => pop_return!(),
            &Instr::MoveReturn { s } => {
                x!(0) = reg!(s);
                pop_return!();
            }
            &Instr::MoveCReturn { c } => {
                x!(0) = c;
                pop_return!();
            }
            &Instr::DeallocateReturn { n } => {
                // SAFETY: the words dropped belong to the current frame.
                e = unsafe { e.add(n as usize) };
                pop_return!();
            }

            // ---- calls ----
            &Instr::Call { off, .. } => {
                if !call_ok!() || !stack_has!(1) {
                    break;
                }
                // SAFETY: one free word below `e` (checked); the return address is the
                // instruction after the call.
                unsafe {
                    e = e.sub(1);
                    *e = ip.add(1) as u64;
                }
                jump!(off);
                reds -= 1;
            }
            &Instr::CallLast { off, dealloc, .. } => {
                if !call_ok!() {
                    break;
                }
                // SAFETY: dropping the current frame.
                e = unsafe { e.add(dealloc as usize) };
                e_up!();
                jump!(off);
                reds -= 1;
            }
            &Instr::CallOnly { off, .. } => {
                if !call_ok!() {
                    break;
                }
                jump!(off);
                reds -= 1;
            }
            &Instr::MoveCall { off, s, d, .. } => {
                if !call_ok!() || !stack_has!(1) {
                    break;
                }
                put!(d, reg!(s));
                // SAFETY: as for `Call`.
                unsafe {
                    e = e.sub(1);
                    *e = ip.add(1) as u64;
                }
                jump!(off);
                reds -= 1;
            }
            &Instr::MoveCallLast {
                off, dealloc, s, d, ..
            } => {
                if !call_ok!() {
                    break;
                }
                put!(d, reg!(s));
                // SAFETY: dropping the current frame.
                e = unsafe { e.add(dealloc as usize) };
                e_up!();
                jump!(off);
                reds -= 1;
            }
            &Instr::MoveCallOnly { off, s, d, .. } => {
                if !call_ok!() {
                    break;
                }
                put!(d, reg!(s));
                jump!(off);
                reds -= 1;
            }
            &Instr::CallExt { exp } => {
                let target = exp.code();
                if target.is_null() || !call_ok!() || !stack_has!(1) {
                    break;
                }
                // SAFETY: as for `Call`.
                unsafe {
                    e = e.sub(1);
                    *e = ip.add(1) as u64;
                }
                ip = target;
                reds -= 1;
            }
            &Instr::CallExtOnly { exp } => {
                let target = exp.code();
                if target.is_null() || !call_ok!() {
                    break;
                }
                ip = target;
                reds -= 1;
            }
            &Instr::CallExtLast { exp, dealloc } => {
                let target = exp.code();
                if target.is_null() || !call_ok!() {
                    break;
                }
                // SAFETY: dropping the current frame.
                e = unsafe { e.add(dealloc as usize) };
                e_up!();
                ip = target;
                reds -= 1;
            }

            // ---- tests ----
            &Instr::IsInteger { fail, src } => test!(src!(src).is_integer(), fail),
            &Instr::IsFloat { fail, src } => test!(src!(src).is_float(), fail),
            &Instr::IsNumber { fail, src } => test!(src!(src).is_number(), fail),
            &Instr::IsAtom { fail, src } => test!(src!(src).is_atom(), fail),
            &Instr::IsNil { fail, src } => test!(src!(src).is_nil(), fail),
            &Instr::IsList { fail, src } => {
                let v = src!(src);
                test!(v.is_list() || v.is_nil(), fail)
            }
            &Instr::IsNonemptyList { fail, src } => test!(src!(src).is_list(), fail),
            &Instr::IsTuple { fail, src } => test!(src!(src).is_tuple(), fail),
            &Instr::IsBoolean { fail, src } => test!(src!(src).is_boolean(), fail),
            &Instr::IsMap { fail, src } => test!(src!(src).is_map(), fail),
            &Instr::IsPid { fail, src } => test!(src!(src).is_pid(), fail),
            &Instr::IsRef { fail, src } => test!(src!(src).is_ref(), fail),
            &Instr::IsPort { fail, src } => test!(src!(src).is_port(), fail),
            &Instr::IsFunction { fail, src } => test!(src!(src).is_fun(), fail),
            &Instr::TestArity { fail, src, arity } => {
                let t = src!(src);
                test!(t.is_tuple() && t.header().arity() == arity as usize, fail)
            }
            &Instr::IsTaggedTuple {
                fail,
                src,
                arity,
                tag,
            } => {
                let t = src!(src);
                test!(
                    t.is_tuple()
                        && t.header().arity() == arity as usize
                        && arity > 0
                        && t.tuple_elem(0) == Term::atom(crate::atom::Atom::from_index(tag)),
                    fail
                )
            }
            &Instr::IsEqExactXC { fail, x, c } => test!(x!(x as usize) == c, fail),
            &Instr::IsNeExactXC { fail, x, c } => test!(x!(x as usize) != c, fail),
            &Instr::IsEqExact { fail, a, b } => test!(exact_eq(src!(a), src!(b)), fail),
            &Instr::IsNeExact { fail, a, b } => test!(!exact_eq(src!(a), src!(b)), fail),
            &Instr::IsEq { fail, a, b } => test!(eq(src!(a), src!(b)), fail),
            &Instr::IsNe { fail, a, b } => test!(!eq(src!(a), src!(b)), fail),
            &Instr::IsLt { fail, a, b } => test!(less_than(src!(a), src!(b)), fail),
            &Instr::IsGe { fail, a, b } => test!(!less_than(src!(a), src!(b)), fail),
            &Instr::IsLtXX { fail, a, b } => {
                test!(less_than(x!(a as usize), x!(b as usize)), fail)
            }
            &Instr::IsGeXX { fail, a, b } => {
                test!(!less_than(x!(a as usize), x!(b as usize)), fail)
            }
            &Instr::IsLtXC { fail, x, c } => test!(less_than(x!(x as usize), c), fail),
            &Instr::IsGeXC { fail, x, c } => test!(!less_than(x!(x as usize), c), fail),
            &Instr::SelectVal { src, fail, n } => {
                let v = src!(src);
                match select(ip, v, n as usize) {
                    Some(off) => jump!(off),
                    None => jump!(fail),
                }
            }
            &Instr::SelectTupleArity { src, fail, n } => {
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
            &Instr::Jump { off } => jump!(off),

            // ---- data structures ----
            &Instr::IsNonemptyListGetList { fail, src, hd, tl } => {
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
            &Instr::GetList { src, hd, tl } => {
                let l = src!(src);
                let (h, t) = (l.head(), l.tail());
                put!(hd, h);
                put!(tl, t);
                next!();
            }
            &Instr::GetHd { src, dst } => {
                let l = src!(src);
                put!(dst, l.head());
                next!();
            }
            &Instr::GetTl { src, dst } => {
                let l = src!(src);
                put!(dst, l.tail());
                next!();
            }
            &Instr::GetTupleElement { src, idx, dst } => {
                let t = src!(src);
                let v = if t.is_tuple() && (idx as usize) < t.header().arity() {
                    t.tuple_elem(idx as usize)
                } else {
                    Term::NIL
                };
                put!(dst, v);
                next!();
            }
            &Instr::PutList { hd, tl, dst } => {
                let (h, t) = (src!(hd), src!(tl));
                let c = p.heap.cons(h, t);
                put!(dst, c);
                next!();
            }
            &Instr::TestHeapPutList {
                heap, hd, tl, dst, ..
            } => {
                if p.heap.must_collect(stress) || p.heap.free_words() < heap as usize {
                    break;
                }
                let (h, t) = (src!(hd), src!(tl));
                let c = p.heap.cons(h, t);
                put!(dst, c);
                next!();
            }
            &Instr::PutTuple2 { dst, n } => {
                let n = n as usize;
                let t = p.heap.tuple_filled(n, Term::NIL);
                for i in 0..n {
                    set_tuple_element(t, i, src!(super::data_src(ip, i)));
                }
                put!(dst, t);
                next!(1 + n.div_ceil(3));
            }
            &Instr::GetTupleElement2 { src, idx, d1, d2 } => {
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
            &Instr::SetTupleElement { val, tuple, idx } => {
                let t = src!(tuple);
                let v = src!(val);
                if t.is_tuple() && (idx as usize) < t.header().arity() && !t.is_literal_ptr() {
                    set_tuple_element(t, idx as usize, v);
                }
                next!();
            }
            &Instr::Catch { y, off } => {
                // SAFETY: `off` leads to the handler label inside this code.
                let handler = unsafe { ip.offset(off as isize) };
                yset!(y as usize, super::trace::catch_tag(handler));
                next!();
            }
            &Instr::TryEnd { y } => {
                yset!(y as usize, Term::NIL);
                next!();
            }
            &Instr::Nop => next!(),
            &Instr::SelfPid { dst } => {
                put!(dst, p.pid);
                next!();
            }

            // ---- arithmetic: small integers only ----
            &Instr::AddRI { a, dst, imm, .. } => {
                let a = reg!(a);
                if !a.is_small() {
                    break;
                }
                // |a| < 2^59 and |imm| < 2^31: no i64 overflow.
                small_or_leave!(dst, Some(a.small_value() + i64::from(imm)))
            }
            &Instr::AddLit {
                sub, dst, a, lit, ..
            } => {
                let (va, vl) = (src!(a), src!(lit));
                if !(va.is_small() && vl.is_small()) {
                    break;
                }
                let op = if sub { ArithOp::Sub } else { ArithOp::Add };
                small_or_leave!(dst, small_arith(op, va.small_value(), vl.small_value()))
            }
            &Instr::Arith { op, dst, a, b, .. } => {
                let (va, vb) = (src!(a), src!(b));
                if va.is_small() && vb.is_small() && op != ArithOp::Div {
                    small_or_leave!(dst, small_arith(op, va.small_value(), vb.small_value()))
                } else {
                    // Float arithmetic (and `/`) boxes its result here, without the
                    // general number path; anything else is `run`'s.
                    match float_arith(op, va, vb) {
                        Some(r) => {
                            let f = p.heap.float(r);
                            put!(dst, f);
                            next!();
                        }
                        None => break,
                    }
                }
            }
            &Instr::Element {
                dst, idx, tuple, ..
            } => {
                let (i, t) = (src!(idx), src!(tuple));
                if !(t.is_tuple() && i.is_small()) {
                    break;
                }
                let k = i.small_value();
                if !(k >= 1 && (k as usize) <= t.header().arity()) {
                    break;
                }
                put!(dst, t.tuple_elem(k as usize - 1));
                next!();
            }

            // ---- binary matching ----
            &Instr::BsStartMatch {
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
            &Instr::BsGetPosition { ctx, dst } => {
                let c = src!(ctx);
                put!(dst, Term::small(bits::position(c) as i64));
                next!();
            }
            &Instr::BsSetPosition { ctx, pos } => {
                let c = src!(ctx);
                let ps = src!(pos);
                bits::set_position(c, ps.as_small().unwrap_or(0) as usize);
                next!();
            }
            &Instr::BsGetTail { ctx, dst } => {
                let c = src!(ctx);
                let t = bits::tail(&mut p.heap, c);
                put!(dst, t);
                next!();
            }
            &Instr::BsTestTail { fail, ctx, bits: b } => {
                let c = src!(ctx);
                test!(bits::remaining(c) == b as usize, fail)
            }
            &Instr::BsTestUnit { fail, ctx, unit } => {
                let c = src!(ctx);
                test!(
                    unit == 0 || bits::remaining(c).is_multiple_of(unit as usize),
                    fail
                )
            }
            &Instr::BsGet { fail, ctx, dst } => {
                // SAFETY: BsGet is followed by its `Seg` slot.
                let &Instr::Seg {
                    kind,
                    unit,
                    flags,
                    size,
                    ..
                } = (unsafe { &*ip.add(1) })
                else {
                    break;
                };
                let c = src!(ctx);
                let sz = opt_src!(size);
                match bits::get(&mut p.heap, c, kind, unit, flags, sz) {
                    Ok(Some(v)) => {
                        put!(dst, v);
                        next!(2);
                    }
                    Ok(None) => jump!(fail),
                    // Left to `run` (which raises); `get` changes nothing before an error.
                    Err(_) => break,
                }
            }
            &Instr::BsSkip { fail, ctx } => {
                // SAFETY: BsSkip is followed by its `Seg` slot.
                let &Instr::Seg {
                    kind,
                    unit,
                    flags,
                    size,
                    ..
                } = (unsafe { &*ip.add(1) })
                else {
                    break;
                };
                let c = src!(ctx);
                let sz = opt_src!(size);
                match bits::skip(c, kind, unit, flags, sz) {
                    Ok(true) => next!(2),
                    Ok(false) => jump!(fail),
                    // As for BsGet.
                    Err(_) => break,
                }
            }

            // ---- floats ----
            &Instr::FLoad { src, fr } => {
                let v = src!(src);
                frs[fr as usize & (X_REGS - 1)] = v.as_float().unwrap_or(0.0);
                next!();
            }
            &Instr::FStore { fr, dst } => {
                let f = p.heap.float(frs[fr as usize & (X_REGS - 1)]);
                put!(dst, f);
                next!();
            }
            &Instr::FConv { src, fr } => {
                let v = src!(src);
                let f = if v.is_small() {
                    v.small_value() as f64
                } else if v.is_float() {
                    v.float_value()
                } else {
                    break;
                };
                if !f.is_finite() {
                    break;
                }
                frs[fr as usize & (X_REGS - 1)] = f;
                next!();
            }
            &Instr::FMoveFr { src, dst } => {
                frs[dst as usize & (X_REGS - 1)] = frs[src as usize & (X_REGS - 1)];
                next!();
            }
            &Instr::FArith { op, a, b, dst } => {
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
                    // `run` raises badarith.
                    break;
                }
                frs[dst as usize & (X_REGS - 1)] = r;
                next!();
            }
            &Instr::FNeg { a, dst } => {
                // OTP's fnegate subtracts from 0.0, so both zeros give 0.0.
                frs[dst as usize & (X_REGS - 1)] = 0.0 - frs[a as usize & (X_REGS - 1)];
                next!();
            }

            // Everything else is `run`'s. Listed rather than `_`: a new instruction must be
            // placed on one side or the other, and a match that covers every variant lets the
            // compiler dispatch without a range check.
            Instr::Const(_)
            | Instr::Case(..)
            | Instr::Srcs(_)
            | Instr::Dsts(_)
            | Instr::Bytes(_)
            | Instr::Seg { .. }
            | Instr::FuncInfo { .. }
            | Instr::CallBif { .. }
            | Instr::Apply { .. }
            | Instr::CallFun { .. }
            | Instr::CallFun2 { .. }
            | Instr::MakeFun { .. }
            | Instr::IsBinary { .. }
            | Instr::IsBitstr { .. }
            | Instr::IsFunction2 { .. }
            | Instr::Badmatch { .. }
            | Instr::CaseEnd { .. }
            | Instr::IfEnd
            | Instr::TryCaseEnd { .. }
            | Instr::Badrecord { .. }
            | Instr::CatchEnd { .. }
            | Instr::TryCase { .. }
            | Instr::Raise { .. }
            | Instr::BuildStacktrace
            | Instr::RawRaise
            | Instr::Bif { .. }
            | Instr::Bif1 { .. }
            | Instr::Bif2 { .. }
            | Instr::UnaryPlus { .. }
            | Instr::Length { .. }
            | Instr::BsMatchString { .. }
            | Instr::BsCreateBin { .. }
            | Instr::BsInit { .. }
            | Instr::BsPut { .. }
            | Instr::BsPutString { .. }
            | Instr::BsAdd { .. }
            | Instr::BsAppend { .. }
            | Instr::BsUtfSize { .. }
            | Instr::BsInitWritable
            | Instr::PutMap { .. }
            | Instr::HasMapFields { .. }
            | Instr::GetMapElements { .. }
            | Instr::Send
            | Instr::RemoveMessage
            | Instr::Timeout
            | Instr::LoopRec { .. }
            | Instr::LoopRecEnd { .. }
            | Instr::Wait { .. }
            | Instr::WaitTimeout { .. }
            | Instr::RecvMarkerReserve { .. }
            | Instr::RecvMarkerBind { .. }
            | Instr::RecvMarkerClear { .. }
            | Instr::RecvMarkerUse { .. }
            | Instr::NormalExit
            | Instr::CallPending
            | Instr::Unreachable => break,
        }
    }
    h.ip = ip;
    h.e = e;
    h.e_hi = e_hi;
    h.reds = reds;
}
