//! Bit syntax: match contexts and segment reading, binary construction.
//!
//! A match context is `[original binary, position, end]` (positions in bits from the start
//! of the original heap binary or ProcBin).

use crate::binary::{self, BitSlice, BitWriter};
use crate::code::instr::{SegType, SEG_LITTLE, SEG_NATIVE, SEG_SIGNED};
use crate::exception::Exception;
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{make_integer, Kind, Term};
use alloc::vec::Vec;

/// Starts matching `v`: a new context for a bitstring, the same context for a context.
pub fn start_match(heap: &mut Heap, v: Term) -> Option<Term> {
    if v.is_boxed_kind(Kind::MatchCtx) {
        return Some(v);
    }
    let (orig, off, len) = binary::bitstring_parts(v)?;
    let p = heap.boxed(Kind::MatchCtx, 3);
    // SAFETY: three payload words, all written.
    unsafe {
        *p.add(1) = orig.raw();
        *p.add(2) = off as u64;
        *p.add(3) = (off + len) as u64;
    }
    Some(Term::make_boxed(p))
}

fn orig(ctx: Term) -> Term {
    Term::from_raw(ctx.boxed_word(1))
}

pub fn position(ctx: Term) -> usize {
    if ctx.is_boxed_kind(Kind::MatchCtx) {
        ctx.boxed_word(2) as usize
    } else {
        0
    }
}

fn end(ctx: Term) -> usize {
    ctx.boxed_word(3) as usize
}

pub fn set_position(ctx: Term, pos: usize) {
    if ctx.is_boxed_kind(Kind::MatchCtx) && pos <= end(ctx) && !ctx.is_literal_ptr() {
        // SAFETY: a live match context on the process heap; word 2 is its position.
        unsafe { *ctx.ptr().add(2) = pos as u64 };
    }
}

pub fn remaining(ctx: Term) -> usize {
    if ctx.is_boxed_kind(Kind::MatchCtx) {
        end(ctx) - position(ctx)
    } else {
        0
    }
}

fn view(ctx: Term) -> BitSlice {
    BitSlice {
        data: binary::base_ptr(orig(ctx)),
        bit_offset: 0,
        bit_len: end(ctx),
    }
}

/// The rest of the bitstring as a sub-binary.
pub fn tail(heap: &mut Heap, ctx: Term) -> Term {
    if !ctx.is_boxed_kind(Kind::MatchCtx) {
        return ctx;
    }
    let pos = position(ctx);
    binary::extract_sub_binary(heap, orig(ctx), pos, end(ctx) - pos)
}

fn seg_bits(size: Option<Term>, unit: u8) -> Option<usize> {
    let s = size?.as_small()?;
    if s < 0 {
        return None;
    }
    (s as usize).checked_mul(usize::from(unit))
}

/// Reads an integer of `bits` bits at `pos`.
pub fn read_int(heap: &mut Heap, v: &BitSlice, pos: usize, bits: usize, flags: u8) -> Term {
    let little = flags & SEG_LITTLE != 0 && flags & SEG_NATIVE == 0
        || (flags & SEG_NATIVE != 0 && cfg!(target_endian = "little"));
    let signed = flags & SEG_SIGNED != 0;
    if bits == 0 {
        return Term::small(0);
    }
    if bits <= 64 && !little {
        let u = v.read_bits(pos, bits);
        let val: i128 = if signed && bits > 0 && (u >> (bits - 1)) & 1 == 1 {
            i128::from(u) - (1i128 << bits)
        } else {
            i128::from(u)
        };
        return crate::term::make_i128(heap, val);
    }
    // General case: collect bytes big-endian (the last partial unit holds the low bits).
    let nbytes = bits.div_ceil(8);
    let mut be: Vec<u8> = Vec::with_capacity(nbytes);
    if little {
        // Little-endian: whole bytes from the start are least significant; a trailing
        // partial byte (bits % 8) is the most significant part.
        let whole = bits / 8;
        let rest = bits % 8;
        let mut le: Vec<u8> = (0..whole)
            .map(|i| v.read_bits(pos + 8 * i, 8) as u8)
            .collect();
        if rest > 0 {
            le.push(v.read_bits(pos + 8 * whole, rest) as u8);
        }
        be.extend(le.iter().rev());
        return bytes_to_int(heap, &be, bits, signed);
    }
    let lead = bits % 8;
    let mut p = pos;
    if lead > 0 {
        be.push(v.read_bits(p, lead) as u8);
        p += lead;
    }
    while p < pos + bits {
        be.push(v.read_bits(p, 8) as u8);
        p += 8;
    }
    bytes_to_int(heap, &be, bits, signed)
}

