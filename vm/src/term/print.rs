//! The `~w` printer: writes a term exactly as `io_lib:write/1` (and so `io:format("~w", [T])`)
//! does, with latin1 output encoding: every character written is below 256 (others are
//! escaped as `\x{...}`), so each `char` of the result is one output byte.

use super::{Kind, Term};
use crate::binary;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

enum Task {
    Term(Term),
    Str(&'static str),
    /// The rest of a list after an element: `,` elem... or `|` tail, then `]`.
    ListTail(Term),
    /// Tuple elements from index `i` on.
    TupleFrom(Term, usize),
    /// Map pairs from index `i` on.
    MapFrom(Vec<(Term, Term)>, usize),
}

/// Appends the `~w` text of `t` to `out`.
pub fn write_term(out: &mut String, t: Term) {
    let mut work: Vec<Task> = alloc::vec![Task::Term(t)];
    while let Some(task) = work.pop() {
        match task {
            Task::Str(s) => out.push_str(s),
            Task::Term(t) => write_one(out, t, &mut work),
            Task::ListTail(tail) => {
                if tail.is_nil() {
                    out.push(']');
                } else if tail.is_list() {
                    out.push(',');
                    work.push(Task::ListTail(tail.tail()));
                    work.push(Task::Term(tail.head()));
                } else {
                    out.push('|');
                    work.push(Task::Str("]"));
                    work.push(Task::Term(tail));
                }
            }
            Task::TupleFrom(tuple, i) => {
                let elems = tuple.tuple_elems();
                if i >= elems.len() {
                    out.push('}');
                } else {
                    out.push(',');
                    work.push(Task::TupleFrom(tuple, i + 1));
                    work.push(Task::Term(elems[i]));
                }
            }
            Task::MapFrom(pairs, i) => {
                if i >= pairs.len() {
                    out.push('}');
                } else {
                    if i > 0 {
                        out.push(',');
                    }
                    let (k, v) = pairs[i];
                    work.push(Task::MapFrom(pairs, i + 1));
                    work.push(Task::Term(v));
                    work.push(Task::Str(" => "));
                    work.push(Task::Term(k));
                }
            }
        }
    }
}

/// The `~w` text of `t`.
pub fn to_string(t: Term) -> String {
    let mut s = String::new();
    write_term(&mut s, t);
    s
}

fn write_one(out: &mut String, t: Term, work: &mut Vec<Task>) {
    if t.is_small() {
        let _ = write!(out, "{}", t.small_value());
    } else if t.is_atom() {
        write_atom(out, t.atom_value().name());
    } else if t.is_nil() {
        out.push_str("[]");
    } else if t.is_list() {
        out.push('[');
        work.push(Task::ListTail(t.tail()));
        work.push(Task::Term(t.head()));
    } else if t.is_local_pid() {
        let (n, s) = crate::process::pid_parts(t);
        let _ = write!(out, "<0.{}.{}>", n, s);
    } else if t.is_local_port() {
        let _ = write!(out, "#Port<0.{}>", t.port_value());
    } else if t.is_boxed() {
        match t.header().kind() {
            Kind::Tuple => {
                let elems = t.tuple_elems();
                if elems.is_empty() {
                    out.push_str("{}");
                } else {
                    out.push('{');
                    work.push(Task::TupleFrom(t, 1));
                    work.push(Task::Term(elems[0]));
                }
            }
            Kind::PosBig | Kind::NegBig => match crate::bif::arith::term_to_int(t) {
                Some(i) => out.push_str(&i.to_decimal_string()),
                None => out.push_str("<bad bignum>"),
            },
            Kind::Float => write_float(out, t.float_value()),
            Kind::HeapBin | Kind::ProcBin | Kind::SubBin => write_bitstring(out, t),
            Kind::MatchCtx => out.push_str("#MatchState"),
            Kind::FlatMap | Kind::HamtNode => {
                let pairs: alloc::vec::Vec<(Term, Term)> = crate::map::iter(t).collect();
                if pairs.is_empty() {
                    out.push_str("#{}");
                } else {
                    out.push_str("#{");
                    work.push(Task::MapFrom(pairs, 0));
                }
            }
            Kind::Fun | Kind::Export => crate::code::write_fun(out, t),
            Kind::Ref => {
                let _ = write!(
                    out,
                    "#Ref<0.{}.{}.{}>",
                    t.boxed_word(1) >> 32,
                    t.boxed_word(1) & 0xFFFF_FFFF,
                    t.boxed_word(2)
                );
            }
            Kind::ExtPid | Kind::ExtPort | Kind::ExtRef => out.push_str("#External<>"),
        }
    } else {
        let _ = write!(out, "<bad term {:#x}>", t.raw());
    }
}

fn write_bitstring(out: &mut String, t: Term) {
    let Some(b) = binary::bitstring(t) else {
        return;
    };
    out.push_str("<<");
    let n = b.byte_len();
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{}", b.byte(i));
    }
    let (v, bits) = b.tail_bits();
    if bits > 0 {
        if n > 0 {
            out.push(',');
        }
        let _ = write!(out, "{}:{}", v >> (8 - bits), bits);
    }
    out.push_str(">>");
}

