//! BIFs of the external term format, term hashing and checksums: `term_to_binary/1,2`,
//! `term_to_iovec/1,2`, `binary_to_term/1,2`, `external_size/1,2`, `phash/2`, `phash2/1,2`,
//! `md5/1`, `md5_init/0`, `md5_update/2`, `md5_final/1`, `crc32/1,2`, `crc32_combine/3`,
//! `adler32/1,2`, `adler32_combine/3`; and `zlib:compress/1`, `uncompress/1`, `zip/1`, `unzip/1`,
//! `gzip/1`, `gunzip/1`. Argument errors are `badarg`, as in OTP 25.

use crate::atom;
use crate::bif::badarg;
use crate::bif::erlang::list_to_vec;
use crate::bif::iolist::iolist_to_bytes;
use crate::bif::BifDef;
use crate::binary;
use crate::etf::{self, DecodeOptions, EncodeOptions};
use crate::exception::{BifResult, Exception};
use crate::hash::{self, md5::Md5};
use crate::process::Process;
use crate::term::{integer_to_i128, make_u64, Term};
use alloc::vec::Vec;

type A<'a> = &'a [Term];

/// An integer argument in `0..=max`.
fn uint_arg(t: Term, max: u64) -> Result<u64, Exception> {
    match integer_to_i128(t) {
        Some(v) if v >= 0 && v <= i128::from(max) => Ok(v as u64),
        _ => badarg(),
    }
}

/// Options of `term_to_binary/2` and `term_to_iovec/2`.
fn encode_options(opts: Term) -> Result<EncodeOptions, Exception> {
    let mut o = EncodeOptions::default();
    for opt in list_to_vec(opts).ok_or_else(Exception::badarg)? {
        if opt == Term::atom(atom::COMPRESSED) {
            o.compression = 6;
        } else if opt == Term::atom(atom::DETERMINISTIC) {
            o.deterministic = true;
        } else if let Some([k, v]) = opt.as_tuple() {
            if *k == Term::atom(atom::COMPRESSED) {
                o.compression = uint_arg(*v, 9)? as u8;
            } else if *k == Term::atom(atom::MINOR_VERSION) {
                o.minor_version = uint_arg(*v, 2)? as u8;
            } else {
                return badarg();
            }
        } else {
            return badarg();
        }
    }
    Ok(o)
}

fn term_to_binary1(p: &mut Process, a: A) -> BifResult {
    let b = etf::encode(a[0], EncodeOptions::default(), p.pid);
    Ok(binary::new_binary(&mut p.heap, &b))
}

fn term_to_binary2(p: &mut Process, a: A) -> BifResult {
    let o = encode_options(a[1])?;
    let b = etf::encode(a[0], o, p.pid);
    Ok(binary::new_binary(&mut p.heap, &b))
}

fn iovec(p: &mut Process, t: Term, o: EncodeOptions) -> BifResult {
    match etf::encode_iovec(t, o, p.pid) {
        Some(parts) => {
            let bins: Vec<Term> = parts
                .iter()
                .map(|b| binary::new_binary(&mut p.heap, b))
                .collect();
            Ok(p.heap.list(&bins))
        }
        // With compression OTP 25 returns the binary itself.
        None => {
            let b = etf::encode(t, o, p.pid);
            Ok(binary::new_binary(&mut p.heap, &b))
        }
    }
}

fn term_to_iovec1(p: &mut Process, a: A) -> BifResult {
    iovec(p, a[0], EncodeOptions::default())
}

fn term_to_iovec2(p: &mut Process, a: A) -> BifResult {
    let o = encode_options(a[1])?;
    iovec(p, a[0], o)
}

fn external_size1(_p: &mut Process, a: A) -> BifResult {
    Ok(Term::small(etf::encoded_size(a[0], 1) as i64))
}

/// `external_size/2` accepts only `{minor_version, V}` options.
fn external_size2(_p: &mut Process, a: A) -> BifResult {
    let mut minor = 1;
    for opt in list_to_vec(a[1]).ok_or_else(Exception::badarg)? {
        match opt.as_tuple() {
            Some([k, v]) if *k == Term::atom(atom::MINOR_VERSION) => {
                minor = uint_arg(*v, 2)? as u8;
            }
            _ => return badarg(),
        }
    }
    Ok(Term::small(etf::encoded_size(a[0], minor) as i64))
}

