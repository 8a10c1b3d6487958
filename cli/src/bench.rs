//! `beamos bench [--runs N] [--check] [--strict] [--no-erl] [--erl PATH] [--dir DIR]
//! [--timeout SECONDS] [NAME...]`: runs the benchmark programs of `beam-fixtures/bench`
//! (`bench_<name>.beam`, see its README) on BeamOS and on `erl`, the same `.beam` on both.
//!
//! Each benchmark runs `--runs` times on each VM in a fresh OS process (`beamos run
//! --print-result bench_X run` and `erl -noshell -eval 'R = bench_X:run(), ...'`); every run
//! must print the committed `bench_X.result`. The time of a VM is the median wall time of
//! its runs minus the median of as many runs of `bench_empty` (start-up, loading and
//! printing only); the CPU time (user + system of the child, from `/proc/self/stat`'s
//! children times) is reported the same way, as it depends less on what else the machine
//! runs. Peak memory is the largest resident set (`VmHWM` of `/proc/PID/status`, sampled
//! every few milliseconds) of the runs. Ratios are BeamOS/erl; the geometric means are over
//! the benchmarks both VMs ran.
//!
//! `--check` runs each benchmark's `quick/0` (a tiny size) once on each VM and compares the
//! two outputs (BeamOS alone with `--no-erl`: then only that it runs). A benchmark BeamOS
//! cannot run yet (it ends with an uncaught exception or a non-zero status) is reported as
//! such; `--strict` makes that a failure. A wrong result is always a failure (exit 1).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The suites in the order they are reported; other `bench_*.beam` files follow, sorted.
const SEQUENTIAL: &[&str] = &[
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
];
const CONCURRENT: &[&str] = &["ring", "spawn_storm", "selective_receive", "ets", "timers"];

/// The program whose runs measure start-up: loads, returns `ok`, prints it.
const EMPTY: &str = "empty";

const USAGE: &str = "usage: beamos bench [--runs N] [--check] [--strict] [--no-erl] [--erl PATH] [--dir DIR] [--timeout SECONDS] [NAME...]
  NAME          a benchmark (fib or bench_fib); default: all in DIR
  --runs N      timed runs per VM and benchmark (default 5); the median counts
  --check       run each benchmark's quick/0 once per VM and compare the outputs
  --strict      a benchmark BeamOS cannot run yet is a failure
  --no-erl      run BeamOS only (no ratios)
  --erl PATH    the erl command (default: erl)
  --dir DIR     the benchmark directory (default: beam-fixtures/bench of the source tree)
  --timeout S   limit per run in seconds (default 600)";

struct Options {
    runs: usize,
    check: bool,
    strict: bool,
    erl: Option<String>,
    dir: PathBuf,
    timeout: Duration,
    names: Vec<String>,
}

fn default_dir() -> PathBuf {
    match std::env::var_os("BEAMOS_BENCH_DIR") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../beam-fixtures/bench"
        )),
    }
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        runs: 5,
        check: false,
        strict: false,
        erl: Some("erl".to_owned()),
        dir: default_dir(),
        timeout: Duration::from_secs(600),
        names: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |what: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{a} needs {what}"))
        };
        match a.as_str() {
            "--runs" => {
                o.runs = value("a number")?
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or("--runs needs a positive number")?;
            }
            "--check" => o.check = true,
            "--strict" => o.strict = true,
            "--no-erl" => o.erl = None,
            "--erl" => o.erl = Some(value("a command")?),
            "--dir" => o.dir = PathBuf::from(value("a directory")?),
            "--timeout" => {
                let secs: u64 = value("seconds")?
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or("--timeout needs a positive number of seconds")?;
                o.timeout = Duration::from_secs(secs);
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            name => o
                .names
                .push(name.strip_prefix("bench_").unwrap_or(name).to_owned()),
        }
    }
    if o.check {
        o.runs = 1;
    }
    Ok(o)
}

/// The benchmarks in `dir`: the known suites first, in their order, then any others.
fn benchmarks_in(dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut found: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stem = name.strip_prefix("bench_")?.strip_suffix(".beam")?;
            (stem != EMPTY).then(|| stem.to_owned())
        })
        .collect();
    found.sort();
    let known = SEQUENTIAL.iter().chain(CONCURRENT);
    let mut ordered: Vec<String> = known
        .filter(|k| found.iter().any(|f| f == *k))
        .map(|k| (*k).to_owned())
        .collect();
    ordered.extend(
        found
            .into_iter()
            .filter(|f| !SEQUENTIAL.contains(&f.as_str()) && !CONCURRENT.contains(&f.as_str())),
    );
    Ok(ordered)
}

