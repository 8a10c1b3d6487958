//! Arbitrary-precision integers over the heap bignum layout (sign + little-endian `u64`
//! limbs): conversion to text, and the arithmetic that 128-bit fast paths cannot do.

use crate::heap::Heap;
use crate::term::{make_integer, Term};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// A signed big integer: sign and magnitude (little-endian limbs, no high zero limbs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Big {
    neg: bool,
    mag: Vec<u64>,
}

fn trim(v: &mut Vec<u64>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn mag_cmp(a: &[u64], b: &[u64]) -> Ordering {
    crate::term::compare::cmp_magnitude(a, b)
}

fn mag_add(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &ai) in a.iter().enumerate() {
        let (s1, c1) = ai.overflowing_add(b.get(i).copied().unwrap_or(0));
        let (s2, c2) = s1.overflowing_add(carry);
        r.push(s2);
        carry = u64::from(c1) + u64::from(c2);
    }
    if carry > 0 {
        r.push(carry);
    }
    r
}

/// a - b, requires a >= b.
fn mag_sub(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut r = Vec::with_capacity(a.len());
    let mut borrow = 0u64;
    for (i, &ai) in a.iter().enumerate() {
        let (d1, b1) = ai.overflowing_sub(b.get(i).copied().unwrap_or(0));
        let (d2, b2) = d1.overflowing_sub(borrow);
        r.push(d2);
        borrow = u64::from(b1) + u64::from(b2);
    }
    trim(&mut r);
    r
}

fn mag_mul(a: &[u64], b: &[u64]) -> Vec<u64> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut r = vec![0u64; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry: u128 = 0;
        for (j, &y) in b.iter().enumerate() {
            let cur = u128::from(r[i + j]) + u128::from(x) * u128::from(y) + carry;
            r[i + j] = cur as u64;
            carry = cur >> 64;
        }
        let mut k = i + b.len();
        while carry > 0 {
            let cur = u128::from(r[k]) + carry;
            r[k] = cur as u64;
            carry = cur >> 64;
            k += 1;
        }
    }
    trim(&mut r);
    r
}

fn mag_shl(a: &[u64], s: usize) -> Vec<u64> {
    if a.is_empty() {
        return Vec::new();
    }
    let (w, b) = (s / 64, s % 64);
    let mut r = vec![0u64; a.len() + w + 1];
    for (i, &x) in a.iter().enumerate() {
        r[i + w] |= x << b;
        if b != 0 {
            r[i + w + 1] |= x >> (64 - b);
        }
    }
    trim(&mut r);
    r
}

fn mag_shr(a: &[u64], s: usize) -> Vec<u64> {
    let (w, b) = (s / 64, s % 64);
    if w >= a.len() {
        return Vec::new();
    }
    let mut r = vec![0u64; a.len() - w];
    for i in 0..r.len() {
        r[i] = a[i + w] >> b;
        if b != 0 && i + w + 1 < a.len() {
            r[i] |= a[i + w + 1] << (64 - b);
        }
    }
    trim(&mut r);
    r
}

fn bit_len(a: &[u64]) -> usize {
    match a.last() {
        None => 0,
        Some(&l) => 64 * a.len() - l.leading_zeros() as usize,
    }
}

/// Magnitude division: (quotient, remainder); `b` non-zero.
fn mag_divrem(a: &[u64], b: &[u64]) -> (Vec<u64>, Vec<u64>) {
    if mag_cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let mut q = a.to_vec();
        let r = div_small(&mut q, b[0]);
        let mut rv = vec![r];
        trim(&mut rv);
        return (q, rv);
    }
    // Binary long division on whole limbs of the shifted divisor.
    let n = bit_len(a) - bit_len(b);
    let mut rem = a.to_vec();
    let mut q = vec![0u64; n / 64 + 1];
    for s in (0..=n).rev() {
        let d = mag_shl(b, s);
        if mag_cmp(&rem, &d) != Ordering::Less {
            rem = mag_sub(&rem, &d);
            q[s / 64] |= 1 << (s % 64);
        }
    }
    trim(&mut q);
    (q, rem)
}

/// Two's complement limbs of `len` words.
fn to_twos(b: &Big, len: usize) -> Vec<u64> {
    let mut v = b.mag.clone();
    v.resize(len, 0);
    if b.neg {
        for x in v.iter_mut() {
            *x = !*x;
        }
        let mut carry = true;
        for x in v.iter_mut() {
            if !carry {
                break;
            }
            let (s, c) = x.overflowing_add(1);
            *x = s;
            carry = c;
        }
    }
    v
}

