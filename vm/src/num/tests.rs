//! Checks against results computed by real OTP 25 (`testdata/cases.txt`, written by
//! `testdata/gen.escript`; see that script for the line format).

extern crate std;

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use std::println;

use dashu_int::IBig;

use super::float::{self, FloatOption};
use super::math;
use super::radix;
use super::{Int, NumError, Number};

#[derive(Clone, Debug, PartialEq)]
enum Val {
    Int(Int),
    Float(u64),
    Str(Vec<u8>),
    Opts(Vec<FloatOption>),
    Err(String),
    Word(String),
    /// A character list with an element over 255: the BIFs answer `badarg` before parsing.
    NotBytes,
}

fn hex_bytes(h: &str) -> Vec<u8> {
    (0..h.len() / 2)
        .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn hex_text(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .flat_map(|b| std::format!("{b:02x}").into_bytes())
        .collect()
}

fn parse_val(field: &str) -> Val {
    if let Some(r) = field.strip_prefix('!') {
        return Val::Err(r.to_string());
    }
    if let Some(s) = field.strip_prefix("s:") {
        return Val::Str(s.as_bytes().to_vec());
    }
    if let Some(h) = field.strip_prefix("x:") {
        return Val::Str(hex_bytes(h));
    }
    if let Some(u) = field.strip_prefix("u:") {
        let codes: Vec<u32> = u.split(',').map(|c| c.parse().expect("code")).collect();
        // What the VM does with a list of character codes before parsing it.
        return match radix::chars_to_bytes(&codes) {
            Some(bytes) => Val::Str(bytes),
            None => Val::NotBytes,
        };
    }
    if let Some(o) = field.strip_prefix("o:") {
        let opts = o
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| match s {
                "c" => FloatOption::Compact,
                "short" => FloatOption::Short,
                _ if s.starts_with('d') => FloatOption::Decimals(s[1..].parse().expect("d")),
                _ if s.starts_with('e') => FloatOption::Scientific(s[1..].parse().expect("e")),
                _ => panic!("bad option {s}"),
            })
            .collect();
        return Val::Opts(opts);
    }
    if field.len() == 17 && field.starts_with('f') {
        if let Ok(bits) = u64::from_str_radix(&field[1..], 16) {
            return Val::Float(bits);
        }
    }
    let digits = field.strip_prefix('-').unwrap_or(field);
    if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
        let b = IBig::from_str_radix(field, 10).expect("integer");
        return Val::Int(Int::from_ibig(b).expect("integer in range"));
    }
    Val::Word(field.to_string())
}

fn err(e: NumError) -> Val {
    Val::Err(e.reason().to_string())
}

fn of_int(r: Result<Int, NumError>) -> Val {
    r.map_or_else(err, Val::Int)
}

fn of_float(r: Result<f64, NumError>) -> Val {
    r.map_or_else(err, |f| Val::Float(f.to_bits()))
}

fn of_str(r: Result<String, NumError>) -> Val {
    r.map_or_else(err, |s| Val::Str(s.into_bytes()))
}

fn as_int(v: &Val) -> &Int {
    match v {
        Val::Int(i) => i,
        _ => panic!("expected integer, got {v:?}"),
    }
}

fn as_f64(v: &Val) -> f64 {
    match v {
        Val::Float(b) => f64::from_bits(*b),
        _ => panic!("expected float, got {v:?}"),
    }
}

fn as_bytes(v: &Val) -> &[u8] {
    match v {
        Val::Str(s) => s,
        _ => panic!("expected string, got {v:?}"),
    }
}

fn as_word(v: &Val) -> &str {
    match v {
        Val::Word(w) => w,
        _ => panic!("expected word, got {v:?}"),
    }
}

fn number(v: &Val) -> Number {
    match v {
        Val::Int(i) => Number::Int(i.clone()),
        _ => Number::Float(as_f64(v)),
    }
}

fn cmp_val(o: core::cmp::Ordering) -> Val {
    Val::Int(Int::Small(o as i64))
}

