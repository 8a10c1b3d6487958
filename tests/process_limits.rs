//! Issue 4's process-scale checks on the host VM: a million processes waiting in `receive`
//! all fit and all exit, and a VM where every process waits (one timer pending) burns no CPU.
//! Both run the stress programs in `beam-fixtures/stress/` and compare their printed result
//! with the one real OTP 25 gave (`<module>.result`).

use beamos_tests::fixtures::fixtures_root;
use beamos_tests::{assert_printed, beamos_bin};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn stress_command(module: &str, extra: &[&str]) -> (Command, Vec<u8>) {
    let dir = fixtures_root().join("stress");
    let expected = std::fs::read(dir.join(format!("{module}.result")))
        .unwrap_or_else(|e| panic!("{module}.result: {e}"));
    let mut cmd = Command::new(beamos_bin());
    cmd.arg("run").args(extra).arg("-pa").arg(&dir);
    cmd.args(["--print-result", module, "run"]);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    (cmd, expected)
}

/// User plus system CPU time of a running process, in clock ticks (`/proc/PID/stat`).
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// Clock ticks per second of `/proc` times (`getconf CLK_TCK`; 100 on Linux by default).
fn ticks_per_second() -> u64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(100)
}

#[test]
fn a_million_waiting_processes_fit_and_all_exit() {
    let (mut cmd, expected) = stress_command("stress_million_processes", &["+P", "2000000"]);
    let out = cmd
        .spawn()
        .and_then(|c| c.wait_with_output())
        .expect("run beamos");
    assert_printed(&out, &expected);
}

#[test]
fn an_idle_vm_burns_no_cpu() {
    let (mut cmd, expected) = stress_command("stress_idle_wait", &[]);
    let child = cmd.spawn().expect("run beamos");
    let pid = child.id();
    let started = Instant::now();
    // Start-up and spawning are done well within the first second; the 5 s wait follows.
    std::thread::sleep(Duration::from_millis(1500));
    let first = cpu_ticks(pid);
    let first_at = Instant::now();
    std::thread::sleep(Duration::from_millis(3000));
    let second = cpu_ticks(pid);
    let window = first_at.elapsed();
    let out = child.wait_with_output().expect("wait for beamos");
    assert_printed(&out, &expected);
    assert!(
        started.elapsed() >= Duration::from_secs(5),
        "the program returned before its 5 s wait ended"
    );
    let (Some(a), Some(b)) = (first, second) else {
        panic!("could not read /proc/{pid}/stat during the wait");
    };
    let cpu = Duration::from_secs_f64((b - a) as f64 / ticks_per_second() as f64);
    let share = cpu.as_secs_f64() / window.as_secs_f64();
    println!(
        "idle VM: {:.3} s of CPU over {:.2} s ({:.2}% of a CPU)",
        cpu.as_secs_f64(),
        window.as_secs_f64(),
        share * 100.0
    );
    assert!(
        share < 0.01,
        "an idle VM used {:.2}% of a CPU",
        share * 100.0
    );
}
