//! The host implementation of `vm::platform::Platform` over std.

use std::io::Write;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub struct HostPlatform {
    start: Instant,
    /// Set by `notify`, cleared by `wait_until`: an event came.
    woken: Mutex<bool>,
    wake: Condvar,
}

impl HostPlatform {
    pub fn new() -> HostPlatform {
        HostPlatform {
            start: Instant::now(),
            woken: Mutex::new(false),
            wake: Condvar::new(),
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
        let mut woken = self.woken.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if *woken {
                *woken = false;
                return;
            }
            let now = self.monotonic_ns();
            if deadline_ns <= now {
                return;
            }
            let left = Duration::from_nanos(deadline_ns - now);
            woken = match self.wake.wait_timeout(woken, left) {
                Ok((g, _)) => g,
                Err(e) => e.into_inner().0,
            };
        }
    }
    fn notify(&self) {
        let mut woken = self.woken.lock().unwrap_or_else(|e| e.into_inner());
        *woken = true;
        self.wake.notify_all();
    }
}
