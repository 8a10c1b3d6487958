//! Float text as OTP writes it. `format_short` is `float_to_list(F, [short])`, which is also
//! what `~w` prints: the shortest digits that read back to the same float, written in
//! plain decimal notation when that is no longer than scientific notation and the value is
//! below 2^53, else in scientific notation.

use alloc::format;
use alloc::string::String;

/// Shortest round-trip digits and decimal exponent: value = 0.d1d2d3... * 10^(exp+1),
/// i.e. `d1.d2d3... e exp`.
pub fn shortest_digits(f: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-trip digits.
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = String::from(digits.trim_end_matches('0'));
    let digits = if digits.is_empty() {
        String::from("0")
    } else {
        digits
    };
    (digits, exp.parse().unwrap_or(0))
}

pub fn format_short(f: f64) -> String {
    let neg = f.is_sign_negative();
    let (d, e) = shortest_digits(f);
    let sci = {
        let mut s = String::new();
        s.push_str(&d[..1]);
        s.push('.');
        if d.len() > 1 {
            s.push_str(&d[1..]);
        } else {
            s.push('0');
        }
        s.push('e');
        s.push_str(&format!("{}", e));
        s
    };
    let dec = {
        let mut s = String::new();
        let n = d.len() as i32;
        if e >= 0 {
            if n <= e + 1 {
                s.push_str(&d);
                for _ in 0..(e + 1 - n) {
                    s.push('0');
                }
                s.push_str(".0");
            } else {
                s.push_str(&d[..(e + 1) as usize]);
                s.push('.');
                s.push_str(&d[(e + 1) as usize..]);
            }
        } else {
            s.push_str("0.");
            for _ in 0..(-e - 1) {
                s.push('0');
            }
            s.push_str(&d);
        }
        s
    };
    let body = if f == 0.0 {
        String::from("0.0")
    } else if f.abs() >= 9007199254740992.0 || dec.len() > sci.len() {
        sci
    } else {
        dec
    };
    if neg {
        format!("-{}", body)
    } else {
        body
    }
}

/// `f.trunc()` without libm: floats of magnitude >= 2^52 are already integral.
pub fn trunc(f: f64) -> f64 {
    if f.is_nan() || f.abs() >= 4503599627370496.0 {
        f
    } else {
        let t = (f as i64) as f64;
        // keep the sign of zero
        if t == 0.0 && f.is_sign_negative() {
            -0.0
        } else {
            t
        }
    }
}

/// `float_to_list(F)`: `io_lib:format("~.Ne")`-like text with `digits` decimals and a
/// two-digit signed exponent, e.g. `1.00000000000000000000e+00`.
pub fn format_scientific(f: f64, digits: usize) -> String {
    let s = format!("{:.*e}", digits, f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let sign = if e < 0 { '-' } else { '+' };
    format!("{}e{}{:02}", mant, sign, e.abs())
}

/// Parses a float in Erlang syntax: `[+-]digits.digits[(e|E)[+-]digits]`.
pub fn parse_erlang_float(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let d0 = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == d0 || i >= b.len() || b[i] != b'.' {
        return None;
    }
    i += 1;
    let d1 = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == d1 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let d2 = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == d2 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    let f: f64 = s.parse().ok()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_otp() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1.0e10, "1.0e10"),
            (1.0e15, "1.0e15"),
            (123456789012345678.0, "1.2345678901234568e17"),
            (1.0e-5, "1.0e-5"),
            (0.001, "0.001"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (5.0e-324, "5.0e-324"),
            (1.7976931348623157e308, "1.7976931348623157e308"),
            (100.0, "100.0"),
            (12345.678, "12345.678"),
            (1.0 / 3.0, "0.3333333333333333"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (9007199254740992.0, "9.007199254740992e15"),
            (0.00012345, "1.2345e-4"),
            (2.0e5, "2.0e5"),
            (20000.5, "20000.5"),
            (1234567.0, "1234567.0"),
            (-2.5, "-2.5"),
        ];
        for &(f, want) in cases {
            assert_eq!(format_short(f), want, "{f:e}");
        }
    }
}
