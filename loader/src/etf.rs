//! The external term format (`term_to_binary`), as found in `LitT`, `Attr`, `CInf` and `Meta`.
//!
//! Decoding is total: every input gives a [`Term`] or an [`EtfError`]; nothing panics, lengths are
//! checked against the remaining input before anything is allocated, and nesting is bounded by
//! [`MAX_DEPTH`] so that a hostile input cannot exhaust the stack.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::int::Int;

/// The deepest nesting of tuples/lists/maps/funs accepted (the decoder, printer and `Drop` recurse).
pub const MAX_DEPTH: usize = 1000;

/// A decoded term. Atoms are their text; a `STRING_EXT` is kept as bytes (it *is* a proper list
/// of small integers, and prints as one).
#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    Int(Int),
    Float(f64),
    Atom(String),
    Tuple(Vec<Term>),
    Nil,
    /// `STRING_EXT`: a proper list of integers 0..=255.
    String(Vec<u8>),
    /// `LIST_EXT`: at least one element, then the tail (`Nil` for a proper list).
    List(Vec<Term>, Box<Term>),
    Binary(Vec<u8>),
    /// A bitstring whose last byte holds `bits` (1..=7) significant high-order bits.
    BitBinary {
        bytes: Vec<u8>,
        bits: u8,
    },
    /// Pairs in the order they were encoded.
    Map(Vec<(Term, Term)>),
    Pid {
        node: String,
        id: u32,
        serial: u32,
        creation: u32,
    },
    Port {
        node: String,
        id: u64,
        creation: u32,
    },
    Ref {
        node: String,
        creation: u32,
        ids: Vec<u32>,
    },
    /// `NEW_FUN_EXT`.
    Fun(Box<Fun>),
    /// `EXPORT_EXT`: `fun M:F/A`.
    Export {
        module: String,
        function: String,
        arity: u8,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fun {
    pub arity: u8,
    pub uniq: [u8; 16],
    pub index: u32,
    pub module: String,
    pub old_index: Int,
    pub old_uniq: Int,
    pub pid: Term,
    pub free: Vec<Term>,
}

/// Why an ETF blob could not be decoded, and where (byte offset in the blob, after inflating
/// when the blob is compressed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EtfError {
    pub offset: usize,
    pub what: &'static str,
}

impl core::fmt::Display for EtfError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} (term byte offset {})", self.what, self.offset)
    }
}

/// Decodes a whole `term_to_binary` blob (version byte 131, optionally compressed with tag 80).
/// Trailing bytes after the term are an error, as in `binary_to_term/1`.
pub fn decode(bytes: &[u8]) -> Result<Term, EtfError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.u8()? != 131 {
        return Err(EtfError {
            offset: 0,
            what: "ETF does not start with version byte 131",
        });
    }
    if r.peek() == Some(80) {
        r.pos += 1;
        let size = r.u32()? as usize;
        let rest = &bytes[r.pos..];
        let data = crate::inflate_zlib(rest, size).map_err(|what| EtfError {
            offset: r.pos,
            what,
        })?;
        let mut inner = Reader {
            bytes: &data,
            pos: 0,
        };
        let t = inner.term(0)?;
        if inner.pos != data.len() {
            return Err(EtfError {
                offset: inner.pos,
                what: "bytes after the term (compressed)",
            });
        }
        return Ok(t);
    }
    let t = r.term(0)?;
    if r.pos != bytes.len() {
        return Err(EtfError {
            offset: r.pos,
            what: "bytes after the term",
        });
    }
    Ok(t)
}

