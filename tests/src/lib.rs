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
    }

    impl Fixture {
        /// What real OTP 25 printed for `io:format("~w~n", [Module:start()])`. Raw bytes:
        /// atoms with characters 128..255 print as single latin-1 bytes, so this is not UTF-8.
        pub fn expected_output(&self) -> std::io::Result<Vec<u8>> {
            std::fs::read(&self.expected)
        }
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
                let has_source = dir.join(format!("{module}.erl")).exists()
                    || dir.join(format!("{module}.S")).exists();
                let expected = dir.join(format!("{module}.expected"));
                if has_source && expected.exists() {
                    found.push(Fixture {
                        area: area.file_name().to_string_lossy().into_owned(),
                        module: module.to_owned(),
                        dir: dir.clone(),
                        beam: path.clone(),
                        expected,
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
