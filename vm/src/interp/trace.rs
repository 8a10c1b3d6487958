//! Exceptions in flight: finding the handler (catch tags on the stack), the raw stack trace
//! kept while an exception is handled, and OTP-shaped stack trace terms built from it.
//!
//! A raw trace is the tuple `{Class, Top, Pc...}`: `Top` is `[]`, a first frame already
//! built (`{M,F,Args,Info}`), or a whole stack trace list given to `erlang:raise/3`; each `Pc`
//! is a code address (as a small integer, shifted right by 3) whose function and line make a
//! frame. The list is only built when the program asks for it (`build_stacktrace`, `catch`),
//! so throwing stays cheap.

use super::X_REGS;
use crate::atom::{self, Atom};
use crate::bif::BifDef;
use crate::code::{self, instr::Instr};
use crate::exception::{Class, Exception, Frame};
use crate::process::{Crash, Process};
use crate::term::Term;
use alloc::vec::Vec;

/// OTP's default `backtrace_depth`.
pub const BACKTRACE_DEPTH: usize = 8;

/// An exception leaving the dispatch loop.
pub struct Raised {
    pub exc: Exception,
    /// A first frame built where the error happened (BIF frames, `function_clause`, `undef`).
    pub top: Option<Term>,
    /// Whether the current instruction's function is a frame of the trace.
    pub include_ip: bool,
}

const CATCH_TAG: u64 = 0b01_1011;

/// The catch tag word for a handler address.
pub fn catch_tag(handler: *const Instr) -> Term {
    let w = (((handler as i64) >> 3) << 6) as u64 | CATCH_TAG;
    Term::from_raw(w)
}

pub fn catch_target(t: Term) -> *const Instr {
    (((t.raw() as i64) >> 6) << 3) as *const Instr
}

fn pc_term(pc: *const Instr) -> Term {
    Term::small((pc as i64) >> 3)
}

fn pc_of(t: Term) -> *const Instr {
    (t.small_value() << 3) as *const Instr
}

/// The list of the given argument values.
pub fn args_list(p: &mut Process, args: &[Term]) -> Term {
    p.heap.list(args)
}

fn string_term(p: &mut Process, s: &str) -> Term {
    let chars: Vec<Term> = s.chars().map(|c| Term::small(c as i64)).collect();
    p.heap.list(&chars)
}

/// `[{file,F},{line,L}]` for a code address (`[]` without line information).
pub fn location_term(p: &mut Process, pc: *const Instr) -> Term {
    let Some(m) = code::module_of(pc) else {
        return Term::NIL;
    };
    let Some(slot) = m.slot_of(pc) else {
        return Term::NIL;
    };
    location_for(p, &m, slot)
}

fn location_for(p: &mut Process, m: &code::Module, slot: u32) -> Term {
    match m.location_at(slot) {
        Some((file, line)) => {
            let f = string_term(p, file);
            let ft = p.heap.tuple(&[Term::atom(atom::FILE), f]);
            let lt = p
                .heap
                .tuple(&[Term::atom(atom::LINE), Term::small(i64::from(line))]);
            p.heap.list(&[ft, lt])
        }
        None => Term::NIL,
    }
}

/// `[{error_info, #{module => ...}}]` for a BIF of `module`, with extra entries merged. As
/// in OTP, only the BIFs of some modules carry error info; the others get `[]`.
fn error_info(p: &mut Process, module: &str, extra: Option<Term>) -> Term {
    let emod = match module {
        "erlang" | "erts_internal" | "atomics" | "counters" | "persistent_term" => {
            atom::ERL_ERTS_ERRORS
        }
        "binary" | "ets" | "lists" | "maps" | "math" | "re" | "unicode" => atom::ERL_STDLIB_ERRORS,
        "code" | "os" => match Atom::intern("erl_kernel_errors") {
            Some(a) => a,
            None => return Term::NIL,
        },
        _ => return Term::NIL,
    };
    let mut pairs = Vec::new();
    if let Some(x) = extra.filter(|x| x.is_map()) {
        pairs.extend(crate::map::iter(x));
    }
    pairs.push((Term::atom(atom::MODULE), Term::atom(emod)));
    let m = crate::map::from_pairs(&mut p.heap, &pairs);
    let t = p.heap.tuple(&[Term::atom(atom::ERROR_INFO), m]);
    p.heap.list(&[t])
}

