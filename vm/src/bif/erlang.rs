//! `erlang` BIFs: type tests, comparisons, tuples, lists, atoms and conversions, the process
//! dictionary, exceptions, module information.

use crate::atom::{self, Atom};
use crate::bif::badarg;
use crate::bif::pair_arg;
use crate::bif::{arith, BifDef};
use crate::binary;
use crate::code;
use crate::exception::{BifResult, Class, Exception, Frame};
use crate::process::{CallTarget, PendingCall, Process};
use crate::term::compare::{compare, eq, exact_eq};
use crate::term::Term;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

type A<'a> = &'a [Term];

/// The elements of a proper list, or `None`.
pub fn list_to_vec(mut l: Term) -> Option<Vec<Term>> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        v.push(h);
        l = t;
    }
    if l.is_nil() {
        Some(v)
    } else {
        None
    }
}

/// A string (list of code points) as a Rust string, when every element is a valid char.
pub fn list_to_string(l: Term) -> Option<String> {
    let v = list_to_vec(l)?;
    let mut s = String::with_capacity(v.len());
    for c in v {
        s.push(char::from_u32(u32::try_from(c.as_small()?).ok()?)?);
    }
    Some(s)
}

/// A list of the characters of `s`.
pub fn string_to_list(p: &mut Process, s: &str) -> Term {
    let v: Vec<Term> = s.chars().map(|c| Term::small(c as i64)).collect();
    p.heap.list(&v)
}

fn bool_t(b: bool) -> BifResult {
    Ok(Term::bool(b))
}

// ---- guard BIFs ----

