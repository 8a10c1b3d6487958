//! `beamos image`: packs `.beam` files into a ramdisk (a standard `ar` archive) and writes
//! bootable BIOS and UEFI disk images around the kernel with bootloader 0.11's `DiskImageBuilder`.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[cfg(feature = "image")]
use bootloader::{BootConfig, DiskImageBuilder};

/// Where `./x kernel` leaves the kernel (kernel/.cargo/config.toml points its target dir here).
pub const DEFAULT_KERNEL: &str = "target/x86_64-unknown-none/release/kernel";
pub const DEFAULT_OUT_DIR: &str = "target/images";
pub const BIOS_IMAGE: &str = "beamos-bios.img";
pub const UEFI_IMAGE: &str = "beamos-uefi.img";
pub const RAMDISK: &str = "ramdisk.ar";
/// Packed when no `.beam` file or folder is named: the trimmed OTP, then the fixtures (so the
/// ramdisk is never empty even before otp-lite has modules).
pub const DEFAULT_SOURCES: &[&str] = &["otp-lite/ebin", "beam-fixtures"];

const USAGE: &str = "usage: beamos image [--kernel ELF] [--out DIR] [BEAM_OR_DIR...]
  Packs the .beam files (folders are searched recursively) into a ramdisk and writes
  DIR/beamos-bios.img and DIR/beamos-uefi.img.
  Defaults: --kernel target/x86_64-unknown-none/release/kernel (built by ./x kernel),
            --out target/images, files: otp-lite/ebin and beam-fixtures.";

struct Options {
    kernel: PathBuf,
    out_dir: PathBuf,
    sources: Vec<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        kernel: DEFAULT_KERNEL.into(),
        out_dir: DEFAULT_OUT_DIR.into(),
        sources: Vec::new(),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--kernel" => options.kernel = args.next().ok_or("--kernel needs a path")?.into(),
            "--out" => options.out_dir = args.next().ok_or("--out needs a folder")?.into(),
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path => options.sources.push(path.into()),
        }
    }
    Ok(options)
}

pub fn main(args: &[String]) -> ExitCode {
    let options = match parse_args(args) {
        Ok(options) => options,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("beamos image: {why}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match build(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("beamos image: {why}");
            ExitCode::FAILURE
        }
    }
}

fn build(options: &Options) -> Result<(), String> {
    if !options.kernel.is_file() {
        return Err(format!(
            "no kernel at {} (build it with `./x kernel`, or pass --kernel ELF)",
            options.kernel.display()
        ));
    }
    let explicit = !options.sources.is_empty();
    let sources: Vec<PathBuf> = if explicit {
        options.sources.clone()
    } else {
        DEFAULT_SOURCES.iter().map(PathBuf::from).collect()
    };
    let beams = collect_beams(&sources, explicit)?;
    if beams.is_empty() {
        return Err(format!(
            "no .beam files found in {} (run `./x otp`, or name .beam files or folders)",
            sources
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let mut members = Vec::with_capacity(beams.len());
    for path in &beams {
        let data = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if let Err(why) = loader::module_name(&data) {
            // Packed anyway: the kernel reports unreadable members itself.
            eprintln!(
                "beamos image: warning: {} is not a loadable module: {why}",
                path.display()
            );
        }
        members.push((member_name(path)?, data));
    }
    let archive = write_ar(&members)?;

    fs::create_dir_all(&options.out_dir)
        .map_err(|e| format!("cannot create {}: {e}", options.out_dir.display()))?;
    let ramdisk = options.out_dir.join(RAMDISK);
    fs::write(&ramdisk, &archive)
        .map_err(|e| format!("cannot write {}: {e}", ramdisk.display()))?;

    let (bios, uefi) = write_disk_images(options, &ramdisk)?;
    eprintln!(
        "beamos image: {} files ({} bytes of ramdisk) -> {}, {}",
        members.len(),
        archive.len(),
        bios.display(),
        uefi.display()
    );
    Ok(())
}

/// Wraps the kernel and the ramdisk into BIOS and UEFI disk images.
#[cfg(feature = "image")]
fn write_disk_images(options: &Options, ramdisk: &Path) -> Result<(PathBuf, PathBuf), String> {
    let mut boot_config = BootConfig::default();
    // The serial line belongs to the kernel: its first line must be the BeamOS banner.
    boot_config.serial_logging = false;
    boot_config.frame_buffer_logging = false;
    let mut builder = DiskImageBuilder::new(options.kernel.clone());
    builder
        .set_ramdisk(ramdisk.to_path_buf())
        .set_boot_config(&boot_config);
    let bios = options.out_dir.join(BIOS_IMAGE);
    let uefi = options.out_dir.join(UEFI_IMAGE);
    builder
        .create_bios_image(&bios)
        .map_err(|e| format!("cannot write {}: {e:#}", bios.display()))?;
    builder
        .create_uefi_image(&uefi)
        .map_err(|e| format!("cannot write {}: {e:#}", uefi.display()))?;
    Ok((bios, uefi))
}

#[cfg(not(feature = "image"))]
fn write_disk_images(_: &Options, _: &Path) -> Result<(PathBuf, PathBuf), String> {
    Err(
        "this beamos was built without the `image` feature (the bootloader crate); \
         rebuild with `cargo build -p beamos --features image`"
            .into(),
    )
}

/// The `.beam` files named by `sources`, folders searched recursively, each folder's files in
/// name order. When a file name repeats, the first one wins (like a code path). A missing default
/// folder is skipped; a missing explicit source is an error.
fn collect_beams(sources: &[PathBuf], explicit: bool) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    for source in sources {
        if source.is_dir() {
            walk(source, &mut found)?;
        } else if source.is_file() {
            found.push(source.clone());
        } else if explicit {
            return Err(format!("{} does not exist", source.display()));
        }
    }
    let mut first_by_name: HashMap<String, PathBuf> = HashMap::new();
    let mut unique = Vec::with_capacity(found.len());
    for path in found {
        let name = member_name(&path)?;
        if let Some(first) = first_by_name.get(&name) {
            eprintln!(
                "beamos image: warning: skipping {}: {name} already packed from {}",
                path.display(),
                first.display()
            );
            continue;
        }
        first_by_name.insert(name, path.clone());
        unique.push(path);
    }
    Ok(unique)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> Result<(), String> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, found)?;
        } else if path.extension().is_some_and(|ext| ext == "beam") {
            found.push(path);
        }
    }
    Ok(())
}

