//! `beamos qemu`: boots a BeamOS disk image headless under QEMU (TCG), streams the serial console
//! to stdout, and turns the kernel's verdict into an exit status.
//!
//! The kernel's side of the contract (kernel/src/main.rs): its banner starts `BeamOS <version>`,
//! success is a line starting `BeamOS boot ok` followed by an exit through `isa-debug-exit` with
//! value 0x10 (QEMU status 33); failure prints `KERNEL PANIC` or `BeamOS boot failed` and exits
//! with 0x11 (status 35).

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use crate::image::{BIOS_IMAGE, DEFAULT_OUT_DIR, UEFI_IMAGE};

pub const OVMF: &str = "/usr/share/ovmf/OVMF.fd";
const QEMU: &str = "qemu-system-x86_64";
const DEFAULT_TIMEOUT_SECS: u64 = 60;
/// QEMU's exit status for the kernel's success and failure values: `(value << 1) | 1`.
const STATUS_KERNEL_SUCCESS: i32 = (0x10 << 1) | 1;
const STATUS_KERNEL_FAILURE: i32 = (0x11 << 1) | 1;
/// Exit status of `beamos qemu` when the boot did not finish in time (as coreutils `timeout`).
const EXIT_TIMEOUT: u8 = 124;

const SUCCESS_MARKER: &str = "BeamOS boot ok";

const USAGE: &str = "usage: beamos qemu [--uefi] [--timeout SECS] [IMAGE]
  Boots IMAGE (default target/images/beamos-bios.img, or beamos-uefi.img with --uefi) in QEMU
  with the serial console on stdout. Exits 0 when the kernel reports a successful boot, 1 when it
  reports a failure or QEMU stops otherwise, 124 after SECS seconds (default 60; 0: no limit).";

struct Options {
    uefi: bool,
    /// `None`: wait as long as QEMU runs.
    timeout: Option<Duration>,
    image: Option<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        uefi: false,
        timeout: Some(Duration::from_secs(DEFAULT_TIMEOUT_SECS)),
        image: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--uefi" => options.uefi = true,
            "--timeout" => {
                let secs = args.next().ok_or("--timeout needs a number of seconds")?;
                let secs: f64 = secs.parse().map_err(|_| format!("bad --timeout {secs}"))?;
                let timeout = Duration::try_from_secs_f64(secs)
                    .map_err(|_| format!("bad --timeout {secs}"))?;
                options.timeout = (!timeout.is_zero()).then_some(timeout);
            }
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path if options.image.is_none() => options.image = Some(path.into()),
            extra => return Err(format!("unexpected argument {extra}")),
        }
    }
    Ok(options)
}

pub fn main(args: &[String]) -> ExitCode {
    let options = match parse_args(args) {
        Ok(options) => options,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("beamos qemu: {why}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match boot(&options) {
        Ok(code) => code,
        Err(why) => {
            eprintln!("beamos qemu: {why}");
            ExitCode::FAILURE
        }
    }
}

/// What the serial reader saw, as it happened.
enum Event {
    Banner(Instant),
    Success(Instant),
    Failure(String),
}

fn boot(options: &Options) -> Result<ExitCode, String> {
    let image = options.image.clone().unwrap_or_else(|| {
        PathBuf::from(DEFAULT_OUT_DIR).join(if options.uefi { UEFI_IMAGE } else { BIOS_IMAGE })
    });
    if !image.is_file() {
        return Err(format!(
            "no image at {} (build one with `beamos image`)",
            image.display()
        ));
    }
    let mut command = Command::new(QEMU);
    command
        .args([
            "-m",
            "256M",
            "-no-reboot",
            "-serial",
            "stdio",
            "-display",
            "none",
        ])
        .args(["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"])
        .arg("-drive")
        .arg(format!("format=raw,file={}", image.display()));
    if options.uefi {
        if !PathBuf::from(OVMF).is_file() {
            return Err(format!(
                "no UEFI firmware at {OVMF} (install the `ovmf` package)"
            ));
        }
        command.args(["-bios", OVMF]);
    }
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());

    let started = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {QEMU}: {e}"))?;
    let serial = child.stdout.take().ok_or("QEMU has no stdout pipe")?;
    let (events, received) = mpsc::channel();
    let reader = thread::spawn(move || stream_serial(serial, events));

    let outcome = supervise(&mut child, &received, options.timeout.map(|t| started + t));
    // QEMU has exited (or been killed): the reader sees end-of-file and finishes.
    let _ = reader.join();
    let mut banner_at = None;
    let mut success_at = None;
    let mut failure = None;
    for event in received.try_iter().chain(outcome.events) {
        match event {
            Event::Banner(at) => banner_at = banner_at.or(Some(at)),
            Event::Success(at) => success_at = success_at.or(Some(at)),
            Event::Failure(line) => failure = failure.or(Some(line)),
        }
    }
    let since_start = |at: Instant| format!("{:.2} s", at.duration_since(started).as_secs_f64());
    let mut timing = match banner_at {
        Some(at) => format!("banner after {}", since_start(at)),
        None => "no banner".to_string(),
    };
    if let Some(at) = success_at {
        timing.push_str(&format!(", boot ok after {}", since_start(at)));
    }
    timing.push_str(&format!(
        ", QEMU ran {:.2} s",
        outcome.ended.duration_since(started).as_secs_f64()
    ));

    if outcome.timed_out {
        eprintln!("beamos qemu: timed out, QEMU killed ({timing})");
        return Ok(ExitCode::from(EXIT_TIMEOUT));
    }
    let verdict = match outcome.status {
        None => Err("QEMU was killed by a signal".to_string()),
        Some(STATUS_KERNEL_SUCCESS) if success_at.is_some() && failure.is_none() => Ok(()),
        Some(STATUS_KERNEL_SUCCESS) => {
            Err("the kernel exited with the success code without reporting success".into())
        }
        Some(STATUS_KERNEL_FAILURE) => Err(format!(
            "the kernel reported a failure: {}",
            failure.as_deref().unwrap_or("(no report line)")
        )),
        Some(status) => Err(format!(
            "QEMU exited with status {status} (a triple fault or reset ends it with 0)"
        )),
    };
    match verdict {
        Ok(()) => {
            eprintln!("beamos qemu: boot ok ({timing})");
            Ok(ExitCode::SUCCESS)
        }
        Err(why) => {
            eprintln!("beamos qemu: {why} ({timing})");
            Ok(ExitCode::FAILURE)
        }
    }
}

