//! Whole-module parse: every chunk, every literal, then print every literal.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = loader::parse(data) {
        for (_, ops) in m.code.iter() {
            std::hint::black_box(ops);
        }
        for t in &m.literals {
            std::hint::black_box(loader::write::to_string(t));
        }
    }
    let _ = loader::module_name(data);
});