/// A big-endian unsigned byte string of `bits` significant bits as an integer term.
fn bytes_to_int(heap: &mut Heap, be: &[u8], bits: usize, signed: bool) -> Term {
    let mut limbs: Vec<u64> = Vec::with_capacity(be.len() / 8 + 1);
    for chunk in be.rchunks(8) {
        let mut w = 0u64;
        for &b in chunk {
            w = (w << 8) | u64::from(b);
        }
        limbs.push(w);
    }
    let negative = signed && bits > 0 && {
        let top_bit = bits - 1;
        limbs
            .get(top_bit / 64)
            .is_some_and(|l| (l >> (top_bit % 64)) & 1 == 1)
    };
    if negative {
        // value - 2^bits
        let b = crate::bigint::Big::from_parts(false, limbs);
        let m = crate::bigint::Big::from_i128(1).shl(bits);
        return b.sub(&m).to_term(heap);
    }
    make_integer(heap, false, &limbs)
}

fn read_float(v: &BitSlice, pos: usize, bits: usize, flags: u8) -> Option<f64> {
    let little =
        flags & SEG_LITTLE != 0 || (flags & SEG_NATIVE != 0 && cfg!(target_endian = "little"));
    let mut u = v.read_bits(pos, bits);
    if little {
        u = match bits {
            16 => u64::from((u as u16).swap_bytes()),
            32 => u64::from((u as u32).swap_bytes()),
            _ => u.swap_bytes(),
        };
    }
    let f = match bits {
        64 => f64::from_bits(u),
        32 => f64::from(f32::from_bits(u as u32)),
        16 => half_to_f64(u as u16),
        _ => return None,
    };
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h >> 15 == 1 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    if exp == 0 {
        sign * frac * pow2(-24)
    } else if exp == 31 {
        if frac == 0.0 {
            sign * f64::INFINITY
        } else {
            f64::NAN
        }
    } else {
        sign * (1.0 + frac / 1024.0) * pow2(exp - 15)
    }
}

fn pow2(e: i32) -> f64 {
    let mut r = 1.0;
    if e >= 0 {
        for _ in 0..e {
            r *= 2.0;
        }
    } else {
        for _ in 0..(-e) {
            r /= 2.0;
        }
    }
    r
}

