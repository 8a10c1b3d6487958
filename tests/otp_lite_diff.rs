//! Differential test of otp-lite against the installed Erlang/OTP: runs
//! `otp-lite/test/run`, which compares every otp-lite module with the real OTP module
//! over many generated calls (good and bad arguments) and fails on any difference.
//! Skipped (with a message) when `erl` is not installed.

use std::path::Path;
use std::process::Command;

#[test]
fn otp_lite_matches_otp() {
    if Command::new("erl").arg("-version").output().is_err() {
        eprintln!("otp_lite_diff: erl not installed, skipped");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = Command::new(root.join("otp-lite/test/run"))
        .current_dir(root)
        .output()
        .expect("running otp-lite/test/run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "otp-lite differs from OTP:\n{stdout}\n{stderr}"
    );
    let summary = stdout.lines().last().unwrap_or("");
    assert!(
        summary.ends_with(" 0 failed"),
        "unexpected summary: {summary}"
    );
}
