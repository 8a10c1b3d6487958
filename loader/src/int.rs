//! Integers of any size as the loader meets them (compact-term `i` operands, ETF integers).
//! The loader does no bignum arithmetic: a big integer is kept as sign + magnitude limbs, and
//! only converting it to decimal text needs a (small) division loop.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// An integer: `Small` whenever it fits an `i64`, otherwise `Big` (never a big that fits).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(Box<BigInt>),
}

/// A big integer: sign and magnitude, magnitude in little-endian 32-bit limbs with no high zero
/// limb. Built only through [`Int`] constructors, so it never holds a value that fits an `i64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BigInt {
    pub negative: bool,
    pub limbs: Vec<u32>,
}

impl Int {
    /// From a sign and a little-endian magnitude (the ETF `SMALL_BIG_EXT`/`LARGE_BIG_EXT` layout).
    pub fn from_le_magnitude(negative: bool, bytes: &[u8]) -> Int {
        let mut limbs: Vec<u32> = Vec::with_capacity(bytes.len().div_ceil(4));
        for chunk in bytes.chunks(4) {
            let mut word = [0u8; 4];
            for (dst, src) in word.iter_mut().zip(chunk) {
                *dst = *src;
            }
            limbs.push(u32::from_le_bytes(word));
        }
        Int::from_limbs(negative, limbs)
    }

    /// From big-endian two's complement bytes (the compact-term `i` layout: negative when the
    /// first byte has its top bit set). An empty slice is zero.
    pub fn from_be_twos_complement(bytes: &[u8]) -> Int {
        let negative = bytes.first().is_some_and(|b| b & 0x80 != 0);
        // Little-endian magnitude; for a negative number negate (invert, add one).
        let mut magnitude: Vec<u8> = bytes.iter().rev().copied().collect();
        if negative {
            let mut carry = true;
            for b in magnitude.iter_mut() {
                let (v, c) = (!*b).overflowing_add(u8::from(carry));
                *b = v;
                carry = c;
            }
        }
        Int::from_le_magnitude(negative, &magnitude)
    }

    /// From sign + little-endian limbs, normalising (strip high zeros, `Small` when it fits).
    pub fn from_limbs(negative: bool, mut limbs: Vec<u32>) -> Int {
        while limbs.last() == Some(&0) {
            limbs.pop();
        }
        if limbs.len() <= 2 {
            let lo = u64::from(limbs.first().copied().unwrap_or(0));
            let hi = u64::from(limbs.get(1).copied().unwrap_or(0));
            let mag = (hi << 32) | lo;
            if !negative && mag <= i64::MAX as u64 {
                return Int::Small(mag as i64);
            }
            if negative && mag <= 1u64 << 63 {
                return Int::Small((mag as i64).wrapping_neg());
            }
        }
        Int::Big(Box::new(BigInt { negative, limbs }))
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.negative,
        }
    }

    /// Decimal text, as Erlang prints integers (`-` sign, no grouping).
    pub fn to_decimal(&self) -> String {
        let mut out = String::new();
        self.write_decimal(&mut out);
        out
    }

    pub fn write_decimal(&self, out: &mut String) {
        use core::fmt::Write;
        match self {
            Int::Small(v) => {
                let _ = write!(out, "{v}");
            }
            Int::Big(b) => b.write_decimal(out),
        }
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl core::fmt::Display for Int {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.to_decimal())
    }
}

impl BigInt {
    fn write_decimal(&self, out: &mut String) {
        // Repeated division by 10^9 collects base-10^9 digits, least significant first.
        const CHUNK: u64 = 1_000_000_000;
        let mut limbs = self.limbs.clone();
        let mut chunks: Vec<u32> = Vec::new();
        while !limbs.is_empty() {
            let mut rem: u64 = 0;
            for limb in limbs.iter_mut().rev() {
                let cur = (rem << 32) | u64::from(*limb);
                *limb = (cur / CHUNK) as u32;
                rem = cur % CHUNK;
            }
            chunks.push(rem as u32);
            while limbs.last() == Some(&0) {
                limbs.pop();
            }
        }
        if self.negative {
            out.push('-');
        }
        use core::fmt::Write;
        let mut iter = chunks.iter().rev();
        if let Some(first) = iter.next() {
            let _ = write!(out, "{first}");
        } else {
            out.push('0');
        }
        for c in iter {
            let _ = write!(out, "{c:09}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twos_complement() {
        assert_eq!(Int::from_be_twos_complement(&[0xff, 0xff]), Int::Small(-1));
        assert_eq!(Int::from_be_twos_complement(&[0x00, 0xff]), Int::Small(255));
        assert_eq!(
            Int::from_be_twos_complement(&[0x80, 0, 0, 0, 0, 0, 0, 0]),
            Int::Small(i64::MIN)
        );
        let big = Int::from_be_twos_complement(&[0x00, 0x80, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(big.to_decimal(), "9223372036854775808");
        let nbig =
            Int::from_be_twos_complement(&[0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
        assert_eq!(nbig.to_decimal(), "-9223372036854775809");
    }

    #[test]
    fn decimal() {
        let v = Int::from_le_magnitude(false, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(v.to_decimal(), "340282366920938463463374607431768211456");
        let v = Int::from_le_magnitude(true, &[0, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(v.to_decimal(), "-18446744073709551616");
    }
}
