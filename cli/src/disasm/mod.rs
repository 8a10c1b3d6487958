//! `beamos disasm`: print a module's code.
//!
//! - `beamos disasm FILE.beam`: a readable listing (functions, instructions with byte offsets).
//! - `beamos disasm --format erlang FILE.beam`: for each function, exactly what
//!   `io:format("~w.~n", [F])` prints for the `#function{}` records of OTP 25's `beam_disasm:file/1`,
//!   except that a literal map of more than 32 keys lists its keys in term order (OTP's order
//!   for those depends on the running VM's atom table; see `loader::write`).
//! - `beamos disasm --bench-load [DIR...]`: loader throughput over every `.beam` under the
//!   directories (default: the installed OTP and Elixir libraries).
//! - `beamos disasm --decode-type-bits`: `beam_types:decode_ext/1` for every 13-bit type set
//!   (checked against OTP by the oracle test).

mod erlang;
mod types;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use loader::write::write_term;

pub fn main(args: &[String]) -> ExitCode {
    ExitCode::from(run(args))
}

fn run(args: &[String]) -> u8 {
    let mut format_erlang = false;
    let mut file = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--format" => {
                match args.get(i + 1).map(String::as_str) {
                    Some("erlang") => format_erlang = true,
                    Some("text") => format_erlang = false,
                    other => {
                        eprintln!("beamos disasm: unknown format {other:?} (erlang or text)");
                        return 2;
                    }
                }
                i += 1;
            }
            "--bench-load" => return bench_load(&args[i + 1..]),
            "--decode-type-bits" => return decode_type_bits(),
            a if a.starts_with("--") => {
                eprintln!("beamos disasm: unknown option {a}");
                return 2;
            }
            a => {
                if file.replace(a.to_string()).is_some() {
                    eprintln!("beamos disasm: one file at a time");
                    return 2;
                }
            }
        }
        i += 1;
    }
    let Some(file) = file else {
        eprintln!("usage: beamos disasm [--format erlang|text] FILE.beam");
        return 2;
    };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("beamos disasm: {file}: {e}");
            return 1;
        }
    };
    let module = match loader::parse(&bytes) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("beamos disasm: {file}: {e}");
            return 1;
        }
    };
    let functions = match erlang::disassemble(&module) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("beamos disasm: {file}: cannot disassemble: {e}");
            return 1;
        }
    };
    let mut out = String::with_capacity(bytes.len() * 4);
    if format_erlang {
        for f in &functions {
            loader::write::write_term_sorting_large_maps(&mut out, &f.to_term());
            out.push_str(".\n");
        }
    } else {
        text_listing(&mut out, &module, &functions);
    }
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("beamos disasm: {e}");
            1
        }
    }
}

fn text_listing(out: &mut String, m: &loader::BeamModule, functions: &[erlang::Function]) {
    use std::fmt::Write as _;
    let name = |i: u32| m.atom(i).unwrap_or("?");
    let _ = writeln!(
        out,
        "module {}: {} atoms, {} imports, {} exports, {} funs, {} literals, {} instructions",
        m.name(),
        m.atoms.len(),
        m.imports.len(),
        m.exports.len(),
        m.lambdas.len(),
        m.literals.len(),
        m.code.instructions.len()
    );
    for e in &m.exports {
        let _ = writeln!(
            out,
            "export {}/{} -> label {}",
            name(e.function),
            e.arity,
            e.label
        );
    }
    for f in functions {
        out.push('\n');
        let _ = writeln!(
            out,
            "function {}/{} (entry label {})",
            f.name, f.arity, f.entry
        );
        // In file order (beam_disasm lists a function's leading label/line pair swapped).
        let mut lines: Vec<(&u32, &loader::Term)> = f.offsets.iter().zip(&f.code).collect();
        lines.sort_by_key(|(offset, _)| **offset);
        for (offset, instr) in lines {
            let _ = write!(out, "  {offset:06x}  ");
            write_term(out, instr);
            out.push('\n');
        }
    }
}

fn decode_type_bits() -> u8 {
    let mut out = String::new();
    for bits in 0u16..(1 << 13) {
        let e = loader::TypeEntry {
            bits,
            min: -5,
            max: 100,
        };
        out.push_str(&bits.to_string());
        out.push(' ');
        write_term(&mut out, &types::decode_ext(&e));
        out.push('\n');
    }
    print!("{out}");
    0
}

fn collect_beams(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect_beams(&p, out);
        } else if p.extension().is_some_and(|x| x == "beam") {
            out.push(p);
        }
    }
}

/// Full parse + decode of every file, repeated until at least two seconds have passed.
fn bench_load(dirs: &[String]) -> u8 {
    let dirs: Vec<PathBuf> = if dirs.is_empty() {
        vec!["/usr/lib/erlang/lib".into(), "/usr/lib/elixir/lib".into()]
    } else {
        dirs.iter().map(PathBuf::from).collect()
    };
    let mut paths = Vec::new();
    for d in &dirs {
        collect_beams(d, &mut paths);
    }
    let files: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let total: usize = files.iter().map(Vec::len).sum();
    if files.is_empty() {
        eprintln!("beamos disasm --bench-load: no .beam files found");
        return 1;
    }
    let mut errors = 0;
    let mut rounds = 0u32;
    let start = Instant::now();
    while rounds == 0 || start.elapsed().as_secs_f64() < 2.0 {
        for f in &files {
            if loader::parse(f).is_err() {
                errors += 1;
            }
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = total as f64 * f64::from(rounds) / 1e6;
    println!(
        "{} files, {:.1} MB, {rounds} rounds in {secs:.2} s: {:.1} MB/s ({:.2} ms per round, {errors} errors)",
        files.len(),
        total as f64 / 1e6,
        mb / secs,
        secs * 1e3 / f64::from(rounds)
    );
    u8::from(errors > 0)
}