/// The frame a failing BIF puts on top of the trace, when its exception asks for one.
pub fn bif_frame(p: &mut Process, def: &BifDef, args: &[Term], exc: &Exception) -> Option<Term> {
    let extra = match exc.frame {
        Frame::Bif => None,
        Frame::BifInfo(m) => Some(m),
        _ => return None,
    };
    let (m, f) = (Atom::intern(def.module)?, Atom::intern(def.name)?);
    let a = p.heap.list(args);
    let info = error_info(p, def.module, extra);
    Some(p.heap.tuple(&[Term::atom(m), Term::atom(f), a, info]))
}

/// The exception of a failed `bs_create_bin`: `badarg` (or `system_limit`) with OTP's
/// `error_info` cause `{Segment, Type, Why, Value}` in the current function's frame.
pub fn bs_error(p: &mut Process, e: &super::bits::BsError) -> Exception {
    let intern = |s: &str| Term::atom(Atom::intern(s).unwrap_or(atom::ERROR));
    let cause = p.heap.tuple(&[
        Term::small(i64::from(e.seg)),
        intern(super::bits::seg_type_name(e.kind)),
        intern(e.fail.name()),
        e.value,
    ]);
    let info = crate::map::from_pairs(
        &mut p.heap,
        &[
            (Term::atom(atom::CAUSE), cause),
            (Term::atom(atom::FUNCTION), intern("format_bs_fail")),
            (Term::atom(atom::MODULE), Term::atom(atom::ERL_ERTS_ERRORS)),
        ],
    );
    let reason = if e.fail == super::bits::BsFail::SystemLimit {
        atom::SYSTEM_LIMIT
    } else {
        atom::BADARG
    };
    Exception {
        class: Class::Error,
        reason: Term::atom(reason),
        frame: Frame::CallerInfo(info),
    }
}

/// `{M, F, ArityOrArgs, Location}` for the function containing `pc`.
fn frame_for(
    p: &mut Process,
    pc: *const Instr,
    args: Option<Term>,
    extra_info: Option<Term>,
) -> Option<Term> {
    let m = code::module_of(pc)?;
    let slot = m.slot_of(pc)?;
    let f = m.function_at(slot)?.clone();
    let mut loc = location_for(p, &m, slot);
    if let Some(info) = extra_info {
        let t = p.heap.tuple(&[Term::atom(atom::ERROR_INFO), info]);
        // append to the location list
        let mut items = Vec::new();
        let mut l = loc;
        while let Some((h, tl)) = l.as_cons() {
            items.push(h);
            l = tl;
        }
        items.push(t);
        loc = p.heap.list(&items);
    }
    let a = args.unwrap_or(Term::small(i64::from(f.arity)));
    Some(
        p.heap
            .tuple(&[Term::atom(m.name), Term::atom(f.name), a, loc]),
    )
}

/// The class recorded in a raw trace.
pub fn raw_class(raw: Term) -> Option<Class> {
    if raw.is_tuple() && !raw.tuple_elems().is_empty() {
        Class::from_atom(raw.tuple_elem(0))
    } else {
        None
    }
}

fn is_raw_trace(t: Term) -> bool {
    raw_class(t).is_some() && t.tuple_elems().len() >= 2
}

/// Builds the OTP stack trace list from a raw trace.
pub fn build_stacktrace(p: &mut Process, raw: Term) -> Term {
    if !is_raw_trace(raw) {
        return if raw.is_list() || raw.is_nil() {
            raw
        } else {
            Term::NIL
        };
    }
    let elems: Vec<Term> = raw.tuple_elems().to_vec();
    let top = elems[1];
    if top.is_list() {
        return top;
    }
    let mut frames = Vec::new();
    if top.is_tuple() {
        frames.push(top);
    }
    for &pc in &elems[2..] {
        if frames.len() >= BACKTRACE_DEPTH {
            break;
        }
        if let Some(f) = frame_for(p, pc_of(pc), None, None) {
            frames.push(f);
        }
    }
    p.heap.list(&frames)
}

