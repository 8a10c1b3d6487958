//! The BeamOS virtual machine. `no_std` + `alloc`: everything outside the VM (clock, console,
//! waiting for events) reaches it through the `Platform` trait.
#![no_std]
extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod atom;
pub mod bif;
pub mod bigint;
pub mod binary;
pub mod code;
pub mod console;
pub mod etf;
pub mod ets;
pub mod exception;
pub mod float;
pub mod hash;
pub mod heap;
pub mod interp;
pub mod map;
pub mod num;
pub mod pdict;
pub mod platform;
pub mod process;
pub mod re;
pub mod sched;
pub mod term;
pub mod zlib;

pub use atom::Atom;
pub use term::Term;
