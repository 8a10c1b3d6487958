//! Purged code is freed: `beam-fixtures/stress/stress_code_reload` loads a module with big
//! literal terms 400 times (two versions in turn, each load purging an older one) while
//! processes hold literals of the versions they saw. Its result (the committed one real
//! OTP 25 gave) says every held term is intact and `erlang:memory(code)` grew by less than
//! 1 MB after the first 20 loads; if purged versions were never freed it would grow by
//! about 22 KB a load.

use beamos_tests::fixtures::fixtures_root;
use beamos_tests::{assert_printed, beamos_bin};
use std::process::{Command, Stdio};

fn run_reload(extra: &[&str]) {
    let dir = fixtures_root().join("stress");
    let expected = std::fs::read(dir.join("stress_code_reload.result")).expect("result file");
    let out = Command::new(beamos_bin())
        .arg("run")
        .args(extra)
        .arg("-pa")
        .arg(&dir)
        .args(["--print-result", "stress_code_reload", "run"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run beamos");
    assert_printed(&out, &expected);
}

#[test]
fn purged_versions_are_freed_and_held_literals_survive() {
    run_reload(&[]);
}

#[test]
fn purged_versions_are_freed_under_gc_stress() {
    run_reload(&["--gc-stress"]);
}
