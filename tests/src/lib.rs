//! Shared helpers for the whole-system tests in this folder.

/// The conformance fixtures in `beam-fixtures/` (contract: `beam-fixtures/README.md`).
pub mod fixtures {
    use std::path::{Path, PathBuf};
    use std::process::Command;

    /// One fixture: `beam-fixtures/<area>/<module>.beam` and the `.expected` bytes next to it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Fixture {
        pub area: String,
        pub module: String,
        /// The directory holding the `.beam` (the `-pa DIR` of the runner contract).
        pub dir: PathBuf,
        pub beam: PathBuf,
        pub expected: PathBuf,
        /// `<module>.stdin`: what the fixture reads from standard input (empty without one).
        pub stdin: Option<PathBuf>,
        /// The exit status the run must end with: the source's `%% EXIT_STATUS: N` line
        /// (fixtures that halt the node), else 0.
        pub exit_status: i32,
    }

    impl Fixture {
        /// What real OTP 25 printed for `io:format("~w~n", [Module:start()])`. Raw bytes:
        /// atoms with characters 128..255 print as single latin-1 bytes, so this is not UTF-8.
        pub fn expected_output(&self) -> std::io::Result<Vec<u8>> {
            std::fs::read(&self.expected)
        }
    }

    /// Areas of benchmark and stress programs (`run/0`, results in `<module>.result`): they
    /// sit beside the fixtures but are not fixtures (`beam-fixtures/bench/README.md`).
    pub const PROGRAM_AREAS: &[&str] = &["bench", "stress"];

    /// The `%% EXIT_STATUS: N` line of a fixture source, if any.
    fn exit_status_of(source: &Path) -> i32 {
        std::fs::read_to_string(source)
            .ok()
            .and_then(|text| {
                text.lines().find_map(|l| {
                    l.strip_prefix("%% EXIT_STATUS:")
                        .and_then(|v| v.trim().parse().ok())
                })
            })
            .unwrap_or(0)
    }

    /// `beam-fixtures/` at the root of the repository.
    pub fn fixtures_root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("tests/ sits inside the repository")
            .join("beam-fixtures")
    }

    /// The regeneration and check script.
    pub fn regen_script() -> PathBuf {
        fixtures_root().join("regen")
    }

    /// Every fixture that has a source, a `.beam` and an `.expected`, sorted by area then module.
    pub fn all_fixtures() -> Vec<Fixture> {
        let root = fixtures_root();
        let mut found = Vec::new();
        let Ok(areas) = std::fs::read_dir(&root) else {
            return found;
        };
        for area in areas.flatten() {
            let dir = area.path();
            if !dir.is_dir() {
                continue;
            }
            let Ok(files) = std::fs::read_dir(&dir) else {
                continue;
            };
            for file in files.flatten() {
                let path = file.path();
                if path.extension().and_then(|e| e.to_str()) != Some("beam") {
                    continue;
                }
                let Some(module) = path.file_stem().and_then(|s| s.to_str()) else {
                    continue;
                };
                let erl = dir.join(format!("{module}.erl"));
                let asm = dir.join(format!("{module}.S"));
                let source = if erl.exists() { erl } else { asm };
                let expected = dir.join(format!("{module}.expected"));
                let stdin = dir.join(format!("{module}.stdin"));
                if source.exists() && expected.exists() {
                    found.push(Fixture {
                        area: area.file_name().to_string_lossy().into_owned(),
                        module: module.to_owned(),
                        dir: dir.clone(),
                        beam: path.clone(),
                        expected,
                        stdin: stdin.exists().then_some(stdin),
                        exit_status: exit_status_of(&source),
                    });
                }
            }
        }
        found.sort_by(|a, b| (&a.area, &a.module).cmp(&(&b.area, &b.module)));
        found
    }

    /// The fixtures of one area.
    pub fn fixtures_in_area(area: &str) -> Vec<Fixture> {
        all_fixtures()
            .into_iter()
            .filter(|f| f.area == area)
            .collect()
    }

    /// The extra code directories an area needs besides its own (its `PATHS` file, resolved
    /// against the installed OTP and Elixir by `regen --paths`), in `-pa` order. Empty when the
    /// area has no `PATHS` file. Fails when the paths name an installation that is missing.
    pub fn extra_code_paths(area: &str) -> Result<Vec<PathBuf>, String> {
        if !fixtures_root().join(area).join("PATHS").exists() {
            return Ok(Vec::new());
        }
        let out = Command::new("bash")
            .arg(regen_script())
            .args(["--paths", area])
            .output()
            .map_err(|e| format!("cannot run regen --paths {area}: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "regen --paths {area} failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(PathBuf::from)
            .collect())
    }

    /// Whether the real `erl` (the oracle) can be started.
    pub fn erl_is_installed() -> bool {
        Command::new("erl")
            .args(["-noshell", "-eval", "halt()."])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    }
}

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The cargo target directory of this workspace.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The `beamos` binary: `$BEAMOS_BIN` if set (`./x test` sets it), else
/// `target/release/beamos`, built once per test process with `cargo build --release -p beamos`.
pub fn beamos_bin() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        if let Some(p) = std::env::var_os("BEAMOS_BIN") {
            return PathBuf::from(p);
        }
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = std::process::Command::new(cargo)
            .args(["build", "--release", "-p", "beamos"])
            .current_dir(workspace_root())
            .status()
            .expect("run cargo build");
        assert!(status.success(), "cargo build --release -p beamos failed");
        target_dir().join("release").join("beamos")
    })
    .clone()
}

