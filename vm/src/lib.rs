//! The BeamOS virtual machine. `no_std` + `alloc`: everything outside the VM (clock, console,
//! waiting for events) reaches it through the `Platform` trait.
#![no_std]
extern crate alloc;
