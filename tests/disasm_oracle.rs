//! `beamos disasm --format erlang` against OTP 25's own `beam_disasm` on every installed `.beam`
//! (OTP and Elixir), and `beam_types:decode_ext/1` for every type bit set. Requires identical
//! output. OTP's side runs in one `erl` process and is cached under `target/disasm-oracle/`,
//! keyed by path, size and modification time; `beamos` runs on two threads.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use beamos_tests::{beamos_bin, have_program, installed_beams, target_dir};

/// An Erlang module (compiled with `erlc` once per run that has work to do) that writes, for
/// each `Src\tDst` line of the list file, what `io:format("~w.~n", [F])` prints for each function
/// of `beam_disasm:file(Src)` into `Dst` (UTF-8). `w/1` is `~w` except that maps of more than 32
/// keys that are not all integers, floats or bitstrings list their keys in term order: OTP orders
/// such maps by internal hashes that, for atom keys, depend on the running VM's atom table (see
/// `loader::write` and `loader::maporder`).
const ORACLE_ERL: &str = r##"
-module(disasm_oracle).
-export([main/0]).

main() ->
    {ok, Bin} = file:read_file(os:getenv("ORACLE_LIST")),
    lists:foreach(fun one/1, string:split(Bin, <<"\n">>, all)).

one(<<>>) -> ok;
one(Line) ->
    [Src, Dst] = string:split(Line, <<"\t">>),
    Out = case beam_disasm:file(binary_to_list(Src)) of
              {beam_file, _, _, _, _, Code} -> [[w(F), ".\n"] || F <- Code];
              Err -> io_lib:format("error: ~w~n", [Err])
          end,
    ok = file:write_file(Dst, unicode:characters_to_binary(Out)).

w([]) -> "[]";
w([H | T]) -> ["[", w(H), tail(T), "]"];
w(T) when is_tuple(T) -> ["{", lists:join(",", [w(E) || E <- tuple_to_list(T)]), "}"];
w(M) when is_map(M) ->
    Pairs = case map_size(M) > 32 andalso not lists:all(fun value_hashed/1, maps:keys(M)) of
                true -> lists:sort(maps:to_list(M));
                false -> iterate(maps:next(maps:iterator(M)))
            end,
    ["#{", lists:join(",", [[w(K), " => ", w(V)] || {K, V} <- Pairs]), "}"];
w(X) -> io_lib:write(X).

%% The order io_lib uses for ~w (for a large map, the reverse of maps:to_list/1).
iterate({K, V, I}) -> [{K, V} | iterate(maps:next(I))];
iterate(none) -> [].

%% Keys whose internal hash depends on their value only (not on VM tables).
value_hashed(K) -> is_integer(K) orelse is_float(K) orelse is_bitstring(K).

tail([]) -> [];
tail([H | T]) -> [",", w(H) | tail(T)];
tail(X) -> ["|", w(X)].
"##;

fn cache_name(path: &Path) -> String {
    let meta = std::fs::metadata(path).expect("stat beam");
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos());
    let mut h = DefaultHasher::new();
    ORACLE_ERL.hash(&mut h);
    path.hash(&mut h);
    meta.len().hash(&mut h);
    mtime.hash(&mut h);
    format!("{:016x}.txt", h.finish())
}

fn run_erl(eval: &str, env: &[(&str, &Path)]) -> std::process::Output {
    run_erl_with(&[], eval, env)
}

fn run_erl_with(args: &[&str], eval: &str, env: &[(&str, &Path)]) -> std::process::Output {
    let mut cmd = Command::new("erl");
    cmd.args(["-noshell", "-boot", "no_dot_erlang"])
        .args(args)
        .args(["-eval", eval]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run erl");
    assert!(
        out.status.success(),
        "erl failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Fills the cache for every file that has no entry yet; returns the expected output paths.
fn oracle_outputs(files: &[PathBuf]) -> Vec<PathBuf> {
    let dir = target_dir().join("disasm-oracle");
    std::fs::create_dir_all(&dir).expect("create oracle cache dir");
    let expected: Vec<PathBuf> = files.iter().map(|f| dir.join(cache_name(f))).collect();
    // Drop entries of files (or oracle versions) that no longer exist.
    let keep: std::collections::HashSet<&PathBuf> = expected.iter().collect();
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "txt") && !keep.contains(&p) {
            let _ = std::fs::remove_file(p);
        }
    }
    let missing: Vec<String> = files
        .iter()
        .zip(&expected)
        .filter(|(_, e)| !e.exists())
        .map(|(f, e)| format!("{}\t{}", f.display(), e.display()))
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "disasm oracle: running beam_disasm on {} files",
            missing.len()
        );
        let list = dir.join("pending.list");
        std::fs::write(&list, missing.join("\n")).expect("write list");
        let src = dir.join("disasm_oracle.erl");
        std::fs::write(&src, ORACLE_ERL).expect("write oracle module");
        let erlc = Command::new("erlc")
            .arg("-o")
            .arg(&dir)
            .arg(&src)
            .status()
            .expect("run erlc");
        assert!(erlc.success(), "erlc failed on the oracle module");
        run_erl_with(
            &["-pa", &dir.display().to_string()],
            "disasm_oracle:main(), halt().",
            &[("ORACLE_LIST", &list)],
        );
    }
    expected
}