/// Decodes a UTF code point at `pos`; returns (code point, bits used).
fn read_utf(
    v: &BitSlice,
    pos: usize,
    avail: usize,
    kind: SegType,
    flags: u8,
) -> Option<(u32, usize)> {
    let little = flags & SEG_LITTLE != 0;
    match kind {
        SegType::Utf8 => {
            if avail < 8 {
                return None;
            }
            let b0 = v.read_bits(pos, 8) as u32;
            let (n, init) = if b0 < 0x80 {
                return Some((b0, 8));
            } else if b0 & 0xE0 == 0xC0 {
                (2, b0 & 0x1F)
            } else if b0 & 0xF0 == 0xE0 {
                (3, b0 & 0x0F)
            } else if b0 & 0xF8 == 0xF0 {
                (4, b0 & 0x07)
            } else {
                return None;
            };
            if avail < 8 * n {
                return None;
            }
            let mut c = init;
            for i in 1..n {
                let b = v.read_bits(pos + 8 * i, 8) as u32;
                if b & 0xC0 != 0x80 {
                    return None;
                }
                c = (c << 6) | (b & 0x3F);
            }
            let min = [0, 0, 0x80, 0x800, 0x10000][n];
            if c < min || c > 0x10FFFF || (0xD800..=0xDFFF).contains(&c) {
                return None;
            }
            Some((c, 8 * n))
        }
        SegType::Utf16 => {
            if avail < 16 {
                return None;
            }
            let rd = |p: usize| -> u32 {
                let u = v.read_bits(p, 16) as u16;
                u32::from(if little { u.swap_bytes() } else { u })
            };
            let w1 = rd(pos);
            if !(0xD800..=0xDFFF).contains(&w1) {
                return Some((w1, 16));
            }
            if w1 > 0xDBFF || avail < 32 {
                return None;
            }
            let w2 = rd(pos + 16);
            if !(0xDC00..=0xDFFF).contains(&w2) {
                return None;
            }
            Some((0x10000 + ((w1 - 0xD800) << 10) + (w2 - 0xDC00), 32))
        }
        _ => {
            if avail < 32 {
                return None;
            }
            let mut u = v.read_bits(pos, 32) as u32;
            if little {
                u = u.swap_bytes();
            }
            if u > 0x10FFFF || (0xD800..=0xDFFF).contains(&u) {
                return None;
            }
            Some((u, 32))
        }
    }
}

/// Matches one segment: `Ok(Some(value))`, `Ok(None)` when it does not match.
pub fn get(
    heap: &mut Heap,
    ctx: Term,
    kind: SegType,
    unit: u8,
    flags: u8,
    size: Option<Term>,
) -> Result<Option<Term>, Exception> {
    if !ctx.is_boxed_kind(Kind::MatchCtx) {
        return Ok(None);
    }
    let pos = position(ctx);
    let avail = end(ctx) - pos;
    let v = view(ctx);
    let (val, used) = match kind {
        SegType::Integer => {
            let Some(bits) = seg_bits(size, unit) else {
                return Ok(None);
            };
            if bits > avail {
                return Ok(None);
            }
            (read_int(heap, &v, pos, bits, flags), bits)
        }
        SegType::Float => {
            let Some(bits) = seg_bits(size, unit) else {
                return Ok(None);
            };
            if bits > avail {
                return Ok(None);
            }
            match read_float(&v, pos, bits, flags) {
                Some(f) => (heap.float(f), bits),
                None => return Ok(None),
            }
        }
        SegType::Binary => {
            let bits = match size {
                None => {
                    if unit > 1 && !avail.is_multiple_of(usize::from(unit)) {
                        return Ok(None);
                    }
                    avail
                }
                Some(_) => match seg_bits(size, unit) {
                    Some(b) => b,
                    None => return Ok(None),
                },
            };
            if bits > avail {
                return Ok(None);
            }
            (binary::extract_sub_binary(heap, orig(ctx), pos, bits), bits)
        }
        SegType::Utf8 | SegType::Utf16 | SegType::Utf32 => {
            match read_utf(&v, pos, avail, kind, flags) {
                Some((c, used)) => (Term::small(i64::from(c)), used),
                None => return Ok(None),
            }
        }
        _ => return Ok(None),
    };
    set_position(ctx, pos + used);
    Ok(Some(val))
}

