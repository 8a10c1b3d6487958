//! Integers to and from text in bases 2..36, as `integer_to_list/2`, `list_to_integer/2`,
//! `binary_to_integer/2` and `string:to_integer/1` do it.

use alloc::string::String;
use alloc::vec::Vec;
use dashu_int::{IBig, Sign, UBig};

use super::int::{Int, MAX_BIG_BITS};
use super::NumError;

/// Value of an ASCII digit in bases up to 36 (either letter case), or `None`.
fn digit_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        _ => None,
    }
}

fn valid_base(base: u32) -> Result<(), NumError> {
    if (2..=36).contains(&base) {
        Ok(())
    } else {
        Err(NumError::Badarg)
    }
}

impl Int {
    /// The text of `integer_to_list(I, Base)` / `integer_to_binary(I, Base)`: upper-case
    /// letters, a leading `-` for negatives. A base outside 2..36 is `badarg`.
    pub fn to_string_radix(&self, base: u32) -> Result<String, NumError> {
        valid_base(base)?;
        Ok(match self {
            Int::Small(v) => small_to_string(*v, base),
            Int::Big(b) => {
                if base == 10 {
                    alloc::format!("{b}")
                } else {
                    // `{:#}` makes dashu print upper-case letters.
                    alloc::format!("{:#}", b.in_radix(base as u8))
                }
            }
        })
    }

    /// Decimal text (`integer_to_list/1`).
    pub fn to_decimal_string(&self) -> String {
        match self {
            Int::Small(v) => small_to_string(*v, 10),
            Int::Big(b) => alloc::format!("{b}"),
        }
    }

    /// Parses the whole of `text` as `list_to_integer(Text, Base)` and
    /// `binary_to_integer(Bin, Base)` do: an optional `+` or `-`, then one or more digits of
    /// `base` in either case, nothing else. Malformed text or a bad base is `badarg`; a value
    /// over OTP's size limit is `system_limit`.
    pub fn parse_radix(text: &[u8], base: u32) -> Result<Int, NumError> {
        valid_base(base)?;
        let (negative, digits) = match text.first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        if digits.is_empty() {
            return Err(NumError::Badarg);
        }
        if !digits
            .iter()
            .all(|&c| digit_value(c).is_some_and(|d| d < base))
        {
            return Err(NumError::Badarg);
        }
        parse_valid_digits(negative, digits, base)
    }

    /// `string:to_integer/1` on latin-1 text: skips no blanks, reads an optional sign and as
    /// many decimal digits as there are, and returns the value and the number of bytes used.
    /// `None` when no digit follows the optional sign (OTP's `{error, no_integer}`).
    pub fn parse_decimal_prefix(text: &[u8]) -> Option<Result<(Int, usize), NumError>> {
        let (negative, start) = match text.first() {
            Some(b'-') => (true, 1),
            Some(b'+') => (false, 1),
            _ => (false, 0),
        };
        let len = text[start..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if len == 0 {
            return None;
        }
        let end = start + len;
        Some(parse_valid_digits(negative, &text[start..end], 10).map(|v| (v, end)))
    }
}

/// Converts digits already checked to be valid in `base` (at least one).
fn parse_valid_digits(negative: bool, digits: &[u8], base: u32) -> Result<Int, NumError> {
    let skip = digits.iter().take_while(|&&c| c == b'0').count();
    let digits = &digits[skip..];
    // Fast path: up to 12 digits fit an i64 in every base <= 36 (36^12 < 2^63).
    if digits.len() <= 12 {
        let mut v: i64 = 0;
        for &c in digits {
            v = v * i64::from(base) + i64::from(digit_value(c).unwrap_or(0));
        }
        return Ok(Int::Small(if negative { -v } else { v }));
    }
    // The value is at least base^(len-1): refuse sizes OTP refuses before doing the work.
    let min_bits = (digits.len() as u64 - 1) * u64::from(base.ilog2());
    if min_bits > MAX_BIG_BITS {
        return Err(NumError::SystemLimit);
    }
    // Digits are ASCII alphanumerics, so this is valid UTF-8; dashu accepts both cases.
    let s = core::str::from_utf8(digits).map_err(|_| NumError::Badarg)?;
    let mag = UBig::from_str_radix(s, base).map_err(|_| NumError::Badarg)?;
    let sign = if negative {
        Sign::Negative
    } else {
        Sign::Positive
    };
    Int::from_ibig(IBig::from_parts(sign, mag))
}

fn small_to_string(v: i64, base: u32) -> String {
    const DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut buf = [0u8; 65];
    let mut pos = buf.len();
    let mut m = v.unsigned_abs();
    let b = u64::from(base);
    loop {
        pos -= 1;
        buf[pos] = DIGITS[(m % b) as usize];
        m /= b;
        if m == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(buf.len() - pos + 1);
    if v < 0 {
        out.push('-');
    }
    for &c in &buf[pos..] {
        out.push(char::from(c));
    }
    out
}

/// Bytes of a text for the parsers from a list of character codes: `None` if any element is
/// not a byte (such a list can never be a number, so callers answer `badarg`).
pub fn chars_to_bytes(chars: &[u32]) -> Option<Vec<u8>> {
    chars.iter().map(|&c| u8::try_from(c).ok()).collect()
}
