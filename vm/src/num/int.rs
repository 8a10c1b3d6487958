//! Erlang integers of any size: an `i64` fast path and a `dashu_int::IBig` bignum.

use core::cmp::Ordering;

use alloc::vec::Vec;
use dashu_int::ops::UnsignedAbs;
use dashu_int::{IBig, Sign, UBig};

use super::NumError;

/// OTP's `BIG_ARITY_MAX` on 64-bit machines: a bignum's magnitude has at most this many 64-bit
/// limbs. Any result that would need more raises `system_limit`, as in OTP.
pub const MAX_BIG_LIMBS: usize = (1 << 19) - 1;
/// The largest magnitude bit length an integer may have (`MAX_BIG_LIMBS * 64`).
pub const MAX_BIG_BITS: u64 = MAX_BIG_LIMBS as u64 * 64;

/// An Erlang integer. Invariant: `Big` holds only values outside the `i64` range, so two equal
/// integers always have the same variant and the derived `PartialEq`/`Hash` are correct.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(IBig),
}

impl From<i64> for Int {
    fn from(v: i64) -> Self {
        Int::Small(v)
    }
}

impl From<i32> for Int {
    fn from(v: i32) -> Self {
        Int::Small(i64::from(v))
    }
}

impl From<u64> for Int {
    fn from(v: u64) -> Self {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(IBig::from(v)),
        }
    }
}

impl From<i128> for Int {
    fn from(v: i128) -> Self {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(IBig::from(v)),
        }
    }
}

impl From<u128> for Int {
    fn from(v: u128) -> Self {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(IBig::from(v)),
        }
    }
}

/// Bit length of a magnitude given as little-endian limbs (no high zero limbs).
fn words_bit_len(words: &[u64]) -> u64 {
    match words.last() {
        None => 0,
        Some(&top) => (words.len() as u64 - 1) * 64 + (64 - u64::from(top.leading_zeros())),
    }
}

impl Int {
    pub const ZERO: Int = Int::Small(0);
    pub const ONE: Int = Int::Small(1);

    /// Wraps a bignum, checking OTP's size limit and moving values that fit into `Small`.
    pub fn from_ibig(b: IBig) -> Result<Int, NumError> {
        if let Ok(s) = i64::try_from(&b) {
            return Ok(Int::Small(s));
        }
        let (_, words) = b.as_sign_words();
        if words.len() > MAX_BIG_LIMBS {
            return Err(NumError::SystemLimit);
        }
        Ok(Int::Big(b))
    }

    /// The value as a bignum (allocation-free for values that dashu keeps inline).
    pub fn to_ibig(&self) -> IBig {
        match self {
            Int::Small(v) => IBig::from(*v),
            Int::Big(b) => b.clone(),
        }
    }

    /// Applies a bignum operation to borrowed operands (a small operand becomes an inline
    /// `IBig`, which does not allocate), so no operand is copied.
    fn big_op(&self, other: &Int, f: impl Fn(&IBig, &IBig) -> IBig) -> IBig {
        match (self, other) {
            (Int::Big(a), Int::Big(b)) => f(a, b),
            (Int::Big(a), Int::Small(b)) => f(a, &IBig::from(*b)),
            (Int::Small(a), Int::Big(b)) => f(&IBig::from(*a), b),
            (Int::Small(a), Int::Small(b)) => f(&IBig::from(*a), &IBig::from(*b)),
        }
    }

