//! Arithmetic: `+ - * / div rem band bor bxor bsl bsr`, unary minus, and the conversions
//! between terms and `crate::num` values.
//!
//! Small integers take the fast paths here; everything else goes through `crate::num`
//! (bignums, floats, OTP's mixing and error rules).

use crate::bif::BifDef;
use crate::code::instr::ArithOp;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::num::{Int, NumError, Number};
use crate::process::Process;
use crate::term::{make_i128, make_integer, Term};

/// The exception for a `num` error.
pub fn num_error(e: NumError) -> Exception {
    match e {
        NumError::Badarg => Exception::badarg(),
        NumError::Badarith => Exception::badarith(),
        NumError::SystemLimit => Exception::system_limit(),
    }
}

/// An integer term as a `num::Int`.
pub fn term_to_int(t: Term) -> Option<Int> {
    if t.is_small() {
        return Some(Int::Small(t.small_value()));
    }
    if !t.is_bignum() {
        return None;
    }
    let (neg, limbs) = t.bignum_parts();
    Int::from_limbs(neg, limbs).ok()
}

/// A `num::Int` as a term (small integer or bignum).
pub fn int_to_term(heap: &mut Heap, i: &Int) -> Term {
    match i {
        Int::Small(v) => crate::term::make_i64(heap, *v),
        _ => {
            let (neg, limbs) = i.to_limbs();
            make_integer(heap, neg, &limbs)
        }
    }
}

/// A number term as a `num::Number`.
pub fn term_to_number(t: Term) -> Option<Number> {
    if let Some(f) = t.as_float() {
        return Some(Number::Float(f));
    }
    term_to_int(t).map(Number::Int)
}

pub fn number_to_term(heap: &mut Heap, n: &Number) -> BifResult {
    match n {
        Number::Int(i) => Ok(int_to_term(heap, i)),
        Number::Float(f) => {
            if f.is_finite() {
                Ok(heap.float(*f))
            } else {
                Err(Exception::badarith())
            }
        }
    }
}

/// The value of a number as a float (`None` for non-numbers and integers too big for one).
pub fn to_f64(t: Term) -> Option<f64> {
    if let Some(f) = t.as_float() {
        return Some(f);
    }
    if t.is_small() {
        return Some(t.small_value() as f64);
    }
    term_to_int(t)?.to_f64()
}

fn operands(a: Term, b: Term) -> Result<(Number, Number), Exception> {
    match (term_to_number(a), term_to_number(b)) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(Exception::badarith()),
    }
}

fn int_operands(a: Term, b: Term) -> Result<(Int, Int), Exception> {
    match (term_to_int(a), term_to_int(b)) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(Exception::badarith()),
    }
}

pub fn add(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        let r = a.small_value() + b.small_value();
        return Ok(match Term::try_small(r) {
            Some(t) => t,
            None => make_i128(heap, i128::from(r)),
        });
    }
    let (x, y) = operands(a, b)?;
    let r = x.add(&y).map_err(num_error)?;
    number_to_term(heap, &r)
}

pub fn sub(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        let r = a.small_value() - b.small_value();
        return Ok(match Term::try_small(r) {
            Some(t) => t,
            None => make_i128(heap, i128::from(r)),
        });
    }
    let (x, y) = operands(a, b)?;
    let r = x.sub(&y).map_err(num_error)?;
    number_to_term(heap, &r)
}

pub fn mul(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        let r = i128::from(a.small_value()) * i128::from(b.small_value());
        return Ok(make_i128(heap, r));
    }
    let (x, y) = operands(a, b)?;
    let r = x.mul(&y).map_err(num_error)?;
    number_to_term(heap, &r)
}

pub fn fdiv(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    let (x, y) = operands(a, b)?;
    let r = x.fdiv(&y).map_err(num_error)?;
    Ok(heap.float(r))
}

pub fn int_div(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() && b.small_value() != 0 {
        return Ok(crate::term::make_i64(
            heap,
            a.small_value() / b.small_value(),
        ));
    }
    let (x, y) = int_operands(a, b)?;
    let r = x.div(&y).map_err(num_error)?;
    Ok(int_to_term(heap, &r))
}

pub fn rem(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() && b.small_value() != 0 {
        return Ok(Term::small(a.small_value() % b.small_value()));
    }
    let (x, y) = int_operands(a, b)?;
    let r = x.rem(&y).map_err(num_error)?;
    Ok(int_to_term(heap, &r))
}

pub fn band(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        return Ok(Term::small(a.small_value() & b.small_value()));
    }
    let (x, y) = int_operands(a, b)?;
    Ok(int_to_term(heap, &x.band(&y)))
}
pub fn bor(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        return Ok(Term::small(a.small_value() | b.small_value()));
    }
    let (x, y) = int_operands(a, b)?;
    Ok(int_to_term(heap, &x.bor(&y)))
}
pub fn bxor(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if a.is_small() && b.is_small() {
        return Ok(Term::small(a.small_value() ^ b.small_value()));
    }
    let (x, y) = int_operands(a, b)?;
    Ok(int_to_term(heap, &x.bxor(&y)))
}

/// `a bsl n` / `a bsr n` (a negative count shifts the other way).
pub fn shift(heap: &mut Heap, a: Term, n: Term, left: bool) -> BifResult {
    if a.is_small() && n.is_small() {
        let (v, s) = (a.small_value(), n.small_value());
        let s = if left { s } else { -s };
        if (0..=3).contains(&s) || (s < 0 && s > -64) {
            let r = if s >= 0 {
                i128::from(v) << s
            } else {
                i128::from(v >> (-s))
            };
            return Ok(make_i128(heap, r));
        }
    }
    let (x, y) = int_operands(a, n)?;
    let r = if left { x.bsl(&y) } else { x.bsr(&y) }.map_err(num_error)?;
    Ok(int_to_term(heap, &r))
}

pub fn neg(heap: &mut Heap, a: Term) -> BifResult {
    if a.is_small() {
        return Ok(crate::term::make_i64(heap, -a.small_value()));
    }
    let x = term_to_number(a).ok_or_else(Exception::badarith)?;
    number_to_term(heap, &x.neg())
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
    if a[0].is_small() {
        return Ok(Term::small(!a[0].small_value()));
    }
    let x = term_to_int(a[0]).ok_or_else(Exception::badarith)?;
    let r = x.bnot().map_err(num_error)?;
    Ok(int_to_term(&mut p.heap, &r))
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