fn member_name(path: &Path) -> Result<String, String> {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_owned)
        .ok_or_else(|| {
            format!(
                "{} has no usable file name (it must be UTF-8)",
                path.display()
            )
        })
}

/// A GNU-style `ar` archive (long names in a `//` table), with zeroed dates and owners so the
/// same files always give the same bytes.
fn write_ar(members: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let identifiers = members
        .iter()
        .map(|(name, _)| name.as_bytes().to_vec())
        .collect();
    let mut builder = ar::GnuBuilder::new(Vec::new(), identifiers);
    for (name, data) in members {
        let mut header = ar::Header::new(name.as_bytes().to_vec(), data.len() as u64);
        header.set_mode(0o644);
        builder
            .append(&header, data.as_slice())
            .map_err(|e| format!("cannot pack {name}: {e}"))?;
    }
    builder
        .into_inner()
        .map_err(|e| format!("cannot finish the ramdisk: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn ramdisk_round_trips_through_an_ar_reader_in_order() {
        let members = vec![
            ("short.beam".to_string(), b"FOR1 one".to_vec()),
            (
                "a_module_name_longer_than_sixteen_bytes.beam".to_string(),
                vec![0u8; 3],
            ),
            ("odd.beam".to_string(), b"x".to_vec()),
        ];
        let bytes = write_ar(&members).unwrap();
        assert_eq!(
            write_ar(&members).unwrap(),
            bytes,
            "the archive must be deterministic"
        );
        let mut archive = ar::Archive::new(bytes.as_slice());
        let mut read = Vec::new();
        while let Some(entry) = archive.next_entry() {
            let mut entry = entry.unwrap();
            let name = String::from_utf8(entry.header().identifier().to_vec()).unwrap();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            read.push((name, data));
        }
        assert_eq!(read, members);
    }

    #[test]
    fn repeated_file_names_keep_the_first() {
        let dir = std::env::temp_dir().join(format!("beamos-image-test-{}", std::process::id()));
        let (a, b) = (dir.join("a"), dir.join("b"));
        fs::create_dir_all(&a).unwrap();
        fs::create_dir_all(&b).unwrap();
        for path in [
            a.join("m.beam"),
            b.join("m.beam"),
            b.join("n.beam"),
            b.join("notes.txt"),
        ] {
            fs::write(&path, b"x").unwrap();
        }
        let found = collect_beams(&[a.clone(), b.clone()], true).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(found, vec![a.join("m.beam"), b.join("n.beam")]);
    }

    #[test]
    fn a_missing_explicit_source_is_an_error() {
        assert!(collect_beams(&[PathBuf::from("/nonexistent/x.beam")], true).is_err());
        assert!(collect_beams(&[PathBuf::from("/nonexistent/dir")], false)
            .unwrap()
            .is_empty());
    }
}
