//! Boots BeamOS images in QEMU and checks what the kernel prints on the serial line: the banner,
//! the memory it found, the module name of every ramdisk member, and the verdict.
//!
//! Needs the release kernel (`./x kernel`) and the `beamos` command (`BEAMOS_BIN`, set by
//! `./x test`; otherwise target/release/beamos). `./x test` builds both first.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository")
        .to_path_buf()
}

fn beamos() -> PathBuf {
    let path = std::env::var_os("BEAMOS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target/release/beamos"));
    assert!(
        path.is_file(),
        "no beamos command at {} (run the suite with `./x test`)",
        path.display()
    );
    path
}

fn kernel_elf() -> PathBuf {
    let path = repo_root().join("target/x86_64-unknown-none/release/kernel");
    assert!(
        path.is_file(),
        "no kernel at {} (build it with `./x kernel`; `./x test` does)",
        path.display()
    );
    path
}

/// A fresh output folder for one test's images.
fn out_dir(name: &str) -> PathBuf {
    let dir = repo_root().join("target/qemu-boot-test").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_beamos(args: &[&str]) -> Output {
    let output = Command::new(beamos())
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("beamos runs");
    eprintln!(
        "$ beamos {}\n{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn build_image(out: &Path, beams: &[PathBuf]) {
    let kernel = kernel_elf();
    let mut args = vec![
        "image",
        "--kernel",
        kernel.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(beams.iter().map(|p| p.to_str().unwrap()));
    let output = run_beamos(&args);
    assert!(
        output.status.success(),
        "beamos image failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    for image in ["beamos-bios.img", "beamos-uefi.img", "ramdisk.ar"] {
        assert!(
            out.join(image).is_file(),
            "beamos image did not write {image}"
        );
    }
}

/// Boots an image; returns the serial output (with `\r` removed) and whether `beamos qemu` exited 0.
fn boot(image: &Path, uefi: bool) -> (String, Output) {
    let mut args = vec!["qemu", "--timeout", "90"];
    if uefi {
        args.push("--uefi");
    }
    args.push(image.to_str().unwrap());
    let output = run_beamos(&args);
    let serial = String::from_utf8_lossy(&output.stdout).replace('\r', "");
    eprintln!("serial:\n{serial}");
    (serial, output)
}

/// The members of an `ar` archive, in order: (file name, size).
fn ramdisk_members(path: &Path) -> Vec<(String, usize)> {
    let mut archive = ar::Archive::new(fs::File::open(path).unwrap());
    let mut members = Vec::new();
    while let Some(entry) = archive.next_entry() {
        let mut entry = entry.unwrap();
        let name = String::from_utf8(entry.header().identifier().to_vec()).unwrap();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        members.push((name, data.len()));
    }
    members
}

/// The `.beam` file names `beamos image` packs by default: otp-lite/ebin and beam-fixtures,
/// searched recursively.
fn default_beam_names() -> BTreeSet<String> {
    fn walk(dir: &Path, names: &mut BTreeSet<String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, names);
            } else if path.extension().is_some_and(|e| e == "beam") {
                names.insert(path.file_name().unwrap().to_str().unwrap().to_string());
            }
        }
    }
    let mut names = BTreeSet::new();
    walk(&repo_root().join("otp-lite/ebin"), &mut names);
    walk(&repo_root().join("beam-fixtures"), &mut names);
    names
}

/// The kernel lines between the banner and the verdict, trimmed.
fn lines(serial: &str) -> Vec<&str> {
    serial.lines().map(str::trim).collect()
}

fn check_common(serial: &str) {
    let lines = lines(serial);
    let banner = lines
        .iter()
        .position(|l| l.starts_with("BeamOS ") && l.contains("x86_64"));
    let banner = banner.expect("the kernel prints its banner");
    assert_eq!(
        lines[banner],
        format!("BeamOS {} on bare-metal x86_64", env!("CARGO_PKG_VERSION"))
    );
    let memory = lines
        .iter()
        .find(|l| l.starts_with("memory: "))
        .expect("the kernel reports memory");
    // "memory: N MiB usable in K regions, heap H MiB (...)"; QEMU runs with -m 256M.
    let words: Vec<&str> = memory.split_whitespace().collect();
    let usable: u64 = words[1].parse().expect("usable MiB");
    let heap_at = words.iter().position(|w| *w == "heap").expect("heap size");
    let heap: u64 = words[heap_at + 1].parse().expect("heap MiB");
    assert!(
        (200..=256).contains(&usable),
        "usable memory {usable} MiB of 256: {memory}"
    );
    assert!(heap >= 128 && heap <= usable, "heap {heap} MiB: {memory}");
    assert!(
        lines.iter().any(|l| l.starts_with("timer: 1000 Hz tick")),
        "timer line"
    );
}

/// Checks one `module` line per packed member, in archive order, with the module name its file
/// name implies (erlc insists they agree), and the verdict line.
fn check_modules(serial: &str, members: &[(String, usize)]) {
    let reported: Vec<&str> = lines(serial)
        .into_iter()
        .filter(|l| l.starts_with("module "))
        .collect();
    let expected: Vec<String> = members
        .iter()
        .map(|(file, size)| {
            format!(
                "module {} ({file}, {size} bytes)",
                file.strip_suffix(".beam").unwrap()
            )
        })
        .collect();
    assert_eq!(reported, expected);
    let verdict = format!("BeamOS boot ok: {} modules, 0 bad members,", members.len());
    assert!(
        lines(serial).iter().any(|l| l.starts_with(&verdict)),
        "expected a line starting {verdict:?}"
    );
}