/// Computes what this library gives for one case. `args` excludes the operation name and
/// the expected result(s).
fn compute(op: &str, args: &[Val]) -> Vec<Val> {
    let one = |v: Val| alloc::vec![v];
    match op {
        "add" => one(of_int(as_int(&args[0]).add(as_int(&args[1])))),
        "sub" => one(of_int(as_int(&args[0]).sub(as_int(&args[1])))),
        "mul" => one(of_int(as_int(&args[0]).mul(as_int(&args[1])))),
        "div" => one(of_int(as_int(&args[0]).div(as_int(&args[1])))),
        "rem" => one(of_int(as_int(&args[0]).rem(as_int(&args[1])))),
        "band" => one(Val::Int(as_int(&args[0]).band(as_int(&args[1])))),
        "bor" => one(Val::Int(as_int(&args[0]).bor(as_int(&args[1])))),
        "bxor" => one(Val::Int(as_int(&args[0]).bxor(as_int(&args[1])))),
        "cmp" => one(cmp_val(as_int(&args[0]).cmp(as_int(&args[1])))),
        "bsl" => one(of_int(as_int(&args[0]).bsl(as_int(&args[1])))),
        "bsr" => one(of_int(as_int(&args[0]).bsr(as_int(&args[1])))),
        "neg" => one(Val::Int(as_int(&args[0]).neg())),
        "abs" => one(Val::Int(as_int(&args[0]).abs())),
        "bnot" => one(of_int(as_int(&args[0]).bnot())),
        "float" => one(of_float(float::int_to_float(as_int(&args[0])))),
        "add_float" => one(of_float(
            float::int_operand(as_int(&args[0])).and_then(|f| float::add(f, 0.0)),
        )),
        "limit" => one(limit_case(as_word(&args[0]))),
        "seg_be" | "seg_le" => {
            let n = as_int(&args[1]).to_i64().expect("size") as u64;
            let x = as_int(&args[0]);
            let bytes = if op == "seg_be" {
                x.to_segment_be(n)
            } else {
                x.to_segment_le(n)
            };
            one(Val::Str(hex_text(&bytes)))
        }
        "seg_read_be" | "seg_read_le" => {
            let bytes = hex_bytes(core::str::from_utf8(as_bytes(&args[0])).expect("hex"));
            let n = as_int(&args[1]).to_i64().expect("size") as u64;
            let read = if op == "seg_read_be" {
                Int::from_segment_be
            } else {
                Int::from_segment_le
            };
            alloc::vec![
                of_int(read(&bytes, n, false)),
                of_int(read(&bytes, n, true))
            ]
        }
        "to_radix" => {
            let base = as_int(&args[1]).to_i64().unwrap_or(0);
            let base = u32::try_from(base).unwrap_or(0);
            one(of_str(as_int(&args[0]).to_string_radix(base)))
        }
        "parse_radix" | "parse_float" if args[0] == Val::NotBytes => one(err(NumError::Badarg)),
        "parse_radix" => {
            let base = u32::try_from(as_int(&args[1]).to_i64().unwrap_or(0)).unwrap_or(0);
            one(of_int(Int::parse_radix(as_bytes(&args[0]), base)))
        }
        "to_integer_prefix" => {
            let text = as_bytes(&args[0]);
            match Int::parse_decimal_prefix(text) {
                None => one(Val::Err("no_integer".to_string())),
                Some(Err(e)) => one(err(e)),
                Some(Ok((v, used))) => alloc::vec![Val::Int(v), Val::Str(text[used..].to_vec())],
            }
        }
        "short" | "io_w" => one(Val::Str(float::format_short(as_f64(&args[0])).into_bytes())),
        "fmt_default" => one(Val::Str(
            float::format_default(as_f64(&args[0])).into_bytes(),
        )),
        "fmt" => {
            let Val::Opts(opts) = &args[1] else {
                panic!("options expected")
            };
            one(of_str(float::format_with_options(as_f64(&args[0]), opts)))
        }
        "trunc" => one(of_int(float::trunc(as_f64(&args[0])))),
        "round" => one(of_int(float::round(as_f64(&args[0])))),
        "floor" => one(of_int(float::floor(as_f64(&args[0])))),
        "ceil" => one(of_int(float::ceil(as_f64(&args[0])))),
        "parse_float" => one(of_float(float::parse_float(as_bytes(&args[0])))),
        "to_float_prefix" => {
            let text = as_bytes(&args[0]);
            match float::parse_float_prefix(text) {
                None => one(Val::Err("no_float".to_string())),
                Some((v, used)) => {
                    alloc::vec![Val::Float(v.to_bits()), Val::Str(text[used..].to_vec())]
                }
            }
        }
        "fadd" | "fsub" | "fmul" => {
            let (a, b) = (number(&args[0]), number(&args[1]));
            let r = match op {
                "fadd" => a.add(&b),
                "fsub" => a.sub(&b),
                _ => a.mul(&b),
            };
            one(match r {
                Ok(Number::Int(i)) => Val::Int(i),
                Ok(Number::Float(f)) => Val::Float(f.to_bits()),
                Err(e) => err(e),
            })
        }
        "fdiv" => one(of_float(number(&args[0]).fdiv(&number(&args[1])))),
        "cmp_if" => {
            let (i, f) = (number(&args[0]), number(&args[1]));
            assert_eq!(f.compare(&i), i.compare(&f).reverse());
            one(cmp_val(i.compare(&f)))
        }
        "math1" => {
            let f = math::Unary::from_name(as_word(&args[0])).expect("math function");
            let x = match &args[1] {
                Val::Int(i) => math::int_arg(i),
                v => Ok(as_f64(v)),
            };
            one(of_float(x.and_then(|x| f.apply(x))))
        }
        "math2" => {
            let f = math::Binary::from_name(as_word(&args[0])).expect("math function");
            let arg = |v: &Val| match v {
                Val::Int(i) => math::int_arg(i),
                v => Ok(as_f64(v)),
            };
            one(of_float(
                arg(&args[1]).and_then(|x| arg(&args[2]).and_then(|y| f.apply(x, y))),
            ))
        }
        "math0" => one(Val::Float(math::PI.to_bits())),
        _ => panic!("unknown operation {op}"),
    }
}