/// Handles an exception: builds its raw trace, unwinds to the nearest catch and returns the
/// handler address (with x0 = non-value, x1 = class, x2 = reason, x3 = raw trace), or ends the
/// process with `p.crash` set and returns `None`.
pub fn handle(p: &mut Process, x: &mut [Term; X_REGS], r: Raised) -> Option<*const Instr> {
    let Raised {
        exc,
        top,
        include_ip,
    } = r;
    let ip = p.ip;
    let class_atom = exc.class.atom();

    let raw = match exc.frame {
        Frame::Given(t) if is_raw_trace(t) => {
            if raw_class(t) == Some(exc.class) {
                t
            } else {
                let mut v: Vec<Term> = t.tuple_elems().to_vec();
                v[0] = class_atom;
                p.heap.tuple(&v)
            }
        }
        Frame::Given(list) => p.heap.tuple(&[class_atom, list]),
        _ => {
            let mut elems: Vec<Term> = Vec::with_capacity(2 + BACKTRACE_DEPTH);
            elems.push(class_atom);
            let mut include_ip = include_ip;
            let first = match exc.frame {
                Frame::CallerArgs(args) => {
                    include_ip = false;
                    frame_for(p, ip, Some(args), None)
                }
                Frame::CallerArgsInfo(args, info) => {
                    include_ip = false;
                    frame_for(p, ip, Some(args), Some(info))
                }
                Frame::CallerInfo(info) => {
                    include_ip = false;
                    frame_for(p, ip, None, Some(info))
                }
                _ => top,
            };
            // A call a process starts with failed before entering any code: OTP names the
            // process's initial call (`erlang:apply/2` for a fun).
            let first = first.or_else(|| {
                (ip == super::pending_code()).then(|| {
                    let (m, f, a) = p.initial_call;
                    p.heap.tuple(&[
                        Term::atom(m),
                        Term::atom(f),
                        Term::small(i64::from(a)),
                        Term::NIL,
                    ])
                })
            });
            elems.push(first.unwrap_or(Term::NIL));
            let mut budget = BACKTRACE_DEPTH - usize::from(first.is_some());
            if include_ip && budget > 0 && code::module_of(ip).is_some() {
                elems.push(pc_term(ip));
                budget -= 1;
            }
            // Continuation pointers on the stack, innermost first; a return address points
            // after its call, so the call's own slot is one before. As OTP does, a return
            // address equal to the previous one (deep recursion) is recorded once.
            let mut prev: *const Instr = if include_ip { ip } else { core::ptr::null() };
            let stack = p.stack.used_mut(p.e);
            for &w in stack.iter() {
                if budget == 0 {
                    break;
                }
                if w.is_header_word() && w.raw() != 0 {
                    let ret = w.raw() as *const Instr;
                    if ret == prev {
                        continue;
                    }
                    prev = ret;
                    let call = ret.wrapping_sub(1);
                    if code::module_of(call).is_some() {
                        elems.push(pc_term(call));
                        budget -= 1;
                    }
                }
            }
            p.heap.tuple(&elems)
        }
    };

    // Find the nearest catch.
    let stack = p.stack.used_mut(p.e);
    let mut frame_start = 0usize;
    let mut found: Option<(usize, Term)> = None;
    for (i, &w) in stack.iter().enumerate() {
        if w.is_header_word() {
            frame_start = i + 1;
        } else if w.is_catch() {
            found = Some((frame_start, w));
            break;
        }
    }
    match found {
        Some((start, tag)) => {
            // SAFETY: `start` indexes the used part of the stack, which starts at `p.e`.
            p.e = unsafe { p.e.add(start) };
            x[0] = Term::NON_VALUE;
            x[1] = class_atom;
            x[2] = exc.reason;
            x[3] = raw;
            Some(catch_target(tag))
        }
        None => {
            let stacktrace = build_stacktrace(p, raw);
            p.crash = Some(Crash {
                class: exc.class,
                reason: exc.reason,
                stacktrace,
            });
            None
        }
    }
}
