//! Floats as OTP prints, parses and computes them.

use alloc::string::String;
use core::fmt::Write;

use super::int::Int;
use super::NumError;

/// OTP formats floats into a 256-byte buffer; any text of 256 bytes or more is `badarg`.
const FLOAT_BUF_SIZE: usize = 256;

/// Default digits after the point of `float_to_list/1` (`SYS_DEFAULT_FLOAT_DECIMALS`).
const DEFAULT_SCIENTIFIC_DIGITS: i64 = 20;

/// The shortest decimal digits that read back as `f`, closest to `f` among the shortest and
/// even on ties, exactly as Ryu (which OTP uses) computes them: `value = digits * 10^exponent`.
/// `f` must be finite and nonzero; the sign is ignored.
pub fn shortest_digits(f: f64) -> ([u8; 17], usize, i32) {
    let mut ryu_buf = ryu::Buffer::new();
    // The `ryu` crate prints its digits as "d.ddde-x", "0.000ddd" or "ddd.0"; take the
    // significant digits and the position of the point back out.
    let text = ryu_buf.format_finite(f.abs()).as_bytes();
    let mut digits = [0u8; 17];
    let mut n = 0usize;
    let mut point_shift: i32 = 0; // digits (significant or not) after the point
    let mut after_point = false;
    let mut i = 0;
    while i < text.len() && text[i] != b'e' {
        let c = text[i];
        if c == b'.' {
            after_point = true;
        } else if c.is_ascii_digit() {
            if after_point {
                point_shift += 1;
            }
            if (n > 0 || c != b'0') && n < digits.len() {
                digits[n] = c;
                n += 1;
            }
        }
        i += 1;
    }
    let mut exp: i32 = 0;
    let mut negative_exp = false;
    for &c in text.get(i + 1..).unwrap_or(&[]) {
        if c == b'-' {
            negative_exp = true;
        } else if c.is_ascii_digit() {
            exp = exp * 10 + i32::from(c - b'0');
        }
    }
    if negative_exp {
        exp = -exp;
    }
    let mut exp = exp - point_shift;
    // "100.0" has trailing zeros that are not significant.
    while n > 1 && digits[n - 1] == b'0' {
        n -= 1;
        exp += 1;
    }
    (digits, n, exp)
}

/// `float_to_list(F, [short])`, which `io_lib` uses for `~w` and `~p`: the shortest digits
/// that read back as `F`, in plain form or with an exponent, whichever OTP chooses.
pub fn format_short(f: f64) -> String {
    let mut out = String::with_capacity(26);
    if f.is_sign_negative() {
        out.push('-');
    }
    if f == 0.0 {
        out.push_str("0.0");
        return out;
    }
    let (digits, olength, exp) = shortest_digits(f);
    let digits = &digits[..olength];
    let mantissa: u64 = digits
        .iter()
        .fold(0u64, |acc, &d| acc * 10 + u64::from(d - b'0'));
    let olen = olength as i32;
    let sci_exp = exp + olen - 1;
    // The range of exponents printed in plain form (OTP's modified MS STL `to_chars`).
    let (lower, upper) = if olength == 1 {
        (-4, 2)
    } else if sci_exp >= 10 {
        (-(olen + 2), 2)
    } else {
        (-(olen + 2), 1)
    };
    let fixed = lower <= exp
        && exp <= upper
        && !((mantissa >= 1u64 << 53 && exp == 0)
            || (mantissa > (1u64 << 52) / 5 && exp == 1)
            || (mantissa > (1u64 << 51) / 25 && exp == 2));
    let push_digits = |out: &mut String, ds: &[u8]| {
        for &d in ds {
            out.push(char::from(d));
        }
    };
    if fixed {
        let whole = olen + exp;
        if exp >= 0 {
            push_digits(&mut out, digits);
            for _ in 0..exp {
                out.push('0');
            }
            out.push_str(".0");
        } else if whole > 0 {
            push_digits(&mut out, &digits[..whole as usize]);
            out.push('.');
            push_digits(&mut out, &digits[whole as usize..]);
        } else {
            out.push_str("0.");
            for _ in 0..-whole {
                out.push('0');
            }
            push_digits(&mut out, digits);
        }
    } else {
        push_digits(&mut out, &digits[..1]);
        out.push('.');
        if olength > 1 {
            push_digits(&mut out, &digits[1..]);
        } else {
            out.push('0');
        }
        out.push('e');
        let _ = write!(out, "{sci_exp}");
    }
    out
}

