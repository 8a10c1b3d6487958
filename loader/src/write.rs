//! Erlang's `~w` (`io_lib:write/1` with latin1 encoding) over [`Term`], to the letter of OTP 25:
//! atoms quoted as `io_lib:write_atom_as_latin1/1` does, floats as `float_to_list(F, [short])`,
//! binaries as `<<1,2>>`, bitstrings as `<<1,2:3>>`, `STRING_EXT` lists as integer lists.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::etf::Term;

/// Appends `~w` of `t`. Map pairs print in their stored (encoded) order, which is OTP's own
/// order for maps of up to 32 keys.
pub fn write_term(out: &mut String, t: &Term) {
    write_with(out, t, false);
}

/// Like [`write_term`], but for maps of more than 32 keys: OTP prints such a map (a HAMT) in the
/// order of its keys' internal hashes. Where every key is an integer, float or bitstring that
/// order depends on the keys alone and is reproduced ([`crate::maporder`]); other keys (atoms,
/// pids, refs, funs, compound terms) hash by VM state in OTP, and those maps print in term order,
/// the canonical form `beamos disasm` and its oracle agree on.
pub fn write_term_sorting_large_maps(out: &mut String, t: &Term) {
    write_with(out, t, true);
}

fn write_with(out: &mut String, t: &Term, sort_large: bool) {
    let write_term = |out: &mut String, t: &Term| write_with(out, t, sort_large);
    let write_seq = |out: &mut String, items: &[Term]| write_seq(out, items, sort_large);
    match t {
        Term::Int(i) => i.write_decimal(out),
        Term::Float(f) => write_float(out, *f),
        Term::Atom(a) => write_atom(out, a),
        Term::Tuple(items) => {
            out.push('{');
            write_seq(out, items);
            out.push('}');
        }
        Term::Nil => out.push_str("[]"),
        Term::String(bytes) => {
            if bytes.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, b) in bytes.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let _ = write!(out, "{b}");
            }
            out.push(']');
        }
        Term::List(items, tail) => {
            out.push('[');
            write_seq(out, items);
            write_tail(out, tail, sort_large);
            out.push(']');
        }
        Term::Binary(bytes) => write_bits(out, bytes, 8),
        Term::BitBinary { bytes, bits } => write_bits(out, bytes, *bits),
        Term::Map(pairs) => {
            out.push_str("#{");
            let mut order: Vec<&(Term, Term)> = pairs.iter().collect();
            if sort_large && pairs.len() > 32 {
                match crate::maporder::otp_order(pairs) {
                    Some(idx) => order = idx.iter().filter_map(|&i| pairs.get(i)).collect(),
                    None => order.sort_by(|a, b| crate::etf::compare(&a.0, &b.0)),
                }
            }
            for (i, (k, v)) in order.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_term(out, k);
                out.push_str(" => ");
                write_term(out, v);
            }
            out.push('}');
        }
        // `erlang:pid_to_list/1` and friends; a literal cannot hold these in compiled code, so
        // the node is shown by name where OTP would show its local index.
        Term::Pid {
            node, id, serial, ..
        } => {
            let _ = write!(out, "<{}.{id}.{serial}>", node_number(node));
        }
        Term::Port { node, id, .. } => {
            let _ = write!(out, "#Port<{}.{id}>", node_number(node));
        }
        Term::Ref { node, ids, .. } => {
            let _ = write!(out, "#Ref<{}", node_number(node));
            for id in ids.iter().rev() {
                let _ = write!(out, ".{id}");
            }
            out.push('>');
        }
        Term::Fun(f) => {
            out.push_str("#Fun<");
            out.push_str(&f.module);
            out.push('.');
            f.old_index.write_decimal(out);
            out.push('.');
            f.old_uniq.write_decimal(out);
            out.push('>');
        }
        Term::Export {
            module,
            function,
            arity,
        } => {
            out.push_str("fun ");
            write_atom(out, module);
            out.push(':');
            write_atom(out, function);
            let _ = write!(out, "/{arity}");
        }
    }
}

