//! The external term format decoder alone (version byte, compressed form, every tag), then the
//! `~w` printer, term order and OTP's large-map order over what it decoded.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(t) = loader::etf::decode(data) {
        std::hint::black_box(loader::write::to_string(&t));
        std::hint::black_box(loader::etf::compare(&t, &t));
        let mut s = String::new();
        loader::write::write_term_sorting_large_maps(&mut s, &t);
        std::hint::black_box(s);
    }
});