/// The size-limit cases: the same expressions as in gen.escript, at OTP's largest integer.
fn limit_case(name: &str) -> Val {
    let max = Int::ONE
        .shift_left(super::int::MAX_BIG_BITS - 1)
        .and_then(|h| h.sub(&Int::ONE))
        .and_then(|h| h.mul(&Int::Small(2)))
        .and_then(|h| h.add(&Int::ONE))
        .expect("largest integer");
    let neg_max = max.neg();
    let two = Int::Small(2);
    let r: Result<Int, NumError> = match name {
        "add_one" => max.add(&Int::ONE),
        "add_zero" => max.add(&Int::ZERO),
        "neg_sub_one" => neg_max.sub(&Int::ONE),
        "neg_add_one" => neg_max.add(&Int::ONE),
        "half_times_two" => max.div(&two).and_then(|h| h.mul(&two)),
        "half_plus_one_times_two" => max
            .div(&two)
            .and_then(|h| h.add(&Int::ONE))
            .and_then(|h| h.mul(&two)),
        "bnot_max" => max.bnot(),
        "bnot_neg_max" => neg_max.bnot(),
        "max_bor_neg" => Ok(max.bor(&Int::Small(-1))),
        "neg_max_band" => Ok(neg_max.band(&Int::Small(-2))),
        "neg_max_bxor" => Ok(neg_max.bxor(&Int::ONE)),
        "neg_max_minus_one_bsr" => neg_max.bsr(&Int::ONE),
        _ => panic!("unknown limit case {name}"),
    };
    match r {
        Ok(_) => Val::Word("fits".to_string()),
        Err(e) => err(e),
    }
}

/// Operations whose results come from libm rather than glibc: a last-place difference is
/// reported but tolerated (see the module docs).
fn ulp_tolerant(op: &str) -> bool {
    op == "math1" || op == "math2"
}

