//! COM1, the serial console.

use core::fmt;

use uart_16550::backend::PioBackend;
use uart_16550::{BaudRate, Config, Uart16550};

const COM1: u16 = 0x3f8;

/// COM1 as a byte sink that turns `\n` into the `\r\n` a terminal expects.
pub struct Serial(Uart16550<PioBackend>);

impl Serial {
    /// Initialises COM1 (115200 baud, 8N1, FIFO on) and runs the UART's loopback self-test;
    /// `None` if no working UART answers there.
    pub fn init_com1() -> Option<Self> {
        let config = Config {
            baud_rate: BaudRate::Baud115200,
            ..Config::DEFAULT
        };
        // SAFETY: 0x3f8-0x3ff are COM1's registers on every PC. The console owns the one port
        // made here for the kernel's life; the only other user is `emergency`, below.
        let mut uart = unsafe { Uart16550::new_port(COM1).ok()? };
        uart.init(config).ok()?;
        uart.test_loopback().ok()?;
        Some(Self(uart))
    }

    /// A handle on COM1 that needs no lock and no initialisation, for fault and panic reports:
    /// it must work even if the fault happened while the console lock was held.
    pub fn emergency() -> Option<Self> {
        // SAFETY: COM1's registers as above. Used only on the way to stopping the machine, where
        // interleaving with a half-written console line is the worst that can happen.
        unsafe { Uart16550::new_port(COM1).ok().map(Self) }
    }

    pub fn write_bytes(&mut self, bytes: &[u8]) {
        for line in bytes.split_inclusive(|&b| b == b'\n') {
            match line.strip_suffix(b"\n") {
                Some(text) => {
                    self.0.send_bytes_exact(text);
                    self.0.send_bytes_exact(b"\r\n");
                }
                None => self.0.send_bytes_exact(line),
            }
        }
    }
}

impl fmt::Write for Serial {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.write_bytes(s.as_bytes());
        Ok(())
    }
}