fn hd(_p: &mut Process, a: A) -> BifResult {
    a[0].as_cons().map(|c| c.0).ok_or_else(Exception::badarg)
}
fn tl(_p: &mut Process, a: A) -> BifResult {
    a[0].as_cons().map(|c| c.1).ok_or_else(Exception::badarg)
}
fn tuple_size(_p: &mut Process, a: A) -> BifResult {
    a[0].as_tuple()
        .map(|t| Term::small(t.len() as i64))
        .ok_or_else(Exception::badarg)
}
fn size(_p: &mut Process, a: A) -> BifResult {
    if let Some(t) = a[0].as_tuple() {
        return Ok(Term::small(t.len() as i64));
    }
    binary::bitstring(a[0])
        .map(|b| Term::small(b.byte_len() as i64))
        .ok_or_else(Exception::badarg)
}
fn byte_size(_p: &mut Process, a: A) -> BifResult {
    binary::bitstring(a[0])
        .map(|b| Term::small(b.bit_len.div_ceil(8) as i64))
        .ok_or_else(Exception::badarg)
}
fn bit_size(_p: &mut Process, a: A) -> BifResult {
    binary::bitstring(a[0])
        .map(|b| Term::small(b.bit_len as i64))
        .ok_or_else(Exception::badarg)
}
fn map_size(p: &mut Process, a: A) -> BifResult {
    if a[0].is_map() {
        Ok(Term::small(crate::map::size(a[0]) as i64))
    } else {
        Err(Exception::error_tuple(p, atom::BADMAP, a[0]))
    }
}
fn map_get(p: &mut Process, a: A) -> BifResult {
    if !a[1].is_map() {
        return Err(Exception::error_tuple(p, atom::BADMAP, a[1]));
    }
    match crate::map::get(a[1], a[0]) {
        Some(v) => Ok(v),
        None => Err(Exception::error_tuple(p, atom::BADKEY, a[0])),
    }
}
fn is_map_key(p: &mut Process, a: A) -> BifResult {
    if !a[1].is_map() {
        return Err(Exception::error_tuple(p, atom::BADMAP, a[1]));
    }
    bool_t(crate::map::contains(a[1], a[0]))
}
fn element(_p: &mut Process, a: A) -> BifResult {
    let t = a[1].as_tuple().ok_or_else(Exception::badarg)?;
    let i = a[0].as_small().ok_or_else(Exception::badarg)?;
    if i < 1 || i as usize > t.len() {
        return badarg();
    }
    Ok(t[i as usize - 1])
}
fn length(_p: &mut Process, a: A) -> BifResult {
    let mut n = 0i64;
    let mut l = a[0];
    while l.is_list() {
        n += 1;
        l = l.tail();
    }
    if l.is_nil() {
        Ok(Term::small(n))
    } else {
        badarg()
    }
}
fn not(_p: &mut Process, a: A) -> BifResult {
    match a[0] {
        Term::TRUE => Ok(Term::FALSE),
        Term::FALSE => Ok(Term::TRUE),
        _ => badarg(),
    }
}
fn bools(a: A) -> Result<(bool, bool), Exception> {
    let x = if a[0] == Term::TRUE {
        true
    } else if a[0] == Term::FALSE {
        false
    } else {
        return badarg();
    };
    let y = if a[1] == Term::TRUE {
        true
    } else if a[1] == Term::FALSE {
        false
    } else {
        return badarg();
    };
    Ok((x, y))
}
fn and(_p: &mut Process, a: A) -> BifResult {
    let (x, y) = bools(a)?;
    bool_t(x && y)
}
fn or(_p: &mut Process, a: A) -> BifResult {
    let (x, y) = bools(a)?;
    bool_t(x || y)
}
fn xor(_p: &mut Process, a: A) -> BifResult {
    let (x, y) = bools(a)?;
    bool_t(x ^ y)
}
fn eq_exact(_p: &mut Process, a: A) -> BifResult {
    bool_t(exact_eq(a[0], a[1]))
}
fn ne_exact(_p: &mut Process, a: A) -> BifResult {
    bool_t(!exact_eq(a[0], a[1]))
}
fn eq_arith(_p: &mut Process, a: A) -> BifResult {
    bool_t(eq(a[0], a[1]))
}
fn ne_arith(_p: &mut Process, a: A) -> BifResult {
    bool_t(!eq(a[0], a[1]))
}
fn lt(_p: &mut Process, a: A) -> BifResult {
    bool_t(compare(a[0], a[1]) == Ordering::Less)
}
fn gt(_p: &mut Process, a: A) -> BifResult {
    bool_t(compare(a[0], a[1]) == Ordering::Greater)
}
fn le(_p: &mut Process, a: A) -> BifResult {
    bool_t(compare(a[0], a[1]) != Ordering::Greater)
}
fn ge(_p: &mut Process, a: A) -> BifResult {
    bool_t(compare(a[0], a[1]) != Ordering::Less)
}
fn is_atom(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_atom())
}
fn is_integer(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_integer())
}
fn is_float(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_float())
}
fn is_number(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_number())
}
fn is_boolean(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_boolean())
}
fn is_list(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_list() || a[0].is_nil())
}
fn is_tuple(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_tuple())
}
fn is_map(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_map())
}
fn is_binary(_p: &mut Process, a: A) -> BifResult {
    bool_t(binary::is_binary(a[0]))
}
fn is_bitstring(_p: &mut Process, a: A) -> BifResult {
    bool_t(binary::is_bitstring(a[0]))
}
fn is_pid(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_pid())
}
fn is_port(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_port())
}
fn is_reference(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_ref())
}
fn is_function1(_p: &mut Process, a: A) -> BifResult {
    bool_t(a[0].is_fun())
}
fn is_function2(_p: &mut Process, a: A) -> BifResult {
    let n = a[1]
        .as_small()
        .filter(|&n| n >= 0)
        .ok_or_else(Exception::badarg)?;
    let ok = match a[0].boxed_kind() {
        Some(crate::term::Kind::Fun) => i64::from(code::closure_entry(a[0]).callable_arity()) == n,
        Some(crate::term::Kind::Export) => i64::from(code::export_entry(a[0]).arity) == n,
        _ => false,
    };
    bool_t(ok)
}
fn node0(_p: &mut Process, _a: A) -> BifResult {
    Ok(Term::atom(atom::NONODE))
}
fn node1(_p: &mut Process, a: A) -> BifResult {
    if a[0].is_pid() || a[0].is_port() || a[0].is_ref() {
        Ok(Term::atom(atom::NONODE))
    } else {
        badarg()
    }
}
fn self_pid(p: &mut Process, _a: A) -> BifResult {
    Ok(p.pid)
}
fn abs(p: &mut Process, a: A) -> BifResult {
    let v = a[0];
    if v.is_small() {
        return Ok(crate::term::make_i64(&mut p.heap, v.small_value().abs()));
    }
    if let Some(f) = v.as_float() {
        // As OTP: -0.0 stays -0.0 (it is not below zero).
        return Ok(p.heap.float(if f < 0.0 { -f } else { f }));
    }
    let i = arith::term_to_int(v).ok_or_else(Exception::badarg)?;
    Ok(arith::int_to_term(&mut p.heap, &i.abs()))
}
fn float(p: &mut Process, a: A) -> BifResult {
    if a[0].is_float() {
        return Ok(a[0]);
    }
    let i = arith::term_to_int(a[0]).ok_or_else(Exception::badarg)?;
    let f = crate::num::float::int_to_float(&i).map_err(arith::num_error)?;
    Ok(p.heap.float(f))
}
fn float_to_int(
    p: &mut Process,
    a: A,
    f: fn(f64) -> Result<crate::num::Int, crate::num::NumError>,
) -> BifResult {
    if a[0].is_integer() {
        return Ok(a[0]);
    }
    let x = a[0].as_float().ok_or_else(Exception::badarg)?;
    let r = f(x).map_err(|_| Exception::badarg())?;
    Ok(arith::int_to_term(&mut p.heap, &r))
}
fn trunc(p: &mut Process, a: A) -> BifResult {
    float_to_int(p, a, crate::num::float::trunc)
}
fn floor(p: &mut Process, a: A) -> BifResult {
    float_to_int(p, a, crate::num::float::floor)
}
fn ceil(p: &mut Process, a: A) -> BifResult {
    float_to_int(p, a, crate::num::float::ceil)
}
fn round(p: &mut Process, a: A) -> BifResult {
    float_to_int(p, a, crate::num::float::round)
}
fn get1(p: &mut Process, a: A) -> BifResult {
    Ok(p.dict.get(a[0]).unwrap_or(Term::UNDEFINED))
}
pub(crate) fn binary_part2(p: &mut Process, a: A) -> BifResult {
    let t = pair_arg(a[1])?;
    binary_part(p, a[0], t[0], t[1])
}
pub(crate) fn binary_part3(p: &mut Process, a: A) -> BifResult {
    binary_part(p, a[0], a[1], a[2])
}
pub fn binary_part(p: &mut Process, bin: Term, start: Term, len: Term) -> BifResult {
    // A bitstring works too when the part is within its whole bytes, as in OTP.
    let (orig, off, bits) = binary::bitstring_parts(bin).ok_or_else(Exception::badarg)?;
    let size = (bits / 8) as i64;
    let s = start.as_small().ok_or_else(Exception::badarg)?;
    let l = len.as_small().ok_or_else(Exception::badarg)?;
    let (s, l) = if l < 0 { (s + l, -l) } else { (s, l) };
    if s < 0 || s > size || s + l > size {
        return badarg();
    }
    Ok(binary::extract_sub_binary(
        &mut p.heap,
        orig,
        off + 8 * s as usize,
        8 * l as usize,
    ))
}