fn within_one_ulp(a: &[Val], b: &[Val]) -> bool {
    match (a, b) {
        ([Val::Float(x)], [Val::Float(y)]) => {
            let (x, y) = (*x as i64, *y as i64);
            (x - y).abs() <= 1
        }
        _ => false,
    }
}

#[test]
fn matches_otp25() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/num/testdata/cases.txt");
    let data = std::fs::read_to_string(path).expect("test data (run testdata/gen.escript)");
    let mut failures: BTreeMap<String, (usize, Vec<String>)> = BTreeMap::new();
    let mut tolerated: BTreeMap<String, (usize, Vec<String>)> = BTreeMap::new();
    let mut total = 0usize;
    let result_fields = |op: &str| match op {
        "to_integer_prefix" | "to_float_prefix" | "seg_read_be" | "seg_read_le" => 2,
        _ => 1,
    };
    for line in data.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let op = fields[0];
        // Prefix parsers give one field on error and two on success.
        let nres = if fields.last().is_some_and(|f| f.starts_with('!')) {
            1
        } else {
            result_fields(op)
        };
        let split = fields.len() - nres;
        let args: Vec<Val> = fields[1..split].iter().map(|f| parse_val(f)).collect();
        let expected: Vec<Val> = fields[split..].iter().map(|f| parse_val(f)).collect();
        let got = compute(op, &args);
        total += 1;
        if got != expected {
            let key = if op.starts_with("math") {
                std::format!("{op}:{}", fields[1])
            } else {
                op.to_string()
            };
            if ulp_tolerant(op) && within_one_ulp(&got, &expected) {
                let entry = tolerated.entry(key).or_default();
                entry.0 += 1;
                if entry.1.len() < 3 {
                    entry.1.push(line.to_string());
                }
                continue;
            }
            let entry = failures.entry(key).or_default();
            entry.0 += 1;
            if entry.1.len() < 5 {
                let mut shown = line.to_string();
                shown.truncate(300);
                entry.1.push(std::format!("{shown}\n      got {got:?}"));
            }
        }
    }
    println!("{total} cases checked");
    for (op, (n, examples)) in &tolerated {
        println!("tolerated last-place differences: {op}: {n}, e.g. {examples:?}");
    }
    for (op, (n, examples)) in &failures {
        println!("{op}: {n} failures");
        for e in examples {
            println!("    {e}");
        }
    }
    assert!(total > 50_000, "test data too small: {total}");
    assert!(failures.is_empty(), "mismatches with OTP 25");
}

#[test]
fn limbs_round_trip() {
    let values = [
        Int::ZERO,
        Int::Small(-1),
        Int::Small(i64::MIN),
        Int::Small(i64::MAX),
        Int::Small(1).shift_left(64).unwrap(),
        Int::Small(-3).shift_left(200).unwrap(),
    ];
    for v in values {
        let (neg, limbs) = v.to_limbs();
        assert_eq!(limbs.len(), v.magnitude_limb_count());
        assert_eq!(Int::from_limbs(neg, &limbs), Ok(v.clone()));
    }
    // High zero limbs are ignored; values that fit become Small.
    assert_eq!(
        Int::from_limbs(true, &[1u64 << 63, 0, 0]),
        Ok(Int::Small(i64::MIN))
    );
    assert_eq!(Int::from_limbs(false, &[5, 0]), Ok(Int::Small(5)));
    assert!(matches!(Int::from_limbs(false, &[0, 1]), Ok(Int::Big(_))));
    assert_eq!(Int::from_limbs(true, &[]), Ok(Int::ZERO));
    let too_big = alloc::vec![1u64; super::int::MAX_BIG_LIMBS + 2];
    assert_eq!(Int::from_limbs(false, &too_big), Err(NumError::SystemLimit));
}