fn binary_to_term(p: &mut Process, bin: Term, opts: DecodeOptions, used: bool) -> BifResult {
    let Some(view) = binary::bitstring(bin) else {
        return badarg();
    };
    if !view.is_binary() {
        return badarg();
    }
    let owned;
    let bytes: &[u8] = match view.aligned_bytes() {
        Some(b) => b,
        None => {
            owned = view.to_bytes();
            &owned
        }
    };
    let (t, n) = etf::decode(&mut p.heap, bytes, opts).map_err(|_| Exception::badarg())?;
    if used {
        let n = Term::small(n as i64);
        Ok(p.heap.tuple(&[t, n]))
    } else {
        Ok(t)
    }
}

fn binary_to_term1(p: &mut Process, a: A) -> BifResult {
    binary_to_term(p, a[0], DecodeOptions::default(), false)
}

fn binary_to_term2(p: &mut Process, a: A) -> BifResult {
    let mut opts = DecodeOptions::default();
    let mut used = false;
    for opt in list_to_vec(a[1]).ok_or_else(Exception::badarg)? {
        if opt == Term::atom(atom::SAFE) {
            opts.safe = true;
        } else if opt == Term::atom(atom::USED) {
            used = true;
        } else {
            return badarg();
        }
    }
    binary_to_term(p, a[0], opts, used)
}

// ---- hashes ----

/// A hash range argument: 1..=2^32; `None` stands for 2^32.
fn hash_range(t: Term) -> Result<Option<u32>, Exception> {
    match integer_to_i128(t) {
        Some(r) if r == 1 << 32 => Ok(None),
        Some(r) if (1..1 << 32).contains(&r) => Ok(Some(r as u32)),
        _ => badarg(),
    }
}

fn phash2_1(_p: &mut Process, a: A) -> BifResult {
    Ok(Term::small(i64::from(hash::phash2(a[0]) & ((1 << 27) - 1))))
}

fn phash2_2(p: &mut Process, a: A) -> BifResult {
    let range = hash_range(a[1])?;
    let h = hash::phash2(a[0]);
    let v = match range {
        Some(r) => h % r,
        None => h,
    };
    Ok(make_u64(&mut p.heap, u64::from(v)))
}

fn phash_2(p: &mut Process, a: A) -> BifResult {
    let range = hash_range(a[1])?;
    let h = hash::phash(a[0]);
    let v = match range {
        Some(r) => 1 + u64::from(h % r),
        None => 1 + u64::from(h),
    };
    Ok(make_u64(&mut p.heap, v))
}

// ---- md5 ----

fn iodata(t: Term) -> Result<Vec<u8>, Exception> {
    iolist_to_bytes(t).ok_or_else(Exception::badarg)
}

fn md5_1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    Ok(binary::new_binary(&mut p.heap, &hash::md5::md5(&d)))
}

fn md5_context(t: Term) -> Result<Md5, Exception> {
    binary::binary_bytes(t)
        .and_then(Md5::from_context)
        .ok_or_else(Exception::badarg)
}

fn md5_init0(p: &mut Process, _a: A) -> BifResult {
    Ok(binary::new_binary(&mut p.heap, &Md5::new().to_context()))
}

fn md5_update2(p: &mut Process, a: A) -> BifResult {
    let mut m = md5_context(a[0])?;
    let d = iodata(a[1])?;
    m.update(&d);
    Ok(binary::new_binary(&mut p.heap, &m.to_context()))
}

fn md5_final1(p: &mut Process, a: A) -> BifResult {
    let m = md5_context(a[0])?;
    Ok(binary::new_binary(&mut p.heap, &m.finish()))
}

// ---- crc32 / adler32 ----

const U32_MAX: u64 = 0xFFFF_FFFF;

fn crc32_1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    Ok(make_u64(&mut p.heap, u64::from(crate::zlib::crc32(0, &d))))
}

fn crc32_2(p: &mut Process, a: A) -> BifResult {
    let old = uint_arg(a[0], U32_MAX)? as u32;
    let d = iodata(a[1])?;
    Ok(make_u64(
        &mut p.heap,
        u64::from(crate::zlib::crc32(old, &d)),
    ))
}