fn from_twos(mut v: Vec<u64>) -> Big {
    let neg = v.last().is_some_and(|&l| l >> 63 == 1);
    if neg {
        for x in v.iter_mut() {
            *x = !*x;
        }
        let mut carry = true;
        for x in v.iter_mut() {
            if !carry {
                break;
            }
            let (s, c) = x.overflowing_add(1);
            *x = s;
            carry = c;
        }
    }
    trim(&mut v);
    Big {
        neg: neg && !v.is_empty(),
        mag: v,
    }
}

impl Big {
    pub fn from_term(t: Term) -> Big {
        if t.is_small() {
            return Big::from_i128(i128::from(t.small_value()));
        }
        let (neg, limbs) = t.bignum_parts();
        let mut mag = limbs.to_vec();
        trim(&mut mag);
        Big {
            neg: neg && !mag.is_empty(),
            mag,
        }
    }
    pub fn from_i128(v: i128) -> Big {
        let m = v.unsigned_abs();
        let mut mag = vec![m as u64, (m >> 64) as u64];
        trim(&mut mag);
        Big { neg: v < 0, mag }
    }
    pub fn from_parts(neg: bool, mut mag: Vec<u64>) -> Big {
        trim(&mut mag);
        Big {
            neg: neg && !mag.is_empty(),
            mag,
        }
    }
    pub fn magnitude(&self) -> &[u64] {
        &self.mag
    }
    pub fn to_term(&self, heap: &mut Heap) -> Term {
        make_integer(heap, self.neg, &self.mag)
    }
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }
    pub fn is_negative(&self) -> bool {
        self.neg
    }
    pub fn neg(&self) -> Big {
        Big {
            neg: !self.neg && !self.mag.is_empty(),
            mag: self.mag.clone(),
        }
    }
    pub fn add(&self, o: &Big) -> Big {
        if self.neg == o.neg {
            return Big::from_parts(self.neg, mag_add(&self.mag, &o.mag));
        }
        match mag_cmp(&self.mag, &o.mag) {
            Ordering::Less => Big::from_parts(o.neg, mag_sub(&o.mag, &self.mag)),
            _ => Big::from_parts(self.neg, mag_sub(&self.mag, &o.mag)),
        }
    }
    pub fn sub(&self, o: &Big) -> Big {
        self.add(&o.neg())
    }
    pub fn mul(&self, o: &Big) -> Big {
        Big::from_parts(self.neg != o.neg, mag_mul(&self.mag, &o.mag))
    }
    /// Truncating division and remainder (remainder has the dividend's sign); `o` non-zero.
    pub fn divrem(&self, o: &Big) -> (Big, Big) {
        if o.is_zero() {
            return (Big::default(), Big::default());
        }
        let (q, r) = mag_divrem(&self.mag, &o.mag);
        (
            Big::from_parts(self.neg != o.neg, q),
            Big::from_parts(self.neg, r),
        )
    }
    fn bitwise(&self, o: &Big, f: fn(u64, u64) -> u64) -> Big {
        let len = self.mag.len().max(o.mag.len()) + 1;
        let (a, b) = (to_twos(self, len), to_twos(o, len));
        from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect())
    }
    pub fn and(&self, o: &Big) -> Big {
        self.bitwise(o, |x, y| x & y)
    }
    pub fn or(&self, o: &Big) -> Big {
        self.bitwise(o, |x, y| x | y)
    }
    pub fn xor(&self, o: &Big) -> Big {
        self.bitwise(o, |x, y| x ^ y)
    }
    /// `bnot`: -x - 1.
    pub fn not(&self) -> Big {
        self.neg().sub(&Big::from_i128(1))
    }
    pub fn shl(&self, s: usize) -> Big {
        Big::from_parts(self.neg, mag_shl(&self.mag, s))
    }
    /// Arithmetic shift right (rounds toward minus infinity, as `bsr`).
    pub fn shr(&self, s: usize) -> Big {
        if !self.neg {
            return Big::from_parts(false, mag_shr(&self.mag, s));
        }
        let m1 = mag_sub(&self.mag, &[1]);
        let q = mag_shr(&m1, s);
        Big::from_parts(true, mag_add(&q, &[1]))
    }
    pub fn to_f64(&self) -> f64 {
        let mut f = 0.0f64;
        for &l in self.mag.iter().rev() {
            f = f * 18446744073709551616.0 + l as f64;
        }
        if self.neg {
            -f
        } else {
            f
        }
    }
}

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
