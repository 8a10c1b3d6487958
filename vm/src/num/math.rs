//! The `math` module's functions with OTP's error rules: an integer argument too big for a
//! double, or a result that is infinite or NaN (domain errors, poles, overflow), is
//! `badarith`. Results come from `libm` (musl's algorithms); see `mod.rs` for how closely they
//! match OTP's (glibc) results.

use super::int::Int;
use super::NumError;

/// The one-argument functions of `math`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Exp,
    Log,
    Log2,
    Log10,
    Sqrt,
    Erf,
    Erfc,
    Floor,
    Ceil,
}

impl Unary {
    /// The function called `name` in `math`, if it is one of these.
    pub fn from_name(name: &str) -> Option<Unary> {
        Some(match name {
            "sin" => Unary::Sin,
            "cos" => Unary::Cos,
            "tan" => Unary::Tan,
            "asin" => Unary::Asin,
            "acos" => Unary::Acos,
            "atan" => Unary::Atan,
            "sinh" => Unary::Sinh,
            "cosh" => Unary::Cosh,
            "tanh" => Unary::Tanh,
            "asinh" => Unary::Asinh,
            "acosh" => Unary::Acosh,
            "atanh" => Unary::Atanh,
            "exp" => Unary::Exp,
            "log" => Unary::Log,
            "log2" => Unary::Log2,
            "log10" => Unary::Log10,
            "sqrt" => Unary::Sqrt,
            "erf" => Unary::Erf,
            "erfc" => Unary::Erfc,
            "floor" => Unary::Floor,
            "ceil" => Unary::Ceil,
            _ => return None,
        })
    }

    /// `math:F(X)` for a float argument.
    pub fn apply(self, x: f64) -> Result<f64, NumError> {
        let r = match self {
            Unary::Sin => libm::sin(x),
            Unary::Cos => libm::cos(x),
            Unary::Tan => libm::tan(x),
            Unary::Asin => libm::asin(x),
            Unary::Acos => libm::acos(x),
            Unary::Atan => libm::atan(x),
            Unary::Sinh => libm::sinh(x),
            Unary::Cosh => libm::cosh(x),
            Unary::Tanh => libm::tanh(x),
            Unary::Asinh => libm::asinh(x),
            // libm's acosh answers some x < 1 with a number instead of NaN.
            Unary::Acosh if x < 1.0 => f64::NAN,
            Unary::Acosh => libm::acosh(x),
            Unary::Atanh => libm::atanh(x),
            Unary::Exp => super::dd::exp(x),
            Unary::Log => super::dd::log(x),
            Unary::Log2 => libm::log2(x),
            Unary::Log10 => libm::log10(x),
            Unary::Sqrt => libm::sqrt(x),
            Unary::Erf => libm::erf(x),
            Unary::Erfc => libm::erfc(x),
            Unary::Floor => libm::floor(x),
            Unary::Ceil => libm::ceil(x),
        };
        super::float::check(r).map_err(|_| NumError::Badarith)
    }
}

/// The two-argument functions of `math`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    Pow,
    Atan2,
    Fmod,
}

impl Binary {
    pub fn from_name(name: &str) -> Option<Binary> {
        Some(match name {
            "pow" => Binary::Pow,
            "atan2" => Binary::Atan2,
            "fmod" => Binary::Fmod,
            _ => return None,
        })
    }

    /// `math:F(X, Y)` for float arguments.
    pub fn apply(self, x: f64, y: f64) -> Result<f64, NumError> {
        let r = match self {
            Binary::Pow => super::dd::pow(x, y),
            Binary::Atan2 => libm::atan2(x, y),
            Binary::Fmod => libm::fmod(x, y),
        };
        super::float::check(r)
    }
}

/// An integer argument of a `math` function as a double (`badarith` when too big).
pub fn int_arg(i: &Int) -> Result<f64, NumError> {
    i.to_f64().ok_or(NumError::Badarith)
}

/// `math:pi()`.
pub const PI: f64 = core::f64::consts::PI;
