//! `beamos run [-pa DIR]... [--print-result] [--gc-stress] MODULE [FUNCTION [ARG...]]`:
//! loads modules on demand from the `-pa` directories and otp-lite, calls
//! `MODULE:FUNCTION` (default `start`; with ARGs, one argument: the list of ARG strings, as
//! `erl -run` does), and prints the result as `io:format("~w~n", [R])` would.

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;
use vm::atom::Atom;
use vm::platform::Platform;
use vm::sched::Outcome;
use vm::term::Term;

static CODE_PATH: OnceLock<Vec<PathBuf>> = OnceLock::new();

/// Where otp-lite's compiled modules are: `$BEAMOS_OTP_LITE`, else the source tree's.
fn otp_lite_ebin() -> PathBuf {
    match std::env::var_os("BEAMOS_OTP_LITE") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../otp-lite/ebin")),
    }
}

fn find_module(name: &str) -> Option<Vec<u8>> {
    let file = format!("{}.beam", name);
    for dir in CODE_PATH.get()? {
        let p = dir.join(&file);
        if let Ok(b) = std::fs::read(&p) {
            return Some(b);
        }
    }
    None
}

/// `find_module` with the file's path. Modules of otp-lite's directory and of OTP's own
/// kernel, stdlib and compiler directories are sticky (as in OTP): `code:load_binary/3`
/// and `code:load_file/1` refuse to replace them.
fn locate_module(name: &str) -> Option<vm::code::Located> {
    let file = format!("{}.beam", name);
    let otp_lite = otp_lite_ebin();
    for dir in CODE_PATH.get()? {
        let p = dir.join(&file);
        if let Ok(bytes) = std::fs::read(&p) {
            let path = std::path::absolute(&p).unwrap_or(p);
            return Some(vm::code::Located {
                path: path.to_string_lossy().into_owned(),
                bytes,
                sticky: *dir == otp_lite || is_otp_sticky_dir(dir),
            });
        }
    }
    None
}

fn is_otp_sticky_dir(dir: &std::path::Path) -> bool {
    let app = dir
        .parent()
        .and_then(|d| d.file_name())
        .and_then(|n| n.to_str())
        .unwrap_or("");
    dir.ends_with("ebin")
        && ["kernel-", "stdlib-", "compiler-"]
            .iter()
            .any(|p| app.starts_with(p))
}

struct Options {
    pa: Vec<PathBuf>,
    print_result: bool,
    gc_stress: bool,
    /// `+P N`: the process limit.
    process_limit: Option<usize>,
    module: String,
    function: String,
    args: Option<Vec<String>>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        pa: Vec::new(),
        print_result: false,
        gc_stress: std::env::var("BEAMOS_GC_STRESS").is_ok_and(|v| v == "1"),
        process_limit: None,
        module: String::new(),
        function: String::from("start"),
        args: None,
    };
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-pa" => {
                i += 1;
                o.pa.push(PathBuf::from(args.get(i).ok_or("-pa needs a directory")?));
            }
            "--print-result" => o.print_result = true,
            "--gc-stress" => o.gc_stress = true,
            "+P" => {
                i += 1;
                let n = args.get(i).and_then(|s| s.parse().ok());
                o.process_limit = Some(n.ok_or("+P needs a number")?);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {}", s)),
            _ => break,
        }
        i += 1;
    }
    o.module = args.get(i).ok_or("no module given")?.clone();
    if let Some(f) = args.get(i + 1) {
        o.function = f.clone();
        if args.len() > i + 2 {
            o.args = Some(args[i + 2..].to_vec());
        }
    }
    Ok(o)
}

