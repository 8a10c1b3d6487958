//! Feeds random terms to every registered BIF and requires each call to return a value or
//! raise an Erlang exception, never to panic (issue 3: "a test feeds random terms to every
//! BIF"). The terms mix the shapes BIFs look for (small and big integers at the edges,
//! floats, atoms that are option names, proper and improper lists, iolists, strings,
//! binaries and bitstrings, tuples such as `{scope, {0, 1}}`, maps, funs, pids, refs) with
//! plain noise. `BIF_FUZZ_SEED` and `BIF_FUZZ_ROUNDS` change the seed and the number of
//! argument lists per BIF.

use std::panic::{catch_unwind, AssertUnwindSafe};
use vm::atom::Atom;
use vm::bif::BifDef;
use vm::process::Process;
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
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Atoms BIFs treat specially (encodings, options, time units, keys), and some others.
const ATOMS: &[&str] = &[
    "true",
    "false",
    "undefined",
    "ok",
    "error",
    "exit",
    "throw",
    "latin1",
    "unicode",
    "utf8",
    "utf16",
    "utf32",
    "big",
    "little",
    "native",
    "global",
    "trim",
    "trim_all",
    "scope",
    "decimals",
    "scientific",
    "compact",
    "short",
    "positive",
    "monotonic",
    "second",
    "millisecond",
    "microsecond",
    "nanosecond",
    "perf_counter",
    "safe",
    "used",
    "module",
    "name",
    "arity",
    "env",
    "type",
    "erlang",
    "lists",
    "binary",
    "bm",
    "ac",
    "wordsize",
    "otp_release",
    "runtime",
    "wall_clock",
    "reductions",
    "this",
    "visible",
    "insert_replaced",
    "infinity",
    "",
    "a",
    "nonode@nohost",
    "minor_version",
    "compressed",
];

fn small_int(r: &mut Rng) -> i64 {
    const EDGES: &[i64] = &[
        0,
        1,
        -1,
        2,
        7,
        8,
        16,
        36,
        37,
        64,
        127,
        128,
        255,
        256,
        1000,
        0x10_FFFF,
        0x11_0000,
        0xD800,
        (1 << 59) - 1,
        -(1 << 59),
        i32::MAX as i64,
        -100,
    ];
    if r.chance(60) {
        EDGES[r.below(EDGES.len() as u64) as usize]
    } else {
        r.below(300) as i64 - 20
    }
}

fn gen_int(p: &mut Process, r: &mut Rng) -> Term {
    if r.chance(85) {
        let v = small_int(r);
        return vm::term::make_i64(&mut p.heap, v);
    }
    let n = 1 + r.below(3) as usize;
    let limbs: Vec<u64> = (0..n).map(|_| r.next()).collect();
    vm::term::make_integer(&mut p.heap, r.chance(50), &limbs)
}

fn gen_float(p: &mut Process, r: &mut Rng) -> Term {
    const F: &[f64] = &[
        0.0, -0.0, 1.0, -1.5, 0.5, 1e300, -1e300, 5e-324, 1e16, 123.456, 2.5,
    ];
    let f = if r.chance(70) {
        F[r.below(F.len() as u64) as usize]
    } else {
        let x = f64::from_bits(r.next());
        if x.is_finite() {
            x
        } else {
            1.0
        }
    };
    p.heap.float(f)
}

fn gen_atom(r: &mut Rng) -> Term {
    Term::atom(Atom::intern(ATOMS[r.below(ATOMS.len() as u64) as usize]).expect("atom"))
}

fn gen_binary(p: &mut Process, r: &mut Rng) -> Term {
    let len = match r.below(5) {
        0 => 0,
        1 => r.below(8) as usize,
        2 => r.below(70) as usize,
        3 => 60 + r.below(10) as usize,
        _ => r.below(300) as usize,
    };
    let bytes: Vec<u8> = (0..len)
        .map(|_| match r.below(4) {
            0 => b"abc,;\x00"[r.below(6) as usize],
            1 => 0x80 | r.below(64) as u8,
            2 => 0xC0 | r.below(64) as u8,
            _ => r.next() as u8,
        })
        .collect();
    let b = vm::binary::new_binary(&mut p.heap, &bytes);
    if len > 1 && r.chance(30) {
        // a sub-binary, sometimes not byte-aligned or not a whole number of bytes
        let (orig, off, bits) = vm::binary::bitstring_parts(b).expect("binary");
        let start = r.below(bits as u64) as usize;
        let n = r.below((bits - start) as u64 + 1) as usize;
        return vm::binary::sub_binary(&mut p.heap, orig, off + start, n);
    }
    b
}

