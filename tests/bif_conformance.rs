//! BIF conformance: runs every case module of `tests/bifs/` (`bifc_<area>.erl`, see
//! `tests/bifs/bifc.erl`) through `beamos run --print-result` and compares each case's
//! result with what real OTP 25 gave (`bifc_<area>.expected`, written by `tests/bifs/regen`).
//!
//! Each module returns a list with one element per case, so the comparison is per case: the
//! report names every differing case with OTP's result and ours. `BEAMOS_BIN` names the
//! binary; `BIFC=substring` runs a subset of the modules.

use beamos_tests::beamos_bin;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("repository root")
        .to_path_buf()
}

/// Splits the `~w` text of a list into the texts of its elements (top level only).
fn split_list(text: &[u8]) -> Option<Vec<&[u8]>> {
    let text = text.strip_suffix(b"\n").unwrap_or(text);
    let inner = text.strip_prefix(b"[")?.strip_suffix(b"]")?;
    let mut out = Vec::new();
    let (mut depth, mut start, mut i) = (0i32, 0usize, 0usize);
    while i < inner.len() {
        let c = inner[i];
        match c {
            b'"' | b'\'' => {
                // skip a quoted string or atom, with its escapes
                i += 1;
                while i < inner.len() && inner[i] != c {
                    if inner[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth -= 1,
            b'<' if inner.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 1;
            }
            b'>' if inner.get(i + 1) == Some(&b'>') => {
                depth -= 1;
                i += 1;
            }
            b',' if depth == 0 => {
                out.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if !inner.is_empty() {
        out.push(&inner[start..]);
    }
    Some(out)
}

/// The installed OTP's stdlib ebin: `unicode`, `binary` and others call BIFs from Erlang code
/// that otp-lite does not have.
fn stdlib_ebin() -> PathBuf {
    let out = Command::new("erl")
        .args([
            "-noshell",
            "-eval",
            "io:format(\"~s\", [code:lib_dir(stdlib, ebin)]), halt().",
        ])
        .output()
        .expect("erl (Erlang/OTP 25) must be installed");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn clip(s: &[u8]) -> String {
    let s = String::from_utf8_lossy(s);
    if s.chars().count() > 400 {
        let head: String = s.chars().take(400).collect();
        format!("{head}...")
    } else {
        s.into_owned()
    }
}

#[test]
fn bif_cases_match_otp() {
    let dir = root().join("tests").join("bifs");
    let bin = beamos_bin();
    let stdlib = stdlib_ebin();
    let filter = std::env::var("BIFC").ok();
    let mut modules: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/bifs")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let m = name.strip_suffix(".expected")?.to_string();
            Some(m)
        })
        .filter(|m| filter.as_ref().is_none_or(|f| m.contains(f.as_str())))
        .collect();
    modules.sort();
    assert!(!modules.is_empty(), "no case modules in {}", dir.display());
    let mut report = String::new();
    let (mut total, mut passed) = (0usize, 0usize);
    for m in &modules {
        let expected = std::fs::read(dir.join(format!("{m}.expected"))).expect("expected");
        let out = Command::new(&bin)
            .arg("run")
            .arg("-pa")
            .arg(&dir)
            .arg("-pa")
            .arg(&stdlib)
            .arg("--print-result")
            .arg(m)
            .output()
            .expect("run beamos");
        let want = split_list(&expected).expect("expected output is a list");
        total += want.len();
        let Some(got) = split_list(&out.stdout).filter(|g| g.len() == want.len()) else {
            report.push_str(&format!(
                "{m}: did not return its {} cases (exit {:?})\n  stdout: {}\n  stderr: {}\n",
                want.len(),
                out.status.code(),
                clip(&out.stdout),
                clip(&out.stderr)
            ));
            continue;
        };
        let mut bad = 0;
        for (w, g) in want.iter().zip(got.iter()) {
            if w == g {
                passed += 1;
                continue;
            }
            bad += 1;
            if bad <= 30 {
                report.push_str(&format!("{m}:\n  want: {}\n  got:  {}\n", clip(w), clip(g)));
            }
        }
        if bad > 30 {
            report.push_str(&format!("{m}: ... {} more differences\n", bad - 30));
        }
        eprintln!("{m}: {}/{} cases", want.len() - bad, want.len());
    }
    eprintln!("all: {passed}/{total} cases");
    assert!(report.is_empty(), "{report}");
}