/// Feeds standard input to the `user` I/O server as console events, from a thread that
/// blocks in `read` so the scheduler never does. Seven bytes an event (the count in the top
/// byte), then one end-of-input event. A full event queue makes the thread wait and retry.
fn start_stdin_reader() {
    use std::io::Read;
    use vm::sched::event::{self, source, Event};
    fn push_retrying(ev: Event) {
        while !event::push(ev) {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }
    let spawned = std::thread::Builder::new().name("stdin".into()).spawn(|| {
        let mut stdin = std::io::stdin().lock();
        let mut buf = [0u8; 4096];
        loop {
            let n = match stdin.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            };
            for chunk in buf[..n].chunks(7) {
                let mut word = (chunk.len() as u64) << 56;
                for (i, &b) in chunk.iter().enumerate() {
                    word |= u64::from(b) << (8 * i);
                }
                push_retrying(Event {
                    source: source::CONSOLE_INPUT,
                    data: word,
                });
            }
        }
        push_retrying(Event {
            source: source::CONSOLE_EOF,
            data: 0,
        });
    });
    if spawned.is_err() {
        // No thread: the input is empty.
        let _ = event::push(Event {
            source: source::CONSOLE_EOF,
            data: 0,
        });
    }
}

/// The `~w` text of a term as output bytes (latin-1: every char is below 256).
fn latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

pub fn main(args: &[String]) -> i32 {
    let opts = match parse(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("beamos run: {}", e);
            return 2;
        }
    };
    let mut path = opts.pa.clone();
    path.push(otp_lite_ebin());
    let _ = CODE_PATH.set(path);
    let platform: &'static crate::platform::HostPlatform =
        Box::leak(Box::new(crate::platform::HostPlatform::new()));
    vm::platform::set_platform(platform);
    vm::code::set_module_provider(find_module);
    vm::code::set_module_locator(locate_module);

    let Some(module) = Atom::intern(&opts.module) else {
        eprintln!("beamos run: bad module name");
        return 2;
    };
    let Some(function) = Atom::intern(&opts.function) else {
        eprintln!("beamos run: bad function name");
        return 2;
    };
    if !vm::code::load_on_demand(module) {
        match find_module(&opts.module) {
            None => eprintln!(
                "beamos run: module {} not found in the code path",
                opts.module
            ),
            Some(bytes) => {
                if let Err(e) = vm::code::load_module(&bytes) {
                    eprintln!("beamos run: cannot load {}: {}", opts.module, e);
                }
            }
        }
        return 1;
    }

    if let Ok(name) = std::env::var("BEAMOS_DUMP") {
        if let Some(m) = Atom::intern(&name).and_then(vm::code::current) {
            eprint!("{}", vm::code::dump(&m));
        }
    }
    vm::sched::set_gc_stress(opts.gc_stress);
    if let Some(n) = opts.process_limit {
        vm::sched::table::set_process_limit(n);
    }
    // One argument: the list of strings, built on a scratch heap (which must outlive
    // `call_args`) and copied into the new process.
    let mut h = vm::heap::Heap::new(64);
    let call_args: Vec<Term> = match &opts.args {
        None => Vec::new(),
        Some(strs) => {
            let mut items = Vec::new();
            for s in strs {
                let chars: Vec<Term> = s.chars().map(|c| Term::small(c as i64)).collect();
                items.push(h.list(&chars));
            }
            vec![h.list(&items)]
        }
    };
    let user = match vm::console::start() {
        Ok(pid) => pid,
        Err(e) => {
            eprintln!("beamos run: cannot start the console I/O servers: {:?}", e);
            return 1;
        }
    };
    start_stdin_reader();
    let exp = vm::code::export(module, function, call_args.len() as u32);
    let spawn_opts = vm::sched::SpawnOpts {
        watched: true,
        group_leader: user,
        ..Default::default()
    };
    if vm::sched::spawn_call(exp, &call_args, &spawn_opts).is_err() {
        eprintln!("beamos run: cannot start the first process");
        return 1;
    }
    drop(call_args);
    drop(h);

    let mut sched = vm::sched::Scheduler::new();
    let info = match sched.run() {
        Outcome::Exited(info) => info,
        Outcome::Halted(status) => return status as i32,
        Outcome::Aborted => std::process::abort(),
        Outcome::Deadlock => {
            eprintln!("beamos run: every process waits for a message that can never arrive");
            return 1;
        }
    };
    if let Some(crash) = &info.crash {
        let s = vm::term::print::to_string(crash.peek());
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(&latin1(&s));
        let _ = err.write_all(b"\n");
        return 1;
    }
    if opts.print_result {
        let r = info.result.as_ref().map_or(Term::NIL, |d| d.peek());
        let mut s = vm::term::print::to_string(r);
        s.push('\n');
        platform.console_write(&latin1(&s));
    }
    0
}
