//! The committed fixture expectations must still be what real OTP 25 prints, and every
//! committed `.beam` must be what `erlc +deterministic` makes of its source
//! (`beam-fixtures/regen --check`).

use beamos_tests::fixtures::{all_fixtures, erl_is_installed, regen_script};
use std::process::Command;

#[test]
fn committed_fixtures_match_real_otp() {
    if !erl_is_installed() {
        eprintln!(
            "SKIPPED: erl is not installed, so the fixture expectations cannot be checked \
             (run ./x setup to install Erlang/OTP 25)"
        );
        return;
    }
    assert!(
        !all_fixtures().is_empty(),
        "no fixtures found under beam-fixtures/"
    );
    let out = Command::new("bash")
        .arg(regen_script())
        .arg("--check")
        .output()
        .expect("run beam-fixtures/regen --check");
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stderr}");
    assert!(
        out.status.success(),
        "beam-fixtures/regen --check failed; run beam-fixtures/regen to see and update:\n{stderr}"
    );
}

#[test]
fn every_fixture_source_is_compiled_and_has_an_expectation() {
    let root = beamos_tests::fixtures::fixtures_root();
    let listed = all_fixtures();
    let mut sources = 0;
    for area in std::fs::read_dir(&root)
        .expect("read beam-fixtures/")
        .flatten()
    {
        let area_name = area.file_name().to_string_lossy().into_owned();
        if beamos_tests::fixtures::PROGRAM_AREAS.contains(&area_name.as_str()) {
            continue; // benchmark and stress programs: no .expected
        }
        let Ok(files) = std::fs::read_dir(area.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            let ext = path.extension().and_then(|e| e.to_str());
            if ext == Some("erl") || ext == Some("S") {
                sources += 1;
                let module = path.file_stem().unwrap().to_string_lossy().into_owned();
                assert!(
                    listed.iter().any(|f| f.module == module),
                    "{} has no committed .beam/.expected (run beam-fixtures/regen)",
                    path.display()
                );
            }
        }
    }
    assert_eq!(sources, listed.len());
}
