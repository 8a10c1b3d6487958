use super::*;

#[test]
fn checksums_known_values() {
    // Values from zlib's documentation and erlang:crc32/adler32 on "hello world".
    assert_eq!(crc32(0, b""), 0);
    assert_eq!(crc32(0, b"123456789"), 0xcbf4_3926);
    assert_eq!(adler32(1, b""), 1);
    assert_eq!(adler32(1, b"Wikipedia"), 0x11e6_0398);
    let (a, b) = (b"hello ".as_slice(), b"world".as_slice());
    let whole = [a, b].concat();
    assert_eq!(
        crc32_combine(crc32(0, a), crc32(0, b), b.len() as u64),
        crc32(0, &whole)
    );
    assert_eq!(
        adler32_combine(adler32(1, a), adler32(1, b), b.len() as u64),
        adler32(1, &whole)
    );
}

#[test]
fn compress_roundtrips() {
    let mut data = alloc::vec::Vec::new();
    let mut x: u32 = 1;
    for i in 0..200_000u32 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        data.push(if i % 7 == 0 {
            (x >> 24) as u8
        } else {
            b"abcabcab"[(i % 8) as usize]
        });
    }
    for level in 1..=9 {
        for len in [0usize, 1, 2, 3, 100, 70_000, 200_000] {
            let z = compress(&data[..len], level);
            assert_eq!(
                inflate_exact(&z, len).map(|x| x.0).as_deref(),
                Some(&data[..len]),
                "level {level} len {len}"
            );
        }
    }
}

#[test]
fn gzip_headers_and_hostile_streams() {
    let data = b"hello hello hello, gzip".repeat(20);
    let g = gzip(&data);
    assert_eq!(gunzip(&g).as_deref(), Ok(&data[..]));
    // Optional header fields: extra (flag 4), name (8), comment (16), header CRC (2).
    let body = &g[10..];
    let mut h = alloc::vec![
        0x1f,
        0x8b,
        8,
        4 | 8 | 16 | 2,
        0,
        0,
        0,
        0,
        0,
        3,
        3,
        0,
        1,
        2,
        3
    ];
    h.extend_from_slice(b"name\0comment\0");
    let crc = crc32(0, &h) as u16;
    h.extend_from_slice(&crc.to_le_bytes());
    let with_fields = [h.as_slice(), body].concat();
    assert_eq!(gunzip(&with_fields).as_deref(), Ok(&data[..]));
    let mut bad_crc = with_fields.clone();
    bad_crc[h.len() - 1] ^= 1;
    assert_eq!(gunzip(&bad_crc), Err(InflateError::Data));
    // Two members in a row; a trailing byte that is no member.
    let two = [g.as_slice(), g.as_slice()].concat();
    assert_eq!(gunzip(&two).map(|b| b.len()), Ok(2 * data.len()));
    assert_eq!(
        gunzip(&[g.as_slice(), b"x"].concat()),
        Err(InflateError::Data)
    );
    // Every truncation and single-byte change of each format returns, never panics.
    let z = compress(&data, 6);
    let raw = zip(&data);
    for s in [&g, &z, &raw] {
        for cut in 0..s.len() {
            let _ = gunzip(&s[..cut]);
            let _ = inflate_stream(&s[..cut], true);
            let _ = inflate_stream(&s[..cut], false);
        }
        for i in 0..s.len() {
            let mut m = s.to_vec();
            m[i] ^= 0x5a;
            let _ = gunzip(&m);
            let _ = inflate_stream(&m, true);
            let _ = inflate_stream(&m, false);
        }
    }
    assert_eq!(inflate_stream(&z, true).map(|x| x.0), Ok(data.clone()));
    assert_eq!(inflate_stream(&raw, false), Ok((data.clone(), raw.len())));
}
