//! The external term format and term hashes against real OTP 25, on the cases that
//! `etf_oracle/gen.escript` wrote with `erl` (edge cases, then 3000 random terms): every term
//! is decoded from OTP's own encoding, then must encode to OTP's exact bytes under each
//! option set (default, minor versions 0 and 2, compressed at levels 6, 1 and 9,
//! deterministic), have OTP's external size and `term_to_iovec` cut, and OTP's `phash2` and
//! `phash` values.

use vm::etf::{self, DecodeOptions, EncodeOptions};
use vm::heap::Heap;
use vm::term::Term;

/// The option sets of `gen.escript`, by index.
fn option_set(i: u8) -> EncodeOptions {
    let d = EncodeOptions::default();
    match i {
        0 => d,
        1 => EncodeOptions {
            minor_version: 0,
            ..d
        },
        2 => EncodeOptions {
            minor_version: 2,
            ..d
        },
        3 => EncodeOptions {
            compression: 6,
            ..d
        },
        4 => EncodeOptions {
            compression: 1,
            ..d
        },
        5 => EncodeOptions {
            compression: 9,
            ..d
        },
        6 => EncodeOptions {
            deterministic: true,
            ..d
        },
        7 => EncodeOptions {
            minor_version: 0,
            compression: 6,
            ..d
        },
        _ => panic!("unknown option set {i}"),
    }
}

struct Cursor<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> &'a [u8] {
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        s
    }
    fn u8(&mut self) -> u8 {
        self.take(1)[0]
    }
    fn u16(&mut self) -> u16 {
        u16::from_be_bytes(self.take(2).try_into().unwrap())
    }
    fn u32(&mut self) -> u32 {
        u32::from_be_bytes(self.take(4).try_into().unwrap())
    }
}

fn show(b: &[u8]) -> String {
    let s: Vec<String> = b.iter().take(120).map(|x| x.to_string()).collect();
    format!(
        "<<{}{}>>",
        s.join(","),
        if b.len() > 120 { ",..." } else { "" }
    )
}

#[test]
fn encoding_and_hashes_match_otp() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/etf_oracle/cases.bin.z");
    let z = std::fs::read(&path).expect("cases.bin.z (run gen.escript)");
    let data = miniz_oxide::inflate::decompress_to_vec_zlib(&z).expect("zlib data");
    let mut c = Cursor { b: &data, pos: 0 };
    let mut heap = Heap::new(1 << 16);
    let (mut cases, mut checks) = (0usize, 0usize);
    let mut failures: Vec<String> = Vec::new();
    while c.pos < data.len() {
        cases += 1;
        let n = c.u32() as usize;
        let own = c.take(n);
        let (t, used) = match etf::decode(&mut heap, own, DecodeOptions::default()) {
            Ok(x) => x,
            Err(e) => {
                failures.push(format!("case {cases}: own encoding does not decode: {e:?}"));
                // Skip the rest of the record.
                let k = c.u8();
                for _ in 0..k {
                    c.u8();
                    let l = c.u32() as usize;
                    c.take(l);
                }
                c.u32();
                let parts = c.u16();
                for _ in 0..parts {
                    c.u32();
                }
                c.u32();
                c.u32();
                continue;
            }
        };
        assert_eq!(used, n);
        let k = c.u8();
        for _ in 0..k {
            let i = c.u8();
            let l = c.u32() as usize;
            let want = c.take(l);
            let got = etf::encode(t, option_set(i), Term::NIL);
            checks += 1;
            if got != want {
                failures.push(format!(
                    "case {cases} options {i}: want {} got {}",
                    show(want),
                    show(&got)
                ));
            }
        }
        let size = c.u32() as usize;
        checks += 1;
        let got_size = etf::encoded_size(t, 1);
        if got_size != size {
            failures.push(format!(
                "case {cases}: external_size {size}, got {got_size}"
            ));
        }
        let nparts = c.u16();
        let want_parts: Vec<usize> = (0..nparts).map(|_| c.u32() as usize).collect();
        let got_parts: Vec<usize> = etf::encode_iovec(t, EncodeOptions::default(), Term::NIL)
            .unwrap()
            .iter()
            .map(Vec::len)
            .collect();
        checks += 1;
        if got_parts != want_parts {
            failures.push(format!(
                "case {cases}: iovec parts {want_parts:?}, got {got_parts:?}"
            ));
        }
        let (ph2, ph) = (c.u32(), c.u32());
        checks += 2;
        let (g2, g) = (vm::hash::phash2(t), vm::hash::phash(t));
        if g2 != ph2 {
            failures.push(format!(
                "case {cases}: phash2 {ph2}, got {g2}: {}",
                show(own)
            ));
        }
        if g != ph {
            failures.push(format!("case {cases}: phash {ph}, got {g}: {}", show(own)));
        }
        if heap.used_words() > 1 << 22 {
            heap = Heap::new(1 << 16);
        }
    }
    eprintln!(
        "etf oracle: {cases} terms, {checks} checks, {} differences",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures
            .iter()
            .take(
                std::env::var("ORACLE_SHOW")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(25)
            )
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// `binary_to_term(B, [used])` on mutated encodings (truncated, bytes changed, bytes and tags
/// inserted): badarg exactly where OTP says badarg, otherwise the same term (compared through
/// its encoding) and the same byte count.
#[test]
fn decoding_mutated_input_matches_otp() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/etf_oracle/decode.bin.z");
    let z = std::fs::read(&path).expect("decode.bin.z (run gen.escript)");
    let data = miniz_oxide::inflate::decompress_to_vec_zlib(&z).expect("zlib data");
    let mut c = Cursor { b: &data, pos: 0 };
    let mut heap = Heap::new(1 << 16);
    let (mut cases, mut rejected, mut internal_tags) = (0usize, 0usize, 0usize);
    let mut failures: Vec<String> = Vec::new();
    while c.pos < data.len() {
        cases += 1;
        let n = c.u32() as usize;
        let bin = c.take(n);
        let ok = c.u8() == 1;
        let got = etf::decode(&mut heap, bin, DecodeOptions::default());
        if !ok {
            rejected += 1;
            if let Ok((t, _)) = got {
                let re = etf::encode(t, EncodeOptions::default(), Term::NIL);
                failures.push(format!(
                    "case {cases}: OTP: badarg, got {} for {}",
                    show(&re),
                    show(bin)
                ));
            }
            continue;
        }
        let used = c.u32() as usize;
        let l = c.u32() as usize;
        let want = c.take(l);
        match got {
            // OTP 25 also reads the atom-index tags of its internal (ETS) format, whose meaning
            // is an index into its own atom table; this VM refuses them.
            Err(e) if matches!(bin.get(e.offset), Some(73..=76)) => internal_tags += 1,
            Err(e) => failures.push(format!(
                "case {cases}: OTP decodes {}, got {e:?}: {}",
                show(want),
                show(bin)
            )),
            Ok((t, u)) => {
                let re = etf::encode(t, EncodeOptions::default(), Term::NIL);
                if re != want || u != used {
                    failures.push(format!(
                        "case {cases}: want {} used {used}, got {} used {u} for {}",
                        show(want),
                        show(&re),
                        show(bin)
                    ));
                }
            }
        }
        if heap.used_words() > 1 << 22 {
            heap = Heap::new(1 << 16);
        }
    }
    eprintln!(
        "etf decode oracle: {cases} inputs ({rejected} rejected by OTP, {internal_tags} with OTP's \
         internal atom-index tags), {} differences",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures
            .iter()
            .take(
                std::env::var("ORACLE_SHOW")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(25)
            )
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
