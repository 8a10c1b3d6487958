//! Integer helpers over the heap bignum layout (sign + little-endian `u64` limbs) that the
//! term layer needs on its own: conversion to text. Arithmetic lives in `num`.

use alloc::string::String;
use alloc::vec::Vec;

/// Divides the magnitude in place by `d`, returning the remainder.
fn div_small(limbs: &mut Vec<u64>, d: u64) -> u64 {
    let mut rem: u128 = 0;
    for l in limbs.iter_mut().rev() {
        let cur = (rem << 64) | u128::from(*l);
        *l = (cur / u128::from(d)) as u64;
        rem = cur % u128::from(d);
    }
    while limbs.last() == Some(&0) {
        limbs.pop();
    }
    rem as u64
}

/// The digits of a magnitude in `base` (2..=36), upper-case letters, no sign.
pub fn magnitude_to_string(limbs: &[u64], base: u32) -> String {
    let base = base.clamp(2, 36) as u64;
    let mut m: Vec<u64> = limbs.to_vec();
    while m.last() == Some(&0) {
        m.pop();
    }
    if m.is_empty() {
        return String::from("0");
    }
    // Peel off chunks of the largest power of `base` fitting a u64.
    let mut chunk_digits = 0u32;
    let mut chunk: u64 = 1;
    while let Some(c) = chunk.checked_mul(base) {
        chunk = c;
        chunk_digits += 1;
    }
    let mut parts: Vec<u64> = Vec::new();
    while !m.is_empty() {
        parts.push(div_small(&mut m, chunk));
    }
    let digit = |d: u64| -> char {
        char::from_digit(d as u32, base as u32)
            .unwrap_or('?')
            .to_ascii_uppercase()
    };
    let mut out = String::new();
    for (i, &p) in parts.iter().rev().enumerate() {
        let mut buf: Vec<char> = Vec::new();
        let mut v = p;
        while v > 0 {
            buf.push(digit(v % base));
            v /= base;
        }
        if i > 0 {
            while (buf.len() as u32) < chunk_digits {
                buf.push('0');
            }
        }
        out.extend(buf.iter().rev());
    }
    if out.is_empty() {
        out.push('0');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_text() {
        assert_eq!(magnitude_to_string(&[0], 10), "0");
        assert_eq!(magnitude_to_string(&[12345], 10), "12345");
        assert_eq!(magnitude_to_string(&[u64::MAX], 10), "18446744073709551615");
        assert_eq!(magnitude_to_string(&[0, 1], 10), "18446744073709551616");
        assert_eq!(magnitude_to_string(&[255], 16), "FF");
        assert_eq!(magnitude_to_string(&[0, 1], 16), "10000000000000000");
        let v: u128 = 123456789012345678901234567890;
        assert_eq!(
            magnitude_to_string(&[v as u64, (v >> 64) as u64], 10),
            "123456789012345678901234567890"
        );
    }
}