/// Decodes the term at the start of `bytes` and says how many bytes it used (the `used`
/// option of `binary_to_term/2`); bytes after it are allowed.
pub fn decode_prefix(bytes: &[u8]) -> Result<(Term, usize), EtfError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.u8()? != 131 {
        return Err(EtfError {
            offset: 0,
            what: "ETF does not start with version byte 131",
        });
    }
    if r.peek() == Some(80) {
        // A compressed term uses the whole rest of the input.
        return decode(bytes).map(|t| (t, bytes.len()));
    }
    let t = r.term(0)?;
    Ok((t, r.pos))
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn fail<T>(&self, what: &'static str) -> Result<T, EtfError> {
        Err(EtfError {
            offset: self.pos,
            what,
        })
    }
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }
    fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.pos)
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], EtfError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        match end {
            Some(end) => {
                let s = &self.bytes[self.pos..end];
                self.pos = end;
                Ok(s)
            }
            None => self.fail("term runs past the end of its data"),
        }
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], EtfError> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, EtfError> {
        Ok(self.array::<1>()?[0])
    }
    fn u16(&mut self) -> Result<u16, EtfError> {
        Ok(u16::from_be_bytes(self.array()?))
    }
    fn u32(&mut self) -> Result<u32, EtfError> {
        Ok(u32::from_be_bytes(self.array()?))
    }
    fn u64(&mut self) -> Result<u64, EtfError> {
        Ok(u64::from_be_bytes(self.array()?))
    }
    /// A count of items each at least `min_bytes` long: refuse counts the input cannot hold.
    fn count(&mut self, n: usize, min_bytes: usize) -> Result<usize, EtfError> {
        if n.saturating_mul(min_bytes) > self.remaining() {
            return self.fail("element count larger than the remaining input");
        }
        Ok(n)
    }

    fn atom(&mut self, depth: usize) -> Result<String, EtfError> {
        let at = self.pos;
        match self.term(depth)? {
            Term::Atom(a) => Ok(a),
            _ => Err(EtfError {
                offset: at,
                what: "expected an atom",
            }),
        }
    }

    fn small_uint(&mut self, depth: usize) -> Result<Int, EtfError> {
        let at = self.pos;
        match self.term(depth)? {
            Term::Int(i) => Ok(i),
            _ => Err(EtfError {
                offset: at,
                what: "expected an integer",
            }),
        }
    }

    fn latin1_atom(&mut self, len: usize) -> Result<Term, EtfError> {
        let bytes = self.take(len)?;
        if len > 255 {
            return self.fail("atom longer than 255 characters");
        }
        Ok(Term::Atom(bytes.iter().map(|&b| char::from(b)).collect()))
    }

    fn utf8_atom(&mut self, len: usize) -> Result<Term, EtfError> {
        let at = self.pos;
        let bytes = self.take(len)?;
        let s = core::str::from_utf8(bytes).map_err(|_| EtfError {
            offset: at,
            what: "atom is not UTF-8",
        })?;
        if s.chars().count() > 255 {
            return Err(EtfError {
                offset: at,
                what: "atom longer than 255 characters",
            });
        }
        Ok(Term::Atom(String::from(s)))
    }

    fn elements(&mut self, n: usize, depth: usize) -> Result<Vec<Term>, EtfError> {
        let n = self.count(n, 1)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.term(depth)?);
        }
        Ok(v)
    }

    fn term(&mut self, depth: usize) -> Result<Term, EtfError> {
        if depth > MAX_DEPTH {
            return self.fail("term nested too deeply");
        }
        let d = depth + 1;
        let tag_at = self.pos;
        let tag = self.u8()?;
        let t = match tag {
            97 => Term::Int(Int::Small(i64::from(self.u8()?))),
            98 => Term::Int(Int::Small(i64::from(self.u32()? as i32))),
            110 | 111 => {
                let n = if tag == 110 {
                    usize::from(self.u8()?)
                } else {
                    self.u32()? as usize
                };
                let sign = self.u8()?;
                if sign > 1 {
                    return self.fail("big integer sign byte is not 0 or 1");
                }
                let digits = self.take(n)?;
                Term::Int(Int::from_le_magnitude(sign == 1, digits))
            }
            70 => {
                let f = f64::from_bits(self.u64()?);
                if !f.is_finite() {
                    return Err(EtfError {
                        offset: tag_at,
                        what: "float is not finite",
                    });
                }
                Term::Float(f)
            }
            99 => {
                let text = self.take(31)?;
                let end = text.iter().position(|&b| b == 0).unwrap_or(text.len());
                let s = core::str::from_utf8(&text[..end]).ok().map(str::trim);
                match s
                    .and_then(|s| s.parse::<f64>().ok())
                    .filter(|f| f.is_finite())
                {
                    Some(f) => Term::Float(f),
                    None => {
                        return Err(EtfError {
                            offset: tag_at,
                            what: "bad FLOAT_EXT text",
                        })
                    }
                }
            }
            100 => {
                let n = usize::from(self.u16()?);
                self.latin1_atom(n)?
            }
            115 => {
                let n = usize::from(self.u8()?);
                self.latin1_atom(n)?
            }
            118 => {
                let n = usize::from(self.u16()?);
                self.utf8_atom(n)?
            }
            119 => {
                let n = usize::from(self.u8()?);
                self.utf8_atom(n)?
            }
            104 => {
                let n = usize::from(self.u8()?);
                Term::Tuple(self.elements(n, d)?)
            }
            105 => {
                let n = self.u32()? as usize;
                Term::Tuple(self.elements(n, d)?)
            }
            106 => Term::Nil,
            107 => {
                let n = usize::from(self.u16()?);
                Term::String(self.take(n)?.to_vec())
            }
            108 => {
                let n = self.u32()? as usize;
                let elems = self.elements(n, d)?;
                let tail = self.term(d)?;
                if elems.is_empty() {
                    // A zero-length LIST_EXT is just its tail.
                    tail
                } else {
                    Term::List(elems, Box::new(tail))
                }
            }
            109 => {
                let n = self.u32()? as usize;
                Term::Binary(self.take(n)?.to_vec())
            }
            77 => {
                let n = self.u32()? as usize;
                let bits = self.u8()?;
                let bytes = self.take(n)?.to_vec();
                if n == 0 || bits == 0 || bits > 8 {
                    if n == 0 && bits == 0 {
                        Term::Binary(bytes)
                    } else {
                        return Err(EtfError {
                            offset: tag_at,
                            what: "bad BIT_BINARY_EXT bit count",
                        });
                    }
                } else if bits == 8 {
                    Term::Binary(bytes)
                } else {
                    // Only the high `bits` bits of the last byte are significant.
                    let mut bytes = bytes;
                    if let Some(last) = bytes.last_mut() {
                        *last &= 0xffu8 << (8 - bits);
                    }
                    Term::BitBinary { bytes, bits }
                }
            }
            116 => {
                let n = self.u32()? as usize;
                let n = self.count(n, 2)?;
                let mut pairs = Vec::with_capacity(n);
                for _ in 0..n {
                    let k = self.term(d)?;
                    let v = self.term(d)?;
                    pairs.push((k, v));
                }
                Term::Map(pairs)
            }
            103 | 88 => {
                let node = self.atom(d)?;
                let id = self.u32()?;
                let serial = self.u32()?;
                let creation = if tag == 103 {
                    u32::from(self.u8()?)
                } else {
                    self.u32()?
                };
                Term::Pid {
                    node,
                    id,
                    serial,
                    creation,
                }
            }
            102 | 89 | 120 => {
                let node = self.atom(d)?;
                let id = if tag == 120 {
                    self.u64()?
                } else {
                    u64::from(self.u32()?)
                };
                let creation = if tag == 102 {
                    u32::from(self.u8()?)
                } else {
                    self.u32()?
                };
                Term::Port { node, id, creation }
            }
            101 => {
                let node = self.atom(d)?;
                let id = self.u32()?;
                let creation = u32::from(self.u8()?);
                Term::Ref {
                    node,
                    creation,
                    ids: alloc::vec![id],
                }
            }
            114 | 90 => {
                let len = usize::from(self.u16()?);
                if len > 5 {
                    return Err(EtfError {
                        offset: tag_at,
                        what: "reference with more than 5 id words",
                    });
                }
                let node = self.atom(d)?;
                let creation = if tag == 114 {
                    u32::from(self.u8()?)
                } else {
                    self.u32()?
                };
                let mut ids = Vec::with_capacity(len);
                for _ in 0..len {
                    ids.push(self.u32()?);
                }
                Term::Ref {
                    node,
                    creation,
                    ids,
                }
            }
            113 => {
                let module = self.atom(d)?;
                let function = self.atom(d)?;
                let at = self.pos;
                let arity = match self.term(d)? {
                    Term::Int(Int::Small(a)) if (0..=255).contains(&a) => a as u8,
                    _ => {
                        return Err(EtfError {
                            offset: at,
                            what: "export arity is not 0..255",
                        })
                    }
                };
                Term::Export {
                    module,
                    function,
                    arity,
                }
            }
            112 => {
                let size = self.u32()? as usize;
                let start = tag_at.saturating_add(1);
                if size < 4 || start.checked_add(size).is_none_or(|e| e > self.bytes.len()) {
                    return self.fail("NEW_FUN_EXT size runs past the end of its data");
                }
                let arity = self.u8()?;
                let uniq = self.array::<16>()?;
                let index = self.u32()?;
                let num_free = self.u32()? as usize;
                let module = self.atom(d)?;
                let old_index = self.small_uint(d)?;
                let old_uniq = self.small_uint(d)?;
                let pid = self.term(d)?;
                if !matches!(pid, Term::Pid { .. }) {
                    return Err(EtfError {
                        offset: tag_at,
                        what: "NEW_FUN_EXT pid is not a pid",
                    });
                }
                let free = self.elements(num_free, d)?;
                if self.pos != start + size {
                    return Err(EtfError {
                        offset: tag_at,
                        what: "NEW_FUN_EXT size does not match its contents",
                    });
                }
                Term::Fun(Box::new(Fun {
                    arity,
                    uniq,
                    index,
                    module,
                    old_index,
                    old_uniq,
                    pid,
                    free,
                }))
            }
            80 => {
                return Err(EtfError {
                    offset: tag_at,
                    what: "compressed term inside a term",
                })
            }
            _ => {
                return Err(EtfError {
                    offset: tag_at,
                    what: "unknown or unsupported ETF tag",
                })
            }
        };
        Ok(t)
    }
}

