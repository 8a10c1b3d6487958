//! Mutated real `.beam` files (deterministic seed) through the whole loader: truncations, flipped
//! bytes, wrong chunk sizes, corrupted compact terms, corrupted and re-compressed `LitT`, huge
//! length fields. Every input must give `Ok` or `Err`, never a panic. Inputs that once crashed
//! (from fuzzing) are kept in `REGRESSIONS`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use beamos_tests::{installed_beams, target_dir};

/// xorshift64*: small, deterministic, good enough to spread mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Inputs that crashed the loader once (found by `cargo fuzz`); kept as regressions.
const REGRESSIONS: &[&[u8]] = &[];

struct Checker {
    runs: usize,
    panics: Vec<PathBuf>,
}

impl Checker {
    fn parse(&mut self, what: &str, input: &[u8]) {
        self.runs += 1;
        let result = catch_unwind(AssertUnwindSafe(|| {
            if let Ok(m) = loader::parse(input) {
                // Touch everything the decoder produced, as a consumer would.
                let _ = m.code.iter().count();
                for t in &m.literals {
                    let _ = loader::write::to_string(t);
                    let mut s = String::new();
                    loader::write::write_term_sorting_large_maps(&mut s, t);
                }
            }
            let _ = loader::module_name(input);
        }));
        if result.is_err() {
            self.record(what, input);
        }
    }

    fn etf(&mut self, what: &str, input: &[u8]) {
        self.runs += 1;
        let result = catch_unwind(AssertUnwindSafe(|| {
            if let Ok(t) = loader::etf::decode(input) {
                let _ = loader::write::to_string(&t);
                let mut s = String::new();
                loader::write::write_term_sorting_large_maps(&mut s, &t);
            }
        }));
        if result.is_err() {
            self.record(what, input);
        }
    }

    fn record(&mut self, what: &str, input: &[u8]) {
        let dir = target_dir().join("mutation-failures");
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("crash-{}.bin", self.panics.len()));
        let _ = std::fs::write(&path, input);
        eprintln!("PANIC on {what}; input saved to {}", path.display());
        self.panics.push(path);
    }
}

struct ChunkPos {
    id: [u8; 4],
    /// Offset of the size field.
    header: usize,
    start: usize,
    len: usize,
}