#[test]
fn huge_shifts_and_sizes_do_not_allocate() {
    let huge = Int::Small(1).shift_left(1000).unwrap();
    assert_eq!(Int::Small(1).bsl(&huge), Err(NumError::SystemLimit));
    assert_eq!(Int::ZERO.bsl(&huge), Ok(Int::ZERO));
    assert_eq!(Int::Small(-7).bsr(&huge), Ok(Int::Small(-1)));
    assert_eq!(Int::Small(7).bsl(&huge.neg()), Ok(Int::ZERO));
    let big = Int::Small(1).shift_left(20_000_000).unwrap();
    assert_eq!(big.mul(&big), Err(NumError::SystemLimit));
    let text = alloc::vec![b'7'; 20_000_000];
    assert_eq!(Int::parse_radix(&text, 10), Err(NumError::SystemLimit));
    assert_eq!(Int::Small(5).div(&Int::ZERO), Err(NumError::Badarith));
    assert_eq!(big.rem(&Int::ZERO), Err(NumError::Badarith));
    assert_eq!(radix::chars_to_bytes(&[0x31, 0x100]), None);
}

/// Timing of pidigits-style work (big times small, big plus big, big divided by big with a
/// small quotient), the bignum pattern of the `pidigits` benchmark. Run with
/// `cargo test --release -p vm num::tests::bench_pidigits -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_pidigits() {
    let start = std::time::Instant::now();
    let (mut q, mut r, mut t) = (Int::ONE, Int::ZERO, Int::ONE);
    let mut k = 0i64;
    let mut produced = 0;
    let mut checksum = 0u64;
    while produced < 5000 {
        k += 1;
        let l = Int::Small(2 * k + 1);
        r = q
            .mul(&Int::Small(2))
            .unwrap()
            .add(&r)
            .unwrap()
            .mul(&l)
            .unwrap();
        q = q.mul(&Int::Small(k)).unwrap();
        t = t.mul(&l).unwrap();
        if q > r {
            continue;
        }
        let d3 = q
            .mul(&Int::Small(3))
            .unwrap()
            .add(&r)
            .unwrap()
            .div(&t)
            .unwrap();
        let d4 = q
            .mul(&Int::Small(4))
            .unwrap()
            .add(&r)
            .unwrap()
            .div(&t)
            .unwrap();
        if d3 != d4 {
            continue;
        }
        let d = d3.to_i64().unwrap();
        checksum = checksum.wrapping_mul(10).wrapping_add(d as u64);
        produced += 1;
        r = r
            .sub(&t.mul(&d3).unwrap())
            .unwrap()
            .mul(&Int::Small(10))
            .unwrap();
        q = q.mul(&Int::Small(10)).unwrap();
    }
    let through_int = start.elapsed();
    assert_eq!(checksum, 17128355944277274808);
    // The same loop on dashu directly, to show what the Int layer costs.
    let start = std::time::Instant::now();
    let (mut q, mut r, mut t) = (IBig::ONE, IBig::ZERO, IBig::ONE);
    let (mut k, mut produced, mut checksum) = (0i64, 0, 0u64);
    while produced < 5000 {
        k += 1;
        let l = IBig::from(2 * k + 1);
        r = (&q * IBig::from(2) + &r) * &l;
        q *= IBig::from(k);
        t *= &l;
        if q > r {
            continue;
        }
        let d3 = (&q * IBig::from(3) + &r) / &t;
        let d4 = (&q * IBig::from(4) + &r) / &t;
        if d3 != d4 {
            continue;
        }
        checksum = checksum
            .wrapping_mul(10)
            .wrapping_add(u64::try_from(&d3).unwrap());
        produced += 1;
        r = (&r - &t * &d3) * IBig::from(10);
        q *= IBig::from(10);
    }
    assert_eq!(checksum, 17128355944277274808);
    println!(
        "pidigits 5000 digits: {through_int:?} through Int, {:?} on dashu directly",
        start.elapsed()
    );
}