fn first_difference(ours: &str, theirs: &str) -> String {
    let (mut a, mut b) = (ours.lines(), theirs.lines());
    let mut n = 1;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => n += 1,
            (x, y) => {
                let cut = |s: Option<&str>| s.map(|s| s.chars().take(600).collect::<String>());
                return format!(
                    "line {n}:\n    beamos:     {:?}\n    beam_disasm: {:?}",
                    cut(x),
                    cut(y)
                );
            }
        }
    }
}

#[test]
fn disasm_matches_beam_disasm_on_every_installed_beam() {
    if !have_program("erl") {
        eprintln!("SKIPPED: `erl` is not installed, so there is no oracle (./x test installs it)");
        return;
    }
    let files = installed_beams();
    assert!(
        files.len() > 100,
        "expected the installed OTP and Elixir beams, found {}",
        files.len()
    );
    let expected = oracle_outputs(&files);
    let bin = beamos_bin();

    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let want = std::fs::read_to_string(&expected[i]).expect("read oracle output");
                let out = Command::new(&bin)
                    .arg("disasm")
                    .args(["--format", "erlang"])
                    .arg(file)
                    .output();
                let msg = match out {
                    Err(e) => Some(format!("{}: cannot run beamos: {e}", file.display())),
                    Ok(o) if !o.status.success() => Some(format!(
                        "{}: beamos failed: {}",
                        file.display(),
                        String::from_utf8_lossy(&o.stderr).trim()
                    )),
                    Ok(o) => {
                        let got = String::from_utf8_lossy(&o.stdout);
                        (got != want).then(|| {
                            format!("{}: {}", file.display(), first_difference(&got, &want))
                        })
                    }
                };
                if let Some(m) = msg {
                    failures.lock().unwrap().push(m);
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    for f in failures.iter().take(40) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ from beam_disasm",
        failures.len(),
        files.len()
    );
    eprintln!("disasm oracle: {} files identical", files.len());
}

#[test]
fn type_decoding_matches_beam_types() {
    if !have_program("erl") {
        eprintln!("SKIPPED: `erl` is not installed, so there is no oracle (./x test installs it)");
        return;
    }
    let erl = run_erl(
        r#"[io:format("~w ~w~n", [B, beam_types:decode_ext(<<B:16, -5:64, 100:64>>)]) || B <- lists:seq(0, 8191)], halt()."#,
        &[],
    );
    let ours = Command::new(beamos_bin())
        .args(["disasm", "--decode-type-bits"])
        .output()
        .expect("run beamos");
    assert!(ours.status.success());
    let (got, want) = (
        String::from_utf8_lossy(&ours.stdout),
        String::from_utf8_lossy(&erl.stdout),
    );
    let diffs: Vec<_> = got
        .lines()
        .zip(want.lines())
        .filter(|(a, b)| a != b)
        .collect();
    for (a, b) in diffs.iter().take(10) {
        eprintln!("beamos: {a}\nOTP:    {b}");
    }
    assert!(
        diffs.is_empty(),
        "{} of 8192 type sets decode differently",
        diffs.len()
    );
    assert_eq!(got.lines().count(), want.lines().count());
}

#[test]
fn large_map_order_matches_otp() {
    if !have_program("erl") {
        eprintln!("SKIPPED: `erl` is not installed, so there is no oracle (./x test installs it)");
        return;
    }
    // Maps of more than 32 keys whose key order depends on the keys alone: OTP's `~w` of each,
    // next to its `term_to_binary` in hex.
    let erl = run_erl(
        r#"Maps = [maps:from_list([{K, I} || {I, K} <- lists:enumerate(Ks)]) || Ks <- [
              lists:seq(0, 1000), lists:seq(-500, 40, 3), [1 bsl 64 + I || I <- lists:seq(1, 60)],
              [-(1 bsl 70) - I || I <- lists:seq(1, 40)], [1 bsl 59 - I || I <- lists:seq(0, 40)],
              [I * 0.5 || I <- lists:seq(-30, 30)], [0.0 | [float(I) / 7 || I <- lists:seq(1, 40)]],
              [<<I:12>> || I <- lists:seq(0, 200)], [list_to_binary(lists:duplicate(I rem 31, I)) || I <- lists:seq(1, 90)],
              lists:seq(1, 20) ++ [I / 3 || I <- lists:seq(1, 20)] ++ [<<I, I>> || I <- lists:seq(1, 20)]]],
           [io:format("~s ~w~n", [binary:encode_hex(term_to_binary(M)), M]) || M <- Maps],
           halt()."#,
        &[],
    );
    let text = String::from_utf8_lossy(&erl.stdout);
    let mut checked = 0;
    for line in text.lines() {
        let (hex, want) = line.split_once(' ').expect("hex and term");
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
            .collect();
        let term = loader::etf::decode(&bytes).expect("decode map");
        let mut got = String::new();
        loader::write::write_term_sorting_large_maps(&mut got, &term);
        assert_eq!(got, want, "map order differs from OTP");
        checked += 1;
    }
    assert_eq!(checked, 10);
}
