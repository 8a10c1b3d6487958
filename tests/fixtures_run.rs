//! Runs every conformance fixture through `beamos run --print-result` and compares its
//! stdout with the output real OTP 25 gave (`<module>.expected`), byte for byte; then does it
//! again with the collector running at every safe point (`--gc-stress`).
//!
//! Reports pass counts per area and the failing fixtures, and fails if any fixture fails.
//! `BEAMOS_BIN` names the binary (`./x test` sets it); otherwise `target/release/beamos` or
//! `target/debug/beamos` of this workspace is used. `FIXTURES=substring` runs a subset.

use beamos_tests::fixtures::{all_fixtures, extra_code_paths, Fixture};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

fn beamos_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("BEAMOS_BIN") {
        return PathBuf::from(p);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("repository root")
        .to_path_buf();
    for profile in ["release", "debug"] {
        let p = root.join("target").join(profile).join("beamos");
        if p.exists() {
            return p;
        }
    }
    panic!("no beamos binary: build it (cargo build -p beamos) or set BEAMOS_BIN");
}

/// Outcome of one fixture run.
enum Outcome {
    Pass,
    Fail(String),
}

fn run_fixture(bin: &Path, f: &Fixture, extra: &[PathBuf], gc_stress: bool) -> Outcome {
    let expected = match f.expected_output() {
        Ok(e) => e,
        Err(e) => return Outcome::Fail(format!("cannot read {}: {e}", f.expected.display())),
    };
    let mut cmd = Command::new(bin);
    cmd.arg("run").arg("-pa").arg(&f.dir);
    for d in extra {
        cmd.arg("-pa").arg(d);
    }
    if gc_stress {
        cmd.arg("--gc-stress");
    }
    cmd.arg("--print-result").arg(&f.module);
    let out = match run_with_timeout(cmd, Duration::from_secs(120)) {
        Ok(o) => o,
        Err(e) => return Outcome::Fail(e),
    };
    if out.stdout == expected && out.status.success() {
        return Outcome::Pass;
    }
    let got = String::from_utf8_lossy(&out.stdout);
    let want = String::from_utf8_lossy(&expected);
    let err = String::from_utf8_lossy(&out.stderr);
    Outcome::Fail(format!(
        "exit {:?}\n      want: {}\n      got:  {}\n      stderr: {}",
        out.status.code(),
        clip(want.trim_end()),
        clip(got.trim_end()),
        clip(err.trim_end())
    ))
}

fn clip(s: &str) -> String {
    if s.chars().count() > 600 {
        let head: String = s.chars().take(600).collect();
        format!("{head}...")
    } else {
        s.to_string()
    }
}

fn run_with_timeout(mut cmd: Command, limit: Duration) -> Result<std::process::Output, String> {
    use std::process::Stdio;
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start beamos: {e}"))?;
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(r) => r.map_err(|e| format!("beamos failed: {e}")),
        Err(_) => {
            // Kill only the child we started, by its pid.
            let _ = Command::new("kill").arg("-9").arg(id.to_string()).status();
            Err(format!("timed out after {}s", limit.as_secs()))
        }
    }
}

fn run_all(gc_stress: bool) -> (BTreeMap<String, (usize, usize)>, Vec<String>) {
    let bin = beamos_bin();
    let filter = std::env::var("FIXTURES").ok();
    let fixtures: Vec<Fixture> = all_fixtures()
        .into_iter()
        .filter(|f| {
            filter
                .as_ref()
                .is_none_or(|s| format!("{}/{}", f.area, f.module).contains(s.as_str()))
        })
        .collect();
    let mut paths: BTreeMap<String, Result<Vec<PathBuf>, String>> = BTreeMap::new();
    for f in &fixtures {
        paths
            .entry(f.area.clone())
            .or_insert_with(|| extra_code_paths(&f.area));
    }
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 2);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    let i = *n;
                    *n += 1;
                    i
                };
                let Some(f) = fixtures.get(i) else { break };
                let outcome = match &paths[&f.area] {
                    Ok(extra) => run_fixture(&bin, f, extra, gc_stress),
                    Err(e) => Outcome::Fail(format!("code paths of area {}: {e}", f.area)),
                };
                results.lock().unwrap().push((i, outcome));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|r| r.0);
    let mut per_area: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for (i, o) in results {
        let f = &fixtures[i];
        let e = per_area.entry(f.area.clone()).or_insert((0, 0));
        e.1 += 1;
        match o {
            Outcome::Pass => e.0 += 1,
            Outcome::Fail(why) => failures.push(format!("{}/{}: {}", f.area, f.module, why)),
        }
    }
    (per_area, failures)
}

fn report(title: &str, per_area: &BTreeMap<String, (usize, usize)>, failures: &[String]) -> bool {
    let (pass, total) = per_area
        .values()
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("== {title}: {pass}/{total} fixtures identical to OTP 25");
    for (area, (p, t)) in per_area {
        println!("   {area:<16} {p:>4}/{t}");
    }
    if !failures.is_empty() {
        println!("-- failures ({}):", failures.len());
        for f in failures {
            println!("   {f}");
        }
    }
    failures.is_empty()
}

#[test]
fn fixtures_match_otp() {
    let (per_area, failures) = run_all(false);
    assert!(!per_area.is_empty(), "no fixtures found");
    let ok = report("fixtures", &per_area, &failures);
    assert!(ok, "{} fixtures differ from OTP 25", failures.len());
}

#[test]
fn fixtures_match_otp_under_gc_stress() {
    let (per_area, failures) = run_all(true);
    assert!(!per_area.is_empty(), "no fixtures found");
    let ok = report("fixtures under GC stress", &per_area, &failures);
    assert!(
        ok,
        "{} fixtures differ from OTP 25 under GC stress",
        failures.len()
    );
}