/// The term as a `~w` string.
pub fn to_string(t: &Term) -> String {
    let mut s = String::new();
    write_term(&mut s, t);
    s
}

fn node_number(node: &str) -> &str {
    if node == "nonode@nohost" {
        "0"
    } else {
        node
    }
}

fn write_seq(out: &mut String, items: &[Term], sort_large: bool) {
    for (i, t) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_with(out, t, sort_large);
    }
}

fn write_tail(out: &mut String, tail: &Term, sort_large: bool) {
    match tail {
        Term::Nil => {}
        Term::List(items, rest) => {
            out.push(',');
            write_seq(out, items, sort_large);
            write_tail(out, rest, sort_large);
        }
        Term::String(bytes) => {
            for b in bytes {
                let _ = write!(out, ",{b}");
            }
        }
        other => {
            out.push('|');
            write_with(out, other, sort_large);
        }
    }
}

/// `<<B1,B2,...>>`, the last byte holding `last_bits` (1..=8) high-order bits: a partial last
/// byte prints as `Value:Bits`.
fn write_bits(out: &mut String, bytes: &[u8], last_bits: u8) {
    out.push_str("<<");
    let n = bytes.len();
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if i + 1 == n && last_bits < 8 {
            let v = b >> (8 - last_bits);
            let _ = write!(out, "{v}:{last_bits}");
        } else {
            let _ = write!(out, "{b}");
        }
    }
    out.push_str(">>");
}

/// Reserved words of OTP 25's `erl_scan:reserved_word/1` (no feature keywords are enabled by
/// default in OTP 25, so `maybe` and `else` are plain atoms).
const RESERVED: [&str; 27] = [
    "after", "begin", "case", "try", "cond", "catch", "andalso", "orelse", "end", "fun", "if",
    "let", "of", "receive", "when", "bnot", "not", "div", "rem", "band", "and", "bor", "bxor",
    "bsl", "bsr", "or", "xor",
];

fn is_lower_start(c: char) -> bool {
    c.is_ascii_lowercase() || (('\u{df}'..='\u{ff}').contains(&c) && c != '\u{f7}')
}

fn is_name_char(c: char) -> bool {
    is_lower_start(c)
        || c.is_ascii_uppercase()
        || (('\u{c0}'..='\u{de}').contains(&c) && c != '\u{d7}')
        || c.is_ascii_digit()
        || c == '_'
        || c == '@'
}

/// Whether `io_lib` quotes this atom.
pub fn atom_needs_quotes(name: &str) -> bool {
    if RESERVED.contains(&name) {
        return true;
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if is_lower_start(c) => !chars.all(is_name_char),
        _ => true,
    }
}

/// An atom as `~w` prints it (`io_lib:write_atom_as_latin1/1`).
pub fn write_atom(out: &mut String, name: &str) {
    if !atom_needs_quotes(name) {
        out.push_str(name);
        return;
    }
    out.push('\'');
    for c in name.chars() {
        write_string_char(out, c, '\'');
    }
    out.push('\'');
}