fn gen_list(p: &mut Process, r: &mut Rng, depth: u32) -> Term {
    let n = r.below(6) as usize;
    let mut items = Vec::with_capacity(n);
    for _ in 0..n {
        let t = if r.chance(50) {
            Term::small(if r.chance(80) {
                r.below(256) as i64
            } else {
                small_int(r)
            })
        } else {
            gen_term(p, r, depth + 1)
        };
        items.push(t);
    }
    let tail = match r.below(10) {
        0 => gen_binary(p, r),
        1 => gen_term(p, r, depth + 1),
        _ => Term::NIL,
    };
    p.heap.list_with_tail(&items, tail)
}

fn gen_tuple(p: &mut Process, r: &mut Rng, depth: u32) -> Term {
    if r.chance(20) {
        // an option-like pair: {scope, {S, L}}, {decimals, N}, {Atom, Term}
        let k = gen_atom(r);
        let v = if r.chance(50) {
            let a = gen_int(p, r);
            let b = gen_int(p, r);
            p.heap.tuple(&[a, b])
        } else {
            gen_term(p, r, depth + 1)
        };
        return p.heap.tuple(&[k, v]);
    }
    let n = r.below(5) as usize;
    let items: Vec<Term> = (0..n).map(|_| gen_term(p, r, depth + 1)).collect();
    p.heap.tuple(&items)
}

fn gen_term(p: &mut Process, r: &mut Rng, depth: u32) -> Term {
    let leaf = depth >= 3;
    match r.below(if leaf { 6 } else { 11 }) {
        0 => gen_int(p, r),
        1 => gen_float(p, r),
        2 => gen_atom(r),
        3 => Term::NIL,
        4 => gen_binary(p, r),
        5 => match r.below(3) {
            0 => Term::pid(r.below(100)),
            1 => p.pid,
            _ => Term::port(r.below(10)),
        },
        6 | 7 => gen_list(p, r, depth),
        8 => gen_tuple(p, r, depth),
        9 => {
            let n = r.below(4) as usize;
            let mut pairs = Vec::new();
            for _ in 0..n {
                let k = gen_term(p, r, depth + 1);
                let v = gen_term(p, r, depth + 1);
                pairs.push((k, v));
            }
            vm::map::from_pairs(&mut p.heap, &pairs)
        }
        _ => {
            let m = Atom::intern("erlang").expect("atom");
            let f = Atom::intern("abs").expect("atom");
            vm::code::make_export_fun(&mut p.heap, vm::code::export(m, f, 1))
        }
    }
}

fn describe(d: &BifDef, args: &[Term]) -> String {
    let args: Vec<String> = args.iter().map(|a| format!("{a:?}")).collect();
    format!("{}:{}({})", d.module, d.name, args.join(", "))
}

#[test]
fn random_terms_never_panic_any_bif() {
    let seed: u64 = std::env::var("BIF_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_B1F5);
    let rounds: u64 = std::env::var("BIF_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(400);
    vm::atom::init();
    let bifs: Vec<&'static BifDef> = vm::bif::all().collect();
    assert!(bifs.len() > 200, "only {} BIFs registered", bifs.len());
    // Silence the default hook's message for the panics being caught; they are reported
    // below with the BIF and arguments that caused them.
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut failures = Vec::new();
    let (mut values, mut errors) = (0u64, 0u64);
    for d in &bifs {
        let mut p = Process::new();
        for round in 0..rounds {
            if round % 100 == 99 {
                p = Process::new();
            }
            let args: Vec<Term> = (0..d.arity)
                .map(|_| gen_term(&mut p, &mut rng, 0))
                .collect();
            let what = describe(d, &args);
            let outcome = catch_unwind(AssertUnwindSafe(|| (d.f)(&mut p, &args)));
            match outcome {
                Ok(Ok(_)) => values += 1,
                Ok(Err(_)) => errors += 1,
                Err(_) => {
                    failures.push(what);
                    // A panic may have left the process half-updated: start afresh.
                    p = Process::new();
                }
            }
        }
    }
    let _ = std::panic::take_hook();
    eprintln!(
        "{} BIFs x {rounds} argument lists: {values} values, {errors} exceptions, {} panics",
        bifs.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "BIFs panicked on:\n{}",
        failures
            .iter()
            .take(40)
            .map(|s| format!("  {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
