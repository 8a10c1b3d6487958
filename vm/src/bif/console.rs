//! `beamos_console`: the raw console under the `user` and `standard_error` I/O servers
//! (otp-lite's `user.erl`). Only those servers call these; everything else prints through
//! the I/O protocol.
//!
//! - `write(stdout | stderr, IoData) -> ok`: the bytes go to the platform console (standard
//!   output or error on the host, the serial line in the kernel).
//! - `input_closed() -> ok`: the console input ended; the server stops listening for input
//!   events, so a VM whose processes all wait can be seen to be stuck.
//!
//! Input arrives as platform events (`sched::event::source::CONSOLE_INPUT`, up to 7 bytes a
//! word, the count in the top byte; `CONSOLE_EOF`) delivered to the process that
//! [`crate::console::start`] subscribed.

use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::sched::event;
use crate::term::Term;

type A<'a> = &'a [Term];

fn write(_p: &mut Process, a: A) -> BifResult {
    let stream = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let bytes = super::iolist::iolist_to_bytes(a[1]).ok_or_else(Exception::badarg)?;
    let Some(pl) = crate::platform::platform() else {
        return Ok(Term::atom(crate::atom::OK));
    };
    match stream.name() {
        "stdout" => pl.console_write(&bytes),
        "stderr" => pl.console_write_err(&bytes),
        _ => return Err(Exception::badarg()),
    }
    Ok(Term::atom(crate::atom::OK))
}

fn input_closed(_p: &mut Process, _a: A) -> BifResult {
    event::unsubscribe(event::source::CONSOLE_INPUT);
    event::unsubscribe(event::source::CONSOLE_EOF);
    Ok(Term::atom(crate::atom::OK))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "beamos_console";
    "write", 2 => write;
    "input_closed", 0 => input_closed;
};
