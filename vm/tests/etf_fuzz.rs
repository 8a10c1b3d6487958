//! `binary_to_term` on hostile input: random well-formed encodings (every tag the decoder
//! reads), then mutated (bytes changed, truncated, bytes inserted, length fields set to huge
//! values, tags written over other bytes), plain noise, and crafted cases (deep nesting, huge
//! counts, compressed data that lies about its size). Every decode must return a term or an
//! error, never panic; a term that decodes must re-encode to bytes that decode to the same
//! encoding again (so what was built is a well-formed term). `ETF_FUZZ_SEED` and
//! `ETF_FUZZ_ROUNDS` change the seed and the number of seed encodings.

use std::panic::{catch_unwind, AssertUnwindSafe};
use vm::etf::{self, tag, DecodeOptions, EncodeOptions};
use vm::heap::Heap;
use vm::term::Term;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn byte(&mut self) -> u8 {
        self.next() as u8
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

const ATOM_TEXTS: &[&str] = &[
    "a",
    "ok",
    "nonode@nohost",
    "true",
    "étoile",
    "λx",
    "",
    "lists",
];

/// Appends a random well-formed encoding (without the version byte) of a term of at most
/// `depth` levels.
fn gen(r: &mut Rng, depth: u32, out: &mut Vec<u8>) {
    let leaf = depth == 0 || r.below(3) == 0;
    let choice = if leaf { r.below(14) } else { 14 + r.below(6) };
    let atom = |r: &mut Rng, out: &mut Vec<u8>| {
        let s = r.pick(ATOM_TEXTS).as_bytes();
        match r.below(4) {
            0 => {
                out.push(tag::SMALL_ATOM_UTF8);
                out.push(s.len() as u8);
            }
            1 => {
                out.push(tag::ATOM_UTF8);
                out.extend_from_slice(&(s.len() as u16).to_be_bytes());
            }
            _ if s.is_ascii() => {
                out.push(tag::ATOM);
                out.extend_from_slice(&(s.len() as u16).to_be_bytes());
            }
            _ => {
                out.push(tag::SMALL_ATOM_UTF8);
                out.push(s.len() as u8);
            }
        }
        out.extend_from_slice(s);
    };
    match choice {
        0 => out.extend_from_slice(&[tag::SMALL_INTEGER, r.byte()]),
        1 => {
            out.push(tag::INTEGER);
            out.extend_from_slice(&(r.next() as u32).to_be_bytes());
        }
        2 => {
            let n = 1 + r.below(20) as usize;
            out.extend_from_slice(&[tag::SMALL_BIG, n as u8, r.below(2) as u8]);
            out.extend((0..n).map(|_| r.byte()));
        }
        3 => {
            out.push(tag::NEW_FLOAT);
            let f = (r.next() as i64 as f64) / (1 + r.below(1000)) as f64;
            out.extend_from_slice(&f.to_bits().to_be_bytes());
        }
        4 => {
            out.push(tag::FLOAT);
            let mut text = format!("{:.20e}", r.below(1_000_000) as f64 / 7.0).into_bytes();
            text.resize(31, 0);
            out.extend_from_slice(&text);
        }
        5 => atom(r, out),
        6 => out.push(tag::NIL),
        7 => {
            let n = r.below(40) as usize;
            out.push(tag::STRING);
            out.extend_from_slice(&(n as u16).to_be_bytes());
            out.extend((0..n).map(|_| r.byte()));
        }
        8 => {
            let n = r.below(100) as usize;
            out.push(tag::BINARY);
            out.extend_from_slice(&(n as u32).to_be_bytes());
            out.extend((0..n).map(|_| r.byte()));
        }
        9 => {
            let n = 1 + r.below(10) as usize;
            out.push(tag::BIT_BINARY);
            out.extend_from_slice(&(n as u32).to_be_bytes());
            out.push(1 + r.below(8) as u8);
            out.extend((0..n).map(|_| r.byte()));
        }
        10 => {
            out.push(tag::NEW_PID);
            atom(r, out);
            out.extend_from_slice(&(r.below(1 << 15) as u32).to_be_bytes());
            out.extend_from_slice(&(r.below(8) as u32).to_be_bytes());
            out.extend_from_slice(&(r.next() as u32).to_be_bytes());
        }
        11 => {
            out.push(tag::NEW_PORT);
            atom(r, out);
            out.extend_from_slice(&(r.below(1 << 20) as u32).to_be_bytes());
            out.extend_from_slice(&(r.next() as u32).to_be_bytes());
        }
        12 => {
            let n = 1 + r.below(5) as usize;
            out.push(tag::NEWER_REFERENCE);
            out.extend_from_slice(&(n as u16).to_be_bytes());
            atom(r, out);
            out.extend_from_slice(&(r.next() as u32).to_be_bytes());
            for _ in 0..n {
                out.extend_from_slice(&(r.next() as u32 & 0x3_FFFF).to_be_bytes());
            }
        }
        13 => {
            out.push(tag::EXPORT);
            atom(r, out);
            atom(r, out);
            out.extend_from_slice(&[tag::SMALL_INTEGER, r.below(256) as u8]);
        }
        14 | 15 => {
            let n = r.below(6) as usize;
            out.extend_from_slice(&[tag::SMALL_TUPLE, n as u8]);
            for _ in 0..n {
                gen(r, depth - 1, out);
            }
        }
        16 | 17 => {
            let n = r.below(6) as usize;
            out.push(tag::LIST);
            out.extend_from_slice(&(n as u32).to_be_bytes());
            for _ in 0..n {
                gen(r, depth - 1, out);
            }
            if r.below(4) == 0 {
                gen(r, depth - 1, out);
            } else {
                out.push(tag::NIL);
            }
        }
        18 => {
            // Integer keys 0..n are distinct, so the map is valid.
            let n = r.below(40) as usize;
            out.push(tag::MAP);
            out.extend_from_slice(&(n as u32).to_be_bytes());
            for k in 0..n {
                out.extend_from_slice(&[tag::SMALL_INTEGER, k as u8]);
                gen(r, depth - 1, out);
            }
        }
        _ => {
            let n = r.below(4) as usize;
            out.push(tag::LARGE_TUPLE);
            out.extend_from_slice(&(n as u32).to_be_bytes());
            for _ in 0..n {
                gen(r, depth - 1, out);
            }
        }
    }
}

/// A mutation of `b` (which starts with the version byte).
fn mutate(r: &mut Rng, b: &[u8]) -> Vec<u8> {
    let mut m = b.to_vec();
    let n = m.len();
    match r.below(7) {
        0 => m[r.below(n as u64) as usize] = r.byte(),
        1 => m.truncate(r.below(n as u64) as usize),
        2 => m.insert(r.below(n as u64 + 1) as usize, r.byte()),
        3 => {
            // A length or count field made huge.
            let at = r.below(n as u64) as usize;
            for x in m.iter_mut().skip(at).take(4) {
                *x = r.pick(&[0xFF, 0x7F, 0x80, 0x00]);
            }
        }
        4 => {
            let tags: Vec<u8> = (70..=122).chain([0, 255]).collect();
            m[r.below(n as u64) as usize] = r.pick(&tags);
        }
        5 => {
            for _ in 0..1 + r.below(8) {
                let at = r.below(n as u64) as usize;
                m[at] = r.byte();
            }
        }
        _ => {
            if n > 2 {
                let a = 1 + r.below(n as u64 - 1) as usize;
                let c = 1 + r.below(n as u64 - 1) as usize;
                m.swap(a, c);
            }
        }
    }
    m
}

/// Decodes `bin` with both option sets; panics are failures, and decoded terms must re-encode
/// stably. Returns whether it decoded.
fn check(heap: &mut Heap, bin: &[u8], failures: &mut Vec<String>) -> bool {
    let mut decoded = false;
    for safe in [false, true] {
        let res = catch_unwind(AssertUnwindSafe(|| {
            match etf::decode(heap, bin, DecodeOptions { safe }) {
                Ok((t, used)) => {
                    assert!(used <= bin.len(), "used {used} > {}", bin.len());
                    let once = etf::encode(t, EncodeOptions::default(), Term::NIL);
                    let (t2, used2) = etf::decode(heap, &once, DecodeOptions::default())
                        .unwrap_or_else(|e| panic!("own encoding does not decode: {e:?}"));
                    assert_eq!(used2, once.len());
                    let twice = etf::encode(t2, EncodeOptions::default(), Term::NIL);
                    assert_eq!(once, twice, "re-encoding is not stable");
                    true
                }
                Err(_) => false,
            }
        }));
        match res {
            Ok(ok) => decoded |= ok,
            Err(e) => {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                let head: Vec<String> = bin.iter().take(80).map(u8::to_string).collect();
                failures.push(format!("safe={safe}: {msg}: <<{}>>", head.join(",")));
            }
        }
    }
    decoded
}

/// Crafted inputs: deep nesting, counts far beyond the data, compressed data whose declared
/// size is huge or wrong.
fn crafted() -> Vec<Vec<u8>> {
    let mut v = Vec::new();
    for (unit, end) in [
        (&[tag::LIST, 0, 0, 0, 1][..], &[tag::NIL, tag::NIL][..]),
        (&[tag::SMALL_TUPLE, 1][..], &[tag::NIL][..]),
        (&[tag::MAP, 0, 0, 0, 1, tag::NIL][..], &[tag::NIL][..]),
    ] {
        let depth = 200_000;
        let mut b = vec![tag::VERSION];
        for _ in 0..depth {
            b.extend_from_slice(unit);
        }
        b.extend_from_slice(end);
        v.push(b.clone());
        b.truncate(b.len() - 1);
        v.push(b);
    }
    for t in [
        tag::LIST,
        tag::LARGE_TUPLE,
        tag::MAP,
        tag::BINARY,
        tag::LARGE_BIG,
    ] {
        v.push(vec![tag::VERSION, t, 0xFF, 0xFF, 0xFF, 0xFF, 0]);
        v.push(vec![tag::VERSION, t, 0x7F, 0xFF, 0xFF, 0xFF]);
    }
    v.push(vec![tag::VERSION, tag::BIT_BINARY, 0, 0, 0, 0, 0]);
    v.push(vec![tag::VERSION, tag::BIT_BINARY, 0, 0, 0, 1, 9, 0]);
    v.push(vec![
        tag::VERSION,
        tag::NEWER_REFERENCE,
        0xFF,
        0xFF,
        tag::NIL,
    ]);
    v.push(vec![tag::VERSION, tag::ATOM_UTF8, 0xFF, 0xFF, b'a']);
    v.push(vec![tag::VERSION, tag::ATOM_UTF8, 0, 2, 0xC3, 0x28]);
    let big = vec![
        tag::LIST,
        0,
        0,
        0,
        3,
        tag::NIL,
        tag::NIL,
        tag::NIL,
        tag::NIL,
    ];
    for size in [0u32, 1, 8, 9, 10, u32::MAX, 1 << 30] {
        let z = vm::zlib::compress(&big, 6);
        let mut b = vec![tag::VERSION, tag::COMPRESSED];
        b.extend_from_slice(&size.to_be_bytes());
        b.extend_from_slice(&z);
        v.push(b.clone());
        let last = b.len() - 1;
        b[last] ^= 1;
        v.push(b);
    }
    // 1 MB of incompressible data (a stream of about 1 MB) that claims to inflate to 1 GB: a
    // plausible ratio, so only inflating shows the lie; memory must follow the real output.
    let mut x: u32 = 7;
    let noise: Vec<u8> = (0..1 << 20)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 23) as u8
        })
        .collect();
    let mut b = vec![tag::VERSION, tag::COMPRESSED];
    b.extend_from_slice(&(1u32 << 30).to_be_bytes());
    b.extend_from_slice(&vm::zlib::compress(&noise, 1));
    v.push(b);
    // A "zip bomb": 4 MB of zeros declared as 1 byte more than they inflate to.
    let zeros = vec![0u8; 4 << 20];
    let z = vm::zlib::compress(&zeros, 9);
    let mut b = vec![tag::VERSION, tag::COMPRESSED];
    b.extend_from_slice(&((zeros.len() + 1) as u32).to_be_bytes());
    b.extend_from_slice(&z);
    v.push(b);
    v
}