/// Skips one segment; `Ok(false)` when it does not match.
pub fn skip(
    ctx: Term,
    kind: SegType,
    unit: u8,
    flags: u8,
    size: Option<Term>,
) -> Result<bool, Exception> {
    if !ctx.is_boxed_kind(Kind::MatchCtx) {
        return Ok(false);
    }
    let pos = position(ctx);
    let avail = end(ctx) - pos;
    let used = match kind {
        SegType::Utf8 | SegType::Utf16 | SegType::Utf32 => {
            match read_utf(&view(ctx), pos, avail, kind, flags) {
                Some((_, u)) => u,
                None => return Ok(false),
            }
        }
        _ => match size {
            None => {
                if unit > 1 && !avail.is_multiple_of(usize::from(unit)) {
                    return Ok(false);
                }
                avail
            }
            Some(_) => match seg_bits(size, unit) {
                Some(b) => b,
                None => return Ok(false),
            },
        },
    };
    if used > avail {
        return Ok(false);
    }
    set_position(ctx, pos + used);
    Ok(true)
}

/// Matches `nbits` bits of `bytes` at the current position.
pub fn match_string(ctx: Term, bytes: &[u8], nbits: usize) -> bool {
    if !ctx.is_boxed_kind(Kind::MatchCtx) {
        return false;
    }
    let pos = position(ctx);
    if end(ctx) - pos < nbits {
        return false;
    }
    let v = view(ctx);
    let pat = BitSlice {
        data: bytes.as_ptr(),
        bit_offset: 0,
        bit_len: nbits,
    };
    let mut i = 0;
    while i < nbits {
        let n = (nbits - i).min(8);
        if v.read_bits(pos + i, n) != pat.read_bits(i, n) {
            return false;
        }
        i += n;
    }
    set_position(ctx, pos + nbits);
    true
}

// ---- construction ----

/// Why a segment could not be written (OTP's `format_bs_fail` causes).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BsFail {
    Type,
    Size,
    Unit,
    Short,
    NoFloat,
    SystemLimit,
}

impl BsFail {
    pub fn name(self) -> &'static str {
        match self {
            BsFail::Type => "type",
            BsFail::Size => "size",
            BsFail::Unit => "unit",
            BsFail::Short => "short",
            BsFail::NoFloat => "no_float",
            BsFail::SystemLimit => "size",
        }
    }
}

/// A failed construction: segment number, its type, why, and the offending value.
#[derive(Copy, Clone, Debug)]
pub struct BsError {
    pub seg: u16,
    pub kind: SegType,
    pub fail: BsFail,
    pub value: Term,
}

pub fn seg_type_name(kind: SegType) -> &'static str {
    match kind {
        SegType::Integer => "integer",
        SegType::Float => "float",
        SegType::Utf8 => "utf8",
        SegType::Utf16 => "utf16",
        SegType::Utf32 => "utf32",
        SegType::String => "string",
        _ => "binary",
    }
}

/// Bits of a segment size operand: a non-negative small integer times the unit.
fn size_bits(size: Option<Term>, unit: u8) -> Result<usize, (BsFail, Term)> {
    let t = size.unwrap_or(Term::NIL);
    if t.is_bignum() {
        return Err((BsFail::SystemLimit, t));
    }
    let s = t.as_small().ok_or((BsFail::Size, t))?;
    if s < 0 {
        return Err((BsFail::Size, t));
    }
    let bits = (s as u128) * u128::from(unit);
    if bits > (1u128 << 48) {
        return Err((BsFail::SystemLimit, t));
    }
    Ok(bits as usize)
}

/// A segment of `bs_create_bin` with its operands read.
pub enum SegVal {
    Value {
        seg: u16,
        kind: SegType,
        unit: u8,
        flags: u8,
        value: Term,
        size: Option<Term>,
    },
    String(Vec<u8>),
}

