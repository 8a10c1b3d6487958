//! `beamos bench --check --strict`: every benchmark of `beam-fixtures/bench` runs its tiny
//! `quick/0` on BeamOS and on `erl` (when installed), and the two must print the same. A
//! wrong result, a crash or a benchmark BeamOS cannot run fails the test.

use beamos_tests::{beamos_bin, have_program};
use std::process::Command;

/// Every benchmark program the table must show.
const ALL: &[&str] = &[
    "fib",
    "tak",
    "nrev",
    "qsort",
    "binarytrees",
    "nbody",
    "spectralnorm",
    "fannkuch",
    "pidigits",
    "mandelbrot",
    "maps",
    "binmatch",
    "exceptions",
    "iolist",
    "ring",
    "spawn_storm",
    "selective_receive",
    "ets",
    "timers",
];

#[test]
fn bench_check_runs_every_benchmark_on_both_vms() {
    let mut cmd = Command::new(beamos_bin());
    cmd.args(["bench", "--check", "--strict", "--timeout", "120"]);
    if !have_program("erl") {
        cmd.arg("--no-erl");
    }
    let out = cmd.output().expect("run beamos bench");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{text}");
    assert!(out.status.success(), "beamos bench --check failed:\n{text}");
    assert!(text.contains("check: ok"), "no verdict:\n{text}");
    for name in ALL {
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().next() == Some(name)),
            "no row for {name}:\n{text}"
        );
    }
}

#[test]
fn bench_rejects_unknown_benchmarks_and_options() {
    for args in [
        &["bench", "no_such_benchmark"][..],
        &["bench", "--runs", "0"],
    ] {
        let out = Command::new(beamos_bin())
            .args(args)
            .output()
            .expect("run beamos bench");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn bench_refuses_a_run_that_prints_something_else() {
    // bench_empty with a committed result it does not print: the start-up measurement must
    // refuse it rather than time it.
    let bench_dir = beamos_tests::workspace_root().join("beam-fixtures/bench");
    let dir = std::env::temp_dir().join(format!("beamos-bench-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch directory");
    std::fs::copy(
        bench_dir.join("bench_empty.beam"),
        dir.join("bench_empty.beam"),
    )
    .expect("copy bench_empty.beam");
    std::fs::write(dir.join("bench_empty.result"), "not_ok\n").expect("write result");
    let out = Command::new(beamos_bin())
        .args(["bench", "--no-erl", "--runs", "1", "--dir"])
        .arg(&dir)
        .output()
        .expect("run beamos bench");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("printed ok") && stderr.contains("not_ok"),
        "{stderr}"
    );
}
