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
    // Deflate cannot expand more than 1032:1; a larger claim cannot be true.
    if size > data.len().saturating_mul(1032).saturating_add(64) {
        return None;
    }
    // The buffer grows with what the data really inflates to, so a size claim that the data
    // does not back costs no memory.
    let first = size.min(data.len().saturating_mul(4).saturating_add(64));
    inflate_limited(data, true, first, size)
        .ok()
        .filter(|(out, _)| out.len() == size)
}

/// Most bytes `inflate` produces for one call of the `zlib` module's functions (OTP has no
/// limit but memory; this keeps a hostile stream from exhausting it).
pub const MAX_INFLATED: usize = 1 << 30;

/// Why a stream does not inflate (the `zlib` module raises `data_error`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// Corrupt, truncated, or a checksum that does not match.
    Data,
    /// More than [`MAX_INFLATED`] bytes.
    TooLarge,
}

/// Inflates one deflate stream at the start of `data`, with a zlib header and Adler-32
/// trailer when `zlib` is set, raw otherwise. Returns the bytes and how much of `data` the
/// stream took; what follows it is left alone, as zlib's `inflate` leaves it.
pub fn inflate_stream(data: &[u8], zlib: bool) -> Result<(Vec<u8>, usize), InflateError> {
    let first = data.len().saturating_mul(4).clamp(64, MAX_INFLATED);
    inflate_limited(data, zlib, first, MAX_INFLATED)
}

/// Inflates one stream (zlib-wrapped or raw) into a buffer of `first` bytes that doubles
/// as needed up to `limit`; past it the stream is `TooLarge`.
fn inflate_limited(
    data: &[u8],
    zlib: bool,
    first: usize,
    limit: usize,
) -> Result<(Vec<u8>, usize), InflateError> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let mut flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    if zlib {
        flags |=
            inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER | inflate_flags::TINFL_FLAG_COMPUTE_ADLER32;
    }
    let mut st = alloc::boxed::Box::<DecompressorOxide>::default();
    let mut out = alloc::vec![0u8; first];
    let (mut in_pos, mut out_pos) = (0usize, 0usize);
    loop {
        let input = data.get(in_pos..).unwrap_or(&[]);
        let (status, used_in, used_out) = decompress(&mut st, input, &mut out, out_pos, flags);
        in_pos += used_in;
        out_pos += used_out;
        match status {
            TINFLStatus::Done => {
                out.truncate(out_pos);
                return Ok((out, in_pos));
            }
            TINFLStatus::HasMoreOutput => {
                if out.len() >= limit {
                    return Err(InflateError::TooLarge);
                }
                let n = out.len().saturating_mul(2).min(limit);
                out.resize(n, 0);
            }
            _ => return Err(InflateError::Data),
        }
    }
}

/// `zlib:zip/1`: a raw deflate stream (zlib's window bits -15), level 6.
pub fn zip(data: &[u8]) -> Vec<u8> {
    let z = compress(data, 6);
    z[2..z.len() - 4].to_vec()
}

/// `zlib:gzip/1`: a gzip member as zlib 1.2.13 writes it at level 6 (no name, time 0, extra
/// flags 0, OS 3).
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut out = alloc::vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
    out.extend_from_slice(&zip(data));
    out.extend_from_slice(&crc32(0, data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

/// `zlib:gunzip/1`: gzip members one after another (OTP inflates with `reset`, so every byte
/// must belong to a member). Header fields, CRC-32 and length are checked as zlib does.
pub fn gunzip(data: &[u8]) -> Result<Vec<u8>, InflateError> {
    let mut out = Vec::new();
    let mut rest = data;
    loop {
        let body = gzip_header_len(rest).ok_or(InflateError::Data)?;
        let (bytes, used) = inflate_stream(&rest[body..], false)?;
        let trailer = rest
            .get(body + used..body + used + 8)
            .ok_or(InflateError::Data)?;
        let crc = u32::from_le_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
        let len = u32::from_le_bytes([trailer[4], trailer[5], trailer[6], trailer[7]]);
        if crc != crc32(0, &bytes) || len != bytes.len() as u32 {
            return Err(InflateError::Data);
        }
        if out.len() + bytes.len() > MAX_INFLATED {
            return Err(InflateError::TooLarge);
        }
        out.extend_from_slice(&bytes);
        rest = &rest[body + used + 8..];
        if rest.is_empty() {
            return Ok(out);
        }
    }
}

/// The length of a gzip header at the start of `b` (magic, deflate method, no reserved flag
/// bits; extra field, name, comment and header CRC skipped or checked as their flags say).
fn gzip_header_len(b: &[u8]) -> Option<usize> {
    const FHCRC: u8 = 2;
    const FEXTRA: u8 = 4;
    const FNAME: u8 = 8;
    const FCOMMENT: u8 = 16;
    if b.len() < 10 || b[0] != 0x1f || b[1] != 0x8b || b[2] != 8 || b[3] & 0xE0 != 0 {
        return None;
    }
    let flags = b[3];
    let mut pos = 10;
    if flags & FEXTRA != 0 {
        let n = usize::from(u16::from_le_bytes([*b.get(pos)?, *b.get(pos + 1)?]));
        pos += 2 + n;
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            pos += b.get(pos..)?.iter().position(|&c| c == 0)? + 1;
        }
    }
    if flags & FHCRC != 0 {
        let want = u16::from_le_bytes([*b.get(pos)?, *b.get(pos + 1)?]);
        if crc32(0, b.get(..pos)?) as u16 != want {
            return None;
        }
        pos += 2;
    }
    (pos <= b.len()).then_some(pos)
}

#[cfg(test)]
mod tests;
