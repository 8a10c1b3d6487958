//! Leaving QEMU through its `isa-debug-exit` device (`-device isa-debug-exit,iobase=0xf4,iosize=0x04`):
//! writing value V to the port ends QEMU with exit status `(V << 1) | 1`.

use x86_64::instructions::port::Port;

const DEBUG_EXIT_PORT: u16 = 0xf4;

/// The value written to the port; the host sees exit status `(value << 1) | 1`.
#[derive(Clone, Copy)]
#[repr(u32)]
pub enum ExitCode {
    /// QEMU exits with status 33.
    Success = 0x10,
    /// QEMU exits with status 35.
    Failure = 0x11,
}

/// Ends QEMU. On a machine without the exit device the write does nothing and the CPU halts.
pub fn exit(code: ExitCode) -> ! {
    // SAFETY: port 0xf4 is the isa-debug-exit device under QEMU and unassigned on a PC without
    // it; a 32-bit write there has no memory effects.
    unsafe { Port::<u32>::new(DEBUG_EXIT_PORT).write(code as u32) };
    super::cpu::halt_forever()
}