/// Writes a float as `io_lib_format:fwrite_g/1` (`float_to_list(F, [short])`) does.
pub fn write_float(out: &mut String, f: f64) {
    out.push_str(&crate::num::float::format_short(f));
}

const RESERVED: &[&str] = &[
    "after", "begin", "case", "try", "cond", "catch", "andalso", "orelse", "end", "fun", "if",
    "let", "of", "receive", "when", "bnot", "not", "div", "rem", "band", "and", "bor", "bxor",
    "bsl", "bsr", "or", "xor",
];

fn is_lower_start(c: char) -> bool {
    c.is_ascii_lowercase() || (('\u{df}'..='\u{ff}').contains(&c) && c != '\u{f7}')
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_lowercase()
        || (('\u{df}'..='\u{ff}').contains(&c) && c != '\u{f7}')
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
    let mut cs = name.chars();
    match cs.next() {
        Some(c) if is_lower_start(c) => !cs.all(is_name_char),
        _ => true,
    }
}

/// Writes an atom as `io_lib:write_atom_as_latin1/1`.
pub fn write_atom(out: &mut String, name: &str) {
    if atom_needs_quotes(name) {
        out.push('\'');
        write_string_chars(out, name.chars(), '\'');
        out.push('\'');
    } else {
        for c in name.chars() {
            push_latin1_char(out, c);
        }
    }
}

fn push_latin1_char(out: &mut String, c: char) {
    if (c as u32) < 256 {
        out.push(c);
    } else {
        let _ = write!(out, "\\x{{{:X}}}", c as u32);
    }
}

/// The body of a quoted string/atom as `io_lib:write_string_as_latin1/2` writes it.
pub fn write_string_chars(out: &mut String, chars: impl Iterator<Item = char>, quote: char) {
    for c in chars {
        let u = c as u32;
        if c == quote {
            out.push('\\');
            out.push(c);
        } else if c == '\\' {
            out.push_str("\\\\");
        } else if (0x20..=0x7e).contains(&u) || (0xa0..=0xff).contains(&u) {
            out.push(c);
        } else if u > 0xff {
            let _ = write!(out, "\\x{{{:X}}}", u);
        } else {
            match u {
                0x0a => out.push_str("\\n"),
                0x0d => out.push_str("\\r"),
                0x09 => out.push_str("\\t"),
                0x0b => out.push_str("\\v"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                0x1b => out.push_str("\\e"),
                0x7f => out.push_str("\\d"),
                _ => {
                    out.push('\\');
                    out.push(char::from(b'0' + ((u >> 6) & 7) as u8));
                    out.push(char::from(b'0' + ((u >> 3) & 7) as u8));
                    out.push(char::from(b'0' + (u & 7) as u8));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::Atom;
    use crate::heap::Heap;

    fn atom(s: &str) -> Term {
        Term::atom(Atom::intern(s).unwrap())
    }

    #[test]
    fn atoms_quote_like_io_lib() {
        let cases = [
            ("ok", "ok"),
            ("maybe", "maybe"),
            ("else", "else"),
            ("A", "'A'"),
            ("_x", "'_x'"),
            ("a@b", "a@b"),
            ("hello world", "'hello world'"),
            ("[]", "'[]'"),
            ("", "''"),
            ("it's", "'it\\'s'"),
            ("a\\b", "'a\\\\b'"),
            ("a\nb", "'a\\nb'"),
            ("aé", "aé"),
            ("É", "'É'"),
            ("\u{100}", "'\\x{100}'"),
            ("quoted\u{ff}", "quoted\u{ff}"),
            ("case", "'case'"),
            ("a\u{1}", "'a\\001'"),
        ];
        for (name, want) in cases {
            assert_eq!(to_string(atom(name)), want, "atom {name:?}");
        }
    }

    #[test]
    fn compound_terms() {
        let mut h = Heap::new(100);
        let l = h.list(&[Term::small(97), Term::small(98)]);
        let imp = h.cons(atom("a"), atom("b"));
        let e = h.tuple(&[]);
        let t = h.tuple(&[l, imp, e, Term::NIL, Term::small(-5)]);
        assert_eq!(to_string(t), "{[97,98],[a|b],{},[],-5}");
        let b = binary::new_binary(&mut h, &[1, 2, 3]);
        assert_eq!(to_string(b), "<<1,2,3>>");
        let bits = binary::new_bitstring(&mut h, &[0b0010_0000], 3);
        assert_eq!(to_string(bits), "<<1:3>>");
        let bits2 = binary::new_bitstring(&mut h, &[255, 0x70], 12);
        assert_eq!(to_string(bits2), "<<255,7:4>>");
        let f = h.float(1.0);
        let m = crate::map::from_pairs(
            &mut h,
            &[
                (atom("b"), Term::small(1)),
                (atom("a"), Term::small(2)),
                (Term::small(1), atom("x")),
                (f, atom("y")),
            ],
        );
        assert_eq!(to_string(m), "#{1 => x,1.0 => y,a => 2,b => 1}");
        let big = crate::term::make_i128(&mut h, 123456789012345678901234567890);
        assert_eq!(to_string(big), "123456789012345678901234567890");
        let nbig = crate::term::make_i128(&mut h, -12345678901234567890);
        assert_eq!(to_string(nbig), "-12345678901234567890");
    }
}