/// One character inside a quoted atom or string (`io_lib:string_char/4`, unicode_as_latin1).
fn write_string_char(out: &mut String, c: char, quote: char) {
    let code = u32::from(c);
    if c == quote {
        out.push('\\');
        out.push(c);
    } else if c == '\\' {
        out.push_str("\\\\");
    } else if (0x20..=0x7e).contains(&code) || (0xa0..=0xff).contains(&code) {
        out.push(c);
    } else if code >= 0xff {
        let _ = write!(out, "\\x{{{code:X}}}");
    } else {
        match code {
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            0x0b => out.push_str("\\v"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0x1b => out.push_str("\\e"),
            0x7f => out.push_str("\\d"),
            _ => {
                let _ = write!(out, "\\{}{}{}", code >> 6, (code >> 3) & 7, code & 7);
            }
        }
    }
}

/// A float as `float_to_list(F, [short])` prints it: the shortest digits that round-trip, in
/// fixed notation where OTP's rules choose it (`erts/emulator/ryu/to_chars.h`), else
/// scientific with a bare exponent (`1.0e-5`, `1.5e300`).
pub fn write_float(out: &mut String, f: f64) {
    if f.is_sign_negative() {
        out.push('-');
    }
    let a = f.abs();
    if a == 0.0 {
        out.push_str("0.0");
        return;
    }
    if !a.is_finite() {
        // Not an Erlang float; never produced by the ETF decoder.
        out.push_str(if a.is_nan() { "nan" } else { "inf" });
        return;
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "D.DDDDe-X".
    let mut sci = String::new();
    let _ = write!(sci, "{a:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let sci_exp: i32 = exp.parse().unwrap_or(0);
    let mut digits = String::with_capacity(17);
    digits.extend(mantissa.chars().filter(char::is_ascii_digit));
    let olength = digits.len() as i32;
    let output: u64 = digits.parse().unwrap_or(0);
    // Value = output * 10^ryu_exp.
    let ryu_exp = sci_exp - (olength - 1);
    let (lower, upper) = if olength == 1 {
        (-4, 2)
    } else if sci_exp >= 10 {
        (-(olength + 2), 2)
    } else {
        (-(olength + 2), 1)
    };
    let mut fixed = lower <= ryu_exp && ryu_exp <= upper;
    if fixed
        && ((output >= (1u64 << 53) && ryu_exp == 0)
            || (output > (1u64 << 52) / 5 && ryu_exp == 1)
            || (output > (1u64 << 51) / 25 && ryu_exp == 2))
    {
        fixed = false;
    }
    if fixed {
        let whole = olength + ryu_exp;
        if ryu_exp >= 0 {
            out.push_str(&digits);
            for _ in 0..ryu_exp {
                out.push('0');
            }
            out.push_str(".0");
        } else if whole > 0 {
            out.push_str(&digits[..whole as usize]);
            out.push('.');
            out.push_str(&digits[whole as usize..]);
        } else {
            out.push_str("0.");
            for _ in 0..-whole {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        out.push('.');
        if olength > 1 {
            out.push_str(&digits[1..]);
        } else {
            out.push('0');
        }
        let _ = write!(out, "e{sci_exp}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64) -> String {
        let mut s = String::new();
        write_float(&mut s, x);
        s
    }

    #[test]
    fn floats() {
        assert_eq!(f(1.0), "1.0");
        assert_eq!(f(0.1), "0.1");
        assert_eq!(f(100.0), "100.0");
        assert_eq!(f(1000.0), "1.0e3");
        assert_eq!(f(1.0e-4), "0.0001");
        assert_eq!(f(1.0e-5), "1.0e-5");
        assert_eq!(f(1234.0), "1234.0");
        assert_eq!(f(12340.0), "12340.0");
        assert_eq!(f(123400.0), "1.234e5");
        assert_eq!(f(-0.0), "-0.0");
        assert_eq!(f(0.001234), "0.001234");
        assert_eq!(f(1.7976931348623157e308), "1.7976931348623157e308");
    }

    #[test]
    fn atoms() {
        let w = |a: &str| {
            let mut s = String::new();
            write_atom(&mut s, a);
            s
        };
        assert_eq!(w("ok"), "ok");
        assert_eq!(w("Elixir.Enum"), "'Elixir.Enum'");
        assert_eq!(w("receive"), "'receive'");
        assert_eq!(w("maybe"), "maybe");
        assert_eq!(w(""), "''");
        assert_eq!(w("a b"), "'a b'");
        assert_eq!(w("it's"), "'it\\'s'");
        assert_eq!(w("a\nb"), "'a\\nb'");
    }
}
