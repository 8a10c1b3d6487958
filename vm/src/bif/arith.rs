//! Arithmetic: `+ - * / div rem band bor bxor bsl bsr`, unary minus, and conversions.
//!
//! Small integers take the fast path; results that leave the 60-bit range become bignums.
//! Integer arithmetic beyond 128 bits goes through `crate::bigint`.

use crate::bif::BifDef;
use crate::bigint::Big;
use crate::code::instr::ArithOp;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{integer_to_i128, make_i128, Term};

/// A number as arithmetic sees it.
pub enum Num {
    Int(i128),
    Big(Big),
    Float(f64),
}

pub fn num(t: Term) -> Option<Num> {
    if t.is_small() {
        return Some(Num::Int(i128::from(t.small_value())));
    }
    if t.is_float() {
        return Some(Num::Float(t.float_value()));
    }
    if t.is_bignum() {
        return Some(match integer_to_i128(t) {
            Some(v) => Num::Int(v),
            None => Num::Big(Big::from_term(t)),
        });
    }
    None
}

/// The value of a number as a float (integers rounded to nearest).
pub fn to_f64(t: Term) -> Option<f64> {
    match num(t)? {
        Num::Int(v) => Some(v as f64),
        Num::Big(b) => Some(b.to_f64()),
        Num::Float(f) => Some(f),
    }
}

fn big_of(n: &Num) -> Option<Big> {
    match n {
        Num::Int(v) => Some(Big::from_i128(*v)),
        Num::Big(b) => Some(b.clone()),
        Num::Float(_) => None,
    }
}

fn float_result(heap: &mut Heap, f: f64) -> BifResult {
    if f.is_finite() {
        Ok(heap.float(f))
    } else {
        Err(Exception::badarith())
    }
}

fn int_result(heap: &mut Heap, v: i128) -> Term {
    make_i128(heap, v)
}

pub fn add(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        let r = a.small_value() + b.small_value();
        return Ok(match Term::try_small(r) {
            Some(t) => t,
            None => make_i128(heap, i128::from(r)),
        });
    }
    let (x, y) = (
        num(a).ok_or_else(Exception::badarith)?,
        num(b).ok_or_else(Exception::badarith)?,
    );
    match (&x, &y) {
        (Num::Int(p), Num::Int(q)) => match p.checked_add(*q) {
            Some(r) => Ok(int_result(heap, r)),
            None => Ok(Big::from_i128(*p).add(&Big::from_i128(*q)).to_term(heap)),
        },
        (Num::Float(_), _) | (_, Num::Float(_)) => float_result(heap, fl(&x) + fl(&y)),
        _ => Ok(big_of(&x)
            .unwrap_or_default()
            .add(&big_of(&y).unwrap_or_default())
            .to_term(heap)),
    }
}

pub fn sub(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        let r = a.small_value() - b.small_value();
        return Ok(match Term::try_small(r) {
            Some(t) => t,
            None => make_i128(heap, i128::from(r)),
        });
    }
    let (x, y) = (
        num(a).ok_or_else(Exception::badarith)?,
        num(b).ok_or_else(Exception::badarith)?,
    );
    match (&x, &y) {
        (Num::Int(p), Num::Int(q)) => match p.checked_sub(*q) {
            Some(r) => Ok(int_result(heap, r)),
            None => Ok(Big::from_i128(*p).sub(&Big::from_i128(*q)).to_term(heap)),
        },
        (Num::Float(_), _) | (_, Num::Float(_)) => float_result(heap, fl(&x) - fl(&y)),
        _ => Ok(big_of(&x)
            .unwrap_or_default()
            .sub(&big_of(&y).unwrap_or_default())
            .to_term(heap)),
    }
}

pub fn mul(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        let r = i128::from(a.small_value()) * i128::from(b.small_value());
        return Ok(int_result(heap, r));
    }
    let (x, y) = (
        num(a).ok_or_else(Exception::badarith)?,
        num(b).ok_or_else(Exception::badarith)?,
    );
    match (&x, &y) {
        (Num::Int(p), Num::Int(q)) => match p.checked_mul(*q) {
            Some(r) => Ok(int_result(heap, r)),
            None => Ok(Big::from_i128(*p).mul(&Big::from_i128(*q)).to_term(heap)),
        },
        (Num::Float(_), _) | (_, Num::Float(_)) => float_result(heap, fl(&x) * fl(&y)),
        _ => Ok(big_of(&x)
            .unwrap_or_default()
            .mul(&big_of(&y).unwrap_or_default())
            .to_term(heap)),
    }
}