/// Timing of text conversions and float printing. Run with
/// `cargo test --release -p vm num::tests::bench_conversions -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_conversions() {
    let digits: Vec<u8> = (0..1_000_000u32).map(|i| b'1' + (i % 9) as u8).collect();
    let start = std::time::Instant::now();
    let big = Int::parse_radix(&digits, 10).unwrap();
    let parsed = start.elapsed();
    let start = std::time::Instant::now();
    let text = big.to_string_radix(10).unwrap();
    let printed = start.elapsed();
    assert_eq!(text.as_bytes(), &digits[..]);
    let start = std::time::Instant::now();
    let hex = big.to_string_radix(16).unwrap();
    let printed16 = start.elapsed();
    assert_eq!(Int::parse_radix(hex.as_bytes(), 16), Ok(big));
    println!("1M decimal digits: parse {parsed:?}, print {printed:?}, print base 16 {printed16:?}");
    let mut state = 0x2545f4914f6cdd1du64;
    let floats: Vec<f64> = (0..1_000_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            f64::from_bits(state % 0x7ff0_0000_0000_0000)
        })
        .collect();
    let start = std::time::Instant::now();
    let total: usize = floats.iter().map(|&f| float::format_short(f).len()).sum();
    println!(
        "format_short: {:?} per float (avg {} chars)",
        start.elapsed() / floats.len() as u32,
        total / floats.len()
    );
    let start = std::time::Instant::now();
    let total: usize = floats
        .iter()
        .map(|&f| {
            float::format_short(f).len()
                + usize::from(float::parse_float(float::format_short(f).as_bytes()).is_ok())
        })
        .sum();
    println!(
        "format_short + parse_float: {:?} per float ({total})",
        start.elapsed() / floats.len() as u32
    );
    let args: Vec<f64> = floats
        .iter()
        .map(|f| (f.to_bits() % 1400) as f64 * 0.5 - 350.0 + 0.123)
        .collect();
    let start = std::time::Instant::now();
    let sum: f64 = args
        .iter()
        .map(|&x| math::Unary::Exp.apply(x).unwrap_or(0.0))
        .sum();
    println!(
        "exp: {:?} per call ({sum:e})",
        start.elapsed() / args.len() as u32
    );
    let start = std::time::Instant::now();
    let sum: f64 = args
        .iter()
        .map(|&x| math::Unary::Log.apply(x.abs()).unwrap_or(0.0))
        .sum();
    println!(
        "log: {:?} per call ({sum:e})",
        start.elapsed() / args.len() as u32
    );
    let start = std::time::Instant::now();
    let sum: f64 = args
        .iter()
        .map(|&x| math::Binary::Pow.apply(x.abs(), 1.37).unwrap_or(0.0))
        .sum();
    println!(
        "pow: {:?} per call ({sum:e})",
        start.elapsed() / args.len() as u32
    );
}

/// `list_to_float(float_to_list(F, [short])) =:= F` for any double, as in OTP.
#[test]
fn short_printing_round_trips() {
    let mut state = 0x853c49e6748fea9bu64;
    for _ in 0..100_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let f = f64::from_bits(state & !(0x7ffu64 << 52) | ((state >> 52) % 0x7ff) << 52);
        let text = float::format_short(f);
        assert_eq!(
            float::parse_float(text.as_bytes()).map(f64::to_bits),
            Ok(f.to_bits()),
            "{text}"
        );
    }
}

