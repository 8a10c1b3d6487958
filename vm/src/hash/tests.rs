use super::*;

#[test]
fn atom_hash_latin1_clutch() {
    // OTP: phash2('é') =:= 233 (the two UTF-8 bytes count as one Latin-1 character).
    crate::atom::init();
    let hash = |s: &str| atom_hash(crate::atom::Atom::intern(s).unwrap());
    assert_eq!(hash("é"), 233);
    assert_eq!(hash("a"), 97);
}

#[test]
fn md5_known() {
    assert_eq!(
        md5::md5(b""),
        [212, 29, 140, 217, 143, 0, 178, 4, 233, 128, 9, 152, 236, 248, 66, 126]
    );
    assert_eq!(
        md5::md5(b"abc"),
        [144, 1, 80, 152, 60, 210, 79, 176, 214, 150, 63, 125, 40, 225, 127, 114]
    );
    let mut m = md5::Md5::new();
    for chunk in b"The quick brown fox jumps over the lazy dog".chunks(7) {
        let c = m.to_context();
        m = md5::Md5::from_context(&c).unwrap();
        m.update(chunk);
    }
    assert_eq!(
        m.finish(),
        md5::md5(b"The quick brown fox jumps over the lazy dog")
    );
}
