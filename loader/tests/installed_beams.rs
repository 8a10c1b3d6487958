//! Every `.beam` of the installed OTP and Elixir parses completely (all chunks, all literals).
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "beam") {
            out.push(p);
        }
    }
}

#[test]
fn every_installed_beam_parses() {
    let mut files = Vec::new();
    collect(Path::new("/usr/lib/erlang/lib"), &mut files);
    collect(Path::new("/usr/lib/elixir/lib"), &mut files);
    if files.is_empty() {
        eprintln!("no installed .beam files found (OTP not installed); skipping");
        return;
    }
    let mut failures = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        match loader::parse(&bytes) {
            Ok(m) => {
                assert_eq!(m.name(), loader::module_name(&bytes).unwrap());
                assert!(!m.code.instructions.is_empty());
            }
            Err(e) => failures.push(format!("{}: {e}", f.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