    /// The value if it fits an `i64`.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.sign() == Sign::Negative,
        }
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        match self {
            Int::Small(v) => v.signum() as i32,
            Int::Big(b) => {
                if b.sign() == Sign::Negative {
                    -1
                } else {
                    1
                }
            }
        }
    }

    /// Number of bits of the magnitude `|self|` (0 for 0).
    pub fn magnitude_bits(&self) -> u64 {
        match self {
            Int::Small(v) => 64 - u64::from(v.unsigned_abs().leading_zeros()),
            Int::Big(b) => words_bit_len(b.as_sign_words().1),
        }
    }

    // ---- limb access, for storing bignums on the VM heap ----

    /// Number of 64-bit limbs of the magnitude (0 for zero).
    pub fn magnitude_limb_count(&self) -> usize {
        match self {
            Int::Small(0) => 0,
            Int::Small(_) => 1,
            Int::Big(b) => b.as_sign_words().1.len(),
        }
    }

    /// Writes the magnitude as little-endian 64-bit limbs into `dst` (which must hold exactly
    /// `magnitude_limb_count()` limbs; extra limbs are zeroed, missing ones are dropped) and
    /// returns whether the value is negative.
    pub fn copy_magnitude_limbs(&self, dst: &mut [u64]) -> bool {
        dst.iter_mut().for_each(|w| *w = 0);
        match self {
            Int::Small(v) => {
                if let Some(first) = dst.first_mut() {
                    *first = v.unsigned_abs();
                }
                *v < 0
            }
            Int::Big(b) => {
                let (sign, words) = b.as_sign_words();
                for (d, s) in dst.iter_mut().zip(words.iter()) {
                    *d = *s;
                }
                sign == Sign::Negative
            }
        }
    }

    /// The magnitude as little-endian limbs plus the sign (`true` = negative).
    pub fn to_limbs(&self) -> (bool, Vec<u64>) {
        let mut v = alloc::vec![0u64; self.magnitude_limb_count()];
        let neg = self.copy_magnitude_limbs(&mut v);
        (neg, v)
    }

    /// Builds an integer from a sign and a little-endian magnitude. High zero limbs are
    /// ignored. More than `MAX_BIG_LIMBS + 1` significant limbs is `system_limit`: as in OTP,
    /// `band`/`bor`/`bxor` on negative operands of the largest size can give a result one
    /// limb over the limit that arithmetic would refuse, and such values must still be stored.
    pub fn from_limbs(negative: bool, limbs: &[u64]) -> Result<Int, NumError> {
        let mut len = limbs.len();
        while len > 0 && limbs[len - 1] == 0 {
            len -= 1;
        }
        let limbs = &limbs[..len];
        if len > MAX_BIG_LIMBS + 1 {
            return Err(NumError::SystemLimit);
        }
        if len <= 1 {
            let mag = limbs.first().copied().unwrap_or(0);
            if negative {
                if mag <= 1u64 << 63 {
                    return Ok(Int::Small((mag as i64).wrapping_neg()));
                }
            } else if mag <= i64::MAX as u64 {
                return Ok(Int::Small(mag as i64));
            }
        }
        let sign = if negative {
            Sign::Negative
        } else {
            Sign::Positive
        };
        Ok(Self::norm(IBig::from_sign_words(sign, limbs)))
    }

    // ---- arithmetic ----

    pub fn add(&self, other: &Int) -> Result<Int, NumError> {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Ok(match a.checked_add(*b) {
                Some(r) => Int::Small(r),
                None => Int::from(i128::from(*a) + i128::from(*b)),
            });
        }
        Int::from_ibig(self.big_op(other, |a, b| a + b))
    }

    pub fn sub(&self, other: &Int) -> Result<Int, NumError> {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Ok(match a.checked_sub(*b) {
                Some(r) => Int::Small(r),
                None => Int::from(i128::from(*a) - i128::from(*b)),
            });
        }
        Int::from_ibig(self.big_op(other, |a, b| a - b))
    }

    pub fn mul(&self, other: &Int) -> Result<Int, NumError> {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Ok(match a.checked_mul(*b) {
                Some(r) => Int::Small(r),
                None => Int::from(i128::from(*a) * i128::from(*b)),
            }),
            (Int::Small(0), _) | (_, Int::Small(0)) => Ok(Int::ZERO),
            (Int::Big(a), Int::Small(b)) | (Int::Small(b), Int::Big(a)) => {
                Self::check_product_bits(self, other)?;
                Int::from_ibig(a * IBig::from(*b))
            }
            (Int::Big(a), Int::Big(b)) => {
                Self::check_product_bits(self, other)?;
                Int::from_ibig(a * b)
            }
        }
    }

    /// A product of nonzero factors has at least `bits(a) + bits(b) - 1` bits: refuse before
    /// allocating when that is already over OTP's limit.
    fn check_product_bits(a: &Int, b: &Int) -> Result<(), NumError> {
        if a.magnitude_bits() + b.magnitude_bits() - 1 > MAX_BIG_BITS {
            Err(NumError::SystemLimit)
        } else {
            Ok(())
        }
    }

    /// `div`: quotient truncated toward zero. Division by zero is `badarith`.
    pub fn div(&self, other: &Int) -> Result<Int, NumError> {
        match (self, other) {
            (_, Int::Small(0)) => Err(NumError::Badarith),
            (Int::Small(a), Int::Small(b)) => Ok(match a.checked_div(*b) {
                Some(r) => Int::Small(r),
                None => Int::from(-i128::from(*a)),
            }),
            // |a| < |b| except for i64::MIN against 2^63.
            (Int::Small(a), Int::Big(b)) if *a == i64::MIN => Int::from_ibig(IBig::from(*a) / b),
            (Int::Small(_), Int::Big(_)) => Ok(Int::ZERO),
            (Int::Big(a), Int::Small(b)) => Int::from_ibig(a / IBig::from(*b)),
            (Int::Big(a), Int::Big(b)) => Int::from_ibig(a / b),
        }
    }

    /// `rem`: remainder with the sign of the dividend. Division by zero is `badarith`.
    pub fn rem(&self, other: &Int) -> Result<Int, NumError> {
        match (self, other) {
            (_, Int::Small(0)) => Err(NumError::Badarith),
            (Int::Small(a), Int::Small(b)) => Ok(Int::Small(a.checked_rem(*b).unwrap_or(0))),
            (Int::Small(a), Int::Big(b)) if *a == i64::MIN => Int::from_ibig(IBig::from(*a) % b),
            (Int::Small(a), Int::Big(_)) => Ok(Int::Small(*a)),
            (Int::Big(a), Int::Small(b)) => Int::from_ibig(a % IBig::from(*b)),
            (Int::Big(a), Int::Big(b)) => Int::from_ibig(a % b),
        }
    }

    /// Quotient and remainder at once (`div` and `rem` semantics).
    pub fn div_rem(&self, other: &Int) -> Result<(Int, Int), NumError> {
        match (self, other) {
            (Int::Big(a), Int::Big(b)) => {
                let (q, r) = dashu_int::ops::DivRem::div_rem(a, b);
                Ok((Int::from_ibig(q)?, Int::from_ibig(r)?))
            }
            _ => Ok((self.div(other)?, self.rem(other)?)),
        }
    }

    /// Floored division and modulo (`math:floor_div`-like helpers; Erlang has no operator).
    pub fn floor_div_mod(&self, other: &Int) -> Result<(Int, Int), NumError> {
        let (q, r) = self.div_rem(other)?;
        if !r.is_zero() && (r.is_negative() != other.is_negative()) {
            Ok((q.sub(&Int::ONE)?, r.add(other)?))
        } else {
            Ok((q, r))
        }
    }

    /// Unary minus. Only `-(2^(64*MAX_BIG_LIMBS))`-sized edge cases could fail, and those
    /// values cannot exist, so this is infallible.
    pub fn neg(&self) -> Int {
        match self {
            Int::Small(v) => match v.checked_neg() {
                Some(r) => Int::Small(r),
                None => Int::Big(-IBig::from(*v)),
            },
            Int::Big(b) => {
                let n = -b;
                match i64::try_from(&n) {
                    Ok(s) => Int::Small(s),
                    Err(_) => Int::Big(n),
                }
            }
        }
    }

    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    // ---- bitwise operations, two's complement on negatives ----

    pub fn band(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => Self::norm(self.big_op(other, |a, b| a & b)),
        }
    }

    pub fn bor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => Self::norm(self.big_op(other, |a, b| a | b)),
        }
    }

    pub fn bxor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => Self::norm(self.big_op(other, |a, b| a ^ b)),
        }
    }

    /// `bnot X` = `-X - 1`. Unlike the other bitwise operations, OTP computes this one as
    /// arithmetic and checks the size limit, so `bnot` of the largest positive integer is
    /// `system_limit`.
    pub fn bnot(&self) -> Result<Int, NumError> {
        match self {
            Int::Small(a) => Ok(Int::Small(!a)),
            Int::Big(b) => Int::from_ibig(!b),
        }
    }

    /// Results of bitwise operations have at most one bit more than their largest operand;
    /// OTP does not check them against its size limit, and neither does this.
    fn norm(b: IBig) -> Int {
        match i64::try_from(&b) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(b),
        }
    }

    /// `self bsl shift`. A negative shift shifts right. Shifting a nonzero value left past
    /// OTP's size limit is `system_limit`; shifting right by any amount floors (so a negative
    /// value ends at -1).
    pub fn bsl(&self, shift: &Int) -> Result<Int, NumError> {
        match shift {
            Int::Small(s) => {
                if *s >= 0 {
                    self.shift_left(s.unsigned_abs())
                } else {
                    Ok(self.shift_right(s.unsigned_abs()))
                }
            }
            Int::Big(b) => {
                if b.sign() == Sign::Negative {
                    Ok(self.shift_right(u64::MAX))
                } else {
                    self.shift_left(u64::MAX)
                }
            }
        }
    }

    /// `self bsr shift` = `self bsl -shift`.
    pub fn bsr(&self, shift: &Int) -> Result<Int, NumError> {
        match shift {
            Int::Small(s) => {
                if *s >= 0 {
                    Ok(self.shift_right(s.unsigned_abs()))
                } else {
                    self.shift_left(s.unsigned_abs())
                }
            }
            Int::Big(b) => {
                if b.sign() == Sign::Negative {
                    self.shift_left(u64::MAX)
                } else {
                    Ok(self.shift_right(u64::MAX))
                }
            }
        }
    }

    /// Left shift by a nonnegative amount.
    pub fn shift_left(&self, s: u64) -> Result<Int, NumError> {
        if self.is_zero() || s == 0 {
            return Ok(self.clone());
        }
        let bits = self.magnitude_bits();
        if s > MAX_BIG_BITS || bits + s > MAX_BIG_BITS {
            return Err(NumError::SystemLimit);
        }
        if let Int::Small(v) = self {
            if bits + s < 64 {
                return Ok(Int::Small(v << s));
            }
        }
        // `s` is at most MAX_BIG_BITS here, well within usize.
        match self {
            Int::Big(b) => Int::from_ibig(b << (s as usize)),
            Int::Small(v) => Int::from_ibig(IBig::from(*v) << (s as usize)),
        }
    }

    /// Arithmetic right shift by a nonnegative amount (floor division by 2^s).
    pub fn shift_right(&self, s: u64) -> Int {
        match self {
            Int::Small(v) => Int::Small(if s >= 64 { v >> 63 } else { v >> s }),
            Int::Big(b) => {
                if s >= self.magnitude_bits() {
                    return Int::Small(if b.sign() == Sign::Negative { -1 } else { 0 });
                }
                let s = s as usize;
                if b.sign() == Sign::Negative {
                    // floor(-m / 2^s) = -((m - 1) >> s) - 1
                    let m = b.unsigned_abs() - UBig::ONE;
                    Self::norm(-IBig::from(m >> s) - IBig::ONE)
                } else {
                    Self::norm(b >> s)
                }
            }
        }
    }

    /// Value of bit `n` of the two's complement representation.
    pub fn bit(&self, n: u64) -> bool {
        match self {
            Int::Small(v) => (v >> n.min(63)) & 1 == 1,
            Int::Big(_) => !self.shift_right(n).band(&Int::ONE).is_zero(),
        }
    }

    // ---- conversions with floats ----

    /// Conversion to a double exactly as OTP does it (`float/1`, mixed arithmetic): small
    /// values round correctly; bignums accumulate `d * 2^64 + limb` from the top limb down, as
    /// OTP's `big_to_double` does. `None` when the result overflows (OTP's `badarg` in
    /// `float/1`, `badarith` in arithmetic).
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            Int::Small(v) => Some(*v as f64),
            Int::Big(b) => {
                let (sign, words) = b.as_sign_words();
                let base = 18446744073709551616.0f64; // 2^64
                let mut d = 0.0f64;
                for &w in words.iter().rev() {
                    d = d * base + w as f64;
                    if !d.is_finite() {
                        return None;
                    }
                }
                Some(if sign == Sign::Negative { -d } else { d })
            }
        }
    }

    /// The integer part of a finite float (truncation toward zero), exactly. `None` for
    /// infinities and NaN.
    pub fn from_f64_trunc(f: f64) -> Option<Int> {
        if !f.is_finite() {
            return None;
        }
        let t = libm::trunc(f);
        if t.abs() < 9.2e18 {
            return Some(Int::Small(t as i64));
        }
        let bits = t.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        // |t| >= 9.2e18 > 2^53, so exp > 0: the value is mantissa * 2^exp, exactly.
        let mag = UBig::from(mantissa) << (exp as usize);
        let v = if t < 0.0 {
            -IBig::from(mag)
        } else {
            IBig::from(mag)
        };
        Some(Self::norm(v))
    }

    /// Exact comparison of an integer with a float, as OTP's term order does it (`==` when the
    /// values are mathematically equal). `f` must not be NaN (Erlang has none); NaN orders as
    /// equal.
    pub fn cmp_f64(&self, f: f64) -> Ordering {
        if f.is_nan() {
            return Ordering::Equal;
        }
        if f == f64::INFINITY {
            return Ordering::Less;
        }
        if f == f64::NEG_INFINITY {
            return Ordering::Greater;
        }
        if let Int::Small(v) = self {
            // Both exactly representable as doubles: compare as doubles.
            if v.unsigned_abs() <= 1u64 << 53 {
                return (*v as f64).partial_cmp(&f).unwrap_or(Ordering::Equal);
            }
        }
        // Compare with the integer part first; if equal, the fraction decides.
        let t = libm::trunc(f);
        let ti = match Int::from_f64_trunc(t) {
            Some(ti) => ti,
            None => return Ordering::Equal,
        };
        match self.cmp(&ti) {
            Ordering::Equal => {
                let frac = f - t;
                if frac > 0.0 {
                    Ordering::Less
                } else if frac < 0.0 {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            }
            o => o,
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            // A Big is outside the i64 range, so its sign decides against a Small.
            (Int::Small(_), Int::Big(b)) => {
                if b.sign() == Sign::Negative {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(a), Int::Small(_)) => {
                if a.sign() == Sign::Negative {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
        }
    }
}

impl core::fmt::Display for Int {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

/// The limb API assumes dashu's word is 64 bits (true on x86_64, the only target).
const _: fn(dashu_int::Word) -> u64 = |w| w;