/// One finished run of a program in a child process.
struct RunOutput {
    wall: Duration,
    cpu: Duration,
    peak_rss_kib: u64,
    status: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
}

/// `VmHWM` (peak resident set, KiB) of a live process; None once it has exited.
fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|l| {
        l.strip_prefix("VmHWM:")
            .and_then(|v| v.trim().strip_suffix("kB"))
            .and_then(|v| v.trim().parse().ok())
    })
}

/// User + system time of this process's waited-for children (fields 16 and 17 of
/// `/proc/self/stat`, in clock ticks of 1/100 s: Linux's USER_HZ).
fn children_cpu() -> Duration {
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| {
            // Fields after the command name, which is in parentheses and may hold spaces.
            let rest = stat.rsplit_once(')')?.1;
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let cutime: u64 = fields.get(13)?.parse().ok()?;
            let cstime: u64 = fields.get(14)?.parse().ok()?;
            Some(cutime + cstime)
        })
        .unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

/// Runs `cmd` to the end (killed after `limit`), timing it and sampling its peak memory
/// from another thread (the wait itself stays a blocking one, so the time is exact).
fn measure(mut cmd: Command, limit: Duration) -> Result<RunOutput, String> {
    let program = format!("{:?}", cmd.get_program());
    let cpu_before = children_cpu();
    let start = Instant::now();
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    let pid = child.id();
    let done = Arc::new(AtomicBool::new(false));
    let peak = Arc::new(AtomicU64::new(0));
    let timed_out = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (done, peak, timed_out) = (done.clone(), peak.clone(), timed_out.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::Acquire) {
                if let Some(kib) = peak_rss_kib(pid) {
                    peak.fetch_max(kib, Ordering::AcqRel);
                }
                if start.elapsed() > limit {
                    timed_out.store(true, Ordering::Release);
                    // The child is ours and not yet reaped (done is false), so the pid is
                    // still its own.
                    let _ = Command::new("kill")
                        .args(["-KILL", &pid.to_string()])
                        .status();
                    break;
                }
                std::thread::sleep(Duration::from_millis(4));
            }
        })
    };
    let out = child.wait_with_output();
    let wall = start.elapsed();
    done.store(true, Ordering::Release);
    let _ = sampler.join();
    let out = out.map_err(|e| format!("waiting for {program}: {e}"))?;
    Ok(RunOutput {
        wall,
        cpu: children_cpu().saturating_sub(cpu_before),
        peak_rss_kib: peak.load(Ordering::Acquire),
        status: out.status.code(),
        stdout: out.stdout,
        stderr: out.stderr,
        timed_out: timed_out.load(Ordering::Acquire),
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Vm {
    BeamOs,
    Erl,
}

impl Vm {
    fn name(self) -> &'static str {
        match self {
            Vm::BeamOs => "BeamOS",
            Vm::Erl => "erl",
        }
    }
}

/// The command that runs `bench_<name>:<entry>()` and prints its result as `~w`.
fn command_for(vm: Vm, o: &Options, name: &str, entry: &str) -> Result<Command, String> {
    let module = format!("bench_{name}");
    match vm {
        Vm::BeamOs => {
            let exe = std::env::current_exe().map_err(|e| format!("own executable: {e}"))?;
            let mut cmd = Command::new(exe);
            cmd.arg("run")
                .arg("-pa")
                .arg(&o.dir)
                .arg("--print-result")
                .arg(&module)
                .arg(entry);
            Ok(cmd)
        }
        Vm::Erl => {
            let erl = o.erl.as_deref().ok_or("erl is off (--no-erl)")?;
            let mut cmd = Command::new(erl);
            cmd.args(erl_args_of(&o.dir.join(format!("{module}.erl"))))
                .arg("-noshell")
                .arg("-pa")
                .arg(&o.dir)
                .arg("-eval")
                .arg(format!(
                    "R = {module}:{entry}(), io:format(\"~w~n\", [R]), halt()."
                ));
            Ok(cmd)
        }
    }
}

/// The emulator flags of a source's `%% ERL_ARGS: ...` line (the regen contract).
fn erl_args_of(source: &Path) -> Vec<String> {
    std::fs::read_to_string(source)
        .ok()
        .and_then(|text| {
            text.lines().find_map(|l| {
                l.strip_prefix("%% ERL_ARGS:")
                    .map(|v| v.split_whitespace().map(str::to_owned).collect())
            })
        })
        .unwrap_or_default()
}

/// Medians of the runs of one program on one VM, and the largest peak memory.
#[derive(Clone, Copy)]
struct Measured {
    wall: Duration,
    cpu: Duration,
    peak_kib: u64,
}

/// What the runs of one benchmark on one VM came to.
enum Outcome {
    /// Every run printed the wanted result.
    Ran(Measured),
    /// The VM cannot run it (non-zero exit, uncaught exception, timeout).
    CannotRun(String),
    /// A run ended normally but printed something else.
    Wrong(String),
}

fn first_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    clip(line.trim(), 160)
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        format!("{}...", s.chars().take(max).collect::<String>())
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    let n = times.len();
    if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2
    }
}