/// Erlang's standard term order (`number < atom < reference < fun < port < pid < tuple < map <
/// nil < list < bitstring`), as `lists:sort/1` and `<` use it. Integers and floats compare by
/// value (a tie between `1` and `1.0` is `Equal`).
pub fn compare(a: &Term, b: &Term) -> core::cmp::Ordering {
    use core::cmp::Ordering::{self, Equal};
    fn rank(t: &Term) -> u8 {
        match t {
            Term::Int(_) | Term::Float(_) => 0,
            Term::Atom(_) => 1,
            Term::Ref { .. } => 2,
            Term::Fun(_) | Term::Export { .. } => 3,
            Term::Port { .. } => 4,
            Term::Pid { .. } => 5,
            Term::Tuple(_) => 6,
            Term::Map(_) => 7,
            Term::Nil => 8,
            Term::List(..) | Term::String(_) => 9,
            Term::Binary(_) | Term::BitBinary { .. } => 10,
        }
    }
    fn int_cmp(a: &Int, b: &Int) -> Ordering {
        match (a, b) {
            (Int::Small(x), Int::Small(y)) => x.cmp(y),
            (Int::Small(_), Int::Big(y)) => {
                if y.negative {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(x), Int::Small(_)) => {
                if x.negative {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (Int::Big(x), Int::Big(y)) => {
                if x.negative != y.negative {
                    return if x.negative {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    };
                }
                let mag = x
                    .limbs
                    .len()
                    .cmp(&y.limbs.len())
                    .then_with(|| x.limbs.iter().rev().cmp(y.limbs.iter().rev()));
                if x.negative {
                    mag.reverse()
                } else {
                    mag
                }
            }
        }
    }
    fn int_to_f64(i: &Int) -> f64 {
        match i {
            Int::Small(v) => *v as f64,
            Int::Big(b) => {
                let m = b
                    .limbs
                    .iter()
                    .rev()
                    .fold(0.0f64, |acc, &l| acc * 4294967296.0 + f64::from(l));
                if b.negative {
                    -m
                } else {
                    m
                }
            }
        }
    }
    /// A list as (elements, tail) with `STRING_EXT` expanded.
    fn list_items(t: &Term) -> (Vec<Term>, Term) {
        match t {
            Term::String(bytes) => (
                bytes
                    .iter()
                    .map(|&b| Term::Int(Int::Small(i64::from(b))))
                    .collect(),
                Term::Nil,
            ),
            Term::List(items, tail) => {
                let (mut more, end) = list_items(tail);
                let mut v = items.clone();
                if matches!(**tail, Term::List(..) | Term::String(_)) {
                    v.append(&mut more);
                    (v, end)
                } else {
                    (v, (**tail).clone())
                }
            }
            other => (Vec::new(), other.clone()),
        }
    }
    fn bits_of(t: &Term) -> (&[u8], u8) {
        match t {
            Term::Binary(b) => (b, 8),
            Term::BitBinary { bytes, bits } => (bytes, *bits),
            _ => (&[], 8),
        }
    }
    let (ra, rb) = (rank(a), rank(b));
    if ra != rb {
        return ra.cmp(&rb);
    }
    match (a, b) {
        (Term::Int(x), Term::Int(y)) => int_cmp(x, y),
        (Term::Float(x), Term::Float(y)) => x.partial_cmp(y).unwrap_or(Equal),
        (Term::Int(x), Term::Float(y)) => int_to_f64(x).partial_cmp(y).unwrap_or(Equal),
        (Term::Float(x), Term::Int(y)) => x.partial_cmp(&int_to_f64(y)).unwrap_or(Equal),
        (Term::Atom(x), Term::Atom(y)) => x.cmp(y),
        (Term::Tuple(x), Term::Tuple(y)) => x.len().cmp(&y.len()).then_with(|| {
            x.iter()
                .zip(y)
                .map(|(p, q)| compare(p, q))
                .find(|o| *o != Equal)
                .unwrap_or(Equal)
        }),
        (Term::Map(x), Term::Map(y)) => x.len().cmp(&y.len()).then_with(|| {
            let mut xs: Vec<&(Term, Term)> = x.iter().collect();
            let mut ys: Vec<&(Term, Term)> = y.iter().collect();
            xs.sort_by(|p, q| compare(&p.0, &q.0));
            ys.sort_by(|p, q| compare(&p.0, &q.0));
            let keys = xs
                .iter()
                .zip(&ys)
                .map(|(p, q)| compare(&p.0, &q.0))
                .find(|o| *o != Equal);
            keys.unwrap_or_else(|| {
                xs.iter()
                    .zip(&ys)
                    .map(|(p, q)| compare(&p.1, &q.1))
                    .find(|o| *o != Equal)
                    .unwrap_or(Equal)
            })
        }),
        (Term::Nil, Term::Nil) => Equal,
        (Term::List(..) | Term::String(_), Term::List(..) | Term::String(_)) => {
            let (xs, xt) = list_items(a);
            let (ys, yt) = list_items(b);
            for (p, q) in xs.iter().zip(&ys) {
                let o = compare(p, q);
                if o != Equal {
                    return o;
                }
            }
            match xs.len().cmp(&ys.len()) {
                // The shorter list's tail compares with the longer list's remaining cells.
                Ordering::Less => compare(&xt, &Term::List(ys[xs.len()..].to_vec(), Box::new(yt))),
                Ordering::Greater => {
                    compare(&Term::List(xs[ys.len()..].to_vec(), Box::new(xt)), &yt)
                }
                Equal => compare(&xt, &yt),
            }
        }
        (Term::Binary(_) | Term::BitBinary { .. }, _) => {
            let ((xb, xbits), (yb, ybits)) = (bits_of(a), bits_of(b));
            xb.cmp(yb).then(xbits.cmp(&ybits))
        }
        (
            Term::Pid {
                node: n1,
                id: i1,
                serial: s1,
                ..
            },
            Term::Pid {
                node: n2,
                id: i2,
                serial: s2,
                ..
            },
        ) => s1.cmp(s2).then(i1.cmp(i2)).then(n1.cmp(n2)),
        (
            Term::Port {
                node: n1, id: i1, ..
            },
            Term::Port {
                node: n2, id: i2, ..
            },
        ) => i1.cmp(i2).then(n1.cmp(n2)),
        (
            Term::Ref {
                node: n1, ids: i1, ..
            },
            Term::Ref {
                node: n2, ids: i2, ..
            },
        ) => i1.iter().rev().cmp(i2.iter().rev()).then(n1.cmp(n2)),
        (
            Term::Export {
                module: m1,
                function: f1,
                arity: a1,
            },
            Term::Export {
                module: m2,
                function: f2,
                arity: a2,
            },
        ) => m1.cmp(m2).then(f1.cmp(f2)).then(a1.cmp(a2)),
        (Term::Fun(f1), Term::Fun(f2)) => f1
            .module
            .cmp(&f2.module)
            .then(int_cmp(&f1.old_index, &f2.old_index)),
        (Term::Fun(_), Term::Export { .. }) => Ordering::Less,
        (Term::Export { .. }, Term::Fun(_)) => Ordering::Greater,
        _ => Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn basic() {
        // term_to_binary({a, [1,2|b], <<1,2>>, -5, 1.5, "hi"})
        let b = [
            131, 104, 6, 119, 1, b'a', 108, 0, 0, 0, 2, 97, 1, 97, 2, 119, 1, b'b', 109, 0, 0, 0,
            2, 1, 2, 98, 255, 255, 255, 251, 70, 63, 248, 0, 0, 0, 0, 0, 0, 107, 0, 2, b'h', b'i',
        ];
        let t = decode(&b).unwrap();
        assert_eq!(
            t,
            Term::Tuple(vec![
                Term::Atom("a".into()),
                Term::List(
                    vec![Term::Int(Int::Small(1)), Term::Int(Int::Small(2))],
                    Box::new(Term::Atom("b".into()))
                ),
                Term::Binary(vec![1, 2]),
                Term::Int(Int::Small(-5)),
                Term::Float(1.5),
                Term::String(b"hi".to_vec()),
            ])
        );
    }

    #[test]
    fn hostile() {
        assert!(decode(&[131, 108, 255, 255, 255, 255]).is_err());
        assert!(decode(&[131, 116, 255, 255, 255, 255]).is_err());
        assert!(decode(&[131, 80, 255, 255, 255, 255, 0x78, 0x9c]).is_err());
        let mut deep = vec![131u8];
        deep.extend(core::iter::repeat_n([104u8, 1], 5000).flatten());
        deep.push(106);
        assert!(decode(&deep).is_err());
    }
}
