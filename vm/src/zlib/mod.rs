//! zlib as OTP uses it: the deflate compressor (a port of zlib 1.2.13's algorithm, so that
//! `term_to_binary(T, [compressed])` writes the very bytes OTP writes), the zlib container,
//! inflating (via `miniz_oxide`: any correct inflater gives the same bytes), and the
//! checksums `adler32`/`crc32` with their `combine` functions.
//!
//! Deflate output is not unique: two correct compressors can write different streams for the
//! same input. OTP links the system zlib (1.2.13 on the reference machine), so the compressor
//! here follows that version's matcher, lazy evaluation, block splitting and Huffman tree
//! construction step by step (`deflate.rs`, `trees.rs`). `zlib/tests` compares it with the
//! system zlib through python3 on random and structured inputs at every level.

mod deflate;
mod trees;

pub use deflate::compress;

use alloc::vec::Vec;

const ADLER_BASE: u32 = 65521;
/// Largest n such that 255 n (n+1) / 2 + (n+1) (BASE-1) <= 2^32-1 (as zlib's NMAX).
const ADLER_NMAX: usize = 5552;

/// Updates an Adler-32 checksum with `data` (start from 1).
pub fn adler32(adler: u32, data: &[u8]) -> u32 {
    let mut a = adler & 0xffff;
    let mut b = adler >> 16;
    for chunk in data.chunks(ADLER_NMAX) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= ADLER_BASE;
        b %= ADLER_BASE;
    }
    (b << 16) | a
}

/// zlib's `adler32_combine`: the checksum of A ++ B from those of A and B and B's length.
/// Written as zlib computes it, so that out-of-range inputs give zlib's (non-canonical) results.
pub fn adler32_combine(adler1: u32, adler2: u32, len2: u64) -> u32 {
    let base = u64::from(ADLER_BASE);
    let rem = len2 % base;
    let mut sum1 = u64::from(adler1 & 0xffff);
    let mut sum2 = (rem * sum1) % base;
    sum1 += u64::from(adler2 & 0xffff) + base - 1;
    sum2 += u64::from((adler1 >> 16) & 0xffff) + u64::from((adler2 >> 16) & 0xffff) + base - rem;
    if sum1 >= base {
        sum1 -= base;
    }
    if sum1 >= base {
        sum1 -= base;
    }
    if sum2 >= base << 1 {
        sum2 -= base << 1;
    }
    if sum2 >= base {
        sum2 -= base;
    }
    (sum1 | (sum2 << 16)) as u32
}

/// CRC-32 polynomial, reflected.
const CRC_POLY: u32 = 0xedb8_8320;

const fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ CRC_POLY
            } else {
                c >> 1
            };
            k += 1;
        }
        t[n] = c;
        n += 1;
    }
    t
}

static CRC_TABLE: [u32; 256] = crc_table();

/// Updates a CRC-32 (as zlib's `crc32`; start from 0).
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC_TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// a(x) b(x) mod p(x), in the reflected representation (zlib's `multmodp`).
fn crc_multmodp(a: u32, mut b: u32) -> u32 {
    let mut m: u32 = 1 << 31;
    let mut p: u32 = 0;
    loop {
        if a & m != 0 {
            p ^= b;
            if a & (m - 1) == 0 {
                break;
            }
        }
        m >>= 1;
        b = if b & 1 != 0 {
            (b >> 1) ^ CRC_POLY
        } else {
            b >> 1
        };
    }
    p
}

/// x^(n 2^k) mod p(x) (zlib's `x2nmodp`).
fn crc_x2nmodp(mut n: u64, mut k: u32) -> u32 {
    // x^2^k mod p(x) for k = 0..31, computed on demand.
    let mut p: u32 = 1 << 31; // x^0 == 1
    while n != 0 {
        if n & 1 != 0 {
            p = crc_multmodp(x2n(k & 31), p);
        }
        n >>= 1;
        k += 1;
    }
    p
}

/// x^2^k mod p(x).
fn x2n(k: u32) -> u32 {
    let mut p: u32 = 1 << 30; // x^1
    for _ in 0..k {
        p = crc_multmodp(p, p);
    }
    p
}

/// zlib's `crc32_combine`: the CRC of A ++ B from those of A and B and B's length.
pub fn crc32_combine(crc1: u32, crc2: u32, len2: u64) -> u32 {
    crc_multmodp(crc_x2nmodp(len2, 3), crc1) ^ crc2
}

/// Inflates a zlib stream that must produce exactly `size` bytes (the declared size of a
/// compressed external term). Data after the end of the zlib stream is ignored, as zlib's
/// `inflate` stops there; the second result is the length of the stream. `None` for corrupt
/// data, a wrong size or a bad checksum.
pub fn inflate_exact(data: &[u8], size: usize) -> Option<(Vec<u8>, usize)> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    // Deflate cannot expand more than 1032:1; a larger claim cannot be true.
    if size > data.len().saturating_mul(1032).saturating_add(64) {
        return None;
    }
    let mut out = alloc::vec![0u8; size];
    let mut st = alloc::boxed::Box::<DecompressorOxide>::default();
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_COMPUTE_ADLER32
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, in_used, out_len) = decompress(&mut st, data, &mut out, 0, flags);
    match status {
        TINFLStatus::Done if out_len == size => Some((out, in_used)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