/// Algebraic identities over random integers of many sizes (and no panics on the way).
#[test]
fn integer_identities() {
    let mut state = 0x9e3779b97f4a7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let random_int = |next: &mut dyn FnMut() -> u64| {
        let limbs = (next() % 6) as usize;
        let words: Vec<u64> = (0..limbs)
            .map(|_| match next() % 4 {
                0 => 0,
                1 => u64::MAX,
                _ => next() >> (next() % 64),
            })
            .collect();
        Int::from_limbs(next() % 2 == 0, &words).unwrap()
    };
    for _ in 0..20_000 {
        let a = random_int(&mut next);
        let b = random_int(&mut next);
        if !b.is_zero() {
            let (q, r) = a.div_rem(&b).unwrap();
            assert_eq!(q, a.div(&b).unwrap());
            assert_eq!(r, a.rem(&b).unwrap());
            assert_eq!(q.mul(&b).unwrap().add(&r).unwrap(), a);
            assert!(r.is_zero() || r.is_negative() == a.is_negative());
            assert!(r.abs() < b.abs());
            let (fq, fm) = a.floor_div_mod(&b).unwrap();
            assert_eq!(fq.mul(&b).unwrap().add(&fm).unwrap(), a);
            assert!(fm.is_zero() || fm.is_negative() == b.is_negative());
        } else {
            assert_eq!(a.div(&b), Err(NumError::Badarith));
        }
        assert_eq!(a.bxor(&b), a.bor(&b).sub(&a.band(&b)).unwrap(), "{a} {b}");
        assert_eq!(a.bnot().unwrap(), a.neg().sub(&Int::ONE).unwrap());
        assert_eq!(a.sub(&b).unwrap(), a.add(&b.neg()).unwrap());
        let s = next() % 200;
        let shifted = a.shift_left(s).unwrap();
        assert_eq!(shifted.shift_right(s), a);
        assert_eq!(a.bsl(&Int::Small(-(s as i64))).unwrap(), a.shift_right(s));
        // Right shift floors: a bsr s == floor(a / 2^s).
        let pow = Int::ONE.shift_left(s).unwrap();
        assert_eq!(a.shift_right(s), a.floor_div_mod(&pow).unwrap().0);
        let (neg, limbs) = a.to_limbs();
        assert_eq!(Int::from_limbs(neg, &limbs), Ok(a.clone()));
        let base = 2 + (next() % 35) as u32;
        let text = a.to_string_radix(base).unwrap();
        assert_eq!(Int::parse_radix(text.as_bytes(), base), Ok(a.clone()));
        assert_eq!(
            Int::parse_radix(text.to_ascii_lowercase().as_bytes(), base),
            Ok(a.clone())
        );
        assert_eq!(a.cmp(&b), a.sub(&b).unwrap().signum().cmp(&0));
    }
}

/// Random text, options and sizes never panic, and formatted floats stay within OTP's buffer.
#[test]
fn no_panics_on_random_input() {
    let mut state = 0xdeadbeefcafef00du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet = b"0123456789+-.,eEaZz_ \x00";
    for _ in 0..50_000 {
        let len = (next() % 30) as usize;
        let text: Vec<u8> = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        let _ = float::parse_float(&text);
        if let Some((_, used)) = float::parse_float_prefix(&text) {
            assert!(used <= text.len());
        }
        let _ = Int::parse_radix(&text, (next() % 40) as u32);
        if let Some(Ok((_, used))) = Int::parse_decimal_prefix(&text) {
            assert!(used <= text.len());
        }
        let f = f64::from_bits(next());
        let extremes = [i64::MIN, i64::MAX, -1, 0, 255, 256, 1 << 32, (1 << 59) - 1];
        let count = |r: u64| {
            if r % 2 == 0 {
                extremes[(r / 2 % extremes.len() as u64) as usize]
            } else {
                (r % 600) as i64 - 300
            }
        };
        let options: Vec<FloatOption> = (0..next() % 4)
            .map(|_| match next() % 4 {
                0 => FloatOption::Decimals(count(next())),
                1 => FloatOption::Scientific(count(next())),
                2 => FloatOption::Compact,
                _ => FloatOption::Short,
            })
            .collect();
        if f.is_finite() {
            if let Ok(text) = float::format_with_options(f, &options) {
                assert!(text.len() < 256, "{f:e} {options:?}");
            }
        }
        let x = Int::from_limbs(next() % 2 == 0, &[next(), next() % 3]).unwrap();
        let n = next() % 300;
        let be = x.to_segment_be(n);
        let le = x.to_segment_le(n);
        assert_eq!(be.len() as u64, n.div_ceil(8));
        assert_eq!(le.len() as u64, n.div_ceil(8));
        assert_eq!(
            Int::from_segment_be(&be, n + 8, true),
            Err(NumError::Badarg)
        );
        let back = Int::from_segment_be(&be, n, true).unwrap();
        assert_eq!(back.to_segment_be(n), be);
        let back = Int::from_segment_le(&le, n, false).unwrap();
        assert_eq!(back.to_segment_le(n), le);
    }
}
