//! Arithmetic on Erlang numbers of either kind, with OTP's mixing rules: integer op integer
//! stays exact; if either side is a float the integer is converted (`badarith` when too big)
//! and the float result must be finite.

use core::cmp::Ordering;

use super::float;
use super::int::Int;
use super::NumError;

/// An Erlang number.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(Int),
    Float(f64),
}

impl From<Int> for Number {
    fn from(i: Int) -> Self {
        Number::Int(i)
    }
}

impl From<f64> for Number {
    fn from(f: f64) -> Self {
        Number::Float(f)
    }
}

impl Number {
    /// The value as a float operand of mixed arithmetic.
    pub fn to_operand(&self) -> Result<f64, NumError> {
        match self {
            Number::Int(i) => float::int_operand(i),
            Number::Float(f) => Ok(*f),
        }
    }

    fn mixed(
        &self,
        other: &Number,
        ints: impl FnOnce(&Int, &Int) -> Result<Int, NumError>,
        floats: impl FnOnce(f64, f64) -> Result<f64, NumError>,
    ) -> Result<Number, NumError> {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => ints(a, b).map(Number::Int),
            _ => floats(self.to_operand()?, other.to_operand()?).map(Number::Float),
        }
    }

    /// `+`
    pub fn add(&self, other: &Number) -> Result<Number, NumError> {
        self.mixed(other, Int::add, float::add)
    }

    /// `-`
    pub fn sub(&self, other: &Number) -> Result<Number, NumError> {
        self.mixed(other, Int::sub, float::sub)
    }

    /// `*`
    pub fn mul(&self, other: &Number) -> Result<Number, NumError> {
        self.mixed(other, Int::mul, float::mul)
    }

    /// `/`: always a float; both sides are converted, division by zero is `badarith`.
    pub fn fdiv(&self, other: &Number) -> Result<f64, NumError> {
        float::div(self.to_operand()?, other.to_operand()?)
    }

    /// Unary `-`.
    pub fn neg(&self) -> Number {
        match self {
            Number::Int(i) => Number::Int(i.neg()),
            Number::Float(f) => Number::Float(-f),
        }
    }

    /// `abs/1`.
    pub fn abs(&self) -> Number {
        match self {
            Number::Int(i) => Number::Int(i.abs()),
            Number::Float(f) => Number::Float(f.abs()),
        }
    }

    /// Numeric order as `<`, `==` and term order compare numbers: exact across kinds, so
    /// `1 == 1.0` and `9007199254740993 > 9007199254740992.0`. (`=:=` additionally requires the
    /// same kind; in OTP 25 `0.0 =:= -0.0` is true.)
    pub fn compare(&self, other: &Number) -> Ordering {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => a.cmp(b),
            (Number::Int(a), Number::Float(b)) => a.cmp_f64(*b),
            (Number::Float(a), Number::Int(b)) => b.cmp_f64(*a).reverse(),
            (Number::Float(a), Number::Float(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
        }
    }
}