/// Writes the integer `v` as `bits` bits.
fn put_int(w: &mut BitWriter, v: Term, bits: usize, flags: u8) -> Result<(), (BsFail, Term)> {
    if !v.is_integer() {
        return Err((BsFail::Type, v));
    }
    let little =
        flags & SEG_LITTLE != 0 || (flags & SEG_NATIVE != 0 && cfg!(target_endian = "little"));
    if bits == 0 {
        return Ok(());
    }
    if bits <= 64 && !little {
        let u: u64 = if v.is_small() {
            v.small_value() as u64
        } else {
            twos_low_limb(v)
        };
        w.push_bits(u, bits);
        return Ok(());
    }
    // Two's complement bytes, `bits` bits.
    let nbytes = bits.div_ceil(8);
    let (neg, mag) = match crate::bif::arith::term_to_int(v) {
        Some(i) => i.to_limbs(),
        None => return Err((BsFail::Type, v)),
    };
    let mut le: Vec<u8> = Vec::with_capacity(nbytes);
    for i in 0..nbytes {
        let limb = mag.get(i / 8).copied().unwrap_or(0);
        le.push((limb >> (8 * (i % 8))) as u8);
    }
    if neg {
        let mut carry = true;
        for x in le.iter_mut() {
            let (s, c) = (!*x).overflowing_add(u8::from(carry));
            *x = s;
            carry = c;
        }
    }
    if little {
        let whole = bits / 8;
        for &byte in le.iter().take(whole) {
            w.push_bits(u64::from(byte), 8);
        }
        let rest = bits % 8;
        if rest > 0 {
            w.push_bits(u64::from(le[whole]), rest);
        }
    } else {
        let lead = bits % 8;
        let mut idx = nbytes;
        if lead > 0 {
            idx -= 1;
            w.push_bits(u64::from(le[idx]), lead);
        }
        while idx > 0 {
            idx -= 1;
            w.push_bits(u64::from(le[idx]), 8);
        }
    }
    Ok(())
}

fn twos_low_limb(v: Term) -> u64 {
    let (neg, limbs) = v.bignum_parts();
    let l = limbs.first().copied().unwrap_or(0);
    if neg {
        l.wrapping_neg()
    } else {
        l
    }
}

fn put_float(w: &mut BitWriter, v: Term, bits: usize, flags: u8) -> Result<(), (BsFail, Term)> {
    if !v.is_number() {
        return Err((BsFail::Type, v));
    }
    let f = crate::bif::arith::to_f64(v).ok_or((BsFail::NoFloat, v))?;
    let little =
        flags & SEG_LITTLE != 0 || (flags & SEG_NATIVE != 0 && cfg!(target_endian = "little"));
    // Too big for a narrower float: infinity, as OTP writes it.
    let u: u64 = match bits {
        64 => f.to_bits(),
        32 => u64::from((f as f32).to_bits()),
        16 => u64::from(f64_to_half(f)),
        _ => return Err((BsFail::Size, Term::small(bits as i64))),
    };
    let u = if little {
        match bits {
            16 => u64::from((u as u16).swap_bytes()),
            32 => u64::from((u as u32).swap_bytes()),
            _ => u.swap_bytes(),
        }
    } else {
        u
    };
    w.push_bits(u, bits);
    Ok(())
}

/// IEEE half precision, round to nearest even; too big is infinity.
fn f64_to_half(f: f64) -> u16 {
    let b = (f as f32).to_bits();
    let sign = ((b >> 16) & 0x8000) as u16;
    let exp = ((b >> 23) & 0xff) as i32;
    let mant = b & 0x7f_ffff;
    if exp == 0xff {
        return sign | 0x7c00 | if mant != 0 { 0x200 } else { 0 };
    }
    let e = exp - 127 + 15;
    if e >= 31 {
        return sign | 0x7c00;
    }
    if e <= 0 {
        if e < -10 {
            return sign;
        }
        let m = mant | 0x80_0000;
        let shift = (14 - e) as u32;
        let half = m >> shift;
        let rem = m & ((1 << shift) - 1);
        let midpoint = 1 << (shift - 1);
        let r = if rem > midpoint || (rem == midpoint && half & 1 == 1) {
            half + 1
        } else {
            half
        };
        return sign | r as u16;
    }
    let half = ((e as u32) << 10) | (mant >> 13);
    let rem = mant & 0x1fff;
    let r = if rem > 0x1000 || (rem == 0x1000 && half & 1 == 1) {
        half + 1
    } else {
        half
    };
    sign | r as u16
}