/// Runs `bench_<name>:<entry>()` `runs` times on `vm`; each run must print `want` (when
/// given; otherwise the first run's output is returned for comparison).
fn run_on(
    vm: Vm,
    o: &Options,
    name: &str,
    entry: &str,
    want: Option<&[u8]>,
) -> Result<(Outcome, Option<Vec<u8>>), String> {
    let mut times = Vec::with_capacity(o.runs);
    let mut cpu_times = Vec::with_capacity(o.runs);
    let mut peak = 0;
    let mut printed = None;
    for _ in 0..o.runs {
        let out = measure(command_for(vm, o, name, entry)?, o.timeout)?;
        if out.timed_out {
            return Ok((
                Outcome::CannotRun(format!("timed out after {} s", o.timeout.as_secs())),
                None,
            ));
        }
        if out.status != Some(0) {
            let why = first_line(&out.stderr);
            let why = if why.is_empty() {
                first_line(&out.stdout)
            } else {
                why
            };
            return Ok((
                Outcome::CannotRun(format!("exit {:?}: {why}", out.status)),
                None,
            ));
        }
        if let Some(want) = want {
            if out.stdout != want {
                return Ok((
                    Outcome::Wrong(format!(
                        "printed {} instead of {}",
                        clip(String::from_utf8_lossy(&out.stdout).trim_end(), 120),
                        clip(String::from_utf8_lossy(want).trim_end(), 120)
                    )),
                    Some(out.stdout),
                ));
            }
        }
        times.push(out.wall);
        cpu_times.push(out.cpu);
        peak = peak.max(out.peak_rss_kib);
        printed.get_or_insert(out.stdout);
    }
    Ok((
        Outcome::Ran(Measured {
            wall: median(times),
            cpu: median(cpu_times),
            peak_kib: peak,
        }),
        printed,
    ))
}

fn seconds(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64())
}

fn mebibytes(kib: u64) -> String {
    if kib == 0 {
        // Ended before the first sample.
        return "-".to_owned();
    }
    format!("{:.1}", kib as f64 / 1024.0)
}

pub fn main(args: &[String]) -> std::process::ExitCode {
    use std::process::ExitCode;
    let o = match parse(args) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("beamos bench: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match bench(&o) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("beamos bench: {e}");
            ExitCode::from(2)
        }
    }
}