struct Outcome {
    /// QEMU's exit status; `None` if it was killed (at the deadline or by a signal).
    status: Option<i32>,
    timed_out: bool,
    ended: Instant,
    /// Events seen while waiting, in order.
    events: Vec<Event>,
}

/// Waits for QEMU to exit, collecting serial events, and kills it at `deadline`.
fn supervise(child: &mut Child, received: &Receiver<Event>, deadline: Option<Instant>) -> Outcome {
    let mut events = Vec::new();
    let timed_out = loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                return Outcome {
                    status: status.code(),
                    timed_out: false,
                    ended: Instant::now(),
                    events,
                };
            }
            Ok(None) => {}
            // Cannot watch QEMU any more: stop it rather than leave it running.
            Err(_) => break false,
        }
        let now = Instant::now();
        if deadline.is_some_and(|deadline| now >= deadline) {
            break true;
        }
        let poll = Duration::from_millis(20);
        let wait = deadline.map_or(poll, |deadline| (deadline - now).min(poll));
        match received.recv_timeout(wait) {
            Ok(event) => events.push(event),
            Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {}
        }
    };
    let _ = child.kill();
    let _ = child.wait();
    Outcome {
        status: None,
        timed_out,
        ended: Instant::now(),
        events,
    }
}

/// Copies the serial console to stdout as it arrives and reports the lines that matter.
fn stream_serial(mut serial: impl Read, events: mpsc::Sender<Event>) {
    let mut stdout = io::stdout();
    let mut buffer = [0u8; 4096];
    let mut line = Vec::new();
    loop {
        let n = match serial.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let _ = stdout.write_all(&buffer[..n]);
        let _ = stdout.flush();
        for &byte in &buffer[..n] {
            if byte != b'\n' {
                line.push(byte);
                continue;
            }
            if let Some(event) = classify(&line) {
                let _ = events.send(event);
            }
            line.clear();
        }
    }
    if let Some(event) = classify(&line) {
        let _ = events.send(event);
    }
}

fn classify(line: &[u8]) -> Option<Event> {
    let text = String::from_utf8_lossy(line);
    let text = text.trim_end_matches('\r');
    if text.starts_with(SUCCESS_MARKER) {
        Some(Event::Success(Instant::now()))
    } else if text.starts_with("KERNEL PANIC") || text.starts_with("BeamOS boot failed") {
        Some(Event::Failure(text.to_string()))
    } else if is_banner(text) {
        Some(Event::Banner(Instant::now()))
    } else {
        None
    }
}

/// `BeamOS <version> ...`, the kernel's first line.
fn is_banner(line: &str) -> bool {
    line.strip_prefix("BeamOS ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_lines_are_classified() {
        assert!(matches!(
            classify(b"BeamOS 0.1.0 on bare-metal x86_64\r"),
            Some(Event::Banner(_))
        ));
        assert!(matches!(
            classify(b"BeamOS boot ok: 3 modules"),
            Some(Event::Success(_))
        ));
        assert!(matches!(
            classify(b"KERNEL PANIC: page fault at rip 0x0"),
            Some(Event::Failure(_))
        ));
        assert!(matches!(
            classify(b"BeamOS boot failed: no ramdisk"),
            Some(Event::Failure(_))
        ));
        assert!(classify(b"  module lists (lists.beam, 10 bytes)").is_none());
        assert!(classify(b"BeamOS is great").is_none());
    }

    #[test]
    fn options_parse() {
        let args: Vec<String> = ["--uefi", "--timeout", "2.5", "x.img"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let options = parse_args(&args).unwrap();
        assert!(options.uefi);
        assert_eq!(options.timeout, Some(Duration::from_millis(2500)));
        let no_limit = parse_args(&["--timeout".to_string(), "0".to_string()]).unwrap();
        assert_eq!(no_limit.timeout, None);
        assert_eq!(options.image, Some(PathBuf::from("x.img")));
        assert!(parse_args(&["--bogus".to_string()]).is_err());
        assert!(parse_args(&["a".to_string(), "b".to_string()]).is_err());
    }
}