fn max(_p: &mut Process, a: A) -> BifResult {
    Ok(if compare(a[0], a[1]) == Ordering::Less {
        a[1]
    } else {
        a[0]
    })
}
fn min(_p: &mut Process, a: A) -> BifResult {
    Ok(if compare(a[0], a[1]) == Ordering::Greater {
        a[1]
    } else {
        a[0]
    })
}

// ---- exceptions ----

fn error1(_p: &mut Process, a: A) -> BifResult {
    Err(Exception {
        class: Class::Error,
        reason: a[0],
        frame: Frame::Caller,
    })
}
fn error2(_p: &mut Process, a: A) -> BifResult {
    if a[1] == Term::atom(atom::NONE) {
        return Err(Exception {
            class: Class::Error,
            reason: a[0],
            frame: Frame::Caller,
        });
    }
    Err(Exception {
        class: Class::Error,
        reason: a[0],
        frame: Frame::CallerArgs(a[1]),
    })
}
fn error3(_p: &mut Process, a: A) -> BifResult {
    let mut info = None;
    let mut l = a[2];
    while let Some((h, t)) = l.as_cons() {
        if let Some(tp) = h.as_tuple() {
            if tp.len() == 2 && tp[0] == Term::atom(atom::ERROR_INFO) {
                info = Some(tp[1]);
            }
        }
        l = t;
    }
    let frame = match info {
        Some(i) => Frame::CallerArgsInfo(a[1], i),
        None => {
            if a[1] == Term::atom(atom::NONE) {
                Frame::Caller
            } else {
                Frame::CallerArgs(a[1])
            }
        }
    };
    Err(Exception {
        class: Class::Error,
        reason: a[0],
        frame,
    })
}
fn exit1(_p: &mut Process, a: A) -> BifResult {
    Err(Exception::exit(a[0]))
}
fn throw1(_p: &mut Process, a: A) -> BifResult {
    Err(Exception::throw(a[0]))
}
/// A stack trace as `erlang:raise/3` accepts it, with `{M,F,A}` frames completed to
/// `{M,F,A,[]}`; `None` when malformed.
/// A stack trace as `raise/3` accepts it (OTP's checks: `{Fun, Args}`, `{Fun, Args, Loc}`,
/// `{M, F, A}` and `{M, F, A, Loc}` with atoms `M` and `F` and a list `Loc`; `A` is not
/// checked), with the short forms completed by an empty location.
fn normalize_stacktrace(p: &mut Process, st: Term) -> Option<Term> {
    let frames = list_to_vec(st)?;
    let mut out = Vec::with_capacity(frames.len());
    for f in frames {
        let t = f.as_tuple()?;
        let is_loc = |x: Term| x.is_list() || x.is_nil();
        match t.len() {
            2 if t[0].is_fun() => out.push(p.heap.tuple(&[t[0], t[1], Term::NIL])),
            3 if t[0].is_fun() && is_loc(t[2]) => out.push(f),
            3 if t[0].is_atom() && t[1].is_atom() => {
                out.push(p.heap.tuple(&[t[0], t[1], t[2], Term::NIL]));
            }
            4 if t[0].is_atom() && t[1].is_atom() && is_loc(t[3]) => out.push(f),
            _ => return None,
        }
    }
    Some(p.heap.list(&out))
}

