//! `vm::zlib::compress` against OTP's own zlib (the system zlib 1.2.13 that
//! `term_to_binary(T, [compressed])` uses): thousands of inputs of many shapes (random bytes,
//! small alphabets, long runs, far repeats, text, real .beam files, sizes that slide the
//! window and fill blocks) at every level 1..9 must give the same bytes.
//!
//! The oracle is `zlib_compress.escript`, run with `escript` from the installed OTP 25.

use std::path::PathBuf;
use std::process::Command;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn inputs() -> Vec<Vec<u8>> {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut v: Vec<Vec<u8>> = Vec::new();
    // Tiny inputs, exhaustively shaped.
    v.push(Vec::new());
    for n in 1..=8 {
        v.push(vec![b'a'; n]);
        v.push((0..n as u8).collect());
    }
    // Random bytes (mostly stored or literal-only blocks).
    for _ in 0..400 {
        let n = r.below(3000) as usize;
        v.push((0..n).map(|_| r.next() as u8).collect());
    }
    // Small alphabets: many short matches, lazy-evaluation decisions.
    for _ in 0..1200 {
        let k = 1 + r.below(6);
        let cap = if r.below(25) == 0 { 100_000 } else { 3000 };
        let n = r.below(cap) as usize;
        let base = r.next() as u8;
        v.push(
            (0..n)
                .map(|_| base.wrapping_add(r.below(k) as u8))
                .collect(),
        );
    }
    // A random chunk repeated with mutations, at distances near and beyond 4096 (TOO_FAR)
    // and up to the 32K window.
    for _ in 0..500 {
        let cap = if r.below(10) == 0 { 40_000 } else { 3000 };
        let chunk_len = 1 + r.below(cap) as usize;
        let chunk: Vec<u8> = (0..chunk_len).map(|_| r.next() as u8).collect();
        let reps = 1 + r.below(4) as usize;
        let mut d = Vec::new();
        for _ in 0..reps {
            d.extend_from_slice(&chunk);
            for _ in 0..r.below(20) {
                let i = r.below(d.len() as u64) as usize;
                d[i] = r.next() as u8;
            }
            if r.below(2) == 0 {
                let filler = r.below(300) as usize;
                d.extend((0..filler).map(|_| r.next() as u8));
            }
        }
        v.push(d);
    }
    // Long runs: maximal matches, many symbols per block, window slides.
    for n in [258usize, 259, 1000, 32_768, 65_536, 200_000] {
        v.push(vec![0u8; n]);
        v.push((0..n).map(|i| (i % 3) as u8).collect());
    }
    // Text from a vocabulary.
    let words = [
        "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "erlang", "beam", "term",
        "binary", "process", "message", "module", "function", "\n", ", ",
    ];
    for _ in 0..300 {
        let cap = if r.below(30) == 0 { 150_000 } else { 4000 };
        let n = r.below(cap) as usize;
        let mut d = Vec::new();
        while d.len() < n {
            d.extend_from_slice(words[r.below(words.len() as u64) as usize].as_bytes());
            d.push(b' ');
        }
        v.push(d);
    }
    // Counting sequences (like term_to_binary of integer lists).
    for _ in 0..40 {
        let n = r.below(10_000) as usize;
        let step = 1 + r.below(5) as u32;
        let mut d = Vec::new();
        for i in 0..n as u32 {
            d.push(98);
            d.extend_from_slice(&(i * step).to_be_bytes());
        }
        v.push(d);
    }
    // Real files: installed .beam files, alone and concatenated.
    let mut beams: Vec<Vec<u8>> = Vec::new();
    if let Ok(dir) = std::fs::read_dir(stdlib_ebin()) {
        let mut paths: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "beam"))
        {
            if let Ok(b) = std::fs::read(p) {
                beams.push(b);
            }
        }
    }
    assert!(beams.len() > 20, "installed stdlib beams not found");
    for b in beams.iter().take(15) {
        v.push(b.clone());
    }
    let mut big = Vec::new();
    for b in beams.iter().skip(40).take(6) {
        big.extend_from_slice(b);
    }
    v.push(big);
    v
}

fn stdlib_ebin() -> PathBuf {
    let out = Command::new("erl")
        .args([
            "-noshell",
            "-eval",
            "io:format(\"~s\", [code:lib_dir(stdlib, ebin)]), halt().",
        ])
        .output()
        .expect("erl (OTP 25) must be installed");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).to_string())
}

#[test]
fn compress_matches_otp_zlib_at_every_level() {
    let inputs = inputs();
    let dir = std::env::temp_dir().join(format!("beamos-zlib-oracle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let in_path = dir.join("in.bin");
    let out_path = dir.join("out.bin");
    let mut blob = Vec::new();
    for d in &inputs {
        blob.extend_from_slice(&(d.len() as u32).to_be_bytes());
        blob.extend_from_slice(d);
    }
    std::fs::write(&in_path, &blob).unwrap();
    let t0 = std::time::Instant::now();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/zlib_compress.escript");
    let st = Command::new("escript")
        .arg(&script)
        .arg(&in_path)
        .arg(&out_path)
        .status()
        .expect("escript (OTP 25) must be installed");
    assert!(st.success(), "oracle failed");
    eprintln!("zlib oracle: erl took {:?}", t0.elapsed());
    let t1 = std::time::Instant::now();
    let want = std::fs::read(&out_path).unwrap();
    let _ = std::fs::remove_dir_all(&dir);

    let mut pos = 0;
    let mut failures = Vec::new();
    let mut total_in = 0usize;
    for (i, d) in inputs.iter().enumerate() {
        total_in += d.len();
        for level in 1..=9u8 {
            let n = u32::from_be_bytes(want[pos..pos + 4].try_into().unwrap()) as usize;
            let z = &want[pos + 4..pos + 4 + n];
            pos += 4 + n;
            let got = vm::zlib::compress(d, level);
            if got != z {
                let first = got.iter().zip(z).position(|(a, b)| a != b);
                failures.push(format!(
                    "input {i} (len {}), level {level}: got {} bytes, want {}, first difference at {:?}",
                    d.len(),
                    got.len(),
                    z.len(),
                    first
                ));
            }
        }
    }
    assert_eq!(pos, want.len());
    eprintln!("zlib oracle: vm::zlib took {:?}", t1.elapsed());
    eprintln!(
        "zlib oracle: {} inputs ({} bytes) x 9 levels, {} differences",
        inputs.len(),
        total_in,
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