fn chunk_positions(file: &[u8]) -> Vec<ChunkPos> {
    loader::chunks(file)
        .map(|cs| {
            cs.iter()
                .map(|c| ChunkPos {
                    id: c.id,
                    header: c.offset - 4,
                    start: c.offset,
                    len: c.data.len(),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn set_u32(buf: &mut [u8], at: usize, v: u32) {
    if let Some(s) = buf.get_mut(at..at + 4) {
        s.copy_from_slice(&v.to_be_bytes());
    }
}

/// Rebuilds `file` with chunk `id`'s contents replaced (sizes and the FOR1 size fixed up).
fn replace_chunk(file: &[u8], id: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = file[..12].to_vec();
    for c in loader::chunks(file).unwrap_or_default() {
        let body: &[u8] = if &c.id == id { data } else { c.data };
        out.extend_from_slice(&c.id);
        out.extend_from_slice(&(body.len() as u32).to_be_bytes());
        out.extend_from_slice(body);
        while out.len() % 4 != 0 {
            out.push(0);
        }
    }
    let form = (out.len() - 8) as u32;
    set_u32(&mut out, 4, form);
    out
}

/// The uncompressed literal table of a file (`Count:32, (Size:32, ETF)*`).
fn literal_table(file: &[u8]) -> Option<Vec<u8>> {
    let (data, _) = loader::find_chunk(file, b"LitT").ok()??;
    miniz_oxide::inflate::decompress_to_vec_zlib(data.get(4..)?).ok()
}

fn compressed_litt(table: &[u8], claimed: u32) -> Vec<u8> {
    let mut out = claimed.to_be_bytes().to_vec();
    out.extend(miniz_oxide::deflate::compress_to_vec_zlib(table, 1));
    out
}

fn mutate_bytes(rng: &mut Rng, buf: &mut [u8], range: std::ops::Range<usize>, count: usize) {
    if range.is_empty() {
        return;
    }
    for _ in 0..count {
        let at = range.start + rng.below(range.len());
        buf[at] = match rng.below(4) {
            0 => buf[at] ^ (1 << rng.below(8)),
            1 => rng.next() as u8,
            2 => 0xff,
            _ => 0,
        };
    }
}

fn mutate_file(rng: &mut Rng, c: &mut Checker, name: &str, file: &[u8], intensive: bool) {
    let chunks = chunk_positions(file);
    let scale = if intensive { 6 } else { 1 };

    // Truncation: every offset of the header, then spread over the file.
    for end in (0..file.len().min(24)).chain((0..16 * scale).map(|_| rng.below(file.len()))) {
        c.parse(&format!("{name} truncated at {end}"), &file[..end]);
    }
    // Flipped / overwritten bytes anywhere.
    for _ in 0..24 * scale {
        let mut m = file.to_vec();
        let n = 1 + rng.below(4);
        mutate_bytes(rng, &mut m, 0..file.len(), n);
        c.parse(&format!("{name} with {n} bytes changed"), &m);
    }
    // Wrong chunk sizes and huge counts at the start of each chunk.
    for ch in &chunks {
        let sizes = [
            0,
            1,
            ch.len.saturating_sub(1) as u32,
            ch.len as u32 + 1,
            ch.len as u32 + 4,
            u32::MAX,
            0x7fff_ffff,
        ];
        for s in sizes {
            let mut m = file.to_vec();
            set_u32(&mut m, ch.header, s);
            c.parse(
                &format!(
                    "{name} chunk {:?} size {s}",
                    String::from_utf8_lossy(&ch.id)
                ),
                &m,
            );
        }
        for word in 0..4.min(ch.len / 4) {
            for v in [0u32, 1, 0xffff, 0x7fff_ffff, u32::MAX, rng.next() as u32] {
                let mut m = file.to_vec();
                set_u32(&mut m, ch.start + 4 * word, v);
                c.parse(
                    &format!(
                        "{name} chunk {:?} word {word} = {v}",
                        String::from_utf8_lossy(&ch.id)
                    ),
                    &m,
                );
            }
        }
        // Corrupted contents of this chunk only (compact terms in Code and Line, ETF in Attr/CInf).
        for _ in 0..6 * scale {
            let mut m = file.to_vec();
            let n = 1 + rng.below(3);
            mutate_bytes(rng, &mut m, ch.start..ch.start + ch.len, n);
            c.parse(
                &format!(
                    "{name} chunk {:?} corrupted",
                    String::from_utf8_lossy(&ch.id)
                ),
                &m,
            );
        }
    }
    // Compact terms with long length prefixes, dropped into the code stream.
    if let Some(code) = chunks.iter().find(|c| &c.id == b"Code") {
        for _ in 0..8 * scale {
            let mut m = file.to_vec();
            let at = code.start + 20 + rng.below(code.len.saturating_sub(24).max(1));
            let pattern: &[u8] = match rng.below(5) {
                0 => &[0xf8, 0xff, 0xff, 0xff],
                1 => &[0xf9, 0xfe],
                2 => &[0x17, 0xff, 0xff, 0xff, 0xff],
                3 => &[0x37, 0xf8, 0xff],
                _ => &[0x47, 0x00, 0xff],
            };
            for (i, b) in pattern.iter().enumerate() {
                if let Some(slot) = m.get_mut(at + i) {
                    *slot = *b;
                }
            }
            c.parse(&format!("{name} code bytes {pattern:02x?} at {at}"), &m);
        }
    }
    // LitT: corrupt the zlib stream; lie about the size; corrupt the table and recompress it.
    if let Some(table) = literal_table(file) {
        let real = table.len() as u32;
        for claimed in [0, 1, real - 1, real + 1, u32::MAX] {
            let m = replace_chunk(file, b"LitT", &compressed_litt(&table, claimed));
            c.parse(&format!("{name} LitT claims {claimed} bytes"), &m);
        }
        if let Some(litt) = chunks.iter().find(|c| &c.id == b"LitT") {
            for _ in 0..4 * scale {
                let mut m = file.to_vec();
                mutate_bytes(rng, &mut m, litt.start + 4..litt.start + litt.len, 1);
                c.parse(&format!("{name} LitT zlib corrupted"), &m);
            }
        }
        for _ in 0..12 * scale {
            let mut t = table.clone();
            let n = 1 + rng.below(3);
            mutate_bytes(rng, &mut t, 0..table.len(), n);
            let m = replace_chunk(file, b"LitT", &compressed_litt(&t, t.len() as u32));
            c.parse(&format!("{name} literal table corrupted"), &m);
        }
        // Each literal alone through the ETF decoder, corrupted and with huge lengths.
        let mut pos = 4;
        while let Some(len) = table
            .get(pos..pos + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
        {
            let Some(blob) = table.get(pos + 4..pos + 4 + len) else {
                break;
            };
            c.etf(&format!("{name} literal at {pos}"), blob);
            for _ in 0..scale {
                let mut b = blob.to_vec();
                mutate_bytes(rng, &mut b, 1..blob.len(), 1);
                c.etf(&format!("{name} literal at {pos} corrupted"), &b);
                let mut b = blob.to_vec();
                let at = 1 + rng.below(blob.len().saturating_sub(5).max(1));
                set_u32(&mut b, at, 0xffff_fff0);
                c.etf(&format!("{name} literal at {pos} huge length at {at}"), &b);
                c.etf(
                    &format!("{name} literal at {pos} truncated"),
                    &blob[..rng.below(blob.len())],
                );
            }
            pos += 4 + len;
        }
    }
}

#[test]
fn mutated_beams_never_panic() {
    let files = installed_beams();
    if files.is_empty() {
        eprintln!("SKIPPED: no installed .beam files (./x test installs OTP)");
        return;
    }
    // Keep panics quiet; each one is reported with its input below.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));

    let mut c = Checker {
        runs: 0,
        panics: Vec::new(),
    };
    for (i, r) in REGRESSIONS.iter().enumerate() {
        c.parse(&format!("regression {i}"), r);
        c.etf(&format!("regression {i} as ETF"), r);
    }
    let mut rng = Rng(0x5eed_bea5_0000_0001);
    for (i, path) in files.iter().enumerate() {
        let Ok(file) = std::fs::read(path) else {
            continue;
        };
        // Every third file gets a light pass, every 40th an intensive one (under a minute in release).
        if i % 3 == 0 || i % 40 == 1 {
            mutate_file(
                &mut rng,
                &mut c,
                &path.display().to_string(),
                &file,
                i % 40 == 1,
            );
        }
    }
    std::panic::set_hook(hook);
    eprintln!(
        "loader mutation: {} inputs from {} files, {} panics",
        c.runs,
        files.len(),
        c.panics.len()
    );
    assert!(
        c.panics.is_empty(),
        "{} inputs made the loader panic (saved under target/mutation-failures)",
        c.panics.len()
    );
}