fn raise3(p: &mut Process, a: A) -> BifResult {
    // With a bad class or stack trace, raise/3 returns badarg instead of raising.
    let Some(class) = Class::from_atom(a[0]) else {
        return Ok(Term::atom(atom::BADARG));
    };
    let Some(st) = normalize_stacktrace(p, a[2]) else {
        return Ok(Term::atom(atom::BADARG));
    };
    Err(Exception {
        class,
        reason: a[1],
        frame: Frame::Given(st),
    })
}
/// `nif_error/1,2`: an error whose trace starts with the `nif_error` call itself, as OTP's.
fn nif_error1(_p: &mut Process, a: A) -> BifResult {
    Err(Exception::error(a[0]))
}

// ---- apply ----

fn apply3(p: &mut Process, a: A) -> BifResult {
    let args = list_to_vec(a[2]).ok_or_else(Exception::badarg)?;
    let (m, f) = (
        a[0].as_atom().ok_or_else(Exception::badarg)?,
        a[1].as_atom().ok_or_else(Exception::badarg)?,
    );
    let exp = code::export(m, f, args.len() as u32);
    p.pending_call = Some(PendingCall {
        target: CallTarget::Export(exp),
        args,
    });
    Ok(Term::NIL)
}
fn apply2(p: &mut Process, a: A) -> BifResult {
    let args = list_to_vec(a[1]).ok_or_else(Exception::badarg)?;
    p.pending_call = Some(PendingCall {
        target: CallTarget::Fun(a[0]),
        args,
    });
    Ok(Term::NIL)
}

// ---- references, misc ----

fn make_ref(p: &mut Process, _a: A) -> BifResult {
    let n = crate::process::next_ref_number();
    let o = p.heap.boxed(crate::term::Kind::Ref, 2);
    // SAFETY: two payload words.
    unsafe {
        *o.add(1) = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 2;
        *o.add(2) = n;
    }
    Ok(Term::make_boxed(o))
}

// ---- modules and functions ----