fn fl(n: &Num) -> f64 {
    match n {
        Num::Int(v) => *v as f64,
        Num::Big(b) => b.to_f64(),
        Num::Float(f) => *f,
    }
}

pub fn fdiv(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    let (x, y) = (
        num(a).ok_or_else(Exception::badarith)?,
        num(b).ok_or_else(Exception::badarith)?,
    );
    let d = fl(&y);
    if d == 0.0 {
        return Err(Exception::badarith());
    }
    float_result(heap, fl(&x) / d)
}

fn ints(a: Term, b: Term) -> Result<(Num, Num), Exception> {
    let x = num(a).ok_or_else(Exception::badarith)?;
    let y = num(b).ok_or_else(Exception::badarith)?;
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        return Err(Exception::badarith());
    }
    Ok((x, y))
}

pub fn int_div(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() && b.small_value() != 0 {
        let r = a.small_value() / b.small_value();
        return Ok(crate::term::make_i64(heap, r));
    }
    match ints(a, b)? {
        (_, Num::Int(0)) => Err(Exception::badarith()),
        (Num::Int(p), Num::Int(q)) => match p.checked_div(q) {
            Some(r) => Ok(int_result(heap, r)),
            None => Ok(Big::from_i128(p).divrem(&Big::from_i128(q)).0.to_term(heap)),
        },
        (x, y) => Ok(big_of(&x)
            .unwrap_or_default()
            .divrem(&big_of(&y).unwrap_or_default())
            .0
            .to_term(heap)),
    }
}

pub fn rem(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() && b.small_value() != 0 {
        return Ok(Term::small(a.small_value() % b.small_value()));
    }
    match ints(a, b)? {
        (_, Num::Int(0)) => Err(Exception::badarith()),
        (Num::Int(p), Num::Int(q)) => Ok(int_result(heap, p.checked_rem(q).unwrap_or(0))),
        (x, y) => Ok(big_of(&x)
            .unwrap_or_default()
            .divrem(&big_of(&y).unwrap_or_default())
            .1
            .to_term(heap)),
    }
}

fn bitop(
    heap: &mut Heap,
    a: Term,
    b: Term,
    op: fn(i128, i128) -> i128,
    bop: fn(&Big, &Big) -> Big,
) -> BifResult {
    if a.is_small() && b.is_small() {
        return Ok(Term::small(
            op(i128::from(a.small_value()), i128::from(b.small_value())) as i64,
        ));
    }
    match ints(a, b)? {
        (Num::Int(p), Num::Int(q)) => Ok(int_result(heap, op(p, q))),
        (x, y) => Ok(bop(
            &big_of(&x).unwrap_or_default(),
            &big_of(&y).unwrap_or_default(),
        )
        .to_term(heap)),
    }
}

pub fn band(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    bitop(heap, a, b, |p, q| p & q, Big::and)
}
pub fn bor(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    bitop(heap, a, b, |p, q| p | q, Big::or)
}
pub fn bxor(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    bitop(heap, a, b, |p, q| p ^ q, Big::xor)
}

/// `a bsl n` (a negative `n` shifts right).
pub fn shift(heap: &mut Heap, a: Term, n: Term, left: bool) -> BifResult {
    let (x, s) = ints(a, n)?;
    let s: i128 = match s {
        Num::Int(v) => v,
        Num::Big(b) => {
            // Shifting by a bignum: zero/-1 for right shifts, system_limit for left.
            let right = b.is_negative() == left;
            if right {
                let neg = match &x {
                    Num::Int(v) => *v < 0,
                    Num::Big(b) => b.is_negative(),
                    Num::Float(_) => false,
                };
                return Ok(Term::small(if neg { -1 } else { 0 }));
            }
            return Err(Exception::system_limit());
        }
        Num::Float(_) => return Err(Exception::badarith()),
    };
    let s = if left { s } else { -s };
    let v = big_of(&x).unwrap_or_default();
    if s >= 0 {
        if v.is_zero() {
            return Ok(Term::small(0));
        }
        if s > (1 << 32) {
            return Err(Exception::system_limit());
        }
        Ok(v.shl(s as usize).to_term(heap))
    } else {
        let r = (-s).min(1 << 40) as usize;
        Ok(v.shr(r).to_term(heap))
    }
}