#[test]
fn hostile_input_never_panics() {
    vm::atom::init();
    let seed = std::env::var("ETF_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_e7f0_u64);
    let rounds: usize = std::env::var("ETF_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let mut r = Rng((seed << 1) | 1);
    let mut heap = Heap::new(1 << 16);
    let mut failures = Vec::new();
    let (mut inputs, mut decoded, mut seeds_ok) = (0usize, 0usize, 0usize);
    for b in crafted() {
        inputs += 1;
        decoded += usize::from(check(&mut heap, &b, &mut failures));
    }
    for _ in 0..rounds {
        let mut b = vec![tag::VERSION];
        gen(&mut r, 4, &mut b);
        if r.below(4) == 0 {
            b = etf::encode(
                match etf::decode(&mut heap, &b, DecodeOptions::default()) {
                    Ok((t, _)) => t,
                    Err(_) => Term::NIL,
                },
                EncodeOptions {
                    compression: 6,
                    ..EncodeOptions::default()
                },
                Term::NIL,
            );
        }
        inputs += 1;
        seeds_ok += usize::from(check(&mut heap, &b, &mut failures));
        for _ in 0..8 {
            let m = mutate(&mut r, &b);
            inputs += 1;
            decoded += usize::from(check(&mut heap, &m, &mut failures));
        }
        let noise: Vec<u8> = std::iter::once(tag::VERSION)
            .chain((0..r.below(30)).map(|_| r.byte()))
            .collect();
        inputs += 1;
        decoded += usize::from(check(&mut heap, &noise, &mut failures));
        if heap.used_words() > 1 << 22 {
            heap = Heap::new(1 << 16);
        }
    }
    eprintln!(
        "etf fuzz: {inputs} inputs, {seeds_ok}/{rounds} generated encodings decoded, \
         {decoded} mutated/crafted inputs decoded, {} failures",
        failures.len()
    );
    // The generator writes valid encodings; most must decode (a check on the generator).
    assert!(
        seeds_ok * 10 >= rounds * 9,
        "only {seeds_ok}/{rounds} seeds decode"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