/// Fails the calling test unless a `beamos` run exited 0 and printed exactly `expected`,
/// showing the exit status, both outputs and stderr when it did not.
#[track_caller]
pub fn assert_printed(out: &std::process::Output, expected: &[u8]) {
    assert!(
        out.status.success() && out.stdout == expected,
        "exit {:?}\nwant: {}got:  {}stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Whether a program is on the PATH.
pub fn have_program(name: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|d| d.join(name).is_file()))
        .unwrap_or(false)
}

/// Every `.beam` under the installed OTP (`/usr/lib/erlang/lib`) and Elixir
/// (`/usr/lib/elixir/lib`) trees, sorted.
pub fn installed_beams() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for root in ["/usr/lib/erlang/lib", "/usr/lib/elixir/lib"] {
        collect_beams(Path::new(root), &mut out);
    }
    out.sort();
    out
}

/// Every `.beam` under `dir`, recursively.
pub fn collect_beams(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_beams(&p, out);
        } else if p.extension().is_some_and(|x| x == "beam") {
            out.push(p);
        }
    }
}

/// The ratchet of fixtures that do not pass yet: `tests/known-failing-fixtures.txt`.
///
/// Each line names one fixture as `area/module`, optionally followed by the word `gc-stress`
/// (it fails only under `--gc-stress`), then `# issue N: why`. The fixture run fails when an
/// unlisted fixture fails and also when a listed one passes, so the list can only shrink and
/// every entry points at the issue that will make it pass.
pub mod known_failures {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    /// When a listed fixture is expected to fail.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Scope {
        /// In every run.
        Always,
        /// Only with the collector running at every safe point.
        GcStressOnly,
    }

    /// The list file at the root of `tests/`.
    pub fn list_path() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("known-failing-fixtures.txt")
    }

    /// Parses the list: `area/module` -> scope. A malformed line (no `# issue N:` reason, an
    /// unknown word, a name listed twice) is an error, so the list stays meaningful.
    pub fn parse(text: &str) -> Result<BTreeMap<String, Scope>, String> {
        let mut out = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (entry, reason) = line
                .split_once('#')
                .ok_or_else(|| format!("line {}: no `# issue N: why` reason", n + 1))?;
            let reason = reason.trim();
            if !reason.starts_with("issue ") || !reason.contains(':') {
                return Err(format!(
                    "line {}: the reason must read `issue N: why`, not `{reason}`",
                    n + 1
                ));
            }
            let mut words = entry.split_whitespace();
            let name = words
                .next()
                .ok_or_else(|| format!("line {}: no fixture name", n + 1))?;
            if !name.contains('/') {
                return Err(format!("line {}: `{name}` is not area/module", n + 1));
            }
            let scope = match words.next() {
                None => Scope::Always,
                Some("gc-stress") => Scope::GcStressOnly,
                Some(w) => return Err(format!("line {}: unknown word `{w}`", n + 1)),
            };
            if words.next().is_some() {
                return Err(format!("line {}: too many words before `#`", n + 1));
            }
            if out.insert(name.to_string(), scope).is_some() {
                return Err(format!("line {}: `{name}` is listed twice", n + 1));
            }
        }
        Ok(out)
    }

    /// Reads and parses the list (an absent file is an empty list).
    pub fn load() -> Result<BTreeMap<String, Scope>, String> {
        match std::fs::read_to_string(list_path()) {
            Ok(text) => parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(format!("cannot read {}: {e}", list_path().display())),
        }
    }

    /// Whether `name` (`area/module`) is listed as failing in a run with or without GC stress.
    pub fn expected_to_fail(list: &BTreeMap<String, Scope>, name: &str, gc_stress: bool) -> bool {
        match list.get(name) {
            Some(Scope::Always) => true,
            Some(Scope::GcStressOnly) => gc_stress,
            None => false,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn parses_entries_and_rejects_entries_without_reason() {
            let l = parse("# header\na/b   # issue 3: x\nc/d gc-stress # issue 3: slow\n").unwrap();
            assert_eq!(l.get("a/b"), Some(&Scope::Always));
            assert_eq!(l.get("c/d"), Some(&Scope::GcStressOnly));
            assert!(expected_to_fail(&l, "c/d", true));
            assert!(!expected_to_fail(&l, "c/d", false));
            assert!(parse("a/b\n").is_err());
            assert!(parse("a/b # because\n").is_err());
            assert!(parse("a/b # issue 3: x\na/b # issue 3: y\n").is_err());
            assert!(parse("ab # issue 3: x\n").is_err());
        }

        #[test]
        fn the_committed_list_parses() {
            load().unwrap();
        }
    }
}
