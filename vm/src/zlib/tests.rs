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