/// C's `"%.*e"`: `precision` digits after the point (a negative precision means 6, as in C),
/// exponent with a sign and at least two digits.
fn format_c_scientific(f: f64, precision: i64) -> String {
    let precision = if precision < 0 { 6 } else { precision as usize };
    let mut out = String::new();
    let _ = write!(out, "{:.*e}", precision, f);
    // Rust writes "1.5e-7" / "1.5e7": rewrite the exponent as C does ("e-07" / "e+07").
    if let Some(epos) = out.find('e') {
        let exp_text = String::from(&out[epos + 1..]);
        out.truncate(epos + 1);
        let (sign, digits) = match exp_text.strip_prefix('-') {
            Some(d) => ('-', d),
            None => ('+', exp_text.as_str()),
        };
        out.push(sign);
        if digits.len() < 2 {
            out.push('0');
        }
        out.push_str(digits);
    }
    out
}

/// C's `"%.*f"` (exact decimal expansion, ties to even).
fn format_c_fixed(f: f64, decimals: usize) -> String {
    let mut out = String::new();
    let _ = write!(out, "{:.*}", decimals, f);
    out
}

/// OTP's `find_first_trailing_zero`: drops trailing zeros but keeps one after a point.
fn strip_trailing_zeros(s: &mut String) {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while end > 0 && bytes[end - 1] == b'0' {
        end -= 1;
    }
    if end > 0 && end < bytes.len() && bytes[end - 1] == b'.' {
        end += 1;
    }
    s.truncate(end);
}

/// `float_to_list(F, [{decimals, N}])` (with `compact` if asked), following OTP's
/// `sys_double_to_chars_fast`: values up to 2^53 with fewer than 19 decimals are rounded
/// with C's `round` on the scaled fraction (half away from zero); everything else goes
/// through C's `"%.*f"`.
fn format_decimals(f: f64, decimals: i64, compact: bool) -> Result<String, NumError> {
    const POW10: [f64; 19] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18,
    ];
    if decimals < 0 || decimals >= FLOAT_BUF_SIZE as i64 {
        return Err(NumError::Badarg);
    }
    let neg = f.is_sign_negative();
    let af = f.abs();
    if af > 9007199254740992.0 || decimals >= POW10.len() as i64 {
        // Beyond the fast path: the exact expansion, whose length may overflow OTP's buffer.
        let mut out = format_c_fixed(f, decimals as usize);
        if out.len() >= FLOAT_BUF_SIZE {
            return Err(NumError::Badarg);
        }
        if compact {
            strip_trailing_zeros(&mut out);
        }
        return Ok(out);
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if decimals > 0 {
        let d = decimals as usize;
        let int_f = libm::floor(af);
        let frac_f = libm::round((af - int_f) * POW10[d]);
        let mut int_part = int_f as u64;
        let mut frac_part = frac_f as u64;
        if frac_f >= POW10[d] {
            int_part += 1;
            frac_part = 0;
        }
        let _ = write!(out, "{int_part}.{frac_part:0d$}");
        if compact {
            strip_trailing_zeros(&mut out);
        }
    } else {
        let int_part = libm::round(af) as u64;
        let _ = write!(out, "{int_part}");
    }
    Ok(out)
}

/// One element of the option list of `float_to_list/2` and `float_to_binary/2`. Callers map
/// each list element to one of these; anything else in the list is `badarg`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOption {
    /// `{decimals, N}` with `N` a small integer (a bignum `N` is `badarg`)
    Decimals(i64),
    /// `{scientific, N}` with `N` a small integer (a bignum `N` is `badarg`)
    Scientific(i64),
    /// `compact`
    Compact,
    /// `short`
    Short,
}