fn module_info_list(p: &mut Process, m: &code::Module, key: Option<Atom>) -> Option<Term> {
    let exports = |p: &mut Process| {
        let mut v = Vec::new();
        for &(f, a, _) in m.exports.iter() {
            v.push(p.heap.tuple(&[Term::atom(f), Term::small(i64::from(a))]));
        }
        p.heap.list(&v)
    };
    let md5 = |p: &mut Process| binary::new_binary(&mut p.heap, &m.md5);
    match key {
        Some(atom::MODULE) => Some(Term::atom(m.name)),
        Some(atom::EXPORTS) => Some(exports(p)),
        Some(atom::ATTRIBUTES) => Some(m.attributes),
        Some(atom::COMPILE) => Some(m.compile_info),
        Some(atom::MD5) => Some(md5(p)),
        Some(atom::FUNCTIONS) => {
            let mut v = Vec::new();
            for f in m.functions.iter() {
                v.push(
                    p.heap
                        .tuple(&[Term::atom(f.name), Term::small(i64::from(f.arity))]),
                );
            }
            Some(p.heap.list(&v))
        }
        Some(_) => None,
        None => {
            let items = [
                (atom::MODULE, Term::atom(m.name)),
                (atom::EXPORTS, exports(p)),
                (atom::ATTRIBUTES, m.attributes),
                (atom::COMPILE, m.compile_info),
                (atom::MD5, md5(p)),
            ];
            let mut v = Vec::new();
            for (k, x) in items {
                v.push(p.heap.tuple(&[Term::atom(k), x]));
            }
            Some(p.heap.list(&v))
        }
    }
}
fn get_module_info1(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let m = code::current(name).ok_or_else(Exception::badarg)?;
    module_info_list(p, &m, None).ok_or_else(Exception::badarg)
}
fn get_module_info2(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let key = a[1].as_atom().ok_or_else(Exception::badarg)?;
    let m = code::current(name).ok_or_else(Exception::badarg)?;
    module_info_list(p, &m, Some(key)).ok_or_else(Exception::badarg)
}
fn function_exported(_p: &mut Process, a: A) -> BifResult {
    let (m, f) = (
        a[0].as_atom().ok_or_else(Exception::badarg)?,
        a[1].as_atom().ok_or_else(Exception::badarg)?,
    );
    let n = a[2].as_small().ok_or_else(Exception::badarg)?;
    if !(0..=255).contains(&n) {
        return bool_t(false);
    }
    let defined = code::find_export(m, f, n as u32)
        .is_some_and(|e| !e.code().is_null() || e.bif.is_some() && code::is_loaded(m));
    bool_t(defined || crate::bif::lookup(m, f, n as u32).is_some() && m == atom::ERLANG)
}
fn module_loaded(_p: &mut Process, a: A) -> BifResult {
    let m = a[0].as_atom().ok_or_else(Exception::badarg)?;
    bool_t(code::is_loaded(m) || crate::bif::code::is_preloaded(m))
}
fn make_fun3(p: &mut Process, a: A) -> BifResult {
    let (m, f) = (
        a[0].as_atom().ok_or_else(Exception::badarg)?,
        a[1].as_atom().ok_or_else(Exception::badarg)?,
    );
    let n = a[2]
        .as_small()
        .filter(|&n| (0..=255).contains(&n))
        .ok_or_else(Exception::badarg)?;
    let e = code::export(m, f, n as u32);
    Ok(code::make_export_fun(&mut p.heap, e))
}

/// `erlang:send/2` and `!`: to a pid, a registered name, `{Name, Node}` or an alias.
pub fn send(p: &mut Process, to: Term, msg: Term) -> BifResult {
    crate::bif::process::send(p, to, msg)?;
    Ok(msg)
}
fn send2(p: &mut Process, a: A) -> BifResult {
    send(p, a[0], a[1])
}

// ---- time ----

pub(crate) fn now_ns(system: bool) -> u64 {
    match crate::platform::platform() {
        Some(pl) => {
            if system {
                pl.system_time_ns()
            } else {
                pl.monotonic_ns()
            }
        }
        None => 0,
    }
}

/// Nanoseconds in one `unit` (`second`, `millisecond`, ..., `native` = nanosecond,
/// `perf_counter` = nanosecond, or a positive integer parts per second).
pub(crate) fn unit_per_second(t: Term) -> Option<u64> {
    if let Some(n) = t.as_small() {
        return if n > 0 { Some(n as u64) } else { None };
    }
    match t.as_atom()?.name() {
        "second" | "seconds" => Some(1),
        "millisecond" | "milli_seconds" => Some(1_000),
        "microsecond" | "micro_seconds" => Some(1_000_000),
        "nanosecond" | "nano_seconds" | "native" | "perf_counter" => Some(1_000_000_000),
        _ => None,
    }
}

