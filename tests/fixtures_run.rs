//! Runs every conformance fixture through `beamos run --print-result` and compares its
//! stdout with the output real OTP 25 gave (`<module>.expected`), byte for byte; then does it
//! again with the collector running at every safe point (`--gc-stress`).
//!
//! A fixture with a `<module>.stdin` gets that file as standard input (others an empty one),
//! and the run must end with the exit status of its `%% EXIT_STATUS: N` line (0 without).
//!
//! Reports pass counts per area and the failing fixtures. Fixtures that do not pass yet are
//! listed, each with its issue, in `tests/known-failing-fixtures.txt`; the run fails when an
//! unlisted fixture fails or a listed one passes (the list only shrinks).
//! The binary is `beamos_tests::beamos_bin()` (`BEAMOS_BIN`, which `./x test` sets, or a
//! release build of this workspace). `FIXTURES=substring` runs a subset.

use beamos_tests::beamos_bin;
use beamos_tests::fixtures::{all_fixtures, extra_code_paths, Fixture};
use beamos_tests::known_failures;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

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
    let out = match run_with_timeout(cmd, f.stdin.as_deref(), Duration::from_secs(120)) {
        Ok(o) => o,
        Err(e) => return Outcome::Fail(e),
    };
    if out.stdout == expected && out.status.code() == Some(f.exit_status) {
        return Outcome::Pass;
    }
    let got = String::from_utf8_lossy(&out.stdout);
    let want = String::from_utf8_lossy(&expected);
    let err = String::from_utf8_lossy(&out.stderr);
    Outcome::Fail(format!(
        "exit {:?} (want {})\n      want: {}\n      got:  {}\n      stderr: {}",
        out.status.code(),
        f.exit_status,
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

/// Runs `cmd` with `stdin` (a file) or an empty standard input, killing it after `limit`.
fn run_with_timeout(
    mut cmd: Command,
    stdin: Option<&Path>,
    limit: Duration,
) -> Result<std::process::Output, String> {
    use std::process::Stdio;
    let input = match stdin {
        Some(path) => Stdio::from(
            std::fs::File::open(path)
                .map_err(|e| format!("cannot open {}: {e}", path.display()))?,
        ),
        None => Stdio::null(),
    };
    let child = cmd
        .stdin(input)
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

/// What one full run found, judged against the known-failures list.
struct RunReport {
    /// Per area: (passed, total).
    per_area: BTreeMap<String, (usize, usize)>,
    /// Failures of fixtures that are not on the list.
    unexpected: Vec<String>,
    /// Listed fixtures that passed: their lines must go.
    now_passing: Vec<String>,
    /// Listed fixtures that failed as listed.
    known: Vec<String>,
    /// List entries that name no fixture.
    stale: Vec<String>,
}

fn run_all(gc_stress: bool) -> RunReport {
    let list = known_failures::load().unwrap_or_else(|e| panic!("known-failing-fixtures.txt: {e}"));
    let bin = beamos_bin();
    let filter = std::env::var("FIXTURES").ok();
    let selected = |name: &str| filter.as_ref().is_none_or(|s| name.contains(s.as_str()));
    let every: Vec<Fixture> = all_fixtures();
    let names: BTreeSet<String> = every
        .iter()
        .map(|f| format!("{}/{}", f.area, f.module))
        .collect();
    let stale = list
        .keys()
        .filter(|n| selected(n) && !names.contains(*n))
        .cloned()
        .collect();
    let fixtures: Vec<Fixture> = every
        .into_iter()
        .filter(|f| selected(&format!("{}/{}", f.area, f.module)))
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
    let mut report = RunReport {
        per_area: BTreeMap::new(),
        unexpected: Vec::new(),
        now_passing: Vec::new(),
        known: Vec::new(),
        stale,
    };
    for (i, o) in results {
        let f = &fixtures[i];
        let name = format!("{}/{}", f.area, f.module);
        let listed = known_failures::expected_to_fail(&list, &name, gc_stress);
        let e = report.per_area.entry(f.area.clone()).or_insert((0, 0));
        e.1 += 1;
        match o {
            Outcome::Pass => {
                e.0 += 1;
                if listed {
                    report.now_passing.push(name);
                }
            }
            Outcome::Fail(why) if listed => report.known.push(format!("{name}: {why}")),
            Outcome::Fail(why) => report.unexpected.push(format!("{name}: {why}")),
        }
    }
    report
}

/// Prints the run and returns whether it agrees with the known-failures list.
fn report(title: &str, r: &RunReport) -> bool {
    let (pass, total) = r
        .per_area
        .values()
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("== {title}: {pass}/{total} fixtures identical to OTP 25");
    for (area, (p, t)) in &r.per_area {
        println!("   {area:<16} {p:>4}/{t}");
    }
    if !r.known.is_empty() {
        println!(
            "-- listed in tests/known-failing-fixtures.txt, still failing ({}):",
            r.known.len()
        );
        for f in &r.known {
            println!("   {}", clip(f));
        }
    }
    if !r.unexpected.is_empty() {
        println!("-- FAILING, not on the list ({}):", r.unexpected.len());
        for f in &r.unexpected {
            println!("   {f}");
        }
    }
    if !r.now_passing.is_empty() {
        println!(
            "-- PASSING now: delete these lines from tests/known-failing-fixtures.txt ({}):",
            r.now_passing.len()
        );
        for f in &r.now_passing {
            println!("   {f}");
        }
    }
    if !r.stale.is_empty() {
        println!("-- list entries naming no fixture ({}):", r.stale.len());
        for f in &r.stale {
            println!("   {f}");
        }
    }
    r.unexpected.is_empty() && r.now_passing.is_empty() && r.stale.is_empty()
}

fn check(gc_stress: bool, title: &str) {
    let r = run_all(gc_stress);
    assert!(!r.per_area.is_empty(), "no fixtures found");
    let ok = report(title, &r);
    assert!(
        ok,
        "{title}: {} unlisted failures, {} listed fixtures now pass, {} stale list entries",
        r.unexpected.len(),
        r.now_passing.len(),
        r.stale.len()
    );
}

#[test]
fn fixtures_match_otp() {
    check(false, "fixtures");
}

#[test]
fn fixtures_match_otp_under_gc_stress() {
    check(true, "fixtures under GC stress");
}
