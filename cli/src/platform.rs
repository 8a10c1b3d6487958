//! The host implementation of `vm::platform::Platform` over std.

use std::io::Write;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub struct HostPlatform {
    start: Instant,
}

impl HostPlatform {
    pub fn new() -> HostPlatform {
        HostPlatform {
            start: Instant::now(),
        }
    }
}

impl vm::platform::Platform for HostPlatform {
    fn monotonic_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn system_time_ns(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    }
    fn console_write(&self, bytes: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes);
        let _ = out.flush();
    }
    fn console_write_err(&self, bytes: &[u8]) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(bytes);
        let _ = err.flush();
    }
    fn wait_until(&self, deadline_ns: u64) {
        let now = self.monotonic_ns();
        if deadline_ns > now {
            std::thread::sleep(Duration::from_nanos(deadline_ns - now));
        }
    }
}