fn convert_ns(p: &mut Process, ns: u64, unit: Term) -> BifResult {
    let per = unit_per_second(unit).ok_or_else(Exception::badarg)?;
    let v = (u128::from(ns) * u128::from(per) / 1_000_000_000) as i128;
    Ok(crate::term::make_i128(&mut p.heap, v))
}

fn monotonic_time0(p: &mut Process, _a: A) -> BifResult {
    convert_ns(p, now_ns(false), Term::atom(atom::NATIVE))
}
fn monotonic_time1(p: &mut Process, a: A) -> BifResult {
    convert_ns(p, now_ns(false), a[0])
}
pub(crate) fn system_time0(p: &mut Process, _a: A) -> BifResult {
    convert_ns(p, now_ns(true), Term::atom(atom::NATIVE))
}
pub(crate) fn system_time1(p: &mut Process, a: A) -> BifResult {
    convert_ns(p, now_ns(true), a[0])
}
pub(crate) fn timestamp0(p: &mut Process, _a: A) -> BifResult {
    let us = now_ns(true) / 1000;
    let (mega, sec, micro) = (
        us / 1_000_000_000_000,
        (us / 1_000_000) % 1_000_000,
        us % 1_000_000,
    );
    Ok(p.heap.tuple(&[
        Term::small(mega as i64),
        Term::small(sec as i64),
        Term::small(micro as i64),
    ]))
}
fn convert_time_unit(p: &mut Process, a: A) -> BifResult {
    let from = unit_per_second(a[1]).ok_or_else(Exception::badarg)?;
    let to = unit_per_second(a[2]).ok_or_else(Exception::badarg)?;
    let v = crate::term::integer_to_i128(a[0]).ok_or_else(Exception::badarg)?;
    // OTP rounds toward negative infinity.
    let num = v * i128::from(to);
    let den = i128::from(from);
    let q = num.div_euclid(den);
    Ok(crate::term::make_i128(&mut p.heap, q))
}

// ---- funs ----