#[test]
fn default_image_boots_under_bios_and_uefi_and_lists_every_module() {
    let out = out_dir("default");
    build_image(&out, &[]);
    let members = ramdisk_members(&out.join("ramdisk.ar"));
    assert!(!members.is_empty(), "the default ramdisk is never empty");
    let packed: BTreeSet<String> = members.iter().map(|(name, _)| name.clone()).collect();
    assert_eq!(
        packed,
        default_beam_names(),
        "the default ramdisk holds otp-lite/ebin and beam-fixtures"
    );

    for uefi in [false, true] {
        let image = out.join(if uefi {
            "beamos-uefi.img"
        } else {
            "beamos-bios.img"
        });
        let (serial, output) = boot(&image, uefi);
        assert!(
            output.status.success(),
            "boot {} failed: {:?}",
            image.display(),
            output.status
        );
        check_common(&serial);
        check_modules(&serial, &members);
        let timing = String::from_utf8_lossy(&output.stderr);
        assert!(
            timing.contains("banner after"),
            "beamos qemu reports the time to the banner: {timing}"
        );
    }
}

#[test]
fn malformed_ramdisk_members_are_reported_and_the_boot_goes_on() {
    let out = out_dir("malformed");
    let good = default_beam_names();
    let good = good.iter().next().expect("some .beam to pack");
    let good_path = [repo_root().join("otp-lite/ebin").join(good)]
        .into_iter()
        .chain(
            fs::read_dir(repo_root().join("beam-fixtures"))
                .unwrap()
                .map(|e| e.unwrap().path().join(good)),
        )
        .find(|p| p.is_file())
        .unwrap();
    let good_bytes = fs::read(&good_path).unwrap();
    let junk = out.join("junk.beam");
    let truncated = out.join("truncated.beam");
    fs::write(&junk, b"this is not a BEAM file").unwrap();
    // The IFF header promises more than is there, so the first chunk runs past the end.
    fs::write(&truncated, &good_bytes[..40.min(good_bytes.len())]).unwrap();
    build_image(&out, &[good_path.clone(), junk, truncated]);

    let (serial, output) = boot(&out.join("beamos-bios.img"), false);
    assert!(
        output.status.success(),
        "a bad member must not fail the boot: {:?}",
        output.status
    );
    check_common(&serial);
    let lines = lines(&serial);
    let errors: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("error: ramdisk member"))
        .collect();
    assert_eq!(errors.len(), 2, "one error line per bad member: {errors:?}");
    assert!(errors[0]
        .starts_with("error: ramdisk member junk.beam is not a loadable module: not a BEAM file"));
    assert!(
        errors[1].starts_with("error: ramdisk member truncated.beam is not a loadable module: ")
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("BeamOS boot ok: 1 modules, 2 bad members,")));
    assert!(!serial.contains("KERNEL PANIC"));
}

#[test]
fn a_boot_that_does_not_finish_in_time_is_killed_and_fails() {
    let out = out_dir("timeout");
    let beams: Vec<PathBuf> = Vec::new();
    build_image(&out, &beams);
    let output = run_beamos(&[
        "qemu",
        "--timeout",
        "0.2",
        out.join("beamos-bios.img").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(124), "timeout exit status");
    assert!(String::from_utf8_lossy(&output.stderr).contains("timed out"));
}

/// Boots an image whose ramdisk asks the kernel to provoke `fault` (kernel/src/selftest.rs) and
/// checks that the kernel reports it on one line and `beamos qemu` fails.
fn check_fault_is_reported(fault: &str, report: &str) -> String {
    let out = out_dir(&format!("fault-{fault}"));
    let request = out.join("beamos-selftest");
    fs::write(&request, fault).unwrap();
    build_image(&out, &[request]);
    let (serial, output) = boot(&out.join("beamos-bios.img"), false);
    assert_eq!(
        output.status.code(),
        Some(1),
        "beamos qemu must fail when the kernel faults"
    );
    assert!(lines(&serial).contains(&format!("selftest: provoking {fault}").as_str()));
    let line = lines(&serial)
        .into_iter()
        .find(|l| l.starts_with("KERNEL PANIC: "))
        .expect("a panic report line");
    assert!(
        line.starts_with(report),
        "{line:?} should start with {report:?}"
    );
    assert!(!serial.contains("BeamOS boot ok"));
    let verdict = String::from_utf8_lossy(&output.stderr);
    assert!(
        verdict.contains("the kernel reported a failure: KERNEL PANIC"),
        "{verdict}"
    );
    line.to_string()
}

#[test]
fn a_kernel_panic_is_reported_and_fails_the_boot() {
    check_fault_is_reported(
        "panic",
        "KERNEL PANIC: self-test panic requested by the ramdisk at src/selftest.rs:",
    );
}

#[test]
fn a_page_fault_is_reported_with_its_address() {
    let line = check_fault_is_reported("page-fault", "KERNEL PANIC: page fault at rip 0x");
    assert!(line.contains(", address 0x"), "{line}");
}

#[test]
fn a_general_protection_fault_is_reported() {
    check_fault_is_reported(
        "general-protection",
        "KERNEL PANIC: general protection fault at rip 0x",
    );
}

#[test]
fn a_stack_overflow_ends_in_a_double_fault_on_its_own_stack() {
    check_fault_is_reported("stack-overflow", "KERNEL PANIC: double fault at rip 0x");
}
