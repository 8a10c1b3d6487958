//! MD5 (RFC 1321), incremental, for `erlang:md5/1` and `md5_init/update/final`. The context
//! serialises to the same 88 bytes OTP uses as its opaque `md5_init/0` binary (the C
//! `MD5_CTX`: four state words, two 32-bit bit-count words, the 64-byte buffer, all in native
//! little-endian order), so a context made by one VM is accepted by the other.

/// Size of the serialised context.
pub const CONTEXT_SIZE: usize = 88;

#[derive(Clone)]
pub struct Md5 {
    state: [u32; 4],
    /// Message length in bits, modulo 2^64.
    bits: u64,
    buffer: [u8; 64],
}

impl Default for Md5 {
    fn default() -> Self {
        Md5::new()
    }
}

const S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9,
    14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15,
    21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

const K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

fn transform(state: &mut [u32; 4], block: &[u8; 64]) {
    let mut m = [0u32; 16];
    for (i, w) in m.iter_mut().enumerate() {
        *w = u32::from_le_bytes([
            block[4 * i],
            block[4 * i + 1],
            block[4 * i + 2],
            block[4 * i + 3],
        ]);
    }
    let [mut a, mut b, mut c, mut d] = *state;
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let t = d;
        d = c;
        c = b;
        b = b.wrapping_add(
            a.wrapping_add(f)
                .wrapping_add(K[i])
                .wrapping_add(m[g])
                .rotate_left(S[i]),
        );
        a = t;
    }
    state[0] = state[0].wrapping_add(a);
    state[1] = state[1].wrapping_add(b);
    state[2] = state[2].wrapping_add(c);
    state[3] = state[3].wrapping_add(d);
}

impl Md5 {
    pub fn new() -> Md5 {
        Md5 {
            state: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
            bits: 0,
            buffer: [0; 64],
        }
    }

    pub fn update(&mut self, mut data: &[u8]) {
        let mut used = ((self.bits >> 3) & 63) as usize;
        self.bits = self.bits.wrapping_add((data.len() as u64).wrapping_mul(8));
        if used > 0 {
            let take = (64 - used).min(data.len());
            self.buffer[used..used + take].copy_from_slice(&data[..take]);
            used += take;
            data = &data[take..];
            if used < 64 {
                return;
            }
            let block = self.buffer;
            transform(&mut self.state, &block);
        }
        let (blocks, rest) = data.as_chunks::<64>();
        for block in blocks {
            transform(&mut self.state, block);
        }
        self.buffer[..rest.len()].copy_from_slice(rest);
    }

    pub fn finish(mut self) -> [u8; 16] {
        let bits = self.bits;
        let used = ((bits >> 3) & 63) as usize;
        let pad = if used < 56 { 56 - used } else { 120 - used };
        let mut padding = [0u8; 72];
        padding[0] = 0x80;
        self.update(&padding[..pad]);
        self.update(&bits.to_le_bytes());
        let mut out = [0u8; 16];
        for (i, w) in self.state.iter().enumerate() {
            out[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// The context as OTP's `md5_init/0` binary lays it out.
    pub fn to_context(&self) -> [u8; CONTEXT_SIZE] {
        let mut out = [0u8; CONTEXT_SIZE];
        for (i, w) in self.state.iter().enumerate() {
            out[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
        }
        out[16..20].copy_from_slice(&(self.bits as u32).to_le_bytes());
        out[20..24].copy_from_slice(&((self.bits >> 32) as u32).to_le_bytes());
        out[24..88].copy_from_slice(&self.buffer);
        out
    }

    /// A context from its binary form (`None` unless exactly `CONTEXT_SIZE` bytes).
    pub fn from_context(b: &[u8]) -> Option<Md5> {
        if b.len() != CONTEXT_SIZE {
            return None;
        }
        let w = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let mut buffer = [0u8; 64];
        buffer.copy_from_slice(&b[24..88]);
        Some(Md5 {
            state: [w(0), w(4), w(8), w(12)],
            bits: u64::from(w(16)) | (u64::from(w(20)) << 32),
            buffer,
        })
    }
}

/// The MD5 digest of `data`.
pub fn md5(data: &[u8]) -> [u8; 16] {
    let mut m = Md5::new();
    m.update(data);
    m.finish()
}

/// The MD5 OTP computes for a loaded module (`Module:module_info(md5)`, and the `uniq` of its
/// funs): over the chunks `Atom`, `AtU8`, `Code`, `StrT`, `ImpT`, `ExpT`, `FunT`, `LitT`,
/// `Meta` present in the file, in that order, with the old-style uniq field of each `FunT`
/// entry zeroed (as `beam_lib:md5/1`). All zeros for a file that is not a BEAM container.
pub fn beam_md5(file: &[u8]) -> [u8; 16] {
    let Ok(chunks) = loader::chunks(file) else {
        return [0; 16];
    };
    let mut m = Md5::new();
    for id in [
        b"Atom", b"AtU8", b"Code", b"StrT", b"ImpT", b"ExpT", b"FunT", b"LitT", b"Meta",
    ] {
        let Some(c) = chunks.iter().find(|c| &c.id == id) else {
            continue;
        };
        if id == b"FunT" && c.data.len() >= 4 {
            m.update(&c.data[..4]);
            let mut rest = &c.data[4..];
            while rest.len() >= 24 {
                m.update(&rest[..20]);
                m.update(&[0; 4]);
                rest = &rest[24..];
            }
            m.update(rest);
        } else {
            m.update(c.data);
        }
    }
    m.finish()
}
