//! The end of the road: CPU exceptions and Rust panics are reported on the serial line and QEMU
//! is stopped with the failure code, so a test or `beamos qemu` sees the failure at once instead
//! of a hang.

use core::fmt::Write;
use core::panic::PanicInfo;
use core::sync::atomic::{AtomicBool, Ordering};

use crate::arch::qemu::{self, ExitCode};
use crate::arch::serial::Serial;

/// The marker the host looks for; every fatal report starts with it.
pub const PANIC_MARKER: &str = "KERNEL PANIC";

static STOPPING: AtomicBool = AtomicBool::new(false);

/// A CPU exception the kernel cannot recover from.
pub struct Exception {
    pub name: &'static str,
    pub rip: u64,
    pub error_code: Option<u64>,
    /// The faulting address, for page faults.
    pub address: Option<u64>,
}

pub fn exception(e: Exception) -> ! {
    stop(|out| {
        write!(out, "{PANIC_MARKER}: {} at rip {:#x}", e.name, e.rip)?;
        if let Some(code) = e.error_code {
            write!(out, ", error code {code:#x}")?;
        }
        if let Some(address) = e.address {
            write!(out, ", address {address:#x}")?;
        }
        Ok(())
    })
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    // One line: the message, then where (PanicInfo's own Display puts them on two lines).
    stop(|out| {
        write!(out, "{PANIC_MARKER}: {}", info.message())?;
        if let Some(location) = info.location() {
            write!(
                out,
                " at {}:{}:{}",
                location.file(),
                location.line(),
                location.column()
            )?;
        }
        Ok(())
    })
}

/// Prints one report line (unless a report is already being printed: a fault inside the report
/// must not loop) and exits QEMU with the failure code.
fn stop(report: impl FnOnce(&mut Serial) -> core::fmt::Result) -> ! {
    if !STOPPING.swap(true, Ordering::SeqCst) {
        if let Some(mut out) = Serial::emergency() {
            // Start on a fresh line in case the fault cut a line short.
            let _ = out.write_str("\n");
            let _ = report(&mut out);
            let _ = out.write_str("\n");
        }
    }
    qemu::exit(ExitCode::Failure)
}
