//! `math` BIFs over `libm`. A result that is not a finite float raises `badarith`, as OTP.

use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;

type A<'a> = &'a [Term];

fn arg(t: Term) -> Result<f64, Exception> {
    if !t.is_number() {
        return Err(Exception::badarg());
    }
    crate::bif::arith::to_f64(t).ok_or_else(Exception::badarg)
}

fn result(p: &mut Process, f: f64) -> BifResult {
    if f.is_finite() {
        Ok(p.heap.float(f))
    } else {
        Err(Exception::badarith())
    }
}

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(p: &mut Process, a: A) -> BifResult {
            let x = arg(a[0])?;
            let f: fn(f64) -> f64 = $f;
            result(p, f(x))
        })*
    };
}

unary! {
    sin => libm::sin;
    cos => libm::cos;
    tan => libm::tan;
    asin => libm::asin;
    acos => libm::acos;
    atan => libm::atan;
    sinh => libm::sinh;
    cosh => libm::cosh;
    tanh => libm::tanh;
    asinh => libm::asinh;
    acosh => libm::acosh;
    atanh => libm::atanh;
    exp => libm::exp;
    log => libm::log;
    log2 => libm::log2;
    log10 => libm::log10;
    sqrt => libm::sqrt;
    erf => libm::erf;
    erfc => libm::erfc;
    floor => libm::floor;
    ceil => libm::ceil;
}

fn atan2(p: &mut Process, a: A) -> BifResult {
    let (y, x) = (arg(a[0])?, arg(a[1])?);
    result(p, libm::atan2(y, x))
}
fn pow(p: &mut Process, a: A) -> BifResult {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    result(p, libm::pow(x, y))
}
fn fmod(p: &mut Process, a: A) -> BifResult {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    result(p, libm::fmod(x, y))
}
fn pi(p: &mut Process, _a: A) -> BifResult {
    Ok(p.heap.float(core::f64::consts::PI))
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