/// `float_to_list/1,2` and `float_to_binary/1,2`: the text for `f` under `options` (later
/// options override earlier ones, as in OTP; an empty list gives `float_to_list/1`'s
/// `"1.00000000000000000000e+00"` form). Results OTP cannot fit in its buffer are `badarg`.
pub fn format_with_options(f: f64, options: &[FloatOption]) -> Result<String, NumError> {
    enum Kind {
        Legacy,
        Short,
        Fixed,
        Scientific,
    }
    // OTP takes the count only as a small integer (60-bit signed) and stores it in a C `int`,
    // so it wraps modulo 2^32: {decimals, 4294967297} means {decimals, 1}.
    fn count(n: i64) -> Result<i64, NumError> {
        const SMALL_MIN: i64 = -(1 << 59);
        const SMALL_MAX: i64 = (1 << 59) - 1;
        if (SMALL_MIN..=SMALL_MAX).contains(&n) {
            Ok(i64::from(n as i32))
        } else {
            Err(NumError::Badarg)
        }
    }
    let mut kind = Kind::Legacy;
    let mut digits = DEFAULT_SCIENTIFIC_DIGITS;
    let mut compact = false;
    for option in options {
        match *option {
            FloatOption::Decimals(n) => {
                kind = Kind::Fixed;
                digits = count(n)?;
            }
            FloatOption::Scientific(n) => {
                kind = Kind::Scientific;
                digits = count(n)?;
            }
            FloatOption::Compact => compact = true,
            FloatOption::Short => kind = Kind::Short,
        }
    }
    match kind {
        Kind::Short => Ok(format_short(f)),
        Kind::Fixed => format_decimals(f, digits, compact),
        Kind::Legacy | Kind::Scientific => {
            if digits >= FLOAT_BUF_SIZE as i64 {
                return Err(NumError::Badarg);
            }
            let out = format_c_scientific(f, digits);
            if out.len() >= FLOAT_BUF_SIZE {
                return Err(NumError::Badarg);
            }
            Ok(out)
        }
    }
}

/// `float_to_list/1`: `"%.20e"`, e.g. `"1.00000000000000000000e+00"`.
pub fn format_default(f: f64) -> String {
    format_c_scientific(f, DEFAULT_SCIENTIFIC_DIGITS)
}