fn crc32_combine3(p: &mut Process, a: A) -> BifResult {
    let c1 = uint_arg(a[0], U32_MAX)? as u32;
    let c2 = uint_arg(a[1], U32_MAX)? as u32;
    let n = uint_arg(a[2], U32_MAX)?;
    Ok(make_u64(
        &mut p.heap,
        u64::from(crate::zlib::crc32_combine(c1, c2, n)),
    ))
}

fn adler32_1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    Ok(make_u64(
        &mut p.heap,
        u64::from(crate::zlib::adler32(1, &d)),
    ))
}

fn adler32_2(p: &mut Process, a: A) -> BifResult {
    let old = uint_arg(a[0], U32_MAX)? as u32;
    let d = iodata(a[1])?;
    Ok(make_u64(
        &mut p.heap,
        u64::from(crate::zlib::adler32(old, &d)),
    ))
}

fn adler32_combine3(p: &mut Process, a: A) -> BifResult {
    let a1 = uint_arg(a[0], U32_MAX)? as u32;
    let a2 = uint_arg(a[1], U32_MAX)? as u32;
    let n = uint_arg(a[2], U32_MAX)?;
    Ok(make_u64(
        &mut p.heap,
        u64::from(crate::zlib::adler32_combine(a1, a2, n)),
    ))
}

// ---- the zlib module (a NIF library in OTP; its whole-buffer functions) ----

fn data_error<T>() -> Result<T, Exception> {
    Err(Exception::error(Term::atom(
        atom::Atom::intern("data_error").unwrap_or(atom::BADARG),
    )))
}

fn inflated(p: &mut Process, r: Result<Vec<u8>, crate::zlib::InflateError>) -> BifResult {
    match r {
        Ok(b) => Ok(binary::new_binary(&mut p.heap, &b)),
        Err(crate::zlib::InflateError::TooLarge) => Err(Exception::system_limit()),
        Err(crate::zlib::InflateError::Data) => data_error(),
    }
}

fn zlib_compress1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    Ok(binary::new_binary(
        &mut p.heap,
        &crate::zlib::compress(&d, 6),
    ))
}

fn zlib_uncompress1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    // OTP refuses anything shorter than a zlib header and trailer before inflating.
    if d.len() < 8 {
        return data_error();
    }
    inflated(p, crate::zlib::inflate_stream(&d, true).map(|x| x.0))
}

fn zlib_zip1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    Ok(binary::new_binary(&mut p.heap, &crate::zlib::zip(&d)))
}

fn zlib_unzip1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    inflated(p, crate::zlib::inflate_stream(&d, false).map(|x| x.0))
}

fn zlib_gzip1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    Ok(binary::new_binary(&mut p.heap, &crate::zlib::gzip(&d)))
}

fn zlib_gunzip1(p: &mut Process, a: A) -> BifResult {
    let d = iodata(a[0])?;
    inflated(p, crate::zlib::gunzip(&d))
}

/// The whole-buffer functions of OTP's `zlib` module; its stream API (`open/0`,
/// `deflateInit`, ...) is not provided and stays undefined.
pub static ZLIB_BIFS: &[BifDef] = crate::bif_table! { "zlib";
    "compress", 1 => zlib_compress1;
    "uncompress", 1 => zlib_uncompress1;
    "zip", 1 => zlib_zip1;
    "unzip", 1 => zlib_unzip1;
    "gzip", 1 => zlib_gzip1;
    "gunzip", 1 => zlib_gunzip1;
};

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "term_to_binary", 1 => term_to_binary1;
    "term_to_binary", 2 => term_to_binary2;
    "term_to_iovec", 1 => term_to_iovec1;
    "term_to_iovec", 2 => term_to_iovec2;
    "binary_to_term", 1 => binary_to_term1;
    "binary_to_term", 2 => binary_to_term2;
    "external_size", 1 => external_size1;
    "external_size", 2 => external_size2;
    "phash", 2 => phash_2;
    "phash2", 1 => phash2_1;
    "phash2", 2 => phash2_2;
    "md5", 1 => md5_1;
    "md5_init", 0 => md5_init0;
    "md5_update", 2 => md5_update2;
    "md5_final", 1 => md5_final1;
    "crc32", 1 => crc32_1;
    "crc32", 2 => crc32_2;
    "crc32_combine", 3 => crc32_combine3;
    "adler32", 1 => adler32_1;
    "adler32", 2 => adler32_2;
    "adler32_combine", 3 => adler32_combine3;
};
