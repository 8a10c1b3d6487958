//! The kernel console: COM1 behind a lock, and the `print!`/`println!` macros.

use core::fmt::{self, Write};

use spin::Mutex;

use crate::arch::cpu::without_interrupts;
use crate::arch::serial::Serial;

static CONSOLE: Mutex<Option<Serial>> = Mutex::new(None);

/// Brings up COM1; returns false if there is no serial port (output is then dropped).
pub fn init() -> bool {
    let serial = Serial::init_com1();
    let found = serial.is_some();
    without_interrupts(|| *CONSOLE.lock() = serial);
    found
}

/// Writes raw bytes (`\n` becomes `\r\n`).
#[expect(
    dead_code,
    reason = "the VM's console output (through KernelPlatform) is its first user"
)]
pub fn write_bytes(bytes: &[u8]) {
    // Interrupts off while the lock is held: a handler that printed would otherwise deadlock.
    without_interrupts(|| {
        if let Some(serial) = CONSOLE.lock().as_mut() {
            serial.write_bytes(bytes);
        }
    });
}

#[doc(hidden)]
pub fn print_fmt(args: fmt::Arguments) {
    without_interrupts(|| {
        if let Some(serial) = CONSOLE.lock().as_mut() {
            // Serial output cannot fail; a formatting error of an argument has nowhere to go.
            let _ = serial.write_fmt(args);
        }
    });
}

#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => ($crate::console::print_fmt(format_args!($($arg)*)));
}

#[macro_export]
macro_rules! println {
    () => ($crate::print!("\n"));
    ($($arg:tt)*) => ($crate::console::print_fmt(format_args!("{}\n", format_args!($($arg)*))));
}