/// Length of the longest prefix of `text` that OTP's float syntax accepts entirely:
/// `[+-]? digit+ [.,] digit+ ([eE] [+-]? digit+)?`. `Some(len)` only when the whole text
/// matches.
fn check_float_syntax(text: &[u8]) -> bool {
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < text.len() && text[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if i < text.len() && (text[i] == b'+' || text[i] == b'-') {
        i += 1;
    }
    if !digits(&mut i) {
        return false;
    }
    if i >= text.len() || (text[i] != b'.' && text[i] != b',') {
        return false;
    }
    i += 1;
    if !digits(&mut i) {
        return false;
    }
    if i < text.len() && (text[i] == b'e' || text[i] == b'E') {
        i += 1;
        if i < text.len() && (text[i] == b'+' || text[i] == b'-') {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == text.len()
}

/// `list_to_float/1` and `binary_to_float/1`: OTP's float syntax (digits on both sides of
/// the point, which may also be a comma; optional exponent), correctly rounded. As OTP hands
/// the text to C as a NUL-terminated string, a NUL byte ends it. Overflow is `badarg`;
/// underflow gives the nearest double (possibly 0.0).
pub fn parse_float(text: &[u8]) -> Result<f64, NumError> {
    let text = match text.iter().position(|&c| c == 0) {
        Some(nul) => &text[..nul],
        None => text,
    };
    if !check_float_syntax(text) {
        return Err(NumError::Badarg);
    }
    // The syntax check left only ASCII; Rust's parser wants '.' as the point.
    let mut normalized = String::with_capacity(text.len());
    for &c in text {
        normalized.push(if c == b',' { '.' } else { char::from(c) });
    }
    let v: f64 = normalized.parse().map_err(|_| NumError::Badarg)?;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(NumError::Badarg)
    }
}

/// `string:to_float/1` on latin-1 text (OTP's `string:list_to_float/1` BIF): the float at the
/// start of `text` and the number of bytes it used; `None` is OTP's `{error, no_float}`.
/// Callers pass the list's elements up to the first one that is not a byte.
pub fn parse_float_prefix(text: &[u8]) -> Option<(f64, usize)> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Part {
        Sign,
        Int,
        Frac,
        ExpSign,
        Exp0,
        Exp1,
        End,
    }
    // `buf` collects the accepted characters (without a leading '+'); `pos` is the index in
    // `text`. At an 'e' both are saved, to go back if no exponent digits follow.
    let mut buf = String::new();
    let mut pos = 0;
    let mut part = Part::Sign;
    let mut saved: (usize, usize) = (0, 0);
    let restore = |buf: &mut String, pos: &mut usize, saved: (usize, usize)| {
        buf.truncate(saved.0);
        *pos = saved.1;
    };
    while pos < text.len() {
        let c = text[pos];
        match c {
            b'-' => match part {
                Part::Sign => part = Part::Int,
                Part::ExpSign => part = Part::Exp0,
                Part::Exp0 => {
                    restore(&mut buf, &mut pos, saved);
                    part = Part::End;
                }
                _ => part = Part::End,
            },
            b'+' => match part {
                Part::Sign => {
                    part = Part::Int;
                    pos += 1;
                    continue;
                }
                Part::ExpSign => part = Part::Exp0,
                Part::Exp0 => {
                    restore(&mut buf, &mut pos, saved);
                    part = Part::End;
                }
                _ => part = Part::End,
            },
            b'.' | b',' => match part {
                Part::Int => part = Part::Frac,
                Part::ExpSign | Part::Exp0 => {
                    restore(&mut buf, &mut pos, saved);
                    part = Part::End;
                }
                _ => part = Part::End,
            },
            b'e' | b'E' => match part {
                Part::Frac => {
                    saved = (buf.len(), pos);
                    part = Part::ExpSign;
                }
                Part::Exp0 | Part::ExpSign => {
                    restore(&mut buf, &mut pos, saved);
                    part = Part::End;
                }
                _ => part = Part::End,
            },
            b'0'..=b'9' => match part {
                Part::Sign => part = Part::Int,
                Part::ExpSign | Part::Exp0 => part = Part::Exp1,
                _ => {}
            },
            _ => break,
        }
        if part == Part::End {
            // OTP requires at least three characters ("d.d") before giving up here.
            if buf.len() < 3 {
                return None;
            }
            break;
        }
        buf.push(char::from(c));
        pos += 1;
    }
    if part == Part::ExpSign || part == Part::Exp0 {
        restore(&mut buf, &mut pos, saved);
    }
    if buf.is_empty() {
        return None;
    }
    parse_float(buf.as_bytes()).ok().map(|v| (v, pos))
}

// ---- arithmetic with OTP's rules ----

/// A float result as OTP accepts it: infinities and NaN are `badarith`.
pub fn check(f: f64) -> Result<f64, NumError> {
    if f.is_finite() {
        Ok(f)
    } else {
        Err(NumError::Badarith)
    }
}

pub fn add(a: f64, b: f64) -> Result<f64, NumError> {
    check(a + b)
}

pub fn sub(a: f64, b: f64) -> Result<f64, NumError> {
    check(a - b)
}

pub fn mul(a: f64, b: f64) -> Result<f64, NumError> {
    check(a * b)
}

/// `/` on floats; division by zero (of any sign) is `badarith`.
pub fn div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::Badarith);
    }
    check(a / b)
}

/// An integer operand of mixed arithmetic or `/`, converted as OTP does; too big is
/// `badarith`.
pub fn int_operand(i: &Int) -> Result<f64, NumError> {
    i.to_f64().ok_or(NumError::Badarith)
}

/// `float/1`: too big is `badarg`.
pub fn int_to_float(i: &Int) -> Result<f64, NumError> {
    i.to_f64().ok_or(NumError::Badarg)
}

/// `trunc/1` of a float.
pub fn trunc(f: f64) -> Result<Int, NumError> {
    Int::from_f64_trunc(f).ok_or(NumError::Badarg)
}

/// `round/1` of a float: halves away from zero, like C's `round`.
pub fn round(f: f64) -> Result<Int, NumError> {
    Int::from_f64_trunc(libm::round(f)).ok_or(NumError::Badarg)
}

/// `floor/1` of a float.
pub fn floor(f: f64) -> Result<Int, NumError> {
    Int::from_f64_trunc(libm::floor(f)).ok_or(NumError::Badarg)
}

/// `ceil/1` of a float.
pub fn ceil(f: f64) -> Result<Int, NumError> {
    Int::from_f64_trunc(libm::ceil(f)).ok_or(NumError::Badarg)
}