fn put_utf(w: &mut BitWriter, v: Term, kind: SegType, flags: u8) -> Result<(), (BsFail, Term)> {
    let c = v
        .as_small()
        .filter(|&c| (0..=0x10FFFF).contains(&c) && !(0xD800..=0xDFFF).contains(&c))
        .ok_or((BsFail::Type, v))? as u32;
    let ch = char::from_u32(c).ok_or((BsFail::Type, v))?;
    let little = flags & SEG_LITTLE != 0;
    match kind {
        SegType::Utf8 => {
            let mut buf = [0u8; 4];
            w.push_bytes(ch.encode_utf8(&mut buf).as_bytes());
        }
        SegType::Utf16 => {
            let mut buf = [0u16; 2];
            for &u in ch.encode_utf16(&mut buf).iter() {
                let u = if little { u.swap_bytes() } else { u };
                w.push_bits(u64::from(u), 16);
            }
        }
        _ => {
            let u = if little { c.swap_bytes() } else { c };
            w.push_bits(u64::from(u), 32);
        }
    }
    Ok(())
}

/// Writes one segment; on failure, why and the offending value.
pub fn put_segment(
    w: &mut BitWriter,
    kind: SegType,
    unit: u8,
    flags: u8,
    value: Term,
    size: Option<Term>,
) -> Result<(), (BsFail, Term)> {
    match kind {
        SegType::Integer => {
            if !value.is_integer() {
                return Err((BsFail::Type, value));
            }
            let bits = size_bits(size, unit)?;
            put_int(w, value, bits, flags)
        }
        SegType::Float => {
            if !value.is_number() {
                return Err((BsFail::Type, value));
            }
            let bits = size_bits(size, unit)?;
            put_float(w, value, bits, flags)
        }
        SegType::Binary | SegType::Append | SegType::PrivateAppend => {
            let v = binary::bitstring(value).ok_or((BsFail::Type, value))?;
            let bits = match size {
                None => {
                    if unit > 1 && v.bit_len % usize::from(unit) != 0 {
                        return Err((BsFail::Unit, value));
                    }
                    v.bit_len
                }
                Some(_) => size_bits(size, unit)?,
            };
            if bits > v.bit_len {
                return Err((BsFail::Short, value));
            }
            w.push_slice(&v.slice(0, bits));
            Ok(())
        }
        SegType::Utf8 | SegType::Utf16 | SegType::Utf32 => put_utf(w, value, kind, flags),
        SegType::String => Ok(()),
    }
}

/// `bs_create_bin`.
pub fn create_bin(heap: &mut Heap, segs: &[SegVal]) -> Result<Term, BsError> {
    // `<<Acc/binary, ...>>` (an `append` or `private_append` first segment of the whole
    // value): extend Acc's buffer in place when it allows, as OTP does, so that loops
    // building a binary by appending take linear time.
    if let Some(SegVal::Value {
        kind: SegType::Append | SegType::PrivateAppend,
        value,
        size: None,
        unit,
        ..
    }) = segs.first()
    {
        if binary::is_binary(*value) && matches!(*unit, 1 | 2 | 4 | 8) {
            let mut w = BitWriter::new();
            let ok = segs[1..].iter().all(|s| match s {
                SegVal::String(b) => {
                    w.push_bytes(b);
                    true
                }
                SegVal::Value {
                    kind,
                    unit,
                    flags,
                    value,
                    size,
                    ..
                } => put_segment(&mut w, *kind, *unit, *flags, *value, *size).is_ok(),
            });
            if ok && w.is_aligned() {
                if let Some(t) = binary::append_writable(heap, *value, &w.bytes) {
                    return Ok(t);
                }
            }
        }
    }
    let mut w = BitWriter::new();
    for s in segs {
        match s {
            SegVal::String(b) => w.push_bytes(b),
            SegVal::Value {
                seg,
                kind,
                unit,
                flags,
                value,
                size,
            } => {
                put_segment(&mut w, *kind, *unit, *flags, *value, *size).map_err(|(fail, v)| {
                    BsError {
                        seg: *seg,
                        kind: *kind,
                        fail,
                        value: v,
                    }
                })?
            }
        }
    }
    Ok(w.finish(heap))
}

