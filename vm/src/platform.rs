//! What the VM needs from the machine it runs on. The kernel and the host command each
//! implement this trait; the VM reaches it through [`platform`].

use spin::Once;

pub trait Platform: Sync {
    /// Monotonic time in nanoseconds (any origin).
    fn monotonic_ns(&self) -> u64;
    /// Wall-clock time in nanoseconds since the Unix epoch.
    fn system_time_ns(&self) -> u64;
    /// Writes bytes to the console (standard output on the host).
    fn console_write(&self, bytes: &[u8]);
    /// Sleeps until `deadline_ns` (monotonic; `u64::MAX`: no deadline) or until an event
    /// arrives ([`Platform::notify`]). Returning early is harmless: the scheduler looks again.
    fn wait_until(&self, deadline_ns: u64);
    /// Ends a `wait_until` in progress, or makes the next one return at once. Called by
    /// `vm::sched::event::push` (possibly from an interrupt handler or another thread: it must
    /// not allocate or take a lock the VM holds). The default does nothing, for platforms
    /// whose `wait_until` wakes on every interrupt anyway.
    fn notify(&self) {}
    /// Writes diagnostic bytes (`erlang:display_string/1`; standard error on the host).
    fn console_write_err(&self, bytes: &[u8]) {
        self.console_write(bytes);
    }
    /// Local time minus UTC, in seconds, at the given UTC time (seconds since the Unix
    /// epoch). The default is UTC.
    fn utc_offset_seconds(&self, _utc_seconds: i64) -> i64 {
        0
    }
}

static PLATFORM: Once<&'static dyn Platform> = Once::new();

/// Installs the platform (once, at start-up).
pub fn set_platform(p: &'static dyn Platform) {
    PLATFORM.call_once(|| p);
}

/// The installed platform, if any.
pub fn platform() -> Option<&'static dyn Platform> {
    PLATFORM.get().copied()
}