/// Runs the selected benchmarks and prints the table; false when something failed.
fn bench(o: &Options) -> Result<bool, String> {
    let all = benchmarks_in(&o.dir)?;
    let names: Vec<String> = if o.names.is_empty() {
        all
    } else {
        for n in &o.names {
            if !all.contains(n) {
                return Err(format!(
                    "no benchmark {n} in {} (have: {})",
                    o.dir.display(),
                    all.join(" ")
                ));
            }
        }
        o.names.clone()
    };
    let entry = if o.check { "quick" } else { "run" };
    let vms: &[Vm] = if o.erl.is_some() {
        &[Vm::Erl, Vm::BeamOs]
    } else {
        &[Vm::BeamOs]
    };

    // Start-up: the empty program, as many runs as the benchmarks get.
    let mut startup = [Measured {
        wall: Duration::ZERO,
        cpu: Duration::ZERO,
        peak_kib: 0,
    }; 2];
    if !o.check {
        let want = read_result(o, EMPTY)?;
        for &vm in vms {
            match run_on(vm, o, EMPTY, "run", Some(&want))?.0 {
                Outcome::Ran(m) => startup[vm as usize] = m,
                Outcome::CannotRun(why) | Outcome::Wrong(why) => {
                    return Err(format!("{} cannot run bench_empty: {why}", vm.name()))
                }
            }
        }
        for &vm in vms {
            let m = startup[vm as usize];
            println!(
                "start-up of {} (median of {} runs of bench_empty, subtracted below): {} s wall, {} s cpu, {} MiB",
                vm.name(),
                o.runs,
                seconds(m.wall),
                seconds(m.cpu),
                mebibytes(m.peak_kib)
            );
        }
    }

    println!(
        "{:<18} {:>9} {:>9} {:>6} {:>9} {:>9} {:>6} {:>9} {:>9}",
        "benchmark", "BeamOS s", "erl s", "ratio", "BeamOS", "erl cpu", "cpu", "BeamOS", "erl"
    );
    println!(
        "{:<18} {:>9} {:>9} {:>6} {:>9} {:>9} {:>6} {:>9} {:>9}",
        "", "(wall)", "(wall)", "", "cpu s", "s", "ratio", "MiB", "MiB"
    );
    let mut ok = true;
    let mut log_ratios = Vec::new();
    let mut log_cpu_ratios = Vec::new();
    let mut not_runnable = Vec::new();
    for name in &names {
        let want = if o.check {
            None
        } else {
            Some(read_result(o, name)?)
        };
        let mut results: [Option<Measured>; 2] = [None, None];
        let mut printed: [Option<Vec<u8>>; 2] = [None, None];
        let mut notes = Vec::new();
        for &vm in vms {
            let (outcome, out) = run_on(vm, o, name, entry, want.as_deref())?;
            match outcome {
                Outcome::Ran(m) => {
                    let base = startup[vm as usize];
                    results[vm as usize] = Some(Measured {
                        wall: m.wall.saturating_sub(base.wall),
                        cpu: m.cpu.saturating_sub(base.cpu),
                        peak_kib: m.peak_kib,
                    });
                    printed[vm as usize] = out;
                }
                Outcome::CannotRun(why) => {
                    if vm == Vm::BeamOs {
                        not_runnable.push(name.clone());
                        notes.push(format!("not runnable on BeamOS yet ({why})"));
                        if o.strict {
                            ok = false;
                        }
                    } else {
                        notes.push(format!("erl failed: {why}"));
                        ok = false;
                    }
                }
                Outcome::Wrong(why) => {
                    notes.push(format!("WRONG RESULT on {}: {why}", vm.name()));
                    ok = false;
                }
            }
        }
        // --check has no committed result: the two VMs must agree with each other.
        if let [Some(beamos_out), Some(erl_out)] = &printed {
            if o.check && erl_out != beamos_out {
                notes.push(format!(
                    "WRONG RESULT on BeamOS: printed {} where erl printed {}",
                    clip(String::from_utf8_lossy(beamos_out).trim_end(), 120),
                    clip(String::from_utf8_lossy(erl_out).trim_end(), 120)
                ));
                results[Vm::BeamOs as usize] = None;
                ok = false;
            }
        }
        let beamos = results[Vm::BeamOs as usize];
        let erl = results[Vm::Erl as usize];
        let ratio = |pick: fn(&Measured) -> Duration, logs: &mut Vec<f64>| match (beamos, erl) {
            (Some(b), Some(e)) if !o.check && pick(&e) > Duration::ZERO => {
                let r = pick(&b).as_secs_f64() / pick(&e).as_secs_f64();
                logs.push(r.ln());
                format!("{r:.2}")
            }
            _ => "-".to_owned(),
        };
        let wall_ratio = ratio(|m| m.wall, &mut log_ratios);
        let cpu_ratio = ratio(|m| m.cpu, &mut log_cpu_ratios);
        let cell =
            |m: Option<Measured>, f: fn(&Measured) -> String| m.as_ref().map_or("-".to_owned(), f);
        println!(
            "{:<18} {:>9} {:>9} {:>6} {:>9} {:>9} {:>6} {:>9} {:>9}{}",
            name,
            cell(beamos, |m| seconds(m.wall)),
            cell(erl, |m| seconds(m.wall)),
            wall_ratio,
            cell(beamos, |m| seconds(m.cpu)),
            cell(erl, |m| seconds(m.cpu)),
            cpu_ratio,
            cell(beamos, |m| mebibytes(m.peak_kib)),
            cell(erl, |m| mebibytes(m.peak_kib)),
            if notes.is_empty() {
                String::new()
            } else {
                format!("  {}", notes.join("; "))
            }
        );
    }
    let geomean = |logs: &[f64]| (logs.iter().sum::<f64>() / logs.len() as f64).exp();
    if !log_ratios.is_empty() {
        println!(
            "geometric mean ratio BeamOS/erl over {} benchmarks: {:.2} (wall), {:.2} (cpu)",
            log_ratios.len(),
            geomean(&log_ratios),
            if log_cpu_ratios.len() == log_ratios.len() {
                geomean(&log_cpu_ratios)
            } else {
                f64::NAN
            }
        );
    }
    if !not_runnable.is_empty() {
        println!("not runnable on BeamOS yet: {}", not_runnable.join(" "));
    }
    if o.check {
        println!("check: {}", if ok { "ok" } else { "FAILED" });
    }
    Ok(ok)
}

/// The committed `bench_<name>.result`: what `erl` printed for `run/0`.
fn read_result(o: &Options, name: &str) -> Result<Vec<u8>, String> {
    let path = o.dir.join(format!("bench_{name}.result"));
    std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
}
