//! `math` BIFs over `crate::num::math` (`badarith` for domain errors and overflow, as OTP).

use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::num::math;
use crate::process::Process;
use crate::term::Term;

type A<'a> = &'a [Term];

fn arg(t: Term) -> Result<f64, Exception> {
    if let Some(f) = t.as_float() {
        return Ok(f);
    }
    let i = crate::bif::arith::term_to_int(t).ok_or_else(Exception::badarg)?;
    math::int_arg(&i).map_err(crate::bif::arith::num_error)
}

fn unary(p: &mut Process, name: &str, a: A) -> BifResult {
    let x = arg(a[0])?;
    let f = math::Unary::from_name(name).ok_or_else(Exception::badarg)?;
    let r = f.apply(x).map_err(crate::bif::arith::num_error)?;
    Ok(p.heap.float(r))
}

fn binary(p: &mut Process, name: &str, a: A) -> BifResult {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    let f = math::Binary::from_name(name).ok_or_else(Exception::badarg)?;
    let r = f.apply(x, y).map_err(crate::bif::arith::num_error)?;
    Ok(p.heap.float(r))
}

macro_rules! unary_bifs {
    ($($name:ident),*) => {
        $(fn $name(p: &mut Process, a: A) -> BifResult {
            unary(p, stringify!($name), a)
        })*
    };
}
unary_bifs!(
    sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, log, log2, log10,
    sqrt, erf, erfc, floor, ceil
);

fn atan2(p: &mut Process, a: A) -> BifResult {
    binary(p, "atan2", a)
}
fn pow(p: &mut Process, a: A) -> BifResult {
    binary(p, "pow", a)
}
fn fmod(p: &mut Process, a: A) -> BifResult {
    binary(p, "fmod", a)
}
fn pi(p: &mut Process, _a: A) -> BifResult {
    Ok(p.heap.float(math::PI))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "math";
    "sin", 1 => sin;
    "cos", 1 => cos;
    "tan", 1 => tan;
    "asin", 1 => asin;
    "acos", 1 => acos;
    "atan", 1 => atan;
    "sinh", 1 => sinh;
    "cosh", 1 => cosh;
    "tanh", 1 => tanh;
    "asinh", 1 => asinh;
    "acosh", 1 => acosh;
    "atanh", 1 => atanh;
    "exp", 1 => exp;
    "log", 1 => log;
    "log2", 1 => log2;
    "log10", 1 => log10;
    "sqrt", 1 => sqrt;
    "erf", 1 => erf;
    "erfc", 1 => erfc;
    "floor", 1 => floor;
    "ceil", 1 => ceil;
    "atan2", 2 => atan2;
    "pow", 2 => pow;
    "fmod", 2 => fmod;
    "pi", 0 => pi;
};
