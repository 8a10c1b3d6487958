//! Integers in and out of bit syntax segments of any size: `<<X:N>>`, `<<X:N/little>>`,
//! `<<X:N/signed>>` and their matching, with OTP's two's complement truncation.
//!
//! Segments are given as bytes holding `nbits` bits from the first byte's top bit on (as
//! bitstrings are stored); the unused low bits of a last partial byte are zero on output and
//! ignored on input.

use alloc::vec;
use alloc::vec::Vec;
use dashu_int::ops::BitTest;
use dashu_int::{IBig, UBig};

use super::int::Int;
use super::NumError;

/// `x mod 2^nbits` as an unsigned bignum (two's complement truncation).
fn low_bits(x: &Int, nbits: u64) -> UBig {
    if !x.is_negative() && x.magnitude_bits() <= nbits {
        return UBig::try_from(x.to_ibig()).unwrap_or(UBig::ZERO);
    }
    let mask = (UBig::ONE << nbits as usize) - UBig::ONE;
    let masked = x.to_ibig() & IBig::from(mask);
    // Masking with a nonnegative value leaves a nonnegative result.
    UBig::try_from(masked).unwrap_or(UBig::ZERO)
}

/// Little-endian bytes of `v`, padded with zeros to `len` bytes.
fn le_bytes(v: &UBig, len: usize) -> Vec<u8> {
    let mut out = v.to_le_bytes().into_vec();
    out.resize(len, 0);
    out
}

impl Int {
    /// The segment `<<X:N>>` (big-endian), `ceil(N/8)` bytes.
    pub fn to_segment_be(&self, nbits: u64) -> Vec<u8> {
        let len = nbits.div_ceil(8) as usize;
        if nbits == 0 {
            return Vec::new();
        }
        // Shift left so the N bits start at the top of the first byte.
        let pad = (len as u64 * 8 - nbits) as usize;
        let v = low_bits(self, nbits) << pad;
        let mut out = le_bytes(&v, len);
        out.reverse();
        out
    }

    /// The segment `<<X:N/little>>`: whole bytes least significant first, then the remaining
    /// high `N mod 8` bits as a last partial byte.
    pub fn to_segment_le(&self, nbits: u64) -> Vec<u8> {
        let len = nbits.div_ceil(8) as usize;
        let v = low_bits(self, nbits);
        let mut out = le_bytes(&v, len);
        let rem = nbits % 8;
        if rem != 0 {
            if let Some(last) = out.last_mut() {
                *last <<= 8 - rem;
            }
        }
        out
    }

    /// Reads `<<V:N>>` or `<<V:N/signed>>` (big-endian) from `bytes`. Too few bytes is
    /// `badarg`.
    pub fn from_segment_be(bytes: &[u8], nbits: u64, signed: bool) -> Result<Int, NumError> {
        let len = nbits.div_ceil(8) as usize;
        let bytes = bytes.get(..len).ok_or(NumError::Badarg)?;
        let pad = (len as u64 * 8 - nbits) as usize;
        let v = UBig::from_be_bytes(bytes) >> pad;
        Self::finish_segment(v, nbits, signed)
    }

    /// Reads `<<V:N/little>>` or `<<V:N/little-signed>>` from `bytes`.
    pub fn from_segment_le(bytes: &[u8], nbits: u64, signed: bool) -> Result<Int, NumError> {
        let len = nbits.div_ceil(8) as usize;
        let bytes = bytes.get(..len).ok_or(NumError::Badarg)?;
        let rem = nbits % 8;
        let v = if rem != 0 {
            let mut owned = vec![0u8; len];
            owned.copy_from_slice(bytes);
            if let Some(last) = owned.last_mut() {
                *last >>= 8 - rem;
            }
            UBig::from_le_bytes(&owned)
        } else {
            UBig::from_le_bytes(bytes)
        };
        Self::finish_segment(v, nbits, signed)
    }

    fn finish_segment(v: UBig, nbits: u64, signed: bool) -> Result<Int, NumError> {
        let negative = signed && nbits > 0 && v.bit(nbits as usize - 1);
        let value = if negative {
            IBig::from(v) - IBig::from(UBig::ONE << nbits as usize)
        } else {
            IBig::from(v)
        };
        Int::from_ibig(value)
    }
}