fn fun_info_item(p: &mut Process, f: Term, item: Atom) -> Option<Term> {
    let v = match f.boxed_kind()? {
        crate::term::Kind::Fun => {
            let e = code::closure_entry(f);
            match item.name() {
                "module" => Term::atom(e.module),
                "name" => Term::atom(e.function),
                "arity" => Term::small(i64::from(e.callable_arity())),
                "env" => {
                    let env = code::closure_env(f).to_vec();
                    p.heap.list(&env)
                }
                "index" | "new_index" => Term::small(i64::from(e.index)),
                "uniq" => Term::small(i64::from(e.old_uniq)),
                "new_uniq" => binary::new_binary(&mut p.heap, &[0u8; 16]),
                "pid" => p.pid,
                "type" => Term::atom(atom::LOCAL),
                _ => return None,
            }
        }
        crate::term::Kind::Export => {
            let e = code::export_entry(f);
            match item.name() {
                "module" => Term::atom(e.module),
                "name" => Term::atom(e.function),
                "arity" => Term::small(i64::from(e.arity)),
                "env" => Term::NIL,
                "type" => Term::atom(atom::EXTERNAL),
                "index" | "new_index" | "uniq" | "new_uniq" | "pid" => Term::UNDEFINED,
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(p.heap.tuple(&[Term::atom(item), v]))
}

fn fun_info1(p: &mut Process, a: A) -> BifResult {
    let items: &[&str] = match a[0].boxed_kind() {
        Some(crate::term::Kind::Fun) => &[
            "pid",
            "module",
            "new_index",
            "new_uniq",
            "index",
            "uniq",
            "name",
            "arity",
            "env",
            "type",
        ],
        Some(crate::term::Kind::Export) => &["module", "name", "arity", "env", "type"],
        _ => return badarg(),
    };
    let mut v = Vec::new();
    for it in items {
        let at = Atom::intern(it).ok_or_else(Exception::badarg)?;
        v.push(fun_info_item(p, a[0], at).ok_or_else(Exception::badarg)?);
    }
    Ok(p.heap.list(&v))
}
fn fun_info2(p: &mut Process, a: A) -> BifResult {
    if !a[0].is_fun() {
        return badarg();
    }
    let item = a[1].as_atom().ok_or_else(Exception::badarg)?;
    fun_info_item(p, a[0], item).ok_or_else(Exception::badarg)
}
/// `{Module, Function, Arity}` of a fun: a local fun names its compiled lambda
/// function and the arity it is called with (free variables not counted).
fn fun_info_mfa(p: &mut Process, a: A) -> BifResult {
    let (module, function, arity) = match a[0].boxed_kind() {
        Some(crate::term::Kind::Fun) => {
            let e = code::closure_entry(a[0]);
            (e.module, e.function, e.callable_arity())
        }
        Some(crate::term::Kind::Export) => {
            let e = code::export_entry(a[0]);
            (e.module, e.function, e.arity)
        }
        _ => return badarg(),
    };
    Ok(p.heap.tuple(&[
        Term::atom(module),
        Term::atom(function),
        Term::small(i64::from(arity)),
    ]))
}
fn fun_to_list(p: &mut Process, a: A) -> BifResult {
    if !a[0].is_fun() {
        return badarg();
    }
    let mut s = String::new();
    code::write_fun(&mut s, a[0]);
    Ok(string_to_list(p, &s))
}

pub static GUARD_BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "hd", 1 => hd;
    "tl", 1 => tl;
    "tuple_size", 1 => tuple_size;
    "size", 1 => size;
    "byte_size", 1 => byte_size;
    "bit_size", 1 => bit_size;
    "map_size", 1 => map_size;
    "map_get", 2 => map_get;
    "is_map_key", 2 => is_map_key;
    "element", 2 => element;
    "length", 1 => length;
    "not", 1 => not;
    "and", 2 => and;
    "or", 2 => or;
    "xor", 2 => xor;
    "=:=", 2 => eq_exact;
    "=/=", 2 => ne_exact;
    "==", 2 => eq_arith;
    "/=", 2 => ne_arith;
    "<", 2 => lt;
    ">", 2 => gt;
    "=<", 2 => le;
    ">=", 2 => ge;
    "is_atom", 1 => is_atom;
    "is_integer", 1 => is_integer;
    "is_float", 1 => is_float;
    "is_number", 1 => is_number;
    "is_boolean", 1 => is_boolean;
    "is_list", 1 => is_list;
    "is_tuple", 1 => is_tuple;
    "is_map", 1 => is_map;
    "is_binary", 1 => is_binary;
    "is_bitstring", 1 => is_bitstring;
    "is_pid", 1 => is_pid;
    "is_port", 1 => is_port;
    "is_reference", 1 => is_reference;
    "is_function", 1 => is_function1;
    "is_function", 2 => is_function2;
    "node", 0 => node0;
    "node", 1 => node1;
    "self", 0 => self_pid;
    "abs", 1 => abs;
    "float", 1 => float;
    "trunc", 1 => trunc;
    "floor", 1 => floor;
    "ceil", 1 => ceil;
    "round", 1 => round;
    "get", 1 => get1;
    "binary_part", 2 => binary_part2;
    "binary_part", 3 => binary_part3;
};

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "max", 2 => max;
    "min", 2 => min;
    "error", 1 => error1;
    "error", 2 => error2;
    "error", 3 => error3;
    "exit", 1 => exit1;
    "throw", 1 => throw1;
    "raise", 3 => raise3;
    "nif_error", 1 => nif_error1;
    "nif_error", 2 => nif_error1;
    "apply", 2 => apply2;
    "apply", 3 => apply3;
    "make_ref", 0 => make_ref;
    "get_module_info", 1 => get_module_info1;
    "get_module_info", 2 => get_module_info2;
    "function_exported", 3 => function_exported;
    "module_loaded", 1 => module_loaded;
    "make_fun", 3 => make_fun3;
    "send", 2 => send2;
    "fun_info", 1 => fun_info1;
    "fun_info", 2 => fun_info2;
    "fun_info_mfa", 1 => fun_info_mfa;
    "fun_to_list", 1 => fun_to_list;
    "monotonic_time", 0 => monotonic_time0;
    "monotonic_time", 1 => monotonic_time1;
    "system_time", 0 => system_time0;
    "system_time", 1 => system_time1;
    "timestamp", 0 => timestamp0;
    "convert_time_unit", 3 => convert_time_unit;
    "!", 2 => send2;
};