pub fn neg(heap: &mut Heap, a: Term) -> BifResult {
    match num(a).ok_or_else(Exception::badarith)? {
        Num::Int(v) => Ok(int_result(heap, -v)),
        Num::Big(b) => Ok(b.neg().to_term(heap)),
        Num::Float(f) => Ok(heap.float(-f)),
    }
}

pub fn binop(heap: &mut Heap, op: ArithOp, a: Term, b: Term) -> BifResult {
    match op {
        ArithOp::Add => add(heap, a, b),
        ArithOp::Sub => sub(heap, a, b),
        ArithOp::Mul => mul(heap, a, b),
        ArithOp::Div => fdiv(heap, a, b),
        ArithOp::IntDiv => int_div(heap, a, b),
        ArithOp::Rem => rem(heap, a, b),
        ArithOp::Band => band(heap, a, b),
        ArithOp::Bor => bor(heap, a, b),
        ArithOp::Bxor => bxor(heap, a, b),
        ArithOp::Bsl => shift(heap, a, b, true),
        ArithOp::Bsr => shift(heap, a, b, false),
    }
}

pub fn op_name(op: ArithOp) -> &'static str {
    match op {
        ArithOp::Add => "+",
        ArithOp::Sub => "-",
        ArithOp::Mul => "*",
        ArithOp::Div => "/",
        ArithOp::IntDiv => "div",
        ArithOp::Rem => "rem",
        ArithOp::Band => "band",
        ArithOp::Bor => "bor",
        ArithOp::Bxor => "bxor",
        ArithOp::Bsl => "bsl",
        ArithOp::Bsr => "bsr",
    }
}

/// The registry entry of a binary operator (for stack frames).
pub fn op_def(name: &str) -> &'static BifDef {
    BIFS.iter()
        .find(|d| d.name == name && d.arity == 2)
        .unwrap_or(&BIFS[0])
}

fn b_add(p: &mut Process, a: &[Term]) -> BifResult {
    add(&mut p.heap, a[0], a[1])
}
fn b_sub(p: &mut Process, a: &[Term]) -> BifResult {
    sub(&mut p.heap, a[0], a[1])
}
fn b_mul(p: &mut Process, a: &[Term]) -> BifResult {
    mul(&mut p.heap, a[0], a[1])
}
fn b_fdiv(p: &mut Process, a: &[Term]) -> BifResult {
    fdiv(&mut p.heap, a[0], a[1])
}
fn b_div(p: &mut Process, a: &[Term]) -> BifResult {
    int_div(&mut p.heap, a[0], a[1])
}
fn b_rem(p: &mut Process, a: &[Term]) -> BifResult {
    rem(&mut p.heap, a[0], a[1])
}
fn b_band(p: &mut Process, a: &[Term]) -> BifResult {
    band(&mut p.heap, a[0], a[1])
}
fn b_bor(p: &mut Process, a: &[Term]) -> BifResult {
    bor(&mut p.heap, a[0], a[1])
}
fn b_bxor(p: &mut Process, a: &[Term]) -> BifResult {
    bxor(&mut p.heap, a[0], a[1])
}
fn b_bsl(p: &mut Process, a: &[Term]) -> BifResult {
    shift(&mut p.heap, a[0], a[1], true)
}
fn b_bsr(p: &mut Process, a: &[Term]) -> BifResult {
    shift(&mut p.heap, a[0], a[1], false)
}
fn b_neg(p: &mut Process, a: &[Term]) -> BifResult {
    neg(&mut p.heap, a[0])
}
fn b_plus(_p: &mut Process, a: &[Term]) -> BifResult {
    if a[0].is_number() {
        Ok(a[0])
    } else {
        Err(Exception::badarith())
    }
}
fn b_bnot(p: &mut Process, a: &[Term]) -> BifResult {
    match num(a[0]) {
        Some(Num::Int(v)) => Ok(int_result(&mut p.heap, !v)),
        Some(Num::Big(b)) => Ok(b.not().to_term(&mut p.heap)),
        _ => Err(Exception::badarith()),
    }
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "+", 2 => b_add;
    "-", 2 => b_sub;
    "*", 2 => b_mul;
    "/", 2 => b_fdiv;
    "div", 2 => b_div;
    "rem", 2 => b_rem;
    "band", 2 => b_band;
    "bor", 2 => b_bor;
    "bxor", 2 => b_bxor;
    "bsl", 2 => b_bsl;
    "bsr", 2 => b_bsr;
    "-", 1 => b_neg;
    "+", 1 => b_plus;
    "bnot", 1 => b_bnot;
};
