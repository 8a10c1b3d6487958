//! The console I/O servers: starts otp-lite's `user` (standard input and output) and
//! `standard_error` processes, registers them under those names and subscribes `user` to
//! the console input events; and the `logger` process (otp-lite's logger_server), which
//! receives the emulator's error reports. Both the host command and the kernel call
//! [`start`] before the first application process, whose group leader becomes `user`.

use crate::atom::Atom;
use crate::sched::{self, event, table};
use crate::term::Term;

/// Why the console servers could not be started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsoleError {
    /// `user.beam` is not in the code path (or does not export the entry).
    NoUserModule,
    /// No process could be made.
    SpawnFailed,
}

fn spawn_registered(module: &str, function: &str, name: &str) -> Result<Term, ConsoleError> {
    let (Some(module), Some(f), Some(reg)) = (
        Atom::intern(module),
        Atom::intern(function),
        Atom::intern(name),
    ) else {
        return Err(ConsoleError::NoUserModule);
    };
    if !crate::code::load_on_demand(module) {
        return Err(ConsoleError::NoUserModule);
    }
    let exp = crate::code::export(module, f, 0);
    let pid = sched::spawn_call(exp, &[], &sched::SpawnOpts::default())
        .map_err(|_| ConsoleError::SpawnFailed)?;
    let entry = table::lookup(pid).ok_or(ConsoleError::SpawnFailed)?;
    // A fresh VM has no process under these names; a second start keeps the first servers.
    let _ = table::register(reg, &entry);
    Ok(pid)
}

/// Starts `user`, `standard_error` and `logger`; returns the pid of `user`, the group leader
/// to give the first application process. Console input events go to `user` from now on, so
/// the platform may start delivering them once this returns. Without logger_server in the
/// code path there is no `logger`, and error reports go straight to the console.
pub fn start() -> Result<Term, ConsoleError> {
    let user = spawn_registered("user", "server", "user")?;
    spawn_registered("user", "error_server", "standard_error")?;
    let _ = spawn_registered("logger_server", "server", "logger");
    event::subscribe(event::source::CONSOLE_INPUT, user);
    event::subscribe(event::source::CONSOLE_EOF, user);
    Ok(user)
}