/// Records where the binary under construction goes (`bs_init2`, `bs_append`).
pub fn pending_init(p: &mut Process, dst: u16) {
    p.bin_dst = Some(dst);
}

/// When the binary under construction is complete, builds it and returns (dst, binary).
pub fn maybe_finish(p: &mut Process) -> Option<(u16, Term)> {
    let dst = p.bin_dst?;
    let base = binary::is_bitstring(p.bin_target).then_some(p.bin_target);
    let target = match base {
        Some(_) => p.bin_append_bits as usize,
        None => p.bin_target.as_small().unwrap_or(0) as usize,
    };
    if p.bin_builder.bit_len < target {
        return None;
    }
    p.bin_dst = None;
    p.bin_target = Term::NIL;
    let w = core::mem::take(&mut p.bin_builder);
    let t = match base {
        Some(base) => append_written(&mut p.heap, base, &w),
        None => w.finish(&mut p.heap),
    };
    Some((dst, t))
}

/// The binary `base` followed by the bits of `w`: whole bytes go through
/// `binary::append_writable` (in place when `base`'s buffer allows, else into a new
/// writable binary), others are copied together.
fn append_written(heap: &mut Heap, base: Term, w: &BitWriter) -> Term {
    if w.is_aligned() {
        if let Some(t) = binary::append_writable(heap, base, &w.bytes) {
            return t;
        }
    }
    let mut all = BitWriter::new();
    if let Some(b) = binary::bitstring(base) {
        all.push_slice(&b);
    }
    all.push_slice(&BitSlice {
        data: w.bytes.as_ptr(),
        bit_offset: 0,
        bit_len: w.bit_len,
    });
    all.finish(heap)
}

/// `bs_append`/`bs_private_append`: start building `bin` followed by `size*unit` more bits.
/// When `bin` is a binary (whole bytes), only the added bits are collected, and the result
/// is `bin`'s buffer extended in place when it can be (`append_written`), as OTP's
/// writable binaries: a loop that appends to its accumulator takes linear time. A
/// bitstring `bin` is copied into the builder first.
pub fn append(
    p: &mut Process,
    bin: Term,
    size: Option<Term>,
    unit: u8,
    dst: u16,
) -> Result<Term, Exception> {
    let v = binary::bitstring(bin).ok_or_else(Exception::badarg)?;
    let extra = seg_bits(size, 1).ok_or_else(Exception::badarg)?;
    if unit > 1 && v.bit_len % usize::from(unit) != 0 {
        return Err(Exception::badarg());
    }
    match u32::try_from(extra) {
        Ok(extra_bits) if v.is_binary() => {
            p.bin_builder = BitWriter::with_capacity(extra.div_ceil(8));
            p.bin_target = bin;
            p.bin_append_bits = extra_bits;
        }
        _ => {
            let mut w = BitWriter::with_capacity(v.bit_len / 8 + extra / 8 + 1);
            w.push_slice(&v);
            p.bin_target = Term::small((v.bit_len + extra) as i64);
            p.bin_builder = w;
        }
    }
    p.bin_dst = Some(dst);
    Ok(Term::NIL)
}

/// Size in bytes of a code point in UTF-8 or UTF-16.
pub fn utf_size(c: i64, utf16: bool) -> Option<i64> {
    if !(0..=0x10FFFF).contains(&c) {
        return None;
    }
    Some(if utf16 {
        if c >= 0x10000 {
            4
        } else {
            2
        }
    } else if c < 0x80 {
        1
    } else if c < 0x800 {
        2
    } else if c < 0x10000 {
        3
    } else {
        4
    })
}
